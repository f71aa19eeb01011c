//! Reading real files and directories: formats, order, limits, and errors that leave the rest of
//! the batch alone.

use newsgraph_ingest::{
    InputError, InputName, Location, Problem, ReadOptions, read_paths, read_reader,
};
use newsgraph_text::{Article, Published};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "newsgraph-ingest-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, content).unwrap();
    p
}

fn split(
    items: impl Iterator<Item = Result<Article, InputError>>,
) -> (Vec<Article>, Vec<InputError>) {
    let (mut ok, mut bad) = (Vec::new(), Vec::new());
    for item in items {
        match item {
            Ok(a) => ok.push(a),
            Err(e) => bad.push(e),
        }
    }
    (ok, bad)
}

fn titles(articles: &[Article]) -> Vec<&str> {
    articles.iter().filter_map(|a| a.title.as_deref()).collect()
}

#[test]
fn the_seed_article_reads_as_headline_and_paragraphs() {
    let seed = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed/000_6ba0ae7772921397.txt"
    ));
    if !seed.exists() {
        eprintln!("skipped: {} is absent", seed.display());
        return;
    }
    let (ok, bad) = split(read_paths(&[seed.to_path_buf()], &ReadOptions::default()));
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(ok.len(), 1);
    assert_eq!(
        ok[0].title.as_deref(),
        Some("US Secretary of State heads to Russia for talks with Putin and Lavrov")
    );
    assert!(
        ok[0]
            .body()
            .starts_with("US Secretary of State Mike Pompeo will meet")
    );
    assert!(ok[0].body().lines().count() > 3);
}

#[test]
fn directories_are_walked_recursively_in_name_order_skipping_hidden_files() {
    let dir = scratch("walk");
    write(&dir, "b.txt", "Second headline\nBody b.");
    write(&dir, "a.txt", "First headline\nBody a.");
    write(
        &dir,
        "sub/c.jsonl",
        "{\"title\":\"Third\",\"body\":\"C.\"}\n{\"title\":\"Fourth\",\"body\":\"D.\"}\n",
    );
    write(&dir, ".hidden.txt", "Hidden headline\nNever read.");
    write(&dir, ".git/x.txt", "Inside a hidden directory\nNever read.");
    let (ok, bad) = split(read_paths(
        std::slice::from_ref(&dir),
        &ReadOptions::default(),
    ));
    assert!(bad.is_empty(), "{bad:?}");
    assert_eq!(
        titles(&ok),
        ["First headline", "Second headline", "Third", "Fourth"]
    );
    // Inputs keep the order they were given in.
    let (ok, _) = split(read_paths(
        &[dir.join("b.txt"), dir.join("a.txt")],
        &ReadOptions::default(),
    ));
    assert_eq!(titles(&ok), ["Second headline", "First headline"]);
}

#[test]
fn bad_inputs_are_reported_and_the_rest_goes_on() {
    let dir = scratch("bad");
    write(&dir, "1.txt", "Good one\nBody.");
    write(&dir, "2.txt", b"Caf\xe9 opens\nBody.".as_slice());
    write(&dir, "3.txt", b"\x7fELF\0\0\0binary".as_slice());
    write(&dir, "4.txt", "\n  \n");
    write(
        &dir,
        "5.jsonl",
        "{\"title\":\"Fine\",\"body\":\"B.\"}\n{\"title\": broken\n{\"title\":\"No body\"}\n\n{\"title\":\"Also fine\",\"text\":\"T.\"}\n",
    );
    write(&dir, "6.txt", "Last good one\nBody.");
    // A cut first line must not swallow the good lines after it.
    write(
        &dir,
        "7.jsonl",
        "{\"title\": \"cut\n{\"title\":\"Whole\",\"body\":\"w\"}\n",
    );
    let missing = dir.join("missing.txt");
    let (ok, bad) = split(read_paths(&[dir.clone(), missing], &ReadOptions::default()));
    assert_eq!(
        titles(&ok),
        ["Good one", "Fine", "Also fine", "Last good one", "Whole"]
    );
    let messages: Vec<String> = bad.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 7, "{messages:#?}");
    let f = |name: &str| dir.join(name).display().to_string();
    assert_eq!(
        messages[0],
        format!(
            "{}: is not UTF-8 (byte 0xe9 at offset 3): convert it with iconv -f LATIN1 -t UTF-8 (or from its real encoding)",
            f("2.txt")
        )
    );
    assert!(messages[1].starts_with(&format!(
        "{}: looks binary (NUL byte at offset 4)",
        f("3.txt")
    )));
    assert!(messages[2].starts_with(&format!("{}: is empty", f("4.txt"))));
    assert!(messages[3].starts_with(&format!("{}: line 2: is not valid JSON", f("5.jsonl"))));
    assert!(messages[4].starts_with(&format!("{}: line 3: has no body", f("5.jsonl"))));
    assert!(messages[5].starts_with(&format!("{}: line 1: is not valid JSON", f("7.jsonl"))));
    assert!(messages[6].starts_with(&format!("{}: cannot be read", f("missing.txt"))));
    assert!(matches!(bad[3].location, Some(Location::Line(2))));
}

