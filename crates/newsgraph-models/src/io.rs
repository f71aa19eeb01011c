//! Model files: the compact binary format every model (tagger, parser, NER) is saved in, and the
//! quantised weight table that inference scores with.
//!
//! Layout (all integers little-endian or LEB128 varints):
//! `NGMODEL\0` magic, format version (u32), then length-prefixed strings and lists: the model kind,
//! its class labels, its parameters (sorted key/value pairs), its lexicon (sorted string to id
//! pairs, e.g. a tag dictionary), then the weights: class count, scale (f32), feature count, the
//! feature hashes in ascending order as deltas, and per feature its non-zero `(class, i16 weight)`
//! cells. An FNV-1a checksum of everything before it closes the file.
//!
//! **Invariant:** the bytes are a pure function of the model's content (everything is written in
//! sorted order; no hash-map iteration reaches the output), so the same corpus and seed give the
//! same file; reading never panics on any input, it returns a [`FormatError`].

use crate::perceptron::{FeatureMap, SparseWeights, Weights, argmax};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

pub const MAGIC: &[u8; 8] = b"NGMODEL\0";
pub const FORMAT_VERSION: u32 = 2;

/// Why bytes could not be read as a model.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FormatError(pub String);

/// Why a model could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("model file {} not found; train it with `{train}`", path.display())]
    Missing { path: PathBuf, train: String },
    #[error("cannot read or write model file {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not a usable model file ({reason}); retrain it with `{train}`", path.display())]
    Format {
        path: PathBuf,
        reason: String,
        train: String,
    },
    #[error(transparent)]
    Ner(#[from] crate::ner::NerError),
}

/// Everything a model file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelFile {
    /// What model this is (`tagger`, `parser`, `ner`): loaders check it.
    pub kind: String,
    /// Class labels, indexed by class id (or, for the parser, its relation labels).
    pub labels: Vec<String>,
    /// Hyperparameters and facts about training (kept sorted by key when written).
    pub params: Vec<(String, String)>,
    /// Strings mapped to ids, e.g. frequent unambiguous words to their tag (sorted when written).
    pub lexicon: Vec<(String, u32)>,
    pub weights: QuantWeights,
}

impl ModelFile {
    pub fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Vec::with_capacity(64 + self.weights.n_weights() * 3);
        w.extend_from_slice(MAGIC);
        w.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        put_str(&mut w, &self.kind);
        put_varint(&mut w, self.labels.len() as u64);
        for l in &self.labels {
            put_str(&mut w, l);
        }
        let mut params = self.params.clone();
        params.sort();
        put_varint(&mut w, params.len() as u64);
        for (k, v) in &params {
            put_str(&mut w, k);
            put_str(&mut w, v);
        }
        let mut lexicon = self.lexicon.clone();
        lexicon.sort();
        put_varint(&mut w, lexicon.len() as u64);
        for (k, v) in &lexicon {
            put_str(&mut w, k);
            put_varint(&mut w, u64::from(*v));
        }
        self.weights.write(&mut w);
        let sum = checksum(&w);
        w.extend_from_slice(&sum.to_le_bytes());
        w
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<ModelFile, FormatError> {
        if bytes.len() < MAGIC.len() + 4 + 8 || &bytes[..MAGIC.len()] != MAGIC {
            return Err(FormatError("not a Newsgraph model file (bad magic)".into()));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let mut r = Reader {
            bytes: body,
            pos: MAGIC.len(),
        };
        // The version first: a file of another version has another checksum too.
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(FormatError(format!(
                "format version {version}, this build reads version {FORMAT_VERSION}"
            )));
        }
        let mut sum_bytes = [0u8; 8];
        sum_bytes.copy_from_slice(sum);
        if checksum(body) != u64::from_le_bytes(sum_bytes) {
            return Err(FormatError(
                "checksum mismatch (truncated or damaged)".into(),
            ));
        }
        let kind = r.string()?;
        let n = r.count()?;
        let labels = (0..n).map(|_| r.string()).collect::<Result<_, _>>()?;
        let n = r.count()?;
        let params = (0..n)
            .map(|_| Ok((r.string()?, r.string()?)))
            .collect::<Result<_, FormatError>>()?;
        let n = r.count()?;
        let lexicon = (0..n)
            .map(|_| Ok((r.string()?, r.u32_varint()?)))
            .collect::<Result<_, FormatError>>()?;
        let weights = QuantWeights::read(&mut r)?;
        if r.pos != body.len() {
            return Err(FormatError("trailing bytes after the weights".into()));
        }
        Ok(ModelFile {
            kind,
            labels,
            params,
            lexicon,
            weights,
        })
    }

    /// Writes the file; `train` is the command a user would run to make it again.
    pub fn write(&self, path: &Path) -> Result<(), ModelError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| ModelError::Io {
                path: path.to_path_buf(),
                source,
            })?;
        }
        std::fs::write(path, self.to_bytes()).map_err(|source| ModelError::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Reads a model of the given `kind`; `train` is the command that makes it, quoted in errors.
    pub fn read(path: &Path, kind: &str, train: &str) -> Result<ModelFile, ModelError> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ModelError::Missing {
                    path: path.to_path_buf(),
                    train: train.to_string(),
                });
            }
            Err(source) => {
                return Err(ModelError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let format = |reason: String| ModelError::Format {
            path: path.to_path_buf(),
            reason,
            train: train.to_string(),
        };
        let file = ModelFile::from_bytes(&bytes).map_err(|e| format(e.0))?;
        if file.kind != kind {
            return Err(format(format!(
                "it holds a {} model, not a {kind} model",
                file.kind
            )));
        }
        Ok(file)
    }
}

