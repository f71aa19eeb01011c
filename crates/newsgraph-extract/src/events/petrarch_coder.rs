//! A PETRARCH-style coder: a user's PETRARCH verb dictionary (`PETR.Validate.verbs.txt`,
//! `CAMEO.2.0.txt`) applied the way PETRARCH applies it, over noun-phrase chunks read off our own
//! dependency trees instead of the Penn Treebank parses PETRARCH reads.
//!
//! For each verb of the dictionary found in a sentence: the *lower* part of its patterns (words
//! before `*`) is matched backwards from the verb, the *upper* part (words after `*`) forwards
//! over the verb's clause; `$` binds the source and `+` the target to the actor noun phrase at
//! that place, `^` skips the next noun phrase, `%` asks for a compound actor (coded in both
//! directions before the verb, the targets after it), `&NAME` is any phrase of a synset. The
//! pattern with the most words matched gives the code; with none, the verb's own code. The
//! source is otherwise the verb's subject (inherited through `xcomp` and `conj`), the target the
//! first actor phrase after the verb; a verb with a source and no target codes the target `---`
//! when PETRARCH's `require_dyad` option is off, and nothing when it is on (its default). Short
//! terminal comma clauses (", officials said.") are dropped and an
//! infinitive under a verb that coded is folded into its event, as PETRARCH does.
//!
//! Actor phrases are noun phrases with their `of`/`in`/`from` modifiers and conjuncts; inside a
//! phrase, every actor (a compound lists several) takes every agent's role, placed before or
//! after it as the agent dictionary says (`NGO~`, `~GOV`); agents with no actor give `---ROLE`.
//!
//! **Invariant:** coding reads only the sentence's text, its analysis and the dictionaries; it
//! never fails and never panics: a sentence it cannot code gives no events, and every code comes
//! out as the dictionary wrote it (PETRARCH codes include non-CAMEO ones such as `075A`).

use super::inflect::{noun_forms, verb_forms};
use super::tree::SentenceTree;
use crate::Parsed;
use newsgraph_kb::entry::{AgentRole, EntryKind, RolePlace};
use newsgraph_kb::petrarch_verbs::{PetrarchVerbs, VerbPattern};
use newsgraph_kb::{Kb, NaiveDate};
use std::collections::HashMap;

/// One coded event: source and target actor codes and the event code, as strings (`---` for a
/// missing target, `---GOV` for an agent without a country).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PetrarchEvent {
    pub source: String,
    pub target: String,
    pub code: String,
    pub sentence: usize,
    /// Token of the verb within the sentence.
    pub verb: usize,
    /// `verb` or `verb line N` (the pattern's line in the dictionary).
    pub rule: String,
}

/// What the coder saw in one sentence, for diagnosis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceCoding {
    pub events: Vec<PetrarchEvent>,
    /// Every actor code of every actor phrase of the sentence.
    pub actors: Vec<String>,
    /// Dictionary verbs found (lemma of their block).
    pub verbs: Vec<String>,
    /// True when a discard phrase voided the sentence.
    pub discarded: bool,
}

/// A verb word form and the words that must stand around it (`broke` + `down`).
#[derive(Debug, Clone)]
struct VerbForm {
    /// Index into `PetrarchVerbs::verbs`.
    block: usize,
    before: Vec<String>,
    after: Vec<String>,
    /// The synonym's own code, else the block's.
    code: Option<String>,
    /// Written so in the dictionary, not generated: "left" is the verb LEFT before it is a
    /// form of LEAVE.
    written: bool,
}

/// Discard phrases: a sentence containing one is not coded.
#[derive(Debug, Clone, Default)]
pub struct Discards {
    phrases: Vec<Vec<String>>,
}

impl Discards {
    /// Reads a PETRARCH discard list (`PHRASE`, `+PHRASE` for whole stories; `#` comments).
    pub fn parse(text: &str) -> Discards {
        let phrases = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty() && !l.starts_with("<!--"))
            .map(|l| {
                l.trim_start_matches('+')
                    .split(|c: char| c.is_whitespace() || c == '_')
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .filter(|p| !p.is_empty())
            .collect();
        Discards { phrases }
    }

    fn voids(&self, forms: &[String]) -> bool {
        self.phrases.iter().any(|p| {
            forms
                .windows(p.len())
                .any(|w| w.iter().zip(p).all(|(f, d)| f == d))
        })
    }
}

/// The code of a missing actor.
const NO_ACTOR: &str = "---";

/// The coding options of PETRARCH's configuration that change what is coded; its validation
/// suite sets them between records with `<Config option="..." value="...">` lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodingOptions {
    /// `require_dyad`: an event needs a source and a target. When false, a source acting on no
    /// one named is coded with the target `---` ("a senior official said": `---GOV --- 023`).
    pub require_dyad: bool,
    /// `comma_emin`, `comma_emax`: the lengths in words of a terminal comma clause that is
    /// dropped before coding; a maximum of 0 drops none.
    pub terminal_clause: (usize, usize),
}

impl Default for CodingOptions {
    /// PETRARCH's defaults (its `PETR_config.ini`, taken from TABARI).
    fn default() -> Self {
        CodingOptions {
            require_dyad: true,
            terminal_clause: (2, 8),
        }
    }
}

impl CodingOptions {
    /// Sets one option by its PETRARCH name; returns false for an option that does not change
    /// coding here or a value that cannot be read, which leaves the options as they were.
    pub fn set(&mut self, option: &str, value: &str) -> bool {
        let number = value.trim().parse::<usize>();
        match (option.trim().to_ascii_lowercase().as_str(), number) {
            ("require_dyad", _) => match value.trim().to_ascii_lowercase().as_str() {
                "true" => self.require_dyad = true,
                "false" => self.require_dyad = false,
                _ => return false,
            },
            ("comma_emin", Ok(n)) => self.terminal_clause.0 = n,
            ("comma_emax", Ok(n)) => self.terminal_clause.1 = n,
            _ => return false,
        }
        true
    }
}

/// The PETRARCH coder: a verb dictionary, the knowledge base its actors and agents come from,
/// and an optional discard list.
pub struct PetrarchCoder<'a> {
    dict: &'a PetrarchVerbs,
    kb: &'a Kb,
    discards: Discards,
    /// What PETRARCH's configuration says (its defaults unless set).
    pub options: CodingOptions,
    /// Lower-case word form → the verbs it may be.
    forms: HashMap<String, Vec<VerbForm>>,
}

/// An actor noun phrase: its tokens and the actor codes it gives.
#[derive(Debug, Clone)]
struct ActorPhrase {
    lo: usize,
    hi: usize,
    /// The head's own tokens, then each conjunct's.
    parts: Vec<Vec<usize>>,
    /// Tokens that name an actor or agent.
    named: Vec<usize>,
    codes: Vec<String>,
    /// The actors named, without their roles, in text order.
    actors: Vec<String>,
}

