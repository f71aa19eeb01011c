//! `newsgraph explain FILE [--published DATE]`: for each sentence, its tokens and dependency tree,
//! the entities mentioned in it, each event coded from it with the rule that fired, and each
//! candidate trigger that was dropped with the reason. The same pipeline as `extract`.

use super::extract::InputArgs;
use newsgraph_extract::record::{Event, Participant};
use newsgraph_ingest::read_paths;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// An article file (text, JSON, JSONL).
    pub file: PathBuf,
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let pipeline = a.input.pipeline()?;
    let opts = a.input.read_options();
    let mut failed = false;
    for item in read_paths(std::slice::from_ref(&a.file), &opts) {
        let article = match item {
            Ok(article) => article,
            Err(e) => {
                eprintln!("newsgraph: {e}");
                failed = true;
                continue;
            }
        };
        let p = pipeline.parse(article);
        let (record, candidates) = pipeline.build_record_traced(&p);
        let mut out = String::new();
        if !p.analysed {
            writeln!(
                out,
                "note: no parser loaded: no trees, so no events (train the models into data/models)"
            )?;
        }
        for (s, sent) in p.doc.sentences.iter().enumerate() {
            let text = &p.doc.text()[sent.start..sent.end];
            writeln!(out, "\n[{s}] {text}")?;
            let a = &p.analyses[s];
            for (k, t) in p.doc.tokens[sent.tokens.clone()].iter().enumerate() {
                let head = a.heads.get(k).copied().unwrap_or(0);
                let head_form = (head > 0)
                    .then(|| p.doc.tokens.get(sent.tokens.start + head - 1))
                    .flatten()
                    .map_or("ROOT", |h| &p.doc.text()[h.start..h.end]);
                writeln!(
                    out,
                    "  {:>3} {:<16} {:<6} {:<10} <- {} {}",
                    k + 1,
                    &p.doc.text()[t.start..t.end],
                    a.upos.get(k).copied().unwrap_or("_"),
                    a.deprels.get(k).copied().unwrap_or("_"),
                    head,
                    head_form
                )?;
            }
            for e in &record.entities {
                let here: Vec<&str> = e
                    .mentions
                    .iter()
                    .filter(|m| m.sentence == s)
                    .map(|m| m.text.as_str())
                    .collect();
                if !here.is_empty() {
                    let actor = e.actor.as_ref().map_or("-".to_string(), |c| c.to_string());
                    writeln!(
                        out,
                        "  entity {} {} [{actor}]: {}",
                        e.id,
                        e.name,
                        here.join(", ")
                    )?;
                }
            }
            for ev in record
                .events
                .iter()
                .filter(|e| e.evidence.sentence == s || e.mentions.iter().any(|m| m.sentence == s))
            {
                writeln!(out, "  {}", describe(ev))?;
            }
            for c in candidates.iter().filter(|c| c.sentence == s) {
                match &c.rule {
                    Some(rule) => writeln!(
                        out,
                        "  trigger '{}' (token {}): fired {rule}",
                        c.form,
                        c.token + 1
                    )?,
                    None => writeln!(
                        out,
                        "  trigger '{}' (token {}): dropped",
                        c.form,
                        c.token + 1
                    )?,
                }
                for r in &c.reasons {
                    writeln!(out, "      {r}")?;
                }
            }
        }
        print!("{out}");
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn who(ps: &[Participant]) -> String {
    if ps.is_empty() {
        return "-".into();
    }
    ps.iter()
        .map(|p| {
            let code = p.actor.as_ref().map_or("?".to_string(), |c| c.to_string());
            let inferred = if p.inferred { " (inferred)" } else { "" };
            format!("{} [{code}]{inferred}", p.text)
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// One line for an event: code, participants, modality, date, place, rule.
pub fn describe(ev: &Event) -> String {
    format!(
        "event {} {} {}/{}: {} -> {} | {:?} | {} ({:?}) | {} | {}",
        ev.id,
        ev.cameo,
        ev.plover.kind,
        ev.plover.mode.as_deref().unwrap_or("-"),
        who(&ev.actors),
        who(&ev.recipients),
        ev.modality,
        ev.date.as_deref().unwrap_or("-"),
        ev.date_source,
        ev.place.as_ref().map_or("-", |p| p.name.as_str()),
        ev.rule
    )
}
