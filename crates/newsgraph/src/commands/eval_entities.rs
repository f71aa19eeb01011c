//! `newsgraph eval entities`: scores the entity stage (named persons, organisations and places,
//! and the country of places) against hand-annotated news: the Wikinews documents of GUM
//! (`--corpus`), or a hand-made entity list beside wire articles (`--gold DIR`: `entities.jsonl`
//! and `articles/*.txt`), whose surface strings are turned into gold mentions where they occur
//! and scored by the same [`score_document`] under [`Rule::SurfaceStrings`].
//!
//! Each GUM CoNLL-U document is rebuilt as an [`Article`] (headline, then one line per paragraph),
//! run through the whole [`Pipeline`], and the predicted entity mentions are aligned with GUM's
//! gold mentions by byte offsets. docs/evaluation.md says how the gold is read and what counts as
//! a match; in short:
//! - a gold mention is *named* when its syntactic head (the one word of the mention whose head lies
//!   outside it) is a `PROPN`; its name span runs from its first to its last `PROPN` word;
//! - a predicted mention is named when its entity is not `nominal` and it has a capitalised word
//!   that is not a pronoun or determiner (so "he" and "the minister" are left out);
//! - GUM `person`, `organization`, `place` are compared with `PERSON`, `ORGANIZATION`, `LOCATION`.
//!
//! **Invariant:** scoring is a plain function of gold mentions and predicted mentions
//! ([`score_document`]); only [`run`] reads files and runs the pipeline.

use crate::data::data_dir;
use anyhow::Context;
use newsgraph_corpus::UdSentence;
use newsgraph_corpus::score::{f1, ratio};
use newsgraph_extract::Pipeline;
use newsgraph_extract::record::{Entity, EntityType};
use newsgraph_text::{Article, Published};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The hand-assigned country of each place identity in the GUM news documents.
const PLACE_COUNTRIES: &str = include_str!("../../tests/fixtures/entities/gum-place-countries.tsv");

#[derive(clap::Args)]
pub struct Args {
    /// A GUM CoNLL-U file, or a directory of them, e.g. ../shared/corpora/gum-news
    #[arg(long, required_unless_present = "gold", conflicts_with = "gold")]
    pub corpus: Option<PathBuf>,
    /// A hand-made entity list instead of GUM: a directory with `articles/*.txt` and
    /// `entities.jsonl` (docs/evaluation.md gives the format and the scoring).
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// Where the models and knowledge base are (default: the installed or repository `data/`).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Print the figures as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also print up to this many examples of each kind of error (missed, wrong type, spurious,
    /// wrong country) to standard error.
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let (scores, source) = match (&a.corpus, &a.gold) {
        (_, Some(dir)) => (score_gold_set(dir, &a)?, dir),
        (Some(corpus), None) => (score_gum(corpus, &a)?, corpus),
        (None, None) => anyhow::bail!(
            "nothing to score against: pass --corpus ../shared/corpora/gum-news or --gold DIR"
        ),
    };
    if a.json {
        println!("{}", serde_json::to_string_pretty(&scores.to_json())?);
    } else {
        print!("{}", scores.table(source));
    }
    if a.errors > 0 {
        eprint!("{}", scores.error_examples(a.errors));
    }
    Ok(ExitCode::SUCCESS)
}

/// The GUM news documents, scored by overlapping spans ([`Rule::Gum`]).
fn score_gum(corpus: &Path, a: &Args) -> anyhow::Result<Scores> {
    let files = conllu_files(corpus)?;
    let pipeline = Pipeline::load(&data_dir(a.data.as_ref()), &[])?;
    let countries = place_countries(PLACE_COUNTRIES);
    let titles = title_words(pipeline.kb());
    let mut scores = Scores::default();
    for file in &files {
        let raw = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let sentences = newsgraph_corpus::read_conllu(&raw).with_context(|| {
            format!(
                "{} is not valid CoNLL-U: pass a GUM .conllu file",
                file.display()
            )
        })?;
        for mut gold in gold_documents(&sentences) {
            unname_bare_titles(&mut gold, &titles, pipeline.kb());
            let article = gold.article();
            if article.text() != gold.text() {
                eprintln!(
                    "newsgraph: {} ({}): the rebuilt article text differs from the gold text; document skipped",
                    gold.id,
                    file.display()
                );
                scores.skipped_documents += 1;
                continue;
            }
            // The entity stage alone, as `Pipeline::extract` runs it: later stages cannot change
            // the entities, and a fault in one of them must not stop this measurement.
            let parsed = pipeline.parse(article);
            let entities = newsgraph_extract::entities::find(&parsed, pipeline.kb());
            let system = system_mentions(&entities);
            scores.documents += 1;
            scores.dropped_gold += gold.dropped;
            score_document(
                &gold.id,
                gold.text(),
                &gold.mentions,
                &system,
                &countries,
                Rule::Gum,
                &mut scores,
            );
        }
    }
    Ok(scores)
}

/// A hand-made entity list (`DIR/entities.jsonl` beside `DIR/articles/*.txt`), scored by
/// surface strings ([`Rule::SurfaceStrings`]). Named groups are left out of the predictions:
/// the list holds no demonyms, and GUM's habit of calling "Afghans" persons is not its own.
fn score_gold_set(dir: &Path, a: &Args) -> anyhow::Result<Scores> {
    let list_path = dir.join("entities.jsonl");
    let raw = std::fs::read_to_string(&list_path).with_context(|| {
        format!(
            "cannot read {}: --gold DIR must hold entities.jsonl (one entity per line) and articles/",
            list_path.display()
        )
    })?;
    let list = parse_entity_list(&raw).with_context(|| format!("in {}", list_path.display()))?;
    let files = super::eval_events::article_files(dir)?;
    super::eval_events::check_articles_named(
        &list_path,
        dir,
        &files,
        list.iter().map(|g| (g.line, g.article.as_str())),
    )?;
    let pipeline = Pipeline::load(&data_dir(a.data.as_ref()), &[])?;
    let countries: HashMap<String, Option<String>> = list
        .iter()
        .map(|g| (g.line.to_string(), g.country.clone()))
        .collect();
    let mut scores = Scores::default();
    for file in &files {
        let name = super::eval_events::article_name(file);
        let article = super::eval_events::read_article(file)?;
        let parsed = pipeline.parse(article);
        let entities = newsgraph_extract::entities::find(&parsed, pipeline.kb());
        let mut system = system_mentions(&entities);
        system.retain(|m| m.kind != EntityType::Group);
        for m in &mut system {
            if entities
                .get(m.entity)
                .is_some_and(|e| e.kind == EntityType::Organization && names_a_place(e))
            {
                m.kind = EntityType::Location;
            }
        }
        let text = parsed.doc.text();
        let in_article: Vec<&GoldEntity> = list.iter().filter(|g| g.article == name).collect();
        let (gold, absent) = surface_mentions(text, &in_article);
        for (g, surface) in &absent {
            eprintln!(
                "newsgraph: {} line {}: '{surface}' does not occur in {name}; that string is not scored (write surface strings exactly as the article does)",
                list_path.display(),
                g.line
            );
        }
        scores.documents += 1;
        scores.dropped_gold += absent.len();
        score_document(
            &name,
            text,
            &gold,
            &system,
            &countries,
            Rule::SurfaceStrings,
            &mut scores,
        );
    }
    Ok(scores)
}

/// Whether an entity is a place's name standing for those who govern it ("Germany would send
/// air defence", "Moscow said"): the record calls it an organisation, the entity list a place
/// (it types a name by what it names, not by its use), so `--gold` scores it as the place.
/// Buildings and offices that stand for a government ("the Kremlin") stay organisations.
fn names_a_place(e: &Entity) -> bool {
    let place_kinds = ["country:", "city:", "admin1:", "admin2:", "region:"];
    e.kb_id
        .as_deref()
        .is_some_and(|id| place_kinds.iter().any(|k| id.starts_with(k)))
}

/// One line of a hand-made entity list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldEntity {
    /// The 1-based line of `entities.jsonl`: the entity's identity in scoring.
    pub line: usize,
    /// The file name in `articles/`.
    pub article: String,
    pub kind: Kind,
    pub name: String,
    /// Every distinct surface string of the entity's names, exactly as the article writes it.
    pub mentions: Vec<String>,
    /// ISO 3166-1 alpha-3, or none (an intergovernmental body, a place in no one country).
    pub country: Option<String>,
}

/// Reads `entities.jsonl`: one JSON object per non-blank line with `article`, `type` (PERSON,
/// ORGANIZATION or LOCATION), `name`, `mentions` (strings) and `country` (alpha-3 or null).
pub fn parse_entity_list(raw: &str) -> anyhow::Result<Vec<GoldEntity>> {
    let mut out = Vec::new();
    for (i, line) in raw.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).with_context(|| {
            format!("line {line_no} is not a JSON object: write one entity per line")
        })?;
        let text = |key: &str| -> anyhow::Result<String> {
            v.get(key)
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
                .with_context(|| format!("line {line_no}: `{key}` must be a string"))
        };
        let kind = match text("type")?.as_str() {
            "PERSON" => Kind::Person,
            "ORGANIZATION" => Kind::Organization,
            "LOCATION" => Kind::Place,
            other => anyhow::bail!(
                "line {line_no}: type `{other}` is not PERSON, ORGANIZATION or LOCATION"
            ),
        };
        let mentions: Vec<String> = v
            .get("mentions")
            .and_then(serde_json::Value::as_array)
            .with_context(|| format!("line {line_no}: `mentions` must be a list of strings"))?
            .iter()
            .filter_map(serde_json::Value::as_str)
            .filter(|m| !m.trim().is_empty())
            .map(str::to_string)
            .collect();
        let country = match v.get("country") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(c))
                if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) =>
            {
                Some(c.clone())
            }
            Some(c) => anyhow::bail!(
                "line {line_no}: country {c} is not an ISO 3166-1 alpha-3 code (FRA) or null"
            ),
        };
        out.push(GoldEntity {
            line: line_no,
            article: text("article")?,
            kind,
            name: text("name")?,
            mentions,
            country,
        });
    }
    Ok(out)
}

