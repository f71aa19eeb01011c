//! The pipeline from an article to its extraction record.
//!
//! Stages run in order over a [`Parsed`] document, each a plain function of its inputs and the
//! loaded resources: entities, then times and quotes, then events, then tone and themes.
//!
//! **Invariant:** extraction never fails on readable text. A stage that cannot decide leaves the
//! field empty and, where a user would want to know why, adds a note to the record.

pub mod entities;
pub mod events;
mod lexicon;
pub mod quotes;
pub mod record;
pub mod themes;
pub mod times;
pub mod tone;

use events::{Candidate, Coder, Lexicon};
use newsgraph_kb::Kb;
use newsgraph_models::{Analysis, Models};
use newsgraph_text::{Article, Doc, normalize};
pub use record::Record;
use std::path::{Path, PathBuf};

/// A document with the models' analysis of each sentence (`analyses[s]` has one entry per token
/// of sentence `s`).
#[derive(Debug, Clone)]
pub struct Parsed {
    pub doc: Doc,
    pub analyses: Vec<Analysis>,
    /// False when no models were loaded and every analysis is unknown.
    pub analysed: bool,
}

impl Parsed {
    /// The calendar day the article was published, if it says.
    pub fn published(&self) -> Option<chrono::NaiveDate> {
        self.doc.article.published.map(|d| d.date())
    }

    /// Tokenizes and splits the article; no models: every analysis is unknown.
    pub fn without_models(article: Article) -> Parsed {
        let doc = Doc::new(article);
        let analyses = doc
            .sentences
            .iter()
            .map(|s| Analysis::unknown(s.tokens.len()))
            .collect();
        Parsed {
            doc,
            analyses,
            analysed: false,
        }
    }
}

/// Everything the pipeline loads once and shares across articles (`&Pipeline` is `Sync`).
#[derive(Default)]
pub struct Pipeline {
    kb: Option<Kb>,
    models: Option<Models>,
    /// The built-in event lexicon plus the user's verb dictionaries.
    lexicon: Option<Lexicon>,
    /// Why a resource is missing, said in every record made without it.
    missing: Vec<String>,
}

