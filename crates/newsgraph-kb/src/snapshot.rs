//! The compiled snapshot of a knowledge-base directory (`data/kb/kb.snapshot`): its entries and
//! name index as they are after loading the TSV files, so that [`crate::Kb::load`] reads them back
//! instead of parsing 5 MB of text and reducing every alias to a match key again.
//!
//! Layout (integers are LEB128 varints unless said otherwise, strings are a length and UTF-8):
//! the magic `NGKBSNAP`, the format number (u32 LE), the TSV sources (file name, byte length,
//! [`content_hash`] as u64 LE), the line problems, the entries, the index (each key with its
//! candidates), and last the [`content_hash`] (u64 LE) of every byte before it.
//!
//! **Invariant:** a snapshot is used only when its format number is this code's, its checksum
//! holds, and it records exactly the `*.tsv` files of its directory with their current contents;
//! otherwise the TSV files are loaded. Every read is bounds-checked: corrupt bytes give a
//! [`SnapshotError`], never a panic or an unbounded allocation.

use crate::codes::ActorCode;
use crate::entry::{AgentRole, DatedCode, Entry, EntryId, EntryKind, PlaceInfo, RolePlace};
use crate::normalize::CaseRule;
use crate::tsv::LineProblem;
use chrono::NaiveDate;
use std::path::Path;

/// The snapshot's file name inside a knowledge-base directory.
pub const FILE_NAME: &str = "kb.snapshot";
const MAGIC: &[u8; 8] = b"NGKBSNAP";
/// Bumped whenever the layout or the meaning of a field changes.
pub const FORMAT: u32 = 1;

/// Why a snapshot file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    #[error("it does not start with the snapshot magic bytes")]
    NotASnapshot,
    #[error("it has format {found}, this program reads format {FORMAT}")]
    Format { found: u32 },
    #[error("its checksum does not match its contents")]
    Checksum,
    #[error("it ends early at byte {at} (truncated)")]
    Truncated { at: usize },
    #[error("byte {at}: {what}")]
    Invalid { at: usize, what: String },
}

/// One TSV file the snapshot was compiled from, as recorded in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file name inside the knowledge-base directory (`places.tsv`).
    pub name: String,
    pub len: u64,
    pub hash: u64,
}

impl Source {
    /// The record of a TSV file's current contents.
    pub fn of_bytes(name: &str, bytes: &[u8]) -> Source {
        Source {
            name: name.to_string(),
            len: bytes.len() as u64,
            hash: content_hash(bytes),
        }
    }
}

/// The decoded contents of a snapshot.
pub(crate) struct Contents {
    pub problems: Vec<LineProblem>,
    pub entries: Vec<Entry>,
    /// Key text and its candidates, in index order.
    pub keys: Vec<(String, Vec<(EntryId, CaseRule)>)>,
}

/// A 64-bit hash of `bytes`, stable across platforms and builds: it detects edited TSV files
/// and damaged snapshots, it is no defence against a forger.
pub fn content_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = K ^ bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(a)).wrapping_mul(K);
    }
    let mut a = [0u8; 8];
    a[..words.remainder().len()].copy_from_slice(words.remainder());
    h = (h.rotate_left(5) ^ u64::from_le_bytes(a)).wrapping_mul(K);
    // splitmix64's finaliser, so that every input bit reaches every output bit.
    h ^= h >> 30;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
    h ^ (h >> 31)
}

/// Reads the format number and sources only, to decide whether the snapshot is current before
/// decoding (and checksumming) the rest. `Ok(None)`: another format, to be rebuilt rather than
/// reported corrupt.
pub(crate) fn read_sources(bytes: &[u8]) -> Result<Option<Vec<Source>>, SnapshotError> {
    let mut r = Reader::new(bytes);
    if r.take(MAGIC.len())? != MAGIC {
        return Err(SnapshotError::NotASnapshot);
    }
    let found = r.u32_le()?;
    if found != FORMAT {
        return Ok(None);
    }
    r.sources().map(Some)
}

fn check_sum(bytes: &[u8]) -> Result<(), SnapshotError> {
    let Some(body_len) = bytes.len().checked_sub(8) else {
        return Err(SnapshotError::Truncated { at: bytes.len() });
    };
    let (body, sum) = bytes.split_at(body_len);
    let mut a = [0u8; 8];
    a.copy_from_slice(sum);
    if u64::from_le_bytes(a) != content_hash(body) {
        return Err(SnapshotError::Checksum);
    }
    Ok(())
}

