//! Number tokens: a figure as written in a Chinese report → value, unit and qualifier.
//! Owns Arabic numbers (thousands separators, decimals), Chinese numerals (三十五万,
//! 一千二百七十七点六, 壹佰贰拾, 百分之九十八), units (元/千元/万元/亿元 → 万元; %; counters
//! 人/人次/名/起/次/场/场次/家/份/个; 分) and qualifiers (约/余/多/近/左右 → `~`; 以下/以内/
//! 不超过/不低于/以上/≥/≤ → bounds). Hands `Num` tokens, with byte spans, to the field scanner.

use super::chars::{cp_at, decode, CharSet};
use crate::model::Qualifier;
use aho_corasick::{packed, packed::Searcher, Span};
use std::sync::LazyLock;
#[cfg(test)]
use {crate::extract::re::Re, regex::Regex};

/// What a number measures, as its unit says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unit {
    /// money, value already in 万元; the str is the unit as written
    Money(&'static str),
    Percent,
    /// a counter: 人, 人次, 名, 起, 次, 场, 场次, 家, 份, 个 …
    Count(&'static str),
    /// 分 (a score)
    Score,
    /// no unit
    None,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    /// byte span of the whole token, qualifiers included
    pub start: usize,
    pub end: usize,
    /// byte span of the digits (or numerals) as written
    pub num_start: usize,
    pub num_end: usize,
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
}

impl Num {
    pub fn is_money(&self) -> bool {
        matches!(self.unit, Unit::Money(_))
    }
}

const COUNTERS: &[&str] = &[
    "人次", "场次", "户次", "家次", "人", "名", "起", "次", "场", "家", "份", "个", "户", "件", "篇", "所", "处", "期",
    "批", "条", "宗", "例",
];

/// The reference grammar of an Arabic-digit token; `arabic_tokens` implements it by hand
/// (it runs over every sentence and a regex with captures was a quarter of extraction time),
/// and a property test holds the two to the same tokens.
/// Two values equal up to float noise.
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6_f64.max(1e-9 * b.abs())
}

#[cfg(test)]
static ARABIC: Re = Re::new(|| {
    Regex::new(
        r"(?x)
        (?P<pre>大约|约|近|接近|超过|逾|不低于|不少于|不超过|不高于|不到|低于|高于|少于|多于|≥|≤|>=|<=|>|<)?
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
        [\ \t]*
        (?P<mult>万|亿|千)?
        (?P<mid>余|多)?
        [\ \t]*
        (?P<unit>元|%|‰|人次|场次|户次|家次|人|名|起|次|场|家|份|个|户|件|篇|所|处|期|批|条|宗|例|分)?
        (?P<post>余|多|左右|以上|以下|以内)?",
    )
    .unwrap()
});

/// (the reference list of its matcher)
#[cfg(test)]
const PRE: &[&str] = &[
    "大约",
    "约",
    "接近",
    "近",
    "超过",
    "逾",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "不到",
    "低于",
    "高于",
    "少于",
    "多于",
    "≥",
    "≤",
    ">=",
    "<=",
    ">",
    "<",
];
/// (the reference list of its matcher)
#[cfg(test)]
const UNITS: &[&str] = &[
    "元", "%", "‰", "人次", "场次", "户次", "家次", "人", "名", "起", "次", "场", "家", "份", "个", "户", "件", "篇",
    "所", "处", "期", "批", "条", "宗", "例", "分",
];
/// (the reference list of its matcher)
#[cfg(test)]
const POST: &[&str] = &["余", "多", "左右", "以上", "以下", "以内"];

/// One Arabic-digit token: byte spans of the whole token and of its digits, and its words.
#[derive(Debug, PartialEq)]
struct ArabicTok<'a> {
    start: usize,
    end: usize,
    num_start: usize,
    num_end: usize,
    pre: Option<&'a str>,
    mult: Option<&'a str>,
    mid: Option<&'a str>,
    unit: Option<&'a str>,
    post: Option<&'a str>,
}

/// The character at byte `at` (U+FFFF past the end or for a four-byte one: in no word list).
fn char_at(s: &str, at: usize) -> char {
    char::from_u32(cp_at(s, at)).unwrap_or('\u{FFFF}')
}

/// Is the character at byte `at` (a character boundary or the end) `c`?
fn char_is(s: &str, at: usize, c: char) -> bool {
    s.get(at..).is_some_and(|r| r.starts_with(c))
}

/// `s[at..]` for `len` bytes, for a word matcher below (`None` for 0).
fn span_of(s: &str, at: usize, len: usize) -> Option<&str> {
    (len > 0).then(|| &s[at..at + len])
}

// The word matchers below stand for `word_at` over their lists (a property test holds them
// to it): one `match` on the first character (and a look at the next for the two-character
// words) instead of a comparison per word of the list, after every figure of a text.

/// `word_at(s, at, &["万", "亿", "千"])`.
fn mult_at(s: &str, at: usize) -> Option<&str> {
    span_of(s, at, if matches!(char_at(s, at), '万' | '亿' | '千') { 3 } else { 0 })
}

/// `word_at(s, at, &["万", "亿"])`.
fn wan_yi_at(s: &str, at: usize) -> Option<&str> {
    span_of(s, at, if matches!(char_at(s, at), '万' | '亿') { 3 } else { 0 })
}

/// `word_at(s, at, &["余", "多"])`.
fn mid_at(s: &str, at: usize) -> Option<&str> {
    span_of(s, at, if matches!(char_at(s, at), '余' | '多') { 3 } else { 0 })
}

/// `word_at(s, at, UNITS)`: a counter with 次 after it first (人次 before 人).
fn unit_at(s: &str, at: usize) -> Option<&str> {
    let len = match char_at(s, at) {
        '%' => 1,
        '人' | '场' | '户' | '家' if char_is(s, at + 3, '次') => 6,
        '元' | '‰' | '人' | '场' | '户' | '家' | '名' | '起' | '次' | '份' | '个' | '件' | '篇' | '所' | '处'
        | '期' | '批' | '条' | '宗' | '例' | '分' => 3,
        _ => 0,
    };
    span_of(s, at, len)
}

/// `word_at(s, at, CN_UNITS)` (人次 and 场次 the only two-character ones).
fn cn_unit_at(s: &str, at: usize) -> Option<&str> {
    let len = match char_at(s, at) {
        '人' | '场' if char_is(s, at + 3, '次') => 6,
        '元' | '人' | '场' | '名' | '起' | '次' | '家' | '份' | '个' | '户' | '件' | '篇' | '分' => 3,
        _ => 0,
    };
    span_of(s, at, len)
}

