//! Place resolution: which of the places a name may be is meant here.
//!
//! Candidates are ranked by kind (a country name is the country, not a building), population,
//! the countries the article mentions elsewhere, and explicit containment ("Springfield,
//! Illinois", "Japan's Osaka").
//!
//! **Invariant:** only entities of type LOCATION get a `place`; a metonym ("Moscow said") is an
//! actor, not a place.

use super::candidates::Candidate;
use super::cluster::Cluster;
use crate::Parsed;
use crate::record::{Entity, EntityType, Place, PlaceKind};
use newsgraph_kb::{ActorCode, Entry, EntryId, EntryKind, Kb};
use newsgraph_text::Token;
use std::collections::HashMap;

pub fn resolve(
    p: &Parsed,
    kb: &Kb,
    cands: &[Candidate],
    clusters: &[Cluster],
    entities: &mut [Entity],
) {
    let date = p.published();
    // Countries the article names: they make their own cities more likely. A country named
    // outright, by its people or by a role's words weighs most; one the article only points to
    // through a region, site or building of its own ("the Gaza Strip", "the Kerem Shalom
    // crossing", "the Kremlin") weighs half as much. Organisations and people do not count:
    // American officials in a story do not move Geneva to Illinois.
    let mut mentioned: Mentioned = HashMap::new();
    for c in cands {
        for id in c.kb.iter().take(1) {
            let e = kb.entry(*id);
            let Some(iso) = &e.country else { continue };
            let weight = match e.kind {
                EntryKind::Country | EntryKind::Demonym => NAMED_COUNTRY,
                EntryKind::Metonym | EntryKind::Region | EntryKind::Site => NAMED_COUNTRY / 2.0,
                _ => continue,
            };
            let w = mentioned.entry(iso.clone()).or_default();
            *w = w.max(weight);
        }
        // A role counts when its own words name its country ("Israeli troops"); one that took
        // the first reading of a place after it ("the soldier in Gaza": Mozambique's province)
        // would vote for the very reading in question.
        for r in &c.roles {
            let words = p.doc.text().get(r.start..r.end).unwrap_or_default();
            if let Some(iso) = &r.country
                && super::home::names_a_country(kb, date.unwrap_or_default(), words)
            {
                mentioned.insert(iso.clone(), NAMED_COUNTRY);
            }
        }
    }
    // Filled on the first admin-1 option: a scan of the knowledge base, not needed by most
    // articles.
    let mut country_sizes: Option<HashMap<String, u64>> = None;
    for (cluster, entity) in clusters.iter().zip(entities.iter_mut()) {
        if entity.kind != EntityType::Location {
            continue;
        }
        let members: Vec<&Candidate> = cluster.members.iter().map(|&i| &cands[i]).collect();
        let mut options: Vec<EntryId> = members
            .iter()
            .flat_map(|c| c.kb.iter().copied())
            .filter(|id| kb.entry(*id).kind.is_place())
            .collect();
        options.sort();
        options.dedup();
        let hints: Vec<String> = members
            .iter()
            .filter_map(|c| containment_hint(p, kb, c))
            .collect();
        if country_sizes.is_none()
            && options
                .iter()
                .any(|id| kb.entry(*id).kind == EntryKind::Admin1)
        {
            country_sizes = Some(country_populations(kb));
        }
        let sizes = country_sizes.as_ref();
        let said: Vec<String> = entity
            .mentions
            .iter()
            .map(|m| newsgraph_text::normalize(&m.text).to_lowercase())
            .collect();
        let rank = |id: &EntryId| {
            let e = kb.entry(*id);
            let by_name = said.iter().any(|n| *n == e.name.to_lowercase());
            // A large capital named by its own name is the capital: "a nuclear deal in Vienna"
            // in a story that names the United States is not Vienna, Virginia, whose country
            // the article has. The bonus equals the article's; a namesake the text puts in its
            // country still wins, and an old or local name (Hong Kong's "Victoria") or a small
            // capital (the Seychelles' Victoria, beside Australia's state) earns none.
            let capital = if by_name
                && e.capital_of().is_some()
                && e.place
                    .as_ref()
                    .and_then(|pl| pl.population)
                    .is_some_and(|n| n >= LARGE_CAPITAL)
            {
                2.0
            } else {
                0.0
            };
            score(e, &mentioned, &hints, sizes) + if by_name { 0.5 } else { 0.0 } + capital
        };
        let best = options
            .into_iter()
            .max_by(|a, b| rank(a).total_cmp(&rank(b)).then(b.cmp(a)));
        // "the English city of Salisbury", "Springfield, Illinois": a place the text puts in
        // the country (or province) of the reading chosen is a place, however small.
        let contained = best.is_some_and(|id| is_contained(kb.entry(id), &hints));
        // "the central village of Moura" in a story about Mali: a name the words call a place,
        // whose only readings are small towns of countries the article never names (Moura,
        // Portugal), is a place the gazetteer lacks; the article's own country is likelier.
        let doubted = best.filter(|&id| {
            let e = kb.entry(id);
            let small = matches!(e.kind, EntryKind::City | EntryKind::Admin2)
                && e.place
                    .as_ref()
                    .and_then(|pl| pl.population)
                    .is_none_or(|n| n < 50_000);
            let named_country = e
                .country
                .as_ref()
                .is_some_and(|c| mentioned.contains_key(c));
            contained || named_country || !small || !members.iter().any(|c| c.place_cue)
        });
        if best.is_some() && doubted.is_none() {
            // The namesake's country and code came with its knowledge-base entry.
            entity.country = None;
            entity.actor = None;
            entity.kb_id = None;
        }
        let best = doubted;
        if !contained && !place_evidence(p, kb, &members, best) {
            // "their child, Gloria. Gloria developed eczema": a lone word that is only a small
            // town's name and a first name the knowledge base's people have is the person.
            let text = p.doc.text();
            let first_name = members.iter().all(|c| {
                c.tokens.len() == 1
                    && super::name_kind::is_first_name(
                        kb,
                        &p.doc.tokens[c.tokens.start].text(text).to_lowercase(),
                        &c.kb,
                    )
            });
            entity.kind = if first_name {
                EntityType::Person
            } else {
                EntityType::Misc
            };
            if first_name && let Some(m) = entity.mentions.first() {
                entity.name = m.text.clone();
                entity.aliases.clear();
            }
            entity.actor = None;
            entity.country = None;
            entity.kb_id = None;
            continue;
        }
        let Some(id) = best else {
            if entity.country.is_none() {
                entity.country = members
                    .iter()
                    .find_map(|c| containing_country(p, kb, c, &mentioned))
                    .or_else(|| {
                        members
                            .iter()
                            .find_map(|c| named_after_country(p, kb, c, &mentioned, sizes))
                    });
            }
            continue;
        };
        let e = kb.entry(id);
        entity.place = Some(Place {
            geonames_id: e.place.as_ref().and_then(|pl| pl.geonames_id),
            kind: place_kind(e.kind),
            country: e.country.clone(),
            admin1: e.place.as_ref().and_then(|pl| pl.admin1.clone()),
            lat: e.place.as_ref().and_then(|pl| pl.lat),
            lon: e.place.as_ref().and_then(|pl| pl.lon),
        });
        // The place's own name: the first candidate the entity was named after may have been
        // another place of that name (Moscow Oblast for Moscow).
        if entity.name != e.name {
            let old = std::mem::replace(&mut entity.name, e.name.clone());
            entity.aliases.retain(|a| *a != e.name);
            if !entity.aliases.contains(&old) && entity.mentions.iter().any(|m| m.text == old) {
                entity.aliases.push(old);
            }
        }
        entity.country = e.country.clone().or(entity.country.take());
        entity.kb_id = Some(format!("{}:{}", e.kind, e.name));
        entity.actor = date.and_then(|d| kb.actor_at(id, d)).or_else(|| {
            e.country
                .as_deref()
                .and_then(|c| newsgraph_kb::ActorCode::new(c).ok())
        });
    }
}

