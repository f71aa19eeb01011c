//! Coreference within one article: which mentions name the same entity.
//!
//! Names join when they share a knowledge-base entry, or when one person's name is the other's
//! words in order ("Pompeo" = "Mike Pompeo"), as long as only one person fits. A definite
//! description with no qualifier ("the official") joins the last described actor with the same
//! agent noun. Pronouns join, conservatively, the nearest fitting person before them.
//!
//! **Invariant:** a mention belongs to exactly one cluster; ambiguous mentions start their own.

use super::candidates::{Candidate, without_arabic_article};
use crate::Parsed;
use crate::record::{Entity, EntityType, Mention, Role};
use newsgraph_kb::{EntryKind, Kb};
use newsgraph_models::Analysis;
use newsgraph_text::normalize;

/// Candidate indices that refer to one entity, in text order.
#[derive(Debug, Clone, Default)]
pub struct Cluster {
    pub members: Vec<usize>,
}

fn words(p: &Parsed, c: &Candidate) -> Vec<String> {
    let text = p.doc.text();
    p.doc.tokens[c.tokens.clone()]
        .iter()
        .map(|t| normalize(t.text(text)).to_lowercase())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// True when `short` appears within `long` word by word, in order ("pompeo" in "mike pompeo").
/// An Arabic article joined to a surname may be dropped ("serraj" in "fayez al-serraj").
fn is_part_of(short: &[String], long: &[String]) -> bool {
    if short.is_empty() || short.len() > long.len() {
        return false;
    }
    let same = |w: &String, l: &String| l == w || without_arabic_article(l) == Some(w.as_str());
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| same(w, l)))
}

/// An acronym the article defines in brackets after a name ("the Rapid Support Forces (RSF)") means
/// that name wherever the article uses it, whatever else the knowledge base knows by the same
/// letters (RSF is also Reporters Without Borders). The letters must be the initials of the
/// name's capitalised words, so a bracket that is not a definition changes nothing. Without
/// brackets, a known organisation named in full before the letters' first use defines them too.
pub fn apply_defined_acronyms(p: &Parsed, cands: &mut [Candidate]) {
    let text = p.doc.text();
    let tokens = &p.doc.tokens;
    let form = |t: usize| tokens.get(t).map_or("", |tok| tok.text(text));
    let initials = |c: &Candidate| -> String {
        c.tokens
            .clone()
            .map(form)
            .filter_map(|w| w.chars().next().filter(|ch| ch.is_uppercase()))
            .collect()
    };
    let mut defined: Vec<(String, usize)> = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let e = c.tokens.end;
        if c.described || c.tokens.len() < 2 || form(e) != "(" || form(e + 2) != ")" {
            continue;
        }
        let acronym = form(e + 1);
        if acronym.len() >= 2 && acronym == initials(c) {
            defined.push((acronym.to_string(), i));
        }
    }
    // "Sudan's paramilitary Rapid Support Forces ... RSF fighters": wire copy often uses the
    // letters without defining them, after the full name. A known organisation the article
    // names in full before the letters' first use, whose initials they are, is what they mean.
    // The headline does not count as a use: it abbreviates what the body spells out ("U.S. says
    // Sudan's RSF committed genocide" over "Sudan's paramilitary Rapid Support Forces").
    let headline_end = text.find('\n').unwrap_or(0);
    let in_headline = |a: &Candidate| {
        tokens
            .get(a.tokens.start)
            .is_some_and(|t| t.start < headline_end)
    };
    for (i, c) in cands.iter().enumerate() {
        let known_org = c.kind == EntityType::Organization && !c.kb.is_empty();
        if c.described || c.tokens.len() < 2 || !known_org {
            continue;
        }
        let letters = initials(c);
        let used_after = cands.iter().any(|a| {
            a.tokens.len() == 1 && a.tokens.start >= c.tokens.end && form(a.tokens.start) == letters
        });
        let used_before = cands.iter().any(|a| {
            a.tokens.len() == 1
                && a.tokens.end <= c.tokens.start
                && form(a.tokens.start) == letters
                && !in_headline(a)
        });
        if letters.len() >= 2
            && used_after
            && !used_before
            && !defined.iter().any(|(a, _)| *a == letters)
        {
            defined.push((letters, i));
        }
    }
    for (acronym, i) in defined {
        let (kind, kb) = (cands[i].kind, cands[i].kb.clone());
        for c in cands.iter_mut() {
            if c.tokens.len() == 1 && form(c.tokens.start) == acronym {
                c.kind = kind;
                c.kb = kb.clone();
                c.metonym = false;
            }
        }
    }
}

