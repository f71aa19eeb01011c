//! Tone: GDELT's V2Tone figures for an article, from the VADER lexicon ([`vader`]).
//!
//! **Invariant:** every figure is a percentage of the article's words (tokens that are words or
//! numbers, punctuation excluded), so figures from articles of any length compare; an article
//! with no words scores all zeros.
//!
//! A word is positive (negative) when its lower-cased, normalised form has a positive (negative)
//! VADER valence. Like GDELT, these counts ignore negation and boosters: those belong to the
//! sentence compound ([`vader::compound`]), which a reader can compute for any sentence.

pub mod vader;

use crate::Parsed;
use crate::record::Tone;
use newsgraph_text::{TokenKind, normalize};

/// Verbs of action counted when no POS tags are available. Reporting and copular verbs are left
/// out: "said" and "is" are not activity.
const ACTION_VERBS: &[&str] = &[
    "arrest",
    "arrested",
    "arrests",
    "attack",
    "attacked",
    "attacks",
    "bomb",
    "bombed",
    "build",
    "built",
    "capture",
    "captured",
    "charge",
    "charged",
    "clash",
    "clashed",
    "close",
    "closed",
    "deploy",
    "deployed",
    "destroy",
    "destroyed",
    "fight",
    "fighting",
    "fought",
    "fire",
    "fired",
    "kill",
    "killed",
    "kills",
    "launch",
    "launched",
    "march",
    "marched",
    "meet",
    "meets",
    "met",
    "move",
    "moved",
    "open",
    "opened",
    "raid",
    "raided",
    "seize",
    "seized",
    "shoot",
    "shot",
    "sign",
    "signed",
    "strike",
    "struck",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "visit",
    "visited",
    "visits",
    "vote",
    "voted",
    "win",
    "won",
    "withdraw",
    "withdrew",
    "invade",
    "invaded",
    "protest",
    "protested",
    "block",
    "blocked",
    "ban",
    "banned",
    "expel",
    "expelled",
    "detain",
    "detained",
    "release",
    "released",
    "hold",
    "held",
    "lay",
    "leave",
    "left",
    "arrive",
    "arrived",
    "overthrow",
    "send",
    "sent",
    "impose",
    "imposed",
    "cut",
    "raise",
    "raised",
];

/// Pronouns of self or group reference: the speaker and the speaker's side.
const SELF_GROUP: &[&str] = &[
    "i",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "us",
    "our",
    "ours",
    "ourselves",
];

/// The VADER compound score of each sentence, in order: for readers who want to see where an
/// article's tone comes from.
pub fn sentence_compounds(p: &Parsed) -> Vec<f64> {
    let text = p.doc.text();
    p.doc
        .sentences
        .iter()
        .map(|s| text.get(s.start..s.end).map_or(0.0, vader::compound))
        .collect()
}

/// Scores an article. Uses the tagger's UPOS `VERB` for activity when the models ran.
pub fn score(p: &Parsed) -> Tone {
    let text = p.doc.text();
    let (mut words, mut positive, mut negative, mut active, mut self_group) = (0, 0, 0, 0, 0);
    for (s, sentence) in p.doc.sentences.iter().enumerate() {
        for (k, t) in p.doc.tokens[sentence.tokens.clone()].iter().enumerate() {
            if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                continue;
            }
            words += 1;
            let lower = normalize(t.text(text)).to_lowercase();
            match vader::valence(&lower) {
                Some(v) if v > 0.0 => positive += 1,
                Some(v) if v < 0.0 => negative += 1,
                _ => {}
            }
            let verb = if p.analysed {
                p.analyses
                    .get(s)
                    .and_then(|a| a.upos.get(k))
                    .is_some_and(|u| *u == "VERB")
            } else {
                ACTION_VERBS.contains(&lower.as_str())
            };
            if verb {
                active += 1;
            }
            if SELF_GROUP.contains(&lower.as_str()) {
                self_group += 1;
            }
        }
    }
    if words == 0 {
        return Tone::default();
    }
    let pct = |n: usize| 100.0 * n as f64 / words as f64;
    Tone {
        tone: pct(positive) - pct(negative),
        positive: pct(positive),
        negative: pct(negative),
        polarity: pct(positive) + pct(negative),
        activity_density: pct(active),
        self_group_density: pct(self_group),
        word_count: words,
    }
}
