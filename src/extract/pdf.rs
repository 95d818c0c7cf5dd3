//! PDF → text through poppler's `pdftotext -layout` when it is on PATH (a table's columns stay
//! apart by spaces, as the table reader expects). Bounded: at most `MAX_TEXT_BYTES` of text and
//! `TIMEOUT` of time, after which the tool is stopped. Without the tool the PDF is named with
//! the install that helps; a PDF with no text layer is named as a scan needing OCR. A form's
//! rows, wrapped over several lines, are made whole again (`layout`).

use super::error::ExtractError;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longest a PDF may take to convert.
pub const TIMEOUT: Duration = Duration::from_secs(120);
/// Fewer visible characters than this in the whole PDF: no text layer (a scan).
const MIN_CHARS: usize = 16;

/// The text of a PDF file.
pub fn text(path: &Path) -> Result<String, ExtractError> {
    // a file named like an option (-opw.pdf) must stay a file name
    let arg: PathBuf = if path.to_string_lossy().starts_with('-') { Path::new(".").join(path) } else { path.into() };
    let mut child = match Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&arg)
        .arg("-")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ExtractError::PdfNoTool),
        Err(e) => return Err(ExtractError::Pdf(format!("cannot run pdftotext: {e}"))),
    };
    let max = super::MAX_TEXT_BYTES;
    // read both pipes on their own threads, keeping at most `keep` bytes; stdout stops at its
    // cap (the tool then ends on a broken pipe), stderr is drained so warnings never block it
    let capped = |r: Option<Box<dyn Read + Send>>, keep: u64, drain: bool| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            if let Some(mut r) = r {
                let _ = r.by_ref().take(keep).read_to_end(&mut v);
                if drain {
                    let _ = std::io::copy(&mut r, &mut std::io::sink());
                }
            }
            v
        })
    };
    let out = capped(child.stdout.take().map(|s| Box::new(s) as Box<dyn Read + Send>), max + 1, false);
    let err = capped(child.stderr.take().map(|s| Box::new(s) as Box<dyn Read + Send>), 64 * 1024, true);
    let start = Instant::now();
    let status = loop {
        match child.try_wait()? {
            Some(s) => break s,
            None if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(ExtractError::Pdf(format!("pdftotext took longer than {} s: stopped", TIMEOUT.as_secs())));
            }
            None => std::thread::sleep(Duration::from_millis(10)),
        }
    };
    let out = out.join().unwrap_or_default();
    let err = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    if out.len() as u64 > max {
        return Err(ExtractError::TooLarge { size_mb: (out.len() as u64) >> 20, max_mb: max >> 20 });
    }
    if !status.success() {
        let lower = err.to_ascii_lowercase();
        if lower.contains("password") || lower.contains("permission") {
            return Err(ExtractError::Encrypted("PDF"));
        }
        let why: String = err.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("").chars().take(200).collect();
        return Err(ExtractError::Pdf(if why.is_empty() {
            "damaged: pdftotext cannot read it".into()
        } else {
            format!("damaged: pdftotext says {why}")
        }));
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    if text.chars().filter(|c| !c.is_whitespace()).count() < MIN_CHARS {
        return Err(ExtractError::PdfScanned);
    }
    // a whole form typed on one line and wrapped at the margin made one line again, a
    // paragraph's lines wrapped at the margin joined, and a form's rows with their wrapped
    // cells joined, apart by tabs, page by page (pdftotext ends
    // each page with a form feed: a row's pieces never run across a page's end, where a table's
    // columns may stand elsewhere on the next page)
    Ok(text
        .split('\x0c')
        .map(|page| {
            super::layout::join_wrapped_cells(&super::layout::join_wrapped_prose(&super::layout::join_wrapped_form(
                page,
            )))
        })
        .collect::<Vec<_>>()
        .join("\n"))
}
