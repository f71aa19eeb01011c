//! Speed benchmark for the shipped models (not a test): loads `tagger.bin`, `parser.bin` and
//! `ner.bin`, then times, on one thread, tagging plus NER and parsing over the words of a CoNLL-U
//! file. Prints one `key<TAB>value` line per figure for `scripts/bench_models/run.sh`.
//!
//! Usage: `cargo run --release -p newsgraph-models --example bench_models -- MODELS_DIR FILE.conllu [ROUNDS]`

use newsgraph_corpus::read_conllu;
use newsgraph_models::Models;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::time::Instant;

fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time this thread has run, from the scheduler: on a shared machine wall time measures the
/// other processes as much as ours, so both are reported.
fn cpu_s() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(file)) = (args.get(1), args.get(2)) else {
        return Err("usage: bench_models MODELS_DIR FILE.conllu [ROUNDS]".into());
    };
    let rounds: usize = args.get(3).map(|r| r.parse()).transpose()?.unwrap_or(3);
    let (t, c) = (Instant::now(), cpu_s());
    let models = Models::load(Path::new(dir))?;
    println!("load_ms\t{:.1}", t.elapsed().as_secs_f64() * 1000.0);
    println!("load_cpu_ms\t{:.1}", (cpu_s() - c) * 1000.0);

    let sentences = read_conllu(&std::fs::read_to_string(file)?)?;
    let forms: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| newsgraph_text::normalize(&w.form).into_owned())
                .collect()
        })
        .collect();
    // Documents of 20 sentences, as articles come.
    let docs: Vec<Vec<Vec<&str>>> = forms
        .chunks(20)
        .map(|d| {
            d.iter()
                .map(|s| s.iter().map(String::as_str).collect())
                .collect()
        })
        .collect();
    let tokens: usize = forms.iter().map(Vec::len).sum();
    println!("sentences\t{}", sentences.len());
    println!("tokens\t{tokens}");

    let mut check = 0usize;
    // Tagger and NER alone (CPU time), to see which of the two the combined figure is made of.
    let (mut tag_cpu, mut ner_cpu) = (f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let c = cpu_s();
        for doc in &docs {
            for s in doc {
                check += models.tagger.tag(s).upos.len();
            }
        }
        tag_cpu = tag_cpu.min(cpu_s() - c);
        let c = cpu_s();
        for doc in &docs {
            check += models.ner.tag_document(doc).len();
        }
        ner_cpu = ner_cpu.min(cpu_s() - c);
    }
    let (mut tag_ner, mut parse) = (f64::MAX, f64::MAX);
    let (mut tag_ner_cpu, mut parse_cpu) = (f64::MAX, f64::MAX);
    for _ in 0..rounds {
        let (t, c) = (Instant::now(), cpu_s());
        let mut all_tags = Vec::with_capacity(forms.len());
        for doc in &docs {
            for s in doc {
                all_tags.push(models.tagger.tag(s));
            }
            check += models.ner.tag_document(doc).len();
        }
        tag_ner = tag_ner.min(t.elapsed().as_secs_f64());
        tag_ner_cpu = tag_ner_cpu.min(cpu_s() - c);
        let (t, c) = (Instant::now(), cpu_s());
        let mut k = 0;
        for doc in &docs {
            for s in doc {
                check += models.parser.parse(s, &all_tags[k]).heads.len();
                k += 1;
            }
        }
        parse = parse.min(t.elapsed().as_secs_f64());
        parse_cpu = parse_cpu.min(cpu_s() - c);
    }
    println!("tagger_ner_tokens_per_s\t{:.0}", tokens as f64 / tag_ner);
    println!("parser_tokens_per_s\t{:.0}", tokens as f64 / parse);
    println!("all_tokens_per_s\t{:.0}", tokens as f64 / (tag_ner + parse));
    if tag_ner_cpu > 0.0 && parse_cpu > 0.0 {
        println!(
            "tagger_ner_tokens_per_cpu_s\t{:.0}",
            tokens as f64 / tag_ner_cpu
        );
        println!("parser_tokens_per_cpu_s\t{:.0}", tokens as f64 / parse_cpu);
    }
    if tag_cpu > 0.0 && ner_cpu > 0.0 {
        println!("tagger_tokens_per_cpu_s\t{:.0}", tokens as f64 / tag_cpu);
        println!("ner_tokens_per_cpu_s\t{:.0}", tokens as f64 / ner_cpu);
    }
    if let Some(kb) = peak_rss_kb() {
        println!("peak_rss_mb\t{:.1}", kb as f64 / 1024.0);
    }
    // Printed so the work cannot be optimised away: a count of outputs, not a fingerprint.
    eprintln!("output_count {check}");
    // A fingerprint of every output (UPOS, XPOS, NER tag, head and relation of every word),
    // computed once outside the timing: two builds or model files that print the same one give
    // the same analyses.
    let mut outputs = std::collections::hash_map::DefaultHasher::new();
    for doc in &docs {
        let ner = models.ner.tag_document(doc);
        for (s, ner) in doc.iter().zip(&ner) {
            let tags = models.tagger.tag(s);
            let tree = models.parser.parse(s, &tags);
            (&tags.upos, &tags.xpos, ner, &tree.heads, &tree.deprels).hash(&mut outputs);
        }
    }
    println!("outputs_fingerprint\t{:016x}", outputs.finish());
    Ok(())
}
