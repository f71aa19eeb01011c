//! Statistical models trained by the project's own code: a POS tagger, a named-entity tagger and a
//! dependency parser, all averaged perceptrons over hashed features.
//!
//! **Invariant:** inference reads only token strings (already normalised by the text layer) and the
//! model files; nothing here knows of articles, the knowledge base or storage.

pub mod column;
pub mod io;
pub mod ner;
pub mod parser;
pub mod perceptron;
pub mod tagger;

pub use io::Model;
pub use io::ModelError;
use newsgraph_corpus::UdSentence;
use std::path::Path;

/// All the models the pipeline runs, loaded once.
#[derive(Debug, Clone)]
pub struct Models {
    pub tagger: tagger::Tagger,
    pub parser: parser::Parser,
    pub ner: ner::Ner,
}

impl Models {
    /// Loads `tagger.bin`, `parser.bin` and `ner.bin` from `dir`; a missing file is an error that
    /// names it and the command that trains it. The parser, the largest by far, is read on a
    /// thread of its own while the other two are read on this one.
    pub fn load(dir: &Path) -> Result<Models, ModelError> {
        let parser_path = dir.join("parser.bin");
        let (parser, others) = std::thread::scope(|scope| {
            let parser = scope.spawn(|| parser::Parser::load(&parser_path));
            // A missing file is `ModelError::Missing` quoting the model's own TRAIN_COMMAND.
            let others = tagger::Tagger::load(&dir.join("tagger.bin"))
                .and_then(|tagger| Ok((tagger, ner::Ner::load(&dir.join("ner.bin"))?)));
            (parser.join(), others)
        });
        let (tagger, ner) = others?;
        // The loader returns errors for every bad input; a panic there is a bug, passed on as one.
        let parser = parser.unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        Ok(Models {
            tagger,
            parser,
            ner,
        })
    }

    /// Tags, parses and finds the names in one document, given as sentences of words (the text
    /// layer's tokens after [`newsgraph_text::normalize`]). The whole document goes in at once so
    /// that a name keeps one entity type across its sentences.
    pub fn analyze_document(&self, sentences: &[Vec<&str>]) -> Vec<Analysis> {
        let ner = self.ner.tag_document(sentences);
        sentences
            .iter()
            .zip(ner)
            .map(|(words, ner)| {
                let tags = self.tagger.tag(words);
                let tree = self.parser.parse(words, &tags);
                Analysis {
                    upos: tags.upos,
                    xpos: tags.xpos,
                    heads: tree.heads,
                    deprels: tree.deprels,
                    ner,
                }
            })
            .collect()
    }
}

/// A full sentence of news copy has a finite verb in its main clause (applied by
/// [`tagger::Tagger::tag`]). When the tagger found none before or after its first participle,
/// and read that participle after a noun ("Protesters *rallied* in Caracas.", "Police *fired* tear
/// gas as lawmakers debated the bill.", tagged `VBN`, which the parser then hangs off the noun as
/// a reduced relative), the participle is the clause's past tense. Finite verbs that do not make
/// it a reduced relative: those in a clause a subordinator opens ("as lawmakers *debated*",
/// "that *would* raise"), which runs to the next comma, and an attribution with its own subject
/// after a comma (", officials *said*."). Headlines, which end without a full stop, keep their
/// passive reading ("Dozens arrested in Shanghai"), and so does a participle whose noun has its
/// verb later ("The soldiers killed in the attack *were* buried.").
pub fn repair_finite_verb(words: &[&str], tags: &mut tagger::Tags) {
    if words.last() != Some(&".") {
        return;
    }
    let Some(i) = tags.xpos.iter().position(|t| *t == "VBN") else {
        return;
    };
    let after_nominal = i > 0 && (tags.xpos[i - 1].starts_with("NN") || tags.xpos[i - 1] == "PRP");
    if !after_nominal
        || tags.xpos[..i].iter().any(|t| is_finite(t))
        || main_clause_verb_after(words, &tags.xpos, i)
    {
        return;
    }
    tags.xpos[i] = "VBD";
}

/// Forms of news verbs that English never uses as nouns or adjectives, which the tagger, having
/// seen them rarely or never in its treebank, still reads as such by their look: "-ies" as a
/// plural ("a charge Beijing *denies*" as a noun), "-ght" and "-ck" as a noun's ending ("Israeli
/// aircraft *struck* targets", "*fought* guerrillas in the hills").
/// A base form is given as `VBP` (present tense, "the allies *accuse* Iran"); after "to" or a modal
/// it is the infinitive (`VB`).
const VERB_ONLY_FORMS: &[(&str, &str)] = &[
    ("accuse", "VBP"),
    ("deny", "VBP"),
    ("condemn", "VBP"),
    ("denies", "VBZ"),
    ("accuses", "VBZ"),
    ("warns", "VBZ"),
    ("blames", "VBZ"),
    ("condemns", "VBZ"),
    ("threatens", "VBZ"),
    ("insists", "VBZ"),
    ("denounces", "VBZ"),
    ("criticises", "VBZ"),
    ("criticizes", "VBZ"),
    ("fought", "VBN"),
    ("struck", "VBN"),
    ("sought", "VBN"),
];

/// A word of [`VERB_ONLY_FORMS`] tagged as anything but a verb is the verb (applied by
/// [`tagger::Tagger::tag`], before [`repair_finite_verb`], which makes a participle with no
/// finite verb in its clause the past tense).
pub fn repair_verb_only_form(words: &[&str], tags: &mut tagger::Tags) {
    for (i, word) in words.iter().enumerate() {
        if tags.upos[i] == "VERB" {
            continue;
        }
        let lower = word.to_lowercase();
        if let Some(&(_, xpos)) = VERB_ONLY_FORMS.iter().find(|(w, _)| *w == lower) {
            let infinitive = xpos == "VBP"
                && i > 0
                && (words[i - 1].eq_ignore_ascii_case("to") || tags.xpos[i - 1] == "MD");
            tags.xpos[i] = if infinitive { "VB" } else { xpos };
            tags.upos[i] = "VERB";
        }
    }
}

/// A word in -ing right after an article or a possessive, with nothing nominal after it, is a
/// noun (applied by [`tagger::Tagger::tag`]): "called *the killing* a reckless step", "condemned
/// *the shelling* of the city", "after *its storming* by protesters". The tagger reads many of
/// them as the verb's gerund, and the parser then hangs the article on the verb and the predicate
/// on the gerund. In EWT's gold, 256 of 278 such words after an article or possessive with no
/// noun, adjective or number next are nouns; most of the rest are "the following" (kept) and a
/// possessive's gerund with an object of its own ("our including *a* ..."), which a determiner
/// after it tells apart. An adjective before a noun ("the growing crisis") is left alone.
pub fn repair_gerund_noun(words: &[&str], tags: &mut tagger::Tags) {
    for i in 1..words.len() {
        if tags.xpos[i] != "VBG" || words[i].eq_ignore_ascii_case("following") {
            continue;
        }
        let article = matches!(
            words[i - 1].to_lowercase().as_str(),
            "the" | "a" | "an" | "this" | "that"
        );
        let possessive = tags.xpos[i - 1] == "PRP$";
        let next = tags.upos.get(i + 1).copied().unwrap_or("PUNCT");
        let nominal_next = matches!(next, "NOUN" | "PROPN" | "ADJ" | "NUM");
        let object_next = matches!(next, "DET" | "PRON");
        if (article && !nominal_next) || (possessive && !nominal_next && !object_next) {
            tags.xpos[i] = "NN";
            tags.upos[i] = "NOUN";
        }
    }
}

