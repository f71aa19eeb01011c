//! The recognizer's features: what it sees of a token, its neighbours, its line, the gazetteer,
//! the tags it has just assigned and what it has already said about the same word in the document.
//!
//! Features that do not depend on decisions ("static") are computed once per sentence; those that
//! do ("history") are added per token during decoding.
//!
//! **Invariant:** a feature is a pure function of the token strings, the lexicon and the decisions
//! so far; template ids below are part of the model file format and never change meaning.

use super::lexicon::{Gazetteer, WordStats, is_caps_line, is_title_line};
use super::{TAGS, TYPES};
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
pub fn shape(word: &str) -> String {
    let mut out = String::new();
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
    out
}

/// Word shape with every run collapsed to one character ("McDonald's" → "XxXx'x").
pub fn short_shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    for c in word.chars() {
        let s = shape_char(c);
        if s != last {
            out.push(s);
            last = s;
        }
    }
    out
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
fn recase(form: &str, lower: &str, words: &WordStats) -> String {
    match words.guess(lower).map(|u| u.casing) {
        Some(b'L') => lower.to_string(),
        Some(_) => {
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        }
        None => form.to_string(),
    }
}

/// True for a word that may open or continue a name as written (capitalised, or with a digit).
pub fn looks_like_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// What decoding needs of a sentence besides its static features.
pub struct SentenceView {
    pub lower: Vec<String>,
    pub short: Vec<String>,
    /// Whether the word's own casing marks it as a name candidate (for the document memory).
    pub name_like: Vec<bool>,
    /// Static features per token.
    pub features: Vec<Vec<u64>>,
}

/// Computes the static features of a sentence.
pub fn sentence_view(words: &WordStats, names: &Gazetteer, forms: &[&str]) -> SentenceView {
    let n = forms.len();
    let lower: Vec<String> = forms.iter().map(|f| f.to_lowercase()).collect();
    let caps_line = is_caps_line(forms);
    // In an all-caps line every word is written like an acronym; write each the way it is usually
    // written instead, so "WARNS" looks like "warns" and "RUSSIA" like "Russia".
    let recased: Vec<String> = if caps_line {
        forms
            .iter()
            .zip(&lower)
            .map(|(f, l)| recase(f, l, words))
            .collect()
    } else {
        // Only all-caps lines read the recased forms.
        Vec::new()
    };
    let recased_short: Vec<String> = recased.iter().map(|f| short_shape(f)).collect();
    let shapes: Vec<String> = forms.iter().map(|f| shape(f)).collect();
    let short: Vec<String> = forms.iter().map(|f| short_shape(f)).collect();
    let line = if caps_line {
        "caps"
    } else if is_title_line(forms) {
        "title"
    } else {
        "plain"
    };
    let usage: Vec<String> = lower
        .iter()
        .map(|l| match words.guess(l) {
            Some(u) => format!("{}{}", u.casing as char, u.frequency),
            None => "unseen".to_string(),
        })
        .collect();
    let casing: Vec<&str> = usage.iter().map(|u| u.get(..1).unwrap_or("")).collect();
    let matches = names.matches(&lower, forms, caps_line);

    let mut features = Vec::with_capacity(n);
    for i in 0..n {
        let ii = i as isize;
        let mut f = Vec::with_capacity(64);
        let (l, sh, sc) = (&lower[i], &shapes[i], &short[i]);
        let position = if i == 0 { "first" } else { "inner" };
        f.push(feature(T_BIAS, &[]));
        f.push(feature(T_FORM, &[forms[i]]));
        f.push(feature(T_LOWER, &[l]));
        for (d, offset) in [("-2", -2isize), ("-1", -1), ("1", 1), ("2", 2)] {
            f.push(feature(T_CONTEXT, &[d, at(&lower, ii + offset)]));
        }
        f.push(feature(T_BIGRAM, &["-", at(&lower, ii - 1), l]));
        f.push(feature(T_BIGRAM, &["+", l, at(&lower, ii + 1)]));
        f.push(feature(T_SHAPE, &[sh]));
        for (d, offset) in [("-1", -1isize), ("0", 0), ("1", 1)] {
            f.push(feature(T_SHORT_CONTEXT, &[d, at(&short, ii + offset)]));
        }
        f.push(feature(
            T_SHORT_TRIGRAM,
            &[at(&short, ii - 1), sc, at(&short, ii + 1)],
        ));
        let n_chars = l.chars().count();
        for k in 1..=4.min(n_chars.saturating_sub(1)) {
            let prefix_end = l.char_indices().nth(k).map_or(l.len(), |(b, _)| b);
            let suffix_start = l.char_indices().nth(n_chars - k).map_or(0, |(b, _)| b);
            f.push(feature(T_PREFIX, &[&l[..prefix_end]]));
            f.push(feature(T_SUFFIX, &[&l[suffix_start..]]));
        }
        f.push(feature(T_LINE, &[line, position, sc]));
        f.push(feature(T_USE, &[&usage[i]]));
        f.push(feature(T_USE_SHAPE, &[casing[i], sc, line, position]));
        for (d, offset) in [("-1", -1isize), ("1", 1)] {
            f.push(feature(
                T_USE_CONTEXT,
                &[d, at(&casing, ii + offset), at(&short, ii + offset)],
            ));
        }
        if caps_line {
            f.push(feature(T_LOWER_LINE, &[l, line]));
            f.push(feature(T_RECASED, &["0", &recased_short[i]]));
            f.push(feature(
                T_RECASED,
                &[
                    "-0+",
                    at(&recased_short, ii - 1),
                    &recased_short[i],
                    at(&recased_short, ii + 1),
                ],
            ));
            f.push(feature(T_RECASED, &["form", &recased[i]]));
        }
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
            let len = (m.end - m.start).to_string();
            for (k, kind) in TYPES.iter().enumerate() {
                if m.types & (1 << k) != 0 {
                    f.push(feature(T_NAME, &[kind, place]));
                    f.push(feature(T_NAME_LENGTH, &[kind, place, &len]));
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
        f.sort_unstable();
        f.dedup();
        features.push(f);
    }
    let name_like = forms
        .iter()
        .map(|f| looks_like_name(f) || (caps_line && f.chars().any(char::is_alphabetic)))
        .collect();
    SentenceView {
        lower,
        short,
        name_like,
        features,
    }
}

/// The string at position `j` of a sentence's column, or the sentence boundary marker past
/// either end.
fn at<S: AsRef<str>>(column: &[S], j: isize) -> &str {
    if j < 0 {
        "<s>"
    } else {
        column.get(j as usize).map_or("</s>", AsRef::as_ref)
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
                let v = self.votes.entry(view.lower[i].clone()).or_default();
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
        && let Some(v) = memory.verdict(&view.lower[i])
    {
        out.push(feature(T_HISTORY, &[v]));
        out.push(feature(T_HISTORY_SHAPE, &[v, &view.short[i]]));
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
        feature_part(prefix[1], &view.lower[i]),
        feature_part(prefix[2], &view.short[i]),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

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
