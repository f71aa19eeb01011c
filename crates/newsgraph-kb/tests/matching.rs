//! Matching, dating and dictionary loading on a tiny fixture knowledge base: each behaviour with
//! the sentence that motivates it and one that must not fire.

use newsgraph_kb::{EntryKind, Kb, KbMatch, NaiveDate, RoleModifier};
use newsgraph_text::tokenize;
use std::path::Path;

fn fixture() -> Kb {
    let mut kb = Kb::new();
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/mini.tsv"
    ));
    let report = kb.add_dictionary(path).expect("fixture loads");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    kb
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The longest matches in `text`, as (surface, kinds of the candidates).
fn names(kb: &Kb, text: &str) -> Vec<(String, Vec<EntryKind>)> {
    let tokens = tokenize(text);
    kb.find_longest(text, &tokens)
        .into_iter()
        .map(|m: KbMatch| {
            let kinds = m.candidates.iter().map(|&c| kb.entry(c).kind).collect();
            (text[m.start..m.end].to_string(), kinds)
        })
        .collect()
}

fn surfaces(kb: &Kb, text: &str) -> Vec<String> {
    names(kb, text).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn multi_word_names_match_whole() {
    let kb = fixture();
    assert_eq!(
        surfaces(&kb, "a senior State Department official said"),
        ["State Department"]
    );
    assert_eq!(
        surfaces(&kb, "The Russian Federation and the United States"),
        ["Russian Federation", "the United States"]
    );
    // "State" alone is no name.
    assert!(surfaces(&kb, "the State of the Union").is_empty());
}

#[test]
fn overlapping_matches_are_all_reported() {
    let kb = fixture();
    let text = "Russian Foreign Minister Sergey Lavrov";
    let all = kb.find(text, &tokenize(text));
    let spans: Vec<&str> = all.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(spans, ["Russian", "Foreign Minister"]);
}

#[test]
fn demonyms_match_with_their_plurals() {
    let kb = fixture();
    let found = names(&kb, "Russians and Emiratis met a Russian envoy");
    let got: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(got, ["Russians", "Emiratis", "Russian"]);
    assert!(found.iter().all(|(_, k)| k.contains(&EntryKind::Demonym)));
    // A demonym inside a longer word is not one.
    assert!(surfaces(&kb, "Russianness").is_empty());
}

#[test]
fn the_kremlin_is_the_russian_government() {
    let kb = fixture();
    let text = "The Kremlin said on Monday";
    let m = &kb.find_longest(text, &tokenize(text))[0];
    assert_eq!(&text[m.start..m.end], "The Kremlin");
    let e = kb.entry(m.candidates[0]);
    assert_eq!(e.kind, EntryKind::Metonym);
    assert_eq!(
        kb.actor_at(m.candidates[0], date("2019-05-12"))
            .unwrap()
            .as_str(),
        "RUSGOV"
    );
    // Lower case is a common noun, not the institution.
    assert!(surfaces(&kb, "the kremlin of an old town").is_empty());
}

#[test]
fn a_city_that_is_a_common_word_needs_its_capital_and_has_a_low_prior() {
    let kb = fixture();
    assert!(surfaces(&kb, "it was a nice day").is_empty());
    let found = kb.lookup("Nice", date("2020-01-01"));
    assert_eq!(found.len(), 1);
    assert!(found[0].entry.prior < 0.5);
    assert_eq!(surfaces(&kb, "a truck attack in Nice killed"), ["Nice"]);
}

#[test]
fn acronyms_need_capitals_so_the_pronoun_us_is_not_the_us() {
    let kb = fixture();
    assert_eq!(surfaces(&kb, "US officials told reporters"), ["US"]);
    assert_eq!(surfaces(&kb, "U.S. officials told reporters"), ["U.S."]);
    assert!(surfaces(&kb, "they told us nothing").is_empty());
}

#[test]
fn places_carry_coordinates_and_capitals() {
    let kb = fixture();
    let moscow = &kb.lookup("Moscow", date("2019-05-12"))[0];
    let place = moscow.entry.place.as_ref().unwrap();
    assert_eq!(place.geonames_id, Some(524901));
    assert!((place.lat.unwrap() - 55.75).abs() < 0.01);
    assert_eq!(moscow.entry.capital_of(), Some("RUS"));
    // A city stands for its country when it has no code of its own.
    assert_eq!(moscow.actor.as_ref().unwrap().as_str(), "RUS");
}

#[test]
fn a_named_actor_is_coded_by_the_office_held_at_the_date() {
    let kb = fixture();
    let code = |name: &str, d: &str| {
        kb.lookup(name, date(d))[0]
            .actor
            .as_ref()
            .map(|a| a.as_str().to_string())
    };
    // Before office: the country alone; during each tenure: its code; the handover day goes to
    // the office taken.
    assert_eq!(code("Mike Pompeo", "2016-06-01").as_deref(), Some("USA"));
    assert_eq!(code("Pompeo", "2017-06-01").as_deref(), Some("USAGOVSPY"));
    assert_eq!(code("Pompeo", "2018-04-26").as_deref(), Some("USAGOV"));
    assert_eq!(code("Mike Pompeo", "2019-05-12").as_deref(), Some("USAGOV"));
    assert_eq!(code("Mike Pompeo", "2022-01-01").as_deref(), Some("USA"));
    // After a head-of-state tenure: elite.
    assert_eq!(code("Barack Obama", "2008-01-01").as_deref(), Some("USA"));
    assert_eq!(
        code("President Obama", "2012-01-01").as_deref(),
        Some("USAGOV")
    );
    assert_eq!(code("Obama", "2019-05-12").as_deref(), Some("USAELI"));
}

#[test]
fn agent_roles_attach_to_a_country_and_modifiers_change_them() {
    let kb = fixture();
    let minister = &kb.lookup("foreign ministers", date("2019-05-12"))[0];
    assert!(minister.actor.is_none());
    let role = minister.entry.role.clone().unwrap();
    let rus = newsgraph_kb::ActorCode::new("RUS").unwrap();
    assert_eq!(role.apply(Some(&rus)).as_str(), "RUSGOV");
    assert_eq!(role.apply(None).as_str(), "GOV");
    let former = RoleModifier::from_word("former").unwrap();
    assert_eq!(former.apply(&role, minister.entry.head_of_state), None);
    let president = &kb.lookup("President", date("2019-05-12"))[0];
    let prole = president.entry.role.clone().unwrap();
    assert!(president.entry.head_of_state);
    let eli = former.apply(&prole, true).unwrap();
    assert_eq!(eli.apply(Some(&rus)).as_str(), "RUSELI");
    let acting = RoleModifier::from_word("Acting").unwrap();
    assert_eq!(acting.apply(&prole, true), Some(prole.clone()));
    assert_eq!(RoleModifier::from_word("senior"), None);
}

#[test]
fn lookup_ignores_case_dots_and_diacritics() {
    let kb = fixture();
    assert_eq!(kb.lookup("u.s.", date("2019-01-01")).len(), 1);
    assert_eq!(kb.lookup("MOSKVA", date("2019-01-01")).len(), 1);
    assert!(kb.lookup("Mars", date("2019-01-01")).is_empty());
}

#[test]
fn a_user_dictionary_adds_entries_and_reports_bad_lines() {
    let mut kb = fixture();
    let dir = std::env::temp_dir().join(format!("newsgraph-kb-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("user.tsv");
    std::fs::write(
        &path,
        "org\tBaring Vostok\t\tBUS\nplanet\tMars\norg\tAcme\t\tacme\norg\tGazprom\t\tRUSBUS\tRUS\n",
    )
    .unwrap();
    let report = kb.add_dictionary(&path).unwrap();
    assert_eq!(report.entries, 2);
    let lines: Vec<usize> = report.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [2, 3]);
    assert!(report.problems[0].file.ends_with("user.tsv"));
    let d = date("2019-05-12");
    assert_eq!(
        kb.lookup("Baring Vostok", d)[0]
            .actor
            .as_ref()
            .unwrap()
            .as_str(),
        "BUS"
    );
    // The index is rebuilt: the new name is found in text too.
    assert_eq!(surfaces(&kb, "the Gazprom board"), ["Gazprom"]);
    let unknown = kb.add_dictionary(&dir.join("notes.md"));
    assert!(unknown.is_err());
    std::fs::remove_dir_all(&dir).ok();
}
