//! Extraction on the seed reports, scored the way shared/corpus/score.py scores it, against
//! the gold copied to tests/gold/.

mod common;
use common::*;
use std::collections::HashMap;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.011_f64.max(0.005 * b.abs())
}

#[test]
fn seeds_match_gold() {
    let w = Workdir::new();
    let f = w.path("facts.csv");
    let o = w.run(&["extract", repo().join("data/reports").to_str().unwrap(), "-o", f.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // file → record → (identity, first value per field)
    let mut pred: HashMap<String, HashMap<String, (HashMap<String, String>, HashMap<String, f64>)>> = HashMap::new();
    for r in read_csv(&f) {
        let base = std::path::Path::new(&r["file"]).file_name().unwrap().to_str().unwrap().to_string();
        let rec = pred.entry(base).or_default().entry(r["record"].clone()).or_default();
        for k in ["unit", "county", "city", "province", "year", "kind"] {
            rec.0.insert(k.into(), r[k].clone());
        }
        rec.1.entry(r["field"].clone()).or_insert(r["value"].parse().unwrap());
    }
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut problems = Vec::new();
    for e in std::fs::read_dir(repo().join("tests/gold")).unwrap() {
        let g: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap();
        let file = g["file"].as_str().unwrap();
        let recs = pred.get(file).cloned().unwrap_or_default();
        let grecs = g["records"].as_array().unwrap();
        assert_eq!(recs.len(), grecs.len(), "{file}: records");
        for (i, grec) in grecs.iter().enumerate() {
            let (id, fields) = recs.get(&i.to_string()).unwrap_or_else(|| panic!("{file}: record {i} missing"));
            for k in ["county", "city", "province", "kind"] {
                assert_eq!(id[k], grec[k].as_str().unwrap(), "{file}: {k}");
            }
            assert_eq!(id["year"], grec["year"].to_string(), "{file}: year");
            let gf = grec["fields"].as_object().unwrap();
            let bounds = grec.get("bounds").and_then(|b| b.as_object()).cloned().unwrap_or_default();
            for (k, gv) in gf {
                let ok: Vec<f64> = match gv {
                    serde_json::Value::Array(a) => a.iter().map(|x| x.as_f64().unwrap()).collect(),
                    x => vec![x.as_f64().unwrap()],
                };
                match fields.get(k) {
                    Some(v) if ok.iter().any(|x| close(*v, *x)) => tp += 1,
                    Some(v) => {
                        fp += 1;
                        fn_ += 1;
                        problems.push(format!("{file}: {k}={v} != {gv}"));
                    }
                    None => {
                        fn_ += 1;
                        problems.push(format!("{file}: {k} missing"));
                    }
                }
            }
            for (k, v) in fields {
                if !gf.contains_key(k) && !bounds.contains_key(k) {
                    fp += 1;
                    problems.push(format!("{file}: {k}={v} not in gold"));
                }
            }
        }
    }
    let p = tp as f64 / (tp + fp) as f64;
    let r = tp as f64 / (tp + fn_) as f64;
    let f1 = 2.0 * p * r / (p + r);
    assert!(f1 >= 0.97, "F1 {f1:.3} (tp {tp} fp {fp} fn {fn_}): {problems:#?}");
}

/// Run tests/score.py (a copy of shared/corpus/score.py) on `jixiao extract` of `reports`
/// against `gold`; returns its summary line.
fn score(reports: &str, gold: &str) -> (String, String) {
    let w = Workdir::new();
    let f = w.path("facts.csv");
    let o = w.run(&["extract", repo().join(reports).to_str().unwrap(), "-o", f.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s = std::process::Command::new("python3")
        .arg(repo().join("tests/score.py"))
        .arg(&f)
        .arg(repo().join(gold))
        .arg("-v")
        .output()
        .expect("python3 runs tests/score.py");
    assert!(s.status.success(), "{}", String::from_utf8_lossy(&s.stderr));
    let out = String::from_utf8_lossy(&s.stdout).to_string();
    let last = out.lines().last().unwrap_or("").to_string();
    (last, out)
}

/// "F1 0.93 … year 5/5 county 4/5 kind 5/5" → (F1, [(right, of)] for year, county, kind)
fn parse_summary(line: &str) -> (f64, Vec<(String, usize, usize)>) {
    let w: Vec<&str> = line.split_whitespace().collect();
    let f1 = w[1].parse().unwrap();
    let ident = ["year", "county", "kind"]
        .iter()
        .filter_map(|k| {
            let i = w.iter().position(|x| x == k)?;
            let (a, b) = w[i + 1].split_once('/')?;
            Some((k.to_string(), a.parse().ok()?, b.parse().ok()?))
        })
        .collect();
    (f1, ident)
}

#[test]
fn national_layouts_score_with_score_py() {
    let (line, out) = score("tests/fixtures/reports", "tests/fixtures/reports_gold");
    let (f1, ident) = parse_summary(&line);
    assert!(f1 >= 0.97, "F1 {f1} on the fixtures:\n{out}");
    assert_eq!(ident.len(), 3, "{line}");
    for (k, right, of) in ident {
        assert_eq!(right, of, "{k} wrong on some fixture:\n{out}");
    }
    assert!(line.contains("spurious_records 0"), "{out}");
}

/// 自评表 published as PDF (Word forms turned into PDF, read through pdftotext -layout): one
/// with its cells' text at their tops, one with it centred in its rows, both with cells wrapped
/// over several lines; and two whose narrow columns print a single space apart (全年预 全年执 /
/// 算数 行数; ≥20 起 24 起; 预算执行数 预算执行率 结余), one with a merged label between its rows.
#[test]
fn pdf_forms_score_with_score_py() {
    if std::process::Command::new("pdftotext").arg("-v").output().is_err() {
        eprintln!("pdftotext is not installed (apt-get install poppler-utils): PDF forms not scored");
        return;
    }
    let (line, out) = score("tests/fixtures/pdf", "tests/fixtures/pdf_gold");
    let (f1, ident) = parse_summary(&line);
    assert!(f1 >= 0.999, "F1 {f1} on the PDF forms:\n{out}");
    for (k, right, of) in ident {
        assert_eq!(right, of, "{k} wrong on a PDF form:\n{out}");
    }
}

#[test]
fn seeds_score_one_with_score_py() {
    let (line, out) = score("data/reports", "tests/gold");
    let (f1, _) = parse_summary(&line);
    assert!(f1 >= 0.999, "F1 {f1} on the seeds:\n{out}");
}

#[test]
fn a_mid_year_release_keeps_its_period() {
    let w = Workdir::new();
    let f = w.path("facts.csv");
    let src = repo().join("tests/fixtures/reports/h_midyear_press_shandong.txt");
    let o = w.run(&["extract", src.to_str().unwrap(), "-o", f.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows = read_csv(&f);
    assert!(!rows.is_empty());
    // this year's figures carry their months; last year's (去年全年) are a record of the whole year
    for r in &rows {
        let want = if r["year"] == "2023" { "2023-01..2023-06" } else { "" };
        assert_eq!(r["period"], want, "{r:?}");
    }
    assert!(rows.iter().any(|r| r["year"] == "2022" && r["field"] == "criminal_cases" && r["value"] == "49"));
    // a year-end summary covers the full year: no period
    let src = repo().join("tests/fixtures/reports/g_summary_guangdong.txt");
    let o = w.run(&["extract", src.to_str().unwrap(), "-o", f.to_str().unwrap()]);
    assert!(o.status.success());
    assert!(read_csv(&f).iter().all(|r| r["period"].is_empty()));
}

/// News pages dated by their date line: a newspaper's (2016-04-22 衡阳日报) and a web page's
/// (2013/7/19 16:26:00) place 今年 figures in their part of the year.
#[test]
fn news_pages_keep_their_periods() {
    let w = Workdir::new();
    let f = w.path("facts.csv");
    for (file, field, period, county) in [
        ("l_news_dateline_hunan.txt", "criminal_cases", "2016-01..2016-03", "常宁市"),
        ("p_province_press_heilongjiang.txt", "criminal_cases", "2013-01..2013-06", ""),
        ("m_province_news_jiangxi.txt", "users_caught", "2019-01..2019-09", ""),
        // an interview page: this year's operation, the only account of the year, runs to its date
        ("s_interview_qa_yunnan.txt", "users_caught", "2016-01..2016-08", "镇雄县"),
    ] {
        let src = repo().join("tests/fixtures/reports").join(file);
        let o = w.run(&["extract", src.to_str().unwrap(), "-o", f.to_str().unwrap()]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let rows = read_csv(&f);
        let row = rows.iter().find(|r| r["field"] == field).unwrap_or_else(|| panic!("{file}: no {field}"));
        assert_eq!(row["period"], period, "{file}: {row:?}");
        assert_eq!(row["county"], county, "{file}");
    }
}
