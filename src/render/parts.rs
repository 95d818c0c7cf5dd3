//! A national run's outputs, made province by province. Each province's part holds its share
//! of the national tables (facts, rankings, checks, city roll-up, indicators: CSV and
//! Parquet) in a folder of the cache, writes its cities' tables/ and charts/ into the run's
//! outputs, and keeps what the national summaries need of it (`PartMeta`: summary rows,
//! findings, counts, the two ends of its execution-rate bars, its charts' keys and files).
//! `write_national` makes the national files from the parts: checks, roll-up and indicators
//! concatenated (every national table is in province order, so the parts' rows in province
//! order are its rows), the Parquet files joined, facts/{省}.csv and rankings/{省}.csv linked
//! from each part, the province summary, execution_rate.png, the workbook and the briefing. A
//! re-run computes only the provinces whose reports changed (`crate::parts` decides) and
//! takes the others' parts as they are, their tables/ and charts/ linked from the previous
//! outputs.

use super::{chart, previous, tables, Ctx, Put, Totals};
use crate::compute::tables::SummaryRow;
use crate::model::Finding;
use anyhow::Context;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// The national tables a part holds a share of, joined into one file each.
const CSVS: [&str; 3] = ["checks.csv", "city_rollup.csv", "indicators.csv"];
const PARQUETS: [&str; 2] = ["facts.parquet", "indicators.parquet"];
/// The tables that stay one file per province in a national run (`facts/{省}.csv`,
/// `rankings/{省}.csv`): 210 and 115 MB for the whole country, more than a spreadsheet opens,
/// and linked as they are from an unchanged province's part (facts.parquet has them all).
pub const BY_PROVINCE: [&str; 2] = ["facts", "rankings"];
const META: &str = "part.bin";

/// What a province's part leaves for the national outputs and for the next run.
#[derive(Serialize, Deserialize, Default, Debug)]
pub struct PartMeta {
    /// what the part was made from (`crate::parts`: the build, the options, its reports)
    pub key: u128,
    pub province: String,
    pub records: usize,
    pub facts: usize,
    pub summary: Vec<SummaryRow>,
    pub findings: Vec<Finding>,
    /// its execution-rate bars, ascending (only the two ends when there are more than
    /// `MAX_BARS`), and how many there are
    pub bars: Vec<chart::Bar>,
    pub bars_total: usize,
    /// its charts' keys (charts/index.tsv)
    pub charts: Vec<(String, u128)>,
    /// its files under the outputs (tables/…, charts/…), relative
    pub files: Vec<String>,
}

impl PartMeta {
    fn load(dir: &Path) -> Option<PartMeta> {
        let b = std::fs::read(dir.join(META)).ok()?;
        bincode::serde::decode_from_slice(&b, bincode::config::standard()).ok().map(|(m, _)| m)
    }

    fn save(&self, dir: &Path) -> anyhow::Result<()> {
        let b = bincode::serde::encode_to_vec(self, bincode::config::standard())?;
        super::write_atomic(&dir.join(META), &b)?;
        Ok(())
    }
}

/// Where a national run's outputs list the parts they were made of (`key<TAB>part folder`):
/// a part is taken only by the outputs it was published in — a run that failed after writing
/// a province's part again left the outputs of the part before.
pub const PUBLISHED: &str = ".jixiao-parts.tsv";

/// The parts the outputs in `out` were made of: part folder name → key.
pub fn published(out: &Path) -> std::collections::HashMap<String, u128> {
    std::fs::read_to_string(out.join(PUBLISHED))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (key, dir) = l.split_once('\t')?;
            Some((dir.to_string(), u128::from_str_radix(key, 16).ok()?))
        })
        .collect()
}

/// `PUBLISHED` in `stage` for the parts `parts`.
pub fn write_published(stage: &Path, parts: &[(PathBuf, PartMeta)]) -> anyhow::Result<PathBuf> {
    let text: String = parts
        .iter()
        .filter_map(|(d, m)| Some(format!("{:032x}\t{}\n", m.key, d.file_name()?.to_string_lossy())))
        .collect();
    let p = stage.join(PUBLISHED);
    Put::Staged.write(&p, text.as_bytes())?;
    Ok(p)
}