/// A model kept in a model file: its kind there, the command that makes it, and how it goes to
/// and from the file. Saving, loading and sizes are the same for every model.
pub trait Model: Sized {
    /// The kind the file names; loading refuses a file of another kind.
    const KIND: &'static str;
    /// The command that makes the model, quoted when its file is missing or unusable.
    const TRAIN_COMMAND: &'static str;

    fn to_file(&self) -> ModelFile;

    /// The model a file holds; a refusal says why, and loading adds the file and the command.
    fn from_file(file: ModelFile) -> Result<Self, String>;

    /// The weights the model scores with.
    fn weights(&self) -> &QuantWeights;

    fn save(&self, path: &Path) -> Result<(), ModelError> {
        self.to_file().write(path)
    }

    /// Reads a model written by [`Model::save`]; a file this model refuses is a format error
    /// that names the file and the command that makes it again.
    fn load(path: &Path) -> Result<Self, ModelError> {
        let file = ModelFile::read(path, Self::KIND, Self::TRAIN_COMMAND)?;
        Self::from_file(file).map_err(|reason| ModelError::Format {
            path: path.to_path_buf(),
            reason,
            train: Self::TRAIN_COMMAND.to_string(),
        })
    }

    /// Number of features and of non-zero weights.
    fn size(&self) -> (usize, usize) {
        (self.weights().n_features(), self.weights().n_weights())
    }
}

/// Averaged weights quantised to i16 with one scale, sparse per feature, for inference.
///
/// Scores are integer sums (the scale is shared, so it does not change which class wins).
///
/// The index is open addressing with the features in ascending hash order: a feature's home
/// slot is its hash scaled to the table (so homes ascend with hashes) and it sits at its home or
/// just after the feature before it. Both building and reading fill the table front to back in one
/// sweep, and a lookup for an absent feature stops at the first larger hash, so the table can be
/// two-thirds full and still answer within a cache line or two.
///
/// A feature's weights are kept sparse (`(class, weight)` cells) when it has few, and as a dense
/// row of every class when it has many: the frequent features, which every decision reads, weigh
/// on most classes (forty of a tagger's fifty), and a dense row is added without a branch or an
/// index per class. The file stays sparse; which rows are dense is decided when the table is built.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuantWeights {
    n_classes: usize,
    scale: f32,
    /// `[hash, range]`: `range` is `start | end << 32` for the cells `cells[start..end]`,
    /// [`DENSE`]` | row` for the dense row `dense[row * n_classes..]`, or [`INLINE`] with the
    /// feature's one or two cells in the slot itself (see [`inline`]); 0 marks an empty slot, as
    /// no stored feature is without weights.
    slots: Vec<[u64; 2]>,
    /// Slots that homes are spread over (the table may run past them at its end).
    homes: usize,
    n_features: usize,
    /// Non-zero weights, sparse and dense.
    n_weights: usize,
    /// `class << 16 | weight as u16`, feature by feature in hash order.
    cells: Vec<u32>,
    /// Dense rows of `n_classes` weights each.
    dense: Vec<i16>,
}

/// Marks a slot whose feature has a dense row.
const DENSE: u64 = 1 << 63;
/// Marks a slot that holds its feature's cells.
const INLINE: u64 = 1 << 62;

/// A slot's `range` holding `cells` themselves, when they fit: at most two, each of a class below
/// 256, as `INLINE | count << 48 | cell << 24 | cell` with 24-bit cells `class << 16 | weight`.
/// Most features of a large model are rare ones with a weight or two, and their lookups miss the
/// cache: kept in the slot, such a feature costs one miss instead of two (the slot, then its
/// cells).
fn inline(cells: &[u32]) -> Option<u64> {
    if cells.is_empty() || cells.len() > 2 || cells.iter().any(|&c| c >> 24 != 0) {
        return None;
    }
    let packed = cells
        .iter()
        .enumerate()
        .fold(0u64, |acc, (i, &c)| acc | u64::from(c) << (24 * i));
    Some(INLINE | (cells.len() as u64) << 48 | packed)
}

