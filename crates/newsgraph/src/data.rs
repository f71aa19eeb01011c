//! Where the shipped data files (trained models, compiled knowledge base) are found.
//!
//! Order: `--data DIR` where a command takes it, then `$NEWSGRAPH_DATA`, then `data/` beside the
//! executable's install prefix (`<prefix>/share/newsgraph`), then the repository's own `data/`
//! (where `cargo run` and the tests find it).

use std::path::PathBuf;

#[allow(dead_code)] // wired into the commands as they land
pub fn data_dir(flag: Option<&PathBuf>) -> PathBuf {
    if let Some(d) = flag {
        return d.clone();
    }
    if let Some(d) = std::env::var_os("NEWSGRAPH_DATA") {
        return PathBuf::from(d);
    }
    if let Ok(exe) = std::env::current_exe()
        && let Some(prefix) = exe.parent().and_then(|p| p.parent())
    {
        let shared = prefix.join("share/newsgraph");
        if shared.is_dir() {
            return shared;
        }
    }
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data"))
}
