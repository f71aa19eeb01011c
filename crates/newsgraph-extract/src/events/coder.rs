//! The coder: finds lexicon triggers in each sentence's dependency tree, fills their frames with
//! actors and recipients from syntax (`frames`: subject, object, passive agent, prepositional
//! recipients, possessors of event nouns; through coordination, apposition, relative clauses and
//! control), links them to entities, and adds modality, place, date and the codebook's facts.
//!
//! **Invariant:** every trigger the lexicon knows ends up either as an event or as a candidate with
//! the reason it was dropped, so `newsgraph explain` can show both; no sentence makes it panic.

use super::frames::{Frame, match_frame, slot_name, subjects};
use super::lexicon::{LexEntry, Lexicon, Slot, TriggerKind};
use super::modality;
use super::place_date::{self, Dated};
use super::tree::SentenceTree;
use crate::Parsed;
use crate::entities::is_state_country;
use crate::record::{
    DateSource, Entity, EntityType, Event, EventPlace, Evidence, Mention, Modality, Participant,
    Plover, Quote, TimeExpr,
};
use newsgraph_kb::codebook::Codebook;
use newsgraph_kb::{ActorCode, CameoCode, EntryKind, Kb};

/// A trigger the coder looked at: what fired, or why nothing did.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub sentence: usize,
    /// Token index within the sentence.
    pub token: usize,
    pub form: String,
    /// The rule of the entry that fired, if one did.
    pub rule: Option<String>,
    /// Why this trigger gave no event (or which entries lost to a more specific one).
    pub reasons: Vec<String>,
}

/// The coder's output for one article.
#[derive(Debug, Clone, Default)]
pub struct Coding {
    pub events: Vec<Event>,
    pub candidates: Vec<Candidate>,
}

impl Coding {
    /// The events a record keeps. CAMEO event data is dyadic: an event is recorded when both its
    /// sides carry an actor code, as PETRARCH and the Phoenix data keep them and as the coding
    /// rules of `eval/events-dev/README.md` code them (no event whose actor the text does not
    /// name, no statement without its recipient, but a denial or rejection whose target is vague,
    /// 016, 120 or 125, is kept with no recipient). A participant left uncoded beside a coded one
    /// ("Biden and his aides") leaves its side. An act with a side wholly uncoded ("called the
    /// junta illegitimate" when "the junta" has no code, "Oli resigned") is not recorded: its
    /// trigger keeps the reason, which `newsgraph explain` shows. The coder itself keeps such
    /// acts, so that a later sentence still finds one as its antecedent ("rejected the
    /// accusation").
    pub fn dyadic(self) -> Coding {
        let Coding {
            events,
            mut candidates,
        } = self;
        let coded = |p: &Participant| p.actor.is_some();
        let mut kept = Vec::with_capacity(events.len());
        for mut ev in events {
            // "Syria has denied using chemical weapons", "rejected criticism from abroad": a
            // denial or rejection whose target the text leaves vague is coded with no recipient,
            // as the development sets code it. Refusals to yield (124), defiance (128) and vetoes
            // (129) are of someone: the sets lost more than they gained by them.
            let vague_rejection = matches!(ev.cameo.as_str().get(..3), Some("016" | "120" | "125"))
                && !ev.recipients.iter().any(coded);
            let uncoded = if !ev.actors.iter().any(coded) {
                Some(("actor", &ev.actors))
            } else if !ev.recipients.iter().any(coded) && !vague_rejection {
                Some(("recipient", &ev.recipients))
            } else {
                None
            };
            let Some((side, named)) = uncoded else {
                ev.actors.retain(coded);
                ev.recipients.retain(coded);
                kept.push(ev);
                continue;
            };
            let named: Vec<&str> = named.iter().map(|p| p.text.as_str()).collect();
            let why = format!(
                "{} [{}]: not recorded, no {side} with an actor code ({})",
                ev.rule,
                ev.cameo.as_str(),
                if named.is_empty() {
                    "none named".to_string()
                } else {
                    named.join(", ")
                }
            );
            // An event's rule is its entry's rule, then `#` and how its actor was found.
            let fired_it = |c: &&mut Candidate| {
                c.sentence == ev.evidence.sentence
                    && c.rule.as_deref().is_some_and(|r| {
                        ev.rule
                            .strip_prefix(r)
                            .is_some_and(|rest| rest.starts_with('#'))
                    })
            };
            if let Some(c) = candidates.iter_mut().find(fired_it) {
                c.reasons.push(why);
            }
        }
        number_events(&mut kept);
        Coding {
            events: kept,
            candidates,
        }
    }
}

/// The mark on the rule of an act kept only for later words to refer to
/// ([`Coder::unaddressed_act`]).
const UNADDRESSED: &str = "#unaddressed";

/// The most parties a joint act is coded between, each to each.
const MAX_MUTUAL_PARTIES: usize = 3;

/// Why the act an accusation names is not coded: it is no force.
const ACCUSED_ACT_NOT_FORCE: &str =
    "an act an accusation names is coded only when it is force (15, 17-20)";

/// Gives events their ids in record order: V1, V2 ...
fn number_events(events: &mut [Event]) {
    for (n, ev) in events.iter_mut().enumerate() {
        ev.id = format!("V{}", n + 1);
    }
}

/// Codes events with a lexicon and the codebook.
pub struct Coder<'l> {
    lexicon: &'l Lexicon,
    codebook: &'static Codebook,
    /// For the nationality words that qualify an authority ("Russian custody"): the entity
    /// stage gives them no mention of their own.
    kb: Option<&'l Kb>,
}

/// Words that name the state's coercive arm: with a country attached ("Russian custody") they
/// make the actor of an agentless arrest certain.
const AUTHORITY_NOUNS: &[&str] = &[
    "custody",
    "authorities",
    "authority",
    "police",
    "court",
    "courts",
    "prison",
    "jail",
    "detention",
    "prosecutors",
    "investigators",
    "government",
    "security",
];
/// Weapons and units that only a state's armed forces field: with a nationality they are that
/// state's military ("Israeli aircraft struck", "Belarusian helicopters").
const MILITARY_NOUNS: &[&str] = &[
    "aircraft",
    "warplanes",
    "warplane",
    "jets",
    "bombers",
    "helicopters",
    "helicopter",
    "drones",
    "drone",
    "missiles",
    "missile",
    "rockets",
    "artillery",
    "tanks",
    "warships",
    "warship",
    "navy",
    "troops",
    "soldiers",
    "forces",
    "army",
    "military",
    "strikes",
    "airstrikes",
    "airstrike",
    "base",
    "bases",
    "positions",
    "outposts",
    "shelling",
    "bombardment",
    "bombs",
    "shells",
];
/// Weapons fired from the air, and those fired from the ground, as CAMEO tells them apart: what
/// they kill or hit is conventional military force (195 aerial weapons, 194 artillery), not the
/// unconventional violence (18) of a gunman ("Israeli strikes killed at least 72 people": 195).
const AERIAL_WEAPONS: &[&str] = &[
    "strikes",
    "airstrikes",
    "airstrike",
    "missiles",
    "missile",
    "drones",
    "drone",
    "warplanes",
    "warplane",
    "jets",
    "bombers",
    "aircraft",
    "helicopters",
    "helicopter",
    "bombs",
    "bombing",
    "bombings",
];
const ARTILLERY_WEAPONS: &[&str] = &[
    "shelling",
    "artillery",
    "shells",
    "rockets",
    "rocket",
    "mortars",
    "mortar",
    "tanks",
    "bombardment",
];
/// Nouns for places and sites that force is used against: with a country they are its
/// territory ("military sites in several Iranian provinces", "the town of Konna").
const PLACE_NOUNS: &[&str] = &[
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "site",
    "sites",
    "target",
    "targets",
    "area",
    "areas",
    "positions",
    "province",
    "provinces",
    "region",
    "regions",
    "district",
    "districts",
    "territory",
];
/// Words that count the dead or hurt without saying who they were.
const CASUALTY_NOUNS: &[&str] = &["people", "persons"];
/// Roles that only exist inside one state: an actor coded with one of these alone ("the army":
/// `MIL`) belongs to some country the text takes as known.
/// Insurgents, labour and students are a country's too ("some 7,000 guerrillas", "garment
/// workers", "students"); a business may be multinational and stays as coded.
const DOMESTIC_ROLES: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "SPY", "LEG", "OPP", "REB", "CVL", "CRM", "MED", "ELI", "PTY",
    "REF", "INS", "LAB", "EDU",
];
/// Whether the head of an actor code names a state: a country, not a role standing alone
/// (`MIL`) nor an international body (`IGO`, `NGO`).
fn is_state(head: &str) -> bool {
    !DOMESTIC_ROLES.contains(&head) && !matches!(head, "IGO" | "NGO")
}

/// Whether an actor code is a state and nothing more: a country named bare (`KIR`), with no role
/// after it, and no role standing alone (`MIL`) nor an international body.
fn is_bare_state(code: &str) -> bool {
    code.len() == 3 && is_state(code)
}

/// Roles of those who take up arms or a cause against their own state: rebels, insurgents, the
/// opposition, separatists.
const DISSIDENT_ROLES: &[&str] = &["REB", "INS", "OPP", "SEP"];

/// Whether an actor code is a dissident's ([`DISSIDENT_ROLES`]) within its country.
fn is_dissident(code: &ActorCode) -> bool {
    has_role(code, DISSIDENT_ROLES)
}

/// Whether an actor code holds one of `roles` after its country or body (`SDNMIL` holds `MIL`).
fn has_role(code: &ActorCode, roles: &[&str]) -> bool {
    code.groups().skip(1).any(|g| roles.contains(&g))
}

/// The government of a state named bare (`KIR`: `KIRGOV`), for a state that acts as one ("both
/// leaders", "Kiribati's decision"); `None` for any code with a role or for a body that is no
/// state.
fn government_of(a: &ActorCode) -> Option<ActorCode> {
    let c = a.as_str();
    is_bare_state(c)
        .then(|| ActorCode::new(&format!("{c}GOV")).ok())
        .flatten()
}
const FIRST_PERSON: &[&str] = &["we", "i", "us", "me", "our"];
/// Plural nouns that, counted as two ("the two leaders", "both sides"), name the pair of actors
/// the article has just set against each other.
const PAIR_NOUNS: &[&str] = &[
    "leaders",
    "sides",
    "governments",
    "countries",
    "nations",
    "presidents",
    "ministers",
    "parties",
    "neighbours",
    "neighbors",
    "delegations",
    "men",
    "partners",
    "allies",
    "rivals",
    "camps",
    "factions",
];

/// Pair nouns that name two people, not two countries or groups.
const PERSON_PAIR_NOUNS: &[&str] = &["leaders", "presidents", "ministers", "men"];

