//! The re-run cache: each report file's extracted records, keyed by a hash of the file's
//! content and path, kept beside the outputs (`OUT/.jixiao-cache/`). A changed file has another hash and
//! is extracted again; a changed jixiao build (its version and its executable, which holds every
//! extraction rule and the gazetteer) or another cache format empties it.
//! Records live in 256 shards by hash (a re-run after one changed report rewrites one shard),
//! each content's bytes found through `index.bin`, which also names the places (province,
//! city) of its records: a national run (`parts`) learns which provinces a file feeds, and
//! decodes only the files of the provinces it must compute again.
//! Sits between `extract` (which it calls for the files it has not seen) and `inputs` (which
//! calls `extract_files` here); without `enable` it is extraction as before.

use crate::extract::{self, ExtractError, Skipped};
use crate::model::Record;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Bumped when the layout changes: 2 = an index of every entry beside shards of encoded records.
const FORMAT: u32 = 2;
const SHARDS: usize = 256;
const INDEX: &str = "index.bin";

static DIR: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Use a cache in `dir` for this process's extractions (`jixiao run` passes `OUT/.jixiao-cache`).
pub fn enable(dir: PathBuf) {
    *DIR.lock().unwrap_or_else(|e| e.into_inner()) = Some(dir);
}

/// Whether `enable` was called (`run` without --no-cache).
pub fn enabled() -> bool {
    dir().is_some()
}

/// The folder `enable` was given.
pub fn dir() -> Option<PathBuf> {
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

/// Where one content's records are: shard `hash % SHARDS`, bytes `start..start + len` of it
/// (the records bincode-encoded), and the places (province, city) those records name, so
/// that a run can tell which provinces a file feeds without decoding it.
#[derive(Serialize, Deserialize, Clone, Debug)]
struct Entry {
    hash: u128,
    start: u64,
    len: u64,
    places: Vec<(String, String)>,
}

#[derive(Serialize, Deserialize, Default)]
struct Index {
    key: u128,
    entries: Vec<Entry>,
    /// each file of the run that wrote the index, as it was then: its content's hash is taken
    /// from here when the file is unchanged (`Seen`), without reading it
    files: Vec<(String, Seen)>,
    /// when that run began (ns since the epoch)
    began: i128,
}

/// What stands for a file's content when it has not changed: size, modification and change
/// times (a write moves both; nothing sets the change time back), inode, and the hash.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
struct Seen {
    len: u64,
    mtime: i128,
    ctime: i128,
    ino: u64,
    hash: u128,
}

impl Seen {
    fn of(m: &std::fs::Metadata, hash: u128) -> Seen {
        use std::os::unix::fs::MetadataExt;
        let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
        Seen {
            len: m.len(),
            mtime: ns(m.mtime(), m.mtime_nsec()),
            ctime: ns(m.ctime(), m.ctime_nsec()),
            ino: m.ino(),
            hash,
        }
    }
}

/// A file changed less than this before a run began may change again within the same tick of
/// its clock unseen (git's "racily clean" entries): its content is read again.
const RACY_NS: i128 = 2_000_000_000;

/// The maps of a scan, keyed by paths and hashes: xxh3 rather than SipHash (37,000 entries
/// each run of a national corpus).
type Fast = xxhash_rust::xxh3::Xxh3DefaultBuilder;

fn now_ns() -> i128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128)
}

fn shard_path(dir: &Path, i: usize) -> PathBuf {
    dir.join(format!("{i:02x}.bin"))
}

fn shard_of(hash: u128) -> usize {
    (hash as usize) % SHARDS
}

/// The distinct (province, city) pairs of some records, sorted.
pub fn places_of(records: &[Record]) -> Vec<(String, String)> {
    let mut p: Vec<(String, String)> = records.iter().map(|r| (r.id.province.clone(), r.id.city.clone())).collect();
    p.sort();
    p.dedup();
    p
}

