//! Themes: what an article is about, as codes from the taxonomy in docs/themes.md, each with the
//! evidence that assigned it.
//!
//! **Invariant:** a theme is assigned only with evidence: one strong keyword, two weak keyword
//! hits, or an event whose CAMEO code maps to it. Keywords (data/themes/themes.tsv) match whole
//! words of the normalised, lower-cased text, a keyword word also matching its regular inflections
//! ("arrest" matches "arrests", "arrested"); at each position only the longest keyword counts.

use crate::Parsed;
use crate::record::{Event, Evidence, Theme};
use newsgraph_text::{TokenKind, normalize};
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

const THEMES_TSV: &str = include_str!("../../../data/themes/themes.tsv");

/// CAMEO code prefixes and the theme an event with that code gives; the longest prefix wins.
/// Roots without a clear subject (01 statements, 02 appeals, 10–13 demands, disapproval,
/// rejection, threats) give none.
const CAMEO_THEMES: &[(&str, &str)] = &[
    ("03", "DIPLOMACY"),
    ("04", "DIPLOMACY"),
    ("05", "DIPLOMACY"),
    ("07", "AID"),
    ("14", "PROTEST"),
    ("15", "MILITARY"),
    ("16", "DIPLOMACY"),
    ("163", "SANCTIONS"),
    ("17", "ARREST_TRIAL"),
    ("175", "HUMAN_RIGHTS"),
    ("18", "ARMED_CONFLICT"),
    ("181", "CRIME"),
    ("183", "TERRORISM"),
    ("19", "ARMED_CONFLICT"),
    ("20", "ARMED_CONFLICT"),
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Debug)]
struct Keyword {
    words: Vec<String>,
    theme: String,
    strong: bool,
}

/// Keywords by their first word.
static KEYWORDS: LazyLock<HashMap<String, Vec<Keyword>>> = LazyLock::new(|| {
    let mut index: HashMap<String, Vec<Keyword>> = HashMap::new();
    for line in THEMES_TSV.lines() {
        if let Some(k) = parse_line(line) {
            index.entry(k.words[0].clone()).or_default().push(k);
        }
    }
    index
});

fn split_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// One line of themes.tsv: `term<TAB>THEME<TAB>strong|weak`; comments and blank lines give none.
fn parse_line(line: &str) -> Option<Keyword> {
    if line.trim().is_empty() || line.starts_with('#') {
        return None;
    }
    let mut fields = line.split('\t');
    let (term, theme, strength) = (fields.next()?, fields.next()?, fields.next()?);
    let words = split_words(term);
    let strong = match strength.trim() {
        "strong" => true,
        "weak" => false,
        _ => return None,
    };
    (!words.is_empty() && !theme.is_empty()).then(|| Keyword {
        words,
        theme: theme.to_string(),
        strong,
    })
}

/// The forms a text word may be an inflection of: itself, and itself without a regular suffix
/// ("arrests", "arrested", "arresting" → "arrest"; "spies" → "spy"; "evacuating" → "evacuate").
fn bases(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    for suffix in ["s", "es", "ed", "d", "ing"] {
        if let Some(stem) = word.strip_suffix(suffix).filter(|s| s.len() >= 2) {
            out.push(stem.to_string());
            if suffix == "ing" {
                out.push(format!("{stem}e"));
            }
        }
    }
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 2) {
        out.push(format!("{stem}y"));
    }
    out
}

/// Whether the text word `word` is `keyword` or one of its regular inflections.
fn inflects(word: &str, keyword: &str) -> bool {
    bases(word).iter().any(|b| b == keyword)
}

struct Hit {
    theme: String,
    strong: bool,
    evidence: Evidence,
}

