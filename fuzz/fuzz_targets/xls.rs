//! The Excel 97-2003 .xls reader on any bytes: an error or text, never a crash and never
//! memory without bound. The reader catches panics of the workbook parser it uses (calamine)
//! and names the file damaged, as the binary does (whose panic hook stays quiet inside it):
//! this target's hook is quiet too, so that only what escapes the reader — a panic of
//! jixiao's own, an abort, an allocation past the fuzzer's limit — is reported.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::io::Cursor;

fuzz_target!(|data: &[u8]| {
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(jixiao::extract::quiet_panic_hook);
    let _ = jixiao::extract::quiet_panics(|| jixiao::extract::xlsx::read_xls(Cursor::new(data)));
});
