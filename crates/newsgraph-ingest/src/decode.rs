//! Turning raw bytes into text: refuses binary data and anything that is not UTF-8, and says at
//! which byte.
//!
//! **Invariant:** a `&str` handed on by [`decode`] is exactly the input bytes (minus a leading
//! byte-order mark); nothing is replaced or guessed.

use crate::error::Problem;

/// Checks `bytes` for NUL bytes (binary data) and invalid UTF-8. `base` is the offset of
/// `bytes[0]` in the whole input, so that errors point into the file, not into a line.
pub(crate) fn decode(bytes: &[u8], base: u64) -> Result<&str, Problem> {
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        return Err(Problem::Binary {
            offset: base + i as u64,
        });
    }
    let (bytes, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Problem::NotUtf8 {
            byte: bytes.get(at).copied().unwrap_or(0),
            offset: base + bom + at as u64,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_is_refused_at_its_byte() {
        let err = decode(b"Caf\xe9 opens", 100).unwrap_err();
        assert!(matches!(
            err,
            Problem::NotUtf8 {
                byte: 0xe9,
                offset: 103
            }
        ));
        assert!(err.to_string().contains("iconv -f LATIN1 -t UTF-8"));
    }

    #[test]
    fn nul_means_binary_and_bom_is_dropped() {
        assert!(matches!(
            decode(b"ab\0c", 0),
            Err(Problem::Binary { offset: 2 })
        ));
        assert_eq!(decode(b"\xEF\xBB\xBFHeadline", 0).unwrap(), "Headline");
        assert_eq!(
            decode("Pompeo’s visit".as_bytes(), 0).unwrap(),
            "Pompeo’s visit"
        );
    }
}