/// Keyword hits in one sentence.
fn sentence_hits(p: &Parsed, s: usize, out: &mut Vec<Hit>) {
    let text = p.doc.text();
    let Some(sentence) = p.doc.sentences.get(s) else {
        return;
    };
    // Words with their byte ranges; hyphenated tokens give one word per part.
    let mut words: Vec<(String, usize, usize)> = Vec::new();
    for t in &p.doc.tokens[sentence.tokens.clone()] {
        if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
            continue;
        }
        let raw = t.text(text);
        let mut offset = t.start;
        for part in raw.split('-') {
            // A capitalised month name is a date, not the verb or noun it spells ("March").
            if MONTHS.contains(&part) {
                words.push((String::new(), offset, offset + part.len()));
            } else if !part.is_empty() {
                words.push((normalize(part).to_lowercase(), offset, offset + part.len()));
            }
            offset += part.len() + 1;
        }
    }
    let mut i = 0;
    while i < words.len() {
        let best = bases(&words[i].0)
            .iter()
            .filter_map(|b| KEYWORDS.get(b))
            .flat_map(|ks| ks.iter())
            .filter(|k| {
                k.words.len() <= words.len() - i
                    && k.words
                        .iter()
                        .zip(&words[i..])
                        .all(|(kw, (w, _, _))| inflects(w, kw))
            })
            .max_by_key(|k| (k.words.len(), k.strong));
        match best {
            Some(k) => {
                let (start, end) = (words[i].1, words[i + k.words.len() - 1].2);
                out.push(Hit {
                    theme: k.theme.clone(),
                    strong: k.strong,
                    evidence: Evidence {
                        sentence: s,
                        start,
                        end,
                        text: text[start..end].to_string(),
                    },
                });
                i += k.words.len();
            }
            None => i += 1,
        }
    }
}

fn cameo_theme(code: &str) -> Option<&'static str> {
    CAMEO_THEMES
        .iter()
        .filter(|(prefix, _)| code.starts_with(prefix))
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, theme)| *theme)
}

/// The article's themes, most evidenced first.
pub fn find(p: &Parsed, events: &[Event]) -> Vec<Theme> {
    let mut hits = Vec::new();
    for s in 0..p.doc.sentences.len() {
        sentence_hits(p, s, &mut hits);
    }
    for e in events {
        if let Some(theme) = cameo_theme(e.cameo.as_str()) {
            hits.push(Hit {
                theme: theme.to_string(),
                strong: true,
                evidence: e.evidence.clone(),
            });
        }
    }
    let mut by_theme: BTreeMap<String, (bool, Vec<Evidence>)> = BTreeMap::new();
    for h in hits {
        let entry = by_theme.entry(h.theme).or_default();
        entry.0 |= h.strong;
        entry.1.push(h.evidence);
    }
    let mut themes: Vec<Theme> = by_theme
        .into_iter()
        .filter(|(_, (strong, evidence))| *strong || evidence.len() >= 2)
        .map(|(code, (_, mut evidence))| {
            evidence.sort_by_key(|e| (e.start, e.end));
            evidence.dedup_by_key(|e| (e.start, e.end));
            Theme { code, evidence }
        })
        .collect();
    themes.sort_by(|a, b| {
        b.evidence
            .len()
            .cmp(&a.evidence.len())
            .then(a.code.cmp(&b.code))
    });
    themes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_keyword_line_parses() {
        let bad: Vec<&str> = THEMES_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter(|l| parse_line(l).is_none())
            .collect();
        assert!(
            bad.is_empty(),
            "malformed lines in data/themes/themes.tsv: {bad:?}"
        );
    }

    #[test]
    fn inflections() {
        assert!(inflects("arrests", "arrest"));
        assert!(inflects("arrested", "arrest"));
        assert!(inflects("spies", "spy"));
        assert!(inflects("evacuating", "evacuate"));
        assert!(!inflects("arrestor", "arrest"));
        assert!(!inflects("wars", "warship"));
    }

    #[test]
    fn longest_cameo_prefix_wins() {
        assert_eq!(cameo_theme("173"), Some("ARREST_TRIAL"));
        assert_eq!(cameo_theme("1753"), Some("HUMAN_RIGHTS"));
        assert_eq!(cameo_theme("163"), Some("SANCTIONS"));
        assert_eq!(cameo_theme("010"), None);
    }
}
