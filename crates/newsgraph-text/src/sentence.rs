//! Sentence splitter over the tokens of [`crate::tokenize`].
//!
//! A sentence ends at a line break (the headline and each paragraph start a new one), and after
//! sentence punctuation (". ! ? ..." and runs of them) when what follows can start a sentence.
//! Closing quotes and brackets glued to the punctuation stay with the sentence they close
//! (`He said "no." Then ...`), and a lower-case word after "!" or "?" with a quote continues it
//! (`"Stop!" he said.`). An abbreviation keeps its period inside its token, so it ends a sentence
//! only by its class: titles, initials and dates never do ("Mr. Smith", "J. Smith", "Feb. 5");
//! "U.S." or "Inc." does before a typical sentence opener ("in the U.S. The next day"); "etc." and
//! "p.m." do before any capitalised word. A wire-service dateline that opens a paragraph
//! ("KYIV, March 3 (Reuters) -", "WASHINGTON —", "Beirut, Lebanon (CNN) --") is a sentence
//! of its own, so the parser sees the report's first sentence without it.
//!
//! **Invariant:** sentences cover every token exactly once, in order, and never cross a line break;
//! each sentence's byte range runs from its first token's start to its last token's end.

use crate::token::{AbbreviationClass, Token, TokenKind, abbreviation_class};
use std::ops::Range;

/// A sentence: its byte range and the range of its tokens in the document's token list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

/// Splits a tokenized text into sentences. A line break always ends a sentence, so the headline
/// and each paragraph start a new one.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        if i == first
            && let Some(dash) = dateline_end(text, tokens, i)
        {
            out.push(Sentence {
                start: tokens[first].start,
                end: tokens[dash].end,
                tokens: first..dash + 1,
            });
            first = dash + 1;
            i = first;
            continue;
        }
        let mut last = i;
        let mut ends = false;
        // An ellipsis that opens a sentence ("...Now comes the fun part") does not close it.
        let stop = stop_kind(text, &tokens[i]).filter(|&s| !(s == Stop::Ellipsis && i == first));
        if let Some(stop) = stop {
            // Closing quotes and brackets glued to the stop belong to this sentence.
            while last + 1 < tokens.len()
                && tokens[last + 1].start == tokens[last].end
                && is_closer(tokens[last + 1].text(text))
            {
                last += 1;
            }
            ends = match tokens.get(last + 1) {
                None => true,
                Some(next) => stop_ends_before(text, stop, last > i, &tokens[last], next),
            };
        }
        let next = tokens.get(last + 1);
        let line_break = next.is_some_and(|n| has_line_break(&text[tokens[last].end..n.start]));
        // A separator line ("***", "=====") stands alone: it ends what came before it and itself.
        let separator_next = next.is_some_and(|n| is_separator(n.text(text)));
        ends |= is_separator(tokens[last].text(text)) || separator_next;
        if ends || line_break || next.is_none() {
            out.push(Sentence {
                start: tokens[first].start,
                end: tokens[last].end,
                tokens: first..last + 1,
            });
            first = last + 1;
        }
        i = last + 1;
    }
    out
}

/// The longest dateline: "NEW YORK, Jan. 5, 2024 (Reuters) -" is 11 tokens.
const DATELINE_MAX_TOKENS: usize = 14;

