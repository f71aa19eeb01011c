//! The recognizer's features: what it sees of a token, its neighbours, its line, the gazetteer,
//! the tags it has just assigned and what it has already said about the same word in the document.
//!
//! Features that do not depend on decisions ("static") are computed once per sentence; those that
//! do ("history") are added per token during decoding.
//!
//! **Invariant:** a feature is a pure function of the token strings, the lexicon and the decisions
//! so far; template ids below are part of the model file format and never change meaning.

use super::lexicon::{Gazetteer, MAX_NAME_TOKENS, WordStats, WordUse, is_caps_line, is_title_line};
use super::{TAGS, TYPES};
use crate::column::{Column, push_lower};
use crate::perceptron::{feature, feature_part, feature_start};
use std::collections::HashMap;

const T_BIAS: u32 = 0;
const T_FORM: u32 = 1;
const T_LOWER: u32 = 2;
const T_CONTEXT: u32 = 3;
const T_BIGRAM: u32 = 4;
const T_SHAPE: u32 = 5;
const T_SHORT_CONTEXT: u32 = 6;
const T_SHORT_TRIGRAM: u32 = 7;
const T_PREFIX: u32 = 8;
const T_SUFFIX: u32 = 9;
const T_LINE: u32 = 10;
const T_USE: u32 = 11;
const T_USE_SHAPE: u32 = 12;
const T_USE_CONTEXT: u32 = 13;
const T_NAME: u32 = 14;
const T_NAME_LENGTH: u32 = 15;
const T_PREV: u32 = 16;
const T_PREV_LOWER: u32 = 18;
const T_PREV_SHAPE: u32 = 19;
const T_HISTORY: u32 = 20;
const T_HISTORY_SHAPE: u32 = 21;
const T_NAME_CONTEXT: u32 = 22;
const T_LOWER_LINE: u32 = 23;
const T_RECASED: u32 = 24;

/// Word shape: letters become `X`/`x`, digits `d`, runs longer than three are cut
/// ("McDonald's" → "XxXxxx'x", "1996-08-22" → "ddd-dd-dd").
fn push_shape(word: &str, out: &mut String) {
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars() {
        let s = shape_char(c);
        if s == last {
            run += 1;
            if run > 3 {
                continue;
            }
        } else {
            last = s;
            run = 1;
        }
        out.push(s);
    }
}

/// Word shape with every run collapsed to one character ("McDonald's" → "XxXx'x").
fn push_short_shape(word: &str, out: &mut String) {
    let mut last = '\0';
    for c in word.chars() {
        let s = shape_char(c);
        if s != last {
            out.push(s);
            last = s;
        }
    }
}

fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

/// A word from an all-caps line written in its usual casing: lowercase if it is usually lowercase,
/// capitalised if usually capitalised or mixed, left as it is if unknown (unknown words in
/// capitals are mostly names and acronyms).
fn push_recased(form: &str, lower: &str, usual: Option<WordUse>, out: &mut String) {
    match usual.map(|u| u.casing) {
        Some(b'L') => out.push_str(lower),
        Some(_) => {
            let mut chars = lower.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        }
        None => out.push_str(form),
    }
}

/// True for a word that may open or continue a name as written (capitalised, or with a digit).
pub fn looks_like_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// What decoding needs of a sentence besides its static features.
pub struct SentenceView {
    pub lower: Column,
    pub short: Column,
    /// Whether the word's own casing marks it as a name candidate (for the document memory).
    pub name_like: Vec<bool>,
    /// Per token, whether its casing says nothing about it being a name: the first word of a
    /// sentence, and every word of an all-caps or Title Case line.
    pub casing_blind: Vec<bool>,
    /// Per token, whether the word is usually capitalised or unknown (not a common word that a
    /// sentence start or a headline happens to capitalise).
    pub usually_capitalised: Vec<bool>,
    /// Static features of every token, token after token; token `i`'s end at `ends[i]`.
    features: Vec<u64>,
    ends: Vec<usize>,
}

impl SentenceView {
    /// How many tokens the sentence has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Token `i`'s static features.
    pub fn features(&self, i: usize) -> &[u64] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.features[start..self.ends[i]]
    }
}

/// How a word is usually written, as the usage features spell it: `C`, `L`, `M`, or `u` for a
/// word never seen ("unseen").
fn casing_text(usual: Option<WordUse>) -> &'static str {
    match usual.map(|u| u.casing) {
        Some(b'C') => "C",
        Some(b'L') => "L",
        Some(b'M') => "M",
        Some(_) => "?",
        None => "u",
    }
}

/// A gazetteer match's length in words, as the length feature spells it.
const NAME_LENGTHS: [&str; MAX_NAME_TOKENS + 1] = ["0", "1", "2", "3", "4", "5", "6"];

