//! Statistical models trained by the project's own code: a POS tagger, a named-entity tagger and a
//! dependency parser, all averaged perceptrons over hashed features.
//!
//! **Invariant:** inference reads only token strings (already normalised by the text layer) and the
//! model files; nothing here knows of articles, the knowledge base or storage.

pub mod perceptron;

/// What the models say about one sentence: one entry per token, in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Universal POS tags (`NOUN`, `PROPN`, `VERB` ...).
    pub upos: Vec<&'static str>,
    /// Penn Treebank tags (`NN`, `NNP`, `VBD` ...).
    pub xpos: Vec<&'static str>,
    /// 1-based index of each token's head within the sentence; 0 for the root.
    pub heads: Vec<usize>,
    /// Universal Dependencies relation to the head (`nsubj`, `obj`, `obl` ...).
    pub deprels: Vec<&'static str>,
    /// IOB2 entity tags (`B-PER`, `I-ORG`, `O`).
    pub ner: Vec<&'static str>,
}

impl Analysis {
    /// An analysis that says nothing: used when no models are loaded.
    pub fn unknown(n: usize) -> Analysis {
        Analysis {
            upos: vec!["X"; n],
            xpos: vec!["_"; n],
            heads: vec![0; n],
            deprels: vec!["dep"; n],
            ner: vec!["O"; n],
        }
    }
}
