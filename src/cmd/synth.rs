//! `jixiao synth [--counties N | --province P | --city C] --years 2015-2024 --out DIR --seed S`:
//! a synthetic corpus with its ground truth (never into data/).

use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// N county-level divisions spread over the whole country (default: all of them)
    #[arg(long, conflicts_with_all = ["province", "city"])]
    counties: Option<usize>,
    /// One province's divisions (湖南省 or 湖南)
    #[arg(long, conflicts_with = "city")]
    province: Option<String>,
    /// One city's divisions (岳阳市 or 岳阳)
    #[arg(long)]
    city: Option<String>,
    /// Fiscal years, e.g. 2015-2024
    #[arg(long, default_value = "2015-2024")]
    years: String,
    /// Folder the corpus is written to (reports, gold/, truth.csv)
    #[arg(long)]
    out: PathBuf,
    /// The same seed gives the same corpus, byte for byte
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

pub fn exec(a: Args) -> anyhow::Result<bool> {
    use jixiao::synth::{Options, Scope};
    let years = jixiao::synth::parse_years(&a.years)
        .with_context(|| format!("--years {}: give a year or a range such as 2015-2024", a.years))?;
    let scope = match (a.counties, a.province, a.city) {
        (Some(n), _, _) => Scope::Counties(n),
        (_, Some(p), _) => Scope::Province(p),
        (_, _, Some(c)) => Scope::City(c),
        _ => Scope::Nation,
    };
    // one city is a demo: more planted inconsistencies, so a few show in a handful of units
    let planted = if matches!(scope, Scope::City(_)) { 0.08 } else { 0.04 };
    let opts = Options { scope, years, seed: a.seed, planted, ..Default::default() };
    // the project's data/ (the folder holding regions.csv) never gets synthetic reports
    let cwd = std::env::current_dir().context("the current folder")?;
    let out = cwd.join(&a.out);
    anyhow::ensure!(
        !out.ancestors().any(|d| d.join("regions.csv").is_file()),
        "{}: synthetic reports never go into data/ (choose another --out)",
        a.out.display()
    );
    let s = jixiao::synth::generate(&opts, &a.out).context("writing the synthetic corpus")?;
    eprintln!(
        "jixiao synth: {} units, {} files ({:.1} MB), {} records, {} figures, {} planted inconsistencies → {}",
        s.units,
        s.files,
        s.bytes as f64 / 1e6,
        s.records,
        s.figures,
        s.planted,
        a.out.display()
    );
    for (style, n) in &s.styles {
        eprintln!("  {style}: {n}");
    }
    Ok(true)
}
