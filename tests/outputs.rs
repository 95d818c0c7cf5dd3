//! The output folder: replaced only by a complete run, the user's own files kept, a run that
//! read nothing refusing to empty it, and the bad inputs listed in skipped.csv.

mod common;
use common::*;

#[test]
fn a_run_keeps_the_users_files_in_the_output_folder() {
    let w = Workdir::new();
    w.seeds("data/reports");
    w.create("outputs/README.md", "my notes");
    w.ok(&["run", "--data", "data", "--out", "outputs"]);
    assert_eq!(w.read("outputs/README.md"), "my notes");
    assert!(w.read_csv("outputs/indicators.csv").len() == 5);
}

#[test]
fn a_run_that_read_no_report_leaves_the_previous_outputs() {
    let w = Workdir::new();
    w.seeds("data/reports");
    w.ok(&["run", "--data", "data", "--out", "outputs"]);
    let before = w.read("outputs/facts.csv");
    std::fs::create_dir_all(w.path("empty")).unwrap();
    let o = w.run(&["run", "--data", "empty", "--out", "outputs"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no report read from empty; outputs keeps the previous run's outputs"),
        "{}",
        stderr(&o)
    );
    assert_eq!(w.read("outputs/facts.csv"), before);
}

#[test]
fn a_rerun_removes_what_the_previous_run_wrote_and_no_longer_writes() {
    let w = Workdir::new();
    w.seeds("data/reports");
    w.ok(&["run", "--data", "data", "--out", "outputs"]);
    // a stale file listed as the previous run's own
    let manifest = w.read("outputs/.jixiao-manifest");
    w.create("outputs/.jixiao-manifest", format!("{manifest}old_chart.png\n"));
    w.create("outputs/old_chart.png", "stale");
    w.ok(&["run", "--data", "data", "--out", "outputs"]);
    assert!(!w.path("outputs/old_chart.png").exists());
    let siblings: Vec<String> = std::fs::read_dir(w.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("partial"))
        .collect();
    assert!(siblings.is_empty(), "staging folders left behind: {siblings:?}");
}

#[test]
fn skipped_inputs_are_listed_with_their_reason() {
    let w = Workdir::new();
    w.seeds("data/reports");
    w.create("data/reports/scan.pdf", b"%PDF-1.4");
    let o = w.run(&["run", "--data", "data", "--out", "outputs"]);
    assert_eq!(o.status.code(), Some(1), "a skipped input makes the exit code 1");
    let skipped = w.read_csv("outputs/skipped.csv");
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert!(skipped[0]["file"].ends_with("scan.pdf"));
    assert!(!skipped[0]["reason"].is_empty());
}

#[test]
fn a_correction_that_adds_a_figure_writes_no_nan_anywhere() {
    let w = Workdir::new();
    w.seeds("data/reports");
    // the 湘潭县 report states no cases solved: the supervisor adds the figure
    w.create("data/corrections.csv", "unit,year,field,value,reason\n湘潭县,2022,criminal_cases,12,县公安局补报\n");
    w.ok(&["run", "--data", "data", "--out", "outputs"]);
    let facts = w.read_csv("outputs/facts.csv");
    let f = facts.iter().find(|f| f["county"] == "湘潭县" && f["field"] == "criminal_cases").unwrap();
    assert!(f["snippet"].contains("原为未载明"), "{}", f["snippet"]);
    for name in ["facts.csv", "checks.csv", "indicators.csv", "rankings.csv", "city_rollup.csv", "briefing.md"] {
        let text = w.read(&format!("outputs/{name}"));
        assert!(!text.contains("NaN"), "NaN in {name}");
    }
}

#[test]
fn a_place_named_like_a_path_stays_inside_the_output_folder() {
    let w = Workdir::new();
    w.create(
        "data/units.csv",
        "unit,county,city,province,year,kind,budget_total,actual_total\n\
         甲禁毒办,甲县,../../逃逸市,湖南省,2023,whole,100,95\n\
         乙禁毒办,岳阳/楼区,../../逃逸市,湖南省,2023,whole,100,90\n\
         甲禁毒办,甲县,../../逃逸市,湖南省,2024,whole,100,97\n\
         乙禁毒办,岳阳/楼区,../../逃逸市,湖南省,2024,whole,100,99\n",
    );
    w.ok(&["run", "--data", "data", "--out", "out/run"]);
    // nothing was written beside or above the output folder
    let mut top: Vec<String> =
        std::fs::read_dir(w.path("")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    top.sort();
    assert_eq!(top, ["data", "out"]);
    assert_eq!(std::fs::read_dir(w.path("out")).unwrap().count(), 1, "only out/run");
    let mut names = Vec::new();
    for sub in ["tables", "charts"] {
        for e in std::fs::read_dir(w.path(&format!("out/run/{sub}"))).unwrap() {
            let e = e.unwrap();
            assert!(e.file_type().unwrap().is_file(), "{:?} is not a plain file", e.path());
            names.push(e.file_name().to_string_lossy().into_owned());
        }
    }
    assert!(names.iter().any(|n| n.contains("逃逸市")), "{names:?}");
    assert!(names.iter().all(|n| !n.contains('/') && !n.starts_with('.')), "{names:?}");
}

/// Every .csv and .md file under `dir`, by path relative to it.
fn tables_under(dir: &std::path::Path) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    files_under(dir).into_iter().filter(|(p, _)| p.extension().is_some_and(|x| x == "csv" || x == "md")).collect()
}

#[test]
fn the_same_inputs_give_the_same_tables_whatever_the_thread_count() {
    let w = Workdir::new();
    w.seeds("data/reports");
    w.copy_from_repo("tests/fixtures/demo_city/demo_city.csv", "data/demo_city.csv");
    for n in ["1", "2"] {
        let o = w
            .command()
            .args(["run", "--no-cache", "--data", "data", "--out", &format!("out{n}")])
            .env("RAYON_NUM_THREADS", n)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let (a, b) = (tables_under(&w.path("out1")), tables_under(&w.path("out2")));
    assert!(a.len() > 10, "{} tables", a.len());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (p, bytes) in &a {
        assert!(bytes == &b[p], "{} differs between 1 and 2 threads", p.display());
    }
}

/// A re-run links the charts whose data did not change from the previous outputs: the same
/// images, none drawn; `--no-cache` draws them all.
#[test]
fn a_rerun_takes_unchanged_charts_from_the_previous_run() {
    let w = Workdir::new();
    w.seeds("data/reports");
    w.ok(&["run", "--data", "data", "--out", "outputs"]);
    let before = files_under(&w.path("outputs/charts"));
    let charts = w.read("outputs/charts/index.tsv").lines().count();
    assert!(charts > 0);
    let o = w.ok(&["run", "--data", "data", "--out", "outputs"]);
    assert!(stderr(&o).contains(&format!("{charts} unchanged charts taken from the previous run")), "{}", stderr(&o));
    assert_eq!(files_under(&w.path("outputs/charts")), before);
    let o = w.ok(&["run", "--data", "data", "--out", "outputs", "--no-cache"]);
    assert!(!stderr(&o).contains("taken from the previous run"), "{}", stderr(&o));
    assert_eq!(files_under(&w.path("outputs/charts")), before);
}

/// A chart whose figures changed is drawn again, not taken from the previous run; the others are.
#[test]
fn a_rerun_redraws_a_chart_whose_figures_changed() {
    let w = Workdir::new();
    // one city's units, two years: charts of each year and kind, and trends
    w.ok(&["synth", "--city", "岳阳市", "--years", "2022-2023", "--out", "data", "--seed", "3"]);
    w.ok(&["run", "--data", "data", "--out", "outputs"]);
    let index = |w: &Workdir| -> std::collections::BTreeMap<String, String> {
        w.read("outputs/charts/index.tsv")
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(k, s)| (s.into(), k.into()))
            .collect()
    };
    let before = index(&w);
    // one unit's 2023 whole-unit report is withdrawn: the whole-unit charts change, the
    // project charts do not
    let report = files_under(&w.path("data"))
        .into_keys()
        .find(|p| p.to_string_lossy().ends_with("_2023_whole.txt"))
        .expect("a 2023 whole-unit report");
    std::fs::remove_file(w.path("data").join(&report)).unwrap();
    let o = w.ok(&["run", "--data", "data", "--out", "outputs"]);
    let after = index(&w);
    let redrawn = after.iter().filter(|(stem, key)| before.get(*stem) != Some(*key)).count();
    let reused = stderr(&o)
        .lines()
        .find_map(|l| l.strip_suffix(" unchanged charts taken from the previous run"))
        .map_or(0, |l| l.trim_start_matches("jixiao: ").parse::<usize>().unwrap());
    assert!(redrawn > 0 && reused > 0, "redrawn {redrawn}, reused {reused}: {}", stderr(&o));
    assert_eq!(reused + redrawn, after.len(), "{}", stderr(&o));
}

/// `-o` naming a device or a named pipe (/dev/null, /dev/stdout, a FIFO) writes into it: the
/// atomic rename over it would have replaced the device with a plain file (as root, /dev/null
/// itself).
#[cfg(unix)]
#[test]
fn output_to_a_named_pipe_is_written_into_it_not_replaced() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let w = Workdir::new();
    w.seeds("data/reports");
    let fifo = w.path("facts.pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo unavailable: skipped");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut s = String::new();
            std::fs::File::open(&fifo).and_then(|mut f| f.read_to_string(&mut s)).map(|_| s)
        })
    };
    w.ok(&["extract", "data", "-o", fifo.to_str().unwrap()]);
    // (checked before joining: a pipe replaced by a file would leave the reader waiting)
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the pipe was replaced");
    let got = reader.join().unwrap().unwrap();
    assert!(got.starts_with("file,record,"), "{got:.200}");
}

/// What `-o` writes and what a national run writes are readable as files the user's umask
/// makes (0644 under 022): the temporary files they are renamed from are 0600, and the
/// rename had kept that for `extract -o`, `template -o` and a national run's facts/ and
/// rankings/ files.
#[cfg(unix)]
#[test]
fn outputs_written_through_a_temporary_file_are_not_private_to_the_owner() {
    use std::os::unix::fs::PermissionsExt;
    let w = Workdir::new();
    w.seeds("data/reports");
    w.ok(&["extract", "data", "-o", "facts.csv"]);
    w.ok(&["template", "-o", "t.xlsx"]);
    for f in ["facts.csv", "t.xlsx"] {
        let mode = std::fs::metadata(w.path(f)).unwrap().permissions().mode();
        assert_eq!(mode & 0o044, 0o044, "{f}: {mode:o}");
    }
}
