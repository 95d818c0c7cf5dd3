//! Paragraphs → sentences, each with its number tokens and the parenthesis-aware left
//! context every rule reads; clause boundaries; snippets; and `Candidate`, a figure one rule
//! read for one field. A leaf of the field scanners: money, counts, ratios and table read
//! `Sentence`s and hand `Candidate`s on to `scan`, which chooses among them.

use super::chars::TrimWs;
use super::number::{self, Num};
use super::text::Para;
use crate::model::{Fact, Field, Qualifier};

/// One sentence of a paragraph, with its number tokens.
pub struct Sentence<'a> {
    pub text: &'a str,
    pub para: &'a Para,
    /// byte offset of `text` in `para.text`
    pub offset: usize,
    pub nums: Vec<Num>,
    /// `left_of` the start of each number that `reads_left`, computed in one pass (None: the
    /// text before it as it stands, no parenthesis before it)
    lefts: Vec<Option<String>>,
    /// the sentence stands under a heading about targets (绩效目标), not results
    pub target_section: bool,
}

/// A figure one rule read for one field, before the choice among candidates.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub field: Field,
    pub value: f64,
    pub qualifier: Qualifier,
    pub line: usize,
    pub snippet: String,
    /// lower is more authoritative (a 全年预算数 beats a 年初预算数); equal ranks: first wins
    pub rank: u8,
    /// the part of the year the figure covers (2021-01..2021-06); None: the full year
    pub period: Option<String>,
    /// the level a change ends at (由920人下降至856人: 856), the last year's of a span of years
    pub trend_end: bool,
    /// the year a trend's end names (降至2022年的3.5万起): that year's level
    pub trend_year: Option<i32>,
    /// the year a list of years gives this value (2021年、2022年、2023年分别…12起、15起、9起: 15 is
    /// 2022's), and how many years it lists
    pub list_year: Option<(i32, usize)>,
    /// the months of the part of the year a list of parts gives this value (上半年、下半年分别…21人次、
    /// 18人次: 18 is July to December's)
    pub list_part: Option<(u32, u32)>,
    /// a broader count than the field's own (涉毒人员 for the drug users caught): it stands only
    /// when the text states none in the field's own words, before or after it
    pub weak: bool,
}

impl Candidate {
    /// A figure read for `field` at `line` with nothing more said of it: the full year, the
    /// first rank, no list or trend.
    pub fn plain(field: Field, value: f64, qualifier: Qualifier, line: usize, snippet: String) -> Candidate {
        Candidate {
            field,
            value,
            qualifier,
            line,
            snippet,
            rank: 0,
            period: None,
            trend_end: false,
            trend_year: None,
            list_year: None,
            list_part: None,
            weak: false,
        }
    }

    /// The figure as a fact, once it is chosen.
    pub fn into_fact(self) -> Fact {
        Fact {
            field: self.field,
            value: self.value,
            qualifier: self.qualifier,
            line: self.line,
            snippet: self.snippet,
            corrected: None,
            period: self.period,
        }
    }
}

const SNIPPET_MAX: usize = 200;

impl<'a> Sentence<'a> {
    pub fn line_at(&self, at: usize) -> usize {
        self.para.line_at(self.offset + at)
    }

    /// The sentence, trimmed; a long one is cut to a window around byte `at`.
    pub fn snippet_around(&self, at: usize, raw: &str) -> String {
        let t = self.text.trim_ws();
        if t.chars().count() <= SNIPPET_MAX {
            return t.replace('\t', " ");
        }
        let chars: Vec<(usize, char)> = self.text.char_indices().collect();
        let pos = chars.partition_point(|&(i, _)| i < at);
        let lo = pos.saturating_sub(SNIPPET_MAX / 2);
        let hi = (lo + SNIPPET_MAX).min(chars.len()).max(pos + raw.chars().count());
        let s: String = chars[lo..hi.min(chars.len())].iter().map(|&(_, c)| c).collect();
        s.trim_ws().replace('\t', " ")
    }

    pub fn snippet(&self) -> String {
        self.snippet_around(0, "")
    }

    pub fn candidate(&self, field: Field, value: f64, qualifier: Qualifier, at: usize, raw: &str) -> Candidate {
        Candidate::plain(field, value, qualifier, self.line_at(at), self.snippet_around(at, raw))
    }

