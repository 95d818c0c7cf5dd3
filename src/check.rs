//! Stage 2: records → findings a supervisor must see before a figure reaches a briefing.
//! Owns the consistency rules (parts that do not add up, and the unit slip behind them;
//! spending above budget or far below it; notes the extractor could not settle). Each
//! finding names file, line, unit, year and field, in Chinese with English beside it.
//! Hands `Vec<Finding>` to `render`.

use crate::extract::re::Re;
use crate::model::fmt_num;
use crate::model::{Field, Finding, Kind, Outlier, Record, Severity};
use regex::Regex;
use std::collections::HashMap;

static YEAR_IN: Re = Re::new(|| Regex::new(r"(20\d\d)\s*年").unwrap());

/// Execution below this share of the budget is flagged.
pub const LOW_EXECUTION: f64 = 80.0;
/// Parts and totals may differ by this much (万元) from rounding.
pub const TOLERANCE: f64 = 0.011;

fn finding(
    r: &Record,
    code: &'static str,
    sev: Severity,
    field: Option<Field>,
    line: usize,
    zh: String,
    en: String,
) -> Finding {
    Finding {
        code,
        severity: sev,
        file: r.file.clone(),
        line,
        unit: r.id.unit.clone(),
        county: r.id.county.clone(),
        year: r.id.year,
        field,
        message_zh: zh,
        message_en: en,
    }
}

fn line_of(r: &Record, f: Field) -> usize {
    r.get(f).map_or(r.title_line, |x| x.line)
}

/// All findings for a set of records.
pub fn check(records: &[Record]) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in records {
        notes(r, &mut out);
        corrections(r, &mut out);
        sums(r, &mut out);
        items(r, &mut out);
        execution(r, &mut out);
        missing(r, &mut out);
        targets(r, &mut out);
        plausible(r, &mut out);
        stated_rate(r, &mut out);
        stated_ratios(r, &mut out);
    }
    duplicates(records, &mut out);
    out
}

/// Values that cannot be: a rate above 100% where that is impossible, a negative figure,
/// a fiscal year in the future or before budget-performance reporting existed.
fn plausible(r: &Record, out: &mut Vec<Finding>) {
    use crate::model::Measure;
    for f in &r.facts {
        if f.value < 0.0 {
            out.push(finding(
                r,
                "C10",
                Severity::Error,
                Some(f.field),
                f.line,
                format!("{}为负数（{}）", f.field.label(), fmt_num(f.value)),
                format!("{} is negative ({})", f.field.name(), fmt_num(f.value)),
            ));
        }
        // an execution rate or a completion rate against a task (毛发检测完成率106.67%) may pass 100%
        let capped = f.field.measure() == Measure::Percent
            && !matches!(f.field, Field::ExecutionRateStated | Field::HairTestRate);
        if capped && f.value > 100.0 {
            out.push(finding(
                r,
                "C10",
                Severity::Error,
                Some(f.field),
                f.line,
                format!("{}为{}%，超过100%", f.field.label(), fmt_num(f.value)),
                format!("{} is {}%, above 100%", f.field.name(), fmt_num(f.value)),
            ));
        }
    }
    if let (Some(tested), Some(pos)) = (r.value(Field::HairTests), r.value(Field::HairPositive)) {
        if pos > tested {
            out.push(finding(
                r,
                "C10",
                Severity::Error,
                Some(Field::HairPositive),
                line_of(r, Field::HairPositive),
                format!("毛发检测阳性{}人多于检测人数{}人", fmt_num(pos), fmt_num(tested)),
                format!("{} hair tests positive out of {} tested", fmt_num(pos), fmt_num(tested)),
            ));
        }
    }
    if let Some(y) = r.id.year {
        let this_year = current_year();
        if !(2000..=this_year).contains(&y) {
            out.push(finding(
                r,
                "C11",
                Severity::Error,
                None,
                r.title_line,
                format!("评价年度{}不合理", y),
                format!("fiscal year {y} does not fit"),
            ));
        }
    }
}

