//! The event export as a Parquet file (docs/parquet.md): one row per actor-recipient dyad of each
//! stored event, flat typed columns that DuckDB, pandas and pyarrow read without a schema hint.
//!
//! **Invariant:** the message type and the column writers come from one table, [`COLUMNS`], so
//! the schema and the data cannot disagree; rows follow storage order, so the same store gives
//! the same file. Story-level figures (global event id, articles, sources) use the same grouping
//! as the GDELT Event export, so the two exports join on `global_event_id`.

use crate::gdelt::{event_date, event_key, global_id, parse};
use crate::{Store, StoreError};
use ::parquet::basic::Compression;
use ::parquet::data_type::{ByteArray, ByteArrayType, DoubleType, FloatType, Int32Type, Int64Type};
use ::parquet::file::properties::WriterProperties;
use ::parquet::file::writer::SerializedFileWriter;
use ::parquet::schema::parser::parse_message_type;
use chrono::NaiveDate;
use newsgraph_extract::record::{DateSource, Modality, Participant};
use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::sync::Arc;

/// Rows per row group: large enough for good compression, small enough to hold in memory twice.
const ROW_GROUP_ROWS: usize = 65_536;

#[derive(Debug, thiserror::Error)]
pub enum ParquetExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("writing the Parquet export failed: {0}: check the output path is writable")]
    Parquet(#[from] ::parquet::errors::ParquetError),
}

/// One exported row: one actor-recipient pair of one event in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct DyadRow {
    pub global_event_id: i64,
    pub event_id: String,
    pub article_id: String,
    pub story_id: String,
    /// Days since 1970-01-01 (Parquet DATE).
    pub date: Option<i32>,
    pub date_source: &'static str,
    pub cameo_code: String,
    pub cameo_root: String,
    pub plover_type: String,
    pub plover_mode: Option<String>,
    pub quad_class: i32,
    pub goldstein: f32,
    pub actor_code: Option<String>,
    pub actor_name: Option<String>,
    pub recipient_code: Option<String>,
    pub recipient_name: Option<String>,
    pub place_name: Option<String>,
    pub country: Option<String>,
    pub geonames_id: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub modality: &'static str,
    pub confidence: f32,
    pub evidence: String,
    pub evidence_start: i64,
    pub evidence_end: i64,
    pub rule: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub num_articles: i64,
    pub num_sources: i64,
}

/// One cell of a row, typed as its column.
enum Cell<'a> {
    Text(Option<&'a str>),
    Int32(Option<i32>),
    Int64(Option<i64>),
    Float(Option<f32>),
    Double(Option<f64>),
}

/// A column: its Parquet declaration, its meaning (for docs/parquet.md) and its getter.
pub struct Column {
    pub name: &'static str,
    /// The declaration after the repetition, e.g. `binary` + ` (UTF8)`.
    pub physical: &'static str,
    pub logical: &'static str,
    pub required: bool,
    pub meaning: &'static str,
    get: fn(&DyadRow) -> Cell<'_>,
}

macro_rules! col {
    ($name:literal, $phys:literal, $logical:literal, $req:expr, $meaning:literal, $get:expr) => {
        Column {
            name: $name,
            physical: $phys,
            logical: $logical,
            required: $req,
            meaning: $meaning,
            get: $get,
        }
    };
}

const REQ: bool = true;
const OPT: bool = false;

