//! The compiled snapshot: loading through it gives the same knowledge base as loading the TSV
//! files, a stale one is passed over for the TSV files, and a damaged one is reported, never a
//! panic.

use newsgraph_kb::{Kb, KbError, NaiveDate, Origin, SnapshotError, snapshot};
use newsgraph_text::{Article, Doc, tokenize};
use std::path::{Path, PathBuf};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A fresh directory holding the fixture knowledge base as `mini.tsv`.
fn fixture_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsgraph-kb-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fixture = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/mini.tsv"
    ));
    std::fs::copy(fixture, dir.join("mini.tsv")).unwrap();
    dir
}

/// Everything a caller can see of two knowledge bases is equal, on `names` and `sentences`.
fn assert_same(a: &Kb, b: &Kb, names: &[&str], sentences: &[&str]) {
    assert_eq!(a.entries(), b.entries());
    assert_eq!(a.problems(), b.problems());
    assert_eq!(a.stats(), b.stats());
    for d in ["1999-01-01", "2019-05-12", "2024-06-01"] {
        for name in names {
            assert_eq!(a.lookup(name, date(d)), b.lookup(name, date(d)), "{name}");
        }
    }
    for text in sentences {
        let tokens = tokenize(text);
        let (fa, fb) = (a.find(text, &tokens), b.find(text, &tokens));
        assert_eq!(fa, fb, "{text}");
        for m in &fa {
            for &id in &m.candidates {
                assert_eq!(
                    a.actor_at(id, date("2019-05-12")),
                    b.actor_at(id, date("2019-05-12"))
                );
            }
        }
    }
}

const FIXTURE_NAMES: &[&str] = &[
    "Russia",
    "U.S.",
    "us",
    "the Kremlin",
    "Moskva",
    "Nice",
    "foreign ministers",
    "Pompeo",
    "President Obama",
    "Mars",
];
const FIXTURE_SENTENCES: &[&str] = &[
    "Russian Foreign Minister Sergei Lavrov met Mike Pompeo in Sochi.",
    "The Kremlin told us that the U.S. State Department was wrong.",
    "It was a nice day in Nice and in Moscow for President Obama.",
];

#[test]
fn a_compiled_fixture_loads_the_same_as_its_tsv() {
    let dir = fixture_dir("same");
    // A bad line is kept as a problem, with its file and line, through the snapshot too.
    let mut text = std::fs::read_to_string(dir.join("mini.tsv")).unwrap();
    text.push_str("planet\tMars\n");
    std::fs::write(dir.join("mini.tsv"), text).unwrap();
    let report = Kb::compile(&dir).unwrap();
    assert_eq!(report.path, dir.join(snapshot::FILE_NAME));
    assert_eq!(report.entries, 12);
    let fast = Kb::load(&dir).unwrap();
    assert_eq!(fast.origin(), &Origin::Snapshot(report.path.clone()));
    let slow = Kb::load_tsv(&dir).unwrap();
    assert!(matches!(slow.origin(), Origin::Tsv { .. }));
    assert_same(&fast, &slow, FIXTURE_NAMES, FIXTURE_SENTENCES);
    assert!(fast.entries()[0].source.ends_with("mini.tsv:3"));
    assert_eq!(fast.problems().len(), 1);
    assert_eq!(fast.problems()[0].line, 15);
}

#[test]
fn a_dictionary_on_top_of_a_snapshot_matches_as_on_top_of_the_tsv() {
    let dir = fixture_dir("dictionary");
    Kb::compile(&dir).unwrap();
    // Outside the KB directory, as a user's dictionary is.
    let user_tsv = dir.with_extension("user.tsv");
    std::fs::write(
        &user_tsv,
        "person\tSergei Lavrov\tLavrov\tRUSGOV@2004-03-09..\tRUS\n\
         org\tKremlin Guard\t\tRUSGOVCOP\tRUS\n",
    )
    .unwrap();
    let mut fast = Kb::load(&dir).unwrap();
    assert!(matches!(fast.origin(), Origin::Snapshot(_)));
    fast.add_dictionary(&user_tsv).unwrap();
    let mut slow = Kb::load_tsv(&dir).unwrap();
    slow.add_dictionary(&user_tsv).unwrap();
    let mut names = FIXTURE_NAMES.to_vec();
    names.extend(["Lavrov", "Sergei Lavrov", "Kremlin Guard"]);
    let sentences = ["Sergei Lavrov said the Kremlin Guard and the Kremlin agreed."];
    assert_same(&fast, &slow, &names, &sentences);
    let lavrov = fast.lookup("Lavrov", date("2019-05-12"));
    assert_eq!(lavrov[0].actor.as_ref().unwrap().as_str(), "RUSGOV");
}

