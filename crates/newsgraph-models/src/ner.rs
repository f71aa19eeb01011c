//! The named-entity recognizer: an averaged perceptron that tags tokens with IOB2 tags for PER,
//! ORG, LOC and MISC, left to right, one document at a time.
//!
//! Each decision sees the token, its neighbours, the line it sits in (an all-caps headline or a
//! dateline keeps the word's usual casing as a clue), a gazetteer of names learned from the
//! training data, the two previous tags, and what the document has already said about the same
//! word ("extended prediction history"). A second pass over the document then lets every mention
//! see what the whole document said in the first.
//!
//! **Invariant:** decoding only emits valid IOB2: an `I-X` follows a `B-X` or an `I-X`, never `O`
//! or another type; tagging never fails on any input.

mod features;
mod file;
pub mod lexicon;
pub mod score;

use crate::io::{Model, ModelFile, QuantWeights};
use crate::perceptron::{FeatureMap, Trainer, Weights, feature, train_epochs};
use features::{
    DocumentMemory, SentenceView, add_memory, add_transition, sentence_view, transition_prefix,
    transition_word_features,
};
use lexicon::{Gazetteer, WordCounter, WordStats};
use newsgraph_corpus::{ConllLine, iob1_to_iob2};
pub use score::{NerScores, entity_spans};
use std::collections::HashMap;
use std::ops::Range;

/// The tags the recognizer emits, in class order.
pub const TAGS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];
/// The command that makes the model, quoted when it is missing or unusable; run from the
/// repository root, it makes `data/models/ner.bin` byte for byte (`scripts/models/reproduce.sh`),
/// eng.testa F1 92.57 (epoch 12). Word statistics (usual casing, frequency) read EWT train and the
/// GUM news documents beside the training news: modern web and news text, so that names 1996
/// Reuters never saw ("Chrome", "Firefox", "Endeavour") have a known casing instead of reading as
/// unseen capitalised words, which the model takes for people. Only their words are read, never
/// their entity labels; but GUM news is also the entity development set, so its entity figures
/// are on text whose words the model has counted (the blind wire sets are not).
const TRAIN_COMMAND: &str = "newsgraph train ner --corpus ../shared/corpora/conll2003/eng.train --dev ../shared/corpora/conll2003/eng.testa --text ../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu --text ../shared/corpora/gum-news --out data/models/ner.bin";

/// The entity types, in the order [`TAGS`] uses.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// The entity type index of a tag class, `None` for `O`.
fn tag_type(tag: usize) -> Option<usize> {
    (tag > 0).then(|| (tag - 1) / 2)
}

const fn is_inside(tag: usize) -> bool {
    tag > 0 && tag.is_multiple_of(2)
}

/// The index of persons in [`TYPES`].
const PER: usize = 0;

/// The tag class of the first word of a name of type `kind` (an index of [`TYPES`]).
const fn begin_tag(kind: usize) -> usize {
    1 + 2 * kind
}

/// The tag class of the other words of a name of type `kind`.
const fn inside_tag(kind: usize) -> usize {
    2 + 2 * kind
}

/// The names in one sentence's tag classes, read as IOB2 (a stray inside tag opens a name, as
/// in scoring): each name's tokens and its type.
fn names(tags: &[usize]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some(kind) = tag_type(tags[i]) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < tags.len() && tags[end] == inside_tag(kind) {
            end += 1;
        }
        out.push((i..end, kind));
        i = end;
    }
    out
}

/// Whether `tag` may follow `prev` in IOB2: an inside tag only after a tag of its own type.
const fn may_follow(prev: usize, tag: usize) -> bool {
    !is_inside(tag) || (prev != 0 && (prev - 1) / 2 == (tag - 1) / 2)
}

#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("the NER model file is damaged or from another version ({reason}); retrain it")]
    Corrupt { reason: String },
    #[error(
        "document {document}, sentence {sentence}: unknown tag '{tag}'; expected O or B-/I- with PER, ORG, LOC or MISC"
    )]
    UnknownTag {
        document: usize,
        sentence: usize,
        tag: String,
    },
    #[error("document {document}, sentence {sentence}: token '{token}' has no tag column")]
    MissingTag {
        document: usize,
        sentence: usize,
        token: String,
    },
    #[error("the training corpus has no sentences; pass a CoNLL-2003 file")]
    EmptyCorpus,
}

/// One sentence with its gold IOB2 tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NerSentence {
    pub tokens: Vec<String>,
    pub tags: Vec<String>,
}

/// The sentences of one document (CoNLL-2003 separates documents with `-DOCSTART-`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NerDocument {
    pub sentences: Vec<NerSentence>,
}

impl NerDocument {
    fn forms(&self) -> Vec<Vec<&str>> {
        self.sentences
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect()
    }
}

/// Groups CoNLL lines into documents of sentences, the last column read as the tag (IOB1 or IOB2;
/// both come out as IOB2).
pub fn documents_from_conll(lines: &[ConllLine]) -> Result<Vec<NerDocument>, NerError> {
    let mut docs = vec![NerDocument::default()];
    let mut sentence: Vec<(String, String)> = Vec::new();
    let flush = |docs: &mut Vec<NerDocument>, sentence: &mut Vec<(String, String)>| {
        if sentence.is_empty() {
            return;
        }
        let (tokens, tags): (Vec<String>, Vec<String>) =
            std::mem::take(sentence).into_iter().unzip();
        if let Some(d) = docs.last_mut() {
            d.sentences.push(NerSentence {
                tokens,
                tags: iob1_to_iob2(&tags),
            });
        }
    };
    for line in lines {
        match line {
            ConllLine::Token(t) => {
                let tag = t.last().ok_or_else(|| NerError::MissingTag {
                    document: docs.len(),
                    sentence: docs.last().map_or(0, |d| d.sentences.len()) + 1,
                    token: t.form.clone(),
                })?;
                // Forms as the text layer gives them at run time (curly quotes straightened ...).
                let form = newsgraph_text::normalize(&t.form).into_owned();
                sentence.push((form, tag.to_string()));
            }
            ConllLine::Blank => flush(&mut docs, &mut sentence),
            ConllLine::DocStart(_) => {
                flush(&mut docs, &mut sentence);
                if docs.last().is_some_and(|d| !d.sentences.is_empty()) {
                    docs.push(NerDocument::default());
                }
            }
        }
    }
    flush(&mut docs, &mut sentence);
    docs.retain(|d| !d.sentences.is_empty());
    for (d, doc) in docs.iter().enumerate() {
        for (s, sent) in doc.sentences.iter().enumerate() {
            if let Some(bad) = sent.tags.iter().find(|t| class_of(t).is_none()) {
                return Err(NerError::UnknownTag {
                    document: d + 1,
                    sentence: s + 1,
                    tag: bad.clone(),
                });
            }
        }
    }
    Ok(docs)
}

