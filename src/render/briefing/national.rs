//! The briefing of a run over many cities (a national or multi-province corpus, more than
//! `render::MAX_CITIES`): the totals and the weighted execution rate of the latest year and
//! the year before, province by province (with a ranking chart), the cities that overspent or
//! fell below the low-execution threshold, what the checks found and where, and the table of
//! every city's latest year. A section per city-year would be thousands of pages: those are
//! `jixiao brief --city C`'s. Built from the city roll-up (`Ctx::summary`), handed on as a
//! `Briefing` like a city's.

use super::{num, t, Block, Briefing};
use crate::compute::tables::{SummaryRow, SUMMARY};
use crate::model::Severity;
use crate::render::charts::{self, CityChart};
use crate::render::grid::{kind_label, summary_grid, Fmt, GCell, Grid};
use crate::render::Ctx;
use std::collections::{BTreeMap, HashMap};

/// At most this many cities are named in a list of the text (the table has them all).
const NAMED: usize = 10;

fn col(id: &str) -> usize {
    SUMMARY.iter().position(|k| k.id == id).expect("a SUMMARY column")
}

/// Budget, spending and the weighted rate over rows that state both.
#[derive(Default, Clone, Copy)]
struct Sum {
    budget: f64,
    actual: f64,
    cities: usize,
    units: usize,
}

impl Sum {
    fn add(&mut self, r: &SummaryRow) {
        self.cities += 1;
        self.units += r.units;
        if let (Some(b), Some(a)) = (r.values[col("budget_total")], r.values[col("actual_total")]) {
            self.budget += b;
            self.actual += a;
        }
    }
    fn rate(&self) -> Option<f64> {
        (self.budget > 0.0).then(|| (self.actual / self.budget * 1000.0).round() / 10.0)
    }
}

/// The kind the summary is about: whole-unit evaluations when there are any.
fn main_kind(rows: &[SummaryRow]) -> Option<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for r in rows {
        *count.entry(r.kind.as_str()).or_default() += 1;
    }
    if count.contains_key("whole") {
        return Some("whole".into());
    }
    count.into_iter().max_by_key(|(_, n)| *n).map(|(k, _)| k.to_string())
}

const HOW: &str = "各市合计加总（city_rollup.csv）";

