//! A read-only view of one parsed sentence as a dependency tree, with the questions the coder asks
//! of it: dependents by relation, the preposition of an oblique, conjuncts, voice, noun-phrase
//! spans.
//!
//! **Invariant:** indices are 0-based positions within the sentence; a head outside the sentence
//! (a malformed parse) is treated as the root, so no query panics on any analysis.

use super::lexicon::Lexicon;
use crate::Parsed;
use newsgraph_text::normalize;
use std::borrow::Cow;

pub struct SentenceTree<'a> {
    pub sentence: usize,
    /// Lower-case normalised forms.
    pub forms: Vec<String>,
    /// Tags, after [`repair_verb_read_as_noun`] and [`repair_finite_modifier`] (which retag a
    /// verb the tagger read as a noun or an adjective).
    pub upos: Cow<'a, [&'static str]>,
    pub xpos: Cow<'a, [&'static str]>,
    /// Relations, after [`repair_verb_read_as_noun`], [`repair_finite_modifier`] and
    /// [`repair_coordinated_subjects`].
    pub deprels: Vec<&'static str>,
    heads: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    /// Byte offsets of each token in the article text.
    pub spans: Vec<(usize, usize)>,
}

impl<'a> SentenceTree<'a> {
    /// The tree with the repairs that need no lexicon.
    pub fn new(p: &'a Parsed, sentence: usize) -> SentenceTree<'a> {
        SentenceTree::build(p, sentence, &|_| false)
    }

    /// The tree with every repair, including those that know the event verbs of `lexicon`: a
    /// past tense of one of them that the tagger read as a noun or an adjective is retagged as a
    /// verb where the tree gives it a clause ([`repair_verb_read_as_noun`]).
    pub fn with_lexicon(p: &'a Parsed, sentence: usize, lexicon: &Lexicon) -> SentenceTree<'a> {
        SentenceTree::build(p, sentence, &|form| lexicon.is_past_verb_form(form))
    }

    fn build(p: &'a Parsed, sentence: usize, past_verb: &dyn Fn(&str) -> bool) -> SentenceTree<'a> {
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
        let mut upos = Cow::Borrowed(&a.upos[..n]);
        let mut xpos = Cow::Borrowed(&a.xpos[..n.min(a.xpos.len())]);
        let mut parse = Parse {
            upos: &mut upos,
            xpos: &mut xpos,
            forms: &forms,
            heads: &mut heads,
            deprels: &mut deprels,
        };
        repair_verb_read_as_noun(&mut parse, past_verb);
        repair_finite_modifier(&mut parse, past_verb);
        repair_coordinated_subjects(&mut parse);
        repair_fronted_time_subject(&mut parse);
        repair_participle_on_punctuation(&mut parse);
        repair_zero_relative(&mut parse);
        let mut children = vec![Vec::new(); n];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h {
                children[*h].push(i);
            }
        }
        SentenceTree {
            sentence,
            forms,
            upos,
            xpos,
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

    /// The nominal dependents of `i` introduced by "of" ("a team *of* agents", "an act *of*
    /// revenge", "the ministers *of* the three countries").
    pub fn of_phrases(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.deps(i, &["nmod"])
            .filter(|&c| self.case_of(c).as_deref() == Some("of"))
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

    /// Whether "not", "n't" or "never" modifies the verb itself ("would *not* recognise", "said
    /// the measures were *not* illegal").
    pub fn is_negated_here(&self, verb: usize) -> bool {
        self.deps(verb, &["advmod", "aux"])
            .any(|n| matches!(self.forms[n].as_str(), "not" | "n't" | "never"))
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

/// The parse of one sentence while it is repaired; `heads` are 0-based.
struct Parse<'p, 'a> {
    upos: &'p mut Cow<'a, [&'static str]>,
    xpos: &'p mut Cow<'a, [&'static str]>,
    forms: &'p [String],
    heads: &'p mut [Option<usize>],
    deprels: &'p mut [&'static str],
}

impl Parse<'_, '_> {
    /// Tags `k` a verb: a past participle after an auxiliary ("had shot down"), else a past tense.
    fn retag_verb(&mut self, k: usize) {
        let participle = (0..self.heads.len())
            .any(|c| self.heads[c] == Some(k) && c < k && self.deprels[c].starts_with("aux"));
        self.upos.to_mut()[k] = "VERB";
        if k < self.xpos.len() {
            self.xpos.to_mut()[k] = if participle { "VBN" } else { "VBD" };
        }
    }

    /// Whether `k` is a word the tagger may have read as a noun or an adjective although it is
    /// the past tense of an event verb (`past_verb`).
    fn verb_read_as_noun(&self, k: usize, past_verb: &dyn Fn(&str) -> bool) -> bool {
        matches!(self.upos[k], "NOUN" | "PROPN" | "ADJ") && past_verb(&self.forms[k])
    }
}

/// Relations that make a word a clause of its own; a verb found in any other keeps its place in
/// the tree under a clause relation instead.
const CLAUSE_RELATIONS: &[&str] = &[
    "root",
    "conj",
    "parataxis",
    "advcl",
    "advcl:relcl",
    "ccomp",
    "acl",
    "acl:relcl",
    "xcomp",
];

/// "Israeli aircraft *struck* Hamas targets", "where police *shot* dead several protesters", "a
/// day after a Taliban gunman *shot* the 14-year-old activist": the tagger may read the past
/// tense of an event verb as a noun (or an adjective), and the parser then hangs the clause's
/// subject on it as a compound, though it still gives the word the clause's object. A word
/// tagged NOUN, PROPN or ADJ that is the past tense or participle of a lexicon verb
/// (`past_verb`), with an `obj` after it, is made a verb again when a subject stands before it:
/// its `nsubj`, else its nearest noun, name or pronoun dependent before it with only adverbs
/// and auxiliaries between ("also shut", "had shot"). That word becomes its `nsubj` and takes
/// the words before it that modified the verb (determiners, adjectives, compounds: "a Taliban
/// gunman"); a preposition before it becomes the clause's subordinator ("after"); the verb in a
/// noun's relation (an `nmod` of "day") becomes an adverbial clause, or a verb's complement.
/// A real noun has no object: "the strike", "a shot" keep their tags.
fn repair_verb_read_as_noun(parse: &mut Parse, past_verb: &dyn Fn(&str) -> bool) {
    let n = parse.heads.len();
    for verb in 0..n {
        if !parse.verb_read_as_noun(verb, past_verb) {
            continue;
        }
        let deps: Vec<usize> = (0..n).filter(|&c| parse.heads[c] == Some(verb)).collect();
        let has_object = deps.iter().any(|&c| {
            c > verb
                && parse.deprels[c] == "obj"
                && matches!(parse.upos[c], "NOUN" | "PROPN" | "PRON" | "NUM")
        });
        let subject = deps
            .iter()
            .copied()
            .filter(|&c| c < verb && parse.deprels[c] == "nsubj")
            .max()
            .or_else(|| {
                deps.iter()
                    .copied()
                    .filter(|&c| {
                        c < verb
                            && matches!(parse.upos[c], "NOUN" | "PROPN" | "PRON")
                            && parse.deprels[c] == "compound"
                    })
                    .max()
                    .filter(|&c| {
                        (c + 1..verb).all(|k| matches!(parse.upos[k], "ADV" | "AUX" | "PART"))
                    })
            });
        let Some(subject) = subject else { continue };
        if !has_object {
            continue;
        }
        parse.retag_verb(verb);
        parse.deprels[subject] = "nsubj";
        let mut subordinated = false;
        for &c in &deps {
            if c >= subject {
                continue;
            }
            match parse.deprels[c] {
                "det" | "amod" | "compound" | "nummod" | "nmod:poss" | "flat" => {
                    parse.heads[c] = Some(subject)
                }
                "case" => {
                    parse.deprels[c] = "mark";
                    subordinated = true;
                }
                _ => {}
            }
        }
        if !CLAUSE_RELATIONS.contains(&parse.deprels[verb]) {
            let under_verb = parse.heads[verb].is_some_and(|h| parse.upos[h] == "VERB");
            parse.deprels[verb] = if under_verb && !subordinated {
                "ccomp"
            } else {
                "advcl"
            };
        }
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
/// subject nor object. The same holds of a past tense the tagger read as a noun or an adjective
/// and the parser made a compound of the object ("American military aircraft *flew* water",
/// "Turkish officials *cut* electricity"): it is retagged as a verb when the repair is made.
/// The verb is made the clause's head again when
/// - it is an `amod` of a noun after it (or a `compound`, when it is a past tense: not
///   "peacekeeping"), with only that noun's phrase between them (determiners, adjectives,
///   numbers, nouns, names, hyphens);
/// - a noun or name comes right before it (past adverbs: "unanimously imposed"), no possessor,
///   whose phrase opens the sentence or follows punctuation, a verb or a word that opens a
///   clause: not a preposition ("the row over wartime *forced* labour", "their *disputed*
///   border", "with the Honduran *armed* forces" keep their participles).
///
/// The verb takes the place of whichever of the two nouns held the other (of the object when
/// neither did); the noun before becomes its `nsubj`, the noun after its `obj`. What hung on the
/// subject after the verb ("on Thursday") and the clause-level dependents of the object after it
/// (a coordinated verb, the final punctuation) move to the verb.
fn repair_finite_modifier(parse: &mut Parse, past_verb: &dyn Fn(&str) -> bool) {
    let n = parse.heads.len();
    // Whether `k` is `top` or below it.
    let under = |heads: &[Option<usize>], k: usize, top: usize| climbs_to(heads, Some(k), top);
    for verb in 1..n {
        let Some(object) = parse.heads[verb] else {
            continue;
        };
        let (upos, forms) = (&parse.upos, parse.forms);
        let (heads, deprels) = (&*parse.heads, &*parse.deprels);
        let read_as_noun = parse.verb_read_as_noun(verb, past_verb);
        // A gerund compound is a noun's ("the United Nations *peacekeeping* mission").
        let modifier =
            deprels[verb] == "amod" || (deprels[verb] == "compound" && past_verb(&forms[verb]));
        if !(upos[verb] == "VERB" || read_as_noun)
            || !modifier
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
            parse.heads.copy_from_slice(&new_heads);
            parse.deprels.copy_from_slice(&new_rels);
            if read_as_noun {
                parse.retag_verb(verb);
            }
        }
    }
}

/// "The drill that broke through to the men on Saturday used hammers made by Center Rock, a
/// company in Pennsylvania, and Pinera thanked the United States": the parser may hang the
/// subject of a first clause on the verb of a second one joined to it by ", and" (", but"),
/// which leaves that verb two subjects, "drill" and "Pinera". The subject nearest before the
/// verb, after the coordinator, is its own; one before the comma, with a verb between it and
/// the comma (the first clause's), is no longer the second verb's subject but an unspecified
/// dependent (`dep`). Subjects listed with no verb among them ("Tolokonnikova, 22, Alyokhina,
/// 24, and Samutsevich, 30, were arrested"), or none but the verb of a relative clause inside the
/// first subject ("Gandhi, who flew into Colombo, and Jayewardene signed"), are left as they are.
fn repair_coordinated_subjects(parse: &mut Parse) {
    let n = parse.heads.len();
    for verb in 0..n {
        let deps: Vec<usize> = (0..verb)
            .filter(|&c| parse.heads[c] == Some(verb))
            .collect();
        let is_subject = |c: usize| matches!(parse.deprels[c], "nsubj" | "nsubj:pass");
        let Some(own) = deps.iter().copied().filter(|&c| is_subject(c)).max() else {
            continue;
        };
        let Some(coordinator) = deps
            .iter()
            .copied()
            .filter(|&c| {
                c > 1
                    && c < own
                    && parse.deprels[c] == "cc"
                    && matches!(parse.forms[c].as_str(), "and" | "but")
                    && parse.forms[c - 1] == ","
            })
            .max()
        else {
            continue;
        };
        // A verb of a relative clause inside the subject's own phrase ("Gandhi, who flew into
        // Colombo, and Jayewardene signed") is no first clause: the two are one list of
        // subjects.
        let under = |k: usize, s: usize| {
            let mut cur = parse.heads[k];
            for _ in 0..n {
                match cur {
                    Some(h) if h == s => return true,
                    Some(h) => cur = parse.heads[h],
                    None => return false,
                }
            }
            false
        };
        let relative = |s: usize, k: usize| {
            (s + 1..k).any(|t| {
                matches!(
                    parse.forms[t].to_lowercase().as_str(),
                    "who" | "whom" | "whose" | "which"
                )
            })
        };
        let earlier: Vec<usize> = deps
            .iter()
            .copied()
            .filter(|&s| s < coordinator && is_subject(s))
            .filter(|&s| {
                (s + 1..coordinator - 1).any(|k| {
                    matches!(parse.upos[k], "VERB" | "AUX") && !(under(k, s) && relative(s, k))
                })
            })
            .collect();
        for s in earlier {
            parse.deprels[s] = "dep";
        }
    }
}

/// "Hours after the announcement, hundreds of protesters stormed the government headquarters":
/// the parser may make the fronted span of time a second subject of the verb. A span of time
/// (hours, days, weeks ...) that opens the sentence, with its own phrase ("after the
/// announcement") and a comma between it and a later subject of the same verb, is no subject but
/// a phrase of time (`obl:tmod`).
fn repair_fronted_time_subject(parse: &mut Parse) {
    let Some(first) = parse.forms.first() else {
        return;
    };
    if !FRONTED_SPANS.contains(&first.to_lowercase().as_str())
        || !matches!(parse.deprels[0], "nsubj" | "nsubj:pass")
    {
        return;
    }
    let Some(verb) = parse.heads[0] else {
        return;
    };
    let later_subject = (1..verb).find(|&c| {
        parse.heads[c] == Some(verb)
            && matches!(parse.deprels[c], "nsubj" | "nsubj:pass")
            && (1..c).any(|k| parse.forms[k] == ",")
    });
    if later_subject.is_some() {
        parse.deprels[0] = "obl:tmod";
    }
}

/// Plural spans of time that open a sentence as a phrase of time ("*Hours* after the vote, ...").
const FRONTED_SPANS: &[&str] = &["hours", "days", "weeks", "months", "minutes", "moments"];

/// "Prime Minister Petteri Orpo said on Tuesday, accusing Moscow of ...": the parser may hang a
/// participle clause that follows a comma on the comma itself, which leaves it no subject. A
/// present participle (`-ing`) in an adverbial or adjectival relation to punctuation is made an
/// adverbial clause of the nearest verb above the punctuation, whose subject it shares.
fn repair_participle_on_punctuation(parse: &mut Parse) {
    let n = parse.heads.len();
    for verb in 0..n {
        let Some(punct) = parse.heads[verb] else {
            continue;
        };
        if parse.upos[verb] != "VERB"
            || !parse.forms[verb].ends_with("ing")
            || !matches!(parse.deprels[verb], "acl" | "advcl")
            || parse.upos[punct] != "PUNCT"
        {
            continue;
        }
        let mut above = parse.heads[punct];
        for _ in 0..n {
            match above {
                Some(a) if parse.upos[a] == "VERB" => break,
                Some(a) => above = parse.heads[a],
                None => break,
            }
        }
        if let Some(a) = above.filter(|&a| parse.upos[a] == "VERB" && a < verb) {
            parse.heads[verb] = Some(a);
            parse.deprels[verb] = "advcl";
        }
    }
}

/// "a peace deal *the two sides signed* in Libreville", "an agreement *the two countries signed*
/// in 2009", "the operation *his forces launched*": the parser may read a relative clause with
/// no relative pronoun as a participle qualifying its own subject ("the two sides", `acl`),
/// which leaves the verb neither subject nor object. A past verb (not `-ing`) in an `acl` of the
/// noun right before it, whose phrase opens with a determiner or a possessive and follows a
/// common noun, with no subject, object or `by` phrase of its own, is made a relative clause of
/// that noun (`acl:relcl`), the noun its object gap, the noun before the verb its subject
/// (`nsubj`). A participle that qualifies its noun keeps its place: "gave Britain *the papers
/// signed* by the minister" (a `by` phrase), "the talks *held* in Geneva" (no noun before
/// "the").
fn repair_zero_relative(parse: &mut Parse) {
    let n = parse.heads.len();
    for verb in 2..n {
        let subject = verb - 1;
        if parse.upos[verb] != "VERB"
            || parse.deprels[verb] != "acl"
            || parse.heads[verb] != Some(subject)
            || parse.forms[verb].ends_with("ing")
            || !matches!(parse.upos[subject], "NOUN" | "PROPN")
        {
            continue;
        }
        let own = |rels: &[&str]| {
            (0..n).any(|c| {
                parse.heads[c] == Some(verb)
                    && (rels.contains(&parse.deprels[c])
                        || (parse.deprels[c].starts_with("obl")
                            && (0..n).any(|k| {
                                parse.heads[k] == Some(c)
                                    && parse.deprels[k] == "case"
                                    && parse.forms[k].eq_ignore_ascii_case("by")
                            })))
            })
        };
        if own(&["nsubj", "nsubj:pass", "obj", "obl:agent"]) {
            continue;
        }
        // The subject's phrase: its dependents before it, opened by a determiner or possessive.
        let Some(start) = (0..subject).find(|&k| climbs_to(parse.heads, Some(k), subject)) else {
            continue;
        };
        let opener = &parse.forms[start].to_lowercase();
        let definite = SUBJECT_OPENERS.contains(&opener.as_str());
        let antecedent = start.checked_sub(1);
        let Some(antecedent) = antecedent.filter(|&a| definite && parse.upos[a] == "NOUN") else {
            continue;
        };
        let mut heads = parse.heads.to_vec();
        let mut rels = parse.deprels.to_vec();
        heads[verb] = Some(antecedent);
        rels[verb] = "acl:relcl";
        heads[subject] = Some(verb);
        rels[subject] = "nsubj";
        let acyclic = (0..n).all(|k| !climbs_to(&heads, heads[k], k));
        if acyclic {
            parse.heads.copy_from_slice(&heads);
            parse.deprels.copy_from_slice(&rels);
        }
    }
}

/// Words that open the subject of a relative clause with no relative pronoun ("a deal *the* two
/// sides signed", "the operation *his* forces launched").
const SUBJECT_OPENERS: &[&str] = &["the", "its", "his", "her", "their", "our", "both"];

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
