//! Tab-separated tables (Word tables flattened one row per line, and the other flattenings
//! `cells` turns into rows): the standard 项目支出绩效自评表, 部门整体支出绩效自评表 and basic-data
//! tables. Owns reading money rows in header order in the table's unit, an indicator row (name,
//! target, actual) into the result alone read by the same rules as prose, 总分 / 合计 of the
//! 得分 column as the self-score (not the 得分 beside the money row), staff columns, and rows of
//! sentences (预期目标 / 实际完成情况). Hands `Candidate`s to the field scanner.

pub use super::cells::{is_score_label, is_sum_label, is_total_label, places_column, places_counts_header};
use super::cells::{is_sign, is_value, Role};
use super::chars::TrimWs;
use super::number::{self, Unit};
use super::sentence::Candidate;
use super::text::Para;
use crate::model::{Field, Kind, Qualifier};

/// Header state carried from a header row to the rows under it.
#[derive(Debug, Default, Clone)]
pub struct Header {
    pub roles: Vec<Role>,
    /// the table is a paperwork checklist (考核评分表), not the unit's results
    pub paperwork: bool,
    /// factor from the table's money unit to 万元 (金额单位：元 → 0.0001)
    pub scale: f64,
    /// the header's own label cells before its columns (项目资金（万元）)
    pub label: String,
    /// under a column of this year's figures (本年数): the stage the last row named (年度预算:
    /// budget, 实际支出: spending), which its parts under it (其中：基本支出) keep
    pub stage: std::cell::Cell<Option<bool>>,
    /// in a table of years side by side: the record's year's column (among the header's roles)
    pub year_col: Option<usize>,
    /// the table is of the “三公” costs alone, as its caption says (二、“三公”经费): its row of
    /// the sum (合计) is their total, not the unit's
    pub sangong: bool,
    /// a monitoring form's months so far (1-7月执行数, 1-7月实际完成值: (1, 7)), as the period
    /// of the year its spending, its rate and its counts of what was done cover
    pub months: Option<(u32, u32)>,
    /// in a table of counts with last year's results beside this year's (上年 | 本年 | 同比;
    /// 上年完成值 | 本年目标值 | 本年实际完成值): that column (among the header's roles) and the year
    /// it holds, the record's year before
    pub last_year: Option<(usize, i32)>,
}

/// A column of last year's results named relative to the record's year (上年, 去年, 上年度,
/// 上年完成值, 上年实际完成值, 去年完成数) — not its target (上年目标值), the same months of it
/// (上年同期: a part of the year) nor a final account's 上年数 beside 本年数 (its money of last
/// year is read for nothing).
fn last_years_results(cell: &str) -> bool {
    let c = cell.trim_ws();
    let Some(rest) = ["上一年度", "上一年", "上年度", "上年", "去年"].iter().find_map(|w| c.strip_prefix(w))
    else {
        return false;
    };
    matches!(rest, "" | "完成值" | "完成数" | "实际完成值" | "实际完成数" | "实际值" | "实际" | "完成情况" | "指标值")
}

/// In a header of a table of counts (no money, no rate of spending) where last year's results
/// stand beside this year's (上年 | 本年 | 同比; 上年完成值 | 本年目标值 | 本年实际完成值): the
/// index among `roles` of last year's column. `cells` are the header's cells, `roles` what
/// `cells::header` made of them, one a cell that has one.
pub fn last_years_column(cells: &[&str], roles: &[Role]) -> Option<usize> {
    let money = roles.iter().any(|r| {
        matches!(
            r,
            Role::Budget | Role::BudgetInitial | Role::Actual | Role::Rate | Role::Staff | Role::Quota | Role::Year(_)
        )
    });
    let this_year = roles.iter().any(|r| matches!(r, Role::Current | Role::Result));
    if money || !this_year {
        return None;
    }
    let named: Vec<&str> = cells.iter().copied().filter(|c| super::cells::role(c).is_some()).collect();
    if named.len() != roles.len() {
        return None;
    }
    let i = named.iter().position(|c| last_years_results(c))?;
    (roles[i] == Role::Skip && named.iter().filter(|c| last_years_results(c)).count() == 1).then_some(i)
}

/// A cell stating a bound in words (控制在600人以内, 不低于95%, 不少于20场次, 30人以上, and the
/// sign's words glued to the figure as the 指标性质 column's 大于等于 / 小于等于 are, 大于等于300人,
/// 小于15%, 高于90%): an indicator's target written out, short, with its figure.
fn worded_bound(c: &str) -> bool {
    let t = c.trim();
    t.chars().count() <= 16
        && t.contains(|ch: char| ch.is_ascii_digit())
        && (["以内", "以上", "以下", "不低于", "不少于", "不高于", "不超过", "控制在", "不多于"]
            .iter()
            .any(|w| t.contains(w))
            || ["大于", "小于", "高于", "低于"].iter().any(|w| {
                t.strip_prefix(w)
                    .map(|r| r.strip_prefix("等于").unwrap_or(r))
                    .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
            }))
}

/// A cell of the 指标方向 column (正向 / 反向, 正向指标, 逆向, 越高越好): how a figure is judged,
/// no value and no name.
fn is_direction(cell: &str) -> bool {
    matches!(
        cell.trim(),
        "正向"
            | "反向"
            | "逆向"
            | "正向指标"
            | "反向指标"
            | "逆向指标"
            | "越大越好"
            | "越小越好"
            | "越高越好"
            | "越低越好"
    )
}

/// A row of an indicator table with a 指标方向 column and a 计量单位 column standing before
/// the figures (尿检 | 正向 | 人次 | 1600 | 1745 | 109.06%, 破获毒品刑事案件 | 起 | ≥ | 15 | 19): the
/// direction dropped and the unit joined to the bare figures after it, so that the row's name
/// is the indicator's, not its unit's (a unit after its figure is joined by `merge_sign_and_unit`).
fn direction_and_unit_columns(cells: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(cells.len());
    // (joined to the two figures after it, the target's and the value's: the 分值 / 得分 after
    // them are points)
    let mut unit: Option<(&str, usize)> = None;
    for (i, c) in cells.iter().enumerate() {
        let t = c.trim();
        if is_direction(t) {
            continue;
        }
        // a unit cell with a figure after it (past a sign cell) and no figure before it
        let before_figures = super::cells::is_unit_cell(t)
            && !out.last().is_some_and(|p| is_value(p))
            && cells[i + 1..].iter().map(|c| c.trim()).find(|c| !is_sign(c) && !is_direction(c)).is_some_and(is_value);
        if before_figures {
            unit = Some((t, 2));
            continue;
        }
        match unit {
            Some((u, n)) if n > 0 && is_value(t) => {
                unit = Some((u, n - 1));
                if t.ends_with(|ch: char| ch.is_ascii_digit()) && !t.contains('%') {
                    out.push(format!("{t}{u}"));
                } else {
                    out.push(c.to_string());
                }
            }
            _ => out.push(c.to_string()),
        }
    }
    out
}

/// A cell of a scoring table stating what was found (实际支出89.3万元，执行率94%; 开展宣传活动152场):
/// longer than a label, with a figure, and no rule of the marking (≥95%得满分, 每少1场扣0.5分).
fn finding_cell(c: &str) -> bool {
    let t = c.trim();
    t.chars().count() > 8
        && t.contains(|ch: char| ch.is_ascii_digit())
        && !is_value(t)
        && !worded_bound(t)
        && !["满分", "扣", "得分", "计分", "不得分", "分值"].iter().any(|w| t.contains(w))
}

/// A cell of a scoring table's rule of points (完成80场得满分, 每降低1%扣0.5分, 未完成不得分).
fn scoring_rule(c: &str) -> bool {
    ["满分", "扣", "不得分", "计分", "得分"].iter().any(|w| c.contains(w))
}

/// In a scoring table's row (分值 | 评分标准 | 自评结果 | 得分), the result alone in the cell right
/// before the score's, after the points' and the rule's (禁毒宣传场次 | 10 | 完成80场得满分 | 86场 |
/// 10; 预算执行率 | 10 | 每降低1%扣0.5分 | 96.5% | 8.25): the row's name and that value. The value
/// names its counter or is a percentage; a bare number is points.
fn result_before_score<'a>(cells: &[&'a str], first_val: usize) -> Option<(&'a str, &'a str)> {
    let filled: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
    let [.., rule, done, score] = filled.as_slice() else { return None };
    let counted = number::scan(done).first().is_some_and(|n| matches!(n.unit, Unit::Count(_) | Unit::Percent));
    if !(scoring_rule(rule) && is_value(done) && counted && is_value(score)) {
        return None;
    }
    let name = cells[..first_val].iter().rev().map(|c| c.trim()).find(|c| {
        let n = c.chars().count();
        (2..=20).contains(&n) && !c.contains(|ch: char| ch.is_ascii_digit())
    })?;
    Some((name, done))
}

/// In a scoring table's row, a cell of a bound (≥20起, ≤10%, 不低于95%) and the cell right after it of
/// a bare value with the same counter (24起, 6.3%): the name of the row (its last cell of words
/// before the bound) and that value.
fn bound_then_done<'a>(cells: &[&'a str]) -> Option<(&'a str, &'a str)> {
    let counter = |c: &str| c.trim_start_matches(|ch: char| ch.is_ascii_digit() || ch == '.').to_string();
    (0..cells.len().saturating_sub(1)).find_map(|w| {
        let (b, v) = (cells[w].trim(), cells[w + 1].trim());
        let bound = ["≥", "≤", "＞", "＜", ">", "<", "不低于", "不少于", "不高于", "不超过"]
            .iter()
            .find_map(|s| b.strip_prefix(s))?;
        let bound = bound.trim();
        let plain = v.starts_with(|ch: char| ch.is_ascii_digit()) && is_value(v) && !counter(v).is_empty();
        if !plain || counter(bound) != counter(v) {
            return None;
        }
        let name = cells[..w].iter().rev().map(|c| c.trim()).find(|c| {
            let n = c.chars().count();
            (2..=20).contains(&n) && !c.contains(|ch: char| ch.is_ascii_digit())
        })?;
        Some((name, v))
    })
}

/// A target stated as a trend, with no figure (逐年下降, 较上年减少, 稳步提升, 有效控制, 持续降低),
/// or as none set (不设目标, （不设目标）, 不作要求).
fn trend_target(c: &str) -> bool {
    let t = c.trim();
    let n = t.chars().count();
    (2..=10).contains(&n)
        && !t.contains(|ch: char| ch.is_ascii_digit())
        && [
            "下降",
            "减少",
            "降低",
            "上升",
            "提升",
            "提高",
            "增加",
            "增长",
            "控制",
            "稳定",
            "好转",
            "不低于上年",
            "不高于上年",
            "不设",
            "不作要求",
        ]
        .iter()
        .any(|w| t.contains(w))
}

fn money_field(label: &str, role: Role, kind: Kind) -> Option<Field> {
    super::money::field_of_label(label, matches!(role, Role::Budget | Role::BudgetInitial), kind)
}

/// A row under a city's table of counts by county (`places_counts_header`, its figures from
/// `lead` on): its label — a county's (华容县), the whole's (合计, 全市) or another's (市直,
/// 其他县（市、区）) — and the cells from the label on, for a county's part ending on it. None
/// for a row of another shape (the table has ended).
pub fn places_counts_row<'c>(cells: &'c [&'c str], lead: usize, columns: usize) -> Option<(&'c str, &'c [&'c str])> {
    if cells.len() != lead + columns {
        return None;
    }
    let label = cells[lead - 1].trim_ws();
    (!label.is_empty()
        && !is_value(label)
        && cells[..lead - 1].iter().all(|c| c.trim_ws().bytes().all(|b| b.is_ascii_digit())))
    .then(|| (label, &cells[lead - 1..]))
}

/// A table of several rows each of its own, whose every row is a record of its own: a city's
/// table of its counties (县（市、区） | 预算数 | 执行数 | 执行率, rows 华容县 … 合计), and a
/// department's summary table of its projects' self-evaluations (项目名称 | 预算数 | 执行数 | 执行率 |
/// 自评得分, a row per project).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Many {
    Places,
    Projects,
}

