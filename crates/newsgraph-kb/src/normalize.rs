//! Match keys: the normalised form of a token sequence that knowledge-base names and article text
//! are both reduced to before matching, so that "U.S." = "US", "Côte d’Ivoire" = "cote d'ivoire"
//! and "al-Qaeda" = "al Qaeda".
//!
//! **Invariant:** names and text go through the same function ([`Key::build`]) over the same
//! tokenizer, so a name always matches its own text. Every key position that starts or ends a
//! token remembers which token, and matches are accepted only on those boundaries.

use newsgraph_text::{Token, normalize, tokenize};
use unicode_normalization::UnicodeNormalization;

/// Words that stay lowercase inside proper names, so their case is never required.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "the", "of", "and", "for", "de", "del", "la", "le", "les", "al", "el", "d", "da", "di", "du",
    "van", "von", "der", "den", "bin", "ibn", "y", "in", "on", "at", "to", "a",
];

/// The case a surface form must show to match a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseRule {
    /// Written in lower case in the knowledge base ("foreign minister"): any case matches.
    Any,
    /// A short all-capitals name ("US", "U.S.", "UN", "NATO"): every letter must be upper case, so
    /// the pronoun "us" is not the United States.
    Acronym,
    /// A proper name: the words whose bit is set must start with a capital ("the Kremlin").
    Capitals(u64),
}

impl CaseRule {
    /// The rule a name imposes, read from how the name itself is written.
    pub fn of_name(name: &str) -> CaseRule {
        CaseRule::of_key(&Key::of_text(name))
    }

    /// The rule of a name already reduced to its key (the key keeps the name's case).
    pub fn of_key(key: &Key) -> CaseRule {
        let letters = key
            .upper
            .iter()
            .zip(key.text.bytes())
            .filter(|(_, b)| b.is_ascii_alphabetic());
        let (n, upper) = letters.fold((0, 0), |(n, u), (up, _)| (n + 1, u + usize::from(*up)));
        if upper == 0 {
            return CaseRule::Any;
        }
        if upper == n && n <= 6 && !key.text.contains(' ') {
            return CaseRule::Acronym;
        }
        if upper == n {
            // An all-capitals phrase (PETRARCH writes every name so): require capitals on the
            // content words only, since the original case is unknown.
            let mut mask = 0u64;
            for (i, w) in key.text.split(' ').enumerate().take(64) {
                if !NAME_PARTICLES.contains(&w) {
                    mask |= 1 << i;
                }
            }
            return CaseRule::Capitals(mask);
        }
        // A particle after the first word ("Tamim bin Hamad *Al* Thani", "Sabah *Al*-Ahmad")
        // is written either way in news copy ("al-Thani"), so its case is not required; a first
        // word keeps it ("Van", the city, is not "a van").
        let mut mask = 0u64;
        let words = key.text.split(' ');
        for (i, (start, word)) in key.word_starts().zip(words).enumerate().take(64) {
            if key.upper[start] && (i == 0 || !NAME_PARTICLES.contains(&word)) {
                mask |= 1 << i;
            }
        }
        CaseRule::Capitals(mask)
    }

    /// Whether `key[start..end]` (a match in article text) shows the case this rule needs.
    pub fn allows(self, key: &Key, start: usize, end: usize) -> bool {
        match self {
            CaseRule::Any => true,
            CaseRule::Acronym => (start..end)
                .filter(|&i| key.text.as_bytes()[i].is_ascii_alphabetic())
                .all(|i| key.upper[i]),
            CaseRule::Capitals(mask) => {
                let bytes = key.text.as_bytes();
                let mut word = 0;
                for i in start..end {
                    if i == start || bytes[i - 1] == b' ' {
                        if word < 64 && mask & (1 << word) != 0 && !key.upper[i] {
                            return false;
                        }
                        word += 1;
                    }
                }
                true
            }
        }
    }
}

/// The normalised text of a token sequence, with the token boundaries it came from.
#[derive(Debug, Clone, Default)]
pub struct Key {
    /// Lower case, ASCII-folded where a letter has a plain form, one space between words.
    pub text: String,
    /// Per byte of `text`: whether the source letter was upper case.
    pub upper: Vec<bool>,
    /// Per byte position (len + 1 slots): the token that starts there, if any.
    starts: Vec<Option<u32>>,
    /// Per byte position (len + 1 slots): the token that ends there, if any.
    ends: Vec<Option<u32>>,
}

