//! Scoring extracted quotations against hand-annotated ones: the share found, the share with the
//! right speaker, precision, and actor codes. Shared by `newsgraph eval quotes` (held-out set) and
//! the GUM development figures, so that both are measured the same way.
//!
//! **Invariant:** scoring is a plain function of one article's gold quotations, its extracted
//! quotes and its entities; reading gold files is the caller's job. Where the gold names the
//! entity meant, a pronoun speaker counts as right only when it is linked to that entity: "he"
//! left unresolved is not a speaker.

use super::attribution::PRONOUNS;
use crate::record::{Entity, Quote};

/// Who a gold quotation is by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoldSpeaker {
    /// The text names no one (a sign, a banner): the right answer is no speaker.
    Nobody,
    /// Phrases that name the speaker correctly as written ("the official", "Stoltenberg"), and the
    /// canonical name of the entity meant, which a pronoun must resolve to.
    Named {
        phrases: Vec<String>,
        entity: Option<String>,
    },
}

/// One annotated quoted stretch, located in the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldQuote {
    pub start: usize,
    pub end: usize,
    /// `None` for scare quotes and quoted terms: not quotations, and extracting them is an error.
    pub speaker: Option<GoldSpeaker>,
    /// The actor code the article makes certain, as text (`USAGOV`).
    pub actor: Option<String>,
}

/// What went wrong with one quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    Missed,
    WrongSpeaker,
    /// An extracted quote that overlaps no gold quotation.
    FalseQuote,
    /// An extracted quote that overlaps scare quotes.
    ScareQuote,
    WrongActor,
}

/// One error, with what a reader needs to find it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreError {
    pub kind: ErrorKind,
    /// Byte offset of the quotation in the article text.
    pub start: usize,
    pub want: String,
    pub got: String,
}

/// Counts over one or more articles; [`Tally::add`] sums them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Gold quotations (scare quotes excluded).
    pub gold: usize,
    pub found: usize,
    pub right_speaker: usize,
    pub extracted: usize,
    /// Extracted quotes that overlap a gold quotation.
    pub extracted_on_gold: usize,
    /// Found gold quotations with an actor code, and those whose speaker carries it.
    pub with_actor: usize,
    pub right_actor: usize,
}

impl Tally {
    pub fn add(&mut self, other: &Tally) {
        self.gold += other.gold;
        self.found += other.found;
        self.right_speaker += other.right_speaker;
        self.extracted += other.extracted;
        self.extracted_on_gold += other.extracted_on_gold;
        self.with_actor += other.with_actor;
        self.right_actor += other.right_actor;
    }
    pub fn found_pct(&self) -> f64 {
        pct(self.found, self.gold)
    }
    pub fn right_speaker_pct(&self) -> f64 {
        pct(self.right_speaker, self.gold)
    }
    pub fn precision_pct(&self) -> f64 {
        pct(self.extracted_on_gold, self.extracted)
    }
    pub fn actor_pct(&self) -> f64 {
        pct(self.right_actor, self.with_actor)
    }
}

