//! What kind of thing a name is, from the words around it: a person or no person ("the Sydney
//! Opera House"), a place (a cue such as "the town of", a place head, a known place after "in"), a
//! named body (a body's head noun or verb), a described speaker, a given name, an East Asian name.
//! Predicates over one sentence's words for the candidate stage (`candidates.rs`), which decides.
//!
//! **Invariant:** each predicate reads only the sentence and the knowledge base, and answers for
//! any range inside the sentence without panicking.

use super::candidates::{DETERMINERS, HONORIFICS, LOCATIVE, Sentence};
use crate::record::EntityType;
use newsgraph_kb::{EntryId, EntryKind, Kb};
use std::ops::Range;

/// Prepositions that put an event at a place rather than make the place an actor.
pub(super) const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "outside"];

/// The preposition that governs a name starting at `start`, over a determiner and lower-case
/// adjectives between them ("at the presidential Blue House": "at").
pub(super) fn preposition_before<'a>(v: &'a Sentence, start: usize) -> Option<&'a str> {
    let mut k = start.checked_sub(1)?;
    while (DETERMINERS.contains(&v.lower[k].as_str())
        || (v.upos(k) == "ADJ" && !v.is_capitalised(k)))
        && k > 0
    {
        k -= 1;
    }
    Some(v.lower[k].as_str())
}

/// Common nouns of things and bodies that, written right before a name, say it names one of
/// them ("the film Easy Rider", "the tanker Galaxy Leader"). Nouns of people ("actor Dennis
/// Hopper", "musician Nick Rhodes") are not here.
pub(super) const THING_NOUNS: &[&str] = &[
    "novel",
    "novels",
    "book",
    "books",
    "film",
    "films",
    "movie",
    "movies",
    "series",
    "show",
    "album",
    "song",
    "single",
    "game",
    "games",
    "browser",
    "app",
    "software",
    "magazine",
    "newspaper",
    "ship",
    "vessel",
    "tanker",
    "carrier",
    "freighter",
    "school",
    "schools",
    "band",
    "brand",
    "operation",
    "exercise",
    "exercises",
    "hurricane",
    "storm",
    "typhoon",
    "cyclone",
    "programme",
    "program",
    "project",
    "plan",
    "festival",
    "exhibition",
];

/// Signs that a name the tagger called a person names a thing: a digit ("Joint Sword-2024A", an
/// exercise); "its" before it ("its App Store"); "the" right before it as the head of its phrase
/// ("seized the Galaxy Leader, a car carrier"; "the Obama administration" modifies a noun and
/// is left alone); a known town or province as its first word, in a name that modifies a common
/// noun ("the Fukushima Daiichi nuclear plant"), unless that word is a first name the knowledge
/// base's people have ("Paris Hilton's hotel").
pub(super) fn is_no_person(v: &Sentence, kb: &Kb, r: &Range<usize>) -> bool {
    if r.clone()
        .any(|k| v.words[k].chars().any(|c| c.is_ascii_digit()))
    {
        return true;
    }
    let a = &v.p.analyses[v.s];
    let parent = |k: usize| a.heads.get(k).and_then(|h| h.checked_sub(1));
    // The name's own head: the word whose head lies outside the name.
    let head = r
        .clone()
        .find(|&k| parent(k).is_none_or(|h| !r.contains(&h)))
        .unwrap_or(r.end - 1);
    let deprel = a.deprels.get(head).copied().unwrap_or("_");
    let possessive = v
        .lower
        .get(r.end)
        .is_some_and(|w| matches!(w.as_str(), "'s" | "'"));
    // The parser reads "the Fukushima Daiichi nuclear plant" as a possessor without "'s" too.
    let modifies_a_noun = (matches!(deprel, "compound" | "amod")
        || (deprel == "nmod:poss" && !possessive))
        && parent(head).is_some_and(|h| v.upos(h) == "NOUN");
    let before = r.start.checked_sub(1).map(|k| v.lower[k].as_str());
    if before == Some("its") || (before == Some("the") && !modifies_a_noun && !possessive) {
        return true;
    }
    // "her graphic novel Angel Catbird", "the 1969 film Easy Rider", "the religious schools
    // Santo Spirito and Immacolata": a common noun of a thing right before the name says what
    // it names.
    if r.start > 0
        && v.upos(r.start - 1) == "NOUN"
        && THING_NOUNS.contains(&v.lower[r.start - 1].as_str())
    {
        return true;
    }
    let place_first = v.matches.iter().any(|m| {
        m.tokens.start == r.start
            && m.tokens.end < r.end
            && m.candidates.iter().any(|id| {
                matches!(
                    kb.entry(*id).kind,
                    EntryKind::City | EntryKind::Admin1 | EntryKind::Admin2
                )
            })
    });
    modifies_a_noun && place_first && !kb.is_given_name(&v.words[r.start])
}

