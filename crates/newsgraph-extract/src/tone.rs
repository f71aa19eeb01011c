//! Tone: GDELT's V2Tone figures from a sentiment lexicon. (Not yet built: all zero but the count.)

use crate::Parsed;
use crate::record::Tone;

pub fn score(p: &Parsed) -> Tone {
    Tone {
        word_count: p.doc.tokens.len(),
        ..Tone::default()
    }
}