/// Gold mentions at every place where one of an entity's surface strings occurs in the text as
/// whole words (so "Lee" is not found in "Leeds"), and the surface strings that occur nowhere.
pub fn surface_mentions<'a>(
    text: &str,
    entities: &[&'a GoldEntity],
) -> (Vec<GoldMention>, Vec<(&'a GoldEntity, &'a str)>) {
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut gold = Vec::new();
    let mut absent = Vec::new();
    for g in entities {
        for surface in &g.mentions {
            let mut found = false;
            for (start, _) in text.match_indices(surface.as_str()) {
                let end = start + surface.len();
                let before = text[..start].chars().next_back();
                let after = text[end..].chars().next();
                let first = surface.chars().next();
                let last = surface.chars().next_back();
                if (word_char(before) && word_char(first)) || (word_char(after) && word_char(last))
                {
                    continue;
                }
                found = true;
                gold.push(GoldMention {
                    entity: g.line.to_string(),
                    etype: g.kind.name().to_string(),
                    named: true,
                    start,
                    end,
                    identity: Some(g.line.to_string()),
                });
            }
            if !found {
                absent.push((*g, surface.as_str()));
            }
        }
    }
    // "Macron" inside "Emmanuel Macron" is the same name written once: one gold mention.
    let inside_own_longer = |m: &GoldMention| {
        gold.iter().any(|o| {
            o.entity == m.entity
                && o.start <= m.start
                && m.end <= o.end
                && o.end - o.start > m.end - m.start
        })
    };
    let keep: Vec<bool> = gold.iter().map(|m| !inside_own_longer(m)).collect();
    let mut keep = keep.into_iter();
    gold.retain(|_| keep.next().unwrap_or(true));
    gold.sort_by_key(|m| (m.start, m.end));
    (gold, absent)
}

/// Title words GUM may write as a person's proper name ("the Minister", "Home Secretary"): the
/// last words of the knowledge base's agent nouns, and titles it has no role for.
fn title_words(kb: Option<&newsgraph_kb::Kb>) -> HashSet<String> {
    const MORE: &[&str] = &[
        "secretary",
        "director",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "administrator",
        "undersecretary",
        "commissioner",
        "mp",
        "senator",
        "sheriff",
        "spokesperson",
        "president",
        "minister",
        "governor",
        "mayor",
        "premier",
    ];
    let mut words: HashSet<String> = MORE.iter().map(|w| w.to_string()).collect();
    if let Some(kb) = kb {
        for e in kb
            .entries()
            .iter()
            .filter(|e| e.kind == newsgraph_kb::EntryKind::Agent)
        {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                if let Some(last) = name.split_whitespace().next_back() {
                    words.insert(last.to_lowercase());
                }
            }
        }
    }
    words
}

/// GUM heads "the Minister", "Shadow Home Secretary" and "LA Sheriff" on a proper noun, but they
/// are titles, which the record keeps as roles and never as a name: a person mention whose last
/// word is a title word and which holds no given name the knowledge base knows is not named (like
/// "the president"), so a person the article names only by a title is not scored.
fn unname_bare_titles(
    doc: &mut GoldDocument,
    titles: &HashSet<String>,
    kb: Option<&newsgraph_kb::Kb>,
) {
    let text = doc.text.clone();
    for m in doc
        .mentions
        .iter_mut()
        .filter(|m| m.named && m.etype == "person")
    {
        let words: Vec<String> = text
            .get(m.start..m.end)
            .unwrap_or("")
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let Some(last) = words.last() else { continue };
        let given = words
            .iter()
            .any(|w| kb.is_some_and(|kb| kb.is_given_name(w)));
        if titles.contains(last) && !given {
            m.named = false;
        }
    }
}

/// The `.conllu` files of a directory in name order, or the one file given.
fn conllu_files(corpus: &Path) -> anyhow::Result<Vec<PathBuf>> {
    if corpus.is_file() {
        return Ok(vec![corpus.to_path_buf()]);
    }
    let entries = std::fs::read_dir(corpus).with_context(|| {
        format!(
            "cannot read {}: pass --corpus with a GUM .conllu file or a directory of them (../shared/corpora/gum-news)",
            corpus.display()
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    if files.is_empty() {
        anyhow::bail!(
            "{} holds no .conllu files: pass --corpus with GUM CoNLL-U files (../shared/corpora/gum-news)",
            corpus.display()
        );
    }
    Ok(files)
}

/// Reads `identity<TAB>ISO3` lines (`-` for no single country); `#` starts a comment line.
fn place_countries(tsv: &str) -> HashMap<String, Option<String>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(id, c)| {
            let c = c.trim();
            (id.to_string(), (c != "-").then(|| c.to_string()))
        })
        .collect()
}

/// The three kinds of entity the issue sets targets for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Person,
    Organization,
    Place,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Person, Kind::Organization, Kind::Place];

    /// GUM's entity type names.
    pub fn from_gum(etype: &str) -> Option<Kind> {
        match etype {
            "person" => Some(Kind::Person),
            "organization" => Some(Kind::Organization),
            "place" => Some(Kind::Place),
            _ => None,
        }
    }

    pub fn from_record(t: EntityType) -> Option<Kind> {
        match t {
            EntityType::Person => Some(Kind::Person),
            EntityType::Organization => Some(Kind::Organization),
            EntityType::Location => Some(Kind::Place),
            // Only named groups reach scoring (see [`system_mentions`]); GUM's `person` covers
            // groups of people ("Muslims", "Afghans").
            EntityType::Group => Some(Kind::Person),
            EntityType::Misc => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
        }
    }
}

/// One gold mention of a GUM document, with byte offsets into the rebuilt article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldMention {
    /// The coreference group (GUM's `GRP`): mentions with the same id are one entity.
    pub entity: String,
    /// GUM's entity type: person, organization, place, event, abstract...
    pub etype: String,
    /// True when the mention's syntactic head is a proper noun.
    pub named: bool,
    /// The name span (first to last `PROPN` word) for named mentions, the whole mention otherwise.
    pub start: usize,
    pub end: usize,
    /// The Wikipedia title GUM links the mention to (URL-encoded), where it has one.
    pub identity: Option<String>,
}

/// A GUM document rebuilt as an article, with its gold mentions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldDocument {
    pub id: String,
    pub title: String,
    /// Paragraphs joined by `\n`, sentences of a paragraph by a space.
    pub body: String,
    pub published: Option<Published>,
    pub url: Option<String>,
    pub mentions: Vec<GoldMention>,
    /// Gold mentions left out because a boundary word could not be located in the text.
    pub dropped: usize,
    text: String,
}

impl GoldDocument {
    /// The text an [`Article`] built from this document must have: headline, `\n`, body.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn article(&self) -> Article {
        let mut a = Article::new(Some(self.id.clone()), Some(&self.title), &self.body);
        a.published = self.published;
        a.url = self.url.clone();
        a.source = Some("Wikinews".into());
        a.language = Some("en".into());
        a
    }
}

/// An open GUM mention: its fields and where it starts.
struct OpenMention {
    fields: String,
    sentence: usize,
    word: usize,
}

/// Splits sentences into documents (`# newdoc`) and rebuilds each one's text and gold mentions.
/// The first paragraph is the headline.
pub fn gold_documents(sentences: &[UdSentence]) -> Vec<GoldDocument> {
    let mut docs = Vec::new();
    let mut start = 0;
    for i in 1..=sentences.len() {
        if i == sentences.len() || sentences[i].new_doc() {
            if let Some(d) = gold_document(&sentences[start..i]) {
                docs.push(d);
            }
            start = i;
        }
    }
    docs
}

