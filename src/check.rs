//! Stage 2: records → findings a supervisor must see before a figure reaches a briefing.
//! Owns the consistency rules (parts that do not add up, and the unit slip behind them;
//! spending above budget or far below it; notes the extractor could not settle). Each
//! finding names file, line, unit, year and field, in Chinese with English beside it.
//! Hands `Vec<Finding>` to `render`.

use crate::extract::re::Re;
use crate::model::fmt_num;
use crate::model::{Field, Finding, FindingCode, Kind, Outlier, Record, Severity};
use regex::Regex;
use std::collections::HashMap;

static YEAR_IN: Re = Re::new(|| Regex::new(r"(20\d\d)\s*年").unwrap());

/// Execution below this share of the budget is flagged.
pub const LOW_EXECUTION: f64 = 80.0;
/// Parts and totals may differ by this much (万元) from rounding.
pub const TOLERANCE: f64 = 0.011;

fn finding(r: &Record, code: FindingCode, field: Option<Field>, line: usize, zh: String, en: String) -> Finding {
    Finding {
        code,
        severity: code.severity(),
        file: r.file.clone(),
        line,
        unit: r.id.unit.clone(),
        county: r.id.county.clone(),
        city: r.id.city.clone(),
        province: r.id.province.clone(),
        year: r.id.year,
        kind: r.id.kind,
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
        partial_year(r, &mut out);
        bounded(r, &mut out);
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
                FindingCode::C10,
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
                FindingCode::C10,
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
                FindingCode::C10,
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
                FindingCode::C11,
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
            FindingCode::C12,
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
                FindingCode::C15,
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

/// The same unit, year and kind reported twice with different figures: each record is
/// compared with the first under the same key, the one whose figures count (one pass, a map
/// of keys; a report's own account before a summary's recap of that year).
/// A unit is its county (or its name) in its province and city: 鼓楼区 of 南京市 and 鼓楼区 of
/// 徐州市 are two units.
fn duplicates(records: &[Record], out: &mut Vec<Finding>) {
    type Key<'a> = (&'a str, &'a str, &'a str, Option<i32>, Kind);
    let mut first: HashMap<Key, &Record> = HashMap::new();
    // (in the order the figures count: a report's own account before a summary's recap of it)
    for a in crate::model::own_accounts_first(records) {
        if a.id.year.is_none() {
            continue;
        }
        let who = if a.id.county.is_empty() { a.id.unit.as_str() } else { a.id.county.as_str() };
        let b = *first.entry((&a.id.province, &a.id.city, who, a.id.year, a.id.kind)).or_insert(a);
        if std::ptr::eq(a, b) {
            continue;
        }
        for f in &a.facts {
            let Some(g) = b.get(f.field) else { continue };
            if (g.value - f.value).abs() > 1e-6 {
                out.push(finding(
                    a,
                    FindingCode::C13,
                    Some(f.field),
                    f.line,
                    format!(
                        "同一单位同一年度重复报送且数字不一：{}此处为{}，{}第{}行为{}（采用后者：该年度本身的报告优先，其次为先读到的）",
                        f.field.label(),
                        fmt_num(f.value),
                        b.file,
                        g.line,
                        fmt_num(g.value)
                    ),
                    format!(
                        "same unit and year reported twice: {} is {} here but {} at {} line {} (the latter is used: the year's own report first, else the first read)",
                        f.field.name(),
                        fmt_num(f.value),
                        fmt_num(g.value),
                        b.file,
                        g.line
                    ),
                ));
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
            Some(claim) => out.push(Finding {
                severity: Severity::Error,
                ..finding(
                    r,
                    FindingCode::C08,
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
                )
            }),
            None => out.push(finding(
                r,
                FindingCode::C08,
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
        let (was, was_en) = (c.original_zh(), c.original_en());
        out.push(finding(
            r,
            FindingCode::C09,
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
        out.push(finding(r, n.code, n.field, n.line, n.message_zh.clone(), n.message_en.clone()));
    }
}

/// Parts vs totals: personnel + public = basic; basic + project = total.
fn sums(r: &Record, out: &mut Vec<Finding>) {
    for (total, parts) in crate::model::PARTS_AND_TOTALS {
        let (Some(t), Some(vals)) = (r.value(*total), parts.iter().map(|p| r.value(*p)).collect::<Option<Vec<f64>>>())
        else {
            continue;
        };
        let sum: f64 = vals.iter().sum();
        if (sum - t).abs() > TOLERANCE.max(t.abs() * 0.0005) {
            let names: Vec<&str> = parts.iter().map(|p| p.label()).collect();
            out.push(finding(
                r,
                FindingCode::C01,
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
                FindingCode::C02,
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
        FindingCode::C03,
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
                    FindingCode::C04,
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
                FindingCode::C04,
                Some(a),
                line_of(r, a),
                format!("{what_zh}超预算：支出{}万元，预算{}万元，执行率{:.2}%", fmt_num(av), fmt_num(bv), rate),
                format!("{what_en} above budget: {} spent of {} budgeted ({:.2}%)", fmt_num(av), fmt_num(bv), rate),
            ));
        } else if rate < LOW_EXECUTION {
            out.push(finding(
                r,
                FindingCode::C05,
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
    // extraction may have said already why no year could be found
    if r.id.year.is_none() && !r.notes.iter().any(|n| n.code == FindingCode::C06) {
        out.push(finding(
            r,
            FindingCode::C06,
            None,
            r.title_line,
            "未能确定评价年度".into(),
            "the fiscal year could not be determined".into(),
        ));
    }
    if r.id.county.is_empty() && r.id.city.is_empty() {
        out.push(Finding {
            severity: Severity::Warning,
            ..finding(
                r,
                FindingCode::C06,
                None,
                r.title_line,
                "未能确定所属县区".into(),
                "the county could not be determined".into(),
            )
        });
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
                FindingCode::C07,
                None,
                r.title_line,
                format!("{}报告未载明{}", r.id.kind.label(), zh),
                format!("the {} report states no {}", r.id.kind.name(), en),
            ));
        }
    }
}

/// Figures of part of a year stay in facts but out of the indicators: say so once a record.
fn partial_year(r: &Record, out: &mut Vec<Finding>) {
    let partial: Vec<&crate::model::Fact> = r.facts.iter().filter(|f| f.period.is_some()).collect();
    let Some(first) = partial.first() else { return };
    let mut periods: Vec<&str> = Vec::new();
    for p in partial.iter().filter_map(|f| f.period.as_deref()) {
        if !periods.contains(&p) {
            periods.push(p);
        }
    }
    let labels: Vec<&str> = partial.iter().map(|f| f.field.label()).collect();
    out.push(finding(
        r,
        FindingCode::C16,
        Some(first.field),
        first.line,
        format!(
            "{}只涵盖{}，不是全年数：保留在facts.csv中，不参与排名、比较和图表",
            labels.join("、"),
            periods.join("、")
        ),
        format!(
            "{} cover only {}, not the full year: kept in facts.csv, left out of ranks, comparisons and charts",
            partial.iter().map(|f| f.field.name()).collect::<Vec<_>>().join(", "),
            periods.join(", ")
        ),
    ));
}

/// Figures the text only bounds stay in facts but out of the indicators: say so once a record.
fn bounded(r: &Record, out: &mut Vec<Finding>) {
    let bounds: Vec<&crate::model::Fact> =
        r.facts.iter().filter(|f| f.qualifier.is_bound() && f.period.is_none()).collect();
    let Some(first) = bounds.first() else { return };
    let zh: Vec<String> = bounds
        .iter()
        .map(|f| {
            let sign = match f.qualifier {
                crate::model::Qualifier::Lt => "低于",
                crate::model::Qualifier::Le => "不超过",
                crate::model::Qualifier::Gt => "超过",
                _ => "不少于",
            };
            let unit = match f.field.measure() {
                crate::model::Measure::Percent => "%",
                crate::model::Measure::Money => "万元",
                crate::model::Measure::Score => "分",
                crate::model::Measure::Count => "",
            };
            format!("{}{}{}{}", f.field.label(), sign, fmt_num(f.value), unit)
        })
        .collect();
    out.push(finding(
        r,
        FindingCode::C18,
        Some(first.field),
        first.line,
        format!("报告只载明{}，不是实际数：保留在facts.csv中，不参与排名、比较和图表", zh.join("、")),
        format!(
            "the report only bounds {}: kept in facts.csv, left out of ranks, comparisons and charts",
            bounds
                .iter()
                .map(|f| format!("{} {}{}", f.field.name(), f.qualifier.symbol(), fmt_num(f.value)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    ));
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
            code: FindingCode::C14,
            severity: FindingCode::C14.severity(),
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
            city: o.city.clone(),
            province: rec.map(|r| r.id.province.clone()).unwrap_or_default(),
            year: o.year,
            kind: o.kind,
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
                    period: None,
                })
                .collect(),
            title_line: 1,
            ..Default::default()
        }
    }

    fn codes(rs: &[Record]) -> Vec<FindingCode> {
        check(rs).into_iter().map(|f| f.code).collect()
    }

    use Field::*;
    use FindingCode::*;

    /// A whole-unit record that states everything its kind needs, all consistent.
    fn clean() -> Record {
        rec(
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
        )
    }

    fn with(mut r: Record, field: Field, value: f64) -> Record {
        r.facts.retain(|f| f.field != field);
        let line = r.facts.len() + 2;
        r.facts.push(Fact {
            field,
            value,
            qualifier: Qualifier::Exact,
            line,
            snippet: String::new(),
            corrected: None,
            period: None,
        });
        r
    }

    #[test]
    fn a_clean_record_has_no_findings() {
        assert_eq!(codes(&[clean()]), []);
    }

    #[test]
    fn c01_parts_that_do_not_add_up() {
        assert_eq!(codes(&[with(clean(), BasicActual, 50.0)]), [C01]);
    }

    #[test]
    fn c04_spending_above_budget() {
        let r = with(with(with(clean(), ActualTotal, 120.0), BasicActual, 58.0), ProjectActual, 62.0);
        let f: Vec<_> = check(&[r]).into_iter().map(|f| (f.code, f.field)).collect();
        assert_eq!(f, [(C04, Some(ActualTotal)), (C04, Some(ProjectActual))], "the total and the part that overran");
    }

    #[test]
    fn c05_execution_below_the_threshold() {
        let r = with(with(with(clean(), ActualTotal, 70.0), BasicActual, 55.0), ProjectActual, 15.0);
        let f: Vec<_> = check(&[r]).into_iter().map(|f| (f.code, f.field)).collect();
        assert_eq!(f, [(C05, Some(ActualTotal)), (C05, Some(ProjectActual))], "the total and the part far below");
    }

    #[test]
    fn c06_unknown_year_is_an_error_and_unknown_place_a_warning() {
        let mut r = clean();
        r.id.year = None;
        let f = check(&[r]);
        assert_eq!(f.iter().map(|f| (f.code, f.severity)).collect::<Vec<_>>(), [(C06, Severity::Error)]);
        let mut r = clean();
        r.id.county.clear();
        let f = check(&[r]);
        assert_eq!(f.iter().map(|f| (f.code, f.severity)).collect::<Vec<_>>(), [(C06, Severity::Warning)]);
    }

    #[test]
    fn c07_a_whole_report_without_its_structure() {
        let bare = rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 95.0), (ControlRate, 96.0)]);
        let msgs: Vec<String> = check(&[bare]).into_iter().map(|f| f.message_zh).collect();
        assert_eq!(msgs, ["整体支出报告未载明基本支出与项目支出的构成，无法分析支出结构"]);
    }

    #[test]
    fn c07_a_project_report_without_a_score() {
        let mut project = rec("浏阳市", &[(BudgetTotal, 100.0), (ActualTotal, 95.0), (ControlRate, 96.0)]);
        project.id.kind = Kind::Project;
        let msgs: Vec<String> = check(&[project]).into_iter().map(|f| f.message_zh).collect();
        assert_eq!(msgs, ["项目支出报告未载明自评得分，无法评定等级"]);
    }

    #[test]
    fn c07_a_summary_needs_results_but_no_budget() {
        let mut summary = rec("浏阳市", &[(PublicityEvents, 30.0)]);
        summary.id.kind = Kind::Summary;
        assert_eq!(codes(std::slice::from_ref(&summary)), [], "a work summary needs no budget");
        summary.facts.clear();
        assert_eq!(codes(&[summary]), [C07]);
    }

    #[test]
    fn c10_a_capped_rate_above_100() {
        assert_eq!(codes(&[with(clean(), ControlRate, 104.0)]), [C10]);
    }

    #[test]
    fn c10_more_positives_than_tests() {
        assert_eq!(codes(&[with(with(clean(), HairTests, 10.0), HairPositive, 12.0)]), [C10]);
    }

    #[test]
    fn c10_a_negative_figure() {
        assert_eq!(codes(&[with(clean(), CriminalCases, -3.0)]), [C10]);
    }

    #[test]
    fn c11_a_year_that_does_not_fit() {
        let mut y = clean();
        y.id.year = Some(2999);
        assert_eq!(codes(&[y]), [C11]);
    }

    #[test]
    fn c12_a_stated_rate_its_figures_contradict() {
        assert_eq!(codes(&[with(clean(), ExecutionRateStated, 99.0)]), [C12]);
        assert_eq!(codes(&[with(clean(), ExecutionRateStated, 95.0)]), [], "95/100 is 95%");
    }

    #[test]
    fn c13_the_same_unit_year_twice_with_different_figures() {
        let b = with(with(clean(), ActualTotal, 96.0), ProjectActual, 38.0);
        assert_eq!(codes(&[clean(), b]), [C13, C13], "both differing figures are named");
        assert_eq!(codes(&[clean(), clean()]), [], "the same figures twice are no finding");
    }

    #[test]
    fn c15_a_stated_share_its_figures_contradict() {
        let mut share = with(with(clean(), PersonnelActual, 48.0), PublicActual, 10.0);
        let stated = |v: f64, d: u8| crate::model::StatedRatio {
            num: PersonnelActual,
            den: BasicActual,
            value: v,
            decimals: d,
            line: 9,
            snippet: String::new(),
        };
        // 48 / 58 = 82.76%
        share.ratios = vec![stated(82.76, 2), stated(83.0, 0)];
        assert_eq!(codes(std::slice::from_ref(&share)), [], "stated rightly to 2 and to 0 decimals");
        share.ratios = vec![stated(88.33, 2)];
        assert_eq!(codes(&[share]), [C15]);
    }

    #[test]
    fn c16_figures_of_part_of_a_year_are_named_once() {
        let mut r = with(clean(), UsersCaught, 40.0);
        for f in r.facts.iter_mut().filter(|f| f.field == UsersCaught || f.field == CriminalCases) {
            f.period = Some("2023-01..2023-06".into());
        }
        let f = check(&[r]);
        assert_eq!(f.iter().map(|f| f.code).collect::<Vec<_>>(), [C16]);
        assert!(
            f[0].message_zh.starts_with("破获毒品刑事案件、查处吸毒人员只涵盖2023-01..2023-06"),
            "{}",
            f[0].message_zh
        );
    }

    #[test]
    fn c18_figures_the_text_only_bounds_are_named_once() {
        let mut r = with(clean(), RelapseRate, 15.0);
        for f in r.facts.iter_mut().filter(|f| f.field == RelapseRate) {
            f.qualifier = crate::model::Qualifier::Lt;
        }
        let f = check(&[r]);
        assert_eq!(f.iter().map(|f| f.code).collect::<Vec<_>>(), [C18]);
        assert!(f[0].message_zh.starts_with("报告只载明复吸率低于15%"), "{}", f[0].message_zh);
        assert_eq!(codes(&[with(clean(), RelapseRate, 15.0)]), [], "a stated rate is no bound");
    }

    #[test]
    fn every_code_has_its_row_in_the_outputs_readme() {
        let readme = include_str!("../outputs/README.md");
        for c in FindingCode::ALL {
            let row = format!("| {} | {} |", c.code(), c.description());
            assert!(readme.contains(&row), "outputs/README.md lacks or words differently: {row}");
        }
        let rows =
            readme.lines().filter(|l| l.len() > 6 && l.starts_with("| ") && l[2..].starts_with(['C', 'X'])).count();
        assert_eq!(rows, FindingCode::ALL.len(), "a code in outputs/README.md that FindingCode lacks");
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
        let slips: Vec<_> = f.iter().filter(|f| f.code == C02).collect();
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
            period: None,
        });
        let f = check(std::slice::from_ref(&r));
        assert!(f.iter().any(|f| f.code == C08 && f.severity == Severity::Warning));
        r.claims_all_met = Some(27);
        let f = check(&[r]);
        assert!(f.iter().any(|f| f.code == C08 && f.severity == Severity::Error && f.message_zh.contains("第27行")));
    }
}
