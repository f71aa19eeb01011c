//! A read-only view of one parsed sentence as a dependency tree, with the questions the coder asks
//! of it: dependents by relation, the preposition of an oblique, conjuncts, voice, noun-phrase
//! spans.
//!
//! **Invariant:** indices are 0-based positions within the sentence; a head outside the sentence
//! (a malformed parse) is treated as the root, so no query panics on any analysis.

use crate::Parsed;
use newsgraph_text::normalize;

pub struct SentenceTree<'a> {
    pub sentence: usize,
    /// Lower-case normalised forms.
    pub forms: Vec<String>,
    pub upos: &'a [&'static str],
    pub xpos: &'a [&'static str],
    /// Relations, after [`repair_finite_modifier`].
    pub deprels: Vec<&'static str>,
    heads: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    /// Byte offsets of each token in the article text.
    pub spans: Vec<(usize, usize)>,
}

impl<'a> SentenceTree<'a> {
    pub fn new(p: &'a Parsed, sentence: usize) -> SentenceTree<'a> {
        let s = &p.doc.sentences[sentence];
        let a = &p.analyses[sentence];
        let tokens = &p.doc.tokens[s.tokens.clone()];
        let n = tokens
            .len()
            .min(a.heads.len())
            .min(a.deprels.len())
            .min(a.upos.len());
        let text = p.doc.text();
        let forms: Vec<String> = tokens[..n]
            .iter()
            .map(|t| normalize(&text[t.start..t.end]).to_lowercase())
            .collect();
        let mut heads: Vec<Option<usize>> = a.heads[..n]
            .iter()
            .enumerate()
            .map(|(i, &h)| (h >= 1 && h <= n && h - 1 != i).then(|| h - 1))
            .collect();
        let mut deprels = a.deprels[..n].to_vec();
        repair_finite_modifier(&a.upos[..n], &forms, &mut heads, &mut deprels);
        let mut children = vec![Vec::new(); n];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h {
                children[*h].push(i);
            }
        }
        SentenceTree {
            sentence,
            forms,
            upos: &a.upos[..n],
            xpos: &a.xpos[..n.min(a.xpos.len())],
            deprels,
            heads,
            children,
            spans: tokens[..n].iter().map(|t| (t.start, t.end)).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads[i]
    }
    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }
    /// The relation without its subtype (`obl` for `obl:tmod`).
    pub fn rel(&self, i: usize) -> &str {
        self.deprels[i].split(':').next().unwrap_or("")
    }
    pub fn deprel(&self, i: usize) -> &str {
        self.deprels[i]
    }