fn gold_document(sentences: &[UdSentence]) -> Option<GoldDocument> {
    if sentences.is_empty() {
        return None;
    }
    let meta = |key: &str| sentences.iter().find_map(|s| s.comment(key));
    let mut doc = GoldDocument {
        id: meta("newdoc id").unwrap_or("gum").to_string(),
        published: meta("meta::dateCreated").and_then(|d| Published::parse(d).ok()),
        url: meta("meta::sourceURL").map(str::to_string),
        ..GoldDocument::default()
    };
    // Byte span of each word in the document text, per sentence; None where it was not found.
    let mut spans: Vec<Vec<Option<(usize, usize)>>> = Vec::with_capacity(sentences.len());
    let mut paragraphs = 0;
    for (i, s) in sentences.iter().enumerate() {
        let own;
        let raw = match s.text() {
            Some(t) => t,
            None => {
                own = text_from_forms(s);
                &own
            }
        };
        let sentence_text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if i > 0 {
            if s.new_par() {
                paragraphs += 1;
                doc.text.push('\n');
            } else if !sentence_text.is_empty() {
                doc.text.push(' ');
            }
        }
        let base = doc.text.len();
        doc.text.push_str(&sentence_text);
        spans.push(
            locate_words(s, &sentence_text)
                .into_iter()
                .map(|w| w.map(|(a, b)| (base + a, base + b)))
                .collect(),
        );
        if paragraphs == 0 {
            doc.title = doc.text.clone();
        }
    }
    doc.body = doc
        .text
        .get(doc.title.len()..)
        .unwrap_or("")
        .trim_start_matches('\n')
        .to_string();
    // Leading or trailing blank sentences would make the text differ from an Article's; the
    // caller checks that and skips the document.
    let mut open: Vec<OpenMention> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for (wi, w) in s.words.iter().enumerate() {
            let Some(value) = w.misc.split('|').find_map(|m| m.strip_prefix("Entity=")) else {
                continue;
            };
            for bracket in entity_brackets(value) {
                match bracket {
                    Bracket::Open { fields, closed } => {
                        open.push(OpenMention {
                            fields: fields.to_string(),
                            sentence: si,
                            word: wi,
                        });
                        if closed && let Some(m) = open.pop() {
                            push_mention(&mut doc, sentences, &spans, m, si, wi);
                        }
                    }
                    Bracket::Close(id) => {
                        let found = open
                            .iter()
                            .rposition(|m| m.fields.split('-').next() == Some(id));
                        if let Some(k) = found {
                            let m = open.remove(k);
                            push_mention(&mut doc, sentences, &spans, m, si, wi);
                        }
                    }
                }
            }
        }
    }
    doc.dropped += open.len();
    Some(doc)
}

/// Adds a closed mention; mentions across sentences or with unlocated words are dropped.
fn push_mention(
    doc: &mut GoldDocument,
    sentences: &[UdSentence],
    spans: &[Vec<Option<(usize, usize)>>],
    m: OpenMention,
    sentence: usize,
    last: usize,
) {
    let mut fields = m.fields.splitn(8, '-');
    let (Some(entity), Some(etype)) = (fields.next(), fields.next()) else {
        doc.dropped += 1;
        return;
    };
    let identity = fields.nth(5).filter(|s| !s.is_empty()).map(str::to_string);
    if m.sentence != sentence || m.word > last {
        doc.dropped += 1;
        return;
    }
    let words = &sentences[sentence].words;
    // The syntactic head: the first word whose head lies outside the mention (1-based heads).
    let inside = |h: usize| h > m.word && h <= last + 1;
    let head = (m.word..=last)
        .find(|&i| !inside(words[i].head))
        .unwrap_or(m.word);
    // GUM heads "student Ahmed Mohamed" and "English captain Harry Kane" on the common noun,
    // with the name as its `flat` dependents: the mention is named all the same, and its name
    // is those words.
    let proper_dependent = |i: usize, rel: &str| {
        words[i].head == head + 1 && words[i].deprel == rel && words[i].upos == "PROPN"
    };
    let flat_name: Vec<usize> = (m.word..=last)
        .filter(|&i| proper_dependent(i, "flat"))
        .collect();
    // GUM also hangs the name on the common noun as an apposition ("France's interior minister
    // Gérald Darmanin", "Pan-democrat Gary Fan", "his then-girlfriend Julie Couillard"): the
    // mention names the person all the same, and its name is the apposition's proper nouns.
    let appos_name = (words[head].upos != "PROPN" && flat_name.is_empty())
        .then(|| (m.word..=last).find(|&i| proper_dependent(i, "appos")))
        .flatten();
    let named = words[head].upos == "PROPN" || !flat_name.is_empty() || appos_name.is_some();
    let (first, end_word) = if let Some(name) = appos_name {
        name_around(words, name, m.word, last)
    } else if words[head].upos != "PROPN" && !flat_name.is_empty() {
        let (_, end) = name_around(words, flat_name[flat_name.len() - 1], m.word, last);
        (flat_name[0], end)
    } else if named {
        name_around(words, head, m.word, last)
    } else {
        (m.word, last)
    };
    let span = |i: usize| spans[sentence].get(i).copied().flatten();
    let (Some((start, _)), Some((_, end))) = (span(first), span(end_word)) else {
        doc.dropped += 1;
        return;
    };
    doc.mentions.push(GoldMention {
        entity: entity.to_string(),
        etype: etype.to_string(),
        named,
        start,
        end,
        identity,
    });
}

/// The name a named mention's head belongs to: the run of proper nouns around the head, within
/// the mention, that attach inside the name. So "Michael Tien of NPP" and "DAB's Starry Lee" are
/// "Michael Tien" and "Starry Lee", a list of people is its first, and a hyphen written without
/// spaces stays inside ("Lam Cheuk-ting"). A title GUM attaches as `nmod:desc` ("US President
/// Barack Obama", "Mr Key") is the person's role, not the name, and so is what hangs on it
/// ("Ambassador to the United States Hamdullah Mohib"). An ampersand between proper nouns is
/// inside the name ("Mary & Leigh Block Museum of Art", which GUM hangs on "Museum" through
/// "Mary", with "Leigh" as its conjunct).
fn name_around(
    words: &[newsgraph_corpus::UdWord],
    head: usize,
    first: usize,
    last: usize,
) -> (usize, usize) {
    let propn = |i: usize| words[i].upos == "PROPN" && words[i].deprel != "nmod:desc";
    let hyphen = |i: usize| {
        words[i].form == "-" && !words[i].space_after() && i > 0 && !words[i - 1].space_after()
    };
    // 1-based heads: word k hangs on a word of start..=end.
    let within =
        |k: usize, start: usize, end: usize| words[k].head > start && words[k].head <= end + 1;
    let (mut start, mut end) = (head, head);
    loop {
        if start > first && propn(start - 1) && within(start - 1, start, end) {
            start -= 1;
        } else if start >= first + 2 && hyphen(start - 1) && propn(start - 2) {
            start -= 2;
        } else if start >= first + 3
            && words[start - 2].form == "&"
            && propn(start - 1)
            && propn(start - 3)
            && within(start - 3, start, end)
        {
            // "Mary & Leigh Block Museum of Art": an ampersand joins two names inside one.
            start -= 3;
        } else if end < last && propn(end + 1) && within(end + 1, start, end) {
            end += 1;
        } else if end + 2 <= last && hyphen(end + 1) {
            end += 2;
        } else {
            break;
        }
    }
    (start, end)
}

/// One bracket of a GUM `Entity=` value: `(3-organization-...` opens a mention (and `)` right
/// after its fields closes it on the same word); `3)` closes the innermost open mention 3.
#[derive(Debug, PartialEq, Eq)]
enum Bracket<'a> {
    Open { fields: &'a str, closed: bool },
    Close(&'a str),
}

fn entity_brackets(value: &str) -> Vec<Bracket<'_>> {
    let mut out = Vec::new();
    let mut rest = value;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('(') {
            let end = after.find(['(', ')']).unwrap_or(after.len());
            let closed = after[end..].starts_with(')');
            out.push(Bracket::Open {
                fields: &after[..end],
                closed,
            });
            rest = &after[end + usize::from(closed)..];
        } else if let Some(end) = rest.find(')') {
            let id = &rest[..end];
            if let Some(open) = id.find('(') {
                // Text before an opening bracket that is not a closer: skip it.
                rest = &rest[open..];
                continue;
            }
            out.push(Bracket::Close(id));
            rest = &rest[end + 1..];
        } else {
            break;
        }
    }
    out
}

/// Byte span of each word within the sentence text, in order. A multiword token whose words do
/// not spell its surface form ("dunno") gives each of its words the whole surface span.
fn locate_words(s: &UdSentence, text: &str) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None; s.words.len()];
    let mut cursor = 0;
    let find = |unit: &str, cursor: &mut usize| -> Option<(usize, usize)> {
        let rest = text.get(*cursor..)?;
        let at = *cursor + (rest.len() - rest.trim_start().len());
        if text.get(at..)?.starts_with(unit) && !unit.is_empty() {
            *cursor = at + unit.len();
            Some((at, at + unit.len()))
        } else {
            None
        }
    };
    let mut n = 0;
    while n < s.words.len() {
        let multi = s.multiwords.iter().find(|m| m.first == n + 1 && m.last > n);
        if let Some(m) = multi {
            let last = m.last.min(s.words.len());
            let spelled: String = s.words[n..last].iter().map(|w| w.form.as_str()).collect();
            if spelled != m.form {
                let span = find(&m.form, &mut cursor);
                out[n..last].fill(span);
                n = last;
                continue;
            }
        }
        out[n] = find(&s.words[n].form, &mut cursor);
        n += 1;
    }
    out
}

fn text_from_forms(s: &UdSentence) -> String {
    let mut t = String::new();
    for w in &s.words {
        t.push_str(&w.form);
        if w.space_after() {
            t.push(' ');
        }
    }
    t
}

/// A named mention the pipeline predicted.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemMention {
    pub start: usize,
    pub end: usize,
    pub kind: EntityType,
    /// The predicted country of the mention's entity (ISO alpha-3), from `country` or `place`.
    pub country: Option<String>,
    /// The index of the mention's entity in the record: entity precision counts entities, not
    /// mentions.
    pub entity: usize,
}