/// A name that repeats part of a person's full name given in the article is that person ("Daniel
/// Montalvo ... Montalvo was charged"), whatever the tagger or the gazetteer made of the bare
/// word (Montalvo is also a town in Ecuador). Country names keep their type: "Jordan" after
/// "Michael Jordan" is more often the country.
pub fn retype_name_parts(p: &Parsed, kb: &Kb, cands: &mut [Candidate]) {
    let names: Vec<Vec<String>> = cands.iter().map(|c| words(p, c)).collect();
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.described || c.kind == EntityType::Person || names[i].is_empty() {
            continue;
        }
        // "Houthi" stays the movement after "Abdul-Malik al-Houthi", as a known organisation.
        let country = c.kb.first().is_some_and(|id| {
            matches!(
                kb.entry(*id).kind,
                EntryKind::Country
                    | EntryKind::Region
                    | EntryKind::Demonym
                    | EntryKind::Organization
            )
        });
        if country {
            continue;
        }
        // Headlines name people by surname before the lead gives the full name ("Lula promises
        // aid ..." then "President Luiz Inácio Lula da Silva"), so the full name may come later.
        let part_of_person = (0..cands.len()).filter(|&k| k != i).any(|k| {
            let d = &cands[k];
            d.kind == EntityType::Person
                && !d.described
                && names[k].len() > names[i].len()
                && is_part_of(&names[i], &names[k])
        });
        if part_of_person {
            cands[i].kind = EntityType::Person;
            cands[i].metonym = false;
            cands[i].kb.clear();
        }
    }
}

pub fn cluster(p: &Parsed, cands: &[Candidate]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let names: Vec<Vec<String>> = cands.iter().map(|c| words(p, c)).collect();
    for (i, c) in cands.iter().enumerate() {
        let target = if c.described {
            described_target(p, cands, &clusters, i)
        } else {
            name_target(cands, &names, &clusters, i)
        };
        match target {
            Some(k) => clusters[k].members.push(i),
            None => clusters.push(Cluster { members: vec![i] }),
        }
    }
    merge_titles_into_people(p, cands, &mut clusters);
    clusters
}

fn name_target(
    cands: &[Candidate],
    names: &[Vec<String>],
    clusters: &[Cluster],
    i: usize,
) -> Option<usize> {
    let c = &cands[i];
    let first_kb = c.kb.first();
    let mut fits = Vec::new();
    for (k, cl) in clusters.iter().enumerate() {
        let head = &cands[cl.members[0]];
        if head.described {
            continue;
        }
        let same_kb =
            first_kb.is_some() && cl.members.iter().any(|&m| cands[m].kb.first() == first_kb);
        let same_kind =
            head.kind == c.kind || (c.metonym != head.metonym && c.kb.first() == head.kb.first());
        let compatible =
            |m: usize| is_part_of(&names[i], &names[m]) || is_part_of(&names[m], &names[i]);
        let matches_name = cl.members.iter().any(|&m| {
            if c.kind == EntityType::Person && head.kind == EntityType::Person {
                compatible(m)
            } else {
                names[i] == names[m]
            }
        });
        // "Kim Jong Un ... Kim ... Kim Yo Jong": a full name that the cluster's own full name
        // does not contain (nor it that one) is another person, whatever bare surname they share.
        let other_full_name = names[i].len() > 1
            && cl
                .members
                .iter()
                .any(|&m| names[m].len() > 1 && !compatible(m));
        let matches_name = matches_name && !other_full_name;
        // The same name twice is the same entity even where the tagger typed the two uses
        // apart ("Scientology" as an organisation, then as a person); the entity's type is then
        // settled by a vote of its mentions.
        let same_name = cl.members.iter().any(|&m| names[i] == names[m]);
        // "The European Commission fined Google ... The Commission is still investigating": a
        // body the knowledge base does not know, named by one word, is the one body the article
        // has named before whose name ends with it.
        let body_by_last_word = c.kind == EntityType::Organization
            && head.kind == EntityType::Organization
            && c.kb.is_empty()
            && names[i].len() == 1
            && cl
                .members
                .iter()
                .any(|&m| names[m].len() > 1 && names[m].last() == names[i].first());
        if same_kb || (same_kind && matches_name) || same_name || body_by_last_word {
            fits.push(k);
        }
    }
    // Two different people share the surname: the bare surname is ambiguous, leave it alone.
    (fits.len() == 1).then(|| fits[0])
}

