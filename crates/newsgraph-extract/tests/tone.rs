//! Tone figures over whole articles, and VADER sentence rules that the parity script also checks.

use newsgraph_extract::Parsed;
use newsgraph_extract::tone::{score, sentence_compounds, vader::compound};
use newsgraph_text::Article;

fn parsed(body: &str) -> Parsed {
    Parsed::without_models(Article::new(None, None, body))
}

#[test]
fn praise_scores_positive_and_condemnation_negative() {
    let praise = score(&parsed("Leaders praised the peaceful agreement."));
    assert!(praise.tone > 0.0, "{praise:?}");
    assert_eq!(praise.word_count, 5);
    assert!(
        (praise.positive - 60.0).abs() < 1e-9,
        "praised, peaceful, agreement: {praise:?}"
    );
    let blame = score(&parsed("Officials condemned the brutal attack."));
    assert!(blame.tone < 0.0, "{blame:?}");
    assert!((blame.polarity - (blame.positive + blame.negative)).abs() < 1e-9);
}

#[test]
fn neutral_report_has_no_polarity() {
    let t = score(&parsed("The minister arrived in Paris on Monday."));
    assert_eq!(t.polarity, 0.0);
    assert_eq!(t.tone, 0.0);
}

#[test]
fn first_person_pronouns_count_as_self_reference() {
    let t = score(&parsed("We will defend our people, he said."));
    assert!(
        (t.self_group_density - 2.0 / 7.0 * 100.0).abs() < 1e-9,
        "{t:?}"
    );
    let none = score(&parsed("They will defend their people."));
    assert_eq!(none.self_group_density, 0.0);
}

#[test]
fn action_verbs_count_without_models() {
    let t = score(&parsed("Police arrested two men."));
    assert!((t.activity_density - 25.0).abs() < 1e-9, "{t:?}");
    let said = score(&parsed("Police said two men."));
    assert_eq!(
        said.activity_density, 0.0,
        "reporting verbs are not activity"
    );
}

#[test]
fn empty_article_scores_zero() {
    assert_eq!(score(&parsed("")), Default::default());
}

#[test]
fn booster_negation_caps_and_exclamation_move_the_compound() {
    let good = compound("The talks were good.");
    assert!(compound("The talks were very good.") > good);
    assert!(
        compound("The talks were GOOD.") > good,
        "capitals among mixed case"
    );
    assert!(compound("The talks were good!") > good);
    assert!(compound("The talks were not good.") < 0.0);
    assert!(compound("The talks were kind of good.") < good);
    // All capitals carry no emphasis: nothing differs from the rest.
    assert_eq!(compound("THE TALKS WERE GOOD."), good);
}

#[test]
fn but_shifts_weight_to_the_second_clause() {
    let c = compound("The talks were tense, but the outcome was excellent.");
    assert!(c > 0.0, "{c}");
    assert!(compound("The outcome was excellent, but the talks were tense.") < c);
}

#[test]
fn compound_matches_reference_values() {
    // Values printed by vaderSentiment 3.3.2 polarity_scores (rounded to four decimals).
    for (sentence, reference) in [
        ("The talks were good.", 0.4404),
        ("The talks were not good.", -0.3412),
        ("VADER is smart, handsome, and funny!", 0.8439),
        ("The food here isn't really all that great :(", 0.3535),
    ] {
        let ours = compound(sentence);
        assert!(
            (ours - reference).abs() <= 0.00005,
            "{sentence}: {ours} vs {reference}"
        );
    }
}

#[test]
fn each_sentence_has_its_compound() {
    let p = parsed("The talks were good. The talks were not good.");
    let c = sentence_compounds(&p);
    assert_eq!(c.len(), 2);
    assert!(c[0] > 0.0 && c[1] < 0.0, "{c:?}");
}

#[test]
fn no_panic_on_odd_text() {
    for s in [
        "",
        " ",
        "!!!!!!",
        "???",
        ":) :( :-D",
        "😀😡🙂",
        "but but but",
        "no no no",
        "KIND OF",
        "least",
        "never so",
        "without doubt",
    ] {
        assert!(compound(s).abs() <= 1.0, "{s}");
        let _ = score(&parsed(s));
    }
}
