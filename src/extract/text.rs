//! Bytes → normalised text with a line map. Owns decoding (UTF-8, UTF-8 with BOM, GB18030, Big5),
//! character normalisation (full-width digits and signs, CRLF, 繁體 read as simplified),
//! Markdown and web-page pipe rows, a web page's furniture (发布时间, 索引号) and the joining
//! of physical lines into logical paragraphs (a sentence broken across a blank line, a decimal
//! broken by a line break, a table label on one line and its value on the next; a news page's
//! headline and date line stand alone). Hands `Doc`
//! to the segmenter and the field scanner, which map byte offsets back to 1-based source lines.

use super::chars::{has_byte, TrimWs};
use super::divisions::Division;
use super::error::ExtractError;

/// Decode a report's bytes: UTF-8 (with or without BOM), else GB18030 (a superset of GBK and
/// GB2312) or Big5, whichever reads as Chinese. Text that is none of them is refused rather
/// than guessed.
pub fn decode(bytes: &[u8]) -> Result<String, ExtractError> {
    decode_owned(bytes.to_vec())
}

/// `decode`, taking the bytes: UTF-8 (most reports) becomes the text without a copy.
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<String, ExtractError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    // UTF-8 checked with SIMD (std's check of Chinese text, three bytes a character, was a
    // few percent of extraction)
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just found `bytes` valid UTF-8
        return Ok(unsafe { String::from_utf8_unchecked(bytes) });
    }
    let b = bytes.as_slice();
    if b.starts_with(b"\xFF\xFE") || b.starts_with(b"\xFE\xFF") {
        let enc = if b[0] == 0xFF { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
        let (s, _, bad) = enc.decode(b);
        if !bad {
            return Ok(s.into_owned());
        }
    }
    let (s, _, bad) = encoding_rs::GB18030.decode(b);
    // (a page of Taiwan's or Hong Kong's encoding, Big5, decodes as GB18030 too, into nonsense:
    // of the two readings, the one whose characters are the common ones of written Chinese)
    // (the Big5 reading stops at its first byte Big5 has no character for: most GBK text)
    if let Some(big5) = encoding_rs::BIG5.decode_without_bom_handling_and_without_replacement(b) {
        if bad || common_chars(&big5) > common_chars(&s) {
            return Ok(big5.into_owned());
        }
    }
    if bad {
        return Err(ExtractError::Encoding);
    }
    Ok(s.into_owned())
}

/// Frequent characters of written Chinese and of the field's reports, in simplified forms:
/// a text decoded with the wrong encoding holds few of them.
static COMMON: super::chars::CharSet = super::chars::CharSet::of(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过\
     子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体\
     制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内\
     数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直\
     题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别\
     手角期根论运农指几九区强放决西被干做必战先回则任取据处府研县市省局办委毒禁戒吸案查获破元万\
     预算支出执行项目经费绩效评价报告完成情况单位人员率检测尿宣传教育打击犯罪嫌疑社康复",
);

/// How many of a text's first characters are common ones (`COMMON`), a traditional character
/// counted as its simplified form.
fn common_chars(text: &str) -> usize {
    let map = &*TO_SIMPLIFIED;
    text.chars()
        .filter(|c| !c.is_ascii())
        .take(2000)
        .filter(|&c| {
            COMMON.has_char(c) || TRADITIONAL_SET.has_char(c) && map.get(&c).is_some_and(|&s| COMMON.has_char(s))
        })
        .count()
}

/// Map one character to its normalised form: full-width digits and ASCII-range signs to
/// ASCII, the percent look-alikes to '%', odd spaces to ' '. Punctuation that carries
/// sentence structure in Chinese (，。；：（）) is kept.
fn norm_char(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '％' | '﹪' => '%',
        '\u{00A0}' | '\u{3000}' | '\u{2002}' | '\u{2003}' | '\u{2009}' | '\u{200B}' | '\u{FEFF}' => ' ',
        '＜' => '<',
        '＞' => '>',
        '＝' => '=',
        _ => c,
    }
}

/// A Chinese character (or full-width sign) beside a figure's digits with one space between
/// them: text from a PDF (pdftotext puts a space where the font changes) or typeset for the
/// web, `全县共破获毒品刑事案件 14 起`, `回顾过去的 2021 年`. Prose only: a table flattened with
/// single spaces is made into cells before (`cells::respace`), and a line of cells apart by
/// tabs is left as it is.
fn close_spaces(line: String) -> String {
    let cjk = |c: char| ('\u{3000}'..='\u{9FFF}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c);
    let digit_side = |c: char| c.is_ascii_digit() || c == '%';
    let b = line.as_bytes();
    // (a space with a byte of a character of three bytes beside it, only: tested first, the
    // cheaper test on most lines)
    if !space_by_figure(b) {
        return line;
    }
    // (a line of prose: a sentence's or a clause's sign in it; a date line, a paper's name and
    // time, is left as it is)
    if !line.contains(['，', '。', '；', '、', '：']) {
        return line;
    }
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' && i > 0 && i + 1 < chars.len() {
            let (p, n) = (chars[i - 1], chars[i + 1]);
            // (one space: two or more keep cells apart)
            let lone = p != ' ' && n != ' ';
            if lone && (cjk(p) && n.is_ascii_digit() || digit_side(p) && cjk(n)) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Is there a space between a digit (or %) and a byte of a multi-byte character, either way
/// round? Read from each space, which memchr finds with SIMD (most lines of Chinese prose
/// have none), not from every byte.
fn space_by_figure(b: &[u8]) -> bool {
    memchr::memchr_iter(b' ', b).any(|i| {
        i > 0 && i + 1 < b.len() && {
            let (p, n) = (b[i - 1], b[i + 1]);
            p >= 0x80 && n.is_ascii_digit() || (p.is_ascii_digit() || p == b'%') && n >= 0x80
        }
    })
}

/// A line's ASCII commas, semicolons and colons beside Chinese text as the Chinese signs
/// (…我县实有吸毒人员870人,入库数… → 870人，入库数): a page converted or typed with ASCII signs
/// (some sites' editors write every ，as ,) keeps its clauses, which the readers part at the
/// Chinese signs — a city's paragraph going county by county (…97分;北塔区…) lost every county.
/// A sign between two digits (1,234, 10:30) or in an address (http://) stays as it is.
fn chinese_signs(line: &str) -> std::borrow::Cow<'_, str> {
    // (cheap test first: an ASCII comma, semicolon or colon at all)
    if memchr::memchr3(b',', b';', b':', line.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(line);
    }
    let han = |c: char| ('\u{3400}'..='\u{9FFF}').contains(&c);
    let chars: Vec<char> = line.chars().collect();
    // (a row of comma-separated cells — a form saved as .csv text: 年度资金总额,60.00,60.00,57.36;
    // 项目资金（万元）,年初预算数,全年预算数 — keeps its commas: an empty cell, two figure cells
    // after words, or three cells and more none of them a clause's length)
    let figure_cells = chars
        .windows(3)
        .filter(|w| w[1] == ',' && !w[0].is_ascii_digit() && (w[2].is_ascii_digit() || matches!(w[2], '≥' | '≤' | '-')))
        .count();
    let short_cells = || {
        let mut cells = line.split(',');
        line.matches(',').count() >= 2 && cells.all(|c| c.chars().count() <= 12)
    };
    let csv_row = line.contains(",,") || figure_cells >= 2 || short_cells();
    let mut out: Option<String> = None;
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let by_han = prev.is_some_and(han) || next.is_some_and(han);
        let to = match c {
            ',' if by_han && !csv_row => Some('，'),
            ';' if by_han => Some('；'),
            ':' if prev.is_some_and(han) && next != Some('/') => Some('：'),
            _ => None,
        };
        match (to, out.as_mut()) {
            (Some(t), Some(o)) => o.push(t),
            (Some(t), None) => {
                let mut o: String = chars[..i].iter().collect();
                o.push(t);
                out = Some(o);
            }
            (None, Some(o)) => o.push(c),
            (None, None) => {}
        }
    }
    out.map_or(std::borrow::Cow::Borrowed(line), std::borrow::Cow::Owned)
}

/// A line's full-width figures in ASCII (２０２３ → 2023, ４５．５０ → 45.50, ９８％ → 98%) before
/// its cells are read (`clean`): a form's row whose cells a full-width slash or bars part, typed
/// with full-width digits (编制人数／６／实有人数／６), was no row of cells, its figures not seen
/// as figures. Spaces are left as they are (`clean` tells an ideographic space from others);
/// `normalize_line` maps the rest after.
fn ascii_figures(line: &str) -> std::borrow::Cow<'_, str> {
    // (cheap test first: a full-width digit is EF BC 90–99)
    let b = line.as_bytes();
    let full_digit = |i: usize| b.get(i + 1) == Some(&0xBC) && b.get(i + 2).is_some_and(|x| (0x90..=0x99).contains(x));
    if !memchr::memchr_iter(0xEF, b).any(full_digit) {
        return std::borrow::Cow::Borrowed(line);
    }
    // (`normalize_line`'s own mapping, each odd space kept as it is)
    let mut out = String::with_capacity(line.len());
    for (i, c) in line.char_indices() {
        let n = norm_at(line, i, c, &out);
        out.push(if n == ' ' { c } else { n });
    }
    std::borrow::Cow::Owned(out)
}

/// Normalise a line: characters mapped, and full-width '．' and '，' inside numbers made
/// ASCII (１２３，４５６．７８ → 123,456.78).
pub fn normalize_line(line: &str) -> String {
    if !needs_normalizing(line.as_bytes()) {
        return line.to_string();
    }
    // every character `norm_char` or the rules for numbers change is led by C2, E2, E3 or EF:
    // the runs between such characters are copied whole, the characters read one by one
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut copied = 0;
    let mut at = |p: usize, out: &mut String| {
        if p < copied {
            return;
        }
        out.push_str(&line[copied..p]);
        let Some(c) = line[p..].chars().next() else { return };
        out.push(norm_at(line, p, c, out));
        copied = p + c.len_utf8();
    };
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 16) {
        let mut m = leads16(chunk.try_into().unwrap_or(&[0; 16]));
        while m != 0 {
            at(i + m.trailing_zeros() as usize, &mut out);
            m &= m - 1;
        }
        i += 16;
    }
    for (p, &x) in b.iter().enumerate().skip(i) {
        if matches!(x, 0xC2 | 0xE2 | 0xE3 | 0xEF) {
            at(p, &mut out);
        }
    }
    out.push_str(&line[copied..]);
    out
}

/// The plain definition of `normalize_line`: every character read one by one.
#[cfg(test)]
fn normalize_line_ref(line: &str) -> String {
    // most lines need nothing: no full-width digit, sign or odd space, and no full-width
    // point or comma right after a digit (a byte scan: this runs over every line)
    if !needs_normalizing(line.as_bytes()) {
        return line.to_string();
    }
    // one pass: the characters before are already mapped in `out` (an ASCII digit is its
    // last byte); the few after '．' or '，' are mapped when looked at
    let mut out = String::with_capacity(line.len());
    for (i, c) in line.char_indices() {
        out.push(norm_at(line, i, c, &out));
    }
    out
}

/// The character `c` at byte `p` of `line`, normalised, after `done` (the line before it,
/// normalised): a full-width point or thousands comma after a digit becomes ASCII ('．' before
/// a digit, '，' before exactly three), any other character as `norm_char` maps it.
fn norm_at(line: &str, p: usize, c: char, done: &str) -> char {
    let prev_digit = || done.as_bytes().last().is_some_and(u8::is_ascii_digit);
    let next = || line[p + c.len_utf8()..].chars().map(norm_char);
    match c {
        '．' if prev_digit() && next().next().is_some_and(|c| c.is_ascii_digit()) => '.',
        '，' if prev_digit() && {
            let after: Vec<char> = next().take(4).collect();
            after.len() >= 3
                && after[..3].iter().all(char::is_ascii_digit)
                && !after.get(3).is_some_and(char::is_ascii_digit)
        } =>
        {
            ','
        }
        _ => norm_char(c),
    }
}

/// Does `normalize_line` change anything? Looks at the UTF-8 bytes of the characters
/// `norm_char` maps (all led by 0xC2, 0xE2, 0xE3 or 0xEF) and of '．'/'，' after a digit.
fn needs_normalizing(b: &[u8]) -> bool {
    // does the character led by b[p] (one of the four lead bytes) need normalising?
    let at = |p: usize| {
        let (b1, b2) = (b.get(p + 1).copied(), b.get(p + 2).copied());
        match b[p] {
            0xC2 => b1 == Some(0xA0),
            0xE2 => b1 == Some(0x80) && matches!(b2, Some(0x82 | 0x83 | 0x89 | 0x8B)),
            0xE3 => b1 == Some(0x80) && b2 == Some(0x80),
            0xEF => match (b1, b2) {
                // ０-９ ％ ＜ ＝ ＞
                (Some(0xBC), Some(0x90..=0x99 | 0x85 | 0x9C | 0x9D | 0x9E)) => true,
                // ． ， after a digit
                (Some(0xBC), Some(0x8C | 0x8E)) => p > 0 && b[p - 1].is_ascii_digit(),
                // ﹪ and the BOM
                (Some(0xB9), Some(0xAA)) | (Some(0xBB), Some(0xBF)) => true,
                _ => false,
            },
            _ => false,
        }
    };
    // sixteen bytes at a time: each byte C2, E2, E3 or EF (never inside a character: they
    // lead one) is looked at, the others not at all
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 16) {
        let mut m = leads16(chunk.try_into().unwrap_or(&[0; 16]));
        while m != 0 {
            if at(i + m.trailing_zeros() as usize) {
                return true;
            }
            m &= m - 1;
        }
        i += 16;
    }
    (i..b.len()).any(|p| matches!(b[p], 0xC2 | 0xE2 | 0xE3 | 0xEF) && at(p))
}

/// Bit k set where `c[k]` is 0xC2, 0xE2, 0xE3 or 0xEF (a lead byte of a character
/// `normalize_line` may map): four byte comparisons of sixteen lanes.
#[inline]
fn leads16(c: &[u8; 16]) -> u32 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        // SAFETY: SSE2 is part of every x86_64 target (its intrinsics need no run-time
        // check); the unaligned load reads the sixteen bytes of `c` and no more
        unsafe {
            let v = _mm_loadu_si128(c.as_ptr().cast());
            // (E2 and E3 differ in their lowest bit only: one comparison of both)
            let e2_e3 = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(0xFEu8 as i8)), _mm_set1_epi8(0xE2u8 as i8));
            let c2 = _mm_cmpeq_epi8(v, _mm_set1_epi8(0xC2u8 as i8));
            let ef = _mm_cmpeq_epi8(v, _mm_set1_epi8(0xEFu8 as i8));
            _mm_movemask_epi8(_mm_or_si128(e2_e3, _mm_or_si128(c2, ef))) as u32
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        c.iter().enumerate().fold(0, |m, (k, &x)| m | u32::from(matches!(x, 0xC2 | 0xE2 | 0xE3 | 0xEF)) << k)
    }
}

/// Traditional characters and their simplified forms (繁體 pages are read as simplified), one
/// for one, each only used in traditional writing: OpenCC's character table (TSCharacters)
/// less every character that is also written in simplified text (乾, 夥, 覆 …), with 於 → 于
/// and 徵 → 征 (two files of the same length in characters, no newline).
const TRADITIONAL: &str = include_str!("traditional.txt");
const SIMPLIFIED: &str = include_str!("simplified.txt");

static TO_SIMPLIFIED: once_cell::sync::Lazy<std::collections::HashMap<char, char>> =
    once_cell::sync::Lazy::new(|| TRADITIONAL.chars().zip(SIMPLIFIED.chars()).collect());

/// The traditional characters as a set: one test a character.
static TRADITIONAL_SET: super::chars::CharSet = super::chars::CharSet::of(TRADITIONAL);

/// Does the 年来 at `at` close 一年来 (这一年来, 过去一年来: the year under review), not a
/// span of years (十一年来, 三年来)?
pub fn one_year_since(t: &str, at: usize) -> bool {
    t[at..].starts_with("年来")
        && t[..at]
            .strip_suffix('一')
            .is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_digit() || "〇零一二两三四五六七八九十百".contains(c)))
}

/// The first `n` bytes of `s` or fewer, ending where a character ends.
pub fn head(s: &str, n: usize) -> &str {
    let mut cut = s.len().min(n);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[..cut]
}

/// The last `n` bytes of `s` or fewer, from where a character starts.
pub fn tail(s: &str, n: usize) -> &str {
    let mut at = s.len().saturating_sub(n);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

/// A text in traditional characters, in simplified ones; any other text as it is. A text is
/// traditional when its opening already holds several traditional-only characters.
pub fn to_simplified(text: &str) -> std::borrow::Cow<'_, str> {
    let seen = head(text, 900).chars().filter(|&c| TRADITIONAL_SET.has_char(c)).take(5).count();
    if seen < 5 {
        return std::borrow::Cow::Borrowed(text);
    }
    let map = &*TO_SIMPLIFIED;
    let out: String = text.chars().map(|c| *map.get(&c).unwrap_or(&c)).collect();
    // (覆 is simplified writing too, 复 only in words: 批覆 is 批复, the approved budget's word)
    std::borrow::Cow::Owned(if out.contains("批覆") { out.replace("批覆", "批复") } else { out })
}

