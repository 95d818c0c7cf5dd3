//! facts.parquet beside facts.csv: the same rows, typed (what DuckDB or polars reads).

mod common;
use common::*;

#[test]
fn facts_parquet_holds_the_rows_of_facts_csv() {
    let w = Workdir::new();
    let out = w.path("out");
    let o = w.run(&["run", "--data", repo().join("data").to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let csv = read_csv(&out.join("facts.csv"));
    use polars_io::prelude::SerReader;
    let df = polars_io::prelude::ParquetReader::new(std::fs::File::open(out.join("facts.parquet")).unwrap())
        .finish()
        .unwrap();
    assert_eq!(df.height(), csv.len());
    let names: Vec<&str> = df.get_column_names().iter().map(|c| c.as_str()).collect();
    let header = std::fs::read_to_string(out.join("facts.csv")).unwrap();
    assert_eq!(names.join(","), header.lines().next().unwrap(), "the columns of facts.csv");
    assert!(csv.len() > 40);
    let value = df.column("value").unwrap().f64().unwrap().clone();
    let field = df.column("field").unwrap().str().unwrap().clone();
    let year = df.column("year").unwrap().i32().unwrap().clone();
    for (i, row) in csv.iter().enumerate() {
        assert_eq!(field.get(i), Some(row["field"].as_str()));
        assert_eq!(value.get(i), Some(row["value"].parse::<f64>().unwrap()));
        assert_eq!(year.get(i).map(|y| y.to_string()).unwrap_or_default(), row["year"]);
    }
}
