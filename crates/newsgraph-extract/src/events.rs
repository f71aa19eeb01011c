//! Event coding on dependency trees. (Not yet built: codes nothing.)

use crate::Parsed;
use crate::record::{Entity, Event, TimeExpr};

pub fn code(_p: &Parsed, _entities: &[Entity], _times: &[TimeExpr]) -> Vec<Event> {
    Vec::new()
}