fn class_of(tag: &str) -> Option<usize> {
    TAGS.iter().position(|t| *t == tag)
}

/// A trained recognizer.
#[derive(Debug, Clone)]
pub struct Ner {
    weights: QuantWeights,
    words: WordStats,
    names: Gazetteer,
    /// Per previous tag (index `K`: the sentence start), its transition features hashed up to the
    /// tag ([`transition_prefix`]) and the score of the one that is the tag alone: computed once
    /// at load, as every token of every sentence needs them.
    prefixes: [[u64; 3]; K + 1],
    prev_scores: [[i32; K]; K + 1],
    /// Whether to re-tag each document once its first pass is known (on by default).
    pub second_pass: bool,
}

impl Model for Ner {
    const KIND: &'static str = file::KIND;
    const TRAIN_COMMAND: &'static str = TRAIN_COMMAND;

    fn to_file(&self) -> ModelFile {
        file::to_model_file(&self.weights, &self.words, &self.names)
    }

    fn from_file(file: ModelFile) -> Result<Ner, String> {
        Ner::from_model_file(file).map_err(|e| e.to_string())
    }

    fn weights(&self) -> &QuantWeights {
        &self.weights
    }
}

impl Ner {
    pub fn from_bytes(bytes: &[u8]) -> Result<Ner, NerError> {
        let file = ModelFile::from_bytes(bytes).map_err(|e| NerError::Corrupt { reason: e.0 })?;
        Ner::from_model_file(file)
    }

    fn from_model_file(file: ModelFile) -> Result<Ner, NerError> {
        let (weights, words, names) = file::from_model_file(file)?;
        Ok(Ner::new(weights, words, names))
    }

    fn new(weights: QuantWeights, words: WordStats, names: Gazetteer) -> Ner {
        let prefixes: [[u64; 3]; K + 1] =
            std::array::from_fn(|p| transition_prefix((p < K).then_some(p)));
        let mut prev_scores = [[0; K]; K + 1];
        for (prefix, out) in prefixes.iter().zip(&mut prev_scores) {
            weights.score_into(&prefix[..1], out);
        }
        Ner {
            weights,
            words,
            names,
            prefixes,
            prev_scores,
            second_pass: true,
        }
    }

    /// The model file's bytes (weights quantised to 16 bits).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.to_file().to_bytes()
    }

    /// How many weight rows, known words and gazetteer names the model holds.
    pub fn sizes(&self) -> (usize, usize, usize) {
        (
            self.weights.n_features(),
            self.words.len(),
            self.names.len(),
        )
    }

    /// Tags one document's sentences (tokens as the text layer gives them) with IOB2 tags.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<&'static str>> {
        let views: Vec<SentenceView> = sentences
            .iter()
            .map(|s| sentence_view(&self.words, &self.names, s))
            .collect();
        self.decode(&views)
            .into_iter()
            .map(|tags| tags.into_iter().map(|t| TAGS[t]).collect())
            .collect()
    }

    fn decode(&self, views: &[SentenceView]) -> Vec<Vec<usize>> {
        let mut scorer = DocumentScorer {
            ner: self,
            transitions: FeatureMap::default(),
        };
        // Scores are sums over features, so the part that does not depend on the document
        // memory is computed once and serves both passes.
        let lattices: Vec<Lattice> = views.iter().map(|v| Lattice::new(v, &mut scorer)).collect();
        // First pass: each mention sees what earlier sentences said.
        let mut memory = DocumentMemory::default();
        let mut first = Vec::with_capacity(views.len());
        for (v, lattice) in views.iter().zip(&lattices) {
            let tags = viterbi(lattice, &memory_scores(v, &memory, &mut scorer));
            memory.add(v, &tags);
            first.push(tags);
        }
        if !self.second_pass {
            names_keep_their_brackets_closed(views, &mut first);
            return first;
        }
        // Second pass: every mention sees what the whole document said in the first.
        let mut tags: Vec<Vec<usize>> = views
            .iter()
            .zip(&lattices)
            .map(|(v, lattice)| viterbi(lattice, &memory_scores(v, &memory, &mut scorer)))
            .collect();
        agree_with_the_body(views, &mut tags);
        people_named_by_apposition(views, &mut tags);
        people_keep_their_names(views, &mut tags);
        names_keep_their_brackets_closed(views, &mut tags);
        tags
    }

    /// Entity-level scores against gold documents.
    pub fn evaluate(&self, docs: &[NerDocument]) -> NerScores {
        let mut scores = NerScores::default();
        for doc in docs {
            let predicted = self.tag_document(&doc.forms());
            for (sent, pred) in doc.sentences.iter().zip(&predicted) {
                scores.add(&sent.tags, pred);
            }
        }
        scores
    }
}

const K: usize = TAGS.len();