/// The files of a run against the cache: each file's content hash and, for a content seen
/// before, where its records are and which places they name. `load` decodes one file's
/// records; `save` writes the index and the shards back with the new contents' records.
pub struct Scan {
    dir: PathBuf,
    key: u128,
    /// per file, the hash of its content (None: not a report, too large or unreadable —
    /// extraction says why)
    pub hashes: Vec<Option<u128>>,
    index: HashMap<u128, Entry, Fast>,
    /// each file as this run saw it, for the next
    files: Vec<(String, Seen)>,
    began: i128,
    restat: bool,
    /// files read and hashed (the others' hashes were the last run's)
    pub reads: usize,
}

impl Scan {
    /// Hash every file (in parallel) and read the index of the cache in `dir` (an index of
    /// another build, or none, is an empty cache).
    pub fn open(dir: &Path, files: &[PathBuf]) -> Scan {
        let key = build_key();
        let began = now_ns();
        let index: Index = std::fs::read(dir.join(INDEX))
            .ok()
            .and_then(|b| bincode::serde::decode_from_slice::<Index, _>(&b, bincode::config::standard()).ok())
            .filter(|(ix, _)| ix.key == key)
            .map(|(ix, _)| ix)
            .unwrap_or_default();
        let last: HashMap<&str, Seen, Fast> = index.files.iter().map(|(p, s)| (p.as_str(), *s)).collect();
        let read = std::sync::atomic::AtomicUsize::new(0);
        let seen: Vec<Option<Seen>> = files
            .par_iter()
            .map(|p| {
                let m = std::fs::metadata(p).ok().filter(|m| m.len() <= extract::MAX_FILE_BYTES)?;
                if !extract::is_report(p) {
                    return None;
                }
                // the hash of the last run when the file is as it was then, and was not
                // changed just before that run began
                let then = p.to_str().and_then(|s| last.get(s)).copied();
                if let Some(t) = then.filter(|t| *t == Seen::of(&m, t.hash) && t.ctime < index.began - RACY_NS) {
                    return Some(t);
                }
                read.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let bytes = std::fs::read(p).ok()?;
                // (the path too: the folders a file sits in may place its county — see
                // `regions::with_place_hint` — so a file moved is read again)
                let seed = xxhash_rust::xxh3::xxh3_64(p.as_os_str().as_encoded_bytes());
                Some(Seen::of(&m, xxhash_rust::xxh3::xxh3_128_with_seed(&bytes, seed)))
            })
            .collect();
        let hashes = seen.iter().map(|s| s.map(|s| s.hash)).collect();
        let files: Vec<(String, Seen)> =
            files.iter().zip(&seen).filter_map(|(p, s)| Some((p.to_str()?.to_string(), (*s)?))).collect();
        // the list of files is written again when a file was read, or one is gone
        let reads = read.into_inner();
        let restat = reads > 0 || files.len() != index.files.len();
        let index = index.entries.into_iter().map(|e| (e.hash, e)).collect();
        Scan { dir: dir.to_path_buf(), key, hashes, index, files, began, restat, reads }
    }

    /// A scan that knows no cache: every file is extracted (`run --no-cache`).
    pub fn without_cache(files: &[PathBuf]) -> Scan {
        Scan {
            dir: PathBuf::new(),
            key: build_key(),
            hashes: vec![None; files.len()],
            index: HashMap::default(),
            files: Vec::new(),
            began: 0,
            restat: false,
            reads: 0,
        }
    }

    /// Whether file `i`'s content is in the cache.
    pub fn cached(&self, i: usize) -> bool {
        self.hashes[i].is_some_and(|h| self.index.contains_key(&h))
    }

    /// The places named by file `i`'s cached records.
    pub fn places(&self, i: usize) -> Option<&[(String, String)]> {
        self.hashes[i].and_then(|h| self.index.get(&h)).map(|e| e.places.as_slice())
    }

    /// File `i`'s cached records, with `file` set to `name`; None when not cached or unreadable.
    pub fn load(&self, i: usize, name: &str) -> Option<Vec<Record>> {
        use std::os::unix::fs::FileExt;
        let e = self.index.get(&self.hashes[i]?)?;
        let f = std::fs::File::open(shard_path(&self.dir, shard_of(e.hash))).ok()?;
        let mut buf = vec![0; e.len as usize];
        f.read_exact_at(&mut buf, e.start).ok()?;
        let (mut recs, _): (Vec<Record>, _) =
            bincode::serde::decode_from_slice(&buf, bincode::config::standard()).ok()?;
        recs.iter_mut().for_each(|r| r.file.clone_from(&name.to_string()));
        Some(recs)
    }

