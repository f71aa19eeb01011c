//! Exports in GDELT 2.0's tab-separated layouts: Events (61 columns), Mentions (16) and GKG 2.1
//! (27), column by column as docs/gdelt.md describes; and JSONL, the stored records as they were.
//!
//! **Invariant:** every row has exactly the layout's column count, no field holds a tab or a
//! newline, and output order follows storage order, so an export is reproducible. One GDELT
//! event is one story cluster's event: the same CAMEO code between the same actors on the same
//! date, however many articles report it (NumArticles, NumSources, NumMentions count them).
//! Geography columns carry FIPS 10-4 country codes, as GDELT's do (data/gdelt/fips.tsv); actor
//! country columns keep CAMEO/ISO alpha-3 codes, as GDELT's do.

use crate::{Store, StoreError, StoredArticle};
use chrono::{Datelike, NaiveDate};
use newsgraph_extract::Record;
use newsgraph_extract::record::{EntityType, Event, Participant, PlaceKind};
use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::sync::OnceLock;

pub const EVENT_COLUMNS: usize = 61;
pub const MENTION_COLUMNS: usize = 16;
pub const GKG_COLUMNS: usize = 27;

/// Role codes that may lead an actor code when no country is known (CAMEO agents).
const ROLE_CODES: &[&str] = &[
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
    "HLH", "REF", "LAB", "LEG", "ELI", "AGR", "ENV", "HRI", "NGO", "IGO", "UAF", "SEP", "INS",
    "MOD", "RAD", "REL",
];

/// ISO 3166-1 alpha-3 -> FIPS 10-4, written by scripts/kb/fips.py from GeoNames (CC BY 4.0).
/// Built in, so an export never depends on a data directory and is the same on every machine.
const FIPS_TSV: &str = include_str!("../../../data/gdelt/fips.tsv");

/// The FIPS 10-4 country code GDELT's geography columns use for an ISO alpha-3 code, or `None`
/// for a code the table does not know (a region, a CAMEO-only code, a typo).
pub fn fips_country(iso3: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            FIPS_TSV
                .lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with("iso3\t"))
                .filter_map(|l| l.split_once('\t'))
                .collect()
        })
        .get(iso3)
        .copied()
}

/// GDELT's ADM1 code: the FIPS country code followed by the place's admin-1 code (GeoNames'
/// admin1 code, "CA" for California gives "USCA"), or the FIPS country alone when the place has
/// no admin-1 code (a country, or GeoNames' "00", which means none). Empty for an unknown country.
pub fn adm1_code(iso3: &str, admin1: Option<&str>) -> String {
    let Some(fips) = fips_country(iso3) else {
        return String::new();
    };
    match admin1 {
        Some(a) if !a.is_empty() && a != "00" && a.bytes().all(|b| b.is_ascii_alphanumeric()) => {
            format!("{fips}{a}")
        }
        _ => fips.to_string(),
    }
}

/// Writes the stored records, one JSON object per line, exactly as stored.
pub fn write_jsonl(store: &dyn Store, out: &mut dyn Write) -> Result<u64, StoreError> {
    let mut n = 0;
    store.for_each_article(&mut |a| {
        out.write_all(a.record_json.as_bytes())?;
        out.write_all(b"\n")?;
        n += 1;
        Ok(())
    })?;
    Ok(n)
}

pub(crate) fn parse(a: &StoredArticle) -> Result<Record, StoreError> {
    serde_json::from_str(&a.record_json).map_err(|source| StoreError::Record {
        article: a.record_json.chars().take(60).collect(),
        source,
    })
}

/// A field with tabs and line breaks turned into spaces.
fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn row(out: &mut dyn Write, fields: &[String], expected: usize) -> Result<(), StoreError> {
    debug_assert_eq!(fields.len(), expected);
    let line = fields
        .iter()
        .map(|f| clean(f))
        .collect::<Vec<_>>()
        .join("\t");
    out.write_all(line.as_bytes())?;
    out.write_all(b"\n")?;
    Ok(())
}

/// The event's calendar date: its own when it is a full date, else the article's.
pub(crate) fn event_date(ev: &Event, record: &Record) -> Option<NaiveDate> {
    ev.date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok())
        .or_else(|| record.article.published.map(|p| p.date()))
}

