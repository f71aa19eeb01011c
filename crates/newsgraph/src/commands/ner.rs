//! `train ner`, `eval ner`, `ner --conll`: the named-entity recognizer commands.
//!
//! Only this edge reads and writes files; training, tagging and scoring live in
//! `newsgraph_models::ner`. Progress goes to standard error, results to standard output.

use super::models::{conllu_files, read_corpus};
use crate::data::data_dir;
use anyhow::Context;
use newsgraph_corpus::score::Counts;
use newsgraph_corpus::{ConllLine, read_conll};
use newsgraph_models::Model;
use newsgraph_models::ner::{self, NerDocument, NerScores, TYPES, TrainOptions, TrainProgress};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// A CoNLL-2003 file with gold tags in the last column (IOB1 or IOB2).
    #[arg(long)]
    pub corpus: PathBuf,
    /// The model (default: `models/ner.bin` in the data directory).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Tag each document in one pass only (no document-level second pass).
    #[arg(long)]
    pub one_pass: bool,
}

#[derive(clap::Args)]
pub struct TagArgs {
    /// A CoNLL file: token in the first column, blank lines between sentences.
    #[arg(long)]
    pub conll: PathBuf,
    /// The model (default: `models/ner.bin` in the data directory).
    #[arg(long)]
    pub model: Option<PathBuf>,
}

fn read_lines(path: &Path) -> anyhow::Result<Vec<ConllLine>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read {}; pass a CoNLL file", path.display()))?;
    read_conll(&text).with_context(|| format!("{} is not a CoNLL file", path.display()))
}

fn read_documents(path: &Path) -> anyhow::Result<Vec<NerDocument>> {
    ner::documents_from_conll(&read_lines(path)?).with_context(|| format!("in {}", path.display()))
}

fn load_model(flag: Option<&PathBuf>) -> anyhow::Result<ner::Ner> {
    let path = flag
        .cloned()
        .unwrap_or_else(|| data_dir(None).join("models/ner.bin"));
    Ok(ner::Ner::load(&path)?)
}

