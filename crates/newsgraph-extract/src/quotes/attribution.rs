//! Attribution: the cue that introduces a quotation ("said", "told reporters", "according to", a
//! colon after a name) and the speaker phrase next to it, found from the words around the quote.
//!
//! **Invariant:** a speaker is only ever a phrase standing next to a cue in one of the patterns
//! below; where no pattern fits there is no speaker. Phrases are cut conservatively: at
//! punctuation, at clause words ("who", "when", "that"), at a preposition that starts an adjunct
//! ("on Tuesday", "in a statement") and at a second determiner ("the other day").

use crate::Parsed;
use newsgraph_text::{TokenKind, normalize};

/// Verbs that attribute speech or writing.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "posted",
    "insisted",
    "insists",
    "stated",
    "states",
    "declared",
    "declares",
    "announced",
    "announces",
    "explained",
    "explains",
    "noted",
    "notes",
    "warned",
    "warns",
    "argued",
    "argues",
    "claimed",
    "claims",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "continued",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "acknowledged",
    "admitted",
    "admits",
    "recalled",
    "recalls",
    "concluded",
    "observed",
    "remarked",
    "commented",
    "quipped",
    "conceded",
    "countered",
    "cautioned",
    "urged",
    "urges",
    "demanded",
    "vowed",
    "vows",
    "promised",
    "shouted",
    "wrote",
    "added",
    "told",
    "predicted",
    "complained",
    "boasted",
    "alleged",
    "confirmed",
    "confirms",
    "denied",
    "maintained",
    "reiterated",
    "reasoned",
    "stating",
    "writing",
    "noting",
    "telling",
    "asserted",
    "asserts",
];
/// Verbs that frame a partial quotation ("called the sanctions “a hostile act”"): cues only for a
/// quotation inside the same clause, never for one after it.
const FRAMING_VERBS: &[&str] = &[
    "call",
    "called",
    "calls",
    "described",
    "describes",
    "dubbed",
    "labelled",
    "labeled",
    "branded",
];
/// Objects that belong with "told" in the cue: "told reporters".
const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "lawmakers",
    "parliament",
    "supporters",
    "the press",
    "a news conference",
];
/// Adverbs allowed between a speaker and the verb ("he also said", "Lavrov later told").
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "further",
    "previously",
    "once",
    "has",
    "had",
    "have",
    "reportedly",
    "earlier",
];
/// Words that end a speaker phrase.
const STOPS: &[&str] = &[
    "that",
    "and",
    "but",
    "as",
    "because",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "while",
    "if",
    "so",
    "where",
    "on",
    "during",
    "after",
    "before",
    "to",
    "with",
    "adding",
    "citing",
    "referring",
    "speaking",
    "according",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "earlier",
    "recently",
    "than",
    "or",
    "not",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "will",
    "would",
];
/// Prepositions that open an adjunct between a speech verb and its colon: "said in a statement
/// posted on Facebook:", "wrote on Twitter:".
const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "to", "after", "during", "via", "from", "before", "ahead", "through",
];
/// Participles that attach a quotation to the subject of the main clause: "Macron ordered a
/// lockdown, saying the country risked being "…"".
const PARTICIPLES: &[&str] = &[
    "saying", "adding", "noting", "telling", "writing", "stating",
];
/// Verbs that, with "statement", introduce the quotation of the next sentence: "Cornyn issued a
/// statement regarding the decision. "Like many Texans, …"".
const STATEMENT_VERBS: &[&str] = &["issued", "released", "published", "sent"];
/// Prepositions that may sit inside a speaker phrase ("the spokesman for the ministry").
const INNER: &[&str] = &["of", "for", "in", "at", "from"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "its", "their",
];
/// The longest speaker phrase read, in tokens.
const MAX_PHRASE: usize = 10;
/// Titles written with a period before a name.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "prof", "capt", "maj",
    "adm", "rev", "st", "jr", "sr", "pres",
];
/// Pronoun speakers, resolved later to an entity mentioned before.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];

/// A cue and its speaker, as byte ranges of the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub cue: (usize, usize),
    pub speaker: Option<(usize, usize)>,
}

