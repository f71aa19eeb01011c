//! The coder's rules for who the actors and recipients are, each on the sentence that motivates
//! it and on one where it must not fire (hand-written trees, hand-made entities).

mod events_support;

use events_support::{
    actor, code, code_dyads, code_with_kb, country, entity, events_in_sentence, parsed,
    root_dyads as dyads, shipped_kb,
};
use newsgraph_extract::Parsed;
use newsgraph_extract::events::{Coder, Lexicon};
use newsgraph_extract::record::{EntityType, Event, Modality};

const SAID: &str = "
1 Russia PROPN NNP 2 nsubj
2 said VERB VBD 0 root
3 it PRON PRP 5 nsubj
4 would AUX MD 5 aux
5 respond VERB VB 2 ccomp
6 . PUNCT . 2 punct

1 Lavrov PROPN NNP 2 nsubj
2 commented VERB VBD 0 root
3 on ADP IN 4 case
4 Ukraine PROPN NNP 2 obl
5 . PUNCT . 2 punct
";

#[test]
fn a_statement_to_no_one_is_not_an_event_but_one_on_an_actor_is() {
    let p = parsed(SAID, Some("2023-06-01"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Location,
            "Russia",
            Some("RUS"),
            Some("RUS"),
            &["Russia"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Lavrov",
            Some("RUSGOV"),
            Some("RUS"),
            &["Lavrov"],
        ),
        entity(
            &p,
            "E3",
            Location,
            "Ukraine",
            Some("UKR"),
            Some("UKR"),
            &["Ukraine"],
        ),
    ];
    let got = dyads(&code(&p, &ents));
    assert_eq!(got, vec!["01 RUSGOV->UKR"], "{got:?}");
}

const PRAISED: &str = "
1 Wang PROPN NNP 2 nsubj
2 praised VERB VBD 0 root
3 the DET DT 4 det
4 deal NOUN NN 2 obj
5 . PUNCT . 2 punct

1 Biden PROPN NNP 2 nsubj
2 praised VERB VBD 0 root
3 India PROPN NNP 2 obj
4 . PUNCT . 2 punct
";

#[test]
fn praise_of_no_actor_is_not_cooperation_but_praise_of_a_country_is() {
    let p = parsed(PRAISED, Some("2023-03-10"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Wang Yi",
            Some("CHNGOV"),
            Some("CHN"),
            &["Wang"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Joe Biden",
            Some("USAGOV"),
            Some("USA"),
            &["Biden"],
        ),
        entity(
            &p,
            "E3",
            Location,
            "India",
            Some("IND"),
            Some("IND"),
            &["India"],
        ),
    ];
    assert_eq!(dyads(&code(&p, &ents)), vec!["05 USAGOV->IND"]);
}

const MET: &str = "
1 Pashinyan PROPN NNP 4 nsubj
2 and CCONJ CC 3 cc
3 Aliyev PROPN NNP 1 conj
4 met VERB VBD 0 root
5 in ADP IN 6 case
6 Brussels PROPN NNP 4 obl
7 . PUNCT . 4 punct

1 Pashinyan PROPN NNP 2 nsubj
2 met VERB VBD 0 root
3 Aliyev PROPN NNP 2 obj
4 . PUNCT . 2 punct
";

#[test]
fn a_joint_act_of_coordinated_actors_goes_both_ways_but_x_met_y_once() {
    let p = parsed(MET, Some("2023-05-14"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Nikol Pashinyan",
            Some("ARMGOV"),
            Some("ARM"),
            &["Pashinyan"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Ilham Aliyev",
            Some("AZEGOV"),
            Some("AZE"),
            &["Aliyev"],
        ),
    ];
    let events = code(&p, &ents);
    let first: Vec<String> = dyads(&events_in_sentence(&events, 0));
    assert_eq!(first, vec!["04 ARMGOV->AZEGOV", "04 AZEGOV->ARMGOV"]);
    let second: Vec<&Event> = events
        .iter()
        .filter(|e| e.mentions.iter().any(|m| m.sentence == 1) || e.evidence.sentence == 1)
        .collect();
    // "Pashinyan met Aliyev" is the same meeting one way: it joins the first direction only.
    assert_eq!(second.len(), 1, "{:?}", dyads(&events));
}

const TWO_LEADERS: &str = "
1 Modi PROPN NNP 2 nsubj
2 held VERB VBD 0 root
3 talks NOUN NNS 2 obj
4 with ADP IN 5 case
5 Biden PROPN NNP 2 obl
6 . PUNCT . 2 punct

1 The DET DT 3 det
2 two NUM CD 3 nummod
3 leaders NOUN NNS 4 nsubj
4 signed VERB VBD 0 root
5 agreements NOUN NNS 4 obj
6 . PUNCT . 4 punct

1 The DET DT 2 det
2 leaders NOUN NNS 3 nsubj
3 signed VERB VBD 0 root
4 agreements NOUN NNS 3 obj
5 . PUNCT . 3 punct
";

#[test]
fn the_two_leaders_are_the_pair_just_named_and_sign_both_ways() {
    let p = parsed(TWO_LEADERS, Some("2023-06-22"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Narendra Modi",
            Some("INDGOV"),
            Some("IND"),
            &["Modi"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Joe Biden",
            Some("USAGOV"),
            Some("USA"),
            &["Biden"],
        ),
    ];
    let events = code(&p, &ents);
    let signed: Vec<String> = dyads(
        &events
            .iter()
            .filter(|e| e.cameo_root == "05")
            .cloned()
            .collect::<Vec<_>>(),
    );
    assert_eq!(signed, vec!["05 INDGOV->USAGOV", "05 USAGOV->INDGOV"]);
    // "The leaders" without a count names no pair: nothing is coded from the third sentence.
    assert!(
        events
            .iter()
            .all(|e| e.evidence.sentence != 2 && !e.mentions.iter().any(|m| m.sentence == 2)),
        "{:?}",
        dyads(&events)
    );
}

const POLICE: &str = "
1 Police NOUN NNS 2 nsubj
2 arrested VERB VBD 0 root
3 Odinga PROPN NNP 2 obj
4 in ADP IN 5 case
5 Nairobi PROPN NNP 2 obl
6 . PUNCT . 2 punct

1 Ugandan ADJ JJ 2 amod
2 police NOUN NNS 3 nsubj
3 arrested VERB VBD 0 root
4 Besigye PROPN NNP 3 obj
5 . PUNCT . 3 punct
";

#[test]
fn a_bare_role_takes_the_country_of_the_article_but_a_stated_one_stays() {
    let p = parsed(POLICE, Some("2023-07-12"));
    use EntityType::*;
    let ents = vec![
        entity(&p, "E1", Group, "police", Some("COP"), None, &["Police"]),
        entity(
            &p,
            "E2",
            Person,
            "Raila Odinga",
            Some("KENOPP"),
            Some("KEN"),
            &["Odinga"],
        ),
        entity(
            &p,
            "E3",
            Location,
            "Nairobi",
            Some("KEN"),
            Some("KEN"),
            &["Nairobi"],
        ),
        entity(
            &p,
            "E4",
            Group,
            "Ugandan police",
            Some("UGACOP"),
            Some("UGA"),
            &["Ugandan police"],
        ),
        entity(
            &p,
            "E5",
            Person,
            "Kizza Besigye",
            Some("UGAOPP"),
            Some("UGA"),
            &["Besigye"],
        ),
    ];
    let events = code(&p, &ents);
    assert_eq!(
        dyads(&events),
        vec!["17 KENCOP->KENOPP", "17 UGACOP->UGAOPP"]
    );
    assert!(events[0].actors[0].inferred);
    assert!(!events[1].actors[0].inferred);
}

const CONDEMNED: &str = "
1 The DET DT 2 det
2 EU PROPN NNP 3 nsubj
3 sanctioned VERB VBD 0 root
4 Russia PROPN NNP 3 obj
5 . PUNCT . 3 punct

1 Russia PROPN NNP 2 nsubj
2 condemned VERB VBD 0 root
3 the DET DT 4 det
4 sanctions NOUN NNS 2 obj
5 . PUNCT . 2 punct

1 Russia PROPN NNP 2 nsubj
2 condemned VERB VBD 0 root
3 the DET DT 4 det
4 weather NOUN NN 2 obj
5 . PUNCT . 2 punct
";

#[test]
fn condemning_the_sanctions_targets_who_imposed_them_but_not_any_noun() {
    let p = parsed(CONDEMNED, Some("2023-06-23"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Organization,
            "European Union",
            Some("IGOEUREEC"),
            Some("IGO"),
            &["EU"],
        ),
        entity(
            &p,
            "E2",
            Location,
            "Russia",
            Some("RUS"),
            Some("RUS"),
            &["Russia"],
        ),
    ];
    let events = code(&p, &ents);
    let got = dyads(&events);
    assert!(got.contains(&"11 RUS->IGOEUREEC".to_string()), "{got:?}");
    // The weather is no earlier event: the condemnation has no coded recipient.
    assert!(got.contains(&"11 RUS->-".to_string()), "{got:?}");
}

const VISIT: &str = "
1 Qin PROPN NNP 2 nsubj
2 visited VERB VBD 0 root
3 Washington PROPN NNP 2 obj
4 . PUNCT . 2 punct

1 Qin PROPN NNP 2 nsubj
2 criticised VERB VBD 0 root
3 Washington PROPN NNP 2 obj
4 . PUNCT . 2 punct
";

#[test]
fn a_visit_to_a_capital_is_to_the_country_but_criticism_of_it_is_of_the_government() {
    let p = parsed(VISIT, Some("2023-06-19"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Qin Gang",
            Some("CHNGOV"),
            Some("CHN"),
            &["Qin"],
        ),
        entity(
            &p,
            "E2",
            Location,
            "Washington",
            Some("USAGOV"),
            Some("USA"),
            &["Washington"],
        ),
    ];
    let got = dyads(&code(&p, &ents));
    assert_eq!(got, vec!["04 CHNGOV->USA", "11 CHNGOV->USAGOV"]);
}

const CUSTODY: &str = "
1 Pompeo PROPN NNP 2 nsubj
2 raised VERB VBD 0 root
3 Americans PROPN NNPS 2 obj
4 in ADP IN 6 case
5 Russian ADJ JJ 6 amod
6 custody NOUN NN 3 nmod
7 . PUNCT . 2 punct

1 Whelan PROPN NNP 3 nsubj:pass
2 was AUX VBD 3 aux:pass
3 charged VERB VBN 0 root
4 with ADP IN 5 case
5 espionage NOUN NN 3 obl
6 . PUNCT . 3 punct
";

#[test]
fn a_nationality_before_custody_names_the_authority_with_the_knowledge_base() {
    let Some(kb) = shipped_kb() else {
        return;
    };
    let p = parsed(CUSTODY, Some("2019-05-12"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Mike Pompeo",
            Some("USAGOV"),
            Some("USA"),
            &["Pompeo"],
        ),
        entity(
            &p,
            "E2",
            Group,
            "Americans",
            Some("USA"),
            Some("USA"),
            &["Americans"],
        ),
        entity(
            &p,
            "E3",
            Person,
            "Paul Whelan",
            Some("USA"),
            Some("USA"),
            &["Whelan"],
        ),
    ];
    let with_kb = code_with_kb(&p, &ents, &[], &kb);
    let charged = with_kb
        .iter()
        .find(|e| e.cameo_root == "17")
        .unwrap_or_else(|| panic!("{:?}", dyads(&with_kb)));
    assert_eq!(
        charged.actors[0].actor.as_ref().map(|a| a.as_str()),
        Some("RUS")
    );
    assert!(charged.actors[0].inferred);
    // No entity and no knowledge base: "Russian" names no one, so the charge is not Russia's;
    // at most it falls to the article's own country, marked as inferred.
    let without = code(&p, &ents);
    assert!(
        without
            .iter()
            .filter(|e| e.cameo_root == "17")
            .all(|e| e.actors.iter().all(|a| a.inferred
                && a.actor
                    .as_ref()
                    .is_none_or(|c| !c.as_str().starts_with("RUS")))),
        "{:?}",
        dyads(&without)
    );
}

const HOURS: &str = "
1 Blinken PROPN NNP 2 nsubj
2 held VERB VBD 0 root
3 seven NUM CD 4 nummod
4 hours NOUN NNS 2 obj
5 of ADP IN 6 case
6 talks NOUN NNS 4 nmod
7 with ADP IN 8 case
8 Qin PROPN NNP 6 nmod
9 . PUNCT . 2 punct

1 Blinken PROPN NNP 2 nsubj
2 held VERB VBD 0 root
3 seven NUM CD 4 nummod
4 hours NOUN NNS 2 obj
5 of ADP IN 6 case
6 meals NOUN NNS 4 nmod
7 with ADP IN 8 case
8 Qin PROPN NNP 6 nmod
9 . PUNCT . 2 punct
";

#[test]
fn hours_of_talks_are_talks_but_hours_of_meals_are_not() {
    let p = parsed(HOURS, Some("2023-06-18"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Antony Blinken",
            Some("USAGOV"),
            Some("USA"),
            &["Blinken"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Qin Gang",
            Some("CHNGOV"),
            Some("CHN"),
            &["Qin"],
        ),
    ];
    let events = code(&p, &ents);
    assert_eq!(dyads(&events), vec!["04 USAGOV->CHNGOV"]);
    assert_eq!(events[0].evidence.sentence, 0);
    assert!(events[0].mentions.is_empty());
}

/// The parser's reading of "The two governments signed 15 agreements": the verb as a reduced
/// relative on the subject noun.
const REDUCED: &str = "
1 Lula PROPN NNP 2 nsubj
2 met VERB VBD 0 root
3 Xi PROPN NNP 2 obj
4 . PUNCT . 2 punct

1 The DET DT 3 det
2 two NUM CD 3 nummod
3 governments NOUN NNS 0 root
4 signed VERB VBN 3 acl
5 15 NUM CD 6 nummod
6 agreements NOUN NNS 4 obj
7 . PUNCT . 3 punct

1 Americans PROPN NNPS 0 root
2 detained VERB VBN 1 acl
3 in ADP IN 4 case
4 Russia PROPN NNP 2 obl
5 . PUNCT . 1 punct
";

#[test]
fn a_participle_with_its_own_object_is_active_but_one_without_is_passive() {
    let p = parsed(REDUCED, Some("2023-04-14"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Lula",
            Some("BRAGOV"),
            Some("BRA"),
            &["Lula"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Xi Jinping",
            Some("CHNGOV"),
            Some("CHN"),
            &["Xi"],
        ),
        entity(
            &p,
            "E3",
            Group,
            "Americans",
            Some("USA"),
            Some("USA"),
            &["Americans"],
        ),
        entity(
            &p,
            "E4",
            Location,
            "Russia",
            Some("RUS"),
            Some("RUS"),
            &["Russia"],
        ),
    ];
    let got = dyads(&code(&p, &ents));
    assert!(got.contains(&"05 BRAGOV->CHNGOV".to_string()), "{got:?}");
    assert!(got.contains(&"05 CHNGOV->BRAGOV".to_string()), "{got:?}");
    // The Americans were detained, they detained no one.
    assert!(!got.iter().any(|d| d.starts_with("17 USA")), "{got:?}");
}

const PROMISED: &str = "
1 Sweden PROPN NNP 2 nsubj
2 promised VERB VBD 0 root
3 to PART TO 4 mark
4 trade VERB VB 2 xcomp
5 with ADP IN 6 case
6 Turkey PROPN NNP 4 obl
7 . PUNCT . 2 punct

1 Sweden PROPN NNP 3 nsubj
2 will AUX MD 3 aux
3 trade VERB VB 0 root
4 with ADP IN 5 case
5 Turkey PROPN NNP 3 obl
6 . PUNCT . 3 punct
";

#[test]
fn a_promise_to_cooperate_is_an_intent_but_a_plan_keeps_its_code() {
    let p = parsed(PROMISED, Some("2023-07-10"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Location,
            "Sweden",
            Some("SWE"),
            Some("SWE"),
            &["Sweden"],
        ),
        entity(
            &p,
            "E2",
            Location,
            "Turkey",
            Some("TUR"),
            Some("TUR"),
            &["Turkey"],
        ),
    ];
    let events = code(&p, &ents);
    let promised = events
        .iter()
        .find(|e| e.evidence.sentence == 0)
        .unwrap_or_else(|| panic!("{:?}", dyads(&events)));
    assert_eq!(promised.cameo.as_str(), "031");
    assert_eq!(promised.modality, Modality::Asserted);
    let planned = events
        .iter()
        .find(|e| e.evidence.sentence == 1)
        .unwrap_or_else(|| panic!("{:?}", dyads(&events)));
    assert_eq!(planned.cameo_root, "06");
    assert_eq!(planned.modality, Modality::Intended);
}

const WELCOMED: &str = "
1 Police NOUN NNS 2 nsubj
2 arrested VERB VBD 0 root
3 Odinga PROPN NNP 2 obj
4 . PUNCT . 2 punct

1 Kuleba PROPN NNP 2 nsubj
2 urged VERB VBD 0 root
3 other ADJ JJ 5 amod
4 European ADJ JJ 5 amod
5 governments NOUN NNS 2 obj
6 to PART TO 7 mark
7 help VERB VB 2 xcomp
8 . PUNCT . 2 punct
";

#[test]
fn a_role_qualified_beyond_one_country_keeps_no_country() {
    let p = parsed(WELCOMED, Some("2023-07-12"));
    use EntityType::*;
    let ents = vec![
        entity(&p, "E1", Group, "police", Some("COP"), None, &["Police"]),
        entity(
            &p,
            "E2",
            Person,
            "Raila Odinga",
            Some("KENOPP"),
            Some("KEN"),
            &["Odinga"],
        ),
        entity(
            &p,
            "E3",
            Person,
            "Dmytro Kuleba",
            Some("UKRGOV"),
            Some("UKR"),
            &["Kuleba"],
        ),
        entity(
            &p,
            "E4",
            Group,
            "other European governments",
            Some("GOV"),
            None,
            &["other European governments"],
        ),
    ];
    let events = code(&p, &ents);
    let got = dyads(&events);
    assert!(got.contains(&"17 KENCOP->KENOPP".to_string()), "{got:?}");
    let governments: Vec<_> = events
        .iter()
        .flat_map(|e| e.actors.iter().chain(&e.recipients))
        .filter(|p| p.entity.as_deref() == Some("E4"))
        .collect();
    assert!(!governments.is_empty(), "{got:?}");
    assert!(
        governments
            .iter()
            .all(|p| p.actor.as_ref().is_some_and(|a| a.as_str() == "GOV")),
        "{got:?}"
    );
}

const LEADERS_AFTER_A_GROUP: &str = "
1 Modi PROPN NNP 2 nsubj
2 held VERB VBD 0 root
3 talks NOUN NNS 2 obj
4 with ADP IN 5 case
5 Biden PROPN NNP 2 obl
6 . PUNCT . 2 punct

1 Kuleba PROPN NNP 2 nsubj
2 urged VERB VBD 0 root
3 other ADJ JJ 5 amod
4 European ADJ JJ 5 amod
5 governments NOUN NNS 2 obj
6 to PART TO 7 mark
7 help VERB VB 2 xcomp
8 . PUNCT . 2 punct

1 The DET DT 3 det
2 two NUM CD 3 nummod
3 leaders NOUN NNS 4 nsubj
4 signed VERB VBD 0 root
5 agreements NOUN NNS 4 obj
6 . PUNCT . 4 punct
";

#[test]
fn the_two_leaders_are_two_people_not_the_latest_pair_with_a_group() {
    let p = parsed(LEADERS_AFTER_A_GROUP, Some("2023-06-22"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Narendra Modi",
            Some("INDGOV"),
            Some("IND"),
            &["Modi"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Joe Biden",
            Some("USAGOV"),
            Some("USA"),
            &["Biden"],
        ),
        entity(
            &p,
            "E3",
            Person,
            "Dmytro Kuleba",
            Some("UKRGOV"),
            Some("UKR"),
            &["Kuleba"],
        ),
        entity(
            &p,
            "E4",
            Group,
            "other European governments",
            Some("GOV"),
            None,
            &["other European governments"],
        ),
    ];
    let events = code(&p, &ents);
    let signed: Vec<String> = dyads(&events_in_sentence(&events, 2));
    assert_eq!(signed, vec!["05 INDGOV->USAGOV", "05 USAGOV->INDGOV"]);
}

const HELPED: &str = "
1 Britain PROPN NNP 2 nsubj
2 helped VERB VBD 0 root
3 Ghana PROPN NNP 2 obj
4 to PART TO 5 mark
5 detain VERB VB 2 xcomp
6 the DET DT 7 det
7 tanker NOUN NN 5 obj
8 . PUNCT . 2 punct

1 Britain PROPN NNP 2 nsubj
2 helped VERB VBD 0 root
3 Ghana PROPN NNP 2 obj
4 . PUNCT . 2 punct
";

#[test]
fn help_with_an_act_is_no_aid_but_help_given_a_country_is() {
    let p = parsed(HELPED, Some("2019-07-04"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Location,
            "Britain",
            Some("GBR"),
            Some("GBR"),
            &["Britain"],
        ),
        entity(
            &p,
            "E2",
            Location,
            "Ghana",
            Some("GHA"),
            Some("GHA"),
            &["Ghana"],
        ),
    ];
    let events = code(&p, &ents);
    let aid: Vec<(usize, String)> = events
        .iter()
        .filter(|e| e.cameo_root.as_str() == "07")
        .map(|e| {
            (
                e.evidence.sentence,
                dyads(std::slice::from_ref(e)).join(" "),
            )
        })
        .collect();
    assert_eq!(
        aid,
        vec![(1, "07 GBR->GHA".to_string())],
        "{:?}",
        dyads(&events)
    );
}

const RECEIVED: &str = "
1 Japan PROPN NNP 2 nsubj
2 received VERB VBD 0 root
3 reports NOUN NNS 2 obj
4 of ADP IN 5 case
5 abuses NOUN NNS 3 nmod
6 by ADP IN 7 case
7 China PROPN NNP 5 nmod
8 . PUNCT . 2 punct

1 Japan PROPN NNP 2 nsubj
2 received VERB VBD 0 root
3 Li PROPN NNP 2 obj
4 . PUNCT . 2 punct
";

#[test]
fn one_receives_an_actor_not_the_doer_of_an_act_received() {
    let p = parsed(RECEIVED, Some("2019-07-04"));
    use EntityType::*;
    let ents = vec![
        country(&p, "E1", "Japan", "JPN"),
        country(&p, "E2", "China", "CHN"),
        entity(&p, "E3", Person, "Li", Some("CHNGOV"), Some("CHN"), &["Li"]),
    ];
    let events = code(&p, &ents);
    let contacts: Vec<usize> = events
        .iter()
        .filter(|e| e.cameo_root.as_str() == "04")
        .map(|e| e.evidence.sentence)
        .collect();
    assert_eq!(contacts, vec![1], "{:?}", dyads(&events));
    assert!(dyads(&events).contains(&"04 JPN->CHNGOV".to_string()));
}

const LAUNCH_CONDEMNED: &str = "
1 Pyongyang PROPN NNP 2 nsubj
2 fired VERB VBD 0 root
3 missiles NOUN NNS 2 obj
4 into ADP IN 6 case
5 the DET DT 6 det
6 sea NOUN NN 2 obl
7 . PUNCT . 2 punct

1 Seoul PROPN NNP 2 nsubj
2 condemned VERB VBD 0 root
3 the DET DT 4 det
4 launch NOUN NN 2 obj
5 . PUNCT . 2 punct
";

#[test]
fn an_act_with_no_recipient_is_not_recorded_but_is_what_a_later_noun_refers_to() {
    let p = parsed(LAUNCH_CONDEMNED, Some("2023-07-12"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Organization,
            "Pyongyang",
            Some("PRKGOV"),
            Some("PRK"),
            &["Pyongyang"],
        ),
        entity(
            &p,
            "E2",
            Organization,
            "Seoul",
            Some("KORGOV"),
            Some("KOR"),
            &["Seoul"],
        ),
    ];
    let events = Coder::new(Lexicon::builtin())
        .code(&p, &ents, &[], &[])
        .dyadic()
        .events;
    // The firing into the sea names no one fired at: no event of its own.
    assert!(
        events.iter().all(|e| e.evidence.sentence == 1),
        "{:?}",
        dyads(&events)
    );
    assert!(
        dyads(&events).contains(&"11 KORGOV->PRKGOV".to_string()),
        "{:?}",
        dyads(&events)
    );
}

/// The actor codes on one side (`side`) of the events of `sentence` whose root starts with `root`.
fn side_codes(
    events: &[Event],
    sentence: usize,
    root: &str,
    side: fn(&Event) -> &Vec<newsgraph_extract::record::Participant>,
) -> Vec<String> {
    events
        .iter()
        .filter(|e| e.evidence.sentence == sentence && e.cameo_root.as_str().starts_with(root))
        .flat_map(|e| side(e).iter().filter_map(|p| p.actor.as_ref()))
        .map(|a| a.to_string())
        .collect()
}

const PRISONERS_FREED: &str = "
1 Managua PROPN NNP 2 nsubj
2 freed VERB VBD 0 root
3 222 NUM CD 5 nummod
4 political ADJ JJ 5 amod
5 prisoners NOUN NNS 2 obj
6 . PUNCT . 2 punct

1 Managua PROPN NNP 2 nsubj
2 freed VERB VBD 0 root
3 its PRON PRP$ 5 nmod:poss
4 political ADJ JJ 5 amod
5 prisoners NOUN NNS 2 obj
6 . PUNCT . 2 punct
";

#[test]
fn the_people_a_slotless_entry_names_as_its_object_are_its_recipients_unless_the_actor_s_own() {
    let p = parsed(PRISONERS_FREED, Some("2023-02-09"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Organization,
            "Managua",
            Some("NICGOV"),
            Some("NIC"),
            &["Managua"],
        ),
        entity(
            &p,
            "E2",
            Organization,
            "political prisoners",
            Some("NICOPP"),
            Some("NIC"),
            &["political prisoners"],
        ),
    ];
    let events = code(&p, &ents);
    let coded_in = |sentence| side_codes(&events, sentence, "", |e| &e.recipients);
    assert_eq!(coded_in(0), vec!["NICOPP"], "{:?}", dyads(&events));
    // "its political prisoners": the actor's own people, never its recipients.
    assert!(coded_in(1).is_empty(), "{:?}", dyads(&events));
}

const CROWDS_MARCHED: &str = "
1 Crowds NOUN NNS 2 nsubj
2 marched VERB VBD 0 root
3 against ADP IN 5 case
4 the DET DT 5 det
5 junta NOUN NN 2 obl
6 . PUNCT . 2 punct

1 Officials NOUN NNS 2 nsubj
2 marched VERB VBD 0 root
3 against ADP IN 5 case
4 the DET DT 5 det
5 junta NOUN NN 2 obl
6 . PUNCT . 2 punct
";

#[test]
fn a_crowd_no_entity_codes_that_protests_is_the_protest_s_people() {
    let p = parsed(CROWDS_MARCHED, Some("2014-05-24"));
    let ents = vec![entity(
        &p,
        "E1",
        EntityType::Organization,
        "junta",
        Some("THAMIL"),
        Some("THA"),
        &["junta"],
    )];
    let events = code(&p, &ents);
    let protesters_in = |sentence| side_codes(&events, sentence, "14", |e| &e.actors);
    assert_eq!(protesters_in(0), vec!["THAOPP"], "{:?}", dyads(&events));
    // Must not fire: officials are no crowd.
    assert!(protesters_in(1).is_empty(), "{:?}", dyads(&events));
}

const WARNED_THAT: &str = "
1 Russia PROPN NNP 3 nsubj
2 has AUX VBZ 3 aux
3 warned VERB VBN 0 root
4 that SCONJ IN 7 mark
5 it PRON PRP 7 nsubj
6 would AUX MD 7 aux
7 take VERB VB 3 ccomp
8 steps NOUN NNS 7 obj
9 against ADP IN 10 case
10 Finland PROPN NNP 7 obl
11 . PUNCT . 3 punct

1 Russia PROPN NNP 3 nsubj
2 has AUX VBZ 3 aux
3 warned VERB VBN 0 root
4 that SCONJ IN 7 mark
5 it PRON PRP 7 nsubj
6 would AUX MD 7 aux
7 take VERB VB 3 ccomp
8 steps NOUN NNS 7 obj
9 . PUNCT . 3 punct
";

#[test]
fn a_warning_of_what_will_be_done_threatens_the_others_its_clause_names() {
    let p = parsed(WARNED_THAT, Some("2022-06-29"));
    let ents = vec![
        country(&p, "E1", "Russia", "RUS"),
        country(&p, "E2", "Finland", "FIN"),
    ];
    let events = code(&p, &ents);
    let threats_in = |sentence| side_codes(&events, sentence, "13", |e| &e.recipients);
    assert_eq!(threats_in(0), vec!["FIN"], "{:?}", dyads(&events));
    // Must not fire: a clause naming only the threatening side threatens no one.
    assert!(threats_in(1).is_empty(), "{:?}", dyads(&events));
}

const SAID_WOULD_BEAR: &str = "
1 China PROPN NNP 2 nsubj
2 said VERB VBD 0 root
3 Lithuania PROPN NNP 5 nsubj
4 would AUX MD 5 aux
5 have VERB VB 2 ccomp
6 to PART TO 7 mark
7 bear VERB VB 5 xcomp
8 the DET DT 9 det
9 consequences NOUN NNS 7 obj
10 . PUNCT . 2 punct

1 China PROPN NNP 2 nsubj
2 said VERB VBD 0 root
3 Lithuania PROPN NNP 5 nsubj
4 would AUX MD 5 aux
5 bear VERB VB 2 ccomp
6 the DET DT 7 det
7 costs NOUN NNS 5 obj
8 . PUNCT . 2 punct
";

#[test]
fn a_reported_clause_that_foretells_a_penalty_threatens_its_subject() {
    let p = parsed(SAID_WOULD_BEAR, Some("2021-08-10"));
    let ents = vec![
        country(&p, "E1", "China", "CHN"),
        country(&p, "E2", "Lithuania", "LTU"),
    ];
    let events = code(&p, &ents);
    let threats_in = |sentence| side_codes(&events, sentence, "13", |e| &e.recipients);
    assert_eq!(threats_in(0), vec!["LTU"], "{:?}", dyads(&events));
    // Must not fire: costs borne are no penalty.
    assert!(threats_in(1).is_empty(), "{:?}", dyads(&events));
}

const COURT_THEN_RULING_WELCOMED: &str = "
1 The DET DT 2 det
2 court NOUN NN 3 nsubj
3 rejected VERB VBD 0 root
4 Argentina PROPN NNP 6 nmod:poss
5 's PART POS 4 case
6 demand NOUN NN 3 obj
7 . PUNCT . 3 punct

1 Uruguay PROPN NNP 2 nsubj
2 welcomed VERB VBD 0 root
3 the DET DT 4 det
4 ruling NOUN NN 2 obj
5 . PUNCT . 2 punct
";

#[test]
fn a_ruling_is_the_act_of_the_court_that_made_it_an_international_court_too() {
    let p = parsed(COURT_THEN_RULING_WELCOMED, Some("2010-04-20"));
    let ents = vec![
        entity(
            &p,
            "E1",
            EntityType::Organization,
            "International Court of Justice",
            Some("IGOUNOJUD"),
            None,
            &["court"],
        ),
        country(&p, "E2", "Argentina", "ARG"),
        country(&p, "E3", "Uruguay", "URY"),
    ];
    let events = code(&p, &ents);
    let welcomed = side_codes(&events, 1, "05", |e| &e.recipients);
    assert_eq!(welcomed, vec!["IGOUNOJUD"], "{:?}", dyads(&events));
}

const SUPPORTERS_RALLIED_AS_RELATIVE: &str = "
1 Supporters NOUN NNS 0 root
2 rallied VERB VBN 1 acl
3 outside ADP IN 5 case
4 the DET DT 5 det
5 palace NOUN NN 2 obl
6 . PUNCT . 1 punct

1 Supporters NOUN NNS 0 root
2 detained VERB VBN 1 acl
3 outside ADP IN 5 case
4 the DET DT 5 det
5 palace NOUN NN 2 obl
6 . PUNCT . 1 punct
";

#[test]
fn a_protest_verb_read_as_a_participle_is_done_by_its_noun() {
    let p = parsed(SUPPORTERS_RALLIED_AS_RELATIVE, Some("2024-03-10"));
    let ents = vec![
        entity(
            &p,
            "E1",
            EntityType::Group,
            "supporters",
            Some("BOLOPP"),
            Some("BOL"),
            &["Supporters"],
        ),
        entity(
            &p,
            "E2",
            EntityType::Group,
            "supporters",
            Some("BOLOPP"),
            Some("BOL"),
            &["Supporters"],
        ),
    ];
    let events = code(&p, &ents);
    let protesters = side_codes(&events, 0, "14", |e| &e.actors);
    assert_eq!(protesters, vec!["BOLOPP"], "{:?}", dyads(&events));
    // Must not: those detained did not detain.
    let detainers = side_codes(&events, 1, "17", |e| &e.actors);
    assert!(detainers.is_empty(), "{:?}", dyads(&events));
}

const DISMISSED: &str = "
1 Chan PROPN NNP 2 nsubj
2 dismissed VERB VBD 0 root
3 Singirok PROPN NNP 2 obj
4 . PUNCT . 2 punct

1 Moscow PROPN NNP 2 nsubj
2 dismissed VERB VBD 0 root
3 Chan PROPN NNP 4 nmod:poss
4 accusations NOUN NNS 2 obj
5 . PUNCT . 2 punct
";

#[test]
fn a_person_dismissed_is_removed_from_office_but_dismissed_words_are_rejected() {
    let p = parsed(DISMISSED, Some("1997-03-20"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Julius Chan",
            Some("PNGGOV"),
            Some("PNG"),
            &["Chan"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Jerry Singirok",
            Some("PNGMIL"),
            Some("PNG"),
            &["Singirok"],
        ),
        entity(
            &p,
            "E3",
            Location,
            "Moscow",
            Some("RUSGOV"),
            Some("RUS"),
            &["Moscow"],
        ),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(got.contains(&"172 PNGGOV->PNGMIL".to_string()), "{got:?}");
    // Must not: accusations dismissed are rejected, whoever made them.
    assert!(got.iter().all(|d| !d.starts_with("172 RUSGOV")), "{got:?}");
}

const SUSPENDED: &str = "
1 ECOWAS PROPN NNP 2 nsubj
2 suspended VERB VBD 0 root
3 Guinea PROPN NNP 2 obj
4 . PUNCT . 2 punct

1 Guinea PROPN NNP 2 nsubj
2 suspended VERB VBD 0 root
3 the DET DT 4 det
4 newspaper NOUN NN 2 obj
5 . PUNCT . 2 punct
";

#[test]
fn a_state_suspended_loses_its_seat_but_a_newspaper_suspended_is_sanctioned() {
    let p = parsed(SUSPENDED, Some("2021-09-08"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Organization,
            "ECOWAS",
            Some("IGOWAF"),
            None,
            &["ECOWAS"],
        ),
        country(&p, "E2", "Guinea", "GIN"),
        entity(
            &p,
            "E3",
            Organization,
            "newspaper",
            Some("MED"),
            None,
            &["newspaper"],
        ),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(got.contains(&"161 IGOWAF->GIN".to_string()), "{got:?}");
    // Must not: what is not a state suspended stays an administrative sanction.
    assert!(got.contains(&"172 GIN->GINMED".to_string()), "{got:?}");
}

const FIRED_ON_COUNTED_CROWDS: &str = "
1 Police NOUN NNS 2 nsubj
2 fired VERB VBD 0 root
3 tear ADJ JJ 4 amod
4 gas NOUN NN 2 obj
5 at ADP IN 6 case
6 thousands NOUN NNS 2 obl
7 of ADP IN 8 case
8 people NOUN NNS 6 nmod
9 who PRON WP 10 nsubj
10 marched VERB VBD 8 acl:relcl
11 . PUNCT . 2 punct

1 Soldiers NOUN NNS 2 nsubj
2 opened VERB VBD 0 root
3 fire NOUN NN 2 obj
4 on ADP IN 5 case
5 hundreds NOUN NNS 2 obl
6 of ADP IN 7 case
7 people NOUN NNS 5 nmod
8 protesting VERB VBG 7 acl
9 . PUNCT . 2 punct

1 Soldiers NOUN NNS 2 nsubj
2 killed VERB VBD 0 root
3 dozens NOUN NNS 2 obj
4 of ADP IN 5 case
5 people NOUN NNS 3 nmod
6 . PUNCT . 2 punct
";

#[test]
fn a_counted_crowd_is_its_members_and_people_protesting_are_protesters() {
    let p = parsed(FIRED_ON_COUNTED_CROWDS, Some("2011-07-09"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Organization,
            "police",
            Some("MYSCOP"),
            Some("MYS"),
            &["Police"],
        ),
        entity(
            &p,
            "E2",
            Organization,
            "soldiers",
            Some("MYSMIL"),
            Some("MYS"),
            &["Soldiers"],
        ),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(got.contains(&"175 MYSCOP->MYSOPP".to_string()), "{got:?}");
    assert!(got.contains(&"180 MYSMIL->MYSOPP".to_string()), "{got:?}");
    // Must not: people counted as casualties are the country, not protesters.
    assert!(got.contains(&"1823 MYSMIL->MYS".to_string()), "{got:?}");
    assert!(!got.contains(&"1823 MYSMIL->MYSOPP".to_string()), "{got:?}");
}

const WHOSE_WARPLANES: &str = "
1 France PROPN NNP 8 nsubj
2 , PUNCT , 4 punct
3 whose PRON WP$ 4 nmod:poss
4 warplanes NOUN NNS 5 nsubj
5 struck VERB VBD 1 acl:relcl
6 rebels NOUN NNS 5 obj
7 , PUNCT , 5 punct
8 condemned VERB VBD 0 root
9 the DET DT 10 det
10 coup NOUN NN 8 obj
11 . PUNCT . 8 punct
";

#[test]
fn arms_owned_by_whose_are_the_military_of_the_noun_the_clause_qualifies() {
    let p = parsed(WHOSE_WARPLANES, Some("2021-04-20"));
    use EntityType::*;
    let ents = vec![
        country(&p, "E1", "France", "FRA"),
        entity(
            &p,
            "E2",
            Organization,
            "rebels",
            Some("TCDREB"),
            Some("TCD"),
            &["rebels"],
        ),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(got.iter().any(|d| d.ends_with("FRAMIL->TCDREB")), "{got:?}");
    // Must not: the warplanes are not France's relative clause subject left uncoded.
    assert!(!got.iter().any(|d| d.contains("-->TCDREB")), "{got:?}");
}

const WHO_BEFORE_A_LATER_RELATIVE: &str = "
1 Yeltsin PROPN NNP 6 nsubj
2 , PUNCT , 1 punct
3 who PRON WP 4 nsubj
4 dissolved VERB VBD 10 conj
5 parliament NOUN NN 4 obj
6 said VERB VBD 0 root
7 in ADP IN 8 case
8 address NOUN NN 6 obl
9 opponents NOUN NNS 10 nsubj
10 staged VERB VBD 8 acl:relcl
11 revolt NOUN NN 10 obj
12 . PUNCT . 6 punct
";

#[test]
fn a_relative_pronoun_stands_for_the_name_before_it_not_for_a_later_noun() {
    let p = parsed(WHO_BEFORE_A_LATER_RELATIVE, Some("1993-10-04"));
    let ents = vec![entity(
        &p,
        "E1",
        EntityType::Person,
        "Boris Yeltsin",
        Some("RUSGOV"),
        Some("RUS"),
        &["Yeltsin"],
    )];
    let events = code(&p, &ents);
    let dissolvers = side_codes(&events, 0, "08", |e| &e.actors);
    assert_eq!(dissolvers, vec!["RUSGOV"], "{:?}", dyads(&events));
}

const FOUR_MET: &str = "
1 France PROPN NNP 8 nsubj
2 , PUNCT , 3 punct
3 Germany PROPN NNP 1 conj
4 , PUNCT , 5 punct
5 Portugal PROPN NNP 1 conj
6 and CCONJ CC 7 cc
7 Finland PROPN NNP 1 conj
8 met VERB VBD 0 root
9 . PUNCT . 8 punct

1 France PROPN NNP 5 nsubj
2 , PUNCT , 3 punct
3 Germany PROPN NNP 1 conj
4 and CCONJ CC 5 cc
5 Portugal PROPN NNP 1 conj
6 met VERB VBD 0 root
7 . PUNCT . 6 punct
";

#[test]
fn a_joint_act_of_more_than_three_parties_is_no_set_of_dyads_but_one_of_three_is() {
    let p = parsed(FOUR_MET, Some("2019-06-27"));
    let ents = vec![
        country(&p, "E1", "France", "FRA"),
        country(&p, "E2", "Germany", "DEU"),
        country(&p, "E3", "Portugal", "PRT"),
        country(&p, "E4", "Finland", "FIN"),
    ];
    let events = code(&p, &ents);
    let four = events.iter().filter(|e| e.evidence.sentence == 0).count();
    assert_eq!(four, 0, "{:?}", dyads(&events));
    // Must not: three parties are still coded each to each.
    let three = events.iter().filter(|e| e.evidence.sentence == 1).count();
    assert_eq!(three, 3, "{:?}", dyads(&events));
}

const ORDERED_HELD: &str = "
1 A DET DT 2 det
2 court NOUN NN 3 nsubj
3 ordered VERB VBD 0 root
4 Rana PROPN NNP 3 obj
5 held VERB VBN 3 xcomp
6 . PUNCT . 3 punct

1 Washington PROPN NNP 2 nsubj
2 ordered VERB VBD 0 root
3 Moscow PROPN NNP 2 obj
4 to PART TO 5 mark
5 withdraw VERB VB 2 xcomp
6 . PUNCT . 2 punct
";

#[test]
fn an_order_that_someone_be_held_is_the_arrest_but_an_order_to_withdraw_is_a_demand() {
    let p = parsed(ORDERED_HELD, Some("2013-04-29"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Organization,
            "court",
            Some("BGDJUD"),
            Some("BGD"),
            &["court"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Rana",
            Some("BGDOPP"),
            Some("BGD"),
            &["Rana"],
        ),
        entity(
            &p,
            "E3",
            Location,
            "Washington",
            Some("USAGOV"),
            Some("USA"),
            &["Washington"],
        ),
        entity(
            &p,
            "E4",
            Location,
            "Moscow",
            Some("RUSGOV"),
            Some("RUS"),
            &["Moscow"],
        ),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(got.contains(&"173 BGDJUD->BGDOPP".to_string()), "{got:?}");
    // Must not: an order to act is still a demand.
    assert!(got.contains(&"100 USAGOV->RUSGOV".to_string()), "{got:?}");
}

const FLEW_HOME_AND_ABROAD: &str = "
1 Mirziyoyev PROPN NNP 2 nsubj
2 flew VERB VBD 0 root
3 to ADP IN 4 case
4 Nukus PROPN NNP 2 obl
5 . PUNCT . 2 punct

1 Mirziyoyev PROPN NNP 2 nsubj
2 flew VERB VBD 0 root
3 to ADP IN 4 case
4 Moscow PROPN NNP 2 obl
5 . PUNCT . 2 punct
";

#[test]
fn travel_within_ones_own_country_is_no_visit_but_travel_abroad_is() {
    let p = parsed(FLEW_HOME_AND_ABROAD, Some("2022-07-02"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Shavkat Mirziyoyev",
            Some("UZBGOV"),
            Some("UZB"),
            &["Mirziyoyev"],
        ),
        entity(
            &p,
            "E2",
            Location,
            "Nukus",
            Some("UZB"),
            Some("UZB"),
            &["Nukus"],
        ),
        entity(
            &p,
            "E3",
            Location,
            "Moscow",
            Some("RUS"),
            Some("RUS"),
            &["Moscow"],
        ),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(!got.iter().any(|d| d.ends_with("UZBGOV->UZB")), "{got:?}");
    // Must not: a trip abroad stays a visit.
    assert!(got.contains(&"042 UZBGOV->RUS".to_string()), "{got:?}");
}

const FLEW_THEM: &str = "
1 Nicaragua PROPN NNP 2 nsubj
2 flew VERB VBD 0 root
3 them PRON PRP 2 obj
4 to ADP IN 6 case
5 the DET DT 6 det
6 States PROPN NNP 2 obl
7 . PUNCT . 2 punct

1 Ortega PROPN NNP 2 nsubj
2 flew VERB VBD 0 root
3 to ADP IN 5 case
4 the DET DT 5 det
5 States PROPN NNP 2 obl
6 . PUNCT . 2 punct
";

#[test]
fn flying_others_is_no_visit_but_flying_oneself_is() {
    let p = parsed(FLEW_THEM, Some("2023-02-09"));
    use EntityType::*;
    let ents = vec![
        country(&p, "E1", "Nicaragua", "NIC"),
        entity(
            &p,
            "E2",
            Location,
            "United States",
            Some("USA"),
            Some("USA"),
            &["States"],
        ),
        entity(
            &p,
            "E3",
            Person,
            "Daniel Ortega",
            Some("NICGOV"),
            Some("NIC"),
            &["Ortega"],
        ),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(!got.contains(&"042 NIC->USA".to_string()), "{got:?}");
    // Must not: one who flies somewhere visits it.
    assert!(got.contains(&"042 NICGOV->USA".to_string()), "{got:?}");
}

const ACCUSED_OF_A_DEAL: &str = "
1 Armenia PROPN NNP 2 nsubj
2 accused VERB VBD 0 root
3 Hungary PROPN NNP 2 obj
4 of SCONJ IN 5 mark
5 striking VERB VBG 2 advcl
6 a DET DT 7 det
7 deal NOUN NN 5 obj
8 with ADP IN 9 case
9 Azerbaijan PROPN NNP 5 obl
10 . PUNCT . 2 punct

1 Armenia PROPN NNP 2 nsubj
2 accused VERB VBD 0 root
3 Azerbaijan PROPN NNP 2 obj
4 of SCONJ IN 5 mark
5 shelling VERB VBG 2 advcl
6 Hungary PROPN NNP 5 obj
7 . PUNCT . 2 punct
";

#[test]
fn an_accused_act_of_no_force_is_not_coded_under_a_vaguer_sense_of_its_verb() {
    let p = parsed(ACCUSED_OF_A_DEAL, Some("2012-08-31"));
    let ents = vec![
        country(&p, "E1", "Armenia", "ARM"),
        country(&p, "E2", "Hungary", "HUN"),
        country(&p, "E3", "Azerbaijan", "AZE"),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(got.contains(&"112 ARM->HUN".to_string()), "{got:?}");
    assert!(
        !got.iter()
            .any(|d| d.starts_with("19") && d.contains("HUN->")),
        "{got:?}"
    );
    // Must not: an accused act of force is still coded.
    assert!(
        got.iter()
            .any(|d| d.ends_with("AZE->HUN") && d.starts_with("19")),
        "{got:?}"
    );
}

const KILLED_IN_A_FIGHT: &str = "
1 Gunmen NOUN NNS 2 nsubj
2 killed VERB VBD 0 root
3 eight NUM CD 4 nummod
4 officers NOUN NNS 2 obj
5 in ADP IN 7 case
6 two NUM CD 7 nummod
7 clashes NOUN NNS 4 nmod
8 . PUNCT . 2 punct

1 Troops NOUN NNS 2 nsubj
2 killed VERB VBD 0 root
3 300 NUM CD 4 nummod
4 rebels NOUN NNS 2 obj
5 . PUNCT . 2 punct

1 Militants NOUN NNS 2 nsubj
2 killed VERB VBD 0 root
3 four NUM CD 4 nummod
4 gendarmes NOUN NNS 2 obj
5 . PUNCT . 2 punct
";

#[test]
fn a_killing_between_armed_forces_in_a_fight_or_by_troops_is_combat() {
    let p = parsed(KILLED_IN_A_FIGHT, Some("2013-03-05"));
    use EntityType::*;
    let group = |id: &str, word: &str, code: &str| {
        entity(
            &p,
            id,
            Organization,
            word,
            Some(code),
            Some(&code[..3]),
            &[word],
        )
    };
    let ents = vec![
        group("E1", "Gunmen", "PHLREB"),
        group("E2", "officers", "MYSCOP"),
        group("E3", "Troops", "TCDMIL"),
        group("E4", "rebels", "TCDREB"),
        group("E5", "Militants", "FRAREB"),
        group("E6", "gendarmes", "FRACOP"),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(got.contains(&"190 PHLREB->MYSCOP".to_string()), "{got:?}");
    assert!(got.contains(&"190 TCDMIL->TCDREB".to_string()), "{got:?}");
    // Must not: rebels killing police outside a fight stay an assault.
    assert!(got.contains(&"1823 FRAREB->FRACOP".to_string()), "{got:?}");
}

const THE_TWO_GOVERNMENTS: &str = "
1 Somalia PROPN NNP 2 nsubj
2 sued VERB VBD 0 root
3 Kenya PROPN NNP 2 obj
4 . PUNCT . 2 punct

1 The DET DT 2 det
2 court NOUN NN 3 nsubj
3 rejected VERB VBD 0 root
4 Kenya PROPN NNP 6 nmod:poss
5 's PART POS 4 case
6 request NOUN NN 3 obj
7 . PUNCT . 3 punct

1 The DET DT 3 det
2 two NUM CD 3 nummod
3 governments NOUN NNS 4 nsubj
4 held VERB VBD 0 root
5 talks NOUN NNS 4 obj
6 . PUNCT . 4 punct
";

#[test]
fn the_two_governments_are_two_states_not_a_court_and_a_state() {
    let p = parsed(THE_TWO_GOVERNMENTS, Some("2021-10-12"));
    use EntityType::*;
    let ents = vec![
        country(&p, "E1", "Somalia", "SOM"),
        country(&p, "E2", "Kenya", "KEN"),
        entity(
            &p,
            "E3",
            Organization,
            "International Court of Justice",
            Some("IGOUNOJUD"),
            None,
            &["court"],
        ),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(
        got.iter()
            .any(|d| d.starts_with("04") && d.contains("SOM") && d.contains("KEN")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|d| d.starts_with("04") && d.contains("IGO")),
        "{got:?}"
    );
}

const THE_STRIKE_TOLD_AS_FACT: &str = "
1 Washington PROPN NNP 2 nsubj
2 fired VERB VBD 0 root
3 cruise NOUN NN 4 compound
4 missiles NOUN NNS 2 obj
5 at ADP IN 6 case
6 Syria PROPN NNP 2 obl
7 . PUNCT . 2 punct

1 Officials NOUN NNS 2 nsubj
2 said VERB VBD 0 root
3 warplanes NOUN NNS 4 nsubj
4 attacked VERB VBD 2 ccomp
5 Idlib PROPN NNP 4 obj
6 . PUNCT . 2 punct

1 Britain PROPN NNP 2 nsubj
2 welcomed VERB VBD 0 root
3 the DET DT 4 det
4 strike NOUN NN 2 obj
5 . PUNCT . 2 punct
";

#[test]
fn the_act_a_bare_noun_names_is_one_told_as_fact_before_one_reported() {
    let p = parsed(THE_STRIKE_TOLD_AS_FACT, Some("2017-04-07"));
    use EntityType::*;
    let ents = vec![
        country(&p, "E1", "Washington", "USA"),
        country(&p, "E2", "Syria", "SYR"),
        entity(
            &p,
            "E3",
            Organization,
            "officials",
            Some("USAGOV"),
            Some("USA"),
            &["Officials"],
        ),
        entity(
            &p,
            "E4",
            Organization,
            "warplanes",
            Some("SYRMIL"),
            Some("SYR"),
            &["warplanes"],
        ),
        country(&p, "E5", "Idlib", "SYR"),
        country(&p, "E6", "Britain", "GBR"),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(
        got.iter()
            .any(|d| d.starts_with("05") && d.ends_with("GBR->USA")),
        "{got:?}"
    );
    assert!(!got.iter().any(|d| d.ends_with("GBR->SYR")), "{got:?}");
}

const CONDEMNED_THE_COUP: &str = "
1 Conde PROPN NNP 3 nsubj:pass
2 was AUX VBD 3 aux:pass
3 detained VERB VBN 0 root
4 in ADP IN 5 case
5 Guinea PROPN NNP 3 obl
6 . PUNCT . 3 punct

1 China PROPN NNP 2 nsubj
2 condemned VERB VBD 0 root
3 the DET DT 4 det
4 coup NOUN NN 2 obj
5 . PUNCT . 2 punct

1 Russia PROPN NNP 2 nsubj
2 condemned VERB VBD 0 root
3 any DET DT 4 det
4 attempt NOUN NN 2 obj
5 to PART TO 6 mark
6 seize VERB VB 4 acl
7 power NOUN NN 6 obj
8 . PUNCT . 2 punct
";

#[test]
fn a_coup_or_attempt_to_seize_power_no_seizure_was_coded_for_is_the_army_of_the_country() {
    let p = parsed(CONDEMNED_THE_COUP, Some("2021-09-06"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Person,
            "Alpha Conde",
            Some("GINGOV"),
            Some("GIN"),
            &["Conde"],
        ),
        country(&p, "E2", "Guinea", "GIN"),
        country(&p, "E3", "China", "CHN"),
        country(&p, "E4", "Russia", "RUS"),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(got.contains(&"111 CHN->GINMIL".to_string()), "{got:?}");
    // An attempt to seize power, definite or not, is one too.
    assert!(got.contains(&"111 RUS->GINMIL".to_string()), "{got:?}");
}

const MINISTERS_OF_THE_TWO_COUNTRIES: &str = "
1 Armenia PROPN NNP 2 nsubj
2 accused VERB VBD 0 root
3 Azerbaijan PROPN NNP 2 obj
4 . PUNCT . 2 punct

1 The DET DT 2 det
2 ministers NOUN NNS 7 nsubj
3 of ADP IN 6 case
4 the DET DT 6 det
5 two NUM CD 6 nummod
6 countries NOUN NNS 2 nmod
7 signed VERB VBD 0 root
8 a DET DT 9 det
9 treaty NOUN NN 7 obj
10 . PUNCT . 7 punct
";

#[test]
fn a_body_of_the_two_countries_is_one_actor_per_side_with_its_role() {
    let p = parsed(MINISTERS_OF_THE_TWO_COUNTRIES, Some("2025-08-08"));
    let ents = vec![
        country(&p, "E1", "Armenia", "ARM"),
        country(&p, "E2", "Azerbaijan", "AZE"),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(
        got.iter()
            .any(|d| d.starts_with("057") && d.ends_with("ARMGOV->AZEGOV")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|d| d.starts_with("057") && d.ends_with("AZEGOV->ARMGOV")),
        "{got:?}"
    );
}

const CONDEMNED_THE_KILLING_AT_HOME: &str = "
1 Soldiers NOUN NNS 2 nsubj
2 killed VERB VBD 0 root
3 the DET DT 4 det
4 president NOUN NN 2 obj
5 . PUNCT . 2 punct

1 France PROPN NNP 2 nsubj
2 condemned VERB VBD 0 root
3 the DET DT 4 det
4 killing NOUN NN 2 obj
5 . PUNCT . 2 punct

1 Warplanes NOUN NNS 2 nsubj
2 struck VERB VBD 0 root
3 Gaza PROPN NNP 2 obj
4 . PUNCT . 2 punct

1 Iran PROPN NNP 2 nsubj
2 condemned VERB VBD 0 root
3 the DET DT 4 det
4 strikes NOUN NNS 2 obj
5 . PUNCT . 2 punct
";

#[test]
fn force_a_state_s_soldiers_used_at_home_is_answered_as_theirs() {
    let p = parsed(CONDEMNED_THE_KILLING_AT_HOME, Some("2009-03-02"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Organization,
            "soldiers",
            Some("GNBMIL"),
            Some("GNB"),
            &["Soldiers"],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Joao Bernardo Vieira",
            Some("GNBGOV"),
            Some("GNB"),
            &["president"],
        ),
        country(&p, "E3", "France", "FRA"),
        entity(
            &p,
            "E4",
            Organization,
            "warplanes",
            Some("ISRMIL"),
            Some("ISR"),
            &["Warplanes"],
        ),
        country(&p, "E5", "Gaza", "PSE"),
        country(&p, "E6", "Iran", "IRN"),
    ];
    let got = code_dyads(&code(&p, &ents));
    assert!(got.contains(&"111 FRA->GNBMIL".to_string()), "{got:?}");
    // Must not: force used abroad is answered as the state's.
    assert!(got.contains(&"111 IRN->ISR".to_string()), "{got:?}");
}

const CLAIM_REJECTED: &str = "
1 Officials NOUN NNS 2 nsubj
2 said VERB VBD 0 root
3 the DET DT 4 det
4 troops NOUN NNS 6 nsubj
5 had AUX VBD 6 aux
6 acted VERB VBN 2 ccomp
7 alone ADV RB 6 advmod
8 , PUNCT , 10 punct
9 a DET DT 10 det
10 claim NOUN NN 6 obl:unmarked
11 the DET DT 12 det
12 army NOUN NN 13 nsubj
13 rejected VERB VBD 10 acl:relcl
14 . PUNCT . 2 punct

1 Karzai PROPN NNP 2 nsubj
2 said VERB VBD 0 root
3 the DET DT 4 det
4 troops NOUN NNS 5 nsubj
5 acted VERB VBD 2 ccomp
6 alone ADV RB 5 advmod
7 , PUNCT , 9 punct
8 a DET DT 9 det
9 claim NOUN NN 5 obl:unmarked
10 the DET DT 11 det
11 army NOUN NN 12 nsubj
12 dismissed VERB VBD 9 acl:relcl
13 . PUNCT . 2 punct

1 The DET DT 2 det
2 army NOUN NN 3 nsubj
3 rejected VERB VBD 0 root
4 the DET DT 5 det
5 claim NOUN NN 3 obj
6 . PUNCT . 3 punct
";

#[test]
fn a_claim_that_sums_up_a_clause_is_the_claim_of_the_one_who_asserts_it() {
    let p = parsed(CLAIM_REJECTED, Some("2011-11-27"));
    use EntityType::*;
    let ents = vec![
        entity(
            &p,
            "E1",
            Misc,
            "Afghan officials",
            Some("AFGGOV"),
            Some("AFG"),
            &["Officials"],
        ),
        entity(
            &p,
            "E2",
            Misc,
            "foreign troops",
            Some("USAMIL"),
            Some("USA"),
            &["troops"],
        ),
        entity(
            &p,
            "E3",
            Organization,
            "Pakistani army",
            Some("PAKMIL"),
            Some("PAK"),
            &["army"],
        ),
        entity(
            &p,
            "E4",
            Person,
            "Hamid Karzai",
            Some("AFGGOV"),
            Some("AFG"),
            &["Karzai"],
        ),
    ];
    let events = code(&p, &ents);
    let in_sentence = |s: usize| code_dyads(&events_in_sentence(&events, s));
    let first = in_sentence(0);
    assert!(
        first.contains(&"120 PAKMIL->AFGGOV".to_string()),
        "{first:?}"
    );
    assert!(
        first.iter().all(|d| !d.starts_with("120 PAKMIL->USAMIL")),
        "{first:?}"
    );
    // A person's claim dismissed is rejected, not its author removed from office (172).
    let dismissed = in_sentence(1);
    assert!(
        dismissed.contains(&"120 PAKMIL->AFGGOV".to_string()),
        "{dismissed:?}"
    );
    // Must not fire: "the claim" rejected with no comma before it sums up no clause, and the
    // speaker of an earlier sentence is not its author.
    let last = in_sentence(2);
    assert!(last.iter().all(|d| !d.contains("->AFGGOV")), "{last:?}");
}

const STORMED: &str = "
1 Troops NOUN NNS 2 nsubj
2 stormed VERB VBD 0 root
3 the DET DT 4 det
4 palace NOUN NN 2 obj
5 . PUNCT . 2 punct
";

#[test]
fn a_place_stormed_by_armed_forces_is_military_force_but_by_gunmen_an_attack() {
    use EntityType::*;
    let ents = |p: &Parsed, stormers: &str, code: &str| {
        vec![
            entity(
                p,
                "E1",
                Group,
                stormers,
                Some(code),
                Some("NER"),
                &[stormers],
            ),
            entity(
                p,
                "E2",
                Organization,
                "presidential palace",
                Some("NERGOV"),
                Some("NER"),
                &["palace"],
            ),
        ]
    };
    let p = parsed(STORMED, Some("2010-02-18"));
    let got = code_dyads(&code(&p, &ents(&p, "Troops", "NERMIL")));
    assert!(got.contains(&"190 NERMIL->NERGOV".to_string()), "{got:?}");
    // Must not fire: gunmen of no state force keep the entry's unconventional attack.
    let gunmen = STORMED.replace("1 Troops NOUN NNS", "1 Gunmen NOUN NNS");
    let p = parsed(&gunmen, Some("2010-02-18"));
    let got = code_dyads(&code(&p, &ents(&p, "Gunmen", "NERREB")));
    assert!(got.contains(&"180 NERREB->NERGOV".to_string()), "{got:?}");
}

const RELATIONS_RESTORED_THEN_AGREEMENT_WELCOMED: &str = "
1 Saudi PROPN NNP 2 compound
2 Arabia PROPN NNP 5 nsubj
3 and CCONJ CC 4 cc
4 Iran PROPN NNP 2 conj
5 agreed VERB VBD 0 root
6 to PART TO 7 mark
7 restore VERB VB 5 xcomp
8 diplomatic ADJ JJ 9 amod
9 relations NOUN NNS 7 obj
10 . PUNCT . 5 punct

1 The DET DT 3 det
2 United PROPN NNP 3 compound
3 States PROPN NNP 4 nsubj
4 welcomed VERB VBD 0 root
5 the DET DT 6 det
6 agreement NOUN NN 4 obj
7 . PUNCT . 4 punct
";

#[test]
fn a_welcomed_agreement_is_the_joint_act_of_its_sides() {
    let p = parsed(
        RELATIONS_RESTORED_THEN_AGREEMENT_WELCOMED,
        Some("2023-03-10"),
    );
    let ents = |p: &Parsed| {
        vec![
            country(p, "E1", "Saudi Arabia", "SAU"),
            country(p, "E2", "Iran", "IRN"),
            country(p, "E3", "United States", "USA"),
        ]
    };
    let events = code(&p, &ents(&p));
    let mut welcomed = side_codes(&events, 1, "05", |e| &e.recipients);
    welcomed.sort();
    assert_eq!(welcomed, vec!["IRN", "SAU"], "{:?}", dyads(&events));
    // Must not fire: an act one side did alone is no agreement between sides.
    let alone = RELATIONS_RESTORED_THEN_AGREEMENT_WELCOMED
        .replace("3 and CCONJ CC 4 cc", "3 , PUNCT , 4 punct")
        .replace("4 Iran PROPN NNP 2 conj", "4 Iran PROPN NNP 2 appos");
    let p = parsed(&alone, Some("2023-03-10"));
    let events = code(&p, &ents(&p));
    let welcomed = side_codes(&events, 1, "05", |e| &e.recipients);
    assert!(welcomed.is_empty(), "{:?}", dyads(&events));
}

const SECOND_SUBJECT_AFTER_A_RELATIVE_CLAUSE: &str = "
1 Gandhi PROPN NNP 10 nsubj
2 , PUNCT , 4 punct
3 who PRON WP 4 nsubj
4 flew VERB VBD 1 acl:relcl
5 in ADV RB 4 advmod
6 , PUNCT , 10 punct
7 and CCONJ CC 10 cc
8 President PROPN NNP 9 nmod:desc
9 Jayewardene PROPN NNP 10 nsubj
10 met VERB VBD 0 root
11 . PUNCT . 10 punct
";

#[test]
fn a_second_subject_after_a_coordinator_joins_the_first() {
    let ents = |p: &Parsed| {
        vec![
            entity(
                p,
                "E1",
                EntityType::Person,
                "Gandhi",
                Some("INDGOV"),
                Some("IND"),
                &["Gandhi"],
            ),
            entity(
                p,
                "E2",
                EntityType::Person,
                "Jayewardene",
                Some("LKAGOV"),
                Some("LKA"),
                &["Jayewardene"],
            ),
        ]
    };
    let p = parsed(SECOND_SUBJECT_AFTER_A_RELATIVE_CLAUSE, Some("1987-07-29"));
    let mut got = dyads(&code(&p, &ents(&p)));
    got.sort();
    assert_eq!(got, vec!["04 INDGOV->LKAGOV", "04 LKAGOV->INDGOV"]);
    // Must not fire: with no coordinator the second subject stays apart.
    let apart = SECOND_SUBJECT_AFTER_A_RELATIVE_CLAUSE
        .replace("7 and CCONJ CC 10 cc", "7 then ADV RB 10 advmod");
    let p = parsed(&apart, Some("1987-07-29"));
    let got = dyads(&code(&p, &ents(&p)));
    assert!(!got.contains(&"04 INDGOV->LKAGOV".to_string()), "{got:?}");
}

const TEAR_GAS_FIRED: &str = "
1 Police NOUN NNS 2 nsubj
2 fired VERB VBD 0 root
3 tear NOUN NN 4 compound
4 gas NOUN NN 2 obj
5 into ADP IN 7 case
6 the DET DT 7 det
7 crowd NOUN NN 2 obl
8 . PUNCT . 2 punct
";

#[test]
fn tear_gas_fired_into_a_crowd_is_used_on_the_protesters_of_the_forces_country() {
    let ents = |p: &Parsed| {
        vec![entity(
            p,
            "E1",
            EntityType::Group,
            "Police",
            Some("GEOCOP"),
            Some("GEO"),
            &["Police"],
        )]
    };
    let p = parsed(TEAR_GAS_FIRED, Some("2019-06-21"));
    let events = code(&p, &ents(&p));
    assert_eq!(code_dyads(&events), vec!["175 GEOCOP->GEOOPP"]);
    assert!(events[0].recipients[0].inferred, "{:?}", events[0]);
    // Must not fire: gas fired by no force of a state, at no one named, is used on no one the
    // text makes certain.
    let at_no_one = TEAR_GAS_FIRED
        .replace("5 into ADP IN 7 case\n", "")
        .replace("6 the DET DT 7 det\n", "")
        .replace("7 crowd NOUN NN 2 obl\n", "")
        .replace("8 . PUNCT . 2 punct", "5 . PUNCT . 2 punct");
    let p = parsed(&at_no_one, Some("2019-06-21"));
    let got = code_dyads(&code(&p, &ents(&p)));
    assert_eq!(got, vec!["175 GEOCOP->GEOOPP"]);
    let government = vec![entity(
        &p,
        "E1",
        EntityType::Organization,
        "Police",
        Some("GEOGOV"),
        Some("GEO"),
        &["Police"],
    )];
    // The act keeps no recipient, and the record leaves it out.
    assert_eq!(code_dyads(&code(&p, &government)), vec!["175 GEOGOV->"]);
}

const PELLETS_AND_TEAR_GAS: &str = "
1 Police NOUN NNS 2 nsubj
2 fired VERB VBD 0 root
3 pellets NOUN NNS 2 obj
4 and CCONJ CC 6 cc
5 tear NOUN NN 6 compound
6 gas NOUN NN 3 conj
7 at ADP IN 9 case
8 the DET DT 9 det
9 protesters NOUN NNS 2 obl
10 . PUNCT . 2 punct
";

#[test]
fn an_entry_s_object_may_be_any_item_of_a_coordinated_object() {
    let ents = |p: &Parsed| {
        vec![
            entity(
                p,
                "E1",
                EntityType::Group,
                "Police",
                Some("PERCOP"),
                Some("PER"),
                &["Police"],
            ),
            entity(
                p,
                "E2",
                EntityType::Group,
                "protesters",
                Some("PEROPP"),
                Some("PER"),
                &["protesters"],
            ),
        ]
    };
    let p = parsed(PELLETS_AND_TEAR_GAS, Some("2020-11-15"));
    assert_eq!(code_dyads(&code(&p, &ents(&p))), vec!["175 PERCOP->PEROPP"]);
    // Must not fire: with no tear gas among the things fired, shooting at people is an assault.
    let pellets_and_stones = PELLETS_AND_TEAR_GAS
        .replace("5 tear NOUN NN 6 compound", "5 large ADJ JJ 6 amod")
        .replace("6 gas NOUN NN 3 conj", "6 stones NOUN NNS 3 conj");
    let p = parsed(&pellets_and_stones, Some("2020-11-15"));
    let got = code_dyads(&code(&p, &ents(&p)));
    assert!(!got.iter().any(|d| d.starts_with("175")), "{got:?}");
}

const POWER_SEIZED: &str = "
1 The DET DT 2 det
2 army NOUN NN 3 nsubj
3 seized VERB VBD 0 root
4 power NOUN NN 3 obj
5 on ADP IN 6 case
6 Wednesday PROPN NNP 3 obl
7 . PUNCT . 3 punct
";

#[test]
fn power_seized_is_taken_from_the_government_of_the_seizers_country() {
    let seizers = |p: &Parsed, code: &str| {
        vec![entity(
            p,
            "E1",
            EntityType::Organization,
            "army",
            Some(code),
            Some("NER"),
            &["army"],
        )]
    };
    let p = parsed(POWER_SEIZED, Some("2023-07-26"));
    let events = code(&p, &seizers(&p, "NERMIL"));
    assert_eq!(code_dyads(&events), vec!["190 NERMIL->NERGOV"]);
    assert!(events[0].recipients[0].inferred, "{:?}", events[0]);
    // Must not fire: a government that takes power takes it from no one.
    let p = parsed(POWER_SEIZED, Some("2023-07-26"));
    assert_eq!(
        code_dyads(&code(&p, &seizers(&p, "NERGOV"))),
        vec!["190 NERGOV->"]
    );
}

const PROTESTS_AGAINST: &str = "
1 Months NOUN NNS 7 nsubj
2 of ADP IN 3 case
3 protests NOUN NNS 1 nmod
4 against ADP IN 6 case
5 the DET DT 6 det
6 government NOUN NN 3 nmod
7 ended VERB VBD 0 root
8 . PUNCT . 7 punct
";

#[test]
fn protests_no_one_is_said_to_make_are_the_opposition_s_against_its_government() {
    let against = |p: &Parsed, code: &str| {
        vec![entity(
            p,
            "E1",
            EntityType::Organization,
            "government",
            Some(code),
            Some("GTM"),
            &["government"],
        )]
    };
    let p = parsed(PROTESTS_AGAINST, Some("2015-09-03"));
    let events = code(&p, &against(&p, "GTMGOV"));
    assert_eq!(dyads(&events), vec!["14 GTMOPP->GTMGOV"]);
    assert!(events[0].actors[0].inferred, "{:?}", events[0]);
    // Must not fire: protests against the opposition are no opposition's own.
    let p = parsed(PROTESTS_AGAINST, Some("2015-09-03"));
    let got = dyads(&code(&p, &against(&p, "GTMOPP")));
    assert!(got.is_empty(), "{got:?}");
}

const SOLDIERS_CAPTURED: &str = "
1 Guerrillas NOUN NNS 2 nsubj
2 captured VERB VBD 0 root
3 two NUM CD 5 nummod
4 Israeli ADJ JJ 5 amod
5 soldiers NOUN NNS 2 obj
6 . PUNCT . 2 punct
";

#[test]
fn people_seized_by_no_state_s_forces_are_abducted() {
    let ents = |p: &Parsed, captors: &str| {
        vec![
            entity(
                p,
                "E1",
                EntityType::Group,
                "Guerrillas",
                Some(captors),
                Some("LBN"),
                &["Guerrillas"],
            ),
            entity(
                p,
                "E2",
                EntityType::Group,
                "soldiers",
                Some("ISRMIL"),
                Some("ISR"),
                &["soldiers"],
            ),
        ]
    };
    let p = parsed(SOLDIERS_CAPTURED, Some("2006-07-12"));
    assert_eq!(
        code_dyads(&code(&p, &ents(&p, "LBNREB"))),
        vec!["181 LBNREB->ISRMIL"]
    );
    // Must not fire: soldiers captured by another state's troops are seized in war, not abducted.
    let p = parsed(SOLDIERS_CAPTURED, Some("2006-07-12"));
    let got = code_dyads(&code(&p, &ents(&p, "LBNMIL")));
    assert!(got.iter().all(|d| !d.starts_with("181")), "{got:?}");
}

fn called_on_supporters(owner: &str) -> String {
    format!(
        "
1 Khan PROPN NNP 2 nsubj
2 called VERB VBD 0 root
3 on ADP IN 5 case
4 {owner} PRON PRP$ 5 nmod:poss
5 supporters NOUN NNS 2 obl
6 to PART TO 7 mark
7 march VERB VB 2 xcomp
8 . PUNCT . 2 punct
"
    )
}

#[test]
fn an_appeal_to_one_s_own_supporters_is_no_appeal_to_another() {
    let run = |owner: &str| {
        let p = parsed(&called_on_supporters(owner), Some("2022-04-10"));
        let ents = vec![
            actor(&p, "E1", "Khan", "PAKGOV"),
            entity(
                &p,
                "E2",
                EntityType::Group,
                "supporters",
                Some("PAKCVL"),
                Some("PAK"),
                &["supporters"],
            ),
        ];
        code_dyads(&code(&p, &ents))
    };
    let got = run("his");
    assert!(got.iter().all(|d| !d.starts_with("02")), "{got:?}");
    // Must not fire: another's supporters are another actor.
    let got = run("the");
    assert!(got.iter().any(|d| d.starts_with("020")), "{got:?}");
}

fn demanded_that(clause: &str) -> String {
    format!(
        "
1 Ramos PROPN NNP 2 nsubj
2 broke VERB VBD 0 root
3 with ADP IN 4 case
4 Marcos PROPN NNP 2 obl
5 and CCONJ CC 6 cc
6 demanded VERB VBD 2 conj
7 that SCONJ IN 9 mark
{clause}
11 . PUNCT . 2 punct
"
    )
}

#[test]
fn a_demand_that_someone_act_is_made_of_them_but_not_of_what_a_passive_names() {
    let run = |clause: &str| {
        let p = parsed(&demanded_that(clause), Some("1986-02-22"));
        let ents = vec![
            actor(&p, "E1", "Ramos", "PHLMIL"),
            entity(
                &p,
                "E2",
                EntityType::Person,
                "Ferdinand Marcos",
                Some("PHLGOV"),
                Some("PHL"),
                &["Marcos", "he"],
            ),
        ];
        code_dyads(&code(&p, &ents))
    };
    // "Ramos broke with Marcos and demanded that he resign at once."
    let got = run("8 he PRON PRP 9 nsubj\n9 resign VERB VB 6 ccomp\n10 now ADV RB 9 advmod");
    assert!(
        got.iter()
            .any(|d| d.starts_with("10") && d.ends_with("PHLMIL->PHLGOV")),
        "{got:?}"
    );
    // Must not fire: "... demanded that he be tried": the one tried is no one asked.
    let got =
        run("8 he PRON PRP 10 nsubj:pass\n9 be AUX VB 10 aux:pass\n10 tried VERB VBN 6 ccomp");
    assert!(got.iter().all(|d| !d.starts_with("10")), "{got:?}");
}