    /// When `at` is inside an open parenthesis: the text before that parenthesis (asides
    /// closed before it removed).
    pub fn outer_left_of(&self, at: usize) -> Option<String> {
        let a = Asides::of(&self.text[..at]);
        a.open.first().map(|&p| a.acc[..p].to_string())
    }

    /// The text before byte `at`, as a rule should read it: parenthetical asides closed
    /// before `at` are dropped, and inside an open parenthesis only the aside itself counts.
    /// Precomputed for the start of each number token.
    pub fn left_of(&self, at: usize) -> std::borrow::Cow<'_, str> {
        match self.nums.iter().filter(|n| reads_left(n)).position(|n| n.start == at) {
            Some(i) => std::borrow::Cow::Borrowed(self.lefts[i].as_deref().unwrap_or(&self.text[..at])),
            None => match lefts(self.text, &[at]).pop().flatten() {
                Some(left) => std::borrow::Cow::Owned(left),
                None => std::borrow::Cow::Borrowed(&self.text[..at.min(self.text.len())]),
            },
        }
    }
}

/// The lead bytes of the characters of `seps` that are not ASCII, as bits (lead & 0x3F).
fn lead_bits(seps: &[char]) -> u64 {
    seps.iter().fold(0u64, |m, &c| {
        let cp = c as u32;
        let lead = match cp {
            0..=0x7F => return m,
            0x80..=0x7FF => 0xC0 | cp >> 6,
            0x800..=0xFFFF => 0xE0 | cp >> 12,
            _ => 0xF0 | cp >> 18,
        };
        m | 1 << (lead & 0x3F)
    })
}

/// Where the clause that ends `text` starts: just after the last of `seps` (0 when none).
pub fn clause_start(text: &str, seps: &[char]) -> usize {
    // a backward walk over the bytes: only a character led by the lead byte of a separator is
    // decoded (a Chinese text's ideographs, led by E4..E9, are stepped over byte by byte)
    let leads = lead_bits(seps);
    let b = text.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        let x = b[i];
        if x < 0x80 {
            if seps.contains(&(x as char)) && !thousands_comma(b, i) {
                return i + 1;
            }
        } else if x >= 0xC0 && leads >> (x & 0x3F) & 1 == 1 {
            if let Some(c) = text[i..].chars().next().filter(|c| seps.contains(c)) {
                return i + c.len_utf8();
            }
        }
    }
    0
}

/// Is the byte at `i` a comma grouping a figure's thousands (5,386, 1,208), between a digit and
/// three more digits? It parts no clause.
fn thousands_comma(b: &[u8], i: usize) -> bool {
    b[i] == b','
        && i > 0
        && b[i - 1].is_ascii_digit()
        && b.len() >= i + 4
        && b[i + 1..i + 4].iter().all(u8::is_ascii_digit)
        && b.get(i + 4).is_none_or(|x| !x.is_ascii_digit())
}

/// Where the first of `seps` in `text` starts (`text.find(seps)`): a forward walk over the
/// bytes that decodes only a character led by the lead byte of a separator.
pub fn clause_end(text: &str, seps: &[char]) -> Option<usize> {
    let leads = lead_bits(seps);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if seps.contains(&(x as char)) && !thousands_comma(b, i) {
                return Some(i);
            }
            i += 1;
            continue;
        }
        if leads >> (x & 0x3F) & 1 == 1 && text[i..].chars().next().is_some_and(|c| seps.contains(&c)) {
            return Some(i);
        }
        i += match x {
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 2,
        };
    }
    None
}

/// Does a rule ever read this number's left context? A bare number (a year, a list
/// marker) rarely does: its context is computed on demand.
fn reads_left(n: &Num) -> bool {
    n.unit != number::Unit::None
}

/// Text read left to right with each parenthetical aside dropped once it closes; `open`
/// holds where each aside still open starts in `acc`.
#[derive(Default)]
struct Asides {
    acc: String,
    open: Vec<usize>,
}

impl Asides {
    fn push(&mut self, c: char) {
        match c {
            '（' | '(' => self.open.push(self.acc.len()),
            '）' | ')' => {
                if let Some(p) = self.open.pop() {
                    self.acc.truncate(p);
                }
            }
            _ => self.acc.push(c),
        }
    }

    fn of(text: &str) -> Asides {
        let mut a = Asides::default();
        text.chars().for_each(|c| a.push(c));
        a
    }

