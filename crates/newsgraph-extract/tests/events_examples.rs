//! Every lexicon entry's own example sentence, run through the whole pipeline (tokenizer, models,
//! entities, times, coder): the entry must fire on its example, and never on its negative
//! sentence. Needs the trained models in `data/models`; without a parser it says so and skips.

use newsgraph_extract::events::{Coder, Lexicon};
use newsgraph_extract::{Pipeline, entities, quotes, times};
use newsgraph_text::{Article, Published};
use std::path::Path;

fn fired(pipeline: &Pipeline, coder: &Coder, sentence: &str, rule: &str) -> Option<bool> {
    let mut article = Article::new(None, None, sentence);
    article.published = Published::parse("2019-05-12").ok();
    let p = pipeline.parse(article);
    if !p.analysed {
        return None;
    }
    let ents = entities::find(&p, pipeline.kb());
    let tms = times::find(&p, p.doc.article.published.map(|d| d.date()));
    let qs = quotes::find(&p, &ents);
    let coding = coder.code(&p, &ents, &tms, &qs);
    Some(
        coding
            .candidates
            .iter()
            .any(|c| c.rule.as_deref() == Some(rule)),
    )
}

#[test]
fn every_example_codes_as_its_entry_says() {
    let data = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data"));
    let Ok(pipeline) = Pipeline::load(data, &[]) else {
        println!(
            "skipped: the data directory {} does not load",
            data.display()
        );
        return;
    };
    let lexicon = Lexicon::builtin();
    let coder = Coder::new(lexicon);
    let (mut passed, mut total, mut negatives_fired) = (0, 0, Vec::new());
    let mut failed = Vec::new();
    for e in lexicon.entries() {
        let Some(example) = &e.example else { continue };
        let Some(ok) = fired(&pipeline, &coder, example, &e.rule()) else {
            println!("skipped: no parser loaded (train the models into data/models)");
            return;
        };
        total += 1;
        if ok {
            passed += 1;
        } else {
            failed.push(format!("{} | {example}", e.rule()));
        }
        if let Some(neg) = &e.negative
            && fired(&pipeline, &coder, neg, &e.rule()) == Some(true)
        {
            negatives_fired.push(format!("{} | !{neg}", e.rule()));
        }
    }
    println!("lexicon examples coded as their entry says: {passed}/{total}");
    for f in failed.iter().take(40) {
        println!("  missed {f}");
    }
    assert!(
        negatives_fired.is_empty(),
        "entries fired on their negative sentences: {negatives_fired:#?}"
    );
    assert!(
        passed * 2 >= total,
        "fewer than half the examples code as their entry says: {passed}/{total}"
    );
}
