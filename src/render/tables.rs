//! CSV tables: facts (the contract of `jixiao extract`), findings and any polars frame.
//! Numbers are written plainly (no exponent, no trailing zeros); text cells are sanitised.

use super::{cell_str, cell_text};
use crate::extract::structured::FACT_COLUMNS;
use crate::model::{fmt_num, push_num};
use crate::model::{Finding, Record};
use polars::prelude::*;
use polars_io::prelude::{ParquetCompression, ParquetWriter};
use std::borrow::Cow;

fn to_bytes(w: csv::Writer<Vec<u8>>) -> Vec<u8> {
    w.into_inner().expect("writing to memory cannot fail")
}

/// The facts table: one row per figure, columns `FACT_COLUMNS` (an evaluation or budget paper
/// without any figure: one row of its identity, field and value empty).
pub fn facts_csv(records: &[Record]) -> Vec<u8> {
    let mut out = Vec::new();
    write_facts_csv(&mut out, records).expect("writing to memory cannot fail");
    out
}

/// `facts_csv` streamed to a writer (a national facts table is hundreds of MB: `run` writes it
/// straight to its file).
pub fn write_facts_csv<W: std::io::Write>(out: W, records: &[Record]) -> std::io::Result<()> {
    let mut w = CsvRows::new(out);
    w.row(&[], FACT_COLUMNS.iter().copied())?;
    let mut cells = Vec::new();
    for r in records {
        // the record's own cells once, not once per figure: written as CSV once, and that
        // text opens each of its rows
        let year = r.id.year.map(|y| y.to_string()).unwrap_or_default();
        let (file, index, unit) = (cell_str(&r.file), r.index.to_string(), cell_str(&r.id.unit));
        let (county, city, province) = (cell_str(&r.id.county), cell_str(&r.id.city), cell_str(&r.id.province));
        cells.clear();
        for cell in [&*file, &index, &unit, &county, &city, &province, &year, r.id.kind.name()] {
            push_field(&mut cells, cell);
            cells.push(b',');
        }
        if identity_row(r, records) {
            let line = r.title_line.to_string();
            w.row(&cells, ["", "", "", "", &line, ""])?;
        }
        for f in &r.facts {
            let snippet = match &f.corrected {
                Some(c) => {
                    std::borrow::Cow::Owned(format!("{}〔已更正：原为{}，{}〕", f.snippet, c.original_zh(), c.reason))
                }
                None => std::borrow::Cow::Borrowed(f.snippet.as_str()),
            };
            w.row(
                &cells,
                [
                    f.field.name(),
                    &fmt_num(f.value),
                    f.qualifier.symbol(),
                    f.period.as_deref().unwrap_or(""),
                    &f.line.to_string(),
                    &cell_str(&snippet),
                ],
            )?;
        }
    }
    w.finish()
}

/// CSV rows written as `csv::Writer` writes them (a field quoted only when it holds a comma, a
/// quote, CR or LF, its quotes doubled; rows ended by LF), without its byte-by-byte state
/// machine: the national facts table has millions of cells, and the csv writer was most of
/// the cost of writing it. Rows gather in a buffer handed on in large writes.
/// (Every row here has several fields: `csv::Writer` quotes a row of one empty field, these
/// never.)
struct CsvRows<W: std::io::Write> {
    out: W,
    buf: Vec<u8>,
}

impl<W: std::io::Write> CsvRows<W> {
    const FLUSH_AT: usize = 1 << 16;

    fn new(out: W) -> Self {
        CsvRows { out, buf: Vec::with_capacity(Self::FLUSH_AT + 4096) }
    }

    /// A row: `written`, fields already written as CSV each followed by its comma (the cells
    /// a record's rows share), then `fields`.
    fn row<'a>(&mut self, written: &[u8], fields: impl IntoIterator<Item = &'a str>) -> std::io::Result<()> {
        self.buf.extend_from_slice(written);
        for (i, f) in fields.into_iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            push_field(&mut self.buf, f);
        }
        self.buf.push(b'\n');
        if self.buf.len() >= Self::FLUSH_AT {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.out.flush()
    }
}

