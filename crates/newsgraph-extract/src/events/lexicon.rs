//! The event lexicon: verb, state and event-noun patterns, each with the syntactic frame that
//! finds its actor and recipient, mapped to a CAMEO code (`data/events/verbs.txt`, format in
//! `docs/events.md`).
//!
//! **Invariant:** every entry has a trigger lemma, a valid CAMEO code and a frame whose recipient
//! slot (if any) names where the recipient is found; a malformed line is an error naming the
//! file and line, never a silent skip. Lookups go from a surface form (lower-case) to entries, so
//! one lemma entry covers all its inflected forms.

use super::inflect::{noun_forms, past_forms, verb_forms};
use newsgraph_kb::CameoCode;
use std::collections::{HashMap, HashSet};

/// The built-in lexicon files, by word class: verbs and states, then event nouns. Each is parsed
/// under its own name, so an error or a rule id names the file and line.
const BUILTIN: &[(&str, &str)] = &[
    (
        "verbs.txt",
        include_str!("../../../../data/events/verbs.txt"),
    ),
    (
        "nouns.txt",
        include_str!("../../../../data/events/nouns.txt"),
    ),
];

/// Prepositions a pattern may use; any other lower-case word in a pattern is an object noun (or
/// a particle right after the trigger).
pub const PREPOSITIONS: &[&str] = &[
    "about",
    "across",
    "against",
    "alongside",
    "around",
    "among",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "onto",
    "over",
    "through",
    "to",
    "toward",
    "towards",
    "under",
    "upon",
    "with",
    "within",
    "without",
    "between",
    "behind",
    "near",
    "inside",
    "outside",
    "including",
];

const PARTICLES: &[&str] = &[
    "up", "down", "out", "off", "back", "away", "forward", "aside",
];

const DETERMINERS: &[&str] = &["a", "an", "the"];

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "{source_name} line {line}: {problem}; write `CODE PATTERN | example` (see docs/events.md)"
)]
pub struct LexiconError {
    pub source_name: String,
    pub line: usize,
    pub problem: String,
}

/// What kind of word triggers an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerKind {
    /// A verb; the subject is the actor, and in the passive the `by` phrase is.
    Verb,
    /// An adjective or participle after "be" ("is concerned by"): the subject is the actor
    /// whatever the voice.
    State,
    /// An event noun ("Pompeo's visit to Russia"): the possessor or `by` phrase is the actor.
    Noun,
}

/// Where a recipient is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// The direct object (the passive subject in the passive voice).
    Object,
    /// The object of this preposition, attached to the trigger or to the pattern's object noun.
    Prep(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct LexEntry {
    pub code: CameoCode,
    pub kind: TriggerKind,
    pub lemma: String,
    /// A required object noun ("hold *talks* with", "impose *sanctions* on").
    pub object: Option<String>,
    /// Words that must modify the object noun ("send *humanitarian* aid").
    pub object_modifiers: Vec<String>,
    /// A required particle ("set *up*").
    pub particle: Option<String>,
    pub recipient: Option<Slot>,
    pub recipient_required: bool,
    /// Prepositional phrases that must be present but carry no participant ("charge R *with*"),
    /// each with the noun it must hold, if the pattern names one ("call *for release* of R").
    pub required_preps: Vec<(String, Option<String>)>,
    /// Coordinated subjects with no recipient are each other's recipients ("Trump and Putin met").
    pub reciprocal: bool,
    /// The object must be judged by a predicate of blame ("called the raid *a violation of
    /// international law*", marked `(verdict)`) or of praise ("called France *a vital
    /// partner*", marked `(praise)`).
    pub verdict: Option<Verdict>,
    /// The recipient is the subject of the clause the verb reports, charged in words of blame
    /// with an act ("said *Western politicians* were using the case to smear Russia"): marked
    /// `(claim)`.
    pub claim: bool,
    /// The recipient is the subject of the clause the verb reports, foretold a penalty ("said
    /// *the Netherlands* would pay a price"): marked `(threat)`.
    pub threat: bool,
    /// A word that must stand after the object as its predicate ("find R *guilty*", "hold R
    /// *responsible*").
    pub complement: Option<String>,
    /// The pattern as written, for rule ids and explanations.
    pub pattern: String,
    pub example: Option<String>,
    /// A sentence that must not code as this entry.
    pub negative: Option<String>,
    pub source_name: String,
    pub line: usize,
}

/// What a verdict entry's predicate must say of the one judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Blame,
    Praise,
}

