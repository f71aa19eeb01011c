//! The side an actor is on in the article: a former office holder out of power, a party in
//! power, crowds protesting against a foreign state, a private person, the Indian peoples of a
//! Latin American country.
//!
//! A former holder of a government office, a president or prime minister as much as a minister
//! or governor, is coded `ELI` (CAMEO's elites, "former government officials"; PETRARCH's
//! `FORMER_PRESIDENT [~ELI]`): on no side. But the former officials news is about are most
//! often out of power and against those in it: candidates running again (Lula, "the
//! front-runner in October's presidential election"), leaders of the opposition (Kirchner), or
//! prosecuted, jailed or exiled by the state they once served (Bolsonaro, Duterte, Najib, Imran
//! Khan, Morales, "two of her former ministers ... were also arrested"). CAMEO codes figures out
//! of power and opposed to the government `OPP`, and so do the development sets
//! (eval/events-wire2/README.md: "former leaders now opposed to the government are OPP"). A
//! former official whose sentences say so becomes the opposition of his country.
//!
//! **Invariant:** only the words of a sentence that names the former official move the code, and
//! only from `ELI` to `OPP` of the same country; a former official with no such word (a
//! mediator, the head of an inquiry) stays `ELI`.

use super::actors::country_of;
use crate::Parsed;
use crate::record::{Entity, EntityType, Role};
use newsgraph_kb::{ActorCode, EntryKind, Kb};

/// Words that put a former official against those in power: a run for office, the opposition, or
/// the state's prosecution, detention, prison, or flight from it into exile or asylum. Compared with lower-case word forms.
const OPPOSITION_CUES: &[&str] = &[
    "opposition",
    "candidate",
    "front-runner",
    "frontrunner",
    "campaign",
    "campaigned",
    "arrest",
    "arrested",
    "convicted",
    "conviction",
    "charged",
    "charges",
    "indicted",
    "jailed",
    "imprisoned",
    "prison",
    "exile",
    "sentenced",
    "trial",
    "custody",
    "detained",
    "detention",
    "jail",
    "prosecuted",
    "prosecution",
    "warrant",
    "extradition",
    "extradited",
    "questioning",
    "asylum",
    "fled",
];

/// Gives each former official (`ELI`) whose sentences hold an [`OPPOSITION_CUES`] word the
/// opposition code of his country, with that word as the role's evidence.
pub fn former_officials_in_opposition(p: &Parsed, entities: &mut [Entity]) {
    let text = p.doc.text();
    for e in entities.iter_mut() {
        if e.kind != EntityType::Person {
            continue;
        }
        let Some(opposition) = e.actor.as_ref().and_then(|a| recoded(a, "ELI", "OPP")) else {
            continue;
        };
        let mut sentences: Vec<usize> = e.mentions.iter().map(|m| m.sentence).collect();
        sentences.dedup();
        let cue = sentences.iter().find_map(|&s| {
            let sent = p.doc.sentences.get(s)?;
            cue_in(text, sent.start, sent.end)
        });
        let Some(cue) = cue else { continue };
        recode(e, text, cue, opposition);
    }
}

/// A country's code with exactly the role `from`, given the role `to` instead (`BRAELI`, `ELI`,
/// `OPP`: `BRAOPP`); `None` for any other code.
fn recoded(actor: &ActorCode, from: &str, to: &str) -> Option<ActorCode> {
    let country = country_of(actor)?;
    let mut roles = actor.groups().skip(1);
    match (roles.next(), roles.next()) {
        (Some(role), None) if role == from => country.with_role(to).ok(),
        _ => None,
    }
}

/// Gives `e` the code `actor`, with the words at `evidence` that moved it as the role's evidence.
fn recode(e: &mut Entity, text: &str, evidence: (usize, usize), actor: ActorCode) {
    let (start, end) = evidence;
    e.roles.push(Role {
        text: text[start..end].to_string(),
        code: Some(actor.as_str().to_string()),
        start,
        end,
    });
    e.actor = Some(actor);
}

/// The byte span of the first [`OPPOSITION_CUES`] word in `text[start..end]`, as a whole word
/// ("front-runner" whatever the tokenizer made of its hyphen; not "arrests" inside "arrestsx").
fn cue_in(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    // ASCII lower-casing keeps byte offsets.
    let lower = text.get(start..end)?.to_ascii_lowercase();
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    OPPOSITION_CUES
        .iter()
        .filter_map(|cue| {
            lower.match_indices(cue).find(|(i, _)| {
                let before = lower[..*i].chars().next_back();
                let after = lower[i + cue.len()..].chars().next();
                !before.is_some_and(is_word) && !after.is_some_and(is_word)
            })
        })
        .map(|(i, cue)| (start + i, start + i + cue.len()))
        .min()
}

/// Words before a party's name, or in a description set beside it, that say it holds power
/// (`GOV`) or is in opposition (`OPP`).
const PARTY_STANDINGS: &[(&str, &str)] = &[
    ("ruling", "GOV"),
    ("governing", "GOV"),
    ("opposition", "OPP"),
];