/// Document-level consistency where casing cannot help: a word left outside any entity where
/// its casing says nothing (a headline's words, a sentence's first word) becomes a one-word name
/// of the type the document clearly gives the same word where its casing does say something
/// ("Erdogan wins run-off" over a body that names Recep Tayyip Erdogan three times). Only words
/// usually written capitalised (or unknown) qualify, so a headline's "Security" does not become
/// part of the body's "UN Security Council". A word the decoder did tag keeps its type: on
/// CoNLL-2003 re-typing them (a dateline's "LONDON" after the body's "London" clubs) cost 0.5 F1,
/// while filling the gaps left eng.testa unchanged (92.31 / 92.27).
fn agree_with_the_body(views: &[SentenceView], tags: &mut [Vec<usize>]) {
    // Per word, votes from the places where its casing is informative: O, then each type.
    let mut votes: HashMap<&str, [u32; 5]> = HashMap::new();
    for (v, t) in views.iter().zip(tags.iter()) {
        for (i, &tag) in t.iter().enumerate() {
            if v.name_like[i] && !v.casing_blind[i] {
                votes.entry(v.lower.get(i)).or_default()[tag_type(tag).map_or(0, |k| k + 1)] += 1;
            }
        }
    }
    for (v, t) in views.iter().zip(tags.iter_mut()) {
        for i in 0..t.len() {
            if t[i] != 0 || !(v.casing_blind[i] && v.name_like[i] && v.usually_capitalised[i]) {
                continue;
            }
            let Some(counts) = votes.get(v.lower.get(i)) else {
                continue;
            };
            let best = (0..5)
                .max_by_key(|&k| (counts[k], std::cmp::Reverse(k)))
                .unwrap_or(0);
            let total: u32 = counts.iter().sum();
            // A clear majority of the informative places, not a tie.
            if best == 0 || counts[best] * 2 <= total {
                continue;
            }
            if i > 0 && tag_type(t[i - 1]) == Some(best - 1) {
                // Right after a name of the same type: the word may be part of it; leave it.
                continue;
            }
            t[i] = begin_tag(best - 1);
        }
    }
}

/// Head nouns of an apposition that make the name before it a person ("Valeska Paris, an
/// Australian woman").
const PERSON_NOUNS: [&str; 30] = [
    "woman",
    "man",
    "girl",
    "boy",
    "mother",
    "father",
    "wife",
    "husband",
    "widow",
    "son",
    "daughter",
    "brother",
    "sister",
    "actress",
    "actor",
    "singer",
    "heiress",
    "spokesman",
    "spokeswoman",
    "lawyer",
    "teenager",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "journalist",
    "reporter",
    "author",
    "writer",
    "artist",
];

/// A name followed by an apposition whose head is a person noun is a person, whatever type the
/// decoder gave it ("Valeska Paris, an Australian woman and former Scientologist": an unknown
/// first name before a city's name reads as an organisation). The head is looked for in the
/// first words after the comma (a determiner and up to three modifiers), so "Paris, a city
/// whose women ..." is not read as a person.
fn people_named_by_apposition(views: &[SentenceView], tags: &mut [Vec<usize>]) {
    for (v, t) in views.iter().zip(tags.iter_mut()) {
        let word = |j: usize| (j < v.len()).then(|| v.lower.get(j));
        for (name, kind) in names(t) {
            if kind == PER || word(name.end) != Some(",") {
                continue;
            }
            let mut j = name.end + 1;
            if word(j).is_some_and(|w| ["a", "an", "the"].contains(&w)) {
                j += 1;
            }
            let head = (j..j + 4)
                .take_while(|&k| word(k).is_some_and(|w| w != "," && w != "of"))
                .any(|k| word(k).is_some_and(|w| PERSON_NOUNS.contains(&w)) && t[k] == 0);
            if head {
                t[name.start] = begin_tag(PER);
                for tag in &mut t[name.start + 1..name.end] {
                    *tag = inside_tag(PER);
                }
            }
        }
    }
}

/// A name holds a bracket only with its partner ("Mladost (L)", "Azad (free) Kashmir"); at a
/// bracket left open or closed without its partner the name breaks in two, the bracket out of
/// both. A dateline's "KYIV (AP) -" is the place and the agency, never one "KYIV (AP" body.
fn names_keep_their_brackets_closed(views: &[SentenceView], tags: &mut [Vec<usize>]) {
    for (v, t) in views.iter().zip(tags.iter_mut()) {
        for (name, kind) in names(t) {
            let mut open = None;
            let mut unpaired = Vec::new();
            for k in name.clone() {
                match v.lower.get(k) {
                    "(" => open = open.or(Some(k)),
                    ")" if open.is_some() => open = None,
                    ")" => unpaired.push(k),
                    _ => {}
                }
            }
            unpaired.extend(open);
            for k in unpaired {
                t[k] = 0;
                if k + 1 < name.end {
                    t[k + 1] = begin_tag(kind);
                }
            }
        }
    }
}

/// Words before a lone name that only a place fits ("born in Paris", "flew to Paris").
const PLACE_PREPOSITIONS: [&str; 12] = [
    "in",
    "at",
    "near",
    "into",
    "across",
    "outside",
    "inside",
    "around",
    "throughout",
    "toward",
    "towards",
    "to",
];

/// Head nouns of an apposition that makes the name before it a place ("Paris, the French capital").
const PLACE_NOUNS: [&str; 10] = [
    "capital", "city", "town", "village", "country", "state", "province", "region", "island",
    "port",
];

/// Whether the one-word name at `i` stands where only a place fits: after a locative preposition
/// ("in Paris", but not "according to Paris"), or before an apposition that names a place
/// ("Paris, France", "Paris, the French capital").
fn in_place_context(view: &SentenceView, tags: &[usize], i: usize) -> bool {
    let word = |j: usize| (j < view.len()).then(|| view.lower.get(j));
    if let Some(before) = i.checked_sub(1).and_then(word)
        && PLACE_PREPOSITIONS.contains(&before)
        && !(before == "to" && i.checked_sub(2).and_then(word) == Some("according"))
    {
        return true;
    }
    if word(i + 1) != Some(",") {
        return false;
    }
    let loc = TYPES.iter().position(|t| *t == "LOC");
    tags.get(i + 2).and_then(|&t| tag_type(t)) == loc
        || (word(i + 2) == Some("the")
            && (i + 3..i + 7).any(|j| word(j).is_some_and(|w| PLACE_NOUNS.contains(&w))))
}

