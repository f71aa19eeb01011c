//! The article's home country: the country its headline and lead are about, when they leave no
//! doubt ("Merkel tells Germans virus is country's gravest test", "Lula promises aid as floods in
//! southern Brazil kill dozens"). A state role the article gives without a country ("the
//! government", "Minister Jens Spahn", "Governor Eduardo Leite") is that country's: news names
//! the country once, up front, and then says "the government". So is a named person or body
//! that nothing else places ("Ahmed Nejib Chebbi" in a Tunisia story): a foreigner is nearly
//! always introduced with a country.
//!
//! **Invariant:** only bare state roles (GOV, MIL, COP, JUD, LEG, SPY, OPP, PTY with no country),
//! and named persons and bodies of two words or more that neither the text nor the knowledge base
//! gives a country, and places the gazetteer lacks ([`complete_named_actors`], which falls back
//! on the dateline's country), are completed, and a KB state body of another country that the
//! article otherwise never mentions is taken for its home namesake ([`rehome_namesake_bodies`]),
//! only when at least three quarters of the headline and lead's country-bearing
//! mentions (and at least two) name one country; every code completed this way carries a role
//! with the text [`HOME_COUNTRY_ROLE`] whose span is the headline or lead mention the country came
//! from, so that it is told apart from a country the text states with the actor. A bare state
//! role after "his", "her", "its" or "their" is left to the possessor instead
//! ([`complete_from_possessors`]), whose country it takes once pronouns are joined. Before any
//! of that, a named body nothing places takes the country its own name names
//! ([`complete_from_names`]: "U.S. Justice Department"), marked with [`NAME_COUNTRY_ROLE`].
//! After all of that, a bare state role owned by an intergovernmental body ("the bloc's
//! leaders", "a delegation from ECOWAS") takes the body's code, and one from or of a state the
//! text names takes that state, in place of a home country ([`roles_of_their_owners`]).

use super::actors::NON_COUNTRY_GROUPS;
use super::places::DIRECTIONS;
use crate::Parsed;
use crate::record::{Entity, EntityType, Mention, Role};
use chrono::NaiveDate;
use newsgraph_kb::{ActorCode, Entry, EntryKind, Kb};

/// Roles of the state (or of politics inside one state), which a country completes. Civilians,
/// media, business and NGOs are left alone: "reporters" in a story about Germany may be anyone's.
pub(super) const STATE_ROLES: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY"];

/// The most tokens a dateline sentence has ("NEW YORK, Jan. 5, 2024 (Reuters) -" is 11).
const DATELINE_MAX_TOKENS: usize = 15;

/// The text of a role that marks a country taken from the headline and lead rather than from the
/// entity's own words.
pub const HOME_COUNTRY_ROLE: &str = "home country of the article";

/// Whether an entity's or a place's country is a state: three letters, not the `IGO` or `NGO` an
/// intergovernmental or non-governmental body has for a country.
pub(crate) fn is_state_country(country: &str) -> bool {
    country.len() == 3 && !matches!(country, "IGO" | "NGO")
}

/// The country an entity states: its own, or its place's.
fn country_of(e: &Entity) -> Option<String> {
    e.country
        .clone()
        .or_else(|| e.place.as_ref().and_then(|pl| pl.country.clone()))
}

/// Whether the entity is a news medium (an agency in a dateline names who wrote the story).
fn is_media(e: &Entity) -> bool {
    e.actor
        .as_ref()
        .is_some_and(|a| a.groups().any(|g| g == "MED"))
}

/// Whether the entity is a company: "Minsk forces down Ryanair jet" is about Belarus, not
/// Ireland; a company's country says whose it is, not where the story is.
fn is_business(e: &Entity) -> bool {
    e.actor
        .as_ref()
        .is_some_and(|a| a.groups().any(|g| g == "BUS"))
}

/// Gives `e` the home `country` (and `actor`, when one is coded) with the [`HOME_COUNTRY_ROLE`]
/// role pointing at `evidence`, the headline or lead mention the country came from.
fn mark_home(e: &mut Entity, actor: Option<ActorCode>, country: &str, evidence: (usize, usize)) {
    if actor.is_some() {
        e.actor = actor;
    }
    e.country = Some(country.to_string());
    e.roles.push(Role {
        text: HOME_COUNTRY_ROLE.to_string(),
        code: Some(country.to_string()),
        start: evidence.0,
        end: evidence.1,
    });
}

