//! The dependency parser: transition-based (arc-hybrid), greedy, labelled with Universal
//! Dependencies relations including their subtypes (`nsubj:pass`, `obl:tmod`, `nmod:poss` ...),
//! scored by an averaged perceptron over stack and buffer words, both tags, suffixes and casing,
//! children, their labels, distance and valency (in the spirit of Zhang & Nivre 2011).
//!
//! Training uses a dynamic oracle (Goldberg & Nivre 2013): at every state each transition's cost is
//! the number of gold arcs it makes unreachable, the model is updated towards the best zero-cost
//! (least-cost, for non-projective trees) transition, and after the first epoch the parser follows
//! its own predictions so that it learns to recover from its mistakes. It trains on the tags a
//! tagger predicts, not on gold tags, so that run-time tagging errors do not surprise it. The
//! shipped model is the mean of several such runs over differently shuffled data
//! ([`Parser::average`]): a linear model still, so one parser's speed for an ensemble's accuracy.
//!
//! The root sits at the bottom of the stack and may take a dependent only once the buffer is
//! empty, so every sentence gets exactly one root.
//!
//! **Invariant:** parsing never fails: every word of any input gets a head in `0..=n` and a label,
//! and the result is a tree (single root, no cycles).

use crate::io::{Model, ModelFile, QuantWeights, intern};
use crate::perceptron::{Trainer, feature, feature_ids, train_epochs};
use crate::tagger::Tags;
use newsgraph_corpus::UdSentence;
use std::collections::BTreeSet;

pub const KIND: &str = "parser";
/// The command that trains the parser, quoted when the model is missing; run from the repository
/// root. It trains four parsers on EWT train and dev together (seeds 9 to 12, each with training
/// tags from jack-knifed taggers of its own seed) and ships the mean of their weights, pruned at
/// 0.3: EWT test UAS 86.07, LAS 83.14, against 85.71-85.94 UAS for the runs alone (docs/benchmarks.md,
/// sessions 6 to 8, has the runs, the templates and the epochs tried). The shipped
/// `data/models/parser.bin` is what this command makes, byte for byte
/// (`scripts/models/reproduce.sh`).
pub const TRAIN_COMMAND: &str = "newsgraph train parser --corpus ../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu --extra ../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu --epochs 12 --runs 4 --seed 9 --prune 0.3 --out data/models/parser.bin";

/// A sentence's dependency tree: per word, its 1-based head (0 for the root) and relation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tree {
    pub heads: Vec<usize>,
    pub deprels: Vec<&'static str>,
}

/// A trained parser.
#[derive(Debug, Clone)]
pub struct Parser {
    weights: QuantWeights,
    labels: Vec<&'static str>,
    params: Vec<(String, String)>,
}

/// How the training corpus is tagged for the parser: this many taggers, each trained for this many
/// epochs on the other folds (see [`crate::tagger::jackknife`]).
pub const JACKKNIFE_FOLDS: usize = 4;
pub const JACKKNIFE_EPOCHS: usize = 10;

const SHIFT: usize = 0;
#[cfg(test)]
fn left(label: usize) -> usize {
    1 + 2 * label
}
fn right(label: usize) -> usize {
    2 + 2 * label
}
/// (is it LEFT, is it RIGHT, label) of a transition class.
fn decode(class: usize) -> (bool, bool, usize) {
    if class == SHIFT {
        (false, false, 0)
    } else {
        let l = (class - 1) / 2;
        (!class.is_multiple_of(2), class.is_multiple_of(2), l)
    }
}

const NONE: u64 = 1;
const NO_HEAD: usize = usize::MAX;

/// What feature templates read of each word: hashes of its lowercase form, its two tags and its
/// last three letters (what an unseen word most often shares with known ones), and its casing,
/// computed once per sentence. Index 0 is the root.
struct Atoms {
    words: Vec<u64>,
    tags: Vec<u64>,
    upos: Vec<u64>,
    suffixes: Vec<u64>,
    shapes: Vec<u64>,
    /// Commas, semicolons, colons and dashes up to and including each word (index 0: none).
    separators: Vec<usize>,
    /// Whether a verb or auxiliary comes at or after each word (one more entry: none after the
    /// last word).
    verb_from: Vec<bool>,
}

impl Atoms {
    fn new(words: &[&str], tags: &Tags) -> Atoms {
        let n = words.len() + 1;
        let mut atoms = Atoms {
            words: Vec::with_capacity(n),
            tags: Vec::with_capacity(n),
            upos: Vec::with_capacity(n),
            suffixes: Vec::with_capacity(n),
            shapes: Vec::with_capacity(n),
            separators: vec![0; n],
            verb_from: vec![false; n + 1],
        };
        atoms.words.push(feature(3000, &["<root>"]));
        atoms.tags.push(feature(3001, &["<root>"]));
        atoms.upos.push(feature(3002, &["<root>"]));
        atoms.suffixes.push(feature(3003, &["<root>"]));
        atoms.shapes.push(ROOT_SHAPE);
        for (i, word) in words.iter().enumerate() {
            let lower = word.to_lowercase();
            let cut = lower.char_indices().rev().nth(2).map_or(0, |(at, _)| at);
            atoms.words.push(feature(3000, &[&lower]));
            atoms
                .tags
                .push(feature(3001, &[tags.xpos.get(i).copied().unwrap_or("_")]));
            atoms
                .upos
                .push(feature(3002, &[tags.upos.get(i).copied().unwrap_or("_")]));
            atoms.suffixes.push(feature(3003, &[&lower[cut..]]));
            atoms.shapes.push(shape(word));
            atoms.separators[i + 1] =
                atoms.separators[i] + usize::from(matches!(*word, "," | ";" | ":" | "-" | "--"));
        }
        for i in (1..n).rev() {
            atoms.verb_from[i] = atoms.verb_from[i + 1]
                || matches!(tags.upos.get(i - 1).copied(), Some("VERB" | "AUX"));
        }
        atoms
    }
}