/// A one-word name that begins or ends a person's full name elsewhere in the same document is
/// that person ("Valeska Paris, an Australian woman, ..." then "Paris claims ..."), whatever type
/// the decoder gave it: a name that is also a city or a company is read as the city when it
/// stands alone, though the story has said who it means. The document keeps the other reading
/// when it also uses the word alone where only a place fits ("Paris Hilton visited Paris, the
/// French capital"; "in Paris"): then the lone mentions are left as decoded.
fn people_keep_their_names(views: &[SentenceView], tags: &mut [Vec<usize>]) {
    let mut name_words: Vec<&str> = Vec::new();
    for (v, t) in views.iter().zip(tags.iter()) {
        for (name, kind) in names(t) {
            if kind == PER && t[name.start] == begin_tag(PER) && name.len() >= 2 {
                name_words.push(v.lower.get(name.start));
                name_words.push(v.lower.get(name.end - 1));
            }
        }
    }
    if name_words.is_empty() {
        return;
    }
    let mut placed: Vec<&str> = Vec::new();
    let mut lone: Vec<(usize, usize, &str)> = Vec::new();
    for (s, (v, t)) in views.iter().zip(tags.iter()).enumerate() {
        for (name, kind) in names(t) {
            let i = name.start;
            let word = v.lower.get(i);
            if name.len() != 1 || is_inside(t[i]) || !name_words.contains(&word) {
                continue;
            }
            if in_place_context(v, t, i) {
                placed.push(word);
            } else if kind != PER {
                lone.push((s, i, word));
            }
        }
    }
    for (s, i, word) in lone {
        if !placed.contains(&word) {
            tags[s][i] = begin_tag(PER);
        }
    }
}

/// Where decoding gets its scores from: the shipped table, or the weights being trained.
trait Scorer {
    /// Writes each tag's score of a feature list (integers: the shipped table is quantised, and
    /// a perceptron in training only ever moves weights by whole units).
    fn score(&mut self, feats: &[u64], out: &mut [i32; K]);

    /// Writes token `i`'s transition scores for each previous tag (index `K`: the sentence
    /// start, the only one that precedes the first token).
    fn transitions(&mut self, view: &SentenceView, i: usize, out: &mut [[i32; K]; K + 1]) {
        let mut feats = Vec::with_capacity(3);
        for &p in previous_tags(i) {
            feats.clear();
            add_transition(&mut feats, view, i, (p < K).then_some(p));
            self.score(&feats, &mut out[p]);
        }
    }
}

/// The tags that may precede token `i`: the start before the first, a tag before later ones.
fn previous_tags(i: usize) -> &'static [usize] {
    if i == 0 { &[K] } else { &ALL_TAGS }
}

impl Scorer for &Ner {
    fn score(&mut self, feats: &[u64], out: &mut [i32; K]) {
        out.fill(0);
        self.weights.score_into(feats, out);
    }

    /// The same scores as the default, from the tag-only scores computed at load and the two
    /// word features per tag looked up together.
    fn transitions(&mut self, view: &SentenceView, i: usize, out: &mut [[i32; K]; K + 1]) {
        let previous = previous_tags(i);
        let mut feats = [0u64; 2 * K];
        for (pair, &p) in feats.chunks_exact_mut(2).zip(previous) {
            pair.copy_from_slice(&transition_word_features(&self.prefixes[p], view, i));
        }
        let mut rows = [[0i32; K]; 2 * K];
        self.weights
            .score_each(&feats[..2 * previous.len()], rows.as_flattened_mut());
        for (pair, &p) in rows.chunks_exact(2).zip(previous) {
            for (c, o) in out[p].iter_mut().enumerate() {
                *o = self.prev_scores[p][c] + pair[0][c] + pair[1][c];
            }
        }
    }
}

/// The shipped table for one document, which remembers each word's transition scores: they
/// depend only on the word's lowercase form and shape (past the first token), and a document
/// repeats its words ("the", "said", the names it is about).
struct DocumentScorer<'a> {
    ner: &'a Ner,
    /// Keyed by the hash of the lowercase form and the shape.
    transitions: FeatureMap<[[i32; K]; K]>,
}

impl Scorer for DocumentScorer<'_> {
    fn score(&mut self, feats: &[u64], out: &mut [i32; K]) {
        let mut ner = self.ner;
        ner.score(feats, out);
    }

    fn transitions(&mut self, view: &SentenceView, i: usize, out: &mut [[i32; K]; K + 1]) {
        let mut ner = self.ner;
        if i == 0 {
            return ner.transitions(view, i, out);
        }
        let word = feature(0, &[view.lower.get(i), view.short.get(i)]);
        if let Some(known) = self.transitions.get(&word) {
            out[..K].copy_from_slice(known);
            return;
        }
        ner.transitions(view, i, out);
        let mut block = [[0; K]; K];
        block.copy_from_slice(&out[..K]);
        self.transitions.insert(word, block);
    }
}

/// The weights being trained, as decoding during training sees them.
struct Training<'a>(&'a mut Trainer);

impl Scorer for Training<'_> {
    fn score(&mut self, feats: &[u64], out: &mut [i32; K]) {
        for (o, s) in out.iter_mut().zip(self.0.scores(feats)) {
            // Sums of whole-unit updates: exact in f32 and in i32.
            *o = *s as i32;
        }
    }
}

/// The scores of one sentence's tags, which is all decoding needs besides the document memory:
/// per token, each tag's score from the token's own features, and from the transition features
/// given the previous tag (index `K`: the sentence start).
struct Lattice {
    emit: Vec<[i32; K]>,
    trans: Vec<[[i32; K]; K + 1]>,
}

impl Lattice {
    /// Scores from everything but the document memory.
    fn new(view: &SentenceView, scorer: &mut dyn Scorer) -> Lattice {
        let n = view.len();
        let mut emit = vec![[0; K]; n];
        let mut trans = vec![[[0; K]; K + 1]; n];
        for i in 0..n {
            scorer.score(view.features(i), &mut emit[i]);
            scorer.transitions(view, i, &mut trans[i]);
        }
        Lattice { emit, trans }
    }
}

/// Per token, the scores of what the document said earlier about its word (zero when nothing).
fn memory_scores(
    view: &SentenceView,
    memory: &DocumentMemory,
    scorer: &mut dyn Scorer,
) -> Vec<[i32; K]> {
    let mut out = vec![[0; K]; view.len()];
    let mut feats = Vec::with_capacity(4);
    for (i, extra) in out.iter_mut().enumerate() {
        feats.clear();
        add_memory(&mut feats, view, i, memory);
        if !feats.is_empty() {
            scorer.score(&feats, extra);
        }
    }
    out
}

