//! The re-run cache through the real binary: a second `run` reads every report from
//! OUT/.jixiao-cache, a changed report is extracted again, and the outputs are those of a run
//! without the cache.

mod common;
use common::*;

#[test]
fn a_rerun_uses_the_cache_and_a_changed_report_is_read_again() {
    let w = Workdir::new();
    let (data, out, fresh) = (w.path("corpus"), w.path("out"), w.path("fresh"));
    let o = w.run(&["synth", "--counties", "4", "--years", "2021-2023", "--out", data.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let go = |out: &std::path::Path, extra: &[&str]| {
        let mut args = vec!["run", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()];
        args.extend_from_slice(extra);
        let o = w.run(&args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8_lossy(&o.stderr).to_string()
    };
    let first = go(&out, &[]);
    assert!(!first.contains("from the cache"), "{first}");
    assert!(out.join(".jixiao-cache").is_dir());
    let second = go(&out, &[]);
    assert!(second.contains("from the cache") && second.contains(", 0 extracted"), "{second}");
    change_one_report(&data);
    let third = go(&out, &[]);
    assert!(third.contains(", 1 extracted"), "{third}");
    go(&fresh, &["--no-cache"]);
    assert!(!fresh.join(".jixiao-cache").exists());
    for f in ["facts.csv", "checks.csv", "indicators.csv"] {
        let (a, b) = (std::fs::read_to_string(out.join(f)).unwrap(), std::fs::read_to_string(fresh.join(f)).unwrap());
        assert!(a.replace(out.to_str().unwrap(), "") == b.replace(fresh.to_str().unwrap(), ""), "{f} differs");
    }
}

#[test]
fn a_damaged_cache_shard_costs_a_new_extraction_not_a_report() {
    let w = Workdir::new();
    let (data, out, fresh) = (w.path("corpus"), w.path("out"), w.path("fresh"));
    w.ok(&["synth", "--counties", "4", "--years", "2021-2022", "--out", data.to_str().unwrap()]);
    let args =
        |o: &std::path::Path| ["run", "--data", data.to_str().unwrap(), "--out", o.to_str().unwrap()].map(String::from);
    let run = |o: &std::path::Path, extra: &[&str]| {
        let mut a: Vec<String> = args(o).to_vec();
        a.extend(extra.iter().map(|s| s.to_string()));
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        w.ok(&a);
    };
    run(&out, &[]);
    // every shard of records emptied; the index still names them
    let cache = out.join(".jixiao-cache");
    let mut emptied = 0;
    for e in std::fs::read_dir(&cache).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "bin") && p.file_name().unwrap() != "index.bin" {
            std::fs::write(&p, b"").unwrap();
            emptied += 1;
        }
    }
    assert!(emptied > 0);
    run(&out, &[]);
    run(&fresh, &["--no-cache"]);
    let (a, b) = (
        std::fs::read_to_string(out.join("facts.csv")).unwrap(),
        std::fs::read_to_string(fresh.join("facts.csv")).unwrap(),
    );
    assert!(a.lines().count() > 1);
    assert_eq!(a, b);
}