const ROOT_SHAPE: u64 = 7;

/// A word's casing class: with a digit, lowercase, capitalised, all capitals, mixed.
fn shape(word: &str) -> u64 {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    if word.chars().any(|c| c.is_ascii_digit()) {
        2
    } else if upper == 0 {
        3
    } else if upper == 1 && word.chars().next().is_some_and(char::is_uppercase) {
        4
    } else if upper == word.chars().count() {
        5
    } else {
        6
    }
}

/// A parser configuration: stack, buffer front, and the arcs built so far with what the
/// features need about each word's children.
struct State {
    n: usize,
    stack: Vec<usize>,
    /// The buffer is `next..=n`.
    next: usize,
    heads: Vec<usize>,
    labels: Vec<usize>,
    /// Leftmost, second leftmost, rightmost, second rightmost child (0 = none: the root is
    /// never a child).
    l1: Vec<usize>,
    l2: Vec<usize>,
    r1: Vec<usize>,
    r2: Vec<usize>,
    n_left: Vec<u64>,
    n_right: Vec<u64>,
    left_set: Vec<u128>,
    right_set: Vec<u128>,
}

impl State {
    fn new(n: usize) -> State {
        State {
            n,
            stack: vec![0],
            next: 1,
            heads: vec![NO_HEAD; n + 1],
            labels: vec![0; n + 1],
            l1: vec![0; n + 1],
            l2: vec![0; n + 1],
            r1: vec![0; n + 1],
            r2: vec![0; n + 1],
            n_left: vec![0; n + 1],
            n_right: vec![0; n + 1],
            left_set: vec![0; n + 1],
            right_set: vec![0; n + 1],
        }
    }
    fn done(&self) -> bool {
        self.next > self.n && self.stack.len() <= 1
    }
    fn s(&self, k: usize) -> Option<usize> {
        self.stack.len().checked_sub(k + 1).map(|i| self.stack[i])
    }
    fn b(&self, k: usize) -> Option<usize> {
        let i = self.next + k;
        (i <= self.n).then_some(i)
    }
    fn can_shift(&self) -> bool {
        self.next <= self.n
    }
    fn can_left(&self) -> bool {
        self.next <= self.n && self.s(0).is_some_and(|s0| s0 != 0)
    }
    fn can_right(&self) -> bool {
        self.stack.len() >= 2 && (self.s(1) != Some(0) || self.next > self.n)
    }
    /// Whether SHIFT is the only legal move (the stack holds the root alone).
    fn only_shift(&self) -> bool {
        self.can_shift() && !self.can_left() && !self.can_right()
    }
    fn legal(&self, class: usize) -> bool {
        match decode(class) {
            (false, false, _) => self.can_shift(),
            (true, _, _) => self.can_left(),
            (_, true, _) => self.can_right(),
        }
    }
    fn add_arc(&mut self, head: usize, child: usize, label: usize) {
        self.heads[child] = head;
        self.labels[child] = label;
        let bit = 1u128 << (label % 128);
        if child < head {
            // Left children arrive right to left, so the newest is the leftmost.
            self.l2[head] = self.l1[head];
            self.l1[head] = child;
            self.n_left[head] += 1;
            self.left_set[head] |= bit;
        } else {
            self.r2[head] = self.r1[head];
            self.r1[head] = child;
            self.n_right[head] += 1;
            self.right_set[head] |= bit;
        }
    }
    fn apply(&mut self, class: usize) {
        match decode(class) {
            (false, false, _) => {
                self.stack.push(self.next);
                self.next += 1;
            }
            (true, _, label) => {
                if let Some(s0) = self.stack.pop() {
                    self.add_arc(self.next, s0, label);
                }
            }
            (_, true, label) => {
                if let (Some(s0), Some(s1)) = (self.s(0), self.s(1)) {
                    self.stack.pop();
                    self.add_arc(s1, s0, label);
                }
            }
        }
    }

