//! The entity stage on the seed article (../shared/seed) and on the example articles, with the
//! shipped knowledge base and models.

use newsgraph_extract::Pipeline;
use newsgraph_extract::record::{Entity, EntityType, Record};
use newsgraph_text::{Article, Published};
use std::path::Path;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/seed/000_6ba0ae7772921397.txt"
);

fn seed_record() -> Option<Record> {
    let Ok(text) = std::fs::read_to_string(SEED) else {
        eprintln!("skipped: {SEED} is absent (../shared is not beside this clone)");
        return None;
    };
    let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
    let mut article = Article::new(None, Some(title), body);
    article.published = Some(Published::parse("2019-05-12").ok()?);
    // NEWSGRAPH_DATA points the test at another data directory (e.g. one without models).
    let data = std::env::var("NEWSGRAPH_DATA").unwrap_or_else(|_| DATA.to_string());
    let pipeline = Pipeline::load(Path::new(&data), &[]).expect("the shipped data loads");
    // The entity stage alone: later stages have their own tests.
    let parsed = pipeline.parse(article.clone());
    Some(pipeline.extract_entities_only(&parsed))
}

fn named<'a>(r: &'a Record, name: &str) -> Option<&'a Entity> {
    r.entities
        .iter()
        .find(|e| !e.nominal && (e.name == name || e.aliases.iter().any(|a| a == name)))
}

#[test]
fn seed_people_with_their_actor_codes() {
    let Some(r) = seed_record() else { return };
    for (name, actor) in [
        ("Mike Pompeo", "USAGOV"),
        ("Vladimir Putin", "RUSGOV"),
        ("Sergey Lavrov", "RUSGOV"),
        ("Mike Pence", "USAGOV"),
        ("Juan Guaido", "VENOPP"),
        ("Nicolás Maduro", "VENGOV"),
        ("Donald Trump", "USAGOV"),
        ("Paul Whelan", "USA"),
        ("Michael Calvey", "USABUS"),
    ] {
        let e = named(&r, name).unwrap_or_else(|| panic!("{name} not found in {:#?}", names(&r)));
        assert_eq!(e.kind, EntityType::Person, "{name}");
        assert_eq!(
            e.actor.as_ref().map(|a| a.as_str()),
            Some(actor),
            "{name}: {e:#?}"
        );
    }
}

#[test]
fn seed_forbidden_people_are_not_people() {
    let Some(r) = seed_record() else { return };
    for bad in [
        "Pompeo’s",
        "Tomb",
        "Unknown Soldier",
        "Baring Vostok",
        "State Department",
        "Western Hemisphere",
        "G20",
        "Osaka",
    ] {
        let hit = r.entities.iter().find(|e| {
            e.kind == EntityType::Person && (e.name == bad || e.aliases.iter().any(|a| a == bad))
        });
        assert!(hit.is_none(), "{bad} must not be a person: {hit:#?}");
    }
}

#[test]
fn seed_organisations_and_places() {
    let Some(r) = seed_record() else { return };
    let sd = named(&r, "State Department").expect("State Department");
    assert_eq!(sd.actor.as_ref().map(|a| a.as_str()), Some("USAGOV"));
    let bv = r
        .entities
        .iter()
        .find(|e| e.name.contains("Baring Vostok"))
        .expect("Baring Vostok");
    assert!(
        bv.actor
            .as_ref()
            .is_some_and(|a| a.as_str().ends_with("BUS")),
        "{bv:#?}"
    );
    for (name, iso, kind) in [
        ("Russia", "RUS", "country"),
        ("Moscow", "RUS", "city"),
        ("Sochi", "RUS", "city"),
        ("Venezuela", "VEN", "country"),
        ("Iran", "IRN", "country"),
        ("Osaka", "JPN", "city"),
        ("Japan", "JPN", "country"),
    ] {
        let e = named(&r, name).unwrap_or_else(|| panic!("{name} not found in {:#?}", names(&r)));
        let place = e
            .place
            .as_ref()
            .unwrap_or_else(|| panic!("{name} has no place: {e:#?}"));
        assert_eq!(place.country.as_deref(), Some(iso), "{name}");
        assert_eq!(serde_json::to_value(place.kind).unwrap(), kind, "{name}");
    }
    let sochi = named(&r, "Sochi").and_then(|e| e.place.clone()).unwrap();
    assert!((sochi.lat.unwrap() - 43.6).abs() < 0.2 && (sochi.lon.unwrap() - 39.73).abs() < 0.2);
}

#[test]
fn seed_described_speaker_is_coded() {
    let Some(r) = seed_record() else { return };
    let official = r
        .entities
        .iter()
        .find(|e| e.nominal && e.name.contains("State Department official"))
        .expect("the official");
    assert_eq!(official.actor.as_ref().map(|a| a.as_str()), Some("USAGOV"));
}

#[test]
fn print_seed_entities() {
    let Some(r) = seed_record() else { return };
    for e in &r.entities {
        eprintln!(
            "{} {:?} {:?} actor={:?} country={:?} nominal={} roles={:?} mentions={:?} place={:?}",
            e.id,
            e.name,
            e.kind,
            e.actor,
            e.country,
            e.nominal,
            e.roles
                .iter()
                .map(|r| (&r.text, &r.code))
                .collect::<Vec<_>>(),
            e.mentions.iter().map(|m| &m.text).collect::<Vec<_>>(),
            e.place.as_ref().map(|p| (p.kind, p.country.clone()))
        );
    }
}

fn names(r: &Record) -> Vec<String> {
    r.entities
        .iter()
        .map(|e| format!("{} {:?} {:?} {:?}", e.name, e.kind, e.actor, e.aliases))
        .collect()
}
