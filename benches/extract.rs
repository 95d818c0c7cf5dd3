//! Extraction throughput (MB/s) on 2 cores: the five seed reports replicated into a corpus
//! of ~`JIXIAO_BENCH_MB` MB (default 40) of report text, extracted in parallel with rayon as
//! `jixiao run` does. Run: `cargo bench --bench extract`. The target (issue 3) is ≥ 100 MB/s.

use rayon::prelude::*;
use std::time::Instant;

// the allocator of the jixiao binary (src/main.rs), so the bench measures what a run does
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // the binary's process setting too (src/main.rs)
    jixiao::no_huge_pages();
    // JIXIAO_BENCH_DIR: the UTF-8 .txt and .md reports under another folder instead of the seeds
    // (e.g. a sample of the national synthetic corpus, for a profile of its kinds of text)
    let mut seeds: Vec<String> = match std::env::var_os("JIXIAO_BENCH_DIR") {
        Some(dir) => walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "txt" || x == "md"))
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect(),
        None => {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/reports");
            std::fs::read_dir(&dir)
                .unwrap()
                .filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
                .map(|e| std::fs::read_to_string(e.path()).unwrap())
                .collect::<Vec<_>>()
        }
    };
    if std::env::var_os("JIXIAO_BENCH_DIR").is_none() {
        seeds.sort();
    }
    let mb: usize = std::env::var("JIXIAO_BENCH_MB").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    let mut docs = Vec::new();
    let mut bytes = 0usize;
    let mut i = 0usize;
    while bytes < mb << 20 {
        let d = seeds[i % seeds.len()].clone();
        bytes += d.len();
        docs.push(d);
        i += 1;
    }
    // warm up (gazetteer, regexes) on the rayon workers, as in a real run: a regex's cache
    // pool serves the thread that first used it fastest, and the main thread does no work
    docs[..docs.len().min(64)].par_iter().for_each(|d| drop(jixiao::extract::extract_text("w.txt", d)));
    let mut best = f64::MAX;
    let mut facts = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let recs: Vec<_> = docs
            .par_iter()
            .enumerate()
            .flat_map_iter(|(k, d)| jixiao::extract::extract_text(&format!("{k}.txt"), d))
            .collect();
        best = best.min(t.elapsed().as_secs_f64());
        facts = recs.iter().map(|r| r.facts.len()).sum();
    }
    let mbs = bytes as f64 / (1 << 20) as f64 / best;
    println!(
        "extract: {} docs, {:.1} MB, {} facts, best of 3 {:.2} s, {:.1} MB/s on {} threads",
        docs.len(),
        bytes as f64 / (1 << 20) as f64,
        facts,
        best,
        mbs,
        rayon::current_num_threads()
    );
}
