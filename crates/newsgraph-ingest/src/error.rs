//! The one error type every reader returns: which input, where in it, what is wrong, and how to
//! fix it.
//!
//! **Invariant:** the `Display` of an [`InputError`] always names the input, the place in it (line
//! or record) when there is one, the reason, and a fix a user can act on; it never needs the
//! `Debug` form to be understood.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where an input came from: a file, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputName {
    Path(PathBuf),
    Stdin,
}

impl InputName {
    pub fn path(p: &Path) -> InputName {
        InputName::Path(p.to_path_buf())
    }
}

impl fmt::Display for InputName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputName::Path(p) => write!(f, "{}", p.display()),
            InputName::Stdin => f.write_str("<stdin>"),
        }
    }
}

/// Where inside an input a problem sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// 1-based line of a text or JSONL file.
    Line(u64),
    /// 1-based position of a record in a JSON array.
    Record(u64),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line(n) => write!(f, "line {n}"),
            Location::Record(n) => write!(f, "record {n}"),
        }
    }
}

/// What is wrong with an input, with the fix in its message.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    #[error("cannot be read ({0}): check that it exists and that you may read it")]
    Io(#[source] std::io::Error),
    #[error("{}", too_large(*.size, *.limit, .unit, .flag))]
    TooLarge {
        /// The size when known (a file's length, a line's length); `None` for a stream that was
        /// cut off at the limit.
        size: Option<u64>,
        limit: u64,
        unit: &'static str,
        flag: &'static str,
    },
    #[error(
        "is not UTF-8 (byte 0x{byte:02x} at offset {offset}): convert it with iconv -f LATIN1 -t UTF-8 (or from its real encoding)"
    )]
    NotUtf8 { byte: u8, offset: u64 },
    #[error(
        "looks binary (NUL byte at offset {offset}): pass text, JSON or JSONL articles; if it is UTF-16, convert it with iconv -f UTF-16 -t UTF-8"
    )]
    Binary { offset: u64 },
    #[error("is empty: give it a headline line and at least one paragraph, or leave it out")]
    Empty,
    #[error(
        "has a headline but no body: add the article's paragraphs, one per line, after the headline"
    )]
    HeadlineOnly,
    #[error("has no body: give the record a non-empty \"body\" (or \"text\") string")]
    NoBody,
    #[error(
        "is not valid JSON ({0}): write one complete JSON object per line (JSONL), or one object or array per .json file"
    )]
    Json(String),
    #[error(
        "is a JSON {found}, not an object: each record must be an object with \"title\" and \"body\""
    )]
    NotAnObject { found: &'static str },
    #[error("has \"{field}\" as a JSON {found}: make it a {expected}")]
    FieldType {
        field: &'static str,
        found: &'static str,
        expected: &'static str,
    },
    #[error(
        "has no readable article ({0}): pass the article's own page, not an index, menu or error page"
    )]
    NoArticle(String),
    #[error("is not a valid RSS or Atom feed ({0}): check that the download is complete")]
    Feed(String),
    #[error("is a broken WARC record ({0}): the reader skipped to the next record")]
    Warc(String),
    #[error(
        "ends in the middle of its compressed data ({0}): the download is probably cut short; fetch the file again"
    )]
    Truncated(String),
    #[error("has \"published\": {0}")]
    BadDate(#[source] newsgraph_text::PublishedError),
}

/// An input that could not become an article. The other articles of the batch still come through.
#[derive(Debug, thiserror::Error)]
pub struct InputError {
    pub input: InputName,
    pub location: Option<Location>,
    #[source]
    pub problem: Problem,
}

impl InputError {
    pub fn new(input: InputName, location: Option<Location>, problem: Problem) -> InputError {
        InputError {
            input,
            location,
            problem,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some(loc) => write!(f, "{}: {loc}: {}", self.input, self.problem),
            None => write!(f, "{}: {}", self.input, self.problem),
        }
    }
}

fn too_large(size: Option<u64>, limit: u64, unit: &str, flag: &str) -> String {
    let size = match size {
        Some(n) => format!("is {n} bytes"),
        None => format!("is more than {limit} bytes"),
    };
    format!(
        "{size}, over the limit of {limit} bytes per {unit}: split it, or raise the limit ({flag})"
    )
}

/// The JSON name of a value's type, for error messages.
pub(crate) fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "boolean",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "array",
        serde_json::Value::Object(_) => "object",
    }
}