/// `word_at(s, at, POST)`.
fn post_at(s: &str, at: usize) -> Option<&str> {
    let len = match char_at(s, at) {
        '余' | '多' => 3,
        '左' if char_is(s, at + 3, '右') => 6,
        '以' if matches!(char_at(s, at + 3), '上' | '下' | '内') => 6,
        _ => 0,
    };
    span_of(s, at, len)
}

/// `word_at(s, at, CN_PRE)` (no word of it is the start of another).
fn cn_pre_at(s: &str, at: usize) -> Option<&str> {
    let next = |c| char_is(s, at + 3, c);
    let len = match char_at(s, at) {
        '约' | '近' | '逾' => 3,
        '大' if next('约') => 6,
        '接' if next('近') => 6,
        '超' if next('过') => 6,
        '低' | '高' if next('于') => 6,
        '不' => match char_at(s, at + 3) {
            '到' => 6,
            '低' | '少' | '高' if char_is(s, at + 6, '于') => 9,
            '超' if char_is(s, at + 6, '过') => 9,
            _ => 0,
        },
        _ => 0,
    };
    span_of(s, at, len)
}

/// The longest word of `PRE` that ends at byte `end` of `s` and starts at `from` or after,
/// found by the character before `end` (the words that end in it, longest first).
fn pre_before(s: &str, from: usize, end: usize) -> Option<&str> {
    let words: &[&str] = match s[..end].chars().next_back()? {
        '约' => &["大约", "约"],
        '近' => &["接近", "近"],
        '过' => &["不超过", "超过"],
        '逾' => &["逾"],
        '于' => &["不低于", "不少于", "不高于", "低于", "高于", "少于", "多于"],
        '到' => &["不到"],
        '≥' => &["≥"],
        '≤' => &["≤"],
        '=' => &[">=", "<="],
        '>' => &[">"],
        '<' => &["<"],
        _ => return None,
    };
    let before = &s[from..end];
    words.iter().find(|w| before.ends_with(*w)).map(|w| &s[end - w.len()..end])
}

/// The first word of `words` at byte `at` of `s` (the reference of the matchers above).
#[cfg(test)]
fn word_at<'a>(s: &'a str, at: usize, words: &[&str]) -> Option<&'a str> {
    words.iter().find(|w| s[at..].starts_with(*w)).map(|w| &s[at..at + w.len()])
}

fn skip_blanks(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    i
}

/// Arabic-digit tokens, left to right, as `ARABIC` would match them: an optional qualifier
/// word just before the digits (the longest that fits), digits with thousands separators or
/// a decimal point, then optional blanks, magnitude (万/亿/千), 余/多, blanks, unit and
/// trailing qualifier.
fn arabic_tokens(s: &str) -> impl Iterator<Item = ArabicTok<'_>> {
    let b = s.as_bytes();
    let mut i = 0;
    // a qualifier word cannot reach back into the previous token
    let mut last_end = 0;
    std::iter::from_fn(move || {
        i = next_digit(b, i);
        if i >= b.len() {
            return None;
        }
        let num_start = i;
        let run = |mut j: usize| {
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            j
        };
        let head = run(i);
        let group = |j: usize| j + 4 <= b.len() && b[j] == b',' && b[j + 1..j + 4].iter().all(u8::is_ascii_digit);
        let mut j = head;
        if head - num_start <= 3 && group(j) {
            while group(j) {
                j += 4;
            }
        }
        if j < b.len() && b[j] == b'.' && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            j = run(j + 1);
        }
        let num_end = j;
        // the longest qualifier word that ends where the digits start
        let pre = pre_before(s, last_end, num_start);
        let start = num_start - pre.map_or(0, str::len);
        let mut k = skip_blanks(b, num_end);
        let mult = mult_at(s, k);
        k += mult.map_or(0, str::len);
        let mid = mid_at(s, k);
        k += mid.map_or(0, str::len);
        k = skip_blanks(b, k);
        let unit = unit_at(s, k);
        k += unit.map_or(0, str::len);
        let post = post_at(s, k);
        k += post.map_or(0, str::len);
        i = k;
        last_end = k;
        Some(ArabicTok { start, end: k, num_start, num_end, pre, mult, mid, unit, post })
    })
}

/// Arabic tokens with a sum in yuan or a count whose thousands a space parts (安排485 000元,
/// 支出1 234 567.80元, 毛发检测1 020人次: a typesetter's grouping, as the national standard for
/// figures writes it) made one token: a head of one to three digits right after a word, then
/// groups of exactly three digits one space apart, the last with 元 or a counter after it. Read
/// apart, 485 000元 was 485 and a sum of 0 yuan. A space before the head (a flattened table's
/// cell), a group of another length or a percent or score at the end leaves the tokens as they
/// are: there the space parts cells.
fn spaced_thousands<'a>(s: &'a str, toks: impl Iterator<Item = ArabicTok<'a>>) -> Vec<ArabicTok<'a>> {
    let mut toks: Vec<ArabicTok<'a>> = toks.collect();
    let b = s.as_bytes();
    let digits = |t: &ArabicTok| &s[t.num_start..t.num_end];
    let bare = |t: &ArabicTok| t.mult.is_none() && t.mid.is_none() && t.unit.is_none() && t.post.is_none();
    let three = |d: &str| d.len() == 3 && d.bytes().all(|c| c.is_ascii_digit());
    // (does `next` follow `t` one space after its digits?)
    let spaced =
        |t: &ArabicTok, next: &ArabicTok| next.pre.is_none() && next.num_start == t.num_end + 1 && b[t.num_end] == b' ';
    let mut i = 0;
    while i < toks.len() {
        let head = &toks[i];
        let d = digits(head);
        let after_word = s[..head.start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_whitespace() && !c.is_ascii_digit() && !matches!(c, '.' | ',' | '-' | '/'));
        if !(bare(head) && (1..=3).contains(&d.len()) && d.bytes().all(|c| c.is_ascii_digit()) && after_word) {
            i += 1;
            continue;
        }
        // the groups after the head, up to the one with 元 or a counter
        let mut j = i;
        let mut last = None;
        while let Some(next) = toks.get(j + 1) {
            if !spaced(&toks[j], next) {
                break;
            }
            let nd = digits(next);
            let (int, frac) = nd.split_once('.').unwrap_or((nd, ""));
            let counted = next.unit.is_some_and(|u| !matches!(u, "%" | "‰" | "分"));
            if counted && three(int) && frac.bytes().all(|c| c.is_ascii_digit()) {
                last = Some(j + 1);
                break;
            }
            if !(bare(next) && three(nd)) {
                break;
            }
            j += 1;
        }
        let Some(last) = last else {
            i += 1;
            continue;
        };
        let tail = toks.drain(i + 1..=last).next_back().expect("a group with its unit");
        let head = &mut toks[i];
        head.num_end = tail.num_end;
        head.end = tail.end;
        (head.mult, head.mid, head.unit, head.post) = (tail.mult, tail.mid, tail.unit, tail.post);
        i += 1;
    }
    toks
}

