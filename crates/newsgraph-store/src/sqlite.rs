//! The embedded SQLite backend: one file, WAL mode, a versioned schema with migrations, FTS5 over
//! articles and quotes.
//!
//! **Invariant:** rows are written in the order entries arrive and keyed by the article id, so the
//! same entries in the same order give the same database file contents (row ids included),
//! whether they arrive in one run or in a run that was killed and resumed; an article already
//! stored is never touched again.

use crate::{
    ActorActivity, BatchOutcome, Entry, EventQuery, EventRow, Ingested, Party, SearchHit, Store,
    StoreError, StoreStats, StoredArticle,
};
use newsgraph_extract::record::{Event, Participant};
use newsgraph_ingest::dedup::{Fingerprint, NEAR_DUPLICATE};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, params, params_from_iter};
use std::path::Path;

/// Schema migrations, in order; `PRAGMA user_version` holds how many have run.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    pub_date TEXT,
    url TEXT,
    source TEXT,
    language TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    minhash BLOB NOT NULL,
    story TEXT NOT NULL,
    duplicate TEXT,
    tone REAL, positive REAL, negative REAL, polarity REAL,
    activity_density REAL, self_group_density REAL, word_count INTEGER,
    record TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_date ON articles(pub_date);
CREATE TABLE lsh (
    bucket INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid),
    PRIMARY KEY (bucket, article)
) WITHOUT ROWID;
CREATE TABLE entities (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    actor TEXT,
    country TEXT,
    kb_id TEXT,
    geonames_id INTEGER,
    lat REAL,
    lon REAL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article, entity_id)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor);
CREATE TABLE events (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid),
    event_id TEXT NOT NULL,
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    date TEXT,
    date_source TEXT NOT NULL,
    modality TEXT NOT NULL,
    confidence REAL NOT NULL,
    place TEXT,
    country TEXT,
    geonames_id INTEGER,
    lat REAL,
    lon REAL,
    sentence INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    rule TEXT NOT NULL,
    UNIQUE (article, event_id)
);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_date ON events(date);
CREATE TABLE event_parties (
    event INTEGER NOT NULL REFERENCES events(rowid),
    role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    entity_id TEXT,
    text TEXT NOT NULL,
    code TEXT,
    inferred INTEGER NOT NULL,
    PRIMARY KEY (event, role, position)
) WITHOUT ROWID;
CREATE INDEX event_parties_code ON event_parties(code);
CREATE TABLE event_mentions (
    event INTEGER NOT NULL REFERENCES events(rowid),
    position INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (event, position)
) WITHOUT ROWID;
CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_entity TEXT,
    speaker_actor TEXT,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    UNIQUE (article, position)
);
CREATE TABLE skipped (
    article_id TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    language TEXT
) WITHOUT ROWID;
CREATE TABLE input_errors (message TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content='quotes', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE VIEW stories AS
    SELECT story, count(*) AS articles, count(DISTINCT source) AS sources,
           min(pub_date) AS first_date, max(pub_date) AS last_date
    FROM articles GROUP BY story;
"#];

/// An event store in one SQLite file.
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens (creating if needed) a database and brings its schema up to date.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let name = path.display().to_string();
        let open_err = |source| StoreError::Open {
            path: name.clone(),
            source,
        };
        let mut conn = Connection::open(path).map_err(open_err)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        // NORMAL in WAL mode loses at most the last transactions on power loss, never
        // consistency; a resumed ingest redoes them.
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(open_err)?;
        migrate(&mut conn, &name)?;
        Ok(SqliteStore { conn })
    }

    /// Opens an existing database for reading only (queries, exports, a second reader during
    /// ingest).
    pub fn open_read_only(path: &Path) -> Result<SqliteStore, StoreError> {
        let name = path.display().to_string();
        let open_err = |source| StoreError::Open {
            path: name.clone(),
            source,
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(open_err)?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(open_err)?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::NewerSchema {
                path: name,
                found: version,
                known,
            });
        }
        if version < known {
            return Err(open_err(rusqlite::Error::InvalidQuery));
        }
        Ok(SqliteStore { conn })
    }

    /// Every row of every table, as text, in key order: two stores with equal dumps hold the
    /// same data. The full-text indexes' own tables are left out: FTS5 lays its index out by the
    /// order and size of the transactions that filled it, so two stores with the same rows may
    /// differ there (search results do not). For comparing runs, not for backups.
    pub fn dump(&self) -> Result<String, StoreError> {
        let mut out = String::new();
        let tables: Vec<(String, String)> = self
            .conn
            .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                ))
            })?
            .collect::<Result<_, _>>()?;
        let indexes: Vec<String> = tables
            .iter()
            .filter(|(_, sql)| sql.starts_with("CREATE VIRTUAL"))
            .map(|(name, _)| format!("{name}_"))
            .collect();
        for (name, sql) in tables {
            let index_table = indexes
                .iter()
                .any(|prefix| name.starts_with(prefix.as_str()));
            if sql.starts_with("CREATE VIRTUAL") || index_table {
                continue;
            }
            let quoted = name.replace('"', "\"\"");
            let with_rowid = self
                .conn
                .prepare(&format!("SELECT rowid, * FROM \"{quoted}\" ORDER BY rowid"));
            let mut stmt = match with_rowid {
                Ok(s) => s,
                // WITHOUT ROWID tables are scanned in primary-key order.
                Err(_) => self.conn.prepare(&format!("SELECT * FROM \"{quoted}\""))?,
            };
            let columns = stmt.column_count();
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let cells: Vec<String> = (0..columns)
                    .map(|i| match r.get_ref(i) {
                        Ok(rusqlite::types::ValueRef::Null) => "NULL".to_string(),
                        Ok(rusqlite::types::ValueRef::Integer(v)) => v.to_string(),
                        Ok(rusqlite::types::ValueRef::Real(v)) => v.to_string(),
                        Ok(rusqlite::types::ValueRef::Text(t)) => {
                            format!("{:?}", String::from_utf8_lossy(t))
                        }
                        Ok(rusqlite::types::ValueRef::Blob(b)) => {
                            b.iter().map(|x| format!("{x:02x}")).collect()
                        }
                        Err(e) => format!("<{e}>"),
                    })
                    .collect();
                out.push_str(&name);
                out.push('\t');
                out.push_str(&cells.join("\t"));
                out.push('\n');
            }
        }
        Ok(out)
    }

    /// The schema version this build writes.
    pub fn schema_version() -> i64 {
        MIGRATIONS.len() as i64
    }
}

