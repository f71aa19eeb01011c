//! `newsgraph eval petrarch RECORDS.xml --dictionaries DIR`: codes each record of the PETRARCH
//! unit-test suite from its text (the shipped parse is ignored: our own parser reads the text)
//! with the PETRARCH coder (`events::petrarch_coder`) and the suite's own actor, agent, verb and
//! discard dictionaries only, and reports the share of expected codings found, the share of our
//! codings that are false, where the missed codings were lost, and the pass rate by category.
//! The expected codings are read only to score: the coder sees the text and its date.

use crate::data::data_dir;
use newsgraph_extract::Pipeline;
use newsgraph_extract::events::petrarch_coder::{CodingOptions, Discards, PetrarchCoder};
use newsgraph_kb::Kb;
use newsgraph_kb::petrarch_verbs::{PetrarchVerbs, parse as parse_verbs};
use newsgraph_text::{Article, Published};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The suite's records file (PETR.UnitTest.records.xml).
    pub records: PathBuf,
    /// The folder with the suite's dictionaries (PETR.Validate.actors/agents/verbs.txt).
    #[arg(long)]
    pub dictionaries: PathBuf,
    /// Where the models and knowledge base are (default: the installed or repository `data/`).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Print each record's expected and produced codings.
    #[arg(long)]
    pub verbose: bool,
}

/// One test record.
#[derive(Debug, Clone, PartialEq)]
pub struct TestRecord {
    pub id: String,
    pub category: String,
    pub date: Option<Published>,
    pub text: String,
    /// (source, target, event code); empty when the record expects no events.
    pub expected: Vec<(String, String, String)>,
    /// The coding options in force: PETRARCH's defaults as changed by the suite's `<Config>`
    /// lines before the record (`require_dyad`, `comma_emax` ...).
    pub options: CodingOptions,
}

/// A set of PETRARCH dictionaries read from one folder: the actor and agent files into a knowledge
/// base of their own (no built-in names), the verb file, and the discards if the file is there.
pub struct PetrarchDictionaries {
    pub kb: Kb,
    pub verbs: PetrarchVerbs,
    pub discards: Discards,
}

impl PetrarchDictionaries {
    /// Reads `dir`'s `actor_files` (actors and agents alike), `verbs_file` and `discards_file`;
    /// a malformed entry is reported on standard error with its line and skipped.
    pub fn load(
        dir: &Path,
        actor_files: &[&str],
        verbs_file: &str,
        discards_file: &str,
    ) -> anyhow::Result<PetrarchDictionaries> {
        let mut kb = Kb::new();
        for name in actor_files {
            let report = kb
                .add_dictionary(&dir.join(name))
                .map_err(|e| anyhow::anyhow!("{e} (give --dictionaries the PETRARCH folder)"))?;
            for p in &report.problems {
                eprintln!("newsgraph: {p}");
            }
        }
        let verbs_path = dir.join(verbs_file);
        let verbs_text = std::fs::read(&verbs_path).map_err(|e| {
            anyhow::anyhow!(
                "cannot read {}: {e} (give --dictionaries the PETRARCH folder)",
                verbs_path.display()
            )
        })?;
        let (verbs, problems) = parse_verbs(
            &verbs_path.display().to_string(),
            &String::from_utf8_lossy(&verbs_text),
        );
        for p in &problems {
            eprintln!("newsgraph: {p}");
        }
        let discards = std::fs::read_to_string(dir.join(discards_file))
            .map(|t| Discards::parse(&t))
            .unwrap_or_default();
        Ok(PetrarchDictionaries {
            kb,
            verbs,
            discards,
        })
    }
}

/// Applies the `<Config option="..." value="...">` lines of `xml` to `options`, in order.
fn apply_config(xml: &str, options: &mut CodingOptions) {
    for tag in xml.split("<Config").skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        let attr = |name: &str| {
            let at = tag.find(name)? + name.len();
            let rest = tag[at..].trim_start().strip_prefix('=')?.trim_start();
            let rest = rest.strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_string())
        };
        if let (Some(option), Some(value)) = (attr("option"), attr("value")) {
            options.set(&option, &value);
        }
    }
}

