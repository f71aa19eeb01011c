//! Mention candidates: names from the NER tagger and the knowledge base, described actors
//! ("a senior State Department official", "Top US officials"), nationality groups ("Americans"),
//! and the roles the text states around a name (a title before it, an apposition after it). What
//! kind of thing a name is (a person, a place, a body) is read from the words around it by the
//! predicates of `name_kind`.
//!
//! **Invariant:** candidates of one sentence never overlap, and every candidate's tokens lie
//! inside its sentence.

use super::name_kind::{
    BODY_HEADS, BODY_PROOF_PLACE_HEADS, FACILITY_HEADS, PLACE_HEADS, PLACE_PREPOSITIONS, PLACES,
    THING_NOUNS, is_contained_place, is_described_speaker, is_east_asian_name, is_first_name,
    is_given_and_family_name, is_known_place, is_named_people, is_named_relative, is_no_person,
    opens_dateline, place_cue, preposition_before, unpersonal_kind,
};
use crate::Parsed;
use crate::record::EntityType;
use newsgraph_kb::{ActorCode, AgentRole, Entry, EntryId, EntryKind, Kb, KbMatch, RoleModifier};
use newsgraph_text::normalize;
use std::ops::Range;

/// A mention before clustering.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub sentence: usize,
    /// Document token indices.
    pub tokens: Range<usize>,
    pub kind: EntityType,
    /// Knowledge-base entries the name may be, best first.
    pub kb: Vec<EntryId>,
    /// Roles the text states for this mention.
    pub roles: Vec<FoundRole>,
    /// The actor the context makes this mention part of ("Americans …, including X": USA).
    pub context: Option<FoundRole>,
    /// A described actor ("a senior State Department official"), not a name.
    pub described: bool,
    /// For described actors: the agent entry that heads the description.
    pub agent: Option<EntryId>,
    /// A place name that stands for its government here ("Moscow said").
    pub metonym: bool,
    /// A use of a country's name that says neither place nor actor ("defeated Sweden",
    /// "Sweden's first victory"): it abstains when the entity's type is voted.
    pub abstains: bool,
    /// The words around the name say it is a place ("the district of Gorkha", "Hrabove, a
    /// village in ..."): evidence enough to map a small or unknown one.
    pub place_cue: bool,
}

/// A role stated in the text: the words, and what they say about country and role.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundRole {
    pub start: usize,
    pub end: usize,
    /// ISO3 (or IGO) of the country the words name.
    pub country: Option<String>,
    /// The role after modifiers; `None` when a modifier took it away ("former marine").
    pub role: Option<AgentRole>,
    /// The code of an organisation named in the words ("State Department" official: USAGOV).
    pub org: Option<ActorCode>,
    /// The agent noun that gives the role ("foreign minister").
    pub agent: Option<EntryId>,
}

impl FoundRole {
    /// The actor code these words give, if they give one.
    pub fn code(&self) -> Option<ActorCode> {
        let country = self.country.as_deref().and_then(|c| ActorCode::new(c).ok());
        match (&self.org, &self.role) {
            (Some(org), Some(role)) if org.groups().any(|g| role.code.groups().any(|r| r == g)) => {
                Some(org.clone())
            }
            (Some(org), _) => Some(org.clone()),
            (None, Some(role)) => Some(role.apply(country.as_ref())),
            (None, None) => country,
        }
    }
    pub fn says_something(&self) -> bool {
        self.country.is_some() || self.role.is_some() || self.org.is_some()
    }
}

/// Words that may sit inside a title or description without being a title themselves.
const DESCRIPTION_WORDS: &[&str] = &[
    "senior",
    "top",
    "chief",
    "high-ranking",
    "high-level",
    "unnamed",
    "anonymous",
    "local",
    "foreign",
    "leading",
    "then",
    "newly",
    "elected",
    "appointed",
    "democratically",
    "self-declared",
    "self-proclaimed",
    "longtime",
    "long-time",
    "veteran",
    "powerful",
    "influential",
    "prominent",
    "two",
    "three",
    "several",
    "many",
    "some",
    "other",
    "same",
    "new",
    "current",
    "outgoing",
    "regional",
    "provincial",
    "federal",
    "national",
    "state",
    // "Israeli naval commandos", "Iranian elite troops": words of how a force is armed or
    // dressed stand between its country and its noun.
    "naval",
    "elite",
    "armed",
    "heavily",
    "masked",
    "uniformed",
    "plainclothes",
    "undercover",
    "off-duty",
];
/// Head nouns of titles the knowledge base may not list ("founder of ...").
const TITLE_HEADS: &[&str] = &[
    "founder",
    "co-founder",
    "head",
    "leader",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "member",
    "owner",
    "executive",
    "ceo",
    "boss",
    "secretary",
    "commander",
    "editor",
    "partner",
];
pub(super) const DETERMINERS: &[&str] = &["a", "an", "the", "this", "that", "these", "those"];

/// Agent entries that name an institution rather than a person.
const INSTITUTIONS: &[&str] = &[
    "government",
    "foreign ministry",
    "defence ministry",
    "ministry",
    "parliament",
    "military",
    "police",
    "embassy",
    "opposition",
    "state media",
    "rights group",
    "aid group",
    "intelligence service",
    "court",
    "company",
    "bank",
    "investment fund",
    "party",
    "media",
];

pub(super) struct Sentence<'a> {
    pub(super) p: &'a Parsed,
    pub(super) s: usize,
    /// First document token of the sentence.
    pub(super) base: usize,
    pub(super) words: Vec<String>,
    pub(super) lower: Vec<String>,
    pub(super) matches: Vec<KbMatch>,
}

impl<'a> Sentence<'a> {
    fn new(p: &'a Parsed, kb: &Kb, s: usize) -> Sentence<'a> {
        let sent = &p.doc.sentences[s];
        let toks = &p.doc.tokens[sent.tokens.clone()];
        let text = p.doc.text();
        let words: Vec<String> = toks
            .iter()
            .map(|t| normalize(t.text(text)).into_owned())
            .collect();
        let lower = words.iter().map(|w| w.to_lowercase()).collect();
        let matches = kb.find(text, toks);
        Sentence {
            p,
            s,
            base: sent.tokens.start,
            words,
            lower,
            matches,
        }
    }
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }
    pub(super) fn upos(&self, i: usize) -> &str {
        self.p.analyses[self.s].upos.get(i).copied().unwrap_or("X")
    }
    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        self.words[i].chars().next().is_some_and(char::is_uppercase)
    }
    /// Reads word `i` as the entry `id` alone, in place of any match of that one word.
    fn read_word_as(&mut self, i: usize, id: EntryId) {
        let word = &self.p.doc.tokens[self.base + i];
        let (start, end) = (word.start, word.end);
        self.matches.retain(|m| m.tokens != (i..i + 1));
        let at = self.matches.partition_point(|m| m.tokens.start <= i);
        self.matches.insert(
            at,
            KbMatch {
                tokens: i..i + 1,
                start,
                end,
                candidates: vec![id],
            },
        );
    }
    fn span_bytes(&self, r: &Range<usize>) -> (usize, usize) {
        let t = &self.p.doc.tokens;
        (t[self.base + r.start].start, t[self.base + r.end - 1].end)
    }
    /// Knowledge-base matches of `kind` that cover exactly `r`.
    pub(super) fn entries_at(&self, kb: &Kb, r: &Range<usize>, kind: EntryKind) -> Vec<EntryId> {
        self.matches
            .iter()
            .filter(|m| m.tokens == *r)
            .flat_map(|m| m.candidates.iter().copied())
            .filter(|id| kb.entry(*id).kind == kind)
            .collect()
    }
    /// The longest match starting at `i` whose best candidate is one of `kinds`.
    pub(super) fn match_at(
        &self,
        kb: &Kb,
        i: usize,
        kinds: &[EntryKind],
    ) -> Option<(Range<usize>, EntryId)> {
        self.matches
            .iter()
            .filter(|m| m.tokens.start == i)
            .find_map(|m| {
                m.candidates
                    .iter()
                    .find(|id| kinds.contains(&kb.entry(**id).kind))
                    .map(|id| (m.tokens.clone(), *id))
            })
    }
    /// A country, nationality or organisation name (or a possessive, "Japan's") ending at token
    /// `end`: where it starts, the country it names and the organisation's actor code.
    fn qualifier_ending(
        &self,
        kb: &Kb,
        end: usize,
    ) -> Option<(usize, Option<String>, Option<ActorCode>)> {
        let possessive = end >= 2 && matches!(self.lower[end - 1].as_str(), "'s" | "'");
        let at = if possessive { end - 1 } else { end };
        // "Fumio Kishida's government": a known person's possessive gives that person's country.
        let kinds: &[EntryKind] = if possessive {
            &[
                EntryKind::Country,
                EntryKind::Organization,
                EntryKind::Person,
            ]
        } else {
            &[
                EntryKind::Country,
                EntryKind::Demonym,
                EntryKind::Organization,
            ]
        };
        // "Seoul's foreign ministry", "Cairo's mediators": a capital's possessive stands for its
        // state as the capital does when it acts (the sets' metonym rule), so it gives its
        // country; other towns' possessives ("Lima's centre") name a place, not an owner. So
        // does a capital set before the role as its qualifier ("Tokyo prosecutors").
        let capital = || {
            self.match_ending(kb, at, &[EntryKind::City])
                .filter(|(_, id)| kb.entry(*id).capital_of().is_some())
        };
        let (r, id) = self.match_ending(kb, at, kinds).or_else(capital)?;
        let id = self.person_named_in_full(kb, &r, id);
        let e = kb.entry(id);
        let date = self.p.published();
        let org = if e.kind == EntryKind::Organization {
            date.and_then(|d| kb.actor_at(id, d))
                .or_else(|| e.codes.first().map(|c| c.code.clone()))
        } else {
            None
        };
        Some((r.start, e.country.clone(), org))
    }

    /// "Toure's elected government" in a story that names Amadou Toumani Toure: of the people
    /// the knowledge base knows by the words `r`, the one whose full name the article writes
    /// (not Ahmed Sekou Toure, Guinea's president until 1984); `id` when it writes none of theirs
    /// or `id` is no person.
    fn person_named_in_full(&self, kb: &Kb, r: &Range<usize>, id: EntryId) -> EntryId {
        if kb.entry(id).kind != EntryKind::Person {
            return id;
        }
        let text = self.p.doc.text();
        let written = |e: &Entry| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .filter(|n| n.split_whitespace().nth(1).is_some())
                .any(|n| text.contains(n.as_str()))
        };
        self.matches
            .iter()
            .filter(|m| m.tokens == *r)
            .flat_map(|m| m.candidates.iter().copied())
            .find(|c| kb.entry(*c).kind == EntryKind::Person && written(kb.entry(*c)))
            .unwrap_or(id)
    }

    /// Whether token `k` is a lower-case singular noun no agent entry lists, right after a
    /// country's qualifier: an occupation or a portfolio of that country ("American *pastor*
    /// Andrew Brunson", "Ethiopia's *water* minister"), not a headline's verb the tagger took
    /// for a noun ("Ecuador grants Assange").
    fn is_qualified_noun(&self, kb: &Kb, k: usize) -> bool {
        self.upos(k) == "NOUN"
            && self.words[k] == self.lower[k]
            && !self.lower[k].ends_with('s')
            && self.qualifier_ending(kb, k).is_some()
    }

    /// The country of a place, country or organisation named right after a role noun that ends
    /// at `end`, joined by "of" or "in" ("the premier *of Rhineland-Palatinate*", "the governor
    /// of Beirut", "her counterpart in North Rhine-Westphalia"): an office tied to a place is an
    /// office of that place's country. `None` when no such phrase follows, or when the office
    /// (`office`, the role noun's agent entry) is a diplomat's, held for one state in another
    /// ("the Maldivian envoy in New Delhi").
    fn place_country_after(&self, kb: &Kb, office: Option<EntryId>, end: usize) -> Option<String> {
        if office.is_some_and(|id| is_diplomat(kb, id))
            || !matches!(self.lower.get(end).map(String::as_str), Some("of" | "in"))
        {
            return None;
        }
        let kinds = [
            EntryKind::Country,
            EntryKind::Admin1,
            EntryKind::Admin2,
            EntryKind::City,
            EntryKind::Organization,
        ];
        // "a tribunal in The Hague": a name that begins with its article is looked up whole
        // first (the bare "Hague" is a town in Canada).
        let i = end + 1;
        let (_, id) = self.match_at(kb, i, &kinds).or_else(|| {
            self.lower
                .get(i)
                .is_some_and(|w| w == "the")
                .then(|| self.match_at(kb, i + 1, &kinds))
                .flatten()
        })?;
        // "The judges in The Hague", "the court in The Hague": the courts news places there are
        // the international ones (the ICJ, the ICC, the war crimes tribunals), not the Dutch.
        let judicial = office.is_some_and(|o| {
            kb.entry(o)
                .role
                .as_ref()
                .is_some_and(|r| r.code.groups().any(|g| g == "JUD"))
        });
        if judicial && kb.entry(id).kind == EntryKind::City && kb.entry(id).name == "The Hague" {
            return Some("IGO".to_string());
        }
        kb.entry(id).country.clone()
    }

    /// The longest match ending at `end` (exclusive) whose candidate is one of `kinds`.
    fn match_ending(
        &self,
        kb: &Kb,
        end: usize,
        kinds: &[EntryKind],
    ) -> Option<(Range<usize>, EntryId)> {
        self.matches
            .iter()
            .filter(|m| m.tokens.end == end)
            .filter_map(|m| {
                m.candidates
                    .iter()
                    .find(|id| kinds.contains(&kb.entry(**id).kind))
                    .map(|id| (m.tokens.clone(), *id))
            })
            .max_by_key(|(r, _)| r.len())
    }
}

/// All candidates of the article, in text order.
pub fn collect(p: &Parsed, kb: &Kb) -> Vec<Candidate> {
    let mut sentences: Vec<Sentence> = (0..p.doc.sentences.len())
        .map(|s| Sentence::new(p, kb, s))
        .collect();
    read_short_names(kb, &mut sentences);
    read_state_descriptions(kb, &mut sentences);
    let mut out = Vec::new();
    for v in &sentences {
        out.extend(sentence_candidates(v, kb));
    }
    add_untagged_surnames(p, &mut out);
    mark_teams_of_score_lines(p, kb, &mut out);
    out
}