#[test]
fn json_files_hold_one_object_or_an_array() {
    let dir = scratch("json");
    let one = write(
        &dir,
        "one.json",
        "{\n  \"title\": \"Pretty printed\",\n  \"body\": \"Over many lines.\",\n  \"published\": \"2019-05-12T09:30:00Z\"\n}\n",
    );
    let many = write(
        &dir,
        "many.json",
        r#"[{"title":"A","body":"a."}, {"title":"B"}, {"title":"C","body":"c.","id":"c-1"}]"#,
    );
    let broken = write(&dir, "broken.json", "{\n \"title\": \"x\",\n \"body\": }\n");
    let (ok, bad) = split(read_paths(&[one, many, broken], &ReadOptions::default()));
    assert_eq!(titles(&ok), ["Pretty printed", "A", "C"]);
    assert_eq!(
        ok[0].published.unwrap().to_string(),
        "2019-05-12T09:30:00+00:00"
    );
    assert_eq!(ok[2].id, "c-1");
    assert_eq!(bad.len(), 2);
    assert_eq!(bad[0].location, Some(Location::Record(2)));
    assert!(matches!(bad[0].problem, Problem::NoBody));
    assert_eq!(bad[1].location, Some(Location::Line(3)));
    assert!(matches!(bad[1].problem, Problem::Json(_)));
}

#[test]
fn limits_refuse_big_files_and_skip_long_lines() {
    let dir = scratch("limits");
    let opts = ReadOptions {
        max_file_bytes: 1000,
        max_article_bytes: 100,
        ..ReadOptions::default()
    };
    let big_json = write(
        &dir,
        "big.json",
        format!("[{}]", "{\"body\":\"x\"},".repeat(200)),
    );
    let long_text = write(
        &dir,
        "long.txt",
        format!("Headline\n{}", "word ".repeat(50)),
    );
    let lines = format!(
        "{{\"title\":\"Before\",\"body\":\"b\"}}\n{{\"body\":\"{}\"}}\n{{\"title\":\"After\",\"body\":\"a\"}}\n",
        "y".repeat(5000)
    );
    // A JSONL file is streamed, so it may be larger than the file limit.
    let jsonl = write(&dir, "stream.jsonl", lines);
    let (ok, bad) = split(read_paths(&[big_json, long_text, jsonl], &opts));
    assert_eq!(titles(&ok), ["Before", "After"]);
    let messages: Vec<String> = bad.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 3, "{messages:#?}");
    assert!(messages[0].contains("over the limit of 1000 bytes per file"));
    assert!(messages[0].contains("--max-file-bytes"));
    assert!(messages[1].contains("over the limit of 100 bytes per article"));
    assert!(messages[2].contains("line 2: is 5011 bytes, over the limit of 100 bytes per record"));
}

#[test]
fn the_default_date_fills_only_missing_dates() {
    let dir = scratch("dates");
    let dated = write(&dir, "dated.txt", "date: 2019-05-12\nDated\nBody.");
    let undated = write(&dir, "undated.txt", "Undated\nBody.");
    let opts = ReadOptions {
        default_published: Some(Published::parse("2020-01-01").unwrap()),
        ..ReadOptions::default()
    };
    let (ok, _) = split(read_paths(&[dated, undated], &opts));
    let dates: Vec<String> = ok
        .iter()
        .map(|a| a.published.unwrap().to_string())
        .collect();
    assert_eq!(dates, ["2019-05-12", "2020-01-01"]);
}

#[test]
fn streams_are_sniffed_as_jsonl_json_or_text() {
    let read = |s: &'static str| {
        split(read_reader(
            InputName::Stdin,
            std::io::Cursor::new(s),
            &ReadOptions::default(),
        ))
    };
    let (ok, bad) =
        read("\n{\"title\":\"L1\",\"body\":\"a\"}\n{\"title\":\"L2\",\"body\":\"b\"}\n");
    assert!(bad.is_empty());
    assert_eq!(titles(&ok), ["L1", "L2"]);
    let (ok, _) = read("{\n \"title\": \"Pretty\",\n \"body\": \"p\"\n}");
    assert_eq!(titles(&ok), ["Pretty"]);
    let (ok, _) = read("[{\"title\":\"In array\",\"body\":\"x\"}]");
    assert_eq!(titles(&ok), ["In array"]);
    let (ok, _) = read("\n\nPlain headline\nPlain body.");
    assert_eq!(titles(&ok), ["Plain headline"]);
    let (_, bad) = read("\n\n{\"title\":\"bad\" 1}\n");
    assert_eq!(
        bad[0].to_string().split(": ").take(2).collect::<Vec<_>>(),
        ["<stdin>", "line 3"]
    );
}