impl<'a> PetrarchCoder<'a> {
    pub fn new(dict: &'a PetrarchVerbs, kb: &'a Kb, discards: Discards) -> PetrarchCoder<'a> {
        let mut forms: HashMap<String, Vec<VerbForm>> = HashMap::new();
        for (block, verb) in dict.verbs.iter().enumerate() {
            let mut phrases: Vec<(String, Option<String>)> = vec![(verb.lemma.clone(), None)];
            phrases.extend(verb.synonyms.iter().cloned());
            let listed: Vec<Vec<String>> = verb
                .forms
                .iter()
                .map(|f| f.split_whitespace().map(str::to_string).collect())
                .collect();
            for (phrase, own) in phrases {
                let code = own.or_else(|| verb.code.clone());
                let words: Vec<String> = phrase.split_whitespace().map(str::to_string).collect();
                // Any word of a multiword verb may be the inflected one ("cordoned off", "wire
                // tapped"): PETRARCH marks it with `+`, which the reader drops.
                for (k, w) in words.iter().enumerate() {
                    let mut variants: Vec<(String, bool)> =
                        verb_forms(w).into_iter().map(|f| (f, false)).collect();
                    // A verb without `{...}` forms has PETRARCH's regular past as well, even
                    // one English inflects otherwise ("burned" beside "burnt" for BURN).
                    if listed.is_empty() {
                        variants.push((regular_past(w), false));
                    }
                    variants.push((w.clone(), true));
                    // Listed irregular forms of the same length stand at the same place.
                    for l in &listed {
                        if l.len() == words.len()
                            && l.iter().enumerate().all(|(j, x)| j == k || x == &words[j])
                        {
                            variants.push((l[k].clone(), true));
                        }
                    }
                    // Written forms first, so that dedup keeps them.
                    variants.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
                    variants.dedup_by(|a, b| a.0 == b.0);
                    for (v, written) in variants {
                        forms.entry(v).or_default().push(VerbForm {
                            block,
                            before: words[..k].to_vec(),
                            after: words[k + 1..].to_vec(),
                            code: code.clone(),
                            written,
                        });
                    }
                }
            }
        }
        PetrarchCoder {
            dict,
            kb,
            discards,
            options: CodingOptions::default(),
            forms,
        }
    }

    /// Codes every sentence of `p` at `date` (the article's date decides dated actor codes).
    pub fn code(&self, p: &Parsed, date: NaiveDate) -> Vec<SentenceCoding> {
        (0..p.doc.sentences.len())
            .map(|s| self.code_sentence(p, s, date))
            .collect()
    }

    pub fn code_sentence(&self, p: &Parsed, sentence: usize, date: NaiveDate) -> SentenceCoding {
        let mut out = SentenceCoding::default();
        if sentence >= p.analyses.len() || sentence >= p.doc.sentences.len() {
            return out;
        }
        let tree = SentenceTree::new(p, sentence);
        if tree.is_empty() {
            return out;
        }
        if self.discards.voids(&tree.forms) {
            out.discarded = true;
            return out;
        }
        let phrases = self.actor_phrases(p, &tree, date);
        out.actors = phrases.iter().flat_map(|a| a.codes.clone()).collect();
        for v in 0..tree.len() {
            let is_verb =
                tree.upos[v] == "VERB" || tree.xpos.get(v).is_some_and(|x| x.starts_with("VB"));
            if !is_verb || tree.upos[v] == "AUX" {
                continue;
            }
            let Some(candidates) = self.forms.get(&tree.forms[v]) else {
                continue;
            };
            // The longest verb phrase that fits: "cordoned off" before "cordoned".
            let key = |vf: &VerbForm| (vf.before.len() + vf.after.len(), vf.written);
            let fitting: Vec<&VerbForm> =
                candidates.iter().filter(|vf| fits(&tree, v, vf)).collect();
            let Some(best) = fitting.iter().map(|vf| key(vf)).max() else {
                continue;
            };
            // A verb with two blocks (the validation dictionary has SHOT [---] and SHOT [223])
            // is coded by the first block that codes it.
            let tied: Vec<&VerbForm> = fitting.into_iter().filter(|vf| key(vf) == best).collect();
            if let Some(first) = tied.first() {
                out.verbs.push(self.dict.verbs[first.block].lemma.clone());
            }
            if in_terminal_comma_clause(&tree, v, self.options.terminal_clause) {
                continue;
            }
            for vf in tied {
                let before = out.events.len();
                let span_hi = v + vf.after.len();
                let span_lo = v - vf.before.len();
                self.code_verb(&tree, &phrases, v, span_lo, span_hi, vf, &mut out.events);
                if out.events.len() > before {
                    break;
                }
            }
        }
        // A verb in the infinitive complement of a verb that coded is part of that event, not
        // one of its own ("called on Gondor to be allowed to leave"): PETRARCH folds such
        // verbs into their governing verb's code, and the governing code stands here.
        let coded: Vec<usize> = out.events.iter().map(|e| e.verb).collect();
        out.events
            .retain(|e| !governing_verbs(&tree, e.verb).any(|g| coded.contains(&g)));
        // PETRARCH drops an event without a target last, after its verbs were combined.
        if self.options.require_dyad {
            out.events.retain(|e| e.target != NO_ACTOR);
        }
        out.events.sort();
        out.events
            .dedup_by(|a, b| a.source == b.source && a.target == b.target && a.code == b.code);
        out
    }

    /// Codes one verb occurrence (tokens `lo..=hi` are the verb and its particles).
    #[allow(clippy::too_many_arguments)]
    fn code_verb(
        &self,
        tree: &SentenceTree,
        phrases: &[ActorPhrase],
        v: usize,
        lo: usize,
        hi: usize,
        vf: &VerbForm,
        events: &mut Vec<PetrarchEvent>,
    ) {
        // A verb the parse made a modifier of its own object ("and promised raids", with
        // "promised" an `amod` of "raids") reads its clause from that object, and its subject
        // from the verb it is coordinated with.
        let (clause, subject_of) = match attributive_verb_object(tree, v) {
            Some(object) => (object, tree.head(object).unwrap_or(v)),
            None => (v, v),
        };
        let upper = upper_tokens(tree, clause, hi);
        let lower: Vec<usize> = (0..lo).rev().collect();
        let block = &self.dict.verbs[vf.block];
        let mut best: Option<(usize, Binding, &VerbPattern)> = None;
        for pat in block.patterns.iter().filter(|p| is_event_code(&p.code)) {
            let Some(b) = self.match_pattern(tree, phrases, pat, &lower, &upper) else {
                continue;
            };
            if best.as_ref().is_none_or(|(score, _, _)| b.words > *score) {
                best = Some((b.words, b, pat));
            }
        }
        let (code, binding, rule) = match best {
            Some((_, b, pat)) => (pat.code.clone(), b, format!("verb line {}", pat.line)),
            None => match vf.code.as_ref().filter(|c| is_event_code(c)) {
                Some(c) => (
                    c.clone(),
                    Binding::default(),
                    format!("verb line {}", block.line),
                ),
                None => return,
            },
        };
        if code == "---" {
            return;
        }
        let mut subjects = subject_phrases(tree, phrases, subject_of);
        // A target the pattern found before the verb that is the verb's own subject ("noted
        // that Cirith Ungol regretted": `- NOTED + *`) leaves the source to the clause that
        // reports this one: the subject of the verb it is the complement of.
        if let Some(t) = binding.target
            && subjects.contains(&t)
        {
            subjects = match tree.head(v) {
                Some(h) if matches!(tree.rel(v), "ccomp" | "xcomp") => {
                    subject_phrases(tree, phrases, h)
                }
                _ => Vec::new(),
            };
        }
        // A passive with its doer in a "by" phrase: the doer is the source, the subject the
        // target ("Eriador was opposed by Osgiliath").
        let by_agent = (tree.is_passive(v) && binding.source.is_none() && binding.target.is_none())
            .then(|| {
                // The parse sometimes hangs the `by` phrase on the verb's adverb ("was opposed
                // earlier by Osgiliath"); an adverb takes no agent, so it is the verb's.
                let adverbs = tree.deps(v, &["advmod"]);
                std::iter::once(v)
                    .chain(adverbs)
                    .flat_map(|h| tree.children(h).iter().copied())
                    .find(|&c| tree.rel(c) == "obl" && tree.case_of(c).as_deref() == Some("by"))
                    .and_then(|c| phrase_at(phrases, c))
            })
            .flatten();
        let (source, target): (Vec<usize>, Vec<usize>) = match by_agent {
            Some(doer) => (vec![doer], subjects),
            None => (
                binding.source.map_or_else(|| subjects.clone(), |s| vec![s]),
                binding
                    .target
                    .or_else(|| {
                        // The first actor named after the verb, as PETRARCH reads it.
                        upper.iter().find_map(|&t| {
                            named_at(phrases, t)
                                .filter(|k| Some(*k) != binding.skipped && !subjects.contains(k))
                        })
                    })
                    .into_iter()
                    .collect(),
            ),
        };
        let codes_of = |ks: Vec<usize>| -> Option<Vec<String>> {
            (!ks.is_empty()).then(|| ks.iter().flat_map(|&k| phrases[k].codes.clone()).collect())
        };
        let source = codes_of(source);
        let target = codes_of(target);
        let (forward, backward) = match code.split_once(':') {
            Some((f, b)) => (f.to_string(), Some(b.to_string())),
            None => (code.clone(), None),
        };
        let push = |events: &mut Vec<PetrarchEvent>, s: &str, t: &str, c: &str| {
            events.push(PetrarchEvent {
                source: s.to_string(),
                target: t.to_string(),
                code: c.to_string(),
                sentence: tree.sentence,
                verb: v,
                rule: rule.clone(),
            });
        };
        let Some(sources) = source else {
            return;
        };
        if binding.compound || (target.is_none() && backward.is_some() && sources.len() > 1) {
            // `%`: the members of a compound actor act on each other.
            for a in &sources {
                for b in &sources {
                    if a != b {
                        push(events, a, b, &forward);
                    }
                }
            }
            return;
        }
        let targets = target.unwrap_or_else(|| vec![NO_ACTOR.to_string()]);
        for s in &sources {
            for t in &targets {
                // An actor acting on itself is no event. A role with no country acting on no
                // one is coded, as PETRARCH codes it (`---GOV --- 023`); the short terminal
                // clauses that say so most often are dropped before (`in_terminal_comma_clause`).
                if s == t {
                    continue;
                }
                push(events, s, t, &forward);
                if let Some(b) = &backward
                    && t != NO_ACTOR
                {
                    push(events, t, s, b);
                }
            }
        }
    }

    /// Matches one pattern around the verb; `None` when a word or slot of it is not there.
    fn match_pattern(
        &self,
        tree: &SentenceTree,
        phrases: &[ActorPhrase],
        pat: &VerbPattern,
        lower: &[usize],
        upper: &[usize],
    ) -> Option<Binding> {
        let mut b = Binding::default();
        // Lower part: PETRARCH's words before the verb, read from the verb backwards.
        // A word joined by `_` to its neighbour towards the verb must stand right next to it.
        let mut cursor = 0;
        for (w, &joined) in pat.before.iter().zip(&pat.before_joined).rev() {
            let at = Reading {
                from: cursor,
                anchored: joined,
                backwards: true,
            };
            cursor = self.match_element(tree, phrases, w, lower, at, &mut b)?;
        }
        let mut cursor = 0;
        for (w, &joined) in pat.after.iter().zip(&pat.after_joined) {
            let at = Reading {
                from: cursor,
                anchored: joined,
                backwards: false,
            };
            cursor = self.match_element(tree, phrases, w, upper, at, &mut b)?;
        }
        Some(b)
    }

    /// Matches one pattern element in `seq` where `at` says; returns the position after it.
    fn match_element(
        &self,
        tree: &SentenceTree,
        phrases: &[ActorPhrase],
        element: &str,
        seq: &[usize],
        at: Reading,
        b: &mut Binding,
    ) -> Option<usize> {
        let Reading {
            from,
            anchored,
            backwards,
        } = at;
        match element {
            "^" => {
                // The next noun phrase, actor or not ("warned their ^ populations about +").
                let k = (from..seq.len())
                    .find(|&k| named_at(phrases, seq[k]).is_some() || is_nominal(tree, seq[k]))?;
                let head = np_head(tree, seq[k]);
                let actor = phrase_at(phrases, head).or_else(|| named_at(phrases, seq[k]));
                b.skipped = actor;
                let mut end = k + 1;
                while end < seq.len()
                    && (np_head(tree, seq[end]) == head
                        || actor.is_some_and(|i| phrase_at(phrases, seq[end]) == Some(i)))
                {
                    end += 1;
                }
                Some(end)
            }
            "$" | "+" | "%" => {
                let k = (from..seq.len()).find(|&k| named_at(phrases, seq[k]).is_some())?;
                let i = named_at(phrases, seq[k])?;
                match element {
                    "$" => b.source = Some(i),
                    "+" => b.target = Some(i),
                    // `%` before the verb: a compound source whose members act on each
                    // other; after it, a compound target ("agrees with Ithilen and Fornost").
                    _ => {
                        if phrases[i].codes.len() < 2 {
                            return None;
                        }
                        if backwards {
                            b.source = Some(i);
                            b.compound = true;
                        } else {
                            b.target = Some(i);
                        }
                    }
                }
                // Past the whole phrase, in the direction of reading.
                let mut end = k + 1;
                while end < seq.len() && phrase_at(phrases, seq[end]) == Some(i) {
                    end += 1;
                }
                Some(end)
            }
            _ => {
                let (alternatives, plurals) = self.alternatives(element);
                let last = if anchored { from + 1 } else { seq.len() };
                for k in from..last.min(seq.len()) {
                    for alt in &alternatives {
                        let mut words: Vec<&String> = alt.iter().collect();
                        if backwards {
                            words.reverse();
                        }
                        let fits = words.iter().enumerate().all(|(j, w)| {
                            seq.get(k + j)
                                .is_some_and(|&t| word_matches(&tree.forms[t], w, plurals))
                        });
                        if fits {
                            b.words += alt.len();
                            return Some(k + alt.len());
                        }
                    }
                }
                None
            }
        }
    }

    /// The word sequences a pattern word stands for (itself, or each phrase of its synset),
    /// and whether their regular plurals match too: a synset's phrases have them unless its
    /// label ends in `_` (dictionaries.rst), a pattern's own word is matched as written
    /// ("* RESOLUTION" does not fire on "a set of resolutions").
    fn alternatives(&self, element: &str) -> (Vec<Vec<String>>, bool) {
        let word = element.trim_matches(|c| matches!(c, '{' | '}' | '(' | ')'));
        match word.strip_prefix('&') {
            Some(name) => {
                let mut out = Vec::new();
                self.synset(name.trim_end_matches('_'), &mut out, 0);
                (out, !name.ends_with('_'))
            }
            None => (vec![vec![word.to_lowercase()]], false),
        }
    }

    fn synset(&self, name: &str, out: &mut Vec<Vec<String>>, depth: usize) {
        let members = self
            .dict
            .synsets
            .get(name)
            .or_else(|| self.dict.synsets.get(&format!("{name}_")));
        for m in members.into_iter().flatten() {
            // A synset may list another synset (`+&TIETYPES`), which the reader keeps as "&x".
            if let Some(inner) = m.strip_prefix('&')
                && depth < 4
            {
                self.synset(&inner.to_uppercase(), out, depth + 1);
            } else {
                out.push(m.split_whitespace().map(str::to_string).collect());
            }
        }
    }

    /// The actor phrases of a sentence, each with its codes, in text order.
    fn actor_phrases(&self, p: &Parsed, tree: &SentenceTree, date: NaiveDate) -> Vec<ActorPhrase> {
        let s = &p.doc.sentences[tree.sentence];
        let tokens = &p.doc.tokens[s.tokens.clone()];
        let text = p.doc.text();
        // Each token's dictionary meaning: an actor code or an agent role.
        let mut meaning: Vec<Option<Meaning>> = vec![None; tree.len()];
        for m in self.kb.find_longest(text, tokens) {
            let Some(&id) = m.candidates.first() else {
                continue;
            };
            let entry = self.kb.entry(id);
            let found = if entry.kind == EntryKind::Agent {
                entry.role.clone().map(Meaning::Agent)
            } else {
                actor_codes(self.kb, id, date)
            };
            for t in m.tokens.clone() {
                if t < meaning.len() {
                    meaning[t] = found.clone();
                }
            }
        }
        // Phrase heads: nominals not inside another nominal's phrase.
        let mut out: Vec<ActorPhrase> = Vec::new();
        let mut taken = vec![false; tree.len()];
        let owners: Vec<Option<usize>> = (0..tree.len())
            .map(|t| stray_possessive_owner(tree, t))
            .collect();
        for h in 0..tree.len() {
            if taken[h]
                || !is_nominal(tree, h)
                || inside_phrase(tree, h, &meaning)
                || owners[h].is_some()
            {
                continue;
            }
            let mut parts = phrase_members(tree, h, &meaning);
            for p in (0..h).filter(|&p| owners[p] == Some(h)) {
                parts[0].extend(phrase_members(tree, p, &meaning).into_iter().flatten());
                parts[0].sort_unstable();
            }
            for t in parts.iter().flatten() {
                taken[*t] = true;
            }
            out.push(ActorPhrase::new(tree, parts, &meaning));
        }
        // Dictionary words the parser left outside any nominal ("Arnor" tagged as a verb).
        for t in 0..tree.len() {
            if !taken[t] && meaning[t].is_some() {
                out.push(ActorPhrase::new(tree, vec![vec![t]], &meaning));
            }
        }
        out.retain(|a| !a.codes.is_empty());
        out.sort_by_key(|a| a.lo);
        // An agent standing right next to an actor belongs to it even when the parse split them
        // ("Bree President Romendacil", "Arnor cleric").
        let mut merged: Vec<ActorPhrase> = Vec::new();
        for a in out {
            if let Some(last) = merged.last_mut()
                && last.hi + 1 == a.lo
                && last.parts.len() == 1
                && a.parts.len() == 1
                && (last.agents_only() != a.agents_only()
                    // The same actor named twice side by side is its title and its name
                    // ("Bree Prime Minister Romendacil", when the parse split them).
                    || (!a.actors.is_empty() && last.actors == a.actors))
            {
                let mut part = last.parts[0].clone();
                part.extend(a.parts[0].iter().copied());
                *last = ActorPhrase::new(tree, vec![part], &meaning);
                continue;
            }
            merged.push(a);
        }
        merged
    }
}

