//! Frames: where a lexicon entry finds its actor and its recipient in one sentence's tree. A verb's
//! subject (or a passive's `by` agent) and its object or prepositional recipient, a state after
//! "be", an event noun's possessor and preposition, with the subjects a clause inherits (control,
//! coordination, participles, relative clauses) and the repairs for subjects a long sentence's
//! parse loses. Tree-level only: no entities, no article; the coder (`coder.rs`) turns a frame into
//! participants and an event.
//!
//! **Invariant:** matching never fails on any tree: a frame is filled or the part that is missing
//! is named, for `newsgraph explain`.

use super::lexicon::{LexEntry, Slot, TriggerKind, Verdict};
use super::modality;
use super::tree::SentenceTree;

/// Fills an entry's frame at trigger `i`, or says which part of the frame is missing.
pub(super) fn match_frame(tree: &SentenceTree, i: usize, e: &LexEntry) -> Result<Frame, String> {
    match e.kind {
        TriggerKind::Verb => match_verb(tree, i, e),
        TriggerKind::State => match_state(tree, i, e),
        TriggerKind::Noun => match_noun(tree, i, e),
    }
}

fn match_verb(tree: &SentenceTree, i: usize, e: &LexEntry) -> Result<Frame, String> {
    let passive = tree.is_passive(i);
    let (mut actors, mut actor_via) = if passive {
        let is_agent =
            |c: usize| tree.deprel(c) == "obl:agent" || tree.case_of(c).as_deref() == Some("by");
        // "shot dead by police": the parser may hang the agent on the verb's predicative
        // adjective; "was greeted at the airport on Sunday by Isaias", "was signed in the
        // capital by Redwan": on the noun of a phrase of time or place before it.
        let agent = tree
            .deps(i, &["obl:agent", "obl"])
            .find(|&c| is_agent(c))
            .or_else(|| {
                tree.children(i)
                    .iter()
                    .filter(|&&c| matches!(tree.upos[c], "ADJ" | "ADV"))
                    .find_map(|&c| tree.deps(c, &["obl:agent", "obl"]).find(|&g| is_agent(g)))
            })
            .or_else(|| {
                tree.deps(i, &["obl", "obl:unmarked"])
                    .filter(|&c| c > i && matches!(tree.upos[c], "NOUN" | "PROPN"))
                    .find_map(|c| {
                        tree.deps(c, &["obl:agent", "nmod"])
                            .find(|&g| g > c && is_agent(g))
                    })
            });
        (
            agent.map(|a| tree.with_conjuncts(a)).unwrap_or_default(),
            "agent",
        )
    } else {
        (subjects(tree, i), "subj")
    };
    // "killed in fighting between Hamas and Fatah": a joint act's gerund with no subject may
    // name its sides together, as its noun does ("clashes between ...").
    if actors.is_empty()
        && !passive
        && e.symmetric()
        && tree.xpos.get(i) == Some(&"VBG")
        && let Some(sides) = between_sides(tree, i)
    {
        actors = sides;
        actor_via = "between";
    }
    if actors.is_empty()
        && !passive
        && let Some((s, via)) = inherited_subject(tree, i)
    {
        actors = s;
        actor_via = via;
    }
    let mut contact_object = None;
    if actors.is_empty()
        && !passive
        && let Some((s, contact)) = adjacent_subject(tree, i)
    {
        actors = s;
        actor_via = "adjacent";
        contact_object = contact;
    }
    // "Glas had been granted asylum by Mexico": a passive with an object of its own is the
    // double-object passive, whose subject is the one given to and whose object is the thing.
    let given_to = passive
        .then(|| {
            tree.dep(i, &["obj"])
                .filter(|&o| {
                    e.object
                        .as_deref()
                        .is_some_and(|n| super::lexicon::is_noun_form(n, &tree.forms[o]))
                })
                .and(tree.dep(i, &["nsubj:pass"]))
        })
        .flatten();
    let object = if let Some(given_to) = given_to {
        tree.dep(i, &["obj"]).or(Some(given_to))
    } else if passive {
        tree.dep(i, &["nsubj:pass"])
            .map(|s| preposed_passive_subject(tree, i, s).unwrap_or(s))
            .or_else(|| antecedent(tree, i))
            .or_else(|| shared_passive_subject(tree, i))
    } else {
        // "urged Washington to stop": the parser may read the one addressed as an indirect
        // object when no direct one follows.
        tree.dep(i, &["obj"])
            .or_else(|| tree.dep(i, &["iobj"]))
            .or_else(|| relativised_object(tree, i))
            .or_else(|| preposed_relative_object(tree, i))
            .or(contact_object)
            .or_else(|| shared_object(tree, i))
    };
    let object = object.map(|o| named_by_free_relative(tree, o).unwrap_or(o));
    // "found Paul Whelan guilty", "held Hamas responsible": the entry's predicate after the
    // object, anywhere under the verb; the parser may make it the object, and the one it
    // judges an indirect object or another noun between the two.
    let object = match &e.complement {
        None => object,
        Some(word) => {
            let k = (i + 1..tree.len().min(i + 16))
                .find(|&k| {
                    tree.forms[k].eq_ignore_ascii_case(word) && tree.ancestors(k).contains(&i)
                })
                .ok_or_else(|| format!("no '{word}' after the object"))?;
            if object == Some(k) {
                (i + 1..k)
                    .filter(|&t| matches!(tree.upos[t], "NOUN" | "PROPN" | "PRON"))
                    .find(|&t| tree.head(t) == Some(i) || tree.head(t) == Some(k))
            } else {
                object
            }
        }
    };
    let measure = object.map(|o| resolve_relative(tree, i, o));
    let object = measure.map(|o| measured(tree, o));
    // "accused Japan of acting selfishly": the parser may make the one accused the subject of
    // the clause its `of` or `to` introduces; between the verb and that clause it is the object.
    let object = object.or_else(|| {
        (!passive)
            .then(|| {
                tree.deps(i, &["advcl", "xcomp", "ccomp"]).find_map(|v| {
                    tree.deps(v, &["mark"])
                        .any(|m| matches!(tree.forms[m].as_str(), "of" | "to"))
                        .then(|| tree.dep(v, &["nsubj"]))
                        .flatten()
                        .filter(|&s| i < s && s < v)
                })
            })
            .flatten()
    });
    // "China demanded that New Delhi punish those responsible": a demand names the one it is
    // made of as the subject of the that-clause it governs, when it has no object of its own.
    let object = object.or_else(|| {
        (!passive && e.code.root() == "10" && e.object.is_none())
            .then(|| {
                tree.deps(i, &["ccomp"]).find_map(|v| {
                    tree.deps(v, &["mark"])
                        .any(|m| tree.forms[m].eq_ignore_ascii_case("that"))
                        .then(|| tree.dep(v, &["nsubj"]))
                        .flatten()
                        .filter(|&s| matches!(tree.upos[s], "PROPN" | "NOUN"))
                })
            })
            .flatten()
    });
    let mut consumed = Vec::new();
    // The person a titled object names ("fired Defence Minister Yoav Gallant"): the one acted on
    // when the entry names no recipient of its own.
    let mut titled_person = None;
    if let Some(noun) = &e.object {
        // "fired Vice President Emmerson Mnangagwa", "dismissed Defence Minister Yoav Gallant":
        // the object is the person, and the noun the entry asks for is the title before the
        // name. The person stays in the frame as the one acted on; only a plain noun is consumed.
        let titled = object.and_then(|o| {
            let mut name = vec![o];
            let mut k = 0;
            while k < name.len() {
                let part = name[k];
                name.extend(
                    tree.deps(part, &["nmod:desc", "compound", "flat"])
                        .filter(|&t| t < o),
                );
                k += 1;
            }
            name.into_iter()
                .skip(1)
                .find(|&t| super::lexicon::is_noun_form(noun, &tree.forms[t]))
        });
        // "halted six weeks of fighting": the measure stands for the act it counts.
        // "fired pellets and tear gas at protesters": any item of a coordinated object is the
        // one the entry asks for.
        let object = object.map(|o| {
            let inner = measured(tree, o);
            std::iter::once(inner)
                .chain(tree.deps(o, &["conj"]))
                .find(|&c| super::lexicon::is_noun_form(noun, &tree.forms[c]))
                .unwrap_or(o)
        });
        match object {
            Some(o) if super::lexicon::is_noun_form(noun, &tree.forms[o]) || titled.is_some() => {
                let head = titled.unwrap_or(o);
                if titled.is_some() {
                    titled_person = Some(o);
                }
                for m in &e.object_modifiers {
                    if !tree.children(head).iter().any(|&c| &tree.forms[c] == m) {
                        return Err(format!("object '{noun}' is not '{m} {noun}'"));
                    }
                }
                consumed.push(head)
            }
            Some(o) => return Err(format!("object is '{}', not '{noun}'", tree.forms[o])),
            None => return Err(format!("no object '{noun}'")),
        }
    }
    if let Some(prt) = &e.particle
        && !has_particle(tree, i, prt)
    {
        return Err(format!("no particle '{prt}'"));
    }
    let mut attach: Vec<usize> = std::iter::once(i).chain(consumed.iter().copied()).collect();
    // "accused the mayor of corruption", "mediate a ceasefire between Israel and Hamas": the
    // parser hangs a phrase on the object as often as on the verb, so it may sit on either.
    if let Some(o) = object {
        attach.push(o);
        // "restricted exports of 54 product groups to Israel": the phrase may hang on what
        // the object is made of.
        attach.extend(tree.of_phrases(o).filter(|&c| c > o));
    }
    // "held seven hours of talks *with Qin*": the phrase may hang on the measure.
    if let Some(m) = measure.filter(|&m| Some(m) != object) {
        attach.push(m);
    }
    required_preps(tree, e, &mut attach, &mut consumed)?;
    // "refused to release the sailors", "threatened to shoot down US planes": with no object of
    // its own, the verb's act is aimed at the object of its infinitive. A threat's infinitive is
    // only threatened, so it codes no act of its own.
    // Only appeals, promises, demands, refusals and threats aim at their infinitive's object
    // ("tried to mediate a ceasefire" is no trial of the ceasefire).
    // A vow to act ("vowed to retake the oil field by force", "vowed to hunt down the
    // bombers") is that act intended, which its own verb codes; a vow of something ("vowed
    // support for Ukraine") is the promise.
    let aims_through_infinitive =
        matches!(e.code.root(), "02" | "03" | "10" | "12" | "13") && e.lemma != "vow";
    let object = object.or_else(|| {
        if !aims_through_infinitive && !consumed.iter().any(|&c| tree.upos[c] == "VERB") {
            return None;
        }
        let inner = consumed
            .iter()
            .copied()
            .find(|&c| tree.upos[c] == "VERB" && c > i)
            .or_else(|| {
                tree.deps(i, &["xcomp", "ccomp", "advcl"])
                    .find(|&v| tree.deps(v, &["mark"]).any(|m| tree.forms[m] == "to"))
            })?;
        // "urged Washington to stop": the parser may make the one urged the infinitive's
        // subject.
        if let Some(s) = tree.dep(inner, &["nsubj"]).filter(|&s| s > i && s < inner) {
            return Some(s);
        }
        if e.code.root() == "13" && !consumed.contains(&inner) {
            consumed.push(inner);
        }
        tree.dep(inner, &["obj"]).map(|o| measured(tree, o))
    });
    // "demanded that Marcos resign", "demanded that the council cancel the result": a demand or
    // an appeal with no object is made of the one its reported clause says is to act; not of
    // what a passive clause names ("demanded that supplies be restored").
    let object = object.or_else(|| {
        if !matches!(e.code.root(), "02" | "10") {
            return None;
        }
        tree.deps(i, &["ccomp"])
            .filter(|&c| c > i && !tree.is_passive(c))
            .find_map(|c| {
                tree.dep(c, &["nsubj"])
                    .filter(|&s| matches!(tree.upos[s], "NOUN" | "PROPN" | "PRON"))
            })
    });
    let object = object.or_else(|| {
        (e.code.root() == "13")
            .then(|| foretold_target(tree, i))
            .flatten()
    });
    // "called the strikes a blatant act of war", "called the detention a setback": an object with
    // a predicate of its own is named or judged, not telephoned or met.
    let predicates = object_predicates(tree, i);
    // "what it called China's actions": the naming clause of a free relative.
    let predicated = !predicates.is_empty()
        || (tree.rel(i) == "acl"
            && tree
                .head(i)
                .is_some_and(|h| tree.forms[h].to_lowercase() == "what"));
    let mut object = object;
    if e.claim {
        object = Some(
            object
                .is_none()
                .then(|| claimed_subject(tree, i))
                .flatten()
                .ok_or("no reported clause charging a named subject in words of blame")?,
        );
    }
    if e.threat {
        object = Some(threatened_subject(tree, i).ok_or(
            "no reported clause foretelling a named subject a penalty ('would pay a price')",
        )?);
    }
    if let Some(verdict) = e.verdict {
        let judging = |w: usize| match verdict {
            Verdict::Blame => is_blame_word(tree, w),
            Verdict::Praise => is_praise_word(tree, w),
        };
        let judging_predicate = |w: usize| match verdict {
            Verdict::Blame => is_predicated_blame(tree, w),
            Verdict::Praise => is_praise_word(tree, w),
        };
        // "called the agreement a historic mistake": a word of blame in the predicate makes it
        // no praise, whatever else qualifies it. The predicate's "of" phrase says what kind of
        // act it is: "an act *of political revenge*", "a declaration *of war*".
        let blames = |x: usize| {
            let words: Vec<usize> = tree
                .with_conjuncts(x)
                .into_iter()
                .flat_map(|x| {
                    std::iter::once(x)
                        .chain(tree.deps(x, &["amod", "compound"]))
                        .chain(tree.of_phrases(x))
                })
                .collect();
            words.iter().any(|&w| judging_predicate(w))
                && !(verdict == Verdict::Praise && words.iter().any(|&w| is_blame_word(tree, w)))
        };
        let judged = predicates.iter().any(|&x| blames(x));
        // "a move that Padrino called a provocation": in a relative clause the parser gives the
        // verb its predicate as the object; the one judged is the noun the clause modifies,
        // with the clause's own subject between them (not "who has called China a friend").
        let relativised = object
            .filter(|&o| o > i && tree.rel(i) == "acl" && blames(o))
            .and(tree.head(i))
            .filter(|&h| {
                h < i
                    && matches!(tree.upos[h], "NOUN" | "PROPN")
                    && tree.deps(i, &["nsubj"]).any(|s| {
                        h < s
                            && s < i
                            && !RELATIVE_PRONOUNS.contains(&tree.forms[s].to_lowercase().as_str())
                    })
            });
        // "said the sanctions were illegal", "said the remarks were hostile and outrageous": a
        // verb with no object of its own gives its verdict in the clause it reports.
        let reported = object
            .is_none()
            .then(|| reported_verdict(tree, i, &blames))
            .flatten();
        if let Some(judged) = relativised.or(reported) {
            object = Some(judged);
        } else if !(predicated && judged) {
            match (!passive)
                .then(|| verdict_in_words(tree, i, object, &judging))
                .flatten()
            {
                Some(judged) => object = Some(judged),
                None => {
                    return Err(match verdict {
                        Verdict::Blame => {
                            "the object is not judged with a word of blame ('called X a violation')"
                        }
                        Verdict::Praise => {
                            "the object is not judged with a word of praise ('called X a partner')"
                        }
                    }
                    .into());
                }
            }
        }
    }
    if e.code.root() == "04" && matches!(e.recipient, Some(Slot::Object)) && predicated {
        return Err("the object has a predicate ('called X Y'): a verdict, not a contact".into());
    }
    let recipients = match &e.recipient {
        None => titled_person
            .map(|o| tree.with_conjuncts(o))
            .unwrap_or_default(),
        Some(Slot::Object) => object
            .map(|o| {
                (e.code.root() == "04")
                    .then(|| brokered_parties(tree, i, o, &actors))
                    .flatten()
                    .unwrap_or_else(|| tree.with_conjuncts(measured(tree, o)))
            })
            .unwrap_or_default(),
        Some(Slot::Prep(p)) => prep_phrase(tree, &attach, p)
            .or_else(|| {
                prep_phrase(tree, &places_of(tree, i), p)
                    .filter(|&o| matches!(tree.upos[o], "NOUN" | "PROPN" | "PRON"))
            })
            .or(given_to.filter(|_| p == "to"))
            .or_else(|| (p == "to").then(|| contacted(tree, i)).flatten())
            .map(|o| tree.with_conjuncts(measured(tree, o)))
            .unwrap_or_default(),
    };
    if e.recipient_required
        && !(e.symmetric() && joint(tree, &actors))
        && !given_for_home(e)
        && recipients.is_empty()
    {
        return Err(format!(
            "no recipient ({})",
            slot_name(e.recipient.as_ref())
        ));
    }
    let mut resolved: Vec<usize> = Vec::new();
    for a in actors {
        for r in relative_antecedents(tree, i, a) {
            if !resolved.contains(&r) {
                resolved.push(r);
            }
        }
    }
    let (actors, actor_via) = match parenthesis_subject(tree, i, &resolved) {
        Some(s) => (vec![s], "parenthesis"),
        None => (resolved, actor_via),
    };
    Ok(Frame {
        actors,
        recipients,
        clause: i,
        actor_via,
        consumed,
    })
}

