//! A filled fill-in workbook (`jixiao template`, sheet 填报) → `Record`s, read with calamine:
//! a row per unit-year, the identity columns 单位 区县 城市 省份 年度 类型, then a column per
//! field headed by its Chinese label and unit (预算数（万元）). A workbook without that sheet
//! and header is no template (`Ok(None)`): it is read as a report instead. Each figure keeps
//! its cell (填报!G2) as its sentence and its sheet row as its line. An empty cell is no figure.

use super::error::ExtractError;
use crate::model::{Fact, Field, Identity, Kind, Qualifier, Record};
use calamine::{Data, Reader, Xlsx};
use std::path::Path;

/// The sheet a template is filled in.
pub const SHEET: &str = "填报";
/// Identity columns of the sheet, in order (`render::template` writes them).
pub const IDENTITY: [&str; 6] = ["单位", "区县", "城市", "省份", "年度", "类型"];

/// The header of a field's column: its Chinese label and unit (预算数（万元）).
pub fn field_header(f: Field) -> String {
    match f.measure() {
        crate::model::Measure::Count => f.label().to_string(),
        m => format!("{}（{}）", f.label(), m.unit()),
    }
}

/// The field a column header names: its Chinese label, with or without the unit in
/// brackets (预算数（万元）, 预算数(万元), 预算数), or its field name (budget_total).
pub fn header_field(h: &str) -> Option<Field> {
    let h = h.trim();
    let label = h.split(['（', '(']).next().unwrap_or(h).trim();
    Field::ALL.iter().copied().find(|f| f.label() == label).or_else(|| Field::from_name(h))
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Float(x) => crate::model::fmt_num(*x),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

/// Excel's column letters of a 0-based index (0 → A, 26 → AA).
fn col_name(mut c: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ASCII")
}

/// Read a filled template; `Ok(None)` when the workbook is not one.
pub fn load(path: &Path) -> Result<Option<Vec<Record>>, ExtractError> {
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let Ok(mut wb) = Xlsx::new(file) else { return Ok(None) };
    if !wb.sheet_names().iter().any(|n| n == SHEET) {
        return Ok(None);
    }
    let range =
        wb.worksheet_range(SHEET).map_err(|e| ExtractError::Csv { line: 1, msg: format!("sheet {SHEET}: {e}") })?;
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows();
    let Some(header) = rows.next() else { return Ok(None) };
    let header: Vec<String> = header.iter().map(text).collect();
    let at = |name: &str| header.iter().position(|h| h == name);
    if at("单位").is_none() || at("年度").is_none() {
        return Ok(None);
    }
    let fields: Vec<(usize, Field)> =
        header.iter().enumerate().filter_map(|(i, h)| header_field(h).map(|f| (i, f))).collect();
    let file = path.display().to_string();
    let mut out = Vec::new();
    for (k, r) in rows.enumerate() {
        // the sheet's own row number, 1-based, as Excel shows it
        let line = row0 as usize + k + 2;
        let get = |name: &str| at(name).and_then(|i| r.get(i)).map(text).unwrap_or_default();
        if r.iter().all(|d| text(d).is_empty()) {
            continue;
        }
        let year = get("年度");
        let year = match year.parse::<f64>() {
            Ok(y) if y.fract() == 0.0 && (1900.0..=2200.0).contains(&y) => Some(y as i32),
            _ if year.is_empty() => None,
            _ => return Err(ExtractError::Csv { line, msg: format!("年度: '{year}' is not a year") }),
        };
        let kind = get("类型");
        let kind = if kind.is_empty() {
            Kind::Whole
        } else {
            Kind::from_name(&kind).ok_or_else(|| ExtractError::Csv {
                line,
                msg: format!("类型: '{kind}' is not 整体支出, 项目支出 or 工作总结"),
            })?
        };
        let id =
            Identity {
                unit: get("单位"), county: get("区县"), city: get("城市"), province: get("省份"), year, kind
            };
        let mut rec = Record { file: file.clone(), index: k, id, ..Default::default() };
        for &(c, f) in &fields {
            let Some(cell) = r.get(c) else { continue };
            let value = match cell {
                Data::Float(x) => *x,
                Data::Int(i) => *i as f64,
                Data::String(s) if s.trim().is_empty() => continue,
                Data::String(s) => {
                    // 98.5 and 98.5% both mean 98.5 percent; thousands separators are dropped
                    let t = s.trim().replace([',', '，'], "");
                    match t.trim_end_matches('%').parse::<f64>() {
                        Ok(x) => x,
                        Err(_) => {
                            return Err(ExtractError::Csv {
                                line,
                                msg: format!("{}: '{}' is not a number", header[c], s.trim()),
                            })
                        }
                    }
                }
                _ => continue,
            };
            rec.facts.push(Fact {
                field: f,
                value,
                qualifier: Qualifier::Exact,
                line,
                snippet: format!("{SHEET}!{}{line} {}={}", col_name(col0 as usize + c), header[c], text(cell)),
                corrected: None,
                period: None,
            });
        }
        out.push(rec);
    }
    Ok(Some(out))
}

#[cfg(all(test, feature = "analysis"))]
mod tests {
    use super::*;
    use rust_xlsxwriter::Workbook;

    #[test]
    fn headers_name_their_fields_with_or_without_the_unit() {
        for (h, f) in [
            ("预算数（万元）", Some(Field::BudgetTotal)),
            ("复吸率(%)", Some(Field::RelapseRate)),
            ("在册吸毒人员", Some(Field::RegisteredUsers)),
            ("budget_total", Some(Field::BudgetTotal)),
            ("单位", None),
        ] {
            assert_eq!(header_field(h), f, "{h}");
        }
    }

    #[test]
    fn every_header_the_template_writes_reads_back_as_its_field() {
        for &f in Field::ALL {
            assert_eq!(header_field(&field_header(f)), Some(f));
        }
    }

    #[test]
    fn column_letters() {
        assert_eq!(
            (col_name(0), col_name(25), col_name(26), col_name(27)),
            ("A".into(), "Z".into(), "AA".into(), "AB".into())
        );
    }

    fn filled(dir: &Path, sheet: &str) -> std::path::PathBuf {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name(sheet).unwrap();
        for (c, h) in
            ["单位", "区县", "城市", "省份", "年度", "类型", "预算数（万元）", "支出数（万元）", "复吸率（%）"]
                .iter()
                .enumerate()
        {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        ws.write_string(1, 0, "湘阴县禁毒委员会办公室").unwrap();
        ws.write_string(1, 1, "湘阴县").unwrap();
        ws.write_string(1, 2, "岳阳市").unwrap();
        ws.write_number(1, 4, 2024).unwrap();
        ws.write_string(1, 5, "整体支出").unwrap();
        ws.write_number(1, 6, 120.5).unwrap();
        ws.write_number(1, 8, 9.5).unwrap();
        let p = dir.join("t.xlsx");
        wb.save(&p).unwrap();
        p
    }

    #[test]
    fn a_filled_row_becomes_a_record_and_an_empty_cell_no_figure() {
        let d = tempfile::tempdir().unwrap();
        let recs = load(&filled(d.path(), SHEET)).unwrap().unwrap();
        assert_eq!(recs.len(), 1);
        let r = &recs[0];
        assert_eq!((r.id.county.as_str(), r.id.year, r.id.kind), ("湘阴县", Some(2024), Kind::Whole));
        assert_eq!(r.value(Field::BudgetTotal), Some(120.5));
        assert_eq!(r.value(Field::ActualTotal), None);
        let f = r.get(Field::RelapseRate).unwrap();
        assert_eq!((f.value, f.line, f.snippet.as_str()), (9.5, 2, "填报!I2 复吸率（%）=9.5"));
    }

    #[test]
    fn a_filled_template_is_read_as_figures_by_extract_file() {
        let d = tempfile::tempdir().unwrap();
        let (recs, passed_over) = crate::extract::extract_file(&filled(d.path(), SHEET)).unwrap();
        assert!(passed_over.is_empty());
        assert_eq!(recs.iter().map(|r| r.value(Field::BudgetTotal)).collect::<Vec<_>>(), [Some(120.5)]);
    }

    #[test]
    fn a_workbook_without_the_fill_in_sheet_is_no_template() {
        let d = tempfile::tempdir().unwrap();
        assert!(load(&filled(d.path(), "自评表")).unwrap().is_none());
    }
}