impl LexEntry {
    /// How much of the frame must match: more specific entries win over general ones.
    pub fn specificity(&self) -> usize {
        self.object.is_some() as usize * 4
            + self.object_modifiers.len() * 2
            + self.particle.is_some() as usize * 4
            // A phrase that names its noun ("call for *reform*") says more than a recipient
            // slot ("call for R").
            + self
                .required_preps
                .iter()
                .map(|(_, noun)| if noun.is_some() { 4 } else { 2 })
                .sum::<usize>()
            + matches!(self.recipient, Some(Slot::Prep(_))) as usize * 2
            + self.recipient_required as usize
            + self.verdict.is_some() as usize * 4
            + self.claim as usize * 4
            + self.threat as usize * 4
    }

    /// Whether the act is joint: marked `(reciprocal)`, or with a `with` recipient ("meet with",
    /// "sign an agreement with", "clash with"), whose several actors with no `with` phrase ("the
    /// two leaders signed an agreement") are each other's recipients. A statement "with" someone
    /// (root 01: "agree with R", siding with a view) is one-sided: "Saudi Arabia and Iran agreed
    /// to restore relations" is the restoring, not an accord of views.
    pub fn symmetric(&self) -> bool {
        self.reciprocal
            || (self.code.root() != "01"
                && matches!(&self.recipient, Some(Slot::Prep(p)) if p == "with"))
    }

    /// The rule id recorded on events: `verb:meet with R` style, kind plus pattern.
    pub fn rule(&self) -> String {
        let kind = match self.kind {
            TriggerKind::Verb => "verb",
            TriggerKind::State => "state",
            TriggerKind::Noun => "noun",
        };
        format!("{kind}:{}@{}:{}", self.pattern, self.source_name, self.line)
    }
}

/// A set of entries indexed by surface form.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entries: Vec<LexEntry>,
    by_form: HashMap<(TriggerKind, String), Vec<usize>>,
    /// Verb entries by the surface forms of their required object noun ("drills" of "hold drills").
    by_object_noun: HashMap<String, Vec<usize>>,
    /// The past tenses and participles of the verb entries' lemmas ("struck", "shot").
    past_verb_forms: HashSet<String>,
}