/// Words that are capitalised at a sentence start without making a mention a name.
const NOT_NAMES: &[&str] = &[
    "A", "An", "The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I",
    "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "Him", "Them", "Us", "Me",
];

/// The named mentions among a record's entities: those of non-nominal entities that contain a
/// capitalised word other than a pronoun or determiner, and the mentions of groups that are all
/// capitalised words and carry no role but a country's ("Afghans", "Muslims": a named group,
/// which GUM calls a person; "US officials", "reporters" and "Officials" are descriptions).
pub fn system_mentions(entities: &[Entity]) -> Vec<SystemMention> {
    let mut out = Vec::new();
    for (index, e) in entities.iter().enumerate() {
        // A group named by nationality, religion or people is coded with its country and
        // nothing else ("Afghans": AFG), or not at all ("Muslims"); an agent noun capitalised at a sentence start
        // ("Officials said", GOV) is no name.
        let group = e.kind == EntityType::Group && e.roles.iter().all(|r| r.code == e.country);
        if e.nominal && !group {
            continue;
        }
        let country = e
            .country
            .clone()
            .or_else(|| e.place.as_ref().and_then(|p| p.country.clone()));
        for m in &e.mentions {
            let named = if group {
                is_named_group(&m.text)
            } else {
                is_name(&m.text)
            };
            if named {
                out.push(SystemMention {
                    start: m.start,
                    end: m.end,
                    kind: e.kind,
                    country: country.clone(),
                    entity: index,
                });
            }
        }
    }
    out
}

/// True when a group's mention is a name: every word capitalised ("Afghans", "Rohingya
/// Muslims"), not a description ("US officials", "the Americans").
pub fn is_named_group(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    words.peek().is_some()
        && words
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !NOT_NAMES.contains(&w))
}

/// True when a predicted mention's text reads as a name: a capitalised word that is not a
/// pronoun or determiner ("Mike Pompeo", "the State Department"; not "He", "the minister").
pub fn is_name(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        // "al-Qaida", "1MDB": a name may open with an Arabic article joined by a hyphen, or
        // with digits; its first letter after them says whether it is a name.
        let bare = match w.split_once('-') {
            Some((particle, rest)) if ARABIC_ARTICLES.contains(&particle) => rest,
            _ => w,
        };
        bare.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
            && !NOT_NAMES.contains(&w)
    })
}

/// The Arabic article as news copy joins it to a name ("al-Qaida", "el-Sisi").
const ARABIC_ARTICLES: &[&str] = &["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul"];

/// Mention counts where precision and recall count matches from each side (with overlapping
/// spans one predicted mention may match two gold ones, and the other way round).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MentionCounts {
    pub system: usize,
    pub gold: usize,
    /// Predicted mentions that match a gold one.
    pub system_matched: usize,
    /// Gold mentions that a predicted one matches.
    pub gold_matched: usize,
}

impl MentionCounts {
    pub fn precision(&self) -> f64 {
        ratio(self.system_matched, self.system)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.gold_matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

/// The figures for one kind of entity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindScores {
    pub exact: MentionCounts,
    pub overlap: MentionCounts,
    /// Gold entities (coreference groups with a named mention of this kind).
    pub entities: usize,
    /// Gold entities with a named mention that a predicted mention of this kind finds
    /// ([`Rule`]).
    pub entities_found: usize,
    /// Predicted entities of this kind with a named mention, and those of them with a mention
    /// that finds a gold entity of the kind.
    pub system_entities: usize,
    pub system_entities_right: usize,
    /// Found places whose gold country is known, and those whose predicted country matches it.
    pub country_checked: usize,
    pub country_right: usize,
    /// Found places with no gold country (no identity link, or not within one country).
    pub country_skipped: usize,
    /// Gold entities with a gold country, found or not: `country_right` over this is the share
    /// of all of them found with the right country, the issue's "90% of places with the right
    /// country".
    pub country_gold: usize,
}

/// An error worth showing to whoever improves the entity stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorExample {
    pub what: &'static str,
    pub document: String,
    pub text: String,
    pub detail: String,
}

#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub documents: usize,
    pub skipped_documents: usize,
    /// Gold mentions that could not be placed in the text.
    pub dropped_gold: usize,
    pub kinds: BTreeMap<Kind, KindScores>,
    /// (gold type, predicted type) counts over named gold mentions, by overlapping span; the
    /// predicted type is `none` when no predicted named mention overlaps.
    pub confusion: BTreeMap<(String, String), usize>,
    pub examples: Vec<ErrorExample>,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn type_name(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "PERSON",
        EntityType::Organization => "ORGANIZATION",
        EntityType::Location => "LOCATION",
        EntityType::Group => "GROUP",
        EntityType::Misc => "MISC",
    }
}

/// A name inside the larger name of a thing that is no person ("Andy Warhol" in "Andy Warhol
/// Foundation", "Texas" in "University of Texas", "Batman" in "Batman: The Animated Series") is
/// not scored: the record has one flat layer of mentions and gives the larger name, so it could
/// never name both. (A person's name span holds no title, so "US" in "US President Donald Trump"
/// stays.)
fn nested_in_a_larger_name(g: &GoldMention, gold: &[GoldMention]) -> bool {
    gold.iter().any(|o| {
        o.named
            && o.etype != "person"
            && o.entity != g.entity
            && o.start <= g.start
            && g.end <= o.end
            && o.end - o.start > g.end - g.start
    })
}

/// How a predicted mention finds a gold entity, and which gold names are scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// GUM: a gold entity is found by an overlapping span of the same kind; a name nested in a
    /// larger name that is no person's is not scored ([`nested_in_a_larger_name`]).
    Gum,
    /// A hand-made entity list: gold mentions are the places where a surface string occurs, and
    /// an entity is found by a predicted mention with exactly that span, that is, with a text
    /// equal to one of its surface strings. Every gold name is scored.
    SurfaceStrings,
}

impl Rule {
    fn finds(self, gold: (usize, usize), system: (usize, usize)) -> bool {
        match self {
            Rule::Gum => overlaps(gold, system),
            Rule::SurfaceStrings => gold == system,
        }
    }
}

