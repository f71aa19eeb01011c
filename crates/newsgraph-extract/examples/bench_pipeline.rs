//! Speed benchmark of the whole extraction pipeline (not a test): times loading the knowledge base
//! and the models, then each stage on one thread over a set of articles, then
//! `Pipeline::extract` end to end. Every figure is printed as one `key<TAB>value` line so that
//! `scripts/bench/extract.sh` and docs/benchmarks.md can quote them.
//!
//! **Invariant:** the stages are run exactly as `Pipeline::extract` chains them (same inputs, same
//! order), so the per-stage times add up to the extraction being measured; the ratios the issues
//! set targets for (entities / models, events / parser) come from the same run, because on a shared
//! machine only ratios measured together are comparable.
//!
//! Usage:
//! `cargo run --release -p newsgraph-extract --example bench_pipeline -- [--data DIR] [--seconds S] (--gum | PATH...)`
//! `... --gum --write-jsonl FILE` writes the rebuilt GUM articles as JSONL and exits, so that the
//! `newsgraph extract` binary can be measured on the very same articles.

use newsgraph_extract::{Parsed, Pipeline, entities, events, quotes, themes, times, tone};
use newsgraph_ingest::{ReadOptions, read_paths};
use newsgraph_kb::Kb;
use newsgraph_models::{Analysis, Model, Models, ner::Ner, tagger::Tagger};
use newsgraph_text::{Article, Doc, Published, normalize};
use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// What the command line asked for.
struct Options {
    data: PathBuf,
    seconds: f64,
    gum: bool,
    write_jsonl: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

fn options() -> BenchResult<Options> {
    let mut data = std::env::var_os("NEWSGRAPH_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"));
    let (mut seconds, mut gum, mut write_jsonl, mut paths) = (3.0, false, None, Vec::new());
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => data = args.next().ok_or("--data needs a directory")?.into(),
            "--seconds" => {
                seconds = args
                    .next()
                    .ok_or("--seconds needs a number")?
                    .parse()
                    .map_err(|e| format!("--seconds: {e} (give a number such as 3)"))?;
            }
            "--gum" => gum = true,
            "--write-jsonl" => {
                write_jsonl = Some(args.next().ok_or("--write-jsonl needs a file")?.into());
            }
            _ => paths.push(arg.into()),
        }
    }
    if !gum && paths.is_empty() {
        return Err("usage: bench_pipeline [--data DIR] [--seconds S] (--gum [--write-jsonl FILE] | PATH...)".into());
    }
    Ok(Options {
        data,
        seconds,
        gum,
        write_jsonl,
        paths,
    })
}

/// GUM's news documents rebuilt as articles: `# text` lines joined into paragraphs at each
/// `# newpar`, the first sentence as headline, `meta::dateCreated` as publication date.
fn gum_articles(dir: &Path) -> BenchResult<Vec<Article>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e} (is ../shared/corpora present?)", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    let mut articles = Vec::new();
    for file in files {
        let content = std::fs::read_to_string(&file)?;
        let (mut id, mut published) = (None, None);
        let mut paragraphs: Vec<Vec<&str>> = Vec::new();
        for line in content.lines() {
            if let Some(v) = line.strip_prefix("# newdoc id = ") {
                id = Some(v.trim().to_string());
            } else if let Some(v) = line.strip_prefix("# meta::dateCreated = ") {
                published = Published::parse(v).ok();
            } else if line.trim_end() == "# newpar" {
                paragraphs.push(Vec::new());
            } else if let Some(v) = line.strip_prefix("# text = ") {
                match paragraphs.last_mut() {
                    Some(p) => p.push(v.trim()),
                    None => paragraphs.push(vec![v.trim()]),
                }
            }
        }
        let mut sentences = paragraphs.iter().flatten();
        let Some(headline) = sentences.next() else {
            continue;
        };
        // The headline is GUM's first sentence; the body is every paragraph after it, with the
        // headline's own paragraph keeping whatever sentences follow it.
        let mut body: Vec<String> = Vec::new();
        let mut first = true;
        for p in &paragraphs {
            let rest: Vec<&str> = if first && !p.is_empty() {
                first = false;
                p[1..].to_vec()
            } else {
                p.clone()
            };
            if !rest.is_empty() {
                body.push(rest.join(" "));
            }
        }
        let mut article = Article::new(id, Some(headline), &body.join("\n"));
        article.published = published;
        articles.push(article);
    }
    Ok(articles)
}

