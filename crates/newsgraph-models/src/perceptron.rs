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
    parts
        .iter()
        .fold(feature_start(template), |h, p| feature_part(h, p))
}

/// The hash of a feature with its template id and no parts yet: with [`feature_part`], a model
/// can hash a feature's fixed leading parts once and finish it per token.
/// `feature(t, &[a, b]) == feature_part(feature_part(feature_start(t), a), b)`.
pub fn feature_start(template: u32) -> u64 {
    (0xcbf2_9ce4_8422_2325 ^ u64::from(template)).wrapping_mul(0x0100_0000_01b3)
}

/// A feature hash `h` extended by one more string part (see [`feature_start`]).
#[inline]
pub fn feature_part(mut h: u64, part: &str) -> u64 {
    for b in part.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= 0xff;
    h.wrapping_mul(0x0100_0000_01b3)
}

/// Hashes a feature made of a template id and numeric parts (word hashes, tag ids, distances):
/// the allocation-free form for models that precompute their atoms, such as the parser.
pub fn feature_ids(template: u32, parts: &[u64]) -> u64 {
    let mut h: u64 =
        0x9e37_79b9_7f4a_7c15 ^ u64::from(template).wrapping_mul(0xff51_afd7_ed55_8ccd);
    for &p in parts {
        h = (h ^ p).wrapping_mul(0x0100_0000_01b3);
        h ^= h >> 29;
    }
    // A final mix so that features differing only in their last part spread over the table.
    h = (h ^ (h >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
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

/// Averaged weights as dense rows: one row of `n_classes` weights per feature. Training works
/// on these (e.g. to drop a class before shipping); inference scores with the quantised table
/// they become ([`crate::io::QuantWeights`]).
#[derive(Debug, Clone, Default)]
pub struct Weights {
    pub n_classes: usize,
    pub rows: FeatureMap<Box<[f32]>>,
}

/// The highest of `scores` among the classes `allowed` says yes to (all when `allowed` is
/// `None`); the first such class on ties, class 0 when none is allowed.
pub fn argmax<T: PartialOrd + Copy>(
    scores: &[T],
    allowed: Option<&dyn Fn(usize) -> bool>,
) -> usize {
    let mut best: Option<(usize, T)> = None;
    for (c, &s) in scores.iter().enumerate() {
        if allowed.is_some_and(|ok| !ok(c)) {
            continue;
        }
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((c, s));
        }
    }
    best.map_or(0, |(c, _)| c)
}

/// Averaged weights as sparse rows, sorted by feature (see [`Trainer::averaged_sparse`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseWeights {
    pub n_classes: usize,
    /// (feature, [(class, weight)]), features ascending, classes ascending within a row.
    pub rows: Vec<(u64, Vec<(u32, f32)>)>,
}

/// One class's weight for one feature during training, with what averaging needs.
#[derive(Clone, Copy)]
struct TrainCell {
    class: u32,
    weight: f32,
    /// Sum of this weight over every step up to `stamp`.
    total: f64,
    stamp: u32,
}

/// A feature's cells, sparse: a feature is seen with few classes, so dense rows would cost
/// gigabytes for a labelled parser (millions of features times a hundred classes).
type TrainRow = Vec<TrainCell>;

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

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Scores with the current (not averaged) weights, as training needs.
    pub fn scores(&mut self, feats: &[u64]) -> &[f32] {
        self.scratch.clear();
        self.scratch.resize(self.n_classes, 0.0);
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for cell in row {
                    self.scratch[cell.class as usize] += cell.weight;
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
        let step = self.step;
        for &f in feats {
            let row = self.rows.entry(f).or_default();
            for (c, delta) in [(truth as u32, 1.0f32), (guess as u32, -1.0f32)] {
                let i = match row.iter().position(|cell| cell.class == c) {
                    Some(i) => i,
                    None => {
                        row.push(TrainCell {
                            class: c,
                            weight: 0.0,
                            total: 0.0,
                            stamp: step,
                        });
                        row.len() - 1
                    }
                };
                let cell = &mut row[i];
                cell.total += f64::from(step - cell.stamp) * f64::from(cell.weight);
                cell.stamp = step;
                cell.weight += delta;
            }
        }
    }

    /// Each feature's averaged cells so far, features ascending, classes ascending within a row:
    /// the one walk over the training table that every form of the averaged weights comes from.
    fn averaged_rows(&self) -> impl Iterator<Item = (u64, Vec<(u32, f32)>)> + '_ {
        let step = self.step.max(1);
        // Sorted so that any later serialisation is deterministic.
        let mut keys: Vec<u64> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        keys.into_iter().map(move |k| {
            let mut cells: Vec<(u32, f32)> = self.rows[&k]
                .iter()
                .map(|cell| {
                    let total = cell.total + f64::from(step - cell.stamp) * f64::from(cell.weight);
                    (cell.class, (total / f64::from(step)) as f32)
                })
                .collect();
            cells.sort_unstable_by_key(|(c, _)| *c);
            (k, cells)
        })
    }

    /// The averaged weights so far as dense rows, without ending training; features whose
    /// averaged row is all below `min_abs` are dropped.
    pub fn averaged(&self, min_abs: f32) -> Weights {
        let mut rows = FeatureMap::default();
        for (k, cells) in self.averaged_rows() {
            if cells.iter().any(|(_, w)| w.abs() >= min_abs) {
                let mut row = vec![0.0f32; self.n_classes];
                for (c, w) in cells {
                    if let Some(x) = row.get_mut(c as usize) {
                        *x = w;
                    }
                }
                rows.insert(k, row.into_boxed_slice());
            }
        }
        Weights {
            n_classes: self.n_classes,
            rows,
        }
    }

    /// The averaged weights so far as sparse rows: only the (class, weight) pairs at least
    /// `min_abs` in magnitude, features in ascending order, classes ascending within a row. This
    /// is what quantised model files are made from; unlike [`Trainer::averaged`] it never holds a
    /// dense row, which matters for models with many classes and millions of features.
    pub fn averaged_sparse(&self, min_abs: f32) -> SparseWeights {
        let rows = self
            .averaged_rows()
            .filter_map(|(k, mut cells)| {
                cells.retain(|(_, w)| w.abs() >= min_abs && *w != 0.0);
                (!cells.is_empty()).then_some((k, cells))
            })
            .collect();
        SparseWeights {
            n_classes: self.n_classes,
            rows,
        }
    }
}

