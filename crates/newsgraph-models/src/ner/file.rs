//! The NER model in the project's model file format ([`crate::io::ModelFile`], kind `ner`): the
//! weights as the shared quantised table, the word statistics and the gazetteer as lexicon entries.
//!
//! Lexicon keys carry a one-letter table prefix: `w\t<word>` maps a lowercased word to
//! `casing << 8 | frequency`, `n\t<name>` maps a lowercased name to its type bits.
//!
//! **Invariant:** the same model gives the same bytes (the shared format sorts everything), and a
//! file whose tables do not decode is an error, never a panic.

use super::lexicon::{Gazetteer, WordStats, WordUse};
use super::{NerError, TAGS};
use crate::io::{ModelFile, QuantWeights};

pub const KIND: &str = "ner";
/// Bumped whenever feature templates change meaning, so an old model is refused, not misread.
const FEATURES_VERSION: &str = "1";

pub fn to_model_file(weights: &QuantWeights, words: &WordStats, names: &Gazetteer) -> ModelFile {
    let mut lexicon: Vec<(String, u32)> = words
        .sorted()
        .into_iter()
        .map(|(w, u)| {
            (
                format!("w\t{w}"),
                u32::from(u.casing) << 8 | u32::from(u.frequency),
            )
        })
        .collect();
    lexicon.extend(
        names
            .sorted()
            .into_iter()
            .map(|(n, types)| (format!("n\t{n}"), u32::from(types))),
    );
    ModelFile {
        kind: KIND.to_string(),
        labels: TAGS.iter().map(|t| t.to_string()).collect(),
        params: vec![("features".to_string(), FEATURES_VERSION.to_string())],
        lexicon,
        weights: weights.clone(),
    }
}

pub fn from_model_file(file: ModelFile) -> Result<(QuantWeights, WordStats, Gazetteer), NerError> {
    let corrupt = |reason: String| NerError::Corrupt { reason };
    if file.kind != KIND {
        return Err(corrupt(format!("it holds a {} model", file.kind)));
    }
    if file.labels.iter().map(String::as_str).ne(TAGS) {
        return Err(corrupt(format!("unexpected tags {:?}", file.labels)));
    }
    if file.param("features") != Some(FEATURES_VERSION) {
        return Err(corrupt(format!(
            "feature version {:?}, this build uses {FEATURES_VERSION}",
            file.param("features")
        )));
    }
    if file.weights.n_classes() != TAGS.len() {
        return Err(corrupt(format!("{} classes", file.weights.n_classes())));
    }
    let (mut words, mut names) = (WordStats::default(), Gazetteer::default());
    for (key, value) in &file.lexicon {
        match key.split_once('\t') {
            Some(("w", w)) => {
                let casing = (value >> 8) as u8;
                if !matches!(casing, b'C' | b'L' | b'M') {
                    return Err(corrupt(format!("word '{w}' has casing {casing}")));
                }
                let frequency = (value & 0xff) as u8;
                words
                    .words
                    .insert(w.to_string(), WordUse { casing, frequency });
            }
            Some(("n", n)) => {
                names.insert(n.to_string(), (value & 0xff) as u8);
            }
            _ => return Err(corrupt(format!("unknown lexicon entry '{key}'"))),
        }
    }
    Ok((file.weights, words, names))
}
