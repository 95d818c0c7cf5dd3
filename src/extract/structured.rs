//! Structured figures a supervisor keyed in (from paper reports) → `Record`s, beside the
//! extracted ones. Owns the two accepted CSV shapes: the facts format jixiao itself writes
//! (one row per figure), and a wide form (identity columns + one column per field name).
//! A CSV of neither shape is reported, as is every line it cannot take (too few or too many
//! cells, a value that is not a number, a quote never closed) — that line is passed over and
//! the rest of the file kept. Duplicate header names refuse the whole file.

use super::error::ExtractError;
use crate::model::{Fact, Field, Identity, Kind, Qualifier, Record};
use std::collections::BTreeMap;

pub const FACT_COLUMNS: &[&str] = &[
    "file",
    "record",
    "unit",
    "county",
    "city",
    "province",
    "year",
    "kind",
    "field",
    "value",
    "qualifier",
    "period",
    "line",
    "snippet",
];

/// Files under data/ that are reference tables, never facts.
pub const RESERVED: &[&str] = &["regions.csv", "corrections.csv"];

/// Files under data/ that are reference tables (the gazetteer, its source, corrections, and
/// the ground truth `jixiao synth` writes beside its reports), never figures; `inputs` does
/// not read them as data.
pub const RESERVED_NAMES: &[&str] = &["regions.csv", "corrections.csv", "areas.csv", "truth.csv"];

fn err(line: usize, msg: impl Into<String>) -> ExtractError {
    ExtractError::Csv { line, msg: msg.into() }
}

/// A figure as keyed in: digits with optional thousands separators; never NaN or infinity.
fn number(s: &str, field: &str) -> Result<f64, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(format!("{field}: empty"));
    }
    match t.replace(',', "").parse::<f64>() {
        Ok(v) if v.is_finite() && t.bytes().any(|b| b.is_ascii_digit()) => Ok(v),
        _ => Err(format!("{field}: '{t}' is not a number")),
    }
}

/// Whether a CSV's header makes it a table of figures (the facts form or the wide form):
/// any other CSV is a report's table saved as CSV (an Excel 自评表 exported), or junk.
pub fn is_figures_table(text: &str) -> bool {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    rdr.headers().is_ok_and(|h| figures_header(&h.iter().map(str::trim).collect::<Vec<_>>()))
}

/// Header names (trimmed) of one of the two shapes of figures: field and value columns (long),
/// or a year, a unit or county, and columns named by field (wide).
fn figures_header(headers: &[&str]) -> bool {
    let has = |n: &str| headers.contains(&n);
    let long = has("field") && has("value");
    let wide = headers.iter().any(|h| Field::from_name(h).is_some()) && has("year") && (has("unit") || has("county"));
    long || wide
}

/// A report's table saved as CSV, as the lines a .xlsx sheet gives (`xlsx::read`): each row's
/// cells joined by tabs, a cell's own line breaks and tabs made spaces, empty cells kept in
/// their place. Rows the reader cannot take are passed over.
pub fn table_text(text: &str) -> String {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).has_headers(false).from_reader(text.as_bytes());
    let mut out = String::with_capacity(text.len());
    for r in rdr.records().flatten() {
        let used = (0..r.len()).rev().find(|&i| !r[i].trim().is_empty()).map_or(0, |i| i + 1);
        for (i, cell) in r.iter().take(used).enumerate() {
            if i > 0 {
                out.push('\t');
            }
            out.push_str(cell.replace(['\t', '\n', '\r'], " ").trim());
        }
        out.push('\n');
    }
    out
}

