//! Groups coded by what they belong to: "members of the Rapid Action Battalion", "agents of the
//! Drug Enforcement Administration", "Islamist gunmen from Somalia's al-Shabaab", "supporters of
//! the ousted president", "forces loyal to his rival Alassane Ouattara".
//!
//! A group word alone says little ("gunmen": REB of no one, "members": nothing); the body, person
//! or country it is tied to by "of", "from" or "loyal to" (or a possessive: "Lula's supporters")
//! says whose they are. The group takes:
//! - members, agents, fighters and the like **of a body**: the body's code (the DEA's agents are
//!   USACOP, al-Shabaab's gunmen SOMREB); **of a country**: that country with the group's own role
//!   ("fighters from Chad": TCDREB);
//! - supporters, followers and loyalists of an actor out of power (OPP, a former office holder:
//!   ELI, REB): the opposition of that country (`OPP`); of a government or an army: civilians of
//!   that country (`CVL`), as the development sets code a ruling party's and a junta's supporters;
//! - forces, troops and fighters loyal to someone: that someone's country with `MIL` (an armed
//!   group's: `REB`), as the sets code the forces loyal to Ouattara and to Haftar.
//!
//! Runs after every other code is final, so that the body's own code is known.
//!
//! **Invariant:** only a tie the text states, to an entity that carries a code, changes a code;
//! places other than countries ("gunmen from the north", "officials from Moscow") never do.

use super::actors::{NON_COUNTRY_GROUPS, country_of};
use super::home::HOME_COUNTRY_ROLE;
use crate::Parsed;
use crate::record::{Entity, EntityType, Mention, Role};
use newsgraph_kb::ActorCode;

/// Words for people who act for a body or a country and take its code.
const MEMBER_NOUNS: &[&str] = &[
    "members",
    "member",
    "agents",
    "agent",
    "officers",
    "officials",
    "operatives",
    "fighters",
    "gunmen",
    "militants",
    "militiamen",
    "commanders",
    "soldiers",
    "troops",
    "forces",
    "units",
    "elements",
    "personnel",
    "guards",
];

/// Words for the people at the head of a body, who take its code when one is tied to them
/// ("leaders of the American business community": USABUS); a country or place tied to them
/// ("the leaders of Russia and China") says too little about which of them acts.
const HEAD_NOUNS: &[&str] = &[
    "leaders",
    "leader",
    "heads",
    "head",
    "chiefs",
    "chief",
    "founder",
    "founders",
    "chairman",
    "chairwoman",
];

/// Words for people who back an actor without acting for it.
const SUPPORTER_NOUNS: &[&str] = &[
    "supporters",
    "supporter",
    "followers",
    "loyalists",
    "backers",
    "sympathisers",
    "sympathizers",
    "partisans",
];

/// Armed groups that may be "loyal to" someone.
const ARMED_NOUNS: &[&str] = &[
    "forces",
    "troops",
    "soldiers",
    "fighters",
    "units",
    "militias",
    "militiamen",
    "gunmen",
];

/// Words that may stand between the tie and the name it ties to ("of *the ousted president,*
/// Mohammed Morsi", "loyal to *his rival* Alassane Ouattara").
const BETWEEN: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "rival",
    "ousted",
    "former",
    "deposed",
    "jailed",
    "exiled",
    "late",
    "self-declared",
    "president",
    "leader",
    ",",
];

const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "its", "their"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tie {
    /// "members of", "gunmen from".
    MemberOf,
    /// "supporters of", "Lula's supporters".
    SupporterOf,
    /// "forces loyal to".
    LoyalTo,
}