/// The first ASCII digit in `b` from `i` on (or `b.len()`): eight bytes at a time while none
/// of them is one (a report's prose runs long between its figures).
fn next_digit(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        // digits become bytes 0..=9; a byte below 10 sets its high bit in the test
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) ^ (ONES * b'0' as u64);
        if x.wrapping_sub(ONES * 10) & !x & HIGHS != 0 {
            break;
        }
        i += 8;
    }
    while i < b.len() && !b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The reference grammar of a Chinese numeral token; `chinese_tokens` implements it by hand
/// (a regex with captures over every paragraph was a tenth of extraction time), and a
/// property test holds the two to the same tokens.
#[cfg(test)]
static CHINESE: Re = Re::new(|| {
    // a numeral counts only with a unit, a magnitude at its end, or 百分之 — so the scanner
    // passes over the 一 of 一是 and the 三 of 三公
    Regex::new(
        r"(?x)
        (?P<pre>大约|约|近|接近|超过|逾|不低于|不少于|不超过|不高于|不到|低于|高于)?
        (?:
            (?P<pct>百分之)(?P<pnum>[零〇一二两三四五六七八九十百千点]+)
          | (?P<num>[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点]+?)
            (?P<mid>余|多)?
            (?P<unit>元|人次|场次|人|名|起|次|场|家|份|个|户|件|篇|分)
          | (?P<mnum>[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟点]+[万亿])
        )
        (?P<post>余|多|左右|以上|以下|以内)?",
    )
    .unwrap()
});

/// (the reference list of `cn_pre_at`, and words of the search for a token's start)
const CN_PRE: &[&str] =
    &["大约", "约", "近", "接近", "超过", "逾", "不低于", "不少于", "不超过", "不高于", "不到", "低于", "高于"];
/// (the reference list of its matcher)
#[cfg(test)]
const CN_UNITS: &[&str] =
    &["元", "人次", "场次", "人", "名", "起", "次", "场", "家", "份", "个", "户", "件", "篇", "分"];

/// The numeral characters of a percent after 百分之.
static CN_PCT: CharSet = CharSet::of("零〇一二两三四五六七八九十百千点");
/// The numeral characters that may stand before a magnitude 万/亿 (capital forms too).
static CN_DIGIT: CharSet = CharSet::of("零〇一二两三四五六七八九十百千点壹贰叁肆伍陆柒捌玖拾佰仟");
/// The numeral characters of a counted figure (magnitudes included).
const CN_NUMERALS: &str = "零〇一二两三四五六七八九十百千点壹贰叁肆伍陆柒捌玖拾佰仟万亿";
static CN_NUM: CharSet = CharSet::of(CN_NUMERALS);
/// The characters that may follow a counted figure's numerals: 余/多 or a counter's first.
static CN_FOLLOW: CharSet = CharSet::of("余多元人场名起次家份个户件篇分");

/// The end of the run of characters of `set` from byte `at`.
fn run_of(s: &str, at: usize, set: &CharSet) -> usize {
    let b = s.as_bytes();
    let mut i = at;
    while i < b.len() {
        let (cp, len) = decode(b, i);
        if !set.has(cp) {
            break;
        }
        i += len;
    }
    i
}

/// One Chinese numeral token: byte spans of the whole token and of its numerals, and its words.
#[derive(Debug, PartialEq)]
struct ChineseTok<'a> {
    start: usize,
    end: usize,
    num_start: usize,
    num_end: usize,
    /// where 百分之 starts, for a percent
    pct: Option<usize>,
    pre: Option<&'a str>,
    mid: Option<&'a str>,
    unit: Option<&'a str>,
    post: Option<&'a str>,
}

/// The numeral part of a token at byte `q`, as `CHINESE`'s alternation prefers: 百分之 and a
/// numeral; else a numeral run, 余/多 and a counter (the run is whole: no counter or 余/多 is
/// a numeral character); else a numeral run ending in 万/亿.
fn cn_body(s: &str, q: usize) -> Option<ChineseTok<'_>> {
    let tok = |num_start, num_end, end, pct, mid, unit| ChineseTok {
        start: q,
        end,
        num_start,
        num_end,
        pct,
        pre: None,
        mid,
        unit,
        post: None,
    };
    if s[q..].starts_with("百分之") {
        let a = q + "百分之".len();
        let e = run_of(s, a, &CN_PCT);
        if e > a {
            return Some(tok(a, e, e, Some(q), None, None));
        }
    }
    // (a rate stated as 零 — 复吸率为零 — is a percent of zero: see `zero_rate`)
    if s[q..].starts_with('零') && zero_rate(&s[..q], &s[q + '零'.len_utf8()..], 0.0).is_some() {
        let e = q + '零'.len_utf8();
        return Some(tok(q, e, e, Some(q), None, None));
    }
    let e = run_of(s, q, &CN_NUM);
    // (most numeral characters in a text are words: 统一, 一是; nothing that may follow a
    // counted figure stands after them)
    if e > q && CN_FOLLOW.has(cp_at(s, e)) {
        let mid = mid_at(s, e);
        let k = e + mid.map_or(0, str::len);
        if let Some(unit) = cn_unit_at(s, k) {
            return Some(tok(q, e, k + unit.len(), None, mid, Some(unit)));
        }
    }
    let e = run_of(s, q, &CN_DIGIT);
    if e > q {
        if let Some(m) = wan_yi_at(s, e) {
            return Some(tok(q, e + m.len(), e + m.len(), None, None, None));
        }
    }
    None
}

/// The characters a Chinese numeral token can start with: a numeral character, or the first
/// of a qualifier word before one.
const CN_START_CHARS: &str = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点大约近接超逾不低高";
static CN_START: CharSet = CharSet::of(CN_START_CHARS);