/// "sentenced *ousted* leader Aung San Suu Kyi", "the *jailed* opposition leader", "freed
/// *detained* journalist Evan Gershkovich": a participle of removal or captivity right before a
/// noun, with a verb, a determiner or a preposition before it, is an adjective (applied by
/// [`tagger::Tagger::tag`]). The tagger reads it as a verb, and the parser then makes it a clause
/// with the title as its object. After a noun it stays the verb ("police *detained* opposition
/// leader Kem Sokha").
pub fn repair_participle_title(words: &[&str], tags: &mut tagger::Tags) {
    for i in 1..words.len().saturating_sub(1) {
        let lower = words[i].to_lowercase();
        let before = tags.xpos[i - 1];
        // "was elected president", "had detained opposition leaders": after an auxiliary it is
        // the verb.
        let auxiliary = AUXILIARY_FORMS.contains(&words[i - 1].to_lowercase().as_str());
        let opens_phrase = (before.starts_with("VB") && !auxiliary)
            || matches!(before, "DT" | "IN" | "PRP$" | "POS");
        if TITLE_PARTICIPLES.contains(&lower.as_str())
            && tags.upos[i] == "VERB"
            && opens_phrase
            && tags.xpos[i + 1].starts_with("NN")
        {
            tags.xpos[i] = "JJ";
            tags.upos[i] = "ADJ";
        }
    }
}

/// Forms of "be", "have" and "get", after which a participle is the verb's.
const AUXILIARY_FORMS: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "get",
    "gets", "got", "gotten",
];

/// Participles that news sets before a person's title or name ([`repair_participle_title`]).
const TITLE_PARTICIPLES: &[&str] = &[
    "ousted",
    "deposed",
    "toppled",
    "jailed",
    "imprisoned",
    "detained",
    "exiled",
    "slain",
    "murdered",
    "assassinated",
    "kidnapped",
    "abducted",
    "elected",
    "disgraced",
    "embattled",
    "sacked",
];

/// "Myanmar's military detained civilian leader Aung San Suu Kyi", "The military seized power":
/// after an article or a possessive, "military" before a past tense or participle is the noun,
/// the clause's subject (applied by [`tagger::Tagger::tag`]). The tagger, seeing an adjective's
/// usual place, reads the pair as a modifier and a participle before the object, and the parser
/// then makes the sentence a noun phrase with no verb. A participle joined by a hyphen
/// ("military-backed") is one token and is not touched.
pub fn repair_military_subject(words: &[&str], tags: &mut tagger::Tags) {
    for (i, word) in words
        .iter()
        .enumerate()
        .take(words.len().saturating_sub(1))
        .skip(1)
    {
        let after_determiner = matches!(tags.xpos[i - 1], "DT" | "PRP$" | "POS");
        if word.eq_ignore_ascii_case("military")
            && tags.upos[i] == "ADJ"
            && after_determiner
            && matches!(tags.xpos[i + 1], "VBD" | "VBN")
        {
            tags.xpos[i] = "NN";
            tags.upos[i] = "NOUN";
            tags.xpos[i + 1] = "VBD";
            tags.upos[i + 1] = "VERB";
        }
    }
}

/// The verb of a that-clause under a verb of demanding is a bare subjunctive ("demanded that
/// Tehran *apologise*", "demanding that the president *resign*", "demanded that Malaysia *hand*
/// over the data"), which the tagger, seeing a singular noun's form right after a noun, reads as
/// a noun (applied by [`tagger::Tagger::tag`]); the parser then finds no clause and no subject.
/// The last word of the noun phrase after "that" is the verb when it is a lowercase singular
/// noun after another noun and no verb follows it ("demanded that the government compensation
/// *be* paid" keeps its noun). "That" may stand up to four words after the demand ("demanded on
/// Tuesday that").
pub fn repair_mandative_subjunctive(words: &[&str], tags: &mut tagger::Tags) {
    const DEMANDS: [&str; 8] = [
        "demand",
        "insist",
        "urge",
        "ask",
        "request",
        "require",
        "recommend",
        "order",
    ];
    let verbal = |t: &str| t.starts_with("VB") || t == "MD";
    for i in 0..words.len() {
        let word = words[i].to_lowercase();
        if !verbal(tags.xpos[i]) || !DEMANDS.iter().any(|d| word.starts_with(d)) {
            continue;
        }
        let Some(that) = (i + 1..words.len().min(i + 6))
            .take_while(|&k| !verbal(tags.xpos[k]) && words[k] != ",")
            .find(|&k| words[k].eq_ignore_ascii_case("that"))
        else {
            continue;
        };
        let phrase = words[that + 1..]
            .iter()
            .zip(&tags.xpos[that + 1..])
            .take_while(|(_, t)| {
                matches!(**t, "DT" | "PRP$" | "CD" | "HYPH" | "POS")
                    || t.starts_with("JJ")
                    || t.starts_with("NN")
            })
            .count();
        if phrase < 2 {
            continue;
        }
        let last = that + phrase;
        let noun_before = tags.xpos[that + 1..last]
            .iter()
            .any(|t| t.starts_with("NN"));
        let verb_after = tags.xpos.get(last + 1).is_some_and(|t| verbal(t));
        if noun_before
            && !verb_after
            && tags.xpos[last] == "NN"
            && words[last].chars().all(|c| c.is_lowercase())
        {
            tags.xpos[last] = "VB";
            tags.upos[last] = "VERB";
        }
    }
}

/// Two subjects of one verb with a coordinator between them are one coordinated subject: the
/// parser sometimes reads "Japanese Prime Minister Fumio Kishida and Philippine President
/// Ferdinand Marcos Jr. signed" as two `nsubj` of "signed", which no treebank has. The second
/// becomes a `conj` of the first, the coordinator its `cc`, and the words between the
/// coordinator and the second subject that hung outside it ("Philippine") its modifiers. Only
/// names, nouns and their function words may stand between the two subjects.
/// Applied by [`parser::Parser::parse`]; `heads` are 1-based, 0 for the root.
pub fn repair_double_subject(upos: &[&str], tree: &mut parser::Tree) {
    let n = tree.heads.len();
    let is_subject = |rel: &str| rel == "nsubj" || rel == "nsubj:pass";
    for first in 0..n {
        if !is_subject(tree.deprels[first]) {
            continue;
        }
        let head = tree.heads[first];
        let second = (first + 1..n).find(|&k| tree.heads[k] == head && is_subject(tree.deprels[k]));
        let Some(second) = second else { continue };
        if head != 0 && head - 1 < second {
            // "X said Y left": the second subject after its verb is not the same clause's.
            continue;
        }
        // Only names and nouns between them: a verb between ("The place smells and the owner
        // is rude") means two clauses that the parser joined wrongly in another way.
        let nominal = (first + 1..second).all(|k| {
            matches!(
                upos.get(k).copied(),
                Some("PROPN" | "NOUN" | "ADJ" | "DET" | "NUM" | "CCONJ" | "ADP" | "PART" | "PUNCT")
            )
        });
        let cc = (first + 1..second).find(|&k| upos.get(k) == Some(&"CCONJ"));
        // ", and" joins clauses far more often than names.
        let after_comma = |k: usize| k > 0 && upos.get(k - 1) == Some(&"PUNCT");
        let Some(cc) = cc.filter(|&k| nominal && !after_comma(k)) else {
            continue;
        };
        tree.heads[second] = first + 1;
        tree.deprels[second] = "conj";
        tree.heads[cc] = second + 1;
        tree.deprels[cc] = "cc";
        for k in cc + 1..second {
            let h = tree.heads[k];
            if h == 0 || h - 1 <= cc || h - 1 > second {
                tree.heads[k] = second + 1;
                tree.deprels[k] = if upos.get(k) == Some(&"ADJ") {
                    "amod"
                } else {
                    "compound"
                };
            }
        }
    }
}

/// Whether a word is a title that news puts before a name ("Secretary", "Minister", "leader").
fn is_title(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "president"
            | "minister"
            | "secretary"
            | "chancellor"
            | "premier"
            | "senator"
            | "governor"
            | "mayor"
            | "judge"
            | "justice"
            | "general"
            | "gen."
            | "admiral"
            | "colonel"
            | "ambassador"
            | "envoy"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "director"
            | "commissioner"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "leader"
            | "chief"
            | "ceo"
            | "commander"
            | "representative"
            | "rep."
            | "sen."
            | "gov."
            | "lawmaker"
            | "congressman"
            | "congresswoman"
            | "sheikh"
            | "emir"
            | "ayatollah"
            | "cardinal"
            | "archbishop"
            | "bishop"
            | "prosecutor"
            | "attorney"
    )
}

