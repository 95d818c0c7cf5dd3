//! The .docx reader on any bytes (a zip or not), its XML walker on any document.xml, and the
//! Word 97-2003 .doc reader on any bytes: an error or text, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = jixiao::extract::docx::text(data);
    let _ = jixiao::extract::docx::body_text(data);
    let _ = jixiao::extract::doc::read(std::io::Cursor::new(data));
});
