//! People as the recipients of repression and the police as the hands of an arrest: each rule on
//! the sentence that motivates it and on one where it must not fire (hand-written trees,
//! hand-made entities).

mod events_support;

use events_support::{actor, code, code_dyads as dyads, entity, parsed};
use newsgraph_extract::Parsed;
use newsgraph_extract::record::{Entity, EntityType};

const ARRESTED_PEOPLE: &str = "
1 Police NOUN NNS 2 nsubj
2 arrested VERB VBD 0 root
3 700 NUM CD 4 nummod
4 people NOUN NNS 2 obj
5 during ADP IN 6 case
6 protests NOUN NNS 2 obl
7 . PUNCT . 2 punct
";

#[test]
fn people_arrested_are_protesters_where_protests_are_told_and_civilians_otherwise() {
    // "Iranian police have arrested more than 700 people during a week of protests".
    let p = parsed(ARRESTED_PEOPLE, Some("2022-09-25"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Police", "IRNCOP")]));
    assert_eq!(got, vec!["173 IRNCOP->IRNOPP"], "{got:?}");
    // No protest told: the people are civilians.
    let raid = ARRESTED_PEOPLE.replace("6 protests NOUN NNS", "6 raids NOUN NNS");
    let p = parsed(&raid, Some("2022-09-25"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Police", "IRNCOP")]));
    assert_eq!(got, vec!["173 IRNCOP->IRNCVL"], "{got:?}");
    // A thing is not a people: the offices raided stay uncoded.
    let offices = ARRESTED_PEOPLE.replace("4 people NOUN NNS", "4 offices NOUN NNS");
    let p = parsed(&offices, Some("2022-09-25"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Police", "IRNCOP")]));
    assert!(got.iter().all(|d| d.ends_with("->-")), "{got:?}");
}

const DISPERSED_THEM: &str = "
1 Hundreds NOUN NNS 4 nsubj
2 of ADP IN 3 case
3 people NOUN NNS 1 nmod
4 gathered VERB VBD 0 root
5 before SCONJ IN 7 mark
6 soldiers NOUN NNS 7 nsubj
7 dispersed VERB VBD 4 advcl
8 them PRON PRP 7 obj
9 . PUNCT . 4 punct
";

#[test]
fn a_pronoun_dispersed_is_the_group_told_before_it() {
    // "Several hundred people ... gathered ... before soldiers dispersed them".
    let p = parsed(DISPERSED_THEM, Some("2014-05-23"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "soldiers", "THAMIL")]));
    assert!(got.contains(&"175 THAMIL->THACVL".to_string()), "{got:?}");
    // With no group before it, "them" stays unknown.
    let lone = DISPERSED_THEM.replace("3 people NOUN NNS", "3 flags NOUN NNS");
    let lone = lone.replace("1 Hundreds NOUN NNS", "1 Dozens NOUN NNS");
    let p = parsed(&lone, Some("2014-05-23"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "soldiers", "THAMIL")]));
    assert!(
        got.iter().all(|d| !d.contains("CVL") && !d.contains("OPP")),
        "{got:?}"
    );
}

const DETAINED_REPORTED: &str = "
1 The DET DT 2 det
2 ministry NOUN NN 3 nsubj
3 said VERB VBD 0 root
4 2,000 NUM CD 5 nummod
5 people NOUN NNS 8 nsubj:pass
6 had AUX VBD 8 aux
7 been AUX VBN 8 aux:pass
8 detained VERB VBN 3 ccomp
9 . PUNCT . 3 punct
";

#[test]
fn an_agentless_detention_a_government_reports_is_its_polices() {
    // "The interior ministry said more than 2,000 people had been detained".
    let p = parsed(DETAINED_REPORTED, Some("2020-08-11"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "ministry", "BLRGOV")]));
    assert_eq!(got, vec!["173 BLRCOP->BLRCVL"], "{got:?}");
    // A charge is not an arrest: the reporting government keeps its own role.
    let charged = DETAINED_REPORTED.replace("8 detained VERB VBN", "8 indicted VERB VBN");
    let p = parsed(&charged, Some("2020-08-11"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "ministry", "BLRGOV")]));
    assert_eq!(got, vec!["173 BLRGOV->BLRCVL"], "{got:?}");
}

