//! The Parquet export read back with the parquet crate's own reader: the schema a user sees,
//! the row count (one per actor-recipient dyad) and the values of the typed columns.

mod common;

use ::parquet::file::reader::{FileReader, SerializedFileReader};
use ::parquet::record::Field;
use common::{TAIL_A, entry, meeting, scratch_db};
use newsgraph_extract::record::Participant;
use newsgraph_kb::ActorCode;
use newsgraph_store::parquet::{COLUMNS, write_parquet};
use newsgraph_store::{SqliteStore, Store, gdelt};
use std::collections::HashMap;
use std::path::Path;

/// Column names and rows (name to value) of a Parquet file.
fn read_back(path: &Path) -> (Vec<String>, i64, Vec<HashMap<String, Field>>) {
    let reader = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    let meta = reader.metadata().file_metadata();
    let names = meta
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    let num_rows = meta.num_rows();
    let rows = reader
        .get_row_iter(None)
        .unwrap()
        .map(|row| {
            row.unwrap()
                .get_column_iter()
                .map(|(name, field)| (name.clone(), field.clone()))
                .collect()
        })
        .collect();
    (names, num_rows, rows)
}

fn text(row: &HashMap<String, Field>, column: &str) -> Option<String> {
    match &row[column] {
        Field::Str(s) => Some(s.clone()),
        Field::Null => None,
        other => panic!("{column} is not text: {other:?}"),
    }
}

fn long(row: &HashMap<String, Field>, column: &str) -> i64 {
    match &row[column] {
        Field::Long(v) => *v,
        other => panic!("{column} is not int64: {other:?}"),
    }
}

#[test]
fn events_round_trip_one_row_per_dyad() {
    let db = scratch_db("parquet");
    let mut store = SqliteStore::open(&db).unwrap();
    // A second story whose event has two actors and no recipient: two rows, recipient null.
    let mut joint = meeting(
        "b1",
        "Wire Two",
        "Unrelated closing words about a harvest festival in the hills.",
    );
    let ev = &mut joint.events[0];
    ev.place = None;
    ev.recipients.clear();
    ev.actors.push(Participant {
        entity: Some("E2".into()),
        text: "Sergey Lavrov".into(),
        actor: Some(ActorCode::new("RUSGOV").unwrap()),
        inferred: false,
    });
    store
        .put_batch(&[
            entry(meeting("a1", "Wire One", TAIL_A)),
            entry(meeting("a2", "Wire Three", TAIL_A)),
            entry(joint),
        ])
        .unwrap();
    let out = db.with_file_name("events.parquet");
    let n = write_parquet(&store, std::fs::File::create(&out).unwrap()).unwrap();
    assert_eq!(n, 4);

    let (names, num_rows, rows) = read_back(&out);
    assert_eq!(num_rows, 4);
    let expected: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
    assert_eq!(names, expected);
    for wanted in [
        "event_id",
        "cameo_code",
        "plover_mode",
        "goldstein",
        "lat",
        "num_sources",
    ] {
        assert!(names.iter().any(|n| n == wanted), "{wanted} missing");
    }

    let first = &rows[0];
    assert_eq!(text(first, "article_id").as_deref(), Some("a1"));
    assert_eq!(text(first, "cameo_code").as_deref(), Some("036"));
    assert_eq!(text(first, "plover_type").as_deref(), Some("CONSULT"));
    assert_eq!(
        text(first, "plover_mode"),
        None,
        "no mode is a null, not an empty string"
    );
    assert_eq!(text(first, "actor_code").as_deref(), Some("USAGOV"));
    assert_eq!(
        text(first, "recipient_name").as_deref(),
        Some("Sergey Lavrov")
    );
    assert_eq!(text(first, "date_source").as_deref(), Some("text"));
    assert_eq!(
        first["date"],
        Field::Date(18030),
        "2019-05-14 as days since 1970-01-01"
    );
    assert_eq!(first["lat"], Field::Double(43.6028));
    assert_eq!(first["geonames_id"], Field::Long(491422));
    assert_eq!(first["quad_class"], Field::Int(1));
    assert_eq!(first["goldstein"], Field::Float(4.0));
    assert_eq!(
        long(first, "num_articles"),
        2,
        "the copy a2 tells the same story"
    );
    assert_eq!(long(first, "num_sources"), 2);
    assert_eq!(
        long(&rows[1], "global_event_id"),
        long(first, "global_event_id")
    );

    // The story-level id is the GDELT export's GlobalEventID, so the two exports join.
    let mut tsv = Vec::new();
    gdelt::write_events(&store as &dyn Store, &mut tsv).unwrap();
    let tsv = String::from_utf8(tsv).unwrap();
    let gdelt_id: i64 = tsv.split('\t').next().unwrap().parse().unwrap();
    assert_eq!(long(first, "global_event_id"), gdelt_id);

    let joint_rows: Vec<_> = rows
        .iter()
        .filter(|r| text(r, "article_id").as_deref() == Some("b1"))
        .collect();
    assert_eq!(joint_rows.len(), 2, "two actors, no recipient: two dyads");
    let actors: Vec<_> = joint_rows.iter().map(|r| text(r, "actor_code")).collect();
    assert_eq!(
        actors,
        [Some("USAGOV".to_string()), Some("RUSGOV".to_string())]
    );
    for r in &joint_rows {
        assert_eq!(text(r, "recipient_code"), None);
        assert_eq!(text(r, "place_name"), None);
        assert_eq!(r["lat"], Field::Null);
        assert_eq!(long(r, "num_articles"), 1);
    }
}

#[test]
fn an_empty_store_gives_a_valid_file_with_the_schema() {
    let db = scratch_db("parquet-empty");
    let store = SqliteStore::open(&db).unwrap();
    let out = db.with_file_name("empty.parquet");
    assert_eq!(
        write_parquet(&store, std::fs::File::create(&out).unwrap()).unwrap(),
        0
    );
    let (names, num_rows, rows) = read_back(&out);
    assert_eq!(num_rows, 0);
    assert!(rows.is_empty());
    assert_eq!(names.len(), COLUMNS.len());
}

#[test]
fn every_column_is_documented_with_its_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/parquet.md");
    let doc = std::fs::read_to_string(path).unwrap();
    for c in COLUMNS {
        let line = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", c.name)))
            .unwrap_or_else(|| panic!("docs/parquet.md has no row for {}", c.name));
        let physical = c.physical.to_uppercase().replace("BINARY", "BYTE_ARRAY");
        assert!(line.contains(&format!("| {physical} |")), "{line}");
        let repetition = if c.required { "required" } else { "optional" };
        assert!(line.contains(repetition), "{line}");
    }
}
