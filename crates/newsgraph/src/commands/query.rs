//! `newsgraph events | search | actors | timeline`: queries over the store, printed as a table
//! (for reading), JSON or CSV (for programs) with `--format`.
//!
//! **Invariant:** these commands only read: the database is opened read-only, and a missing
//! database is an error that says how to make one, never an empty new file.

use newsgraph_store::{EventQuery, EventRow, Near, Party, SqliteStore, Store};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

#[derive(clap::Args)]
pub struct EventsArgs {
    /// The database file.
    #[arg(long, default_value = "newsgraph.db")]
    pub db: PathBuf,
    /// Actor code or prefix (USA matches USAGOV).
    #[arg(long)]
    pub actor: Option<String>,
    /// Part of the actor's name as written.
    #[arg(long)]
    pub actor_name: Option<String>,
    /// Recipient code or prefix.
    #[arg(long)]
    pub recipient: Option<String>,
    /// Part of the recipient's name as written.
    #[arg(long)]
    pub recipient_name: Option<String>,
    /// CAMEO code or root (04 matches 040, 042, 0431...).
    #[arg(long)]
    pub cameo: Option<String>,
    /// PLOVER event type (CONSULT, PROTEST...).
    #[arg(long)]
    pub plover: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
    /// conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad: Option<u8>,
    /// Part of the event place's name.
    #[arg(long)]
    pub place: Option<String>,
    /// ISO 3166-1 alpha-3 country of the event place.
    #[arg(long)]
    pub country: Option<String>,
    /// Events within a radius: LAT,LON,KM (e.g. 55.75,37.62,50).
    #[arg(long, value_parser = parse_near)]
    pub near: Option<Near>,
    /// First date, inclusive (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Last date, inclusive (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// asserted, intended, negated, hypothetical or reported.
    #[arg(long)]
    pub modality: Option<String>,
    /// At most this many events (0: all).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words to find (all must occur); FTS5 syntax ("exact phrase", OR, NOT, prefix*) also works.
    pub text: String,
    #[arg(long, default_value = "newsgraph.db")]
    pub db: PathBuf,
    /// At most this many hits of each kind (articles, quotes).
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct ActorsArgs {
    #[arg(long, default_value = "newsgraph.db")]
    pub db: PathBuf,
    #[arg(long, default_value_t = 25)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    /// Actor code or prefix (as actor or as recipient).
    pub actor: String,
    #[arg(long, default_value = "newsgraph.db")]
    pub db: PathBuf,
    #[arg(long)]
    pub from: Option<String>,
    #[arg(long)]
    pub to: Option<String>,
    #[arg(long, default_value_t = 0)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn parse_near(s: &str) -> Result<Near, String> {
    let parts: Vec<f64> = s
        .split(',')
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| format!("'{s}' is not LAT,LON,KM: write e.g. 55.75,37.62,50"))?;
    match parts[..] {
        [lat, lon, km]
            if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && km > 0.0 =>
        {
            Ok(Near { lat, lon, km })
        }
        _ => Err(format!(
            "'{s}' is not LAT,LON,KM with -90<=LAT<=90, -180<=LON<=180, KM>0: write e.g. 55.75,37.62,50"
        )),
    }
}

/// Opens an existing store for reading.
pub fn open_store(db: &Path) -> anyhow::Result<SqliteStore> {
    if !db.is_file() {
        anyhow::bail!(
            "no database at {}: create one with `newsgraph ingest PATH... --db {}`, or pass --db FILE",
            db.display(),
            db.display()
        );
    }
    Ok(SqliteStore::open_read_only(db)?)
}

