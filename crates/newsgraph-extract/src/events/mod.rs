//! Event coding on dependency trees: who did what to whom, where and when, in CAMEO and PLOVER,
//! with modality, evidence and the rule that fired.
//!
//! The lexicon (`data/events/verbs.txt`, documented in `docs/events.md`) maps verb, state and
//! event-noun patterns to CAMEO codes; the coder fills each pattern's frame from the tree.
//!
//! **Invariant:** coding never fails: without a parse it codes nothing, and every trigger it sees
//! either becomes an event or is kept as a candidate with the reason it was dropped.

pub mod coder;
mod frames;
mod inflect;
pub mod lexicon;
pub mod modality;
pub mod petrarch;
pub mod petrarch_coder;
pub mod place_date;
pub mod tree;

pub use coder::{Candidate, Coder, Coding};
pub use lexicon::{LexEntry, Lexicon, LexiconError, Slot, TriggerKind, Verdict};

use crate::Parsed;
use crate::record::{Entity, Event, Quote, TimeExpr};

/// Codes the events of a parsed article with the built-in lexicon.
pub fn code(p: &Parsed, entities: &[Entity], times: &[TimeExpr]) -> Vec<Event> {
    Coder::new(Lexicon::builtin())
        .code(p, entities, times, &[])
        .events
}

/// As [`code`], letting a first-person actor inside a quote ("We are concerned ...") stand for
/// the quote's speaker.
pub fn code_with_quotes(
    p: &Parsed,
    entities: &[Entity],
    times: &[TimeExpr],
    quotes: &[Quote],
) -> Vec<Event> {
    Coder::new(Lexicon::builtin())
        .code(p, entities, times, quotes)
        .events
}
