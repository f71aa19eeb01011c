//! The seed article's sentences (../shared/seed), as hand-written dependency trees with the
//! entities the entity stage is expected to find, coded by the event coder: the `required` events
//! of the seed's expectations come out, and the `forbidden` ones do not.

mod events_support;

use events_support::{entity, parsed_article, quote, time};
use newsgraph_extract::Parsed;
use newsgraph_extract::events::{Coder, Lexicon};
use newsgraph_extract::record::{
    DateSource, Entity, EntityType, Event, Granularity, Modality, Quote, TimeExpr,
};

const SEED: &str = "
1 US PROPN NNP 2 compound
2 Secretary PROPN NNP 5 nsubj
3 of ADP IN 4 case
4 State PROPN NNP 2 nmod
5 heads VERB VBZ 0 root
6 to ADP IN 7 case
7 Russia PROPN NNP 5 obl
8 for ADP IN 9 case
9 talks NOUN NNS 5 obl
10 with ADP IN 11 case
11 Putin PROPN NNP 9 nmod
12 and CCONJ CC 13 cc
13 Lavrov PROPN NNP 11 conj

1 US PROPN NNP 2 compound
2 Secretary PROPN NNP 6 compound
3 of ADP IN 4 case
4 State PROPN NNP 2 nmod
5 Mike PROPN NNP 6 compound
6 Pompeo PROPN NNP 8 nsubj
7 will AUX MD 8 aux
8 meet VERB VB 0 root
9 with ADP IN 13 case
10 Russian ADJ JJ 13 amod
11 President PROPN NNP 13 compound
12 Vladimir PROPN NNP 13 compound
13 Putin PROPN NNP 8 obl
14 and CCONJ CC 19 cc
15 Russian ADJ JJ 19 amod
16 Foreign PROPN NNP 17 compound
17 Minister PROPN NNP 19 compound
18 Sergey PROPN NNP 19 compound
19 Lavrov PROPN NNP 13 conj
20 this DET DT 21 det
21 week NOUN NN 8 obl:tmod
22 . PUNCT . 8 punct

1 Pompeo PROPN NNP 3 nmod:poss
2 ’s PART POS 1 case
3 visit NOUN NN 7 nsubj
4 to ADP IN 5 case
5 Russia PROPN NNP 3 nmod
6 will AUX MD 7 aux
7 take VERB VB 0 root
8 place NOUN NN 7 obj
9 in ADP IN 11 case
10 a DET DT 11 det
11 time NOUN NN 7 obl
12 of ADP IN 13 case
13 discord NOUN NN 11 nmod
14 . PUNCT . 7 punct

1 Pompeo PROPN NNP 2 nsubj
2 left VERB VBD 0 root
3 for ADP IN 4 case
4 Moscow PROPN NNP 2 obl
5 on ADP IN 6 case
6 Sunday PROPN NNP 2 obl
7 . PUNCT . 2 punct

1 Top ADJ JJ 3 amod
2 US PROPN NNP 3 compound
3 officials NOUN NNS 13 nsubj
4 , PUNCT , 6 punct
5 including VERB VBG 6 case
6 Pompeo PROPN NNP 3 nmod
7 and CCONJ CC 11 cc
8 Vice PROPN NNP 9 compound
9 President PROPN NNP 11 compound
10 Mike PROPN NNP 11 compound
11 Pence PROPN NNP 6 conj
12 , PUNCT , 6 punct
13 accuse VERB VBP 0 root
14 Russia PROPN NNP 13 obj
15 of SCONJ IN 16 mark
16 countering VERB VBG 13 advcl
17 the DET DT 18 det
18 efforts NOUN NNS 16 obj
19 of ADP IN 24 case
20 Venezuelan ADJ JJ 24 amod
21 interim ADJ JJ 22 amod
22 president NOUN NN 24 compound
23 Juan PROPN NNP 24 compound
24 Guaido PROPN NNP 18 nmod
25 . PUNCT . 13 punct

1 The DET DT 3 det
2 United PROPN NNP 3 compound
3 States PROPN NNP 4 nsubj
4 accuses VERB VBZ 0 root
5 Russia PROPN NNP 4 obj
6 of SCONJ IN 7 mark
7 using VERB VBG 4 advcl
8 Venezuela PROPN NNP 7 obj
9 to PART TO 10 mark
10 try VERB VB 7 xcomp
11 and CCONJ CC 12 cc
12 gain VERB VB 10 conj
13 a DET DT 14 det
14 foothold NOUN NN 12 obj
15 in ADP IN 18 case
16 the DET DT 18 det
17 Western PROPN NNP 18 compound
18 Hemisphere PROPN NNP 12 obl
19 . PUNCT . 4 punct