/// What table of rows each of its own a header opens, by its label cells (those before its
/// columns' roles) and its roles: only tables with money columns (and, of projects, a score's).
pub fn many_of(label: &str, roles: &[Role]) -> Option<Many> {
    let money = roles.iter().any(|r| matches!(r, Role::Budget | Role::BudgetInitial | Role::Actual));
    if !money || roles.iter().any(|r| matches!(r, Role::Result | Role::Target | Role::Year(_) | Role::Current)) {
        return None;
    }
    if places_column(label) {
        return Some(Many::Places);
    }
    // (a form's own money table — 项目 | 年初预算数 | … | 分值 | 执行率 | 得分 — scores the form, and
    // has points beside its score: no table of projects)
    let l = label.trim_ws();
    let l = l.strip_prefix("序号").unwrap_or(l).trim_ws();
    // (…and the columns of words beside the project's name: 项目名称 | 主管部门 | 实施单位 | 预算数 …)
    let named = l.strip_prefix("项目名称").is_some_and(|rest| {
        let mut rest = rest;
        while let Some(r) = ["主管部门", "实施单位", "项目单位", "责任单位", "项目类别", "资金来源"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
        {
            rest = r;
        }
        rest.is_empty()
    });
    (named && roles.contains(&Role::Score) && !roles.contains(&Role::Points)).then_some(Many::Projects)
}

/// A project's row in a department's table of projects: a name, not the sum's (合计), the score's
/// or a form's row of its funds or their parts (年度资金总额, 其中：基本支出).
pub fn project_row(label: &str) -> bool {
    !label.is_empty()
        && !is_sum_label(label)
        && !is_score_label(label)
        && !label.starts_with("其中")
        && !label.contains("资金总额")
        && !label.contains("年度资金")
        && !["基本支出", "项目支出", "人员经费", "公用经费", "三公", "财政拨款", "结转", "其他资金"]
            .iter()
            .any(|w| label.contains(w))
}

/// A row's label in a table of places: a county's name (华容县), or the row of the whole
/// (合计, 全市, 全市合计) — `Some(true)` for the whole. None for another row (市本级, 市直, 其他县).
pub fn place_row(label: &str) -> Option<bool> {
    let l = label.trim_ws();
    if super::cells::sum_row(l) || matches!(l, "全市合计" | "全州" | "全州合计" | "全盟" | "全盟合计" | "总体")
    {
        return Some(true);
    }
    if !l.ends_with(['县', '区', '市', '旗']) {
        return None;
    }
    let g = super::regions::Gazetteer::global();
    g.county_named(l, "").map(|_| false)
}

/// The rank of the figures of a row of a table whose rows are each a record of its own (`Many`):
/// each such row read replaces the one before it, so that a part of the text ending on a
/// county's row (or a project's) reads that row alone, under the table's header.
pub const ROW_OF_MANY: u8 = 3;

/// Candidates of one data row under `h`.
pub fn row(p: &Para, h: &Header, kind: Kind, out: &mut Vec<Candidate>, targets: &mut Vec<Candidate>) {
    // a table whose rows are each a record of its own: the row read as the whole's (its label
    // is its place or project), its figures replacing those of the row before it
    // (a table of the “三公” costs alone is read as such)
    // (…or a header of money columns alone under a row naming them over the places' column —
    // 县（市、区） | 禁毒专项经费（万元） / | 预算数 | 执行数 | 执行率 —: its counties' rows)
    let loose = h.label.is_empty() && !h.roles.contains(&Role::Points);
    let many = many_of(&h.label, &h.roles).or_else(|| {
        let money = h.roles.iter().any(|r| matches!(r, Role::Budget | Role::BudgetInitial | Role::Actual));
        let other = h.roles.iter().any(|r| matches!(r, Role::Result | Role::Target | Role::Year(_) | Role::Current));
        (loose && money && !other).then_some(Many::Places)
    });
    if let Some(many) = many.filter(|_| !h.sangong) {
        let cells: Vec<&str> = p.text.split('\t').collect();
        // (a row's number: under 序号, or a number before a name)
        let digits = |c: &str| !c.trim().is_empty() && c.trim().bytes().all(|b| b.is_ascii_digit());
        let numbered = usize::from(cells.first().is_some_and(|c| {
            (h.label.starts_with("序号") && c.trim().bytes().all(|b| b.is_ascii_digit()))
                || digits(c) && cells.get(1).is_some_and(|n| !n.trim().is_empty() && !is_value(n))
        }));
        let first_val = cells.iter().skip(numbered).position(|c| is_value(c)).map_or(cells.len(), |i| i + numbered);
        let label: String = cells[numbered.min(first_val)..first_val].iter().map(|c| c.trim()).collect();
        let place = place_row(&label);
        let own = match many {
            // (under a header of money columns alone, a county's row only: a sum's is read as before)
            Many::Places => place.is_some() && !(h.label.is_empty() && place == Some(true)),
            // (a project's row, not the sum's)
            Many::Projects => project_row(&label),
        };
        if own {
            // (a county's row replaces the row before it — a county's, or the whole's 合计 read
            // first —, known by its snippet, the row's cells opening on a place's name; the
            // whole's row replaces a county's; a project's row by its rank)
            let whole = place == Some(true);
            match many {
                Many::Places => out.retain(|c| {
                    // (after the row's number, if any: 1 华容县 120 …)
                    let mut words = c.snippet.split(' ');
                    let first = words.next().unwrap_or("");
                    let first =
                        if first.bytes().all(|b| b.is_ascii_digit()) { words.next().unwrap_or("") } else { first };
                    place_row(first).is_none_or(|w| whole && w)
                }),
                Many::Projects => out.retain(|c| c.rank != ROW_OF_MANY),
            }
            let c0 = out.len();
            let mut as_whole: Vec<&str> = vec!["年度资金总额"];
            as_whole.extend(&cells[first_val..]);
            let whole = Para { text: as_whole.join("\t"), starts: p.starts.clone(), heading: false, table_row: true };
            let h_whole = Header { label: String::new(), ..h.clone() };
            row_read(&whole, &h_whole, kind, out, targets);
            // (…and its own 自评得分, where no points stand beside it)
            let score = h.roles.iter().position(|r| *r == Role::Score).filter(|_| !h.roles.contains(&Role::Points));
            if let Some(cell) = score.and_then(|i| cells.get(first_val + i)) {
                if let Some(n) =
                    number::scan(cell).into_iter().next().filter(|n| matches!(n.unit, Unit::None | Unit::Score))
                {
                    out.push(Candidate::plain(Field::SelfScore, n.value, n.qualifier, p.first_line(), String::new()));
                }
            }
            let snippet = p.text.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" ");
            // (a county's figures give way to any the text states itself, should its table not
            // have been cut into the counties' parts)
            for c in &mut out[c0..] {
                if many == Many::Projects || place == Some(false) {
                    c.rank = ROW_OF_MANY;
                }
                c.snippet.clone_from(&snippet);
                c.line = p.first_line();
            }
            return;
        }
    }
    row_read(p, h, kind, out, targets)
}

