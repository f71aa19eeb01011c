//! The pipeline from an article to its extraction record.
//!
//! Stages run in order over a [`Parsed`] document, each a plain function of its inputs and the
//! loaded resources: entities, then times and quotes, then events, then tone and themes.
//!
//! **Invariant:** extraction never fails on readable text. A stage that cannot decide leaves the
//! field empty and, where a user would want to know why, adds a note to the record.

pub mod entities;
pub mod events;
pub mod quotes;
pub mod record;
pub mod themes;
pub mod times;
pub mod tone;

use newsgraph_models::Analysis;
use newsgraph_text::{Article, Doc};
pub use record::Record;

/// A document with the models' analysis of each sentence (`analyses[s]` has one entry per token
/// of sentence `s`).
#[derive(Debug, Clone)]
pub struct Parsed {
    pub doc: Doc,
    pub analyses: Vec<Analysis>,
    /// False when no models were loaded and every analysis is unknown.
    pub analysed: bool,
}

impl Parsed {
    /// Tokenizes and splits the article; no models: every analysis is unknown.
    pub fn without_models(article: Article) -> Parsed {
        let doc = Doc::new(article);
        let analyses = doc
            .sentences
            .iter()
            .map(|s| Analysis::unknown(s.tokens.len()))
            .collect();
        Parsed {
            doc,
            analyses,
            analysed: false,
        }
    }
}

/// Everything the pipeline loads once and shares across articles.
#[derive(Default)]
pub struct Pipeline {}

impl Pipeline {
    pub fn extract(&self, article: Article) -> Record {
        let parsed = Parsed::without_models(article);
        build_record(&parsed)
    }
}

fn build_record(p: &Parsed) -> Record {
    let a = &p.doc.article;
    let published = a.published.map(|d| d.date());
    let entities = entities::find(p);
    let times = times::find(p, published);
    let quotes = quotes::find(p, &entities);
    let events = events::code(p, &entities, &times);
    let tone = tone::score(p);
    let themes = themes::find(p, &events);
    Record {
        schema: record::SCHEMA.to_string(),
        article: record::ArticleInfo {
            id: a.id.clone(),
            title: a.title.clone(),
            published: a.published,
            url: a.url.clone(),
            source: a.source.clone(),
            language: a.language.clone(),
            text: a.text().to_string(),
        },
        sentences: sentence_infos(p),
        entities,
        quotes,
        times,
        events,
        tone,
        themes,
        notes: Vec::new(),
    }
}

fn sentence_infos(p: &Parsed) -> Vec<record::SentenceInfo> {
    p.doc
        .sentences
        .iter()
        .zip(&p.analyses)
        .map(|(s, a)| record::SentenceInfo {
            start: s.start,
            end: s.end,
            tokens: p.doc.tokens[s.tokens.clone()]
                .iter()
                .enumerate()
                .take_while(|_| p.analysed)
                .map(|(i, t)| record::TokenInfo {
                    start: t.start,
                    end: t.end,
                    upos: a.upos[i].to_string(),
                    xpos: a.xpos[i].to_string(),
                    head: a.heads[i],
                    deprel: a.deprels[i].to_string(),
                    ner: a.ner[i].to_string(),
                })
                .collect(),
        })
        .collect()
}
