//! `jixiao check PATH... [-o FILE]`: the findings table.

use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Report files or folders (searched recursively for .txt, .md and .csv)
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output CSV (default: standard output)
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn exec(a: Args) -> anyhow::Result<bool> {
    let (records, errors) = jixiao::inputs::load(&a.paths);
    let findings = jixiao::check::check(&records);
    super::emit(a.output.as_ref(), &jixiao::render::tables::findings_csv(&findings))?;
    Ok(super::report_errors(&errors))
}
