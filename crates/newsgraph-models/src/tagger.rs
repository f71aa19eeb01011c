//! The part-of-speech tagger: an averaged perceptron that predicts, greedily left to right, one
//! joint class per word made of its Penn Treebank tag and its Universal POS tag (`VBD/VERB`,
//! `VBD/AUX`), so the two tag sets always agree with each other.
//!
//! Features follow the classic perceptron taggers: the word, its lowercase form, prefix and
//! suffixes, its shape, the neighbouring words and their suffixes, and the two previous tags.
//! A lexicon from training gives each word seen often enough its most frequent tag, which the
//! features use for the words ahead (whose tags are not decided yet). Frequent words that are
//! (nearly) never ambiguous get that tag directly, without scoring: faster and as accurate.
//!
//! **Invariant:** tagging never fails: every word of any input gets one of the model's classes.

use crate::column::{Column, push_lower};
use crate::io::{Model, ModelFile, QuantWeights, intern};
use crate::perceptron::{Trainer, feature, feature_ids, train_epochs};
use newsgraph_corpus::UdSentence;
use std::collections::{BTreeMap, HashMap};

pub const KIND: &str = "tagger";
/// The command that makes a tagger model, quoted in errors.
pub const TRAIN_COMMAND: &str = "newsgraph train tagger --corpus ../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu --dev ../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu --out data/models/tagger.bin";

/// A word must be seen this often, with one tag this large a share of the time, to be tagged
/// from the dictionary.
const DICT_MIN_COUNT: usize = 20;
const DICT_MIN_SHARE: f64 = 0.99;
/// A word must be seen this often for the lexicon to give its most frequent tag as a feature.
const LEXICON_MIN_COUNT: usize = 5;
/// Marks a lexicon entry whose tag is used directly.
const FIXED: u32 = 1 << 31;
/// Averaged weights smaller than this are dropped from the shipped model (tuned on EWT dev: it
/// halves the file without changing accuracy measurably).
const PRUNE: f32 = 0.05;

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    weights: QuantWeights,
    /// Per class: (XPOS, UPOS).
    classes: Vec<(&'static str, &'static str)>,
    /// Frequent words (exact form) and their most frequent class, with [`FIXED`] set when that
    /// class is used without scoring.
    dictionary: HashMap<String, u32>,
    /// Training facts kept in the file (epochs, seed, corpus size).
    params: Vec<(String, String)>,
}

/// The tags of one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tags {
    pub upos: Vec<&'static str>,
    pub xpos: Vec<&'static str>,
}

/// How many features of a word do not depend on earlier decisions.
const N_STATIC: usize = 31;

/// What tagging needs of one word besides the decisions so far, computed once per sentence.
#[derive(Debug, Clone)]
struct WordFeatures {
    /// The features that do not depend on earlier decisions.
    statics: [u64; N_STATIC],
    /// The lowercase form's hash and the next word's lexicon class, which history features pair
    /// with the previous tag.
    lower_hash: u64,
    next_mode: u64,
    /// The class the dictionary gives the word without scoring, if it does.
    fixed: Option<usize>,
}

/// The decision-independent features of every word of a sentence.
fn static_features(words: &[&str], lexicon: &HashMap<String, u32>, out: &mut Vec<WordFeatures>) {
    out.clear();
    let entries: Vec<Option<u32>> = words.iter().map(|w| lexicon.get(*w).copied()).collect();
    let modes: Vec<u64> = entries.iter().map(|e| mode_of(*e)).collect();
    let mode = |i: isize| -> u64 {
        if i < 0 {
            u64::MAX
        } else {
            modes.get(i as usize).copied().unwrap_or(u64::MAX - 1)
        }
    };
    let lower = Column::of(words.iter().copied(), |w, _, out| push_lower(w, out));
    let shapes = Column::of(words.iter().copied(), |w, _, out| push_shape(w, out));
    let at = |i: isize| -> (&str, &str) { (lower.at(i), shapes.at(i)) };
    for (i, w) in words.iter().enumerate() {
        let i_ = i as isize;
        let lw = lower.get(i);
        let (p1, ps1) = at(i_ - 1);
        let (p2, _) = at(i_ - 2);
        let (n1, ns1) = at(i_ + 1);
        let (n2, _) = at(i_ + 2);
        let first = if i == 0 { "first" } else { "rest" };
        let statics = [
            feature(0, &[]),
            feature(1, &[w]),
            feature(2, &[lw]),
            feature(3, &[suffix(lw, 1)]),
            feature(4, &[suffix(lw, 2)]),
            feature(5, &[suffix(lw, 3)]),
            feature(6, &[suffix(lw, 4)]),
            feature(7, &[prefix(lw, 1)]),
            feature(8, &[prefix(lw, 3)]),
            feature(9, &[shapes.get(i)]),
            feature(10, &[first, shapes.get(i)]),
            feature(11, &[p1]),
            feature(12, &[p2]),
            feature(13, &[n1]),
            feature(14, &[n2]),
            feature(15, &[suffix(p1, 3)]),
            feature(16, &[suffix(n1, 3)]),
            feature(17, &[ps1]),
            feature(18, &[ns1]),
            feature(19, &[p1, lw]),
            feature(20, &[lw, n1]),
            feature(21, &[p1, n1]),
            feature(22, &[suffix(lw, 3), n1]),
            feature(23, &[suffix(lw, 5)]),
            feature(24, &[prefix(lw, 2)]),
            feature_ids(25, &[mode(i_)]),
            feature_ids(26, &[mode(i_ + 1)]),
            feature_ids(27, &[mode(i_ + 2)]),
            feature_ids(28, &[mode(i_ + 1), mode(i_ + 2)]),
            feature_ids(29, &[mode(i_), mode(i_ + 1)]),
            feature_ids(30, &[mode(i_ - 1), mode(i_ + 1)]),
        ];
        out.push(WordFeatures {
            statics,
            lower_hash: feature(1000, &[lw]),
            next_mode: modes.get(i + 1).copied().unwrap_or(u64::MAX - 1),
            fixed: entries[i]
                .filter(|c| c & FIXED != 0)
                .map(|c| (c & !FIXED) as usize),
        });
    }
}

