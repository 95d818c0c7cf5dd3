//! Across units and years: the long table of every
//! indicator per unit-year (YoY change — percentage points for rates —, rank within the city
//! and the province in the registry's better direction, distance from the city median), and
//! city roll-ups (sums of money; rates recomputed from summed parts, so weighted properly).

use super::registry::{Indicator, Order, INDICATORS};
use super::ID_COLS;
use polars::prelude::*;

/// A value's ranking score, lower is better, in the indicator's order (closest to 100%: an
/// execution rate, where overspending is no better than underspending); None: not ranked.
fn score(order: Order, value: f64) -> Option<f64> {
    match order {
        Order::Higher => Some(0.0 - value),
        Order::Lower => Some(value),
        Order::ClosestTo100 => Some((value - 100.0).abs()),
        Order::Neither => None,
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
    /// (province, city, who — the county, else the unit —, kind): one unit's series
    series: Vec<u32>,
    kind: Vec<u32>,
    /// the year; an undated row is 0
    year: Vec<u32>,
    /// the year itself
    dated: Vec<Option<i32>>,
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
    // a unit is its county (or its name) in its province and city: 鼓楼区 of 南京市 and of 徐州市 are two
    let series: Vec<(&str, &str, &str, &str)> =
        (0..who.len()).map(|i| (province[i], city[i], who[i], kind[i])).collect();
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
        dated: year,
    })
}

/// One row of the long table while it is worked out.
struct Cell {
    /// the indicator table's row, and the indicator (in `ids`)
    row: u32,
    ind: u32,
    value: f64,
    /// lower is better; None: the indicator ranks no way
    score: Option<f64>,
    year: Option<i32>,
    /// a unit's series of the indicator; the city's (province's) units in the year, kind and indicator
    series: u64,
    city: u64,
    province: u64,
    /// province, city, kind, indicator: the table's order
    order: u64,
    prev: Option<(Option<i32>, f64)>,
    rank_city: Option<u32>,
    units_city: u32,
    rank_province: Option<u32>,
    units_province: u32,
    median: f64,
}

/// Rank (lowest score first, ties sharing the lowest rank) and count of each group of `cells`
/// (grouped by `key`); the median of the city groups' values when `median`.
fn rank_groups(
    cells: &mut [Cell],
    key: fn(&Cell) -> u64,
    set: fn(&mut Cell, Option<u32>, u32, Option<f64>),
    median: bool,
) {
    let mut idx: Vec<u32> = (0..cells.len() as u32).collect();
    let score = |c: &Cell| c.score.unwrap_or(0.0);
    idx.sort_unstable_by(|&x, &y| {
        let (a, b) = (&cells[x as usize], &cells[y as usize]);
        key(a).cmp(&key(b)).then(score(a).total_cmp(&score(b)))
    });
    let keys: Vec<u64> = idx.iter().map(|&i| key(&cells[i as usize])).collect();
    let mut values = Vec::new();
    let mut start = 0;
    while start < idx.len() {
        let end = start + keys[start..].iter().take_while(|&&x| x == keys[start]).count();
        let group = &idx[start..end];
        let n = group.len() as u32;
        let m = median.then(|| {
            values.clear();
            values.extend(group.iter().map(|&i| cells[i as usize].value));
            values.sort_unstable_by(f64::total_cmp);
            super::median_sorted(&values)
        });
        let mut rank = 1u32;
        for (pos, &i) in group.iter().enumerate() {
            if pos > 0 && score(&cells[group[pos - 1] as usize]) != score(&cells[i as usize]) {
                rank = pos as u32 + 1;
            }
            let c = &mut cells[i as usize];
            let r = c.score.map(|_| rank);
            set(c, r, n, m);
        }
        start = end;
    }
}