/// The countries an article names, each with the weight it adds to a place of that country
/// (see [`resolve`]).
type Mentioned = HashMap<String, f64>;

/// The weight of a country the article names outright.
const NAMED_COUNTRY: f64 = 2.0;

/// Words between a role and the place that places it ("militants *in* Gaza", "the governor *of
/// the* province").
const PLACING_WORDS: &[&str] = &[" in ", " of ", " in the ", " of the "];

/// "militants in Gaza fired two rockets": a role placed by the place named after it took the
/// country of that name's first gazetteer reading (Gaza province, Mozambique) before places were
/// resolved; once the place itself is resolved (the Gaza Strip, PSE), the role follows it. Only a
/// role whose country is one of the place name's readings and whose own words name no country
/// ("Israeli troops in Gaza" stay Israel's).
pub fn roles_follow_resolved_places(p: &Parsed, kb: &Kb, entities: &mut [Entity]) {
    let text = p.doc.text();
    let date = p.published().unwrap_or_default();
    let places: Vec<(usize, String, String)> = entities
        .iter()
        .filter(|e| e.kind == EntityType::Location && e.place.is_some())
        .filter_map(|e| Some((e, e.country.clone()?)))
        .flat_map(|(e, c)| {
            e.mentions
                .iter()
                .map(move |m| (m.start, m.text.clone(), c.clone()))
        })
        .collect();
    for e in entities.iter_mut() {
        if e.kind == EntityType::Location {
            continue;
        }
        let (Some(old), Some(actor)) = (e.country.clone(), e.actor.clone()) else {
            continue;
        };
        let Some(rest) = actor.as_str().strip_prefix(old.as_str()) else {
            continue;
        };
        let placed = e.roles.iter().find_map(|r| {
            if super::home::names_a_country(kb, date, &r.text) {
                return None;
            }
            places.iter().find_map(|(start, name, country)| {
                let gap = text.get(r.end..*start)?.to_lowercase();
                let read_as_old = kb
                    .lookup(name, date)
                    .iter()
                    .any(|x| x.entry.country.as_deref() == Some(old.as_str()));
                (*country != old && PLACING_WORDS.contains(&gap.as_str()) && read_as_old)
                    .then(|| country.clone())
            })
        });
        let Some(country) = placed else { continue };
        let Ok(coded) = ActorCode::new(&format!("{country}{rest}")) else {
            continue;
        };
        for r in e
            .roles
            .iter_mut()
            .filter(|r| r.code.as_deref() == Some(actor.as_str()))
        {
            r.code = Some(coded.to_string());
        }
        e.actor = Some(coded);
        e.country = Some(country);
    }
}

