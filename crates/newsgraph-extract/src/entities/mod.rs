//! Entities: who and where the article is about.
//!
//! Mentions come from three sources: the named-entity tagger's spans, knowledge-base names (an
//! automaton over normalised tokens, [`Kb::find`]) and role patterns (a title before a name,
//! an apposition after it, a described actor such as "a senior State Department official").
//! Mentions are clustered within the article (full name, surname, the same knowledge-base entry,
//! conservatively he/she), then each entity gets its actor code at the article date: a role stated
//! in the article beats the knowledge base, and places are resolved to coordinates.
//!
//! **Invariant:** an entity is only coded with what the text or the knowledge base supports; where
//! neither says, `actor` and `country` stay empty.

mod actors;
mod affiliation;
mod candidates;
mod cluster;
mod home;
mod name_kind;
mod places;
mod standing;
#[cfg(test)]
mod tests;

use crate::Parsed;
use crate::record::Entity;
use newsgraph_kb::Kb;

pub use candidates::Candidate;
pub(crate) use candidates::qualifier_before;
pub(crate) use cluster::named_last_before;
pub use home::HOME_COUNTRY_ROLE;
pub(crate) use home::is_state_country;

/// Finds, clusters and codes the entities of an article.
pub fn find(p: &Parsed, kb: Option<&Kb>) -> Vec<Entity> {
    let empty = Kb::new();
    let kb = kb.unwrap_or(&empty);
    let date = p.published();
    let mut candidates = candidates::collect(p, kb);
    cluster::retype_name_parts(p, kb, &mut candidates);
    cluster::apply_defined_acronyms(p, &mut candidates);
    let clusters = cluster::cluster(p, &candidates);
    let mut entities: Vec<Entity> = clusters
        .iter()
        .filter_map(|c| actors::build_entity(p, kb, date, &candidates, c))
        .collect();
    places::resolve(p, kb, &candidates, &clusters, &mut entities);
    places::roles_follow_resolved_places(p, kb, &mut entities);
    home::complete_from_names(p, kb, &mut entities);
    cluster::refer_definite_descriptions(p, &mut entities);
    home::complete_state_roles(p, &mut entities);
    cluster::add_pronouns(p, &mut entities);
    cluster::add_state_pronouns(p, &mut entities);
    home::complete_from_possessors(p, &mut entities);
    home::complete_named_actors(p, &mut entities);
    home::rehome_namesake_bodies(p, kb, &mut entities);
    cluster::add_collective_references(p, &mut entities);
    home::roles_of_their_owners(p, &mut entities);
    cluster::add_titles_before_names(p, &mut entities);
    affiliation::code_by_affiliation(p, &mut entities);
    standing::former_officials_in_opposition(p, &mut entities);
    standing::parties_in_and_out_of_power(p, &mut entities);
    standing::protests_against_foreign_states(p, kb, &mut entities);
    standing::private_people_are_civilians(&mut entities);
    standing::native_peoples_of_latin_america(p, &mut entities);
    entities.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.start));
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = format!("E{}", i + 1);
    }
    entities
}

/// The entity whose mention covers the byte range `[start, end)` best (the smallest mention
/// that contains it, else the largest overlap). Used by quotes and events to link spans.
pub fn entity_at(entities: &[Entity], start: usize, end: usize) -> Option<&Entity> {
    let mut best: Option<(&Entity, usize)> = None;
    for e in entities {
        for m in &e.mentions {
            let overlap = end.min(m.end).saturating_sub(start.max(m.start));
            if overlap == 0 {
                continue;
            }
            let contains = m.start <= start && end <= m.end;
            let score = if contains {
                usize::MAX - (m.end - m.start)
            } else {
                overlap
            };
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((e, score));
            }
        }
    }
    best.map(|(e, _)| e)
}