fn current_year() -> i32 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    1970 + (secs / 31_556_952) as i32
}

/// A stated execution rate that its own figures contradict.
fn stated_rate(r: &Record, out: &mut Vec<Finding>) {
    let (Some(stated), Some(b), Some(a)) =
        (r.value(Field::ExecutionRateStated), r.value(Field::BudgetTotal), r.value(Field::ActualTotal))
    else {
        return;
    };
    if b <= 0.0 {
        return;
    }
    let computed = a / b * 100.0;
    if (computed - stated).abs() > 0.5 {
        out.push(finding(
            r,
            "C12",
            Severity::Warning,
            Some(Field::ExecutionRateStated),
            line_of(r, Field::ExecutionRateStated),
            format!(
                "报告称执行率{}%，但按支出{}万元÷预算{}万元计算为{:.2}%",
                fmt_num(stated),
                fmt_num(a),
                fmt_num(b),
                computed
            ),
            format!(
                "stated execution rate {}% but {} / {} = {:.2}%",
                fmt_num(stated),
                fmt_num(a),
                fmt_num(b),
                computed
            ),
        ));
    }
}

/// A stated share or positivity that its own figures contradict. The statement may round to
/// its written decimals, and the figures it was computed from were themselves rounded.
fn stated_ratios(r: &Record, out: &mut Vec<Finding>) {
    for q in &r.ratios {
        let (Some(a), Some(b)) = (r.value(q.num), r.value(q.den)) else { continue };
        if b <= 0.0 {
            continue;
        }
        let computed = a / b * 100.0;
        let tolerance = 0.5 * 10f64.powi(-(q.decimals as i32)) + 0.002 * q.value.abs() + 0.01;
        if (computed - q.value).abs() > tolerance {
            out.push(finding(
                r,
                "C15",
                Severity::Warning,
                Some(q.num),
                q.line,
                format!(
                    "报告称{}占{}的{}%，但按{}÷{}计算为{:.2}%",
                    q.num.label(),
                    q.den.label(),
                    fmt_num(q.value),
                    fmt_num(a),
                    fmt_num(b),
                    computed
                ),
                format!(
                    "stated {} / {} = {}% but {} / {} = {:.2}%",
                    q.num.name(),
                    q.den.name(),
                    fmt_num(q.value),
                    fmt_num(a),
                    fmt_num(b),
                    computed
                ),
            ));
        }
    }
}

/// The same unit, year and kind reported twice with different figures.
fn duplicates(records: &[Record], out: &mut Vec<Finding>) {
    // the last record read before with the same key: one map lookup per record, not a scan
    fn key(r: &Record) -> (&str, Option<i32>, crate::model::Kind) {
        (if r.id.county.is_empty() { &r.id.unit } else { &r.id.county }, r.id.year, r.id.kind)
    }
    let mut last: std::collections::HashMap<_, &Record> = std::collections::HashMap::new();
    for a in records {
        let Some(b) = last.insert(key(a), a).filter(|_| a.id.year.is_some()) else { continue };
        for f in &a.facts {
            let Some(g) = b.get(f.field) else { continue };
            if (g.value - f.value).abs() > 1e-6 {
                out.push(finding(a, "C13", Severity::Warning, Some(f.field), f.line,
                    format!("同一单位同一年度重复报送且数字不一：{}此处为{}，{}第{}行为{}（采用先读到的）", f.field.label(), fmt_num(f.value), b.file, g.line, fmt_num(g.value)),
                    format!("same unit and year reported twice: {} is {} here but {} at {} line {} (the first read is used)", f.field.name(), fmt_num(f.value), fmt_num(g.value), b.file, g.line)));
            }
        }
    }
}

