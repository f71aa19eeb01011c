use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum KbCommand {
    /// Count the knowledge base by kind.
    Stats,
}

pub fn run(_c: KbCommand) -> anyhow::Result<ExitCode> {
    Err(super::not_built("kb"))
}