/// Every column, in file order: one line each, so the table reads as the schema.
#[rustfmt::skip]
pub static COLUMNS: &[Column] = &[
    col!("global_event_id", "int64", "", REQ, "story-level event id, as GlobalEventID in the GDELT Event export", |r| Cell::Int64(Some(r.global_event_id))),
    col!("event_id", "binary", "UTF8", REQ, "the event's id within its article's record (V1, V2 ...)", |r| Cell::Text(Some(&r.event_id))),
    col!("article_id", "binary", "UTF8", REQ, "the article's id", |r| Cell::Text(Some(&r.article_id))),
    col!("story_id", "binary", "UTF8", REQ, "id of the first stored article telling the same story", |r| Cell::Text(Some(&r.story_id))),
    col!("date", "int32", "DATE", OPT, "the event's date, else the article's publication date", |r| Cell::Int32(r.date)),
    col!("date_source", "binary", "UTF8", REQ, "text, publication or none: where date came from", |r| Cell::Text(Some(r.date_source))),
    col!("cameo_code", "binary", "UTF8", REQ, "CAMEO event code (2 to 4 digits)", |r| Cell::Text(Some(&r.cameo_code))),
    col!("cameo_root", "binary", "UTF8", REQ, "CAMEO root code (2 digits)", |r| Cell::Text(Some(&r.cameo_root))),
    col!("plover_type", "binary", "UTF8", REQ, "PLOVER event type", |r| Cell::Text(Some(&r.plover_type))),
    col!("plover_mode", "binary", "UTF8", OPT, "PLOVER mode, when the type has one", |r| Cell::Text(r.plover_mode.as_deref())),
    col!("quad_class", "int32", "", REQ, "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict", |r| Cell::Int32(Some(r.quad_class))),
    col!("goldstein", "float", "", REQ, "Goldstein scale, -10 to +10", |r| Cell::Float(Some(r.goldstein))),
    col!("actor_code", "binary", "UTF8", OPT, "CAMEO actor code of the actor (USAGOV)", |r| Cell::Text(r.actor_code.as_deref())),
    col!("actor_name", "binary", "UTF8", OPT, "the actor as written in the article", |r| Cell::Text(r.actor_name.as_deref())),
    col!("recipient_code", "binary", "UTF8", OPT, "CAMEO actor code of the recipient", |r| Cell::Text(r.recipient_code.as_deref())),
    col!("recipient_name", "binary", "UTF8", OPT, "the recipient as written in the article", |r| Cell::Text(r.recipient_name.as_deref())),
    col!("place_name", "binary", "UTF8", OPT, "where the event happened, as named", |r| Cell::Text(r.place_name.as_deref())),
    col!("country", "binary", "UTF8", OPT, "ISO 3166 alpha-3 country of the place", |r| Cell::Text(r.country.as_deref())),
    col!("geonames_id", "int64", "", OPT, "GeoNames id of the place", |r| Cell::Int64(r.geonames_id)),
    col!("lat", "double", "", OPT, "latitude of the place, WGS84 degrees", |r| Cell::Double(r.lat)),
    col!("lon", "double", "", OPT, "longitude of the place, WGS84 degrees", |r| Cell::Double(r.lon)),
    col!("modality", "binary", "UTF8", REQ, "asserted, intended, negated, hypothetical or reported", |r| Cell::Text(Some(r.modality))),
    col!("confidence", "float", "", REQ, "the coder's confidence, 0 to 1", |r| Cell::Float(Some(r.confidence))),
    col!("evidence", "binary", "UTF8", REQ, "the text that states the event", |r| Cell::Text(Some(&r.evidence))),
    col!("evidence_start", "int64", "", REQ, "byte offset of the evidence in the article text", |r| Cell::Int64(Some(r.evidence_start))),
    col!("evidence_end", "int64", "", REQ, "byte offset just past the evidence", |r| Cell::Int64(Some(r.evidence_end))),
    col!("rule", "binary", "UTF8", REQ, "the lexicon entry and frame that fired", |r| Cell::Text(Some(&r.rule))),
    col!("source", "binary", "UTF8", OPT, "the article's source (publisher)", |r| Cell::Text(r.source.as_deref())),
    col!("url", "binary", "UTF8", OPT, "the article's URL", |r| {
        Cell::Text(r.url.as_deref())
    }),
    col!("num_articles", "int64", "", REQ, "articles reporting the story-level event", |r| Cell::Int64(Some(r.num_articles))),
    col!("num_sources", "int64", "", REQ, "distinct sources reporting the story-level event", |r| Cell::Int64(Some(r.num_sources))),
];

