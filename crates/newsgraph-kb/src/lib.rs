//! The knowledge base: who is who, where is where, and which actor code each name carries at a
//! given date.
//!
//! Use it in three steps:
//! 1. [`Kb::load`] the compiled files in `data/kb/` (built by `scripts/kb/build.sh`; read from
//!    their [`snapshot`] when it is current), then [`Kb::add_dictionary`] any user or PETRARCH
//!    dictionaries.
//! 2. [`Kb::find`] every name in a sentence's tokens: each [`KbMatch`] is a token range with its
//!    candidate entries (a country, a city, an organisation, an agent noun...). Matches overlap
//!    ("Russian Foreign Minister" holds "Russian" and "Foreign Minister"); [`Kb::find_longest`]
//!    keeps the leftmost longest ones. The entity stage decides among candidates from context.
//! 3. [`Kb::actor_at`] gives an entry's actor code at the article's date; agent nouns give a
//!    role instead ([`Entry::role`], applied to a country with [`AgentRole::apply`]).
//!
//! **Invariant:** the knowledge base is read-only once built; lookups are pure functions of the
//! data and the article date. Names and text are reduced to keys by one function
//! ([`normalize::Key`]), so a name always finds its own text.

pub mod codebook;
pub mod codes;
pub mod entry;
pub mod normalize;
pub mod petrarch;
pub mod petrarch_verbs;
pub mod snapshot;
pub mod tsv;

pub use chrono::NaiveDate;
pub use codes::{ActorCode, CameoCode, CodeError};
pub use entry::{
    AgentRole, DatedCode, Entry, EntryId, EntryKind, PlaceInfo, RoleModifier, RolePlace,
};
pub use normalize::{CaseRule, Key};
pub use snapshot::SnapshotError;
pub use tsv::LineProblem;

use newsgraph_text::Token;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

#[derive(Debug, thiserror::Error)]
pub enum KbError {
    #[error(
        "cannot read the knowledge base directory {path}: {source}; build it with scripts/kb/build.sh or point NEWSGRAPH_DATA at a data directory that has kb/"
    )]
    Directory {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read dictionary {path}: {source}; check the path and its permissions")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is not a knowledge-base dictionary: use a .tsv or .csv file (docs/dictionaries.md) or a PETRARCH *.actors.txt / *.agents.txt file"
    )]
    UnknownFormat { path: PathBuf },
    #[error("cannot build the name index: {0}")]
    Index(String),
    #[error(
        "{path} is not a usable knowledge-base snapshot: {problem}; rebuild it with `newsgraph kb compile` (scripts/kb/build.sh runs it), or delete it to load the TSV files"
    )]
    Snapshot {
        path: PathBuf,
        problem: SnapshotError,
    },
    #[error(
        "cannot write the knowledge-base snapshot {path}: {source}; check that its directory is writable"
    )]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Where a [`Kb`] was loaded from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Origin {
    /// Built in code with [`Kb::new`] and dictionaries.
    #[default]
    Built,
    /// The compiled snapshot of a knowledge-base directory.
    Snapshot(PathBuf),
    /// The TSV files of a knowledge-base directory; `snapshot` says why no snapshot was used.
    Tsv { snapshot: String },
}

/// What [`Kb::compile`] wrote.
#[derive(Debug, Clone)]
pub struct CompileReport {
    pub path: PathBuf,
    pub bytes: usize,
    pub entries: usize,
    pub keys: usize,
}

/// The format of a dictionary file, as [`Kb::add_dictionary`] detects it from the file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictionaryFormat {
    /// The knowledge-base TSV format (`*.tsv`).
    Tsv,
    /// The same columns as CSV (`*.csv`).
    Csv,
    /// A PETRARCH actor dictionary (`*.actors.txt`, or any other `.txt` not named agents).
    PetrarchActors,
    /// A PETRARCH agent dictionary (`*agents*.txt`).
    PetrarchAgents,
}

impl DictionaryFormat {
    pub fn of_path(path: &Path) -> Option<DictionaryFormat> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".tsv") {
            Some(DictionaryFormat::Tsv)
        } else if name.ends_with(".csv") {
            Some(DictionaryFormat::Csv)
        } else if name.ends_with(".txt") && name.contains("agents") {
            Some(DictionaryFormat::PetrarchAgents)
        } else if name.ends_with(".txt") {
            Some(DictionaryFormat::PetrarchActors)
        } else {
            None
        }
    }
}

