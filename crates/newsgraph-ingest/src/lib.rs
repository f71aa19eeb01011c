//! Readers for every input format, behind one interface: paths in, a stream of articles (or of
//! errors that say which input, where, why, and how to fix it) out.
//!
//! Formats (docs/input.md gives the exact rules):
//! - plain text, one article per file: optional `key: value` metadata lines, a headline line, then
//!   one paragraph per line;
//! - JSON, one article object or an array of them per file, and JSONL, one object per line, with
//!   `title`, `body` (or `text`), `published`, `url`, `source`, `id`;
//! - HTML pages (main text by dom_smoothie, boilerplate removed), RSS and Atom feeds (one article
//!   per item), and WARC files, plain or gzip-compressed (one article per HTML response record).
//!
//! **Invariant:** reading never panics and never stops at a bad input: every input yields its
//! articles or one error per bad file, line or record, and the rest of the batch goes on. The
//! order is deterministic: inputs as given, directories walked recursively in name order.

mod decode;
pub mod dedup;
mod error;
mod feed;
mod html;
mod json;
pub mod lang;
mod reader;
mod text;
mod warc;

pub use error::{InputError, InputName, Location, Problem};
pub use reader::Articles;

use newsgraph_text::Published;
use std::io::BufRead;
use std::path::PathBuf;

/// Limits and defaults for reading articles.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadOptions {
    /// Largest file read whole (a text file, a JSON document). Streamed formats (JSONL) are not
    /// held whole, so only their records are limited.
    pub max_file_bytes: u64,
    /// Largest article: a text file's content, a JSONL line, a JSON record's text.
    pub max_article_bytes: u64,
    /// The publication date given to articles whose input has none.
    pub default_published: Option<Published>,
}

impl ReadOptions {
    pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
    pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 4 * 1024 * 1024;
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            max_file_bytes: ReadOptions::DEFAULT_MAX_FILE_BYTES,
            max_article_bytes: ReadOptions::DEFAULT_MAX_ARTICLE_BYTES,
            default_published: None,
        }
    }
}

/// Reads articles from files, directories (recursively, in name order, hidden entries skipped)
/// and `-` (standard input, JSON or JSONL told apart from text by its first byte). Streaming: one
/// article is read at a time.
pub fn read_paths(paths: &[PathBuf], opts: &ReadOptions) -> Articles {
    Articles::from_paths(paths, opts)
}

/// Reads articles from an open stream (for example a network body or a test buffer), sniffing
/// JSON, JSONL or text as for standard input.
pub fn read_reader(
    input: InputName,
    reader: impl BufRead + Send + 'static,
    opts: &ReadOptions,
) -> Articles {
    Articles::from_reader(input, Box::new(reader), opts)
}