/// Words that may stand between such a word and the party ("the *main* opposition party").
const PARTY_STANDING_FILLERS: &[&str] = &["main", "largest", "biggest", "leading", "the", "a"];

/// "The ruling African National Congress ... condemned the violence", "the opposition Sri Lanka
/// Freedom Party", "Saakashvili's United National Movement, the main opposition party": a party
/// the article calls ruling or governing is its country's government (`PTY` -> `GOV`), as the
/// development sets code a ruling party and as the knowledge base codes the parties it knows in
/// power; one it calls the opposition is the opposition (`PTY` -> `OPP`), as the sets code
/// opposition parties (eval/events-dev/README.md). The word stands right before the party's
/// name, or in a description after a comma that ends in "party"; a party named without such
/// words keeps its code.
pub fn parties_in_and_out_of_power(p: &Parsed, entities: &mut [Entity]) {
    let text = p.doc.text();
    let tokens = &p.doc.tokens;
    let word = |k: usize| tokens[k].text(text).to_lowercase();
    let standing_of = |w: &str| {
        PARTY_STANDINGS
            .iter()
            .find(|(s, _)| *s == w)
            .map(|(_, r)| *r)
    };
    for e in entities.iter_mut() {
        // Only a party's code, with no role beside PTY, moves.
        let party = e.actor.as_ref().and_then(|a| recoded(a, "PTY", "GOV"));
        if party.is_none() {
            continue;
        }
        let standing = e.mentions.iter().find_map(|m| {
            let sentence = p.doc.sentences.get(m.sentence)?;
            let first = tokens.partition_point(|t| t.start < m.start);
            let last = tokens.partition_point(|t| t.end <= m.end);
            let inside = |k: usize| sentence.tokens.contains(&k);
            // "the main opposition Democratic Party": the word right before, past fillers.
            let mut k = first.checked_sub(1)?;
            while inside(k) && PARTY_STANDING_FILLERS.contains(&word(k).as_str()) && k > 0 {
                k -= 1;
            }
            if inside(k)
                && let Some(role) = standing_of(&word(k))
            {
                return Some((role, (tokens[k].start, m.end)));
            }
            // ", the main opposition party": a description right after the name.
            if !(inside(last) && word(last) == ",") {
                return None;
            }
            let mut k = last + 1;
            let mut role = None;
            while inside(k) && k < last + 6 {
                let w = word(k);
                if let Some(r) = standing_of(&w) {
                    role = Some(r);
                } else if w == "party" {
                    return role.map(|r| (r, (m.start, tokens[k].end)));
                } else if !PARTY_STANDING_FILLERS.contains(&w.as_str()) {
                    return None;
                }
                k += 1;
            }
            None
        });
        let Some((role, evidence)) = standing else {
            continue;
        };
        if let Some(code) = e.actor.as_ref().and_then(|a| recoded(a, "PTY", role)) {
            recode(e, text, evidence, code);
        }
    }
}

/// Words after which a country or people is the one protested against ("anti-Japanese").
const AGAINST_PREFIX: &str = "anti-";

/// Words for a country's mission abroad, the usual target of crowds protesting against it.
const MISSIONS: &[&str] = &["embassy", "embassies", "consulate", "consulates"];