/// Is `c` a pinyin vowel with a tone mark (ā á ǎ à … ǖ ǘ ǚ ǜ)?
fn tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(c)
}

/// The pinyin a web page prints after each character (全国(quánguó), 萬(wàn)) dropped: a
/// parenthesised run of lowercase Latin letters right after a Chinese character, holding a
/// tone mark; without one (的(de)) only in a text that already has three marked runs. The
/// characters are the text; the readings split its numbers (1.4萬(wàn)余起) and its words.
pub fn strip_pinyin(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    // tone-marked vowels are led by 0xC3, 0xC4, 0xC5 or 0xC7: most texts have none
    if memchr::memchr3(0xC3, 0xC4, 0xC5, b).is_none() && memchr::memchr(0xC7, b).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    // the runs: (start of '(', end after ')', marked)
    let mut runs = Vec::new();
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        if c == '(' && super::chars::is_han(prev) {
            let rest = &text[i + 1..];
            if let Some(n) = rest.find(')') {
                let inner = &rest[..n];
                let letters = inner.chars().all(|c| c.is_ascii_lowercase() || tone_vowel(c) || c == 'ü');
                let len = inner.chars().count();
                if letters && (1..=24).contains(&len) {
                    runs.push((i, i + 1 + n + 1, inner.chars().any(tone_vowel)));
                }
            }
        }
        prev = c;
    }
    let marked = runs.iter().filter(|r| r.2).count();
    let runs: Vec<_> = runs.into_iter().filter(|r| r.2 || marked >= 3).collect();
    if runs.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (a, z, _) in runs {
        out.push_str(&text[at..a]);
        at = z;
    }
    out.push_str(&text[at..]);
    std::borrow::Cow::Owned(out)
}

/// A logical paragraph: text joined from one or more physical lines.
#[derive(Debug, Clone)]
pub struct Para {
    pub text: String,
    /// (byte offset in `text`, 1-based source line) at each joined line's start
    pub starts: Vec<(usize, usize)>,
    /// the paragraph is a heading (markdown #, or a short numbered line like 一、基本情况)
    pub heading: bool,
    /// a table row: cells separated by tabs
    pub table_row: bool,
}

impl Para {
    /// The 1-based source line of byte offset `at`.
    pub fn line_at(&self, at: usize) -> usize {
        let i = self.starts.partition_point(|&(off, _)| off <= at);
        self.starts[i.saturating_sub(1)].1
    }
    pub fn first_line(&self) -> usize {
        self.starts[0].1
    }
}

/// A decoded, normalised document as logical paragraphs.
#[derive(Debug, Clone)]
pub struct Doc {
    pub paras: Vec<Para>,
}

const TERMINAL: &[char] = &['。', '！', '？', '；', ';', '：', ':', '!', '?'];

/// Does the line start like a heading or list item (一、 （一） 1. 1、 ① # …)?
pub fn starts_numbered(s: &str) -> bool {
    let s = s.trim_start();
    if s.starts_with('#') {
        return true;
    }
    let mut it = s.chars();
    let Some(c0) = it.next() else { return false };
    if ('①'..='⑳').contains(&c0) || ('⑴'..='⒇').contains(&c0) {
        return true;
    }
    // (a match, not `str::contains`: this runs on every line)
    let cn = |c: char| matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十');
    if c0 == '（' || c0 == '(' {
        // one to three digits or numerals up to the closing bracket (or the end)
        let mut n = 0;
        for c in it.take_while(|c| *c != '）' && *c != ')') {
            n += 1;
            if n > 3 || !(c.is_ascii_digit() || cn(c)) {
                return false;
            }
        }
        return n > 0;
    }
    if cn(c0) {
        return matches!(s.chars().find(|&c| !cn(c)), Some('、' | '是'));
    }
    if c0.is_ascii_digit() {
        let mut rest = s.chars().skip_while(|c| c.is_ascii_digit());
        return match rest.next() {
            Some('、' | '．') => true,
            Some('.') => !rest.next().is_some_and(|c| c.is_ascii_digit()),
            _ => false,
        };
    }
    false
}

/// A heading line: markdown, or numbered and short without a full stop.
fn is_heading(s: &str) -> bool {
    let t = s.trim_ws();
    if t.starts_with('#') {
        return true;
    }
    if !(t.len() <= 120 && starts_numbered(t) && t.chars().count() <= 30 && !t.contains('。')) {
        return false;
    }
    // (a numbered line of a label and its bare figure — 三、自评得分：95.9, 4.预算执行率：96.55% —
    // is a form's cell, no heading of the lines after it)
    let body = t
        .char_indices()
        .take(6)
        .find(|(_, c)| matches!(c, '、' | '.' | '．' | '）' | ')'))
        .map_or(t, |(i, c)| &t[i + c.len_utf8()..]);
    if t.contains(['：', ':']) && is_label_value(body) {
        return false;
    }
    // (a section's heading of two phrases — 三、深化宣传教育，全民参与氛围浓厚 — is one too: a
    // section numbered in words, one comma, no figure, not running on)
    !t.contains('，')
        || t.matches('，').count() == 1
            && !t.ends_with('，')
            && !t.contains(|c: char| c.is_ascii_digit() || c == '；' || c == '：')
            && SECTION_WORDS.is_match(t)
}
static SECTION_WORDS: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])").unwrap()
});

/// A cell naming an indicator, alone or after its numbering label (尿检, 指标1：尿检, 三级指标：毛发检测,
/// 指标名称：管控率): the name, short words with no figure.
fn indicator_name(c: &str) -> Option<&str> {
    let name = match c.split_once('：') {
        Some((l, n)) => {
            let l = l.trim_ws();
            let bare = l.trim_end_matches(|ch: char| ch.is_ascii_digit());
            (matches!(bare, "指标" | "三级指标" | "指标名称" | "绩效指标") && !n.trim_ws().is_empty())
                .then_some(n.trim_ws())?
        }
        None => c,
    };
    let n = name.chars().count();
    ((2..=20).contains(&n) && !name.contains(|ch: char| ch.is_ascii_digit() || "，。；：:".contains(ch)))
        .then_some(name)
}

/// A line ending on a figure, its percent sign, or its counter after it (…支出211.9, …98%, …实际完成
/// 24起, …3340人次): a form's cell's last value.
fn ends_on_figure(s: &str) -> bool {
    const COUNTERS: &[&str] = &["人次", "起", "人", "次", "场", "名", "份", "个", "家", "户", "分", "元", "%"];
    let s = s.trim_end();
    let s = COUNTERS.iter().find_map(|c| s.strip_suffix(c)).unwrap_or(s);
    s.ends_with(|c: char| c.is_ascii_digit())
}

/// Does a line end on a count with its counter (15起, 120余场, 16.7%) — not a bare number,
/// whose counter may open the next line?
fn count_ends_line(s: &str) -> bool {
    const COUNTERS: &[&str] = &["人次", "场次", "起", "人", "场", "名", "件", "户", "%"];
    let s = s.trim_end();
    COUNTERS.iter().find_map(|c| s.strip_suffix(c)).is_some_and(|s| {
        let s = s.trim_end_matches(['余', '多']);
        s.ends_with(|c: char| c.is_ascii_digit())
    })
}

/// Does a line open on words (查处吸毒人员…), not on a counter, a unit or a mark that goes on the
/// line before (次, 万元, 余, ）, ，)?
fn opens_words(t: &str) -> bool {
    t.chars().next().is_some_and(|c| super::chars::is_han(c) && !"次起人名场件户元万亿余多个以左".contains(c))
}

/// A numbered heading that is a score's label and nothing more (四、自评得分, （五）综合评分, 3.评价得分:,
/// 六、自评结果得分): a section whose text is its figure alone.
fn score_heading(s: &str) -> bool {
    let t = s.trim_ws().trim_end_matches(['：', ':']);
    let n = t.chars().count();
    n <= 16 && (t.ends_with("得分") || t.ends_with("评分") || t.ends_with("总分")) && starts_numbered(t)
}

/// A line holding only a number (perhaps with a unit): the value cell of a flattened table.
fn is_bare_value(s: &str) -> bool {
    let t = s.trim_ws();
    !t.is_empty()
        && t.len() <= 64
        && t.chars().count() <= 16
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, '.' | ',' | '%' | ' ' | '万' | '元' | '亿' | '千' | '人' | '次' | '个' | '分')
        })
}

/// A label, a colon and a bare value (自评总分：95.75, 综合得分：96分): a form's cell on a line.
fn is_label_value(s: &str) -> bool {
    // (a label of at most 20 characters and a value of at most 64 bytes: a longer line is none)
    s.len() <= 160 && s.split_once(['：', ':']).is_some_and(|(label, value)| is_label(label) && is_bare_value(value))
}

/// A short label cell (年度预算金额, 单位名称): no digits, no sentence punctuation.
fn is_label(s: &str) -> bool {
    let t = s.trim_ws();
    if t.len() > 80 {
        return false;
    }
    let n = t.chars().count();
    (2..=20).contains(&n) && !t.chars().any(|c| c.is_ascii_digit() || TERMINAL.contains(&c) || c == '，')
}

/// A line of label：figure pairs apart by an ideographic space or two spaces or more, every
/// label short words and every value a figure (总分：100　自评得分：98.7): the pairs' cells apart
/// by tabs; None for any other line (填报单位：某禁毒办　　金额单位：元, a sentence).
fn figure_pairs(t: &str) -> Option<String> {
    let parts: Vec<&str> =
        t.split('\u{3000}').flat_map(|p| p.split("  ")).map(|p| p.trim_ws()).filter(|p| !p.is_empty()).collect();
    if parts.len() < 2 {
        return None;
    }
    let mut cells = Vec::with_capacity(parts.len() * 2 + 1);
    // (an indicator's name may open the line, alone or after 指标1：, 三级指标：, before its pairs
    // of a target's or result's name and value: 指标1：尿检　年度指标值：≥1800人次　实际完成值：1926人次)
    if let Some(name) = indicator_name(parts[0]) {
        let pair = |p: &str| {
            p.split_once('：').is_some_and(|(n, v)| {
                matches!(super::cells::role(n.trim_ws()), Some(super::cells::Role::Target | super::cells::Role::Result))
                    && super::cells::is_value(v.trim_ws())
            })
        };
        // (a name alone, or with one pair, is no such line)
        if parts.len() < 3 || !parts[1..].iter().all(|p| pair(p)) {
            return None;
        }
        cells.push(name);
        for p in &parts[1..] {
            let (n, v) = p.split_once('：')?;
            cells.push(n.trim_ws());
            cells.push(v.trim_ws());
        }
        return Some(cells.join("\t"));
    }
    for p in &parts {
        let (label, value) = p.split_once('：')?;
        let (label, value) = (label.trim_ws(), value.trim_ws());
        let n = label.chars().count();
        if !(2..=10).contains(&n)
            || label.contains(|c: char| c.is_ascii_digit() || "，。；、,;（(".contains(c))
            || !value.starts_with(|c: char| c.is_ascii_digit())
            || !super::cells::is_value(value)
            || value.contains(['，', '。', '；', '、'])
        {
            return None;
        }
        cells.push(label);
        cells.push(value);
    }
    Some(cells.join("\t"))
}

/// A line of box-drawing characters alone (U+2500–U+257F: ─ ━ ┌ ┬ ┼ ├ ═ ╪ …) and spaces:
/// the rule between a box-drawn table's rows, no cells of its own.
fn box_rule(line: &str) -> bool {
    let t = line.trim_ws();
    !t.is_empty() && t.chars().all(|c| ('\u{2500}'..='\u{257F}').contains(&c) || c == ' ')
}

/// A row holding a form's date's label and the date in the next cell (填报日期\t2023年3月15日, 报告
/// 日期：\t2023-03-15, 填报人\t张三\t填报日期\t2023年3月15日) with the two as one cell of the label
/// and its date (填报日期：2023年3月15日), as a line writes them. None otherwise.
fn dated_cells(line: &str) -> Option<String> {
    // (cheap test first: a tab, and a date's word)
    if !line.contains('\t') || !(line.contains("日期") || line.contains("时间")) {
        return None;
    }
    const LABELS: &[&str] = &["填报", "填表", "报告", "编制", "评价", "自评", "报送", "制表", "打印", "签发", "成文"];
    let cells: Vec<&str> = line.trim_ws().split('\t').collect();
    let at = cells.windows(2).position(|w| {
        let label = w[0].trim_ws().trim_end_matches(['：', ':']);
        let date = w[1].trim_ws().as_bytes();
        (label.ends_with("日期") || label.ends_with("时间"))
            && label.len() <= 18
            && LABELS.iter().any(|l| label.starts_with(l))
            && date.get(..4).is_some_and(|y| y.starts_with(b"20") && y.iter().all(u8::is_ascii_digit))
    })?;
    let label = cells[at].trim_ws().trim_end_matches(['：', ':']);
    let joined = format!("{label}：{}", cells[at + 1].trim_ws());
    let mut out: Vec<&str> = cells[..at].to_vec();
    out.push(&joined);
    out.extend(cells[at + 2..].iter().copied().filter(|c| !c.trim_ws().is_empty()));
    Some(out.join("\t"))
}

