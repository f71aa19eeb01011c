//! The NER model file: a small binary format holding the word statistics, the gazetteer and the
//! perceptron weights quantised to 16 bits.
//!
//! Layout (little endian): magic `NGNER`, format version (u32), then the word table, the name
//! table and the weight table, each as a u32 count followed by its entries in sorted order.
//!
//! **Invariant:** writing is deterministic (sorted keys, fixed-width numbers) and reading never
//! panics: every length is checked against the bytes that remain.

use super::lexicon::{Gazetteer, WordStats, WordUse};
use super::{NerError, TAGS};
use crate::perceptron::{FeatureMap, Weights};

const MAGIC: &[u8; 5] = b"NGNER";
const VERSION: u32 = 1;

pub fn write(weights: &Weights, words: &WordStats, names: &Gazetteer) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    let words = words.sorted();
    out.extend_from_slice(&(words.len() as u32).to_le_bytes());
    for (w, u) in words {
        put_str(&mut out, w);
        out.push(u.casing);
        out.push(u.frequency);
    }
    let names = names.sorted();
    out.extend_from_slice(&(names.len() as u32).to_le_bytes());
    for (n, types) in names {
        put_str(&mut out, n);
        out.push(types);
    }
    let max = weights
        .rows
        .values()
        .flat_map(|r| r.iter())
        .fold(0.0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
    let mut keys: Vec<u64> = weights.rows.keys().copied().collect();
    keys.sort_unstable();
    let quantised: Vec<(u64, Vec<i16>)> = keys
        .into_iter()
        .filter_map(|k| {
            let row: Vec<i16> = weights.rows[&k]
                .iter()
                .map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16)
                .collect();
            row.iter().any(|q| *q != 0).then_some((k, row))
        })
        .collect();
    out.extend_from_slice(&(weights.n_classes as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&(quantised.len() as u32).to_le_bytes());
    for (k, row) in quantised {
        out.extend_from_slice(&k.to_le_bytes());
        for q in row {
            out.extend_from_slice(&q.to_le_bytes());
        }
    }
    out
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    let len = s.len().min(u16::MAX as usize);
    out.extend_from_slice(&(len as u16).to_le_bytes());
    out.extend_from_slice(&s.as_bytes()[..len]);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or(NerError::Corrupt {
            reason: format!("truncated at byte {}", self.at),
        })?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], NerError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, NerError> {
        Ok(self.array::<1>()?[0])
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn string(&mut self) -> Result<String, NerError> {
        let len = u16::from_le_bytes(self.array()?) as usize;
        let b = self.take(len)?;
        String::from_utf8(b.to_vec()).map_err(|_| NerError::Corrupt {
            reason: format!("invalid UTF-8 before byte {}", self.at),
        })
    }
    /// A count of entries that each take at least `min_size` bytes, checked against what remains
    /// so that a corrupt count cannot make us allocate without bound.
    fn count(&mut self, min_size: usize) -> Result<usize, NerError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size) > self.bytes.len() - self.at {
            return Err(NerError::Corrupt {
                reason: format!("count {n} at byte {} exceeds the file", self.at - 4),
            });
        }
        Ok(n)
    }
}

pub fn read(bytes: &[u8]) -> Result<(Weights, WordStats, Gazetteer), NerError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(MAGIC.len()).ok() != Some(MAGIC.as_slice()) {
        return Err(NerError::Corrupt {
            reason: "not a newsgraph NER model (bad magic bytes)".into(),
        });
    }
    let version = r.u32()?;
    if version != VERSION {
        return Err(NerError::Corrupt {
            reason: format!("format version {version}, this build reads version {VERSION}"),
        });
    }
    let mut words = WordStats::default();
    for _ in 0..r.count(4)? {
        let w = r.string()?;
        let casing = r.u8()?;
        let frequency = r.u8()?;
        words.words.insert(w, WordUse { casing, frequency });
    }
    let mut names = Gazetteer::default();
    for _ in 0..r.count(3)? {
        let n = r.string()?;
        let types = r.u8()?;
        names.names.insert(n, types);
    }
    let n_classes = r.u32()? as usize;
    if n_classes != TAGS.len() {
        return Err(NerError::Corrupt {
            reason: format!("{n_classes} classes, expected {}", TAGS.len()),
        });
    }
    let scale = f32::from_le_bytes(r.array()?);
    let n_rows = r.count(8 + 2 * n_classes)?;
    let mut rows = FeatureMap::default();
    rows.reserve(n_rows);
    for _ in 0..n_rows {
        let key = u64::from_le_bytes(r.array()?);
        let mut row = Vec::with_capacity(n_classes);
        for _ in 0..n_classes {
            row.push(f32::from(i16::from_le_bytes(r.array()?)) * scale);
        }
        rows.insert(key, row.into_boxed_slice());
    }
    if r.at != bytes.len() {
        return Err(NerError::Corrupt {
            reason: format!("{} unexpected bytes at the end", bytes.len() - r.at),
        });
    }
    Ok((Weights { n_classes, rows }, words, names))
}
