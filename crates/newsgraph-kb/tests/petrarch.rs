//! The PETRARCH dictionary loader on every actor and agent file in `../shared/petrarch2`: entries
//! counted, malformed lines reported (not fatal), and known entries resolved at a date. Skipped,
//! with the reason printed, where the shared folder is absent.

use newsgraph_kb::{DictionaryFormat, EntryKind, Kb, NaiveDate};
use std::path::PathBuf;

fn petrarch_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/petrarch2"
    ));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent", dir.display());
        None
    }
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn code(kb: &Kb, name: &str, d: &str) -> Option<String> {
    kb.lookup(name, date(d))
        .iter()
        .find_map(|r| r.actor.as_ref().map(|a| a.as_str().to_string()))
}

#[test]
fn every_petrarch_dictionary_loads() {
    let Some(dir) = petrarch_dir() else { return };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().to_string();
            n.ends_with(".actors.txt") || n.ends_with(".agents.txt")
        })
        .collect();
    files.sort();
    assert!(files.len() >= 6, "{files:?}");
    let mut kb = Kb::new();
    for f in &files {
        let report = kb.add_dictionary(f).unwrap();
        eprintln!(
            "{}: {:?}, {} entries, {} lines skipped",
            f.file_name().unwrap().to_string_lossy(),
            report.format,
            report.entries,
            report.problems.len()
        );
        for p in report.problems.iter().take(3) {
            eprintln!("  {p}");
        }
        assert!(report.entries > 0);
        // Skipped lines are the exception in the operational dictionaries; the validation suite
        // holds deliberately broken entries ("[+++]", "[ELR/GAL]") to test readers with.
        if f.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("Phoenix")
        {
            assert!(
                report.problems.len() * 100 < report.entries,
                "{:?}",
                report.problems
            );
        }
        for p in &report.problems {
            assert!(p.line > 0 && p.file.ends_with(f.file_name().unwrap().to_str().unwrap()));
        }
    }
    kb.check_index().unwrap();
    let agents = kb
        .entries()
        .iter()
        .filter(|e| e.kind == EntryKind::Agent)
        .count();
    assert!(agents > 1000, "{agents} agents");
    assert!(kb.entries().len() > 10_000);

    // Date-bounded actors from Phoenix.Countries.actors.txt.
    assert_eq!(
        code(&kb, "Vladimir Putin", "1995-01-01").as_deref(),
        Some("RUSELI")
    );
    assert_eq!(
        code(&kb, "Vladimir Putin", "2019-05-12").as_deref(),
        Some("RUSGOV")
    );
    assert_eq!(
        code(&kb, "Sergey Lavrov", "2019-05-12").as_deref(),
        Some("RUSGOV")
    );
    // International and non-state actors.
    assert_eq!(
        code(&kb, "the United Nations", "2019-05-12").as_deref(),
        Some("IGOUNO")
    );
    assert_eq!(
        code(&kb, "Taliban", "2019-05-12").as_deref(),
        Some("AFGREB")
    );
    // Agents, with PETRARCH's regular plurals.
    let minister = kb.lookup("foreign ministers", date("2019-05-12"));
    assert!(minister.iter().any(|r| {
        r.entry
            .role
            .as_ref()
            .is_some_and(|x| x.code.as_str().starts_with("GOV"))
    }));
}

#[test]
fn the_validation_dictionaries_resolve_their_own_entries() {
    let Some(dir) = petrarch_dir() else { return };
    let mut kb = Kb::new();
    let actors = kb
        .add_dictionary(&dir.join("PETR.Validate.actors.txt"))
        .unwrap();
    let agents = kb
        .add_dictionary(&dir.join("PETR.Validate.agents.txt"))
        .unwrap();
    assert_eq!(actors.format, DictionaryFormat::PetrarchActors);
    assert_eq!(agents.format, DictionaryFormat::PetrarchAgents);
    eprintln!(
        "validate: {} actors, {} agents",
        actors.entries, agents.entries
    );
    assert_eq!(
        code(&kb, "Hamas", "2014-01-01").as_deref(),
        Some("PSEREBHMS")
    );
    assert_eq!(
        code(&kb, "Israeli troops", "2014-01-01").as_deref(),
        Some("ISRMIL")
    );
    // A lower-case code in the file is read as upper case.
    assert_eq!(
        code(&kb, "Palestinian", "2014-01-01").as_deref(),
        Some("PSE")
    );
    let congressmen = kb.lookup("congressmen", date("2014-01-01"));
    assert_eq!(congressmen.len(), 1);
    assert_eq!(
        congressmen[0].entry.role.as_ref().unwrap().to_string(),
        "~LEG"
    );
}
