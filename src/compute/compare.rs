//! Across units and years, with polars window expressions: the long table of every
//! indicator per unit-year (YoY change — percentage points for rates —, rank within the city
//! and the province in the registry's better direction, distance from the city median), and
//! city roll-ups (sums of money; rates recomputed from summed parts, so weighted properly).

use super::registry::{Indicator, Order, INDICATORS};
use super::ID_COLS;
use polars::prelude::*;

/// Which way is better when ranking: 1 higher, -1 lower, 2 closest to 100% (an execution
/// rate: overspending is no better than underspending), 0 neither.
fn direction(i: &Indicator) -> i32 {
    match i.order {
        Order::Higher => 1,
        Order::Lower => -1,
        Order::ClosestTo100 => 2,
        Order::Neither => 0,
    }
}

/// The long table: one row per unit, year, kind and indicator with a value.
pub fn long(indicators: &DataFrame) -> PolarsResult<DataFrame> {
    let parts: Vec<LazyFrame> = INDICATORS
        .iter()
        .filter(|i| indicators.column(i.id).is_ok())
        .map(|i: &Indicator| {
            let mut sel: Vec<Expr> = ID_COLS.iter().map(|c| col(*c)).collect();
            sel.extend([
                lit(i.id).alias("indicator"),
                lit(i.label).alias("label"),
                lit(i.unit).alias("indicator_unit"),
                lit(direction(i)).alias("direction"),
                col(i.id).cast(DataType::Float64).alias("value"),
            ]);
            indicators.clone().lazy().select(sel).filter(col("value").is_not_null())
        })
        .collect();
    if parts.is_empty() {
        return Ok(DataFrame::empty());
    }
    let who = when(col("county").eq(lit(""))).then(col("unit")).otherwise(col("county"));
    let series = [col("who"), col("kind"), col("indicator")];
    let over = |e: Expr, by: &[&str]| e.over(by.iter().map(|c| col(*c)).collect::<Vec<_>>());
    let rank = |e: Expr, desc: bool| e.rank(RankOptions { method: RankMethod::Min, descending: desc }, None);
    // one rank window per partition, on a score where lower is better (null: no direction)
    let score = when(col("direction").eq(lit(1)))
        .then(lit(0.0) - col("value"))
        .when(col("direction").eq(lit(-1)))
        .then(col("value"))
        .when(col("direction").eq(lit(2)))
        .then((col("value") - lit(100.0)).abs())
        .otherwise(lit(NULL).cast(DataType::Float64));
    let directed = |by: &[&str]| -> PolarsResult<Expr> { over(rank(col("score"), false), by) };
    let in_city = ["city", "year", "kind", "indicator"];
    let in_province = ["province", "year", "kind", "indicator"];
    let is_rate = col("indicator_unit").eq(lit("%"));
    concat(parts, UnionArgs::default())?
        .with_columns([who.alias("who"), score.alias("score")])
        .sort(["who", "kind", "indicator", "year"], SortMultipleOptions::default())
        .with_columns([
            col("year").shift(lit(1)).over(series.clone())?.alias("prev_year"),
            col("value").shift(lit(1)).over(series.clone())?.alias("prev_value"),
        ])
        .with_columns([
            (col("value") - col("prev_value")).round(2, RoundMode::HalfAwayFromZero).alias("yoy_change"),
            when(is_rate.clone().not().and(col("prev_value").gt(lit(0.0))))
                .then(
                    ((col("value") / col("prev_value") - lit(1.0)) * lit(100.0)).round(2, RoundMode::HalfAwayFromZero),
                )
                .otherwise(lit(NULL).cast(DataType::Float64))
                .alias("yoy_pct"),
            when(is_rate).then(lit("百分点")).otherwise(col("indicator_unit")).alias("yoy_unit"),
            directed(&in_city)?.alias("rank_city"),
            over(col("value").count(), &in_city)?.alias("units_in_city"),
            directed(&in_province)?.alias("rank_province"),
            over(col("value").count(), &in_province)?.alias("units_in_province"),
            over(col("value").median(), &in_city)?.round(2, RoundMode::HalfAwayFromZero).alias("city_median"),
        ])
        .with_column(
            (col("value") - col("city_median")).round(2, RoundMode::HalfAwayFromZero).alias("from_city_median"),
        )
        .drop(cols(["who", "direction", "score"]))
        .sort(
            ["province", "city", "kind", "indicator", "year", "rank_city"],
            SortMultipleOptions::default().with_nulls_last(true),
        )
        .collect()
}

/// Money fields summed per city-year-kind.
const SUMMED: &[&str] = &[
    "budget_total",
    "actual_total",
    "basic_budget",
    "basic_actual",
    "personnel_actual",
    "public_actual",
    "project_budget",
    "project_actual",
    "sangong_actual",
    "registered_users",
    "community_cases",
    "hair_tests",
    "hair_positive",
    "urine_tests",
    "criminal_cases",
    "detained",
    "prosecuted",
    "users_caught",
    "compulsory_rehab",
    "publicity_events",
    "wastewater_tests",
];

/// City roll-ups: units counted, money and counts summed, rates recomputed from the summed
/// parts of the units that state both (a rate of rates would weight a small county like a
/// large one).
pub fn city_rollup(indicators: &DataFrame) -> PolarsResult<DataFrame> {
    let mut aggs: Vec<Expr> = vec![col("unit").count().alias("units")];
    for c in SUMMED {
        if indicators.column(c).is_ok() {
            // a sum over no stated value is no figure (polars would say 0)
            aggs.push(
                when(col(*c).count().gt(lit(0)))
                    .then(col(*c).sum())
                    .otherwise(lit(NULL).cast(DataType::Float64))
                    .alias(*c),
            );
        }
    }
    for i in INDICATORS {
        let Some((a, b, f)) = i.rate else { continue };
        if indicators.column(a).is_err() || indicators.column(b).is_err() {
            continue;
        }
        let both = col(a).is_not_null().and(col(b).gt(lit(0.0)));
        let num = col(a).filter(both.clone()).sum();
        let den = col(b).filter(both).sum();
        aggs.push(
            when(den.clone().gt(lit(0.0)))
                .then((num / den * lit(f)).round(2, RoundMode::HalfAwayFromZero))
                .otherwise(lit(NULL).cast(DataType::Float64))
                .alias(i.id),
        );
    }
    indicators
        .clone()
        .lazy()
        .filter(col("city").neq(lit("")))
        .group_by([col("province"), col("city"), col("year"), col("kind")])
        .agg(aggs)
        .sort(["province", "city", "year", "kind"], SortMultipleOptions::default())
        .collect()
}