fn row_read(p: &Para, h: &Header, kind: Kind, out: &mut Vec<Candidate>, targets: &mut Vec<Candidate>) {
    let raw: Vec<&str> = p.text.split('\t').collect();
    let raw = direction_and_unit_columns(&raw);
    let raw: Vec<&str> = raw.iter().map(String::as_str).collect();
    let merged = super::cells::merge_sign_and_unit(&raw);
    let cells: Vec<&str> = merged.iter().map(String::as_str).collect();
    // (a row's number under a header opening on 序号 — 1 | 破获毒品刑事案件 | 起 | 11 | 14 — is
    // no value: the row's name and figures follow it)
    let numbered = usize::from(
        h.label.starts_with("序号")
            && cells.first().is_some_and(|c| !c.trim().is_empty() && c.trim().bytes().all(|b| b.is_ascii_digit())),
    );
    // (a target in words — 控制在600人以内, 不低于95% — is a value cell too, the row's name before it)
    let Some(first_val) =
        cells.iter().skip(numbered).position(|c| is_value(c) || worded_bound(c)).map(|i| i + numbered)
    else {
        // a row of sentences (年度总体目标: 预期目标 / 实际完成情况): the last is what was done,
        // the ones before it what was planned
        let prose: Vec<&str> = cells.iter().copied().filter(|c| c.chars().count() > 12).collect();
        if let Some((done, planned)) = prose.split_last() {
            let at = |c: &str| p.line_at(p.text.find(c).unwrap_or(0));
            if h.roles.contains(&Role::Result) || prose.len() == 1 {
                read_as_sentence(done.to_string(), at(done), false, out, targets);
            }
            for c in planned {
                read_as_sentence(c.to_string(), at(c), true, &mut Vec::new(), targets);
            }
        }
        return;
    };
    // a scoring table's row (一级指标 | … | 分值 | 评分要点 | 自评情况 | 得分): the sentences its
    // cells of findings state (调整预算145.20万元，实际支出141.38万元，执行率97.37%; 查处吸毒人员
    // 63人次) read as prose — the points and scores beside them are no figures of the unit's
    if !h.paperwork
        && !h.roles.is_empty()
        && h.roles.iter().all(|r| matches!(r, Role::Points | Role::Score | Role::Skip))
    {
        // (a finding of sums under a row naming their part of the spending — 基本支出 | 5 |
        // 预算52万元，支出51.6万元 — is that part's: the row's name is put before it)
        let row_name = cells[..first_val].iter().rev().map(|c| c.trim()).find(|c| !c.is_empty()).unwrap_or("");
        let part = super::money::names_part(row_name).then_some(row_name);
        for c in cells.iter().copied().filter(|c| finding_cell(c)) {
            let text = match part {
                Some(name) if !super::money::names_part(c) && c.contains('元') => format!("{name}：{}", c.trim()),
                _ => c.trim().to_string(),
            };
            let para = Para {
                text,
                starts: vec![(0, p.line_at(p.text.find(c).unwrap_or(0)))],
                heading: false,
                table_row: false,
            };
            for s in super::sentence::sentences(&para, false) {
                super::money::scan(&s, kind, false, false, out, &mut Vec::new());
                super::counts::scan(&s, out, targets, &|_| false);
            }
        }
        // (an indicator's bound and what was done in two cells side by side under columns of no
        // role — 指标解释 | 评分标准 holding ≥20起 | 24起 —: the row's name and the value done, as
        // a clause, 破获毒品刑事案件24起; the bound is a target, no value)
        if let Some((name, done)) = bound_then_done(&cells) {
            read_as_sentence(format!("{name}{done}"), p.line_at(p.text.find(done).unwrap_or(0)), false, out, targets);
        } else if let Some((name, done)) = result_before_score(&cells, first_val) {
            // (…or the row's result alone in its cell between the rule's words and the score —
            // 禁毒宣传场次 | 10 | 完成80场得满分 | 86场 | 10 —: the row's name and that value; the
            // figure of the rule is a target)
            read_as_sentence(format!("{name}{done}"), p.line_at(p.text.find(done).unwrap_or(0)), false, out, targets);
        }
    }
    // (a target in words of a trend, no figure — 逐年下降, 较上年减少, 稳步提升 — under the target's
    // column right before the value's: the target's cell, the row's name before it)
    let tgt_before_result = h.roles.iter().position(|r| *r == Role::Target).is_some_and(|t| {
        h.roles.iter().filter(|r| **r != Role::Points && **r != Role::Score).position(|r| *r == Role::Result)
            == Some(t + 1)
            && h.roles.first() == Some(&Role::Target)
    });
    let first_val = if tgt_before_result && first_val >= 2 && trend_target(cells[first_val - 1]) {
        first_val - 1
    } else {
        first_val
    };
    let mut label: String = cells[numbered..first_val].iter().map(|c| c.trim()).collect::<Vec<_>>().join("");
    // a money row without a label under a header naming the funds (项目资金（万元） spanning
    // its header and its one row): the funds' total
    // …or under a header of money columns alone (预算数（万元） / 执行数（万元） / 执行率)
    let money_header = h.label.contains("资金")
        || h.label.contains("预算")
        || h.label.is_empty() && h.roles.first().is_some_and(|r| matches!(r, Role::Budget | Role::BudgetInitial));
    // (a row of more values than the header has columns of roles holds a value under a label
    // cell of the header too — 年度预算数 全年执行数 预算执行率 over 45 43.2 96%: which value
    // stands under which column is not known, and none is read)
    let used = cells.iter().rposition(|c| !c.trim().is_empty()).map_or(first_val, |i| i + 1);
    let money_columns = h.roles.iter().any(|r| matches!(r, Role::Budget | Role::BudgetInitial | Role::Actual));
    if label.is_empty() && money_columns && used - first_val > h.roles.len() && !h.label.is_empty() {
        return;
    }
    if h.sangong && matches!(label.trim_end_matches(['：', ':']), "合计" | "总计" | "小计" | "") {
        label = "“三公”经费合计".to_string();
    } else if label.is_empty() && money_header && h.roles.contains(&Role::Actual) {
        label = "年度资金总额".to_string();
    }
    let values = &cells[first_val..];
    // (last year's result beside this year's: marked with its year — the scanner makes it that
    // year's record —, as a table of years side by side has it; not a total's or a score's row)
    if let Some((i, year)) = h.last_year {
        if let Some(cell) = values.get(i).filter(|c| !c.trim().is_empty() && !is_score_label(&label)) {
            read_of_year(count_cell(&label, cell), p.line_at(p.text.find(cell).unwrap_or(0)), (year, 2), out);
        }
    }
    // (a row's label stating its own money unit — 合计（元）, 年度资金总额(元) — rules over the
    // table's)
    let scale = if label.contains('元') { super::cells::money_scale(&label).unwrap_or(h.scale) } else { h.scale };
    let snippet = p.text.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" ");
    let offset_of = |cell: &str| p.text.find(cell).unwrap_or(0);
    let cand = |field: Field, v: f64, q: Qualifier, cell: &str| {
        Candidate::plain(field, v, q, p.line_at(offset_of(cell)), snippet.clone())
    };
    let has = |r: Role| h.roles.contains(&r);
    // a row of the execution rate alone under money columns (项目资金 / 年初预算数 / 全年预算数 /
    // 全年执行数, then 执行率 | 97.10%): its one percentage is the rate, whichever column it
    // stands under
    let rate_label = label.trim_end_matches(['：', ':']);
    if !has(Role::Rate)
        && !h.roles.iter().any(|r| matches!(r, Role::Year(_)))
        && (rate_label == "执行率" || rate_label == "预算执行率" || rate_label == "资金执行率")
        && h.roles.iter().any(|r| matches!(r, Role::Budget | Role::BudgetInitial | Role::Actual))
    {
        let filled: Vec<&str> = values.iter().copied().filter(|c| !c.trim().is_empty()).collect();
        if let [cell] = filled.as_slice() {
            if let Some(n) = number::scan(cell).into_iter().next().filter(|n| n.unit == Unit::Percent) {
                out.push(cand(Field::ExecutionRateStated, n.value, n.qualifier, cell));
            }
        }
        return;
    }
    // a table of years side by side: the row's figure in the record's year's column, read
    // with the row's label as a sentence (破获毒品刑事案件（起） / 14); each other year's count
    // too, marked with its year (the scanner makes an earlier year's its own record and drops a
    // later one's) — in a summary, and in a report of the year's spending (指标 | 2022年 | 2023年
    // in its 履职 part: each year column that year's record; its money of another year is read
    // for nothing, as 上年数 is)
    if h.roles.iter().any(|r| matches!(r, Role::Year(_))) {
        let years = h.roles.iter().filter(|r| matches!(r, Role::Year(_))).count();
        // (a column of the rows' counters under 单位 / 计量单位 — 破获毒品刑事案件 | 起 | 11 | 14 —:
        // each figure read with its counter, 破获毒品刑事案件14起)
        let counter = (h.label.ends_with("单位") && first_val > numbered + 1)
            .then(|| cells[first_val - 1].trim())
            .filter(|c| (1..=3).contains(&c.chars().count()) && !c.contains(|ch: char| ch.is_ascii_digit()));
        let label = match counter {
            Some(c) => label.strip_suffix(c).unwrap_or(&label).to_string(),
            None => label,
        };
        let counted = |cell: &str| match counter {
            Some(c) if !cell.trim().is_empty() => format!("{}{c}", cell.trim()),
            _ => cell.to_string(),
        };
        if h.year_col.is_some() {
            for (i, r) in h.roles.iter().enumerate() {
                let (Role::Year(n), Some(cell)) = (r, values.get(i)) else { continue };
                if Some(i) == h.year_col || cell.trim().is_empty() {
                    continue;
                }
                read_of_year(count_cell(&label, &counted(cell)), p.line_at(offset_of(cell)), (*n, years), out);
            }
        }
        if let Some(cell) = h.year_col.and_then(|i| values.get(i)) {
            let text = format!("{label}{}", counted(cell));
            // (a row of sums naming its unit, 预算数（万元） / 135, is read for money too; and so is a
            // bare sum under a label of a budget's stage or part — 年初预算 / 156.00, 其中：基本支出 /
            // 71.02 — in the table's unit, 万元 unless its caption says otherwise)
            let bare_sum = cell.trim().replace(',', "").parse::<f64>().ok().filter(|_| {
                super::money::stage_of_label(&label).is_some()
                    || super::money::field_of_label(&label, false, kind).is_some()
            });
            if super::money::SUM_LABEL.is_match(&label) || bare_sum.is_some() {
                let text = match bare_sum {
                    Some(v) => format!("{label}{}万元", crate::model::fmt_num(v * scale)),
                    None => text.clone(),
                };
                let para =
                    Para { text, starts: vec![(0, p.line_at(offset_of(cell)))], heading: false, table_row: false };
                for s in super::sentence::sentences(&para, false) {
                    super::money::scan(&s, kind, false, false, out, &mut Vec::new());
                }
            }
            read_as_sentence(count_cell(&label, &counted(cell)), p.line_at(offset_of(cell)), false, out, targets);
        }
        return;
    }
    let named_score = is_score_label(&label);
    let total_row = named_score || is_sum_label(&label);
    if has(Role::Result) {
        if total_row {
            score_cell(h, values, named_score, &cand, out);
            return;
        }
        // an indicator row: the name and the actual value, read as a sentence; the target
        // is never a result
        // (a 权重 column before the target's, 指标内容 | 权重 | 年度目标 | 实际完成 | 得分, with a cell
        // under each column: the result under its own column)
        let weight_first = h.roles.first() == Some(&Role::Points)
            && values.iter().filter(|c| !c.trim().is_empty()).count() >= h.roles.len();
        let res_i = if weight_first {
            h.roles.iter().position(|r| *r == Role::Result)
        } else {
            h.roles.iter().filter(|r| **r != Role::Points && **r != Role::Score).position(|r| *r == Role::Result)
        };
        let tgt_i = h.roles.iter().position(|r| *r == Role::Target);
        let Some(ri) = res_i else { return };
        let Some(result) = values.get(ri) else { return };
        let target = tgt_i.and_then(|t| values.get(t)).copied().unwrap_or("");
        // (an indicator's name cut in two by a space inside its cell, in a row flattened with
        // spaces — 社区戒毒 社区康复人员 —: the cells of words after the levels' are its name)
        let level = |c: &str| {
            let t = c.split(['（', '(']).next().unwrap_or(c);
            t.ends_with("指标") || t.ends_with("目标")
        };
        let labels: Vec<&str> =
            cells[..first_val].iter().map(|c| c.trim()).filter(|c| !c.is_empty() && !is_sign(c)).collect();
        let words = labels.iter().rev().take(3).take_while(|c| !level(c)).count().max(1).min(labels.len());
        let joined = labels[labels.len() - words..].concat();
        let name = if words > 1 { joined.as_str() } else { labels.last().copied().unwrap_or("") };
        // 指标1:侦破毒品刑事案件数 → the name after its number
        let name = name.split_once([':', '：']).map_or(name, |(a, b)| if a.starts_with("指标") { b } else { name });
        // (the merged cells of the indicator's levels glued before its name in a one-line form,
        // 产出指标数量指标社区戒毒社区康复人员: the name alone)
        let name = without_levels(name);
        let mut text = format!("{name}{}", result.trim());
        // a bare result borrows the target's unit (≥200人 / 210), else its name's (毛发检测人数)
        if let Some(r) = number::scan(result).first().filter(|n| n.unit == Unit::None) {
            let t = number::scan(target).first().map(|t| (t.unit, t.value));
            let from_target = t.and_then(|(u, _)| match u {
                Unit::Percent => Some("%"),
                Unit::Count(c) => Some(c),
                Unit::Score => Some("分"),
                _ => None,
            });
            // a rate kept as a spreadsheet stores it (0.984 under ≥95%, 0.092 under ≤15%, 1
            // under 100%): the fraction of a percentage
            // (the cell the figure's digits alone)
            if let Some((Unit::Percent, tv)) = t.filter(|_| result.get(r.num_start..r.num_end) == Some(result.trim())) {
                if fraction_of_percent(r.value, result.contains('.'), tv) {
                    text = format!("{name}{}", crate::model::fmt_num(r.value * 100.0));
                }
            }
            text.push_str(from_target.unwrap_or_else(|| unit_of_name(name)));
        }
        let mut found = Vec::new();
        let mut found_targets = Vec::new();
        read_as_sentence(text, p.line_at(offset_of(result)), false, &mut found, &mut found_targets);
        // the target cell, read as a target whatever its wording
        read_as_sentence(
            format!("{name}{}", target.trim()),
            p.line_at(offset_of(target)),
            true,
            &mut Vec::new(),
            &mut found_targets,
        );
        let fix = |mut c: Candidate| {
            c.snippet = snippet.clone();
            c
        };
        out.extend(found.into_iter().map(fix));
        targets.extend(found_targets.into_iter().map(fix));
        return;
    }
    if total_row && has(Role::Score) && !has(Role::Budget) && !has(Role::Actual) || named_score {
        score_cell(h, values, named_score, &cand, out);
        return;
    }
    // the staff row of a basic-data table (编制数 / 实际在职人数)
    if has(Role::Quota) || has(Role::Staff) {
        if label.contains("其中") || label.contains("退休") || label.contains("编外") || label.contains("聘") {
            return;
        }
        for (i, r) in h.roles.iter().enumerate() {
            let Some(cell) = values.get(i) else { break };
            let Some(n) = number::scan(cell).into_iter().next() else { continue };
            let field = match r {
                Role::Quota => Field::StaffQuota,
                Role::Staff => Field::StaffActual,
                _ => continue,
            };
            if n.value.fract() == 0.0 && matches!(n.unit, Unit::None | Unit::Count(_)) {
                out.push(cand(field, n.value, n.qualifier, cell));
            }
        }
        return;
    }
    // this year's column beside last year's (本年数 / 上年数): the row's label names the sum
    // (年度预算, 实际支出) or a part of the one above it (其中：基本支出)
    if let Some(ci) = h.roles.iter().position(|r| *r == Role::Current) {
        // (a row's one figure when the columns before this year's are left empty: 本年支出合计 |
        // (行次) | 87.3)
        let Some(cell) = values.get(ci).or(values.first().filter(|_| values.len() == 1)) else { return };
        let Some(n) = number::scan(cell).into_iter().next() else { return };
        if label.contains("执行率") || label.contains("支出率") {
            if n.unit == Unit::Percent {
                out.push(cand(Field::ExecutionRateStated, n.value, n.qualifier, cell));
            }
            return;
        }
        if n.unit == Unit::Percent {
            return;
        }
        let own = super::money::stage_of_label(&label);
        // (a count beside last year's, 刑事拘留（人） / 11 / 10: read with its label as a cell)
        if matches!(n.unit, Unit::Count(_) | Unit::None)
            && own.is_none()
            && money_field(&label, Role::Budget, kind).is_none()
            && money_field(&label, Role::Actual, kind).is_none()
            && !label.contains(['元', '费', '金'])
        {
            read_as_sentence(format!("{label}：{}", cell.trim()), p.line_at(offset_of(cell)), false, out, targets);
            return;
        }
        let part = label.starts_with("其中") || super::money::names_part(&label);
        h.stage.set(own.or(if part { h.stage.get() } else { None }));
        let Some(budget) = h.stage.get() else { return };
        let role = if budget { Role::Budget } else { Role::Actual };
        // (a label of a stage alone, 年度预算 / 决算数, is the unit's total)
        let total = if budget { Field::BudgetTotal } else { Field::ActualTotal };
        if let Some(f) = money_field(&label, role, kind).or((own.is_some() && !part).then_some(total)) {
            let v = if n.is_money() { n.value } else { n.value * scale };
            out.push(cand(f, v, n.qualifier, cell));
        }
        return;
    }
    let budget_col = if has(Role::Budget) { Role::Budget } else { Role::BudgetInitial };
    // a sub-row of a 部门整体支出绩效自评表 with two figures under three money columns
    // (基本支出 60.2 58.9 under 年初预算数 / 全年预算数 / 全年执行数): the full-year budget and
    // what was spent — the 年初预算数 is the cell left empty, a self-evaluation's point being
    // the spending
    let filled: Vec<&str> = values.iter().copied().filter(|c| !c.trim().is_empty()).collect();
    let two_of_three = has(Role::BudgetInitial)
        && has(Role::Budget)
        && has(Role::Actual)
        && filled.len() == 2
        && filled.iter().all(|c| !number::scan(c).is_empty());
    let roles: Vec<Role> = if two_of_three {
        vec![Role::Budget, Role::Actual]
    } else if initial_dropped(&h.roles, &filled) {
        h.roles[1..].to_vec()
    } else {
        h.roles.clone()
    };
    let values: &[&str] = if two_of_three || roles.len() < h.roles.len() { &filled } else { values };
    // a row of no money under money columns with a count in it (查获吸毒人员 ≥30人次 38人次, an
    // indicator set in the money table of a page laid out by pdftotext): read as a sentence,
    // its cells as clauses (the bound a target, the count after it the result)
    if money_field(&label, Role::Budget, kind).is_none()
        && money_field(&label, Role::Actual, kind).is_none()
        && !label.is_empty()
        // (a scoring table's rule of points — 完成80场得满分 — is no clause of the row's result)
        && !(h.roles.iter().all(|r| matches!(r, Role::Points | Role::Score | Role::Skip))
            && filled.iter().any(|c| scoring_rule(c)))
        // (a count's cell holds a digit and a word of its unit: bare sums are passed over unread)
        && filled.iter().any(|c| {
            c.bytes().any(|b| b >= 0xE0)
                && c.bytes().any(|b| b.is_ascii_digit())
                && number::scan(c).iter().any(|n| matches!(n.unit, Unit::Count(_)))
        })
    {
        let text = format!("{label}{}", filled.iter().map(|c| c.trim()).collect::<Vec<_>>().join("，"));
        let (mut found, mut found_targets) = (Vec::new(), Vec::new());
        read_as_sentence(text, p.first_line(), false, &mut found, &mut found_targets);
        // (the row as it stands is the snippet)
        let fix = |mut c: Candidate| {
            c.snippet = snippet.clone();
            c
        };
        out.extend(found.into_iter().map(fix));
        targets.extend(found_targets.into_iter().map(fix));
        return;
    }
    for (i, r) in roles.iter().enumerate() {
        let Some(cell) = values.get(i) else { break };
        let Some(n) = number::scan(cell).into_iter().next() else { continue };
        match r {
            Role::Budget | Role::BudgetInitial | Role::Actual => {
                if *r == Role::BudgetInitial && budget_col == Role::Budget {
                    continue;
                }
                if let Some(f) = money_field(&label, *r, kind) {
                    // table money is in the table's unit (万元 unless its caption or header
                    // says 元 or 千元); a cell with its own unit is already converted
                    let v = if n.is_money() { n.value } else { n.value * scale };
                    out.push(cand(f, v, n.qualifier, cell));
                }
            }
            Role::Rate if money_field(&label, Role::Actual, kind).is_some_and(|f| f == Field::ActualTotal) => {
                // (a row short of a cell puts another figure under 执行率: the rate is the one
                // written with %, when one is)
                let (n, cell) = match values.iter().find(|c| c.contains('%')) {
                    Some(pc) if !cell.contains('%') => match number::scan(pc).into_iter().next() {
                        Some(m) => (m, *pc),
                        None => continue,
                    },
                    _ => (n, *cell),
                };
                // (a rate written as a fraction, as a spreadsheet stores it: 0.9813 is 98.13%)
                let v = if !cell.contains('%') && n.value > 0.0 && n.value <= 1.2 { n.value * 100.0 } else { n.value };
                out.push(cand(Field::ExecutionRateStated, v, n.qualifier, cell));
            }
            _ => {}
        }
    }
}