    /// What a rule reads: inside an open aside only the aside itself.
    fn left(&self) -> &str {
        self.open.last().map_or(&self.acc, |&p| &self.acc[p..])
    }
}

/// `left_of` at each of the ascending byte offsets `ats`, in one pass over `text`: the runs
/// between parentheses are copied whole (a byte search finds the parentheses), not a
/// character at a time. None where no parenthesis stands before the offset: the text before
/// it is its left as it stands (most sentences have none, and are not copied once a number).
fn lefts(text: &str, ats: &[usize]) -> Vec<Option<String>> {
    let mut out = Vec::with_capacity(ats.len());
    let mut a = Asides::default();
    let b = text.as_bytes();
    // text[..pos] is read into `a`; `any`: a parenthesis is among it
    let mut pos = 0;
    let mut any = false;
    for &at in ats {
        let at = at.min(text.len());
        while pos < at {
            match next_paren(b, pos, at) {
                Some((p, len)) => {
                    any = true;
                    a.acc.push_str(&text[pos..p]);
                    // (a parenthesis is one character: `Asides::push` reads it)
                    a.push(text[p..p + len].chars().next().unwrap_or(' '));
                    pos = p + len;
                }
                None => {
                    a.acc.push_str(&text[pos..at]);
                    pos = at;
                }
            }
        }
        out.push(any.then(|| a.left().to_string()));
    }
    out
}

/// The first parenthesis ( ) （ ） in `b[from..to]`: its byte offset and length.
fn next_paren(b: &[u8], from: usize, to: usize) -> Option<(usize, usize)> {
    // a vector search for the bytes that may start one: ( ) and EF (（ is EF BC 88, ） EF BC 89)
    let mut i = from;
    while let Some(k) = memchr::memchr3(b'(', b')', 0xEF, &b[i..to]) {
        i += k;
        match b[i] {
            b'(' | b')' => return Some((i, 1)),
            _ if i + 3 <= to && b[i + 1] == 0xBC && matches!(b[i + 2], 0x88 | 0x89) => return Some((i, 3)),
            _ => i += 1,
        }
    }
    None
}

/// Split a paragraph into sentences at 。！？ (a table row is one sentence).
/// Where a clause opens with a year of its own (2018年新增吸毒人员84人，2019年新增39人): the
/// byte offsets of those clauses after the first, when the sentence has two or more of them
/// naming different years. A summary comparing years clause by clause gives each clause's
/// figures to its year.
fn year_clauses(text: &str) -> Vec<usize> {
    // one operation's period, then a clause of the year's own (开展“净边”专项行动期间，全县共破获…
    // 12起，全年共破获…30起): the year's clause is read on its own, not in the operation's time
    if text.contains("期间") || text.contains("动中") || text.contains("战中") {
        if let Some(op) = OPERATION_PERIOD.find(text) {
            let opens_clause = |i: usize| text[..i].trim_end().ends_with(['，', ',', '；', ';']);
            if let Some(m) = YEARS_OWN_CLAUSE.find_iter(&text[op.end()..]).find(|m| opens_clause(op.end() + m.start()))
            {
                return vec![op.end() + m.start()];
            }
        }
    }
    // two years at least (a cheap count before the search)
    static NIAN: super::re::Word = super::re::Word::new("年");
    // (…or two parts of the year: 季度 names no 年)
    if text.len() < 12 || NIAN.find_iter(text).nth(1).is_none() && !text.contains("季度") && !text.contains('月') {
        return Vec::new();
    }
    let mut at: Vec<(usize, &str)> = Vec::new();
    // the year starts the clause: after the sentence's start or a comma or semicolon
    let opens = |i: usize| {
        let before = text[..i].trim_end();
        before.is_empty() || before.ends_with(['，', ',', '；', ';'])
    };
    for m in YEAR_CLAUSE.find_iter(text) {
        // (a list of years naming no field of its own after a clause that does — …23起，2021年、
        // 2022年分别为19起、21起 — is read with that clause: no cut, each value is its year's)
        if m.start() > 0 && ELLIPTIC_YEARS.is_match(&text[m.start()..]) {
            continue;
        }
        // (其中 right before the year, or with a comma between: 其中，2023年…)
        let lead = text[..m.start()].trim_end_matches(['，', ',', '：', ':']);
        let among = lead.ends_with("其中") && opens(lead.len() - "其中".len());
        if among && SEVERAL_YEARS_LEAD.is_match(lead) {
            // one year's part of a total over several years (三年来，共开展…620场次，其中2023年
            // 开展…230场次): that year's clause, cut from the span's
            at.push((0, "span"));
            at.push((lead.len() - "其中".len(), &m.as_str()[..4]));
        } else if opens(m.start()) {
            at.push((m.start(), &m.as_str()[..4]));
        }
    }
    // …or this year or last by name (2022年，…28起；今年1至5月，…11起), after a short subject too
    // (全市去年查处…310人次，今年…96人次): cut where its clause starts
    let relative: Vec<(usize, &str)> = RELATIVE_YEAR_CLAUSE
        .find_iter(text)
        .filter_map(|m| {
            let at = if opens(m.start()) { m.start() } else { subject_clause_start(text, m.start())? };
            let this = m.as_str().starts_with("今") || m.as_str().starts_with("本");
            Some((at, if this { "this" } else { "last" }))
        })
        .collect();
    let both = relative.iter().any(|r| r.1 == "this") && relative.iter().any(|r| r.1 == "last");
    if !at.is_empty() || both {
        at.extend(relative);
        at.sort_by_key(|(i, _)| *i);
        at.dedup_by_key(|(i, _)| *i);
    }
    // …or two parts of the year or more, each opening its clause (上半年…7起；下半年…9起;
    // 一季度…，二季度…; 上半年…7起，全年共…16起): each clause's figures are its part's
    if text.contains("半年") || text.contains("季度") || text.contains('月') {
        let parts: Vec<(usize, &str)> = PART_CLAUSE
            .find_iter(text)
            .filter_map(|m| {
                let at = if opens(m.start()) { m.start() } else { subject_clause_start(text, m.start())? };
                Some((at, m.as_str()))
            })
            .collect();
        if parts.len() >= 2 && parts.iter().any(|p| p.1 != parts[0].1) {
            at.extend(parts);
            at.sort_by_key(|(i, _)| *i);
            at.dedup_by_key(|(i, _)| *i);
        }
    }
    if at.len() < 2 || at.iter().all(|(_, y)| *y == at[0].1) {
        return Vec::new();
    }
    at.into_iter().skip(1).map(|(i, _)| i).collect()
}

