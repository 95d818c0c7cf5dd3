//! One 项目支出 / 部门整体支出绩效自评表, laid out every way the provinces publish it, reads back
//! as the same figures: the column headers as provinces word them (年初预算数 / 全年预算数 /
//! 调整后预算数 / 批复预算数 / 调整预算数 / 预算执行数 / 实际支出 …), the money unit stated in the
//! section's label, on a line above (元, 千元, 万元) or in each header, thousands separators,
//! the rate before or after 分值, the total row's label (年度资金总额, 资金总额, 合计), the score as
//! 总分, 合计 or 自评得分, the year in the title, in a caption or only in the form's filing date,
//! the unit in 主管部门 / 实施单位, 项目单位 or 填报单位, and the rows flattened with tabs, single
//! spaces, runs of spaces, one cell per line (a bar line or a short rule after each row, or
//! nothing) or pipes (Markdown rows whole, or short of their trailing empty cells). Layout variants of this kind found an
//! approved budget read as the full-year one and a filing date read as the fiscal year.

use jixiao::extract::extract_text;
use jixiao::model::{Field, Kind};
use proptest::prelude::*;

/// (initial, full-year, spent, rate) as the provinces head the columns.
const HEADS: &[(Option<&str>, &str, &str, &str)] = &[
    (Some("年初预算数"), "全年预算数", "全年执行数", "执行率"),
    (Some("年初预算数"), "调整后预算数", "预算执行数", "预算执行率"),
    (Some("年初预算数"), "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"),
    (Some("年初预算数(万元)"), "全年预算数(万元)", "全年执行数(万元)", "执行率"),
    (Some("年初预算"), "调整后预算", "实际支出", "执行率"),
    (Some("批复预算数"), "调整预算数", "实际支出数", "预算执行率"),
    (None, "全年预算数", "全年执行数", "执行率"),
    (None, "预算数", "执行数", "执行率"),
];

#[derive(Debug, Clone, Copy)]
enum Unit {
    /// 项目资金（万元）
    Label,
    /// 金额单位：元 above the table
    YuanLine,
    /// 金额单位：千元
    QianLine,
    /// 单位：万元
    WanLine,
    /// each money header（元）
    YuanHeads,
}

#[derive(Debug, Clone, Copy)]
enum Flat {
    Tabs,
    Space,
    Spaces,
    Cells,
    Pipes,
    /// one cell per line, a bar line (|) after each row, as a web page's table is copied
    CellsBars,
    /// one cell per line, a short rule (---) after each row
    CellsDashes,
    /// Markdown rows that lost their trailing empty cells (| 总分 | | | | | 100 | 93.5 |)
    PipesTrimmed,
}

#[derive(Debug, Clone, Copy)]
enum Dated {
    Title,
    Caption,
    /// only 填报日期 of the next year's spring
    Filed,
}

#[derive(Debug, Clone)]
struct Form {
    whole: bool,
    head: usize,
    unit: Unit,
    flat: Flat,
    points: bool,
    rate_first: bool,
    commas: bool,
    total: &'static str,
    score_row: u8,
    dated: Dated,
    unit_line: u8,
    year: i32,
    /// full-year budget and spending, in cents of 万元
    budget: u32,
    spent: u32,
    /// the score, in tenths
    score: u32,
    /// (indicator, target, result)
    urine: (u32, u32),
}