/// A small deterministic generator, so a failure can be replayed from its seed.
struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_bytes_never_panic() {
    // Bytes drawn mostly from JSON and text punctuation reach deeper into the parsers than
    // uniform noise does.
    const ALPHABET: &[u8] =
        b"{}[]\":,\n\r\t 0123456789abcdetrunl\\/-date: url: source: id: \xff\xc3\xa9\0";
    let dir = scratch("fuzz");
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let opts = ReadOptions {
        max_file_bytes: 300,
        max_article_bytes: 120,
        ..ReadOptions::default()
    };
    let mut paths = Vec::new();
    for i in 0..400 {
        let len = (rng.next() % 400) as usize;
        let uniform = rng.next().is_multiple_of(4);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                let r = rng.next();
                if uniform {
                    r as u8
                } else {
                    ALPHABET[(r as usize) % ALPHABET.len()]
                }
            })
            .collect();
        let ext = ["txt", "json", "jsonl", "dat"][i % 4];
        paths.push(write(&dir, &format!("{i:03}.{ext}"), &bytes));
        let n = read_reader(InputName::Stdin, std::io::Cursor::new(bytes), &opts).count();
        assert!(n <= len + 1);
    }
    let items = read_paths(&[dir], &opts).count();
    assert!(
        items >= paths.len(),
        "every file yields at least an article or an error"
    );
}

const PAGE_BODY: &str = "<p>The foreign ministers of the two countries met in Sochi on Tuesday for more than three hours, but the talks ended without an agreement on the situation in Venezuela.</p>\
<p>Officials on both sides said the meeting had been frank and that further contacts were planned in the coming weeks, including a possible meeting of the two presidents.</p>";

fn page(title: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>\
         <article><h1>{title}</h1>{PAGE_BODY}</article><footer>All rights reserved</footer></body></html>"
    )
}

fn warc_response(uri: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2019-05-14T10:00:00Z\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn gzip_member(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

#[test]
fn html_feeds_and_warc_files_give_articles() {
    let dir = scratch("web");
    let html = write(&dir, "page.html", page("Talks in Sochi end without deal"));
    let rss = write(
        &dir,
        "feed.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
         <item><title>Item one</title><link>https://example.org/1</link><description>First item text.</description></item>\
         <item><title>Item two</title><link>https://example.org/2</link><description>Second item text.</description></item>\
         </channel></rss>",
    );
    let mut gz = Vec::new();
    for (i, title) in ["First crawl page", "Second crawl page"].iter().enumerate() {
        gz.extend(gzip_member(&warc_response(
            &format!("https://example.org/w{i}"),
            &page(title),
        )));
    }
    let warc = write(&dir, "crawl.warc.gz", &gz);
    let truncated = write(&dir, "cut.warc.gz", &gz[..gz.len() - 40]);
    let mut broken = warc_response("https://example.org/b0", &page("Lost page"));
    broken = String::from_utf8(broken)
        .unwrap()
        .replacen("Content-Length: ", "Content-Length: x", 1)
        .into_bytes();
    broken.extend(warc_response(
        "https://example.org/b1",
        &page("Page after the broken one"),
    ));
    let broken = write(&dir, "broken.warc", &broken);
    let bad_feed = write(&dir, "bad.rss", "<rss><channel><item><title>cut");
    let (ok, bad) = split(read_paths(
        &[html, rss, warc, truncated, broken, bad_feed],
        &ReadOptions::default(),
    ));
    assert_eq!(
        titles(&ok),
        [
            "Talks in Sochi end without deal",
            "Item one",
            "Item two",
            "First crawl page",
            "Second crawl page",
            "First crawl page",
            "Page after the broken one"
        ]
    );
    assert_eq!(ok[3].url.as_deref(), Some("https://example.org/w0"));
    assert_eq!(
        ok[3].published.unwrap().to_string(),
        "2019-05-14T10:00:00+00:00"
    );
    assert!(!ok[0].body().contains("Home") && !ok[0].body().contains("rights reserved"));
    let messages: Vec<String> = bad.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 3, "{messages:#?}");
    assert!(
        messages[0].contains("cut.warc.gz: record 2: ends in the middle of its compressed data")
    );
    assert!(
        messages[1]
            .contains("broken.warc: record 1: is a broken WARC record (no valid Content-Length)")
    );
    assert!(messages[2].contains("bad.rss: is not a valid RSS or Atom feed"));
}