const CAPTURED_TOWN: &str = "
1 The DET DT 2 det
2 militants NOUN NNS 3 nsubj
3 captured VERB VBD 0 root
4 the DET DT 5 det
5 town NOUN NN 3 obj
6 of ADP IN 7 case
7 Konna PROPN NNP 5 nmod
8 . PUNCT . 3 punct
";

#[test]
fn a_town_named_but_unknown_is_the_articles_country_but_an_unnamed_one_is_no_country() {
    // "after the militants captured the town of Konna": a place the gazetteer does not know is
    // in the country the article is about.
    let p = parsed(CAPTURED_TOWN, Some("2013-01-11"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "militants", "MLIREB")]));
    assert_eq!(got, vec!["192 MLIREB->MLI"], "{got:?}");
    // "captured the town": no name, no place, no country.
    let unnamed = CAPTURED_TOWN.replace("6 of ADP IN 7 case\n", "").replace(
        "7 Konna PROPN NNP 5 nmod\n8 . PUNCT . 3 punct",
        "6 . PUNCT . 3 punct",
    );
    let p = parsed(&unnamed, Some("2013-01-11"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "militants", "MLIREB")]));
    assert_eq!(got, vec!["192 MLIREB->-"], "{got:?}");
}

const EMBASSY_ATTACKED: &str = "
1 Protesters NOUN NNS 2 nsubj
2 attacked VERB VBD 0 root
3 the DET DT 4 det
4 embassy NOUN NN 2 obj
5 before SCONJ IN 7 mark
6 soldiers NOUN NNS 7 nsubj
7 dispersed VERB VBD 2 advcl
8 them PRON PRP 7 obj
9 . PUNCT . 2 punct
";

#[test]
fn protesters_against_a_foreign_state_are_civilians_but_against_their_own_the_opposition() {
    // "Some protesters set fire to the embassy door before soldiers dispersed them", at the
    // French embassy in Niamey: a crowd against a foreign state is no opposition.
    let run = |target: &str| {
        let p = parsed(EMBASSY_ATTACKED, Some("2023-07-30"));
        let got = dyads(&code(
            &p,
            &[
                actor(&p, "E1", "embassy", target),
                actor(&p, "E2", "soldiers", "NERMIL"),
            ],
        ));
        got.into_iter()
            .filter(|d| d.starts_with("175"))
            .collect::<Vec<_>>()
    };
    assert_eq!(run("FRAGOV"), vec!["175 NERMIL->NERCVL"]);
    // The same crowd at its own government's door opposes it.
    assert_eq!(run("NERGOV"), vec!["175 NERMIL->NEROPP"]);
}

const PUSH_BACK: &str = "
1 Officers NOUN NNS 2 nsubj
2 fired VERB VBD 0 root
3 tear NOUN NN 4 compound
4 gas NOUN NN 2 obj
5 to PART TO 6 mark
6 push VERB VB 2 advcl
7 back ADP RP 6 compound:prt
8 supporters NOUN NNS 6 obj
9 . PUNCT . 2 punct
";