/// The words of `k`'s phrase: the first and last index under it (itself included).
fn phrase_span(tree: &parser::Tree, k: usize) -> (usize, usize) {
    let n = tree.heads.len();
    let inside: Vec<usize> = (0..n).filter(|&j| under(tree, j, k)).collect();
    (
        inside.first().copied().unwrap_or(k),
        inside.last().copied().unwrap_or(k),
    )
}

/// A title right before a name is the name's, not a second subject: the parser sometimes reads
/// "US Secretary of State Mike Pompeo will meet" as two `nsubj` of "meet", "Secretary" and
/// "Mike". When two subjects of one verb are adjacent phrases (the first ends where the second
/// begins), both before the verb, the first headed by a title ([`is_title`]) and the second a
/// name, the first becomes the second's `nmod:desc`, as EWT attaches titles ("President Bill
/// Clinton"). Other double subjects are parse errors of another kind ("The Association of
/// Muslim Scholars forbade Iraqis"), left alone. Coordinated subjects are
/// [`repair_double_subject`]'s. Applied by [`parser::Parser::parse`]; `heads` are 1-based, 0
/// for the root.
pub fn repair_title_subject(words: &[&str], upos: &[&str], tree: &mut parser::Tree) {
    let n = tree.heads.len();
    for first in 0..n {
        if tree.deprels[first] != "nsubj" || !words.get(first).is_some_and(|w| is_title(w)) {
            continue;
        }
        let head = tree.heads[first];
        let Some(second) =
            (first + 1..n).find(|&k| tree.heads[k] == head && tree.deprels[k] == "nsubj")
        else {
            continue;
        };
        let (_, first_end) = phrase_span(tree, first);
        let (second_start, _) = phrase_span(tree, second);
        if upos.get(second) != Some(&"PROPN")
            || head == 0
            || head - 1 < second
            || first_end + 1 != second_start
        {
            continue;
        }
        tree.heads[first] = second + 1;
        tree.deprels[first] = "nmod:desc";
    }
}

/// "with Russian President Vladimir Putin and Russian Foreign Minister Sergey Lavrov": the parser
/// sometimes makes the second name's first adjective the `conj` ("Putin and Russian") and hangs
/// the name itself on the first one as a bare `nmod`, which loses the coordination. When an
/// adjective is a `conj` of a name or noun, has no dependents but its `cc`, and the words after
/// it up to a name are adjectives, nouns and names of one phrase whose head hangs on the first
/// conjunct's phrase, that head becomes the `conj` (of the first conjunct, or of the word its
/// `flat` part belongs to), the coordinator moves to it, and the adjective becomes an `amod` of
/// the first noun or name after it. Applied by [`parser::Parser::parse`]; `heads` are 1-based.
pub fn repair_adjective_conjunct(upos: &[&str], tree: &mut parser::Tree) {
    let n = tree.heads.len();
    for adj in 0..n {
        if tree.deprels[adj] != "conj" || upos.get(adj) != Some(&"ADJ") || tree.heads[adj] == 0 {
            continue;
        }
        let mut first = tree.heads[adj] - 1;
        while tree.deprels[first] == "flat" && tree.heads[first] != 0 {
            first = tree.heads[first] - 1;
        }
        if !matches!(upos.get(first).copied(), Some("PROPN" | "NOUN")) {
            continue;
        }
        let dependents: Vec<usize> = (0..n).filter(|&k| tree.heads[k] == adj + 1).collect();
        if dependents.iter().any(|&k| tree.deprels[k] != "cc") {
            continue;
        }
        // The next phrase: nominal words from the one after the adjective; its head is the one
        // that hangs outside the run, and it must hang on the first conjunct's phrase.
        let end = (adj + 1..n)
            .find(|&k| !matches!(upos.get(k).copied(), Some("ADJ" | "NOUN" | "PROPN")))
            .unwrap_or(n);
        if end <= adj + 1 {
            continue;
        }
        let outside = |k: usize| tree.heads[k] == 0 || !(adj + 2..=end).contains(&tree.heads[k]);
        let heads: Vec<usize> = (adj + 1..end).filter(|&k| outside(k)).collect();
        let [name] = heads[..] else { continue };
        let hangs_on_first = tree.heads[name] != 0 && under(tree, tree.heads[name] - 1, first);
        if upos.get(name) != Some(&"PROPN") || !hangs_on_first {
            continue;
        }
        tree.heads[name] = first + 1;
        tree.deprels[name] = "conj";
        for cc in dependents {
            tree.heads[cc] = name + 1;
        }
        let noun = (adj + 1..=name)
            .find(|&k| matches!(upos.get(k).copied(), Some("NOUN" | "PROPN")))
            .unwrap_or(name);
        tree.heads[adj] = noun + 1;
        tree.deprels[adj] = "amod";
    }
}

/// A trailing attribution is a clause of its own: in "... after a 12-year rift, the official
/// news agency WFNA said on Thursday." the parser can read "the agency [that] WFNA said" as a
/// relative clause with a missing object, which leaves the report without a speaker. A
/// reporting verb parsed as `acl:relcl` of the noun before it becomes that noun's verb
/// (`parataxis` of the sentence's root, the noun its `nsubj`, the verb's own subject a name in
/// apposition to the noun) when the noun's phrase starts right after a comma and the verb has
/// no object, clause, relative word or subordinator of its own and ends the sentence.
/// Applied by [`parser::Parser::parse`]; `heads` are 1-based, 0 for the root.
pub fn repair_trailing_attribution(words: &[&str], upos: &[&str], tree: &mut parser::Tree) {
    let n = tree.heads.len();
    let Some(root) = tree.heads.iter().position(|&h| h == 0) else {
        return;
    };
    for verb in 0..n {
        let reports = words.get(verb).is_some_and(|w| is_reporting_verb(w));
        let noun = tree.heads[verb].wrapping_sub(1);
        if !reports
            || tree.deprels[verb] != "acl:relcl"
            || noun >= verb
            || !matches!(upos.get(noun).copied(), Some("NOUN" | "PROPN"))
        {
            continue;
        }
        let children: Vec<usize> = (0..n).filter(|&k| tree.heads[k] == verb + 1).collect();
        let own_clause = children.iter().any(|&k| {
            let rel = tree.deprels[k].split(':').next().unwrap_or("");
            matches!(rel, "obj" | "ccomp" | "xcomp" | "mark" | "iobj")
                || matches!(
                    words.get(k).map(|w| w.to_lowercase()).as_deref(),
                    Some("that" | "which" | "who" | "whom")
                )
        });
        // The noun's phrase: its words before it, back to the comma that opens it.
        let mut start = noun;
        while start > 0 && words.get(start - 1) != Some(&",") && under(tree, start - 1, noun) {
            start -= 1;
        }
        let after_comma = start > 0 && words.get(start - 1) == Some(&",");
        // Everything after the verb belongs to it, but the closing punctuation.
        let ends_sentence = (verb + 1..n)
            .all(|k| under(tree, k, verb) || (k + 1 == n && upos.get(k) == Some(&"PUNCT")));
        if own_clause || !after_comma || !ends_sentence || root >= start {
            continue;
        }
        for k in children {
            if k > noun && k < verb && tree.deprels[k].starts_with("nsubj") {
                tree.heads[k] = noun + 1;
                tree.deprels[k] = "appos";
            }
        }
        tree.heads[verb] = root + 1;
        tree.deprels[verb] = "parataxis";
        tree.heads[noun] = verb + 1;
        tree.deprels[noun] = "nsubj";
        tree.heads[start - 1] = verb + 1;
        tree.deprels[start - 1] = "punct";
    }
}