fn migrate(conn: &mut Connection, name: &str) -> Result<(), StoreError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let known = MIGRATIONS.len() as i64;
    if version > known {
        return Err(StoreError::NewerSchema {
            path: name.to_string(),
            found: version,
            known,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

fn minhash_blob(minhash: &[u32]) -> Vec<u8> {
    minhash.iter().flat_map(|v| v.to_le_bytes()).collect()
}

fn minhash_from_blob(blob: &[u8]) -> Vec<u32> {
    blob.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// The story an article belongs to: that of an exact copy, else that of the most similar near
/// duplicate (earliest stored on ties), else its own.
fn find_story(
    tx: &Transaction,
    fingerprint: &Fingerprint,
) -> Result<Option<(String, &'static str)>, StoreError> {
    let exact: Option<String> = tx
        .prepare_cached(
            "SELECT story FROM articles WHERE content_hash = ?1 ORDER BY rowid LIMIT 1",
        )?
        .query_row([&fingerprint.content_hash], |r| r.get(0))
        .optional()?;
    if let Some(story) = exact {
        return Ok(Some((story, "exact")));
    }
    let bands = fingerprint.bands();
    let placeholders = vec!["?"; bands.len()].join(",");
    let sql = format!(
        "SELECT a.rowid, a.story, a.minhash FROM articles a WHERE a.rowid IN \
         (SELECT DISTINCT article FROM lsh WHERE bucket IN ({placeholders})) ORDER BY a.rowid"
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let mut rows = stmt.query(params_from_iter(bands.iter()))?;
    let mut best: Option<(f64, String)> = None;
    while let Some(row) = rows.next()? {
        let story: String = row.get(1)?;
        let blob: Vec<u8> = row.get(2)?;
        let sim = fingerprint.similarity(&minhash_from_blob(&blob));
        if sim >= NEAR_DUPLICATE && best.as_ref().is_none_or(|(b, _)| sim > *b) {
            best = Some((sim, story));
        }
    }
    Ok(best.map(|(_, story)| (story, "near")))
}

fn put_article(tx: &Transaction, ing: &Ingested, out: &mut BatchOutcome) -> Result<(), StoreError> {
    let r = &ing.record;
    let a = &r.article;
    let known: Option<i64> = tx
        .prepare_cached("SELECT rowid FROM articles WHERE id = ?1")?
        .query_row([&a.id], |row| row.get(0))
        .optional()?;
    if known.is_some() {
        out.already_stored += 1;
        return Ok(());
    }
    let (story, duplicate) = match find_story(tx, &ing.fingerprint)? {
        Some((story, kind)) => {
            if kind == "exact" {
                out.exact_duplicates += 1;
            } else {
                out.near_duplicates += 1;
            }
            (story, Some(kind))
        }
        None => (a.id.clone(), None),
    };
    let record_json = serde_json::to_string(r).map_err(|source| StoreError::Record {
        article: a.id.clone(),
        source,
    })?;
    let published = a.published.map(|p| p.to_string());
    let pub_date = a.published.map(|p| p.date().format("%Y-%m-%d").to_string());
    tx.prepare_cached(
        "INSERT INTO articles (id, title, published, pub_date, url, source, language, text, \
         content_hash, minhash, story, duplicate, tone, positive, negative, polarity, \
         activity_density, self_group_density, word_count, record) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    )?
    .execute(params![
        a.id,
        a.title,
        published,
        pub_date,
        a.url,
        a.source,
        a.language,
        a.text,
        ing.fingerprint.content_hash,
        minhash_blob(&ing.fingerprint.minhash),
        story,
        duplicate,
        r.tone.tone,
        r.tone.positive,
        r.tone.negative,
        r.tone.polarity,
        r.tone.activity_density,
        r.tone.self_group_density,
        r.tone.word_count as i64,
        record_json,
    ])?;
    let article = tx.last_insert_rowid();
    out.articles_added += 1;
    tx.prepare_cached("INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![article, a.title, a.text])?;
    let mut lsh =
        tx.prepare_cached("INSERT OR IGNORE INTO lsh (bucket, article) VALUES (?1, ?2)")?;
    for bucket in ing.fingerprint.bands() {
        lsh.execute(params![bucket, article])?;
    }
    let mut ent = tx.prepare_cached(
        "INSERT OR IGNORE INTO entities (article, entity_id, type, name, actor, country, kb_id, \
         geonames_id, lat, lon, mentions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for e in &r.entities {
        let kind = serde_json::to_value(e.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        ent.execute(params![
            article,
            e.id,
            kind,
            e.name,
            e.actor.as_ref().map(|c| c.as_str()),
            e.country,
            e.kb_id,
            e.place.as_ref().and_then(|p| p.geonames_id),
            e.place.as_ref().and_then(|p| p.lat),
            e.place.as_ref().and_then(|p| p.lon),
            e.mentions.len() as i64,
        ])?;
    }
    for ev in &r.events {
        put_event(tx, article, ev, pub_date.as_deref())?;
        out.events_added += 1;
    }
    let mut quote = tx.prepare_cached(
        "INSERT INTO quotes (article, position, text, speaker, speaker_entity, speaker_actor, \
         sentence, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut quote_fts =
        tx.prepare_cached("INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?1, ?2, ?3)")?;
    for (i, q) in r.quotes.iter().enumerate() {
        let speaker = q.speaker.as_ref();
        quote.execute(params![
            article,
            i as i64,
            q.text,
            speaker.map(|s| s.text.as_str()),
            speaker.and_then(|s| s.entity.as_deref()),
            speaker.and_then(|s| s.actor.as_ref().map(|c| c.as_str())),
            q.sentence as i64,
            q.start as i64,
            q.end as i64,
        ])?;
        quote_fts.execute(params![
            tx.last_insert_rowid(),
            q.text,
            speaker.map(|s| s.text.as_str())
        ])?;
        out.quotes_added += 1;
    }
    Ok(())
}

fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn put_event(
    tx: &Transaction,
    article: i64,
    ev: &Event,
    pub_date: Option<&str>,
) -> Result<(), StoreError> {
    let place = ev.place.as_ref();
    // Queries filter on one date: the event's own, else the article's.
    let date = ev.date.as_deref().or(pub_date);
    tx.prepare_cached(
        "INSERT INTO events (article, event_id, cameo, cameo_root, plover_type, plover_mode, \
         quad_class, goldstein, date, date_source, modality, confidence, place, country, \
         geonames_id, lat, lon, sentence, evidence, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, \
         ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    )?
    .execute(params![
        article,
        ev.id,
        ev.cameo.as_str(),
        ev.cameo_root,
        ev.plover.kind,
        ev.plover.mode,
        ev.quad_class,
        f64::from(ev.goldstein),
        date,
        enum_name(&ev.date_source),
        enum_name(&ev.modality),
        f64::from(ev.confidence),
        place.map(|p| p.name.as_str()),
        place.and_then(|p| p.country.as_deref()),
        place.and_then(|p| p.geonames_id),
        place.and_then(|p| p.lat),
        place.and_then(|p| p.lon),
        ev.evidence.sentence as i64,
        ev.evidence.text,
        ev.rule,
    ])?;
    let event = tx.last_insert_rowid();
    let mut party = tx.prepare_cached(
        "INSERT INTO event_parties (event, role, position, entity_id, text, code, inferred) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let roles: [(&str, &[Participant]); 2] = [("actor", &ev.actors), ("recipient", &ev.recipients)];
    for (role, parties) in roles {
        for (i, p) in parties.iter().enumerate() {
            party.execute(params![
                event,
                role,
                i as i64,
                p.entity,
                p.text,
                p.actor.as_ref().map(|c| c.as_str()),
                p.inferred,
            ])?;
        }
    }
    let mut mention = tx.prepare_cached(
        "INSERT INTO event_mentions (event, position, sentence, start, end, text) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, m) in std::iter::once(&ev.evidence)
        .chain(&ev.mentions)
        .enumerate()
    {
        mention.execute(params![
            event,
            i as i64,
            m.sentence as i64,
            m.start as i64,
            m.end as i64,
            m.text
        ])?;
    }
    Ok(())
}

/// Great-circle distance in kilometres.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().min(1.0).asin()
}

impl Store for SqliteStore {
    fn put_batch(&mut self, entries: &[Entry]) -> Result<BatchOutcome, StoreError> {
        let mut out = BatchOutcome::default();
        let tx = self.conn.transaction()?;
        for entry in entries {
            match entry {
                Entry::Article(ing) => put_article(&tx, ing, &mut out)?,
                Entry::Skipped(s) => {
                    let n = tx
                        .prepare_cached(
                            "INSERT OR IGNORE INTO skipped (article_id, reason, language) VALUES (?1, ?2, ?3)",
                        )?
                        .execute(params![s.article_id, s.reason, s.language])?;
                    out.skipped += n as u64;
                }
                Entry::Failed { message } => {
                    tx.prepare_cached("INSERT OR IGNORE INTO input_errors (message) VALUES (?1)")?
                        .execute([message])?;
                    // Counted whether or not it was recorded before: the input is still bad.
                    out.errors += 1;
                }
            }
        }
        tx.commit()?;
        Ok(out)
    }

    fn contains_article(&self, id: &str) -> Result<bool, StoreError> {
        let found: Option<i64> = self
            .conn
            .prepare_cached(
                "SELECT 1 FROM articles WHERE id = ?1 UNION ALL SELECT 1 FROM skipped WHERE article_id = ?1 LIMIT 1",
            )?
            .query_row([id], |r| r.get(0))
            .optional()?;
        Ok(found.is_some())
    }

    fn events(&self, q: &EventQuery) -> Result<Vec<EventRow>, StoreError> {
        let mut sql = String::from(
            "SELECT e.rowid, a.id, e.event_id, e.date, e.cameo, e.plover_type, e.quad_class, \
             e.goldstein, e.place, e.country, e.lat, e.lon, e.modality, e.confidence, e.evidence, \
             a.source, a.url, a.story FROM events e JOIN articles a ON a.rowid = e.article WHERE 1=1",
        );
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut arg = |sql: &mut String, clause: &str, v: rusqlite::types::Value| {
            args.push(v);
            sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
        };
        use rusqlite::types::Value as V;
        let party = |role: &str, column: &str| {
            format!(
                " AND EXISTS (SELECT 1 FROM event_parties p WHERE p.event = e.rowid AND p.role = '{role}' AND {column})"
            )
        };
        if let Some(code) = &q.actor {
            arg(
                &mut sql,
                &party("actor", "p.code LIKE ? ESCAPE '\\'"),
                V::Text(like_prefix(code)),
            );
        }
        if let Some(name) = &q.actor_name {
            arg(
                &mut sql,
                &party("actor", "p.text LIKE ? ESCAPE '\\'"),
                V::Text(like_part(name)),
            );
        }
        if let Some(code) = &q.recipient {
            arg(
                &mut sql,
                &party("recipient", "p.code LIKE ? ESCAPE '\\'"),
                V::Text(like_prefix(code)),
            );
        }
        if let Some(name) = &q.recipient_name {
            arg(
                &mut sql,
                &party("recipient", "p.text LIKE ? ESCAPE '\\'"),
                V::Text(like_part(name)),
            );
        }
        if let Some(code) = &q.party {
            arg(
                &mut sql,
                " AND EXISTS (SELECT 1 FROM event_parties p WHERE p.event = e.rowid AND p.code LIKE ? ESCAPE '\\')",
                V::Text(like_prefix(code)),
            );
        }
        if let Some(cameo) = &q.cameo {
            arg(
                &mut sql,
                " AND e.cameo LIKE ? ESCAPE '\\'",
                V::Text(like_prefix(cameo)),
            );
        }
        if let Some(p) = &q.plover {
            arg(
                &mut sql,
                " AND upper(e.plover_type) = upper(?)",
                V::Text(p.clone()),
            );
        }
        if let Some(c) = q.quad_class {
            arg(&mut sql, " AND e.quad_class = ?", V::Integer(i64::from(c)));
        }
        if let Some(place) = &q.place {
            arg(
                &mut sql,
                " AND e.place LIKE ? ESCAPE '\\'",
                V::Text(like_part(place)),
            );
        }
        if let Some(c) = &q.country {
            arg(
                &mut sql,
                " AND upper(e.country) = upper(?)",
                V::Text(c.clone()),
            );
        }
        if let Some(from) = &q.from {
            arg(&mut sql, " AND e.date >= ?", V::Text(from.clone()));
        }
        if let Some(to) = &q.to {
            // A date "2019-05-31" includes finer values such as "2019-05-31T10:00".
            arg(
                &mut sql,
                " AND e.date < ?",
                V::Text(format!("{to}\u{10FFFF}")),
            );
        }
        if let Some(m) = &q.modality {
            arg(&mut sql, " AND e.modality = lower(?)", V::Text(m.clone()));
        }
        if let Some(n) = q.near {
            // A bounding box first (cheap, indexed-friendly), then the exact distance below.
            let dlat = n.km / 111.0;
            let dlon = n.km / (111.0 * n.lat.to_radians().cos().abs().max(0.01));
            arg(&mut sql, " AND e.lat BETWEEN ?", V::Real(n.lat - dlat));
            arg(&mut sql, " AND ?", V::Real(n.lat + dlat));
            arg(&mut sql, " AND e.lon BETWEEN ?", V::Real(n.lon - dlon));
            arg(&mut sql, " AND ?", V::Real(n.lon + dlon));
        }
        sql.push_str(" ORDER BY e.date, a.rowid, e.rowid");
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let lat: Option<f64> = r.get(10)?;
            let lon: Option<f64> = r.get(11)?;
            if let (Some(n), Some(la), Some(lo)) = (q.near, lat, lon)
                && haversine_km(n.lat, n.lon, la, lo) > n.km
            {
                continue;
            }
            let event: i64 = r.get(0)?;
            out.push(EventRow {
                article_id: r.get(1)?,
                event_id: r.get(2)?,
                date: r.get(3)?,
                cameo: r.get(4)?,
                plover: r.get(5)?,
                quad_class: r.get(6)?,
                goldstein: r.get(7)?,
                actors: self.parties(event, "actor")?,
                recipients: self.parties(event, "recipient")?,
                place: r.get(8)?,
                country: r.get(9)?,
                lat,
                lon,
                modality: r.get(12)?,
                confidence: r.get(13)?,
                evidence: r.get(14)?,
                source: r.get(15)?,
                url: r.get(16)?,
                story: r.get(17)?,
            });
            if q.limit > 0 && out.len() >= q.limit {
                break;
            }
        }
        Ok(out)
    }

    fn search(&self, text: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let query = fts_query(text);
        let limit = if limit == 0 { i64::MAX } else { limit as i64 };
        let bad = |e: rusqlite::Error| StoreError::Search {
            query: text.to_string(),
            reason: e.to_string(),
        };
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.pub_date, snippet(articles_fts, 1, '[', ']', '…', 16) \
                 FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid \
                 WHERE articles_fts MATCH ?1 ORDER BY bm25(articles_fts), a.rowid LIMIT ?2",
        )?;
        let mut rows = stmt.query(params![query, limit]).map_err(bad)?;
        while let Some(r) = rows.next().map_err(bad)? {
            out.push(SearchHit {
                kind: "article",
                article_id: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                speaker: None,
                snippet: r.get(3)?,
            });
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.pub_date, q.speaker, snippet(quotes_fts, 0, '[', ']', '…', 24) \
             FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid \
             JOIN articles a ON a.rowid = q.article \
             WHERE quotes_fts MATCH ?1 ORDER BY bm25(quotes_fts), q.rowid LIMIT ?2",
        )?;
        let mut rows = stmt.query(params![query, limit]).map_err(bad)?;
        while let Some(r) = rows.next().map_err(bad)? {
            out.push(SearchHit {
                kind: "quote",
                article_id: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                speaker: r.get(3)?,
                snippet: r.get(4)?,
            });
        }
        Ok(out)
    }

    fn actors(&self, limit: usize) -> Result<Vec<ActorActivity>, StoreError> {
        let limit = if limit == 0 { i64::MAX } else { limit as i64 };
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.code, count(DISTINCT p.event), \
                    count(DISTINCT CASE WHEN p.role = 'actor' THEN p.event END), \
                    count(DISTINCT CASE WHEN p.role = 'recipient' THEN p.event END), \
                    count(DISTINCT e.article), \
                    (SELECT p2.text FROM event_parties p2 WHERE p2.code = p.code \
                     GROUP BY p2.text ORDER BY count(*) DESC, p2.text LIMIT 1) \
             FROM event_parties p JOIN events e ON e.rowid = p.event \
             WHERE p.code IS NOT NULL GROUP BY p.code \
             ORDER BY count(DISTINCT p.event) DESC, p.code LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |r| {
            Ok(ActorActivity {
                code: r.get(0)?,
                events: r.get::<_, i64>(1)? as u64,
                as_actor: r.get::<_, i64>(2)? as u64,
                as_recipient: r.get::<_, i64>(3)? as u64,
                articles: r.get::<_, i64>(4)? as u64,
                name: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn for_each_article(
        &self,
        f: &mut dyn FnMut(StoredArticle) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT record, story, duplicate FROM articles ORDER BY rowid")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            f(StoredArticle {
                record_json: r.get(0)?,
                story: r.get(1)?,
                duplicate: r.get(2)?,
            })?;
        }
        Ok(())
    }

    fn stats(&self) -> Result<StoreStats, StoreError> {
        let count = |sql: &str| -> Result<u64, StoreError> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
        };
        Ok(StoreStats {
            articles: count("SELECT count(*) FROM articles")?,
            events: count("SELECT count(*) FROM events")?,
            entities: count("SELECT count(*) FROM entities")?,
            quotes: count("SELECT count(*) FROM quotes")?,
            stories: count("SELECT count(DISTINCT story) FROM articles")?,
            skipped: count("SELECT count(*) FROM skipped")?,
            errors: count("SELECT count(*) FROM input_errors")?,
        })
    }
}

impl SqliteStore {
    fn parties(&self, event: i64, role: &str) -> Result<Vec<Party>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, text FROM event_parties WHERE event = ?1 AND role = ?2 ORDER BY position",
        )?;
        let rows = stmt.query_map(params![event, role], |r| {
            Ok(Party {
                code: r.get(0)?,
                text: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
fn like_prefix(s: &str) -> String {
    format!("{}%", like_escape(&s.trim().to_uppercase()))
}
fn like_part(s: &str) -> String {
    format!("%{}%", like_escape(s.trim()))
}

/// Makes user text safe for FTS5 MATCH: words become quoted terms (all must match), while text
/// already in FTS5 syntax (quotes, AND/OR/NOT, *) is passed through.
fn fts_query(text: &str) -> String {
    let syntax = text.contains('"')
        || text.contains('*')
        || text
            .split_whitespace()
            .any(|w| matches!(w, "AND" | "OR" | "NOT" | "NEAR"));
    if syntax {
        return text.to_string();
    }
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
}
