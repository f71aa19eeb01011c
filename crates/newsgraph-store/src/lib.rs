//! The event store behind one trait: articles with their whole extraction records, entities,
//! events with their actors, recipients and mentions, quotes, and story clusters; search, queries
//! and exports over them.
//!
//! **Architecture Invariant:** callers see only [`Store`] and the plain types of this module; SQL
//! lives in the backends (`sqlite` today; a PostgreSQL backend implements the same trait). Every
//! write is idempotent: an article is keyed by its id, and storing it again changes nothing.

pub mod gdelt;
pub mod parquet;
pub mod sqlite;

pub use crate::parquet::{ParquetExportError, write_parquet};
pub use sqlite::SqliteStore;

use newsgraph_extract::Record;
use newsgraph_ingest::dedup::Fingerprint;
use serde::Serialize;

/// One thing the ingester hands to the store, in input order.
#[derive(Debug, Clone)]
pub enum Entry {
    /// An article and its extraction record.
    Article(Box<Ingested>),
    /// An article read but not extracted (for example, not in English).
    Skipped(Skipped),
    /// An input that could not be read, with its reason.
    Failed { message: String },
}

#[derive(Debug, Clone)]
pub struct Ingested {
    pub record: Record,
    pub fingerprint: Fingerprint,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    pub article_id: String,
    pub reason: String,
    pub language: Option<String>,
}

/// What one batch changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BatchOutcome {
    pub articles_added: u64,
    pub events_added: u64,
    pub quotes_added: u64,
    /// Articles whose id was already stored (a re-run, or a resumed one).
    pub already_stored: u64,
    pub exact_duplicates: u64,
    pub near_duplicates: u64,
    pub skipped: u64,
    /// Inputs that could not be read (counted on every run, though recorded once).
    pub errors: u64,
}

impl std::ops::AddAssign for BatchOutcome {
    fn add_assign(&mut self, o: BatchOutcome) {
        self.articles_added += o.articles_added;
        self.events_added += o.events_added;
        self.quotes_added += o.quotes_added;
        self.already_stored += o.already_stored;
        self.exact_duplicates += o.exact_duplicates;
        self.near_duplicates += o.near_duplicates;
        self.skipped += o.skipped;
        self.errors += o.errors;
    }
}

/// Filters for [`Store::events`]; every field set must hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventQuery {
    /// An actor code or its prefix (`USA` matches `USAGOV`).
    pub actor: Option<String>,
    /// Part of an actor's name as written, case-insensitive.
    pub actor_name: Option<String>,
    /// A recipient code or its prefix.
    pub recipient: Option<String>,
    pub recipient_name: Option<String>,
    /// An actor code or prefix in either role (an actor's timeline).
    pub party: Option<String>,
    /// A CAMEO code; a two-digit root matches every code under it, as does any prefix.
    pub cameo: Option<String>,
    /// PLOVER event type, e.g. `CONSULT`.
    pub plover: Option<String>,
    pub quad_class: Option<u8>,
    /// Part of the event place's name, case-insensitive.
    pub place: Option<String>,
    /// ISO 3166-1 alpha-3 country of the event place.
    pub country: Option<String>,
    /// Events placed within `km` of (`lat`, `lon`).
    pub near: Option<Near>,
    /// Inclusive ISO dates (`2019-05-01`) on the event's date.
    pub from: Option<String>,
    pub to: Option<String>,
    /// `asserted`, `intended`, `negated`, `hypothetical` or `reported`.
    pub modality: Option<String>,
    pub limit: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    pub lat: f64,
    pub lon: f64,
    pub km: f64,
}

/// A participant of a stored event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Party {
    pub code: Option<String>,
    pub text: String,
}

/// One event as queries return it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    pub article_id: String,
    pub event_id: String,
    /// The event's date, else the article's publication date.
    pub date: Option<String>,
    pub cameo: String,
    pub plover: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub actors: Vec<Party>,
    pub recipients: Vec<Party>,
    pub place: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub modality: String,
    pub confidence: f64,
    pub evidence: String,
    pub source: Option<String>,
    pub url: Option<String>,
    /// The story cluster: the id of the first stored article telling the same story.
    pub story: String,
}

/// A full-text match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// `article` or `quote`.
    pub kind: &'static str,
    pub article_id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    /// The speaker, for a quote.
    pub speaker: Option<String>,
    /// The matching passage with the match in [brackets].
    pub snippet: String,
}

/// How active an actor is in the store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorActivity {
    pub code: String,
    /// The name most often written for this code.
    pub name: String,
    pub events: u64,
    pub as_actor: u64,
    pub as_recipient: u64,
    pub articles: u64,
}

/// An article as stored, for exports: its record exactly as it was stored, and its cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredArticle {
    pub record_json: String,
    pub story: String,
    /// `exact` or `near` when the article duplicates an earlier one.
    pub duplicate: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StoreStats {
    pub articles: u64,
    pub events: u64,
    pub entities: u64,
    pub quotes: u64,
    pub stories: u64,
    pub skipped: u64,
    pub errors: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "database {path}: {source}: check that the path is a newsgraph database and is writable"
    )]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error(
        "database {path} has schema version {found}, newer than this newsgraph knows ({known}): use a newer newsgraph"
    )]
    NewerSchema {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("stored record of article {article} is not valid JSON ({source}): re-ingest it")]
    Record {
        article: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("search query {query:?} is not valid: {reason}; quote phrases with \"...\"")]
    Search { query: String, reason: String },
    #[error("writing the export failed: {0}")]
    Write(#[from] std::io::Error),
}

/// An event store. Implementations keep every write idempotent and every read ordered, so the
/// same input gives the same database and the same query output.
pub trait Store {
    /// Stores a batch in one transaction: all of it or, if interrupted, none of it.
    fn put_batch(&mut self, entries: &[Entry]) -> Result<BatchOutcome, StoreError>;
    fn contains_article(&self, id: &str) -> Result<bool, StoreError>;
    fn events(&self, query: &EventQuery) -> Result<Vec<EventRow>, StoreError>;
    /// Full-text search over article titles and texts and over quotes.
    fn search(&self, text: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError>;
    /// Actors by number of events, most active first.
    fn actors(&self, limit: usize) -> Result<Vec<ActorActivity>, StoreError>;
    /// Every stored article in storage order.
    fn for_each_article(
        &self,
        f: &mut dyn FnMut(StoredArticle) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;
    fn stats(&self) -> Result<StoreStats, StoreError>;
}
