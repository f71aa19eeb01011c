//! `newsgraph eval quotes`: scores quotations and their speakers against news annotated by hand
//! (`eval/quotes-heldout/`: `articles/*.txt` and `gold.jsonl`; annotation and scoring rules in its
//! README.md).
//!
//! Every article runs through the whole [`Pipeline`], so that pronouns and titles are resolved
//! with the entities the pipeline finds. Scoring is
//! [`newsgraph_extract::quotes::score::score`], the same as for the GUM development figures.
//!
//! **Invariant:** only this module reads the gold file; each gold line is located in its article
//! text (at or after the previous line's quotation), and a line that cannot be located stops the
//! run with its line number rather than being scored as missed.

use crate::data::data_dir;
use anyhow::Context;
use newsgraph_extract::Pipeline;
use newsgraph_extract::quotes::score::{ErrorKind, GoldQuote, GoldSpeaker, Tally, score};
use newsgraph_kb::codes::ActorCode;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The annotated set: a directory with `gold.jsonl` and `articles/*.txt`.
    #[arg(long, default_value = "eval/quotes-heldout")]
    pub gold: PathBuf,
    /// Where the models and knowledge base are (default: the installed or repository `data/`).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Print the figures as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also list every missed quotation, wrong speaker, wrong actor and false quotation.
    #[arg(long)]
    pub errors: bool,
}

/// One gold line before it is located in its article.
struct GoldLine {
    line: usize,
    article: String,
    quote: String,
    speaker: Option<GoldSpeaker>,
    actor: Option<String>,
}

fn parse_gold(path: &Path) -> anyhow::Result<Vec<GoldLine>> {
    let mut out = Vec::new();
    for g in super::eval_events::gold_json_lines(path)? {
        let (v, at) = (&g.value, || g.at.clone());
        let text = |k: &str| g.text(k);
        let required = |k: &str| g.required(k);
        let scare = v.get("scare").and_then(Value::as_bool).unwrap_or(false);
        let speaker = if scare {
            None
        } else {
            Some(match text("speaker") {
                None => GoldSpeaker::Nobody,
                Some(first) => {
                    let mut phrases = vec![first];
                    if let Some(also) = v.get("also").and_then(Value::as_array) {
                        phrases.extend(also.iter().filter_map(Value::as_str).map(str::to_string));
                    }
                    GoldSpeaker::Named {
                        phrases,
                        entity: text("entity"),
                    }
                }
            })
        };
        let actor = match text("actor") {
            Some(code) => Some(
                ActorCode::new(&code)
                    .with_context(|| format!("{}: field `actor`", at()))?
                    .as_str()
                    .to_string(),
            ),
            None => None,
        };
        out.push(GoldLine {
            line: g.number,
            article: required("article")?,
            quote: required("quote")?,
            speaker,
            actor,
        });
    }
    Ok(out)
}

