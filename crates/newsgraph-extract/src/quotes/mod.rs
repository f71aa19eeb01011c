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
        // "so-called" marks scare quotes whatever their length: the so-called "flood defence
        // system" is nobody's quotation.
        let lead = text[..span.open].trim_end().to_lowercase();
        if lead.ends_with("so-called") || lead.ends_with("so called") {
            continue;
        }
        let mut found = attribute(p, &words, span, previous_close, &paragraph_ranges, short);
        // "Reports: ‘streamlined’ asylum process …": a name and a colon attribute a quotation
        // that runs to the end of its clause, not a word inside a longer headline.
        if found
            .as_ref()
            .is_some_and(|(a, _)| &text[a.cue.0..a.cue.1] == ":")
            && clause_goes_on(text, span, &paragraph_ranges)
        {
            found = None;
        }
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
            quote.speaker = a.speaker.map(|s| speaker(p, entities, &spans, s));
        } else if word_count <= SCARE_QUOTE_WORDS || cited_title(text, span, &paragraph_ranges) {
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
    // "… after the United Nations High Commissioner for Refugees "recommended it"": a name
    // right before the mark is the subject of a new voice, not the end of an attribution.
    let new_subject = between
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().last().is_some_and(char::is_alphanumeric)
        });
    stops == 0 && between.len() <= 200 && !new_subject
}

/// The text after a quoted span, to the end of its paragraph.
fn rest_of_paragraph<'t>(
    text: &'t str,
    span: &QuotedSpan,
    paragraphs: &[(usize, usize)],
) -> &'t str {
    let end = paragraphs.get(span.paragraph).map_or(text.len(), |p| p.1);
    text.get(span.close.min(end)..end).unwrap_or("")
}

/// Whether words follow a quoted span before its clause ends: `‘streamlined’ UK asylum process`.
fn clause_goes_on(text: &str, span: &QuotedSpan, paragraphs: &[(usize, usize)]) -> bool {
    rest_of_paragraph(text, span, paragraphs)
        .split(['.', ';', ':', '!', '?'])
        .next()
        .is_some_and(|clause| clause.chars().any(char::is_alphanumeric))
}

