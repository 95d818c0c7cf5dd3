//! Helpers shared by the integration tests: `Workdir`, a temp folder the real binary runs in
//! (every binary test goes through it), and readers of its CSV outputs.
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

/// A temp folder in which the real binary runs (after xsv's `Workdir`): every integration
/// test makes one, puts its inputs in it and reads the outputs from it.
pub struct Workdir {
    dir: PathBuf,
    /// removes the folder when the Workdir goes (None for a shared one, see `shared`)
    _tmp: Option<tempfile::TempDir>,
}

impl Default for Workdir {
    fn default() -> Self {
        Self::new()
    }
}

impl Workdir {
    pub fn new() -> Workdir {
        let tmp = tempfile::tempdir().expect("temp dir");
        Workdir { dir: tmp.path().to_path_buf(), _tmp: Some(tmp) }
    }

    /// A folder several tests of one file share (held in a `static`, which is never dropped):
    /// made anew under cargo's own test folder, so nothing is left in the system's temp.
    pub fn shared(name: &str) -> Workdir {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}_{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Workdir { dir, _tmp: None }
    }

    /// A path inside the folder.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    /// `path` as a string argument.
    pub fn arg(&self, rel: &str) -> String {
        self.path(rel).to_string_lossy().into_owned()
    }

    /// Write a file (folders made as needed).
    pub fn create(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, contents).unwrap();
        p
    }

    /// Copy a file of the repository (e.g. "tests/fixtures/multi_year.csv") to `rel`.
    pub fn copy_from_repo(&self, from: &str, rel: &str) -> PathBuf {
        self.create(rel, std::fs::read(repo().join(from)).unwrap_or_else(|e| panic!("{from}: {e}")))
    }

    /// The bundled seed reports (data/reports) copied to `rel`.
    pub fn seeds(&self, rel: &str) -> PathBuf {
        let to = self.path(rel);
        copy_dir(&repo().join("data/reports"), &to);
        to
    }

    /// The binary as a command run in this folder, for a test that sets its environment or
    /// user itself.
    pub fn command(&self) -> std::process::Command {
        let mut c = std::process::Command::new(bin());
        c.current_dir(&self.dir).env("RUST_BACKTRACE", "0");
        c
    }

    /// Run jixiao with these arguments, in this folder.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command().args(args).output().expect("run jixiao")
    }

    /// Run and require success; stderr is shown when it fails.
    pub fn ok(&self, args: &[&str]) -> Output {
        let o = self.run(args);
        assert!(o.status.success(), "jixiao {args:?} failed ({:?}):\n{}", o.status, String::from_utf8_lossy(&o.stderr));
        o
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn read_csv(&self, rel: &str) -> Vec<HashMap<String, String>> {
        read_csv(&self.path(rel))
    }
}

/// Every file under `dir` (recursively), by its path relative to `dir`, with its bytes.
pub fn files_under(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// What a command printed to stderr.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Change one figure of the first whole-unit report under `data` (106.79万元 → 106.790万元: the
/// same value, another text), as a supervisor's corrected copy would: the report's path.
pub fn change_one_report(data: &Path) -> PathBuf {
    let report = files_under(data)
        .into_keys()
        .map(|p| data.join(p))
        .find(|p| p.to_str().unwrap().ends_with("_whole.md"))
        .unwrap();
    let text = std::fs::read_to_string(&report).unwrap();
    let changed = text.replacen("万元", "0万元", 1);
    assert_ne!(text, changed);
    std::fs::write(&report, changed).unwrap();
    report
}
