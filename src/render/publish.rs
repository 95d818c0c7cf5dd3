//! Replacing an output folder only with a complete run. A run writes into a staging folder
//! beside the target; only when every file is written does the staging folder take the
//! target's place (two renames), so a failed or interrupted run leaves the previous outputs
//! as they were. Files the user put in the folder (anything a previous run did not list in
//! its manifest, such as outputs/README.md) move into the new folder.

use std::path::{Path, PathBuf};

/// The list of files a run wrote, kept in the folder so the next run knows what is its own.
pub const MANIFEST: &str = ".jixiao-manifest";

/// A folder being filled, to be published over `target`.
pub struct Staging {
    dir: tempfile::TempDir,
    target: PathBuf,
}

impl Staging {
    /// A staging folder in the target's parent (the same file system, so renames are atomic).
    pub fn new(target: &Path) -> std::io::Result<Staging> {
        let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent)?;
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "outputs".into());
        let dir = tempfile::Builder::new().prefix(&format!(".{name}.partial-")).tempdir_in(parent)?;
        Ok(Staging { dir, target: target.to_path_buf() })
    }

    /// Where the run writes.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Put the staging folder in the target's place. `written` are the files of this run
    /// (paths inside the staging folder); they become the new manifest.
    pub fn publish(self, written: &[PathBuf]) -> std::io::Result<()> {
        let stage = self.dir.path().to_path_buf();
        let mut names: Vec<String> = written
            .iter()
            .filter_map(|p| p.strip_prefix(&stage).ok())
            .filter_map(|p| p.components().next())
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names.dedup();
        std::fs::write(stage.join(MANIFEST), names.join("\n") + "\n")?;
        // the files were written plainly (`Put::Staged`): make them durable before they replace
        // what the user had
        sync_all(&stage, written)?;
        if self.target.is_dir() {
            // what the user keeps there moves over; what the previous run wrote goes
            let ours = previous_manifest(&self.target);
            for e in std::fs::read_dir(&self.target)? {
                let e = e?;
                let name = e.file_name().to_string_lossy().into_owned();
                if name == MANIFEST || ours.contains(&name) || names.contains(&name) {
                    continue;
                }
                std::fs::rename(e.path(), stage.join(&name))?;
            }
            let old = self.dir.path().with_extension("old");
            std::fs::rename(&self.target, &old)?;
            std::fs::rename(&stage, &self.target)?;
            std::fs::remove_dir_all(&old)?;
        } else {
            std::fs::rename(&stage, &self.target)?;
        }
        // the staging folder is now the target: nothing left to clean up
        let _ = self.dir.keep();
        Ok(())
    }
}

/// Flush every file written into the staging folder to disk: one syncfs(2) on Linux (thousands
/// of files at national scale), a sync per file elsewhere.
fn sync_all(stage: &Path, written: &[PathBuf]) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let _ = written;
        let dir = std::fs::File::open(stage)?;
        // SAFETY: syncfs only reads the descriptor, which `dir` keeps open for the call
        if unsafe { libc::syncfs(dir.as_raw_fd()) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = stage;
        for p in written {
            std::fs::File::open(p)?.sync_all()?;
        }
        Ok(())
    }
}

/// The files an earlier run listed as its own.
pub fn previous_manifest(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join(MANIFEST))
        .map(|s| s.lines().map(str::to_string).filter(|l| !l.is_empty()).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_replaces_the_runs_files_and_keeps_the_users() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("outputs");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("README.md"), "mine").unwrap();
        let s = Staging::new(&out).unwrap();
        std::fs::write(s.path().join("a.csv"), "1").unwrap();
        let a = s.path().join("a.csv");
        s.publish(&[a]).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("a.csv")).unwrap(), "1");
        assert_eq!(std::fs::read_to_string(out.join("README.md")).unwrap(), "mine");
        // a second run that no longer writes a.csv: it goes, the user's file stays
        let s = Staging::new(&out).unwrap();
        std::fs::write(s.path().join("b.csv"), "2").unwrap();
        let b = s.path().join("b.csv");
        s.publish(&[b]).unwrap();
        let mut names: Vec<String> =
            std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        assert_eq!(names, [MANIFEST, "README.md", "b.csv"]);
        // no staging folders are left beside it
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_staging_folder_dropped_unpublished_leaves_the_target_alone() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("outputs");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("a.csv"), "old").unwrap();
        {
            let s = Staging::new(&out).unwrap();
            std::fs::write(s.path().join("a.csv"), "half").unwrap();
            // a failed run returns before publish
        }
        assert_eq!(std::fs::read_to_string(out.join("a.csv")).unwrap(), "old");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1, "the staging folder is removed");
    }
}
