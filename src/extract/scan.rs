//! Paragraphs → sentences → candidate figures → one fact per field. Owns sentence
//! splitting, the parenthesis-aware left context every rule reads, snippets, and the choice
//! among competing candidates for one field (first stated wins; a disagreeing one becomes a
//! note). Hands `Vec<Fact>`, line items and notes to `extract::extract_text`.

use super::number::{self, Num};
use super::text::Para;
use crate::model::{Fact, Field, Kind, LineItem, Note, Qualifier, StatedRatio};
use crate::extract::re::Re;
use regex::Regex;

/// One sentence of a paragraph, with its number tokens.
pub struct Sentence<'a> {
    pub text: &'a str,
    pub para: &'a Para,
    /// byte offset of `text` in `para.text`
    pub offset: usize,
    pub nums: Vec<Num>,
    /// `left_of` the start of each number that `reads_left`, computed in one pass
    lefts: Vec<String>,
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
}

const SNIPPET_MAX: usize = 200;

impl<'a> Sentence<'a> {
    pub fn line_at(&self, at: usize) -> usize {
        self.para.line_at(self.offset + at)
    }

    /// The sentence, trimmed; a long one is cut to a window around byte `at`.
    pub fn snippet_around(&self, at: usize, raw: &str) -> String {
        let t = self.text.trim();
        if t.chars().count() <= SNIPPET_MAX {
            return t.replace('\t', " ");
        }
        let chars: Vec<(usize, char)> = self.text.char_indices().collect();
        let pos = chars.partition_point(|&(i, _)| i < at);
        let lo = pos.saturating_sub(SNIPPET_MAX / 2);
        let hi = (lo + SNIPPET_MAX).min(chars.len()).max(pos + raw.chars().count());
        let s: String = chars[lo..hi.min(chars.len())].iter().map(|&(_, c)| c).collect();
        s.trim().replace('\t', " ")
    }

    pub fn snippet(&self) -> String {
        self.snippet_around(0, "")
    }

    pub fn candidate(&self, field: Field, value: f64, qualifier: Qualifier, at: usize, raw: &str) -> Candidate {
        Candidate { field, value, qualifier, line: self.line_at(at), snippet: self.snippet_around(at, raw), rank: 0 }
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
            Some(i) => std::borrow::Cow::Borrowed(&self.lefts[i]),
            None => std::borrow::Cow::Owned(lefts(self.text, &[at]).pop().unwrap_or_default()),
        }
    }
}

/// Where the clause that ends `text` starts: just after the last of `seps` (0 when none).
pub fn clause_start(text: &str, seps: &[char]) -> usize {
    text.rfind(seps).map_or(0, |i| i + text[i..].chars().next().map_or(0, char::len_utf8))
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

/// `left_of` at each of the ascending byte offsets `ats`, in one pass over `text`.
fn lefts(text: &str, ats: &[usize]) -> Vec<String> {
    let mut out = Vec::with_capacity(ats.len());
    let mut a = Asides::default();
    let mut next = ats.iter().peekable();
    for (i, c) in text.char_indices() {
        while next.next_if(|&&at| at <= i).is_some() {
            out.push(a.left().to_string());
        }
        if next.peek().is_none() {
            break;
        }
        a.push(c);
    }
    while next.next().is_some() {
        out.push(a.left().to_string());
    }
    out
}

/// Split a paragraph into sentences at 。！？ (a table row is one sentence).
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
                nums.push(number::Num { start: n.start - a, end: n.end - a, num_start: n.num_start - a, num_end: n.num_end - a, ..n });
            }
        }
        let t = &text[a..b];
        if !t.trim().is_empty() {
            let starts: Vec<usize> = nums.iter().filter(|n| reads_left(n)).map(|n| n.start).collect();
            out.push(Sentence { text: t, para: p, offset: a, lefts: lefts(t, &starts), nums, target_section });
        }
    };
    if !p.table_row {
        for (i, c) in text.char_indices() {
            if matches!(c, '。' | '！' | '？' | '!' | '?') {
                let e = i + c.len_utf8();
                push(start, e);
                start = e;
            }
        }
    }
    push(start, text.len());
    out
}

