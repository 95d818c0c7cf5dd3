//! Robust outliers against the city's other units, read from the long table. For each
//! indicator that compares units of different size (rates, shares, costs per person or test,
//! never raw counts), per city, year and kind: the median, the median absolute deviation (MAD)
//! and the modified z-score 0.6745·(x − median)/MAD of Iglewicz and Hoaglin; |z| > 3.5 is an
//! outlier. Where more than half the units share one value (MAD = 0) the mean absolute
//! deviation stands in (z = (x − median)/(1.2533·meanAD)). Too few units say nothing: a city
//! needs `MIN_UNITS`. A unit far by z must also be far in the indicator's own terms (a few
//! percentage points, a quarter of the median): close-packed units make z large over nothing;
//! and an execution rate nearer 100% than its city's median is the city's shortfall, not its own.
//! Hands typed `Outlier`s to `check`, which words them as findings (C14).

use crate::model::{Kind, Outlier};
use polars::prelude::*;

/// Fewest units in a city-year for an outlier to mean anything.
pub const MIN_UNITS: u32 = 5;
/// |modified z| above this is an outlier (Iglewicz & Hoaglin 1993).
pub const THRESHOLD: f64 = 3.5;

/// Is a unit's distance from its city's median (`dev`) large enough to matter to a reader,
/// whatever the z-score says? Where the city's units stand close together (execution rates of
/// 95–96%) the MAD is a fraction of a point, and a unit at 99% would be "far" by z alone.
/// A rate in percent must stand `MIN_PP` points off, or (a rate of a few percent: 复吸率 8%
/// against 4%) `MIN_SMALL_PP` points and half the median; any other ratio (per person, per
/// test) a quarter of the median.
fn material(dev: f64, median: f64, unit: &str) -> bool {
    let (d, m) = (dev.abs(), median.abs());
    if unit == "%" {
        d >= MIN_PP || d >= MIN_SMALL_PP && d >= 0.5 * m
    } else {
        d >= 0.25 * m
    }
}
/// Fewest percentage points a rate must stand from its city's median to be an outlier.
pub const MIN_PP: f64 = 5.0;
/// …or, for a rate half its median or more off, this many.
pub const MIN_SMALL_PP: f64 = 2.0;