/// Adds one document's gold and predicted mentions to the scores. `countries` maps a gold
/// identity to its country (`None`: no single country).
pub fn score_document(
    document: &str,
    text: &str,
    gold: &[GoldMention],
    system: &[SystemMention],
    countries: &HashMap<String, Option<String>>,
    rule: Rule,
    scores: &mut Scores,
) {
    let snippet = |s: usize, e: usize| text.get(s..e).unwrap_or("").to_string();
    let is_nested = |g: &GoldMention| rule == Rule::Gum && nested_in_a_larger_name(g, gold);
    let named: Vec<&GoldMention> = gold.iter().filter(|g| g.named && !is_nested(g)).collect();
    // A predicted mention that matches only such a nested name is neither right nor wrong.
    let nested: Vec<&GoldMention> = gold.iter().filter(|g| g.named && is_nested(g)).collect();
    let system: Vec<SystemMention> = system
        .iter()
        .filter(|m| {
            let span = (m.start, m.end);
            !nested.iter().any(|g| overlaps((g.start, g.end), span))
                || named.iter().any(|g| overlaps((g.start, g.end), span))
        })
        .cloned()
        .map(|mut m| {
            // A hand-made list names "Middle East" where the record's mention reads "the Middle
            // East": the leading article is not part of the name either way. A listed name
            // that holds it ("The Hague") is compared whole.
            let leading_article = text
                .get(m.start..m.end)
                .and_then(|t| t.get(..4))
                .is_some_and(|t| t.eq_ignore_ascii_case("the "))
                && !gold.iter().any(|g| g.start == m.start);
            if rule == Rule::SurfaceStrings && leading_article && m.end > m.start + 4 {
                m.start += 4;
            }
            m
        })
        .collect();
    let system = &system[..];
    for kind in Kind::ALL {
        let k = scores.kinds.entry(kind).or_default();
        let gold_k: Vec<&GoldMention> = named
            .iter()
            .copied()
            .filter(|g| Kind::from_gum(&g.etype) == Some(kind))
            .collect();
        let sys_k: Vec<&SystemMention> = system
            .iter()
            .filter(|m| Kind::from_record(m.kind) == Some(kind))
            .collect();
        for (counts, same) in [
            (
                &mut k.exact,
                (|a: (usize, usize), b: (usize, usize)| a == b) as fn(_, _) -> bool,
            ),
            (&mut k.overlap, overlaps),
        ] {
            counts.gold += gold_k.len();
            counts.system += sys_k.len();
            counts.gold_matched += gold_k
                .iter()
                .filter(|g| {
                    sys_k
                        .iter()
                        .any(|m| same((g.start, g.end), (m.start, m.end)))
                })
                .count();
            counts.system_matched += sys_k
                .iter()
                .filter(|m| {
                    gold_k
                        .iter()
                        .any(|g| same((g.start, g.end), (m.start, m.end)))
                })
                .count();
        }
        // Entities: coreference groups of this kind, in order of their first named mention.
        let mut groups: Vec<(&str, Vec<&GoldMention>)> = Vec::new();
        for g in &gold_k {
            match groups.iter_mut().find(|(id, _)| *id == g.entity) {
                Some((_, ms)) => ms.push(*g),
                None => groups.push((g.entity.as_str(), vec![*g])),
            }
        }
        // Entity precision: predicted entities of this kind, and those with a mention that
        // finds some gold entity of the kind.
        let mut predicted: Vec<(usize, bool)> = Vec::new();
        for m in &sys_k {
            let right = gold_k
                .iter()
                .any(|g| rule.finds((g.start, g.end), (m.start, m.end)));
            match predicted.iter_mut().find(|(e, _)| *e == m.entity) {
                Some((_, r)) => *r |= right,
                None => predicted.push((m.entity, right)),
            }
        }
        k.system_entities += predicted.len();
        k.system_entities_right += predicted.iter().filter(|(_, r)| *r).count();
        // Each predicted entity that counts against entity precision, with its named mentions,
        // so that its cause (a place called a person, a name split in two) can be read off.
        for (entity, _) in predicted.iter().filter(|(_, r)| !*r) {
            let mut names: Vec<String> = sys_k
                .iter()
                .filter(|m| m.entity == *entity)
                .map(|m| snippet(m.start, m.end))
                .collect();
            names.dedup();
            scores.examples.push(ErrorExample {
                what: "false entity",
                document: document.to_string(),
                text: names.first().cloned().unwrap_or_default(),
                detail: format!("predicted {}: {}", kind.name(), names.join(" | ")),
            });
        }
        // Persons and organisations are checked too where the entity list gives them a country
        // (GUM's table holds places only): their country is what the actor code is built on.
        let checks_country = kind == Kind::Place || rule == Rule::SurfaceStrings;
        for (id, ms) in &groups {
            k.entities += 1;
            let gold_country = gold
                .iter()
                .filter(|g| g.entity == *id)
                .find_map(|g| g.identity.as_deref())
                .and_then(|i| countries.get(i))
                .cloned()
                .flatten();
            if checks_country && gold_country.is_some() {
                k.country_gold += 1;
            }
            let found = ms.iter().find_map(|g| {
                sys_k
                    .iter()
                    .find(|m| rule.finds((g.start, g.end), (m.start, m.end)))
            });
            let Some(found) = found else {
                let names: Vec<String> = ms.iter().map(|g| snippet(g.start, g.end)).collect();
                let mut distinct = names.clone();
                distinct.sort();
                distinct.dedup();
                scores.examples.push(ErrorExample {
                    what: "missed entity",
                    document: document.to_string(),
                    text: names.first().cloned().unwrap_or_default(),
                    detail: format!(
                        "{}, {} named mentions: {}",
                        kind.name(),
                        ms.len(),
                        distinct.join(" | ")
                    ),
                });
                continue;
            };
            k.entities_found += 1;
            if !checks_country {
                continue;
            }
            match gold_country {
                Some(country) => {
                    k.country_checked += 1;
                    if found.country.as_deref() == Some(country.as_str()) {
                        k.country_right += 1;
                    } else {
                        scores.examples.push(ErrorExample {
                            what: "wrong country",
                            document: document.to_string(),
                            text: snippet(found.start, found.end),
                            detail: format!(
                                "{}, gold {country}, predicted {}",
                                kind.name(),
                                found.country.as_deref().unwrap_or("none")
                            ),
                        });
                    }
                }
                None => k.country_skipped += 1,
            }
        }
    }
    for g in &named {
        let over: Vec<&SystemMention> = system
            .iter()
            .filter(|m| overlaps((g.start, g.end), (m.start, m.end)))
            .collect();
        let gold_kind = Kind::from_gum(&g.etype);
        // Prefer a predicted mention of the right kind, then the one with the closest span.
        let best = over
            .iter()
            .min_by_key(|m| {
                (
                    Kind::from_record(m.kind) != gold_kind,
                    m.start.abs_diff(g.start) + m.end.abs_diff(g.end),
                )
            })
            .copied();
        let predicted = best.map_or("none", |m| type_name(m.kind));
        let gold_label = gold_kind.map_or("other", Kind::name);
        *scores
            .confusion
            .entry((gold_label.to_string(), predicted.to_string()))
            .or_default() += 1;
        let Some(kind) = gold_kind else {
            continue;
        };
        match best {
            None => scores.examples.push(ErrorExample {
                what: "missed",
                document: document.to_string(),
                text: snippet(g.start, g.end),
                detail: kind.name().to_string(),
            }),
            Some(m) if Kind::from_record(m.kind) != Some(kind) => {
                scores.examples.push(ErrorExample {
                    what: "wrong type",
                    document: document.to_string(),
                    text: snippet(m.start, m.end),
                    detail: format!(
                        "gold {} '{}', predicted {predicted}",
                        kind.name(),
                        snippet(g.start, g.end)
                    ),
                })
            }
            // The right type, but not the gold words: a leading title, a possessive, a name
            // cut short or run on.
            Some(m) if (m.start, m.end) != (g.start, g.end) => scores.examples.push(ErrorExample {
                what: "partial span",
                document: document.to_string(),
                text: snippet(m.start, m.end),
                detail: format!("gold {} '{}'", kind.name(), snippet(g.start, g.end)),
            }),
            Some(_) => {}
        }
    }
    for m in system {
        let Some(kind) = Kind::from_record(m.kind) else {
            continue;
        };
        let right = named.iter().any(|g| {
            Kind::from_gum(&g.etype) == Some(kind) && overlaps((g.start, g.end), (m.start, m.end))
        });
        if right {
            continue;
        }
        let under = gold
            .iter()
            .filter(|g| overlaps((g.start, g.end), (m.start, m.end)))
            .min_by_key(|g| g.end - g.start);
        scores.examples.push(ErrorExample {
            what: "spurious",
            document: document.to_string(),
            text: snippet(m.start, m.end),
            detail: match under {
                Some(g) => format!(
                    "predicted {}, gold {}{} '{}'",
                    type_name(m.kind),
                    if g.named { "named " } else { "" },
                    g.etype,
                    snippet(g.start, g.end)
                ),
                None => format!("predicted {}, no gold mention", type_name(m.kind)),
            },
        });
    }
}

