//! Times loading the compiled knowledge base and matching names in an article's sentences:
//! `cargo run --release -p newsgraph-kb --example kb_bench [DATA_KB_DIR] [ARTICLE.txt]`.
//! Defaults: the repository's `data/kb` and the seed article in `../shared/seed`.

use newsgraph_kb::Kb;
use newsgraph_text::{Article, Doc};
use std::path::PathBuf;
use std::time::Instant;

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
    let started = Instant::now();
    let mut kb = Kb::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    for f in &files {
        kb.add_dictionary(f)?;
    }
    let read = started.elapsed();
    kb.check_index()?;
    let load = started.elapsed();
    println!(
        "read {:.0} ms, indexed {:.0} ms",
        read.as_secs_f64() * 1000.0,
        (load - read).as_secs_f64() * 1000.0
    );
    let stats = kb.stats();
    println!(
        "loaded {} entries, {} aliases, {} keys in {:.0} ms",
        stats.entries,
        stats.aliases,
        stats.keys,
        load.as_secs_f64() * 1000.0
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
