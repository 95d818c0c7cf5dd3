//! Excel 自评表 workbooks → text, read with calamine: each sheet's rows become lines of
//! tab-separated cells — as a .docx table row arrives (`docx`) — so the same text extraction
//! reads them. An .xlsx number cell formatted as a percentage is written as one (0.9875 →
//! 98.75%); an Excel 97-2003 .xls (`read_xls`) gives its numbers without their formats, so a
//! rate stored as a fraction arrives as one (the table reader knows it by its target's %).
//! Before calamine opens the archive, every entry is unpacked once into nothing to bound the
//! real (not the declared) sizes and to refuse XML that declares entities; the sheet and cell
//! counts are bounded while reading.

use super::error::ExtractError;
use calamine::{Data, DataRef, Reader, Xls, Xlsx};
use std::io::{Read, Seek, SeekFrom};

/// At most this many sheets in a workbook.
pub const MAX_SHEETS: usize = 256;
/// At most this many non-empty cells in all the sheets of a workbook.
pub const MAX_CELLS: usize = 1_000_000;
/// At most this many empty cells kept between two values of a row.
const MAX_GAP: u32 = 64;
/// At most this many bytes unpacked from the whole archive.
pub const MAX_UNPACKED: u64 = 256 * 1024 * 1024;

fn bad(msg: impl Into<String>) -> ExtractError {
    ExtractError::Xlsx(msg.into())
}

/// A workbook's sheets, at most `MAX_SHEETS` of them.
fn bounded_sheets(names: Vec<String>) -> Result<Vec<String>, ExtractError> {
    if names.len() > MAX_SHEETS {
        return Err(bad(format!("{} sheets (at most {MAX_SHEETS})", names.len())));
    }
    Ok(names)
}

/// The non-empty cells of a workbook's sheets, at most `MAX_CELLS` of them in all.
#[derive(Default)]
struct Cells {
    seen: usize,
    sheet: Vec<(u32, u32, String)>,
}

impl Cells {
    /// One cell's text at (row, column) of the sheet being read; an empty one is passed over.
    fn push(&mut self, row: u32, col: u32, text: String) -> Result<(), ExtractError> {
        if text.is_empty() {
            return Ok(());
        }
        self.seen += 1;
        if self.seen > MAX_CELLS {
            return Err(bad(format!("more than {MAX_CELLS} cells: refused")));
        }
        self.sheet.push((row, col, text));
        Ok(())
    }

    /// The sheet read so far as lines, onto `out`; the next sheet starts empty.
    fn end_sheet(&mut self, out: &mut String) -> Result<(), ExtractError> {
        let r = sheet_text(&mut self.sheet, out);
        self.sheet.clear();
        r
    }
}

/// The text of every sheet, sheet after sheet.
pub fn read<R: Read + Seek>(mut file: R) -> Result<String, ExtractError> {
    // a zip from its first byte: calamine takes a file opening as a compound file (an
    // encrypted .xlsx) to its own compound-file reader, which a zip appended to one — fuzzed —
    // sent asking for 3 GB
    let mut magic = [0u8; 4];
    file.read_exact(&mut magic).map_err(|_| bad("not a zip archive; open it in Excel and save it again"))?;
    if &magic != b"PK\x03\x04" {
        return Err(bad("not a zip archive; open it in Excel and save it again"));
    }
    check_archive(&mut file)?;
    file.seek(SeekFrom::Start(0))?;
    let mut wb = Xlsx::new(file).map_err(|e| bad(format!("damaged ({e}); open it in Excel and save it again")))?;
    let mut out = String::new();
    let mut cells = Cells::default();
    for name in bounded_sheets(wb.sheet_names())? {
        let mut reader = wb.worksheet_cells_reader(&name).map_err(|e| bad(format!("sheet {name}: {e}")))?;
        while let Some((cell, style)) =
            reader.next_cell_with_style_id().map_err(|e| bad(format!("sheet {name}: {e}")))?
        {
            let percent = reader
                .styles()
                .get(style)
                .and_then(|s| s.number_format.as_ref())
                .is_some_and(|f| f.format_code.contains('%') || matches!(f.format_id, Some(9 | 10)));
            let (row, col) = cell.get_position();
            cells.push(row, col, cell_text(cell.get_value(), percent))?;
        }
        cells.end_sheet(&mut out)?;
    }
    Ok(out)
}