/// "Armenia and Azerbaijan agreed to halt the fighting under a deal brokered by Russia",
/// "Saakashvili accepted a peace plan brokered by Sarkozy", "negotiators held talks at a meeting
/// hosted by Erdogan": a meeting or settlement that a third party brokers or hosts, named by the
/// noun the participle qualifies, is between the subjects of the clause that noun sits in (the
/// nearest verb above it with a subject of its own other than the noun and the broker). The
/// climb stops at a reported or coordinated clause ("said talks brokered by Qatar had stalled"
/// names no party in "said"). `None`: the verb is no reduced passive qualifying a noun, or no
/// clause names a party ("The truce, brokered by France, requires ...").
fn brokered_parties(
    tree: &SentenceTree,
    participle: usize,
    act: usize,
    brokers: &[usize],
) -> Option<Vec<usize>> {
    let reduced_passive = tree.deprel(participle) == "acl" && tree.is_passive(participle);
    if !reduced_passive || tree.head(participle) != Some(act) || tree.upos[act] != "NOUN" {
        return None;
    }
    let mut cur = act;
    for _ in 0..tree.len() {
        if matches!(tree.rel(cur), "ccomp" | "parataxis" | "conj" | "root") {
            return None;
        }
        cur = tree.head(cur)?;
        if tree.upos[cur] != "VERB" {
            continue;
        }
        let parties: Vec<usize> = subjects(tree, cur)
            .into_iter()
            .filter(|s| *s != act && !brokers.contains(s))
            .collect();
        if !parties.is_empty() {
            return Some(parties);
        }
    }
    None
}

/// Subordinators after which a noun and a verb make a clause of their own ("came *as* Russia
/// fired").
const CLAUSE_SUBORDINATORS: &[&str] = &[
    "as", "while", "when", "after", "before", "because", "since", "until", "although", "though",
    "where", "whereas",
];

/// The subject of a verb the parser made a conjunct of `head` where English gives it another:
/// - "Iran closed its borders, and the head of the U.N. mission ... called the escalation
///   dangerous and urged restraint": the parser hangs every verb on the first; a verb takes the
///   subject of the nearest conjunct before it that has one of its own.
/// - "The blast came as Russia fired missiles": a noun right after a subordinator and right
///   before the verb is its subject, wherever the parser hung it.
/// - "Biden said that the measures targeted ..., and warned that Putin would pay": a verb with a
///   that-clause of its own, after a comma and "and", coordinated with a reported clause's verb,
///   is the reporter's second statement.
fn coordinated_clause_subject(tree: &SentenceTree, i: usize, head: usize) -> Option<Vec<usize>> {
    let own_subject = |v: usize| tree.dep(v, &["nsubj"]).is_some();
    if let Some(sibling) = tree
        .deps(head, &["conj"])
        .filter(|&c| c < i && matches!(tree.upos[c], "VERB" | "AUX") && own_subject(c))
        .max()
    {
        return Some(subjects(tree, sibling));
    }
    let finite = matches!(tree.xpos[i], "VBD" | "VBZ" | "VBP");
    let coordinated = tree.deps(i, &["cc"]).any(|c| c < i);
    if finite
        && !coordinated
        && i >= 2
        && matches!(tree.upos[i - 1], "PROPN" | "NOUN")
        // The parser may take the subordinator for the noun's preposition.
        && tree
            .case_of(i - 1)
            .is_none_or(|c| CLAUSE_SUBORDINATORS.contains(&c.as_str()))
        && CLAUSE_SUBORDINATORS.contains(&tree.forms[i - 2].to_lowercase().as_str())
    {
        return Some(vec![i - 1]);
    }
    let reporter = tree.head(head).filter(|_| tree.deprel(head) == "ccomp")?;
    let second_statement = tree.dep(i, &["ccomp"]).is_some()
        && tree
            .deps(i, &["cc"])
            .any(|c| c >= 2 && c < i && tree.forms[c - 1] == ",");
    // "The ministry said ties would be cut ..., accused Vilnius of ... and warned that": a past
    // verb of its own tense cannot share the modal of the reported verb it is hung on; it is
    // the reporter's next act.
    let reported_modal = tree
        .deps(head, &["aux"])
        .any(|a| REPORTED_MODALS.contains(&tree.forms[a].to_lowercase().as_str()));
    let past_of_its_own = tree.xpos[i] == "VBD"
        && tree.xpos[reporter] == "VBD"
        && tree.deps(i, &["aux", "aux:pass"]).next().is_none();
    let s = subjects(tree, reporter);
    ((second_statement || (reported_modal && past_of_its_own)) && !s.is_empty()).then_some(s)
}

/// Modals of a reported future or possibility ("said ties *would* be cut").
const REPORTED_MODALS: &[&str] = &["would", "will", "could", "can", "might", "may", "should"];

/// Words skipped between a subject and its verb: "Nigeria, Niger and Burkina Faso *each*
/// pledged", "the rebels *had also* fired".
fn between_subject_and_verb(tree: &SentenceTree, k: usize) -> bool {
    matches!(tree.upos[k], "ADV" | "AUX")
        || matches!(
            tree.forms[k].to_lowercase().as_str(),
            "each" | "also" | "all" | "both" | "not"
        )
}

/// Words that end a clause before the subject of the next: a sentence's start, a subordinator
/// ("after French helicopters fired", "as thousands of protesters clashed"), "that", a
/// coordinator after a comma.
const SUBJECT_OPENERS: &[&str] = &["that", "and", "but", ";", "-", "—", "–"];

