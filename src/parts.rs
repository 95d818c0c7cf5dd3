//! A national run, province by province, and its re-run in under a second. When the reports
//! under the data folder name more than `render::MAX_CITIES` cities, `jixiao run` reads them
//! (through the cache), groups them by province, and runs the chain (`pipeline::chain`) and
//! the per-city outputs for each province on its own (`render::parts::write_part`); the
//! national tables and summaries are made from the provinces' parts
//! (`render::parts::write_national`). Every figure a national table holds is one province's
//! (ranks are in the city and the province, medians in the city), so the parts together are
//! the whole. A part is kept in the cache with the key of what it was made from — the build,
//! the scoring rules, the data folder, and each of the province's reports by path and content
//! — and a re-run computes only the provinces whose key changed, taking the rest as they are
//! (their tables/ and charts/ linked from the previous outputs, their facts/{省}.csv and
//! rankings/{省}.csv from the part). Reports with structured CSV data or corrections.csv
//! beside them take the ordinary chain, which reads those.
//! Hands the caller `Ran`: the national run's report, or the records for the ordinary chain.

use crate::cache::{self, Scan};
use crate::compute::scoring::Rules;
use crate::extract::{self, Skipped};
use crate::model::Record;
use crate::render::{self, parts::PartMeta};
use anyhow::Context;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// What a run reads and where it writes.
pub struct Options {
    pub data: PathBuf,
    pub out: PathBuf,
    pub rules: Rules,
    /// reuse `OUT/.jixiao-cache` (records and provinces' parts) and the previous outputs
    pub cache: bool,
}

/// A national run's figures, for the user.
pub struct Report {
    pub records: usize,
    pub facts: usize,
    pub findings: usize,
    /// files written or linked into the outputs
    pub written: usize,
    pub provinces: usize,
    /// provinces whose part was taken from the previous run
    pub provinces_reused: usize,
    pub cache: cache::Stats,
    pub skipped: Vec<Skipped>,
    pub timings: crate::progress::Timings,
}

/// What `run` did.
pub enum Ran {
    /// a national run, written to the outputs
    National(Report),
    /// not a national run: every record read (in path order), the inputs passed over and how
    /// the cache served, for the ordinary chain
    Ordinary(Vec<Record>, Vec<Skipped>, cache::Stats),
    /// CSV data or corrections.csv in the data folder: the ordinary chain reads them
    NotEligible,
}

/// The reports of a run as read: each file's records extracted now (`got`: None when the
/// cache holds them), the places each names, what was passed over, how the cache served.
struct Read {
    files: Vec<PathBuf>,
    scan: Scan,
    got: Vec<Option<Vec<Record>>>,
    places: Vec<Vec<(String, String)>>,
    skipped: Vec<Skipped>,
    stats: cache::Stats,
}

/// Walk `o.data`, hash its reports against the cache, extract those it does not hold (and
/// keep them in it). None when CSV data or corrections.csv are there (the ordinary chain
/// reads those).
fn read(o: &Options, laps: &mut crate::progress::Laps) -> Option<Read> {
    let (files, mut skipped) = extract::walk(std::slice::from_ref(&o.data), crate::inputs::is_input);
    let csv = |p: &PathBuf| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if files.iter().any(csv) || o.data.join("corrections.csv").is_file() {
        return None;
    }
    let cache_dir = o.out.join(".jixiao-cache");
    laps.lap("inputs");
    let mut scan = if o.cache { Scan::open(&cache_dir, &files) } else { Scan::without_cache(&files) };
    laps.lap("cache");
    let (mut fresh, stats) = cache::extract_missing(&mut scan, &files);
    // what could not be read is named; the rest is each file's records
    let mut got: Vec<Option<Vec<Record>>> = Vec::with_capacity(files.len());
    for (i, f) in fresh.iter_mut().enumerate() {
        match f.take() {
            None => got.push(None),
            Some(Ok((recs, lines))) => {
                skipped.extend(lines.into_iter().map(|e| Skipped::new(&files[i], e)));
                got.push(Some(recs));
            }
            Some(Err(e)) => {
                skipped.push(Skipped::new(&files[i], e));
                got.push(Some(Vec::new()));
            }
        }
    }
    drop(fresh);
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    let places: Vec<Vec<(String, String)>> = (0..files.len())
        .map(|i| match &got[i] {
            Some(recs) => cache::places_of(recs),
            None => scan.places(i).map(<[_]>::to_vec).unwrap_or_default(),
        })
        .collect();
    Some(Read { files, scan, got, places, skipped, stats })
}

