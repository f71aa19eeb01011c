//! Themes from keywords and events. (Not yet built: finds nothing.)

use crate::Parsed;
use crate::record::{Event, Theme};

pub fn find(_p: &Parsed, _events: &[Event]) -> Vec<Theme> {
    Vec::new()
}
