//! What a file really is, from its first bytes (magic numbers), not only its extension: text,
//! a Word .docx, an Excel .xlsx, a PDF — or a format jixiao does not read (an old Office
//! file, a password-protected one, an image, an archive, …), named in the user's terms with
//! the conversion that helps. Also the zip bounds checked before any archive is unpacked.
//! A leaf: hands a `Format` to `extract::extract_file`.

use super::error::ExtractError;
use std::io::{Read, Seek, SeekFrom};

/// How many leading bytes `sniff` looks at.
pub const HEAD_BYTES: usize = 8192;
/// At most this many entries in a .docx/.xlsx zip (a real one has a few dozen to a few hundred).
pub const MAX_ZIP_ENTRIES: u64 = 10_000;

/// What a file is, as far as jixiao reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Docx,
    Xlsx,
    /// an Excel 97-2003 workbook (an OLE compound file with a Workbook stream)
    Xls,
    /// a Word 97-2003 document or a WPS one (an OLE compound file with a WordDocument stream)
    Doc,
    /// a web page (HTML), read as text and then stripped of its markup
    Html,
    Pdf,
}

const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

fn foreign(what: &'static str, help: &'static str) -> ExtractError {
    ExtractError::Foreign { what, help }
}

/// Decide from the first bytes (`head`, up to `HEAD_BYTES`), the extension (lower case, no
/// dot) and, for containers, the file itself. Text is checked for binary junk here; its
/// decoding is left to the caller.
pub fn sniff<R: Read + Seek>(head: &[u8], ext: &str, file: &mut R) -> Result<Format, ExtractError> {
    if head.is_empty() {
        return Err(ExtractError::Empty);
    }
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") || head.starts_with(b"PK\x07\x08") {
        return zip_format(ext, file);
    }
    if head.starts_with(CFB) {
        return ole(ext, file);
    }
    // a PDF may have a few bytes of junk before its header
    if memchr::memmem::find(&head[..head.len().min(1024)], b"%PDF-").is_some() {
        return Ok(Format::Pdf);
    }
    if let Some(e) = other_magic(head, ext) {
        return Err(e);
    }
    if is_binary(head) {
        return Err(ExtractError::Binary);
    }
    if looks_like_html(head, ext) {
        return Ok(Format::Html);
    }
    // text under any name (a .doc that is really text, a report without extension) is read
    Ok(Format::Text)
}

fn other_magic(h: &[u8], ext: &str) -> Option<ExtractError> {
    const HELP_IMG: &str = "run OCR on it and save the text as .txt";
    const HELP_ARCHIVE: &str = "unpack it and give jixiao the folder";
    let e = if h.starts_with(b"{\\rtf") {
        foreign("RTF document", "save it as .docx or .txt")
    } else if h.starts_with(b"\x89PNG\r\n\x1a\n") {
        foreign("image (PNG)", HELP_IMG)
    } else if h.starts_with(b"\xFF\xD8\xFF") {
        foreign("image (JPEG)", HELP_IMG)
    } else if h.starts_with(b"GIF87a") || h.starts_with(b"GIF89a") {
        foreign("image (GIF)", HELP_IMG)
    } else if h.starts_with(b"II*\0") || h.starts_with(b"MM\0*") {
        foreign("image (TIFF)", HELP_IMG)
    } else if h.starts_with(b"BM") && ext == "bmp" {
        foreign("image (BMP)", HELP_IMG)
    } else if h.len() >= 12 && &h[..4] == b"RIFF" && &h[8..12] == b"WEBP" {
        foreign("image (WebP)", HELP_IMG)
    } else if h.len() >= 12 && &h[4..8] == b"ftyp" && matches!(&h[8..12], b"heic" | b"heix" | b"mif1" | b"msf1") {
        foreign("image (HEIC)", HELP_IMG)
    } else if h.starts_with(b"Rar!\x1a\x07") {
        foreign("compressed archive (RAR)", HELP_ARCHIVE)
    } else if h.starts_with(b"7z\xBC\xAF\x27\x1C") {
        foreign("compressed archive (7z)", HELP_ARCHIVE)
    } else if h.starts_with(b"\x1F\x8B") {
        foreign("compressed file (gzip)", HELP_ARCHIVE)
    } else {
        return None;
    };
    Some(e)
}

/// Binary junk: a NUL byte, or more than one byte in ten a control character. UTF-16 text
/// (with its byte-order mark) is not junk.
pub fn is_binary(head: &[u8]) -> bool {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return false;
    }
    if head.contains(&0) {
        return true;
    }
    // every byte tested without a branch (`&`, not `&&`) and counted in a byte (at most 255 a
    // chunk), which the compiler turns into a vector loop: this runs over the head of every file
    let control = |b: u8| (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C) & (b != 0x1B);
    let ctrl: usize = head.chunks(255).map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(control(b))))).sum();
    ctrl * 10 > head.len()
}

