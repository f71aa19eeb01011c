//! Reader for PETRARCH verb dictionaries (`*.verbs.txt`): synsets (`&NAME` with `+MEMBER` lines),
//! verb blocks (`--- VERB [CODE] ---`, the verb's forms `VERB {FORM FORM}`, synonym verbs
//! `+VERB_PARTICLE`) and their patterns (`- WORDS * WORDS [CODE] # comment`, where `*` is the verb,
//! `+` the target and `$` the source).
//!
//! **Invariant:** reading never fails: a malformed entry is skipped and reported with its file and
//! line ([`LineProblem`]), and every pattern kept has a code string as written (PETRARCH codes
//! include non-CAMEO ones such as `---` for "no event" and `075A`).

use crate::tsv::LineProblem;
use std::collections::BTreeMap;

/// One pattern under a verb: the words around the verb, and the code it gives.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbPattern {
    /// Words before the verb (`*`), upper case, `_` joins kept as written.
    pub before: Vec<String>,
    /// Words after the verb.
    pub after: Vec<String>,
    /// For each word before the verb: joined by `_` to the next one (or to the verb), so that the
    /// two must be consecutive in the text.
    pub before_joined: Vec<bool>,
    /// For each word after the verb: joined by `_` to the one before it (or to the verb).
    pub after_joined: Vec<bool>,
    pub code: String,
    pub line: usize,
}

/// A verb block: the verb, its forms and synonyms, its default code and its patterns.
#[derive(Debug, Clone, PartialEq)]
pub struct PetrarchVerb {
    /// Lower case; multiword verbs keep their words separated by spaces (`break down`).
    pub lemma: String,
    /// Irregular or listed forms, lower case (`broke`, `broken`).
    pub forms: Vec<String>,
    /// Synonym verbs of the block, lower case (`break down`), each with its own code if given.
    pub synonyms: Vec<(String, Option<String>)>,
    /// The block's code; `None` for `[---]` (the verb alone codes nothing).
    pub code: Option<String>,
    pub patterns: Vec<VerbPattern>,
    pub line: usize,
}

/// A whole verb dictionary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PetrarchVerbs {
    pub synsets: BTreeMap<String, Vec<String>>,
    pub verbs: Vec<PetrarchVerb>,
}