/// A title cited with its source after a dash, as in a list of sources: `"Document found on
/// street not secret, say feds" — The Canadian Press, August 15, 2008`. Not a quotation.
fn cited_title(text: &str, span: &QuotedSpan, paragraphs: &[(usize, usize)]) -> bool {
    rest_of_paragraph(text, span, paragraphs)
        .trim_start()
        .starts_with(['\u{2014}', '\u{2013}'])
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
    let sentence_tokens = last_clause(words, words.range(floor, span.open));
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
            .or_else(|| words.within(clause.clone(), clause.start))
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
            // "Xi told Biden that Taiwan was "…," according to a readout": the speech verb in
            // the quotation's own clause names the speaker; "according to" names the source.
            let according = p.doc.text()[a.cue.0..a.cue.1].eq_ignore_ascii_case("according to");
            if according
                && let Some(inside) = words.within(before.clone(), sentence_tokens.start)
                && !words.framing_cue(inside.cue.0)
            {
                return Some((inside, true));
            }
            return Some((a, false));
        }
    }
    if let Some(a) = words.within(before.clone(), sentence_tokens.start) {
        return Some((a, true));
    }
    // A quotation opening its sentence, introduced by the sentence before it in the paragraph.
    if before.is_empty()
        && !short
        && let Some(s) = p.doc.sentence_at(span.open)
        && let Some(previous) = s.checked_sub(1).and_then(|k| p.doc.sentences.get(k))
        && previous.start >= p_start
    {
        return words
            .introducing(words.range(previous.start, previous.end))
            .map(|a| (a, false));
    }
    None
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
/// the entity it most likely refers to ([`antecedent`]).
fn speaker(
    p: &Parsed,
    entities: &[Entity],
    spans: &[QuotedSpan],
    (start, end): (usize, usize),
) -> Speaker {
    let text = p.doc.text();
    let written = &text[start..end];
    let lower = written.to_lowercase();
    let entity = if PRONOUNS.contains(&lower.as_str()) {
        antecedent(p, entities, spans, &lower, start)
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// Titles that give a person's gender.
const MALE_TITLES: &[&str] = &["mr", "sir", "king", "prince", "lord"];
const FEMALE_TITLES: &[&str] = &["mrs", "ms", "miss", "dame", "lady", "queen", "princess"];

/// What the article says of a person's gender: a title before a mention ("Mrs Dreyer"), or a
/// gendered pronoun later in a sentence where that person is the only one named ("Merkel,
/// speaking in Washington at the end of her last visit, …"). `None` when it says nothing or
/// both.
fn gender(
    p: &Parsed,
    entities: &[Entity],
    person: &Entity,
    spans: &[QuotedSpan],
) -> Option<Gender> {
    let text = p.doc.text();
    let (mut male, mut female) = (0, 0);
    for m in &person.mentions {
        let title = text
            .get(..m.start)
            .unwrap_or("")
            .trim_end()
            .trim_end_matches('.')
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        male += usize::from(MALE_TITLES.contains(&title.as_str()));
        female += usize::from(FEMALE_TITLES.contains(&title.as_str()));
        let s = sentence_of(p, m);
        let Some(sentence) = p.doc.sentences.get(s) else {
            continue;
        };
        let alone = !entities.iter().any(|e| {
            e.id != person.id
                && e.kind == EntityType::Person
                && e.mentions.iter().any(|o| sentence_of(p, o) == s)
        });
        if !alone {
            continue;
        }
        let after = m.end.min(sentence.end);
        for (offset, word) in text
            .get(after..sentence.end)
            .unwrap_or("")
            .split(|c: char| !c.is_alphabetic())
            .scan(after, |at, w| {
                let here = *at;
                *at += w.len() + 1;
                Some((here, w))
            })
        {
            if in_quotation(spans, offset) {
                continue;
            }
            match word.to_lowercase().as_str() {
                "he" | "his" | "him" | "himself" => male += 1,
                "she" | "her" | "hers" | "herself" => female += 1,
                _ => {}
            }
        }
    }
    match (male, female) {
        (0, 0) => None,
        (m, 0) if m > 0 => Some(Gender::Male),
        (0, f) if f > 0 => Some(Gender::Female),
        _ => None,
    }
}

/// The sentence a mention lies in, from the document itself (the mention's own field comes from
/// another stage).
fn sentence_of(p: &Parsed, m: &crate::record::Mention) -> usize {
    p.doc.sentence_at(m.start).unwrap_or(m.sentence)
}

fn in_quotation(spans: &[QuotedSpan], at: usize) -> bool {
    spans.iter().any(|s| s.open <= at && at < s.close)
}

/// The entity a pronoun speaker refers to. News names the speaker as the subject of a sentence
/// and goes on with "he said": so the antecedent is the first fitting mention of the nearest
/// sentence before the pronoun that has one ("Biden said he had spoken frankly with Xi. "…," he
/// said" is Biden, not Xi), skipping people whose gender the article gives otherwise
/// ("Merkel praised the nurses whom Spahn had thanked. "…," she said" is Merkel) and words
/// inside quotation marks. None when that sentence is more than one paragraph back, or for
/// "I"/"we" (whose speaker the quotation itself names).
fn antecedent<'e>(
    p: &Parsed,
    entities: &'e [Entity],
    spans: &[QuotedSpan],
    pronoun: &str,
    at: usize,
) -> Option<&'e Entity> {
    let wanted = match pronoun {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    };
    let fits = |e: &Entity| {
        let kind_fits = match pronoun {
            "he" | "she" => e.kind == EntityType::Person,
            "they" => matches!(e.kind, EntityType::Organization | EntityType::Group),
            "it" => e.kind == EntityType::Organization,
            _ => false,
        };
        kind_fits
            && match (wanted, gender(p, entities, e, spans)) {
                (Some(w), Some(g)) => w == g,
                _ => true,
            }
    };
    let text = p.doc.text();
    // (sentence, start) of each fitting mention before the pronoun: the latest sentence wins,
    // then the earliest mention in it.
    let (_, mention_end, entity) = entities
        .iter()
        .filter(|e| fits(e))
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.end <= at && !in_quotation(spans, m.start))
                .map(move |m| ((sentence_of(p, m), std::cmp::Reverse(m.start)), m.end, e))
        })
        .max_by_key(|(key, _, _)| *key)?;
    // Offsets come from another stage: read them defensively.
    let breaks = text
        .get(mention_end..at)
        .map_or(usize::MAX, |between| between.matches('\n').count());
    (breaks <= 1).then_some(entity)
}
