//! HTML pages and HTML fragments: the main text of a news page (boilerplate, menus, comments and
//! ads removed by dom_smoothie, a port of Mozilla's Readability), its headline, publication date,
//! site name and canonical URL; and plain text from the HTML snippets feeds carry.
//!
//! **Invariant:** a page yields an article only when a main text of at least [`MIN_BODY_CHARS`]
//! was found; otherwise it is a `NoArticle` error, never a page of navigation links.

use crate::error::Problem;
use dom_smoothie::{Config, Readability, TextMode};
use newsgraph_text::{Article, Published};

/// Shorter main texts are menus, cookie notices or error pages, not articles.
pub const MIN_BODY_CHARS: usize = 200;

/// Elements that never hold the article: navigation, footers, sidebars, comments, ads, sharing
/// and related-link boxes, cookie and newsletter prompts.
const BOILERPLATE: &str = "nav, footer, aside, script, style, noscript, form, \
    [id*=comment], [class*=comment], [id*=advert], [class*=advert], .ad, .ads, [class*=sponsor], \
    [class*=share], [class*=social], [class*=related], [class*=newsletter], [class*=cookie], \
    [class*=promo], [id*=sidebar], [class*=sidebar]";

/// The article in an HTML page. `url` is where the page came from (a WARC record's target), used
/// when the page names no canonical URL.
pub(crate) fn article_from_html(html: &str, url: Option<&str>) -> Result<Article, Problem> {
    let canonical = canonical_url(html);
    let url = canonical.as_deref().or(url);
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let document = dom_query::Document::from(html);
    // Readability scores blocks by text; a long comment thread or sidebar next to the article can
    // win a place beside it, so the blocks that are never the article go first.
    document.select(BOILERPLATE).remove();
    let mut page = Readability::with_document(document, url, Some(cfg))
        .map_err(|e| Problem::NoArticle(e.to_string()))?;
    let found = page
        .parse()
        .map_err(|e| Problem::NoArticle(e.to_string()))?;
    let body = found.text_content.to_string();
    let chars = body.trim().chars().count();
    if chars < MIN_BODY_CHARS {
        return Err(Problem::NoArticle(format!(
            "the main text found is {chars} characters, under {MIN_BODY_CHARS}"
        )));
    }
    let title = found.title.trim();
    let mut article = Article::new(url.map(url_id), (!title.is_empty()).then_some(title), &body);
    article.published = found.published_time.as_deref().and_then(parse_page_date);
    article.url = url.map(str::to_string);
    article.source = found
        .site_name
        .clone()
        .filter(|s| !s.trim().is_empty())
        .or_else(|| url.and_then(host));
    Ok(article)
}

/// The id of a web article: a hash of its URL, so that a page fetched again is the same article
/// while the same text at another address (a syndicated copy) is another article of the story.
pub(crate) fn url_id(url: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(url.trim().as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Page dates come in many forms; a full time, else the date at the start.
pub(crate) fn parse_page_date(s: &str) -> Option<Published> {
    let s = s.trim();
    Published::parse(s)
        .ok()
        .or_else(|| s.get(..10).and_then(|d| Published::parse(d).ok()))
}

/// The host of an absolute URL, as a source name when the page names none.
pub(crate) fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.trim_start_matches("www.").to_ascii_lowercase())
}

/// `<link rel="canonical" href="...">`, else `<meta property="og:url" content="...">`.
fn canonical_url(html: &str) -> Option<String> {
    let head = html.get(..html.len().min(256 * 1024)).unwrap_or(html);
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    let mut og = None;
    while let Some(i) = lower[from..].find('<') {
        let start = from + i;
        let end = lower[start..].find('>').map_or(lower.len(), |j| start + j);
        let tag = &lower[start..end];
        let attr = |name: &str| attribute(&head[start..end], tag, name);
        if tag.starts_with("<link")
            && attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
        {
            if let Some(href) = attr("href").filter(|h| h.starts_with("http")) {
                return Some(href);
            }
        } else if tag.starts_with("<meta")
            && og.is_none()
            && attr("property").is_some_and(|p| p.eq_ignore_ascii_case("og:url"))
        {
            og = attr("content").filter(|h| h.starts_with("http"));
        } else if tag.starts_with("</head") {
            break;
        }
        from = end.max(start + 1);
    }
    og
}