impl Lexicon {
    /// The lexicon built into the binary (`data/events/verbs.txt` and `data/events/nouns.txt`).
    pub fn builtin() -> &'static Lexicon {
        static BUILTIN_LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        BUILTIN_LEXICON.get_or_init(|| {
            let mut lex = Lexicon::default();
            for (name, text) in BUILTIN {
                // Checked by this crate's tests: a failure is a build mistake, not user input.
                let part = Lexicon::parse(name, text)
                    .unwrap_or_else(|e| panic!("the built-in lexicon is invalid: {e}"));
                lex.extend(&part);
            }
            lex
        })
    }

    /// Parses lexicon text; `source_name` names it in errors and rule ids.
    /// A pattern written twice is refused: only the first could ever fire, so the second is a
    /// mistake (a forgotten entry written again, or a second code for the same words).
    pub fn parse(source_name: &str, text: &str) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        let mut first_line: HashMap<String, usize> = HashMap::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let entry = parse_line(source_name, i + 1, line)?;
            let words = entry
                .pattern
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(first) = first_line.insert(words, i + 1) {
                return Err(LexiconError {
                    source_name: source_name.to_string(),
                    line: i + 1,
                    problem: format!(
                        "'{}' is already the pattern of line {first}: keep one of the two",
                        entry.pattern
                    ),
                });
            }
            lex.add(entry);
        }
        Ok(lex)
    }

    /// Adds an entry (from this format or from a PETRARCH dictionary) and indexes its forms.
    pub fn add(&mut self, entry: LexEntry) {
        let idx = self.entries.len();
        let forms = match entry.kind {
            TriggerKind::Verb => verb_forms(&entry.lemma),
            TriggerKind::State => {
                let mut f = verb_forms(&entry.lemma);
                f.push(entry.lemma.clone());
                f
            }
            TriggerKind::Noun => noun_forms(&entry.lemma),
        };
        for f in forms {
            let list = self.by_form.entry((entry.kind, f)).or_default();
            if !list.contains(&idx) {
                list.push(idx);
            }
        }
        if entry.kind == TriggerKind::Verb {
            self.past_verb_forms.extend(past_forms(&entry.lemma));
        }
        if let (TriggerKind::Verb, Some(object)) = (entry.kind, &entry.object) {
            for f in object_noun_forms(object) {
                let list = self.by_object_noun.entry(f).or_default();
                if !list.contains(&idx) {
                    list.push(idx);
                }
            }
        }
        self.entries.push(entry);
    }

    /// Adds every entry of another lexicon (a user's dictionary beside the built-in one).
    pub fn extend(&mut self, other: &Lexicon) {
        for e in &other.entries {
            self.add(e.clone());
        }
    }

    /// Adds a user's dictionary that redefines the words it names: the entries of this lexicon
    /// with the same trigger (kind and lemma) as one of `other`'s are dropped first, so a user's
    /// coding of a verb replaces the built-in one instead of competing with it.
    pub fn override_with(&mut self, other: &Lexicon) {
        let redefined: std::collections::HashSet<(TriggerKind, &str)> = other
            .entries
            .iter()
            .map(|e| (e.kind, e.lemma.as_str()))
            .collect();
        let kept: Vec<LexEntry> = self
            .entries
            .iter()
            .filter(|e| !redefined.contains(&(e.kind, e.lemma.as_str())))
            .cloned()
            .collect();
        let mut rebuilt = Lexicon::default();
        for e in kept.into_iter().chain(other.entries.iter().cloned()) {
            rebuilt.add(e);
        }
        *self = rebuilt;
    }

    /// Entries whose trigger of `kind` has the surface form `form` (lower-case).
    pub fn lookup(&self, kind: TriggerKind, form: &str) -> impl Iterator<Item = &LexEntry> {
        self.by_form
            .get(&(kind, form.to_string()))
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i])
    }

    /// Verb entries whose required object noun has the surface form `form` (lower-case): the
    /// support verbs that carry the act a noun names ("launched *drills*").
    pub fn with_object_noun(&self, form: &str) -> impl Iterator<Item = &LexEntry> {
        self.by_object_noun
            .get(form)
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i])
    }

    /// Whether `form` (lower-case) is the past tense or past participle of a verb entry's lemma:
    /// what [`SentenceTree::with_lexicon`](super::tree::SentenceTree::with_lexicon) may take
    /// for a verb the tagger read as a noun.
    pub fn is_past_verb_form(&self, form: &str) -> bool {
        self.past_verb_forms.contains(form)
    }

    pub fn entries(&self) -> &[LexEntry] {
        &self.entries
    }

    /// Distinct (kind, form, entry) patterns the lexicon matches: entries times their forms.
    pub fn pattern_count(&self) -> usize {
        self.by_form.values().map(Vec::len).sum()
    }
}

/// Whether `form` is an inflection of the noun `lemma`; a pattern written with a plural object
/// ("fire missiles at R") also takes the singular ("fired a ballistic missile at").
pub fn is_noun_form(lemma: &str, form: &str) -> bool {
    object_noun_forms(lemma).iter().any(|f| f == form)
}