/// A money row flattened with spaces loses its empty cells: under 年初预算数 / 全年预算数 /
/// 全年执行数 / 分值 / 执行率 / 得分, "年度资金总额 30 27.6 10 92% 9.2" has one figure too few
/// before its rate. Which one is gone — the 年初预算数 or the 分值 — the rate decides: 27.6/30
/// is 92%, so the first two are the full-year budget and the spending, and the 年初 cell was
/// empty.
fn initial_dropped(roles: &[Role], filled: &[&str]) -> bool {
    let Some(rate_at) = roles.iter().position(|r| *r == Role::Rate) else { return false };
    if roles.len() < 4 || roles[..3] != [Role::BudgetInitial, Role::Budget, Role::Actual] || rate_at < 3 {
        return false;
    }
    // (a row of two sums and dashes under the rest, “三公”经费 | (blank) | 3.00 | 1.85 | — | — | —:
    // one cell short of the header, the two sums the full-year budget and the spending — the
    // blank is the 年初预算数's, as in a row with a rate)
    let dash = |c: &str| matches!(c.trim(), "—" | "-" | "－" | "--" | "——" | "/" | "／");
    if filled.len() + 1 == roles.len()
        && filled.len() >= 3
        && filled[..2].iter().all(|c| !dash(c) && number::scan(c).first().is_some_and(|n| n.unit != Unit::Percent))
        && filled[2..].iter().all(|c| dash(c))
    {
        return true;
    }
    let Some(pct_at) = filled.iter().position(|c| c.contains('%')) else { return false };
    if pct_at + 1 != rate_at {
        return false;
    }
    let num = |c: &str| number::scan(c).first().map(|n| n.value);
    let (Some(a), Some(b), Some(rate)) = (num(filled[0]), num(filled[1]), num(filled[pct_at])) else { return false };
    // the spending over the budget, to the rate's written precision (and a little)
    a > 0.0 && (b / a * 100.0 - rate).abs() <= 0.6
}

/// The unit an indicator's name implies for a bare figure: 毛发检测人数 → 人, 尿检次数 → 次.
fn unit_of_name(name: &str) -> &'static str {
    let n = name.trim_end_matches(['（', '）', '(', ')', ' ']);
    if n.ends_with("人次") {
        "人次"
    } else if n.ends_with("场次") {
        "场次"
    } else if n.ends_with('率') || n.ends_with("占比") || n.ends_with("比例") {
        "%"
    } else if n.ends_with("人数") || n.ends_with("人员") || n.ends_with("人员数") {
        "人"
    } else if n.ends_with("起数") || n.ends_with("案件数") || n.ends_with("案件") {
        "起"
    } else if n.ends_with("次数") {
        "次"
    } else {
        ""
    }
}

/// Read a cell's text (name + value) by the prose rules, as if it stood on `line`.
/// A row's label and its cell as a sentence of a count: a bare count (刑事拘留 / 11) is its
/// label's cell, read as label：value, the counter its field asks for understood; a cell with
/// words of its own (118人次) follows its label.
fn count_cell(label: &str, cell: &str) -> String {
    let c = cell.trim();
    if !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        format!("{label}：{c}")
    } else {
        format!("{label}{c}")
    }
}

/// A row's figure under another year's column read as a sentence (its label and the cell), its
/// counts marked with that year (`list_year`: the year and how many year columns the table
/// has) — the scanner makes an earlier year's its own record; no target is read.
fn read_of_year(text: String, line: usize, list_year: (i32, usize), out: &mut Vec<Candidate>) {
    let mut of_year = Vec::new();
    read_as_sentence(text, line, false, &mut of_year, &mut Vec::new());
    out.extend(of_year.into_iter().map(|mut c| {
        c.list_year = Some(list_year);
        c
    }));
}

fn read_as_sentence(text: String, line: usize, target: bool, out: &mut Vec<Candidate>, targets: &mut Vec<Candidate>) {
    let para = Para { text, starts: vec![(0, line)], heading: false, table_row: false };
    for s in super::sentence::sentences(&para, target) {
        super::counts::scan(&s, out, targets, &|_| false);
    }
}

fn score_cell(
    h: &Header,
    values: &[&str],
    lone_ok: bool,
    cand: &dyn Fn(Field, f64, Qualifier, &str) -> Candidate,
    out: &mut Vec<Candidate>,
) {
    if h.paperwork {
        return;
    }
    // the score is the numeric cell under 得分 (the last one when cells are missing); with a
    // 分值 column beside it, a lone figure in a 合计 row may be the points (合计 100, the
    // scores left blank), so only a row named 总分 gives it
    let vals: Vec<&str> = values.iter().copied().filter(|c| is_value(c) && !number::scan(c).is_empty()).collect();
    let Some(si) = h.roles.iter().position(|r| *r == Role::Score) else {
        // a 总分 row under columns that are not the scores' (the goals' 预期目标 / 实际完成情况
        // when the indicator table was lost): its full marks and its score (总分 100 93.5),
        // or its score alone below full marks
        let num = |c: &str| number::scan(c).into_iter().next();
        let score = match vals.as_slice() {
            [full, score] if num(full).is_some_and(|n| n.value == 100.0) => Some(*score),
            [score] if num(score).is_some_and(|n| n.value < 100.0) => Some(*score),
            _ => None,
        };
        if let Some(cell) = score.filter(|_| lone_ok) {
            if let Some(n) = num(cell).filter(|n| n.value <= 100.0) {
                out.push(cand(Field::SelfScore, n.value, n.qualifier, cell));
            }
        }
        return;
    };
    if vals.len() < 2 && h.roles.contains(&Role::Points) && !lone_ok {
        return;
    }
    let cell = vals.get(si.min(vals.len().saturating_sub(1))).copied().unwrap_or("");
    if let Some(n) = number::scan(cell).into_iter().next() {
        if n.value <= 100.0 {
            out.push(cand(Field::SelfScore, n.value, n.qualifier, cell));
        }
    }
}

/// An indicator's name without the names of its first- and second-level indicators glued before
/// it, as a form flattened without spaces between merged cells gives it (产出指标数量指标社戒社康
/// 人员 → 社戒社康人员, 效益指标社会效益指标复吸率 → 复吸率, 满意度指标服务对象满意度指标群众满意度 →
/// 群众满意度). A name that is only a level's (数量指标), or that merely opens on one's words
/// (成本指标控制率), stays as it is.
fn without_levels(name: &str) -> &str {
    // (cheap test first: every level's name ends in 指标)
    if !name.contains("指标") {
        return name;
    }
    const LEVELS: [&str; 16] = [
        "产出指标",
        "效益指标",
        "满意度指标",
        "成本指标",
        "数量指标",
        "质量指标",
        "时效指标",
        "社会效益指标",
        "经济效益指标",
        "生态效益指标",
        "可持续影响指标",
        "服务对象满意度指标",
        "经济成本指标",
        "社会成本指标",
        "生态环境成本指标",
        "社会公众满意度指标",
    ];
    let mut rest = name;
    let mut levels = 0;
    while let Some(r) = LEVELS.iter().filter_map(|l| rest.strip_prefix(l)).min_by_key(|r| r.len()) {
        rest = r.trim_start_matches(' ');
        // (the level's points in brackets after it: 产出指标（40分）)
        if let Some(r) = rest.strip_prefix(['（', '(']) {
            if let Some((inner, after)) = r.split_once(['）', ')']) {
                if inner.trim_end_matches('分').parse::<f64>().is_ok() {
                    rest = after.trim_start_matches(' ');
                }
            }
        }
        levels += 1;
    }
    // (a name of two characters or more left after the levels, itself no level's)
    if levels >= 1 && rest.chars().count() >= 2 && !rest.ends_with("指标") {
        rest
    } else {
        name
    }
}

/// Is the table under `context` (the paragraph before it) a paperwork checklist
/// (考核评分表) rather than the unit's own results?
pub fn is_paperwork(context: &str) -> bool {
    // 自评工作考核评分表 grades how the paperwork was done; 绩效评价指标评分表 is the unit's own score
    context.contains("考核") || context.contains("自评工作") || context.contains("质量评")
}

/// Columns only a checklist of the paperwork has (考核评分表: 一级标准 / 二级标准, 扣分理由),
/// never the unit's own indicator table (一级指标, 年度指标值, 实际完成值, 得分). Why points were
/// taken off (扣分原因, 扣分说明) stands beside the unit's own scores too (评价指标 / 分值 / 得分 /
/// 扣分原因): a checklist's only when no column names the indicators.
pub fn is_checklist_header(cells: &[&str]) -> bool {
    let cells: Vec<String> = cells.iter().map(|c| c.chars().filter(|c| !c.is_whitespace()).collect()).collect();
    let indicators = cells.iter().any(|c| c.ends_with("指标") || c.ends_with("指标名称"));
    cells.iter().any(|c| match c.as_str() {
        "一级标准" | "二级标准" | "三级标准" | "扣分理由" => true,
        "扣分原因" | "扣分说明" => !indicators,
        _ => false,
    })
}

/// Is a bare result `v` under a percentage target `target` (≥95%, ≤15%, 100%) that rate as a
/// spreadsheet stores it, a fraction (0.984 for 98.4%)? Only a decimal below 1 under a target
/// above 1.2%, or 1 under a target of 90% or more: a result of 0.3 under ≤0.5% is 0.3%, and a
/// 1 under ≤15% is left as written.
fn fraction_of_percent(v: f64, decimal: bool, target: f64) -> bool {
    v > 0.0 && (v < 1.0 && decimal && target > 1.2 || v == 1.0 && target >= 90.0)
}

#[cfg(test)]
mod tests {
    fn read_rows(rows: &[&str], kind: Kind) -> Vec<(Field, f64, usize)> {
        let cells: Vec<&str> = rows[0].split('\t').collect();
        let roles = super::super::cells::header(&cells).expect("a header");
        let h = Header {
            label: cells.iter().take_while(|c| super::super::cells::role(c).is_none()).map(|c| c.trim()).collect(),
            roles,
            scale: 1.0,
            ..Default::default()
        };
        let (mut out, mut targets) = (Vec::new(), Vec::new());
        for (i, r) in rows[1..].iter().enumerate() {
            let p = Para { text: r.to_string(), starts: vec![(0, i + 2)], heading: false, table_row: true };
            row(&p, &h, kind, &mut out, &mut targets);
        }
        out.into_iter().map(|c| (c.field, c.value, c.line)).collect()
    }

    /// Under a header of places (县（市、区）, 单位, 地区) or of projects with their scores (项目名称 |
    /// … | 自评得分), a row is the whole of its place or project — its figures and its own
    /// score — and replaces the row before it; a row of no county (市本级) reads nothing.
    #[test]
    fn a_row_of_a_table_of_many_is_its_own_whole() {
        use Field::*;
        let read =
            read_rows(&["县（市、区）\t年初预算数\t全年执行数\t执行率", "华容县\t120\t117.6\t98%"], Kind::Project);
        assert_eq!(read, [(BudgetTotal, 120.0, 2), (ActualTotal, 117.6, 2), (ExecutionRateStated, 98.0, 2)]);
        let read = read_rows(
            &[
                "单位\t预算数\t支出数\t执行率\t自评得分",
                "合计\t280\t268.8\t96%\t—",
                "清城区\t160\t158.4\t99%\t95",
                "市本级\t50\t49\t98%\t90",
            ],
            Kind::Project,
        );
        assert_eq!(
            read,
            [(BudgetTotal, 160.0, 3), (ActualTotal, 158.4, 3), (ExecutionRateStated, 99.0, 3), (SelfScore, 95.0, 3)]
        );
        let read = read_rows(
            &[
                "序号\t项目名称\t预算数\t执行数\t执行率\t自评得分\t自评等级",
                "1\t禁毒专项经费\t80\t78.4\t98%\t95.5\t优",
                "2\t禁毒宣传教育经费\t20\t19.1\t95.5%\t93\t优",
            ],
            Kind::Project,
        );
        assert_eq!(
            read,
            [(BudgetTotal, 20.0, 3), (ActualTotal, 19.1, 3), (ExecutionRateStated, 95.5, 3), (SelfScore, 93.0, 3)]
        );
        // (under a header of money columns alone — its places' column named on the row above —
        // a county's row is its whole; a sum's and a form's rows are read as before)
        let read =
            read_rows(&["\t预算数\t执行数\t执行率", "合计\t260\t254.8\t98%", "华容县\t120\t117.6\t98%"], Kind::Project);
        assert_eq!(read, [(BudgetTotal, 120.0, 3), (ActualTotal, 117.6, 3), (ExecutionRateStated, 98.0, 3)]);
        let read = read_rows(
            &["\t年初预算数\t全年预算数\t全年执行数\t执行率", "年度资金总额\t30\t32\t31\t96.88%"],
            Kind::Project,
        );
        assert_eq!(read, [(BudgetTotal, 32.0, 2), (ActualTotal, 31.0, 2), (ExecutionRateStated, 96.88, 2)]);
        // (the words of the places' column and of the counties)
        assert!(places_column("县（市、区）") && places_column("地区") && !places_column("乡镇（街道）"));
        assert_eq!(place_row("华容县"), Some(false));
        // (an autonomous county by its place's name, a county-level city by its name as a county)
        assert_eq!(place_row("镇宁县"), Some(false));
        assert_eq!(place_row("麻阳县"), Some(false));
        assert_eq!(place_row("华容县城"), None);
        assert_eq!(place_row("全市合计"), Some(true));
        assert_eq!(place_row("市本级"), None);
        // (a form's own money table is none; a project's row is a name, not a part of the funds)
        let roles = |t: &str| super::super::cells::header(&t.split('|').collect::<Vec<_>>()).expect("a header");
        assert_eq!(many_of("项目", &roles("项目|年初预算数|全年预算数|全年执行数|分值|执行率|得分")), None);
        assert_eq!(many_of("项目名称", &roles("项目名称|预算数|执行数|执行率|自评得分")), Some(Many::Projects));
        assert_eq!(
            many_of("项目名称主管部门", &roles("项目名称|主管部门|预算数|执行数|执行率|自评得分")),
            Some(Many::Projects)
        );
        assert_eq!(many_of("项目名称绩效目标", &roles("项目名称|绩效目标|预算数|执行数|自评得分")), None);
        assert!(
            project_row("禁毒宣传教育经费") && project_row("社区戒毒社区康复工作经费") && project_row("禁毒专项经费")
        );
        assert!(!project_row("年度资金总额") && !project_row("其中：基本支出") && !project_row("合计"));
    }