/// A word's features: its static ones, then those that depend on the previous decisions.
fn word_features(feats: &mut Vec<u64>, word: &WordFeatures, prev: usize, prev2: usize) {
    let (p, pp) = (prev as u64, prev2 as u64);
    feats.clear();
    feats.extend_from_slice(&word.statics);
    feats.push(feature_ids(104, &[p, word.next_mode]));
    feats.push(feature_ids(100, &[p]));
    feats.push(feature_ids(101, &[pp, p]));
    feats.push(feature_ids(102, &[p, word.lower_hash]));
    feats.push(feature_ids(103, &[pp]));
}

/// The lexicon's most frequent class of a word (its lexicon entry), as a feature atom (0 when
/// unknown).
fn mode_of(entry: Option<u32>) -> u64 {
    entry.map_or(0, |c| u64::from(c & !FIXED) + 1)
}

/// A word's shape: letters as `X`/`x`, digits as `d`, other characters kept; runs of the same
/// class longer than two are cut to two ("Obama" gives "Xxx").
fn push_shape(w: &str, s: &mut String) {
    let mut last = '\0';
    let mut run = 0;
    for c in w.chars().take(24) {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
        } else {
            run = 1;
            last = k;
        }
        if run <= 2 {
            s.push(k);
        }
    }
}