fn form() -> impl Strategy<Value = Form> {
    (
        (any::<bool>(), 0..HEADS.len(), 0u8..5, 0u8..8, any::<bool>(), any::<bool>(), any::<bool>()),
        (0usize..4, 0u8..3, 0u8..3, 0u8..3, 2016i32..2025),
        (1_000u32..5_000_000, 70u32..=100, 800u32..=995, 100u32..5_000, 1u32..500),
    )
        .prop_map(
            |(
                (whole, head, unit, flat, points, rate_first, commas),
                (total, score_row, dated, unit_line, year),
                (budget, pct, score, target, more),
            )| Form {
                whole,
                head,
                unit: [Unit::Label, Unit::YuanLine, Unit::QianLine, Unit::WanLine, Unit::YuanHeads][unit as usize],
                flat: [
                    Flat::Tabs,
                    Flat::Space,
                    Flat::Spaces,
                    Flat::Cells,
                    Flat::Pipes,
                    Flat::CellsBars,
                    Flat::CellsDashes,
                    Flat::PipesTrimmed,
                ][flat as usize],
                points,
                rate_first,
                commas,
                total: ["年度资金总额", "年度资金总额：", "资金总额", "合计"][total],
                score_row,
                dated: [Dated::Title, Dated::Caption, Dated::Filed][dated as usize],
                unit_line,
                year,
                budget,
                spent: budget / 100 * pct,
                score,
                urine: (target, target + more),
            },
        )
}

/// `v` hundredths of 万元 as the form writes it in its unit.
fn money(f: &Form, v: u32) -> String {
    let yuan_cents = v as u64 * 10_000; // hundredths of 元
    let (int, frac) = match f.unit {
        Unit::YuanLine | Unit::YuanHeads => (yuan_cents / 100, yuan_cents % 100),
        Unit::QianLine => (yuan_cents / 100_000, yuan_cents / 1_000 % 100),
        _ => (v as u64 / 100, v as u64 % 100),
    };
    let int = if f.commas {
        let s = int.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    } else {
        int.to_string()
    };
    format!("{int}.{frac:02}")
}