/// The index of the dash that ends a dateline opening the paragraph at token `first`, if one
/// does. A dateline is a place in capitals (optionally with its region, a date and the agency in
/// brackets) and a spaced dash before a capitalised word. The place may be in title case only
/// when the agency is named ("Beirut, Lebanon (CNN) -"), and a first line with no agency is
/// taken for a headline ("NATO - Russia talks resume"), never for a dateline.
fn dateline_end(text: &str, tokens: &[Token], first: usize) -> Option<usize> {
    let paragraph_start =
        first == 0 || has_line_break(&text[tokens[first - 1].end..tokens[first].start]);
    if !paragraph_start {
        return None;
    }
    let place = tokens[first].text(text);
    let in_capitals = tokens[first].kind == TokenKind::Word
        && place.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !place.chars().any(char::is_lowercase);
    let window = &tokens[first..tokens.len().min(first + DATELINE_MAX_TOKENS + 1)];
    let mut agency = false;
    for (k, t) in window.iter().enumerate().skip(1) {
        if has_line_break(&text[window[k - 1].end..t.start]) {
            return None;
        }
        let form = t.text(text);
        if is_dateline_dash(form) {
            let spaced = t.start > window[k - 1].end;
            let next = tokens.get(first + k + 1)?;
            let opens_report = next.start > t.end
                && next.text(text).chars().next().is_some_and(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201C}')
                });
            let headline = first == 0 && !agency;
            let fits = spaced && opens_report && !headline && (in_capitals || agency);
            return fits.then_some(first + k);
        }
        match t.kind {
            TokenKind::Number => {}
            TokenKind::Word if form.starts_with(|c: char| c.is_uppercase()) => {
                // "(Reuters)": a capitalised word in brackets names the agency.
                agency |= window[k - 1].text(text) == "(";
            }
            TokenKind::Punct if matches!(form, "," | "." | "(" | ")" | "/") => {}
            _ => return None,
        }
    }
    None
}

fn is_dateline_dash(t: &str) -> bool {
    matches!(t, "-" | "--" | "\u{2013}" | "\u{2014}")
}

/// What kind of possible sentence end a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// ".", or a run with a period in it (".?", "!.").
    Period,
    /// "!", "?", "?!", "!!!".
    Exclamation,
    /// "...", "..", "…": trails off as often as it ends.
    Ellipsis,
    /// A word that keeps its period.
    Abbreviation(AbbreviationClass),
    /// ":)" and friends close a sentence in informal text.
    Emoticon,
}

fn stop_kind(text: &str, token: &Token) -> Option<Stop> {
    let t = token.text(text);
    match token.kind {
        TokenKind::Punct => {
            let b = t.as_bytes();
            if t == "\u{2026}" || t.starts_with("..") || t.starts_with('\u{2026}') {
                return Some(Stop::Ellipsis);
            }
            if !t.chars().all(|c| matches!(c, '.' | '!' | '?' | '\u{2026}')) {
                return None;
            }
            if b.contains(&b'.') {
                Some(Stop::Period)
            } else {
                Some(Stop::Exclamation)
            }
        }
        TokenKind::Word => abbreviation_class(t).map(Stop::Abbreviation),
        TokenKind::Symbol if t.len() > 1 && t.starts_with([':', ';', '=']) => Some(Stop::Emoticon),
        _ => None,
    }
}

/// Whether a sentence that reached `last` (the stop, or the closer after it) ends before `next`.
fn stop_ends_before(text: &str, stop: Stop, quoted: bool, last: &Token, next: &Token) -> bool {
    let next_text = next.text(text);
    let Some(first) = next_text.chars().next() else {
        return false;
    };
    let glued = next.start == last.end;
    let continues_clause = next.kind == TokenKind::Punct
        && matches!(
            first,
            ',' | ';' | ':' | ')' | ']' | '}' | '-' | '\u{2013}' | '\u{2014}'
        );
    // "I love her. :)": an emoticon after the stop still belongs to the sentence.
    let emoticon = next.kind == TokenKind::Symbol && stop_kind(text, next) == Some(Stop::Emoticon);
    if continues_clause || emoticon {
        return false;
    }
    match stop {
        Stop::Period => {
            if glued {
                // "end.Then": a missing space; "3.x" never reaches here as a stop.
                first.is_uppercase()
            } else {
                !(quoted && first.is_lowercase())
            }
        }
        Stop::Exclamation => !(quoted && first.is_lowercase()),
        Stop::Emoticon => first.is_uppercase(),
        Stop::Ellipsis => first.is_uppercase() || (opens(next_text) && !glued),
        Stop::Abbreviation(class) => match class {
            AbbreviationClass::BeforeName
            | AbbreviationClass::Initial
            | AbbreviationClass::Date => false,
            AbbreviationClass::Final => is_sentence_opener(next_text),
            AbbreviationClass::Clause => {
                first.is_uppercase() && next_text.chars().any(char::is_lowercase)
            }
        },
    }
}

/// Three or more of the same mark used as a section break: "***", "=====", "____", "~~~".
fn is_separator(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 3 && matches!(b[0], b'*' | b'=' | b'_' | b'~' | b'#') && b.iter().all(|&c| c == b[0])
}

