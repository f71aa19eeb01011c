//! Duplicate detection: an exact content hash, and a MinHash signature over word shingles whose
//! bands find near-duplicates (the same wire story lightly edited by another outlet).
//!
//! **Invariant:** fingerprints depend only on the article's words (case, punctuation and spacing
//! ignored) and on fixed seeds, never on process state, so the same text gets the same
//! fingerprint on every run and machine: a store can keep them and compare across runs.

use sha2::{Digest, Sha256};

/// Words per shingle: five words catch rewording while ignoring shared stock phrases.
const SHINGLE_WORDS: usize = 5;
/// Signature length: bands × rows.
pub const SIGNATURE_LEN: usize = 64;
const ROWS_PER_BAND: usize = 4;
/// With 16 bands of 4 rows, pairs with Jaccard similarity 0.7 share a band with probability
/// 1 - (1 - 0.7^4)^16 ≈ 0.98, pairs at 0.3 with probability ≈ 0.12 (then rejected on the full
/// signature).
pub const BANDS: usize = SIGNATURE_LEN / ROWS_PER_BAND;
/// Estimated Jaccard similarity of shingle sets above which two articles tell the same story.
pub const NEAR_DUPLICATE: f64 = 0.7;

/// What the store keeps of an article to find its duplicates later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// SHA-256 (hex) of the lower-cased words: equal for exact copies.
    pub content_hash: String,
    pub minhash: Vec<u32>,
}

impl Fingerprint {
    pub fn of(text: &str) -> Fingerprint {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let joined = words.join(" ");
        let content_hash = Sha256::digest(joined.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let mut minhash = vec![u32::MAX; SIGNATURE_LEN];
        let shingles: Vec<u64> = if words.len() <= SHINGLE_WORDS {
            vec![fnv1a(joined.as_bytes())]
        } else {
            words
                .windows(SHINGLE_WORDS)
                .map(|w| fnv1a(w.join(" ").as_bytes()))
                .collect()
        };
        for s in shingles {
            for (i, slot) in minhash.iter_mut().enumerate() {
                let h =
                    (splitmix(s ^ SEEDS[i % SEEDS.len()].wrapping_mul(i as u64 + 1)) >> 32) as u32;
                *slot = (*slot).min(h);
            }
        }
        Fingerprint {
            content_hash,
            minhash,
        }
    }

    /// One bucket key per band; two articles sharing a key are candidates.
    pub fn bands(&self) -> Vec<i64> {
        self.minhash
            .chunks(ROWS_PER_BAND)
            .enumerate()
            .map(|(band, rows)| {
                let mut bytes = Vec::with_capacity(4 + rows.len() * 4);
                bytes.extend_from_slice(&(band as u32).to_le_bytes());
                for r in rows {
                    bytes.extend_from_slice(&r.to_le_bytes());
                }
                fnv1a(&bytes) as i64
            })
            .collect()
    }

    /// Estimated Jaccard similarity: the share of equal signature slots.
    pub fn similarity(&self, other: &[u32]) -> f64 {
        if self.minhash.len() != other.len() || other.is_empty() {
            return 0.0;
        }
        let same = self
            .minhash
            .iter()
            .zip(other)
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / other.len() as f64
    }
}

const SEEDS: [u64; 4] = [
    0x9E37_79B9_7F4A_7C15,
    0xC2B2_AE3D_27D4_EB4F,
    0x1656_67B1_9E37_79F9,
    0x85EB_CA77_C2B2_AE63,
];

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Protesters clashed with police in Nairobi on Tuesday after parliament passed a \
        finance bill that raises taxes on bread and fuel. Officials said dozens were arrested and \
        several officers were injured during the clashes near the parliament building. The \
        opposition leader called for further demonstrations next week.";

    #[test]
    fn exact_copies_share_the_hash_whatever_the_spacing() {
        let a = Fingerprint::of(STORY);
        let b = Fingerprint::of(&STORY.to_uppercase().replace(' ', "  "));
        assert_eq!(a.content_hash, b.content_hash);
        assert_eq!(a.similarity(&b.minhash), 1.0);
    }

    #[test]
    fn a_lightly_edited_copy_is_a_near_duplicate() {
        let edited = STORY.replace("dozens were arrested", "at least 40 people were arrested");
        let a = Fingerprint::of(STORY);
        let b = Fingerprint::of(&edited);
        assert_ne!(a.content_hash, b.content_hash);
        assert!(
            a.similarity(&b.minhash) >= NEAR_DUPLICATE,
            "{}",
            a.similarity(&b.minhash)
        );
        assert!(a.bands().iter().zip(b.bands()).any(|(x, y)| *x == y));
    }

    #[test]
    fn a_different_story_is_not() {
        let other = "The central bank held interest rates steady on Wednesday, citing slowing \
            inflation and weak export demand, and said it would review its outlook in March after \
            new figures on growth and employment are published.";
        let a = Fingerprint::of(STORY);
        assert!(a.similarity(&Fingerprint::of(other).minhash) < 0.2);
    }
}