/// "The arrest came after French helicopters and United Nations peacekeepers fired on heavy
/// weapons", "... in December, and Nigeria, Niger and Burkina Faso each pledged several hundred
/// soldiers": in a long sentence the parser may hang a finite verb on a noun and give it no
/// subject. English puts the subject right before the verb; where the words before it are a
/// plain noun phrase (or a list of them) that a subordinator, "that", ", and" or the sentence's
/// start opens, that phrase is the subject. Only then: a phrase opened by a preposition or a
/// verb ("attacks by rebels fired", "killed civilians fled") is someone else's argument, and a
/// past participle with no object or aimed phrase ("the soldiers killed in the attack") is a
/// passive, not an act.
fn adjacent_subject(tree: &SentenceTree, i: usize) -> Option<(Vec<usize>, Option<usize>)> {
    if tree.upos[i] != "VERB" || tree.dep(i, &["nsubj", "nsubj:pass", "csubj"]).is_some() {
        return None;
    }
    let xpos = tree.xpos.get(i).copied().unwrap_or("");
    let aimed = || {
        tree.dep(i, &["obj"]).is_some()
            || tree.deps(i, &["obl"]).any(|o| {
                tree.case_of(o).is_some_and(|c| {
                    matches!(c.as_str(), "on" | "at" | "with" | "against" | "upon")
                })
            })
    };
    if !matches!(xpos, "VBD" | "VBZ" | "VBP" | "VBN") {
        return None;
    }
    let mut j = i.checked_sub(1)?;
    while between_subject_and_verb(tree, j) {
        j = j.checked_sub(1)?;
    }
    let last = j;
    // "the French military denied": the tagger may take a body's noun for an adjective.
    let body_adjective =
        tree.upos[last] == "ADJ" && BODY_NOUNS.contains(&tree.forms[last].to_lowercase().as_str());
    if !matches!(tree.upos[last], "NOUN" | "PROPN") && !body_adjective {
        return None;
    }
    // The phrase: nominal words, "of", possessives, hyphens, and a list's commas and "and".
    let nominal = |k: usize| {
        matches!(tree.upos[k], "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM")
            || matches!(tree.forms[k].as_str(), "of" | "-" | "'s" | "’s")
            || (tree.upos[k] == "PRON" && tree.deprel(k) == "nmod:poss")
            // "flag-waving protesters"
            || (tree.upos[k] == "VERB" && matches!(tree.rel(k), "amod" | "compound"))
    };
    let mut start = last;
    while start > 0 {
        let k = start - 1;
        let listed = tree.forms[k] == "," || tree.upos[k] == "CCONJ";
        // ", and" opens a clause of its own: the list stops there.
        if tree.upos[k] == "CCONJ" && k > 0 && tree.forms[k - 1] == "," {
            break;
        }
        // "a claim | the French military denied", "a move | Tehran called": an act noun after
        // its article, followed by a phrase of its own, opens the relative clause.
        if contact_noun(tree, k) && matches!(tree.upos[start], "DET" | "PROPN") {
            break;
        }
        if !(nominal(k) || listed) {
            break;
        }
        start = k;
    }
    // A list is written with "and"; commas with none are a parenthesis or a clause break.
    let span: Vec<usize> = (start..=last).collect();
    let has_and = span.iter().any(|&k| tree.upos[k] == "CCONJ");
    let start = if has_and {
        start
    } else {
        span.iter()
            .rev()
            .find(|&&k| tree.forms[k] == ",")
            .map_or(start, |&k| k + 1)
    };
    let start = (start..=last)
        .find(|&k| tree.forms[k] != "," && tree.upos[k] != "CCONJ")
        .unwrap_or(last);
    let opener = (0..start).next_back();
    // ", a claim the French military denied", "a move Tehran called piracy": a word for an act
    // or a charge, right after its article, opens a relative clause with no relative word; the
    // act is what the verb takes.
    let contact = opener.filter(|&b| contact_noun(tree, b));
    let opener_ok = contact.is_some()
        || match opener {
            None => true,
            Some(b) => {
                let w = tree.forms[b].to_lowercase();
                CLAUSE_SUBORDINATORS.contains(&w.as_str())
                    || SUBJECT_OPENERS.contains(&w.as_str())
                    || w == ","
            }
        };
    if !opener_ok || tree.forms[start] == "of" {
        return None;
    }
    // The tagger reads a past tense after a noun as a participle as often as not; a participle
    // acts only with an object or an aimed phrase, or inside a relative clause with no relative
    // word.
    if xpos == "VBN" && !aimed() && contact.is_none() {
        return None;
    }
    // Each item of the list is headed by its word whose head lies outside it.
    let mut heads = Vec::new();
    let mut item: Vec<usize> = Vec::new();
    for k in start..=last + 1 {
        let ends = k > last || tree.forms[k] == "," || tree.upos[k] == "CCONJ";
        if !ends {
            item.push(k);
            continue;
        }
        if let Some(&h) = item
            .iter()
            .find(|&&t| {
                matches!(tree.upos[t], "NOUN" | "PROPN")
                    && tree.head(t).is_none_or(|up| !item.contains(&up))
            })
            .or_else(|| {
                item.iter()
                    .rev()
                    .find(|&&t| matches!(tree.upos[t], "NOUN" | "PROPN"))
            })
            .or_else(|| item.last().filter(|_| body_adjective))
        {
            heads.push(measured(tree, h));
        }
        item.clear();
    }
    (!heads.is_empty()).then_some((heads, contact))
}

/// Whether `k` is an act noun right after "a" or "an", which may open a relative clause with no
/// relative word.
fn contact_noun(tree: &SentenceTree, k: usize) -> bool {
    k > 0
        && tree.upos[k] == "NOUN"
        && CONTACT_RELATIVE_NOUNS.contains(&tree.forms[k].to_lowercase().as_str())
        && matches!(tree.forms[k - 1].to_lowercase().as_str(), "a" | "an")
}

/// Words for an act or a charge that open a relative clause with no relative word (", a claim
/// the military denied", "a move Tehran called piracy", "a deal Beijing condemned").
const CONTACT_RELATIVE_NOUNS: &[&str] = &[
    "claim",
    "charge",
    "accusation",
    "allegation",
    "move",
    "step",
    "decision",
    "deal",
    "account",
    "report",
    "suggestion",
    "proposal",
    "plan",
    "measure",
];

/// Bodies whose noun the tagger may read as an adjective after a nationality ("the French
/// military").
const BODY_NOUNS: &[&str] = &["military", "army", "police"];

/// "Eight officers who fled to Greece and asked for asylum were arrested by Greek police": the
/// parser may make the object of a preposition the passive verb's subject. A subject with a
/// preposition of its own is no subject; the one arrested is the subject of the verb that
/// preposition hangs on, the verb the passive is attached to.
fn preposed_passive_subject(tree: &SentenceTree, i: usize, s: usize) -> Option<usize> {
    tree.dep(s, &["case"]).filter(|&c| c < s)?;
    let v = tree.head(i).filter(|&v| v < s && tree.upos[v] == "VERB")?;
    tree.dep(v, &["nsubj"]).filter(|&o| o < v)
}

/// Whom a warning with no one addressed is aimed at, from what it foretells: the named actor
/// whose act its condition names ("warned that it would impose sanctions *if North Korea*
/// supplied Russia"), else the named actor of the foretold clause ("warned that *Iran* would pay
/// a heavy price"). A foretold thing ("warned that prices would rise") is no one; one the
/// foretold act is taken against ("could impose sanctions on Belarus") is that act's own threat.
fn foretold_target(tree: &SentenceTree, warning: usize) -> Option<usize> {
    let foretold = tree.dep(warning, &["ccomp"])?;
    let named = |t: &usize| tree.upos[*t] == "PROPN";
    let condition = tree
        .deps(foretold, &["advcl"])
        .filter(|&a| {
            tree.deps(a, &["mark"])
                .any(|m| matches!(tree.forms[m].to_lowercase().as_str(), "if" | "unless"))
        })
        .find_map(|a| tree.dep(a, &["nsubj"]).filter(named));
    condition.or_else(|| tree.dep(foretold, &["nsubj"]).filter(named))
}

/// "Guzman broke out of prison and was recaptured by marines": a passive verb coordinated with
/// an earlier one, with no subject of its own, shares that verb's subject, the one acted on.
fn shared_passive_subject(tree: &SentenceTree, i: usize) -> Option<usize> {
    if tree.rel(i) != "conj" || tree.dep(i, &["nsubj", "nsubj:pass", "csubj"]).is_some() {
        return None;
    }
    let head = tree.head(i).filter(|&h| h < i && tree.upos[h] == "VERB")?;
    tree.dep(head, &["nsubj:pass"])
        .or_else(|| own_or_inherited_subjects(tree, head)?.first().copied())
}

/// Words that open a parenthesis about the name before it: "Kim, *who* crossed the border ...,
/// arrived", "Human Rights Watch, *which* says ..., urged", "Herzog, *whose* post is ceremonial,
/// called on".
const PARENTHESIS_OPENERS: &[&str] = &["who", "which", "whose"];

/// "Kim, who crossed the border on Tuesday, arrived in Vostochny", "Trong, 79, welcomed Biden":
/// the parser often makes the parenthesis the clause and hangs the main verb inside it, so the
/// subject it offers ("who", "79", "two terms") is a word of the parenthesis. English gives the
/// verb after the closing comma the noun phrase that opens the sentence before the parenthesis.
/// Only where the subject found lies inside the parenthesis (or there is none), the parenthesis
/// opens with a relative word, is an age or follows a name ("Pavel Durov, the founder of
/// VKontakte, offered"), and nothing before it is a clause of its own
/// ("In Kyiv, police ...", "Officials said, ..." are left as parsed).
fn parenthesis_subject(tree: &SentenceTree, i: usize, actors: &[usize]) -> Option<usize> {
    if tree.upos[i] != "VERB" || i < 4 || tree.forms[i - 1] != "," {
        return None;
    }
    // The sentence's opening phrase, after a wire dateline's dash if there is one.
    let start = (0..i)
        .rev()
        .find(|&k| matches!(tree.forms[k].as_str(), "-" | "—" | "–"))
        .map_or(0, |k| k + 1);
    let open = (start..i - 1).find(|&k| tree.forms[k] == ",")?;
    if open == start || !matches!(tree.upos[open - 1], "PROPN" | "NOUN") {
        return None;
    }
    let plain_noun_phrase = (start..open).all(|k| match tree.upos[k] {
        "PROPN" | "NOUN" | "ADJ" | "DET" | "NUM" | "PART" | "PUNCT" => true,
        // "Outgoing President Muhammadu Buhari": a participle modifies the name.
        "VERB" => matches!(tree.xpos[k], "VBG" | "VBN"),
        _ => false,
    });
    let age = tree.upos[open + 1] == "NUM" && open + 2 == i - 1;
    let relative = PARENTHESIS_OPENERS.contains(&tree.forms[open + 1].to_lowercase().as_str());
    // "Bangladesh, already home to some 400,000 Rohingya, lodged", "Pavel Durov, the founder of
    // VKontakte, offered": a name's apposition is a parenthesis too; a common noun before the
    // comma ("Last week, the army, backed by jets, attacked") may open the clause itself.
    let named = tree.upos[open - 1] == "PROPN";
    let inside = |a: &usize| open < *a && *a < i;
    if !plain_noun_phrase || !(age || relative || named) || !actors.iter().all(inside) {
        return None;
    }
    // Up a name ("Muhammadu Buhari"), but not past it to its qualifier ("U.S. President Joe
    // Biden"), which the parser may make its head.
    let mut head = open - 1;
    while tree.rel(head) == "flat"
        && let Some(up) = tree.head(head)
        && up < open
    {
        head = up;
    }
    Some(head)
}

