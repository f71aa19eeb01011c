//! Direct quotations and their speakers. (Not yet built: finds nothing.)

use crate::Parsed;
use crate::record::{Entity, Quote};

pub fn find(_p: &Parsed, _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
