//! `newsgraph eval events`: scores the event coder against news coded by hand
//! (`eval/events-dev/`: `articles/*.txt` and `gold.jsonl`; coding rules in its README.md).
//!
//! Every article runs through the whole [`Pipeline`]. Each predicted event is expanded into dyads
//! (each actor × each recipient; an empty side is an empty code), and dyads are matched one to one
//! with the gold events of the same article. A pair matches when the CAMEO roots are equal and both
//! source and target agree on country (the first three letters of the actor code) and role (the
//! rest, or both empty). Two relaxed levels drop the role (root + countries) and then the actors
//! (root only). Only events the text presents as happening or planned count: asserted, intended and
//! reported, on both sides; negated and hypothetical events are left out of the scores, so a
//! negated gold event coded as asserted is a false event.
//!
//! With `--second FILE` a second hand coding of the same articles takes the pipeline's place: the
//! same scores are then the agreement of two human coders, the ceiling the coder is measured against.
//!
//! With `--petrarch DIR` the baseline takes its place: the PETRARCH-style coder with PETRARCH's own
//! production dictionaries, what a user of that coder would get on the same articles.
//!
//! With `--bootstrap N` each F1 gets its 95% interval over the set's articles (the articles
//! resampled with replacement, seeded); with `--against FILE` (an earlier `--json` output, which
//! carries each article's counts) the move of each F1 from that run, with the interval of a paired
//! bootstrap: on a set of twenty articles a move of a few hundredths can be the articles alone.
//!
//! **Invariant:** scoring is a plain function of gold dyads and predicted dyads ([`match_dyads`],
//! [`Counts`]); only [`run`] reads files and runs the pipeline.

use crate::commands::petrarch::PetrarchDictionaries;
use crate::data::data_dir;
use anyhow::Context;
use newsgraph_corpus::score::{Counts, bootstrap_interval, summed};
use newsgraph_extract::Pipeline;
use newsgraph_extract::events::petrarch_coder::{PetrarchCoder, SentenceCoding};
use newsgraph_extract::record::{Event, Modality, Record};
use newsgraph_ingest::{ReadOptions, read_paths};
use newsgraph_kb::NaiveDate;
use newsgraph_kb::codes::{ActorCode, CameoCode};
use newsgraph_models::perceptron::Rng;
use newsgraph_text::{Article, Doc};
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The development set: a directory with `gold.jsonl` and `articles/*.txt`.
    #[arg(long, default_value = "eval/events-dev")]
    pub gold: PathBuf,
    /// Where the models and knowledge base are (default: the installed or repository `data/`).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Print the figures as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also list every missed gold event and every false predicted event, and the near misses: a
    /// missed gold event beside the unmatched prediction in its sentence with the same root.
    #[arg(long)]
    pub errors: bool,
    /// Also tell where the scored gold events are lost, sentence by sentence: no event in the
    /// sentence, only events of other roots, the root found with a wrong side, and for a wrong
    /// side whether the gold code is carried by an entity of the sentence, of the article, or of
    /// none ([`GoldFate`]); with `--errors --json`, each missed line carries its own `fate`.
    /// Newsgraph's own coding only.
    #[arg(long, conflicts_with_all = ["second", "petrarch"])]
    pub breakdown: bool,
    /// A PETRARCH or Newsgraph dictionary to add (actors, agents, verbs); repeatable. Measures what a
    /// dictionary of one's own adds on the set.
    #[arg(long = "dictionary")]
    pub dictionaries: Vec<PathBuf>,
    /// A second hand coding of the same articles, in the form of `gold.jsonl`, scored against the
    /// gold in place of the pipeline's events: the agreement of two human coders. Only the articles
    /// it codes are scored.
    #[arg(long, value_name = "FILE", conflicts_with = "dictionaries")]
    pub second: Option<PathBuf>,
    /// The baseline: code the set with the PETRARCH-style coder and PETRARCH's own production
    /// dictionaries from this folder (CAMEO.2.0.txt, the Phoenix actor, agent and discard files)
    /// in place of Newsgraph's coder, lexicon and knowledge base; every event counts as asserted.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["dictionaries", "second"])]
    pub petrarch: Option<PathBuf>,
    /// Also give each F1 its 95% interval over the set's articles, from this many resamples of
    /// the articles with replacement (the bootstrap; 2000 is plenty, 0 leaves it out): how far
    /// the score could move on another set of articles like these. The draws are seeded, so the
    /// interval is the same on every run
    #[arg(long, value_name = "DRAWS", default_value_t = 0)]
    pub bootstrap: usize,
    /// A `--json` output of an earlier run on the same set (another version, other data): print
    /// how far each F1 moved from it, with the 95% interval of the move from a paired bootstrap
    /// over the articles (`--bootstrap` draws, 2000 when not given). A move whose interval
    /// holds 0 is within what the choice of articles alone makes
    #[arg(long, value_name = "FILE", conflicts_with = "errors")]
    pub against: Option<PathBuf>,
}

/// The seed of the bootstrap's draws.
const BOOTSTRAP_SEED: u64 = 15;

/// Draws when `--against` is given without `--bootstrap`.
const AGAINST_DRAWS: usize = 2000;

/// PETRARCH's production dictionaries, as its distribution names them.
const PETRARCH_ACTOR_FILES: &[&str] = &[
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.agents.txt",
];
const PETRARCH_VERBS_FILE: &str = "CAMEO.2.0.txt";
const PETRARCH_DISCARDS_FILE: &str = "Phoenix.discards.txt";

/// One actor–recipient–action triple, gold or predicted.
#[derive(Debug, Clone, PartialEq)]
pub struct Dyad {
    /// CAMEO actor code, or empty when the side is absent or uncoded.
    pub source: String,
    pub target: String,
    /// Two-digit CAMEO root.
    pub root: String,
    /// Index of the sentence in the record, when known.
    pub sentence: Option<usize>,
    /// What a reader needs to find it again: the gold sentence text, or the evidence and rule.
    pub note: String,
}

/// How strictly two dyads must agree to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Root, and country and role of both sides.
    Full,
    /// Root, and country of both sides.
    Countries,
    /// Root only.
    Root,
}

impl Level {
    const ALL: [Level; 3] = [Level::Full, Level::Countries, Level::Root];
    fn name(self) -> &'static str {
        match self {
            Level::Full => "root + country + role",
            Level::Countries => "root + country",
            Level::Root => "root only",
        }
    }
    fn key(self) -> &'static str {
        match self {
            Level::Full => "full",
            Level::Countries => "countries",
            Level::Root => "root",
        }
    }
}