/// "at the Kennedy Space Center in Cape Canaveral, Florida": a name after a preposition of place
/// and before a comma and a country or first-level region is a place in it, whatever the
/// tagger says and even where the gazetteer lacks so small a town. People are not "in" a name
/// followed by a state.
pub(super) fn is_contained_place(v: &Sentence, kb: &Kb, r: &Range<usize>) -> bool {
    let locative = r.start > 0 && matches!(v.lower[r.start - 1].as_str(), "in" | "near" | "at");
    locative
        && v.words.get(r.end).is_some_and(|w| w == ",")
        && v.match_at(kb, r.end + 1, &[EntryKind::Country, EntryKind::Admin1])
            .is_some()
}

/// Nouns of places that name one with "of" ("the eastern Libyan city of Derna").
const PLACE_OF_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "port",
    "province",
    "region",
    "district",
    "island",
    "county",
    "municipality",
    "suburb",
    "enclave",
];

/// Nouns of places that follow a name with "the" before it ("the El Aouina district", "the Fox
/// Hill prison"). "camp" and "area" are left out: "the Obama camp" is his people.
const PLACE_NOUNS_AFTER: &[&str] = &[
    "district",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "township",
    "quarter",
    "prison",
    "jail",
    "valley",
    "square",
    "village",
    "town",
    "province",
    "region",
    "forest",
    "island",
    "islands",
    "border",
    "crossing",
];

/// Nouns of places that a described name is said to be ("Hrabove, a village in the Donetsk
/// region"), before the preposition that places it.
pub(super) const APPOSITION_PLACE_NOUNS: &[&str] = &[
    "village",
    "town",
    "city",
    "district",
    "suburb",
    "island",
    "region",
    "province",
    "county",
    "settlement",
    "hamlet",
    "neighbourhood",
    "neighborhood",
    "port",
    "municipality",
];

/// Last words that make a capitalised name of two words or more a place ("Ala-Too Square",
/// "Sindhupalchok District", "Abbey Gate"), written in the name rather than after it.
pub(super) const PLACE_HEADS: &[&str] = &[
    "square",
    "street",
    "island",
    "islands",
    "valley",
    "gate",
    "crossing",
    "peninsula",
    "forest",
    "desert",
    "district",
    "province",
    "palace",
];

/// Last words of a place's name that no body's name ends with, so that they outweigh the
/// tagger's organisation ("Dulles International Airport", "Callao Square"). "Street" is not
/// here: "Wall Street" is the markets.
pub(super) const BODY_PROOF_PLACE_HEADS: &[&str] = &[
    "square",
    "airport",
    "gate",
    "valley",
    "island",
    "islands",
    "peninsula",
    "crossing",
];