/// A SIMD search (aho-corasick's Teddy: sixteen or thirty-two bytes a step, where the
/// processor has it) for a numeral character or a qualifier word (the words, not their first
/// characters: 不, 大, 高 mostly start other words, 不断, 大力, 高度): most characters of a
/// text start no numeral token and the byte walk looked at each of them.
static CN_START_FINDER: LazyLock<Option<Searcher>> = LazyLock::new(|| {
    let words = CN_NUMERALS.chars().map(String::from).chain(CN_PRE.iter().map(|w| w.to_string()));
    packed::Config::new().only_teddy(true).builder().extend(words).build()
});

/// The first byte from `i` on where a numeral character or a qualifier word of `CN_PRE`
/// starts (or `b.len()`): where a Chinese numeral token may start.
fn next_cn_start(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    match CN_START_FINDER.as_ref() {
        // (a short rest is walked: the searcher's fallback for it is slower than the walk)
        Some(f) if b.len() - i >= 64 => f.find_in(b, Span::from(i..b.len())).map_or(b.len(), |m| m.start()),
        _ => next_cn_start_bytes(s, i),
    }
}

/// `next_cn_start` by the bytes: characters no token starts with are passed over by their
/// UTF-8 bytes and one bit each.
fn next_cn_start_bytes(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while i < b.len() {
        // every character a token starts with is of three bytes: others are stepped over
        // by their lead byte, and a three-byte one by the word of its 64 code points
        // (its first two bytes) before its bit (its third)
        let x = b[i];
        if !(0xE0..0xF0).contains(&x) {
            i += match x {
                0..=0x7F => 1,
                0xF0.. => 4,
                _ => 2,
            };
            continue;
        }
        // (a lead byte E0..EF is followed by two bytes in a str: one bounds check for both)
        let Some(&[b1, b2]) = b.get(i + 1..i + 3) else { break };
        let word = CN_START.0[((x as usize & 0x0F) << 6) | (b1 as usize & 0x3F)];
        if word != 0 && word >> (b2 & 0x3F) & 1 == 1 && (CN_NUM.has(decode(b, i).0) || cn_pre_at(s, i).is_some()) {
            return i;
        }
        i += 3;
    }
    b.len()
}

/// Chinese numeral tokens, left to right, as `CHINESE` would match them (leftmost first).
fn chinese_tokens(s: &str) -> impl Iterator<Item = ChineseTok<'_>> {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            i = next_cn_start(s, i);
            if i >= b.len() {
                break;
            }
            let (cp, len) = decode(b, i);
            // a qualifier word is no numeral character: with it the numeral must follow
            // (no qualifier word starts with a numeral character)
            let numeral = CN_NUM.has(cp);
            let pre = if numeral { None } else { cn_pre_at(s, i) };
            let found = match pre {
                Some(pre) => cn_body(s, i + pre.len()).map(|t| ChineseTok { start: i, pre: Some(pre), ..t }),
                None if numeral => cn_body(s, i),
                None => None,
            };
            match found {
                Some(mut t) => {
                    t.post = post_at(s, t.end);
                    t.end += t.post.map_or(0, str::len);
                    i = t.end;
                    return Some(t);
                }
                None => i += len,
            }
        }
        None
    })
}

fn qualifier(pre: Option<&str>, mid: Option<&str>, post: Option<&str>) -> Qualifier {
    match post {
        Some("以下") => return Qualifier::Lt,
        Some("以内") => return Qualifier::Le,
        Some("以上") => return Qualifier::Gt,
        Some(_) => return Qualifier::Approx,
        None => {}
    }
    if mid.is_some() {
        return Qualifier::Approx;
    }
    match pre {
        Some("约" | "大约" | "近" | "接近") => Qualifier::Approx,
        Some("超过" | "逾" | "高于" | "多于" | ">") => Qualifier::Gt,
        Some("不低于" | "不少于" | "≥" | ">=") => Qualifier::Ge,
        Some("不超过" | "不高于" | "≤" | "<=") => Qualifier::Le,
        Some("不到" | "低于" | "少于" | "<") => Qualifier::Lt,
        _ => Qualifier::Exact,
    }
}

fn counter(u: &str) -> &'static str {
    COUNTERS.iter().copied().find(|c| *c == u).unwrap_or("个")
}

/// Build a `Num` from a multiplier, unit and digits; `None` for a unit that does not fit
/// (a 千 before a counter is kept, 亿 before a counter is kept, a bare 千 is not a figure).
fn make(value: f64, mult: Option<&str>, unit: Option<&str>) -> Option<(f64, Unit)> {
    let m = match mult {
        Some("万") => 1e4,
        Some("亿") => 1e8,
        Some("千") => 1e3,
        _ => 1.0,
    };
    Some(match unit {
        Some("元") => (
            value * m / 1e4,
            Unit::Money(match mult {
                Some("万") => "万元",
                Some("亿") => "亿元",
                Some("千") => "千元",
                _ => "元",
            }),
        ),
        Some("%") => (value, Unit::Percent),
        Some("‰") => (value / 10.0, Unit::Percent),
        Some("分") if mult.is_none() => (value, Unit::Score),
        Some("分") => return None,
        Some(u) => (value * m, Unit::Count(counter(u))),
        None if mult == Some("万") => (value * m, Unit::None),
        None if mult.is_some() => return None,
        None => (value, Unit::None),
    })
}

/// The unit a label names in parentheses right before a bare figure (（人）, （%）, （万元）):
/// the figure with that unit.
/// (An indicator's columns named after its label — 开展禁毒宣传活动（场次）：指标值≥50，实际完成值63 —
/// stand between: the label's unit is each value's.)
fn unit_in_label(before: &str, v: f64) -> Option<(f64, Unit)> {
    let mut b = before.trim_end_matches([' ', '：', ':']);
    for _ in 0..6 {
        let t = b.trim_end_matches([' ', '：', ':', '，', ',', '；', ';', '≥', '≤', '>', '<', '=', '＝']);
        let t = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        let t = t.trim_end_matches([' ', '：', ':', '，', ',', '；', ';', '≥', '≤', '>', '<', '=', '＝']);
        match COLUMN_WORDS.iter().find_map(|w| t.strip_suffix(w)) {
            Some(rest) => b = rest.trim_end_matches([' ', '：', ':']),
            None => break,
        }
    }
    let inner = b.strip_suffix('）').or_else(|| b.strip_suffix(')'))?;
    let open = inner.rfind(['（', '('])?;
    let u = inner[open..].trim_start_matches(['（', '(']).trim();
    match u {
        "%" | "％" => make(v, None, Some("%")),
        "万元" => make(v, Some("万"), Some("元")),
        "元" => make(v, None, Some("元")),
        _ if COUNTERS.contains(&u) => make(v, None, Some(u)),
        _ => None,
    }
}

