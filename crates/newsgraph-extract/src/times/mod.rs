//! Time expressions in the forms news uses ("on Tuesday", "May 28", "last week", "two days ago",
//! "in the 1990s", "this summer"), normalised to TIMEX3-style values against the publication date.
//!
//! **Invariant:** an expression's `text`, `start` and `end` cover the expression without the
//! preposition that introduces it ("Tuesday" for "on Tuesday"), never cross a sentence, and never
//! overlap another expression (the longest one wins). Values follow [`resolve`]: never a guess.
//!
//! Recognition is by patterns over the sentence text (so it does not depend on how the tokenizer
//! splits "28th" or "2019-05-14"); the tense that decides the direction of a bare weekday or month
//! comes from the nearest verb cue in the sentence: the tagger's XPOS (`VBD`, `VBN`) when the models
//! ran, else past forms and auxiliaries (`was`, `had`, `left`, `-ed`), and `will`/`shall` for the
//! future either way. See docs/times.md.

pub mod resolve;

use crate::Parsed;
use crate::record::{Granularity, TimeExpr};
use chrono::{NaiveDate, Weekday};
use newsgraph_text::normalize;
use regex::{Captures, Regex};
use std::sync::LazyLock;

pub use resolve::{Resolved, Season, Shift, Tense, TimeKind, Unit, resolve};

const MONTH: &str = r"(?P<m>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))";
const FULL_MONTH: &str = r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b";
const ORDINAL: &str = r"(?:st|nd|rd|th)?";

/// Month names that are also common words ("may", "march") or first names: taken alone only
/// after a preposition or a modifier ("in May", "last March").
const AMBIGUOUS_MONTHS: &[u32] = &[3, 4, 5, 6, 8];
const MONTH_CONTEXT: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of",
    "and", "or", "to", "between", "early", "mid", "late", "last", "next", "this",
];
/// Nouns that make a four-digit number a count, not a year ("2000 troops").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "troops",
    "soldiers",
    "civilians",
    "refugees",
    "migrants",
    "workers",
    "members",
    "votes",
    "dollars",
    "euros",
    "pounds",
    "deaths",
    "cases",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "tons",
    "tonnes",
    "barrels",
    "units",
    "homes",
    "houses",
    "jobs",
    "students",
    "children",
    "men",
    "women",
    "times",
    "police",
    "officers",
    "rockets",
    "missiles",
    "prisoners",
    "protesters",
    "residents",
    "families",
    "year",
    "years",
];

type Build = fn(&Captures, &str) -> Option<TimeKind>;

struct Pattern {
    re: Regex,
    build: Build,
}