impl<'l> Coder<'l> {
    pub fn new(lexicon: &'l Lexicon) -> Coder<'l> {
        Coder {
            lexicon,
            codebook: Codebook::builtin(),
            kb: None,
        }
    }

    /// Lets the coder read countries off nationality words with the knowledge base's demonyms.
    pub fn with_kb(mut self, kb: Option<&'l Kb>) -> Coder<'l> {
        self.kb = kb;
        self
    }

    /// Codes every sentence of a parsed article. `quotes` lets a first-person actor inside a quote
    /// ("we will support ...") stand for the quote's speaker.
    pub fn code(
        &self,
        p: &Parsed,
        entities: &[Entity],
        times: &[TimeExpr],
        quotes: &[Quote],
    ) -> Coding {
        let mut coding = Coding::default();
        if !p.analysed {
            return coding;
        }
        let published = p.published();
        let home = home_country(entities);
        for s in 0..p.doc.sentences.len().min(p.analyses.len()) {
            let tree = SentenceTree::with_lexicon(p, s, self.lexicon);
            // The sentence's context; each trigger sees the events coded before it.
            let sentence = Context {
                p,
                tree: &tree,
                entities,
                times,
                quotes,
                published,
                kb: self.kb,
                home: home.as_deref(),
                earlier: &[],
                lexicon: self.lexicon,
            };
            let mut consumed: Vec<usize> = Vec::new();
            // Verbs first, so a verb that consumes its object noun ("held talks") keeps the noun
            // from firing again as an event noun.
            let mut order: Vec<usize> = (0..tree.len()).collect();
            order.sort_by_key(|&i| tree.upos[i] != "VERB");
            for i in order {
                if consumed.contains(&i) {
                    continue;
                }
                let kinds: &[TriggerKind] = match tree.upos[i] {
                    "VERB" => &[TriggerKind::Verb, TriggerKind::State],
                    // "the army's new offensive": an adjective the tagger gives a noun's place.
                    "ADJ" if matches!(tree.rel(i), "nsubj" | "obj" | "obl" | "nmod") => {
                        &[TriggerKind::State, TriggerKind::Noun]
                    }
                    "ADJ" => &[TriggerKind::State],
                    "NOUN" | "PROPN" => &[TriggerKind::Noun],
                    _ => &[],
                };
                let entries: Vec<&LexEntry> = kinds
                    .iter()
                    .flat_map(|&k| self.lexicon.lookup(k, &tree.forms[i]))
                    .collect();
                if entries.is_empty() {
                    continue;
                }
                let mut cand = Candidate {
                    sentence: s,
                    token: i,
                    form: tree.forms[i].clone(),
                    rule: None,
                    reasons: Vec::new(),
                };
                let mut matched: Vec<(&LexEntry, Frame)> = Vec::new();
                let mut unaddressed: Vec<&LexEntry> = Vec::new();
                for e in entries {
                    match match_frame(&tree, i, e) {
                        Ok(f) => matched.push((e, f)),
                        Err(why) => {
                            if why.starts_with("no recipient") {
                                unaddressed.push(e);
                            }
                            cand.reasons.push(format!("{}: {why}", e.rule()))
                        }
                    }
                }
                // The most specific frame that makes an event wins (the first written among
                // equals); one that fails to (no actor coded, no addressee) gives way to the next,
                // so a general pattern still codes what a specific one could not.
                // An optional prepositional recipient that is absent ("shot dead by police": no
                // "at") makes the pattern no more specific than a bare one.
                matched.sort_by_key(|(e, f)| {
                    let unfilled =
                        matches!(e.recipient, Some(Slot::Prep(_))) && f.recipients.is_empty();
                    std::cmp::Reverse(e.specificity().saturating_sub(2 * unfilled as usize))
                });
                for (entry, frame) in matched {
                    if cand.rule.is_some() {
                        cand.reasons
                            .push(format!("{}: less specific", entry.rule()));
                        continue;
                    }
                    let ctx = Context {
                        earlier: &coding.events,
                        ..sentence
                    };
                    match self.build(&ctx, i, entry, &frame) {
                        Ok(evs) => {
                            cand.rule = Some(entry.rule());
                            consumed.extend(&frame.consumed);
                            // "Egypt mediated the ceasefire between Israel and Hamas": the act
                            // a mediation brings about is its topic, not an event told beside it.
                            if entry.code.as_str().starts_with("045") {
                                consumed.extend(
                                    frame
                                        .recipients
                                        .iter()
                                        .copied()
                                        .chain(tree.deps(i, &["obj"]))
                                        .filter(|&t| tree.upos[t] == "NOUN"),
                                );
                            }
                            coding.events.extend(evs);
                        }
                        Err(why) => {
                            cand.reasons.push(format!("{}: {why}", entry.rule()));
                            // "accused Hungary of striking a deal with Baku": the sense the most
                            // specific frame found is no force, so no vaguer sense ("strike R")
                            // may code the act the accusation names.
                            if why == ACCUSED_ACT_NOT_FORCE {
                                break;
                            }
                        }
                    }
                }
                if cand.rule.is_none() {
                    let ctx = Context {
                        earlier: &coding.events,
                        ..sentence
                    };
                    // The entries that failed for want of a recipient only, that recipient
                    // made optional, the most specific first.
                    let mut relaxed: Vec<LexEntry> = unaddressed
                        .iter()
                        .map(|&e| LexEntry {
                            recipient_required: false,
                            ..e.clone()
                        })
                        .collect();
                    relaxed.sort_by_key(|e| std::cmp::Reverse(e.specificity()));
                    let threat = self.threat_in_clause(&ctx, i, &relaxed);
                    let kept = threat
                        .is_none()
                        .then(|| self.unaddressed_act(&ctx, i, &relaxed))
                        .flatten();
                    if let Some((rule, evs)) = threat {
                        cand.rule = Some(rule);
                        coding.events.extend(evs);
                    }
                    if let Some(act) = kept {
                        cand.reasons.push(format!(
                            "{}: kept unrecorded, with no recipient, for later words that refer to it",
                            act.rule.trim_end_matches(UNADDRESSED)
                        ));
                        coding.events.push(act);
                    }
                }
                coding.candidates.push(cand);
            }
        }
        // Acts kept only as antecedents leave with the article.
        coding.events.retain(|e| !e.rule.ends_with(UNADDRESSED));
        let headline = p.doc.article.title.as_ref().map(|_| 0);
        coding.events = dedupe(coding.events, headline);
        number_events(&mut coding.events);
        coding
    }

    /// "warned that its attacks on Saudi Arabia would grow wider", "has warned that it would take
    /// steps in response to the two countries' membership": a threat (13) that names no one
    /// warned but tells what will or would be done in a clause is aimed at the states that clause
    /// names other than the threatening side itself ("warned that Iran would block the corridor"
    /// names only Iran's own side, and no one is threatened). Of `relaxed` (the entries that
    /// failed for want of a recipient only, most specific first, the recipient made optional),
    /// the first threat that codes both sides so wins; its rule and events are returned.
    fn threat_in_clause(
        &self,
        ctx: &Context,
        trigger: usize,
        relaxed: &[LexEntry],
    ) -> Option<(String, Vec<Event>)> {
        let tree = ctx.tree;
        // "warning that relief work would suffer": a participle adds a prediction to another
        // act, it threatens no one; a threat says what will or would be done.
        if tree.forms[trigger].ends_with("ing") {
            return None;
        }
        let clause = tree.deps(trigger, &["ccomp"]).find(|&c| {
            tree.deps(c, &["aux"])
                .any(|a| matches!(tree.forms[a].as_str(), "would" | "will"))
        })?;
        let words = tree.subtree(clause);
        // "warned that it would impose sanctions on Moscow": an act the clause's own words code
        // is the threat itself, coded from that act (a hostile act foretold in a warning).
        let coded_act = words.iter().any(|&t| {
            let kind = match tree.upos[t] {
                "VERB" => TriggerKind::Verb,
                "NOUN" => TriggerKind::Noun,
                _ => return false,
            };
            self.lexicon
                .lookup(kind, &tree.forms[t])
                .any(|e| match_frame(tree, t, e).is_ok())
        });
        if coded_act {
            return None;
        }
        // The clause's own words, not a condition's ("if the North supplied Russia": the frames
        // aim such a warning at the condition's doer).
        let conditions: Vec<usize> = words
            .iter()
            .filter(|&&t| tree.rel(t) == "advcl")
            .flat_map(|&t| tree.subtree(t))
            .collect();
        let threats = relaxed
            .iter()
            .filter(|e| e.code.root() == "13" && e.recipient == Some(Slot::Object));
        threats.into_iter().find_map(|entry| {
            let mut frame = match_frame(tree, trigger, entry).ok()?;
            let own: Vec<String> = frame
                .actors
                .iter()
                .flat_map(|&a| participants(ctx, a))
                .filter_map(|p| code_country(&p).map(str::to_string))
                .collect();
            let named: Vec<usize> = words
                .iter()
                .copied()
                .filter(|t| !conditions.contains(t))
                .filter(|&t| matches!(tree.upos[t], "NOUN" | "PROPN" | "ADJ"))
                .filter(|&t| {
                    let found = participants(ctx, t);
                    !found.is_empty()
                        && found.iter().all(|p| {
                            code_country(p)
                                .is_some_and(|c| is_state(c) && !own.iter().any(|o| o == c))
                        })
                })
                .collect();
            if named.is_empty() {
                return None;
            }
            frame.recipients = named;
            let evs = self.build(ctx, trigger, entry, &frame).ok()?;
            evs.iter()
                .any(|e| e.recipients.iter().any(|r| r.actor.is_some()))
                .then(|| (entry.rule(), evs))
        })
    }

    /// "North Korea fired a ballistic missile into the sea. Yoon condemned *the launch*": an act
    /// whose entry wants a recipient the sentence does not name is no event, but a later word
    /// may still refer to it ([`referred_event`]). The first of `relaxed` (as for
    /// [`Coder::threat_in_clause`]) that codes an actor gives that act, with no recipient and its
    /// rule marked [`UNADDRESSED`]; the coder drops it once the article is coded.
    fn unaddressed_act(
        &self,
        ctx: &Context,
        trigger: usize,
        relaxed: &[LexEntry],
    ) -> Option<Event> {
        relaxed.iter().find_map(|entry| {
            let frame = match_frame(ctx.tree, trigger, entry).ok()?;
            let mut act = self
                .build(ctx, trigger, entry, &frame)
                .ok()?
                .into_iter()
                .find(|e| e.actors.iter().any(|a| a.actor.is_some()))?;
            act.recipients.clear();
            act.rule.push_str(UNADDRESSED);
            Some(act)
        })
    }

    /// The act a verb of command orders, when the lexicon codes it: an infinitive or participle
    /// complement ("ordered the army to arrest", "ordered him held") or an event noun as its
    /// object ("ordered the release of").
    fn ordered_act(&self, tree: &SentenceTree, command: usize) -> Option<usize> {
        tree.deps(command, &["xcomp", "advcl", "obj"]).find(|&c| {
            let kind = match (tree.rel(c), tree.upos[c]) {
                ("obj", "NOUN") => TriggerKind::Noun,
                ("xcomp" | "advcl", "VERB") => TriggerKind::Verb,
                _ => return false,
            };
            let infinitive = tree.rel(c) != "advcl" || tree.is_to_infinitive(c);
            infinitive
                && self
                    .lexicon
                    .lookup(kind, &tree.forms[c])
                    .any(|e| match_frame(tree, c, e).is_ok())
        })
    }

    fn build(
        &self,
        ctx: &Context,
        trigger: usize,
        entry: &LexEntry,
        frame: &Frame,
    ) -> Result<Vec<Event>, String> {
        let tree = ctx.tree;
        // "said the rebels had shelled the town": a reported act the lexicon codes is coded as
        // itself (and, if it is force, as the speaker's accusation), not as a bare charge.
        if entry.claim
            && let Some(reported) = tree.deps(trigger, &["ccomp"]).find(|&c| {
                self.lexicon
                    .lookup(TriggerKind::Verb, &tree.forms[c])
                    .any(|e| match_frame(tree, c, e).is_ok())
            })
        {
            return Err(format!(
                "the reported clause codes its own act ('{}')",
                tree.forms[reported]
            ));
        }
        // "helped the authorities in Gibraltar to detain a tanker", "will help Pyongyang build
        // satellites", "helped evacuate 200 people": help with an act is a part in that act,
        // which its own verb codes (or the development sets code as the act), not aid.
        if HELPING_LEMMAS.contains(&entry.lemma.as_str())
            && entry.code.root() == "07"
            && tree.deps(trigger, &["xcomp", "ccomp"]).next().is_some()
        {
            return Err("help with an act is a part in the act, not aid".into());
        }
        // "whose envoys had tried for weeks to mediate": trying to do something is an attempt,
        // never a trial, wherever the parser hangs the infinitive.
        if entry.lemma == "try"
            && tree.children(trigger).iter().any(|&c| {
                tree.upos[c] == "VERB" && tree.deps(c, &["mark"]).any(|m| tree.forms[m] == "to")
            })
        {
            return Err("'tried to': an attempt, not a trial".into());
        }
        let mut actors: Vec<Participant> = frame
            .actors
            .iter()
            .flat_map(|&t| {
                let found = participants(ctx, t);
                if found.iter().any(|p| p.actor.is_some()) {
                    return found;
                }
                side_by_side_subject(ctx, t).unwrap_or(found)
            })
            .collect();
        let n_actors = actors.len();
        let mut recipients: Vec<Participant> = frame
            .recipients
            .iter()
            .flat_map(|&t| participants(ctx, t))
            .collect();
        // "called on his supporters to take to the streets", "urged its followers to stay home":
        // a leader's appeal to his own following is the rallying of a side, not an appeal made
        // to another actor, and the hand-coded sets leave it out (8 of 10 times).
        if entry.code.root() == "02"
            && !frame.recipients.is_empty()
            && frame.recipients.iter().all(|&t| own_following(tree, t))
        {
            return Err("an appeal to the actor's own following, not to another actor".into());
        }
        // "Gallant warned that Israel would hit back": no one threatens their own country; the
        // warning is aimed at someone the sentence does not name. Those who fight or oppose
        // their own state do threaten it ("The PKK threatened to retaliate against Turkey").
        if entry.code.root() == "13" {
            let own: Vec<&str> = actors
                .iter()
                .filter(|a| !a.actor.as_ref().is_some_and(is_dissident))
                .filter_map(code_country)
                .collect();
            recipients.retain(|r| code_country(r).is_none_or(|c| !own.contains(&c)));
        }
        let reaction = matches!(entry.code.root(), "11" | "12") || is_denial(entry);
        // "called the demand for an apology groundless", "received credible reports": one meets,
        // phones or receives an actor; an object that is no actor is no one contacted, and never
        // stands for whoever did an act or is its topic. A visit is to a place ("toured the
        // province of Hatay") and a mediation between sides ("talks brokered by China"), which
        // their topics name.
        let contact = entry.code.root() == "04"
            && !matches!(entry.code.as_str().get(..3), Some("042" | "045"))
            && matches!(entry.recipient, Some(Slot::Object));
        for (k, &t) in frame.recipients.iter().enumerate().filter(|_| !contact) {
            let act = if reaction {
                act_antecedent(ctx, t).unwrap_or(t)
            } else {
                t
            };
            if let Some(part) = recipients.get(k)
                && part.actor.is_none()
                && frame.recipients.len() == recipients.len()
                && let Some(done) = act_doers(ctx, act, trigger, &actors)
            {
                recipients.splice(k..=k, done);
                break;
            }
        }
        // "insisted on talks with Ukraine", "deplored the attack on the peacekeepers": a recipient
        // that is an act, not an actor, stands for the actor the act is about.
        if frame.recipients.len() == recipients.len() {
            let own = participants_of(ctx, &frame.actors);
            // Each original recipient is replaced by what it stands for; indices follow the
            // frame's tokens, not the growing list.
            let mut resolved: Vec<Participant> = Vec::with_capacity(recipients.len());
            // "demanded his release", linked to him through "his", or "demanded the release of
            // Keita": asked of his captors.
            let release_asked = matches!(entry.code.as_str(), "0253" | "1053");
            for (part, &t) in recipients.into_iter().zip(&frame.recipients) {
                if (RELEASE_NOUNS.contains(&tree.forms[t].as_str()) || release_asked)
                    && part.entity.is_some()
                    && let Some(captors) = captors_of(ctx, std::slice::from_ref(&part))
                {
                    resolved.extend(captors);
                    continue;
                }
                if part.actor.is_none() && !contact {
                    // The parser may hang the act's topic on the verb instead ("vowed support
                    // *for Ukraine*").
                    let mut about = topic_actors(ctx, t, &own, 2);
                    // A mediator's "with" is a partner in the mediation ("brokered by Qatar
                    // together with the United States"), not a party to what is mediated.
                    if about.is_empty() && !entry.code.as_str().starts_with("045") {
                        about = topic_actors(ctx, trigger, &own, 1);
                    }
                    if !about.is_empty() {
                        resolved.extend(about);
                        continue;
                    }
                }
                resolved.push(part);
            }
            recipients = resolved;
            // A topic may name an actor already listed ("Putin and Russian Foreign Minister
            // Lavrov", with "Russian" parsed as a conjunct of its own): list each once.
            let mut seen: Vec<(Option<String>, Option<String>)> = Vec::new();
            recipients.retain(|p| {
                let key = (
                    p.entity.clone(),
                    p.entity
                        .is_none()
                        .then(|| p.actor.as_ref().map(|a| a.to_string()))
                        .flatten(),
                );
                if p.entity.is_some() && seen.contains(&key) {
                    return false;
                }
                seen.push(key);
                true
            });
        }
        // "Cuba and Norway have mediated the peace talks": what is mediated, named by an act
        // noun rather than its parties, is between the two sides the article last set against
        // or beside each other.
        if entry.code.as_str().starts_with("045")
            && !recipients.iter().any(|p| p.actor.is_some())
            && let Some(pair) = latest_pair(
                ctx,
                &|p| {
                    !actors
                        .iter()
                        .any(|a| a.entity == p.entity && a.actor == p.actor)
                },
                PairScope::EarlierSentences,
            )
        {
            recipients = pair;
        }
        if !entry.recipient_required && recipients.is_empty() {
            recipients = implicit_recipients(ctx, trigger, entry, frame);
        }
        // "Pyongyang has denied any role", "rejected the claims as absurd": what is denied or
        // rejected, when it is no actor, stands for whoever made the claim.
        if (entry.code.root() == "12" || is_denial(entry))
            && !recipients.is_empty()
            && recipients.iter().all(|p| p.actor.is_none())
        {
            let accusers = implicit_recipients(ctx, trigger, entry, frame);
            if !accusers.is_empty() {
                recipients = accusers;
            }
        }
        // "The military declared a nationwide curfew", "lifted martial law": a curfew, a state
        // of emergency or martial law, imposed or lifted with no one named, bears on the
        // actor's own country (its population), not on any actor the sentence mentions.
        if EMERGENCY_RULE_CODES.contains(&entry.code.as_str())
            && frame.recipients.is_empty()
            // "The junta imposed a curfew": a role with no country of its own yet rules in the
            // country the article is about, as its actor code will say.
            && let Some(country) = actors
                .iter()
                .find_map(code_country)
                .and_then(|c| {
                    if DOMESTIC_ROLES.contains(&c) {
                        ctx.home
                    } else {
                        Some(c)
                    }
                })
                .filter(|c| is_state(c) && !matches!(*c, "BUS" | "AGR" | "EDU"))
            && let Ok(code) = ActorCode::new(country)
        {
            recipients = vec![implied(format!("the population of {country}"), Some(code))];
        }
        if entry.code.root() == "14" {
            protesting_people(ctx, &entry.code, &mut actors, &recipients);
        }
        // "Students staged a protest", "the unions declared a general strike": a protest (14)
        // by a country's opposition or people that names no target is made against that
        // country's government, as the development sets code 38 of their 59 protests.
        // Protesters with no country yet take the event's place's, as [`give_country`] will
        // give them ("protesters ... in Yerevan, ransacking offices": Armenia's, in an article
        // whose entities name Azerbaijan most).
        let protest_place = (entry.code.root() == "14")
            .then(|| place_date::place(ctx.tree, trigger, frame.clause, ctx.entities, entry))
            .flatten()
            .and_then(|pl| pl.country)
            .filter(|c| is_bare_state(c));
        if entry.code.root() == "14"
            && !recipients.iter().any(|p| p.actor.is_some())
            // "Hundreds of protesters marched in Abuja": protesters with no country yet are the
            // article's country's, as their actor code will say.
            && let Some(country) = actors
                .iter()
                .filter_map(|a| a.actor.as_ref())
                .find_map(|a| {
                    let a = a.as_str();
                    let popular = |r: &str| matches!(r, "OPP" | "CVL" | "LAB" | "EDU");
                    if popular(a) {
                        protest_place.as_deref().or(ctx.home)
                    } else {
                        a.get(3..).filter(|r| popular(r)).and(a.get(..3))
                    }
                })
                .filter(|c| is_state(c))
            && let Ok(code) = ActorCode::new(&format!("{country}GOV"))
        {
            recipients = vec![implied(format!("the government of {country}"), Some(code))];
        }
        // "police broke up protests", "dispersed the demonstration": repression (17) of a
        // protest named by its noun is done to the protesters, the opposition of the country
        // whose forces act (the development sets code protesters OPP).
        if entry.code.root() == "17" && recipients.len() == frame.recipients.len() {
            let country = actors
                .iter()
                .find_map(code_country)
                .filter(|c| is_state(c))
                .map(str::to_string);
            for (part, &t) in recipients.iter_mut().zip(&frame.recipients) {
                if part.actor.is_none()
                    && PROTEST_NOUNS.contains(&tree.forms[t].to_lowercase().as_str())
                    && let Some(c) = &country
                    && let Ok(code) = ActorCode::new(&format!("{c}OPP"))
                {
                    part.actor = Some(code);
                    part.inferred = true;
                }
            }
        }
        // "Britain will expel 23 Russian diplomats", "expelled India's high commissioner": a
        // diplomat is his government's, and what is done to him is done to it.
        if let Some(&envoy) = frame
            .consumed
            .iter()
            .find(|&&c| DIPLOMAT_NOUNS.contains(&tree.forms[c].to_lowercase().as_str()))
        {
            let lo = tree
                .children(envoy)
                .iter()
                .copied()
                .min()
                .unwrap_or(envoy)
                .min(envoy);
            let country = tree
                .deps(envoy, &["nmod:poss"])
                .flat_map(|o| participants(ctx, o))
                .find_map(|p| code_country(&p).map(str::to_string))
                .or_else(|| {
                    qualified_country(ctx, lo, envoy)
                        .and_then(|a| a.as_str().get(..3).map(str::to_string))
                })
                .filter(|c| is_state(c));
            // Only where the sentence names no one else: the envoy's bare country, or nobody.
            let unnamed = recipients.iter().all(|p| {
                p.actor
                    .as_ref()
                    .is_none_or(|a| Some(a.as_str()) == country.as_deref())
            });
            if unnamed
                && let Some(c) = country
                && let Ok(code) = ActorCode::new(&format!("{c}GOV"))
            {
                recipients = vec![implied(tree.forms[envoy].clone(), Some(code))];
            }
        }
        // "fired tear gas to clear the protesters", "used water cannon to push back
        // protesters": force used to repress with no one named is used against the object of its
        // purpose infinitive.
        if entry.code.as_str() == "175"
            && !recipients.iter().any(|p| p.actor.is_some())
            && let Some(o) = purpose_object(tree, trigger)
        {
            let aimed: Vec<Participant> = participants(ctx, o)
                .into_iter()
                .filter(|p| p.actor.is_some())
                .collect();
            if !aimed.is_empty() {
                recipients = aimed;
            }
        }
        // "had threatened to kill them unless the military halted its offensive": a threat
        // made on a condition is aimed at the one the condition asks to act, not at the
        // hostages it names.
        if entry.code.root() == "13" {
            let clauses: Vec<usize> = std::iter::once(trigger)
                .chain(tree.deps(trigger, &["xcomp"]))
                .collect();
            let conditioned: Vec<Participant> = clauses
                .iter()
                .flat_map(|&c| tree.deps(c, &["advcl"]))
                .filter(|&v| {
                    tree.deps(v, &["mark"])
                        .any(|m| matches!(tree.forms[m].to_lowercase().as_str(), "unless" | "if"))
                })
                .filter_map(|v| tree.dep(v, &["nsubj"]))
                .flat_map(|s| participants(ctx, s))
                .filter(|p| p.actor.is_some() && !actors.iter().any(|a| a.actor == p.actor))
                .collect();
            if !conditioned.is_empty() {
                recipients = conditioned;
            }
        }
        if material(entry) {
            let n = recipients.len();
            for (k, part) in recipients.iter_mut().enumerate() {
                // People repressed are coded by who they are, not where ("516 people had been
                // detained in Nukus"): see [`repressed_people`].
                if part.actor.is_none()
                    && frame.recipients.len() == n
                    && let Some(&t) = frame.recipients.get(k)
                    && !(entry.code.root() == "17" && is_people_group(tree, t))
                {
                    part.actor = located_target(ctx, t, trigger);
                    if part.actor.is_none()
                        && let Some(owner) = possessive_owner(ctx, t, &actors)
                    {
                        *part = owner;
                    }
                }
            }
        }
        // "The FSB said *it* had detained Gershkovich": a pronoun subject of a reported clause
        // the entity stage left unlinked is the one reporting.
        for (k, part) in actors.iter_mut().enumerate() {
            if part.entity.is_none()
                && part.actor.is_none()
                && frame.actors.len() == n_actors
                && let Some(&t) = frame.actors.get(k)
                && REPORTED_PRONOUNS.contains(&tree.forms[t].as_str())
                && let Some(sp) = reporting_speaker(ctx, frame.clause)
                    .or_else(|| governing_subject(ctx, frame.clause, t))
            {
                *part = sp;
            }
        }
        let passive = entry.kind == TriggerKind::Verb && tree.is_passive(trigger);
        // "The anti-corruption agency said Khan was charged": a state body that reports an
        // agentless arrest or charge is the one that made it.
        if actors.is_empty()
            && passive
            && implies_state_actor(entry)
            && let Some(mut sp) = reporting_speaker(ctx, frame.clause)
            && sp.actor.as_ref().is_some_and(|a| {
                a.groups()
                    .any(|g| matches!(g, "GOV" | "JUD" | "COP" | "SPY" | "MIL"))
            })
        {
            sp.inferred = true;
            actors.push(custodian(entry, sp));
        }
        if actors.is_empty()
            && passive
            && implies_state_actor(entry)
            && let Some(a) = implied_authority(ctx, trigger)
        {
            actors.push(custodian(entry, a));
        }
        // "Lula was convicted last year", "Imamoglu was detained on Wednesday", "Khan was
        // charged with accepting land as a bribe": only a state convicts, arrests, charges or
        // expels, and when the text names no authority it is the state of the place where it
        // happened, else of the country the article is about.
        if actors.is_empty()
            && passive
            && let Some((role, body)) = implied_state_role(entry)
            && let Some(c) = place_date::place(ctx.tree, trigger, frame.clause, ctx.entities, entry)
                .and_then(|pl| pl.country)
                .filter(|c| is_state_country(c))
                .or(ctx.home.map(str::to_string))
            && let Ok(state) = ActorCode::new(&format!("{c}{role}"))
        {
            actors.push(implied(
                format!("the {body} implied by '{}'", tree.forms[trigger]),
                Some(state),
            ));
        }
        // "weeks of protests against his government", "mass protests against the official
        // result": a protest the text gives no doer is the protesters', the opposition of the
        // country it is against, or the civilians of the article's country when it is against a
        // foreign state (as [`crowd_protesting`] codes crowds).
        if actors.is_empty()
            && entry.kind == TriggerKind::Noun
            && entry.code.root() == "14"
            // Not against the opposition, which protesters are.
            && !recipients
                .iter()
                .any(|r| r.actor.as_ref().and_then(|a| a.groups().nth(1)) == Some("OPP"))
            && let Some(target) = recipients
                .iter()
                .find_map(|r| code_country(r).filter(|c| is_state(c)))
        {
            let (country, role) = if against_foreign(&recipients, ctx.home) {
                (ctx.home, "CVL")
            } else {
                (Some(target), "OPP")
            };
            if let Some(code) = country.and_then(|c| ActorCode::new(&format!("{c}{role}")).ok()) {
                actors.push(implied(
                    format!("the protesters implied by '{}'", tree.forms[trigger]),
                    Some(code),
                ));
            }
        }
        if actors.is_empty() {
            return Err("no actor: no subject, agent or possessor, and none implied".into());
        }
        // No one is their own recipient: where a garbled parse reaches one named person twice,
        // as two subjects or as subject and recipient, the second reading is the error.
        // One entity may stand for several sides ("US and British warplanes": USAMIL, GBRMIL).
        let mut seen = Vec::new();
        actors.retain(|a| {
            let key = (a.entity.clone(), a.actor.clone());
            let first = a.entity.is_none() || !seen.contains(&key);
            seen.push(key);
            first
        });
        drop_own_recipients(&mut recipients, &actors);
        // "Peskov said Russia was worried", "Ortega said his government had asked for nothing":
        // no one charges their own side.
        if entry.claim {
            recipients.retain(|r| {
                !actors.iter().any(|a| {
                    a.actor == r.actor
                        || (r.actor.as_ref().is_some_and(|c| c.as_str().len() == 3)
                            && code_country(a) == code_country(r))
                })
            });
        }
        // "France also offered assistance", "promised further help" in a story about Nepal's
        // earthquake: help offered or given to no one named is for the country the article is
        // about, when the helper is another.
        if matches!(entry.code.root(), "03" | "07")
            && !recipients.iter().any(|p| p.actor.is_some())
            && let Some(home) = ctx.home
            && actors.iter().any(|a| a.actor.is_some())
            && actors.iter().all(|a| code_country(a) != Some(home))
            && let Ok(code) = ActorCode::new(home)
        {
            recipients = vec![implied(
                format!("the country the article is about ({home})"),
                Some(code),
            )];
        }
        // "Police fired tear gas", "riot police fired tear gas into the crowd": force used to
        // break up a crowd that the text names by no coded side is used on protesters, the
        // opposition of the forces' own country (107 of the 124 such acts of the development
        // sets), when every actor is a police or military force of one state.
        if entry.code.as_str().starts_with("175")
            && !recipients.iter().any(|p| p.actor.is_some())
            // No one named, or only a crowd; not gas fired "to clear the streets".
            && recipients.iter().all(|p| names_crowd(&p.text))
            && !aimed_at_no_crowd(tree, trigger)
            && let Some(country) = one_state_of_forces(&actors)
            && let Ok(code) = ActorCode::new(&format!("{country}OPP"))
        {
            recipients = vec![implied(
                format!("the protesters implied by '{}'", tree.forms[trigger]),
                Some(code),
            )];
        }
        // "The army seized power", "soldiers staged a coup": power is taken from the government
        // of the country, which the text need not name, by anyone but that government ("the
        // president took power after the election" takes it from no one).
        if matches!(entry.object.as_deref(), Some("power" | "coup"))
            && entry.code.root() == "19"
            && !recipients.iter().any(|p| p.actor.is_some())
            && let Some(country) = outside_government(&actors, ctx.home)
            && let Ok(code) = ActorCode::new(&format!("{country}GOV"))
        {
            recipients = vec![implied(
                format!("the government implied by '{}'", tree.forms[trigger]),
                Some(code),
            )];
        }
        // "closed borders with *the country*", "reviewing its aid to *the country*": a recipient
        // written as the bare phrase "the country" is the country the article is about, when the
        // actors are of another ("Indian officials say the country needs the system" is India's
        // own).
        if let Some(home) = ctx
            .home
            .filter(|h| actors.iter().all(|a| code_country(a) != Some(*h)))
            .and_then(|h| ActorCode::new(h).ok())
        {
            for part in recipients.iter_mut() {
                if part.actor.is_none() && part.text.eq_ignore_ascii_case("the country") {
                    part.actor = Some(home.clone());
                    part.inferred = true;
                }
            }
        }
        if entry.recipient_required && recipients.is_empty() && actors.len() < 2 {
            return Err(format!(
                "no recipient ({}), and no second actor to be the other side",
                slot_name(entry.recipient.as_ref())
            ));
        }
        if !actors.iter().chain(&recipients).any(|p| p.actor.is_some()) {
            return Err("no participant carries an actor code".into());
        }
        // "ordered the army to arrest the judge", "ordered the expulsion of three diplomats": an
        // order is coded as the act it orders, whose actor is the commander (frames.rs), not
        // as a demand besides.
        let order = modality::is_command(&entry.lemma);
        let command = entry.code.root() == "10" && order;
        if command && let Some(act) = self.ordered_act(tree, trigger) {
            return Err(format!(
                "an order, coded as the act it orders ('{}')",
                tree.forms[act]
            ));
        }
        // "Noboa ordered the armed forces to ...", "Prigozhin ordered his fighters to halt": a
        // command to one's own forces is the chain of command at work, not a demand (10) made of
        // another actor; nor is "ordered its troops to leave" an expulsion (174).
        if order
            && !recipients.is_empty()
            && recipients.iter().all(|r| {
                actors.iter().any(|a| {
                    // Sides with no country of their own are the home country's ("its troops").
                    state_or_home(a, ctx.home)
                        .is_some_and(|c| state_or_home(r, ctx.home) == Some(c))
                        && (r.actor == a.actor
                            || r.actor.as_ref().is_some_and(|code| {
                                code.groups().any(|g| matches!(g, "MIL" | "COP" | "SPY"))
                            }))
                })
            })
        {
            return Err("a command to the actor's own forces, not an act on another".into());
        }
        // "his lawyers said he would appeal": an appeal that names no one and asks for nothing
        // ("appealed for calm") is made to the courts, the court the article has named last,
        // by anyone but a court or its officers.
        if entry.lemma == "appeal"
            && entry.code.root() == "02"
            && !recipients.iter().any(|p| p.actor.is_some())
            && !tree
                .deps(trigger, &["obl"])
                .any(|c| tree.case_of(c).as_deref() == Some("for"))
            && !actors
                .iter()
                .any(|a| a.actor.as_ref().is_some_and(is_court))
            && let Some(court) = latest_entity_coded(ctx, &is_court)
        {
            recipients = vec![court];
        }
        let joint_act = entry.symmetric() && actors.len() > 1;
        if needs_addressee(entry) && !joint_act && !recipients.iter().any(|p| p.actor.is_some()) {
            return Err(
                "a statement addressed to no actor: CAMEO codes a statement only with its recipient"
                    .into(),
            );
        }
        let promised_as = promised_code(tree, frame.clause, &entry.code);
        let promised = promised_as.is_some();
        let mut code = promised_as
            .or_else(|| weapon_code(tree, &frame.actors, &entry.code))
            .or_else(|| fire_code(entry, &recipients))
            .or_else(|| attack_code(ctx, entry, &recipients))
            .or_else(|| storming_code(entry, &actors))
            .or_else(|| combat_killing_code(ctx, entry, trigger, &actors, &recipients))
            .or_else(|| occupied_code(ctx, entry, &frame.recipients, &recipients))
            .or_else(|| abduction_code(ctx, entry, &frame.recipients, &actors, &recipients))
            .or_else(|| dismissal_code(ctx, entry, &frame.recipients))
            .or_else(|| suspension_code(entry, &recipients))
            .or_else(|| ordered_custody_code(tree, entry, trigger))
            .unwrap_or_else(|| entry.code.clone());
        // "protesters stormed the parliament", "crowds who overturned police cars": force used
        // by a crowd is a riot (145), not an armed assault.
        if matches!(code.root(), "18" | "19") || code.as_str() == "1712" {
            let crowd = |p: &Participant| CROWD_NOUNS.contains(&head_word(p).as_str());
            if !actors.is_empty() && actors.iter().all(crowd) {
                code = CameoCode::new("145").map_err(|e| e.to_string())?;
            }
        }
        let mut modality = modality::of_clause(tree, frame.clause);
        // "Gallant warned that Israel would hit back", "vowed to hunt down the militants": a
        // hostile act foretold in a warning is the warning, a threat (13) by the one who warns.
        if matches!(modality, Modality::Intended | Modality::Hypothetical)
            && let Some((threat, warning)) = threatened_code(tree, frame.clause, &code)
        {
            code = threat;
            modality = match modality::of_clause(tree, warning) {
                Modality::Negated => Modality::Negated,
                Modality::Hypothetical => Modality::Hypothetical,
                _ => Modality::Asserted,
            };
            let warners: Vec<Participant> = subjects(tree, warning)
                .into_iter()
                .flat_map(|s| participants(ctx, s))
                .filter(|p| p.actor.is_some())
                .collect();
            if !warners.is_empty() {
                actors = warners;
                drop_own_recipients(&mut recipients, &actors);
            }
        }
        if modality == Modality::Negated
            && let Some(rejection) = refusal_code(tree, frame.clause, &code)
        {
            code = rejection;
            modality = Modality::Asserted;
        }
        let book = self
            .codebook
            .nearest(&code)
            .ok_or_else(|| format!("code {code} is not in the codebook"))?;
        // The development sets code the act an accusation names only when it is force ("of
        // carrying out ethnic cleansing", "for burning the villages"); "accused the government
        // of lying", "of fuelling an arms race" are the accusation alone (112).
        let accused_act =
            frame.actor_via == "accused" || modality::accused_clause(tree, frame.clause).is_some();
        if accused_act && !matches!(code.root(), "15" | "17" | "18" | "19" | "20") {
            return Err(ACCUSED_ACT_NOT_FORCE.into());
        }
        if accused_act && modality == Modality::Asserted {
            // An event noun's clause is the accusation's own verb, which is asserted; what the
            // accusation names is only its claim ("did not accuse" stays negated).
            modality = Modality::Reported;
        }
        if promised && modality == Modality::Intended {
            // The promise is the act that happened.
            modality = Modality::Asserted;
        }
        let Dated { date, source } =
            place_date::date(ctx.tree, frame.clause, ctx.times, ctx.published);
        let place = place_date::place(ctx.tree, trigger, frame.clause, ctx.entities, entry);
        let where_country = place.as_ref().and_then(|pl| pl.country.as_deref());
        // "Opening a session of the Human Rights Council in Geneva, Zeid ... called on the
        // government to end its cruel military operation": where words are spoken says nothing
        // of whose government they address; a role with no country in a statement, an appeal,
        // a demand, an accusation, a rejection or a threat (01-05, 10-13) is the article's.
        let spoken = matches!(
            code.root(),
            "01" | "02" | "03" | "04" | "05" | "10" | "11" | "12" | "13"
        );
        let role_country = if spoken { None } else { where_country };
        let told_date = (source == DateSource::Text)
            .then_some(date.as_deref())
            .flatten()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
        for part in actors.iter_mut().chain(recipients.iter_mut()) {
            if let Some(d) = told_date {
                office_at(ctx, part, d);
            }
            give_country(ctx, part, role_country);
            // What is done to a city by force is done to the place, not to a government.
            if !matches!(code.root(), "18" | "19" | "20") {
                capital_as_government(ctx, part, spoken);
            }
        }
        // "police arrested more than 700 people", "fired tear gas at crowds", "before soldiers
        // dispersed them": people repressed (17) whom nothing else names are the people of the
        // country whose forces act, in the role their noun gives them.
        if code.root() == "17" && recipients.len() == frame.recipients.len() {
            let country = actors
                .iter()
                .find_map(code_country)
                .filter(|c| is_state(c))
                .or(where_country.filter(|c| is_bare_state(c)))
                .or(ctx.home)
                .map(str::to_string);
            for (part, &t) in recipients.iter_mut().zip(&frame.recipients) {
                if part.actor.is_none()
                    && let Some(c) = &country
                    && let Some(coded) = repressed_people(ctx, t, c)
                {
                    part.actor = Some(coded);
                    part.inferred = true;
                }
            }
            // "fired tear gas and rubber bullets to push back supporters": so too the people
            // force is used to repress, named only by its purpose.
            if recipients.is_empty()
                && code.as_str() == "175"
                && let Some(c) = &country
                && let Some(o) = purpose_object(tree, trigger)
                && let Some(coded) = repressed_people(ctx, o, c)
            {
                recipients = vec![implied(tree.forms[o].clone(), Some(coded))];
            }
        }
        // "killing at least 19 people": casualties counted as people are the country where they
        // fell, the place of the event, else the one the article is about. A place or site
        // taken or struck that no entity places is the country of the event's place ("struck
        // more than 60 targets in Yemen"), or, when its own name is one the gazetteer does not
        // know ("captured the town of Konna"), the article's: CAMEO codes force against a
        // territory by its country. A site with neither ("shelling villages") stays unknown.
        if matches!(code.root(), "18" | "19" | "20") {
            let aligned = recipients.len() == frame.recipients.len();
            let event_country = where_country.filter(|c| is_bare_state(c));
            for (k, part) in recipients.iter_mut().enumerate() {
                if part.actor.is_some() {
                    continue;
                }
                // "opened fire on crowds", "shot dead two protesters": people assaulted (18) whom
                // nothing else names are the people of the country where they fell, in the role
                // their noun gives them, as for repression; casualties counted as people stay
                // the bare country (below), and a suspect killed is of no known side.
                // "opened fire on hundreds of young people protesting against police
                // brutality": people whose own clause protests are protesters.
                let people = frame.recipients.get(k).filter(|&&t| {
                    let w = tree.forms[t].as_str();
                    aligned
                        && (!CASUALTY_NOUNS.contains(&w) || protesting_clause(tree, t))
                        && !w.starts_with("suspect")
                });
                if code.root() == "18"
                    && let Some(&t) = people
                    && let Some(c) = event_country.or(ctx.home)
                    && let Some(coded) = repressed_people(ctx, t, c)
                {
                    part.actor = Some(coded);
                    part.inferred = true;
                    continue;
                }
                let site = frame
                    .recipients
                    .get(k)
                    .filter(|&&t| aligned && PLACE_NOUNS.contains(&tree.forms[t].as_str()));
                let country = match site {
                    Some(&t) => {
                        let named = tree
                            .deps(t, &["nmod", "appos", "flat", "compound"])
                            .any(|c| tree.upos[c] == "PROPN");
                        event_country.or(ctx.home.filter(|_| named))
                    }
                    None if CASUALTY_NOUNS.contains(&head_word(part).as_str()) => {
                        event_country.or(ctx.home)
                    }
                    None => None,
                };
                if let Some(c) = country
                    && let Ok(coded) = ActorCode::new(c)
                {
                    part.actor = Some(coded);
                    part.inferred = true;
                }
            }
        }
        if entry.code.as_str().starts_with("042") {
            for part in recipients.iter_mut() {
                visited_country(ctx, part);
            }
        }
        // "flew two of the freed Russians on to Britain", "was flown to Miami for treatment":
        // one who flies others, or is flown, makes no visit of their own.
        if entry.lemma == "fly"
            && code.as_str().starts_with("042")
            && (tree.is_passive(trigger) || tree.dep(trigger, &["obj"]).is_some())
        {
            return Err("flying others, or being flown, is no visit".into());
        }
        // "Mirziyoyev flew to Nukus", "Sanchez flew to Ceuta": travel within one's own country
        // visits no one (the development sets code no visit or hosting within a country).
        if matches!(code.as_str().get(..3), Some("042" | "043")) {
            // An actor whose country is only inferred ("the president" of the article's country)
            // may be anyone's: only a named one's country counts.
            let own: Vec<&str> = actors
                .iter()
                .filter(|a| !a.inferred)
                .filter_map(code_country)
                .filter(|c| is_state(c))
                .collect();
            let abroad = |p: &Participant| code_country(p).is_none_or(|c| !own.contains(&c));
            if !recipients.is_empty() && !recipients.iter().any(abroad) {
                return Err("a visit within the actor's own country visits no one".into());
            }
        }
        let (start, end) = (
            ctx.p.doc.sentences[tree.sentence].start,
            ctx.p.doc.sentences[tree.sentence].end,
        );
        // "X and Y met", "the two leaders signed": a symmetric act with several actors and no
        // recipient is each side's act towards the others, one event per side as CAMEO codes it.
        // "Moscow and Kiev blamed each other", "fired on each other's positions": a reciprocal
        // pronoun makes any act each side's towards the others in the same way.
        let mutual = frame.recipients.iter().any(|&t| names_each_other(tree, t));
        // "both sides will withdraw their forces from the city", "the two armies agreed to pull
        // back": a pair's act of cooperation or concession that names no other party is each
        // side's towards the other.
        let paired = matches!(frame.actors[..], [t] if super::frames::counted_pair(tree, t))
            && matches!(code.root(), "03" | "04" | "05" | "06" | "07" | "08");
        let each_other = (mutual
            || ((entry.symmetric() || paired) && !recipients.iter().any(|p| p.actor.is_some())))
            && actors.len() > 1;
        // "France, Germany, Portugal, Luxembourg and Finland discussed how to share the
        // migrants": a joint act of more than three parties is a multilateral gathering, not the
        // dozen and more dyads each pair would make (the development sets code at most three
        // parties to one another).
        if each_other {
            let mut parties: Vec<&str> = actors
                .iter()
                .filter_map(|a| a.actor.as_ref().map(|c| c.as_str()))
                .collect();
            parties.sort_unstable();
            parties.dedup();
            if parties.len() > MAX_MUTUAL_PARTIES {
                return Err(format!(
                    "a joint act of {} parties: a multilateral gathering, not coded pair by pair",
                    parties.len()
                ));
            }
        }
        let sides: Vec<(Vec<Participant>, Vec<Participant>)> = if each_other {
            // A side is no partner of itself: "agreements between the two countries" read as
            // "Beijing" and "China" is no act between China and China.
            (0..actors.len())
                .map(|k| {
                    let mut others = actors.clone();
                    let me = others.remove(k);
                    others.retain(|o| o.actor.is_none() || o.actor != me.actor);
                    (vec![me], others)
                })
                .collect()
        } else {
            vec![(actors, recipients)]
        };
        let mut events = Vec::new();
        for (actors, recipients) in sides {
            let mut confidence: f32 = match entry.kind {
                TriggerKind::Verb | TriggerKind::State => 0.9,
                TriggerKind::Noun => 0.75,
            };
            if actors.iter().any(|a| a.inferred) || frame.actor_via == "governor" {
                confidence -= 0.15;
            }
            events.push(Event {
                id: String::new(),
                cameo: code.clone(),
                cameo_root: code.root().to_string(),
                plover: Plover {
                    kind: book.plover_type.to_string(),
                    mode: book.plover_mode.clone(),
                },
                quad_class: book.quad_class,
                goldstein: book.goldstein,
                actors,
                recipients,
                place: place.clone(),
                date: date.clone(),
                date_source: source,
                modality,
                confidence,
                evidence: Evidence {
                    sentence: tree.sentence,
                    start,
                    end,
                    text: ctx.p.doc.text()[start..end].to_string(),
                },
                mentions: Vec::new(),
                rule: format!("{}#{}", entry.rule(), frame.actor_via),
            });
        }
        if let Some(accusation) = self.reported_accusation(ctx, entry, frame, &events) {
            events.push(accusation);
        }
        Ok(events)
    }

    /// "She said it was highly likely that Russia had poisoned Sergei Skripal": a speaker who
    /// reports another country's act of force (15, 17-20) accuses that country of it (112,
    /// asserted), beside the act itself, coded `reported`. A side reporting its own acts ("the
    /// army said its forces had struck"), or a neighbour's within one country, accuses no one;
    /// nor does a speaker without a country (rights groups, IGOs), who reports as a witness.
    fn reported_accusation(
        &self,
        ctx: &Context,
        entry: &LexEntry,
        frame: &Frame,
        events: &[Event],
    ) -> Option<Event> {
        let act = events.first()?;
        if act.modality != Modality::Reported
            || !matches!(act.cameo_root.as_str(), "15" | "17" | "18" | "19" | "20")
        {
            return None;
        }
        let speaker = reporting_speaker(ctx, frame.clause)?;
        // A state's word only: rights groups, IGOs and bodies with no country report as
        // witnesses more often than they accuse.
        let own = code_country(&speaker).filter(|c| is_state(c))?.to_string();
        let accused: Vec<Participant> = act
            .actors
            .iter()
            .filter(|a| code_country(a).is_some_and(|c| c != own && is_state(c)))
            .cloned()
            .collect();
        if accused.is_empty() {
            return None;
        }
        let code = CameoCode::new("112").ok()?;
        let book = self.codebook.nearest(&code)?;
        Some(Event {
            cameo: code.clone(),
            cameo_root: code.root().to_string(),
            plover: Plover {
                kind: book.plover_type.to_string(),
                mode: book.plover_mode.clone(),
            },
            quad_class: book.quad_class,
            goldstein: book.goldstein,
            actors: vec![speaker],
            recipients: accused,
            modality: Modality::Asserted,
            confidence: act.confidence - 0.15,
            rule: format!("{}#reported-accusation", entry.rule()),
            ..act.clone()
        })
    }
}

#[derive(Clone, Copy)]
pub(super) struct Context<'a> {
    pub p: &'a Parsed,
    pub tree: &'a SentenceTree<'a>,
    pub entities: &'a [Entity],
    pub times: &'a [TimeExpr],
    pub quotes: &'a [Quote],
    pub published: Option<chrono::NaiveDate>,
    pub kb: Option<&'a Kb>,
    /// The country the article is mostly about ([`home_country`]).
    pub home: Option<&'a str>,
    /// Events coded so far in the article, in text order.
    pub earlier: &'a [Event],
    pub lexicon: &'a Lexicon,
}

impl<'a> Context<'a> {
    /// The entity a participant stands for, if it stands for one.
    fn entity_of(&self, part: &Participant) -> Option<&'a Entity> {
        let id = part.entity.as_ref()?;
        self.entities.iter().find(|e| &e.id == id)
    }
}