/// What the words in and around a name say of it being a place, whatever the tagger typed it:
/// - a unit noun and "of" before it ("the eastern Libyan city of Derna", "the worst-hit district
///   of Gorkha");
/// - "the", a preposition of place or a possessive before it and a lower-case noun of a place
///   after it ("the El Aouina district", "a farmer in Sindhupalchok district", "the Fox Hill
///   prison"; "the Biden administration" names no place);
/// - an apposition that says what place it is, with a preposition that places it ("Hrabove, a
///   village in the Donetsk region"; "Smith, a town councillor in Ohio" is no place);
/// - a last word of a place's name ("Ala-Too Square", "Abbey Gate") in a name of two words or
///   more.
pub(super) fn place_cue(v: &Sentence, r: &Range<usize>) -> bool {
    let word = |k: usize| v.lower.get(k).map_or("", String::as_str);
    let after_place_noun =
        r.start >= 2 && word(r.start - 1) == "of" && PLACE_OF_NOUNS.contains(&word(r.start - 2));
    let opener = r.start >= 1 && {
        let w = word(r.start - 1);
        w == "the" || LOCATIVE.contains(&w) || matches!(w, "'s" | "'")
    };
    let before_place_noun = opener
        && v.upos(r.end) == "NOUN"
        && v.words.get(r.end).is_some_and(|w| w == word(r.end))
        && PLACE_NOUNS_AFTER.contains(&word(r.end));
    let described = word(r.end) == ","
        && matches!(word(r.end + 1), "a" | "an")
        && (r.end + 2..r.end + 5).any(|k| {
            APPOSITION_PLACE_NOUNS.contains(&word(k))
                && matches!(word(k + 1), "in" | "of" | "near" | "on" | "outside")
                && (r.end + 2..k).all(|j| v.words[j] == word(j))
        });
    let head =
        r.len() >= 2 && v.is_capitalised(r.end - 1) && PLACE_HEADS.contains(&word(r.end - 1));
    after_place_noun || before_place_noun || described || head
}

/// Adjectives of faiths and churches, which the tagger takes for a name ("the Roman Catholic
/// bishop", "a Greek Orthodox priest"): no person's name ends with one.
const FAITH_WORDS: &[&str] = &[
    "catholic",
    "orthodox",
    "protestant",
    "anglican",
    "evangelical",
    "lutheran",
    "methodist",
    "baptist",
    "presbyterian",
    "muslim",
    "christian",
    "jewish",
    "sunni",
    "shia",
    "shiite",
    "buddhist",
    "hindu",
];

/// Common nouns of bodies that, as the predicate of "is" or in apposition, say the name they
/// describe is a body ("whose Samagi Jana Balawegaya is the largest opposition party", "the
/// National Salvation Front, a coalition of parties").
const BODY_PREDICATES: &[&str] = &[
    "party",
    "parties",
    "coalition",
    "alliance",
    "movement",
    "group",
    "grouping",
    "organisation",
    "organization",
    "union",
    "federation",
    "company",
    "firm",
    "club",
    "team",
    "militia",
    "airline",
    "carrier",
    "bank",
    "newspaper",
    "broadcaster",
    "agency",
];

/// Whether the parse says the name is a body: its head is the subject of a copula whose
/// predicate is a noun of bodies, or has such a noun as its first apposition. "Premadasa is the party's
/// leader" and "Smith, a party official" are persons: the predicate's head is the person's role.
fn is_named_body(v: &Sentence, r: &Range<usize>) -> bool {
    let a = &v.p.analyses[v.s];
    let parent = |k: usize| a.heads.get(k).and_then(|h| h.checked_sub(1));
    let deprel = |k: usize| a.deprels.get(k).copied().unwrap_or("_");
    let Some(head) = r
        .clone()
        .find(|&k| parent(k).is_none_or(|h| !r.contains(&h)))
    else {
        return false;
    };
    let body_noun =
        |k: usize| v.upos(k) == "NOUN" && BODY_PREDICATES.contains(&v.lower[k].as_str());
    let copular_body = deprel(head) == "nsubj"
        && parent(head).is_some_and(|h| {
            body_noun(h) && (0..v.len()).any(|k| parent(k) == Some(h) && deprel(k) == "cop")
        });
    // Only the first apposition describes the name: in "Milan Radoicic, a businessman and vice
    // president of the Serb List, the main party of ..." a later one may hang on it by error.
    let body_in_apposition = (r.end..v.len())
        .find(|&k| parent(k) == Some(head) && deprel(k) == "appos")
        .is_some_and(body_noun);
    copular_body || body_in_apposition
}

/// Capitalised words that open the name of a storm or a military operation ("Storm Daniel",
/// "Hurricane Helene", "Operation Rising Lion"): a given name after them names no person.
const THING_OPENERS: &[&str] = &["storm", "hurricane", "typhoon", "cyclone", "operation"];

/// Spanish plural articles: they open the names of gangs, bands and places ("Los Choneros",
/// "Los Lobos"), never a person's name.
const PLURAL_ARTICLES: &[&str] = &["los", "las"];