/// An adjective takes no object: the parser sometimes reads "Biden met *Ukrainian* President
/// Volodymyr Zelensky" as "met" with an `xcomp` "Ukrainian" whose `obj` is the name, which hides
/// the meeting's other party. When an adjective has an `obj` after it with only names, nouns
/// and adjectives of that object's phrase between them ("Swedish *Prime* Minister Ulf
/// Kristersson"), the object takes the adjective's place under its head,
/// the adjective's other dependents after it go to that head, and the adjective becomes an
/// `amod` of the word after it. Applied by [`parser::Parser::parse`]; `heads` are 1-based.
pub fn repair_adjective_object(upos: &[&str], tree: &mut parser::Tree) {
    let n = tree.heads.len();
    for adj in 0..n {
        if upos.get(adj) != Some(&"ADJ") || tree.heads[adj] == 0 {
            continue;
        }
        let Some(object) =
            (adj + 1..n).find(|&k| tree.heads[k] == adj + 1 && tree.deprels[k] == "obj")
        else {
            continue;
        };
        // "worth $5" and "worth millions" are adjectives with objects; a title between them is not.
        let inside = object > adj + 1
            && (adj + 1..object).all(|k| {
                matches!(upos.get(k).copied(), Some("PROPN" | "NOUN" | "ADJ"))
                    && under(tree, k, object)
            });
        if !inside {
            continue;
        }
        let (head, rel) = (tree.heads[adj], tree.deprels[adj]);
        tree.heads[object] = head;
        tree.deprels[object] = if rel == "xcomp" { "obj" } else { rel };
        for k in object + 1..n {
            if tree.heads[k] == adj + 1 {
                tree.heads[k] = head;
            }
        }
        tree.heads[adj] = adj + 2;
        tree.deprels[adj] = "amod";
    }
}

/// A name right after the noun it hangs on, with no preposition, is that noun's apposition ("the
/// opposition leader *Alexei Navalny*", "his lawyer *Ivan Pavlov*"). The parser sometimes labels
/// it `nmod`, which in English needs a case marker ("the leader *of* the party"): in EWT train
/// and dev such a name is `appos` 222 times and a bare `nmod` never. When a PROPN is an `nmod`
/// without a `case` child, and everything between its head noun and it belongs to its own
/// phrase, the label becomes `appos`. Applied by [`parser::Parser::parse`]; `heads` are 1-based.
pub fn repair_bare_name_modifier(upos: &[&str], tree: &mut parser::Tree) {
    let n = tree.heads.len();
    for name in 0..n {
        let head = tree.heads[name];
        if tree.deprels[name] != "nmod"
            || upos.get(name) != Some(&"PROPN")
            || head == 0
            || head > name
            || upos.get(head - 1) != Some(&"NOUN")
        {
            continue;
        }
        let has_case = (0..n).any(|k| tree.heads[k] == name + 1 && tree.deprels[k] == "case");
        let adjacent = (head..name).all(|k| tree.heads[k] == name + 1);
        if !has_case && adjacent {
            tree.deprels[name] = "appos";
        }
    }
}

/// A possessor is never a clause's argument itself: the parser sometimes reads "Sudan's
/// *military* removed President Omar al-Bashir" (with "military" tagged an adjective) or "Peru's
/// President Alan Garcia closed the border" as a verb whose `nsubj` is the possessor, the
/// possessed words hanging on the verb beside it, which makes the country the actor instead of
/// its army or its president. When a word with a possessive `case` ("'s", "'") is the `nsubj`,
/// `nsubj:pass`, `obj` or `iobj` of a head after it, and the words between the marker and that
/// head are names, nouns and adjectives of which exactly one hangs outside them, on that same
/// head, that one takes the possessor's place and relation, and the possessor becomes its
/// `nmod:poss`. Applied by [`parser::Parser::parse`]; `heads` are 1-based, 0 for the root.
pub fn repair_possessive_argument(words: &[&str], upos: &[&str], tree: &mut parser::Tree) {
    let n = tree.heads.len();
    for marker in 0..n {
        let owner = tree.heads[marker];
        if !matches!(words.get(marker).copied(), Some("'s" | "'" | "’s" | "’"))
            || tree.deprels[marker] != "case"
            || owner == 0
            || owner > marker
        {
            continue;
        }
        let owner = owner - 1;
        let head = tree.heads[owner];
        if !matches!(tree.deprels[owner], "nsubj" | "nsubj:pass" | "obj" | "iobj")
            || head == 0
            || head - 1 <= marker + 1
        {
            continue;
        }
        let between = marker + 1..head - 1;
        let nominal = between
            .clone()
            .all(|k| matches!(upos.get(k).copied(), Some("PROPN" | "NOUN" | "ADJ")));
        let outside: Vec<usize> = between
            .clone()
            .filter(|&k| !between.contains(&tree.heads[k].wrapping_sub(1)))
            .collect();
        let [possessed] = outside[..] else { continue };
        if !nominal || tree.heads[possessed] != head {
            continue;
        }
        tree.deprels[possessed] = tree.deprels[owner];
        tree.heads[owner] = possessed + 1;
        tree.deprels[owner] = "nmod:poss";
    }
}

/// "Two days after police arrested him": a time subordinator before a noun and a finite verb
/// opens a clause, but the tagger gives "after" the preposition's tag, and the parser then reads
/// "after police" as a phrase of "days" and leaves "arrested" without its subject (or with
/// "days" as one). When "after", "before", "since" or "until" is the `case` of a noun whose
/// phrase is followed at once by a finite verb (or the finite auxiliary of one) that does not
/// govern the noun's head, the noun becomes that verb's `nsubj`, the word its `mark`, and the
/// verb takes the noun's place under its old head (unless that head lies inside the verb's own
/// clause); a subject the verb had before the subordinator ("five years") becomes an
/// `obl:unmarked`. Applied by [`parser::Parser::parse`]; `heads` are 1-based, 0 for the root.
pub fn repair_clause_after_subordinator(
    words: &[&str],
    tags: &tagger::Tags,
    tree: &mut parser::Tree,
) {
    let n = tree.heads.len();
    for sub in 0..n {
        let opens = words.get(sub).is_some_and(|w| {
            ["after", "before", "since", "until"]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
        });
        let noun = tree.heads[sub].wrapping_sub(1);
        if !opens
            || tree.deprels[sub] != "case"
            || noun >= n
            || noun <= sub
            || !matches!(
                tags.upos.get(noun).copied(),
                Some("NOUN" | "PROPN" | "PRON")
            )
        {
            continue;
        }
        // The noun's phrase, up to a verb the parser may have hung on it.
        let phrase_end = (noun..n)
            .take_while(|&k| {
                under(tree, k, noun) && !tags.xpos.get(k).is_some_and(|t| t.starts_with("VB"))
            })
            .last()
            .unwrap_or(noun);
        let next = phrase_end + 1;
        // A participle with an object is the past tense the tagger missed ("after police
        // arrested him": a passive participle takes no object).
        let active_participle = tags.xpos.get(next) == Some(&"VBN")
            && (0..n).any(|k| tree.heads[k] == next + 1 && tree.deprels[k] == "obj");
        if next >= n || (!tags.xpos.get(next).is_some_and(|t| is_finite(t)) && !active_participle) {
            continue;
        }
        // "after police had arrested him": the clause's verb is the auxiliary's head.
        let verb = if matches!(tree.deprels[next], "aux" | "aux:pass" | "cop")
            && tree.heads[next] > next + 1
        {
            tree.heads[next] - 1
        } else {
            next
        };
        if tree.heads[noun] == verb + 1 {
            continue;
        }
        // A clause the parser hung on the noun as a relative one ("police [that] arrested") is
        // the subordinate clause; any other verb below the noun belongs to its phrase.
        let relative = tree.heads[verb] == noun + 1
            && tree.deprels[verb].starts_with("acl")
            && !(0..n).any(|k| {
                tree.heads[k] == verb + 1
                    && words.get(k).is_some_and(|w| {
                        ["who", "whom", "whose", "which", "that"]
                            .iter()
                            .any(|r| w.eq_ignore_ascii_case(r))
                    })
            });
        if under(tree, verb, noun) && !relative {
            continue;
        }
        let old_head = tree.heads[noun];
        if old_head > 0 && !under(tree, old_head - 1, verb) {
            tree.heads[verb] = old_head;
            tree.deprels[verb] =
                if matches!(tags.upos.get(old_head - 1).copied(), Some("NOUN" | "PROPN")) {
                    "acl"
                } else {
                    "advcl"
                };
        }
        for k in 0..sub {
            if tree.heads[k] == verb + 1 && tree.deprels[k].starts_with("nsubj") {
                tree.deprels[k] = "obl:unmarked";
            }
        }
        tree.heads[noun] = verb + 1;
        tree.deprels[noun] = "nsubj";
        tree.heads[sub] = verb + 1;
        tree.deprels[sub] = "mark";
    }
}