    /// Dependents of `i` whose relation is one of `rels` (full labels or bare relations).
    pub fn deps<'s>(&'s self, i: usize, rels: &'s [&str]) -> impl Iterator<Item = usize> + 's {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| rels.contains(&self.deprels[c]) || rels.contains(&self.rel(c)))
    }
    pub fn dep(&self, i: usize, rels: &[&str]) -> Option<usize> {
        self.deps(i, rels).next()
    }

    /// The preposition (`case` dependent) introducing nominal `i`, lower-case; multiword cases
    /// ("on behalf of") are joined by spaces.
    pub fn case_of(&self, i: usize) -> Option<String> {
        let cases: Vec<&str> = self
            .deps(i, &["case"])
            .filter(|&c| c < i)
            .map(|c| self.forms[c].as_str())
            .collect();
        (!cases.is_empty()).then(|| cases.join(" "))
    }

    /// `i` and the tokens coordinated with it ("Pompeo and Pence").
    pub fn with_conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let cur = out[k];
            for c in self.deps(cur, &["conj"]) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            k += 1;
        }
        out
    }

    /// Whether verb `i` is in the passive voice, including a past participle that modifies a
    /// noun and names its agent ("the agreement, *brokered by Qatar*", "civilians killed by
    /// shelling"): the noun is what was done, the `by` phrase who did it.
    pub fn is_passive(&self, i: usize) -> bool {
        self.dep(i, &["nsubj:pass", "aux:pass", "csubj:pass"])
            .is_some()
            || (self.xpos.get(i) == Some(&"VBN")
                && self.deps(i, &["aux"]).any(|a| is_be(&self.forms[a])))
            || (self.xpos.get(i) == Some(&"VBN")
                && matches!(self.rel(i), "acl")
                && self.dep(i, &["obj", "nsubj"]).is_none()
                && self.deps(i, &["obl:agent", "obl"]).any(|c| {
                    self.deprel(c) == "obl:agent" || self.case_of(c).as_deref() == Some("by")
                }))
    }

    /// The span of the noun phrase headed by `i`: the head and its nominal modifiers, without
    /// clauses, prepositional phrases or punctuation.
    pub fn phrase(&self, i: usize) -> (usize, usize) {
        let (mut lo, mut hi) = (i, i);
        let mut stack = vec![i];
        while let Some(t) = stack.pop() {
            for &c in &self.children[t] {
                let nominal =
                    matches!(self.rel(c), "compound" | "flat" | "amod" | "det" | "nummod")
                        || self.deprel(c) == "nmod:poss";
                if nominal {
                    lo = lo.min(c);
                    hi = hi.max(c);
                    stack.push(c);
                }
            }
        }
        (lo, hi)
    }

    /// Whether `i` is an infinitive marked by a "to" before it ("urged Russia *to withdraw*").
    pub fn is_to_infinitive(&self, i: usize) -> bool {
        self.deps(i, &["mark"])
            .any(|m| m < i && self.forms[m] == "to")
    }

    /// Byte range of tokens `lo..=hi`.
    pub fn byte_span(&self, lo: usize, hi: usize) -> (usize, usize) {
        (self.spans[lo].0, self.spans[hi].1)
    }

    /// Every token in the subtree of `i`.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            out.extend(self.children[out[k]].iter().copied());
            k += 1;
        }
        out.sort_unstable();
        out
    }

    /// The chain of heads above `i`, nearest first (stops at the root; a cycle ends it).
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = self.heads[i];
        while let Some(h) = cur {
            if out.contains(&h) || out.len() > self.len() {
                break;
            }
            out.push(h);
            cur = self.heads[h];
        }
        out
    }
}

/// Words after which a noun phrase may open a clause of its own ("after police fired", "while
/// troops fired", "said that the deportations violated").
const CLAUSE_OPENERS: &[&str] = &[
    "after", "as", "while", "when", "before", "because", "since", "until", "although", "though",
    "where", "whereas", "that", "and", "but",
];

/// States a participle leaves its noun in, which the tagger may read as nouns ("captured alive").
const RESULT_WORDS: &[&str] = &[
    "alive", "dead", "unharmed", "safe", "free", "wounded", "injured",
];