/// Results that fall short of their stated targets, worst when the report says none did.
fn targets(r: &Record, out: &mut Vec<Finding>) {
    use crate::model::Qualifier;
    for t in &r.targets {
        let (Some(res), Some(up)) = (r.get(t.field), t.field.higher_is_better()) else { continue };
        // a target for a later year (2024年将力争…, 明年, 下一步) is not this year's
        let later_year = YEAR_IN
            .captures_iter(&t.snippet)
            .any(|c| c[1].parse::<i32>().ok().zip(r.id.year).is_some_and(|(y, ry)| y > ry));
        if later_year || ["明年", "下一年", "下年度", "下一步", "今后"].iter().any(|w| t.snippet.contains(w))
        {
            continue;
        }
        let missed = match (t.qualifier, up) {
            (Qualifier::Le | Qualifier::Lt, _) => res.value > t.value + 1e-9,
            (_, true) => res.value < t.value - 1e-9,
            (_, false) => res.value > t.value + 1e-9,
        };
        if !missed {
            continue;
        }
        let unit = t.field.measure().unit();
        let target =
            format!("{}{}{}", t.qualifier.symbol().replace(">=", "≥").replace("<=", "≤"), fmt_num(t.value), unit);
        let result = format!("{}{}", fmt_num(res.value), unit);
        match r.claims_all_met {
            Some(claim) => out.push(finding(
                r,
                "C08",
                Severity::Error,
                Some(t.field),
                res.line,
                format!(
                    "{}目标{}（第{}行）未完成，实际{}，但报告第{}行称无未完成情况",
                    t.field.label(),
                    target,
                    t.line,
                    result,
                    claim
                ),
                format!(
                    "{} target {} (line {}) was missed at {}, yet line {} says nothing was missed",
                    t.field.name(),
                    target,
                    t.line,
                    result,
                    claim
                ),
            )),
            None => out.push(finding(
                r,
                "C08",
                Severity::Warning,
                Some(t.field),
                res.line,
                format!("{}目标{}（第{}行）未完成，实际{}", t.field.label(), target, t.line, result),
                format!("{} target {} (line {}) was missed at {}", t.field.name(), target, t.line, result),
            )),
        }
    }
}

/// Every override from corrections.csv stays visible.
fn corrections(r: &Record, out: &mut Vec<Finding>) {
    for f in &r.facts {
        let Some(c) = &f.corrected else { continue };
        let was = if c.original.is_nan() { "未载明".to_string() } else { fmt_num(c.original) };
        let was_en = if c.original.is_nan() { "not stated".to_string() } else { fmt_num(c.original) };
        out.push(finding(
            r,
            "C09",
            Severity::Info,
            Some(f.field),
            f.line,
            format!(
                "{}已按corrections.csv更正：原为{}，现为{}（{}）",
                f.field.label(),
                was,
                fmt_num(f.value),
                c.reason
            ),
            format!(
                "{} corrected from {} to {} by corrections.csv ({})",
                f.field.name(),
                was_en,
                fmt_num(f.value),
                c.reason
            ),
        ));
    }
}

fn notes(r: &Record, out: &mut Vec<Finding>) {
    for n in &r.notes {
        out.push(finding(r, n.code, Severity::Warning, n.field, n.line, n.message_zh.clone(), n.message_en.clone()));
    }
}

/// Parts vs totals: personnel + public = basic; basic + project = total.
fn sums(r: &Record, out: &mut Vec<Finding>) {
    use Field::*;
    let rules: &[(Field, &[Field])] = &[
        (BasicBudget, &[PersonnelBudget, PublicBudget]),
        (BasicActual, &[PersonnelActual, PublicActual]),
        (BudgetTotal, &[BasicBudget, ProjectBudget]),
        (ActualTotal, &[BasicActual, ProjectActual]),
    ];
    for (total, parts) in rules {
        let (Some(t), Some(vals)) = (r.value(*total), parts.iter().map(|p| r.value(*p)).collect::<Option<Vec<f64>>>())
        else {
            continue;
        };
        let sum: f64 = vals.iter().sum();
        if (sum - t).abs() > TOLERANCE.max(t.abs() * 0.0005) {
            let names: Vec<&str> = parts.iter().map(|p| p.label()).collect();
            out.push(finding(
                r,
                "C01",
                Severity::Error,
                Some(*total),
                line_of(r, *total),
                format!("{}之和{}万元与{}{}万元不符", names.join("与"), fmt_num(sum), total.label(), fmt_num(t)),
                format!(
                    "{} add up to {} but {} is {}",
                    parts.iter().map(|p| p.name()).collect::<Vec<_>>().join(" + "),
                    fmt_num(sum),
                    total.name(),
                    fmt_num(t)
                ),
            ));
        }
    }
}