1 We PRON PRP 3 nsubj
2 are AUX VBP 3 cop
3 concerned ADJ JJ 0 root
4 by ADP IN 6 case
5 Russian ADJ JJ 6 amod
6 actions NOUN NNS 3 obl
7 in ADP IN 8 case
8 Venezuela PROPN NNP 6 nmod
9 . PUNCT . 3 punct

1 Pompeo PROPN NNP 3 nsubj
2 will AUX MD 3 aux
3 arrive VERB VB 0 root
4 in ADP IN 5 case
5 Russia PROPN NNP 3 obl
6 on ADP IN 7 case
7 Monday PROPN NNP 3 obl
8 . PUNCT . 3 punct

1 On ADP IN 2 case
2 Tuesday PROPN NNP 6 obl
3 , PUNCT , 6 punct
4 he PRON PRP 6 nsubj
5 will AUX MD 6 aux
6 travel VERB VB 0 root
7 to ADP IN 8 case
8 Sochi PROPN NNP 6 obl
9 where ADV WRB 12 advmod
10 he PRON PRP 12 nsubj
11 will AUX MD 12 aux
12 hold VERB VB 8 acl:relcl
13 talks NOUN NNS 12 obj
14 with ADP IN 15 case
15 Putin PROPN NNP 12 obl
16 and CCONJ CC 17 cc
17 Lavrov PROPN NNP 15 conj
18 . PUNCT . 6 punct

1 The DET DT 2 det
2 official NOUN NN 3 nsubj
3 declined VERB VBD 0 root
4 to PART TO 5 mark
5 say VERB VB 3 xcomp
6 whether SCONJ IN 10 mark
7 Trump PROPN NNP 10 nsubj
8 and CCONJ CC 9 cc
9 Putin PROPN NNP 7 conj
10 plan VERB VBP 5 ccomp
11 to PART TO 12 mark
12 meet VERB VB 10 xcomp
13 on ADP IN 15 case
14 the DET DT 15 det
15 sidelines NOUN NNS 12 obl
16 of ADP IN 19 case
17 the DET DT 19 det
18 G-20 PROPN NNP 19 compound
19 summit NOUN NN 15 nmod
20 . PUNCT . 3 punct

1 Pompeo PROPN NNP 3 nsubj:pass
2 is AUX VBZ 3 aux:pass
3 expected VERB VBN 0 root
4 to PART TO 5 mark
5 raise VERB VB 3 xcomp
6 the DET DT 7 det
7 issue NOUN NN 5 obj
8 of ADP IN 9 case
9 Americans PROPN NNPS 7 nmod
10 in ADP IN 12 case
11 Russian ADJ JJ 12 amod
12 custody NOUN NN 9 nmod
13 . PUNCT . 3 punct

1 Whelan PROPN NNP 3 nsubj:pass
2 was AUX VBD 3 aux:pass
3 charged VERB VBN 0 root
4 with ADP IN 5 case
5 espionage NOUN NN 3 obl
6 , PUNCT , 8 punct
7 a DET DT 8 det
8 charge NOUN NN 5 appos
9 he PRON PRP 10 nsubj
10 rejects VERB VBZ 8 acl:relcl
11 . PUNCT . 3 punct

1 Calvey PROPN NNP 3 nsubj:pass
2 was AUX VBD 3 aux:pass
3 arrested VERB VBN 0 root
4 in ADP IN 5 case
5 February PROPN NNP 3 obl
6 and CCONJ CC 8 cc
7 is AUX VBZ 8 aux
8 awaiting VERB VBG 3 conj
9 trial NOUN NN 8 obj
10 on ADP IN 12 case
11 fraud NOUN NN 12 compound
12 charges NOUN NNS 9 nmod
13 , PUNCT , 16 punct
14 which PRON WDT 16 obj
15 he PRON PRP 16 nsubj
16 denies VERB VBZ 12 acl:relcl
17 . PUNCT . 3 punct
";

struct Seed {
    p: Parsed,
    entities: Vec<Entity>,
    times: Vec<TimeExpr>,
    quotes: Vec<Quote>,
}

