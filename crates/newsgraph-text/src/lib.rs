//! The text layer: an [`Article`] and its text, split into [`Token`]s and [`Sentence`]s whose byte
//! offsets point into [`Article::text`].
//!
//! **Invariant:** this crate knows nothing of models, the knowledge base, storage or files. Every
//! offset it hands out is a valid UTF-8 char boundary of the text it was given.

mod article;
mod sentence;
mod token;

pub use article::{Article, Published, PublishedError};
pub use sentence::{Sentence, split_sentences};
pub use token::{Token, TokenKind, normalize, tokenize};

/// A half-open byte range `[start, end)` into an article's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A tokenized, sentence-split article: the unit every later stage reads.
#[derive(Debug, Clone)]
pub struct Doc {
    pub article: Article,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl Doc {
    pub fn new(article: Article) -> Doc {
        let text = article.text();
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        Doc {
            article,
            tokens,
            sentences,
        }
    }
    pub fn text(&self) -> &str {
        self.article.text()
    }
    /// The surface text of a token.
    pub fn token_text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.article.text()[t.start..t.end]
    }
    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> &[Token] {
        &self.tokens[self.sentences[s].tokens.clone()]
    }
    /// The index of the sentence that holds byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len() && self.sentences[i].start <= offset).then_some(i)
    }
}
