//! The re-run cache: each report file's extracted records, keyed by a hash of the file's
//! content, kept beside the outputs (`OUT/.jixiao-cache/`). A changed file has another hash and
//! is extracted again; a changed jixiao build (its version and its executable, which holds every
//! extraction rule and the gazetteer) or another cache format empties it.
//! Entries live in 256 shards by hash, so a re-run after one changed report rewrites one shard.
//! Sits between `extract` (which it calls for the files it has not seen) and `inputs` (which
//! calls `extract_files` here); without `enable` it is extraction as before.

use crate::extract::{self, ExtractError};
use crate::model::Record;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Bumped when the shard layout changes.
const FORMAT: u32 = 1;
const SHARDS: usize = 256;

static DIR: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Use a cache in `dir` for this process's extractions (`jixiao run` passes `OUT/.jixiao-cache`).
pub fn enable(dir: PathBuf) {
    *DIR.lock().unwrap_or_else(|e| e.into_inner()) = Some(dir);
}

fn dir() -> Option<PathBuf> {
    DIR.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

/// What a cache is valid for: this format, this version, this very build — the executable's
/// size and modification time stand for it (every extraction rule and the gazetteer are
/// compiled in, so a changed rule is a new executable), without reading it on every run.
pub fn build_key() -> u128 {
    static KEY: once_cell::sync::Lazy<u128> = once_cell::sync::Lazy::new(|| {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(&FORMAT.to_le_bytes());
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        if let Ok(m) = std::env::current_exe().and_then(std::fs::metadata) {
            h.update(&m.len().to_le_bytes());
            let t = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).unwrap_or_default();
            h.update(&t.as_nanos().to_le_bytes());
        }
        h.digest128()
    });
    *KEY
}

#[derive(Serialize, Deserialize, Default)]
struct Shard {
    key: u128,
    /// content hash → the records extracted from that content (their `file` as first read)
    entries: Vec<(u128, Vec<Record>)>,
}

fn shard_path(dir: &Path, i: usize) -> PathBuf {
    dir.join(format!("{i:02x}.bin"))
}

fn read_shard(dir: &Path, i: usize, key: u128) -> HashMap<u128, Vec<Record>> {
    let Ok(bytes) = std::fs::read(shard_path(dir, i)) else { return HashMap::new() };
    match bincode::serde::decode_from_slice::<Shard, _>(&bytes, bincode::config::standard()) {
        Ok((s, _)) if s.key == key => s.entries.into_iter().collect(),
        // another build's or a damaged shard: as if empty (it is rewritten below)
        _ => HashMap::new(),
    }
}

fn write_shard(dir: &Path, i: usize, shard: &Shard) -> std::io::Result<()> {
    let bytes = bincode::serde::encode_to_vec(shard, bincode::config::standard()).map_err(std::io::Error::other)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, &bytes)?;
    tmp.persist(shard_path(dir, i)).map_err(|e| e.error)?;
    Ok(())
}

/// How a run used the cache.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    pub hits: usize,
    pub misses: usize,
}

static LAST: Mutex<Stats> = Mutex::new(Stats { hits: 0, misses: 0 });

/// The hits and misses of the last cached `extract_files` in this process.
pub fn last_stats() -> Stats {
    *LAST.lock().unwrap_or_else(|e| e.into_inner())
}

/// `extract::extract_files`, through the cache when one is enabled. Records come back in path
/// order, each with `file` set to its path as given; failures are never cached.
pub fn extract_files(files: &[PathBuf]) -> (Vec<Record>, Vec<(PathBuf, ExtractError)>) {
    match dir() {
        Some(d) => {
            let (records, errors, stats) = extract_files_in(&d, files);
            *LAST.lock().unwrap_or_else(|e| e.into_inner()) = stats;
            (records, errors)
        }
        None => extract::extract_files(files),
    }
}

/// Records and failures of `extract_files`, with how the cache in `dir` served them.
pub type Extracted = (Vec<Record>, Vec<(PathBuf, ExtractError)>, Stats);