fn seed() -> Seed {
    let p = parsed_article(SEED, Some("2019-05-12"), true);
    use EntityType::*;
    let mut entities = vec![
        entity(
            &p,
            "E1",
            Person,
            "Mike Pompeo",
            Some("USAGOV"),
            Some("USA"),
            &[
                "US Secretary of State Mike Pompeo",
                "US Secretary of State",
                "Pompeo",
                "he",
            ],
        ),
        entity(
            &p,
            "E2",
            Person,
            "Vladimir Putin",
            Some("RUSGOV"),
            Some("RUS"),
            &["Russian President Vladimir Putin", "Putin"],
        ),
        entity(
            &p,
            "E3",
            Person,
            "Sergey Lavrov",
            Some("RUSGOV"),
            Some("RUS"),
            &["Russian Foreign Minister Sergey Lavrov", "Lavrov"],
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
        entity(
            &p,
            "E5",
            Person,
            "Mike Pence",
            Some("USAGOV"),
            Some("USA"),
            &["Vice President Mike Pence"],
        ),
        entity(
            &p,
            "E6",
            Location,
            "United States",
            Some("USA"),
            Some("USA"),
            &["The United States"],
        ),
        entity(
            &p,
            "E7",
            Location,
            "Moscow",
            Some("RUS"),
            Some("RUS"),
            &["Moscow"],
        ),
        entity(
            &p,
            "E8",
            Location,
            "Sochi",
            Some("RUS"),
            Some("RUS"),
            &["Sochi"],
        ),
        entity(
            &p,
            "E9",
            Person,
            "Donald Trump",
            Some("USAGOV"),
            Some("USA"),
            &["Trump"],
        ),
        entity(
            &p,
            "E10",
            Group,
            "Russian",
            Some("RUS"),
            Some("RUS"),
            &["Russian"],
        ),
        entity(
            &p,
            "E11",
            Person,
            "Paul Whelan",
            Some("USA"),
            Some("USA"),
            &["Whelan"],
        ),
        entity(
            &p,
            "E12",
            Person,
            "Michael Calvey",
            Some("USABUS"),
            Some("USA"),
            &["Calvey"],
        ),
        entity(
            &p,
            "E13",
            Location,
            "Venezuela",
            Some("VEN"),
            Some("VEN"),
            &["Venezuela"],
        ),
        entity(
            &p,
            "E14",
            Person,
            "Juan Guaido",
            Some("VENOPP"),
            Some("VEN"),
            &["Venezuelan interim president Juan Guaido"],
        ),
        entity(
            &p,
            "E15",
            Organization,
            "State Department",
            Some("USAGOV"),
            Some("USA"),
            &["a senior State Department official"],
        ),
    ];
    // The seed's "he" in the last sentences is Whelan's and Calvey's, not Pompeo's.
    let whelan_he = events_support::occurrences(&p, "he")
        .into_iter()
        .filter(|o| o.2 >= 11)
        .collect::<Vec<_>>();
    entities[0]
        .mentions
        .retain(|m| !whelan_he.iter().any(|o| o.0 == m.start));
    let times = vec![
        time(&p, "this week", "2019-W20", Granularity::Week),
        time(&p, "Sunday", "2019-05-12", Granularity::Day),
        time(&p, "Monday", "2019-05-13", Granularity::Day),
        time(&p, "Tuesday", "2019-05-14", Granularity::Day),
        time(&p, "February", "2019-02", Granularity::Month),
    ];
    let quotes = vec![quote(
        &p,
        "We are concerned by Russian actions in Venezuela .",
        &entities[14],
    )];
    Seed {
        p,
        entities,
        times,
        quotes,
    }
}

fn code(s: &Seed) -> Vec<Event> {
    Coder::new(Lexicon::builtin())
        .code(&s.p, &s.entities, &s.times, &s.quotes)
        .events
}

fn codes(ps: &[newsgraph_extract::record::Participant]) -> Vec<String> {
    ps.iter()
        .filter_map(|p| p.actor.as_ref().map(|a| a.to_string()))
        .collect()
}

fn find<'a>(events: &'a [Event], root: &str, actor: &str, recipient: &str) -> Option<&'a Event> {
    events.iter().find(|e| {
        e.cameo_root == root
            && e.actors.iter().any(|a| {
                a.actor
                    .as_ref()
                    .is_some_and(|c| c.as_str().starts_with(actor))
            })
            && e.recipients.iter().any(|r| {
                r.actor
                    .as_ref()
                    .is_some_and(|c| c.as_str().starts_with(recipient))
            })
    })
}