/// "North Korea blew up the office ... the North's army said", "China sent warships around
/// Taiwan ... the island's defence ministry said": a story that names a country and then calls it
/// by a short name ([`short_names`]) means that country; the gazetteer's readings of the bare word
/// (Cameroon's North Region) give way to it.
fn read_short_names(kb: &Kb, sentences: &mut [Sentence]) {
    for (short, country) in short_names(kb, sentences) {
        for v in sentences.iter_mut() {
            for i in 1..v.len() {
                let next_capitalised = i + 1 < v.len() && v.is_capitalised(i + 1);
                let next_noun = i + 1 < v.len() && matches!(v.upos(i + 1), "NOUN" | "PROPN");
                // "the North" but not "the North Atlantic"; "the island" but not "the island
                // nation" (whose noun is the description) nor "the Island".
                let fits = if short == "island" {
                    !v.is_capitalised(i) && !next_noun
                } else {
                    v.is_capitalised(i) && !next_capitalised
                };
                if v.lower[i] != short || v.lower[i - 1] != "the" || !fits {
                    continue;
                }
                v.read_word_as(i, country);
            }
        }
    }
}

/// "*The kingdom* saw no need for mediation", "urged *the kingdom* to let Hariri come home": a
/// definite description of a kind of state is the state of that kind the article named last
/// before it, in an earlier sentence or earlier in its own ("demanded that Saudi Arabia
/// apologise ... and accused *the kingdom* of mismanaging the haj"): a monarchy for "the
/// kingdom", an emirate for "the emirate". A
/// description qualified by a noun after it ("the kingdom's army" is fine, "the kingdom army" is
/// not) or capitalised inside a sentence ("the Kingdom of Spain") is left alone, as is one no
/// state of its kind was named before. "The country" and "the nation" are not read so: any state
/// may be meant, and the one named last is wrong as often as right ("China closed its embassy in
/// the country" after a line on Washington's help to Ecuador).
fn read_state_descriptions(kb: &Kb, sentences: &mut [Sentence]) {
    let mut named: Vec<EntryId> = Vec::new();
    for v in sentences.iter_mut() {
        // The countries the sentence names, each with the token its name ends before.
        let countries: Vec<(usize, EntryId)> = v
            .matches
            .iter()
            .filter_map(|m| Some((m.tokens.end, m.candidates.first().copied()?)))
            .filter(|(_, id)| kb.entry(*id).kind == EntryKind::Country)
            .collect();
        let mut found = Vec::new();
        for i in 1..v.len() {
            if v.lower[i - 1] != "the" || v.is_capitalised(i) {
                continue;
            }
            let kinds = match v.lower[i].as_str() {
                "kingdom" => KINGDOMS,
                "emirate" => EMIRATES,
                _ => continue,
            };
            if i + 1 < v.len() && matches!(v.upos(i + 1), "NOUN" | "PROPN") {
                continue;
            }
            let fits = |id: &EntryId| {
                kb.entry(*id)
                    .country
                    .as_deref()
                    .is_some_and(|c| kinds.contains(&c))
            };
            let here_before = countries
                .iter()
                .filter(|(end, _)| *end <= i)
                .map(|(_, id)| *id);
            if let Some(country) = named.iter().copied().chain(here_before).filter(fits).last() {
                found.push((i, country));
            }
        }
        for (i, country) in found {
            v.read_word_as(i, country);
        }
        named.extend(countries.into_iter().map(|(_, id)| id));
    }
}

/// Monarchies news calls "the kingdom".
const KINGDOMS: &[&str] = &[
    "SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM",
    "BTN", "LSO", "SWZ", "TON",
];

/// Emirates news calls "the emirate".
const EMIRATES: &[&str] = &["QAT", "ARE", "KWT"];

/// Island states news calls "the island" once it has named them. States sharing their island
/// (Haiti, Ireland) and states of many islands (Japan, the Philippines) are left out.
const ISLAND_STATES: &[&str] = &[
    "TWN", "CUB", "CYP", "LKA", "JAM", "MDG", "ISL", "MLT", "MUS", "SGP", "BHR", "FJI", "WSM",
    "NRU", "BRB", "DMA", "GRD", "LCA", "GRL", "PRI",
];

/// The short names of the countries an article names, with the country each stands for: "north"
/// and "south" for a country so named (North Korea, South Sudan), "island" for the one island
/// state named. A short name two named countries could take (North Korea and North Macedonia;
/// Cuba and Jamaica) is left out.
fn short_names(kb: &Kb, sentences: &[Sentence]) -> Vec<(&'static str, EntryId)> {
    let mut named: Vec<(&'static str, Option<EntryId>)> = Vec::new();
    let mut note =
        |short: &'static str, id: EntryId| match named.iter_mut().find(|(s, _)| *s == short) {
            Some((_, seen)) if *seen != Some(id) => *seen = None,
            Some(_) => {}
            None => named.push((short, Some(id))),
        };
    for v in sentences {
        for m in &v.matches {
            let Some(&id) = m.candidates.first() else {
                continue;
            };
            let e = kb.entry(id);
            if e.kind != EntryKind::Country {
                continue;
            }
            if m.tokens.len() >= 2 {
                match v.lower[m.tokens.start].as_str() {
                    "north" => note("north", id),
                    "south" => note("south", id),
                    _ => {}
                }
            }
            if e.country
                .as_deref()
                .is_some_and(|c| ISLAND_STATES.contains(&c))
            {
                note("island", id);
            }
        }
    }
    named
        .into_iter()
        .filter_map(|(short, id)| Some((short, id?)))
        .collect()
}

