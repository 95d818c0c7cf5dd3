//! Robust outliers against the city's other units, with polars window expressions. For each
//! indicator that compares units of different size (rates, shares, costs per person or test,
//! never raw counts), per city, year and kind: the median, the median absolute deviation (MAD)
//! and the modified z-score 0.6745·(x − median)/MAD of Iglewicz and Hoaglin; |z| > 3.5 is an
//! outlier. Where more than half the units share one value (MAD = 0) the mean absolute
//! deviation stands in (z = (x − median)/(1.2533·meanAD)). Too few units say nothing: a city
//! needs `MIN_UNITS`. Hands typed `Outlier`s to `check`, which words them as findings (C14).

use crate::model::{Kind, Outlier};
use polars::prelude::*;

/// Fewest units in a city-year for an outlier to mean anything.
pub const MIN_UNITS: u32 = 5;
/// |modified z| above this is an outlier (Iglewicz & Hoaglin 1993).
pub const THRESHOLD: f64 = 3.5;

/// The outlying rows of the long indicator table (`compare::long`): identity, indicator,
/// value, the city median, the number of units and the modified z-score.
pub fn outliers(long: &DataFrame) -> PolarsResult<DataFrame> {
    if long.height() == 0 {
        return Ok(DataFrame::empty());
    }
    let group = [col("city"), col("year"), col("kind"), col("indicator")];
    let dev = col("value") - col("med");
    let comparable = super::registry::INDICATORS
        .iter()
        .filter(|i| i.comparable)
        .fold(lit(false), |acc, i| acc.or(col("indicator").eq(lit(i.id))));
    long.clone()
        .lazy()
        // sizes differ from county to county: only ratios compare
        .filter(col("city").neq(lit("")).and(comparable))
        .with_columns([
            col("value").median().over(group.clone())?.alias("med"),
            col("value").count().over(group.clone())?.alias("n"),
        ])
        .with_columns([
            dev.clone().abs().median().over(group.clone())?.alias("mad"),
            dev.clone().abs().mean().over(group)?.alias("meanad"),
        ])
        .with_column(
            when(col("mad").gt(lit(1e-9)))
                .then(lit(0.6745) * dev.clone() / col("mad"))
                .when(col("meanad").gt(lit(1e-9)))
                .then(dev / (lit(1.253314) * col("meanad")))
                .otherwise(lit(NULL).cast(DataType::Float64))
                .alias("z"),
        )
        .filter(col("n").gt_eq(lit(MIN_UNITS)).and(col("z").abs().gt(lit(THRESHOLD))))
        .select([
            col("unit"),
            col("county"),
            col("city"),
            col("year"),
            col("kind"),
            col("indicator"),
            col("label"),
            col("indicator_unit"),
            col("value"),
            col("med").round(2, RoundMode::HalfAwayFromZero).alias("city_median"),
            col("n").alias("units_in_city"),
            col("z").round(2, RoundMode::HalfAwayFromZero),
        ])
        .sort(["city", "year", "indicator", "unit"], SortMultipleOptions::default())
        .collect()
}

/// The outliers, typed, for `check` to judge and word as findings.
pub fn find(long: &DataFrame) -> PolarsResult<Vec<Outlier>> {
    let df = outliers(long)?;
    if df.height() == 0 {
        return Ok(Vec::new());
    }
    let s = |c: &str| -> PolarsResult<StringChunked> { Ok(df.column(c)?.str()?.clone()) };
    let f = |c: &str| -> PolarsResult<Float64Chunked> { Ok(df.column(c)?.cast(&DataType::Float64)?.f64()?.clone()) };
    let (unit, county, city, kind, label, iunit) =
        (s("unit")?, s("county")?, s("city")?, s("kind")?, s("label")?, s("indicator_unit")?);
    let (value, med, z, n) = (f("value")?, f("city_median")?, f("z")?, f("units_in_city")?);
    let year = df.column("year")?.cast(&DataType::Int32)?.i32()?.clone();
    let text = |c: &StringChunked, i: usize| c.get(i).unwrap_or("").to_string();
    Ok((0..df.height())
        .map(|i| Outlier {
            unit: text(&unit, i),
            county: text(&county, i),
            city: text(&city, i),
            year: year.get(i),
            kind: Kind::from_name(kind.get(i).unwrap_or("")).unwrap_or_default(),
            label: text(&label, i),
            indicator_unit: text(&iunit, i),
            value: value.get(i).unwrap_or(f64::NAN),
            city_median: med.get(i).unwrap_or(f64::NAN),
            units_in_city: n.get(i).unwrap_or(0.0) as usize,
            z: z.get(i).unwrap_or(f64::NAN),
        })
        .collect())
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
        let o = outliers(df).unwrap();
        if o.height() == 0 {
            return vec![];
        }
        o.column("unit").unwrap().str().unwrap().iter().flatten().map(String::from).collect()
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
}