/// Listed line items vs the total, and the 元-for-万元 slip that makes them fail.
fn items(r: &Record, out: &mut Vec<Finding>) {
    let listed: Vec<_> = r.items.iter().filter(|i| i.listed).collect();
    if listed.len() < 2 {
        return;
    }
    let Some((total_field, total)) =
        [Field::BudgetTotal, Field::ActualTotal].iter().find_map(|f| r.value(*f).map(|v| (*f, v)))
    else {
        return;
    };
    let sum: f64 = listed.iter().map(|i| i.value).sum();
    if (sum - total).abs() <= TOLERANCE {
        return;
    }
    // read every item written in 元 as 万元: does it add up then?
    let as_wan: f64 = listed.iter().map(|i| if i.unit == "元" { i.value * 1e4 } else { i.value }).sum();
    let slips: Vec<_> = listed.iter().filter(|i| i.unit == "元").collect();
    if !slips.is_empty() && (as_wan - total).abs() <= TOLERANCE {
        for i in slips {
            out.push(finding(
                r,
                "C02",
                Severity::Error,
                Some(total_field),
                i.line,
                format!(
                    "“{}{}元”应为{}万元：各分项按万元计合计{}万元，正好等于{}{}万元",
                    i.label,
                    fmt_num(i.value * 1e4),
                    fmt_num(i.value * 1e4),
                    fmt_num(as_wan),
                    total_field.label(),
                    fmt_num(total)
                ),
                format!(
                    "'{} {} 元' must mean {} 万元: read so, the items add up to {} = {} {}",
                    i.label,
                    fmt_num(i.value * 1e4),
                    fmt_num(i.value * 1e4),
                    fmt_num(as_wan),
                    total_field.name(),
                    fmt_num(total)
                ),
            ));
        }
        return;
    }
    out.push(finding(
        r,
        "C03",
        Severity::Warning,
        Some(total_field),
        listed[0].line,
        format!("所列分项合计{}万元，与{}{}万元不符", fmt_num(sum), total_field.label(), fmt_num(total)),
        format!("listed items add up to {} but {} is {}", fmt_num(sum), total_field.name(), fmt_num(total)),
    ));
}

/// Spending above budget, or far below it.
fn execution(r: &Record, out: &mut Vec<Finding>) {
    use Field::*;
    for (b, a, what_zh, what_en) in [
        (BudgetTotal, ActualTotal, "支出", "spending"),
        (BasicBudget, BasicActual, "基本支出", "basic spending"),
        (ProjectBudget, ProjectActual, "项目支出", "project spending"),
        (PersonnelBudget, PersonnelActual, "人员经费", "personnel spending"),
        (PublicBudget, PublicActual, "公用经费", "public spending"),
        (SangongBudget, SangongActual, "三公经费", "sangong spending"),
    ] {
        let (Some(bv), Some(av)) = (r.value(b), r.value(a)) else { continue };
        if bv <= 0.0 {
            if av > TOLERANCE {
                out.push(finding(
                    r,
                    "C04",
                    Severity::Error,
                    Some(a),
                    line_of(r, a),
                    format!("{what_zh}预算为0，却支出{}万元", fmt_num(av)),
                    format!("{what_en} of {} with a budget of 0", fmt_num(av)),
                ));
            }
            continue;
        }
        let rate = av / bv * 100.0;
        if av > bv + TOLERANCE {
            out.push(finding(
                r,
                "C04",
                Severity::Error,
                Some(a),
                line_of(r, a),
                format!("{what_zh}超预算：支出{}万元，预算{}万元，执行率{:.2}%", fmt_num(av), fmt_num(bv), rate),
                format!("{what_en} above budget: {} spent of {} budgeted ({:.2}%)", fmt_num(av), fmt_num(bv), rate),
            ));
        } else if rate < LOW_EXECUTION {
            out.push(finding(
                r,
                "C05",
                Severity::Warning,
                Some(a),
                line_of(r, a),
                format!(
                    "{what_zh}执行率仅{:.2}%（支出{}万元，预算{}万元），低于{}%",
                    rate,
                    fmt_num(av),
                    fmt_num(bv),
                    LOW_EXECUTION
                ),
                format!(
                    "{what_en} executed at only {:.2}% ({} of {}), below {}%",
                    rate,
                    fmt_num(av),
                    fmt_num(bv),
                    LOW_EXECUTION
                ),
            ));
        }
    }
}