/// "Sweden 1 – 0 Korea Republic", "Belgium defeated debutants Panama 3 – 0": a country written
/// beside a match score is its national team, and in that article every mention of the country
/// is the team ("England had better ball possession", "a header for Belgium"), an organisation
/// with the country's code, however the sentence uses it. A country no score line names stays
/// what its uses say ("the match in Russia").
fn mark_teams_of_score_lines(p: &Parsed, kb: &Kb, cands: &mut [Candidate]) {
    let text = p.doc.text();
    let tokens = &p.doc.tokens;
    let word = |t: usize| tokens.get(t).map_or("", |tok| tok.text(text));
    let goals = |t: usize| {
        let w = word(t);
        (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let dash = |t: usize| matches!(word(t), "–" | "-" | "—" | "−");
    // A score of three tokens ("1 – 0") starting at `t`, or one token ("1-0").
    let score_at = |t: usize| {
        (goals(t) && dash(t + 1) && goals(t + 2))
            || word(t).split_once(['–', '-', '—']).is_some_and(|(a, b)| {
                (1..=2).contains(&a.len())
                    && (1..=2).contains(&b.len())
                    && a.bytes().chain(b.bytes()).all(|x| x.is_ascii_digit())
            })
    };
    let score_ends_at = |end: usize| {
        (end >= 3 && goals(end - 3) && dash(end - 2) && goals(end - 1))
            || (end >= 1 && score_at(end - 1) && !goals(end - 1))
    };
    // Countries, and the home nations of the United Kingdom, which field teams of their own.
    let country_of = |c: &Candidate| {
        c.kb.first().copied().filter(|id| {
            let e = kb.entry(*id);
            !c.described
                && (e.kind == EntryKind::Country
                    || (e.kind == EntryKind::Admin1 && e.country.as_deref() == Some("GBR")))
        })
    };
    let mut teams: Vec<EntryId> = Vec::new();
    for c in cands.iter() {
        let Some(id) = country_of(c) else { continue };
        let sentence = &p.doc.sentences[c.sentence].tokens;
        let after = c.tokens.end < sentence.end && score_at(c.tokens.end);
        let before = c.tokens.start > sentence.start && score_ends_at(c.tokens.start);
        if (after || before) && !teams.contains(&id) {
            teams.push(id);
        }
    }
    for c in cands.iter_mut() {
        if country_of(c).is_some_and(|id| teams.contains(&id)) {
            c.kind = EntityType::Organization;
            c.abstains = false;
        }
    }
}

/// "State Department spokesman Ned Price said ... \"We will judge them,\" Price said": news
/// refers to a person by surname after the full name, and the tagger misses surnames that are
/// also common words. A capitalised word that is the surname of a person named in full earlier
/// in the article, inside no other mention, is that person; as the first word of its sentence
/// (where any word is capitalised: "Price rises") only where the tagger reads it as a name. A
/// surname with an Arabic article is also used without it ("Fayez al-Serraj ... Serraj accused").
fn add_untagged_surnames(p: &Parsed, cands: &mut Vec<Candidate>) {
    let text = p.doc.text();
    let word = |t: usize| normalize(p.doc.tokens[t].text(text)).into_owned();
    // (surname, token where its full name ends)
    let surnames: Vec<(String, usize)> = cands
        .iter()
        .filter(|c| c.kind == EntityType::Person && !c.described && c.tokens.len() >= 2)
        .map(|c| {
            let last = word(c.tokens.end - 1);
            let bare = without_arabic_article(&last).map_or(last.clone(), str::to_string);
            (bare, c.tokens.end)
        })
        .filter(|(w, _)| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
        .collect();
    if surnames.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for (s, sent) in p.doc.sentences.iter().enumerate() {
        let first_word = sent
            .tokens
            .clone()
            .find(|&t| word(t).chars().any(char::is_alphanumeric));
        let tagged_name = |t: usize| {
            p.analyses
                .get(s)
                .and_then(|a| a.upos.get(t - sent.tokens.start))
                == Some(&"PROPN")
        };
        for t in sent.tokens.clone() {
            if (Some(t) == first_word && !tagged_name(t))
                || cands.iter().any(|c| c.tokens.contains(&t))
            {
                continue;
            }
            let w = word(t);
            if !w.chars().next().is_some_and(char::is_uppercase)
                || !surnames.iter().any(|(n, end)| *n == w && *end <= t)
            {
                continue;
            }
            added.push(candidate(s, t..t + 1, EntityType::Person, Vec::new()));
        }
    }
    if !added.is_empty() {
        cands.extend(added);
        cands.sort_by_key(|c| c.tokens.start);
    }
}

/// The qualifier (country, nationality, organisation or possessive) that ends right before token
/// `end` of sentence `s` ("*Russian* custody"): where it starts, its country and an organisation's
/// code. The same scan titles and described actors use, for stages after this one (the event
/// coder's implied authorities) that see no mention on a bare nationality adjective.
pub(crate) fn qualifier_before(
    p: &Parsed,
    kb: &Kb,
    s: usize,
    end: usize,
) -> Option<(usize, Option<String>, Option<ActorCode>)> {
    if s >= p.doc.sentences.len() || end == 0 {
        return None;
    }
    Sentence::new(p, kb, s).qualifier_ending(kb, end)
}

fn sentence_candidates(v: &Sentence, kb: &Kb) -> Vec<Candidate> {
    let mut names = names(v, kb);
    let mut taken = vec![false; v.len()];
    for c in &names {
        taken[c.tokens.clone()].iter_mut().for_each(|t| *t = true);
    }
    // "Khaled Al-Maeena, editor at large at the Saudi Gazette, said": a name the tagger left
    // untyped, which the knowledge base does not know, followed by an apposition whose head is a
    // person's title, is a person.
    // The same with a person's title right before it: "Government spokesman Basim al-Awadi
    // called the strikes a violation".
    let personal_role = |role: &FoundRole| {
        role.agent
            .is_some_and(|id| !INSTITUTIONS.contains(&kb.entry(id).name.as_str()))
    };
    for c in names
        .iter_mut()
        .filter(|c| c.kind == EntityType::Misc && c.kb.is_empty())
    {
        let personal = apposition_after(v, kb, past_age(v, c.tokens.end))
            .is_some_and(|(_, role)| personal_role(&role))
            || v.match_ending(kb, c.tokens.start, &[EntryKind::Agent])
                .is_some_and(|(r, id)| {
                    // "the religious schools Santo Spirito": a noun of things names no person,
                    // even where an agent entry lists it ("schools", EDU).
                    !INSTITUTIONS.contains(&kb.entry(id).name.as_str())
                        && !THING_NOUNS.contains(&v.lower[r.end - 1].as_str())
                });
        if personal {
            c.kind = EntityType::Person;
        }
    }
    // Titles before and appositions after named people.
    let mut titles: Vec<Range<usize>> = Vec::new();
    let mut plural_titles: Vec<(usize, Range<usize>, FoundRole)> = Vec::new();
    let mut bodies: Vec<Candidate> = Vec::new();
    for c in names.iter_mut().filter(|c| c.kind == EntityType::Person) {
        let roles_before = c.roles.len();
        if let Some((range, role)) = title_before(v, kb, c.tokens.start) {
            // "Foreign Ministry spokeswoman Maria Zakharova", "Iran's Foreign Ministry spokesman
            // Nasser Kanaani": a body written as a name inside a person's title is named there
            // too; with no country before it, it is the country of the holder the knowledge base
            // knows (Zakharova's ministry is Russia's).
            let holder =
                c.kb.first()
                    .and_then(|id| kb.entry(*id).country.clone())
                    .filter(|c| c != "IGO");
            bodies.extend(body_in_title(v, kb, &range, holder));
            taken[range.clone()].iter_mut().for_each(|t| *t = true);
            titles.push(range);
            c.roles.push(role);
        } else if let Some((range, role)) = title_before_comma(v, kb, &c.tokens) {
            taken[range.clone()].iter_mut().for_each(|t| *t = true);
            titles.push(range);
            c.roles.push(role);
        }
        if let (Some(title), Some(role)) = (titles.last(), c.roles.get(roles_before))
            && title.end <= c.tokens.start
            && is_plural_noun(v, title.end - 1)
        {
            plural_titles.push((c.tokens.start, title.clone(), role.clone()));
        }
        let apposition_comma = past_age(v, c.tokens.end);
        // "Toke Talagi, the premier of Niue, who chairs the Pacific Islands Forum": the chair
        // of a body is read past the apposition as well.
        let chair = chair_after(v, kb, apposition_comma);
        if let Some((range, role)) = apposition_after(v, kb, apposition_comma) {
            taken[range].iter_mut().for_each(|t| *t = true);
            c.roles.push(role);
            c.roles.extend(chair);
        } else if let Some(role) = chair {
            c.roles.push(role);
        } else if c.kb.is_empty()
            && let Some(role) = residence_after(v, kb, apposition_comma)
        {
            c.roles.push(role);
        }
    }
    // A word of a title the tagger took for a name of its own ("*Defence* Minister Mariusz
    // Blaszczak" as an organisation) is part of the title; names the title holds for what they
    // are ("*US* Secretary of State", a country) stay.
    names.retain(|c| {
        c.kind == EntityType::Person
            || !c.kb.is_empty()
            || !titles
                .iter()
                .any(|t| t.start <= c.tokens.start && c.tokens.end <= t.end)
    });
    for body in bodies {
        if !names.iter().any(|c| overlaps(&c.tokens, &body.tokens)) {
            names.push(body);
        }
    }
    names.sort_by_key(|c| c.tokens.start);
    for (name_start, title, role) in plural_titles {
        share_plural_title(v, kb, &mut names, name_start, &title, &role);
    }
    // Organisations followed by what they are ("the Baring Vostok investment fund").
    for c in names
        .iter_mut()
        .filter(|c| c.kind == EntityType::Organization)
    {
        if let Some((r, id)) = v.match_at(kb, c.tokens.end, &[EntryKind::Agent])
            && INSTITUTIONS.contains(&kb.entry(id).name.as_str())
        {
            taken[r.clone()].iter_mut().for_each(|t| *t = true);
            let (start, end) = v.span_bytes(&r);
            c.roles.push(FoundRole {
                start,
                end,
                country: None,
                role: kb.entry(id).role.clone(),
                org: None,
                agent: Some(id),
            });
        }
    }
    // "Kenya's Supreme Court", "the Kenyan Constitutional Court": a name the knowledge base
    // knows as an agent noun, after a qualifier that names a country, is that country's role.
    // Without one it is the role alone, as "the court" is: the home country completes it in a
    // story of one country, the event's place or story in the coder otherwise.
    for c in names.iter_mut().filter(|c| c.roles.is_empty()) {
        // "the Japanese Embassy said", tagged as one name the knowledge base does not know:
        // the name is the role of the qualifier's country (JPNGOV), not a name with no code.
        if c.kb.is_empty()
            && matches!(c.kind, EntityType::Organization | EntityType::Misc)
            && let Some((id, country)) = qualified_role_noun(v, kb, &c.tokens)
        {
            let (start, end) = v.span_bytes(&c.tokens);
            c.kind = EntityType::Organization;
            c.roles.push(FoundRole {
                start,
                end,
                country: Some(country),
                role: kb.entry(id).role.clone(),
                org: None,
                agent: Some(id),
            });
            continue;
        }
        if c.kind != EntityType::Organization {
            continue;
        }
        let Some(&id) =
            c.kb.first()
                .filter(|id| kb.entry(**id).kind == EntryKind::Agent)
        else {
            continue;
        };
        let (start, country) = match v.qualifier_ending(kb, c.tokens.start) {
            Some((start, Some(country), _)) => (start, Some(country)),
            _ => (c.tokens.start, None),
        };
        let (start, end) = v.span_bytes(&(start..c.tokens.end));
        c.roles.push(FoundRole {
            start,
            end,
            country,
            role: kb.entry(id).role.clone(),
            org: None,
            agent: Some(id),
        });
    }
    let mut described = described_actors(v, kb, &taken);
    for d in &described {
        taken[d.tokens.clone()].iter_mut().for_each(|t| *t = true);
    }
    described
        .retain(|d| !named_in_apposition(v, d, &mut names) && !named_in_list(v, kb, d, &mut names));
    let groups = nationality_groups(v, kb, &taken);
    names.append(&mut described);
    names.extend(groups);
    for c in &mut names {
        c.tokens = v.base + c.tokens.start..v.base + c.tokens.end;
    }
    names.sort_by_key(|c| c.tokens.start);
    apply_including(v, &mut names);
    names
}

/// Named mentions: NER spans first, then knowledge-base names the tagger did not mark.
fn names(v: &Sentence, kb: &Kb) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let ner = &v.p.analyses[v.s].ner;
    let mut i = 0;
    while i < ner.len().min(v.len()) {
        let Some(ty) = ner[i]
            .strip_prefix("B-")
            .or_else(|| ner[i].strip_prefix("I-"))
        else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < ner.len().min(v.len()) && ner[j].strip_prefix("I-") == Some(ty) {
            j += 1;
        }
        let r = hyphenated(v, i..j, out.last().map_or(0, |c| c.tokens.end));
        let r = without_trailing_clause(v, r);
        let r = with_facility_tail(v, r, ty);
        let r = with_article_of_name(v, kb, r, out.last().map_or(0, |c| c.tokens.end));
        if ty == "ORG"
            && let Some(k) = office_in_place(v, kb, &r)
        {
            for (part, part_ty) in [(r.start..k, "ORG"), (k + 1..r.end, "LOC")] {
                if let Some(c) = ner_candidate(v, kb, part, part_ty) {
                    out.push(c);
                }
            }
            i = r.end;
            continue;
        }
        if let Some(k) = place_of_place(v, kb, &r) {
            for part in [r.start..k, k + 1..r.end] {
                if let Some(c) = ner_candidate(v, kb, part, "LOC") {
                    out.push(c);
                }
            }
            i = r.end;
            continue;
        }
        let (r, ty) = match holder_after_inner_title(v, kb, &r) {
            Some((title, place_ty)) => {
                if let Some(c) = ner_candidate(v, kb, r.start..title, place_ty) {
                    out.push(c);
                }
                (title..r.end, "PER")
            }
            None => (r, ty),
        };
        let r = if ty == "PER" {
            // "Prime Minister Sheikh Hasina" with only "Hasina" tagged: the name the knowledge
            // base knows that ends with the span, and starts after the last candidate, is the name.
            let floor = out.last().map_or(0, |c| c.tokens.end);
            let r = v
                .matches
                .iter()
                .filter(|m| {
                    m.tokens.end == r.end && m.tokens.start < r.start && m.tokens.start >= floor
                })
                .filter(|m| {
                    m.candidates
                        .iter()
                        .any(|id| kb.entry(*id).kind == EntryKind::Person)
                })
                .map(|m| m.tokens.start..r.end)
                .min_by_key(|m| m.start)
                .unwrap_or(r);
            let floor = out.last().map_or(0, |c| c.tokens.end);
            with_untagged_given_name(v, without_titles(v, kb, r), floor)
        } else {
            r
        };
        let mut next = r.end;
        if !inside_known_region(v, kb, &r)
            && let Some(c) = ner_candidate(v, kb, r, ty)
        {
            // A dateline's place may have grown past the tagger's span.
            next = next.max(c.tokens.end);
            out.push(c);
        }
        i = next;
    }
    // "Prime Minister Anwaar-ul-Haq Kakar" tagged as two people side by side: English never
    // writes two people's names one after the other without a comma or "and" between them, so
    // adjacent person spans are one name (typed again as a whole, so the knowledge base can
    // know it).
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let adjacent = a.kind == EntityType::Person
            && b.kind == EntityType::Person
            && a.tokens.end == b.tokens.start;
        if adjacent && let Some(c) = ner_candidate(v, kb, a.tokens.start..b.tokens.end, "PER") {
            out[k] = c;
            out.remove(k + 1);
            continue;
        }
        k += 1;
    }
    // "Qatar's Emir Sheikh Tamim bin Hamad al-Thani" tagged as two people ("Tamim", "Hamad
    // al-Thani"), "Zeid Ra'ad al-Hussein" as "Zeid" and "Hussein": a person the knowledge base
    // names by the whole, from the first span's first word to the last span's last, with no
    // other kind of name between, is one person.
    for m in &v.matches {
        if !m
            .candidates
            .iter()
            .any(|id| kb.entry(*id).kind == EntryKind::Person)
        {
            continue;
        }
        let inside: Vec<usize> = (0..out.len())
            .filter(|&k| overlaps(&out[k].tokens, &m.tokens))
            .collect();
        let fits = inside.len() >= 2
            && inside.iter().all(|&k| out[k].kind == EntityType::Person)
            && inside
                .first()
                .is_some_and(|&k| out[k].tokens.start == m.tokens.start)
            && inside
                .last()
                .is_some_and(|&k| out[k].tokens.end == m.tokens.end);
        if fits && let Some(c) = ner_candidate(v, kb, m.tokens.clone(), "PER") {
            out.retain(|x| !overlaps(&x.tokens, &m.tokens));
            out.push(c);
            out.sort_by_key(|c| c.tokens.start);
        }
    }
    // "the ruling Serbian Progressive Party" tagged as a people ("Serbian", which is no
    // candidate) and a body ("Progressive Party"): a body's name of several capitalised words
    // the knowledge base knows, larger than the tagger's spans inside it and with no span
    // reaching out of it, is one name.
    for m in &v.matches {
        let body = m
            .candidates
            .iter()
            .copied()
            .find(|id| kb.entry(*id).kind == EntryKind::Organization);
        let Some(id) = body else { continue };
        let inside: Vec<usize> = (0..out.len())
            .filter(|&k| overlaps(&out[k].tokens, &m.tokens))
            .collect();
        // The words no span holds must be a people or place the knowledge base knows
        // ("Serbian"), not a determiner ("The European Union") or a title ("UN
        // Secretary-General").
        let qualifier = |t: usize| {
            v.matches.iter().any(|q| {
                q.tokens.contains(&t)
                    && m.tokens.start <= q.tokens.start
                    && q.tokens.end <= m.tokens.end
                    && q.candidates.iter().any(|c| {
                        matches!(
                            kb.entry(*c).kind,
                            EntryKind::Demonym
                                | EntryKind::Country
                                | EntryKind::City
                                | EntryKind::Admin1
                        )
                    })
            })
        };
        // "the Organization of American States" with "American States" tagged a place, "the
        // Islamic State group" with "Islamic" a miscellaneous name, "al-Qaida" with "Qaida":
        // the other words of a known body's name are capitalised words of the name (no title
        // the knowledge base knows as an agent: "UN *Secretary-General*") or the small words
        // names hold inside them ("of", "and", the particle "al" with its hyphen).
        let agent_word = |t: usize| {
            v.matches.iter().any(|q| {
                q.tokens.contains(&t)
                    && q.candidates
                        .iter()
                        .all(|c| kb.entry(*c).kind == EntryKind::Agent)
            })
        };
        let name_word = |t: usize| {
            let inner = m.tokens.start < t && t + 1 < m.tokens.end;
            let w = v.lower[t].as_str();
            (inner && NAME_INNER_WORDS.contains(&w))
                // "Tigray People's Liberation Front": a possessive inside the name, not the
                // place that owns the body ("China's Commerce Ministry" is the ministry).
                || (inner && w == "'s" && !qualifier(t - 1))
                || (t + 1 < m.tokens.end && NAME_PARTICLES.contains(&w) && v.words[t + 1] == "-")
                || (inner && w == "-")
                || (v.is_capitalised(t) && !DETERMINERS.contains(&w) && !agent_word(t))
        };
        let fits = !inside.is_empty()
            && inside.iter().all(|&k| out[k].tokens != m.tokens)
            // "The International Federation of Red Cross" tagged with the sentence's "The":
            // a determiner before the name is no part of it.
            && inside.iter().all(|&k| {
                let lo = match m.tokens.start.checked_sub(1) {
                    Some(d) if DETERMINERS.contains(&v.lower[d].as_str()) => d,
                    _ => m.tokens.start,
                };
                lo <= out[k].tokens.start && out[k].tokens.end <= m.tokens.end
            })
            && m.tokens.clone().all(|t| {
                inside.iter().any(|&k| out[k].tokens.contains(&t)) || qualifier(t) || name_word(t)
            });
        if fits {
            let c = candidate(v.s, m.tokens.clone(), EntityType::Organization, vec![id]);
            out.retain(|x| !overlaps(&x.tokens, &m.tokens));
            out.push(c);
            out.sort_by_key(|c| c.tokens.start);
        }
    }
    // Knowledge-base names, leftmost longest, that no NER span overlaps.
    let mut covered_until = 0;
    for m in &v.matches {
        if m.tokens.start < covered_until || out.iter().any(|c| overlaps(&c.tokens, &m.tokens)) {
            continue;
        }
        let Some((kind, id)) = kb_name(v, kb, m) else {
            continue;
        };
        covered_until = m.tokens.end;
        out.push(candidate(
            v.s,
            m.tokens.clone(),
            kind,
            m.candidates
                .iter()
                .copied()
                .filter(|c| *c == id || kb.entry(*c).kind == kb.entry(id).kind)
                .collect(),
        ));
    }
    // "the Chinese Foreign Ministry", "the Lebanese Health Ministry", the knowledge base's
    // "Russian Defence Ministry": a ministry is named by its own capitalised words; the people
    // word before them says whose it is (a role with that country), as "China's Foreign
    // Ministry" does. Other bodies keep a people word that is part of their name ("Venezuelan
    // Observatory of Social Conflict", "Mexican Embassy").
    for c in out
        .iter_mut()
        .filter(|c| c.kind == EntityType::Organization && c.tokens.len() >= 3)
    {
        let (first, end) = (c.tokens.start, c.tokens.end);
        if v.lower[end - 1] != "ministry" || !(first + 1..end).all(|t| v.is_capitalised(t)) {
            continue;
        }
        let Some((people, id)) = v.match_at(kb, first, &[EntryKind::Demonym]) else {
            continue;
        };
        let own = people.end..end;
        if own.len() < 2 {
            continue;
        }
        let agent = v
            .matches
            .iter()
            .filter(|m| m.tokens.end == end && m.tokens.start >= own.start)
            .find_map(|m| {
                m.candidates
                    .iter()
                    .copied()
                    .find(|a| kb.entry(*a).kind == EntryKind::Agent)
            });
        if c.kb.is_empty() {
            let (b0, b1) = v.span_bytes(&(first..end));
            c.roles.push(FoundRole {
                start: b0,
                end: b1,
                country: kb.entry(id).country.clone(),
                role: agent.and_then(|a| kb.entry(a).role.clone()),
                org: None,
                agent,
            });
        }
        c.tokens = own;
    }
    if !v.p.analysed {
        out.extend(untagged_people(v, kb, &out));
    }
    out.extend(untagged_described_speakers(v, kb, &out));
    for c in &mut out {
        c.metonym = is_metonym(v, kb, c);
        // "London would dispatch a small team": a capital acting is the capital's government,
        // whatever town of the name comes first (London, Ontario in a story that names Canada).
        if c.metonym
            && c.kb
                .first()
                .is_some_and(|id| kb.entry(*id).kind != EntryKind::Metonym)
            && let Some(k) =
                c.kb.iter()
                    .position(|id| kb.entry(*id).capital_of().is_some())
        {
            let capital = c.kb.remove(k);
            c.kb.insert(0, capital);
        }
        match country_use(v, kb, c) {
            _ if c.metonym => c.kind = EntityType::Organization,
            Some(CountryUse::Actor) => c.kind = EntityType::Organization,
            Some(CountryUse::Neither) => c.abstains = true,
            Some(CountryUse::Place) | None => {}
        }
    }
    out.sort_by_key(|c| c.tokens.start);
    out
}

/// Lower-case words inside the name of a body ("Organization *of* American States", "Hong Kong
/// *and* Macau Affairs Office", "Islamic Resistance *in* Iraq").
const NAME_INNER_WORDS: &[&str] = &["of", "and", "for", "the", "in", "on", "de", "del", "&"];
/// A surname without the Arabic article joined to it ("Serraj" of "al-Serraj" or "Al-Serraj").
pub(super) fn without_arabic_article(word: &str) -> Option<&str> {
    ["al-", "Al-", "el-", "El-"]
        .iter()
        .find_map(|a| word.strip_prefix(a))
}

/// Arabic and Spanish particles joined to the next word of a name by a hyphen ("al-Qaida").
const NAME_PARTICLES: &[&str] = &["al", "el", "ad", "ash", "an", "as"];

/// "ECOWAS imposed sweeping sanctions" tagged as one organisation: a name ends before the first
/// lower-case verb, auxiliary or common noun in it ("Bank of England" and "Doctors without
/// Borders" keep their lower-case function words). A span that would be left empty stays whole.
fn without_trailing_clause(v: &Sentence, r: Range<usize>) -> Range<usize> {
    let cut = (r.start + 1..r.end).find(|&k| {
        // Particles of names ("da Silva", "von der Leyen", "bin Salman") are short.
        !v.is_capitalised(k)
            && v.words[k].chars().count() >= 4
            && v.words[k].chars().all(char::is_alphabetic)
            && matches!(v.upos(k), "VERB" | "AUX" | "NOUN")
            && v.words[k - 1] != "-"
    });
    match cut {
        Some(k) => r.start..k,
        None => r,
    }
}

/// "the Interior Ministry in Madrid", "the British Embassy in Tehran" tagged as one organisation:
/// an office ("Ministry", "Embassy", "Court" ...) followed by "in" and a place the knowledge base
/// knows, to the span's end, is the office and the place where it sits. Returns where "in"
/// stands. A body the knowledge base knows by the whole span keeps it.
fn office_in_place(v: &Sentence, kb: &Kb, r: &Range<usize>) -> Option<usize> {
    const OFFICES: &[&str] = &[
        "ministry",
        "embassy",
        "consulate",
        "office",
        "department",
        "mission",
        "headquarters",
        "court",
    ];
    if v.matches.iter().any(|m| m.tokens == *r) {
        return None;
    }
    let k = (r.start + 1..r.end.saturating_sub(1))
        .find(|&k| v.lower[k] == "in" && OFFICES.contains(&v.lower[k - 1].as_str()))?;
    v.match_at(kb, k + 1, PLACES)
        .is_some_and(|(place, _)| place.end == r.end)
        .then_some(k)
}

/// "the Galwan Valley of Ladakh" tagged as one place: a place's name of two words or more that
/// ends with a place's last word ("Valley", "Island", "District"), then "of" and a province,
/// country or region the knowledge base knows, to the span's end, is two places, the first in
/// the second. Returns where "of" stands. A name the knowledge base knows whole ("Isle of Man",
/// "Gulf of Aden") keeps it, and a name with no such last word before "of" ("Bank of England",
/// "Valley of the Kings") is left alone.
fn place_of_place(v: &Sentence, kb: &Kb, r: &Range<usize>) -> Option<usize> {
    if v.matches.iter().any(|m| m.tokens == *r) {
        return None;
    }
    let k = (r.start + 2..r.end.saturating_sub(1)).find(|&k| {
        v.lower[k] == "of"
            && v.is_capitalised(k - 1)
            && PLACE_HEADS.contains(&v.lower[k - 1].as_str())
    })?;
    v.match_at(
        kb,
        k + 1,
        &[EntryKind::Admin1, EntryKind::Country, EntryKind::Region],
    )
    .is_some_and(|(place, _)| place.end == r.end)
    .then_some(k)
}

/// "departures from Ben Gurion International Airport" with "Ben Gurion" tagged a place and
/// "Airport" a person: a span followed by up to three capitalised words, the last a facility's
/// or a body's
/// ("Airport", "Stadium", "University"), is the facility's or the body's name, which
/// [`unpersonal_kind`] then types. Not in the headline, whose every word is capitalised.
fn with_facility_tail(v: &Sentence, r: Range<usize>, ty: &str) -> Range<usize> {
    let headline_end = v.p.doc.article.headline_span().map_or(0, |h| h.end);
    // A place or people the knowledge base knows is a qualifier of the body, not a part of its
    // name ("United States National Security Council", "Serbian Progressive Party").
    let known = ty != "PER" && v.matches.iter().any(|m| m.tokens == r);
    if known || v.span_bytes(&r).0 < headline_end {
        return r;
    }
    let tail = (r.end..v.len().min(r.end + 3))
        .take_while(|&k| {
            v.is_capitalised(k)
                && v.words[k].chars().all(char::is_alphabetic)
                && matches!(v.upos(k), "PROPN" | "ADJ" | "NOUN")
        })
        .filter(|&k| {
            let w = v.lower[k].as_str();
            FACILITY_HEADS.contains(&w) || BODY_HEADS.contains(&w)
        })
        .last();
    match tail {
        Some(k) => r.start..k + 1,
        None => r,
    }
}

/// "flown to The Hague" with only "Hague" tagged: a place whose own name opens with the article
/// ("The Hague", "The Bronx", "The Bund") takes it back when the text writes it before the span
/// (never into the span before, `floor`). A place named without its article keeps the span
/// ("the Netherlands": the knowledge base's own name has no "The").
fn with_article_of_name(v: &Sentence, kb: &Kb, r: Range<usize>, floor: usize) -> Range<usize> {
    let Some(k) = r.start.checked_sub(1).filter(|&k| k >= floor) else {
        return r;
    };
    let named = v.lower[k] == "the"
        && v.matches.iter().any(|m| {
            (m.tokens == (k..r.end) || m.tokens == r)
                && m.candidates.iter().any(|id| {
                    let e = kb.entry(*id);
                    e.kind.is_place()
                        && e.name
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                })
        });
    if named { k..r.end } else { r }
}

/// "On Monday Arnon Bar-David, the chairman of the Histadrut" with only "Bar-David" tagged: a
/// person's name of one word takes in the capitalised proper noun right before it that the
/// tagger left out, when the knowledge base has no name there (titles, places and peoples are
/// its), nor follows a name it has ("NASA Administrator"), and it is no weekday or month. Never
/// the sentence's first word, which any word may be. A name of two words does so only after a
/// lower-case noun that describes the person ("the financier Low Taek Jho").
fn with_untagged_given_name(v: &Sentence, r: Range<usize>, floor: usize) -> Range<usize> {
    let one_word = r.len() == 1 || (r.len() == 3 && v.words[r.start + 1] == "-");
    let Some(k) = r.start.checked_sub(1).filter(|&k| k >= 1 && k >= floor) else {
        return r;
    };
    let ner = &v.p.analyses[v.s].ner;
    let word = &v.words[k];
    let given = v.is_capitalised(k)
        && word.chars().count() >= 2
        && word.chars().all(char::is_alphabetic)
        && (v.upos(k) == "PROPN" || (r.len() == 2 && matches!(v.upos(k), "ADJ" | "NOUN")))
        && ner.get(k).is_none_or(|t| *t == "O")
        && !v.matches.iter().any(|m| m.tokens.contains(&k))
        // "NASA Administrator Bolden": after a body or place the knowledge base knows, the word
        // is a title of that body's.
        && !v.matches.iter().any(|m| m.tokens.contains(&(k - 1)))
        && word.parse::<chrono::Weekday>().is_err()
        && word.parse::<chrono::Month>().is_err();
    // "the financier Low Taek Jho" with "Taek Jho" tagged: after a lower-case noun that
    // describes the person, a name of two words takes in the family name before it too.
    let after_description = r.len() == 2
        && v.upos(k - 1) == "NOUN"
        && !v.is_capitalised(k - 1)
        && matches!(v.upos(k), "PROPN" | "ADJ" | "NOUN");
    if (one_word || after_description) && given {
        k..r.end
    } else {
        r
    }
}

/// "Novi Sad Mayor Milan Djuric" tagged as one organisation: a place or body the knowledge base
/// knows, a capitalised title, then a name of two capitalised words or more is the title's holder
/// after the title's qualifier, as if written apart. Returns where the title starts and the
/// tagger's type for the qualifier. "Tokyo Electric Power Company" holds no title and stays whole.
fn holder_after_inner_title(
    v: &Sentence,
    kb: &Kb,
    r: &Range<usize>,
) -> Option<(usize, &'static str)> {
    let (title, agent_end) = (r.start + 1..r.end.saturating_sub(2)).find_map(|k| {
        let (m, _) = v.match_at(kb, k, &[EntryKind::Agent])?;
        (m.end + 2 <= r.end && m.clone().all(|t| v.is_capitalised(t))).then_some((k, m.end))
    })?;
    if !(agent_end..r.end).all(|t| v.is_capitalised(t) || v.words[t] == "-") {
        return None;
    }
    let prefix = r.start..title;
    let kinds: Vec<EntryKind> = v
        .matches
        .iter()
        .filter(|m| m.tokens == prefix)
        .flat_map(|m| m.candidates.iter().map(|id| kb.entry(*id).kind))
        .collect();
    if kinds.iter().any(|k| k.is_place()) {
        Some((title, "LOC"))
    } else if kinds.contains(&EntryKind::Organization) {
        Some((title, "ORG"))
    } else {
        None
    }
}

/// Whether a span lies inside a name of several words that the knowledge base knows as a region
/// or a site ("South China Sea" tagged as an organisation, "Thomas Shoal" of "Second Thomas
/// Shoal" as a person, "Gulf" and "Aden" of "Gulf of Aden" as two places, "Andrews" of "Joint
/// Base Andrews" as a person): the region's or site's name is the mention.
fn inside_known_region(v: &Sentence, kb: &Kb, r: &Range<usize>) -> bool {
    v.matches.iter().any(|m| {
        m.tokens.len() >= 2
            && m.tokens.start <= r.start
            && r.end <= m.tokens.end
            && m.candidates.iter().any(|&c| match kb.entry(c).kind {
                EntryKind::Region => true,
                // A site's whole name the tagger found is typed by the tagger's span, which
                // knows a seat of government from its building ("at the Elysee Palace").
                EntryKind::Site => m.tokens.len() > r.len(),
                _ => false,
            })
    })
}

/// A name the tokenizer split at a hyphen is one name: "Park Joo-Ho", "Kim Shin-wook",
/// "Al-Ghaza Hotel", "Abdel Fattah al-Burhan" (the tagger often marks only a part, and the rest then reads as another name:
/// "Ho" as a town in Ghana). The span grows over a hyphen written without spaces and the word
/// joined to it (capitalised, or after a name of two words: "Lam Cheuk-ting"), but never back
/// into the span before (`floor`).
fn hyphenated(v: &Sentence, r: Range<usize>, floor: usize) -> Range<usize> {
    let toks = &v.p.doc.tokens[v.base..v.base + v.len()];
    let joined = |a: usize, b: usize| toks[a].end == toks[b].start;
    let word = |k: usize| v.words[k].chars().all(char::is_alphanumeric);
    let (mut start, mut end) = (r.start, r.end);
    // "Abdel Fattah al-Burhan", "Suleiman al-Amr": a short lowercase particle joined by a hyphen
    // to a capitalised name.
    let particle_at = |end: usize| {
        end + 2 < v.len()
            && v.words[end].len() <= 3
            && v.words[end].chars().all(|ch| ch.is_ascii_lowercase())
            && v.words[end + 1] == "-"
            && joined(end, end + 1)
            && joined(end + 1, end + 2)
            && v.is_capitalised(end + 2)
    };
    if particle_at(end) {
        end += 3;
    }
    while end + 1 < v.len() && v.words[end] == "-" && joined(end - 1, end) && joined(end, end + 1) {
        // "Rostov-on-Don", "Boulogne-sur-Mer": a lowercase particle between two hyphens
        // inside a place's name.
        if particle_at(end + 1) {
            end += 4;
            continue;
        }
        // "Scientology-related" is a name and an adjective, not a longer name.
        if !word(end + 1) || !(v.is_capitalised(end + 1) || end - start >= 2) {
            break;
        }
        end += 2;
    }
    // "Abdul-Malik al-Houthi": the particle may follow a hyphenated given name.
    if end > r.end && particle_at(end) {
        end += 3;
    }
    while start >= floor + 2
        && v.words[start - 1] == "-"
        && joined(start - 1, start)
        && joined(start - 2, start - 1)
        && word(start - 2)
        && v.is_capitalised(start - 2)
    {
        start -= 2;
    }
    start..end
}

/// Courtesy titles the knowledge base has no role for.
pub(super) const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "prof", "rev",
];

