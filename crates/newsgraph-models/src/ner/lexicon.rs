//! What the recognizer knows about words beyond its weights: how each word is usually written
//! (capitalised or not, and how often it occurs) and a gazetteer of names seen as entities.
//!
//! Both are computed by the trainer from the corpora it is given and stored in the model file, so
//! that an all-caps headline ("RUSSIA WARNS NATO") can still tell the name "Russia" from the verb
//! "warns": the word's usual casing survives when the line's casing is lost.
//!
//! **Invariant:** both tables are keyed by the lowercased word (or lowercased words joined by a
//! space), and iterate in sorted order when written, so a model file is byte-for-byte reproducible.

use std::collections::{BTreeMap, HashMap, HashSet};

/// How a word is usually written, and how common it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordUse {
    /// `b'C'` nearly always capitalised, `b'L'` nearly always lowercase, `b'M'` mixed.
    pub casing: u8,
    /// ⌊log2(occurrences)⌋, capped at 15.
    pub frequency: u8,
}

/// Usual casing and frequency per lowercased word.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordStats {
    pub(crate) words: HashMap<String, WordUse>,
}

/// Counts gathered before the classes are fixed.
#[derive(Default)]
pub struct WordCounter {
    // (capitalised mid-sentence, lowercase mid-sentence, all occurrences)
    counts: HashMap<String, (u32, u32, u32)>,
}