/// "Greek riot police fired tear gas at protesters", "The U.N. Security Council unanimously
/// imposed tougher sanctions on North Korea": the parser sometimes reads a clause's verb as a
/// participle qualifying its object (an `amod` of "gas", of "sanctions") and hangs the subject
/// elsewhere (as the root, or as a compound of the object), which leaves the verb with neither
/// subject nor object. The verb is made the clause's head again when
/// - it is an `amod` of a noun after it, with only that noun's phrase between them
///   (determiners, adjectives, numbers, nouns, names, hyphens);
/// - a noun or name comes right before it (past adverbs: "unanimously imposed"), no possessor,
///   whose phrase opens the sentence or follows punctuation, a verb or a word that opens a
///   clause: not a preposition ("the row over wartime *forced* labour", "their *disputed*
///   border" keep their participles).
///
/// The verb takes the place of whichever of the two nouns held the other (of the object when
/// neither did); the noun before becomes its `nsubj`, the noun after its `obj`. What hung on the
/// subject after the verb ("on Thursday") and the clause-level dependents of the object after it
/// (a coordinated verb, the final punctuation) move to the verb. `heads` are 0-based.
fn repair_finite_modifier(
    upos: &[&str],
    forms: &[String],
    heads: &mut [Option<usize>],
    deprels: &mut [&'static str],
) {
    let n = heads.len();
    // Whether `k` is `top` or below it.
    let under = |heads: &[Option<usize>], k: usize, top: usize| climbs_to(heads, Some(k), top);
    for verb in 1..n {
        let Some(object) = heads[verb] else { continue };
        if upos[verb] != "VERB"
            || deprels[verb] != "amod"
            || object <= verb
            || !matches!(upos[object], "NOUN" | "PROPN")
        {
            continue;
        }
        // "the only gunman captured *alive*": a result the tagger read as a noun.
        if RESULT_WORDS.contains(&forms[object].as_str()) {
            continue;
        }
        let object_phrase = (verb + 1..object).all(|k| {
            (matches!(upos[k], "DET" | "ADJ" | "NUM" | "NOUN" | "PROPN") || forms[k] == "-")
                && under(heads, k, object)
        });
        let mut subject = verb - 1;
        while subject > 0 && upos[subject] == "ADV" {
            subject -= 1;
        }
        if !object_phrase
            || !matches!(upos[subject], "NOUN" | "PROPN")
            || deprels[subject] == "nmod:poss"
        {
            continue;
        }
        let mut start = subject;
        while start > 0
            && (matches!(upos[start - 1], "DET" | "ADJ" | "NUM" | "NOUN" | "PROPN")
                || matches!(forms[start - 1].as_str(), "-" | "'s" | "'"))
        {
            start -= 1;
        }
        let opens_clause = start == 0
            || matches!(upos[start - 1], "PUNCT" | "VERB" | "AUX")
            || CLAUSE_OPENERS.contains(&forms[start - 1].as_str());
        if !opens_clause {
            continue;
        }
        // The verb stands where the noun that held the other stood.
        let holder = if under(heads, object, subject) {
            subject
        } else {
            object
        };
        let place = heads[holder];
        let rel: &'static str = match deprels[holder] {
            r @ ("root" | "conj" | "parataxis" | "advcl" | "ccomp" | "acl:relcl" | "xcomp") => r,
            _ if place.is_some_and(|h| upos[h] == "VERB") => "ccomp",
            _ => "advcl",
        };
        let mut new_heads = heads.to_vec();
        let mut new_rels = deprels.to_vec();
        new_heads[verb] = place;
        new_rels[verb] = if place.is_none() { "root" } else { rel };
        new_heads[object] = Some(verb);
        new_rels[object] = "obj";
        new_heads[subject] = Some(verb);
        new_rels[subject] = "nsubj";
        for k in 0..n {
            if k == verb || k == object || k == subject {
                continue;
            }
            if heads[k] == Some(subject) && k > verb {
                new_heads[k] = Some(verb);
                if deprels[k] == "nmod" {
                    new_rels[k] = "obl";
                }
            } else if heads[k] == Some(object) && k < verb && k >= start {
                new_heads[k] = Some(subject);
            } else if heads[k] == Some(object)
                && k > object
                && (matches!(deprels[k], "punct" | "parataxis" | "advcl")
                    || (deprels[k] == "conj" && upos[k] == "VERB"))
            {
                new_heads[k] = Some(verb);
            }
        }
        let acyclic = (0..n).all(|k| !climbs_to(&new_heads, new_heads[k], k));
        if acyclic {
            heads.copy_from_slice(&new_heads);
            deprels.copy_from_slice(&new_rels);
        }
    }
}

/// Whether the climb up `heads` from `from` (itself included) reaches `target`; a climb caught in
/// a cycle that does not hold `target` stops after every word has been passed once.
fn climbs_to(heads: &[Option<usize>], from: Option<usize>, target: usize) -> bool {
    let mut cur = from;
    for _ in 0..=heads.len() {
        match cur {
            Some(c) if c == target => return true,
            Some(c) => cur = heads[c],
            None => return false,
        }
    }
    false
}

pub fn is_be(form: &str) -> bool {
    matches!(
        form,
        "be" | "is" | "are" | "was" | "were" | "been" | "being" | "am" | "'s" | "'re" | "'m"
    )
}
