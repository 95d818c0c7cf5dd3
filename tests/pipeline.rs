//! The whole job on the bundled seed reports, through the real binary in a temp dir.

mod common;
use common::*;

fn num(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("not a number: '{s}'"))
}

#[test]
fn run_writes_facts_indicators_checks_and_chart() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    copy_dir(&repo().join("data/reports"), &data.join("reports"));
    let out = tmp.path().join("outputs");
    let o = run(&["run", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "stderr: {}", String::from_utf8_lossy(&o.stderr));

    let ind = read_csv(&out.join("indicators.csv"));
    let row = |county: &str, year: &str| {
        ind.iter().find(|r| r["county"] == county && r["year"] == year).unwrap_or_else(|| panic!("no row {county} {year}: {ind:?}"))
    };
    let xt = row("湘潭县", "2022");
    assert_eq!(num(&xt["budget_total"]), 65.0);
    assert_eq!(num(&xt["actual_total"]), 64.19);
    assert_eq!(num(&xt["exec_rate_total"]), 98.75);
    assert_eq!(xt["budget_total_derived"], "false");

    let yl = row("岳阳楼区", "2024");
    assert_eq!(num(&yl["exec_rate_project"]), 219.08);
    assert_eq!(num(&yl["exec_rate_basic"]), 93.09);
    assert_eq!(num(&yl["personnel_share_basic"]), 93.78);
    // the report states only the parts: the totals are derived, and say so
    assert_eq!(num(&yl["budget_total"]), 204.56);
    assert_eq!(yl["budget_total_derived"], "true");

    let ny = row("南岳区", "2021");
    assert_eq!(num(&ny["actual_total"]), 130.85);
    assert_eq!(ny["actual_total_derived"], "true");
    assert_eq!(ind.len(), 5, "one row per unit-year-kind");

    // the chart is a real PNG of some size
    let png = std::fs::read(out.join("execution_rate.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);

    // findings: the overspent project and the 元-for-万元 slip
    let checks = read_csv(&out.join("checks.csv"));
    assert!(checks.iter().any(|c| c["code"] == "C04" && c["county"] == "岳阳楼区" && c["message_zh"].contains("219.08%")));
    assert!(checks.iter().any(|c| c["code"] == "C02" && c["county"] == "湘潭县" && c["message_zh"].contains("35万元")));
}

#[test]
fn air_quality_report_leaks_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("facts.csv");
    let o = run(&["extract", repo().join("data/reports/004_2253a288365dc6cb.txt").to_str().unwrap(), "-o", f.to_str().unwrap()]);
    assert!(o.status.success());
    let facts = read_csv(&f);
    assert!(facts.iter().all(|r| r["record"] == "0"), "the 蓝天办 part must yield no record");
    for v in ["50", "49.88418", "76.70148", "95.9", "26.8173", "69.0827", "80.6", "2900", "690"] {
        assert!(facts.iter().all(|r| r["value"] != v), "air-quality figure {v} leaked");
    }
    assert!(facts.iter().all(|r| !r["snippet"].contains("蓝天")));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("in");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::copy(repo().join("data/reports/002_846ffa6747f51bb1.txt"), d.join("good.txt")).unwrap();
    std::fs::write(d.join("bad.txt"), [0x81u8, 0x30, 0xFF, 0xFF, 0x80, 0xFF, 0xC3]).unwrap();
    let pdf = tmp.path().join("report.pdf");
    std::fs::write(&pdf, b"%PDF-1.4").unwrap();
    let f = tmp.path().join("facts.csv");
    let o = run(&["extract", d.to_str().unwrap(), pdf.to_str().unwrap(), "-o", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "a bad input makes the exit code non-zero");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.txt: "), "{err}");
    assert!(err.contains("report.pdf: unsupported file type .pdf"), "{err}");
    let facts = read_csv(&f);
    assert!(facts.iter().any(|r| r["county"] == "湘潭县" && r["field"] == "budget_total" && r["value"] == "65"));
}

#[test]
fn structured_csv_data_is_loaded_beside_reports() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    copy_dir(&repo().join("data/reports"), &data.join("reports"));
    // wide form: identity + one column per field
    std::fs::write(
        data.join("paper.csv"),
        "unit,county,city,province,year,kind,budget_total,actual_total\n湘潭县禁毒委员会办公室,湘潭县,湘潭市,湖南省,2023,whole,70,56\n",
    )
    .unwrap();
    // long form: the facts format
    std::fs::write(
        data.join("more.csv"),
        "file,record,unit,county,city,province,year,kind,field,value,qualifier,line,snippet\nx,0,南岳区社会化禁毒事务中心,南岳区,衡阳市,湖南省,2022,whole,budget_total,140,,1,\nx,0,南岳区社会化禁毒事务中心,南岳区,衡阳市,湖南省,2022,whole,actual_total,150.5,,2,\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = run(&["run", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ind = read_csv(&out.join("indicators.csv"));
    let r = ind.iter().find(|r| r["county"] == "湘潭县" && r["year"] == "2023").expect("wide CSV row");
    assert_eq!(r["exec_rate_total"], "80");
    let r = ind.iter().find(|r| r["county"] == "南岳区" && r["year"] == "2022").expect("long CSV rows");
    assert_eq!(r["exec_rate_total"], "107.5");
}
