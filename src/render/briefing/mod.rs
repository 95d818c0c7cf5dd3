//! The briefing (简报) a city supervisor forwards: text generated from the comparison tables
//! in Chinese (who executed the budget best and worst and how that changed on the year,
//! who overspent, which drug-control results rose or fell two years running), the check
//! findings a supervisor must see, the charts (or why one could not be drawn) and a compact
//! comparison table. Every number in the text carries the sentences (file, line) it comes
//! from. Built once as `Briefing`, written as Markdown (`md`), HTML (`html`) and DOCX
//! (`docx`).

pub mod docx;
pub mod html;
pub mod md;
pub mod national;

use super::charts::CityChart;
use super::grid::{kind_label, GCell, Grid, Prov, Src, V};
use super::Ctx;
use crate::compute::tables::{self as ct, CityTable};
use crate::model::{fmt_num, Severity};

/// A piece of running text: words, or a number with where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    T(String),
    N {
        text: String,
        /// the stated figures it was read or computed from
        src: Vec<Src>,
        /// how it was computed, when it is not a stated figure
        how: String,
    },
}

/// A finding listed in the briefing, with the table row it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub text: String,
    pub file: String,
    pub line: usize,
    /// (table index in `Briefing::tables`, row index)
    pub row: Option<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    H1(String),
    H2(String),
    P(Vec<Piece>),
    Findings(Vec<Item>),
    /// index into `Briefing::charts`
    Chart(usize),
    /// a chart that was not drawn, and why
    NotDrawn(String, String),
    /// index into `Briefing::tables`
    Table(usize),
}

pub struct Briefing {
    pub title: String,
    pub blocks: Vec<Block>,
    pub charts: Vec<CityChart>,
    /// (compact table for print, full table for the web page)
    pub tables: Vec<(Grid, Grid)>,
    /// under each table (compact, full): the columns no unit stated, left out (or nothing)
    pub table_notes: Vec<[String; 2]>,
}

impl Briefing {
    /// The note under table `i` (`full`: the web page's table), or "".
    pub fn table_note(&self, i: usize, full: bool) -> &str {
        self.table_notes.get(i).map(|n| n[usize::from(full)].as_str()).unwrap_or("")
    }
}

impl Briefing {
    /// Every number of the text, in order, with its sources.
    pub fn numbers(&self) -> Vec<(&str, &[Src], &str)> {
        self.blocks
            .iter()
            .filter_map(|b| if let Block::P(p) = b { Some(p) } else { None })
            .flatten()
            .filter_map(|p| match p {
                Piece::N { text, src, how } => Some((text.as_str(), &src[..], how.as_str())),
                Piece::T(_) => None,
            })
            .collect()
    }
}

fn t(s: impl Into<String>) -> Piece {
    Piece::T(s.into())
}

/// The headers of the compact table (print width).
const COMPACT: &[&str] = &[
    "预算数（万元）",
    "支出数（万元）",
    "预算执行率（%）",
    "预算执行率排名",
    "预算执行率同比（百分点）",
    "项目支出执行率（%）",
    "自评得分（分）",
    "自评等级",
    "管控率（%）",
    "复吸率（%）",
];

/// …and of a year's work summaries, which state results, not budgets.
const COMPACT_SUMMARY: &[&str] = &[
    "破获毒品刑事案件（起）",
    "破获毒品刑事案件排名",
    "破获毒品刑事案件同比（起）",
    "查处吸毒人员（人）",
    "在册吸毒人员（人）",
    "社戒社康人员（人）",
    "管控率（%）",
    "复吸率（%）",
    "毛发检测阳性率（%）",
];

/// The full grid cut to the columns a page can hold (a summary's results, the others' budget
/// and results); the unit named by its county.
pub fn compact(g: &Grid, kind: &str) -> Grid {
    let cols = if kind == "summary" { COMPACT_SUMMARY } else { COMPACT };
    let idx: Vec<usize> = cols.iter().filter_map(|h| g.headers.iter().position(|x| x == h)).collect();
    let mut headers = vec!["区县".to_string()];
    headers.extend(idx.iter().map(|&i| g.headers[i].clone()));
    let rows = g
        .rows
        .iter()
        .map(|r| {
            let name = match (&r[1].v, g.about.len()) {
                (V::Text(c), _) if !c.is_empty() && !c.ends_with("个单位") => r[1].clone(),
                // the city's own row (the units' sums, its weighted rate), named as its line
                // in the charts
                (V::Text(c), _) if c.ends_with("个单位") => {
                    let mut c = r[0].clone();
                    c.v = V::Text(super::charts::CITY_LINE.into());
                    c
                }
                _ => r[0].clone(),
            };
            let mut row = vec![name];
            row.extend(idx.iter().map(|&i| r[i].clone()));
            row
        })
        .collect();
    Grid { name: g.name.clone(), title: g.title.clone(), headers, rows, about: g.about.clone() }
}

