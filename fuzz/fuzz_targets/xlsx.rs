//! The content sniffer, the .xlsx reader (calamine behind jixiao's archive bounds) and the
//! Excel 97-2003 .xls reader on any bytes: an error or text, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::io::Cursor;

fuzz_target!(|data: &[u8]| {
    let head = &data[..data.len().min(jixiao::extract::sniff::HEAD_BYTES)];
    let _ = jixiao::extract::sniff::sniff(head, "xlsx", &mut Cursor::new(data));
    let _ = jixiao::extract::xlsx::read(Cursor::new(data));
    let _ = jixiao::extract::xlsx::read_xls(Cursor::new(data));
});