/// The last `n` characters of a word (all of it when shorter).
pub(crate) fn suffix(w: &str, n: usize) -> &str {
    match w.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if n > 0 => &w[i..],
        _ => w,
    }
}
fn prefix(w: &str, n: usize) -> &str {
    match w.char_indices().nth(n) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

impl Tagger {
    /// Tags one sentence of (normalised) words, returning class ids.
    fn classes_of(&self, words: &[&str]) -> Vec<usize> {
        let mut statics = Vec::with_capacity(words.len());
        static_features(words, &self.dictionary, &mut statics);
        let mut out = Vec::with_capacity(words.len());
        let mut feats = Vec::with_capacity(N_STATIC + 5);
        let mut scores = Vec::with_capacity(self.classes.len());
        let (mut prev, mut prev2) = (self.classes.len(), self.classes.len() + 1);
        for word in &statics {
            let class = match word.fixed {
                Some(c) => c,
                None => {
                    word_features(&mut feats, word, prev, prev2);
                    self.weights.best(&feats, &mut scores, None)
                }
            };
            out.push(class);
            (prev2, prev) = (prev, class);
        }
        out
    }

    /// Tags one sentence of words (already normalised by the text layer).
    pub fn tag(&self, words: &[&str]) -> Tags {
        let classes = self.classes_of(words);
        let mut tags = Tags::default();
        for c in classes {
            let (x, u) = self.classes.get(c).copied().unwrap_or(("_", "X"));
            tags.xpos.push(x);
            tags.upos.push(u);
        }
        crate::repair_verb_only_form(words, &mut tags);
        crate::repair_finite_verb(words, &mut tags);
        crate::repair_gerund_noun(words, &mut tags);
        crate::repair_mandative_subjunctive(words, &mut tags);
        crate::repair_military_subject(words, &mut tags);
        crate::repair_participle_title(words, &mut tags);
        tags
    }

    /// Tags one corpus sentence's words, normalised as at run time.
    pub fn tag_sentence(&self, sentence: &UdSentence) -> Tags {
        let forms = crate::normalized_forms(sentence);
        self.tag(&forms.iter().map(String::as_str).collect::<Vec<_>>())
    }

    /// Tags every corpus sentence (see [`Tagger::tag_sentence`]).
    pub fn tag_all(&self, sentences: &[UdSentence]) -> Vec<Tags> {
        sentences.iter().map(|s| self.tag_sentence(s)).collect()
    }

    /// Accuracy against gold tags.
    pub fn evaluate(&self, sentences: &[UdSentence]) -> TaggerScores {
        let mut s = TaggerScores::default();
        for sent in sentences {
            let tags = self.tag_sentence(sent);
            for (k, w) in sent.words.iter().enumerate() {
                s.tokens += 1;
                s.upos_right += usize::from(tags.upos[k] == w.upos);
                s.xpos_right += usize::from(tags.xpos[k] == w.xpos);
            }
        }
        s
    }
}

impl Model for Tagger {
    const KIND: &'static str = KIND;
    const TRAIN_COMMAND: &'static str = TRAIN_COMMAND;

    fn to_file(&self) -> ModelFile {
        let mut lexicon: Vec<(String, u32)> = self
            .dictionary
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        lexicon.sort();
        ModelFile {
            kind: KIND.into(),
            labels: self
                .classes
                .iter()
                .map(|(x, u)| format!("{x}\t{u}"))
                .collect(),
            params: self.params.clone(),
            lexicon,
            weights: self.weights.clone(),
        }
    }

    fn from_file(file: ModelFile) -> Result<Tagger, String> {
        if file.kind != KIND {
            return Err(format!("a {} model is not a tagger", file.kind));
        }
        let classes = file
            .labels
            .iter()
            .map(|l| {
                l.split_once('\t')
                    .map(|(x, u)| (intern(x), intern(u)))
                    .ok_or_else(|| format!("class label '{l}' is not XPOS<tab>UPOS"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if classes.len() != file.weights.n_classes() {
            return Err("label count differs from the weights' class count".into());
        }
        if let Some((w, c)) = file
            .lexicon
            .iter()
            .find(|(_, c)| (*c & !FIXED) as usize >= classes.len())
        {
            return Err(format!("dictionary word '{w}' has unknown class {c}"));
        }
        Ok(Tagger {
            weights: file.weights,
            classes,
            dictionary: file.lexicon.into_iter().collect(),
            params: file.params,
        })
    }

    fn weights(&self) -> &QuantWeights {
        &self.weights
    }
}

/// Token accuracy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TaggerScores {
    pub tokens: usize,
    pub upos_right: usize,
    pub xpos_right: usize,
}

impl TaggerScores {
    pub fn upos(&self) -> f64 {
        self.upos_right as f64 / self.tokens.max(1) as f64
    }
    pub fn xpos(&self) -> f64 {
        self.xpos_right as f64 / self.tokens.max(1) as f64
    }
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 1,
        }
    }
}

/// What training reports as it goes.
pub type TrainProgress = crate::perceptron::TrainProgress<TaggerScores>;

/// Why training could not start.
#[derive(Debug, thiserror::Error)]
#[error("the training corpus has no tagged words; pass a CoNLL-U file with UPOS and XPOS columns")]
pub struct EmptyCorpus;

/// Trains a tagger on gold sentences; with `dev`, keeps the epoch that scores best there (by the
/// mean of UPOS and XPOS accuracy).
pub fn train(
    sentences: &[UdSentence],
    dev: Option<&[UdSentence]>,
    options: &TrainOptions,
    on_progress: &mut dyn FnMut(TrainProgress),
) -> Result<(Tagger, Option<TaggerScores>), EmptyCorpus> {
    let sentences = &crate::normalized(sentences);
    // Classes sorted by name so that ids do not depend on corpus order.
    let mut names: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut counts: HashMap<&str, HashMap<(String, String), usize>> = HashMap::new();
    for s in sentences {
        for w in &s.words {
            let key = (w.xpos.clone(), w.upos.clone());
            names.entry(key.clone()).or_insert(0);
            *counts.entry(&w.form).or_default().entry(key).or_insert(0) += 1;
        }
    }
    if names.is_empty() {
        return Err(EmptyCorpus);
    }
    for (i, v) in names.values_mut().enumerate() {
        *v = i;
    }
    let classes: Vec<(&'static str, &'static str)> =
        names.keys().map(|(x, u)| (intern(x), intern(u))).collect();
    let mut dictionary = HashMap::new();
    for (form, by_tag) in &counts {
        let total: usize = by_tag.values().sum();
        // Ties broken by class name so the dictionary does not depend on hash order.
        let Some((tag, &n)) = by_tag.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) else {
            continue;
        };
        if total >= DICT_MIN_COUNT && n as f64 / total as f64 >= DICT_MIN_SHARE {
            dictionary.insert(form.to_string(), names[tag] as u32 | FIXED);
        } else if total >= LEXICON_MIN_COUNT {
            dictionary.insert(form.to_string(), names[tag] as u32);
        }
    }

    let gold: Vec<Vec<usize>> = sentences
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| names[&(w.xpos.clone(), w.upos.clone())])
                .collect()
        })
        .collect();
    let statics: Vec<Vec<WordFeatures>> = sentences
        .iter()
        .map(|s| {
            let mut v = Vec::new();
            static_features(&s.forms(), &dictionary, &mut v);
            v
        })
        .collect();

    let n = classes.len();
    let mut trainer = Trainer::new(n);
    let mut feats = Vec::with_capacity(N_STATIC + 5);
    let run_epoch = |epoch: usize, order: &[usize]| {
        let mut train_scores = TaggerScores::default();
        for (done, &si) in order.iter().enumerate() {
            let sent = &sentences[si];
            let (mut prev, mut prev2) = (n, n + 1);
            for (i, w) in sent.words.iter().enumerate() {
                let truth = gold[si][i];
                let guess = match statics[si][i].fixed {
                    Some(c) => c,
                    None => {
                        word_features(&mut feats, &statics[si][i], prev, prev2);
                        trainer.tick();
                        let guess = trainer.predict(&feats, None);
                        trainer.update(&feats, truth, guess);
                        guess
                    }
                };
                train_scores.tokens += 1;
                let (gx, gu) = classes[guess];
                train_scores.xpos_right += usize::from(gx == w.xpos);
                train_scores.upos_right += usize::from(gu == w.upos);
                (prev2, prev) = (prev, guess);
            }
            if done % 256 == 255 || done + 1 == order.len() {
                on_progress(TrainProgress::Sentence {
                    epoch,
                    done: done + 1,
                    total: order.len(),
                });
            }
        }
        let model = Tagger {
            weights: QuantWeights::from_sparse(&trainer.averaged_sparse(PRUNE), PRUNE),
            classes: classes.clone(),
            dictionary: dictionary.clone(),
            params: vec![
                ("epoch".into(), epoch.to_string()),
                ("seed".into(), options.seed.to_string()),
                ("sentences".into(), sentences.len().to_string()),
            ],
        };
        let dev_scores = dev.map(|d| model.evaluate(d));
        on_progress(TrainProgress::Epoch {
            epoch,
            train: train_scores,
            dev: dev_scores,
        });
        (model, dev_scores)
    };
    let mean = |s: &TaggerScores| s.upos() + s.xpos();
    train_epochs(
        sentences.len(),
        options.epochs,
        options.seed,
        run_epoch,
        |now, best| mean(now) > mean(best),
    )
    .map(|(_, model, dev)| (model, dev))
    .ok_or(EmptyCorpus)
}