fn looks_like_html(head: &[u8], ext: &str) -> bool {
    let h = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = h.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(h.len());
    let h = &h[start..h.len().min(start + 16)];
    let lower = h.to_ascii_lowercase();
    let page_ext = matches!(ext, "html" | "htm" | "shtml" | "xhtml" | "asp" | "aspx" | "jsp" | "php");
    lower.starts_with(b"<!doctype html")
        || lower.starts_with(b"<html")
        || lower.starts_with(b"<head")
        || page_ext && h.first() == Some(&b'<')
}

/// An OLE compound file (Office 97-2003, WPS, or a password-protected .docx/.xlsx, which
/// Office stores encrypted inside one): which, by the names of its streams. Word and Excel
/// 97-2003 files (and WPS documents in Word's format) are read; the others are named.
fn ole<R: Read + Seek>(ext: &str, file: &mut R) -> Result<Format, ExtractError> {
    // the stream names sit in the directory sectors; they are near the start of any file this
    // size, and the directory's first sector is named in the header
    let mut buf = Vec::new();
    let _ = file.seek(SeekFrom::Start(0));
    let _ = file.by_ref().take(1 << 20).read_to_end(&mut buf);
    if buf.len() >= 0x34 {
        let shift = u16::from_le_bytes([buf[0x1E], buf[0x1F]]).min(16);
        let dir = u32::from_le_bytes([buf[0x30], buf[0x31], buf[0x32], buf[0x33]]) as u64;
        let size = 1u64 << shift;
        if let Some(at) = dir.checked_add(1).and_then(|d| d.checked_mul(size)) {
            if at >= buf.len() as u64 && file.seek(SeekFrom::Start(at)).is_ok() {
                let _ = file.by_ref().take(size.min(1 << 16)).read_to_end(&mut buf);
            }
        }
    }
    let has = |name: &str| {
        let utf16: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        buf.windows(utf16.len()).any(|w| w == utf16.as_slice())
    };
    if has("EncryptedPackage") || has("EncryptionInfo") {
        return Err(ExtractError::Encrypted(match ext {
            "docx" | "doc" => "Word file",
            "xlsx" | "xls" => "Excel workbook",
            _ => "Office file",
        }));
    }
    if has("WordDocument") {
        return Ok(Format::Doc);
    }
    if has("Workbook") || has("Book") {
        return Ok(Format::Xls);
    }
    if has("PowerPoint Document") {
        return Err(foreign("PowerPoint 97-2003 presentation (.ppt)", "export it as PDF or save its text as .txt"));
    }
    Err(match ext {
        "wps" => foreign("WPS document (.wps)", "in WPS save it as .docx or .txt"),
        _ => foreign("old Office file (OLE compound document)", "save it as .docx, .xlsx or .txt"),
    })
}

/// A zip: a .docx, an .xlsx, or something jixiao does not read. The entry count is bounded
/// before the archive is opened (a zip's central directory is read whole when it opens).
fn zip_format<R: Read + Seek>(ext: &str, file: &mut R) -> Result<Format, ExtractError> {
    let damaged = || match ext {
        "xlsx" => ExtractError::Xlsx(
            "damaged or truncated (the zip archive is incomplete); open it in Excel and save it again".into(),
        ),
        "docx" => ExtractError::Docx(
            "damaged or truncated (the zip archive is incomplete); open it in Word and save it again".into(),
        ),
        _ => foreign("damaged zip archive", "copy it again from its source"),
    };
    let entries = match zip_entry_count(file) {
        Some(n) => n,
        None => return Err(damaged()),
    };
    if entries > MAX_ZIP_ENTRIES {
        return Err(too_many(ext, entries));
    }
    let _ = file.seek(SeekFrom::Start(0));
    let zip = match zip::ZipArchive::new(&mut *file) {
        Ok(z) => z,
        Err(_) => return Err(damaged()),
    };
    let has = |n: &str| zip.index_for_name(n).is_some();
    if has("word/document.xml") {
        return Ok(Format::Docx);
    }
    if has("xl/workbook.xml") {
        return Ok(Format::Xlsx);
    }
    Err(if has("ppt/presentation.xml") {
        foreign("PowerPoint presentation (.pptx)", "export it as PDF or save its text as .txt")
    } else if has("OFD.xml") {
        foreign("OFD document", "export it as PDF or save its text as .txt")
    } else if has("content.xml") && has("mimetype") {
        foreign("OpenDocument file (.odt/.ods)", "save it as .docx or .xlsx")
    } else {
        match ext {
            "docx" => ExtractError::Docx("no word/document.xml inside: not a Word document".into()),
            "xlsx" => ExtractError::Xlsx("no xl/workbook.xml inside: not an Excel workbook".into()),
            _ => foreign("zip archive", "unpack it and give jixiao the folder"),
        }
    })
}

fn too_many(ext: &str, n: u64) -> ExtractError {
    let msg = format!("{n} entries in the archive (at most {MAX_ZIP_ENTRIES}): refused as a zip bomb");
    if ext == "xlsx" {
        ExtractError::Xlsx(msg)
    } else {
        ExtractError::Docx(msg)
    }
}

