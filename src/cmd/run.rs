//! `jixiao run [--data DIR] [--out DIR]`: extract → check → compute → render.

use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Folder of reports and structured CSV data
    #[arg(long, default_value = "data")]
    data: PathBuf,
    /// Folder the outputs are written to
    #[arg(long, default_value = "outputs")]
    out: PathBuf,
}

pub fn exec(a: Args) -> anyhow::Result<bool> {
    anyhow::ensure!(a.data.is_dir(), "{}: no such folder (give the reports' folder with --data)", a.data.display());
    let opts = jixiao::render::RunOutputs { out: a.out.clone() };
    let (records, errors) = jixiao::inputs::load(&[a.data.clone()]);
    let findings = jixiao::check::check(&records);
    let indicators = jixiao::compute::indicators(&records).context("computing indicators")?;
    let written = opts.write(&records, &findings, &indicators)?;
    eprintln!(
        "jixiao: {} records, {} figures, {} findings from {} → {} files in {}",
        records.len(),
        records.iter().map(|r| r.facts.len()).sum::<usize>(),
        findings.len(),
        a.data.display(),
        written.len(),
        a.out.display()
    );
    Ok(super::report_errors(&errors))
}
