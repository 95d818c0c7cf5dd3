//! Stage 1: report files → `Record`s (identity + facts with provenance). Owns reading files
//! (plain text, Markdown and Word .docx; structured CSV through `structured`), walking folders, and
//! running files in parallel with rayon. One unreadable file is reported as `path: reason`
//! and the rest go on. Hands `Vec<Record>` to `check` and `compute`.

pub mod cells;
pub mod counts;
pub mod docx;
pub mod error;
pub mod money;
pub mod number;
pub mod ratios;
pub mod re;
pub mod regions;
pub mod scan;
pub mod segment;
pub mod sentence;
pub mod structured;
pub mod table;
pub mod text;

pub use error::ExtractError;

use crate::model::Record;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Largest report file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Extract every drug-control evaluation from a report's text.
pub fn extract_text(file: &str, text: &str) -> Vec<Record> {
    let g = regions::Gazetteer::global();
    let doc = text::Doc::parse(text);
    let implied_wan = text.contains("万元");
    segment::segments(&doc, g)
        .into_iter()
        .enumerate()
        .map(|(index, seg)| {
            let sc = scan::scan_paras(seg.paras, seg.id.kind, implied_wan);
            Record {
                file: file.to_string(),
                index,
                id: seg.id,
                facts: sc.facts,
                targets: sc.targets,
                items: sc.items,
                ratios: sc.ratios,
                notes: sc.notes,
                claims_all_met: sc.claims_all_met,
                title_line: seg.title_line,
            }
        })
        .collect()
}

/// Is this a file jixiao reads as a report?
pub fn is_report(path: &Path) -> bool {
    matches!(ext(path).as_str(), "txt" | "md" | "markdown" | "docx")
}

fn ext(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

/// Read one report file.
pub fn extract_file(path: &Path) -> Result<Vec<Record>, ExtractError> {
    let e = ext(path);
    if !is_report(path) {
        return Err(ExtractError::Unsupported(e));
    }
    let len = std::fs::metadata(path)?.len();
    if len > MAX_FILE_BYTES {
        return Err(ExtractError::TooLarge(MAX_FILE_BYTES >> 20));
    }
    let bytes = std::fs::read(path)?;
    let text = if e == "docx" { docx::text(&bytes)? } else { text::decode(&bytes)? };
    let name = path.display().to_string();
    // a bug on one odd file must not stop the run: it is reported like any bad input
    std::panic::catch_unwind(|| extract_text(&name, &text)).map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        ExtractError::Internal(msg)
    })
}

/// Files under the given paths (folders walked recursively, sorted), for `filter`.
pub fn walk(paths: &[PathBuf], filter: fn(&Path) -> bool) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            while let Some(d) = stack.pop() {
                let rd = std::fs::read_dir(&d).map_err(|e| (d.clone(), e))?;
                let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    if e.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
                        continue;
                    }
                    if e.is_dir() {
                        stack.push(e);
                    } else if filter(&e) {
                        out.push(e);
                    }
                }
            }
        } else {
            // a file named explicitly is always tried, so its problem is reported
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Extract from many files in parallel. Records come back in path order; failures as
/// (path, reason) for the caller to report.
pub fn extract_files(files: &[PathBuf]) -> (Vec<Record>, Vec<(PathBuf, ExtractError)>) {
    let results: Vec<(PathBuf, Result<Vec<Record>, ExtractError>)> =
        files.par_iter().map(|f| (f.clone(), extract_file(f))).collect();
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (p, r) in results {
        match r {
            Ok(v) => records.extend(v),
            Err(e) => errors.push((p, e)),
        }
    }
    (records, errors)
}