/// Computes the static features of a sentence.
pub fn sentence_view(words: &WordStats, names: &Gazetteer, forms: &[&str]) -> SentenceView {
    use std::fmt::Write;
    let n = forms.len();
    let lower = Column::of(forms.iter().copied(), |f, _, out| push_lower(f, out));
    let usual: Vec<Option<WordUse>> = (0..n).map(|i| words.guess(lower.get(i))).collect();
    let caps_line = is_caps_line(forms);
    // In an all-caps line every word is written like an acronym; write each the way it is usually
    // written instead, so "WARNS" looks like "warns" and "RUSSIA" like "Russia". Only all-caps
    // lines read the recased forms.
    let recased = Column::of(forms.iter().copied().filter(|_| caps_line), |f, i, out| {
        push_recased(f, lower.get(i), usual[i], out)
    });
    let recased_short = Column::of(recased.iter(), |f, _, out| push_short_shape(f, out));
    let shapes = Column::of(forms.iter().copied(), |f, _, out| push_shape(f, out));
    let short = Column::of(forms.iter().copied(), |f, _, out| push_short_shape(f, out));
    let line = if caps_line {
        "caps"
    } else if is_title_line(forms) {
        "title"
    } else {
        "plain"
    };
    let usage = Column::of(forms.iter().copied(), |_, i, out| match usual[i] {
        Some(u) => {
            let _ = write!(out, "{}{}", u.casing as char, u.frequency);
        }
        None => out.push_str("unseen"),
    });
    let casing: Vec<&str> = usual.iter().map(|u| casing_text(*u)).collect();
    let casing_at = |j: isize| -> &str {
        match usize::try_from(j) {
            Err(_) => "<s>",
            Ok(j) => casing.get(j).copied().unwrap_or("</s>"),
        }
    };
    let lower_words: Vec<&str> = (0..n).map(|i| lower.get(i)).collect();
    let matches = names.matches(&lower_words, forms, caps_line);

    let mut features = Vec::with_capacity(n * 48);
    let mut ends = Vec::with_capacity(n);
    let mut f = Vec::with_capacity(64);
    for i in 0..n {
        let ii = i as isize;
        f.clear();
        let (l, sh, sc) = (lower.get(i), shapes.get(i), short.get(i));
        let position = if i == 0 { "first" } else { "inner" };
        f.push(feature(T_BIAS, &[]));
        f.push(feature(T_FORM, &[forms[i]]));
        f.push(feature(T_LOWER, &[l]));
        for (d, offset) in [("-2", -2isize), ("-1", -1), ("1", 1), ("2", 2)] {
            f.push(feature(T_CONTEXT, &[d, lower.at(ii + offset)]));
        }
        f.push(feature(T_BIGRAM, &["-", lower.at(ii - 1), l]));
        f.push(feature(T_BIGRAM, &["+", l, lower.at(ii + 1)]));
        f.push(feature(T_SHAPE, &[sh]));
        for (d, offset) in [("-1", -1isize), ("0", 0), ("1", 1)] {
            f.push(feature(T_SHORT_CONTEXT, &[d, short.at(ii + offset)]));
        }
        f.push(feature(
            T_SHORT_TRIGRAM,
            &[short.at(ii - 1), sc, short.at(ii + 1)],
        ));
        let n_chars = l.chars().count();
        for k in 1..=4.min(n_chars.saturating_sub(1)) {
            let prefix_end = l.char_indices().nth(k).map_or(l.len(), |(b, _)| b);
            let suffix_start = l.char_indices().nth(n_chars - k).map_or(0, |(b, _)| b);
            f.push(feature(T_PREFIX, &[&l[..prefix_end]]));
            f.push(feature(T_SUFFIX, &[&l[suffix_start..]]));
        }
        f.push(feature(T_LINE, &[line, position, sc]));
        f.push(feature(T_USE, &[usage.get(i)]));
        f.push(feature(T_USE_SHAPE, &[casing[i], sc, line, position]));
        for (d, offset) in [("-1", -1isize), ("1", 1)] {
            f.push(feature(
                T_USE_CONTEXT,
                &[d, casing_at(ii + offset), short.at(ii + offset)],
            ));
        }
        if caps_line {
            let rs = recased_short.get(i);
            f.push(feature(T_LOWER_LINE, &[l, line]));
            f.push(feature(T_RECASED, &["0", rs]));
            f.push(feature(
                T_RECASED,
                &[
                    "-0+",
                    recased_short.at(ii - 1),
                    rs,
                    recased_short.at(ii + 1),
                ],
            ));
            f.push(feature(T_RECASED, &["form", recased.get(i)]));
        }
        // Only gazetteer features can repeat (two names covering the word in the same place):
        // the others differ by template or by a part.
        let fixed = f.len();
        for m in matches.iter().filter(|m| m.start <= i && i < m.end) {
            let place = if m.end - m.start == 1 {
                "U"
            } else if i == m.start {
                "B"
            } else if i + 1 == m.end {
                "L"
            } else {
                "I"
            };
            let len = NAME_LENGTHS.get(m.end - m.start).copied().unwrap_or("");
            for (k, kind) in TYPES.iter().enumerate() {
                if m.types & (1 << k) != 0 {
                    f.push(feature(T_NAME, &[kind, place]));
                    f.push(feature(T_NAME_LENGTH, &[kind, place, len]));
                }
            }
        }
        // A name that ends right before this word or starts right after it says something about
        // this word too ("Bank of England": "of" between two known names).
        for m in matches.iter() {
            for (k, kind) in TYPES.iter().enumerate() {
                if m.types & (1 << k) == 0 {
                    continue;
                }
                if m.end == i {
                    f.push(feature(T_NAME_CONTEXT, &["after", kind]));
                }
                if m.start == i + 1 {
                    f.push(feature(T_NAME_CONTEXT, &["before", kind]));
                }
            }
        }
        f[fixed..].sort_unstable();
        features.extend_from_slice(&f[..fixed]);
        for (k, &name) in f[fixed..].iter().enumerate() {
            if k == 0 || f[fixed + k - 1] != name {
                features.push(name);
            }
        }
        ends.push(features.len());
    }
    let name_like = forms
        .iter()
        .map(|f| looks_like_name(f) || (caps_line && f.chars().any(char::is_alphabetic)))
        .collect();
    let casing_blind = (0..n).map(|i| i == 0 || line != "plain").collect();
    let usually_capitalised = usual
        .iter()
        .map(|u| u.is_none_or(|u| u.casing == b'C'))
        .collect();
    SentenceView {
        lower,
        short,
        name_like,
        casing_blind,
        usually_capitalised,
        features,
        ends,
    }
}

