//! `newsgraph eval text`: scores the tokenizer and the sentence splitter against a CoNLL-U
//! treebank (UD English EWT).
//!
//! Each treebank document's raw text is rebuilt from the `# text =` comments: sentences of one
//! paragraph joined by a space, paragraphs (`# newpar`) by "\n", documents (`# newdoc`) kept apart,
//! as an [`newsgraph_text::Article`] joins its paragraphs. Gold words are located in that text in
//! order; a multiword token ("can't" = "ca" + "n't") contributes its words when they spell the
//! surface form and the whole surface form as one word otherwise ("dunno"-style respellings).
//!
//! How the figures are counted:
//! - **tokens**: a system token is correct when its byte span equals the span of a gold word.
//!   Precision = correct / system tokens, recall = correct / gold words (the CoNLL 2018 "Words"
//!   measure, computed on byte spans).
//! - **sentences**: a system sentence is correct when its byte span (first token's start to last
//!   token's end) equals a gold sentence's span (its `# text` without surrounding spaces).
//!   Precision = correct / system sentences, recall = correct / gold sentences.
//!
//! **Invariant:** scoring is a plain function of the gold documents ([`score`]); only [`run`]
//! touches files.

use anyhow::Context;
use newsgraph_corpus::UdSentence;
use newsgraph_corpus::score::Counts;
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A CoNLL-U file with `# text` comments, e.g. ../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu
    #[arg(long)]
    pub corpus: PathBuf,
    /// Also print up to this many token and sentence disagreements, with their context.
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let raw = std::fs::read_to_string(&a.corpus).with_context(|| {
        format!(
            "cannot read {}: pass --corpus with the path of a CoNLL-U file",
            a.corpus.display()
        )
    })?;
    let sentences = newsgraph_corpus::read_conllu(&raw)
        .with_context(|| format!("{} is not valid CoNLL-U", a.corpus.display()))?;
    let docs = gold_documents(&sentences);
    let scores = score(&docs);
    println!("corpus: {}", a.corpus.display());
    println!(
        "{} documents, {} gold sentences, {} gold words ({} words not found in the text)",
        docs.len(),
        scores.sentences.gold,
        scores.tokens.gold,
        docs.iter().map(|d| d.unaligned).sum::<usize>()
    );
    println!("tokens:    {}", scores.tokens);
    println!("sentences: {}", scores.sentences);
    if a.errors > 0 {
        print_errors(&docs, a.errors);
    }
    Ok(ExitCode::SUCCESS)
}

/// A treebank document rebuilt as raw text, with its gold word and sentence byte spans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldDocument {
    pub text: String,
    pub words: Vec<(usize, usize)>,
    pub sentences: Vec<(usize, usize)>,
    /// Gold words whose form could not be found in the sentence text (left out of the counts).
    pub unaligned: usize,
}

/// Rebuilds each document's text from the sentences' `# text` comments and locates the gold words.
pub fn gold_documents(sentences: &[UdSentence]) -> Vec<GoldDocument> {
    let mut docs = Vec::new();
    let mut doc = GoldDocument::default();
    for s in sentences {
        if s.new_doc() && !doc.text.is_empty() {
            docs.push(std::mem::take(&mut doc));
        }
        let own_text;
        let sentence_text = match s.text() {
            Some(t) => t.trim(),
            None => {
                own_text = text_from_forms(s);
                own_text.trim()
            }
        };
        if sentence_text.is_empty() {
            continue;
        }
        if !doc.text.is_empty() {
            doc.text.push(if s.new_par() { '\n' } else { ' ' });
        }
        let base = doc.text.len();
        doc.text.push_str(sentence_text);
        doc.sentences.push((base, doc.text.len()));
        let mut cursor = 0;
        for unit in surface_units(s) {
            let rest = &sentence_text[cursor..];
            let skipped = rest.len() - rest.trim_start().len();
            let at = cursor + skipped;
            if sentence_text[at..].starts_with(unit) {
                doc.words.push((base + at, base + at + unit.len()));
                cursor = at + unit.len();
            } else {
                doc.unaligned += 1;
            }
        }
    }
    if !doc.text.is_empty() {
        docs.push(doc);
    }
    docs
}

/// The forms to find in the text, in order: words, with a multiword token replaced by its surface
/// form when its words do not spell it.
fn surface_units(s: &UdSentence) -> Vec<&str> {
    let mut units = Vec::with_capacity(s.words.len());
    let mut n = 1;
    while n <= s.words.len() {
        if let Some(m) = s.multiwords.iter().find(|m| m.first == n && m.last >= n) {
            let last = m.last.min(s.words.len());
            let parts = &s.words[n - 1..last];
            let spelled: String = parts.iter().map(|w| w.form.as_str()).collect();
            if spelled == m.form {
                units.extend(parts.iter().map(|w| w.form.as_str()));
            } else {
                units.push(m.form.as_str());
            }
            n = last + 1;
        } else {
            units.push(s.words[n - 1].form.as_str());
            n += 1;
        }
    }
    units
}

fn text_from_forms(s: &UdSentence) -> String {
    let mut t = String::new();
    for w in &s.words {
        t.push_str(&w.form);
        if w.space_after() {
            t.push(' ');
        }
    }
    t
}