pub fn build(ctx: &Ctx) -> Result<Briefing, crate::render::chart::ChartError> {
    let mut blocks = Vec::new();
    let mut charts: Vec<CityChart> = Vec::new();
    let mut tables = Vec::new();
    let mut table_notes = Vec::new();
    let title = "关于禁毒经费绩效评价情况的汇总简报".to_string();
    let Some(kind) = main_kind(&ctx.summary) else {
        blocks.push(Block::P(vec![t("所选范围内没有可比较的区县报告（需载明所属城市和年度）。")]));
        return Ok(Briefing { title, blocks, charts, tables, table_notes });
    };
    let kl = kind_label(&kind);
    let of_kind: Vec<&SummaryRow> = ctx.summary.iter().filter(|r| r.kind == kind).collect();
    let year = of_kind.iter().map(|r| r.year).max().expect("rows of the kind");
    let first = of_kind.iter().map(|r| r.year).min().expect("rows of the kind");
    let now: Vec<&SummaryRow> = of_kind.iter().copied().filter(|r| r.year == year).collect();
    let before: Vec<&SummaryRow> = of_kind.iter().copied().filter(|r| r.year == year - 1).collect();
    let total = |rows: &[&SummaryRow]| rows.iter().fold(Sum::default(), |mut s, r| (s.add(r), s).1);
    let provinces: BTreeMap<&str, Sum> = now.iter().fold(BTreeMap::new(), |mut m, r| {
        m.entry(r.province.as_str()).or_insert_with(Sum::default).add(r);
        m
    });
    let provinces_before: BTreeMap<&str, Sum> = before.iter().fold(BTreeMap::new(), |mut m, r| {
        m.entry(r.province.as_str()).or_insert_with(Sum::default).add(r);
        m
    });

    // 一、总体情况
    blocks.push(Block::H1(format!("{year}年度{kl}汇总")));
    blocks.push(Block::H2("一、总体情况".into()));
    let all_cities: std::collections::HashSet<(&str, &str)> =
        ctx.summary.iter().map(|r| (r.province.as_str(), r.city.as_str())).collect();
    blocks.push(Block::P(vec![
        t("本次汇总"),
        num(ctx.totals.records as f64, vec![], "读取的报告（记录）数"),
        t("份绩效材料，涉及"),
        num(all_cities.len() as f64, vec![], "城市数"),
        t(format!("个城市，年度跨{first}—{year}年。")),
    ]));
    let s = total(&now);
    let mut p = vec![
        t(format!("{year}年度，")),
        num(provinces.len() as f64, vec![], "省份数"),
        t("个省份"),
        num(s.cities as f64, vec![], "城市数"),
        t("个城市的"),
        num(s.units as f64, vec![], "报送单位数"),
        t(format!("个单位报送了{kl}绩效材料")),
    ];
    if let Some(r) = s.rate() {
        p.extend([
            t("，载明预算数和支出数的城市预算数合计"),
            num((s.budget * 100.0).round() / 100.0, vec![], HOW),
            t("万元，支出数合计"),
            num((s.actual * 100.0).round() / 100.0, vec![], HOW),
            t("万元，预算执行率（按金额加权）"),
            num(r, vec![], "支出数合计÷预算数合计×100"),
            t("%"),
        ]);
        if let Some(pr) = total(&before).rate() {
            p.extend([t(format!("，{}年为", year - 1)), num(pr, vec![], "支出数合计÷预算数合计×100"), t("%")]);
        }
    }
    p.push(t("。"));
    blocks.push(Block::P(p));

    // 二、分省比较: a chart and a table
    blocks.push(Block::H2("二、各省份预算执行比较".into()));
    let mut bars: Vec<(String, f64)> =
        provinces.iter().filter_map(|(p, s)| s.rate().map(|r| (p.to_string(), r))).collect();
    bars.sort_by(|a, b| (a.1 - 100.0).abs().total_cmp(&(b.1 - 100.0).abs()));
    let chart =
        charts::summary_ranking(&format!("{year}年度各省份{kl}预算执行率（按金额加权）"), "各省份_执行率排名", bars);
    match &chart.why_not {
        Some(w) => blocks.push(Block::NotDrawn(chart.title.clone(), w.clone())),
        None => {
            blocks.push(Block::Chart(charts.len()));
            charts.push(chart);
        }
    }
    let g = province_grid(year, &provinces, &provinces_before);
    blocks.push(Block::Table(tables.len()));
    super::push_table(&mut tables, &mut table_notes, g.clone(), g);

    // 三、需关注的城市
    blocks.push(Block::H2("三、需关注的城市".into()));
    let rate = |r: &SummaryRow| r.values[col("exec_rate_total")];
    let mut over: Vec<&SummaryRow> = now.iter().copied().filter(|r| rate(r).is_some_and(|v| v > 100.0)).collect();
    over.sort_by(|a, b| rate(b).unwrap_or_default().total_cmp(&rate(a).unwrap_or_default()));
    let low_at = crate::check::LOW_EXECUTION;
    let mut low: Vec<&SummaryRow> = now.iter().copied().filter(|r| rate(r).is_some_and(|v| v < low_at)).collect();
    low.sort_by(|a, b| rate(a).unwrap_or_default().total_cmp(&rate(b).unwrap_or_default()));
    for (list, what) in
        [(&over, "支出超预算（执行率高于100%）".to_string()), (&low, format!("预算执行率低于{low_at}%"))]
    {
        if list.is_empty() {
            blocks.push(Block::P(vec![t(format!("{what}的城市：无。"))]));
            continue;
        }
        let mut p = vec![t(format!("{what}的城市")), num(list.len() as f64, vec![], "城市数"), t("个")];
        p.push(t(if list.len() > NAMED { format!("，偏离最大的{NAMED}个是：") } else { "：".to_string() }));
        for (i, r) in list.iter().take(NAMED).enumerate() {
            if i > 0 {
                p.push(t("、"));
            }
            p.extend([
                t(format!("{}{}（", r.province, r.city)),
                num(rate(r).unwrap_or_default(), vec![], "该市支出数合计÷预算数合计×100"),
                t("%）"),
            ]);
        }
        p.push(t("。"));
        blocks.push(Block::P(p));
    }

    // 四、核查发现
    blocks.push(Block::H2("四、核查发现的问题".into()));
    findings_section(ctx, year, &mut blocks);

    // 附表
    blocks.push(Block::H2(format!("附表：各城市{year}年度{kl}汇总")));
    let rows: Vec<SummaryRow> = now.iter().map(|r| (*r).clone()).collect();
    let full = summary_grid(&rows);
    blocks.push(Block::Table(tables.len()));
    super::push_table(&mut tables, &mut table_notes, compact(&full), full);
    blocks.push(Block::P(vec![t(
        "各城市逐年的区县对比表见 tables/，各城市最新年度的图表与趋势图见 charts/；某一城市某一年度的完整简报可用 jixiao brief --city 城市名 --year 年度 生成。",
    )]));
    charts::draw_all(&mut charts, true)?;
    Ok(Briefing { title, blocks, charts, tables, table_notes })
}