/// Strip markdown emphasis and heading marks and the leftovers of Word bookmarks.
fn clean(line: &str) -> std::borrow::Cow<'_, str> {
    // a table drawn with box rules or full-width bars (┃年度预算 │ 年初预算数 96.00 │…┃,
    // 查处吸毒人员｜≥100人次｜118人次) is a Markdown-like row: its bars are pipes
    // (a byte search first — box rules are E2 94 xx / E2 95 xx, ｜ EF BD 9C —: this runs over
    // every line, and most hold none)
    // (the lead byte E2 found with memchr, its next byte looked at — quotes and dashes, E2 80,
    // are the only other E2s of Chinese prose —; ｜ by a searcher built once)
    static FULL_BAR: super::re::Word = super::re::Word::new("｜");
    let b = line.as_bytes();
    let bars = memchr::memchr_iter(0xE2, b).any(|i| matches!(b.get(i + 1), Some(0x94 | 0x95)))
        || FULL_BAR.find(line).is_some();
    // (a rule line of a box-drawn table — ┌──┬──┐, ├──┼──┤, └──┴──┘, ╞══╪══╡ — is no row: it
    // would part the header from the rows under it)
    if bars && box_rule(line) {
        return std::borrow::Cow::Borrowed("");
    }
    if bars && line.contains(['│', '┃', '｜', '┆', '║']) {
        let piped: String =
            line.chars().map(|c| if matches!(c, '│' | '┃' | '｜' | '┆' | '║') { '|' } else { c }).collect();
        let t = piped.trim_ws();
        // (a bar inside a line of prose stays a mark: only a row opening or closing on one, or
        // cut by two, is cells)
        if t.starts_with('|') || t.ends_with('|') || t.matches('|').count() >= 2 {
            let t = if t.starts_with('|') || t.ends_with('|') { t.to_string() } else { format!("|{t}|") };
            return std::borrow::Cow::Owned(clean(&t).into_owned());
        }
    }
    // a form's row of its date's label and the date in the cell beside it (填报日期 | 2023年3月15日,
    // a Word or Excel table's): the label and its date, as a line writes them (填报日期：2023年3月15日)
    if let Some(joined) = dated_cells(line) {
        return std::borrow::Cow::Owned(joined);
    }
    // a form's label of two characters spaced out to its cell's width (总    分：95.80)
    // (a look at two bytes first: a character of three bytes, then a space)
    let tb = line.trim_ws().as_bytes();
    // (…or an ideographic space, 总　分　　100, as a form typed in Word spaces it)
    if tb.len() > 6 && tb[0] >= 0xE0 && (tb[3] == b' ' || tb[3..6] == [0xE3, 0x80, 0x80]) {
        if let Some(joined) = spaced_label(line.trim_ws()) {
            return std::borrow::Cow::Owned(clean(&joined).into_owned());
        }
    }
    // a form's line of two or more label：figure pairs apart by an ideographic space or a run of
    // spaces (总分：100　自评得分：98.7, 编制人数：8　　实有人数：7): cells, a label and its figure
    // each, as a Word table's row of pairs (the full marks before a score are then no score)
    // (cheap test first: a full-width colon and an ideographic space or two spaces)
    if line.contains('：') && (line.contains('\u{3000}') || line.contains("  ")) {
        if let Some(row) = figure_pairs(line.trim_ws()) {
            return std::borrow::Cow::Owned(row);
        }
    }
    // a form's row whose cells a full-width slash parts (编制人数／8／实有人数／7, 自评得分／95.5分,
    // 基本支出／预算 45.50／支出 45.50): cells too — a row of short cells whose first is words
    // and a later one holds a figure (a slash in prose, 男／女, or in a date, stays as it is)
    static FULL_SLASH: super::re::Word = super::re::Word::new("／");
    if FULL_SLASH.find(line).is_some() {
        let t = line.trim_ws();
        let cells: Vec<&str> = t.split('／').map(|c| c.trim_ws()).collect();
        let short = |c: &str| {
            let n = c.chars().count();
            (1..=20).contains(&n) && !c.contains(['，', '。', '；', '、', '|', '\t'])
        };
        // (a cell with a figure is a value, or a short name and a value: 预算 45.50, 目标≥30人次)
        let figure_cell = |c: &str| {
            let Some(at) = c.find(|ch: char| ch.is_ascii_digit() || "≥≤<>".contains(ch)) else { return true };
            super::cells::is_value(&c[at..]) && c[..at].trim_ws().chars().count() <= 3
        };
        if cells.iter().all(|c| short(c) && figure_cell(c))
            && (2..=20).contains(&cells[0].chars().count())
            && !cells[0].contains(|c: char| c.is_ascii_digit())
            && cells[1..].iter().any(|c| c.contains(|ch: char| ch.is_ascii_digit()))
        {
            return std::borrow::Cow::Owned(clean(&format!("|{}|", cells.join("|"))).into_owned());
        }
    }
    // a row of cells parted by ASCII bars with no bar at either end (资金合计 | 126.00 | 121.38 |
    // 96.33%, as a table is typed into a text or mail): a Markdown row without its outer bars —
    // three short cells or more, no sentence among them
    // (one byte search first: most lines hold no bar)
    if memchr::memchr(b'|', line.as_bytes()).is_some() {
        let t = line.trim_ws();
        if !t.starts_with('|') && !t.ends_with('|') {
            let cells: Vec<&str> = t.split('|').map(|c| c.trim_ws()).collect();
            // (…a table's: a figure among its cells, or two names of columns — a page's line of
            // links or of its date and source, 首页 | 工作动态 | 发布时间：2023-01-05, is none)
            let table_like = || {
                cells.iter().any(|c| super::cells::is_value(c))
                    || cells.iter().filter(|c| super::cells::role(c).is_some()).count() >= 2
            };
            if cells.len() >= 3
                && cells.iter().all(|c| c.chars().count() <= 30 && !c.contains(['。', '；', '，']))
                && cells.iter().filter(|c| !c.is_empty()).count() >= 3
                && table_like()
            {
                return std::borrow::Cow::Owned(clean(&format!("|{t}|")).into_owned());
            }
        }
    }
    let t = line.trim_ws();
    // a Markdown table row (| 合计 | 210 | 205.8 |) is a tab-separated row; its rule row
    // (| --- | :---: |) is nothing. A web page's table flattened one cell per line with a
    // trailing pipe (项目名称 |) is that cell alone.
    if t.starts_with('|') || t.ends_with('|') {
        let inner = t.strip_prefix('|').unwrap_or(t);
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let cells: Vec<&str> = inner.split('|').map(str::trim).collect();
        if cells.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
            && cells.iter().any(|c| c.contains('-'))
        {
            return std::borrow::Cow::Borrowed("");
        }
        // (a cell of a label and its figure apart by a space — 年初预算数 96.00, 预算执行率 96.98% —
        // is two: the label's and the figure's)
        let cells: Vec<std::borrow::Cow<str>> = cells.iter().map(|c| split_label_figure(c)).collect();
        // (a header's second row, its first cell blank under the rows' names — | | 年初 | 全年 | | —
        // keeps that cell, so that its parts stand under the columns they name)
        let blank_first = cells.len() >= 3
            && cells[0].is_empty()
            && cells.iter().filter(|c| !c.is_empty()).count() >= 2
            && !cells.iter().any(|c| c.contains(|ch: char| ch.is_ascii_digit()));
        let row = clean(&cells.join("\t")).into_owned();
        return std::borrow::Cow::Owned(if blank_first {
            format!("\t{}", row.trim_matches('\t'))
        } else {
            row.trim_matches('\t').to_string()
        });
    }
    // (one byte search first: most lines hold neither * nor [)
    if memchr::memchr2(b'*', b'[', line.as_bytes()).is_none() || !line.contains("**") && !line.contains("[bookmark:") {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut s = line.replace("**", "");
    while let Some(a) = s.find("[bookmark:") {
        match s[a..].find(']') {
            Some(b) => s.replace_range(a..a + b + 1, ""),
            None => break,
        }
    }
    std::borrow::Cow::Owned(s)
}

impl Doc {
    pub fn parse(text: &str) -> Doc {
        let text = strip_pinyin(text);
        let text = to_simplified(&text);
        let text = numeral_years(&text);
        // (a PDF's form saved by pdftotext -layout as a .txt: its rows' wrapped cells joined, as
        // a PDF's are when read)
        let text = if super::layout::laid_out(&text) {
            std::borrow::Cow::Owned(super::layout::join_wrapped_cells(&text))
        } else {
            text
        };
        let lines: Vec<(usize, String)> = super::chars::lines_of(&text)
            .enumerate()
            .map(|(i, l)| (i + 1, normalize_line(&clean(&chinese_signs(&ascii_figures(l.trim_end_matches('\r')))))))
            .filter(|(_, l)| !l.trim_ws().is_empty() && !page_number(l) && !rule_line(l))
            .collect();
        // (a whole form given as one line, its cells parted by spaces, cut into its rows first)
        let lines = super::unfold::unfold(lines);
        let lines: Vec<(usize, String)> =
            // (…and the tables a web page flattened that those readers leave, read by their shape:
            // cells by single spaces, or one a line)
            super::cells::rejoin_rows(super::flat::cell_lines(super::cells::reflow_cells(super::flat::spaced_rows(
                super::cells::respace(lines),
            ))))
                .into_iter()
                .map(|(no, l)| if has_byte(&l, b'\t') { (no, l) } else { (no, close_spaces(l)) })
                .collect();
        let mut paras: Vec<Para> = Vec::new();
        let mut cur: Option<Para> = None;
        for (no, raw) in lines {
            let t = raw.trim_ws();
            // (a row of one filled cell inside a table — \t按支出性质分\t\t\t, a group's name over
            // the rows of its parts — is the table's row still, though its text holds no tab)
            let in_table = cur.as_ref().is_some_and(|p| p.table_row);
            let table_row = has_byte(t, b'\t') || in_table && raw.bytes().filter(|&b| b == b'\t').count() >= 2;
            let heading = !table_row && is_heading(t);
            if let Some(p) = cur.as_mut() {
                let prev = p.text.trim_end();
                // a numbered heading naming a score, its figure on the line under it (四、自评得分 /
                // 95.84; （三）综合评价得分 / 92.5分): the heading's label and its value, as 自评得分：95.84
                if p.heading && !table_row && score_heading(prev) && is_bare_value(t) {
                    if !prev.ends_with(['：', ':']) {
                        p.text.push('：');
                    }
                    p.starts.push((p.text.len(), no));
                    p.text.push_str(t);
                    p.heading = false;
                    continue;
                }
                let join = !p.heading
                    && !p.table_row
                    && !heading
                    && !table_row
                    && !starts_numbered(t)
                    && !prev.ends_with(TERMINAL)
                    && !(is_bare_value(prev.rsplit('：').next().unwrap_or(prev)) && prev.contains('：'))
                    && !looks_like_title(prev)
                    && !(prev.ends_with(|c: char| c.is_ascii_digit()) && t.starts_with(|c: char| c.is_ascii_digit()))
                    && !(prev.starts_with("附件") && prev.chars().count() <= 6)
                    && !is_page_meta(prev)
                    && !is_page_meta(t)
                    && !is_date_line(prev)
                    && !is_date_line(t)
                    && !is_news_dateline(prev)
                    && !is_news_dateline(t)
                    && !opens_report(t)
                    && !prev.starts_with("原标题")
                    // a headline stands alone before a sentence (a title wrapped onto a short
                    // second line still joins it)
                    && !(paras.is_empty() && is_headline(prev) && t.chars().count() > 12)
                    // (…and so does a headline block — a headline and its subtitle, run together
                    // with no clause of a sentence — before a lead opening on its year (2023年，…;
                    // 2024年上半年，…): the lead's year is the body's, not one the title states)
                    && !(paras.is_empty() && !prev.contains(['，', ',', '。']) && lead_opens_on_year(t))
                    && !is_form_label(prev)
                    && !is_form_label(t)
                    // (two lines of a form's label：value cells — 项目类别：专项业务费 / 资金情况（万元）：
                    // 年度预算金额 46.8 — are two cells)
                    && !(is_key_value(prev) && !prev.contains(['。', '，', '；']) && is_key_value(t))
                    // (…nor two lines of a label and its pairs of figures — 基本支出：预算212.4，
                    // 支出211.9 / 项目支出：预算370.0，支出348.45 —, the first ending in its figure)
                    && !(ends_on_figure(prev)
                        && is_key_value(t)
                        && is_key_value(prev)
                        && !prev.contains('。'))
                    // (…and a line of a label and its sum apart by spaces — 本年收入合计　1,356,800.00元
                    // — is a row of its own)
                    && !is_spaced_label_value(prev)
                    && !(is_spaced_label_value(t) && prev.ends_with(|c: char| c.is_ascii_digit() || c == '元' || c == '%'))
                    // (a line of one label and its bare value — 自评总分：95.75 — stands alone)
                    && !is_label_value(t)
                    && !((prev.starts_with('（') || prev.starts_with('('))
                        && (prev.ends_with('）') || prev.ends_with(')')))
                    && (!is_label(prev) || is_bare_value(t))
                    // (a form's line of label and value pairs parted by semicolons — 年度预算：年初预算
                    // 1,020.00；全年预算 1,086.50 — is a row of its own, as the line after it)
                    && !pairs_line(prev)
                    && !pairs_line(t);
                if join {
                    let off = p.text.len();
                    if is_label(prev) && is_bare_value(t) {
                        p.text.push('：');
                    } else if count_ends_line(prev) && opens_words(t) {
                        // (a figure and its counter closing a short line, words of the next figure
                        // on the next — 15起 / 抓获犯罪嫌疑人 / 21名, a phone page's card of results —
                        // part as clauses do)
                        p.text.push('，');
                    } else if prev.ends_with(|c: char| c.is_ascii_alphanumeric())
                        && t.starts_with(|c: char| c.is_ascii_alphabetic())
                    {
                        p.text.push(' ');
                    }
                    p.starts.push((off, no));
                    p.text.push_str(t);
                    continue;
                }
                paras.push(cur.take().unwrap());
            }
            let text = if table_row { raw.trim_matches(|c| c == ' ' || c == '\r').to_string() } else { t.to_string() };
            cur = Some(Para { text, starts: vec![(0, no)], heading, table_row });
        }
        paras.extend(cur);
        // (a city's paragraph ranking or naming its counties — a city's text says 全市, a
        // prefecture's 全州, a league's 全盟, or it names its counties as a class, 各县（区）)
        // (the words of each pass looked for first, with searchers built once; the area's words
        // only when one is there)
        let city = std::cell::OnceCell::new();
        let city = || *city.get_or_init(|| CITY_WORDS.iter().any(|w| w.find(&text).is_some()));
        if RANKED_WORD.find(&text).is_some() && city() {
            paras.iter_mut().for_each(ranked_counties);
        }
        if EXTREME_WORD.find(&text).is_some() && city() {
            paras.iter_mut().for_each(extreme_county);
        }
        if RESPECTIVE_WORD.find(&text).is_some() && city() {
            paras.iter_mut().for_each(respective_counties);
        }
        // (a paragraph going county by county — three clauses or more, each opening on another
        // county of one city and stating its figure —: each county's clause a paragraph of its
        // own, whatever words the text has around it: a city office's notice need not say 全市)
        paras = split_county_clauses(paras);
        places_headers(&mut paras);
        Doc { paras }
    }
}

/// Words of a text about a city's (or prefecture's, league's) counties.
static CITY_WORDS: [super::re::Word; 8] = [
    super::re::Word::new("全市"),
    super::re::Word::new("全州"),
    super::re::Word::new("全盟"),
    super::re::Word::new("全地区"),
    super::re::Word::new("各县"),
    super::re::Word::new("各区县"),
    super::re::Word::new("县（市、区）"),
    super::re::Word::new("县(市、区)"),
];
static RANKED_WORD: super::re::Word = super::re::Word::new("排名");
static EXTREME_WORD: super::re::Word = super::re::Word::new("的是");
static RESPECTIVE_WORD: super::re::Word = super::re::Word::new("分别");

/// A city's header of its counties' money naming its budget's column 年度预算数（万元） (see
/// `annual_budget_column`): that column's name 预算数（万元）. And a city's table of counts by county
/// whose columns name no task of their own (县（市、区） |
/// 目标任务数（人） | 完成数（人） | 完成率（%） | 阳性（名）) under a text naming its task before it
/// (关于2023年全市吸毒人员毛发检测工作完成情况的通报): the task's name is put before each such
/// column's (毛发检测完成数（人）), as the text would say it.
fn places_headers(paras: &mut [Para]) {
    const TASKS: [&str; 5] = ["毛发检测", "毛发筛查", "尿液检测", "尿检", "污水采样检测"];
    const BARE: [&str; 7] = ["目标", "任务", "计划", "完成", "阳性", "检出", "应检"];
    for i in 0..paras.len() {
        // (cheap test first: a table's row opening on the places' column, 序号 before it or not)
        let p = &paras[i];
        if !p.table_row {
            continue;
        }
        let mut cells = p.text.split('\t').map(str::trim);
        let first = cells.next().unwrap_or("");
        let first = if first == "序号" { cells.next().unwrap_or("") } else { first };
        if !super::cells::places_column(first) {
            continue;
        }
        let cells: Vec<&str> = p.text.split('\t').collect();
        // (a table of money whose budget's column is named 年度预算数（万元）: no caption of a group of
        // the budget's stages here, as it is in a form, but the counties' budgets)
        if let Some(k) = annual_budget_column(&cells) {
            let text = cells
                .iter()
                .enumerate()
                .map(|(j, c)| if j == k { c.trim().replacen("年度预算数", "预算数", 1) } else { c.to_string() })
                .collect::<Vec<_>>()
                .join("\t");
            paras[i].text = text;
            continue;
        }
        let Some((lead, labels)) = super::cells::places_counts_header(&cells) else { continue };
        if !labels.iter().any(|l| BARE.iter().any(|w| l.starts_with(w))) {
            continue;
        }
        let Some(task) = paras[..i].iter().find_map(|p| TASKS.iter().find(|t| p.text.contains(*t))) else { continue };
        let named: Vec<String> = labels
            .iter()
            .map(|l| if BARE.iter().any(|w| l.starts_with(w)) { format!("{task}{l}") } else { l.clone() })
            .collect();
        let text = cells[..lead].iter().map(|c| c.to_string()).chain(named).collect::<Vec<_>>().join("\t");
        paras[i].text = text;
    }
}

/// In a city's header of counties' money (县（市、区） | 年度预算数（万元） | 全年执行数（万元） | 执行率):
/// the column named 年度预算数, with no other budget's column beside it.
fn annual_budget_column(cells: &[&str]) -> Option<usize> {
    use super::cells::{role, Role};
    let k = cells.iter().position(|c| c.trim().starts_with("年度预算数"))?;
    let money = |r: Option<Role>| matches!(r, Some(Role::Budget | Role::BudgetInitial));
    (role(cells[k]).is_none()
        && !cells.iter().any(|c| money(role(c)))
        && cells.iter().any(|c| role(c) == Some(Role::Actual)))
    .then_some(k)
}

/// Every county's full name (武陵区, 澧县), with the gazetteer's divisions of that name.
static COUNTIES: once_cell::sync::Lazy<std::collections::HashMap<&'static str, Vec<Division>>> =
    once_cell::sync::Lazy::new(|| {
        let mut map: std::collections::HashMap<&'static str, Vec<Division>> = std::collections::HashMap::new();
        for d in super::divisions::DIVISIONS.iter() {
            map.entry(d.county).or_default().push(*d);
        }
        map
    });

/// The county whose full name opens `t` (鼎城区预算执行率…, 澧县…), the longest name that does:
/// the name and the counties it may stand for.
fn leading_county(t: &str) -> Option<(&'static str, &'static [Division])> {
    let mut found = None;
    for (i, c) in t.char_indices().skip(1).take(16) {
        if matches!(c, '县' | '区' | '市' | '旗') {
            if let Some((name, rs)) = COUNTIES.get_key_value(&t[..i + c.len_utf8()]) {
                found = Some((*name, rs.as_slice()));
            }
        }
    }
    found
}

