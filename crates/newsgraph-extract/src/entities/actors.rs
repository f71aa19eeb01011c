//! From a cluster of mentions to an entity with its actor code.
//!
//! The code comes, in order of trust: the knowledge base's code at the article date when the
//! article's own words agree with its role (Guaidó, "interim president" and "opposition leader",
//! is VENOPP in 2019); else the role the article states ("Russian Foreign Minister": RUSGOV);
//! else the knowledge base; else the group the context puts the mention in ("Americans …,
//! including Paul Whelan": USA).
//!
//! **Invariant:** a code is only given where the text or the knowledge base supports it.

use super::candidates::{Candidate, FoundRole};
use super::cluster::Cluster;
use crate::Parsed;
use crate::record::{Entity, EntityType, Mention, Role};
use newsgraph_kb::{ActorCode, EntryKind, Kb, NaiveDate, RolePlace};
use newsgraph_text::normalize;

/// First groups of actor codes that are roles or sectors, not countries.
pub(super) const NON_COUNTRY_GROUPS: &[&str] = &[
    "GOV", "MIL", "REB", "OPP", "BUS", "IGO", "NGO", "NGM", "MED", "COP", "JUD", "LEG", "CVL",
    "INS", "SPY", "ELI", "PTY", "EDU", "REL", "LAB", "AGR", "HLH", "REF", "CRM", "UAF", "SEP",
    "MNC", "IMG", "ENV", "HRI", "DEV",
];

