//! The `jixiao` command: argument parsing and exit codes only; the work is in the library.

mod cmd;

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
    /// Write a synthetic corpus (reports, gold JSON, truth.csv) for demos and benchmarks
    Synth(cmd::synth::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::exec(a),
        Command::Check(a) => cmd::check::exec(a),
        Command::Run(a) => cmd::run::exec(a),
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
