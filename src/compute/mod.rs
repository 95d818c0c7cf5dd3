//! Stage 3: records → indicator tables, with polars. Owns the pivot of the records' figures to
//! one row per unit-year-kind (first stated value wins when a report and a keyed-in CSV both
//! give a figure), totals derived from their parts (and marked as
//! derived), and the indicators of `registry`. Hands `DataFrame`s to `render`.

pub mod compare;
pub mod outliers;
pub mod registry;
pub mod scoring;
pub mod tables;

use crate::model::{Field, Record};
use polars::prelude::*;

/// Identity columns of every indicator table, in order.
pub const ID_COLS: &[&str] = &["unit", "county", "city", "province", "year", "kind"];

/// One row per unit-year-kind with one column per field, built straight from the records:
/// the first stated value of each field wins (reports before CSV data given later; reading
/// order within them; a report's own account before a later summary's recap of that year,
/// `own_accounts_first`), with the first override noted beside (`corrections`). Sorted by
/// province, city, county, unit, year (undated last) and kind. (A polars pivot of one row per
/// figure took ten times as long and its copy of the ~770,000 figures of a national run.)
pub fn wide_frame(records: &[Record]) -> PolarsResult<DataFrame> {
    struct Row<'a> {
        id: &'a crate::model::Identity,
        values: Vec<Option<f64>>,
        correction: Option<String>,
    }
    let nf = Field::ALL.len();
    // a unit is its county (or its name) in its province and city: 鼓楼区 of 南京市 and of 徐州市 are two
    type Key<'a> = (&'a str, &'a str, &'a str, crate::model::Kind, Option<i32>);
    let mut index: std::collections::HashMap<Key, usize> = std::collections::HashMap::new();
    let mut rows: Vec<Row> = Vec::new();
    for r in crate::model::own_accounts_first(records) {
        // a figure of part of a year (今年以来, 1至6月) is no year's value: not compared (C16);
        // nor is a bound (复吸率控制在15%以下): where the value lies, not what it is (C18)
        let mut facts = r.facts.iter().filter(|f| f.period.is_none() && !f.qualifier.is_bound()).peekable();
        if facts.peek().is_none() {
            continue;
        }
        let who = if r.id.county.is_empty() { r.id.unit.as_str() } else { r.id.county.as_str() };
        let i = *index.entry((&r.id.province, &r.id.city, who, r.id.kind, r.id.year)).or_insert_with(|| {
            rows.push(Row { id: &r.id, values: vec![None; nf], correction: None });
            rows.len() - 1
        });
        let row = &mut rows[i];
        if row.correction.is_none() {
            row.correction = corrections(r);
        }
        for f in facts {
            let slot = &mut row.values[f.field as usize];
            if slot.is_none() {
                *slot = Some(f.value);
            }
        }
    }
    fn order<'a>(i: &'a crate::model::Identity) -> impl Ord + 'a {
        (&i.province, &i.city, &i.county, &i.unit, i.year.is_none(), i.year, i.kind.name())
    }
    rows.sort_by(|a, b| order(a.id).cmp(&order(b.id)));
    let text = |f: fn(&crate::model::Identity) -> &str| rows.iter().map(|r| f(r.id)).collect::<Vec<&str>>();
    let mut cols = vec![
        Column::new("year".into(), rows.iter().map(|r| r.id.year).collect::<Vec<Option<i32>>>()),
        Column::new("unit".into(), text(|i| &i.unit)),
        Column::new("county".into(), text(|i| &i.county)),
        Column::new("city".into(), text(|i| &i.city)),
        Column::new("province".into(), text(|i| &i.province)),
        Column::new("kind".into(), text(|i| i.kind.name())),
    ];
    for (j, f) in Field::ALL.iter().enumerate() {
        cols.push(Column::new(f.name().into(), rows.iter().map(|r| r.values[j]).collect::<Vec<Option<f64>>>()));
    }
    cols.push(Column::new(
        "corrections".into(),
        rows.iter().map(|r| r.correction.as_deref()).collect::<Vec<Option<&str>>>(),
    ));
    DataFrame::new(rows.len(), cols)
}

/// A record's overrides, as shown beside its figures: `field: was→now（reason）; …`.
fn corrections(r: &Record) -> Option<String> {
    let all: Vec<String> = r
        .facts
        .iter()
        .filter_map(|f| {
            f.corrected.as_ref().map(|c| {
                format!("{}: {}→{}（{}）", f.field.name(), c.original_zh(), crate::model::fmt_num(f.value), c.reason)
            })
        })
        .collect();
    (!all.is_empty()).then(|| all.join("; "))
}