/// Reads the records outside XML comments (the suite comments out inactive ones), each with
/// the coding options the `<Config>` lines before it set.
pub fn read_records(xml: &str) -> Vec<TestRecord> {
    let mut active = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(k) = rest.find("<!--") {
        active.push_str(&rest[..k]);
        rest = rest[k..].find("-->").map_or("", |e| &rest[k + e + 3..]);
    }
    active.push_str(rest);
    let mut out = Vec::new();
    let mut options = CodingOptions::default();
    let mut chunks = active.split("<Sentence ");
    apply_config(chunks.next().unwrap_or_default(), &mut options);
    for chunk in chunks {
        let Some(end) = chunk.find("</Sentence>") else {
            apply_config(chunk, &mut options);
            continue;
        };
        let record_options = options;
        apply_config(&chunk[end..], &mut options);
        let body = &chunk[..end];
        let head = body
            .split('>')
            .next()
            .unwrap_or_default()
            .replace(" = ", "=")
            .replace(" =", "=")
            .replace("= ", "=");
        let head = head.as_str();
        let attr = |tag: &str, name: &str| -> Option<String> {
            let at = tag.find(&format!("{name}="))? + name.len() + 1;
            let after = tag[at..].trim_start().strip_prefix('"')?;
            Some(after[..after.find('"')?].to_string())
        };
        let text = body
            .split_once("<Text>")
            .and_then(|(_, t)| t.split_once("</Text>"))
            .map(|(t, _)| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        let expected = body
            .split("<EventCoding")
            .skip(1)
            .filter_map(|c| {
                let tag = c.split('>').next()?.replace(" = ", "=");
                Some((
                    attr(&tag, "sourcecode")?,
                    attr(&tag, "targetcode")?,
                    attr(&tag, "eventcode")?,
                ))
            })
            .collect();
        let date = attr(head, "date").and_then(|d| {
            (d.len() == 8)
                .then(|| Published::parse(&format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..])).ok())
                .flatten()
        });
        out.push(TestRecord {
            id: attr(head, "id").unwrap_or_default(),
            category: attr(head, "category").unwrap_or_default(),
            date,
            text,
            expected,
            options: record_options,
        });
    }
    out
}

/// Why an expected coding was not produced: the first stage that lost it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Loss {
    /// A discard phrase voided the sentence.
    Discarded,
    /// No verb of the dictionary was found in the sentence.
    NoVerb,
    /// The expected source or target code is not among the sentence's actor phrases.
    NoActor,
    /// The source and target were coded together, with another event code.
    WrongCode,
    /// The actors and the code were all found, but not in this combination.
    WrongCombination,
}

