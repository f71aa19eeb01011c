//! Parser development loop (not a test, not the shipped trainer): trains a parser on a CoNLL-U
//! training file and prints dev scores per epoch, with the training corpus's jack-knifed tags
//! cached in a file so that trying a feature template costs one parser training, not five
//! tagger trainings more. `newsgraph train parser` is the trainer that makes shipped models.
//!
//! Usage: `cargo run --release -p newsgraph-models --example parser_lab -- TRAIN DEV TAGGER.bin
//! EPOCHS TAG_CACHE`

use newsgraph_corpus::read_conllu;
use newsgraph_models::io::intern;
use newsgraph_models::perceptron::TrainProgress;
use newsgraph_models::{Model, parser, tagger};
use std::path::Path;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, train, dev, tagger_path, epochs, cache] = args.as_slice() else {
        return Err("usage: parser_lab TRAIN DEV TAGGER.bin EPOCHS TAG_CACHE".into());
    };
    let sentences = read_conllu(&std::fs::read_to_string(train)?)?;
    let dev = read_conllu(&std::fs::read_to_string(dev)?)?;
    let started = Instant::now();
    let train_tags: Vec<tagger::Tags> = match std::fs::read_to_string(cache) {
        Ok(text) => text
            .lines()
            .map(|line| {
                let (upos, xpos) = line.split_once('\t').unwrap_or((line, ""));
                tagger::Tags {
                    upos: upos.split(' ').map(intern).collect(),
                    xpos: xpos.split(' ').map(intern).collect(),
                }
            })
            .collect(),
        Err(_) => {
            let options = tagger::TrainOptions {
                epochs: parser::JACKKNIFE_EPOCHS,
                seed: tagger::TrainOptions::default().seed,
            };
            let tags = tagger::jackknife(
                &sentences,
                parser::JACKKNIFE_FOLDS,
                &options,
                &mut |_, _| {},
            )?;
            let text: String = tags
                .iter()
                .map(|t| format!("{}\t{}\n", t.upos.join(" "), t.xpos.join(" ")))
                .collect();
            std::fs::write(cache, text)?;
            tags
        }
    };
    eprintln!("tags ready in {:.0} s", started.elapsed().as_secs_f64());
    let t = tagger::Tagger::load(Path::new(tagger_path))?;
    let dev_tags = t.tag_all(&dev);
    let options = parser::TrainOptions {
        epochs: epochs.parse()?,
        ..parser::TrainOptions::default()
    };
    let started = Instant::now();
    let (model, best) = parser::train(
        &sentences,
        &train_tags,
        Some((&dev, &dev_tags)),
        &options,
        &mut |p| {
            if let TrainProgress::Epoch { epoch, dev, .. } = p
                && let Some(d) = dev
            {
                eprintln!(
                    "epoch {epoch}: dev UAS {:.2} LAS {:.2} ({:.0} s)",
                    100.0 * d.uas(),
                    100.0 * d.las(),
                    started.elapsed().as_secs_f64()
                );
            }
        },
    )?;
    let (features, weights) = model.size();
    if let Some(b) = best {
        println!(
            "kept: dev UAS {:.2} LAS {:.2}; {features} features, {weights} weights",
            100.0 * b.uas(),
            100.0 * b.las()
        );
    }
    Ok(())
}
