//! Validated codes: CAMEO event codes and CAMEO actor codes are types, not bare strings.
//!
//! Invariant: an actor code is in CAMEO's spelling. Countries are ISO alpha-3 everywhere (the KB,
//! the record's `country` fields), but Kosovo, which has no ISO code, is the user-assigned `XKX` as a
//! country and CAMEO's `KSV` (PETRARCH's country code, the one every development set's README uses
//! for actors) as the head of an actor code; [`ActorCode::new`] makes that one translation, so no
//! stage that joins a country and a role has to know it.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error(
        "'{0}' is not a CAMEO event code: it must be 2 to 4 digits whose first two are 01 to 20 (e.g. 036, 112, 1731)"
    )]
    Cameo(String),
    #[error(
        "'{0}' is not an actor code: it must be groups of three upper-case letters or digits (USA, USAGOV, RUSMIL, IGOUNO)"
    )]
    Actor(String),
}

/// A CAMEO event code such as `036` or `1731`: 2 to 4 digits, root 01..=20.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CameoCode(String);

impl CameoCode {
    pub fn new(s: &str) -> Result<CameoCode, CodeError> {
        let ok = (2..=4).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_digit())
            && matches!(s[..2].parse::<u8>(), Ok(1..=20));
        if ok {
            Ok(CameoCode(s.to_string()))
        } else {
            Err(CodeError::Cameo(s.to_string()))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The two-digit root (`03` for `036`).
    pub fn root(&self) -> &str {
        &self.0[..2]
    }
}

impl schemars::JsonSchema for CameoCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CameoCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^(0[1-9]|1[0-9]|20)[0-9]{0,2}$",
            "description": "A CAMEO event code: 2 to 4 digits, root 01 to 20"
        })
    }
}

impl TryFrom<String> for CameoCode {
    type Error = CodeError;
    fn try_from(s: String) -> Result<CameoCode, CodeError> {
        CameoCode::new(&s)
    }
}
impl From<CameoCode> for String {
    fn from(c: CameoCode) -> String {
        c.0
    }
}
impl fmt::Display for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Kosovo as a country (user-assigned ISO alpha-3, the EU's and GeoNames' code) ...
const KOSOVO_COUNTRY: &str = "XKX";
/// ... and as the head of a CAMEO actor code (PETRARCH's country code).
const KOSOVO_ACTOR: &str = "KSV";

/// A CAMEO actor code: three-letter groups, e.g. `USA`, `USAGOV`, `RUSGOVMIL`, `IGOUNO`, or a bare
/// role such as `BUS` where no country is known.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ActorCode(String);

impl ActorCode {
    pub fn new(s: &str) -> Result<ActorCode, CodeError> {
        let ok = !s.is_empty()
            && s.len().is_multiple_of(3)
            && s.len() <= 15
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if ok {
            // Kosovo's country code is not CAMEO's actor code (module doc).
            match s.strip_prefix(KOSOVO_COUNTRY) {
                Some(rest) => Ok(ActorCode(format!("{KOSOVO_ACTOR}{rest}"))),
                None => Ok(ActorCode(s.to_string())),
            }
        } else {
            Err(CodeError::Actor(s.to_string()))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The three-letter groups of the code.
    pub fn groups(&self) -> impl Iterator<Item = &str> {
        (0..self.0.len()).step_by(3).map(|i| &self.0[i..i + 3])
    }
    /// This code with `role` appended (`USA` + `GOV` = `USAGOV`), unless it already ends so.
    pub fn with_role(&self, role: &str) -> Result<ActorCode, CodeError> {
        if self.groups().any(|g| g == role) {
            return Ok(self.clone());
        }
        ActorCode::new(&format!("{}{}", self.0, role))
    }
}

impl schemars::JsonSchema for ActorCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ActorCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^([A-Z0-9]{3}){1,5}$",
            "description": "A CAMEO actor code: groups of three letters, country first (USAGOV, RUSMIL, IGOUNO)"
        })
    }
}

impl TryFrom<String> for ActorCode {
    type Error = CodeError;
    fn try_from(s: String) -> Result<ActorCode, CodeError> {
        ActorCode::new(&s)
    }
}
impl From<ActorCode> for String {
    fn from(c: ActorCode) -> String {
        c.0
    }
}
impl fmt::Display for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cameo_codes() {
        assert_eq!(CameoCode::new("036").unwrap().root(), "03");
        assert!(CameoCode::new("1731").is_ok());
        assert!(CameoCode::new("21").is_err());
        assert!(CameoCode::new("00").is_err());
        assert!(CameoCode::new("3").is_err());
    }

    #[test]
    fn actor_codes() {
        let usa = ActorCode::new("USA").unwrap();
        assert_eq!(usa.with_role("GOV").unwrap().as_str(), "USAGOV");
        assert_eq!(
            ActorCode::new("USAGOV")
                .unwrap()
                .groups()
                .collect::<Vec<_>>(),
            ["USA", "GOV"]
        );
        assert!(ActorCode::new("usa").is_err());
        // 'Kosovo police': the country is XKX, its actors are CAMEO's KSV.
        assert_eq!(ActorCode::new("XKXCOP").unwrap().as_str(), "KSVCOP");
        assert_eq!(usa.with_role("XKX").unwrap().as_str(), "USAXKX");
        assert_eq!(ActorCode::new("SRB").unwrap().as_str(), "SRB");
        assert!(ActorCode::new("US").is_err());
    }
}
