//! Readers for the annotated corpora that trainers and evaluations read: CoNLL-U (Universal
//! Dependencies treebanks) and the CoNLL-2003 column format (NER).
//!
//! **Invariant:** readers never panic on malformed input; they return an error that names the line.

use std::fmt;

#[derive(Debug, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct CorpusError {
    pub line: usize,
    pub reason: String,
}

/// One word (syntactic token) of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UdWord {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 1-based head; 0 is the root.
    pub head: usize,
    pub deprel: String,
    pub misc: String,
}

impl UdWord {
    /// False when MISC says `SpaceAfter=No`.
    pub fn space_after(&self) -> bool {
        !self.misc.split('|').any(|m| m == "SpaceAfter=No")
    }
}

/// A multiword token such as "can't" = "ca" + "n't": its surface form spans words `first..=last`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UdMultiword {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UdSentence {
    /// Comment lines without the leading `# `.
    pub comments: Vec<String>,
    pub words: Vec<UdWord>,
    pub multiwords: Vec<UdMultiword>,
}

impl UdSentence {
    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.trim())
        })
    }
    /// The raw sentence text (`# text`), if present.
    pub fn text(&self) -> Option<&str> {
        self.comment("text")
    }
    /// True when this sentence starts a new document (`# newdoc`).
    pub fn new_doc(&self) -> bool {
        self.comments.iter().any(|c| c.starts_with("newdoc"))
    }
    /// True when this sentence starts a new paragraph (`# newpar`), or a new document.
    pub fn new_par(&self) -> bool {
        self.comments
            .iter()
            .any(|c| c.starts_with("newpar") || c.starts_with("newdoc"))
    }
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }
}