/// What a trainer that learns sentence by sentence reports as it goes; `S` is what it scores an
/// epoch with.
#[derive(Debug, Clone)]
pub enum TrainProgress<S> {
    /// `done` of `total` sentences of epoch `epoch` (1-based) seen.
    Sentence {
        epoch: usize,
        done: usize,
        total: usize,
    },
    /// An epoch ended: scores on the training data as seen while learning, and on the
    /// development data if any.
    Epoch {
        epoch: usize,
        train: S,
        dev: Option<S>,
    },
}

/// The epoch loop every model's training shares: before each epoch the examples are shuffled
/// with a generator seeded by `seed` (so the same seed gives the same model), `run_epoch` learns
/// from them in that order and returns the model as it stands with its development scores, if
/// any; the model kept is the first one no later epoch beats by `better` (the last one without
/// development data). Returns the kept epoch (1-based), its model and its scores; `None` only
/// when there are no examples.
pub fn train_epochs<M, S>(
    examples: usize,
    epochs: usize,
    seed: u64,
    mut run_epoch: impl FnMut(usize, &[usize]) -> (M, Option<S>),
    better: impl Fn(&S, &S) -> bool,
) -> Option<(usize, M, Option<S>)> {
    if examples == 0 {
        return None;
    }
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..examples).collect();
    let mut kept: Option<(usize, M, Option<S>)> = None;
    for epoch in 1..=epochs.max(1) {
        rng.shuffle(&mut order);
        let (model, dev) = run_epoch(epoch, &order);
        let keep = match (&kept, &dev) {
            (Some((_, _, Some(best))), Some(now)) => better(now, best),
            _ => true,
        };
        if keep {
            kept = Some((epoch, model, dev));
        }
    }
    kept
}

/// A small seeded random number generator (SplitMix64) for shuffling training data: our own, so
/// that the same seed gives the same model on every platform and with every dependency version.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (`n > 0`); the modulo bias is irrelevant for shuffling corpora.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
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
        let w = crate::io::QuantWeights::from_weights(&t.averaged(0.0), 0.0);
        let mut s = Vec::new();
        assert_eq!(w.best(&data[0].0, &mut s, None), 0);
        assert_eq!(w.best(&data[1].0, &mut s, None), 1);
    }

    #[test]
    fn averaging_rewards_weights_that_lasted() {
        // "a" is right for class 0 from the start; a late, single mistake must not outweigh it.
        let fa = vec![feature(0, &["a"])];
        let mut t = Trainer::new(2);
        for _ in 0..10 {
            t.tick();
            let g = t.predict(&fa, None);
            t.update(&fa, 0, if g == 0 { 1 } else { g });
        }
        let w = t.averaged(0.0);
        let row = &w.rows[&fa[0]];
        assert!(row[0] > 0.0 && row[1] < 0.0);
    }

    #[test]
    fn epochs_keep_the_best_on_dev_and_the_last_without() {
        // Dev scores rise, fall, then tie: the second epoch is kept (a tie does not replace it).
        let dev = [1, 3, 2, 3];
        let kept = train_epochs(
            5,
            4,
            1,
            |e, order| {
                assert_eq!(order.len(), 5);
                (e, Some(dev[e - 1]))
            },
            |a, b| a > b,
        );
        assert_eq!(kept, Some((2, 2, Some(3))));
        let kept = train_epochs(5, 3, 1, |e, _| (e, None::<u32>), |a, b| a > b);
        assert_eq!(kept.map(|(e, _, _)| e), Some(3));
        assert!(train_epochs(0, 3, 1, |e, _| (e, None::<u32>), |a, b| a > b).is_none());
    }

    #[test]
    fn argmax_respects_the_allowed_classes() {
        assert_eq!(argmax(&[1.0f32, 3.0, 2.0], None), 1);
        assert_eq!(argmax(&[1, 3, 2], Some(&|c| c != 1)), 2);
        // Ties go to the first class.
        assert_eq!(argmax(&[5, 5], None), 0);
    }

    #[test]
    fn rng_is_seeded_and_shuffles() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        Rng::new(7).shuffle(&mut a);
        Rng::new(7).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<u32>>());
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..50).collect::<Vec<u32>>());
    }

    #[test]
    fn feature_hash_is_stable() {
        assert_eq!(feature(1, &["abc"]), feature(1, &["abc"]));
        assert_ne!(feature(1, &["ab", "c"]), feature(1, &["a", "bc"]));
        assert_ne!(feature(1, &["x"]), feature(2, &["x"]));
        // Pinned: model files store these hashes, so they may never change.
        assert_eq!(feature(3, &["B-PER", "paris"]), 0x40ab_8692_d6bf_a1af);
        assert_eq!(
            feature_part(feature_part(feature_start(3), "B-PER"), "paris"),
            feature(3, &["B-PER", "paris"])
        );
        assert_ne!(feature_ids(1, &[1, 2]), feature_ids(1, &[2, 1]));
        assert_ne!(feature_ids(1, &[0]), feature_ids(2, &[0]));
    }
}