/// Codes each group word tied to a coded entity by the code that tie gives (module doc), adding
/// the group as an entity of its own where nothing names it yet.
pub fn code_by_affiliation(p: &Parsed, entities: &mut Vec<Entity>) {
    let text = p.doc.text();
    let tokens = &p.doc.tokens;
    let word = |k: usize| tokens[k].text(text).to_lowercase();
    for (s, sent) in p.doc.sentences.iter().enumerate() {
        let range = sent.tokens.clone();
        for n in range.clone() {
            let head = word(n);
            let leads = HEAD_NOUNS.contains(&head.as_str());
            let member = MEMBER_NOUNS.contains(&head.as_str()) || leads;
            let supporter = SUPPORTER_NOUNS.contains(&head.as_str());
            let armed = ARMED_NOUNS.contains(&head.as_str());
            if !(member || supporter || armed) {
                continue;
            }
            let next = |k: usize| (k < range.end).then(|| word(k));
            let tied = if armed && next(n + 1).as_deref() == Some("loyal") {
                (next(n + 2).as_deref() == Some("to")).then_some((Tie::LoyalTo, n + 3))
            } else if matches!(next(n + 1).as_deref(), Some("of" | "from")) && (member || supporter)
            {
                let tie = if supporter {
                    Tie::SupporterOf
                } else {
                    Tie::MemberOf
                };
                Some((tie, n + 2))
            } else {
                None
            };
            let found = match tied {
                Some((tie, from)) => {
                    tied_entity(p, entities, s, from, range.end).map(|(e, end)| (tie, e, end))
                }
                // "Lula's supporters", "his supporters".
                None if supporter => possessor(p, entities, s, n).map(|e| (Tie::SupporterOf, e, n)),
                None => None,
            };
            let Some((tie, x, x_end)) = found else {
                continue;
            };
            let own = entity_on(entities, s, tokens[n].start, tokens[n].end);
            if own == Some(x) {
                continue;
            }
            let own_role = own.and_then(|i| role_of(entities[i].actor.as_ref()?));
            // "American troops from Afghanistan": the group's own country beats a place it is
            // tied to; only a body's code ("Kenyan members of al-Shabaab") would say more.
            let own_country = own.is_some_and(|i| {
                let e = &entities[i];
                e.country.is_some() && !e.roles.iter().any(|r| r.text == HOME_COUNTRY_ROLE)
            });
            let x_is_body = entities[x]
                .actor
                .as_ref()
                .is_some_and(|a| role_of(a).is_some());
            if tie == Tie::MemberOf && (own_country || leads) && !x_is_body {
                continue;
            }
            // A code with no country says less than the home country the group may have.
            let Some(code) = code_for(tie, &entities[x], own_role.as_deref())
                .filter(|c| country_of(c).is_some() || c.groups().next() == Some("NGO"))
            else {
                continue;
            };
            let (start, end) = (tokens[n].start, tokens[x_end.max(n)].end);
            let evidence = Role {
                text: text[start..end].to_string(),
                code: Some(code.as_str().to_string()),
                start,
                end,
            };
            let country = country_of(&code).map(|c| c.as_str().to_string());
            match own {
                Some(i) => {
                    let e = &mut entities[i];
                    e.roles.retain(|r| r.text != HOME_COUNTRY_ROLE);
                    e.roles.push(evidence);
                    e.actor = Some(code);
                    e.country = country;
                }
                None => entities.push(Entity {
                    id: String::new(),
                    kind: EntityType::Group,
                    name: text[start..end].to_string(),
                    aliases: Vec::new(),
                    roles: vec![evidence],
                    actor: Some(code),
                    country,
                    kb_id: None,
                    mentions: vec![Mention {
                        start,
                        end,
                        text: text[start..end].to_string(),
                        sentence: s,
                    }],
                    place: None,
                    nominal: true,
                }),
            }
        }
    }
}

/// The entity a group is tied to: the first one named from token `from`, past only the words
/// [`BETWEEN`] may hold, and through possessives to the last of a chain ("Somalia's al-Shabaab"
/// is al-Shabaab). Returns its index and the last token of its mention.
fn tied_entity(
    p: &Parsed,
    entities: &[Entity],
    s: usize,
    from: usize,
    sentence_end: usize,
) -> Option<(usize, usize)> {
    let text = p.doc.text();
    let tokens = &p.doc.tokens;
    let mut k = from;
    let mut found = None;
    while k < sentence_end && k < from + 6 {
        let w = tokens[k].text(text).to_lowercase();
        // "loyal to his rival Ouattara": the pronoun owns the next noun, it is not the one tied to.
        if !POSSESSIVE_PRONOUNS.contains(&w.as_str())
            && let Some(hit) = mention_from(entities, s, tokens[k].start)
        {
            // "Fighters of the Rwanda-backed M23": a name inside a compound only describes the
            // one tied to, further on.
            let in_compound = (k..sentence_end)
                .find(|&t| tokens[t].end == hit.1)
                .and_then(|last| tokens.get(last + 1))
                .is_some_and(|t| t.text(text) == "-" && t.start == hit.1);
            if !in_compound {
                found = Some(hit);
                break;
            }
            k = (k..sentence_end).find(|&t| tokens[t].end == hit.1)? + 3;
            continue;
        }
        // "the American business community": a proper adjective the description took in.
        let proper = tokens[k].text(text).starts_with(char::is_uppercase);
        if !BETWEEN.contains(&w.as_str()) && !proper {
            return None;
        }
        k += 1;
    }
    let (mut e, mut end_byte) = found?;
    loop {
        let last = (k..sentence_end).find(|&t| tokens[t].end == end_byte)?;
        let owner_of_next = tokens
            .get(last + 1)
            .filter(|_| last + 2 < sentence_end)
            .is_some_and(|t| matches!(t.text(text), "'s" | "’s" | "'"));
        // "the American business community": a country's name right before another name only
        // qualifies it ("the Rwanda-backed M23 rebel group" stays M23, a body).
        let bare_country = entities[e]
            .actor
            .as_ref()
            .is_none_or(|a| role_of(a).is_none());
        let qualifies_next = (bare_country && last + 1 < sentence_end)
            .then(|| mention_from(entities, s, tokens[last + 1].start))
            .flatten();
        let next = if owner_of_next {
            mention_from(entities, s, tokens[last + 2].start).map(|m| (m, last + 2))
        } else {
            qualifies_next.map(|m| (m, last + 1))
        };
        match next.map(|(m, at)| {
            k = at;
            m
        }) {
            Some((next, next_end)) => {
                e = next;
                end_byte = next_end;
            }
            None => return Some((e, last)),
        }
    }
}

