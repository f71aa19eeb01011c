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

use crate::perceptron::{FeatureMap, SparseWeights, Weights};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

pub const MAGIC: &[u8; 8] = b"NGMODEL\0";
pub const FORMAT_VERSION: u32 = 1;

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
        let mut w = Vec::with_capacity(64 + self.weights.cells.len() * 3);
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
        let sum = fnv64(&w);
        w.extend_from_slice(&sum.to_le_bytes());
        w
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<ModelFile, FormatError> {
        if bytes.len() < MAGIC.len() + 4 + 8 || &bytes[..MAGIC.len()] != MAGIC {
            return Err(FormatError("not a Newsgraph model file (bad magic)".into()));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let mut sum_bytes = [0u8; 8];
        sum_bytes.copy_from_slice(sum);
        if fnv64(body) != u64::from_le_bytes(sum_bytes) {
            return Err(FormatError(
                "checksum mismatch (truncated or damaged)".into(),
            ));
        }
        let mut r = Reader {
            bytes: body,
            pos: MAGIC.len(),
        };
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(FormatError(format!(
                "format version {version}, this build reads version {FORMAT_VERSION}"
            )));
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

/// One slot of the open-addressing index: a feature hash and its cells `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    key: u64,
    start: u32,
    end: u32,
}
const EMPTY: u32 = u32::MAX;

/// Averaged weights quantised to i16 with one scale, sparse per feature, for inference.
///
/// Scores are integer sums (the scale is shared, so it does not change which class wins).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuantWeights {
    n_classes: usize,
    scale: f32,
    /// Feature hashes, ascending; `starts[i]..starts[i + 1]` are feature i's cells.
    keys: Vec<u64>,
    starts: Vec<u32>,
    /// `class << 16 | weight as u16`.
    cells: Vec<u32>,
    slots: Vec<Slot>,
    mask: usize,
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
        let mut kept = Vec::with_capacity(w.rows.len());
        let mut starts = vec![0u32];
        let mut cells = Vec::new();
        for (k, row) in &w.rows {
            let before = cells.len();
            for &(c, x) in row {
                if x.abs() < prune || c as usize >= w.n_classes {
                    continue;
                }
                let q = (x / scale).round().clamp(-32767.0, 32767.0) as i16;
                if q != 0 {
                    cells.push(pack(c as usize, q));
                }
            }
            if cells.len() > before {
                kept.push(*k);
                starts.push(cells.len() as u32);
            }
        }
        QuantWeights::build(w.n_classes, scale, kept, starts, cells)
    }

    fn build(
        n_classes: usize,
        scale: f32,
        keys: Vec<u64>,
        starts: Vec<u32>,
        cells: Vec<u32>,
    ) -> QuantWeights {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![
            Slot {
                key: 0,
                start: EMPTY,
                end: EMPTY,
            };
            cap
        ];
        for (i, &key) in keys.iter().enumerate() {
            let mut s = slot_of(key, mask);
            while slots[s].start != EMPTY {
                s = (s + 1) & mask;
            }
            slots[s] = Slot {
                key,
                start: starts[i],
                end: starts[i + 1],
            };
        }
        QuantWeights {
            n_classes,
            scale,
            keys,
            starts,
            cells,
            slots,
            mask,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    /// How many features have weights.
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }
    /// How many non-zero weights there are.
    pub fn n_weights(&self) -> usize {
        self.cells.len()
    }
    /// The value of one integer score unit.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    fn cells_of(&self, key: u64) -> &[u32] {
        let mut s = slot_of(key, self.mask);
        loop {
            let slot = self.slots[s];
            if slot.start == EMPTY {
                return &[];
            }
            if slot.key == key {
                return &self.cells[slot.start as usize..slot.end as usize];
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Adds each feature's weights to `scores` (which must hold `n_classes` values).
    pub fn score_into(&self, feats: &[u64], scores: &mut [i32]) {
        for &f in feats {
            for &cell in self.cells_of(f) {
                let (c, w) = unpack(cell);
                if let Some(s) = scores.get_mut(c) {
                    *s += i32::from(w);
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
        let mut best = 0;
        let mut best_score = i32::MIN;
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

    /// Back to float weights (the quantised values), e.g. to compare with a [`Weights`] table.
    pub fn to_weights(&self) -> Weights {
        let mut rows = FeatureMap::default();
        for (i, &k) in self.keys.iter().enumerate() {
            let mut row = vec![0.0f32; self.n_classes];
            for &cell in &self.cells[self.starts[i] as usize..self.starts[i + 1] as usize] {
                let (c, w) = unpack(cell);
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
        put_varint(w, self.keys.len() as u64);
        let mut prev = 0u64;
        for (i, &k) in self.keys.iter().enumerate() {
            put_varint(w, k - prev);
            prev = k;
            let cells = &self.cells[self.starts[i] as usize..self.starts[i + 1] as usize];
            put_varint(w, cells.len() as u64);
            let mut prev_class = 0usize;
            for &cell in cells {
                let (c, q) = unpack(cell);
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
        let mut keys = Vec::with_capacity(n);
        let mut starts = Vec::with_capacity(n + 1);
        starts.push(0u32);
        let mut cells = Vec::with_capacity(n * 4);
        let mut key = 0u64;
        for i in 0..n {
            let delta = r.varint()?;
            if i > 0 && delta == 0 {
                return Err(FormatError("feature hashes not strictly ascending".into()));
            }
            key = key
                .checked_add(delta)
                .ok_or_else(|| FormatError("feature hash overflows".into()))?;
            keys.push(key);
            let m = r.count()?;
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
                cells.push(pack(class, q));
            }
            let end =
                u32::try_from(cells.len()).map_err(|_| FormatError("too many weights".into()))?;
            starts.push(end);
        }
        Ok(QuantWeights::build(n_classes, scale, keys, starts, cells))
    }
}

fn slot_of(key: u64, mask: usize) -> usize {
    // Feature keys are already hashes; the multiply only guards against low-bit patterns.
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 20) as usize & mask
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

fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
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
    fn varint(&mut self) -> Result<u64, FormatError> {
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
            weights: QuantWeights::from_weights(&t.finish(0.0), 0.0),
        }
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
