//! The one place that defines each indicator: id, Chinese label, formula (a polars
//! expression over the wide figures table), unit, which way ranks first, and whether units of
//! different size can be compared on it. Everything downstream (indicators.csv, rankings,
//! YoY, roll-ups, outliers, charts) reads this list.

use polars::prelude::*;

/// Which way an indicator ranks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Higher,
    Lower,
    /// a budget execution rate: overspending is no better than underspending
    ClosestTo100,
    /// neither direction is better in itself (a structure share): not ranked
    Neither,
}

pub struct Indicator {
    pub id: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub order: Order,
    /// units of different size compare on it (a rate, a share, a cost per person or test),
    /// unlike a raw count that scales with the county
    pub comparable: bool,
    /// a rate in percent (YoY change in percentage points; city roll-up from its parts)
    pub rate: Option<(&'static str, &'static str, f64)>,
    pub formula: fn() -> Expr,
}

fn null() -> Expr {
    lit(NULL).cast(DataType::Float64)
}

/// a ÷ b × factor, null where b is missing or zero.
pub fn ratio(a: &str, b: &str, factor: f64) -> Expr {
    when(col(b).gt(lit(0.0))).then(col(a) / col(b) * lit(factor)).otherwise(null())
}

/// a ÷ b × 100.
pub fn pct(a: &str, b: &str) -> Expr {
    ratio(a, b, 100.0)
}

macro_rules! rate {
    ($id:literal, $label:literal, $order:expr, $a:literal, $b:literal) => {
        Indicator {
            id: $id,
            label: $label,
            unit: "%",
            order: $order,
            comparable: true,
            rate: Some(($a, $b, 100.0)),
            formula: || pct($a, $b),
        }
    };
}
macro_rules! per {
    ($id:literal, $label:literal, $unit:literal, $order:expr, $a:literal, $b:literal, $f:expr) => {
        Indicator {
            id: $id,
            label: $label,
            unit: $unit,
            order: $order,
            comparable: true,
            rate: Some(($a, $b, $f)),
            formula: || ratio($a, $b, $f),
        }
    };
}
macro_rules! field {
    ($id:literal, $label:literal, $unit:literal, $order:expr, $comparable:expr) => {
        Indicator {
            id: $id,
            label: $label,
            unit: $unit,
            order: $order,
            comparable: $comparable,
            rate: None,
            formula: || col($id),
        }
    };
}

pub const INDICATORS: &[Indicator] = &[
    // execution
    rate!("exec_rate_total", "预算执行率", Order::ClosestTo100, "actual_total", "budget_total"),
    rate!("exec_rate_basic", "基本支出执行率", Order::ClosestTo100, "basic_actual", "basic_budget"),
    rate!("exec_rate_project", "项目支出执行率", Order::ClosestTo100, "project_actual", "project_budget"),
    rate!("exec_rate_personnel", "人员经费执行率", Order::ClosestTo100, "personnel_actual", "personnel_budget"),
    rate!("exec_rate_public", "公用经费执行率", Order::ClosestTo100, "public_actual", "public_budget"),
    rate!("exec_rate_sangong", "三公经费执行率", Order::Lower, "sangong_actual", "sangong_budget"),
    // structure
    rate!("personnel_share_basic", "人员经费占基本支出比重", Order::Neither, "personnel_actual", "basic_actual"),
    rate!("public_share_basic", "公用经费占基本支出比重", Order::Neither, "public_actual", "basic_actual"),
    rate!("basic_share_total", "基本支出占总支出比重", Order::Neither, "basic_actual", "actual_total"),
    rate!("project_share_total", "项目支出占总支出比重", Order::Neither, "project_actual", "actual_total"),
    rate!("sangong_share_total", "三公经费占总支出比重", Order::Lower, "sangong_actual", "actual_total"),
    // staff
    rate!("staff_fill_rate", "编制使用率", Order::Neither, "staff_actual", "staff_quota"),
    per!("spend_per_staff", "人均支出", "万元/人", Order::Neither, "actual_total", "staff_actual", 1.0),
    // drug control
    field!("control_rate", "社戒社康管控率", "%", Order::Higher, true),
    field!("relapse_rate", "复吸率", "%", Order::Lower, true),
    field!("abstinence_3y_rate", "戒断三年未复吸率", "%", Order::Higher, true),
    Indicator {
        id: "hair_test_coverage",
        label: "毛发检测覆盖率",
        unit: "%",
        order: Order::Higher,
        comparable: true,
        rate: None,
        // the stated completion rate, else tested ÷ registered users
        formula: || {
            when(col("hair_test_rate").is_not_null())
                .then(col("hair_test_rate"))
                .otherwise(pct("hair_tests", "registered_users"))
        },
    },
    rate!("hair_positivity", "毛发检测阳性率", Order::Lower, "hair_positive", "hair_tests"),
    per!("urine_per_case", "社戒社康人员人均尿检次数", "次/人", Order::Higher, "urine_tests", "community_cases", 1.0),
    rate!("risk_high_share", "高风险人员占比", Order::Lower, "risk_high", "registered_users"),
    field!("criminal_cases", "破获毒品刑事案件", "起", Order::Higher, false),
    field!("detained", "刑事拘留", "人", Order::Higher, false),
    field!("prosecuted", "移送起诉", "人", Order::Higher, false),
    field!("users_caught", "查处吸毒人员", "人", Order::Higher, false),
    field!("compulsory_rehab", "强制隔离戒毒", "人", Order::Higher, false),
    field!("publicity_events", "禁毒宣传场次", "场", Order::Higher, false),
    field!("wastewater_tests", "污水检测次数", "次", Order::Higher, false),
    // cost per outcome (元)
    per!(
        "cost_per_registered_user",
        "每名在册吸毒人员支出",
        "元/人",
        Order::Neither,
        "actual_total",
        "registered_users",
        10_000.0
    ),
    per!(
        "cost_per_community_case",
        "每名社戒社康人员支出",
        "元/人",
        Order::Neither,
        "actual_total",
        "community_cases",
        10_000.0
    ),
    per!("cost_per_hair_test", "每人次毛发检测支出", "元/人", Order::Lower, "actual_total", "hair_tests", 10_000.0),
    per!(
        "cost_per_case_solved",
        "每起破获案件支出",
        "元/起",
        Order::Neither,
        "actual_total",
        "criminal_cases",
        10_000.0
    ),
];

impl Indicator {
    /// Some(true) when a higher value is better, Some(false) when lower; None for neither
    /// direction and for execution rates (closest to 100% is best).
    pub fn higher_is_better(&self) -> Option<bool> {
        match self.order {
            Order::Higher => Some(true),
            Order::Lower => Some(false),
            Order::ClosestTo100 | Order::Neither => None,
        }
    }
}

pub fn get(id: &str) -> Option<&'static Indicator> {
    INDICATORS.iter().find(|i| i.id == id)
}
