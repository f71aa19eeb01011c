//! PETRARCH verb dictionaries as lexicon entries, so a user's `--dictionary *.verbs.txt` codes
//! beside the built-in lexicon.
//!
//! **Invariant:** a PETRARCH pattern becomes an entry only when its meaning fits our frames (words
//! after the verb, an optional target after a preposition or as the object) and its code is a
//! CAMEO code; every other pattern is counted in the returned report with the reason, never
//! coded half-right.

use super::lexicon::{LexEntry, Lexicon};
use newsgraph_kb::petrarch_verbs::{PetrarchVerbs, VerbPattern};

/// What the conversion kept and left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Conversion {
    pub entries: usize,
    /// `line: reason` for each pattern left out.
    pub skipped: Vec<String>,
}

/// Converts a PETRARCH verb dictionary to lexicon entries named `source_name`.
pub fn to_lexicon(dict: &PetrarchVerbs, source_name: &str) -> (Lexicon, Conversion) {
    let mut lex = Lexicon::default();
    let mut report = Conversion::default();
    for verb in &dict.verbs {
        let lemmas: Vec<(String, Option<String>)> =
            std::iter::once((verb.lemma.clone(), verb.code.clone()))
                .chain(verb.synonyms.iter().cloned())
                .collect();
        for (lemma, own_code) in &lemmas {
            let code = own_code.clone().or_else(|| verb.code.clone());
            if let Some(code) = &code {
                let line = format!("{code} A {} R?", verb_words(lemma));
                add(&mut lex, &mut report, source_name, verb.line, &line);
            }
            for p in &verb.patterns {
                for line in pattern_lines(dict, lemma, p, &mut report) {
                    add(&mut lex, &mut report, source_name, p.line, &line);
                }
            }
        }
    }
    (lex, report)
}

fn add(lex: &mut Lexicon, report: &mut Conversion, source_name: &str, line: usize, text: &str) {
    match Lexicon::parse(source_name, text) {
        Ok(one) => {
            for e in one.entries() {
                lex.add(LexEntry { line, ..e.clone() });
                report.entries += 1;
            }
        }
        Err(e) => report.skipped.push(format!("{line}: {}", e.problem)),
    }
}

/// A multiword verb's words as our pattern writes them ("break down": verb plus particle).
fn verb_words(lemma: &str) -> String {
    lemma.to_string()
}

/// Our pattern lines for one PETRARCH pattern, one per synset member combination (capped).
fn pattern_lines(
    dict: &PetrarchVerbs,
    lemma: &str,
    p: &VerbPattern,
    report: &mut Conversion,
) -> Vec<String> {
    if p.code == "---" || newsgraph_kb::CameoCode::new(&p.code).is_err() {
        report
            .skipped
            .push(format!("{}: code [{}] is not a CAMEO code", p.line, p.code));
        return Vec::new();
    }
    if p.before.iter().any(|w| w != "$") {
        report.skipped.push(format!(
            "{}: words before the verb are not supported",
            p.line
        ));
        return Vec::new();
    }
    // Expand synsets into alternatives, keeping at most 16 combinations.
    let mut variants: Vec<Vec<String>> = vec![Vec::new()];
    for w in &p.after {
        let options: Vec<String> = match w.strip_prefix('&') {
            Some(name) => dict.synsets.get(name).cloned().unwrap_or_default(),
            None => vec![w.to_lowercase()],
        };
        if options.is_empty() {
            report
                .skipped
                .push(format!("{}: unknown synset {w}", p.line));
            return Vec::new();
        }
        variants = variants
            .into_iter()
            .flat_map(|v| {
                options
                    .iter()
                    .map(move |o| [v.clone(), vec![o.clone()]].concat())
            })
            .take(16)
            .collect();
    }
    variants
        .into_iter()
        .filter_map(|words| {
            let mut out = Vec::new();
            let mut has_target = false;
            for w in words
                .iter()
                .flat_map(|w| w.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            {
                match w.as_str() {
                    "$" => {}
                    "+" => {
                        if has_target {
                            return None;
                        }
                        out.push("R".to_string());
                        has_target = true;
                    }
                    w if w.starts_with('+') => {
                        // "+WORD": the target is this word's phrase.
                        if has_target {
                            return None;
                        }
                        out.push("R".to_string());
                        has_target = true;
                    }
                    w if w.chars().all(|c| c.is_ascii_alphabetic() || c == '-') => {
                        out.push(w.to_string())
                    }
                    _ => return None,
                }
            }
            // A trailing preposition without a target stays a required phrase.
            Some(format!("{} A {} {}", p.code, lemma, out.join(" ")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::lexicon::{Slot, TriggerKind};

    #[test]
    fn petrarch_patterns_become_frames() {
        let (dict, problems) = newsgraph_kb::petrarch_verbs::parse(
            "v.txt",
            "&TIETYPES\n+MILITARY\n+ECONOMIC\n--- CALLED [010] ---\nCALLED\n- * FOR_CEASEFIRE [014]\n- * ON + [095]\n- + * IN $ [075]\n--- RESTORE [064] ---\nRESTORE\n- * &TIETYPES TIES WITH + [064]\n",
        );
        assert!(problems.is_empty());
        let (lex, report) = to_lexicon(&dict, "v.txt");
        assert_eq!(report.skipped.len(), 1, "{report:?}");
        let on: Vec<_> = lex
            .lookup(TriggerKind::Verb, "called")
            .filter(|e| e.code.as_str() == "095")
            .collect();
        assert_eq!(on[0].recipient, Some(Slot::Prep("on".into())));
        let ties: Vec<_> = lex
            .lookup(TriggerKind::Verb, "restored")
            .filter(|e| e.object.is_some())
            .collect();
        assert_eq!(ties.len(), 2, "one per synset member");
        assert_eq!(ties[0].object_modifiers, ["military"]);
        assert_eq!(ties[0].recipient, Some(Slot::Prep("with".into())));
        assert_eq!(ties[0].source_name, "v.txt");
    }
}
