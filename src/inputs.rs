//! Gathering inputs: every file under the given paths — reports (.txt, .md, .html, .docx,
//! .doc, .wps, .xlsx, .xls, .pdf), then structured CSVs — read in parallel. Each file either
//! yields records or comes back as a `Skipped` (path + typed reason) beside them, so the run
//! goes on and the caller can name it. Only hidden files, Office lock files, the folder's own notes (README,
//! LICENSE), jixiao's configuration and reference tables and scripts are not inputs.

use crate::extract::{self, structured, ExtractError};
pub use crate::extract::{summary, Skipped};
use crate::model::Record;
use std::path::{Path, PathBuf};

/// Names in a data folder that are not reports: jixiao's own configuration, the reference
/// tables, and the clutter a USB stick carries.
const NOT_INPUTS: &[&str] = &["scoring.toml", "thumbs.db", "desktop.ini"];
/// Extensions of scripts and configuration kept beside the data (a script left beside the data).
const NOT_INPUT_EXTS: &[&str] = &["py", "sh", "toml", "json", "yaml", "yml"];

/// Is a file found in a folder an input? (A file named explicitly always is.) Names are
/// compared in ASCII case, without making lowercase copies (a national folder has tens of
/// thousands of files).
pub fn is_input(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.as_encoded_bytes()).unwrap_or_default();
    // (as `Path::extension`: after the last dot, unless the name only starts with one)
    let ext = name.iter().rposition(|&b| b == b'.').filter(|&i| i > 0).map_or(&[][..], |i| &name[i + 1..]);
    let starts = |w: &str| name.len() >= w.len() && name[..w.len()].eq_ignore_ascii_case(w.as_bytes());
    let contains = |w: &str| name.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w.as_bytes()));
    let is_one_of = |s: &[u8], list: &[&str]| list.iter().any(|w| s.eq_ignore_ascii_case(w.as_bytes()));
    !(name.starts_with(b"~$") // an open Office document's lock file
        || starts("readme")
        || starts("license")
        || contains("-license")
        || is_one_of(name, NOT_INPUTS)
        || is_one_of(name, structured::RESERVED_NAMES)
        || is_one_of(ext, NOT_INPUT_EXTS))
}

