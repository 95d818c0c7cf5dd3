//! What a supervisor opens, through the real binary on the demo city (tests/fixtures/demo_city:
//! 9 units × 6 years): the comparison tables, the workbook, the charts, the briefing in three
//! formats. One run is shared by the tests of this file.

mod common;
use common::*;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn demo() -> &'static Path {
    // shared by the tests of this file, so it outlives each
    static W: OnceLock<Workdir> = OnceLock::new();
    let w = W.get_or_init(|| {
        let w = Workdir::shared("render_demo");
        w.copy_from_repo("tests/fixtures/demo_city/demo_city.csv", "data/demo_city.csv");
        w.ok(&["run", "--data", "data", "--out", "out"]);
        w
    });
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| w.path("out"))
}

/// One file of a zip archive (XLSX, DOCX) as text.
pub fn unzip(path: &Path, name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}")).read_to_string(&mut s).unwrap();
    s
}

fn names(path: &Path) -> Vec<String> {
    let z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    z.file_names().map(|n| n.unwrap().into_owned()).collect()
}

#[test]
fn city_table_is_utf8_with_bom_and_leaves_absent_figures_empty() {
    let p = demo().join("tables/岳阳市2020整体支出.csv");
    let bytes = std::fs::read(&p).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let h: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    let col = h.iter().position(|x| x == "在册吸毒人员（人）").unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    // 君山区 stated no counts in 2020: empty, not 0
    let junshan = rows.iter().find(|r| &r[1] == "君山区").unwrap();
    assert_eq!(&junshan[col], "");
    // the city total sums the units that stated one
    let total = rows.last().unwrap();
    assert_eq!(&total[0], "岳阳市合计");
    assert!(!total[col].is_empty());
    // ranks are "n/of"
    let rank = h.iter().position(|x| x == "预算执行率排名").unwrap();
    assert!(rows[0][rank].starts_with("1/"), "{:?}", &rows[0]);
}

#[test]
fn markdown_table_and_province_summary_are_written() {
    let md = std::fs::read_to_string(demo().join("tables/岳阳市2024整体支出.md")).unwrap();
    assert!(md.starts_with("# 岳阳市2024年度整体支出绩效对比表"));
    assert!(md.contains("| 华容县禁毒委员会办公室 | 华容县 |"));
    let sum = std::fs::read_to_string(demo().join("tables/省级汇总.md")).unwrap();
    assert_eq!(sum.matches("| 湖南省 | 岳阳市 |").count(), 6, "{sum}");
}

#[test]
fn workbook_holds_chinese_headers_numbers_notes_charts_and_no_formula() {
    let p = demo().join("workbook.xlsx");
    let files = names(&p);
    let strings = unzip(&p, "xl/sharedStrings.xml");
    for s in ["预算执行率（%）", "华容县禁毒委员会办公室", "原文", "项目支出超预算"] {
        assert!(strings.contains(s), "no {s} in the shared strings");
    }
    let book = unzip(&p, "xl/workbook.xml");
    for s in ["岳阳市2024整体支出", "岳阳市整体支出趋势", "省级汇总", "数据来源", "核查发现"]
    {
        assert!(book.contains(&format!("name=\"{s}\"")), "no sheet {s}");
    }
    let sheets: Vec<&String> = files.iter().filter(|f| f.starts_with("xl/worksheets/sheet")).collect();
    let all: String = sheets.iter().map(|s| unzip(&p, s)).collect();
    // 华容县 2024: 118.32% executed
    assert!(all.contains("<v>118.32</v>"));
    assert!(all.contains("<pane ") && all.contains("<autoFilter "));
    assert!(!all.contains("<f>"), "a formula was written");
    // a finding as a note, and Excel's own charts
    assert!(files.iter().any(|f| f.starts_with("xl/comments")));
    let notes: String = files.iter().filter(|f| f.starts_with("xl/comments")).map(|f| unzip(&p, f)).collect();
    assert!(notes.contains("超预算"));
    let charts: String = files.iter().filter(|f| f.starts_with("xl/charts/chart")).map(|f| unzip(&p, f)).collect();
    assert!(charts.contains("<c:barChart>") && charts.contains("<c:lineChart>"));
    // 万元 two decimals, % one
    let styles = unzip(&p, "xl/styles.xml");
    assert!(styles.contains("formatCode=\"#,##0.00\"") && styles.contains("formatCode=\"0.0\""));
}