/// Country and role of an actor code: `USAGOV` is (`USA`, `GOV`), `IGOUNO` is (`IGO`, `UNO`).
fn split_code(code: &str) -> (&str, &str) {
    let cut = code
        .char_indices()
        .nth(3)
        .map(|(i, _)| i)
        .unwrap_or(code.len());
    code.split_at(cut)
}

/// International bodies: the gold writes them in the short form of PETRARCH's validation
/// dictionary (`EUROPEAN_UNION [IGOEEU]` in `PETR.Validate.actors.txt`; `IGONAT`, `IGOWAF` alike),
/// the knowledge base and the coder in CAMEO's own region + body codes (the Phoenix international
/// actors dictionary: `IGOEUREEC`, `IGOWSTNAT`, `IGOWAFWAS`/`IGOWAFBUS`). This table is the only
/// place the two conventions meet; the gold is not rewritten.
const IGO_EQUIVALENTS: &[(&str, &str)] = &[
    ("IGOEEU", "IGOEUREEC"),
    ("IGONAT", "IGOWSTNAT"),
    ("IGOWAF", "IGOWAF"),
    ("IGOAFU", "IGOAFRAFU"),
    ("IGOOAS", "IGOWSTOAS"),
];

/// A gold international body agrees with a predicted code that names that body, with or without
/// CAMEO's further sector codes (the gold's `IGOUNO` covers "the UN, its Secretary-General and
/// agencies": `IGOUNOKID` for UNICEF is the UN).
fn same_igo(gold: &str, predicted: &str) -> bool {
    let body = IGO_EQUIVALENTS
        .iter()
        .find(|(short, _)| *short == gold)
        .map_or(gold, |(_, cameo)| cameo);
    predicted.starts_with(body) || predicted.starts_with(gold)
}

/// The gold gives each actor at most one role (its README); CAMEO's codes may add a group or a
/// second role after it (`PSEREBHMS` is Hamas, a Palestinian rebel group; `RUSGOVMIL` the defence
/// ministry). A predicted code agrees when its first role is the gold's and anything after it is
/// whole three-letter codes; a bare country in the gold still wants a bare country.
fn same_role(gold: &str, predicted: &str) -> bool {
    gold == predicted
        || (!gold.is_empty()
            && predicted.len().is_multiple_of(3)
            && predicted.is_char_boundary(gold.len())
            && predicted.starts_with(gold)
            && gold.len().is_multiple_of(3))
}

/// A predicted role in the gold's role set. The gold has no `LEG` (eval/events-dev/README.md lists
/// its roles): a parliament or its lawmakers acting as an institution are `GOV` of their country
/// (eval/events-wire/README.md). CAMEO's `LEG`, which the knowledge base gives legislatures, is
/// that `GOV`. Like [`IGO_EQUIVALENTS`], the one place the two conventions meet.
fn in_gold_roles(predicted: &str) -> String {
    match predicted.strip_prefix("LEG") {
        Some(rest) => format!("GOV{rest}"),
        None => predicted.to_string(),
    }
}

fn sides_agree(gold: &str, predicted: &str, level: Level) -> bool {
    let (gc, gr) = split_code(gold);
    let (pc, pr) = split_code(predicted);
    match level {
        Level::Full if gc == "IGO" => same_igo(gold, predicted),
        Level::Full => gc == pc && same_role(gr, &in_gold_roles(pr)),
        Level::Countries => gc == pc,
        Level::Root => true,
    }
}

pub fn dyads_agree(gold: &Dyad, predicted: &Dyad, level: Level) -> bool {
    gold.root == predicted.root
        && sides_agree(&gold.source, &predicted.source, level)
        && sides_agree(&gold.target, &predicted.target, level)
}

/// One-to-one matching within an article: pairs in the same sentence are taken first, so that an
/// event matches the statement it came from before a look-alike elsewhere in the article.
/// Returns (gold index, predicted index) pairs.
pub fn match_dyads(gold: &[Dyad], predicted: &[Dyad], level: Level) -> Vec<(usize, usize)> {
    let mut used_gold = vec![false; gold.len()];
    let mut used_pred = vec![false; predicted.len()];
    let mut pairs = Vec::new();
    for same_sentence_only in [true, false] {
        for (g, gd) in gold.iter().enumerate() {
            if used_gold[g] {
                continue;
            }
            let found = predicted.iter().enumerate().position(|(p, pd)| {
                !used_pred[p]
                    && (!same_sentence_only
                        || (gd.sentence.is_some() && gd.sentence == pd.sentence))
                    && dyads_agree(gd, pd, level)
            });
            if let Some(p) = found {
                used_gold[g] = true;
                used_pred[p] = true;
                pairs.push((g, p));
            }
        }
    }
    pairs
}

/// Whether an event of this modality is scored (see the module doc).
pub fn counted(m: Modality) -> bool {
    matches!(
        m,
        Modality::Asserted | Modality::Intended | Modality::Reported
    )
}

/// A gold line, validated.
#[derive(Debug, Clone)]
struct GoldEvent {
    article: String,
    sentence_text: String,
    source: Option<ActorCode>,
    target: Option<ActorCode>,
    cameo: CameoCode,
    modality: Modality,
}

/// One non-blank line of an annotated set's `gold.jsonl`, read as a JSON object: its 1-based
/// number, the object, and where it is ("FILE line N") for error messages. The one reader of the
/// gold files of `eval events` and `eval quotes`.
pub(crate) struct GoldJsonLine {
    pub number: usize,
    pub value: serde_json::Value,
    pub at: String,
}

impl GoldJsonLine {
    /// A string field, if present.
    pub fn text(&self, k: &str) -> Option<String> {
        self.value
            .get(k)
            .and_then(|x| x.as_str())
            .map(str::to_string)
    }
    /// A string field that must be present.
    pub fn required(&self, k: &str) -> anyhow::Result<String> {
        self.text(k)
            .with_context(|| format!("{}: the string field `{k}` is missing", self.at))
    }
}

pub(crate) fn gold_json_lines(path: &Path) -> anyhow::Result<Vec<GoldJsonLine>> {
    let raw = std::fs::read_to_string(path).with_context(|| {
        format!(
            "cannot read {}: pass --gold a directory holding gold.jsonl",
            path.display()
        )
    })?;
    let mut out = Vec::new();
    for (i, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{} line {}", path.display(), i + 1);
        let value =
            serde_json::from_str(line).with_context(|| format!("{at}: not a JSON object"))?;
        out.push(GoldJsonLine {
            number: i + 1,
            value,
            at,
        });
    }
    Ok(out)
}

