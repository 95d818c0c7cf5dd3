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
