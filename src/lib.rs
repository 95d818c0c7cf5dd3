//! jixiao (绩效): compare county drug-control offices' budget-performance reports.
//!
//! The pipeline is a chain of stages with a typed hand-off between each:
//!
//! ```text
//! extract  (files → Vec<Record>: identity + Facts with file, line, sentence)
//!   → check   (Vec<Record> → Vec<Finding>)
//!   → compute (Vec<Record> → polars DataFrames of indicators)
//!   → render  (facts, findings, frames → CSV, PNG)
//! ```
//!
//! The binary (`src/main.rs`, `src/cmd/`) only turns arguments into options and calls these.
//! The stages that need polars and plotters (compute, render) are behind the default feature
//! `analysis`; without it the library extracts only (`cargo build --lib --no-default-features`).

pub mod cache;
pub mod check;
#[cfg(feature = "analysis")]
pub mod compute;
pub mod extract;
pub mod inputs;
pub mod model;
#[cfg(feature = "analysis")]
pub mod pipeline;
pub mod progress;
#[cfg(feature = "analysis")]
pub mod render;
pub mod synth;
