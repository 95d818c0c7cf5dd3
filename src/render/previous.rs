//! The previous run's charts, reused. A re-run after a few reports changed redraws only the
//! charts whose data changed: each chart's plan (`charts::Plan::key`, which includes the
//! build) is kept in `charts/index.tsv` beside the images, and a chart whose key is unchanged
//! is linked from the previous outputs into the new ones instead of drawn and encoded again
//! (a national run's ~2,600 charts were its largest render stage). `run --no-cache` draws
//! every chart.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where each run lists its charts' keys, inside the outputs.
pub const INDEX: &str = "charts/index.tsv";

/// The charts of a previous run's outputs, by stem, with the key each was drawn from.
#[derive(Default)]
pub struct Charts {
    dir: PathBuf,
    index: HashMap<String, u128>,
}

impl Charts {
    /// The charts of the run that wrote `out` (none when it did not, or kept no index).
    pub fn load(out: &Path) -> Charts {
        if !super::publish::previous_manifest(out).iter().any(|n| n == "charts") {
            return Charts::default();
        }
        let index = std::fs::read_to_string(out.join(INDEX))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                let (key, stem) = l.split_once('\t')?;
                Some((stem.to_string(), u128::from_str_radix(key, 16).ok()?))
            })
            .collect();
        Charts { dir: out.join("charts"), index }
    }

    /// The previous run's `stem.EXT` for every extension in `exts`, put at `to/stem.EXT` (a
    /// hard link; a copy where linking fails) when that run drew them from `key` and all are
    /// still there. The paths put, or None (nothing is left behind then).
    pub fn reuse(&self, stem: &str, key: u128, exts: &[&str], to: &Path) -> Option<Vec<PathBuf>> {
        if self.index.get(stem) != Some(&key) {
            return None;
        }
        let mut put = Vec::new();
        for ext in exts {
            let (from, dest) = (self.dir.join(format!("{stem}.{ext}")), to.join(format!("{stem}.{ext}")));
            let ok =
                from.is_file() && (std::fs::create_dir_all(to).is_ok()) && super::link_or_copy(&from, &dest).is_ok();
            if !ok {
                put.iter().for_each(|p| drop(std::fs::remove_file(p)));
                return None;
            }
            put.push(dest);
        }
        Some(put)
    }
}

/// `charts/index.tsv` under `out`: `key<TAB>stem` per chart.
pub fn write_index(out: &Path, keys: &[(String, u128)]) -> std::io::Result<PathBuf> {
    let text: String = keys.iter().map(|(stem, key)| format!("{key:032x}\t{stem}\n")).collect();
    let p = out.join(INDEX);
    super::Put::Staged.write(&p, text.as_bytes())?;
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn previous_run(dir: &Path, key: u128) {
        std::fs::create_dir_all(dir.join("charts")).unwrap();
        std::fs::write(dir.join(super::super::publish::MANIFEST), "charts\n").unwrap();
        std::fs::write(dir.join("charts/岳阳市_执行率.png"), b"png").unwrap();
        write_index(dir, &[("岳阳市_执行率".into(), key)]).unwrap();
    }

    #[test]
    fn an_unchanged_chart_is_taken_from_the_previous_run() {
        let (old, new) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        previous_run(old.path(), 7);
        let got = Charts::load(old.path()).reuse("岳阳市_执行率", 7, &["png"], &new.path().join("charts")).unwrap();
        assert_eq!(std::fs::read(&got[0]).unwrap(), b"png");
    }

    #[test]
    fn a_changed_chart_is_drawn_again() {
        let (old, new) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        previous_run(old.path(), 7);
        let prev = Charts::load(old.path());
        assert!(prev.reuse("岳阳市_执行率", 8, &["png"], &new.path().join("charts")).is_none());
        // an image the previous run did not write in full (no svg) is not half taken
        assert!(prev.reuse("岳阳市_执行率", 7, &["png", "svg"], &new.path().join("charts")).is_none());
        assert!(!new.path().join("charts/岳阳市_执行率.png").exists());
    }

    #[test]
    fn a_folder_no_run_wrote_gives_nothing() {
        let (old, new) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        previous_run(old.path(), 7);
        std::fs::remove_file(old.path().join(super::super::publish::MANIFEST)).unwrap();
        assert!(Charts::load(old.path()).reuse("岳阳市_执行率", 7, &["png"], new.path()).is_none());
    }
}