fn described_target(
    p: &Parsed,
    cands: &[Candidate],
    clusters: &[Cluster],
    i: usize,
) -> Option<usize> {
    let c = &cands[i];
    let role = c.roles.first()?;
    // Only a bare definite description refers back: "the official", not "a senior official".
    let text = p.doc.text();
    let phrase = normalize(&text[role.start..role.end]).to_lowercase();
    let first = phrase.split_whitespace().next().unwrap_or("");
    if !matches!(first, "the" | "this" | "that") || role.country.is_some() || role.org.is_some() {
        return None;
    }
    clusters.iter().rposition(|cl| {
        cl.members
            .iter()
            .any(|&m| cands[m].described && cands[m].agent == c.agent && cands[m].kind == c.kind)
    })
}

/// A title alone ("the US Secretary of State") is the one named person in the article who holds
/// it ("US Secretary of State Mike Pompeo"). A bare definite title ("The President later took
/// action", "the secretary general added") is the one named person the article gives that
/// title, whatever country: news names the holder once, then uses the title.
fn merge_titles_into_people(p: &Parsed, cands: &[Candidate], clusters: &mut Vec<Cluster>) {
    let text = p.doc.text();
    let mut k = 0;
    while k < clusters.len() {
        let head = &cands[clusters[k].members[0]];
        let agent = head.agent;
        let qualified = head
            .roles
            .first()
            .is_some_and(|r| r.country.is_some() || r.org.is_some());
        let definite = head.roles.first().is_some_and(|r| {
            let phrase = normalize(&text[r.start..r.end]).to_lowercase();
            phrase.split_whitespace().next() == Some("the")
        });
        if !(head.described && head.kind == EntityType::Person && (qualified || definite))
            || agent.is_none()
        {
            k += 1;
            continue;
        }
        let holders: Vec<usize> = (0..clusters.len())
            .filter(|&o| o != k)
            .filter(|&o| {
                clusters[o].members.iter().any(|&m| {
                    !cands[m].described
                        && cands[m].roles.iter().any(|r| {
                            r.agent == agent && (!qualified || r.country == head.roles[0].country)
                        })
                })
            })
            .collect();
        if let [o] = holders[..] {
            let moved = std::mem::take(&mut clusters[k].members);
            clusters[o].members.extend(moved);
            clusters[o].members.sort_unstable();
            clusters.remove(k);
        } else {
            k += 1;
        }
    }
}

const PRONOUNS: &[&str] = &[
    "he", "she", "him", "his", "her", "hers", "himself", "herself",
];

/// Adds he/she mentions to the nearest fitting person: one mentioned earlier in the same
/// sentence, else the first person of the previous sentence, else of the one before.
pub fn add_pronouns(p: &Parsed, entities: &mut [Entity]) {
    let text = p.doc.text();
    for (s, sent) in p.doc.sentences.iter().enumerate() {
        for t in &p.doc.tokens[sent.tokens.clone()] {
            let w = t.text(text).to_lowercase();
            if !PRONOUNS.contains(&w.as_str()) {
                continue;
            }
            let local = p.doc.tokens[sent.tokens.clone()]
                .iter()
                .position(|u| u.start == t.start);
            let barred = local.and_then(|i| own_clause_subject(p, entities, s, i));
            let Some(k) = local
                .and_then(|i| coordinated_subject(p, entities, s, i))
                .or_else(|| antecedent(entities, s, t.start, barred))
            else {
                continue;
            };
            add_mention(&mut entities[k], text, t.start, t.end, s);
        }
    }
}

/// "Judge James Orenstein ordered *him* held without bail": an object pronoun is never the
/// subject of its own verb (that would be "himself", which is: "the journalist had not
/// identified himself"). The entity of that subject, which [`antecedent`] must pass over, for
/// the pronoun at index `local` of sentence `s`.
fn own_clause_subject(p: &Parsed, entities: &[Entity], s: usize, local: usize) -> Option<usize> {
    let a = p.analyses.get(s)?;
    let base = p.doc.sentences.get(s)?.tokens.start;
    let word = p
        .doc
        .tokens
        .get(base + local)?
        .text(p.doc.text())
        .to_lowercase();
    if !matches!(word.as_str(), "him" | "her") || !matches!(*a.deprels.get(local)?, "obj" | "iobj")
    {
        return None;
    }
    let verb = a.heads.get(local)?.checked_sub(1)?;
    let at = p.doc.tokens.get(base + subject_of(a, verb)?)?.start;
    entities.iter().position(|e| {
        e.kind == EntityType::Person
            && e.mentions
                .iter()
                .any(|m| m.sentence == s && m.start <= at && at < m.end)
    })
}

