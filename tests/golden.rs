//! Golden outputs: checks.csv and rankings.csv of the bundled seed reports, normalised (file
//! paths cut to the file name), compared with tests/golden/. After a change that is meant to
//! alter them, look at the difference and re-bless with `JIXIAO_BLESS=1 cargo test --test golden`.

mod common;
use common::*;

/// The CSV with every `file` cell cut to its file name, so the temp folder does not matter.
fn normalise(csv_text: &str) -> String {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = r.headers().unwrap().clone();
    let file_col = headers.iter().position(|h| h == "file");
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&headers).unwrap();
    for rec in r.records() {
        let rec = rec.unwrap();
        let row: Vec<String> = rec
            .iter()
            .enumerate()
            .map(|(i, v)| {
                if Some(i) == file_col {
                    v.rsplit(['/', '\\']).next().unwrap_or(v).to_string()
                } else {
                    v.to_string()
                }
            })
            .collect();
        w.write_record(&row).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn golden(name: &str) {
    let w = Workdir::new();
    w.seeds("data/reports");
    w.ok(&["run", "--data", "data", "--out", "outputs"]);
    let got = normalise(&w.read(&format!("outputs/{name}")));
    let path = repo().join("tests/golden").join(name);
    if std::env::var_os("JIXIAO_BLESS").is_some() {
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if got != want {
        let diff: Vec<String> = want
            .lines()
            .zip(got.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(5)
            .map(|(i, (a, b))| format!("line {}:\n  want {a}\n  got  {b}", i + 1))
            .collect();
        panic!(
            "{name} differs from tests/golden/{name} ({} vs {} lines):\n{}",
            want.lines().count(),
            got.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn checks_csv_matches_golden() {
    golden("checks.csv");
}

#[test]
fn rankings_csv_matches_golden() {
    golden("rankings.csv");
}
