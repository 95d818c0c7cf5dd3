//! The whole job on the bundled seed reports, through the real binary in a temp dir.

mod common;
use common::*;

fn num(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("not a number: '{s}'"))
}

#[test]
fn run_writes_facts_indicators_checks_and_chart() {
    let w = Workdir::new();
    w.seeds("data/reports");
    w.ok(&["run", "--data", "data", "--out", "outputs"]);
    let out = w.path("outputs");

    let ind = read_csv(&out.join("indicators.csv"));
    let row = |county: &str, year: &str| {
        ind.iter()
            .find(|r| r["county"] == county && r["year"] == year)
            .unwrap_or_else(|| panic!("no row {county} {year}: {ind:?}"))
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
    // the official execution score (10 points, 0.1 off per started point short) and grade
    assert_eq!(xt["exec_score"], "9.8");
    assert_eq!(yl["self_grade"], "优");
    // the same table as Parquet
    let pq = std::fs::File::open(out.join("indicators.parquet")).unwrap();
    use polars_io::prelude::SerReader;
    let df = polars_io::prelude::ParquetReader::new(pq).finish().unwrap();
    assert_eq!(df.height(), 5);
    assert!(df.column("exec_rate_total").is_ok());
    for f in ["rankings.csv", "city_rollup.csv"] {
        assert!(read_csv(&out.join(f)).len() > 1, "{f}");
    }

    // the chart is a real PNG of some size
    let png = std::fs::read(out.join("execution_rate.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);

    // findings: the overspent project and the 元-for-万元 slip
    let checks = read_csv(&out.join("checks.csv"));
    assert!(checks
        .iter()
        .any(|c| c["code"] == "C04" && c["county"] == "岳阳楼区" && c["message_zh"].contains("219.08%")));
    assert!(checks.iter().any(|c| c["code"] == "C02" && c["county"] == "湘潭县" && c["message_zh"].contains("35万元")));
    // 湘阴县: spending 109% of budget; control rate 95% against a 98% target while the
    // report says nothing was missed
    assert!(checks
        .iter()
        .any(|c| c["code"] == "C04" && c["county"] == "湘阴县" && c["message_zh"].contains("109.05%")));
    assert!(checks.iter().any(|c| c["code"] == "C08"
        && c["severity"] == "error"
        && c["county"] == "湘阴县"
        && c["field"] == "control_rate"));
    // no false alarms of these kinds elsewhere
    assert!(!checks.iter().any(|c| c["code"] == "C08" && c["county"] != "湘阴县"));
}

#[test]
fn air_quality_report_leaks_nothing() {
    let w = Workdir::new();
    w.copy_from_repo("data/reports/004_2253a288365dc6cb.txt", "004.txt");
    w.ok(&["extract", "004.txt", "-o", "facts.csv"]);
    let facts = w.read_csv("facts.csv");
    assert!(facts.iter().all(|r| r["record"] == "0"), "the 蓝天办 part must yield no record");
    for v in ["50", "49.88418", "76.70148", "95.9", "26.8173", "69.0827", "80.6", "2900", "690"] {
        assert!(facts.iter().all(|r| r["value"] != v), "air-quality figure {v} leaked");
    }
    assert!(facts.iter().all(|r| !r["snippet"].contains("蓝天")));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_goes_on() {
    let w = Workdir::new();
    w.copy_from_repo("data/reports/002_846ffa6747f51bb1.txt", "in/good.txt");
    w.create("in/bad.txt", [0x81u8, 0x30, 0xFF, 0xFF, 0x80, 0xFF, 0xC3]);
    w.create("report.pdf", b"%PDF-1.4");
    let o = w.run(&["extract", "in", "report.pdf", "-o", "facts.csv"]);
    assert_eq!(o.status.code(), Some(1), "a bad input makes the exit code non-zero");
    let err = stderr(&o);
    assert!(err.contains("bad.txt: "), "{err}");
    assert!(err.contains("report.pdf: "), "{err}");
    let facts = w.read_csv("facts.csv");
    assert!(facts.iter().any(|r| r["county"] == "湘潭县" && r["field"] == "budget_total" && r["value"] == "65"));
}

#[test]
fn structured_csv_data_is_loaded_beside_reports() {
    let w = Workdir::new();
    w.seeds("data/reports");
    // wide form: identity + one column per field
    w.create(
        "data/paper.csv",
        "unit,county,city,province,year,kind,budget_total,actual_total\n湘潭县禁毒委员会办公室,湘潭县,湘潭市,湖南省,2023,whole,70,56\n",
    );
    // long form: the facts format
    w.create(
        "data/more.csv",
        "file,record,unit,county,city,province,year,kind,field,value,qualifier,line,snippet\nx,0,南岳区社会化禁毒事务中心,南岳区,衡阳市,湖南省,2022,whole,budget_total,140,,1,\nx,0,南岳区社会化禁毒事务中心,南岳区,衡阳市,湖南省,2022,whole,actual_total,150.5,,2,\n",
    );
    w.ok(&["run", "--data", "data", "--out", "out"]);
    let ind = w.read_csv("out/indicators.csv");
    let r = ind.iter().find(|r| r["county"] == "湘潭县" && r["year"] == "2023").expect("wide CSV row");
    assert_eq!(r["exec_rate_total"], "80");
    let r = ind.iter().find(|r| r["county"] == "南岳区" && r["year"] == "2022").expect("long CSV rows");
    assert_eq!(r["exec_rate_total"], "107.5");
}

/// A Word file built here: paragraphs of a real report plus a 自评表 table.
fn write_docx(path: &std::path::Path, paras: &[&str], rows: &[&[&str]]) {
    use std::io::Write;
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
    let mut body = String::new();
    for p in paras {
        body.push_str(&format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", esc(p)));
    }
    body.push_str("<w:tbl>");
    for r in rows {
        body.push_str("<w:tr>");
        for c in *r {
            body.push_str(&format!("<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>", esc(c)));
        }
        body.push_str("</w:tr>");
    }
    body.push_str("</w:tbl>");
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    z.start_file("[Content_Types].xml", opts).unwrap();
    z.write_all(b"<Types/>").unwrap();
    z.start_file("word/document.xml", opts).unwrap();
    z.write_all(xml.as_bytes()).unwrap();
    z.finish().unwrap();
}

#[test]
fn word_reports_are_read_with_their_tables() {
    let w = Workdir::new();
    write_docx(
        &w.path("湘阴县.docx"),
        &[
            "财政专项资金绩效评价报告",
            "（项目：社区戒毒专项工作经费）",
            "湘阴县司法局",
            "2022年度县财政拨付我局社区戒毒康复站点专项工作经费25万元。",
            "全县目前在册社区戒毒康复人员达到198人，对于社区戒毒人员的管控率达到97%。",
            "项目支出绩效自评表",
        ],
        &[
            &["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            &["", "年度资金总额", "25", "25", "24.1", "10", "96.4%", "9.6"],
            &["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            &["产出指标", "数量指标", "尿检次数", "≥2000次", "2350次", "10", "10"],
            &["总分", "", "", "", "", "100", "96.5"],
        ],
    );
    w.create("broken.docx", b"PK\x03\x04 this is not a zip");
    let o = w.run(&["extract", ".", "-o", "facts.csv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("broken.docx: unreadable Word file"), "{}", stderr(&o));
    let facts = w.read_csv("facts.csv");
    let get = |field: &str| facts.iter().find(|r| r["field"] == field).map(|r| r["value"].clone()).unwrap_or_default();
    assert_eq!(facts[0]["county"], "湘阴县");
    assert_eq!(facts[0]["year"], "2022");
    assert_eq!(facts[0]["kind"], "project");
    assert_eq!(get("budget_total"), "25");
    assert_eq!(get("actual_total"), "24.1");
    assert_eq!(get("community_cases"), "198");
    assert_eq!(get("control_rate"), "97");
    assert_eq!(get("urine_tests"), "2350");
    assert_eq!(get("self_score"), "96.5");
    assert_eq!(get("execution_rate_stated"), "96.4");
}

/// `extract --text` shows what the rules read: a Word table's rows as lines of tab-separated
/// cells under the file's name, a text report as it is; a file that cannot be read is reported
/// and the exit is 1, the others' text written all the same.
#[test]
fn extract_text_shows_what_the_rules_read() {
    let w = Workdir::new();
    write_docx(
        &w.path("a.docx"),
        &["2023年度项目支出绩效自评表"],
        &[&["项目资金（万元）", "年初预算数", "全年预算数"], &["年度资金总额", "25", "26.5"]],
    );
    w.create("b.txt", "某县禁毒办2023年禁毒工作总结\n破获毒品刑事案件12起。\n");
    w.create("broken.docx", b"PK\x03\x04 this is not a zip");
    let o = w.run(&["extract", "--text", ".", "-o", "text.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("broken.docx: unreadable Word file"), "{}", stderr(&o));
    let text = w.read("text.txt");
    let a = text.find("a.docx <==").expect("a.docx's text");
    let b = text.find("b.txt <==").expect("b.txt's text");
    assert!(a < b, "{text}");
    assert!(text[a..b].contains("\n项目资金（万元）\t年初预算数\t全年预算数\n年度资金总额\t25\t26.5\n"), "{text}");
    assert!(text[b..].contains("\n破获毒品刑事案件12起。\n"), "{text}");
    assert!(!text.contains("broken"), "{text}");
}

#[test]
fn corrections_override_a_figure_and_stay_visible() {
    let w = Workdir::new();
    w.seeds("data/reports");
    w.create(
        "data/corrections.csv",
        "unit,year,field,value,reason\n湘潭县,2022,actual_total,64.5,市财政局复核决算数为64.5万元\n浏阳市,2020,budget_total,1,没有这份报告\n",
    );
    let o = w.run(&["run", "--data", "data", "--out", "out"]);
    assert_eq!(o.status.code(), Some(1), "a correction that matches nothing is reported");
    assert!(stderr(&o).contains("corrections.csv: line 3: no record of 浏阳市 2020"), "{}", stderr(&o));
    let out = w.path("out");
    let ind = read_csv(&out.join("indicators.csv"));
    let r = ind.iter().find(|r| r["county"] == "湘潭县").unwrap();
    assert_eq!(r["actual_total"], "64.5");
    assert_eq!(r["exec_rate_total"], "99.23");
    assert!(r["corrections"].contains("64.19→64.5") && r["corrections"].contains("市财政局复核"));
    let facts = read_csv(&out.join("facts.csv"));
    let f = facts.iter().find(|f| f["county"] == "湘潭县" && f["field"] == "actual_total").unwrap();
    assert_eq!(f["value"], "64.5");
    assert!(f["snippet"].contains("已更正：原为64.19"));
    let checks = read_csv(&out.join("checks.csv"));
    assert!(checks.iter().any(|c| c["code"] == "C09" && c["message_zh"].contains("市财政局复核")));
}

#[test]
fn gbk_crlf_and_bom_reports_read_like_utf8() {
    let w = Workdir::new();
    let seed = std::fs::read_to_string(repo().join("data/reports/002_846ffa6747f51bb1.txt")).unwrap();
    let crlf = seed.replace('\n', "\r\n");
    let (gbk, _, bad) = encoding_rs::GBK.encode(&crlf);
    assert!(!bad);
    w.create("in/gbk.txt", &gbk);
    w.create("in/bom.md", [b"\xEF\xBB\xBF".as_slice(), seed.as_bytes()].concat());
    w.ok(&["extract", "in", "-o", "facts.csv"]);
    let facts = w.read_csv("facts.csv");
    for file in ["gbk.txt", "bom.md"] {
        let mine: Vec<_> = facts.iter().filter(|r| r["file"].ends_with(file)).collect();
        assert!(
            mine.iter().any(|r| r["field"] == "budget_total" && r["value"] == "65" && r["county"] == "湘潭县"),
            "{file}"
        );
        assert!(
            mine.iter().any(|r| r["field"] == "abstinence_3y_rate" && r["value"] == "74" && r["line"] == "27"),
            "{file}"
        );
        assert!(mine.iter().all(|r| !r["snippet"].contains('\r')));
    }
}

#[test]
fn stated_shares_and_positivity_are_checked_against_their_own_figures() {
    let w = Workdir::new();
    let report = "醴陵市禁毒委员会办公室2023年度部门整体支出绩效自评报告\n\
        一、基本情况\n\
        2023年度部门预算总额为100万元，全年实际支出96万元。其中基本支出60万元，项目支出36万元。\n\
        基本支出中，人员经费支出50万元，占基本支出的90%；公用经费支出10万元，占比16.67%。\n\
        全年开展毛发检测400人，检出阳性4人，阳性率为2%。社区戒毒康复人员管控率达98%。\n";
    w.create("in/liling.txt", report);
    w.ok(&["check", "in", "-o", "checks.csv"]);
    let c15: Vec<_> = w.read_csv("checks.csv").into_iter().filter(|c| c["code"] == "C15").collect();
    let msgs: Vec<&str> = c15.iter().map(|c| c["message_zh"].as_str()).collect();
    // 50/60 is 83.33%, not 90%; 4/400 is 1%, not 2%; 10/60 = 16.67% is right
    assert_eq!(
        msgs,
        [
            "报告称人员经费决算占基本支出决算的90%，但按50÷60计算为83.33%",
            "报告称毛发检测阳性占毛发检测人数的2%，但按4÷400计算为1.00%"
        ],
        "{c15:?}"
    );
    assert_eq!(c15[0]["line"], "4");
}

#[test]
fn a_year_from_the_file_name_is_a_finding_of_its_own() {
    let w = Workdir::new();
    let summary = "宁远县禁毒委员会办公室禁毒工作总结\n今年以来，全县共破获毒品刑事案件12起，查获吸毒人员35名。\n";
    w.create("in/2023年宁远县禁毒工作总结.txt", summary);
    w.ok(&["check", "in", "-o", "checks.csv"]);
    let checks = w.read_csv("checks.csv");
    let codes: Vec<&str> = checks.iter().map(|c| c["code"].as_str()).collect();
    assert_eq!(codes, ["C17"], "{checks:?}");
    let c17 = checks.iter().find(|c| c["code"] == "C17").unwrap();
    assert!(c17["message_zh"].contains("2023年") && c17["message_zh"].contains("文件名"), "{c17:?}");
}

/// A summary's recap of an earlier year (2022年，全县破获…24起 in the 2023 summary) is that
/// year's record, but the year's own report counts first, whichever file is read first: its
/// figure is the table's, the recap fills only what it does not state, and the differing
/// figure is a finding on the recap that names the report used.
#[test]
fn a_years_own_report_counts_before_a_later_summarys_recap() {
    let w = Workdir::new();
    // (read first: the 2023 summary recalls 2022 and 2021)
    w.create(
        "data/a_2023.txt",
        "临洮县禁毒委员会办公室2023年禁毒工作总结\n2023年，全县破获毒品刑事案件30起，查处吸毒人员52人次。2022年，全县破获毒品刑事案件24起，查处吸毒人员46人次，强制隔离戒毒17人。2021年，全县破获毒品刑事案件21起。\n",
    );
    w.create(
        "data/b_2022.txt",
        "临洮县禁毒委员会办公室2022年禁毒工作总结\n2022年，全县破获毒品刑事案件25起，查处吸毒人员46人次，开展禁毒宣传活动120场次。\n",
    );
    w.ok(&["run", "--data", "data", "--out", "out"]);
    let ind = w.read_csv("out/indicators.csv");
    let year =
        |y: &str| ind.iter().find(|r| r["county"] == "临洮县" && r["year"] == y).unwrap_or_else(|| panic!("{y}"));
    assert_eq!(year("2022")["criminal_cases"], "25", "the 2022 report's own figure");
    assert_eq!(year("2022")["compulsory_rehab"], "17", "the recap fills what the report does not state");
    assert_eq!(year("2021")["criminal_cases"], "21");
    let checks = w.read_csv("out/checks.csv");
    let c13: Vec<_> = checks.iter().filter(|r| r["code"] == "C13").collect();
    assert_eq!(c13.len(), 1, "{c13:?}");
    assert_eq!((c13[0]["file"].as_str(), c13[0]["year"].as_str()), ("data/a_2023.txt", "2022"));
    assert!(
        c13[0]["message_zh"].contains("b_2022.txt") && c13[0]["message_zh"].contains("25"),
        "{}",
        c13[0]["message_zh"]
    );
}