/// The Parquet message type of the export, built from [`COLUMNS`].
pub fn message_type() -> String {
    let mut s = String::from("message newsgraph_event {\n");
    for c in COLUMNS {
        let rep = if c.required { "required" } else { "optional" };
        if c.logical.is_empty() {
            s.push_str(&format!("  {rep} {} {};\n", c.physical, c.name));
        } else {
            s.push_str(&format!(
                "  {rep} {} {} ({});\n",
                c.physical, c.name, c.logical
            ));
        }
    }
    s.push('}');
    s
}

fn party(p: Option<&Participant>) -> (Option<String>, Option<String>) {
    match p {
        Some(p) => (
            p.actor.as_ref().map(|c| c.as_str().to_string()),
            Some(p.text.clone()),
        ),
        None => (None, None),
    }
}

fn days_since_epoch(d: NaiveDate) -> Option<i32> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    i32::try_from((d - epoch).num_days()).ok()
}

/// Reads every stored event as dyad rows, in storage order, with story-level counts filled.
pub fn dyad_rows(store: &dyn Store) -> Result<Vec<DyadRow>, StoreError> {
    struct Story {
        articles: BTreeSet<String>,
        sources: BTreeSet<String>,
    }
    let mut rows: Vec<(DyadRow, usize)> = Vec::new();
    let mut stories: Vec<Story> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    store.for_each_article(&mut |a| {
        let record = parse(&a)?;
        let art = &record.article;
        for ev in &record.events {
            let key = event_key(&a.story, ev, &record);
            let gid = global_id(&key) as i64;
            let si = *index.entry(key).or_insert_with(|| {
                stories.push(Story {
                    articles: BTreeSet::new(),
                    sources: BTreeSet::new(),
                });
                stories.len() - 1
            });
            stories[si].articles.insert(art.id.clone());
            stories[si]
                .sources
                .insert(art.source.clone().unwrap_or_else(|| art.id.clone()));
            // An event with no actor (or no recipient) still gets its row, with that side null.
            let actors: Vec<Option<&Participant>> = if ev.actors.is_empty() {
                vec![None]
            } else {
                ev.actors.iter().map(Some).collect()
            };
            let recipients: Vec<Option<&Participant>> = if ev.recipients.is_empty() {
                vec![None]
            } else {
                ev.recipients.iter().map(Some).collect()
            };
            for actor in &actors {
                for recipient in &recipients {
                    let (actor_code, actor_name) = party(*actor);
                    let (recipient_code, recipient_name) = party(*recipient);
                    let place = ev.place.as_ref();
                    let row = DyadRow {
                        global_event_id: gid,
                        event_id: ev.id.clone(),
                        article_id: art.id.clone(),
                        story_id: a.story.clone(),
                        date: event_date(ev, &record).and_then(days_since_epoch),
                        date_source: match ev.date_source {
                            DateSource::Text => "text",
                            DateSource::Publication => "publication",
                            DateSource::None => "none",
                        },
                        cameo_code: ev.cameo.as_str().to_string(),
                        cameo_root: ev.cameo_root.clone(),
                        plover_type: ev.plover.kind.clone(),
                        plover_mode: ev.plover.mode.clone(),
                        quad_class: i32::from(ev.quad_class),
                        goldstein: ev.goldstein,
                        actor_code,
                        actor_name,
                        recipient_code,
                        recipient_name,
                        place_name: place.map(|p| p.name.clone()),
                        country: place.and_then(|p| p.country.clone()),
                        geonames_id: place.and_then(|p| p.geonames_id).map(i64::from),
                        lat: place.and_then(|p| p.lat),
                        lon: place.and_then(|p| p.lon),
                        modality: match ev.modality {
                            Modality::Asserted => "asserted",
                            Modality::Intended => "intended",
                            Modality::Negated => "negated",
                            Modality::Hypothetical => "hypothetical",
                            Modality::Reported => "reported",
                        },
                        confidence: ev.confidence,
                        evidence: ev.evidence.text.clone(),
                        evidence_start: i64::try_from(ev.evidence.start).unwrap_or(i64::MAX),
                        evidence_end: i64::try_from(ev.evidence.end).unwrap_or(i64::MAX),
                        rule: ev.rule.clone(),
                        source: art.source.clone(),
                        url: art.url.clone(),
                        num_articles: 0,
                        num_sources: 0,
                    };
                    rows.push((row, si));
                }
            }
        }
        Ok(())
    })?;
    Ok(rows
        .into_iter()
        .map(|(mut row, si)| {
            row.num_articles = stories[si].articles.len() as i64;
            row.num_sources = stories[si].sources.len() as i64;
            row
        })
        .collect())
}