/// One CSV field onto `buf`, quoted if it needs to be (its quotes doubled).
fn push_field(buf: &mut Vec<u8>, f: &str) {
    let b = f.as_bytes();
    if needs_quotes(b) {
        buf.push(b'"');
        for part in b.split_inclusive(|&c| c == b'"') {
            buf.extend_from_slice(part);
            if part.ends_with(b"\"") {
                buf.push(b'"');
            }
        }
        buf.push(b'"');
    } else {
        buf.extend_from_slice(b);
    }
}

/// Does a CSV field need quotes (a comma, a quote, CR or LF in it)? Every byte is tested
/// without an early exit, which the compiler turns into a vector loop (fewer instructions
/// than testing eight bytes at a time in a word).
fn needs_quotes(b: &[u8]) -> bool {
    b.iter().fold(false, |q, &c| q | matches!(c, b',' | b'"' | b'\r' | b'\n'))
}

/// The inputs that yielded nothing, with the reason: `file,reason`.
pub fn skipped_csv(skipped: &[crate::extract::Skipped]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["file", "reason"]).unwrap();
    for s in skipped {
        w.write_record([cell_text(&s.path.display().to_string()), cell_text(&s.reason.to_string())]).unwrap();
    }
    w.into_inner().unwrap()
}

pub const FINDING_COLUMNS: &[&str] =
    &["code", "severity", "file", "line", "unit", "county", "year", "field", "message_zh", "message_en"];

pub fn findings_csv(findings: &[Finding]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(FINDING_COLUMNS).unwrap();
    for f in findings {
        w.write_record([
            f.code.code(),
            f.severity.name(),
            &cell_text(&f.file),
            &f.line.to_string(),
            &cell_text(&f.unit),
            &cell_text(&f.county),
            &f.year.map(|y| y.to_string()).unwrap_or_default(),
            f.field.map(|x| x.name()).unwrap_or(""),
            &cell_text(&f.message_zh),
            &cell_text(&f.message_en),
        ])
        .unwrap();
    }
    to_bytes(w)
}

/// A cell of a polars frame as text: numbers plain, nulls empty, strings sanitised.
pub fn any_text(v: &AnyValue) -> String {
    match v {
        AnyValue::Null => String::new(),
        AnyValue::Float64(x) => fmt_num(*x),
        AnyValue::Float32(x) => fmt_num(*x as f64),
        AnyValue::Boolean(b) => (if *b { "true" } else { "false" }).into(),
        AnyValue::String(s) => cell_text(s),
        AnyValue::StringOwned(s) => cell_text(s),
        other => other.to_string().trim_matches('"').to_string(),
    }
}

/// Any frame as CSV.
pub fn frame_csv(df: &DataFrame) -> PolarsResult<Vec<u8>> {
    let mut out = Vec::new();
    write_frame_csv(&mut out, df)?;
    Ok(out)
}