/// Religious and Arab styles written before a name ("Pope Francis", "Cardinal Malcolm Ranjith",
/// "Sheikh Sabah al-Ahmad al-Sabah", "Mullah Abdul Ghani Baradar"): the name is the words after
/// them, unless the knowledge base's own name of the person opens with the style ("Sheikh
/// Hasina", whose given name it is; see [`styled_by_name`]).
const STYLE_TITLES: &[&str] = &["pope", "cardinal", "sheikh", "sheik", "shaikh", "mullah"];

/// Whether the knowledge base names a person by exactly the words `r`, style and all, as the
/// entry's own name (not an alias: "Pope Francis" is an alias of Francis).
fn styled_by_name(v: &Sentence, kb: &Kb, r: Range<usize>) -> bool {
    let words = v.lower[r.clone()].join(" ");
    v.matches.iter().filter(|m| m.tokens == r).any(|m| {
        m.candidates.iter().any(|id| {
            let e = kb.entry(*id);
            e.kind == EntryKind::Person && normalize(&e.name).to_lowercase() == words
        })
    })
}

/// "Justice Luiz Fux": the title of a judge of a high court, written before the name with a
/// capital. Only so: "justice" in lower case is the idea ("seek justice"), and "Justice
/// Department" is a name the knowledge base knows.
const JUDICIAL_TITLE: &str = "Justice";

/// The agent noun whose role a capitalised [`JUDICIAL_TITLE`] before a name gives.
fn judicial_agent(kb: &Kb, date: newsgraph_kb::NaiveDate) -> Option<EntryId> {
    kb.lookup("judge", date)
        .into_iter()
        .find(|r| r.entry.kind == EntryKind::Agent)
        .map(|r| r.id)
}

/// A person's name without the titles the tagger took into it ("Mr Key", "Ambassador Mohib",
/// "Dr. Ruth Smith"): the name is what follows, and the title is left before it, where
/// [`title_before`] reads it as a role. A span that is all title is left whole.
fn without_titles(v: &Sentence, kb: &Kb, r: Range<usize>) -> Range<usize> {
    // "Secretary of State Condoleezza Rice" tagged from "State": a title the knowledge base
    // knows that begins before the span and ends inside it is no part of the name.
    let mut start = (r.start.saturating_sub(4)..r.start)
        .filter_map(|j| v.match_at(kb, j, &[EntryKind::Agent]))
        .map(|(m, _)| m.end)
        .filter(|&end| r.start < end && end < r.end)
        .max()
        .unwrap_or(r.start);
    while start + 1 < r.end {
        let word = v.lower[start].trim_end_matches('.');
        let title = HONORIFICS.contains(&word)
            || (STYLE_TITLES.contains(&word) && !styled_by_name(v, kb, start..r.end))
            || v.words[start] == JUDICIAL_TITLE
            || v.match_at(kb, start, &[EntryKind::Agent])
                .is_some_and(|(m, _)| m.end < r.end);
        if !title {
            break;
        }
        start = match v.match_at(kb, start, &[EntryKind::Agent]) {
            Some((m, _)) if m.end < r.end => m.end,
            _ => start + 1,
        };
        // "Mr." is two tokens when the tokenizer splits the full stop.
        while start + 1 < r.end && v.words[start] == "." {
            start += 1;
        }
    }
    start..r.end
}

