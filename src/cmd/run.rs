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
    let (records, errors) = jixiao::inputs::load_corrected(std::slice::from_ref(&a.data));
    let mut findings = jixiao::check::check(&records);
    let rules_path = a.data.join("scoring.toml");
    let rules = if rules_path.is_file() {
        let text =
            std::fs::read_to_string(&rules_path).with_context(|| format!("{}: cannot read", rules_path.display()))?;
        jixiao::compute::scoring::Rules::parse(&text)
            .with_context(|| format!("{}: not valid scoring rules", rules_path.display()))?
    } else {
        Default::default()
    };
    let indicators = jixiao::compute::indicators(&records, &rules).context("computing indicators")?;
    let long = jixiao::compute::compare::long(&indicators).context("comparing units and years")?;
    findings.extend(jixiao::compute::outliers::findings(&long, &records).context("finding outliers")?);
    let written = opts.write(&records, &findings, &indicators, &long)?;
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