/// Decodes a whole snapshot. `dir` rebuilds each entry's `source` as the TSV loader writes it.
pub(crate) fn decode(bytes: &[u8], dir: &Path) -> Result<Contents, SnapshotError> {
    let mut r = Reader::new(bytes);
    if r.take(MAGIC.len())? != MAGIC {
        return Err(SnapshotError::NotASnapshot);
    }
    let found = r.u32_le()?;
    if found != FORMAT {
        return Err(SnapshotError::Format { found });
    }
    check_sum(bytes)?;
    // The checksum is outside the body: read only up to it.
    r.end = bytes.len() - 8;
    let sources = r.sources()?;
    let files: Vec<String> = sources
        .iter()
        .map(|s| dir.join(&s.name).display().to_string())
        .collect();
    let n = r.count()?;
    let mut problems = Vec::with_capacity(n);
    for _ in 0..n {
        let file = r.file_name(&files)?;
        let line = r.varint()? as usize;
        let message = r.str()?.to_string();
        problems.push(LineProblem {
            file,
            line,
            message,
        });
    }
    let n = r.count()?;
    let mut entries = Vec::with_capacity(n);
    for _ in 0..n {
        entries.push(r.entry(&files)?);
    }
    let n = r.count()?;
    let mut keys = Vec::with_capacity(n);
    for _ in 0..n {
        let key = r.str()?.to_string();
        let m = r.count()?;
        let mut candidates = Vec::with_capacity(m);
        for _ in 0..m {
            let at = r.pos;
            let id = r.varint()?;
            if id >= entries.len() as u64 {
                return Err(r.invalid(at, format!("entry {id} is out of range")));
            }
            candidates.push((EntryId(id as u32), r.case_rule()?));
        }
        keys.push((key, candidates));
    }
    if r.pos != r.end {
        return Err(r.invalid(r.pos, "bytes left over after the index".into()));
    }
    Ok(Contents {
        problems,
        entries,
        keys,
    })
}

/// Encodes a snapshot; `files` are the loader's display paths of `sources`, in the same order,
/// so that sources and problems are stored as a file number and a line.
pub(crate) fn encode(
    sources: &[Source],
    files: &[String],
    problems: &[LineProblem],
    entries: &[Entry],
    keys: &[(&str, &[(EntryId, CaseRule)])],
) -> Vec<u8> {
    let mut w = Writer::default();
    w.out.extend_from_slice(MAGIC);
    w.out.extend_from_slice(&FORMAT.to_le_bytes());
    w.varint(sources.len() as u64);
    for s in sources {
        w.str(&s.name);
        w.varint(s.len);
        w.out.extend_from_slice(&s.hash.to_le_bytes());
    }
    w.varint(problems.len() as u64);
    for p in problems {
        w.file_name(&p.file, files);
        w.varint(p.line as u64);
        w.str(&p.message);
    }
    w.varint(entries.len() as u64);
    for e in entries {
        w.entry(e, files);
    }
    w.varint(keys.len() as u64);
    for (key, candidates) in keys {
        w.str(key);
        w.varint(candidates.len() as u64);
        for (id, rule) in candidates.iter() {
            w.varint(u64::from(id.0));
            w.case_rule(*rule);
        }
    }
    let sum = content_hash(&w.out);
    w.out.extend_from_slice(&sum.to_le_bytes());
    w.out
}

// Entry flags: which optional fields follow.
const HAS_COUNTRY: u8 = 1;
const HAS_ROLE: u8 = 2;
const HEAD_OF_STATE: u8 = 4;
const HAS_PLACE: u8 = 8;
const HAS_NOTE: u8 = 16;
// Place flags.
const HAS_GEONAMES: u8 = 1;
const HAS_POPULATION: u8 = 2;
const HAS_LAT: u8 = 4;
const HAS_LON: u8 = 8;
const HAS_ADMIN1: u8 = 16;