/// Read the reports under `o.data`; with more than `render::MAX_CITIES` cities, write the
/// national outputs to `o.out` province by province.
pub fn run(o: &Options) -> anyhow::Result<Ran> {
    let mut laps = crate::progress::Laps::default();
    let Some(r) = read(o, &mut laps) else { return Ok(Ran::NotEligible) };
    let cities: HashSet<&(String, String)> = r.places.iter().flatten().filter(|(_, c)| !c.is_empty()).collect();
    if cities.len() <= render::MAX_CITIES {
        let Read { files, scan, got, skipped, stats, .. } = r;
        let records: Vec<Vec<Record>> = got
            .into_par_iter()
            .enumerate()
            .map(|(i, g)| g.unwrap_or_else(|| scan.load_or_extract(i, &files[i])))
            .collect();
        return Ok(Ran::Ordinary(records.into_iter().flatten().collect(), skipped, stats));
    }
    laps.lap("extract");
    national(o, r, laps)
}

/// The national run of what `read` read: the provinces computed (or taken), the national
/// files made from their parts, the outputs published.
fn national(o: &Options, r: Read, mut laps: crate::progress::Laps) -> anyhow::Result<Ran> {
    let Read { files, scan, got, places, skipped, stats } = r;
    let cache_dir = o.out.join(".jixiao-cache");
    let name = |i: usize| files[i].display().to_string();
    let cached = |i: usize| scan.load_or_extract(i, &files[i]);

    // the provinces, each with its files (a file naming two is in both)
    let mut provinces: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, p) in places.iter().enumerate() {
        let mut seen = HashSet::new();
        for (prov, _) in p.iter().filter(|(prov, _)| seen.insert(prov)) {
            provinces.entry(prov.as_str()).or_default().push(i);
        }
    }
    let mut uses = vec![0usize; files.len()];
    provinces.values().flatten().for_each(|&i| uses[i] += 1);
    let global = {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(&cache::build_key().to_le_bytes());
        h.update(format!("{:?}", o.rules).as_bytes());
        h.update(o.data.display().to_string().as_bytes());
        h.digest128()
    };
    let temp;
    let parts_root = if o.cache {
        cache_dir.join("parts")
    } else {
        let parent = o.out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        temp =
            tempfile::Builder::new().prefix(".jixiao-parts-").tempdir_in(parent).context("a folder for the parts")?;
        temp.path().to_path_buf()
    };
    let stage = render::publish::Staging::new(&o.out)
        .with_context(|| format!("{}: cannot make a staging folder beside it", o.out.display()))?;
    let previous = if o.cache { render::previous::Charts::load(&o.out) } else { Default::default() };
    // the parts the previous outputs were made of (only those can be taken with their files)
    let published =
        if o.cache && render::publish::previous_manifest(&o.out).iter().any(|n| n == render::parts::PUBLISHED) {
            render::parts::published(&o.out)
        } else {
            Default::default()
        };
    let jobs: Vec<(&str, &[usize], u128, PathBuf)> = provinces
        .iter()
        .map(|(prov, idx)| {
            let mut h = xxhash_rust::xxh3::Xxh3::new();
            h.update(&global.to_le_bytes());
            h.update(prov.as_bytes());
            for &i in idx {
                h.update(name(i).as_bytes());
                h.update(&scan.hashes[i].unwrap_or_default().to_le_bytes());
            }
            let dir = parts_root.join(format!("{:032x}", xxhash_rust::xxh3::xxh3_128(prov.as_bytes())));
            (*prov, idx.as_slice(), h.digest128(), dir)
        })
        .collect();
    let bar = crate::progress::Progress::bar(provinces.len() as u64, "provinces");
    // the provinces whose part is as the previous run left it: taken, their files linked
    let mut slots: Vec<Option<PartMeta>> = jobs.iter().map(|_| None).collect();
    let mut written: Vec<PathBuf> = Vec::new();
    let mut reused = 0;
    for (j, (_, _, key, dir)) in jobs.iter().enumerate() {
        let in_out = dir.file_name().and_then(|n| published.get(n.to_string_lossy().as_ref())).copied();
        if let Some(m) = o.cache.then(|| render::parts::reusable(dir, *key, &o.out, in_out)).flatten() {
            written.extend(render::parts::link_part(&m, &o.out, stage.path()).context("taking a province's files")?);
            slots[j] = Some(m);
            reused += 1;
            bar.inc();
        }
    }
    // the others computed, two provinces at a time (the largest first), each running the
    // chain and writing its part
    let mut dirty: Vec<usize> = (0..jobs.len()).filter(|&j| slots[j].is_none()).collect();
    dirty.sort_by_key(|&j| std::cmp::Reverse(jobs[j].1.len()));
    let got: Vec<std::sync::Mutex<Option<Vec<Record>>>> = got.into_iter().map(std::sync::Mutex::new).collect();
    let uses: Vec<std::sync::atomic::AtomicUsize> = uses.into_iter().map(Into::into).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done: std::sync::Mutex<Vec<(usize, anyhow::Result<PartMeta>)>> = Default::default();
    let one = |j: usize| -> anyhow::Result<PartMeta> {
        let (prov, idx, key, dir) = &jobs[j];
        // a fresh file's records: moved out when this is its last province, else copied
        let taken: Vec<Option<Vec<Record>>> = idx
            .iter()
            .map(|&i| {
                let mut g = got[i].lock().unwrap_or_else(|e| e.into_inner());
                if uses[i].fetch_sub(1, std::sync::atomic::Ordering::Relaxed) == 1 {
                    g.take()
                } else {
                    g.clone()
                }
            })
            .collect();
        let records: Vec<Record> = idx
            .par_iter()
            .zip(taken)
            .map(|(&i, t)| t.unwrap_or_else(|| cached(i)))
            .flatten()
            .filter(|r| r.id.province == *prov)
            .collect();
        let (outputs, ()) =
            crate::pipeline::chain(records, Vec::new(), &o.rules, crate::progress::Laps::default(), |_| ())?;
        render::parts::write_part(&outputs, *key, prov, dir, stage.path(), &previous).with_context(|| {
            format!("the outputs of {}", if prov.is_empty() { "reports without a province" } else { prov })
        })
    };
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(1, 2));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&j) = dirty.get(k) else { break };
                let r = one(j);
                bar.inc();
                done.lock().unwrap_or_else(|e| e.into_inner()).push((j, r));
            });
        }
    });
    for (j, r) in done.into_inner().unwrap_or_else(|e| e.into_inner()) {
        let m = r?;
        written.extend(m.files.iter().map(|f| stage.path().join(f)));
        slots[j] = Some(m);
    }
    let metas: Vec<(PathBuf, PartMeta)> = jobs
        .into_iter()
        .zip(slots)
        .map(|((_, _, _, dir), m)| (dir, m.expect("every province made or taken")))
        .collect();
    drop(bar);
    laps.lap("provinces");
    let (national, national_laps) = render::parts::write_national(stage.path(), &metas, &skipped)?;
    written.extend(national);
    written.push(render::parts::write_published(stage.path(), &metas)?);
    laps.lap("national");
    laps.stages.extend(national_laps);
    if o.cache {
        // the parts of provinces no longer read
        let kept: HashSet<&Path> = metas.iter().map(|(d, _)| d.as_path()).collect();
        for e in std::fs::read_dir(&parts_root).into_iter().flatten().flatten() {
            if !kept.contains(e.path().as_path()) {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
    stage.publish(&written).with_context(|| format!("{}: cannot replace the outputs", o.out.display()))?;
    laps.lap("publish");
    let m = || metas.iter().map(|(_, m)| m);
    Ok(Ran::National(Report {
        records: m().map(|m| m.records).sum(),
        facts: m().map(|m| m.facts).sum(),
        findings: m().map(|m| m.findings.len()).sum(),
        written: written.len(),
        provinces: metas.len(),
        provinces_reused: reused,
        cache: stats,
        skipped,
        timings: laps.stages,
    }))
}