fn candidate(
    sentence: usize,
    tokens: Range<usize>,
    kind: EntityType,
    kb: Vec<EntryId>,
) -> Candidate {
    Candidate {
        sentence,
        tokens,
        kind,
        kb,
        roles: Vec::new(),
        context: None,
        described: false,
        agent: None,
        metonym: false,
        abstains: false,
        place_cue: false,
    }
}

/// The role noun of the state that ends a span opened by a country's qualifier (nationality,
/// country name or possessive), with that country: "Japanese Embassy", "Dutch Foreign Ministry".
/// A company's name may be built so ("Ethiopian Airlines", "Russian Railways") and stays a name.
fn qualified_role_noun(v: &Sentence, kb: &Kb, r: &Range<usize>) -> Option<(EntryId, String)> {
    let state_role = |id: &EntryId| {
        kb.entry(*id).role.as_ref().is_some_and(|role| {
            role.code
                .groups()
                .next()
                .is_some_and(|g| super::home::STATE_ROLES.contains(&g))
        })
    };
    (r.start + 1..r.end).find_map(|k| {
        let agent = v
            .entries_at(kb, &(k..r.end), EntryKind::Agent)
            .into_iter()
            .find(state_role)?;
        match v.qualifier_ending(kb, k)? {
            (start, Some(country), _) if start == r.start => Some((agent, country)),
            _ => None,
        }
    })
}

pub(super) fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn ner_candidate(v: &Sentence, kb: &Kb, r: Range<usize>, ty: &str) -> Option<Candidate> {
    // "THE HAGUE, Netherlands (AP) —" with only "HAGUE" tagged: the place the knowledge base
    // knows with the article is the dateline's name.
    // "SAO BERNARDO DO CAMPO, Brazil (AP) -" with only "SAO" tagged: the longer place name the
    // knowledge base knows from the dateline's first word is the name.
    let dateline_place = v.match_at(kb, 0, PLACES).map(|(m, _)| m);
    let r = match dateline_place {
        Some(m) if r.start == 1 && opens_dateline(v, &r) && m.end == r.end => 0..r.end,
        Some(m) if r.start == 0 && opens_dateline(v, &r) && m.end > r.end => 0..m.end,
        _ => r,
    };
    let exact: Vec<EntryId> = v
        .matches
        .iter()
        .filter(|m| m.tokens == r)
        .flat_map(|m| m.candidates.iter().copied())
        .collect();
    let kinds: Vec<EntryKind> = exact.iter().map(|id| kb.entry(*id).kind).collect();
    let has = |k: EntryKind| kinds.contains(&k);
    // A nationality adjective tagged MISC ("Russian") is a role word, not an entity.
    if has(EntryKind::Demonym) && !has(EntryKind::Country) {
        return None;
    }
    let mut kind = match ty {
        "PER" => EntityType::Person,
        "ORG" => EntityType::Organization,
        "LOC" | "GPE" => EntityType::Location,
        _ => EntityType::Misc,
    };
    // "their child, Gloria": a lone first name the knowledge base's people have, which only a
    // small town shares (Glória, Brazil), stays the tagger's person; "Houston" stays the city.
    let first_name_over_a_town = r.len() == 1 && is_first_name(kb, &v.lower[r.start], &exact);
    let word_before = r.start.checked_sub(1).map(|k| v.lower[k].as_str());
    // The knowledge base corrects the tagger where it is sure of the kind of name.
    if has(EntryKind::Country)
        || (kind == EntityType::Person
            && !has(EntryKind::Person)
            && has(EntryKind::City)
            && !first_name_over_a_town)
    {
        kind = EntityType::Location;
    } else if kind == EntityType::Misc
        && !has(EntryKind::Person)
        && is_known_place(
            kb,
            &exact,
            word_before.is_some_and(|w| LOCATIVE.contains(&w)),
        )
    {
        // "in Salisbury", "Wuhan": the tagger's MISC for a town or region the knowledge base
        // knows, and knows as nothing else.
        kind = EntityType::Location;
    } else if has(EntryKind::Site)
        && !has(EntryKind::Person)
        && !has(EntryKind::Organization)
        && !has(EntryKind::Metonym)
    {
        // "struck at the Abbey Gate" (MISC), "landed at Joint Base Andrews", "Chandni Chowk"
        // (a person): a notable site the knowledge base knows as nothing else is the place.
        kind = EntityType::Location;
    } else if has(EntryKind::Metonym)
        && ((has(EntryKind::City) && word_before.is_some_and(|w| PLACE_PREPOSITIONS.contains(&w)))
            || (has(EntryKind::Site)
                && preposition_before(v, r.start).is_some_and(|w| PLACE_PREPOSITIONS.contains(&w))))
    {
        // "EU leaders, meeting in Brussels", "speaking from a bunker at the Blue House": where
        // something happens is the city or the building, not the body its name stands for
        // elsewhere ("Brussels wants ...", "the Blue House said").
        kind = EntityType::Location;
    } else if has(EntryKind::Organization) || has(EntryKind::Metonym) {
        kind = EntityType::Organization;
    } else if has(EntryKind::Person) {
        kind = EntityType::Person;
    } else if has(EntryKind::Agent) && kind != EntityType::Person {
        return None;
    } else if matches!(kind, EntityType::Misc | EntityType::Person)
        && exact.is_empty()
        && is_named_people(v, &r)
    {
        kind = EntityType::Group;
    } else if kind != EntityType::Person
        && exact.is_empty()
        && (is_east_asian_name(v, &r) || is_given_and_family_name(v, kb, &r))
    {
        kind = EntityType::Person;
    }
    // "landed at Dulles International Airport", "protests in Callao Square" tagged as bodies:
    // a name whose last word only places have is the place, unless the knowledge base knows a
    // body or a seat of government by it.
    if kind == EntityType::Organization
        && r.len() >= 2
        && !has(EntryKind::Organization)
        && !has(EntryKind::Metonym)
        && v.is_capitalised(r.end - 1)
        && BODY_PROOF_PLACE_HEADS.contains(&v.lower[r.end - 1].as_str())
    {
        kind = EntityType::Location;
    }
    // "the worst-hit district of Gorkha", "Hrabove, a village in the Donetsk region": a name
    // the tagger left untyped that its words call a place, and that the knowledge base knows
    // as no body or person.
    if kind == EntityType::Misc
        && !has(EntryKind::Person)
        && !has(EntryKind::Organization)
        && !has(EntryKind::Metonym)
        && place_cue(v, &r)
    {
        kind = EntityType::Location;
    }
    if kind == EntityType::Person && !has(EntryKind::Person) && is_no_person(v, kb, &r) {
        kind = EntityType::Misc;
    }
    if kind == EntityType::Person && !has(EntryKind::Person) && is_contained_place(v, kb, &r) {
        kind = EntityType::Location;
    }
    if kind == EntityType::Person && !has(EntryKind::Person) {
        kind = unpersonal_kind(v, &r).unwrap_or(kind);
    }
    if kind != EntityType::Person
        && !has(EntryKind::Country)
        && (is_described_speaker(v, &r) || is_named_relative(v, &r))
    {
        kind = EntityType::Person;
    }
    // The place that opens a dateline is a place even when someone has it as a surname ("THE
    // HAGUE, Netherlands (AP) —" is no William Hague): the position says so.
    // "BRUSSELS, March 4 (Reuters) -" is the city, whatever body its name stands for elsewhere.
    // "KYIV (AP) -" tagged a body: a place the knowledge base knows by no body's name.
    let dateline = (kind == EntityType::Person
        || (has(EntryKind::Metonym) && has(EntryKind::City))
        || (kind == EntityType::Organization
            && !has(EntryKind::Organization)
            && kinds.iter().any(|k| k.is_place())))
        && opens_dateline(v, &r);
    if dateline {
        kind = EntityType::Location;
    }
    // "Wagner" is the Wagner Group's short name and two people's surname: once the knowledge
    // base has typed the name an organisation, people's surnames come after everything else
    // ("Supreme Court" keeps the court agent, which the home country completes, before the US
    // court of that name).
    let mut exact = exact;
    if kind == EntityType::Organization {
        exact.sort_by_key(|id| kb.entry(*id).kind == EntryKind::Person);
    }
    // A name that stays a person is no place: "Lula" kept as the tagger's person must not carry
    // Luleå, whose alternate name it is, into the cluster of Lula da Silva.
    let exact = if dateline {
        exact
            .into_iter()
            .filter(|id| kb.entry(*id).kind.is_place())
            .collect()
    } else if kind == EntityType::Person {
        exact
            .into_iter()
            .filter(|id| !kb.entry(*id).kind.is_place())
            .collect()
    } else {
        exact
    };
    let mut c = candidate(v.s, r, kind, exact);
    c.place_cue = kind == EntityType::Location && place_cue(v, &c.tokens);
    Some(c)
}

/// The knowledge base's body a match names when its words are also a role noun and are written
/// as a name: "the Secret Service said" is the US agency, "Vietnam's secret service" the role.
/// Before a name the words are a title ("Supreme Leader Ayatollah Ali Khamenei").
fn body_named(v: &Sentence, kb: &Kb, m: &KbMatch) -> Option<EntryId> {
    let role_noun = m
        .candidates
        .iter()
        .any(|c| kb.entry(*c).kind == EntryKind::Agent);
    let before_name = m.tokens.end < v.len() && v.is_capitalised(m.tokens.end);
    if !role_noun || before_name || !is_capitalised_name(v, &m.tokens) {
        return None;
    }
    m.candidates
        .iter()
        .copied()
        .find(|c| kb.entry(*c).kind == EntryKind::Organization)
}

/// The kind a knowledge-base match names, when it is a name worth a mention on its own.
fn kb_name(v: &Sentence, kb: &Kb, m: &KbMatch) -> Option<(EntityType, EntryId)> {
    let id = body_named(v, kb, m).or_else(|| m.candidates.first().copied())?;
    let e = kb.entry(id);
    match e.kind {
        EntryKind::Person if !opens_dateline(v, &m.tokens) => {
            return Some((EntityType::Person, id));
        }
        EntryKind::Organization | EntryKind::Metonym if e.prior >= 0.5 => {
            // "speaking from a bunker at the presidential Blue House": a seat of government
            // that is also a site, where something happens, is the building.
            let site = m
                .candidates
                .iter()
                .copied()
                .find(|c| kb.entry(*c).kind == EntryKind::Site);
            // "BRUSSELS, March 4 (Reuters) -": the city that opens a dateline.
            let city = m
                .candidates
                .iter()
                .copied()
                .find(|c| kb.entry(*c).kind == EntryKind::City);
            if e.kind == EntryKind::Metonym
                && let Some(city) = city
                && opens_dateline(v, &m.tokens)
            {
                return Some((EntityType::Location, city));
            }
            if e.kind == EntryKind::Metonym
                && let Some(site) = site
                && preposition_before(v, m.tokens.start)
                    .is_some_and(|w| PLACE_PREPOSITIONS.contains(&w))
            {
                return Some((EntityType::Location, site));
            }
            return Some((EntityType::Organization, id));
        }
        EntryKind::Country if e.prior >= 0.5 => return Some((EntityType::Location, id)),
        EntryKind::Region | EntryKind::Site => return Some((EntityType::Location, id)),
        _ => {}
    }
    // A place name the tagger did not mark: trust only confident, capitalised, sizeable places
    // that are not just the capital letter at the start of a sentence ("Michael" is a parish of
    // the Isle of Man; "Split" and "Nice" start sentences).
    let sentence_initial = v.words[..m.tokens.start]
        .iter()
        .all(|w| !w.chars().any(char::is_alphanumeric));
    let proper =
        (m.tokens.start..m.tokens.end).all(|i| v.is_capitalised(i) || v.lower[i].len() <= 3);
    let tagged_proper =
        !v.p.analysed || (m.tokens.start..m.tokens.end).any(|i| v.upos(i) == "PROPN");
    if !proper || !tagged_proper || (sentence_initial && m.tokens.len() == 1) {
        return None;
    }
    m.candidates
        .iter()
        .copied()
        .find(|id| {
            let e = kb.entry(*id);
            let big = e
                .place
                .as_ref()
                .and_then(|pl| pl.population)
                .is_some_and(|n| n >= 100_000);
            matches!(
                e.kind,
                EntryKind::City | EntryKind::Admin1 | EntryKind::Admin2
            ) && e.prior >= 0.8
                && big
        })
        .map(|id| (EntityType::Location, id))
}

/// Without the tagger: a capitalised run right after a title is a person ("Foreign Minister
/// Sergey Lavrov").
fn untagged_people(v: &Sentence, kb: &Kb, found: &[Candidate]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in &v.matches {
        let Some(&id) = m
            .candidates
            .iter()
            .find(|id| kb.entry(**id).kind == EntryKind::Agent)
        else {
            continue;
        };
        if kb.entry(id).role.is_none() {
            continue;
        }
        let start = m.tokens.end;
        let mut end = start;
        while end < v.len()
            && v.is_capitalised(end)
            && v.words[end]
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.')
        {
            end += 1;
        }
        let r = start..end;
        if end > start
            && !found.iter().any(|c| overlaps(&c.tokens, &r))
            && !out.iter().any(|c: &Candidate| overlaps(&c.tokens, &r))
        {
            let person = v.entries_at(kb, &r, EntryKind::Person);
            out.push(candidate(v.s, r, EntityType::Person, person));
        }
    }
    out
}

/// "Moscow said", "Washington accuses": a capital (or a metonym entry) as the one who acts.
fn is_metonym(v: &Sentence, kb: &Kb, c: &Candidate) -> bool {
    let entries: Vec<_> = c.kb.iter().map(|id| kb.entry(*id)).collect();
    if entries
        .first()
        .is_some_and(|e| e.kind == EntryKind::Metonym)
    {
        // "meeting in Brussels": a city typed as such where something happens (see
        // `ner_candidate`) is the place, not the body its name stands for.
        return c.kind != EntityType::Location;
    }
    let capital = entries.iter().any(|e| {
        e.kind == EntryKind::City && e.note.as_deref().is_some_and(|n| n.starts_with("capital"))
    });
    if !capital || c.kind != EntityType::Location {
        return false;
    }
    let last = c.tokens.end - 1;
    let a = &v.p.analyses[v.s];
    if v.p.analysed {
        return a.deprels.get(last).is_some_and(|d| d.starts_with("nsubj"))
            && a.heads
                .get(last)
                .and_then(|h| h.checked_sub(1))
                .is_some_and(|h| a.upos.get(h) == Some(&"VERB"));
    }
    v.lower
        .get(c.tokens.end)
        .is_some_and(|w| crate::lexicon::is_speech_verb(w))
}

