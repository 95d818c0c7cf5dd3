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
//! `pipeline` runs the chain; `parts` runs it province by province for a national corpus and
//! again only for the provinces whose reports changed (`cache` keeps records and parts).
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
pub mod parts;
#[cfg(feature = "analysis")]
pub mod pipeline;
pub mod progress;
#[cfg(feature = "analysis")]
pub mod render;
pub mod synth;

/// Transparent huge pages off for this process (the binary's first step, and the extraction
/// bench's, so it measures what a run does). mimalloc asks for them, and each first touch of
/// a 2 MB page then zeroes all of it in the fault: on a national corpus that was a quarter of
/// `jixiao extract`'s system time and a tenth of its wall time, for memory the run mostly fills
/// with small strings anyway. If the kernel refuses, the run goes on with huge pages.
pub fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(PR_SET_THP_DISABLE) takes plain integers and touches no memory of ours
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
