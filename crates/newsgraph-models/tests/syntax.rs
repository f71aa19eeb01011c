//! The tagger and parser trainers, their model files and the shipped models, on small slices of
//! the shared corpora (skipped, with the reason printed, when the corpora or models are absent).

use newsgraph_corpus::{UdSentence, read_conllu};
use newsgraph_models::Model;
use newsgraph_models::io::ModelFile;
use newsgraph_models::parser::{self, Parser};
use newsgraph_models::tagger::{self, Tagger, Tags};
use std::path::{Path, PathBuf};

fn shared() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"))
}

/// The first `n` sentences of EWT train, or `None` (with a printed reason) if it is absent.
fn ewt(n: usize) -> Option<Vec<UdSentence>> {
    let path = shared().join("corpora/ud-english-ewt/en_ewt-ud-train.conllu");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return None;
    };
    let mut s = read_conllu(&text).expect("EWT parses");
    s.truncate(n);
    Some(s)
}

fn gold_tags(s: &UdSentence) -> Tags {
    // Interned through a tagger's labels is not needed here: the parser reads tags as strings.
    let leak = |x: &str| -> &'static str { newsgraph_models::io::intern(x) };
    Tags {
        upos: s.words.iter().map(|w| leak(&w.upos)).collect(),
        xpos: s.words.iter().map(|w| leak(&w.xpos)).collect(),
    }
}

fn small_tagger(sentences: &[UdSentence], seed: u64) -> Tagger {
    let options = tagger::TrainOptions { epochs: 3, seed };
    tagger::train(sentences, None, &options, &mut |_| {})
        .expect("trains")
        .0
}

fn small_parser(sentences: &[UdSentence], seed: u64) -> Parser {
    let tags: Vec<Tags> = sentences.iter().map(gold_tags).collect();
    let options = parser::TrainOptions {
        epochs: 3,
        seed,
        ..parser::TrainOptions::default()
    };
    parser::train(sentences, &tags, None, &options, &mut |_| {})
        .expect("trains")
        .0
}

#[test]
fn tagger_learns_its_training_data() {
    let Some(train) = ewt(300) else { return };
    let t = small_tagger(&train, 1);
    let s = t.evaluate(&train);
    // About 17 UPOS and 45 XPOS classes: chance is a few percent, the majority tag under 20%.
    assert!(s.upos() > 0.9, "UPOS {}", s.upos());
    assert!(s.xpos() > 0.9, "XPOS {}", s.xpos());
}

#[test]
fn parser_learns_its_training_data() {
    let Some(train) = ewt(250) else { return };
    let p = small_parser(&train, 1);
    let tags: Vec<Tags> = train.iter().map(gold_tags).collect();
    let s = p.evaluate(&train, &tags);
    // Attaching every word to its neighbour scores about 30-40%.
    assert!(s.uas() > 0.75, "UAS {}", s.uas());
    assert!(s.las() > 0.65, "LAS {}", s.las());
}

#[test]
fn model_files_round_trip_with_the_same_predictions() {
    let Some(train) = ewt(120) else { return };
    let t = small_tagger(&train, 3);
    let p = small_parser(&train, 3);
    let dir = tempfile::tempdir().expect("temp dir");
    t.save(&dir.path().join("tagger.bin")).expect("saves");
    p.save(&dir.path().join("parser.bin")).expect("saves");
    let t2 = Tagger::load(&dir.path().join("tagger.bin")).expect("loads");
    let p2 = Parser::load(&dir.path().join("parser.bin")).expect("loads");
    for s in train.iter().take(40) {
        let words = s.forms();
        let (a, b) = (t.tag(&words), t2.tag(&words));
        assert_eq!(a, b);
        assert_eq!(p.parse(&words, &a), p2.parse(&words, &b));
    }
    // A tagger file is not a parser.
    assert!(Parser::load(&dir.path().join("tagger.bin")).is_err());
}

#[test]
fn training_is_deterministic() {
    let Some(train) = ewt(100) else { return };
    let bytes = |seed| small_tagger(&train, seed).to_file().to_bytes();
    assert_eq!(bytes(5), bytes(5));
    let pbytes = |seed| small_parser(&train, seed).to_file().to_bytes();
    assert_eq!(pbytes(5), pbytes(5));
}

#[test]
fn parses_are_trees_on_any_input() {
    let Some(train) = ewt(60) else { return };
    let t = small_tagger(&train, 1);
    let p = small_parser(&train, 1);
    let inputs: [&[&str]; 4] = [
        &[],
        &["!"],
        &["zzz", "qqq", "Xx", "42", "--", "é", "the", "the", "of"],
        &["a"; 60],
    ];
    for words in inputs {
        let tree = p.parse(words, &t.tag(words));
        assert_eq!(tree.heads.len(), words.len());
        assert!(words.is_empty() || tree.heads.iter().filter(|&&h| h == 0).count() == 1);
        for start in 1..=words.len() {
            // Following heads from any word reaches the root within n steps: no cycles.
            let (mut at, mut steps) = (start, 0);
            while at != 0 && steps <= words.len() {
                at = tree.heads[at - 1];
                steps += 1;
            }
            assert_eq!(at, 0, "word {start} of {words:?} is in a cycle");
        }
    }
}

fn shipped() -> Option<(Tagger, Parser)> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/models"));
    match (
        Tagger::load(&dir.join("tagger.bin")),
        Parser::load(&dir.join("parser.bin")),
    ) {
        (Ok(t), Ok(p)) => Some((t, p)),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("skipped: {e}");
            None
        }
    }
}

#[test]
fn shipped_models_read_a_news_sentence() {
    let Some((t, p)) = shipped() else { return };
    let words = [
        "The", "minister", "said", "on", "Tuesday", "that", "police", "arrested", "two", "men",
        "in", "Nairobi", ".",
    ];
    let tags = t.tag(&words);
    assert_eq!(tags.xpos[..3], ["DT", "NN", "VBD"]);
    assert_eq!(tags.upos[4], "PROPN");
    assert_eq!(tags.upos[7], "VERB");
    let tree = p.parse(&words, &tags);
    let root = tree.heads.iter().position(|&h| h == 0).map(|i| words[i]);
    assert_eq!(root, Some("said"));
    assert_eq!((tree.heads[1], tree.deprels[1]), (3, "nsubj"));
    assert_eq!((tree.heads[7], tree.deprels[7]), (3, "ccomp"));
    assert_eq!((tree.heads[6], tree.deprels[6]), (8, "nsubj"));
    assert_eq!((tree.heads[9], tree.deprels[9]), (8, "obj"));
    // A passive subject keeps its subtype, which event coding relies on.
    let words = ["Two", "men", "were", "arrested", "by", "police", "."];
    let tree = p.parse(&words, &t.tag(&words));
    assert_eq!(tree.deprels[1], "nsubj:pass");
    assert_eq!((tree.heads[5], tree.deprels[5]), (4, "obl:agent"));
}

#[test]
fn shipped_model_files_are_what_they_say() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/models"));
    let Ok(bytes) = std::fs::read(dir.join("parser.bin")) else {
        eprintln!("skipped: no shipped parser model");
        return;
    };
    let file = ModelFile::from_bytes(&bytes).expect("valid model file");
    assert_eq!(file.kind, "parser");
    // Relation subtypes are kept (EWT's current release marks bare temporal nouns obl:unmarked).
    for label in ["nsubj:pass", "obl:agent", "obl:unmarked", "nmod:poss"] {
        assert!(file.labels.iter().any(|l| l == label), "no {label}");
    }
}
