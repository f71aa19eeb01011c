//! `train`, `eval tagger|parser`, `parse`: the POS tagger and dependency parser commands.
//! `train ner` is dispatched to `ner.rs`.

use std::path::PathBuf;
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
}
#[derive(clap::Args)]
pub struct EvalArgs {}
#[derive(clap::Args)]
pub struct ParseArgs {}

pub fn train(a: TrainArgs) -> anyhow::Result<ExitCode> {
    match a.model {
        ModelKind::Ner => super::ner::train(a),
        _ => Err(super::not_built("train")),
    }
}
pub fn eval_tagger(_a: EvalArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("eval tagger"))
}
pub fn eval_parser(_a: EvalArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("eval parser"))
}
pub fn parse(_a: ParseArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("parse"))
}