fn parties(ps: &[Party]) -> String {
    ps.iter()
        .map(|p| match &p.code {
            Some(c) => format!("{} ({c})", p.text),
            None => p.text.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn event_table(rows: &[EventRow]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec![
        "date",
        "cameo",
        "plover",
        "actor",
        "recipient",
        "place",
        "modality",
        "article",
        "evidence",
    ];
    let body = rows
        .iter()
        .map(|r| {
            vec![
                r.date.clone().unwrap_or_default(),
                r.cameo.clone(),
                r.plover.clone(),
                parties(&r.actors),
                parties(&r.recipients),
                r.place.clone().unwrap_or_default(),
                r.modality.clone(),
                r.article_id.clone(),
                r.evidence.clone(),
            ]
        })
        .collect();
    (header, body)
}

pub fn events(a: EventsArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(&a.db)?;
    let q = EventQuery {
        actor: a.actor,
        actor_name: a.actor_name,
        recipient: a.recipient,
        recipient_name: a.recipient_name,
        cameo: a.cameo,
        plover: a.plover,
        quad_class: a.quad,
        place: a.place,
        country: a.country,
        near: a.near,
        from: a.from,
        to: a.to,
        modality: a.modality,
        limit: a.limit,
        ..EventQuery::default()
    };
    let rows = store.events(&q)?;
    let (header, body) = event_table(&rows);
    print(a.format, serde_json::to_value(&rows)?, &header, &body)
}

pub fn timeline(a: TimelineArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(&a.db)?;
    let q = EventQuery {
        party: Some(a.actor),
        from: a.from,
        to: a.to,
        limit: a.limit,
        ..EventQuery::default()
    };
    let rows = store.events(&q)?;
    let (header, body) = event_table(&rows);
    print(a.format, serde_json::to_value(&rows)?, &header, &body)
}

pub fn search(a: SearchArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(&a.db)?;
    let hits = store.search(&a.text, a.limit)?;
    let header = vec![
        "kind",
        "article",
        "published",
        "title",
        "speaker",
        "snippet",
    ];
    let body = hits
        .iter()
        .map(|h| {
            vec![
                h.kind.to_string(),
                h.article_id.clone(),
                h.published.clone().unwrap_or_default(),
                h.title.clone().unwrap_or_default(),
                h.speaker.clone().unwrap_or_default(),
                h.snippet.clone(),
            ]
        })
        .collect::<Vec<_>>();
    print(a.format, serde_json::to_value(&hits)?, &header, &body)
}

pub fn actors(a: ActorsArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(&a.db)?;
    let rows = store.actors(a.limit)?;
    let header = vec![
        "code",
        "name",
        "events",
        "as actor",
        "as recipient",
        "articles",
    ];
    let body = rows
        .iter()
        .map(|r| {
            vec![
                r.code.clone(),
                r.name.clone(),
                r.events.to_string(),
                r.as_actor.to_string(),
                r.as_recipient.to_string(),
                r.articles.to_string(),
            ]
        })
        .collect::<Vec<_>>();
    print(a.format, serde_json::to_value(&rows)?, &header, &body)
}

fn print(
    format: Format,
    items: serde_json::Value,
    header: &[&str],
    body: &[Vec<String>],
) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &items)?;
            writeln!(out)?;
        }
        Format::Csv => {
            writeln!(
                out,
                "{}",
                header
                    .iter()
                    .map(|h| csv_field(h))
                    .collect::<Vec<_>>()
                    .join(",")
            )?;
            for row in body {
                writeln!(
                    out,
                    "{}",
                    row.iter()
                        .map(|f| csv_field(f))
                        .collect::<Vec<_>>()
                        .join(",")
                )?;
            }
        }
        Format::Table => write_table(&mut out, header, body)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// RFC 4180 quoting.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Widest a table column gets before its cells are shortened with an ellipsis.
const MAX_CELL: usize = 48;

fn write_table(out: &mut dyn Write, header: &[&str], body: &[Vec<String>]) -> std::io::Result<()> {
    let cell = |s: &str| -> String {
        let flat = s.replace(['\n', '\t'], " ");
        if flat.chars().count() > MAX_CELL {
            let cut: String = flat.chars().take(MAX_CELL - 1).collect();
            format!("{cut}…")
        } else {
            flat
        }
    };
    let rows: Vec<Vec<String>> = body
        .iter()
        .map(|r| r.iter().map(|c| cell(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count()))))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header.to_vec()))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for r in &rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    if rows.is_empty() {
        writeln!(out, "(none)")?;
    }
    Ok(())
}
