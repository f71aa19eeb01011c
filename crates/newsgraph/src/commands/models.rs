//! `train`, `eval tagger|parser`, `parse`: the POS tagger and dependency parser commands.
//! `train ner` is dispatched to `ner.rs`.
//!
//! Only this edge reads corpora and writes files; training, tagging, parsing and scoring live in
//! `newsgraph_models`. Progress goes to standard error, results to standard output.

use crate::data::data_dir;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use newsgraph_corpus::{UdSentence, read_conllu, write_conllu};
use newsgraph_models::perceptron::TrainProgress;
use newsgraph_models::{Model, parser, tagger};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ModelKind {
    Tagger,
    Ner,
    Parser,
}

#[derive(clap::Args)]
pub struct TrainArgs {
    /// Which model to train.
    pub model: ModelKind,
    /// Training corpus (CoNLL-U for tagger and parser, CoNLL-2003 for NER).
    #[arg(long)]
    pub corpus: PathBuf,
    /// Where to write the model file.
    #[arg(long)]
    pub out: PathBuf,
    /// Development corpus scored after each epoch; the best epoch is kept.
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Passes over the training corpus (default: the model's own). Without `--dev` the model
    /// after the last pass is kept: pick the count on dev, then train on train and dev (`--extra`).
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Seed for shuffling the training data; the same corpus and seed give the same file.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Extra CoNLL-U text (a file, or a directory of them read in name order) for word statistics
    /// (NER: usual casing and frequency); repeatable.
    #[arg(long = "text")]
    pub texts: Vec<PathBuf>,
    /// Train on the first N sentences only (tagger, parser).
    #[arg(long)]
    pub limit: Option<usize>,
    /// More CoNLL-U training files (or directories of them, read in name order) added to the
    /// corpus (parser, tagger), e.g. the dev split once the epoch count is fixed; repeatable.
    #[arg(long = "extra")]
    pub extra: Vec<PathBuf>,
    /// Parser: train this many times, with seeds `--seed` onwards, and ship the mean of the runs'
    /// weights (one parser's size and speed, better attachment than each run).
    #[arg(long, default_value_t = 1)]
    pub runs: usize,
    /// Parser: weights whose absolute value is below this are dropped from the model (default:
    /// the parser's own); larger values make a smaller, faster and slightly less accurate model.
    #[arg(long)]
    pub prune: Option<f32>,
    /// Parser: the tagger that tags the dev corpus (default: `models/tagger.bin` in the data
    /// directory). The training corpus is always tagged by jack-knifed taggers.
    #[arg(long)]
    pub tagger: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// A CoNLL-U file with gold tags and trees.
    #[arg(long)]
    pub corpus: PathBuf,
    /// Directory holding tagger.bin and parser.bin (default: `models/` in the data directory).
    #[arg(long)]
    pub models: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct ParseArgs {
    /// A CoNLL-U file; its word forms are read, everything else is filled in by the models.
    #[arg(long)]
    pub conllu: PathBuf,
    /// Directory holding tagger.bin and parser.bin (default: `models/` in the data directory).
    #[arg(long)]
    pub models: Option<PathBuf>,
}

pub(super) fn read_corpus(path: &Path) -> anyhow::Result<Vec<UdSentence>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read {}; pass a CoNLL-U file", path.display()))?;
    read_conllu(&text).with_context(|| format!("{} is not a CoNLL-U file", path.display()))
}

fn models_dir(flag: Option<&PathBuf>) -> PathBuf {
    flag.cloned()
        .unwrap_or_else(|| data_dir(None).join("models"))
}

fn bar(total: usize) -> ProgressBar {
    let pb = ProgressBar::new(total as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} sentences {elapsed}")
    {
        pb.set_style(style.progress_chars("=> "));
    }
    pb
}

/// Shows a sentence-by-sentence trainer's progress on standard error: a bar through each epoch,
/// named `what` and the epoch, then, with `figures`, what the epoch scored.
fn report<S>(
    bar_now: &mut Option<ProgressBar>,
    what: &str,
    progress: TrainProgress<S>,
    figures: Option<fn(&S) -> String>,
) {
    match progress {
        TrainProgress::Sentence { epoch, done, total } => {
            let b = bar_now.get_or_insert_with(|| bar(total));
            b.set_prefix(format!("{what}epoch {epoch}"));
            b.set_position(done as u64);
        }
        TrainProgress::Epoch { epoch, train, dev } => {
            if let Some(b) = bar_now.take() {
                b.finish_and_clear();
            }
            if let Some(figures) = figures {
                epoch_done(epoch, figures(&train), dev.as_ref().map(figures));
            }
        }
    }
}

/// The CoNLL-U files an `--extra` or `--text` path stands for: the file itself, or a directory's `.conllu`
/// files in name order (so the same directory always gives the same corpus, and the same model).
pub(super) fn conllu_files(path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).with_context(|| {
        format!(
            "cannot list {}; pass a CoNLL-U file or a directory of them",
            path.display()
        )
    })? {
        let file = entry?.path();
        if file.extension().is_some_and(|e| e == "conllu") {
            files.push(file);
        }
    }
    files.sort();
    if files.is_empty() {
        anyhow::bail!(
            "{} holds no .conllu files; pass a CoNLL-U file or a directory of them",
            path.display()
        );
    }
    Ok(files)
}