/// The part in `dir`, when it was made for `key`, its tables are all there, and the previous
/// outputs `out` were made of it (`in_out`: the key `published` gives its folder) and still
/// hold every file it lists.
pub fn reusable(dir: &Path, key: u128, out: &Path, in_out: Option<u128>) -> Option<PartMeta> {
    if in_out != Some(key) {
        return None;
    }
    let m = PartMeta::load(dir).filter(|m| m.key == key)?;
    let all = CSVS.iter().chain(&PARQUETS).all(|n| dir.join(n).is_file())
        && BY_PROVINCE.iter().all(|n| dir.join(format!("{n}.csv")).is_file())
        && m.files.iter().all(|f| out.join(f).is_file());
    all.then_some(m)
}

/// A reused part's tables/ and charts/, linked (copied where linking fails) from the previous
/// outputs `out` into `stage`: the paths put.
pub fn link_part(m: &PartMeta, out: &Path, stage: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut dirs = std::collections::HashSet::new();
    m.files
        .iter()
        .map(|f| {
            let (from, to) = (out.join(f), stage.join(f));
            if let Some(d) = to.parent().filter(|d| dirs.insert(d.to_path_buf())) {
                std::fs::create_dir_all(d)?;
            }
            super::link_or_copy(&from, &to)?;
            Ok(to)
        })
        .collect()
}

/// Write one province's part from its outputs `o`: its tables into `dir` (a folder of the
/// cache; `part.bin` last, so a part cut short is never taken), its cities' tables/ and
/// charts/ into `stage` (charts linked from `previous` where unchanged).
pub fn write_part(
    o: &crate::pipeline::Outputs,
    key: u128,
    province: &str,
    dir: &Path,
    stage: &Path,
    previous: &previous::Charts,
) -> anyhow::Result<PartMeta> {
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot make the folder", dir.display()))?;
    let _ = std::fs::remove_file(dir.join(META));
    // each file a new one (a temporary file renamed): the previous outputs may hold links to
    // the part's files as they were
    let put = |name: &str, fill: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| -> anyhow::Result<()> {
        let p = dir.join(name);
        let tmp = super::new_output_file(dir, &p)?;
        let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp);
        fill(&mut w).and_then(|()| w.flush()).with_context(|| format!("{}: cannot write", p.display()))?;
        w.into_inner().map_err(|e| e.into_error())?.persist(&p).map_err(|e| e.error)?;
        Ok(())
    };
    fn csv(df: &polars::prelude::DataFrame) -> impl Fn(&mut dyn Write) -> std::io::Result<()> + '_ {
        move |w| tables::write_frame_csv(w, df).map_err(std::io::Error::other)
    }
    let (facts, rest, cities) = std::thread::scope(|s| {
        let facts = s.spawn(|| -> anyhow::Result<()> {
            put("facts.csv", &|w| tables::write_facts_csv(w, &o.records))?;
            put("facts.parquet", &|w| tables::write_facts_parquet(w, &o.records).map_err(std::io::Error::other))
        });
        let rest = s.spawn(|| -> anyhow::Result<()> {
            put("rankings.csv", &csv(&o.long))?;
            put("checks.csv", &|w| w.write_all(&tables::findings_csv(&o.findings)))?;
            put("city_rollup.csv", &csv(&o.rollup))?;
            put("indicators.csv", &csv(&o.indicators))?;
            put("indicators.parquet", &|w| {
                w.write_all(&tables::frame_parquet(&o.indicators).map_err(std::io::Error::other)?)
            })
        });
        let cities = city_files(o, stage, previous);
        let joined = |h: std::thread::ScopedJoinHandle<anyhow::Result<()>>| {
            h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
        };
        (joined(facts), joined(rest), cities)
    });
    facts?;
    rest?;
    let (summary, charts, files) = cities?;
    let mut bars = super::execution_bars(&o.indicators)?;
    let bars_total = bars.len();
    super::keep_ends(&mut bars);
    let meta = PartMeta {
        key,
        province: province.to_string(),
        records: o.records.len(),
        facts: o.records.iter().map(|r| r.facts.len()).sum(),
        summary,
        findings: o.findings.clone(),
        bars,
        bars_total,
        charts,
        files: files
            .iter()
            .filter_map(|p| p.strip_prefix(stage).ok())
            .map(|p| p.to_string_lossy().into_owned())
            .collect(),
    };
    meta.save(dir)?;
    Ok(meta)
}