fn match_state(tree: &SentenceTree, i: usize, e: &LexEntry) -> Result<Frame, String> {
    let has_be = tree
        .deps(i, &["cop", "aux", "aux:pass"])
        .any(|c| super::tree::is_be(&tree.forms[c]));
    if !has_be {
        return Err("no form of 'be' before the state word".into());
    }
    let actors: Vec<usize> = tree
        .dep(i, &["nsubj", "nsubj:pass"])
        .map(|s| tree.with_conjuncts(s))
        .unwrap_or_default();
    let recipients = match &e.recipient {
        Some(Slot::Prep(p)) => prep_phrase(tree, &[i], p)
            .map(|o| tree.with_conjuncts(o))
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    if e.recipient_required && !(e.symmetric() && joint(tree, &actors)) && recipients.is_empty() {
        return Err(format!(
            "no recipient ({})",
            slot_name(e.recipient.as_ref())
        ));
    }
    Ok(Frame {
        actors,
        recipients,
        clause: i,
        actor_via: "subj",
        consumed: Vec::new(),
    })
}

fn match_noun(tree: &SentenceTree, i: usize, e: &LexEntry) -> Result<Frame, String> {
    // "launched an offensive *against the rebels*": the parser may hang the noun's phrase on the
    // verb whose object the noun is.
    // Only verbs that do the act the noun names ("launched an offensive"), not ones that
    // react to it ("condemned the attack on its embassy").
    let support = |h: usize| {
        tree.upos[h] == "VERB"
            && SUPPORT_VERB_STEMS
                .iter()
                .any(|s| tree.forms[h].starts_with(s))
    };
    let governor = tree.head(i).filter(|&h| tree.rel(i) == "obj" && support(h));
    let agent = support_agent(tree, i, &support);
    let recipients = match &e.recipient {
        Some(Slot::Prep(p)) => tree
            .deps(i, &["nmod"])
            .find(|&c| tree.case_of(c).as_deref() == Some(p.as_str()))
            .or_else(|| {
                governor.or(agent.map(|a| a.0)).and_then(|h| {
                    tree.deps(h, &["obl"])
                        .find(|&c| tree.case_of(c).as_deref() == Some(p.as_str()))
                })
            })
            // "was carried out by Belarus against Poland", "a visit by Medvedev to Oslo": the
            // parser may hang the phrase on the agent before it, the support verb's or the
            // noun's own.
            .or_else(|| {
                let own_agent = tree
                    .deps(i, &["nmod"])
                    .find(|&c| tree.case_of(c).as_deref() == Some("by"));
                agent.map(|(_, a)| a).or(own_agent).and_then(|a| {
                    tree.deps(a, &["nmod"])
                        .find(|&c| tree.case_of(c).as_deref() == Some(p.as_str()))
                })
            })
            .map(|o| tree.with_conjuncts(o))
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    // "a phone call between Mr. Trump and President Sheinbaum", "a ceasefire between Israel and
    // Hezbollah": a joint act's noun may name its sides together; each is the others' partner.
    // The pattern's required phrases hold here too: "a prisoner exchange between Moscow and
    // the West" is no "exchange of fire".
    if e.symmetric()
        && recipients.is_empty()
        && tree.dep(i, &["nmod:poss"]).is_none()
        && required_preps(tree, e, &mut vec![i], &mut Vec::new()).is_ok()
        && let Some(sides) = between_sides(tree, i)
    {
        let clause = std::iter::once(i)
            .chain(tree.ancestors(i))
            .find(|&a| matches!(tree.upos[a], "VERB" | "AUX") || tree.head(a).is_none())
            .unwrap_or(i);
        return Ok(Frame {
            actors: sides,
            recipients: Vec::new(),
            clause,
            actor_via: "between",
            consumed: Vec::new(),
        });
    }
    // "at the request of Haitian President Rene Preval, the U.S. military took over", "At
    // Turkey's request, NATO ambassadors held a meeting": an appeal named as the occasion of an
    // act is made by its possessor to those who act on it; a passive's subject ("was arrested
    // at the request of the United States") is acted on, not acting.
    if e.code.root() == "02"
        && recipients.is_empty()
        && tree.rel(i) == "obl"
        && tree.case_of(i).as_deref() == Some("at")
        && tree.head(i).is_some_and(|v| !tree.is_passive(v))
        && let Some(asker) = tree
            .dep(i, &["nmod:poss"])
            .or_else(|| tree.of_phrases(i).next())
        && let Some(verb) = tree.head(i)
        && let Some(acting) = own_or_inherited_subjects(tree, verb)
    {
        return Ok(Frame {
            actors: tree.with_conjuncts(asker),
            recipients: acting,
            clause: verb,
            actor_via: "occasion",
            consumed: Vec::new(),
        });
    }
    if e.recipient_required && recipients.is_empty() {
        return Err(format!(
            "no recipient ({})",
            slot_name(e.recipient.as_ref())
        ));
    }
    required_preps(tree, e, &mut vec![i], &mut Vec::new())?;
    // The clause is the verb the noun hangs from ("Pompeo's visit ... will take place").
    let clause = std::iter::once(i)
        .chain(tree.ancestors(i))
        .find(|&a| matches!(tree.upos[a], "VERB" | "AUX") || tree.head(a).is_none())
        .unwrap_or(i);
    // "carried out Tuesday's attack": a day or a time named as the possessor dates the act.
    let poss = tree
        .dep(i, &["nmod:poss"])
        .filter(|&p| !TIME_WORDS.contains(&tree.forms[p].as_str()))
        .or_else(|| {
            tree.deps(i, &["nmod"])
                .find(|&c| tree.case_of(c).as_deref() == Some("by"))
        });
    if let Some(a) = poss {
        return Ok(Frame {
            actors: tree.with_conjuncts(a),
            recipients,
            clause,
            actor_via: "poss",
            consumed: Vec::new(),
        });
    }
    if let Some((_, a)) = agent {
        return Ok(Frame {
            actors: tree.with_conjuncts(a),
            recipients,
            clause,
            actor_via: "agent",
            consumed: Vec::new(),
        });
    }
    // "blamed Iran for attacks on six tankers": the act an accusation names is the accused's,
    // not the accuser's.
    if let Some(accused) = modality::accused_noun(tree, i) {
        return Ok(Frame {
            actors: tree.with_conjuncts(accused),
            recipients,
            clause,
            actor_via: "accused",
            consumed: Vec::new(),
        });
    }
    // "heads to Russia for talks with Putin": the traveller is the one talking. But one who
    // reacts to an act did not do it ("condemned the attack", "would not tolerate support for").
    let reacted_to = tree.rel(i) == "obj"
        && REACTION_VERB_STEMS
            .iter()
            .any(|s| tree.forms[clause].to_lowercase().starts_with(s));
    // "cut short a visit to Russia": the parser may hang the noun on the adjective that
    // completes the verb; the verb still governs it.
    let completed = tree
        .head(i)
        .filter(|&h| tree.upos[h] == "ADJ" && tree.rel(h) == "xcomp");
    let head = completed.and_then(|h| tree.head(h)).or(tree.head(i));
    let governed =
        matches!(tree.rel(i), "obj" | "obl") && head == Some(clause) && clause != i && !reacted_to;
    // "Ahmadinejad, speaking *on a visit* to Tajikistan", "Erdogan, speaking *during a visit* to
    // Chile": an act the speaker is in the middle of, named in a phrase of the time of a verb
    // with no subject of its own, is the act of the subject that verb takes from its clause.
    let in_the_course = matches!(tree.case_of(i).as_deref(), Some("on" | "during"));
    let actors = if governed {
        let own = subjects(tree, clause);
        // "declared martial law ... and cut short a visit": a conjunct verb's subject is its
        // first verb's.
        if own.is_empty() && ((completed.is_some() && tree.rel(clause) == "conj") || in_the_course)
        {
            inherited_subject(tree, clause)
                .map(|x| x.0)
                .unwrap_or_default()
        } else {
            own
        }
    } else if in_the_course && tree.dep(i, &["cop"]).is_some() {
        // "Saleh, who is on a visit to the kingdom": the subject of the copula is the visitor.
        subjects(tree, i)
            .into_iter()
            .map(|s| resolve_relative(tree, i, s))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Frame {
        actors,
        recipients,
        clause,
        actor_via: "governor",
        consumed: Vec::new(),
    })
}

/// "The offensive was launched by Russia", "an attack carried out by Belarus", "talks held by
/// the two sides": the passive of a verb that does the act the noun names ("launched an
/// offensive") has the doer in its agent, the noun being its subject or the noun it qualifies.
/// The support verb and its agent; `None` for any other verb ("an attack condemned by Poland"
/// is Poland's reaction, not its attack).
fn support_agent(
    tree: &SentenceTree,
    noun: usize,
    support: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let verb = tree
        .head(noun)
        .filter(|&h| tree.deprel(noun) == "nsubj:pass" && support(h))
        .or_else(|| {
            tree.deps(noun, &["acl"])
                .find(|&v| support(v) && tree.is_passive(v))
        })?;
    let agent = tree
        .deps(verb, &["obl:agent", "obl"])
        .find(|&c| tree.deprel(c) == "obl:agent" || tree.case_of(c).as_deref() == Some("by"))?;
    Some((verb, agent))
}

/// Verbs telling that fighting or talks began or went on, which may carry the act's `between`
/// phrase.
const OUTBREAK_VERBS: &[&str] = &[
    "broke",
    "erupted",
    "flared",
    "raged",
    "continued",
    "resumed",
    "began",
    "started",
];

/// The sides a joint act's noun names in its `between` phrase ("talks *between Kerry and
/// Lavrov*"), wherever the parser hangs the phrase: on the noun, on the measure noun it is
/// counted by ("three weeks of negotiations *between them*"), or on a participle qualifying it
/// ("a summit planned *between Obama and Putin*"). The sides are the phrase's conjuncts, or
/// those of a name set in apposition to its title ("between Secretary of State John Kerry and
/// Foreign Minister Sergei Lavrov"); a single side must stand for two: a pair counted by *two*
/// or *both* ("talks between the two countries", which the coder resolves) or "them" for the
/// coordinated names or the counted pair before it ("the United States and China, after
/// negotiations between them"). `None` for one side only ("the border between Israel and
/// Lebanon" is no act, and "talks between officials" names no sides).
fn between_sides(tree: &SentenceTree, noun: usize) -> Option<Vec<usize>> {
    let between = |h: usize| {
        tree.deps(h, &["nmod", "obl"])
            .find(|&c| tree.case_of(c).as_deref() == Some("between"))
    };
    // "three weeks of", "a new round of", not "the history of the gas trade between them".
    let measure = tree.head(noun).filter(|&h| {
        tree.upos[h] == "NOUN"
            && tree.case_of(noun).as_deref() == Some("of")
            && (tree.dep(h, &["nummod"]).is_some()
                || SPANS_OF_TIME.contains(&tree.forms[h].to_lowercase().as_str()))
    });
    // "Fighting broke out on Thursday between the army and the rebels": the phrase may hang on
    // the verb of outbreak the act is the subject of (or, parsed upside down, its object).
    let outbreak = |v: usize| OUTBREAK_VERBS.contains(&tree.forms[v].to_lowercase().as_str());
    let phrase = between(noun)
        .or_else(|| measure.and_then(between))
        .or_else(|| {
            // A past participle: "the busiest trade crossing between" qualifies no act.
            tree.deps(noun, &["acl"])
                .filter(|&v| tree.upos[v] == "VERB" && tree.xpos[v] == "VBN")
                .find_map(between)
        })
        .or_else(|| {
            tree.head(noun)
                .filter(|_| tree.rel(noun) == "nsubj")
                .into_iter()
                .chain(tree.deps(noun, &["obj", "ccomp"]))
                .filter(|&v| outbreak(v))
                .find_map(between)
        })?;
    // "between 2010 and 2015", "between Monday and Wednesday": spans of time are no sides.
    let time = |k: usize| {
        tree.upos[k] == "NUM" || TIME_WORDS.contains(&tree.forms[k].to_lowercase().as_str())
    };
    let sides = tree.with_conjuncts(phrase);
    if sides.iter().any(|&k| time(k)) {
        return None;
    }
    if sides.len() > 1 {
        return Some(sides);
    }
    if let Some(named) = tree
        .deps(phrase, &["appos"])
        .map(|a| tree.with_conjuncts(a))
        .find(|named| named.len() > 1)
    {
        return Some(named);
    }
    if counted_pair(tree, phrase) {
        return Some(vec![phrase]);
    }
    if tree.forms[phrase].eq_ignore_ascii_case("them") {
        // The nearest coordination or counted pair before it.
        return (0..phrase).rev().find_map(|k| {
            let conjuncts = tree.with_conjuncts(k);
            if tree.rel(k) != "conj" && conjuncts.len() > 1 && conjuncts.iter().all(|&c| c < phrase)
            {
                Some(conjuncts)
            } else {
                counted_pair(tree, k).then(|| vec![k])
            }
        });
    }
    None
}

/// Nouns that measure an act out in time: "*months* of talks", "a new *round* of negotiations".
const SPANS_OF_TIME: &[&str] = &[
    "round", "rounds", "hours", "days", "weeks", "months", "years", "decades",
];

/// A plural noun counted as a pair: "the two countries", "both sides".
pub(super) fn counted_pair(tree: &SentenceTree, k: usize) -> bool {
    matches!(tree.upos[k], "NOUN" | "PROPN")
        && tree
            .children(k)
            .iter()
            .any(|&c| matches!(tree.forms[c].to_lowercase().as_str(), "two" | "both"))
}

/// Days, months and spans of time: as a possessor they date an act ("Tuesday's attack", "last
/// week's talks"), they do not do it. Not "may", also a surname ("Theresa May's visit").
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "week",
    "weekend",
    "month",
    "year",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether verb `i` carries particle `prt`: as a particle or adverb of its own ("walked out"), or
/// read by the parser as the first word of a prepositional phrase ("pulled *out* of Aleppo").
fn has_particle(tree: &SentenceTree, i: usize, prt: &str) -> bool {
    tree.children(i).iter().any(|&c| {
        (c > i && tree.forms[c] == prt)
            || (matches!(tree.rel(c), "obl" | "nmod" | "advmod")
                && tree
                    .deps(c, &["case", "advmod"])
                    .any(|m| m > i && tree.forms[m] == prt))
    })
}

/// Verbs whose subject judges, answers or examines the act its object noun names, and did not do
/// it: "condemned the attack", "welcomed the agreement", "would not tolerate support for"; or
/// backs or stops another's act ("had backed the invasion of Iraq", "suspended $700 million in
/// assistance to Sudan", "freezes military cooperation").
const REACTION_VERB_STEMS: &[&str] = &[
    "applaud",
    "back",
    "cancel",
    "freez",
    "froze",
    "halt",
    "postpon",
    "suspend",
    "blame",
    "condemn",
    "criticis",
    "criticiz",
    "decr",
    "denied",
    "denies",
    "denounc",
    "deny",
    "deplor",
    "discuss",
    "disput",
    "hail",
    "investigat",
    "mourn",
    "oppos",
    "prais",
    "protest",
    "question",
    "reject",
    "slam",
    "toler",
    "welcom",
];

/// Verbs that only carry the act their object noun names: "launched an offensive", "carried out
/// a raid", "held talks", "staged a protest", "waged a campaign".
const SUPPORT_VERB_STEMS: &[&str] = &[
    "launch", "carr", "conduct", "mount", "stag", "wag", "hold", "held", "begin", "began", "begun",
    "start", "open", "make", "made", "undert",
];

/// Checks the pattern's required prepositional phrases; a phrase with a named noun joins the
/// places where the recipient may hang ("call for the release *of* Whelan").
fn required_preps(
    tree: &SentenceTree,
    e: &LexEntry,
    attach: &mut Vec<usize>,
    consumed: &mut Vec<usize>,
) -> Result<(), String> {
    for (prep, noun) in &e.required_preps {
        let Some(obj) = prep_phrase(tree, attach, prep) else {
            return Err(format!("no '{prep}' phrase"));
        };
        // "called for three days of demonstrations": the measure stands for the act.
        let obj = measured(tree, obj);
        if let Some(noun) = noun {
            if !super::lexicon::is_noun_form(noun, &tree.forms[obj]) && &tree.forms[obj] != noun {
                return Err(format!(
                    "'{prep}' phrase is '{}', not '{noun}'",
                    tree.forms[obj]
                ));
            }
            attach.push(obj);
            consumed.push(obj);
        }
    }
    Ok(())
}

pub(super) fn slot_name(s: Option<&Slot>) -> String {
    match s {
        Some(Slot::Object) => "object".into(),
        Some(Slot::Prep(p)) => format!("'{p}' phrase"),
        None => "none".into(),
    }
}

/// Whether actors may be each other's recipients: several of them, or one plural noun ("the two
/// leaders").
fn joint(tree: &SentenceTree, actors: &[usize]) -> bool {
    actors.len() > 1 || actors.iter().any(|&a| tree.xpos.get(a) == Some(&"NNS"))
}

/// The subjects of verb `i`, with their conjuncts; a counted crowd is its members ("Thousands
/// of junta supporters rallied").
pub(super) fn subjects(tree: &SentenceTree, i: usize) -> Vec<usize> {
    // "U.S. President Joe Biden arrived": the parser may give the verb a name's qualifier and the
    // name as two subjects side by side; a noun phrase's head comes last, so of two subjects
    // with only name words between them, the later is the one meant when it is a name (a
    // common noun after a name, "Army aircraft", is left to [`side_by_side_subject`]).
    // "accused Prague of trying to please the United States after Washington imposed sanctions":
    // a subject before the clause's own subordinator is not in the clause; the one after it is.
    let opener = tree.dep(i, &["mark"]);
    let mut subject = tree.dep(i, &["nsubj", "csubj"]);
    while let Some(s) = subject
        && let Some(later) = tree.deps(i, &["nsubj"]).find(|&l| {
            s < l
                && l < i
                && (opener.is_some_and(|m| s < m && m < l)
                    || tree.upos[l] == "PROPN"
                        && (s + 1..l)
                            .all(|k| matches!(tree.upos[k], "PROPN" | "NOUN" | "ADJ" | "DET")))
        })
    {
        subject = Some(later);
    }
    let Some(first) = subject else {
        return Vec::new();
    };
    let mut listed = tree.with_conjuncts(measured(tree, first));
    // "The United States, France and Britain recognised Kosovo": the parser may split a list
    // into two subjects, its first item and the rest coordinated. A comma before the second and a
    // coordinator closing it make the two one list.
    if let Some(rest) = tree.deps(i, &["nsubj"]).find(|&l| {
        first < l
            && l < i
            && tree
                .forms
                .get(tree.phrase(l).0.wrapping_sub(1))
                .map(String::as_str)
                == Some(",")
            && tree
                .deps(l, &["conj"])
                .any(|c| tree.deps(c, &["cc"]).next().is_some())
    }) {
        listed.extend(tree.with_conjuncts(rest));
    }
    // "Jaishankar and his Chinese counterpart Wang Yi spoke": the parser may hang the first
    // word of the second name as a conjunct inside the first subject and make the last word a
    // subject of its own; the two are one list.
    if let Some(rest) = tree.deps(i, &["nsubj"]).find(|&l| {
        first < l
            && l < i
            && l > 0
            && tree.rel(l - 1) == "conj"
            && tree.upos[l] == "PROPN"
            && tree.ancestors(l - 1).contains(&first)
    }) {
        listed.push(rest);
    }
    // "Gandhi, who flew into Colombo on Wednesday, and President Junius Jayewardene signed the
    // accord": after a clause inside the first subject the parser may make the second a subject
    // of its own; a coordinator right before it makes the two one list.
    for rest in tree.deps(i, &["nsubj"]).filter(|&l| first < l && l < i) {
        let start = tree.subtree(rest).into_iter().min().unwrap_or(rest);
        let coordinated = tree.deps(rest, &["cc"]).next().is_some()
            || (start > 0 && tree.upos[start - 1] == "CCONJ");
        if coordinated && !listed.contains(&rest) {
            listed.extend(tree.with_conjuncts(rest));
        }
    }
    listed
}

/// A clause's own subjects, else the subject it shares from elsewhere ([`inherited_subject`]).
fn own_or_inherited_subjects(tree: &SentenceTree, verb: usize) -> Option<Vec<usize>> {
    let s = subjects(tree, verb);
    if s.is_empty() {
        inherited_subject(tree, verb).map(|(s, _)| s)
    } else {
        Some(s)
    }
}

/// ", accusing Moscow of ...", ", ransacking offices": a gerund with no subordinator right after a
/// comma, which trails its main clause.
fn bare_trailing_participle(tree: &SentenceTree, i: usize) -> bool {
    tree.xpos.get(i) == Some(&"VBG")
        && tree.deps(i, &["mark"]).next().is_none()
        && i > 0
        && tree.forms[i - 1] == ","
}

/// A subject shared from elsewhere: the controller of an infinitive ("plans to meet"), the first
/// of coordinated verbs ("arrived and met"), or the noun a participle modifies.
fn inherited_subject(tree: &SentenceTree, i: usize) -> Option<(Vec<usize>, &'static str)> {
    let head = tree.head(i)?;
    match tree.rel(i) {
        // "Nasheed ordered the army to arrest the chief judge", "a judge ordered him held": the
        // act a command orders is the commander's.
        "xcomp" | "advcl"
            if modality::is_command(&tree.forms[head])
                && (tree.rel(i) == "xcomp" || tree.is_to_infinitive(i)) =>
        {
            let s = own_or_inherited_subjects(tree, head)?;
            Some((s, "commander"))
        }
        "xcomp" => {
            // Object control ("urged Russia to withdraw") before subject control, except after
            // a verb of contact, whose infinitive is its subject's purpose ("Macron telephoned
            // Faye to congratulate him", "summoned the ambassador to protest").
            let form = tree.forms[head].to_lowercase();
            let purpose = CONTACT_VERB_STEMS.iter().any(|s| form.starts_with(s));
            let object = tree
                .dep(head, &["obj"])
                .filter(|_| !purpose)
                .or_else(|| appeal_addressee(tree, head));
            let s = object
                .or_else(|| tree.dep(head, &["nsubj", "nsubj:pass"]))
                .map(|s| tree.with_conjuncts(s))
                .or_else(|| inherited_subject(tree, head).map(|x| x.0))?;
            Some((s, "controller"))
        }
        // "conceded defeat on Monday and congratulated Faye": the parser may hang the second
        // verb on a noun of the first clause; the subject is that clause's.
        "conj" if !matches!(tree.upos[head], "VERB" | "AUX" | "ADJ") => {
            let verb = tree
                .ancestors(head)
                .into_iter()
                .find(|&a| matches!(tree.upos[a], "VERB" | "AUX"))?;
            let s = own_or_inherited_subjects(tree, verb)?;
            Some((s, "conjunct"))
        }
        "conj" => {
            if let Some(s) = coordinated_clause_subject(tree, i, head) {
                return Some((s, "conjunct"));
            }
            // "China condemned the pact as irresponsible and accused the three countries": the
            // parser may hang the second verb on the first one's secondary predicate, whose verb
            // holds the subject.
            let head = match tree.head(head) {
                Some(v)
                    if tree.upos[head] == "ADJ"
                        && tree.upos[i] == "VERB"
                        && matches!(tree.rel(head), "advcl" | "xcomp")
                        && subjects(tree, head).is_empty() =>
                {
                    v
                }
                _ => head,
            };
            // "Morales said he had been forced out by a coup and accused the police": an active
            // verb with an object of its own that the parser coordinated with a reported passive
            // is the reporter's next act (unless in the base form, sharing the passive's modal:
            // "would be cut and would warn"); the passive's subject undergoes, it does not act.
            if tree.is_passive(head)
                && !tree.is_passive(i)
                && tree.xpos[i] != "VB"
                && tree.dep(i, &["obj"]).is_some()
                && tree.rel(head) == "ccomp"
                && let Some(s) = tree
                    .head(head)
                    .and_then(|v| own_or_inherited_subjects(tree, v))
            {
                return Some((s, "conjunct"));
            }
            let s = own_or_inherited_subjects(tree, head)?;
            // "Buhari, who was barred ..., congratulated Tinubu and urged candidates": the
            // first verb's subject read past its parenthesis is the second's too.
            if let Some(p) = parenthesis_subject(tree, head, &s) {
                return Some((vec![p], "conjunct"));
            }
            Some((s, "conjunct"))
        }
        // "called on Serbia to arrest those responsible": the parser may hang the infinitive of
        // a verb of appeal on the verb as an adverbial clause; it is still the addressee's act.
        "advcl" if tree.is_to_infinitive(i) && appeal_addressee(tree, head).is_some() => {
            let addressee = appeal_addressee(tree, head)?;
            Some((tree.with_conjuncts(addressee), "controller"))
        }
        // "accused Myanmar of carrying out ethnic cleansing", "blaming the militants for
        // burning the villages": the act an accusation names is told of the one accused.
        "advcl" if modality::accused_of(tree, i).is_some() => {
            let accused = modality::accused_of(tree, i)?;
            Some((tree.with_conjuncts(accused), "accused"))
        }
        // A participle with an object of its own is active ("the two governments signed 15
        // agreements" parsed as a reduced relative), unlike "Americans detained in Russia".
        // "summoned the ambassador to protest": an infinitive after a noun is a purpose or a
        // plan, done by the noun's possessor if any ("the government's plan to deport"), never
        // by the noun itself.
        "acl" | "acl:relcl" if tree.is_to_infinitive(i) => tree
            .dep(head, &["nmod:poss"])
            .map(|p| (tree.with_conjuncts(p), "relative")),
        // "who has spent weeks pressing Moscow": a participle on a span of time is the act of
        // whoever spent it.
        "acl"
            if tree.xpos.get(i) == Some(&"VBG")
                && MEASURE_NOUNS.contains(&tree.forms[head].to_lowercase().as_str())
                && matches!(tree.rel(head), "obj" | "obl") =>
        {
            let verb = tree.head(head)?;
            let s = own_or_inherited_subjects(tree, verb)?;
            Some((s, "spender"))
        }
        // "chanted slogans criticising the government": the slogans' producer criticises.
        "acl"
            if tree.xpos.get(i) == Some(&"VBG")
                && MESSAGE_NOUNS.contains(&tree.forms[head].to_lowercase().as_str())
                && tree.rel(head) == "obj" =>
        {
            let verb = tree.head(head)?;
            let s = own_or_inherited_subjects(tree, verb)?;
            Some((s, "producer"))
        }
        // "Hundreds of supporters rallied in Santa Cruz" parsed as a reduced relative: a verb
        // that takes no object is never a passive participle, so its noun is who acted.
        "acl" | "acl:relcl"
            if tree.xpos.get(i) != Some(&"VBN")
                || tree.dep(i, &["obj"]).is_some()
                || (INTRANSITIVE_ACTS.contains(&tree.forms[i].as_str())
                    && tree.dep(i, &["obl:agent"]).is_none()) =>
        {
            Some((vec![head], "relative"))
        }
        // "and he has since declared a state of emergency": the parser may take the auxiliary
        // for the clause's verb and hang the participle on it after an adverb read as a
        // subordinator; the participle is the auxiliary's subject's act.
        "advcl"
            if matches!(
                tree.forms[head].to_lowercase().as_str(),
                "has" | "have" | "had"
            ) && tree.xpos.get(i) == Some(&"VBN")
                && head < i
                && i - head <= 2
                && tree.dep(head, &["obj"]).is_none() =>
        {
            let s = own_or_inherited_subjects(tree, head)?;
            Some((s, "auxiliary"))
        }
        // "patrolled the streets after seizing the airport", "retaliated by expelling six
        // diplomats", "telephoned Faye to congratulate him": an adverbial clause of a gerund or
        // an infinitive has no subject of its own; English gives it the main clause's. A past
        // participle ("angered by the fall of Goma") describes, it does not act.
        // A bare trailing participle is read below.
        "advcl"
            if tree.deps(i, &["mark"]).any(|m| {
                m < i
                    && if tree.xpos.get(i) == Some(&"VBG") {
                        ADJUNCT_MARKS.contains(&tree.forms[m].to_lowercase().as_str())
                    } else {
                        // "sent jets to destroy targets": the one sent acts, not the sender.
                        tree.forms[m] == "to"
                            && tree
                                .dep(head, &["obj"])
                                .is_none_or(|o| tree.upos[o] == "PROPN")
                    }
            }) =>
        {
            let s = own_or_inherited_subjects(tree, head)?;
            Some((s, "adjunct"))
        }
        // "thousands of protesters broke into the parliament, ransacking offices and beating
        // the speaker": a bare trailing participle of a crowd's violence after a break-in, a
        // storming or a raid is the same crowd's. Not "killing", whose doer after a clash or an
        // exchange of fire may be either side.
        "advcl"
            if bare_trailing_participle(tree, i)
                && RAMPAGE_STEMS
                    .iter()
                    .any(|s| tree.forms[i].to_lowercase().starts_with(s)) =>
        {
            // The parser may hang the participle on the last place entered ("broke into the
            // parliament, ransacking"): the clause's verb is the nearest above it.
            let verb = std::iter::once(head)
                .chain(tree.ancestors(head))
                .find(|&v| tree.upos[v] == "VERB")?;
            if !INCURSION_STEMS
                .iter()
                .any(|s| tree.forms[verb].to_lowercase().starts_with(s))
            {
                return None;
            }
            let s = subjects(tree, verb);
            (!s.is_empty()).then_some((s, "adjunct"))
        }
        // "Finland closed the border, accusing Moscow of sending asylum seekers", "Soldiers
        // seized power, detaining the prime minister": any other bare trailing participle is
        // the main clause's subject's act too, except a casualty count
        // (", killing at least 19 people"), which tells an attack's toll or is as often the act
        // of a phrase inside the clause ("a clash in which police and farmers exchanged fire").
        "advcl"
            if bare_trailing_participle(tree, i)
                && !CASUALTY_STEMS
                    .iter()
                    .any(|s| tree.forms[i].to_lowercase().starts_with(s)) =>
        {
            let s = own_or_inherited_subjects(tree, head)?;
            Some((s, "adjunct"))
        }
        _ => None,
    }
}

/// Whom a verb of appeal addresses: its object ("urged Russia"), else the phrase it is made on or
/// to ("called on Serbia", "appealed to the rebels").
fn appeal_addressee(tree: &SentenceTree, verb: usize) -> Option<usize> {
    if !modality::is_appeal(&tree.forms[verb]) {
        return None;
    }
    tree.dep(verb, &["obj"]).or_else(|| {
        tree.deps(verb, &["obl"]).find(|&o| {
            tree.deps(o, &["case"])
                .any(|c| matches!(tree.forms[c].to_lowercase().as_str(), "on" | "upon" | "to"))
        })
    })
}

/// A crowd's violence, as its participles start ("ransacking", "beating", "setting fire").
const RAMPAGE_STEMS: &[&str] = &[
    "ransack", "beat", "loot", "torch", "sett", "burn", "smash", "vandalis", "vandaliz",
];

/// Forced entries after which a crowd's violence is its own ("broke into", "stormed", "raided").
const INCURSION_STEMS: &[&str] = &["broke", "storm", "raid", "overran", "forced"];

/// Harm counted in casualties, as its participles start: after an attack the count is the
/// attack's toll, and after a clash or a blast it is as often another's doing.
const CASUALTY_STEMS: &[&str] = &["kill", "wound", "injur", "leav"];

fn is_blame_word(tree: &SentenceTree, w: usize) -> bool {
    BLAME_WORDS.contains(&tree.forms[w].to_lowercase().as_str())
}

/// A predicate's word of blame: one of the list, or a noun or adjective of strongly negative
/// tone (VADER valence -1.5 or lower: "called the ruling *a disgrace*", "called the decision
/// *a major disappointment*"). Only where the tree makes the word the verdict's predicate: read
/// from the words after the verb, a tone word is as often the object's own ("the defector").
fn is_predicated_blame(tree: &SentenceTree, w: usize) -> bool {
    is_blame_word(tree, w)
        || (matches!(tree.upos[w], "NOUN" | "ADJ")
            && crate::tone::vader::valence(&tree.forms[w].to_lowercase())
                .is_some_and(|v| v <= -PRAISE_VALENCE))
}

/// Words a verdict praises with: a noun or adjective of strongly positive tone (VADER valence
/// 1.5 or higher: "calling him *a dear friend*", "*a symbol of courage*"), or one of the words of
/// praise news gives a state or a deed that the tone lexicon leaves out ("called France *a vital
/// partner*", "called the ruling *a victory*", "*a milestone* decision").
fn is_praise_word(tree: &SentenceTree, w: usize) -> bool {
    let form = tree.forms[w].as_str();
    matches!(tree.upos[w], "NOUN" | "ADJ")
        && (PRAISE_WORDS.contains(&form)
            || crate::tone::vader::valence(form).is_some_and(|v| v >= PRAISE_VALENCE))
}

const PRAISE_VALENCE: f64 = 1.5;

const PRAISE_WORDS: &[&str] = &[
    "achievement",
    "ally",
    "breakthrough",
    "credible",
    "milestone",
    "partner",
    "statesman",
    "success",
    "triumph",
    "victory",
];

/// The subject a reported clause blames ("said *the measures* were unjustified", "said *the
/// seizure* was illegal"): a clausal complement whose predicate, after a copula and with no
/// negation, is a word of blame. A pronoun subject is left out: "said it was unacceptable that
/// ..." blames what follows, not "it".
fn reported_verdict(
    tree: &SentenceTree,
    verb: usize,
    blames: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    tree.deps(verb, &["ccomp"]).find_map(|c| {
        let copular = tree.deps(c, &["cop"]).next().is_some();
        (copular && !tree.is_negated_here(c) && blames(c))
            .then(|| tree.dep(c, &["nsubj"]))
            .flatten()
            .filter(|&s| matches!(tree.upos[s], "NOUN" | "PROPN"))
    })
}

/// The subject a reported clause charges with an act ("said *Navalny* had knowingly broken the
/// law", "said *Western politicians* were using the case to smear Russia"): a clausal
/// complement with a verb of its own (a copula's verdict is `reported_verdict`'s), no negation,
/// and a word of strong negative valence after its subject. A pronoun subject is left out ("said
/// it had been hit"): it is as often the speaker as anyone charged.
fn claimed_subject(tree: &SentenceTree, verb: usize) -> Option<usize> {
    // A quoted sentence is a witness's own words, not a charge the report states.
    if tree.forms[..verb]
        .iter()
        .any(|f| QUOTE_MARKS.contains(&f.as_str()))
    {
        return None;
    }
    // "..., his daughter said": a trailing attribution reports an event, it charges no one.
    tree.deps(verb, &["ccomp"])
        .filter(|&c| c > verb && !tree.is_passive(c))
        .find_map(|c| {
            let copular = tree.deps(c, &["cop"]).next().is_some();
            // "said Navalny could face prison", "said BP should pay": what may or must be done is
            // no charge of what was done.
            let unreal = tree.is_negated_here(c)
                || tree.deps(c, &["aux"]).any(|n| {
                    let form = tree.forms[n].as_str();
                    REPORTED_MODALS.contains(&form) || form == "must"
                });
            let subject = tree
                .dep(c, &["nsubj"])
                .filter(|&s| matches!(tree.upos[s], "NOUN" | "PROPN"))?;
            let charged = own_clause(tree, c).into_iter().any(|w| {
                crate::tone::vader::valence(&tree.forms[w]).is_some_and(|v| v <= CHARGE_VALENCE)
            });
            // An act done to someone or something ("had broken the law", "were using the case to
            // smear Russia"), not what befell the subject ("dozens of rebels had died").
            let transitive = tree.dep(c, &["obj", "xcomp"]).is_some();
            (tree.upos[c] == "VERB" && transitive && !copular && !unreal && charged)
                .then_some(subject)
        })
}

/// The subject a reported clause foretells a penalty ("said *the Netherlands* would pay a
/// price", "said *Tehran* would face serious consequences", "said *Israel* will answer for every
/// drop of blood", "said *Lithuania* would have to bear the consequences"): a clausal complement
/// after the verb, in the future and not negated, whose verb and object name a penalty. A pronoun
/// subject is left out ("said it would pay the price" is as often the speaker).
fn threatened_subject(tree: &SentenceTree, verb: usize) -> Option<usize> {
    tree.deps(verb, &["ccomp"])
        .filter(|&c| c > verb && !tree.is_negated_here(c))
        .find_map(|c| {
            let future = tree
                .deps(c, &["aux"])
                .any(|a| matches!(tree.forms[a].as_str(), "will" | "would" | "shall" | "'ll"));
            // "would have to bear": the penalty is the complement's.
            let penalty_verb = match tree.forms[c].as_str() {
                "have" => tree.dep(c, &["xcomp"])?,
                _ => c,
            };
            let object = |nouns: &[&str]| {
                tree.deps(penalty_verb, &["obj"])
                    .any(|o| nouns.contains(&tree.forms[o].as_str()))
            };
            let penalty = match tree.forms[penalty_verb].as_str() {
                "pay" => object(&["price"]),
                "face" | "bear" | "suffer" => object(PENALTY_NOUNS),
                "answer" => tree
                    .deps(penalty_verb, &["obl"])
                    .any(|o| tree.case_of(o).as_deref() == Some("for")),
                _ => false,
            };
            (future && penalty)
                .then(|| tree.dep(c, &["nsubj"]))
                .flatten()
                .filter(|&s| matches!(tree.upos[s], "NOUN" | "PROPN"))
        })
}

/// Past forms of verbs of assembly and protest that take no object, so that a participle of
/// them is no passive.
const INTRANSITIVE_ACTS: &[&str] = &[
    "rallied",
    "marched",
    "protested",
    "demonstrated",
    "rioted",
    "clashed",
    "gathered",
    "massed",
];

/// What a threat says someone will face or bear.
const PENALTY_NOUNS: &[&str] = &[
    "consequences",
    "consequence",
    "revenge",
    "retaliation",
    "retribution",
    "punishment",
    "wrath",
    "reprisals",
];

const QUOTE_MARKS: &[&str] = &["\"", "\u{201c}", "\u{201d}"];

/// The words of a clause without its subject, its circumstances and the clauses it embeds or
/// joins ("said the army *had acted* because of poverty", "said the South *had fired* ... and
/// warned it would strike again if its territory was violated").
fn own_clause(tree: &SentenceTree, head: usize) -> Vec<usize> {
    let mut words = vec![head];
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        words.extend(tree.children(w).iter().copied().filter(|&c| {
            !matches!(
                tree.rel(c),
                "nsubj"
                    | "nsubj:pass"
                    | "csubj"
                    | "advcl"
                    | "ccomp"
                    | "acl"
                    | "acl:relcl"
                    | "conj"
                    | "parataxis"
                    | "cc"
                    | "mark"
                    | "obl"
            )
        }));
        k += 1;
    }
    words
}

/// How negative a word must be, on VADER's scale of -4 to 4, to make a reported act a charge:
/// "rigged" and "smear" (-1.5), "broken" (-2.1), "damage" (-2.2); not "hooligans" (-1.1) or
/// "opportunism" (0.4).
const CHARGE_VALENCE: f64 = -1.0;

/// "called the killing a reckless step", "called the arrival of the Gulf troops an occupation",
/// "called the cut unacceptable": a verdict read from the words when the parser has lost the
/// object and its predicate (it hangs the article on the verb, reads the gerund as a verb or the
/// predicate as the object's own object). The one judged is the first noun or pronoun after the
/// verb (the head of a compound, past a possessor), and a word of blame follows it in the clause
/// with no preposition but "of" on the way (not "called Macron after the attack"). When the verb
/// names an object before it ("a move Tehran called piracy", "which he called illegitimate"), the
/// predicate comes right after the verb and the one judged is that object. `None`: no verdict.
fn verdict_in_words(
    tree: &SentenceTree,
    verb: usize,
    object: Option<usize>,
    judging: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let preposed = object.filter(|&o| o < verb);
    // "the cut", "the ruling": a word right after an article heads its phrase whatever its tag,
    // unless a noun follows it.
    let nominal = |k: usize| {
        matches!(tree.upos[k], "NOUN" | "PROPN" | "PRON")
            || (tree.upos[k - 1] == "DET"
                && !matches!(tree.upos.get(k + 1).copied(), Some("NOUN" | "PROPN")))
    };
    let possessor = |k: usize| tree.forms.get(k + 1).is_some_and(|f| f == "'s" || f == "'");
    let mut judged = preposed;
    for k in verb + 1..tree.forms.len().min(verb + 16) {
        let form = tree.forms[k].to_lowercase();
        let clause_ends = matches!(form.as_str(), "," | ";" | ":" | "." | "that" | "which")
            || (tree.upos[k] == "CCONJ"
                && tree
                    .upos
                    .get(k + 1)
                    .is_some_and(|u| matches!(*u, "VERB" | "AUX" | "PRON")));
        // A particle right after the verb ("called off", "called in") or a preposition on the
        // way; an adverb inside the predicate ("called the move deeply irresponsible") is neither.
        let preposition = (matches!(tree.upos[k], "ADP" | "PART" | "SCONJ") && form != "of")
            || (k == verb + 1 && tree.upos[k] == "ADV");
        if clause_ends || preposition {
            return None;
        }
        let Some(j) = judged else {
            // "called the ruling scandalous", the predicate tagged as the noun the article
            // needs: the word after the article is the one judged.
            if judging(k) && k >= verb + 3 && tree.upos[k - 2] == "DET" {
                return Some(k - 1);
            }
            if nominal(k) && !possessor(k) {
                judged = Some(k);
            }
            continue;
        };
        // "the deposit levy": the compound's head is the one judged, not a word of blame the
        // parser made the head ("called the killings genocide").
        if preposed.is_none()
            && k == j + 1
            && !judging(k)
            && matches!(tree.upos[k], "NOUN" | "PROPN")
            && tree.head(j) == Some(k)
        {
            judged = Some(k);
            continue;
        }
        if judging(k) {
            return judged;
        }
    }
    None
}

/// Words a verdict blames with: "called the raid *a flagrant violation*", "called the mutiny
/// *treason*", "called the move *a provocation*".
const BLAME_WORDS: &[&str] = &[
    // "called the ruling a formalised coup", "called the arrest a troubling escalation", "a
    // result the opposition called a fraud", "called the trial a witch hunt", "called the
    // detention a serious setback for democracy", "called the move alarming", "called the
    // strikes a blatant act of war"; not "sad", which mourns as often as it blames
    "aggression",
    "alarming",
    // "called the executions cruel", "called Israel a terror state", "a justice system he
    // called corrupt", "called the warrant an injustice"
    "abhorrent",
    "barbaric",
    // "called the day's events treasonous", "a case of state-sponsored hijacking", "what
    // Cleverly called a pattern of malign activity", "called it the latest cruelty"
    "abuse",
    "appalling",
    "atrocity",
    "brutal",
    "cowardly",
    "cruelty",
    "despicable",
    "disgraceful",
    "hijacking",
    "hostile",
    "hysterical",
    "improper",
    "intimidation",
    "invasion",
    "lies",
    "malign",
    "murder",
    "persecution",
    "propaganda",
    "repression",
    "treasonous",
    "unauthorised",
    "unauthorized",
    "unfriendly",
    "unprovoked",
    "corrupt",
    "cruel",
    "heinous",
    "illegitimate",
    "injustice",
    "scandalous",
    "terror",
    "unjust",
    "unlawful",
    "attack",
    "betrayal",
    "blackmail",
    "blatant",
    "breach",
    "coup",
    "crime",
    "criminal",
    "dangerous",
    "deplorable",
    "disgrace",
    "escalation",
    "extortion",
    "farce",
    "fraud",
    "genocide",
    "hunt",
    "illegal",
    "inhumane",
    "insult",
    "interference",
    "irresponsible",
    "meddling",
    "mercenaries",
    "mistake",
    "needless",
    "occupation",
    "offensive",
    "outrage",
    "outrageous",
    // "called the sentences disproportionate", "called the charges groundless", "called the
    // American measures unfounded": words of unfounded or excessive acts the tone lexicon leaves
    // out
    "absurd",
    "baseless",
    "counterproductive",
    "disproportionate",
    "groundless",
    "irrational",
    "senseless",
    "unfounded",
    "unwarranted",
    // "called the killings a massacre", "a move Tehran called piracy"
    "massacre",
    "piracy",
    "provocation",
    "provocative",
    "reckless",
    "rude",
    "setback",
    "sham",
    "shameful",
    "stab",
    "terrorism",
    "terrorist",
    "terrorists",
    "threat",
    "traitors",
    "travesty",
    "treason",
    "unacceptable",
    "unconstitutional",
    "undemocratic",
    "undiplomatic",
    "unfair",
    "unjustified",
    "vandalism",
    "violation",
    // "called the verdict a major step backward", "called the measure economic retaliation",
    // "a destabilising attempt", "an illegal trespass", "called the ruling political", "a bill
    // its owners called politically motivated", "called the decision regrettable"
    "backward",
    "destabilising",
    "destabilizing",
    "disinformation",
    "motivated",
    "political",
    "regrettable",
    "retaliation",
    "trespass",
    "unfortunate",
];

/// The predicates a verb gives its object ("called the strikes *a blatant act of war*",
/// "called the move *alarming*"): a second object or a bare noun or adjective complement. The
/// parser may read the first object as indirect, or hang the predicate on the object: as its
/// object ("called the shelling one of the most serious incidents"), as an adjective after it
/// ("called the strikes *limited*, necessary and proportionate") or as an apposition with no
/// comma between ("called Israel *a terror state*"; "met Lavrov, a veteran diplomat" renames).
fn object_predicates(tree: &SentenceTree, verb: usize) -> Vec<usize> {
    let mut objs: Vec<usize> = tree.deps(verb, &["obj", "iobj"]).collect();
    objs.sort_unstable();
    let mut predicates: Vec<usize> = objs.iter().skip(1).copied().collect();
    predicates.extend(tree.deps(verb, &["xcomp"]).filter(|&x| {
        matches!(tree.upos[x], "NOUN" | "ADJ") && tree.deps(x, &["mark"]).next().is_none()
    }));
    for &o in objs.iter().filter(|&&o| tree.upos[o] != "PRON") {
        let after_object = |p: usize| p > o && !(o..p).any(|k| tree.forms[k] == ",");
        predicates.extend(
            tree.deps(o, &["obj"]).filter(|&p| {
                tree.upos[o] == "NOUN" && matches!(tree.upos[p], "NOUN" | "NUM" | "ADJ")
            }),
        );
        predicates.extend(
            tree.deps(o, &["amod"])
                .filter(|&p| tree.upos[p] == "ADJ" && after_object(p)),
        );
        predicates.extend(
            tree.deps(o, &["appos"])
                .filter(|&p| tree.upos[p] == "NOUN" && after_object(p)),
        );
    }
    predicates
}

/// Subordinators that tie a gerund to its main clause's subject ("after seizing", "by
/// expelling").
const ADJUNCT_MARKS: &[&str] = &["after", "before", "by", "while", "without", "upon", "since"];

/// Verbs that name or judge what they take: "what it *called* China's actions", "what he
/// *described as* excessive force".
const NAMING_VERB_STEMS: &[&str] = &["call", "describ", "term", "dub", "brand", "label"];

/// "condemned *what it called* China's escalatory actions": a free relative that names its
/// object stands for the thing named, the naming clause's object or its `as` phrase.
fn named_by_free_relative(tree: &SentenceTree, o: usize) -> Option<usize> {
    if tree.forms[o].to_lowercase() != "what" {
        return None;
    }
    let naming = tree.deps(o, &["acl"]).find(|&v| {
        NAMING_VERB_STEMS
            .iter()
            .any(|s| tree.forms[v].to_lowercase().starts_with(s))
    })?;
    tree.deps(naming, &["obj", "xcomp"])
        .find(|&c| c != o)
        .or_else(|| {
            tree.deps(naming, &["obl"])
                .find(|&c| tree.case_of(c).as_deref() == Some("as"))
        })
}

/// The noun a reduced passive participle modifies ("Americans detained in Russia").
fn antecedent(tree: &SentenceTree, i: usize) -> Option<usize> {
    let head = tree.head(i)?;
    (tree.rel(i) == "acl" || tree.deprel(i) == "acl:relcl").then_some(head)
}

/// Quantities of an act stand for the act: "held seven hours *of talks*", "four days of talks".
pub(super) fn measured(tree: &SentenceTree, o: usize) -> usize {
    // Measures nest ("tens of thousands of protesters"); the tree is finite, so is the walk.
    // A gerund after "of" may be parsed as a clause ("six weeks *of fighting*": `acl` marked "of").
    let gerund = |o: usize| {
        tree.deps(o, &["acl"]).find(|&c| {
            c > o
                && tree.forms[c].ends_with("ing")
                && tree.deps(c, &["mark"]).any(|m| tree.forms[m] == "of")
        })
    };
    let mut o = o;
    while MEASURE_NOUNS.contains(&tree.forms[o].as_str())
        && let Some(inner) = tree.of_phrases(o).find(|&c| c > o).or_else(|| gerund(o))
    {
        o = inner;
    }
    o
}

/// In "a charge he rejects" the relative clause's missing object is the noun it modifies.
fn relativised_object(tree: &SentenceTree, i: usize) -> Option<usize> {
    let head = tree.head(i)?;
    let has_subject = tree.dep(i, &["nsubj"]).is_some();
    (tree.deprel(i) == "acl:relcl" && has_subject).then_some(head)
}

/// "the country's politicians, *whom* they accused of corruption", "Iran, *which* Bahrain's
/// rulers accuse of stirring up unrest": a relative pronoun before the verb and its own subject
/// is the verb's object, whatever label the parser gave it.
fn preposed_relative_object(tree: &SentenceTree, i: usize) -> Option<usize> {
    let subject = tree.dep(i, &["nsubj"])?;
    tree.children(i).iter().copied().find(|&c| {
        c < subject
            && tree.deprel(c) != "nsubj"
            && matches!(tree.forms[c].to_lowercase().as_str(), "whom" | "which")
    })
}

/// A relative pronoun stands for the noun its clause modifies ("Putin, who met Pompeo").
fn resolve_relative(tree: &SentenceTree, verb: usize, tok: usize) -> usize {
    // The relative clause the pronoun opens qualifies a noun before it: a relative clause
    // higher up that qualifies a later noun ("Yeltsin, *who* dissolved the parliament ... said
    // in an address that his opponents had *staged*") is another.
    let relative_clause = std::iter::once(verb)
        .chain(tree.ancestors(verb))
        .find(|&v| tree.deprel(v) == "acl:relcl" && tree.head(v).is_some_and(|h| h < tok));
    if RELATIVE_PRONOUNS.contains(&tree.forms[tok].as_str())
        && let Some(clause) = relative_clause
        && let Some(h) = tree.head(clause)
    {
        if tree.upos[h] != "PUNCT" {
            return h;
        }
        // "Trump, who has spent weeks": the parser may hang the clause on the comma; the
        // pronoun then stands for the name just before it.
        let before = (0..tok).rev().find(|&k| tree.upos[k] != "PUNCT");
        if let Some(mut k) = before.filter(|&k| matches!(tree.upos[k], "NOUN" | "PROPN")) {
            while matches!(tree.rel(k), "flat" | "compound")
                && let Some(up) = tree.head(k)
            {
                k = up;
            }
            return k;
        }
    }
    // "Tokayev, who dismissed the government": the parser may not make the clause a relative
    // one at all; a relative pronoun right after a name and its comma still stands for it. The
    // name's last piece may be a word the tagger read alone ("Moon Jae - *in*, who met Kim":
    // an adverb on "Moon"); the name is what it hangs on.
    let name_before_comma = (tok >= 2 && tree.forms[tok - 1] == ",")
        .then(|| tok - 2)
        .and_then(|k| {
            if matches!(tree.upos[k], "NOUN" | "PROPN") {
                return Some(k);
            }
            tree.head(k)
                .filter(|&h| h < k && tree.upos[h] == "PROPN" && k - h <= 3)
        });
    if matches!(tree.forms[tok].as_str(), "who" | "whom" | "which")
        && let Some(name) = name_before_comma
        && relative_clause.is_none()
    {
        let mut k = name;
        while matches!(tree.rel(k), "flat" | "compound")
            && let Some(up) = tree.head(k)
            && up < tok
        {
            k = up;
        }
        return k;
    }
    tok
}

/// The actors a subject stands for: a relative pronoun after coordinated nouns stands for all
/// of them ("Egypt and Qatar, *which* mediated the ceasefire": both mediated), whichever conjunct
/// the parser hangs the clause on; any other subject stands for itself.
fn relative_antecedents(tree: &SentenceTree, verb: usize, tok: usize) -> Vec<usize> {
    let h = resolve_relative(tree, verb, tok);
    if h == tok {
        return vec![tok];
    }
    let mut first = h;
    while tree.rel(first) == "conj"
        && let Some(up) = tree.head(first)
        && matches!(tree.upos[up], "NOUN" | "PROPN")
    {
        first = up;
    }
    tree.with_conjuncts(first)
        .into_iter()
        .filter(|&c| c == h || matches!(tree.upos[c], "NOUN" | "PROPN"))
        .collect()
}

/// "Israeli warplanes bombed and destroyed a nuclear reactor": a verb with no object of its
/// own, joined by a coordinator right after it to a verb whose object follows both, shares that
/// object.
fn shared_object(tree: &SentenceTree, i: usize) -> Option<usize> {
    let next = tree
        .deps(i, &["conj"])
        .find(|&c| c > i && tree.upos[c] == "VERB")?;
    let joined = (i + 1..next).all(|k| matches!(tree.upos[k], "CCONJ" | "ADV" | "PUNCT"))
        && (i + 1..next).any(|k| tree.upos[k] == "CCONJ");
    joined
        .then(|| tree.dep(next, &["obj"]).filter(|&o| o > next))
        .flatten()
}

/// The nominal or clause introduced by `prep` under any of `heads` (an `obl`/`nmod` with that
/// case, or a clause with that mark: "accuse Russia *of countering*"). A date is the phrase only
/// when no other has that preposition: "launched air strikes *on Thursday* on Cambodian military
/// targets" strikes the targets.
fn prep_phrase(tree: &SentenceTree, heads: &[usize], prep: &str) -> Option<usize> {
    let phrases: Vec<usize> = heads
        .iter()
        .flat_map(|&h| tree.children(h).iter().copied())
        .filter(|&c| {
            matches!(
                tree.rel(c),
                "obl" | "nmod" | "advcl" | "acl" | "xcomp" | "ccomp"
            ) && tree
                .deps(c, &["case", "mark"])
                .any(|m| m < c && tree.forms[m] == prep)
        })
        .collect();
    let date = |c: &usize| TIME_WORDS.contains(&tree.forms[*c].as_str());
    phrases
        .iter()
        .find(|c| !date(c))
        .or(phrases.first())
        .copied()
}

/// The places where verb `i` happens ("rallied *in Kim Il Sung Square* against the United
/// States") and what it is done with ("opened fire *with an assault rifle* on worshippers"): the
/// parser may hang the verb's next phrase on the place or the instrument before it.
fn places_of(tree: &SentenceTree, i: usize) -> Vec<usize> {
    tree.deps(i, &["obl"])
        .filter(|&o| {
            tree.deps(o, &["case"]).any(|m| {
                matches!(
                    tree.forms[m].as_str(),
                    "in" | "at" | "outside" | "near" | "with"
                )
            })
        })
        .collect()
}

/// Aid (07) sent or given to no one named ("Britain said it would send relief", "rushed aid"):
/// the coder gives it to the country the article is about, so the verb's frame stands without
/// its recipient. An aid noun is left to the verb that governs it ("offered assistance" is an
/// offer).
fn given_for_home(e: &LexEntry) -> bool {
    e.code.root() == "07"
}

/// A filled frame before it becomes an event.
pub(super) struct Frame {
    pub(super) actors: Vec<usize>,
    pub(super) recipients: Vec<usize>,
    /// The verb whose clause carries modality, time and place (the trigger, or an event noun's
    /// governing verb).
    pub(super) clause: usize,
    /// How the actor was found: `subj`, `agent`, `poss`, `governor`, `controller`...
    pub(super) actor_via: &'static str,
    pub(super) consumed: Vec<usize>,
}

const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "that", "whom"];

