//! RSS and Atom feed files: each item is an article, with its title, date, link and text (the
//! item's content, else its summary, as plain text).
//!
//! **Invariant:** one feed yields one result per item, in feed order; an item with no text is an
//! error for that item only, and a feed that is not valid XML is one error for the file.

use crate::error::Problem;
use crate::html::{fragment_text, host, url_id};
use newsgraph_text::{Article, Published};

/// One feed item: its 1-based position and its article or problem.
type Item = (u64, Result<Article, Problem>);

/// Articles (or per-item problems, with the item's 1-based position) from a feed document.
pub(crate) fn articles_from_feed(bytes: &[u8]) -> Result<Vec<Item>, Problem> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| Problem::Feed(e.to_string()))?;
    let feed_source = feed
        .title
        .as_ref()
        .map(|t| fragment_text(&t.content))
        .filter(|t| !t.is_empty());
    Ok(feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let body = entry
                .content
                .as_ref()
                .and_then(|c| c.body.as_deref())
                .map(fragment_text)
                .filter(|b| !b.trim().is_empty())
                .or_else(|| entry.summary.as_ref().map(|s| fragment_text(&s.content)))
                .unwrap_or_default();
            if body.trim().is_empty() {
                return (i as u64 + 1, Err(Problem::NoBody));
            }
            let title = entry.title.as_ref().map(|t| fragment_text(&t.content));
            let link = entry
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(entry.links.first())
                .map(|l| l.href.clone());
            // A guid that is a plain id, not a URL, identifies the item across re-fetches.
            let id = Some(entry.id.clone())
                .filter(|id| !id.is_empty() && !id.starts_with("http"))
                .or_else(|| link.as_deref().map(url_id));
            let mut article = Article::new(id, title.as_deref(), &body);
            article.published = entry
                .published
                .or(entry.updated)
                .map(|t| Published::Time(t.fixed_offset()));
            article.url = link;
            article.source = feed_source
                .clone()
                .or_else(|| article.url.as_deref().and_then(host));
            (i as u64 + 1, Ok(article))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_become_articles() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Ministers meet in Sochi</title><link>https://example.org/a</link>
<pubDate>Tue, 14 May 2019 18:20:00 +0000</pubDate>
<description>&lt;p&gt;The ministers met on Tuesday.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/b</link></item>
</channel></rss>"#;
        let items = articles_from_feed(rss).unwrap();
        assert_eq!(items.len(), 2);
        let a = items[0].1.as_ref().unwrap();
        assert_eq!(a.title.as_deref(), Some("Ministers meet in Sochi"));
        assert_eq!(a.body(), "The ministers met on Tuesday.");
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.source.as_deref(), Some("Example Wire"));
        assert_eq!(a.published.unwrap().date().to_string(), "2019-05-14");
        assert!(matches!(items[1], (2, Err(Problem::NoBody))));
    }

    #[test]
    fn invalid_xml_is_one_error() {
        assert!(matches!(
            articles_from_feed(b"<rss><channel><item><title>cut"),
            Err(Problem::Feed(_))
        ));
    }
}