/// "Conde, 83, was detained by soldiers on Sunday" in a story of Friday: a person is coded by the
/// office held on the day of the act the text dates, not on the day of the story, when that
/// day differs. A president detained in the coup that ended his term was still president
/// (`GINGOV`), though the story, days later, speaks of a former one (`GINOPP`). Only an office
/// held then moves the code, and only within the person's country.
fn office_at(ctx: &Context, part: &mut Participant, date: chrono::NaiveDate) {
    let (Some(kb), Some(entity)) = (ctx.kb, ctx.entity_of(part)) else {
        return;
    };
    let Some(name) = entity
        .kb_id
        .as_deref()
        .and_then(|k| k.strip_prefix("person:"))
    else {
        return;
    };
    // The person, not a group named after him ("Lugo supporters").
    let named = entity.mentions.iter().any(|m| part.text.ends_with(&m.text));
    if ctx.published == Some(date) || !named {
        return;
    }
    let then = kb
        .lookup(name, date)
        .into_iter()
        .find(|r| r.entry.kind == EntryKind::Person && r.entry.name == name)
        .and_then(|r| r.actor);
    let Some(then) = then else { return };
    let in_office = then
        .groups()
        .nth(1)
        .is_some_and(|r| r != "ELI" && r != "OPP");
    let same_country = part
        .actor
        .as_ref()
        .is_some_and(|now| now.as_str().get(..3) == then.as_str().get(..3));
    if in_office && same_country {
        part.actor = Some(then);
    }
}

/// "urged Belgrade to pull them back", "Beijing opposed", "Madrid was ready to offer": a capital
/// that acts, speaks or is addressed as a state is its country's government (issue 4: metonyms
/// are governments), where the participant is the capital's name alone or what its possessive
/// owns ("Tokyo's demand", as the sets code "Cairo's mediators"). The capital is known
/// from the knowledge base's city entries noted "capital of" the entity's country; "the foreign
/// ministry in Beijing" is the ministry's, and a country named as such ("Russia") stays bare.
const PLACE_PREPOSITIONS: &[&str] = &["from", "in", "at", "into", "inside", "near", "outside"];

fn capital_as_government(ctx: &Context, part: &mut Participant, spoken: bool) {
    let Some(kb) = ctx.kb else { return };
    let Some(e) = ctx.entity_of(part) else {
        return;
    };
    let Some(country) = e.country.as_deref() else {
        return;
    };
    let bare = part.actor.as_ref().is_some_and(|a| a.as_str() == country);
    let tree = ctx.tree;
    // "recalled its ambassador from Tehran": after a preposition of place the capital is a place.
    // What is said or asked "from" a capital comes from its government ("demanded an apology
    // from Washington", "would not bow to pressure from Moscow").
    let as_place = |start: usize| {
        (1..tree.len()).any(|k| {
            let before = tree.forms[k - 1].to_lowercase();
            tree.spans[k].0 == start
                && PLACE_PREPOSITIONS.contains(&before.as_str())
                && !(spoken && before == "from")
        })
    };
    // "rejected Tokyo's demand", "Washington's embargo": what a capital's possessive owns is the
    // state's, so the participant it heads is the government as the capital alone would be.
    // "last week Pyongyang cut ... and accused": words the parser hung before the name are
    // still the name's; "Seoul said it would ask police": the pronoun is the capital too.
    let named_or_owning = |m: &Mention| {
        m.text == part.text
            || owned_by(&part.text, m)
            || part.text.ends_with(&format!(" {}", m.text))
    };
    let Some(acting) = e
        .mentions
        .iter()
        .find(|m| m.sentence == tree.sentence && named_or_owning(m) && !as_place(m.start))
    else {
        return;
    };
    // The entity stage may type a capital that acts an organisation ("Mogadishu denounced").
    let city = matches!(e.kind, EntityType::Location | EntityType::Organization);
    if !city || !bare {
        return;
    }
    let date = ctx.published.unwrap_or_default();
    let names_capital = |name: &str| {
        kb.lookup(name, date)
            .iter()
            .any(|r| r.entry.capital_of() == Some(country))
    };
    let capital = names_capital(&acting.text)
        || (matches!(acting.text.to_lowercase().as_str(), "it" | "its") && names_capital(&e.name));
    if capital && let Ok(gov) = ActorCode::new(&format!("{country}GOV")) {
        part.actor = Some(gov);
    }
}

/// "Thousands of Cubans took to the streets", "Nicaraguans marched through Managua", "Polish
/// farmers blocked roads", "students rallied": a country's people, workers, farmers or students
/// who protest (14) are protesters, its opposition (`OPP`); crowds protesting against a foreign
/// state they address ("Turks marched on the Israeli consulate") are its civilians (`CVL`), as
/// the entity stage codes protesters against foreign states. The development sets code every
/// protest's source OPP or CVL (99 and 38 of 145), never LAB, EDU or AGR. Only a people named as
/// such (a group coded with its bare country) and those three roles; other actors keep their
/// codes.
fn protesting_people(
    ctx: &Context,
    code: &CameoCode,
    actors: &mut [Participant],
    recipients: &[Participant],
) {
    for part in actors.iter_mut() {
        let Some(code) = part.actor.as_ref().map(|a| a.to_string()) else {
            crowd_protesting(ctx, code, part, recipients);
            continue;
        };
        let people = ctx.entity_of(part).is_some_and(|e| {
            e.kind == EntityType::Group && e.nominal && e.country.as_deref() == Some(&code)
        });
        // "students rallied": a role with no country yet takes one later ([`give_country`]).
        let popular_role = |r: &str| matches!(r, "LAB" | "EDU" | "AGR");
        let bare_role = code.len() == 3 && (!is_state(&code) || popular_role(&code));
        let (country, role) = if bare_role {
            ("", code.as_str())
        } else {
            code.split_at(3.min(code.len()))
        };
        let popular = popular_role(role);
        if !(people || popular) || !(bare_role || is_state(country)) {
            continue;
        }
        let theirs = if bare_role { ctx.home } else { Some(country) };
        let role = if against_foreign(recipients, theirs) {
            "CVL"
        } else {
            "OPP"
        };
        if let Ok(coded) = ActorCode::new(&format!("{country}{role}")) {
            part.actor = Some(coded);
        }
    }
}

/// Whether a protest is aimed at a state other than the protesters' own (`theirs`).
fn against_foreign(recipients: &[Participant], theirs: Option<&str>) -> bool {
    recipients
        .iter()
        .any(|r| code_country(r).is_some_and(|c| Some(c) != theirs && is_state(c)))
}

/// Words for a crowd of no named side ("crowds", "several hundred people", "thousands").
const CROWD_WORDS: &[&str] = &[
    "crowd",
    "crowds",
    "people",
    "thousands",
    "hundreds",
    "dozens",
    "groups",
    "throngs",
    "mob",
    "mobs",
];

/// "Several hundred people defied the ban and gathered in central Bangkok", "crowds set fire to
/// police stations": a crowd no entity codes that protests is the protest's people, whose
/// country [`give_country`] gives from the protest's place or the article: its opposition
/// (`OPP`) when it demonstrates, its civilians (`CVL`) when it riots (145), as the development
/// sets code rioting crowds, or when it protests against a foreign state.
fn crowd_protesting(
    ctx: &Context,
    code: &CameoCode,
    part: &mut Participant,
    recipients: &[Participant],
) {
    let head = part.text.rsplit(' ').next().unwrap_or("").to_lowercase();
    if !CROWD_WORDS.contains(&head.as_str()) || ctx.entity_of(part).is_some() {
        return;
    }
    let role = if against_foreign(recipients, ctx.home) || code.as_str().starts_with("145") {
        "CVL"
    } else {
        "OPP"
    };
    part.actor = ActorCode::new(role).ok();
    part.inferred = true;
}

/// What a visit (042) is made to is the country, whatever place names it: "visit Washington" is a
/// visit to the United States, not to its government (which a capital stands for elsewhere).
fn visited_country(ctx: &Context, part: &mut Participant) {
    // A capital the entity stage codes as its government ("Washington": USAGOV) is still a
    // place one visits.
    let place = ctx.entity_of(part).filter(|e| {
        e.kind == EntityType::Location
            || e.place.is_some()
            || (e.kind != EntityType::Person
                && e.country.is_some()
                && e.actor.as_ref().is_some_and(|a| {
                    e.country.as_deref() == Some(&a.as_str()[..3.min(a.as_str().len())])
                        && a.as_str().len() == 6
                        && a.as_str().ends_with("GOV")
                        && e.name.split_whitespace().count() == 1
                }))
    });
    if let Some(c) = place.and_then(|e| e.country.as_deref())
        && let Ok(code) = ActorCode::new(c)
    {
        part.actor = Some(code);
    }
}

