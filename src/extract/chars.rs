//! Sets of characters as bitsets over the Basic Multilingual Plane (one bit a code point,
//! built at compile time from a string of the characters), and the decoding of one UTF-8
//! character at a byte offset. The scanners that pass over every character of a text
//! (numerals, traditional characters) test membership with one load instead of a match.
//! And the byte-level helpers every line passes through: `lines_of` (a text's lines),
//! `has_byte` (a tab or a space in a line), `trim_ws` (`str::trim` with a fast path) — each
//! held to its `str` counterpart by a property test; and `is_han` (a Chinese character).

/// Is `c` a Chinese character of the CJK Unified Ideographs block (U+4E00–U+9FFF)?
#[inline]
pub fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// A set of characters of the Basic Multilingual Plane: one bit a code point.
pub struct CharSet(pub [u64; 1024]);

impl CharSet {
    /// The set of the characters of `chars` (each of at most three UTF-8 bytes).
    pub const fn of(chars: &str) -> CharSet {
        let b = chars.as_bytes();
        let mut bits = [0u64; 1024];
        let mut i = 0;
        while i < b.len() {
            let (cp, len) = decode(b, i);
            bits[(cp >> 6) as usize] |= 1 << (cp & 63);
            i += len;
        }
        CharSet(bits)
    }

    #[inline]
    pub fn has(&self, cp: u32) -> bool {
        self.0.get((cp >> 6) as usize).is_some_and(|w| w >> (cp & 63) & 1 == 1)
    }

    pub fn has_char(&self, c: char) -> bool {
        self.has(c as u32)
    }
}

/// `str::trim` with a fast path: a text whose first and last characters plainly are no
/// whitespace (a Chinese character, a full-width sign, a visible ASCII one) is returned as it
/// is, from a look at its end bytes, without decoding; any other is trimmed by `str::trim`.
/// (Trimming runs over every line, cell and sentence; `trim` decodes both ends and looks each
/// non-ASCII character up in Unicode's table.)
#[inline]
pub fn trim_ws(s: &str) -> &str {
    let b = s.as_bytes();
    let n = b.len();
    if n == 0 {
        return s;
    }
    // (whitespace beyond ASCII: U+0085 and U+00A0 (C2 85, C2 A0), U+1680 (E1 9A 80),
    // U+2000–U+200A, U+2028, U+2029, U+202F (E2 80 …), U+205F (E2 81 9F), U+3000 (E3 80 80))
    let ws2 = |b0: u8, b1: u8| b0 == 0xC2 && matches!(b1, 0x85 | 0xA0);
    let ws3 = |b0: u8, b1: u8, b2: u8| match (b0, b1) {
        (0xE3, 0x80) | (0xE1, 0x9A) => b2 == 0x80,
        (0xE2, 0x80) => b2 <= 0x8A || matches!(b2, 0xA8 | 0xA9 | 0xAF),
        (0xE2, 0x81) => b2 == 0x9F,
        _ => false,
    };
    let solid_start = match b[0] {
        0x21..=0x7F => true,
        0xC2..=0xDF => n >= 2 && !ws2(b[0], b[1]),
        0xE0..=0xEF => n >= 3 && !ws3(b[0], b[1], b[2]),
        0xF0.. => true,
        _ => false,
    };
    let solid_end = match b[n - 1] {
        0x21..=0x7F => true,
        0x00..=0x20 => false,
        // (the last character's lead byte: three bytes back, two, or four)
        _ if n >= 3 && (0xE0..=0xEF).contains(&b[n - 3]) => !ws3(b[n - 3], b[n - 2], b[n - 1]),
        _ if n >= 2 && (0xC2..=0xDF).contains(&b[n - 2]) => !ws2(b[n - 2], b[n - 1]),
        _ => n >= 4 && b[n - 4] >= 0xF0,
    };
    if solid_start && solid_end {
        s
    } else {
        s.trim()
    }
}

/// `.trim_ws()` on a `str` (and a `String`): see [`trim_ws`].
pub trait TrimWs {
    fn trim_ws(&self) -> &str;
}

impl TrimWs for str {
    #[inline]
    fn trim_ws(&self) -> &str {
        trim_ws(self)
    }
}

/// Does `s` hold the ASCII byte `b` (a tab, a space, a line break)? memchr's vector search:
/// `str::contains(char)` walks a word at a time, and these tests run over every line.
#[inline]
pub fn has_byte(s: &str, b: u8) -> bool {
    memchr::memchr(b, s.as_bytes()).is_some()
}