/// What one dictionary file added, and the lines it could not read.
#[derive(Debug, Clone)]
pub struct DictionaryReport {
    pub path: PathBuf,
    pub format: DictionaryFormat,
    pub entries: usize,
    pub problems: Vec<LineProblem>,
}

/// One name found in text: a token range and the entries it may be.
#[derive(Debug, Clone, PartialEq)]
pub struct KbMatch {
    /// Indices into the token slice given to [`Kb::find`].
    pub tokens: Range<usize>,
    /// Byte range in the text given to [`Kb::find`].
    pub start: usize,
    pub end: usize,
    /// Every entry this name may be, those with the highest prior first.
    pub candidates: Vec<EntryId>,
}

/// An entry resolved at a date: what [`Kb::lookup`] returns.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved<'kb> {
    pub id: EntryId,
    pub entry: &'kb Entry,
    /// The actor code at the date; `None` for agent nouns (see `entry.role`) and uncoded names.
    pub actor: Option<ActorCode>,
}

/// Entry counts by kind.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KbStats {
    pub by_kind: Vec<(EntryKind, usize)>,
    pub entries: usize,
    pub aliases: usize,
    /// Distinct match keys in the index.
    pub keys: usize,
}

struct Index {
    /// The longest key, in bytes: no match is tried beyond it.
    max_len: usize,
    /// Key text → position in `candidates`.
    keys: HashMap<String, u32, KeyHash>,
    candidates: Vec<Vec<(EntryId, CaseRule)>>,
}

/// The knowledge base. Cheap to share across threads (`&Kb` is `Sync`).
#[derive(Default)]
pub struct Kb {
    entries: Vec<Entry>,
    problems: Vec<LineProblem>,
    index: OnceLock<Result<Index, String>>,
    origin: Origin,
    /// First words of the named persons' names, lowercased, built on first use.
    given_names: OnceLock<HashSet<String>>,
    /// Last words of the named persons' names, lowercased, to their entries; built on first use.
    surnames: OnceLock<HashMap<String, Vec<EntryId>>>,
}

impl std::fmt::Debug for Kb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kb")
            .field("entries", &self.entries.len())
            .finish()
    }
}

impl Kb {
    /// An empty knowledge base, to fill with [`Kb::add_entries`] or [`Kb::add_dictionary`].
    pub fn new() -> Kb {
        Kb::default()
    }

