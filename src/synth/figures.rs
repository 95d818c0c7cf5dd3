//! The ground truth of a synthetic corpus: each unit's profile (size, growth) and its figures
//! year by year — consistent (parts add up to totals, spending near budget, risk classes add up
//! to the registered users) and trending (budgets grow, registered users fall, the 3-year
//! abstinence rate rises) — plus the inconsistencies planted on purpose for the checks to find.

use super::rng::Rng;
use crate::model::Field;
use std::collections::BTreeMap;

/// Figures of one unit for one year, as the truth (what a careful reader takes from a report).
pub type Figures = BTreeMap<Field, f64>;

/// An inconsistency written into a report on purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planted {
    /// project spending far above its budget (the seed 001 pattern)
    Overspend,
    /// line items written in 元 where 万元 was meant (the seed 002 pattern)
    YuanSlip,
    /// a target missed while the report says nothing fell short (the seed 003 pattern)
    MissedTarget,
    /// personnel + public costs do not add up to the basic spending stated
    PartsMismatch,
}

impl Planted {
    pub fn note(self) -> &'static str {
        match self {
            Planted::Overspend => "planted: project spending far above its budget",
            Planted::YuanSlip => "planted: line items in 元 where 万元 was meant",
            Planted::MissedTarget => "planted: control-rate target missed while the report says none was",
            Planted::PartsMismatch => "planted: personnel + public costs do not add up to basic spending",
        }
    }
}

/// One county-level unit over the years.
#[derive(Debug, Clone)]
pub struct Unit {
    pub code: String,
    pub county: String,
    pub city: String,
    pub province: String,
    /// the whole-unit reporter's name (the same every year)
    pub name: String,
    /// each year's truth, in year order
    pub years: Vec<(i32, Figures)>,
}

pub fn r2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn r1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The figures of a unit, year by year, from its own random stream.
pub fn series(rng: &mut Rng, years: &[i32]) -> Vec<(i32, Figures)> {
    use Field::*;
    let size = rng.range(0.3f64.ln(), 4.0f64.ln()).exp();
    let base_budget = 60.0 * size * rng.range(0.7, 1.3);
    let growth = rng.range(-0.02, 0.09);
    let base_users = 300.0 * size * rng.range(0.7, 1.4);
    let user_trend = rng.range(0.93, 1.0);
    let quota = ((4.0 * size.sqrt()) as i64 + rng.int(0, 3)).max(2);
    let mut out = Vec::new();
    for (t, &y) in years.iter().enumerate() {
        let t = t as f64;
        let mut f = Figures::new();
        let budget = r2(base_budget * (1.0 + growth).powf(t) * rng.range(0.94, 1.06));
        let basic_b = r2(budget * rng.range(0.5, 0.75));
        let project_b = r2(budget - basic_b);
        let personnel_b = r2(basic_b * rng.range(0.7, 0.9));
        let public_b = r2(basic_b - personnel_b);
        let personnel_a = r2(personnel_b * rng.range(0.96, 1.0));
        let public_a = r2(public_b * rng.range(0.86, 1.0));
        let basic_a = r2(personnel_a + public_a);
        let project_a = r2(project_b * rng.range(0.82, 1.0));
        let actual = r2(basic_a + project_a);
        for (k, v) in [
            (BudgetTotal, budget),
            (ActualTotal, actual),
            (BasicBudget, basic_b),
            (BasicActual, basic_a),
            (PersonnelBudget, personnel_b),
            (PersonnelActual, personnel_a),
            (PublicBudget, public_b),
            (PublicActual, public_a),
            (ProjectBudget, project_b),
            (ProjectActual, project_a),
        ] {
            f.insert(k, v);
        }
        let sangong_b = if rng.chance(0.4) { 0.0 } else { r2(rng.range(0.5, 3.0) * size.sqrt()) };
        f.insert(SangongBudget, sangong_b);
        f.insert(SangongActual, r2(sangong_b * rng.range(0.85, 1.0)));
        f.insert(StaffQuota, quota as f64);
        f.insert(StaffActual, (quota + rng.int(-1, 2)).max(1) as f64);
        let users = (base_users * user_trend.powf(t) * rng.range(0.97, 1.03)).round().max(20.0);
        f.insert(RegisteredUsers, users);
        f.insert(NewUsers, (users * rng.range(0.01, 0.05)).round().max(1.0));
        let community = (users * rng.range(0.05, 0.12)).round().max(3.0);
        f.insert(CommunityCases, community);
        f.insert(ControlRate, r1(rng.range(93.0, 99.5)));
        f.insert(Abstinence3yRate, r1((60.0 + 2.0 * t + rng.range(-3.0, 3.0)).min(92.0)));
        f.insert(UrineTests, (community * rng.range(8.0, 15.0)).round());
        let hair = (users * rng.range(0.3, 0.9)).round().max(5.0);
        f.insert(HairTests, hair);
        f.insert(HairPositive, (hair * rng.range(0.002, 0.02)).round());
        let cases = (20.0 * size * rng.range(0.6, 1.4)).round().max(1.0);
        f.insert(CriminalCases, cases);
        let detained = (cases * rng.range(1.2, 2.5)).round();
        f.insert(Detained, detained);
        f.insert(Prosecuted, (detained * rng.range(0.75, 0.98)).round());
        let caught = (100.0 * size * rng.range(0.6, 1.4)).round().max(2.0);
        f.insert(UsersCaught, caught);
        f.insert(CompulsoryRehab, (caught * rng.range(0.15, 0.35)).round());
        f.insert(PublicityEvents, (150.0 * size.sqrt() * 1.05f64.powf(t) * rng.range(0.8, 1.2)).round());
        f.insert(WastewaterTests, rng.int(4, 60) as f64);
        let high = (users * rng.range(0.002, 0.01)).round();
        let medium = (users * rng.range(0.08, 0.2)).round();
        f.insert(RiskHigh, high);
        f.insert(RiskMedium, medium);
        f.insert(RiskLow, users - high - medium);
        f.insert(SelfScore, r2(rng.range(88.0, 99.5)));
        out.push((y, f));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Field::*;

    #[test]
    fn parts_add_up_and_budgets_trend() {
        let mut rng = Rng::new(3);
        let years: Vec<i32> = (2015..=2024).collect();
        let s = series(&mut rng, &years);
        for (_, f) in &s {
            assert!((f[&BasicBudget] + f[&ProjectBudget] - f[&BudgetTotal]).abs() < 0.011);
            assert!((f[&BasicActual] + f[&ProjectActual] - f[&ActualTotal]).abs() < 0.011);
            assert!((f[&PersonnelActual] + f[&PublicActual] - f[&BasicActual]).abs() < 0.011);
            assert!(f[&ActualTotal] <= f[&BudgetTotal]);
            assert_eq!(f[&RiskHigh] + f[&RiskMedium] + f[&RiskLow], f[&RegisteredUsers]);
        }
        assert!(s[9].1[&Abstinence3yRate] > s[0].1[&Abstinence3yRate]);
    }
}
