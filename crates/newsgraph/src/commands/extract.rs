//! `newsgraph extract PATH...`: one extraction record per article, on standard output.
//!
//! Bad inputs are reported on standard error, one line each (file, line, reason, fix), and the
//! other articles still come out; the exit code is 1 when any input failed, 0 otherwise.

use crate::data::data_dir;
use newsgraph_extract::Pipeline;
use newsgraph_ingest::{ReadOptions, read_paths};
use newsgraph_text::Published;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories of articles (text, JSON, JSONL); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// One record per line (JSON Lines).
    #[arg(long, conflicts_with = "pretty")]
    pub jsonl: bool,
    /// Indented JSON (the default when standard output is a terminal).
    #[arg(long)]
    pub pretty: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

/// How articles are read and which resources extract them: the options `extract` and `ingest`
/// share.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Publication date for articles whose input has none (YYYY-MM-DD or RFC 3339).
    #[arg(long, value_parser = parse_published)]
    pub published: Option<Published>,
    /// Where the models and knowledge base are (default: the installed or repository `data/`).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// A PETRARCH or Newsgraph dictionary to add (actors, agents, verbs); repeatable.
    #[arg(long = "dictionary")]
    pub dictionaries: Vec<PathBuf>,
    /// Largest input file read whole, in bytes.
    #[arg(long, default_value_t = ReadOptions::DEFAULT_MAX_FILE_BYTES)]
    pub max_file_bytes: u64,
    /// Largest single article (a text file, a JSONL line), in bytes.
    #[arg(long, default_value_t = ReadOptions::DEFAULT_MAX_ARTICLE_BYTES)]
    pub max_article_bytes: u64,
}

impl InputArgs {
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            max_file_bytes: self.max_file_bytes,
            max_article_bytes: self.max_article_bytes,
            default_published: self.published,
        }
    }

    /// The extraction pipeline with the models, knowledge base and dictionaries asked for.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        Ok(Pipeline::load(
            &data_dir(self.data.as_ref()),
            &self.dictionaries,
        )?)
    }
}

pub fn parse_published(s: &str) -> Result<Published, String> {
    Published::parse(s).map_err(|e| e.to_string())
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let pipeline = a.input.pipeline()?;
    let opts = a.input.read_options();
    let pretty = a.pretty || (!a.jsonl && std::io::stdout().is_terminal());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut ok, mut failed) = (0usize, 0usize);
    for item in read_paths(&a.paths, &opts) {
        match item {
            Ok(article) => {
                let record = pipeline.extract(article);
                if pretty {
                    serde_json::to_writer_pretty(&mut out, &record)?;
                } else {
                    serde_json::to_writer(&mut out, &record)?;
                }
                out.write_all(b"\n")?;
                ok += 1;
            }
            Err(e) => {
                out.flush()?;
                eprintln!("newsgraph: {e}");
                failed += 1;
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("newsgraph: {ok} article(s) extracted, {failed} input(s) failed");
        return Ok(ExitCode::from(1));
    }
    if ok == 0 {
        eprintln!("newsgraph: no articles found in the given paths");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
