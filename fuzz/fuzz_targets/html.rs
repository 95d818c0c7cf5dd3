//! The web page reader on any text (markup left open, stray '<', unknown entities, deep
//! nesting): text, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(page) = std::str::from_utf8(data) else { return };
    let _ = jixiao::extract::html::text(page);
});
