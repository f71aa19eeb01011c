//! Readers for every input format, behind one interface.
