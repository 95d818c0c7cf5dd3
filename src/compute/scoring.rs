//! Official scoring rules, from a TOML file a supervisor can edit (`data/scoring.toml`; the
//! defaults below apply where it is absent or silent):
//!
//! ```toml
//! [execution]          # 预算执行率 score of the common framework for whole-unit spending
//! full_marks = 10.0    # points for an execution rate at or above `full_at`
//! full_at = 100.0      # percent
//! step = 1.0           # each started step of shortfall, in percentage points …
//! points_per_step = 0.1  # … costs this many points (never below 0)
//!
//! [grade]              # grade of a self-evaluation score (自评得分)
//! excellent = 90.0     # 优 at or above
//! good = 80.0          # 良 at or above
//! pass = 60.0          # 中 at or above; below: 差
//! ```

use polars::prelude::*;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Execution {
    pub full_marks: f64,
    pub full_at: f64,
    pub step: f64,
    pub points_per_step: f64,
}

impl Default for Execution {
    fn default() -> Self {
        Execution { full_marks: 10.0, full_at: 100.0, step: 1.0, points_per_step: 0.1 }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Grade {
    pub excellent: f64,
    pub good: f64,
    pub pass: f64,
}

impl Default for Grade {
    fn default() -> Self {
        Grade { excellent: 90.0, good: 80.0, pass: 60.0 }
    }
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    pub execution: Execution,
    pub grade: Grade,
}

impl Rules {
    pub fn parse(text: &str) -> Result<Rules, toml::de::Error> {
        toml::from_str(text)
    }

    /// Points for the execution rate in column `rate`.
    pub fn execution_score(&self, rate: &str) -> Expr {
        let e = &self.execution;
        let steps = ((lit(e.full_at) - col(rate)) / lit(e.step)).ceil();
        let s = lit(e.full_marks) - steps * lit(e.points_per_step);
        when(col(rate).is_null())
            .then(lit(NULL).cast(DataType::Float64))
            .when(col(rate).gt_eq(lit(e.full_at)))
            .then(lit(e.full_marks))
            .when(s.clone().lt(lit(0.0)))
            .then(lit(0.0))
            .otherwise(s)
    }

    /// 优/良/中/差 of the score in column `score`.
    pub fn grade(&self, score: &str) -> Expr {
        let g = &self.grade;
        when(col(score).is_null())
            .then(lit(NULL).cast(DataType::String))
            .when(col(score).gt_eq(lit(g.excellent)))
            .then(lit("优"))
            .when(col(score).gt_eq(lit(g.good)))
            .then(lit("良"))
            .when(col(score).gt_eq(lit(g.pass)))
            .then(lit("中"))
            .otherwise(lit("差"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_and_grades() {
        let df = df!("r" => [Some(100.0), Some(120.0), Some(98.75), Some(99.0), Some(0.0), None], "s" => [Some(97.88), Some(90.0), Some(89.99), Some(60.0), Some(59.0), None]).unwrap();
        let rules = Rules::default();
        let out =
            df.lazy().select([rules.execution_score("r").alias("x"), rules.grade("s").alias("g")]).collect().unwrap();
        let xs = out.column("x").unwrap().f64().unwrap().clone();
        let x: Vec<Option<f64>> = (0..xs.len()).map(|i| xs.get(i).map(|v| (v * 100.0).round() / 100.0)).collect();
        assert_eq!(x, vec![Some(10.0), Some(10.0), Some(9.8), Some(9.9), Some(0.0), None]);
        let gs = out.column("g").unwrap().str().unwrap().clone();
        let g: Vec<Option<&str>> = (0..gs.len()).map(|i| gs.get(i)).collect();
        assert_eq!(g, vec![Some("优"), Some("优"), Some("良"), Some("中"), Some("差"), None]);
    }

    #[test]
    fn rules_from_toml_with_defaults() {
        let r = Rules::parse("[execution]\nfull_marks = 20\npoints_per_step = 0.5\n").unwrap();
        assert_eq!(r.execution.full_marks, 20.0);
        assert_eq!(r.execution.full_at, 100.0);
        assert_eq!(r.grade, Grade::default());
        assert!(
            Rules::parse("[execution]\nfull_mark = 20\n").is_err(),
            "a misspelt key is an error, not silently ignored"
        );
    }
}
