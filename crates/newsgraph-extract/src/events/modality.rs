//! Factuality of a coded event: asserted, intended (will, plans to, is expected to), negated
//! (did not meet, refused to meet), hypothetical (if, whether, could) or reported (said that).
//!
//! **Invariant:** modality is read from the trigger's own clause and the clauses that govern it,
//! never from words elsewhere in the sentence; where several apply, the strongest doubt wins
//! (negated, then hypothetical, then intended, then reported).

use super::tree::SentenceTree;
use crate::record::Modality;

const NEGATORS: &[&str] = &["not", "n't", "never", "no"];
const FUTURE_AUX: &[&str] = &["will", "shall", "'ll", "wo"];
const HYPOTHETICAL_AUX: &[&str] = &["could", "might", "may", "would", "should"];
const CONDITIONAL_MARKS: &[&str] = &["if", "whether", "unless"];
/// Verbs whose complement is a planned or expected act ("plans to meet", "is expected to raise").
const INTENT_CONTROLLERS: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "intending",
    "expect",
    "expects",
    "expected",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "want",
    "wants",
    "wanted",
    "seek",
    "seeks",
    "sought",
    "aim",
    "aims",
    "aimed",
    "schedule",
    "scheduled",
    "set",
    "due",
    "prepare",
    "prepares",
    "prepared",
    "preparing",
    "going",
    "vow",
    "vows",
    "vowed",
    "pledge",
    "pledged",
    "pledges",
    "promise",
    "promised",
    "promises",
    "decide",
    "decided",
    "decides",
    "ready",
    "agree",
    "agreed",
    "agrees",
    "offer",
    "offered",
    "offers",
];
/// Verbs whose infinitive is what someone was asked to do, not what was done ("urged Manila to
/// withdraw", "invited Lula to return", "calling on Serbia to arrest those responsible").
const APPEAL_CONTROLLERS: &[&str] = &[
    "urge",
    "urged",
    "urges",
    "urging",
    "ask",
    "asked",
    "asks",
    "asking",
    "appeal",
    "appealed",
    "appeals",
    "appealing",
    "call",
    "called",
    "calls",
    "calling",
    "invite",
    "invited",
    "invites",
    "inviting",
    "press",
    "pressed",
    "presses",
    "pressing",
    "encourage",
    "encouraged",
    "encourages",
    "encouraging",
    "demand",
    "demanded",
    "demands",
    "demanding",
    "tell",
    "told",
    "tells",
    "telling",
];

/// Whether `form` is a verb of appeal, whose infinitive names what was asked for.
pub fn is_appeal(form: &str) -> bool {
    APPEAL_CONTROLLERS.contains(&form.to_lowercase().as_str())
}

/// Verbs of command, as their forms start: what they order is coded as the commander's act
/// ("Nasheed ordered the army to arrest the chief judge": Nasheed's arrest of the judge), as
/// CAMEO codes "ordered the expulsion of three diplomats" by its expulsion; addressed to one's
/// own forces they are no demand (10) either.
const COMMAND_STEMS: &[&str] = &["order", "instruct", "direct", "command"];

/// Whether `form` is a verb of command ("ordered", "instructs", "directing").
pub fn is_command(form: &str) -> bool {
    let form = form.to_lowercase();
    COMMAND_STEMS.iter().any(|s| {
        form.strip_prefix(s)
            .is_some_and(|rest| matches!(rest, "" | "s" | "ed" | "ing"))
    })
}

/// "demanding that he resign", "urged that the talks resume": a that-clause of a verb of appeal is
/// what was asked for. Not one of "tell", whose that-clause is a report ("told reporters that").
fn appeal_clause(tree: &SentenceTree, clause: usize, head_form: &str) -> bool {
    is_appeal(head_form)
        && !head_form.starts_with("tell")
        && !head_form.starts_with("told")
        && tree
            .deps(clause, &["mark"])
            .all(|m| tree.forms[m].eq_ignore_ascii_case("that"))
}

