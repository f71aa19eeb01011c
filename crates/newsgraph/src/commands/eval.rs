use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Tokenizer and sentence splitter against a CoNLL-U treebank (token and sentence boundary F1).
    Text {
        #[arg(long)]
        corpus: PathBuf,
    },
}

pub fn run(c: EvalCommand) -> anyhow::Result<ExitCode> {
    match c {
        EvalCommand::Text { .. } => Err(super::not_built("eval text")),
    }
}