/// The country the headline and lead paragraph are about, with the first mention that names
/// it, or `None` when they name no country or more than one without a clear majority.
pub fn home_country(p: &Parsed, entities: &[Entity]) -> Option<(String, usize, usize)> {
    let text = p.doc.text();
    // The headline is the first line, the lead the second: the rule reads nothing after them.
    let lead_end = text
        .match_indices('\n')
        .nth(1)
        .map_or(text.len(), |(i, _)| i);
    let lead_start = text.find('\n').map_or(0, |i| i + 1);
    let dateline_sentence = p
        .doc
        .sentences
        .iter()
        .position(|s| s.start == lead_start)
        .filter(|&i| {
            let s = &p.doc.sentences[i];
            s.tokens.len() <= DATELINE_MAX_TOKENS
                && s.tokens.end > s.tokens.start
                && matches!(
                    p.doc.tokens[s.tokens.end - 1].text(text),
                    "—" | "-" | "–" | "--"
                )
        });
    let mut counts: Vec<(String, usize, (usize, usize))> = Vec::new();
    for e in entities {
        let Some(country) = country_of(e).filter(|c| c.len() == 3 && c != "IGO") else {
            continue;
        };
        // The agency in the dateline ("NASSAU, Bahamas (AP) —") says who wrote the story, not
        // where it is: news media do not vote.
        if is_media(e) || is_business(e) {
            continue;
        }
        // The place that opens the dateline ("VILNIUS, May 24 (Reuters) -") says where the story
        // was filed, not what it is about: it stands in only when nothing decides
        // ([`dateline_country`]).
        // Only a place there is a dateline's: "Police in Nairobi fired" votes. The whole
        // dateline is ("LAUSANNE, Switzerland (AP) —" in a story about Russia): the text layer
        // splits it off as a sentence of its own, ended by its dash.
        let dateline = |m: &Mention| {
            (m.start == lead_start && e.kind == EntityType::Location)
                || dateline_sentence.is_some_and(|s| m.sentence == s)
        };
        let votes = e
            .mentions
            .iter()
            .filter(|m| m.end <= lead_end && !dateline(m));
        for m in votes {
            match counts.iter_mut().find(|(c, _, _)| *c == country) {
                Some(entry) => entry.1 += 1,
                None => counts.push((country.clone(), 1, (m.start, m.end))),
            }
        }
    }
    let total: usize = counts.iter().map(|(_, n, _)| n).sum();
    let (country, n, (start, end)) = counts.into_iter().max_by_key(|(_, n, _)| *n)?;
    (n >= 2 && n * 4 >= total * 3).then_some((country, start, end))
}

/// Words of a region's name or adjective ("*West African* leaders", "*European* diplomats",
/// "*Arab* ministers"), as against a people's ("Kurdish regional government").
const REGIONAL_WORDS: &[&str] = &[
    "West", "Western", "East", "Eastern", "North", "Northern", "South", "Southern", "Central",
    "African", "European", "Asian", "American", "Arab", "Nordic", "Baltic", "Gulf", "Pacific",
];

/// Completes bare state roles with the article's home country and marks each with a role that
/// points at the mention the country came from.
pub fn complete_state_roles(p: &Parsed, entities: &mut [Entity]) {
    let Some((country, start, end)) = home_country(p, entities) else {
        return;
    };
    let text = p.doc.text();
    // "West African leaders", "European diplomats": a role right after a name of no country (a
    // region's) is the region's, not the home country's.
    let regional_ends: Vec<usize> = entities
        .iter()
        .filter(|e| {
            matches!(e.kind, EntityType::Location | EntityType::Misc)
                && e.country.is_none()
                && e.actor.is_none()
                && e.name
                    .split_whitespace()
                    .any(|w| REGIONAL_WORDS.contains(&w))
        })
        .flat_map(|e| e.mentions.iter().map(|m| m.end))
        .collect();
    for e in entities.iter_mut() {
        if !matches!(
            e.kind,
            EntityType::Person | EntityType::Organization | EntityType::Group
        ) || e.country.is_some()
        {
            continue;
        }
        let Some(actor) = &e.actor else {
            continue;
        };
        let bare_state_role = actor
            .groups()
            .next()
            .is_some_and(|g| STATE_ROLES.contains(&g));
        // "his spokesman, Stéphane Dujarric": the role is someone else's, whose country the
        // headline does not give.
        let someone_elses = e.roles.iter().any(|r| {
            let before = text.get(..r.start).unwrap_or("");
            let words = before.split_whitespace().rev().take(2);
            words
                .map(str::to_lowercase)
                .any(|w| matches!(w.as_str(), "his" | "her" | "its" | "their"))
        });
        let regional = e.roles.iter().any(|r| {
            regional_ends.iter().any(|&end| {
                end <= r.start && text.get(end..r.start).is_some_and(|g| g.trim().is_empty())
            })
        });
        if !bare_state_role || someone_elses || regional {
            continue;
        }
        let Ok(coded) = ActorCode::new(&format!("{country}{actor}")) else {
            continue;
        };
        mark_home(e, Some(coded), &country, (start, end));
    }
}