/// The population from which a capital named alone outranks the namesakes of the countries an
/// article names (Athens and Vienna, not the Seychelles' Victoria).
const LARGE_CAPITAL: u64 = 500_000;

/// What shows a tagged place is one: a name of two words or more, a sizeable place of that name
/// (a country, a province, a town of 50,000 or more), or a preposition of place before it ("in
/// Clearwater"). A lone word the tagger called a place that is none of these is most often
/// something else ("Gloria developed eczema": a baby, and a village in Brazil; "aboard the
/// Freewinds": a ship), and is left untyped (MISC) rather than put on the map.
///
/// The words around a name that call it a place ("the district of Gorkha", "Hrabove, a village
/// in the Donetsk region": [`Candidate::place_cue`]) are evidence too, however small the place.
///
/// Whatever its size, a lone word of direction every mention of which is an adjective modifying a
/// common noun is no place ("Western governments": Fiji's Western Division; "Northern leaders").
/// Other such words may be places the tagger calls adjectives ("the Lakshadweep islands").
fn place_evidence(p: &Parsed, kb: &Kb, members: &[&Candidate], best: Option<EntryId>) -> bool {
    if !p.analysed {
        return true;
    }
    let adjective = |c: &Candidate| {
        let Some(sent) = p.doc.sentences.get(c.sentence) else {
            return false;
        };
        let a = &p.analyses[c.sentence];
        let j = c.tokens.start.wrapping_sub(sent.tokens.start);
        // The noun it modifies is a common one: "Arctic Circle" is a name of two words.
        let common_head = a.heads.get(j).is_some_and(|&h| {
            h > 0
                && p.doc
                    .tokens
                    .get(sent.tokens.start + h - 1)
                    .is_some_and(|t| t.text(p.doc.text()).starts_with(char::is_lowercase))
        });
        let word = p.doc.tokens[c.tokens.start]
            .text(p.doc.text())
            .to_lowercase();
        c.tokens.len() == 1
            && DIRECTIONS.contains(&word.as_str())
            && a.upos.get(j) == Some(&"ADJ")
            && a.deprels.get(j) == Some(&"amod")
            && common_head
            // A country's or people's word is the country's ("Kosovar police"), never dropped.
            && !c.kb.iter().any(|id| {
                matches!(kb.entry(*id).kind, EntryKind::Country | EntryKind::Demonym)
            })
    };
    if !members.is_empty() && members.iter().all(|c| adjective(c)) {
        return false;
    }
    let sizeable = best.is_some_and(|id| {
        let e = kb.entry(id);
        matches!(
            e.kind,
            EntryKind::Country | EntryKind::Admin1 | EntryKind::Region | EntryKind::Site
        ) || e
            .place
            .as_ref()
            .and_then(|pl| pl.population)
            .is_some_and(|n| n >= 50_000)
    });
    // "the worst-hit district of Gorkha": the words around it said it is a place.
    if sizeable || members.iter().any(|c| c.place_cue) {
        return true;
    }
    let text = p.doc.text();
    members.iter().any(|c| {
        let (start, end) = (
            p.doc.tokens[c.tokens.start].start,
            p.doc.tokens[c.tokens.end - 1].end,
        );
        if text[start..end].split_whitespace().count() >= 2 {
            return true;
        }
        let Some(sent) = p.doc.sentences.get(c.sentence) else {
            return true;
        };
        let a = &p.analyses[c.sentence];
        let last = c.tokens.end - 1 - sent.tokens.start;
        (0..a.heads.len()).any(|j| {
            a.heads[j] == last + 1
                && a.deprels.get(j) == Some(&"case")
                && p.doc.tokens.get(sent.tokens.start + j).is_some_and(|t| {
                    super::candidates::LOCATIVE.contains(&t.text(text).to_lowercase().as_str())
                })
        })
    })
}