impl ActorPhrase {
    fn new(
        tree: &SentenceTree,
        parts: Vec<Vec<usize>>,
        meaning: &[Option<Meaning>],
    ) -> ActorPhrase {
        let mut names: Vec<(Vec<String>, Vec<AgentRole>)> =
            parts.iter().map(|p| part_names(tree, p, meaning)).collect();
        // An agent phrase with its countries, coordinated with bare agents, shares them: in
        // "Danish media and government" and "lawmakers and officials in Fornost" the country
        // goes with both (the parse hangs it on one conjunct only). A bare actor does not
        // ("Gondor and the rebels").
        if let Some((head_actors, head_roles)) = names.first().cloned()
            && !head_actors.is_empty()
            && !head_roles.is_empty()
        {
            for (actors, roles) in names.iter_mut().skip(1) {
                if actors.is_empty() && !roles.is_empty() {
                    actors.clone_from(&head_actors);
                }
            }
        }
        let mut codes: Vec<String> = names
            .into_iter()
            .flat_map(|(actors, roles)| combine(actors, roles))
            .collect();
        codes.dedup();
        let lo = parts.iter().flatten().copied().min().unwrap_or(0);
        let hi = parts.iter().flatten().copied().max().unwrap_or(0);
        let named = parts
            .iter()
            .flatten()
            .copied()
            .filter(|&t| meaning.get(t).is_some_and(Option::is_some))
            .collect();
        let mut actors: Vec<String> = Vec::new();
        for t in parts.iter().flatten() {
            if let Some(Some(Meaning::Actors(cs))) = meaning.get(*t) {
                for c in cs {
                    if !actors.contains(c) {
                        actors.push(c.clone());
                    }
                }
            }
        }
        ActorPhrase {
            lo,
            hi,
            parts,
            named,
            codes,
            actors,
        }
    }

    /// True when the phrase names roles but no actor (`---GOV`).
    fn agents_only(&self) -> bool {
        self.codes.iter().all(|c| c.starts_with("---"))
    }

    fn contains(&self, t: usize) -> bool {
        self.parts.iter().any(|p| p.contains(&t))
    }
}

#[derive(Debug, Clone)]
enum Meaning {
    /// One actor's code, or several for an entry that stands for several (`[ELR/GAL]`).
    Actors(Vec<String>),
    Agent(AgentRole),
}

/// What an actor entry codes at `date`: its code in force then; an entry with several undated
/// codes (PETRARCH's `[FRO/BIL/SAM]`) codes all of them.
fn actor_codes(kb: &Kb, id: newsgraph_kb::EntryId, date: NaiveDate) -> Option<Meaning> {
    let code = kb.actor_at(id, date)?;
    let entry = kb.entry(id);
    let undated: Vec<String> = entry
        .codes
        .iter()
        .filter(|c| c.is_default())
        .map(|c| c.code.to_string())
        .collect();
    let several = undated.len() > 1 && undated.first() == Some(&code.to_string());
    Some(Meaning::Actors(if several {
        undated
    } else {
        vec![code.to_string()]
    }))
}

/// Where a pattern element is looked for in a token sequence.
#[derive(Debug, Clone, Copy)]
struct Reading {
    from: usize,
    /// Only at `from`: the element is joined by `_` to the one matched before it.
    anchored: bool,
    /// The sequence runs away from the verb towards the sentence start.
    backwards: bool,
}

/// Slots a pattern bound, and how many of its words matched.
#[derive(Debug, Clone, Default)]
struct Binding {
    source: Option<usize>,
    target: Option<usize>,
    skipped: Option<usize>,
    compound: bool,
    words: usize,
}

/// Whether a clause the parse labelled relative is a content clause: its "that" is a `mark`,
/// not the relative pronoun standing for the noun ("hopes that Osgiliath could be drawn in"
/// says what the hopes are, so its actors belong to the verb's clause).
fn is_content_clause(tree: &SentenceTree, c: usize) -> bool {
    tree.deps(c, &["mark"]).any(|m| tree.forms[m] == "that")
}

/// The verbs `v` is the infinitive complement of, nearest first (`xcomp` upwards).
fn governing_verbs<'t>(tree: &'t SentenceTree, v: usize) -> impl Iterator<Item = usize> + 't {
    let mut cur = v;
    std::iter::from_fn(move || {
        if tree.rel(cur) != "xcomp" {
            return None;
        }
        cur = tree.head(cur)?;
        Some(cur)
    })
    .take(tree.len())
}