fn has_line_break(gap: &str) -> bool {
    // Most gaps are one space: test bytes, and decode only a gap that is not ASCII.
    gap.bytes().any(|b| b == b'\n' || b == b'\r')
        || (!gap.is_ascii() && gap.contains(['\u{2028}', '\u{2029}']))
}

fn is_closer(t: &str) -> bool {
    matches!(
        t,
        "\"" | "'" | "''" | "\u{201D}" | "\u{2019}" | "\u{00BB}" | "\u{203A}" | ")" | "]" | "}"
    )
}

fn opens(t: &str) -> bool {
    matches!(
        t,
        "\"" | "\u{201C}" | "\u{00AB}" | "(" | "[" | "'" | "\u{2018}"
    )
}

/// Capitalised function words that typically open a sentence in news: after "U.S." or "Inc." they
/// mean a new sentence, where a capitalised name ("the U.S. Senate") does not.
pub(crate) const SENTENCE_OPENERS: [&str; 78] = [
    "A",
    "After",
    "Afterwards",
    "Also",
    "Although",
    "An",
    "And",
    "Any",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Despite",
    "Do",
    "Does",
    "During",
    "Each",
    "Earlier",
    "Even",
    "Every",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "More",
    "Most",
    "My",
    "No",
    "Not",
    "Now",
    "On",
    "One",
    "Only",
    "Or",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "To",
    "Under",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "You",
];