fn pattern(re: &str, build: Build) -> Pattern {
    // The patterns are constants of this module; a typo fails every test at once.
    Pattern {
        re: Regex::new(re).unwrap_or_else(|e| panic!("time pattern {re}: {e}")),
        build,
    }
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        // Clock times: "3 p.m.", "10:30 am", "15:00 GMT". A bare "15:00" or "3:1" could be a
        // score or a ratio, so a 24-hour time needs its zone.
        pattern(
            r"\b(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s?(?P<ap>[ap])(?:\.m\.|m\b)",
            |c, _| {
                let hour: u32 = num(c, "h")?;
                let pm = c.name("ap").is_some_and(|m| m.as_str() == "p");
                let hour = match (hour, pm) {
                    (12, false) => 0,
                    (12, true) => 12,
                    (h, true) => h + 12,
                    (h, false) => h,
                };
                Some(TimeKind::Clock {
                    hour,
                    minute: num(c, "mi").unwrap_or(0),
                })
            },
        ),
        pattern(
            r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\s?(?:GMT|UTC|local time)\b",
            |c, _| {
                Some(TimeKind::Clock {
                    hour: num(c, "h")?,
                    minute: num(c, "mi")?,
                })
            },
        ),
        pattern(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b", |c, _| {
            NaiveDate::from_ymd_opt(num(c, "y")?, num(c, "mo")?, num(c, "d")?).map(TimeKind::Date)
        }),
        pattern(
            &format!(r"\b{MONTH}\s+(?P<d>\d{{1,2}}){ORDINAL},?\s+(?P<y>\d{{4}})\b"),
            full_date,
        ),
        pattern(
            &format!(r"\b(?P<d>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?{MONTH},?\s+(?P<y>\d{{4}})\b"),
            full_date,
        ),
        pattern(
            &format!(r"\b{MONTH}\s+(?P<d>\d{{1,2}}){ORDINAL}\b"),
            month_day,
        ),
        pattern(
            &format!(r"\b(?P<d>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?{MONTH}"),
            month_day,
        ),
        pattern(&format!(r"\b{FULL_MONTH},?\s+(?P<y>\d{{4}})\b"), |c, _| {
            Some(TimeKind::Month {
                month: month_number(c.name("m")?.as_str())?,
                year: Some(num(c, "y")?),
                shift: None,
            })
        }),
        pattern(
            &format!(
                r"\b(?:(?P<shift>(?i:last|next|this|early|mid|late|earlier|later))[\s-]+)?{FULL_MONTH}"
            ),
            bare_month,
        ),
        pattern(
            r"\b(?:(?P<shift>(?i:last|next|this|coming|past))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?\b",
            |c, _| {
                Some(TimeKind::Weekday {
                    day: c.name("wd")?.as_str().parse::<Weekday>().ok()?,
                    shift: c.name("shift").and_then(|s| shift_word(s.as_str())),
                    part: c.name("part").and_then(|p| part_of_day(p.as_str())),
                })
            },
        ),
        pattern(
            r"\b(?P<w>(?i:yesterday|today|tonight|tomorrow|last\s+night))(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?\b",
            |c, _| {
                let w = c.name("w")?.as_str().to_lowercase();
                let (offset, own_part) = match w.split_whitespace().next()? {
                    "yesterday" => (-1, None),
                    "today" => (0, None),
                    "tonight" => (0, Some("NI")),
                    "tomorrow" => (1, None),
                    _ => (-1, Some("NI")),
                };
                let part = c
                    .name("part")
                    .and_then(|p| part_of_day(p.as_str()))
                    .or(own_part);
                Some(TimeKind::RelativeDay { offset, part })
            },
        ),
        pattern(
            r"\b(?i:this\s+(?P<part>morning|afternoon|evening))\b",
            |c, _| {
                Some(TimeKind::RelativeDay {
                    offset: 0,
                    part: part_of_day(c.name("part")?.as_str()),
                })
            },
        ),
        pattern(
            r"\b(?i:(?:(?:earlier|later)\s+)?(?P<shift>last|this|next|past|coming)\s+(?P<unit>weekend|week|month|year|quarter))\b",
            |c, _| {
                let offset = match shift_word(c.name("shift")?.as_str())? {
                    Shift::Last => -1,
                    Shift::This => 0,
                    Shift::Next => 1,
                };
                Some(TimeKind::Relative {
                    unit: unit_word(c.name("unit")?.as_str())?,
                    offset,
                })
            },
        ),
        pattern(
            r"\b(?i:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?P<unit>day|week|month|year)s?\s+ago)\b",
            |c, _| {
                Some(TimeKind::Relative {
                    unit: unit_word(c.name("unit")?.as_str())?,
                    offset: -count_word(c.name("n")?.as_str())?,
                })
            },
        ),
        pattern(r"\b(?P<y>1[89]\d{2}|20\d{2})\b", |c, _| {
            Some(TimeKind::Year(num(c, "y")?))
        }),
        pattern(r"\b(?:(?i:the)\s+)?(?P<y>1[89]\d0|20\d0)s\b", |c, _| {
            Some(TimeKind::Decade(num(c, "y")?))
        }),
        pattern(
            r"\b(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)(?:\s+(?i:of)\s+(?P<y>\d{4}))?\b",
            quarter,
        ),
        pattern(r"\bQ(?P<q>[1-4])(?:\s+(?P<y>\d{4}))?\b", quarter),
        pattern(
            r"\b(?:(?P<shift>(?i:last|this|next|early|late))\s+)?(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:of\s+)?(?P<y>\d{4}))?\b",
            |c, before| {
                let shift = c.name("shift").and_then(|s| shift_word(s.as_str()));
                let year = c.name("y").and_then(|y| y.as_str().parse().ok());
                let modified = c.name("shift").is_some() || year.is_some();
                // "fall" and "spring" are verbs too: alone, only "in the fall" counts.
                let previous: Vec<String> = before
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .map(str::to_lowercase)
                    .collect();
                let in_the = previous.first().is_some_and(|w| w == "the")
                    && previous
                        .get(1)
                        .is_some_and(|w| MONTH_CONTEXT.contains(&w.as_str()));
                if !modified && !in_the {
                    return None;
                }
                let season = match c.name("s")?.as_str().to_lowercase().as_str() {
                    "spring" => Season::Spring,
                    "summer" => Season::Summer,
                    "winter" => Season::Winter,
                    _ => Season::Autumn,
                };
                Some(TimeKind::Season {
                    season,
                    year,
                    shift,
                })
            },
        ),
        pattern(
            r"\b(?i:the\s+same\s+(?:day|date|night|morning|evening))\b",
            |_, _| Some(TimeKind::FromPreviousDay { offset: 0 }),
        ),
        pattern(
            r"\b(?i:the\s+(?P<w>next|following|previous|preceding)\s+day|the\s+day\s+(?P<w2>before|after))\b",
            |c, _| {
                let w = c
                    .name("w")
                    .or_else(|| c.name("w2"))?
                    .as_str()
                    .to_lowercase();
                let offset = if matches!(w.as_str(), "next" | "following" | "after") {
                    1
                } else {
                    -1
                };
                Some(TimeKind::FromPreviousDay { offset })
            },
        ),
        pattern(
            r"\b(?i:(?:the\s+)?(?:(?P<n>1\d|2\d|[1-9])(?:st|nd|rd|th)|(?P<w>nineteenth|twentieth|twenty-first))\s+century)\b",
            |c, _| {
                let n = match c.name("w").map(|w| w.as_str().to_lowercase()) {
                    Some(w) if w == "nineteenth" => 19,
                    Some(w) if w == "twentieth" => 20,
                    Some(_) => 21,
                    None => num(c, "n")?,
                };
                Some(TimeKind::Century(n))
            },
        ),
    ]
});