/// The country the article is mostly about: the one its entities' mentions name most often
/// (international bodies aside), the earlier first mention breaking ties.
fn home_country(entities: &[Entity]) -> Option<String> {
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for e in entities {
        let Some(c) = e.country.as_deref() else {
            continue;
        };
        if !is_state_country(c) {
            continue;
        }
        let first = e
            .mentions
            .iter()
            .map(|m| m.start)
            .min()
            .unwrap_or(usize::MAX);
        match counts.iter_mut().find(|(k, _, _)| *k == c) {
            Some(x) => {
                x.1 += e.mentions.len();
                x.2 = x.2.min(first);
            }
            None => counts.push((c, e.mentions.len(), first)),
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map(|(c, _, _)| c.to_string())
}

/// An actor coded with a domestic role alone ("police": `COP`) takes the country of the event's
/// place, else the article's home country, and is marked inferred: the text leaves the country to
/// the reader, who takes it from the article.
fn give_country(ctx: &Context, part: &mut Participant, place_country: Option<&str>) {
    let Some(code) = &part.actor else { return };
    let bare_role = code
        .groups()
        .next()
        .is_some_and(|g| DOMESTIC_ROLES.contains(&g));
    let entity = ctx.entity_of(part);
    let has_country = entity.is_some_and(|e| e.country.is_some());
    // "the Supreme Court", "the Senate": a role noun the entity stage found written as a name
    // (not nominal) is capitalised for itself, not for a place beyond the country.
    let role_named = entity
        .is_some_and(|e| !e.nominal && e.kb_id.as_deref().is_some_and(|k| k.starts_with("agent:")));
    let qualified_beyond = !role_named
        && (beyond_one_country(&part.text)
            || entity.is_some_and(|e| {
                beyond_one_country(&e.name) || e.roles.iter().any(|r| beyond_one_country(&r.text))
            }));
    if !bare_role || has_country {
        return;
    }
    // "Ethiopia's water minister", "Sudan's army-aligned foreign ministry": a role owned by a
    // state the sentence names is that state's, as the text says it.
    if let Some(owner) = possessor_country(ctx, &part.text)
        && let Ok(coded) = ActorCode::new(&format!("{owner}{code}"))
    {
        part.actor = Some(coded);
        return;
    }
    // "Eritrea, whose troops fought alongside the Ethiopian army": a role owned by "whose" is
    // the country of the name the relative clause follows.
    if let Some(owner) = whose_country(ctx, &part.text)
        && let Ok(coded) = ActorCode::new(&format!("{owner}{code}"))
    {
        part.actor = Some(coded);
        return;
    }
    if qualified_beyond {
        return;
    }
    let country = place_country.filter(|c| is_state_country(c)).or(ctx.home);
    if let Some(c) = country
        && let Ok(coded) = ActorCode::new(&format!("{c}{code}"))
    {
        part.actor = Some(coded);
        part.inferred = true;
    }
}

/// Whether a participant's words are what a mention's possessive owns: "Tokyo's demand" of
/// "Tokyo", "the Philippines' coast guard" of "the Philippines".
fn owned_by(part_text: &str, mention: &Mention) -> bool {
    part_text
        .strip_prefix(mention.text.as_str())
        .map(str::trim_start)
        .is_some_and(|rest| rest.starts_with("'s ") || rest.starts_with("' "))
}

/// The country of the place or person whose possessive opens a participant's words in this
/// sentence ("*Ethiopia's* water minister", "*Seoul's* foreign ministry", "*Moon's* government"
/// of South Korea's president). The possessor is a name: "the bloc's governments" is no
/// person's, whatever the bloc was linked to.
fn possessor_country(ctx: &Context, part_text: &str) -> Option<String> {
    ctx.entities.iter().find_map(|e| {
        let may_own = |m: &Mention| match e.kind {
            EntityType::Location => true,
            EntityType::Person => m.text.chars().next().is_some_and(char::is_uppercase),
            _ => false,
        };
        let owns = e
            .mentions
            .iter()
            .any(|m| m.sentence == ctx.tree.sentence && may_own(m) && owned_by(part_text, m));
        owns.then(|| e.country.clone())
            .flatten()
            .filter(|c| is_bare_state(c))
    })
}

/// The country of the place or person a participant's "whose" refers to: the name right before
/// ", whose" ("*Eritrea*, whose troops", "President Vladimir *Putin*, whose government").
fn whose_country(ctx: &Context, part_text: &str) -> Option<String> {
    let owned = part_text
        .strip_prefix("whose ")?
        .split_whitespace()
        .next()?;
    let forms = &ctx.tree.forms;
    let antecedent = (2..forms.len().saturating_sub(1)).find_map(|k| {
        (forms[k].eq_ignore_ascii_case("whose") && forms[k - 1] == "," && forms[k + 1] == owned)
            .then(|| forms[k - 2].to_lowercase())
    })?;
    ctx.entities.iter().find_map(|e| {
        let names = e.mentions.iter().any(|m| {
            m.sentence == ctx.tree.sentence
                && m.text.chars().next().is_some_and(char::is_uppercase)
                && m.text.to_lowercase().ends_with(&antecedent)
        });
        (names && matches!(e.kind, EntityType::Location | EntityType::Person))
            .then(|| e.country.clone())
            .flatten()
            .filter(|c| is_bare_state(c))
    })
}

/// Whether a role's own words place it beyond any one country: a regional or foreign qualifier
/// ("other European governments", "Western diplomats", "foreign ministers"), which the article's
/// home country must not overrule.
fn beyond_one_country(name: &str) -> bool {
    name.split_whitespace().enumerate().any(|(i, w)| {
        (i > 0 && w.chars().next().is_some_and(char::is_uppercase))
            || matches!(
                w.to_lowercase().as_str(),
                "other" | "foreign" | "international" | "regional" | "western" | "world" | "global"
            )
    })
}

/// Verbal acts towards someone: statements (01), appeals (02), intents to cooperate (03),
/// consultations (04), diplomatic cooperation (05) and demands (10). GDELT and PETRARCH code
/// "X said ..." only when the statement has an addressee or an actor as its topic ("said it stood
/// with the Philippines", "regretted Russia's decision"); a bare "said", "praised the deal" or "is
/// expected to meet on the launch" is reporting, not an interaction. Accusations and rejections
/// (11, 12) are coded with a vague target, and material acts (06-09, 13-20) with none.
fn needs_addressee(entry: &LexEntry) -> bool {
    matches!(entry.code.root(), "01" | "02" | "03" | "04" | "05" | "10") && !is_denial(entry)
}

/// A denial (016), which like a rejection may answer a charge whose makers the text leaves vague
/// ("Russia has denied any role").
fn is_denial(entry: &LexEntry) -> bool {
    entry.code.as_str() == "016"
}

/// Aid (07), material conflict and coercion (15-20): acts done to things and to people in a
/// place as well as to actors ("food aid to 400,000 people in northern Afghanistan").
fn material(entry: &LexEntry) -> bool {
    matches!(
        entry.code.root(),
        "07" | "15" | "16" | "17" | "18" | "19" | "20"
    )
}

/// Prepositions that introduce the one an act is addressed to or done against, when the pattern
/// has no recipient slot of its own ("appealed for aid *from* the United States", "called for
/// restraint *on* both sides").
const ADDRESSEE_CASES: &[&str] = &[
    "to", "from", "with", "on", "against", "toward", "towards", "between",
];

/// The recipient of an entry that names its act but has no recipient slot ("denied the
/// accusation", "called for the release of the sailors", "appealed for aid from Japan"):
/// - the people the entry names as the trigger's own object ("freed 222 political prisoners");
/// - a definite act noun that refers to an earlier event is aimed at that event's actors ("Azerbaijan
///   denied the accusation": Armenia, which made it);
/// - else an actor in an addressee phrase of the trigger or of its named nouns;
/// - else the one a named noun is about ("her release": Suu Kyi; "the release *of* the sailors");
/// - else, for a denial or rejection, whoever last accused the one denying ("Belarus denied
///   that its helicopters had crossed the border": Poland, which accused them), in an earlier
///   sentence or earlier in this one ("The government accuses Thaksin of financing the
///   movement, which he denies").
///
/// The actors themselves are never their own recipients ("denied the charges against him").
fn implicit_recipients(
    ctx: &Context,
    trigger: usize,
    entry: &LexEntry,
    frame: &Frame,
) -> Vec<Participant> {
    let found = implicit_recipients_by_syntax(ctx, trigger, entry, frame);
    let own: Vec<Participant> = frame
        .actors
        .iter()
        .flat_map(|&t| participants(ctx, t))
        .collect();
    let is_own = |p: &Participant| {
        own.iter().any(|a| {
            (a.entity.is_some() && a.entity == p.entity)
                || (a.entity.is_none() && a.actor == p.actor)
        })
    };
    let found: Vec<Participant> = found.into_iter().filter(|p| !is_own(p)).collect();
    if found.is_empty() && entry.code.as_str() == "0831" {
        return demanders(ctx, &own);
    }
    if !found.is_empty() || !(entry.code.root() == "12" || entry.code.as_str() == "016") {
        return found;
    }
    let own_countries: Vec<&str> = own.iter().filter_map(code_country).collect();
    ctx.earlier
        .iter()
        .rev()
        .filter(|e| e.evidence.sentence <= ctx.tree.sentence && e.cameo_root == "11")
        .find(|e| {
            e.recipients
                .iter()
                .any(|r| code_country(r).is_some_and(|c| own_countries.contains(&c)))
        })
        .map(|e| {
            e.actors
                .iter()
                .filter(|a| a.actor.is_some() && !is_own(a))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// CAMEO's 0831 is acceding to demands for a change of leadership: a resignation is made to
/// those who demanded it. Where the sentence names no one, they are the opposition of the
/// resigner's country the article has named up to this sentence ("protesters", an opposition
/// party), the latest first; none if it names none ("resigned for health reasons").
fn demanders(ctx: &Context, own: &[Participant]) -> Vec<Participant> {
    let Some(country) = own.iter().find_map(code_country) else {
        return Vec::new();
    };
    let opposition = format!("{country}OPP");
    latest_entity_coded(ctx, &|a| a.as_str() == opposition)
        .into_iter()
        .collect()
}

/// The entity whose actor code `fits` mentioned last up to this sentence, as an inferred
/// participant.
fn latest_entity_coded(ctx: &Context, fits: &dyn Fn(&ActorCode) -> bool) -> Option<Participant> {
    ctx.entities
        .iter()
        .filter(|e| e.actor.as_ref().is_some_and(fits))
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.sentence <= ctx.tree.sentence)
                .map(move |m| (m.start, e, m))
        })
        .max_by_key(|(start, _, _)| *start)
        .map(|(_, e, m)| Participant {
            entity: Some(e.id.clone()),
            text: m.text.clone(),
            actor: e.actor.clone(),
            inferred: true,
        })
}

fn implicit_recipients_by_syntax(
    ctx: &Context,
    trigger: usize,
    entry: &LexEntry,
    frame: &Frame,
) -> Vec<Participant> {
    let tree = ctx.tree;
    let named: Vec<usize> = frame
        .consumed
        .iter()
        .copied()
        .filter(|&c| matches!(tree.upos[c], "NOUN" | "PROPN"))
        .collect();
    let own = participants_of(ctx, &frame.actors);
    // "freed 222 political prisoners", "dismissed two senior officials": the people an entry
    // with no recipient slot names as its object are the ones it is done to, unless they are
    // the actor's own ("recalled *its* ambassador", "pulled *their* troops back"). Neither an act
    // ("welcomed Kiribati's *decision*") nor the envoy a state recalls (16, aimed at the other
    // state) is one.
    let own_people = |n: usize| {
        tree.deps(n, &["nmod:poss"])
            .any(|o| matches!(tree.upos[o], "PRON"))
    };
    let slotless = entry.recipient.is_none() && entry.code.root() != "16";
    let is_act_noun = |n: usize| {
        let lower = tree.forms[n].to_lowercase();
        ctx.lexicon
            .lookup(TriggerKind::Noun, &tree.forms[n])
            .next()
            .is_some()
            || [GENERIC_ACT_NOUNS, DECISION_NOUNS]
                .iter()
                .any(|list| list.contains(&lower.as_str()))
    };
    // "release hundreds of Palestinian prisoners": the object counted by a measure noun.
    let object_of_trigger = |n: usize| {
        tree.head(n) == Some(trigger)
            || tree
                .deps(trigger, &["obj"])
                .any(|o| o != n && super::frames::measured(tree, o) == n)
    };
    let objects = named
        .iter()
        .copied()
        .filter(|&n| slotless && object_of_trigger(n) && !own_people(n) && !is_act_noun(n));
    for n in objects {
        let done_to: Vec<Participant> = participants(ctx, n)
            .into_iter()
            .filter(|p| p.actor.is_some())
            .collect();
        if !done_to.is_empty() {
            return done_to;
        }
    }
    for &n in &named {
        if let Some(done) = act_doers(ctx, n, trigger, &own)
            && !done.is_empty()
        {
            return done;
        }
    }
    let coded = |toks: Vec<usize>| -> Vec<Participant> {
        toks.into_iter()
            .filter(|t| !frame.actors.contains(t))
            .flat_map(|t| participants(ctx, t))
            .filter(|p| p.actor.is_some())
            .collect()
    };
    for h in std::iter::once(trigger).chain(named.iter().copied()) {
        let found = coded(
            tree.children(h)
                .iter()
                .copied()
                .filter(|&c| matches!(tree.rel(c), "obl" | "nmod"))
                .filter(|&c| {
                    tree.case_of(c)
                        .is_some_and(|k| ADDRESSEE_CASES.contains(&k.as_str()))
                })
                .flat_map(|c| tree.with_conjuncts(c))
                .collect(),
        );
        if !found.is_empty() {
            return found;
        }
    }
    for &n in &named {
        let found = topic_actors(ctx, n, &own, 2);
        if !found.is_empty() {
            return found;
        }
    }
    // "offered to negotiate with the government": the act a named infinitive is aimed at.
    for &v in frame.consumed.iter().filter(|&&c| tree.upos[c] == "VERB") {
        let found = topic_actors(ctx, v, &own, 2);
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

fn participants_of(ctx: &Context, toks: &[usize]) -> Vec<Participant> {
    toks.iter().flat_map(|&t| participants(ctx, t)).collect()
}

/// Nouns for freeing someone held.
const RELEASE_NOUNS: &[&str] = &["release", "freedom", "freeing"];

/// The actors of the latest earlier arrest, detention or sentence (17) of any of `held`. A
/// state holds whom its police or courts took ("called for Navalny's release" after the police
/// detained him is asked of the Russian government), while soldiers or rebels who seized someone
/// hold him themselves.
fn captors_of(ctx: &Context, held: &[Participant]) -> Option<Vec<Participant>> {
    // The same entity, or within one article the same actor code (the entity stage may link
    // "the reporter" and "his" to different entries for one journalist).
    let same = |a: &Participant, b: &Participant| {
        (a.entity.is_some() && a.entity == b.entity) || (a.actor.is_some() && a.actor == b.actor)
    };
    ctx.earlier
        .iter()
        .rev()
        .filter(|e| e.cameo_root == "17" && e.evidence.sentence < ctx.tree.sentence)
        .find(|e| e.recipients.iter().any(|r| held.iter().any(|h| same(r, h))))
        .map(|e| {
            e.actors
                .iter()
                .filter(|a| a.actor.is_some())
                .cloned()
                .map(|mut a| {
                    let state = a.actor.as_ref().and_then(|c| match c.as_str().get(3..) {
                        Some("COP" | "JUD") => c
                            .as_str()
                            .get(..3)
                            .and_then(|k| government_of(&ActorCode::new(k).ok()?)),
                        _ => None,
                    });
                    if state.is_some() {
                        a.actor = state;
                    }
                    a
                })
                .collect::<Vec<_>>()
        })
        .filter(|v| !v.is_empty())
}

/// Cases that tie an act to the actor it is about or aimed at ("the release *of* the sailors",
/// "talks *with* Ukraine", "the attack *on* the peacekeepers", "a truce *between* Israel and
/// Hamas").
const TOPIC_CASES: &[&str] = &[
    "of", "on", "against", "with", "to", "for", "between", "from", "toward", "towards",
];

/// The coded actors an act word (a noun, or a verb's object) is about: its possessor, else an
/// actor in a topic phrase, looking `depth` acts deep ("responsibility for the killing of the
/// governor"); never one of `own`, the event's actors.
fn topic_actors(ctx: &Context, n: usize, own: &[Participant], depth: usize) -> Vec<Participant> {
    let tree = ctx.tree;
    let is_own = |p: &Participant| {
        own.iter().any(|a| {
            (a.entity.is_some() && a.entity == p.entity)
                || (a.entity.is_none() && a.actor == p.actor)
        })
    };
    let mut tied: Vec<usize> = tree.deps(n, &["nmod:poss"]).collect();
    // "opposed the abuse of export controls by the United States": the act's own doer, named
    // by its `by` phrase, is what a reaction to the act is aimed at, as a possessor is.
    tied.extend(
        tree.deps(n, &["nmod", "obl", "obl:agent"])
            .filter(|&c| tree.case_of(c).as_deref() == Some("by")),
    );
    tied.extend(tree.deps(n, &["iobj", "obj"]));
    tied.extend(
        tree.children(n)
            .iter()
            .copied()
            .filter(|&c| matches!(tree.rel(c), "nmod" | "obl"))
            .filter(|&c| {
                tree.case_of(c)
                    .is_some_and(|k| TOPIC_CASES.contains(&k.as_str()))
            }),
    );
    for t in tied {
        let found: Vec<Participant> = tree
            .with_conjuncts(t)
            .into_iter()
            .flat_map(|c| participants(ctx, c))
            .filter(|p| p.actor.is_some() && !is_own(p))
            .collect();
        if !found.is_empty() {
            // "demanded his release": a release is asked of whoever holds him, as CAMEO codes
            // it, when the article has told who detained him.
            if RELEASE_NOUNS.contains(&tree.forms[n].as_str())
                && let Some(captors) = captors_of(ctx, &found)
            {
                return captors;
            }
            return found;
        }
        if depth > 1 && linked(ctx, t).is_some_and(|p| p.entity.is_none() && p.actor.is_none()) {
            let deeper = topic_actors(ctx, t, own, depth - 1);
            if !deeper.is_empty() {
                return deeper;
            }
        }
    }
    Vec::new()
}

/// A material act done to a thing in a named place ("struck targets *in the Gaza Strip*", "port
/// facilities in Odesa", or the place the parser hangs on the verb: "struck port facilities in
/// Odesa") is done to that place's country, as CAMEO codes a strike on a territory; a thing the
/// state's arms own ("*military* buildings in Lahore", "police stations") is theirs.
fn located_target(ctx: &Context, thing: usize, trigger: usize) -> Option<ActorCode> {
    let tree = ctx.tree;
    let located = |h: usize, rels: &'static [&'static str]| {
        tree.deps(h, rels)
            .filter(|&c| {
                matches!(
                    tree.case_of(c).as_deref(),
                    Some("in" | "near" | "outside" | "inside" | "across")
                )
            })
            .find_map(|c| {
                let p = linked(ctx, c)?;
                match ctx.entity_of(&p) {
                    Some(e) => (e.kind == EntityType::Location || e.place.is_some())
                        .then(|| e.country.clone())
                        .flatten(),
                    // "in several Iranian provinces": a place no name covers, placed by its
                    // nationality word.
                    None => PLACE_NOUNS
                        .contains(&tree.forms[c].as_str())
                        .then(|| code_country(&p).filter(|c| is_state(c)).map(str::to_string))
                        .flatten(),
                }
            })
    };
    let country = located(thing, &["nmod"]).or_else(|| located(trigger, &["obl"]))?;
    let role = tree
        .deps(thing, &["amod", "compound"])
        .find_map(|m| match tree.forms[m].as_str() {
            "military" | "army" | "naval" | "navy" => Some("MIL"),
            "police" => Some("COP"),
            _ => None,
        })
        .unwrap_or("");
    ActorCode::new(&format!("{country}{role}")).ok()
}

/// "Islamist fighters seized the town, a day after French warplanes bombed their bases": a thing
/// struck that belongs to "their", "its", "his" or "her" and names no one belongs to the nearest
/// coded participant before it in the sentence that the pronoun can stand for (a group or body
/// for "their", a body or place for "its", a person for "his" and "her"); none when that is the
/// striker itself.
fn possessive_owner(ctx: &Context, thing: usize, actors: &[Participant]) -> Option<Participant> {
    let tree = ctx.tree;
    let poss = tree
        .deps(thing, &["nmod:poss"])
        .find(|&c| tree.upos[c] == "PRON")?;
    let fits = |kind: &EntityType| match tree.forms[poss].to_lowercase().as_str() {
        "their" => matches!(kind, EntityType::Group | EntityType::Organization),
        "its" => matches!(kind, EntityType::Organization | EntityType::Location),
        "his" | "her" => *kind == EntityType::Person,
        _ => false,
    };
    let before = tree.spans[poss].0;
    let own = |e: &Entity| actors.iter().any(|a| a.entity.as_deref() == Some(&e.id));
    let (entity, mention) = ctx
        .entities
        .iter()
        .filter(|e| e.actor.is_some() && fits(&e.kind))
        .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
        .filter(|(_, m)| m.sentence == tree.sentence && m.end <= before)
        .max_by_key(|(_, m)| m.start)?;
    // "Police forced their way into the embassy": the nearest owner is the doer, whose own thing
    // names no one acted on.
    if own(entity) {
        return None;
    }
    Some(Participant {
        entity: Some(entity.id.clone()),
        text: mention.text.clone(),
        actor: entity.actor.clone(),
        inferred: true,
    })
}

/// Verbs whose infinitive complement is a promise of cooperation ("promised to work with",
/// "pledged to send aid", "hoped to work with him").
/// "stood ready to assist Haiti", "was willing to meet": readiness stated is a promise too.
const PROMISE_STEMS: &[&str] = &[
    "promis", "pledg", "vow", "offer", "hope", "commit", "ready", "willing",
];

/// CAMEO codes a promise of cooperation as the intent (03x), not the cooperation: diplomatic (05)
/// is 032, material (06) 031, aid (07) 033, yielding (08) 035, and a meeting or talks offered or
/// promised (04, "offered to hold talks with") 036. Other codes, and a meeting that is only
/// planned ("will meet": 04x), keep theirs with an `intended` modality.
fn promised_code(tree: &SentenceTree, clause: usize, code: &CameoCode) -> Option<CameoCode> {
    let head = tree.head(clause)?;
    let promise = tree.rel(clause) == "xcomp"
        && PROMISE_STEMS
            .iter()
            .any(|s| tree.forms[head].starts_with(s));
    let intent = match code.root() {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        _ => return None,
    };
    promise.then(|| CameoCode::new(intent).ok()).flatten()
}

/// No one is their own recipient: a recipient that is one of the actors' entities is dropped.
fn drop_own_recipients(recipients: &mut Vec<Participant>, actors: &[Participant]) {
    recipients.retain(|r| r.entity.is_none() || !actors.iter().any(|a| a.entity == r.entity));
}

/// Verbs whose complement, when it is a hostile act still to come, is a threat ("warned that
/// Israel would hit back", "vowed to hunt down the militants", "threatened that it would").
const WARNING_STEMS: &[&str] = &["warn", "threat", "vow", "caution"];

/// "would not recognise the new government", "will not sign the deal", "refused to meet the
/// envoy": cooperation (03-08) refused in so many words is a rejection (12), as the hand-coded
/// sets code it; one that merely did not happen ("did not meet") stays negated. The rejection
/// is of what was refused: a meeting 125, an agreement 127, yielding 124 (a release 1243, a
/// resignation 1231), material cooperation 121, else 120.
fn refusal_code(tree: &SentenceTree, clause: usize, code: &CameoCode) -> Option<CameoCode> {
    if !matches!(code.root(), "03" | "04" | "05" | "06" | "07" | "08") {
        return None;
    }
    let will_not = tree
        .deps(clause, &["aux"])
        .any(|a| matches!(tree.forms[a].as_str(), "will" | "would" | "wo" | "shall"))
        && tree.is_negated_here(clause);
    let refused = tree.rel(clause) == "xcomp"
        && tree.head(clause).is_some_and(|h| {
            matches!(
                tree.forms[h].as_str(),
                "refuse" | "refused" | "refuses" | "decline" | "declined" | "declines"
            )
        });
    if !(will_not || refused) {
        return None;
    }
    let rejection = match code.root() {
        "04" => "125",
        "05" if code.as_str().starts_with("057") => "127",
        "08" if code.as_str().starts_with("0841") => "1243",
        "08" if code.as_str().starts_with("0831") => "1231",
        "08" => "124",
        "06" | "07" => "121",
        _ => "120",
    };
    CameoCode::new(rejection).ok()
}

/// CAMEO codes a hostile act foretold in a warning as the threat of it (13x), not as the act
/// with an `intended` modality: force (15, 18-20) is 138, sanctions and embargoes (163) 1312,
/// breaking relations (161, 164) 1313, cutting aid (162) 1311, administrative sanctions (172x)
/// 132x, repression (17) 137, protest (14) 133, other reductions of relations (16) 131. The act
/// is foretold in a clause under a verb of warning, or under "said" with a condition of its own
/// ("said it would impose new sanctions if North Korea supplied Russia"); "would not hesitate
/// to" passes the act through. Returns the threat's code and the verb that states it.
fn threatened_code(
    tree: &SentenceTree,
    clause: usize,
    code: &CameoCode,
) -> Option<(CameoCode, usize)> {
    let c = code.as_str();
    let threat = match code.root() {
        "15" | "18" | "19" | "20" => "138".to_string(),
        "14" => "133".to_string(),
        "16" if c.starts_with("163") => "1312".to_string(),
        "16" if c.starts_with("161") || c.starts_with("164") => "1313".to_string(),
        "16" if c.starts_with("162") => "1311".to_string(),
        "16" => "131".to_string(),
        // Administrative sanctions and their threat share their digits: 1721 -> 1321.
        "17" if c.starts_with("172") => format!("13{}", &c[2..]),
        "17" => "137".to_string(),
        _ => return None,
    };
    let conditioned = |v: usize| {
        tree.deps(v, &["advcl"]).any(|a| {
            tree.deps(a, &["mark"])
                .any(|m| matches!(tree.forms[m].as_str(), "if" | "unless"))
        })
    };
    let mut node = clause;
    let mut conditional = conditioned(node);
    loop {
        let head = tree.head(node)?;
        let form = tree.forms[head].as_str();
        match tree.rel(node) {
            "xcomp" if form.starts_with("hesitat") => {}
            "ccomp" | "xcomp" if WARNING_STEMS.iter().any(|s| form.starts_with(s)) => break,
            "ccomp" if conditional && matches!(form, "said" | "says" | "say") => break,
            _ => return None,
        }
        node = head;
        conditional |= conditioned(node);
    }
    let warning = tree.head(node)?;
    Some((CameoCode::new(&threat).ok()?, warning))
}

/// An assault (18) whose doer is a weapon ("Israeli drone strikes killed", "killed by Pakistani
/// shelling") is the military force of 19: 195 from the air, 194 from the ground.
fn weapon_code(tree: &SentenceTree, actors: &[usize], code: &CameoCode) -> Option<CameoCode> {
    if code.root() != "18" {
        return None;
    }
    let weapon = |list: &[&str]| {
        actors
            .iter()
            .any(|&a| list.contains(&tree.forms[a].to_lowercase().as_str()))
    };
    let new = if weapon(AERIAL_WEAPONS) {
        "195"
    } else if weapon(ARTILLERY_WEAPONS) {
        "194"
    } else {
        return None;
    };
    CameoCode::new(new).ok()
}

/// Shots fired on people are unconventional violence (180), as the development sets code them
/// ("police opened fire on protesters", "fired on fleeing civilians", "fired on crowds"); fired
/// on an armed force, a place or suspects named by no role they are combat (190: "accused Thai
/// troops of opening fire on Cambodian soldiers", "fired on a village", "fired on suspects").
/// "French troops stormed a cave", "Russian special forces stormed the theatre": a place stormed
/// by a state's armed forces or intelligence commandos is conventional military force (190), as
/// the development sets code it, where gunmen storming it is an unconventional attack (the
/// entry's 180) and a crowd's a riot (145).
fn storming_code(entry: &LexEntry, actors: &[Participant]) -> Option<CameoCode> {
    if entry.lemma != "storm" || entry.code.as_str() != "180" {
        return None;
    }
    let armed_forces = |p: &Participant| {
        p.actor
            .as_ref()
            .is_some_and(|a| a.groups().any(|g| matches!(g, "MIL" | "SPY")))
    };
    (!actors.is_empty() && actors.iter().all(armed_forces))
        .then(|| CameoCode::new("190").ok())
        .flatten()
}

/// "Russian forces attacked Ukraine", "gunmen attacked soldiers": an attack (180) on armed
/// forces or on a country as a whole is military force (190), as the development sets code it;
/// on people, a person or places such as hotels it stays an assault (180).
fn attack_code(ctx: &Context, entry: &LexEntry, recipients: &[Participant]) -> Option<CameoCode> {
    if entry.lemma != "attack" || entry.code.as_str() != "180" {
        return None;
    }
    // The country itself, named as such ("attacked Ukraine"), not a person, a town or a thing
    // in it ("a hotel in Kabul", "the attack on Khan Sheikhoun").
    let the_country = |p: &Participant| {
        ctx.entity_of(p).is_some_and(|e| {
            let text = p.text.strip_prefix("the ").unwrap_or(&p.text);
            e.kb_id
                .as_deref()
                .is_some_and(|k| k.starts_with("country:"))
                && e.mentions.iter().any(|m| text.starts_with(&m.text))
        })
    };
    let military = |p: &Participant| {
        let Some(a) = &p.actor else { return false };
        a.groups().any(|g| matches!(g, "MIL" | "REB"))
            || (is_bare_state(a.as_str()) && the_country(p))
    };
    (!recipients.is_empty() && recipients.iter().all(military))
        .then(|| CameoCode::new("190").ok())
        .flatten()
}

/// Nouns of armed combat that place a killing in a fight ("killed 13 soldiers in fighting").
const COMBAT_NOUNS: &[&str] = &[
    "clash",
    "clashes",
    "fighting",
    "battle",
    "battles",
    "gunbattle",
    "firefight",
    "skirmish",
    "skirmishes",
];

/// A killing between armed forces is combat (190), as the development sets code it: one told
/// as done in a fight ("its fighters had killed dozens of soldiers in the battles", "killed
/// eight police officers in two clashes"), or soldiers or police killing rebels or another
/// army's soldiers ("its troops had killed more than 300 of them"). Rebels killing soldiers
/// outside a fight stay an assault (180: "attacked the post and killed four gendarmes"), and so
/// does the killing of a named person ("a drone strike killed Iran's most powerful general").
fn combat_killing_code(
    ctx: &Context,
    entry: &LexEntry,
    trigger: usize,
    actors: &[Participant],
    recipients: &[Participant],
) -> Option<CameoCode> {
    if entry.lemma != "kill" || entry.code.as_str() != "1823" || recipients.is_empty() {
        return None;
    }
    let tree = ctx.tree;
    let person = |p: &Participant| {
        ctx.entity_of(p)
            .is_some_and(|e| e.kind == EntityType::Person)
    };
    if recipients.iter().any(person) {
        return None;
    }
    let plays =
        |p: &Participant, roles: &[&str]| p.actor.as_ref().is_some_and(|a| has_role(a, roles));
    // The parser may hang the phrase on the object ("killed eight officers in two clashes").
    let mut phrases: Vec<usize> = tree.deps(trigger, &["obl"]).collect();
    for object in tree.deps(trigger, &["obj"]) {
        phrases.extend(tree.deps(object, &["nmod"]));
    }
    let in_fight = phrases.iter().any(|&c| {
        COMBAT_NOUNS.contains(&tree.forms[c].to_lowercase().as_str())
            && matches!(tree.case_of(c).as_deref(), Some("in" | "during"))
    });
    let armed_sides = !actors.is_empty()
        && actors.iter().all(|p| plays(p, &["MIL", "REB", "COP"]))
        && recipients.iter().all(|p| plays(p, &["MIL", "REB", "COP"]));
    let forces_on_fighters = !actors.is_empty()
        && actors.iter().all(|p| plays(p, &["MIL", "COP"]))
        && recipients.iter().all(|p| plays(p, &["MIL", "REB"]));
    ((in_fight && armed_sides) || forces_on_fighters)
        .then(|| CameoCode::new("190").ok())
        .flatten()
}

fn fire_code(entry: &LexEntry, recipients: &[Participant]) -> Option<CameoCode> {
    let firing = matches!(entry.lemma.as_str(), "fire" | "open") && entry.code.as_str() == "180";
    let at_people = recipients.iter().any(|p| match &p.actor {
        Some(a) => a.groups().any(|g| {
            matches!(
                g,
                "CVL" | "OPP" | "COP" | "LAB" | "EDU" | "MED" | "REF" | "BUS"
            )
        }),
        None => {
            let head = head_word(p);
            CROWD_NOUNS.contains(&head.as_str()) || CASUALTY_NOUNS.contains(&head.as_str())
        }
    });
    if firing && !at_people {
        CameoCode::new("190").ok()
    } else {
        None
    }
}

/// "Chan dismissed Singirok the same day", "Netanyahu dismissed Defence Minister Yoav Gallant":
/// a person dismissed is removed from his post (172), as the sets code it; "dismissed the
/// accusations" stays a rejection (120). Only the bare verb's entry. `objects` are the frame's
/// own object words, read before any act they name is traced to its doer ("dismissed the
/// accusation" is no dismissal of the accuser).
fn dismissal_code(ctx: &Context, entry: &LexEntry, objects: &[usize]) -> Option<CameoCode> {
    if entry.lemma != "dismiss" || entry.code.as_str() != "120" || entry.object.is_some() {
        return None;
    }
    // A person the object names ("dismissed Singirok", "dismissed him", "dismissed Defence
    // Minister Yoav Gallant"), not one that owns what it names ("dismissed Chan's accusations")
    // nor the author of a claim ("..., a claim the government dismissed").
    let person = |t: usize| {
        ctx.tree.deps(t, &["nmod:poss"]).next().is_none()
            && !is_claim_noun(&ctx.tree.forms[t].to_lowercase())
            && participants(ctx, t).iter().any(|p| {
                ctx.entity_of(p)
                    .is_some_and(|e| e.kind == EntityType::Person)
            })
    };
    (!objects.is_empty() && objects.iter().all(|&t| person(t)))
        .then(|| CameoCode::new("172").ok())
        .flatten()
}

/// "A court ordered him held for 15 days", "ordered Imamoglu to be jailed pending trial", "ordered
/// them deported": an order that someone be held, jailed or sent away is the arrest (173) or the
/// expulsion (174) itself, by whoever ordered it, as the development sets code it, not a demand
/// (10) made of the one ordered held. Only the bare verb's entry.
fn ordered_custody_code(
    tree: &SentenceTree,
    entry: &LexEntry,
    trigger: usize,
) -> Option<CameoCode> {
    if entry.lemma != "order" || entry.code.root() != "10" || entry.object.is_some() {
        return None;
    }
    // The parser may hang the participle on the person ordered held, or on an apposition to
    // them ("ordered Istanbul Mayor Ekrem Imamoglu, Erdogan's main rival, to be jailed").
    let outcome = tree
        .subtree(trigger)
        .into_iter()
        .filter(|&v| v > trigger && matches!(tree.rel(v), "xcomp" | "ccomp" | "advcl" | "acl"))
        .find_map(|v| {
            let w = tree.forms[v].to_lowercase();
            if ORDERED_CUSTODY.contains(&w.as_str()) {
                Some("173")
            } else if ORDERED_REMOVAL.contains(&w.as_str()) {
                Some("174")
            } else {
                None
            }
        })?;
    CameoCode::new(outcome).ok()
}

/// Participles of holding someone, which an order makes an arrest ([`ordered_custody_code`]).
const ORDERED_CUSTODY: &[&str] = &[
    "held",
    "detained",
    "jailed",
    "imprisoned",
    "arrested",
    "remanded",
];

/// Participles of sending someone away, which an order makes an expulsion.
const ORDERED_REMOVAL: &[&str] = &["deported", "expelled", "extradited"];

/// "The African Union suspended Sudan", "the bloc's leaders suspended Guinea": a state suspended
/// loses its seat in a body, which CAMEO codes as relations reduced (161), as the sets code it;
/// "suspended the newspaper" or "the mayor" stays an administrative sanction (172). Only the
/// bare verb's entry.
fn suspension_code(entry: &LexEntry, recipients: &[Participant]) -> Option<CameoCode> {
    if entry.lemma != "suspend" || entry.code.as_str() != "172" || entry.object.is_some() {
        return None;
    }
    let states = !recipients.is_empty()
        && recipients
            .iter()
            .all(|p| p.actor.as_ref().is_some_and(|c| is_bare_state(c.as_str())));
    states.then(|| CameoCode::new("161").ok()).flatten()
}

/// Places that are held as ground: a town seized is territory occupied, a tanker seized is
/// property.
const SETTLEMENT_NOUNS: &[&str] = &[
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "district",
    "districts",
    "region",
    "province",
    "territory",
    "enclave",
    "capital",
    "stronghold",
];

/// "Islamist fighters seized the small town of Diabaly", "Azerbaijan captured Shusha": seizing
/// (171) a settlement or a named place is occupying territory (192), as CAMEO tells them apart;
/// "Iran seized a British tanker" stays a seizure of property. Only the bare verb's entry
/// ([`is_bare_seizure`]).
fn occupied_code(
    ctx: &Context,
    entry: &LexEntry,
    tokens: &[usize],
    recipients: &[Participant],
) -> Option<CameoCode> {
    if !is_bare_seizure(entry) {
        return None;
    }
    let settlement = names_one_of(ctx.tree, tokens, SETTLEMENT_NOUNS);
    let place = recipients.iter().any(|p| {
        ctx.entity_of(p)
            .is_some_and(|e| e.kind == EntityType::Location)
    });
    (settlement || place)
        .then(|| CameoCode::new("192").ok())
        .flatten()
}

/// "Hezbollah guerrillas captured two Israeli soldiers", "rebels seized the prime minister",
/// "gunmen seized the tour bus": people, or a craft with people aboard, seized (171) by no
/// state's forces are abducted or hijacked (181), as CAMEO tells them apart; police or troops
/// seizing someone keep the entry's code. Only the bare verb's entry ([`is_bare_seizure`]).
fn abduction_code(
    ctx: &Context,
    entry: &LexEntry,
    tokens: &[usize],
    actors: &[Participant],
    recipients: &[Participant],
) -> Option<CameoCode> {
    if !is_bare_seizure(entry) {
        return None;
    }
    let state_force = |p: &Participant| {
        p.actor.as_ref().is_some_and(|a| {
            a.groups()
                .any(|g| matches!(g, "GOV" | "MIL" | "COP" | "SPY" | "JUD"))
                || is_bare_state(a.as_str())
        })
    };
    let people = !recipients.is_empty()
        && recipients.iter().all(|p| {
            ctx.entity_of(p)
                .is_some_and(|e| matches!(e.kind, EntityType::Person | EntityType::Group))
        });
    let craft = names_one_of(ctx.tree, tokens, CRAFT_NOUNS);
    (!actors.is_empty() && !actors.iter().any(state_force) && (people || craft))
        .then(|| CameoCode::new("181").ok())
        .flatten()
}

/// The bare verb's entry for a seizure (171: "seized", "captured"), whose object is what is
/// seized (not "seize the assets of R").
fn is_bare_seizure(entry: &LexEntry) -> bool {
    entry.code.as_str() == "171" && entry.object.is_none()
}

/// Whether any of `tokens` is one of the lower-case words of `list`.
fn names_one_of(tree: &SentenceTree, tokens: &[usize], list: &[&str]) -> bool {
    tokens
        .iter()
        .any(|&t| list.contains(&tree.forms[t].to_lowercase().as_str()))
}

/// Craft that carry people, whose seizure is a hijacking.
const CRAFT_NOUNS: &[&str] = &[
    "airliner", "plane", "aircraft", "jet", "bus", "ferry", "train", "ship",
];

/// Nouns for protesters, whom the development sets code as the opposition (`OPP`, following the
/// Phoenix agents dictionary's `PROTESTER [~OPP]`).
const PROTESTER_NOUNS: &[&str] = &["protesters", "protestors", "demonstrators", "rioters"];
/// Nouns for a mass of people who are protesters when the article has told of protests, and
/// civilians (`CVL`) otherwise.
const MASS_NOUNS: &[&str] = &[
    "people", "persons", "crowd", "crowds", "mob", "mobs", "youths",
];
/// Followers of a cause repressed by the state: its opposition, as the sets code supporters
/// beaten back, detained or fired on (of a jailed or ousted leader, of a candidate).
const SUPPORTER_NOUNS: &[&str] = &["supporters", "followers", "loyalists"];
/// Nouns for private people, civilians (`CVL`) whatever the story.
const CIVILIAN_NOUNS: &[&str] = &[
    "civilians",
    "residents",
    "villagers",
    "workers",
    "passengers",
    "suspect",
    "suspects",
    "man",
    "men",
    "woman",
    "women",
];
/// Pronouns that stand for a group told before them in the sentence ("before soldiers
/// dispersed *them*").
const GROUP_PRONOUNS: &[&str] = &["them", "they"];

/// The code of a group of people named only by its noun ("more than 700 people", "crowds",
/// "17 suspects"), or by a pronoun that stands for the nearest such noun before it in the
/// sentence: the country its own words name ("Turkish activists"), else `country`; the role its
/// noun gives it (protesters and supporters `OPP`; people and crowds `OPP` in an article that has told of
/// protests, else `CVL`; civilians, residents, workers and suspects `CVL`). None for any other
/// word.
fn repressed_people(ctx: &Context, tok: usize, country: &str) -> Option<ActorCode> {
    let tree = ctx.tree;
    let is_group = |t: usize| is_people_group(tree, t);
    // Protesters against a foreign state are no opposition: civilians (the sets' rule).
    let opposing = || !protesting_abroad(ctx, country);
    let noun = if GROUP_PRONOUNS.contains(&tree.forms[tok].as_str()) {
        let antecedent = (0..tok).rev().find(|&t| is_group(t))?;
        // A group the sentence has already coded ("the protesters", linked) keeps its code,
        // in `country` when the code is a role alone.
        if let Some(coded) = linked(ctx, antecedent).and_then(|p| p.actor) {
            let coded = coded.as_str();
            let (own, role) = if DOMESTIC_ROLES.contains(&coded) {
                (country, coded)
            } else {
                coded.split_at(3.min(coded.len()))
            };
            let role = if role == "OPP" && !opposing() {
                "CVL"
            } else {
                role
            };
            return ActorCode::new(&format!("{own}{role}")).ok();
        }
        antecedent
    } else {
        tok
    };
    if !is_group(noun) {
        return None;
    }
    let w = tree.forms[noun].as_str();
    let protesting = PROTESTER_NOUNS.contains(&w)
        || SUPPORTER_NOUNS.contains(&w)
        || (MASS_NOUNS.contains(&w) && (protests_told(ctx) || protesting_clause(tree, noun)));
    let role = if protesting && opposing() {
        "OPP"
    } else {
        "CVL"
    };
    let (lo, _) = tree.phrase(noun);
    let own = qualified_country(ctx, lo, noun)
        .and_then(|a| a.as_str().get(..3).map(str::to_string))
        .filter(|c| is_state(c));
    ActorCode::new(&format!("{}{role}", own.as_deref().unwrap_or(country))).ok()
}

/// The object of a trigger's purpose infinitive ("fired tear gas *to clear the protesters*"),
/// the members of a counted crowd ("to disperse *thousands of* demonstrators"). The parser may
/// hang the infinitive on the means instead ("used tear gas" with "to disperse" on "gas").
fn purpose_object(tree: &SentenceTree, trigger: usize) -> Option<usize> {
    std::iter::once(trigger)
        .chain(tree.deps(trigger, &["obj"]))
        .find_map(|h| {
            let purpose = tree
                .deps(h, &["advcl", "xcomp", "acl"])
                .find(|&v| v > h && tree.deps(v, &["mark"]).any(|m| tree.forms[m] == "to"))?;
            tree.dep(purpose, &["obj"])
                .map(|o| super::frames::measured(tree, o))
        })
}

/// Whether a token is a noun for a group of people ([`PROTESTER_NOUNS`], [`SUPPORTER_NOUNS`],
/// [`MASS_NOUNS`], [`CIVILIAN_NOUNS`]).
fn is_people_group(tree: &SentenceTree, tok: usize) -> bool {
    let w = tree.forms[tok].as_str();
    [PROTESTER_NOUNS, SUPPORTER_NOUNS, MASS_NOUNS, CIVILIAN_NOUNS]
        .iter()
        .any(|nouns| nouns.contains(&w))
}

/// Whether a noun for people has a clause of its own that protests ("young people *protesting
/// against police brutality*", "thousands of people *who marched* through Kuala Lumpur").
fn protesting_clause(tree: &SentenceTree, noun: usize) -> bool {
    tree.deps(noun, &["acl", "acl:relcl"]).any(|v| {
        let w = tree.forms[v].to_lowercase();
        PROTEST_VERB_STEMS.iter().any(|s| w.starts_with(s))
    })
}

/// The stems of verbs that tell of people protesting.
const PROTEST_VERB_STEMS: &[&str] = &["protest", "demonstrat", "march", "rall", "riot"];

/// Whether the latest protest or riot (14) coded so far in the article with a target the text
/// names was aimed only at states other than `country` ("protesters attacked the French
/// embassy before soldiers dispersed them").
fn protesting_abroad(ctx: &Context, country: &str) -> bool {
    let targets = |e: &Event| -> Vec<String> {
        e.recipients
            .iter()
            .filter(|p| !p.inferred)
            .filter_map(code_country)
            .filter(|c| is_state(c))
            .map(str::to_string)
            .collect()
    };
    ctx.earlier
        .iter()
        .rev()
        .filter(|e| e.cameo_root.as_str() == "14")
        .map(targets)
        .find(|t| !t.is_empty())
        .is_some_and(|t| t.iter().all(|c| c != country))
}

/// Whether the article, up to and including the sentence being coded, has told of protests (a
/// protest noun, protesters, or [`UNREST_WORDS`]).
fn protests_told(ctx: &Context) -> bool {
    let text = ctx.p.doc.text();
    ctx.p.doc.sentences[..=ctx.tree.sentence]
        .iter()
        .flat_map(|s| &ctx.p.doc.tokens[s.tokens.clone()])
        .any(|t| {
            let w = text[t.start..t.end].to_lowercase();
            PROTEST_NOUNS.contains(&w.as_str())
                || PROTESTER_NOUNS.contains(&w.as_str())
                || UNREST_WORDS.contains(&w.as_str())
        })
}

/// Words besides protest nouns that tell of people up against the state: riots, unrest, an
/// uprising, a strike's workers, people who protested.
const UNREST_WORDS: &[&str] = &[
    "riot",
    "riots",
    "rioting",
    "unrest",
    "uprising",
    "strikers",
    "striking",
    "protested",
    "protesting",
    "demonstrated",
    "rallied",
];

/// Acts of taking people into custody: the police's work, whoever announces it.
const CUSTODY_LEMMAS: &[&str] = &["arrest", "detain", "apprehend", "nab", "round"];

/// "The interior ministry said 2,000 people had been detained", "Kenyatta said 11 suspects had
/// been arrested": the hands that take people into custody are the police's, so an agentless
/// arrest implied from a government that reports it, or from the state named as holding them,
/// is that country's police (`COP`). An implied soldier, spy or court keeps its own role, and
/// acts that are not arrests (charges, sentences) keep the authority found.
fn custodian(entry: &LexEntry, mut implied: Participant) -> Participant {
    if !(entry.code.as_str() == "173" && CUSTODY_LEMMAS.contains(&entry.lemma.as_str())) {
        return implied;
    }
    let police = implied.actor.as_ref().and_then(|a| {
        let country = a.as_str().get(..3).filter(|c| is_state(c))?;
        let role = a.as_str().get(3..).unwrap_or("");
        matches!(role, "" | "GOV")
            .then(|| ActorCode::new(&format!("{country}COP")).ok())
            .flatten()
    });
    if police.is_some() {
        implied.actor = police;
    }
    implied
}

/// Lemmas of a court's acts of custody: a charge, a trial, a sentence.
const COURT_LEMMAS: &[&str] = &["charge", "indict", "sentence", "try", "prosecute"];

/// The role, and its name, of the state body whose act an agentless passive states when no
/// authority is named: a conviction or acquittal is the courts' (`JUD`), an arrest the police's
/// (`COP`), a charge or sentence the courts', an expulsion or any other custody the government's.
fn implied_state_role(entry: &LexEntry) -> Option<(&'static str, &'static str)> {
    let lemma = entry.lemma.as_str();
    match entry.code.as_str() {
        "116" => Some(("JUD", "courts")),
        _ if lemma == "acquit" => Some(("JUD", "courts")),
        "173" if CUSTODY_LEMMAS.contains(&lemma) => Some(("COP", "police")),
        "173" if COURT_LEMMAS.contains(&lemma) => Some(("JUD", "courts")),
        "173" | "174" => Some(("GOV", "government")),
        _ => None,
    }
}

/// Codes whose agentless passive has a certain actor: the state ("was arrested", "was charged").
fn implies_state_actor(entry: &LexEntry) -> bool {
    matches!(entry.code.root(), "17" | "09") || entry.code.as_str() == "116"
}

/// "Kenyan police opened fire": the parser may give a verb two subjects side by side, the
/// qualifier and the noun. When the one taken names no actor, the word beside it under the same
/// verb and relation is the subject.
fn side_by_side_subject(ctx: &Context, t: usize) -> Option<Vec<Participant>> {
    let tree = ctx.tree;
    let head = tree.head(t)?;
    let beside = t + 1;
    (beside < tree.len() && beside < head && tree.head(beside) == Some(head))
        .then_some(())
        .filter(|_| tree.rel(t) == "nsubj" && tree.rel(beside) == "nsubj")?;
    let found = participants(ctx, beside);
    found.iter().any(|p| p.actor.is_some()).then_some(found)
}

/// Plural nouns for the same body in several states, with the role each holds: "the
/// governments of Brazil, Colombia and Chile" are three governments.
const BODIES_OF_STATES: &[(&str, &str)] = &[
    ("governments", "GOV"),
    ("leaders", "GOV"),
    ("presidents", "GOV"),
    ("ministers", "GOV"),
    ("ministries", "GOV"),
    ("armies", "MIL"),
    ("militaries", "MIL"),
    ("navies", "MIL"),
    ("troops", "MIL"),
    ("forces", "MIL"),
    ("officials", "GOV"),
    ("delegations", "GOV"),
];

/// "The governments of Brazil, Colombia and Chile condemned": a plural body noun whose `of`
/// phrase lists two or more countries is one actor per country, each with the body's role.
/// "The deputy foreign ministers of the two countries", "the two countries' militaries": one
/// whose `of` phrase or possessor is the pair the article set against each other is one actor
/// per side, each with the body's role.
fn bodies_of_countries(ctx: &Context, tok: usize) -> Option<Vec<Participant>> {
    let tree = ctx.tree;
    let form = tree.forms[tok].to_lowercase();
    let role = BODIES_OF_STATES
        .iter()
        .find(|(n, _)| *n == form)
        .map(|(_, r)| *r)?;
    let pair_owner = tree
        .of_phrases(tok)
        .chain(tree.deps(tok, &["nmod:poss"]))
        .find(|&o| matches!(tree.forms[o].as_str(), "countries" | "nations" | "sides"));
    if let Some(owner) = pair_owner
        && let Some(pair) = named_pair(ctx, owner)
    {
        let sides: Vec<Participant> = pair
            .into_iter()
            .filter_map(|p| {
                let country = code_country(&p).filter(|c| is_state(c))?;
                let actor = ActorCode::new(&format!("{country}{role}")).ok()?;
                Some(Participant {
                    actor: Some(actor),
                    inferred: true,
                    ..p
                })
            })
            .collect();
        return (sides.len() == 2).then_some(sides);
    }
    let of = tree.of_phrases(tok).next()?;
    let members: Vec<Participant> = tree
        .with_conjuncts(of)
        .into_iter()
        .filter_map(|m| {
            let p = linked(ctx, m)?;
            let country = ctx
                .entity_of(&p)
                .and_then(|e| e.country.clone())
                .filter(|c| is_state_country(c))?;
            let actor = ActorCode::new(&format!("{country}{role}")).ok()?;
            Some(Participant {
                actor: Some(actor),
                ..p
            })
        })
        .collect();
    (members.len() > 1).then_some(members)
}

/// "Indian and Chinese troops clashed", "US and British warplanes struck", "telephoned his
/// Armenian and Azerbaijani counterparts": a noun qualified by two or more coordinated
/// nationalities is one side per country, each with the role the entity stage gave the noun
/// (`MIL` for troops, `GOV` for counterparts).
fn coordinated_nationalities(ctx: &Context, tok: usize) -> Option<Vec<Participant>> {
    let tree = ctx.tree;
    let kb = ctx.kb?;
    if !matches!(tree.upos[tok], "NOUN" | "PROPN") {
        return None;
    }
    let qualifiers: Vec<usize> = tree
        .deps(tok, &["amod", "compound", "nmod:poss"])
        .filter(|&a| a < tok)
        .flat_map(|a| tree.with_conjuncts(a))
        .collect();
    if qualifiers.len() < 2 {
        return None;
    }
    // Each qualifier is one word that names a country, as a name or a nationality ("US",
    // "British"); the date does not matter for a country's code.
    let text = ctx.p.doc.text();
    let date = ctx.published.unwrap_or_default();
    let countries: Vec<String> = qualifiers
        .iter()
        .map(|&a| {
            let (start, end) = tree.spans[a];
            kb.lookup(&text[start..end], date)
                .into_iter()
                .find(|r| matches!(r.entry.kind, EntryKind::Country | EntryKind::Demonym))
                .and_then(|r| r.entry.country.clone())
        })
        .collect::<Option<Vec<String>>>()?;
    let mut distinct = countries.clone();
    distinct.sort();
    distinct.dedup();
    if distinct.len() != countries.len() {
        return None;
    }
    let noun = linked(ctx, tok)?;
    let role: String = noun
        .actor
        .as_ref()?
        .groups()
        .skip_while(|g| countries.iter().any(|c| c == g) || is_state(g))
        .collect();
    // The entity stage gave the noun one entity, of one of the countries; the other sides are
    // not that entity, or "Indian and Chinese troops clashed" would be one event merged from
    // its two directions.
    countries
        .iter()
        .map(|c| {
            let actor = ActorCode::new(&format!("{c}{role}")).ok()?;
            Some(Participant {
                entity: noun
                    .entity
                    .clone()
                    .filter(|_| noun.actor.as_ref() == Some(&actor)),
                actor: Some(actor),
                ..noun.clone()
            })
        })
        .collect()
}

/// CAMEO's curfew (1723, lifted 0813), state of emergency or martial law (1724, lifted 0814) and
/// ban on gatherings (1721).
const EMERGENCY_RULE_CODES: &[&str] = &["1721", "1723", "1724", "0813", "0814"];

/// Nouns of office that act for the body they head or speak for: "the head of the U.N. mission",
/// "a spokesman for the foreign ministry", "the chief of the army".
const OFFICE_NOUNS: &[&str] = &[
    "head",
    "chief",
    "leader",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "representative",
    "commander",
    "president",
    "chairman",
    "chair",
    "secretary-general",
];

/// "the head of the U.N. mission in Iraq urged": an office holder the sentence does not name,
/// introduced by the body he heads or speaks for, acts with that body's code.
fn office_holder_of(ctx: &Context, tok: usize) -> Option<Participant> {
    let tree = ctx.tree;
    if !OFFICE_NOUNS.contains(&tree.forms[tok].to_lowercase().as_str()) {
        return None;
    }
    let body = tree
        .deps(tok, &["nmod"])
        .find(|&c| matches!(tree.case_of(c).as_deref(), Some("of" | "for")))?;
    let found = linked(ctx, body).filter(|p| p.actor.is_some())?;
    let (start, end) = (tree.spans[tok].0, ctx.p.doc.sentences[tree.sentence].end);
    let text = ctx.p.doc.text()[start..end]
        .split(',')
        .next()
        .unwrap_or("")
        .trim_end()
        .to_string();
    Some(Participant {
        entity: None,
        text,
        actor: found.actor,
        inferred: false,
    })
}

/// The participants a token stands for: its entity, the entities it lists ("officials,
/// including Pompeo and Pence"), or the quote's speaker for "we" inside a quote.
fn participants(ctx: &Context, tok: usize) -> Vec<Participant> {
    let tree = ctx.tree;
    // "The two governments" is never one actor, whatever role the word alone would carry.
    if let Some(mut pair) = named_pair(ctx, tok).or_else(|| counted_countries(ctx, tok)) {
        // The pair's noun says what each side is: "the two governments", "both leaders" are
        // the governments of the sides the article named as countries; "both countries" are
        // the countries, whichever of their bodies the article named.
        let noun = tree.forms[tok].to_lowercase();
        for side in pair.iter_mut() {
            let recoded = side.actor.as_ref().and_then(|a| match noun.as_str() {
                "governments" | "leaders" | "presidents" => government_of(a),
                "countries" | "nations" | "neighbours" | "neighbors" => a
                    .as_str()
                    .get(..3)
                    .filter(|c| is_state(c))
                    .and_then(|c| ActorCode::new(c).ok()),
                _ => None,
            });
            if recoded.is_some() {
                side.actor = recoded;
            }
        }
        return pair;
    }
    if let Some(author) = summed_up_claim(ctx, tok) {
        return vec![author];
    }
    if let Some(members) = bodies_of_countries(ctx, tok) {
        return members;
    }
    if let Some(people) = plural_antecedent(ctx, tok) {
        return people;
    }
    if let Some(sides) = coordinated_nationalities(ctx, tok) {
        return sides;
    }
    if let Some(p) = linked(ctx, tok) {
        // "the Gulf state": the region that describes the country is not the country.
        if p.actor.is_none()
            && let Some(country) = described_country(ctx, tok, &p.text)
        {
            return vec![country];
        }
        if p.entity.is_some() {
            let mut listed = vec![p];
            for m in listed_appositions(tree, tok) {
                if let Some(member) = linked(ctx, m).filter(|m| m.entity.is_some())
                    && !listed.iter().any(|l| l.entity == member.entity)
                {
                    listed.push(member);
                }
            }
            // "The foreign ministers of the three countries, Cavusoglu, Haavisto and Linde": a
            // title of no country that lists its holders is those holders.
            let bare_role = |p: &Participant| {
                p.actor
                    .as_ref()
                    .is_some_and(|a| a.as_str().len() == 3 && !is_state(a.as_str()))
            };
            if listed.len() > 1 && bare_role(&listed[0]) {
                listed.remove(0);
            }
            return listed;
        }
        if p.actor.is_none()
            && let Some(holder) = office_holder_of(ctx, tok)
        {
            return vec![holder];
        }
        // A generic head that lists its members: use the members.
        let members: Vec<Participant> = tree
            .deps(tok, &["nmod", "appos"])
            .filter(|&c| tree.rel(c) == "appos" || tree.case_of(c).as_deref() == Some("including"))
            .flat_map(|c| tree.with_conjuncts(c))
            .filter_map(|m| linked(ctx, m))
            .filter(|m| m.entity.is_some())
            .collect();
        if !members.is_empty() {
            return members;
        }
        // "thousands of protesters", "a team of 15 Saudi agents": a count or a band of people
        // is those it is made of.
        if p.actor.is_none()
            && (tree.upos[tok] == "NUM"
                || GROUP_HEADS.contains(&tree.forms[tok].to_lowercase().as_str()))
            && let Some(made_of) = tree.of_phrases(tok).next()
        {
            let members: Vec<Participant> = tree
                .with_conjuncts(made_of)
                .into_iter()
                .filter_map(|m| linked(ctx, m))
                .filter(|m| m.actor.is_some())
                .collect();
            if !members.is_empty() {
                return members;
            }
        }
        return vec![p];
    }
    Vec::new()
}

/// "found two Reuters journalists, Wa Lone and Kyaw Soe Oo, guilty ... and sentenced *them*",
/// "Megrahi and Fhimah landed at the base, where Dutch officials detained *them*": a plural
/// object "them" that no entity covers stands for the nearest people told before it in its
/// sentence that carry actor codes, coordinated persons or a plural noun, never the subject of
/// its own verb (the officials do not detain themselves) nor a word for an act ("imposed
/// sanctions and tightened them"). `None` when the sentence names no such people before it, or
/// when a crowd comes first, which [`repressed_people`] codes.
fn plural_antecedent(ctx: &Context, tok: usize) -> Option<Vec<Participant>> {
    let tree = ctx.tree;
    if !tree.forms[tok].eq_ignore_ascii_case("them")
        || linked(ctx, tok).is_some_and(|p| p.actor.is_some())
    {
        return None;
    }
    let own_subjects: Vec<usize> = tree
        .head(tok)
        .map(|verb| {
            subjects(tree, verb)
                .into_iter()
                .flat_map(|s| tree.with_conjuncts(s))
                .collect()
        })
        .unwrap_or_default();
    let is_person = |p: &Participant| {
        ctx.entity_of(p)
            .is_some_and(|e| e.kind == EntityType::Person)
    };
    for t in (0..tok).rev() {
        // "protesters ... before police dispersed them": a crowd is coded as repressed people.
        if is_people_group(tree, t) {
            return None;
        }
        if own_subjects.contains(&t)
            || tree.rel(t) == "conj"
            || !matches!(tree.upos[t], "NOUN" | "PROPN")
            || names_act(ctx, t)
        {
            continue;
        }
        let coordinated = tree.dep(t, &["conj"]).is_some();
        let plural = tree.xpos.get(t) == Some(&"NNS");
        let people: Vec<Participant> = tree
            .with_conjuncts(t)
            .into_iter()
            .flat_map(|c| participants(ctx, c))
            .filter(|p| p.actor.is_some())
            .collect();
        let fits = if coordinated {
            people.len() > 1 && people.iter().all(is_person)
        } else {
            plural && !people.is_empty()
        };
        if fits {
            return Some(people);
        }
    }
    None
}

/// Words for a country that a description may stand for ("the Gulf state", "the island nation").
const COUNTRY_WORDS: &[&str] = &["nation", "country", "state", "republic", "kingdom"];

/// "cut ties with Qatar, accusing *the Gulf state* of supporting terrorism", "after *the Pacific
/// island nation* decided to recognise China": a definite word for a country, described by a
/// region or as an island and naming no country itself, stands for the country of the acts told
/// so far (in this sentence or before) whose name was mentioned last before it. Only the
/// countries of an act's sides are candidates, each by its own name: "accused the UAE of
/// supplying the RSF with weapons through neighbouring Chad, a charge the Gulf state denied" is
/// the UAE's denial, not Chad's (no act's side) nor Sudan's (named before the UAE, though its
/// RSF is named after). The subject of the word's own verb is never the one it describes.
fn described_country(ctx: &Context, tok: usize, text: &str) -> Option<Participant> {
    let tree = ctx.tree;
    if !COUNTRY_WORDS.contains(&tree.forms[tok].as_str()) {
        return None;
    }
    let kids = tree.children(tok);
    let definite = kids
        .iter()
        .any(|&c| tree.forms[c].eq_ignore_ascii_case("the"));
    // The tree's forms are lowercased: a region's capital is read from the text.
    let capitalised = |c: usize| {
        ctx.p.doc.text()[tree.spans[c].0..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let described = kids.iter().any(|&c| {
        matches!(tree.rel(c), "amod" | "compound") && (tree.forms[c] == "island" || capitalised(c))
    });
    if !definite || !described {
        return None;
    }
    let at = tree.spans[tok].0;
    // "Egypt accused the Gulf state": never the subject of its own verb.
    let subject_spans: Vec<(usize, usize)> = tree
        .head(tok)
        .map(|h| subjects(tree, h))
        .unwrap_or_default()
        .into_iter()
        .filter(|&s| s != tok)
        .map(|s| {
            let (lo, hi) = tree.phrase(s);
            tree.byte_span(lo, hi)
        })
        .collect();
    let in_subject = |e: &Entity| {
        e.mentions.iter().any(|m| {
            subject_spans
                .iter()
                .any(|&(lo, hi)| lo <= m.start && m.end <= hi)
        })
    };
    // The countries of the acts' sides, each with its own name's latest mention before the word.
    let sides: Vec<&str> = ctx
        .earlier
        .iter()
        .flat_map(|e| e.actors.iter().chain(&e.recipients))
        .filter_map(code_country)
        .filter(|c| is_state(c))
        .collect();
    let named = crate::entities::named_last_before(ctx.entities, at, |e| {
        e.actor
            .as_ref()
            .is_some_and(|a| sides.contains(&a.as_str()))
            && !in_subject(e)
    })?;
    let e = &ctx.entities[named];
    Some(Participant {
        entity: Some(e.id.clone()),
        text: text.to_string(),
        actor: e.actor.clone(),
        inferred: true,
    })
}

/// Words for a count or a band of people, which act as those they are made of ("thousands of
/// protesters stormed", "killed by a team of agents").
const GROUP_HEADS: &[&str] = &[
    "thousands",
    "hundreds",
    "dozens",
    "scores",
    "tens",
    "millions",
    "team",
    "group",
    "unit",
    "squad",
    "band",
    "crowd",
    "crowds",
    "contingent",
    "delegation",
    "detachment",
    "panel",
];

/// "The three countries formed a defence pact" after "Mali, Burkina Faso and Niger announced":
/// a count of countries names the latest list of exactly that many countries told, in this
/// sentence before it or in an earlier one.
fn counted_countries(ctx: &Context, tok: usize) -> Option<Vec<Participant>> {
    let tree = ctx.tree;
    let group = tree.forms[tok].to_lowercase();
    if !matches!(
        group.as_str(),
        "countries" | "nations" | "states" | "governments"
    ) {
        return None;
    }
    let n =
        tree.children(tok)
            .iter()
            .find_map(|&c| match tree.forms[c].to_lowercase().as_str() {
                "three" => Some(3),
                "four" => Some(4),
                "five" => Some(5),
                _ => None,
            })?;
    let text = ctx.p.doc.text();
    let before = tree.spans[tok].0;
    // A country named as itself: its actor code is the bare country.
    fn country_of(e: &Entity) -> Option<&str> {
        e.actor
            .as_ref()
            .filter(|a| a.as_str().len() == 3 && !matches!(a.as_str(), "IGO" | "NGO"))
            .and(e.country.as_deref())
    }
    (0..=tree.sentence).rev().find_map(|s| {
        let mut named: Vec<(&Mention, &Entity)> = ctx
            .entities
            .iter()
            .filter(|e| country_of(e).is_some())
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .filter(|m| m.sentence == s && m.end <= before)
                    .map(move |m| (m, e))
            })
            .collect();
        named.sort_by_key(|(m, _)| m.start);
        // Runs of names joined only by commas and "and" ("Australia, Britain and the United
        // States").
        let mut runs: Vec<Vec<(&Mention, &Entity)>> = Vec::new();
        for (m, e) in named {
            let joined = runs.last().and_then(|r| r.last()).is_some_and(|(prev, _)| {
                text.get(prev.end..m.start).is_some_and(|gap| {
                    gap.split(|c: char| c == ',' || c.is_whitespace())
                        .all(|w| matches!(w, "" | "and" | "the"))
                })
            });
            match runs.last_mut() {
                Some(run) if joined => run.push((m, e)),
                _ => runs.push(vec![(m, e)]),
            }
        }
        runs.into_iter().rev().find_map(|run| {
            let mut countries: Vec<&str> = run.iter().filter_map(|(_, e)| country_of(e)).collect();
            countries.sort_unstable();
            countries.dedup();
            (run.len() == n && countries.len() == n).then(|| {
                run.iter()
                    .map(|(m, e)| Participant {
                        entity: Some(e.id.clone()),
                        text: m.text.clone(),
                        actor: e.actor.clone(),
                        inferred: true,
                    })
                    .collect()
            })
        })
    })
}

/// A state's envoys, whose expulsion or summons is aimed at their government.
const DIPLOMAT_NOUNS: &[&str] = &["diplomat", "diplomats", "ambassador", "envoy", "envoys"];

/// Nouns that name a protest, whose doers are the protesters.
const PROTEST_NOUNS: &[&str] = &[
    "protest",
    "protests",
    "demonstration",
    "demonstrations",
    "rally",
    "rallies",
    "march",
    "marches",
    "sit-in",
];

/// Nouns for an unarmed crowd, whose force is rioting (145): "protesters stormed", "a crowd set
/// fire to the town hall", "his supporters tore down the barriers".
const CROWD_NOUNS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "crowd",
    "crowds",
    "mob",
    "mobs",
    "rioters",
    "students",
    "supporters",
    "youths",
];

/// "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain cut ties": a list the parser
/// reads as appositions of its first name, ending in a conjunct. The coordinator is what makes it
/// a list; without one an apposition renames its head ("Michael Kovrig, a former diplomat") and
/// adds nobody.
fn listed_appositions(tree: &SentenceTree, tok: usize) -> Vec<usize> {
    let mut chain = Vec::new();
    // "The foreign ministers of the three countries, Cavusoglu, Haavisto and Linde": the parser
    // may hang the list on the noun of the "of" phrase.
    let mut frontier: Vec<usize> = std::iter::once(tok).chain(tree.of_phrases(tok)).collect();
    while let Some(cur) = frontier.pop() {
        for a in tree.deps(cur, &["appos"]) {
            if !chain.contains(&a) {
                chain.push(a);
                frontier.push(a);
            }
        }
    }
    let members: Vec<usize> = chain.iter().flat_map(|&a| tree.with_conjuncts(a)).collect();
    if members.len() > chain.len() {
        members
    } else {
        Vec::new()
    }
}

/// "The two leaders", "both sides", "all sides": the actor and the recipient of the latest
/// earlier event between two different actors, as the reader takes them.
fn named_pair(ctx: &Context, tok: usize) -> Option<Vec<Participant>> {
    let tree = ctx.tree;
    // "all sides", "all parties": the sides of the story's conflict, as "both sides" are.
    let all_sides = matches!(tree.forms[tok].as_str(), "sides" | "parties");
    let counted = tree.children(tok).iter().any(|&c| {
        matches!(tree.forms[c].as_str(), "two" | "both")
            || (all_sides && tree.forms[c].eq_ignore_ascii_case("all"))
    });
    if !counted || !PAIR_NOUNS.contains(&tree.forms[tok].as_str()) {
        return None;
    }
    // "The two leaders" are two people: a pair with a group on one side ("other European
    // governments") is not the one meant, however recent.
    // Failing two people, two sides with a country each (the leaders' countries) will do, but
    // never a side that is a role with no country.
    let person = |p: &Participant| {
        p.entity.as_ref().is_some_and(|id| {
            ctx.entities
                .iter()
                .any(|e| &e.id == id && e.kind == EntityType::Person)
        })
    };
    let with_country = |p: &Participant| {
        p.actor
            .as_ref()
            .and_then(|a| a.groups().next())
            .is_some_and(|g| !DOMESTIC_ROLES.contains(&g))
    };
    // A pair that acts ("Muizzu met Xi Jinping, and the two governments signed") is the pair
    // its own sentence has just set together; a pair addressed ("urged both sides") is rather
    // the story's pair, as the urging's own sentence is about whoever urges.
    let acting = tree.rel(tok).starts_with("nsubj")
        || tree
            .deps(tok, &["acl"])
            .any(|v| v > tok && tree.dep(v, &["obj"]).is_some());
    let pair_where = |fits: &dyn Fn(&Participant) -> bool| {
        pair_in_sentence(ctx, tok, fits)
            .or_else(|| {
                acting
                    .then(|| latest_pair(ctx, fits, PairScope::ThisSentence))
                    .flatten()
            })
            .or_else(|| latest_pair(ctx, fits, PairScope::EarlierSentences))
    };
    if PERSON_PAIR_NOUNS.contains(&tree.forms[tok].as_str()) {
        pair_where(&person).or_else(|| pair_where(&with_country))
    } else {
        // "The two countries", "the two governments" are two states: a pair of one state's
        // bodies, or of a state and an international court, is not the one meant.
        let states = matches!(
            tree.forms[tok].as_str(),
            "countries" | "nations" | "neighbours" | "neighbors" | "governments"
        );
        let two_states = |pair: &Vec<Participant>| {
            let (a, b) = (code_country(&pair[0]), code_country(&pair[1]));
            a != b && a.is_some_and(is_state) && b.is_some_and(is_state)
        };
        pair_where(&|_| true)
            .filter(|pair| !states || two_states(pair))
            .or_else(|| two_countries_told(ctx, tok))
    }
}

/// "... which many Georgians saw as an insult 11 years after *the two countries* fought a brief
/// war": with no earlier event between two sides, "the two countries" ("both sides", "the two
/// governments") are the two states the article has named most up to the phrase, when a third
/// is named less often than both.
fn two_countries_told(ctx: &Context, tok: usize) -> Option<Vec<Participant>> {
    let tree = ctx.tree;
    let before = tree.spans[tok].0;
    // Per country: how often it is named, and its entity named most.
    let mut told: Vec<(&str, usize, &Entity, usize)> = Vec::new();
    for e in ctx.entities {
        let Some(country) = e.country.as_deref().filter(|c| is_bare_state(c)) else {
            continue;
        };
        // A country named as itself, by its capital or by its people: no other role.
        if e.actor.as_ref().is_none_or(|a| a.as_str() != country) {
            continue;
        }
        let seen = e
            .mentions
            .iter()
            .filter(|m| {
                m.sentence < tree.sentence || (m.sentence == tree.sentence && m.end <= before)
            })
            .count();
        if seen == 0 {
            continue;
        }
        match told.iter_mut().find(|(c, ..)| *c == country) {
            Some(t) => {
                t.1 += seen;
                if seen > t.3 {
                    (t.2, t.3) = (e, seen);
                }
            }
            None => told.push((country, seen, e, seen)),
        }
    }
    told.sort_by_key(|(_, n, ..)| std::cmp::Reverse(*n));
    let (first, second) = (told.first()?, told.get(1)?);
    if told.get(2).is_some_and(|third| third.1 >= second.1) {
        return None;
    }
    Some(
        [first, second]
            .iter()
            .map(|(_, _, e, _)| Participant {
                entity: Some(e.id.clone()),
                text: e.name.clone(),
                actor: e.actor.clone(),
                inferred: true,
            })
            .collect(),
    )
}

/// Two coordinated actors named earlier in the same sentence ("hosted Aliyev and Pashinyan at
/// the White House, where *the two leaders* signed"): the pair the reader has just been given,
/// before any pair of earlier events. Never the subjects of a verb the phrase depends on: "the
/// United States and Britain urged *both governments*" addresses two others.
fn pair_in_sentence(
    ctx: &Context,
    tok: usize,
    fits: &dyn Fn(&Participant) -> bool,
) -> Option<Vec<Participant>> {
    let tree = ctx.tree;
    let above = tree.ancestors(tok);
    let subject_above =
        |t: usize| tree.rel(t) == "nsubj" && tree.head(t).is_some_and(|h| above.contains(&h));
    (0..tok).rev().filter(|&t| !subject_above(t)).find_map(|t| {
        let first =
            linked(ctx, t).filter(|p| p.entity.is_some() && p.actor.is_some() && fits(p))?;
        tree.deps(t, &["conj"]).filter(|&c| c < tok).find_map(|c| {
            let second =
                linked(ctx, c).filter(|p| p.entity.is_some() && p.actor.is_some() && fits(p))?;
            (second.entity != first.entity).then(|| vec![first.clone(), second])
        })
    })
}

/// Which earlier events [`latest_pair`] searches.
#[derive(Clone, Copy)]
enum PairScope {
    /// Those already coded in the phrase's own sentence ("Muizzu met Xi Jinping, and *the two
    /// governments* signed 20 agreements").
    ThisSentence,
    /// Those of the sentences before it.
    EarlierSentences,
}

/// The two countries of a pair, in order, so "X against Y" and "Y against X" are one pair.
type Sides = (Option<String>, Option<String>);

/// The actor and the recipient of an event told before this sentence between two different
/// sides that both `fit`, or two different actors of one ("Maduro and Ali pledged ...": *the two
/// leaders*): of the pair of countries told most often, the latest such event, among the events
/// `scope` says.
fn latest_pair(
    ctx: &Context,
    fits: &dyn Fn(&Participant) -> bool,
    scope: PairScope,
) -> Option<Vec<Participant>> {
    let key = |p: &Participant| {
        p.entity
            .clone()
            .or_else(|| p.actor.as_ref().map(|a| a.to_string()))
    };
    // "urged the two countries to resolve their differences": the pair the story is about is
    // the one its earlier events set against each other most often, not merely the last
    // (a third state's condemnation of one of them); among equals, the latest.
    let country = |p: &Participant| code_country(p).map(str::to_string);
    let pairs: Vec<(Vec<Participant>, Sides)> = ctx
        .earlier
        .iter()
        .rev()
        .filter(|e| match scope {
            PairScope::ThisSentence => e.evidence.sentence == ctx.tree.sentence,
            PairScope::EarlierSentences => e.evidence.sentence < ctx.tree.sentence,
        })
        .filter_map(|e| {
            let fit = |p: &&Participant| p.actor.is_some() && fits(p);
            let a = e.actors.iter().find(fit)?;
            let r = e
                .recipients
                .iter()
                .find(fit)
                .or_else(|| e.actors.iter().filter(fit).find(|b| key(b) != key(a)))?;
            let (ca, cr) = (country(a), country(r));
            let sides = if ca <= cr { (ca, cr) } else { (cr, ca) };
            (key(a) != key(r)).then(|| (vec![a.clone(), r.clone()], sides))
        })
        .collect();
    let told =
        |sides: &(Option<String>, Option<String>)| pairs.iter().filter(|(_, s)| s == sides).count();
    // `pairs` runs from the latest back, and max_by_key keeps the last of equals: reversed, the
    // latest of the most told wins.
    pairs
        .iter()
        .rev()
        .max_by_key(|(_, sides)| told(sides))
        .map(|(pair, _)| pair.clone())
}

/// Who did the act a noun names, when a reaction to the act is aimed at them: the doer the
/// noun phrase itself names ([`doers_named_on`]), else the actors of the earlier event it refers
/// to ([`referred_event`]), else no one.
fn act_doers(
    ctx: &Context,
    tok: usize,
    trigger: usize,
    own: &[Participant],
) -> Option<Vec<Participant>> {
    let named = doers_named_on(ctx, tok, trigger, own);
    if !named.is_empty() {
        return Some(named);
    }
    if let Some(speaker) = claimant(ctx, tok) {
        return Some(vec![speaker]);
    }
    referred_event(ctx, tok, own)
}

/// "Britain welcomed the strike, while Iran condemned *it*", "said the ruling endangered
/// security and refused to carry *it* out": an "it" no actor stands for is the nearest act noun
/// before it in its sentence.
fn act_antecedent(ctx: &Context, t: usize) -> Option<usize> {
    let tree = ctx.tree;
    if !tree.forms[t].eq_ignore_ascii_case("it") {
        return None;
    }
    (0..t)
        .rev()
        .find(|&k| tree.upos[k] == "NOUN" && names_act(ctx, k))
}

/// "Sudan's army said its forces had killed dozens of soldiers, *a claim* Juba dismissed": a
/// word for a claim set in apposition beside a reported clause is that report, made by the one
/// who reported it.
fn claimant(ctx: &Context, tok: usize) -> Option<Participant> {
    let tree = ctx.tree;
    let lower = tree.forms[tok].to_lowercase();
    let claim =
        ACCUSATION_NOUNS.contains(&lower.as_str()) || REPORT_NOUNS.contains(&lower.as_str());
    if tree.deprel(tok) != "appos" || !claim {
        return None;
    }
    reporting_speaker(ctx, tok)
}

/// Words for what someone reported, which answer to whoever reported it.
const REPORT_NOUNS: &[&str] = &[
    "account",
    "version",
    "explanation",
    "assertion",
    "statement",
];

/// "ignored a deadline *set by Judge Moro*", "condemned the violence *used by the
/// authorities*", "the sanctions *the EU imposed*", "the abuse of export controls *by the United
/// States*": the doer an act noun's own phrase names, by a `by` phrase, a participle's agent or
/// the subject of a relative clause that tells the act. A clause that answers the act tells who
/// answered, not who acted ("a charge *Moscow denied*", "an account *rejected by* Ukrainian
/// officials"), and neither the event's own trigger nor its actors count.
fn doers_named_on(
    ctx: &Context,
    tok: usize,
    trigger: usize,
    own: &[Participant],
) -> Vec<Participant> {
    let tree = ctx.tree;
    if tree.upos[tok] != "NOUN" || !names_act(ctx, tok) {
        return Vec::new();
    }
    let by_phrase = |h: usize| {
        tree.deps(h, &["nmod", "obl", "obl:agent"])
            .filter(|&c| tree.case_of(c).as_deref() == Some("by"))
            .collect::<Vec<usize>>()
    };
    let mut doers = by_phrase(tok);
    // "welcomed Kiribati's decision", "criticised Russia's move": the owner of a decision or a
    // step took it (not of an arrest or a release, whose owner undergoes it), and a state that
    // decides is its government.
    let lower = tree.forms[tok].to_lowercase();
    let mut deciders: Vec<Participant> = Vec::new();
    if [GENERIC_ACT_NOUNS, DECISION_NOUNS]
        .iter()
        .any(|list| list.contains(&lower.as_str()))
    {
        for owner in tree.deps(tok, &["nmod:poss"]) {
            for mut p in participants(ctx, owner) {
                if let Some(gov) = p.actor.as_ref().and_then(government_of) {
                    p.actor = Some(gov);
                }
                deciders.push(p);
            }
        }
    }
    for clause in tree.deps(tok, &["acl", "acl:relcl"]) {
        if clause == trigger || tree.upos[clause] != "VERB" || answers_act(ctx, clause) {
            continue;
        }
        doers.extend(by_phrase(clause));
        doers.extend(
            subjects(tree, clause)
                .into_iter()
                .filter(|&s| !RELATIVE_PRONOUNS.contains(&tree.forms[s].to_lowercase().as_str())),
        );
    }
    let is_own = |p: &Participant| {
        own.iter().any(|a| {
            (a.entity.is_some() && a.entity == p.entity)
                || (a.entity.is_none() && a.actor == p.actor)
        })
    };
    doers
        .into_iter()
        .flat_map(|d| tree.with_conjuncts(d))
        .flat_map(|d| participants(ctx, d))
        .chain(deciders)
        .filter(|p| p.actor.is_some() && !is_own(p))
        .collect()
}

/// Whether a recipient is the reciprocal pronoun ("each other", "one another"), itself or as
/// the possessor of what it names ("each other's positions").
fn names_each_other(tree: &SentenceTree, t: usize) -> bool {
    let reciprocal = |w: usize| {
        let word = |k: usize| tree.forms.get(k).map(|f| f.to_lowercase());
        matches!(
            (word(w).as_deref(), word(w + 1).as_deref()),
            (Some("each"), Some("other")) | (Some("one"), Some("another"))
        )
    };
    reciprocal(t) || tree.deps(t, &["nmod:poss"]).any(reciprocal)
}

/// Relative pronouns, which as a relative clause's subject are the noun itself.
const RELATIVE_PRONOUNS: &[&str] = &["which", "that", "who", "whom", "whose"];

/// Whether a noun names an act, a statement or a decision: an event noun or a verb's own noun
/// the lexicon knows, the object noun of a support verb ("launched *drills*"), or one of the
/// listed words for charges, courts' acts, violence and decisions.
fn names_act(ctx: &Context, tok: usize) -> bool {
    let form = &ctx.tree.forms[tok];
    let lower = form.to_lowercase();
    ctx.lexicon.lookup(TriggerKind::Noun, form).next().is_some()
        || ctx.lexicon.lookup(TriggerKind::Verb, form).next().is_some()
        || ctx.lexicon.with_object_noun(&lower).next().is_some()
        || [
            ACCUSATION_NOUNS,
            JUDICIAL_ACT_NOUNS,
            VIOLENCE_NOUNS,
            GENERIC_ACT_NOUNS,
            DECISION_NOUNS,
            SEIZURE_NOUNS,
        ]
        .iter()
        .any(|list| list.contains(&lower.as_str()))
}

/// Verbs of helping, whose aid (07) is the act helped with when they take one.
const HELPING_LEMMAS: &[&str] = &["help", "assist"];

/// Words for what an authority decides or someone states, which are someone's acts.
const DECISION_NOUNS: &[&str] = &[
    "law",
    "laws",
    "decree",
    "order",
    "deadline",
    "measures",
    "account",
    "explanation",
    "statement",
    "comments",
    "remarks",
    "attempt",
];

/// Whether a verb judges or answers an act rather than doing it (a comment, an approval, a
/// disapproval or a rejection: roots 01, 05, 11, 12, as the lexicon codes the verb).
fn answers_act(ctx: &Context, verb: usize) -> bool {
    ctx.lexicon
        .lookup(TriggerKind::Verb, &ctx.tree.forms[verb])
        .any(|e| matches!(e.code.root(), "01" | "05" | "11" | "12"))
}

/// "Russia condemned *the sanctions*": a definite noun naming a kind of event the lexicon knows
/// (an event noun, or a verb's own noun: sanctions, attack, sentence, launch) refers to the latest event
/// of that code told in an earlier sentence, and what is condemned is its actors (with those of the same act in that
/// sentence: "the agreement" of Saudi Arabia and Iran is both of theirs).
///
/// An event of the `own` side is not the one meant: Iran condemning "the attack" after Israel's
/// strikes on Iran condemns Israel's, not its own earlier attack the story recalls.
fn referred_event(ctx: &Context, tok: usize, own: &[Participant]) -> Option<Vec<Participant>> {
    let tree = ctx.tree;
    let demonstrative = |w: usize| {
        matches!(
            tree.forms[w].to_lowercase().as_str(),
            "the" | "this" | "that" | "these" | "those"
        )
    };
    // "called the visit reckless", parsed with "visit" a compound of "reckless": the article
    // right before the noun makes it definite whatever the parser hung it on.
    let definite = tree
        .children(tok)
        .iter()
        .any(|&c| demonstrative(c) || tree.deprel(c) == "nmod:poss")
        || (tok > 0 && demonstrative(tok - 1));
    let form = &tree.forms[tok];
    let accusation = ACCUSATION_NOUNS.contains(&form.to_lowercase().as_str());
    // "dissolving Congress, a move that his ministers denounced": a word for any act at all
    // stands for the latest act told, in this sentence or before.
    let any_act = GENERIC_ACT_NOUNS.contains(&form.to_lowercase().as_str());
    // "condemned any attempt to seize power by force": an attempt to take power is a seizure,
    // definite or not.
    let attempted_seizure = matches!(form.to_lowercase().as_str(), "attempt" | "attempts" | "bid")
        && tree.deps(tok, &["acl", "xcomp"]).any(|v| {
            matches!(tree.forms[v].as_str(), "seize" | "usurp" | "take" | "grab")
                && tree.deps(v, &["obj"]).any(|o| tree.forms[o] == "power")
        });
    // "a charge that Islamabad has denied": a charge is always someone's, named or not.
    if !(definite || accusation || any_act || attempted_seizure) || tree.upos[tok] != "NOUN" {
        return None;
    }
    // The event's own code, to three digits: "the agreement" is a signed one (057), not any
    // cooperation (05) such as the praise that mentions it.
    // "condemned the drills" after "launched drills around Taiwan": the act a support verb
    // carries is named by its object noun, which is no trigger of its own.
    let lower = form.to_lowercase();
    let three = |e: &LexEntry| {
        e.code
            .as_str()
            .get(..3)
            .unwrap_or(e.code.as_str())
            .to_string()
    };
    // The codes of the noun's own entries (as an event noun or a verb of the same form) tell
    // what kind of act it is; a support verb's entry ("threatened an attack", "mounted an
    // attack") tells what was done with the act, and decides only for a noun with no entry of
    // its own.
    let own_codes: Vec<String> = ctx
        .lexicon
        .lookup(TriggerKind::Noun, form)
        .chain(ctx.lexicon.lookup(TriggerKind::Verb, form))
        .map(three)
        .collect();
    // A support verb that only answers the act ("welcomed the agreement", "condemned the
    // strikes", "demanded the release") is no reading of it: an agreement is what was signed.
    let support_codes: Vec<String> = ctx
        .lexicon
        .with_object_noun(&lower)
        .filter(|e| !answers_an_act(e))
        .map(three)
        .collect();
    let mut codes: Vec<&str> = own_codes
        .iter()
        .chain(&support_codes)
        .map(String::as_str)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    // "Netanyahu rejected the genocide accusation": a charge answers to any accusation,
    // complaint, lawsuit or legal act told before ([`ACCUSATION_CODES`]), not to the unrelated
    // senses its verb has ("claimed responsibility") nor to mere criticism (111).
    let kind_codes: &[String] = if own_codes.is_empty() {
        &support_codes
    } else {
        &own_codes
    };
    // "The EU condemned the sentence": a court's act is the latest act of a court.
    let judicial = JUDICIAL_ACT_NOUNS.contains(&lower.as_str());
    // "Washington condemned the coup" after "the junta seized power": a seizure of power is a
    // seizure (171) or an act of force.
    // "the coup attempt" is an attempted seizure.
    // "the seizure of power" is one too.
    let seizure = std::iter::once(tok)
        .chain(tree.deps(tok, &["compound"]))
        .any(|w| SEIZURE_NOUNS.contains(&tree.forms[w].to_lowercase().as_str()))
        || (lower == "seizure" && tree.deps(tok, &["nmod"]).any(|n| tree.forms[n] == "power"))
        || attempted_seizure;
    // "Condemned the violence": a word for violence in general refers to the latest assault,
    // fight or mass violence (18-20), whatever its code.
    let any_violence = VIOLENCE_NOUNS.contains(&form.as_str());
    let here = tree.sentence;
    // An intergovernmental body's "IGO" names no country.
    fn country(p: &Participant) -> Option<&str> {
        code_country(p).filter(|&c| c != "IGO")
    }
    // No one condemns their own act, but within one country the sides differ by role: the
    // vice president who condemns "the arrest" condemns the police's (PHLELI, PHLCOP), while
    // a bare country covers every side of itself.
    let same_side = |a: &Participant, o: &Participant| {
        // The first role group: RUSGOVMIL is on RUSGOV's side.
        let role = |p: &Participant| {
            p.actor
                .as_ref()
                .and_then(|c| c.as_str().get(3..6).map(str::to_string))
        };
        country(a).is_some_and(|c| country(o) == Some(c))
            && (role(a).is_none() || role(o).is_none() || role(a) == role(o))
    };
    let violent = |e: &Event| matches!(e.cameo_root.as_str(), "18" | "19" | "20");
    // "condemned the attack" is never the fire returned against it.
    let fits = |e: &&Event| {
        // "Mondlane blamed the police for the killings, an accusation the police denied", "the
        // junta that seized power a day earlier, as Washington condemned the coup": a charge, a
        // seizure of power or an act named only as such may have been told earlier in the same
        // sentence (verbs are coded in their order, before nouns). A noun of another kind in the
        // sentence of its act is mostly that act itself ("will not sign the agreement").
        // An arrest or an attack told in a clause before its condemnation is one too ("was
        // detained by security forces, and Raab called the arrest a flagrant violation").
        let coercive = matches!(e.cameo_root.as_str(), "17" | "18" | "19" | "20");
        (e.evidence.sentence < here
            || (e.evidence.sentence == here && (any_act || accusation || seizure || coercive)))
            && !RESPONSE_RULES.iter().any(|r| e.rule.contains(r))
            && e.actors.iter().any(|a| a.actor.is_some())
            && !e.actors.iter().all(|a| own.iter().any(|o| same_side(a, o)))
    };
    // A noun whose every reading is an act of force ("the bombing" after "the blast killed
    // 13"), or that the lexicon knows as an event noun of force ("condemned the strike" after
    // "a drone strike killed the general", though a strike may also be a walkout), refers to
    // the latest act of force when none was told by its own code. Neither a noun only support
    // verbs take ("took them hostage") nor a verb's sense ("troops marched into") makes one.
    let force = |c: &str| matches!(c.get(..2), Some("18" | "19" | "20"));
    let force_reading = ctx
        .lexicon
        .lookup(TriggerKind::Noun, form)
        .any(|e| force(e.code.as_str()))
        || (!kind_codes.is_empty() && kind_codes.iter().all(|c| force(c)));
    let by_court = |e: &Event| {
        e.actors
            .iter()
            .any(|a| a.actor.as_ref().is_some_and(is_court))
    };
    // "The United States welcomed the agreement" after "Saudi Arabia and Iran agreed to restore
    // relations": a word for an agreement names any joint act of cooperation, one that each side
    // did to the other in one sentence, whatever its own code.
    let agreement = AGREEMENT_NOUNS.contains(&lower.as_str());
    let codes_of = |ps: &[Participant]| -> Vec<String> {
        ps.iter()
            .filter_map(|p| p.actor.as_ref().map(|c| c.as_str().to_string()))
            .collect()
    };
    let joint = |e: &Event| {
        let (actors, recipients) = (codes_of(&e.actors), codes_of(&e.recipients));
        matches!(e.cameo_root.as_str(), "03" | "05")
            && ctx.earlier.iter().any(|m| {
                m.evidence.sentence == e.evidence.sentence
                    && m.cameo == e.cameo
                    && codes_of(&m.actors).iter().any(|c| recipients.contains(c))
                    && codes_of(&m.recipients).iter().any(|c| actors.contains(c))
            })
    };
    let kind_of = |e: &&Event| {
        any_act
            || (agreement && joint(e))
            || (judicial && by_court(e))
            || if accusation {
                ACCUSATION_CODES
                    .iter()
                    .any(|c| e.cameo.as_str().starts_with(c))
            } else {
                codes.contains(&e.cameo.as_str().get(..3).unwrap_or(e.cameo.as_str()))
            }
            || ((any_violence || seizure) && violent(e))
            || (seizure && e.cameo.as_str().starts_with("171"))
    };
    // Among acts of its kind told in one sentence, the noun names the one its own word told
    // ("condemned the strikes" after "warplanes struck ... in retaliation for Iran's attack").
    let lemmas: Vec<String> = ctx
        .lexicon
        .lookup(TriggerKind::Noun, form)
        .chain(ctx.lexicon.lookup(TriggerKind::Verb, form))
        .map(|e| e.lemma.clone())
        .collect();
    let told_by_word = |e: &&Event| {
        lemmas
            .iter()
            .any(|l| e.rule.contains(&format!(":A {l} ")) || e.rule.contains(&format!(":A's {l} ")))
    };
    // Acts told with a recipient come first; an act kept with none ([`Coder::unaddressed_act`],
    // "North Korea fired a missile into the sea") is the antecedent only when none fits.
    let find_in = |addressed_only: bool| {
        let pool = || {
            ctx.earlier
                .iter()
                .rev()
                .filter(move |e| !addressed_only || !e.recipients.is_empty())
                .filter(fits)
        };
        // An act the article tells as a fact is the one a bare "the strike" names, before one
        // it reports others saying ("U.S. officials say Syrian warplanes carried out the attack").
        let latest_of_kind = pool()
            .filter(|e| e.modality != Modality::Reported)
            .find(kind_of)
            .or_else(|| pool().find(kind_of));
        latest_of_kind
            .and_then(|k| {
                pool()
                    .filter(kind_of)
                    .filter(|e| e.evidence.sentence == k.evidence.sentence)
                    .find(told_by_word)
            })
            .or(latest_of_kind)
            .or_else(|| force_reading.then(|| pool().find(|e| violent(e))).flatten())
    };
    // "regretted the decision", "praised the move": a word for any act that no act before it in
    // its own sentence explains is the story's own act, the first the article tells that is no
    // comment on another (a statement, appeal, approval, disapproval or rejection).
    let lead_act = || {
        ctx.earlier
            .iter()
            .filter(|e| e.evidence.sentence < here)
            .filter(fits)
            .find(|e| !matches!(e.cameo_root.as_str(), "01" | "02" | "05" | "11" | "12"))
    };
    let found = if any_act {
        ctx.earlier
            .iter()
            .rev()
            .filter(|e| e.evidence.sentence == here)
            .find(fits)
            .or_else(lead_act)
            .or_else(|| find_in(true))
            .or_else(|| find_in(false))
    } else {
        find_in(true).or_else(|| find_in(false))
    };
    // "Russia rejected the accusations" when the accusation itself was not told as an event:
    // the charges come from whoever last acted against the one rejecting them ("Britain is
    // expelling Russia's defence attache").
    // "The EU condemned the sentence" when the sentencing itself was not coded: a ruling is
    // always a court's, the court the article has named last.
    if found.is_none()
        && judicial
        && let Some(court) =
            latest_entity_coded(ctx, &is_court).filter(|c| !own.iter().any(|o| same_side(c, o)))
    {
        return Some(vec![court]);
    }
    // "The African Union condemned the coup" when no seizure of power was coded: a coup is the
    // army's, the army of the country the article is about.
    if found.is_none()
        && seizure
        && let Some(home) = ctx
            .home
            .filter(|h| !own.iter().any(|o| country(o) == Some(*h)))
        && let Ok(army) = ActorCode::new(&format!("{home}MIL"))
    {
        return Some(vec![implied(tree.forms[tok].clone(), Some(army))]);
    }
    let own_countries: Vec<&str> = own.iter().filter_map(country).collect();
    let latest = found.or_else(|| {
        if !accusation || own_countries.is_empty() {
            return None;
        }
        ctx.earlier.iter().rev().find(|e| {
            e.evidence.sentence < here
                && e.cameo_root.as_str() >= "11"
                && e.recipients
                    .iter()
                    .any(|r| country(r).is_some_and(|c| own_countries.contains(&c)))
                && e.actors
                    .iter()
                    .any(|a| country(a).is_some_and(|c| !own_countries.contains(&c)))
        })
    })?;
    // The same act of others in that sentence is the same act ("Saudi Arabia and Iran signed
    // an agreement"); an act of force is the same only when done to the same side ("struck
    // military sites in retaliation for Iran's attack on Israel" is two attacks).
    let targets: Vec<&str> = latest.recipients.iter().filter_map(country).collect();
    let same_act = |e: &Event| {
        !violent(latest)
            || targets.is_empty()
            || std::ptr::eq(e, latest)
            || e.recipients
                .iter()
                .any(|r| country(r).is_some_and(|c| targets.contains(&c)))
    };
    let mut out: Vec<Participant> = Vec::new();
    for e in ctx.earlier.iter().filter(|e| {
        e.evidence.sentence == latest.evidence.sentence && e.cameo == latest.cameo && same_act(e)
    }) {
        // The countries the act was done to, for force used at home (below).
        let done_to: Vec<&str> = e.recipients.iter().filter_map(country).collect();
        // "Obama welcomed the agreement" the United States and Russia reached: a state's act is
        // its government's too, which does not answer itself; its opposition does ("Netanyahu
        // denounced the deal" Israel made), and so do others of its people ("Russian fishing
        // groups criticised the deal" the Russian government made).
        let code = |p: &Participant| p.actor.as_ref().map(|c| c.as_str().to_string());
        let its_own = |a: &Participant, o: &Participant| {
            code(a) == code(o)
                || code(a).is_some_and(|a| a.len() == 3 && code(o) == Some(format!("{a}GOV")))
        };
        let others = e
            .actors
            .iter()
            .filter(|a| a.actor.is_some() && !own.iter().any(|o| its_own(a, o)));
        for a in others {
            // "Iran condemned the strikes" after "Israeli warplanes struck": an act of force
            // answered is the state's, as the sets code it (ISR), not its arms' (ISRMIL). A
            // coup or a mutiny is the soldiers' own, and so is force used at home ("condemned
            // the killings" of the president by soldiers).
            let mut a = a.clone();
            let at_home = |code: &ActorCode| {
                !done_to.is_empty() && done_to.iter().all(|c| *c == &code.as_str()[..3])
            };
            if violent(latest)
                && !seizure
                && let Some(code) = a.actor.as_ref()
                && code.as_str().len() == 6
                && code.as_str().ends_with("MIL")
                && is_state(&code.as_str()[..3])
                && !at_home(code)
            {
                a.actor = ActorCode::new(&code.as_str()[..3]).ok();
            }
            if !out
                .iter()
                .any(|o| o.entity == a.entity && o.actor == a.actor)
            {
                out.push(a);
            }
        }
    }
    Some(out)
}

/// Whether an actor code is a court's: a country's (`URYJUD`) or an international one
/// (`IGOUNOJUD`, the International Court of Justice).
fn is_court(code: &ActorCode) -> bool {
    has_role(code, &["JUD"])
}

/// Words for what a court does, which refer to the latest act of a court ("condemned the
/// sentence", "called the trial a witch hunt").
const JUDICIAL_ACT_NOUNS: &[&str] = &[
    "ruling",
    "verdict",
    "sentence",
    "judgment",
    "judgement",
    "conviction",
    "trial",
];

/// Words for seizing power, which refer to the latest seizure or act of force.
const SEIZURE_NOUNS: &[&str] = &["coup", "putsch", "takeover", "mutiny"];

/// Words for an act of any kind, which refer to the latest act told.
const GENERIC_ACT_NOUNS: &[&str] = &["move", "decision", "step"];

/// Words for an agreement between sides, which name their latest joint act of cooperation.
const AGREEMENT_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "accord",
    "accords",
    "pact",
    "treaty",
];

/// Lexicon patterns of fire answered, which a condemned attack never is.
const RESPONSE_RULES: &[&str] = &["return fire", "fire back", "hit back"];

/// Whether an entry's act is words said about another act: a statement (01), an appeal (02),
/// praise (051), a demand (10), criticism (11), a rejection (12) or a threat (13).
fn answers_an_act(entry: &LexEntry) -> bool {
    matches!(entry.code.root(), "01" | "02" | "10" | "11" | "12" | "13")
        || entry.code.as_str().starts_with("051")
}

/// The codes of acts that charge someone, which a denied or rejected charge refers to:
/// accusations (112), official complaints (114), lawsuits (115), findings of guilt (116) and
/// arrests and criminal charges (173); not an expulsion or a seizure, which no one calls a
/// charge.
const ACCUSATION_CODES: &[&str] = &["112", "114", "115", "116", "173"];

/// Words for a charge someone makes, which a denial answers.
const ACCUSATION_NOUNS: &[&str] = &[
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "claim",
    "claims",
];

/// Pronouns that, as the subject of a reported clause, stand for the one reporting it.
const REPORTED_PRONOUNS: &[&str] = &["it", "they", "we"];
/// Verbs whose clausal complement is what their subject reports.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "announced",
    "announces",
    "reported",
    "confirmed",
    "confirms",
    "stated",
    "added",
    "told",
];

