//! Quotation figures on real news text: the Wikinews documents of GUM (../shared/corpora/gum-news,
//! read at run time, never copied), rebuilt from each sentence's `# text` with `# newpar` breaks,
//! the first paragraph as headline. The annotations below are ours: for each quotation, its opening
//! words and the speaker phrases that name the speaker correctly (`[]`: the text names none).
//! Titles of works and names in quotation marks are not quotations and are not listed; anything
//! the stage finds beyond this list counts against its precision. Scored by
//! `newsgraph_extract::quotes::score`, as `newsgraph eval quotes` scores the held-out set.
//!
//! Run: `cargo test -p newsgraph-extract --test quotes_gum -- --nocapture`.

use newsgraph_extract::Parsed;
use newsgraph_extract::quotes::find;
use newsgraph_extract::quotes::score::{GoldQuote, GoldSpeaker, Tally, score};
mod quotes_gum_support;

use quotes_gum_support::article;

type Gold = (&'static str, &'static [&'static str]);

const ANNOTATED: &[(&str, &[Gold])] = &[
    (
        "GUM_news_afghan",
        &[
            (
                "We are so interested",
                &["team member Rodaba Noori", "Rodaba Noori"],
            ),
            (
                "to show that Afghan women",
                &["team member Rodaba Noori", "Rodaba Noori"],
            ),
            ("significant public benefit", &[]),
            ("Seventeen years ago", &["Ambassador Mohib"]),
            ("They represent our aspirations", &["Ambassador Mohib"]),
        ],
    ),
    (
        "GUM_news_asylum",
        &[
            (
                "We are in contact",
                &["Najib Razak", "Malaysia's Prime Minister, Najib Razak"],
            ),
            (
                "We urge the governments",
                &["Jeff Rathke", "the State Department Spokesperson"],
            ),
        ],
    ),
    (
        "GUM_news_clock",
        &[
            (
                "Hoping that the",
                &[
                    "American academic and professor Marc Lamont Hill",
                    "professor Marc Lamont Hill",
                    "Marc Lamont Hill",
                ],
            ),
            ("Cool clock, Ahmed", &["US President Barack Obama"]),
        ],
    ),
    (
        "GUM_news_crane",
        &[
            (
                "All those who were wounded",
                &[
                    "Civil Defense Authority director General Suleiman al-Amr",
                    "General Suleiman al-Amr",
                ],
            ),
            ("Had it happened an hour later", &["Khaled Al-Maeena"]),
            ("Had it happened five hours", &["Khaled Al-Maeena"]),
        ],
    ),
    (
        "GUM_news_homeopathic",
        &[
            (
                "Gloria spent a lot",
                &["Mark Tedeschi", "the Crown prosecutor, Mark Tedeschi, QC"],
            ),
            ("Gloria's eczema played", &["Mr. Tedeschi", "Tedeschi"]),
            ("I am not able to do that", &["he"]),
            ("her skin was weeping", &["the Sydney Morning Herald"]),
        ],
    ),
    (
        "GUM_news_iodine",
        &[
            ("the sleeper health issue", &["The report's authors"]),
            ("urgent implementation", &["They"]),
            ("I suspect they won't", &["he"]),
            ("The effects of iodine deficiency", &["Professor Eastman"]),
            ("If an infant's not getting", &["Professor Eastman"]),
            ("Pregnant women in Australia", &["he"]),
            ("If Iodine deficiency is serious", &["he"]),
            ("make sure there's sufficient", &["Ms Bauchtman"]),
            ("One of the reasons", &["Ms Bauchtman"]),
            (
                "it is reasonable to assume",
                &["Senior researcher Mu Li", "Mu Li"],
            ),
        ],
    ),
    (
        "GUM_news_korea",
        &[
            ("quasi-state of war", &[]),
            ("War maniacs", &["KCNA"]),
            ("Foolhardy provocation", &["it"]),
            ("Kim Jong-un issued", &["it"]),
            ("Commanders of the Korean", &["KCNA"]),
        ],
    ),
    (
        "GUM_news_nasa",
        &[
            ("We want to thank", &["Bolden"]),
            ("This was a very difficult", &["Bolden"]),
            (
                "Like many Texans",
                &["U.S. Senator John Cornyn", "John Cornyn"],
            ),
            ("There is no question", &["Cornyn's statement"]),
            (
                "The Museum of Flight put",
                &["Governor of Washington Chris Gregoire", "Chris Gregoire"],
            ),
            (
                "However, the full fuselage",
                &["Governor of Washington Chris Gregoire", "Chris Gregoire"],
            ),
        ],
    ),
    (
        "GUM_news_questionnaire",
        &[
            ("must be completed in English", &[]),
            ("online translation tools", &[]),
            (
                "failure to return",
                &[
                    "A leaked internal letter seen by Sky News",
                    "A leaked internal letter",
                ],
            ),
            ("based solely on the response", &[]),
            (
                "damning that the Home Office",
                &[
                    "Labour's Shadow Home Secretary Yvette Cooper",
                    "Yvette Cooper",
                ],
            ),
            (
                "recommended it two years ago",
                &["the United Nations High Commissioner for Refugees"],
            ),
            ("Labour has a common-sense", &["She"]),
            ("we may extend the use", &["The Home Office letter"]),
            (
                "It's clear that we have",
                &["Home Secretary Suella Braverman", "Suella Braverman"],
            ),
            ("Were you subject", &[]),
            ("People fleeing desperate", &["Boswell"]),
            ("No one’s right to refuge", &["Boswell"]),
            (
                "must be well thought out",
                &["CEO of the Refugee Council Enver Solomon", "Enver Solomon"],
            ),
            (
                "Moves to reduce the backlog",
                &["CEO of the Refugee Council Enver Solomon", "Enver Solomon"],
            ),
            (
                "After living in worry",
                &["CEO of the Refugee Council Enver Solomon", "Enver Solomon"],
            ),
            ("The Home Secretary and I", &["Sunak"]),
        ],
    ),
    (
        "GUM_news_sensitive",
        &[
            ("approved security cabinets", &[]),
            ("I'm told two things", &["Baird"]),
            ("We take document security", &["she"]),
            ("This government is so consumed", &["Dewar"]),
        ],
    ),
    (
        "GUM_news_taxes",
        &[
            ("because the users", &["The city"]),
            (
                "more general reflection",
                &[
                    "Minister of Education Stefania Giannini",
                    "Stefania Giannini",
                ],
            ),
            (
                "a discussion table",
                &[
                    "Claudio De Vincenti",
                    "undersecretary to the prime minister",
                ],
            ),
            (
                "many schools will increase",
                &[
                    "Undersecretary for Education Mr. Toccafondi",
                    "Mr. Toccafondi",
                ],
            ),
            ("We face a dangerous", &["Nunzio Galantino"]),
        ],
    ),
];

#[test]
fn gum_news_quotation_figures() {
    let Some(dir) = quotes_gum_support::dir() else {
        return;
    };
    let mut total = Tally::default();
    for (doc, gold) in ANNOTATED {
        let path = format!("{dir}/{doc}.conllu");
        let article = article(&path).unwrap_or_else(|| panic!("{path}: unreadable"));
        let parsed = Parsed::without_models(article);
        let text = parsed.doc.text();
        // Each annotation names a quotation by its opening words: located at their first use.
        let located: Vec<GoldQuote> = gold
            .iter()
            .map(|(prefix, speakers)| {
                let start = text
                    .find(prefix)
                    .unwrap_or_else(|| panic!("{doc}: \"{prefix}\" is not in the text"));
                let speaker = if speakers.is_empty() {
                    GoldSpeaker::Nobody
                } else {
                    GoldSpeaker::Named {
                        phrases: speakers.iter().map(|s| s.to_string()).collect(),
                        entity: None,
                    }
                };
                GoldQuote {
                    start,
                    end: start + prefix.len(),
                    speaker: Some(speaker),
                    actor: None,
                }
            })
            .collect();
        let quotes = find(&parsed, &[]);
        let (tally, errors) = score(&located, &quotes, &[]);
        total.add(&tally);
        for e in errors {
            let at: String = text[e.start..].chars().take(40).collect();
            println!("  {:?} {doc}: {at}: want {}, got {}", e.kind, e.want, e.got);
        }
    }
    println!(
        "GUM news quotations: {} annotated in {} documents; found {:.1}%, right speaker {:.1}% (of annotated); precision {:.1}% ({} of {} found are annotated quotations)",
        total.gold,
        ANNOTATED.len(),
        total.found_pct(),
        total.right_speaker_pct(),
        total.precision_pct(),
        total.extracted_on_gold,
        total.extracted,
    );
    // A floor against regressions, far below the figures measured when this set was made.
    assert!(total.found_pct() >= 80.0 && total.right_speaker_pct() >= 50.0);
}