/// "A weekend of anti-Japanese protests, in which demonstrators set fire to a Panasonic plant",
/// "protesters attacked the embassies of Rwanda, France and the United States": crowds protesting
/// against a foreign state are civilians of their country (`CVL`), not its opposition; the
/// development sets code them so (eval/events-wire2/README.md, wire6's Indian crowds, wire7's
/// Chinese ones). Protesters (`OPP`) whose own sentence names another country after "anti-" or
/// as a mission's country ("the Japanese Embassy", "the embassies of Rwanda") become `CVL`, unless
/// the sentence also names their own government, which they may be protesting against as well.
pub fn protests_against_foreign_states(p: &Parsed, kb: &Kb, entities: &mut [Entity]) {
    let text = p.doc.text();
    let date = p.published().unwrap_or_default();
    let foreign_in = |s: usize, own: &str, entities: &[Entity]| -> Option<(usize, usize)> {
        let sent = p.doc.sentences.get(s)?;
        let tokens = &p.doc.tokens[sent.tokens.clone()];
        let country_of_word = |w: &str| {
            kb.lookup(w, date).iter().find_map(|r| {
                matches!(r.entry.kind, EntryKind::Country | EntryKind::Demonym)
                    .then(|| r.entry.country.clone())
                    .flatten()
            })
        };
        // "anti-Japanese": the tokenizer may keep the hyphenated word whole or split it.
        for (k, t) in tokens.iter().enumerate() {
            let w = t.text(text).to_lowercase();
            let people = match w.strip_prefix(AGAINST_PREFIX) {
                Some(rest) if !rest.is_empty() => Some(rest.to_string()),
                _ if w == "anti" && tokens.get(k + 1).is_some_and(|h| h.text(text) == "-") => {
                    tokens.get(k + 2).map(|n| n.text(text).to_string())
                }
                _ => None,
            };
            if let Some(c) = people.as_deref().and_then(country_of_word)
                && c != own
            {
                return Some((t.start, t.end));
            }
        }
        // A mission of another country named in the sentence.
        let mission = tokens
            .iter()
            .find(|t| MISSIONS.contains(&t.text(text).to_lowercase().as_str()))?;
        let foreign = entities.iter().any(|e| {
            e.country.as_deref().is_some_and(|c| c != own && c != "IGO")
                && e.mentions
                    .iter()
                    .any(|m| m.sentence == s && m.start.abs_diff(mission.start) < 40)
        });
        foreign.then_some((mission.start, mission.end))
    };
    let own_government_in = |s: usize, own: &str, entities: &[Entity]| {
        entities.iter().any(|e| {
            e.actor
                .as_ref()
                .is_some_and(|a| a.as_str() == format!("{own}GOV"))
                && e.mentions.iter().any(|m| m.sentence == s)
        })
    };
    for i in 0..entities.len() {
        let Some(civilians) = entities[i]
            .actor
            .as_ref()
            .and_then(|a| recoded(a, "OPP", "CVL"))
        else {
            continue;
        };
        let own = &civilians.as_str()[..3];
        let protesters = entities[i].roles.iter().any(|r| {
            let t = r.text.to_lowercase();
            t.contains("protest") || t.contains("demonstrat") || t.contains("march")
        });
        if !protesters {
            continue;
        }
        let mut sentences: Vec<usize> = entities[i].mentions.iter().map(|m| m.sentence).collect();
        sentences.dedup();
        let cue = sentences.iter().find_map(|&s| {
            (!own_government_in(s, own, entities))
                .then(|| foreign_in(s, own, entities))
                .flatten()
        });
        let Some(cue) = cue else { continue };
        recode(&mut entities[i], text, cue, civilians);
    }
}

/// "American pastor Andrew Brunson", "Sergei Skripal": a named person the knowledge base does
/// not know, coded with a country and no role (no title, office or party found for him), is a
/// private person: CAMEO's civilians (`CVL`), as the development sets code such people. A
/// title that codes no role on purpose keeps the country alone ("former marine Paul Whelan",
/// see `modified_role` in candidates.rs). An official whose title the text gives in words the
/// knowledge base lacks is miscoded so too.
pub fn private_people_are_civilians(entities: &mut [Entity]) {
    for e in entities.iter_mut() {
        if e.kind == EntityType::Person
            && e.kb_id.is_none()
            && !e.nominal
            && let Some(a) = &e.actor
            && e.country.as_deref() == Some(a.as_str())
            && !e.roles.iter().any(|r| r.code.is_none())
            && let Ok(civilian) = a.with_role("CVL")
        {
            e.actor = Some(civilian);
        }
    }
}

/// Latin American and Caribbean states, where news calls the native peoples "Indians".
const LATIN_AMERICA: &[&str] = &[
    "MEX", "GTM", "BLZ", "SLV", "HND", "NIC", "CRI", "PAN", "CUB", "HTI", "DOM", "JAM", "BHS",
    "TTO", "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "URY", "PRY", "BRA", "GUY", "SUR",
];

/// "Thousands of Indian protesters seized the Congress building" in Quito, "Indian leaders said
/// police had fired" in Peru: in a story about a Latin American country that never names India,
/// "Indian" is the country's native peoples, not India's. Groups the word alone coded as India's
/// become the home country's, and their "leaders" (`GOV` for a state's) lead no state: they are
/// the opposition (`OPP`), as the development sets code indigenous movements.
pub fn native_peoples_of_latin_america(p: &Parsed, entities: &mut [Entity]) {
    let indian = |e: &Entity| {
        e.kb_id.is_none()
            && e.actor
                .as_ref()
                .is_some_and(|a| a.as_str().starts_with("IND"))
    };
    // Most articles have no such group, or name India: neither needs the home country.
    let names_india = || {
        p.doc
            .text()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "India")
    };
    if !entities.iter().any(indian) || names_india() {
        return;
    }
    // The home country as the other entities tell it: the Indian ones are what is in question.
    let others: Vec<Entity> = entities
        .iter()
        .filter(|e| e.country.as_deref() != Some("IND"))
        .cloned()
        .collect();
    let Some((home, _, _)) = super::home::home_country(p, &others) else {
        return;
    };
    if !LATIN_AMERICA.contains(&home.as_str()) {
        return;
    }
    for e in entities.iter_mut().filter(|e| indian(e)) {
        let Some(code) = &e.actor else {
            continue;
        };
        let role = code.as_str()[3..].replace("GOV", "OPP");
        let Ok(native) = ActorCode::new(&format!("{home}{role}")) else {
            continue;
        };
        e.actor = Some(native);
        e.country = Some(home.clone());
    }
}