/// The coded subject of the nearest reporting verb above `clause` ("The FSB said [it had
/// detained ...]"). Any path up counts: the parser often hangs the reported clause on a word of
/// the reporting one ("said on Thursday [it had detained]" as a relative clause of Thursday).
fn reporting_speaker(ctx: &Context, clause: usize) -> Option<Participant> {
    let tree = ctx.tree;
    let verb = tree
        .ancestors(clause)
        .into_iter()
        .find(|&a| REPORTING_VERBS.contains(&tree.forms[a].as_str()))?;
    // "The ministry denied targeting the hospital and *said* it had been hit": a reporting verb
    // coordinated with another shares its subject.
    let mut speakers = subjects(tree, verb);
    if speakers.is_empty()
        && tree.rel(verb) == "conj"
        && let Some(first) = tree.head(verb)
    {
        speakers = subjects(tree, first);
    }
    speakers
        .into_iter()
        .flat_map(|s| participants(ctx, s))
        .find(|p| p.actor.is_some())
}

/// Nouns for what someone asserted that are no charge ([`ACCUSATION_NOUNS`]), which a phrase after
/// a comma may use to sum up the clause before it ("..., a suggestion Venezuelan officials
/// rejected").
const ASSERTION_NOUNS: &[&str] = &[
    "suggestion",
    "assertion",
    "interpretation",
    "finding",
    "findings",
    "version",
    "account",
];

