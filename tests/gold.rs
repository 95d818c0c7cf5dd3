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
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("facts.csv");
    let o = run(&["extract", repo().join("data/reports").to_str().unwrap(), "-o", f.to_str().unwrap()]);
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