/// The demo city has 9 units, more than one line chart holds: its trend sheet has a row per
/// unit with a sparkline each, and Excel's own line chart draws only the city (全市) and the
/// units' median, not a line per unit.
#[test]
fn workbook_trend_of_many_units_is_sparklines_and_two_lines() {
    let p = demo().join("workbook.xlsx");
    let book = unzip(&p, "xl/workbook.xml");
    // the sheets in order: the trend sheet's number is its position
    let names: Vec<&str> = book.split("<sheet name=\"").skip(1).map(|s| s.split('"').next().unwrap()).collect();
    let i = names.iter().position(|n| *n == "岳阳市整体支出趋势").expect("a trend sheet") + 1;
    let sheet = unzip(&p, &format!("xl/worksheets/sheet{i}.xml"));
    assert!(sheet.contains("<x14:sparklineGroup"), "no sparklines");
    assert_eq!(sheet.matches("<x14:sparkline>").count(), 9 + 2, "a sparkline per unit, the city and the median");
    let rels = unzip(&p, &format!("xl/worksheets/_rels/sheet{i}.xml.rels"));
    let drawing = rels.split("drawings/").nth(1).unwrap().split('"').next().unwrap();
    let drels = unzip(&p, &format!("xl/drawings/_rels/{drawing}.rels"));
    let chart = drels.split("charts/").nth(1).unwrap().split('"').next().unwrap();
    let chart = unzip(&p, &format!("xl/charts/{chart}"));
    assert!(chart.contains("<c:lineChart>"));
    assert_eq!(chart.matches("<c:ser>").count(), 2, "the city and the median only");
    let strings = unzip(&p, "xl/sharedStrings.xml");
    assert!(strings.contains(">全市<") && strings.contains(">各单位中位数<"));
}

#[test]
fn charts_of_the_city_are_drawn_as_png_and_svg() {
    let dir = demo().join("charts");
    for stem in [
        "岳阳市2024整体支出_执行率排名",
        "岳阳市2024整体支出_支出结构",
        "岳阳市整体支出_执行率趋势",
        "岳阳市整体支出_执行率热力图",
    ] {
        let png = std::fs::read(dir.join(format!("{stem}.png"))).unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{stem}");
        let svg = std::fs::read_to_string(dir.join(format!("{stem}.svg"))).unwrap();
        assert!(svg.contains("<svg") && svg.contains("岳阳市"), "{stem}");
    }
    // the city's line is 全市 in the trend's key, not the table's sum row (岳阳市合计)
    let svg = std::fs::read_to_string(dir.join("岳阳市整体支出_执行率趋势.svg")).unwrap();
    assert!(svg.lines().any(|l| l.trim() == "全市"), "no 全市 in the trend");
    assert!(!svg.contains("合计"), "the trend names the city's line 合计");
}

#[test]
fn docx_is_a4_with_east_asian_fonts_text_charts_and_sources() {
    let p = demo().join("briefing.docx");
    let doc = unzip(&p, "word/document.xml");
    assert!(doc.contains("w:w=\"11906\" w:h=\"16838\""), "not A4");
    for s in [
        "关于岳阳市禁毒经费绩效评价情况的简报",
        "预算执行率最接近100%的是",
        "华容县",
        "118.32",
        "附录：数据来源",
        "demo_city.csv:31",
    ] {
        assert!(doc.contains(s), "no {s} in the document");
    }
    let styles = unzip(&p, "word/styles.xml");
    assert!(styles.contains("w:eastAsia=\"仿宋\"") && styles.contains("w:eastAsia=\"黑体\""));
    assert!(names(&p).iter().filter(|n| n.starts_with("word/media/") && n.ends_with(".png")).count() >= 4);
    let rels = unzip(&p, "word/_rels/document.xml.rels");
    assert!(rels.contains("media/chart1.png"));
}

#[test]
fn html_is_self_contained_with_sources_on_hover() {
    let html = std::fs::read_to_string(demo().join("report.html")).unwrap();
    for bad in ["src=\"http", "href=\"http", "src='http", "href='http", "@import", "url(http"] {
        assert!(!html.contains(bad), "external request: {bad}");
    }
    assert!(html.contains("data:image/png;base64,"));
    // a number with its source sentence on hover, a finding linked to its row
    assert!(html.contains("title=\"") && html.contains("demo_city.csv:31"));
    assert!(html.contains("<a href=\"#t0-r"));
    assert!(html.contains("id=\"t0-r0\""));
}