pub fn train(a: super::models::TrainArgs) -> anyhow::Result<ExitCode> {
    let docs = read_documents(&a.corpus)?;
    let dev = a.dev.as_deref().map(read_documents).transpose()?;
    let mut text: Vec<Vec<String>> = Vec::new();
    for text_path in &a.texts {
        for path in conllu_files(text_path)? {
            text.extend(
                read_corpus(&path)?
                    .iter()
                    .map(newsgraph_models::normalized_forms),
            );
        }
    }
    let defaults = TrainOptions::default();
    let options = TrainOptions {
        epochs: a.epochs.unwrap_or(defaults.epochs),
        seed: a.seed.unwrap_or(defaults.seed),
        ..defaults
    };
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();
    eprintln!(
        "training NER on {} documents, {sentences} sentences ({} extra text sentences), {} epochs, seed {}",
        docs.len(),
        text.len(),
        options.epochs,
        options.seed
    );
    let bar = indicatif::ProgressBar::new(docs.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("epoch {msg} [{bar:40}] {pos}/{len} documents")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let mut on_progress = |p: TrainProgress| match p {
        TrainProgress::Document { epoch, done, .. } => {
            bar.set_message(epoch.to_string());
            bar.set_position(done as u64);
        }
        TrainProgress::Epoch {
            epoch,
            train_accuracy,
            dev,
        } => {
            let dev = dev.map_or(String::new(), |s| {
                format!(
                    ", dev P {:.2} R {:.2} F1 {:.2}",
                    100.0 * s.overall.precision(),
                    100.0 * s.overall.recall(),
                    100.0 * s.overall.f1()
                )
            });
            bar.suspend(|| {
                eprintln!(
                    "epoch {epoch}: train token accuracy {:.2}{dev}",
                    100.0 * train_accuracy
                )
            });
        }
    };
    let (model, report) = ner::train(&docs, dev.as_deref(), &text, &options, &mut on_progress)?;
    bar.finish_and_clear();
    if let Some(dir) = a.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create directory {}", dir.display()))?;
    }
    model.save(&a.out)?;
    let (rows, words, names) = model.sizes();
    let size = std::fs::metadata(&a.out).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "kept epoch {}{}; wrote {} ({size} bytes: {rows} weight rows, {words} words, {names} names)",
        report.best_epoch,
        report.best_dev.map_or(String::new(), |s| format!(
            " (dev F1 {:.2})",
            100.0 * s.overall.f1()
        )),
        a.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn eval(a: EvalArgs) -> anyhow::Result<ExitCode> {
    let mut model = load_model(a.model.as_ref())?;
    model.second_pass = !a.one_pass;
    let docs = read_documents(&a.corpus)?;
    let scores = model.evaluate(&docs);
    print!("{}", format_scores(&scores));
    Ok(ExitCode::SUCCESS)
}

fn format_scores(s: &NerScores) -> String {
    let row = |name: &str, t: &Counts| {
        format!(
            "{name:<8} {:>6.2} {:>6.2} {:>6.2} {:>6} {:>6} {:>6}\n",
            100.0 * t.precision(),
            100.0 * t.recall(),
            100.0 * t.f1(),
            t.gold,
            t.predicted,
            t.matched
        )
    };
    let mut out = format!(
        "{:<8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}\n",
        "type", "P", "R", "F1", "gold", "found", "right"
    );
    for (name, t) in TYPES.iter().zip(&s.per_type) {
        out.push_str(&row(name, t));
    }
    out.push_str(&row("overall", &s.overall));
    out
}

pub fn tag(a: TagArgs) -> anyhow::Result<ExitCode> {
    let model = load_model(a.model.as_ref())?;
    let lines = read_lines(&a.conll)?;
    let raw = std::fs::read_to_string(&a.conll)
        .with_context(|| format!("cannot read {}", a.conll.display()))?;
    let raw_lines: Vec<&str> = raw.lines().map(|l| l.trim_end_matches('\r')).collect();
    let tags = tag_lines(&model, &lines);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (line, tag) in raw_lines.iter().zip(&tags) {
        match tag {
            Some(t) => writeln!(out, "{line} {t}")?,
            None => writeln!(out, "{line}")?,
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The predicted tag for each token line (`None` for blank and `-DOCSTART-` lines), tagging one
/// document (between `-DOCSTART-` lines) at a time so the document memory stays within it.
fn tag_lines(model: &ner::Ner, lines: &[ConllLine]) -> Vec<Option<&'static str>> {
    let mut out: Vec<Option<&'static str>> = vec![None; lines.len()];
    let mut doc: Vec<Vec<usize>> = Vec::new();
    let mut sentence: Vec<usize> = Vec::new();
    let flush_doc = |doc: &mut Vec<Vec<usize>>, out: &mut Vec<Option<&'static str>>| {
        let forms: Vec<Vec<std::borrow::Cow<str>>> = doc
            .iter()
            .map(|s| {
                s.iter()
                    .map(|&i| match &lines[i] {
                        ConllLine::Token(t) => newsgraph_text::normalize(&t.form),
                        _ => "".into(),
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let forms: Vec<Vec<&str>> = forms
            .iter()
            .map(|s| s.iter().map(|f| f.as_ref()).collect())
            .collect();
        for (s, tags) in doc.iter().zip(model.tag_document(&forms)) {
            for (&i, t) in s.iter().zip(tags) {
                out[i] = Some(t);
            }
        }
        doc.clear();
    };
    for (i, line) in lines.iter().enumerate() {
        match line {
            ConllLine::Token(_) => sentence.push(i),
            ConllLine::Blank | ConllLine::DocStart(_) => {
                if !sentence.is_empty() {
                    doc.push(std::mem::take(&mut sentence));
                }
                if matches!(line, ConllLine::DocStart(_)) {
                    flush_doc(&mut doc, &mut out);
                }
            }
        }
    }
    if !sentence.is_empty() {
        doc.push(sentence);
    }
    flush_doc(&mut doc, &mut out);
    out
}