/// The entity named right before token `n` as its owner: "Lula's supporters" (a name and "'s")
/// or "his supporters" (a pronoun the clustering gave a person).
fn possessor(p: &Parsed, entities: &[Entity], s: usize, n: usize) -> Option<usize> {
    let text = p.doc.text();
    let tokens = &p.doc.tokens;
    let first = p.doc.sentences.get(s)?.tokens.start;
    let before = n.checked_sub(1).filter(|&b| b >= first)?;
    let w = tokens[before].text(text).to_lowercase();
    if POSSESSIVE_PRONOUNS.contains(&w.as_str()) {
        return entity_on(entities, s, tokens[before].start, tokens[before].end);
    }
    if matches!(w.as_str(), "'s" | "’s") {
        let owner = before.checked_sub(1).filter(|&o| o >= first)?;
        return entity_on(entities, s, tokens[owner].start, tokens[owner].end);
    }
    None
}

/// The entity with a mention in sentence `s` that starts at byte `start`, and that mention's end.
fn mention_from(entities: &[Entity], s: usize, start: usize) -> Option<(usize, usize)> {
    entities.iter().enumerate().find_map(|(i, e)| {
        e.mentions
            .iter()
            .find(|m| m.sentence == s && m.start == start)
            .map(|m| (i, m.end))
    })
}

/// The entity with a mention in sentence `s` that covers bytes `start..end`.
fn entity_on(entities: &[Entity], s: usize, start: usize, end: usize) -> Option<usize> {
    entities.iter().position(|e| {
        e.mentions
            .iter()
            .any(|m| m.sentence == s && m.start <= start && end <= m.end)
    })
}

/// The first role of a code (`MIL` of `TURMIL`, `REB` of a bare `REB`).
fn role_of(code: &ActorCode) -> Option<String> {
    code.groups()
        .find(|g| NON_COUNTRY_GROUPS.contains(g))
        .map(str::to_string)
}

/// The code a group tied by `tie` to `x` takes (module doc); `own_role` is the group word's own
/// role ("fighters": REB), which a bare country completes.
fn code_for(tie: Tie, x: &Entity, own_role: Option<&str>) -> Option<ActorCode> {
    let code = x.actor.as_ref()?;
    let is_place = x.kind == EntityType::Location;
    let country = country_of(code);
    let role = role_of(code);
    let bare_country = role.is_none() && country.is_some();
    // A town or a province says where the group is from, not whose it is.
    if is_place && x.place.as_ref().is_some_and(|pl| !is_country_place(pl)) {
        return None;
    }
    match tie {
        Tie::MemberOf if bare_country || is_place => country?.with_role(own_role?).ok(),
        Tie::MemberOf => (x.kind != EntityType::Person).then(|| code.clone()),
        Tie::SupporterOf => {
            let side = match role.as_deref()? {
                "OPP" | "ELI" | "REB" | "INS" => "OPP",
                "GOV" | "MIL" => "CVL",
                _ => return None,
            };
            country?.with_role(side).ok()
        }
        Tie::LoyalTo => {
            let side = match role.as_deref() {
                Some("REB" | "INS") => "REB",
                _ => "MIL",
            };
            country?.with_role(side).ok()
        }
    }
}

fn is_country_place(place: &crate::record::Place) -> bool {
    place.kind == crate::record::PlaceKind::Country
}