fn num(v: f64, src: Vec<Src>, how: &str) -> Piece {
    Piece::N { text: fmt_num(v), src, how: how.into() }
}

/// Units' value of one key column, with sources.
struct Val<'a> {
    row: &'a ct::UnitRow,
    cell: &'a ct::Cell,
}

fn values<'a>(tb: &'a CityTable, id: &str) -> Vec<Val<'a>> {
    tb.rows.iter().filter_map(|r| r.cell(id).filter(|c| c.value.is_some()).map(|cell| Val { row: r, cell })).collect()
}

/// The text of one city, year and kind.
fn city_section(ctx: &Ctx, prov: &Prov, ti: usize, table_no: usize, b: &mut Vec<Block>) {
    let tb = &ctx.tables[ti];
    let (city, year, kind) = (&tb.city, tb.year, &tb.kind);
    let kl = kind_label(kind);
    let src = |r: &ct::UnitRow, id: &str| prov.sources(&r.unit, year, kind, id);
    let rollup_how = format!("{city}{year}年各单位数据加总（city_rollup.csv）");
    b.push(Block::H2(format!("一、{city}{year}年度{kl}总体情况")));
    let mut p = vec![
        t("全市共"),
        num(tb.rows.len() as f64, vec![], "报送单位数"),
        t(format!("个区县（单位）报送{year}年度{kl}绩效材料。")),
    ];
    if let (Some(bud), Some(act)) = (tb.total[0], tb.total[1]) {
        p.extend([
            t("预算数合计"),
            num(bud, vec![], &rollup_how),
            t("万元，支出数合计"),
            num(act, vec![], &rollup_how),
            t("万元"),
        ]);
        if let Some(r) = tb.total[2] {
            p.extend([t("，全市预算执行率（按金额加权）"), num(r, vec![], &rollup_how), t("%")]);
            let prev = ctx
                .tables
                .iter()
                .find(|x| x.city == *city && x.kind == *kind && x.province == tb.province && x.year == year - 1);
            if let Some(pr) = prev.and_then(|x| x.total[2]) {
                p.extend([
                    t("，上年为"),
                    num(pr, vec![], &format!("{city}{}年各单位数据加总（city_rollup.csv）", year - 1)),
                    t("%"),
                ]);
            }
        }
        p.push(t("。"));
    }
    b.push(Block::P(p));

    b.push(Block::H2("二、各区县预算执行比较".into()));
    let exec = values(tb, "exec_rate_total");
    if exec.len() >= 2 {
        // rows are ranked by closeness to 100%: first is best, last is worst
        let best = &exec[0];
        let worst = &exec[exec.len() - 1];
        let mut p = vec![
            t("全市"),
            num(exec.len() as f64, vec![], "载明预算执行率的单位数"),
            t("个区县中，预算执行率最接近100%的是"),
            t(best.row.name().to_string()),
            t("（"),
            num(best.cell.value.unwrap_or_default(), src(best.row, "exec_rate_total"), "支出数÷预算数×100"),
            t("%）"),
        ];
        yoy_clause(&mut p, best, year);
        p.extend([
            t("；偏离最大的是"),
            t(worst.row.name().to_string()),
            t("（"),
            num(worst.cell.value.unwrap_or_default(), src(worst.row, "exec_rate_total"), "支出数÷预算数×100"),
            t("%）"),
        ]);
        yoy_clause(&mut p, worst, year);
        p.push(t("。"));
        b.push(Block::P(p));
    } else if let Some(v) = exec.first() {
        b.push(Block::P(vec![
            t(format!("{}的预算执行率为", v.row.name())),
            num(v.cell.value.unwrap_or_default(), src(v.row, "exec_rate_total"), "支出数÷预算数×100"),
            t("%，全市仅此一个单位载明，无从比较。"),
        ]));
    } else {
        b.push(Block::P(vec![t("各单位均未载明可计算预算执行率的预算数和支出数。")]));
    }
    for (id, what) in [("exec_rate_total", "支出超预算"), ("exec_rate_project", "项目支出超预算")] {
        let over: Vec<Val> = values(tb, id).into_iter().filter(|v| v.cell.value.unwrap_or(0.0) > 100.0).collect();
        if over.is_empty() {
            continue;
        }
        let mut p = vec![t(format!("{what}的有："))];
        for (i, v) in over.iter().enumerate() {
            if i > 0 {
                p.push(t("、"));
            }
            p.extend([
                t(format!("{}（执行率", v.row.name())),
                num(v.cell.value.unwrap_or_default(), src(v.row, id), "支出数÷预算数×100"),
                t("%）"),
            ]);
        }
        p.push(t("，请核实超支原因及资金来源。"));
        b.push(Block::P(p));
    }
    let threshold = crate::check::LOW_EXECUTION;
    let low: Vec<&Val> = exec.iter().filter(|v| v.cell.value.unwrap_or(100.0) < threshold).collect();
    if !low.is_empty() {
        let mut p = vec![t(format!("预算执行率低于{threshold}%的有："))];
        for (i, v) in low.iter().enumerate() {
            if i > 0 {
                p.push(t("、"));
            }
            p.extend([
                t(format!("{}（", v.row.name())),
                num(v.cell.value.unwrap_or_default(), src(v.row, "exec_rate_total"), "支出数÷预算数×100"),
                t("%）"),
            ]);
        }
        p.push(t("。"));
        b.push(Block::P(p));
    }
    let scores = values(tb, "self_score");
    if scores.len() >= 2 {
        let hi = scores.iter().max_by(|a, b| a.cell.value.partial_cmp(&b.cell.value).unwrap()).expect("two scores");
        let lo = scores.iter().min_by(|a, b| a.cell.value.partial_cmp(&b.cell.value).unwrap()).expect("two scores");
        b.push(Block::P(vec![
            t(format!("自评得分最高的是{}（", hi.row.name())),
            num(hi.cell.value.unwrap_or_default(), src(hi.row, "self_score"), "自评得分"),
            t(format!("分，{}）", hi.row.grade.clone().unwrap_or_default())),
            t(format!("，最低的是{}（", lo.row.name())),
            num(lo.cell.value.unwrap_or_default(), src(lo.row, "self_score"), "自评得分"),
            t(format!("分，{}）。", lo.row.grade.clone().unwrap_or_default())),
        ]));
    }

    b.push(Block::H2("三、禁毒工作成效".into()));
    let mut any = false;
    for (id, label, lower_better) in [
        ("relapse_rate", "复吸率", true),
        ("control_rate", "管控率", false),
        ("hair_positivity", "毛发检测阳性率", true),
    ] {
        let series = ctx.series.units(city, kind, id);
        let (mut down, mut up) = (Vec::new(), Vec::new());
        for s in &series {
            let pts: Vec<(i32, f64)> = s.points.iter().copied().filter(|p| p.0 <= year && p.0 >= year - 2).collect();
            if pts.len() == 3 && pts[0].0 == year - 2 {
                if pts[0].1 > pts[1].1 && pts[1].1 > pts[2].1 {
                    down.push((s.name.clone(), pts));
                } else if pts[0].1 < pts[1].1 && pts[1].1 < pts[2].1 {
                    up.push((s.name.clone(), pts));
                }
            }
        }
        for (list, dir) in [(&down, "下降"), (&up, "上升")] {
            if list.is_empty() {
                continue;
            }
            any = true;
            let good = (dir == "下降") == lower_better;
            let mut p = vec![t(format!("{label}连续两年{dir}的有："))];
            for (i, (name, pts)) in list.iter().enumerate() {
                if i > 0 {
                    p.push(t("、"));
                }
                let unit = tb.rows.iter().find(|r| r.name() == name).map(|r| r.unit.clone()).unwrap_or_default();
                p.push(t(format!("{name}（")));
                for (k, (y, v)) in pts.iter().enumerate() {
                    if k > 0 {
                        p.push(t("→"));
                    }
                    p.push(num(*v, prov.sources(&unit, *y, kind, id), &format!("{y}年{label}")));
                    p.push(t("%"));
                }
                p.push(t("）"));
            }
            p.push(t(if good { "，成效持续向好。" } else { "，请关注。" }));
            b.push(Block::P(p));
        }
    }
    let ctrl = values(tb, "control_rate");
    if ctrl.len() >= 2 {
        any = true;
        let lo = ctrl.iter().min_by(|a, b| a.cell.value.partial_cmp(&b.cell.value).unwrap()).expect("two rates");
        b.push(Block::P(vec![
            t(format!("社戒社康管控率最低的是{}（", lo.row.name())),
            num(lo.cell.value.unwrap_or_default(), src(lo.row, "control_rate"), "管控率"),
            t("%）。"),
        ]));
    }
    // the cases solved, most and fewest, each with its change on the unit's year before (a
    // year's work summaries state these, not budgets)
    let cases = values(tb, "criminal_cases");
    if cases.len() >= 2 {
        any = true;
        let hi = cases.iter().max_by(|a, b| a.cell.value.partial_cmp(&b.cell.value).unwrap()).expect("two counts");
        let lo = cases.iter().min_by(|a, b| a.cell.value.partial_cmp(&b.cell.value).unwrap()).expect("two counts");
        let mut p = Vec::new();
        for (i, (v, word)) in [(hi, "最多"), (lo, "最少")].into_iter().enumerate() {
            let lead = if i == 0 { "破获毒品刑事案件" } else { "，" };
            p.push(t(format!("{lead}{word}的是{}（", v.row.name())));
            p.push(num(v.cell.value.unwrap_or_default(), src(v.row, "criminal_cases"), "破获毒品刑事案件"));
            p.push(t("起"));
            if let (Some(d), Some(py)) = (v.cell.yoy, v.cell.prev_year) {
                let since = if py == year - 1 { "同比".to_string() } else { format!("较{py}年") };
                match d {
                    d if d > 0.0 => {
                        p.extend([t(format!("，{since}增加")), num(d, vec![], "本年起数−上年起数"), t("起")])
                    }
                    d if d < 0.0 => {
                        p.extend([t(format!("，{since}减少")), num(-d, vec![], "本年起数−上年起数"), t("起")])
                    }
                    _ => p.push(t(format!("，{since}持平"))),
                }
            }
            p.push(t("）"));
        }
        p.push(t("。"));
        b.push(Block::P(p));
    }
    if !any {
        b.push(Block::P(vec![t("各单位载明的禁毒工作数据不足以作年度比较。")]));
    }

    b.push(Block::H2("四、核查发现的问题".into()));
    let mut items = Vec::new();
    for (ri, r) in tb.rows.iter().enumerate() {
        // (the findings of this kind's record: a whole-unit report's are not its project's)
        for f in ctx.o.findings.iter().filter(|f| f.unit == r.unit && f.year == Some(year) && f.kind.name() == *kind) {
            if f.severity < Severity::Warning {
                continue;
            }
            items.push(Item {
                text: format!("{}：{}〔{}，{}〕", r.name(), f.message_zh, f.severity.label(), f.code),
                file: f.file.clone(),
                line: f.line,
                row: Some((table_no, ri)),
            });
        }
    }
    if items.is_empty() {
        b.push(Block::P(vec![t("核查未发现需要关注的问题。")]));
    } else {
        b.push(Block::Findings(items));
    }
}