/// A view of the document's tokens for attribution.
pub struct Words<'a> {
    p: &'a Parsed,
    /// Lower-cased normal form of each token.
    lower: Vec<String>,
    /// UPOS of each token when the models ran.
    upos: Vec<Option<&'static str>>,
}

impl<'a> Words<'a> {
    pub fn new(p: &'a Parsed) -> Words<'a> {
        let text = p.doc.text();
        let lower = p
            .doc
            .tokens
            .iter()
            .map(|t| normalize(t.text(text)).to_lowercase())
            .collect();
        let mut upos = vec![None; p.doc.tokens.len()];
        if p.analysed {
            for (s, sentence) in p.doc.sentences.iter().enumerate() {
                for (k, i) in sentence.tokens.clone().enumerate() {
                    upos[i] = p.analyses.get(s).and_then(|a| a.upos.get(k).copied());
                }
            }
        }
        Words { p, lower, upos }
    }

    /// Token indices lying wholly inside `start..end`.
    pub fn range(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let tokens = &self.p.doc.tokens;
        let first = tokens.partition_point(|t| t.start < start);
        let last = tokens.partition_point(|t| t.end <= end);
        first..last.max(first)
    }

    pub fn word(&self, i: usize) -> &str {
        &self.lower[i]
    }

    fn span(&self, first: usize, last: usize) -> (usize, usize) {
        (self.p.doc.tokens[first].start, self.p.doc.tokens[last].end)
    }

    fn is_speech(&self, i: usize) -> bool {
        SPEECH_VERBS.contains(&self.word(i))
    }

    /// Whether token `i` can sit inside a speaker phrase.
    fn phrasal(&self, i: usize) -> bool {
        let t = &self.p.doc.tokens[i];
        let w = self.word(i);
        if matches!(
            self.upos[i],
            Some("VERB" | "AUX" | "SCONJ" | "CCONJ" | "PUNCT")
        ) && !matches!(w, "'s" | "-" | ".")
        {
            return false;
        }
        match t.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Handle => {
                !STOPS.contains(&w) && !self.is_speech(i) && !FRAMING_VERBS.contains(&w)
            }
            // Possessives and hyphens inside names ("Russia's foreign minister", "Jean-Yves"); a
            // period only after an initial ("J. Smith", "U.S.").
            _ => match w {
                "'" | "'s" | "-" => true,
                "." => self.abbreviation_dot(i),
                _ => false,
            },
        }
    }

    /// Whether token `i` is the period of an initial or a title ("J. Smith", "U.S.", "Mr. Smith"),
    /// not the end of a sentence.
    pub fn abbreviation_dot(&self, i: usize) -> bool {
        if i == 0 || self.word(i) != "." {
            return false;
        }
        let prev = self.p.doc.token_text(i - 1);
        (prev.len() == 1 && prev.chars().all(|c| c.is_ascii_uppercase()))
            || TITLES.contains(&self.word(i - 1))
    }

    /// The speaker phrase ending just before token `end` (exclusive), read leftwards.
    fn phrase_left(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        let mut last = end;
        while last > floor && ADVERBS.contains(&self.word(last - 1)) {
            last -= 1;
        }
        // An age between commas: "Mr. Smith, 54, told the committee".
        if last >= floor + 4
            && self.word(last - 1) == ","
            && self.p.doc.tokens[last - 2].kind == TokenKind::Number
            && self.word(last - 3) == ","
        {
            last -= 3;
        }
        // A name, then an apposition between commas, then the verb: "Jeff Rathke, the State
        // Department spokesperson, said" gives the name.
        if last > floor && self.word(last - 1) == "," {
            return self.before_apposition(last - 1, floor);
        }
        let plain = self.phrase_left_plain(last, floor);
        let start = plain.map_or(last, |(first, _)| first);
        self.before_relative(start, last, floor).or(plain)
    }