    /// Costs of SHIFT, LEFT and RIGHT (unlabelled): how many gold arcs each makes unreachable.
    fn costs(&self, gold: &[usize]) -> (usize, usize, usize) {
        let buffer = self.next..=self.n;
        let mut shift = 0;
        if let Some(b0) = self.b(0) {
            let s0 = self.s(0);
            for &k in &self.stack {
                if gold[b0] == k && Some(k) != s0 {
                    shift += 1;
                }
                if k != 0 && gold[k] == b0 {
                    shift += 1;
                }
            }
        }
        let (mut left, mut right) = (0, 0);
        if let Some(s0) = self.s(0).filter(|&s| s != 0) {
            let children_in_buffer = buffer.clone().filter(|&d| gold[d] == s0).count();
            let head = gold[s0];
            let b0 = self.b(0);
            let s1 = self.s(1);
            left = children_in_buffer
                + usize::from(Some(head) != b0 && (Some(head) == s1 || head > self.next));
            right = children_in_buffer + usize::from(Some(head) != s1 && head >= self.next);
        }
        (shift, left, right)
    }

    fn features(&self, a: &Atoms, out: &mut Vec<u64>) {
        out.clear();
        let w = |x: Option<usize>| x.map_or(NONE, |i| a.words[i]);
        let p = |x: Option<usize>| x.map_or(NONE, |i| a.tags[i]);
        let child =
            |v: &Vec<usize>, x: Option<usize>| x.and_then(|i| Some(v[i]).filter(|&c| c != 0));
        let lab = |x: Option<usize>| x.map_or(NONE, |i| self.labels[i] as u64 + 2);
        let (s0, s1, s2) = (self.s(0), self.s(1), self.s(2));
        let (b0, b1, b2) = (self.b(0), self.b(1), self.b(2));
        let (s0w, s0p, s1w, s1p, s2w, s2p) = (w(s0), p(s0), w(s1), p(s1), w(s2), p(s2));
        let (b0w, b0p, b1w, b1p, b2w, b2p) = (w(b0), p(b0), w(b1), p(b1), w(b2), p(b2));
        let (s0l1, s0l2, s0r1, s0r2) = (
            child(&self.l1, s0),
            child(&self.l2, s0),
            child(&self.r1, s0),
            child(&self.r2, s0),
        );
        let (s1l1, s1r1) = (child(&self.l1, s1), child(&self.r1, s1));
        let (b0l1, b0l2) = (child(&self.l1, b0), child(&self.l2, b0));
        let dist = match (s0, b0) {
            (Some(s), Some(b)) => bucket(b - s),
            _ => 0,
        };
        let dist_s = match (s1, s0) {
            (Some(s1), Some(s0)) => bucket(s0 - s1),
            _ => 0,
        };
        let val = |v: &Vec<u64>, x: Option<usize>| x.map_or(NONE, |i| v[i] + 2);
        let set = |v: &Vec<u128>, x: Option<usize>| {
            x.map_or((NONE, 0), |i| (v[i] as u64, (v[i] >> 64) as u64))
        };
        let f = |t: u32, parts: &[u64]| feature_ids(t, parts);
        out.extend_from_slice(&[
            f(0, &[]),
            f(1, &[s0w]),
            f(2, &[s0p]),
            f(3, &[s0w, s0p]),
            f(4, &[s1w]),
            f(5, &[s1p]),
            f(6, &[s1w, s1p]),
            f(7, &[b0w]),
            f(8, &[b0p]),
            f(9, &[b0w, b0p]),
            f(10, &[b1w]),
            f(11, &[b1p]),
            f(12, &[b1w, b1p]),
            f(13, &[b2w]),
            f(14, &[b2p]),
            f(15, &[s2p]),
            f(16, &[s2w]),
            f(20, &[s0w, s0p, b0w, b0p]),
            f(21, &[s0w, s0p, b0w]),
            f(22, &[s0w, b0w, b0p]),
            f(23, &[s0w, s0p, b0p]),
            f(24, &[s0p, b0w, b0p]),
            f(25, &[s0w, b0w]),
            f(26, &[s0p, b0p]),
            f(27, &[b0p, b1p]),
            f(28, &[s0w, s1w]),
            f(29, &[s0p, s1p]),
            f(30, &[s1w, s1p, s0p]),
            f(31, &[s1p, s0w, s0p]),
            f(32, &[s1w, s0w, s0p]),
            f(33, &[s1w, s1p, s0w]),
            f(40, &[b0p, b1p, b2p]),
            f(41, &[s0p, b0p, b1p]),
            f(42, &[s1p, s0p, b0p]),
            f(43, &[s0p, p(s0l1), b0p]),
            f(44, &[s0p, p(s0r1), b0p]),
            f(45, &[s0p, b0p, p(b0l1)]),
            f(46, &[s1p, s0p, p(s0l1)]),
            f(47, &[s1p, s0p, p(s0r1)]),
            f(48, &[s1p, p(s1r1), s0p]),
            f(49, &[s1p, p(s1l1), s0p]),
            f(50, &[s2p, s1p, s0p]),
            f(51, &[s0w, b0p, b1p]),
            f(52, &[s1p, s0p, b0w]),
            f(60, &[s0w, dist]),
            f(61, &[s0p, dist]),
            f(62, &[b0w, dist]),
            f(63, &[b0p, dist]),
            f(64, &[s0w, b0w, dist]),
            f(65, &[s0p, b0p, dist]),
            f(66, &[s1p, s0p, dist_s]),
            f(67, &[s1w, s0w, dist_s]),
            f(68, &[s0w, s1p, dist_s]),
            f(69, &[s1w, s0p, dist_s]),
            f(70, &[s0w, val(&self.n_right, s0)]),
            f(71, &[s0p, val(&self.n_right, s0)]),
            f(72, &[s0w, val(&self.n_left, s0)]),
            f(73, &[s0p, val(&self.n_left, s0)]),
            f(74, &[b0w, val(&self.n_left, b0)]),
            f(75, &[b0p, val(&self.n_left, b0)]),
            f(76, &[s1p, val(&self.n_right, s1)]),
            f(77, &[s1p, val(&self.n_left, s1)]),
            f(80, &[w(s0l1)]),
            f(81, &[p(s0l1)]),
            f(82, &[lab(s0l1)]),
            f(83, &[w(s0r1)]),
            f(84, &[p(s0r1)]),
            f(85, &[lab(s0r1)]),
            f(86, &[w(b0l1)]),
            f(87, &[p(b0l1)]),
            f(88, &[lab(b0l1)]),
            f(89, &[p(s0l2)]),
            f(90, &[lab(s0l2)]),
            f(91, &[p(s0r2)]),
            f(92, &[lab(s0r2)]),
            f(93, &[p(b0l2)]),
            f(94, &[lab(b0l2)]),
            f(95, &[p(s1r1), lab(s1r1)]),
            f(96, &[p(s1l1), lab(s1l1)]),
            f(97, &[s0p, lab(s0l1), lab(s0r1)]),
            f(100, &[s0p, lab(s0l1), lab(s0l2)]),
            f(101, &[s0p, lab(s0r1), lab(s0r2)]),
            f(102, &[b0p, lab(b0l1), lab(b0l2)]),
            f(103, &[s1p, lab(s1r1), s0p]),
        ]);
        let (lo, hi) = set(&self.left_set, s0);
        out.push(f(110, &[s0w, lo, hi]));
        out.push(f(111, &[s0p, lo, hi]));
        let (lo, hi) = set(&self.right_set, s0);
        out.push(f(112, &[s0w, lo, hi]));
        out.push(f(113, &[s0p, lo, hi]));
        let (lo, hi) = set(&self.left_set, b0);
        out.push(f(114, &[b0w, lo, hi]));
        out.push(f(115, &[b0p, lo, hi]));
        let (lo, hi) = set(&self.right_set, s1);
        out.push(f(116, &[s1p, lo, hi]));
        let at = |v: &Vec<u64>, x: Option<usize>| x.map_or(NONE, |i| v[i]);
        let (s0u, s1u, b0u, b1u) = (
            at(&a.upos, s0),
            at(&a.upos, s1),
            at(&a.upos, b0),
            at(&a.upos, b1),
        );
        let (s0x, b0x, b1x) = (
            at(&a.suffixes, s0),
            at(&a.suffixes, b0),
            at(&a.suffixes, b1),
        );
        let (s0h, b0h) = (at(&a.shapes, s0), at(&a.shapes, b0));
        let (b3p, s3p) = (p(self.b(3)), p(self.s(3)));
        out.extend_from_slice(&[
            f(130, &[s0u]),
            f(131, &[b0u]),
            f(132, &[s1u]),
            f(133, &[b1u]),
            f(134, &[s0u, b0u]),
            f(135, &[s1u, s0u]),
            f(136, &[s0u, b0u, b1u]),
            f(137, &[s1u, s0u, b0u]),
            f(140, &[s0x]),
            f(141, &[b0x]),
            f(142, &[b1x]),
            f(143, &[s0x, b0p]),
            f(144, &[s0p, b0x]),
            f(150, &[b3p]),
            f(151, &[b1p, b2p, b3p]),
            f(152, &[s3p, s2p, s1p]),
            f(160, &[s0h, b0h, s0p, b0p]),
            f(161, &[s1p, s0h, b0h]),
        ]);
        // What lies between and beyond the two words a move would join: a comma between them
        // often closes a clause or a list, and whether a verb is still to come decides whether
        // a word waits for its head.
        let separators_between = |x: Option<usize>, y: Option<usize>| match (x, y) {
            (Some(x), Some(y)) if y > x => (a.separators[y - 1] - a.separators[x]).min(3) as u64,
            _ => 9,
        };
        let (sep_s0_b0, sep_s1_s0) = (separators_between(s0, b0), separators_between(s1, s0));
        let verb_after_b0 = b0.map_or(9, |b| u64::from(a.verb_from[b + 1]));
        let verb_from_b0 = b0.map_or(9, |b| u64::from(a.verb_from[b]));
        out.extend_from_slice(&[
            f(170, &[s0p, b0p, sep_s0_b0]),
            f(171, &[s1p, s0p, sep_s1_s0]),
            f(172, &[s0p, b0p, verb_after_b0]),
            f(173, &[s0w, b0p, sep_s0_b0]),
            f(174, &[s0p, verb_from_b0, dist]),
        ]);
        // Whether the buffer is empty changes what RIGHT onto the root means.
        out.push(f(
            120,
            &[
                u64::from(b0.is_none()),
                s1.map_or(NONE, |s| u64::from(s == 0)),
                s0p,
            ],
        ));
    }

