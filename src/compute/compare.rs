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

/// Each row's place in the string order of a key, as a dense number (equal keys, equal numbers).
fn dense<K: Ord>(keys: &[K]) -> Vec<u32> {
    let mut order: Vec<&K> = keys.iter().collect();
    order.sort_unstable();
    order.dedup();
    keys.iter().map(|k| order.binary_search(&k).unwrap_or(0) as u32).collect()
}

/// Number keys of the indicator rows, so that the windows and sorts of `long` (~700,000 rows
/// nationally) group and order numbers instead of strings. Each is numbered in the string
/// order of what it stands for, so sorting by it sorts as by the strings.
struct Keys {
    /// (province, city)
    place: Vec<u32>,
    province: Vec<u32>,
    /// (who — the county, else the unit —, kind): one unit's series
    series: Vec<u32>,
    kind: Vec<u32>,
    /// the year; an undated row is 0
    year: Vec<u32>,
    kinds: u64,
    years: u64,
}

fn keys(ind: &DataFrame) -> PolarsResult<Keys> {
    let s = |c: &str| -> PolarsResult<Vec<&str>> {
        Ok(ind.column(c)?.as_materialized_series().str()?.iter().map(|v| v.unwrap_or("")).collect())
    };
    let (unit, county, city, province, kind) = (s("unit")?, s("county")?, s("city")?, s("province")?, s("kind")?);
    let year: Vec<Option<i32>> = ind.column("year")?.cast(&DataType::Int32)?.i32()?.iter().collect();
    let who: Vec<&str> = county.iter().zip(&unit).map(|(c, u)| if c.is_empty() { *u } else { *c }).collect();
    let place: Vec<(&str, &str)> = province.iter().copied().zip(city.iter().copied()).collect();
    let series: Vec<(&str, &str)> = who.iter().copied().zip(kind.iter().copied()).collect();
    let kind_ix = dense(&kind);
    let year_ix = dense(&year); // None sorts first: 0
    Ok(Keys {
        place: dense(&place),
        province: dense(&province),
        series: dense(&series),
        kinds: kind_ix.iter().max().map_or(1, |m| *m as u64 + 1),
        years: year_ix.iter().max().map_or(1, |m| *m as u64 + 1),
        kind: kind_ix,
        year: year_ix,
    })
}