/// Whether `word` (lower case) names a charge or an assertion someone made.
fn is_claim_noun(word: &str) -> bool {
    ACCUSATION_NOUNS.contains(&word) || ASSERTION_NOUNS.contains(&word)
}

/// Verbs whose subject asserts what their clause says, besides [`REPORTING_VERBS`].
const ASSERTING_VERBS: &[&str] = &[
    "accused",
    "accuses",
    "found",
    "finds",
    "alleged",
    "alleges",
    "claimed",
    "claims",
    "charged",
    "insisted",
    "insists",
    "argued",
    "suggested",
];

/// "Afghan officials said the troops had come under fire from the posts, *a claim* the Pakistani
/// army rejected": a claim noun set after a comma to sum up the clause before it is the claim of
/// the one who asserts that clause, the coded subject of the nearest reporting or accusing verb
/// above it (the Afghan officials, not the troops of the reported clause). `None` for a claim
/// noun with no comma before it ("rejected the claim"), and where that verb is passive.
fn summed_up_claim(ctx: &Context, tok: usize) -> Option<Participant> {
    let tree = ctx.tree;
    if !is_claim_noun(&tree.forms[tok].to_lowercase()) || tree.rel(tok) == "conj" {
        return None;
    }
    // The comma before the noun or its determiner, however the parser hung the two.
    let word = |k: usize| tree.forms[k].to_lowercase();
    let after_comma = match tok.checked_sub(1) {
        Some(k) if word(k) == "," => true,
        Some(k) if matches!(word(k).as_str(), "a" | "an" | "the") => k > 0 && word(k - 1) == ",",
        _ => false,
    };
    if !after_comma {
        return None;
    }
    let verb = tree.ancestors(tok).into_iter().find(|&a| {
        let form = tree.forms[a].as_str();
        REPORTING_VERBS.contains(&form) || ASSERTING_VERBS.contains(&form)
    })?;
    // "Whelan was charged with espionage, a charge he rejects": the one charged asserts nothing.
    if tree
        .deps(verb, &["nsubj:pass", "aux:pass"])
        .next()
        .is_some()
    {
        return None;
    }
    subjects(tree, verb)
        .into_iter()
        .flat_map(|s| participants(ctx, s))
        .find(|p| p.actor.is_some())
}