/// One operation's period (专项行动期间, 战役期间, “净边”行动中, “百日行动”期间: its name in quotes
/// as often); scan's dating strips it too.
pub(super) static OPERATION_PERIOD: super::re::Re =
    super::re::Re::new(|| regex::Regex::new(r#"(行动|战役|会战)[”"」]?[，,]?(中|期间)"#).unwrap());
/// The year's own words opening a clause (全年, 今年以来, 年内).
static YEARS_OWN_CLAUSE: super::re::Re = super::re::Re::new(|| regex::Regex::new(r"全年|今年以来|年内").unwrap());

/// Where the clause holding the year word at `at` starts, when a short subject opens it before
/// the word (全市去年…, 我县今年…), not a comparison (比去年, 与去年).
fn subject_clause_start(text: &str, at: usize) -> Option<usize> {
    let start =
        text[..at].rfind(['，', ',', '；', ';']).map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    short_subject(&text[start..at]).then_some(start)
}

/// Is `s` a short subject before a time word (全市, 福州, 我县: six characters at most), not a
/// comparison's words (比, 较, 与, 由, 从 …)?
pub fn short_subject(s: &str) -> bool {
    s.chars().count() <= 6 && !s.contains(['比', '较', '与', '于', '同', '和', '由', '从'])
}

/// Words of several years' total before a year's part of it (三年来, 近年来, 2021年以来,
/// 2021年至2023年, 累计, 十三五期间).
static SEVERAL_YEARS_LEAD: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"[一二三四五六七八九十两几多\d]+年(来|以来|间)|近年来|以来|至今|累计|20[0-4]\d\s*年?\s*[-—–~～至到]\s*20[0-4]\d|十[一二三四五]五").unwrap()
});

/// Years listed one by one (2021年、2022年、2023年; 2022、2023年; 2021年和2022年), not a span.
pub static YEARS_LISTED: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"20[0-4]\d\s*年?\s*(?:[、和及]\s*20[0-4]\d\s*年?\s*)*[、和及]\s*20[0-4]\d\s*年").unwrap()
});
/// The values before a figure in a list (12起、15起、 before 9起).
static VALUES_BEFORE: super::re::Re =
    super::re::Re::new(|| regex::Regex::new(r"((?:\d[\d.,]*\s*[^\d\s、，,；;。和及]{0,3}\s*[、和及]\s*)*)$").unwrap());

