//! Direct quotations and their speakers.
//!
//! **Invariant:** every quote's `text` is exactly `article.text[start..end]`: the words inside the
//! marks, without the marks (and without the comma that belongs to "…," said X). A speaker is
//! either found by a pattern next to the quote ([`attribution`]), carried over from the quote it
//! continues, or absent: never guessed.
//!
//! A quotation interrupted by its attribution (`"…," he said. "…"`) or running over a paragraph
//! break (an opening mark with no close at paragraph end, reopened at the start of the next) is
//! given as linked parts: one [`Quote`] per quoted stretch, the later parts with the same speaker
//! and no cue of their own. One or two quoted words with no cue are scare quotes, not quotations.
//! See docs/quotes.md.

pub mod attribution;
pub mod marks;
pub mod score;

use crate::Parsed;
use crate::record::{Entity, EntityType, Evidence, Quote, Speaker};
use attribution::{Attribution, PRONOUNS, Words};
use marks::{QuotedSpan, find_spans, paragraphs};

/// Scare quotes: quoted stretches of at most this many words need a cue to count.
const SCARE_QUOTE_WORDS: usize = 2;

/// Every direct quotation in the article, in text order.
pub fn find(p: &Parsed, entities: &[Entity]) -> Vec<Quote> {
    let text = p.doc.text();
    let headline_end = p.doc.article.headline_span().map_or(0, |s| s.end);
    let spans = find_spans(text, headline_end);
    let paragraph_ranges = paragraphs(text);
    let words = Words::new(p);
    let mut quotes: Vec<(Quote, QuotedSpan)> = Vec::new();
    for (k, span) in spans.iter().enumerate() {
        let previous_close = k.checked_sub(1).map(|j| spans[j].close);
        let word_count = words
            .range(span.start, span.end)
            .filter(|&i| words.word(i).chars().any(char::is_alphanumeric))
            .count();
        let short = word_count <= SCARE_QUOTE_WORDS;
        let found = attribute(p, &words, span, previous_close, &paragraph_ranges, short);
        let mut quote = Quote {
            text: text[span.start..span.end].to_string(),
            start: span.start,
            end: span.end,
            sentence: p.doc.sentence_at(span.start).unwrap_or(0),
            speaker: None,
            cue: None,
        };
        if let Some((a, partial)) = &found {
            // A word or two framed by a verb earlier in the clause is still a scare quote:
            // "critics say the “peace process” is dead".
            if *partial && word_count <= SCARE_QUOTE_WORDS {
                continue;
            }
            quote.cue = Some(evidence(p, a.cue));
            quote.speaker = a.speaker.map(|s| speaker(p, entities, s));
        } else if word_count <= SCARE_QUOTE_WORDS {
            continue;
        } else if let Some((prev, prev_span)) = quotes.last() {
            // The same voice goes on: a continued quotation, a second stretch after the
            // attribution in the same paragraph, or a bare quotation opening the next paragraph.
            let bare_next_paragraph = span.paragraph == prev_span.paragraph + 1
                && starts_paragraph(text, span.open)
                && ends_paragraph(text, prev_span, &paragraph_ranges);
            let right_after = span.paragraph == prev_span.paragraph
                && only_attribution_between(text, prev_span.close, span.open);
            if span.continuation || right_after || bare_next_paragraph {
                quote.speaker = prev.speaker.clone();
            }
        }
        quotes.push((quote, span.clone()));
    }
    // A quotation continued over a paragraph break may be attributed only in its last part.
    for k in (1..quotes.len()).rev() {
        if quotes[k].1.continuation
            && quotes[k - 1].0.speaker.is_none()
            && quotes[k - 1].0.cue.is_none()
        {
            quotes[k - 1].0.speaker = quotes[k].0.speaker.clone();
        }
    }
    quotes.into_iter().map(|(q, _)| q).collect()
}

/// Whether the text between two quoted stretches of a paragraph is at most one sentence (the
/// attribution): `," the spokesman said. "` links them, a sentence of narration in between does not.
fn only_attribution_between(text: &str, from: usize, to: usize) -> bool {
    let between = text.get(from..to).unwrap_or("");
    let stops = between
        .trim_end()
        .trim_end_matches(['"', '\u{201C}'])
        .trim_end()
        .trim_end_matches(['.', '!', '?'])
        .matches(['.', '!', '?'])
        .count();
    stops == 0 && between.len() <= 200
}

fn starts_paragraph(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |nl| nl + 1);
    text[line_start..at].trim().is_empty()
}

/// Whether nothing but its attribution follows a quote in its paragraph (so the next paragraph's
/// bare quotation is the same voice, not an answer to someone named after it).
fn ends_paragraph(text: &str, span: &QuotedSpan, paragraphs: &[(usize, usize)]) -> bool {
    let end = paragraphs.get(span.paragraph).map_or(text.len(), |p| p.1);
    let rest = &text[span.close.min(end)..end];
    !rest.contains(['"', '\u{201C}'])
}

