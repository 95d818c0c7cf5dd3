//! A national run through the real binary: reports of more than 26 cities are computed
//! province by province (`jixiao::parts`), with the tables and charts of the whole chain; a
//! re-run takes every province's part from the previous run, and after one report changed
//! computes only that report's province, giving the outputs of a run without the cache.

mod common;
use common::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A synthetic corpus of 40 county-level divisions over the country (more than 26 cities).
fn corpus(w: &Workdir) -> PathBuf {
    let data = w.path("corpus");
    w.ok(&["synth", "--counties", "40", "--years", "2023-2024", "--seed", "3", "--out", data.to_str().unwrap()]);
    // the corpus's own truth and gold are not reports
    std::fs::remove_dir_all(data.join("gold")).unwrap();
    std::fs::remove_file(data.join("truth.csv")).unwrap();
    data
}

fn run(w: &Workdir, data: &Path, out: &Path, extra: &[&str], whole: bool) -> String {
    let mut args = vec!["run", "--data", data.to_str().unwrap(), "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let mut c = w.command();
    c.args(&args);
    if whole {
        c.env("JIXIAO_WHOLE", "1");
    }
    let o = c.output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    stderr(&o)
}

/// The outputs, each file's bytes with the output folder's name taken out; the workbook and
/// the Word briefing by their parts, without the time they were made (docProps/core.xml).
fn outputs(out: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut all = BTreeMap::new();
    for (p, bytes) in files_under(out) {
        let name = p.to_string_lossy().into_owned();
        if name.starts_with(".jixiao-") {
            continue;
        }
        if name.ends_with(".xlsx") || name.ends_with(".docx") {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            for i in 0..zip.len() {
                let mut f = zip.by_index(i).unwrap();
                let entry = f.name().unwrap().into_owned();
                if entry == "docProps/core.xml" {
                    continue;
                }
                let mut b = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut b).unwrap();
                all.insert(format!("{name}!{entry}"), b);
            }
            continue;
        }
        let text = String::from_utf8_lossy(&bytes).replace(out.to_str().unwrap(), "OUT");
        all.insert(name, text.into_bytes());
    }
    all
}

fn differing(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let names: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    names.into_iter().filter(|n| a.get(*n) != b.get(*n)).cloned().collect()
}

fn sorted_lines(bytes: &[u8]) -> Vec<String> {
    let mut l: Vec<String> = String::from_utf8_lossy(bytes).lines().map(str::to_string).collect();
    l.sort();
    l
}

/// The data lines of every file under `dir/` in `all` (each file's header line apart), sorted,
/// and the headers seen.
fn rows_under(all: &BTreeMap<String, Vec<u8>>, dir: &str) -> (Vec<String>, Vec<String>) {
    let mut rows = Vec::new();
    let mut headers = Vec::new();
    for (n, b) in all.iter().filter(|(n, _)| n.starts_with(&format!("{dir}/"))) {
        let text = String::from_utf8_lossy(b);
        let mut lines = text.lines();
        headers.extend(lines.next().map(str::to_string));
        rows.extend(lines.map(str::to_string));
        assert!(n.ends_with(".csv"), "{n}");
    }
    rows.sort();
    headers.dedup();
    (rows, headers)
}

#[test]
fn a_national_run_gives_the_whole_chains_tables_and_charts() {
    let w = Workdir::new();
    let data = corpus(&w);
    let by_parts = run(&w, &data, &w.path("parts"), &["--no-cache"], false);
    assert!(by_parts.contains(" provinces, "), "{by_parts}");
    run(&w, &data, &w.path("whole"), &["--no-cache"], true);
    let (a, b) = (outputs(&w.path("parts")), outputs(&w.path("whole")));
    // facts and rankings one file per province; the findings in province order, not file order
    let elsewhere = ["facts.csv", "rankings.csv", "checks.csv", "facts.parquet", "indicators.parquet"];
    let diff: Vec<String> = differing(&a, &b)
        .into_iter()
        .filter(|n| !elsewhere.contains(&n.as_str()) && !n.starts_with("facts/") && !n.starts_with("rankings/"))
        .filter(|n| !n.starts_with("workbook.xlsx!xl/worksheets/") && !n.starts_with("workbook.xlsx!xl/sharedStrings"))
        .collect();
    assert!(diff.is_empty(), "{diff:?}");
    assert_eq!(sorted_lines(&a["checks.csv"]), sorted_lines(&b["checks.csv"]));
    for t in ["facts", "rankings"] {
        let (rows, headers) = rows_under(&a, t);
        let whole = &b[&format!("{t}.csv")];
        let mut want = sorted_lines(whole);
        let header = String::from_utf8_lossy(whole).lines().next().unwrap().to_string();
        want.retain(|l| *l != header);
        assert_eq!((rows, headers), (want, vec![header]), "{t}");
        assert!(!a.contains_key(&format!("{t}.csv")));
    }
    assert!(a.keys().any(|n| n.starts_with("charts/")) && a.keys().any(|n| n.starts_with("tables/")));
}