/// A paragraph's text from `span` said instead as `said` (a ranking's or a list's items said county
/// by county): the lines' starts after it shifted by the change of length, none before the span.
fn say_instead(p: &mut Para, span: std::ops::Range<usize>, said: &str) {
    let at = span.start;
    let delta = said.len() as isize - span.len() as isize;
    p.text.replace_range(span, said);
    for s in p.starts.iter_mut().filter(|s| s.0 > at) {
        s.0 = (s.0 as isize + delta).max(at as isize) as usize;
    }
}

/// What a ranking ranks, without the area's words before it (全市执行率 → 执行率).
fn ranked_label(label: &str) -> &str {
    ["全市", "各地", "其中"].iter().fold(label, |l, w| l.strip_prefix(w).unwrap_or(l))
}

/// A ranking's lead naming what is ranked (执行率排名前三的是：, 预算执行率排名前三位的县（市、区）依次为).
static RANKED: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(
        r"(\p{Han}{2,10}?)排名前[一二三四五六七八九十\d]+(?:位|名)?的?(?:县（市、区）|县市区|县区|区县|地区)?(?:是|为|依次是|依次为|分别是|分别为)[：:]?",
    )
    .unwrap()
});

/// A city's ranking of its counties with each one's figure (其中，执行率排名前三的是：醴陵市99.5%、攸县
/// 98.7%、茶陵县98.2%): each county's item said as a clause of its own naming what is ranked
/// (醴陵市执行率99.5%；攸县执行率98.7%；茶陵县执行率98.2%), as a text going county by county says it.
/// Items of anything but a county's full name and its figure leave the ranking as it is.
fn ranked_counties(p: &mut Para) {
    if p.table_row || !p.text.contains("排名") {
        return;
    }
    let Some(c) = RANKED.captures(&p.text) else { return };
    let (lead, label) = (c.get(0).unwrap(), c.get(1).unwrap().as_str());
    let label = ranked_label(label);
    if label.chars().count() < 2 {
        return;
    }
    let from = lead.end();
    let end = p.text[from..].find(['；', '。', '，']).map_or(p.text.len(), |i| from + i);
    let items: Option<Vec<String>> = p.text[from..end]
        .split('、')
        .map(|item| {
            let (name, _) = leading_county(item)?;
            let rest = &item[name.len()..];
            rest.starts_with(|c: char| c.is_ascii_digit()).then(|| format!("{name}{label}{rest}"))
        })
        .collect();
    let Some(items) = items.filter(|i| i.len() >= 2) else { return };
    let said = items.join("；");
    say_instead(p, from..end, &said);
}

/// A ranking's end naming one county and its figure (执行率较低的是炎陵县，为88.6%).
static EXTREME: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"(\p{Han}{2,10}?)(?:较低|最低|偏低|较高|最高)的(?:县（市、区）|县市区|县区|区县|地区)?是")
        .unwrap()
});

/// A city's ranking ending on one county and its figure (执行率较低的是炎陵县，为88.6%): said as the
/// county's clause (炎陵县执行率88.6%), as a text going county by county says it.
fn extreme_county(p: &mut Para) {
    if p.table_row || !p.text.contains("的是") {
        return;
    }
    let Some(c) = EXTREME.captures(&p.text) else { return };
    let (whole, label) = (c.get(0).unwrap(), c.get(1).unwrap().as_str());
    let label = ranked_label(label);
    let Some((name, _)) = leading_county(&p.text[whole.end()..]) else { return };
    let mut v = whole.end() + name.len();
    let t = &p.text;
    v += t[v..].strip_prefix('，').map_or(0, |_| '，'.len_utf8());
    for w in ["仅为", "为", "是", "达"] {
        if t[v..].starts_with(w) {
            v += w.len();
            break;
        }
    }
    let end = t[v..].find(['，', '；', '。', '、']).map_or(t.len(), |e| v + e);
    let value = &t[v..end];
    if label.chars().count() < 2 || !value.starts_with(|c: char| c.is_ascii_digit()) {
        return;
    }
    let (at, said) = (whole.start(), format!("{name}{label}{value}"));
    say_instead(p, at..end, &said);
}

/// A city's counties named together with their figures in turn (赫山区、资阳区、桃江县预算执行率分别为
/// 98.5%、97.1%和93.4%; 柯城区、衢江区、江山市破获毒品刑事案件分别为14起、11起、9起，查获吸毒人员分别为
/// 36人次、28人次、21人次): said county by county (赫山区预算执行率98.5%；资阳区预算执行率97.1%；…),
/// each clause of 分别 after the names taken in turn, as a text going county by county says it.
/// Names of anything but counties' full names, or figures not one for each, leave it as written.
fn respective_counties(p: &mut Para) {
    if p.table_row || !p.text.contains("分别") {
        return;
    }
    let t = &p.text;
    // (the names: counties' full names parted by 、 / 和 / 及, opening a clause)
    let names_at = |at: usize| -> Option<(Vec<&str>, usize)> {
        let mut names = Vec::new();
        let mut i = at;
        while let Some((name, _)) = leading_county(t.get(i..)?) {
            names.push(name);
            i += name.len();
            match ["、", "和", "及"].iter().find(|s| t[i..].starts_with(**s)) {
                Some(s) => i += s.len(),
                None => break,
            }
        }
        (names.len() >= 2 && !t[i..].starts_with(['、', '和', '及'])).then_some((names, i))
    };
    let starts = std::iter::once(0).chain(t.match_indices(['，', '。', '；', '：']).map(|(i, m)| i + m.len()));
    let Some((at, names, mut i)) =
        starts.filter(|&a| a + 6 < t.len()).find_map(|a| names_at(a).map(|(n, e)| (a, n, e)))
    else {
        return;
    };
    // (each clause: its label, 分别为, a figure for each name; the next after a comma)
    let mut clauses: Vec<(&str, Vec<&str>)> = Vec::new();
    while let Some(k) = t[i..].find("分别") {
        let label = &t[i..i + k];
        if label.contains(['，', '。', '；']) || label.chars().count() > 16 {
            break;
        }
        let mut v = i + k + "分别".len();
        for w in ["为", "是", "达到", "达"] {
            if t[v..].starts_with(w) {
                v += w.len();
                break;
            }
        }
        let end = t[v..].find(['，', '。', '；']).map_or(t.len(), |e| v + e);
        let values: Vec<&str> = t[v..end].split(['、', '和']).map(str::trim).collect();
        if values.len() != names.len() || !values.iter().all(|x| x.starts_with(|c: char| c.is_ascii_digit())) {
            break;
        }
        clauses.push((label, values));
        i = end;
        if !t[i..].starts_with('，') {
            break;
        }
        i += '，'.len_utf8();
    }
    if clauses.is_empty() {
        return;
    }
    // (the text up to the last clause read; a comma after it is left where it stood)
    let end = if t[..i].ends_with('，') { i - '，'.len_utf8() } else { i };
    let said = names
        .iter()
        .enumerate()
        .map(|(n, name)| {
            let parts: Vec<String> = clauses.iter().map(|(l, v)| format!("{l}{}", v[n])).collect();
            format!("{name}{}", parts.join("，"))
        })
        .collect::<Vec<_>>()
        .join("；");
    say_instead(p, at..end, &said);
}

/// A city's paragraph going county by county, its counties' clauses parted by semicolons or full
/// stops (从各地报送情况看，武陵区预算执行率98.2%，自评得分96分；鼎城区预算执行率95.6%…；澧县…; 全市
/// 共破获…；其中，涪城区破获…；游仙区…), cut before each county's clause: three clauses or more of
/// different counties of one city, each opening on the county's full name and stating a figure, the
/// first after a comma or colon (its lead-in, 从复核情况看，) as well. The parts continue their
/// paragraph's line, as `segment` tells them.
fn split_county_clauses(paras: Vec<Para>) -> Vec<Para> {
    let mut out = Vec::with_capacity(paras.len());
    for p in paras {
        let cuts = if p.table_row || p.heading { Vec::new() } else { county_clause_cuts(&p.text) };
        if cuts.is_empty() {
            out.push(p);
            continue;
        }
        let bounds: Vec<usize> = std::iter::once(0).chain(cuts).chain(std::iter::once(p.text.len())).collect();
        for w in bounds.windows(2) {
            let (a, b) = (w[0], w[1]);
            let mut starts = vec![(0, p.line_at(a))];
            starts.extend(p.starts.iter().filter(|&&(o, _)| o > a && o < b).map(|&(o, l)| (o - a, l)));
            out.push(Para { text: p.text[a..b].to_string(), starts, heading: false, table_row: false });
        }
    }
    out
}

static CLAUSE_SEMI: super::re::Word = super::re::Word::new("；");
static CLAUSE_STOP: super::re::Word = super::re::Word::new("。");

/// Where a paragraph is cut before its counties' clauses (`split_county_clauses`): none unless
/// three clauses or more open on different counties of one city.
fn county_clause_cuts(t: &str) -> Vec<usize> {
    // (cheap test first: two semicolons or full stops)
    // (the clauses' ends found with SIMD searches, not char by char: this runs on every
    // paragraph of every text)
    if t.len() < 60 {
        return Vec::new();
    }
    let mut ends: Vec<usize> =
        CLAUSE_SEMI.find_iter(t).chain(CLAUSE_STOP.find_iter(t)).map(|i| i + '。'.len_utf8()).collect();
    if ends.len() < 2 {
        return Vec::new();
    }
    ends.sort_unstable();
    let opening = |at: usize| -> Option<&'static [Division]> {
        if t.len() - at < 6 {
            return None;
        }
        let (name, rs) = leading_county(&t[at..])?;
        let rest = &t[at + name.len()..];
        // (a list of places, 武陵区、鼎城区, or a name run on into a longer one is no clause of one)
        if rest.starts_with(['、', '和', '及', '等', '与', '（', '(']) {
            return None;
        }
        // (…and the clause states a figure of its own)
        let end = rest.find(['；', '。']).unwrap_or(rest.len());
        rest[..end].bytes().any(|b| b.is_ascii_digit()).then_some(rs)
    };
    let mut cuts: Vec<(usize, &[Division])> =
        ends.into_iter().filter_map(|at| opening(at).map(|rs| (at, rs))).collect();
    if cuts.len() < 2 {
        return Vec::new();
    }
    // (the first county's clause after the list's lead-in: 从各地报送情况看，武陵区…; 各县区执行情况：兰陵县…)
    let first = cuts[0].0;
    let lead = t[..first]
        .match_indices(['，', '：', ':'])
        .map(|(i, m)| i + m.len())
        .filter(|&at| !t[at..first].trim_end_matches(['；', '。']).contains(['。', '；']))
        .find_map(|at| opening(at).map(|rs| (at, rs)));
    if let Some(l) = lead {
        cuts.insert(0, l);
    }
    // (different counties, of one city: the city most of them share; a clause opening on another
    // city's county is none of the list, 三台县 among 邵阳市's counties)
    let of_city = |c: &str| cuts.iter().filter(|(_, rs)| rs.iter().any(|r| r.city == c)).count();
    let Some(city) = cuts.iter().flat_map(|(_, rs)| rs.iter().map(|r| r.city)).max_by_key(|c| of_city(c)) else {
        return Vec::new();
    };
    let cuts: Vec<(usize, &str)> =
        cuts.iter().filter_map(|(at, rs)| rs.iter().find(|r| r.city == city).map(|r| (*at, r.code))).collect();
    let mut codes: Vec<&str> = cuts.iter().map(|c| c.1).collect();
    codes.sort_unstable();
    codes.dedup();
    if codes.len() < 3 {
        return Vec::new();
    }
    cuts.into_iter().map(|(at, _)| at).collect()
}

/// Years written in numerals (二〇〇八年, 二○一五年, 二零二三年度, 二00八年, 一九九九年) as
/// figures (2008年): the dating reads years in figures. Other numerals stay as written.
pub fn numeral_years(text: &str) -> std::borrow::Cow<'_, str> {
    // (cheap test first: a numeral year's first two characters — 二 and a zero, or 一九 —
    // found in two passes over the text, not one for each pair: this runs over every file)
    static TWO: super::re::Word = super::re::Word::new("二");
    static NINETEEN: super::re::Word = super::re::Word::new("一九");
    let two_zero = || TWO.find_iter(text).any(|i| text[i + "二".len()..].starts_with(['〇', '○', '零', '0', 'Ｏ']));
    if !two_zero() && NINETEEN.find(text).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    NUMERAL_YEAR.replace_all(text, |c: &regex::Captures| {
        let digits: String = c[2]
            .chars()
            .map(|ch| match ch {
                '〇' | '○' | '零' | 'Ｏ' | '0' => '0',
                '一' => '1',
                '二' => '2',
                '三' => '3',
                '四' => '4',
                '五' => '5',
                '六' => '6',
                '七' => '7',
                '八' => '8',
                _ => '9',
            })
            .collect();
        match digits.parse::<i32>() {
            Ok(y) if (1990..=2049).contains(&y) => format!("{}{y}年", &c[1]),
            _ => c[0].to_string(),
        }
    })
}
static NUMERAL_YEAR: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"(^|[^〇○零Ｏ0-9一二三四五六七八九十])([一二][〇○零Ｏ0一二三四五六七八九]{3})年").unwrap()
});

/// A report title: short, about performance evaluation, ending in 报告 (or 自评表 / 总结).
pub fn looks_like_title(s: &str) -> bool {
    // every title below ends in one of these characters, or in a caption's closing bracket
    // (most lines end otherwise: a cheap test before the trimming and counting)
    if !s.trim_end().trim_end_matches('*').ends_with(['告', '结', '表', '况', '报', '会', '述', '点', '算', '）', ')'])
    {
        return false;
    }
    let t = s.trim_ws().trim_start_matches('#').trim_ws().trim_matches('*');
    if t.len() > 280 {
        return false;
    }
    let n = t.chars().count();
    if !(6..=70).contains(&n) || t.contains('。') || t.contains('，') {
        return false;
    }
    if t.starts_with("附件") || starts_numbered(t) && !t.starts_with('#') {
        return false;
    }
    // a caption in brackets closes many a 自评表 title: 项目支出绩效自评表（2023年度）
    let bare = match t.rfind(['（', '(']) {
        Some(i) if t.ends_with(['）', ')']) && t[i..].chars().count() <= 10 => &t[..i],
        _ => t,
    };
    let end = bare.trim_end_matches([' ', '）', ')']);
    (end.ends_with("报告") && (t.contains("绩效") || t.contains("评价") || t.contains("总结")))
        || end.ends_with("工作总结")
        || (end.ends_with("自评表") && !t.contains("考核"))
        // (an evaluation's form, 部门整体支出绩效评价表, as its report is a title)
        || (end.ends_with("评价表") && t.contains("绩效") && !t.contains("考核") && !t.contains("指标"))
        // a form of targets (项目支出绩效目标表, 绩效目标申报表, 部门整体支出绩效目标表)
        || (end.ends_with("绩效目标表") || end.ends_with("目标申报表")) && !t.contains('：') && !t.contains(':')
        || t.contains("毒")
            && !t.contains('：')
            && !t.contains(':')
            && (end.ends_with("总结")
                || end.ends_with("工作情况")
                || end.ends_with("情况的报告")
                || end.ends_with("情况报告")
                // a fund's use (禁毒专项经费使用情况, 禁毒资金管理使用情况)
                || end.ends_with("使用情况")
                || end.ends_with("通报")
                || end.ends_with("新闻发布会")
                || end.ends_with("工作汇报")
                || end.ends_with("综述")
                || end.ends_with("盘点"))
        // a drug-control unit's published budget or final accounts of a year, or a public
        // security or justice bureau's (陆丰市公安局2023年部门决算 names 禁毒 only in its text)
        || t.contains('年')
            && ["部门预算", "部门决算", "单位预算", "单位决算"].iter().any(|w| end.ends_with(w))
            && ["毒", "戒", "公安", "司法"].iter().any(|w| t.contains(w))
}

/// A form's row written as a line of label and value pairs parted by semicolons (年度预算：年初
/// 预算 1,020.00；全年预算 1,086.50；执行率 96.89%; 基本支出 全年预算 386.50；项目支出 全年预算
/// 700.00): two parts or more, each short with a figure, no full stop.
fn pairs_line(s: &str) -> bool {
    // (a byte search first: most lines hold no semicolon)
    static SEMI: super::re::Word = super::re::Word::new("；");
    if s.len() > 360 || SEMI.find(s).is_none() || s.contains('。') {
        return false;
    }
    let parts: Vec<&str> = s.trim_end_matches('；').split('；').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            let n = p.chars().count();
            (4..=40).contains(&n) && p.contains(|c: char| c.is_ascii_digit()) && !p.contains('，')
        })
}