/// How a sentence uses a country's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CountryUse {
    /// "North Korea fired", "Sweden defeated South Korea": the subject of a verb.
    Actor,
    /// "in North Korea", "visit to Russia", "US elections": a location or a place modifier.
    Place,
    /// "defeated Sweden", "Sweden's first victory": either.
    Neither,
}

/// Prepositions that make the noun after them a location.
pub(super) const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "into",
    "across",
    "near",
    "throughout",
    "inside",
    "within",
    "around",
    "through",
    "toward",
    "towards",
    "via",
    "outside",
    "over",
    "onto",
    "off",
];

/// A country that acts is its government or its team, an organisation, as GUM and news readers
/// take it; one that is where things happen is a place. Unlike a capital ("Moscow said",
/// [`is_metonym`]) an acting country keeps the country's actor code: the text does not say which
/// part of it acts. The entity's type is the vote of its uses (see `actors::entity_kind`), and
/// uses that say neither abstain, so "Japan's Osaka" and "accuse Russia" change nothing.
fn country_use(v: &Sentence, kb: &Kb, c: &Candidate) -> Option<CountryUse> {
    let country =
        c.kb.first()
            .is_some_and(|id| kb.entry(*id).kind == EntryKind::Country);
    if !country || c.kind != EntityType::Location || !v.p.analysed {
        return None;
    }
    let last = c.tokens.end - 1;
    let a = &v.p.analyses[v.s];
    let rel = *a.deprels.get(last)?;
    let head = a.heads.get(last).and_then(|h| h.checked_sub(1));
    if rel.starts_with("nsubj") && head.is_some_and(|h| matches!(a.upos.get(h), Some(&"VERB"))) {
        return Some(CountryUse::Actor);
    }
    let locative = (0..v.len()).any(|j| {
        a.heads.get(j) == Some(&(last + 1))
            && a.deprels.get(j) == Some(&"case")
            && LOCATIVE.contains(&v.lower[j].as_str())
    });
    if locative || matches!(rel, "compound" | "amod") {
        return Some(CountryUse::Place);
    }
    Some(CountryUse::Neither)
}

/// The title right before a name: "US Secretary of State", "Russian Foreign Minister", "former
/// marine", "founder of the Baring Vostok investment fund". Returns its token range and role.
fn title_before(v: &Sentence, kb: &Kb, name_start: usize) -> Option<(Range<usize>, FoundRole)> {
    let mut i = name_start;
    let mut role: Option<(EntryId, Option<RoleModifier>)> = None;
    let mut country: Option<String> = None;
    let mut org: Option<ActorCode> = None;
    let mut modifier: Option<RoleModifier> = None;
    let mut posted_in: Option<String> = None;
    if i > 0 && v.words[i - 1] == JUDICIAL_TITLE {
        let date = v.p.published().unwrap_or_default();
        if let Some(id) = judicial_agent(kb, date) {
            role = Some((id, None));
            i -= 1;
        }
    }
    while i > 0 {
        if let Some((r, id)) = v.match_ending(kb, i, &[EntryKind::Agent]) {
            // "Police spokeswoman Resila Onyango": a spokesman speaks for the institution named
            // before the word, and takes its role (COP), not the spokesman's default (GOV).
            let speaks_for = role.is_some_and(|(r, _)| is_spokesman(kb, r))
                && INSTITUTIONS.contains(&kb.entry(id).name.as_str());
            if role.is_none() || speaks_for {
                role = Some((id, None));
            }
            i = r.start;
            continue;
        }
        if let Some((start, c, o)) = v.qualifier_ending(kb, i) {
            // "the Maldivian envoy in New Delhi, Ibrahim Shaheeb": a place after "in" or "at"
            // is where the title is held, not the title's country; the title goes on before it.
            if o.is_none()
                && start >= 2
                && matches!(v.lower[start - 1].as_str(), "in" | "at")
                && v.match_ending(kb, start - 1, &[EntryKind::Agent]).is_some()
            {
                posted_in = posted_in.or(c);
                i = start - 1;
                continue;
            }
            // "Venezuela's ambassador to Brazil, Roy Chaderton", "ambassador to the OAS": the
            // state or body a diplomat is sent to is the host, not the diplomat's own (the
            // title may end with its "to").
            let to = start - usize::from(start >= 1 && v.lower[start - 1] == "the");
            if to >= 2 && v.lower[to - 1] == "to" {
                let diplomat_ending = |end: usize| {
                    v.match_ending(kb, end, &[EntryKind::Agent])
                        .is_some_and(|(_, id)| is_diplomat(kb, id))
                };
                if diplomat_ending(to) || diplomat_ending(to - 1) {
                    posted_in = posted_in.or(c);
                    i = if diplomat_ending(to) { to } else { to - 1 };
                    continue;
                }
            }
            country = country.or(c);
            org = org.or(o);
            i = start;
            continue;
        }
        let w = v.lower[i - 1].as_str();
        if let Some(m) = RoleModifier::from_word(w) {
            modifier = Some(m);
            i -= 1;
            continue;
        }
        if DESCRIPTION_WORDS.contains(&w) && role.is_some() {
            i -= 1;
            continue;
        }
        // "American pastor Andrew Brunson", "Ethiopia's water minister": right before the name
        // or inside the title.
        if (i == name_start || role.is_some()) && v.is_qualified_noun(kb, i - 1) {
            i -= 1;
            continue;
        }
        // "founder of (the) X": a title head before "of" and the organisation after it.
        if (w == "of" || DETERMINERS.contains(&w)) && i >= 2 {
            let mut k = i - 1;
            while k > 0
                && (DETERMINERS.contains(&v.lower[k - 1].as_str()) || v.lower[k - 1] == "of")
            {
                k -= 1;
            }
            if k > 0
                && TITLE_HEADS.contains(&v.lower[k - 1].as_str())
                && v.lower[k..i].iter().any(|w| w == "of")
            {
                i = k - 1;
                continue;
            }
        }
        // "FTX founder Sam Bankman-Fried", "Ryanair boss Michael O'Leary": a title head right
        // after an organisation's name is a post in it.
        if TITLE_HEADS.contains(&w) && (role.is_some() || post_in_organisation(v, kb, i - 1)) {
            i -= 1;
            continue;
        }
        break;
    }
    if i == name_start {
        return None;
    }
    // Leading determiners and punctuation are not part of the title.
    while i < name_start
        && (DETERMINERS.contains(&v.lower[i].as_str())
            || !v.words[i].chars().any(char::is_alphanumeric))
    {
        i += 1;
    }
    if i == name_start {
        return None;
    }
    // "the governor in Helmand" holds an office of the place's country; a diplomat is posted
    // abroad and holds his own.
    if !role.is_some_and(|(id, _)| is_diplomat(kb, id)) {
        country = country.or(posted_in);
    }
    let role_value = role.and_then(|(id, _)| modified_role(kb.entry(id), modifier));
    let found = FoundRole {
        start: v.span_bytes(&(i..name_start)).0,
        end: v.span_bytes(&(i..name_start)).1,
        country,
        role: role_value,
        org,
        agent: role.map(|(id, _)| id),
    };
    // A title that says nothing we can code, and is no title word at all, is not a title.
    if role.is_none() && found.country.is_none() && found.org.is_none() && modifier.is_none() {
        return None;
    }
    Some((i..name_start, found))
}

/// The role an agent noun gives under a modifier ("former", "acting", "deputy"). A former holder
/// of a government office is one of CAMEO's elites (`ELI`, "former government officials"), as a
/// former head of state is; a former post in business is still business (`BUS`: "the former
/// chief executive of Wirecard"); other former roles give none ("former marine").
fn modified_role(agent: &Entry, modifier: Option<RoleModifier>) -> Option<AgentRole> {
    let role = agent.role.clone()?;
    let Some(modifier) = modifier else {
        return Some(role);
    };
    let first_group = role.code.groups().next();
    if modifier == RoleModifier::Former && first_group == Some("BUS") {
        return Some(role);
    }
    let government_office = agent.head_of_state || first_group == Some("GOV");
    modifier.apply(&role, government_office)
}

/// Whether the title head at token `head` follows an organisation's name ("*FTX* founder",
/// "*WTA* chairman"), which makes it a post in that organisation.
fn post_in_organisation(v: &Sentence, kb: &Kb, head: usize) -> bool {
    v.qualifier_ending(kb, head)
        .is_some_and(|(_, _, org)| org.is_some())
}

/// The agent entry of a spokesman (spokeswoman, spokesperson, press secretary), who speaks for
/// someone else and so takes that one's role where the text names it.
fn is_spokesman(kb: &Kb, id: EntryId) -> bool {
    kb.entry(id).name == "spokesman"
}

/// Whether an agent entry is a diplomat's title, held for one state in another ("the Maldivian
/// envoy in New Delhi" is the Maldives').
fn is_diplomat(kb: &Kb, id: EntryId) -> bool {
    kb.entry(id).name == "ambassador"
}

/// What follows a spokesman as "for (the) X" or "of (the) X": an institution's role ("for the
/// party": PTY) or an organisation's code ("for the Kuomintang": TWNPTY).
fn spoken_for(v: &Sentence, kb: &Kb, end: usize) -> Option<(Option<AgentRole>, Option<ActorCode>)> {
    if !matches!(v.lower.get(end).map(String::as_str), Some("for" | "of")) {
        return None;
    }
    let mut i = end + 1;
    if v.lower.get(i).is_some_and(|w| w == "the") {
        i += 1;
    }
    let (_, id) = v.match_at(kb, i, &[EntryKind::Agent, EntryKind::Organization])?;
    let e = kb.entry(id);
    match e.kind {
        EntryKind::Agent if INSTITUTIONS.contains(&e.name.as_str()) => Some((e.role.clone(), None)),
        EntryKind::Organization => {
            let date = v.p.published();
            let code = date
                .and_then(|d| kb.actor_at(id, d))
                .or_else(|| e.codes.first().map(|c| c.code.clone()));
            Some((None, code))
        }
        _ => None,
    }
}

/// ", the democratically elected opposition leader," or ", Russia's foreign minister," after a
/// name.
fn apposition_after(v: &Sentence, kb: &Kb, name_end: usize) -> Option<(Range<usize>, FoundRole)> {
    if v.words.get(name_end).map(String::as_str) != Some(",") {
        return None;
    }
    let start = name_end + 1;
    let mut end = start;
    // "Canada's ambassador, John McCallum, and the U.S. ambassador": what follows a coordinator
    // is the next item of a list, not a description of the name.
    if v.lower
        .get(start)
        .is_some_and(|w| COORDINATORS.contains(&w.as_str()))
    {
        return None;
    }
    // "the democratically elected ...": a noun phrase by its determiner, whatever the tagger
    // made of the participle; otherwise a finite verb makes it a clause.
    let noun_phrase = v
        .lower
        .get(start)
        .is_some_and(|w| DETERMINERS.contains(&w.as_str()));
    while end < v.len()
        && !matches!(
            v.words[end].as_str(),
            "," | "." | ";" | ":" | "\"" | "(" | ")"
        )
    {
        let xpos = v.p.analyses[v.s].xpos.get(end).copied().unwrap_or("_");
        // "Sergei Skripal, a former colonel in Russian military intelligence who settled in
        // Britain": a noun phrase ends where its relative clause begins.
        if noun_phrase && end > start + 1 && RELATIVES.contains(&v.lower[end].as_str()) {
            break;
        }
        let clause_word = matches!(
            v.lower[end].as_str(),
            "who" | "which" | "that" | "said" | "says"
        );
        if clause_word || (!noun_phrase && matches!(xpos, "VBD" | "VBZ" | "VBP" | "MD")) {
            return None;
        }
        end += 1;
    }
    if end == start {
        return None;
    }
    if end - start > 10 {
        return nationality_described(v, kb, start..end);
    }
    // The role is the last agent in the phrase; countries anywhere in it. An agent inside a longer
    // one already taken is part of it ("leader" of "opposition leader" is no role of its own).
    let mut agent = None;
    let mut agent_span: Option<Range<usize>> = None;
    let mut org: Option<ActorCode> = None;
    let mut country = None;
    let mut modifier = None;
    for m in v
        .matches
        .iter()
        .filter(|m| m.tokens.start >= start && m.tokens.end <= end)
    {
        // "President Tayyip Erdogan's main political rival": a title before a possessive is the
        // possessor's, not the role of the person in apposition.
        let possessor_title = v.lower[m.tokens.end..end].iter().any(|w| w == "'s");
        for id in &m.candidates {
            let e = kb.entry(*id);
            match e.kind {
                EntryKind::Agent if possessor_title => {}
                EntryKind::Agent
                    if agent_span.as_ref().is_some_and(|taken| {
                        taken.start <= m.tokens.start && m.tokens.end <= taken.end
                    }) => {}
                EntryKind::Agent => {
                    agent = Some(*id);
                    agent_span = Some(m.tokens.clone());
                }
                // "the leader of the main opposition Bangladesh Nationalist Party": the
                // organisation's code at the date is the person's side; not where the name
                // only modifies a thing ("a former editor of the *Telegram* channel Nexta").
                EntryKind::Organization
                    if org.is_none() && !modifies_a_non_actor(v, kb, m.tokens.end - 1) =>
                {
                    let date = v.p.published();
                    org = date.and_then(|d| kb.actor_at(*id, d));
                }
                // "an adviser to President Volodymyr Zelenskyy": the office is in the country
                // of the person it serves. "The Indian Ocean nation's" names no Indian.
                EntryKind::Country | EntryKind::Demonym | EntryKind::Person
                    if !inside_known_region(v, kb, &m.tokens) =>
                {
                    country = country.or_else(|| e.country.clone())
                }
                _ => {}
            }
        }
    }
    for w in &v.lower[start..end] {
        modifier = modifier.or(RoleModifier::from_word(w));
    }
    if country.is_none() {
        country = (start..end).find_map(|t| {
            v.matches
                .iter()
                .any(|m| {
                    m.tokens.end == t
                        && m.candidates
                            .iter()
                            .any(|id| kb.entry(*id).kind == EntryKind::Agent)
                })
                .then(|| v.place_country_after(kb, agent, t))
                .flatten()
        });
    }
    let (s, t) = v.span_bytes(&(start..end));
    // "Pavel Durov, the founder of VKontakte", "Carlos Ghosn, the chairman of Nissan Motor": a
    // title head no agent entry lists, before the organisation, is a post in it.
    if agent.is_none()
        && org.is_some()
        && v.lower[start..end]
            .iter()
            .take_while(|w| !matches!(w.as_str(), "of" | "at"))
            .any(|w| TITLE_HEADS.contains(&w.as_str()))
    {
        return Some((
            start..end,
            FoundRole {
                start: s,
                end: t,
                country,
                role: None,
                org,
                agent: None,
            },
        ));
    }
    let Some(id) = agent else {
        return nationality_described(v, kb, start..end);
    };
    let role = modified_role(kb.entry(id), modifier);
    Some((
        start..end,
        FoundRole {
            start: s,
            end: t,
            country,
            role,
            org,
            agent: Some(id),
        },
    ))
}