/// Key fields a report of its kind should state.
fn missing(r: &Record, out: &mut Vec<Finding>) {
    if r.id.year.is_none() {
        out.push(finding(
            r,
            "C06",
            Severity::Error,
            None,
            r.title_line,
            "未能确定评价年度".into(),
            "the fiscal year could not be determined".into(),
        ));
    }
    if r.id.county.is_empty() && r.id.city.is_empty() {
        out.push(finding(
            r,
            "C06",
            Severity::Warning,
            None,
            r.title_line,
            "未能确定所属县区".into(),
            "the county could not be determined".into(),
        ));
    }
    use crate::model::Kind::{Project, Summary, Whole};
    use Field::*;
    const DRUG_CONTROL: &[Field] = &[
        RegisteredUsers,
        NewUsers,
        CommunityCases,
        ControlRate,
        RelapseRate,
        Abstinence3yRate,
        UrineTests,
        HairTests,
        HairPositive,
        HairTestRate,
        CriminalCases,
        Detained,
        Prosecuted,
        UsersCaught,
        CompulsoryRehab,
        PublicityEvents,
        WastewaterTests,
        RiskHigh,
        RiskMedium,
        RiskLow,
    ];
    // what a report of each kind should state, any one field of a group being enough
    let needs: &[(&[crate::model::Kind], &[Field], &str, &str)] = &[
        (
            &[Whole, Project],
            &[BudgetTotal, BasicBudget, ProjectBudget],
            "预算数，无法计算执行率",
            "budget; no execution rate can be computed",
        ),
        (
            &[Whole, Project],
            &[ActualTotal, BasicActual, ProjectActual],
            "支出数，无法计算执行率",
            "spending; no execution rate can be computed",
        ),
        (
            &[Whole],
            &[BasicActual, ProjectActual, BasicBudget, ProjectBudget, PersonnelActual, PublicActual],
            "基本支出与项目支出的构成，无法分析支出结构",
            "split into basic and project spending; no spending structure",
        ),
        (&[Project], &[SelfScore], "自评得分，无法评定等级", "self-score; no grade"),
        (
            &[Whole, Project, Summary],
            DRUG_CONTROL,
            "任何禁毒工作成效数据（案件、管控、检测、宣传等）",
            "drug-control result (cases, control, tests, publicity)",
        ),
    ];
    for (kinds, any, zh, en) in needs {
        if kinds.contains(&r.id.kind) && !any.iter().any(|f| r.value(*f).is_some()) {
            out.push(finding(
                r,
                "C07",
                Severity::Info,
                None,
                r.title_line,
                format!("{}报告未载明{}", r.id.kind.label(), zh),
                format!("the {} report states no {}", r.id.kind.name(), en),
            ));
        }
    }
}