#[test]
fn supporters_pushed_back_with_force_are_the_opposition_but_cars_are_no_one() {
    // "officers fired tear gas and rubber bullets to push back supporters".
    let p = parsed(PUSH_BACK, Some("2018-04-07"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Officers", "BRACOP")]));
    assert_eq!(got, vec!["175 BRACOP->BRAOPP"], "{got:?}");
    let cars = PUSH_BACK.replace("8 supporters NOUN NNS", "8 cars NOUN NNS");
    let p = parsed(&cars, Some("2018-04-07"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Officers", "BRACOP")]));
    assert_eq!(got, vec!["175 BRACOP->"], "{got:?}");
}

const PEOPLE_MARCHED: &str = "
1 Thousands NOUN NNS 4 nsubj
2 of ADP IN 3 case
3 Cubans PROPN NNPS 1 nmod
4 marched VERB VBD 0 root
5 through ADP IN 6 case
6 Havana PROPN NNP 4 obl
7 . PUNCT . 4 punct
";

const PEOPLE_RALLIED: &str = "
1 Thousands NOUN NNS 4 nsubj
2 of ADP IN 3 case
3 Turks PROPN NNPS 1 nmod
4 rallied VERB VBD 0 root
5 outside ADP IN 8 case
6 the DET DT 8 det
7 Israeli ADJ JJ 8 amod
8 embassy NOUN NN 4 obl
9 . PUNCT . 4 punct
";

/// A country's people named as such ("Cubans"): a group coded with the bare country.
fn people(p: &Parsed, id: &str, name: &str, country: &str) -> Entity {
    let mut e = entity(
        p,
        id,
        EntityType::Group,
        name,
        Some(country),
        Some(country),
        &[name],
    );
    e.nominal = true;
    e
}

#[test]
fn a_people_protesting_is_the_opposition_but_against_a_foreign_state_its_civilians() {
    // "Thousands of Cubans took to the streets", "Nicaraguans marched through Managua": the
    // opposition, against their own government.
    let p = parsed(PEOPLE_MARCHED, Some("2021-07-12"));
    let got = dyads(&code(&p, &[people(&p, "E1", "Cubans", "CUB")]));
    assert_eq!(got, vec!["141 CUBOPP->CUBGOV"], "{got:?}");
    // "Thousands of Turks marched on the Israeli consulate": a crowd against a foreign state,
    // whose mission stands for its government.
    let p = parsed(PEOPLE_RALLIED, Some("2010-06-01"));
    let got = dyads(&code(
        &p,
        &[
            people(&p, "E1", "Turks", "TUR"),
            actor(&p, "E2", "Israeli embassy", "ISRGOV"),
        ],
    ));
    assert_eq!(got, vec!["141 TURCVL->ISRGOV"], "{got:?}");
    // Must not fire: protesters coded by their own noun keep their code.
    let p = parsed(PEOPLE_MARCHED, Some("2021-07-12"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Cubans", "CUBCVL")]));
    assert_eq!(got, vec!["141 CUBCVL->CUBGOV"], "{got:?}");
}

const STUDENTS_MET: &str = "
1 Students NOUN NNS 2 nsubj
2 met VERB VBD 0 root
3 Ortega PROPN NNP 2 obj
4 . PUNCT . 2 punct
";

#[test]
fn workers_farmers_and_students_protesting_are_the_opposition_but_not_elsewhere() {
    // "Polish farmers blocked roads", "students rallied": protesters, whatever their trade.
    let p = parsed(PEOPLE_MARCHED, Some("2021-07-12"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Cubans", "CUBEDU")]));
    assert_eq!(got, vec!["141 CUBOPP->CUBGOV"], "{got:?}");
    // Must not fire: students who meet someone stay students.
    let p = parsed(STUDENTS_MET, Some("2018-05-16"));
    let got = dyads(&code(
        &p,
        &[
            actor(&p, "E1", "Students", "NICEDU"),
            actor(&p, "E2", "Ortega", "NICGOV"),
        ],
    ));
    assert!(
        got.iter().any(|d| d.contains("NICEDU->")) && !got.iter().any(|d| d.contains("OPP")),
        "{got:?}"
    );
}

const FIRED_ON_CROWDS: &str = "
1 Soldiers NOUN NNS 2 nsubj
2 opened VERB VBD 0 root
3 fire NOUN NN 2 obj
4 on ADP IN 5 case
5 crowds NOUN NNS 2 obl
6 during ADP IN 7 case
7 protests NOUN NNS 2 obl
8 . PUNCT . 2 punct
";

#[test]
fn people_assaulted_are_protesters_where_protests_are_told_but_casualties_stay_the_country() {
    // "Soldiers opened fire on crowds who had blocked roads" in a story of protests.
    let p = parsed(FIRED_ON_CROWDS, Some("2021-10-27"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Soldiers", "SDNMIL")]));
    assert_eq!(got, vec!["180 SDNMIL->SDNOPP"], "{got:?}");
    // No protest told: the crowds are civilians.
    let raid = FIRED_ON_CROWDS.replace("7 protests NOUN NNS", "7 raids NOUN NNS");
    let p = parsed(&raid, Some("2021-10-27"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Soldiers", "SDNMIL")]));
    assert_eq!(got, vec!["180 SDNMIL->SDNCVL"], "{got:?}");
    // People counted as casualties are the country where they fell, with no role.
    let killed = "
1 Soldiers NOUN NNS 2 nsubj
2 killed VERB VBD 0 root
3 seven NUM CD 4 nummod
4 people NOUN NNS 2 obj
5 during ADP IN 6 case
6 protests NOUN NNS 2 obl
7 . PUNCT . 2 punct
";
    let p = parsed(killed, Some("2021-10-27"));
    let got = dyads(&code(&p, &[actor(&p, "E1", "Soldiers", "SDNMIL")]));
    assert!(
        !got.is_empty() && got.iter().all(|d| d.ends_with("->SDN")),
        "{got:?}"
    );
}
