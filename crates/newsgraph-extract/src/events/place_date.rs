//! Where and when an event happened: the place and time expression attached to it in the tree,
//! else a fitting place nearby and the publication date; and how dates of two statements of
//! the same event compare.
//!
//! **Invariant:** a date comes from a resolved time expression attached to the event's clause (or
//! a clause above it), or from the publication date, and `date_source` always says which; a
//! place is always a location entity of the article.

use super::lexicon::{LexEntry, Slot};
use super::tree::SentenceTree;
use crate::record::{DateSource, Entity, EntityType, EventPlace, TimeExpr};
use chrono::NaiveDate;

const LOCATIVE: &[&str] = &["in", "at", "near", "inside", "outside", "across", "within"];
/// Recipient prepositions that name where the actor goes ("arrive in Russia", "visit to Russia").
const DESTINATION: &[&str] = &["in", "to", "for", "into", "at"];
const TIME_RELS: &[&str] = &[
    "obl",
    "nmod",
    "advmod",
    "obl:tmod",
    "nmod:tmod",
    "obl:npmod",
];

pub struct Dated {
    pub date: Option<String>,
    pub source: DateSource,
}

/// The date of the event whose clause is `clause`.
pub fn date(
    tree: &SentenceTree,
    clause: usize,
    times: &[TimeExpr],
    published: Option<NaiveDate>,
) -> Dated {
    let chain = clause_chain(tree, clause);
    for &c in &chain {
        for t in times
            .iter()
            .filter(|t| t.sentence == tree.sentence && t.resolved)
        {
            let Some(tok) = (0..tree.len()).find(|&k| {
                tree.spans[k].0 <= t.start && t.start < tree.spans[k].1.max(tree.spans[k].0 + 1)
            }) else {
                continue;
            };
            let attached = std::iter::once(tok)
                .chain(tree.ancestors(tok))
                .any(|x| tree.head(x) == Some(c) && TIME_RELS.contains(&tree.deprel(x)))
                || tok == c;
            if attached {
                return Dated {
                    date: Some(t.value.clone()),
                    source: DateSource::Text,
                };
            }
        }
    }
    match published {
        Some(d) => Dated {
            date: Some(d.format("%Y-%m-%d").to_string()),
            source: DateSource::Publication,
        },
        None => Dated {
            date: None,
            source: DateSource::None,
        },
    }
}

/// The clause and the clauses and nouns above it whose time or place also holds for it; a
/// reported clause ("said on Monday that ...") does not take its reporter's time.
fn clause_chain(tree: &SentenceTree, clause: usize) -> Vec<usize> {
    let mut out = vec![clause];
    let mut cur = clause;
    while let Some(h) = tree.head(cur) {
        if matches!(tree.rel(cur), "ccomp" | "parataxis" | "csubj") || out.contains(&h) {
            break;
        }
        out.push(h);
        cur = h;
    }
    out
}

/// The place of the event triggered at `trigger`.
pub fn place(
    tree: &SentenceTree,
    trigger: usize,
    clause: usize,
    entities: &[Entity],
    entry: &LexEntry,
) -> Option<EventPlace> {
    let location_at = |tok: usize| -> Option<EventPlace> {
        let (s, e) = tree.spans[tok];
        entities
            .iter()
            .filter(|en| en.kind == EntityType::Location)
            .find_map(|en| {
                en.mentions
                    .iter()
                    .find(|m| m.sentence == tree.sentence && m.start <= s && e <= m.end)
                    .map(|m| event_place(en, &m.text))
            })
    };
    // 1. A destination recipient ("arrive in Russia") or a locative phrase on the trigger.
    let mut heads = vec![trigger];
    for c in clause_chain(tree, clause) {
        if !heads.contains(&c) {
            heads.push(c);
        }
    }
    for (n, &h) in heads.iter().enumerate() {
        for c in tree.children(h).iter().copied() {
            if !matches!(tree.rel(c), "obl" | "nmod" | "advmod") {
                continue;
            }
            let case = tree.case_of(c).unwrap_or_default();
            let destination = n == 0
                && matches!(&entry.recipient, Some(Slot::Prep(p)) if *p == case && DESTINATION.contains(&case.as_str()));
            if (LOCATIVE.contains(&case.as_str()) || destination)
                && let Some(p) = location_at(c)
            {
                return Some(p);
            }
        }
        // 2. "Sochi, where he will hold talks": the place a relative clause hangs from.
        if tree.deprel(h) == "acl:relcl"
            && tree.deps(h, &["advmod"]).any(|a| tree.forms[a] == "where")
            && let Some(p) = tree.head(h).and_then(location_at)
        {
            return Some(p);
        }
    }
    // 3. The nearest location in a locative phrase elsewhere in the sentence, but not one that
    // describes whoever reports or frames the event's clause ("Gbagbo's adviser in Paris said the
    // former president had been seized": the seizure was not in Paris).
    let above: Vec<usize> = tree.ancestors(trigger);
    let describes_reporter = |k: usize| {
        let mut cur = k;
        while let Some(h) = tree.head(cur) {
            if matches!(tree.rel(cur), "nsubj" | "nsubj:pass") {
                return above.contains(&h);
            }
            if matches!(tree.upos[h], "VERB" | "AUX") {
                return false;
            }
            cur = h;
        }
        false
    };
    (0..tree.len())
        .filter(|&k| {
            matches!(tree.rel(k), "obl" | "nmod")
                && tree
                    .case_of(k)
                    .is_some_and(|c| LOCATIVE.contains(&c.as_str()))
                && !describes_reporter(k)
        })
        .filter_map(|k| location_at(k).map(|p| (k.abs_diff(trigger), p)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, p)| p)
}

