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
}

pub fn exec(a: Args) -> anyhow::Result<bool> {
    anyhow::ensure!(a.data.is_dir(), "{}: no such folder (give the reports' folder with --data)", a.data.display());
    let opts = jixiao::pipeline::Options {
        inputs: vec![a.data.clone()],
        rules: super::scoring_rules(&a.data)?,
        filter: a.filter.into(),
    };
    let outputs = jixiao::pipeline::run(&opts)?;
    if outputs.records.is_empty() && !jixiao::render::publish::previous_manifest(&a.out).is_empty() {
        super::report_errors(&outputs.skipped);
        eprintln!(
            "jixiao: no report read from {}; {} keeps the previous run's outputs",
            a.data.display(),
            a.out.display()
        );
        return Ok(false);
    }
    let written = jixiao::render::RunOutputs { out: a.out.clone() }.write(&outputs).context("writing outputs")?;
    eprintln!(
        "jixiao: {} records, {} figures, {} findings from {} → {} files in {}",
        outputs.records.len(),
        outputs.records.iter().map(|r| r.facts.len()).sum::<usize>(),
        outputs.findings.len(),
        a.data.display(),
        written.len(),
        a.out.display()
    );
    Ok(super::report_errors(&outputs.skipped))
}