/// "Thailand closed the border a day after *it* expelled the Cambodian ambassador": an unlinked
/// pronoun subject of a subordinate or coordinated clause is the nearest coded subject of a
/// clause above it, the one the sentence is about.
fn governing_subject(ctx: &Context, clause: usize, pronoun: usize) -> Option<Participant> {
    let tree = ctx.tree;
    tree.ancestors(clause)
        .into_iter()
        .filter(|&a| matches!(tree.upos[a], "VERB" | "AUX" | "ADJ"))
        .find_map(|a| {
            subjects(tree, a)
                .into_iter()
                .filter(|&s| s != pronoun && s < pronoun)
                .flat_map(|s| participants(ctx, s))
                .find(|p| p.actor.is_some())
        })
}

/// Words for violence in general, which refer back to whatever violent event was told last.
const VIOLENCE_NOUNS: &[&str] = &[
    "violence",
    "bloodshed",
    "fighting",
    "clashes",
    "hostilities",
];

/// The participant for one token: linked to the entity with a mention on its noun phrase.
fn linked(ctx: &Context, tok: usize) -> Option<Participant> {
    let tree = ctx.tree;
    let (lo, hi) = tree.phrase(tok);
    let (start, end) = tree.byte_span(lo, hi);
    let (hs, he) = tree.spans[tok];
    if FIRST_PERSON.contains(&tree.forms[tok].as_str())
        && let Some(q) = ctx.quotes.iter().find(|q| q.start <= hs && he <= q.end)
        && let Some(sp) = &q.speaker
    {
        return Some(Participant {
            entity: sp.entity.clone(),
            text: sp.text.clone(),
            actor: sp.actor.clone(),
            inferred: false,
        });
    }
    // A person named on the head word comes first. Then a person the head word titles, coded
    // with a role, over the title's country ("U.S. Secretary of State Marco Rubio, who ...":
    // Rubio, not the United States). Then any other mention on the head word, over one elsewhere
    // in the phrase ("Russian actions": the actions are Russia's).
    let titled: Vec<(usize, usize)> = tree
        .deps(tok, &["appos", "flat"])
        .filter(|&c| c > tok)
        .map(|c| {
            let (lo, hi) = tree.phrase(c);
            tree.byte_span(lo, hi)
        })
        .collect();
    let rank = |e: &Entity, m: &Mention| {
        let on_head = m.start <= hs && he <= m.end;
        if on_head && e.kind == EntityType::Person {
            3
        } else if e.kind == EntityType::Person
            && e.actor.as_ref().is_some_and(|a| a.as_str().len() > 3)
            && titled.iter().any(|&(s, t)| s <= m.start && m.end <= t)
        {
            // Also over a country the parser made the head of the whole name ("U.S.
            // Ambassador Lisa Kenna" hung on "U.S.").
            2
        } else if on_head {
            1
        } else {
            0
        }
    };
    let mut best: Option<(&Entity, usize, &Mention)> = None;
    for e in ctx.entities {
        for m in &e.mentions {
            if m.sentence != tree.sentence {
                continue;
            }
            let r = rank(e, m);
            if (r == 0 && (m.end <= start || m.start >= end)) || best.is_some_and(|b| r <= b.1) {
                continue;
            }
            best = Some((e, r, m));
        }
    }
    // The participant's words never cut through the name of the entity it is: a garbled parse
    // may end the phrase inside it ("Kenyan President William" of "... William Ruto and ..."),
    // and they reach the person a title names.
    let (mut start, mut end) = (start, end);
    if let Some((e, _, named)) = best {
        end = end.max(named.end);
        for m in e.mentions.iter().filter(|m| m.sentence == tree.sentence) {
            if m.start < end && start < m.end {
                start = start.min(m.start);
                end = end.max(m.end);
            }
        }
    }
    // A qualifier stands before its head ("Afghan women"), not after ("the men ... in Myanmar").
    let qualifies = best.is_some_and(|(_, _, m)| m.end <= hs);
    let best = best.map(|(e, r, _)| (e, r));
    let text = ctx.p.doc.text()[start..end].to_string();
    // "hosted Azerbaijani President Ilham Aliyev": the parser may make the nationality the head
    // and hang the named person under it; the person is the one meant.
    if best.is_none()
        && matches!(tree.upos[tok], "ADJ" | "PROPN")
        && let Some(named) = tree
            .children(tok)
            .iter()
            .copied()
            .filter(|&c| c > tok && tree.upos[c] == "PROPN" && tree.case_of(c).is_none())
            .find_map(|c| linked(ctx, c).filter(|p| p.entity.is_some()))
    {
        return Some(named);
    }
    // "warned Solomon Islands Prime Minister Manasseh Sogavare": a country's name right before a
    // capitalised title and a person's name qualifies the person, wherever the parser hung
    // the name.
    if let Some((e, _)) = best
        && e.kind == EntityType::Location
        && let Some(person) = titled_person_after(ctx, end)
    {
        return Some(person);
    }
    Some(match best {
        // "Israeli strikes", "Pakistani shelling", "two Pakistani men": a country named only as
        // the qualifier of its weapons or troops acts through its military; of private people,
        // they are its civilians.
        Some((e, 0))
            if let Some(role) = qualified_role(tree, tok)
                && (role == "MIL" || qualifies)
                && e.actor.as_ref().is_some_and(|a| {
                    a.as_str().len() == 3 && e.country.as_deref() == Some(a.as_str())
                }) =>
        {
            Participant {
                entity: Some(e.id.clone()),
                text,
                actor: e
                    .actor
                    .as_ref()
                    .and_then(|a| ActorCode::new(&format!("{a}{role}")).ok()),
                inferred: false,
            }
        }
        Some((e, _)) => Participant {
            entity: Some(e.id.clone()),
            text,
            actor: e.actor.clone(),
            inferred: false,
        },
        None => {
            // "Russian missiles and drones": arms coordinated with qualified arms share their
            // qualifier.
            let shared = || {
                let head = tree.head(tok).filter(|_| tree.rel(tok) == "conj")?;
                let armed = |t: usize| MILITARY_NOUNS.contains(&tree.forms[t].as_str());
                (armed(tok) && armed(head))
                    .then(|| linked(ctx, head))
                    .flatten()
                    .and_then(|p| p.actor)
            };
            Participant {
                entity: None,
                text,
                actor: qualified_country(ctx, lo, tok)
                    .or_else(shared)
                    .or_else(|| whose_owner(ctx, tok)),
                inferred: false,
            }
        }
    })
}

