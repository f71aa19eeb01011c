//! `newsgraph ingest PATH... [--db FILE]`: reads articles, extracts them in parallel and stores
//! them with their records, entities, events, quotes and story clusters.
//!
//! **Invariant:** the database depends only on the inputs and their order, never on timing: one
//! reader thread numbers the articles, extraction runs on every core, and one writer stores the
//! results back in input order, in transactions. So a run is idempotent (stored ids are skipped
//! before extraction), and a run killed at any point and started again ends with the same rows
//! as a run that was never interrupted.

use super::extract::InputArgs;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use newsgraph_extract::{Pipeline, Record};
use newsgraph_ingest::dedup::Fingerprint;
use newsgraph_ingest::{ReadOptions, lang, read_paths};
use newsgraph_store::{BatchOutcome, Entry, Ingested, Skipped, SqliteStore, Store};
use newsgraph_text::Article;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories of articles; `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The database file.
    #[arg(long, default_value = "newsgraph.db")]
    pub db: PathBuf,
    /// Store articles without extracting entities, quotes or events (fast loading).
    #[arg(long)]
    pub no_events: bool,
    /// Extraction threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Articles per database transaction.
    #[arg(long, default_value_t = 200)]
    pub batch: usize,
    /// Languages to extract (ISO 639-1); articles identified as another language are recorded
    /// as skipped.
    #[arg(long, default_value = "en", value_delimiter = ',')]
    pub languages: Vec<String>,
    #[command(flatten)]
    pub input: InputArgs,
}

/// What flows from the reader and the workers to the writer, numbered in input order.
enum Work {
    Entry(Entry),
    /// Already in the store: nothing to write, but the sequence number must be accounted for.
    Known,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut store = SqliteStore::open(&a.db)?;
    let pipeline = if a.no_events {
        None
    } else {
        Some(a.input.pipeline()?)
    };
    let opts = a.input.read_options();
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let lookup = SqliteStore::open_read_only(&a.db)
        .with_context(|| format!("opening {} for reading", a.db.display()))?;
    let (job_tx, job_rx) = sync_channel::<(u64, Article)>(threads * 8);
    let (done_tx, done_rx) = sync_channel::<(u64, Work)>(threads * 16 + a.batch);
    // Held in an Option so that the last handle is dropped once the workers have theirs: when
    // they stop early, the reader's sends then fail instead of blocking.
    let mut job_rx = Some(Arc::new(Mutex::new(job_rx)));
    let languages = a.languages.clone();
    let progress = progress_bar();

    std::thread::scope(|scope| -> anyhow::Result<ExitCode> {
        let reader_done = done_tx.clone();
        let paths = a.paths.clone();
        let pb = progress.clone();
        scope.spawn(move || read_all(&paths, &opts, &lookup, job_tx, reader_done, &pb));
        let job_rx = job_rx.take().context("the job queue is set up once")?;
        for _ in 0..threads {
            let jobs = Arc::clone(&job_rx);
            let done = done_tx.clone();
            let pipeline = pipeline.as_ref();
            let languages = &languages;
            scope.spawn(move || extract_all(&jobs, &done, pipeline, languages));
        }
        drop(job_rx);
        drop(done_tx);
        let total = write_all(&mut store, done_rx, a.batch, &progress)?;
        progress.finish_and_clear();
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        eprintln!(
            "newsgraph: {} article(s) added ({} events, {} quotes) in {:.1}s, {:.1} articles/s; \
             {} already stored, {} exact and {} near duplicates, {} skipped, {} input error(s)",
            total.articles_added,
            total.events_added,
            total.quotes_added,
            secs,
            total.articles_added as f64 / secs,
            total.already_stored,
            total.exact_duplicates,
            total.near_duplicates,
            total.skipped,
            total.errors,
        );
        Ok(if total.errors > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    })
}

fn progress_bar() -> ProgressBar {
    let pb = ProgressBar::new_spinner();
    pb.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {pos} articles ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}

/// The reader thread: numbers every input item, skips articles already stored, and sends the
/// rest to the workers; bad inputs go straight to the writer.
fn read_all(
    paths: &[PathBuf],
    opts: &ReadOptions,
    lookup: &SqliteStore,
    jobs: SyncSender<(u64, Article)>,
    done: SyncSender<(u64, Work)>,
    pb: &ProgressBar,
) {
    for (seq, item) in read_paths(paths, opts).enumerate() {
        let seq = seq as u64;
        let sent = match item {
            Ok(article) => match lookup.contains_article(&article.id) {
                Ok(true) => done.send((seq, Work::Known)).is_ok(),
                // A failed lookup only costs a redundant extraction: the writer skips the id.
                _ => jobs.send((seq, article)).is_ok(),
            },
            Err(e) => {
                // suspend, not println: println is silent when the bar is hidden (no terminal).
                pb.suspend(|| eprintln!("newsgraph: {e}"));
                let entry = Entry::Failed {
                    message: e.to_string(),
                };
                done.send((seq, Work::Entry(entry))).is_ok()
            }
        };
        if !sent {
            return;
        }
    }
}

/// A worker thread: identifies the language, fingerprints and extracts.
fn extract_all(
    jobs: &Mutex<Receiver<(u64, Article)>>,
    done: &SyncSender<(u64, Work)>,
    pipeline: Option<&Pipeline>,
    languages: &[String],
) {
    loop {
        let job = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, mut article)) = job else { return };
        if article.language.is_none() {
            article.language = lang::identify(article.text());
        }
        let entry = match &article.language {
            Some(l) if !languages.iter().any(|x| x == l) => Entry::Skipped(Skipped {
                article_id: article.id.clone(),
                reason: format!("language {l} is not one of {}", languages.join(",")),
                language: Some(l.clone()),
            }),
            _ => {
                let fingerprint = Fingerprint::of(article.text());
                let record = match pipeline {
                    Some(p) => p.extract(article),
                    None => bare_record(&article),
                };
                Entry::Article(Box::new(Ingested {
                    record,
                    fingerprint,
                }))
            }
        };
        if done.send((seq, Work::Entry(entry))).is_err() {
            return;
        }
    }
}

/// The record of an article stored without extraction (`--no-events`).
fn bare_record(a: &Article) -> Record {
    let mut r = Record::of_article(a);
    r.notes
        .push("stored without extraction (--no-events)".to_string());
    r
}

/// The writer: puts results back in input order and stores them in batches.
fn write_all(
    store: &mut SqliteStore,
    done: Receiver<(u64, Work)>,
    batch_size: usize,
    pb: &ProgressBar,
) -> anyhow::Result<BatchOutcome> {
    let mut total = BatchOutcome::default();
    let mut waiting: BTreeMap<u64, Work> = BTreeMap::new();
    let mut next = 0u64;
    let mut batch: Vec<Entry> = Vec::with_capacity(batch_size);
    let mut flush = |batch: &mut Vec<Entry>, total: &mut BatchOutcome| -> anyhow::Result<()> {
        if !batch.is_empty() {
            *total += store.put_batch(batch)?;
            batch.clear();
            pb.set_message(format!(
                "{} events, {} skipped, {} errors, {} already stored",
                total.events_added, total.skipped, total.errors, total.already_stored
            ));
        }
        Ok(())
    };
    for (seq, work) in done {
        waiting.insert(seq, work);
        while let Some(work) = waiting.remove(&next) {
            next += 1;
            pb.inc(1);
            match work {
                Work::Known => total.already_stored += 1,
                Work::Entry(e) => batch.push(e),
            }
            if batch.len() >= batch_size.max(1) {
                flush(&mut batch, &mut total)?;
            }
        }
    }
    flush(&mut batch, &mut total)?;
    Ok(total)
}
