//! The streaming reader behind [`crate::read_paths`]: expands directories, picks a format per
//! input, and yields one `Result` per article or per bad input.
//!
//! **Invariant:** memory is bounded by the limits in [`ReadOptions`], never by the input's size:
//! whole-file formats (text, one JSON document) are read only after their size is checked and
//! through a reader that stops at the limit; JSONL is read one line at a time, and a line over the
//! limit is skipped without being held.

use crate::error::{InputError, InputName, Location, Problem};
use crate::feed::articles_from_feed;
use crate::html::article_from_html;
use crate::warc::WarcRecords;
use crate::{ReadOptions, decode::decode, json::article_from_record, text::parse_text};
use newsgraph_text::Article;
use serde_json::Value;
use std::collections::VecDeque;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

const FILE_FLAG: &str = "--max-file-bytes";
const ARTICLE_FLAG: &str = "--max-article-bytes";
const READ_BUFFER: usize = 64 * 1024;

/// The format an input is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    /// One JSON document, or JSONL when the first line is a whole object.
    Json,
    /// One JSON object per line, always (a broken first line must not swallow the rest).
    Jsonl,
    Html,
    /// RSS or Atom.
    Feed,
    Warc,
    /// A gzip-compressed WARC (each record its own gzip member, as CC-NEWS writes them).
    WarcGz,
    /// Decide from the first bytes: `{` or `[` is JSON, `<` HTML or a feed, `WARC/` a WARC, the
    /// gzip magic a compressed WARC, anything else text.
    Sniff,
}

fn format_of(path: &Path) -> Format {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase());
    if name.as_deref().is_some_and(|n| n.ends_with(".warc.gz")) {
        return Format::WarcGz;
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("json") => Format::Json,
        Some("jsonl" | "ndjson") => Format::Jsonl,
        Some("txt" | "text") => Format::Text,
        Some("html" | "htm" | "xhtml") => Format::Html,
        Some("rss" | "atom" | "xml") => Format::Feed,
        Some("warc") => Format::Warc,
        Some("gz") => Format::WarcGz,
        _ => Format::Sniff,
    }
}

/// Something still to read, in output order.
enum Pending {
    /// A file, a directory, or `-` for standard input.
    Path(PathBuf),
    /// An already open stream (standard input, or a caller's reader).
    Stream(InputName, Box<dyn BufRead + Send>),
    /// An error found while listing a directory, kept in its place in the order.
    Failed(InputError),
}

/// An input being read record by record.
enum Source {
    /// JSONL, one record per line.
    Lines(JsonLines),
    /// The elements of a JSON array.
    Records {
        input: InputName,
        records: std::iter::Enumerate<std::vec::IntoIter<Value>>,
        max_article_bytes: u64,
    },
    /// The records of a WARC file.
    Warc {
        input: InputName,
        records: Box<WarcRecords>,
    },
    /// Results already made (the items of a feed).
    Queue(VecDeque<Result<Article, InputError>>),
}

impl Source {
    fn next_item(&mut self) -> Option<Result<Article, InputError>> {
        match self {
            Source::Lines(lines) => lines.next_item(),
            Source::Records {
                input,
                records,
                max_article_bytes,
            } => {
                let (i, record) = records.next()?;
                let at = Some(Location::Record(i as u64 + 1));
                Some(
                    article_from_record(record)
                        .and_then(|a| check_article_size(a, *max_article_bytes))
                        .map_err(|p| InputError::new(input.clone(), at, p)),
                )
            }
            Source::Warc { input, records } => {
                let (n, item) = records.next_article()?;
                Some(item.map_err(|p| InputError::new(input.clone(), Some(Location::Record(n)), p)))
            }
            Source::Queue(items) => items.pop_front(),
        }
    }
}

/// Articles from a list of inputs, in order; see [`crate::read_paths`].
pub struct Articles {
    opts: ReadOptions,
    pending: VecDeque<Pending>,
    current: Option<Source>,
}

impl Articles {
    pub(crate) fn from_paths(paths: &[PathBuf], opts: &ReadOptions) -> Articles {
        Articles {
            opts: opts.clone(),
            pending: paths.iter().cloned().map(Pending::Path).collect(),
            current: None,
        }
    }