    fn tree(&self, labels: &[&'static str]) -> Tree {
        let mut heads = Vec::with_capacity(self.n);
        let mut deprels = Vec::with_capacity(self.n);
        for i in 1..=self.n {
            heads.push(if self.heads[i] == NO_HEAD {
                0
            } else {
                self.heads[i]
            });
            deprels.push(labels.get(self.labels[i]).copied().unwrap_or("dep"));
        }
        Tree { heads, deprels }
    }
}

fn bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// Where a sentence's closing attribution lies: the comma before it, its reporting verb, and the
/// end of its words (the closing punctuation, if any, after).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Attribution {
    comma: usize,
    verb: usize,
    end: usize,
}

/// Finds "..., [a noun phrase] said [a short time or place phrase]." at a sentence's end: after
/// its last comma only determiners, adjectives, numbers, nouns, adverbs and participles ("a
/// clearly inebriated official", "a visibly shaken witness") up to a reporting verb, the word
/// before it a noun, then at most four words of a prepositional phrase or a day ("on Thursday",
/// "in a statement"), then the closing punctuation. The report before the comma must have a verb
/// of its own.
fn trailing_attribution(words: &[&str], upos: &[&str]) -> Option<Attribution> {
    let end = match words.last() {
        Some(&("." | "!" | "?")) => words.len() - 1,
        _ => words.len(),
    };
    let comma = words[..end].iter().rposition(|w| *w == ",")?;
    let verb = (comma + 1..end).find(|&k| crate::is_reporting_verb(words[k]))?;
    let phrase = |k: usize| upos.get(k).copied().unwrap_or("X");
    let subject_ok = verb > comma + 1
        && (comma + 1..verb).all(|k| {
            matches!(
                phrase(k),
                "DET" | "ADJ" | "NUM" | "NOUN" | "PROPN" | "ADV" | "VERB"
            )
        })
        && matches!(phrase(verb - 1), "NOUN" | "PROPN");
    let tail_ok = end - verb - 1 <= 4
        && (verb + 1..end)
            .all(|k| matches!(phrase(k), "ADP" | "DET" | "ADJ" | "NUM" | "NOUN" | "PROPN"))
        && (verb + 1 == end || matches!(phrase(verb + 1), "ADP" | "NOUN" | "PROPN"));
    let report_has_verb = (0..comma).any(|k| matches!(phrase(k), "VERB" | "AUX"));
    (subject_ok && tail_ok && report_has_verb).then_some(Attribution { comma, verb, end })
}