fn dump(events: &[Event]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {} {:?}->{:?} {:?} {:?} {:?} {}",
                e.id,
                e.cameo,
                codes(&e.actors),
                codes(&e.recipients),
                e.modality,
                e.date,
                e.place.as_ref().map(|p| &p.name),
                e.rule
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn pompeo_meets_putin_and_lavrov_in_sochi_on_tuesday() {
    let events = code(&seed());
    let meet =
        find(&events, "04", "USAGOV", "RUSGOV").unwrap_or_else(|| panic!("{}", dump(&events)));
    assert!(
        meet.evidence
            .text
            .starts_with("US Secretary of State Mike Pompeo will meet with"),
        "{}",
        dump(&events)
    );
    assert_eq!(meet.modality, Modality::Intended);
    let recipients: Vec<_> = meet
        .recipients
        .iter()
        .filter_map(|r| r.entity.as_deref())
        .collect();
    assert_eq!(recipients, ["E2", "E3"]);
    // "he will hold talks with Putin and Lavrov" in Sochi on Tuesday is the same meeting.
    assert_eq!(
        meet.date.as_deref(),
        Some("2019-05-14"),
        "{}",
        dump(&events)
    );
    assert_eq!(meet.place.as_ref().map(|p| p.name.as_str()), Some("Sochi"));
    assert!(!meet.mentions.is_empty());
}

#[test]
fn pompeo_arrives_in_russia_on_monday() {
    let events = code(&seed());
    let visit = events
        .iter()
        .find(|e| e.cameo.as_str() == "042" && e.date.as_deref() == Some("2019-05-13"))
        .unwrap_or_else(|| panic!("{}", dump(&events)));
    assert_eq!(codes(&visit.actors), ["USAGOV"]);
    assert_eq!(codes(&visit.recipients), ["RUS"]);
    assert_eq!(
        visit.place.as_ref().map(|p| p.name.as_str()),
        Some("Russia")
    );
    assert_eq!(visit.modality, Modality::Intended);
    assert_eq!(visit.date_source, DateSource::Text);
    assert_eq!(visit.plover.kind, "CONSULT");
}

#[test]
fn officials_including_pompeo_and_pence_accuse_russia() {
    let events = code(&seed());
    let accuse = events
        .iter()
        .find(|e| e.cameo.as_str() == "112" && e.actors.len() == 2)
        .unwrap_or_else(|| panic!("{}", dump(&events)));
    let actors: Vec<_> = accuse
        .actors
        .iter()
        .filter_map(|a| a.entity.as_deref())
        .collect();
    assert_eq!(actors, ["E1", "E5"]);
    assert_eq!(codes(&accuse.recipients), ["RUS"]);
    assert_eq!(accuse.modality, Modality::Asserted);
    assert!(
        find(&events, "11", "USA", "RUS")
            .is_some_and(|e| e.evidence.text.starts_with("The United States accuses"))
            || events
                .iter()
                .any(|e| e.cameo.as_str() == "112" && codes(&e.actors) == ["USA"])
    );
}

#[test]
fn concern_in_a_quote_is_the_speakers() {
    let events = code(&seed());
    // Concern voiced at another's acts is disapproval (11), as the seed's expectations code it.
    let concern = events
        .iter()
        .find(|e| e.evidence.text.contains("We are concerned by"))
        .unwrap_or_else(|| panic!("{}", dump(&events)));
    assert_eq!(concern.cameo_root, "11");
    assert_eq!(codes(&concern.actors), ["USAGOV"]);
    assert_eq!(concern.actors[0].entity.as_deref(), Some("E15"));
    assert_eq!(concern.recipients[0].text, "Russian actions");
}

#[test]
fn russia_is_the_implied_actor_of_the_charges_and_the_arrest() {
    let events = code(&seed());
    let charged = find(&events, "17", "RUS", "USA").unwrap_or_else(|| panic!("{}", dump(&events)));
    assert!(charged.actors[0].inferred);
    assert!(charged.evidence.text.starts_with("Whelan was charged"));
    let arrested =
        find(&events, "17", "RUS", "USABUS").unwrap_or_else(|| panic!("{}", dump(&events)));
    assert_eq!(arrested.date.as_deref(), Some("2019-02"));
    assert_eq!(arrested.cameo.as_str(), "173");
    // Forbidden: the arrests were made by Russia of Americans, not the other way round.
    assert!(
        find(&events, "17", "USA", "RUS").is_none(),
        "{}",
        dump(&events)
    );
}

#[test]
fn declining_to_say_whether_they_will_meet_asserts_no_meeting() {
    let events = code(&seed());
    for e in events.iter().filter(|e| e.cameo_root == "04") {
        let trump = e
            .actors
            .iter()
            .chain(&e.recipients)
            .any(|p| p.entity.as_deref() == Some("E9"));
        if trump {
            assert_eq!(e.modality, Modality::Hypothetical, "{}", dump(&events));
        }
    }
    assert!(
        events
            .iter()
            .any(|e| e.actors.iter().any(|a| a.entity.as_deref() == Some("E9"))),
        "the hypothetical meeting is kept with its flag:\n{}",
        dump(&events)
    );
}

#[test]
fn the_visit_noun_and_the_departure_are_visits() {
    let events = code(&seed());
    let noun = events
        .iter()
        .find(|e| e.rule.starts_with("noun:A's visit to R"))
        .unwrap_or_else(|| panic!("{}", dump(&events)));
    assert_eq!(noun.actors[0].entity.as_deref(), Some("E1"));
    assert_eq!(noun.modality, Modality::Intended);
    assert!(
        events
            .iter()
            .any(|e| e.rule.contains("A leave for R") && e.date.as_deref() == Some("2019-05-12"))
    );
}

#[test]
fn print_all_seed_events() {
    println!("{}", dump(&code(&seed())));
}