const ALL_TAGS: [usize; K] = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/// The best valid IOB2 tag sequence under a first-order model, the lattice's emission scores
/// raised by `memory`. Transition features are the only ones that depend on the previous tag, so
/// the search is exact. Path scores are summed in 64 bits, so no sentence is long enough to
/// overflow them.
fn viterbi(lattice: &Lattice, memory: &[[i32; K]]) -> Vec<usize> {
    let n = lattice.emit.len();
    if n == 0 {
        return Vec::new();
    }
    let emit = |i: usize, c: usize| {
        i64::from(lattice.emit[i][c]) + memory.get(i).map_or(0, |m| i64::from(m[c]))
    };
    const NONE: i64 = i64::MIN;
    let mut best = vec![[NONE; K]; n];
    let mut back = vec![[0usize; K]; n];
    let start = &lattice.trans[0][K];
    for (c, score) in best[0].iter_mut().enumerate() {
        // The sentence start behaves like `O`: no entity continues into it.
        if may_follow(0, c) {
            *score = emit(0, c) + i64::from(start[c]);
        }
    }
    for i in 1..n {
        let trans = &lattice.trans[i];
        let here: [i64; K] = std::array::from_fn(|c| emit(i, c));
        for p in 0..K {
            let before = best[i - 1][p];
            if before == NONE {
                continue;
            }
            for c in 0..K {
                let v = before + here[c] + i64::from(trans[p][c]);
                if FOLLOWS[p][c] && v > best[i][c] {
                    best[i][c] = v;
                    back[i][c] = p;
                }
            }
        }
    }
    let mut tags = vec![0; n];
    let mut last = 0;
    for c in 1..K {
        if best[n - 1][c] > best[n - 1][last] {
            last = c;
        }
    }
    tags[n - 1] = last;
    for i in (1..n).rev() {
        tags[i - 1] = back[i][tags[i]];
    }
    tags
}

/// [`may_follow`] as a table, for the inner loop of decoding.
const FOLLOWS: [[bool; K]; K] = {
    let mut t = [[false; K]; K];
    let mut p = 0;
    while p < K {
        let mut c = 0;
        while c < K {
            t[p][c] = may_follow(p, c);
            c += 1;
        }
        p += 1;
    }
    t
};

/// During training, a class that decoding never picks: it lets the perceptron's two-sided update
/// move weight on one feature set only (gold transitions up, predicted transitions down, when the
/// two sequences disagree about the previous tag).
const SINK: usize = TAGS.len();

/// The averaged weights without the sink class.
fn without_sink(mut w: Weights) -> Weights {
    for row in w.rows.values_mut() {
        *row = row[..TAGS.len()].into();
    }
    w.rows.retain(|_, row| row.iter().any(|x| *x != 0.0));
    w.n_classes = TAGS.len();
    w
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    /// Weight rows whose averaged weights are all smaller than this are dropped from the model.
    pub min_weight: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 1,
            min_weight: 0.0,
        }
    }
}

/// What training reports as it goes.
#[derive(Debug, Clone)]
pub enum TrainProgress {
    /// `done` of `total` documents of epoch `epoch` (1-based) seen.
    Document {
        epoch: usize,
        done: usize,
        total: usize,
    },
    /// An epoch ended: token accuracy on the training data (with the weights as they were) and
    /// scores on the development data, if any.
    Epoch {
        epoch: usize,
        train_accuracy: f64,
        dev: Option<NerScores>,
    },
}

/// What training ended with.
#[derive(Debug, Clone)]
pub struct TrainReport {
    /// The 1-based epoch whose weights were kept (the best on the development data, else the last).
    pub best_epoch: usize,
    pub best_dev: Option<NerScores>,
}

/// Splits documents into two halves (by position) for the gazetteer: a training document sees
/// only the names of the other half, so the model learns how far a gazetteer match can be trusted
/// on names it has not seen, as at run time.
const NAME_FOLDS: usize = 2;

fn gazetteer_of<'a>(docs: impl Iterator<Item = &'a NerDocument>) -> Gazetteer {
    let mut g = Gazetteer::default();
    for doc in docs {
        for s in &doc.sentences {
            for span in entity_spans(&s.tags) {
                g.add(&s.tokens[span.start..span.end], span.kind);
            }
        }
    }
    g
}