/// A figure that is one value of a list after 分别 with as many values as years listed before
/// it (2021年、2022年、2023年全县分别破获毒品刑事案件12起、15起、9起; 2022、2023年…分别为56人次、
/// 48人次): the label without the values before the figure, and (the year of the figure's place,
/// how many years are listed). None for any other figure.
pub fn year_list<'t>(sentence: &str, at: usize, own_left: &'t str, right: &str) -> Option<(&'t str, (i32, usize))> {
    // (the last list of years before the figure, or span of them — 2021年至2023年 — with 分别 or
    // 依次 after it)
    let listed = YEARS_LISTED.find_iter(&sentence[..at]).last();
    let span = YEARS_SPAN.captures_iter(&sentence[..at]).last();
    let (end, years): (usize, Vec<i32>) = match (listed, span) {
        (Some(m), s) if s.as_ref().and_then(|c| c.get(0)).is_none_or(|c| c.end() <= m.start()) => {
            (m.end(), NAMED_YEARS.find_iter(m.as_str()).filter_map(|y| y.as_str().parse().ok()).collect())
        }
        (_, Some(c)) => {
            let (a, b): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
            (c.get(0)?.end(), if b > a && b - a < 10 { (a..=b).collect() } else { Vec::new() })
        }
        _ => return None,
    };
    let between = &sentence[end..at];
    if !(between.contains("分别") || between.contains("依次")) || between.contains(['。', '；', ';']) {
        return None;
    }
    // (each year once, in either order: 2022年、2021年分别为14起、12起)
    let ordered = years.windows(2).all(|w| w[0] < w[1]) || years.windows(2).all(|w| w[0] > w[1]);
    if years.len() < 2 || !ordered {
        return None;
    }
    let before = VALUES_BEFORE.captures(own_left)?;
    let after = LIST_VALUES_AFTER.captures(right)?;
    let count = |t: &str| t.matches(['、', '和', '及']).count();
    let (k, rest) = (count(&before[1]), count(&after[1]));
    let label = &own_left[..before.get(1)?.start()];
    // (a list naming no field of its own after its years — …23起，2021年、2022年分别为19起、21起 —
    // is read with the clause before as its subject: its label is what follows the years)
    let label = match YEARS_LISTED.find(label).or_else(|| YEARS_SPAN.find(label)) {
        Some(m) if label[..m.start()].trim_ws().is_empty() => {
            let rest = label[m.end()..].trim_start_matches(['，', ',', ' ']);
            rest.strip_prefix("分别").or_else(|| rest.strip_prefix("依次")).unwrap_or(rest)
        }
        _ => label,
    };
    (k + rest + 1 == years.len()).then(|| (label, (years[k], years.len())))
}
static NAMED_YEARS: super::re::Re = super::re::Re::new(|| regex::Regex::new(r"20[0-4]\d").unwrap());
/// …and the values after a figure in such a list (、19名和52人次).
static LIST_VALUES_AFTER: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"^\s*[^\d\s、，,；;。和及]{0,3}((?:\s*[、和及]\s*\d[\d.,]*\s*[^\d\s、，,；;。和及]{0,3})*)")
        .unwrap()
});
/// A span of years (2021年至2023年, 2021-2023年).
static YEARS_SPAN: super::re::Re =
    super::re::Re::new(|| regex::Regex::new(r"(20[0-4]\d)\s*年?\s*[-—–~～至到]\s*(20[0-4]\d)\s*年").unwrap());

/// Parts of the year listed (上半年、下半年; 一季度、二季度、三季度和四季度).
static PARTS_LISTED: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"(?:上半年|下半年|第?[一二三四]季度)(?:\s*[、和及]\s*(?:上半年|下半年|第?[一二三四]季度))+")
        .unwrap()
});
static ONE_PART: super::re::Re = super::re::Re::new(|| regex::Regex::new(r"上半年|下半年|[一二三四]季度").unwrap());