#[test]
fn an_edited_tsv_makes_the_snapshot_stale_and_the_tsv_is_read() {
    let dir = fixture_dir("stale");
    Kb::compile(&dir).unwrap();
    let mut text = std::fs::read_to_string(dir.join("mini.tsv")).unwrap();
    text.push_str("city\tSochi\t\t\tRUS\t491422\t443562\n");
    std::fs::write(dir.join("mini.tsv"), text).unwrap();
    let kb = Kb::load(&dir).unwrap();
    match kb.origin() {
        Origin::Tsv { snapshot } => {
            assert!(snapshot.contains("out of date"), "{snapshot}");
            assert!(snapshot.contains("newsgraph kb compile"), "{snapshot}");
        }
        other => panic!("read {other:?}"),
    }
    assert_eq!(kb.lookup("Sochi", date("2019-05-12")).len(), 1);
    // A new TSV file beside the others is a change too.
    Kb::compile(&dir).unwrap();
    std::fs::write(dir.join("more.tsv"), "city\tOsaka\t\t\tJPN\n").unwrap();
    let kb = Kb::load(&dir).unwrap();
    assert!(matches!(kb.origin(), Origin::Tsv { .. }));
    assert_eq!(kb.lookup("Osaka", date("2019-05-12")).len(), 1);
    // Compiled again, it is current again.
    Kb::compile(&dir).unwrap();
    assert!(matches!(
        Kb::load(&dir).unwrap().origin(),
        Origin::Snapshot(_)
    ));
}

#[test]
fn a_damaged_snapshot_is_reported_with_its_path_and_the_fix() {
    let dir = fixture_dir("damaged");
    let path = Kb::compile(&dir).unwrap().path;
    let good = std::fs::read(&path).unwrap();
    let problem = |bytes: &[u8]| -> SnapshotError {
        std::fs::write(&path, bytes).unwrap();
        match Kb::load(&dir) {
            Err(KbError::Snapshot { path: p, problem }) => {
                assert_eq!(p, path);
                let message = KbError::Snapshot {
                    path: p,
                    problem: problem.clone(),
                }
                .to_string();
                assert!(message.contains("kb.snapshot"), "{message}");
                assert!(message.contains("newsgraph kb compile"), "{message}");
                problem
            }
            Err(e) => panic!("another error: {e}"),
            Ok(kb) => panic!("loaded from {:?}", kb.origin()),
        }
    };
    // Truncated anywhere: at the magic, in the header, in the entries, in the checksum.
    for cut in [0, 5, 12, good.len() / 2, good.len() - 3] {
        let p = problem(&good[..cut]);
        assert!(
            matches!(p, SnapshotError::Truncated { .. } | SnapshotError::Checksum),
            "cut at {cut}: {p:?}"
        );
    }
    let mut flipped = good.clone();
    flipped[good.len() / 2] ^= 0x20;
    assert_eq!(problem(&flipped), SnapshotError::Checksum);
    assert_eq!(
        problem(b"kind\tname\nthis is no snapshot at all"),
        SnapshotError::NotASnapshot
    );
    // The good bytes load again.
    std::fs::write(&path, &good).unwrap();
    assert!(matches!(
        Kb::load(&dir).unwrap().origin(),
        Origin::Snapshot(_)
    ));
}

/// The shipped `data/kb`: its snapshot is current, and gives what its TSV files give. Skipped,
/// with the reason printed, where `data/kb` is absent.
#[test]
fn the_shipped_snapshot_is_current_and_agrees_with_the_tsv_files() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/kb"));
    if !dir.join(snapshot::FILE_NAME).is_file() {
        eprintln!("skipped: {} has no snapshot", dir.display());
        return;
    }
    let fast = Kb::load(dir).unwrap();
    assert!(
        matches!(fast.origin(), Origin::Snapshot(_)),
        "data/kb/kb.snapshot is not used ({:?}): run `newsgraph kb compile` and commit it",
        fast.origin()
    );
    let slow = Kb::load_tsv(dir).unwrap();
    // A sample of every kind of name: each seventh entry's aliases, and the seed article.
    let aliases: Vec<String> = fast
        .entries()
        .iter()
        .step_by(7)
        .flat_map(|e| e.aliases.iter().cloned())
        .collect();
    let mut names: Vec<&str> = aliases.iter().map(String::as_str).collect();
    names.extend([
        "Kagame",
        "Paul",
        "US",
        "us",
        "the Kremlin",
        "Nice",
        "rebels",
    ]);
    let seed = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_6ba0ae7772921397.txt"
    ));
    let text = std::fs::read_to_string(seed).unwrap_or_default();
    let (title, body) = text.split_once('\n').unwrap_or(("", &text));
    let doc = Doc::new(Article::new(None, Some(title), body));
    let sentences: Vec<&str> = doc
        .sentences
        .iter()
        .map(|s| &doc.text()[s.start..s.end])
        .collect();
    assert_same(&fast, &slow, &names, &sentences);
}
