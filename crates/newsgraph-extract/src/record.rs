//! The extraction record, version 1: what `newsgraph extract` prints and the store keeps.
//!
//! **API boundary:** the field names here are a contract with users and with later stages
//! (`schema/extraction-1.schema.json` documents them). Fields may be added; none is renamed or
//! removed without a new schema version. Every offset is a byte offset into `article.text`.

use newsgraph_kb::{ActorCode, CameoCode};
use newsgraph_text::{Article, Published};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub const SCHEMA: &str = "newsgraph.extraction/1";

/// The JSON Schema of [`Record`], as shipped in `schema/extraction-1.schema.json`.
pub fn json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Record)).unwrap_or_default();
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "$id".into(),
            "https://newsgraph.invalid/schema/extraction-1.schema.json".into(),
        );
        obj.insert(
            "title".into(),
            "Newsgraph extraction record, version 1".into(),
        );
    }
    schema
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Record {
    pub schema: String,
    pub article: ArticleInfo,
    pub sentences: Vec<SentenceInfo>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub times: Vec<TimeExpr>,
    pub events: Vec<Event>,
    pub tone: Tone,
    pub themes: Vec<Theme>,
    /// Things a stage could not decide, with the reason (extraction never fails on readable text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Record {
    /// The record of an article before any stage has run: its metadata and text, nothing found.
    pub fn of_article(a: &Article) -> Record {
        Record {
            schema: SCHEMA.to_string(),
            article: ArticleInfo {
                id: a.id.clone(),
                title: a.title.clone(),
                published: a.published,
                url: a.url.clone(),
                source: a.source.clone(),
                language: a.language.clone(),
                text: a.text().to_string(),
            },
            sentences: Vec::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            times: Vec::new(),
            events: Vec::new(),
            tone: Tone::default(),
            themes: Vec::new(),
            notes: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ArticleInfo {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    /// The headline, a newline, then the body's paragraphs separated by single newlines.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SentenceInfo {
    pub start: usize,
    pub end: usize,
    /// Tokens with their model annotations (absent when models are not loaded).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<TokenInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TokenInfo {
    pub start: usize,
    pub end: usize,
    pub upos: String,
    pub xpos: String,
    /// 1-based index of the head token within the sentence; 0 for the root.
    pub head: usize,
    pub deprel: String,
    /// IOB2 named-entity tag (`B-PER`, `I-ORG`, `O`).
    pub ner: String,
}

/// A byte range of the article text, with the sentence it sits in and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityType {
    Person,
    Organization,
    Location,
    /// A nationality, religious or political group used as an actor ("Russians", "Venezuelan").
    Group,
    Misc,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Entity {
    /// `E1`, `E2`... in order of first mention.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<Role>,
    /// The actor code at the article date; a role stated in the article beats the knowledge base.
    pub actor: Option<ActorCode>,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    pub kb_id: Option<String>,
    pub mentions: Vec<Mention>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// True for an actor the article describes without naming ("a senior State Department
    /// official", "Top US officials").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nominal: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Role {
    pub text: String,
    pub code: Option<String>,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentence: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Country,
    Admin1,
    Admin2,
    City,
    Region,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Place {
    pub geonames_id: Option<u32>,
    pub kind: PlaceKind,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Quote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// `None` where the speaker cannot be found: never a guess.
    pub speaker: Option<Speaker>,
    /// The attribution cue: `said`, `told reporters`, `according to`, `:`.
    pub cue: Option<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Speaker {
    /// As written: "a senior State Department official", "Lavrov", "he".
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The id of the entity meant, where one is.
    pub entity: Option<String>,
    pub actor: Option<ActorCode>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Time,
    Day,
    Week,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimeExpr {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// TIMEX3-style value: `2019-05-14`, `2019-05`, `2019-W20`, `2016`; with no publication date,
    /// relative expressions stay unresolved (`XXXX-WXX-2`).
    pub value: String,
    pub granularity: Granularity,
    /// False when the value could not be tied to the calendar.
    pub resolved: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Asserted,
    Intended,
    Negated,
    Hypothetical,
    Reported,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// From a time expression attached to the event.
    Text,
    /// The article's publication date.
    Publication,
    None,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Plover {
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Participant {
    pub entity: Option<String>,
    pub text: String,
    pub actor: Option<ActorCode>,
    /// True when the text makes the participant certain without naming it.
    pub inferred: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EventPlace {
    pub entity: Option<String>,
    pub name: String,
    pub country: Option<String>,
    pub geonames_id: Option<u32>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    pub id: String,
    pub cameo: CameoCode,
    pub cameo_root: String,
    pub plover: Plover,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub goldstein: f32,
    pub actors: Vec<Participant>,
    pub recipients: Vec<Participant>,
    pub place: Option<EventPlace>,
    pub date: Option<String>,
    pub date_source: DateSource,
    pub modality: Modality,
    pub confidence: f32,
    pub evidence: Evidence,
    /// Further statements of the same event in the article.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Evidence>,
    /// The lexicon entry and frame that fired, e.g. `verb:meet/with#subj-obl`.
    pub rule: String,
}

/// GDELT's V2Tone figures, from a sentiment lexicon.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Tone {
    /// Positive minus negative score.
    pub tone: f64,
    /// Percentage of words with positive sentiment.
    pub positive: f64,
    pub negative: f64,
    /// Percentage of words with any sentiment.
    pub polarity: f64,
    /// Percentage of words that are active verbs/nouns of action.
    pub activity_density: f64,
    /// Percentage of words that are pronouns of self or group reference.
    pub self_group_density: f64,
    pub word_count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Theme {
    /// Code from the taxonomy in `docs/themes.md`, e.g. `DIPLOMACY`.
    pub code: String,
    pub evidence: Vec<Evidence>,
}