/// A line opening on a form's label of two characters spaced out to its cell's width (总    分：
/// 95.80 分, 合   计  120.50, 得  分\t92): the line with the label's characters joined. The label
/// is followed by its colon, a tab, two spaces or the line's end (two words of prose apart by a
/// space are no label).
fn spaced_label(t: &str) -> Option<String> {
    let han = super::chars::is_han;
    let a = t.chars().next().filter(|c| han(*c))?;
    let rest = &t[a.len_utf8()..];
    let after_gap = rest.trim_start_matches([' ', '\u{3000}']);
    let b = after_gap.chars().next().filter(|c| han(*c))?;
    let after = &after_gap[b.len_utf8()..];
    let ends = after.is_empty()
        || after.starts_with(['：', ':', '\t', '\u{3000}'])
        || after.starts_with("  ")
        || after.starts_with(" \u{3000}");
    (rest.len() > after_gap.len() && ends).then(|| format!("{a}{b}{after}"))
}

/// A table cell of a label of words and a figure after one space (年初预算数 96.00, 实际支出
/// 101.05, 预算执行率 96.98%), made two cells; any other cell as it is.
fn split_label_figure(c: &str) -> std::borrow::Cow<'_, str> {
    let Some(i) = c.rfind(' ') else { return c.into() };
    let (label, figure) = (c[..i].trim_ws(), &c[i + 1..]);
    let n = label.chars().count();
    let words = (2..=12).contains(&n) && label.chars().all(super::chars::is_han);
    let number = !figure.is_empty()
        && figure.starts_with(|ch: char| ch.is_ascii_digit())
        && figure.trim_end_matches('%').chars().all(|ch| ch.is_ascii_digit() || ch == '.' || ch == ',');
    if words && number {
        format!("{label}\t{figure}").into()
    } else {
        c.into()
    }
}

/// A line of a short label, spaces and its figure (本年收入合计　1,356,800.00元, 基本支出 61.2
/// 万元): a form's row flattened, never a sentence's first part.
fn is_spaced_label_value(s: &str) -> bool {
    let t = s.trim_ws();
    let Some(i) = t.find(' ') else { return false };
    let (label, value) = (&t[..i], t[i..].trim_ws());
    // (the year may lead the label: 2022年本年支出合计 115.68万元)
    let label = label
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .map_or(label, |_| label[4..].strip_prefix("年度").or_else(|| label[4..].strip_prefix('年')).unwrap_or(label));
    let n = label.chars().count();
    (2..=12).contains(&n)
        && label.chars().all(|c| super::chars::is_han(c) || "：:（）()“”\"".contains(c))
        && is_bare_value(value)
}

/// A line opening with a label and a colon, its value after them (项目类别：专项业务费, 申报单位：
/// 某县禁毒办): a label of two to ten characters with no sign of a sentence.
fn is_key_value(s: &str) -> bool {
    let t = s.trim_ws();
    let Some((label, value)) = t.split_once(['：', ':']) else { return false };
    let n = label.chars().count();
    (2..=10).contains(&n)
        && !value.trim_ws().is_empty()
        && !label.contains(|c: char| c.is_ascii_digit() || "，。；、,;".contains(c))
}

/// A line opening with one of the 自评表's own labels (项目名称, 主管部门 …): a row of the
/// form, never the continuation of a sentence.
fn is_form_label(s: &str) -> bool {
    let t = s.trim_start();
    // (one of a report's projects named in turn, 项目一：禁毒宣传经费: the name stands alone)
    if let Some(rest) = t.strip_prefix("项目") {
        let name = rest.trim_start_matches(|c: char| "一二三四五六七八九十123456789".contains(c));
        if name.len() < rest.len() && name.starts_with(['：', ':', '、']) {
            return true;
        }
    }
    FORM_NAMES
        .iter()
        .chain(&[
            "项目资金",
            "年度总体目标",
            "项目负责人",
            "财务负责人",
            // a form's unit line (金额单位：元) stands alone: it scales the table under it
            "金额单位",
            "单位：",
            "单位:",
        ])
        .any(|w| t.starts_with(w))
}

/// The labels of a 自评表's rows of names: the project, the units, the department.
pub const FORM_NAMES: &[&str] =
    &["项目名称", "主管部门", "实施单位", "部门名称", "单位名称", "部门（单位）名称", "填报单位"];

/// A news page's date line: a date opening a short line, followed by nothing or a time and a
/// source (2013/7/19 16:26:00, 2013-04-24 衡阳日报, （2020年6月26日）, 2024年1月10日).
pub fn is_date_line(s: &str) -> bool {
    // (a clipped page's stamp may keep the comma after it: 2025-06-20,)
    // (or a site's dashes around it: -2021.12.31-)
    let t = s.trim_ws().trim_start_matches(['（', '(', '[', '【', '-', '—']).trim_end_matches([',', '，', '-', '—']);
    let b = t.as_bytes();
    // (a stamp written day first, as some news sites print it: 11.05.2016  17:26)
    if b.len() >= 10 && b[0].is_ascii_digit() && b.len() <= 24 && DMY_STAMP_LINE.is_match(t) {
        return true;
    }
    if b.len() < 8 || b.len() > 120 || b[0] != b'2' || b[1] != b'0' || !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    t.chars().count() <= 40
        && !t.contains(['，', '。', '；', ',', ';'])
        && DATE_AT.find(t).is_some_and(|m| m.start() == 0 && !t[m.end()..].starts_with(|c: char| c.is_ascii_digit()))
}

static DMY_STAMP_LINE: super::re::Re =
    super::re::Re::new(|| regex::Regex::new(r"^\d{1,2}\.\d{1,2}\.20[0-4]\d(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$").unwrap());

static DATE_AT: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"^20[0-4]\d\s*[-/.年－／]\s*\d{1,2}\s*[-/.月－／]\s*\d{1,2}(?:\s*日)?").unwrap()
});

/// A news page's date line under its headline: the paper or site and the date, perhaps the
/// time (厦门日报 2016-09-30 11:05, 人民网 2019年06月26日 08:12, 2020-06-26 09:30 来源：某某网,
/// 新华社 2021年6月25日电). Not a sentence that holds a date (截至2016年9月30日, 2016年9月30日
/// 召开全市禁毒工作会议): what stands beside the date is a medium's name, a time or page
/// furniture only.
pub fn is_news_dateline(l: &str) -> bool {
    let t = l.trim_ws();
    if t.len() > 160 || !t.contains("20") || t.chars().count() > 48 || t.contains(['，', '。', '；', ',', ';']) {
        return false;
    }
    let Some(m) = NEWS_DATE.find(t) else { return false };
    let before = t[..m.start()].trim_ws();
    let rest = t[m.end()..].trim_start_matches('日').trim_start();
    let after = NEWS_TIME.replace(rest, "");
    let timed = after.len() < rest.len();
    let after = after.trim_ws();
    let short = |x: &str| x.chars().count() <= 24 && !x.contains(|c: char| c.is_ascii_digit());
    let as_of = ["截至", "截止", "至", "到", "于", "自", "从"].iter().any(|w| before.ends_with(w));
    short(before)
        && short(after)
        && !as_of
        && (timed || NEWS_SOURCE.is_match(before) || NEWS_SOURCE.is_match(after))
        && (before.is_empty() || after.is_empty() || NEWS_SOURCE.is_match(before) || NEWS_SOURCE.is_match(after))
}

/// A time of day after a date line's date (11:05, 08:12:30).
static NEWS_TIME: super::re::Re =
    super::re::Re::new(|| regex::Regex::new(r"^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?").unwrap());
/// A medium or a page's furniture beside a date: 厦门日报, 人民网, 新华社…电, 来源：…, 作者：….
static NEWS_SOURCE: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"^(?:来源|作者|编辑|责任编辑|浏览|点击|字号|[|｜【\[])|(?:日报|晚报|早报|时报|报|网|社|电|新闻|客户端|电视台|广播电视台|融媒体中心|发布|微信公众号)$").unwrap()
});

/// A news report's opening dateline without a year (新华社北京6月26日电（记者…）…, 中新网昆明1月10日电,
/// 本报讯): the report's first paragraph starts there, never joined to the headline or restated
/// title (原标题：…) above it, whose words would become the time of its first figures.
fn opens_report(t: &str) -> bool {
    if t.starts_with("本报讯") {
        return true;
    }
    (t.contains("日电") || t.contains("日讯")) && REPORT_DATELINE.is_match(t)
}
static REPORT_DATELINE: super::re::Re = super::re::Re::new(|| {
    let md = super::number::MONTH_OR_DAY;
    regex::Regex::new(&format!(r"^[^，。,；;：:]{{0,30}}?{md}\s*月\s*{md}\s*日\s*(?:电|讯)")).unwrap()
});

/// A date of a date line: 2016-09-30, 2019年06月26日, 2022.06.24.
static NEWS_DATE: super::re::Re =
    super::re::Re::new(|| regex::Regex::new(r"20[0-4]\d\s*[-/.年－／]\s*\d{1,2}\s*[-/.月－／]\s*\d{1,2}").unwrap());

/// A lead opening on a year and the clause it dates (2023年，…; 2024年上半年，…; 2022年以来，…): a
/// year of four digits, 年, at most a few words of its time, then a comma, and a sentence after it.
fn lead_opens_on_year(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() < 6 || !t.starts_with("20") || !b[2..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let Some(rest) = t[4..].trim_start().strip_prefix('年') else { return false };
    // (the clause the year opens ends on its comma within a few words: 年，, 年以来，, 年1至5月，)
    let Some(comma) = rest.find(['，', ',']) else { return false };
    let clause = &rest[..comma];
    clause.chars().count() <= 8 && !clause.contains(['。', '：', ':', '、']) && rest[comma..].chars().count() > 8
}

/// A news page's headline as its first line: too long for a label (a label joins only its
/// value), no sentence punctuation or colon, not ending in a figure.
fn is_headline(s: &str) -> bool {
    let t = s.trim_ws();
    t.len() <= 150
        && (21..=40).contains(&t.chars().count())
        && !t.contains(TERMINAL)
        && !t.contains('，')
        && !t.ends_with(|c: char| c.is_ascii_digit() || c == '.')
}

/// A web page's furniture around the text: publication line, index number, breadcrumbs.
pub fn is_page_meta(s: &str) -> bool {
    let t = s.trim_ws();
    t.len() <= 240 && t.chars().count() <= 80 && (PAGE_META.is_match(t) || dated_label(t))
}

/// Does a line open with a date's label and the date (日期：2021年01月20日, 时间：2021-07-08,
/// 本站发表时间：[2019-06-27], 更新时间: 2022-5-6)? A page's date, not a sentence of its text.
/// (Not a label inside a sentence or after other words: 项目实施时间：2021年 is the project's.)
fn dated_label(t: &str) -> bool {
    // (cheap test: a label's 期 or 间 and a colon, before any search)
    // (the label opens the line: its 期 or 间 and its colon stand in the first bytes)
    let h = head(t, 40);
    (h.contains('期') || h.contains('间')) && h.contains(['：', ':']) && DATED_LABEL.is_match(t)
}
static DATED_LABEL: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"^[【\[（(]?\s*(?:本站|本网)?(?:发布|发表|更新|录入|发稿|上传|信息|文章|稿件)?(?:日期|时间)\s*[：:]\s*[\[【]?\s*20[0-4]\d\s*[-/.年－／]")
        .unwrap()
});

/// A printed page's number on a line of its own (第 1 页 共 2 页, 第2页, 共3页 第1页, - 2 -, —3—):
/// furniture of the paper the form was printed on, between its pages, no line of the text.
/// A line ruling a table across in dashes or equals signs, ASCII or full-width (-------,
/// =======, +------+------+, ————————, －－－－－－): no row of its own — it would part a table's
/// header from the rows under it. A cell of a dash or two (—, ——, --) is an empty cell, kept.
pub(crate) fn rule_line(l: &str) -> bool {
    let t = l.trim_ws();
    // (this runs over every line: its first byte first — an ASCII rule's, or the lead byte of
    // — and ─ (E2) or of － ＝ ＿ (EF))
    if !t.as_bytes().first().is_some_and(|b| matches!(b, b'-' | b'=' | b'+' | b'_' | 0xE2 | 0xEF)) {
        return false;
    }
    let (mut run, mut wide_run, mut ascii, mut wide) = (0, 0, 0, 0);
    for c in t.chars() {
        match c {
            '-' | '=' | '_' => {
                run += 1;
                ascii = ascii.max(run);
            }
            '—' | '－' | '＝' | '＿' | '─' | '━' | '═' => {
                wide_run += 1;
                wide = wide.max(wide_run);
            }
            // (the joints of a rule drawn with crosses, +-----+-----+, and the gaps of one in spaces)
            '+' | ' ' | '\u{3000}' => (run, wide_run) = (0, 0),
            _ => return false,
        }
    }
    ascii >= 5 || wide >= 8
}

pub(crate) fn page_number(l: &str) -> bool {
    // (every form below opens on 第, 共 or a dash: a look at the first character before the
    // copy without whitespace — this runs over every line)
    if !l.trim_start().starts_with(['第', '共', '-', '—', '－']) {
        return false;
    }
    let t: String = l.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() || t.chars().count() > 12 {
        return false;
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    // 第N页 and 共N页, in either order, one of them alone or both
    let page = |s: &str| s.strip_prefix('第').and_then(|r| r.strip_suffix('页')).is_some_and(digits);
    let of = |s: &str| s.strip_prefix('共').and_then(|r| r.strip_suffix('页')).is_some_and(digits);
    let halves = t.char_indices().filter(|(_, c)| *c == '页').map(|(i, _)| i + '页'.len_utf8()).collect::<Vec<_>>();
    let words = match halves.as_slice() {
        [end] if *end == t.len() => page(&t),
        [a, end] if *end == t.len() => {
            let (x, y) = t.split_at(*a);
            page(x) && of(y) || of(x) && page(y)
        }
        _ => false,
    };
    // - 2 -, —3—: a number between dashes
    let dashed =
        ['-', '—', '－'].iter().any(|d| t.strip_prefix(*d).and_then(|r| r.strip_suffix(*d)).is_some_and(digits));
    words || dashed
}

static PAGE_META: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(
        r"索引号|发布机构|发布日期|发布时间|来源[：:]|浏览次数|字体[：:]|首页\s?>|报表编号|组配分类|填报日期|填表日期|报送日期|评价日期|自评日期|编制日期|制表日期|打印日期|填报时间|填表时间|报送时间|评价时间|自评时间|编制时间|制表时间|打印时间",
    )
        .unwrap()
});

#[cfg(test)]
mod tests {
    /// A city's counties named together with their figures in turn (…分别为…): said county by
    /// county, each 分别 clause after the names taken in turn; towns' names, figures not one for
    /// each name, or ordinals (分别位列第三、第四) stay as written.
    #[test]
    fn counties_with_their_figures_in_turn_are_said_county_by_county() {
        let said = |t: &str| {
            let mut p = super::Para { text: t.to_string(), starts: vec![(0, 1)], heading: false, table_row: false };
            super::respective_counties(&mut p);
            p.text
        };
        for (t, want) in [
            (
                "全市执行率96.2%。赫山区、资阳区和安化县预算执行率分别为98.5%、97.1%和95.0%。",
                "全市执行率96.2%。赫山区预算执行率98.5%；资阳区预算执行率97.1%；安化县预算执行率95.0%。",
            ),
            (
                "全市共破获58起。柯城区、衢江区破获毒品刑事案件分别为14起、11起，查获吸毒人员分别为36人次、28人次。",
                "全市共破获58起。柯城区破获毒品刑事案件14起，查获吸毒人员36人次；衢江区破获毒品刑事案件11起，查获吸毒人员28人次。",
            ),
        ] {
            assert_eq!(said(t), want, "{t}");
        }
        for t in [
            "全县查获68人次。城关镇、灰山港镇查获吸毒人员分别为9人次和6人次。",
            "全市执行率96.2%。赫山区、资阳区预算执行率分别为98.5%、97.1%和95.0%。",
            "全县工作位列第二。茶陵县、炎陵县分别位列第三、第四。",
        ] {
            assert_eq!(said(t), t);
        }
    }

    /// A city's ranking of its counties with their figures: each county's item a clause naming what
    /// is ranked; a ranking of names alone, or of other items, stays as written.
    #[test]
    fn a_ranking_of_counties_with_figures_is_said_county_by_county() {
        let extreme = |t: &str| {
            let mut p = super::Para { text: t.to_string(), starts: vec![(0, 1)], heading: false, table_row: false };
            super::extreme_county(&mut p);
            p.text
        };
        for (t, want) in [
            ("攸县执行率98.7%；执行率较低的是炎陵县，为88.6%。", "攸县执行率98.7%；炎陵县执行率88.6%。"),
            ("自评得分最高的是武陵区96分，最低的是澧县。", "武陵区自评得分96分，最低的是澧县。"),
            ("执行率较低的是炎陵县，需加快进度。", "执行率较低的是炎陵县，需加快进度。"),
        ] {
            assert_eq!(extreme(t), want, "{t}");
        }
        let said = |t: &str| {
            let mut p = super::Para { text: t.to_string(), starts: vec![(0, 1)], heading: false, table_row: false };
            super::ranked_counties(&mut p);
            p.text
        };
        for (t, want) in [
            (
                "其中，执行率排名前三的是：醴陵市99.5%、攸县98.7%、茶陵县98.2%；执行率较低的是炎陵县。",
                "其中，执行率排名前三的是：醴陵市执行率99.5%；攸县执行率98.7%；茶陵县执行率98.2%；执行率较低的是炎陵县。",
            ),
            (
                "全市自评得分排名前二位的县区依次为武陵区96分、鼎城区95分。",
                "全市自评得分排名前二位的县区依次为武陵区自评得分96分；鼎城区自评得分95分。",
            ),
            ("执行率排名前三的是醴陵市、攸县、茶陵县。", "执行率排名前三的是醴陵市、攸县、茶陵县。"),
            (
                "攸县执行率98.7%；执行率较低的是炎陵县，为88.6%。",
                "攸县执行率98.7%；执行率较低的是炎陵县，为88.6%。",
            ),
            ("执行率排名前三的是：禁毒宣传98%、社区戒毒97%。", "执行率排名前三的是：禁毒宣传98%、社区戒毒97%。"),
        ] {
            assert_eq!(said(t), want, "{t}");
        }
    }