/// "France, *whose warplanes* struck a rebel column", "The African Union, *whose panel* has
/// mediated": a noun owned by "whose" belongs to the noun its relative clause qualifies; arms
/// are that state's military, anything else is the owner's own (its panel, its envoys).
fn whose_owner(ctx: &Context, tok: usize) -> Option<ActorCode> {
    let tree = ctx.tree;
    tree.deps(tok, &["nmod:poss"])
        .find(|&w| tree.forms[w].eq_ignore_ascii_case("whose"))?;
    let clause = tree.head(tok)?;
    if tree.deprel(clause) != "acl:relcl" {
        return None;
    }
    let owner = linked(ctx, tree.head(clause)?)?.actor?;
    if armed_noun(tree, tok) {
        let country = owner.as_str().get(..3)?;
        return is_state(country)
            .then(|| ActorCode::new(&format!("{country}MIL")).ok())
            .flatten();
    }
    Some(owner)
}

/// The person named right after byte `end` of the sentence behind a capitalised title of one to
/// four words and nothing else ("... Islands *Prime Minister* Manasseh Sogavare").
fn titled_person_after(ctx: &Context, end: usize) -> Option<Participant> {
    let text = ctx.p.doc.text();
    ctx.entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .find_map(|e| {
            let m = e
                .mentions
                .iter()
                .find(|m| m.sentence == ctx.tree.sentence && m.start > end)?;
            let title: Vec<&str> = text.get(end..m.start)?.split_whitespace().collect();
            let titled = !title.is_empty()
                && title.len() <= 4
                && title.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                });
            titled.then(|| Participant {
                entity: Some(e.id.clone()),
                text: text[end..m.end].trim().to_string(),
                actor: e.actor.clone(),
                inferred: false,
            })
        })
}

/// Whether a noun names a state's weapons, troops or strikes ([`MILITARY_NOUNS`]), alone or by
/// a noun compounded with it ("an American *drone* strike", "*missile* attacks"); an adjective
/// does not make one ("a private military company").
fn armed_noun(tree: &SentenceTree, tok: usize) -> bool {
    let military = |t: usize| MILITARY_NOUNS.contains(&tree.forms[t].as_str());
    military(tok) || tree.deps(tok, &["compound"]).any(military)
}

/// "Russian actions", "the Chinese coast guard", "Azerbaijani troops": a phrase no entity covers
/// whose modifiers name a country (the entity stage's qualifier scan over the knowledge base's
/// countries and demonyms) is that country's.
fn qualified_country(ctx: &Context, lo: usize, head: usize) -> Option<ActorCode> {
    let kb = ctx.kb?;
    let role = qualified_role(ctx.tree, head).unwrap_or_default();
    (lo + 1..=head).find_map(|end| {
        let (_, country, _) = crate::entities::qualifier_before(ctx.p, kb, ctx.tree.sentence, end)?;
        let country = country.filter(|c| c.len() == 3)?;
        ActorCode::new(&format!("{country}{role}")).ok()
    })
}

/// The role a country's qualifier gives the phrase it qualifies: "Israeli aircraft", "Russian
/// missiles" are its military's (`MIL`); "two Pakistani men", "Afghan women" its civilians
/// (`CVL`); anything else none.
fn qualified_role(tree: &SentenceTree, head: usize) -> Option<&'static str> {
    if armed_noun(tree, head) {
        Some("MIL")
    } else if CIVILIAN_NOUNS.contains(&tree.forms[head].to_lowercase().as_str()) {
        Some("CVL")
    } else {
        None
    }
}

/// The state actor of an agentless arrest or charge: the country of an authority named in the
/// article up to this sentence ("Americans in Russian custody"), nearest first.
fn implied_authority(ctx: &Context, trigger: usize) -> Option<Participant> {
    let here = ctx.tree.spans[trigger].0;
    let text = ctx.p.doc.text();
    let mut found: Option<(usize, String, String)> = None;
    for (si, s) in ctx.p.doc.sentences.iter().enumerate() {
        if s.start > here {
            break;
        }
        let toks = &ctx.p.doc.tokens[s.tokens.clone()];
        for (k, t) in toks.iter().enumerate() {
            let w = text[t.start..t.end].to_lowercase();
            if !AUTHORITY_NOUNS.contains(&w.as_str()) || k == 0 {
                continue;
            }
            let prev = toks[k - 1];
            let mentioned = ctx.entities.iter().find_map(|e| {
                let on_prev = e
                    .mentions
                    .iter()
                    .any(|m| m.sentence == si && m.start <= prev.start && prev.end <= m.end);
                (on_prev && matches!(e.kind, EntityType::Location | EntityType::Group))
                    .then(|| {
                        e.country
                            .clone()
                            .or_else(|| e.actor.as_ref().map(|a| a.as_str()[..3].to_string()))
                    })
                    .flatten()
            });
            // A bare nationality adjective has no mention: read it with the entity stage's own
            // qualifier scan.
            let qualified = || {
                let kb = ctx.kb?;
                let (start, country, org) = crate::entities::qualifier_before(ctx.p, kb, si, k)?;
                let country =
                    country.or_else(|| org.map(|o| o.as_str().chars().take(3).collect()))?;
                Some((toks[start].start, country))
            };
            let country = match mentioned {
                Some(c) => Some((prev.start, c)),
                None => qualified(),
            };
            if let Some((from, c)) = country {
                let phrase = text[from..t.end].to_string();
                found = Some((t.start, c, phrase));
            }
        }
    }
    let (_, country, phrase) = found?;
    Some(implied(
        format!("authorities implied by '{phrase}'"),
        ActorCode::new(&country).ok(),
    ))
}

/// One event per distinct happening: the same kind of act (the code to three digits, a
/// withdrawal and a release being two concessions; any consultation), actors, recipients and
/// flag of doubt with compatible dates are merged, the first statement kept as evidence and the
/// others as mentions; but a body sentence is better evidence than the headline, which
/// compresses and drops tense.
fn dedupe(events: Vec<Event>, headline: Option<usize>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    // The headline's place ("heads to Russia") is the last resort: a body sentence's place
    // ("in Sochi on Tuesday") comes first, even when stated after the lead.
    let mut headline_places: Vec<(usize, EventPlace)> = Vec::new();
    for ev in events {
        let key = event_key(&ev, by_identity);
        // A headline dated only by publication says nothing about when: it fits any statement.
        let undated_headline =
            |e: &Event| headline == Some(e.evidence.sentence) && e.date_source != DateSource::Text;
        let coded = event_key(&ev, by_code);
        let countries = event_key(&ev, by_country);
        let in_headline = |e: &Event| headline == Some(e.evidence.sentence);
        let found = out.iter_mut().enumerate().find(|(_, o)| {
            // One sentence, one action, the same coded sides: one event ("arrived in Kyiv on a
            // visit to Ukraine" is one visit to UKR). The headline names the countries where the
            // lead names their leaders ("Japan and the Philippines sign pact", then "Kishida and
            // Marcos signed"): the same countries on the same sides are the same event.
            let same_sides = event_key(o, by_identity) == key
                || (in_headline(o) != in_headline(&ev) && event_key(o, by_country) == countries);
            (o.evidence.sentence == ev.evidence.sentence && event_key(o, by_code) == coded)
                || same_sides
                    && (undated_headline(o)
                        || undated_headline(&ev)
                        || place_date::compatible_dates(
                            o.date.as_deref(),
                            o.date_source,
                            ev.date.as_deref(),
                            ev.date_source,
                        ))
        });
        match found {
            Some((k, o))
                if headline == Some(o.evidence.sentence)
                    && headline != Some(ev.evidence.sentence) =>
            {
                let old = std::mem::replace(o, ev);
                if let Some(place) = old.place {
                    headline_places.push((k, place));
                }
                o.mentions.insert(0, old.evidence);
                o.mentions.extend(old.mentions);
            }
            Some((_, o)) => {
                if place_date::more_specific(
                    ev.date.as_deref(),
                    ev.date_source,
                    o.date.as_deref(),
                    o.date_source,
                ) {
                    o.date = ev.date.clone();
                    o.date_source = ev.date_source;
                }
                if o.place.is_none() {
                    o.place = ev.place.clone();
                }
                o.confidence = o.confidence.max(ev.confidence);
                if o.evidence != ev.evidence && !o.mentions.contains(&ev.evidence) {
                    o.mentions.push(ev.evidence);
                }
            }
            None => out.push(ev),
        }
    }
    for (k, place) in headline_places {
        if out[k].place.is_none() {
            out[k].place = Some(place);
        }
    }
    out
}

/// An event's identity for merging: its kind of act, the distinct keys of each side (what counts
/// as a participant's key is `side`), and whether the text doubts it.
type EventKey = (String, Vec<String>, Vec<String>, bool);

fn event_key(e: &Event, side: fn(&Participant) -> String) -> EventKey {
    let keys = |ps: &[Participant]| {
        let mut v: Vec<String> = ps.iter().map(side).collect();
        v.sort();
        v.dedup();
        v
    };
    let doubtful = matches!(e.modality, Modality::Negated | Modality::Hypothetical);
    // A meeting, the talks held at it and the visit it needs are one consultation (04); other
    // kinds of one root are other acts (a withdrawal and a release: 087, 084).
    let kind = if e.cameo_root == "04" {
        e.cameo_root.clone()
    } else {
        e.cameo
            .as_str()
            .get(..3)
            .unwrap_or(e.cameo.as_str())
            .to_string()
    };
    (kind, keys(&e.actors), keys(&e.recipients), doubtful)
}

/// "his supporters", "their followers": a following the possessive pronoun makes the
/// speaker's own.
fn own_following(tree: &SentenceTree, t: usize) -> bool {
    matches!(
        tree.forms[t].to_lowercase().as_str(),
        "supporters" | "followers" | "backers" | "loyalists"
    ) && tree.deps(t, &["nmod:poss"]).any(|d| {
        matches!(
            tree.forms[d].to_lowercase().as_str(),
            "his" | "her" | "its" | "their"
        )
    })
}

/// The last word of a participant's text, lower-cased: the head of "thousands of protesters".
fn head_word(p: &Participant) -> String {
    p.text.rsplit(' ').next().unwrap_or("").to_lowercase()
}

/// The country letters of a participant's actor code ("RUS" of `RUSMIL`; a bare role such as
/// `BUS` gives itself); `None` without a code.
fn code_country(p: &Participant) -> Option<&str> {
    p.actor.as_ref().and_then(|a| a.as_str().get(..3))
}

/// The one state whose government the coded actors stand outside of (its army, rebels or
/// opposition: `NERMIL`, `GMBREB`), else `home` for actors with no state of their own; `None`
/// when one is that government, of another state, or none is coded.
fn outside_government<'a>(actors: &'a [Participant], home: Option<&'a str>) -> Option<&'a str> {
    let coded: Vec<&Participant> = actors.iter().filter(|a| a.actor.is_some()).collect();
    let country = state_or_home(coded.first()?, home)?;
    let outside = |a: &&Participant| {
        state_or_home(a, home) == Some(country)
            && a.actor
                .as_ref()
                .and_then(|c| c.groups().nth(1))
                .is_some_and(|role| !matches!(role, "GOV" | "LEG" | "ELI"))
    };
    coded.iter().all(outside).then_some(country)
}

/// The one state whose police or armed forces every coded actor is (`GEOCOP`, `GEOMIL`).
fn one_state_of_forces(actors: &[Participant]) -> Option<&str> {
    let coded: Vec<&ActorCode> = actors.iter().filter_map(|a| a.actor.as_ref()).collect();
    let country = coded.first()?.as_str().get(..3)?;
    let force = |c: &ActorCode| {
        c.as_str().get(..3) == Some(country)
            && c.groups().skip(1).any(|g| matches!(g, "COP" | "MIL"))
    };
    (is_state(country) && coded.iter().all(|c| force(c))).then_some(country)
}

/// "fired tear gas to clear the streets", "to push back cars": force aimed, by a phrase of
/// direction or a clause of purpose, at a noun that names no crowd (a pronoun, "to clear them",
/// names no thing).
fn aimed_at_no_crowd(tree: &SentenceTree, trigger: usize) -> bool {
    let directed = tree.deps(trigger, &["obl"]).filter(|&c| {
        matches!(
            tree.case_of(c).as_deref(),
            Some("at" | "into" | "on" | "toward" | "towards")
        )
    });
    let purposed = tree
        .deps(trigger, &["advcl"])
        .filter(|&v| tree.deps(v, &["mark"]).any(|m| tree.forms[m] == "to"))
        .flat_map(|v| tree.deps(v, &["obj"]).collect::<Vec<_>>());
    directed.chain(purposed).any(|t| {
        let word = tree.forms[t].to_lowercase();
        matches!(tree.upos[t], "NOUN" | "PROPN") && !CROWD_WORDS.contains(&word.as_str())
    })
}

/// Whether a side's words name a crowd and no one in it ("the crowd", "crowds chanting slogans",
/// "thousands of people").
fn names_crowd(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| CROWD_WORDS.contains(&w.to_lowercase().as_str()))
}

/// A participant's country, or `home` when its code names none (a role standing alone: `MIL`).
fn state_or_home<'a>(p: &'a Participant, home: Option<&'a str>) -> Option<&'a str> {
    code_country(p).filter(|c| is_state(c)).or(home)
}

/// A participant as coded: its actor code (empty without one); for events of one sentence.
fn by_code(p: &Participant) -> String {
    p.actor.as_ref().map_or(String::new(), |a| a.to_string())
}

/// A participant's country (a whole code for an intergovernmental body, whose first letters
/// name no country); with no code at all, its entity or text.
fn by_country(p: &Participant) -> String {
    match &p.actor {
        Some(a) if !a.as_str().starts_with("IGO") => a.as_str().chars().take(3).collect(),
        Some(a) => a.to_string(),
        None => by_identity(p),
    }
}

/// A participant as itself: its entity, else its actor code, else its words.
fn by_identity(p: &Participant) -> String {
    p.entity
        .clone()
        .or_else(|| p.actor.as_ref().map(|a| a.to_string()))
        .unwrap_or_else(|| p.text.to_lowercase())
}

/// A participant the text implies but never names ("the courts implied by 'convicted'"): no
/// entity, marked inferred.
fn implied(text: String, actor: Option<ActorCode>) -> Participant {
    Participant {
        entity: None,
        text,
        actor,
        inferred: true,
    }
}
