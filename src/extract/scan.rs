//! Paragraphs → sentences → candidate figures → one fact per field. Owns sentence
//! splitting, the parenthesis-aware left context every rule reads, snippets, and the choice
//! among competing candidates for one field (first stated wins; a disagreeing one becomes a
//! note). Hands `Vec<Fact>`, line items and notes to `extract::extract_text`.

use super::number::close;
use super::sentence::{sentences, Candidate};
use super::text::Para;
use crate::extract::re::Re;
use crate::model::{fmt_num, Fact, FindingCode, Kind, LineItem, Note, StatedRatio};
use regex::Regex;

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
                    *f = Fact {
                        field: c.field,
                        value: c.value,
                        qualifier: c.qualifier,
                        line: c.line,
                        snippet: c.snippet,
                        corrected: None,
                    };
                } else if !close(f.value, c.value) && !c.qualifier.is_bound() {
                    notes.push(Note {
                        field: Some(c.field),
                        line: c.line,
                        code: FindingCode::X01,
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
            if let Some(roles) = super::cells::header(&cells) {
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