    /// A city's header of its counties: 年度预算数 is its budget's column where no other budget's
    /// stands beside it; columns naming no task (完成数（人）, 阳性（名）) take the task the text names
    /// before the table (毛发检测); a form's 年度预算数 caption and a header naming its task stay.
    #[test]
    fn a_citys_header_of_counties_names_its_columns() {
        let header = |t: &str| super::Doc::parse(t).paras.into_iter().find(|p| p.table_row).map(|p| p.text);
        for (t, want) in [
            (
                "商丘市2023年度禁毒专项资金绩效自评汇总表\n序号\t县（市、区）\t年度预算数（万元）\t全年执行数（万元）\t执行率（%）\n1\t梁园区\t90\t88.2\t98.0\n",
                "序号\t县（市、区）\t预算数（万元）\t全年执行数（万元）\t执行率（%）",
            ),
            (
                "关于2023年全市吸毒人员毛发检测工作完成情况的通报\n县（市、区）\t目标任务数（人）\t完成数（人）\t完成率（%）\t阳性（名）\n顺庆区\t600\t642\t107.0\t12\n",
                "县（市、区）\t毛发检测目标任务数（人）\t毛发检测完成数（人）\t毛发检测完成率（%）\t毛发检测阳性（名）",
            ),
            (
                "某县2023年项目支出绩效自评表\n项目资金\t年度预算数\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t50\t50\t50\t48\n",
                "项目资金\t年度预算数\t年初预算数\t全年预算数\t全年执行数",
            ),
            (
                "关于2023年全市毛发检测工作的通报\n地区\t破获毒品刑事案件（起）\t刑事拘留（人）\n章贡区\t46\t61\n",
                "地区\t破获毒品刑事案件（起）\t刑事拘留（人）",
            ),
        ] {
            assert_eq!(header(t).as_deref(), Some(want), "{t}");
        }
    }

    /// A city's paragraph is cut before each of its counties' clauses (after ；/。, and the first
    /// after its lead-in's comma or colon); fewer than three counties of one city, a list of names
    /// (武陵区、鼎城区) or a clause with no figure is no cut.
    #[test]
    fn a_citys_paragraph_is_cut_before_its_counties_clauses() {
        fn cut(t: &str) -> Vec<&str> {
            let c = super::county_clause_cuts(t);
            c.iter().zip(c.iter().skip(1).copied().chain([t.len()])).map(|(&a, b)| &t[a..b]).collect()
        }
        for (t, parts) in [
            (
                "全市预算执行率为94.6%。从各地报送情况看，武陵区预算执行率98.2%，自评得分96分；鼎城区预算执行率95.6%；澧县预算执行率88.4%。",
                vec!["武陵区预算执行率98.2%，自评得分96分；", "鼎城区预算执行率95.6%；", "澧县预算执行率88.4%。"],
            ),
            (
                "各县区执行情况：兰陵县预算120万元，执行率98.5%；沂水县预算100万元，执行率93.6%；费县预算90万元，执行率99%。",
                vec!["兰陵县预算120万元，执行率98.5%；", "沂水县预算100万元，执行率93.6%；", "费县预算90万元，执行率99%。"],
            ),
            (
                "全市共破获毒品刑事案件154起。汇川区破获毒品刑事案件24起。红花岗区破获毒品刑事案件21起。仁怀市破获毒品刑事案件19起。",
                vec!["汇川区破获毒品刑事案件24起。", "红花岗区破获毒品刑事案件21起。", "仁怀市破获毒品刑事案件19起。"],
            ),
        ] {
            assert_eq!(cut(t), parts, "{t}");
        }
        for t in [
            // (two counties only; names in a list; no figures; counties of two cities)
            "全市预算执行率为94.6%，较上年提高1.8个百分点。武陵区预算执行率98.2%；鼎城区预算执行率95.6%。",
            "全市共破获毒品刑事案件154起，较上年有所上升。武陵区、鼎城区、澧县成绩突出；桃源县、汉寿县工作扎实。",
            "全市禁毒工作扎实推进，各地均有成效。武陵区工作扎实；鼎城区成效明显；澧县进步较大；桃源县稳步推进。",
            "全市共破获毒品刑事案件154起，较上年有所上升。武陵区破获24起；鼎城区破获21起；兰陵县破获19起。",
        ] {
            assert!(super::county_clause_cuts(t).is_empty(), "{t}");
        }
    }

    /// A form's line of an indicator's name and its target's and result's pairs apart by wide
    /// spaces is a row of cells; a line of a name and one pair, or of prose, is not.
    #[test]
    fn an_indicator_and_its_pairs_apart_by_wide_spaces_are_cells() {
        for (t, want) in [
            (
                "指标1：尿检　年度指标值：≥1800人次　实际完成值：1926人次",
                Some("尿检\t年度指标值\t≥1800人次\t实际完成值\t1926人次"),
            ),
            ("毛发检测    目标值：≥200人    完成值：214人", Some("毛发检测\t目标值\t≥200人\t完成值\t214人")),
            (
                "三级指标：管控率　年度指标值：≥95%　实际完成值：97.4%",
                Some("管控率\t年度指标值\t≥95%\t实际完成值\t97.4%"),
            ),
            ("总分：100　自评得分：98.7", Some("总分\t100\t自评得分\t98.7")),
            ("指标1：尿检　年度指标值：≥1800人次", None),
            ("尿检　全年预算数：30　全年执行数：28", None),
            ("全年开展尿检　年度指标值：≥1800人次，完成1926人次　实际完成值：1926人次", None),
        ] {
            assert_eq!(figure_pairs(t).as_deref(), want, "{t}");
        }
    }

    /// Lines of a label and its target and result (毒品查缉：年度指标值≥20起，实际完成24起) each
    /// stand alone, as a label and one figure do; lines of prose still join.
    #[test]
    fn lines_of_a_label_and_its_figures_stand_alone() {
        for t in [
            "毒品查缉：年度指标值≥20起，实际完成24起\n尿检：年度指标值≥3000人次，实际完成3340人次",
            "基本支出：预算212.4，支出211.9\n项目支出：预算370.0，支出348.45",
            "宣传活动：目标30场，完成34场\n管控率：目标95%，完成98%",
        ] {
            assert_eq!(Doc::parse(t).paras.len(), 2, "{t}");
        }
        assert_eq!(Doc::parse("全年共开展宣传活动，完成\n34场次。").paras.len(), 1);
        // (a numbered label and its figure is a cell, no heading)
        for t in ["三、自评得分：95.9", "4.预算执行率：96.55%", "（二）全年执行数：118.76"] {
            assert!(!Doc::parse(t).paras[0].heading, "{t}");
        }
        assert!(Doc::parse("三、自评得分情况").paras[0].heading);
    }

    /// A numbered heading naming a score with its figure on the next line is the label and its
    /// value; a heading of words over prose, or a score heading over a sentence, is not.
    #[test]
    fn a_score_heading_over_its_figure_is_one_cell() {
        for (t, want) in [
            ("四、自评得分\n95.84\n五、下一步工作", Some("四、自评得分：95.84")),
            ("（三）综合评价得分：\n92.5分", Some("（三）综合评价得分：92.5分")),
            ("3.项目自评总分\n88", Some("3.项目自评总分：88")),
            ("六、绩效评分\n96.5 分", Some("六、绩效评分：96.5 分")),
        ] {
            let d = Doc::parse(t);
            assert_eq!(d.paras.first().map(|p| p.text.as_str()), want, "{t}");
            assert!(!d.paras[0].heading, "{t}");
            assert_eq!(d.paras[0].line_at(d.paras[0].text.len() - 1), 2, "{t}");
        }
        for t in ["四、自评得分情况\n95.84", "四、自评得分\n本单位自评得分95.84分。", "自评得分\n95.84\n"]
        {
            let d = Doc::parse(t);
            assert!(d.paras.iter().all(|p| !p.text.starts_with("四、自评得分：")), "{t}");
        }
    }

    /// A form's row whose cells a full-width slash parts is a row of cells (a label and its
    /// figure apart by a space two cells); a slash in prose, in a date or between words stays.
    #[test]
    fn rows_parted_by_full_width_slashes_are_cells() {
        for (l, want) in [
            ("编制人数／8／实有人数／7", "编制人数\t8\t实有人数\t7"),
            ("自评得分／95.5分", "自评得分\t95.5分"),
            ("基本支出／预算 45.50／支出 45.50", "基本支出\t预算\t45.50\t支出\t45.50"),
            ("查处吸毒人员 ／ 目标≥30人次 ／ 完成 36人次", "查处吸毒人员\t目标≥30人次\t完成 36人次"),
            ("资金执行率／96.1%", "资金执行率\t96.1%"),
        ] {
            assert_eq!(super::clean(l), want, "{l}");
        }
        for l in [
            "参与群众男／女比例约为1:1",
            "2023／12／31",
            "全年查处吸毒人员36人次，其中强制隔离戒毒／社区戒毒12人。",
            "项目名称／禁毒宣传经费",
            "男／女",
        ] {
            assert_eq!(super::clean(l), l, "{l}");
        }
    }

    /// A form's line of label and value pairs parted by semicolons stands alone; prose with
    /// semicolons does not.
    #[test]
    fn lines_of_pairs_parted_by_semicolons() {
        for l in [
            "年度预算：年初预算 1,020.00；全年预算 1,086.50；全年执行 1,052.73；执行率 96.89%",
            "基本支出 全年预算 386.50；项目支出 全年预算 700.00",
            "执行率：95.96%；自评得分：94",
        ] {
            assert!(super::pairs_line(l), "{l}");
        }
        for l in [
            "全年破获毒品刑事案件12起；抓获犯罪嫌疑人15人。",
            "一是强化宣传教育，开展活动20场次；二是加强管控，管控率98%",
            "加强组织领导；完善工作机制",
            "全年预算 1,086.50",
        ] {
            assert!(!super::pairs_line(l), "{l}");
        }
        let d = super::Doc::parse(
            "年度预算：年初预算 1,020.00；全年预算 1,086.50\n其中 人员经费 12.5；公用经费 3.2\n自评得分：95.9",
        );
        assert_eq!(d.paras.len(), 3, "{:?}", d.paras.iter().map(|p| &p.text).collect::<Vec<_>>());
    }

    /// A line of label：figure pairs apart by an ideographic space or a run of spaces is a row of
    /// cells; a line with a pair of words, or a sentence, is not.
    #[test]
    fn a_line_of_figure_pairs_is_a_row_of_cells() {
        for (l, want) in [
            ("总分：100\u{3000}自评得分：98.7", "总分\t100\t自评得分\t98.7"),
            ("编制人数：8　　实有人数：7", "编制人数\t8\t实有人数\t7"),
            (
                "全年预算数：280.00   全年执行数：271.60   执行率：97.00%",
                "全年预算数\t280.00\t全年执行数\t271.60\t执行率\t97.00%",
            ),
        ] {
            assert_eq!(super::figure_pairs(l).as_deref(), Some(want), "{l}");
        }
        for l in [
            "填报单位：某禁毒办　　金额单位：元",
            "发布时间：2022-03-21  来源：县公安局",
            "自评得分：98.7",
            "全年破获案件：12起，抓获嫌疑人15名　　同比上升：20%",
        ] {
            assert_eq!(super::figure_pairs(l), None, "{l}");
        }
        let f = crate::extract::scan::facts_of(
            "某县禁毒委员会办公室2023年度禁毒宣传教育项目支出绩效自评表\n总分：100　自评得分：98.7\n",
            crate::model::Kind::Project,
        );
        assert!(f.contains(&(crate::model::Field::SelfScore, 98.7)) && !f.iter().any(|x| x.1 == 100.0), "{f:?}");
    }

    /// A label of two characters spaced out to its cell's width is the label; two words of
    /// prose apart by a space are not.
    #[test]
    fn a_label_spaced_out_to_its_cells_width_is_joined() {
        for (l, want) in [
            ("总    分：   95.80 分", "总分：   95.80 分"),
            ("合   计  120.50", "合计  120.50"),
            ("得  分\t92", "得分\t92"),
            ("备 注：无", "备注：无"),
            ("总\u{3000}分\u{3000}\u{3000}100\u{3000}98.64", "总分\u{3000}\u{3000}100\u{3000}98.64"),
            ("合\u{3000}\u{3000}计：120.50", "合计：120.50"),
        ] {
            assert_eq!(super::spaced_label(l).as_deref(), Some(want), "{l}");
        }
        for l in [
            "我 县全年破获毒品刑事案件12起",
            "总分：95.80",
            "全 县 共",
            "A B：1",
            "总    分数",
            "全\u{3000}县共破获12起",
        ] {
            assert_eq!(super::spaced_label(l), None, "{l}");
        }
    }

    /// A printed page's number on its own line is furniture; a line with other words is not.
    /// ASCII clause signs beside Chinese text are the Chinese signs; between digits and in an
    /// address they stay; a city's paragraph typed with ASCII signs goes county by county.
    #[test]
    fn ascii_clause_signs_beside_chinese_are_chinese_signs() {
        assert_eq!(
            chinese_signs("判刑三年以上的16人,我县实有吸毒人员870人,入库数和实有吸毒人员数均居全州前三位。"),
            "判刑三年以上的16人，我县实有吸毒人员870人，入库数和实有吸毒人员数均居全州前三位。"
        );
        assert_eq!(chinese_signs("自评得分97分;北塔区执行率96.5%"), "自评得分97分；北塔区执行率96.5%");
        assert_eq!(chinese_signs("发布时间:2023-06-26 10:30"), "发布时间：2023-06-26 10:30");
        assert_eq!(chinese_signs("共1,174人 http://www.gov.cn 10:30"), "共1,174人 http://www.gov.cn 10:30");
        // (a form's row saved as comma-separated text keeps its commas)
        assert_eq!(
            chinese_signs("年度资金总额,60.00,60.00,57.36,95.60%,9.56"),
            "年度资金总额,60.00,60.00,57.36,95.60%,9.56"
        );
        assert_eq!(chinese_signs("总分,,,,,100,94.56"), "总分,,,,,100,94.56");
        assert_eq!(
            chinese_signs("项目资金（万元）,年初预算数,全年预算数,得分"),
            "项目资金（万元）,年初预算数,全年预算数,得分"
        );
        let said = |t: &str| Doc::parse(t).paras.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
        let city = "从复核情况看,大祥区资金执行率99.2%,自评得分97分;北塔区资金执行率96.5%,自评得分94分;邵东市资金执行率91.3%,自评得分90.5分。";
        assert_eq!(said(city), said(&city.replace(',', "，").replace(';', "；")));
    }

    /// Full-width figures are ASCII before a line's cells are read: a form's row of full-width
    /// slashes typed with full-width digits reads as the same row in ASCII.
    #[test]
    fn full_width_figures_are_read_before_cells() {
        assert_eq!(ascii_figures("编制人数／６／实有人数／６"), "编制人数／6／实有人数／6");
        assert_eq!(ascii_figures("预算数　１２６．４０　执行率９６．３３％"), "预算数　126.40　执行率96.33%");
        assert_eq!(ascii_figures("全县破获案件。第．一"), "全县破获案件。第．一");
        let text = |t: &str| Doc::parse(t).paras.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
        assert_eq!(text("基本支出／预算 ４５．５０／支出 ４４．８０"), text("基本支出／预算 45.50／支出 44.80"));
    }

    #[test]
    fn page_numbers_are_no_lines_of_the_text() {
        for l in ["第 1 页 共 2 页", "第1页", "共3页 第2页", "第 12 页", "- 2 -", "—3—", "第1页共2页"]
        {
            assert!(super::page_number(l), "{l}");
        }
        for l in ["第1页至第3页为附表", "共2页", "第一页", "2", "-", "全年查处吸毒人员12人", "第3项"]
        {
            assert!(!super::page_number(l), "{l}");
        }
    }