/// `extract_files` with the cache in `dir`.
pub fn extract_files_in(dir: &Path, files: &[PathBuf]) -> Extracted {
    let key = build_key();
    // a file that cannot be read or is not a report: extraction reports why
    let hashes: Vec<Option<u128>> = files
        .par_iter()
        .map(|p| {
            let ok = extract::is_report(p) && std::fs::metadata(p).is_ok_and(|m| m.len() <= extract::MAX_FILE_BYTES);
            ok.then(|| std::fs::read(p).ok().map(|b| xxhash_rust::xxh3::xxh3_128(&b))).flatten()
        })
        .collect();
    let mut wanted = vec![false; SHARDS];
    for h in hashes.iter().flatten() {
        wanted[(*h as usize) % SHARDS] = true;
    }
    let mut shards: Vec<HashMap<u128, Vec<Record>>> =
        (0..SHARDS).into_par_iter().map(|i| if wanted[i] { read_shard(dir, i, key) } else { HashMap::new() }).collect();
    let bar = crate::progress::Progress::bar(files.len() as u64, "extracting");
    let results: Vec<Result<Vec<Record>, ExtractError>> = files
        .par_iter()
        .zip(&hashes)
        .map(|(p, h)| match h.and_then(|h| shards[(h as usize) % SHARDS].get(&h)) {
            Some(recs) => {
                let name = p.display().to_string();
                Ok(recs
                    .iter()
                    .cloned()
                    .map(|mut r| {
                        r.file.clone_from(&name);
                        r
                    })
                    .collect())
            }
            None => extract::extract_file(p),
        })
        .inspect(|_| bar.inc())
        .collect();
    drop(bar);
    // which shards changed: a new entry, or an entry no file has any more
    let mut fresh: Vec<Vec<(u128, Vec<Record>)>> = (0..SHARDS).map(|_| Vec::new()).collect();
    let mut used: Vec<usize> = vec![0; SHARDS];
    let mut stats = Stats::default();
    for (h, r) in hashes.iter().zip(&results) {
        let Some(h) = *h else { continue };
        let s = (h as usize) % SHARDS;
        if shards[s].contains_key(&h) {
            stats.hits += 1;
            used[s] += 1;
        } else if let Ok(recs) = r {
            stats.misses += 1;
            if !fresh[s].iter().any(|(x, _)| *x == h) {
                fresh[s].push((h, recs.clone()));
            }
        }
    }
    let live: std::collections::HashSet<u128> = hashes.iter().flatten().copied().collect();
    if std::fs::create_dir_all(dir).is_ok() {
        let todo: Vec<(usize, Shard)> = (0..SHARDS)
            .filter_map(|i| {
                let stale = shards[i].keys().any(|h| !live.contains(h));
                if fresh[i].is_empty() && !stale {
                    return None;
                }
                let mut entries: Vec<(u128, Vec<Record>)> =
                    std::mem::take(&mut shards[i]).into_iter().filter(|(h, _)| live.contains(h)).collect();
                entries.append(&mut fresh[i]);
                entries.sort_by_key(|(h, _)| *h);
                Some((i, Shard { key, entries }))
            })
            .collect();
        // a cache that cannot be written only makes the next run slower
        todo.par_iter().for_each(|(i, s)| drop(write_shard(dir, *i, s)));
    }
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (p, r) in files.iter().zip(results) {
        match r {
            Ok(v) => records.extend(v),
            Err(e) => errors.push((p.clone(), e)),
        }
    }
    (records, errors, stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "湘阴县禁毒委员会办公室2021年度部门整体支出绩效评价报告\n年初预算20万元，支出19.5万元。\n";

    fn facts(recs: &[Record]) -> Vec<(String, f64)> {
        recs.iter().flat_map(|r| r.facts.iter().map(|f| (r.file.clone(), f.value))).collect()
    }

    #[test]
    fn a_rerun_reads_the_cache_and_gives_the_same_records() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.txt");
        std::fs::write(&a, REPORT).unwrap();
        let cache = d.path().join("cache");
        let (first, _, stats) = extract_files_in(&cache, std::slice::from_ref(&a));
        assert_eq!(stats, Stats { hits: 0, misses: 1 });
        let (second, _, stats) = extract_files_in(&cache, std::slice::from_ref(&a));
        assert_eq!(stats, Stats { hits: 1, misses: 0 });
        assert_eq!(first, second);
        assert_eq!(first, extract::extract_files(&[a]).0);
    }

    #[test]
    fn a_changed_file_is_extracted_again() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.txt");
        let cache = d.path().join("cache");
        std::fs::write(&a, REPORT).unwrap();
        extract_files_in(&cache, std::slice::from_ref(&a));
        std::fs::write(&a, REPORT.replace("19.5", "18.25")).unwrap();
        let (recs, _, stats) = extract_files_in(&cache, std::slice::from_ref(&a));
        assert_eq!(stats, Stats { hits: 0, misses: 1 });
        assert!(facts(&recs).iter().any(|(_, v)| *v == 18.25), "{:?}", facts(&recs));
    }

    #[test]
    fn another_build_key_empties_the_cache() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.txt");
        std::fs::write(&a, REPORT).unwrap();
        let cache = d.path().join("cache");
        extract_files_in(&cache, std::slice::from_ref(&a));
        let h = xxhash_rust::xxh3::xxh3_128(REPORT.as_bytes()) as usize % SHARDS;
        assert!(!read_shard(&cache, h, build_key()).is_empty());
        assert!(read_shard(&cache, h, build_key() ^ 1).is_empty());
    }

    #[test]
    fn the_same_content_under_another_name_keeps_its_own_name() {
        let d = tempfile::tempdir().unwrap();
        let (a, b) = (d.path().join("a.txt"), d.path().join("b.txt"));
        std::fs::write(&a, REPORT).unwrap();
        std::fs::write(&b, REPORT).unwrap();
        let cache = d.path().join("cache");
        let (recs, _, _) = extract_files_in(&cache, &[a.clone(), b.clone()]);
        let names: Vec<String> = recs.iter().map(|r| r.file.clone()).collect();
        assert_eq!(names, [a.display().to_string(), b.display().to_string()]);
    }
}
