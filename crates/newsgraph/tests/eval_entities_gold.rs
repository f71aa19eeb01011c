//! `newsgraph eval entities --gold DIR` through the binary, on a two-article entity list written
//! for this test (tests/fixtures/entities/gold-set): surface strings are located in the articles,
//! a string the article does not hold is reported and left out, and the figures come out in the
//! same shape as the GUM mode's.

use std::path::PathBuf;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

fn fixture() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/entities/gold-set"
    ))
}

fn eval(dir: &std::path::Path) -> (bool, String, String) {
    let out = Command::new(BIN)
        .args(["eval", "entities", "--json", "--errors", "5", "--gold"])
        .arg(dir)
        .output()
        .expect("the newsgraph binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn scores_a_hand_made_entity_list_by_surface_strings() {
    let (ok, out, err) = eval(&fixture());
    assert!(ok, "eval failed: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON figures");
    assert_eq!(v["documents"], 2, "{out}");
    // "Kenya Red Cross Society" is not written in the article: reported, not scored.
    assert_eq!(v["dropped_gold_mentions"], 1, "{out}");
    assert!(
        err.contains("'Kenya Red Cross Society' does not occur in 02-nairobi.txt"),
        "{err}"
    );
    let person = &v["types"]["person"];
    let organization = &v["types"]["organization"];
    let place = &v["types"]["place"];
    assert_eq!(person["entities"], 3, "{out}");
    assert_eq!(organization["entities"], 3, "{out}");
    assert_eq!(place["entities"], 6, "{out}");
    // Three heads of state and government written in full: all found, none invented.
    assert_eq!(person["entities_found"], 3, "{out}\n{err}");
    assert_eq!(person["entity_precision"], 1.0, "{out}\n{err}");
    // Every place found lies in the country the list gives.
    assert_eq!(
        place["country"]["right"], place["country"]["checked"],
        "{out}\n{err}"
    );
    assert!(
        place["entities_found"].as_u64().unwrap_or(0) >= 4,
        "{out}\n{err}"
    );
}

#[test]
fn an_entity_list_naming_a_missing_article_is_refused_with_the_fix() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::create_dir(dir.path().join("articles")).expect("articles/");
    std::fs::write(
        dir.path().join("articles/one.txt"),
        "Macron visits Berlin\nEmmanuel Macron arrived in Berlin.\n",
    )
    .expect("an article");
    std::fs::write(
        dir.path().join("entities.jsonl"),
        "{\"article\": \"two.txt\", \"type\": \"PERSON\", \"name\": \"Emmanuel Macron\", \"mentions\": [\"Macron\"], \"country\": \"FRA\"}\n",
    )
    .expect("an entity list");
    let (ok, _, err) = eval(dir.path());
    assert!(!ok, "a list naming a missing article must fail");
    assert!(
        err.contains("line 1 names article `two.txt`") && err.contains("fix the name"),
        "{err}"
    );
}