fn num<T: std::str::FromStr>(c: &Captures, name: &str) -> Option<T> {
    c.name(name)?.as_str().parse().ok()
}

fn month_number(name: &str) -> Option<u32> {
    const PREFIXES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_lowercase();
    PREFIXES
        .iter()
        .position(|p| lower.starts_with(p))
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn full_date(c: &Captures, _: &str) -> Option<TimeKind> {
    let month = month_number(c.name("m")?.as_str())?;
    NaiveDate::from_ymd_opt(num(c, "y")?, month, num(c, "d")?).map(TimeKind::Date)
}

fn month_day(c: &Captures, _: &str) -> Option<TimeKind> {
    let month = month_number(c.name("m")?.as_str())?;
    let day: u32 = num(c, "d")?;
    (1..=31)
        .contains(&day)
        .then_some(TimeKind::MonthDay { month, day })
}

fn bare_month(c: &Captures, before: &str) -> Option<TimeKind> {
    let month = month_number(c.name("m")?.as_str())?;
    let modifier = c.name("shift").map(|s| s.as_str().to_lowercase());
    let previous = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    if modifier.is_none()
        && AMBIGUOUS_MONTHS.contains(&month)
        && !MONTH_CONTEXT.contains(&previous.as_str())
    {
        return None;
    }
    Some(TimeKind::Month {
        month,
        year: None,
        shift: modifier.as_deref().and_then(shift_word),
    })
}

fn quarter(c: &Captures, _: &str) -> Option<TimeKind> {
    let q = c.name("q")?.as_str().to_lowercase();
    let quarter = match q.as_str() {
        "first" | "1st" | "1" => 1,
        "second" | "2nd" | "2" => 2,
        "third" | "3rd" | "3" => 3,
        _ => 4,
    };
    Some(TimeKind::Quarter {
        quarter,
        year: c.name("y").and_then(|y| y.as_str().parse().ok()),
    })
}

fn shift_word(w: &str) -> Option<Shift> {
    match w.to_lowercase().as_str() {
        "last" | "past" => Some(Shift::Last),
        "this" => Some(Shift::This),
        "next" | "coming" => Some(Shift::Next),
        _ => None,
    }
}

fn part_of_day(w: &str) -> Option<&'static str> {
    match w.to_lowercase().as_str() {
        "morning" => Some("MO"),
        "afternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" => Some("NI"),
        _ => None,
    }
}