/// One feature's weights as stored.
#[derive(Clone, Copy)]
enum Row<'a> {
    Sparse(&'a [u32]),
    Dense(&'a [i16]),
    /// Up to two cells kept in the slot (see [`inline`]): the count, then the cells.
    Inline(usize, [u32; 2]),
}

impl Row<'_> {
    /// The non-zero `(class, weight)` pairs, classes ascending (for writing and averaging, not
    /// for scoring).
    fn cells(self) -> Vec<(usize, i16)> {
        match self {
            Row::Sparse(cells) => cells.iter().map(|&c| unpack(c)).collect(),
            Row::Inline(n, cells) => cells.iter().take(n).map(|&c| unpack(c)).collect(),
            Row::Dense(row) => row
                .iter()
                .enumerate()
                .filter(|(_, w)| **w != 0)
                .map(|(c, w)| (c, *w))
                .collect(),
        }
    }

    /// The addresses of the cache lines the row spans, to prefetch.
    fn prefetch(self) {
        match self {
            Row::Sparse(cells) => cells.chunks(CELLS_PER_LINE).for_each(|l| prefetch(&l[0])),
            Row::Dense(row) => row.chunks(2 * CELLS_PER_LINE).for_each(|l| prefetch(&l[0])),
            Row::Inline(..) => {}
        }
    }

    /// Adds the row's weights to `scores`; `wide` says the processor has 256-bit vectors.
    #[inline]
    fn add_to(self, scores: &mut [i32], wide: bool) {
        match self {
            Row::Sparse(cells) => add_cells(scores, cells),
            Row::Inline(n, cells) => add_cells(scores, cells.get(..n).unwrap_or(&[])),
            #[cfg(target_arch = "x86_64")]
            Row::Dense(row) if wide => {
                // SAFETY: `wide` is only true when the processor was found to support AVX2
                // (see `wide_vectors`).
                unsafe { add_dense_wide(scores, row) }
            }
            Row::Dense(row) => add_dense(scores, row),
        }
    }
}

fn add_cells(scores: &mut [i32], cells: &[u32]) {
    for &cell in cells {
        let (c, w) = unpack(cell);
        if let Some(s) = scores.get_mut(c) {
            *s += i32::from(w);
        }
    }
}

/// A plain zip over equal lengths: the compiler turns it into vector adds.
#[inline(always)]
fn add_dense(scores: &mut [i32], row: &[i16]) {
    for (s, &w) in scores.iter_mut().zip(row) {
        *s += i32::from(w);
    }
}

/// [`add_dense`] compiled for AVX2: eight weights widened and added per instruction pair, where
/// the baseline's SSE2 needs four more per eight. A tagger row has a hundred classes.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn add_dense_wide(scores: &mut [i32], row: &[i16]) {
    add_dense(scores, row);
}

/// Whether the processor has AVX2 (checked once by the standard library, then cached).
fn wide_vectors() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    false
}

/// Whether a row of `cells` non-zero weights out of `n_classes` is kept dense: when it weighs on at
/// least an eighth of the classes. A dense row then costs at most four times its cells' bytes,
/// but is added in a few vector instructions where sparse cells take a scattered add each: at a
/// quarter, the parser ran 3-4% slower (EWT test, `examples/bench_models`), for 7 MB less memory.
fn is_dense(cells: usize, n_classes: usize) -> bool {
    cells * 8 >= n_classes && n_classes > 1
}

/// Builds a [`QuantWeights`] from features given in ascending hash order.
struct TableBuilder {
    weights: QuantWeights,
    last: Option<(u64, usize)>,
}

impl TableBuilder {
    fn new(n_classes: usize, scale: f32, n_features: usize, n_cells: usize) -> TableBuilder {
        // Two-thirds full: short runs, a third less memory than a half-full table.
        let homes = (n_features + n_features / 2).max(16);
        TableBuilder {
            weights: QuantWeights {
                n_classes,
                scale,
                // Zeroed, so the allocator hands over fresh pages without a fill pass.
                slots: vec![[0u64; 2]; homes + 16],
                homes,
                n_features: 0,
                n_weights: 0,
                cells: Vec::with_capacity(n_cells),
                dense: Vec::new(),
            },
            last: None,
        }
    }

    fn start(&self) -> usize {
        self.weights.cells.len()
    }

    /// Ends the feature `key` whose cells were pushed since `start`; keys must ascend. A row with
    /// many cells moves to the dense rows.
    fn finish_feature(&mut self, key: u64, start: usize) -> Result<(), FormatError> {
        let end = self.weights.cells.len();
        if end == start {
            return Err(FormatError("a feature without weights".into()));
        }
        let home = home_slot(key, self.weights.homes);
        let at = match self.last {
            Some((previous, _)) if previous >= key => {
                return Err(FormatError("feature hashes not strictly ascending".into()));
            }
            Some((_, slot)) => home.max(slot + 1),
            None => home,
        };
        let n_classes = self.weights.n_classes;
        let range = if is_dense(end - start, n_classes) {
            let row = self.weights.dense.len() / n_classes;
            self.weights
                .dense
                .resize(self.weights.dense.len() + n_classes, 0);
            let dense = &mut self.weights.dense[row * n_classes..];
            for &cell in &self.weights.cells[start..end] {
                let (c, w) = unpack(cell);
                if let Some(x) = dense.get_mut(c) {
                    *x = w;
                }
            }
            self.weights.cells.truncate(start);
            DENSE | row as u64
        } else if let Some(range) = inline(&self.weights.cells[start..end]) {
            self.weights.cells.truncate(start);
            range
        } else {
            let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) else {
                return Err(FormatError("too many weights".into()));
            };
            u64::from(start) | u64::from(end) << 32
        };
        if at >= self.weights.slots.len() {
            self.weights.slots.resize(at + 16, [0; 2]);
        }
        self.weights.slots[at] = [key, range];
        self.weights.n_features += 1;
        self.weights.n_weights += end - start;
        self.last = Some((key, at));
        Ok(())
    }
}

