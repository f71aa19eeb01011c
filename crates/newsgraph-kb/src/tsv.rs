//! The knowledge-base TSV format: what `data/kb/*.tsv` holds and what users write to extend the
//! knowledge base (documented in `docs/dictionaries.md`).
//!
//! One entry per line, tab-separated, trailing columns optional:
//! `kind  name  aliases  codes  country  geonames  population  lat  lon  admin1  prior  note`.
//! `#` starts a comment line; a line starting with `kind` is a header. The same columns may be
//! written as CSV (`*.csv`, what spreadsheets export): comma-separated, a field with a comma or a
//! quote in double quotes, a quote inside doubled (`"Washington, D.C."`, `"the ""Big Apple"""`).
//!
//! **Invariant:** a malformed line is reported with its file and line number and skipped; the
//! lines around it still load.

use crate::codes::ActorCode;
use crate::entry::{AgentRole, DatedCode, Entry, EntryKind, PlaceInfo, RolePlace};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::fmt;

/// A line of a dictionary file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// How the columns of a line are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Columns {
    /// Tabs, no quoting (`*.tsv`, the shipped files).
    Tabs,
    /// Commas with CSV double-quote quoting (`*.csv`).
    Commas,
}

impl Columns {
    /// The fields of one line; tab-separated fields are borrowed from it, as the shipped files
    /// are large and have no quoting.
    fn split(self, line: &str) -> Result<Vec<Cow<'_, str>>, String> {
        match self {
            Columns::Tabs => Ok(line.split('\t').map(|c| Cow::Borrowed(c.trim())).collect()),
            Columns::Commas => Ok(split_csv(line)?.into_iter().map(Cow::Owned).collect()),
        }
    }

    fn header(self) -> &'static str {
        match self {
            Columns::Tabs => "kind\t",
            Columns::Commas => "kind,",
        }
    }
}

/// One CSV line's fields. A quoted field may hold commas and doubled quotes; it may not run past
/// the end of its line (one entry is one line).
fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        let mut field = String::new();
        while chars.peek() == Some(&' ') {
            chars.next();
        }
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                    None => {
                        return Err(format!(
                            "column {} opens a quote that the line does not close: close it \
                             (a quote inside a quoted field is written twice)",
                            fields.len() + 1
                        ));
                    }
                }
            }
            while chars.peek().is_some_and(|&c| c != ',') {
                if chars.next().is_some_and(|c| !c.is_whitespace()) {
                    return Err(format!(
                        "column {} has text after its closing quote: quote the whole field",
                        fields.len() + 1
                    ));
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                field.push(c);
                chars.next();
            }
        }
        fields.push(field.trim().to_string());
        if chars.next().is_none() {
            return Ok(fields);
        }
    }
}

/// Reads every entry of a KB TSV text; `file` names it in problems and in `Entry::source`.
/// A large text is read in parallel, in line-aligned pieces, with the same result.
pub fn parse(file: &str, text: &str) -> (Vec<Entry>, Vec<LineProblem>) {
    parse_columns(file, text, Columns::Tabs)
}