#[derive(Default)]
struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.out.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }

    fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }

    /// A `file:line` source or problem file: the number of a known file plus one, else 0 and the
    /// text itself (entries added from elsewhere).
    fn file_name(&mut self, file: &str, files: &[String]) {
        match files.iter().position(|f| f == file) {
            Some(i) => self.varint(i as u64 + 1),
            None => {
                self.varint(0);
                self.str(file);
            }
        }
    }

    fn source(&mut self, source: &str, files: &[String]) {
        if let Some((file, line)) = source.rsplit_once(':')
            && let Some(i) = files.iter().position(|f| f == file)
            && let Ok(number) = line.parse::<u64>()
            // Only when the number prints back as written ("012" would not).
            && number.to_string() == line
        {
            self.varint(i as u64 + 1);
            self.varint(number);
        } else {
            self.varint(0);
            self.str(source);
        }
    }

    fn date(&mut self, d: Option<NaiveDate>) {
        // 0 is no date; otherwise the zig-zagged day number plus one.
        use chrono::Datelike;
        match d {
            None => self.varint(0),
            Some(d) => {
                let days = i64::from(d.num_days_from_ce());
                self.varint((((days << 1) ^ (days >> 63)) as u64) + 1);
            }
        }
    }

    fn entry(&mut self, e: &Entry, files: &[String]) {
        let kind = EntryKind::ALL
            .iter()
            .position(|k| *k == e.kind)
            .unwrap_or(0);
        self.out.push(kind as u8);
        let mut flags = 0;
        for (set, flag) in [
            (e.country.is_some(), HAS_COUNTRY),
            (e.role.is_some(), HAS_ROLE),
            (e.head_of_state, HEAD_OF_STATE),
            (e.place.is_some(), HAS_PLACE),
            (e.note.is_some(), HAS_NOTE),
        ] {
            if set {
                flags |= flag;
            }
        }
        self.out.push(flags);
        self.str(&e.name);
        // The TSV loader puts the name first among the aliases: say so in one byte.
        let skip = usize::from(e.aliases.first() == Some(&e.name));
        self.out.push(skip as u8);
        self.varint((e.aliases.len() - skip) as u64);
        for a in &e.aliases[skip..] {
            self.str(a);
        }
        if let Some(c) = &e.country {
            self.str(c);
        }
        self.varint(e.codes.len() as u64);
        for c in &e.codes {
            self.str(c.code.as_str());
            self.date(c.from);
            self.date(c.to);
        }
        if let Some(r) = &e.role {
            self.str(r.code.as_str());
            self.out.push(u8::from(r.place == RolePlace::BeforeCountry));
        }
        if let Some(p) = &e.place {
            let mut pf = 0;
            for (set, flag) in [
                (p.geonames_id.is_some(), HAS_GEONAMES),
                (p.population.is_some(), HAS_POPULATION),
                (p.lat.is_some(), HAS_LAT),
                (p.lon.is_some(), HAS_LON),
                (p.admin1.is_some(), HAS_ADMIN1),
            ] {
                if set {
                    pf |= flag;
                }
            }
            self.out.push(pf);
            if let Some(g) = p.geonames_id {
                self.varint(u64::from(g));
            }
            if let Some(n) = p.population {
                self.varint(n);
            }
            for v in [p.lat, p.lon].into_iter().flatten() {
                self.out.extend_from_slice(&v.to_le_bytes());
            }
            if let Some(a) = &p.admin1 {
                self.str(a);
            }
        }
        self.out.extend_from_slice(&e.prior.to_le_bytes());
        if let Some(n) = &e.note {
            self.str(n);
        }
        self.source(&e.source, files);
    }

    fn case_rule(&mut self, rule: CaseRule) {
        match rule {
            CaseRule::Any => self.out.push(0),
            CaseRule::Acronym => self.out.push(1),
            CaseRule::Capitals(mask) => {
                self.out.push(2);
                self.varint(mask);
            }
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// Reads stop here (the start of the checksum once it is checked).
    end: usize,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader {
            bytes,
            pos: 0,
            end: bytes.len(),
        }
    }

    fn invalid(&self, at: usize, what: String) -> SnapshotError {
        SnapshotError::Invalid { at, what }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], SnapshotError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.end)
            .ok_or(SnapshotError::Truncated { at: self.end })?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, SnapshotError> {
        Ok(self.take(1)?[0])
    }

    fn fixed<const N: usize>(&mut self) -> Result<[u8; N], SnapshotError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    fn u32_le(&mut self) -> Result<u32, SnapshotError> {
        Ok(u32::from_le_bytes(self.fixed()?))
    }

    fn varint(&mut self) -> Result<u64, SnapshotError> {
        let at = self.pos;
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(self.invalid(at, "a number longer than 64 bits".into()))
    }

    /// A count of items that each take at least one byte: never more than the bytes left, so a
    /// damaged count cannot ask for a huge allocation.
    fn count(&mut self) -> Result<usize, SnapshotError> {
        let at = self.pos;
        let n = self.varint()?;
        if n > (self.end - self.pos) as u64 {
            return Err(self.invalid(at, format!("a count of {n} is more than the bytes left")));
        }
        Ok(n as usize)
    }

    fn str(&mut self) -> Result<&'a str, SnapshotError> {
        let n = self.count()?;
        let at = self.pos;
        std::str::from_utf8(self.take(n)?).map_err(|_| self.invalid(at, "text is not UTF-8".into()))
    }

    fn sources(&mut self) -> Result<Vec<Source>, SnapshotError> {
        let n = self.count()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let name = self.str()?.to_string();
            let len = self.varint()?;
            let hash = u64::from_le_bytes(self.fixed()?);
            out.push(Source { name, len, hash });
        }
        Ok(out)
    }

    fn file_number(&mut self, files: &[String]) -> Result<Option<usize>, SnapshotError> {
        let at = self.pos;
        match self.varint()? {
            0 => Ok(None),
            i if i <= files.len() as u64 => Ok(Some(i as usize - 1)),
            i => Err(self.invalid(at, format!("source file {i} is out of range"))),
        }
    }

    fn file_name(&mut self, files: &[String]) -> Result<String, SnapshotError> {
        match self.file_number(files)? {
            Some(i) => Ok(files[i].clone()),
            None => Ok(self.str()?.to_string()),
        }
    }

    fn source(&mut self, files: &[String]) -> Result<String, SnapshotError> {
        match self.file_number(files)? {
            Some(i) => Ok(format!("{}:{}", files[i], self.varint()?)),
            None => Ok(self.str()?.to_string()),
        }
    }

    fn date(&mut self) -> Result<Option<NaiveDate>, SnapshotError> {
        let at = self.pos;
        let v = self.varint()?;
        if v == 0 {
            return Ok(None);
        }
        let z = v - 1;
        let days = ((z >> 1) as i64) ^ -((z & 1) as i64);
        i32::try_from(days)
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .map(Some)
            .ok_or_else(|| self.invalid(at, format!("day {days} is no date")))
    }

    fn actor_code(&mut self) -> Result<ActorCode, SnapshotError> {
        let at = self.pos;
        let s = self.str()?;
        ActorCode::new(s).map_err(|e| self.invalid(at, e.to_string()))
    }

    fn opt_str(&mut self, present: bool) -> Result<Option<String>, SnapshotError> {
        Ok(if present {
            Some(self.str()?.to_string())
        } else {
            None
        })
    }

    fn entry(&mut self, files: &[String]) -> Result<Entry, SnapshotError> {
        let at = self.pos;
        let kind = *EntryKind::ALL
            .get(self.u8()? as usize)
            .ok_or_else(|| self.invalid(at, "unknown entry kind".into()))?;
        let flags = self.u8()?;
        let name = self.str()?.to_string();
        let with_name = self.u8()? == 1;
        let n = self.count()?;
        let mut aliases = Vec::with_capacity(n + usize::from(with_name));
        if with_name {
            aliases.push(name.clone());
        }
        for _ in 0..n {
            aliases.push(self.str()?.to_string());
        }
        let country = self.opt_str(flags & HAS_COUNTRY != 0)?;
        let n = self.count()?;
        let mut codes = Vec::with_capacity(n);
        for _ in 0..n {
            codes.push(DatedCode {
                code: self.actor_code()?,
                from: self.date()?,
                to: self.date()?,
            });
        }
        let role = if flags & HAS_ROLE != 0 {
            let code = self.actor_code()?;
            let place = if self.u8()? == 1 {
                RolePlace::BeforeCountry
            } else {
                RolePlace::AfterCountry
            };
            Some(AgentRole { code, place })
        } else {
            None
        };
        let place = if flags & HAS_PLACE != 0 {
            let pf = self.u8()?;
            let geonames_id = if pf & HAS_GEONAMES != 0 {
                let at = self.pos;
                let g = self.varint()?;
                Some(u32::try_from(g).map_err(|_| self.invalid(at, "geonames id too big".into()))?)
            } else {
                None
            };
            let population = if pf & HAS_POPULATION != 0 {
                Some(self.varint()?)
            } else {
                None
            };
            let lat = if pf & HAS_LAT != 0 {
                Some(f64::from_le_bytes(self.fixed()?))
            } else {
                None
            };
            let lon = if pf & HAS_LON != 0 {
                Some(f64::from_le_bytes(self.fixed()?))
            } else {
                None
            };
            let admin1 = self.opt_str(pf & HAS_ADMIN1 != 0)?;
            Some(PlaceInfo {
                geonames_id,
                population,
                lat,
                lon,
                admin1,
            })
        } else {
            None
        };
        let prior = f32::from_le_bytes(self.fixed()?);
        let note = self.opt_str(flags & HAS_NOTE != 0)?;
        let source = self.source(files)?;
        Ok(Entry {
            kind,
            name,
            aliases,
            country,
            codes,
            role,
            head_of_state: flags & HEAD_OF_STATE != 0,
            place,
            prior,
            note,
            source,
        })
    }

    fn case_rule(&mut self) -> Result<CaseRule, SnapshotError> {
        let at = self.pos;
        match self.u8()? {
            0 => Ok(CaseRule::Any),
            1 => Ok(CaseRule::Acronym),
            2 => Ok(CaseRule::Capitals(self.varint()?)),
            t => Err(self.invalid(at, format!("unknown case rule {t}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_sees_every_byte_and_the_length() {
        let a = content_hash(b"person\tPaul Kagame\tKagame\n");
        assert_eq!(a, content_hash(b"person\tPaul Kagame\tKagame\n"));
        assert_ne!(a, content_hash(b"person\tPaul Kagame\tKagamE\n"));
        assert_ne!(content_hash(b"abc"), content_hash(b"abc\0"));
    }

    #[test]
    fn varints_and_dates_round_trip() {
        let mut w = Writer::default();
        for v in [0, 1, 127, 128, 300, u64::MAX] {
            w.varint(v);
        }
        let d = NaiveDate::from_ymd_opt(2019, 5, 12);
        w.date(d);
        w.date(None);
        w.date(NaiveDate::from_ymd_opt(-44, 3, 15));
        let mut r = Reader::new(&w.out);
        for v in [0, 1, 127, 128, 300, u64::MAX] {
            assert_eq!(r.varint().unwrap(), v);
        }
        assert_eq!(r.date().unwrap(), d);
        assert_eq!(r.date().unwrap(), None);
        assert_eq!(r.date().unwrap(), NaiveDate::from_ymd_opt(-44, 3, 15));
        assert_eq!(
            r.varint(),
            Err(SnapshotError::Truncated { at: w.out.len() })
        );
    }

    /// A snapshot cut short anywhere, even with a checksum that holds, is an error: every read
    /// is bounds-checked.
    #[test]
    fn a_snapshot_cut_anywhere_is_an_error_not_a_panic() {
        let text = "person\tMike Pompeo\tPompeo\tUSAGOV@2018-04-26..2021-01-20|USA\tUSA\t\t\t\t\t\t\tCIA\n\
                    city\tMoscow\tMoskva\t\tRUS\t524901\t10381222\t55.75\t37.61\t48\n\
                    agent\tpresident\tpresidents\t!~GOV\n";
        let (entries, problems) = crate::tsv::parse("kb/mini.tsv", text);
        let files = vec!["kb/mini.tsv".to_string()];
        let sources = [Source::of_bytes("mini.tsv", text.as_bytes())];
        let rules = [(EntryId(0), CaseRule::Capitals(1))];
        let keys = [("pompeo", &rules[..])];
        let bytes = encode(&sources, &files, &problems, &entries, &keys);
        let whole = decode(&bytes, Path::new("kb")).unwrap();
        assert_eq!(whole.entries, entries);
        assert_eq!(whole.keys, [("pompeo".to_string(), rules.to_vec())]);
        for cut in 0..bytes.len() - 8 {
            let mut short = bytes[..cut].to_vec();
            let sum = content_hash(&short);
            short.extend_from_slice(&sum.to_le_bytes());
            assert!(decode(&short, Path::new("kb")).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn a_damaged_count_is_refused_before_allocating() {
        let mut w = Writer::default();
        w.varint(u64::MAX >> 1);
        let mut r = Reader::new(&w.out);
        assert!(matches!(r.count(), Err(SnapshotError::Invalid { .. })));
    }
}
