//! WARC files, plain or gzip-compressed record by record (as Common Crawl's CC-NEWS publishes
//! them): each `response` record whose HTTP payload is an HTML page becomes an article.
//!
//! **Invariant:** records are read one at a time, and a record over the size limit is skipped
//! without being held, so memory does not grow with the file. A broken record is reported and the
//! reader moves on to the next `WARC/` header; a compressed stream cut short ends the file with
//! one error, after every complete record before it came through.

use crate::error::Problem;
use crate::html::{article_from_html, parse_page_date};
use newsgraph_text::Article;
use std::io::{self, BufRead, Read};

/// Longest header line accepted; real ones are a few hundred bytes.
const MAX_HEADER_LINE: usize = 64 * 1024;

pub(crate) struct WarcRecords {
    reader: Box<dyn BufRead + Send>,
    /// WARC records seen so far (the 1-based number of the current one).
    record: u64,
    max_record: u64,
    done: bool,
    /// The `WARC/` line of the next record was read already (while skipping damaged bytes).
    header_pending: bool,
    /// The current record was reported broken: the damaged bytes after it are not reported again.
    resyncing: bool,
}

/// The WARC headers this reader uses.
#[derive(Default)]
struct Header {
    kind: String,
    target: Option<String>,
    date: Option<String>,
    length: Option<u64>,
    content_type: String,
}

impl WarcRecords {
    pub(crate) fn new(reader: Box<dyn BufRead + Send>, max_record: u64) -> WarcRecords {
        WarcRecords {
            reader,
            record: 0,
            max_record,
            done: false,
            header_pending: false,
            resyncing: false,
        }
    }

    /// The next article or problem, with its record number; `None` at the end.
    pub(crate) fn next_article(&mut self) -> Option<(u64, Result<Article, Problem>)> {
        while !self.done {
            match self.next_record() {
                Ok(None) => self.done = true,
                Ok(Some(Ok(None))) => {}
                Ok(Some(Ok(Some(article)))) => return Some((self.record, Ok(article))),
                Ok(Some(Err(problem))) => return Some((self.record, Err(problem))),
                Err(e) => {
                    self.done = true;
                    let problem = match e.kind() {
                        io::ErrorKind::UnexpectedEof
                        | io::ErrorKind::InvalidInput
                        | io::ErrorKind::InvalidData => Problem::Truncated(e.to_string()),
                        _ => Problem::Io(e),
                    };
                    return Some((self.record.max(1), Err(problem)));
                }
            }
        }
        None
    }

    /// Reads one record: `Ok(None)` at the end of the file; `Some(Ok(None))` for a record that is
    /// not an HTML response.
    #[allow(clippy::type_complexity)]
    fn next_record(&mut self) -> io::Result<Option<Result<Option<Article>, Problem>>> {
        // Find the version line, skipping the blank lines between records.
        let mut skipped_garbage = false;
        while !self.header_pending {
            let Some(line) = self.read_line()? else {
                return Ok(None);
            };
            if line.starts_with("WARC/") {
                break;
            }
            if !line.trim().is_empty() {
                skipped_garbage = true;
            }
        }
        self.header_pending = false;
        if skipped_garbage && !self.resyncing {
            // The previous record's length was wrong or bytes were damaged: say so, then read
            // the record whose header was just found.
            self.header_pending = true;
            return Ok(Some(Err(Problem::Warc(format!(
                "bytes after record {} are not a WARC record",
                self.record
            )))));
        }
        self.resyncing = false;
        self.record += 1;
        let mut header = Header::default();
        loop {
            let Some(line) = self.read_line()? else {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the file ends inside a WARC header",
                ));
            };
            if line.trim().is_empty() {
                break;
            }
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().to_string();
            match key.trim().to_ascii_lowercase().as_str() {
                "warc-type" => header.kind = value,
                "warc-target-uri" => {
                    header.target = Some(value.trim_matches(['<', '>']).to_string())
                }
                "warc-date" => header.date = Some(value),
                "content-length" => header.length = value.parse().ok(),
                "content-type" => header.content_type = value.to_ascii_lowercase(),
                _ => {}
            }
        }
        let Some(length) = header.length else {
            self.resyncing = true;
            return Ok(Some(Err(Problem::Warc(
                "no valid Content-Length".to_string(),
            ))));
        };
        let wanted =
            header.kind == "response" && header.content_type.starts_with("application/http");
        if !wanted {
            self.discard(length)?;
            return Ok(Some(Ok(None)));
        }
        if length > self.max_record {
            self.discard(length)?;
            return Ok(Some(Err(Problem::TooLarge {
                size: Some(length),
                limit: self.max_record,
                unit: "record",
                flag: "--max-article-bytes",
            })));
        }
        let mut payload = Vec::with_capacity(length as usize);
        (&mut self.reader).take(length).read_to_end(&mut payload)?;
        if (payload.len() as u64) < length {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!(
                    "record {} is cut short: {} of {length} bytes",
                    self.record,
                    payload.len()
                ),
            ));
        }
        Ok(Some(http_article(&payload, &header)))
    }

    /// One header line, without its line end; `None` at the end of the stream.
    fn read_line(&mut self) -> io::Result<Option<String>> {
        let mut buf = Vec::new();
        let n = (&mut self.reader)
            .take(MAX_HEADER_LINE as u64)
            .read_until(b'\n', &mut buf)?;
        if n == 0 {
            return Ok(None);
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }

    fn discard(&mut self, n: u64) -> io::Result<()> {
        let copied = io::copy(&mut (&mut self.reader).take(n), &mut io::sink())?;
        if copied < n {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("record {} is cut short: {copied} of {n} bytes", self.record),
            ));
        }
        Ok(())
    }
}

/// The article in an HTTP response, or `None` when it is not a successful HTML page.
fn http_article(payload: &[u8], header: &Header) -> Result<Option<Article>, Problem> {
    let split = find(payload, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| find(payload, b"\n\n").map(|i| (i, i + 2)));
    let Some((head_end, body_start)) = split else {
        return Err(Problem::Warc(
            "the HTTP response has no header end".to_string(),
        ));
    };
    let head = String::from_utf8_lossy(&payload[..head_end]);
    let mut lines = head.lines();
    let status_ok = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .is_some_and(|code| code == "200");
    let mut html = false;
    for line in lines {
        if let Some((k, v)) = line.split_once(':')
            && k.trim().eq_ignore_ascii_case("content-type")
        {
            html = v.to_ascii_lowercase().contains("html");
        }
    }
    if !status_ok || !html {
        return Ok(None);
    }
    // Pages on the web come in every encoding; a few replaced bytes do not hurt extraction.
    let page = String::from_utf8_lossy(&payload[body_start..]);
    let mut article = article_from_html(&page, header.target.as_deref())?;
    if article.published.is_none() {
        // The crawl date: an upper bound on the publication date, and what GDELT records.
        article.published = header.date.as_deref().and_then(parse_page_date);
    }
    Ok(Some(article))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