/// The first word of a sentence's analysis that is a subject (`nsubj`, `nsubj:pass`) of the
/// word at index `verb`.
fn subject_of(a: &Analysis, verb: usize) -> Option<usize> {
    (0..a.heads.len()).find(|&j| {
        a.heads[j] == verb + 1 && a.deprels.get(j).is_some_and(|d| d.starts_with("nsubj"))
    })
}

/// "President Nicolas Maduro, 51, has accused Lopez of plotting a coup, and on Sunday he ordered
/// the expulsion": a pronoun that is the subject of a clause coordinated with an earlier one is
/// that clause's subject, a person the article names there, and not the nearest name (its
/// object). `local` is the pronoun's index in sentence `s`.
fn coordinated_subject(p: &Parsed, entities: &[Entity], s: usize, local: usize) -> Option<usize> {
    let a = p.analyses.get(s)?;
    if !a.deprels.get(local)?.starts_with("nsubj") {
        return None;
    }
    let verb = a.heads.get(local)?.checked_sub(1)?;
    if a.deprels.get(verb) != Some(&"conj") {
        return None;
    }
    let first = a.heads.get(verb)?.checked_sub(1)?;
    let subject = subject_of(a, first).filter(|&c| c < first)?;
    // The subject's words: those whose chain of heads reaches it ("President Nicolas Maduro").
    let under_subject = |mut t: usize| {
        for _ in 0..a.heads.len() {
            if t == subject {
                return true;
            }
            match a.heads.get(t).and_then(|h| h.checked_sub(1)) {
                Some(h) => t = h,
                None => return false,
            }
        }
        false
    };
    let base = p.doc.sentences.get(s)?.tokens.start;
    let sentence_tokens = p.doc.tokens.get(base..base + a.heads.len())?;
    entities.iter().position(|e| {
        e.kind == EntityType::Person
            && e.mentions.iter().any(|m| {
                m.sentence == s
                    && sentence_tokens
                        .iter()
                        .position(|u| u.start == m.start)
                        .is_some_and(under_subject)
            })
    })
}

/// Nouns of a state's armed forces that "its" before them gives to the state it refers to.
const FORCE_NOUNS: &[&str] = &[
    "forces", "troops", "army", "military", "soldiers", "navy", "warships", "jets",
];

/// Verbs whose subject "it" is mostly a dummy or a situation, never a state acting ("it seems",
/// "it remains to be seen", "it took hours", "it was unclear").
const DUMMY_IT_VERBS: &[&str] = &[
    "is", "was", "be", "been", "being", "are", "seems", "seemed", "appears", "appeared", "remains",
    "remained", "took", "takes", "happened", "means", "meant", "became", "becomes", "comes",
    "came",
];