impl Parser {
    /// Parses one sentence of (normalised) words with the tags a tagger gave them.
    pub fn parse(&self, words: &[&str], tags: &Tags) -> Tree {
        let mut tree = match trailing_attribution(words, &tags.upos) {
            Some(split) => self.parse_apart(words, tags, split),
            None => self.parse_greedy(words, tags),
        };
        crate::repair_double_subject(&tags.upos, &mut tree);
        crate::repair_title_subject(words, &tags.upos, &mut tree);
        crate::repair_adjective_conjunct(&tags.upos, &mut tree);
        crate::repair_adjective_object(&tags.upos, &mut tree);
        crate::repair_trailing_attribution(words, &tags.upos, &mut tree);
        crate::repair_clause_after_subordinator(words, tags, &mut tree);
        crate::repair_bare_name_modifier(&tags.upos, &mut tree);
        crate::repair_possessive_argument(words, &tags.upos, &mut tree);
        tree
    }

    /// A sentence that ends in an attribution ("..., the official news agency WFNA said on
    /// Thursday.") parsed as two: the report before the comma, and the attribution, whose verb
    /// becomes a `parataxis` of the report's root. Parsed whole, the greedy parser can pull the
    /// report's last phrase into the attribution's clause (a subject for "said"), which loses
    /// both; apart, each part is an ordinary sentence.
    fn parse_apart(&self, words: &[&str], tags: &Tags, split: Attribution) -> Tree {
        let part = |range: std::ops::Range<usize>| Tags {
            upos: tags.upos.get(range.clone()).unwrap_or(&[]).to_vec(),
            xpos: tags.xpos.get(range).unwrap_or(&[]).to_vec(),
        };
        let report = self.parse_greedy(&words[..split.comma], &part(0..split.comma));
        let said = split.comma + 1..split.end;
        let attribution = self.parse_greedy(&words[said.clone()], &part(said.clone()));
        let (Some(report_root), Some(said_root)) = (
            report.heads.iter().position(|&h| h == 0),
            attribution.heads.iter().position(|&h| h == 0),
        ) else {
            return self.parse_greedy(words, tags);
        };
        if split.comma + 1 + said_root != split.verb {
            // The attribution's own parse does not make the reporting verb its head: not the
            // shape this reading assumes, so the sentence is parsed whole.
            return self.parse_greedy(words, tags);
        }
        let mut tree = report;
        tree.heads.push(split.verb + 1);
        tree.deprels.push("punct");
        for (head, rel) in attribution.heads.iter().zip(&attribution.deprels) {
            if *head == 0 {
                tree.heads.push(report_root + 1);
                tree.deprels.push("parataxis");
            } else {
                tree.heads.push(head + split.comma + 1);
                tree.deprels.push(rel);
            }
        }
        for _ in split.end..words.len() {
            tree.heads.push(report_root + 1);
            tree.deprels.push("punct");
        }
        tree
    }