    /// Loads a compiled knowledge-base directory (`data/kb`): from its snapshot
    /// ([`snapshot::FILE_NAME`]) when that records exactly the directory's current `*.tsv` files,
    /// else from the TSV files themselves ([`Kb::load_tsv`]); [`Kb::origin`] says which, and why.
    /// Malformed lines are kept in [`Kb::problems`]. An unreadable directory is an error, and so is
    /// a damaged snapshot (it is named, with the command that rebuilds it).
    pub fn load(dir: &Path) -> Result<Kb, KbError> {
        let files = tsv_files(dir)?;
        let path = dir.join(snapshot::FILE_NAME);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Kb::from_tsv(&files, format!("{} is absent", path.display()));
            }
            Err(source) => return Err(KbError::Read { path, source }),
        };
        let corrupt = |problem| KbError::Snapshot {
            path: path.clone(),
            problem,
        };
        let stale = |why: &str| {
            format!(
                "{} is out of date ({why}): `newsgraph kb compile` rebuilds it",
                path.display()
            )
        };
        let Some(recorded) = snapshot::read_sources(&bytes).map_err(corrupt)? else {
            return Kb::from_tsv(&files, stale("another format"));
        };
        let mut current = Vec::with_capacity(files.len());
        for f in &files {
            let text = std::fs::read(f).map_err(|source| KbError::Read {
                path: f.clone(),
                source,
            })?;
            current.push(snapshot::Source::of_bytes(&file_name(f), &text));
        }
        if current != recorded {
            return Kb::from_tsv(&files, stale("the TSV files changed since it was compiled"));
        }
        let contents = snapshot::decode(&bytes, dir).map_err(corrupt)?;
        let index = Index::from_keys(contents.keys)
            .map_err(|what| corrupt(SnapshotError::Invalid { at: 0, what }))?;
        let kb = Kb {
            entries: contents.entries,
            problems: contents.problems,
            index: OnceLock::from(Ok(index)),
            origin: Origin::Snapshot(path.clone()),
            given_names: OnceLock::new(),
            surnames: OnceLock::new(),
        };
        if !kb.keys_still_match() {
            return Kb::from_tsv(
                &files,
                stale("names are reduced to match keys differently since it was compiled"),
            );
        }
        Ok(kb)
    }

    /// Loads every `*.tsv` file of a knowledge-base directory, in name order, ignoring any
    /// snapshot. Malformed lines are kept in [`Kb::problems`]; only an unreadable directory or
    /// file is an error.
    pub fn load_tsv(dir: &Path) -> Result<Kb, KbError> {
        Kb::from_tsv(&tsv_files(dir)?, "the TSV files were asked for".into())
    }

    fn from_tsv(files: &[PathBuf], why_not_snapshot: String) -> Result<Kb, KbError> {
        let mut kb = Kb::new();
        for f in files {
            kb.add_dictionary(f)?;
        }
        // Build the index now so the first sentence does not pay for it.
        kb.index();
        kb.origin = Origin::Tsv {
            snapshot: why_not_snapshot,
        };
        Ok(kb)
    }

    /// Compiles the `*.tsv` files of a knowledge-base directory into its snapshot
    /// (`dir/kb.snapshot`), which later [`Kb::load`]s read instead. Written to a temporary file
    /// and renamed, so a reader never sees half a snapshot.
    pub fn compile(dir: &Path) -> Result<CompileReport, KbError> {
        let files = tsv_files(dir)?;
        let mut sources = Vec::with_capacity(files.len());
        for f in &files {
            let text = std::fs::read(f).map_err(|source| KbError::Read {
                path: f.clone(),
                source,
            })?;
            sources.push(snapshot::Source::of_bytes(&file_name(f), &text));
        }
        let kb = Kb::from_tsv(&files, String::new())?;
        kb.check_index()?;
        let index = kb
            .index()
            .ok_or_else(|| KbError::Index("no index".into()))?;
        let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        let bytes = snapshot::encode(
            &sources,
            &names,
            &kb.problems,
            &kb.entries,
            &index.keys_in_order(),
        );
        let path = dir.join(snapshot::FILE_NAME);
        let partial = dir.join(format!("{}.partial", snapshot::FILE_NAME));
        let write_err = |source| KbError::Write {
            path: path.clone(),
            source,
        };
        std::fs::write(&partial, &bytes).map_err(write_err)?;
        std::fs::rename(&partial, &path).map_err(write_err)?;
        Ok(CompileReport {
            path,
            bytes: bytes.len(),
            entries: kb.entries.len(),
            keys: index.keys.len(),
        })
    }

    /// Where this knowledge base was loaded from (the snapshot, or the TSV files and why).
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// Whether the index of a snapshot agrees with today's [`Key`] on a sample of names: a change
    /// of the tokenizer or of the key rules makes an old snapshot stale even when the TSV files
    /// did not change.
    fn keys_still_match(&self) -> bool {
        let Some(index) = self.index() else {
            return false;
        };
        (0..self.entries.len()).step_by(97).all(|i| {
            self.entries[i].aliases.iter().all(|alias| {
                let key = Key::of_text(alias);
                !key.is_name()
                    || index.keys.get(key.text.as_str()).is_some_and(|&p| {
                        index.candidates[p as usize]
                            .iter()
                            .any(|(id, rule)| id.0 as usize == i && *rule == CaseRule::of_key(&key))
                    })
            })
        })
    }

    /// Adds a dictionary file: KB TSV (`.tsv`), PETRARCH actors or PETRARCH agents, detected from
    /// the file name ([`DictionaryFormat::of_path`]). Repeatable; later files add to earlier ones.
    /// A malformed entry is reported in the returned report (and [`Kb::problems`]) with its file
    /// and line, and loading goes on.
    pub fn add_dictionary(&mut self, path: &Path) -> Result<DictionaryReport, KbError> {
        let format = DictionaryFormat::of_path(path).ok_or_else(|| KbError::UnknownFormat {
            path: path.to_path_buf(),
        })?;
        let bytes = std::fs::read(path).map_err(|source| KbError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        // PETRARCH files are mostly ASCII with a few Latin-1 bytes: read lossily, not fail.
        let text = String::from_utf8_lossy(&bytes);
        let file = path.display().to_string();
        let (entries, problems) = match format {
            DictionaryFormat::Tsv => tsv::parse(&file, &text),
            DictionaryFormat::Csv => tsv::parse_columns(&file, &text, tsv::Columns::Commas),
            DictionaryFormat::PetrarchActors => petrarch::parse_actors(&file, &text),
            DictionaryFormat::PetrarchAgents => petrarch::parse_agents(&file, &text),
        };
        let report = DictionaryReport {
            path: path.to_path_buf(),
            format,
            entries: entries.len(),
            problems: problems.clone(),
        };
        self.add_entries(entries);
        self.problems.extend(problems);
        Ok(report)
    }

    /// Adds entries built in code (tests, fixtures). A built name index is extended with their
    /// names (a user dictionary on top of a loaded knowledge base costs only its own names);
    /// otherwise it is built on next use.
    pub fn add_entries(&mut self, entries: impl IntoIterator<Item = Entry>) {
        let first = self.entries.len();
        self.entries.extend(entries);
        self.given_names = OnceLock::new();
        match self.index.get_mut() {
            Some(Ok(index)) => index.extend(entry_keys(&self.entries[first..], first)),
            _ => self.index = OnceLock::new(),
        }
    }

    /// Every line that could not be read, from every file loaded so far.
    pub fn problems(&self) -> &[LineProblem] {
        &self.problems
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Whether `word` opens the name of a person the knowledge base knows ("Elizabeth",
    /// "Khaled", "Nathan"): a given name, or a surname where it comes first ("Kim", "Park").
    /// Lets the entity stage tell a person's name the tagger typed as something else.
    pub fn is_given_name(&self, word: &str) -> bool {
        let names = self.given_names.get_or_init(|| {
            self.entries
                .iter()
                .filter(|e| e.kind == EntryKind::Person)
                .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
                .filter(|n| n.split_whitespace().count() >= 2)
                .filter_map(|n| n.split_whitespace().next())
                .map(str::to_lowercase)
                .collect()
        });
        names.contains(&word.to_lowercase())
    }

    /// The people whose name (or an alias of two words or more) ends with `word`: "Trump" gives
    /// Donald Trump and whoever else the knowledge base knows by that surname. The knowledge base
    /// gives no bare-surname alias to a surname that is also a common word; the entity stage
    /// asks this only where the article's own title narrows the candidates to one.
    pub fn people_with_surname(&self, word: &str) -> &[EntryId] {
        let index = self.surnames.get_or_init(|| {
            let mut index: HashMap<String, Vec<EntryId>> = HashMap::new();
            for (i, e) in self.entries.iter().enumerate() {
                if e.kind != EntryKind::Person {
                    continue;
                }
                let id = EntryId(i as u32);
                for n in std::iter::once(&e.name).chain(&e.aliases) {
                    if n.split_whitespace().count() < 2 {
                        continue;
                    }
                    if let Some(last) = n.split_whitespace().last() {
                        let ids = index.entry(last.to_lowercase()).or_default();
                        if !ids.contains(&id) {
                            ids.push(id);
                        }
                    }
                }
            }
            index
        });
        index.get(&word.to_lowercase()).map_or(&[], Vec::as_slice)
    }

    /// The entry `id` names. Ids come from this `Kb`'s own matches and lookups.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    /// The actor code of entry `id` at `date`: its bounded code that covers the date, else its
    /// default code, else the bare code of its country (a city stands for its country). Agent
    /// nouns have none: they carry a role.
    pub fn actor_at(&self, id: EntryId, date: NaiveDate) -> Option<ActorCode> {
        let e = self.entries.get(id.0 as usize)?;
        if let Some(c) = e.actor_at(date) {
            return Some(c.clone());
        }
        if e.kind == EntryKind::Agent {
            return None;
        }
        e.country.as_deref().and_then(|c| ActorCode::new(c).ok())
    }

    /// Every entry one of whose names is `name` (compared as match keys, so case, dots and
    /// diacritics don't matter), each with its actor code at `date`.
    pub fn lookup(&self, name: &str, date: NaiveDate) -> Vec<Resolved<'_>> {
        let key = Key::of_text(name);
        let Some(index) = self.index() else {
            return Vec::new();
        };
        let Some(&p) = index.keys.get(key.text.as_str()) else {
            return Vec::new();
        };
        let mut ids: Vec<EntryId> = index.candidates[p as usize].iter().map(|c| c.0).collect();
        ids.dedup();
        ids.into_iter()
            .map(|id| Resolved {
                id,
                entry: self.entry(id),
                actor: self.actor_at(id, date),
            })
            .collect()
    }

    /// Every knowledge-base name in `tokens` (byte ranges into `text`, e.g. one sentence of a
    /// `Doc`), overlapping matches included, in token order (longer first at the same start).
    /// A match must start and end on token boundaries and show the case its name needs ("us" is
    /// not the US, "nice" is not Nice).
    pub fn find(&self, text: &str, tokens: &[Token]) -> Vec<KbMatch> {
        let Some(index) = self.index() else {
            return Vec::new();
        };
        let key = Key::build(text, tokens);
        let ends = key.end_positions();
        let mut out = Vec::new();
        // Every token-aligned span up to the longest name is looked up: a few hundred hash
        // probes for a sentence, and no automaton to build at load time.
        for s in key.start_positions() {
            let Some(first) = key.token_starting(s) else {
                continue;
            };
            let from = ends.partition_point(|&e| e <= s);
            for &e in &ends[from..] {
                if e - s > index.max_len {
                    break;
                }
                let Some(&p) = key.text.get(s..e).and_then(|k| index.keys.get(k)) else {
                    continue;
                };
                let Some(last) = key.token_ending(e) else {
                    continue;
                };
                let mut candidates: Vec<EntryId> = index.candidates[p as usize]
                    .iter()
                    .filter(|(_, rule)| rule.allows(&key, s, e))
                    .map(|(id, _)| *id)
                    .collect();
                if candidates.is_empty() {
                    continue;
                }
                candidates.dedup();
                candidates.sort_by(|a, b| self.entry(*b).prior.total_cmp(&self.entry(*a).prior));
                out.push(KbMatch {
                    tokens: first..last + 1,
                    start: tokens[first].start,
                    end: tokens[last].end,
                    candidates,
                });
            }
        }
        out.sort_by_key(|m| (m.tokens.start, std::cmp::Reverse(m.tokens.end)));
        out
    }

    /// The leftmost longest matches of [`Kb::find`], none overlapping another.
    pub fn find_longest(&self, text: &str, tokens: &[Token]) -> Vec<KbMatch> {
        let mut out: Vec<KbMatch> = Vec::new();
        for m in self.find(text, tokens) {
            if out.last().is_none_or(|l| m.tokens.start >= l.tokens.end) {
                out.push(m);
            }
        }
        out
    }

    /// Whether `name` (the text of a match of entry `id`) names a person by one word of a longer
    /// name only: a bare surname ("Kagame" for Paul Kagame). One word is weak evidence (it may be
    /// someone else of that name): the entity stage should link it only to a person named in full
    /// earlier in the article, or with a title ("President Kagame").
    pub fn is_partial_name(&self, id: EntryId, name: &str) -> bool {
        let Some(e) = self.entries.get(id.0 as usize) else {
            return false;
        };
        let words = |s: &str| Key::of_text(s).text.split(' ').count();
        e.kind == EntryKind::Person && words(name) == 1 && words(&e.name) > 1
    }

    /// Entry counts by kind, aliases and distinct match keys.
    pub fn stats(&self) -> KbStats {
        let mut counts: HashMap<EntryKind, usize> = HashMap::new();
        for e in &self.entries {
            *counts.entry(e.kind).or_default() += 1;
        }
        KbStats {
            by_kind: EntryKind::ALL
                .into_iter()
                .map(|k| (k, counts.get(&k).copied().unwrap_or(0)))
                .collect(),
            entries: self.entries.len(),
            aliases: self.entries.iter().map(|e| e.aliases.len()).sum(),
            keys: self.index().map_or(0, |i| i.keys.len()),
        }
    }

    /// Whether the name index could be built; its error otherwise.
    pub fn check_index(&self) -> Result<(), KbError> {
        match self.index.get_or_init(|| build_index(&self.entries)) {
            Ok(_) => Ok(()),
            Err(e) => Err(KbError::Index(e.clone())),
        }
    }

    fn index(&self) -> Option<&Index> {
        self.index
            .get_or_init(|| build_index(&self.entries))
            .as_ref()
            .ok()
    }
}

/// The hash of the name index: a multiply-rotate hash over eight bytes at a time, several times
/// faster than the default SipHash on short keys. Collision attacks need control of the keys,
/// which come from the knowledge base, not from the articles that are looked up.
#[derive(Clone, Copy, Default)]
struct KeyHash;

impl std::hash::BuildHasher for KeyHash {
    type Hasher = KeyHasher;
    fn build_hasher(&self) -> KeyHasher {
        KeyHasher(0)
    }
}

#[derive(Default)]
struct KeyHasher(u64);

impl KeyHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7C_C1_B7_27_22_0A_95);
    }
}