fn write_jsonl(articles: &[Article], path: &Path) -> BenchResult<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for a in articles {
        let record = serde_json::json!({
            "id": a.id,
            "title": a.title,
            "body": a.body(),
            "published": a.published.as_ref().map(ToString::to_string),
        });
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// The models as far as they are shipped: the parser may still be in training, and then the
/// stages run on tags and names without trees (and the parser figures say so).
struct LoadedModels {
    tagger: Option<Tagger>,
    ner: Option<Ner>,
    full: Option<Models>,
}

fn load_models(dir: &Path) -> LoadedModels {
    match Models::load(dir) {
        Ok(m) => LoadedModels {
            tagger: None,
            ner: None,
            full: Some(m),
        },
        Err(e) => {
            println!("# models: {e}; measuring the models that are present");
            LoadedModels {
                tagger: Tagger::load(&dir.join("tagger.bin")).ok(),
                ner: Ner::load(&dir.join("ner.bin")).ok(),
                full: None,
            }
        }
    }
}

/// Accumulated time of each stage over every round.
#[derive(Default)]
struct StageTimes {
    text: Duration,
    forms: Duration,
    ner: Duration,
    tagger: Duration,
    parser: Duration,
    entities: Duration,
    times: Duration,
    quotes: Duration,
    events: Duration,
    tone: Duration,
    themes: Duration,
}

impl StageTimes {
    fn models(&self) -> Duration {
        self.forms + self.ner + self.tagger + self.parser
    }
    fn total(&self) -> Duration {
        self.text
            + self.models()
            + self.entities
            + self.times
            + self.quotes
            + self.events
            + self.tone
            + self.themes
    }
}

fn timed<T>(slot: &mut Duration, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    *slot += t.elapsed();
    out
}

/// Runs each stage on one article, as `Pipeline::parse` and `Pipeline::extract` chain them.
fn run_stages(article: Article, models: &LoadedModels, kb: &Kb, st: &mut StageTimes) {
    let doc = timed(&mut st.text, || Doc::new(article));
    let words: Vec<Vec<String>> = timed(&mut st.forms, || {
        let text = doc.text();
        doc.sentences
            .iter()
            .map(|s| {
                doc.tokens[s.tokens.clone()]
                    .iter()
                    .map(|t| normalize(t.text(text)).into_owned())
                    .collect()
            })
            .collect()
    });
    let refs: Vec<Vec<&str>> = words
        .iter()
        .map(|w| w.iter().map(String::as_str).collect())
        .collect();
    let (tagger, ner, parser) = match &models.full {
        Some(m) => (Some(&m.tagger), Some(&m.ner), Some(&m.parser)),
        None => (models.tagger.as_ref(), models.ner.as_ref(), None),
    };
    let mut analyses: Vec<Analysis> = refs.iter().map(|w| Analysis::unknown(w.len())).collect();
    if let Some(ner) = ner {
        let tags = timed(&mut st.ner, || ner.tag_document(&refs));
        for (a, t) in analyses.iter_mut().zip(tags) {
            a.ner = t;
        }
    }
    if let Some(tagger) = tagger {
        for (a, w) in analyses.iter_mut().zip(&refs) {
            let tags = timed(&mut st.tagger, || tagger.tag(w));
            if let Some(parser) = parser {
                let tree = timed(&mut st.parser, || parser.parse(w, &tags));
                a.heads = tree.heads;
                a.deprels = tree.deprels;
            }
            a.upos = tags.upos;
            a.xpos = tags.xpos;
        }
    }
    let analysed = tagger.is_some() || ner.is_some();
    let p = Parsed {
        doc,
        analyses,
        analysed,
    };
    let published = p.doc.article.published.map(|d| d.date());
    let found = timed(&mut st.entities, || entities::find(&p, Some(kb)));
    let ts = timed(&mut st.times, || times::find(&p, published));
    let qs = timed(&mut st.quotes, || quotes::find(&p, &found));
    let evs = timed(&mut st.events, || events::code(&p, &found, &ts));
    let tn = timed(&mut st.tone, || tone::score(&p));
    let th = timed(&mut st.themes, || themes::find(&p, &evs));
    black_box((found, ts, qs, evs, tn, th));
}

fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn ratio(a: Duration, b: Duration) -> String {
    if b.is_zero() {
        "n/a".to_string()
    } else {
        format!("{:.3}", a.as_secs_f64() / b.as_secs_f64())
    }
}

fn main() -> BenchResult<()> {
    let o = options()?;
    let articles: Vec<Article> = if o.gum {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/gum-news");
        if !dir.is_dir() {
            println!("# skipped: {} is absent", dir.display());
            return Ok(());
        }
        gum_articles(&dir)?
    } else {
        let mut out = Vec::new();
        for item in read_paths(&o.paths, &ReadOptions::default()) {
            match item {
                Ok(a) => out.push(a),
                Err(e) => eprintln!("bench_pipeline: {e}"),
            }
        }
        out
    };
    if let Some(path) = &o.write_jsonl {
        write_jsonl(&articles, path)?;
        println!("# wrote {} articles to {}", articles.len(), path.display());
        return Ok(());
    }
    if articles.is_empty() {
        return Err("no articles to measure (check the paths given)".into());
    }

    let t = Instant::now();
    let kb = Kb::load(&o.data.join("kb"))?;
    println!("load_kb_ms\t{:.1}", ms(t.elapsed()));
    let t = Instant::now();
    let models = load_models(&o.data.join("models"));
    println!("load_models_ms\t{:.1}", ms(t.elapsed()));
    let t = Instant::now();
    let pipeline = Pipeline::load(&o.data, &[]);
    println!("load_pipeline_ms\t{:.1}", ms(t.elapsed()));
    let pipeline = match pipeline {
        Ok(p) => Some(p),
        Err(e) => {
            println!("# pipeline: {e}; Pipeline::extract is not measured");
            None
        }
    };

    let tokens_per_round: usize = articles
        .iter()
        .map(|a| Doc::new(a.clone()).tokens.len())
        .sum();
    println!("articles\t{}", articles.len());
    println!("tokens\t{tokens_per_round}");
    println!("parser_loaded\t{}", models.full.is_some());

    // Stage by stage, whole rounds over the corpus until the budget is spent. Cloning the
    // article is outside every timer: the pipeline takes it by value.
    let mut st = StageTimes::default();
    let (mut rounds, start) = (0usize, Instant::now());
    while rounds == 0 || start.elapsed().as_secs_f64() < o.seconds {
        for a in &articles {
            run_stages(a.clone(), &models, &kb, &mut st);
        }
        rounds += 1;
    }
    let total = st.total();
    let n_articles = (articles.len() * rounds) as f64;
    let n_tokens = (tokens_per_round * rounds) as f64;
    println!("stage_rounds\t{rounds}");
    println!("stage_total_s\t{:.3}", total.as_secs_f64());
    let stages = [
        ("text", st.text),
        ("models", st.models()),
        ("models.forms", st.forms),
        ("models.ner", st.ner),
        ("models.tagger", st.tagger),
        ("models.parser", st.parser),
        ("entities", st.entities),
        ("times", st.times),
        ("quotes", st.quotes),
        ("events", st.events),
        ("tone", st.tone),
        ("themes", st.themes),
    ];
    for (name, d) in stages {
        println!(
            "stage\t{name}\t{:.3} ms/article\t{:.1}%",
            ms(d) / n_articles,
            100.0 * d.as_secs_f64() / total.as_secs_f64().max(f64::MIN_POSITIVE)
        );
    }
    println!(
        "stages_articles_per_s\t{:.1}",
        n_articles / total.as_secs_f64()
    );
    println!("stages_tokens_per_s\t{:.0}", n_tokens / total.as_secs_f64());
    println!(
        "ratio_entities_over_models\t{}\t(target <= 0.5)",
        ratio(st.entities, st.models())
    );
    println!(
        "ratio_events_over_parser\t{}\t(target <= 0.33)",
        ratio(st.events, st.parser)
    );

    if let Some(pipeline) = &pipeline {
        let (mut rounds, mut spent) = (0usize, Duration::ZERO);
        while rounds == 0 || spent.as_secs_f64() < o.seconds {
            for a in &articles {
                let a = a.clone();
                let t = Instant::now();
                black_box(pipeline.extract(a));
                spent += t.elapsed();
            }
            rounds += 1;
        }
        let n_articles = (articles.len() * rounds) as f64;
        let n_tokens = (tokens_per_round * rounds) as f64;
        println!("extract_rounds\t{rounds}");
        println!(
            "extract_articles_per_s\t{:.1}",
            n_articles / spent.as_secs_f64()
        );
        println!(
            "extract_tokens_per_s\t{:.0}",
            n_tokens / spent.as_secs_f64()
        );
        println!("extract_ms_per_article\t{:.3}", ms(spent) / n_articles);
    }
    if let Some(kb) = peak_rss_kb() {
        println!("peak_rss_mb\t{:.1}", kb as f64 / 1024.0);
    }
    Ok(())
}