    /// The name before an apposition that ends at the comma `comma`: the apposition runs back to
    /// the previous comma (at most [`MAX_PHRASE`] tokens, no speech verb, no sentence end inside).
    fn before_apposition(&self, comma: usize, floor: usize) -> Option<(usize, usize)> {
        // A relative clause may run longer than an apposition: "Leite, who has called the floods
        // the worst disaster in the state's history, said".
        let open = (floor..comma)
            .rev()
            .take(2 * MAX_PHRASE + 1)
            .find(|&k| self.word(k) == ",")?;
        let relative = matches!(self.word(open + 1), "who" | "which");
        let clean = (open + 1..comma).all(|k| {
            !self.is_speech(k) && !matches!(self.word(k), "\"" | "." | "!" | "?" | ":" | ";")
        });
        if !clean || open == floor || (!relative && comma - open > MAX_PHRASE + 1) {
            return None;
        }
        // The name must look like one: capitalised at its head.
        if let Some((first, last)) = self.phrase_left_plain(open, floor)
            && self.capitalised(last - 1)
        {
            return Some((first, last));
        }
        // A title, then the name in apposition: "his spokesman, Stéphane Dujarric, said";
        // "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has
        // called".
        (!relative && self.capitalised(open + 1) && self.capitalised(comma - 1))
            .then(|| self.valid(open + 1, comma))
            .flatten()
            .filter(|&(first, last)| (first..last).all(|k| self.phrasal(k)))
    }