/// `frame_csv` streamed to a writer (rankings at national scale is ~700,000 rows), written
/// as `csv::Writer` writes it (see `CsvRows`) straight into a buffer: through the csv
/// writer's byte-by-byte state machine, with a `String` per number, it was two thirds of
/// writing the table.
pub fn write_frame_csv<W: std::io::Write>(mut out: W, df: &DataFrame) -> PolarsResult<()> {
    const FLUSH_AT: usize = 1 << 16;
    let cols = df.columns();
    // csv::Writer quotes a row's only field when it is empty (a frame of one column)
    let lone = cols.len() == 1;
    let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + 4096);
    let end_field = |buf: &mut Vec<u8>, start: usize| {
        if lone && buf.len() == start {
            buf.extend_from_slice(b"\"\"");
        }
    };
    for (k, c) in cols.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        let start = buf.len();
        push_field(&mut buf, c.name().as_str());
        end_field(&mut buf, start);
    }
    buf.push(b'\n');
    // typed access per column (no AnyValue per cell for the common types)
    enum Typed {
        F64(Float64Chunked),
        Str(StringChunked),
        I32(Int32Chunked),
        U32(UInt32Chunked),
        Any(Column),
    }
    let typed: Vec<Typed> = cols
        .iter()
        .map(|c| {
            let s = c.as_materialized_series().rechunk();
            Ok(match s.dtype() {
                DataType::Float64 => Typed::F64(s.f64()?.clone()),
                DataType::String => Typed::Str(s.str()?.clone()),
                DataType::Int32 => Typed::I32(s.i32()?.clone()),
                DataType::UInt32 => Typed::U32(s.u32()?.clone()),
                _ => Typed::Any(c.clone()),
            })
        })
        .collect::<PolarsResult<_>>()?;
    // each column read in order by its own iterator: `ChunkedArray::get` per cell (a chunk
    // lookup and a validity test each) was a fifth of writing rankings.csv
    enum Cells<'a> {
        F64(Box<dyn Iterator<Item = Option<f64>> + 'a>),
        Str(Box<dyn Iterator<Item = Option<&'a str>> + 'a>),
        I32(Box<dyn Iterator<Item = Option<i32>> + 'a>),
        U32(Box<dyn Iterator<Item = Option<u32>> + 'a>),
        Any(&'a Column),
    }
    let mut cells: Vec<Cells> = typed
        .iter()
        .map(|c| match c {
            Typed::F64(a) => Cells::F64(Box::new(a.iter())),
            Typed::Str(a) => Cells::Str(Box::new(a.iter())),
            Typed::I32(a) => Cells::I32(Box::new(a.iter())),
            Typed::U32(a) => Cells::U32(Box::new(a.iter())),
            Typed::Any(a) => Cells::Any(a),
        })
        .collect();
    for i in 0..df.height() {
        for (k, c) in cells.iter_mut().enumerate() {
            if k > 0 {
                buf.push(b',');
            }
            let start = buf.len();
            // numbers never need quotes
            match c {
                Cells::F64(a) => {
                    if let Some(v) = a.next().flatten() {
                        push_num(&mut buf, v);
                    }
                }
                Cells::Str(a) => {
                    if let Some(v) = a.next().flatten() {
                        push_field(&mut buf, &cell_str(v));
                    }
                }
                Cells::I32(a) => {
                    if let Some(v) = a.next().flatten() {
                        push_int(&mut buf, i64::from(v));
                    }
                }
                Cells::U32(a) => {
                    if let Some(v) = a.next().flatten() {
                        push_int(&mut buf, i64::from(v));
                    }
                }
                Cells::Any(a) => push_field(&mut buf, &any_text(&a.get(i)?)),
            }
            end_field(&mut buf, start);
        }
        buf.push(b'\n');
        if buf.len() >= FLUSH_AT {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)?;
    out.flush()?;
    Ok(())
}

/// An integer onto `buf`, as `format!("{v}")` writes it.
fn push_int(buf: &mut Vec<u8>, v: i64) {
    if v < 0 {
        buf.push(b'-');
    }
    push_digits(buf, v.unsigned_abs());
}

fn push_digits(buf: &mut Vec<u8>, mut x: u64) {
    let mut d = [0u8; 20];
    let mut i = d.len();
    loop {
        i -= 1;
        d[i] = b'0' + (x % 10) as u8;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    buf.extend_from_slice(&d[i..]);
}

/// Any frame as Parquet (zstd), for analysts who load it into polars or pandas.
pub fn frame_parquet(df: &DataFrame) -> PolarsResult<Vec<u8>> {
    let mut buf = Vec::new();
    let mut df = df.clone();
    ParquetWriter::new(&mut buf).with_compression(ParquetCompression::Zstd(None)).finish(&mut df)?;
    Ok(buf)
}

/// Does a record stand in the facts table by its identity alone (one row, no field, no value)?
/// An evaluation or a budget paper that states no figure (a page cut after its table of
/// contents) is still one unit's fiscal year, and so is a news text or summary whose figures
/// are none of its year's (one operation's, several years'): each report is a record. An
/// undated one too: its row, year empty, says which county's text could not be dated (the
/// check's finding says why) instead of the file vanishing from the table — unless its file's
/// figures stand in another record of it (an undated text giving only 去年's figures: that
/// record is the file's row).
pub fn identity_row(r: &Record, records: &[Record]) -> bool {
    r.facts.is_empty()
        && (r.id.kind != crate::model::Kind::Summary
            || r.id.year.is_some()
            || !records.iter().any(|o| o.file == r.file && !o.facts.is_empty()))
}

/// The facts table as a frame (the columns of `facts_csv`; year and line as integers, an
/// unstated year and a full year's period as null), for `facts.parquet`.
pub fn facts_frame(records: &[Record]) -> PolarsResult<DataFrame> {
    let n: usize = records.iter().map(|r| r.facts.len()).sum();
    let (mut file, mut rec, mut unit, mut county, mut city, mut province) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut period: Vec<Option<&str>> = Vec::with_capacity(n);
    let (mut year, mut kind, mut field, mut value, mut qual, mut line, mut snippet) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for r in records {
        // (field, value, qualifier, period, line, snippet) of each row: the identity row of a
        // report without figures, then one a figure
        let identity = identity_row(r, records).then_some((None, None, None, None, r.title_line, Cow::Borrowed("")));
        let figures = r.facts.iter().map(|f| {
            let snippet = match &f.corrected {
                Some(c) => Cow::Owned(format!("{}〔已更正：原为{}，{}〕", f.snippet, c.original_zh(), c.reason)),
                None => Cow::Borrowed(f.snippet.as_str()),
            };
            (Some(f.field.name()), Some(f.value), Some(f.qualifier.symbol()), f.period.as_deref(), f.line, snippet)
        });
        for (f, v, q, p, l, sn) in identity.into_iter().chain(figures) {
            file.push(r.file.as_str());
            rec.push(r.index as u32);
            unit.push(r.id.unit.as_str());
            county.push(r.id.county.as_str());
            city.push(r.id.city.as_str());
            province.push(r.id.province.as_str());
            year.push(r.id.year);
            kind.push(r.id.kind.name());
            field.push(f);
            value.push(v);
            qual.push(q);
            period.push(p);
            line.push(l as u32);
            snippet.push(sn);
        }
    }
    DataFrame::new_infer_height(vec![
        Column::new("file".into(), file),
        Column::new("record".into(), rec),
        Column::new("unit".into(), unit),
        Column::new("county".into(), county),
        Column::new("city".into(), city),
        Column::new("province".into(), province),
        Column::new("year".into(), year),
        Column::new("kind".into(), kind),
        Column::new("field".into(), field),
        Column::new("value".into(), value),
        Column::new("qualifier".into(), qual),
        // the part of the year a figure covers (2024-01..2024-06); null for the full year
        Column::new("period".into(), period),
        Column::new("line".into(), line),
        Column::new("snippet".into(), snippet.iter().map(|s| s.as_ref()).collect::<Vec<&str>>()),
    ])
}

/// `facts_frame` as Parquet (zstd), built and written a slice of records at a time so a
/// national run never holds a second copy of every sentence.
pub fn write_facts_parquet<W: std::io::Write>(out: W, records: &[Record]) -> PolarsResult<()> {
    const FACTS_PER_BATCH: usize = 100_000;
    let mut writer: Option<polars_io::parquet::write::BatchedWriter<W>> = None;
    let mut out = Some(out);
    let mut start = 0;
    while start < records.len() || writer.is_none() {
        let mut end = start;
        let mut n = 0;
        while end < records.len() && (n < FACTS_PER_BATCH || end == start) {
            n += records[end].facts.len();
            end += 1;
        }
        let df = facts_frame(&records[start..end])?;
        if writer.is_none() {
            let w = out.take().expect("the writer is made once");
            writer = Some(ParquetWriter::new(w).with_compression(ParquetCompression::Zstd(None)).batched(df.schema())?);
        }
        if let Some(w) = writer.as_mut() {
            w.write_batch(&df)?;
        }
        start = end;
    }
    writer.expect("made above").finish()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Fact, Field, Identity, Kind, Qualifier};

    proptest::proptest! {
        /// `push_num` writes what six decimal places print, trailing zeros trimmed (`fmt_num`'s
        /// definition), and `fmt_num` the same.
        #[test]
        fn push_num_is_fmt_num(v in proptest::prelude::any::<f64>(), k in -3_000_000i64..3_000_000, d in 0u32..7) {
            for x in [v, k as f64 / 10f64.powi(d as i32), k as f64 * 1e9, -0.0] {
                let six = format!("{x:.6}");
                let six = six.trim_end_matches('0').trim_end_matches('.');
                let want = if six == "-0" { "0" } else { six };
                let mut buf = Vec::new();
                push_num(&mut buf, x);
                proptest::prop_assert_eq!(String::from_utf8(buf).unwrap(), want);
                proptest::prop_assert_eq!(fmt_num(x), want);
            }
            let mut buf = Vec::new();
            push_int(&mut buf, k);
            proptest::prop_assert_eq!(String::from_utf8(buf).unwrap(), k.to_string());
        }
    }

    /// A frame as `write_frame_csv` wrote it through `csv::Writer`, cell by cell.
    fn frame_csv_by_the_csv_writer(df: &DataFrame) -> Vec<u8> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(df.columns().iter().map(|c| c.name().as_str())).unwrap();
        for i in 0..df.height() {
            let row: Vec<String> = df
                .columns()
                .iter()
                .map(|c| match c.get(i).unwrap() {
                    AnyValue::Int32(v) => v.to_string(),
                    AnyValue::UInt32(v) => v.to_string(),
                    AnyValue::String(s) => cell_str(s).into_owned(),
                    v => any_text(&v),
                })
                .collect();
            w.write_record(&row).unwrap();
        }
        w.into_inner().unwrap()
    }

    /// Every kind of cell (numbers of every form, nulls, text needing quotes, formulas,
    /// control characters, other types) is written as the csv writer wrote it; a frame of
    /// one column keeps its empty cells quoted.
    #[test]
    fn frames_are_written_as_the_csv_writer_wrote_them() {
        let df = DataFrame::new_infer_height(vec![
            Column::new(
                "unit".into(),
                [Some("岳阳楼区"), Some("a,b"), Some("say \"x\""), None, Some("=1+2"), Some("l1\nl2\r"), Some("")],
            ),
            Column::new(
                "v".into(),
                [Some(1.5), None, Some(-0.0), Some(123456.789), Some(1e-7), Some(f64::NAN), Some(-2.25)],
            ),
            Column::new(
                "year".into(),
                [Some(2023i32), Some(-1), None, Some(0), Some(i32::MAX), Some(i32::MIN), Some(7)],
            ),
            Column::new("n".into(), [Some(0u32), Some(u32::MAX), None, Some(10), Some(1), Some(2), Some(3)]),
            Column::new("flag".into(), [Some(true), Some(false), None, Some(true), None, Some(false), Some(true)]),
            Column::new("i64".into(), [Some(5i64), None, Some(-5), Some(0), Some(1), Some(2), Some(3)]),
        ])
        .unwrap();
        assert_eq!(
            String::from_utf8(frame_csv(&df).unwrap()).unwrap(),
            String::from_utf8(frame_csv_by_the_csv_writer(&df)).unwrap()
        );
        let one = DataFrame::new_infer_height(vec![Column::new("x".into(), [Some("a"), None, Some("")])]).unwrap();
        assert_eq!(frame_csv(&one).unwrap(), frame_csv_by_the_csv_writer(&one));
        let empty = df.head(Some(0));
        assert_eq!(frame_csv(&empty).unwrap(), frame_csv_by_the_csv_writer(&empty));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// `CsvRows` writes every row byte for byte as `csv::Writer` does.
        #[test]
        fn csv_rows_write_what_the_csv_writer_writes(rows in proptest::collection::vec(
            proptest::collection::vec(proptest::collection::vec(proptest::sample::select(vec![
                "", "a", "禁毒", ",", "\"", "\r", "\n", "\r\n", " ", "'", "=", "#", "\\", "\t", "，", "1.5",
            ]), 0..6), 2..6), 0..5)) {
            let rows: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|f| f.concat()).collect()).collect();
            let mut want = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
            let mut got = CsvRows::new(Vec::new());
            for r in &rows {
                want.write_record(r).unwrap();
                // the first field written ahead, as a record's shared cells are
                let mut first = Vec::new();
                push_field(&mut first, &r[0]);
                first.push(b',');
                got.row(&first, r[1..].iter().map(String::as_str)).unwrap();
            }
            got.out.extend_from_slice(&got.buf);
            proptest::prop_assert_eq!(got.out, want.into_inner().unwrap());
        }
    }

    fn record(kind: Kind, facts: Vec<Fact>) -> Record {
        let id = Identity {
            unit: "某县禁毒办".into(),
            county: "某县".into(),
            city: "某市".into(),
            province: "某省".into(),
            year: Some(2023),
            kind,
        };
        Record { file: format!("{}.txt", kind.name()), id, facts, title_line: 1, ..Default::default() }
    }

    /// An evaluation or budget paper stating no figure keeps its identity in facts.csv (one row,
    /// no field, no value) and reads back as that record; so does a summary without figures,
    /// dated or not (its year left empty).
    #[test]
    fn a_report_without_figures_keeps_its_identity_row() {
        let fact = Fact {
            field: Field::CriminalCases,
            value: 9.0,
            qualifier: Qualifier::Exact,
            line: 2,
            snippet: "破获毒品刑事案件9起".into(),
            corrected: None,
            period: None,
        };
        let mut undated = record(Kind::Summary, vec![]);
        undated.id.year = None;
        undated.file = "undated.txt".into();
        // (an undated text whose only figures are last year's: that record is its row)
        let mut prior_only = record(Kind::Summary, vec![]);
        prior_only.id.year = None;
        prior_only.file = "prior.txt".into();
        let mut prior = record(Kind::Summary, vec![fact.clone()]);
        prior.id.year = None;
        prior.file = "prior.txt".into();
        prior.index = 1;
        let records = [
            record(Kind::Whole, vec![]),
            undated,
            record(Kind::Project, vec![fact.clone()]),
            record(Kind::Summary, vec![]),
            prior_only,
            prior,
        ];
        let csv = String::from_utf8(facts_csv(&records)).unwrap();
        let rows: Vec<&str> = csv.lines().skip(1).collect();
        assert_eq!(rows.len(), 5, "{csv}");
        assert!(rows[4].starts_with("prior.txt,1,"), "{csv}");
        assert!(rows[1].starts_with("undated.txt,0,某县禁毒办,某县,某市,某省,,summary,,,,,1,"), "{csv}");
        assert!(rows[3].starts_with("summary.txt,0,某县禁毒办,某县,某市,某省,2023,summary,,,,,1,"), "{csv}");
        assert!(rows[0].starts_with("whole.txt,0,某县禁毒办,某县,某市,某省,2023,whole,,,,,1,"), "{csv}");
        let (back, problems) = crate::extract::structured::parse_csv("facts.csv", &csv).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let whole = back.iter().find(|r| r.id.kind == Kind::Whole).expect("the whole record read back");
        assert!(whole.facts.is_empty());
        assert_eq!((whole.id.county.as_str(), whole.id.year), ("某县", Some(2023)));
        let project = back.iter().find(|r| r.id.kind == Kind::Project).unwrap();
        assert_eq!(project.value(Field::CriminalCases), Some(9.0));
        let summary = back
            .iter()
            .find(|r| r.id.kind == Kind::Summary && r.id.year.is_some())
            .expect("the dated summary read back");
        assert!(summary.facts.is_empty());
        let undated = back.iter().find(|r| r.id.year.is_none()).expect("the undated summary read back");
        assert_eq!((undated.id.county.as_str(), undated.id.year), ("某县", None));
    }
}