/// Last words that make a name of two or more words a place or a body, and that are rarely
/// surnames ("Grand Ethiopian Renaissance Dam", "Instituto Gonzaga" is not here: its first
/// word is the body). Narrower than [`NON_PERSON_HEADS`], which also holds surnames (Hall, Law,
/// Park) and serves only to tell a known first name and a surname from a place.
pub(super) const FACILITY_HEADS: &[&str] = &[
    "dam",
    "airport",
    "airbase",
    "bridge",
    "canal",
    "stadium",
    "strait",
    "base",
    "pipeline",
    "avenue",
    "boulevard",
    "highway",
    "checkpoint",
];
pub(super) const BODY_HEADS: &[&str] = &[
    "university",
    "institute",
    "ministry",
    "committee",
    "commission",
    "council",
    "agency",
    "foundation",
    "embassy",
    "consulate",
    "parliament",
    // Parties, fronts, coalitions, clubs and carriers ("National Salvation Front", "Arema FC",
    // "Vietnam Airlines"): no one's surname.
    "party",
    "front",
    "movement",
    "alliance",
    "coalition",
    "federation",
    "fc",
    "airlines",
    "airways",
];
/// First words that make a name a body, in English and the languages whose bodies keep their
/// own names in English copy ("Instituto Gonzaga", "Universidad de Chile", "Banco Santander").
const BODY_OPENERS: &[&str] = &[
    "university",
    "institute",
    "ministry",
    "museum",
    "hospital",
    "instituto",
    "institut",
    "universidad",
    "université",
    "universidade",
    "universität",
    "ministerio",
    "banco",
    "partido",
    "fc",
    "fundación",
    "fondation",
];
/// First words that make a name of two words a building of a town ("City Hall", "Town Hall").
const TOWN_OPENERS: &[&str] = &["city", "town"];

/// `"...," said Salem, a teacher who ...`: the name after a closing quote and "said", described
/// by an indefinite apposition, is a person quoted by first name, whatever place shares the
/// name (a city in India, a town in Afghanistan). A state speaking ("said Moscow") is not
/// described with "a"; a country the knowledge base knows is left to its own rules.
pub(super) fn is_described_speaker(v: &Sentence, r: &Range<usize>) -> bool {
    // The words are normalised: curly quotes are already '"' and '\''.
    let quote = |k: usize| v.words[k].chars().all(|c| matches!(c, '"' | '\''));
    r.start >= 2
        && matches!(v.lower[r.start - 1].as_str(), "said" | "says")
        && quote(r.start - 2)
        && v.words.get(r.end).is_some_and(|w| w == ",")
        && v.lower
            .get(r.end + 1)
            .is_some_and(|w| matches!(w.as_str(), "a" | "an"))
}

/// Nouns of family that, after a possessive, name the person who follows ("their daughter
/// Dasha", "his wife Melania"). "partner" is left out: "its trade partner China".
pub(super) const KINSHIP_NOUNS: &[&str] = &[
    "daughter",
    "son",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "widow",
    "widower",
    "grandson",
    "granddaughter",
    "niece",
    "nephew",
    "cousin",
    "uncle",
    "aunt",
    "girlfriend",
    "boyfriend",
    "fiancee",
    "fiancé",
];

/// "Navalny's widow ... and their daughter Dasha": a name right after a possessive and a noun of
/// family is a person, whatever place shares the name.
pub(super) fn is_named_relative(v: &Sentence, r: &Range<usize>) -> bool {
    r.start >= 2
        && KINSHIP_NOUNS.contains(&v.lower[r.start - 1].as_str())
        && POSSESSIVES.contains(&v.lower[r.start - 2].as_str())
}

/// Words that make the noun after them someone's ("their daughter", "Navalny's widow").
pub(super) const POSSESSIVES: &[&str] = &["his", "her", "their", "my", "our", "your", "'s", "'"];

