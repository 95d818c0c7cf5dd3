//! One file per subcommand: arguments → options → a library stage.

pub mod check;
pub mod extract;
pub mod run;

use jixiao::extract::Skipped;
use std::path::PathBuf;

/// The inputs and output of a table-writing subcommand.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Report files or folders (searched recursively: .txt, .md, .docx, .xlsx, .pdf and .csv)
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output CSV (default: standard output)
    #[arg(short, long)]
    pub output: Option<PathBuf>,
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
    use anyhow::Context;
    use std::io::Write;
    match out {
        Some(p) if p.as_os_str() != "-" => {
            jixiao::render::write_atomic(p, bytes).with_context(|| format!("{}: cannot write", p.display()))
        }
        _ => {
            let mut o = std::io::stdout().lock();
            o.write_all(bytes).context("stdout")?;
            Ok(())
        }
    }
}
