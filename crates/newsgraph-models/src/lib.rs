//! Statistical models trained by the project's own code: a POS tagger, a named-entity tagger and a
//! dependency parser, all averaged perceptrons over hashed features.
//!
//! **Invariant:** inference reads only token strings (already normalised by the text layer) and the
//! model files; nothing here knows of articles, the knowledge base or storage.

pub mod io;
pub mod ner;
pub mod parser;
pub mod perceptron;
pub mod tagger;

pub use io::ModelError;
use newsgraph_corpus::UdSentence;
use std::path::Path;

/// All the models the pipeline runs, loaded once.
#[derive(Debug, Clone)]
pub struct Models {
    pub tagger: tagger::Tagger,
    pub parser: parser::Parser,
    pub ner: ner::Ner,
}

impl Models {
    /// Loads `tagger.bin`, `parser.bin` and `ner.bin` from `dir`; a missing file is an error that
    /// names it and the command that trains it.
    pub fn load(dir: &Path) -> Result<Models, ModelError> {
        let tagger = tagger::Tagger::load(&dir.join("tagger.bin"))?;
        let parser = parser::Parser::load(&dir.join("parser.bin"))?;
        let ner_path = dir.join("ner.bin");
        if !ner_path.exists() {
            return Err(ModelError::Missing {
                path: ner_path,
                train: "newsgraph train ner --corpus ../shared/corpora/conll2003/eng.train --dev ../shared/corpora/conll2003/eng.testa --out data/models/ner.bin".into(),
            });
        }
        let ner = ner::Ner::load(&ner_path)?;
        Ok(Models {
            tagger,
            parser,
            ner,
        })
    }

    /// Tags, parses and finds the names in one document, given as sentences of words (the text
    /// layer's tokens after [`newsgraph_text::normalize`]). The whole document goes in at once so
    /// that a name keeps one entity type across its sentences.
    pub fn analyze_document(&self, sentences: &[Vec<&str>]) -> Vec<Analysis> {
        let ner = self.ner.tag_document(sentences);
        sentences
            .iter()
            .zip(ner)
            .map(|(words, ner)| {
                let tags = self.tagger.tag(words);
                let tree = self.parser.parse(words, &tags);
                Analysis {
                    upos: tags.upos,
                    xpos: tags.xpos,
                    heads: tree.heads,
                    deprels: tree.deprels,
                    ner,
                }
            })
            .collect()
    }
}

/// A sentence's word forms as the models see them: normalised by the text layer, as at run time.
pub fn normalized_forms(sentence: &UdSentence) -> Vec<String> {
    sentence
        .words
        .iter()
        .map(|w| newsgraph_text::normalize(&w.form).into_owned())
        .collect()
}

/// Sentences with their word forms normalised (see [`normalized_forms`]), for training.
pub fn normalized(sentences: &[UdSentence]) -> Vec<UdSentence> {
    sentences
        .iter()
        .map(|s| {
            let mut s = s.clone();
            for w in &mut s.words {
                if let std::borrow::Cow::Owned(n) = newsgraph_text::normalize(&w.form) {
                    w.form = n;
                }
            }
            s
        })
        .collect()
}

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