impl Scores {
    pub fn table(&self, corpus: &Path) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let pct = |x: f64| format!("{:6.2}", 100.0 * x);
        let _ = writeln!(s, "corpus: {}", corpus.display());
        let _ = writeln!(
            s,
            "{} documents ({} skipped), {} gold mentions dropped (not located in the text)",
            self.documents, self.skipped_documents, self.dropped_gold
        );
        let _ = writeln!(
            s,
            "\nnamed mentions        exact span: P      R      F1    | overlapping span: P      R      F1    | gold  system"
        );
        for (kind, k) in &self.kinds {
            let _ = writeln!(
                s,
                "{:<20}             {} {} {} |                   {} {} {} | {:>5} {:>6}",
                kind.name(),
                pct(k.exact.precision()),
                pct(k.exact.recall()),
                pct(k.exact.f1()),
                pct(k.overlap.precision()),
                pct(k.overlap.recall()),
                pct(k.overlap.f1()),
                k.exact.gold,
                k.exact.system,
            );
        }
        let _ = writeln!(s, "\nentities (coreference groups with a named mention)");
        for (kind, k) in &self.kinds {
            let _ = writeln!(
                s,
                "{:<20} recall {} ({} of {})",
                kind.name(),
                pct(ratio(k.entities_found, k.entities)),
                k.entities_found,
                k.entities
            );
            if *kind != Kind::Place {
                let _ = writeln!(
                    s,
                    "{:<20} precision {} ({} of {} predicted entities with a named mention)",
                    "",
                    pct(ratio(k.system_entities_right, k.system_entities)),
                    k.system_entities_right,
                    k.system_entities
                );
            }
            if *kind == Kind::Place {
                let _ = writeln!(
                    s,
                    "{:<20} right country {} ({} of {} found places with a gold country; {} found places skipped: no gold country)",
                    "",
                    pct(ratio(k.country_right, k.country_checked)),
                    k.country_right,
                    k.country_checked,
                    k.country_skipped
                );
                let _ = writeln!(
                    s,
                    "{:<20} found with the right country {} ({} of {} gold places with a country)",
                    "",
                    pct(ratio(k.country_right, k.country_gold)),
                    k.country_right,
                    k.country_gold
                );
            } else if k.country_checked > 0 {
                let _ = writeln!(
                    s,
                    "{:<20} right country {} ({} of {} found entities with a gold country; {} skipped: gold country null)",
                    "",
                    pct(ratio(k.country_right, k.country_checked)),
                    k.country_right,
                    k.country_checked,
                    k.country_skipped
                );
            }
        }
        let _ = writeln!(
            s,
            "\nnamed gold mentions by predicted type (overlapping span)"
        );
        let columns = [
            "PERSON",
            "ORGANIZATION",
            "LOCATION",
            "GROUP",
            "MISC",
            "none",
        ];
        let _ = write!(s, "{:<14}", "gold");
        for c in columns {
            let _ = write!(s, "{c:>13}");
        }
        let _ = writeln!(s);
        for row in ["person", "organization", "place", "other"] {
            let _ = write!(s, "{row:<14}");
            for c in columns {
                let n = self
                    .confusion
                    .get(&(row.to_string(), c.to_string()))
                    .copied()
                    .unwrap_or(0);
                let _ = write!(s, "{n:>13}");
            }
            let _ = writeln!(s);
        }
        s
    }

    pub fn to_json(&self) -> serde_json::Value {
        let counts = |c: &MentionCounts| {
            serde_json::json!({
                "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                "gold": c.gold, "system": c.system,
                "gold_matched": c.gold_matched, "system_matched": c.system_matched,
            })
        };
        let kinds: serde_json::Map<String, serde_json::Value> = self
            .kinds
            .iter()
            .map(|(kind, k)| {
                let mut v = serde_json::json!({
                    "exact": counts(&k.exact),
                    "overlap": counts(&k.overlap),
                    "entities": k.entities,
                    "entities_found": k.entities_found,
                    "entity_recall": ratio(k.entities_found, k.entities),
                    "system_entities": k.system_entities,
                    "system_entities_right": k.system_entities_right,
                    "entity_precision": ratio(k.system_entities_right, k.system_entities),
                });
                if *kind == Kind::Place || k.country_checked > 0 {
                    v["country"] = serde_json::json!({
                        "checked": k.country_checked,
                        "right": k.country_right,
                        "share_right": ratio(k.country_right, k.country_checked),
                        "skipped_no_gold_country": k.country_skipped,
                        "gold_with_country": k.country_gold,
                        "share_of_gold_found_right": ratio(k.country_right, k.country_gold),
                    });
                }
                (kind.name().to_string(), v)
            })
            .collect();
        let confusion: Vec<serde_json::Value> = self
            .confusion
            .iter()
            .map(|((g, p), n)| serde_json::json!({"gold": g, "predicted": p, "count": n}))
            .collect();
        serde_json::json!({
            "documents": self.documents,
            "skipped_documents": self.skipped_documents,
            "dropped_gold_mentions": self.dropped_gold,
            "types": kinds,
            "confusion": confusion,
        })
    }

    /// Up to `n` examples of each kind of error, grouped.
    pub fn error_examples(&self, n: usize) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        for what in [
            "missed entity",
            "missed",
            "wrong type",
            "partial span",
            "spurious",
            "false entity",
            "wrong country",
        ] {
            let all: Vec<&ErrorExample> = self.examples.iter().filter(|e| e.what == what).collect();
            let _ = writeln!(s, "{what}: {} in all", all.len());
            for e in all.iter().take(n) {
                let _ = writeln!(s, "  {}: '{}' ({})", e.document, e.text, e.detail);
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(entity: &str, etype: &str, named: bool, start: usize, end: usize) -> GoldMention {
        GoldMention {
            entity: entity.into(),
            etype: etype.into(),
            named,
            start,
            end,
            identity: None,
        }
    }

    fn system(kind: EntityType, start: usize, end: usize) -> SystemMention {
        SystemMention {
            start,
            end,
            kind,
            country: None,
            entity: start,
        }
    }

    // "US President Donald Trump met Kim in Singapore. Trump said"
    //  0  3         13     20    26  30 33 36       45 47    53
    const TEXT: &str = "US President Donald Trump met Kim in Singapore. Trump said";

    #[test]
    fn a_name_inside_a_larger_name_is_not_scored() {
        // "the Andy Warhol Foundation said": the person's name lies inside the organisation's.
        let text = "the Andy Warhol Foundation said";
        let g = vec![
            gold("1", "organization", true, 4, 26),
            gold("2", "person", true, 4, 15),
        ];
        let s = vec![system(EntityType::Organization, 4, 26)];
        let mut scores = Scores::default();
        score_document("d", text, &g, &s, &HashMap::new(), Rule::Gum, &mut scores);
        assert_eq!(
            scores
                .kinds
                .get(&Kind::Person)
                .map_or(0, |k| k.overlap.gold),
            0
        );
        assert_eq!(scores.kinds[&Kind::Organization].overlap.gold_matched, 1);
        // Must not fire: a place beside a person's name, not inside a larger one, is scored.
        let g = vec![
            gold("1", "person", true, 13, 25),
            gold("2", "place", true, 0, 2),
        ];
        let mut scores = Scores::default();
        score_document("d", TEXT, &g, &[], &HashMap::new(), Rule::Gum, &mut scores);
        assert_eq!(scores.kinds[&Kind::Place].overlap.gold, 1);
    }

    #[test]
    fn exact_and_overlapping_spans_are_scored_apart() {
        let g = vec![
            gold("1", "person", true, 0, 25),
            gold("2", "place", true, 0, 2),
            gold("3", "person", true, 30, 33),
            gold("4", "place", true, 37, 46),
            gold("1", "person", true, 48, 53),
        ];
        let s = vec![
            system(EntityType::Person, 13, 25),
            system(EntityType::Location, 0, 2),
            system(EntityType::Person, 48, 53),
            // "Singapore" called a person: spurious person, missed place.
            system(EntityType::Person, 37, 46),
        ];
        let mut scores = Scores::default();
        score_document("d", TEXT, &g, &s, &HashMap::new(), Rule::Gum, &mut scores);
        let person = scores.kinds[&Kind::Person];
        assert_eq!(
            person.exact,
            MentionCounts {
                system: 3,
                gold: 3,
                system_matched: 1,
                gold_matched: 1
            }
        );
        assert_eq!(
            person.overlap,
            MentionCounts {
                system: 3,
                gold: 3,
                system_matched: 2,
                gold_matched: 2
            }
        );
        // Trump (1) is found, Kim (3) is not.
        assert_eq!((person.entities, person.entities_found), (2, 1));
        let place = scores.kinds[&Kind::Place];
        assert_eq!((place.exact.gold_matched, place.exact.gold), (1, 2));
        assert_eq!((place.entities, place.entities_found), (2, 1));
        assert_eq!(
            scores.confusion[&("place".to_string(), "PERSON".to_string())],
            1
        );
        assert_eq!(
            scores.confusion[&("person".to_string(), "none".to_string())],
            1
        );
        let whats: Vec<&str> = scores.examples.iter().map(|e| e.what).collect();
        assert!(whats.contains(&"missed") && whats.contains(&"wrong type"));
        assert!(
            scores
                .examples
                .iter()
                .any(|e| e.what == "spurious" && e.text == "Singapore")
        );
    }

    #[test]
    fn unnamed_gold_mentions_are_not_scored() {
        // "the president" is a person mention but not a name: predicting nothing costs nothing.
        let g = vec![gold("1", "person", false, 0, 13)];
        let mut scores = Scores::default();
        score_document(
            "d",
            "the president",
            &g,
            &[],
            &HashMap::new(),
            Rule::Gum,
            &mut scores,
        );
        assert_eq!(scores.kinds[&Kind::Person].exact.gold, 0);
        assert!(scores.examples.is_empty());
    }

    #[test]
    fn place_country_is_checked_only_where_gold_has_one() {
        let mut g = vec![
            gold("1", "place", true, 0, 5),
            gold("2", "place", true, 10, 15),
            gold("3", "place", true, 20, 25),
        ];
        g[0].identity = Some("Paris".into());
        g[1].identity = Some("World".into());
        let countries = place_countries("# comment\nParis\tFRA\nWorld\t-\n");
        let mut paris = system(EntityType::Location, 0, 5);
        paris.country = Some("FRA".into());
        let mut world = system(EntityType::Location, 10, 15);
        world.country = Some("USA".into());
        let third = system(EntityType::Location, 20, 25);
        let mut scores = Scores::default();
        score_document(
            "d",
            &"x".repeat(30),
            &g,
            &[paris, world, third],
            &countries,
            Rule::Gum,
            &mut scores,
        );
        let place = scores.kinds[&Kind::Place];
        assert_eq!((place.country_checked, place.country_right), (1, 1));
        assert_eq!(place.country_skipped, 2);
        assert_eq!(place.country_gold, 1);
    }

    #[test]
    fn a_listed_name_is_found_by_a_mention_that_adds_only_the_article() {
        // "Troops left the Middle East and the Balkans" with the list's "Middle East" and
        // "Balkans"; "the Balkans" is predicted as one word too short ("the Balkan").
        let text = "Troops left the Middle East and the Balkans";
        let g = vec![
            gold("1", "place", true, 16, 27),
            gold("2", "place", true, 36, 43),
        ];
        let mut scores = Scores::default();
        score_document(
            "d",
            text,
            &g,
            &[
                system(EntityType::Location, 12, 27),
                system(EntityType::Location, 32, 42),
            ],
            &HashMap::new(),
            Rule::SurfaceStrings,
            &mut scores,
        );
        let place = scores.kinds[&Kind::Place];
        assert_eq!((place.entities_found, place.entities), (1, 2));
        // Must not fire: a listed name that holds the article ("The Hague") is matched whole.
        let text = "He flew to The Hague";
        let mut scores = Scores::default();
        score_document(
            "d",
            text,
            &[gold("1", "place", true, 11, 20)],
            &[system(EntityType::Location, 11, 20)],
            &HashMap::new(),
            Rule::SurfaceStrings,
            &mut scores,
        );
        assert_eq!(scores.kinds[&Kind::Place].entities_found, 1);
    }

    #[test]
    fn a_missed_place_counts_against_places_found_with_the_right_country() {
        // Two gold places in France; only one is found (with its country).
        let mut g = vec![
            gold("1", "place", true, 0, 5),
            gold("2", "place", true, 10, 15),
        ];
        g[0].identity = Some("Paris".into());
        g[1].identity = Some("Lyon".into());
        let countries = place_countries("Paris\tFRA\nLyon\tFRA\n");
        let mut paris = system(EntityType::Location, 0, 5);
        paris.country = Some("FRA".into());
        let mut scores = Scores::default();
        score_document(
            "d",
            &"x".repeat(20),
            &g,
            &[paris],
            &countries,
            Rule::Gum,
            &mut scores,
        );
        let place = scores.kinds[&Kind::Place];
        assert_eq!((place.country_right, place.country_checked), (1, 1));
        assert_eq!(place.country_gold, 2);
        assert!(
            scores
                .table(Path::new("gold"))
                .contains("50.00 (1 of 2 gold places with a country)")
        );
    }

    #[test]
    fn a_person_country_is_checked_where_the_list_gives_one() {
        let mut g = vec![
            gold("1", "person", true, 0, 6),
            gold("2", "person", true, 10, 16),
        ];
        g[0].identity = Some("1".into());
        g[1].identity = Some("2".into());
        let countries: HashMap<String, Option<String>> = [
            ("1".to_string(), Some("FRA".to_string())),
            ("2".to_string(), None),
        ]
        .into();
        let mut macron = system(EntityType::Person, 0, 6);
        macron.country = Some("USA".into());
        let guterres = system(EntityType::Person, 10, 16);
        let mut scores = Scores::default();
        score_document(
            "d",
            &"x".repeat(20),
            &g,
            &[macron, guterres],
            &countries,
            Rule::SurfaceStrings,
            &mut scores,
        );
        let person = scores.kinds[&Kind::Person];
        // Must not count: the person whose list country is null (a UN official) is skipped.
        assert_eq!((person.country_checked, person.country_right), (1, 0));
        assert_eq!(person.country_skipped, 1);
        assert_eq!(scores.examples[0].what, "wrong country");
    }

    fn listed(line: usize, kind: Kind, mentions: &[&str], country: Option<&str>) -> GoldEntity {
        GoldEntity {
            line,
            article: "a.txt".into(),
            kind,
            name: mentions[0].into(),
            mentions: mentions.iter().map(|m| m.to_string()).collect(),
            country: country.map(str::to_string),
        }
    }

    #[test]
    fn surface_strings_are_found_as_whole_words_only() {
        let text = "Lee flew to Leeds. Mr Lee said";
        let lee = listed(1, Kind::Person, &["Lee", "John Lee"], None);
        let (gold, absent) = surface_mentions(text, &[&lee]);
        let spans: Vec<(usize, usize)> = gold.iter().map(|g| (g.start, g.end)).collect();
        // Must not fire: "Lee" inside "Leeds".
        assert_eq!(spans, vec![(0, 3), (22, 25)]);
        assert_eq!(absent.len(), 1);
        assert_eq!(absent[0].1, "John Lee");
    }

    #[test]
    fn a_surface_string_entity_is_found_only_by_an_equal_text() {
        // "Emmanuel Macron met Olaf Scholz in Paris. Macron said"
        let text = "Emmanuel Macron met Olaf Scholz in Paris. Macron said";
        let macron = listed(1, Kind::Person, &["Emmanuel Macron", "Macron"], Some("FRA"));
        let scholz = listed(2, Kind::Person, &["Olaf Scholz", "Scholz"], Some("DEU"));
        let paris = listed(3, Kind::Place, &["Paris"], Some("FRA"));
        let (gold, absent) = surface_mentions(text, &[&macron, &scholz, &paris]);
        assert!(absent.is_empty());
        let countries: HashMap<String, Option<String>> = [&macron, &scholz, &paris]
            .iter()
            .map(|g| (g.line.to_string(), g.country.clone()))
            .collect();
        let mut macron_m = system(EntityType::Person, 42, 48);
        macron_m.entity = 0;
        // "Olaf Scholz in" runs on: it overlaps the gold name but its text equals no surface
        // string, so Scholz is not found and the entity is not right.
        let mut scholz_m = system(EntityType::Person, 20, 34);
        scholz_m.entity = 1;
        let mut paris_m = system(EntityType::Location, 35, 40);
        paris_m.country = Some("FRA".into());
        paris_m.entity = 2;
        // A person the list does not hold: counted against precision.
        let mut spurious = system(EntityType::Person, 49, 53);
        spurious.entity = 3;
        let mut scores = Scores::default();
        score_document(
            "a.txt",
            text,
            &gold,
            &[macron_m, scholz_m, paris_m, spurious],
            &countries,
            Rule::SurfaceStrings,
            &mut scores,
        );
        let person = scores.kinds[&Kind::Person];
        assert_eq!((person.entities, person.entities_found), (2, 1));
        assert_eq!(
            (person.system_entities, person.system_entities_right),
            (3, 1)
        );
        // The two entities counted against precision are listed, each with its names.
        let false_entities: Vec<&str> = scores
            .examples
            .iter()
            .filter(|e| e.what == "false entity")
            .map(|e| e.detail.as_str())
            .collect();
        assert_eq!(
            false_entities,
            ["predicted person: Olaf Scholz in", "predicted person: said"]
        );
        let place = scores.kinds[&Kind::Place];
        assert_eq!((place.entities_found, place.country_right), (1, 1));
        // Under GUM's rule the run-on span finds Scholz.
        let mut gum = Scores::default();
        let scholz_m = SystemMention {
            entity: 1,
            ..system(EntityType::Person, 20, 34)
        };
        score_document(
            "a.txt",
            text,
            &gold,
            &[scholz_m],
            &countries,
            Rule::Gum,
            &mut gum,
        );
        assert_eq!(gum.kinds[&Kind::Person].entities_found, 1);
    }

    #[test]
    fn entity_list_lines_are_read_and_bad_ones_named() {
        let raw = r#"{"article": "a.txt", "type": "LOCATION", "name": "Paris", "mentions": ["Paris"], "country": "FRA"}

{"article": "a.txt", "type": "ORGANIZATION", "name": "United Nations", "mentions": ["UN", "United Nations"], "country": null}
"#;
        let list = parse_entity_list(raw).expect("a valid list");
        assert_eq!(list.len(), 2);
        assert_eq!(
            (list[0].kind, list[0].country.as_deref()),
            (Kind::Place, Some("FRA"))
        );
        assert_eq!((list[1].line, list[1].country.as_deref()), (3, None));
        let bad = r#"{"article": "a.txt", "type": "GPE", "name": "Paris", "mentions": ["Paris"], "country": "FRA"}"#;
        let err = format!("{:#}", parse_entity_list(bad).unwrap_err());
        assert!(err.contains("line 1") && err.contains("GPE"), "{err}");
        let bad = r#"{"article": "a.txt", "type": "LOCATION", "name": "Paris", "mentions": ["Paris"], "country": "FR"}"#;
        assert!(parse_entity_list(bad).is_err());
    }

    #[test]
    fn wrong_country_is_an_error() {
        let mut g = vec![gold("1", "place", true, 0, 5)];
        g[0].identity = Some("Paris".into());
        let countries = place_countries("Paris\tFRA\n");
        let mut m = system(EntityType::Location, 0, 5);
        m.country = Some("USA".into());
        let mut scores = Scores::default();
        score_document("d", "Paris", &g, &[m], &countries, Rule::Gum, &mut scores);
        let place = scores.kinds[&Kind::Place];
        assert_eq!((place.country_checked, place.country_right), (1, 0));
        assert_eq!(scores.examples[0].what, "wrong country");
    }

    #[test]
    fn names_are_told_from_pronouns_and_descriptions() {
        assert!(is_name("Mike Pompeo"));
        assert!(is_name("al-Qaida"));
        assert!(is_name("1MDB"));
        assert!(!is_name("al-based"));
        assert!(!is_name("4-year-old"));
        assert!(is_name("the State Department"));
        assert!(!is_name("He"));
        assert!(!is_name("the minister"));
        assert!(!is_name("The minister"));
        assert!(is_named_group("Afghans"));
        assert!(is_named_group("Rohingya Muslims"));
        assert!(!is_named_group("US officials"));
        assert!(!is_named_group("The Americans"));
        assert!(!is_named_group("reporters"));
    }

    #[test]
    fn entity_brackets_open_close_and_nest() {
        assert_eq!(
            entity_brackets("(1-event-new-x-cf2-2-sgl(2-abstract-new-x-cf5-1-coref)"),
            vec![
                Bracket::Open {
                    fields: "1-event-new-x-cf2-2-sgl",
                    closed: false
                },
                Bracket::Open {
                    fields: "2-abstract-new-x-cf5-1-coref",
                    closed: true
                },
            ]
        );
        assert_eq!(
            entity_brackets("(8-time-new-x-cf2-1-coref)7)"),
            vec![
                Bracket::Open {
                    fields: "8-time-new-x-cf2-1-coref",
                    closed: true
                },
                Bracket::Close("7"),
            ]
        );
        assert_eq!(entity_brackets("3)"), vec![Bracket::Close("3")]);
    }

    const GUM: &str = "# newdoc id = GUM_news_test
# meta::dateCreated = 2017-07-18
# newpar
# text = Trump visits Paris
1\tTrump\tTrump\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-x-cf1-1-coref-Donald_Trump)
2\tvisits\tvisit\tVERB\tVBZ\t_\t0\troot\t_\t_
3\tParis\tParis\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-place-new-x-cf2-1-coref-Paris)

