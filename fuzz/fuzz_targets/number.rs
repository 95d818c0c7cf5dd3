//! The number parser on any text: never a panic; every token's spans lie inside the text on
//! character boundaries, and its value is a finite number.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    for n in jixiao::extract::number::scan(s) {
        assert!(n.start <= n.num_start && n.num_start <= n.num_end && n.num_end <= n.end && n.end <= s.len());
        assert!(s.is_char_boundary(n.start) && s.is_char_boundary(n.end));
        assert!(s.is_char_boundary(n.num_start) && s.is_char_boundary(n.num_end));
        assert!(n.value.is_finite(), "{} from {:?}", n.value, &s[n.start..n.end]);
    }
    let _ = jixiao::extract::number::parse_chinese(s);
});