fn unit_word(w: &str) -> Option<Unit> {
    match w.to_lowercase().as_str() {
        "day" => Some(Unit::Day),
        "week" => Some(Unit::Week),
        "weekend" => Some(Unit::Weekend),
        "month" => Some(Unit::Month),
        "quarter" => Some(Unit::Quarter),
        "year" => Some(Unit::Year),
        _ => None,
    }
}

fn count_word(w: &str) -> Option<i64> {
    const WORDS: [&str; 13] = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let lower = w.to_lowercase();
    if lower == "an" {
        return Some(1);
    }
    match WORDS.iter().position(|x| *x == lower) {
        Some(0) => Some(1),
        Some(i) => i64::try_from(i).ok(),
        None => lower.parse().ok(),
    }
}

/// A recognised expression: its byte range in the text it was found in, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognised {
    pub start: usize,
    pub end: usize,
    pub kind: TimeKind,
}

/// Finds the time expressions of one stretch of text (a sentence), longest first where they
/// overlap, in text order. Offsets are relative to `text`.
pub fn recognise(text: &str) -> Vec<Recognised> {
    let mut found: Vec<Recognised> = Vec::new();
    for p in PATTERNS.iter() {
        for c in p.re.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            if let Some(kind) = (p.build)(&c, &text[..m.start()]) {
                if matches!(kind, TimeKind::Year(_))
                    && !year_fits(&text[..m.start()], &text[m.end()..])
                {
                    continue;
                }
                found.push(Recognised {
                    start: m.start(),
                    end: m.end(),
                    kind,
                });
            }
        }
    }
    found.sort_by_key(|r| (std::cmp::Reverse(r.end - r.start), r.start));
    let mut kept: Vec<Recognised> = Vec::new();
    for r in found {
        if kept.iter().all(|k| r.end <= k.start || k.end <= r.start) {
            kept.push(r);
        }
    }
    kept.sort_by_key(|r| r.start);
    kept
}

/// A four-digit number is a year unless money or a count: "$2019", "2000 troops", "2,019".
fn year_fits(before: &str, after: &str) -> bool {
    let prev = before.chars().next_back();
    if matches!(prev, Some('$' | '€' | '£' | ',' | '.')) {
        return false;
    }
    // "a 2000 year old tradition", "a 2000-year-old tradition".
    let next = after
        .trim_start_matches('-')
        .split(|c: char| c.is_whitespace() || c == '-')
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .trim_matches(|ch: char| !ch.is_alphanumeric())
        .to_lowercase();
    !after.starts_with('%') && !COUNT_NOUNS.contains(&next.as_str())
}