/// "it" and "its forces" of a state or body: in "Kenya's government said it signed an
/// agreement" the "it" that opens the reported clause is the government (KENGOV), and in
/// "Russia's Defence Ministry said its forces had struck" the forces are Russia's military
/// (RUSMIL). A subject "it" also stands for a body or state that is the nearest subject before
/// it in its sentence ("ECOWAS imposed sanctions on Niger, and it has suspended three
/// countries"), or, opening a sentence, for the one that is the subject of the previous
/// sentence's main clause ("Saudi Arabia expelled Canada's ambassador. It also froze all new
/// trade"). Only a body or state with a country is an antecedent, and only the subject of an
/// act: "it" elsewhere (the weather, an event, "it was unclear") is left alone. An
/// intergovernmental body has no country but is an antecedent too.
pub fn add_state_pronouns(p: &Parsed, entities: &mut Vec<Entity>) {
    let text = p.doc.text();
    // The body or state entity with a country (or an intergovernmental body) whose mention
    // covers byte `at`.
    let body_at = |entities: &[Entity], at: usize| {
        entities.iter().position(|e| {
            e.kind != EntityType::Person
                && e.actor
                    .as_ref()
                    .is_some_and(|a| e.country.is_some() || a.as_str().starts_with("IGO"))
                && e.mentions.iter().any(|m| m.start <= at && at < m.end)
        })
    };
    // The subject token of the main clause of each sentence.
    let main_subjects: Vec<Option<usize>> = p
        .doc
        .sentences
        .iter()
        .enumerate()
        .map(|(s, sent)| {
            let a = p.analyses.get(s)?;
            let root = a.heads.iter().position(|&h| h == 0)?;
            let subject = subject_of(a, root)?;
            Some(p.doc.tokens[sent.tokens.start + subject].start)
        })
        .collect();
    for (s, sent) in p.doc.sentences.iter().enumerate() {
        let Some(a) = p.analyses.get(s) else { continue };
        let base = sent.tokens.start;
        let n = sent.tokens.len();
        let word = |k: usize| p.doc.tokens[base + k].text(text).to_lowercase();
        let parent = |k: usize| a.heads.get(k).and_then(|h| h.checked_sub(1));
        let subject_of = |verb: usize| {
            (0..n).find(|&j| {
                parent(j) == Some(verb) && a.deprels.get(j).is_some_and(|d| d.starts_with("nsubj"))
            })
        };
        // The four words above token `k`, its head first.
        let above = |k: usize| std::iter::successors(parent(k), |&v| parent(v)).take(4);
        let is_speech = |v: &usize| crate::lexicon::is_speech_verb(&word(*v));
        // An "it" that acts: the subject of a verb that is no copula or dummy, in a clause no
        // speech verb reports (the coder takes a reported "it" as the speaker's).
        let reported = |k: usize| above(k).skip(1).any(|v| is_speech(&v));
        let acting = |k: usize| {
            !reported(k)
                && parent(k).is_some_and(|v| {
                    a.upos.get(v) == Some(&"VERB")
                        && !DUMMY_IT_VERBS.contains(&word(v).as_str())
                        && !(0..n).any(|j| parent(j) == Some(v) && a.deprels[j] == "cop")
                })
        };
        // "ECOWAS imposed sanctions ..., and it has suspended": the nearest subject before it in
        // the sentence of a clause that is no description of a noun ("the bloc, whose leaders
        // meet ..., said it will": not the leaders), if that is a body or state.
        let coordinated = |k: usize| {
            let subject = (0..k).rev().find(|&j| {
                a.deprels.get(j).is_some_and(|d| d.starts_with("nsubj"))
                    && parent(j).is_some_and(|v| !a.deprels[v].starts_with("acl"))
            })?;
            body_at(entities, p.doc.tokens[base + subject].start)
        };
        // "It also froze all new trade": the previous sentence's main subject.
        let previous = |k: usize| {
            let opens = (0..k).all(|j| a.upos.get(j) == Some(&"PUNCT"));
            if !opens || parent(k).is_none_or(|v| a.heads.get(v) != Some(&0)) {
                return None;
            }
            body_at(entities, (*main_subjects.get(s.checked_sub(1)?)?)?)
        };
        // The speaker entity of the speech verb that governs the clause of token `k`.
        let speaker = |k: usize| -> Option<usize> {
            let verb = above(k).find(is_speech).filter(|&v| v < k)?;
            let subject = subject_of(verb)?;
            body_at(entities, p.doc.tokens[base + subject].start)
        };
        let mut adds: Vec<(usize, usize)> = Vec::new();
        let mut forces: Vec<(usize, usize, usize)> = Vec::new();
        for k in 0..n {
            let w = word(k);
            if w == "it" && a.deprels.get(k).is_some_and(|d| d.starts_with("nsubj")) {
                if let Some(e) = speaker(k).or_else(|| {
                    acting(k)
                        .then(|| coordinated(k).or_else(|| previous(k)))
                        .flatten()
                }) {
                    adds.push((e, k));
                }
            } else if w == "its"
                && k + 1 < n
                && FORCE_NOUNS.contains(&word(k + 1).as_str())
                && let Some(e) = speaker(k + 1)
            {
                forces.push((e, k, k + 1));
            }
        }
        for (e, k) in adds {
            let t = &p.doc.tokens[base + k];
            add_mention(&mut entities[e], text, t.start, t.end, s);
        }
        for (e, k, noun) in forces {
            let Some(country) = entities[e].country.clone() else {
                continue;
            };
            let Ok(code) = newsgraph_kb::ActorCode::new(&format!("{country}MIL")) else {
                continue;
            };
            let (start, end) = (p.doc.tokens[base + k].start, p.doc.tokens[base + noun].end);
            let noun_at = p.doc.tokens[base + noun].start;
            // A described actor already on the noun ("its troops" [MIL]) takes the country.
            if let Some(other) = entities.iter_mut().find(|x| {
                x.mentions
                    .iter()
                    .any(|m| m.start <= noun_at && noun_at < m.end)
            }) {
                if other.country.is_none() {
                    other.actor = Some(code.clone());
                    other.country = Some(country);
                }
                continue;
            }
            entities.push(Entity {
                id: String::new(),
                kind: EntityType::Organization,
                name: text[p.doc.tokens[base + noun].start..end].to_string(),
                aliases: Vec::new(),
                roles: vec![Role {
                    text: text[start..end].to_string(),
                    code: Some(code.to_string()),
                    start,
                    end,
                }],
                actor: Some(code),
                country: Some(country),
                kb_id: None,
                mentions: vec![Mention {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    sentence: s,
                }],
                place: None,
                nominal: true,
            });
        }
    }
}