fn event_place(e: &Entity, text: &str) -> EventPlace {
    EventPlace {
        entity: Some(e.id.clone()),
        name: if e.name.is_empty() {
            text.to_string()
        } else {
            e.name.clone()
        },
        country: e
            .country
            .clone()
            .or_else(|| e.place.as_ref().and_then(|p| p.country.clone())),
        geonames_id: e.place.as_ref().and_then(|p| p.geonames_id),
        lat: e.place.as_ref().and_then(|p| p.lat),
        lon: e.place.as_ref().and_then(|p| p.lon),
    }
}

/// The days a TIMEX-style value covers: `2019-05-14`, `2019-05`, `2019-W20`, `2019`.
pub fn date_range(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    if let Ok(d) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Some((d, d));
    }
    if let Some((y, w)) = value.split_once("-W") {
        let (y, w) = (y.parse().ok()?, w.parse().ok()?);
        let start = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)?;
        return Some((start, start + chrono::Days::new(6)));
    }
    if let Some((y, m)) = value.split_once('-') {
        let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
        let start = NaiveDate::from_ymd_opt(y, m, 1)?;
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)?
        };
        return Some((start, next.pred_opt()?));
    }
    let y: i32 = value.parse().ok()?;
    Some((
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 12, 31)?,
    ))
}

/// Whether two statements' dates can be the same happening: two dates from the text when one
/// lies within the other ("this week" holds "Tuesday"); dates from elsewhere when equal.
pub fn compatible_dates(a: Option<&str>, sa: DateSource, b: Option<&str>, sb: DateSource) -> bool {
    if sa != sb {
        return false;
    }
    if sa != DateSource::Text {
        return a == b;
    }
    match (a.and_then(date_range), b.and_then(date_range)) {
        (Some((a0, a1)), Some((b0, b1))) => (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1),
        _ => a == b,
    }
}

/// Whether date `a` says more than date `b`: from the text rather than the publication date, or
/// a shorter span.
pub fn more_specific(a: Option<&str>, sa: DateSource, b: Option<&str>, sb: DateSource) -> bool {
    match (sa, sb) {
        (DateSource::Text, DateSource::Text) => {
            let len = |v: Option<&str>| v.and_then(date_range).map(|(s, e)| (e - s).num_days());
            matches!((len(a), len(b)), (Some(x), Some(y)) if x < y)
        }
        (DateSource::Text, _) => true,
        (DateSource::Publication, DateSource::None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn week_contains_its_tuesday() {
        let t = DateSource::Text;
        assert!(compatible_dates(Some("2019-W20"), t, Some("2019-05-14"), t));
        assert!(!compatible_dates(
            Some("2019-05-12"),
            t,
            Some("2019-05-13"),
            t
        ));
        let p = DateSource::Publication;
        assert!(!compatible_dates(
            Some("2019-05-12"),
            p,
            Some("2019-05-12"),
            t
        ));
        assert!(compatible_dates(
            Some("2019-05-12"),
            p,
            Some("2019-05-12"),
            p
        ));
        assert!(more_specific(Some("2019-05-14"), t, Some("2019-W20"), t));
        assert!(!more_specific(Some("2019-W20"), t, Some("2019-05-14"), t));
        assert_eq!(date_range("2019-02").unwrap().1.day(), 28);
    }
}
