//! A GDELT reader for the exports: every row must have the layout's column count, and every typed
//! column must parse as its type (GDELT 2.0 Event and Mentions codebooks, GKG 2.1 codebook).

mod common;

use common::{TAIL_A, entry, meeting, scratch_db};
use newsgraph_store::{SqliteStore, Store, gdelt};

/// What a column may hold; every type also allows an empty field unless marked required.
#[derive(Clone, Copy, Debug)]
enum Col {
    Text,
    /// An integer, required.
    Id,
    Int,
    Float,
    /// YYYYMMDD.
    Date8,
    /// YYYYMMDDHHMMSS.
    Time14,
    Cameo,
    /// A CAMEO actor code: groups of three upper-case letters or digits.
    Actor,
    Quad,
}

fn check(kind: Col, field: &str) -> Result<(), String> {
    let digits = |n: usize| field.len() == n && field.bytes().all(|b| b.is_ascii_digit());
    let ok = match kind {
        Col::Text => true,
        Col::Id => !field.is_empty() && field.parse::<u64>().is_ok(),
        _ if field.is_empty() => true,
        Col::Int => field.parse::<i64>().is_ok(),
        Col::Float => field.parse::<f64>().is_ok_and(f64::is_finite),
        Col::Date8 => digits(8),
        Col::Time14 => digits(14),
        Col::Cameo => (2..=4).contains(&field.len()) && field.bytes().all(|b| b.is_ascii_digit()),
        Col::Actor => {
            field.len().is_multiple_of(3)
                && field
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        }
        Col::Quad => matches!(field, "1" | "2" | "3" | "4"),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{field:?} is not {kind:?}"))
    }
}

fn event_layout() -> Vec<Col> {
    use Col::*;
    let actor = [Actor, Text, Text, Text, Text, Text, Text, Text, Text, Text];
    let geo = [Int, Text, Text, Text, Text, Float, Float, Text];
    let mut cols = vec![Id, Date8, Int, Int, Float];
    cols.extend(actor);
    cols.extend(actor);
    cols.extend([Int, Cameo, Cameo, Cameo, Quad, Float, Int, Int, Int, Float]);
    cols.extend(geo);
    cols.extend(geo);
    cols.extend(geo);
    cols.extend([Time14, Text]);
    cols
}

fn mention_layout() -> Vec<Col> {
    use Col::*;
    vec![
        Id, Time14, Time14, Int, Text, Text, Int, Int, Int, Int, Int, Int, Int, Float, Text, Text,
    ]
}

fn gkg_layout() -> Vec<Col> {
    use Col::*;
    let mut cols = vec![Text, Time14, Int];
    cols.extend(std::iter::repeat_n(Text, 24));
    cols
}

/// Reads a GDELT table: checks each row against the layout, returns the rows.
fn read_table(tsv: &str, layout: &[Col]) -> Vec<Vec<String>> {
    tsv.lines()
        .enumerate()
        .map(|(i, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), layout.len(), "row {}: {line}", i + 1);
            for (c, (kind, field)) in layout.iter().zip(&fields).enumerate() {
                if let Err(e) = check(*kind, field) {
                    panic!("row {} column {}: {e}", i + 1, c + 1);
                }
            }
            fields.into_iter().map(str::to_string).collect()
        })
        .collect()
}