/// Parses a whole CoNLL-U text. Empty nodes (`8.1`) are skipped.
pub fn read_conllu(text: &str) -> Result<Vec<UdSentence>, CorpusError> {
    let mut out = Vec::new();
    let mut cur = UdSentence::default();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            cur.comments.push(c.trim_start().to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(CorpusError {
                line: line_no,
                reason: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        let id = cols[0];
        if id.contains('.') {
            continue;
        }
        if let Some((a, b)) = id.split_once('-') {
            let (first, last) = (parse_index(a, line_no)?, parse_index(b, line_no)?);
            cur.multiwords.push(UdMultiword {
                first,
                last,
                form: cols[1].to_string(),
                misc: cols[9].to_string(),
            });
            continue;
        }
        let n = parse_index(id, line_no)?;
        if n != cur.words.len() + 1 {
            return Err(CorpusError {
                line: line_no,
                reason: format!("word id {n} out of sequence"),
            });
        }
        let head = if cols[6] == "_" {
            0
        } else {
            parse_index(cols[6], line_no)?
        };
        cur.words.push(UdWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

fn parse_index(s: &str, line: usize) -> Result<usize, CorpusError> {
    s.parse().map_err(|_| CorpusError {
        line,
        reason: format!("'{s}' is not a word index"),
    })
}

/// Writes sentences back as CoNLL-U (comments, multiword lines and words, blank line after each).
pub fn write_conllu(sentences: &[UdSentence]) -> String {
    let mut s = String::new();
    for sent in sentences {
        s.push_str(&sent.to_string());
    }
    s
}

impl fmt::Display for UdSentence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in &self.comments {
            writeln!(f, "# {c}")?;
        }
        for (i, w) in self.words.iter().enumerate() {
            let n = i + 1;
            for m in self.multiwords.iter().filter(|m| m.first == n) {
                writeln!(
                    f,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    m.first, m.last, m.form, m.misc
                )?;
            }
            writeln!(
                f,
                "{n}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
                w.form, w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel, w.misc
            )?;
        }
        writeln!(f)
    }
}

/// One token line of a CoNLL-2003 file: the token, then the other columns as they were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConllToken {
    pub form: String,
    /// Every column after the first (POS, chunk, NER in the original files).
    pub columns: Vec<String>,
}

impl ConllToken {
    /// The last column (the NER tag in CoNLL-2003).
    pub fn last(&self) -> Option<&str> {
        self.columns.last().map(String::as_str)
    }
}

/// A line of a CoNLL-2003 file, kept so a file can be written back exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConllLine {
    /// `-DOCSTART- ...`
    DocStart(String),
    Blank,
    Token(ConllToken),
}

/// Reads a CoNLL-2003-style column file line by line (whitespace-separated columns).
pub fn read_conll(text: &str) -> Result<Vec<ConllLine>, CorpusError> {
    text.lines()
        .enumerate()
        .map(|(i, raw)| {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() {
                return Ok(ConllLine::Blank);
            }
            if line.starts_with("-DOCSTART-") {
                return Ok(ConllLine::DocStart(line.to_string()));
            }
            let mut cols = line.split_whitespace().map(str::to_string);
            let form = cols.next().ok_or(CorpusError {
                line: i + 1,
                reason: "no token".into(),
            })?;
            Ok(ConllLine::Token(ConllToken {
                form,
                columns: cols.collect(),
            }))
        })
        .collect()
}

/// Groups CoNLL lines into sentences of tokens (blank lines and `-DOCSTART-` end a sentence).
pub fn conll_sentences(lines: &[ConllLine]) -> Vec<Vec<ConllToken>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for l in lines {
        match l {
            ConllLine::Token(t) => cur.push(t.clone()),
            _ if !cur.is_empty() => out.push(std::mem::take(&mut cur)),
            _ => {}
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Converts IOB1 tags (CoNLL-2003's) to IOB2: every entity starts with `B-`.
pub fn iob1_to_iob2(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(tags.len());
    for (i, t) in tags.iter().enumerate() {
        if let Some(ty) = t.strip_prefix("I-") {
            let prev = if i == 0 { "O" } else { tags[i - 1].as_str() };
            let continues = prev.len() > 2 && &prev[2..] == ty;
            out.push(if continues {
                t.clone()
            } else {
                format!("B-{ty}")
            });
        } else {
            out.push(t.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const UD: &str = "# newdoc id = d1\n# text = I can't go.\n1-2\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tca\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn conllu_round_trip() {
        let s = read_conllu(UD).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].forms(), ["ca", "n't", "go", "."]);
        assert_eq!(s[0].text(), Some("I can't go."));
        assert!(s[0].new_doc());
        assert!(!s[0].words[2].space_after());
        let again = read_conllu(&write_conllu(&s)).unwrap();
        assert_eq!(again, s);
    }

    #[test]
    fn conllu_errors_name_the_line() {
        let e = read_conllu("1\tx\n").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn iob_conversion() {
        let t: Vec<String> = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(iob1_to_iob2(&t), ["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]);
    }
}

/// The arithmetic every evaluation shares: precision, recall and F1 from counts.
pub mod score {
    /// `part / whole`, or 0 when there is nothing to divide by.
    pub fn ratio(part: usize, whole: usize) -> f64 {
        if whole == 0 {
            0.0
        } else {
            part as f64 / whole as f64
        }
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(precision: f64, recall: f64) -> f64 {
        if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        }
    }

    /// The counts of one measure: gold items, predicted items, and predicted items that match a
    /// gold one (each gold item matched at most once).
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
    pub struct Counts {
        pub matched: usize,
        pub gold: usize,
        pub predicted: usize,
    }

    impl Counts {
        pub fn precision(&self) -> f64 {
            ratio(self.matched, self.predicted)
        }
        pub fn recall(&self) -> f64 {
            ratio(self.matched, self.gold)
        }
        pub fn f1(&self) -> f64 {
            f1(self.precision(), self.recall())
        }
    }

    impl std::ops::AddAssign for Counts {
        fn add_assign(&mut self, other: Counts) {
            self.matched += other.matched;
            self.gold += other.gold;
            self.predicted += other.predicted;
        }
    }

    impl std::fmt::Display for Counts {
        /// `P  98.50  R  97.00  F1  97.74  (matched 970, gold 1000, predicted 985)`.
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(
                f,
                "P {:6.2}  R {:6.2}  F1 {:6.2}  (matched {}, gold {}, predicted {})",
                100.0 * self.precision(),
                100.0 * self.recall(),
                100.0 * self.f1(),
                self.matched,
                self.gold,
                self.predicted
            )
        }
    }

    /// The 95% percentile interval of a statistic over `units` resampled with replacement, `draws`
    /// times (the bootstrap): how far a score could move on another sample of articles like
    /// these. `statistic` reads one resample as the indices of the units drawn; `below(n)` is a
    /// seeded random number in `0..n`, so the interval is the same on every run.
    pub fn bootstrap_interval(
        units: usize,
        draws: usize,
        mut below: impl FnMut(usize) -> usize,
        mut statistic: impl FnMut(&[usize]) -> f64,
    ) -> (f64, f64) {
        if units == 0 || draws == 0 {
            return (0.0, 0.0);
        }
        let mut sample = vec![0; units];
        let mut values: Vec<f64> = (0..draws)
            .map(|_| {
                sample.iter_mut().for_each(|u| *u = below(units));
                statistic(&sample)
            })
            .collect();
        values.sort_by(f64::total_cmp);
        let at = |q: f64| values[((q * draws as f64) as usize).min(draws - 1)];
        (at(0.025), at(0.975))
    }

    /// The counts of the units a resample drew, summed.
    pub fn summed(counts: &[Counts], drawn: &[usize]) -> Counts {
        let mut total = Counts::default();
        for &i in drawn {
            total += counts[i];
        }
        total
    }

    #[cfg(test)]
    mod tests {
        use super::Counts;

        #[test]
        fn nothing_predicted_scores_zero_not_nan() {
            let c = Counts::default();
            assert_eq!((c.precision(), c.recall(), c.f1()), (0.0, 0.0, 0.0));
        }

        #[test]
        fn the_bootstrap_interval_brackets_the_score_and_narrows_with_agreement() {
            use super::{bootstrap_interval, summed};
            // A counter stands in for the random draws: every unit is drawn in turn.
            let units = [
                Counts {
                    matched: 1,
                    gold: 4,
                    predicted: 2,
                },
                Counts {
                    matched: 3,
                    gold: 4,
                    predicted: 4,
                },
                Counts {
                    matched: 0,
                    gold: 4,
                    predicted: 1,
                },
                Counts {
                    matched: 4,
                    gold: 4,
                    predicted: 5,
                },
            ];
            let mut k = 0usize;
            let mut next = |n: usize| {
                k = (k * 7 + 3) % 101;
                k % n
            };
            let (lo, hi) = bootstrap_interval(4, 500, &mut next, |d| summed(&units, d).f1());
            let whole = summed(&units, &[0, 1, 2, 3]).f1();
            assert!(lo < whole && whole < hi, "{lo} < {whole} < {hi}");
            // Units that all score alike leave nothing to vary.
            let same = [units[1]; 4];
            let (lo, hi) = bootstrap_interval(4, 500, &mut next, |d| summed(&same, d).f1());
            assert!((hi - lo).abs() < 1e-12);
            assert_eq!(bootstrap_interval(0, 500, &mut next, |_| 1.0), (0.0, 0.0));
        }

        #[test]
        fn f1_is_the_harmonic_mean() {
            let mut c = Counts {
                matched: 2,
                gold: 2,
                predicted: 4,
            };
            assert!((c.f1() - 2.0 / 3.0).abs() < 1e-9);
            c += Counts {
                matched: 1,
                gold: 2,
                predicted: 1,
            };
            assert_eq!((c.matched, c.gold, c.predicted), (3, 4, 5));
        }
    }
}
