//! Time expressions in real news text: the Wikinews documents of GUM (../shared/corpora/gum-news,
//! read at run time), each normalised against its own dateline ("Friday, July 21, 2017"), the first
//! full date in the document. Prints every expression with its context for review and checks the
//! values below, read off the documents by us.
//!
//! Run: `cargo test -p newsgraph-extract --test times_gum -- --nocapture`.

use newsgraph_extract::Parsed;
use newsgraph_extract::record::Granularity;
use newsgraph_extract::times::find;
#[path = "quotes_gum_support/mod.rs"]
mod quotes_gum_support;

use quotes_gum_support::article;

/// (document, expression as written, its context in the sentence, value).
const CHECKED: &[(&str, &str, &str, &str)] = &[
    (
        "GUM_news_afghan",
        "Tuesday",
        "ended on Tuesday",
        "2017-07-18",
    ),
    (
        "GUM_news_afghan",
        "last week",
        "until last week",
        "2017-W28",
    ),
    (
        "GUM_news_asylum",
        "Friday",
        "rescued on Friday",
        "2015-05-15",
    ),
    ("GUM_news_clock", "Wednesday", "On Wednesday", "2015-09-16"),
    (
        "GUM_news_clock",
        "September 14",
        "on September 14",
        "2015-09-14",
    ),
    (
        "GUM_news_crane",
        "yesterday afternoon",
        "occurred yesterday afternoon",
        "2015-09-11TAF",
    ),
    (
        "GUM_news_defector",
        "Thursday",
        "bail on Thursday",
        "2010-10-07",
    ),
    (
        "GUM_news_election",
        "Sunday",
        "held on Sunday",
        "2016-09-04",
    ),
    (
        "GUM_news_election",
        "the next day",
        "the next day",
        "2016-09-05",
    ),
    (
        "GUM_news_flag",
        "May 16",
        "take place in Christchurch on May 16",
        "2015-05-16",
    ),
    (
        "GUM_news_flag",
        "November 20",
        "held from November 20",
        "2015-11-20",
    ),
    (
        "GUM_news_hackers",
        "Wednesday",
        "launched on Wednesday",
        "2008-01-16",
    ),
    (
        "GUM_news_korea",
        "Thursday afternoon",
        "on Thursday afternoon",
        "2015-08-20TAF",
    ),
    (
        "GUM_news_lanterns",
        "Saturday night",
        "festival on Saturday night",
        "2007-03-03TNI",
    ),
    ("GUM_news_nasa", "last month", "last month", "2011-03"),
    ("GUM_news_nasa", "June 28", "launches June 28", "2011-06-28"),
    (
        "GUM_news_questionnaire",
        "last summer",
        "before last summer",
        "2022-SU",
    ),
    (
        "GUM_news_questionnaire",
        "two years ago",
        "two years ago",
        "2021",
    ),
    ("GUM_news_stampede", "Last week", "Last week", "2006-W01"),
    (
        "GUM_news_warhol",
        "January 23",
        "is to run from January 23",
        "2014-01-23",
    ),
    ("GUM_news_warhol", "the 1960s", "the 1960s", "196X"),
];

#[test]
fn gum_news_time_expressions() {
    let Some(dir) = quotes_gum_support::dir() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    paths.sort();
    let (mut total, mut checked) = (0, 0);
    for path in paths {
        let doc = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let article = article(&path.to_string_lossy()).expect("readable GUM document");
        let p = Parsed::without_models(article);
        let dateline = find(&p, None)
            .into_iter()
            .find(|t| t.resolved && t.granularity == Granularity::Day)
            .and_then(|t| chrono::NaiveDate::parse_from_str(&t.value, "%Y-%m-%d").ok());
        println!("== {doc} (dateline {dateline:?})");
        for t in find(&p, dateline) {
            total += 1;
            let s = &p.doc.sentences[t.sentence];
            let before = &p.doc.text()[s.start..t.start];
            let context = format!("{}{}", before, t.text);
            println!("  {:<22} {:<14} …{}", t.text, t.value, tail(&context, 60));
            for (d, text, ctx, value) in CHECKED {
                if *d == doc && t.text == *text && context.ends_with(ctx) {
                    checked += 1;
                    assert_eq!(t.value, *value, "{doc}: {ctx}");
                }
            }
        }
    }
    println!("GUM news: {total} time expressions; {checked} checked values all right");
    assert_eq!(checked, CHECKED.len(), "every checked expression was found");
}

fn tail(s: &str, n: usize) -> &str {
    let start = s.char_indices().rev().nth(n).map_or(0, |(i, _)| i);
    &s[start..]
}