    #[test]
    fn a_markdown_headers_second_row_keeps_its_blank_first_cell() {
        assert_eq!(super::clean("| | 年初 | 全年 | | |"), "\t年初\t全年");
        // (a row of figures, or of one word, drops its blank cells as before)
        assert_eq!(super::clean("| | 合计 | 120.00 | 118.50 |"), "合计\t120.00\t118.50");
        assert_eq!(super::clean("| | 产出指标 | |"), "产出指标");
        let d = Doc::parse("| 项目 | 预算数 | | 执行数 | 执行率 |\n| | 年初 | 全年 | | |\n|---|---|---|---|---|\n| 合计 | 198.00 | 213.50 | 206.77 | 96.85% |\n");
        let rows: Vec<&str> = d.paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(rows, ["项目\t年初预算数\t全年预算数\t执行数\t执行率", "合计\t198.00\t213.50\t206.77\t96.85%"]);
    }

    #[test]
    fn a_row_of_bars_without_bars_at_its_ends_is_cells() {
        for (line, want) in [
            ("资金合计 | 126.00 | 121.38 | 96.33%", "资金合计\t126.00\t121.38\t96.33%"),
            ("移送起诉|≥25人|29人|15|15", "移送起诉\t≥25人\t29人\t15\t15"),
            ("指标 | 指标值 | 实际值", "指标\t指标值\t实际值"),
        ] {
            assert_eq!(super::clean(line), want, "{line}");
        }
        // (a bar or two in prose, or a row of two cells, stays as written)
        for line in [
            "本年度共开展禁毒宣传活动46场，覆盖群众3万余人 | 来源：县禁毒办 | 2023-01-05",
            "首页 | 工作动态 | 发布时间：2023-01-05 | 浏览次数：128",
            "首页 | 政务公开 | 禁毒工作",
            "合计 | 126.00",
            "A|B",
        ] {
            assert_eq!(super::clean(line), line, "{line}");
        }
    }

    #[test]
    fn a_rule_across_a_table_is_no_line_but_an_empty_cell_is() {
        for l in [
            "-----------------------------------",
            "  ==========================  ",
            "+--------+----------+-------+",
            "————————————————",
            "－－－－－－－－－－",
            "------ ------ ------",
        ] {
            assert!(super::rule_line(l), "{l}");
        }
        for l in ["—", "——", "--", "- 2 -", "———— 无", "-5.2%", "—3—", "==", "--- 年初预算数 ---", "——————"]
        {
            assert!(!super::rule_line(l), "{l}");
        }
        // (the header above a rule still heads the rows under it)
        let d = Doc::parse(
            "项目    年初预算数    全年执行数\n--------------------------------\n合计    120.00    118.50\n",
        );
        let rows: Vec<&str> = d.paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(rows, ["项目\t年初预算数\t全年执行数", "合计\t120.00\t118.50"]);
    }

    #[test]
    fn a_row_drawn_with_box_rules_or_full_width_bars_is_cells() {
        for (line, want) in [
            ("┃查处吸毒人员 │ ≥100人次 │ 118人次┃", "查处吸毒人员\t≥100人次\t118人次"),
            ("║强制隔离戒毒 ┆ ≥40人 ┆ 44人║", "强制隔离戒毒\t≥40人\t44人"),
            ("查处吸毒人员｜≥100人次｜118人次", "查处吸毒人员\t≥100人次\t118人次"),
            // prose with quotes and dashes (E2 80 …) holds no bar; one bar inside prose stays a mark
            ("开展“6·26”禁毒宣传——共发放资料3000份。", "开展“6·26”禁毒宣传——共发放资料3000份。"),
            ("全年查处吸毒人员118人次｜较上年增加。", "全年查处吸毒人员118人次｜较上年增加。"),
        ] {
            assert_eq!(super::clean(line), want, "{line}");
        }
    }

    #[test]
    fn one_space_between_a_figure_and_its_words_is_closed_in_prose() {
        for (line, want) in [
            ("全县共破获毒品刑事案件 14 起，刑事拘留 19 人。", "全县共破获毒品刑事案件14起，刑事拘留19人。"),
            ("回顾过去的 2021 年，全县禁毒工作取得新成效", "回顾过去的2021年，全县禁毒工作取得新成效"),
            ("管控率达 99.2% ，", "管控率达99.2%，"),
            // (no sign of a sentence: a date line or a paper's name is left as it is)
            ("人民网 2019年06月26日 08:12", "人民网 2019年06月26日 08:12"),
            // two spaces keep cells apart; Latin letters and signs keep their spaces
            ("年度资金总额  80  86.5，", "年度资金总额  80  86.5，"),
            ("PM 2.5 浓度，", "PM 2.5浓度，"),
            ("≥ 90%，", "≥ 90%，"),
        ] {
            assert_eq!(close_spaces(line.to_string()), want, "{line}");
        }
    }

    proptest::proptest! {
        /// Copying the runs between the characters that may change gives what reading every
        /// character gives.
        #[test]
        fn normalizing_by_runs_equals_the_definition(parts in proptest::collection::vec(proptest::sample::select(vec![
            "３", "5", "，", "．", "％", "﹪", "\u{00A0}", "\u{3000}", "\u{2002}", "\u{2003}", "\u{2009}", "\u{200B}",
            "\u{FEFF}", "＜", "＞", "＝", "禁毒", "a", "、", "（", "é", "😀", "。", "123", "０", "—",
        ]), 0..40)) {
            let line: String = parts.concat();
            proptest::prop_assert_eq!(normalize_line(&line), normalize_line_ref(&line), "{:?}", line);
        }
    }
    use super::*;

    #[test]
    fn one_year_is_no_span_of_years() {
        for (t, want) in [
            ("一年来，全县", true),
            ("过去一年来，全县", true),
            ("这一年来，我们", true),
            ("三年来，全县", false),
            ("十一年来，全县", false),
            ("二十一年来", false),
            ("2021年来", false),
            ("多年来", false),
        ] {
            let at = t.find("年来").unwrap();
            assert_eq!(one_year_since(t, at), want, "{t}");
        }
    }

