//! `jixiao synth` through the real binary: the same seed gives a byte-identical corpus, every
//! file says it is synthetic, and `jixiao extract` on a small corpus scores against its gold
//! the way shared/corpus/score.py scores it.

mod common;
use common::*;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

fn synth(w: &Workdir, out: &Path, seed: &str) {
    let o =
        w.run(&["synth", "--counties", "12", "--years", "2020-2023", "--out", out.to_str().unwrap(), "--seed", seed]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn same_seed_gives_the_same_bytes() {
    let w = Workdir::new();
    let (a, b, c) = (w.path("a"), w.path("b"), w.path("c"));
    synth(&w, &a, "7");
    synth(&w, &b, "7");
    synth(&w, &c, "8");
    let (fa, fb, fc) = (files_under(&a), files_under(&b), files_under(&c));
    assert!(fa.len() > 48, "{} files", fa.len());
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (k, v) in &fa {
        assert!(fb[k] == *v, "{} differs between two runs with one seed", k.display());
    }
    assert_ne!(fa.get(Path::new("truth.csv")), fc.get(Path::new("truth.csv")), "another seed, another corpus");
}

#[test]
fn every_file_says_it_is_synthetic() {
    let w = Workdir::new();
    synth(&w, &w.path(""), "3");
    let mut kinds = BTreeMap::new();
    for (p, bytes) in files_under(&w.path("")) {
        let name = p.file_name().unwrap().to_str().unwrap();
        let ext = p.extension().unwrap().to_str().unwrap().to_string();
        *kinds.entry(ext.clone()).or_insert(0) += 1;
        if name == "truth.csv" {
            assert!(String::from_utf8(bytes).unwrap().starts_with("# 【合成数据，非真实报告】"));
            continue;
        }
        assert!(name.starts_with("synthetic_"), "{name}");
        let text = match ext.as_str() {
            "docx" => jixiao::extract::docx::text(&bytes).unwrap(),
            "json" => String::from_utf8(bytes).unwrap(),
            _ => jixiao::extract::text::decode(&bytes).unwrap(),
        };
        assert!(text.contains("【合成数据，非真实报告】"), "{name} does not say it is synthetic");
        if ext != "json" {
            assert!(text.trim_start().starts_with("【合成数据，非真实报告】"), "{name}: not on the first line");
        }
    }
    for ext in ["txt", "md", "docx", "json"] {
        assert!(kinds.contains_key(ext), "no .{ext} among {kinds:?}");
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.011_f64.max(0.005 * b.abs())
}

#[test]
fn extraction_scores_well_against_the_synthetic_gold() {
    let w = Workdir::new();
    let corpus = w.path("corpus");
    synth(&w, &corpus, "11");
    let facts = w.path("facts.csv");
    let o = w.run(&["extract", corpus.to_str().unwrap(), "-o", facts.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // file → record → field → first value, as score.py reads it
    let mut pred: HashMap<String, BTreeMap<String, (HashMap<String, String>, HashMap<String, f64>)>> = HashMap::new();
    for r in read_csv(&facts) {
        let base = Path::new(&r["file"]).file_name().unwrap().to_str().unwrap().to_string();
        let rec = pred.entry(base).or_default().entry(r["record"].clone()).or_default();
        rec.0.insert("year".into(), r["year"].clone());
        rec.0.insert("county".into(), r["county"].clone());
        rec.1.entry(r["field"].clone()).or_insert(r["value"].parse().unwrap());
    }
    let (mut tp, mut fp, mut fn_, mut years) = (0usize, 0usize, 0usize, (0, 0));
    for e in std::fs::read_dir(corpus.join("gold")).unwrap() {
        let g: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap();
        let recs: Vec<_> =
            pred.get(g["file"].as_str().unwrap()).map(|m| m.values().cloned().collect()).unwrap_or_default();
        let grecs = g["records"].as_array().unwrap();
        for (i, grec) in grecs.iter().enumerate() {
            let gf = grec["fields"].as_object().unwrap();
            let bounds = grec["bounds"].as_object().unwrap();
            let (id, fields) = recs.get(i).cloned().unwrap_or_default();
            years.1 += 1;
            if id.get("year") == Some(&grec["year"].to_string()) {
                years.0 += 1;
            }
            for (k, gv) in gf {
                match fields.get(k) {
                    Some(v) if close(*v, gv.as_f64().unwrap()) => tp += 1,
                    Some(_) => {
                        fp += 1;
                        fn_ += 1
                    }
                    None => fn_ += 1,
                }
            }
            fp += fields.keys().filter(|k| !gf.contains_key(*k) && !bounds.contains_key(*k)).count();
        }
        // records the gold does not have (the unrelated part of a bundle) count against
        fp += recs.iter().skip(grecs.len()).map(|(_, f)| f.len()).sum::<usize>();
    }
    let p = tp as f64 / (tp + fp) as f64;
    let r = tp as f64 / (tp + fn_) as f64;
    let f1 = 2.0 * p * r / (p + r);
    assert!(f1 >= 0.9, "F1 {f1:.3} (P {p:.3} R {r:.3}, tp {tp} fp {fp} fn {fn_})");
    assert_eq!(years.0, years.1, "years right");
}

#[test]
fn refuses_to_write_into_data() {
    let w = Workdir::new();
    std::fs::create_dir(w.path("data")).unwrap();
    std::fs::write(w.path("data/regions.csv"), "code,county,city,province\n").unwrap();
    let o = w.run(&["synth", "--counties", "1", "--years", "2021", "--out", "data/x"]);
    assert!(!o.status.success());
    assert!(!w.path("data/x").exists());
}