/// How a token takes part in a key.
enum Part {
    /// Letters and digits: a word.
    Word,
    /// `.`: dropped, so "U.S." and "U . S ." both give "us".
    Dropped,
    /// `'` and `&`: kept and glued to their neighbours ("d'ivoire", "at&t").
    Glue,
    /// `-` and `/`: a word break inside a name ("al-Qaeda" = "al qaeda").
    Space,
    /// Any other punctuation: no name spans it.
    Break,
}

/// The character that stands for a [`Part::Break`]; never part of a name's key.
pub const BREAK: char = '|';

impl Key {
    /// The key of a name or phrase, tokenized with the text layer's tokenizer.
    pub fn of_text(text: &str) -> Key {
        Key::build(text, &tokenize(text))
    }

    /// The key of `tokens` (byte ranges into `text`), e.g. one sentence of a document.
    pub fn build(text: &str, tokens: &[Token]) -> Key {
        let mut key = Key::default();
        let mut prev_end: Option<usize> = None;
        let mut pending_space = false;
        for (i, tok) in tokens.iter().enumerate() {
            let Some(surface) = text.get(tok.start..tok.end) else {
                continue;
            };
            let surface = normalize(surface);
            let part = classify(&surface);
            let gap = prev_end.is_some_and(|e| tok.start > e);
            prev_end = Some(tok.end);
            match part {
                Part::Dropped => {
                    if gap {
                        pending_space = true;
                    }
                    continue;
                }
                Part::Space => {
                    pending_space = true;
                    continue;
                }
                Part::Break => {
                    key.push_char(BREAK, false);
                    pending_space = false;
                    continue;
                }
                Part::Word | Part::Glue => {}
            }
            if (gap || pending_space) && !key.text.is_empty() && !key.text.ends_with(' ') {
                key.push_char(' ', false);
            }
            pending_space = false;
            let start = key.text.len();
            fold_into(&surface, &mut key);
            let end = key.text.len();
            if end > start {
                key.mark(start, end, i as u32);
            }
        }
        let n = key.text.len() + 1;
        key.starts.resize(n, None);
        key.ends.resize(n, None);
        key
    }

    fn push_char(&mut self, c: char, upper: bool) {
        self.text.push(c);
        self.upper.resize(self.text.len(), upper);
    }

    fn mark(&mut self, start: usize, end: usize, token: u32) {
        if self.starts.len() <= end {
            self.starts.resize(end + 1, None);
            self.ends.resize(end + 1, None);
        }
        self.starts[start].get_or_insert(token);
        self.ends[end] = Some(token);
    }

    /// The token that starts at key byte `pos`, if one does.
    pub fn token_starting(&self, pos: usize) -> Option<usize> {
        self.starts.get(pos).copied().flatten().map(|t| t as usize)
    }

    /// The token that ends at key byte `pos`, if one does.
    pub fn token_ending(&self, pos: usize) -> Option<usize> {
        self.ends.get(pos).copied().flatten().map(|t| t as usize)
    }

    /// Key byte positions where a token starts, in order.
    pub fn start_positions(&self) -> Vec<usize> {
        (0..self.starts.len())
            .filter(|&i| self.starts[i].is_some())
            .collect()
    }

    /// Key byte positions where a token ends, in order.
    pub fn end_positions(&self) -> Vec<usize> {
        (0..self.ends.len())
            .filter(|&i| self.ends[i].is_some())
            .collect()
    }

    /// Byte positions where words start.
    fn word_starts(&self) -> impl Iterator<Item = usize> + '_ {
        let b = self.text.as_bytes();
        (0..b.len()).filter(move |&i| b[i] != b' ' && (i == 0 || b[i - 1] == b' '))
    }

    /// Whether this key can be a name: non-empty and free of breaks.
    pub fn is_name(&self) -> bool {
        !self.text.trim().is_empty() && !self.text.contains(BREAK)
    }
}