fn text(f: &Form) -> String {
    let (initial, full, spent, rate) = HEADS[f.head];
    let unit = "远安县公安局";
    let mut title = if f.whole {
        "部门整体支出绩效自评表".to_string()
    } else {
        "项目支出绩效自评表".to_string()
    };
    let mut pre = Vec::new();
    match f.dated {
        Dated::Title => title = format!("{}年度{title}", f.year),
        Dated::Caption => pre.push(format!("（{}年度）", f.year)),
        Dated::Filed => pre.push(format!("填报日期：{}年3月15日", f.year + 1)),
    }
    match f.unit {
        Unit::YuanLine => pre.push("金额单位：元".into()),
        Unit::QianLine => pre.push("金额单位：千元".into()),
        Unit::WanLine => pre.push("单位：万元".into()),
        _ => {}
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    let cells = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    if f.unit_line == 2 {
        pre.insert(0, format!("填报单位：{unit}"));
    }
    rows.push(if f.whole {
        cells(&["部门（单位）名称", unit])
    } else {
        cells(&["项目名称", "禁毒专项工作经费"])
    });
    match f.unit_line {
        0 => rows.push(cells(&["主管部门", unit, "实施单位", unit])),
        1 => rows.push(cells(&["项目单位", unit])),
        _ => {}
    }
    let base = if f.whole { "年度预算申请" } else { "项目资金" };
    let label = if matches!(f.unit, Unit::Label) { format!("{base}（万元）") } else { base.to_string() };
    let mut money_heads: Vec<String> = initial.into_iter().chain([full, spent]).map(str::to_string).collect();
    if matches!(f.unit, Unit::YuanHeads) {
        money_heads = money_heads.iter().map(|h| format!("{}（元）", h.trim_end_matches("(万元)"))).collect();
    }
    let mut head = vec![label, String::new()];
    head.extend(money_heads);
    let tail = |rate: String, pts: &str, got: &str| -> Vec<String> {
        match (f.rate_first, f.points) {
            (false, true) => vec![pts.into(), rate, got.into()],
            (false, false) => vec![rate],
            (true, true) => vec![rate, pts.into(), got.into()],
            (true, false) => vec![rate],
        }
    };
    head.extend(tail(rate.to_string(), "分值", "得分"));
    rows.push(head);
    let pct = f.spent as f64 / f.budget as f64 * 100.0;
    let money_row = |label: &str, budget: u32, spent: u32, rate: String, pts: &str, got: &str| {
        let mut r = vec![String::new(), label.to_string()];
        // (the year opened on less than it ended with)
        if initial.is_some() {
            r.push(money(f, budget / 10 * 9));
        }
        r.push(money(f, budget));
        r.push(money(f, spent));
        r.extend(tail(rate, pts, got));
        r
    };
    rows.push(money_row(f.total, f.budget, f.spent, format!("{pct:.2}%"), "10", "9"));
    rows.push(money_row("其中：当年财政拨款", f.budget, f.spent, "—".into(), "—", "—"));
    rows.push(money_row("上年结转资金", 0, 0, "—".into(), "—", "—"));
    rows.push(cells(&[
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]));
    let (target, result) = f.urine;
    rows.push(vec![
        "产出指标".into(),
        "数量指标".into(),
        "吸毒人员尿检次数".into(),
        format!("≥{target}次"),
        format!("{result}次"),
        "20".into(),
        "20".into(),
        String::new(),
    ]);
    let score = format!("{}.{}", f.score / 10, f.score % 10);
    match f.score_row {
        0 | 1 => {
            let label = if f.score_row == 0 { "总分" } else { "合计" };
            let mut row = vec![label.to_string()];
            row.extend(std::iter::repeat_n(String::new(), 4));
            row.extend(["100".to_string(), score, String::new()]);
            rows.push(row);
        }
        _ => rows.push(vec![format!("自评得分：{score}分")]),
    }
    let mut lines = vec![title];
    lines.extend(pre);
    for r in rows {
        let kept = || r.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>();
        match f.flat {
            Flat::Tabs => lines.push(r.join("\t")),
            Flat::Space => lines.push(kept().join(" ")),
            Flat::Spaces => lines.push(kept().join("   ")),
            Flat::Cells => lines.extend(kept()),
            Flat::Pipes => lines.push(format!("| {} |", r.join(" | "))),
            Flat::CellsBars | Flat::CellsDashes => {
                lines.extend(kept());
                lines.push(if matches!(f.flat, Flat::CellsBars) { "|" } else { "---" }.to_string());
            }
            Flat::PipesTrimmed => {
                let n = r.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
                lines.push(format!("| {} |", r[..n].join(" | ")));
            }
        }
    }
    lines.join("\n") + "\n"
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 0.011_f64.max(0.005 * b.abs()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn a_self_evaluation_form_reads_the_same_in_every_layout(f in form()) {
        let t = text(&f);
        let recs = extract_text("form.txt", &t);
        prop_assert_eq!(recs.len(), 1, "{}", t);
        let r = &recs[0];
        prop_assert_eq!(r.id.kind, if f.whole { Kind::Whole } else { Kind::Project }, "{}", t);
        prop_assert_eq!(r.id.year, Some(f.year), "{}", t);
        prop_assert_eq!(r.id.county.as_str(), "远安县", "{}", t);
        let budget = f.budget as f64 / 100.0;
        let spent = f.spent as f64 / 100.0;
        prop_assert!(close(r.value(Field::BudgetTotal), budget), "budget {:?} != {}\n{}", r.value(Field::BudgetTotal), budget, t);
        prop_assert!(close(r.value(Field::ActualTotal), spent), "spent {:?} != {}\n{}", r.value(Field::ActualTotal), spent, t);
        let pct = (f.spent as f64 / f.budget as f64 * 10_000.0).round() / 100.0;
        prop_assert!(close(r.value(Field::ExecutionRateStated), pct), "rate {:?} != {}\n{}", r.value(Field::ExecutionRateStated), pct, t);
        prop_assert!(close(r.value(Field::SelfScore), f.score as f64 / 10.0), "score {:?}\n{}", r.value(Field::SelfScore), t);
        prop_assert!(close(r.value(Field::UrineTests), f.urine.1 as f64), "urine {:?}\n{}", r.value(Field::UrineTests), t);
    }
}