/// Auxiliaries and verbs that put a clause in the future.
const FUTURE_CUES: &[&str] = &[
    "will",
    "wo",
    "'ll",
    "ll",
    "shall",
    "going",
    "tomorrow",
    "expected",
    "scheduled",
    "plans",
    "planning",
    "due",
    "upcoming",
];
/// Past forms that the `-ed` rule misses; reporting verbs ("said", "told") are left out because
/// the tense of an attribution says nothing about the event reported.
const PAST_CUES: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "been",
    "left",
    "met",
    "went",
    "came",
    "took",
    "made",
    "held",
    "gave",
    "saw",
    "began",
    "fought",
    "won",
    "lost",
    "fled",
    "sent",
    "spent",
    "brought",
    "struck",
    "stood",
    "rose",
    "fell",
    "led",
    "ran",
    "wrote",
    "spoke",
    "broke",
    "chose",
    "flew",
    "grew",
    "knew",
    "threw",
    "shot",
    "hit",
    "beat",
    "caught",
    "sought",
    "found",
    "kept",
    "built",
    "paid",
    "sold",
    "laid",
    "ago",
    "yesterday",
    "took",
    "withdrew",
    "overthrew",
    "became",
    "swore",
];
/// Words ending in "-ed" that are not past verbs, or are usually adjectives in news.
const NOT_PAST_ED: &[&str] = &[
    "united",
    "based",
    "related",
    "concerned",
    "interested",
    "detailed",
    "limited",
    "supposed",
    "used",
    "alleged",
    "armed",
    "advanced",
    "experienced",
    "qualified",
    "skilled",
    "divided",
    "mixed",
    "married",
    "hundred",
    "expected",
    "scheduled",
    "red",
    "bed",
    "shed",
    "indeed",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Past,
    Future,
}

/// The tense cue of `word`, given its neighbours: "set to", "is to" and "due to" look ahead, and
/// a participle after "be" ("is to be held", "will be signed") is passive, not past.
fn cue_of(word: &str, previous: &str, next: &str, xpos: Option<&str>) -> Option<Cue> {
    if FUTURE_CUES.contains(&word)
        || (matches!(word, "set" | "is" | "are" | "poised") && next == "to")
    {
        return Some(Cue::Future);
    }
    if matches!(previous, "be" | "being") {
        return None;
    }
    if let Some(tag) = xpos {
        return matches!(tag, "VBD" | "VBN").then_some(Cue::Past);
    }
    if PAST_CUES.contains(&word) {
        return Some(Cue::Past);
    }
    let regular_past = word.len() >= 5
        && word.ends_with("ed")
        && (!word.ends_with("eed") || matches!(word, "agreed" | "freed" | "decreed"))
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_PAST_ED.contains(&word);
    regular_past.then_some(Cue::Past)
}

/// The tense of the clause around bytes `start..end` of sentence `s`: the cue nearest to the
/// expression, outside it.
fn tense_at(p: &Parsed, s: usize, start: usize, end: usize) -> Tense {
    let text = p.doc.text();
    let Some(sentence) = p.doc.sentences.get(s) else {
        return Tense::Unknown;
    };
    let analysis = p.analyses.get(s).filter(|_| p.analysed);
    let mut best: Option<(usize, Cue)> = None;
    let tokens = &p.doc.tokens[sentence.tokens.clone()];
    let words: Vec<String> = tokens
        .iter()
        .map(|t| normalize(t.text(text)).to_lowercase())
        .collect();
    let cue_at = |k: usize| {
        let previous = k.checked_sub(1).map_or("", |j| words[j].as_str());
        let next = words.get(k + 1).map_or("", String::as_str);
        cue_of(
            &words[k],
            previous,
            next,
            analysis.and_then(|a| a.xpos.get(k).copied()),
        )
    };
    // The verb that governs the expression decides first ("will meet in Berlin in September, an
    // official said" is the coming September, though "said" is nearer).
    if let Some(a) = analysis {
        let inside: Vec<usize> = (0..tokens.len())
            .filter(|&k| tokens[k].start >= start && tokens[k].end <= end)
            .collect();
        if let Some(cue) = governing_verb(a, &inside).and_then(|v| {
            let auxiliaries = (0..tokens.len())
                .filter(|&c| a.heads.get(c) == Some(&(v + 1)))
                .filter(|&c| a.deprels.get(c).is_some_and(|d| d.starts_with("aux")));
            auxiliaries.filter_map(cue_at).next().or_else(|| cue_at(v))
        }) {
            return match cue {
                Cue::Past => Tense::Past,
                Cue::Future => Tense::Future,
            };
        }
    }
    for (k, t) in tokens.iter().enumerate() {
        let distance = if t.end <= start {
            start - t.end
        } else if t.start >= end {
            t.start - end
        } else {
            continue;
        };
        if let Some(cue) = cue_at(k)
            && best.is_none_or(|(d, _)| distance < d)
        {
            best = Some((distance, cue));
        }
    }
    match best {
        Some((_, Cue::Past)) => Tense::Past,
        Some((_, Cue::Future)) => Tense::Future,
        None => Tense::Unknown,
    }
}

