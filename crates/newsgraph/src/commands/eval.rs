//! `newsgraph eval ...`: each variant's arguments and implementation live with the component.

use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Tokenizer and sentence splitter against a CoNLL-U treebank (token and sentence boundary F1).
    Text(super::eval_text::Args),
    /// POS tagger accuracy (UPOS, XPOS) on a CoNLL-U file.
    Tagger(super::models::EvalArgs),
    /// Dependency parser UAS/LAS on a CoNLL-U file (gold tokens, predicted tags).
    Parser(super::models::EvalArgs),
    /// Named-entity recognizer: per-type precision, recall, F1 on a CoNLL-2003 file.
    Ner(super::ner::EvalArgs),
    /// Code the PETRARCH unit-test suite and report the share of expected codings found.
    Petrarch(super::petrarch::Args),
    /// Entity stage against GUM news: named person/organisation/place P, R, F1 and place countries.
    Entities(super::eval_entities::Args),
    /// Event coder against hand-coded news (eval/events-dev): dyad P, R, F1 and root confusion.
    Events(super::eval_events::Args),
    /// Quotations and speakers against annotated news (eval/quotes-heldout): found, speaker, precision.
    Quotes(super::eval_quotes::Args),
}

pub fn run(c: EvalCommand) -> anyhow::Result<ExitCode> {
    match c {
        EvalCommand::Text(a) => super::eval_text::run(a),
        EvalCommand::Tagger(a) => super::models::eval_tagger(a),
        EvalCommand::Parser(a) => super::models::eval_parser(a),
        EvalCommand::Ner(a) => super::ner::eval(a),
        EvalCommand::Petrarch(a) => super::petrarch::run(a),
        EvalCommand::Entities(a) => super::eval_entities::run(a),
        EvalCommand::Events(a) => super::eval_events::run(a),
        EvalCommand::Quotes(a) => super::eval_quotes::run(a),
    }
}