fn parse_gold(path: &Path) -> anyhow::Result<Vec<GoldEvent>> {
    let mut out = Vec::new();
    for g in gold_json_lines(path)? {
        let at = || g.at.clone();
        let field = |k: &str| g.required(k);
        let code = |k: &str| -> anyhow::Result<Option<ActorCode>> {
            let s = field(k)?;
            if s.is_empty() {
                return Ok(None);
            }
            ActorCode::new(&s)
                .map(Some)
                .with_context(|| format!("{}: field `{k}`", at()))
        };
        let modality_text = field("modality")?;
        let modality: Modality = serde_json::from_value(json!(modality_text)).with_context(|| {
            format!(
                "{}: modality `{modality_text}` must be asserted, intended, negated, hypothetical or reported",
                at()
            )
        })?;
        out.push(GoldEvent {
            article: field("article")?,
            sentence_text: field("sentence_text")?,
            source: code("source")?,
            target: code("target")?,
            cameo: CameoCode::new(&field("cameo")?)
                .with_context(|| format!("{}: field `cameo`", at()))?,
            modality,
        });
    }
    Ok(out)
}

/// The scored dyads of one article's hand-coded events (gold or a second coding), each placed in
/// the sentence of `doc` that holds its `sentence_text`, and how many were left out for their
/// modality.
fn coded_dyads(events: &[GoldEvent], article: &str, doc: &Doc, coder: &str) -> (Vec<Dyad>, usize) {
    let mut dyads = Vec::new();
    let mut left_out = 0;
    let code = |c: &Option<ActorCode>| {
        c.as_ref()
            .map(|c| c.as_str().to_string())
            .unwrap_or_default()
    };
    for g in events.iter().filter(|g| g.article == article) {
        if !counted(g.modality) {
            left_out += 1;
            continue;
        }
        let sentence = sentence_of(doc, &g.sentence_text);
        if sentence.is_none() {
            eprintln!(
                "newsgraph: {article}: {coder} sentence_text \"{}\" is not in the article text; matched by article only",
                g.sentence_text
            );
        }
        dyads.push(Dyad {
            source: code(&g.source),
            target: code(&g.target),
            root: g.cameo.root().to_string(),
            sentence,
            note: format!("\"{}\" [{}]", g.sentence_text, g.cameo.as_str()),
        });
    }
    (dyads, left_out)
}

/// The sentence of `doc` holding the first occurrence of `text`.
fn sentence_of(doc: &Doc, text: &str) -> Option<usize> {
    let at = doc.text().find(text)?;
    doc.sentences
        .iter()
        .position(|s| s.start <= at && at < s.end)
}

/// The PETRARCH-style coder's events as dyads: `---` (no actor) is an empty side; every event
/// counts (the coder has no modality). A coding repeated in a sentence is one dyad.
fn petrarch_dyads(sentences: &[SentenceCoding]) -> Vec<Dyad> {
    let side = |code: &str| {
        if code.starts_with("---") {
            String::new()
        } else {
            code.to_string()
        }
    };
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for e in sentences.iter().flat_map(|s| &s.events) {
        let root: String = e.code.chars().take(2).collect();
        if seen.insert((e.sentence, e.source.clone(), e.target.clone(), root.clone())) {
            out.push(Dyad {
                source: side(&e.source),
                target: side(&e.target),
                root,
                sentence: Some(e.sentence),
                note: format!("[{} {}]", e.code, e.rule),
            });
        }
    }
    out
}

fn predicted_dyads<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<Dyad> {
    let mut out: Vec<Dyad> = Vec::new();
    let code = |p: &newsgraph_extract::record::Participant| {
        p.actor
            .as_ref()
            .map(|a| a.as_str().to_string())
            .unwrap_or_default()
    };
    for e in events.into_iter().filter(|e| counted(e.modality)) {
        let sources: Vec<String> = if e.actors.is_empty() {
            vec![String::new()]
        } else {
            e.actors.iter().map(code).collect()
        };
        let targets: Vec<String> = if e.recipients.is_empty() {
            vec![String::new()]
        } else {
            e.recipients.iter().map(code).collect()
        };
        // Two actors with one code ("Biden and Blinken met Xi") are one coded dyad, as in the gold.
        let mut seen = BTreeSet::new();
        for s in &sources {
            for t in &targets {
                if seen.insert((s.clone(), t.clone())) {
                    out.push(Dyad {
                        source: s.clone(),
                        target: t.clone(),
                        root: e.cameo_root.clone(),
                        sentence: Some(e.evidence.sentence),
                        note: format!("\"{}\" [{} {}]", e.evidence.text, e.cameo.as_str(), e.rule),
                    });
                }
            }
        }
    }
    out
}

/// Pairs of (gold root, predicted root) for the confusion table; `-` is no event.
fn confusion(gold: &[Dyad], predicted: &[Dyad], pairs: &[(usize, usize)]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut used_gold = vec![false; gold.len()];
    let mut used_pred = vec![false; predicted.len()];
    for &(g, p) in pairs {
        used_gold[g] = true;
        used_pred[p] = true;
        out.push((gold[g].root.clone(), predicted[p].root.clone()));
    }
    // An unmatched gold event is confused with an unmatched prediction of the same sentence whose
    // countries agree, else with any unmatched prediction of that sentence.
    for (g, gd) in gold.iter().enumerate() {
        if used_gold[g] {
            continue;
        }
        let in_sentence = |p: usize, pd: &Dyad| {
            !used_pred[p] && gd.sentence.is_some() && gd.sentence == pd.sentence
        };
        let found = predicted
            .iter()
            .enumerate()
            .position(|(p, pd)| {
                in_sentence(p, pd)
                    && sides_agree(&gd.source, &pd.source, Level::Countries)
                    && sides_agree(&gd.target, &pd.target, Level::Countries)
            })
            .or_else(|| {
                predicted
                    .iter()
                    .enumerate()
                    .position(|(p, pd)| in_sentence(p, pd))
            });
        match found {
            Some(p) => {
                used_pred[p] = true;
                out.push((gd.root.clone(), predicted[p].root.clone()));
            }
            None => out.push((gd.root.clone(), "-".to_string())),
        }
    }
    for (p, pd) in predicted.iter().enumerate() {
        if !used_pred[p] {
            out.push(("-".to_string(), pd.root.clone()));
        }
    }
    out
}