/// A part's summary rows, chart keys and the files of its cities (tables/, charts/) written
/// into `stage`.
type CityFiles = (Vec<SummaryRow>, Vec<(String, u128)>, Vec<PathBuf>);

fn city_files(o: &crate::pipeline::Outputs, stage: &Path, previous: &previous::Charts) -> anyhow::Result<CityFiles> {
    let ctx = Ctx::part(o)?;
    let mut files: Vec<PathBuf> = ctx.write_city_table_files(|name, bytes| -> anyhow::Result<PathBuf> {
        let p = stage.join(&name);
        Put::Staged.write(&p, &bytes).with_context(|| format!("{}: cannot write", p.display()))?;
        Ok(p)
    })?;
    let mut all = ctx.plan_charts().context("planning charts")?;
    chart::register_font().context("loading the chart font")?;
    let r = super::RunOutputs { out: stage.to_path_buf() };
    let put = all.par_iter_mut().map(|c| r.put_chart(c, true, previous)).collect::<anyhow::Result<Vec<_>>>()?;
    let mut keys = Vec::new();
    for c in put {
        files.extend(c.files);
        keys.extend(c.key);
    }
    Ok((ctx.summary, keys, files))
}

/// Every national output from the parts (`dirs` and their metas, in province order) and the
/// inputs passed over, written into `stage`: the paths written.
pub fn write_national(
    stage: &Path,
    parts: &[(PathBuf, PartMeta)],
    skipped: &[crate::extract::Skipped],
) -> anyhow::Result<(Vec<PathBuf>, crate::progress::Timings)> {
    let mut written = Vec::new();
    let ((tables, timings), summaries) = std::thread::scope(|s| {
        // the tables: the parts' files concatenated, beside the summaries
        let tables = s.spawn(|| {
            let mut laps = crate::progress::Laps::on_this_thread();
            let r = national_tables(stage, parts);
            laps.lap("n:tables");
            (r, laps.stages)
        });
        let mut laps = crate::progress::Laps::on_this_thread();
        let summaries = summaries(stage, parts, skipped);
        laps.lap("n:summaries");
        let (t, mut timings) = tables.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        timings.extend(laps.stages);
        let summaries = summaries.map(|(w, book)| {
            timings.extend(book);
            w
        });
        ((t, timings), summaries)
    });
    written.extend(tables?);
    written.extend(summaries?);
    Ok((written, timings))
}

/// The file of province `p` under facts/ and rankings/ (its name sanitised; reports naming
/// no province go to 省份不明).
pub fn province_file(p: &str) -> String {
    format!("{}.csv", super::grid::safe_name(if p.is_empty() { "省份不明" } else { p }))
}

/// The national tables: the parts' files joined, and each province's facts and rankings
/// linked (copied where linking fails) from its part.
fn national_tables(stage: &Path, parts: &[(PathBuf, PartMeta)]) -> anyhow::Result<Vec<PathBuf>> {
    let mut w = Vec::new();
    for name in BY_PROVINCE {
        std::fs::create_dir_all(stage.join(name))?;
        for (d, m) in parts {
            let (from, to) = (d.join(format!("{name}.csv")), stage.join(name).join(province_file(&m.province)));
            super::link_or_copy(&from, &to).with_context(|| format!("{}: cannot write", to.display()))?;
            w.push(to);
        }
    }
    for name in CSVS {
        let p = stage.join(name);
        let from: Vec<PathBuf> = parts.iter().map(|(d, _)| d.join(name)).collect();
        concat_csv(&p, &from).with_context(|| format!("{}: cannot write", p.display()))?;
        w.push(p);
    }
    for name in PARQUETS {
        let p = stage.join(name);
        let from: Vec<PathBuf> = parts.iter().map(|(d, _)| d.join(name)).collect();
        concat_parquet(&p, &from).with_context(|| format!("{}: cannot write", p.display()))?;
        w.push(p);
    }
    Ok(w)
}