/// The outliers of the long indicator table (`compare::long`), typed, for `check` to judge
/// and word as findings; in the order of city, year (undated first), indicator and unit.
pub fn find(long: &DataFrame) -> PolarsResult<Vec<Outlier>> {
    if long.height() == 0 {
        return Ok(Vec::new());
    }
    let s = |c: &str| -> PolarsResult<Vec<&str>> {
        Ok(long.column(c)?.as_materialized_series().str()?.iter().map(|v| v.unwrap_or("")).collect())
    };
    let (unit, county, city, kind, indicator) = (s("unit")?, s("county")?, s("city")?, s("kind")?, s("indicator")?);
    let (label, iunit) = (s("label")?, s("indicator_unit")?);
    let year: Vec<Option<i32>> = long.column("year")?.cast(&DataType::Int32)?.i32()?.iter().collect();
    let values = long.column("value")?.cast(&DataType::Float64)?;
    let value: Vec<Option<f64>> = values.f64()?.iter().collect();
    // the indicators units of different size compare on, by id
    let comparable: std::collections::HashMap<&str, &super::registry::Indicator> =
        super::registry::INDICATORS.iter().filter(|i| i.comparable).map(|i| (i.id, i)).collect();
    // the city's units in a year, kind and indicator; sizes differ from county to county: only ratios compare
    let mut groups: std::collections::HashMap<(&str, Option<i32>, &str, &str), Vec<usize>> = Default::default();
    for i in 0..long.height() {
        if !city[i].is_empty() && comparable.contains_key(indicator[i]) && value[i].is_some() {
            groups.entry((city[i], year[i], kind[i], indicator[i])).or_default().push(i);
        }
    }
    let mut out: Vec<(usize, Outlier)> = Vec::new();
    for rows in groups.values() {
        let n = rows.len();
        if n < MIN_UNITS as usize {
            continue;
        }
        let v: Vec<f64> = rows.iter().map(|&i| value[i].unwrap_or(f64::NAN)).collect();
        let med = super::median(v.clone());
        let abs_dev: Vec<f64> = v.iter().map(|x| (x - med).abs()).collect();
        let mean_ad = abs_dev.iter().sum::<f64>() / n as f64;
        let mad = super::median(abs_dev);
        for (&i, &x) in rows.iter().zip(&v) {
            let dev = x - med;
            let z = if mad > 1e-9 {
                0.6745 * dev / mad
            } else if mean_ad > 1e-9 {
                dev / (1.253314 * mean_ad)
            } else {
                continue;
            };
            if z.abs() <= THRESHOLD || !material(dev, med, iunit[i]) {
                continue;
            }
            // an execution rate nearer its mark than the city's (99.7% where the others spent
            // 88%, none over 100%) is the city's shortfall, nothing of this unit's to verify
            let to_100 = comparable.get(indicator[i]).is_some_and(|d| d.order == super::registry::Order::ClosestTo100);
            if to_100 && x <= 100.0 && (x - 100.0).abs() < (med - 100.0).abs() {
                continue;
            }
            out.push((
                i,
                Outlier {
                    unit: unit[i].to_string(),
                    county: county[i].to_string(),
                    city: city[i].to_string(),
                    year: year[i],
                    kind: Kind::from_name(kind[i]).unwrap_or_default(),
                    label: label[i].to_string(),
                    indicator_unit: iunit[i].to_string(),
                    value: x,
                    city_median: super::round2(med),
                    units_in_city: n,
                    z: super::round2(z),
                },
            ));
        }
    }
    // ties (one unit's kinds) in the long table's order
    out.sort_by(|(i, a), (j, b)| {
        (&a.city, a.year, indicator[*i], &a.unit, i).cmp(&(&b.city, b.year, indicator[*j], &b.unit, j))
    });
    Ok(out.into_iter().map(|(_, o)| o).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long(indicator: &str, unit: &str, values: &[f64]) -> DataFrame {
        let n = values.len();
        let units: Vec<String> = (0..n).map(|i| format!("U{i}")).collect();
        DataFrame::new_infer_height(vec![
            Column::new("unit".into(), units.clone()),
            Column::new("county".into(), units),
            Column::new("city".into(), vec!["衡阳市"; n]),
            Column::new("year".into(), vec![2023i32; n]),
            Column::new("kind".into(), vec!["whole"; n]),
            Column::new("indicator".into(), vec![indicator; n]),
            Column::new("label".into(), vec!["x"; n]),
            Column::new("indicator_unit".into(), vec![unit; n]),
            Column::new("value".into(), values.to_vec()),
        ])
        .unwrap()
    }

    fn flagged(df: &DataFrame) -> Vec<String> {
        find(df).unwrap().into_iter().map(|o| o.unit).collect()
    }

    #[test]
    fn modified_z_flags_only_the_far_unit() {
        // median 97.75, MAD 0.75: 40% is z ≈ −52; 99.5 is z ≈ 1.6
        assert_eq!(flagged(&long("exec_rate_total", "%", &[98.0, 97.0, 99.5, 96.0, 97.5, 40.0])), ["U5"]);
        // four units are too few to call anyone an outlier
        assert!(flagged(&long("exec_rate_total", "%", &[98.0, 97.0, 99.0, 40.0])).is_empty());
        // raw counts differ with county size: never compared
        assert!(flagged(&long("criminal_cases", "起", &[5.0, 6.0, 5.0, 7.0, 6.0, 90.0])).is_empty());
        // MAD 0 (most units at 100%): the mean absolute deviation stands in
        assert_eq!(flagged(&long("control_rate", "%", &[100.0, 100.0, 100.0, 100.0, 99.0, 60.0])), ["U5"]);
        assert!(flagged(&long("control_rate", "%", &[100.0; 6])).is_empty());
    }

    #[test]
    fn a_unit_far_by_z_alone_is_no_outlier() {
        // control rates packed at 95.2–95.6% (MAD 0.1): 99.0% is z ≈ 25 but 3.6 points off
        // (a rate whose mark is not 100%, so the execution rates' rule plays no part)
        assert!(flagged(&long("control_rate", "%", &[95.4, 95.3, 95.6, 95.5, 95.2, 99.0])).is_empty());
        // …and 88% is 7.4 points off: an outlier
        assert_eq!(flagged(&long("control_rate", "%", &[95.4, 95.3, 95.6, 95.5, 95.2, 88.0])), ["U5"]);
        // (an execution rate packed so, 91.8% below them, 3.6 points off, is none either)
        assert!(flagged(&long("exec_rate_basic", "%", &[95.4, 95.3, 95.6, 95.5, 95.2, 91.8])).is_empty());
        // a rate of a few percent: 9.1% against 4.1% is 5 points and more than half the median
        assert_eq!(flagged(&long("relapse_rate", "%", &[4.0, 4.1, 4.2, 4.1, 3.9, 9.1])), ["U5"]);
        // 0% hair positivity against 1.6%: 1.6 points, under the small rates' 2
        assert!(flagged(&long("hair_positivity", "%", &[1.6, 1.7, 1.5, 1.6, 1.65, 0.0])).is_empty());
        // a cost per person: 20% off the median is no outlier, 40% is
        assert!(flagged(&long("spend_per_staff", "万元/人", &[10.0, 10.1, 9.9, 10.0, 10.05, 12.0])).is_empty());
        assert_eq!(flagged(&long("spend_per_staff", "万元/人", &[10.0, 10.1, 9.9, 10.0, 10.05, 14.0])), ["U5"]);
    }

    #[test]
    fn an_execution_rate_nearer_100_than_its_city_is_no_outlier() {
        // the city spent 86–89% of its project budgets; one unit 99.7%: the city's shortfall
        assert!(flagged(&long("exec_rate_project", "%", &[88.0, 87.5, 88.4, 86.9, 88.1, 99.7])).is_empty());
        // …but 112% is over the mark, and 75% further under it than the city
        assert_eq!(flagged(&long("exec_rate_project", "%", &[88.0, 87.5, 88.4, 86.9, 88.1, 112.0])), ["U5"]);
        assert_eq!(flagged(&long("exec_rate_project", "%", &[88.0, 87.5, 88.4, 86.9, 88.1, 75.0])), ["U5"]);
        // a rate of another mark (a control rate, higher is better) far above its city is still one
        assert_eq!(flagged(&long("control_rate", "%", &[88.0, 87.5, 88.4, 86.9, 88.1, 99.7])), ["U5"]);
    }
}
