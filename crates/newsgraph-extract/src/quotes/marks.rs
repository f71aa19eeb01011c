//! Quotation marks: which stretches of the text are quoted.
//!
//! **Invariant:** spans never cross a paragraph (a line of the article text) and never nest; a
//! span's `start..end` is the quoted text without its marks, trimmed of spaces. A span left open
//! at the end of its paragraph is `open_ended`; when the next paragraph starts with an opening
//! mark, that paragraph's first span is its continuation (the news convention for a quotation
//! running over several paragraphs).

/// A quoted stretch of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotedSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The quoted text, marks excluded.
    pub start: usize,
    pub end: usize,
    /// Byte offset just past the closing mark (the paragraph end when there is none).
    pub close: usize,
    pub paragraph: usize,
    /// No closing mark before the paragraph ended.
    pub open_ended: bool,
    /// Continues the open-ended span just before it, from the previous paragraph.
    pub continuation: bool,
}

/// The byte ranges of the article's paragraphs (its lines).
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, text.len()));
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
}

/// Finds quoted spans. Double quotes, straight or curly, everywhere; single quotes only in the
/// headline (`headline_end` bytes), where news uses them for quotations and where apostrophes
/// are rare enough to tell apart.
pub fn find_spans(text: &str, headline_end: usize) -> Vec<QuotedSpan> {
    let mut out: Vec<QuotedSpan> = Vec::new();
    for (paragraph, (p_start, p_end)) in paragraphs(text).into_iter().enumerate() {
        let line = &text[p_start..p_end];
        let singles = p_start < headline_end;
        let mut open: Option<(usize, Mark)> = None;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let prev = k.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(k + 1).map(|x| x.1);
            let at = p_start + i;
            match (c, open) {
                ('\u{201C}', None) => open = Some((at, Mark::Double)),
                ('"', None) if next.is_some_and(|n| !n.is_whitespace()) => {
                    open = Some((at, Mark::Double));
                }
                ('\u{201D}' | '"', Some((o, Mark::Double))) => {
                    push(&mut out, text, o, at, at + c.len_utf8(), paragraph, false);
                    open = None;
                }
                ('\u{2018}' | '\'', None)
                    if singles
                        && prev.is_none_or(|p| p.is_whitespace() || p == ':')
                        && next.is_some_and(char::is_alphanumeric) =>
                {
                    open = Some((at, Mark::Single));
                }
                ('\u{2019}' | '\'', Some((o, Mark::Single)))
                    if next.is_none_or(|n| !n.is_alphanumeric())
                        && prev.is_some_and(|p| !p.is_whitespace()) =>
                {
                    push(&mut out, text, o, at, at + c.len_utf8(), paragraph, false);
                    open = None;
                }
                _ => {}
            }
        }
        if let Some((o, _)) = open {
            push(&mut out, text, o, p_end, p_end, paragraph, true);
        }
    }
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (prev, span) = (&before[k - 1], &mut after[0]);
        let starts_paragraph = text[..span.open]
            .rfind('\n')
            .is_some_and(|nl| text[nl + 1..span.open].trim().is_empty());
        if prev.open_ended && span.paragraph == prev.paragraph + 1 && starts_paragraph {
            span.continuation = true;
        }
    }
    out
}

fn push(
    out: &mut Vec<QuotedSpan>,
    text: &str,
    open: usize,
    inner_end: usize,
    close: usize,
    paragraph: usize,
    open_ended: bool,
) {
    let mark_len = text[open..].chars().next().map_or(1, char::len_utf8);
    let inner = &text[open + mark_len..inner_end];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    // "…," said X: the comma belongs to the attribution, not to the words spoken.
    let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed).trim_end();
    if trimmed.is_empty() {
        return;
    }
    let start = open + mark_len + lead;
    out.push(QuotedSpan {
        open,
        start,
        end: start + trimmed.len(),
        close,
        paragraph,
        open_ended,
        continuation: false,
    });
}