/// Nouns a report uses for an intergovernmental body it has named: "the bloc" (the EU, ECOWAS,
/// ASEAN), "the alliance" (NATO).
const COLLECTIVE_NOUNS: &[&str] = &["bloc", "alliance"];

/// Nouns a report uses for a named body that is no organ of a state: "the group" (an armed
/// group, a company), "the movement", "the organisation".
const BODY_NOUNS: &[&str] = &["group", "movement", "organisation", "organization"];

/// The organs of a state, which "the group" or "the movement" never stands for.
const STATE_ORGANS: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];

/// Modifiers that make "bloc" or "alliance" a coalition of parties, not a body of states.
const DOMESTIC_COALITION_WORDS: &[&str] = &[
    "opposition",
    "ruling",
    "governing",
    "parliamentary",
    "political",
    "electoral",
    "voting",
];

/// Words that may stand between "the" and a collective noun: "the 27-nation bloc", "the West
/// African bloc", "the military alliance", "the armed group".
const COLLECTIVE_MODIFIERS: usize = 3;

/// Whether `e` is a body that `noun` can stand for: an intergovernmental body for "the bloc",
/// and for "the group" a named body with a role of its own that is no organ of a state
/// (Hezbollah, LBNREB; a company; the OAS), not a country alone, a person (its leader) or a
/// news agency (the dateline's).
fn collective_fits(noun: &str, e: &Entity) -> bool {
    let Some(code) = &e.actor else {
        return false;
    };
    if COLLECTIVE_NOUNS.contains(&noun) {
        return code.as_str().starts_with("IGO");
    }
    // An intergovernmental body is an organisation, never "the group" or "the movement".
    let intergovernmental = code.as_str().starts_with("IGO");
    !e.nominal
        && e.kind != EntityType::Person
        && (!intergovernmental || noun.starts_with("organi"))
        && code.groups().count() > 1
        && !code
            .groups()
            .any(|g| g == "MED" || STATE_ORGANS.contains(&g))
}

/// Adds "the bloc", "the 15-nation bloc", "the alliance" to the intergovernmental body (actor
/// code IGO...) the article named last before it, and "the group", "the armed group", "the
/// movement" to the named body of a fitting kind ([`collective_fits`]) named last before it;
/// with none named before it is left alone.
pub fn add_collective_references(p: &Parsed, entities: &mut [Entity]) {
    let text = p.doc.text();
    let tokens = &p.doc.tokens;
    for (s, sent) in p.doc.sentences.iter().enumerate() {
        for n in sent.tokens.clone() {
            let noun = tokens[n].text(text).to_lowercase();
            let noun = noun.as_str();
            // "the group of seven" is no body named before; "the student group Scholarism" is
            // the name that follows.
            let body_noun = BODY_NOUNS.contains(&noun)
                && !tokens.get(n + 1).is_some_and(|t| {
                    let next = t.text(text);
                    next == "of" || next.starts_with(char::is_uppercase)
                });
            if !(COLLECTIVE_NOUNS.contains(&noun) || body_noun) {
                continue;
            }
            let Some(the) = (sent
                .tokens
                .start
                .max(n.saturating_sub(COLLECTIVE_MODIFIERS + 1))..n)
                .rev()
                .find(|&k| tokens[k].text(text).eq_ignore_ascii_case("the"))
            else {
                continue;
            };
            // Only words between them ("the 27-nation bloc"), not "the summit, the bloc".
            let word = |k: usize| {
                let t = tokens[k].text(text);
                t == "-" || t.starts_with(char::is_alphanumeric)
            };
            // "the opposition bloc", "the ruling alliance" are coalitions at home.
            let domestic = COLLECTIVE_NOUNS.contains(&noun)
                && (the + 1..n).any(|k| {
                    DOMESTIC_COALITION_WORDS.contains(&tokens[k].text(text).to_lowercase().as_str())
                });
            if !(the + 1..n).all(word) || domestic {
                continue;
            }
            let (start, end) = (tokens[the].start, tokens[n].end);
            let named = |e: &Entity| e.mentions.iter().any(|m| m.start < end && start < m.end);
            if entities.iter().any(named) {
                continue;
            }
            let Some(k) = named_last_before(entities, start, |e| collective_fits(noun, e)) else {
                continue;
            };
            add_mention(&mut entities[k], text, start, end, s);
        }
    }
}

