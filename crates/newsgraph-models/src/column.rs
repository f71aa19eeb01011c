//! Columns of a sentence: one string per token (its lowercase form, its shape ...) in one
//! buffer, so that computing a sentence's features allocates once per column, not once per token.
//!
//! **Invariant:** a column holds exactly one string per token, in token order; positions outside
//! the sentence read as the boundary markers `<s>` (before) and `</s>` (after), which no feature
//! extractor writes as a token's string.

/// One string per token of a sentence, all in one buffer: a sentence's columns (lowercase forms,
/// shapes ...) cost one allocation each, not one per token.
#[derive(Debug, Default)]
pub struct Column {
    text: String,
    ends: Vec<usize>,
}

impl Column {
    /// A column of one string per word, each written by `write`.
    pub fn of<'w>(
        words: impl Iterator<Item = &'w str>,
        mut write: impl FnMut(&'w str, usize, &mut String),
    ) -> Column {
        let mut column = Column::default();
        for (i, w) in words.enumerate() {
            write(w, i, &mut column.text);
            column.ends.push(column.text.len());
        }
        column
    }

    /// Token `i`'s string.
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..self.ends[i]).unwrap_or("")
    }

    /// Token `j`'s string, or the sentence boundary marker past either end.
    #[inline]
    pub fn at(&self, j: isize) -> &str {
        match usize::try_from(j) {
            Err(_) => "<s>",
            Ok(j) if j >= self.ends.len() => "</s>",
            Ok(j) => self.get(j),
        }
    }

    /// How many strings the column holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The strings in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// `word` lowercased as [`str::to_lowercase`] does, without allocating for ASCII words.
pub fn push_lower(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&word.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::Column;

    #[test]
    fn strings_by_position_and_boundaries_outside() {
        let words = ["Lavrov", "", "met"];
        let lower = Column::of(words.iter().copied(), |w, _, out| {
            out.push_str(&w.to_lowercase())
        });
        assert_eq!(lower.iter().collect::<Vec<_>>(), ["lavrov", "", "met"]);
        assert_eq!(
            (lower.at(-1), lower.at(2), lower.at(3)),
            ("<s>", "met", "</s>")
        );
        assert_eq!(lower.len(), 3);
    }
}