fn yoy_clause(p: &mut Vec<Piece>, v: &Val, year: i32) {
    if let (Some(d), Some(py)) = (v.cell.yoy, v.cell.prev_year) {
        let word = if d > 0.0 {
            "提高"
        } else if d < 0.0 {
            "降低"
        } else {
            "持平"
        };
        let since = if py == year - 1 { "同比".to_string() } else { format!("较{py}年") };
        if d == 0.0 {
            p.push(t(format!("，{since}持平")));
        } else {
            p.extend([t(format!("，{since}{word}")), num(d.abs(), vec![], "本年执行率−上年执行率"), t("个百分点")]);
        }
    }
}

/// The briefing of every city in the outputs (each at `year`, or its latest year); its
/// charts taken from `drawn` when given (`Ctx::charts`), else drawn here. With more than
/// `render::MAX_CITIES` cities, the national summary instead (`national::build`).
pub fn build(ctx: &Ctx, year: Option<i32>, drawn: Option<&[CityChart]>) -> Result<Briefing, super::chart::ChartError> {
    if ctx.many_cities {
        return national::build(ctx);
    }
    let prov = Prov::new(&ctx.o.records, &ctx.o.findings);
    let mut blocks = Vec::new();
    let mut charts = Vec::new();
    let mut tables = Vec::new();
    let mut table_notes = Vec::new();
    // which tables: per city and kind, the chosen year or the latest one
    let mut chosen: Vec<usize> = Vec::new();
    for (i, tb) in ctx.tables.iter().enumerate() {
        if year.is_some_and(|y| y != tb.year) {
            continue;
        }
        let later = ctx.tables.iter().any(|x| {
            x.city == tb.city && x.kind == tb.kind && x.province == tb.province && x.year > tb.year && year.is_none()
        });
        if !later {
            chosen.push(i);
        }
    }
    // city by city, the whole-unit evaluation before project ones
    let kind_order = |k: &str| crate::model::Kind::from_name(k).map(|k| k as u8).unwrap_or(9);
    chosen.sort_by_key(|&i| {
        let t = &ctx.tables[i];
        (t.province.clone(), t.city.clone(), kind_order(&t.kind), t.year)
    });
    let cities: Vec<String> = {
        let mut c: Vec<String> = chosen.iter().map(|&i| ctx.tables[i].city.clone()).collect();
        c.dedup();
        c
    };
    let title = match (cities.as_slice(), year) {
        ([c], Some(y)) => format!("关于{c}{y}年度禁毒经费绩效评价情况的简报"),
        ([c], None) => format!("关于{c}禁毒经费绩效评价情况的简报"),
        _ => "关于禁毒经费绩效评价情况的简报".to_string(),
    };
    if chosen.is_empty() {
        blocks.push(Block::P(vec![t("所选范围内没有可比较的区县报告（需载明所属城市和年度）。")]));
    }
    for &i in &chosen {
        let tb = &ctx.tables[i];
        blocks.push(Block::H1(format!("{}{}年度{}", tb.city, tb.year, kind_label(&tb.kind))));
        let table_no = tables.len();
        // (the web page's full table: its city row named 全市 as in the charts and the text)
        let mut full = ctx.grids[i].clone();
        for r in full.rows.iter_mut().filter(|r| matches!(&r[1].v, V::Text(c) if c.ends_with("个单位"))) {
            r[0].v = V::Text(super::charts::CITY_LINE.into());
        }
        push_table(&mut tables, &mut table_notes, compact(&ctx.grids[i], &tb.kind), full);
        city_section(ctx, &prov, i, table_no, &mut blocks);
        let cs = match drawn {
            Some(all) => all
                .iter()
                .filter(|c| c.city == tb.city && c.kind == tb.kind && c.year.is_none_or(|y| y == tb.year))
                .cloned()
                .collect(),
            None => {
                let mut cs = super::charts::year_charts(tb);
                cs.extend(super::charts::trend_charts(&ctx.series, &tb.city, &tb.kind));
                super::charts::draw_all(&mut cs, true)?;
                cs
            }
        };
        blocks.push(Block::H2("五、图表".into()));
        // (a year's work summaries state no budget: the budget charts they cannot have are not
        // listed one by one as not drawn)
        let summary = tb.kind == "summary";
        let budget_chart = |c: &super::charts::CityChart| c.shows.budget();
        if summary && cs.iter().all(|c| c.why_not.is_some() && budget_chart(c)) {
            blocks.push(Block::P(vec![t("工作总结未载明预算和支出，不绘制预算执行率和支出结构图。")]));
        }
        for c in cs {
            match &c.why_not {
                Some(_) if summary && budget_chart(&c) => {}
                Some(w) => blocks.push(Block::NotDrawn(c.title.clone(), w.clone())),
                None => {
                    blocks.push(Block::Chart(charts.len()));
                    charts.push(c);
                }
            }
        }
        blocks.push(Block::H2("附表：各区县绩效对比".into()));
        blocks.push(Block::Table(table_no));
    }
    Ok(Briefing { title, blocks, charts, tables, table_notes })
}

/// A table of the briefing (compact for print, full for the web page), each without the
/// columns no row states, and the notes naming those (`Briefing::table_note`).
pub(super) fn push_table(tables: &mut Vec<(Grid, Grid)>, notes: &mut Vec<[String; 2]>, short: Grid, full: Grid) {
    let (short, short_out) = super::grid::without_empty_columns(&short, 1);
    let (full, full_out) = super::grid::without_empty_columns(&full, 1);
    tables.push((short, full));
    notes.push([super::grid::missing_note(&short_out), super::grid::missing_note(&full_out)]);
}

/// The sources of a number as one line of text (for a tooltip or an appendix).
pub fn describe(src: &[Src], how: &str) -> String {
    let mut s: Vec<String> = src.iter().map(Src::describe).collect();
    if s.is_empty() || !how.is_empty() {
        s.insert(0, format!("计算：{how}"));
    }
    s.join("\n")
}

/// A grid cell's sources as one line of text.
pub fn cell_sources(c: &GCell) -> String {
    let mut s: Vec<String> = Vec::new();
    if !c.note.is_empty() {
        s.push(c.note.clone());
    }
    s.extend(c.src.iter().map(Src::describe));
    s.extend(c.flags.iter().cloned());
    s.join("\n")
}
