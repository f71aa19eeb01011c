//! An article as every reader hands it over: metadata plus one text in which the headline and the
//! body are joined.
//!
//! **Invariant:** `text == title + "\n" + body` when there is a title, `text == body` when there is
//! none, and every offset in an extraction record points into `text`. The body keeps its paragraph
//! breaks as single `\n`s, so the headline and each paragraph start on a line of their own.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The input's own id where it has one, else a stable hash of the text (see [`Article::new`]).
    pub id: String,
    pub title: Option<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// ISO 639-1 code, `None` until identified.
    pub language: Option<String>,
    text: String,
    /// Byte offset where the body starts in `text`.
    body_start: usize,
}

impl Article {
    /// Builds an article from its headline and body. Paragraphs in `body` are separated by newlines;
    /// runs of blank lines collapse to one `\n` and `\r` is dropped, so offsets are stable across
    /// platforms. With `id == None` the id is the first 16 hex digits of the SHA-256 of the text.
    pub fn new(id: Option<String>, title: Option<&str>, body: &str) -> Article {
        let title = title.map(clean_line).filter(|t| !t.is_empty());
        let body = clean_paragraphs(body);
        let (text, body_start) = match &title {
            Some(t) if body.is_empty() => (t.clone(), t.len()),
            Some(t) => (format!("{t}\n{body}"), t.len() + 1),
            None => (body, 0),
        };
        let id = id
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| content_id(&text));
        Article {
            id,
            title,
            published: None,
            url: None,
            source: None,
            language: None,
            text,
            body_start,
        }
    }

    /// The whole text: headline, newline, body.
    pub fn text(&self) -> &str {
        &self.text
    }
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
    /// Byte offset where the body starts in [`Article::text`] (0 when there is no headline).
    pub fn body_start(&self) -> usize {
        self.body_start
    }
    /// The byte range of the headline in [`Article::text`], if there is one.
    pub fn headline_span(&self) -> Option<crate::Span> {
        self.title.as_ref().map(|t| crate::Span::new(0, t.len()))
    }
}

/// A stable id from content: the first 16 hex digits of SHA-256.
pub fn content_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn clean_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clean_paragraphs(body: &str) -> String {
    body.lines()
        .map(|l| l.trim_end_matches('\r').trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// When an article was published: a calendar date, or a full timestamp with its offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    Date(NaiveDate),
    Time(DateTime<FixedOffset>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedError(pub String);

impl fmt::Display for PublishedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is not a date: write it as YYYY-MM-DD (2019-05-12) or as an RFC 3339 time (2019-05-12T09:30:00Z)",
            self.0
        )
    }
}
impl std::error::Error for PublishedError {}

impl Published {
    /// Parses `2019-05-12`, an RFC 3339 time, or an RFC 2822 time (as feeds write them).
    pub fn parse(s: &str) -> Result<Published, PublishedError> {
        let t = s.trim();
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Ok(Published::Date(d));
        }
        if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
            return Ok(Published::Time(dt));
        }
        if let Ok(dt) = DateTime::parse_from_rfc2822(t) {
            return Ok(Published::Time(dt));
        }
        Err(PublishedError(s.to_string()))
    }
    /// The calendar date in the article's own time zone.
    pub fn date(&self) -> NaiveDate {
        match self {
            Published::Date(d) => *d,
            Published::Time(t) => t.date_naive(),
        }
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Published::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Published::Time(t) => write!(f, "{}", t.to_rfc3339()),
        }
    }
}

impl Serialize for Published {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl schemars::JsonSchema for Published {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Published".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A calendar date (YYYY-MM-DD) or an RFC 3339 time",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$"
        })
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Published, D::Error> {
        let s = String::deserialize(d)?;
        Published::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_and_body_are_joined_by_one_newline() {
        let a = Article::new(
            None,
            Some("  Headline  here "),
            "First para.\r\n\r\n  Second para.\n",
        );
        assert_eq!(a.text(), "Headline here\nFirst para.\nSecond para.");
        assert_eq!(a.body(), "First para.\nSecond para.");
        assert_eq!(a.headline_span(), Some(crate::Span::new(0, 13)));
        assert_eq!(a.id.len(), 16);
    }

    #[test]
    fn id_is_stable_and_own_id_wins() {
        let a = Article::new(None, Some("T"), "B");
        let b = Article::new(None, Some("T"), "B");
        assert_eq!(a.id, b.id);
        assert_eq!(Article::new(Some("x1".into()), Some("T"), "B").id, "x1");
    }

    #[test]
    fn published_forms() {
        assert_eq!(
            Published::parse("2019-05-12").unwrap().to_string(),
            "2019-05-12"
        );
        let t = Published::parse("2019-05-12T23:30:00-04:00").unwrap();
        assert_eq!(t.date(), NaiveDate::from_ymd_opt(2019, 5, 12).unwrap());
        assert!(Published::parse("Sun, 12 May 2019 09:00:00 +0000").is_ok());
        assert!(
            Published::parse("yesterday")
                .unwrap_err()
                .to_string()
                .contains("YYYY-MM-DD")
        );
    }
}