/// skipped.csv, the province summary table, execution_rate.png, charts/index.tsv, the
/// workbook and the briefing.
fn summaries(
    stage: &Path,
    parts: &[(PathBuf, PartMeta)],
    skipped: &[crate::extract::Skipped],
) -> anyhow::Result<(Vec<PathBuf>, crate::progress::Timings)> {
    let put = |name: &str, bytes: &[u8]| -> anyhow::Result<PathBuf> {
        let p = stage.join(name);
        Put::Staged.write(&p, bytes).with_context(|| format!("{}: cannot write", p.display()))?;
        Ok(p)
    };
    let mut written = vec![put("skipped.csv", &tables::skipped_csv(skipped))?];
    let metas = || parts.iter().map(|(_, m)| m);
    // the two ends of every part's bars are the two ends of all of them (each part's in row
    // order, the parts in province order: as the national frame's rows)
    let mut bars: Vec<chart::Bar> = metas().flat_map(|m| m.bars.iter().cloned()).collect();
    bars.sort_by(|a, b| a.value.total_cmp(&b.value));
    written.extend(
        super::RunOutputs { out: stage.to_path_buf() }
            .execution_rate_png_of(bars, metas().map(|m| m.bars_total).sum())?,
    );
    let keys: Vec<(String, u128)> = metas().flat_map(|m| m.charts.iter().cloned()).collect();
    if !keys.is_empty() {
        written.push(previous::write_index(stage, &keys).context("writing the charts' index")?);
    }
    let o = crate::pipeline::Outputs {
        records: Vec::new(),
        skipped: Vec::new(),
        findings: metas().flat_map(|m| m.findings.iter().cloned()).collect(),
        indicators: Default::default(),
        long: Default::default(),
        rollup: Default::default(),
        timings: Vec::new(),
    };
    let totals = Totals { records: metas().map(|m| m.records).sum(), facts: metas().map(|m| m.facts).sum() };
    let ctx = Ctx::national(&o, metas().flat_map(|m| m.summary.iter().cloned()).collect(), totals);
    // the workbook on a thread of its own, beside the briefing and the summary table
    let (book, rest) = std::thread::scope(|s| {
        let book = s.spawn(|| {
            let mut laps = crate::progress::Laps::on_this_thread();
            let r = super::xlsx::workbook(&ctx)
                .context("workbook.xlsx: cannot build the workbook")
                .and_then(|book| put("workbook.xlsx", &book));
            laps.lap("n:workbook");
            (r, laps.stages)
        });
        let rest = (|| -> anyhow::Result<Vec<PathBuf>> {
            let mut w = ctx.write_summary_table(|name, bytes| put(&name, &bytes))?;
            w.extend(super::write_briefing(stage, &ctx, None, Some(&[]), Put::Staged)?);
            Ok(w)
        })();
        (book.join().unwrap_or_else(|e| std::panic::resume_unwind(e)), rest)
    });
    let (book, book_laps) = book;
    written.push(book?);
    written.extend(rest?);
    Ok((written, book_laps))
}

/// `to`: the first file's header line, then every file's lines after its own header (a file
/// with no line, the table of a province with none, adds nothing).
fn concat_csv(to: &Path, from: &[PathBuf]) -> std::io::Result<()> {
    let mut out = std::fs::File::create(to)?;
    let mut header = false;
    for p in from {
        let mut f = std::fs::File::open(p)?;
        let mut head = vec![0; 64 << 10];
        let n = read_full(&mut f, &mut head)?;
        let Some(end) = memchr::memchr(b'\n', &head[..n]) else {
            // one line or none: a header alone
            if !header && n > 0 {
                out.write_all(&head[..n])?;
                header = true;
            }
            continue;
        };
        if !header {
            out.write_all(&head[..=end])?;
            header = true;
        }
        f.seek(std::io::SeekFrom::Start(end as u64 + 1))?;
        // file to file: copy_file_range on Linux, in the kernel
        std::io::copy(&mut f, &mut out)?;
    }
    super::start_writeback(&out);
    Ok(())
}

