//! Test support for the event coder: builds a `Parsed` article from hand-written dependency trees
//! (compact CoNLL-U: `ID FORM UPOS XPOS HEAD DEPREL` per line, sentences separated by blank
//! lines), plus hand-made entities, time expressions and quotes found by their text.

#![allow(dead_code)]

use newsgraph_extract::Parsed;
use newsgraph_extract::events::{Coder, Lexicon};
use newsgraph_extract::record::{
    Entity, EntityType, Event, Granularity, Mention, Participant, Quote, Speaker, TimeExpr,
};
use newsgraph_kb::ActorCode;
use newsgraph_models::Analysis;
use newsgraph_text::{Article, Doc, Published, Sentence, Token, TokenKind};

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// Parses compact trees into full CoNLL-U, reads them with the project's reader, and lays the
/// words out as one paragraph per sentence.
pub fn parsed(trees: &str, published: Option<&str>) -> Parsed {
    parsed_article(trees, published, false)
}

/// As [`parsed`], with the first tree as the article's headline.
pub fn parsed_article(trees: &str, published: Option<&str>, headline: bool) -> Parsed {
    let mut full = String::new();
    for line in trees.lines() {
        let line = line.trim();
        if line.is_empty() {
            full.push('\n');
            continue;
        }
        let c: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(c.len(), 6, "compact tree line needs 6 columns: {line}");
        full.push_str(&format!(
            "{}\t{}\t_\t{}\t{}\t_\t{}\t{}\t_\t_\n",
            c[0], c[1], c[2], c[3], c[4], c[5]
        ));
    }
    full.push('\n');
    let sentences = newsgraph_corpus::read_conllu(&full).expect("valid trees");
    let body: Vec<String> = sentences.iter().map(|s| s.forms().join(" ")).collect();
    let mut article = match body.split_first() {
        Some((title, rest)) if headline => {
            Article::new(Some("test".into()), Some(title), &rest.join("\n"))
        }
        _ => Article::new(Some("test".into()), None, &body.join("\n")),
    };
    article.published = published.map(|d| Published::parse(d).expect("date"));
    let text = article.text().to_string();
    let mut tokens = Vec::new();
    let mut sents = Vec::new();
    let mut analyses = Vec::new();
    let mut offset = 0;
    for s in &sentences {
        let first = tokens.len();
        let start = offset;
        for w in &s.words {
            let at = text[offset..].find(&w.form).expect("form in text") + offset;
            tokens.push(Token {
                start: at,
                end: at + w.form.len(),
                kind: TokenKind::Word,
            });
            offset = at + w.form.len();
        }
        sents.push(Sentence {
            start,
            end: offset,
            tokens: first..tokens.len(),
        });
        analyses.push(Analysis {
            upos: s.words.iter().map(|w| leak(&w.upos)).collect(),
            xpos: s.words.iter().map(|w| leak(&w.xpos)).collect(),
            heads: s.words.iter().map(|w| w.head).collect(),
            deprels: s.words.iter().map(|w| leak(&w.deprel)).collect(),
            ner: vec!["O"; s.words.len()],
        });
        offset += 1;
    }
    Parsed {
        doc: Doc {
            article,
            tokens,
            sentences: sents,
        },
        analyses,
        analysed: true,
    }
}

/// Every whole-word occurrence of `needle` in the text, as (start, end, sentence).
pub fn occurrences(p: &Parsed, needle: &str) -> Vec<(usize, usize, usize)> {
    let text = p.doc.text();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find(needle) {
        let s = from + k;
        let e = s + needle.len();
        let before = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = text[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before
            && after
            && let Some(sent) = p.doc.sentence_at(s)
        {
            out.push((s, e, sent));
        }
        from = e;
    }
    out
}

/// A country named once as itself, its actor code its country code ("Russia": RUS).
pub fn country(p: &Parsed, id: &str, name: &str, code: &str) -> Entity {
    entity(
        p,
        id,
        EntityType::Location,
        name,
        Some(code),
        Some(code),
        &[name],
    )
}

/// An entity with mentions at every whole-word occurrence of each surface form.
pub fn entity(
    p: &Parsed,
    id: &str,
    kind: EntityType,
    name: &str,
    actor: Option<&str>,
    country: Option<&str>,
    forms: &[&str],
) -> Entity {
    let mut mentions: Vec<Mention> = forms
        .iter()
        .flat_map(|f| occurrences(p, f))
        .map(|(s, e, sentence)| Mention {
            start: s,
            end: e,
            text: p.doc.text()[s..e].to_string(),
            sentence,
        })
        .collect();
    mentions.sort_by_key(|m| m.start);
    mentions.dedup_by(|a, b| a.start >= b.start && a.end <= b.end);
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        aliases: Vec::new(),
        roles: Vec::new(),
        actor: actor.map(|a| ActorCode::new(a).expect("actor code")),
        country: country.map(str::to_string),
        kb_id: None,
        mentions,
        place: None,
        ..empty_entity()
    }
}

