//! The plain-text article form: optional metadata lines, then a headline line, then one paragraph
//! per line (the seed's form; docs/input.md states the rule).
//!
//! **Invariant:** a line is metadata only if it and every line before it are metadata lines: a
//! lowercase known key, a colon, a space, and a value valid for that key. So a headline such as
//! "Source: Officials say talks failed" (capitalised key, as headlines are) is never eaten, and no
//! metadata line can appear after the headline.

use crate::error::{Location, Problem};
use newsgraph_text::{Article, Published};

/// Longest `source:` value accepted as metadata; a longer line is prose, hence the headline.
const MAX_SOURCE_LEN: usize = 120;

/// Metadata read from the top of a text article.
#[derive(Debug, Default, PartialEq)]
struct Metadata {
    published: Option<Published>,
    url: Option<String>,
    source: Option<String>,
    id: Option<String>,
}

/// Builds an article from a text file's content. Errors carry the line they apply to.
pub(crate) fn parse_text(text: &str) -> Result<Article, (Option<Location>, Problem)> {
    let mut meta = Metadata::default();
    let mut lines = text.lines().enumerate().peekable();
    // Metadata: leading lines, each valid; the first line that is not ends the block.
    while let Some((_, line)) = lines.peek() {
        if !meta_line(line.trim_end_matches('\r'), &mut meta) {
            break;
        }
        lines.next();
    }
    let mut headline = None;
    for (n, line) in lines.by_ref() {
        let line = line.trim();
        if !line.is_empty() {
            headline = Some((n, line));
            break;
        }
    }
    let Some((headline_index, headline)) = headline else {
        return Err((None, Problem::Empty));
    };
    let body: Vec<&str> = lines.map(|(_, l)| l).collect();
    let body = body.join("\n");
    if body.trim().is_empty() {
        let line = Location::Line(headline_index as u64 + 1);
        return Err((Some(line), Problem::HeadlineOnly));
    }
    let mut article = Article::new(meta.id, Some(headline), &body);
    article.published = meta.published;
    article.url = meta.url;
    article.source = meta.source;
    Ok(article)
}

/// Reads one metadata line into `meta`; false if the line is not a valid metadata line (then it
/// is the headline or a blank separator, and the metadata block has ended).
fn meta_line(line: &str, meta: &mut Metadata) -> bool {
    let Some((key, value)) = line.split_once(": ") else {
        return false;
    };
    let value = value.trim();
    if value.is_empty() {
        return false;
    }
    match key {
        "date" | "published" if meta.published.is_none() => match Published::parse(value) {
            Ok(p) => meta.published = Some(p),
            Err(_) => return false,
        },
        "url" if meta.url.is_none() && is_url(value) => meta.url = Some(value.to_string()),
        "source" if meta.source.is_none() && value.len() <= MAX_SOURCE_LEN => {
            meta.source = Some(value.to_string())
        }
        "id" if meta.id.is_none() && !value.contains(char::is_whitespace) => {
            meta.id = Some(value.to_string())
        }
        _ => return false,
    }
    true
}

fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    matches!(rest, Some(r) if !r.is_empty() && !r.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_form_headline_then_paragraphs() {
        let a =
            parse_text("US envoy heads to Russia\nPompeo will meet Putin.\nHe left on Sunday.\n")
                .unwrap();
        assert_eq!(a.title.as_deref(), Some("US envoy heads to Russia"));
        assert_eq!(a.body(), "Pompeo will meet Putin.\nHe left on Sunday.");
        assert_eq!(a.published, None);
    }

    #[test]
    fn metadata_lines_before_the_headline() {
        let a = parse_text(
            "date: 2019-05-12\nurl: https://example.org/a\nsource: Example Wire\nid: ex-1\n\nHeadline\nBody.",
        )
        .unwrap();
        assert_eq!(a.published.unwrap().to_string(), "2019-05-12");
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.source.as_deref(), Some("Example Wire"));
        assert_eq!(a.id, "ex-1");
        assert_eq!(a.title.as_deref(), Some("Headline"));
        // Directly followed by the headline, without a blank line, works too.
        let b = parse_text("published: 2019-05-12T09:30:00Z\nHeadline\nBody.").unwrap();
        assert_eq!(b.title.as_deref(), Some("Headline"));
        assert!(b.published.is_some());
    }

    #[test]
    fn a_headline_that_looks_like_a_key_is_not_eaten() {
        let a = parse_text("Source: Officials say talks failed\nThe talks ended.").unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Source: Officials say talks failed")
        );
        // Lowercase key but not a valid value: the headline.
        let b = parse_text("date: to be announced for summit\nBody.").unwrap();
        assert_eq!(b.title.as_deref(), Some("date: to be announced for summit"));
        assert_eq!(b.published, None);
    }

    #[test]
    fn metadata_after_the_headline_is_body_text() {
        let a = parse_text("Headline\nurl: https://example.org/a\nBody.").unwrap();
        assert_eq!(a.url, None);
        assert_eq!(a.body(), "url: https://example.org/a\nBody.");
    }

    #[test]
    fn empty_and_headline_only_are_errors() {
        assert!(matches!(parse_text(" \n\n"), Err((None, Problem::Empty))));
        assert!(matches!(
            parse_text("date: 2019-05-12\n"),
            Err((None, Problem::Empty))
        ));
        assert!(matches!(
            parse_text("\nJust a headline\n"),
            Err((Some(Location::Line(2)), Problem::HeadlineOnly))
        ));
    }
}