/// "Carola Rackete, the German captain of the migrant rescue ship": an apposition (its words
/// `words`, from a determiner) that no title the knowledge base lists heads still gives the
/// person's country when a nationality or country qualifies its head, before any preposition ("a
/// critic of the Russian government" names someone else's). Not a post ("the American head of the monitoring
/// mission"), nor a past ("a former French legionnaire"). The role found spans the words up to
/// the preposition; what follows may name bodies of its own.
fn nationality_described(
    v: &Sentence,
    kb: &Kb,
    words: Range<usize>,
) -> Option<(Range<usize>, FoundRole)> {
    let start = words.start;
    let head_end = words.clone().find(|&k| {
        let xpos = v.p.analyses[v.s].xpos.get(k).copied().unwrap_or("_");
        matches!(xpos, "IN" | "POS")
    });
    let head_end = head_end.unwrap_or(words.end);
    let head = start..head_end;
    let noun_phrase = DETERMINERS.contains(&v.lower[start].as_str());
    let undescribed = !noun_phrase
        || v.lower[head.clone()]
            .iter()
            .any(|w| TITLE_HEADS.contains(&w.as_str()) || matches!(w.as_str(), "former" | "ex"));
    let in_head = |m: &&KbMatch| m.tokens.start >= start && m.tokens.end <= head_end;
    let kinds = |m: &KbMatch| {
        m.candidates
            .iter()
            .map(|id| kb.entry(*id))
            .collect::<Vec<_>>()
    };
    if undescribed
        || v.matches.iter().filter(in_head).any(|m| {
            kinds(m)
                .iter()
                .any(|e| matches!(e.kind, EntryKind::Agent | EntryKind::Organization))
        })
    {
        return None;
    }
    let country = v
        .matches
        .iter()
        .filter(in_head)
        .filter(|m| !inside_known_region(v, kb, &m.tokens))
        .find_map(|m| {
            kinds(m)
                .into_iter()
                .find(|e| matches!(e.kind, EntryKind::Country | EntryKind::Demonym))
                .and_then(|e| e.country.clone())
        })?;
    let (s, t) = v.span_bytes(&head);
    Some((
        head,
        FoundRole {
            start: s,
            end: t,
            country: Some(country),
            role: None,
            org: None,
            agent: None,
        },
    ))
}

/// "John Smith, 54, a senator from Ohio": where a name ending at `name_end` is followed by its
/// age between commas, the comma after the age, which opens the apposition; else `name_end`.
fn past_age(v: &Sentence, name_end: usize) -> usize {
    let is_age = |w: &str| (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit());
    let word = |k: usize| v.words.get(k).map(String::as_str);
    match (word(name_end), word(name_end + 1), word(name_end + 2)) {
        (Some(","), Some(age), Some(",")) if is_age(age) => name_end + 2,
        _ => name_end,
    }
}

/// Whether token `t` is an adjective or compound modifier of a common noun to its right that no
/// agent entry names: "official" in "official visit", not "government" in "government forces".
fn modifies_a_non_actor(v: &Sentence, kb: &Kb, t: usize) -> bool {
    let a = &v.p.analyses[v.s];
    let modifier = a.xpos.get(t).is_some_and(|x| x.starts_with("JJ"))
        || a.deprels
            .get(t)
            .is_some_and(|d| matches!(*d, "compound" | "amod"));
    let Some(head) = a.heads.get(t).and_then(|h| h.checked_sub(1)) else {
        return false;
    };
    // A "noun" in "-ed" is more often a past tense the tagger misread ("The official declined
    // to say"), which leaves "official" the subject.
    let past_form = v
        .lower
        .get(head)
        .is_some_and(|w| w.len() > 5 && w.ends_with("ed"));
    modifier
        && head > t
        && a.upos.get(head) == Some(&"NOUN")
        && !past_form
        && !v.matches.iter().any(|m| {
            m.tokens.contains(&head)
                && m.candidates
                    .iter()
                    .any(|id| kb.entry(*id).kind == EntryKind::Agent)
        })
}

/// "A spokesman for the party, Myo Nyunt, said": a described person followed, after at most a
/// short complement and a comma, by a person's name that closes with a comma, the sentence or
/// a verb is that person; the description becomes the name's role and is not kept apart. A name
/// followed by "and" is a list, not an apposition ("the ministers, Lavrov and Wang").
fn named_in_apposition(v: &Sentence, d: &Candidate, names: &mut [Candidate]) -> bool {
    if d.kind != EntityType::Person {
        return false;
    }
    let xpos = |i: usize| v.p.analyses[v.s].xpos.get(i).copied().unwrap_or("_");
    let Some(comma) = (d.tokens.end..(d.tokens.end + 6).min(v.len()))
        .take_while(|&i| !xpos(i).starts_with("VB"))
        .find(|&i| v.words[i] == ",")
    else {
        return false;
    };
    let Some(name) = names
        .iter_mut()
        .find(|n| n.kind == EntityType::Person && !n.described && n.tokens.start == comma + 1)
    else {
        return false;
    };
    let closes = match v.words.get(name.tokens.end).map(String::as_str) {
        None | Some("," | "." | ";") => true,
        Some(_) => xpos(name.tokens.end).starts_with("VB"),
    };
    if !closes {
        return false;
    }
    name.roles.extend(d.roles.iter().cloned());
    true
}

/// Whether token `t` is a plural noun ("ministers", "leaders").
fn is_plural_noun(v: &Sentence, t: usize) -> bool {
    matches!(v.p.analyses[v.s].xpos.get(t).copied(), Some("NNS" | "NNPS"))
}

/// The person names that follow `names[first]` as the next items of one list ("Lavrov *and
/// Wang*", "Steinmeier, *Sikorski and Fabius*"), as indices into `names` (sorted by position).
fn list_followers(v: &Sentence, names: &[Candidate], first: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut end = names[first].tokens.end;
    loop {
        let mut k = end;
        if v.words.get(k).is_some_and(|w| w == ",") {
            k += 1;
        }
        let last_item = v.lower.get(k).is_some_and(|w| w == "and");
        if last_item {
            k += 1;
        }
        if k == end {
            break;
        }
        let Some(next) = names
            .iter()
            .position(|n| n.kind == EntityType::Person && !n.described && n.tokens.start == k)
        else {
            break;
        };
        out.push(next);
        end = names[next].tokens.end;
        if last_item {
            break;
        }
    }
    out
}

/// The countries a list of country names or peoples fills `r` with ("Germany, Poland and
/// France"), in order; empty unless every word of `r` is one of them, a comma, "and" or "the".
fn listed_countries(v: &Sentence, kb: &Kb, r: Range<usize>) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = r.start;
    while i < r.end {
        if matches!(v.lower[i].as_str(), "," | "and" | "the") {
            i += 1;
            continue;
        }
        let country = v
            .match_at(kb, i, &[EntryKind::Country, EntryKind::Demonym])
            .filter(|(m, _)| m.end <= r.end)
            .and_then(|(m, id)| Some((m.end, kb.entry(id).country.clone()?)));
        let Some((end, country)) = country else {
            return Vec::new();
        };
        out.push(country);
        i = end;
    }
    out
}

/// The countries of peoples or states coordinated before a title that starts at `start`
/// ("*Russian and* Chinese foreign ministers"), in order, without the title's own.
fn countries_before_title(v: &Sentence, kb: &Kb, start: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = start;
    while k >= 2 && matches!(v.lower[k - 1].as_str(), "and" | ",") {
        let Some((from, Some(country), _)) = v.qualifier_ending(kb, k - 1) else {
            break;
        };
        out.insert(0, country);
        k = from;
    }
    out
}

/// Gives each of `people` (indices into `names`) the role of the plural title or description
/// they are listed under, each with its own country where `countries` names one per person.
/// Roles a person had from words inside the title (`within`, bytes) give way to it; a person
/// with a role of its own keeps it.
fn give_listed_role(
    names: &mut [Candidate],
    people: &[usize],
    role: &FoundRole,
    countries: &[String],
    within: (usize, usize),
) {
    for (k, &i) in people.iter().enumerate() {
        let mut own = role.clone();
        if countries.len() == people.len() {
            own.country = Some(countries[k].clone());
        } else if !countries.is_empty() {
            own.country = None;
        }
        let c = &mut names[i];
        c.roles
            .retain(|r| !(within.0 <= r.start && r.end <= within.1));
        if c.roles.is_empty() {
            c.roles.push(own);
        }
    }
}

/// "Foreign ministers Sergei Lavrov and Wang Yi", "Russian and Chinese foreign ministers Lavrov
/// and Wang", "former chief ministers Omar Abdullah and Mehbooba Mufti": a plural title before
/// the first name of a list is the title of every name listed, each of the country the title
/// gives it when it coordinates one per name.
fn share_plural_title(
    v: &Sentence,
    kb: &Kb,
    names: &mut [Candidate],
    name_start: usize,
    title: &Range<usize>,
    role: &FoundRole,
) {
    let Some(first) = names.iter().position(|n| n.tokens.start == name_start) else {
        return;
    };
    let followers = list_followers(v, names, first);
    if followers.is_empty() {
        return;
    }
    let mut people = vec![first];
    people.extend(followers);
    let mut countries = countries_before_title(v, kb, title.start);
    if let (false, Some(c)) = (countries.is_empty(), &role.country) {
        countries.push(c.clone());
    }
    give_listed_role(names, &people, role, &countries, (role.start, role.end));
}

/// "two other opposition lawmakers, Sasun Mikaelyan and Ararat Mirzoyan", "the foreign
/// ministers of Germany, Poland and France, Frank-Walter Steinmeier, Radoslaw Sikorski and
/// Laurent Fabius": a plural description followed by a comma and a list of two names or more
/// is those people, each of the country its "of" phrase gives it when it lists one per name;
/// the description becomes their role and is not kept apart.
fn named_in_list(v: &Sentence, kb: &Kb, d: &Candidate, names: &mut [Candidate]) -> bool {
    let Some(role) = d.roles.first() else {
        return false;
    };
    let end = d.tokens.end;
    if !d.described || !(d.kind == EntityType::Group || is_plural_noun(v, end - 1)) {
        return false;
    }
    let starts_list = |comma: usize| {
        v.words.get(comma).is_some_and(|w| w == ",")
            && names.iter().any(|n| {
                n.kind == EntityType::Person && !n.described && n.tokens.start == comma + 1
            })
    };
    let (comma, countries) = if starts_list(end) {
        (end, Vec::new())
    } else if v.lower.get(end).is_some_and(|w| w == "of") {
        let found = (end + 2..(end + 12).min(v.len())).find_map(|comma| {
            let countries = listed_countries(v, kb, end + 1..comma);
            (starts_list(comma) && !countries.is_empty()).then_some((comma, countries))
        });
        let Some(found) = found else {
            return false;
        };
        found
    } else {
        return false;
    };
    let Some(first) = names.iter().position(|n| n.tokens.start == comma + 1) else {
        return false;
    };
    let followers = list_followers(v, names, first);
    if followers.is_empty() {
        return false;
    }
    let mut people = vec![first];
    people.extend(followers);
    let within = (
        v.span_bytes(&d.tokens).0,
        v.span_bytes(&(comma..comma + 1)).0,
    );
    give_listed_role(names, &people, role, &countries, within);
    true
}

/// Agent nouns not used as a title: "a senior State Department official", "Top US officials",
/// "the police", "Ukrainian officials".
fn described_actors(v: &Sentence, kb: &Kb, taken: &[bool]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut last_end = 0;
    for m in &v.matches {
        if m.tokens.start < last_end || taken[m.tokens.clone()].iter().any(|t| *t) {
            continue;
        }
        let Some(&id) = m
            .candidates
            .iter()
            .find(|id| kb.entry(**id).kind == EntryKind::Agent)
        else {
            continue;
        };
        // An agent followed by a longer agent ("foreign" "foreign minister") is handled there.
        if v.matches.iter().any(|o| {
            o.tokens.start == m.tokens.start
                && o.tokens.end > m.tokens.end
                && o.candidates
                    .iter()
                    .any(|c| kb.entry(*c).kind == EntryKind::Agent)
        }) {
            continue;
        }
        // "the Secret Service said": words the knowledge base knows as a body's name and as a
        // role noun, written as a name, are the body; "Vietnam's secret service" is the role.
        if body_named(v, kb, m).is_some() {
            continue;
        }
        let agent = kb.entry(id);
        // An agent word that modifies a noun naming no actor is no actor itself ("her last
        // *official* visit", "a *police* car"); before an agent noun it stays one ("government
        // forces" is handled as it always was).
        if m.tokens.len() == 1 && modifies_a_non_actor(v, kb, m.tokens.start) {
            continue;
        }
        // Part of a longer proper name ("the Tomb of the Unknown Soldier"), not a described actor.
        let s0 = m.tokens.start;
        if s0 > 0
            && v.is_capitalised(s0)
            && v.is_capitalised(s0 - 1)
            && v.match_ending(
                kb,
                s0,
                &[
                    EntryKind::Country,
                    EntryKind::Demonym,
                    EntryKind::Organization,
                    EntryKind::Agent,
                ],
            )
            .is_none()
            // "The President later took action": the capital is the sentence's, not a name's.
            && !(s0 == 1
                && (DESCRIPTION_WORDS.contains(&v.lower[0].as_str())
                    || DETERMINERS.contains(&v.lower[0].as_str())))
        {
            continue;
        }
        let mut i = m.tokens.start;
        let mut own_start = i;
        let mut country = None;
        let mut org = None;
        let mut modifier = None;
        while i > 0 {
            if let Some((start, c, o)) = v.qualifier_ending(kb, i) {
                country = country.or(c);
                org = org.or(o);
                i = start;
                continue;
            }
            let w = v.lower[i - 1].as_str();
            if taken[i - 1] {
                break;
            }
            if v.is_qualified_noun(kb, i - 1) {
                i -= 1;
                own_start = i;
                continue;
            }
            if let Some(md) = RoleModifier::from_word(w) {
                modifier = Some(md);
                i -= 1;
                own_start = i;
                continue;
            }
            if DESCRIPTION_WORDS.contains(&w) {
                i -= 1;
                own_start = i;
                continue;
            }
            break;
        }
        // The description's own words start after any names it contains ("US" in "Top US
        // officials" stays a mention of the United States).
        while own_start < m.tokens.start && taken[own_start] {
            own_start += 1;
        }
        let determiner_start = if i > 0 && DETERMINERS.contains(&v.lower[i - 1].as_str()) {
            i - 1
        } else {
            i
        };
        let end = m.tokens.end;
        last_end = end;
        country = country.or_else(|| v.place_country_after(kb, Some(id), end));
        let mut role = modified_role(agent, modifier);
        // "a spokesman for the party", "a spokeswoman for the police": the role, or the
        // organisation's code, of the one the spokesman speaks for.
        if is_spokesman(kb, id)
            && let Some((for_role, for_org)) = spoken_for(v, kb, end)
        {
            role = for_role.or(role);
            org = org.or(for_org);
        }
        let plural = v.lower[end - 1].ends_with('s') && !v.lower[end - 1].ends_with("ss");
        let kind = if INSTITUTIONS.contains(&agent.name.as_str()) {
            EntityType::Organization
        } else if plural {
            EntityType::Group
        } else {
            EntityType::Person
        };
        let (start_b, end_b) = v.span_bytes(&(determiner_start..end));
        let own = if (own_start..end).any(|t| taken[t]) {
            m.tokens.start..end
        } else {
            // "the opposition-controlled National Assembly" (one agent entry of the knowledge
            // base): a body written as a name is named by its capitalised words; the lower-case
            // words before them only describe it.
            let mut k = end;
            while k > own_start && v.is_capitalised(k - 1) {
                k -= 1;
            }
            if kind == EntityType::Organization
                && k > own_start
                && is_capitalised_name(v, &(k..end))
            {
                k..end
            } else {
                own_start..end
            }
        };
        let mut c = candidate(v.s, own, kind, Vec::new());
        c.described = true;
        c.agent = Some(id);
        c.roles.push(FoundRole {
            start: start_b,
            end: end_b,
            country,
            role,
            org,
            agent: Some(id),
        });
        out.push(c);
    }
    out
}