/// Adds one document's spans: a predicted span matches when a gold span has the same bytes.
fn count_spans(counts: &mut Counts, predicted: &[(usize, usize)], gold: &[(usize, usize)]) {
    let gold_set: HashSet<&(usize, usize)> = gold.iter().collect();
    *counts += Counts {
        matched: predicted.iter().filter(|s| gold_set.contains(s)).count(),
        gold: gold.len(),
        predicted: predicted.len(),
    };
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextScores {
    pub tokens: Counts,
    pub sentences: Counts,
}

/// Runs the tokenizer and the splitter over each document and counts matching spans.
pub fn score(docs: &[GoldDocument]) -> TextScores {
    let mut scores = TextScores::default();
    for d in docs {
        let (tokens, sentences) = system_spans(&d.text);
        count_spans(&mut scores.tokens, &tokens, &d.words);
        count_spans(&mut scores.sentences, &sentences, &d.sentences);
    }
    scores
}

type Spans = Vec<(usize, usize)>;

fn system_spans(text: &str) -> (Spans, Spans) {
    let tokens = newsgraph_text::tokenize(text);
    let sentences = newsgraph_text::split_sentences(text, &tokens);
    (
        tokens.iter().map(|t| (t.start, t.end)).collect(),
        sentences.iter().map(|s| (s.start, s.end)).collect(),
    )
}

/// Prints disagreements: each gold word the system missed with the system tokens over it, and each
/// gold sentence the system did not reproduce.
fn print_errors(docs: &[GoldDocument], limit: usize) {
    let mut shown_tokens = 0;
    let mut shown_sentences = 0;
    for d in docs {
        let (tokens, sentences) = system_spans(&d.text);
        let system: HashSet<&(usize, usize)> = tokens.iter().collect();
        for &(s, e) in &d.words {
            if shown_tokens < limit && !system.contains(&(s, e)) {
                let over: Vec<&str> = tokens
                    .iter()
                    .filter(|&&(ts, te)| ts < e && s < te)
                    .map(|&(ts, te)| &d.text[ts..te])
                    .collect();
                println!(
                    "token    gold {:?} system {:?} in {:?}",
                    &d.text[s..e],
                    over,
                    context(&d.text, s, e)
                );
                shown_tokens += 1;
            }
        }
        let system: HashSet<&(usize, usize)> = sentences.iter().collect();
        for &(s, e) in &d.sentences {
            if shown_sentences < limit && !system.contains(&(s, e)) {
                let over: Vec<&str> = sentences
                    .iter()
                    .filter(|&&(ss, se)| ss < e && s < se)
                    .map(|&(ss, se)| &d.text[ss..se])
                    .collect();
                println!(
                    "sentence gold {:?}\n         system {:?}",
                    &d.text[s..e],
                    over
                );
                shown_sentences += 1;
            }
        }
    }
}

fn context(text: &str, s: usize, e: usize) -> &str {
    let mut a = s.saturating_sub(30);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (e + 30).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    &text[a..b]
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = "\
# newdoc id = d1
# newpar id = p1
# text = He can't go to the U.S. now.
2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
5\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_
6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_
7\tU.S.\tU.S.\tPROPN\tNNP\t_\t4\tobl\t_\t_
8\tnow\tnow\tADV\tRB\t_\t4\tadvmod\t_\tSpaceAfter=No
9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# text = Fine.
1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No
2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

# newpar id = p2
# text = Wanna see
1-2\tWanna\t_\t_\t_\t_\t_\t_\t_\t_
1\tWan\twant\tVERB\tVB\t_\t0\troot\t_\t_
2\tna\tto\tPART\tTO\t_\t3\tmark\t_\t_
3\tsee\tsee\tVERB\tVB\t_\t1\txcomp\t_\t_

# newdoc id = d2
# text = Im here
1-2\tIm\t_\t_\t_\t_\t_\t_\t_\t_
1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tam\tbe\tAUX\tVBP\t_\t0\troot\t_\t_
3\there\there\tADV\tRB\t_\t2\tadvmod\t_\t_
";

    #[test]
    fn documents_are_rebuilt_with_paragraph_breaks() {
        let sentences = newsgraph_corpus::read_conllu(TINY).expect("tiny corpus parses");
        let docs = gold_documents(&sentences);
        assert_eq!(docs.len(), 2);
        assert_eq!(
            docs[0].text,
            "He can't go to the U.S. now. Fine.\nWanna see"
        );
        assert_eq!(docs[1].text, "Im here");
        let words: Vec<&str> = docs[0]
            .words
            .iter()
            .map(|&(s, e)| &docs[0].text[s..e])
            .collect();
        assert_eq!(
            words,
            [
                "He", "ca", "n't", "go", "to", "the", "U.S.", "now", ".", "Fine", ".", "Wan", "na",
                "see"
            ]
        );
        // "I" + "am" does not spell "Im": the surface form is the gold word.
        assert_eq!(docs[1].words, [(0, 2), (3, 7)]);
        assert_eq!(docs[0].sentences, [(0, 28), (29, 34), (35, 44)]);
        assert_eq!(docs[0].unaligned, 0);
    }

    #[test]
    fn scores_count_exact_spans() {
        let sentences = newsgraph_corpus::read_conllu(TINY).expect("tiny corpus parses");
        let scores = score(&gold_documents(&sentences));
        assert_eq!(scores.tokens.gold, 16);
        assert_eq!(scores.sentences.gold, 4);
        assert_eq!(scores.sentences.matched, 4);
        assert_eq!(scores.tokens.matched, scores.tokens.predicted);
        assert!((scores.tokens.f1() - 1.0).abs() < 1e-9);
    }
}