/// What the document has said so far about each word that looked like a name: how often it was
/// tagged with each type, or outside any entity (index 0).
#[derive(Default, Clone)]
pub struct DocumentMemory {
    votes: HashMap<String, [u32; 5]>,
}

impl DocumentMemory {
    /// Records the tags given to one sentence.
    pub fn add(&mut self, view: &SentenceView, tags: &[usize]) {
        for (i, &t) in tags.iter().enumerate() {
            if view.name_like[i] {
                let word = view.lower.get(i);
                let v = match self.votes.get_mut(word) {
                    Some(v) => v,
                    None => self.votes.entry(word.to_string()).or_default(),
                };
                v[super::tag_type(t).map_or(0, |k| k + 1)] += 1;
            }
        }
    }

    /// The type most often given to this word, "O" for none, or nothing if it was not seen.
    fn verdict(&self, lower: &str) -> Option<&'static str> {
        let v = self.votes.get(lower)?;
        let mut best = 0;
        for k in 1..5 {
            if v[k] > v[best] {
                best = k;
            }
        }
        Some(if best == 0 { "O" } else { TYPES[best - 1] })
    }
}

/// Appends the features of what the document said earlier about this word (if it looks like a
/// name and was seen).
pub fn add_memory(out: &mut Vec<u64>, view: &SentenceView, i: usize, memory: &DocumentMemory) {
    if view.name_like[i]
        && let Some(v) = memory.verdict(view.lower.get(i))
    {
        out.push(feature(T_HISTORY, &[v]));
        out.push(feature(T_HISTORY_SHAPE, &[v, view.short.get(i)]));
    }
}

/// Appends the features that depend on the previous tag (`None` at the start of the sentence):
/// the only features that tie neighbouring decisions, so first-order Viterbi decoding is exact.
pub fn add_transition(out: &mut Vec<u64>, view: &SentenceView, i: usize, prev: Option<usize>) {
    let prefix = transition_prefix(prev);
    out.push(prefix[0]);
    out.extend(transition_word_features(&prefix, view, i));
}

/// The transition features hashed up to the previous tag, which is all of the first (the
/// previous tag alone): a decoder computes these once per tag, not once per token.
pub fn transition_prefix(prev: Option<usize>) -> [u64; 3] {
    let p = prev.map_or("<s>", |t| TAGS[t]);
    [T_PREV, T_PREV_LOWER, T_PREV_SHAPE].map(|t| feature_part(feature_start(t), p))
}

/// The two transition features that also depend on the word, finished from their prefixes.
pub fn transition_word_features(prefix: &[u64; 3], view: &SentenceView, i: usize) -> [u64; 2] {
    [
        feature_part(prefix[1], view.lower.get(i)),
        feature_part(prefix[2], view.short.get(i)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(word: &str) -> String {
        let mut out = String::new();
        push_shape(word, &mut out);
        out
    }

    fn short_shape(word: &str) -> String {
        let mut out = String::new();
        push_short_shape(word, &mut out);
        out
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("McDonald's"), "XxXxxx'x");
        assert_eq!(shape("1996-08-22"), "ddd-dd-dd");
        assert_eq!(short_shape("McDonald's"), "XxXx'x");
        assert_eq!(short_shape("NATO"), "X");
    }

    #[test]
    fn memory_remembers_the_majority_type_of_name_like_words() {
        let forms = ["Lavrov", "met", "Pompeo"];
        let view = sentence_view(&WordStats::default(), &Gazetteer::default(), &forms);
        let mut m = DocumentMemory::default();
        m.add(&view, &[1, 0, 1]);
        assert_eq!(m.verdict("lavrov"), Some("PER"));
        // "met" is lowercase: not a name candidate, so nothing is remembered about it.
        assert_eq!(m.verdict("met"), None);
    }
}