/// Reads a PETRARCH verb dictionary; `file` names it in problems.
pub fn parse(file: &str, text: &str) -> (PetrarchVerbs, Vec<LineProblem>) {
    let mut dict = PetrarchVerbs::default();
    let mut problems = Vec::new();
    let mut synset: Option<String> = None;
    // Whether the current block's own verb line (its first word line) has been read: every later
    // word line is another verb of the block ("DELAY", then "DOWNPLAY [014]", then "POSTPONE").
    let mut lemma_line_read = false;
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let problem = |message: String| LineProblem {
            file: file.to_string(),
            line: line_no,
            message,
        };
        let mut line = raw.trim();
        if in_comment || line.starts_with("<!--") {
            in_comment = !line.contains("-->");
            continue;
        }
        if let Some(k) = line.find('#') {
            line = line[..k].trim();
        }
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("---") {
            synset = None;
            lemma_line_read = false;
            // Some dictionaries leave off the closing dashes; the header is still clear.
            let rest = rest.trim();
            let inner = rest.strip_suffix("---").unwrap_or(rest);
            match split_code(inner) {
                Some((words, code)) if !words.is_empty() => dict.verbs.push(PetrarchVerb {
                    // A header may give two codes (`--- DELAY [120] [031:031] ---`): the last is
                    // the block's, and the first is no part of the verb.
                    lemma: phrase(words.split('[').next().unwrap_or(words)),
                    forms: Vec::new(),
                    synonyms: Vec::new(),
                    code: (code != "---").then(|| code.to_string()),
                    patterns: Vec::new(),
                    line: line_no,
                }),
                _ => problems.push(problem(format!(
                    "verb header '{line}' has no verb or no [CODE]; write --- VERB [CODE] ---"
                ))),
            }
            continue;
        }
        if let Some(name) = line.strip_prefix('&') {
            let name = name
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
            dict.synsets.entry(name.clone()).or_default();
            synset = Some(name);
            continue;
        }
        if let (Some(name), Some(member)) = (&synset, line.strip_prefix('+')) {
            if let Some(s) = dict.synsets.get_mut(name) {
                s.push(phrase(member));
            }
            continue;
        }
        let Some(verb) = dict.verbs.last_mut() else {
            problems.push(problem(format!(
                "'{line}' comes before any verb header; start a block with --- VERB [CODE] ---"
            )));
            continue;
        };
        if let Some(pattern) = line.strip_prefix('-') {
            match split_code(pattern) {
                Some((words, code)) if words.contains('*') => {
                    let (before, after) = words.split_once('*').unwrap_or((words, ""));
                    verb.patterns.push(VerbPattern {
                        before: pattern_words(before),
                        after: pattern_words(after),
                        before_joined: joins(before, true),
                        after_joined: joins(after, false),
                        code: code.to_string(),
                        line: line_no,
                    });
                }
                Some(_) => problems.push(problem(format!(
                    "pattern '{line}' has no * for the verb; write - WORDS * WORDS [CODE]"
                ))),
                None => problems.push(problem(format!(
                    "pattern '{line}' has no [CODE]; write - WORDS * WORDS [CODE]"
                ))),
            }
            continue;
        }
        let (words, forms) = match line.split_once('{') {
            Some((w, f)) => match f.split_once('}') {
                Some((f, _)) => (w, f),
                None => {
                    problems.push(problem(format!(
                        "forms in '{line}' have no closing brace; write VERB {{FORM FORM}}"
                    )));
                    continue;
                }
            },
            None => (line, ""),
        };
        let (words, code) = match split_code(words) {
            Some((w, c)) => (w, Some(c.to_string())),
            None => (words, None),
        };
        let forms: Vec<String> = forms.split_whitespace().map(phrase).collect();
        if let Some(syn) = words.trim().strip_prefix('+') {
            lemma_line_read = true;
            verb.synonyms.push((phrase(syn), code));
            verb.forms.extend(forms);
        } else if !lemma_line_read || phrase(words) == verb.lemma {
            lemma_line_read = true;
            verb.forms.extend(forms);
        } else {
            // A compound verb of its own inside the block ("KLM_NOP_+RST [002]").
            verb.synonyms.push((phrase(words), code));
            verb.forms.extend(forms);
        }
    }
    (dict, problems)
}

/// Splits `WORDS [CODE]` into the words and the code.
fn split_code(s: &str) -> Option<(&str, &str)> {
    let open = s.rfind('[')?;
    let close = s[open..].find(']')? + open;
    Some((s[..open].trim(), s[open + 1..close].trim()))
}

