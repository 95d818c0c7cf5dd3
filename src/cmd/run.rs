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
    let (mut records, mut errors) = jixiao::inputs::load(&[a.data.clone()]);
    let corrections = a.data.join("corrections.csv");
    if corrections.is_file() {
        match jixiao::inputs::load_corrections(&corrections) {
            Ok(rows) => {
                for c in jixiao::inputs::apply_corrections(&mut records, &rows) {
                    errors.push((
                        corrections.clone(),
                        jixiao::extract::ExtractError::Csv { line: c.line, msg: format!("no record of {} {} to correct", c.unit, c.year) },
                    ));
                }
            }
            Err(e) => errors.push((corrections.clone(), e)),
        }
    }
    let findings = jixiao::check::check(&records);
    let rules_path = a.data.join("scoring.toml");
    let rules = if rules_path.is_file() {
        let text = std::fs::read_to_string(&rules_path).with_context(|| format!("{}: cannot read", rules_path.display()))?;
        jixiao::compute::scoring::Rules::parse(&text).with_context(|| format!("{}: not valid scoring rules", rules_path.display()))?
    } else {
        Default::default()
    };
    let indicators = jixiao::compute::indicators(&records, &rules).context("computing indicators")?;
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