/// An organisation named once by `name`, with its actor code and the code's country.
pub fn actor(p: &Parsed, id: &str, name: &str, code: &str) -> Entity {
    entity(
        p,
        id,
        EntityType::Organization,
        name,
        Some(code),
        Some(&code[..3]),
        &[name],
    )
}

/// A resolved time expression at the first occurrence of `text`.
pub fn time(p: &Parsed, text: &str, value: &str, granularity: Granularity) -> TimeExpr {
    let (start, end, sentence) = occurrences(p, text)[0];
    TimeExpr {
        text: text.into(),
        start,
        end,
        sentence,
        value: value.into(),
        granularity,
        resolved: true,
    }
}

/// A quote covering the first occurrence of `text`, said by `speaker`.
pub fn quote(p: &Parsed, text: &str, speaker: &Entity) -> Quote {
    let (start, end, sentence) = occurrences(p, text)[0];
    Quote {
        text: text.into(),
        start,
        end,
        sentence,
        speaker: Some(Speaker {
            text: speaker.name.clone(),
            start: 0,
            end: 0,
            entity: Some(speaker.id.clone()),
            actor: speaker.actor.clone(),
        }),
        cue: None,
    }
}

/// Fields the coder does not read, at their defaults (the record may grow more).
fn empty_entity() -> Entity {
    serde_json::from_value(serde_json::json!({
        "id": "", "type": "MISC", "name": "", "aliases": [], "roles": [], "actor": null,
        "country": null, "kb_id": null, "mentions": []
    }))
    .expect("an entity with only the required fields")
}

/// The events the built-in lexicon's coder finds in `p` with these entities (no times, quotes).
pub fn code(p: &Parsed, entities: &[Entity]) -> Vec<Event> {
    Coder::new(Lexicon::builtin())
        .code(p, entities, &[], &[])
        .events
}

/// The events of a parsed text with the knowledge base `kb` and the time expressions `times`.
pub fn code_with_kb(
    p: &Parsed,
    entities: &[Entity],
    times: &[TimeExpr],
    kb: &newsgraph_kb::Kb,
) -> Vec<Event> {
    Coder::new(Lexicon::builtin())
        .with_kb(Some(kb))
        .code(p, entities, times, &[])
        .events
}

/// The events whose evidence is sentence `s`, for assertions about one sentence of a text.
pub fn events_in_sentence(events: &[Event], s: usize) -> Vec<Event> {
    events
        .iter()
        .filter(|e| e.evidence.sentence == s)
        .cloned()
        .collect()
}

/// Each event as `ROOT ACTORS->RECIPIENTS` with actor codes, for readable assertions.
pub fn root_dyads(events: &[Event]) -> Vec<String> {
    dyads_by(events, |e| e.cameo_root.to_string())
}

/// Each event as `CODE ACTORS->RECIPIENTS` with actor codes, for readable assertions.
pub fn code_dyads(events: &[Event]) -> Vec<String> {
    dyads_by(events, |e| e.cameo.to_string())
}

fn dyads_by(events: &[Event], label: impl Fn(&Event) -> String) -> Vec<String> {
    let codes = |ps: &[Participant]| {
        ps.iter()
            .map(|p| p.actor.as_ref().map_or("-".to_string(), |a| a.to_string()))
            .collect::<Vec<_>>()
            .join("+")
    };
    events
        .iter()
        .map(|e| {
            format!(
                "{} {}->{}",
                label(e),
                codes(&e.actors),
                codes(&e.recipients)
            )
        })
        .collect()
}

/// The shipped knowledge base, which the rules that read countries, capitals and offices use;
/// `None` (the test says it is skipped) where it was not built.
pub fn shipped_kb() -> Option<newsgraph_kb::Kb> {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/kb"));
    let kb = newsgraph_kb::Kb::load(dir).ok();
    if kb.is_none() {
        println!(
            "skipped: the knowledge base {} does not load",
            dir.display()
        );
    }
    kb
}