    fn parse_greedy(&self, words: &[&str], tags: &Tags) -> Tree {
        let atoms = Atoms::new(words, tags);
        let mut state = State::new(words.len());
        let mut feats = Vec::with_capacity(128);
        let mut scores = Vec::with_capacity(self.weights.n_classes());
        while !state.done() {
            if state.only_shift() {
                // The one legal move needs no scores (the stack holds the root alone).
                state.apply(SHIFT);
                continue;
            }
            state.features(&atoms, &mut feats);
            let legal = |c: usize| state.legal(c);
            let class = self.weights.best(&feats, &mut scores, Some(&legal));
            if !state.legal(class) {
                // Only when the model has fewer classes than moves; keeps the loop finite.
                let fallback = if state.can_shift() { SHIFT } else { right(0) };
                state.apply(fallback);
                continue;
            }
            state.apply(class);
        }
        state.tree(&self.labels)
    }

    /// Parses each sentence's words (normalised as at run time) with its tags from `tags`.
    pub fn parse_all(&self, sentences: &[UdSentence], tags: &[Tags]) -> Vec<Tree> {
        sentences
            .iter()
            .zip(tags)
            .map(|(sent, t)| {
                let forms = crate::normalized_forms(sent);
                self.parse(&forms.iter().map(String::as_str).collect::<Vec<_>>(), t)
            })
            .collect()
    }

    /// Attachment scores against gold trees, with each sentence parsed from `tags`.
    pub fn evaluate(&self, gold: &[UdSentence], tags: &[Tags]) -> ParserScores {
        let mut s = ParserScores::default();
        for (sent, tree) in gold.iter().zip(self.parse_all(gold, tags)) {
            s.add(sent, &tree);
        }
        s
    }

    /// The relation labels the parser can emit.
    pub fn labels(&self) -> &[&'static str] {
        &self.labels
    }

    /// One parser whose weights are the mean of `runs`' (parsers trained on the same corpus in
    /// different orders, see `--runs` of `newsgraph train parser`), pruned at `prune`: the
    /// runs' errors differ more than their knowledge, so the mean parses better than each at one
    /// parser's cost. `None` when there are no runs or their relation labels differ.
    pub fn average(runs: &[Parser], prune: f32) -> Option<Parser> {
        let first = runs.first()?;
        if runs.iter().any(|r| r.labels != first.labels) {
            return None;
        }
        let weights: Vec<&QuantWeights> = runs.iter().map(|r| &r.weights).collect();
        let mut params: Vec<(String, String)> = first
            .params
            .iter()
            .filter(|(k, _)| k != "seed")
            .cloned()
            .collect();
        let seeds: Vec<String> = runs
            .iter()
            .filter_map(|r| r.params.iter().find(|(k, _)| k == "seed"))
            .map(|(_, v)| v.clone())
            .collect();
        params.push(("seeds".into(), seeds.join(",")));
        params.push(("prune".into(), prune.to_string()));
        Some(Parser {
            weights: QuantWeights::average(&weights, prune)?,
            labels: first.labels.clone(),
            params,
        })
    }
}

impl Model for Parser {
    const KIND: &'static str = KIND;
    const TRAIN_COMMAND: &'static str = TRAIN_COMMAND;

    fn to_file(&self) -> ModelFile {
        ModelFile {
            kind: KIND.into(),
            labels: self.labels.iter().map(|l| l.to_string()).collect(),
            params: self.params.clone(),
            lexicon: Vec::new(),
            weights: self.weights.clone(),
        }
    }

    fn from_file(file: ModelFile) -> Result<Parser, String> {
        if file.kind != KIND {
            return Err(format!("a {} model is not a parser", file.kind));
        }
        if file.labels.is_empty() || file.weights.n_classes() != 1 + 2 * file.labels.len() {
            return Err("the weights' class count does not match the relation labels".into());
        }
        Ok(Parser {
            weights: file.weights,
            labels: file.labels.iter().map(|l| intern(l)).collect(),
            params: file.params,
        })
    }

    fn weights(&self) -> &QuantWeights {
        &self.weights
    }
}

/// Unlabelled and labelled attachment counts, with and without punctuation (by gold UPOS).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParserScores {
    pub tokens: usize,
    pub head_right: usize,
    pub both_right: usize,
    pub words: usize,
    pub words_head_right: usize,
    pub words_both_right: usize,
}

