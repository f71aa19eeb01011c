//! The averaged perceptron shared by every model: features are 64-bit hashes, classes are dense ids.
//!
//! Training keeps, per feature, the current weights, their running totals and the step at which
//! each was last changed, so averaging costs nothing per step (the "lazy update" trick).
//! [`Trainer::finish`] returns the averaged weights as a [`Weights`] table for inference.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes a feature made of a template id and string parts; stable across runs and platforms
/// (FNV-1a), so that the same corpus and seed give the same model byte for byte.
pub fn feature(template: u32, parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(template);
    h = h.wrapping_mul(0x0100_0000_01b3);
    for p in parts {
        for b in p.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);
impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
pub type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// Averaged weights for inference: one row of `n_classes` weights per feature.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    pub n_classes: usize,
    pub rows: FeatureMap<Box<[f32]>>,
}

impl Weights {
    /// Adds each feature's row to `scores` (which must hold `n_classes` values).
    pub fn score_into(&self, feats: &[u64], scores: &mut [f32]) {
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for (s, w) in scores.iter_mut().zip(row.iter()) {
                    *s += *w;
                }
            }
        }
    }
    /// The highest-scoring class among those `allowed` says yes to (all when `allowed` is `None`).
    pub fn best(
        &self,
        feats: &[u64],
        scores: &mut Vec<f32>,
        allowed: Option<&dyn Fn(usize) -> bool>,
    ) -> usize {
        scores.clear();
        scores.resize(self.n_classes, 0.0);
        self.score_into(feats, scores);
        argmax(scores, allowed)
    }
}

pub fn argmax(scores: &[f32], allowed: Option<&dyn Fn(usize) -> bool>) -> usize {
    let mut best = 0;
    let mut best_score = f32::NEG_INFINITY;
    for (c, &s) in scores.iter().enumerate() {
        if allowed.is_some_and(|ok| !ok(c)) {
            continue;
        }
        if s > best_score {
            best = c;
            best_score = s;
        }
    }
    best
}

struct TrainRow {
    weights: Box<[f32]>,
    totals: Box<[f64]>,
    stamps: Box<[u32]>,
}

/// Trains weights with averaging.
pub struct Trainer {
    n_classes: usize,
    rows: FeatureMap<TrainRow>,
    step: u32,
    scratch: Vec<f32>,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Trainer {
        Trainer {
            n_classes,
            rows: FeatureMap::default(),
            step: 0,
            scratch: Vec::new(),
        }
    }

    /// Scores with the current (not averaged) weights, as training needs.
    pub fn scores(&mut self, feats: &[u64]) -> &[f32] {
        self.scratch.clear();
        self.scratch.resize(self.n_classes, 0.0);
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for (s, w) in self.scratch.iter_mut().zip(row.weights.iter()) {
                    *s += *w;
                }
            }
        }
        &self.scratch
    }

    pub fn predict(&mut self, feats: &[u64], allowed: Option<&dyn Fn(usize) -> bool>) -> usize {
        let n = self.n_classes;
        let scores = self.scores(feats);
        debug_assert_eq!(scores.len(), n);
        argmax(scores, allowed)
    }

    /// Call once per training example, before [`Trainer::update`].
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Moves weight from `guess` to `truth` for every feature (no-op when they agree).
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let (n, step) = (self.n_classes, self.step);
        for &f in feats {
            let row = self.rows.entry(f).or_insert_with(|| TrainRow {
                weights: vec![0.0; n].into(),
                totals: vec![0.0; n].into(),
                stamps: vec![0; n].into(),
            });
            for (c, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                row.totals[c] += f64::from(step - row.stamps[c]) * f64::from(row.weights[c]);
                row.stamps[c] = step;
                row.weights[c] += delta;
            }
        }
    }

    /// The averaged weights; features whose averaged row is all below `min_abs` are dropped.
    pub fn finish(self, min_abs: f32) -> Weights {
        let step = self.step.max(1);
        let mut rows = FeatureMap::default();
        // Sorted so that any later serialisation is deterministic.
        let mut keys: Vec<u64> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        for k in keys {
            let r = &self.rows[&k];
            let avg: Box<[f32]> = (0..self.n_classes)
                .map(|c| {
                    let total =
                        r.totals[c] + f64::from(step - r.stamps[c]) * f64::from(r.weights[c]);
                    (total / f64::from(step)) as f32
                })
                .collect();
            if avg.iter().any(|w| w.abs() >= min_abs) {
                rows.insert(k, avg);
            }
        }
        Weights {
            n_classes: self.n_classes,
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_problem() {
        let data = [(vec![feature(0, &["a"])], 0), (vec![feature(0, &["b"])], 1)];
        let mut t = Trainer::new(2);
        for _ in 0..5 {
            for (f, y) in &data {
                t.tick();
                let g = t.predict(f, None);
                t.update(f, *y, g);
            }
        }
        let w = t.finish(0.0);
        let mut s = Vec::new();
        assert_eq!(w.best(&data[0].0, &mut s, None), 0);
        assert_eq!(w.best(&data[1].0, &mut s, None), 1);
    }

    #[test]
    fn feature_hash_is_stable() {
        assert_eq!(feature(1, &["abc"]), feature(1, &["abc"]));
        assert_ne!(feature(1, &["ab", "c"]), feature(1, &["a", "bc"]));
        assert_ne!(feature(1, &["x"]), feature(2, &["x"]));
    }
}
