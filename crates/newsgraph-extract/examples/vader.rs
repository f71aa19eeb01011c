//! Prints the VADER compound score of each line of standard input, one per line, full precision:
//! the Rust side of `scripts/vader/parity.py`.

use newsgraph_extract::tone::vader;
use std::io::{BufRead, Write};

fn main() -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        writeln!(out, "{:?}", vader::compound(&line?))?;
    }
    out.flush()
}