impl ParserScores {
    fn add(&mut self, gold: &UdSentence, tree: &Tree) {
        for (k, w) in gold.words.iter().enumerate() {
            let head = tree.heads.get(k) == Some(&w.head);
            let both = head && tree.deprels.get(k).is_some_and(|d| *d == w.deprel);
            self.tokens += 1;
            self.head_right += usize::from(head);
            self.both_right += usize::from(both);
            if w.upos != "PUNCT" {
                self.words += 1;
                self.words_head_right += usize::from(head);
                self.words_both_right += usize::from(both);
            }
        }
    }
    pub fn uas(&self) -> f64 {
        self.head_right as f64 / self.tokens.max(1) as f64
    }
    pub fn las(&self) -> f64 {
        self.both_right as f64 / self.tokens.max(1) as f64
    }
    pub fn uas_no_punct(&self) -> f64 {
        self.words_head_right as f64 / self.words.max(1) as f64
    }
    pub fn las_no_punct(&self) -> f64 {
        self.words_both_right as f64 / self.words.max(1) as f64
    }
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    /// Averaged weights smaller than this are dropped from the model (its size is mostly rare
    /// features with tiny weights).
    pub prune: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 15,
            seed: 1,
            prune: 0.02,
        }
    }
}

/// What training reports as it goes.
pub type TrainProgress = crate::perceptron::TrainProgress<ParserScores>;

/// Why training could not start.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error("the training corpus has no trees; pass a CoNLL-U file with HEAD and DEPREL columns")]
    EmptyCorpus,
    #[error(
        "{tags} tagged sentences for {sentences} training sentences; tag every training sentence"
    )]
    TagCount { tags: usize, sentences: usize },
    #[error("sentence {sentence}: word {word} has head {head}, outside the sentence")]
    BadHead {
        sentence: usize,
        word: usize,
        head: usize,
    },
}