fn export(
    store: &SqliteStore,
    f: fn(&dyn Store, &mut dyn std::io::Write) -> Result<u64, newsgraph_store::StoreError>,
) -> String {
    let mut out = Vec::new();
    f(store, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn exports_match_gdelt_layouts() {
    assert_eq!(event_layout().len(), gdelt::EVENT_COLUMNS);
    assert_eq!(mention_layout().len(), gdelt::MENTION_COLUMNS);
    assert_eq!(gkg_layout().len(), gdelt::GKG_COLUMNS);
    let db = scratch_db("gdelt");
    let mut store = SqliteStore::open(&db).unwrap();
    let mut unplaced = meeting(
        "b1",
        "Wire Two",
        "Unrelated closing words about a harvest festival in the hills.",
    );
    unplaced.events[0].place = None;
    unplaced.events[0].date = None;
    unplaced.article.title = Some("Title with\ta tab".into());
    store
        .put_batch(&[
            entry(meeting("a1", "Wire One", TAIL_A)),
            entry(meeting("a2", "Wire Three", TAIL_A)),
            entry(unplaced),
        ])
        .unwrap();

    let events = read_table(&export(&store, gdelt::write_events), &event_layout());
    assert_eq!(events.len(), 2, "the copy joins the first story's event");
    assert_eq!(events[0][1], "20190514");
    assert_eq!(events[0][33], "2", "NumArticles");
    assert_eq!(events[0][52], "Sochi");
    assert_eq!(events[1][52], "", "no place, no ActionGeo");
    let mentions = read_table(&export(&store, gdelt::write_mentions), &mention_layout());
    assert_eq!(mentions.len(), 3);
    assert_eq!(
        mentions[0][0], events[0][0],
        "mentions point at their event"
    );
    let gkg = read_table(&export(&store, gdelt::write_gkg), &gkg_layout());
    assert_eq!(gkg.len(), 3);
    assert!(
        gkg[0][11].contains("Mike Pompeo"),
        "V1PERSONS: {}",
        gkg[0][11]
    );
    assert!(
        gkg[0][22].contains("frank discussion"),
        "V2.1QUOTATIONS: {}",
        gkg[0][22]
    );
}

#[test]
fn the_reader_rejects_what_is_not_gdelt() {
    assert!(check(Col::Cameo, "36a").is_err());
    assert!(check(Col::Date8, "2019-05-14").is_err());
    assert!(check(Col::Id, "").is_err());
    assert!(check(Col::Actor, "usagov").is_err());
    assert!(check(Col::Quad, "5").is_err());
}

/// The meeting record, held in `city` instead of Sochi: a location entity E9 linked from the
/// event place, carrying the GeoNames admin-1 code.
fn meeting_in(id: &str, city: &str, iso3: &str, admin1: Option<&str>) -> newsgraph_extract::Record {
    use newsgraph_extract::record::{Entity, EntityType, Place, PlaceKind};
    let mut r = meeting(id, "Wire One", TAIL_A);
    r.entities.push(Entity {
        id: "E9".into(),
        kind: EntityType::Location,
        name: city.into(),
        aliases: vec![],
        roles: vec![],
        actor: None,
        country: Some(iso3.into()),
        kb_id: None,
        nominal: false,
        mentions: vec![],
        place: Some(Place {
            geonames_id: Some(1),
            kind: PlaceKind::City,
            country: Some(iso3.into()),
            admin1: admin1.map(str::to_string),
            lat: Some(1.0),
            lon: Some(2.0),
        }),
    });
    let place = r.events[0].place.as_mut().unwrap();
    place.entity = Some("E9".into());
    place.name = city.into();
    place.country = Some(iso3.into());
    r
}

/// Exports the events of one article held in `city`, from a store of its own.
fn events_in(city: &str, iso3: &str, admin1: Option<&str>) -> (Vec<Vec<String>>, String) {
    let db = scratch_db("gdelt-fips");
    let mut store = SqliteStore::open(&db).unwrap();
    store
        .put_batch(&[entry(meeting_in("m", city, iso3, admin1))])
        .unwrap();
    let tsv = export(&store, gdelt::write_events);
    assert_eq!(tsv, export(&store, gdelt::write_events), "byte-identical");
    let gkg = export(&store, gdelt::write_gkg);
    (read_table(&tsv, &event_layout()), gkg)
}

#[test]
fn action_geography_is_in_fips_as_gdelt_writes_it() {
    let geo = |city: &str, iso3: &str, admin1: Option<&str>| {
        let (events, _) = events_in(city, iso3, admin1);
        assert_eq!(events.len(), 1);
        let row = &events[0];
        assert_eq!(row[52], city);
        // Actor countries stay CAMEO codes, as in GDELT.
        assert_eq!((row[7].as_str(), row[17].as_str()), ("USA", "RUS"));
        (row[51].clone(), row[53].clone(), row[54].clone())
    };
    let s = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    assert_eq!(geo("Moscow", "RUS", Some("48")), s("4", "RS", "RS48"));
    assert_eq!(geo("Berlin", "DEU", Some("16")), s("4", "GM", "GM16"));
    assert_eq!(geo("Chicago", "USA", Some("IL")), s("3", "US", "USIL"));
    assert_eq!(geo("Somewhere", "DEU", None), s("4", "GM", "GM"));
    assert_eq!(
        geo("Atlantis", "XAT", Some("01")),
        s("4", "", ""),
        "an ISO code the FIPS table does not know leaves the columns empty"
    );
    // The GKG location of the same place is written the same way.
    let (_, gkg) = events_in("Moscow", "RUS", Some("48"));
    assert!(gkg.contains("4#Moscow#RS#RS48#1.0000#2.0000#1"), "{gkg}");
}