/// The `.txt` articles of an annotated set (`DIR/articles/`), in name order: the layout every
/// hand-annotated set under `eval/` shares (events and quotes alike).
pub(crate) fn article_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let articles = dir.join("articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&articles)
        .with_context(|| {
            format!(
                "cannot read {}: an annotated set keeps its articles there as .txt files",
                articles.display()
            )
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Ok(files)
}

/// The one article of an annotated set's file, read the way `extract` reads it.
pub(crate) fn read_article(file: &PathBuf) -> anyhow::Result<Article> {
    read_paths(std::slice::from_ref(file), &ReadOptions::default())
        .next()
        .with_context(|| format!("{} holds no article", file.display()))?
        .with_context(|| format!("cannot read {}", file.display()))
}

/// The file name of an article of `DIR/articles/`, as gold lines name it.
pub(crate) fn article_name(file: &Path) -> String {
    file.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Fails on the first `(line, article)` of `gold_path` whose article is not among `files` (the
/// articles of `dir`), so a misspelt name is reported rather than scored as an empty article.
pub(crate) fn check_articles_named<'a>(
    gold_path: &Path,
    dir: &Path,
    files: &[PathBuf],
    named: impl IntoIterator<Item = (usize, &'a str)>,
) -> anyhow::Result<()> {
    for (line, article) in named {
        if !files.iter().any(|f| article_name(f) == article) {
            anyhow::bail!(
                "{} line {line} names article `{article}`, which is not in {}: fix the name or add the file",
                gold_path.display(),
                dir.join("articles").display()
            );
        }
    }
    Ok(())
}

struct ErrorLine {
    article: String,
    dyad: Dyad,
    /// Where a missed gold event is lost, with `--breakdown`.
    fate: Option<GoldFate>,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let gold_events = parse_gold(&a.gold.join("gold.jsonl"))?;
    let files = article_files(&a.gold)?;
    let names: BTreeSet<String> = files.iter().map(|f| article_name(f)).collect();
    if let Some(g) = gold_events.iter().find(|g| !names.contains(&g.article)) {
        anyhow::bail!(
            "gold.jsonl names article `{}`, which is not in {}: fix the name or add the file",
            g.article,
            a.gold.join("articles").display()
        );
    }
    let pipeline = Pipeline::load(&data_dir(a.data.as_ref()), &a.dictionaries)?;
    let mut tallies = [Counts::default(); 3];
    let mut by_article: Vec<(String, [Counts; 3])> = Vec::new();
    let mut left_out = 0usize;
    let mut confusions: BTreeMap<(String, String), usize> = BTreeMap::new();
    let (mut missed, mut false_events) = (Vec::new(), Vec::new());
    let mut near_misses: Vec<(ErrorLine, Dyad)> = Vec::new();
    let second = match &a.second {
        Some(path) => Some(parse_gold(path)?),
        None => None,
    };
    let files: Vec<PathBuf> = match &second {
        Some(events) => {
            let coded: BTreeSet<&str> = events.iter().map(|e| e.article.as_str()).collect();
            if let Some(e) = events.iter().find(|e| !names.contains(&e.article)) {
                anyhow::bail!(
                    "the second coding names article `{}`, which is not in {}: fix the name",
                    e.article,
                    a.gold.join("articles").display()
                );
            }
            files
                .into_iter()
                .filter(|f| coded.contains(article_name(f).as_str()))
                .collect()
        }
        None => files,
    };
    let petrarch = match &a.petrarch {
        Some(dir) => Some(PetrarchDictionaries::load(
            dir,
            PETRARCH_ACTOR_FILES,
            PETRARCH_VERBS_FILE,
            PETRARCH_DISCARDS_FILE,
        )?),
        None => None,
    };
    let petrarch_coder = petrarch
        .as_ref()
        .map(|d| PetrarchCoder::new(&d.verbs, &d.kb, d.discards.clone()));
    let mut fates: BTreeMap<GoldFate, usize> = BTreeMap::new();
    for file in &files {
        let name = article_name(file);
        let article = read_article(file)?;
        // The gold and a second coding need only the article's sentences; the baseline and
        // Newsgraph code from the parse, and Newsgraph's record is kept for the breakdown.
        let (doc, predicted, record) = match (&second, &petrarch_coder) {
            (Some(events), _) => {
                let doc = Doc::new(article);
                let dyads = coded_dyads(events, &name, &doc, "second coding").0;
                (doc, dyads, None)
            }
            (None, Some(coder)) => {
                let parsed = pipeline.parse(article);
                let date = parsed.published().unwrap_or(NaiveDate::MAX);
                let dyads = petrarch_dyads(&coder.code(&parsed, date));
                (parsed.doc, dyads, None)
            }
            (None, None) => {
                let parsed = pipeline.parse(article);
                let record = pipeline.build_record_traced(&parsed).0;
                let dyads = predicted_dyads(&record.events);
                (parsed.doc, dyads, Some(record))
            }
        };
        let (gold, left) = coded_dyads(&gold_events, &name, &doc, "gold");
        left_out += left;
        let gold_fates: Vec<Option<GoldFate>> = match record.filter(|_| a.breakdown) {
            Some(record) => gold
                .iter()
                .map(|g| Some(GoldFate::of(g, &record)))
                .collect(),
            None => vec![None; gold.len()],
        };
        for fate in gold_fates.iter().flatten() {
            *fates.entry(*fate).or_default() += 1;
        }
        let mut counts = [Counts::default(); 3];
        for ((level, tally), count) in Level::ALL.iter().zip(tallies.iter_mut()).zip(&mut counts) {
            let pairs = match_dyads(&gold, &predicted, *level);
            *count = Counts {
                matched: pairs.len(),
                gold: gold.len(),
                predicted: predicted.len(),
            };
            *tally += *count;
            if *level == Level::Full {
                for pair in confusion(&gold, &predicted, &pairs) {
                    *confusions.entry(pair).or_default() += 1;
                }
                let matched_gold: BTreeSet<usize> = pairs.iter().map(|p| p.0).collect();
                let matched_pred: BTreeSet<usize> = pairs.iter().map(|p| p.1).collect();
                for (i, d) in gold.iter().enumerate() {
                    if !matched_gold.contains(&i) {
                        missed.push(ErrorLine {
                            article: name.clone(),
                            dyad: d.clone(),
                            fate: gold_fates[i],
                        });
                    }
                }
                for (i, d) in predicted.iter().enumerate() {
                    if !matched_pred.contains(&i) {
                        false_events.push(ErrorLine {
                            article: name.clone(),
                            dyad: d.clone(),
                            fate: None,
                        });
                    }
                }
                for (g, p) in near_misses_of(&gold, &predicted, &pairs) {
                    near_misses.push((
                        ErrorLine {
                            article: name.clone(),
                            dyad: g,
                            fate: None,
                        },
                        p,
                    ));
                }
            }
        }
        by_article.push((name, counts));
    }
    let draws = match (a.bootstrap, &a.against) {
        (0, Some(_)) => AGAINST_DRAWS,
        (n, _) => n,
    };
    let intervals: Option<Vec<(f64, f64)>> = (a.bootstrap > 0).then(|| {
        (0..Level::ALL.len())
            .map(|k| {
                let counts: Vec<Counts> = by_article.iter().map(|(_, c)| c[k]).collect();
                let mut rng = Rng::new(BOOTSTRAP_SEED);
                bootstrap_interval(
                    counts.len(),
                    draws,
                    |n| rng.below(n),
                    |d| summed(&counts, d).f1(),
                )
            })
            .collect()
    });
    let moves = match &a.against {
        Some(path) => Some(moves_against(path, &by_article, draws)?),
        None => None,
    };
    if a.json {
        let levels: serde_json::Map<String, serde_json::Value> = Level::ALL
            .iter()
            .enumerate()
            .zip(tallies.iter())
            .map(|((k, l), t)| {
                let mut level = json!({"matched": t.matched, "gold": t.gold, "predicted": t.predicted,
                           "precision": t.precision(), "recall": t.recall(), "f1": t.f1()});
                if let Some(iv) = &intervals {
                    level["f1_interval"] = json!([iv[k].0, iv[k].1]);
                }
                if let Some(m) = &moves {
                    level["f1_move"] = json!({"against": a.against, "move": m[k].0,
                                              "interval": [m[k].1, m[k].2]});
                }
                (l.key().to_string(), level)
            })
            .collect();
        let conf: Vec<_> = confusions
            .iter()
            .map(|((g, p), n)| json!({"gold": g, "predicted": p, "count": n}))
            .collect();
        let articles: serde_json::Map<String, serde_json::Value> = by_article
            .iter()
            .map(|(name, counts)| {
                let levels: serde_json::Map<String, serde_json::Value> = Level::ALL
                    .iter()
                    .zip(counts)
                    .map(|(l, c)| {
                        let c =
                            json!({"matched": c.matched, "gold": c.gold, "predicted": c.predicted});
                        (l.key().to_string(), c)
                    })
                    .collect();
                (name.clone(), levels.into())
            })
            .collect();
        let mut out = json!({
            "articles": files.len(),
            "gold_left_out": left_out,
            "levels": levels,
            "by_article": articles,
            "confusion": conf,
        });
        if a.breakdown {
            out["breakdown"] = fates
                .iter()
                .map(|(f, n)| (f.to_string(), json!(n)))
                .collect::<serde_json::Map<String, serde_json::Value>>()
                .into();
        }
        if a.errors {
            let list = |v: &[ErrorLine]| -> Vec<serde_json::Value> {
                v.iter()
                    .map(|e| {
                        let mut line = json!({"article": e.article, "source": e.dyad.source,
                            "target": e.dyad.target, "root": e.dyad.root,
                            "sentence": e.dyad.sentence, "note": e.dyad.note});
                        if let Some(fate) = e.fate {
                            line["fate"] = json!(fate.to_string());
                        }
                        line
                    })
                    .collect()
            };
            out["missed"] = json!(list(&missed));
            out["false"] = json!(list(&false_events));
            out["near_misses"] = near_misses
                .iter()
                .map(|(g, p)| {
                    json!({"article": g.article, "root": g.dyad.root,
                    "gold_source": g.dyad.source, "gold_target": g.dyad.target,
                    "predicted_source": p.source, "predicted_target": p.target,
                    "sentence": g.dyad.sentence, "note": g.dyad.note, "predicted_note": p.note})
                })
                .collect();
        }
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{} articles; {} gold events scored ({} negated or hypothetical left out); {} {}",
        files.len(),
        tallies[0].gold,
        left_out,
        tallies[0].predicted,
        if a.second.is_some() {
            "dyads of the second coding"
        } else if a.petrarch.is_some() {
            "dyads predicted by the PETRARCH-style baseline"
        } else {
            "predicted dyads"
        }
    );
    println!(
        "{:<24} {:>7} {:>6} {:>6} {:>6}",
        "match", "matched", "P", "R", "F1"
    );
    for (l, t) in Level::ALL.iter().zip(tallies.iter()) {
        println!(
            "{:<24} {:>7} {:>6.3} {:>6.3} {:>6.3}",
            l.name(),
            t.matched,
            t.precision(),
            t.recall(),
            t.f1()
        );
    }
    if let Some(iv) = &intervals {
        println!(
            "\nF1 95% interval over the {} articles (bootstrap, {draws} draws):",
            by_article.len()
        );
        for (l, (lo, hi)) in Level::ALL.iter().zip(iv) {
            println!("{:<24} {lo:.3} to {hi:.3}", l.name());
        }
    }
    if let (Some(m), Some(path)) = (&moves, &a.against) {
        println!(
            "\nF1 moved from {} (paired bootstrap over the {} articles, {draws} draws):",
            path.display(),
            by_article.len()
        );
        for (l, (d, lo, hi)) in Level::ALL.iter().zip(m) {
            println!(
                "{:<24} {d:+.3}  (95% interval {lo:+.3} to {hi:+.3})",
                l.name()
            );
        }
    }
    println!("\nconfusion of CAMEO roots (rows gold, columns predicted, - no event):");
    print!("{}", confusion_table(&confusions));
    if a.breakdown {
        let total: usize = fates.values().sum();
        println!("\nwhere the scored gold events are lost, in their own sentence ({total}):");
        for (fate, n) in &fates {
            println!(
                "  {n:>5} {:>5.1}%  {fate}",
                100.0 * *n as f64 / total.max(1) as f64
            );
        }
    }
    if a.errors {
        for (title, lines) in [
            ("missed gold events", &missed),
            ("false predicted events", &false_events),
        ] {
            println!("\n{title}:");
            for e in lines {
                println!(
                    "  {}  {} -> {}  {}  {}",
                    e.article,
                    show(&e.dyad.source),
                    show(&e.dyad.target),
                    e.dyad.root,
                    e.dyad.note
                );
            }
        }
        println!("\nnear misses (gold, then the same-sentence prediction with its root):");
        for (g, p) in &near_misses {
            println!(
                "  {}  {}  gold {} -> {}  predicted {} -> {}  {}\n      {}",
                g.article,
                g.dyad.root,
                show(&g.dyad.source),
                show(&g.dyad.target),
                show(&p.source),
                show(&p.target),
                g.dyad.note,
                p.note
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// How far each level's F1 moved from an earlier `--json` run on the same articles, with the 95%
/// interval of the move from a paired bootstrap (the same articles drawn for both runs):
/// `(move, low, high)` per level.
fn moves_against(
    path: &Path,
    by_article: &[(String, [Counts; 3])],
    draws: usize,
) -> anyhow::Result<Vec<(f64, f64, f64)>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let earlier: serde_json::Value = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not JSON: give the output of `newsgraph eval events --json` on this set",
            path.display()
        )
    })?;
    let Some(articles) = earlier["by_article"].as_object() else {
        anyhow::bail!(
            "{} has no per-article counts (`by_article`): rerun the earlier version with \
             `newsgraph eval events --json` and give that output",
            path.display()
        );
    };
    let names: BTreeSet<&str> = by_article.iter().map(|(n, _)| n.as_str()).collect();
    if articles.len() != names.len() || articles.keys().any(|k| !names.contains(k.as_str())) {
        anyhow::bail!(
            "{} scores other articles than this run ({} there, {} here): compare runs on the \
             same set",
            path.display(),
            articles.len(),
            names.len()
        );
    }
    let count = |v: &serde_json::Value, key: &str| v[key].as_u64().unwrap_or(0) as usize;
    (0..Level::ALL.len())
        .map(|k| {
            let key = Level::ALL[k].key();
            let now: Vec<Counts> = by_article.iter().map(|(_, c)| c[k]).collect();
            let before: Vec<Counts> = by_article
                .iter()
                .map(|(name, _)| {
                    let c = &articles[name.as_str()][key];
                    Counts {
                        matched: count(c, "matched"),
                        gold: count(c, "gold"),
                        predicted: count(c, "predicted"),
                    }
                })
                .collect();
            let all: Vec<usize> = (0..now.len()).collect();
            let moved = |d: &[usize]| summed(&now, d).f1() - summed(&before, d).f1();
            let mut rng = Rng::new(BOOTSTRAP_SEED);
            let (lo, hi) = bootstrap_interval(now.len(), draws, |n| rng.below(n), moved);
            Ok((moved(&all), lo, hi))
        })
        .collect()
}

/// The gold events missed at the full level whose root an unmatched prediction of the same
/// sentence has: the events lost to their actors rather than to their action.
fn near_misses_of(gold: &[Dyad], predicted: &[Dyad], full: &[(usize, usize)]) -> Vec<(Dyad, Dyad)> {
    let gold_left: Vec<Dyad> = (0..gold.len())
        .filter(|i| !full.iter().any(|p| p.0 == *i))
        .map(|i| gold[i].clone())
        .collect();
    let pred_left: Vec<Dyad> = (0..predicted.len())
        .filter(|i| !full.iter().any(|p| p.1 == *i))
        .map(|i| predicted[i].clone())
        .collect();
    match_dyads(&gold_left, &pred_left, Level::Root)
        .into_iter()
        .filter(|(g, p)| {
            gold_left[*g].sentence.is_some() && gold_left[*g].sentence == pred_left[*p].sentence
        })
        .map(|(g, p)| (gold_left[g].clone(), pred_left[p].clone()))
        .collect()
}

fn show(code: &str) -> &str {
    if code.is_empty() { "-" } else { code }
}

fn confusion_table(c: &BTreeMap<(String, String), usize>) -> String {
    let mut roots: BTreeSet<&str> = BTreeSet::new();
    for (g, p) in c.keys() {
        roots.insert(g);
        roots.insert(p);
    }
    // `-` sorts first; it reads better last.
    let mut order: Vec<&str> = roots.iter().copied().filter(|r| *r != "-").collect();
    order.push("-");
    let mut s = String::from("    ");
    for r in &order {
        s.push_str(&format!("{r:>4}"));
    }
    s.push('\n');
    for g in &order {
        s.push_str(&format!("{g:>4}"));
        for p in &order {
            match c.get(&(g.to_string(), p.to_string())) {
                Some(n) => s.push_str(&format!("{n:>4}")),
                None => s.push_str("   ."),
            }
        }
        s.push('\n');
    }
    s
}

/// Where one scored gold event stands against the events coded in its own sentence, the
/// breakdown of `--breakdown`. Sentence by sentence, unlike the one-to-one matching of the
/// scores: it tells which stage loses an event, not whether it is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GoldFate {
    /// An event of its root, with both sides right.
    Found,
    /// An event of its root, one side or both wrong in the dyad that agrees best: the source
    /// when it is wrong, else the target.
    WrongSide(Side, SideError),
    /// Events of its root only with a modality the scores leave out (negated, hypothetical).
    OnlyUncounted,
    /// Events in its sentence, none of its root.
    OtherRoot,
    /// No event at all in its sentence.
    NoEvent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Source,
    Target,
}

/// Why a side is wrong, by where the gold code is to be found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SideError {
    /// An entity mentioned in the event's sentence carries the gold code: the wrong one was
    /// chosen, or none.
    OnEntityOfSentence,
    /// Only an entity mentioned elsewhere in the article carries it (reference across
    /// sentences).
    OnEntityOfArticle,
    /// No entity of the article carries it (the actor's own coding).
    OnNoEntity,
    /// The gold side is empty and the coder named someone.
    GoldEmpty,
}

impl std::fmt::Display for GoldFate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GoldFate::Found => write!(f, "root and both sides right"),
            GoldFate::WrongSide(side, why) => {
                let side = match side {
                    Side::Source => "source",
                    Side::Target => "target",
                };
                let why = match why {
                    SideError::OnEntityOfSentence => "its code is on an entity of the sentence",
                    SideError::OnEntityOfArticle => {
                        "its code is on an entity elsewhere in the article"
                    }
                    SideError::OnNoEntity => "no entity of the article has its code",
                    SideError::GoldEmpty => "the gold side is empty",
                };
                write!(f, "root right, {side} wrong: {why}")
            }
            GoldFate::OnlyUncounted => write!(f, "root only in a negated or hypothetical event"),
            GoldFate::OtherRoot => write!(f, "only events of other roots in its sentence"),
            GoldFate::NoEvent => write!(f, "no event in its sentence"),
        }
    }
}