/// The text of a role that marks a country a body's own name gives ("*U.S.* Justice
/// Department", "*California* Air Resources Board").
pub const NAME_COUNTRY_ROLE: &str = "country named in the name";

/// "the U.S. Justice Department", "the California Air Resources Board", "Global Affairs Canada":
/// a named body of two words or more that neither the knowledge base nor the text around it
/// places is of the country (or the first-level division's country) its own name names, longest
/// name first ("British Columbia Supreme Court" is Canada's, not Britain's), before any home
/// country is guessed. The code is the country before the body's role where it has one of a
/// single group ("GOV": USAGOV), else the country alone.
pub fn complete_from_names(p: &Parsed, kb: &Kb, entities: &mut [Entity]) {
    let date = p.published().unwrap_or_default();
    let place_in = |name: &str| -> Option<String> {
        let words: Vec<&str> = name
            .split_whitespace()
            .map(|w| w.trim_end_matches("'s").trim_end_matches('\''))
            .collect();
        (0..words.len()).find_map(|i| {
            (1..=3.min(words.len() - i)).rev().find_map(|n| {
                let phrase = words[i..i + n].join(" ");
                // "Central Command", "Eastern Theater Command": a word of direction names a
                // province somewhere (Botswana's Central District), not this body's country.
                if !phrase.chars().next().is_some_and(char::is_uppercase)
                    || DIRECTIONS.contains(&phrase.to_lowercase().as_str())
                {
                    return None;
                }
                kb.lookup(&phrase, date).iter().find_map(|r| {
                    matches!(
                        r.entry.kind,
                        EntryKind::Country | EntryKind::Demonym | EntryKind::Admin1
                    )
                    .then(|| r.entry.country.clone())
                    .flatten()
                    .filter(|c| c.len() == 3 && c != "IGO")
                })
            })
        })
    };
    for e in entities.iter_mut() {
        if e.kind != EntityType::Organization
            || e.country.is_some()
            || e.kb_id.is_some()
            || e.nominal
        {
            continue;
        }
        let found = e.mentions.iter().find_map(|m| {
            (m.text.split_whitespace().nth(1).is_some())
                .then(|| place_in(&m.text).map(|c| (c, m.start, m.end)))
                .flatten()
        });
        let Some((country, start, end)) = found else {
            continue;
        };
        let Some(coded) = coded_in(&country, e.actor.as_ref()) else {
            continue;
        };
        e.actor = Some(coded);
        e.country = Some(country.clone());
        e.roles.push(Role {
            text: NAME_COUNTRY_ROLE.to_string(),
            code: Some(country),
            start,
            end,
        });
    }
}

/// "Ahmed Nejib Chebbi, the head of the National Salvation Front, told reporters" in a story whose
/// headline and lead are about Tunisia: a named person or body that neither the text nor the
/// knowledge base places anywhere is of the article's home country (a foreigner in such a story
/// is nearly always introduced with a country: "U.S. envoy ..."); when the headline and lead
/// name no one country, the country of the dateline's place stands in. The code is the country alone,
/// or the country before the entity's role where it has one that is not the state's (BUS, MED,
/// NGO); marked like [`complete_state_roles`]. Entities the knowledge base knows keep what it says
/// (an official of an intergovernmental body has no country), and so do unnamed ones ("a man")
/// and bodies named by one word ("COVID" tagged an organisation).
pub fn complete_named_actors(p: &Parsed, entities: &mut [Entity]) {
    let Some((country, start, end)) =
        home_country(p, entities).or_else(|| dateline_country(p, entities))
    else {
        return;
    };
    for e in entities.iter_mut() {
        let named = e
            .mentions
            .iter()
            .any(|m| m.text.chars().next().is_some_and(char::is_uppercase));
        // A body of one word the knowledge base does not know is as often the tagger's error
        // ("COVID") as a body: only named bodies of two words or more are completed.
        let body_name =
            e.kind == EntityType::Organization && e.name.split_whitespace().nth(1).is_some();
        // "the Chilobwe township", "Przewodow": a place the gazetteer lacks is a small one, in
        // the country the story is about. It gets the country, not an actor code.
        let unknown_place = e.kind == EntityType::Location
            && e.place.as_ref().is_none_or(|pl| pl.country.is_none());
        if unknown_place && e.country.is_none() && e.kb_id.is_none() && named {
            mark_home(e, None, &country, (start, end));
            continue;
        }
        if !(e.kind == EntityType::Person || body_name)
            || e.country.is_some()
            || e.kb_id.is_some()
            || e.nominal
            || !named
        {
            continue;
        }
        let Some(coded) = coded_in(&country, e.actor.as_ref()) else {
            continue;
        };
        mark_home(e, Some(coded), &country, (start, end));
    }
}

