//! Sentence splitter. PLACEHOLDER implementation: splits at line breaks and at . ! ? followed by
//! whitespace; to be replaced by the abbreviation-aware splitter.

use crate::token::Token;
use std::ops::Range;

/// A sentence: its byte range and the range of its tokens in the document's token list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

/// Splits a tokenized text into sentences. A line break always ends a sentence, so the headline
/// and each paragraph start a new one.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    for i in 0..tokens.len() {
        let t = tokens[i];
        let next = tokens.get(i + 1);
        let gap = &text[t.end..next.map_or(text.len(), |n| n.start)];
        let ends = next.is_none()
            || gap.contains('\n')
            || (matches!(t.text(text), "." | "!" | "?") && !gap.is_empty());
        if ends {
            out.push(Sentence {
                start: tokens[first].start,
                end: t.end,
                tokens: first..i + 1,
            });
            first = i + 1;
        }
    }
    out
}