/// "called on Serbia to arrest", which the parser may hang on the verb as an adverbial clause:
/// an infinitive of a verb of appeal is the act asked for, as its complement is.
fn appeal_infinitive(tree: &SentenceTree, clause: usize, head_form: &str) -> bool {
    is_appeal(head_form) && tree.is_to_infinitive(clause)
}

/// Verbs whose complement did not happen ("declined to meet", "refused to sign").
const NEGATING_CONTROLLERS: &[&str] = &[
    "decline", "declined", "declines", "refuse", "refused", "refuses", "fail", "failed", "fails",
    "reject", "rejected", "rejects", "deny", "denied", "denies",
];
const SPEECH_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "tell",
    "told",
    "tells",
    "claim",
    "claimed",
    "claims",
    "report",
    "reported",
    "reports",
    "announce",
    "announced",
    "announces",
    "state",
    "stated",
    "add",
    "added",
    "allege",
    "alleged",
    "according",
    "confirm",
    "confirmed",
    "insist",
    "insisted",
    "suggest",
    "suggested",
];

/// Whether a subject says nobody did it: "no" before it ("no soldiers"), or a word that means
/// nobody ("none", "nobody").
fn denied_subject(tree: &SentenceTree, subject: usize) -> bool {
    matches!(tree.forms[subject].as_str(), "none" | "nobody" | "noone")
        || tree.deps(subject, &["det"]).any(|d| tree.forms[d] == "no")
}

/// The modality of the event whose clause is headed by `clause` (the trigger, or for an event
/// noun the verb that governs it).
pub fn of_clause(tree: &SentenceTree, clause: usize) -> Modality {
    let mut negated = false;
    let mut hypothetical = false;
    let mut intended = false;
    let mut reported = false;
    let mut would = false;
    let mut node = clause;
    // Within the clause chain (the trigger and the verbs that control it) negation, future and
    // intent apply; past a clause boundary only conditions and reporting do.
    let mut same_clause = true;
    // "would not hesitate to nullify": the "not" denies the hesitation, not the act.
    let mut unhesitating = None;
    // Whether the clause the walk came from has a subject of its own, so that this node's
    // auxiliaries, negation and subject are not its: "said no Americans had been harmed *and that
    // the United States would impose* sanctions" (a conjunct), "said it would send doctors,
    // *Britain has promised* to build a centre", a clause the parser hangs on another).
    let mut own_subject_below = false;
    for _ in 0..tree.len() {
        let shared = !own_subject_below;
        for c in tree.children(node).iter().copied() {
            let f = tree.forms[c].as_str();
            match tree.rel(c) {
                "advmod" | "neg"
                    if shared
                        && same_clause
                        && NEGATORS.contains(&f)
                        && unhesitating != Some(node) =>
                {
                    negated = true
                }
                "aux" if shared && same_clause && FUTURE_AUX.contains(&f) => intended = true,
                // "said he would speak to Putin" is a reported plan; "would" elsewhere a
                // possibility.
                // So is "said he would fly to Ouagadougou to mediate": a purpose clause under
                // a reported "would" is part of the plan.
                "aux" if shared && f == "would" => would = true,
                "aux" if shared && HYPOTHETICAL_AUX.contains(&f) => hypothetical = true,
                "mark" if CONDITIONAL_MARKS.contains(&f) => hypothetical = true,
                // "No asylum seekers have been deported": a subject quantified by "no" denies
                // the act as surely as "not" does.
                "nsubj" | "nsubj:pass" if shared && same_clause && denied_subject(tree, c) => {
                    negated = true
                }
                _ => {}
            }
        }
        let Some(head) = tree.head(node) else { break };
        let rel = tree.rel(node);
        let head_form = tree.forms[head].as_str();
        // An adverbial clause with a conjunction of its own ("would withdraw *once the rebels
        // surrendered*") is under its head's auxiliaries; one without is a clause the parser hung
        // there.
        own_subject_below = (rel == "conj"
            || (rel == "advcl" && tree.deps(node, &["mark"]).next().is_none()))
            && tree
                .deps(node, &["nsubj", "nsubj:pass", "expl"])
                .next()
                .is_some();
        match rel {
            "xcomp" if same_clause => {
                if head_form.starts_with("hesitat") {
                    unhesitating = Some(head);
                } else if NEGATING_CONTROLLERS.contains(&head_form) {
                    negated = true;
                } else if is_appeal(head_form) {
                    hypothetical = true;
                } else if INTENT_CONTROLLERS.contains(&head_form) {
                    intended = true;
                }
            }
            "conj" | "xcomp" => {}
            "advcl" if same_clause && appeal_infinitive(tree, node, head_form) => {
                hypothetical = true
            }
            "ccomp" if appeal_clause(tree, node, head_form) => {
                hypothetical = true;
                same_clause = false;
            }
            "ccomp" | "parataxis" => {
                if SPEECH_VERBS.contains(&head_form) {
                    reported = true;
                }
                same_clause = false;
            }
            "advcl" | "acl" if accused_of(tree, node).is_some() => {
                reported = true;
                same_clause = false;
            }
            "advcl" | "csubj" | "acl" => same_clause = false,
            // An event noun's clause ends at its verb; anything else ends the walk.
            _ => break,
        }
        node = head;
    }
    if would && reported {
        intended = true;
    } else if would {
        hypothetical = true;
    }
    if negated {
        Modality::Negated
    } else if hypothetical {
        Modality::Hypothetical
    } else if intended {
        Modality::Intended
    } else if reported {
        Modality::Reported
    } else {
        Modality::Asserted
    }
}