/// An entity's actor code placed in `country`: the country alone, or the country before a role
/// that has none of its own ("BUS" -> "GBRBUS", "GOVMIL" -> "UKRGOVMIL"). An intergovernmental
/// role ("IGO") or one with a country already is left alone (`None`).
fn coded_in(country: &str, actor: Option<&ActorCode>) -> Option<ActorCode> {
    let code = match actor {
        None => country.to_string(),
        Some(a)
            if a.groups()
                .next()
                .is_some_and(|g| g != "IGO" && NON_COUNTRY_GROUPS.contains(&g)) =>
        {
            format!("{country}{a}")
        }
        Some(_) => return None,
    };
    ActorCode::new(&code).ok()
}

/// The country of the place that opens the lead's dateline ("MANAGUA, Feb 10 (Reuters) -"),
/// with that mention: where the story was filed, which is where the people it quotes without
/// a country are from when the headline names two countries ("Nicaragua frees 222 political
/// prisoners and flies them to the United States").
fn dateline_country(p: &Parsed, entities: &[Entity]) -> Option<(String, usize, usize)> {
    let text = p.doc.text();
    let lead_start = text.find('\n')? + 1;
    entities.iter().find_map(|e| {
        let m = e.mentions.iter().find(|m| m.start == lead_start)?;
        let country = e.place.as_ref()?.country.clone()?;
        Some((country, m.start, m.end))
    })
}

/// "Congress voted to remove Castillo" in a story about Peru, "the Labour Party" in one about
/// Nigeria: a state body or party the knowledge base knows by a name other countries give their
/// own ("Congress", "Labour Party", "Foreign Office") is the home country's when nothing else in
/// the article (news media aside) is of the knowledge base's country and no word of its mentions
/// names a country or people ("U.S. Congress" stays). Seats of government ("the Kremlin") keep
/// theirs. The role is kept, the country replaced (USALEG -> PERLEG), and marked like the others.
/// A body whose mention names another country ("Peru's Congress") is that country's, home or
/// not; one that names the knowledge base's own ("U.S. Congress") stays.
pub fn rehome_namesake_bodies(p: &Parsed, kb: &Kb, entities: &mut [Entity]) {
    let date = p.published().unwrap_or_default();
    rehome_bodies_named_with_a_country(p, kb, date, entities);
    let Some((home, start, end)) =
        home_country(p, entities).or_else(|| dateline_country(p, entities))
    else {
        return;
    };
    let mut moves: Vec<(usize, ActorCode)> = Vec::new();
    for (k, e) in entities.iter().enumerate() {
        let Some((theirs, roles)) = known_state_body(e) else {
            continue;
        };
        let namesake = theirs != home
            && !e
                .mentions
                .iter()
                .any(|m| names_a_country(kb, date, &m.text))
            && !entities.iter().enumerate().any(|(o, x)| {
                o != k && !is_media(x) && country_of(x).as_deref() == Some(theirs.as_str())
            });
        if !namesake {
            continue;
        }
        if let Ok(coded) = ActorCode::new(&format!("{home}{roles}")) {
            moves.push((k, coded));
        }
    }
    for (k, coded) in moves {
        mark_home(&mut entities[k], Some(coded), &home, (start, end));
    }
}

