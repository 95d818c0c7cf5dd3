//! `jixiao brief --city C [--year Y] [--county X] [--data DIR] [--out DIR]`: the briefing of one
//! city-year (briefing.md, report.html, briefing.docx and the charts they show). Every year
//! of the city is read so the briefing can compare with the years before.

use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The city (岳阳市 or 岳阳)
    #[arg(long)]
    city: String,
    /// The fiscal year the briefing is about (default: the latest year the city reported)
    #[arg(long)]
    year: Option<i32>,
    /// Only this county-level division (or units whose name contains it)
    #[arg(long)]
    county: Option<String>,
    /// Folder of reports and structured CSV data
    #[arg(long, default_value = "data")]
    data: PathBuf,
    /// Folder the briefing is written to
    #[arg(long, default_value = "outputs")]
    out: PathBuf,
}

pub fn exec(a: Args) -> anyhow::Result<bool> {
    anyhow::ensure!(a.data.is_dir(), "{}: no such folder (give the reports' folder with --data)", a.data.display());
    let opts = jixiao::pipeline::Options {
        inputs: vec![a.data.clone()],
        rules: super::scoring_rules(&a.data)?,
        // the year is not filtered here: YoY and trends need the years before it
        filter: jixiao::pipeline::Filter { city: Some(a.city.clone()), county: a.county, year: None },
    };
    let outputs = jixiao::pipeline::run(&opts)?;
    anyhow::ensure!(!outputs.records.is_empty(), "no report of {} found in {}", a.city, a.data.display());
    let ctx = jixiao::render::Ctx::new(&outputs).context("building the comparison tables")?;
    if let Some(y) = a.year {
        anyhow::ensure!(ctx.tables.iter().any(|t| t.year == y), "{} reported nothing comparable for {y}", a.city);
    }
    let written = jixiao::render::write_briefing(&a.out, &ctx, a.year, None, jixiao::render::Put::Atomic)
        .context("writing the briefing")?;
    eprintln!("jixiao: briefing of {} → {} files in {}", a.city, written.len(), a.out.display());
    Ok(super::report_errors(&outputs.skipped))
}