    pub(crate) fn from_reader(
        input: InputName,
        reader: Box<dyn BufRead + Send>,
        opts: &ReadOptions,
    ) -> Articles {
        Articles {
            opts: opts.clone(),
            pending: VecDeque::from([Pending::Stream(input, reader)]),
            current: None,
        }
    }

    /// Opens the next pending input: returns its one article or error, or makes it the current
    /// source, or queues a directory's files.
    fn open(&mut self, pending: Pending) -> Option<Result<Article, InputError>> {
        match pending {
            Pending::Failed(e) => Some(Err(e)),
            Pending::Stream(input, reader) => self.open_stream(input, reader, Format::Sniff, None),
            Pending::Path(path) if path.as_os_str() == "-" => {
                let reader = BufReader::with_capacity(READ_BUFFER, io::stdin());
                self.open_stream(InputName::Stdin, Box::new(reader), Format::Sniff, None)
            }
            Pending::Path(path) => {
                let input = InputName::path(&path);
                let io_error = |e| Some(Err(InputError::new(input.clone(), None, Problem::Io(e))));
                let meta = match fs::metadata(&path) {
                    Ok(m) => m,
                    Err(e) => return io_error(e),
                };
                if meta.is_dir() {
                    let mut files = Vec::new();
                    walk(&path, &mut files);
                    for f in files.into_iter().rev() {
                        self.pending.push_front(f);
                    }
                    return None;
                }
                let file = match File::open(&path) {
                    Ok(f) => f,
                    Err(e) => return io_error(e),
                };
                let reader = BufReader::with_capacity(READ_BUFFER, file);
                // Special files (pipes, devices) report length 0: they are read like streams,
                // still through the bounded reader.
                let len = meta.is_file().then_some(meta.len()).filter(|&n| n > 0);
                self.open_stream(input, Box::new(reader), format_of(&path), len)
            }
        }
    }

