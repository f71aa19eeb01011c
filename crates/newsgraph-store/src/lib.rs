//! The event store behind one trait; queries and exports.