# newpar
# text = The US president arrived.
1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-person-giv-x-cf1-3-coref
2\tUS\tUS\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(3-place-new-x-cf2-1-coref-United_States)
3\tpresident\tpresident\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=1)
4\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# text = He left.
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x-cf1-1-coref)
2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

";

    #[test]
    fn gum_document_is_rebuilt_as_an_article_with_named_mentions() {
        let sentences = newsgraph_corpus::read_conllu(GUM).unwrap();
        let docs = gold_documents(&sentences);
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(d.title, "Trump visits Paris");
        assert_eq!(d.body, "The US president arrived. He left.");
        assert_eq!(d.article().text(), d.text());
        assert_eq!(d.published, Published::parse("2017-07-18").ok());
        let named: Vec<(&str, &str, Option<&str>)> = d
            .mentions
            .iter()
            .filter(|m| m.named)
            .map(|m| {
                (
                    &d.text()[m.start..m.end],
                    m.etype.as_str(),
                    m.identity.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            named,
            vec![
                ("Trump", "person", Some("Donald_Trump")),
                ("Paris", "place", Some("Paris")),
                ("US", "place", Some("United_States")),
            ]
        );
        // "The US president" and "He" are mentions of Trump, but not names.
        let unnamed: Vec<&str> = d
            .mentions
            .iter()
            .filter(|m| !m.named)
            .map(|m| &d.text()[m.start..m.end])
            .collect();
        assert_eq!(unnamed, vec!["The US president", "He"]);
        assert_eq!(d.dropped, 0);
    }

    /// GUM heads "student Ahmed Mohamed" on the common noun, the name as its `flat` dependents.
    const GUM_FLAT: &str = "# newdoc id = GUM_news_flat
# newpar
# text = Texas student Ahmed Mohamed inspires a movement
1\tTexas\tTexas\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-x-cf1-4-coref(2-place-new-x-cf2-1-sgl-Texas)
2\tstudent\tstudent\tNOUN\tNN\t_\t5\tnsubj\t_\t_
3\tAhmed\tAhmed\tPROPN\tNNP\t_\t2\tflat\t_\t_
4\tMohamed\tMohamed\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)
5\tinspires\tinspire\tVERB\tVBZ\t_\t0\troot\t_\t_
6\ta\ta\tDET\tDT\t_\t7\tdet\t_\tEntity=(3-organization-new-x-cf3-2-sgl
7\tmovement\tmovement\tNOUN\tNN\t_\t5\tobj\t_\tEntity=3)

";

    /// GUM hangs "Mary & Leigh Block Museum of Art" on "Museum" through "Mary", whose conjunct
    /// "Leigh" hangs on it: two people nested in the museum's name.
    const GUM_AMPERSAND: &str = "# newdoc id = GUM_news_amp
# newpar
# text = They met at the Mary & Leigh Block Museum of Art and Tom & Jerry left.
1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
3\tat\tat\tADP\tIN\t_\t9\tcase\t_\t_
4\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\tEntity=(1-organization-new-x-cf1-1-sgl-Mary_and_Leigh_Block_Museum_of_Art
5\tMary\tMary\tPROPN\tNNP\t_\t9\tcompound\t_\tEntity=(2-person-new-x-cf2-1-sgl)
6\t&\t&\tCCONJ\tCC\t_\t7\tcc\t_\t_
7\tLeigh\tLeigh\tPROPN\tNNP\t_\t5\tconj\t_\tEntity=(3-person-new-x-cf3-1-sgl
8\tBlock\tBlock\tPROPN\tNNP\t_\t9\tcompound\t_\tEntity=3)
9\tMuseum\tMuseum\tPROPN\tNNP\t_\t2\tobl\t_\t_
10\tof\tof\tADP\tIN\t_\t11\tcase\t_\t_
11\tArt\tArt\tPROPN\tNNP\t_\t9\tnmod\t_\tEntity=1)
12\tand\tand\tCCONJ\tCC\t_\t16\tcc\t_\t_
13\tTom\tTom\tPROPN\tNNP\t_\t16\tnsubj\t_\tEntity=(4-person-new-x-cf4-1-sgl)
14\t&\t&\tCCONJ\tCC\t_\t15\tcc\t_\t_
15\tJerry\tJerry\tPROPN\tNNP\t_\t13\tconj\t_\tEntity=(5-person-new-x-cf5-1-sgl)
16\tleft\tleave\tVERB\tVBD\t_\t2\tconj\t_\t_
17\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

";

    #[test]
    fn an_ampersand_between_proper_nouns_is_inside_a_name() {
        let sentences = newsgraph_corpus::read_conllu(GUM_AMPERSAND).unwrap();
        let docs = gold_documents(&sentences);
        let d = &docs[0];
        let museum = d
            .mentions
            .iter()
            .find(|m| m.etype == "organization")
            .expect("the museum");
        assert_eq!(
            &d.text()[museum.start..museum.end],
            "Mary & Leigh Block Museum"
        );
        assert!(nested_in_a_larger_name(
            d.mentions
                .iter()
                .find(|m| m.entity != museum.entity && m.etype == "person")
                .unwrap(),
            &d.mentions
        ));
        // Must not fire: two people joined by an ampersand are two names, none inside another.
        let tom = d
            .mentions
            .iter()
            .find(|m| &d.text()[m.start..m.end] == "Tom")
            .expect("Tom is a mention of his own");
        assert!(!nested_in_a_larger_name(tom, &d.mentions));
    }

    #[test]
    fn a_name_flat_under_a_common_noun_is_named() {
        let (named, unnamed) = named_and_unnamed(GUM_FLAT);
        assert_eq!(
            named,
            [("Texas", "place"), ("Ahmed Mohamed", "person")].map(|(t, e)| (t.into(), e.into()))
        );
        // Must not fire: a common noun with no name under it stays unnamed.
        assert!(unnamed.iter().any(|t| t == "a movement"), "{unnamed:?}");
    }

    /// The first document's named mentions as (text, type), and the texts of its unnamed ones.
    fn named_and_unnamed(conllu: &str) -> (Vec<(String, String)>, Vec<String>) {
        let sentences = newsgraph_corpus::read_conllu(conllu).unwrap();
        let docs = gold_documents(&sentences);
        let d = &docs[0];
        let text = |m: &GoldMention| d.text()[m.start..m.end].to_string();
        let named = d.mentions.iter().filter(|m| m.named);
        let unnamed = d.mentions.iter().filter(|m| !m.named);
        (
            named.map(|m| (text(m), m.etype.clone())).collect(),
            unnamed.map(text).collect(),
        )
    }

    /// "the interior minister Gérald Darmanin": GUM heads the mention on "minister" and hangs
    /// the name on it as an apposition.
    const GUM_APPOS: &str = "# newdoc id = GUM_news_appos
# newpar
# text = He met the interior minister Gérald Darmanin and a minister
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x-cf1-1-coref)
2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-person-new-x-cf2-2,4-sgl-Gérald_Darmanin
4\tinterior\tinterior\tADJ\tJJ\t_\t5\tamod\t_\t_
5\tminister\tminister\tNOUN\tNN\t_\t2\tobj\t_\t_
6\tGérald\tGérald\tPROPN\tNNP\t_\t5\tappos\t_\t_
7\tDarmanin\tDarmanin\tPROPN\tNNP\t_\t6\tflat\t_\tEntity=2)
8\tand\tand\tCCONJ\tCC\t_\t10\tcc\t_\t_
9\ta\ta\tDET\tDT\t_\t10\tdet\t_\tEntity=(3-person-new-x-cf3-1-sgl
10\tminister\tminister\tNOUN\tNN\t_\t5\tconj\t_\tEntity=3)

