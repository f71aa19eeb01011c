//! The SQLite store with records built by hand: what goes in comes back through queries, search
//! and exports, storing twice changes nothing, and duplicates join one story.

mod common;

use common::{TAIL_A, entry, meeting, scratch_db};
use newsgraph_extract::Record;
use newsgraph_store::{Entry, EventQuery, Near, Skipped, SqliteStore, Store, gdelt};

#[test]
fn stored_records_come_back_through_queries() {
    let db = scratch_db("queries");
    let mut store = SqliteStore::open(&db).unwrap();
    let out = store
        .put_batch(&[
            entry(meeting("a1", "Wire One", TAIL_A)),
            Entry::Skipped(Skipped {
                article_id: "fr1".into(),
                reason: "language fr".into(),
                language: Some("fr".into()),
            }),
            Entry::Failed {
                message: "x.txt: is empty".into(),
            },
        ])
        .unwrap();
    assert_eq!(
        (out.articles_added, out.events_added, out.quotes_added),
        (1, 1, 1)
    );
    assert_eq!((out.skipped, out.errors), (1, 1));

    let all = store.events(&EventQuery::default()).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].actors[0].code.as_deref(), Some("USAGOV"));
    let q = |f: fn(&mut EventQuery)| {
        let mut q = EventQuery::default();
        f(&mut q);
        store.events(&q).unwrap().len()
    };
    assert_eq!(q(|q| q.actor = Some("usa".into())), 1);
    assert_eq!(
        q(|q| q.actor = Some("RUS".into())),
        0,
        "Russia is the recipient, not the actor"
    );
    assert_eq!(q(|q| q.recipient = Some("RUS".into())), 1);
    assert_eq!(q(|q| q.party = Some("RUS".into())), 1);
    assert_eq!(q(|q| q.actor_name = Some("pompeo".into())), 1);
    assert_eq!(q(|q| q.cameo = Some("03".into())), 1);
    assert_eq!(q(|q| q.cameo = Some("04".into())), 0);
    assert_eq!(q(|q| q.plover = Some("consult".into())), 1);
    assert_eq!(q(|q| q.quad_class = Some(4)), 0);
    assert_eq!(q(|q| q.country = Some("RUS".into())), 1);
    assert_eq!(q(|q| q.place = Some("soch".into())), 1);
    assert_eq!(q(|q| q.from = Some("2019-05-14".into())), 1);
    assert_eq!(q(|q| q.to = Some("2019-05-13".into())), 0);
    assert_eq!(q(|q| q.modality = Some("negated".into())), 0);
    // Sochi is about 1,360 km from Moscow.
    assert_eq!(
        q(|q| q.near = Some(Near {
            lat: 55.7558,
            lon: 37.6173,
            km: 1500.0
        })),
        1
    );
    assert_eq!(
        q(|q| q.near = Some(Near {
            lat: 55.7558,
            lon: 37.6173,
            km: 1000.0
        })),
        0
    );

    let hits = store.search("frank discussion", 10).unwrap();
    assert_eq!(hits.iter().filter(|h| h.kind == "quote").count(), 1);
    assert_eq!(hits.iter().filter(|h| h.kind == "article").count(), 1);
    assert!(
        store
            .search("Osaka", 10)
            .unwrap()
            .iter()
            .all(|h| h.kind == "article")
    );
    assert!(store.search("Nairobi", 10).unwrap().is_empty());

    let actors = store.actors(10).unwrap();
    assert_eq!(actors.len(), 2);
    assert_eq!(actors[0].events, 1);
    assert!(store.contains_article("a1").unwrap());
    assert!(
        store.contains_article("fr1").unwrap(),
        "skipped articles count as handled"
    );
    assert!(!store.contains_article("zzz").unwrap());
}

#[test]
fn storing_again_adds_nothing_and_jsonl_gives_the_records_back() {
    let db = scratch_db("idempotent");
    let mut store = SqliteStore::open(&db).unwrap();
    let record = meeting("a1", "Wire One", TAIL_A);
    store.put_batch(&[entry(record.clone())]).unwrap();
    let again = store.put_batch(&[entry(record.clone())]).unwrap();
    assert_eq!(again.articles_added, 0);
    assert_eq!(again.already_stored, 1);
    assert_eq!(store.stats().unwrap().events, 1);
    drop(store);
    let store = SqliteStore::open_read_only(&db).unwrap();
    let mut out = Vec::new();
    gdelt::write_jsonl(&store, &mut out).unwrap();
    let back: Record = serde_json::from_slice(out.trim_ascii_end()).unwrap();
    assert_eq!(back, record);
}

#[test]
fn copies_and_rewrites_join_one_story_and_one_gdelt_event() {
    let db = scratch_db("stories");
    let mut store = SqliteStore::open(&db).unwrap();
    let original = meeting("a1", "Wire One", TAIL_A);
    let mut copy = original.clone();
    copy.article.id = "a2".into();
    copy.article.source = Some("Paper Two".into());
    let rewrite = meeting(
        "a3",
        "Paper Three",
        &TAIL_A.replace("agreed that", "said they had agreed that"),
    );
    let other = meeting(
        "a4",
        "Wire One",
        "Separately, farmers in Kenya said the drought had destroyed most of the maize harvest \
         and asked the government for emergency help before the planting season begins.",
    );
    let out = store
        .put_batch(&[entry(original), entry(copy), entry(rewrite), entry(other)])
        .unwrap();
    assert_eq!((out.exact_duplicates, out.near_duplicates), (1, 1));
    assert_eq!(store.stats().unwrap().stories, 2);

    let mut tsv = Vec::new();
    let n = gdelt::write_events(&store, &mut tsv).unwrap();
    assert_eq!(n, 2, "one event per story");
    let text = String::from_utf8(tsv).unwrap();
    let first: Vec<&str> = text.lines().next().unwrap().split('\t').collect();
    assert_eq!(first.len(), gdelt::EVENT_COLUMNS);
    assert_eq!(
        &first[31..34],
        ["3", "3", "3"],
        "NumMentions, NumSources, NumArticles"
    );
    assert_eq!(first[26], "036");
    assert_eq!(first[5], "USAGOV");
    assert_eq!(first[7], "USA");
    assert_eq!(first[12], "GOV");
}

#[test]
fn a_newer_schema_is_refused() {
    let db = scratch_db("schema");
    drop(SqliteStore::open(&db).unwrap());
    let conn = rusqlite_conn(&db);
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let err = SqliteStore::open(&db).err().unwrap().to_string();
    assert!(err.contains("schema version 99"), "{err}");
}

fn rusqlite_conn(p: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(p).unwrap()
}