/// Whether word `k` is `top` or hangs below it (0-based indices into a tree of 1-based heads).
fn under(tree: &parser::Tree, k: usize, top: usize) -> bool {
    let mut cur = k;
    for _ in 0..=tree.heads.len() {
        if cur == top {
            return true;
        }
        match tree.heads.get(cur) {
            Some(&h) if h > 0 => cur = h - 1,
            _ => return false,
        }
    }
    false
}

/// A verb that closes an attribution (", officials said.", ", analysts say.").
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "said" | "says" | "say" | "told" | "added" | "reported" | "announced"
    )
}

fn is_finite(xpos: &str) -> bool {
    matches!(xpos, "VBD" | "VBZ" | "VBP" | "MD")
}

/// Whether a finite verb after token `from` can be the verb of the noun before it (see
/// [`repair_finite_verb`] for the ones that cannot).
fn main_clause_verb_after(words: &[&str], xpos: &[&str], from: usize) -> bool {
    let mut subordinate = false;
    let mut k = from + 1;
    while k < xpos.len() {
        if xpos[k] == "," {
            subordinate = false;
            // ", officials said": nominal words, then a finite verb, are a clause of their own.
            let nominal = xpos[k + 1..]
                .iter()
                .take_while(|t| {
                    matches!(**t, "DT" | "JJ" | "CD" | "POS" | "PRP" | "PRP$")
                        || t.starts_with("NN")
                })
                .count();
            if nominal > 0 && xpos.get(k + 1 + nominal).is_some_and(|t| is_finite(t)) {
                k += nominal + 2;
                continue;
            }
        } else if matches!(xpos[k], "WDT" | "WP" | "WRB")
            || (xpos[k] == "IN" && opens_clause(words[k]))
        {
            subordinate = true;
        } else if is_finite(xpos[k]) && !subordinate {
            return true;
        }
        k += 1;
    }
    false
}

/// Subordinating conjunctions that the tagger tags `IN` like prepositions.
fn opens_clause(word: &str) -> bool {
    const SUBORDINATORS: [&str; 14] = [
        "after", "although", "as", "because", "before", "if", "once", "since", "that", "though",
        "unless", "until", "whereas", "while",
    ];
    SUBORDINATORS.iter().any(|s| word.eq_ignore_ascii_case(s))
}

/// A sentence's word forms as the models see them: normalised by the text layer, as at run time.
pub fn normalized_forms(sentence: &UdSentence) -> Vec<String> {
    sentence
        .words
        .iter()
        .map(|w| newsgraph_text::normalize(&w.form).into_owned())
        .collect()
}

/// Sentences with their word forms normalised (see [`normalized_forms`]), for training.
pub fn normalized(sentences: &[UdSentence]) -> Vec<UdSentence> {
    sentences
        .iter()
        .map(|s| {
            let mut s = s.clone();
            for w in &mut s.words {
                if let std::borrow::Cow::Owned(n) = newsgraph_text::normalize(&w.form) {
                    w.form = n;
                }
            }
            s
        })
        .collect()
}

/// What the models say about one sentence: one entry per token, in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Universal POS tags (`NOUN`, `PROPN`, `VERB` ...).
    pub upos: Vec<&'static str>,
    /// Penn Treebank tags (`NN`, `NNP`, `VBD` ...).
    pub xpos: Vec<&'static str>,
    /// 1-based index of each token's head within the sentence; 0 for the root.
    pub heads: Vec<usize>,
    /// Universal Dependencies relation to the head (`nsubj`, `obj`, `obl` ...).
    pub deprels: Vec<&'static str>,
    /// IOB2 entity tags (`B-PER`, `I-ORG`, `O`).
    pub ner: Vec<&'static str>,
}

impl Analysis {
    /// An analysis that says nothing: used when no models are loaded.
    pub fn unknown(n: usize) -> Analysis {
        Analysis {
            upos: vec!["X"; n],
            xpos: vec!["_"; n],
            heads: vec![0; n],
            deprels: vec!["dep"; n],
            ner: vec!["O"; n],
        }
    }
}

#[cfg(test)]
mod repair_tests {
    use super::{
        repair_finite_verb, repair_gerund_noun, repair_mandative_subjunctive,
        repair_military_subject, repair_participle_title, repair_verb_only_form,
    };
    use crate::tagger::Tags;