    /// Reads a stream as `format`. `len` is the file's size when known, to refuse an oversized
    /// file before reading it.
    fn open_stream(
        &mut self,
        input: InputName,
        mut reader: Box<dyn BufRead + Send>,
        format: Format,
        len: Option<u64>,
    ) -> Option<Result<Article, InputError>> {
        let fail =
            |at: Option<Location>, p: Problem| Some(Err(InputError::new(input.clone(), at, p)));
        let start = match skip_blank(&mut reader) {
            Ok(Some(s)) => s,
            Ok(None) => return fail(None, Problem::Empty),
            Err(e) => return fail(None, Problem::Io(e)),
        };
        let format = match format {
            Format::Sniff => sniff(&mut reader, start.first),
            known => known,
        };
        let opts = &self.opts;
        match format {
            Format::Warc | Format::WarcGz => {
                let reader: Box<dyn BufRead + Send> = if format == Format::WarcGz {
                    Box::new(BufReader::with_capacity(
                        READ_BUFFER,
                        flate2::bufread::MultiGzDecoder::new(reader),
                    ))
                } else {
                    reader
                };
                self.current = Some(Source::Warc {
                    input,
                    records: Box::new(WarcRecords::new(reader, opts.max_article_bytes)),
                });
                return self.current.as_mut().and_then(Source::next_item);
            }
            Format::Html | Format::Feed => {
                let bytes = match read_bounded(reader, opts.max_file_bytes, len, "file", FILE_FLAG)
                {
                    Ok(b) => b,
                    Err(p) => return fail(None, p),
                };
                if format == Format::Feed {
                    let items = match articles_from_feed(&bytes) {
                        Ok(items) => items,
                        Err(p) => return fail(None, p),
                    };
                    let queue = items
                        .into_iter()
                        .map(|(n, item)| {
                            item.map_err(|p| {
                                InputError::new(input.clone(), Some(Location::Record(n)), p)
                            })
                        })
                        .collect();
                    self.current = Some(Source::Queue(queue));
                    return self.current.as_mut().and_then(Source::next_item);
                }
                let html = match decode(&bytes, start.offset) {
                    Ok(t) => t,
                    Err(p) => return fail(None, p),
                };
                return Some(
                    article_from_html(html, None)
                        .map_err(|p| InputError::new(input.clone(), None, p)),
                );
            }
            _ => {}
        }
        let json = matches!(format, Format::Json | Format::Jsonl);
        if !json {
            // A text file is one article: both limits apply.
            let (limit, unit, flag) = if opts.max_article_bytes < opts.max_file_bytes {
                (opts.max_article_bytes, "article", ARTICLE_FLAG)
            } else {
                (opts.max_file_bytes, "file", FILE_FLAG)
            };
            let bytes = match read_bounded(reader, limit, len, unit, flag) {
                Ok(b) => b,
                Err(p) => return fail(None, p),
            };
            let text = match decode(&bytes, start.offset) {
                Ok(t) => t,
                Err(p) => return fail(None, p),
            };
            let shift = |at: Option<Location>| match at {
                Some(Location::Line(n)) => Some(Location::Line(n + start.lines)),
                other => other,
            };
            return Some(
                parse_text(text).map_err(|(at, p)| InputError::new(input.clone(), shift(at), p)),
            );
        }
        if start.first == b'{' {
            // One object per line (JSONL), or one object spread over many lines: the first line
            // tells them apart.
            let mut lines = JsonLines {
                input: input.clone(),
                reader,
                line: start.lines,
                offset: start.offset,
                max_line: opts.max_article_bytes,
                buf: Vec::new(),
            };
            let first = match lines.read_line() {
                Ok(Some(first)) => first,
                Ok(None) => return fail(None, Problem::Empty),
                Err(e) => return fail(None, Problem::Io(e)),
            };
            let incomplete = format != Format::Jsonl
                && !first.overlong
                && matches!(serde_json::from_slice::<Value>(&lines.buf), Err(e) if e.is_eof());
            if !incomplete {
                let item = lines.record(first);
                self.current = Some(Source::Lines(lines));
                return item.or_else(|| self.current.as_mut().and_then(Source::next_item));
            }
            let head = std::mem::take(&mut lines.buf);
            let rest_limit = opts.max_file_bytes.saturating_sub(head.len() as u64 + 1);
            let rest = match read_bounded(lines.reader, rest_limit, None, "file", FILE_FLAG) {
                Ok(r) => r,
                Err(Problem::TooLarge { limit, .. }) => {
                    return fail(
                        None,
                        too_large(len, limit + head.len() as u64 + 1, "file", FILE_FLAG),
                    );
                }
                Err(p) => return fail(None, p),
            };
            let mut doc = head;
            doc.push(b'\n');
            doc.extend_from_slice(&rest);
            return self.whole_document(input, &doc, start);
        }
        if format == Format::Jsonl {
            // Not an object at all: every line will say so.
            let mut lines = JsonLines {
                input,
                reader,
                line: start.lines,
                offset: start.offset,
                max_line: opts.max_article_bytes,
                buf: Vec::new(),
            };
            let item = lines.next_item();
            self.current = Some(Source::Lines(lines));
            return item;
        }
        let doc = match read_bounded(reader, opts.max_file_bytes, len, "file", FILE_FLAG) {
            Ok(d) => d,
            Err(p) => return fail(None, p),
        };
        self.whole_document(input, &doc, start)
    }

    /// A .json document: one object (one article) or an array of objects.
    fn whole_document(
        &mut self,
        input: InputName,
        doc: &[u8],
        start: Start,
    ) -> Option<Result<Article, InputError>> {
        let fail =
            |at: Option<Location>, p: Problem| Some(Err(InputError::new(input.clone(), at, p)));
        let text = match decode(doc, start.offset) {
            Ok(t) => t,
            Err(p) => return fail(None, p),
        };
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                let at = Location::Line(e.line() as u64 + start.lines);
                return fail(Some(at), Problem::Json(json_message(&e)));
            }
        };
        match value {
            Value::Array(records) => {
                self.current = Some(Source::Records {
                    input,
                    records: records.into_iter().enumerate(),
                    max_article_bytes: self.opts.max_article_bytes,
                });
                self.current.as_mut().and_then(Source::next_item)
            }
            record => Some(
                article_from_record(record)
                    .and_then(|a| check_article_size(a, self.opts.max_article_bytes))
                    .map_err(|p| InputError::new(input, None, p)),
            ),
        }
    }
}