    /// A scoring table's row with a bound and the value done side by side: the row's name and
    /// the value; a bound alone, values of other counters, or no name: none.
    #[test]
    fn a_bound_then_what_was_done_in_a_scoring_row() {
        let cells = |t: &'static str| t.split('|').collect::<Vec<_>>();
        assert_eq!(
            bound_then_done(&cells("6||数量|破获毒品刑事案件|10|≥20起|24起|10")),
            Some(("破获毒品刑事案件", "24起"))
        );
        assert_eq!(bound_then_done(&cells("9||质量|毛发检测覆盖率|10|≥90%|96%|10")), Some(("毛发检测覆盖率", "96%")));
        assert_eq!(bound_then_done(&cells("复吸率|20|不高于10%|6.3%|20")), Some(("复吸率", "6.3%")));
        assert_eq!(bound_then_done(&cells("刑事拘留|10|≥25人|10")), None);
        assert_eq!(bound_then_done(&cells("刑事拘留|10|≥25人|29起|10")), None);
        assert_eq!(bound_then_done(&cells("10|≥25人|29人|10")), None);
    }

    /// A row's label naming the form's total score, with the owner's words before it or not.
    #[test]
    fn score_labels_with_their_owner() {
        for l in [
            "自评得分",
            "部门自评得分",
            "单位自评分",
            "部门整体自评得分",
            "本单位自评得分",
            "项目整体自评得分：",
            "自评总分",
        ] {
            assert!(is_score_label(l), "{l}");
        }
        // (the sum's word after the score's, from the cell beside it)
        for l in ["自评得分合计", "部门自评得分合计", "自评得分总计", "得分合计"] {
            assert!(is_score_label(l), "{l}");
        }
        for l in
            ["得分", "合计", "部门整体得分", "部门整体支出自评得分率", "整体整体整体自评得分", "分值合计", "预算合计"]
        {
            assert!(!is_score_label(l), "{l}");
        }
    }

    /// An indicator's levels glued before its name in a one-line form, cut off.
    #[test]
    fn levels_glued_before_an_indicators_name() {
        for (name, want) in [
            ("产出指标数量指标社区戒毒社区康复人员", "社区戒毒社区康复人员"),
            ("效益指标社会效益指标复吸率", "复吸率"),
            ("满意度指标服务对象满意度指标群众满意度", "群众满意度"),
            ("数量指标破获毒品刑事案件", "破获毒品刑事案件"),
            ("产出指标质量指标社戒社康人员管控率", "社戒社康人员管控率"),
            ("产出指标（40分）数量指标社区戒毒社区康复人员", "社区戒毒社区康复人员"),
            ("效益指标(30分)社会效益指标复吸率", "复吸率"),
            // (left as they are: no level before the name, or nothing after the levels)
            ("社区戒毒社区康复人员", "社区戒毒社区康复人员"),
            ("产出指标数量指标", "产出指标数量指标"),
            ("数量指标", "数量指标"),
            ("成本指标率", "成本指标率"),
            ("指标1尿检", "指标1尿检"),
        ] {
            assert_eq!(without_levels(name), want, "{name}");
        }
    }

    use super::*;
    use crate::extract::text::Doc;

    use crate::extract::scan::facts_of as read;

    /// (field, year, value) of each figure a text yields, record by record.
    fn figures(text: &str) -> Vec<(Field, Option<i32>, f64)> {
        crate::extract::extract_text("t.txt", text)
            .iter()
            .flat_map(|r| r.facts.iter().map(move |f| (f.field, r.id.year, f.value)))
            .collect()
    }

    /// A summary's statistics sheet of two years side by side (序号 | 指标 | 单位 | 2022年 |
    /// 2023年 | 增减): each row's figure read with its counter from the 单位 column, the row's
    /// number no figure, the change column none; the record's year's column is its figure, the
    /// earlier year's that year's record.
    #[test]
    fn a_sheet_of_two_years_with_numbers_counters_and_changes() {
        let head = "某县2023年禁毒工作主要指标完成情况统计表\n填报单位：某县禁毒委员会办公室\n";
        for (sep, row) in [("\t", "1\t破获毒品刑事案件\t起\t11\t14\t+3"), ("\t", "1\t破获毒品刑事案件\t起\t11\t14\t3")]
        {
            let header = ["序号", "指标", "单位", "2022年", "2023年", "增减"].join(sep);
            let got = figures(&format!(
                "{head}{header}\n{row}\n2\t刑事拘留\t人\t9\t12\t+3\n3\t社戒社康人员管控率\t%\t96.5\t97.8\t+1.3\n"
            ));
            for want in [
                (Field::CriminalCases, Some(2023), 14.0),
                (Field::Detained, Some(2023), 12.0),
                (Field::ControlRate, Some(2023), 97.8),
                (Field::CriminalCases, Some(2022), 11.0),
                (Field::Detained, Some(2022), 9.0),
                (Field::ControlRate, Some(2022), 96.5),
            ] {
                assert!(got.contains(&want), "{row}: {want:?} not in {got:?}");
            }
            assert_eq!(got.len(), 6, "{row}: {got:?}");
        }
        // (without the change column, and with the counter in the label as before: the same)
        let got = figures(&format!("{head}指标\t2022年\t2023年\n破获毒品刑事案件（起）\t11\t14\n"));
        assert_eq!(got, [(Field::CriminalCases, Some(2023), 14.0), (Field::CriminalCases, Some(2022), 11.0)]);
    }

    /// A line of the unit alone (单位：元) between the “三公” costs' caption and their table
    /// leaves the caption the table's: its 合计 row is the 三公 total, in 元.
    #[test]
    fn a_unit_line_between_the_sangong_caption_and_its_table() {
        let t = "某县禁毒办2022年度部门整体支出绩效自评报告\n全年预算数512.60万元，实际支出498.40万元。\n“三公”经费支出情况如下表：\n单位：元\n项目\t预算数\t决算数\n合计\t68,000.00\t52,416.50\n公务接待费\t20,000.00\t12,600.00\n";
        let got = figures(t);
        let has = |f: Field, v: f64| got.iter().any(|g| g.0 == f && g.1 == Some(2022) && (g.2 - v).abs() < 1e-9);
        assert!(has(Field::SangongBudget, 6.8), "{got:?}");
        assert!(has(Field::SangongActual, 5.24165), "{got:?}");
        // (no caption of the 三公 costs above: the table's 合计 is none of theirs)
        let got = figures(&t.replace("“三公”经费支出情况如下表：\n", ""));
        assert!(!got.iter().any(|f| matches!(f.0, Field::SangongBudget | Field::SangongActual)), "{got:?}");
    }

    #[test]
    fn project_self_evaluation_table() {
        let t = "项目支出绩效自评表\n项目资金（万元）\t\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分\n\t年度资金总额\t20\t22\t18.7\t10\t85%\t8.5\n\t其中：当年财政拨款\t20\t22\t18.7\t—\t—\t—\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t社区戒毒人员管控率\t≥95%\t97%\t20\t20\n\t\t毛发检测人数\t≥2400人\t3200\t10\t10\n总分\t\t\t\t\t100\t92.5\n";
        let f = read(t, Kind::Project);
        assert!(f.contains(&(Field::BudgetTotal, 22.0)), "{f:?}");
        assert!(f.contains(&(Field::ActualTotal, 18.7)), "{f:?}");
        assert!(f.contains(&(Field::ExecutionRateStated, 85.0)), "{f:?}");
        assert!(f.contains(&(Field::ControlRate, 97.0)), "{f:?}");
        assert!(f.contains(&(Field::HairTests, 3200.0)), "{f:?}");
        assert!(f.contains(&(Field::SelfScore, 92.5)), "{f:?}");
        assert!(!f.iter().any(|x| x.1 == 95.0 || x.1 == 2400.0), "targets are not results: {f:?}");
    }

    /// A Sichuan 自评表's row of label：figure pairs after a caption naming their unit
    /// (预算执行情况（万元） | 预算数： | 80 | 执行数： | 78.5): the budget and the spending.
    #[test]
    fn pairs_after_a_caption_of_wan_in_brackets() {
        let t = "某县禁毒委员会办公室2023年度项目支出绩效目标自评表\n项目名称\t禁毒专项经费\n预算执行情况（万元）\t全年预算数：\t80\t全年执行数：\t78.5\n";
        let f = read(t, Kind::Project);
        assert!(f.contains(&(Field::BudgetTotal, 80.0)), "{f:?}");
        assert!(f.contains(&(Field::ActualTotal, 78.5)), "{f:?}");
    }

    /// A scoring table (绩效指标 | 分值 | 评分标准 | 自评结果 | 得分): each row's result is the cell
    /// before its score (86场, 96.5%), not the figure of its rule of points (完成80场得满分).
    #[test]
    fn a_scoring_tables_result_stands_before_its_score() {
        let t = "某县禁毒委员会办公室2023年度项目支出绩效自评表\n绩效指标\t分值\t评分标准\t自评结果\t得分\n预算执行率\t10\t执行率100%得满分，每降低1%扣0.5分\t96.5%\t8.25\n禁毒宣传场次\t10\t完成80场得满分\t86场\t10\n合计\t100\t\t\t93.6\n";
        let f = read(t, Kind::Project);
        assert!(f.contains(&(Field::ExecutionRateStated, 96.5)), "{f:?}");
        assert!(f.contains(&(Field::PublicityEvents, 86.0)), "{f:?}");
        assert!(f.contains(&(Field::SelfScore, 93.6)), "{f:?}");
        assert!(!f.iter().any(|x| x.1 == 80.0 || x.1 == 100.0), "{f:?}");
    }

    /// A Hunan 基础数据表 (经费控制情况 | 2021年决算数 | 2022年预算数 | 2022年决算数): each row's
    /// spending is the 2022 column's, not last year's beside it.
    #[test]
    fn a_basic_data_tables_last_year_column_is_not_the_years_spending() {
        let t = "某县禁毒委员会办公室2022年度部门整体支出绩效评价基础数据表\n单位：万元\n经费控制情况\t2021年决算数\t2022年预算数\t2022年决算数\n三公经费\t1.2\t1.5\t0.9\n项目支出：\t45.6\t52\t50.4\n基本支出：\t60.1\t64.3\t63.8\n";
        let f = read(t, Kind::Whole);
        for want in [
            (Field::SangongBudget, 1.5),
            (Field::SangongActual, 0.9),
            (Field::ProjectActual, 50.4),
            (Field::BasicActual, 63.8),
        ] {
            assert!(f.contains(&want), "{want:?} not in {f:?}");
        }
        assert!(!f.iter().any(|x| [1.2, 45.6, 60.1].contains(&x.1)), "{f:?}");
    }

