//! Readers for the PETRARCH actor and agent dictionary formats (PETRARCH's `dictionaries.rst`),
//! turned into knowledge-base entries.
//!
//! Actors: a primary phrase (`VLADIMIR_PUTIN_ [RUSGOV]`), `+` synonym lines, and tab-indented date
//! restrictions (`[RUSGOV 20000507-20080507]`, `[USAELI <19970101]`, `[IGOUNO >20070101]`).
//! Six-digit dates are YYMMDD with years 00..=30 read as 20YY and the rest as 19YY.
//! Agents: `PHRASE {PLURALS} [~ROLE]` with regular plurals made as PETRARCH makes them (+S,
//! Y→IES, SS→ES) unless `{...}` lists the plural forms (`{}` = none), and `!SET! = A, B`
//! substitution sets.
//!
//! **Invariant:** a line that cannot be read is reported with its file and line and skipped.
//! Stems (phrases without the trailing `_`) are matched as whole words: this matcher works on
//! whole tokens, so "MINISTR" does not match "minister".

use crate::codes::ActorCode;
use crate::entry::{DatedCode, Entry, EntryKind};
use crate::normalize::NAME_PARTICLES;
use crate::tsv::{LineProblem, parse_role};
use chrono::NaiveDate;

/// Lines with their numbers, comments and PETRARCH's XML-style `<!-- -->` blocks removed.
fn content_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if in_block {
            if line.contains("-->") {
                in_block = false;
            }
            continue;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with("<!--") {
            in_block = !trimmed.contains("-->");
            continue;
        }
        let line = line.split('#').next().unwrap_or("");
        // TABARI-style `; note` comments after an entry.
        let line = line.split(';').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        out.push((n + 1, line.trim_end().to_string()));
    }
    out
}

