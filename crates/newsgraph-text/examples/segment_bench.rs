//! Throughput of the text layer: tokenize + split_sentences over a text, on one thread, in MB/s.
//!
//! `cargo run --release -p newsgraph-text --example segment_bench [FILE] [ROUNDS]`
//!
//! FILE is a plain text file, or a CoNLL-U file (name ending in `.conllu`) whose raw text is rebuilt
//! from its `# text` comments (paragraphs joined by "\n", documents concatenated). Without FILE it
//! reads UD English EWT train from `../shared`, and says so and exits when that is absent.
//! Each round segments the whole text as one document; the figure is input bytes per second, by
//! wall clock and by the thread's on-CPU time (the honest one on a loaded machine).

use std::path::PathBuf;
use std::time::Instant;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let path = args.next().map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu"
        ))
    });
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    let raw = match std::fs::read_to_string(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!(
                "skipping: cannot read {} ({e}); pass a text or CoNLL-U file as the first argument",
                path.display()
            );
            return std::process::ExitCode::SUCCESS;
        }
    };
    let text = if path.extension().is_some_and(|x| x == "conllu") {
        match newsgraph_corpus::read_conllu(&raw) {
            Ok(sentences) => raw_text(&sentences),
            Err(e) => {
                eprintln!("{} is not valid CoNLL-U: {e}", path.display());
                return std::process::ExitCode::FAILURE;
            }
        }
    } else {
        raw
    };
    // One warm-up round, so the first timed round does not pay for page faults.
    let (mut tokens, mut sentences) = segment(&text);
    let started = Instant::now();
    let cpu_started = thread_cpu_seconds();
    for _ in 0..rounds {
        (tokens, sentences) = segment(&text);
    }
    let secs = started.elapsed().as_secs_f64();
    let cpu_secs = thread_cpu_seconds().zip(cpu_started).map(|(b, a)| b - a);
    let mb = (text.len() * rounds) as f64 / 1e6;
    println!(
        "{}: {:.1} MB x {rounds} rounds, {tokens} tokens, {sentences} sentences per round",
        path.display(),
        text.len() as f64 / 1e6
    );
    println!(
        "wall clock: {:.1} MB/s ({:.0} tokens/s)",
        mb / secs,
        (tokens * rounds) as f64 / secs
    );
    if let Some(cpu) = cpu_secs.filter(|&c| c > 0.0) {
        println!(
            "on-CPU:     {:.1} MB/s ({:.0} tokens/s)",
            mb / cpu,
            (tokens * rounds) as f64 / cpu
        );
    }
    std::process::ExitCode::SUCCESS
}

/// Time this thread has spent on a CPU (Linux), so that a machine shared with other jobs does not
/// distort the figure the way wall-clock time does; `None` elsewhere.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}

fn segment(text: &str) -> (usize, usize) {
    let tokens = newsgraph_text::tokenize(text);
    let sentences = newsgraph_text::split_sentences(text, &tokens);
    (tokens.len(), sentences.len())
}

/// The raw text of a treebank: sentences of a paragraph joined by a space, paragraphs by "\n".
fn raw_text(sentences: &[newsgraph_corpus::UdSentence]) -> String {
    let mut text = String::new();
    for s in sentences {
        let Some(t) = s.text() else { continue };
        if !text.is_empty() {
            text.push(if s.new_par() { '\n' } else { ' ' });
        }
        text.push_str(t);
    }
    text
}
