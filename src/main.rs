//! The `jixiao` command: argument parsing and exit codes only; the work is in the library.

mod cmd;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "jixiao",
    version,
    about = "禁毒绩效报告比对 — compare drug-control offices' budget-performance reports"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read reports and write every figure found, one row per figure (CSV)
    Extract(cmd::extract::Args),
    /// Read reports and write the findings of the consistency checks (CSV)
    Check(cmd::check::Args),
    /// The whole job: read data/, write facts, findings, indicators and charts to outputs/
    Run(cmd::run::Args),
    /// The briefing of one city-year: briefing.md, report.html, briefing.docx and charts
    Brief(cmd::brief::Args),
    /// Write a fill-in workbook (填报模板.xlsx) for counties: a row per unit-year, a column per field
    Template(cmd::template::Args),
    /// Write a synthetic corpus (reports, gold JSON, truth.csv) for demos and benchmarks
    Synth(cmd::synth::Args),
}

fn main() -> ExitCode {
    jixiao::no_huge_pages();
    // a third-party reader's caught panic on a damaged file is named as the file's error only
    jixiao::extract::quiet_panic_hook();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::exec(a),
        Command::Check(a) => cmd::check::exec(a),
        Command::Run(a) => cmd::run::exec(a),
        Command::Brief(a) => cmd::brief::exec(a),
        Command::Template(a) => cmd::template::exec(a),
        Command::Synth(a) => cmd::synth::exec(a),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        // some inputs failed; they were reported as `path: reason`
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("jixiao: {e:#}");
            ExitCode::from(2)
        }
    }
}
