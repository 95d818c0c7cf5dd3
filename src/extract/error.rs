//! Why one input could not be read: the typed error of the extract stage. A leaf; the
//! path is added where the error is reported (`path: reason`).

use thiserror::Error;

/// Why one input could not be read. The path is added where the error is reported.
#[derive(Debug, Error)]
pub enum ExtractError {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("text is neither UTF-8 nor GB18030")]
    Encoding,
    #[error("unsupported file type .{0} (jixiao reads .txt, .md, .docx and .csv; save .doc as .docx, .pdf as .txt)")]
    Unsupported(String),
    #[error("file is larger than {0} MB")]
    TooLarge(u64),
    #[error("unreadable Word file: {0}")]
    Docx(String),
    #[error("internal error while reading (please report): {0}")]
    Internal(String),
    #[error("line {line}: {msg}")]
    Csv { line: usize, msg: String },
}
