//! `newsgraph eval events` through the binary, with the two references the coder is measured
//! between. `--second FILE`: a second hand coding of a set's articles is scored against the gold in
//! place of the pipeline's events, which measures how far two human coders agree (the ceiling).
//! `--petrarch DIR`: the PETRARCH-style coder with PETRARCH's own dictionaries (the baseline).
//! `--bootstrap N` and `--against FILE`: how far a score could move on other articles, and how far
//! it moved from an earlier run. The set is written here, in a temporary directory: one article
//! and its gold.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

const ARTICLE: &str = "date: 2024-03-14\n\nMacron hosts Scholz\n\
    French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Thursday.\n\
    French police arrested two activists outside the Elysee Palace.\n";

const GOLD: &str = r#"{"article": "01-paris.txt", "sentence_text": "hosted German Chancellor Olaf Scholz", "source": "FRAGOV", "target": "DEUGOV", "cameo": "042", "modality": "asserted"}
{"article": "01-paris.txt", "sentence_text": "French police arrested two activists", "source": "FRACOP", "target": "FRACVL", "cameo": "173", "modality": "asserted"}
"#;

fn set(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "newsgraph-eval-references-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::write(dir.join("articles/01-paris.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("gold.jsonl"), GOLD).unwrap();
    dir
}

fn eval_second(dir: &Path, second: &str) -> (bool, serde_json::Value, String) {
    eval_second_with(dir, second, &[])
}

