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

/// The process's CPU time so far, all threads (user + system).
pub fn cpu_time() -> Duration {
    rusage_cpu(libc::RUSAGE_SELF)
}

/// The calling thread's CPU time so far (the process's where a thread's is not known).
pub fn thread_cpu_time() -> Duration {
    #[cfg(target_os = "linux")]
    return rusage_cpu(libc::RUSAGE_THREAD);
    #[cfg(not(target_os = "linux"))]
    return cpu_time();
}

fn rusage_cpu(who: libc::c_int) -> Duration {
    let mut u = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given; `who` is RUSAGE_SELF or RUSAGE_THREAD
    if unsafe { libc::getrusage(who, u.as_mut_ptr()) } != 0 {
        return Duration::ZERO;
    }
    // SAFETY: initialised by the successful call above (and zeroed before it)
    let u = unsafe { u.assume_init() };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(u.ru_utime) + tv(u.ru_stime)
}

/// One stage of a run: its name, wall time, CPU time (all threads: CPU ÷ wall is how many
/// cores it kept busy) and the process's peak memory (MB) when it ended.
#[derive(Debug, Clone, Copy)]
pub struct Stage {
    pub name: &'static str,
    pub wall: Duration,
    pub cpu: Duration,
    pub peak_mb: Option<u64>,
}

impl std::fmt::Display for Stage {
    /// `extract           3.606 s  peak 360 MB  cpu 6.9 s (1.9 cores)`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (wall, cpu) = (self.wall.as_secs_f64(), self.cpu.as_secs_f64());
        write!(f, "{:<14} {wall:>8.3} s", self.name)?;
        if let Some(m) = self.peak_mb {
            write!(f, "  peak {m} MB")?;
        }
        write!(f, "  cpu {cpu:.2} s")?;
        if wall > 0.0 {
            write!(f, " ({:.1} cores)", cpu / wall)?;
        }
        Ok(())
    }
}

/// The stages of a run, in order.
pub type Timings = Vec<Stage>;

/// A stopwatch of stages: `lap` ends one and starts the next.
pub struct Laps {
    pub stages: Timings,
    wall: Instant,
    cpu: Duration,
    /// the process's CPU time, or the calling thread's (`on_this_thread`)
    clock: fn() -> Duration,
}

impl Default for Laps {
    fn default() -> Self {
        Laps { stages: Vec::new(), wall: Instant::now(), cpu: cpu_time(), clock: cpu_time }
    }
}

impl Laps {
    /// Laps of work done on the calling thread only (beside other stages): its CPU time is
    /// the thread's.
    pub fn on_this_thread() -> Laps {
        Laps { stages: Vec::new(), wall: Instant::now(), cpu: thread_cpu_time(), clock: thread_cpu_time }
    }

    pub fn lap(&mut self, name: &'static str) {
        let (wall, cpu) = (Instant::now(), (self.clock)());
        self.stages.push(Stage { name, wall: wall - self.wall, cpu: cpu.saturating_sub(self.cpu), peak_mb: peak_mb() });
        (self.wall, self.cpu) = (wall, cpu);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// bench/run.sh reads the stage's name, seconds and peak MB by position (fields 3, 4, 7)
    #[test]
    fn a_stage_prints_name_wall_peak_and_cores() {
        let s = Stage {
            name: "compare",
            wall: Duration::from_millis(1500),
            cpu: Duration::from_millis(2700),
            peak_mb: Some(640),
        };
        let line = format!("jixiao: stage {s}");
        let f: Vec<&str> = line.split_whitespace().collect();
        assert_eq!((f[2], f[3], f[6]), ("compare", "1.500", "640"), "{line}");
        assert!(line.ends_with("cpu 2.70 s (1.8 cores)"), "{line}");
    }

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