/// Words of direction that name provinces in the gazetteer (Western, Central, Northern ...).
pub(super) const DIRECTIONS: &[&str] = &[
    "western",
    "eastern",
    "northern",
    "southern",
    "central",
    "northwestern",
    "northeastern",
    "southwestern",
    "southeastern",
];

fn place_kind(k: EntryKind) -> PlaceKind {
    match k {
        EntryKind::Country => PlaceKind::Country,
        EntryKind::Admin1 => PlaceKind::Admin1,
        EntryKind::Admin2 => PlaceKind::Admin2,
        EntryKind::City => PlaceKind::City,
        EntryKind::Region => PlaceKind::Region,
        _ => PlaceKind::Other,
    }
}

/// Population of each country (ISO3), from the knowledge base's country entries.
fn country_populations(kb: &Kb) -> HashMap<String, u64> {
    kb.entries()
        .iter()
        .filter(|e| e.kind == EntryKind::Country)
        .filter_map(|e| {
            let n = e.place.as_ref()?.population?;
            Some((e.country.clone()?, n))
        })
        .collect()
}

/// How many people a place holds, for ranking. The gazetteer gives no population for provinces
/// and states, which left "Florida" the US state behind Floridablanca in Colombia (267,000,
/// also called Florida): a province counts as a twentieth of its country, so the states of a large
/// country outrank its towns and the same-named provinces of small ones.
fn population(e: &Entry, sizes: Option<&HashMap<String, u64>>) -> Option<u64> {
    let own = e.place.as_ref().and_then(|p| p.population);
    if own.is_some() || e.kind != EntryKind::Admin1 {
        return own;
    }
    sizes?.get(e.country.as_deref()?).map(|n| n / 20)
}

fn score(
    e: &Entry,
    mentioned: &Mentioned,
    hints: &[String],
    sizes: Option<&HashMap<String, u64>>,
) -> f64 {
    let kind = match e.kind {
        EntryKind::Country => 6.0,
        // A world region or sea is what news means by its name, over a province that shares it
        // ("the Sahel", Burkina Faso's Sahel Region; "the Red Sea", Egypt's governorate).
        EntryKind::Region if e.country.is_none() => 5.0,
        EntryKind::Region => 3.0,
        // A notable site is what news means by its name, over a town of that name the gazetteer
        // holds elsewhere; a large town of the name still wins by its population.
        EntryKind::Site => 3.0,
        // A city and its own province share a name (Moscow, Osaka): news means the city.
        EntryKind::City => 1.5,
        EntryKind::Admin1 => 1.0,
        _ => 0.0,
    };
    let population = population(e, sizes).map_or(0.0, |n| (n as f64 + 1.0).log10() / 2.0);
    let country = e.country.as_deref().unwrap_or("");
    let in_article = mentioned.get(country).copied().unwrap_or(0.0);
    // What the text says outright outweighs a capital and the countries the article names
    // ("Police in Vienna, Virginia": the town, though Austria's capital shares its name).
    let contained = if is_contained(e, hints) { 6.0 } else { 0.0 };
    kind + population + in_article + contained + f64::from(e.prior)
}