/// `VLADIMIR_V._PUTIN_` → "Vladimir V. Putin": words split on `_` and blanks, title-cased so that
/// the name's case rule asks for capitals; short single words ("UN", "U.S.") stay acronyms.
/// Particles stay lower case ("Prince of Dol Amroth", "the Shire"): PETRARCH writes them in
/// capitals like every word, but news text does not, and a capital would be required of them.
fn phrase(raw: &str) -> String {
    let words: Vec<&str> = raw.split(['_', ' ']).filter(|w| !w.is_empty()).collect();
    if words.len() == 1 && words[0].chars().filter(|c| c.is_alphabetic()).count() <= 3 {
        return words[0].to_string();
    }
    let several = words.len() > 1;
    words
        .iter()
        .map(|w| {
            let lower = w.to_lowercase();
            if several && NAME_PARTICLES.contains(&lower.as_str()) {
                lower
            } else {
                title_case(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn title_case(w: &str) -> String {
    let lower = w.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut start = true;
    for c in lower.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            start = false;
        } else {
            out.push(c);
        }
        // After an initial's dot a new word starts ("V. Putin"); after a hyphen the text may
        // go on in lower case ("Barad-dur"), so no capital is asked of it.
        if c == '.' {
            start = true;
        }
    }
    out
}

/// A PETRARCH date: YYYYMMDD or YYMMDD.
fn date(s: &str) -> Result<NaiveDate, String> {
    let bad = || format!("date '{s}' must be YYYYMMDD or YYMMDD");
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let (y, rest) = match s.len() {
        8 => (s[..4].parse::<i32>().map_err(|_| bad())?, &s[4..]),
        6 => {
            let yy = s[..2].parse::<i32>().map_err(|_| bad())?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        _ => return Err(bad()),
    };
    let m = rest[..2].parse::<u32>().map_err(|_| bad())?;
    let d = rest[2..].parse::<u32>().map_err(|_| bad())?;
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(bad)
}

/// The inside of `[CODE]` or `[CODE restriction]`: one code, or several for an actor that
/// stands for several (`[ELR/GAL]`: PETRARCH codes each of them); none for the null code.
fn restriction(inner: &str) -> Result<Vec<DatedCode>, String> {
    let mut parts = inner.split_whitespace();
    let Some(code) = parts.next() else {
        return Ok(Vec::new());
    };
    let code = code.to_ascii_uppercase();
    if code.chars().all(|c| c == '-') {
        return Ok(Vec::new()); // PETRARCH's null code: the phrase codes nothing.
    }
    let codes = code
        .split('/')
        .map(|c| ActorCode::new(c).map_err(|e| e.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    // The validation suite writes restrictions with inner blanks ("< 950601", "1995 - 1999").
    let rest: String = parts.collect::<Vec<_>>().concat();
    let (from, to) = match (!rest.is_empty()).then_some(rest.as_str()) {
        None => (None, None),
        Some(r) => {
            if let Some(d) = r.strip_prefix('<') {
                (None, Some(date(d)?))
            } else if let Some(d) = r.strip_prefix('>') {
                (Some(date(d)?), None)
            } else if let Some((a, b)) = r.split_once('-') {
                (Some(date(a)?), Some(date(b)?))
            } else {
                return Err(format!(
                    "date restriction '{r}' must be <DATE, >DATE or DATE-DATE"
                ));
            }
        }
    };
    Ok(codes
        .into_iter()
        .map(|code| DatedCode { code, from, to })
        .collect())
}

/// The bracketed part of a line, tolerant of PETRARCH's `[~LEG}` typo.
fn bracket(line: &str) -> Option<(&str, &str)> {
    let open = line.find('[')?;
    let close = line[open..].find([']', '}']).map(|c| open + c)?;
    Some((&line[..open], &line[open + 1..close]))
}

fn actor_kind(codes: &[DatedCode]) -> EntryKind {
    if codes.iter().any(|c| !c.is_default()) {
        EntryKind::Person
    } else if codes.len() == 1
        && codes[0].code.as_str().len() == 3
        && codes[0].code.as_str() != "IGO"
    {
        EntryKind::Country
    } else {
        EntryKind::Organization
    }
}

/// Reads a PETRARCH actor dictionary.
pub fn parse_actors(file: &str, text: &str) -> (Vec<Entry>, Vec<LineProblem>) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut problems = Vec::new();
    let mut current: Option<Entry> = None;
    let finish = |e: Option<Entry>, entries: &mut Vec<Entry>| {
        if let Some(mut e) = e {
            e.kind = actor_kind(&e.codes);
            e.country = e.codes.first().map(|c| c.code.as_str()[..3].to_string());
            entries.push(e);
        }
    };
    for (n, line) in content_lines(text) {
        let problem = |message: String| LineProblem {
            file: file.to_string(),
            line: n,
            message,
        };
        let indented = line.starts_with([' ', '\t']);
        let body = line.trim();
        if let Some(syn) = body.strip_prefix('+') {
            let (name, code) = match bracket(syn) {
                Some((name, inner)) => (name, Some(inner)),
                None => (syn, None),
            };
            match current.as_mut() {
                Some(e) => {
                    let p = phrase(name);
                    if !p.is_empty() {
                        e.aliases.push(p);
                    }
                    if let Some(inner) = code {
                        match restriction(inner) {
                            Ok(c) => e.codes.extend(c),
                            Err(m) => problems.push(problem(m)),
                        }
                    }
                }
                None => problems.push(problem(format!(
                    "synonym '{body}' comes before any primary phrase"
                ))),
            }
            continue;
        }
        if indented && body.starts_with('[') {
            let Some((_, inner)) = bracket(body) else {
                problems.push(problem(format!(
                    "date restriction '{body}' has no closing ]"
                )));
                continue;
            };
            match (current.as_mut(), restriction(inner)) {
                (Some(e), Ok(c)) => e.codes.extend(c),
                (None, _) => problems.push(problem(format!(
                    "date restriction '{body}' comes before any primary phrase"
                ))),
                (_, Err(m)) => problems.push(problem(m)),
            }
            continue;
        }
        finish(current.take(), &mut entries);
        let (name, code) = match bracket(body) {
            Some((name, inner)) => (name, Some(inner)),
            None if body.contains('[') => {
                problems.push(problem(format!("'{body}' has a [ without a closing ]")));
                continue;
            }
            None => (body, None),
        };
        let name = phrase(name);
        if name.is_empty() {
            problems.push(problem(format!("'{body}' has no phrase before its code")));
            continue;
        }
        let mut codes = Vec::new();
        if let Some(inner) = code {
            match restriction(inner) {
                Ok(c) => codes.extend(c),
                Err(m) => {
                    problems.push(problem(m));
                    continue;
                }
            }
        }
        current = Some(Entry {
            kind: EntryKind::Organization,
            aliases: vec![name.clone()],
            name,
            country: None,
            codes,
            role: None,
            head_of_state: false,
            place: None,
            prior: 1.0,
            note: None,
            source: format!("{file}:{n}"),
        });
    }
    finish(current.take(), &mut entries);
    (entries, problems)
}

/// PETRARCH's regular plural of a phrase: its last word gets +S, Y→IES or SS→ES.
pub fn regular_plural(phrase: &str) -> String {
    let lower = phrase.to_lowercase();
    if let Some(stem) = lower.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'o', 'u'])
    {
        format!("{stem}ies")
    } else if lower.ends_with("ss") || lower.ends_with("ch") || lower.ends_with("sh") {
        format!("{lower}es")
    } else {
        format!("{lower}s")
    }
}

/// Reads a PETRARCH agent dictionary.
pub fn parse_agents(file: &str, text: &str) -> (Vec<Entry>, Vec<LineProblem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let mut sets: Vec<(String, Vec<String>)> = Vec::new();
    for (n, line) in content_lines(text) {
        let problem = |message: String| LineProblem {
            file: file.to_string(),
            line: n,
            message,
        };
        let body = line.trim();
        if body.starts_with('!')
            && let Some((marker, list)) = body.split_once('=')
        {
            let items = list
                .split(',')
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty())
                .collect();
            sets.push((marker.trim().to_string(), items));
            continue;
        }
        let Some((head, inner)) = bracket(body) else {
            problems.push(problem(format!(
                "agent '{body}' has no [code]: write PHRASE [~ROLE]"
            )));
            continue;
        };
        let role = match parse_role(inner.trim()) {
            Ok((_, r)) => r,
            Err(m) => {
                problems.push(problem(m));
                continue;
            }
        };
        let (phrase_raw, plurals) = match head.split_once('{') {
            Some((p, rest)) => {
                let list = rest.split('}').next().unwrap_or("");
                let forms: Vec<String> = list
                    .split_whitespace()
                    .map(|f| f.replace('_', " ").trim().to_lowercase())
                    .filter(|f| !f.is_empty())
                    .collect();
                (p, Some(forms))
            }
            None => (head, None),
        };
        let base = phrase_raw
            .split(['_', ' '])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if base.is_empty() {
            problems.push(problem(format!("agent '{body}' has no phrase")));
            continue;
        }
        let mut aliases = Vec::new();
        let marker = sets.iter().find(|(m, _)| base.contains(&m.to_lowercase()));
        match marker {
            // A substitution set gives every form itself, with no plural formation.
            Some((m, items)) => {
                let m = m.to_lowercase();
                for item in items {
                    aliases.push(base.replace(&m, item).trim().to_string());
                }
            }
            None => {
                aliases.push(base.clone());
                match plurals {
                    Some(forms) => aliases.extend(forms),
                    None => aliases.push(regular_plural(&base)),
                }
            }
        }
        if base.contains('!') && marker.is_none() {
            problems.push(problem(format!(
                "agent '{body}' uses a substitution set that is not defined above it"
            )));
            continue;
        }
        aliases.dedup();
        entries.push(Entry {
            kind: EntryKind::Agent,
            name: aliases[0].clone(),
            aliases,
            country: None,
            codes: Vec::new(),
            role: Some(role),
            head_of_state: false,
            place: None,
            prior: 1.0,
            note: None,
            source: format!("{file}:{n}"),
        });
    }
    (entries, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_with_synonyms_and_date_restrictions() {
        let text = "# comment\nVLADIMIR_PUTIN_  # CountryInfo.txt\n+PUTIN_\n\t[RUSELI 700101-990809]\n\t[RUSGOV >080508]\nUN_ [IGOUNO]\n";
        let (entries, problems) = parse_actors("a.actors.txt", text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(entries.len(), 2);
        let putin = &entries[0];
        assert_eq!(putin.aliases, ["Vladimir Putin", "Putin"]);
        assert_eq!(putin.kind, EntryKind::Person);
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(putin.actor_at(d(1995, 1, 1)).unwrap().as_str(), "RUSELI");
        assert_eq!(putin.actor_at(d(2019, 5, 12)).unwrap().as_str(), "RUSGOV");
        assert_eq!(entries[1].aliases, ["UN"]);
    }

    #[test]
    fn restrictions_may_have_inner_blanks() {
        let c = &restriction("HOBGOV 19950601 - 19990815").unwrap()[0];
        assert_eq!(c.from, NaiveDate::from_ymd_opt(1995, 6, 1));
        assert_eq!(c.to, NaiveDate::from_ymd_opt(1999, 8, 15));
        let c = &restriction("HOB < 950601").unwrap()[0];
        assert_eq!(c.to, NaiveDate::from_ymd_opt(1995, 6, 1));
    }

    #[test]
    fn an_actor_standing_for_several_keeps_every_code() {
        // "The Shire" stands for three actors: PETRARCH codes each of them.
        let (entries, problems) =
            parse_actors("a.actors.txt", "THE_SHIRE  [FRO/BIL/SAM]\nLORIEN [ELR]\n");
        assert!(problems.is_empty(), "{problems:?}");
        let codes = |e: &Entry| {
            e.codes
                .iter()
                .map(|c| c.code.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(codes(&entries[0]), ["FRO", "BIL", "SAM"]);
        assert_eq!(codes(&entries[1]), ["ELR"]);
        // Its particle is not required in capitals, as news text writes it ("the Shire").
        assert_eq!(entries[0].aliases, ["the Shire"]);
        let (entries, _) = parse_actors("a.actors.txt", "BARAD-DUR [MOR]\n");
        assert_eq!(
            entries[0].aliases,
            ["Barad-dur"],
            "no capital asked after a hyphen"
        );
        assert!(restriction("FRO/B1").is_err(), "each code must be valid");
    }

    #[test]
    fn a_bad_date_is_reported_with_its_line() {
        let text = "BAN_KI-MOON\n\t[IGOUNO >20070101]\n\t[KORGOVBUS 2004017-20061201]\n";
        let (entries, problems) = parse_actors("x.actors.txt", text);
        assert_eq!(entries.len(), 1);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 3);
    }

    #[test]
    fn agents_with_plurals_and_substitution_sets() {
        let text = "!PERSON! = MAN, MEN\nPRESIDENT [~GOV]\nPOLICE {} [~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nCONGRESS!PERSON! [~LEG]\nAMBASSADORSHIP\n";
        let (entries, problems) = parse_agents("p.agents.txt", text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(entries[0].aliases, ["president", "presidents"]);
        assert_eq!(entries[1].aliases, ["police"]);
        assert_eq!(
            entries[2].aliases,
            ["attorney general", "attorneys general"]
        );
        assert_eq!(entries[3].aliases, ["congressman", "congressmen"]);
        assert_eq!(regular_plural("party"), "parties");
        assert_eq!(regular_plural("boss"), "bosses");
    }
}