";

    #[test]
    fn a_name_in_apposition_to_a_common_noun_is_named() {
        let (named, unnamed) = named_and_unnamed(GUM_APPOS);
        assert_eq!(
            named,
            vec![("Gérald Darmanin".to_string(), "person".to_string())]
        );
        // Must not fire: a common noun with no name in apposition stays unnamed.
        assert!(unnamed.iter().any(|t| t == "a minister"), "{unnamed:?}");
    }

    /// A title GUM attaches as `nmod:desc`, and a party after "of", are not the person's name.
    const GUM_TITLE: &str = "# newdoc id = GUM_news_title
# newpar
# text = US President Barack Obama met Michael Tien of NPP
1\tUS\tUS\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-person-new-x-cf1-4-coref-Barack_Obama
2\tPresident\tPresident\tPROPN\tNNP\t_\t3\tnmod:desc\t_\t_
3\tBarack\tBarack\tPROPN\tNNP\t_\t5\tnsubj\t_\t_
4\tObama\tObama\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)
5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
6\tMichael\tMichael\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=(2-person-new-x-cf2-4-coref
7\tTien\tTien\tPROPN\tNNP\t_\t6\tflat\t_\t_
8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_
9\tNPP\tNPP\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(3-organization-new-x-cf3-1-sgl)2)

";

    #[test]
    fn a_name_span_leaves_out_titles_and_what_follows_of() {
        let sentences = newsgraph_corpus::read_conllu(GUM_TITLE).unwrap();
        let docs = gold_documents(&sentences);
        let d = &docs[0];
        let named: Vec<&str> = d
            .mentions
            .iter()
            .filter(|m| m.named && m.etype == "person")
            .map(|m| &d.text()[m.start..m.end])
            .collect();
        assert_eq!(named, vec!["Barack Obama", "Michael Tien"]);
    }
}