/// A figure that is one value of a list after 分别 with as many values as parts of the year listed
/// before it (全县上半年、下半年分别查获吸毒人员21人次、18人次): the label without the values before
/// the figure, and the months of the figure's part. None for any other figure.
pub fn part_list<'t>(sentence: &str, at: usize, own_left: &'t str, right: &str) -> Option<(&'t str, (u32, u32))> {
    let m = PARTS_LISTED.find_iter(&sentence[..at]).last()?;
    let between = &sentence[m.end()..at];
    if !(between.contains("分别") || between.contains("依次")) || between.contains(['。', '；', ';']) {
        return None;
    }
    let parts: Vec<(u32, u32)> = ONE_PART
        .find_iter(m.as_str())
        .map(|p| match p.as_str() {
            "上半年" => (1, 6),
            "下半年" => (7, 12),
            q if q.starts_with('一') => (1, 3),
            q if q.starts_with('二') => (4, 6),
            q if q.starts_with('三') => (7, 9),
            _ => (10, 12),
        })
        .collect();
    let before = VALUES_BEFORE.captures(own_left)?;
    let after = LIST_VALUES_AFTER.captures(right)?;
    let count = |t: &str| t.matches(['、', '和', '及']).count();
    let (k, rest) = (count(&before[1]), count(&after[1]));
    let label = &own_left[..before.get(1)?.start()];
    (k + rest + 1 == parts.len()).then(|| (label, parts[k]))
}

/// Such a list then its values straight after 分别为 (2021年、2022年分别为19起、21起): no words of a
/// field between.
static ELLIPTIC_YEARS: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"^20[0-4]\d\s*年?\s*(?:[、和及]\s*20[0-4]\d\s*年?\s*)*[、和及]\s*20[0-4]\d\s*年\s*[，,]?\s*(?:分别|依次)(?:为|是|达到|达)?\s*\d").unwrap()
});

/// A part of the year (上半年, 下半年, 一季度, 第三季度, 前三季度), or the whole of it (全年:
/// 上半年…7起，全年共…16起).
static PART_CLAUSE: super::re::Re = super::re::Re::new(|| {
    regex::Regex::new(r"上半年|下半年|前三季度|第?[一二三四1-4]季度|全年|\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,2}\s*[至到]\s*[一二三四五六七八九十]{1,3}\s*月")
            .unwrap()
});

/// This year or last opening a clause (今年, 本年, 去年, 上年), not as a comparison's (去年同期).
static RELATIVE_YEAR_CLAUSE: super::re::Re =
    super::re::Re::new(|| regex::Regex::new(r"(今年|本年|去年|上年)[^同]").unwrap());

/// A year opening a clause: 2019年 (or 2019年度), not a span's start (2018年至2020年, 2018-2020年)
/// or a date (2019年3月).
static YEAR_CLAUSE: super::re::Re =
    super::re::Re::new(|| regex::Regex::new(r"20[0-4]\d\s*年度?\s*[,，]?(?:[^\d至到\-—–~～以]|$)").unwrap());

impl<'a> Sentence<'a> {
    /// Where the sentence's clauses naming a year of their own start, after the first (see
    /// `year_clauses`); none when it does not compare years clause by clause.
    pub fn year_clauses(&self) -> Vec<usize> {
        year_clauses(self.text)
    }

    /// The sentence as clauses cut at `cuts` (from `year_clauses`); itself alone without cuts.
    pub fn split_at(self, cuts: &[usize]) -> Vec<Sentence<'a>> {
        if cuts.is_empty() {
            return vec![self];
        }
        let mut out = Vec::with_capacity(cuts.len() + 1);
        let bounds: Vec<(usize, usize)> = std::iter::once(0)
            .chain(cuts.iter().copied())
            .zip(cuts.iter().copied().chain(std::iter::once(self.text.len())))
            .collect();
        for (a, b) in bounds {
            let t = &self.text[a..b];
            let nums: Vec<number::Num> = self
                .nums
                .iter()
                .filter(|n| n.start >= a && n.end <= b)
                .map(|n| number::Num {
                    start: n.start - a,
                    end: n.end - a,
                    num_start: n.num_start - a,
                    num_end: n.num_end - a,
                    ..n.clone()
                })
                .collect();
            let starts: Vec<usize> = nums.iter().filter(|n| reads_left(n)).map(|n| n.start).collect();
            out.push(Sentence {
                text: t,
                para: self.para,
                offset: self.offset + a,
                lefts: lefts(t, &starts),
                nums,
                target_section: self.target_section,
            });
        }
        out
    }
}