/// Units far from their city's others (computed by `compute::outliers`) as findings, each
/// pointing at the record's report (file and title line).
pub fn outliers(found: &[Outlier], records: &[Record]) -> Vec<Finding> {
    let mut by_id: HashMap<(&str, Option<i32>, Kind), &Record> = HashMap::new();
    for r in records {
        by_id.entry((r.id.unit.as_str(), r.id.year, r.id.kind)).or_insert(r);
    }
    let mut out = Vec::new();
    for o in found {
        let rec = by_id.get(&(o.unit.as_str(), o.year, o.kind)).copied();
        let (v, m, zi, nn) = (o.value, o.city_median, o.z, o.units_in_city as f64);
        let (l, iu, c) = (&o.label, &o.indicator_unit, &o.city);
        let side = if v > m { ("偏高", "high") } else { ("偏低", "low") };
        out.push(Finding {
            code: "C14",
            severity: Severity::Warning,
            file: rec.map(|r| r.file.clone()).unwrap_or_default(),
            // a keyed-in record has no title: its first figure's CSV line
            line: rec.map_or(0, |r| {
                if r.title_line > 0 {
                    r.title_line
                } else {
                    r.facts.iter().map(|f| f.line).min().unwrap_or(0)
                }
            }),
            unit: o.unit.clone(),
            county: o.county.clone(),
            year: o.year,
            field: None,
            message_zh: format!(
                "{l}为{}{iu}，明显{}：{c}{}个单位的中位数为{}{iu}（稳健z值{}），请核实",
                fmt_num(v),
                side.0,
                fmt_num(nn),
                fmt_num(m),
                fmt_num(zi)
            ),
            message_en: format!(
                "{l} of {}{iu} is far {} against the median {}{iu} of {} units in {c} (robust z {}); please verify",
                fmt_num(v),
                side.1,
                fmt_num(m),
                fmt_num(nn),
                fmt_num(zi)
            ),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Fact, Identity, Kind, LineItem, Qualifier};

    fn rec(county: &str, facts: &[(Field, f64)]) -> Record {
        Record {
            file: "r.txt".into(),
            id: Identity {
                unit: format!("{county}禁毒办"),
                county: county.into(),
                year: Some(2023),
                kind: Kind::Whole,
                ..Default::default()
            },
            facts: facts
                .iter()
                .enumerate()
                .map(|(i, (f, v))| Fact {
                    field: *f,
                    value: *v,
                    qualifier: Qualifier::Exact,
                    line: i + 2,
                    snippet: String::new(),
                    corrected: None,
                })
                .collect(),
            title_line: 1,
            ..Default::default()
        }
    }

    fn codes(rs: &[Record]) -> Vec<&'static str> {
        check(rs).into_iter().map(|f| f.code).collect()
    }

    #[test]
    fn each_rule_fires_and_only_when_it_should() {
        use Field::*;
        let ok = rec(
            "浏阳市",
            &[
                (BudgetTotal, 100.0),
                (ActualTotal, 95.0),
                (BasicBudget, 60.0),
                (ProjectBudget, 40.0),
                (BasicActual, 58.0),
                (ProjectActual, 37.0),
                (CriminalCases, 12.0),
            ],
        );
        assert!(codes(&[ok]).is_empty(), "a clean record has no findings");
        assert!(codes(&[rec(
            "浏阳市",
            &[(BudgetTotal, 100.0), (ActualTotal, 95.0), (BasicActual, 50.0), (ProjectActual, 30.0)]
        )])
        .contains(&"C01"));
        assert!(codes(&[rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 120.0)])]).contains(&"C04"));
        assert!(codes(&[rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 70.0)])]).contains(&"C05"));
        assert!(codes(&[rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 95.0), (ControlRate, 104.0)])])
            .contains(&"C10"));
        assert!(codes(&[rec(
            "浏阳市",
            &[(BudgetTotal, 100.0), (ActualTotal, 95.0), (HairTests, 10.0), (HairPositive, 12.0)]
        )])
        .contains(&"C10"));
        assert!(codes(&[rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 95.0), (ExecutionRateStated, 99.0)])])
            .contains(&"C12"));
        assert!(!codes(&[rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 95.0), (ExecutionRateStated, 95.0)])])
            .contains(&"C12"));
        assert!(codes(&[rec("浏阳市", &[(BudgetTotal, 100.0)])]).contains(&"C07"));
        let mut share = rec(
            "浏阳市",
            &[
                (BudgetTotal, 100.0),
                (ActualTotal, 95.0),
                (BasicActual, 60.0),
                (PersonnelActual, 50.0),
                (PublicActual, 10.0),
                (ProjectActual, 35.0),
                (BasicBudget, 60.0),
                (ProjectBudget, 40.0),
                (ControlRate, 96.0),
            ],
        );
        let stated = |v: f64, d: u8| crate::model::StatedRatio {
            num: PersonnelActual,
            den: BasicActual,
            value: v,
            decimals: d,
            line: 9,
            snippet: String::new(),
        };
        share.ratios = vec![stated(83.33, 2), stated(83.0, 0)];
        assert!(
            codes(std::slice::from_ref(&share)).is_empty(),
            "50/60 = 83.33% is stated rightly to 2 and to 0 decimals"
        );
        share.ratios = vec![stated(88.33, 2)];
        assert_eq!(codes(&[share]), ["C15"]);
        // key fields by kind: a whole-unit report without its structure, a project without a score
        let bare = rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 95.0), (ControlRate, 96.0)]);
        let msgs: Vec<String> = check(std::slice::from_ref(&bare)).into_iter().map(|f| f.message_zh).collect();
        assert_eq!(msgs, ["整体支出报告未载明基本支出与项目支出的构成，无法分析支出结构"]);
        let mut project = bare.clone();
        project.id.kind = Kind::Project;
        let msgs: Vec<String> = check(&[project]).into_iter().map(|f| f.message_zh).collect();
        assert_eq!(msgs, ["项目支出报告未载明自评得分，无法评定等级"]);
        let mut summary = rec("浏阳市", &[(PublicityEvents, 30.0)]);
        summary.id.kind = Kind::Summary;
        assert!(codes(std::slice::from_ref(&summary)).is_empty(), "a work summary needs no budget");
        summary.facts.clear();
        assert_eq!(codes(&[summary]), ["C07"]);
        let a = rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 95.0)]);
        let b = rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 96.0)]);
        assert_eq!(codes(&[a.clone(), b]).iter().filter(|c| **c == "C13").count(), 1);
        let mut y = a.clone();
        y.id.year = Some(2999);
        assert!(codes(&[y]).contains(&"C11"));
    }

    #[test]
    fn unit_slip_is_named() {
        let mut r = rec("湘潭县", &[(Field::BudgetTotal, 65.0), (Field::ActualTotal, 64.19)]);
        for (label, v, unit) in
            [("禁毒社会化工作经费", 20.0, "万元"), ("收治经费", 0.0035, "元"), ("毛发验毒经费", 0.001, "元")]
        {
            r.items.push(LineItem {
                label: label.into(),
                value: v,
                unit: unit.into(),
                listed: true,
                line: 5,
                snippet: String::new(),
            });
        }
        let f = check(&[r]);
        let slips: Vec<_> = f.iter().filter(|f| f.code == "C02").collect();
        assert_eq!(slips.len(), 2);
        assert!(slips[0].message_zh.contains("应为35万元"));
    }

    #[test]
    fn missed_target_is_an_error_when_denied() {
        let mut r =
            rec("湘阴县", &[(Field::BudgetTotal, 20.0), (Field::ActualTotal, 19.0), (Field::ControlRate, 95.0)]);
        r.targets.push(Fact {
            field: Field::ControlRate,
            value: 98.0,
            qualifier: Qualifier::Exact,
            line: 9,
            snippet: String::new(),
            corrected: None,
        });
        let f = check(std::slice::from_ref(&r));
        assert!(f.iter().any(|f| f.code == "C08" && f.severity == Severity::Warning));
        r.claims_all_met = Some(27);
        let f = check(&[r]);
        assert!(f.iter().any(|f| f.code == "C08" && f.severity == Severity::Error && f.message_zh.contains("第27行")));
    }
}
