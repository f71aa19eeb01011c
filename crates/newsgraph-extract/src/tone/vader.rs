//! VADER sentence scoring (Hutto & Gilbert 2014), written for this project from the published rules
//! of the `vaderSentiment` 3.3.2 package, whose lexicon (MIT) `scripts/vader/extract_lexicon.sh`
//! writes to `data/tone/`.
//!
//! **Invariant:** [`compound`] gives the package's `polarity_scores(text)["compound"]` before its
//! rounding to four decimals, for any text; `scripts/vader/parity.py` checks this. That includes the
//! reference's quirks (the "but" rule rescales by value lookup, "so"/"this" two words back boost by
//! 1.25, the sentiment-laden idiom table is never consulted), because users compare against it.

use std::collections::HashMap;
use std::sync::LazyLock;

const LEXICON_TSV: &str = include_str!("../../../../data/tone/vader_lexicon.tsv");
const EMOJI_TSV: &str = include_str!("../../../../data/tone/vader_emoji.tsv");

/// Booster step for intensifiers ("very") and dampeners ("slightly").
const BOOST: f64 = 0.293;
/// Added to a word written in capitals among mixed-case words.
const CAPS_BOOST: f64 = 0.733;
/// Multiplier for a negated word.
const NEGATION: f64 = -0.74;

const NEGATIONS: &[&str] = &[
    "aint",
    "arent",
    "cannot",
    "cant",
    "couldnt",
    "darent",
    "didnt",
    "doesnt",
    "ain't",
    "aren't",
    "can't",
    "couldn't",
    "daren't",
    "didn't",
    "doesn't",
    "dont",
    "hadnt",
    "hasnt",
    "havent",
    "isnt",
    "mightnt",
    "mustnt",
    "neither",
    "don't",
    "hadn't",
    "hasn't",
    "haven't",
    "isn't",
    "mightn't",
    "mustn't",
    "neednt",
    "needn't",
    "never",
    "none",
    "nope",
    "nor",
    "not",
    "nothing",
    "nowhere",
    "oughtnt",
    "shant",
    "shouldnt",
    "uhuh",
    "wasnt",
    "werent",
    "oughtn't",
    "shan't",
    "shouldn't",
    "uh-uh",
    "wasn't",
    "weren't",
    "without",
    "wont",
    "wouldnt",
    "won't",
    "wouldn't",
    "rarely",
    "seldom",
    "despite",
];

const INTENSIFIERS: &[&str] = &[
    "absolutely",
    "amazingly",
    "awfully",
    "completely",
    "considerable",
    "considerably",
    "decidedly",
    "deeply",
    "effing",
    "enormous",
    "enormously",
    "entirely",
    "especially",
    "exceptional",
    "exceptionally",
    "extreme",
    "extremely",
    "fabulously",
    "flipping",
    "flippin",
    "frackin",
    "fracking",
    "fricking",
    "frickin",
    "frigging",
    "friggin",
    "fully",
    "fuckin",
    "fucking",
    "fuggin",
    "fugging",
    "greatly",
    "hella",
    "highly",
    "hugely",
    "incredible",
    "incredibly",
    "intensely",
    "major",
    "majorly",
    "more",
    "most",
    "particularly",
    "purely",
    "quite",
    "really",
    "remarkably",
    "so",
    "substantially",
    "thoroughly",
    "total",
    "totally",
    "tremendous",
    "tremendously",
    "uber",
    "unbelievably",
    "unusually",
    "utter",
    "utterly",
    "very",
];

const DAMPENERS: &[&str] = &[
    "almost",
    "barely",
    "hardly",
    "just enough",
    "kind of",
    "kinda",
    "kindof",
    "kind-of",
    "less",
    "little",
    "marginal",
    "marginally",
    "occasional",
    "occasionally",
    "partly",
    "scarce",
    "scarcely",
    "slight",
    "slightly",
    "somewhat",
    "sort of",
    "sorta",
    "sortof",
    "sort-of",
];

/// Phrases whose valence replaces the word's own (the reference's "special cases").
const SPECIAL_PHRASES: &[(&str, f64)] = &[
    ("the shit", 3.0),
    ("the bomb", 3.0),
    ("bad ass", 1.5),
    ("badass", 1.5),
    ("bus stop", 0.0),
    ("yeah right", -2.0),
    ("kiss of death", -1.5),
    ("to die for", 3.0),
    ("beating heart", 3.5),
];

