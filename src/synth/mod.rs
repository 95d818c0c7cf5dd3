//! `jixiao synth`: a deterministic generator of synthetic drug-control budget-performance
//! reports for the gazetteer's county-level divisions, with the ground truth beside them.
//! Owns the corpus layout: `DIR/<province>/<city>/synthetic_<code>_<year>_<kind>.<ext>` (.txt in
//! UTF-8 or GBK, .md, .docx), `DIR/gold/<file stem>.json` (the format of shared/corpus/gold, so
//! score.py scores an extraction on it) and `DIR/truth.csv` (one row per stated figure). Every
//! file says it is synthetic in its name and its first line. The same seed gives the same bytes.
//! Reads the gazetteer (`extract::regions`) and the field list (`model`); hands nothing on.

pub mod docx;
pub mod figures;
pub mod rng;
pub mod styles;

use crate::extract::regions::{Gazetteer, Region};
use crate::model::fmt_num;
use figures::{Planted, Unit};
use rayon::prelude::*;
use rng::Rng;
use std::path::{Path, PathBuf};
use styles::{Ctx, Doc, MARK};

/// Which county-level divisions a corpus covers.
#[derive(Debug, Clone)]
pub enum Scope {
    /// every county-level division in the gazetteer
    Nation,
    /// N divisions spread evenly over the gazetteer (all provinces)
    Counties(usize),
    Province(String),
    City(String),
}

#[derive(Debug, Clone)]
pub struct Options {
    pub scope: Scope,
    pub years: std::ops::RangeInclusive<i32>,
    pub seed: u64,
    /// share of whole-unit reports with a planted inconsistency
    pub planted: f64,
    /// how many project reports and summaries per unit-year (on average)
    pub project_share: f64,
    pub summary_share: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            scope: Scope::Nation,
            years: 2015..=2024,
            seed: 1,
            planted: 0.04,
            project_share: 0.13,
            summary_share: 0.12,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SynthError {
    #[error("no county-level division matches {0}")]
    NoMatch(String),
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
}

/// What was written.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub units: usize,
    pub files: usize,
    pub bytes: u64,
    pub records: usize,
    pub figures: usize,
    pub planted: usize,
    /// files per style
    pub styles: std::collections::BTreeMap<&'static str, usize>,
}

/// The divisions a scope covers, in gazetteer order.
pub fn regions(scope: &Scope) -> Result<Vec<&'static Region>, SynthError> {
    let g = Gazetteer::global();
    let all: Vec<&Region> = g.regions.iter().collect();
    let pick: Vec<&Region> = match scope {
        Scope::Nation => all,
        Scope::Counties(n) => {
            let n = (*n).clamp(1, all.len());
            (0..n).map(|i| all[i * all.len() / n]).collect()
        }
        Scope::Province(p) => {
            all.into_iter().filter(|r| r.province == *p || r.province.starts_with(p.as_str())).collect()
        }
        Scope::City(c) => {
            let c = c.trim_end_matches('市');
            all.into_iter().filter(|r| r.city == c || r.city.trim_end_matches('市') == c).collect()
        }
    };
    if pick.is_empty() {
        return Err(SynthError::NoMatch(format!("{scope:?}")));
    }
    Ok(pick)
}

fn unit_name(rng: &mut Rng, r: &Region, duplicate: bool) -> String {
    // a county name shared with another city's is written with its city
    let place = if duplicate || rng.chance(0.15) { format!("{}{}", r.city, r.county) } else { r.county.clone() };
    match rng.int(0, 3) {
        0 | 1 => format!("{place}禁毒委员会办公室"),
        2 => format!("{place}社会化禁毒事务中心"),
        _ => format!("{place}禁毒社会化服务中心"),
    }
}

/// One generated file, before writing.
struct File {
    rel: PathBuf,
    bytes: Vec<u8>,
    doc: Doc,
    planted: bool,
}

fn sanitize(s: &str) -> String {
    s.chars().map(|c| if c.is_alphanumeric() { c } else { '_' }).collect()
}