/// "Volkswagen ... The U.S. Justice Department has opened an investigation into the company":
/// a bare definite description of a body ("the company", "the firm", "the militants") with no
/// country of its own is the body of its kind the article named last before it (Volkswagen,
/// DEUBUS), as a reader takes it. The kind is the description's role (`BUS`, `REB`, `MED`...),
/// which the named body's code must carry, with a country; a person is never such a body, and
/// state roles are left to the article's home country. A plural description of a company ("the
/// companies") names several and is left alone, while the members of an armed group are named in
/// the plural ("the militants"). "The court" after an international court the article named
/// (the International Court of Justice, `IGOUNOJUD`) is that court.
pub fn refer_definite_descriptions(p: &Parsed, entities: &mut Vec<Entity>) {
    let text = p.doc.text();
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (d, e) in entities.iter().enumerate() {
        // "The judges in The Hague": a court placed only among the international ones (IGOJUD,
        // see `place_country_after`) is the one the article named, as a bare "the court" is.
        let international_court = e.actor.as_ref().is_some_and(|a| a.as_str() == "IGOJUD");
        let Some(actor) = e
            .actor
            .as_ref()
            .filter(|_| e.country.is_none() || international_court)
        else {
            continue;
        };
        let Some(first) = e.mentions.first() else {
            continue;
        };
        let definite = e.roles.first().is_some_and(|r| {
            r.end == first.end
                && normalize(&r.text).to_lowercase().split_whitespace().next() == Some("the")
        });
        let role = if international_court {
            "JUD"
        } else {
            actor.as_str()
        };
        if !e.nominal || e.kind == EntityType::Person || !definite || role.len() != 3 {
            continue;
        }
        // "The International Court of Justice ruled ... The court rejected": a court after an
        // international court the article named is that court, not the home country's.
        if role == "JUD" {
            let international = |a: &Entity| {
                !a.nominal
                    && !std::ptr::eq(a, e)
                    && a.actor.as_ref().is_some_and(|c| {
                        c.as_str().starts_with("IGO") && c.groups().any(|g| g == "JUD")
                    })
            };
            if let Some(k) = named_last_before(entities, first.start, international) {
                moves.push((d, k));
            }
            continue;
        }
        // A bare state role is the home country's (`home::complete_state_roles`): "the army"
        // after a foreign army named in passing is still the country's own.
        if super::home::STATE_ROLES.contains(&role) {
            continue;
        }
        if !MEMBERS_NAMED_IN_PLURAL.contains(&role) && is_plural(p, first) {
            continue;
        }
        let antecedent = named_last_before(entities, first.start, |a| {
            !a.nominal
                && !matches!(a.kind, EntityType::Person | EntityType::Location)
                && a.country.is_some()
                && a.actor
                    .as_ref()
                    .is_some_and(|c| c.groups().skip(1).any(|g| g == role))
        });
        if let Some(k) = antecedent {
            moves.push((d, k));
        }
    }
    for &(d, k) in &moves {
        let mentions = std::mem::take(&mut entities[d].mentions);
        for m in mentions {
            add_mention(&mut entities[k], text, m.start, m.end, m.sentence);
        }
    }
    entities.retain(|e| !e.mentions.is_empty());
}

/// The index of the entity that `fits` whose latest mention ending by byte `at` starts last: the
/// body of that kind the article named last before `at`.
pub(crate) fn named_last_before(
    entities: &[Entity],
    at: usize,
    fits: impl Fn(&Entity) -> bool,
) -> Option<usize> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| fits(e))
        .filter_map(|(k, e)| {
            let last = e
                .mentions
                .iter()
                .filter(|m| m.end <= at)
                .map(|m| m.start)
                .max()?;
            Some((k, last))
        })
        .max_by_key(|&(_, last)| last)
        .map(|(k, _)| k)
}

