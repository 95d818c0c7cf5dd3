//! Gathering inputs: report files (.txt, .md) and structured CSVs under the given paths,
//! read in parallel, each failure kept as `(path, reason)` so the run goes on.

use crate::extract::{self, structured, ExtractError};
use crate::model::Record;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

fn wanted(p: &Path) -> bool {
    extract::is_report(p) || p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// Everything jixiao can read under `paths`: reports first (path order), then CSV data.
pub fn load(paths: &[PathBuf]) -> (Vec<Record>, Vec<(PathBuf, ExtractError)>) {
    let mut errors = Vec::new();
    let files = match extract::walk(paths, wanted) {
        Ok(f) => f,
        Err((p, e)) => {
            errors.push((p, ExtractError::Io(e)));
            return (Vec::new(), errors);
        }
    };
    let (csvs, reports): (Vec<PathBuf>, Vec<PathBuf>) =
        files.into_iter().partition(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")));
    let (mut records, errs) = extract::extract_files(&reports);
    errors.extend(errs);
    let loaded: Vec<(PathBuf, Result<Option<Vec<Record>>, ExtractError>)> =
        csvs.par_iter().map(|p| (p.clone(), structured::load_csv(p))).collect();
    for (p, r) in loaded {
        match r {
            Ok(Some(v)) => records.extend(v),
            Ok(None) => {}
            Err(e) => errors.push((p, e)),
        }
    }
    (records, errors)
}
