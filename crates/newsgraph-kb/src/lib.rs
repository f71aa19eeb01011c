//! The knowledge base: who is who, where is where, and the event codebook.
//!
//! **Invariant:** the knowledge base is read-only data loaded once; lookups are pure functions of
//! the data and the article date.

pub mod codes;
pub use codes::{ActorCode, CameoCode, CodeError};
