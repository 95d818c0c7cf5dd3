//! Structured figures a supervisor keyed in (from paper reports) → `Record`s, beside the
//! extracted ones. Owns the two accepted CSV shapes: the facts format jixiao itself writes
//! (one row per figure), and a wide form (identity columns + one column per field name).
//! A CSV of neither shape (the gazetteer, corrections) is not facts and is passed over.

use super::error::ExtractError;
use crate::model::{Fact, Field, Identity, Kind, Qualifier, Record};
use std::collections::BTreeMap;
use std::path::Path;

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

/// Load a CSV of figures. `Ok(None)`: the file has neither shape and is not facts.
pub fn load_csv(path: &Path) -> Result<Option<Vec<Record>>, ExtractError> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if RESERVED.contains(&name) {
        return Ok(None);
    }
    let bytes = std::fs::read(path)?;
    let text = super::text::decode(&bytes)?;
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| ExtractError::Csv { line: 1, msg: e.to_string() })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let col = |n: &str| headers.iter().position(|h| h == n);
    let file = path.display().to_string();
    let ident = |r: &csv::StringRecord, line: usize| -> Result<Identity, ExtractError> {
        let get = |n: &str| col(n).and_then(|i| r.get(i)).unwrap_or("").trim().to_string();
        let year = get("year");
        let year = if year.is_empty() {
            None
        } else {
            Some(
                year.parse::<i32>()
                    .map_err(|_| ExtractError::Csv { line, msg: format!("year: '{year}' is not a year") })?,
            )
        };
        let kind = get("kind");
        let kind = if kind.is_empty() {
            Kind::Whole
        } else {
            Kind::from_name(&kind).ok_or_else(|| ExtractError::Csv {
                line,
                msg: format!("kind: '{kind}' is not whole, project or summary"),
            })?
        };
        Ok(Identity {
            unit: get("unit"),
            county: get("county"),
            city: get("city"),
            province: get("province"),
            year,
            kind,
        })
    };
    let parse_value = |s: &str, line: usize, field: &str| -> Result<f64, ExtractError> {
        s.trim()
            .replace(',', "")
            .parse::<f64>()
            .map_err(|_| ExtractError::Csv { line, msg: format!("{field}: '{}' is not a number", s.trim()) })
    };

    if col("field").is_some() && col("value").is_some() {
        // long form: one row per figure, grouped into records by (file, record)
        let mut groups: BTreeMap<(String, String), Record> = BTreeMap::new();
        for (i, r) in rdr.records().enumerate() {
            let line = i + 2;
            let r = r.map_err(|e| ExtractError::Csv { line, msg: e.to_string() })?;
            let get = |n: &str| col(n).and_then(|i| r.get(i)).unwrap_or("").trim().to_string();
            let fname = get("field");
            let field = Field::from_name(&fname)
                .ok_or_else(|| ExtractError::Csv { line, msg: format!("field: '{fname}' is not a known field") })?;
            let value = parse_value(&get("value"), line, field.name())?;
            let qualifier = Qualifier::from_symbol(&get("qualifier")).ok_or_else(|| ExtractError::Csv {
                line,
                msg: format!("qualifier: '{}' is not one of ~ < <= > >=", get("qualifier")),
            })?;
            let src = get("file");
            let key = (if src.is_empty() { file.clone() } else { src.clone() }, get("record"));
            let id = ident(&r, line)?;
            let rec = groups.entry(key.clone()).or_insert_with(|| Record {
                file: file.clone(),
                index: key.1.parse().unwrap_or(0),
                id,
                ..Default::default()
            });
            let snippet = get("snippet");
            rec.facts.push(Fact {
                field,
                value,
                qualifier,
                line,
                snippet: if snippet.is_empty() { format!("{}={}", field.name(), get("value")) } else { snippet },
                corrected: None,
                period: Some(get("period")).filter(|p| !p.is_empty()),
            });
        }
        return Ok(Some(groups.into_values().collect()));
    }

    let field_cols: Vec<(usize, Field)> =
        headers.iter().enumerate().filter_map(|(i, h)| Field::from_name(h).map(|f| (i, f))).collect();
    let has_ident = col("year").is_some() && (col("unit").is_some() || col("county").is_some());
    if field_cols.is_empty() || !has_ident {
        return Ok(None);
    }
    let mut out = Vec::new();
    for (i, r) in rdr.records().enumerate() {
        let line = i + 2;
        let r = r.map_err(|e| ExtractError::Csv { line, msg: e.to_string() })?;
        let id = ident(&r, line)?;
        let mut rec = Record { file: file.clone(), index: i, id, ..Default::default() };
        for &(c, f) in &field_cols {
            let cell = r.get(c).unwrap_or("").trim();
            if cell.is_empty() {
                continue;
            }
            let value = parse_value(cell, line, f.name())?;
            rec.facts.push(Fact {
                field: f,
                value,
                qualifier: Qualifier::Exact,
                line,
                snippet: format!("{}={cell}", f.name()),
                corrected: None,
                period: None,
            });
        }
        out.push(rec);
    }
    Ok(Some(out))
}
