//! `newsgraph explain` through the binary, with the shipped models and knowledge base: each
//! sentence with its tree, the entities mentioned in it, the events with the rule that made them,
//! and the candidate triggers that were dropped with their reasons.

use std::path::PathBuf;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

fn article(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!(
        "newsgraph-explain-{}-{name}.txt",
        std::process::id()
    ));
    std::fs::write(&path, text).unwrap();
    path
}

fn explain(path: &PathBuf) -> (bool, String, String) {
    let out = Command::new(BIN)
        .arg("explain")
        .arg(path)
        .args(["--published", "2021-01-20"])
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn shows_tree_entities_events_with_their_rule_and_dropped_triggers() {
    let path = article(
        "arrest",
        "Police arrested the opposition leader Alexei Navalny in Moscow on Tuesday.\n\n\
         The French foreign minister did not meet the deadline.\n",
    );
    let (ok, out, err) = explain(&path);
    std::fs::remove_file(&path).ok();
    assert!(ok, "explain failed: {err}");
    let first = out
        .split("\n[1] ")
        .next()
        .expect("the first sentence's block");
    assert!(first.contains("[0] Police arrested"), "{out}");
    let arrested = first
        .lines()
        .find(|l| l.contains(" arrested ") && l.contains("<- 0 ROOT"))
        .unwrap_or_else(|| panic!("the verb is not the root of the tree:\n{out}"));
    assert!(arrested.contains("VERB"), "{arrested}");
    assert!(
        first
            .lines()
            .any(|l| l.starts_with("  entity ") && l.contains("Alexei Navalny")),
        "no entity line for Navalny:\n{out}"
    );
    let event = first
        .lines()
        .find(|l| l.starts_with("  event "))
        .unwrap_or_else(|| panic!("no event in the arrest sentence:\n{out}"));
    assert!(event.contains(" 173 "), "an arrest is CAMEO 173: {event}");
    assert!(
        event.contains("-> the opposition leader Alexei Navalny [RUSOPP]"),
        "{event}"
    );
    assert!(
        event.contains("2021-01-19"),
        "'on Tuesday' before 2021-01-20: {event}"
    );
    assert!(
        first
            .lines()
            .any(|l| l.contains("trigger 'arrested'") && l.contains("fired")),
        "{out}"
    );
    let second = out.split("\n[1] ").nth(1).expect("the second sentence");
    let dropped = second
        .lines()
        .position(|l| l.contains("trigger 'meet'") && l.ends_with("dropped"))
        .unwrap_or_else(|| panic!("the meeting with no actor recipient is not dropped:\n{out}"));
    let reason = second.lines().nth(dropped + 1).unwrap_or_default();
    assert!(
        reason.starts_with("      "),
        "a dropped trigger is followed by its reasons: {out}"
    );
}

#[test]
fn a_missing_file_is_named_with_the_fix_and_fails() {
    let path = std::env::temp_dir().join("newsgraph-explain-no-such-article.txt");
    let (ok, out, err) = explain(&path);
    assert!(!ok);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("newsgraph-explain-no-such-article.txt")
            && err.contains("check that it exists"),
        "{err}"
    );
}