/// A rate stated as a bare zero (复吸率为0, 脱失率为零): 0%, a figure with no unit of its own
/// needing none — zero is zero in percent. Only right after a rate's word and its verb, and with
/// no counter or other figure going on after it.
fn zero_rate(before: &str, after: &str, v: f64) -> Option<(f64, Unit)> {
    if v != 0.0 {
        return None;
    }
    let b = before.trim_end();
    let rate = ["为", "是", "均为", "保持为", "保持在", "控制在", "达到", "仅为"]
        .iter()
        .find_map(|w| b.strip_suffix(w))
        .unwrap_or(b)
        .trim_end()
        .ends_with('率');
    let ends = after.trim_start().chars().next().is_none_or(|c| "。，,；;、）)".contains(c));
    (rate && ends).then_some((0.0, Unit::Percent))
}

/// The words of an indicator's columns (年度指标值, 实际完成值, 目标值, 实际值).
const COLUMN_WORDS: &[&str] =
    &["年度指标值", "指标值", "目标值", "计划值", "实际完成值", "完成值", "实际值", "实际完成", "全年完成值"];

fn round(v: f64) -> f64 {
    (v * 1e8).round() / 1e8
}

/// Every number token in `s`, in order. Digits glued to Latin letters (PM2.5, O3) and parts
/// of dates and document numbers are not figures and are skipped by the caller's context;
/// here only letter-glued ones are dropped.
pub fn scan(s: &str) -> Vec<Num> {
    let mut out = Vec::new();
    // (the tokens merged only in a line with digits one space apart: most have none, and read
    // straight from the scanner)
    if spaced_digits(s) {
        arabic_nums(s, spaced_thousands(s, arabic_tokens(s)).into_iter(), &mut out);
    } else {
        arabic_nums(s, arabic_tokens(s), &mut out);
    }
    // (the Arabic tokens are out's first: a Chinese numeral is checked against them in place)
    let arabic = out.len();
    chinese_nums(s, arabic, &mut out);
    // (Arabic tokens alone come in order: only Chinese ones among them need the sort)
    if out.len() > arabic {
        out.sort_by_key(|n| n.start);
    }
    out
}

/// Does `s` hold two digits one space apart (485 000)? Spaces are rare in a report's prose.
fn spaced_digits(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b' ', b)
        .any(|i| i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
}

/// The figures of Arabic tokens, pushed onto `out`.
fn arabic_nums<'a>(s: &'a str, toks: impl Iterator<Item = ArabicTok<'a>>, out: &mut Vec<Num>) {
    for t in toks {
        let before = s[..t.num_start].chars().next_back();
        // (after a slash only where a figure's unit ends before it — ≥1500次/1,746次, ≥95%/98.8%:
        // a target and its actual in one cell — never in a date or a fraction, 2022/3/21, 5/300)
        let slash_after_unit = before == Some('/')
            && s[..t.num_start - 1]
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '次' | '人' | '名' | '起' | '场' | '%' | '个' | '件' | '份'));
        if before.is_some_and(|b| b.is_ascii_alphabetic() || b == '.' || b == '-' || b == '/') && !slash_after_unit {
            continue;
        }
        // a factor in a formula (决算数/预算数×100%=98.11%) is no figure; its result is
        if s[..t.start].trim_end().ends_with(['×', '*', '＊', '÷']) {
            continue;
        }
        let after = s[t.num_end..].chars().next();
        if after.is_some_and(|a| a.is_ascii_alphabetic()) && t.unit.is_none() && t.mult.is_none() {
            continue;
        }
        let digits = &s[t.num_start..t.num_end];
        let parsed = if digits.contains([',', ' ']) {
            digits.replace([',', ' '], "").parse::<f64>()
        } else {
            digits.parse::<f64>()
        };
        let Ok(v) = parsed else { continue };
        let Some((value, unit)) = make(v, t.mult, t.unit).map(|(value, unit)| match unit {
            // a bare figure after a label naming its unit in parentheses (新发现吸毒人员（人）9,
            // 管控率（%）：99.3, 预算数（万元）：45): that unit
            Unit::None if t.mult.is_none() => unit_in_label(&s[..t.start], v)
                .or_else(|| zero_rate(&s[..t.start], &s[t.end..], v))
                .unwrap_or((value, unit)),
            _ => (value, unit),
        }) else {
            continue;
        };
        out.push(Num {
            start: t.start,
            end: t.end,
            num_start: t.num_start,
            num_end: t.num_end,
            value: round(value),
            unit,
            qualifier: qualifier(t.pre, t.mid, t.post),
        });
    }
}

/// The figures of Chinese numerals, pushed onto `out` after its first `arabic` (the Arabic
/// ones, which a numeral may not overlap).
fn chinese_nums(s: &str, arabic: usize, out: &mut Vec<Num>) {
    for t in chinese_tokens(s) {
        let num = &s[t.num_start..t.num_end];
        // a numeral starts with a digit word or 十 (十五); 万 after Arabic digits (5.2万) is
        // part of that number, not a numeral of its own
        if !num.starts_with(|ch: char| digit(ch).is_some() || ch == '十' || ch == '拾') {
            continue;
        }
        if out[..arabic].iter().any(|n| t.num_start < n.end && n.start < t.num_end) {
            continue;
        }
        let Some(v) = parse_chinese(num) else { continue };
        let pct = t.pct.is_some();
        // 一人, 一起: a lone 一 in running text is wording (a case told of, 一起 together), not
        // data, unless it has a magnitude (十, 百, 千 …) or a percent; two to nine with a counter
        // are counts (破获毒品刑事案件三起, 查获吸毒人员七名), alone they are wording (三是)
        let counted = t.unit.is_some_and(|u| ["起", "名", "人", "人次", "次", "场", "场次"].contains(&u));
        if !pct && num.chars().count() == 1 && v < 10.0 && !(counted && v >= 2.0) {
            continue;
        }
        let (value, unit) = if pct {
            (v, Unit::Percent)
        } else {
            // a trailing 万/亿 inside the numeral is already in v; 元 then means money
            match t.unit {
                Some("元") => (v / 1e4, Unit::Money(if num.ends_with('万') { "万元" } else { "元" })),
                Some("分") => (v, Unit::Score),
                Some(u) => (v, Unit::Count(counter(u))),
                None => (v, Unit::None),
            }
        };
        out.push(Num {
            start: t.start,
            end: t.end,
            num_start: t.pct.unwrap_or(t.num_start),
            num_end: t.num_end,
            value: round(value),
            unit,
            qualifier: qualifier(t.pre, t.mid, t.post),
        });
    }
}

fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// A month's or a day's number in figures or numerals (6, 12, 十二, 二十五), as the patterns of a
/// news dateline write it (中新社北京十二月二十五日电, 本报6月12日讯).
pub const MONTH_OR_DAY: &str = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})";

/// A month's or a count of months' number in figures or numerals (5, 十一, 两).
pub fn month_number(t: &str) -> Option<u32> {
    t.parse::<u32>().ok().or_else(|| {
        if t == "两" {
            return Some(2);
        }
        parse_chinese(t).map(|v| v as u32)
    })
}

/// Parse a Chinese numeral: 三十五万 → 350000, 一千二百七十七点六 → 1277.6, 两百 → 200,
/// 壹佰贰拾 → 120, 十五 → 15, 二〇二一 → 2021 (digit by digit).
pub fn parse_chinese(s: &str) -> Option<f64> {
    let (int_part, frac_part) = match s.split_once('点') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let chars: Vec<char> = int_part.chars().collect();
    if chars.is_empty() {
        return None;
    }
    let mut value: f64;
    if chars.len() > 1 && chars.iter().all(|c| digit(*c).is_some()) {
        // digit by digit (二〇二一)
        value = 0.0;
        for c in &chars {
            value = value * 10.0 + digit(*c)? as f64;
        }
    } else {
        let mut total = 0.0; // completed 亿 groups
        let mut section = 0.0; // below 万
        let mut wan = 0.0; // completed 万 group
        let mut cur: Option<f64> = None;
        for &c in &chars {
            if let Some(d) = digit(c) {
                cur = Some(d as f64);
                continue;
            }
            let m = match c {
                '十' | '拾' => 10.0,
                '百' | '佰' => 100.0,
                '千' | '仟' => 1000.0,
                '万' => 1e4,
                '亿' => 1e8,
                _ => return None,
            };
            if m < 1e4 {
                section += cur.take().unwrap_or(1.0) * m;
            } else if m == 1e4 {
                wan =
                    (section + cur.take().unwrap_or(0.0)).max(if section == 0.0 && wan == 0.0 { 1.0 } else { 0.0 }) * m;
                section = 0.0;
            } else {
                total = (total + wan + section + cur.take().unwrap_or(0.0)) * m;
                wan = 0.0;
                section = 0.0;
            }
        }
        value = total + wan + section + cur.unwrap_or(0.0);
    }
    if let Some(f) = frac_part {
        // a decimal of a magnitude (四点五万, 二十九点八万, 一点二亿): the magnitude scales all
        let (f, m) = match f.strip_suffix('万') {
            Some(f) => (f, 1e4),
            None => f.strip_suffix('亿').map_or((f, 1.0), |f| (f, 1e8)),
        };
        let mut scale = 0.1;
        for c in f.chars() {
            value += digit(c)? as f64 * scale;
            scale /= 10.0;
        }
        value *= m;
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    /// A figure after a slash is read only where a unit ends before the slash (a target and its
    /// actual in one cell); a date's or a fraction's parts are not figures.
    #[test]
    fn a_figure_after_a_slash_only_after_a_unit() {
        let values = |t: &str| scan(t).iter().map(|n| n.value).collect::<Vec<_>>();
        assert_eq!(values("≥1500次/1,746次"), [1500.0, 1746.0]);
        assert_eq!(values("≥95%/98.8%"), [95.0, 98.8]);
        assert_eq!(values("5/300"), [5.0]);
        assert_eq!(values("决算数/预算数"), Vec::<f64>::new());
        assert!(!values("2022/3/21").contains(&21.0));
    }

    use super::*;

    fn one(s: &str) -> (f64, Unit, Qualifier) {
        let v = scan(s);
        assert!(!v.is_empty(), "no number in {s}");
        (v[0].value, v[0].unit, v[0].qualifier)
    }

    /// A sum in yuan or a count whose thousands a space parts is one figure; a space that parts
    /// a table's cells, groups not of three, or a percent or score after, leave the figures apart.
    #[test]
    fn thousands_parted_by_a_space() {
        for (text, want) in [
            ("年度预算安排485 000元，实际支出472 300元", vec![48.5, 47.23]),
            ("全年支出1 234 567.80元", vec![123.456_78]),
            ("共计：25 600元", vec![2.56]),
            ("发放禁毒宣传补助约12 000元", vec![1.2]),
            ("慰问困难戒毒人员家庭1 500元", vec![0.15]),
            // a flattened table's cells: the space before the head parts cells
            ("得分 9 485元", vec![9.0, 0.0485]),
            // groups not of three digits
            ("分值 10 4850元", vec![10.0, 0.485]),
            ("2022年 300 000", vec![2022.0, 300.0, 0.0]),
            ("毛发检测1 020人次，查处吸毒人员1 105名", vec![1020.0, 1105.0]),
            // a space before the head: a table's cells
            ("完成 12 345人次", vec![12.0, 345.0]),
            // a percent or a score at the end: a table's cells
            ("得分10 100%", vec![10.0, 100.0]),
            ("分值20 100分", vec![20.0, 100.0]),
            // no unit at the end
            ("编号5 100", vec![5.0, 100.0]),
        ] {
            let got: Vec<f64> = scan(text).iter().map(|n| n.value).collect();
            assert_eq!(got, want, "{text}");
        }
        let n = &scan("年度预算安排485 000元")[0];
        assert_eq!((n.unit, n.qualifier), (Unit::Money("元"), Qualifier::Exact));
        assert_eq!(&"年度预算安排485 000元"[n.num_start..n.num_end], "485 000");
        assert_eq!(scan("发放禁毒宣传补助约12 000元")[0].qualifier, Qualifier::Approx);
    }

    /// A rate stated as a bare zero (复吸率为0, 脱失率为零) is 0%; a bare zero elsewhere, or a
    /// rate's bare non-zero figure, keeps no unit.
    #[test]
    fn a_rate_of_zero_needs_no_percent_sign() {
        for (text, want) in [
            ("我们区的复吸率为0。", (0.0, Unit::Percent)),
            ("全县吸毒人员复吸率为零，管控率100%。", (0.0, Unit::Percent)),
            ("全县吸毒人员复吸率为零。", (0.0, Unit::Percent)),
            ("脱失率保持在0，", (0.0, Unit::Percent)),
            ("复吸率为0.8", (0.8, Unit::None)),
            ("新发现吸毒人员为0", (0.0, Unit::None)),
            ("复吸率为0人", (0.0, Unit::Count("人"))),
        ] {
            assert_eq!(scan(text).first().map(|n| (n.value, n.unit)), Some(want), "{text}");
        }
    }

    #[test]
    fn arabic_numbers_with_units() {
        let cases: &[(&str, f64, Unit, Qualifier)] = &[
            ("基本支出130.85万元", 130.85, Unit::Money("万元"), Qualifier::Exact),
            ("决算数 256.32 万元", 256.32, Unit::Money("万元"), Qualifier::Exact),
            ("年初预算为1,277.6万元", 1277.6, Unit::Money("万元"), Qualifier::Exact),
            ("实际支出49.88418万元", 49.88418, Unit::Money("万元"), Qualifier::Exact),
            ("收治经费35元", 0.0035, Unit::Money("元"), Qualifier::Exact),
            ("支出650,000元", 65.0, Unit::Money("元"), Qualifier::Exact),
            ("预算1.2亿元", 12000.0, Unit::Money("亿元"), Qualifier::Exact),
            ("预算300千元", 30.0, Unit::Money("千元"), Qualifier::Exact),
            ("禁毒工作经费68万余元", 68.0, Unit::Money("万元"), Qualifier::Approx),
            ("尿检23000余次", 23000.0, Unit::Count("次"), Qualifier::Approx),
            ("宣传资料35万余份", 350000.0, Unit::Count("份"), Qualifier::Approx),
            ("关注人数5.2万人", 52000.0, Unit::Count("人"), Qualifier::Exact),
            ("控制在15%以下", 15.0, Unit::Percent, Qualifier::Lt),
            ("完成率达98.95%", 98.95, Unit::Percent, Qualifier::Exact),
            ("约300人", 300.0, Unit::Count("人"), Qualifier::Approx),
            ("近三十家", 30.0, Unit::Count("家"), Qualifier::Approx),
            ("不低于90%", 90.0, Unit::Percent, Qualifier::Ge),
            ("≥2400份", 2400.0, Unit::Count("份"), Qualifier::Ge),
            ("300人左右", 300.0, Unit::Count("人"), Qualifier::Approx),
            ("得分为 97.88 分", 97.88, Unit::Score, Qualifier::Exact),
            ("禁毒宣传1094场次", 1094.0, Unit::Count("场次"), Qualifier::Exact),
        ];
        for (s, v, u, q) in cases {
            let (gv, gu, gq) = one(s);
            assert!((gv - v).abs() < 1e-9, "{s}: {gv} != {v}");
            assert_eq!(gu, *u, "{s}");
            assert_eq!(gq, *q, "{s}");
        }
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_chinese("三十五万"), Some(350000.0));
        assert_eq!(parse_chinese("一千二百七十七点六"), Some(1277.6));
        assert_eq!(parse_chinese("两百"), Some(200.0));
        assert_eq!(parse_chinese("壹佰贰拾"), Some(120.0));
        assert_eq!(parse_chinese("十五"), Some(15.0));
        assert_eq!(parse_chinese("二〇二一"), Some(2021.0));
        assert_eq!(parse_chinese("一万零五"), Some(10005.0));
        assert_eq!(parse_chinese("三亿五千万"), Some(350_000_000.0));
        // a decimal of 万 or 亿
        assert_eq!(parse_chinese("四点五万"), Some(45_000.0));
        assert_eq!(parse_chinese("二十九点八万"), Some(298_000.0));
        assert_eq!(parse_chinese("一点二亿"), Some(120_000_000.0));
        assert_eq!(one("三十五万元").0, 35.0);
        assert_eq!(one("百分之九十八").0, 98.0);
        assert_eq!(one("百分之九十八").1, Unit::Percent);
        assert_eq!(one("查获十七人").0, 17.0);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The hand-written scanner finds exactly the tokens of the reference regex.
        #[test]
        fn hand_scanner_matches_the_grammar(parts in proptest::collection::vec(proptest::sample::select(vec![
            "1", "2", "35", "4567", ",", ".", " ", "\t", "万", "亿", "千", "余", "多", "元", "%", "‰", "人", "次", "人次", "场", "分",
            "约", "大", "近", "接", "不", "低于", "于", "多于", "3多", "不到", "超过", "以", "下", "上", "内", "左右", ">", "=", "<", "≥", "M", "a", "/", "-", "，", "经费",
        ]), 0..24)) {
            let s: String = parts.concat();
            let want: Vec<ArabicTok> = ARABIC.captures_iter(&s).map(|c| {
                let g = |n: &str| c.name(n).map(|m| m.as_str());
                let (w, n) = (c.get(0).unwrap(), c.name("num").unwrap());
                ArabicTok { start: w.start(), end: w.end(), num_start: n.start(), num_end: n.end(), pre: g("pre"), mult: g("mult"), mid: g("mid"), unit: g("unit"), post: g("post") }
            }).collect();
            let got: Vec<ArabicTok> = arabic_tokens(&s).collect();
            proptest::prop_assert_eq!(got, want, "{:?}", s);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The hand-written Chinese numeral scanner finds exactly the tokens of the reference regex.
        #[test]
        fn chinese_scanner_matches_the_grammar(parts in proptest::collection::vec(proptest::sample::select(vec![
            "一", "二", "两", "十", "百", "千", "万", "亿", "点", "零", "壹", "拾", "佰", "分之", "百分之", "余", "多",
            "元", "人", "次", "人次", "场", "场次", "名", "个", "分", "约", "大", "大约", "近", "接", "接近", "不", "不到",
            "不低于", "低于", "高于", "超过", "逾", "以", "上", "下", "内", "左右", "是", "3", "，", "经费", "a", "é", "😀",
            "〇",
        ]), 0..24)) {
            let s: String = parts.concat();
            let want: Vec<ChineseTok> = CHINESE.captures_iter(&s).map(|c| {
                let g = |n: &str| c.name(n).map(|m| m.as_str());
                let w = c.get(0).unwrap();
                let n = c.name("num").or_else(|| c.name("pnum")).or_else(|| c.name("mnum")).unwrap();
                let pct = c.name("pct").map(|m| m.start());
                ChineseTok { start: w.start(), end: w.end(), num_start: n.start(), num_end: n.end(), pct, pre: g("pre"), mid: g("mid"), unit: g("unit"), post: g("post") }
            }).collect();
            let got: Vec<ChineseTok> = chinese_tokens(&s).collect();
            proptest::prop_assert_eq!(got, want, "{:?}", s);
        }
    }

    proptest::proptest! {
        /// The word-at-a-time search finds the first digit the byte walk finds.
        #[test]
        fn next_digit_is_the_first_digit(bytes in proptest::collection::vec(proptest::sample::select(vec![
            b'0', b'5', b'9', b'/', b':', b' ', b'a', 0x00, 0x09, 0x0A, 0x39 ^ 0x80, 0xB0, 0xB9, 0xE4, 0xFF,
        ]), 0..40), from in 0usize..40) {
            let want = (from..bytes.len()).find(|&i| bytes[i].is_ascii_digit()).unwrap_or(bytes.len().max(from));
            proptest::prop_assert_eq!(next_digit(&bytes, from), want, "{:?} from {}", bytes, from);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Each word matcher finds at every character the word its list's search finds, and
        /// `pre_before` the longest `PRE` word that ends at a character and fits after a start.
        #[test]
        fn word_matchers_are_their_lists(parts in proptest::collection::vec(proptest::sample::select(vec![
            "万", "亿", "千", "余", "多", "元", "%", "‰", "人", "场", "户", "家", "次", "名", "起", "份", "个", "件", "篇",
            "所", "处", "期", "批", "条", "宗", "例", "分", "左", "右", "以", "上", "下", "内", "大", "约", "近", "接",
            "超", "过", "逾", "不", "低", "少", "高", "于", "到", "≥", "≤", ">", "<", "=", "1", "a", "😀", "是",
        ]), 0..16)) {
            let s: String = parts.concat();
            let ats: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            for &at in &ats {
                proptest::prop_assert_eq!(mult_at(&s, at), word_at(&s, at, &["万", "亿", "千"]), "{:?} at {}", s, at);
                proptest::prop_assert_eq!(wan_yi_at(&s, at), word_at(&s, at, &["万", "亿"]), "{:?} at {}", s, at);
                proptest::prop_assert_eq!(mid_at(&s, at), word_at(&s, at, &["余", "多"]), "{:?} at {}", s, at);
                proptest::prop_assert_eq!(unit_at(&s, at), word_at(&s, at, UNITS), "{:?} at {}", s, at);
                proptest::prop_assert_eq!(cn_unit_at(&s, at), word_at(&s, at, CN_UNITS), "{:?} at {}", s, at);
                proptest::prop_assert_eq!(post_at(&s, at), word_at(&s, at, POST), "{:?} at {}", s, at);
                proptest::prop_assert_eq!(cn_pre_at(&s, at), word_at(&s, at, CN_PRE), "{:?} at {}", s, at);
                for &from in ats.iter().filter(|&&f| f <= at) {
                    let want = PRE
                        .iter()
                        .filter(|w| at - from >= w.len() && s[..at].ends_with(*w))
                        .max_by_key(|w| w.len())
                        .map(|w| &s[at - w.len()..at]);
                    proptest::prop_assert_eq!(pre_before(&s, from, at), want, "{:?} from {} at {}", s, from, at);
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The SIMD search and the byte walk find from a character on the first numeral character
        /// or qualifier word, as testing each character would.
        #[test]
        fn next_cn_start_is_the_first_start(parts in proptest::collection::vec(proptest::sample::select(vec![
            "一", "不", "大", "高", "低", "接", "〇", "零", "点", "是", "经", "费", "年", "，", "。", "a", "3", " ", "é", "😀",
            "（", "不到", "不低于", "低于", "大约", "接近", "约", "于", "禁毒工作", "开展宣传",
        ]), 0..60), from in 0usize..200) {
            let s: String = parts.concat();
            let from = s.char_indices().map(|(i, _)| i).find(|&i| i >= from).unwrap_or(s.len());
            let want = s[from..]
                .char_indices()
                .map(|(k, c)| (from + k, c))
                .find(|&(i, c)| CN_NUM.has_char(c) || word_at(&s, i, CN_PRE).is_some())
                .map_or(s.len(), |(i, _)| i);
            proptest::prop_assert_eq!(next_cn_start(&s, from), want, "{:?} from {}", s, from);
            proptest::prop_assert_eq!(next_cn_start_bytes(&s, from), want, "{:?} from {}", s, from);
        }
    }

    /// The sets that pass over text hold the first character of every word they stand for.
    #[test]
    fn first_character_sets_cover_their_words() {
        let first = |w: &str| w.chars().next().unwrap() as u32;
        assert!(CN_UNITS.iter().chain(&["余", "多"]).all(|w| CN_FOLLOW.has(first(w))), "missing from CN_FOLLOW");
        assert!(CN_PRE.iter().all(|w| CN_START.has(first(w))), "a qualifier missing from CN_START");
        assert!(!CN_FOLLOW.has(first("是")));
    }

    #[test]
    fn not_figures() {
        let formula = scan("预算执行率=决算数/预算数×100%=（230.12/234.56）×100%=98.11%");
        assert_eq!(formula.iter().filter(|n| n.unit == Unit::Percent).map(|n| n.value).collect::<Vec<_>>(), [98.11]);
        assert!(scan("PM2.5浓度").iter().all(|n| n.unit == Unit::None || n.value != 2.5));
        assert!(scan("一是统筹安排；三公经费；六进").is_empty());
        // the 万 of an Arabic figure is not a Chinese numeral of its own
        let v = scan("基本支出130.85万元，关注人数5.2万人");
        assert_eq!(v.len(), 2, "{v:?}");
    }

    #[test]
    fn a_lone_numeral_from_two_to_nine_with_a_counter_is_a_count() {
        let counts = |s| scan(s).iter().map(|n| (n.value, n.unit)).collect::<Vec<_>>();
        assert_eq!(counts("破获毒品刑事案件三起"), [(3.0, Unit::Count(counter("起")))]);
        assert_eq!(counts("查获吸毒人员七名"), [(7.0, Unit::Count(counter("名")))]);
        assert_eq!(counts("查获吸毒人员两名"), [(2.0, Unit::Count(counter("名")))]);
        // 一 with a counter is a case told of or 一起 (together); a numeral alone is wording
        assert!(counts("破获一起特大贩毒案件，与公安一起开展").is_empty());
        assert!(counts("三是强化管控，五是加强宣传").is_empty());
        // (nor a part of the year: 前三个季度)
        assert!(counts("今年前三个季度").is_empty());
    }
}
