//! `train ner`, `eval ner`, `ner --conll`: the named-entity recognizer commands.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct EvalArgs {}
#[derive(clap::Args)]
pub struct TagArgs {}

pub fn train(_a: super::models::TrainArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("train ner"))
}
pub fn eval(_a: EvalArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("eval ner"))
}
pub fn tag(_a: TagArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("ner"))
}
