//! Whole extraction records of the example articles and of the seed, as snapshots (a change in
//! behaviour shows up as a readable diff, accepted on purpose with `cargo insta review` or
//! `INSTA_UPDATE=always`), each checked against the shipped JSON Schema.

use newsgraph_extract::Pipeline;
use newsgraph_extract::record::{Record, json_schema};
use newsgraph_text::{Article, Published};
use std::path::Path;
use std::sync::OnceLock;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        Pipeline::load(&Path::new(ROOT).join("data"), &[]).expect("the shipped data loads")
    })
}

fn shipped_schema() -> serde_json::Value {
    let text = std::fs::read_to_string(Path::new(ROOT).join("schema/extraction-1.schema.json"))
        .expect("schema file");
    serde_json::from_str(&text).expect("schema is JSON")
}

fn check_against_schema(record: &Record) {
    let validator = jsonschema::validator_for(&shipped_schema()).expect("the schema compiles");
    let value = serde_json::to_value(record).expect("record serialises");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "record does not validate: {errors:#?}");
}

#[test]
fn shipped_schema_is_the_generated_one() {
    let generated = json_schema();
    let path = Path::new(ROOT).join("schema/extraction-1.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(
            &path,
            serde_json::to_string_pretty(&generated).unwrap() + "\n",
        )
        .unwrap();
    }
    assert_eq!(
        shipped_schema(),
        generated,
        "the record types changed: regenerate with UPDATE_SCHEMA=1 cargo test -p newsgraph-extract --test records"
    );
}

/// The articles of one example file, read as `newsgraph extract` reads them.
fn example_articles(name: &str) -> Vec<Article> {
    let path = Path::new(ROOT).join("examples").join(name);
    newsgraph_ingest::read_paths(&[path], &newsgraph_ingest::ReadOptions::default())
        .map(|a| a.expect("example reads"))
        .collect()
}

fn example_article(name: &str) -> Article {
    example_articles(name).remove(0)
}

#[test]
fn example_summit() {
    let r = pipeline().extract(example_article("001_summit.txt"));
    check_against_schema(&r);
    insta::assert_json_snapshot!(r);
}

#[test]
fn example_protest() {
    let r = pipeline().extract(example_article("002_protest.txt"));
    check_against_schema(&r);
    insta::assert_json_snapshot!(r);
}

#[test]
fn example_sanctions_jsonl() {
    let records: Vec<Record> = example_articles("003_sanctions.jsonl")
        .into_iter()
        .map(|a| pipeline().extract(a))
        .collect();
    assert_eq!(records.len(), 2);
    records.iter().for_each(check_against_schema);
    insta::assert_json_snapshot!(records);
}

#[test]
fn seed() {
    let path = Path::new(ROOT).join("../shared/seed/000_6ba0ae7772921397.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "skipped: {} is absent (../shared is not beside this clone)",
            path.display()
        );
        return;
    };
    let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
    let mut a = Article::new(None, Some(title), body);
    a.published = Published::parse("2019-05-12").ok();
    let r = pipeline().extract(a);
    check_against_schema(&r);
    insta::assert_json_snapshot!(r);
}
