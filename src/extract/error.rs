//! Why one input could not be read: the typed error of the extract stage, in the user's terms
//! (what the file is, and the conversion that helps), and `Skipped` — one input passed over,
//! with its path — which `inputs::load` hands on beside the records. A leaf.

use std::fmt;
use std::path::PathBuf;
use thiserror::Error;

/// Why one input could not be read. The path is added where the error is reported.
#[derive(Debug, Error)]
pub enum ExtractError {
    #[error("cannot read: {}", io_reason(.0))]
    Io(#[from] std::io::Error),
    #[error("not a regular file (a device, pipe or socket)")]
    NotAFile,
    #[error("folder loop: a link points back to {}", .0.display())]
    Loop(PathBuf),
    #[error("empty file")]
    Empty,
    #[error("binary data, not a text report")]
    Binary,
    #[error("undecodable text: not UTF-8, GB18030 or Big5 (save it as UTF-8 text)")]
    Encoding,
    /// A known format jixiao does not read: what the file is, and how to convert it.
    #[error("{what}: jixiao cannot read it; {help}")]
    Foreign { what: &'static str, help: &'static str },
    #[error(
        "unsupported file type .{0} (jixiao reads .txt, .md, .html, .docx, .doc, .wps, .xlsx, .xls, .pdf and .csv)"
    )]
    Unsupported(String),
    #[error("no drug-control evaluation found")]
    NoEvaluation,
    #[error("password-protected {0}: save a copy without the password")]
    Encrypted(&'static str),
    #[error("file is {size_mb} MB; jixiao reads reports up to {max_mb} MB (split it into one file per report)")]
    TooLarge { size_mb: u64, max_mb: u64 },
    #[error("unreadable Word file: {0}")]
    Docx(String),
    #[error("unreadable Excel workbook: {0}")]
    Xlsx(String),
    #[error("PDF needs pdftotext (apt-get install poppler-utils) or save as .txt")]
    PdfNoTool,
    #[error("scanned PDF: needs OCR")]
    PdfScanned,
    #[error("unreadable PDF: {0}")]
    Pdf(String),
    #[error("internal error while reading (please report): {0}")]
    Internal(String),
    #[error("line {line}: {msg}")]
    Csv { line: usize, msg: String },
}

fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        PermissionDenied => "permission denied".into(),
        NotFound => "no such file or folder".into(),
        IsADirectory => "is a folder".into(),
        InvalidData => format!("damaged data ({e})"),
        _ => match e.raw_os_error() {
            Some(40) => "too many levels of links (a link loop)".into(), // ELOOP
            _ => e.to_string(),
        },
    }
}

impl ExtractError {
    /// A short name of the kind of problem, for the one-line summary of what was skipped.
    pub fn category(&self) -> &'static str {
        use ExtractError::*;
        match self {
            Io(_) | NotAFile => "unreadable",
            Loop(_) => "folder loop",
            Empty => "empty",
            Binary => "binary data",
            Encoding => "undecodable text",
            Foreign { .. } | Unsupported(_) => "format not read",
            NoEvaluation => "no drug-control evaluation",
            Encrypted(_) => "password-protected",
            TooLarge { .. } => "too large",
            Docx(_) | Xlsx(_) | Pdf(_) => "damaged or refused",
            PdfNoTool => "PDF without pdftotext",
            PdfScanned => "scanned PDF",
            Internal(_) => "internal error",
            Csv { .. } => "bad CSV",
        }
    }
}

/// One input passed over (a whole file, or one line of a CSV), and why.
#[derive(Debug)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: ExtractError,
}

impl Skipped {
    pub fn new(path: impl Into<PathBuf>, reason: ExtractError) -> Self {
        Skipped { path: path.into(), reason }
    }
}

impl fmt::Display for Skipped {
    /// `path: reason`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// One line saying how many inputs were skipped and why, most frequent reason first:
/// `skipped 3 inputs: 2 format not read, 1 empty`. Empty when nothing was skipped.
pub fn summary(skipped: &[Skipped]) -> String {
    if skipped.is_empty() {
        return String::new();
    }
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for s in skipped {
        let c = s.reason.category();
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let parts: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let n = skipped.len();
    format!("skipped {n} input{}: {}", if n == 1 { "" } else { "s" }, parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_reasons_most_frequent_first() {
        let s = [
            Skipped::new("a.doc", ExtractError::Foreign { what: "Word 97-2003 document (.doc)", help: "save it" }),
            Skipped::new("b", ExtractError::Empty),
            Skipped::new("c.pdf", ExtractError::PdfScanned),
            Skipped::new("d.png", ExtractError::Unsupported("png".into())),
        ];
        assert_eq!(summary(&s), "skipped 4 inputs: 2 format not read, 1 empty, 1 scanned PDF");
        assert_eq!(summary(&s[1..2]), "skipped 1 input: 1 empty");
        assert_eq!(summary(&[]), "");
    }

    #[test]
    fn io_errors_in_plain_words() {
        let e = ExtractError::from(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        assert_eq!(e.to_string(), "cannot read: permission denied");
        let e = ExtractError::from(std::io::Error::from_raw_os_error(40));
        assert_eq!(e.to_string(), "cannot read: too many levels of links (a link loop)");
    }
}
