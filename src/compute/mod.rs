//! Stage 3: records → indicator tables, with polars. Owns the long facts frame (one row per
//! figure), its pivot to one row per unit-year-kind (first stated value wins when a report
//! and a keyed-in CSV both give a figure), totals derived from their parts (and marked as
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

/// One row per fact, identity repeated; `src` orders the sources (reports before CSV data
/// given later), `seq` keeps reading order.
pub fn facts_frame(records: &[Record]) -> PolarsResult<DataFrame> {
    let n: usize = records.iter().map(|r| r.facts.len()).sum();
    let mut key: Vec<u32> = Vec::with_capacity(n);
    let mut keys: std::collections::HashMap<(&str, crate::model::Kind), u32> = std::collections::HashMap::new();
    let mut unit = Vec::with_capacity(n);
    let mut county = Vec::with_capacity(n);
    let mut city = Vec::with_capacity(n);
    let mut province = Vec::with_capacity(n);
    let mut year: Vec<Option<i32>> = Vec::with_capacity(n);
    let mut kind = Vec::with_capacity(n);
    let mut field = Vec::with_capacity(n);
    let mut value = Vec::with_capacity(n);
    let mut seq = Vec::with_capacity(n);
    let mut note: Vec<Option<String>> = Vec::with_capacity(n);
    for r in records {
        // the record's overrides, shown beside its figures
        let corrections: Vec<String> = r
            .facts
            .iter()
            .filter_map(|f| {
                f.corrected.as_ref().map(|c| {
                    let was = c.original_zh();
                    format!("{}: {}→{}（{}）", f.field.name(), was, crate::model::fmt_num(f.value), c.reason)
                })
            })
            .collect();
        let corrections = (!corrections.is_empty()).then(|| corrections.join("; "));
        // borrowed, not cloned per figure (a national run has ~770,000); the key as a number
        let who = if r.id.county.is_empty() { r.id.unit.as_str() } else { r.id.county.as_str() };
        let next = keys.len() as u32;
        let k = *keys.entry((who, r.id.kind)).or_insert(next);
        // a figure of part of a year (今年以来, 1至6月) is no year's value: not compared (C16)
        for f in r.facts.iter().filter(|f| f.period.is_none()) {
            key.push(k);
            unit.push(r.id.unit.as_str());
            county.push(r.id.county.as_str());
            city.push(r.id.city.as_str());
            province.push(r.id.province.as_str());
            year.push(r.id.year);
            kind.push(r.id.kind.name());
            field.push(f.field.name());
            value.push(f.value);
            seq.push(seq.len() as u32);
            note.push(corrections.clone());
        }
    }
    DataFrame::new_infer_height(vec![
        Column::new("key".into(), key),
        Column::new("unit".into(), unit),
        Column::new("county".into(), county),
        Column::new("city".into(), city),
        Column::new("province".into(), province),
        Column::new("year".into(), year),
        Column::new("kind".into(), kind),
        Column::new("field".into(), field),
        Column::new("value".into(), value),
        Column::new("seq".into(), seq),
        Column::new("correction".into(), note),
    ])
}

/// Pivot facts to one row per unit-year-kind with one column per field.
pub fn wide(facts: DataFrame) -> LazyFrame {
    let mut aggs: Vec<Expr> = ID_COLS.iter().filter(|c| **c != "year").map(|c| col(*c).first()).collect();
    for f in Field::ALL {
        aggs.push(col("value").filter(col("field").eq(lit(f.name()))).first().alias(f.name()));
    }
    // every override stays visible beside the figures it changed
    aggs.push(col("correction").drop_nulls().first().alias("corrections"));
    facts
        .lazy()
        .sort(["seq"], SortMultipleOptions::default())
        .group_by([col("key"), col("year")])
        .agg(aggs)
        .drop(cols(["key"]))
        .sort(
            ["province", "city", "county", "unit", "year", "kind"],
            SortMultipleOptions::default().with_nulls_last(true),
        )
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
    let facts = facts_frame(records)?;
    let lf = with_derived(wide(facts));
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