impl std::hash::Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut a = [0u8; 8];
            a.copy_from_slice(w);
            self.add(u64::from_le_bytes(a));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut a = [0u8; 8];
            a[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(a));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        // A product's high bits depend on every input bit, its low bits only on low ones; the
        // table indexes buckets by the low bits: fold the high bits down.
        self.0 ^ (self.0 >> 29)
    }
}

/// The `*.tsv` files of a knowledge-base directory, in name order.
fn tsv_files(dir: &Path) -> Result<Vec<PathBuf>, KbError> {
    let err = |source| KbError::Directory {
        path: dir.to_path_buf(),
        source,
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(err)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    Ok(files)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Index {
    fn extend(&mut self, keys: Vec<(String, EntryId, CaseRule)>) {
        for (text, id, rule) in keys {
            let next = self.candidates.len() as u32;
            let len = text.len();
            let p = *self.keys.entry(text).or_insert(next);
            if p == next {
                self.candidates.push(Vec::new());
                self.max_len = self.max_len.max(len);
            }
            let list = &mut self.candidates[p as usize];
            if !list.contains(&(id, rule)) {
                list.push((id, rule));
            }
        }
    }

    /// Every key with its candidates, in the order of `candidates`.
    fn keys_in_order(&self) -> Vec<(&str, &[(EntryId, CaseRule)])> {
        let mut texts = vec![""; self.candidates.len()];
        for (k, &p) in &self.keys {
            texts[p as usize] = k;
        }
        texts
            .into_iter()
            .zip(self.candidates.iter().map(Vec::as_slice))
            .collect()
    }

    /// The index of keys read back in order; a repeated key is an error.
    fn from_keys(keys: Vec<(String, Vec<(EntryId, CaseRule)>)>) -> Result<Index, String> {
        let mut index = Index {
            max_len: 0,
            keys: HashMap::with_capacity_and_hasher(keys.len(), KeyHash),
            candidates: Vec::with_capacity(keys.len()),
        };
        for (text, list) in keys {
            index.max_len = index.max_len.max(text.len());
            let p = index.candidates.len() as u32;
            if index.keys.insert(text, p).is_some() {
                return Err(format!("key number {p} appears twice"));
            }
            index.candidates.push(list);
        }
        Ok(index)
    }
}

/// The keys of `entries` (numbered from `first`), with the case rule of each name.
fn entry_keys(entries: &[Entry], first: usize) -> Vec<(String, EntryId, CaseRule)> {
    let mut out = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let id = EntryId((first + i) as u32);
        for alias in &e.aliases {
            let key = Key::of_text(alias);
            if key.is_name() {
                let rule = CaseRule::of_key(&key);
                out.push((key.text, id, rule));
            }
        }
    }
    out
}

fn build_index(entries: &[Entry]) -> Result<Index, String> {
    // Reducing names to keys is most of the load time: spread it over the cores.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let chunk = entries.len().div_ceil(threads).max(1);
    let parts: Vec<Vec<(String, EntryId, CaseRule)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = entries
            .chunks(chunk)
            .enumerate()
            .map(|(n, part)| scope.spawn(move || entry_keys(part, n * chunk)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let total: usize = parts.iter().map(Vec::len).sum();
    let mut index = Index {
        max_len: 0,
        keys: HashMap::with_capacity_and_hasher(total, KeyHash),
        candidates: Vec::with_capacity(total),
    };
    for part in parts {
        index.extend(part);
    }
    Ok(index)
}
