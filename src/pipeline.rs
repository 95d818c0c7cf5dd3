//! The one chain of stages: inputs → extract → check → compute → check (outliers), with the
//! typed hand-off between them. Owns the run's options (inputs, scoring rules, the city /
//! county / year filter) and hands `Outputs` — records, what was skipped, findings and the
//! indicator frames — to `render`. The commands call `run` and nothing else of the stages.

use crate::compute::{self, scoring::Rules};
use crate::extract::Skipped;
use crate::model::{Finding, Record};
use polars::prelude::{DataFrame, PolarsError};
use std::path::PathBuf;
use thiserror::Error;

/// Why the chain stopped. (A bad input never stops it: it lands in `Outputs::skipped`.)
#[derive(Debug, Error)]
pub enum PipelineError {
    #[error("computing indicators: {0}")]
    Compute(#[from] PolarsError),
}

/// Which records a run keeps: all when a field is None.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// a city (地级市/州), as named in the gazetteer or the report: 岳阳市
    pub city: Option<String>,
    /// a county-level division (县/区/县级市), or a unit whose name contains it
    pub county: Option<String>,
    pub year: Option<i32>,
}

impl Filter {
    pub fn keeps(&self, r: &Record) -> bool {
        let city = self.city.as_deref().is_none_or(|c| r.id.city == c || r.id.city.trim_end_matches('市') == c);
        let county = self.county.as_deref().is_none_or(|c| r.id.county == c || r.id.unit.contains(c));
        let year = self.year.is_none_or(|y| r.id.year == Some(y));
        city && county && year
    }

    pub fn is_empty(&self) -> bool {
        self.city.is_none() && self.county.is_none() && self.year.is_none()
    }
}

/// What one run reads and how it judges.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// report files and folders (with corrections.csv read from any folder given)
    pub inputs: Vec<PathBuf>,
    pub rules: Rules,
    pub filter: Filter,
}

/// Everything a run produced, for `render`.
pub struct Outputs {
    pub records: Vec<Record>,
    /// inputs that yielded nothing, with the reason
    pub skipped: Vec<Skipped>,
    pub findings: Vec<Finding>,
    /// one row per unit-year-kind (`compute::indicators`)
    pub indicators: DataFrame,
    /// one row per unit-year-kind-indicator with YoY and ranks (`compute::compare::long`)
    pub long: DataFrame,
    /// one row per city-year-kind (`compute::compare::city_rollup`)
    pub rollup: DataFrame,
    /// each stage's wall and CPU time, in order (for `run --timings` and bench/run.sh)
    pub timings: crate::progress::Timings,
}

/// Read, check, compute: the whole chain up to what `render` writes.
pub fn run(opts: &Options) -> Result<Outputs, PipelineError> {
    run_beside(opts, |_| ()).map(|(o, ())| o)
}

/// `run`, with `beside` given the checked records on a thread of its own while the
/// indicators are computed (`jixiao run` writes facts.csv and facts.parquet there: the
/// compute runs on one core, and the facts are a third of the run's output). What `beside`
/// returned comes back with the outputs. Polars work in `beside` shares polars' pool with the
/// compute's (small: the ranks and outliers are Rust).
pub fn run_beside<T: Send>(
    opts: &Options,
    beside: impl FnOnce(&[Record]) -> T + Send,
) -> Result<(Outputs, T), PipelineError> {
    let mut laps = crate::progress::Laps::default();
    let (mut records, skipped) = crate::inputs::load_corrected(&opts.inputs);
    if !opts.filter.is_empty() {
        records.retain(|r| opts.filter.keeps(r));
    }
    laps.lap("extract");
    chain(records, skipped, &opts.rules, laps, beside)
}

/// The chain after reading: check, compute, outliers, over records already read (a national
/// run calls it for each province: `parts`), with `beside` as in `run_beside`.
pub fn chain<T: Send>(
    records: Vec<Record>,
    skipped: Vec<Skipped>,
    rules: &Rules,
    mut laps: crate::progress::Laps,
    beside: impl FnOnce(&[Record]) -> T + Send,
) -> Result<(Outputs, T), PipelineError> {
    let mut findings = crate::check::check(&records);
    laps.lap("check");
    let (computed, by_side) = std::thread::scope(|s| {
        let side = s.spawn(|| beside(&records));
        let computed = (|| -> Result<_, PipelineError> {
            let indicators = compute::indicators(&records, rules)?;
            laps.lap("indicators");
            let long = compute::compare::long(&indicators)?;
            laps.lap("compare");
            let rollup = compute::compare::city_rollup(&indicators)?;
            laps.lap("rollup");
            // outliers compare each unit with its city's others: that needs the indicators
            let outliers = crate::check::outliers(&compute::outliers::find(&long)?, &records);
            laps.lap("outliers");
            Ok((indicators, long, rollup, outliers))
        })();
        (computed, side.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    });
    let (indicators, long, rollup, outliers) = computed?;
    findings.extend(outliers);
    Ok((Outputs { records, skipped, findings, indicators, long, rollup, timings: laps.stages }, by_side))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Identity;

    fn rec(city: &str, county: &str, unit: &str, year: i32) -> Record {
        Record {
            id: Identity {
                unit: unit.into(),
                county: county.into(),
                city: city.into(),
                year: Some(year),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    #[test]
    fn filter_by_city_accepts_the_name_without_shi() {
        let f = Filter { city: Some("岳阳".into()), ..Default::default() };
        assert!(f.keeps(&rec("岳阳市", "岳阳楼区", "岳阳楼区禁毒办", 2024)));
        assert!(!f.keeps(&rec("衡阳市", "南岳区", "南岳区禁毒办", 2024)));
    }

    #[test]
    fn filter_by_county_matches_a_unit_named_after_it() {
        let f = Filter { county: Some("陆丰市".into()), ..Default::default() };
        assert!(f.keeps(&rec("汕尾市", "", "陆丰市公安局", 2023)));
    }

    #[test]
    fn filter_by_year_drops_other_years_and_undated_records() {
        let f = Filter { year: Some(2024), ..Default::default() };
        assert!(!f.keeps(&rec("岳阳市", "岳阳楼区", "x", 2023)));
        let mut undated = rec("岳阳市", "岳阳楼区", "x", 2024);
        undated.id.year = None;
        assert!(!f.keeps(&undated));
    }
}