/// Whether the text puts this reading in one of `hints` (a country's ISO3, or an admin-1 code
/// with its country, `AUS:05`, from [`containment_hint`]).
fn is_contained(e: &Entry, hints: &[String]) -> bool {
    let country = e.country.as_deref().unwrap_or("");
    hints.iter().any(|h| {
        country == h.as_str()
            || e.place
                .as_ref()
                .and_then(|pl| pl.admin1.as_deref())
                .is_some_and(|a| {
                    h.strip_prefix(country).and_then(|r| r.strip_prefix(':')) == Some(a)
                })
    })
}

/// "Springfield, Illinois" / "Osaka, Japan" / "Japan's Osaka": the country (ISO3) or admin-1
/// code the text puts this place in.
fn containment_hint(p: &Parsed, kb: &Kb, c: &Candidate) -> Option<String> {
    containing(p, kb, c).and_then(|ids| region_code(kb, &ids))
}

/// The country of the place the text puts the mention in ("Cape Canaveral, Florida": USA), for
/// a place the gazetteer does not have.
fn containing_country(p: &Parsed, kb: &Kb, c: &Candidate, mentioned: &Mentioned) -> Option<String> {
    let ids = containing(p, kb, c)?;
    // "Florida" is also a province of Uruguay and of Puerto Rico: the reading the place
    // ranking prefers (a province by its country's size, the countries the article names) wins.
    let sizes = country_populations(kb);
    ids.iter()
        .map(|id| kb.entry(*id))
        .filter(|e| {
            matches!(
                e.kind,
                EntryKind::Country | EntryKind::Demonym | EntryKind::Admin1
            )
        })
        .max_by(|a, b| {
            score(a, mentioned, &[], Some(&sizes)).total_cmp(&score(
                b,
                mentioned,
                &[],
                Some(&sizes),
            ))
        })
        .and_then(|e| e.country.clone())
}

/// Last words of a facility or a part of a town named after the town ("Seoul Station",
/// "Baghdad International Airport", "Tokyo Bay").
const NAMED_AFTER_HEADS: &[&str] = &[
    "station", "airport", "port", "harbour", "harbor", "stadium", "bridge", "square", "street",
    "avenue", "district", "bay", "market",
];

/// The country of a place the gazetteer lacks that is named after a sizeable town, province or
/// country it knows ("Seoul Station", "Baghdad International Airport"): the name opens with that
/// place and ends with a facility's last word. Without it, the article's country stood in
/// ("Seoul Station" in a story from Singapore was Singapore's).
fn named_after_country(
    p: &Parsed,
    kb: &Kb,
    c: &Candidate,
    mentioned: &Mentioned,
    sizes: Option<&HashMap<String, u64>>,
) -> Option<String> {
    let toks = &p.doc.tokens[c.tokens.clone()];
    let text = p.doc.text();
    let last = toks.last()?.text(text).to_lowercase();
    if toks.len() < 2 || !NAMED_AFTER_HEADS.contains(&last.as_str()) {
        return None;
    }
    let town = kb
        .find(text, &toks[..toks.len() - 1])
        .into_iter()
        .filter(|m| m.tokens.start == 0)
        .max_by_key(|m| m.tokens.len())?;
    town.candidates
        .iter()
        .map(|id| kb.entry(*id))
        .filter(|e| match e.kind {
            EntryKind::Country | EntryKind::Admin1 => true,
            EntryKind::City => e
                .place
                .as_ref()
                .and_then(|pl| pl.population)
                .is_some_and(|n| n >= 100_000),
            _ => false,
        })
        .max_by(|a, b| score(a, mentioned, &[], sizes).total_cmp(&score(b, mentioned, &[], sizes)))
        .and_then(|e| e.country.clone())
}

/// The candidates of the longest place name that opens `words` (", South Australia" is not a
/// place called "South").
fn place_opening(kb: &Kb, text: &str, words: &[Token]) -> Option<Vec<EntryId>> {
    kb.find(text, words)
        .into_iter()
        .filter(|m| {
            m.tokens.start == 0 && m.candidates.iter().any(|id| kb.entry(*id).kind.is_place())
        })
        .max_by_key(|m| m.tokens.len())
        .map(|m| m.candidates)
}

