//! The knowledge-base entry: one country, demonym, place, organisation, agent noun, named person
//! or metonym, with the actor codes it carries and, for places, where it is.
//!
//! **Invariant:** an entry's codes are validated [`ActorCode`]s; date bounds are inclusive and a
//! code without bounds is the entry's default, used when no bounded code covers the date.

use crate::codes::ActorCode;
use chrono::NaiveDate;
use std::fmt;

/// Index of an entry in its [`crate::Kb`]; stable for the life of that `Kb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub u32);

/// What an entry is. The entity stage decides from context which candidate a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    /// A sovereign state or territory with an ISO 3166-1 code ("Russia", "the U.S.").
    Country,
    /// A nationality adjective or noun, singular or plural ("Russian", "Emiratis", "Britons").
    Demonym,
    /// A populated place from GeoNames ("Sochi", "Osaka").
    City,
    /// A first-level administrative region ("California", "Bavaria").
    Admin1,
    /// A second-level administrative region ("Orange County").
    Admin2,
    /// A world region that is no country ("the Middle East", "the Sahel").
    Region,
    /// An organisation: intergovernmental, non-governmental, armed group, party, ministry, company.
    Organization,
    /// An agent noun or title that names a role, not a person ("foreign minister", "rebels").
    Agent,
    /// A named person whose code depends on the date (a president is GOV only while in office).
    Person,
    /// A place or building that stands for an institution ("the Kremlin", "Downing Street").
    Metonym,
    /// A notable site the towns and provinces of GeoNames leave out: a base, a crossing, an
    /// island, a camp, a square ("Al Udeid Air Base", "Sentosa", "Tahrir Square").
    Site,
}

impl EntryKind {
    /// Every kind, in the order of their codes in a compiled snapshot: new kinds go last.
    pub const ALL: [EntryKind; 11] = [
        EntryKind::Country,
        EntryKind::Demonym,
        EntryKind::City,
        EntryKind::Admin1,
        EntryKind::Admin2,
        EntryKind::Region,
        EntryKind::Organization,
        EntryKind::Agent,
        EntryKind::Person,
        EntryKind::Metonym,
        EntryKind::Site,
    ];

    /// The name used in the knowledge-base TSV files (`country`, `org`, `person`...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Country => "country",
            EntryKind::Demonym => "demonym",
            EntryKind::City => "city",
            EntryKind::Admin1 => "admin1",
            EntryKind::Admin2 => "admin2",
            EntryKind::Region => "region",
            EntryKind::Organization => "org",
            EntryKind::Agent => "agent",
            EntryKind::Person => "person",
            EntryKind::Metonym => "metonym",
            EntryKind::Site => "site",
        }
    }

    pub fn parse(s: &str) -> Option<EntryKind> {
        EntryKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .or(match s {
                "organization" | "organisation" => Some(EntryKind::Organization),
                _ => None,
            })
    }

    /// Whether the entry is a place that has a location on the map.
    pub fn is_place(self) -> bool {
        matches!(
            self,
            EntryKind::Country
                | EntryKind::City
                | EntryKind::Admin1
                | EntryKind::Admin2
                | EntryKind::Region
                | EntryKind::Site
        )
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An actor code valid from `from` to `to`, both inclusive; an open bound is unbounded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    pub code: ActorCode,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DatedCode {
    pub fn is_default(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

impl fmt::Display for DatedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        if !self.is_default() {
            let d = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
            write!(f, "@{}..{}", d(self.from), d(self.to))?;
        }
        Ok(())
    }
}

/// Where an agent's role code goes relative to the country code of the actor it describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RolePlace {
    /// `~GOV`: after the country ("Russian foreign minister" = RUS + GOV).
    AfterCountry,
    /// `NGO~`: before it, or alone when no country is known ("rights group" = NGO).
    BeforeCountry,
}

/// The role an agent noun gives: "foreign minister" → GOV, "rebels" → REB, "rights group" → NGO.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AgentRole {
    /// One or more three-letter role groups (`GOV`, `GOVMIL`), validated as an actor code.
    pub code: ActorCode,
    pub place: RolePlace,
}

impl AgentRole {
    /// The actor code of this role for an actor of `country` (an ISO3 code or `IGO`), or the bare
    /// role when no country is known.
    pub fn apply(&self, country: Option<&ActorCode>) -> ActorCode {
        match country {
            None => self.code.clone(),
            Some(c) => {
                let joined = match self.place {
                    RolePlace::AfterCountry => format!("{c}{}", self.code),
                    RolePlace::BeforeCountry => format!("{}{c}", self.code),
                };
                // Too long for a code (over five groups): the country alone is the safer claim.
                ActorCode::new(&joined).unwrap_or_else(|_| c.clone())
            }
        }
    }
}