    /// The definition `starts_numbered` is held to.
    fn starts_numbered_ref(s: &str) -> bool {
        let s = s.trim_start();
        if s.starts_with('#') {
            return true;
        }
        let mut it = s.chars();
        let Some(c0) = it.next() else { return false };
        if ('①'..='⑳').contains(&c0) || ('⑴'..='⒇').contains(&c0) {
            return true;
        }
        let cn = "一二三四五六七八九十";
        if c0 == '（' || c0 == '(' {
            let inner: String = it.clone().take_while(|c| *c != '）' && *c != ')').collect();
            return !inner.is_empty()
                && inner.chars().count() <= 3
                && inner.chars().all(|c| c.is_ascii_digit() || cn.contains(c));
        }
        if cn.contains(c0) {
            let rest: String = s.chars().skip_while(|c| cn.contains(*c)).take(1).collect();
            return rest == "、" || rest == "是";
        }
        if c0.is_ascii_digit() {
            let rest: String = s.chars().skip_while(|c| c.is_ascii_digit()).take(2).collect();
            return rest.starts_with('、')
                || (rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()))
                || rest.starts_with('．');
        }
        false
    }

    proptest::proptest! {
        /// `starts_numbered` reads lines as its definition does.
        #[test]
        fn numbered_lines_as_defined(parts in proptest::collection::vec(proptest::sample::select(vec![
            "一", "二", "十", "、", "是", "（", "）", "(", ")", "1", "23", ".", "．", "①", "⑴", "#", " ", "禁毒", "a",
        ]), 0..8)) {
            let line: String = parts.concat();
            proptest::prop_assert_eq!(starts_numbered(&line), starts_numbered_ref(&line), "{:?}", line);
        }
    }

    /// The definition `normalize_line` is held to: every character mapped, then '．' between
    /// digits and '，' before exactly three digits made ASCII.
    fn normalize_ref(line: &str) -> String {
        let chars: Vec<char> = line.chars().map(norm_char).collect();
        let mut out = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let prev_digit = i > 0 && chars[i - 1].is_ascii_digit();
            let next_digit = chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            match c {
                '．' if prev_digit && next_digit => out.push('.'),
                '，' if prev_digit
                    && chars.get(i + 1..i + 4).is_some_and(|w| w.iter().all(|c| c.is_ascii_digit()))
                    && !chars.get(i + 4).is_some_and(|c| c.is_ascii_digit()) =>
                {
                    out.push(',')
                }
                _ => out.push(c),
            }
        }
        out
    }

    proptest::proptest! {
        /// The one-pass normaliser writes what the definition writes.
        #[test]
        fn lines_normalise_as_defined(parts in proptest::collection::vec(proptest::sample::select(vec![
            "1", "23", "１", "２３", "，", "．", ",", ".", "％", "\u{3000}", "禁毒", "万元", "a", "。", "456", "７８９０",
        ]), 0..20)) {
            let line: String = parts.concat();
            proptest::prop_assert_eq!(normalize_line(&line), normalize_ref(&line), "{:?}", line);
        }
    }

    proptest::proptest! {
        /// The word-at-a-time byte test says what the characters say, wherever they stand.
        #[test]
        fn the_byte_test_agrees_anywhere(parts in proptest::collection::vec(proptest::sample::select(vec![
            "禁毒", "a", "1", "，", "．", "。", "\u{3000}", "\u{00A0}", "\u{2003}", "\u{200B}", "５", "％", "＝", "﹪",
            "\u{FEFF}", "（", "é", "😀", "、", "工作经费",
        ]), 0..24)) {
            let line: String = parts.concat();
            let b = line.as_bytes();
            let want = line.char_indices().any(|(i, c)| {
                norm_char(c) != c || (matches!(c, '，' | '．') && i > 0 && b[i - 1].is_ascii_digit())
            });
            proptest::prop_assert_eq!(needs_normalizing(b), want, "{:?}", line);
        }
    }

    #[test]
    fn the_byte_test_agrees_with_the_characters() {
        // every character norm_char maps, and the full-width point and comma after a digit
        let mapped: Vec<char> = (0..=0x10FFFFu32).filter_map(char::from_u32).filter(|&c| norm_char(c) != c).collect();
        assert!(mapped.len() >= 15, "{mapped:?}");
        for c in mapped {
            assert!(needs_normalizing(format!("禁毒{c}工作").as_bytes()), "{c:?} U+{:04X}", c as u32);
        }
        assert!(needs_normalizing("共计1，234人".as_bytes()));
        assert!(needs_normalizing("共计1．5万元".as_bytes()));
        assert!(!needs_normalizing("一是加强宣传，二是强化管控（含社区）。".as_bytes()));
        assert!(!needs_normalizing("共计1,234.5万元".as_bytes()));
    }

    #[test]
    fn pinyin_after_characters_is_dropped() {
        for (t, want) in [
            ("共破獲毒品犯罪案件1.4萬(wàn)余起", "共破獲毒品犯罪案件1.4萬余起"),
            ("全国(quánguó)禁毒示范城市(chéngshì)创建", "全国禁毒示范城市创建"),
            ("查处吸毒人员7.8萬(wàn)人次的(de)", "查处吸毒人员7.8萬人次的(de)"),
            ("破获(pòhuò)的(de)案件(ànjiàn)多(duō)", "破获的案件多"),
            // no tone mark anywhere: a letter in brackets stays
            ("措施(a)落实", "措施(a)落实"),
            // one marked run: an unmarked one stays
            ("本市(shì)措施(b)", "本市措施(b)"),
            // not after a Chinese character, or not letters: stays
            ("Café (né) 2023年(12月)", "Café (né) 2023年(12月)"),
        ] {
            assert_eq!(strip_pinyin(t), want, "{t}");
        }
    }

    /// A row of one filled cell inside a table (\t按支出性质分\t\t\t, as a Word table's merged
    /// group row arrives) is a row of the table still; a line indented by one tab after a table,
    /// or a line of one cell outside a table, is prose.
    #[test]
    fn a_row_of_one_filled_cell_inside_a_table_is_a_row() {
        let rows = |t: &str| Doc::parse(t).paras.iter().map(|p| p.table_row).collect::<Vec<_>>();
        assert_eq!(
            rows("项目\t年初预算数\t全年预算数\n\t按支出性质分\t\t\n\t其中：基本支出\t120\t131\n"),
            [true, true, true]
        );
        assert_eq!(rows("项目\t预算数\t决算数\n合计\t210\t205.8\n\t二、部门整体支出情况\n"), [true, true, false]);
        assert_eq!(rows("一、部门概况\n\t按支出性质分\t\t\n"), [false, false]);
    }

    #[test]
    fn markdown_tables_become_rows() {
        let d = Doc::parse("| 项目 | 预算数 | 决算数 |\n| --- | :---: | ---: |\n| **合计** | 210 | 205.8 |\n");
        let rows: Vec<&str> = d.paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(rows, ["项目\t预算数\t决算数", "合计\t210\t205.8"]);
        assert!(d.paras.iter().all(|p| p.table_row));
        assert_eq!(d.paras[1].first_line(), 3);
    }

    #[test]
    fn full_width_numbers_become_ascii() {
        assert_eq!(normalize_line("１２３，４５６．７８万元"), "123,456.78万元");
        assert_eq!(normalize_line("达到98﹪。"), "达到98%。");
        assert_eq!(normalize_line("２，３"), "2，3");
    }

    #[test]
    fn sentence_split_across_blank_line_is_joined() {
        let d = Doc::parse("2024年项目支出预算数117万元，本年项目支出\n\n决算数 256.32 万元，主要用于业务。\n");
        assert_eq!(d.paras.len(), 1);
        assert!(d.paras[0].text.contains("本年项目支出决算数256.32万元"));
        let at = d.paras[0].text.find("256").unwrap();
        assert_eq!(d.paras[0].line_at(at), 3);
    }

    /// A year in numerals (二〇〇八年, 二○一五年度, 二零二三年, 二00八年, 一九九九年) reads as a
    /// year in figures; other numerals stay.
    #[test]
    fn a_year_in_numerals_reads_as_figures() {
        for (t, want) in [
            ("二〇〇八年全县破获毒品刑事案件12起。", "2008年全县破获毒品刑事案件12起。"),
            ("某县二○一五年度禁毒工作总结", "某县2015年度禁毒工作总结"),
            ("截至二零二三年底，全县在册吸毒人员312名。", "截至2023年底，全县在册吸毒人员312名。"),
            ("二00八年，全省强制隔离戒毒1.2万人", "2008年，全省强制隔离戒毒1.2万人"),
            ("一九九九年以来", "1999年以来"),
            ("十二年来", "十二年来"),
            ("二十一年", "二十一年"),
            ("一二三四年", "一二三四年"),
        ] {
            assert_eq!(numeral_years(t), want, "{t}");
        }
        let d = Doc::parse("某县禁毒委员会办公室二〇二二年禁毒工作总结\n二〇二二年，全县破获毒品刑事案件12起。");
        assert!(d.paras[0].text.contains("2022年"), "{:?}", d.paras[0].text);
    }

    #[test]
    fn a_news_headline_and_date_line_stand_alone() {
        let d =
            Doc::parse("西峡县公安局禁毒大队荣获全国禁毒工作先进集体称号\n2015年以来，该大队共查破毒品刑事案件130起。");
        assert_eq!(d.paras.len(), 2);
        let d = Doc::parse("南岳区社会化禁毒事务中心2021年度部门整体支出绩效评价\n报告\n");
        assert_eq!(d.paras[0].text, "南岳区社会化禁毒事务中心2021年度部门整体支出绩效评价报告");
        let d = Doc::parse("祁东禁毒经验在全国推介\n2013-04-24 衡阳日报\n今年1至3月，我县共破获毒品刑事案件15起。");
        assert_eq!(d.paras.len(), 3);
        assert!(is_date_line("2013/7/19 16:26:00"));
        assert!(is_date_line("（2020年6月26日）"));
        assert!(is_date_line("2024年1月10日"));
        assert!(!is_date_line("2023年1月5日，全县召开禁毒工作会议。"));
        assert!(!is_date_line("2023年度部门整体支出绩效自评报告"));
        // (a stamp written day first stands alone too, between a headline and the first paragraph)
        assert!(is_date_line("11.05.2016  17:26"));
        assert!(is_date_line("26.06.2014"));
        assert!(!is_date_line("11.05.2016 17:26 本站讯，全省破获毒品案件12起"));
        let d = Doc::parse(
            "甘肃五个月破获毒品刑案1047起\n\n11.05.2016  17:26\n\n  去年12月以来，甘肃各级公安机关成果凸显。",
        );
        assert_eq!(d.paras.len(), 3, "{:?}", d.paras.iter().map(|p| &p.text).collect::<Vec<_>>());
    }

    /// A headline block (a headline and its subtitle, no clause of a sentence in them) ends
    /// before a lead that opens on a year and a comma: the lead is the body's first paragraph.
    #[test]
    fn a_headline_block_ends_before_a_lead_opening_on_a_year() {
        for (lead, opens) in [
            ("2023年，某区禁毒工作在全市综合考核中再次位列第一。", true),
            ("2024年上半年，全县共破获毒品刑事案件6起。", true),
            ("2022年以来，全州查处吸毒人员212人次，强制隔离戒毒41人。", true),
            ("2021年1至9月,全旗新发现吸毒人员同比下降三成。", true),
            ("2023年度部门整体支出绩效自评报告", false),
            ("2023年县禁毒办部门预算编制说明及绩效目标，详见附表。", false),
            ("2023年，", false),
            ("20世纪80年代以来，毒品问题复萌。", false),
            ("今年以来，全市共破获毒品案件12起。", false),
            // (a day's date opens a lead as its year does: the lead's dateline)
            ("2024年1月10日，市禁毒委召开全体会议。", true),
            ("2023年全县禁毒工作取得新成效，群众满意度持续提升", false),
        ] {
            assert_eq!(lead_opens_on_year(lead), opens, "{lead}");
        }
        // (blank lines between them or not, in several provinces' wording)
        for (page, stands_alone) in [
            ("某区：织密禁毒防控网\n\n——全区禁毒工作综合考核再获优秀等次\n\n2023年，某区禁毒工作在全市禁毒工作综合考核中再次位列第一。", true),
            ("禁毒宣传进万家\n全县禁毒工作迈上新台阶\n2024年上半年，全县共开展禁毒宣传活动86场次，查处吸毒人员12人。", true),
            ("某旗禁毒工作亮点纷呈\n2022年以来，全旗新发现吸毒人员同比下降三成。", true),
            // (a headline ending on a clause of its own is a sentence the lead goes on from)
            ("某县：禁毒防线再筑牢，全县禁毒工作迈上新台阶\n2023年，全县共破获毒品刑事案件12起。", false),
            // (a lead not opening on a year joins as before: the title's cut at its first 。 holds)
            ("某县：织密禁毒防控网\n——全县禁毒工作综合考评再获优秀等次\n3月15日，县禁毒委召开推进会。", false),
        ] {
            // (the lead, the page's last line, a paragraph of its own or the headline's end)
            let d = Doc::parse(page);
            let lead = page.lines().last().expect("a line");
            let alone = d.paras.last().is_some_and(|p| p.text == lead) && d.paras.len() > 1;
            assert_eq!(alone, stands_alone, "{:?}", d.paras.iter().map(|p| &p.text).collect::<Vec<_>>());
        }
    }

    /// A paper's name and the date (and time) under a headline is a line of its own, neither
    /// the headline's end nor the first sentence's start.
    #[test]
    fn a_paper_and_date_line_stands_alone() {
        for line in ["厦门日报 2016-09-30 11:05", "新华社昆明2021年6月25日电", "人民网 2019年06月26日 08:12"]
        {
            let d = Doc::parse(&format!(
                "某市警方严打毒品犯罪 半年破案百余起\n{line}\n自今年3月以来，全市共破获毒品刑事案件102起。"
            ));
            assert_eq!(d.paras.len(), 3, "{line}");
            assert_eq!(d.paras[1].text, line);
        }
    }

    #[test]
    fn decimal_split_by_line_break_is_joined() {
        let d = Doc::parse("实际支出256.\n32万元。");
        assert_eq!(d.paras[0].text, "实际支出256.32万元。");
    }

    #[test]
    fn label_cell_and_value_cell_are_joined() {
        let d = Doc::parse("\t年度预算金额\n\t65\n\n\t主管部门\n\t湘潭县禁毒委员会\n");
        assert_eq!(d.paras[0].text, "年度预算金额：65");
        assert_eq!(d.paras[1].text, "主管部门");
        assert_eq!(d.paras[2].text, "湘潭县禁毒委员会");
    }

    /// A line of a label and its bare value stands alone after a line with no end mark.
    #[test]
    fn a_label_value_line_stands_alone() {
        let d = Doc::parse("新发现吸毒人员：目标值≤8名；实际值5名\n自评总分：95.75");
        assert_eq!(d.paras.len(), 2);
        let d = Doc::parse("全年开展禁毒宣传活动\n综合得分：96分\n");
        assert_eq!(d.paras.len(), 2);
        // (a wrapped sentence still joins)
        let d = Doc::parse("全年开展禁毒宣传活动56场次，查获吸毒人员\n41人次。");
        assert_eq!(d.paras.len(), 1);
    }

    #[test]
    fn headings_stand_alone() {
        let d = Doc::parse(
            "一、部门基本情况\n（一）职能\n本单位负责全区禁毒工作的组织、协调、指导和督促检查，以及禁毒\n宣传。",
        );
        assert_eq!(d.paras.len(), 3);
        assert!(d.paras[0].heading && d.paras[1].heading && !d.paras[2].heading);
    }

    #[test]
    fn titles() {
        assert!(looks_like_title("南岳区社会化禁毒事务中心2021年度部门整体支出绩效评价报告"));
        assert!(looks_like_title("## 整体支出绩效自评报告"));
        assert!(!looks_like_title("预算单位整体支出绩效自评工作考核评分表"));
        assert!(looks_like_title("资中县公安局禁毒大队2020年度部门整体支出绩效评价表"));
        assert!(looks_like_title("某县禁毒专项经费项目绩效评价表（2022年度）"));
        assert!(!looks_like_title("部门整体支出绩效评价指标评价表"));
        assert!(!looks_like_title("绩效评价工作考核评价表"));
        assert!(!looks_like_title("3、项目支出绩效自评表"));
        // a drug-control unit's budget or final accounts; not another unit's, nor a line of one
        assert!(looks_like_title("广西壮族自治区第二强制隔离戒毒所2021年部门预算"));
        assert!(looks_like_title("某县禁毒委员会办公室2022年度部门决算"));
        assert!(looks_like_title("某市社会化禁毒服务中心2023年单位预算"));
        assert!(looks_like_title("陆丰市公安局2023年部门决算"));
        assert!(looks_like_title("资兴市2022年度禁毒专项经费使用情况"));
        assert!(looks_like_title("汝城县禁毒办2022年禁毒经费保障情况报告"));
        assert!(!looks_like_title("全县禁毒经费使用情况良好，未发现违规"));
        assert!(looks_like_title("永兴县司法局2022年度部门预算"));
        assert!(!looks_like_title("某县林业局2021年部门预算"));
        assert!(!looks_like_title("禁毒经费纳入部门预算"));
    }

    #[test]
    fn big5_is_decoded_and_gbk_stays_gbk() {
        let trad =
            "瑞麗市公安局2022年禁毒工作總結\n全年共破獲毒品刑事案件286起，查處吸毒人員148人次，禁毒宣傳教育活動52場。";
        let (bytes, _, bad) = encoding_rs::BIG5.encode(trad);
        assert!(!bad);
        assert_eq!(decode(&bytes).unwrap(), trad);
        // and read as simplified, as a traditional page in UTF-8 is
        let d = Doc::parse(&decode(&bytes).unwrap());
        assert_eq!(d.paras[1].text, "全年共破获毒品刑事案件286起，查处吸毒人员148人次，禁毒宣传教育活动52场。");
        // GBK text that is also valid Big5 (both bytes of each character in 0xA1..0xFE) stays GBK
        for simp in [
            "禁毒办预算65万元",
            "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告",
            "全年共破获毒品刑事案件14起，抓获犯罪嫌疑人21人，查处吸毒人员36人次。",
            "项目名称 禁毒专项经费 主管部门 县公安局 年初预算数 全年执行数",
        ] {
            let (bytes, _, _) = encoding_rs::GBK.encode(simp);
            assert_eq!(decode(&bytes).unwrap(), simp);
        }
    }

    #[test]
    fn gb18030_is_decoded() {
        let (bytes, _, _) = encoding_rs::GB18030.encode("禁毒办预算65万元");
        assert_eq!(decode(&bytes).unwrap(), "禁毒办预算65万元");
        assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap(), "abc");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// `space_by_figure` reads from the spaces what a walk over every three bytes reads.
        #[test]
        fn space_by_figure_as_every_window_says(parts in proptest::collection::vec(proptest::sample::select(vec![
            " ", "  ", "1", "%", "禁", "，", "a", "é", "\t",
        ]), 0..16)) {
            let t: String = parts.concat();
            let b = t.as_bytes();
            let want = b.windows(3).any(|w| {
                w[1] == b' '
                    && (w[0] >= 0x80 && w[2].is_ascii_digit() || (w[0].is_ascii_digit() || w[0] == b'%') && w[2] >= 0x80)
            });
            proptest::prop_assert_eq!(space_by_figure(b), want, "{:?}", t);
        }
    }

    #[test]
    fn utf8_is_taken_as_it_is_exactly_when_std_calls_it_utf8() {
        // simdutf8 and std agree on valid and invalid UTF-8 (overlong, surrogate, beyond U+10FFFF,
        // cut short, a stray continuation byte), at the end of a long text and of a short one
        let long = "禁毒办预算65万元。".repeat(40);
        for tail in [&b""[..], b"\xC0\x80", b"\xED\xA0\x80", b"\xF4\x90\x80\x80", b"\xE7\xA6", b"\x80", "😀".as_bytes()]
        {
            for head in ["", long.as_str()] {
                let mut bytes = head.as_bytes().to_vec();
                bytes.extend_from_slice(tail);
                let by_std = std::str::from_utf8(&bytes).is_ok();
                assert_eq!(simdutf8::basic::from_utf8(&bytes).is_ok(), by_std, "{tail:?}");
                if by_std {
                    assert_eq!(decode(&bytes).unwrap().as_bytes(), &bytes[..]);
                }
            }
        }
    }

    #[test]
    fn traditional_pages_read_as_simplified() {
        let d = Doc::parse("瑞麗市2022年禁毒工作綜述\n全年共破獲毒品刑事案件286起，查處吸毒人員148人次。");
        assert_eq!(d.paras[1].text, "全年共破获毒品刑事案件286起，查处吸毒人员148人次。");
        // a simplified text with a stray traditional character stays as it is
        assert_eq!(to_simplified("于都县禁毒办於2023年"), "于都县禁毒办於2023年");
        // a news item's dateline and wording (訊, 電, 聞; 貴州, 懲治, 鏟除)
        let d = Doc::parse("本報陽泉6月12日訊 新華社貴陽3月5日電 據新聞發布會，嚴厲懲治毒品犯罪，鏟除罌粟。\n全年共破獲毒品刑事案件12起。");
        assert_eq!(d.paras[0].text, "本报阳泉6月12日讯 新华社贵阳3月5日电 据新闻发布会，严厉惩治毒品犯罪，铲除罂粟。");
        // the country's name and a national report's wording (國, 內, 噸, 濫, 癮, 鞏, 豐, 貢獻)
        for (t, s) in [
            (
                "深入實施《中華人民共和國禁毒法》，全國禁毒工作繼續進行",
                "深入实施《中华人民共和国禁毒法》，全国禁毒工作继续进行",
            ),
            ("國內繳獲毒品25.9噸，毒品濫用", "国内缴获毒品25.9吨，毒品滥用"),
            ("吸毒成癮人員，鞏固戒毒成果，豐富貢獻", "吸毒成瘾人员，巩固戒毒成果，丰富贡献"),
            // place names written with their own traditional forms (嶽 of 岳阳/南岳, 瀋 of 沈阳)
            ("建設美麗幸福嶽陽縣", "建设美丽幸福岳阳县"),
            ("衡陽市南嶽區禁毒委員會辦公室", "衡阳市南岳区禁毒委员会办公室"),
            ("遼寧省瀋陽市公安局禁毒支隊", "辽宁省沈阳市公安局禁毒支队"),
            // the whole of OpenCC's table, not only the commonest: 納, 鹽, 罌; and 批覆 the word
            ("全縣納入網格化管理吸毒人員816名，較上年", "全县纳入网格化管理吸毒人员816名，较上年"),
            ("綿陽市鹽亭縣禁毒委員會辦公室", "绵阳市盐亭县禁毒委员会办公室"),
            ("2022年批覆預算數\t2022年調整預算數", "2022年批复预算数\t2022年调整预算数"),
            // (覆 alone stays: 全覆蓋 is 全覆盖)
            ("實現轄區禁毒宣傳全覆蓋", "实现辖区禁毒宣传全覆盖"),
        ] {
            assert_eq!(to_simplified(t), s, "{t}");
        }
    }

    /// A report's dateline opens its first paragraph: a headline or restated title (原标题) above
    /// it, or the site's menu, stays a paragraph of its own.
    #[test]
    fn a_reports_dateline_opens_a_paragraph() {
        for (text, want) in [
            (
                "原标题：全省一年破获毒品案件3000余起\n新华社南宁6月25日电（记者某某）过去一年来，全区破获毒品犯罪案件3120起。",
                "新华社南宁6月25日电（记者某某）过去一年来，全区破获毒品犯罪案件3120起。",
            ),
            (
                "国内 | 国际 | 社会\n中新网昆明1月10日电 云南省公安厅10日向媒体公布，2023年共破获毒品刑事案件3136起。",
                "中新网昆明1月10日电 云南省公安厅10日向媒体公布，2023年共破获毒品刑事案件3136起。",
            ),
            (
                "首页 时政 法治\n本报讯 昨日，市禁毒委召开全体会议。",
                "本报讯 昨日，市禁毒委召开全体会议。",
            ),
            (
                "本报金华3月5日讯 （通讯员 某某）去年，全市破获毒品刑事案件86起。",
                "本报金华3月5日讯 （通讯员 某某）去年，全市破获毒品刑事案件86起。",
            ),
        ] {
            let d = Doc::parse(text);
            assert_eq!(d.paras.last().map(|p| p.text.as_str()), Some(want), "{text}");
        }
    }

    #[test]
    fn cells_with_trailing_pipes_are_cells() {
        let d = Doc::parse("项目名称 |\n禁毒专项经费 |\n|\n总额 |\n60.00 |\n");
        let rows: Vec<&str> = d.paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(rows, ["项目名称", "禁毒专项经费", "总额：60.00"]);
    }

    #[test]
    fn page_furniture_stands_alone() {
        let d = Doc::parse("发布机构: 萧县公安局 发布日期: 2022-03-21\n萧县公安局禁毒经费项目支出绩效自评表\n主管部门 萧县公安局\n项目资金");
        assert_eq!(d.paras.len(), 4);
        assert!(looks_like_title("部门预算项目支出绩效自评表(2023年度)"));
        assert!(looks_like_title("兰陵县召开2023年上半年禁毒工作新闻发布会"));
        assert!(looks_like_title("关于2023年全县禁毒工作情况的报告"));
        assert!(!looks_like_title("2023年空气质量工作情况"));
    }

    /// A form's row of its date's label and the date in the cell beside it (a Word or Excel
    /// table's) is one line of the label and its date; other rows stay cells.
    #[test]
    fn a_forms_date_in_the_cell_beside_its_label_is_one_line() {
        for (l, want) in [
            ("填报日期\t2023年3月15日", Some("填报日期：2023年3月15日")),
            ("报告日期：\t2023-03-15\t\t", Some("报告日期：2023-03-15")),
            ("编制时间\t2024年1月", Some("编制时间：2024年1月")),
            // (a row of other cells, or a date's label over its column, is no such line)
            // (the pair among other cells of the row)
            (
                "填报人\t张三\t联系电话\t0753-7891234\t填报日期\t2023年3月15日",
                Some("填报人\t张三\t联系电话\t0753-7891234\t填报日期：2023年3月15日"),
            ),
            // (a row of other cells, or a project's time, is no such row)
            ("项目实施时间\t2023年1月-12月", None),
            ("年度资金总额\t30\t29.1", None),
            ("填报日期\t\t", None),
        ] {
            assert_eq!(super::dated_cells(l).as_deref(), want, "{l}");
        }
    }

    /// A line opening on a date's label and the date is the page's furniture; a label inside a
    /// longer name or with no year is not.
    #[test]
    fn a_dated_label_is_page_furniture() {
        for l in [
            "日期：2021年01月20日",
            "时间：2021-07-08",
            "本站发表时间：[2019-06-27]  来源：丰都县公安局",
            "更新时间: 2022-5-6",
            "【发布日期：2023年6月26日】",
            // (a form's own date, when it was filled in: after the year it evaluates)
            "评价时间：2022年3月",
            "填报日期：2019年3月15日",
        ] {
            assert!(is_page_meta(l), "{l}");
        }
        for l in ["项目实施时间：2021年1月至12月", "时间：6月26日上午", "2020年，全县破获毒品刑事案件31起。"]
        {
            assert!(!is_page_meta(l), "{l}");
        }
        assert!(is_date_line("-2021.12.31-"));
        // (full-width separators, as a page typed in full-width keeps them: ２０２３－０６－２０)
        assert!(is_date_line(&normalize_line("２０２３－０６－２０")));
        assert!(is_page_meta(&normalize_line("日期：２０２３－０６－２０")));
    }
}