/// The knowledge-base candidates of the place the text puts the mention in: ", Japan" or
/// ", Illinois" after it, "Japan's" or "the Japanese city of" before it.
fn containing(p: &Parsed, kb: &Kb, c: &Candidate) -> Option<Vec<EntryId>> {
    let text = p.doc.text();
    let toks = &p.doc.tokens;
    let sent = &p.doc.sentences[c.sentence];
    // A place may end the document: past its last token there is no word.
    let word = |i: usize| toks.get(i).map_or("", |t| t.text(text));
    // After: ", Japan" / ", Illinois".
    if c.tokens.end + 1 < sent.tokens.end && word(c.tokens.end) == "," {
        let rest = &toks[c.tokens.end + 1..sent.tokens.end];
        // Only a place there contains it: "Salisbury, police said" goes on to the words before.
        if let Some(found) = place_opening(kb, text, rest) {
            return Some(found);
        }
    }
    // After: "Hrabove, a village in the Donetsk region": the place the apposition puts it in.
    if word(c.tokens.end) == ","
        && c.tokens.end + 2 < sent.tokens.end
        && matches!(word(c.tokens.end + 1).to_lowercase().as_str(), "a" | "an")
        && let Some(k) = (c.tokens.end + 2..sent.tokens.end.min(c.tokens.end + 5)).find(|&k| {
            super::name_kind::APPOSITION_PLACE_NOUNS.contains(&word(k).to_lowercase().as_str())
                && k + 1 < sent.tokens.end
                && matches!(word(k + 1), "in" | "of" | "near" | "outside")
        })
    {
        let mut from = k + 2;
        if from < sent.tokens.end && word(from).eq_ignore_ascii_case("the") {
            from += 1;
        }
        if let Some(found) = place_opening(kb, text, &toks[from..sent.tokens.end]) {
            return Some(found);
        }
    }
    // Before: "Japan's Osaka".
    if c.tokens.start >= sent.tokens.start + 2
        && matches!(
            newsgraph_text::normalize(word(c.tokens.start - 1)).as_ref(),
            "'s" | "'"
        )
        && let Some(ids) = name_ending_at(p, kb, c.sentence, c.tokens.start - 1, |_| true)
    {
        return Some(ids);
    }
    // Before: "the English city of Salisbury", "the southern Ukrainian town of Bakhmut".
    const UNITS: &[&str] = &[
        "city", "town", "village", "port", "capital", "district", "province", "region", "island",
        "county",
    ];
    let people = |e: &Entry| matches!(e.kind, EntryKind::Country | EntryKind::Demonym);
    if c.tokens.start >= sent.tokens.start + 3
        && word(c.tokens.start - 1) == "of"
        && UNITS.contains(&word(c.tokens.start - 2).to_lowercase().as_str())
        && let Some(ids) = name_ending_at(p, kb, c.sentence, c.tokens.start - 2, people)
    {
        return Some(ids);
    }
    None
}

/// The candidates of the longest knowledge-base name in sentence `sentence` that ends right
/// before token `end` (a document token index) and has an entry `accept` takes.
fn name_ending_at(
    p: &Parsed,
    kb: &Kb,
    sentence: usize,
    end: usize,
    accept: impl Fn(&Entry) -> bool,
) -> Option<Vec<EntryId>> {
    let start = p.doc.sentences[sentence].tokens.start;
    let before = &p.doc.tokens[start..end];
    kb.find(p.doc.text(), before)
        .into_iter()
        .filter(|m| m.tokens.end == before.len())
        .filter(|m| m.candidates.iter().any(|id| accept(kb.entry(*id))))
        .max_by_key(|m| m.tokens.len())
        .map(|m| m.candidates)
}

fn region_code(kb: &Kb, ids: &[EntryId]) -> Option<String> {
    ids.iter()
        .map(|id| kb.entry(*id))
        .find_map(|e| match e.kind {
            EntryKind::Country | EntryKind::Demonym => e.country.clone(),
            // Admin-1 codes repeat from country to country ("05" is South Australia and a
            // district of Hong Kong): a hint names both.
            EntryKind::Admin1 => {
                let admin1 = e.place.as_ref()?.admin1.as_deref()?;
                Some(format!("{}:{admin1}", e.country.as_deref()?))
            }
            _ => None,
        })
}