struct Lexicon {
    valence: HashMap<String, f64>,
    emoji: HashMap<char, String>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut valence = HashMap::new();
    for line in LEXICON_TSV.lines() {
        let mut fields = line.trim().split('\t');
        if let (Some(word), Some(Ok(v))) = (fields.next(), fields.next().map(str::parse::<f64>)) {
            valence.insert(word.to_string(), v);
        }
    }
    let mut emoji = HashMap::new();
    for line in EMOJI_TSV.lines() {
        let mut fields = line.split('\t');
        if let (Some(e), Some(description)) = (fields.next(), fields.next()) {
            let mut chars = e.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                emoji.insert(c, description.to_string());
            }
        }
    }
    Lexicon { valence, emoji }
});

/// The lexicon valence of a lower-cased word, if it has one.
pub fn valence(word_lower: &str) -> Option<f64> {
    LEXICON.valence.get(word_lower).copied()
}

fn booster(word_lower: &str) -> Option<f64> {
    if INTENSIFIERS.contains(&word_lower) {
        Some(BOOST)
    } else if DAMPENERS.contains(&word_lower) {
        Some(-BOOST)
    } else {
        None
    }
}

fn is_negation(word_lower: &str) -> bool {
    NEGATIONS.contains(&word_lower) || word_lower.contains("n't")
}

/// Python's `str.isupper()`: at least one cased character and no lower-case one.
fn is_upper(word: &str) -> bool {
    word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase)
}

/// Splits on whitespace and strips ASCII punctuation from both ends, unless that leaves two
/// characters or fewer: then the token was probably an emoticon (":)", ":-(") and stays whole.
fn words_of(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .map(|w| {
            let stripped = w.trim_matches(|c: char| c.is_ascii_punctuation());
            if stripped.chars().count() <= 2 {
                w
            } else {
                stripped
            }
        })
        .collect()
}

/// Replaces each emoji by its description, as the reference does before splitting into words.
fn describe_emoji(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_space = true;
    for c in text.chars() {
        match LEXICON.emoji.get(&c) {
            Some(description) => {
                if !after_space {
                    out.push(' ');
                }
                out.push_str(description);
                after_space = false;
            }
            None => {
                out.push(c);
                after_space = c == ' ';
            }
        }
    }
    out
}

/// The VADER compound score of one sentence, in [-1, 1].
pub fn compound(text: &str) -> f64 {
    let text = describe_emoji(text);
    let text = text.trim();
    let words = words_of(text);
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let upper_count = words.iter().filter(|w| is_upper(w)).count();
    // Capitals carry emphasis only when some words, not all, are written in them.
    let caps_differ = upper_count > 0 && upper_count < words.len();
    let mut sentiments = Vec::with_capacity(words.len());
    for i in 0..words.len() {
        let kind_of = lower[i] == "kind" && lower.get(i + 1).is_some_and(|n| n == "of");
        if booster(&lower[i]).is_some() || kind_of {
            sentiments.push(0.0);
            continue;
        }
        sentiments.push(word_valence(&words, &lower, caps_differ, i));
    }
    but_shift(&lower, &mut sentiments);
    if sentiments.is_empty() {
        return 0.0;
    }
    let mut sum: f64 = sentiments.iter().sum();
    let emphasis = punctuation_emphasis(text);
    if sum > 0.0 {
        sum += emphasis;
    } else if sum < 0.0 {
        sum -= emphasis;
    }
    (sum / (sum * sum + 15.0).sqrt()).clamp(-1.0, 1.0)
}

fn word_valence(words: &[&str], lower: &[String], caps_differ: bool, i: usize) -> f64 {
    let Some(base) = valence(&lower[i]) else {
        return 0.0;
    };
    let mut v = base;
    if lower[i] == "no" && i + 1 < words.len() && valence(&lower[i + 1]).is_some() {
        v = 0.0;
    }
    let no_before = (i > 0 && lower[i - 1] == "no")
        || (i > 1 && lower[i - 2] == "no")
        || (i > 2 && lower[i - 3] == "no" && matches!(lower[i - 1].as_str(), "or" | "nor"));
    if no_before {
        v = base * NEGATION;
    }
    if caps_differ && is_upper(words[i]) {
        v += if v > 0.0 { CAPS_BOOST } else { -CAPS_BOOST };
    }
    for back in 0..3 {
        if i <= back || valence(&lower[i - back - 1]).is_some() {
            continue;
        }
        let mut s = booster_shift(words[i - back - 1], &lower[i - back - 1], v, caps_differ);
        if back == 1 {
            s *= 0.95;
        } else if back == 2 {
            s *= 0.9;
        }
        v += s;
        v = negation_shift(v, lower, back, i);
        if back == 2 {
            v = special_phrase(v, lower, i);
        }
    }
    least_shift(v, lower, i)
}

