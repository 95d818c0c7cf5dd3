//! Stage 1: report files → `Record`s (identity + facts with provenance). Owns reading files —
//! plain text and Markdown, Word .docx, Excel .xlsx, PDF with a text layer (each recognised by
//! its bytes through `sniff`), structured CSV through `structured` — walking folders
//! (`walkdir`: sorted, loop-safe), and running files in parallel with rayon. A file that
//! yields nothing is never dropped silently: it comes back as a `Skipped` (path + typed
//! reason) and the rest go on. Hands `Vec<Record>` to `check` and `compute`.

pub mod cells;
pub mod counts;
pub mod docx;
pub mod error;
pub mod money;
pub mod number;
pub mod pdf;
pub mod ratios;
pub mod re;
pub mod regions;
pub mod scan;
pub mod segment;
pub mod sentence;
pub mod sniff;
pub mod structured;
pub mod table;
pub mod template;
pub mod text;
pub mod xlsx;

pub use error::ExtractError;

use crate::model::Record;
use rayon::prelude::*;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

/// Largest text read, in bytes: a text or CSV file, or the text a PDF gives. A report is a few
/// hundred KB; a bigger file is refused before it is read, so memory stays bounded.
pub const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;
/// Largest .docx/.xlsx/.pdf file opened, in bytes (images make them bigger than their text).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

pub use error::{summary, Skipped};

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

/// Is this a file jixiao reads as a report, by its extension?
pub fn is_report(path: &Path) -> bool {
    matches!(ext(path).as_str(), "txt" | "md" | "markdown" | "docx" | "xlsx" | "pdf")
}

fn ext(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

fn too_large(len: u64, max: u64) -> ExtractError {
    ExtractError::TooLarge { size_mb: (len + (1 << 19)) >> 20, max_mb: max >> 20 }
}

/// Open a file for reading: a regular file of some size, and its first bytes.
fn open(path: &Path) -> Result<(std::fs::File, u64, Vec<u8>), ExtractError> {
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(ExtractError::Io(std::io::Error::from(std::io::ErrorKind::IsADirectory)));
    }
    if !meta.is_file() {
        return Err(ExtractError::NotAFile);
    }
    if meta.len() == 0 {
        return Err(ExtractError::Empty);
    }
    let mut f = std::fs::File::open(path)?;
    let mut head = Vec::with_capacity(sniff::HEAD_BYTES);
    (&mut f).take(sniff::HEAD_BYTES as u64).read_to_end(&mut head)?;
    Ok((f, meta.len(), head))
}

/// The rest of a text file after its head (already sniffed), at most `MAX_TEXT_BYTES` in all,
/// decoded.
fn read_text(mut f: std::fs::File, len: u64, mut bytes: Vec<u8>) -> Result<String, ExtractError> {
    if len > MAX_TEXT_BYTES {
        return Err(too_large(len, MAX_TEXT_BYTES));
    }
    (&mut f).take(MAX_TEXT_BYTES + 1 - bytes.len() as u64).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(too_large(bytes.len() as u64, MAX_TEXT_BYTES)); // it grew while read
    }
    // junk was refused by its head (`sniff`); a stray control byte further on is no reason to
    // lose a report
    let text = text::decode_owned(bytes)?;
    if text.trim().is_empty() {
        return Err(ExtractError::Empty);
    }
    Ok(text)
}

/// Read a text-like file (text or CSV) whole: size-capped, junk refused, decoded.
pub fn read_text_file(path: &Path) -> Result<String, ExtractError> {
    let (f, len, head) = open(path)?;
    if sniff::sniff(&head, &ext(path), &mut &f)? != sniff::Format::Text {
        return Err(ExtractError::Binary);
    }
    read_text(f, len, head)
}