impl fmt::Display for AgentRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place {
            RolePlace::AfterCountry => write!(f, "~{}", self.code),
            RolePlace::BeforeCountry => write!(f, "{}~", self.code),
        }
    }
}

/// A word before a title that changes the role it gives ("former president", "acting minister").
///
/// CAMEO practice, as the PETRARCH dictionaries apply it: a former head of state or government is
/// coded ELI (elite) after the country; any other former office holder keeps only the country
/// (a "former marine" is USA, not USAMIL). Acting, interim, deputy and vice holders exercise the
/// office, so they keep its role ("acting president" = GOV, "deputy foreign minister" = GOV).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleModifier {
    Former,
    Acting,
    Deputy,
}

impl RoleModifier {
    pub fn from_word(word: &str) -> Option<RoleModifier> {
        match word.to_lowercase().as_str() {
            "former" | "ex" | "ex-" | "erstwhile" | "onetime" | "one-time" | "retired" => {
                Some(RoleModifier::Former)
            }
            "acting" | "interim" | "caretaker" | "incoming" => Some(RoleModifier::Acting),
            "deputy" | "vice" | "vice-" | "assistant" | "under" | "junior" => {
                Some(RoleModifier::Deputy)
            }
            _ => None,
        }
    }

    /// The role left after this modifier: `None` for a former holder of an ordinary office,
    /// ELI for a former head of state or government (`head_of_state` says which the title is).
    pub fn apply(self, role: &AgentRole, head_of_state: bool) -> Option<AgentRole> {
        match self {
            RoleModifier::Acting | RoleModifier::Deputy => Some(role.clone()),
            RoleModifier::Former if head_of_state => {
                ActorCode::new("ELI").ok().map(|code| AgentRole {
                    code,
                    place: RolePlace::AfterCountry,
                })
            }
            RoleModifier::Former => None,
        }
    }
}

/// Where a place is, from GeoNames where it came from there.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlaceInfo {
    pub geonames_id: Option<u32>,
    pub population: Option<u64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// GeoNames admin-1 code within the country (`48` for Moscow city).
    pub admin1: Option<String>,
}

/// One knowledge-base entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: EntryKind,
    /// The canonical name ("Russia", "Vladimir Putin", "foreign minister").
    pub name: String,
    /// Every surface form that names it, the canonical name included.
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-3 of the country it belongs to, or `IGO` for intergovernmental bodies.
    pub country: Option<String>,
    /// Actor codes, date-bounded or default. Empty for agents (see `role`) and plain places.
    pub codes: Vec<DatedCode>,
    /// For agent nouns: the role they give.
    pub role: Option<AgentRole>,
    /// For agent nouns: whether the title is a head of state or government (see [`RoleModifier`]).
    pub head_of_state: bool,
    pub place: Option<PlaceInfo>,
    /// How likely a match of this entry's names means this entry, 0..=1: low for names that are also
    /// common English words ("Mobile", "Nice").
    pub prior: f32,
    /// A free note: a person's title, a capital's country, a Wikipedia title.
    pub note: Option<String>,
    /// `file:line` the entry came from.
    pub source: String,
}

impl Entry {
    /// For a capital city: the ISO3 code of the country it is the capital of. News uses capitals
    /// for governments ("Moscow said"); the entity stage decides from context when it does.
    pub fn capital_of(&self) -> Option<&str> {
        self.note.as_deref()?.strip_prefix("capital of ")
    }

    /// The actor code valid at `date`: of the bounded codes that cover it, the one that began
    /// last (a new office taken while an old one runs out, as on a handover day, wins); else the
    /// default. An office held beats the elite status (ELI) of a former one, whenever each
    /// began: Khaleda Zia, prime minister until 2006, is the opposition party's chairperson
    /// (BGDOPP) in 2024.
    pub fn actor_at(&self, date: NaiveDate) -> Option<&ActorCode> {
        let elite = |c: &DatedCode| c.code.groups().last() == Some("ELI");
        self.codes
            .iter()
            .filter(|c| !c.is_default() && c.covers(date))
            .max_by_key(|c| (!elite(c), c.from))
            .or_else(|| self.codes.iter().find(|c| c.is_default()))
            .map(|c| &c.code)
    }
}