/// Reads every entry of a text in the KB columns, separated as `columns` says.
pub fn parse_columns(file: &str, text: &str, columns: Columns) -> (Vec<Entry>, Vec<LineProblem>) {
    const PIECE: usize = 1 << 20;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if text.len() < PIECE || threads == 1 {
        return parse_piece(file, text, 0, columns);
    }
    // Cut at line ends near equal sizes; each piece knows the number of its first line.
    let mut pieces = Vec::new();
    let (mut start, mut first_line) = (0, 0);
    let size = text.len().div_ceil(threads);
    while start < text.len() {
        let mut end = (start + size).min(text.len());
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        end = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
        let piece = &text[start..end];
        pieces.push((piece, first_line));
        first_line += piece.bytes().filter(|&b| b == b'\n').count();
        start = end;
    }
    let results: Vec<(Vec<Entry>, Vec<LineProblem>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = pieces
            .iter()
            .map(|&(piece, first)| scope.spawn(move || parse_piece(file, piece, first, columns)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (e, p) in results {
        entries.extend(e);
        problems.extend(p);
    }
    (entries, problems)
}

fn parse_piece(
    file: &str,
    text: &str,
    first_line: usize,
    columns: Columns,
) -> (Vec<Entry>, Vec<LineProblem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate().map(|(i, l)| (i + first_line, l)) {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with(columns.header()) {
            continue;
        }
        match columns.split(line).and_then(|col| parse_fields(&col)) {
            Ok(mut e) => {
                e.source = format!("{file}:{}", n + 1);
                entries.push(e);
            }
            Err(message) => problems.push(LineProblem {
                file: file.to_string(),
                line: n + 1,
                message,
            }),
        }
    }
    (entries, problems)
}

fn parse_fields(col: &[Cow<'_, str>]) -> Result<Entry, String> {
    let get = |i: usize| col.get(i).map(|c| c.as_ref()).filter(|s| !s.is_empty());
    let kind_text = get(0).ok_or("the first column (kind) is empty")?;
    let kind = EntryKind::parse(kind_text).ok_or_else(|| {
        let kinds: Vec<&str> = EntryKind::ALL.iter().map(|k| k.as_str()).collect();
        format!(
            "unknown kind '{kind_text}': use one of {}",
            kinds.join(", ")
        )
    })?;
    let name = get(1)
        .ok_or("the second column (name) is empty")?
        .to_string();
    let mut aliases = vec![name.clone()];
    for a in get(2).unwrap_or("").split('|').map(str::trim) {
        if !a.is_empty() && !aliases.iter().any(|x| x == a) {
            aliases.push(a.to_string());
        }
    }
    let mut codes = Vec::new();
    let mut role = None;
    let mut head_of_state = false;
    for item in get(3).unwrap_or("").split('|').map(str::trim) {
        if item.is_empty() {
            continue;
        }
        if kind == EntryKind::Agent {
            let (head, r) = parse_role(item)?;
            head_of_state |= head;
            role = Some(r);
        } else {
            codes.push(parse_dated_code(item)?);
        }
    }
    let country = get(4).map(str::to_string);
    if let Some(c) = &country
        && !(c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return Err(format!(
            "country '{c}' must be an ISO 3166-1 alpha-3 code (RUS, USA) or IGO"
        ));
    }
    let num = |i: usize, what: &str| -> Result<Option<f64>, String> {
        get(i)
            .map(|s| {
                s.parse::<f64>()
                    .map_err(|_| format!("{what} '{s}' is not a number"))
            })
            .transpose()
    };
    let geonames_id = num(5, "geonames id")?.map(|v| v as u32);
    let population = num(6, "population")?.map(|v| v as u64);
    let lat = num(7, "latitude")?;
    let lon = num(8, "longitude")?;
    let admin1 = get(9).map(str::to_string);
    let prior = num(10, "prior")?.unwrap_or(1.0).clamp(0.0, 1.0) as f32;
    let note = get(11).map(str::to_string);
    let place =
        (geonames_id.is_some() || lat.is_some() || population.is_some() || admin1.is_some())
            .then_some(PlaceInfo {
                geonames_id,
                population,
                lat,
                lon,
                admin1,
            });
    Ok(Entry {
        kind,
        name,
        aliases,
        country,
        codes,
        role,
        head_of_state,
        place,
        prior,
        note,
        source: String::new(),
    })
}

/// `~GOV` (after the country), `NGO~` (before it) or `GOV` (after); a leading `!` marks a head
/// of state or government title.
pub fn parse_role(item: &str) -> Result<(bool, AgentRole), String> {
    let (head, item) = match item.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, item),
    };
    let (place, bare) = if let Some(r) = item.strip_prefix('~') {
        (RolePlace::AfterCountry, r)
    } else if let Some(r) = item.strip_suffix('~') {
        (RolePlace::BeforeCountry, r)
    } else {
        (RolePlace::AfterCountry, item)
    };
    let code = ActorCode::new(&bare.to_ascii_uppercase()).map_err(|e| e.to_string())?;
    Ok((head, AgentRole { code, place }))
}

/// `USAGOV`, `USAGOV@2018-04-26..2021-01-20`, `RUSELI@2000..` (years mean 1 January as a start
/// and 31 December as an end).
pub fn parse_dated_code(item: &str) -> Result<DatedCode, String> {
    let (code, dates) = match item.split_once('@') {
        Some((c, d)) => (c, Some(d)),
        None => (item, None),
    };
    let code = ActorCode::new(code.trim()).map_err(|e| e.to_string())?;
    let (from, to) = match dates {
        None => (None, None),
        Some(d) => {
            let (f, t) = d.split_once("..").ok_or_else(|| {
                format!("date range '{d}' must read FROM..TO (either may be empty), e.g. 2018-04-26..2021-01-20")
            })?;
            (parse_date(f, false)?, parse_date(t, true)?)
        }
    };
    Ok(DatedCode { code, from, to })
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a partial date is the first day of its span, or the last
/// when `end` is set. Empty is unbounded.
pub fn parse_date(s: &str, end: bool) -> Result<Option<NaiveDate>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let bad = || format!("date '{s}' must be YYYY-MM-DD, YYYY-MM or YYYY");
    let parts: Vec<&str> = s.split('-').collect();
    let n = |p: &str| p.parse::<u32>().map_err(|_| bad());
    let date = match parts.as_slice() {
        [y] => {
            let y = n(y)? as i32;
            if end {
                NaiveDate::from_ymd_opt(y, 12, 31)
            } else {
                NaiveDate::from_ymd_opt(y, 1, 1)
            }
        }
        [y, m] => {
            let (y, m) = (n(y)? as i32, n(m)?);
            let first = NaiveDate::from_ymd_opt(y, m, 1);
            if end {
                first.and_then(|f| {
                    f.checked_add_months(chrono::Months::new(1))
                        .and_then(|d| d.pred_opt())
                })
            } else {
                first
            }
        }
        [y, m, d] => NaiveDate::from_ymd_opt(n(y)? as i32, n(m)?, n(d)?),
        _ => None,
    };
    date.map(Some).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_with_dated_codes_loads() {
        let text = "kind\tname\taliases\tcodes\tcountry\n\
                    person\tMike Pompeo\tPompeo|Michael Pompeo\tUSAGOV@2018-04-26..2021-01-20|USA\tUSA\n";
        let (entries, problems) = parse("t.tsv", text);
        assert!(problems.is_empty(), "{problems:?}");
        let e = &entries[0];
        assert_eq!(e.aliases, ["Mike Pompeo", "Pompeo", "Michael Pompeo"]);
        assert_eq!(e.codes.len(), 2);
        assert_eq!(e.source, "t.tsv:2");
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(e.actor_at(d("2019-05-12")).unwrap().as_str(), "USAGOV");
        assert_eq!(e.actor_at(d("2022-01-01")).unwrap().as_str(), "USA");
    }

    #[test]
    fn an_office_held_beats_the_elite_status_of_a_former_one() {
        let text = "kind\tname\taliases\tcodes\tcountry\n\
                    person\tKhaleda Zia\t\tBGDOPP@1984..|BGDGOV@2001-10-10..2006-10-29|BGDELI@2006-10-30..|BGD\tBGD\n";
        let (entries, problems) = parse("t.tsv", text);
        assert!(problems.is_empty(), "{problems:?}");
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            entries[0].actor_at(d("2024-08-06")).unwrap().as_str(),
            "BGDOPP"
        );
        assert_eq!(
            entries[0].actor_at(d("2003-01-01")).unwrap().as_str(),
            "BGDGOV"
        );
        // Must not fire: with no office held, the former head of government is the elite.
        let text = "kind\tname\taliases\tcodes\tcountry\n\
                    person\tSheikh Hasina\t\tBGDGOV@2009-01-06..2024-08-05|BGDELI@2024-08-06..|BGD\tBGD\n";
        let (entries, _) = parse("t.tsv", text);
        assert_eq!(
            entries[0].actor_at(d("2024-08-05")).unwrap().as_str(),
            "BGDGOV"
        );
        assert_eq!(
            entries[0].actor_at(d("2024-09-01")).unwrap().as_str(),
            "BGDELI"
        );
    }

    #[test]
    fn a_csv_line_with_quoted_commas_and_quotes_loads_like_its_tsv_twin() {
        let csv = "kind,name,aliases,codes,country\n\
                   city,\"Washington, D.C.\",\"D.C.|the \"\"District\"\"\",,USA\n\
                   person,Mike Pompeo,Pompeo|Michael Pompeo,USAGOV@2018-04-26..2021-01-20|USA,USA\n";
        let tsv =
            "person\tMike Pompeo\tPompeo|Michael Pompeo\tUSAGOV@2018-04-26..2021-01-20|USA\tUSA\n";
        let (entries, problems) = parse_columns("t.csv", csv, Columns::Commas);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(entries[0].name, "Washington, D.C.");
        assert_eq!(
            entries[0].aliases,
            ["Washington, D.C.", "D.C.", "the \"District\""]
        );
        assert_eq!(entries[1].source, "t.csv:3");
        let (twin, _) = parse("t.tsv", tsv);
        assert_eq!(entries[1].codes, twin[0].codes);
        assert_eq!(entries[1].aliases, twin[0].aliases);
    }

    #[test]
    fn a_csv_line_with_an_unclosed_quote_is_reported_and_the_next_still_loads() {
        let csv = "org,\"Acme, Inc,,BUS,USA\norg,Globex,,BUS,USA\n";
        let (entries, problems) = parse_columns("t.csv", csv, Columns::Commas);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].name, "Globex");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 1);
        assert!(
            problems[0].message.contains("column 2"),
            "{}",
            problems[0].message
        );
        // Text after a closing quote is an error too, not silently dropped.
        let (_, problems) = parse_columns("t.csv", "org,\"Acme\" Inc,,BUS,USA\n", Columns::Commas);
        assert!(problems[0].message.contains("after its closing quote"));
    }

    #[test]
    fn a_large_text_reads_in_pieces_with_the_right_line_numbers() {
        let mut text = String::from("kind\tname\n");
        for i in 0..60_000 {
            text.push_str(&format!("org\tOrganisation number {i}\t\tBUS\n"));
        }
        text.push_str("planet\tMars\n");
        let (entries, problems) = parse("big.tsv", &text);
        assert_eq!(entries.len(), 60_000);
        assert_eq!(entries[59_999].source, "big.tsv:60001");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 60_002);
    }

    #[test]
    fn a_malformed_line_is_reported_and_the_rest_loads() {
        let text = "org\tGazprom\t\tRUSBUS\tRUS\nplanet\tMars\nagent\trebels\t\t~REB\n";
        let (entries, problems) = parse("user.tsv", text);
        assert_eq!(entries.len(), 2);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
        assert!(
            problems[0]
                .to_string()
                .starts_with("user.tsv:2: unknown kind 'planet'")
        );
    }

    #[test]
    fn agent_roles_and_partial_dates() {
        let (head, r) = parse_role("!~GOV").unwrap();
        assert!(head);
        assert_eq!(r.to_string(), "~GOV");
        assert_eq!(
            parse_role("NGO~").unwrap().1.place,
            RolePlace::BeforeCountry
        );
        assert_eq!(
            parse_date("2019", true).unwrap(),
            NaiveDate::from_ymd_opt(2019, 12, 31)
        );
        assert_eq!(
            parse_date("2019-02", true).unwrap(),
            NaiveDate::from_ymd_opt(2019, 2, 28)
        );
        assert!(parse_date("May 2019", false).is_err());
    }
}