    fn capitalised(&self, i: usize) -> bool {
        self.p
            .doc
            .token_text(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// A relative clause between the subject and the verb, with no commas: "Afghans who worked
    /// for US forces described …" gives "Afghans". `first` is where the plain phrase began and
    /// `verb` the speech verb (or the adverbs before it).
    fn before_relative(&self, first: usize, verb: usize, floor: usize) -> Option<(usize, usize)> {
        let who = (floor..first)
            .rev()
            .take(4)
            .take_while(|&k| self.p.doc.tokens[k].kind != TokenKind::Punct)
            .find(|&k| matches!(self.word(k), "who" | "which"))?;
        // "who" right before the verb is its subject: "Nobody knew who said it".
        if who + 1 >= verb {
            return None;
        }
        self.phrase_left_plain(who, floor)
    }

    /// [`Words::phrase_left`] without the apposition step, so that it never recurses.
    fn phrase_left_plain(&self, end: usize, floor: usize) -> Option<(usize, usize)> {
        let mut first = end;
        while first > floor && end - first < MAX_PHRASE && self.phrasal(first - 1) {
            first -= 1;
        }
        if end - first == MAX_PHRASE && first > floor && self.phrasal(first - 1) {
            return None;
        }
        while first < end
            && (INNER.contains(&self.word(first))
                || matches!(self.word(first), "'" | "'s" | "-" | "."))
        {
            first += 1;
        }
        self.valid(first, end)
    }

    /// The speaker phrase starting at token `start`, read rightwards up to `limit` (exclusive).
    fn phrase_right(&self, start: usize, limit: usize) -> Option<(usize, usize)> {
        let mut last = start;
        while last < limit && last - start < MAX_PHRASE && self.phrasal(last) {
            let w = self.word(last);
            // A second determiner starts a new phrase: "a senior official the other day".
            if last > start && DETERMINERS.contains(&w) && !INNER.contains(&self.word(last - 1)) {
                break;
            }
            last += 1;
        }
        while last > start
            && (INNER.contains(&self.word(last - 1)) || matches!(self.word(last - 1), "'" | "-"))
        {
            last -= 1;
        }
        self.valid(start, last)
    }

    /// A phrase needs a head: its last word is not a determiner.
    fn valid(&self, first: usize, last: usize) -> Option<(usize, usize)> {
        let ends_badly = |w: &str| DETERMINERS.contains(&w) || INNER.contains(&w) || w == "by";
        if first >= last || ends_badly(self.word(last - 1)) {
            return None;
        }
        Some((first, last))
    }

    /// The subject of the verb at token `v` from the dependency parse, when the models ran: the
    /// `nsubj` child and its dependents, cut at the first punctuation on either side of it
    /// ("Officials in the capital, speaking on condition of anonymity, said …" gives "Officials in
    /// the capital"). Used where the word-order phrase finds nothing.
    fn subject_of(&self, v: usize) -> Option<(usize, usize)> {
        if !self.p.analysed {
            return None;
        }
        let s = self.p.doc.sentence_at(self.p.doc.tokens.get(v)?.start)?;
        let sentence = self.p.doc.sentences.get(s)?;
        let a = self.p.analyses.get(s)?;
        let base = sentence.tokens.start;
        let local = v.checked_sub(base)?;
        let subject = (0..a.heads.len())
            .find(|&j| a.heads[j] == local + 1 && a.deprels[j].starts_with("nsubj"))?;
        // Token j is in the subject's subtree when its chain of heads reaches the subject.
        let in_subtree = |mut j: usize| {
            for _ in 0..a.heads.len() {
                if j == subject {
                    return true;
                }
                match a.heads.get(j) {
                    Some(&h) if h > 0 => j = h - 1,
                    _ => return false,
                }
            }
            false
        };
        let punct = |j: usize| a.upos.get(j).is_some_and(|u| *u == "PUNCT");
        let mut first = subject;
        while first > 0 && in_subtree(first - 1) && !punct(first - 1) {
            first -= 1;
        }
        let mut last = subject + 1;
        while last < a.heads.len() && in_subtree(last) && !punct(last) {
            last += 1;
        }
        self.valid(base + first, base + last)
    }

    /// Whether the cue starting at byte `at` is a framing verb ("called"), which attributes a
    /// partial quotation less surely than a speech verb.
    pub fn framing_cue(&self, at: usize) -> bool {
        let i = self.p.doc.tokens.partition_point(|t| t.start < at);
        i < self.lower.len() && FRAMING_VERBS.contains(&self.word(i))
    }

    /// Whether "in the words of" starts at token `i`.
    fn words_of(&self, i: usize) -> bool {
        ["in", "the", "words", "of"]
            .iter()
            .enumerate()
            .all(|(k, w)| self.lower.get(i + k).is_some_and(|x| x == w))
    }

    /// The speaker phrase starting at `start`, or the name in apposition after it when the phrase
    /// is a title: "the Crown prosecutor, Mark Tedeschi, QC" gives "Mark Tedeschi".
    fn titled_name_right(&self, start: usize, limit: usize) -> Option<(usize, usize)> {
        let (first, last) = self.phrase_right(start, limit)?;
        if !self.capitalised(last - 1) && last + 1 < limit && self.word(last) == "," {
            let name = self
                .phrase_right(last + 1, limit)
                .filter(|&(f, l)| self.capitalised(f) && self.capitalised(l - 1));
            if name.is_some() {
                return name;
            }
        }
        Some((first, last))
    }

    /// The subject of the sentence whose main clause a participle (", saying …") hangs from:
    /// from the parse when the models ran, else the capitalised words opening the sentence
    /// ("President Emmanuel Macron ordered …, saying …").
    fn main_subject(&self, participle: usize, sentence_start: usize) -> Option<(usize, usize)> {
        if let Some(head) = self.head_of(participle)
            && let Some(subject) = self.subject_of(head)
        {
            return Some(subject);
        }
        let mut last = sentence_start;
        while last < participle
            && (self.capitalised(last) || self.abbreviation_dot(last))
            && self.phrasal(last)
        {
            last += 1;
        }
        let next_lower = last < participle && !self.capitalised(last);
        (next_lower && last - sentence_start <= MAX_PHRASE)
            .then(|| self.valid(sentence_start, last))
            .flatten()
    }

    /// The head of token `i` in the dependency parse, when the models ran.
    fn head_of(&self, i: usize) -> Option<usize> {
        if !self.p.analysed {
            return None;
        }
        let s = self.p.doc.sentence_at(self.p.doc.tokens.get(i)?.start)?;
        let base = self.p.doc.sentences.get(s)?.tokens.start;
        let head = *self.p.analyses.get(s)?.heads.get(i.checked_sub(base)?)?;
        (head > 0).then(|| base + head - 1)
    }

    /// The end (exclusive) of a cue that starts with the speech verb at `v`: "told reporters".
    fn cue_end(&self, v: usize, limit: usize) -> usize {
        for audience in AUDIENCES {
            let parts: Vec<&str> = audience.split(' ').collect();
            if v + parts.len() < limit + 1
                && parts
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.lower.get(v + 1 + k).is_some_and(|x| x == w))
            {
                return v + 1 + parts.len();
            }
        }
        v + 1
    }

    fn attribution(&self, cue: (usize, usize), speaker: Option<(usize, usize)>) -> Attribution {
        Attribution {
            cue: self.span(cue.0, cue.1 - 1),
            speaker: speaker.map(|(a, b)| self.span(a, b - 1)),
        }
    }

    /// Attribution after a quotation: `"…," X said` / `"…," said X` / `"…", according to X`.
    /// `tokens` runs from the closing mark to the end of the paragraph; `loose` says the quotation
    /// ended in a way that asks for an attribution (a comma, "?", "!", or a lower-case word next).
    /// A `short` quotation (a word or two) needs a `loose` ending: `"Absolutely not," he said`,
    /// never `the "History" section of the site explains`.
    pub fn after(
        &self,
        tokens: std::ops::Range<usize>,
        loose: bool,
        short: bool,
    ) -> Option<Attribution> {
        if short && !loose {
            return None;
        }
        let mut i = tokens.start;
        while i < tokens.end && matches!(self.word(i), "," | "\"" | "'" | "-" | "--") {
            i += 1;
        }
        // The clause ends at the next full stop or quotation mark.
        let limit = (i..tokens.end)
            .find(|&k| {
                matches!(self.word(k), "!" | "?" | "\"" | ";")
                    || (self.word(k) == "." && !self.abbreviation_dot(k))
            })
            .unwrap_or(tokens.end);
        if i >= limit {
            return None;
        }
        let starts_lower = self
            .p
            .doc
            .token_text(i)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        if self.word(i) == "according" && i + 1 < limit && self.word(i + 1) == "to" {
            let speaker = self.phrase_right(i + 2, limit)?;
            return Some(self.attribution((i, i + 2), Some(speaker)));
        }
        if self.words_of(i) {
            let speaker = self.titled_name_right(i + 4, limit)?;
            return Some(self.attribution((i, i + 4), Some(speaker)));
        }
        if self.is_speech(i) {
            let end = self.cue_end(i, limit);
            let speaker = self.phrase_right(end, limit)?;
            return Some(self.attribution((i, end), Some(speaker)));
        }
        // X said: the verb within a few words, with only a speaker phrase before it.
        // Room for a name and an apposition: "Khaled Al-Maeena, editor at large at the Saudi
        // Gazette, said".
        let v = (i..limit.min(i + 2 * MAX_PHRASE + 4)).find(|&k| self.is_speech(k))?;
        let (first, last) = self.phrase_left(v, i)?;
        // The phrase opens the clause, or is the name after a title that does: "…," his
        // spokesman, Stéphane Dujarric, said.
        let after_title = first > i
            && self.word(first - 1) == ","
            && self.phrase_left_plain(first - 1, i).map(|(f, _)| f) == Some(i);
        if first != i && !after_title {
            return None;
        }
        let end = self.cue_end(v, limit);
        // A capitalised phrase after a finished sentence is the next sentence's subject unless
        // the clause ends at the verb: `"We will respond." Lavrov said.` is rare but attributes.
        let clause_ends = end >= limit || matches!(self.word(end), "," | ".");
        if !(loose || starts_lower || clause_ends) {
            return None;
        }
        Some(self.attribution((v, end), Some((first, last))))
    }

    /// Attribution before a quotation: `X said: "…"`, `X said that "…"`, `X said "…"`, or a name
    /// and a colon (`Lavrov: "…"`, mostly headlines). `tokens` runs from the start of the
    /// quotation's sentence to its opening mark.
    pub fn before(&self, tokens: std::ops::Range<usize>) -> Option<Attribution> {
        let (floor, mut last) = (tokens.start, tokens.end);
        if last <= floor {
            return None;
        }
        let colon = self.word(last - 1) == ":";
        if colon || matches!(self.word(last - 1), "," | "that") {
            last -= 1;
        }
        if last <= floor {
            return None;
        }
        // "told reporters:" → the verb sits before its audience.
        let verb = (floor..last)
            .rev()
            .take(3)
            .find(|&k| self.is_speech(k) && self.cue_end(k, last) == last);
        if let Some(v) = verb {
            let speaker = self.phrase_left(v, floor).or_else(|| self.subject_of(v));
            return Some(self.attribution((v, last), speaker)).filter(|a| a.speaker.is_some());
        }
        // "In the words of one former interpreter, "…"".
        if let Some(k) = (floor..last).find(|&k| self.words_of(k)) {
            let speaker = self.titled_name_right(k + 4, last)?;
            return Some(self.attribution((k, k + 4), Some(speaker)));
        }
        // A speech verb, then an adjunct, then the colon: "The National League for Democracy said
        // in a statement posted on Facebook:", "Podolyak, an adviser to …, wrote on Twitter:".
        // The first speech verb of the clause is the one whose subject opens it.
        if colon
            && let Some(v) = (floor..last).find(|&k| self.is_speech(k))
            && let end = self.cue_end(v, last)
            && end < last
            && ADJUNCT_PREPOSITIONS.contains(&self.word(end))
            && !(end..last).any(|k| self.is_speech(k) && self.word(k - 1) == "and")
            && let Some(speaker) = self.phrase_left(v, floor).or_else(|| self.subject_of(v))
        {
            return Some(self.attribution((v, end), Some(speaker)));
        }
        if colon {
            let (first, end) = self.phrase_left(last, floor)?;
            let named = (first..end).all(|k| {
                let t = self.p.doc.token_text(k);
                t.chars().next().is_some_and(|c| c.is_uppercase())
                    || !matches!(self.p.doc.tokens[k].kind, TokenKind::Word)
            });
            if first == floor && end == last && named {
                return Some(self.attribution((last, last + 1), Some((first, end))));
            }
        }
        None
    }

    /// A partial quotation inside a clause whose speech or framing verb comes before it:
    /// `Lavrov said the sanctions were "a hostile act"`.
    /// `sentence_start` is where the sentence begins, which may lie before `tokens` (after an
    /// earlier quotation of the same sentence).
    pub fn within(
        &self,
        tokens: std::ops::Range<usize>,
        sentence_start: usize,
    ) -> Option<Attribution> {
        let v = tokens
            .clone()
            .rev()
            .find(|&k| self.is_speech(k) || FRAMING_VERBS.contains(&self.word(k)))?;
        let speaker = self
            .phrase_left(v, tokens.start)
            .or_else(|| self.subject_of(v))
            .or_else(|| self.coordinated_subject(v, sentence_start))
            .or_else(|| {
                (PARTICIPLES.contains(&self.word(v)) && v > 0 && self.word(v - 1) == ",")
                    .then(|| self.main_subject(v, sentence_start))
                    .flatten()
            })?;
        Some(self.attribution((v, v + 1), Some(speaker)))
    }

    /// The subject of the first of two coordinated speech verbs: "Cooper said her party has
    /// supported the idea "for months", and said it was "damning …"" gives "Cooper" for the
    /// second verb.
    fn coordinated_subject(&self, v: usize, sentence_start: usize) -> Option<(usize, usize)> {
        if v == 0 || self.word(v - 1) != "and" {
            return None;
        }
        let earlier = (sentence_start..v - 1).find(|&k| self.is_speech(k))?;
        self.phrase_left(earlier, sentence_start)
            .filter(|&(first, _)| first == sentence_start)
            .or_else(|| self.subject_of(earlier))
    }

    /// The attribution a sentence gives to the quotation that opens the next one, in the same
    /// paragraph: "U.S. Senator John Cornyn, Republican from Texas, issued a statement regarding
    /// the decision. "Like many Texans, …"". The sentence must name its speaker as its subject,
    /// have a speech verb or issue a statement, and hold no quotation of its own.
    pub fn introducing(&self, sentence: std::ops::Range<usize>) -> Option<Attribution> {
        if sentence.clone().any(|k| matches!(self.word(k), "\"" | "'")) {
            return None;
        }
        let v = sentence.clone().find(|&k| {
            self.is_speech(k)
                || (STATEMENT_VERBS.contains(&self.word(k))
                    && (k + 1..(k + 3).min(sentence.end)).any(|j| self.word(j) == "statement"))
        })?;
        let (first, last) = self.phrase_left(v, sentence.start)?;
        (first == sentence.start).then(|| self.attribution((v, v + 1), Some((first, last))))
    }
}
