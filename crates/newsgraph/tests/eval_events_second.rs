//! `newsgraph eval events --second FILE` through the binary: a second hand coding of a set's
//! articles is scored against the gold in place of the pipeline's events, which measures how far two
//! human coders agree. The set is written here, in a temporary directory: one article, its gold and
//! three second codings (the same, one differing in a role, one naming an article the set lacks).

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
        "newsgraph-eval-second-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    std::fs::write(dir.join("articles/01-paris.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("gold.jsonl"), GOLD).unwrap();
    dir
}

fn eval_second(dir: &Path, second: &str) -> (bool, serde_json::Value, String) {
    let path = dir.join("second.jsonl");
    std::fs::write(&path, second).unwrap();
    let out = Command::new(BIN)
        .args(["eval", "events", "--json", "--gold"])
        .arg(dir)
        .arg("--second")
        .arg(&path)
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
