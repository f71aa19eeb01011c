//! `newsgraph export --format jsonl|gdelt-events|gdelt-mentions|gdelt-gkg|parquet [--out FILE]`:
//! the store as the records it holds, as GDELT 2.0 tables (docs/gdelt.md), or as Parquet
//! (docs/parquet.md).
//!
//! **Invariant:** an export only reads the store, and the same store always gives the same bytes.

use super::query::open_store;
use newsgraph_store::gdelt;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// The extraction records, one per line, exactly as stored.
    Jsonl,
    /// GDELT 2.0 Event table (61 tab-separated columns).
    GdeltEvents,
    /// GDELT 2.0 Mentions table (16 columns).
    GdeltMentions,
    /// GDELT GKG 2.1 (27 columns).
    GdeltGkg,
    /// Parquet, one row per actor-recipient dyad of each event (docs/parquet.md); needs --out.
    Parquet,
}

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// The database file.
    #[arg(long, default_value = "newsgraph.db")]
    pub db: PathBuf,
    /// Output file (default: standard output).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let store = open_store(&a.db)?;
    let mut out: Box<dyn Write> = match &a.out {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).map_err(
            |e| {
                anyhow::anyhow!(
                    "cannot create {}: {e}: check the directory exists and is writable",
                    p.display()
                )
            },
        )?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let n = match a.format {
        ExportFormat::Jsonl => gdelt::write_jsonl(&store, &mut out)?,
        ExportFormat::GdeltEvents => gdelt::write_events(&store, &mut out)?,
        ExportFormat::GdeltMentions => gdelt::write_mentions(&store, &mut out)?,
        ExportFormat::GdeltGkg => gdelt::write_gkg(&store, &mut out)?,
        ExportFormat::Parquet => {
            // Parquet needs a Send file writer of its own; the text stream is dropped unused.
            drop(out);
            return export_parquet(&store, a.out.as_deref());
        }
    };
    out.flush()?;
    eprintln!("newsgraph: {n} row(s) exported");
    Ok(ExitCode::SUCCESS)
}

/// Parquet is written to a file only: its footer makes it a binary format for files, not pipes.
fn export_parquet(
    store: &dyn newsgraph_store::Store,
    out: Option<&std::path::Path>,
) -> anyhow::Result<ExitCode> {
    let Some(path) = out else {
        anyhow::bail!("--format parquet writes a binary file: give --out FILE.parquet");
    };
    let file = std::fs::File::create(path).map_err(|e| {
        anyhow::anyhow!(
            "cannot create {}: {e}: check the directory exists and is writable",
            path.display()
        )
    })?;
    let n = newsgraph_store::write_parquet(store, std::io::BufWriter::new(file))?;
    eprintln!("newsgraph: {n} row(s) exported to {}", path.display());
    Ok(ExitCode::SUCCESS)
}
