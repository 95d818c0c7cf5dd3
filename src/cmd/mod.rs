//! One file per subcommand: arguments → options → a library stage.

pub mod brief;
pub mod check;
pub mod extract;
pub mod run;
pub mod synth;
pub mod template;

use jixiao::extract::Skipped;
use std::path::PathBuf;

/// The inputs and output of a table-writing subcommand.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Report files or folders (searched recursively: .txt, .md, .html, .docx, .doc, .wps, .xlsx,
    /// .xls, .pdf and .csv)
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output CSV (default: standard output)
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// `--city`, `--county`, `--year`: which records a command keeps.
#[derive(clap::Args, Default)]
pub struct FilterArgs {
    /// Keep only this city's units (岳阳市 or 岳阳)
    #[arg(long)]
    pub city: Option<String>,
    /// Keep only this county-level division (or units whose name contains it)
    #[arg(long)]
    pub county: Option<String>,
    /// Keep only this fiscal year
    #[arg(long)]
    pub year: Option<i32>,
}

impl From<FilterArgs> for jixiao::pipeline::Filter {
    fn from(a: FilterArgs) -> Self {
        jixiao::pipeline::Filter { city: a.city, county: a.county, year: a.year }
    }
}

/// The scoring rules of `DIR/scoring.toml`, or the defaults when there is none.
pub fn scoring_rules(data: &std::path::Path) -> anyhow::Result<jixiao::compute::scoring::Rules> {
    use anyhow::Context;
    let path = data.join("scoring.toml");
    if !path.is_file() {
        return Ok(Default::default());
    }
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
    jixiao::compute::scoring::Rules::parse(&text)
        .with_context(|| format!("{}: not valid scoring rules", path.display()))
}

/// Report each input passed over as `path: reason`, then one line saying how many and why;
/// true when there were none.
pub fn report_errors(skipped: &[Skipped]) -> bool {
    for s in skipped {
        eprintln!("{s}");
    }
    if !skipped.is_empty() {
        eprintln!("jixiao: {}", jixiao::extract::summary(skipped));
    }
    skipped.is_empty()
}

/// Write to a file (atomically) or, for None or "-", to stdout.
pub fn emit(out: Option<&PathBuf>, bytes: &[u8]) -> anyhow::Result<()> {
    emit_with(out, |w| w.write_all(bytes))
}

/// `emit` for output produced by `fill`, streamed (a national facts table is hundreds of MB).
pub fn emit_with(
    out: Option<&PathBuf>,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    use anyhow::Context;
    use std::io::Write;
    match out {
        Some(p) if p.as_os_str() != "-" => {
            jixiao::render::write_atomic_with(p, fill).with_context(|| format!("{}: cannot write", p.display()))
        }
        _ => {
            let mut o = std::io::BufWriter::new(std::io::stdout().lock());
            fill(&mut o).and_then(|_| o.flush()).context("stdout")?;
            Ok(())
        }
    }
}
