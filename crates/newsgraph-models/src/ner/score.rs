//! Entity-level scoring as CoNLL does it: an entity counts as found only when its type, first and
//! last token all match the gold one.
//!
//! **Invariant:** any tag sequence can be scored, including invalid IOB2 (an `I-X` that follows `O`
//! or another type opens a new entity, as `conlleval` reads it), so scoring never fails.

use super::TYPES;
use newsgraph_corpus::score::Counts;

/// One entity: its type index in [`TYPES`] and its token range `start..end` within a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct EntitySpan {
    pub start: usize,
    pub end: usize,
    pub kind: usize,
}

/// The entities of one sentence's IOB tags (IOB2 read leniently).
pub fn entity_spans<S: AsRef<str>>(tags: &[S]) -> Vec<EntitySpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let tag = tag.as_ref();
        let (prefix, kind) = match tag.split_once('-') {
            Some((p, k)) => (p, k),
            None => ("O", ""),
        };
        let continues = prefix == "I" && open.is_some_and(|(_, k)| k == kind);
        if continues {
            continue;
        }
        if let Some((start, k)) = open.take() {
            push_span(&mut out, start, i, k);
        }
        if prefix == "B" || prefix == "I" {
            open = Some((i, kind));
        }
    }
    if let Some((start, k)) = open {
        push_span(&mut out, start, tags.len(), k);
    }
    out
}

fn push_span(out: &mut Vec<EntitySpan>, start: usize, end: usize, kind: &str) {
    // Types outside PER/ORG/LOC/MISC are not ours to score; they are dropped rather than guessed.
    if let Some(kind) = TYPES.iter().position(|t| *t == kind) {
        out.push(EntitySpan { start, end, kind });
    }
}

/// Overall and per-type scores over a corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NerScores {
    pub overall: Counts,
    /// Indexed like [`TYPES`].
    pub per_type: [Counts; 4],
}

impl NerScores {
    /// Adds one sentence's gold and predicted tags.
    pub fn add<G: AsRef<str>, P: AsRef<str>>(&mut self, gold: &[G], predicted: &[P]) {
        let g = entity_spans(gold);
        let p = entity_spans(predicted);
        for s in &g {
            self.overall.gold += 1;
            self.per_type[s.kind].gold += 1;
        }
        for s in &p {
            self.overall.predicted += 1;
            self.per_type[s.kind].predicted += 1;
            if g.contains(s) {
                self.overall.matched += 1;
                self.per_type[s.kind].matched += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_follow_iob2_and_read_stray_inside_tags_as_new_entities() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"];
        let spans = entity_spans(&tags);
        assert_eq!(
            spans,
            [
                EntitySpan {
                    start: 0,
                    end: 2,
                    kind: 0
                },
                EntitySpan {
                    start: 3,
                    end: 4,
                    kind: 2
                },
                EntitySpan {
                    start: 4,
                    end: 5,
                    kind: 2
                },
                EntitySpan {
                    start: 5,
                    end: 6,
                    kind: 1
                },
            ]
        );
    }

    #[test]
    fn a_partly_matching_entity_is_not_correct() {
        let mut s = NerScores::default();
        s.add(&["B-ORG", "I-ORG", "O"], &["B-ORG", "O", "O"]);
        s.add(&["B-PER"], &["B-PER"]);
        assert_eq!(
            s.overall,
            Counts {
                matched: 1,
                gold: 2,
                predicted: 2
            }
        );
        assert_eq!(s.per_type[1].matched, 0);
        assert!((s.overall.f1() - 0.5).abs() < 1e-9);
    }
}