impl Loss {
    fn label(self) -> &'static str {
        match self {
            Loss::Discarded => "sentence discarded",
            Loss::NoVerb => "no dictionary verb found",
            Loss::NoActor => "source or target actor not found",
            Loss::WrongCode => "right actors, wrong event code",
            Loss::WrongCombination => "actors and code found, wrong combination",
        }
    }
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let xml = std::fs::read_to_string(&a.records).map_err(|e| {
        anyhow::anyhow!(
            "cannot read {}: {e} (give the suite's PETR.UnitTest.records.xml)",
            a.records.display()
        )
    })?;
    let records = read_records(&xml);
    let skipped = xml
        .matches("<Sentence ")
        .count()
        .saturating_sub(records.len());
    let dicts = PetrarchDictionaries::load(
        &a.dictionaries,
        // The suite's actors and agents alone: its expected codes come from them, and the built-in
        // knowledge base would add real-world names the suite does not know.
        &["PETR.Validate.actors.txt", "PETR.Validate.agents.txt"],
        "PETR.Validate.verbs.txt",
        "PETR.Validate.discards.txt",
    )?;
    let mut coder = PetrarchCoder::new(&dicts.verbs, &dicts.kb, dicts.discards.clone());
    let pipeline = Pipeline::load(&data_dir(a.data.as_ref()), &[])?;
    let (mut expected_total, mut found, mut produced_total, mut false_codings) =
        (0usize, 0usize, 0usize, 0usize);
    let mut by_category: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut losses: BTreeMap<Loss, usize> = BTreeMap::new();
    for r in &records {
        let mut article = Article::new(Some(r.id.clone()), None, &r.text);
        article.published = r.date;
        let p = pipeline.parse(article);
        let date = r
            .date
            .map(|d| d.date())
            // Undated: the codes that hold last (PETRARCH's records all carry a date).
            .unwrap_or(newsgraph_kb::NaiveDate::MAX);
        coder.options = r.options;
        let sentences = coder.code(&p, date);
        let mut produced: Vec<(String, String, String)> = sentences
            .iter()
            .flat_map(|s| &s.events)
            .map(|e| (e.source.clone(), e.target.clone(), e.code.clone()))
            .collect();
        produced.sort();
        produced.dedup();
        let actors: Vec<&String> = sentences.iter().flat_map(|s| &s.actors).collect();
        let discarded = sentences.iter().any(|s| s.discarded);
        let no_verb = sentences.iter().all(|s| s.verbs.is_empty());
        let mut hits = 0;
        for e in &r.expected {
            if produced.contains(e) {
                hits += 1;
                continue;
            }
            let known = |code: &String| code == "---" || actors.contains(&code);
            let loss = if discarded {
                Loss::Discarded
            } else if no_verb {
                Loss::NoVerb
            } else if !known(&e.0) || !known(&e.1) {
                Loss::NoActor
            } else if produced.iter().any(|p| p.0 == e.0 && p.1 == e.1) {
                Loss::WrongCode
            } else {
                Loss::WrongCombination
            };
            *losses.entry(loss).or_default() += 1;
        }
        let misses = produced.iter().filter(|p| !r.expected.contains(p)).count();
        expected_total += r.expected.len();
        found += hits;
        produced_total += produced.len();
        false_codings += misses;
        let pass = hits == r.expected.len() && misses == 0;
        let cat = by_category.entry(r.category.clone()).or_default();
        cat.0 += pass as usize;
        cat.1 += 1;
        if a.verbose {
            let verbs: Vec<&String> = sentences.iter().flat_map(|s| &s.verbs).collect();
            println!(
                "{} [{}] {}: expected {:?} produced {:?} actors {:?} verbs {:?}",
                r.id,
                r.category,
                if pass { "pass" } else { "FAIL" },
                r.expected,
                produced,
                actors,
                verbs
            );
        }
    }
    let pct = |n: usize, d: usize| {
        if d == 0 {
            0.0
        } else {
            100.0 * n as f64 / d as f64
        }
    };
    if !pipeline.parse(Article::new(None, None, "A test.")).analysed {
        println!(
            "note: no parser loaded, so no trees and no events: train the models into data/models"
        );
    }
    println!(
        "records: {} active, {skipped} commented out in the suite (not tested)",
        records.len()
    );
    println!(
        "expected codings found: {found}/{expected_total} ({:.1}%)",
        pct(found, expected_total)
    );
    println!(
        "false codings: {false_codings}/{produced_total} of ours ({:.1}%)",
        pct(false_codings, produced_total)
    );
    println!("expected codings lost, by first cause:");
    for (loss, n) in &losses {
        println!("  {:<42} {n}", loss.label());
    }
    println!("pass rate by category:");
    let mut passed = 0;
    for (cat, (ok, n)) in &by_category {
        passed += ok;
        println!("  {cat:<12} {ok}/{n} ({:.1}%)", pct(*ok, *n));
    }
    println!(
        "  {:<12} {passed}/{} ({:.1}%)",
        "all",
        records.len(),
        pct(passed, records.len())
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_outside_comments_are_read() {
        let xml = r#"<Sentences>
<!-- <Sentence date="19950101" id="OFF-1" category="DEMO"><Text>x</Text></Sentence> -->
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties
with Gondor.
</Text>
</Sentence>
<!-- <Config option="comma_emax" value="3"></Config> -->
<Config option = "require_dyad" value = "False"></Config>
<Sentence date="19950102" id="DEMO-02" category="DEMO">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>"#;
        let r = read_records(xml);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].id, "DEMO-01");
        assert_eq!(
            r[0].text,
            "Arnor is about to restore full diplomatic ties with Gondor."
        );
        assert_eq!(r[0].expected, [("ARN".into(), "GON".into(), "064".into())]);
        assert!(r[1].expected.is_empty());
        // A `<Config>` line holds for the records after it; one in a comment does nothing.
        assert!(r[0].options.require_dyad);
        assert!(!r[1].options.require_dyad);
        assert_eq!(r[1].options.terminal_clause, (2, 8));
        assert_eq!(
            r[1].date.map(|d| d.to_string()).as_deref(),
            Some("1995-01-02")
        );
    }
}