/// Everything under `paths`: the records (in path order) and every input passed over, with
/// why (in path order; a CSV line passed over is named with its line).
pub fn load(paths: &[PathBuf]) -> (Vec<Record>, Vec<Skipped>) {
    let (files, mut skipped) = extract::walk(paths, is_input);
    // reports first, then the CSV data keyed in beside them
    let (csvs, reports): (Vec<PathBuf>, Vec<PathBuf>) =
        files.into_iter().partition(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")));
    let (mut records, more) = crate::cache::extract_files(&reports);
    skipped.extend(more);
    let (data, more) = extract::extract_files(&csvs);
    records.extend(data);
    skipped.extend(more);
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    (records, skipped)
}

/// The text of each report under `paths` as the rules read it (`extract --text`), in the order
/// `load` reads them; files of figures (a CSV of figures, a fill-in workbook) have none and are
/// passed over; a file that cannot be read is reported like any bad input.
pub fn texts(paths: &[PathBuf]) -> (Vec<(PathBuf, String)>, Vec<Skipped>) {
    let (files, mut skipped) = extract::walk(paths, is_input);
    let mut texts = Vec::new();
    for f in files {
        match extract::report_text(&f) {
            Ok(Some(text)) => texts.push((f, text)),
            Ok(None) => {}
            Err(e) => skipped.push(Skipped::new(f, e)),
        }
    }
    (texts, skipped)
}

/// `load`, then the overrides of `corrections.csv` in any folder given: what `run` and
/// `check` read. A correction that matches no record is reported like a bad input line.
pub fn load_corrected(paths: &[PathBuf]) -> (Vec<Record>, Vec<Skipped>) {
    let (mut records, mut skipped) = load(paths);
    for corrections in paths.iter().filter(|p| p.is_dir()).map(|d| d.join("corrections.csv")).filter(|p| p.is_file()) {
        match load_corrections(&corrections) {
            Ok(rows) => {
                for c in apply_corrections(&mut records, &rows) {
                    let msg = format!("no record of {} {} to correct", c.unit, c.year);
                    skipped.push(Skipped::new(&corrections, ExtractError::Csv { line: c.line, msg }));
                }
            }
            Err(e) => skipped.push(Skipped::new(corrections, e)),
        }
    }
    (records, skipped)
}

/// One row of `data/corrections.csv`: a supervisor's override of a figure, with the reason.
#[derive(Debug, Clone)]
pub struct CorrectionRow {
    /// the unit's name or its county
    pub unit: String,
    pub year: i32,
    pub kind: Option<crate::model::Kind>,
    pub field: crate::model::Field,
    pub value: f64,
    pub reason: String,
    pub line: usize,
}

/// Read `unit,year,field,value,reason[,kind]`.
pub fn load_corrections(path: &Path) -> Result<Vec<CorrectionRow>, ExtractError> {
    let text = extract::read_text_file(path)?;
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| ExtractError::Csv { line: 1, msg: e.to_string() })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let col = |n: &str| headers.iter().position(|h| h == n);
    for need in ["unit", "year", "field", "value", "reason"] {
        if col(need).is_none() {
            return Err(ExtractError::Csv {
                line: 1,
                msg: format!("missing column '{need}' (need unit,year,field,value,reason)"),
            });
        }
    }
    let mut out = Vec::new();
    for (i, r) in rdr.records().enumerate() {
        let line = i + 2;
        let r = r.map_err(|e| ExtractError::Csv { line, msg: e.to_string() })?;
        let get = |n: &str| col(n).and_then(|c| r.get(c)).unwrap_or("").trim().to_string();
        let err = |msg: String| ExtractError::Csv { line, msg };
        let fname = get("field");
        let field = crate::model::Field::from_name(&fname)
            .ok_or_else(|| err(format!("field: '{fname}' is not a known field")))?;
        let year = get("year").parse().map_err(|_| err(format!("year: '{}' is not a year", get("year"))))?;
        let value = get("value").parse().map_err(|_| err(format!("value: '{}' is not a number", get("value"))))?;
        let kind = match get("kind").as_str() {
            "" => None,
            k => Some(
                crate::model::Kind::from_name(k)
                    .ok_or_else(|| err(format!("kind: '{k}' is not whole, project or summary")))?,
            ),
        };
        let reason = get("reason");
        if reason.is_empty() {
            return Err(err("reason: every correction needs its reason".into()));
        }
        out.push(CorrectionRow { unit: get("unit"), year, kind, field, value, reason, line });
    }
    Ok(out)
}

/// Apply corrections; the rows that matched no record come back for reporting.
pub fn apply_corrections(records: &mut [Record], rows: &[CorrectionRow]) -> Vec<CorrectionRow> {
    use crate::model::{Correction, Fact, Qualifier};
    let mut unmatched = Vec::new();
    for c in rows {
        let mut hit = false;
        for r in records.iter_mut().filter(|r| {
            r.id.year == Some(c.year)
                && (r.id.unit == c.unit || r.id.county == c.unit)
                && c.kind.is_none_or(|k| k == r.id.kind)
        }) {
            hit = true;
            match r.facts.iter_mut().find(|f| f.field == c.field) {
                Some(f) => {
                    f.corrected = Some(Correction { original: Some(f.value), reason: c.reason.clone() });
                    f.value = c.value;
                    f.qualifier = Qualifier::Exact;
                }
                None => r.facts.push(Fact {
                    field: c.field,
                    value: c.value,
                    qualifier: Qualifier::Exact,
                    line: 0,
                    snippet: format!("corrections.csv 第{}行", c.line),
                    corrected: Some(Correction { original: None, reason: c.reason.clone() }),
                    period: None,
                }),
            }
        }
        if !hit {
            unmatched.push(c.clone());
        }
    }
    unmatched
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_folder_holds_beside_the_reports_is_not_an_input() {
        for (name, want) in [
            ("岳阳县2021年报告.txt", true),
            ("自评表.XLSX", true),
            ("数据.csv", true),
            ("无扩展名", true),
            ("~$岳阳县报告.docx", false),
            ("README.md", false),
            ("Readme.txt", false),
            ("LICENSE", false),
            ("noto-sans-license.txt", false),
            ("Thumbs.db", false),
            ("scoring.toml", false),
            ("regions.csv", false),
            ("Corrections.CSV", false),
            ("truth.csv", false),
            ("peer.py", false),
            ("run.SH", false),
            ("gold.json", false),
            (".json", true), // a name that only starts with a dot has no extension
        ] {
            assert_eq!(is_input(&Path::new("data").join(name)), want, "{name}");
        }
    }
}