pub fn build_entity(
    p: &Parsed,
    kb: &Kb,
    date: Option<NaiveDate>,
    cands: &[Candidate],
    cluster: &Cluster,
) -> Option<Entity> {
    let text = p.doc.text();
    let members: Vec<&Candidate> = cluster.members.iter().map(|&i| &cands[i]).collect();
    let head = *members.first()?;
    let mentions: Vec<Mention> = members
        .iter()
        .map(|c| {
            let (start, end) = (
                p.doc.tokens[c.tokens.start].start,
                p.doc.tokens[c.tokens.end - 1].end,
            );
            Mention {
                start,
                end,
                text: text[start..end].to_string(),
                sentence: c.sentence,
            }
        })
        .collect();
    let headline_end = p.doc.article.headline_span().map_or(0, |h| h.end);
    let mut kind = entity_kind(&members, |c| {
        p.doc.tokens[c.tokens.start].start < headline_end
    });
    if kind == EntityType::Person && !person_evidence(p, kb, cands, &members) {
        kind = EntityType::Misc;
    }
    // The canonical name: the longest named mention (the full name), else the description.
    let name_of = |m: &Mention| normalize(&m.text).into_owned();
    let name = members
        .iter()
        .zip(&mentions)
        .filter(|(c, _)| !c.described)
        .max_by_key(|(c, _)| c.tokens.len())
        .map(|(_, m)| name_of(m))
        .unwrap_or_else(|| described_name(text, head));
    let mut aliases: Vec<String> = Vec::new();
    for m in &mentions {
        let n = name_of(m);
        if n != name && !aliases.contains(&n) {
            aliases.push(n);
        }
    }
    // The fullest name the article gives decides which entry it is ("Juan Manuel Santos" beside a
    // headline's "Santos", which other people of the knowledge base share); the first on a tie.
    let entry = members
        .iter()
        .filter(|c| !c.kb.is_empty())
        .min_by_key(|c| std::cmp::Reverse(c.tokens.len()))
        .and_then(|c| kb_entry_at(kb, date, &c.kb))
        // An adjective the tagger called neither a place nor a body ("Western governments":
        // Fiji's Western Division) is no town or province: only a country or people may code it.
        .filter(|id| {
            kind != EntityType::Misc
                || !matches!(
                    kb.entry(*id).kind,
                    EntryKind::Admin1 | EntryKind::Admin2 | EntryKind::City
                )
                || !members.iter().all(|c| {
                    let start = p
                        .doc
                        .sentences
                        .get(c.sentence)
                        .map_or(0, |s| s.tokens.start);
                    c.tokens.len() == 1
                        && p.analyses.get(c.sentence).is_some_and(|a| {
                            a.upos.get(c.tokens.start.wrapping_sub(start)) == Some(&"ADJ")
                        })
                })
        });
    // "Novak Djokovic", later "Novak": a person's shorter mention finds a knowledge-base person
    // only when the fullest name shares that person's surname (not Russia's Alexander Novak).
    let last_word = |n: &str| n.split_whitespace().last().map(str::to_lowercase);
    let entry = entry.filter(|id| {
        kind != EntityType::Person
            || members
                .iter()
                .filter(|c| !c.kb.is_empty())
                .any(|c| c.tokens.len() >= name.split_whitespace().count())
            || last_word(&name) == last_word(&kb.entry(*id).name)
    });
    // Organisations and places go by the knowledge base's name ("State Department", not "The
    // State Department"); people by the fullest name the article gives.
    let name = match entry {
        Some(id) if kind != EntityType::Person && !head.described => kb.entry(id).name.clone(),
        _ => name,
    };
    let found: Vec<&FoundRole> = members.iter().flat_map(|c| c.roles.iter()).collect();
    let entry = entry.or_else(|| surname_holder(kb, date, kind, &name, &found));
    let roles = roles_of(text, &found);
    let context = members.iter().find_map(|c| c.context.as_ref());
    let kb_code = entry.and_then(|id| match date {
        Some(d) => kb.actor_at(id, d),
        None => kb
            .entry(id)
            .codes
            .iter()
            .find(|c| c.is_default())
            .map(|c| c.code.clone())
            .or_else(|| {
                kb.entry(id)
                    .country
                    .as_deref()
                    .and_then(|c| ActorCode::new(c).ok())
            }),
    });
    let article_codes: Vec<ActorCode> = found.iter().filter_map(|r| r.code()).collect();
    // A government office the knowledge base ends the day before the article: the article may
    // well report the day of the removal.
    let just_left = entry.zip(date).is_some_and(|(id, d)| {
        d.pred_opt().is_some_and(|eve| {
            kb.entry(id)
                .codes
                .iter()
                .any(|c| c.code.groups().any(|g| g == "GOV") && c.covers(eve) && !c.covers(d))
        })
    });
    // "Tanzanian President Jakaya Kikwete, the African Union's chairman", "Levy Mwanawasa, who
    // chairs the Southern African Development Community": a leader who chairs an
    // intergovernmental body acts for it in the article, as the development sets code such chairs
    // (IGOAFU, IGOSAFDEVSAD), whatever office at home the title or the knowledge base gives.
    let chair_of_body = found.iter().find_map(|r| {
        let words = text[r.start..r.end].to_lowercase();
        let chair = words.split_whitespace().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphabetic()),
                "chair" | "chairs" | "chairman" | "chairwoman" | "chairperson" | "presidency"
            )
        });
        chair
            .then(|| r.code())
            .flatten()
            .filter(|c| c.as_str().starts_with("IGO"))
    });
    let actor = chair_of_body.or_else(|| {
        decide_actor(
            kb_code,
            &article_codes,
            context,
            entry.and_then(|id| kb.entry(id).country.clone()),
            just_left,
        )
    });
    let actor = if head.metonym {
        actor.map(|a| government_of(&a))
    } else {
        actor
    };
    let actor = match actor {
        None if kind == EntityType::Organization && entry.is_none() => {
            role_of_name_head(kb, date, &name)
        }
        other => other,
    };
    let country = actor
        .as_ref()
        .and_then(|a| {
            a.groups()
                .next()
                .filter(|g| !NON_COUNTRY_GROUPS.contains(g))
                .map(str::to_string)
        })
        .or_else(|| {
            entry
                .and_then(|id| kb.entry(id).country.clone())
                .filter(|c| c != "IGO")
        });
    let kb_id = entry.map(|id| {
        let e = kb.entry(id);
        format!("{}:{}", e.kind, e.name)
    });
    let nominal = members.iter().all(|c| c.described)
        && !(kind == EntityType::Organization && mentions.iter().any(|m| is_body_name(&m.text)));
    Some(Entity {
        id: String::new(),
        kind,
        name,
        aliases,
        roles,
        actor,
        country,
        kb_id,
        mentions,
        place: None,
        nominal,
    })
}

