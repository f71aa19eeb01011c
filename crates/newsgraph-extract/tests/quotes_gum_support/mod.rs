//! Reads a GUM news document (CoNLL-U) back into an article: each sentence's `# text`, joined
//! into paragraphs at `# newpar`, the first paragraph as the headline. Shared by the quotation and
//! time-expression figures on real text.

use newsgraph_text::Article;

/// The GUM news folder, or `None` (with the reason printed) when the shared corpora are absent.
pub fn dir() -> Option<&'static str> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpora/gum-news"
    );
    if std::path::Path::new(dir).is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {dir} is absent (the shared corpora are not mounted)");
        None
    }
}

pub fn article(path: &str) -> Option<Article> {
    let raw = std::fs::read_to_string(path).ok()?;
    let sentences = newsgraph_corpus::read_conllu(&raw).ok()?;
    let mut paragraphs: Vec<String> = Vec::new();
    for s in &sentences {
        let text = s.text().unwrap_or_default();
        match paragraphs.last_mut() {
            Some(last) if !s.new_par() => {
                last.push(' ');
                last.push_str(text);
            }
            _ => paragraphs.push(text.to_string()),
        }
    }
    let headline = paragraphs.first()?.clone();
    Some(Article::new(
        None,
        Some(&headline),
        &paragraphs[1..].join("\n"),
    ))
}