/// The text of every sheet of an Excel 97-2003 workbook (.xls), sheet after sheet, laid out
/// as `read` lays out an .xlsx. Its number formats are not read: numbers come as stored.
pub fn read_xls<R: Read + Seek>(file: R) -> Result<String, ExtractError> {
    let workbook = xls_workbook(file)?;
    // (a damage no check here foresaw that makes calamine panic is a damaged file too, and
    // says so in the user's terms, without the panic's message)
    super::quiet_panics(|| std::panic::catch_unwind(move || xls_text(workbook)))
        .unwrap_or_else(|_| Err(bad("damaged; open it in Excel and save it again")))
}

/// The text of a workbook `xls_workbook` made safe, through calamine.
fn xls_text(workbook: Vec<u8>) -> Result<String, ExtractError> {
    let mut wb = Xls::new(std::io::Cursor::new(workbook))
        .map_err(|e| bad(format!("damaged ({e}); open it in Excel and save it again")))?;
    let mut out = String::new();
    let mut cells = Cells::default();
    for name in bounded_sheets(wb.sheet_names())? {
        let range = wb.worksheet_range(&name).map_err(|e| bad(format!("sheet {name}: {e}")))?;
        for (row, col, v) in range.used_cells() {
            cells.push(row as u32, col as u32, cell_text(&data_ref(v), false))?;
        }
        cells.end_sheet(&mut out)?;
    }
    Ok(out)
}

/// At most this many cells in the rectangle an .xls sheet's cells span (calamine lays a sheet
/// out as that whole rectangle).
pub const MAX_XLS_AREA: usize = 4_000_000;

/// An .xls file made safe to hand to calamine, as a compound file written anew holding its
/// workbook stream only. calamine's own compound-file reader follows a damaged file's sector
/// chains without end (a fuzzed file made it ask for 2 GB), so the stream is read through cfb,
/// which checks them. In the stream, each sheet's DIMENSIONS record is blanked (calamine
/// reserves room for as many cells as it declares) and the rectangle a sheet's cells span is
/// bounded — read from the start and from every sheet's stated offset, as calamine reads it.
fn xls_workbook<R: Read + Seek>(file: R) -> Result<Vec<u8>, ExtractError> {
    use std::io::Write;
    let damaged = |e: std::io::Error| bad(format!("damaged ({e}); open it in Excel and save it again"));
    let mut cf = cfb::CompoundFile::open(file).map_err(damaged)?;
    let name = ["Workbook", "Book"]
        .into_iter()
        .find(|n| cf.is_stream(n))
        .ok_or_else(|| bad("no workbook in it; open it in Excel and save it again"))?;
    let mut wb = Vec::new();
    cf.open_stream(name).and_then(|mut s| s.read_to_end(&mut wb)).map_err(damaged)?;
    // one pass from the start, then one from each sheet's stated offset that pass did not
    // reach as a record's start (calamine reads a sheet from there)
    let (records, mut sheets) = check_records(&mut wb, 0)?;
    sheets.sort_unstable();
    sheets.dedup();
    if sheets.len() > MAX_SHEETS {
        return Err(bad(format!("{} sheets (at most {MAX_SHEETS})", sheets.len())));
    }
    for &sheet in sheets.iter().filter(|s| records.binary_search(s).is_err()) {
        check_records(&mut wb, sheet)?;
    }
    // (version 3, of 512-byte sectors: calamine reads no other)
    let mut out =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, std::io::Cursor::new(Vec::new())).map_err(damaged)?;
    out.create_stream("Workbook").and_then(|mut s| s.write_all(&wb)).map_err(damaged)?;
    out.flush().map_err(damaged)?;
    Ok(out.into_inner().into_inner())
}