/// The forms [`is_noun_form`] accepts for `lemma`: its own, and those of every noun of its
/// kind in [`OBJECT_NOUN_KINDS`] ("send troops to R" also takes "sent 300 soldiers to").
fn object_noun_forms(lemma: &str) -> Vec<String> {
    let singular = super::inflect::singular(lemma);
    let kind = OBJECT_NOUN_KINDS.iter().find(|kind| {
        kind.iter()
            .any(|&n| n == lemma || singular.as_deref() == Some(n))
    });
    let mut forms = Vec::new();
    for noun in kind.map_or(vec![lemma], |kind| kind.to_vec()) {
        forms.extend(noun_forms(noun));
        forms.extend(super::inflect::singular(noun));
    }
    forms.extend(singular);
    forms
}

/// Object nouns that stand for one another in a pattern: news names the same act with any of
/// them ("deployed troops", "deployed soldiers", "deployed forces"), and the act's code does
/// not turn on the word. Peacekeepers, police and observers are their own kinds: sending them
/// is coded apart.
const OBJECT_NOUN_KINDS: &[&[&str]] = &[
    &[
        "troops",
        "soldiers",
        "forces",
        "marines",
        "paratroopers",
        "servicemen",
    ],
    &["police", "policemen", "gendarmes"],
    &["warships", "frigates", "destroyers", "gunboats"],
    &["ambassador", "envoy"],
    // "welcomed the court's judgment", "reversed its ruling": what an authority decides.
    &["decision", "ruling", "verdict", "judgment", "judgement"],
];