fn classify(surface: &str) -> Part {
    if surface.chars().any(char::is_alphanumeric) {
        return Part::Word;
    }
    match surface {
        "." | "..." => Part::Dropped,
        "'" | "&" | "`" => Part::Glue,
        "-" | "/" | "_" => Part::Space,
        _ => Part::Break,
    }
}

/// Appends the folded form of one token: lower case, diacritics stripped, dots dropped, inner
/// hyphens made spaces.
fn fold_into(surface: &str, key: &mut Key) {
    for c in surface.chars() {
        let upper = c.is_uppercase();
        match c {
            '.' => {}
            '-' | '_' | '/' | ' ' => {
                if !key.text.is_empty() && !key.text.ends_with(' ') {
                    key.push_char(' ', false);
                }
            }
            c if c.is_ascii() => key.push_char(c.to_ascii_lowercase(), upper),
            c => {
                for f in fold_char(c) {
                    key.push_char(f, upper);
                }
            }
        }
    }
}

/// A non-ASCII character folded: its base letter where it has one, else itself in lower case.
fn fold_char(c: char) -> Vec<char> {
    let special: Option<&str> = match c {
        'ß' => Some("ss"),
        'æ' | 'Æ' => Some("ae"),
        'œ' | 'Œ' => Some("oe"),
        'ø' | 'Ø' => Some("o"),
        'ł' | 'Ł' => Some("l"),
        'đ' | 'Đ' | 'ð' | 'Ð' => Some("d"),
        'þ' | 'Þ' => Some("th"),
        'ı' => Some("i"),
        'ʻ' | 'ʼ' | 'ʿ' | 'ʾ' => Some("'"),
        _ => None,
    };
    if let Some(s) = special {
        return s.chars().collect();
    }
    let base: Vec<char> = c
        .nfd()
        .filter(|d| !('\u{300}'..='\u{36f}').contains(d))
        .flat_map(char::to_lowercase)
        .collect();
    if base.is_empty() {
        c.to_lowercase().collect()
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_diacritics_and_hyphens_fold_together() {
        assert_eq!(Key::of_text("U.S.").text, "us");
        assert_eq!(Key::of_text("US").text, "us");
        assert_eq!(Key::of_text("Côte d’Ivoire").text, "cote d'ivoire");
        assert_eq!(Key::of_text("al-Qaeda").text, "al qaeda");
        assert_eq!(Key::of_text("Nicolás  Maduro").text, "nicolas maduro");
        assert_eq!(Key::of_text("Russia, Iran").text, "russia| iran");
    }

    #[test]
    fn case_rules_follow_how_the_name_is_written() {
        assert_eq!(CaseRule::of_name("U.S."), CaseRule::Acronym);
        assert_eq!(CaseRule::of_name("foreign minister"), CaseRule::Any);
        assert_eq!(CaseRule::of_name("the Kremlin"), CaseRule::Capitals(0b10));
        let pronoun = Key::of_text("told us");
        assert!(!CaseRule::Acronym.allows(&pronoun, 5, 7));
        let country = Key::of_text("the US said");
        assert!(CaseRule::Acronym.allows(&country, 4, 6));
        let lower = Key::of_text("the kremlin");
        assert!(!CaseRule::Capitals(0b10).allows(&lower, 0, 11));
    }

    #[test]
    fn a_particle_inside_a_name_matches_in_either_case() {
        let rule = CaseRule::of_name("Tamim bin Hamad Al Thani");
        let text = Key::of_text("Tamim bin Hamad al-Thani");
        assert!(rule.allows(&text, 0, text.text.len()), "{rule:?}");
        // Must not fire: the content words keep their capitals, and a first word its own
        // ("Van" the city is not "a van").
        let lower = Key::of_text("Tamim bin hamad al-Thani");
        assert!(!rule.allows(&lower, 0, lower.text.len()));
        let van = Key::of_text("van");
        assert!(!CaseRule::of_name("Van").allows(&van, 0, 3));
    }

    #[test]
    fn boundaries_are_token_boundaries() {
        let k = Key::of_text("Russia's army");
        assert_eq!(k.text, "russia's army");
        assert_eq!(k.token_starting(0), Some(0));
        assert_eq!(k.token_ending(6), Some(0));
        assert_eq!(k.token_starting(2), None);
    }
}
