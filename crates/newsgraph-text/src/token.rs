//! Tokenizer for news text. PLACEHOLDER implementation: splits on whitespace and punctuation only;
//! to be replaced by the news tokenizer (abbreviations, contractions, numbers, URLs, handles).

use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Url,
    Handle,
    Symbol,
}

/// A token: a byte range of the text and what kind of thing it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Splits `text` into tokens with byte offsets.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            out.push(word(text, s, i));
        }
        if !c.is_whitespace() {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: TokenKind::Punct,
            });
        }
    }
    if let Some(s) = start {
        out.push(word(text, s, text.len()));
    }
    out
}

fn word(text: &str, s: usize, e: usize) -> Token {
    let kind = if text[s..e].chars().all(|c| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    Token {
        start: s,
        end: e,
        kind,
    }
}

/// The form of a token that models and lexicons see: curly quotes and apostrophes made straight,
/// dashes made ASCII. Offsets are never taken from the normalised form.
pub fn normalize(token: &str) -> Cow<'_, str> {
    if token.is_ascii() {
        return Cow::Borrowed(token);
    }
    let mapped: String = token
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '«' | '»' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{00A0}' => ' ',
            c => c,
        })
        .collect();
    Cow::Owned(mapped)
}