/// Choose one fact per field: the first candidate stated (in reading order), except that a
/// measured value beats a bound. A later candidate with another value becomes a note.
pub fn resolve(mut cands: Vec<Candidate>) -> (Vec<Fact>, Vec<Note>) {
    // stable: reading order is kept among equal ranks
    cands.sort_by_key(|c| c.rank);
    let mut facts: Vec<Fact> = Vec::new();
    let mut chosen_rank: Vec<u8> = Vec::new();
    let mut notes = Vec::new();
    for c in cands {
        let at = facts.iter().position(|f| f.field == c.field);
        // a less authoritative reading (年初预算 beside 全年预算) is expected to differ
        if at.is_some_and(|i| chosen_rank[i] != c.rank) {
            continue;
        }
        match at.map(|i| &mut facts[i]) {
            None => {
                chosen_rank.push(c.rank);
                facts.push(Fact {
                field: c.field,
                value: c.value,
                qualifier: c.qualifier,
                line: c.line,
                snippet: c.snippet,
                corrected: None,
                })
            }
            Some(f) => {
                if f.qualifier.is_bound() && !c.qualifier.is_bound() {
                    *f = Fact { field: c.field, value: c.value, qualifier: c.qualifier, line: c.line, snippet: c.snippet, corrected: None };
                } else if !close(f.value, c.value) && !c.qualifier.is_bound() {
                    notes.push(Note {
                        field: Some(c.field),
                        line: c.line,
                        code: "X01",
                        message_zh: format!(
                            "{}在第{}行为{}，第{}行又为{}，采用前者",
                            c.field.label(),
                            f.line,
                            fmt_num(f.value),
                            c.line,
                            fmt_num(c.value)
                        ),
                        message_en: format!(
                            "{} is {} on line {} but {} on line {}; the first is used",
                            c.field.name(),
                            fmt_num(f.value),
                            f.line,
                            fmt_num(c.value),
                            c.line
                        ),
                    });
                }
            }
        }
    }
    // reading order in the output, whatever the ranks
    facts.sort_by_key(|f| f.line);
    (facts, notes)
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6_f64.max(1e-9 * b.abs())
}

/// A number as a person writes it: no trailing zeros, no exponent.
pub fn fmt_num(v: f64) -> String {
    let s = format!("{:.6}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// What the scanner reads from one evaluation's paragraphs.
#[derive(Debug, Default)]
pub struct Scanned {
    pub facts: Vec<Fact>,
    pub targets: Vec<Fact>,
    pub items: Vec<LineItem>,
    pub ratios: Vec<StatedRatio>,
    pub notes: Vec<Note>,
    /// the line where the report says every target was met (未完成原因：无; 全部完成)
    pub claims_all_met: Option<usize>,
}

static ALL_MET: Re = Re::new(|| {
    Regex::new(r"(目标|指标)(均|全部|都|已全部|均已)(已)?(完成|实现|达到|达成)|(全部|均|全面)(完成|实现|达到)(了)?(年度|全年|预期)?(绩效)?(目标|指标|任务)").unwrap()
});

/// All candidates of a segment's paragraphs, in reading order.
pub fn scan_paras(paras: &[Para], kind: Kind, implied_wan: bool) -> Scanned {
    let mut cands = Vec::new();
    let mut target_cands = Vec::new();
    let mut items = Vec::new();
    let mut ratios = Vec::new();
    let mut claims_all_met = None;
    let mut shortfall_heading = false;
    let mut target_section = false;
    let mut header: Option<super::table::Header> = None;
    let mut before_table = String::new();
    for p in paras {
        if p.heading || p.text.chars().count() <= 20 && p.text.contains("原因") {
            target_section = p.heading && heading_is_target(&p.text);
            shortfall_heading = p.text.contains("未完成") || p.text.contains("偏差");
        } else if shortfall_heading {
            let t = p.text.trim().trim_end_matches(['。', '.']);
            if matches!(t, "无" | "没有" | "不存在" | "无偏差" | "无未完成情况") {
                claims_all_met = claims_all_met.or(Some(p.first_line()));
            }
            shortfall_heading = false;
        }
        if let Some(m) = ALL_MET.find(&p.text) {
            claims_all_met = claims_all_met.or(Some(p.line_at(m.start())));
        }
        if p.table_row {
            let cells: Vec<&str> = p.text.split('\t').collect();
            if let Some(roles) = super::table::header(&cells) {
                header = Some(super::table::Header { roles, paperwork: super::table::is_paperwork(&before_table) });
                continue;
            }
            if let Some(h) = &header {
                super::table::row(p, h, kind, &mut cands, &mut target_cands);
                continue;
            }
        } else {
            header = None;
            before_table = p.text.clone();
        }
        for s in sentences(p, target_section) {
            super::money::scan(&s, kind, implied_wan, &mut cands, &mut items);
            super::counts::scan(&s, &mut cands, &mut target_cands);
            super::ratios::scan(&s, kind, &mut ratios);
        }
    }
    let (facts, notes) = resolve(cands);
    let (targets, _) = resolve(target_cands);
    Scanned { facts, targets, items, ratios, notes, claims_all_met }
}

/// A heading over targets rather than results: 绩效目标, 年度目标 — but not 目标完成情况.
pub fn heading_is_target(h: &str) -> bool {
    h.contains("目标") && !["完成", "实现", "情况", "结果", "分析", "偏离"].iter().any(|w| h.contains(w))
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

    #[test]
    fn one_pass_lefts_equal_the_definition() {
        for text in ["项目支出（含追加20万元）共计35万元", "基本支出98万元（其中人员经费（在职）80万元，公用经费18万元）", "a)b(c", "", "（（（"] {
            let ats: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let want: Vec<String> = ats.iter().map(|&a| left_ref(text, a)).collect();
            assert_eq!(lefts(text, &ats), want, "{text}");
        }
    }
}