/// Whether verb `v` heads a comma-delimited reporting clause at the end of the sentence ("...,
/// a senior official said on Saturday."), which TABARI and PETRARCH drop before coding: the
/// verb and its subject follow the sentence's last comma, and the clause before the comma is
/// what the verb reports (its `ccomp` or `parataxis`, or the clause it hangs from, however the
/// parse labelled that link).
/// `bounds` are the clause's lengths in words that are dropped (`CodingOptions::terminal_clause`).
fn in_terminal_comma_clause(tree: &SentenceTree, v: usize, bounds: (usize, usize)) -> bool {
    let Some(comma) = (0..tree.len()).rev().find(|&t| tree.forms[t] == ",") else {
        return false;
    };
    // The parse may give the verb a second subject before the comma ("Dagolath, its biggest
    // trading partner, officials said"): one after it is enough.
    let subject_after = tree.deps(v, &["nsubj"]).any(|s| s > comma);
    if comma == 0 || v < comma || !subject_after {
        return false;
    }
    let words = (comma + 1..tree.len())
        .filter(|&t| tree.upos[t] != "PUNCT")
        .count();
    if !(bounds.0..=bounds.1).contains(&words) {
        return false;
    }
    tree.children(v)
        .iter()
        .any(|&c| c < comma && matches!(tree.rel(c), "ccomp" | "parataxis"))
        || tree.head(v).is_some_and(|h| {
            h < comma
                && matches!(
                    tree.rel(v),
                    "parataxis" | "ccomp" | "conj" | "acl" | "advcl"
                )
        })
}