impl QuantWeights {
    /// Quantises averaged weights; weights below `prune` in magnitude are dropped, and so are
    /// features left with none.
    pub fn from_weights(w: &Weights, prune: f32) -> QuantWeights {
        let mut keys: Vec<u64> = w.rows.keys().copied().collect();
        keys.sort_unstable();
        let rows = keys
            .into_iter()
            .map(|k| {
                let cells = w.rows[&k]
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| **x != 0.0)
                    .map(|(c, x)| (c as u32, *x))
                    .collect();
                (k, cells)
            })
            .collect();
        QuantWeights::from_sparse(
            &SparseWeights {
                n_classes: w.n_classes,
                rows,
            },
            prune,
        )
    }

    /// Quantises sparse averaged weights (see [`QuantWeights::from_weights`]).
    pub fn from_sparse(w: &SparseWeights, prune: f32) -> QuantWeights {
        let max = w
            .rows
            .iter()
            .flat_map(|(_, r)| r.iter())
            .fold(0.0f32, |m, (_, x)| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let n_cells = w.rows.iter().map(|(_, r)| r.len()).sum();
        let mut table = TableBuilder::new(w.n_classes, scale, w.rows.len(), n_cells);
        for (k, row) in &w.rows {
            let start = table.start();
            for &(c, x) in row {
                if x.abs() < prune || c as usize >= w.n_classes {
                    continue;
                }
                let q = (x / scale).round().clamp(-32767.0, 32767.0) as i16;
                if q != 0 {
                    table.weights.cells.push(pack(c as usize, q));
                }
            }
            // A row left without weights is not stored; nor is one out of hash order (the rows
            // come sorted, so there is none), which would break lookups.
            if table.start() > start && table.finish_feature(*k, start).is_err() {
                table.weights.cells.truncate(start);
            }
        }
        table.weights
    }

    /// The mean of several models' weights over the same classes (a feature one model lacks
    /// weighs 0 there), pruned of weights below `prune` and quantised again: a linear model, so
    /// the mean scores as the models' summed vote would, at one model's speed. `None` when the
    /// models are none or disagree on their classes.
    pub fn average(models: &[&QuantWeights], prune: f32) -> Option<QuantWeights> {
        let n_classes = models.first()?.n_classes;
        if models.iter().any(|m| m.n_classes != n_classes) {
            return None;
        }
        let mut cells: Vec<(u64, u32, f32)> = Vec::new();
        for m in models {
            for (k, row) in m.rows() {
                cells.extend(
                    row.cells()
                        .into_iter()
                        .map(|(c, q)| (k, c as u32, f32::from(q) * m.scale)),
                );
            }
        }
        cells.sort_unstable_by_key(|&(k, c, _)| (k, c));
        let n = models.len() as f32;
        let mut rows: Vec<(u64, Vec<(u32, f32)>)> = Vec::new();
        for (k, c, x) in cells {
            match rows.last_mut() {
                Some((last, row)) if *last == k => match row.last_mut() {
                    Some((class, sum)) if *class == c => *sum += x,
                    _ => row.push((c, x)),
                },
                _ => rows.push((k, vec![(c, x)])),
            }
        }
        for (_, row) in &mut rows {
            for (_, x) in row.iter_mut() {
                *x /= n;
            }
        }
        Some(QuantWeights::from_sparse(
            &SparseWeights { n_classes, rows },
            prune,
        ))
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    /// How many features have weights.
    pub fn n_features(&self) -> usize {
        self.n_features
    }
    /// How many non-zero weights there are.
    pub fn n_weights(&self) -> usize {
        self.n_weights
    }
    /// The value of one integer score unit.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The weights a non-empty slot's `range` points to.
    #[inline]
    fn row(&self, range: u64) -> Row<'_> {
        if range & INLINE != 0 {
            let cell = |i: u32| (range >> (24 * i)) as u32 & 0xff_ffff;
            Row::Inline(((range >> 48) & 3) as usize, [cell(0), cell(1)])
        } else if range & DENSE != 0 {
            let start = (range & !DENSE) as usize * self.n_classes;
            Row::Dense(self.dense.get(start..start + self.n_classes).unwrap_or(&[]))
        } else {
            let (start, end) = (range as u32 as usize, (range >> 32) as usize);
            Row::Sparse(self.cells.get(start..end).unwrap_or(&[]))
        }
    }

    /// The features and their weights, in ascending hash order.
    fn rows(&self) -> impl Iterator<Item = (u64, Row<'_>)> {
        self.slots
            .iter()
            .filter(|[_, range]| *range != 0)
            .map(|&[key, range]| (key, self.row(range)))
    }

    /// The slot range of feature `key` (0 when absent): scans from its home slot until it is
    /// found, an empty slot, or a larger hash shows that it is absent.
    #[inline]
    fn find(&self, key: u64) -> u64 {
        for &[k, range] in self.slots.get(home_slot(key, self.homes)..).unwrap_or(&[]) {
            if range == 0 || k > key {
                break;
            }
            if k == key {
                return range;
            }
        }
        0
    }

    /// Adds each feature's weights to `scores` (which must hold `n_classes` values).
    pub fn score_into(&self, feats: &[u64], scores: &mut [i32]) {
        let wide = self.wide_rows();
        self.for_each_row(feats, |_, row| row.add_to(scores, wide));
    }

    /// Adds each feature's weights to its own block of `n_classes` scores: `scores` holds
    /// `feats.len()` blocks, in order. For a model that scores many small feature sets per token
    /// (one per previous tag), so that all their lookups overlap.
    pub fn score_each(&self, feats: &[u64], scores: &mut [i32]) {
        let (n, wide) = (self.n_classes, self.wide_rows());
        self.for_each_row(feats, |j, row| {
            if let Some(block) = scores.get_mut(j * n..(j + 1) * n) {
                row.add_to(block, wide);
            }
        });
    }

    /// Whether dense rows are added with 256-bit vectors: on a processor that has them, for rows
    /// long enough to gain (a call for a short row of nine NER classes costs more than it saves).
    fn wide_rows(&self) -> bool {
        self.n_classes >= 32 && wide_vectors()
    }

    /// Calls `add` with each feature's index and weights.
    ///
    /// The table is far larger than the caches, so each feature costs a cache miss for its slot,
    /// and a second for its cells unless they are kept in the slot. Features are therefore looked up in batches, each step done for the whole
    /// batch before the next: the loads of one step do not depend on each other, so the processor
    /// has them all in flight at once instead of waiting for each miss in turn.
    #[inline]
    fn for_each_row(&self, feats: &[u64], mut add: impl FnMut(usize, Row<'_>)) {
        const BATCH: usize = 32;
        // Slot ranges, not rows: a small array to clear for every call.
        let mut ranges = [0u64; BATCH];
        for (b, batch) in feats.chunks(BATCH).enumerate() {
            for &f in batch {
                if let Some(slot) = self.slots.get(home_slot(f, self.homes)) {
                    prefetch(slot);
                }
            }
            for (range, &f) in ranges.iter_mut().zip(batch) {
                *range = self.find(f);
                if *range != 0 {
                    // A row of a hundred classes spans several cache lines: ask for all of them.
                    self.row(*range).prefetch();
                }
            }
            for (j, &range) in ranges[..batch.len()].iter().enumerate() {
                if range != 0 {
                    add(b * BATCH + j, self.row(range));
                }
            }
        }
    }

    /// The highest-scoring class among those `allowed` says yes to (all when `allowed` is `None`).
    pub fn best(
        &self,
        feats: &[u64],
        scores: &mut Vec<i32>,
        allowed: Option<&dyn Fn(usize) -> bool>,
    ) -> usize {
        scores.clear();
        scores.resize(self.n_classes, 0);
        self.score_into(feats, scores);
        argmax(scores, allowed)
    }

    /// Back to float weights (the quantised values), e.g. to compare with a [`Weights`] table.
    pub fn to_weights(&self) -> Weights {
        let mut rows = FeatureMap::default();
        for (k, cells) in self.rows() {
            let mut row = vec![0.0f32; self.n_classes];
            for (c, w) in cells.cells() {
                if let Some(x) = row.get_mut(c) {
                    *x = f32::from(w) * self.scale;
                }
            }
            rows.insert(k, row.into_boxed_slice());
        }
        Weights {
            n_classes: self.n_classes,
            rows,
        }
    }

    fn write(&self, w: &mut Vec<u8>) {
        put_varint(w, self.n_classes as u64);
        w.extend_from_slice(&self.scale.to_le_bytes());
        put_varint(w, self.n_features as u64);
        let mut prev = 0u64;
        for (k, row) in self.rows() {
            put_varint(w, k - prev);
            prev = k;
            let cells = row.cells();
            put_varint(w, cells.len() as u64);
            let mut prev_class = 0usize;
            for (c, q) in cells {
                // Classes ascend within a row, so their deltas are small.
                put_varint(w, (c - prev_class) as u64);
                prev_class = c;
                put_varint(w, zigzag(q));
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<QuantWeights, FormatError> {
        let n_classes = r.count()?;
        if n_classes > 1 << 16 {
            return Err(FormatError(format!("{n_classes} classes is too many")));
        }
        let scale = f32::from_le_bytes(r.array()?);
        if !scale.is_finite() || scale <= 0.0 {
            return Err(FormatError(format!("bad weight scale {scale}")));
        }
        let n = r.count()?;
        // Each feature takes at least two bytes (hash delta, cell count), each cell two more: so a
        // damaged count cannot ask for a table far larger than the file.
        let left = r.bytes.len() - r.pos;
        if n > left / 2 {
            return Err(FormatError(format!(
                "{n} features cannot fit in {left} bytes"
            )));
        }
        let mut table = TableBuilder::new(n_classes, scale, n, (n * 3).min(left / 2));
        let mut key = 0u64;
        for _ in 0..n {
            key = key
                .checked_add(r.varint()?)
                .ok_or_else(|| FormatError("feature hash overflows".into()))?;
            let m = r.count()?;
            let start = table.start();
            let mut class = 0usize;
            for _ in 0..m {
                class += r.count()?;
                if class >= n_classes {
                    return Err(FormatError(format!(
                        "class {class} out of range ({n_classes} classes)"
                    )));
                }
                let q = unzigzag(r.varint()?)
                    .ok_or_else(|| FormatError("weight out of the i16 range".into()))?;
                table.weights.cells.push(pack(class, q));
            }
            table.finish_feature(key, start)?;
        }
        Ok(table.weights)
    }
}

/// A feature's home slot: its hash scaled to `homes` slots, which keeps home order the hash
/// order (hashes are already well mixed, so homes spread evenly).
fn home_slot(key: u64, homes: usize) -> usize {
    ((u128::from(key) * homes as u128) >> 64) as usize
}

/// Cells in one 64-byte cache line.
const CELLS_PER_LINE: usize = 16;

/// Asks the processor to start loading the cache line holding `value`, without waiting for it, so
/// that many misses overlap.
#[inline(always)]
fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint: it never faults, reads nothing the program can observe,
    // and the address comes from a live reference.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
            (value as *const T).cast(),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

fn pack(class: usize, w: i16) -> u32 {
    ((class as u32) << 16) | u32::from(w as u16)
}
fn unpack(cell: u32) -> (usize, i16) {
    ((cell >> 16) as usize, (cell & 0xffff) as u16 as i16)
}
fn zigzag(x: i16) -> u64 {
    let x = i32::from(x);
    ((x << 1) ^ (x >> 31)) as u32 as u64
}
fn unzigzag(z: u64) -> Option<i16> {
    let z = u32::try_from(z).ok()?;
    let x = ((z >> 1) as i32) ^ -((z & 1) as i32);
    i16::try_from(x).ok()
}

fn put_varint(w: &mut Vec<u8>, mut x: u64) {
    loop {
        let b = (x & 0x7f) as u8;
        x >>= 7;
        if x == 0 {
            w.push(b);
            return;
        }
        w.push(b | 0x80);
    }
}
fn put_str(w: &mut Vec<u8>, s: &str) {
    put_varint(w, s.len() as u64);
    w.extend_from_slice(s.as_bytes());
}

/// The file's checksum (format version 2): eight bytes per step, so that a 34 MB parser is
/// checked in a few milliseconds (version 1's byte-wise FNV-1a took a fifth of its load time).
fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    let mut step = |word: u64| {
        h = (h ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^= h >> 29;
    };
    for word in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        step(u64::from_le_bytes(w));
    }
    let mut last = [0u8; 8];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    step(u64::from_le_bytes(last));
    h
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn eof() -> FormatError {
        FormatError("unexpected end of file".into())
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], FormatError> {
        let end = self.pos.checked_add(N).ok_or_else(Self::eof)?;
        let slice = self.bytes.get(self.pos..end).ok_or_else(Self::eof)?;
        self.pos = end;
        let mut a = [0u8; N];
        a.copy_from_slice(slice);
        Ok(a)
    }
    fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    #[inline]
    fn varint(&mut self) -> Result<u64, FormatError> {
        // Most values (classes, weights, counts) fit in one byte.
        if let Some(&b) = self.bytes.get(self.pos)
            && b < 0x80
        {
            self.pos += 1;
            return Ok(u64::from(b));
        }
        self.long_varint()
    }
    fn long_varint(&mut self) -> Result<u64, FormatError> {
        let mut x = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.pos).ok_or_else(Self::eof)?;
            self.pos += 1;
            x |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(x);
            }
        }
        Err(FormatError("varint longer than 64 bits".into()))
    }
    fn u32_varint(&mut self) -> Result<u32, FormatError> {
        u32::try_from(self.varint()?).map_err(|_| FormatError("id out of range".into()))
    }
    /// A length or count: bounded by the bytes left, so a damaged file cannot ask for a huge
    /// allocation.
    fn count(&mut self) -> Result<usize, FormatError> {
        let n = self.varint()?;
        let left = (self.bytes.len() - self.pos) as u64;
        if n > left.saturating_mul(8).saturating_add(1 << 16) {
            return Err(FormatError(format!("count {n} exceeds the file size")));
        }
        Ok(n as usize)
    }
    fn string(&mut self) -> Result<String, FormatError> {
        let n = self.count()?;
        let end = self.pos.checked_add(n).ok_or_else(Self::eof)?;
        let slice = self.bytes.get(self.pos..end).ok_or_else(Self::eof)?;
        self.pos = end;
        String::from_utf8(slice.to_vec()).map_err(|_| FormatError("string is not UTF-8".into()))
    }
}

