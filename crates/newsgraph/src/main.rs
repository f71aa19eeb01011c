//! The `newsgraph` command line: a thin layer that parses arguments and wires the library crates
//! together. Each subcommand lives in its own module under `commands/`.

mod commands;
mod data;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "newsgraph",
    version,
    about = "Turns news articles into event data: who did what to whom, when and where, who said what."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities, quotes, times, events, tone and themes from articles; print one record each.
    Extract(commands::extract::Args),
    /// Show, sentence by sentence, the tokens, tree, entities and events, and why candidates were dropped.
    Explain(commands::explain::Args),
    /// Train a model on a corpus.
    Train(commands::models::TrainArgs),
    /// Evaluate a component on a corpus and print its scores.
    #[command(subcommand)]
    Eval(commands::eval::EvalCommand),
    /// Tag a CoNLL file with named entities (IOB2 appended as the last column).
    Ner(commands::ner::TagArgs),
    /// Fill UPOS, XPOS, HEAD and DEPREL of a CoNLL-U file from the models.
    Parse(commands::models::ParseArgs),
    /// Look things up in the knowledge base.
    #[command(subcommand)]
    Kb(commands::kb::KbCommand),
    /// Read articles into the event store.
    Ingest(commands::ingest::Args),
    /// List events from the store, filtered.
    Events(commands::query::EventsArgs),
    /// Full-text search over stored articles and quotes.
    Search(commands::query::SearchArgs),
    /// The most active actors in the store.
    Actors(commands::query::ActorsArgs),
    /// The events of one actor over time.
    Timeline(commands::query::TimelineArgs),
    /// Export the store as JSONL, GDELT tables or Parquet.
    Export(commands::export::Args),
}

/// A reader that closes the pipe early (`newsgraph events | head`) ends the program quietly, as it
/// does any Unix tool: Rust ignores SIGPIPE, so without this the next `println!` would panic on
/// the failed write. No subcommand serves a socket, where an ignored SIGPIPE would matter.
fn end_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: `signal` with the default action is async-signal-safe and runs before any thread
    // is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    end_quietly_on_closed_pipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => commands::extract::run(a),
        Command::Explain(a) => commands::explain::run(a),
        Command::Train(a) => commands::models::train(a),
        Command::Eval(c) => commands::eval::run(c),
        Command::Ner(a) => commands::ner::tag(a),
        Command::Parse(a) => commands::models::parse(a),
        Command::Kb(c) => commands::kb::run(c),
        Command::Ingest(a) => commands::ingest::run(a),
        Command::Events(a) => commands::query::events(a),
        Command::Search(a) => commands::query::search(a),
        Command::Actors(a) => commands::query::actors(a),
        Command::Timeline(a) => commands::query::timeline(a),
        Command::Export(a) => commands::export::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("newsgraph: {e:#}");
            ExitCode::from(2)
        }
    }
}