    /// A target-sheet (目标名称 | 目标值 | 评价指标 | 标准值 | 目标完成值 | 评价指标值 | 权重分值 |
    /// 评分规则 | 得分): a row's result is the cell under 目标完成值 (56), not its target (50场), nor
    /// the measure's standard (≥100%) or value (112%); 合计's 得分 is the self-score.
    #[test]
    fn a_target_sheets_result_stands_under_its_column() {
        let t = "某县禁毒委员会办公室2016年度禁毒专项资金绩效自评表\n目标名称\t目标值\t评价指标\t标准值\t目标完成值\t评价指标值\t权重分值\t评分规则\t得分\n三、产出目标\t\t\t\t\t\t\t\t\n禁毒宣传活动场次\t50场\t宣传活动完成率\t≥100%\t56\t112%\t5\t查阅资料\t5\n尿检人次\t1200人次\t尿检完成率\t100%\t1315\t109.58%\t5\t查阅资料\t5\n合计\t\t\t\t\t\t100\t\t93.5\n";
        let f = read(t, Kind::Project);
        assert!(f.contains(&(Field::PublicityEvents, 56.0)), "{f:?}");
        assert!(f.contains(&(Field::UrineTests, 1315.0)), "{f:?}");
        assert!(f.contains(&(Field::SelfScore, 93.5)), "{f:?}");
        assert!(!f.iter().any(|x| [50.0, 1200.0, 112.0, 100.0].contains(&x.1)), "{f:?}");
        // (…and as a Markdown table, its group's row — | 三、产出目标 | | … | — left without its
        // empty cells: the table goes on under its header)
        let md: String = t
            .lines()
            .map(|l| {
                if l.contains('\t') {
                    format!("| {} |\n", l.split('\t').collect::<Vec<_>>().join(" | "))
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        let g = read(&md, Kind::Project);
        assert!(g.contains(&(Field::PublicityEvents, 56.0)), "{md}: {g:?}");
        assert!(g.contains(&(Field::UrineTests, 1315.0)), "{md}: {g:?}");
        assert!(g.contains(&(Field::SelfScore, 93.5)), "{md}: {g:?}");
    }

    /// A header whose first cell captions the rows' labels (预算执行, 预算执行情况) over money
    /// columns: each row's sums stand under the columns after it, in pipes or tabs.
    #[test]
    fn a_caption_over_the_labels_is_no_column() {
        for t in [
            "部门整体支出绩效自评表（2022年度）\n| 预算执行 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分 |\n| 年度资金总额 | 88.60 | 95.00 | 93.12 | 98.02% | 9.8 |\n| 其中：基本支出 | 40.60 | 40.60 | 40.58 | | |\n",
            "部门整体支出绩效自评表（2022年度）\n预算执行情况\t年初预算数\t全年预算数\t全年执行数\t执行率\n年度资金总额\t88.60\t95.00\t93.12\t98.02%\n其中：基本支出\t40.60\t40.60\t40.58\n",
            "部门整体支出绩效自评表（2022年度）\n预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t88.60\t95.00\t93.12\n其中：基本支出\t40.60\t40.60\t40.58\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::BudgetTotal, 95.0)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, 93.12)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BasicActual, 40.58)), "{t}: {f:?}");
            assert!(!f.contains(&(Field::ActualTotal, 88.6)), "{t}: {f:?}");
        }
    }

    /// A final account's table of this year's sums beside last year's (决算数 / 上年决算数, 本年
    /// 预算数 / 上年预算数) is read by its rows' labels, last year's column never; a table under
    /// a caption of the “三公” costs gives their total from its 合计 row, its lines no total.
    #[test]
    fn final_accounts_tables_beside_last_year_and_of_sangong() {
        for t in [
            "某县禁毒委员会办公室2023年度单位决算\n项目\t决算数（万元）\t上年决算数（万元）\n本年收入合计\t131.40\t122.85\n本年支出合计\t127.96\t124.10\n其中：基本支出\t70.12\t68.30\n项目支出\t57.84\t55.80\n",
            "某县禁毒委员会办公室2023年度单位决算\n| 项目 | 决算数 | 上年数 |\n|---|---|---|\n| 本年支出合计 | 127.96 | 124.10 |\n| 其中：基本支出 | 70.12 | 68.30 |\n| 项目支出 | 57.84 | 55.80 |\n",
            "某县禁毒委员会办公室2023年度部门决算公开\n项目\t本年决算数\t上年决算数\t增减率\n支出合计\t127.96\t124.10\t3.11%\n基本支出\t70.12\t68.30\t2.66%\n项目支出\t57.84\t55.80\t3.66%\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::ActualTotal, 127.96)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BasicActual, 70.12)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ProjectActual, 57.84)), "{t}: {f:?}");
            assert!(!f.iter().any(|x| x.1 == 131.4 || x.1 == 124.1 || x.1 == 68.3), "{t}: {f:?}");
        }
        for t in [
            "某县禁毒委员会办公室2023年度单位决算\n二、“三公”经费\n项目\t预算数\t决算数\n合计\t1.20\t0.86\n公务接待费\t0.50\t0.31\n公务用车运行维护费\t0.70\t0.55\n",
            "某县禁毒委员会办公室2023年度单位决算\n## 三公经费支出情况（万元）\n| 项目 | 预算数 | 决算数 |\n|---|---|---|\n| 公务接待费 | 0.50 | 0.31 |\n| 公务用车运行维护费 | 0.70 | 0.55 |\n| 合计 | 1.20 | 0.86 |\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::SangongBudget, 1.2)), "{t}: {f:?}");
            assert!(f.contains(&(Field::SangongActual, 0.86)), "{t}: {f:?}");
            assert!(!f.iter().any(|x| matches!(x.0, Field::BudgetTotal | Field::ActualTotal)), "{t}: {f:?}");
        }
        // (a table of the unit's funds under another caption keeps its 合计 as the unit's)
        let t = "某县禁毒委员会办公室2023年度单位决算\n一、支出情况\n项目\t预算数\t决算数\n合计\t130.00\t127.96\n";
        assert!(read(t, Kind::Whole).contains(&(Field::ActualTotal, 127.96)));
    }

    /// A table drawn with box rules (┃ │), full-width bars (｜) or light bars is read as one in
    /// pipes; a header's caption of the money unit wrapped onto its own line under it (项目资金 /
    /// （万元）) ends no table; a bar in a line of prose makes no cells.
    #[test]
    fn tables_in_bars_and_a_wrapped_unit_caption() {
        for t in [
            "某县禁毒委员会办公室部门整体支出绩效自评表（2022年度）\n指标名称｜年度指标值｜实际完成值\n查处吸毒人员｜≥100人次｜118人次\n强制隔离戒毒｜≥40人｜44人\n社戒社康人员管控率｜≥95%｜96.8%\n",
            "某县禁毒委员会办公室部门整体支出绩效自评表（2022年度）\n┃指标名称 │ 年度指标值 │ 实际完成值┃\n┃查处吸毒人员 │ ≥100人次 │ 118人次┃\n┃强制隔离戒毒 │ ≥40人 │ 44人┃\n┃社戒社康人员管控率 │ ≥95% │ 96.8%┃\n",
            "某县禁毒委员会办公室部门整体支出绩效自评表（2022年度）\n│ 指标名称 │ 年度指标值 │ 实际完成值 │\n│ 查处吸毒人员 │ ≥100人次 │ 118人次 │\n│ 强制隔离戒毒 │ ≥40人 │ 44人 │\n│ 社戒社康人员管控率 │ ≥95% │ 96.8% │\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::UsersCaught, 118.0)), "{t}: {f:?}");
            assert!(f.contains(&(Field::CompulsoryRehab, 44.0)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ControlRate, 96.8)), "{t}: {f:?}");
            assert!(!f.iter().any(|x| x.1 == 100.0 || x.1 == 40.0 || x.1 == 95.0), "{t}: {f:?}");
        }
        for t in [
            "项目支出绩效自评表\n项目资金　　　年初预算数　　全年预算数　　全年执行数　　分值　　执行率　　得分\n（万元）\n年度资金总额　　６０　　　　６５　　　　　６３．７　　　１０　　９８％　　　９．８\n",
            "项目支出绩效自评表\n项目资金\t年初预算数\t全年预算数\t全年执行数\t执行率\n(万元)\n年度资金总额\t60\t65\t63.7\t98%\n",
        ] {
            let f = read(t, Kind::Project);
            assert!(f.contains(&(Field::BudgetTotal, 65.0)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, 63.7)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ExecutionRateStated, 98.0)), "{t}: {f:?}");
        }
        // (a row of cells each a label and its figure apart by a space, under a caption of the
        // money: 年度预算（万元） │ 年初预算数 96.00 │ 实际支出 101.05 │ 预算执行率 96.98%)
        for t in [
            "某县禁毒委员会办公室2023年度部门整体绩效自评表\n┃年度预算（万元） │ 年初预算数 96.00 │ 调整后预算数 104.20 │ 实际支出 101.05 │ 预算执行率 96.98% ┃\n",
            "某县禁毒委员会办公室2023年度部门整体绩效自评表\n| 年度预算 | 年初预算数 96.00万元 | 调整后预算数 104.20万元 | 实际支出 101.05万元 | 预算执行率 96.98% |\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::BudgetTotal, 104.2)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, 101.05)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ExecutionRateStated, 96.98)), "{t}: {f:?}");
        }
        // (a bar in prose is a mark, not a cell: the sentence reads as ever)
        let t = "某县禁毒委员会办公室2022年禁毒工作总结\n全年查处吸毒人员118人次｜同比下降5%。\n";
        assert!(read(t, Kind::Summary).contains(&(Field::UsersCaught, 118.0)));
    }

    /// A table of years side by side (项目 / 2022年 / 2021年) whose rows are a budget's stages and
    /// parts (年初预算, 实际支出, 其中：基本支出) gives the record's year's sums, in the table's unit;
    /// the other year's column none.
    #[test]
    fn a_table_of_years_gives_the_years_sums() {
        for (t, scale) in [
            ("某县禁毒委员会办公室2022年度部门整体支出绩效自评报告\n单位：万元\n项目\t2022年\t2021年\n年初预算\t156.00\t148.00\n实际支出\t152.38\t150.21\n其中：基本支出\t71.02\t69.88\n项目支出\t81.36\t80.33\n执行率\t97.68%\t101.49%\n", 1.0),
            ("某县禁毒委员会办公室2022年度部门整体支出绩效自评报告\n| 指标 | 2021年度 | 2022年度 |\n|---|---|---|\n| 年初预算 | 148.00 | 156.00 |\n| 实际支出 | 150.21 | 152.38 |\n| 其中：基本支出 | 69.88 | 71.02 |\n| 项目支出 | 80.33 | 81.36 |\n| 执行率 | 101.49% | 97.68% |\n", 1.0),
            ("某县禁毒委员会办公室2022年度部门整体支出绩效自评报告\n金额单位：元\n项目\t2022年\t2021年\n年初预算\t1,560,000.00\t1,480,000.00\n实际支出\t1,523,800.00\t1,502,100.00\n其中：基本支出\t710,200.00\t698,800.00\n项目支出\t813,600.00\t803,300.00\n执行率\t97.68%\t101.49%\n", 1.0),
        ] {
            let f = read(t, Kind::Whole);
            for (field, v) in [
                (Field::BudgetTotal, 156.0),
                (Field::ActualTotal, 152.38),
                (Field::BasicActual, 71.02),
                (Field::ProjectActual, 81.36),
                (Field::ExecutionRateStated, 97.68),
            ] {
                assert!(f.iter().any(|x| x.0 == field && (x.1 - v * scale).abs() < 1e-6), "{t}: {field:?} {f:?}");
            }
            assert!(!f.iter().any(|x| x.1 == 148.0 || x.1 == 150.21 || x.1 == 101.49), "{t}: {f:?}");
        }
    }

    /// The unit's or project's own score row (部门自评得分, 单位自评得分, 项目自评分) under an
    /// indicators' header is the score, though its one value stands under the target column.
    #[test]
    fn a_units_own_score_row_under_the_indicators_is_the_score() {
        for label in ["部门自评得分", "单位自评得分", "项目自评分", "自评得分"] {
            let t = format!("某县禁毒委员会办公室2024年度部门整体支出绩效自评表\n三级指标\t年度指标值\t实际完成值\n破获毒品刑事案件\t≥60起\t73起\n{label}\t95.6\n");
            let f = read(&t, Kind::Whole);
            assert!(f.contains(&(Field::SelfScore, 95.6)), "{t}: {f:?}");
            assert!(f.contains(&(Field::CriminalCases, 73.0)), "{t}: {f:?}");
        }
        // (an indicator's own points are no score of the unit)
        let t = "某县禁毒委员会办公室2024年度部门整体支出绩效自评表\n三级指标\t年度指标值\t实际完成值\n部门自评工作质量\t≥90分\t95分\n";
        assert!(!read(t, Kind::Whole).iter().any(|x| x.0 == Field::SelfScore), "{t}");
    }

    /// An indicator's target written in words (控制在600人以内, 不低于95%, 不少于150场次) is the
    /// target cell: the row's name is the cell before it and the result the one under 实际完成值.
    #[test]
    fn a_target_in_words_is_the_target_cell() {
        let t = "某县禁毒委员会办公室2021年度部门整体支出绩效自评表\n指标\t年度指标值\t实际完成值\n现有吸毒人员\t控制在600人以内\t548人\n社戒社康人员管控率\t不低于95%\t97.2%\n禁毒宣传活动\t不少于150场次\t168场次\n";
        let f = read(t, Kind::Whole);
        assert!(f.contains(&(Field::RegisteredUsers, 548.0)), "{f:?}");
        assert!(f.contains(&(Field::ControlRate, 97.2)), "{f:?}");
        assert!(f.contains(&(Field::PublicityEvents, 168.0)), "{f:?}");
        assert!(!f.iter().any(|x| x.1 == 600.0 || x.1 == 95.0 || x.1 == 150.0), "{f:?}");
        // (the sign's words glued to the figure, 大于等于 / 小于 / 高于)
        let t = "某县禁毒委员会办公室2023年度项目支出绩效自评表\n三级指标\t年度指标值\t实际完成值\t分值\t得分\n毛发检测人数\t大于等于300人\t318人\t10\t10\n吸毒人员复吸率\t小于15%\t10.4%\t10\t10\n社戒社康人员管控率\t高于95%\t96.1%\t10\t10\n";
        let f = read(t, Kind::Project);
        assert!(f.contains(&(Field::HairTests, 318.0)), "{f:?}");
        assert!(f.contains(&(Field::RelapseRate, 10.4)), "{f:?}");
        assert!(f.contains(&(Field::ControlRate, 96.1)), "{f:?}");
        assert!(!f.iter().any(|x| x.1 == 300.0 || x.1 == 15.0 || x.1 == 95.0), "{f:?}");
        for (c, bound) in
            [("大于等于300人", true), ("低于12%", true), ("高于全省平均5个百分点", false), ("小组12个", false)]
        {
            assert_eq!(worded_bound(c), bound, "{c}");
        }
    }