/// The lines of `s` as `str::split('\n')` gives them (the last piece after the last break,
/// empty when `s` ends with one), found by memchr's vector search.
pub fn lines_of(s: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    let mut breaks = memchr::memchr_iter(b'\n', s.as_bytes());
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match breaks.next() {
            Some(i) => {
                let line = &s[from..i];
                from = i + 1;
                Some(line)
            }
            None => {
                done = true;
                Some(&s[from..])
            }
        }
    })
}

/// The code point of the UTF-8 character at `b[i]` (of at most three bytes; a longer one
/// reads as U+FFFF, in no set) and its length in bytes.
#[inline]
pub const fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let lead = b[i] as u32;
    if lead < 0x80 {
        (lead, 1)
    } else if lead < 0xE0 {
        // a two-byte character (or a continuation byte, never a character's start here)
        ((lead & 0x1F) << 6 | (b[i + 1] as u32 & 0x3F), 2)
    } else if lead < 0xF0 {
        ((lead & 0x0F) << 12 | (b[i + 1] as u32 & 0x3F) << 6 | (b[i + 2] as u32 & 0x3F), 3)
    } else {
        (0xFFFF, 4)
    }
}

/// The character at byte `at` of `s` as a code point (U+FFFF past the end).
#[inline]
pub fn cp_at(s: &str, at: usize) -> u32 {
    if at < s.len() {
        decode(s.as_bytes(), at).0
    } else {
        0xFFFF
    }
}

/// Does `s` hold a character of `set`? (a cheap test before a regex whose every word holds one)
/// It runs over most sentences several times: a three-byte character (all of Chinese) is
/// looked up by the set's word of its first two bytes and the bit of its third, without
/// decoding it (as `number::chinese_tokens` steps over characters).
pub fn any_in(s: &str, set: &CharSet) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        if (0xE0..0xF0).contains(&lead) {
            // (a lead byte E0..EF is followed by two bytes in a str)
            let Some(&[b1, b2]) = b.get(i + 1..i + 3) else { return false };
            let word = set.0[(usize::from(lead & 0x0F) << 6) | usize::from(b1 & 0x3F)];
            if word >> (b2 & 0x3F) & 1 == 1 {
                return true;
            }
            i += 3;
            continue;
        }
        let (cp, len) = decode(b, i);
        if set.has(cp) {
            return true;
        }
        i += len;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// `lines_of` cuts a text where `split('\n')` does, ending and all; `has_byte` finds
        /// what `contains` finds.
        #[test]
        fn lines_of_is_split_at_line_breaks(parts in proptest::collection::vec(proptest::sample::select(vec![
            "\n", "\r\n", "\t", " ", "禁毒", "a", "。", "\n\n", "😀", "\u{3000}", "\u{a0}", "\u{85}",
            "\u{1680}", "\u{2003}", "\u{2028}", "\u{205f}", "\u{feff}", "，", "é", "\u{e000}", "\x0b", "\0", "“", "—", "、", "\u{2009}", "\u{202f}",
            "\u{2029}", "\u{2030}", "\u{3001}", "\u{c2}", "\u{1681}",
        ]), 0..40)) {
            let text: String = parts.concat();
            let got: Vec<&str> = lines_of(&text).collect();
            let want: Vec<&str> = text.split('\n').collect();
            proptest::prop_assert_eq!(got, want);
            proptest::prop_assert_eq!(trim_ws(&text), text.trim());
            for b in [b'\t', b' ', b'\n'] {
                proptest::prop_assert_eq!(has_byte(&text, b), text.contains(b as char));
            }
        }
    }

    #[test]
    fn a_set_holds_its_characters_and_no_other() {
        let s = CharSet::of("元%é〇禁");
        for c in ['元', '%', 'é', '〇', '禁'] {
            assert!(s.has_char(c), "{c}");
        }
        for c in ['人', '&', 'e', '😀', '\u{FFFF}'] {
            assert!(!s.has_char(c), "{c}");
        }
        let t = "a元é😀";
        let cps: Vec<u32> = [0, 1, 4, 6].iter().map(|&i| cp_at(t, i)).collect();
        assert_eq!(cps, ['a' as u32, '元' as u32, 'é' as u32, 0xFFFF]);
        assert_eq!(cp_at(t, t.len()), 0xFFFF);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// `any_in` answers as testing each character of the text would.
        #[test]
        fn any_in_tests_every_character(parts in proptest::collection::vec(proptest::sample::select(vec![
            "a", "%", "元", "禁", "毒", "é", "〇", "😀", "，", "\u{FFFF}", "年", "ā", " ",
        ]), 0..12)) {
            let t: String = parts.concat();
            for set in [CharSet::of("元%é〇禁"), CharSet::of("年"), CharSet::of("a")] {
                proptest::prop_assert_eq!(any_in(&t, &set), t.chars().any(|c| set.has_char(c)), "{:?}", t);
            }
        }
    }
}