/// One row per province: cities, units, totals and the weighted rate, this year and last.
fn province_grid(year: i32, now: &BTreeMap<&str, Sum>, before: &BTreeMap<&str, Sum>) -> Grid {
    let headers = [
        "省份",
        "城市数",
        "单位数",
        "预算数（万元）",
        "支出数（万元）",
        "预算执行率（%）",
        "上年预算执行率（%）",
        "同比（百分点）",
    ];
    let rows: Vec<Vec<GCell>> = now
        .iter()
        .map(|(p, s)| {
            let r = s.rate();
            let pr = before.get(p).and_then(Sum::rate);
            let money = |x: f64| GCell::num((s.rate().is_some()).then_some((x * 100.0).round() / 100.0), Fmt::Money);
            vec![
                GCell::text(crate::render::cell_text(p)),
                GCell::num(Some(s.cities as f64), Fmt::Int),
                GCell::num(Some(s.units as f64), Fmt::Int),
                money(s.budget),
                money(s.actual),
                GCell::num(r, Fmt::Pct),
                GCell::num(pr, Fmt::Pct),
                GCell::num(r.zip(pr).map(|(a, b)| ((a - b) * 10.0).round() / 10.0), Fmt::Num),
            ]
        })
        .collect();
    Grid {
        name: "各省份汇总".into(),
        title: format!("各省份{year}年度预算执行情况（按金额加权）"),
        headers: headers.iter().map(|h| h.to_string()).collect(),
        about: vec![None; rows.len()],
        rows,
    }
}

/// The summary grid cut to what a printed page holds.
fn compact(g: &Grid) -> Grid {
    let keep = ["省份", "城市", "单位数", "预算数（万元）", "支出数（万元）", "预算执行率（%）", "项目支出执行率（%）"];
    let idx: Vec<usize> = keep.iter().filter_map(|h| g.headers.iter().position(|x| x == h)).collect();
    Grid {
        name: g.name.clone(),
        title: g.title.clone(),
        headers: idx.iter().map(|&i| g.headers[i].clone()).collect(),
        rows: g.rows.iter().map(|r| idx.iter().map(|&i| r[i].clone()).collect()).collect(),
        about: g.about.clone(),
    }
}