/// "Peru's Congress removed President Pedro Castillo": a state body the knowledge base knows by
/// a name other countries give their own, mentioned with the name or people of another country,
/// is that country's body (PERLEG, not the U.S. Congress's USALEG). The country is named by the
/// mention's first word or the word right before it ("the Hong Kong and Macau Affairs Office"
/// names no country so); every mention that names a country must name the same one.
fn rehome_bodies_named_with_a_country(
    p: &Parsed,
    kb: &Kb,
    date: NaiveDate,
    entities: &mut [Entity],
) {
    let text = p.doc.text();
    for e in entities.iter_mut() {
        let Some((theirs, roles)) = known_state_body(e) else {
            continue;
        };
        let named: Vec<(String, usize, usize)> = e
            .mentions
            .iter()
            .filter_map(|m| {
                let before = text[..m.start].split_whitespace().next_back().unwrap_or("");
                let first = m.text.split_whitespace().next().unwrap_or("");
                country_named(kb, date, first)
                    .or_else(|| country_named(kb, date, before))
                    .map(|c| (c, m.start, m.end))
            })
            .collect();
        let Some((country, start, end)) = named.first().cloned() else {
            continue;
        };
        if country == theirs || named.iter().any(|(c, ..)| *c != country) {
            continue;
        }
        if let Ok(coded) = ActorCode::new(&format!("{country}{roles}")) {
            mark_home(e, Some(coded), &country, (start, end));
        }
    }
}

/// A state body the knowledge base knows by its name ("Congress": `USALEG`): its country and the
/// role groups after it ("USA", "LEG"), which a body rehomed keeps after another country.
fn known_state_body(e: &Entity) -> Option<(String, String)> {
    let (theirs, actor, kb_id) = (country_of(e)?, e.actor.as_ref()?, e.kb_id.as_ref()?);
    let state_body = e.kind == EntityType::Organization
        && kb_id.starts_with("org:")
        && actor.groups().next() == Some(theirs.as_str())
        && actor.groups().skip(1).any(|g| STATE_ROLES.contains(&g));
    state_body.then(|| (theirs, actor.groups().skip(1).collect()))
}

/// The knowledge base's entry of the country or the people a word names ("Peru's", "Peruvian").
fn country_entry<'k>(kb: &'k Kb, date: NaiveDate, word: &str) -> Option<&'k Entry> {
    kb.lookup(word.trim_end_matches("'s"), date)
        .into_iter()
        .map(|r| r.entry)
        .find(|e| matches!(e.kind, EntryKind::Country | EntryKind::Demonym))
}

/// The country a word names, by its name or its people's ("Peru's": PER, "Peruvian": PER).
fn country_named(kb: &Kb, date: NaiveDate, word: &str) -> Option<String> {
    country_entry(kb, date, word).and_then(|e| e.country.clone())
}

/// Whether a word of `text` names a country or its people ("U.S. Congress", "Israeli troops").
pub(super) fn names_a_country(kb: &Kb, date: NaiveDate, text: &str) -> bool {
    text.split_whitespace()
        .any(|w| country_entry(kb, date, w).is_some())
}