/// Words that join the items of a list.
const COORDINATORS: &[&str] = &["and", "or", "but", "nor"];
/// Words that open a relative clause.
const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "that"];

/// "Canada's ambassador, John McCallum, and the U.S. ambassador, Terry Branstad,", "Kuwait's
/// emir, Sheikh Sabah al-Ahmad al-Sabah, telephoned", "his Russian girlfriend, Sofia Sapega.":
/// a title, or a noun with a people or country before it, then a comma and a name that the next
/// comma or the sentence's end closes, is that person's. Only where the words give a country or
/// an organisation: "After meeting the president, Putin, who ..." gives Putin nothing.
fn title_before_comma(
    v: &Sentence,
    kb: &Kb,
    name: &Range<usize>,
) -> Option<(Range<usize>, FoundRole)> {
    let comma = name.start.checked_sub(1).filter(|&k| k >= 1)?;
    if v.words[comma] != ","
        || !matches!(
            v.words.get(name.end).map(String::as_str),
            None | Some("," | "." | ";")
        )
    {
        return None;
    }
    let (range, role) = match title_before(v, kb, comma) {
        Some(found) => found,
        None => {
            let noun = comma - 1;
            if v.upos(noun) != "NOUN" {
                return None;
            }
            // "France's first lady, Cecilia Sarkozy": adjectives may stand between.
            let mut end = noun;
            while end > 1 && v.upos(end - 1) == "ADJ" {
                end -= 1;
            }
            let (start, country, org) = v.qualifier_ending(kb, end)?;
            // "outside the Gazprom headquarters, Ivan Petrov said": an organisation's name
            // before a noun of a thing makes no one its member.
            if org.is_some() {
                return None;
            }
            let (b0, b1) = v.span_bytes(&(start..comma));
            let role = FoundRole {
                start: b0,
                end: b1,
                country,
                role: None,
                org,
                agent: None,
            };
            (start..comma, role)
        }
    };
    (role.country.is_some() || role.org.is_some()).then_some((range, role))
}

/// Prepositions that place a described person ("a shopkeeper *in* Kabul").
const RESIDENCE_WORDS: &[&str] = &["in", "from", "at"];

/// `said Gulalai, a 45-year-old shopkeeper in Kabul.`, `said Khalid, a 44-year-old engineer who
/// filled two trolleys with rice and milk at a Doha hypermarket.`: a person described with "a"
/// and no title the knowledge base knows is of the country the description names: a people or
/// country in the noun phrase, else a place after "in", "from" or "at" (before its
/// relative clause first, then in it). Only for names the knowledge base does not know, whose
/// own country this is.
fn residence_after(v: &Sentence, kb: &Kb, name_end: usize) -> Option<FoundRole> {
    if v.words.get(name_end).map(String::as_str) != Some(",")
        || !v
            .lower
            .get(name_end + 1)
            .is_some_and(|w| w == "a" || w == "an")
    {
        return None;
    }
    let start = name_end + 1;
    let end = (start..v.len().min(start + 24))
        .find(|&k| {
            matches!(
                v.words[k].as_str(),
                "," | "." | ";" | ":" | "\"" | "(" | ")"
            )
        })
        .unwrap_or(v.len().min(start + 24));
    let clause = (start..end)
        .find(|&k| RELATIVES.contains(&v.lower[k].as_str()))
        .unwrap_or(end);
    let people = (start..clause).find_map(|k| {
        let (_, id) = v.match_at(kb, k, &[EntryKind::Country, EntryKind::Demonym])?;
        kb.entry(id).country.clone()
    });
    let place = || {
        (start..end).find_map(|k| {
            if !RESIDENCE_WORDS.contains(&v.lower[k].as_str()) {
                return None;
            }
            let mut at = k + 1;
            while v
                .lower
                .get(at)
                .is_some_and(|w| DETERMINERS.contains(&w.as_str()))
            {
                at += 1;
            }
            // "in Colombo": a place name that towns of several countries share (Sri Lanka's,
            // Brazil's) is left to the article's other evidence.
            let kinds = [EntryKind::Country, EntryKind::Admin1, EntryKind::City];
            let m = v.matches.iter().find(|m| m.tokens.start == at)?;
            let mut countries = m
                .candidates
                .iter()
                .map(|id| kb.entry(*id))
                .filter(|e| kinds.contains(&e.kind))
                .map(|e| e.country.clone());
            let first = countries.next()??;
            countries
                .all(|c| c.as_deref() == Some(first.as_str()))
                .then_some(first)
        })
    };
    let country = people.or_else(place)?;
    let (b0, b1) = v.span_bytes(&(start..end));
    Some(FoundRole {
        start: b0,
        end: b1,
        country: Some(country),
        role: None,
        org: None,
        agent: None,
    })
}

/// "Zambian President Levy Mwanawasa, who chairs the Southern African Development Community",
/// "Toke Talagi, the premier of Niue, who chairs the Pacific Islands Forum", "Jeroen
/// Dijsselbloem, the Dutch finance minister who chairs the Eurogroup": the intergovernmental
/// body a relative clause after the name, or after an apposition to it, says the person chairs,
/// or holds the rotating presidency of, as a role naming that body (its code, IGOSAFDEVSAD).
fn chair_after(v: &Sentence, kb: &Kb, name_end: usize) -> Option<FoundRole> {
    let word = |k: usize| v.lower.get(k).map_or("", String::as_str);
    if word(name_end) != "," {
        return None;
    }
    // An apposition between the name and the clause holds only a noun phrase's words.
    let apposition_word = |k: usize| {
        matches!(
            v.upos(k),
            "DET" | "ADJ" | "NOUN" | "PROPN" | "ADP" | "PART" | "NUM" | "PUNCT"
        )
    };
    let relative = (name_end + 1..(name_end + 12).min(v.len()))
        .take_while(|&k| {
            k == name_end + 1 || matches!(word(k), "who" | "which") || apposition_word(k)
        })
        .find(|&k| matches!(word(k), "who" | "which"))?;
    let mut at = relative + 1;
    if word(at) == "currently" {
        at += 1;
    }
    match word(at) {
        "chairs" | "heads" => at += 1,
        "holds" => {
            at += 1;
            while matches!(word(at), "the" | "rotating" | "current") {
                at += 1;
            }
            if !matches!(word(at), "presidency" | "chairmanship" | "chair") || word(at + 1) != "of"
            {
                return None;
            }
            at += 2;
        }
        _ => return None,
    }
    if word(at) == "the" {
        at += 1;
    }
    let (body, id) = v.match_at(kb, at, &[EntryKind::Organization])?;
    let org =
        v.p.published()
            .and_then(|d| kb.actor_at(id, d))
            .filter(|c| c.as_str().starts_with("IGO"))?;
    let (b0, b1) = v.span_bytes(&(name_end + 1..body.end));
    Some(FoundRole {
        start: b0,
        end: b1,
        country: None,
        role: None,
        org: Some(org),
        agent: None,
    })
}

/// Whether every word of `r`, two or more, is capitalised: a body written as a name ("National
/// Assembly"), not a described one ("the national assembly").
fn is_capitalised_name(v: &Sentence, r: &Range<usize>) -> bool {
    r.len() >= 2 && r.clone().all(|t| v.is_capitalised(t))
}

/// The body named inside a person's title: an institution of the knowledge base's agent nouns
/// written as a capitalised name of two or more words, with the capitalised words before it
/// that name no country ("*Health* Ministry"), followed by the rest of the title ("Foreign
/// Ministry spokeswoman"). Its country is the qualifier before it ("Iran's", "Chinese"), else
/// `holder`'s, the country of the person whose title it is. A title in lower case ("foreign
/// ministry spokeswoman") or a bare one-word institution ("Police spokeswoman", capitalised only
/// by the sentence) names no body.
fn body_in_title(
    v: &Sentence,
    kb: &Kb,
    title: &Range<usize>,
    holder: Option<String>,
) -> Option<Candidate> {
    let (m, id) = v.matches.iter().find_map(|m| {
        let inside = title.start <= m.tokens.start && m.tokens.end < title.end;
        let id = m.candidates.iter().copied().find(|id| {
            let e = kb.entry(*id);
            e.kind == EntryKind::Agent && INSTITUTIONS.contains(&e.name.as_str())
        })?;
        inside.then_some((m, id))
    })?;
    let mut start = m.tokens.start;
    while start > title.start
        && v.is_capitalised(start - 1)
        && !DETERMINERS.contains(&v.lower[start - 1].as_str())
        && v.qualifier_ending(kb, start).is_none()
    {
        start -= 1;
    }
    let name = start..m.tokens.end;
    if !is_capitalised_name(v, &name) {
        return None;
    }
    let (country, org) = match v.qualifier_ending(kb, start) {
        Some((_, country, org)) => (country.or(holder), org),
        None => (holder, None),
    };
    let (b0, b1) = v.span_bytes(&name);
    let mut c = candidate(v.s, name, EntityType::Organization, Vec::new());
    c.described = true;
    c.agent = Some(id);
    c.roles.push(FoundRole {
        start: b0,
        end: b1,
        country,
        role: kb.entry(id).role.clone(),
        org,
        agent: Some(id),
    });
    Some(c)
}

/// Plural nationality nouns used as actors: "Americans in Russian custody", "Britons".
fn nationality_groups(v: &Sentence, kb: &Kb, taken: &[bool]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in &v.matches {
        if taken[m.tokens.clone()].iter().any(|t| *t)
            || out
                .iter()
                .any(|c: &Candidate| overlaps(&c.tokens, &m.tokens))
        {
            continue;
        }
        let Some(&id) = m
            .candidates
            .iter()
            .find(|id| kb.entry(**id).kind == EntryKind::Demonym)
        else {
            continue;
        };
        let last = m.tokens.end - 1;
        let word = &v.lower[last];
        let plural = word.ends_with('s') && !word.ends_with("ss");
        let noun_tag = !v.p.analysed || matches!(v.upos(last), "NOUN" | "PROPN");
        let followed_by_noun = v.p.analysed
            && m.tokens.end < v.len()
            && matches!(v.upos(m.tokens.end), "NOUN" | "PROPN");
        if !plural || !noun_tag || followed_by_noun {
            continue;
        }
        let country = kb.entry(id).country.clone();
        let (s, e) = v.span_bytes(&m.tokens);
        let mut c = candidate(v.s, m.tokens.clone(), EntityType::Group, Vec::new());
        c.described = true;
        c.roles.push(FoundRole {
            start: s,
            end: e,
            country,
            role: None,
            org: None,
            agent: None,
        });
        out.push(c);
    }
    out
}

/// "Top US officials, including Pompeo and Vice President Mike Pence": the people listed after
/// "including" belong to the group before it.
fn apply_including(v: &Sentence, cands: &mut [Candidate]) {
    for k in 0..cands.len() {
        if !cands[k].described || cands[k].roles.first().is_none_or(|r| !r.says_something()) {
            continue;
        }
        let group_end = cands[k].tokens.end - v.base;
        // "including" within a few words after the group, with no verb between.
        let window = group_end..(group_end + 6).min(v.len());
        let Some(inc) = window.clone().find(|&i| v.lower[i] == "including") else {
            continue;
        };
        if (group_end..inc).any(|i| v.upos(i) == "VERB" || v.lower[i] == ";") {
            continue;
        }
        let context = cands[k].roles[0].clone();
        for c in cands.iter_mut().skip(k + 1) {
            if c.kind == EntityType::Person && !c.described && c.tokens.start - v.base > inc {
                c.context = Some(context.clone());
            }
        }
    }
}

/// `'"...," said Hoa, a 58-year-old shopkeeper'` with "Hoa" left untagged: capitalised words
/// after a closing quote and "said", described by an indefinite apposition
/// ([`is_described_speaker`]), are the speaker's name when no other candidate holds them.
fn untagged_described_speakers(v: &Sentence, kb: &Kb, found: &[Candidate]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for k in 2..v.len() {
        if !matches!(v.lower[k - 1].as_str(), "said" | "says") {
            continue;
        }
        let end = (k..v.len())
            .find(|&e| !(v.is_capitalised(e) && v.words[e].chars().all(char::is_alphabetic)))
            .unwrap_or(v.len());
        let r = k..end;
        if end > k
            && is_described_speaker(v, &r)
            && !found.iter().any(|c| overlaps(&c.tokens, &r))
            && v.match_at(kb, k, &[EntryKind::Country, EntryKind::Organization])
                .is_none()
        {
            out.push(candidate(
                v.s,
                r.clone(),
                EntityType::Person,
                v.entries_at(kb, &r, EntryKind::Person),
            ));
        }
    }
    out
}