fn pct(n: usize, d: usize) -> f64 {
    100.0 * n as f64 / d.max(1) as f64
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Scores one article.
pub fn score(
    gold: &[GoldQuote],
    quotes: &[Quote],
    entities: &[Entity],
) -> (Tally, Vec<ScoreError>) {
    let mut t = Tally {
        extracted: quotes.len(),
        ..Tally::default()
    };
    let mut errors = Vec::new();
    for q in quotes {
        let on = |g: &&GoldQuote| overlaps((g.start, g.end), (q.start, q.end));
        let hits: Vec<&GoldQuote> = gold.iter().filter(on).collect();
        if hits.iter().any(|g| g.speaker.is_some()) {
            t.extracted_on_gold += 1;
        } else {
            errors.push(ScoreError {
                kind: if hits.is_empty() {
                    ErrorKind::FalseQuote
                } else {
                    ErrorKind::ScareQuote
                },
                start: q.start,
                want: String::new(),
                got: q.text.clone(),
            });
        }
    }
    for g in gold {
        let Some(want) = &g.speaker else { continue };
        t.gold += 1;
        let Some(q) = quotes
            .iter()
            .find(|q| overlaps((g.start, g.end), (q.start, q.end)))
        else {
            errors.push(ScoreError {
                kind: ErrorKind::Missed,
                start: g.start,
                want: describe(want),
                got: String::new(),
            });
            continue;
        };
        t.found += 1;
        if speaker_right(want, q, entities) {
            t.right_speaker += 1;
        } else {
            errors.push(ScoreError {
                kind: ErrorKind::WrongSpeaker,
                start: g.start,
                want: describe(want),
                got: got(q, entities),
            });
        }
        if let Some(actor) = &g.actor {
            t.with_actor += 1;
            let predicted = q
                .speaker
                .as_ref()
                .and_then(|s| s.actor.as_ref())
                .map(|a| a.as_str().to_string());
            if predicted.as_deref() == Some(actor.as_str()) {
                t.right_actor += 1;
            } else {
                errors.push(ScoreError {
                    kind: ErrorKind::WrongActor,
                    start: g.start,
                    want: actor.clone(),
                    got: predicted.unwrap_or_else(|| "none".into()),
                });
            }
        }
    }
    (t, errors)
}

/// Whether a phrase names the wanted speaker: equal to a wanted phrase, or ending with it
/// ("Secretary-General António Guterres" for "António Guterres"), letter case ignored.
fn names(phrase: &str, wanted: &str) -> bool {
    let (p, w) = (phrase.to_lowercase(), wanted.to_lowercase());
    !w.is_empty() && (p == w || p.ends_with(&format!(" {w}")))
}

fn speaker_right(want: &GoldSpeaker, q: &Quote, entities: &[Entity]) -> bool {
    let (phrases, entity, s) = match (want, &q.speaker) {
        (GoldSpeaker::Nobody, got) => return got.is_none(),
        (GoldSpeaker::Named { .. }, None) => return false,
        (GoldSpeaker::Named { phrases, entity }, Some(s)) => (phrases, entity, s),
    };
    let linked = s
        .entity
        .as_ref()
        .and_then(|id| entities.iter().find(|e| &e.id == id));
    let linked_right = match (linked, entity) {
        (Some(e), Some(wanted)) => std::iter::once(&e.name)
            .chain(e.aliases.iter())
            .any(|n| names(n, wanted) || names(wanted, n)),
        _ => false,
    };
    // Where the gold names the entity meant, a pronoun must be resolved to it; a set annotated
    // with phrases only (GUM) can ask for no more than the pronoun.
    if entity.is_some() && PRONOUNS.contains(&s.text.to_lowercase().as_str()) {
        return linked_right;
    }
    linked_right
        || phrases
            .iter()
            .chain(entity.iter())
            .any(|w| names(&s.text, w))
}

fn describe(want: &GoldSpeaker) -> String {
    match want {
        GoldSpeaker::Nobody => "no speaker".into(),
        GoldSpeaker::Named { phrases, entity } => {
            let mut out = phrases.join(" | ");
            if let Some(e) = entity {
                out.push_str(&format!(" = {e}"));
            }
            out
        }
    }
}

fn got(q: &Quote, entities: &[Entity]) -> String {
    match &q.speaker {
        None => "no speaker".into(),
        Some(s) => {
            let linked = s
                .entity
                .as_ref()
                .and_then(|id| entities.iter().find(|e| &e.id == id))
                .map_or(String::new(), |e| format!(" = {}", e.name));
            format!("{}{linked}", s.text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{EntityType, Mention, Speaker};

    fn quote(start: usize, end: usize, speaker: Option<(&str, Option<&str>)>) -> Quote {
        Quote {
            text: "words".into(),
            start,
            end,
            sentence: 0,
            speaker: speaker.map(|(text, entity)| Speaker {
                text: text.into(),
                start: 0,
                end: 0,
                entity: entity.map(str::to_string),
                actor: None,
            }),
            cue: None,
        }
    }

    fn biden() -> Entity {
        Entity {
            id: "E1".into(),
            kind: EntityType::Person,
            name: "Joe Biden".into(),
            aliases: vec!["Biden".into()],
            roles: vec![],
            actor: None,
            country: None,
            kb_id: None,
            mentions: vec![Mention {
                start: 0,
                end: 5,
                text: "Biden".into(),
                sentence: 0,
            }],
            place: None,
            nominal: false,
        }
    }

    fn named(phrase: &str, entity: Option<&str>) -> Option<GoldSpeaker> {
        Some(GoldSpeaker::Named {
            phrases: vec![phrase.into()],
            entity: entity.map(str::to_string),
        })
    }

    #[test]
    fn a_pronoun_is_right_only_when_linked_to_the_entity_meant() {
        let gold = [GoldQuote {
            start: 10,
            end: 20,
            speaker: named("he", Some("Joe Biden")),
            actor: None,
        }];
        let linked = [quote(10, 20, Some(("he", Some("E1"))))];
        assert_eq!(score(&gold, &linked, &[biden()]).0.right_speaker, 1);
        let unlinked = [quote(10, 20, Some(("he", None)))];
        assert_eq!(score(&gold, &unlinked, &[biden()]).0.right_speaker, 0);
    }

    #[test]
    fn a_longer_phrase_ending_in_the_name_is_right_and_another_name_is_not() {
        let gold = [GoldQuote {
            start: 10,
            end: 20,
            speaker: named("Guterres", Some("António Guterres")),
            actor: None,
        }];
        let titled = [quote(
            10,
            20,
            Some(("Secretary-General António Guterres", None)),
        )];
        assert_eq!(score(&gold, &titled, &[]).0.right_speaker, 1);
        let other = [quote(10, 20, Some(("Guterres's spokesman", None)))];
        assert_eq!(score(&gold, &other, &[]).0.right_speaker, 0);
    }

    #[test]
    fn scare_quotes_count_against_precision_and_not_as_gold() {
        let gold = [GoldQuote {
            start: 0,
            end: 5,
            speaker: None,
            actor: None,
        }];
        let (t, errors) = score(&gold, &[quote(0, 5, None)], &[]);
        assert_eq!((t.gold, t.extracted, t.extracted_on_gold), (0, 1, 0));
        assert_eq!(errors[0].kind, ErrorKind::ScareQuote);
    }

    #[test]
    fn no_speaker_is_right_only_for_a_quotation_nobody_is_named_for() {
        let gold = [GoldQuote {
            start: 0,
            end: 5,
            speaker: Some(GoldSpeaker::Nobody),
            actor: None,
        }];
        assert_eq!(score(&gold, &[quote(0, 5, None)], &[]).0.right_speaker, 1);
        let guessed = [quote(0, 5, Some(("a banner", None)))];
        assert_eq!(score(&gold, &guessed, &[]).0.right_speaker, 0);
    }
}
