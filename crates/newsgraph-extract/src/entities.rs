//! Entities: mentions from NER spans, knowledge-base matches and role patterns, clustered within
//! the article and coded as actors at the article date. (Not yet built: finds nothing.)

use crate::Parsed;
use crate::record::Entity;

pub fn find(_p: &Parsed) -> Vec<Entity> {
    Vec::new()
}