/// Every number of a text: runs of digits with at most one decimal point.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || (c == '.' && !cur.is_empty() && !cur.contains('.')) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(cur.trim_end_matches('.').to_string());
            cur.clear();
        }
    }
    out
}

fn key(x: f64) -> i64 {
    (x.abs() * 1e4).round() as i64
}

#[test]
fn every_number_of_the_briefing_text_is_in_the_indicators_or_facts() {
    let out = demo();
    let mut known: HashSet<i64> = HashSet::new();
    for f in ["indicators.csv", "rankings.csv", "city_rollup.csv", "facts.csv"] {
        for row in read_csv(&out.join(f)) {
            for v in row.values() {
                if let Ok(x) = v.parse::<f64>() {
                    known.insert(key(x));
                }
            }
        }
    }
    let md = std::fs::read_to_string(out.join("briefing.md")).unwrap();
    let text: Vec<&str> = md.lines().filter(|l| !l.is_empty() && !l.starts_with(['#', '-', '>', '|', '!'])).collect();
    assert!(text.len() >= 5, "{md}");
    let mut checked = 0;
    for l in &text {
        // 100% and 80% are yardsticks of the wording, not figures
        for n in numbers(&l.replace("100%的", "").replace("低于80%", "")) {
            let x: f64 = n.parse().unwrap();
            assert!(known.contains(&key(x)), "{n} in «{l}» is in no output table");
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} numbers");
}

#[test]
fn report_text_is_escaped_in_html_and_markdown() {
    let w = Workdir::new();
    let data = w.path("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("units.csv"),
        "unit,county,city,province,year,kind,budget_total,actual_total,project_budget,project_actual\n\
         <script>alert(1)</script>禁毒办,,岳阳市,湖南省,2024,whole,100,120,50,70\n\
         =HYPERLINK(\"x\")禁毒办,,岳阳市,湖南省,2024,whole,100,95,50,45\n",
    )
    .unwrap();
    let out = w.path("out");
    let o = w.run(&["run", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(!html.contains("<script>alert"), "unescaped markup in report.html");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;禁毒办"));
    // the page's own script is the only one
    assert_eq!(html.matches("<script>").count(), 1);
    let md = std::fs::read_to_string(out.join("briefing.md")).unwrap();
    assert!(!md.contains("<script>") && md.contains("&lt;script&gt;"));
    // a spreadsheet cell never starts a formula
    let strings = unzip(&out.join("workbook.xlsx"), "xl/sharedStrings.xml");
    assert!(strings.contains("'=HYPERLINK"));
    let sheets: String = names(&out.join("workbook.xlsx"))
        .iter()
        .filter(|f| f.starts_with("xl/worksheets/"))
        .map(|f| unzip(&out.join("workbook.xlsx"), f))
        .collect();
    assert!(!sheets.contains("<f>"));
}

/// A unit's whole-unit report overspent and its project report did not: the finding is listed in
/// the briefing's whole-unit section and flagged on the whole-unit table only, not repeated under
/// the same unit's project.
#[test]
fn a_finding_stays_with_the_kind_of_report_it_is_about() {
    let w = Workdir::new();
    let data = w.path("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("units.csv"),
        "unit,county,city,province,year,kind,budget_total,actual_total\n\
         华容县禁毒办,华容县,岳阳市,湖南省,2024,whole,100,120\n\
         华容县禁毒办,华容县,岳阳市,湖南省,2024,project,50,45\n\
         平江县禁毒办,平江县,岳阳市,湖南省,2024,whole,80,76\n\
         平江县禁毒办,平江县,岳阳市,湖南省,2024,project,40,38\n",
    )
    .unwrap();
    let out = w.path("out");
    let o = w.run(&["run", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = std::fs::read_to_string(out.join("briefing.md")).unwrap();
    let project = md.find("年度项目支出\n").expect("a project section");
    let whole = md.find("年度整体支出\n").expect("a whole-unit section");
    assert!(whole < project, "{md}");
    let (whole_part, project_part) = (&md[whole..project], &md[project..]);
    assert!(whole_part.contains("华容县：支出超预算"), "{whole_part}");
    assert!(!project_part.contains("超预算"), "the whole-unit finding repeated under the project: {project_part}");
    assert!(project_part.contains("核查未发现需要关注的问题"), "{project_part}");
    // the workbook: the project sheet's cell notes are the project record's findings only
    let book = out.join("workbook.xlsx");
    let sheets = unzip(&book, "xl/workbook.xml");
    let nth = sheets.split("<sheet ").skip(1).position(|s| s.contains("项目支出")).expect("a project sheet") + 1;
    let rels = unzip(&book, &format!("xl/worksheets/_rels/sheet{nth}.xml.rels"));
    let comments = rels.split("Target=\"../").filter_map(|t| t.split('"').next()).find(|t| t.starts_with("comments"));
    let notes = unzip(&book, &format!("xl/{}", comments.expect("the project sheet has notes")));
    assert!(notes.contains("项目支出报告未载明"), "{notes}");
    assert!(!notes.contains("C04"), "the whole-unit finding on the project sheet: {notes}");
}

/// A year's work summaries state results, not budgets: their section's table shows the cases
/// solved, the users caught, the register and the control rate, and its text names the units
/// that solved the most and the fewest cases with the change on their year before.
#[test]
fn a_summary_section_compares_results_not_budgets() {
    let w = Workdir::new();
    let data = w.path("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("units.csv"),
        "unit,county,city,province,year,kind,criminal_cases,users_caught,registered_users,control_rate\n\
         华容县禁毒办,华容县,岳阳市,湖南省,2023,summary,14,40,310,97.5\n\
         平江县禁毒办,平江县,岳阳市,湖南省,2023,summary,9,52,420,98.1\n\
         华容县禁毒办,华容县,岳阳市,湖南省,2024,summary,17,38,301,98.2\n\
         平江县禁毒办,平江县,岳阳市,湖南省,2024,summary,6,47,405,96.9\n",
    )
    .unwrap();
    let out = w.path("out");
    let o = w.run(&["run", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = std::fs::read_to_string(out.join("briefing.md")).unwrap();
    let header = md.lines().find(|l| l.starts_with("| 区县 |")).expect("a table");
    assert!(header.contains("破获毒品刑事案件（起）") && header.contains("查处吸毒人员（人）"), "{header}");
    assert!(!header.contains("预算数"), "{header}");
    assert!(
        md.contains("破获毒品刑事案件最多的是华容县（17起，同比增加3起），最少的是平江县（6起，同比减少3起）。"),
        "{md}"
    );
    // (the budget charts a summary cannot have are said once, not listed as not drawn)
    assert!(md.contains("工作总结未载明预算和支出，不绘制预算执行率和支出结构图。"), "{md}");
    assert!(!md.contains("未绘制“岳阳市工作总结预算执行率"), "{md}");
    // no unit states a relapse rate or a hair test: those columns are left out of the briefing's
    // table and named under it, in the three formats and in the workbook; the CSV keeps them
    assert!(!header.contains("复吸率") && !header.contains("毛发检测阳性率"), "{header}");
    let note = "注：各单位均未载明社戒社康人员（人）、复吸率（%）、毛发检测阳性率（%），表中不列这些列。";
    assert!(md.contains(note), "{md}");
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains("注：各单位均未载明") && html.contains("复吸率（%）、"), "no note in the web page");
    let doc = unzip(&out.join("briefing.docx"), "word/document.xml");
    assert!(doc.contains(note), "no note in the document");
    let strings = unzip(&out.join("workbook.xlsx"), "xl/sharedStrings.xml");
    assert!(strings.contains("注：各单位均未载明"), "no note in the workbook");
    let csv = std::fs::read_to_string(out.join("tables/岳阳市2024工作总结.csv")).unwrap();
    assert!(csv.lines().next().unwrap().contains("复吸率（%）"), "the CSV keeps its columns");
    // the city's row is named as its line in the charts
    assert!(md.contains("| 全市 | 23 |"), "{md}");
    assert!(
        html.contains(">全市</td>") && !html.contains("岳阳市合计"),
        "the web page's table names the city row 全市"
    );
}

#[test]
fn a_chart_the_data_cannot_support_is_not_drawn_and_the_briefing_says_why() {
    let w = Workdir::new();
    let out = w.path("out");
    let o = w.run(&[
        "brief",
        "--city",
        "长沙市",
        "--year",
        "2021",
        "--data",
        repo().join("data").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = std::fs::read_to_string(out.join("briefing.md")).unwrap();
    assert!(md.contains("未绘制“长沙市项目支出预算执行率趋势”：长沙市仅有2021年度的数据，一个年度画不出趋势"), "{md}");
    assert!(!out.join("charts").exists() || std::fs::read_dir(out.join("charts")).unwrap().count() == 0);
}

#[test]
fn brief_writes_one_city_year_with_the_years_before_for_comparison() {
    let w = Workdir::new();
    let data = w.path("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::copy(repo().join("tests/fixtures/demo_city/demo_city.csv"), data.join("demo_city.csv")).unwrap();
    let out = w.path("b");
    let o = w.run(&[
        "brief",
        "--city",
        "岳阳",
        "--year",
        "2023",
        "--data",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = std::fs::read_to_string(out.join("briefing.md")).unwrap();
    assert!(md.starts_with("# 关于岳阳市2023年度禁毒经费绩效评价情况的简报"));
    // 2022 was read: the city's rate of the year before is quoted
    assert!(md.contains("上年为"), "{md}");
    assert!(out.join("charts/岳阳市整体支出_执行率趋势.png").is_file());
    assert!(out.join("report.html").is_file() && out.join("briefing.docx").is_file());
}

#[test]
fn a_city_total_over_no_stated_figure_is_empty_not_zero() {
    let w = Workdir::new();
    let out = w.path("out");
    let o = w.run(&["run", "--data", repo().join("data").to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let roll = read_csv(&out.join("city_rollup.csv"));
    // 岳阳楼区 2024 states money but no count of registered users
    let y = roll.iter().find(|r| r["city"] == "岳阳市" && r["year"] == "2024").unwrap();
    assert_eq!((y["budget_total"].as_str(), y["registered_users"].as_str()), ("204.56", ""));
    let t = std::fs::read_to_string(out.join("tables/岳阳市2024整体支出.csv")).unwrap();
    let total = t.lines().last().unwrap();
    assert!(total.starts_with("岳阳市合计,1个单位,204.56,"), "{total}");
    assert!(!total.contains(",0,"), "a 0 for an unstated figure: {total}");
}

/// A run over 27 cities of two provinces (more cities than any province has) in two years:
/// the national layout.
fn many_cities(w: &Workdir) -> std::path::PathBuf {
    let data = w.path("data");
    std::fs::create_dir_all(&data).unwrap();
    let mut csv = String::from("unit,county,city,province,year,kind,budget_total,actual_total\n");
    for year in [2023, 2024] {
        for c in 0..27 {
            for u in 0..2 {
                let province = if c < 11 { "某省" } else { "另省" };
                csv.push_str(&format!("第{c}市第{u}禁毒办,,第{c}市,{province},{year},whole,100,{}\n", 90 + u));
            }
        }
    }
    std::fs::write(data.join("many.csv"), csv).unwrap();
    let out = w.path("out");
    let o = w.run(&["run", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}

#[test]
fn a_run_over_many_cities_writes_the_summary_briefing() {
    let w = Workdir::new();
    let out = many_cities(&w);
    let md = std::fs::read_to_string(out.join("briefing.md")).unwrap();
    assert!(md.starts_with("# 关于禁毒经费绩效评价情况的汇总简报"), "{}", &md[..md.len().min(400)]);
    // 54 units × (90 + 91) / (54 × 100), weighted: 90.5%, the year before the same
    assert!(md.contains("预算执行率（按金额加权）90.5%，2023年为90.5%"), "{md}");
    assert!(md.contains("| 某省 | 11 | 22 |"), "{md}");
    assert!(md.contains("| 另省 | 16 | 32 |"), "{md}");
    assert!(!md.contains("第0市2024年度整体支出"), "no section per city-year: {md}");
}

#[test]
fn a_run_over_many_cities_writes_one_table_per_city_with_every_year() {
    let w = Workdir::new();
    let out = many_cities(&w);
    let t = std::fs::read_to_string(out.join("tables/某省第0市.csv")).unwrap();
    let lines: Vec<&str> = t.lines().collect();
    assert!(lines[0].trim_start_matches('\u{feff}').starts_with("年度,类型,单位,区县,"), "{}", lines[0]);
    assert!(lines[1].starts_with("2024,整体支出,第0市第"), "latest year first: {}", lines[1]);
    assert!(lines.iter().any(|l| l.starts_with("2023,整体支出,")), "{t}");
    assert!(!out.join("tables/第0市2024整体支出.csv").exists(), "no file per city-year");
}

#[test]
fn a_run_over_many_cities_writes_a_summary_workbook() {
    let w = Workdir::new();
    let out = many_cities(&w);
    let book = unzip(&out.join("workbook.xlsx"), "xl/workbook.xml");
    let sheets: Vec<&str> = book.split("<sheet ").skip(1).filter_map(|s| s.split('"').nth(1)).collect();
    // the figures' sources are in facts.csv: a run of many cities is made province by
    // province, and its workbook from the provinces' summaries
    assert_eq!(sheets, ["说明", "省级汇总", "核查发现"], "{book}");
    let strings = unzip(&out.join("workbook.xlsx"), "xl/sharedStrings.xml");
    assert!(strings.contains("见 facts.parquet，以及 facts.csv"), "{strings}");
}

#[test]
fn a_run_over_many_cities_draws_each_citys_latest_year_as_png_only() {
    let w = Workdir::new();
    let out = many_cities(&w);
    assert!(out.join("charts/第0市2024整体支出_执行率排名.png").is_file());
    assert!(!out.join("charts/第0市2024整体支出_执行率排名.svg").exists());
    assert!(!out.join("charts/第0市2023整体支出_执行率排名.png").exists(), "the years before are in the trends");
    assert!(out.join("charts/第0市整体支出_执行率趋势.png").is_file());
    // the summary briefing's own chart, with its SVG
    assert!(out.join("charts/各省份_执行率排名.svg").is_file());
}

/// A PNG's width and height, from its header.
fn png_size(path: &Path) -> (u32, u32) {
    let b = std::fs::read(path).unwrap();
    assert!(b.starts_with(b"\x89PNG"), "{}", path.display());
    let be = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    (be(16), be(20))
}

/// A city of 38 units (重庆's count): its trend is small multiples, a panel per unit, the image
/// as tall as its 8 rows of 5 (not 38 lines in one 720 px plot, the legend running off its
/// foot), and the Word briefing shows it at the text width, unshrunk. The demo city's 9 units
/// are small multiples too; a city of 8 keeps its lines.
#[test]
fn a_city_of_many_units_has_its_trend_as_small_multiples() {
    let w = Workdir::new();
    let data = w.path("data");
    std::fs::create_dir_all(&data).unwrap();
    let mut csv = String::from("unit,county,city,province,year,kind,budget_total,actual_total\n");
    for year in [2022, 2023, 2024] {
        for u in 0..38 {
            // the first unit states no 2023: a gap in its line
            if u == 0 && year == 2023 {
                continue;
            }
            csv.push_str(&format!(
                "第{u}区禁毒办,第{u}区,某市,某省,{year},whole,100,{}\n",
                85 + (u + year as usize) % 15
            ));
        }
        for u in 0..8 {
            csv.push_str(&format!(
                "第{u}县禁毒办,第{u}县,另市,某省,{year},whole,100,{}\n",
                85 + (u + year as usize) % 15
            ));
        }
    }
    std::fs::write(data.join("many.csv"), csv).unwrap();
    let out = w.path("out");
    let o = w.run(&["run", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(png_size(&out.join("charts/某市整体支出_执行率趋势.png")), (1200, 1698));
    assert_eq!(png_size(&out.join("charts/另市整体支出_执行率趋势.png")), (1200, 720));
    let (_, h) = png_size(&demo().join("charts/岳阳市整体支出_执行率趋势.png"));
    assert_eq!(h, 738, "9 units: 3 rows of 4 panels");
    // the briefing of 某市: the trend at the text width (5,731,510 EMU), its height in proportion
    let b = w.run(&[
        "brief",
        "--data",
        data.to_str().unwrap(),
        "--out",
        w.path("brief").to_str().unwrap(),
        "--city",
        "某市",
    ]);
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let doc = unzip(&w.path("brief/briefing.docx"), "word/document.xml");
    let cy = 5_731_510u64 * 1698 / 1200;
    assert!(doc.contains(&format!("<wp:extent cx=\"5731510\" cy=\"{cy}\"/>")), "{doc}");
}