fn kind_name(k: &ErrorKind) -> &'static str {
    match k {
        ErrorKind::Missed => "missed",
        ErrorKind::WrongSpeaker => "speaker",
        ErrorKind::FalseQuote => "false",
        ErrorKind::ScareQuote => "scare",
        ErrorKind::WrongActor => "actor",
    }
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let gold_path = a.gold.join("gold.jsonl");
    let gold_lines = parse_gold(&gold_path)?;
    let files = super::eval_events::article_files(&a.gold)?;
    super::eval_events::check_articles_named(
        &gold_path,
        &a.gold,
        &files,
        gold_lines.iter().map(|g| (g.line, g.article.as_str())),
    )?;
    let pipeline = Pipeline::load(&data_dir(a.data.as_ref()), &[])?;
    let mut total = Tally::default();
    let mut error_lines = Vec::new();
    for file in &files {
        let name = super::eval_events::article_name(file);
        let article = super::eval_events::read_article(file)?;
        let record = pipeline.extract(article);
        let text = &record.article.text;
        let mut gold = Vec::new();
        let mut from = 0;
        for g in gold_lines.iter().filter(|g| g.article == name) {
            let start = text
                .get(from..)
                .and_then(|rest| rest.find(&g.quote))
                .map(|k| from + k)
                .with_context(|| {
                    format!(
                        "{} line {}: the quote is not in {name} after the previous line's: copy it exactly and keep lines in text order",
                        gold_path.display(),
                        g.line
                    )
                })?;
            from = start;
            gold.push(GoldQuote {
                start,
                end: start + g.quote.len(),
                speaker: g.speaker.clone(),
                actor: g.actor.clone(),
            });
        }
        let (tally, errors) = score(&gold, &record.quotes, &record.entities);
        total.add(&tally);
        for e in errors {
            let excerpt: String = text.get(e.start..).unwrap_or("").chars().take(48).collect();
            error_lines.push(json!({
                "article": name,
                "kind": kind_name(&e.kind),
                "at": e.start,
                "quote": excerpt,
                "want": e.want,
                "got": e.got,
            }));
        }
    }
    if a.json {
        let mut out = json!({
            "gold": total.gold,
            "found": total.found,
            "right_speaker": total.right_speaker,
            "extracted": total.extracted,
            "extracted_on_gold": total.extracted_on_gold,
            "found_pct": total.found_pct(),
            "right_speaker_pct": total.right_speaker_pct(),
            "precision_pct": total.precision_pct(),
            "with_actor": total.with_actor,
            "right_actor": total.right_actor,
        });
        if a.errors {
            out["errors"] = Value::Array(error_lines);
        }
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "quotations: {} annotated in {} articles ({})",
        total.gold,
        files.len(),
        a.gold.display()
    );
    println!(
        "found          {:5.1}%  ({} of {})",
        total.found_pct(),
        total.found,
        total.gold
    );
    println!(
        "right speaker  {:5.1}%  ({} of {})",
        total.right_speaker_pct(),
        total.right_speaker,
        total.gold
    );
    println!(
        "precision      {:5.1}%  ({} of {} extracted are annotated quotations)",
        total.precision_pct(),
        total.extracted_on_gold,
        total.extracted
    );
    println!(
        "speaker actor  {:5.1}%  ({} of {} found with a certain actor code)",
        total.actor_pct(),
        total.right_actor,
        total.with_actor
    );
    if a.errors {
        for e in &error_lines {
            let field = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("");
            println!(
                "  {:8} {} @{}: \"{}\"  want: {}  got: {}",
                field("kind"),
                field("article"),
                e.get("at").and_then(Value::as_u64).unwrap_or(0),
                field("quote"),
                field("want"),
                field("got"),
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold_from(lines: &str) -> anyhow::Result<Vec<GoldLine>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("gold.jsonl");
        std::fs::write(&path, lines)?;
        parse_gold(&path)
    }

    #[test]
    fn gold_lines_give_named_nobody_and_scare_speakers() {
        let gold = gold_from(concat!(
            r#"{"article":"a.txt","quote":"We will respond","speaker":"he","also":["the minister"],"entity":"Sergei Lavrov","actor":"RUSGOV"}"#,
            "\n\n",
            r#"{"article":"a.txt","quote":"No cash today","speaker":null}"#,
            "\n",
            r#"{"article":"a.txt","quote":"peace process","scare":true}"#,
        ))
        .expect("valid gold");
        assert_eq!(gold.len(), 3);
        assert_eq!(
            gold[0].speaker,
            Some(GoldSpeaker::Named {
                phrases: vec!["he".into(), "the minister".into()],
                entity: Some("Sergei Lavrov".into()),
            })
        );
        assert_eq!(gold[0].actor.as_deref(), Some("RUSGOV"));
        assert_eq!(gold[1].speaker, Some(GoldSpeaker::Nobody));
        assert_eq!(gold[2].speaker, None);
    }

    #[test]
    fn a_bad_gold_line_names_its_line_and_field() {
        let err = gold_from(r#"{"article":"a.txt","quote":"x y z","speaker":"he","actor":"r"}"#)
            .err()
            .expect("an invalid actor code");
        let message = format!("{err:#}");
        assert!(
            message.contains("line 1") && message.contains("actor"),
            "{message}"
        );
        let err = gold_from(r#"{"quote":"x y z"}"#).err().expect("no article");
        assert!(format!("{err:#}").contains("`article`"));
    }
}