impl WordCounter {
    /// Counts one sentence. Sentence-initial words and all-caps lines say nothing about a word's
    /// usual casing, so they count towards frequency only.
    pub fn add_sentence<S: AsRef<str>>(&mut self, tokens: &[S]) {
        let caps_line = is_caps_line(tokens);
        for (i, t) in tokens.iter().enumerate() {
            let t = t.as_ref();
            if !t.chars().any(char::is_alphabetic) {
                continue;
            }
            let e = self.counts.entry(t.to_lowercase()).or_default();
            e.2 += 1;
            if i == 0 || caps_line {
                continue;
            }
            if t.chars().next().is_some_and(char::is_uppercase) {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
    }

    /// Fixes the classes; words seen fewer than twice are left out (they are "unseen" at run time).
    pub fn finish(self) -> WordStats {
        let mut words = HashMap::new();
        for (w, (cap, low, all)) in self.counts {
            if all < 2 {
                continue;
            }
            let cased = cap + low;
            let casing = if cased == 0 {
                b'M'
            } else if cap * 10 >= cased * 9 {
                b'C'
            } else if low * 10 >= cased * 9 {
                b'L'
            } else {
                b'M'
            };
            let frequency = (31 - all.leading_zeros()).min(15) as u8;
            words.insert(w, WordUse { casing, frequency });
        }
        WordStats { words }
    }
}

impl WordStats {
    pub fn get(&self, lower: &str) -> Option<WordUse> {
        self.words.get(lower).copied()
    }
    /// Like [`WordStats::get`], but an unknown inflected word takes its stem's casing ("warns" is
    /// written like "warn"), with frequency 0.
    pub fn guess(&self, lower: &str) -> Option<WordUse> {
        if let Some(u) = self.get(lower) {
            return Some(u);
        }
        ["s", "es", "ed", "d", "ing", "ly"]
            .iter()
            .find_map(|suffix| {
                let stem = lower
                    .strip_suffix(suffix)
                    .filter(|s| s.chars().count() >= 3)?;
                self.get(stem).map(|u| WordUse {
                    casing: u.casing,
                    frequency: 0,
                })
            })
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
    pub(crate) fn sorted(&self) -> BTreeMap<&str, WordUse> {
        self.words.iter().map(|(k, v)| (k.as_str(), *v)).collect()
    }
}

/// True when every word with letters is written without lowercase letters: a headline or a
/// dateline in capitals, where casing carries no information about names.
pub fn is_caps_line<S: AsRef<str>>(tokens: &[S]) -> bool {
    let mut long_word = false;
    for t in tokens {
        let t = t.as_ref();
        if t.chars().any(char::is_lowercase) {
            return false;
        }
        if t.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            long_word = true;
        }
    }
    long_word
}

/// True when a line of at least four words capitalises nearly every one of them, as headlines in
/// Title Case do ("Russia Says It Will Retaliate").
pub fn is_title_line<S: AsRef<str>>(tokens: &[S]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .map(AsRef::as_ref)
        .filter(|t| t.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < 4 {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    capitalised * 10 >= words.len() * 8 && !is_caps_line(tokens)
}

/// The longest name the gazetteer keeps, in tokens.
pub const MAX_NAME_TOKENS: usize = 6;

/// Names seen as entities, with the set of types each was seen with (bit `k` for `TYPES[k]`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gazetteer {
    names: HashMap<String, u8>,
    /// Every name's leading words short of the whole name ("new" and "new york" for "new york
    /// city"): matching stops as soon as the words read so far begin no name.
    beginnings: HashSet<String>,
}

/// One gazetteer match in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMatch {
    pub start: usize,
    pub end: usize,
    pub types: u8,
}

impl Gazetteer {
    /// Adds a name (its tokens) with a type index.
    pub fn add<S: AsRef<str>>(&mut self, tokens: &[S], kind: usize) {
        if tokens.is_empty() || tokens.len() > MAX_NAME_TOKENS || kind >= 8 {
            return;
        }
        self.insert(join_lower(tokens), 1 << kind);
    }

    /// Adds a name (its lowercased words joined by a space) with a set of type bits.
    pub(crate) fn insert(&mut self, name: String, types: u8) {
        for (i, c) in name.char_indices() {
            if c == ' ' && !self.beginnings.contains(&name[..i]) {
                self.beginnings.insert(name[..i].to_string());
            }
        }
        *self.names.entry(name).or_default() |= types;
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Every span of the sentence that is a known name. A span must start with a word that is
    /// not all lowercase (or sit in an all-caps line), so "may" does not match the name "May".
    pub fn matches<S: AsRef<str>>(
        &self,
        lower: &[S],
        forms: &[&str],
        caps_line: bool,
    ) -> Vec<NameMatch> {
        let mut out = Vec::new();
        if self.names.is_empty() {
            return out;
        }
        let mut key = String::new();
        for (start, first) in forms.iter().enumerate().take(lower.len()) {
            let plausible = caps_line
                || first
                    .chars()
                    .any(|c| c.is_uppercase() || c.is_ascii_digit());
            if !plausible {
                continue;
            }
            key.clear();
            for end in start + 1..=(start + MAX_NAME_TOKENS).min(lower.len()) {
                if end > start + 1 {
                    key.push(' ');
                }
                key.push_str(lower[end - 1].as_ref());
                if let Some(&types) = self.names.get(&key) {
                    out.push(NameMatch { start, end, types });
                }
                if !self.beginnings.contains(&key) {
                    break;
                }
            }
        }
        out
    }

    pub(crate) fn sorted(&self) -> BTreeMap<&str, u8> {
        self.names.iter().map(|(k, v)| (k.as_str(), *v)).collect()
    }
}

fn join_lower<S: AsRef<str>>(tokens: &[S]) -> String {
    let parts: Vec<String> = tokens.iter().map(|t| t.as_ref().to_lowercase()).collect();
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_casing_ignores_sentence_starts_and_caps_lines() {
        let mut c = WordCounter::default();
        c.add_sentence(&["Officials", "in", "Moscow", "said", "so"]);
        c.add_sentence(&["They", "met", "in", "Moscow", "and", "said", "no"]);
        c.add_sentence(&["MOSCOW", "SAID", "NO"]);
        c.add_sentence(&["Said", "Moscow"]);
        let s = c.finish();
        assert_eq!(s.get("moscow").map(|u| u.casing), Some(b'C'));
        assert_eq!(s.get("said").map(|u| u.casing), Some(b'L'));
        // Seen once only: unknown, but an inflection of a known word takes its casing.
        assert_eq!(s.get("officials"), None);
        assert_eq!(s.guess("moscows").map(|u| u.casing), Some(b'C'));
        assert_eq!(s.guess("officials"), None);
    }

    #[test]
    fn caps_and_title_lines() {
        assert!(is_caps_line(&["MOSCOW", "1996-08-22"]));
        assert!(is_caps_line(&["RUSSIA", "WARNS", "NATO", "."]));
        assert!(!is_caps_line(&["Russia", "warns", "NATO", "."]));
        assert!(!is_caps_line(&["1996-08-22"]));
        assert!(is_title_line(&[
            "Russia",
            "Says",
            "It",
            "Will",
            "Retaliate"
        ]));
        assert!(!is_title_line(&[
            "Russia",
            "said",
            "it",
            "would",
            "retaliate"
        ]));
    }

    #[test]
    fn gazetteer_matches_capitalised_names_only() {
        let mut g = Gazetteer::default();
        g.add(&["New", "York"], 2);
        g.add(&["May"], 0);
        g.add(&["New", "York", "Stock", "Exchange"], 1);
        let forms = ["Flights", "to", "New", "York", "may", "stop"];
        let lower: Vec<String> = forms.iter().map(|f| f.to_lowercase()).collect();
        let m = g.matches(&lower, &forms, false);
        assert_eq!(
            m,
            [NameMatch {
                start: 2,
                end: 4,
                types: 0b100
            }]
        );
        // A longer name that begins with a shorter one: both found.
        let forms = ["New", "York", "Stock", "Exchange", "shares"];
        let ends: Vec<usize> = g
            .matches(&forms.map(str::to_lowercase), &forms, false)
            .iter()
            .map(|m| m.end)
            .collect();
        assert_eq!(ends, [2, 4]);
    }
}
