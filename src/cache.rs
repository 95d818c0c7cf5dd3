//! The re-run cache: each report file's extracted records, keyed by a hash of the file's
//! content, kept beside the outputs (`OUT/.jixiao-cache/`). A changed file has another hash and
//! is extracted again; a changed jixiao build (its version and its executable, which holds every
//! extraction rule and the gazetteer) or another cache format empties it.
//! Entries live in 256 shards by hash, so a re-run after one changed report rewrites one shard.
//! Sits between `extract` (which it calls for the files it has not seen) and `inputs` (which
//! calls `extract_files` here); without `enable` it is extraction as before.

use crate::extract::{self, ExtractError, Skipped};
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

/// Whether `enable` was called (`run` without --no-cache).
pub fn enabled() -> bool {
    dir().is_some()
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

#[derive(Deserialize, Default)]
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

/// A shard as written: the records borrowed from the run (encoded like `Shard`).
#[derive(Serialize)]
struct ShardRef<'a> {
    key: u128,
    entries: Vec<(u128, &'a [Record])>,
}

fn write_shard(dir: &Path, i: usize, shard: &ShardRef) -> std::io::Result<()> {
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
pub fn extract_files(files: &[PathBuf]) -> (Vec<Record>, Vec<Skipped>) {
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
pub type Extracted = (Vec<Record>, Vec<Skipped>, Stats);

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
    // hits are taken out of their shard (cloned only when two files have the same content)
    let mut uses: HashMap<u128, usize> = HashMap::new();
    for h in hashes.iter().flatten() {
        *uses.entry(*h).or_default() += 1;
    }
    let mut stats = Stats::default();
    let hits: Vec<Option<Vec<Record>>> = hashes
        .iter()
        .map(|h| {
            let h = (*h)?;
            let shard = &mut shards[(h as usize) % SHARDS];
            let n = uses.get_mut(&h).expect("counted above");
            *n -= 1;
            let got = if *n == 0 { shard.remove(&h) } else { shard.get(&h).cloned() };
            stats.hits += got.is_some() as usize;
            got
        })
        .collect();
    // a shard is rewritten when it has a new entry, or an entry no file has any more
    let mut changed: Vec<bool> = shards.iter().map(|s| !s.is_empty()).collect();
    drop(shards);
    for (h, hit) in hashes.iter().zip(&hits) {
        if let (Some(h), None) = (h, hit) {
            changed[(*h as usize) % SHARDS] = true;
        }
    }
    let bar = crate::progress::Progress::bar(files.len() as u64, "extracting");
    let results: Vec<Result<(Vec<Record>, Vec<ExtractError>), ExtractError>> = files
        .par_iter()
        .zip(hits)
        .map(|(p, hit)| match hit {
            Some(mut recs) => {
                let name = p.display().to_string();
                recs.iter_mut().for_each(|r| r.file.clone_from(&name));
                Ok((recs, Vec::new()))
            }
            None => extract::extract_file(p),
        })
        .inspect(|_| bar.inc())
        .collect();
    drop(bar);
    stats.misses = hashes.iter().zip(&results).filter(|(h, r)| h.is_some() && r.is_ok()).count() - stats.hits;
    if changed.iter().any(|c| *c) && std::fs::create_dir_all(dir).is_ok() {
        // a changed shard holds every file of this run that hashes to it
        let mut entries: Vec<Vec<(u128, &[Record])>> = (0..SHARDS).map(|_| Vec::new()).collect();
        for (h, r) in hashes.iter().zip(&results) {
            if let (Some(h), Ok((recs, _))) = (h, r) {
                let s = (*h as usize) % SHARDS;
                if changed[s] {
                    entries[s].push((*h, recs.as_slice()));
                }
            }
        }
        // a cache that cannot be written only makes the next run slower
        entries.into_par_iter().enumerate().filter(|(i, _)| changed[*i]).for_each(|(i, mut e)| {
            e.sort_by_key(|(h, _)| *h);
            e.dedup_by_key(|(h, _)| *h);
            drop(write_shard(dir, i, &ShardRef { key, entries: e }));
        });
    }
    let mut records = Vec::new();
    let mut skipped = Vec::new();
    for (p, r) in files.iter().zip(results) {
        match r {
            Ok((v, lines)) => {
                records.extend(v);
                skipped.extend(lines.into_iter().map(|e| Skipped::new(p, e)));
            }
            Err(e) => skipped.push(Skipped::new(p, e)),
        }
    }
    (records, skipped, stats)
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
        for hits in [0, 2] {
            let (recs, _, stats) = extract_files_in(&cache, &[a.clone(), b.clone()]);
            assert_eq!(stats.hits, hits);
            let names: Vec<String> = recs.iter().map(|r| r.file.clone()).collect();
            assert_eq!(names, [a.display().to_string(), b.display().to_string()]);
        }
    }
}
