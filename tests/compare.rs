//! YoY, ranks, medians and city roll-ups on a multi-year fixture of several units
//! (tests/fixtures/multi_year.csv), through the real binary; numbers checked by hand.

mod common;
use common::*;
use std::collections::HashMap;

fn outputs() -> Workdir {
    let w = Workdir::new();
    w.copy_from_repo("tests/fixtures/multi_year.csv", "data/multi_year.csv");
    w.ok(&["run", "--data", "data", "--out", "out"]);
    w
}

fn find<'a>(
    rows: &'a [HashMap<String, String>],
    county: &str,
    year: &str,
    indicator: &str,
) -> &'a HashMap<String, String> {
    rows.iter()
        .find(|r| r["county"] == county && r["year"] == year && r["indicator"] == indicator)
        .unwrap_or_else(|| panic!("no {county} {year} {indicator}"))
}

#[test]
fn yoy_ranks_medians() {
    let long = outputs().read_csv("out/rankings.csv");
    // 湘阴县 execution 80% → 99%: +19 percentage points
    let x = find(&long, "湘阴县", "2023", "exec_rate_total");
    assert_eq!(
        (x["value"].as_str(), x["prev_year"].as_str(), x["yoy_change"].as_str(), x["yoy_unit"].as_str()),
        ("99", "2022", "19", "百分点")
    );
    // relapse 12% → 15%: +3 points, and lower is better
    assert_eq!(find(&long, "湘阴县", "2023", "relapse_rate")["yoy_change"], "3");
    // cases 40 → 50: +10, +25%, counted in 起
    let y = find(&long, "岳阳楼区", "2023", "criminal_cases");
    assert_eq!((y["yoy_change"].as_str(), y["yoy_pct"].as_str(), y["yoy_unit"].as_str()), ("10", "25", "起"));
    // execution ranks by closeness to 100%: 湘阴 99 (1), 岳阳楼区 98 (2), 平江 110 (3)
    assert_eq!(find(&long, "湘阴县", "2023", "exec_rate_total")["rank_city"], "1");
    assert_eq!(find(&long, "岳阳楼区", "2023", "exec_rate_total")["rank_city"], "2");
    assert_eq!(find(&long, "平江县", "2023", "exec_rate_total")["rank_city"], "3");
    assert_eq!(find(&long, "平江县", "2023", "exec_rate_total")["units_in_city"], "3");
    // in the province 开福区 (96.67, 3.33 from 100) comes between 岳阳楼区 and 平江县
    assert_eq!(find(&long, "开福区", "2023", "exec_rate_total")["rank_province"], "3");
    assert_eq!(find(&long, "平江县", "2023", "exec_rate_total")["rank_province"], "4");
    // relapse: lower is better — 岳阳楼区 8 (1), 平江 9 (2), 湘阴 15 (3)
    assert_eq!(find(&long, "岳阳楼区", "2023", "relapse_rate")["rank_city"], "1");
    assert_eq!(find(&long, "湘阴县", "2023", "relapse_rate")["rank_city"], "3");
    // city median of 98, 99, 110 is 99
    let m = find(&long, "岳阳楼区", "2023", "exec_rate_total");
    assert_eq!((m["city_median"].as_str(), m["from_city_median"].as_str()), ("99", "-1"));
    // a first year has no YoY
    assert_eq!(find(&long, "湘阴县", "2022", "exec_rate_total")["yoy_change"], "");
}

#[test]
fn city_rollups_weight_rates_by_money() {
    let roll = outputs().read_csv("out/city_rollup.csv");
    let y = roll.iter().find(|r| r["city"] == "岳阳市" && r["year"] == "2023").unwrap();
    assert_eq!((y["units"].as_str(), y["budget_total"].as_str(), y["actual_total"].as_str()), ("3", "360", "359.8"));
    // 359.8 / 360, not the mean of 98, 99 and 110
    assert_eq!(y["exec_rate_total"], "99.94");
    assert_eq!(y["registered_users"], "1730");
    let c = roll.iter().find(|r| r["city"] == "长沙市" && r["year"] == "2023").unwrap();
    assert_eq!(c["exec_rate_total"], "96.67");
}

#[test]
fn a_unit_far_from_its_city_is_flagged_by_check() {
    let w = Workdir::new();
    w.copy_from_repo("tests/fixtures/city_outlier.csv", "data/city_outlier.csv");
    w.ok(&["check", "data", "-o", "checks.csv"]);
    let checks = w.read_csv("checks.csv");
    let c14: Vec<_> = checks.iter().filter(|c| c["code"] == "C14").collect();
    // 衡阳县 executed 45% where the city's other five units executed 97–99%; its cases and
    // control rate are in line
    assert_eq!(c14.len(), 1, "{c14:?}");
    assert_eq!(c14[0]["county"], "衡阳县");
    assert_eq!(c14[0]["line"], "7", "the CSV line of the unit");
    assert!(
        c14[0]["message_zh"].contains("预算执行率为45%，明显偏低：衡阳市6个单位的中位数为97.5%"),
        "{}",
        c14[0]["message_zh"]
    );
}
