//! The one place that defines each indicator: id, Chinese label, formula (a polars
//! expression over the wide figures table), unit and whether higher is better.

use polars::prelude::*;

pub struct Indicator {
    pub id: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    /// None: neither direction is better in itself (a structure share)
    pub higher_is_better: Option<bool>,
    pub formula: fn() -> Expr,
}

/// a ÷ b × 100, null where b is missing or zero.
pub fn pct(a: &str, b: &str) -> Expr {
    when(col(b).gt(lit(0.0))).then(col(a) / col(b) * lit(100.0)).otherwise(lit(NULL).cast(DataType::Float64))
}

pub const INDICATORS: &[Indicator] = &[
    Indicator { id: "exec_rate_total", label: "预算执行率", unit: "%", higher_is_better: Some(true), formula: || pct("actual_total", "budget_total") },
    Indicator { id: "exec_rate_basic", label: "基本支出执行率", unit: "%", higher_is_better: Some(true), formula: || pct("basic_actual", "basic_budget") },
    Indicator { id: "exec_rate_project", label: "项目支出执行率", unit: "%", higher_is_better: Some(true), formula: || pct("project_actual", "project_budget") },
    Indicator { id: "personnel_share_basic", label: "人员经费占基本支出比重", unit: "%", higher_is_better: None, formula: || pct("personnel_actual", "basic_actual") },
    Indicator { id: "public_share_basic", label: "公用经费占基本支出比重", unit: "%", higher_is_better: None, formula: || pct("public_actual", "basic_actual") },
];