/// Roles whose bodies a report names by their members in the plural ("the militants", "the
/// rebels" of a named armed group).
const MEMBERS_NAMED_IN_PLURAL: &[&str] = &["REB"];

/// Whether the mention's last word is tagged plural.
fn is_plural(p: &Parsed, m: &Mention) -> bool {
    let tokens = &p.doc.tokens;
    let last = tokens.partition_point(|t| t.end < m.end);
    let Some(sent) = p.doc.sentences.get(m.sentence) else {
        return false;
    };
    p.analyses
        .get(m.sentence)
        .and_then(|a| a.xpos.get(last.checked_sub(sent.tokens.start)?))
        .is_some_and(|x| matches!(*x, "NNS" | "NNPS"))
}

/// Words that end a title's head and open its complement ("governor *of* Beirut").
const TITLE_COMPLEMENTS: &[&str] = &["of", "for", "in", "at", "to"];

/// "Kerry telephoned India's national security adviser, Shivshankar Menon, on Wednesday": a
/// title set before a person's name with a comma is that person. The title's head word (its last
/// word before any complement: "governor" of "The governor of Beirut") becomes a mention of the
/// person, so that a verb whose object the parser heads by the title links the person and not the
/// country that qualifies the title ("India"). A head another entity already names is left alone.
pub fn add_titles_before_names(p: &Parsed, entities: &mut [Entity]) {
    let text = p.doc.text();
    let tokens = &p.doc.tokens;
    let mut added: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (k, e) in entities.iter().enumerate() {
        if e.kind != EntityType::Person {
            continue;
        }
        for r in &e.roles {
            let Some(name) = e.mentions.iter().find(|m| {
                text.get(r.end..m.start)
                    .is_some_and(|gap| gap.trim() == ",")
            }) else {
                continue;
            };
            let first = tokens.partition_point(|t| t.start < r.start);
            let last = tokens.partition_point(|t| t.end <= r.end);
            let title = tokens.get(first..last).unwrap_or(&[]);
            let complement = title
                .iter()
                .position(|t| TITLE_COMPLEMENTS.contains(&t.text(text).to_lowercase().as_str()))
                .unwrap_or(title.len());
            let Some(head) = complement.checked_sub(1).and_then(|h| title.get(h)) else {
                continue;
            };
            let named = entities.iter().any(|other| {
                other
                    .mentions
                    .iter()
                    .any(|m| m.start < head.end && head.start < m.end)
            });
            if !named {
                added.push((k, head.start, head.end, name.sentence));
            }
        }
    }
    for (k, start, end, s) in added {
        add_mention(&mut entities[k], text, start, end, s);
    }
}

/// Adds the text's `start..end` in sentence `s` as a mention of `entity`, keeping its mentions
/// in text order.
fn add_mention(entity: &mut Entity, text: &str, start: usize, end: usize, s: usize) {
    let at = entity.mentions.partition_point(|x| x.start < start);
    entity.mentions.insert(
        at,
        Mention {
            start,
            end,
            text: text[start..end].to_string(),
            sentence: s,
        },
    );
}

fn antecedent(
    entities: &[Entity],
    s: usize,
    offset: usize,
    barred: Option<usize>,
) -> Option<usize> {
    let people = || {
        entities
            .iter()
            .enumerate()
            .filter(move |(k, e)| e.kind == EntityType::Person && Some(*k) != barred)
    };
    // Nearest person before the pronoun in the same sentence.
    let same = people()
        .flat_map(|(k, e)| {
            e.mentions
                .iter()
                .filter(|m| m.sentence == s && m.end <= offset)
                .map(move |m| (k, m.start))
        })
        .max_by_key(|(_, start)| *start);
    if let Some((k, _)) = same {
        return Some(k);
    }
    for back in 1..=2 {
        let Some(prev) = s.checked_sub(back) else {
            break;
        };
        let first = people()
            .flat_map(|(k, e)| {
                e.mentions
                    .iter()
                    .filter(|m| m.sentence == prev)
                    .map(move |m| (k, m.start))
            })
            .min_by_key(|(_, start)| *start);
        if let Some((k, _)) = first {
            return Some(k);
        }
    }
    None
}
