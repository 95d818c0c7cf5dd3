//! `jixiao run [--data DIR] [--out DIR] [--city C] [--county X] [--year Y]`: the whole job.

use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Folder of reports and structured CSV data
    #[arg(long, default_value = "data")]
    data: PathBuf,
    /// Folder the outputs are written to (replaced only by a complete run)
    #[arg(long, default_value = "outputs")]
    out: PathBuf,
    #[command(flatten)]
    filter: super::FilterArgs,
    /// Print each stage's wall time to stderr (also when JIXIAO_TIMINGS is set)
    #[arg(long)]
    timings: bool,
    /// Extract every report again instead of reusing OUT/.jixiao-cache
    #[arg(long)]
    no_cache: bool,
}

pub fn exec(a: Args) -> anyhow::Result<bool> {
    anyhow::ensure!(a.data.is_dir(), "{}: no such folder (give the reports' folder with --data)", a.data.display());
    // On two cores polars' own thread pool fights rayon's and itself: the window functions of
    // compare took 2.5 s with two polars threads and 1.4 s with one (national corpus). Set before
    // polars starts its pool; a POLARS_MAX_THREADS the user gave wins.
    if std::env::var_os("POLARS_MAX_THREADS").is_none()
        && std::thread::available_parallelism().is_ok_and(|n| n.get() <= 2)
    {
        std::env::set_var("POLARS_MAX_THREADS", "1");
    }
    if !a.no_cache {
        // beside the outputs: a re-run extracts only the reports that changed
        jixiao::cache::enable(a.out.join(".jixiao-cache"));
    }
    let opts = jixiao::pipeline::Options {
        inputs: vec![a.data.clone()],
        rules: super::scoring_rules(&a.data)?,
        filter: a.filter.into(),
    };
    let mut laps = jixiao::progress::Laps::default();
    // reports naming more than render::MAX_CITIES cities: a national run, province by province
    // (JIXIAO_WHOLE=1: the whole chain at once, as for fewer cities — for tests that compare)
    let read = if opts.filter.is_empty() && std::env::var_os("JIXIAO_WHOLE").is_none() {
        let p = jixiao::parts::Options {
            data: a.data.clone(),
            out: a.out.clone(),
            rules: opts.rules.clone(),
            cache: !a.no_cache,
        };
        match jixiao::parts::run(&p)? {
            jixiao::parts::Ran::National(r) => return Ok(national(&a.data, &a.out, a.timings, r)),
            jixiao::parts::Ran::Ordinary(records, skipped, stats) => Some((records, skipped, stats)),
            jixiao::parts::Ran::NotEligible => None,
        }
    } else {
        None
    };
    // outputs go to a staging folder; the facts are written there while the indicators are computed
    let started = jixiao::render::RunOutputs { out: a.out.clone() }.begin()?;
    let beside = |records: &[jixiao::model::Record]| started.write_facts(records);
    // (how the cache served: as read above, else as the chain's own reading recorded it)
    let (outputs, facts, cache) = match read {
        Some((records, skipped, stats)) => {
            laps.lap("extract");
            let (o, f) = jixiao::pipeline::chain(records, skipped, &opts.rules, laps, beside)?;
            (o, f, stats)
        }
        None => {
            let (o, f) = jixiao::pipeline::run_beside(&opts, beside)?;
            (o, f, jixiao::cache::last_stats())
        }
    };
    if outputs.records.is_empty() && !jixiao::render::publish::previous_manifest(&a.out).is_empty() {
        super::report_errors(&outputs.skipped);
        eprintln!(
            "jixiao: no report read from {}; {} keeps the previous run's outputs",
            a.data.display(),
            a.out.display()
        );
        return Ok(false);
    }
    let mut laps = jixiao::progress::Laps::default();
    let spinner = jixiao::progress::Progress::spinner("writing outputs");
    let written = started.finish(&outputs, facts).context("writing outputs")?;
    drop(spinner);
    if a.timings || std::env::var_os("JIXIAO_TIMINGS").is_some() {
        laps.lap("render");
        for stage in outputs.timings.iter().chain(&written.timings).chain(&laps.stages) {
            eprintln!("jixiao: stage {stage}");
        }
    }
    eprintln!(
        "jixiao: {} records, {} figures, {} findings from {} → {} files in {}",
        outputs.records.len(),
        outputs.records.iter().map(|r| r.facts.len()).sum::<usize>(),
        outputs.findings.len(),
        a.data.display(),
        written.paths.len(),
        a.out.display()
    );
    if written.charts_reused > 0 {
        eprintln!("jixiao: {} unchanged charts taken from the previous run", written.charts_reused);
    }
    cache_line(&a.out, cache);
    Ok(super::report_errors(&outputs.skipped))
}

/// What a national run (`jixiao::parts`) did, on stderr.
fn national(data: &std::path::Path, out: &std::path::Path, timings: bool, r: jixiao::parts::Report) -> bool {
    if timings || std::env::var_os("JIXIAO_TIMINGS").is_some() {
        for stage in &r.timings {
            eprintln!("jixiao: stage {stage}");
        }
    }
    eprintln!(
        "jixiao: {} records, {} figures, {} findings from {} → {} files in {}",
        r.records,
        r.facts,
        r.findings,
        data.display(),
        r.written,
        out.display()
    );
    eprintln!(
        "jixiao: {} provinces, {} computed and {} taken from the previous run",
        r.provinces,
        r.provinces - r.provinces_reused,
        r.provinces_reused
    );
    cache_line(out, r.cache);
    super::report_errors(&r.skipped)
}

fn cache_line(out: &std::path::Path, c: jixiao::cache::Stats) {
    if c.hits > 0 {
        eprintln!(
            "jixiao: {} reports read from the cache ({}), {} extracted",
            c.hits,
            out.join(".jixiao-cache").display(),
            c.misses
        );
    }
}