impl Iterator for Articles {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let item = match self.current.as_mut().and_then(Source::next_item) {
                Some(item) => Some(item),
                None => {
                    self.current = None;
                    let pending = self.pending.pop_front()?;
                    self.open(pending)
                }
            };
            if let Some(mut item) = item {
                if let (Ok(article), Some(default)) = (&mut item, self.opts.default_published)
                    && article.published.is_none()
                {
                    article.published = Some(default);
                }
                return Some(item);
            }
        }
    }
}

/// Tells formats apart from the first bytes of content (`first` is the first non-blank byte).
fn sniff(reader: &mut Box<dyn BufRead + Send>, first: u8) -> Format {
    let head: Vec<u8> = match reader.fill_buf() {
        Ok(b) => b.iter().take(2048).copied().collect(),
        Err(_) => Vec::new(),
    };
    let content = head.trim_ascii_start();
    if content.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if head.starts_with(&[0x1f, 0x8b]) {
        return Format::WarcGz;
    }
    match first {
        b'{' | b'[' => Format::Json,
        b'<' => {
            let lower = content.to_ascii_lowercase();
            let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
            if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
                Format::Feed
            } else {
                Format::Html
            }
        }
        _ => Format::Text,
    }
}

/// Where the content of a stream starts after leading blank lines.
#[derive(Debug, Clone, Copy)]
struct Start {
    first: u8,
    /// Byte offset of `first` in the input.
    offset: u64,
    /// Whole lines skipped before it.
    lines: u64,
}

/// Consumes leading whitespace; `None` if the stream holds nothing else.
fn skip_blank(reader: &mut Box<dyn BufRead + Send>) -> io::Result<Option<Start>> {
    let (mut offset, mut lines) = (0u64, 0u64);
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(None);
        }
        let blank = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        // Keep the partial line before the first content byte, so that text keeps its form.
        let line_start = buf[..blank]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        lines += buf[..line_start].iter().filter(|&&b| b == b'\n').count() as u64;
        if blank < buf.len() {
            let first = buf[blank];
            reader.consume(line_start);
            offset += line_start as u64;
            return Ok(Some(Start {
                first,
                offset: offset + (blank - line_start) as u64,
                lines,
            }));
        }
        let n = buf.len();
        reader.consume(n);
        offset += n as u64;
    }
}

/// Reads a whole stream, refusing it (without reading further) once it passes `limit`.
fn read_bounded(
    reader: Box<dyn BufRead + Send>,
    limit: u64,
    len: Option<u64>,
    unit: &'static str,
    flag: &'static str,
) -> Result<Vec<u8>, Problem> {
    if let Some(n) = len.filter(|&n| n > limit) {
        return Err(too_large(Some(n), limit, unit, flag));
    }
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Problem::Io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(len, limit, unit, flag));
    }
    Ok(bytes)
}

fn too_large(size: Option<u64>, limit: u64, unit: &'static str, flag: &'static str) -> Problem {
    Problem::TooLarge {
        size,
        limit,
        unit,
        flag,
    }
}

fn check_article_size(article: Article, limit: u64) -> Result<Article, Problem> {
    let size = article.text().len() as u64;
    if size > limit {
        return Err(too_large(Some(size), limit, "article", ARTICLE_FLAG));
    }
    Ok(article)
}

/// serde_json's message without its "at line 1 column 9" suffix, which the caller replaces with
/// the real line.
fn json_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let core = msg
        .rsplit_once(" at line ")
        .map_or(msg.as_str(), |(m, _)| m);
    format!("{core}, column {}", e.column())
}

/// A JSONL stream, one record per line.
struct JsonLines {
    input: InputName,
    reader: Box<dyn BufRead + Send>,
    /// Lines read so far.
    line: u64,
    /// Byte offset of the next line.
    offset: u64,
    max_line: u64,
    buf: Vec<u8>,
}

