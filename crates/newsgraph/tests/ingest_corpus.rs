//! The ingest path end to end, through the binary: a generated corpus in every format (with
//! duplicates, foreign articles and malformed files) is ingested, ingested again (nothing is
//! added), and ingested by a run killed with SIGKILL halfway and resumed, which must end with the
//! same database as the uninterrupted run; then the queries and exports run over it.
//!
//! Needs python3 for the generator (scripts/corpus/make_corpus.py); skips with a reason without it.

use newsgraph_store::{SqliteStore, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsgraph-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn newsgraph(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn make_corpus(dir: &Path, articles: usize) -> bool {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scripts/corpus/make_corpus.py"
    );
    match Command::new("python3")
        .args([
            script,
            dir.to_str().unwrap(),
            "--articles",
            &articles.to_string(),
        ])
        .output()
    {
        Ok(o) if o.status.success() => true,
        Ok(o) => panic!(
            "corpus generator failed: {}",
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => {
            eprintln!("skipped: python3 is not available ({e})");
            false
        }
    }
}

fn dump(db: &Path) -> String {
    SqliteStore::open_read_only(db).unwrap().dump().unwrap()
}

/// Compares two dumps, showing the first rows that differ (whole dumps are too long to print).
fn same_dump(resumed: &str, full: &str) {
    let diff: Vec<(&str, &str)> = resumed
        .lines()
        .zip(full.lines())
        .filter(|(a, b)| a != b)
        .take(3)
        .collect();
    let cut = |s: &str| s.chars().take(300).collect::<String>();
    assert!(
        diff.is_empty() && resumed.lines().count() == full.lines().count(),
        "a resumed run must end with the same database; {} vs {} rows; first differences:\n{}",
        resumed.lines().count(),
        full.lines().count(),
        diff.iter()
            .map(|(a, b)| format!("resumed: {}\nfull:    {}", cut(a), cut(b)))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn ingest_is_idempotent_resumable_and_queryable() {
    let dir = scratch("corpus");
    let corpus = dir.join("corpus");
    if !make_corpus(&corpus, 400) {
        return;
    }
    let corpus = corpus.to_str().unwrap();

    // An uninterrupted run.
    let full = dir.join("full.db");
    let full_s = full.to_str().unwrap();
    let o = newsgraph(&["ingest", corpus, "--db", full_s, "--batch", "25"]);
    let (_, err) = text(&o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "malformed inputs make the exit code 1: {err}"
    );
    for bad in [
        "latin1.txt: is not UTF-8",
        "binary.txt: looks binary",
        "empty.txt: is empty",
        "broken.jsonl: line 2: is not valid JSON",
        "broken.jsonl: line 3: has no body",
        "truncated.warc.gz: record",
        "broken-record.warc: record",
        "invalid.rss: is not a valid RSS or Atom feed",
        "no-article.html: has no readable article",
    ] {
        assert!(err.contains(bad), "missing error {bad:?} in:\n{err}");
    }
    let stats = SqliteStore::open_read_only(&full).unwrap().stats().unwrap();
    assert!(stats.articles >= 400, "{stats:?}");
    assert!(
        stats.skipped >= 4,
        "non-English articles are recorded as skipped: {stats:?}"
    );
    assert!(
        stats.stories < stats.articles,
        "duplicates join stories: {stats:?}"
    );

    // Again: nothing added, same database.
    let before = dump(&full);
    let o = newsgraph(&["ingest", corpus, "--db", full_s]);
    let (_, err) = text(&o);
    assert!(err.contains("newsgraph: 0 article(s) added"), "{err}");
    assert_eq!(dump(&full), before, "a second run changes nothing");

    // Killed with SIGKILL after some batches are committed, then resumed.
    let resumed = dir.join("resumed.db");
    let mut child = Command::new(BIN)
        .args([
            "ingest",
            corpus,
            "--db",
            resumed.to_str().unwrap(),
            "--batch",
            "10",
            "--threads",
            "1",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut interrupted = false;
    while started.elapsed() < Duration::from_secs(120) {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        let stored = SqliteStore::open_read_only(&resumed)
            .and_then(|s| s.stats())
            .map_or(0, |s| s.articles);
        if stored >= 50 {
            child.kill().unwrap(); // SIGKILL on Unix
            interrupted = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.wait();
    if !interrupted {
        eprintln!("note: the run finished before it could be killed; resuming it anyway");
    }
    let partial = SqliteStore::open_read_only(&resumed)
        .unwrap()
        .stats()
        .unwrap();
    assert!(partial.articles <= stats.articles);
    let o = newsgraph(&[
        "ingest",
        corpus,
        "--db",
        resumed.to_str().unwrap(),
        "--batch",
        "25",
    ]);
    assert_eq!(o.status.code(), Some(1));
    same_dump(&dump(&resumed), &dump(&full));
    // The full-text indexes, which the dump leaves out, answer alike.
    for query in ["protesters", "minister", "talks"] {
        let hits = |db: &Path| {
            let hits = SqliteStore::open_read_only(db)
                .unwrap()
                .search(query, 0)
                .unwrap();
            assert!(!hits.is_empty(), "no hits for {query:?}");
            format!("{hits:?}")
        };
        assert_eq!(hits(&resumed), hits(&full), "search {query:?}");
    }

    // Queries and exports read the result.
    let o = newsgraph(&["search", "protesters", "--db", full_s, "--format", "json"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    let hits: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(!hits.as_array().unwrap().is_empty());
    for cmd in [
        vec!["events", "--db", full_s, "--format", "csv"],
        vec!["actors", "--db", full_s],
        vec!["timeline", "USA", "--db", full_s],
    ] {
        let o = newsgraph(&cmd);
        assert!(o.status.success(), "{cmd:?}: {}", text(&o).1);
    }
    let o = newsgraph(&["export", "--format", "jsonl", "--db", full_s]);
    let (out, _) = text(&o);
    assert_eq!(out.lines().count() as u64, stats.articles);
    for (format, columns) in [
        ("gdelt-gkg", 27),
        ("gdelt-events", 61),
        ("gdelt-mentions", 16),
    ] {
        let o = newsgraph(&["export", "--format", format, "--db", full_s]);
        assert!(o.status.success());
        for line in text(&o).0.lines() {
            assert_eq!(line.split('\t').count(), columns, "{format}: {line}");
        }
    }
    let o = newsgraph(&["events", "--db", dir.join("missing.db").to_str().unwrap()]);
    assert!(
        text(&o).1.contains("newsgraph ingest"),
        "a missing database says how to make one"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