/// `BREAK_DOWN` or `+BREAK_DOWN` to `break down`.
fn phrase(s: &str) -> String {
    s.trim()
        .replace(['_', '+'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// For each word of `s` (as [`pattern_words`] splits it), whether `_` joins it to the next word
/// (`to_next`, the verb following the last) or to the previous one (the verb preceding the first).
fn joins(s: &str, to_next: bool) -> Vec<bool> {
    let mut out = Vec::new();
    // Whether a `_` came since the last word (or since the verb, reading forwards).
    let mut pending = false;
    let mut word_open = false;
    let chars: Vec<char> = s.chars().collect();
    let mut after_word_joined: Vec<bool> = Vec::new();
    for c in chars {
        if c == '_' {
            word_open = false;
            pending = true;
            if let Some(last) = after_word_joined.last_mut() {
                *last = true;
            }
        } else if c.is_whitespace() {
            word_open = false;
            pending = false;
        } else if !word_open {
            word_open = true;
            out.push(pending);
            after_word_joined.push(false);
            pending = false;
        }
    }
    if to_next { after_word_joined } else { out }
}

fn pattern_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "<!-- header -->\n\
&TIETYPES\n+MILITARY\n+ECONOMIC\n\
--- BREAK [1717] ---\n\
BREAK { BROKE BROKEN  }\n\
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }\n\
- + * IN $  [075]  # comment\n\
- * OFF_  [195]\n\
--- BURN [---] ---\n\
BURN\n\
- * &TIETYPES TIES [902]\n";

    #[test]
    fn blocks_synsets_and_patterns() {
        let (d, problems) = parse("v.txt", SAMPLE);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(d.synsets["TIETYPES"], ["military", "economic"]);
        let brk = &d.verbs[0];
        assert_eq!(brk.lemma, "break");
        assert_eq!(brk.code.as_deref(), Some("1717"));
        assert!(brk.forms.contains(&"broke".to_string()));
        assert_eq!(brk.synonyms[0].0, "break down");
        assert_eq!(brk.patterns[0].before, ["+"]);
        assert_eq!(brk.patterns[0].after, ["IN", "$"]);
        assert_eq!(brk.patterns[0].code, "075");
        assert_eq!(d.verbs[1].code, None);
        let (two, _) = parse(
            "v.txt",
            "--- DELAY [120]  [031:031]  ---\nDELAY\nDOWNPLAY [014]\nPOSTPONE\n",
        );
        // Each word line after the block's own verb is another verb of the block, none lost
        // because the block's verb lists no forms of its own.
        assert_eq!(
            two.verbs[0].synonyms,
            [
                ("downplay".to_string(), Some("014".to_string())),
                ("postpone".to_string(), None)
            ]
        );
        assert!(two.verbs[0].forms.is_empty());
        assert_eq!(two.verbs[0].lemma, "delay");
        assert_eq!(two.verbs[0].code.as_deref(), Some("031:031"));
        assert_eq!(d.verbs[1].patterns[0].after, ["&TIETYPES", "TIES"]);
    }

    #[test]
    fn underscores_join_words_to_their_neighbours() {
        let (d, _) = parse(
            "v.txt",
            "--- ACKNOWLEDGE [023] ---\nACKNOWLEDGE\n- SO IN_AND_*_OUT_AGAIN NOW [074]\n- IN * OUT [075]\n",
        );
        let p = &d.verbs[0].patterns[0];
        assert_eq!(p.before, ["SO", "IN", "AND"]);
        assert_eq!(p.before_joined, [false, true, true]);
        assert_eq!(p.after, ["OUT", "AGAIN", "NOW"]);
        assert_eq!(p.after_joined, [true, true, false]);
        let loose = &d.verbs[0].patterns[1];
        assert_eq!(loose.before_joined, [false]);
        assert_eq!(loose.after_joined, [false]);
    }

    #[test]
    fn malformed_entries_are_reported_with_their_line() {
        let (d, problems) = parse(
            "v.txt",
            "--- MEET [040] ---\nMEET\n- * WITH +\n- WITH + [040]\n",
        );
        assert_eq!(d.verbs[0].patterns.len(), 0);
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message.contains("[CODE]"));
        assert!(problems[1].message.contains("no *"));
        let (_, p) = parse("v.txt", "- * X [040]\n");
        assert!(p[0].to_string().starts_with("v.txt:1:"));
    }

    #[test]
    fn the_validation_suite_dictionary_reads() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/petrarch2/PETR.Validate.verbs.txt"
        );
        let Ok(bytes) = std::fs::read(path) else {
            println!("skipped: {path} is absent");
            return;
        };
        let (d, problems) = parse("PETR.Validate.verbs.txt", &String::from_utf8_lossy(&bytes));
        assert!(d.verbs.len() > 250, "{}", d.verbs.len());
        let patterns: usize = d.verbs.iter().map(|v| v.patterns.len()).sum();
        assert!(patterns > 400, "{patterns}");
        println!(
            "{} verbs, {patterns} patterns, {} problems",
            d.verbs.len(),
            problems.len()
        );
        for p in &problems {
            println!("{p}");
        }
    }
}