    /// An indicator's name cut in two by a space inside its cell (a row flattened with spaces:
    /// 社区戒毒 | 社区康复人员) is the cells of words after the levels' (产出指标, 数量指标), joined;
    /// a name in one cell after its levels reads as before.
    #[test]
    fn an_indicators_name_cut_by_a_space_is_whole_again() {
        for row in [
            "产出指标\t数量指标\t社区戒毒\t社区康复人员\t≥180人\t192人\t15\t15",
            "产出指标\t数量指标\t社区戒毒社区康复人员\t≥180人\t192人\t15\t15",
            "数量指标\t在册社区戒毒\t社区康复人员\t≥180人\t192人\t15\t15",
        ] {
            let t = format!("某县禁毒委员会办公室2023年度项目支出绩效自评表\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n{row}\n");
            let f = read(&t, Kind::Project);
            assert!(f.contains(&(Field::CommunityCases, 192.0)), "{row}: {f:?}");
        }
    }

    /// A row of the execution rate alone under money columns (执行率 | 97.10% | |) gives the
    /// rate, whichever column its one figure stands under; a row of two figures is left.
    #[test]
    fn a_rate_row_under_money_columns_is_the_rate() {
        for row in ["执行率\t97.10%\t\t", "预算执行率：\t\t\t97.10%", "执行率\t97.10%"] {
            let t = format!("项目支出绩效自评表\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t55.00\t58.00\t56.32\n{row}\n");
            let f = read(&t, Kind::Project);
            assert!(f.contains(&(Field::ExecutionRateStated, 97.1)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BudgetTotal, 58.0)), "{t}: {f:?}");
        }
        let t = "项目支出绩效自评表\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t55.00\t58.00\t56.32\n执行率\t96%\t97.10%\t\n";
        assert!(!read(t, Kind::Project).iter().any(|x| x.0 == Field::ExecutionRateStated), "{t}");
    }

    /// A rate under 执行率 written as a fraction (a spreadsheet's 0.9813, 1) is a percentage;
    /// one written with % or above 1.2 is as written.
    #[test]
    fn a_rate_written_as_a_fraction() {
        for (cell, want) in [("0.9813", 98.13), ("1", 100.0), ("0.85", 85.0), ("98.13%", 98.13), ("96", 96.0)] {
            let t = format!("项目支出绩效自评表\n项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\t年度资金总额\t20\t22\t18.7\t10\t{cell}\t8.5\n");
            let f = read(&t, Kind::Project);
            let got = f.iter().find(|x| x.0 == Field::ExecutionRateStated).map(|x| x.1);
            assert!(got.is_some_and(|g| (g - want).abs() < 1e-9), "{cell}: {f:?}");
        }
    }

    /// An indicator's result kept as a spreadsheet stores a rate (an .xls gives 98.4% as
    /// 0.984) is that percentage when its target is one; a result that cannot be a fraction
    /// of its target stays as written.
    #[test]
    fn an_indicator_result_stored_as_a_fraction() {
        let head = "项目支出绩效自评表\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n";
        for (row, field, want) in [
            ("效益指标\t社会效益指标\t吸毒人员复吸率\t≤15%\t0.092\t10\t10", Field::RelapseRate, 9.2),
            ("产出指标\t质量指标\t社区戒毒社区康复人员管控率\t≥95%\t0.984\t10\t10", Field::ControlRate, 98.4),
            // (a cell with spaces around its figure)
            ("产出指标\t质量指标\t社区戒毒社区康复人员管控率\t≥95%\t 0.984 \t10\t10", Field::ControlRate, 98.4),
            ("产出指标\t质量指标\t社区戒毒社区康复人员管控率\t100%\t1\t10\t10", Field::ControlRate, 100.0),
            ("产出指标\t质量指标\t社区戒毒社区康复人员管控率\t≥95%\t98.4\t10\t10", Field::ControlRate, 98.4),
            ("产出指标\t质量指标\t社区戒毒社区康复人员管控率\t≥95%\t98.4%\t10\t10", Field::ControlRate, 98.4),
            // (a target of at most 0.5%: 0.3 is 0.3%; 1 under ≤15% is 1%)
            ("效益指标\t社会效益指标\t吸毒人员复吸率\t≤0.5%\t0.3\t10\t10", Field::RelapseRate, 0.3),
            ("效益指标\t社会效益指标\t吸毒人员复吸率\t≤15%\t1\t10\t10", Field::RelapseRate, 1.0),
        ] {
            let f = read(&format!("{head}{row}\n"), Kind::Project);
            let got = f.iter().find(|x| x.0 == field).map(|x| x.1);
            assert!(got.is_some_and(|g| (g - want).abs() < 1e-9), "{row}: {f:?}");
        }
        // a count under a count's target is never scaled
        let f = read(&format!("{head}产出指标\t数量指标\t尿检人次\t≥1000人次\t1042\t10\t10\n"), Kind::Project);
        assert!(f.iter().any(|x| x.0 == Field::UrineTests && x.1 == 1042.0), "{f:?}");
    }

    /// A whole-unit form's sub-rows with two figures under three money columns are the
    /// full-year budget and the spending, in tabs or spaces, with 其中 or 按…分 before them.
    #[test]
    fn two_figures_under_three_money_columns() {
        let head = "部门整体支出绩效自评表\n年度预算申请（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t142\t158.6\t151.27\t10\t95.38%\t9.5\n";
        for rows in [
            "按支出性质分\t基本支出\t46.3\t45.82\n\t项目支出\t112.3\t105.45\n",
            "其中：基本支出\t46.3\t45.82\n其中：项目支出\t112.3\t105.45\n",
            "基本支出\t\t46.3\t45.82\t\t\t\n项目支出\t\t112.3\t105.45\t\t\t\n",
        ] {
            let f = read(&format!("{head}{rows}"), Kind::Whole);
            for want in [
                (Field::BasicBudget, 46.3),
                (Field::BasicActual, 45.82),
                (Field::ProjectBudget, 112.3),
                (Field::ProjectActual, 105.45),
            ] {
                assert!(f.contains(&want), "{rows}: {want:?} in {f:?}");
            }
        }
        // …and with dashes under 分值 / 执行率 / 得分 (“三公”经费 | | 3.00 | 1.85 | — | — | —), in
        // tabs or spaces: one cell short, the blank one the 年初预算数's
        for row in ["\t“三公”经费\t\t3.00\t1.85\t—\t—\t—\n", "“三公”经费 3.00 1.85 — — —\n".replace(' ', "\t").as_str()]
        {
            let f = read(&format!("{head}{row}"), Kind::Whole);
            assert!(
                f.contains(&(Field::SangongBudget, 3.0)) && f.contains(&(Field::SangongActual, 1.85)),
                "{row}: {f:?}"
            );
        }
        // three figures stay in their columns
        let f = read(&format!("{head}基本支出\t40\t46.3\t45.82\n"), Kind::Whole);
        assert!(f.contains(&(Field::BasicBudget, 46.3)) && f.contains(&(Field::BasicActual, 45.82)), "{f:?}");
    }

    /// A money row that lost its empty 年初预算数 cell (flattened with spaces) is read by its
    /// rate: 27.6 / 30 is the stated 92%. One that lost its 分值 keeps its columns, and its
    /// rate is the cell written with %.
    #[test]
    fn a_money_row_short_of_a_cell() {
        let head = "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n";
        let f = read(&format!("项目支出绩效自评表\n{head}年度资金总额\t30\t27.6\t10\t92%\t9.2\n"), Kind::Project);
        assert!(f.contains(&(Field::BudgetTotal, 30.0)) && f.contains(&(Field::ActualTotal, 27.6)), "{f:?}");
        assert!(f.contains(&(Field::ExecutionRateStated, 92.0)), "{f:?}");
        let f = read(&format!("项目支出绩效自评表\n{head}年度资金总额\t28\t30\t27.6\t92%\t9.2\n"), Kind::Project);
        assert!(f.contains(&(Field::BudgetTotal, 30.0)) && f.contains(&(Field::ActualTotal, 27.6)), "{f:?}");
        assert!(f.contains(&(Field::ExecutionRateStated, 92.0)), "{f:?}");
        assert!(!f.iter().any(|x| x.1 == 9.2 || x.1 == 28.0), "{f:?}");
    }

    /// The funds' one row without a label, under a header naming them (项目资金（万元） spans
    /// both rows in the form), is the total; a row without a label under another header is not.
    #[test]
    fn an_unlabelled_money_row_under_the_funds_header() {
        let f =
            read("项目支出绩效自评表\n项目资金（万元）\t预算数\t执行数\t执行率\n\t36\t33.5\t93.06%\n", Kind::Project);
        assert!(f.contains(&(Field::BudgetTotal, 36.0)) && f.contains(&(Field::ActualTotal, 33.5)), "{f:?}");
        assert!(f.contains(&(Field::ExecutionRateStated, 93.06)), "{f:?}");
        let f = read("项目支出绩效自评表\n人员类别\t预算数\t执行数\n\t36\t33.5\n", Kind::Project);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn flattened_cells_are_read_as_rows() {
        let t = "项目支出绩效自评表\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n20\n22\n18.7\n10\n85%\n8.5\n其中：当年财政拨款\n20\n22\n18.7\n—\n—\n—\n三、存在的问题\n资金拨付进度偏慢。\n";
        let f = read(t, Kind::Project);
        assert!(f.contains(&(Field::BudgetTotal, 22.0)), "{f:?}");
        assert!(f.contains(&(Field::ActualTotal, 18.7)), "{f:?}");
        assert!(f.contains(&(Field::ExecutionRateStated, 85.0)), "{f:?}");
        let doc = Doc::parse(t);
        assert!(doc.paras.iter().any(|p| p.text == "三、存在的问题"), "text after the table is untouched");
    }

    #[test]
    fn indicator_scoring_table_gives_the_self_score() {
        let t = "附表：部门整体支出绩效评价指标评分表\n一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分\n过程\t预算执行\t预算执行率\t10\t预算执行率=实际支出/预算数×100%，每降低1%扣0.5分\t9.8\n合计\t\t\t100\t\t95.5\n";
        assert_eq!(read(t, Kind::Whole), [(Field::SelfScore, 95.5)]);
    }

    #[test]
    fn a_checklist_known_by_its_columns_is_no_score() {
        // a second page of the checklist after a paragraph, its title far above
        let t = "附件3\n自评材料完整，报告撰写规范。\n一级标准\t二级标准\t分值\t评分标准\t评分\t扣分理由\n合计\t\t100\t\t100\t\n";
        assert!(read(t, Kind::Whole).is_empty());
    }

    /// The unit's own scoring table (评价指标 / 分值 / 得分 / 扣分原因) gives the score; a
    /// checklist's columns (一级标准, 扣分理由, or 扣分原因 with no indicators' column) none.
    #[test]
    fn a_scoring_table_with_why_points_were_taken_off_is_the_units() {
        for (header, score) in [
            ("评价指标\t分值\t得分\t扣分原因", Some(96.0)),
            ("一级指标\t二级指标\t分值\t得分\t扣分说明", Some(96.0)),
            ("一级标准\t二级标准\t分值\t得分\t扣分原因", None),
            ("评分内容\t分值\t得分\t扣分原因", None),
        ] {
            let t = format!(
                "某县禁毒办2022年度部门整体支出绩效自评表\n{header}\n预算执行\t30\t28.5\t执行率偏低\n合计\t100\t96\t\n"
            );
            let got = read(&t, Kind::Whole).iter().find(|(f, _)| *f == Field::SelfScore).map(|(_, v)| *v);
            assert_eq!(got, score, "{header}");
        }
    }

    #[test]
    fn paperwork_checklist_is_not_a_score() {
        let t = "预算单位整体支出绩效自评工作考核评分表\n一级标准\t二级标准\t分值\t评分标准\t评分\t扣分理由\n合计\t\t100\t\t100\t\n";
        assert!(read(t, Kind::Whole).is_empty());
    }

    /// A table drawn in box-drawing characters with rule lines between its rows (┌──┬──┐,
    /// ├──┼──┤, ╞══╪══╡, └──┴──┘): the rules are no rows, the header still heads the rows under it.
    #[test]
    fn box_rules_between_rows_part_no_header_from_its_rows() {
        for t in [
            "某县禁毒委员会办公室2024年度部门整体支出绩效自评表\n┌────┬────┬────┐\n│项目  │预算数│决算数│\n├────┼────┼────┤\n│支出总计│348.00│339.66│\n│基本支出│180.00│179.10│\n└────┴────┴────┘\n",
            "某县禁毒委员会办公室2024年度部门整体支出绩效自评表\n╔════╦════╦════╗\n║项目║全年预算数║全年执行数║\n╠════╬════╬════╣\n║合计║348.00║339.66║\n╟────╫────╫────╢\n║基本支出║180.00║179.10║\n╚════╩════╩════╝\n",
            "某县禁毒委员会办公室2024年度部门整体支出绩效自评表\n│ 项目 │ 预算数 │ 决算数 │\n├──────┼──────┼──────┤\n│ 合计 │ 348.00 │ 339.66 │\n├──────┼──────┼──────┤\n│ 基本支出 │ 180.00 │ 179.10 │\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::BudgetTotal, 348.0)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, 339.66)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BasicActual, 179.1)), "{t}: {f:?}");
        }
        // (a dash rule in prose, a line of text between rules, stays text)
        let t = "某县禁毒办2022年禁毒工作总结\n────────\n全年查处吸毒人员118人次。\n";
        assert!(read(t, Kind::Summary).contains(&(Field::UsersCaught, 118.0)));
    }

    /// A column's full marks in brackets after its name (分值（10分）, 权重(20%), 得分（满分100）) do
    /// not hide the column: the money row under 年初预算数（A） / 全年执行数（B） / 分值（10分） / 得分
    /// gives the budget and the spending, never the points.
    #[test]
    fn points_in_brackets_after_a_column_name() {
        for t in [
            "某县禁毒委员会办公室2022年度部门整体支出绩效自评表\n资金来源\t年初预算数（A）\t全年执行数（B）\t分值（10分）\t得分\n年度资金总额：\t186.40\t179.35\t10\t9.62\n基本支出\t92.40\t92.18\t10\t10\n",
            "某县禁毒委员会办公室2022年度部门整体支出绩效自评表\n| 资金（万元） | 资金来源 | 全年预算数 | 全年执行数 | 权重(10%) | 得分（满分10） |\n| 年度资金总额 | 186.40 | 179.35 | 10 | 9.62 |\n| 基本支出 | 92.40 | 92.18 | 10 | 10 |\n",
            "某县禁毒委员会办公室2022年度部门整体支出绩效自评表\n项目\t预算数\t执行数\t分值(10)\t得分\n合计\t186.40\t179.35\t10\t9.62\n基本支出\t92.40\t92.18\t\t\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::BudgetTotal, 186.4)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, 179.35)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BasicBudget, 92.4)), "{t}: {f:?}");
            assert!(!f.iter().any(|x| x.1 == 10.0 && x.0 != Field::SelfScore), "{t}: {f:?}");
        }
        assert_eq!(crate::extract::cells::role("分值（10分）"), Some(crate::extract::cells::Role::Points));
        assert_eq!(crate::extract::cells::role("得分（满分100）"), Some(crate::extract::cells::Role::Score));
        assert_eq!(crate::extract::cells::role("年初预算数（A）"), Some(crate::extract::cells::Role::BudgetInitial));
        // (a bracket of words stays: 资金（万元） names no column)
        assert_eq!(crate::extract::cells::role("资金（万元）"), None);
    }

    /// The spending's row of a table of income and spending (一、收入 / 二、支出, 本年支出, 总支出)
    /// is the whole spending: its budget and its actual sums; the income's row is none.
    #[test]
    fn a_row_of_the_spending_beside_the_income() {
        for t in [
            "某县禁毒委员会办公室2021年度部门整体支出绩效自评表\n| 项目 | 预算数（万元） | 决算数（万元） |\n| 一、收入 | 130.50 | 130.50 |\n| 二、支出 | 128.30 | 121.06 |\n| （一）基本支出 | 58.30 | 58.12 |\n",
            "某县禁毒委员会办公室2021年度部门整体支出绩效自评表\n项目\t全年预算数\t全年执行数\n收入\t130.50\t130.50\n支出\t128.30\t121.06\n基本支出\t58.30\t58.12\n",
            "某县禁毒委员会办公室2021年度部门整体支出绩效自评表\n项目\t预算数\t决算数\n本年收入\t130.50\t130.50\n本年支出\t128.30\t121.06\n其中：基本支出\t58.30\t58.12\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::BudgetTotal, 128.3)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, 121.06)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BasicActual, 58.12)), "{t}: {f:?}");
            assert!(!f.iter().any(|x| x.1 == 130.5), "{t}: {f:?}");
        }
    }

    /// A row's label stating its own money unit (合计（元）, 年度资金总额(元), 项目资金（千元）) rules
    /// over the table's (万元 unless a caption says otherwise).
    #[test]
    fn a_row_label_in_yuan() {
        for t in [
            "某县公安局2020年度禁毒业务经费项目支出绩效自评表\n资金投入\t年初预算数\t全年预算数\t全年执行数\t执行率\n合计（元）\t300000\t345000\t338100\t98.00%\n",
            "某县公安局2020年度禁毒业务经费项目支出绩效自评表\n| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n| 年度资金总额(元) | 300,000 | 345,000 | 338,100 |\n",
            "某县公安局2020年度禁毒业务经费项目支出绩效自评表\n项目\t全年预算数\t全年执行数\n年度资金总额（千元）\t345\t338.1\n",
        ] {
            let f = read(t, Kind::Project);
            let has = |field: Field, v: f64| f.iter().any(|x| x.0 == field && (x.1 - v).abs() < 1e-6);
            assert!(has(Field::BudgetTotal, 34.5), "{t}: {f:?}");
            assert!(has(Field::ActualTotal, 33.81), "{t}: {f:?}");
            assert!(!f.iter().any(|x| x.1 >= 300.0), "{t}: {f:?}");
        }
    }

    /// A scoring table's finding of sums under a row naming a part of the spending (基本支出 |
    /// 5 | 预算52万元，支出51.6万元 | 5) is that part's budget and spending, not the unit's.
    #[test]
    fn a_finding_of_sums_under_a_part_row() {
        for t in [
            "某县禁毒委员会办公室2020年度部门整体支出绩效自评表\n评价指标\t分值\t指标说明\t得分\n预算执行率\t10\t全年预算118万元，支出113.8万元，执行率96.44%\t9.64\n基本支出\t5\t预算52万元，支出51.6万元\t5\n项目支出\t5\t预算66万元，支出62.2万元\t5\n",
            "某县禁毒委员会办公室2020年度部门整体支出绩效自评表\n| 指标 | 分值 | 自评情况 | 得分 |\n| 预算执行率 | 10 | 全年预算118万元，支出113.8万元，执行率96.44% | 9.64 |\n| 基本支出 | 5 | 年初预算52万元，实际支出51.6万元 | 5 |\n| 项目支出 | 5 | 年初预算66万元，实际支出62.2万元 | 5 |\n",
            "某县禁毒委员会办公室2020年度部门整体支出绩效自评表\n三级指标\t权重\t完成情况说明\t自评得分\n预算执行率\t10\t全年预算118万元，支出113.8万元，执行率96.44%\t9.64\n其中：基本支出\t5\t预算数52万元，决算数51.6万元\t5\n项目支出\t5\t预算数66万元，决算数62.2万元\t5\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::BudgetTotal, 118.0)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BasicBudget, 52.0)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BasicActual, 51.6)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ProjectActual, 62.2)), "{t}: {f:?}");
            assert!(!f.contains(&(Field::BudgetTotal, 52.0)) && !f.contains(&(Field::ActualTotal, 51.6)), "{t}: {f:?}");
        }
    }

    /// A project's own form names its money row by the project (禁毒专项, 社区戒毒社区康复专项): the
    /// project's whole budget and spending; a 其中 row of a part is none, and in a unit's form the
    /// row is no total.
    #[test]
    fn a_project_row_named_by_its_project() {
        for t in [
            "某县司法局2024年度社区戒毒社区康复专项资金绩效自评表\n项目\t预算数\t执行数\t执行率\n社区戒毒社区康复专项\t18.00\t17.64\t98.00%\n",
            "某县禁毒委员会办公室2024年度禁毒专项经费绩效自评表\n| 资金名称 | 全年预算数 | 全年执行数 |\n| 禁毒专项 | 18.00 | 17.64 |\n| 其中：宣传专项 | 5.00 | 4.80 |\n",
            "某县禁毒委员会办公室2024年度项目支出绩效自评表\n项目名称\t预算数（万元）\t执行数（万元）\n禁毒宣传教育专项\t18.00\t17.64\n",
        ] {
            let f = read(t, Kind::Project);
            assert!(f.contains(&(Field::BudgetTotal, 18.0)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, 17.64)), "{t}: {f:?}");
            assert!(!f.iter().any(|x| x.1 == 5.0 || x.1 == 4.8), "{t}: {f:?}");
        }
        let t =
            "某县禁毒委员会办公室2024年度部门整体支出绩效自评表\n项目\t预算数\t执行数\n禁毒宣传专项\t18.00\t17.64\n";
        assert!(!read(t, Kind::Whole).iter().any(|x| matches!(x.0, Field::BudgetTotal | Field::ActualTotal)));
    }

    /// A table of years side by side (指标 | 2022年 | 2023年 | 增减（%）), in a summary or a report of
    /// the year's spending alike: the record's year's count its own, the other year's marked with
    /// that year (its own record), the change read for nothing.
    #[test]
    fn years_side_by_side_in_any_report() {
        for kind in [Kind::Summary, Kind::Whole, Kind::Project] {
            let cells = ["指标", "2022年", "2023年", "增减（%）"];
            let h = Header {
                label: "指标".to_string(),
                roles: super::super::cells::header(&cells).expect("a header"),
                scale: 1.0,
                year_col: Some(1),
                ..Default::default()
            };
            let p = Para {
                text: "破获毒品刑事案件（起）\t7\t9\t28.6".to_string(),
                starts: vec![(0, 2)],
                heading: false,
                table_row: true,
            };
            let (mut out, mut targets) = (Vec::new(), Vec::new());
            row(&p, &h, kind, &mut out, &mut targets);
            let read: Vec<(Field, f64, Option<i32>)> =
                out.iter().map(|c| (c.field, c.value, c.list_year.map(|y| y.0))).collect();
            assert_eq!(read, [(Field::CriminalCases, 7.0, Some(2022)), (Field::CriminalCases, 9.0, None)], "{kind:?}");
        }
    }

    /// Last year's results beside this year's (上年 | 本年 | 同比; 上年完成值 | 本年目标值 |
    /// 本年实际完成值): this year's figure the record's, last year's marked with its year, the
    /// target and the change no value; last year's target and the same months of last year are no
    /// year's results, nor last year's column of a table of money.
    #[test]
    fn last_years_results_beside_this_years() {
        let read = |cells: &[&str], row_text: &str| {
            let roles = super::super::cells::header(cells).unwrap_or_else(|| panic!("{cells:?}"));
            let h = Header {
                label: cells[0].to_string(),
                last_year: super::last_years_column(cells, &roles).map(|i| (i, 2022)),
                roles,
                scale: 1.0,
                ..Default::default()
            };
            let p = Para { text: row_text.to_string(), starts: vec![(0, 2)], heading: false, table_row: true };
            let (mut out, mut targets) = (Vec::new(), Vec::new());
            row(&p, &h, Kind::Summary, &mut out, &mut targets);
            out.iter().map(|c| (c.field, c.value, c.list_year.map(|y| y.0))).collect::<Vec<_>>()
        };
        let both = [(Field::CriminalCases, 10.0, None), (Field::CriminalCases, 7.0, Some(2022))];
        for (cells, text) in [
            (&["项目", "上年", "本年", "同比"][..], "破获毒品刑事案件（起）\t7\t10\t+42.9%"),
            (&["指标", "去年", "今年", "增减"][..], "破获毒品刑事案件（起）\t7\t10\t+3"),
            (&["指标名称", "上年完成值", "本年目标值", "本年实际完成值"][..], "破获毒品刑事案件（起）\t7\t6\t10"),
            (
                &["一级指标", "二级指标", "三级指标", "上年实际完成值", "本年目标值", "本年实际完成值", "分值", "得分"]
                    [..],
                "产出指标\t数量指标\t破获毒品刑事案件数\t7起\t≥6起\t10起\t10\t10",
            ),
        ] {
            let mut got = read(cells, text);
            got.sort_by_key(|a| a.2);
            assert_eq!(got, both, "{cells:?}");
        }
        for cells in [
            &["指标名称", "上年目标值", "本年目标值", "本年实际完成值"][..],
            &["指标", "本年1-6月", "上年同期", "同比"][..],
            &["项目", "本年数", "上年数"][..],
            &["项目", "上年决算数", "本年预算数", "本年决算数"][..],
        ] {
            let roles = super::super::cells::header(cells).unwrap_or_default();
            assert_eq!(super::last_years_column(cells, &roles), None, "{cells:?}");
        }
    }

    /// A city's table of counts by county opens on its places' column and counts' labels (序号 before it
    /// or not); a table of money, of towns or of words is none.
    #[test]
    fn a_citys_table_of_counts_by_county() {
        for (cells, lead, n) in [
            (vec!["地区", "破获毒品刑事案件（起）", "刑事拘留（人）", "查获吸毒人员（人次）"], 1, 3),
            (vec!["序号", "县（市、区）", "破获毒品刑事案件（起）", "刑事拘留（人）", "强制隔离戒毒（人）"], 2, 3),
            (vec!["县区", "在册社戒社康人员（名）", "管控率（%）", "尿检（人次）", "尿检目标数（人次）"], 1, 4),
            (vec!["地区", "破获毒品刑事案件（起）", "同比（%）", "查获吸毒人员（人次）", "同比（%）"], 1, 4),
        ] {
            let (l, labels) = super::places_counts_header(&cells).unwrap_or_else(|| panic!("{cells:?}"));
            assert_eq!((l, labels.len()), (lead, n), "{cells:?}");
        }
        for cells in [
            vec!["县（市、区）", "预算数", "执行数", "执行率"],
            vec!["乡镇", "破获毒品刑事案件（起）", "查获吸毒人员（人次）"],
            vec!["地区", "工作亮点", "存在问题"],
            vec!["地区", "破获毒品刑事案件（起）"],
        ] {
            assert!(super::places_counts_header(&cells).is_none(), "{cells:?}");
        }
        // (its rows: a number or an empty cell before the label)
        let row = ["2", "珠晖区", "19", "25"];
        assert_eq!(super::places_counts_row(&row, 2, 2).map(|r| r.0), Some("珠晖区"));
        assert_eq!(super::places_counts_row(&["", "合计", "186", "243"], 2, 2).map(|r| r.0), Some("合计"));
        assert!(super::places_counts_row(&["珠晖区", "19"], 2, 2).is_none());
    }
}