/// The entry count a zip's end record declares (zip64 too), or None when there is no end
/// record (a truncated file).
pub fn zip_entry_count<R: Read + Seek>(file: &mut R) -> Option<u64> {
    let len = file.seek(SeekFrom::End(0)).ok()?;
    let tail_len = len.min(22 + 65_535);
    file.seek(SeekFrom::Start(len - tail_len)).ok()?;
    let mut tail = Vec::with_capacity(tail_len as usize);
    file.by_ref().take(tail_len).read_to_end(&mut tail).ok()?;
    let at = (0..tail.len().saturating_sub(21)).rev().find(|&i| tail[i..].starts_with(b"PK\x05\x06"))?;
    let n = u16::from_le_bytes([tail[at + 10], tail[at + 11]]) as u64;
    if n != 0xFFFF {
        return Some(n);
    }
    // zip64: the locator just before the end record points at the zip64 end record
    let loc = at.checked_sub(20)?;
    if !tail[loc..].starts_with(b"PK\x06\x07") {
        return Some(n);
    }
    let off = u64::from_le_bytes(tail[loc + 8..loc + 16].try_into().ok()?);
    file.seek(SeekFrom::Start(off)).ok()?;
    let mut rec = [0u8; 40];
    file.read_exact(&mut rec).ok()?;
    if &rec[..4] != b"PK\x06\x06" {
        return None;
    }
    Some(u64::from_le_bytes(rec[32..40].try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn sniffed(bytes: &[u8], ext: &str) -> Result<Format, String> {
        let head = &bytes[..bytes.len().min(HEAD_BYTES)];
        sniff(head, ext, &mut Cursor::new(bytes)).map_err(|e| e.to_string())
    }

    fn ole_with(names: &[&str]) -> Vec<u8> {
        let mut b = CFB.to_vec();
        b.resize(512, 0);
        for n in names {
            b.extend(n.encode_utf16().flat_map(|u| u.to_le_bytes()));
            b.resize(b.len() + 64, 0);
        }
        b
    }

    #[test]
    fn magic_bytes_win_over_the_extension() {
        assert_eq!(sniffed(b"%PDF-1.4\n...", "txt"), Ok(Format::Pdf));
        assert_eq!(sniffed("湘潭县禁毒办\n".as_bytes(), "pdf"), Ok(Format::Text));
        assert_eq!(
            sniffed(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "docx").unwrap_err(),
            "image (PNG): jixiao cannot read it; run OCR on it and save the text as .txt"
        );
        assert_eq!(
            sniffed(b"\xFF\xD8\xFF\xE0\0\x10JFIF", "jpg").unwrap_err(),
            "image (JPEG): jixiao cannot read it; run OCR on it and save the text as .txt"
        );
        assert_eq!(
            sniffed(b"{\\rtf1\\ansi", "doc").unwrap_err(),
            "RTF document: jixiao cannot read it; save it as .docx or .txt"
        );
        assert_eq!(sniffed(b"<!DOCTYPE html><html>", "doc"), Ok(Format::Html));
        assert_eq!(sniffed(b"<div><p>\xe7\xa6\x81\xe6\xaf\x92</p></div>", "htm"), Ok(Format::Html));
        assert_eq!(sniffed(b"<\xe8\xa1\xa8>", "txt"), Ok(Format::Text));
    }

    #[test]
    fn ole_files_by_their_streams() {
        assert_eq!(sniffed(&ole_with(&["Root Entry", "WordDocument"]), "doc"), Ok(Format::Doc));
        assert_eq!(sniffed(&ole_with(&["Root Entry", "WordDocument"]), "wps"), Ok(Format::Doc));
        assert_eq!(sniffed(&ole_with(&["Root Entry", "Workbook"]), "xls"), Ok(Format::Xls));
        assert_eq!(sniffed(&ole_with(&["Root Entry", "Book"]), "xls"), Ok(Format::Xls));
        assert_eq!(
            sniffed(&ole_with(&["Root Entry", "EncryptionInfo", "EncryptedPackage"]), "docx").unwrap_err(),
            "password-protected Word file: save a copy without the password"
        );
    }

    #[test]
    fn junk_and_text() {
        assert!(is_binary(b"\x01\x02\x03\x04abc\x05\x06"));
        assert!(is_binary(b"abc\0def"));
        assert!(!is_binary("全年预算65万元。\r\n\t合计".as_bytes()));
        assert!(!is_binary(b"\xFF\xFEa\0b\0"));
        assert_eq!(sniffed(b"\x7FELF\x02\x01\x01\0\0\0", "").unwrap_err(), "binary data, not a text report");
    }

    #[test]
    fn a_truncated_zip_is_named_damaged() {
        let e = sniffed(b"PK\x03\x04\x14\0\0\0\x08\0 and then nothing", "docx").unwrap_err();
        assert_eq!(e, "unreadable Word file: damaged or truncated (the zip archive is incomplete); open it in Word and save it again");
    }
}