/// Whether a pattern's or verb's code is an event code (`064`, `075A`, `1711`, `030:030`) or the
/// null code `---`. The validation dictionary holds placeholders (`[+++]`, `[xxy]`) and codes
/// marked doubtful (`REPORT [025?]`) that PETRARCH's code table has no value for, so they cannot
/// code and must not win a match.
fn is_event_code(code: &str) -> bool {
    code == "---"
        || code.split(':').all(|c| {
            c.len() >= 2
                && c.as_bytes()[..2].iter().all(u8::is_ascii_digit)
                && c.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// The object of a verb the parse took for an adjective of the noun after it, with a
/// coordinator right before it: "condemned an attack and promised raids", where "promised" is
/// an `amod` of "raids". A participle that does modify its noun has no coordinator ("the
/// affected villages") or follows another modifier of the same noun ("the injured and
/// displaced families"), and is no verb of its own.
fn attributive_verb_object(tree: &SentenceTree, v: usize) -> Option<usize> {
    let object = tree.head(v)?;
    let cc = tree.deps(v, &["cc"]).next()?;
    let first_modifier = (0..v).all(|t| tree.head(t) != Some(object) || tree.rel(t) == "det");
    let after_other_modifier = cc
        .checked_sub(1)
        .is_some_and(|t| tree.head(t) == Some(object) || tree.head(t) == Some(v));
    (tree.rel(v) == "amod"
        && cc + 1 == v
        && first_modifier
        && !after_other_modifier
        && object > v
        && is_nominal(tree, object))
    .then_some(object)
}

/// The past PETRARCH generates for a verb given without its forms: `-d` after `e`, else `-ed`.
fn regular_past(verb: &str) -> String {
    if verb.ends_with('e') {
        format!("{verb}d")
    } else {
        format!("{verb}ed")
    }
}

/// Whether the words a multiword verb needs stand around token `v`.
fn fits(tree: &SentenceTree, v: usize, vf: &VerbForm) -> bool {
    let before_ok = vf.before.len() <= v
        && vf
            .before
            .iter()
            .enumerate()
            .all(|(j, w)| tree.forms[v - vf.before.len() + j] == *w);
    let after_ok = vf
        .after
        .iter()
        .enumerate()
        .all(|(j, w)| tree.forms.get(v + 1 + j) == Some(w));
    before_ok && after_ok
}

/// A pattern word matches a token as written, or as a plural where `plurals` allows it (`TIE`
/// of a synset matches "ties").
fn word_matches(form: &str, word: &str, plurals: bool) -> bool {
    form == word || (plurals && noun_forms(word).iter().any(|f| f == form))
}

/// The noun a token belongs to through the words that build a noun phrase ("their" and
/// "Ent" in "their Ent populations" belong to "populations").
fn np_head(tree: &SentenceTree, t: usize) -> usize {
    let mut cur = t;
    for _ in 0..tree.len() {
        let builds = matches!(
            tree.rel(cur),
            "det" | "amod" | "compound" | "nummod" | "flat" | "fixed" | "case"
        ) || tree.deprel(cur) == "nmod:poss";
        match tree.head(cur) {
            Some(h) if builds && is_nominal(tree, h) => cur = h,
            _ => break,
        }
    }
    cur
}

fn is_nominal(tree: &SentenceTree, i: usize) -> bool {
    matches!(tree.upos[i], "NOUN" | "PROPN" | "PRON" | "NUM")
}

/// Relations that keep a nominal inside its head's phrase. An `of`/`in`/`from` phrase under a
/// name that is itself an actor is a misattached one ("the population of Gondor of the Prince of
/// Dol Amroth": a name takes no such modifier), so it stands as a phrase of its own.
fn is_phrase_rel(tree: &SentenceTree, c: usize, meaning: &[Option<Meaning>]) -> bool {
    let rel = tree.rel(c);
    // Unless both words are of one name ("Prince of Dol Amroth").
    let actor_of = |t: usize| match meaning.get(t) {
        Some(Some(Meaning::Actors(cs))) => Some(cs),
        _ => None,
    };
    let under_actor = tree
        .head(c)
        .and_then(actor_of)
        .is_some_and(|h| actor_of(c) != Some(h));
    // A place phrase under a noun whose own modifiers already name its actor says where they
    // are, not whose they are ("Osgiliath soldiers in south Ithilen" are Osgiliath's).
    let head_named = tree.head(c).is_some_and(|h| {
        tree.children(h).iter().any(|&k| {
            k != c
                && (matches!(tree.rel(k), "compound" | "amod" | "flat")
                    || tree.deprel(k) == "nmod:poss")
                && actor_of(k).is_some()
        })
    });
    matches!(
        rel,
        "compound" | "flat" | "amod" | "det" | "nummod" | "fixed"
    ) || matches!(tree.deprel(c), "nmod:poss" | "nmod:desc")
        || (rel == "nmod"
            && !under_actor
            && !head_named
            && tree
                .case_of(c)
                .is_some_and(|p| matches!(p.as_str(), "of" | "in" | "from")))
        || ((rel == "conj" || listed_apposition(tree, c))
            && tree.head(c).is_some_and(|h| is_nominal(tree, h)))
}

/// An apposition that a coordinator follows is an item of a list the parse misread: in "Evil
/// Mordor, the awful Fornost, and good Gondor" Fornost is the second of three, not Mordor's
/// other name. An apposition followed by anything else ("Lavrov, Russia's foreign minister,
/// said") names its head again.
fn listed_apposition(tree: &SentenceTree, c: usize) -> bool {
    if tree.rel(c) != "appos" {
        return false;
    }
    let end = tree.subtree(c).last().copied().unwrap_or(c);
    let mut next = end + 1;
    if tree.forms.get(next).is_some_and(|f| f == ",") {
        next += 1;
    }
    tree.upos.get(next) == Some(&"CCONJ")
}

/// The noun a possessive belongs to when the parse hung it on a verb ("Ithilen's militia
/// vowed", with "Ithilen" a `nmod:poss` of "vowed"): a possessive only ever modifies a noun, so
/// its owner is the noun after it, with nothing between them but the possessive's own marker
/// and the noun's own modifiers.
fn stray_possessive_owner(tree: &SentenceTree, p: usize) -> Option<usize> {
    if tree.deprel(p) != "nmod:poss" || tree.head(p).is_some_and(|h| is_nominal(tree, h)) {
        return None;
    }
    let owner = (p + 1..tree.len()).find(|&t| tree.head(t) != Some(p))?;
    let owner = np_head(tree, owner);
    let between_ok = (p + 1..owner).all(|t| tree.head(t) == Some(p) || np_head(tree, t) == owner);
    (owner > p && is_nominal(tree, owner) && between_ok).then_some(owner)
}

fn inside_phrase(tree: &SentenceTree, i: usize, meaning: &[Option<Meaning>]) -> bool {
    tree.head(i)
        .is_some_and(|h| is_nominal(tree, h) && is_phrase_rel(tree, i, meaning))
}

/// The parts of the phrase headed by `h`: the head's own words, then each conjunct's, so that
/// "Lawmakers and officials in Fornost" gives roles to the actors they share.
fn phrase_members(tree: &SentenceTree, h: usize, meaning: &[Option<Meaning>]) -> Vec<Vec<usize>> {
    let mut own = vec![h];
    let mut conjuncts = Vec::new();
    let mut stack = vec![h];
    while let Some(t) = stack.pop() {
        for &c in tree.children(t) {
            if !is_phrase_rel(tree, c, meaning) && tree.rel(c) != "case" && tree.rel(c) != "cc" {
                continue;
            }
            if (tree.rel(c) == "conj" || listed_apposition(tree, c)) && t == h {
                conjuncts.push(c);
                continue;
            }
            own.push(c);
            stack.push(c);
        }
    }
    own.sort_unstable();
    let mut out = vec![own];
    for c in conjuncts {
        out.extend(phrase_members(tree, c, meaning));
    }
    out
}

/// The actors and the agents' roles one phrase part names, in text order. A part names one
/// actor, its first, unless others are listed with it: "Ithilen's minister Calimehtar" and
/// "Arnor's Elrond" are Ithilen's and Arnor's (as PETRARCH reads a noun phrase), "the
/// ambassadors of Arnor, Osgiliath and Gondor" are all three's.
fn part_names(
    tree: &SentenceTree,
    part: &[usize],
    meaning: &[Option<Meaning>],
) -> (Vec<String>, Vec<AgentRole>) {
    let mut actors: Vec<String> = Vec::new();
    let mut roles: Vec<AgentRole> = Vec::new();
    for &t in part {
        // A name of several tokens marks each of them: count it once.
        match meaning.get(t).and_then(|m| m.as_ref()) {
            Some(Meaning::Actors(cs))
                if !actors.ends_with(cs) && (actors.is_empty() || listed(tree, t, part)) =>
            {
                actors.extend(cs.iter().cloned())
            }
            Some(Meaning::Agent(r)) if roles.last() != Some(r) => roles.push(r.clone()),
            _ => {}
        }
    }
    (actors, roles)
}

/// Whether token `t` of `part` joins it as a conjunct: a `conj` on its way up to the part's
/// head.
fn listed(tree: &SentenceTree, t: usize, part: &[usize]) -> bool {
    let mut cur = t;
    for _ in 0..tree.len() {
        if tree.rel(cur) == "conj" {
            return true;
        }
        match tree.head(cur) {
            Some(h) if part.contains(&h) => cur = h,
            _ => return false,
        }
    }
    false
}

/// The actor codes of one phrase part: each actor with every agent's role; agents alone give
/// `---` plus their roles.
fn combine(mut actors: Vec<String>, roles: Vec<AgentRole>) -> Vec<String> {
    if actors.is_empty() && roles.is_empty() {
        return Vec::new();
    }
    if actors.is_empty() {
        actors.push(NO_ACTOR.to_string());
    }
    actors
        .into_iter()
        .map(|a| {
            let (mut before, mut after) = (String::new(), String::new());
            for r in &roles {
                let code = r.code.as_str();
                match r.place {
                    RolePlace::BeforeCountry => before.push_str(code),
                    RolePlace::AfterCountry => {
                        if !a.ends_with(code) && !after.ends_with(code) {
                            after.push_str(code)
                        }
                    }
                }
            }
            format!("{before}{a}{after}")
        })
        .collect()
}

/// The actor phrase token `t` belongs to (phrases don't share tokens, though one may lie between
/// another's words: "an attack by Osgiliath soldiers in Ithilen").
fn phrase_at(phrases: &[ActorPhrase], t: usize) -> Option<usize> {
    phrases.iter().position(|a| a.contains(t))
}

/// The actor phrase whose actor or agent token `t` is.
fn named_at(phrases: &[ActorPhrase], t: usize) -> Option<usize> {
    phrases.iter().position(|a| a.named.contains(&t))
}

/// The tokens after the verb that belong to its clause, in text order: its subtree without
/// clauses of their own (adverbial, relative, parenthetical, coordinated verbs).
fn upper_tokens(tree: &SentenceTree, v: usize, hi: usize) -> Vec<usize> {
    let mut keep = vec![false; tree.len()];
    let mut stack = vec![v];
    while let Some(t) = stack.pop() {
        keep[t] = true;
        for &c in tree.children(t) {
            // An infinitive of purpose without a subject of its own goes on the verb's clause
            // ("signed an accord to supply Gondor").
            let purpose = tree.rel(c) == "advcl"
                && tree.dep(c, &["nsubj", "nsubj:pass"]).is_none()
                && tree.deps(c, &["mark"]).any(|m| tree.forms[m] == "to");
            let own_clause = (matches!(tree.rel(c), "advcl" | "parataxis") && !purpose)
                || (tree.deprel(c) == "acl:relcl" && !is_content_clause(tree, c))
                || (matches!(tree.rel(c), "conj" | "nsubj") && t == v);
            if !own_clause {
                stack.push(c);
            }
        }
    }
    (hi + 1..tree.len()).filter(|&t| keep[t]).collect()
}

/// The actor phrases that are the verb's subject (several when the parse gave a coordinated
/// subject two `nsubj`s), looking up through `xcomp`, `conj` and the like for verbs that share
/// their head's subject ("Arnor is about to restore"), and past a pronoun subject to the clause
/// it reports ("Ethiopia indicated it would act").
fn subject_phrases(tree: &SentenceTree, phrases: &[ActorPhrase], v: usize) -> Vec<usize> {
    let mut cur = v;
    for _ in 0..tree.len() {
        let subjects: Vec<usize> = tree.deps(cur, &["nsubj", "nsubj:pass", "csubj"]).collect();
        if !subjects.is_empty() {
            let mut found: Vec<usize> = Vec::new();
            for k in subjects.iter().filter_map(|&s| phrase_at(phrases, s)) {
                // A second subject counts only when coordinated with the first ("Mordor, Rohan,
                // Fornost and Bree"), not when it is the same actor's name after its title
                // ("Bree Prime Minister Romendacil").
                let joined = found.last().is_none_or(|&prev: &usize| {
                    let (a, b) = (phrases[prev].hi, phrases[k].lo);
                    (a.min(b)..=a.max(b))
                        .any(|t| matches!(tree.forms[t].as_str(), "," | "and" | "or" | "nor"))
                });
                if !found.contains(&k) && joined {
                    found.push(k);
                }
            }
            if !found.is_empty() || subjects.iter().any(|&s| tree.upos[s] != "PRON") {
                return found;
            }
        }
        let rel = tree.rel(cur);
        // A clause under an adjective is its complement, whatever the parse called it: the
        // adjective takes no clause modifier ("Arnor is inching nearer to accord with Gondor",
        // with "accord" an `acl` of "nearer", is Arnor's accord).
        let complement_of_adjective =
            rel == "acl" && tree.head(cur).is_some_and(|h| tree.upos[h] == "ADJ");
        if !matches!(rel, "xcomp" | "conj" | "ccomp" | "dep") && !complement_of_adjective {
            return Vec::new();
        }
        let Some(h) = tree.head(cur) else {
            return Vec::new();
        };
        // A dictionary name the tagger took for a verb, governing the verb from before it, is
        // the subject it lost ("Pyongyang on Thursday fired", with "Pyongyang" as the root).
        if h < v
            && !is_nominal(tree, h)
            && let Some(k) = named_at(phrases, h)
        {
            return vec![k];
        }
        // A verb the parse coordinated with a noun before it ("Danish media and government
        // warned", with "warned" a conjunct of "media") has that noun's phrase as subject.
        if rel == "conj"
            && h < v
            && is_nominal(tree, h)
            && let Some(k) = phrase_at(phrases, h)
        {
            return vec![k];
        }
        cur = h;
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph_models::Analysis;
    use newsgraph_text::{Article, Doc};

    const ACTORS: &str =
        "ARNOR_ [ARN]\nGONDOR_ [GON]\nMORDOR_ [MOR]\nBREE_ [BRE]\nROMENDACIL [BRE]\n";
    const AGENTS: &str =
        "FOREIGN_MINISTER [~GOVFRM]\nPRIME_MINISTER [~GOV]\nMSF {} [NGO~]\nSOLDIER [~MIL]\n";
    const VERBS: &str = "&TIETYPES\n+MILITARY\n+ECONOMIC\n\
--- RESTORE [060] ---\nRESTORE\n- * FXLL DIPLOMATIC [+++]\n- * DIPLOMATIC TIES [064]\n- * GOOD_TIES [066]\n- * &TIETYPES TIES [065]\n\
--- AGREE [081] ---\nAGREE\n- % * [030:030]\n- * WITH % [031]\n\
--- ARRIVE [032:033] ---\nARRIVE\n\
--- CORDON [---] ---\n+CORDON_OFF [1721]\n\
--- OPPOSE [112] ---\nOPPOSE\n\
--- SAY [023] ---\nSAY {SAID SAYS SAYING}\n\
--- URGE [090] ---\nURGE\n\
--- WARN [160] ---\nWARN\n- * THEIR ^ ABOUT + [162]\n\
--- SHOT [---] ---\nSHOT\n- *_AND_WOUND [223]\n\
--- SHOT [223] ---\nSHOT\n\
--- EXPRESS [020] ---\nEXPRESS\n- * HOPES [024]\n\
--- REGRET [111] ---\nREGRET\n- NOTED + * [115]\n\
--- ADOPT [081] ---\nADOPT\n- * RESOLUTION [102]\n\
--- BURN [---] ---\nBURN\n- * DOWN [222]\n\
--- REPORT [025?] ---\nREPORT\n";

    /// A one-sentence document with a hand-written analysis: (upos, xpos, head, deprel) per token.
    fn parsed(text: &str, rows: &[(&'static str, &'static str, usize, &'static str)]) -> Parsed {
        let doc = Doc::new(Article::new(None, None, text));
        assert_eq!(doc.tokens.len(), rows.len(), "tokens of {text:?}");
        let analysis = Analysis {
            upos: rows.iter().map(|r| r.0).collect(),
            xpos: rows.iter().map(|r| r.1).collect(),
            heads: rows.iter().map(|r| r.2).collect(),
            deprels: rows.iter().map(|r| r.3).collect(),
            ner: vec!["O"; rows.len()],
        };
        Parsed {
            doc,
            analyses: vec![analysis],
            analysed: true,
        }
    }

    fn kb() -> Kb {
        let mut kb = Kb::new();
        kb.add_entries(newsgraph_kb::petrarch::parse_actors("a.txt", ACTORS).0);
        kb.add_entries(newsgraph_kb::petrarch::parse_agents("g.txt", AGENTS).0);
        kb
    }

    /// The codings of `p`, events without a target included (`require_dyad` off), so that each
    /// test sees what its rule did to the source.
    fn codings(p: &Parsed, discards: &str) -> Vec<(String, String, String)> {
        let options = CodingOptions {
            require_dyad: false,
            ..CodingOptions::default()
        };
        codings_with(p, discards, options)
    }

    fn codings_with(
        p: &Parsed,
        discards: &str,
        options: CodingOptions,
    ) -> Vec<(String, String, String)> {
        let (dict, problems) = newsgraph_kb::petrarch_verbs::parse("v.txt", VERBS);
        assert!(problems.is_empty(), "{problems:?}");
        let kb = kb();
        let mut coder = PetrarchCoder::new(&dict, &kb, Discards::parse(discards));
        coder.options = options;
        let date = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap_or_default();
        coder
            .code(p, date)
            .into_iter()
            .flat_map(|s| s.events)
            .map(|e| (e.source, e.target, e.code))
            .collect()
    }

    fn triple(s: &str, t: &str, c: &str) -> (String, String, String) {
        (s.into(), t.into(), c.into())
    }

    /// "Arnor restored diplomatic ties with Gondor ." with `noun` in place of "diplomatic".
    fn restored(text: &str) -> Parsed {
        parsed(
            text,
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("ADJ", "JJ", 4, "amod"),
                ("NOUN", "NNS", 2, "obj"),
                ("ADP", "IN", 6, "case"),
                ("PROPN", "NNP", 4, "nmod"),
                ("PUNCT", ".", 2, "punct"),
            ],
        )
    }

    #[test]
    fn the_pattern_after_the_verb_gives_the_code() {
        let p = restored("Arnor restored diplomatic ties with Gondor.");
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "064")]);
        let p = restored("Arnor restored economic ties with Gondor.");
        assert_eq!(
            codings(&p, ""),
            [triple("ARN", "GON", "065")],
            "a synset member"
        );
        // No pattern fits: the verb's own code.
        let p = restored("Arnor restored old roads with Gondor.");
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "060")]);
    }

    #[test]
    fn an_actor_standing_for_several_codes_each() {
        let (dict, _) = newsgraph_kb::petrarch_verbs::parse("v.txt", VERBS);
        let mut kb = kb();
        kb.add_entries(newsgraph_kb::petrarch::parse_actors("s.txt", "SHIRE_ [FRO/BIL]\n").0);
        let coder = PetrarchCoder::new(&dict, &kb, Discards::default());
        let date = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap_or_default();
        let mut got: Vec<_> = coder
            .code(
                &restored("Shire restored diplomatic ties with Gondor."),
                date,
            )
            .into_iter()
            .flat_map(|s| s.events)
            .map(|e| (e.source, e.target, e.code))
            .collect();
        got.sort();
        assert_eq!(
            got,
            [triple("BIL", "GON", "064"), triple("FRO", "GON", "064")]
        );
        // A one-code actor still codes once.
        let p = restored("Arnor restored diplomatic ties with Gondor.");
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "064")]);
    }

    #[test]
    fn a_possessor_names_the_actor_of_a_title_and_name_and_a_list_names_all() {
        // "Gondor's Prime Minister Romendacil": Gondor's, though the name is Bree's in the
        // dictionary (PETRARCH reads the noun phrase's first actor).
        let rows = [
            ("PROPN", "NNP", 4, "nmod:poss"),
            ("PART", "POS", 1, "case"),
            ("ADJ", "JJ", 4, "amod"),
            ("PROPN", "NNP", 5, "nmod:desc"),
            ("PROPN", "NNP", 6, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 6, "obj"),
            ("PUNCT", ".", 6, "punct"),
        ];
        let p = parsed("Gondor's Prime Minister Romendacil opposed Mordor.", &rows);
        assert_eq!(codings(&p, ""), [triple("GONGOV", "MOR", "112")]);
        // Actors listed inside one phrase are each an actor.
        let rows = [
            ("DET", "DT", 2, "det"),
            ("NOUN", "NNS", 7, "nsubj"),
            ("ADP", "IN", 4, "case"),
            ("PROPN", "NNP", 2, "nmod"),
            ("CCONJ", "CC", 6, "cc"),
            ("PROPN", "NNP", 4, "conj"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 7, "obj"),
            ("PUNCT", ".", 7, "punct"),
        ];
        let p = parsed("The soldiers of Arnor and Gondor opposed Mordor.", &rows);
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [
                triple("ARNMIL", "MOR", "112"),
                triple("GONMIL", "MOR", "112")
            ]
        );
    }

    #[test]
    fn an_apposition_before_a_coordinator_is_a_listed_actor() {
        // The parse read "the awful Gondor" as Arnor's apposition.
        let rows = [
            ("PROPN", "NNP", 9, "nsubj"),
            ("PUNCT", ",", 5, "punct"),
            ("DET", "DT", 5, "det"),
            ("ADJ", "JJ", 5, "amod"),
            ("PROPN", "NNP", 1, "appos"),
            ("PUNCT", ",", 8, "punct"),
            ("CCONJ", "CC", 8, "cc"),
            ("PROPN", "NNP", 1, "conj"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 9, "obj"),
            ("PUNCT", ".", 9, "punct"),
        ];
        let p = parsed("Arnor, the awful Gondor, and Bree opposed Mordor.", &rows);
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [
                triple("ARN", "MOR", "112"),
                triple("BRE", "MOR", "112"),
                triple("GON", "MOR", "112")
            ]
        );
        // An apposition the verb follows renames its head: Bree's prime minister only.
        let rows = [
            ("PROPN", "NNP", 8, "nsubj"),
            ("PUNCT", ",", 6, "punct"),
            ("PROPN", "NNP", 6, "nmod:poss"),
            ("PART", "POS", 3, "case"),
            ("ADJ", "JJ", 6, "amod"),
            ("PROPN", "NNP", 1, "appos"),
            ("PUNCT", ",", 6, "punct"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 8, "obj"),
            ("PUNCT", ".", 8, "punct"),
        ];
        let p = parsed("Romendacil, Arnor's Prime Minister, opposed Mordor.", &rows);
        assert_eq!(codings(&p, ""), [triple("BRE", "MOR", "112")]);
    }

    #[test]
    fn a_title_and_name_of_the_same_actor_are_one_phrase() {
        // The parse made "Bree" the root and "Prime Minister" a descriptor of the name.
        let rows = [
            ("PROPN", "NNP", 0, "root"),
            ("ADJ", "JJ", 3, "amod"),
            ("PROPN", "NNP", 4, "nmod:desc"),
            ("PROPN", "NNP", 5, "nsubj"),
            ("VERB", "VBD", 1, "parataxis"),
            ("PROPN", "NNP", 5, "obj"),
            ("PUNCT", ".", 1, "punct"),
        ];
        let p = parsed("Bree Prime Minister Romendacil opposed Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("BREGOV", "GON", "112")]);
        // Another country before the title is no part of the name's phrase.
        let p = parsed("Arnor Prime Minister Romendacil opposed Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("BREGOV", "GON", "112")]);
    }

    #[test]
    fn a_place_phrase_under_named_soldiers_says_where_not_whose() {
        // "in Mordor" hangs on "soldiers" (our parser's reading of "an attack by ... soldiers in
        // ..."): the soldiers are Gondor's, so no MORMIL.
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 4, "compound"),
            ("NOUN", "NNS", 2, "obj"),
            ("ADP", "IN", 6, "case"),
            ("PROPN", "NNP", 4, "nmod"),
            ("PUNCT", ".", 2, "punct"),
        ];
        let p = parsed("Arnor opposed Gondor soldiers in Mordor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GONMIL", "112")]);
        // Soldiers the phrase names no actor for take the place's: "soldiers in Mordor".
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("DET", "DT", 4, "det"),
            ("NOUN", "NNS", 2, "obj"),
            ("ADP", "IN", 6, "case"),
            ("PROPN", "NNP", 4, "nmod"),
            ("PUNCT", ".", 2, "punct"),
        ];
        let p = parsed("Arnor opposed the soldiers in Mordor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "MORMIL", "112")]);
    }

    #[test]
    fn a_phrase_misattached_to_a_name_stands_alone() {
        // "of Mordor" hangs on "Gondor" in the parse; a name takes no such modifier.
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("DET", "DT", 4, "det"),
            ("NOUN", "NNS", 2, "obj"),
            ("ADP", "IN", 6, "case"),
            ("PROPN", "NNP", 4, "nmod"),
            ("ADP", "IN", 8, "case"),
            ("PROPN", "NNP", 6, "nmod"),
            ("PUNCT", ".", 2, "punct"),
        ];
        let p = parsed("Arnor opposed the people of Gondor of Mordor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "112")]);
        // Under a common noun the `of` phrase stays in its phrase: the soldier is Gondor's.
        let p = parsed("Arnor opposed the soldier of Gondor of Mordor.", &rows);
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(got, [triple("ARN", "GONMIL", "112")]);
    }

    #[test]
    fn coordinated_agents_share_the_country_of_the_first() {
        // The parse hangs "Arnor" on the first conjunct only.
        let rows = [
            ("PROPN", "NNP", 2, "compound"),
            ("NOUN", "NNS", 6, "nsubj"),
            ("CCONJ", "CC", 5, "cc"),
            ("ADJ", "JJ", 5, "amod"),
            ("NOUN", "NNS", 2, "conj"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 6, "obj"),
            ("PUNCT", ".", 6, "punct"),
        ];
        let p = parsed(
            "Arnor soldiers and foreign ministers opposed Gondor.",
            &rows,
        );
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [
                triple("ARNGOVFRM", "GON", "112"),
                triple("ARNMIL", "GON", "112")
            ]
        );
        // A bare actor coordinated with agents keeps them apart.
        let rows = [
            ("PROPN", "NNP", 4, "nsubj"),
            ("CCONJ", "CC", 3, "cc"),
            ("NOUN", "NNS", 1, "conj"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 4, "obj"),
            ("PUNCT", ".", 4, "punct"),
        ];
        let p = parsed("Arnor and soldiers opposed Gondor.", &rows);
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [triple("---MIL", "GON", "112"), triple("ARN", "GON", "112")]
        );
    }

    #[test]
    fn a_placeholder_code_never_wins_a_match() {
        // "* FXLL DIPLOMATIC [+++]" would match more words; it has no event code.
        let p = parsed(
            "Arnor restored fxll diplomatic ties with Gondor.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("ADJ", "JJ", 5, "amod"),
                ("ADJ", "JJ", 5, "amod"),
                ("NOUN", "NNS", 2, "obj"),
                ("ADP", "IN", 7, "case"),
                ("PROPN", "NNP", 5, "nmod"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "064")]);
        assert!(is_event_code("075A") && is_event_code("030:030") && is_event_code("---"));
        assert!(!is_event_code("+++") && !is_event_code("xxy") && !is_event_code("###"));
        assert!(!is_event_code("025?") && !is_event_code("023?:023"));
    }

    #[test]
    fn a_percent_after_the_verb_needs_a_compound_target() {
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("ADP", "IN", 4, "case"),
            ("PROPN", "NNP", 2, "obl"),
            ("CCONJ", "CC", 6, "cc"),
            ("PROPN", "NNP", 4, "conj"),
            ("PUNCT", ".", 2, "punct"),
        ];
        let p = parsed("Arnor agreed with Gondor and Mordor.", &rows);
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [triple("ARN", "GON", "031"), triple("ARN", "MOR", "031")]
        );
        // One actor after "with": no compound, so the verb's own code.
        let p = parsed(
            "Arnor agreed with Gondor.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("ADP", "IN", 4, "case"),
                ("PROPN", "NNP", 2, "obl"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "081")]);
    }

    #[test]
    fn a_name_tagged_as_the_governing_verb_is_the_subject() {
        // The tagger took "Arnor" for a verb and made it the root.
        let rows = [
            ("VERB", "VBD", 0, "root"),
            ("VERB", "VBD", 1, "xcomp"),
            ("PROPN", "NNP", 2, "obj"),
            ("PUNCT", ".", 2, "punct"),
        ];
        let p = parsed("Arnor opposed Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "112")]);
        // A governing verb that names no actor gives no subject.
        let p = parsed("Tried opposing Gondor.", &rows);
        assert!(codings(&p, "").is_empty(), "{:?}", codings(&p, ""));
    }

    #[test]
    fn a_terminal_comma_clause_that_reports_is_not_coded() {
        let p = parsed(
            "Arnor opposed Gondor, a Mordor soldier said.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PROPN", "NNP", 2, "obj"),
                ("PUNCT", ",", 8, "punct"),
                ("DET", "DT", 7, "det"),
                ("PROPN", "NNP", 7, "compound"),
                ("NOUN", "NN", 8, "nsubj"),
                ("VERB", "VBD", 2, "parataxis"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "112")]);
        // `comma_emax` 0 drops no terminal clause.
        let keep_all = CodingOptions {
            require_dyad: false,
            terminal_clause: (2, 0),
        };
        let mut got = codings_with(&p, "", keep_all);
        got.sort();
        assert_eq!(
            got,
            [triple("ARN", "GON", "112"), triple("MORMIL", "---", "023")]
        );
        // Longer than eight words, the terminal clause stays and is coded.
        let p = parsed(
            "Arnor opposed Gondor, a very senior and clearly tired Mordor soldier said.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PROPN", "NNP", 2, "obj"),
                ("PUNCT", ",", 13, "punct"),
                ("DET", "DT", 12, "det"),
                ("ADV", "RB", 7, "advmod"),
                ("ADJ", "JJ", 12, "amod"),
                ("CCONJ", "CC", 9, "cc"),
                ("ADV", "RB", 9, "advmod"),
                ("ADJ", "JJ", 7, "conj"),
                ("PROPN", "NNP", 12, "compound"),
                ("NOUN", "NN", 13, "nsubj"),
                ("VERB", "VBD", 2, "parataxis"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [triple("ARN", "GON", "112"), triple("MORMIL", "---", "023")]
        );
        // A main clause after an opening phrase and its comma is coded.
        let p = parsed(
            "On Sunday, Arnor opposed Gondor.",
            &[
                ("ADP", "IN", 2, "case"),
                ("PROPN", "NNP", 5, "obl"),
                ("PUNCT", ",", 5, "punct"),
                ("PROPN", "NNP", 5, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PROPN", "NNP", 5, "obj"),
                ("PUNCT", ".", 5, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "112")]);
    }

    #[test]
    fn an_infinitive_under_a_coded_verb_is_part_of_its_event() {
        let p = parsed(
            "Arnor urged Gondor to oppose Mordor.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PROPN", "NNP", 2, "obj"),
                ("PART", "TO", 5, "mark"),
                ("VERB", "VB", 2, "xcomp"),
                ("PROPN", "NNP", 5, "obj"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "090")]);
        // Under a word that codes nothing ("about"), the infinitive is the event.
        let p = parsed(
            "Arnor is about to oppose Mordor.",
            &[
                ("PROPN", "NNP", 3, "nsubj"),
                ("AUX", "VBZ", 3, "cop"),
                ("ADJ", "JJ", 0, "root"),
                ("PART", "TO", 5, "mark"),
                ("VERB", "VB", 3, "xcomp"),
                ("PROPN", "NNP", 5, "obj"),
                ("PUNCT", ".", 3, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "MOR", "112")]);
    }

    #[test]
    fn a_caret_skips_the_next_noun_phrase_actor_or_not() {
        let p = parsed(
            "Arnor warned their people about Gondor.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PRON", "PRP$", 4, "nmod:poss"),
                ("NOUN", "NNS", 2, "obj"),
                ("ADP", "IN", 6, "case"),
                ("PROPN", "NNP", 4, "nmod"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "162")]);
        // Without the pattern's words, the verb's own code.
        let p = parsed(
            "Arnor warned Gondor about Mordor.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PROPN", "NNP", 2, "obj"),
                ("ADP", "IN", 5, "case"),
                ("PROPN", "NNP", 2, "obl"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "160")]);
    }

    #[test]
    fn a_verb_with_two_blocks_is_coded_by_the_one_that_codes() {
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 2, "obj"),
            ("PUNCT", ".", 2, "punct"),
        ];
        let p = parsed("Arnor shot Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "223")]);
        // A verb whose only block codes nothing still codes nothing.
        let p = parsed("Arnor cordoned Gondor.", &rows);
        assert!(codings(&p, "").is_empty());
    }

    #[test]
    fn a_by_phrase_on_the_verbs_adverb_is_the_doer() {
        let rows = |case: &'static str| {
            [
                ("PROPN", "NNP", 3, "nsubj:pass"),
                ("AUX", "VBD", 3, "aux:pass"),
                ("VERB", "VBN", 0, "root"),
                ("ADV", "RBR", 3, "advmod"),
                ("ADP", "IN", 6, "case"),
                ("PROPN", "NNP", 4, case),
                ("PUNCT", ".", 3, "punct"),
            ]
        };
        let p = parsed("Arnor was opposed earlier by Gondor.", &rows("obl:agent"));
        assert_eq!(codings(&p, ""), [triple("GON", "ARN", "112")]);
        let p = parsed("Arnor was opposed earlier in Gondor.", &rows("obl"));
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "112")]);
    }

    #[test]
    fn a_that_clause_labelled_relative_is_read_as_content() {
        let rows = |that: (&'static str, &'static str, usize, &'static str)| {
            [
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("NOUN", "NNS", 2, "obj"),
                that,
                ("PROPN", "NNP", 6, "nsubj"),
                ("VERB", "VBD", 3, "acl:relcl"),
                ("PUNCT", ".", 2, "punct"),
            ]
        };
        let p = parsed(
            "Arnor expressed hopes that Gondor won.",
            &rows(("SCONJ", "IN", 6, "mark")),
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "024")]);
        // A true relative clause ("that" is its object) is not the verb's.
        let p = parsed(
            "Arnor expressed hopes that Gondor shared.",
            &rows(("PRON", "WDT", 6, "obj")),
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "---", "024")]);
    }

    #[test]
    fn a_target_before_the_verb_that_is_its_subject_leaves_the_source_to_the_reporter() {
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("SCONJ", "IN", 5, "mark"),
            ("PROPN", "NNP", 5, "nsubj"),
            ("VERB", "VBD", 2, "ccomp"),
            ("PUNCT", ".", 2, "punct"),
        ];
        let p = parsed("Arnor noted that Gondor regretted.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "115")]);
        // Without the pattern's word, the verb codes its own subject with no target.
        let p = parsed("Arnor hoped that Gondor regretted.", &rows);
        assert_eq!(codings(&p, ""), [triple("GON", "---", "111")]);
    }

    #[test]
    fn a_verb_coordinated_with_the_noun_before_it_takes_it_as_subject() {
        let rows = |rel: &'static str| {
            [
                ("PROPN", "NNP", 2, "compound"),
                ("NOUN", "NNS", 0, "root"),
                ("VERB", "VBD", 2, rel),
                ("PROPN", "NNP", 3, "obj"),
                ("PUNCT", ".", 2, "punct"),
            ]
        };
        let p = parsed("Arnor soldiers opposed Gondor.", &rows("conj"));
        assert_eq!(codings(&p, ""), [triple("ARNMIL", "GON", "112")]);
        // A participle modifying the noun is no coordinated verb: no subject, no event.
        let p = parsed("Arnor soldiers opposing Gondor.", &rows("acl"));
        assert!(codings(&p, "").is_empty());
    }

    #[test]
    fn a_patterns_own_word_matches_as_written() {
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("NOUN", "NN", 2, "obj"),
            ("ADP", "IN", 5, "case"),
            ("PROPN", "NNP", 3, "nmod"),
            ("PUNCT", ".", 2, "punct"),
        ];
        let p = parsed("Arnor adopted resolution with Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "102")]);
        // "* RESOLUTION" is no pattern for "resolutions": the verb's own code.
        let p = parsed("Arnor adopted resolutions with Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "081")]);
    }

    #[test]
    fn a_discard_phrase_voids_the_sentence() {
        let p = restored("Arnor restored baseball ties with Gondor.");
        assert!(codings(&p, "BASEBALL\n").is_empty());
        assert_eq!(codings(&p, "FOOTBALL\n").len(), 1);
    }

    #[test]
    fn agents_take_the_country_of_their_phrase() {
        // "Arnor's foreign minister restored diplomatic ties with Gondor ."
        let p = parsed(
            "Arnor's foreign minister restored diplomatic ties with Gondor.",
            &[
                ("PROPN", "NNP", 4, "nmod:poss"),
                ("PART", "POS", 1, "case"),
                ("ADJ", "JJ", 4, "amod"),
                ("NOUN", "NN", 5, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("ADJ", "JJ", 7, "amod"),
                ("NOUN", "NNS", 5, "obj"),
                ("ADP", "IN", 9, "case"),
                ("PROPN", "NNP", 7, "nmod"),
                ("PUNCT", ".", 5, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARNGOVFRM", "GON", "064")]);
    }

    #[test]
    fn a_compound_source_codes_both_ways_with_percent() {
        let p = parsed(
            "Arnor and Gondor agreed.",
            &[
                ("PROPN", "NNP", 4, "nsubj"),
                ("CCONJ", "CC", 3, "cc"),
                ("PROPN", "NNP", 1, "conj"),
                ("VERB", "VBD", 0, "root"),
                ("PUNCT", ".", 4, "punct"),
            ],
        );
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [triple("ARN", "GON", "030"), triple("GON", "ARN", "030")]
        );
        // One actor: no compound, so the verb's own code with no target.
        let p = parsed(
            "Arnor agreed.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "---", "081")]);
    }

    #[test]
    fn a_dual_code_codes_the_target_back() {
        let p = parsed(
            "Arnor arrived in Gondor.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("ADP", "IN", 4, "case"),
                ("PROPN", "NNP", 2, "obl"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [triple("ARN", "GON", "032"), triple("GON", "ARN", "033")]
        );
    }

    #[test]
    fn a_multiword_verb_needs_its_particle() {
        let rows = [
            ("NOUN", "NNS", 4, "nsubj"),
            ("ADP", "IN", 3, "case"),
            ("PROPN", "NNP", 1, "nmod"),
            ("VERB", "VBD", 0, "root"),
            ("ADP", "RP", 4, "compound:prt"),
            ("PROPN", "NNP", 4, "obj"),
            ("PUNCT", ".", 4, "punct"),
        ];
        let p = parsed("Soldiers from Arnor cordoned off Mordor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARNMIL", "MOR", "1721")]);
        // The block's own verb codes nothing ([---]) without the particle.
        let p = parsed("Soldiers from Arnor cordoned up Mordor.", &rows);
        assert!(codings(&p, "").is_empty());
    }

    #[test]
    fn a_passive_with_by_turns_the_doer_into_the_source() {
        let rows = [
            ("PROPN", "NNP", 3, "nsubj:pass"),
            ("AUX", "VBD", 3, "aux:pass"),
            ("VERB", "VBN", 0, "root"),
            ("ADP", "IN", 5, "case"),
            ("PROPN", "NNP", 3, "obl"),
            ("PUNCT", ".", 3, "punct"),
        ];
        let p = parsed("Arnor was opposed by Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("GON", "ARN", "112")]);
        let p = parsed("Arnor was opposed in Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "112")]);
    }

    #[test]
    fn words_joined_by_underscore_must_be_consecutive() {
        let p = restored("Arnor restored good ties with Gondor.");
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "066")]);
        let p = parsed(
            "Arnor restored good old ties with Gondor.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("ADJ", "JJ", 5, "amod"),
                ("ADJ", "JJ", 5, "amod"),
                ("NOUN", "NNS", 2, "obj"),
                ("ADP", "IN", 7, "case"),
                ("PROPN", "NNP", 5, "nmod"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "060")]);
    }

    #[test]
    fn two_subjects_count_when_coordinated() {
        let p = parsed(
            "Arnor and Gondor restored ties with Mordor.",
            &[
                ("PROPN", "NNP", 4, "nsubj"),
                ("CCONJ", "CC", 3, "cc"),
                ("PROPN", "NNP", 4, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("NOUN", "NNS", 4, "obj"),
                ("ADP", "IN", 7, "case"),
                ("PROPN", "NNP", 5, "nmod"),
                ("PUNCT", ".", 4, "punct"),
            ],
        );
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [triple("ARN", "MOR", "060"), triple("GON", "MOR", "060")]
        );
        // Side by side with nothing between: one actor's title and name, not two actors.
        let p = parsed(
            "Arnor Gondor restored ties with Mordor.",
            &[
                ("PROPN", "NNP", 3, "nsubj"),
                ("PROPN", "NNP", 3, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("NOUN", "NNS", 3, "obj"),
                ("ADP", "IN", 6, "case"),
                ("PROPN", "NNP", 4, "nmod"),
                ("PUNCT", ".", 3, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "MOR", "060")]);
    }

    #[test]
    fn require_dyad_drops_an_event_without_a_target() {
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("PUNCT", ".", 2, "punct"),
        ];
        let p = parsed("Arnor opposed.", &rows);
        assert!(codings_with(&p, "", CodingOptions::default()).is_empty());
        assert_eq!(codings(&p, ""), [triple("ARN", "---", "112")]);
        // An event with a target stands either way.
        let p = parsed(
            "Arnor opposed Gondor.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PROPN", "NNP", 2, "obj"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert_eq!(
            codings_with(&p, "", CodingOptions::default()),
            [triple("ARN", "GON", "112")]
        );
    }

    #[test]
    fn config_options_are_read_by_their_petrarch_names() {
        let mut options = CodingOptions::default();
        assert!(options.set("require_dyad", "False"));
        assert!(options.set("comma_emax", "0"));
        assert!(!options.set("comma_emin", "many"), "not a number");
        assert!(!options.set("stop_on_error", "True"), "changes no coding");
        assert_eq!(
            options,
            CodingOptions {
                require_dyad: false,
                terminal_clause: (2, 0),
            }
        );
    }

    #[test]
    fn a_possessive_hung_on_the_verb_belongs_to_the_noun_after_it() {
        let p = parsed(
            "Arnor's soldiers opposed Gondor.",
            &[
                ("PROPN", "NNP", 4, "nmod:poss"),
                ("PART", "POS", 1, "case"),
                ("NOUN", "NNS", 4, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PROPN", "NNP", 4, "obj"),
                ("PUNCT", ".", 4, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARNMIL", "GON", "112")]);
        // With a verb right after it, the possessive has no noun to join: it stays alone
        // and is not taken into the object's phrase.
        let p = parsed(
            "Arnor's opposed Gondor.",
            &[
                ("PROPN", "NNP", 3, "nmod:poss"),
                ("PART", "POS", 1, "case"),
                ("VERB", "VBD", 0, "root"),
                ("PROPN", "NNP", 3, "obj"),
                ("PUNCT", ".", 3, "punct"),
            ],
        );
        assert!(codings(&p, "").is_empty(), "{:?}", codings(&p, ""));
    }

    #[test]
    fn a_clause_under_an_adjective_takes_the_adjectives_subject() {
        let p = parsed(
            "Arnor is ready to oppose Gondor.",
            &[
                ("PROPN", "NNP", 3, "nsubj"),
                ("AUX", "VBZ", 3, "cop"),
                ("ADJ", "JJ", 0, "root"),
                ("PART", "TO", 5, "mark"),
                ("VERB", "VB", 3, "acl"),
                ("PROPN", "NNP", 5, "obj"),
                ("PUNCT", ".", 3, "punct"),
            ],
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "112")]);
        // Under a noun, the clause modifies it and has no subject of the sentence's.
        let p = parsed(
            "Arnor drafted plans to oppose Gondor.",
            &[
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("NOUN", "NNS", 2, "obj"),
                ("PART", "TO", 5, "mark"),
                ("VERB", "VB", 3, "acl"),
                ("PROPN", "NNP", 5, "obj"),
                ("PUNCT", ".", 2, "punct"),
            ],
        );
        assert!(codings(&p, "").is_empty(), "{:?}", codings(&p, ""));
    }

    #[test]
    fn a_coordinated_verb_parsed_as_its_objects_adjective_keeps_its_clause() {
        let rows = |link: (&'static str, &'static str, usize, &'static str)| {
            [
                ("PROPN", "NNP", 2, "nsubj"),
                ("VERB", "VBD", 0, "root"),
                ("PROPN", "NNP", 2, "obj"),
                link,
                ("VERB", "VBD", 6, "amod"),
                ("PROPN", "NNP", 2, "obj"),
                ("PUNCT", ".", 2, "punct"),
            ]
        };
        let p = parsed(
            "Arnor opposed Gondor and urged Mordor.",
            &rows(("CCONJ", "CC", 5, "cc")),
        );
        let mut got = codings(&p, "");
        got.sort();
        assert_eq!(
            got,
            [triple("ARN", "GON", "112"), triple("ARN", "MOR", "090")]
        );
        // Without a coordinator the word is left as the parse read it: no verb of its own.
        // (Nor after another modifier of the same noun: "the injured and displaced families".)
        let p = parsed(
            "Arnor opposed Gondor, urged Mordor.",
            &rows(("PUNCT", ",", 5, "punct")),
        );
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "112")]);
    }

    #[test]
    fn a_verb_without_listed_forms_has_the_regular_past_too() {
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("ADP", "RP", 2, "compound:prt"),
            ("PROPN", "NNP", 2, "obj"),
            ("PUNCT", ".", 2, "punct"),
        ];
        // English has "burnt"; PETRARCH generates "burned" for BURN.
        let p = parsed("Arnor burned down Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "222")]);
        let p = parsed("Arnor burnt down Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "222")]);
        // A verb whose forms the dictionary lists ({SAID SAYS SAYING}) gets no generated past.
        let p = parsed("Arnor sayed down Gondor.", &rows);
        assert!(codings(&p, "").is_empty(), "{:?}", codings(&p, ""));
    }

    #[test]
    fn a_verb_whose_code_is_marked_doubtful_codes_nothing() {
        let rows = [
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 2, "obj"),
            ("PUNCT", ".", 2, "punct"),
        ];
        // REPORT [025?]: PETRARCH's code table has no "025?".
        let p = parsed("Arnor reported Gondor.", &rows);
        assert!(codings(&p, "").is_empty(), "{:?}", codings(&p, ""));
        let p = parsed("Arnor opposed Gondor.", &rows);
        assert_eq!(codings(&p, ""), [triple("ARN", "GON", "112")]);
    }
}