/// "Poland's Foreign Ministry", "the Constitutional Court": a body the article describes by a
/// role noun of the knowledge base but writes as a name, every word of two or more capitalised
/// (function words aside), is named, not only described. "Officials said" is one word, "the
/// foreign ministry" lower case.
fn is_body_name(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "of" | "and" | "for"))
        .collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The entity's type by a vote of its named mentions: the tagger's type for one mention is a
/// guess ("Scientology" tagged a person once among twenty organisation uses), the majority of
/// the article's uses is the evidence. Uses that say neither place nor actor abstain. A tie goes
/// to the type of the first mention outside the headline (`in_headline`), where the tagger
/// guesses worst ("Libya's Derna" a person in the headline, "the city of Derna" in the body),
/// else to the first mention's; an entity with only described mentions keeps their type.
pub(super) fn entity_kind(
    members: &[&Candidate],
    in_headline: impl Fn(&Candidate) -> bool,
) -> EntityType {
    let mut named: Vec<&Candidate> = members.iter().copied().filter(|c| !c.described).collect();
    if named.iter().any(|c| !c.abstains) {
        named.retain(|c| !c.abstains);
    }
    let in_body = named.iter().find(|c| !in_headline(c));
    let Some(first) = in_body.or(named.first()).or(members.first()) else {
        return EntityType::Misc;
    };
    let votes = |k: EntityType| named.iter().filter(|c| c.kind == k).count();
    let mut best = (first.kind, votes(first.kind));
    for c in &named {
        let n = votes(c.kind);
        if n > best.1 {
            best = (c.kind, n);
        }
    }
    best.0
}

/// What shows a tagged person is one: a name of two words or more ("Daniel Montalvo"), a person
/// in the knowledge base, a role the text gives (a title, an apposition), speech ("Halston
/// said"), or a lone first name the knowledge base's people have ("Gloria"). News introduces people by full name; a lone capitalised word the tagger called a
/// person with none of these is most often something else ("Scientology", "Polaroids",
/// "English"), and is left untyped (MISC) rather than counted as a person. A surname that two
/// full names share ("Wilkins" after "Kristin Wilkins" and "Kristen Wilkins") stays its own
/// entity but is a person all the same.
fn person_evidence(p: &Parsed, kb: &Kb, cands: &[Candidate], members: &[&Candidate]) -> bool {
    let named: Vec<&Candidate> = members.iter().copied().filter(|c| !c.described).collect();
    if named.is_empty() || !p.analysed {
        return true;
    }
    let text = p.doc.text();
    let words = |c: &Candidate| -> Vec<String> {
        p.doc.tokens[c.tokens.clone()]
            .iter()
            .map(|t| normalize(t.text(text)).to_lowercase())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect()
    };
    let full_names: Vec<Vec<String>> = cands
        .iter()
        .filter(|d| d.kind == EntityType::Person && !d.described)
        .map(words)
        .filter(|w| w.len() >= 2)
        .collect();
    named.iter().any(|c| {
        let own = words(c);
        let (start, end) = (
            p.doc.tokens[c.tokens.start].start,
            p.doc.tokens[c.tokens.end - 1].end,
        );
        text[start..end].split_whitespace().count() >= 2
            || full_names.iter().any(|f| own.iter().all(|w| f.contains(w)))
            || !c.roles.is_empty()
            || c.context.is_some()
            || c.kb
                .iter()
                .any(|id| kb.entry(*id).kind == newsgraph_kb::EntryKind::Person)
            || after_honorific(p, c)
            || after_kinship_noun(p, c)
            || speaks(p, c)
            // "their nine-month-old child, Gloria": a lone word the tagger calls a person that
            // opens the name of a person the knowledge base knows is a first name.
            || (own.len() == 1 && super::name_kind::is_first_name(kb, &own[0], &c.kb))
    })
}