/// The BIFF records of a workbook stream from `start` (to the end from 0; else to the end of
/// the sheet there), made safe for calamine: each DIMENSIONS blanked, the rectangle each
/// substream's cells span bounded, a row of cells ending before it starts refused. Returns
/// where each record read starts, and the sheets' stated offsets (BOUNDSHEET records).
fn check_records(wb: &mut [u8], start: usize) -> Result<(Vec<usize>, Vec<usize>), ExtractError> {
    let (mut records, mut sheets) = (Vec::new(), Vec::new());
    // (row, col) bounds of the substream's cells
    let mut bounds: Option<(u32, u32, u32, u32)> = None;
    let mut at = start;
    while let Some((typ, data)) = biff_record(wb, at) {
        records.push(at);
        let len = data.len();
        let u16_at = |k: usize| data.get(k..k + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as u32);
        let cell = match typ {
            // FORMULA, BLANK, NUMBER, LABEL, BOOLERR, RK, LABELSST, RSTRING
            0x0006 | 0x0201 | 0x0203 | 0x0204 | 0x0205 | 0x027E | 0x00FD | 0x00D6 => {
                u16_at(0).zip(u16_at(2)).map(|(r, c)| (r, c, c))
            }
            // MULRK, MULBLANK: the first column after the row, the last at the end (a last
            // before the first is damage calamine does not expect)
            0x00BD | 0x00BE => {
                let (Some(r), Some(a), Some(b)) = (u16_at(0), u16_at(2), len.checked_sub(2).and_then(u16_at)) else {
                    return Err(bad("damaged (a short row of cells); open it in Excel and save it again"));
                };
                if b < a {
                    return Err(bad(
                        "damaged (a row of cells ending before it starts); open it in Excel and save it again",
                    ));
                }
                Some((r, a, b))
            }
            _ => None,
        };
        if let Some((r, c0, c1)) = cell {
            let b = bounds.get_or_insert((r, r, c0, c1));
            *b = (b.0.min(r), b.1.max(r), b.2.min(c0), b.3.max(c1));
            let area = (b.1 - b.0 + 1) as usize * (b.3 - b.2 + 1) as usize;
            if area > MAX_XLS_AREA {
                return Err(bad(format!("a sheet's cells span more than {MAX_XLS_AREA} cells: refused")));
            }
        }
        if typ == 0x0085 && start == 0 {
            if let Some(b) = data.get(..4) {
                let sheet = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
                // (calamine slices the stream at a sheet's offset)
                if sheet > wb.len() {
                    return Err(bad(
                        "damaged (a sheet starts beyond the workbook's end); open it in Excel and save it again",
                    ));
                }
                sheets.push(sheet);
            }
        }
        if typ == 0x0200 {
            wb[at + 4..at + 4 + len].fill(0);
        }
        // (a substream's beginning: a sheet of its own)
        if typ == 0x0809 {
            bounds = None;
        }
        at += 4 + len;
        if typ == 0x000A && start > 0 {
            break;
        }
    }
    Ok((records, sheets))
}

/// The BIFF record at `at` of a workbook stream: its type and its data.
fn biff_record(wb: &[u8], at: usize) -> Option<(u16, &[u8])> {
    let head = wb.get(at..at + 4)?;
    let len = u16::from_le_bytes([head[2], head[3]]) as usize;
    Some((u16::from_le_bytes([head[0], head[1]]), wb.get(at + 4..at + 4 + len)?))
}

/// An .xls cell's value as the borrowed form `cell_text` reads.
fn data_ref(v: &Data) -> DataRef<'_> {
    match v {
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::String(s) => DataRef::SharedString(s),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        _ => DataRef::Empty,
    }
}

/// One sheet's cells (row, column, text) as lines of tab-separated cells, then a blank line.
fn sheet_text(cells: &mut [(u32, u32, String)], out: &mut String) -> Result<(), ExtractError> {
    cells.sort_by_key(|&(r, c, _)| (r, c));
    let first_col = cells.iter().map(|c| c.1).min().unwrap_or(0);
    let mut i = 0;
    while i < cells.len() {
        let row = cells[i].0;
        let mut line = String::new();
        let mut col = first_col;
        let mut first = true;
        while i < cells.len() && cells[i].0 == row {
            // empty cells between keep their place, as a .docx row keeps its empty cells
            // (a hostile far-off column is not padded out to it)
            let gaps = cells[i].1.saturating_sub(col).min(MAX_GAP);
            for _ in 0..gaps + u32::from(!first) {
                line.push('\t');
            }
            line.push_str(&cells[i].2);
            col = cells[i].1.saturating_add(1);
            first = false;
            i += 1;
        }
        out.push_str(&line);
        out.push('\n');
        if out.len() as u64 > super::MAX_TEXT_BYTES {
            return Err(bad(format!("more than {} MB of text: refused", super::MAX_TEXT_BYTES >> 20)));
        }
    }
    out.push('\n');
    Ok(())
}

/// One cell as text, on one line (a cell's own line breaks and tabs become spaces).
fn cell_text(v: &DataRef<'_>, percent: bool) -> String {
    let num = |x: f64| {
        if percent {
            format!("{}%", crate::model::fmt_num(x * 100.0))
        } else {
            crate::model::fmt_num(x)
        }
    };
    let s = match v {
        DataRef::Int(i) => num(*i as f64),
        DataRef::Float(f) if f.is_finite() => num(*f),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::DateTime(d) if d.is_datetime() && (0.0..2_958_466.0).contains(&d.as_f64()) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y}年{m}月{day}日")
        }
        _ => String::new(),
    };
    s.replace(['\t', '\n', '\r'], " ").trim().to_string()
}

