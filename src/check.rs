//! Stage 2: records → findings a supervisor must see before a figure reaches a briefing.
//! Owns the consistency rules (parts that do not add up, and the unit slip behind them;
//! spending above budget or far below it; notes the extractor could not settle). Each
//! finding names file, line, unit, year and field, in Chinese with English beside it.
//! Hands `Vec<Finding>` to `render`.

use crate::extract::scan::fmt_num;
use crate::model::{Field, Finding, Record, Severity};

/// Execution below this share of the budget is flagged.
pub const LOW_EXECUTION: f64 = 80.0;
/// Parts and totals may differ by this much (万元) from rounding.
pub const TOLERANCE: f64 = 0.011;

fn finding(r: &Record, code: &'static str, sev: Severity, field: Option<Field>, line: usize, zh: String, en: String) -> Finding {
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
    }
    out
}

/// Results that fall short of their stated targets, worst when the report says none did.
fn targets(r: &Record, out: &mut Vec<Finding>) {
    use crate::model::Qualifier;
    for t in &r.targets {
        let (Some(res), Some(up)) = (r.get(t.field), t.field.higher_is_better()) else { continue };
        let missed = match (t.qualifier, up) {
            (Qualifier::Le | Qualifier::Lt, _) => res.value > t.value + 1e-9,
            (_, true) => res.value < t.value - 1e-9,
            (_, false) => res.value > t.value + 1e-9,
        };
        if !missed {
            continue;
        }
        let unit = t.field.measure().unit();
        let target = format!("{}{}{}", t.qualifier.symbol().replace(">=", "≥").replace("<=", "≤"), fmt_num(t.value), unit);
        let result = format!("{}{}", fmt_num(res.value), unit);
        match r.claims_all_met {
            Some(claim) => out.push(finding(
                r,
                "C08",
                Severity::Error,
                Some(t.field),
                res.line,
                format!("{}目标{}（第{}行）未完成，实际{}，但报告第{}行称无未完成情况", t.field.label(), target, t.line, result, claim),
                format!("{} target {} (line {}) was missed at {}, yet line {} says nothing was missed", t.field.name(), target, t.line, result, claim),
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
            format!("{}已按corrections.csv更正：原为{}，现为{}（{}）", f.field.label(), was, fmt_num(f.value), c.reason),
            format!("{} corrected from {} to {} by corrections.csv ({})", f.field.name(), was_en, fmt_num(f.value), c.reason),
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
        let (Some(t), Some(vals)) = (r.value(*total), parts.iter().map(|p| r.value(*p)).collect::<Option<Vec<f64>>>()) else { continue };
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
                format!("{} add up to {} but {} is {}", parts.iter().map(|p| p.name()).collect::<Vec<_>>().join(" + "), fmt_num(sum), total.name(), fmt_num(t)),
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
    let Some((total_field, total)) = [Field::BudgetTotal, Field::ActualTotal].iter().find_map(|f| r.value(*f).map(|v| (*f, v))) else { return };
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
                out.push(finding(r, "C04", Severity::Error, Some(a), line_of(r, a),
                    format!("{what_zh}预算为0，却支出{}万元", fmt_num(av)),
                    format!("{what_en} of {} with a budget of 0", fmt_num(av))));
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
                format!("{what_zh}执行率仅{:.2}%（支出{}万元，预算{}万元），低于{}%", rate, fmt_num(av), fmt_num(bv), LOW_EXECUTION),
                format!("{what_en} executed at only {:.2}% ({} of {}), below {}%", rate, fmt_num(av), fmt_num(bv), LOW_EXECUTION),
            ));
        }
    }
}

/// Key fields a report of its kind should state.
fn missing(r: &Record, out: &mut Vec<Finding>) {
    if r.id.year.is_none() {
        out.push(finding(r, "C06", Severity::Error, None, r.title_line, "未能确定评价年度".into(), "the fiscal year could not be determined".into()));
    }
    if r.id.county.is_empty() && r.id.city.is_empty() {
        out.push(finding(r, "C06", Severity::Warning, None, r.title_line, "未能确定所属县区".into(), "the county could not be determined".into()));
    }
    let has_budget = [Field::BudgetTotal, Field::BasicBudget, Field::ProjectBudget].iter().any(|f| r.value(*f).is_some());
    let has_actual = [Field::ActualTotal, Field::BasicActual, Field::ProjectActual].iter().any(|f| r.value(*f).is_some());
    if r.id.kind != crate::model::Kind::Summary && (!has_budget || !has_actual) {
        let what = match (has_budget, has_actual) {
            (false, false) => ("预算数和支出数", "budget and spending"),
            (false, true) => ("预算数", "budget"),
            _ => ("支出数", "spending"),
        };
        out.push(finding(
            r,
            "C07",
            Severity::Info,
            None,
            r.title_line,
            format!("报告未载明{}，无法计算执行率", what.0),
            format!("the report states no {}; no execution rate can be computed", what.1),
        ));
    }
}