/// Counts of the year's findings by code, and the cities with the most errors.
fn findings_section(ctx: &Ctx, year: i32, blocks: &mut Vec<Block>) {
    let of_year: Vec<_> =
        ctx.o.findings.iter().filter(|f| f.year == Some(year) && f.severity >= Severity::Warning).collect();
    if of_year.is_empty() {
        blocks.push(Block::P(vec![t(format!("{year}年度核查未发现需要关注的问题。"))]));
        return;
    }
    let errors = of_year.iter().filter(|f| f.severity == Severity::Error).count();
    let mut by_code: BTreeMap<crate::model::FindingCode, usize> = BTreeMap::new();
    for f in &of_year {
        *by_code.entry(f.code).or_default() += 1;
    }
    let mut codes: Vec<_> = by_code.into_iter().collect();
    codes.sort_by_key(|c| std::cmp::Reverse(c.1));
    let mut p = vec![
        t(format!("{year}年度核查发现需要关注的问题")),
        num(of_year.len() as f64, vec![], "核查发现条数（checks.csv）"),
        t("条，其中错误"),
        num(errors as f64, vec![], "级别为错误的条数"),
        t("条。按类别："),
    ];
    for (i, (code, n)) in codes.iter().enumerate() {
        if i > 0 {
            p.push(t("；"));
        }
        p.extend([t(format!("{}（{code}）", code.title_zh())), num(*n as f64, vec![], "条数"), t("条")]);
    }
    p.push(t("。"));
    blocks.push(Block::P(p));
    let mut by_city: HashMap<(&str, &str), usize> = HashMap::new();
    for f in of_year.iter().filter(|f| f.severity == Severity::Error) {
        if !f.city.is_empty() {
            *by_city.entry((f.province.as_str(), f.city.as_str())).or_default() += 1;
        }
    }
    let mut worst: Vec<_> = by_city.into_iter().collect();
    worst.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if !worst.is_empty() {
        let mut p = vec![t("错误最多的城市：")];
        for (i, ((prov, city), n)) in worst.iter().take(NAMED).enumerate() {
            if i > 0 {
                p.push(t("、"));
            }
            p.extend([t(format!("{prov}{city}（")), num(*n as f64, vec![], "该市级别为错误的核查发现条数"), t("条）")]);
        }
        p.push(t("。逐条见 checks.csv。"));
        blocks.push(Block::P(p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(province: &str, city: &str, year: i32, budget: f64, actual: f64) -> SummaryRow {
        let mut values = vec![None; SUMMARY.len()];
        values[col("budget_total")] = Some(budget);
        values[col("actual_total")] = Some(actual);
        values[col("exec_rate_total")] = Some(actual / budget * 100.0);
        SummaryRow { province: province.into(), city: city.into(), year, kind: "whole".into(), units: 3, values }
    }

    #[test]
    fn a_province_rate_is_weighted_by_money_not_averaged_over_cities() {
        let mut s = Sum::default();
        s.add(&row("甲省", "一市", 2024, 100.0, 100.0));
        s.add(&row("甲省", "二市", 2024, 900.0, 450.0));
        // (100 + 450) / (100 + 900) = 55%, not the mean of 100% and 50%
        assert_eq!(s.rate(), Some(55.0));
        assert_eq!((s.cities, s.units), (2, 6));
    }

    #[test]
    fn a_province_without_stated_money_has_no_rate() {
        let mut r = row("甲省", "一市", 2024, 100.0, 90.0);
        r.values[col("budget_total")] = None;
        let mut s = Sum::default();
        s.add(&r);
        assert_eq!(s.rate(), None);
    }

    #[test]
    fn the_summary_is_about_whole_unit_evaluations_when_there_are_any() {
        let mut p = row("甲省", "一市", 2024, 1.0, 1.0);
        p.kind = "project".into();
        assert_eq!(main_kind(&[p.clone(), p.clone(), row("甲省", "一市", 2024, 1.0, 1.0)]).as_deref(), Some("whole"));
        assert_eq!(main_kind(&[p]).as_deref(), Some("project"));
        assert_eq!(main_kind(&[]), None);
    }
}