/// Unpack every entry into nothing: bounds the entry count and the real unpacked size (a
/// zip's declared sizes may lie), and refuses XML with a DOCTYPE (entity declarations, which
/// Excel never writes).
pub fn check_archive<R: Read + Seek>(file: &mut R) -> Result<(), ExtractError> {
    let max = super::sniff::MAX_ZIP_ENTRIES;
    if super::sniff::zip_entry_count(file).is_none_or(|n| n > max) {
        return Err(bad(format!("more than {max} entries in the archive, or none: refused")));
    }
    file.seek(SeekFrom::Start(0))?;
    let mut zip = zip::ZipArchive::new(&mut *file)
        .map_err(|_| bad("damaged or truncated (the zip archive is incomplete); open it in Excel and save it again"))?;
    let mut total = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| bad(format!("damaged entry ({e})")))?;
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let xml = name.ends_with(".xml") || name.ends_with(".rels");
        let mut tail: Vec<u8> = Vec::new();
        loop {
            let n = match entry.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) => return Err(bad(format!("damaged: cannot unpack {name} ({e})"))),
            };
            total += n as u64;
            if total > MAX_UNPACKED {
                return Err(bad(format!("unpacks to more than {} MB: refused as a zip bomb", MAX_UNPACKED >> 20)));
            }
            if xml {
                // look across the chunk boundary too
                tail.extend_from_slice(&buf[..n]);
                if tail.windows(9).any(|w| w == b"<!DOCTYPE" || w == b"<!ENTITY ") {
                    return Err(bad("its XML declares entities (a DOCTYPE, which Excel never writes): refused"));
                }
                // calamine reserves room for as many shared strings as the file declares
                if declared_counts(&tail).any(|c| c > MAX_CELLS as u64) {
                    return Err(bad(format!("declares more than {MAX_CELLS} shared strings: refused")));
                }
                let keep = tail.len().saturating_sub(64);
                tail.drain(..keep);
            }
        }
    }
    Ok(())
}