/// Verbs of accusation, as their forms start: what they say was done is only their claim.
const ACCUSING_STEMS: &[&str] = &["accus", "blam"];

/// "accused Myanmar *of carrying out* ethnic cleansing", "blaming the militants *for burning*
/// the villages", "accused their commanders *of disobeying* a court order": when `clause` is
/// the act an accusation names (a gerund tied by "of" or "for" to a verb of accusation, or to
/// its object), the one accused, whom the act is told of. The parser hangs the gerund on the
/// verb or on its object; either way the accused is the verb's object.
pub fn accused_of(tree: &SentenceTree, clause: usize) -> Option<usize> {
    if !matches!(tree.rel(clause), "advcl" | "acl") {
        return None;
    }
    if !tree
        .deps(clause, &["mark"])
        .any(|m| m < clause && matches!(tree.forms[m].to_lowercase().as_str(), "of" | "for"))
    {
        return None;
    }
    let verb = accusing_verb(tree, tree.head(clause)?)?;
    tree.dep(verb, &["obj"])
}

/// The verb of accusation that a named act hangs on: `head` itself, or the verb whose object
/// `head` is (the parser hangs the act on either).
fn accusing_verb(tree: &SentenceTree, head: usize) -> Option<usize> {
    let verb = if tree.upos[head] == "VERB" {
        head
    } else if tree.rel(head) == "obj" {
        tree.head(head)?
    } else {
        return None;
    };
    let form = tree.forms[verb].to_lowercase();
    ACCUSING_STEMS
        .iter()
        .any(|s| form.starts_with(s))
        .then_some(verb)
}

/// "blamed Iran *for attacks* on six tankers", "accused the army-backed government *of a
/// massacre*": when event noun `noun` is the act an accusation names (its "of" or "for" phrase,
/// beside an object), the one accused.
pub fn accused_noun(tree: &SentenceTree, noun: usize) -> Option<usize> {
    if !matches!(tree.rel(noun), "obl" | "nmod") {
        return None;
    }
    if !matches!(tree.case_of(noun).as_deref(), Some("of" | "for")) {
        return None;
    }
    let verb = accusing_verb(tree, tree.head(noun)?)?;
    tree.dep(verb, &["obj"]).filter(|&o| o < noun)
}

/// The act an accusation names, from any verb in its clause chain ("accused unnamed forces of
/// *trying to seize*"): the gerund [`accused_of`] recognises, or none.
pub fn accused_clause(tree: &SentenceTree, clause: usize) -> Option<usize> {
    let mut node = clause;
    for _ in 0..tree.len() {
        if accused_of(tree, node).is_some() {
            return Some(node);
        }
        if !matches!(tree.rel(node), "xcomp" | "conj") {
            return None;
        }
        node = tree.head(node)?;
    }
    None
}