fn training_corpus(a: &TrainArgs) -> anyhow::Result<Vec<UdSentence>> {
    let mut sentences = read_corpus(&a.corpus)?;
    for extra in &a.extra {
        for file in conllu_files(extra)? {
            sentences.extend(read_corpus(&file)?);
        }
    }
    if let Some(n) = a.limit {
        sentences.truncate(n);
    }
    Ok(sentences)
}

pub fn train(a: TrainArgs) -> anyhow::Result<ExitCode> {
    match a.model {
        ModelKind::Ner => super::ner::train(a),
        ModelKind::Tagger => train_tagger(a),
        ModelKind::Parser => train_parser(a),
    }
}

fn tagger_options(a: &TrainArgs) -> tagger::TrainOptions {
    let defaults = tagger::TrainOptions::default();
    tagger::TrainOptions {
        epochs: a.epochs.unwrap_or(defaults.epochs),
        seed: a.seed.unwrap_or(defaults.seed),
    }
}

fn train_tagger(a: TrainArgs) -> anyhow::Result<ExitCode> {
    let sentences = training_corpus(&a)?;
    let dev = a.dev.as_deref().map(read_corpus).transpose()?;
    let options = tagger_options(&a);
    eprintln!(
        "training the tagger on {} sentences, {} epochs, seed {}",
        sentences.len(),
        options.epochs,
        options.seed
    );
    let mut pb: Option<ProgressBar> = None;
    let (model, best) = tagger::train(&sentences, dev.as_deref(), &options, &mut |p| {
        report(&mut pb, "", p, Some(tagger_figures))
    })?;
    model.save(&a.out)?;
    saved(&a.out, model.size(), best.as_ref().map(tagger_figures));
    Ok(ExitCode::SUCCESS)
}

fn tagger_figures(s: &tagger::TaggerScores) -> String {
    format!(
        "UPOS {:.2}% XPOS {:.2}%",
        100.0 * s.upos(),
        100.0 * s.xpos()
    )
}

fn parser_figures(s: &parser::ParserScores) -> String {
    format!("UAS {:.2}% LAS {:.2}%", 100.0 * s.uas(), 100.0 * s.las())
}

/// Says what an epoch scored on the training data (as seen while learning) and on dev.
fn epoch_done(epoch: usize, train: String, dev: Option<String>) {
    let dev = dev.map(|d| format!("; dev {d}")).unwrap_or_default();
    eprintln!("epoch {epoch}: train {train}{dev}");
}

/// Says where the model went, how large it is, and what the kept epoch scored on dev.
fn saved(out: &Path, (features, weights): (usize, usize), kept: Option<String>) {
    let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    let kept = kept.map(|k| format!("; kept dev {k}")).unwrap_or_default();
    eprintln!(
        "wrote {} ({bytes} bytes, {features} features, {weights} weights){kept}",
        out.display()
    );
}

