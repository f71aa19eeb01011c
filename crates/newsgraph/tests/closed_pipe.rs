//! A reader that stops early (`newsgraph parse ... | head -1`) ends the program quietly, as it
//! does any Unix tool: no panic and no error message about the pipe.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_newsgraph");

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    // Enough sentences that the output outgrows the pipe's buffer after the reader has gone.
    let mut conllu = String::new();
    for s in 0..3000 {
        conllu.push_str(&format!(
            "# sent_id = {s}\n1\tPolice\t_\t_\t_\t_\t_\t_\t_\t_\n2\tarrested\t_\t_\t_\t_\t_\t_\t_\t_\n3\thim\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.conllu");
    std::fs::write(&path, conllu).unwrap();
    let mut child = Command::new(BIN)
        .arg("parse")
        .arg("--conllu")
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("# sent_id"), "{first}");
    // The reader is dropped here: the pipe closes with most of the output unwritten.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
}