/// A `'static` copy of a label read from a model file, made once per distinct label for the whole
/// process (labels are a few hundred short strings, so the interned set stays small however often
/// models are loaded).
pub fn intern(label: &str) -> &'static str {
    static LABELS: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let set = LABELS.get_or_init(|| Mutex::new(HashSet::new()));
    let mut set = match set.lock() {
        Ok(s) => s,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(&s) = set.get(label) {
        return s;
    }
    let s: &'static str = Box::leak(label.to_string().into_boxed_str());
    set.insert(s);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::{Trainer, feature};

    fn small_model() -> ModelFile {
        let mut t = Trainer::new(3);
        let data = [
            (feature(0, &["a"]), 0),
            (feature(0, &["b"]), 1),
            (feature(0, &["c"]), 2),
        ];
        for _ in 0..4 {
            for (f, y) in data {
                t.tick();
                let g = t.predict(&[f], None);
                t.update(&[f], y, g);
            }
        }
        ModelFile {
            kind: "test".into(),
            labels: vec!["A".into(), "B".into(), "C".into()],
            params: vec![("z".into(), "1".into()), ("a".into(), "2".into())],
            lexicon: vec![("word".into(), 2)],
            weights: QuantWeights::from_weights(&t.averaged(0.0), 0.0),
        }
    }

    /// The weights as read back from a model file that holds them.
    fn through_a_file(w: &QuantWeights) -> QuantWeights {
        let file = ModelFile {
            weights: w.clone(),
            ..small_model()
        };
        ModelFile::from_bytes(&file.to_bytes()).unwrap().weights
    }

    #[test]
    fn round_trip_keeps_everything_and_predictions() {
        let m = small_model();
        let back = ModelFile::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.kind, "test");
        assert_eq!(back.labels, m.labels);
        assert_eq!(back.param("a"), Some("2"));
        assert_eq!(back.lexicon, m.lexicon);
        assert_eq!(back.weights, m.weights);
        let mut s = Vec::new();
        for (x, want) in [("a", 0), ("b", 1), ("c", 2)] {
            assert_eq!(back.weights.best(&[feature(0, &[x])], &mut s, None), want);
        }
        // An unknown feature scores nothing.
        back.weights
            .score_into(&[feature(9, &["zz"])], &mut [0, 0, 0]);
    }

    #[test]
    fn the_average_of_models_is_the_mean_of_their_weights() {
        let weights = |rows: Vec<(u64, Vec<(u32, f32)>)>| {
            QuantWeights::from_sparse(&SparseWeights { n_classes: 3, rows }, 0.0).to_weights()
        };
        let one = QuantWeights::from_sparse(
            &SparseWeights {
                n_classes: 3,
                rows: vec![(5, vec![(0, 2.0), (2, -1.0)]), (9, vec![(1, 4.0)])],
            },
            0.0,
        );
        let two = QuantWeights::from_sparse(
            &SparseWeights {
                n_classes: 3,
                rows: vec![(5, vec![(0, 4.0)]), (7, vec![(2, 1.0)])],
            },
            0.0,
        );
        let mean = QuantWeights::average(&[&one, &two], 0.0)
            .unwrap()
            .to_weights();
        // Feature 5 in both; 7 and 9 in one only (so half their weight).
        let want = weights(vec![
            (5, vec![(0, 3.0), (2, -0.5)]),
            (7, vec![(2, 0.5)]),
            (9, vec![(1, 2.0)]),
        ]);
        for k in [5, 7, 9] {
            let (got, want) = (&mean.rows[&k], &want.rows[&k]);
            for c in 0..3 {
                assert!((got[c] - want[c]).abs() < 1e-3, "feature {k} class {c}");
            }
        }
        // Pruning drops the small means; models over other classes do not average.
        let pruned = QuantWeights::average(&[&one, &two], 1.0).unwrap();
        assert_eq!(pruned.n_features(), 2);
        let four = QuantWeights::from_sparse(
            &SparseWeights {
                n_classes: 4,
                rows: vec![(5, vec![(3, 1.0)])],
            },
            0.0,
        );
        assert!(QuantWeights::average(&[&one, &four], 0.0).is_none());
        assert!(QuantWeights::average(&[], 0.0).is_none());
    }

    #[test]
    fn lookups_find_every_stored_feature_and_nothing_else() {
        // Clustered hashes (long runs past their home slots), both extremes, and a spread.
        let mut rng = crate::perceptron::Rng::new(3);
        let mut keys: Vec<u64> = (0..2000).map(|_| rng.next_u64()).collect();
        keys.extend((0..300).map(|i| (1u64 << 40) + i));
        keys.extend([0, 1, u64::MAX - 1, u64::MAX]);
        keys.sort_unstable();
        keys.dedup();
        let rows: Vec<(u64, Vec<(u32, f32)>)> = keys
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, vec![((i % 5) as u32, 1.0 + (i % 7) as f32)]))
            .collect();
        let w = QuantWeights::from_sparse(
            &SparseWeights {
                n_classes: 5,
                rows: rows.clone(),
            },
            0.0,
        );
        assert_eq!(w.n_features(), keys.len());
        let back = through_a_file(&w);
        assert_eq!(back, w);
        for (k, row) in &rows {
            let mut scores = [0; 5];
            w.score_into(&[*k], &mut scores);
            let (c, x) = row[0];
            assert_eq!(scores[c as usize] as f32 * w.scale(), x, "feature {k:#x}");
            assert_eq!(scores.iter().filter(|s| **s != 0).count(), 1);
        }
        for k in [2, (1u64 << 40) + 300, (1u64 << 40) - 1, u64::MAX - 2] {
            let mut scores = [0; 5];
            w.score_into(&[k], &mut scores);
            assert_eq!(scores, [0; 5], "absent feature {k:#x} scored");
        }
    }

    #[test]
    fn rows_weighing_on_many_classes_are_dense_and_score_like_sparse_ones() {
        // Three features on 16 classes: one cell (sparse), eight (dense), one (sparse).
        let rows = vec![
            (10, vec![(1, 0.5)]),
            (20, (0..8).map(|c| (c, c as f32 - 3.5)).collect()),
            (30, vec![(7, 1.0)]),
        ];
        let w = QuantWeights::from_sparse(
            &SparseWeights {
                n_classes: 16,
                rows: rows.clone(),
            },
            0.0,
        );
        assert_eq!(w.dense.len(), 16, "one dense row");
        // The two one-cell rows live in their slots.
        assert_eq!((w.n_features(), w.n_weights(), w.cells.len()), (3, 10, 0));
        let mut scores = [0; 16];
        w.score_into(&[10, 20, 30, 25], &mut scores);
        let mut want = [0.0f32; 16];
        for (_, cells) in &rows {
            for (c, x) in cells {
                want[*c as usize] += x;
            }
        }
        for (s, x) in scores.iter().zip(want) {
            assert!(
                (*s as f32 * w.scale() - x).abs() < 1e-3,
                "{scores:?} vs {want:?}"
            );
        }
        // Each feature's scores apart, and the file as sparse as it was.
        let mut each = [0; 32];
        w.score_each(&[30, 10], &mut each);
        assert_eq!(each[7] as f32 * w.scale(), 1.0);
        assert_eq!(each[16 + 1] as f32 * w.scale(), 0.5);
        let back = through_a_file(&w);
        assert_eq!(back, w);
        assert_eq!(back.to_weights().rows[&20][0], -3.5);
    }

    #[test]
    fn rows_of_one_or_two_cells_live_in_their_slots_and_score_the_same() {
        // On 600 classes (never dense here): negative weights, a class past 255 (kept out of the
        // slot, whose cells hold 8-bit classes) and a three-cell row stay with the cells.
        let rows = vec![
            (10, vec![(3, -0.5)]),
            (20, vec![(0, 1.0), (255, -2.0)]),
            (30, vec![(256, 0.25)]),
            (40, vec![(1, 0.5), (2, 0.75), (3, -1.0)]),
        ];
        let w = QuantWeights::from_sparse(
            &SparseWeights {
                n_classes: 600,
                rows: rows.clone(),
            },
            0.0,
        );
        assert_eq!(
            w.cells.len(),
            4,
            "the class-256 cell and the three-cell row"
        );
        assert_eq!((w.n_features(), w.n_weights()), (4, 7));
        let mut want = vec![0.0f32; 600];
        for (_, cells) in &rows {
            for (c, x) in cells {
                want[*c as usize] += x;
            }
        }
        let mut scores = vec![0; 600];
        w.score_into(&[10, 20, 30, 40, 35], &mut scores);
        for (c, (s, x)) in scores.iter().zip(&want).enumerate() {
            assert!((*s as f32 * w.scale() - x).abs() < 1e-3, "class {c}");
        }
        let back = through_a_file(&w);
        assert_eq!(back, w);
        let back = back.to_weights();
        assert_eq!(back.rows[&20][255], -2.0);
        assert!((back.rows[&10][3] + 0.5).abs() < 1e-3);
    }

    #[test]
    fn long_dense_rows_score_the_same_on_every_processor() {
        // Forty classes: added with 256-bit vectors where the processor has them.
        let rows: Vec<(u64, Vec<(u32, f32)>)> = (0..3)
            .map(|k| {
                (
                    k,
                    (0..40)
                        .map(|c| (c, (c as f32 - 20.0) * (k + 1) as f32))
                        .collect(),
                )
            })
            .collect();
        let w = QuantWeights::from_sparse(
            &SparseWeights {
                n_classes: 40,
                rows,
            },
            0.0,
        );
        let mut wide = vec![0; 40];
        w.score_into(&[0, 1, 2], &mut wide);
        let mut plain = vec![0; 40];
        for k in 0..3 {
            if let Row::Dense(row) = w.row(w.find(k)) {
                add_dense(&mut plain, row);
            }
        }
        assert_eq!(wide, plain);
        assert_eq!(wide[0] as f32 * w.scale(), -120.0);
    }

    #[test]
    fn bytes_do_not_depend_on_insertion_order() {
        let m = small_model();
        let mut shuffled = m.clone();
        shuffled.params.reverse();
        assert_eq!(m.to_bytes(), shuffled.to_bytes());
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        let bytes = small_model().to_bytes();
        assert!(ModelFile::from_bytes(b"hello").is_err());
        assert!(ModelFile::from_bytes(&bytes[..bytes.len() / 2]).is_err());
        for i in (0..bytes.len()).step_by(3) {
            let mut b = bytes.clone();
            b[i] ^= 0x5a;
            assert!(
                ModelFile::from_bytes(&b).is_err(),
                "flip at byte {i} accepted"
            );
        }
    }

    #[test]
    fn a_file_of_another_format_version_says_so() {
        let mut bytes = small_model().to_bytes();
        bytes[MAGIC.len()..MAGIC.len() + 4].copy_from_slice(&1u32.to_le_bytes());
        let e = ModelFile::from_bytes(&bytes).unwrap_err();
        assert!(e.0.contains("format version 1"), "{e}");
    }

    #[test]
    fn missing_file_says_how_to_train_it() {
        let e = ModelFile::read(
            Path::new("/nonexistent/tagger.bin"),
            "tagger",
            "newsgraph train tagger",
        )
        .unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("tagger.bin") && msg.contains("newsgraph train tagger"));
    }

    #[test]
    fn interned_labels_are_shared() {
        let a = intern("nsubj:pass");
        let b = intern(&String::from("nsubj:pass"));
        assert!(std::ptr::eq(a, b));
    }
}