impl GoldFate {
    /// The fate of gold dyad `g` in `record`, the pipeline's record of its article.
    pub fn of(g: &Dyad, record: &Record) -> GoldFate {
        let in_sentence: Vec<&Event> = record
            .events
            .iter()
            .filter(|e| Some(e.evidence.sentence) == g.sentence)
            .collect();
        if in_sentence.is_empty() {
            return GoldFate::NoEvent;
        }
        let of_root: Vec<&Event> = in_sentence
            .iter()
            .copied()
            .filter(|e| e.cameo_root == g.root)
            .collect();
        if of_root.is_empty() {
            return GoldFate::OtherRoot;
        }
        let scored = predicted_dyads(of_root.iter().copied());
        let Some(best) = scored.iter().max_by_key(|p| {
            usize::from(sides_agree(&g.source, &p.source, Level::Full))
                + usize::from(sides_agree(&g.target, &p.target, Level::Full))
        }) else {
            return GoldFate::OnlyUncounted;
        };
        let side_error = |gold: &str| {
            if gold.is_empty() {
                return SideError::GoldEmpty;
            }
            let carriers = |here: bool| {
                record.entities.iter().any(|e| {
                    e.actor
                        .as_ref()
                        .is_some_and(|c| sides_agree(gold, c.as_str(), Level::Full))
                        && (!here || e.mentions.iter().any(|m| Some(m.sentence) == g.sentence))
                })
            };
            if carriers(true) {
                SideError::OnEntityOfSentence
            } else if carriers(false) {
                SideError::OnEntityOfArticle
            } else {
                SideError::OnNoEntity
            }
        };
        match (
            sides_agree(&g.source, &best.source, Level::Full),
            sides_agree(&g.target, &best.target, Level::Full),
        ) {
            (true, true) => GoldFate::Found,
            (false, _) => GoldFate::WrongSide(Side::Source, side_error(&g.source)),
            (true, false) => GoldFate::WrongSide(Side::Target, side_error(&g.target)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dyad(source: &str, target: &str, root: &str, sentence: usize) -> Dyad {
        Dyad {
            source: source.into(),
            target: target.into(),
            root: root.into(),
            sentence: Some(sentence),
            note: String::new(),
        }
    }

    /// A record of events and entities, each entity with its mentions' sentences.
    fn record_with(
        events: Vec<(&str, &str, &str, usize, &str)>,
        entities: &[(&str, &[usize])],
    ) -> Record {
        let mut r = Record::of_article(&Article::new(None, Some("T"), "B"));
        let side = |code: &str| {
            if code.is_empty() {
                json!([])
            } else {
                json!([{"entity": null, "text": code, "actor": code, "inferred": false}])
            }
        };
        r.events = events
            .into_iter()
            .enumerate()
            .map(|(i, (cameo, source, target, sentence, modality))| {
                serde_json::from_value(json!({
                    "id": format!("V{i}"), "cameo": cameo, "cameo_root": &cameo[..2],
                    "plover": {"type": "CONSULT", "mode": null}, "quad_class": 1, "goldstein": 1.0,
                    "actors": side(source), "recipients": side(target), "place": null,
                    "date": null, "date_source": "none", "modality": modality, "confidence": 0.9,
                    "evidence": {"sentence": sentence, "start": 0, "end": 1, "text": "B"},
                    "rule": "test"
                }))
                .expect("a well-formed event")
            })
            .collect();
        r.entities = entities
            .iter()
            .enumerate()
            .map(|(i, (code, sentences))| {
                let mentions: Vec<_> = sentences
                    .iter()
                    .map(|s| json!({"start": 0, "end": 1, "text": "B", "sentence": s}))
                    .collect();
                serde_json::from_value(json!({
                    "id": format!("E{i}"), "type": "ORGANIZATION", "name": code, "aliases": [],
                    "roles": [], "actor": code, "country": null, "kb_id": null, "mentions": mentions
                }))
                .expect("a well-formed entity")
            })
            .collect();
        r
    }

    #[test]
    fn a_gold_event_is_placed_by_what_its_sentence_holds() {
        let gold = dyad("RUSGOV", "UKR", "11", 1);
        let fate = |events, entities: &[(&str, &[usize])]| {
            GoldFate::of(&gold, &record_with(events, entities))
        };
        assert_eq!(
            fate(vec![("112", "RUSGOV", "UKR", 2, "asserted")], &[]),
            GoldFate::NoEvent
        );
        assert_eq!(
            fate(vec![("042", "RUSGOV", "UKR", 1, "asserted")], &[]),
            GoldFate::OtherRoot
        );
        assert_eq!(
            fate(vec![("112", "RUSGOV", "UKR", 1, "negated")], &[]),
            GoldFate::OnlyUncounted
        );
        // The best of two dyads decides: the second has both sides.
        assert_eq!(
            fate(
                vec![
                    ("111", "USA", "UKR", 1, "asserted"),
                    ("112", "RUSGOVMIL", "UKR", 1, "reported")
                ],
                &[]
            ),
            GoldFate::Found
        );
        // A wrong source is told by where its gold code is: on an entity of the sentence, of the
        // article, or of none.
        let wrong_source = vec![("112", "USA", "UKR", 1, "asserted")];
        assert_eq!(
            fate(wrong_source.clone(), &[("RUSGOV", &[0, 1])]),
            GoldFate::WrongSide(Side::Source, SideError::OnEntityOfSentence)
        );
        assert_eq!(
            fate(wrong_source.clone(), &[("RUSGOV", &[3])]),
            GoldFate::WrongSide(Side::Source, SideError::OnEntityOfArticle)
        );
        assert_eq!(
            fate(wrong_source, &[("RUS", &[1])]),
            GoldFate::WrongSide(Side::Source, SideError::OnNoEntity)
        );
        assert_eq!(
            fate(vec![("112", "RUSGOV", "", 1, "asserted")], &[]),
            GoldFate::WrongSide(Side::Target, SideError::OnNoEntity)
        );
        let no_target = dyad("RUSGOV", "", "11", 1);
        assert_eq!(
            GoldFate::of(
                &no_target,
                &record_with(vec![("112", "RUSGOV", "UKR", 1, "asserted")], &[])
            ),
            GoldFate::WrongSide(Side::Target, SideError::GoldEmpty)
        );
    }

    #[test]
    fn country_and_role_split_after_three_letters() {
        assert_eq!(split_code("USAGOV"), ("USA", "GOV"));
        assert_eq!(split_code("IGOUNO"), ("IGO", "UNO"));
        assert_eq!(split_code("RUS"), ("RUS", ""));
        assert_eq!(split_code(""), ("", ""));
    }

    #[test]
    fn gold_igo_short_forms_match_cameo_body_codes() {
        // "The European Union imposed sanctions on Russia": the KB codes the EU as CAMEO does.
        assert!(sides_agree("IGOEEU", "IGOEUREEC", Level::Full));
        assert!(sides_agree("IGONAT", "IGOWSTNAT", Level::Full));
        assert!(sides_agree("IGOWAF", "IGOWAFBUS", Level::Full));
        assert!(sides_agree("IGOAFU", "IGOAFRAFU", Level::Full));
        assert!(sides_agree("IGOOAS", "IGOWSTOAS", Level::Full));
        assert!(sides_agree("IGOUNO", "IGOUNOKID", Level::Full));
        // A second coder who writes the short form agrees with a gold that does.
        assert!(sides_agree("IGOEEU", "IGOEEU", Level::Full));
        // Another body is not the same actor, nor is a state.
        assert!(!sides_agree("IGOEEU", "IGOWSTNAT", Level::Full));
        assert!(!sides_agree("IGONAT", "IGOUNO", Level::Full));
        assert!(!sides_agree("IGOUNO", "USAGOV", Level::Full));
    }

    #[test]
    fn a_legislature_is_the_gold_government_and_nothing_else() {
        // "Brazil's Senate voted to remove President Dilma Rousseff": the KB codes the Senate
        // BRALEG, the gold BRAGOV.
        assert!(sides_agree("BRAGOV", "BRALEG", Level::Full));
        assert!(sides_agree("USAGOV", "USALEG", Level::Full));
        // Not another role, another country, or a gold bare country.
        assert!(!sides_agree("BRAOPP", "BRALEG", Level::Full));
        assert!(!sides_agree("ARGGOV", "BRALEG", Level::Full));
        assert!(!sides_agree("BRA", "BRALEG", Level::Full));
    }

    #[test]
    fn levels_relax_role_then_actors() {
        // "Biden met Zelensky": gold USAGOV -> UKRGOV 04.
        let gold = dyad("USAGOV", "UKRGOV", "04", 0);
        assert!(dyads_agree(
            &gold,
            &dyad("USAGOV", "UKRGOV", "04", 0),
            Level::Full
        ));
        // A bare country for the recipient is right on country, wrong on role.
        let bare = dyad("USAGOV", "UKR", "04", 0);
        assert!(!dyads_agree(&gold, &bare, Level::Full));
        assert!(dyads_agree(&gold, &bare, Level::Countries));
        // Swapped roles of the meeting: countries differ, so only the root agrees.
        let swapped = dyad("UKRGOV", "USAGOV", "04", 0);
        assert!(!dyads_agree(&gold, &swapped, Level::Countries));
        assert!(dyads_agree(&gold, &swapped, Level::Root));
        // A different root never matches.
        assert!(!dyads_agree(
            &gold,
            &dyad("USAGOV", "UKRGOV", "05", 0),
            Level::Root
        ));
    }

    #[test]
    fn a_group_code_after_the_gold_role_agrees_but_a_bare_country_wants_a_bare_country() {
        // "accused Hamas of reneging": the gold's PSEREB, the KB's PSEREBHMS.
        assert!(dyads_agree(
            &dyad("ISRGOV", "PSEREB", "11", 1),
            &dyad("ISRGOV", "PSEREBHMS", "11", 1),
            Level::Full
        ));
        assert!(!dyads_agree(
            &dyad("ISRGOV", "PSE", "11", 1),
            &dyad("ISRGOV", "PSEREB", "11", 1),
            Level::Full
        ));
        assert!(!dyads_agree(
            &dyad("ISRGOV", "PSEREB", "11", 1),
            &dyad("ISRGOV", "PSEREBH", "11", 1),
            Level::Full
        ));
        assert!(!dyads_agree(
            &dyad("ISRGOV", "PSEREBHMS", "11", 1),
            &dyad("ISRGOV", "PSEREB", "11", 1),
            Level::Full
        ));
    }

    #[test]
    fn empty_target_matches_only_empty_target() {
        let gold = dyad("IRNGOV", "", "11", 2);
        assert!(dyads_agree(
            &gold,
            &dyad("IRNGOV", "", "11", 2),
            Level::Full
        ));
        assert!(!dyads_agree(
            &gold,
            &dyad("IRNGOV", "USA", "11", 2),
            Level::Full
        ));
    }

    #[test]
    fn matching_is_one_to_one_and_prefers_the_same_sentence() {
        // Two identical gold dyads in sentences 0 and 3; one prediction in sentence 3 and one
        // duplicate prediction in sentence 3 that has nothing left to match.
        let gold = vec![dyad("RUS", "UKR", "19", 0), dyad("RUS", "UKR", "19", 3)];
        let predicted = vec![dyad("RUS", "UKR", "19", 3), dyad("RUS", "UKR", "19", 3)];
        let pairs = match_dyads(&gold, &predicted, Level::Full);
        assert_eq!(pairs, vec![(1, 0), (0, 1)]);
        let one = match_dyads(&gold[..1], &predicted[..1], Level::Full);
        assert_eq!(
            one,
            vec![(0, 0)],
            "falls back to any sentence of the article"
        );
    }

    #[test]
    fn negated_and_hypothetical_events_are_not_scored() {
        assert!(
            counted(Modality::Asserted)
                && counted(Modality::Intended)
                && counted(Modality::Reported)
        );
        assert!(!counted(Modality::Negated) && !counted(Modality::Hypothetical));
    }

    #[test]
    fn confusion_pairs_wrong_root_with_same_countries() {
        // "China rejected a US request": gold CHN -> USA 12, coded as a demand (10).
        let gold = vec![dyad("CHN", "USA", "12", 1)];
        let predicted = vec![dyad("USA", "CHN", "04", 1), dyad("CHN", "USA", "10", 1)];
        let pairs = match_dyads(&gold, &predicted, Level::Full);
        assert!(pairs.is_empty());
        let c = confusion(&gold, &predicted, &pairs);
        assert_eq!(
            c,
            vec![
                ("12".to_string(), "10".to_string()),
                ("-".to_string(), "04".to_string())
            ]
        );
    }

    #[test]
    fn a_near_miss_is_a_missed_event_with_its_root_found_in_its_sentence() {
        let gold = vec![
            dyad("RUSGOV", "UKR", "19", 0),
            dyad("USAGOV", "", "04", 1),
            dyad("ISR", "", "01", 2),
        ];
        let predicted = vec![
            dyad("RUS", "UKR", "19", 0),
            dyad("USAGOV", "", "04", 1),
            dyad("ISR", "", "01", 3),
        ];
        let full = match_dyads(&gold, &predicted, Level::Full);
        let near = near_misses_of(&gold, &predicted, &full);
        // The matched pair is no near miss, and a root found only in another sentence is not one.
        assert_eq!(near.len(), 1);
        assert_eq!(near[0].0.source, "RUSGOV");
        assert_eq!(near[0].1.source, "RUS");
    }
}