/// "President Trump", "Mr. Trump ... President": a person the article names only by a surname
/// that is also a common word (so the knowledge base gives it no alias) is the one person the
/// knowledge base knows by that surname whose code at the date holds the role the article's
/// title states, in the country it states if it states one. With two such people, or none, the
/// surname stays unlinked.
/// The knowledge-base entry a mention names, of the candidates its name has: the first (the
/// likeliest), unless it is a person out of office at the article's date and another person of
/// the name holds an office then ("Acting Prime Minister Pedro Sanchez" in 2023 is Spain's, not
/// Colombia's defence minister of 2025).
fn kb_entry_at(
    kb: &Kb,
    date: Option<NaiveDate>,
    ids: &[newsgraph_kb::EntryId],
) -> Option<newsgraph_kb::EntryId> {
    let first = *ids.first()?;
    let Some(date) = date else {
        return Some(first);
    };
    let in_office = |id: newsgraph_kb::EntryId| {
        let e = kb.entry(id);
        e.kind == EntryKind::Person && e.codes.iter().any(|c| !c.is_default() && c.covers(date))
    };
    if kb.entry(first).kind != EntryKind::Person || in_office(first) {
        return Some(first);
    }
    Some(
        ids.iter()
            .copied()
            .find(|&id| in_office(id))
            .unwrap_or(first),
    )
}

fn surname_holder(
    kb: &Kb,
    date: Option<NaiveDate>,
    kind: EntityType,
    name: &str,
    found: &[&FoundRole],
) -> Option<newsgraph_kb::EntryId> {
    let date = date?;
    if kind != EntityType::Person || name.split_whitespace().count() != 1 {
        return None;
    }
    let stated: Vec<ActorCode> = found.iter().filter_map(|r| r.code()).collect();
    if stated.is_empty() {
        return None;
    }
    let holders: Vec<newsgraph_kb::EntryId> = kb
        .people_with_surname(name)
        .iter()
        .copied()
        .filter(|id| {
            kb.actor_at(*id, date).is_some_and(|k| {
                stated.iter().any(|a| {
                    shares_role(a, &k)
                        && country_of(a).is_none_or(|c| country_of(&k).as_ref() == Some(&c))
                })
            })
        })
        .collect();
    match holders[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// "The Interior Ministry suspended him", "the Haitian National Police", "the Guyana Defence
/// Force", "Kenya Airways": a body named by two words or more that the knowledge base does not
/// know has the role of the agent noun its name ends in (GOV, COP, MIL, BUS), which a country in
/// the name or the article's home country completes (see `home`).
fn role_of_name_head(kb: &Kb, date: Option<NaiveDate>, name: &str) -> Option<ActorCode> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let date = date.unwrap_or_default();
    (1..=2.min(words.len().saturating_sub(1)))
        .rev()
        .find_map(|n| {
            let head = words[words.len() - n..].join(" ");
            kb.lookup(&head, date)
                .iter()
                .find(|r| r.entry.kind == EntryKind::Agent)
                .and_then(|r| r.entry.role.as_ref())
                .filter(|role| role.place == RolePlace::AfterCountry)
                .map(|role| role.code.clone())
        })
}

/// "Mr Key", "Dr. Bauchtman": a courtesy title right before the name.
fn after_honorific(p: &Parsed, c: &Candidate) -> bool {
    let Some(sent) = p.doc.sentences.get(c.sentence) else {
        return false;
    };
    let text = p.doc.text();
    let before = p.doc.tokens[sent.tokens.start..c.tokens.start]
        .iter()
        .rev()
        .map(|t| normalize(t.text(text)).to_lowercase())
        .find(|w| w != ".");
    before.is_some_and(|w| super::candidates::HONORIFICS.contains(&w.as_str()))
}

/// "their daughter Dasha": the mention follows a possessive and a noun of family.
fn after_kinship_noun(p: &Parsed, c: &Candidate) -> bool {
    let Some(sent) = p.doc.sentences.get(c.sentence) else {
        return false;
    };
    let text = p.doc.text();
    let before: Vec<String> = p.doc.tokens[sent.tokens.start..c.tokens.start]
        .iter()
        .rev()
        .take(2)
        .map(|t| normalize(t.text(text)).to_lowercase())
        .collect();
    match &before[..] {
        [noun, owner] => {
            super::name_kind::KINSHIP_NOUNS.contains(&noun.as_str())
                && super::name_kind::POSSESSIVES.contains(&owner.as_str())
        }
        _ => false,
    }
}

/// The mention is the subject of a speech verb ("Montalvo said", "Rathbun stated"), or follows
/// the verb after a quote, as wire copy names a witness ("... at dawn," said Esperance), which
/// the parser does not always read as the subject.
fn speaks(p: &Parsed, c: &Candidate) -> bool {
    let Some(sent) = p.doc.sentences.get(c.sentence) else {
        return false;
    };
    let text = p.doc.text();
    let word = |t: usize| p.doc.tokens[t].text(text);
    if c.tokens.start >= sent.tokens.start + 2 {
        let verb = word(c.tokens.start - 1).to_lowercase();
        let quote_end = matches!(word(c.tokens.start - 2), "\"" | "”" | "," | "''");
        if quote_end && crate::lexicon::is_speech_verb(&verb) {
            return true;
        }
    }
    let a = &p.analyses[c.sentence];
    let last = c.tokens.end - 1 - sent.tokens.start;
    if !a.deprels.get(last).is_some_and(|d| d.starts_with("nsubj")) {
        return false;
    }
    let Some(head) = a.heads.get(last).and_then(|h| h.checked_sub(1)) else {
        return false;
    };
    p.doc
        .tokens
        .get(sent.tokens.start + head)
        .is_some_and(|t| crate::lexicon::is_speech_verb(&t.text(p.doc.text()).to_lowercase()))
}

fn described_name(text: &str, c: &Candidate) -> String {
    let r = c.roles.first();
    let raw = r.map_or("", |r| &text[r.start..r.end]);
    let n = normalize(raw);
    let mut words: Vec<&str> = n.split_whitespace().collect();
    if words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "a" | "an" | "the" | "this" | "that" | "these" | "those"
        )
    }) {
        words.remove(0);
    }
    words.join(" ")
}

