//! Records built by hand, as the pipeline would make them, for the store's tests.
#![allow(dead_code)]

use newsgraph_extract::Record;
use newsgraph_extract::record::*;
use newsgraph_ingest::dedup::Fingerprint;
use newsgraph_kb::{ActorCode, CameoCode};
use newsgraph_store::{Entry, Ingested};
use newsgraph_text::Published;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn scratch_db(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "newsgraph-store-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("test.db")
}

fn evidence(text: &str, whole: &str, sentence: usize) -> Evidence {
    let start = whole.find(text).unwrap();
    Evidence {
        sentence,
        start,
        end: start + text.len(),
        text: text.to_string(),
    }
}

fn party(entity: &str, text: &str, code: &str) -> Participant {
    Participant {
        entity: Some(entity.to_string()),
        text: text.to_string(),
        actor: Some(ActorCode::new(code).unwrap()),
        inferred: false,
    }
}

/// A record of a meeting story, as the pipeline would make it.
pub fn meeting(id: &str, source: &str, text_tail: &str) -> Record {
    let title = "Pompeo meets Lavrov in Sochi";
    let body = format!(
        "US Secretary of State Mike Pompeo met Russian Foreign Minister Sergey Lavrov in Sochi on Tuesday. \
         \"We had a frank discussion,\" Lavrov told reporters. {text_tail}"
    );
    let text = format!("{title}\n{body}");
    let met = evidence(
        "Mike Pompeo met Russian Foreign Minister Sergey Lavrov",
        &text,
        1,
    );
    let quote_text = "We had a frank discussion,";
    let q = evidence(quote_text, &text, 2);
    let pompeo = text.find("Mike Pompeo").unwrap();
    let lavrov = text.find("Sergey Lavrov").unwrap();
    Record {
        schema: SCHEMA.to_string(),
        article: ArticleInfo {
            id: id.to_string(),
            title: Some(title.to_string()),
            published: Some(Published::parse("2019-05-14").unwrap()),
            url: Some(format!("https://example.org/{id}")),
            source: Some(source.to_string()),
            language: Some("en".to_string()),
            text: text.clone(),
        },
        sentences: Vec::new(),
        entities: vec![
            Entity {
                id: "E1".into(),
                kind: EntityType::Person,
                name: "Mike Pompeo".into(),
                aliases: vec![],
                roles: vec![],
                actor: Some(ActorCode::new("USAGOV").unwrap()),
                country: Some("USA".into()),
                kb_id: None,
                nominal: false,
                mentions: vec![Mention {
                    start: pompeo,
                    end: pompeo + 11,
                    text: "Mike Pompeo".into(),
                    sentence: 1,
                }],
                place: None,
            },
            Entity {
                id: "E2".into(),
                kind: EntityType::Person,
                name: "Sergey Lavrov".into(),
                aliases: vec![],
                roles: vec![],
                actor: Some(ActorCode::new("RUSGOV").unwrap()),
                country: Some("RUS".into()),
                kb_id: None,
                nominal: false,
                mentions: vec![Mention {
                    start: lavrov,
                    end: lavrov + 13,
                    text: "Sergey Lavrov".into(),
                    sentence: 1,
                }],
                place: None,
            },
        ],
        quotes: vec![Quote {
            text: quote_text.into(),
            start: q.start,
            end: q.end,
            sentence: 2,
            speaker: Some(Speaker {
                text: "Lavrov".into(),
                start: 0,
                end: 0,
                entity: Some("E2".into()),
                actor: Some(ActorCode::new("RUSGOV").unwrap()),
            }),
            cue: Some(evidence("told reporters", &text, 2)),
        }],
        times: vec![],
        events: vec![Event {
            id: "V1".into(),
            cameo: CameoCode::new("036").unwrap(),
            cameo_root: "03".into(),
            plover: Plover {
                kind: "CONSULT".into(),
                mode: None,
            },
            quad_class: 1,
            goldstein: 4.0,
            actors: vec![party("E1", "Mike Pompeo", "USAGOV")],
            recipients: vec![party("E2", "Sergey Lavrov", "RUSGOV")],
            place: Some(EventPlace {
                entity: None,
                name: "Sochi".into(),
                country: Some("RUS".into()),
                geonames_id: Some(491422),
                lat: Some(43.6028),
                lon: Some(39.7342),
            }),
            date: Some("2019-05-14".into()),
            date_source: DateSource::Text,
            modality: Modality::Asserted,
            confidence: 0.9,
            evidence: met,
            mentions: vec![],
            rule: "verb:meet#subj-obj".into(),
        }],
        tone: Tone::default(),
        themes: vec![],
        notes: vec![],
    }
}

pub fn entry(r: Record) -> Entry {
    let fingerprint = Fingerprint::of(&r.article.text);
    Entry::Article(Box::new(Ingested {
        record: r,
        fingerprint,
    }))
}

pub const TAIL_A: &str = "The two men discussed the situation in Venezuela, arms control and the war in Syria, \
    and agreed that their presidents should meet at the summit in Osaka next month.";