/// Writes the store's events as a Parquet file (Snappy-compressed); returns the row count.
pub fn write_parquet<W: Write + Send>(
    store: &dyn Store,
    out: W,
) -> Result<u64, ParquetExportError> {
    let rows = dyad_rows(store)?;
    let schema = Arc::new(parse_message_type(&message_type())?);
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("newsgraph {}", env!("CARGO_PKG_VERSION")))
            .build(),
    );
    let mut writer = SerializedFileWriter::new(out, schema, props)?;
    for chunk in rows.chunks(ROW_GROUP_ROWS) {
        let mut group = writer.next_row_group()?;
        let mut columns = COLUMNS.iter();
        while let Some(mut column_writer) = group.next_column()? {
            let Some(column) = columns.next() else { break };
            write_column(&mut column_writer, column, chunk)?;
            column_writer.close()?;
        }
        group.close()?;
    }
    writer.close()?;
    Ok(rows.len() as u64)
}

/// Splits a column's cells into present values and definition levels (1 present, 0 null); a
/// required column gets no levels, and its getter never yields null.
fn levels<T: Clone>(
    cells: impl Iterator<Item = Option<T>>,
    required: bool,
) -> (Vec<T>, Option<Vec<i16>>) {
    let mut values = Vec::new();
    let mut defs = Vec::new();
    for c in cells {
        defs.push(i16::from(c.is_some()));
        values.extend(c);
    }
    (values, (!required).then_some(defs))
}

fn write_column(
    w: &mut ::parquet::file::writer::SerializedColumnWriter<'_>,
    column: &Column,
    rows: &[DyadRow],
) -> Result<(), ::parquet::errors::ParquetError> {
    let cells = || rows.iter().map(|r| (column.get)(r));
    let req = column.required;
    // The first cell decides the kind; every cell of a column has the same kind by construction.
    match rows.first().map(|r| (column.get)(r)) {
        None => Ok(()),
        Some(Cell::Text(_)) => {
            let (v, d) = levels(
                cells().map(|c| match c {
                    Cell::Text(t) => t.map(|s| ByteArray::from(s.as_bytes().to_vec())),
                    _ => None,
                }),
                req,
            );
            w.typed::<ByteArrayType>()
                .write_batch(&v, d.as_deref(), None)
                .map(drop)
        }
        Some(Cell::Int32(_)) => {
            let (v, d) = levels(
                cells().map(|c| if let Cell::Int32(x) = c { x } else { None }),
                req,
            );
            w.typed::<Int32Type>()
                .write_batch(&v, d.as_deref(), None)
                .map(drop)
        }
        Some(Cell::Int64(_)) => {
            let (v, d) = levels(
                cells().map(|c| if let Cell::Int64(x) = c { x } else { None }),
                req,
            );
            w.typed::<Int64Type>()
                .write_batch(&v, d.as_deref(), None)
                .map(drop)
        }
        Some(Cell::Float(_)) => {
            let (v, d) = levels(
                cells().map(|c| if let Cell::Float(x) = c { x } else { None }),
                req,
            );
            w.typed::<FloatType>()
                .write_batch(&v, d.as_deref(), None)
                .map(drop)
        }
        Some(Cell::Double(_)) => {
            let (v, d) = levels(
                cells().map(|c| if let Cell::Double(x) = c { x } else { None }),
                req,
            );
            w.typed::<DoubleType>()
                .write_batch(&v, d.as_deref(), None)
                .map(drop)
        }
    }
}