/// "the bloc's leaders suspended Guinea", "a delegation from the Economic Community of West
/// African States", "officials from Nigeria": a bare state role owned by an intergovernmental
/// body (with "'s" before it, or "from" or "of" after it) is that body's, coded as the body; one
/// from or of a state the text names is that state's. Either replaces a home country guessed for
/// the role. Runs once collective references ("the bloc") are joined to their bodies.
pub fn roles_of_their_owners(p: &Parsed, entities: &mut [Entity]) {
    let text = p.doc.text();
    let tokens = &p.doc.tokens;
    let is_body = |x: &Entity| {
        x.actor
            .as_ref()
            .is_some_and(|a| a.groups().next() == Some("IGO"))
    };
    let mut owned: Vec<(usize, ActorCode, Option<String>)> = Vec::new();
    for (k, e) in entities.iter().enumerate() {
        let Some(actor) = &e.actor else { continue };
        let from_home = e.roles.iter().any(|r| r.text == HOME_COUNTRY_ROLE);
        // "Foreign ministers of the Union of South American Nations": a role the title's words
        // gave only "IGO" for a country (IGOGOV) waits for its body too.
        let igo_only = actor.groups().next() == Some("IGO");
        let role = if from_home || igo_only {
            actor.groups().nth(1)
        } else {
            actor.groups().next()
        };
        let Some(role) = role.filter(|g| STATE_ROLES.contains(g)) else {
            continue;
        };
        let Some(first) = e.mentions.first() else {
            continue;
        };
        if e.country.is_some() && !from_home {
            continue;
        }
        // "the bloc's leaders": the owner's mention ends right before "'s".
        let before = tokens.partition_point(|t| t.end <= first.start);
        let possessor_end = before
            .checked_sub(2)
            .filter(|&i| matches!(tokens[i + 1].text(text), "'s" | "'"))
            .map(|i| tokens[i].end);
        if let Some(end) = possessor_end
            && let Some(owner) = entities
                .iter()
                .find(|x| is_body(x) && x.mentions.iter().any(|m| m.end == end))
            && let Some(code) = owner.actor.clone()
        {
            owned.push((k, code, None));
            continue;
        }
        // "a delegation from the Economic Community of West African States": the owner's
        // mention starts after "from" or "of" (and "the") right after the role's.
        let mut next = tokens.partition_point(|t| t.start < first.end);
        if !tokens
            .get(next)
            .is_some_and(|t| matches!(t.text(text), "from" | "of"))
        {
            continue;
        }
        next += 1;
        if tokens.get(next).is_some_and(|t| t.text(text) == "the") {
            next += 1;
        }
        let Some(start) = tokens.get(next).map(|t| t.start) else {
            continue;
        };
        let Some(owner) = entities
            .iter()
            .enumerate()
            .find(|(o, x)| *o != k && x.mentions.iter().any(|m| m.start == start))
            .map(|(_, x)| x)
        else {
            continue;
        };
        let state = owner.country.as_deref().filter(|c| is_state_country(c));
        if is_body(owner)
            && let Some(code) = owner.actor.clone()
        {
            owned.push((k, code, None));
        } else if owner.kind == EntityType::Location
            && let Some(c) = state
            && let Ok(code) = ActorCode::new(&format!("{c}{role}"))
        {
            owned.push((k, code, Some(c.to_string())));
        }
    }
    for (k, code, country) in owned {
        let e = &mut entities[k];
        e.actor = Some(code);
        e.country = country;
        e.roles.retain(|r| r.text != HOME_COUNTRY_ROLE);
    }
}

/// "Foreign Secretary Alicia Barcena said her government would take Ecuador to court": a bare
/// state role after a possessive pronoun is the role of the one the pronoun stands for, and
/// takes that one's country (MEXGOV), once the pronouns are joined to their entities. A
/// possessor with no country (an intergovernmental official) gives none.
pub fn complete_from_possessors(p: &Parsed, entities: &mut [Entity]) {
    let text = p.doc.text();
    let mut codes: Vec<(usize, ActorCode, String, Role)> = Vec::new();
    for (k, e) in entities.iter().enumerate() {
        if e.country.is_some() {
            continue;
        }
        let Some(actor) = &e.actor else { continue };
        if !actor
            .groups()
            .next()
            .is_some_and(|g| STATE_ROLES.contains(&g))
        {
            continue;
        }
        let Some(first) = e.mentions.first() else {
            continue;
        };
        // The possessive right before the mention ("her government").
        let before = p.doc.tokens.partition_point(|t| t.end <= first.start);
        let Some(pronoun) = before
            .checked_sub(1)
            .and_then(|i| p.doc.tokens.get(i))
            .filter(|t| {
                matches!(
                    t.text(text).to_lowercase().as_str(),
                    "his" | "her" | "its" | "their"
                )
            })
        else {
            continue;
        };
        let possessor = entities.iter().enumerate().find(|(o, x)| {
            *o != k
                && x.mentions
                    .iter()
                    .any(|m| m.start == pronoun.start && m.end == pronoun.end)
        });
        let Some((_, owner)) = possessor else {
            continue;
        };
        // The country the possessor acts for, not where an official comes from (Guterres is
        // IGOUNO, of Portugal).
        let acts_for = owner.actor.as_ref().and_then(|a| a.groups().next());
        let Some(country) = owner
            .country
            .clone()
            .filter(|c| acts_for == Some(c.as_str()))
        else {
            continue;
        };
        let Ok(coded) = ActorCode::new(&format!("{country}{actor}")) else {
            continue;
        };
        let role = Role {
            text: text[pronoun.start..pronoun.end].to_string(),
            code: Some(country.clone()),
            start: pronoun.start,
            end: pronoun.end,
        };
        codes.push((k, coded, country, role));
    }
    for (k, coded, country, role) in codes {
        entities[k].actor = Some(coded);
        entities[k].country = Some(country);
        entities[k].roles.push(role);
    }
}