/// The kinds of knowledge-base entry that are places a dateline may name.
/// Whether the knowledge base's entries for a name are places only, one of them a province, a
/// region or a town that is large (50,000 or more) or, when `after_locative` ("in Salisbury"),
/// of 20,000 or more: the evidence the place stage asks of a name before it maps it
/// (`places::place_evidence`). A small town's name is too often a word or a surname
/// ("Christian", "Mobile") to outweigh the tagger.
pub(super) fn is_known_place(kb: &Kb, entries: &[EntryId], after_locative: bool) -> bool {
    let min_population = if after_locative { 20_000 } else { 50_000 };
    let mut known = false;
    for e in entries.iter().map(|id| kb.entry(*id)) {
        match e.kind {
            EntryKind::Admin1 | EntryKind::Region | EntryKind::Site => known = true,
            EntryKind::City | EntryKind::Admin2 => {
                let population = e.place.as_ref().and_then(|p| p.population).unwrap_or(0);
                known |= population >= min_population && e.prior >= 0.5;
            }
            _ => return false,
        }
    }
    known
}

pub(super) const PLACES: &[EntryKind] = &[
    EntryKind::City,
    EntryKind::Admin1,
    EntryKind::Admin2,
    EntryKind::Country,
];

/// Whether the name opens a wire dateline ("THE HAGUE, Netherlands (AP) —", "BEIRUT —"), which
/// the sentence splitter makes a sentence of its own, ending with the dash (normalised: an en or
/// em dash is '-').
pub(super) fn opens_dateline(v: &Sentence, r: &Range<usize>) -> bool {
    v.words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "-" | "--"))
        && (r.start == 0 || (r.start == 1 && v.lower[0] == "the"))
}

/// What a name the tagger called a person, and the knowledge base does not know as one, names
/// instead, when its words or the words around it say so:
/// - a place after "the city of", "the town of" ("the eastern Libyan city of Derna");
/// - a storm or an operation ("Storm Daniel": no entity of the three scored types);
/// - a gang or band opened by a Spanish plural article ("Los Choneros": an organisation);
/// - a facility or a body by its last word ("Renaissance Dam", "Norwegian Nobel Committee",
///   "Rustaveli Avenue"), or a body by its first ("Instituto Gonzaga"), a town's building by
///   its first ("City Hall").
pub(super) fn unpersonal_kind(v: &Sentence, r: &Range<usize>) -> Option<EntityType> {
    let word = |k: usize| v.lower.get(k).map_or("", String::as_str);
    if place_cue(v, r) {
        return Some(EntityType::Location);
    }
    // "the Roman Catholic bishop": a faith's adjective names no one.
    if FAITH_WORDS.contains(&word(r.end - 1)) {
        return Some(EntityType::Misc);
    }
    if is_named_body(v, r) {
        return Some(EntityType::Organization);
    }
    if r.len() < 2 {
        return None;
    }
    let (first, last) = (word(r.start), word(r.end - 1));
    if THING_OPENERS.contains(&first) {
        Some(EntityType::Misc)
    } else if PLURAL_ARTICLES.contains(&first)
        || BODY_HEADS.contains(&last)
        || BODY_OPENERS.contains(&first)
    {
        Some(EntityType::Organization)
    } else if FACILITY_HEADS.contains(&last) || TOWN_OPENERS.contains(&first) {
        Some(EntityType::Location)
    } else {
        None
    }
}

/// Whether a lone word is a first name here: it opens the name of a person the knowledge base
/// knows, and no place it may be is more than a small town or its municipality ("Gloria", not
/// "Houston" or "Jordan").
pub(super) fn is_first_name(kb: &Kb, word: &str, entries: &[EntryId]) -> bool {
    kb.is_given_name(word)
        && entries.iter().all(|id| {
            let e = kb.entry(*id);
            // A municipality (admin2) is the small town's district.
            !e.kind.is_place()
                || e.kind == EntryKind::Admin2
                || (e.kind == EntryKind::City
                    && e.place
                        .as_ref()
                        .and_then(|p| p.population)
                        .is_some_and(|n| n < 100_000))
        })
}