/// One line as read: its number, where it starts, its full length, and whether it was cut.
#[derive(Debug, Clone, Copy)]
struct LineRead {
    number: u64,
    offset: u64,
    len: u64,
    overlong: bool,
}

impl JsonLines {
    /// Reads the next line into `buf`, keeping at most `max_line` bytes of it.
    fn read_line(&mut self) -> io::Result<Option<LineRead>> {
        self.buf.clear();
        let (mut len, mut any) = (0u64, false);
        let cap = usize::try_from(self.max_line).unwrap_or(usize::MAX);
        loop {
            let avail = match self.reader.fill_buf() {
                Ok(a) => a,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if avail.is_empty() {
                break;
            }
            any = true;
            let newline = avail.iter().position(|&b| b == b'\n');
            let chunk = &avail[..newline.unwrap_or(avail.len())];
            let room = cap.saturating_sub(self.buf.len());
            self.buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
            len += chunk.len() as u64;
            let used = chunk.len() + usize::from(newline.is_some());
            self.reader.consume(used);
            if newline.is_some() {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        if self.buf.last() == Some(&b'\r') && len <= self.max_line {
            self.buf.pop();
        }
        self.line += 1;
        let read = LineRead {
            number: self.line,
            offset: self.offset,
            len,
            overlong: len > self.max_line,
        };
        self.offset += len + 1;
        Ok(Some(read))
    }

    /// The article (or error) of the line in `buf`; `None` for a blank line.
    fn record(&self, line: LineRead) -> Option<Result<Article, InputError>> {
        let at = Some(Location::Line(line.number));
        let fail = |p| Some(Err(InputError::new(self.input.clone(), at, p)));
        if line.overlong {
            return fail(too_large(
                Some(line.len),
                self.max_line,
                "record",
                ARTICLE_FLAG,
            ));
        }
        let text = match decode(&self.buf, line.offset) {
            Ok(t) => t,
            Err(p) => return fail(p),
        };
        if text.trim().is_empty() {
            return None;
        }
        let record: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => return fail(Problem::Json(json_message(&e))),
        };
        Some(article_from_record(record).map_err(|p| InputError::new(self.input.clone(), at, p)))
    }

    fn next_item(&mut self) -> Option<Result<Article, InputError>> {
        loop {
            match self.read_line() {
                Ok(Some(line)) => {
                    if let Some(item) = self.record(line) {
                        return Some(item);
                    }
                }
                Ok(None) => return None,
                Err(e) => {
                    let at = Some(Location::Line(self.line + 1));
                    // A read error ends this input: what follows cannot be trusted to line up.
                    self.reader = Box::new(io::empty());
                    return Some(Err(InputError::new(self.input.clone(), at, Problem::Io(e))));
                }
            }
        }
    }
}

/// Lists a directory's files, recursively, sorted by name at each level; hidden entries (names
/// starting with '.') are skipped, and symbolic links to directories are not followed, so that a
/// link cycle cannot loop.
fn walk(dir: &Path, out: &mut Vec<Pending>) {
    let input = InputName::path(dir);
    let entries = match fs::read_dir(dir) {
        Ok(it) => it,
        Err(e) => {
            out.push(Pending::Failed(InputError::new(
                input,
                None,
                Problem::Io(e),
            )));
            return;
        }
    };
    let mut children = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => children.push(e),
            Err(e) => out.push(Pending::Failed(InputError::new(
                input.clone(),
                None,
                Problem::Io(e),
            ))),
        }
    }
    children.sort_by_key(|e| e.file_name());
    for child in children {
        if child.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = child.path();
        let Ok(kind) = child.file_type() else {
            out.push(Pending::Path(path));
            continue;
        };
        if kind.is_dir() {
            walk(&path, out);
        } else if kind.is_symlink() {
            if fs::metadata(&path).map(|m| !m.is_dir()).unwrap_or(true) {
                out.push(Pending::Path(path));
            }
        } else {
            out.push(Pending::Path(path));
        }
    }
}
