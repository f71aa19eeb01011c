use std::process::ExitCode;

#[derive(clap::Args)]
pub struct TrainArgs {}
#[derive(clap::Args)]
pub struct NerArgs {}
#[derive(clap::Args)]
pub struct ParseArgs {}

pub fn train(_a: TrainArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("train"))
}
pub fn ner(_a: NerArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("ner"))
}
pub fn parse(_a: ParseArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("parse"))
}