/// The verb or auxiliary-bearing predicate that governs the expression made of tokens `inside`
/// (sentence-relative): up the tree from the expression's head to the first verb, at most a few
/// steps so that a long noun chain does not reach a distant clause.
fn governing_verb(a: &newsgraph_models::Analysis, inside: &[usize]) -> Option<usize> {
    let head_of = |k: usize| a.heads.get(k).and_then(|h| h.checked_sub(1));
    // The expression's own head: the token whose head lies outside it.
    let mut k = *inside
        .iter()
        .find(|&&k| head_of(k).is_none_or(|h| !inside.contains(&h)))?;
    for _ in 0..4 {
        k = head_of(k)?;
        if matches!(a.upos.get(k), Some(&"VERB")) {
            return Some(k);
        }
    }
    None
}

/// The day a resolved value names, for "the same day" later on.
fn day_of(r: &Resolved) -> Option<NaiveDate> {
    if !r.resolved || !matches!(r.granularity, Granularity::Day | Granularity::Time) {
        return None;
    }
    NaiveDate::parse_from_str(r.value.get(..10)?, "%Y-%m-%d").ok()
}

/// Every time expression of the article, in text order, normalised against `published`.
pub fn find(p: &Parsed, published: Option<NaiveDate>) -> Vec<TimeExpr> {
    let text = p.doc.text();
    let mut out = Vec::new();
    let mut previous_day = None;
    for (s, sentence) in p.doc.sentences.iter().enumerate() {
        let Some(sentence_text) = text.get(sentence.start..sentence.end) else {
            continue;
        };
        let recognised = recognise(sentence_text);
        // A clock time belongs to the day named in its own sentence ("on Monday at 3 p.m."), and
        // to no day when the sentence names none: the publication day would be a guess. Only
        // sentences with a clock time pay for finding that day.
        let is_clock = |r: &Recognised| matches!(r.kind, TimeKind::Clock { .. });
        let sentence_day = if recognised.iter().any(is_clock) {
            recognised.iter().filter(|r| !is_clock(r)).find_map(|r| {
                let (start, end) = (sentence.start + r.start, sentence.start + r.end);
                day_of(&resolve(
                    &r.kind,
                    tense_at(p, s, start, end),
                    published,
                    previous_day,
                ))
            })
        } else {
            None
        };
        for r in recognised {
            let (start, end) = (sentence.start + r.start, sentence.start + r.end);
            let tense = tense_at(p, s, start, end);
            let anchor = if is_clock(&r) {
                sentence_day
            } else {
                previous_day
            };
            let resolved = resolve(&r.kind, tense, published, anchor);
            if let Some(d) = day_of(&resolved) {
                previous_day = Some(d);
            }
            out.push(TimeExpr {
                text: text[start..end].to_string(),
                start,
                end,
                sentence: s,
                value: resolved.value,
                granularity: resolved.granularity,
                resolved: resolved.resolved,
            });
        }
    }
    out
}

/// Normalises the first expression in `phrase` (e.g. "on Tuesday") as if it sat in a clause of
/// the given tense: the entry point of the golden tests and of anyone normalising a lone phrase.
pub fn normalise(phrase: &str, tense: Tense, published: Option<NaiveDate>) -> Option<Resolved> {
    let r = recognise(phrase).into_iter().next()?;
    Some(resolve(&r.kind, tense, published, None))
}