/// Parse a CSV of figures (`file` names it in the records). The lines passed over come back
/// beside the records; a file with no usable header is an error.
pub fn parse_csv(file: &str, text: &str) -> Result<(Vec<Record>, Vec<ExtractError>), ExtractError> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> =
        rdr.headers().map_err(|e| err(1, e.to_string()))?.iter().map(|h| h.trim().to_string()).collect();
    if headers.iter().any(|h| h.contains('\n')) {
        return Err(err(1, "a quote opened in the header is never closed"));
    }
    for (i, h) in headers.iter().enumerate() {
        if let Some(j) = headers[i + 1..].iter().position(|o| !h.is_empty() && o == h) {
            return Err(err(1, format!("column '{h}' appears twice (columns {} and {})", i + 1, i + j + 2)));
        }
    }
    let col = |n: &str| headers.iter().position(|h| h == n);
    let long = col("field").is_some() && col("value").is_some();
    let field_cols: Vec<(usize, Field)> =
        headers.iter().enumerate().filter_map(|(i, h)| Field::from_name(h).map(|f| (i, f))).collect();
    if !figures_header(&headers.iter().map(String::as_str).collect::<Vec<_>>()) {
        return Err(err(
            1,
            "not a table of figures: it needs field and value columns, or year, unit or county and columns named \
             by field (see data/README.md)",
        ));
    }
    // a quote left open swallows the rest of the file into the last cell
    let odd_quotes = text.bytes().filter(|&b| b == b'"').count() % 2 == 1;
    let mut rows: Vec<(usize, csv::StringRecord)> = Vec::new();
    let mut problems = Vec::new();
    // the line a record starts on, from its byte offset (the reader's own line count can lag
    // behind by the header's line end)
    let line_at = |p: Option<&csv::Position>, fallback: usize| {
        p.map_or(fallback, |p| {
            let b = text.as_bytes();
            let mut at = (p.byte() as usize).min(b.len());
            while at < b.len() && (b[at] == b'\n' || b[at] == b'\r') {
                at += 1;
            }
            1 + b[..at].iter().filter(|&&c| c == b'\n').count()
        })
    };
    for (i, r) in rdr.records().enumerate() {
        match r {
            Ok(r) => rows.push((line_at(r.position(), i + 2), r)),
            Err(e) => {
                let line = line_at(e.position(), i + 2);
                problems.push(err(line, e.to_string()));
            }
        }
    }
    if odd_quotes && rows.last().is_some_and(|(_, r)| r.iter().any(|c| c.contains('\n'))) {
        let (line, _) = rows.pop().unwrap_or_default();
        problems.push(err(line, "a quote opened on this line is never closed (the rest of the file was one cell)"));
    }
    // a row of another length than the header: cells shifted or lost; trailing empty cells are fine
    let n = headers.len();
    rows.retain(|(line, r)| {
        let used = (0..r.len()).rev().find(|&i| !r[i].trim().is_empty()).map_or(0, |i| i + 1);
        if used == 0 {
            return false; // a blank row
        }
        let cells = if used > n { used } else { r.len().min(n) };
        if cells != n {
            problems.push(err(*line, format!("{cells} cells, the header has {n}")));
            return false;
        }
        true
    });

    let get = |r: &csv::StringRecord, n: &str| col(n).and_then(|i| r.get(i)).unwrap_or("").trim().to_string();
    let ident = |r: &csv::StringRecord| -> Result<Identity, String> {
        let year = get(r, "year");
        let year = if year.is_empty() {
            None
        } else {
            Some(year.parse::<i32>().map_err(|_| format!("year: '{year}' is not a year"))?)
        };
        let kind = get(r, "kind");
        let kind = if kind.is_empty() {
            Kind::Whole
        } else {
            Kind::from_name(&kind).ok_or_else(|| format!("kind: '{kind}' is not whole, project or summary"))?
        };
        Ok(Identity {
            unit: get(r, "unit"),
            county: get(r, "county"),
            city: get(r, "city"),
            province: get(r, "province"),
            year,
            kind,
        })
    };

    if long {
        // long form: one row per figure, grouped into records by (file, record)
        let mut groups: BTreeMap<(String, String), Record> = BTreeMap::new();
        for (line, r) in &rows {
            let line = *line;
            // a record that states no figure (facts.csv writes its identity alone): kept, empty
            if get(r, "field").is_empty() && get(r, "value").is_empty() {
                match ident(r) {
                    Ok(id) => {
                        let src = get(r, "file");
                        let key = (if src.is_empty() { file.to_string() } else { src }, get(r, "record"));
                        let index = key.1.parse().unwrap_or(0);
                        groups.entry(key).or_insert_with(|| Record {
                            file: file.to_string(),
                            index,
                            id,
                            ..Default::default()
                        });
                    }
                    Err(msg) => problems.push(err(line, msg)),
                }
                continue;
            }
            let fact = || -> Result<(Fact, Identity), String> {
                let fname = get(r, "field");
                let field = Field::from_name(&fname).ok_or_else(|| format!("field: '{fname}' is not a known field"))?;
                let value = number(&get(r, "value"), "value")?;
                let q = get(r, "qualifier");
                let qualifier =
                    Qualifier::from_symbol(&q).ok_or_else(|| format!("qualifier: '{q}' is not one of ~ < <= > >="))?;
                let snippet = get(r, "snippet");
                let snippet =
                    if snippet.is_empty() { format!("{}={}", field.name(), get(r, "value")) } else { snippet };
                let period = Some(get(r, "period")).filter(|p| !p.is_empty());
                Ok((Fact { field, value, qualifier, line, snippet, corrected: None, period }, ident(r)?))
            };
            match fact() {
                Ok((fact, id)) => {
                    let src = get(r, "file");
                    let key = (if src.is_empty() { file.to_string() } else { src }, get(r, "record"));
                    let rec = groups.entry(key.clone()).or_insert_with(|| Record {
                        file: file.to_string(),
                        index: key.1.parse().unwrap_or(0),
                        id,
                        ..Default::default()
                    });
                    rec.facts.push(fact);
                }
                Err(msg) => problems.push(err(line, msg)),
            }
        }
        problems.sort_by_key(line_of);
        return Ok((groups.into_values().collect(), problems));
    }

    let mut out = Vec::new();
    for (index, (line, r)) in rows.iter().enumerate() {
        let line = *line;
        let id = match ident(r) {
            Ok(id) => id,
            Err(msg) => {
                problems.push(err(line, msg));
                continue;
            }
        };
        let mut rec = Record { file: file.to_string(), index, id, ..Default::default() };
        for &(c, f) in &field_cols {
            let cell = r.get(c).unwrap_or("").trim();
            if cell.is_empty() {
                continue; // an absent figure stays absent
            }
            match number(cell, f.name()) {
                Ok(value) => rec.facts.push(Fact {
                    field: f,
                    value,
                    qualifier: Qualifier::Exact,
                    line,
                    snippet: format!("{}={cell}", f.name()),
                    corrected: None,
                    period: None,
                }),
                Err(msg) => problems.push(err(line, msg)),
            }
        }
        out.push(rec);
    }
    problems.sort_by_key(line_of);
    Ok((out, problems))
}

