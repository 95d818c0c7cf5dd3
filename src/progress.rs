//! Progress on stderr for the long stages of a national run: a bar (extraction, per file) or a
//! spinner (writing outputs) that appears only once the stage has taken a second, and never
//! when stderr is not a terminal (a pipe, a log file, CI).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const AFTER: Duration = Duration::from_secs(1);

/// A bar or spinner, hidden until the stage has taken a second.
pub struct Progress {
    pb: ProgressBar,
    start: Instant,
    shown: Arc<AtomicBool>,
    done: Arc<AtomicBool>,
}

fn wanted() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("JIXIAO_NO_PROGRESS").is_none()
}

impl Progress {
    /// A bar over `len` items.
    pub fn bar(len: u64, what: &'static str) -> Progress {
        let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
        pb.set_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {per_sec} eta {eta}")
                .expect("a valid template")
                .progress_chars("=> "),
        );
        pb.set_message(what);
        Progress::new(pb)
    }

    /// A spinner for a stage without a count; shows itself after a second.
    pub fn spinner(what: &'static str) -> Progress {
        let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        pb.set_style(ProgressStyle::with_template("{spinner} {msg} {elapsed}").expect("a valid template"));
        pb.set_message(what);
        let p = Progress::new(pb);
        if wanted() {
            let (pb, shown, done) = (p.pb.clone(), p.shown.clone(), p.done.clone());
            std::thread::spawn(move || {
                std::thread::sleep(AFTER);
                if !done.load(Ordering::Acquire) && !shown.swap(true, Ordering::AcqRel) {
                    pb.set_draw_target(ProgressDrawTarget::stderr());
                    pb.enable_steady_tick(Duration::from_millis(120));
                }
            });
        }
        p
    }

    fn new(pb: ProgressBar) -> Progress {
        Progress {
            pb,
            start: Instant::now(),
            shown: Arc::new(AtomicBool::new(false)),
            done: Arc::new(AtomicBool::new(false)),
        }
    }

    /// One more item done (callable from rayon workers).
    pub fn inc(&self) {
        self.pb.inc(1);
        if !self.shown.load(Ordering::Relaxed)
            && self.start.elapsed() >= AFTER
            && wanted()
            && !self.shown.swap(true, Ordering::AcqRel)
        {
            self.pb.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Whether the bar is on screen.
    pub fn is_shown(&self) -> bool {
        self.shown.load(Ordering::Acquire)
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Release);
        self.pb.finish_and_clear();
    }
}

/// The most resident memory this process has used so far (VmHWM), in MB, where the system
/// says (Linux); for `run --timings`' peak per stage.
pub fn peak_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: u64 =
        status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?.trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb / 1024)
}

/// Each stage's name, wall time and the process's peak memory (MB) when it ended.
pub type Timings = Vec<(&'static str, Duration, Option<u64>)>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_stage_never_shows() {
        let p = Progress::bar(3, "test");
        p.inc();
        p.inc();
        assert!(!p.is_shown());
    }

    #[test]
    fn nothing_shows_without_a_terminal() {
        // cargo test captures stderr: not a terminal
        let p = Progress::bar(10, "test");
        std::thread::sleep(AFTER + Duration::from_millis(50));
        p.inc();
        assert!(!p.is_shown());
    }
}