fn roles_of(text: &str, found: &[&FoundRole]) -> Vec<Role> {
    let mut out: Vec<Role> = Vec::new();
    for r in found {
        let t = normalize(&text[r.start..r.end]).into_owned();
        if out.iter().any(|o| o.text == t) {
            continue;
        }
        out.push(Role {
            text: t,
            code: r.code().map(|c| c.to_string()),
            start: r.start,
            end: r.end,
        });
    }
    out
}

fn shares_role(a: &ActorCode, b: &ActorCode) -> bool {
    let roles = |c: &ActorCode| {
        c.groups()
            .filter(|g| NON_COUNTRY_GROUPS.contains(g))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let (ra, rb) = (roles(a), roles(b));
    ra.iter().any(|r| rb.contains(r))
}

/// The country a code is of (`TUR` of `TURMIL`), none for a code that opens with a role or a
/// body (`IGO`, `NGO`, a bare `REB`).
pub(super) fn country_of(code: &ActorCode) -> Option<ActorCode> {
    code.groups()
        .next()
        .filter(|g| !NON_COUNTRY_GROUPS.contains(g))
        .and_then(|g| ActorCode::new(g).ok())
}

fn decide_actor(
    kb_code: Option<ActorCode>,
    article: &[ActorCode],
    context: Option<&FoundRole>,
    kb_country: Option<String>,
    just_left: bool,
) -> Option<ActorCode> {
    if let Some(k) = &kb_code
        && article.iter().any(|a| shares_role(a, k))
    {
        return kb_code;
    }
    // Words that give only a country, the party the person belongs to or an office once held
    // ("Vietnam's Trong", "the general secretary of Vietnam's Communist Party", "a former
    // governor of Lagos": VNM, VNMPTY, NGAELI), say less than the knowledge base's code of the
    // person in that country at the article date (VNMGOV: the party's leader of a one-party
    // state, as PETRARCH codes them; NGAGOV for a former governor since elected president).
    // A business title of a person in government office at the date is that office's title
    // ("Hong Kong's Chief Executive Donald Tsang": HKGGOV, not HKGBUS).
    let in_government = kb_code
        .as_ref()
        .is_some_and(|k| k.groups().any(|g| g == "GOV"));
    if let Some(k) = &kb_code
        && k.groups().count() > 1
        && !article.is_empty()
        && article.iter().all(|a| {
            let says_less = match a.groups().nth(1) {
                None | Some("PTY" | "ELI") => true,
                Some("BUS") => in_government,
                Some(_) => false,
            };
            says_less && country_of(a).is_some_and(|c| country_of(k) == Some(c))
        })
    {
        return kb_code;
    }
    // "Secretary-General Ban Ki-moon, a former South Korean foreign minister": an office the
    // text says he once held in his country says less than the intergovernmental office the
    // knowledge base has him in at the article date (IGOUNO, not KORELI); so does a bare title
    // of no country ("Secretary-General").
    if let Some(k) = &kb_code
        && k.groups().next() == Some("IGO")
        && article.iter().any(|a| a.groups().any(|g| g == "ELI"))
        && article
            .iter()
            .all(|a| a.groups().any(|g| g == "ELI") || country_of(a).is_none())
    {
        return kb_code;
    }
    // The article's own words: the first code that names a country, else a bare role completed
    // with the country the knowledge base or the context gives.
    // A role of that country said elsewhere says more than the country alone ("Brazil's Lula
    // ... Former Brazilian President": BRAELI, not BRA).
    if let Some(a) = article.iter().find(|a| country_of(a).is_some()) {
        let with_role = article
            .iter()
            .find(|b| b.groups().count() > 1 && country_of(b) == country_of(a));
        return Some(with_role.unwrap_or(a).clone());
    }
    // A bare title ("Istanbul Mayor Ekrem Imamoglu", "former prime minister Khaleda Zia", "the
    // group's commander, Mohamed Hamdan Dagalo") says less than the knowledge base's code of the
    // person at the article date, which has the country and the side (TUROPP, BGDOPP, SDNREB).
    // Words that state a side ("rebel leader", "opposition leader") are the article's own
    // reading of the day and stay.
    let states_a_side = article
        .iter()
        .any(|a| a.groups().any(|g| matches!(g, "REB" | "OPP")));
    // So does an intergovernmental official's code ("U.N. Secretary-General Antonio Guterres"
    // is IGOUNO, not the government of Portugal, which he once led).
    // But a present title the text gives a holder the knowledge base has just seen leave ("President
    // Pedro Castillo" on the day Congress removed him: ELI at the article date) is the text's
    // reading of the day, as the development sets code it.
    let present_title_of_former = just_left
        && kb_code
            .as_ref()
            .is_some_and(|k| k.groups().any(|g| g == "ELI"))
        && article.iter().any(|a| a.groups().any(|g| g == "GOV"));
    if let Some(k) = &kb_code
        && !article.is_empty()
        && !states_a_side
        && !present_title_of_former
        && k.groups().count() > 1
    {
        return kb_code;
    }
    let country = kb_code
        .as_ref()
        .and_then(country_of)
        .or_else(|| kb_country.and_then(|c| ActorCode::new(&c).ok()))
        .or_else(|| {
            context
                .and_then(|c| c.country.as_deref())
                .and_then(|c| ActorCode::new(c).ok())
        });
    if let Some(a) = article.first() {
        // "Ghani, a former finance minister and World Bank economist": an intergovernmental
        // body the words name is a whole code, no role to set after a country (never
        // AFGIGOUNODEVWBK); a person the knowledge base knows keeps its code over it.
        if a.groups().next() == Some("IGO") {
            return kb_code.or_else(|| Some(a.clone()));
        }
        return Some(match &country {
            Some(c) => ActorCode::new(&format!("{c}{a}")).unwrap_or_else(|_| a.clone()),
            None => a.clone(),
        });
    }
    if kb_code.is_some() {
        return kb_code;
    }
    context.and_then(FoundRole::code)
}

/// "Moscow said": the government of the country a place belongs to.
fn government_of(code: &ActorCode) -> ActorCode {
    match country_of(code) {
        Some(c) if code.groups().count() == 1 => {
            c.with_role("GOV").unwrap_or_else(|_| code.clone())
        }
        _ => code.clone(),
    }
}