/// The values of every complete `uniqueCount="…"` attribute in `xml` (a value of more than
/// 18 digits counts as `u64::MAX`).
fn declared_counts(xml: &[u8]) -> impl Iterator<Item = u64> + '_ {
    const NAME: &[u8] = b"uniqueCount";
    (0..xml.len().saturating_sub(NAME.len())).filter(|&i| xml[i..].starts_with(NAME)).filter_map(move |i| {
        let mut j = i + NAME.len();
        let skip_ws = |j: &mut usize| {
            while xml.get(*j).is_some_and(|b| b.is_ascii_whitespace()) {
                *j += 1;
            }
        };
        skip_ws(&mut j);
        if xml.get(j) != Some(&b'=') {
            return None;
        }
        j += 1;
        skip_ws(&mut j);
        let quote = *xml.get(j).filter(|q| matches!(q, b'"' | b'\''))?;
        let digits: Vec<u8> = xml[j + 1..].iter().take_while(|b| b.is_ascii_digit()).copied().collect();
        if xml.get(j + 1 + digits.len()) != Some(&quote) {
            return None; // cut at the chunk's end: seen whole with the next chunk
        }
        Some(if digits.len() > 18 { u64::MAX } else { std::str::from_utf8(&digits).ok()?.parse().unwrap_or(0) })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hostile workbooks found by fuzzing and made by hand: a compound file whose sector chain
    /// made calamine ask for 2 GB, the same with a zip appended read as an .xlsx (3 GB), a sheet
    /// stated to start beyond the stream's end and a row of cells ending before it starts (each
    /// a panic in calamine), and a sheet whose two cells span 65,536 × 256: each an error,
    /// without the memory or a panic.
    #[test]
    fn hostile_workbooks_are_refused() {
        let chain = include_bytes!("../../tests/fixtures/hostile/xls_sector_chain.xls");
        assert!(read_xls(std::io::Cursor::new(&chain[..])).is_err());
        // (a compound file with a zip appended, read as an .xlsx: no zip from its first byte)
        let polyglot = include_bytes!("../../tests/fixtures/hostile/xlsx_after_a_compound_file.xlsx");
        let e = read(std::io::Cursor::new(&polyglot[..])).unwrap_err().to_string();
        assert!(e.contains("not a zip archive"), "{e}");
        // (a sheet whose stated offset is beyond the stream: calamine's slice panicked)
        let beyond = include_bytes!("../../tests/fixtures/hostile/xls_sheet_beyond_the_end.xls");
        let e = read_xls(std::io::Cursor::new(&beyond[..])).unwrap_err().to_string();
        assert!(e.contains("beyond the workbook's end"), "{e}");
        // (a row of cells ending before it starts: calamine's subtraction overflowed)
        let backwards = include_bytes!("../../tests/fixtures/hostile/xls_mulrk_backwards.xls");
        assert!(read_xls(std::io::Cursor::new(&backwards[..])).is_err());
        let wide = include_bytes!("../../tests/fixtures/hostile/xls_wide_sheet.xls");
        let e = read_xls(std::io::Cursor::new(&wide[..])).unwrap_err().to_string();
        assert!(e.contains("span more than 4000000 cells"), "{e}");
    }
    use std::io::Write;

    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// A one-sheet workbook of inline-string and number cells; `pct` cells get a 0.00% format.
    fn workbook(rows: &[&[(&str, &str)]], extra_xml: Option<(&str, &str)>) -> Vec<u8> {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let mut put = |name: &str, body: &str| {
            z.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            z.write_all(body.as_bytes()).unwrap();
        };
        put(
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        );
        put(
            "_rels/.rels",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        );
        put(
            "xl/workbook.xml",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
        );
        put(
            "xl/_rels/workbook.xml.rels",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/></Relationships>"#
            ),
        );
        put(
            "xl/styles.xml",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>"#
            ),
        );
        let mut sheet = format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>"#);
        for (r, row) in rows.iter().enumerate() {
            sheet += &format!(r#"<row r="{}">"#, r + 1);
            for (c, (kind, v)) in row.iter().enumerate() {
                let at = format!("{}{}", (b'A' + c as u8) as char, r + 1);
                sheet += &match *kind {
                    "s" => format!(r#"<c r="{at}" t="inlineStr"><is><t>{v}</t></is></c>"#),
                    "n" => format!(r#"<c r="{at}"><v>{v}</v></c>"#),
                    "pct" => format!(r#"<c r="{at}" s="1"><v>{v}</v></c>"#),
                    _ => String::new(), // an empty cell: nothing written
                };
            }
            sheet += "</row>";
        }
        sheet += "</sheetData></worksheet>";
        put("xl/worksheets/sheet1.xml", &sheet);
        if let Some((name, body)) = extra_xml {
            put(name, body);
        }
        z.finish().unwrap().into_inner()
    }

    #[test]
    fn rows_become_tab_separated_lines_like_a_docx_table() {
        let wb = workbook(
            &[
                &[("s", "湘潭县禁毒委员会办公室2022年度禁毒项目支出绩效自评表")],
                &[("s", "项目资金（万元）"), ("s", "年初预算数"), ("s", "全年执行数"), ("s", "执行率")],
                &[("s", "年度资金总额"), ("n", "20"), ("n", "19.5"), ("pct", "0.975")],
                &[("s", "总分"), ("", ""), ("", ""), ("n", "95")],
            ],
            None,
        );
        let t = read(std::io::Cursor::new(wb)).unwrap();
        assert_eq!(
            t,
            "湘潭县禁毒委员会办公室2022年度禁毒项目支出绩效自评表\n项目资金（万元）\t年初预算数\t全年执行数\t执行率\n\
             年度资金总额\t20\t19.5\t97.5%\n总分\t\t\t95\n\n"
        );
    }

    #[test]
    fn a_huge_declared_shared_string_count_is_refused_before_calamine_reserves_it() {
        let sst = r#"<?xml version="1.0"?><sst xmlns="x" count="1" uniqueCount = '4000000000'><si><t>a</t></si></sst>"#;
        let wb = workbook(&[&[("s", "x")]], Some(("xl/sharedStrings.xml", sst)));
        let e = read(std::io::Cursor::new(wb)).unwrap_err();
        assert_eq!(e.to_string(), "unreadable Excel workbook: declares more than 1000000 shared strings: refused");
        assert_eq!(declared_counts(br#"<sst uniqueCount="12">"#).collect::<Vec<_>>(), [12]);
        assert_eq!(declared_counts(br#"<sst uniqueCount="12"#).count(), 0);
    }

    #[test]
    fn a_doctype_anywhere_in_the_archive_is_refused() {
        let bomb =
            r#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>"#;
        let wb = workbook(&[&[("s", "x")]], Some(("xl/bomb.xml", bomb)));
        let e = read(std::io::Cursor::new(wb)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "unreadable Excel workbook: its XML declares entities (a DOCTYPE, which Excel never writes): refused"
        );
    }
}