/// An attribute's value in a tag (`tag` is its lower-cased copy, used to find the name).
fn attribute(original: &str, lower: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value_start = lower.len() - rest.len() + 1;
        let value = original.get(value_start..)?.trim_start();
        let (quote, value) = match value.chars().next()? {
            q @ ('"' | '\'') => (Some(q), &value[1..]),
            _ => (None, value),
        };
        let end = match quote {
            Some(q) => value.find(q)?,
            None => value
                .find(|c: char| c.is_whitespace() || c == '/')
                .unwrap_or(value.len()),
        };
        return Some(decode_entities(value[..end].trim()));
    }
    None
}

/// Plain text from an HTML fragment (a feed item's summary or content): tags dropped, block
/// ends made paragraph breaks, entities decoded.
pub(crate) fn fragment_text(fragment: &str) -> String {
    if !fragment.contains('<') {
        return decode_entities(fragment);
    }
    let mut out = String::with_capacity(fragment.len());
    let mut rest = fragment;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[i + 1..i + j]
            .trim_start_matches('/')
            .to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if matches!(
            name.as_str(),
            "p" | "br"
                | "div"
                | "li"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "blockquote"
                | "tr"
        ) {
            out.push('\n');
        }
        // Inline tags (a, b, span) sit inside words' flow: they add nothing.
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    let text = decode_entities(&out);
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[..rest.len().min(12)].find(';');
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => ' ',
                "mdash" => '—',
                "ndash" => '–',
                "rsquo" => '’',
                "lsquo" => '‘',
                "rdquo" => '”',
                "ldquo" => '“',
                "hellip" => '…',
                _ => {
                    let n = name.strip_prefix('#')?;
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<title>Talks in Sochi end without deal - Example News</title>
<link rel="canonical" href="https://news.example.org/2019/05/14/sochi-talks">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2019-05-14T18:20:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Talks in Sochi end without deal</h1>
<p>The foreign ministers of the two countries met in Sochi on Tuesday for more than three hours, but the talks ended without an agreement on the situation in Venezuela.</p>
<p>Officials on both sides said the meeting had been frank and that further contacts were planned in the coming weeks, including a possible meeting of the two presidents in June.</p>
<p>The ministers also discussed arms control, the war in Syria and the nuclear agreement with Iran, according to a statement released after the meeting.</p>
</article>
<aside class="sidebar"><h3>Most read</h3><a href="/x">Celebrity wedding photos</a></aside>
<div id="comments"><p>Great article!!! Click here to win a prize now.</p></div>
<footer>© Example News. All rights reserved. Advertise with us.</footer>
</body></html>"#;

    #[test]
    fn a_news_page_gives_its_article_and_metadata() {
        let a = article_from_html(PAGE, None).unwrap();
        assert_eq!(a.title.as_deref(), Some("Talks in Sochi end without deal"));
        assert!(
            a.body().starts_with("The foreign ministers"),
            "{}",
            a.body()
        );
        assert!(a.body().contains("\nOfficials on both sides"));
        for boilerplate in ["Home", "Most read", "Click here", "All rights reserved"] {
            assert!(
                !a.body().contains(boilerplate),
                "{boilerplate} leaked: {}",
                a.body()
            );
        }
        assert_eq!(
            a.url.as_deref(),
            Some("https://news.example.org/2019/05/14/sochi-talks")
        );
        assert_eq!(a.published.unwrap().date().to_string(), "2019-05-14");
        assert_eq!(a.source.as_deref(), Some("Example News"));
    }

    #[test]
    fn a_page_without_an_article_is_refused() {
        let menu =
            "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>";
        assert!(matches!(
            article_from_html(menu, None),
            Err(Problem::NoArticle(_))
        ));
    }

    #[test]
    fn fragments_become_paragraphs() {
        assert_eq!(
            fragment_text("<p>Police &amp; protesters clashed.</p><p>Two were <b>hurt</b>.</p>"),
            "Police & protesters clashed.\nTwo were hurt."
        );
        assert_eq!(
            host("https://www.example.org:8080/a?b").as_deref(),
            Some("example.org")
        );
    }
}