/// A national run's per-province facts and rankings (written into the parts, then linked into
/// the outputs) are readable like the other outputs, not 0600 as their temporary files were.
#[cfg(unix)]
#[test]
fn a_national_runs_province_files_are_readable_like_the_others() {
    use std::os::unix::fs::PermissionsExt;
    let w = Workdir::new();
    let data = corpus(&w);
    let out = w.path("out");
    run(&w, &data, &out, &[], false);
    let modes: BTreeMap<String, u32> = files_under(&out)
        .into_keys()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|n| n.starts_with("facts/") || n.starts_with("rankings/") || n == "checks.csv")
        .map(|n| {
            let m = std::fs::metadata(out.join(&n)).unwrap().permissions().mode() & 0o777;
            (n, m)
        })
        .collect();
    assert!(modes.keys().any(|n| n.starts_with("facts/")), "{modes:?}");
    let checks = modes["checks.csv"];
    assert!(modes.values().all(|&m| m == checks), "{modes:?}");
}

#[test]
fn a_national_rerun_computes_only_the_province_of_a_changed_report() {
    let w = Workdir::new();
    let data = corpus(&w);
    let out = w.path("out");
    let first = run(&w, &data, &out, &[], false);
    let provinces = |e: &str| -> (usize, usize) {
        let line = e.lines().find(|l| l.contains(" provinces, ")).unwrap_or_else(|| panic!("{e}"));
        let n: Vec<usize> = line.split(|c: char| !c.is_ascii_digit()).filter_map(|s| s.parse().ok()).collect();
        (n[1], n[2])
    };
    let (computed, taken) = provinces(&first);
    assert!(computed > 1 && taken == 0, "{first}");
    let again = run(&w, &data, &out, &[], false);
    assert_eq!(provinces(&again), (0, computed), "{again}");
    change_one_report(&data);
    let third = run(&w, &data, &out, &[], false);
    assert_eq!(provinces(&third), (1, computed - 1), "{third}");
    assert!(third.contains(", 1 extracted"), "{third}");
    // what a run without the cache writes
    let fresh = w.path("fresh");
    run(&w, &data, &fresh, &["--no-cache"], false);
    let diff = differing(&outputs(&out), &outputs(&fresh));
    assert!(diff.is_empty(), "{diff:?}");
}

#[test]
fn a_province_is_taken_only_with_the_outputs_its_part_was_published_in() {
    let w = Workdir::new();
    let data = corpus(&w);
    let out = w.path("out");
    run(&w, &data, &out, &[], false);
    let saved = w.path("saved");
    for (p, bytes) in files_under(&out).into_iter().filter(|(p, _)| !p.starts_with(".jixiao-cache")) {
        std::fs::create_dir_all(saved.join(&p).parent().unwrap()).unwrap();
        std::fs::write(saved.join(&p), bytes).unwrap();
    }
    change_one_report(&data);
    run(&w, &data, &out, &[], false);
    // as if that run had failed before publishing: the outputs before it, the cache after it
    // (its province's part made again, the outputs' files still the old part's)
    let cache = w.path("cache");
    std::fs::rename(out.join(".jixiao-cache"), &cache).unwrap();
    std::fs::remove_dir_all(&out).unwrap();
    std::fs::rename(&saved, &out).unwrap();
    std::fs::rename(&cache, out.join(".jixiao-cache")).unwrap();
    let again = run(&w, &data, &out, &[], false);
    assert!(again.contains(", 1 computed and "), "{again}");
    let fresh = w.path("fresh");
    run(&w, &data, &fresh, &["--no-cache"], false);
    let diff = differing(&outputs(&out), &outputs(&fresh));
    assert!(diff.is_empty(), "{diff:?}");
}