/// Why the pipeline's resources could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("dictionary {0}: no such file (check the path given to --dictionary)")]
    MissingDictionary(PathBuf),
    #[error(transparent)]
    Kb(#[from] newsgraph_kb::KbError),
    #[error(transparent)]
    Models(#[from] newsgraph_models::ModelError),
    #[error("verb dictionary {path}: cannot read it: {source}")]
    VerbDictionary {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Pipeline {
    /// Loads the knowledge base from `data/kb` and the models from `data/models`, plus the
    /// user's dictionaries. A missing data directory is not an error: extraction goes on with
    /// what there is, and each record says what was missing.
    pub fn load(data: &Path, dictionaries: &[PathBuf]) -> Result<Pipeline, LoadError> {
        if let Some(missing) = dictionaries.iter().find(|d| !d.is_file()) {
            return Err(LoadError::MissingDictionary(missing.clone()));
        }
        let mut pipeline = Pipeline::default();
        let kb_dir = data.join("kb");
        let mut kb = if kb_dir.is_dir() {
            Kb::load(&kb_dir)?
        } else {
            pipeline.missing.push(format!(
                "knowledge base not found at {}: entities are not linked or coded",
                kb_dir.display()
            ));
            Kb::new()
        };
        let mut lexicon = Lexicon::builtin().clone();
        for d in dictionaries {
            if is_verb_dictionary(d) {
                lexicon.override_with(&load_verb_dictionary(d)?);
            } else {
                kb.add_dictionary(d)?;
            }
        }
        pipeline.lexicon = Some(lexicon);
        pipeline.kb = Some(kb);
        let models_dir = data.join("models");
        if models_dir.is_dir() {
            pipeline.models = Some(Models::load(&models_dir)?);
        } else {
            pipeline.missing.push(format!(
                "models not found at {}: no POS tags, parse trees or NER; entities come from the knowledge base alone",
                models_dir.display()
            ));
        }
        Ok(pipeline)
    }

    /// The event lexicon in use: the built-in one plus the user's verb dictionaries.
    pub fn lexicon(&self) -> &Lexicon {
        self.lexicon.as_ref().unwrap_or_else(|| Lexicon::builtin())
    }

    /// The knowledge base in use (empty when none was loaded).
    pub fn kb(&self) -> Option<&Kb> {
        self.kb.as_ref()
    }

    /// Tokenizes, analyses and parses an article: what every stage reads.
    pub fn parse(&self, article: Article) -> Parsed {
        let Some(models) = &self.models else {
            return Parsed::without_models(article);
        };
        let doc = Doc::new(article);
        let text = doc.text();
        let words: Vec<Vec<String>> = doc
            .sentences
            .iter()
            .map(|s| {
                doc.tokens[s.tokens.clone()]
                    .iter()
                    .map(|t| normalize(t.text(text)).into_owned())
                    .collect()
            })
            .collect();
        let refs: Vec<Vec<&str>> = words
            .iter()
            .map(|w| w.iter().map(String::as_str).collect())
            .collect();
        let analyses = models.analyze_document(&refs);
        Parsed {
            doc,
            analyses,
            analysed: true,
        }
    }

    pub fn extract(&self, article: Article) -> Record {
        let parsed = self.parse(article);
        let mut record = self.build_record(&parsed);
        record.notes.extend(self.missing.iter().cloned());
        record
    }

    /// A record with only the entity stage run: for testing that stage on real articles.
    pub fn extract_entities_only(&self, p: &Parsed) -> Record {
        let mut r = empty_record(p);
        r.entities = entities::find(p, self.kb.as_ref());
        r
    }

    fn build_record(&self, p: &Parsed) -> Record {
        self.build_record_traced(p).0
    }

    /// The record of a parsed article with the event coder's trace: every candidate trigger,
    /// with the rule that fired or the reasons it was dropped (what `newsgraph explain` shows).
    pub fn build_record_traced(&self, p: &Parsed) -> (Record, Vec<Candidate>) {
        let published = p.published();
        let mut r = empty_record(p);
        r.entities = entities::find(p, self.kb.as_ref());
        r.times = times::find(p, published);
        r.quotes = quotes::find(p, &r.entities);
        let coding = Coder::new(self.lexicon())
            .with_kb(self.kb.as_ref())
            .code(p, &r.entities, &r.times, &r.quotes)
            .dyadic();
        r.events = coding.events;
        r.tone = tone::score(p);
        r.themes = themes::find(p, &r.events);
        (r, coding.candidates)
    }
}

/// A PETRARCH verb dictionary is told apart from actor and agent dictionaries by its file name
/// (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`, `*verbs*`).
pub fn is_verb_dictionary(p: &Path) -> bool {
    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
        let n = n.to_ascii_lowercase();
        n.contains("verbs") || n.starts_with("cameo.")
    })
}

/// Reads a PETRARCH verb dictionary into lexicon entries. Malformed entries and patterns that
/// cannot be expressed as tree frames are reported on standard error with their line; the rest
/// is used.
fn load_verb_dictionary(path: &Path) -> Result<Lexicon, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::VerbDictionary {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let name = path.display().to_string();
    let (dict, problems) = newsgraph_kb::petrarch_verbs::parse(&name, &text);
    for p in &problems {
        eprintln!("newsgraph: {p}");
    }
    let (lexicon, conversion) = events::petrarch::to_lexicon(&dict, &name);
    eprintln!(
        "newsgraph: {name}: {} verbs, {} patterns used, {} left out (not expressible as tree frames)",
        dict.verbs.len(),
        conversion.entries,
        conversion.skipped.len()
    );
    Ok(lexicon)
}

/// The article, its sentences and tokens, and no stage's output yet.
fn empty_record(p: &Parsed) -> Record {
    let mut r = Record::of_article(&p.doc.article);
    r.sentences = sentence_infos(p);
    r
}

fn sentence_infos(p: &Parsed) -> Vec<record::SentenceInfo> {
    p.doc
        .sentences
        .iter()
        .zip(&p.analyses)
        .map(|(s, a)| record::SentenceInfo {
            start: s.start,
            end: s.end,
            tokens: p.doc.tokens[s.tokens.clone()]
                .iter()
                .enumerate()
                .take_while(|_| p.analysed)
                .map(|(i, t)| record::TokenInfo {
                    start: t.start,
                    end: t.end,
                    upos: a.upos[i].to_string(),
                    xpos: a.xpos[i].to_string(),
                    head: a.heads[i],
                    deprel: a.deprels[i].to_string(),
                    ner: a.ner[i].to_string(),
                })
                .collect(),
        })
        .collect()
}
