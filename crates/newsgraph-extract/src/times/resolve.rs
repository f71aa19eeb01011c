//! Calendar arithmetic: a recognised time expression, the tense around it and the publication
//! date in, a TIMEX3-style value out.
//!
//! **Invariant:** a value is never wrong for lack of information. Without a publication date every
//! relative expression keeps its unknown parts as `X` (`XXXX-WXX-2`, `XXXX-05-28`) and is marked
//! unresolved; only expressions that name their own year are resolved.

use crate::record::Granularity;
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

/// The tense of the clause an expression sits in: decides which way a bare weekday or month points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// No cue: the nearest fitting date is taken.
    Unknown,
}

/// An explicit direction written in the expression itself ("last Tuesday", "next May").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Last,
    This,
    Next,
}

/// A calendar unit for relative expressions ("last week", "two months ago").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    /// The weekend of a week: TIMEX3 `2019-W19-WE`.
    Weekend,
    Month,
    Quarter,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Autumn => "FA",
            Season::Winter => "WI",
        }
    }
    /// The month the season starts in (northern hemisphere, as TIMEX3 assumes).
    fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }
}

/// A recognised expression, before it is tied to the calendar.
#[derive(Debug, Clone, PartialEq)]
pub enum TimeKind {
    /// A complete date written out: "28 May 2019", "2019-05-28".
    Date(NaiveDate),
    /// A month and day with no year: "May 28".
    MonthDay {
        month: u32,
        day: u32,
    },
    /// A month, with or without its year: "February", "February 2019", "last May".
    Month {
        month: u32,
        year: Option<i32>,
        shift: Option<Shift>,
    },
    Year(i32),
    /// The decade's first year: 1990 for "the 1990s".
    Decade(i32),
    /// "Tuesday", "last Tuesday", "Tuesday night" (part of day as TIMEX3: `MO`, `AF`, `EV`, `NI`).
    Weekday {
        day: Weekday,
        shift: Option<Shift>,
        part: Option<&'static str>,
    },
    /// Days from the publication date: "yesterday" -1, "tonight" 0 with part `NI`.
    RelativeDay {
        offset: i64,
        part: Option<&'static str>,
    },
    /// "last week" (-1), "this month" (0), "next year" (1); "two months ago" (-2).
    Relative {
        unit: Unit,
        offset: i64,
    },
    Quarter {
        quarter: u32,
        year: Option<i32>,
    },
    Season {
        season: Season,
        year: Option<i32>,
        shift: Option<Shift>,
    },
    /// "the same day" (0), "the next day" (1), "the day before" (-1): days from the day last
    /// resolved in the text.
    FromPreviousDay {
        offset: i64,
    },
    /// The century's number as written: 20 for "the 20th century" (TIMEX3 value `19`).
    Century(i32),
    /// A clock time, 24-hour: "3 p.m." is 15:00. Its day is the one its sentence names.
    Clock {
        hour: u32,
        minute: u32,
    },
}

/// The value, its granularity, and whether it is tied to the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub value: String,
    pub granularity: Granularity,
    pub resolved: bool,
}

fn known(value: String, granularity: Granularity) -> Resolved {
    Resolved {
        value,
        granularity,
        resolved: true,
    }
}

fn unknown(value: impl Into<String>, granularity: Granularity) -> Resolved {
    Resolved {
        value: value.into(),
        granularity,
        resolved: false,
    }
}