fn eval_second_with(dir: &Path, second: &str, more: &[&str]) -> (bool, serde_json::Value, String) {
    let path = dir.join("second.jsonl");
    std::fs::write(&path, second).unwrap();
    let out = Command::new(BIN)
        .args(["eval", "events", "--json", "--gold"])
        .arg(dir)
        .arg("--second")
        .arg(&path)
        .args(more)
        .output()
        .expect("the newsgraph binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let json = serde_json::from_str(&stdout).unwrap_or(serde_json::Value::Null);
    (out.status.success(), json, stderr)
}

fn f1(json: &serde_json::Value, level: &str) -> f64 {
    json["levels"][level]["f1"].as_f64().unwrap()
}

#[test]
fn a_coding_agrees_fully_with_itself() {
    let dir = set("same");
    let (ok, json, err) = eval_second(&dir, GOLD);
    assert!(ok, "{err}");
    assert_eq!(json["levels"]["full"]["matched"], 2);
    assert_eq!(f1(&json, "full"), 1.0);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_role_the_second_coder_reads_otherwise_counts_only_at_the_relaxed_levels() {
    let dir = set("role");
    let second = GOLD.replace("\"FRACVL\"", "\"FRAOPP\"");
    let (ok, json, err) = eval_second(&dir, &second);
    assert!(ok, "{err}");
    assert_eq!(json["levels"]["full"]["matched"], 1);
    assert_eq!(json["levels"]["countries"]["matched"], 2);
    assert_eq!(f1(&json, "full"), 0.5);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_second_coding_of_an_article_the_set_lacks_is_refused_by_name() {
    let dir = set("unknown");
    let second = GOLD.replace("01-paris.txt", "02-berlin.txt");
    let (ok, _, err) = eval_second(&dir, &second);
    assert!(!ok);
    assert!(err.contains("02-berlin.txt"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_run_against_an_earlier_one_says_how_far_each_score_moved() {
    let dir = set("against");
    let (ok, earlier, err) = eval_second(&dir, GOLD);
    assert!(ok, "{err}");
    assert_eq!(earlier["by_article"]["01-paris.txt"]["full"]["matched"], 2);
    let earlier_file = dir.join("earlier.json");
    std::fs::write(&earlier_file, earlier.to_string()).unwrap();
    let worse = GOLD.replace("\"FRACVL\"", "\"FRAOPP\"");
    let against = earlier_file.to_str().unwrap();
    let (ok, json, err) = eval_second_with(&dir, &worse, &["--against", against]);
    assert!(ok, "{err}");
    // Full F1 fell from 1 to 0.5; one article, so every resample agrees on the move.
    let moved = &json["levels"]["full"]["f1_move"];
    assert_eq!(moved["move"].as_f64(), Some(-0.5), "{json}");
    assert_eq!(moved["interval"][0].as_f64(), Some(-0.5), "{json}");
    assert_eq!(
        json["levels"]["countries"]["f1_move"]["move"].as_f64(),
        Some(0.0)
    );
    let (ok, json, err) = eval_second_with(&dir, &worse, &["--bootstrap", "200"]);
    assert!(ok, "{err}");
    assert_eq!(json["levels"]["full"]["f1_interval"][1].as_f64(), Some(0.5));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_run_against_another_set_is_refused_with_the_fix() {
    let dir = set("against-other");
    let other = dir.join("other.json");
    std::fs::write(
        &other,
        r#"{"by_article": {"02-berlin.txt": {"full": {"matched": 1, "gold": 1, "predicted": 1}}}}"#,
    )
    .unwrap();
    let (ok, _, err) = eval_second_with(&dir, GOLD, &["--against", other.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        err.contains("other.json") && err.contains("same set"),
        "{err}"
    );
    let (ok, _, err) = eval_second_with(&dir, GOLD, &["--against", dir.to_str().unwrap()]);
    assert!(!ok && err.contains("cannot read"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// PETRARCH's dictionaries beside the repository (../shared/petrarch2), when they are there.
fn petrarch_dictionaries() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/petrarch2"
    ));
    dir.join("CAMEO.2.0.txt").exists().then_some(dir)
}

#[test]
fn the_petrarch_baseline_codes_the_set_with_petrarchs_own_dictionaries() {
    let Some(dictionaries) = petrarch_dictionaries() else {
        eprintln!("skipped: ../shared/petrarch2 is not beside the repository");
        return;
    };
    let dir = set("petrarch");
    let out = Command::new(BIN)
        .args(["eval", "events", "--json", "--errors", "--gold"])
        .arg(&dir)
        .arg("--petrarch")
        .arg(&dictionaries)
        .output()
        .expect("the newsgraph binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The arrest is in PETRARCH's verb dictionary: the baseline finds its root.
    assert!(
        json["levels"]["root"]["matched"].as_u64().unwrap() >= 1,
        "{json}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_baseline_without_its_dictionaries_is_refused_with_the_fix() {
    let dir = set("no-dictionaries");
    let out = Command::new(BIN)
        .args(["eval", "events", "--gold"])
        .arg(&dir)
        .arg("--petrarch")
        .arg(dir.join("nowhere"))
        .output()
        .expect("the newsgraph binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("--dictionaries") || stderr.contains("PETRARCH"),
        "{stderr}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn each_missed_event_says_where_it_was_lost_with_the_breakdown() {
    let dir = set("fates");
    let unfound = r#"{"article": "01-paris.txt", "sentence_text": "French police arrested two activists", "source": "FRACOP", "target": "FRACVL", "cameo": "190", "modality": "asserted"}"#;
    std::fs::write(dir.join("gold.jsonl"), format!("{GOLD}{unfound}\n")).unwrap();
    let run = |more: &[&str]| {
        let out = Command::new(BIN)
            .args(["eval", "events", "--json", "--errors", "--gold"])
            .arg(&dir)
            .args(more)
            .output()
            .expect("the newsgraph binary runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let json = run(&["--breakdown"]);
    let missed = json["missed"].as_array().unwrap();
    let force = missed
        .iter()
        .find(|m| m["root"] == "19")
        .unwrap_or_else(|| panic!("{json}"));
    // No event of root 19 in the arrest's sentence: lost before any side was chosen.
    let fate = force["fate"].as_str().unwrap_or_default();
    assert!(
        fate == "no event in its sentence" || fate == "only events of other roots in its sentence",
        "{force}"
    );
    // Without the breakdown the lines carry no fate.
    let json = run(&[]);
    assert!(
        json["missed"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m.get("fate").is_none()),
        "{json}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}