/// A bit for each of the first sixteen positions of `w` (eighteen bytes) where 。 (E3 80 82),
/// ！ (EF BC 81) or ？ (EF BC 9F) starts.
#[inline]
fn ends16(w: &[u8]) -> u32 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        assert!(w.len() >= 18);
        // SAFETY: SSE2 is part of x86_64; the three loads read w[0..16], w[1..17] and w[2..18]
        unsafe {
            let v = |k: usize| _mm_loadu_si128(w.as_ptr().add(k).cast());
            let eq = |x, c: u8| _mm_cmpeq_epi8(x, _mm_set1_epi8(c as i8));
            let (v0, v1, v2) = (v(0), v(1), v(2));
            let stop = _mm_and_si128(_mm_and_si128(eq(v0, 0xE3), eq(v1, 0x80)), eq(v2, 0x82));
            let marks =
                _mm_and_si128(_mm_and_si128(eq(v0, 0xEF), eq(v1, 0xBC)), _mm_or_si128(eq(v2, 0x81), eq(v2, 0x9F)));
            _mm_movemask_epi8(_mm_or_si128(stop, marks)) as u32
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        (0..16).fold(0, |m, k| {
            let end = matches!(w[k..k + 3], [0xE3, 0x80, 0x82] | [0xEF, 0xBC, 0x81] | [0xEF, 0xBC, 0x9F]);
            m | u32::from(end) << k
        })
    }
}