/// The files of one unit, all its years.
fn unit_files(opts: &Options, r: &Region, duplicate: bool) -> Vec<File> {
    let mut rng = Rng::derive(opts.seed, &r.code);
    let years: Vec<i32> = opts.years.clone().collect();
    let name = unit_name(&mut rng, r, duplicate);
    let unit = Unit {
        code: r.code.clone(),
        county: r.county.clone(),
        city: r.city.clone(),
        province: r.province.clone(),
        name,
        years: figures::series(&mut rng, &years),
    };
    let dir = PathBuf::from(sanitize(&r.province)).join(sanitize(&r.city));
    let mut out = Vec::new();
    for (i, (year, f)) in unit.years.iter().enumerate() {
        let prev = if i > 0 { Some(&unit.years[i - 1].1) } else { None };
        let stem = |kind: &str| format!("synthetic_{}_{}_{}", r.code, year, kind);
        // the whole-unit report
        let planted = if rng.chance(opts.planted) {
            Some(*rng.pick(&[Planted::YuanSlip, Planted::MissedTarget, Planted::PartsMismatch]))
        } else {
            None
        };
        let style = rng.unit();
        let c = Ctx { unit: &unit, year: *year, f, prev, planted };
        let (doc, ext) = if planted.is_some() || style < 0.55 {
            let d = styles::whole_prose(&mut rng, &c, false);
            (d, text_ext(&mut rng))
        } else if style < 0.75 {
            (styles::whole_prose(&mut rng, &c, true), "md")
        } else {
            let d = styles::whole_table(&mut rng, &c);
            (d, text_ext(&mut rng))
        };
        out.push(file(&dir, stem("whole"), ext, doc, planted.is_some()));
        if rng.chance(opts.project_share) {
            let planted = rng.chance(opts.planted * 2.0).then_some(Planted::Overspend);
            let c = Ctx { planted, ..c };
            let pj = styles::project(&mut rng, &c);
            let doc = match rng.int(0, 5) {
                0 | 1 => styles::project_prose(&mut rng, &c, &pj),
                2 | 3 => styles::project_table(&mut rng, &c, &pj),
                4 => styles::project_key(&mut rng, &c, &pj, false),
                _ => styles::project_key(&mut rng, &c, &pj, true),
            };
            let ext = text_ext(&mut rng);
            out.push(file(&dir, stem("project"), ext, doc, planted.is_some()));
        }
        if rng.chance(opts.summary_share) {
            let c = Ctx { planted: None, ..c };
            let doc = styles::summary(&mut rng, &c);
            let ext = text_ext(&mut rng);
            out.push(file(&dir, stem("summary"), ext, doc, false));
        }
    }
    out
}

/// .txt (UTF-8), .txt in GBK (marked by the caller through the name), or .docx
fn text_ext(rng: &mut Rng) -> &'static str {
    let x = rng.unit();
    if x < 0.10 {
        "docx"
    } else if x < 0.18 {
        "gbk.txt"
    } else {
        "txt"
    }
}

fn file(dir: &Path, stem: String, ext: &str, doc: Doc, planted: bool) -> File {
    let (ext, bytes) = match ext {
        "docx" => ("docx", docx::docx(&doc.text)),
        "gbk.txt" => ("txt", encoding_rs::GBK.encode(&doc.text).0.into_owned()),
        "md" => ("md", doc.text.clone().into_bytes()),
        _ => ("txt", doc.text.clone().into_bytes()),
    };
    // GBK: the encoding is part of the name so a reader knows what to expect
    let stem = if ext == "txt" && std::str::from_utf8(&bytes).is_err() { format!("{stem}_gbk") } else { stem };
    File { rel: dir.join(format!("{stem}.{ext}")), bytes, doc, planted }
}