/// Trains a recognizer on gold documents. `extra_text` (sentences of tokens from other corpora)
/// only feeds the word statistics. With `dev`, the epoch that scores best there is kept.
pub fn train(
    docs: &[NerDocument],
    dev: Option<&[NerDocument]>,
    extra_text: &[Vec<String>],
    options: &TrainOptions,
    on_progress: &mut dyn FnMut(TrainProgress),
) -> Result<(Ner, TrainReport), NerError> {
    if docs.iter().all(|d| d.sentences.is_empty()) {
        return Err(NerError::EmptyCorpus);
    }
    let mut counter = WordCounter::default();
    for doc in docs {
        for s in &doc.sentences {
            counter.add_sentence(&s.tokens);
        }
    }
    for s in extra_text {
        counter.add_sentence(s);
    }
    let words = counter.finish();
    let names = gazetteer_of(docs.iter());
    let folds: Vec<Gazetteer> = (0..NAME_FOLDS)
        .map(|k| {
            gazetteer_of(
                docs.iter()
                    .enumerate()
                    .filter(|(i, _)| i % NAME_FOLDS != k)
                    .map(|(_, d)| d),
            )
        })
        .collect();

    // Static features once; gold classes checked by `documents_from_conll` or mapped here.
    let mut views: Vec<Vec<SentenceView>> = Vec::with_capacity(docs.len());
    let mut gold: Vec<Vec<Vec<usize>>> = Vec::with_capacity(docs.len());
    for (d, doc) in docs.iter().enumerate() {
        let fold = &folds[d % NAME_FOLDS];
        let mut dv = Vec::new();
        let mut dg = Vec::new();
        for (s, sent) in doc.sentences.iter().enumerate() {
            let forms: Vec<&str> = sent.tokens.iter().map(String::as_str).collect();
            dv.push(sentence_view(&words, fold, &forms));
            let classes = sent
                .tags
                .iter()
                .map(|t| {
                    class_of(t).ok_or_else(|| NerError::UnknownTag {
                        document: d + 1,
                        sentence: s + 1,
                        tag: t.clone(),
                    })
                })
                .collect::<Result<Vec<usize>, NerError>>()?;
            dg.push(classes);
        }
        views.push(dv);
        gold.push(dg);
    }

    let mut trainer = Trainer::new(TAGS.len() + 1);
    let (mut gold_feats, mut guess_feats) = (Vec::new(), Vec::new());
    let run_epoch = |epoch: usize, order: &[usize]| {
        let (mut right, mut seen) = (0usize, 0usize);
        for (done, &d) in order.iter().enumerate() {
            let mut memory = DocumentMemory::default();
            for (view, truth) in views[d].iter().zip(&gold[d]) {
                let mut scorer = Training(&mut trainer);
                let lattice = Lattice::new(view, &mut scorer);
                let guess = viterbi(&lattice, &memory_scores(view, &memory, &mut scorer));
                trainer.tick();
                for i in 0..truth.len() {
                    let (g, p) = (truth[i], guess[i]);
                    right += usize::from(g == p);
                    seen += 1;
                    gold_feats.clear();
                    gold_feats.extend_from_slice(view.features(i));
                    add_memory(&mut gold_feats, view, i, &memory);
                    trainer.update(&gold_feats, g, p);
                    let (gp, pp) = match i {
                        0 => (None, None),
                        _ => (Some(truth[i - 1]), Some(guess[i - 1])),
                    };
                    gold_feats.clear();
                    add_transition(&mut gold_feats, view, i, gp);
                    if gp == pp {
                        trainer.update(&gold_feats, g, p);
                    } else {
                        guess_feats.clear();
                        add_transition(&mut guess_feats, view, i, pp);
                        trainer.update(&gold_feats, g, SINK);
                        trainer.update(&guess_feats, SINK, p);
                    }
                }
                memory.add(view, &guess);
            }
            on_progress(TrainProgress::Document {
                epoch,
                done: done + 1,
                total: docs.len(),
            });
        }
        let weights = without_sink(trainer.averaged(0.0));
        let dev_scores = dev.map(|dev| {
            // Scored as it would ship: quantised.
            let model = Ner::new(
                QuantWeights::from_weights(&weights, 0.0),
                words.clone(),
                names.clone(),
            );
            model.evaluate(dev)
        });
        on_progress(TrainProgress::Epoch {
            epoch,
            train_accuracy: right as f64 / seen.max(1) as f64,
            dev: dev_scores.clone(),
        });
        (weights, dev_scores)
    };
    let (best_epoch, mut weights, best_dev) = train_epochs(
        docs.len(),
        options.epochs,
        options.seed,
        run_epoch,
        |now: &NerScores, best| now.overall.f1() > best.overall.f1(),
    )
    .ok_or(NerError::EmptyCorpus)?;
    if options.min_weight > 0.0 {
        weights
            .rows
            .retain(|_, row| row.iter().any(|w| w.abs() >= options.min_weight));
    }
    Ok((
        Ner::new(QuantWeights::from_weights(&weights, 0.0), words, names),
        TrainReport {
            best_epoch,
            best_dev,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::{FeatureMap, feature};

    fn shared_corpus(name: &str) -> Option<Vec<NerDocument>> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpora/conll2003/"
        );
        let path = format!("{path}{name}");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {path} is absent");
            return None;
        };
        let lines = newsgraph_corpus::read_conll(&text).ok()?;
        documents_from_conll(&lines).ok()
    }

    fn small_model(docs: &[NerDocument], seed: u64) -> Ner {
        let options = TrainOptions {
            epochs: 3,
            seed,
            min_weight: 0.0,
        };
        let (model, _) = train(docs, None, &[], &options, &mut |_| {}).expect("trains");
        model
    }

    /// The shipped table made from hand-written float rows.
    fn quantised(rows: FeatureMap<Box<[f32]>>) -> QuantWeights {
        let n_classes = TAGS.len();
        QuantWeights::from_weights(&Weights { n_classes, rows }, 0.0)
    }

    fn is_valid_iob2(tags: &[&str]) -> bool {
        let mut prev = "O";
        for t in tags {
            if let Some(kind) = t.strip_prefix("I-")
                && prev.get(2..) != Some(kind)
            {
                return false;
            }
            prev = t;
        }
        true
    }

    #[test]
    fn reads_documents_and_converts_iob1() {
        let text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n";
        let lines = newsgraph_corpus::read_conll(text).expect("reads");
        let docs = documents_from_conll(&lines).expect("groups");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences[0].tags, ["B-ORG", "O"]);
        assert_eq!(docs[1].sentences[0].tags, ["B-PER", "I-PER"]);
        let bad = newsgraph_corpus::read_conll("Paris NNP I-NP I-CITY\n").expect("reads");
        assert!(matches!(
            documents_from_conll(&bad),
            Err(NerError::UnknownTag { .. })
        ));
    }

    #[test]
    fn training_on_a_few_hundred_sentences_learns() {
        let Some(docs) = shared_corpus("eng.train") else {
            return;
        };
        let (train_docs, held_out) = (&docs[..40], &docs[40..50]);
        let sentences: usize = train_docs.iter().map(|d| d.sentences.len()).sum();
        assert!(sentences >= 300, "{sentences} sentences");
        let model = small_model(train_docs, 1);
        let f1 = model.evaluate(held_out).overall.f1();
        // An untrained model finds nothing (F1 0); a few hundred sentences already find about half.
        assert!(f1 > 0.45, "held-out F1 {f1}");
    }

    #[test]
    fn training_is_deterministic_and_the_file_round_trips() {
        let Some(docs) = shared_corpus("eng.train") else {
            return;
        };
        let a = small_model(&docs[..8], 7);
        let b = small_model(&docs[..8], 7);
        let bytes = a.to_bytes();
        assert_eq!(bytes, b.to_bytes());
        let again = Ner::from_bytes(&bytes).expect("reads its own file");
        assert_eq!(again.to_bytes(), bytes);
        let sentence = vec!["Peter", "Blackburn", "visited", "Brussels", "."];
        assert_eq!(
            again.tag_document(std::slice::from_ref(&sentence)),
            Ner::from_bytes(&bytes)
                .expect("reads")
                .tag_document(&[sentence])
        );
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        let mut words = WordCounter::default();
        words.add_sentence(&["in", "Moscow", "in", "Moscow"]);
        let mut names = Gazetteer::default();
        names.add(&["Moscow"], 2);
        let mut rows = FeatureMap::default();
        rows.insert(7, vec![0.5; TAGS.len()].into_boxed_slice());
        let model = Ner::new(quantised(rows), words.finish(), names);
        let bytes = model.to_bytes();
        for len in 0..bytes.len() {
            assert!(
                Ner::from_bytes(&bytes[..len]).is_err(),
                "prefix of {len} bytes"
            );
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Ner::from_bytes(&extra).is_err());
        assert!(Ner::from_bytes(b"not a model").is_err());
    }

    #[test]
    fn decoding_never_produces_invalid_iob2() {
        // Weights that push every token towards an inside tag: only the constraint keeps the
        // output valid.
        let mut rows = FeatureMap::default();
        let mut bias = vec![0.0f32; TAGS.len()];
        bias[2] = 10.0; // I-PER
        bias[4] = 8.0; // I-ORG
        bias[3] = 1.0; // B-ORG
        rows.insert(feature(0, &[]), bias.into_boxed_slice());
        let model = Ner::new(quantised(rows), WordStats::default(), Gazetteer::default());
        let doc = vec![
            vec!["Sergey", "Lavrov", "met", "Mike", "Pompeo", "."],
            vec!["x"],
            vec![],
        ];
        for tags in model.tag_document(&doc) {
            assert!(is_valid_iob2(&tags), "{tags:?}");
        }
        assert!(!is_valid_iob2(&["O", "I-PER"]));
        assert!(!is_valid_iob2(&["B-ORG", "I-PER"]));
    }

    /// Views of a document's sentences (tokens split on spaces) with word statistics from `known`.
    fn document_views(known: &[&str], doc: &[&str]) -> Vec<SentenceView> {
        let mut words = WordCounter::default();
        for sentence in known {
            words.add_sentence(&sentence.split(' ').collect::<Vec<_>>());
        }
        let words = words.finish();
        doc.iter()
            .map(|s| {
                let forms: Vec<&str> = s.split(' ').collect();
                sentence_view(&words, &Gazetteer::default(), &forms)
            })
            .collect()
    }

    fn classes(tags: &[&str]) -> Vec<usize> {
        tags.iter().filter_map(|t| class_of(t)).collect()
    }

    #[test]
    fn a_headline_word_takes_the_type_the_body_gives_it() {
        let views = document_views(
            &[],
            &[
                "Erdogan wins run-off",
                "Turkish President Recep Tayyip Erdogan won , and voters cheered Erdogan .",
            ],
        );
        let mut tags = vec![
            classes(&["O", "O", "O"]),
            classes(&[
                "B-MISC", "O", "B-PER", "I-PER", "I-PER", "O", "O", "O", "O", "O", "B-PER", "O",
            ]),
        ];
        let body = tags[1].clone();
        agree_with_the_body(&views, &mut tags);
        assert_eq!(tags[0], classes(&["B-PER", "O", "O"]));
        // The body, where casing is informative, is left as it was.
        assert_eq!(tags[1], body);
    }

    #[test]
    fn a_common_word_capitalised_by_a_headline_keeps_its_tag() {
        // "security" is usually lowercase: the body's "UN Security Council" says nothing about
        // the headline's first word.
        let views = document_views(
            &["the security forces said security was tight", "security"],
            &[
                "Security forces fire on protesters",
                "The UN Security Council met .",
            ],
        );
        let mut tags = vec![
            classes(&["O", "O", "O", "O", "O"]),
            classes(&["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]),
        ];
        agree_with_the_body(&views, &mut tags);
        assert_eq!(tags[0], classes(&["O", "O", "O", "O", "O"]));
    }

    #[test]
    fn a_surname_alone_is_the_person_the_document_named() {
        let views = document_views(
            &[],
            &[
                "Valeska Paris , an Australian woman , left the church .",
                "Paris claims she was held aboard the ship .",
            ],
        );
        let mut tags = vec![
            classes(&[
                "B-PER", "I-PER", "O", "O", "B-MISC", "O", "O", "O", "O", "O", "O",
            ]),
            classes(&["B-LOC", "O", "O", "O", "O", "O", "O", "O", "O"]),
        ];
        people_keep_their_names(&views, &mut tags);
        assert_eq!(
            tags[1],
            classes(&["B-PER", "O", "O", "O", "O", "O", "O", "O", "O"])
        );
    }

    #[test]
    fn a_city_the_document_uses_as_a_place_stays_a_place() {
        // The first name of "Paris Hilton" is also the city she visits: the apposition and "in"
        // say which one the lone word means.
        let views = document_views(
            &[],
            &[
                "Paris Hilton visited Paris , the French capital .",
                "Paris welcomed her , and she stayed in Paris .",
            ],
        );
        let mut tags = vec![
            classes(&["B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-MISC", "O", "O"]),
            classes(&["B-LOC", "O", "O", "O", "O", "O", "O", "O", "B-LOC", "O"]),
        ];
        let before = tags.clone();
        people_keep_their_names(&views, &mut tags);
        assert_eq!(tags, before);
        // With no place context anywhere, the lone word is the person.
        let views = document_views(
            &[],
            &[
                "Paris Hilton visited the studio .",
                "Paris said she was happy .",
            ],
        );
        let mut tags = vec![
            classes(&["B-PER", "I-PER", "O", "O", "O", "O"]),
            classes(&["B-LOC", "O", "O", "O", "O", "O"]),
        ];
        people_keep_their_names(&views, &mut tags);
        assert_eq!(tags[1], classes(&["B-PER", "O", "O", "O", "O", "O"]));
    }

    #[test]
    fn an_apposition_that_says_woman_makes_a_person() {
        let views = document_views(
            &[],
            &[
                "Valeska Paris , an Australian woman and former Scientologist , spoke .",
                "Paris , a city of two million , voted .",
            ],
        );
        let mut tags = vec![
            classes(&[
                "B-ORG", "I-ORG", "O", "O", "B-MISC", "O", "O", "O", "B-MISC", "O", "O", "O",
            ]),
            classes(&["B-LOC", "O", "O", "O", "O", "O", "O", "O", "O", "O"]),
        ];
        let city = tags[1].clone();
        people_named_by_apposition(&views, &mut tags);
        assert_eq!(&tags[0][..2], &classes(&["B-PER", "I-PER"])[..]);
        assert_eq!(tags[1], city);
    }

    #[test]
    fn a_name_breaks_at_a_bracket_it_does_not_close() {
        let views = document_views(
            &[],
            &[
                "KYIV ( AP ) - Russian forces shelled the city .",
                "Mladost ( L ) won 2-0 .",
            ],
        );
        let mut tags = vec![
            classes(&[
                "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-MISC", "O", "O", "O", "O", "O",
            ]),
            classes(&["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]),
        ];
        let club = tags[1].clone();
        names_keep_their_brackets_closed(&views, &mut tags);
        assert_eq!(&tags[0][..4], &classes(&["B-ORG", "O", "B-ORG", "O"])[..]);
        // A bracket closed inside the name stays part of it.
        assert_eq!(tags[1], club);
    }

    #[test]
    fn according_to_a_name_is_no_place() {
        let views = document_views(
            &[],
            &[
                "Valeska Paris left .",
                "Her story , according to Paris , is true .",
            ],
        );
        let mut tags = vec![
            classes(&["B-PER", "I-PER", "O", "O"]),
            classes(&["O", "O", "O", "O", "O", "B-LOC", "O", "O", "O", "O"]),
        ];
        people_keep_their_names(&views, &mut tags);
        assert_eq!(tags[1][5], 1);
    }

    fn shipped_model() -> Option<Ner> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/models/ner.bin");
        match Ner::load(std::path::Path::new(path)) {
            Ok(m) => Some(m),
            Err(e) => {
                eprintln!("skipped: {e}");
                None
            }
        }
    }

    fn tag_one(model: &Ner, sentence: &str) -> Vec<(String, &'static str)> {
        let tokens: Vec<&str> = sentence.split(' ').collect();
        let tags = model.tag_document(std::slice::from_ref(&tokens));
        tokens
            .iter()
            .zip(&tags[0])
            .filter(|(_, t)| **t != "O")
            .map(|(w, t)| (w.to_string(), *t))
            .collect()
    }

    fn pairs(p: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        p.iter().map(|(w, t)| (w.to_string(), *t)).collect()
    }

    /// The table's scores through the default, feature-by-feature transition path.
    struct FeatureByFeature<'a>(&'a Ner);

    impl Scorer for FeatureByFeature<'_> {
        fn score(&mut self, feats: &[u64], out: &mut [i32; K]) {
            let mut model = self.0;
            model.score(feats, out);
        }
    }

    #[test]
    fn precomputed_transition_scores_equal_the_feature_by_feature_ones() {
        let Some(model) = shipped_model() else {
            return;
        };
        let forms = [
            "MOSCOW", "-", "Sergey", "Lavrov", "met", "the", "U.S.", "envoy", ".",
        ];
        let view = sentence_view(&model.words, &model.names, &forms);
        let mut document = DocumentScorer {
            ner: &model,
            transitions: FeatureMap::default(),
        };
        // Twice over the sentence: the second time every word's scores come from the
        // document's memory of them.
        for i in (0..forms.len()).chain(0..forms.len()) {
            let (mut fast, mut plain, mut remembered) =
                ([[0; K]; K + 1], [[0; K]; K + 1], [[0; K]; K + 1]);
            (&model).transitions(&view, i, &mut fast);
            FeatureByFeature(&model).transitions(&view, i, &mut plain);
            document.transitions(&view, i, &mut remembered);
            assert_eq!(fast, plain, "token {i}");
            assert_eq!(remembered, plain, "token {i}");
            assert!(
                fast.iter().flatten().any(|s| *s != 0),
                "token {i} scored nothing"
            );
        }
        // Every word but the first (whose scores are the sentence start's) is remembered.
        assert_eq!(document.transitions.len(), forms.len() - 1);
    }

    #[test]
    fn shipped_model_on_modern_news() {
        let Some(model) = shipped_model() else {
            return;
        };
        assert_eq!(
            tag_one(
                &model,
                "Russian Foreign Minister Sergey Lavrov met Mike Pompeo in Sochi ."
            ),
            pairs(&[
                ("Russian", "B-MISC"),
                ("Sergey", "B-PER"),
                ("Lavrov", "I-PER"),
                ("Mike", "B-PER"),
                ("Pompeo", "I-PER"),
                ("Sochi", "B-LOC"),
            ])
        );
        // A headline in capitals: casing says nothing, the words' usual casing still does.
        assert_eq!(
            tag_one(&model, "RUSSIA WARNS NATO OVER BALTIC EXERCISES"),
            pairs(&[("RUSSIA", "B-LOC"), ("NATO", "B-ORG"), ("BALTIC", "B-MISC")])
        );
        // A dateline.
        let dateline = tag_one(
            &model,
            "MOSCOW ( Reuters ) - The Kremlin said on Tuesday that talks would resume .",
        );
        assert!(
            dateline.contains(&("MOSCOW".to_string(), "B-LOC")),
            "{dateline:?}"
        );
        assert!(
            dateline.contains(&("Reuters".to_string(), "B-ORG")),
            "{dateline:?}"
        );
        // Nothing to find: capitalised sentence start and a weekday are not entities.
        assert_eq!(
            tag_one(
                &model,
                "Officials said on Tuesday that the talks would resume ."
            ),
            pairs(&[])
        );
    }
}