    /// Write the cache back: the records of every content among `hashes` that it did not
    /// hold (`fresh`, by file), keeping what it held for contents still present and dropping
    /// the rest. Only shards that gain or lose an entry are rewritten. A cache that cannot be
    /// written only makes the next run slower. The scan then knows the entries where they are
    /// now: a rewritten shard moves the entries it keeps, and `load` after `save` must find
    /// them there (it had read another entry's bytes, or failed and extracted again).
    pub fn save(&mut self, fresh: &[(usize, &[Record])]) {
        if self.dir.as_os_str().is_empty() {
            return;
        }
        let present: std::collections::HashSet<u128> = self.hashes.iter().flatten().copied().collect();
        let mut new: HashMap<u128, &[Record]> = HashMap::new();
        for &(i, recs) in fresh {
            if let Some(h) = self.hashes[i].filter(|h| !self.index.contains_key(h)) {
                new.entry(h).or_insert(recs);
            }
        }
        let mut changed = vec![false; SHARDS];
        for h in new.keys() {
            changed[shard_of(*h)] = true;
        }
        for h in self.index.keys().filter(|h| !present.contains(h)) {
            changed[shard_of(*h)] = true;
        }
        if !changed.iter().any(|c| *c) && !self.restat || std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        // per changed shard: the kept entries' bytes copied, the new ones encoded after them
        let mut by_shard: Vec<(Vec<&Entry>, Vec<(u128, &[Record])>)> =
            (0..SHARDS).map(|_| Default::default()).collect();
        for e in self.index.values().filter(|e| present.contains(&e.hash) && changed[shard_of(e.hash)]) {
            by_shard[shard_of(e.hash)].0.push(e);
        }
        for (h, r) in &new {
            by_shard[shard_of(*h)].1.push((*h, r));
        }
        let rewritten: Vec<Option<Vec<Entry>>> = by_shard
            .into_par_iter()
            .enumerate()
            .map(|(i, (mut kept, mut added))| {
                if !changed[i] {
                    return Some(Vec::new());
                }
                kept.sort_by_key(|e| e.start);
                added.sort_by_key(|(h, _)| *h);
                let old = if kept.is_empty() { Vec::new() } else { std::fs::read(shard_path(&self.dir, i)).ok()? };
                let mut bytes = Vec::new();
                let mut entries = Vec::new();
                for e in kept {
                    let b = old.get(e.start as usize..(e.start + e.len) as usize)?;
                    entries.push(Entry { start: bytes.len() as u64, ..e.clone() });
                    bytes.extend_from_slice(b);
                }
                for (h, recs) in added {
                    let b = bincode::serde::encode_to_vec(recs, bincode::config::standard()).ok()?;
                    entries.push(Entry {
                        hash: h,
                        start: bytes.len() as u64,
                        len: b.len() as u64,
                        places: places_of(recs),
                    });
                    bytes.extend_from_slice(&b);
                }
                write_file(&shard_path(&self.dir, i), &bytes).ok()?;
                Some(entries)
            })
            .collect();
        // the index: unchanged shards' entries as they were, rewritten shards' anew; a shard
        // that failed is left out (its contents are extracted again next time)
        let mut entries: Vec<Entry> =
            self.index.values().filter(|e| !changed[shard_of(e.hash)] && present.contains(&e.hash)).cloned().collect();
        entries.extend(rewritten.into_iter().flatten().flatten());
        entries.sort_by_key(|e| e.hash);
        let index = Index { key: self.key, entries, files: self.files.clone(), began: self.began };
        if let Ok(b) = bincode::serde::encode_to_vec(&index, bincode::config::standard()) {
            drop(write_file(&self.dir.join(INDEX), &b));
        }
        self.index = index.entries.into_iter().map(|e| (e.hash, e)).collect();
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// How a run used the cache.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    pub hits: usize,
    pub misses: usize,
}

static LAST: Mutex<Stats> = Mutex::new(Stats { hits: 0, misses: 0 });

/// The hits and misses of the last `extract_files` through the cache in this process (what
/// `parts::run` read, it reports itself: `parts::Ran`).
pub fn last_stats() -> Stats {
    *LAST.lock().unwrap_or_else(|e| e.into_inner())
}

/// Record how a run used the cache (`last_stats`).
fn set_stats(s: Stats) {
    *LAST.lock().unwrap_or_else(|e| e.into_inner()) = s;
}

/// `extract::extract_files`, through the cache when one is enabled. Records come back in path
/// order, each with `file` set to its path as given; failures are never cached.
pub fn extract_files(files: &[PathBuf]) -> (Vec<Record>, Vec<Skipped>) {
    match dir() {
        Some(d) => {
            let (records, errors, stats) = extract_files_in(&d, files);
            set_stats(stats);
            (records, errors)
        }
        None => extract::extract_files(files),
    }
}

/// Records and failures of `extract_files`, with how the cache in `dir` served them.
pub type Extracted = (Vec<Record>, Vec<Skipped>, Stats);

/// A file's records extracted in this run (with the lines passed over), or why not; None
/// where the cache holds its content.
pub type Fresh = Option<Result<(Vec<Record>, Vec<ExtractError>), ExtractError>>;

/// Extract (on rayon's threads) every file of `scan` whose content the cache does not hold,
/// keep the new records in the cache, and say how it served (a file with no hash, not a report
/// the cache can hold, is no miss).
pub fn extract_missing(scan: &mut Scan, files: &[PathBuf]) -> (Vec<Fresh>, Stats) {
    let unread = (0..files.len()).filter(|&i| !scan.cached(i)).count();
    if unread > 0 {
        // the gazetteer is built on a worker while the first files are read (a re-run that
        // reads every report from the cache never needs it)
        rayon::spawn(|| {
            extract::regions::Gazetteer::global();
        });
    }
    let bar = crate::progress::Progress::bar(unread as u64, "extracting");
    let fresh: Vec<Fresh> = (0..files.len())
        .into_par_iter()
        .map(|i| {
            (!scan.cached(i)).then(|| {
                let r = extract::extract_file(&files[i]);
                bar.inc();
                r
            })
        })
        .collect();
    drop(bar);
    let mut stats = Stats::default();
    for (f, h) in fresh.iter().zip(&scan.hashes) {
        match f {
            None => stats.hits += 1,
            Some(Ok(_)) if h.is_some() => stats.misses += 1,
            _ => {}
        }
    }
    let new: Vec<(usize, &[Record])> = fresh
        .iter()
        .enumerate()
        .filter_map(|(i, f)| match f {
            Some(Ok((recs, _))) => Some((i, recs.as_slice())),
            _ => None,
        })
        .collect();
    scan.save(&new);
    (fresh, stats)
}

impl Scan {
    /// File `i`'s cached records, with `file` its path; extracted again if the cache cannot
    /// give them (a damaged shard).
    pub fn load_or_extract(&self, i: usize, path: &Path) -> Vec<Record> {
        self.load(i, &path.display().to_string())
            .or_else(|| extract::extract_file(path).ok().map(|(r, _)| r))
            .unwrap_or_default()
    }
}

/// `extract_files` with the cache in `dir`.
pub fn extract_files_in(dir: &Path, files: &[PathBuf]) -> Extracted {
    let mut scan = Scan::open(dir, files);
    // (the stats of this extraction, not the process's last: tests extract at the same time)
    let (fresh, stats) = extract_missing(&mut scan, files);
    let mut records = Vec::new();
    let mut skipped = Vec::new();
    for (i, (p, f)) in files.iter().zip(fresh).enumerate() {
        match f {
            None => records.extend(scan.load_or_extract(i, p)),
            Some(Ok((v, lines))) => {
                records.extend(v);
                skipped.extend(lines.into_iter().map(|e| Skipped::new(p, e)));
            }
            Some(Err(e)) => skipped.push(Skipped::new(p, e)),
        }
    }
    (records, skipped, stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "湘阴县禁毒委员会办公室2021年度部门整体支出绩效评价报告\n年初预算20万元，支出19.5万元。\n";

    /// A folder with one report (a.txt) and where its cache goes.
    fn one_report() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.txt");
        std::fs::write(&a, REPORT).unwrap();
        let cache = d.path().join("cache");
        (d, a, cache)
    }

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
        let files = [a];
        assert!(Scan::open(&cache, &files).cached(0));
        // an index written by another build is no cache
        let mut ix: Index =
            bincode::serde::decode_from_slice(&std::fs::read(cache.join(INDEX)).unwrap(), bincode::config::standard())
                .unwrap()
                .0;
        ix.key ^= 1;
        std::fs::write(cache.join(INDEX), bincode::serde::encode_to_vec(&ix, bincode::config::standard()).unwrap())
            .unwrap();
        assert!(!Scan::open(&cache, &files).cached(0));
    }