/// Tags `sentences` the way a tagger that never saw them would: `folds` taggers, each trained on
/// the other folds, tag their held-out fold ("jack-knifing"). The parser trains on these tags so
/// that it learns to live with a tagger's real mistakes.
pub fn jackknife(
    sentences: &[UdSentence],
    folds: usize,
    options: &TrainOptions,
    on_progress: &mut dyn FnMut(usize, TrainProgress),
) -> Result<Vec<Tags>, EmptyCorpus> {
    let folds = folds.max(2);
    let mut out = vec![Tags::default(); sentences.len()];
    for k in 0..folds {
        let train_part: Vec<UdSentence> = sentences
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, s)| s.clone())
            .collect();
        let (tagger, _) = train(&train_part, None, options, &mut |p| on_progress(k, p))?;
        for (i, s) in sentences.iter().enumerate().filter(|(i, _)| i % folds == k) {
            out[i] = tagger.tag_sentence(s);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(w: &str) -> String {
        let mut s = String::new();
        push_shape(w, &mut s);
        s
    }

    #[test]
    fn shapes_and_affixes() {
        assert_eq!(shape("Obama"), "Xxx");
        assert_eq!(shape("1999"), "dd");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(suffix("running", 3), "ing");
        assert_eq!(suffix("a", 3), "a");
        assert_eq!(prefix("über", 1), "ü");
        assert_eq!(suffix("café", 2), "fé");
    }
}