/// Read one input file, whatever it is. Reports give records (none found is an error: "no
/// drug-control evaluation found"); a CSV of figures gives records and the lines it passed over.
/// A bug on one odd file must not stop the run: a panic is reported like any bad input.
pub fn extract_file(path: &Path) -> Result<(Vec<Record>, Vec<ExtractError>), ExtractError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_file(path))).unwrap_or_else(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(ExtractError::Internal(msg))
    })
}

fn read_file(path: &Path) -> Result<(Vec<Record>, Vec<ExtractError>), ExtractError> {
    let e = ext(path);
    let (mut f, len, head) = open(path)?;
    let format = sniff::sniff(&head, &e, &mut f)?;
    let name = path.display().to_string();
    if format == sniff::Format::Text && e == "csv" {
        let text = read_text(f, len, head)?;
        return structured::parse_csv(&name, &text);
    }
    if format != sniff::Format::Text && len > MAX_FILE_BYTES {
        return Err(too_large(len, MAX_FILE_BYTES));
    }
    let text = match format {
        sniff::Format::Text => read_text(f, len, head)?,
        sniff::Format::Docx => {
            f.seek(std::io::SeekFrom::Start(0))?;
            docx::read(f)?
        }
        sniff::Format::Xlsx => {
            // a fill-in workbook of `jixiao template` gives figures, any other a report's tables
            f.seek(std::io::SeekFrom::Start(0))?;
            xlsx::check_archive(&mut f)?;
            match template::load(path)? {
                Some(records) if records.is_empty() => return Err(ExtractError::NoEvaluation),
                Some(records) => return Ok((records, Vec::new())),
                None => {}
            }
            f.seek(std::io::SeekFrom::Start(0))?;
            xlsx::read(f)?
        }
        sniff::Format::Pdf => pdf::text(path)?,
    };
    let records = extract_text(&name, &text);
    if records.is_empty() {
        return Err(ExtractError::NoEvaluation);
    }
    Ok((records, Vec::new()))
}

/// Files under the given paths: folders walked recursively (sorted by name, links followed,
/// a link back to an enclosing folder reported as a loop), hidden entries passed over, files
/// found in folders kept when `wanted`; a file named explicitly is always tried. Every entry
/// that cannot be read comes back as one `Skipped`.
pub fn walk(paths: &[PathBuf], wanted: fn(&Path) -> bool) -> (Vec<PathBuf>, Vec<Skipped>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for root in paths {
        let hidden = |e: &walkdir::DirEntry| e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
        let walker = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name().into_iter();
        for entry in walker.filter_entry(|e| !hidden(e)) {
            match entry {
                Ok(e) if e.file_type().is_dir() => {}
                Ok(e) if e.depth() == 0 || wanted(e.path()) => files.push(e.into_path()),
                Ok(_) => {}
                Err(err) => {
                    let path = err.path().unwrap_or(root).to_path_buf();
                    let reason = match err.loop_ancestor() {
                        Some(a) => ExtractError::Loop(a.to_path_buf()),
                        None => match err.into_io_error() {
                            Some(io) => ExtractError::Io(io),
                            None => ExtractError::Internal("folder walk".into()),
                        },
                    };
                    skipped.push(Skipped::new(path, reason));
                }
            }
        }
    }
    files.sort();
    files.dedup();
    (files, skipped)
}

/// Extract from many files in parallel. Records come back in path order; what was passed
/// over as `Skipped`, in path order too.
pub fn extract_files(files: &[PathBuf]) -> (Vec<Record>, Vec<Skipped>) {
    let results: Vec<(&PathBuf, Result<(Vec<Record>, Vec<ExtractError>), ExtractError>)> =
        files.par_iter().map(|f| (f, extract_file(f))).collect();
    let mut records = Vec::new();
    let mut skipped = Vec::new();
    for (p, r) in results {
        match r {
            Ok((v, lines)) => {
                records.extend(v);
                skipped.extend(lines.into_iter().map(|e| Skipped::new(p, e)));
            }
            Err(e) => skipped.push(Skipped::new(p, e)),
        }
    }
    (records, skipped)
}