fn gold_json(file: &str, unit: &Unit, doc: &Doc) -> String {
    use serde_json::{json, Map, Value};
    let records: Vec<Value> = doc
        .gold
        .iter()
        .map(|g| {
            let fields: Map<String, Value> = g.fields.iter().map(|(k, v)| (k.name().to_string(), json!(v))).collect();
            let bounds: Map<String, Value> = g.bounds.iter().map(|(k, v)| (k.name().to_string(), json!(v))).collect();
            json!({
                "unit": g.unit,
                "county": unit.county,
                "city": unit.city,
                "province": unit.province,
                "year": g.year,
                "kind": g.kind.name(),
                "fields": fields,
                "bounds": bounds,
                "notes": g.notes.join("; "),
            })
        })
        .collect();
    let v = json!({"file": file, "synthetic": MARK, "style": doc.style, "records": records});
    let mut s = serde_json::to_string_pretty(&v).expect("gold serialises");
    s.push('\n');
    s
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), SynthError> {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d).map_err(|e| SynthError::Io(d.to_path_buf(), e))?;
    }
    std::fs::write(path, bytes).map_err(|e| SynthError::Io(path.to_path_buf(), e))
}

/// Generate the corpus into `out`: reports, gold/ and truth.csv.
pub fn generate(opts: &Options, out: &Path) -> Result<Summary, SynthError> {
    let regions = regions(&opts.scope)?;
    let g = Gazetteer::global();
    let mut seen = std::collections::HashMap::new();
    for r in &g.regions {
        *seen.entry(r.county.as_str()).or_insert(0usize) += 1;
    }
    let per_unit: Vec<Result<(Vec<String>, Summary), SynthError>> = regions
        .par_iter()
        .map(|r| {
            let dup = seen.get(r.county.as_str()).copied().unwrap_or(0) > 1;
            let files = unit_files(opts, r, dup);
            let unit = Unit {
                code: r.code.clone(),
                county: r.county.clone(),
                city: r.city.clone(),
                province: r.province.clone(),
                name: String::new(),
                years: Vec::new(),
            };
            let mut rows = Vec::new();
            let mut s = Summary { units: 1, ..Default::default() };
            for f in files {
                let path = out.join(&f.rel);
                write(&path, &f.bytes)?;
                let name = f.rel.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
                let stem = name.rsplit_once('.').map_or(name.as_str(), |(a, _)| a).to_string();
                write(&out.join("gold").join(format!("{stem}.json")), gold_json(&name, &unit, &f.doc).as_bytes())?;
                for g in &f.doc.gold {
                    for (k, v) in &g.fields {
                        rows.push(csv_row(&[
                            &f.rel.display().to_string(),
                            &g.unit,
                            &unit.county,
                            &unit.city,
                            &unit.province,
                            &g.year.to_string(),
                            g.kind.name(),
                            k.name(),
                            &fmt_num(*v),
                        ]));
                    }
                    s.records += 1;
                    s.figures += g.fields.len();
                }
                s.files += 1;
                s.bytes += f.bytes.len() as u64;
                s.planted += f.planted as usize;
                *s.styles.entry(f.doc.style).or_default() += 1;
            }
            Ok((rows, s))
        })
        .collect();
    let mut total = Summary::default();
    let mut truth = format!("# {MARK}\nfile,unit,county,city,province,year,kind,field,value\n");
    for r in per_unit {
        let (rows, s) = r?;
        for row in rows {
            truth.push_str(&row);
        }
        total.units += s.units;
        total.files += s.files;
        total.bytes += s.bytes;
        total.records += s.records;
        total.figures += s.figures;
        total.planted += s.planted;
        for (k, v) in s.styles {
            *total.styles.entry(k).or_default() += v;
        }
    }
    write(&out.join("truth.csv"), truth.as_bytes())?;
    Ok(total)
}

fn csv_row(cells: &[&str]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(cells).expect("a row in memory");
    String::from_utf8(w.into_inner().expect("a row in memory")).expect("utf-8 cells")
}

/// `2015-2024` or `2021`.
pub fn parse_years(s: &str) -> Option<std::ops::RangeInclusive<i32>> {
    let (a, b) = s.split_once(['-', '–', '~']).unwrap_or((s, s));
    let (a, b) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    (a <= b && (1990..=2100).contains(&a) && (1990..=2100).contains(&b)).then_some(a..=b)
}