fn day_value(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn week_value(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

fn with_part(day: String, part: Option<&str>) -> (String, Granularity) {
    match part {
        Some(p) => (format!("{day}T{p}"), Granularity::Time),
        None => (day, Granularity::Day),
    }
}

/// How far back a future clause's month and day may lie and still be this year's.
const RUNNING_DAYS: i64 = 31;

/// Picks the year for a month (and day) with no year written: the past tense takes the latest one
/// not after publication, the future the earliest one not before it, no tense the nearest.
fn year_for(month: u32, day: u32, tense: Tense, published: NaiveDate) -> i32 {
    let y = published.year();
    // Compared as (month, day); a month alone compares on the month only.
    let written = (month, day);
    let here = (
        published.month(),
        if day == 0 { 0 } else { published.day() },
    );
    // A future clause about a day of the last month is an event under way ("is to run from
    // January 23 through March 9", read on January 28), not one eleven months ahead.
    let lately = day > 0
        && NaiveDate::from_ymd_opt(y, month, day)
            .is_some_and(|d| d <= published && (published - d).num_days() <= RUNNING_DAYS);
    match tense {
        Tense::Past if written > here => y - 1,
        Tense::Future if written < here && !lately => y + 1,
        Tense::Past | Tense::Future => y,
        Tense::Unknown => {
            let distance = |year: i32| {
                NaiveDate::from_ymd_opt(year, month, day.clamp(1, 28))
                    .map_or(i64::MAX, |d| (d - published).num_days().abs())
            };
            [y, y - 1, y + 1]
                .into_iter()
                .min_by_key(|&year| distance(year))
                .unwrap_or(y)
        }
    }
}

/// Ties an expression to the calendar. `previous_day` is the last day resolved earlier in the text.
pub fn resolve(
    kind: &TimeKind,
    tense: Tense,
    published: Option<NaiveDate>,
    previous_day: Option<NaiveDate>,
) -> Resolved {
    use Granularity as G;
    match *kind {
        TimeKind::Date(d) => known(day_value(d), G::Day),
        TimeKind::Year(y) => known(format!("{y:04}"), G::Year),
        TimeKind::Decade(y) => known(format!("{:03}X", y / 10), G::Decade),
        TimeKind::Month {
            month,
            year: Some(y),
            ..
        } => known(format!("{y:04}-{month:02}"), G::Month),
        TimeKind::Quarter {
            quarter,
            year: Some(y),
        } => known(format!("{y:04}-Q{quarter}"), G::Quarter),
        TimeKind::Season {
            season,
            year: Some(y),
            ..
        } => known(format!("{y:04}-{}", season.code()), G::Season),
        TimeKind::FromPreviousDay { offset } => match previous_day {
            Some(d) => known(day_value(d + Duration::days(offset)), G::Day),
            None => unknown("XXXX-XX-XX", G::Day),
        },
        TimeKind::Century(n) => known(format!("{:02}", n - 1), G::Century),
        TimeKind::Clock { hour, minute } => match previous_day {
            Some(d) => known(format!("{}T{hour:02}:{minute:02}", day_value(d)), G::Time),
            None => unknown(format!("XXXX-XX-XXT{hour:02}:{minute:02}"), G::Time),
        },
        _ => match published {
            Some(p) => relative(kind, tense, p),
            None => unanchored(kind),
        },
    }
}

/// The value of a relative expression when there is no publication date: unknown parts stay `X`.
fn unanchored(kind: &TimeKind) -> Resolved {
    use Granularity as G;
    match *kind {
        TimeKind::MonthDay { month, day } => unknown(format!("XXXX-{month:02}-{day:02}"), G::Day),
        TimeKind::Month { month, .. } => unknown(format!("XXXX-{month:02}"), G::Month),
        TimeKind::Weekday { day, part, .. } => {
            let (v, g) = with_part(format!("XXXX-WXX-{}", day.number_from_monday()), part);
            unknown(v, g)
        }
        TimeKind::RelativeDay { part, .. } => {
            let (v, g) = with_part("XXXX-XX-XX".to_string(), part);
            unknown(v, g)
        }
        TimeKind::Relative { unit, .. } => match unit {
            Unit::Day => unknown("XXXX-XX-XX", G::Day),
            Unit::Week => unknown("XXXX-WXX", G::Week),
            Unit::Weekend => unknown("XXXX-WXX-WE", G::Week),
            Unit::Month => unknown("XXXX-XX", G::Month),
            Unit::Quarter => unknown("XXXX-QX", G::Quarter),
            Unit::Year => unknown("XXXX", G::Year),
        },
        TimeKind::Quarter { quarter, .. } => unknown(format!("XXXX-Q{quarter}"), G::Quarter),
        TimeKind::Season { season, .. } => unknown(format!("XXXX-{}", season.code()), G::Season),
        _ => unknown("XXXX", G::Year),
    }
}

fn relative(kind: &TimeKind, tense: Tense, p: NaiveDate) -> Resolved {
    use Granularity as G;
    match *kind {
        TimeKind::MonthDay { month, day } => {
            let year = year_for(month, day, tense, p);
            match NaiveDate::from_ymd_opt(year, month, day) {
                Some(d) => known(day_value(d), G::Day),
                // "February 30": keep what was written rather than invent a day.
                None => unknown(format!("XXXX-{month:02}-{day:02}"), G::Day),
            }
        }
        TimeKind::Month { month, shift, .. } => {
            let year = match shift {
                Some(Shift::Last) => {
                    year_for(month, 0, Tense::Past, p) - i32::from(month == p.month())
                }
                Some(Shift::Next) => {
                    year_for(month, 0, Tense::Future, p) + i32::from(month == p.month())
                }
                Some(Shift::This) => p.year(),
                None => year_for(month, 0, tense, p),
            };
            known(format!("{year:04}-{month:02}"), G::Month)
        }
        TimeKind::Weekday { day, shift, part } => {
            let d = weekday_date(day, shift, tense, p);
            let (v, g) = with_part(day_value(d), part);
            known(v, g)
        }
        TimeKind::RelativeDay { offset, part } => {
            let (v, g) = with_part(day_value(p + Duration::days(offset)), part);
            known(v, g)
        }
        TimeKind::Relative { unit, offset } => match unit {
            Unit::Day => known(day_value(p + Duration::days(offset)), G::Day),
            Unit::Week => known(week_value(p + Duration::weeks(offset)), G::Week),
            Unit::Weekend => known(
                format!("{}-WE", week_value(p + Duration::weeks(offset))),
                G::Week,
            ),
            Unit::Month => {
                let d = shift_months(p, offset);
                known(d.format("%Y-%m").to_string(), G::Month)
            }
            Unit::Quarter => {
                let d = shift_months(p, offset * 3);
                known(format!("{}-Q{}", d.year(), d.month0() / 3 + 1), G::Quarter)
            }
            Unit::Year => known(format!("{:04}", i64::from(p.year()) + offset), G::Year),
        },
        TimeKind::Quarter { quarter, .. } => {
            // A quarter with no year: the latest one not after publication in the past tense,
            // otherwise the publication year.
            let current = p.month0() / 3 + 1;
            let year = if tense == Tense::Past && quarter > current {
                p.year() - 1
            } else if tense == Tense::Future && quarter < current {
                p.year() + 1
            } else {
                p.year()
            };
            known(format!("{year}-Q{quarter}"), G::Quarter)
        }
        TimeKind::Season { season, shift, .. } => {
            let first = season.first_month();
            // A season is over once its three months have passed (winter, from December, never
            // is within the same calendar year).
            let over = p.month() > first + 2;
            let year = match shift.unwrap_or(Shift::This) {
                Shift::This => p.year(),
                Shift::Last if over => p.year(),
                Shift::Last => p.year() - 1,
                Shift::Next if p.month() < first => p.year(),
                Shift::Next => p.year() + 1,
            };
            known(format!("{year:04}-{}", season.code()), G::Season)
        }
        _ => unanchored(kind),
    }
}

fn shift_months(d: NaiveDate, offset: i64) -> NaiveDate {
    let n = Months::new(u32::try_from(offset.unsigned_abs()).unwrap_or(u32::MAX));
    let shifted = if offset < 0 {
        d.with_day(1).and_then(|f| f.checked_sub_months(n))
    } else {
        d.with_day(1).and_then(|f| f.checked_add_months(n))
    };
    shifted.unwrap_or(d)
}

/// The date a weekday name points to. Written "last"/"next" win; otherwise the past tense takes
/// the latest such day on or before publication, the future the earliest on or after it, and no
/// tense the nearest (the past on a tie, as news mostly reports what happened).
fn weekday_date(day: Weekday, shift: Option<Shift>, tense: Tense, p: NaiveDate) -> NaiveDate {
    let back = i64::from((7 + p.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7);
    let ahead = (7 - back) % 7;
    let before = p - Duration::days(back);
    let after = p + Duration::days(ahead);
    match (shift, tense) {
        (Some(Shift::Last), _) => {
            if back == 0 {
                p - Duration::days(7)
            } else {
                before
            }
        }
        (Some(Shift::Next), _) => {
            if ahead == 0 {
                p + Duration::days(7)
            } else {
                after
            }
        }
        (_, Tense::Past) => before,
        (_, Tense::Future) => after,
        (_, Tense::Unknown) => {
            if back <= ahead {
                before
            } else {
                after
            }
        }
    }
}