fn train_parser(a: TrainArgs) -> anyhow::Result<ExitCode> {
    let sentences = training_corpus(&a)?;
    let dev = a.dev.as_deref().map(read_corpus).transpose()?;
    let dev_tagged = match &dev {
        Some(dev) => {
            let path = a
                .tagger
                .clone()
                .unwrap_or_else(|| models_dir(None).join("tagger.bin"));
            let t = tagger::Tagger::load(&path)?;
            Some(t.tag_all(dev))
        }
        None => None,
    };
    let defaults = parser::TrainOptions::default();
    let first_seed = a.seed.unwrap_or(defaults.seed);
    let runs = a.runs.max(1) as u64;
    let mut models = Vec::new();
    for seed in first_seed..first_seed + runs {
        // Each run's training tags come from taggers of its own seed too: the runs differ in
        // what the tagger got wrong as well as in their order, which is what makes their mean
        // better than each.
        let tagger_opts = tagger::TrainOptions {
            epochs: parser::JACKKNIFE_EPOCHS,
            seed,
        };
        let folds = parser::JACKKNIFE_FOLDS;
        eprintln!(
            "run {} of {runs}: tagging {} training sentences with {folds} jack-knifed taggers",
            seed - first_seed + 1,
            sentences.len()
        );
        let mut pb: Option<ProgressBar> = None;
        let train_tags = tagger::jackknife(&sentences, folds, &tagger_opts, &mut |fold, p| {
            report(&mut pb, &format!("tagger fold {} ", fold + 1), p, None)
        })?;
        if let Some(b) = pb.take() {
            b.finish_and_clear();
        }
        let options = parser::TrainOptions {
            epochs: a.epochs.unwrap_or(defaults.epochs),
            seed,
            ..defaults
        };
        eprintln!(
            "training the parser on {} sentences, {} epochs, seed {seed}",
            sentences.len(),
            options.epochs,
        );
        let (model, _) = parser::train(
            &sentences,
            &train_tags,
            dev.as_deref().zip(dev_tagged.as_deref()),
            &options,
            &mut |p| report(&mut pb, "", p, Some(parser_figures)),
        )?;
        models.push(model);
    }
    let model = parser::Parser::average(&models, a.prune.unwrap_or(defaults.prune)).context(
        "the runs' relation labels differ; they were trained on one corpus, so this is a bug",
    )?;
    model.save(&a.out)?;
    let scores = dev
        .as_deref()
        .zip(dev_tagged.as_deref())
        .map(|(gold, tags)| model.evaluate(gold, tags));
    saved(&a.out, model.size(), scores.as_ref().map(parser_figures));
    Ok(ExitCode::SUCCESS)
}

pub fn eval_tagger(a: EvalArgs) -> anyhow::Result<ExitCode> {
    let gold = read_corpus(&a.corpus)?;
    let t = tagger::Tagger::load(&models_dir(a.models.as_ref()).join("tagger.bin"))?;
    let s = t.evaluate(&gold);
    println!("tokens\t{}", s.tokens);
    println!("UPOS\t{:.2}", 100.0 * s.upos());
    println!("XPOS\t{:.2}", 100.0 * s.xpos());
    Ok(ExitCode::SUCCESS)
}

pub fn eval_parser(a: EvalArgs) -> anyhow::Result<ExitCode> {
    let gold = read_corpus(&a.corpus)?;
    let dir = models_dir(a.models.as_ref());
    let t = tagger::Tagger::load(&dir.join("tagger.bin"))?;
    let p = parser::Parser::load(&dir.join("parser.bin"))?;
    let tagged = t.tag_all(&gold);
    let s = p.evaluate(&gold, &tagged);
    println!("tokens\t{}", s.tokens);
    println!("UAS\t{:.2}", 100.0 * s.uas());
    println!("LAS\t{:.2}", 100.0 * s.las());
    println!("UAS (no punct)\t{:.2}", 100.0 * s.uas_no_punct());
    println!("LAS (no punct)\t{:.2}", 100.0 * s.las_no_punct());
    Ok(ExitCode::SUCCESS)
}

pub fn parse(a: ParseArgs) -> anyhow::Result<ExitCode> {
    let mut sentences = read_corpus(&a.conllu)?;
    let dir = models_dir(a.models.as_ref());
    let t = tagger::Tagger::load(&dir.join("tagger.bin"))?;
    let p = parser::Parser::load(&dir.join("parser.bin"))?;
    let tags = t.tag_all(&sentences);
    let trees = p.parse_all(&sentences, &tags);
    for ((s, tags), tree) in sentences.iter_mut().zip(&tags).zip(&trees) {
        for (k, w) in s.words.iter_mut().enumerate() {
            w.upos = tags.upos[k].to_string();
            w.xpos = tags.xpos[k].to_string();
            w.head = tree.heads[k];
            w.deprel = tree.deprels[k].to_string();
        }
    }
    let mut out = std::io::stdout().lock();
    out.write_all(write_conllu(&sentences).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