fn parse_line(source_name: &str, line: usize, text: &str) -> Result<LexEntry, LexiconError> {
    let bad = |problem: String| LexiconError {
        source_name: source_name.to_string(),
        line,
        problem,
    };
    let mut parts = text.split('|').map(str::trim);
    let head = parts.next().unwrap_or_default();
    let mut example = None;
    let mut negative = None;
    for p in parts {
        if let Some(n) = p.strip_prefix('!') {
            negative = Some(n.trim().to_string());
        } else if !p.is_empty() {
            example = Some(p.to_string());
        }
    }
    let (code_text, pattern) = head
        .split_once(char::is_whitespace)
        .ok_or_else(|| bad("no pattern after the code".into()))?;
    let code = CameoCode::new(code_text).map_err(|e| bad(e.to_string()))?;
    let pattern = pattern.trim();
    let words: Vec<&str> = pattern.split_whitespace().collect();
    let (kind, rest) = match words.as_slice() {
        ["A", "be", rest @ ..] => (TriggerKind::State, rest),
        ["A's", rest @ ..] => (TriggerKind::Noun, rest),
        ["A", rest @ ..] => (TriggerKind::Verb, rest),
        _ => return Err(bad(format!("'{pattern}' must start with A, A be or A's"))),
    };
    let mut rest = rest
        .iter()
        .copied()
        .filter(|w| !DETERMINERS.contains(w))
        .peekable();
    let lemma = rest
        .next()
        .filter(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .ok_or_else(|| bad(format!("'{pattern}' has no lower-case trigger lemma")))?
        .to_string();
    let mut entry = LexEntry {
        code,
        kind,
        lemma,
        object: None,
        object_modifiers: Vec::new(),
        particle: None,
        recipient: None,
        recipient_required: false,
        required_preps: Vec::new(),
        reciprocal: false,
        verdict: None,
        claim: false,
        threat: false,
        complement: None,
        pattern: pattern.to_string(),
        example,
        negative,
        source_name: source_name.to_string(),
        line,
    };
    let mut first = true;
    while let Some(w) = rest.next() {
        let next_is_r = matches!(rest.peek(), Some(&"R") | Some(&"R?"));
        match w {
            "R" | "R?" => set_recipient(&mut entry, Slot::Object, w == "R").map_err(&bad)?,
            "(reciprocal)" => entry.reciprocal = true,
            "(verdict)" => entry.verdict = Some(Verdict::Blame),
            "(praise)" => entry.verdict = Some(Verdict::Praise),
            "(claim)" => entry.claim = true,
            "(threat)" => entry.threat = true,
            // "give in to R", "hand over R": a particle right after the verb, not a preposition.
            w if first
                && PARTICLES.contains(&w)
                && kind == TriggerKind::Verb
                && !(next_is_r && PREPOSITIONS.contains(&w)) =>
            {
                entry.particle = Some(w.to_string())
            }
            w if PREPOSITIONS.contains(&w) && next_is_r => {
                let r = rest.next().unwrap_or("R");
                set_recipient(&mut entry, Slot::Prep(w.to_string()), r == "R").map_err(&bad)?;
            }
            w if PREPOSITIONS.contains(&w) => {
                let noun = rest
                    .next_if(|n| {
                        !PREPOSITIONS.contains(n)
                            && n.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    })
                    .map(str::to_string);
                entry.required_preps.push((w.to_string(), noun));
            }
            w if w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && entry.recipient.is_none()
                && entry.required_preps.is_empty() =>
            {
                // An earlier object word was a modifier of this one ("humanitarian aid").
                if let Some(m) = entry.object.replace(w.to_string()) {
                    entry.object_modifiers.push(m);
                }
            }
            // "find R guilty": a word after the object is its predicate.
            w if w.chars().all(|c| c.is_ascii_lowercase())
                && kind == TriggerKind::Verb
                && entry.recipient == Some(Slot::Object)
                && entry.complement.is_none()
                && entry.required_preps.is_empty() =>
            {
                entry.complement = Some(w.to_string())
            }
            w => return Err(bad(format!("'{w}' is not understood in '{pattern}'"))),
        }
        first = false;
    }
    if kind == TriggerKind::Noun && entry.recipient == Some(Slot::Object) {
        return Err(bad(
            "an event noun takes its recipient after a preposition (A's visit to R)".into(),
        ));
    }
    Ok(entry)
}

fn set_recipient(entry: &mut LexEntry, slot: Slot, required: bool) -> Result<(), String> {
    if entry.recipient.is_some() {
        return Err(format!("'{}' has two recipient slots", entry.pattern));
    }
    entry.recipient = Some(slot);
    entry.recipient_required = required;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_parse_into_frames() {
        let lex = Lexicon::parse(
            "t",
            "046 A hold talks with R | Pompeo held talks with Lavrov.\n\
             173 A charge R with | Police charged Whelan with espionage. | !The troops charged.\n\
             042 A's visit to R | Pompeo's visit to Russia.\n\
             110 A be concerned by R\n\
             040 A meet R? (reciprocal)\n\
             0253 A call for release of R\n",
        )
        .unwrap();
        let e = &lex.entries()[0];
        assert_eq!(e.lemma, "hold");
        assert_eq!(e.object.as_deref(), Some("talks"));
        assert_eq!(e.recipient, Some(Slot::Prep("with".into())));
        let charge = &lex.entries()[1];
        assert_eq!(charge.recipient, Some(Slot::Object));
        assert_eq!(charge.required_preps, [("with".to_string(), None)]);
        assert_eq!(charge.negative.as_deref(), Some("The troops charged."));
        assert_eq!(lex.entries()[2].kind, TriggerKind::Noun);
        assert_eq!(lex.entries()[3].kind, TriggerKind::State);
        assert!(lex.entries()[4].reciprocal && !lex.entries()[4].recipient_required);
        let release = &lex.entries()[5];
        assert_eq!(
            release.required_preps,
            [("for".to_string(), Some("release".to_string()))]
        );
        assert_eq!(release.recipient, Some(Slot::Prep("of".into())));
        assert_eq!(lex.lookup(TriggerKind::Verb, "held").count(), 1);
        assert_eq!(lex.lookup(TriggerKind::Noun, "visits").count(), 1);
        assert_eq!(lex.lookup(TriggerKind::Verb, "visits").count(), 0);
    }

    #[test]
    fn a_word_after_the_object_is_its_predicate() {
        let lex = Lexicon::parse(
            "t",
            "116 A find R guilty | The court found Whelan guilty.\n\
             173 A take R to court | Activists took the government to court.\n",
        )
        .unwrap();
        let e = &lex.entries()[0];
        assert_eq!(e.complement.as_deref(), Some("guilty"));
        assert_eq!(e.recipient, Some(Slot::Object));
        // A preposition after the object is a required phrase, not a predicate.
        assert_eq!(lex.entries()[1].complement, None);
        // A second word after the predicate is not understood.
        assert!(Lexicon::parse("t", "116 A find R guilty again\n").is_err());
    }

    #[test]
    fn a_pattern_written_twice_is_refused_with_both_lines() {
        let err = Lexicon::parse(
            "verbs.txt",
            "073 A distribute aid to R | The Red Cross distributed aid to the victims.\n\
             046 A hold talks with R\n\
             073 A distribute  aid to R | The WFP distributed aid to the refugees.\n",
        )
        .unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.problem.contains("line 1"), "{err}");
        // The same words with another slot or object are another pattern.
        assert!(
            Lexicon::parse(
                "t",
                "073 A distribute aid to R\n073 A distribute food to R\n"
            )
            .is_ok()
        );
    }

    #[test]
    fn joint_acts_are_with_acts_and_reciprocal_ones_but_not_statements() {
        let lex = Lexicon::parse(
            "t",
            "057 A sign agreement with R | The two leaders signed an agreement.\n\
             040 A meet R? (reciprocal) | Pashinyan and Aliyev met.\n\
             019 A agree with R | Saudi Arabia and Iran agreed to restore relations.\n\
             111 A condemn R | Russia and China condemned the strike.\n",
        )
        .expect("valid lexicon");
        let joint: Vec<bool> = lex.entries().iter().map(LexEntry::symmetric).collect();
        assert_eq!(joint, vec![true, true, false, false]);
    }

    #[test]
    fn malformed_lines_name_the_line() {
        let err = Lexicon::parse("mine.txt", "# c\n042 visit R\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.to_string().contains("mine.txt line 2"));
        assert!(Lexicon::parse("t", "999 A visit R").is_err());
        assert!(Lexicon::parse("t", "042 A visit R to R").is_err());
        assert!(Lexicon::parse("t", "042 A's visit R").is_err());
    }

    #[test]
    fn builtin_lexicon_is_valid_and_broad() {
        let lex = Lexicon::builtin();
        let mut roots: Vec<&str> = lex.entries().iter().map(|e| e.code.root()).collect();
        roots.sort();
        roots.dedup();
        assert_eq!(roots.len(), 20, "every CAMEO root has an entry: {roots:?}");
        // Entries, not inflected forms: one trigger with one frame and one code each.
        assert!(
            lex.entries().len() > 1000,
            "{} entries",
            lex.entries().len()
        );
        for e in lex.entries() {
            assert!(
                e.example.is_some(),
                "{} line {} ({}) has no example",
                e.source_name,
                e.line,
                e.pattern
            );
        }
        // Each file holds its own word class, so a reader finds an entry where it belongs.
        for e in lex.entries() {
            let nouns = e.source_name == "nouns.txt";
            assert_eq!(
                e.kind == TriggerKind::Noun,
                nouns,
                "{} line {} ({}) is in the wrong file",
                e.source_name,
                e.line,
                e.pattern
            );
        }
    }

    #[test]
    fn an_object_noun_takes_the_nouns_of_its_kind_and_no_others() {
        assert!(is_noun_form("troops", "soldiers"));
        assert!(is_noun_form("troops", "soldier"));
        assert!(is_noun_form("soldiers", "forces"));
        assert!(is_noun_form("ambassador", "envoys"));
        assert!(is_noun_form("missiles", "missile"));
        assert!(is_noun_form("decision", "judgment"));
        assert!(is_noun_form("decision", "rulings"));
        // Must not: peacekeepers and police are sent apart from an army.
        assert!(!is_noun_form("troops", "peacekeepers"));
        assert!(!is_noun_form("troops", "police"));
        assert!(!is_noun_form("missiles", "rockets"));
        assert!(!is_noun_form("decision", "order"));
    }
}