    #[test]
    fn a_rewritten_shard_keeps_its_other_entries() {
        // 600 contents in 256 shards: shards hold several, and a change rewrites one of them
        let d = tempfile::tempdir().unwrap();
        let files: Vec<PathBuf> = (0..600)
            .map(|i| {
                let p = d.path().join(format!("{i}.txt"));
                std::fs::write(&p, REPORT.replace("19.5", &format!("{}.5", i % 20 + 1))).unwrap();
                p
            })
            .collect();
        let cache = d.path().join("cache");
        let (first, _, _) = extract_files_in(&cache, &files);
        std::fs::write(&files[7], REPORT.replace("19.5", "18.25")).unwrap();
        let (second, _, stats) = extract_files_in(&cache, &files);
        assert_eq!(stats, Stats { hits: 599, misses: 1 });
        let (third, _, stats) = extract_files_in(&cache, &files);
        assert_eq!(stats, Stats { hits: 600, misses: 0 });
        assert_eq!(second, third);
        let changed: Vec<usize> = (0..first.len()).filter(|&i| first[i] != third[i]).collect();
        assert_eq!(changed, [7]);
    }

    /// The cache's index as if its run had begun `secs` later.
    fn shift_began(cache: &Path, secs: i128) {
        let cfg = bincode::config::standard();
        let mut ix: Index =
            bincode::serde::decode_from_slice(&std::fs::read(cache.join(INDEX)).unwrap(), cfg).unwrap().0;
        ix.began += secs * 1_000_000_000;
        std::fs::write(cache.join(INDEX), bincode::serde::encode_to_vec(&ix, cfg).unwrap()).unwrap();
    }

