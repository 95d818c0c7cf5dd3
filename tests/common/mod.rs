//! Helpers shared by the integration tests: run the real binary, read its CSV outputs.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Output;

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_jixiao"))
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn run(args: &[&str]) -> Output {
    std::process::Command::new(bin()).args(args).env("RUST_BACKTRACE", "0").output().expect("run jixiao")
}

/// A CSV as rows of column → value.
pub fn read_csv(path: &Path) -> Vec<HashMap<String, String>> {
    let mut rdr = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    rdr.records().map(|r| headers.iter().cloned().zip(r.unwrap().iter().map(String::from)).collect()).collect()
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}