    fn tags(xpos: &[&'static str]) -> Tags {
        Tags {
            upos: vec!["X"; xpos.len()],
            xpos: xpos.to_vec(),
        }
    }

    #[test]
    fn the_noun_ending_a_that_clause_subject_under_a_demand_is_its_subjunctive_verb() {
        let words = [
            "Zelensky",
            "demanded",
            "that",
            "Tehran",
            "apologise",
            "through",
            "channels",
            ".",
        ];
        let mut t = Tags {
            upos: vec![
                "PROPN", "VERB", "SCONJ", "PROPN", "NOUN", "ADP", "NOUN", "PUNCT",
            ],
            xpos: vec!["NNP", "VBD", "IN", "NNP", "NN", "IN", "NNS", "."],
        };
        repair_mandative_subjunctive(&words, &mut t);
        assert_eq!((t.upos[4], t.xpos[4]), ("VERB", "VB"));
        let words = [
            "demanding",
            "on",
            "Sunday",
            "that",
            "the",
            "president",
            "resign",
            ".",
        ];
        let mut t = Tags {
            upos: vec![
                "VERB", "ADP", "PROPN", "SCONJ", "DET", "NOUN", "NOUN", "PUNCT",
            ],
            xpos: vec!["VBG", "IN", "NNP", "IN", "DT", "NN", "NN", "."],
        };
        repair_mandative_subjunctive(&words, &mut t);
        assert_eq!(t.xpos[6], "VB");
    }

    #[test]
    fn a_that_clause_whose_verb_follows_its_noun_or_that_follows_another_verb_is_left_alone() {
        let words = [
            "demanded",
            "that",
            "the",
            "government",
            "compensation",
            "be",
            "paid",
        ];
        let mut t = tags(&["VBD", "IN", "DT", "NN", "NN", "VB", "VBN"]);
        repair_mandative_subjunctive(&words, &mut t);
        assert_eq!(t.xpos[4], "NN");
        let words = ["said", "that", "the", "president", "resign", "."];
        let mut t = tags(&["VBD", "IN", "DT", "NN", "NN", "."]);
        repair_mandative_subjunctive(&words, &mut t);
        assert_eq!(t.xpos[4], "NN");
        let words = ["demanded", "that", "report", "."];
        let mut t = tags(&["VBD", "DT", "NN", "."]);
        repair_mandative_subjunctive(&words, &mut t);
        assert_eq!(t.xpos[2], "NN");
    }

    #[test]
    fn a_sentence_without_a_finite_verb_gets_its_participle_as_past_tense() {
        let words = ["Protesters", "rallied", "in", "Caracas", "."];
        let mut t = tags(&["NNS", "VBN", "IN", "NNP", "."]);
        repair_finite_verb(&words, &mut t);
        assert_eq!(t.xpos[1], "VBD");
    }

    #[test]
    fn a_gerund_after_an_article_with_nothing_nominal_next_is_a_noun() {
        let words = [
            "Iran",
            "called",
            "the",
            "killing",
            "a",
            "reckless",
            "step",
            "and",
            "the",
            "growing",
            "crisis",
            "grave",
            ",",
            "citing",
            "its",
            "shelling",
            "of",
            "the",
            "following",
            ".",
        ];
        let mut t = Tags {
            upos: vec![
                "PROPN", "VERB", "DET", "VERB", "DET", "ADJ", "NOUN", "CCONJ", "DET", "VERB",
                "NOUN", "ADJ", "PUNCT", "VERB", "PRON", "VERB", "ADP", "DET", "VERB", "PUNCT",
            ],
            xpos: vec![
                "NNP", "VBD", "DT", "VBG", "DT", "JJ", "NN", "CC", "DT", "VBG", "NN", "JJ", ",",
                "VBG", "PRP$", "VBG", "IN", "DT", "VBG", ".",
            ],
        };
        repair_gerund_noun(&words, &mut t);
        assert_eq!((t.upos[3], t.xpos[3]), ("NOUN", "NN"), "the killing a ...");
        assert_eq!(t.upos[15], "NOUN", "its shelling of");
        assert_eq!(t.xpos[9], "VBG", "the growing crisis keeps its participle");
        assert_eq!(t.xpos[13], "VBG", "a gerund after a comma is left alone");
        assert_eq!(t.xpos[18], "VBG", "the following stays");
    }

    #[test]
    fn military_after_a_determiner_before_a_past_tense_is_the_subject_noun() {
        let words = [
            "Myanmar", "'s", "military", "detained", "civilian", "leaders", ".",
        ];
        let mut t = Tags {
            upos: vec!["PROPN", "PART", "ADJ", "VERB", "ADJ", "NOUN", "PUNCT"],
            xpos: vec!["NNP", "POS", "JJ", "VBN", "JJ", "NNS", "."],
        };
        repair_military_subject(&words, &mut t);
        assert_eq!((t.upos[2], t.xpos[2]), ("NOUN", "NN"));
        assert_eq!((t.upos[3], t.xpos[3]), ("VERB", "VBD"));
        // Must not fire: an adjective before a noun ("the military aid") stays one.
        let words = ["the", "military", "aid", "arrived", "."];
        let mut t = Tags {
            upos: vec!["DET", "ADJ", "NOUN", "VERB", "PUNCT"],
            xpos: vec!["DT", "JJ", "NN", "VBD", "."],
        };
        repair_military_subject(&words, &mut t);
        assert_eq!(t.upos[1], "ADJ");
    }

    #[test]
    fn a_form_only_a_verb_has_is_the_verb_whatever_the_tagger_read() {
        let words = [
            "a", "charge", "Beijing", "denies", ",", "and", "troops", "fought", ".",
        ];
        let mut t = Tags {
            upos: vec![
                "DET", "NOUN", "PROPN", "NOUN", "PUNCT", "CCONJ", "NOUN", "ADJ", "PUNCT",
            ],
            xpos: vec!["DT", "NN", "NNP", "NNS", ",", "CC", "NNS", "JJ", "."],
        };
        repair_verb_only_form(&words, &mut t);
        assert_eq!((t.upos[3], t.xpos[3]), ("VERB", "VBZ"));
        assert_eq!((t.upos[7], t.xpos[7]), ("VERB", "VBN"));
        // Must not fire: a word nouns share ("the charges", "attacks") keeps its tag, and a verb
        // the tagger read keeps the tense it gave.
        assert_eq!(t.upos[1], "NOUN");
        let words = ["they", "fought", "."];
        let mut t = Tags {
            upos: vec!["PRON", "VERB", "PUNCT"],
            xpos: vec!["PRP", "VBD", "."],
        };
        repair_verb_only_form(&words, &mut t);
        assert_eq!(t.xpos[1], "VBD");
        // A base form is the present tense, and the infinitive after "to".
        let words = [
            "allies", "accuse", "Iran", "and", "want", "to", "condemn", "it",
        ];
        let mut t = Tags {
            upos: vec![
                "NOUN", "ADP", "PROPN", "CCONJ", "VERB", "PART", "NOUN", "PRON",
            ],
            xpos: vec!["NNS", "IN", "NNP", "CC", "VBP", "TO", "NN", "PRP"],
        };
        repair_verb_only_form(&words, &mut t);
        assert_eq!((t.upos[1], t.xpos[1]), ("VERB", "VBP"));
        assert_eq!((t.upos[6], t.xpos[6]), ("VERB", "VB"));
    }

    #[test]
    fn a_participle_of_removal_before_a_title_is_an_adjective_unless_a_noun_or_auxiliary_leads() {
        let words = ["court", "sentenced", "ousted", "leader", "Suu", "Kyi", "."];
        let mut t = Tags {
            upos: vec!["NOUN", "VERB", "VERB", "NOUN", "PROPN", "PROPN", "PUNCT"],
            xpos: vec!["NN", "VBD", "VBN", "NN", "NNP", "NNP", "."],
        };
        repair_participle_title(&words, &mut t);
        assert_eq!((t.upos[2], t.xpos[2]), ("ADJ", "JJ"));
        // "Police detained opposition leader Kem Sokha": the verb after its subject.
        let words = ["Police", "detained", "opposition", "leader", "."];
        let mut t = Tags {
            upos: vec!["NOUN", "VERB", "NOUN", "NOUN", "PUNCT"],
            xpos: vec!["NNS", "VBD", "NN", "NN", "."],
        };
        repair_participle_title(&words, &mut t);
        assert_eq!((t.upos[1], t.xpos[1]), ("VERB", "VBD"));
        // "He was elected president": the passive's participle.
        let words = ["He", "was", "elected", "president", "."];
        let mut t = Tags {
            upos: vec!["PRON", "AUX", "VERB", "NOUN", "PUNCT"],
            xpos: vec!["PRP", "VBD", "VBN", "NN", "."],
        };
        repair_participle_title(&words, &mut t);
        assert_eq!((t.upos[2], t.xpos[2]), ("VERB", "VBN"));
    }

    #[test]
    fn a_possessive_gerund_with_an_object_stays_a_verb() {
        let words = ["regretted", "our", "including", "a", "clause"];
        let mut t = Tags {
            upos: vec!["VERB", "PRON", "VERB", "DET", "NOUN"],
            xpos: vec!["VBD", "PRP$", "VBG", "DT", "NN"],
        };
        repair_gerund_noun(&words, &mut t);
        assert_eq!(t.xpos[2], "VBG");
    }

    #[test]
    fn a_headline_or_a_sentence_with_a_finite_verb_is_left_alone() {
        let headline = ["Dozens", "arrested", "in", "Shanghai"];
        let mut t = tags(&["NNS", "VBN", "IN", "NNP"]);
        repair_finite_verb(&headline, &mut t);
        assert_eq!(t.xpos[1], "VBN");
        let passive = ["Dozens", "were", "arrested", "."];
        let mut t = tags(&["NNS", "VBD", "VBN", "."]);
        repair_finite_verb(&passive, &mut t);
        assert_eq!(t.xpos[2], "VBN");
    }

    #[test]
    fn finite_verbs_of_subordinate_clauses_and_attributions_leave_the_main_verb_to_find() {
        let words = [
            "Police",
            "fired",
            "tear",
            "gas",
            "as",
            "lawmakers",
            "debated",
            "the",
            "bill",
            ".",
        ];
        let mut t = tags(&[
            "NNS", "VBN", "NN", "NN", "IN", "NNS", "VBD", "DT", "NN", ".",
        ]);
        repair_finite_verb(&words, &mut t);
        assert_eq!(t.xpos[1], "VBD");
        let words = [
            "Troops",
            "shelled",
            "the",
            "town",
            ",",
            "officials",
            "said",
            ".",
        ];
        let mut t = tags(&["NNS", "VBN", "DT", "NN", ",", "NNS", "VBD", "."]);
        repair_finite_verb(&words, &mut t);
        assert_eq!(t.xpos[1], "VBD");
    }

    #[test]
    fn two_subjects_with_a_coordinator_between_them_are_one_coordinated_subject() {
        use crate::parser::Tree;
        // Fumio Kishida and Philippine President Marcos signed .
        let upos = [
            "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT",
        ];
        let mut tree = Tree {
            heads: vec![7, 1, 4, 2, 6, 7, 0, 7],
            deprels: vec![
                "nsubj", "flat", "cc", "conj", "compound", "nsubj", "root", "punct",
            ],
        };
        crate::repair_double_subject(&upos, &mut tree);
        assert_eq!(tree.heads, vec![7, 1, 6, 6, 6, 1, 0, 7]);
        assert_eq!(tree.deprels[5], "conj");
        assert_eq!(tree.deprels[2], "cc");
        // Subjects of two clauses ("Police said protesters left") are left alone, and so are
        // two subjects with no coordinator between them.
        let upos = ["NOUN", "VERB", "NOUN", "VERB"];
        let mut tree = Tree {
            heads: vec![2, 0, 4, 2],
            deprels: vec!["nsubj", "root", "nsubj", "ccomp"],
        };
        let before = tree.clone();
        crate::repair_double_subject(&upos, &mut tree);
        assert_eq!(tree, before);
    }

    #[test]
    fn a_trailing_attribution_read_as_a_relative_clause_is_its_own_clause() {
        use crate::parser::Tree;
        // Gondor left after a rift , the agency WFNA said on Thursday .
        let words = [
            "Gondor", "left", "after", "a", "rift", ",", "the", "agency", "WFNA", "said", "on",
            "Thursday", ".",
        ];
        let upos = [
            "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "VERB", "ADP",
            "PROPN", "PUNCT",
        ];
        let relative = Tree {
            heads: vec![2, 0, 5, 5, 2, 8, 8, 5, 10, 8, 12, 10, 2],
            deprels: vec![
                "nsubj",
                "root",
                "case",
                "det",
                "obl",
                "punct",
                "det",
                "appos",
                "nsubj",
                "acl:relcl",
                "case",
                "obl",
                "punct",
            ],
        };
        let mut tree = relative.clone();
        crate::repair_trailing_attribution(&words, &upos, &mut tree);
        assert_eq!(tree.heads, vec![2, 0, 5, 5, 2, 10, 8, 10, 8, 2, 12, 10, 2]);
        assert_eq!(tree.deprels[9], "parataxis");
        assert_eq!(tree.deprels[7], "nsubj");
        assert_eq!(tree.deprels[8], "appos");
        // A relative clause with its object ("the report that WFNA said it had") or without the
        // comma before its noun is a relative clause.
        let mut no_comma = relative.clone();
        let words_no_comma = [
            "Gondor", "left", "after", "a", "rift", "and", "the", "agency", "WFNA", "said", "on",
            "Thursday", ".",
        ];
        crate::repair_trailing_attribution(&words_no_comma, &upos, &mut no_comma);
        assert_eq!(no_comma, relative);
        let mut with_object = relative.clone();
        with_object.deprels[10] = "obj";
        with_object.heads[10] = 10;
        let before = with_object.clone();
        crate::repair_trailing_attribution(&words, &upos, &mut with_object);
        assert_eq!(with_object, before);
    }

    #[test]
    fn an_adjective_with_an_object_gives_it_back_to_the_verb() {
        use crate::parser::Tree;
        // Biden met Ukrainian President Zelensky in Kyiv .
        let upos = [
            "PROPN", "VERB", "ADJ", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT",
        ];
        let mut tree = Tree {
            heads: vec![2, 0, 2, 5, 3, 7, 3, 2],
            deprels: vec![
                "nsubj", "root", "xcomp", "compound", "obj", "case", "obl", "punct",
            ],
        };
        crate::repair_adjective_object(&upos, &mut tree);
        assert_eq!(tree.heads, vec![2, 0, 4, 5, 2, 7, 2, 2]);
        assert_eq!(tree.deprels[4], "obj");
        assert_eq!(tree.deprels[2], "amod");
        // "made it clear" and "found the charges baseless": no adjective with an object of its
        // own, nothing changes.
        let upos = ["PRON", "VERB", "PRON", "ADJ", "PUNCT"];
        let mut tree = Tree {
            heads: vec![2, 0, 2, 2, 2],
            deprels: vec!["nsubj", "root", "obj", "xcomp", "punct"],
        };
        let before = tree.clone();
        crate::repair_adjective_object(&upos, &mut tree);
        assert_eq!(tree, before);
    }

    #[test]
    fn a_title_before_a_name_is_the_names_not_a_second_subject() {
        use crate::parser::Tree;
        let words = [
            "US",
            "Secretary",
            "of",
            "State",
            "Mike",
            "Pompeo",
            "will",
            "meet",
            "Putin",
            ".",
        ];
        let upos = [
            "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "PROPN", "PUNCT",
        ];
        let mut tree = Tree {
            heads: vec![2, 8, 4, 2, 8, 5, 8, 0, 8, 8],
            deprels: vec![
                "compound", "nsubj", "case", "nmod", "nsubj", "flat", "aux", "root", "obj", "punct",
            ],
        };
        crate::repair_title_subject(&words, &upos, &mut tree);
        assert_eq!((tree.heads[1], tree.deprels[1]), (5, "nmod:desc"));
        assert_eq!((tree.heads[4], tree.deprels[4]), (8, "nsubj"));
        // "The Association of Muslim Scholars forbade": not a title; and "Minister , Smith said":
        // not adjacent phrases. Nothing changes.
        let words = ["Association", "Scholars", "forbade"];
        let upos = ["PROPN", "PROPN", "VERB"];
        let mut tree = Tree {
            heads: vec![3, 3, 0],
            deprels: vec!["nsubj", "nsubj", "root"],
        };
        let before = tree.clone();
        crate::repair_title_subject(&words, &upos, &mut tree);
        assert_eq!(tree, before);
        let words = ["Minister", ",", "Smith", "said"];
        let upos = ["NOUN", "PUNCT", "PROPN", "VERB"];
        let mut tree = Tree {
            heads: vec![4, 4, 4, 0],
            deprels: vec!["nsubj", "punct", "nsubj", "root"],
        };
        let before = tree.clone();
        crate::repair_title_subject(&words, &upos, &mut tree);
        assert_eq!(tree, before);
    }

    #[test]
    fn an_adjective_read_as_a_conjunct_gives_the_conjunct_back_to_its_name() {
        use crate::parser::Tree;
        // met President Vladimir Putin and Russian Foreign Minister Sergey Lavrov .
        let upos = [
            "VERB", "PROPN", "PROPN", "PROPN", "CCONJ", "ADJ", "ADJ", "PROPN", "PROPN", "PROPN",
            "PUNCT",
        ];
        let mut tree = Tree {
            heads: vec![0, 3, 1, 3, 6, 4, 8, 9, 3, 9, 1],
            deprels: vec![
                "root",
                "nmod:desc",
                "obj",
                "flat",
                "cc",
                "conj",
                "amod",
                "nmod:desc",
                "nmod",
                "flat",
                "punct",
            ],
        };
        crate::repair_adjective_conjunct(&upos, &mut tree);
        assert_eq!((tree.heads[8], tree.deprels[8]), (3, "conj"));
        assert_eq!(tree.heads[4], 9, "the coordinator goes to the second name");
        assert_eq!((tree.heads[5], tree.deprels[5]), (8, "amod"));
        // "Putin and Russian officials": the adjective's phrase has a head of its own that does
        // not hang on the first conjunct; nothing changes.
        let upos = ["PROPN", "CCONJ", "ADJ", "NOUN"];
        let mut tree = Tree {
            heads: vec![0, 3, 1, 3],
            deprels: vec!["root", "cc", "conj", "nsubj"],
        };
        let before = tree.clone();
        crate::repair_adjective_conjunct(&upos, &mut tree);
        assert_eq!(tree, before);
    }

    #[test]
    fn a_name_right_after_its_noun_is_an_apposition_not_a_bare_modifier() {
        use crate::parser::Tree;
        // Police arrested the opposition leader Alexei Navalny in Moscow .
        let upos = [
            "NOUN", "VERB", "DET", "NOUN", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT",
        ];
        let mut tree = Tree {
            heads: vec![2, 0, 5, 5, 2, 7, 5, 9, 7, 2],
            deprels: vec![
                "nsubj", "root", "det", "compound", "obj", "compound", "nmod", "case", "nmod",
                "punct",
            ],
        };
        crate::repair_bare_name_modifier(&upos, &mut tree);
        assert_eq!(tree.deprels[6], "appos");
        // "in Moscow" has its preposition: still a modifier.
        assert_eq!(tree.deprels[8], "nmod");
        // "the leader of the party Smer" and "the leader, who met Fico": a name with a case
        // child, or with words of another phrase before it, keeps its label.
        let upos = ["DET", "NOUN", "ADP", "PROPN", "PUNCT"];
        let mut tree = Tree {
            heads: vec![2, 0, 4, 2, 2],
            deprels: vec!["det", "root", "case", "nmod", "punct"],
        };
        let before = tree.clone();
        crate::repair_bare_name_modifier(&upos, &mut tree);
        assert_eq!(tree, before);
        let upos = ["NOUN", "ADV", "PROPN"];
        let mut tree = Tree {
            heads: vec![0, 1, 1],
            deprels: vec!["root", "advmod", "nmod"],
        };
        let before = tree.clone();
        crate::repair_bare_name_modifier(&upos, &mut tree);
        assert_eq!(tree, before);
    }

    #[test]
    fn a_possessor_the_parser_made_the_subject_gives_way_to_what_it_possesses() {
        use crate::parser::Tree;
        // Sudan 's military removed Bashir .
        let words = ["Sudan", "'s", "military", "removed", "Bashir", "."];
        let upos = ["PROPN", "PART", "ADJ", "VERB", "PROPN", "PUNCT"];
        let mut tree = Tree {
            heads: vec![4, 1, 4, 0, 4, 4],
            deprels: vec!["nsubj", "case", "advmod", "root", "obj", "punct"],
        };
        crate::repair_possessive_argument(&words, &upos, &mut tree);
        assert_eq!(tree.heads, vec![3, 1, 4, 0, 4, 4]);
        assert_eq!(tree.deprels[0], "nmod:poss");
        assert_eq!(tree.deprels[2], "nsubj");
        // "Peru 's President Alan Garcia closed": the name, under which the title hangs.
        let words = ["Peru", "'s", "President", "Alan", "Garcia", "closed"];
        let upos = ["PROPN", "PART", "PROPN", "PROPN", "PROPN", "VERB"];
        let mut tree = Tree {
            heads: vec![6, 1, 4, 6, 4, 0],
            deprels: vec!["nsubj", "case", "nmod:desc", "nsubj", "flat", "root"],
        };
        crate::repair_possessive_argument(&words, &upos, &mut tree);
        assert_eq!(tree.heads[0], 4);
        assert_eq!(tree.deprels[3], "nsubj");
        // Must not fire: a possessive already inside its phrase ("Sudan 's army removed"), and
        // one with a verb between it and its head.
        let words = ["Sudan", "'s", "army", "removed", "him"];
        let upos = ["PROPN", "PART", "NOUN", "VERB", "PRON"];
        let mut tree = Tree {
            heads: vec![3, 1, 4, 0, 4],
            deprels: vec!["nmod:poss", "case", "nsubj", "root", "obj"],
        };
        let before = tree.clone();
        crate::repair_possessive_argument(&words, &upos, &mut tree);
        assert_eq!(tree, before);
        let words = ["John", "'s", "left", "wins", "."];
        let upos = ["PROPN", "PART", "VERB", "VERB", "PUNCT"];
        let mut tree = Tree {
            heads: vec![4, 1, 4, 0, 4],
            deprels: vec!["nsubj", "case", "advcl", "root", "punct"],
        };
        let before = tree.clone();
        crate::repair_possessive_argument(&words, &upos, &mut tree);
        assert_eq!(tree, before);
    }

    #[test]
    fn a_time_subordinator_read_as_a_preposition_opens_its_clause_again() {
        use crate::parser::Tree;
        // The ceasefire collapsed hours after rebels seized the airport .
        let words = [
            "The",
            "ceasefire",
            "collapsed",
            "hours",
            "after",
            "rebels",
            "seized",
            "the",
            "airport",
            ".",
        ];
        let tags = Tags {
            upos: vec![
                "DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "VERB", "DET", "NOUN", "PUNCT",
            ],
            xpos: vec![
                "DT", "NN", "VBD", "NNS", "IN", "NNS", "VBD", "DT", "NN", ".",
            ],
        };
        // As parsed: "after rebels" a phrase of "hours", "seized" a relative clause of "rebels".
        let mut tree = Tree {
            heads: vec![2, 3, 0, 3, 6, 4, 6, 9, 7, 3],
            deprels: vec![
                "det", "nsubj", "root", "obj", "case", "nmod", "acl", "det", "obj", "punct",
            ],
        };
        crate::repair_clause_after_subordinator(&words, &tags, &mut tree);
        assert_eq!((tree.heads[5], tree.deprels[5]), (7, "nsubj"));
        assert_eq!((tree.heads[4], tree.deprels[4]), (7, "mark"));
        assert_eq!((tree.heads[6], tree.deprels[6]), (4, "acl"));
        // "five years after crowds burned it": the verb's wrong subject before the subordinator
        // becomes its measure of time.
        let words = ["years", "after", "crowds", "burned", "it"];
        let tags = Tags {
            upos: vec!["NOUN", "ADP", "NOUN", "VERB", "PRON"],
            xpos: vec!["NNS", "IN", "NNS", "VBD", "PRP"],
        };
        let mut tree = Tree {
            heads: vec![4, 3, 1, 0, 4],
            deprels: vec!["nsubj", "case", "nmod", "root", "obj"],
        };
        crate::repair_clause_after_subordinator(&words, &tags, &mut tree);
        assert_eq!(tree.heads, vec![4, 4, 4, 0, 4]);
        assert_eq!(
            tree.deprels,
            vec!["obl:unmarked", "mark", "nsubj", "root", "obj"]
        );
        // "after the talks in Doha": no verb after the phrase, nothing changes.
        let words = ["They", "met", "after", "the", "talks", "in", "Doha", "."];
        let tags = Tags {
            upos: vec![
                "PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT",
            ],
            xpos: vec!["PRP", "VBD", "IN", "DT", "NNS", "IN", "NNP", "."],
        };
        let mut tree = Tree {
            heads: vec![2, 0, 5, 5, 2, 7, 5, 2],
            deprels: vec![
                "nsubj", "root", "case", "det", "obl", "case", "nmod", "punct",
            ],
        };
        let before = tree.clone();
        crate::repair_clause_after_subordinator(&words, &tags, &mut tree);
        assert_eq!(tree, before);
    }

    #[test]
    fn a_reduced_relative_with_its_main_verb_later_is_left_alone() {
        let words = [
            "The", "soldiers", "killed", "in", "the", "attack", "were", "buried", ".",
        ];
        let mut t = tags(&["DT", "NNS", "VBN", "IN", "DT", "NN", "VBD", "VBN", "."]);
        repair_finite_verb(&words, &mut t);
        assert_eq!(t.xpos[2], "VBN");
        // An attribution in the middle does not hide the main verb after it.
        let words = [
            "The", "man", "arrested", ",", "police", "said", ",", "was", "a", "teacher", ".",
        ];
        let mut t = tags(&[
            "DT", "NN", "VBN", ",", "NNS", "VBD", ",", "VBD", "DT", "NN", ".",
        ]);
        repair_finite_verb(&words, &mut t);
        assert_eq!(t.xpos[2], "VBN");
        // Nor does a relative clause closed by a comma.
        let words = [
            "The",
            "man",
            "arrested",
            "yesterday",
            ",",
            "who",
            "was",
            "hurt",
            ",",
            "said",
            "so",
            ".",
        ];
        let mut t = tags(&[
            "DT", "NN", "VBN", "NN", ",", "WP", "VBD", "VBN", ",", "VBD", "RB", ".",
        ]);
        repair_finite_verb(&words, &mut t);
        assert_eq!(t.xpos[2], "VBN");
    }
}