/// polars' `round(2)` (half away from zero), for figures worked out in Rust beside polars'.
pub(crate) fn round2(v: f64) -> f64 {
    let r = (v * 100.0).round() / 100.0;
    if r.is_finite() {
        r
    } else {
        v
    }
}

/// polars' median of sorted values: the middle one, or the two middle ones interpolated.
pub(crate) fn median_sorted(v: &[f64]) -> f64 {
    let float_idx = (v.len() - 1) as f64 * 0.5;
    let idx = float_idx as usize;
    let lower = v[idx];
    if idx + 1 >= v.len() || float_idx.ceil() as usize == idx || lower == v[idx + 1] {
        return lower;
    }
    (float_idx - idx as f64) * (v[idx + 1] - lower) + lower
}

/// `median_sorted` of unsorted values.
pub(crate) fn median(mut v: Vec<f64>) -> f64 {
    v.sort_unstable_by(f64::total_cmp);
    median_sorted(&v)
}

/// `a` when stated, else `b`; and whether `b` was used.
fn stated_or(a: &str, b: Expr) -> (Expr, Expr) {
    let use_b = col(a).is_null().and(b.clone().is_not_null());
    (when(col(a).is_not_null()).then(col(a)).otherwise(b).alias(a), use_b.alias(format!("{a}_derived")))
}

/// Fill totals from their parts where the report states only the parts.
pub fn with_derived(lf: LazyFrame) -> LazyFrame {
    let mut lf = lf;
    for (total, [a, b]) in crate::model::PARTS_AND_TOTALS {
        let (v, flag) = stated_or(total.name(), col(a.name()) + col(b.name()));
        lf = lf.with_columns([v, flag]);
    }
    lf
}

/// The indicator table: identity, the figures, derived totals, every indicator of the
/// registry (rounded to 2 decimals), the execution-rate score and the self-score grade.
pub fn indicators(records: &[Record], rules: &scoring::Rules) -> PolarsResult<DataFrame> {
    let lf = with_derived(wide_frame(records)?.lazy());
    let ind: Vec<Expr> =
        registry::INDICATORS.iter().map(|i| (i.formula)().round(2, RoundMode::HalfAwayFromZero).alias(i.id)).collect();
    let lf = lf.with_columns(ind).with_columns([
        rules.execution_score("exec_rate_total").round(2, RoundMode::HalfAwayFromZero).alias("exec_score"),
        rules.grade("self_score").alias("self_grade"),
    ]);
    // identity first, then figures, derived flags and indicators
    let mut order: Vec<Expr> = ID_COLS.iter().map(|c| col(*c)).collect();
    order.push(all().exclude_cols(ID_COLS.to_vec()).as_expr());
    lf.select(order).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bound (复吸率控制在15%以下) and a figure of part of a year are no value of the year: their
    /// cells stay empty, the stated figures beside them do not.
    #[test]
    fn bounds_and_parts_of_a_year_are_no_values() {
        use crate::model::*;
        let fact = |field, value, qualifier, period: Option<&str>| Fact {
            field,
            value,
            qualifier,
            line: 2,
            snippet: String::new(),
            corrected: None,
            period: period.map(String::from),
        };
        let r = Record {
            file: "t.txt".into(),
            id: Identity {
                county: "湘阴县".into(), city: "岳阳市".into(), year: Some(2023), ..Default::default()
            },
            facts: vec![
                fact(Field::RelapseRate, 15.0, Qualifier::Lt, None),
                fact(Field::UrineTests, 2000.0, Qualifier::Gt, None),
                fact(Field::CriminalCases, 9.0, Qualifier::Exact, Some("2023-01..2023-06")),
                fact(Field::UsersCaught, 40.0, Qualifier::Approx, None),
            ],
            ..Default::default()
        };
        let df = wide_frame(&[r]).unwrap();
        let cell = |c: &str| df.column(c).unwrap().f64().unwrap().get(0);
        assert_eq!(cell("relapse_rate"), None);
        assert_eq!(cell("urine_tests"), None);
        assert_eq!(cell("criminal_cases"), None);
        assert_eq!(cell("users_caught"), Some(40.0));
    }

    #[test]
    fn median_is_polars_median() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(vec![7.5]), 7.5);
        assert_eq!(median(vec![100.0, 100.0, 99.0, 60.0]), 99.5);
    }

    #[test]
    fn round2_rounds_half_away_from_zero_as_polars() {
        assert_eq!(round2(1.005), 1.0); // 100.49999… in binary
        assert_eq!(round2(-2.345), -2.35);
        assert_eq!(round2(97.125), 97.13);
        assert_eq!(round2(f64::MAX), f64::MAX);
    }
}
