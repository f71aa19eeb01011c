//! Times loading the knowledge base (from its snapshot and from its TSV files, best of five, wall
//! and CPU time) and matching names in an article's sentences:
//! `cargo run --release -p newsgraph-kb --example kb_bench [DATA_KB_DIR] [ARTICLE.txt]`.
//! Defaults: the repository's `data/kb` and the seed article in `../shared/seed`.

use newsgraph_kb::{Kb, KbError, Origin};
use newsgraph_text::{Article, Doc};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// CPU time of this process (all threads, user and system) from /proc/self/stat, where there is
/// one; ticks are usually 10 ms.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Best wall and CPU time of five loads.
fn best_of_five(
    what: &str,
    dir: &Path,
    load: fn(&Path) -> Result<Kb, KbError>,
) -> Result<Kb, KbError> {
    let (mut wall, mut cpu) = (Duration::MAX, Duration::MAX);
    let mut last = None;
    for _ in 0..5 {
        drop(last.take());
        let (c0, t0) = (cpu_time(), Instant::now());
        let kb = load(dir)?;
        kb.check_index()?;
        wall = wall.min(t0.elapsed());
        if let (Some(c0), Some(c1)) = (c0, cpu_time()) {
            cpu = cpu.min(c1.saturating_sub(c0));
        }
        last = Some(kb);
    }
    let cpu = if cpu == Duration::MAX {
        "unknown".to_string()
    } else {
        format!("{:.0} ms", cpu.as_secs_f64() * 1000.0)
    };
    println!(
        "{what}: best of 5: {:.0} ms wall, {cpu} CPU",
        wall.as_secs_f64() * 1000.0
    );
    last.ok_or_else(|| KbError::Index("no load ran".into()))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/kb")));
    let article = args.next().map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/seed/000_6ba0ae7772921397.txt"
        ))
    });
    best_of_five("TSV files", &dir, Kb::load_tsv)?;
    let kb = best_of_five("Kb::load", &dir, Kb::load)?;
    match kb.origin() {
        Origin::Snapshot(p) => println!("Kb::load read {}", p.display()),
        Origin::Tsv { snapshot } => println!("Kb::load read the TSV files: {snapshot}"),
        Origin::Built => {}
    }
    let stats = kb.stats();
    println!(
        "{} entries, {} aliases, {} keys",
        stats.entries, stats.aliases, stats.keys
    );
    let text = std::fs::read_to_string(&article)?;
    let (title, body) = text.split_once('\n').unwrap_or(("", &text));
    let doc = Doc::new(Article::new(None, Some(title), body));
    let rounds = 200;
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for s in &doc.sentences {
            found += kb.find(doc.text(), &doc.tokens[s.tokens.clone()]).len();
        }
    }
    let per_sentence =
        started.elapsed().as_secs_f64() * 1e6 / (rounds * doc.sentences.len()) as f64;
    println!(
        "{} matches in {} sentences; {per_sentence:.1} µs per sentence",
        found / rounds,
        doc.sentences.len()
    );
    Ok(())
}