/// `YYYYMMDDHHMMSS` of the article's publication (midnight for a bare date).
fn timestamp(record: &Record) -> String {
    match record.article.published {
        Some(newsgraph_text::Published::Time(t)) => t
            .with_timezone(&chrono::Utc)
            .format("%Y%m%d%H%M%S")
            .to_string(),
        Some(p) => format!("{}000000", p.date().format("%Y%m%d")),
        None => String::new(),
    }
}

/// The key that makes articles' events one GDELT event.
pub(crate) fn event_key(story: &str, ev: &Event, record: &Record) -> String {
    let code = |ps: &[Participant]| {
        ps.first()
            .and_then(|p| p.actor.as_ref().map(|c| c.as_str().to_string()))
            .unwrap_or_default()
    };
    let date = event_date(ev, record)
        .map(|d| d.to_string())
        .unwrap_or_default();
    format!(
        "{story}|{}|{}|{}|{date}",
        ev.cameo.as_str(),
        code(&ev.actors),
        code(&ev.recipients)
    )
}

/// A stable positive integer id (53 bits, exact in every JSON and spreadsheet reader).
pub(crate) fn global_id(key: &str) -> u64 {
    let d = Sha256::digest(key.as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    u64::from_be_bytes(b) & ((1 << 53) - 1)
}

/// The 10 actor columns: code, name, country, known group, ethnic, religion ×2, type ×3.
fn actor_columns(p: Option<&Participant>, record: &Record) -> Vec<String> {
    let mut cols = vec![String::new(); 10];
    let Some(p) = p else { return cols };
    cols[1] = p.text.to_uppercase();
    let Some(code) = &p.actor else { return cols };
    cols[0] = code.as_str().to_string();
    let groups: Vec<&str> = code.groups().collect();
    let entity_country = p
        .entity
        .as_ref()
        .and_then(|id| record.entities.iter().find(|e| &e.id == id))
        .and_then(|e| e.country.clone());
    let mut types = groups.as_slice();
    if let Some(first) = groups.first()
        && !ROLE_CODES.contains(first)
    {
        if *first == "IGO" || *first == "NGO" {
            cols[3] = groups.get(1).map(|g| g.to_string()).unwrap_or_default();
        } else {
            cols[2] = first.to_string();
        }
        types = &groups[1..];
    }
    if cols[2].is_empty()
        && let Some(c) = entity_country
    {
        cols[2] = c;
    }
    for (i, t) in types
        .iter()
        .filter(|t| ROLE_CODES.contains(t))
        .take(3)
        .enumerate()
    {
        cols[7 + i] = t.to_string();
    }
    cols
}

/// The 8 geography columns of the event's place: type, full name, country, ADM1, ADM2, lat,
/// long, feature id. The place's kind and admin-1 code come from its linked location entity.
fn action_geo(ev: &Event, record: &Record) -> Vec<String> {
    let mut cols = vec![String::new(); 8];
    let Some(place) = &ev.place else { return cols };
    let linked = place
        .entity
        .as_ref()
        .and_then(|id| record.entities.iter().find(|e| &e.id == id))
        .and_then(|e| e.place.as_ref());
    let iso3 = place.country.as_deref().unwrap_or_default();
    let is_us = iso3 == "USA";
    // GDELT's types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
    cols[0] = match linked.map(|p| p.kind) {
        Some(PlaceKind::Country) => "1",
        Some(PlaceKind::Admin1) if is_us => "2",
        Some(PlaceKind::Admin1) => "5",
        Some(_) if is_us => "3",
        Some(_) => "4",
        // Unlinked: a place without coordinates or a GeoNames feature is a bare country.
        None if place.country.is_some() && place.geonames_id.is_none() && place.lat.is_none() => {
            "1"
        }
        None if is_us => "3",
        None => "4",
    }
    .to_string();
    cols[1] = place.name.clone();
    cols[2] = fips_country(iso3).unwrap_or_default().to_string();
    cols[3] = adm1_code(iso3, linked.and_then(|p| p.admin1.as_deref()));
    cols[5] = place.lat.map(|v| format!("{v:.4}")).unwrap_or_default();
    cols[6] = place.lon.map(|v| format!("{v:.4}")).unwrap_or_default();
    cols[7] = place.geonames_id.map(|v| v.to_string()).unwrap_or_default();
    cols
}

/// True when the event is told in the headline or the first paragraph (GDELT's IsRootEvent).
fn is_root(ev: &Event, record: &Record) -> bool {
    let text = &record.article.text;
    let lead_end = text
        .match_indices('\n')
        .nth(if record.article.title.is_some() { 1 } else { 0 })
        .map_or(text.len(), |(i, _)| i);
    ev.evidence.start < lead_end
}

struct Group {
    fields: Vec<String>,
    mentions: u64,
    articles: BTreeSet<String>,
    sources: BTreeSet<String>,
    tone_sum: f64,
}

/// Writes GDELT 2.0 Event rows, one per story-level event.
pub fn write_events(store: &dyn Store, out: &mut dyn Write) -> Result<u64, StoreError> {
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    store.for_each_article(&mut |a| {
        let record = parse(&a)?;
        for ev in &record.events {
            let key = event_key(&a.story, ev, &record);
            let i = *index.entry(key.clone()).or_insert_with(|| {
                groups.push(new_group(&key, ev, &record));
                groups.len() - 1
            });
            let g = &mut groups[i];
            g.mentions += 1 + ev.mentions.len() as u64;
            if g.articles.insert(record.article.id.clone()) {
                g.tone_sum += record.tone.tone;
            }
            g.sources.insert(
                record
                    .article
                    .source
                    .clone()
                    .unwrap_or_else(|| record.article.id.clone()),
            );
        }
        Ok(())
    })?;
    for g in &mut groups {
        g.fields[31] = g.mentions.to_string();
        g.fields[32] = g.sources.len().to_string();
        g.fields[33] = g.articles.len().to_string();
        g.fields[34] = format!("{:.4}", g.tone_sum / g.articles.len().max(1) as f64);
        row(out, &g.fields, EVENT_COLUMNS)?;
    }
    Ok(groups.len() as u64)
}

fn new_group(key: &str, ev: &Event, record: &Record) -> Group {
    let id = global_id(key);
    let date = event_date(ev, record);
    let mut f: Vec<String> = Vec::with_capacity(EVENT_COLUMNS);
    f.push(id.to_string());
    match date {
        Some(d) => {
            f.push(d.format("%Y%m%d").to_string());
            f.push(d.format("%Y%m").to_string());
            f.push(d.year().to_string());
            f.push(format!(
                "{:.4}",
                f64::from(d.year()) + f64::from(d.ordinal()) / 365.0
            ));
        }
        None => f.extend(std::iter::repeat_n(String::new(), 4)),
    }
    f.extend(actor_columns(ev.actors.first(), record));
    f.extend(actor_columns(ev.recipients.first(), record));
    f.push(if is_root(ev, record) { "1" } else { "0" }.to_string());
    let code = ev.cameo.as_str();
    f.push(code.to_string());
    f.push(code.get(..3).unwrap_or(code).to_string());
    f.push(ev.cameo.root().to_string());
    f.push(ev.quad_class.to_string());
    f.push(format!("{:.1}", ev.goldstein));
    // NumMentions, NumSources, NumArticles, AvgTone: filled once all articles are seen.
    f.extend(std::iter::repeat_n(String::new(), 4));
    // Actor1Geo and Actor2Geo: the actors' own locations are not extracted; left empty.
    f.extend(std::iter::repeat_n(String::new(), 16));
    f.extend(action_geo(ev, record));
    f.push(timestamp(record));
    f.push(
        record
            .article
            .url
            .clone()
            .unwrap_or_else(|| record.article.id.clone()),
    );
    Group {
        fields: f,
        mentions: 0,
        articles: BTreeSet::new(),
        sources: BTreeSet::new(),
        tone_sum: 0.0,
    }
}

/// Writes GDELT 2.0 Mentions rows: one per statement of an event in an article.
pub fn write_mentions(store: &dyn Store, out: &mut dyn Write) -> Result<u64, StoreError> {
    let mut n = 0;
    store.for_each_article(&mut |a| {
        let record = parse(&a)?;
        let mention_time = timestamp(&record);
        for ev in &record.events {
            let id = global_id(&event_key(&a.story, ev, &record));
            let event_time = event_date(ev, &record)
                .map(|d| format!("{}000000", d.format("%Y%m%d")))
                .unwrap_or_default();
            let offset_of = |ps: &[Participant]| {
                ps.first()
                    .and_then(|p| p.entity.as_ref())
                    .and_then(|id| record.entities.iter().find(|e| &e.id == id))
                    .and_then(|e| e.mentions.first())
                    .map_or("-1".to_string(), |m| m.start.to_string())
            };
            for m in std::iter::once(&ev.evidence).chain(&ev.mentions) {
                let fields = vec![
                    id.to_string(),
                    event_time.clone(),
                    mention_time.clone(),
                    "1".to_string(),
                    record.article.source.clone().unwrap_or_default(),
                    record
                        .article
                        .url
                        .clone()
                        .unwrap_or_else(|| record.article.id.clone()),
                    (m.sentence + 1).to_string(),
                    offset_of(&ev.actors),
                    offset_of(&ev.recipients),
                    m.start.to_string(),
                    "1".to_string(),
                    ((ev.confidence * 100.0).round() as i64).to_string(),
                    record.article.text.len().to_string(),
                    format!("{:.4}", record.tone.tone),
                    String::new(),
                    String::new(),
                ];
                row(out, &fields, MENTION_COLUMNS)?;
                n += 1;
            }
        }
        Ok(())
    })?;
    Ok(n)
}

/// Writes GDELT GKG 2.1 rows: one per article.
pub fn write_gkg(store: &dyn Store, out: &mut dyn Write) -> Result<u64, StoreError> {
    let mut n = 0u64;
    store.for_each_article(&mut |a| {
        let r = parse(&a)?;
        n += 1;
        let date = timestamp(&r);
        let names = |kind: EntityType| {
            let es: Vec<_> = r.entities.iter().filter(|e| e.kind == kind).collect();
            let v1 = es
                .iter()
                .map(|e| e.name.clone())
                .collect::<Vec<_>>()
                .join(";");
            let v2 = es
                .iter()
                .flat_map(|e| {
                    e.mentions
                        .iter()
                        .map(move |m| format!("{},{}", e.name, m.start))
                })
                .collect::<Vec<_>>()
                .join(";");
            (v1, v2)
        };
        let (persons, persons2) = names(EntityType::Person);
        let (orgs, orgs2) = names(EntityType::Organization);
        let places: Vec<_> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Location)
            .collect();
        let loc = |e: &newsgraph_extract::record::Entity, enhanced: bool| {
            let p = e.place.as_ref();
            let iso3 = p
                .and_then(|p| p.country.as_deref())
                .or(e.country.as_deref())
                .unwrap_or_default();
            let is_us = iso3 == "USA";
            let kind = match p.map(|p| p.kind) {
                Some(PlaceKind::Country) => "1",
                Some(PlaceKind::Admin1) if is_us => "2",
                Some(PlaceKind::Admin1) => "5",
                _ if is_us => "3",
                _ => "4",
            };
            let country = fips_country(iso3).unwrap_or_default();
            let adm1 = adm1_code(iso3, p.and_then(|p| p.admin1.as_deref()));
            let lat = p
                .and_then(|p| p.lat)
                .map(|v| format!("{v:.4}"))
                .unwrap_or_default();
            let lon = p
                .and_then(|p| p.lon)
                .map(|v| format!("{v:.4}"))
                .unwrap_or_default();
            let fid = p
                .and_then(|p| p.geonames_id)
                .map(|v| v.to_string())
                .unwrap_or_default();
            if enhanced {
                let offset = e.mentions.first().map(|m| m.start).unwrap_or(0);
                format!(
                    "{kind}#{}#{country}#{adm1}##{lat}#{lon}#{fid}#{offset}",
                    e.name
                )
            } else {
                format!("{kind}#{}#{country}#{adm1}#{lat}#{lon}#{fid}", e.name)
            }
        };
        let themes = r
            .themes
            .iter()
            .map(|t| t.code.clone())
            .collect::<Vec<_>>()
            .join(";");
        let themes2 = r
            .themes
            .iter()
            .flat_map(|t| {
                t.evidence
                    .iter()
                    .map(move |e| format!("{},{}", t.code, e.start))
            })
            .collect::<Vec<_>>()
            .join(";");
        let t = &r.tone;
        let tone = format!(
            "{:.4},{:.4},{:.4},{:.4},{:.4},{:.4},{}",
            t.tone,
            t.positive,
            t.negative,
            t.polarity,
            t.activity_density,
            t.self_group_density,
            t.word_count
        );
        let dates = r
            .times
            .iter()
            .filter(|x| x.resolved)
            .filter_map(|x| {
                let d = NaiveDate::parse_from_str(x.value.get(..10)?, "%Y-%m-%d").ok()?;
                Some(format!(
                    "1#{}#{}#{}#{}",
                    d.month(),
                    d.day(),
                    d.year(),
                    x.start
                ))
            })
            .collect::<Vec<_>>()
            .join(";");
        let quotes = r
            .quotes
            .iter()
            .map(|q| {
                let verb = q.cue.as_ref().map(|c| c.text.as_str()).unwrap_or("");
                format!(
                    "{}|{}|{}|{}",
                    q.start,
                    q.end - q.start,
                    verb,
                    q.text.replace(['|', '#'], " ")
                )
            })
            .collect::<Vec<_>>()
            .join("#");
        let all_names = r
            .entities
            .iter()
            .flat_map(|e| {
                e.mentions
                    .first()
                    .map(|m| format!("{},{}", e.name, m.start))
            })
            .collect::<Vec<_>>()
            .join(";");
        let fields = vec![
            format!("{date}-{n}"),
            date.clone(),
            "1".to_string(),
            r.article.source.clone().unwrap_or_default(),
            r.article
                .url
                .clone()
                .unwrap_or_else(|| r.article.id.clone()),
            String::new(),
            String::new(),
            themes,
            themes2,
            places
                .iter()
                .map(|e| loc(e, false))
                .collect::<Vec<_>>()
                .join(";"),
            places
                .iter()
                .map(|e| loc(e, true))
                .collect::<Vec<_>>()
                .join(";"),
            persons,
            persons2,
            orgs,
            orgs2,
            tone,
            dates,
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            quotes,
            all_names,
            String::new(),
            String::new(),
            String::new(),
        ];
        row(out, &fields, GKG_COLUMNS)
    })?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geography_countries_are_fips() {
        // The codes GDELT users filter on: Russia is RS, Germany GM, the United Kingdom UK.
        assert_eq!(fips_country("RUS"), Some("RS"));
        assert_eq!(fips_country("DEU"), Some("GM"));
        assert_eq!(fips_country("GBR"), Some("UK"));
        assert_eq!(fips_country("USA"), Some("US"));
        // Where ISO alpha-2 and FIPS part ways, the FIPS code wins: Switzerland is SZ, not CH.
        assert_eq!(fips_country("CHE"), Some("SZ"));
    }

    #[test]
    fn an_unknown_country_has_no_fips_code() {
        assert_eq!(fips_country("XXX"), None);
        assert_eq!(fips_country(""), None);
        assert_eq!(
            fips_country("rus"),
            None,
            "codes are upper case, as in the record"
        );
        assert_eq!(fips_country("iso3"), None, "the header is no row");
        assert_eq!(adm1_code("XXX", Some("48")), "");
    }

    #[test]
    fn adm1_is_fips_country_and_admin1() {
        // GDELT writes Texas as USTX and Moscow (GeoNames admin1 48) as RS48.
        assert_eq!(adm1_code("USA", Some("TX")), "USTX");
        assert_eq!(adm1_code("RUS", Some("48")), "RS48");
        // A country, or a place whose admin-1 is unknown, is its FIPS country alone.
        assert_eq!(adm1_code("RUS", None), "RS");
        assert_eq!(adm1_code("DEU", Some("00")), "GM");
        assert_eq!(adm1_code("DEU", Some("")), "GM");
        assert_eq!(
            adm1_code("DEU", Some("1\t6")),
            "GM",
            "never a tab or junk in a code"
        );
    }
}