/// A typical opener word, or an opening quote ("Acme Inc. \"We ..."); not a bracket, which after
/// "Inc." more often holds a phone number or a ticker.
pub(crate) fn is_sentence_opener(t: &str) -> bool {
    SENTENCE_OPENERS.binary_search(&t).is_ok() || (opens(t) && !matches!(t, "(" | "["))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn sentences(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        split_sentences(text, &tokens)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    /// Each row: input, then the expected sentences joined by ` || `.
    fn check(table: &[(&str, &str)]) {
        for (input, expected) in table {
            let got = sentences(input).join(" || ");
            assert_eq!(&got, expected, "sentences of {input:?}");
        }
    }

    #[test]
    fn openers_list_is_sorted_for_binary_search() {
        assert!(SENTENCE_OPENERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn plain_stops_end_sentences() {
        check(&[
            (
                "It rained. Then it stopped.",
                "It rained. || Then it stopped.",
            ),
            ("Why? Nobody knows!", "Why? || Nobody knows!"),
            ("Wait... What happened?", "Wait... || What happened?"),
            ("He paused... and went on.", "He paused... and went on."),
            ("It ended.Then", "It ended. || Then"),
            (
                "Prices rose 3.5 percent. Oil fell.",
                "Prices rose 3.5 percent. || Oil fell.",
            ),
            ("are you kidding? why not?", "are you kidding? || why not?"),
            ("It works :) Thanks", "It works :) || Thanks"),
            ("I love her. :)", "I love her. :)"),
            ("He said: \"We will fight.\"", "He said: \"We will fight.\""),
            ("They are: Smith and Jones.", "They are: Smith and Jones."),
            ("...Now comes the fun part.", "...Now comes the fun part."),
            (
                "Acme Inc. (713) 555-1234 called.",
                "Acme Inc. (713) 555-1234 called.",
            ),
            ("so happy :) for you", "so happy :) for you"),
            ("The end. *** A new day", "The end. || *** || A new day"),
            ("He had 2*3 apples", "He had 2*3 apples"),
        ]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        check(&[
            ("Mr. Smith arrived.", "Mr. Smith arrived."),
            ("Gen. Smith spoke.", "Gen. Smith spoke."),
            ("the U.S. said it would.", "the U.S. said it would."),
            ("the U.S. Senate voted.", "the U.S. Senate voted."),
            ("J. Smith and T. Jones met.", "J. Smith and T. Jones met."),
            ("On Feb. 5 they met.", "On Feb. 5 they met."),
            (
                "Acme Inc. Chief Executive Jo Li quit.",
                "Acme Inc. Chief Executive Jo Li quit.",
            ),
            ("at 5 p.m. EST on Monday.", "at 5 p.m. EST on Monday."),
        ]);
    }

    #[test]
    fn abbreviations_end_sentences_before_an_opener() {
        check(&[
            (
                "He lives in the U.S. The next day he left.",
                "He lives in the U.S. || The next day he left.",
            ),
            (
                "They met at 5 p.m. Police arrived.",
                "They met at 5 p.m. || Police arrived.",
            ),
            (
                "apples, pears etc. Then more.",
                "apples, pears etc. || Then more.",
            ),
            (
                "He joined Acme Inc. He left.",
                "He joined Acme Inc. || He left.",
            ),
        ]);
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        check(&[
            (
                "He said \"no.\" Then he left.",
                "He said \"no.\" || Then he left.",
            ),
            (
                "He said \u{201C}no.\u{201D} Then he left.",
                "He said \u{201C}no.\u{201D} || Then he left.",
            ),
            ("(See below.) Next.", "(See below.) || Next."),
            (
                "\"It is a lost cause,\" said an official.",
                "\"It is a lost cause,\" said an official.",
            ),
            ("\"Stop!\" he shouted.", "\"Stop!\" he shouted."),
            (
                "\"Why?\" she asked. He shrugged.",
                "\"Why?\" she asked. || He shrugged.",
            ),
            ("\"No.\" \"Yes.\"", "\"No.\" || \"Yes.\""),
        ]);
    }

    #[test]
    fn a_line_break_always_ends_a_sentence() {
        check(&[
            (
                "Rebels seize town\nRebels seized the town on Monday",
                "Rebels seize town || Rebels seized the town on Monday",
            ),
            ("Mr.\nSmith", "Mr. || Smith"),
            ("one, two\nthree", "one, two || three"),
        ]);
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        check(&[
            (
                "Talks resume\nKYIV, March 3 (Reuters) - Ukraine and Russia held talks.",
                "Talks resume || KYIV, March 3 (Reuters) - || Ukraine and Russia held talks.",
            ),
            (
                "Headline\nNEW YORK, Jan. 5, 2024 (AP) \u{2014} The mayor resigned.",
                "Headline || NEW YORK, Jan. 5, 2024 (AP) \u{2014} || The mayor resigned.",
            ),
            (
                "Headline\nWASHINGTON -- The Senate voted on Monday.",
                "Headline || WASHINGTON -- || The Senate voted on Monday.",
            ),
            (
                "Beirut, Lebanon (CNN) - Protesters gathered.",
                "Beirut, Lebanon (CNN) - || Protesters gathered.",
            ),
        ]);
    }

    #[test]
    fn what_only_looks_like_a_dateline_is_not_split() {
        check(&[
            // A headline with a dash and no agency.
            (
                "NATO - Russia talks resume\nThe talks resumed.",
                "NATO - Russia talks resume || The talks resumed.",
            ),
            // A lower-case word before the dash: a sentence, not a dateline.
            (
                "Headline\nJapan and the Philippines - old allies - signed a pact.",
                "Headline || Japan and the Philippines - old allies - signed a pact.",
            ),
            // Title case without an agency.
            (
                "Headline\nMoscow - The talks ended.",
                "Headline || Moscow - The talks ended.",
            ),
            // Not at the start of a paragraph.
            (
                "Headline\nHe said: LONDON (Reuters) - Prices fell.",
                "Headline || He said: LONDON (Reuters) - Prices fell.",
            ),
            // A glued hyphen.
            (
                "Headline\nUS-CHINA (Reuters) talks ended.",
                "Headline || US-CHINA (Reuters) talks ended.",
            ),
        ]);
    }

    #[test]
    fn sentences_cover_all_tokens() {
        for text in [
            "",
            " ",
            ".",
            "...",
            "\n\n",
            "a. b. c.",
            "\"\"",
            "Mr. . U.S. .\n!",
        ] {
            let tokens = tokenize(text);
            let ss = split_sentences(text, &tokens);
            let covered: usize = ss.iter().map(|s| s.tokens.len()).sum();
            assert_eq!(covered, tokens.len(), "{text:?}");
            for w in ss.windows(2) {
                assert_eq!(w[0].tokens.end, w[1].tokens.start);
            }
        }
    }
}