fn read_full(f: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// `to`: the parts' Parquet files as one, their row groups copied as they are — pages still
/// compressed, never decoded — under one footer (the first non-empty part's schema; the parts
/// all have the same, being written by the same code). A national re-run joins ~30 MB this way
/// instead of decoding and encoding 800,000 rows.
fn concat_parquet(to: &Path, from: &[PathBuf]) -> anyhow::Result<()> {
    use polars_parquet::parquet::read::{get_page_iterator, read_metadata};
    use polars_parquet::parquet::write::{DynIter, DynStreamingIterator, FileWriter, Version, WriteOptions};
    let mut parts = Vec::new();
    for p in from {
        let bytes = std::fs::read(p)?;
        let meta = read_metadata(&mut std::io::Cursor::new(&bytes[..]))?;
        parts.push((polars_buffer::Buffer::from(bytes), meta));
    }
    let Some(first) = parts.iter().position(|(_, m)| m.num_rows > 0).or((!parts.is_empty()).then_some(0)) else {
        return Ok(());
    };
    let (_, m0) = &parts[first];
    let out = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(to)?);
    let options =
        WriteOptions { write_statistics: true, version: if m0.version >= 2 { Version::V2 } else { Version::V1 } };
    let mut w = FileWriter::new(out, m0.schema().clone(), options, m0.created_by.clone());
    for (i, (bytes, meta)) in parts.iter().enumerate() {
        if meta.num_rows == 0 && i != first {
            continue;
        }
        anyhow::ensure!(
            meta.schema().fields() == m0.schema().fields(),
            "the provinces' tables differ in their columns"
        );
        for rg in &meta.row_groups {
            let columns = rg.parquet_columns().iter().map(|c| {
                get_page_iterator(c, std::io::Cursor::new(bytes.clone()), Vec::new(), usize::MAX)
                    .map(|inner| DynStreamingIterator::new(Pages { inner, current: None }))
            });
            w.write(rg.num_rows() as u64, DynIter::new(columns))?;
        }
    }
    w.end(m0.key_value_metadata().clone())?;
    let out = w.into_inner().into_inner().map_err(|e| e.into_error())?;
    super::start_writeback(&out);
    Ok(())
}

/// A column chunk's pages as the Parquet writer takes them (a streaming iterator).
struct Pages {
    inner: polars_parquet::parquet::read::PageReader,
    current: Option<polars_parquet::parquet::page::CompressedPage>,
}

impl polars_parquet::parquet::FallibleStreamingIterator for Pages {
    type Item = polars_parquet::parquet::page::CompressedPage;
    type Error = polars_parquet::parquet::error::ParquetError;

    fn advance(&mut self) -> Result<(), Self::Error> {
        use polars_parquet::parquet::page::CompressedPage;
        self.current = self.inner.next().transpose()?;
        // a page read back does not know its rows, which the writer records: in a flat
        // column (every column jixiao writes) each value, null or not, is one row
        if let Some(CompressedPage::Data(p)) = &mut self.current {
            p.num_rows = p.num_rows.or(Some(p.header().num_values()));
        }
        Ok(())
    }

    fn get(&self) -> Option<&Self::Item> {
        self.current.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_parts_are_joined_under_one_header() {
        let d = tempfile::tempdir().unwrap();
        let part = |name: &str, text: &str| {
            let p = d.path().join(name);
            std::fs::write(&p, text).unwrap();
            p
        };
        let parts = [part("a", "x,y\n1,2\n"), part("b", ""), part("c", "x,y\n"), part("d", "x,y\n3,4\n5,6\n")];
        let to = d.path().join("all.csv");
        concat_csv(&to, &parts).unwrap();
        assert_eq!(std::fs::read_to_string(&to).unwrap(), "x,y\n1,2\n3,4\n5,6\n");
    }

    #[test]
    fn parquet_parts_are_joined_row_group_by_row_group() {
        use polars::prelude::*;
        use polars_io::prelude::{ParquetReader, SerReader};
        let d = tempfile::tempdir().unwrap();
        let frame = |units: &[&str], values: &[Option<f64>]| df!("unit" => units, "value" => values).unwrap();
        let parts = [
            frame(&["岳阳楼区禁毒办", "君山区禁毒办"], &[Some(1.5), None]),
            frame(&[], &[]),
            frame(&["芙蓉区禁毒办"], &[Some(98.25)]),
        ];
        let paths: Vec<PathBuf> = parts
            .iter()
            .enumerate()
            .map(|(i, df)| {
                let p = d.path().join(format!("{i}.parquet"));
                std::fs::write(&p, tables::frame_parquet(df).unwrap()).unwrap();
                p
            })
            .collect();
        let to = d.path().join("all.parquet");
        concat_parquet(&to, &paths).unwrap();
        let got = ParquetReader::new(std::fs::File::open(&to).unwrap()).finish().unwrap();
        let want = frame(&["岳阳楼区禁毒办", "君山区禁毒办", "芙蓉区禁毒办"], &[Some(1.5), None, Some(98.25)]);
        assert!(got.equals_missing(&want), "{got}");
    }
}