/// Trains a parser on gold trees, reading each sentence with the tags in `tags` (a tagger's
/// predictions, e.g. from [`crate::tagger::jackknife`]). With `dev` (gold trees and their
/// predicted tags) the epoch that scores best there (LAS) is kept.
pub fn train(
    sentences: &[UdSentence],
    tags: &[Tags],
    dev: Option<(&[UdSentence], &[Tags])>,
    options: &TrainOptions,
    on_progress: &mut dyn FnMut(TrainProgress),
) -> Result<(Parser, Option<ParserScores>), TrainError> {
    if tags.len() != sentences.len() {
        return Err(TrainError::TagCount {
            tags: tags.len(),
            sentences: sentences.len(),
        });
    }
    let sentences = &crate::normalized(sentences);
    let names: BTreeSet<&str> = sentences
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.as_str()))
        .collect();
    if names.is_empty() {
        return Err(TrainError::EmptyCorpus);
    }
    let labels: Vec<&'static str> = names.iter().map(|l| intern(l)).collect();
    let label_of = |l: &str| labels.iter().position(|x| *x == l).unwrap_or(0);
    let mut gold_heads = Vec::with_capacity(sentences.len());
    let mut gold_labels = Vec::with_capacity(sentences.len());
    let mut atoms = Vec::with_capacity(sentences.len());
    for (si, s) in sentences.iter().enumerate() {
        let n = s.words.len();
        let mut heads = vec![0usize; n + 1];
        let mut labs = vec![0usize; n + 1];
        for (k, w) in s.words.iter().enumerate() {
            if w.head > n {
                return Err(TrainError::BadHead {
                    sentence: si + 1,
                    word: k + 1,
                    head: w.head,
                });
            }
            heads[k + 1] = w.head;
            labs[k + 1] = label_of(&w.deprel);
        }
        gold_heads.push(heads);
        gold_labels.push(labs);
        let forms = s.forms();
        atoms.push(Atoms::new(&forms, &tags[si]));
    }

    let n_classes = 1 + 2 * labels.len();
    let mut trainer = Trainer::new(n_classes);
    let mut feats = Vec::with_capacity(160);
    let mut scores = vec![0.0f32; n_classes];
    let run_epoch = |epoch: usize, order: &[usize]| {
        let mut train_scores = ParserScores::default();
        for (done, &si) in order.iter().enumerate() {
            let (gold, glab) = (&gold_heads[si], &gold_labels[si]);
            let mut state = State::new(sentences[si].words.len());
            while !state.done() {
                state.features(&atoms[si], &mut feats);
                scores.copy_from_slice(trainer.scores(&feats));
                let (cs, cl, cr) = state.costs(gold);
                let s0 = state.s(0);
                let cost = |c: usize| -> usize {
                    match decode(c) {
                        (false, false, _) => cs,
                        (true, _, l) => {
                            let s0 = s0.unwrap_or(0);
                            cl + usize::from(Some(gold[s0]) == state.b(0) && glab[s0] != l)
                        }
                        (_, true, l) => {
                            let s0 = s0.unwrap_or(0);
                            cr + usize::from(Some(gold[s0]) == state.s(1) && glab[s0] != l)
                        }
                    }
                };
                let mut guess = None;
                let mut best = None;
                let mut min_cost = usize::MAX;
                for c in 0..n_classes {
                    if !state.legal(c) {
                        continue;
                    }
                    let k = cost(c);
                    if guess.is_none_or(|g: usize| scores[c] > scores[g]) {
                        guess = Some(c);
                    }
                    if k < min_cost
                        || (k == min_cost && best.is_some_and(|b: usize| scores[c] > scores[b]))
                    {
                        min_cost = k;
                        best = Some(c);
                    }
                }
                let (Some(guess), Some(best)) = (guess, best) else {
                    break;
                };
                trainer.tick();
                if cost(guess) > min_cost {
                    trainer.update(&feats, best, guess);
                }
                state.apply(if epoch == 1 { best } else { guess });
            }
            train_scores.add(&sentences[si], &state.tree(&labels));
            if done % 256 == 255 || done + 1 == order.len() {
                on_progress(TrainProgress::Sentence {
                    epoch,
                    done: done + 1,
                    total: order.len(),
                });
            }
        }
        let model = Parser {
            weights: QuantWeights::from_sparse(
                &trainer.averaged_sparse(options.prune),
                options.prune,
            ),
            labels: labels.clone(),
            params: vec![
                ("epoch".into(), epoch.to_string()),
                ("seed".into(), options.seed.to_string()),
                ("sentences".into(), sentences.len().to_string()),
                ("transitions".into(), "arc-hybrid".into()),
            ],
        };
        let dev_scores = dev.map(|(g, t)| model.evaluate(g, t));
        on_progress(TrainProgress::Epoch {
            epoch,
            train: train_scores,
            dev: dev_scores,
        });
        (model, dev_scores)
    };
    train_epochs(
        sentences.len(),
        options.epochs,
        options.seed,
        run_epoch,
        |now: &ParserScores, best| now.las() > best.las(),
    )
    .map(|(_, model, dev)| (model, dev))
    .ok_or(TrainError::EmptyCorpus)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_attribution_is_found_and_a_closing_clause_is_not() {
        let find = |text: &str, tags: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let upos: Vec<&str> = tags.split(' ').collect();
            trailing_attribution(&words, &upos)
        };
        assert_eq!(
            find(
                "Bree welcomed the talks , the news agency WFNA said on Thursday .",
                "PROPN VERB DET NOUN PUNCT DET NOUN NOUN PROPN VERB ADP PROPN PUNCT"
            ),
            Some(Attribution {
                comma: 4,
                verb: 9,
                end: 12
            })
        );
        // A speaker with an adverb and a participle before the noun.
        assert_eq!(
            find(
                "Troops left the town , a visibly shaken witness told Reuters .",
                "NOUN VERB DET NOUN PUNCT DET ADV VERB NOUN VERB PROPN PUNCT"
            ),
            Some(Attribution {
                comma: 4,
                verb: 9,
                end: 11
            })
        );
        // The present tense of a standing view (", analysts say.").
        assert_eq!(
            find(
                "The truce will not hold , analysts say .",
                "DET NOUN AUX PART VERB PUNCT NOUN VERB PUNCT"
            ),
            Some(Attribution {
                comma: 5,
                verb: 7,
                end: 8
            })
        );
        // The words after the comma are a clause of their own, not a speaker.
        assert_eq!(
            find(
                "Bree welcomed the talks , which the agency said were long .",
                "PROPN VERB DET NOUN PUNCT PRON DET NOUN VERB AUX ADJ PUNCT"
            ),
            None
        );
    }

    #[test]
    fn transitions_encode_and_decode() {
        assert_eq!(decode(SHIFT), (false, false, 0));
        for l in [0, 1, 7, 40] {
            assert_eq!(decode(left(l)), (true, false, l));
            assert_eq!(decode(right(l)), (false, true, l));
        }
    }

    /// Follows the cheapest move at every step; returns the heads built.
    fn oracle_parse(gold: &[usize]) -> Vec<usize> {
        let n = gold.len() - 1;
        let mut state = State::new(n);
        while !state.done() {
            let (s, l, r) = state.costs(gold);
            let moves = [(SHIFT, s), (left(0), l), (right(0), r)];
            let Some(&(mv, _)) = moves
                .iter()
                .filter(|(m, _)| state.legal(*m))
                .min_by_key(|(_, c)| *c)
            else {
                break;
            };
            state.apply(mv);
        }
        state.heads[1..].to_vec()
    }

    #[test]
    fn zero_cost_moves_rebuild_a_projective_tree() {
        // "Police arrested two men in Nairobi ." with gold heads (index 0 unused).
        let gold = [0, 2, 0, 4, 2, 6, 2, 2];
        assert_eq!(oracle_parse(&gold), gold[1..].to_vec());
        // A chain to the right and one to the left.
        let right_chain = [0, 0, 1, 2, 3];
        assert_eq!(oracle_parse(&right_chain), right_chain[1..].to_vec());
        let left_chain = [0, 2, 3, 4, 0];
        assert_eq!(oracle_parse(&left_chain), left_chain[1..].to_vec());
    }

    #[test]
    fn costs_count_arcs_a_move_loses() {
        // Stack [root, 1], buffer [2, 3]; 1's head is 3: reducing 1 now (either way) loses it.
        let gold = [0, 3, 3, 0];
        let mut state = State::new(3);
        state.apply(SHIFT);
        let (shift, left_cost, right_cost) = state.costs(&gold);
        assert_eq!(shift, 0);
        assert_eq!(left_cost, 1);
        assert_eq!(right_cost, 1);
        // The single-root rule: word 1 cannot attach to the root while words remain.
        assert!(!state.can_right());
    }
}
