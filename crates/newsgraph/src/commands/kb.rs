//! `newsgraph kb lookup NAME` and `newsgraph kb stats`: look into the knowledge base the entity
//! stage uses, with the same loading (data directory plus `--dictionary` files);
//! `newsgraph kb compile`: write the snapshot that makes that loading fast.

use crate::data::data_dir;
use newsgraph_kb::{Kb, NaiveDate, Origin, Resolved};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Source {
    /// Where the compiled knowledge base is (default: the installed or repository `data/`); the
    /// files are read from its `kb/` directory.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// A dictionary to add: KB TSV (docs/dictionaries.md) or PETRARCH actors/agents; repeatable.
    #[arg(long = "dictionary")]
    pub dictionaries: Vec<PathBuf>,
}

#[derive(clap::Subcommand)]
pub enum KbCommand {
    /// Show every entry a name may be, with its actor code at a date.
    Lookup {
        /// The name, as written in an article ("the Kremlin", "U.S.", "Pompeo", "rebels").
        name: String,
        /// The date the codes are resolved at (YYYY-MM-DD); default today.
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
        #[command(flatten)]
        source: Source,
    },
    /// Count the knowledge base by kind, and time its loading.
    Stats {
        #[command(flatten)]
        source: Source,
    },
    /// Compile the TSV files of the knowledge base into its snapshot (kb/kb.snapshot), which
    /// loading then reads instead; run after editing them (scripts/kb/build.sh does).
    Compile {
        /// Where the knowledge base is (default: the installed or repository `data/`); the
        /// snapshot is written into its `kb/` directory.
        #[arg(long)]
        data: Option<PathBuf>,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date: write YYYY-MM-DD, e.g. 2019-05-12"))
}

fn load(source: &Source) -> anyhow::Result<Kb> {
    let dir = data_dir(source.data.as_ref()).join("kb");
    let mut kb = Kb::load(&dir)?;
    for path in &source.dictionaries {
        let report = kb.add_dictionary(path)?;
        eprintln!(
            "{}: {} entries, {} lines skipped",
            report.path.display(),
            report.entries,
            report.problems.len()
        );
        for p in report.problems.iter().take(20) {
            eprintln!("  {p}");
        }
    }
    kb.check_index()?;
    Ok(kb)
}

pub fn run(c: KbCommand) -> anyhow::Result<ExitCode> {
    // Written, not printed: a closed pipe (`| head`) ends the command with an error, not a panic.
    let mut out = std::io::stdout().lock();
    match c {
        KbCommand::Lookup { name, date, source } => {
            let kb = load(&source)?;
            let date = date.unwrap_or_else(today);
            let found = kb.lookup(&name, date);
            if found.is_empty() {
                writeln!(out, "no entry is named '{name}'")?;
                let tokens = newsgraph_text::tokenize(&name);
                for m in kb.find_longest(&name, &tokens) {
                    let part = &name[m.start..m.end];
                    writeln!(out, "'{part}' is a name inside it:")?;
                    for r in kb.lookup(part, date) {
                        print_resolved(&mut out, &r, date)?;
                    }
                }
                return Ok(ExitCode::from(1));
            }
            for r in &found {
                print_resolved(&mut out, r, date)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        KbCommand::Stats { source } => {
            let started = Instant::now();
            let kb = load(&source)?;
            let elapsed = started.elapsed();
            let stats = kb.stats();
            for (kind, n) in &stats.by_kind {
                writeln!(out, "{:<10} {n}", kind.as_str())?;
            }
            writeln!(out, "{:<10} {}", "entries", stats.entries)?;
            writeln!(out, "{:<10} {}", "aliases", stats.aliases)?;
            writeln!(out, "{:<10} {}", "keys", stats.keys)?;
            writeln!(out, "{:<10} {}", "problems", kb.problems().len())?;
            writeln!(
                out,
                "loaded and indexed in {:.0} ms",
                elapsed.as_secs_f64() * 1000.0
            )?;
            match kb.origin() {
                Origin::Snapshot(p) => writeln!(out, "from {}", p.display())?,
                Origin::Tsv { snapshot } => writeln!(out, "from the TSV files: {snapshot}")?,
                Origin::Built => {}
            }
            Ok(ExitCode::SUCCESS)
        }
        KbCommand::Compile { data } => {
            let dir = data_dir(data.as_ref()).join("kb");
            let started = Instant::now();
            let report = Kb::compile(&dir)?;
            writeln!(
                out,
                "wrote {}: {} entries, {} keys, {:.1} MB in {:.1} s",
                report.path.display(),
                report.entries,
                report.keys,
                report.bytes as f64 / 1e6,
                started.elapsed().as_secs_f64()
            )?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Today in UTC, from the system clock.
fn today() -> NaiveDate {
    const UNIX_EPOCH_DAYS_FROM_CE: i64 = 719_163;
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    i32::try_from(UNIX_EPOCH_DAYS_FROM_CE + days)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .unwrap_or_default()
}

fn print_resolved(out: &mut impl Write, r: &Resolved<'_>, date: NaiveDate) -> std::io::Result<()> {
    let e = r.entry;
    let mut line = format!("{:<9} {}", e.kind.as_str(), e.name);
    match (&r.actor, &e.role) {
        (Some(a), _) => line += &format!("  actor {a} at {date}"),
        (None, Some(role)) => line += &format!("  role {role}"),
        (None, None) => {}
    }
    if let Some(c) = &e.country {
        line += &format!("  country {c}");
    }
    if let Some(p) = &e.place {
        if let Some(id) = p.geonames_id {
            line += &format!("  geonames {id}");
        }
        if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
            line += &format!("  at {lat:.2},{lon:.2}");
        }
        if let Some(pop) = p.population {
            line += &format!("  population {pop}");
        }
    }
    if e.prior < 1.0 {
        line += &format!("  prior {:.1}", e.prior);
    }
    if let Some(n) = &e.note {
        line += &format!("  ({n})");
    }
    writeln!(out, "{line}")?;
    if e.codes.len() > 1 {
        let codes: Vec<String> = e.codes.iter().map(|c| c.to_string()).collect();
        writeln!(out, "          codes {}", codes.join(" "))?;
    }
    writeln!(out, "          from {}", e.source)
}