/// Finds the attribution of one quoted span: before it (`X said: "…"`), after it (`"…," X said`),
/// or, for a partial quotation, earlier in the same clause (then flagged `true`).
fn attribute(
    p: &Parsed,
    words: &Words,
    span: &QuotedSpan,
    previous_close: Option<usize>,
    paragraphs: &[(usize, usize)],
    short: bool,
) -> Option<(Attribution, bool)> {
    let (p_start, p_end) = paragraphs.get(span.paragraph).copied()?;
    let sentence_start = p
        .doc
        .sentence_at(span.open)
        .and_then(|s| p.doc.sentences.get(s))
        .map_or(p_start, |s| s.start);
    let mut floor = sentence_start.max(p_start);
    if let Some(close) = previous_close.filter(|c| *c > floor && *c <= span.open) {
        floor = close;
    }
    let before = last_clause(words, words.range(floor, span.open));
    if let Some(a) = words.before(before.clone()) {
        return Some((a, false));
    }
    // `X said:` closing one paragraph, the quotation opening the next.
    if before.is_empty()
        && let Some(&(prev_start, prev_end)) = span
            .paragraph
            .checked_sub(1)
            .and_then(|k| paragraphs.get(k))
        && p.doc.text()[prev_start..prev_end].trim_end().ends_with(':')
    {
        let clause = last_clause(words, words.range(prev_start, prev_end));
        if let Some(a) = words
            .before(clause.clone())
            .or_else(|| words.within(clause))
        {
            return Some((a, false));
        }
    }
    if !span.open_ended {
        let text = p.doc.text();
        let last = text[span.start..span.end].chars().next_back();
        let inner_tail = text[span.end..span.close].trim_start_matches(char::is_whitespace);
        let loose = inner_tail.starts_with(',')
            || matches!(last, Some('?' | '!' | ','))
            || text[span.close..].trim_start().starts_with(',');
        if let Some(a) = words.after(words.range(span.close, p_end), loose, short) {
            return Some((a, false));
        }
    }
    words.within(before).map(|a| (a, true))
}

/// The tokens of `range` after its last full stop: the clause right before a point, never
/// reaching back into an earlier sentence.
fn last_clause(words: &Words, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let start = range
        .clone()
        .rev()
        .find(|&i| {
            matches!(words.word(i), "!" | "?")
                || (words.word(i) == "." && !words.abbreviation_dot(i))
        })
        .map_or(range.start, |i| i + 1);
    start..range.end
}

fn evidence(p: &Parsed, (start, end): (usize, usize)) -> Evidence {
    Evidence {
        sentence: p.doc.sentence_at(start).unwrap_or(0),
        start,
        end,
        text: p.doc.text()[start..end].to_string(),
    }
}

/// The speaker as written, linked to the entity one of whose mentions overlaps it; a pronoun to
/// the nearest fitting entity mentioned before it in the same or the previous paragraph.
fn speaker(p: &Parsed, entities: &[Entity], (start, end): (usize, usize)) -> Speaker {
    let text = p.doc.text();
    let written = &text[start..end];
    let lower = written.to_lowercase();
    let entity = if PRONOUNS.contains(&lower.as_str()) {
        antecedent(p, entities, &lower, start)
    } else {
        overlapping(entities, start, end)
    };
    Speaker {
        text: written.to_string(),
        start,
        end,
        entity: entity.map(|e| e.id.clone()),
        actor: entity.and_then(|e| e.actor.clone()),
    }
}

fn overlapping(entities: &[Entity], start: usize, end: usize) -> Option<&Entity> {
    let overlap = |m_start: usize, m_end: usize| m_end.min(end).saturating_sub(m_start.max(start));
    entities
        .iter()
        .filter_map(|e| {
            let best = e
                .mentions
                .iter()
                .map(|m| (overlap(m.start, m.end), m.end - m.start))
                .max()?;
            (best.0 > 0).then_some((best, e))
        })
        .max_by_key(|(best, _)| *best)
        .map(|(_, e)| e)
}

/// The nearest mention before `at` of an entity the pronoun can refer to; none when that mention
/// is more than one paragraph back or when "I"/"we" (whose speaker the quote itself names).
fn antecedent<'e>(
    p: &Parsed,
    entities: &'e [Entity],
    pronoun: &str,
    at: usize,
) -> Option<&'e Entity> {
    let fits = |kind: EntityType| match pronoun {
        "he" | "she" => kind == EntityType::Person,
        "they" => matches!(kind, EntityType::Organization | EntityType::Group),
        "it" => kind == EntityType::Organization,
        _ => false,
    };
    let text = p.doc.text();
    let (mention_end, entity) = entities
        .iter()
        .filter(|e| fits(e.kind))
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.end <= at)
                .map(move |m| (m.end, e))
        })
        .max_by_key(|(end, _)| *end)?;
    // Offsets come from another stage: read them defensively.
    let breaks = text
        .get(mention_end..at)
        .map_or(usize::MAX, |between| between.matches('\n').count());
    (breaks <= 1).then_some(entity)
}
