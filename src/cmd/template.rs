//! `jixiao template -o 填报模板.xlsx`: a fill-in workbook for counties (a row per unit-year, a
//! column per field, Chinese headers, data validation on the numbers).

use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The workbook to write
    #[arg(short, long, default_value = "填报模板.xlsx")]
    output: PathBuf,
    /// How many rows to prepare for filling
    #[arg(long, default_value_t = 200)]
    rows: u32,
}

pub fn exec(a: Args) -> anyhow::Result<bool> {
    let bytes = jixiao::render::template::workbook(a.rows).context("building the template")?;
    jixiao::render::write_atomic(&a.output, &bytes).with_context(|| format!("{}: cannot write", a.output.display()))?;
    eprintln!("jixiao: fill-in template → {}", a.output.display());
    Ok(true)
}