/// "Kwok Ka-ki", "Hau Lung-bin", "Park Joo-Ho": a short surname, then a given name of two short
/// syllables joined by a hyphen, is how Chinese and Korean names are romanised, and the tagger,
/// trained on few of them, often calls them places or organisations. Place names with a hyphen
/// have longer parts ("North Rhine-Westphalia", "Sharm El-Sheikh").
pub(super) fn is_east_asian_name(v: &Sentence, r: &Range<usize>) -> bool {
    if r.len() != 4 || v.words[r.start + 2] != "-" {
        return false;
    }
    let toks = &v.p.doc.tokens[v.base..v.base + v.len()];
    let joined = toks[r.start + 1].end == toks[r.start + 2].start
        && toks[r.start + 2].end == toks[r.start + 3].start;
    let syllable = |k: usize, max: usize| {
        let w = &v.words[k];
        (2..=max).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic)
    };
    joined
        && v.is_capitalised(r.start)
        && v.is_capitalised(r.start + 1)
        && syllable(r.start, 5)
        && syllable(r.start + 1, 5)
        && syllable(r.start + 3, 4)
}

/// Last words that make a name a place, building or body, whatever first name it begins with
/// ("George Washington Bridge", "Victoria Station", "Elizabeth Line").
const NON_PERSON_HEADS: &[&str] = &[
    "university",
    "college",
    "school",
    "institute",
    "foundation",
    "museum",
    "gallery",
    "library",
    "party",
    "council",
    "committee",
    "commission",
    "association",
    "society",
    "union",
    "trust",
    "club",
    "team",
    "group",
    "company",
    "bank",
    "fund",
    "agency",
    "ministry",
    "department",
    "office",
    "court",
    "army",
    "force",
    "navy",
    "center",
    "centre",
    "hospital",
    "church",
    "mosque",
    "temple",
    "cathedral",
    "palace",
    "tower",
    "towers",
    "hall",
    "house",
    "street",
    "avenue",
    "road",
    "square",
    "bridge",
    "station",
    "airport",
    "port",
    "park",
    "stadium",
    "hotel",
    "line",
    "county",
    "city",
    "island",
    "islands",
    "river",
    "lake",
    "mountain",
    "valley",
    "province",
    "state",
    "district",
    "award",
    "prize",
    "cup",
    "games",
    "festival",
    "times",
    "post",
    "news",
    "press",
    "inc",
    "corp",
    "ltd",
    "plan",
    "act",
    "law",
];

/// "Elizabeth Quat won a seat": two capitalised words whose first opens the name
/// of a person the knowledge base knows, and whose last is no word of a place or body, are a
/// person's name the tagger typed as something else ("Nathan Road" and "Elizabeth Line" are
/// not).
pub(super) fn is_given_and_family_name(v: &Sentence, kb: &Kb, r: &Range<usize>) -> bool {
    let words: Vec<usize> = r
        .clone()
        .filter(|&k| v.words[k].chars().any(char::is_alphanumeric))
        .collect();
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return false;
    };
    // Two words and nothing else: "Al-Ghaza" is a hyphenated name of one word, not "Al" (Gore).
    r.len() == 2
        && words.len() == 2
        && words.iter().all(|&k| v.is_capitalised(k))
        && v.words[first].chars().all(char::is_alphabetic)
        && kb.is_given_name(&v.words[first])
        && !NON_PERSON_HEADS.contains(&v.lower[last].as_str())
}

/// "hostility toward Muslims", "Like many Texans": one plural proper noun the tagger calls MISC
/// or a person, with no knowledge-base entry and no "the" or courtesy title before it, names a
/// people or a faith, a group of persons. "the Olympics" and "the Beatles" (a determiner makes it
/// one named thing) are not; a surname of a person named in full ("Serena Williams ...
/// Williams") is that person again (`cluster::retype_name_parts`).
pub(super) fn is_named_people(v: &Sentence, r: &Range<usize>) -> bool {
    let xpos = v.p.analyses[v.s].xpos.get(r.start).copied().unwrap_or("_");
    // The endings of peoples and faiths ("Texans", "Muslims", "Buddhists", "Shiites", "Sunnis",
    // "Yazidis"): a title in -s ("Wikinews", "Olympics") is no people.
    let word = &v.lower[r.start];
    let people_ending = ["ans", "ims", "ists", "ites", "is"]
        .iter()
        .any(|e| word.ends_with(e));
    r.len() == 1
        && xpos == "NNPS"
        && people_ending
        && (r.start == 0
            || !(DETERMINERS.contains(&v.lower[r.start - 1].as_str())
                || HONORIFICS.contains(&v.lower[r.start - 1].trim_end_matches('.'))))
}
