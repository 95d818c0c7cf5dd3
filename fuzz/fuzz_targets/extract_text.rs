//! Text extraction on any bytes, decoded as a report file is (UTF-8, else GB18030): never a
//! panic, and every fact's value finite.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = jixiao::extract::text::decode(data) else { return };
    for r in jixiao::extract::extract_text("fuzz.txt", &text) {
        for f in &r.facts {
            assert!(f.value.is_finite(), "{f:?}");
        }
    }
});