/// The long table: one row per unit, year, kind and indicator with a value.
///
/// Worked out on a narrow frame — the indicator row's number, number keys, the value — and
/// the text columns gathered once at the end: sorting ~700,000 rows with nine text columns
/// twice was most of a national run's compare stage.
pub fn long(indicators: &DataFrame) -> PolarsResult<DataFrame> {
    // indicators in the string order of their ids, as the table is sorted
    let mut ids: Vec<&Indicator> = INDICATORS.iter().filter(|i| indicators.column(i.id).is_ok()).collect();
    if ids.is_empty() {
        return Ok(DataFrame::empty());
    }
    ids.sort_by_key(|i| i.id);
    let k = keys(indicators)?;
    let wide = |v: &[u32]| v.iter().map(|x| *x as u64).collect::<Vec<u64>>();
    let mut base = indicators.select(ids.iter().map(|i| i.id).chain(["year"]))?;
    base.with_column(Column::new("_row".into(), (0..indicators.height() as IdxSize).collect::<Vec<IdxSize>>()))?;
    for (name, v) in [
        ("_place", &k.place),
        ("_province", &k.province),
        ("_series", &k.series),
        ("_kind", &k.kind),
        ("_year", &k.year),
    ] {
        base.with_column(Column::new(name.into(), wide(v)))?;
    }
    let parts: Vec<LazyFrame> = ids
        .iter()
        .enumerate()
        .map(|(ix, i)| {
            let mut sel: Vec<Expr> =
                ["_row", "_place", "_province", "_series", "_kind", "_year", "year"].map(col).into();
            sel.extend([
                lit(ix as u64).cast(DataType::UInt64).alias("_ind"),
                lit(direction(i)).alias("direction"),
                lit(i.unit == "%").alias("is_rate"),
                col(i.id).cast(DataType::Float64).alias("value"),
            ]);
            base.clone().lazy().select(sel).filter(col("value").is_not_null())
        })
        .collect();
    let (ni, nk, ny) = (lit(ids.len() as u64), lit(k.kinds), lit(k.years));
    // one number per window: a unit's series of an indicator; the units of a city (province)
    // in a year, kind and indicator
    let series = col("_series") * ni.clone() + col("_ind");
    let in_area =
        |area: &str| ((col(area) * ny.clone() + col("_year")) * nk.clone() + col("_kind")) * ni.clone() + col("_ind");
    let over = |e: Expr, by: &str| e.over([col(by)]);
    let rank = |e: Expr, desc: bool| e.rank(RankOptions { method: RankMethod::Min, descending: desc }, None);
    // one rank window per partition, on a score where lower is better (null: no direction)
    let score = when(col("direction").eq(lit(1)))
        .then(lit(0.0) - col("value"))
        .when(col("direction").eq(lit(-1)))
        .then(col("value"))
        .when(col("direction").eq(lit(2)))
        .then((col("value") - lit(100.0)).abs())
        .otherwise(lit(NULL).cast(DataType::Float64));
    let narrow = concat(parts, UnionArgs::default())?
        .with_columns([
            series.alias("_s"),
            in_area("_place").alias("_c"),
            in_area("_province").alias("_p"),
            score.alias("score"),
        ])
        // each series in year order (undated first), for the previous year's value
        .sort(["_s", "_year"], SortMultipleOptions::default())
        .with_columns([
            over(col("year").shift(lit(1)), "_s")?.alias("prev_year"),
            over(col("value").shift(lit(1)), "_s")?.alias("prev_value"),
        ])
        .with_columns([
            (col("value") - col("prev_value")).round(2, RoundMode::HalfAwayFromZero).alias("yoy_change"),
            when(col("is_rate").not().and(col("prev_value").gt(lit(0.0))))
                .then(
                    ((col("value") / col("prev_value") - lit(1.0)) * lit(100.0)).round(2, RoundMode::HalfAwayFromZero),
                )
                .otherwise(lit(NULL).cast(DataType::Float64))
                .alias("yoy_pct"),
            over(rank(col("score"), false), "_c")?.alias("rank_city"),
            over(col("value").count(), "_c")?.alias("units_in_city"),
            over(rank(col("score"), false), "_p")?.alias("rank_province"),
            over(col("value").count(), "_p")?.alias("units_in_province"),
            over(col("value").median(), "_c")?.round(2, RoundMode::HalfAwayFromZero).alias("city_median"),
        ])
        .with_column(
            (col("value") - col("city_median")).round(2, RoundMode::HalfAwayFromZero).alias("from_city_median"),
        )
        // province, city, kind, indicator, year (undated last), rank; ties in the units' order
        .with_column(((col("_place") * nk + col("_kind")) * ni + col("_ind")).alias("_o"))
        .sort(["_o", "year", "rank_city", "_s"], SortMultipleOptions::default().with_nulls_last(true))
        .collect()?;
    // the text columns, gathered once in the final order
    let rows = narrow.column("_row")?.idx()?.clone();
    let ind: Vec<usize> = narrow.column("_ind")?.u64()?.into_no_null_iter().map(|x| x as usize).collect();
    let text = |f: &dyn Fn(&Indicator) -> &'static str| ind.iter().map(|&x| f(ids[x])).collect::<Vec<&str>>();
    let rate_unit = |i: &Indicator| if i.unit == "%" { "百分点" } else { i.unit };
    let mut cols: Vec<Column> = indicators.select(ID_COLS.iter().copied())?.take(&rows)?.columns().to_vec();
    cols.extend([
        Column::new("indicator".into(), text(&|i| i.id)),
        Column::new("label".into(), text(&|i| i.label)),
        Column::new("indicator_unit".into(), text(&|i| i.unit)),
    ]);
    let from = |c: &str| narrow.column(c).cloned();
    cols.extend([from("value")?, from("prev_year")?, from("prev_value")?, from("yoy_change")?, from("yoy_pct")?]);
    cols.push(Column::new("yoy_unit".into(), text(&rate_unit)));
    for c in ["rank_city", "units_in_city", "rank_province", "units_in_province", "city_median", "from_city_median"] {
        cols.push(from(c)?);
    }
    DataFrame::new_infer_height(cols)
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