fn line_of(e: &ExtractError) -> usize {
    match e {
        ExtractError::Csv { line, .. } => *line,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two shapes of figures are tables of figures; a report's table saved as CSV is not.
    #[test]
    fn a_figures_table_is_told_by_its_header() {
        assert!(is_figures_table("file,record,unit,year,field,value\n"));
        assert!(is_figures_table("unit,county,year,budget_total\n"));
        assert!(!is_figures_table("2022年度部门整体支出绩效自评表,,,\n项目,年初预算数,全年预算数,全年执行数\n"));
        assert!(!is_figures_table("county,budget_total\n")); // wide, but no year
    }

    /// A CSV row becomes a sheet's line: cells by tabs, quoted commas and line breaks kept in
    /// their cell, trailing empty cells dropped, empty cells between kept.
    #[test]
    fn a_report_table_in_csv_reads_as_tab_separated_lines() {
        let text = "项目,年初预算数,,全年执行数,,\n年度资金总额,\"1,250,000.00\",,\"1,296,500\nx\",,\n";
        assert_eq!(table_text(text), "项目\t年初预算数\t\t全年执行数\n年度资金总额\t1,250,000.00\t\t1,296,500 x\n");
    }

    fn parsed(text: &str) -> (usize, Vec<String>) {
        let (recs, probs) = parse_csv("t.csv", text).unwrap();
        (recs.iter().map(|r| r.facts.len()).sum(), probs.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn wide_form_bad_cells_and_rows_are_named_the_rest_kept() {
        let (facts, probs) = parsed(
            "unit,county,year,budget_total,actual_total\n\
             甲禁毒办,甲县,2022,65,64.19\n\
             乙禁毒办,乙县,2022,abc,50\n\
             丙禁毒办,丙县,2022\n\
             丁禁毒办,丁县,2022,1,2,3\n\
             戊禁毒办,戊县,二〇二二,1,2\n\
             己禁毒办,己县,2022,NaN,\n",
        );
        assert_eq!(
            probs,
            [
                "line 3: budget_total: 'abc' is not a number",
                "line 4: 3 cells, the header has 5",
                "line 5: 6 cells, the header has 5",
                "line 6: year: '二〇二二' is not a year",
                "line 7: budget_total: 'NaN' is not a number",
            ]
        );
        assert_eq!(facts, 3, "甲's two figures and 乙's actual_total");
    }

    #[test]
    fn trailing_empty_cells_are_not_extra_columns() {
        let (facts, probs) = parsed("unit,county,year,budget_total,,\n甲禁毒办,甲县,2022,65,,\n乙,乙县,2022,1,,,,\n");
        assert!(probs.is_empty(), "{probs:?}");
        assert_eq!(facts, 2);
    }

    #[test]
    fn a_row_is_named_by_the_line_it_stands_on() {
        // a wide header of 27 columns: the reader's own line count lagged one behind here
        let text = include_str!("../../tests/fixtures/demo_city/demo_city.csv");
        let (recs, probs) = parse_csv("demo_city.csv", text).unwrap();
        assert!(probs.is_empty(), "{probs:?}");
        assert_eq!(recs[0].facts[0].line, 2);
        let r = recs.iter().find(|r| r.id.county == "华容县" && r.id.year == Some(2024)).unwrap();
        assert_eq!(r.facts[0].line, 31, "line 31 of the file");
    }

    #[test]
    fn duplicate_headers_refuse_the_file() {
        let e = parse_csv("t.csv", "unit,year,budget_total,budget_total\n甲,2022,1,2\n").unwrap_err();
        assert_eq!(e.to_string(), "line 1: column 'budget_total' appears twice (columns 3 and 4)");
    }

    #[test]
    fn a_quote_never_closed_is_named_at_its_line() {
        let (facts, probs) = parsed("unit,year,budget_total\n甲,2022,1\n\"乙,2022,2\n丙,2022,3\n");
        assert_eq!(probs, ["line 3: a quote opened on this line is never closed (the rest of the file was one cell)"]);
        assert_eq!(facts, 1);
    }

    #[test]
    fn neither_shape_is_named() {
        let e = parse_csv("t.csv", "code,name\n1,x\n").unwrap_err();
        assert!(e.to_string().starts_with("line 1: not a table of figures"), "{e}");
    }

    #[test]
    fn long_form_bad_rows_are_named() {
        let (facts, probs) = parsed(
            "unit,county,year,field,value\n甲,甲县,2022,budget_total,65\n甲,甲县,2022,budget_total,\n甲,甲县,2022,nonsense,1\n",
        );
        assert_eq!(probs, ["line 3: value: empty", "line 4: field: 'nonsense' is not a known field"]);
        assert_eq!(facts, 1);
    }
}