/// The long table: one row per unit, year, kind and indicator with a value, with the
/// previous year's value, the change, the ranks in the city and the province (in the
/// registry's better direction; ties share the best rank) and the city median. Worked out in
/// Rust on number keys (a polars version with window functions took four times as long), in
/// the order of province, city, kind, indicator, year (undated last), rank.
pub fn long(indicators: &DataFrame) -> PolarsResult<DataFrame> {
    // indicators in the string order of their ids, as the table is sorted
    let mut ids: Vec<&Indicator> = INDICATORS.iter().filter(|i| indicators.column(i.id).is_ok()).collect();
    if ids.is_empty() {
        return Ok(DataFrame::empty());
    }
    ids.sort_by_key(|i| i.id);
    let k = keys(indicators)?;
    let (ni, nk, ny) = (ids.len() as u64, k.kinds, k.years);
    let mut cells = Vec::new();
    for (ix, i) in ids.iter().enumerate() {
        let values = indicators.column(i.id)?.cast(&DataType::Float64)?;
        for (r, v) in values.f64()?.iter().enumerate() {
            let Some(value) = v else { continue };
            let area = |a: u32| ((a as u64 * ny + k.year[r] as u64) * nk + k.kind[r] as u64) * ni + ix as u64;
            cells.push(Cell {
                row: r as u32,
                ind: ix as u32,
                value,
                score: score(i.order, value),
                year: k.dated[r],
                series: k.series[r] as u64 * ni + ix as u64,
                city: area(k.place[r]),
                province: area(k.province[r]),
                order: (k.place[r] as u64 * nk + k.kind[r] as u64) * ni + ix as u64,
                prev: None,
                rank_city: None,
                units_city: 0,
                rank_province: None,
                units_province: 0,
                median: f64::NAN,
            });
        }
    }
    // each series in year order (undated first): the previous year's value
    let mut idx: Vec<u32> = (0..cells.len() as u32).collect();
    idx.sort_unstable_by_key(|&i| (cells[i as usize].series, k.year[cells[i as usize].row as usize]));
    for w in idx.windows(2) {
        let (a, b) = (&cells[w[0] as usize], &cells[w[1] as usize]);
        if a.series == b.series {
            let prev = (a.year, a.value);
            cells[w[1] as usize].prev = Some(prev);
        }
    }
    rank_groups(
        &mut cells,
        |c| c.city,
        |c, r, n, m| (c.rank_city, c.units_city, c.median) = (r, n, m.unwrap_or(f64::NAN)),
        true,
    );
    rank_groups(&mut cells, |c| c.province, |c, r, n, _| (c.rank_province, c.units_province) = (r, n), false);
    // province, city, kind, indicator, year (undated last), rank (none last); ties in the units' order
    let last = |y: Option<i32>| (y.is_none(), y);
    let rank_last = |r: Option<u32>| (r.is_none(), r);
    // (the rows' numbers sorted, not the rows: they are ~100 bytes each)
    let key = |c: &Cell| (c.order, last(c.year), rank_last(c.rank_city), c.series);
    let mut idx: Vec<u32> = (0..cells.len() as u32).collect();
    idx.sort_unstable_by(|&x, &y| key(&cells[x as usize]).cmp(&key(&cells[y as usize])));
    let cells: Vec<&Cell> = idx.iter().map(|&i| &cells[i as usize]).collect();
    // the columns
    let rows = IdxCa::from_vec("_row".into(), cells.iter().map(|c| c.row as IdxSize).collect());
    let text =
        |f: &dyn Fn(&Indicator) -> &'static str| cells.iter().map(|c| f(ids[c.ind as usize])).collect::<Vec<&str>>();
    let rate = |c: &Cell| ids[c.ind as usize].unit == "%";
    let f64s = |name: &str, f: &dyn Fn(&Cell) -> Option<f64>| {
        Column::new(name.into(), cells.iter().map(|c| f(c)).collect::<Vec<Option<f64>>>())
    };
    let u32s = |name: &str, f: &dyn Fn(&Cell) -> Option<u32>| {
        Column::new(name.into(), cells.iter().map(|c| f(c)).collect::<Vec<Option<u32>>>())
    };
    let mut cols: Vec<Column> = indicators.select(ID_COLS.iter().copied())?.take(&rows)?.columns().to_vec();
    cols.extend([
        Column::new("indicator".into(), text(&|i| i.id)),
        Column::new("label".into(), text(&|i| i.label)),
        Column::new("indicator_unit".into(), text(&|i| i.unit)),
        Column::new("value".into(), cells.iter().map(|c| c.value).collect::<Vec<f64>>()),
        Column::new("prev_year".into(), cells.iter().map(|c| c.prev.and_then(|p| p.0)).collect::<Vec<Option<i32>>>()),
        f64s("prev_value", &|c| c.prev.map(|p| p.1)),
        f64s("yoy_change", &|c| c.prev.map(|p| super::round2(c.value - p.1))),
        f64s("yoy_pct", &|c| {
            c.prev.filter(|p| !rate(c) && p.1 > 0.0).map(|p| super::round2((c.value / p.1 - 1.0) * 100.0))
        }),
        Column::new("yoy_unit".into(), text(&|i| if i.unit == "%" { "百分点" } else { i.unit })),
        u32s("rank_city", &|c| c.rank_city),
        u32s("units_in_city", &|c| Some(c.units_city)),
        u32s("rank_province", &|c| c.rank_province),
        u32s("units_in_province", &|c| Some(c.units_province)),
        f64s("city_median", &|c| Some(super::round2(c.median))),
        f64s("from_city_median", &|c| Some(super::round2(c.value - super::round2(c.median)))),
    ]);
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