/// Things people say or publish: a participle after one ("chanted slogans criticising the
/// government", "issued a statement condemning the attack") is the act of whoever produced it.
const MESSAGE_NOUNS: &[&str] = &[
    "banner",
    "banners",
    "communique",
    "declaration",
    "letter",
    "message",
    "placards",
    "post",
    "report",
    "resolution",
    "signs",
    "slogans",
    "speech",
    "statement",
    "tweet",
    "video",
];

/// Nouns that measure an act rather than name it ("hours of talks").
const MEASURE_NOUNS: &[&str] = &[
    "hours",
    "days",
    "weeks",
    "months",
    "rounds",
    "round",
    "series",
    "hour",
    "day",
    "dozens",
    "hundreds",
    "thousands",
    // "tens of thousands of protesters stormed": the crowd acts.
    "tens",
    "scores",
    "barrage",
    "volley",
    "wave",
];

/// Verbs of contact, after which an infinitive is the subject's purpose, not an act asked of
/// the one contacted.
const CONTACT_VERB_STEMS: &[&str] = &[
    "telephon", "phone", "phoning", "called", "calling", "calls", "visit", "met", "meet", "host",
    "receiv", "summon", "rang", "ring",
];

/// "Obama telephoned Kenyatta on Sunday to offer his condolences", "visited Kiev to express
/// support": the purpose of a contact is addressed to the one contacted, when it names no one
/// of its own.
fn contacted(tree: &SentenceTree, i: usize) -> Option<usize> {
    if !matches!(tree.rel(i), "advcl" | "xcomp") || !tree.is_to_infinitive(i) {
        return None;
    }
    let head = tree.head(i)?;
    let form = tree.forms[head].to_lowercase();
    if !CONTACT_VERB_STEMS.iter().any(|s| form.starts_with(s)) {
        return None;
    }
    tree.dep(head, &["obj"]).filter(|&o| o < i)
}