pub fn sentences(p: &Para, target_section: bool) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let text = p.text.as_str();
    // numbers are scanned once per paragraph (no token holds 。！？) and dealt to sentences
    let mut all = number::scan(text).into_iter().peekable();
    let mut push = |a: usize, b: usize| {
        let mut nums = Vec::new();
        while let Some(n) = all.next_if(|n| n.start < b) {
            if n.start >= a && n.end <= b {
                nums.push(number::Num {
                    start: n.start - a,
                    end: n.end - a,
                    num_start: n.num_start - a,
                    num_end: n.num_end - a,
                    ..n
                });
            }
        }
        let t = &text[a..b];
        if !t.trim_ws().is_empty() {
            let starts: Vec<usize> = nums.iter().filter(|n| reads_left(n)).map(|n| n.start).collect();
            out.push(Sentence { text: t, para: p, offset: a, lefts: lefts(t, &starts), nums, target_section });
        }
    };
    if !p.table_row {
        // the ends of 。！？!? by their UTF-8 bytes: 。 is E3 80 82, ！ EF BC 81, ？ EF BC 9F;
        // without an ASCII ! or ? only the bytes E3 and EF are looked at (a vector search)
        let b = text.as_bytes();
        let end_at = |i: usize| match b[i] {
            b'!' | b'?' => 1,
            0xE3 if b[i + 1] == 0x80 && b[i + 2] == 0x82 => 3,
            0xEF if b[i + 1] == 0xBC && matches!(b[i + 2], 0x81 | 0x9F) => 3,
            _ => 0,
        };
        if memchr::memchr2(b'!', b'?', b).is_none() {
            // sixteen positions at a time: the three bytes of 。！？ compared at once
            let mut i = 0;
            while i + 18 <= b.len() {
                let mut m = ends16(&b[i..i + 18]);
                while m != 0 {
                    let e = i + m.trailing_zeros() as usize + 3;
                    push(start, e);
                    start = e;
                    m &= m - 1;
                }
                i += 16;
            }
            for i in memchr::memchr2_iter(0xE3, 0xEF, &b[i..]).map(|k| i + k) {
                let len = end_at(i);
                if len > 0 {
                    push(start, i + len);
                    start = i + len;
                }
            }
        } else {
            for i in 0..b.len() {
                let len = end_at(i);
                if len > 0 {
                    push(start, i + len);
                    start = i + len;
                }
            }
        }
    }
    push(start, text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition of `left_of`, one position at a time.
    fn left_ref(text: &str, at: usize) -> String {
        let mut out = String::new();
        let mut stack: Vec<usize> = Vec::new();
        for c in text[..at].chars() {
            match c {
                '（' | '(' => stack.push(out.len()),
                '）' | ')' => {
                    if let Some(p) = stack.pop() {
                        out.truncate(p);
                    }
                }
                _ => out.push(c),
            }
        }
        match stack.last() {
            Some(&p) => out[p..].to_string(),
            None => out,
        }
    }

    proptest::proptest! {
        /// Numbers scanned once per paragraph and dealt out are those of each sentence alone.
        #[test]
        fn paragraph_scan_deals_each_sentence_its_numbers(parts in proptest::collection::vec(proptest::sample::select(vec![
            "35", "1,234.5", "2.", "万元", "元", "%", "人", "次", "三十五万", "百分之九十", "两百人", "约", "不低于", "以上", "余",
            "。", "！", "？", "!", "?", "，", "（", "）", "经费", "PM", "-", "/", " ",
        ]), 0..30)) {
            let text: String = parts.concat();
            let para = crate::extract::text::Para { text: text.clone(), starts: vec![(0, 1)], heading: false, table_row: false };
            for s in sentences(&para, false) {
                proptest::prop_assert_eq!(&s.nums, &number::scan(s.text), "{:?} in {:?}", s.text, text);
            }
        }
    }

    proptest::proptest! {
        /// The byte walk ends sentences where the characters 。！？!? end them, and nowhere else.
        #[test]
        fn sentences_end_as_the_characters_say(parts in proptest::collection::vec(proptest::sample::select(vec![
            "。", "！", "？", "!", "?", "，", "、", "）", "禁毒", "ｂ", "﹗", "35", "a", "😀", "\u{3001}\u{3002}",
            "\u{3000}", "\u{FF01}\u{FF1F}", "\u{FF80}", "\u{3082}", "一二三四五",
        ]), 0..40)) {
            let text: String = parts.concat();
            let para = crate::extract::text::Para { text: text.clone(), starts: vec![(0, 1)], heading: false, table_row: false };
            let mut want = Vec::new();
            let mut start = 0;
            for (i, c) in text.char_indices() {
                if matches!(c, '。' | '！' | '？' | '!' | '?') {
                    want.push(&text[start..i + c.len_utf8()]);
                    start = i + c.len_utf8();
                }
            }
            want.push(&text[start..]);
            want.retain(|t| !t.trim_ws().is_empty());
            let got: Vec<&str> = sentences(&para, false).iter().map(|s| s.text).collect();
            proptest::prop_assert_eq!(got, want, "{:?}", text);
        }
    }

    proptest::proptest! {
        /// The run-copying reader agrees with the definition at every character boundary.
        #[test]
        fn lefts_equal_the_definition_anywhere(parts in proptest::collection::vec(proptest::sample::select(vec![
            "（", "）", "(", ")", "a", "禁毒", "，", "35", "ｂ", "﹙", "〔", "\u{FF08}\u{FF09}",
        ]), 0..20)) {
            let text: String = parts.concat();
            let ats: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let want: Vec<String> = ats.iter().map(|&a| left_ref(&text, a)).collect();
            let got: Vec<String> = lefts(&text, &ats).into_iter().zip(&ats).map(|(l, &a)| l.unwrap_or_else(|| text[..a].to_string())).collect();
            proptest::prop_assert_eq!(got, want, "{:?}", text);
        }
    }

    proptest::proptest! {
        /// The byte walks find the clause start the character walk finds, and the clause end
        /// `str::find` finds.
        #[test]
        fn clause_bounds_as_the_characters_say(parts in proptest::collection::vec(proptest::sample::select(vec![
            "，", ",", "；", ";", "。", "：", ":", "\t", "禁毒", "a", "35", "、", "（", "é", "😀", "！",
        ]), 0..20), set in 0usize..3) {
            let text: String = parts.concat();
            let seps: &[char] = [&['，', ',', '；', ';'][..], &['，', ',', '；', ';', '。', '：', ':', '\t'], &['é', '😀', '、']][set];
            let want = text.char_indices().rev().find(|(_, c)| seps.contains(c)).map_or(0, |(i, c)| i + c.len_utf8());
            proptest::prop_assert_eq!(clause_start(&text, seps), want, "{:?}", text);
            proptest::prop_assert_eq!(clause_end(&text, seps), text.find(seps), "{:?}", text);
        }
    }

    #[test]
    fn one_pass_lefts_equal_the_definition() {
        for text in [
            "项目支出（含追加20万元）共计35万元",
            "基本支出98万元（其中人员经费（在职）80万元，公用经费18万元）",
            "a)b(c",
            "",
            "（（（",
        ] {
            let ats: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let want: Vec<String> = ats.iter().map(|&a| left_ref(text, a)).collect();
            let got: Vec<String> = lefts(text, &ats)
                .into_iter()
                .zip(&ats)
                .map(|(l, &a)| l.unwrap_or_else(|| text[..a].to_string()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
