//! Time expressions, normalised against the publication date. (Not yet built: finds nothing.)

use crate::Parsed;
use crate::record::TimeExpr;
use chrono::NaiveDate;

pub fn find(_p: &Parsed, _published: Option<NaiveDate>) -> Vec<TimeExpr> {
    Vec::new()
}