    #[test]
    fn an_unchanged_file_is_not_read_again() {
        let (_d, a, cache) = one_report();
        let files = [a];
        extract_files_in(&cache, &files);
        shift_began(&cache, 10);
        let scan = Scan::open(&cache, &files);
        assert_eq!((scan.reads, scan.cached(0)), (0, true));
    }

    #[test]
    fn a_file_changed_just_before_the_last_run_is_read_again() {
        let (_d, a, cache) = one_report();
        let files = [a];
        extract_files_in(&cache, &files);
        // written within two seconds of the run's start: its clock may not have ticked since
        assert_eq!(Scan::open(&cache, &files).reads, 1);
    }

    #[test]
    fn a_file_rewritten_to_the_same_size_is_read_again() {
        let (_d, a, cache) = one_report();
        let files = [a.clone()];
        extract_files_in(&cache, &files);
        shift_began(&cache, 10);
        let t = std::fs::metadata(&a).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&a, REPORT.replace("19.5", "18.5")).unwrap();
        // even with the modification time put back, the change time moved
        std::fs::File::options().write(true).open(&a).unwrap().set_modified(t).unwrap();
        let scan = Scan::open(&cache, &files);
        assert_eq!((scan.reads, scan.cached(0)), (1, false));
    }

    #[test]
    fn the_index_names_each_contents_places() {
        let (_d, a, cache) = one_report();
        let files = [a];
        let (recs, _, _) = extract_files_in(&cache, &files);
        let scan = Scan::open(&cache, &files);
        assert_eq!(scan.places(0).unwrap(), places_of(&recs).as_slice());
        assert_eq!(scan.places(0).unwrap(), [("湖南省".to_string(), "岳阳市".to_string())]);
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