fn booster_shift(word: &str, word_lower: &str, v: f64, caps_differ: bool) -> f64 {
    let Some(mut s) = booster(word_lower) else {
        return 0.0;
    };
    if v < 0.0 {
        s = -s;
    }
    if caps_differ && is_upper(word) {
        s += if v > 0.0 { CAPS_BOOST } else { -CAPS_BOOST };
    }
    s
}

fn negation_shift(v: f64, lower: &[String], back: usize, i: usize) -> f64 {
    let w = |k: usize| lower[i - k].as_str();
    match back {
        0 if is_negation(w(1)) => v * NEGATION,
        1 if w(2) == "never" && matches!(w(1), "so" | "this") => v * 1.25,
        1 if w(2) == "without" && w(1) == "doubt" => v,
        1 if is_negation(w(2)) => v * NEGATION,
        // The reference's operator precedence makes "so"/"this" right before the word enough.
        2 if (w(3) == "never" && matches!(w(2), "so" | "this"))
            || matches!(w(1), "so" | "this") =>
        {
            v * 1.25
        }
        2 if w(3) == "without" && (w(2) == "doubt" || w(1) == "doubt") => v,
        2 if is_negation(w(3)) => v * NEGATION,
        _ => v,
    }
}

fn special_phrase(mut v: f64, lower: &[String], i: usize) -> f64 {
    let (w3, w2, w1, w0) = (&lower[i - 3], &lower[i - 2], &lower[i - 1], &lower[i]);
    let before = [
        format!("{w1} {w0}"),
        format!("{w2} {w1} {w0}"),
        format!("{w2} {w1}"),
        format!("{w3} {w2} {w1}"),
        format!("{w3} {w2}"),
    ];
    let lookup = |phrase: &str| {
        SPECIAL_PHRASES
            .iter()
            .find(|(p, _)| *p == phrase)
            .map(|(_, v)| *v)
    };
    if let Some(x) = before.iter().find_map(|p| lookup(p)) {
        v = x;
    }
    if let Some(next) = lower.get(i + 1) {
        if let Some(x) = lookup(&format!("{w0} {next}")) {
            v = x;
        }
        if let Some(after) = lower.get(i + 2)
            && let Some(x) = lookup(&format!("{w0} {next} {after}"))
        {
            v = x;
        }
    }
    for phrase in [&before[3], &before[4], &before[2]] {
        if let Some(s) = booster(phrase) {
            v += s;
        }
    }
    v
}

fn least_shift(v: f64, lower: &[String], i: usize) -> f64 {
    if i > 0 && lower[i - 1] == "least" && valence("least").is_none() {
        let at_least = i > 1 && matches!(lower[i - 2].as_str(), "at" | "very");
        if !at_least {
            return v * NEGATION;
        }
    }
    v
}

/// Words before "but" count half, words after it one and a half times. The reference finds each
/// value's position by equality, so a repeated value rescales its first occurrence again; that
/// is reproduced on purpose.
fn but_shift(lower: &[String], sentiments: &mut [f64]) {
    let Some(b) = lower.iter().position(|w| w == "but") else {
        return;
    };
    for k in 0..sentiments.len() {
        let s = sentiments[k];
        let Some(first) = sentiments.iter().position(|x| *x == s) else {
            continue;
        };
        if first < b {
            sentiments[first] = s * 0.5;
        } else if first > b {
            sentiments[first] = s * 1.5;
        }
    }
}

fn punctuation_emphasis(text: &str) -> f64 {
    let exclamations = text.matches('!').count().min(4) as f64 * 0.292;
    let questions = match text.matches('?').count() {
        0 | 1 => 0.0,
        n @ 2..=3 => n as f64 * 0.18,
        _ => 0.96,
    };
    exclamations + questions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutral_text_scores_zero() {
        assert_eq!(compound(""), 0.0);
        assert_eq!(compound("The minister arrived in Paris."), 0.0);
    }

    #[test]
    fn negation_flips_and_dampens() {
        assert!(compound("The talks were good.") > 0.0);
        assert!(compound("The talks were not good.") < 0.0);
    }
}
