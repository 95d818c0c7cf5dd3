//! Stage 4: facts, findings and indicator frames → files a supervisor opens. Owns atomic
//! writing (temp file + rename, so a crash never leaves half a table), the sanitising of
//! report text on its way into cells, and the output set of `jixiao run`.

pub mod briefing;
pub mod canvas;
pub mod chart;
pub mod charts;
pub mod deflate;
pub mod glyphs;
pub mod grid;
pub mod parts;
pub mod previous;
pub mod publish;
pub mod tables;
pub mod tables_out;
pub mod template;
pub mod xlsx;

use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Write `bytes` to `path` atomically: a temp file in the same folder, then a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// `write_atomic` for output produced by `fill`, streamed through a buffer.
/// A path that is no regular file (a device such as /dev/null or /dev/stdout, a named pipe) is
/// written in place: renaming a file over it would replace the device itself.
pub fn write_atomic_with(path: &Path, fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> std::io::Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, std::fs::OpenOptions::new().write(true).open(path)?);
        fill(&mut w)?;
        return w.flush();
    }
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = new_output_file(dir, path)?;
    let mut buf = std::io::BufWriter::with_capacity(1 << 20, tmp);
    fill(&mut buf)?;
    let tmp = buf.into_inner().map_err(|e| e.into_error())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A temporary file in `dir` to be renamed to `target`, with the permissions a file created
/// in place would have: the target's own when it exists (a re-run keeps what the user set),
/// else read-write for everyone the umask allows (0644 under the usual 022). A temporary file
/// is made 0600, and the rename kept that: outputs, national facts and rankings and a template
/// written with `-o` were readable by their owner alone.
pub fn new_output_file(dir: &Path, target: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let tmp = tempfile::NamedTempFile::new_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = match std::fs::metadata(target) {
            Ok(m) if m.is_file() => m.permissions().mode() & 0o7777,
            _ => 0o666 & !umask(),
        };
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = target;
    Ok(tmp)
}

/// The process's file-creation mask, read once (Linux: /proc/self/status; elsewhere the usual
/// 022). Reading it with umask(2) would set it for a moment under the other threads' feet.
#[cfg(unix)]
fn umask() -> u32 {
    static MASK: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *MASK.get_or_init(|| {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines().find_map(|l| l.strip_prefix("Umask:")).and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
            })
            .unwrap_or(0o022)
    })
}

/// How an output file is written: `Atomic` (a temporary file synced, then renamed into place:
/// for a file written straight where the user looks) or `Staged` (plainly, into a staging
/// folder that `publish::Staging::publish` syncs once and puts in place as a whole — thousands
/// of files at national scale, where a sync per file cost seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    Atomic,
    Staged,
}

impl Put {
    pub fn write(self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Put::Atomic => self.write_with(path, |w| w.write_all(bytes)),
            // the bytes straight to the file: through `write_with`'s buffer each chart was
            // copied once more, into a megabyte of fresh memory per file
            Put::Staged => {
                Put::make_parent(path)?;
                let mut f = std::fs::File::create(path)?;
                f.write_all(bytes)?;
                start_writeback(&f);
                Ok(())
            }
        }
    }

    /// The folder of a staged file, made if it is not there.
    fn make_parent(path: &Path) -> std::io::Result<()> {
        match path.parent().filter(|p| !p.as_os_str().is_empty() && !p.is_dir()) {
            Some(dir) => std::fs::create_dir_all(dir),
            None => Ok(()),
        }
    }

    pub fn write_with(
        self,
        path: &Path,
        fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        match self {
            Put::Atomic => write_atomic_with(path, fill),
            Put::Staged => {
                Put::make_parent(path)?;
                let mut w = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
                fill(&mut w)?;
                let f = w.into_inner().map_err(|e| e.into_error())?;
                start_writeback(&f);
                Ok(())
            }
        }
    }
}

/// Start writing a staged file's data to disk now, without waiting for it, so that the one
/// sync before publishing (`publish::Staging::publish`) finds little left to do.
fn start_writeback(f: &std::fs::File) {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: a valid open descriptor; offset 0 and length 0 mean the whole file; the
        // call only queues writeback (a failure leaves that to the sync)
        unsafe { libc::sync_file_range(f.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE) };
    }
    #[cfg(not(target_os = "linux"))]
    let _ = f;
}

/// Report text bound for a spreadsheet cell: a leading = + - @ (a formula to Excel) gets a
/// quote in front; control characters become spaces.
pub fn cell_text(s: &str) -> String {
    cell_str(s).into_owned()
}

/// `cell_text`, borrowing the text when it needs no change (almost every cell: the national
/// tables have millions).
pub fn cell_str(s: &str) -> std::borrow::Cow<'_, str> {
    let control = |c: char| c.is_control() && c != '\n';
    let formula = s.starts_with(['=', '+', '-', '@']);
    // a control character (U+0000–001F, U+007F–009F) in UTF-8 is a byte below 0x20, 0x7F, or
    // 0xC2 before 0x80–0x9F: looked for in the bytes, without decoding
    // (a first pass eight bytes at a time finds most cells clean; the exact test only runs on
    // a cell it stops at)
    let b = s.as_bytes();
    let has_control = maybe_control(b)
        && b.iter().enumerate().any(|(i, &c)| {
            (c < 0x20 && c != b'\n')
                || c == 0x7F
                || (c == 0xC2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
        });
    if !formula && !has_control {
        return std::borrow::Cow::Borrowed(s);
    }
    let clean: String = s.chars().map(|c| if control(c) { ' ' } else { c }).collect();
    std::borrow::Cow::Owned(if formula { format!("'{clean}") } else { clean })
}

/// Whether `b` holds a byte below 0x20, 0x7F or 0xC2 (a control character's first byte may be
/// one of them). Every byte is tested without an early exit, which the compiler turns into a
/// vector loop: fewer instructions than eight bytes at a time in a word (`CsvRows` found the
/// same for its quoting test).
fn maybe_control(b: &[u8]) -> bool {
    b.iter().fold(false, |m, &c| m | (c < 0x20) | (c == 0x7F) | (c == 0xC2))
}

/// At most this many bars in execution_rate.png (all units in one chart): beyond it the chart
/// keeps the lowest and highest half each; every unit is shown per city under charts/.
pub const MAX_BARS: usize = 60;

/// The outputs of `jixiao run`.
pub struct RunOutputs {
    pub out: std::path::PathBuf,
}

impl RunOutputs {
    /// Write every output into a staging folder, then put it in the place of `out` (see
    /// `publish`): a failed run leaves the previous outputs as they were. The paths written.
    pub fn write(&self, o: &crate::pipeline::Outputs) -> anyhow::Result<Written> {
        let started = self.begin()?;
        let facts = started.write_facts(&o.records);
        started.finish(o, facts)
    }

    /// The staging folder a run's outputs are written into (published by `Started::finish`;
    /// dropped unpublished, it is removed).
    pub fn begin(&self) -> anyhow::Result<Started> {
        use anyhow::Context;
        let stage = publish::Staging::new(&self.out)
            .with_context(|| format!("{}: cannot make a staging folder beside it", self.out.display()))?;
        Ok(Started { stage, out: self.out.clone() })
    }
}

/// A run's outputs being written (`RunOutputs::begin`).
pub struct Started {
    stage: publish::Staging,
    out: PathBuf,
}

/// facts.csv and facts.parquet, written before the rest (`Started::write_facts`).
pub struct FactsWritten {
    paths: anyhow::Result<Vec<PathBuf>>,
    timings: crate::progress::Timings,
}

impl Started {
    /// facts.csv and facts.parquet: they need the records only, so `jixiao run` writes them
    /// while the indicators are computed (`pipeline::run_beside`; the compute's own polars work
    /// is small, the ranks and outliers are Rust). Call it on any thread.
    pub fn write_facts(&self, records: &[crate::model::Record]) -> FactsWritten {
        use anyhow::Context;
        let mut laps = crate::progress::Laps::on_this_thread();
        let put = |name: &str, fill: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| -> anyhow::Result<PathBuf> {
            let p = self.stage.path().join(name);
            Put::Staged
                .write_with(&p, fill)
                .with_context(|| format!("{}: cannot write", self.out.join(name).display()))?;
            Ok(p)
        };
        let paths = (|| {
            Ok(vec![
                put("facts.csv", &|w| tables::write_facts_csv(w, records))?,
                put("facts.parquet", &|w| tables::write_facts_parquet(w, records).map_err(std::io::Error::other))?,
            ])
        })();
        laps.lap("r:facts");
        FactsWritten { paths, timings: laps.stages }
    }

    /// Every other output, then the staging folder in the place of the outputs.
    pub fn finish(self, o: &crate::pipeline::Outputs, facts: FactsWritten) -> anyhow::Result<Written> {
        use anyhow::Context;
        // a previous run's charts are reused where unchanged, unless the cache is off (--no-cache)
        let previous =
            if crate::cache::enabled() { previous::Charts::load(&self.out) } else { previous::Charts::default() };
        let mut w = RunOutputs { out: self.stage.path().to_path_buf() }.write_into(o, &previous)?;
        w.paths.extend(facts.paths?);
        w.timings.splice(0..0, facts.timings);
        let mut laps = crate::progress::Laps::default();
        let staged = self.stage.path().to_path_buf();
        self.stage.publish(&w.paths).with_context(|| format!("{}: cannot replace the outputs", self.out.display()))?;
        laps.lap("publish");
        w.timings.extend(laps.stages);
        w.paths = w.paths.iter().filter_map(|p| p.strip_prefix(&staged).ok()).map(|p| self.out.join(p)).collect();
        Ok(w)
    }
}

impl RunOutputs {
    /// execution_rate.png: every unit's execution rate (the two ends of it with many units),
    /// in parts when it is taller than a page (`chart::bar_chart_pct`).
    fn execution_rate_png(&self, indicators: &polars::prelude::DataFrame) -> anyhow::Result<Vec<PathBuf>> {
        let bars = execution_bars(indicators)?;
        let n = bars.len();
        self.execution_rate_png_of(bars, n)
    }

    /// execution_rate.png (and its parts) of `bars` (ascending; the two ends of `total`
    /// bars, or all of them).
    fn execution_rate_png_of(&self, mut bars: Vec<chart::Bar>, total: usize) -> anyhow::Result<Vec<PathBuf>> {
        use anyhow::Context;
        let mut note = format!("* 预算或支出总额由分项推算　红：超预算　橙：低于{}%", crate::check::LOW_EXECUTION);
        // a national run has tens of thousands of bars: the chart keeps the two ends, so it stays an image
        if total > MAX_BARS {
            note.push_str(&format!("　共{}条，仅示最低、最高各{}条", total, MAX_BARS / 2));
            keep_ends(&mut bars);
        }
        let pngs = chart::bar_chart_pct("各单位预算执行率", &bars, &note)
            .with_context(|| format!("{}: cannot draw", self.out.join("execution_rate.png").display()))?;
        let of = pngs.len();
        pngs.iter()
            .enumerate()
            .map(|(i, png)| {
                let p = self.out.join(chart::part_file("execution_rate", "png", i, of));
                Put::Staged.write(&p, png).with_context(|| format!("{}: cannot write", p.display()))?;
                Ok(p)
            })
            .collect()
    }

    /// Chart `c` under charts/: linked from the previous run when its plan is unchanged, else
    /// drawn (SVG as well, but not for the thousands of charts of a national run) and written.
    /// With many cities the image is let go once written (it is not embedded in the briefing).
    fn put_chart(
        &self,
        c: &mut charts::CityChart,
        many: bool,
        previous: &previous::Charts,
    ) -> anyhow::Result<PutChart> {
        use anyhow::Context;
        let key = c.plan.as_ref().map(|p| p.key(!many));
        if let (Some(k), Some(p), None) = (key, &c.plan, &c.drawn) {
            let exts: &[&str] = if many { &["png"] } else { &["png", "svg"] };
            if let Some(files) = previous.reuse(&c.stem, k, exts, &self.out.join("charts")) {
                if !many {
                    // the briefing embeds the images: read back
                    let (width, height) = p.size();
                    let png = std::fs::read(&files[0])?;
                    let svg = files.get(1).map(std::fs::read_to_string).transpose()?;
                    c.drawn = Some(charts::Drawn { png, svg, width, height });
                }
                return Ok(PutChart { files, key: Some((c.stem.clone(), k)), reused: true });
            }
            c.drawn = Some(p.draw(!many).with_context(|| format!("drawing {}", c.title))?);
        }
        let Some(d) = &c.drawn else { return Ok(PutChart { files: Vec::new(), key: None, reused: false }) };
        let files = write_drawn(&self.out, &c.stem, d, Put::Staged)?;
        if many {
            (c.drawn, c.plan) = (None, None);
        }
        Ok(PutChart { files, key: key.map(|k| (c.stem.clone(), k)), reused: false })
    }

    /// Every output, written into `self.out`.
    fn write_into(&self, o: &crate::pipeline::Outputs, previous: &previous::Charts) -> anyhow::Result<Written> {
        let (findings, indicators, long) = (&o.findings, &o.indicators, &o.long);
        use anyhow::Context;
        let mut laps = crate::progress::Laps::default();
        let mut lap = |name: &'static str| laps.lap(name);
        // every table streamed to its file: at national scale they are hundreds of MB
        let put = |name: &str, fill: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| -> anyhow::Result<PathBuf> {
            let p = self.out.join(name);
            Put::Staged.write_with(&p, fill).with_context(|| format!("{}: cannot write", p.display()))?;
            Ok(p)
        };
        fn csv(df: &polars::prelude::DataFrame) -> impl Fn(&mut dyn Write) -> std::io::Result<()> + '_ {
            move |w| tables::write_frame_csv(w, df).map_err(std::io::Error::other)
        }
        // (the facts are written beside the computing: `Started::write_facts`). The national
        // tables on two threads of their own (rankings.csv is the largest), while this one
        // makes the comparison tables: the writers wait on the disk as much as they compute
        let (first, rest, ctx) = std::thread::scope(|s| {
            let first = s.spawn(|| -> anyhow::Result<Vec<PathBuf>> { Ok(vec![put("rankings.csv", &csv(long))?]) });
            let rest = s.spawn(|| -> anyhow::Result<Vec<PathBuf>> {
                Ok(vec![
                    put("checks.csv", &|w| w.write_all(&tables::findings_csv(findings)))?,
                    put("skipped.csv", &|w| w.write_all(&tables::skipped_csv(&o.skipped)))?,
                    put("city_rollup.csv", &csv(&o.rollup))?,
                    put("indicators.csv", &csv(indicators))?,
                    put("indicators.parquet", &|w| {
                        w.write_all(&tables::frame_parquet(indicators).map_err(std::io::Error::other)?)
                    })?,
                ])
            });
            // per city: comparison tables, charts, the briefing and the workbook
            let ctx = (|| -> anyhow::Result<(Ctx, Vec<PathBuf>)> {
                let mut written = self.execution_rate_png(indicators)?;
                let ctx = Ctx::new(o)?;
                written.extend(ctx.write_table_files(|name, bytes| -> anyhow::Result<PathBuf> {
                    let p = self.out.join(&name);
                    Put::Staged.write(&p, &bytes).with_context(|| format!("{}: cannot write", p.display()))?;
                    Ok(p)
                })?);
                Ok((ctx, written))
            })();
            let joined = |h: std::thread::ScopedJoinHandle<anyhow::Result<Vec<PathBuf>>>| {
                h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
            };
            (joined(first), joined(rest), ctx)
        });
        let (ctx, mut written) = ctx?;
        written.extend(first?);
        written.extend(rest?);
        lap("r:tables");
        // drawn and written on rayon's threads, each image let go once written when it is not
        // embedded in the briefing (a national run's thousands are never all held at once)
        let mut all = ctx.plan_charts().context("planning charts")?;
        lap("r:charts-plan");
        chart::register_font().context("loading the chart font")?;
        let many = ctx.many_cities;
        // workbook.xlsx on a thread of its own while the charts are drawn on rayon's
        let (book, files) = std::thread::scope(|s| {
            let book = s.spawn(|| -> (anyhow::Result<PathBuf>, crate::progress::Timings) {
                let mut laps = crate::progress::Laps::on_this_thread();
                let p = self.out.join("workbook.xlsx");
                let r = xlsx::workbook(&ctx)
                    .with_context(|| format!("{}: cannot build the workbook", p.display()))
                    .and_then(|book| {
                        Put::Staged.write(&p, &book).with_context(|| format!("{}: cannot write", p.display()))
                    })
                    .map(|()| p);
                laps.lap("r:workbook");
                (r, laps.stages)
            });
            let files = all
                .par_iter_mut()
                .map(|c| self.put_chart(c, many, previous))
                .collect::<anyhow::Result<Vec<PutChart>>>();
            (book.join().unwrap_or_else(|e| std::panic::resume_unwind(e)), files)
        });
        let mut keys = Vec::new();
        let mut reused = 0;
        for c in files? {
            written.extend(c.files);
            keys.extend(c.key);
            reused += c.reused as usize;
        }
        if !keys.is_empty() {
            written.push(previous::write_index(&self.out, &keys).context("writing the charts' index")?);
        }
        lap("r:charts");
        let (book, book_laps) = book;
        written.push(book?);
        written.extend(write_briefing(&self.out, &ctx, None, Some(&all), Put::Staged)?);
        lap("r:briefing");
        laps.stages.extend(book_laps);
        Ok(Written { paths: written, timings: laps.stages, charts_reused: reused })
    }
}

/// One chart's files, the key it was drawn from, and whether the previous run's were taken.
struct PutChart {
    files: Vec<PathBuf>,
    key: Option<(String, u128)>,
    reused: bool,
}

/// charts/STEM.png (and .svg when drawn) from `d`, written as `put` says.
fn write_drawn(out: &Path, stem: &str, d: &charts::Drawn, put: Put) -> anyhow::Result<Vec<PathBuf>> {
    use anyhow::Context;
    let mut files = Vec::new();
    for (ext, bytes) in [("png", Some(&d.png[..])), ("svg", d.svg.as_ref().map(|s| s.as_bytes()))] {
        let Some(bytes) = bytes else { continue };
        let p = out.join(format!("charts/{stem}.{ext}"));
        put.write(&p, bytes).with_context(|| format!("{}: cannot write", p.display()))?;
        files.push(p);
    }
    Ok(files)
}

/// What `RunOutputs::write` wrote, and how long each part took.
pub struct Written {
    pub paths: Vec<std::path::PathBuf>,
    pub timings: crate::progress::Timings,
    /// charts linked from the previous run's outputs rather than drawn (`previous`)
    pub charts_reused: usize,
}

/// briefing.md, report.html and briefing.docx for every city (at `year`, or its latest), each
/// file written as `put` says. With `drawn` (every chart, already written) the briefing takes
/// its charts from there; without, it draws its own and writes them under charts/ for
/// briefing.md to link to.
pub fn write_briefing(
    out: &std::path::Path,
    ctx: &Ctx,
    year: Option<i32>,
    drawn: Option<&[charts::CityChart]>,
    put: Put,
) -> anyhow::Result<Vec<std::path::PathBuf>> {
    use anyhow::Context;
    let b = briefing::build(ctx, year, drawn).context("drawing the briefing's charts")?;
    let mut written = Vec::new();
    // the briefing's charts not among those already written (all of them without `drawn`)
    let written_before: std::collections::HashSet<&str> =
        drawn.unwrap_or_default().iter().filter(|c| c.drawn.is_some()).map(|c| c.stem.as_str()).collect();
    for c in b.charts.iter().filter(|c| !written_before.contains(c.stem.as_str())) {
        let Some(d) = &c.drawn else { continue };
        written.extend(write_drawn(out, &c.stem, d, put)?);
    }
    let docx = briefing::docx::write(&b).context("building briefing.docx")?;
    for (name, bytes) in [
        ("briefing.md", briefing::md::write(&b).into_bytes()),
        ("report.html", briefing::html::write(&b, (!ctx.many_cities).then_some(&ctx.summary_grid)).into_bytes()),
        ("briefing.docx", docx),
    ] {
        let p = out.join(name);
        put.write(&p, &bytes).with_context(|| format!("{}: cannot write", p.display()))?;
        written.push(p);
    }
    Ok(written)
}

/// What every output is drawn from: the comparison tables and their grids, with provenance.
pub struct Ctx<'a> {
    pub o: &'a crate::pipeline::Outputs,
    pub tables: Vec<crate::compute::tables::CityTable>,
    pub summary: Vec<crate::compute::tables::SummaryRow>,
    /// each table's grid, with sources (empty with many cities: see `table_files`)
    pub grids: Vec<grid::Grid>,
    pub summary_grid: grid::Grid,
    /// more cities than `MAX_CITIES` (more than any province has): a national run (see `shown`)
    pub many_cities: bool,
    shown: Vec<bool>,
    /// units' and cities' series across years (trends, the briefing's runs of two years)
    pub series: crate::compute::tables::SeriesIndex,
    /// counts over every record (a national run's summaries are made from its provinces'
    /// parts, without the records: `parts`)
    pub totals: Totals,
}

/// What the summaries of a run say of all its records.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub records: usize,
    pub facts: usize,
}

impl Totals {
    pub fn of(records: &[crate::model::Record]) -> Totals {
        Totals { records: records.len(), facts: records.iter().map(|r| r.facts.len()).sum() }
    }
}

/// Up to this many cities — the most any province has in the gazetteer (新疆: 26, with the
/// county-level cities under the region; 广东 and 四川 21), so a province's own run always gets
/// the full layout — a run draws every city-year's charts, gives every city-year a sheet in
/// workbook.xlsx and a section in the briefing. Above it (a national run: ~370 cities × 10
/// years) the per-city charts are those of each city's latest year plus its trends, the
/// workbook holds the summaries, and the briefing is the national summary
/// (`briefing::national`); every city-year's table is still under tables/, and `jixiao brief
/// --city C --year Y` writes any one city-year's full briefing.
pub const MAX_CITIES: usize = 26;

/// The indicators followed across years: the trend charts' and the briefing's.
pub const TREND_COLUMNS: [&str; 4] = ["exec_rate_total", "relapse_rate", "control_rate", "hair_positivity"];

impl<'a> Ctx<'a> {
    pub fn new(o: &'a crate::pipeline::Outputs) -> polars::prelude::PolarsResult<Ctx<'a>> {
        Ctx::build(o, false)
    }

    /// The context of one province's part of a national run (`parts`): laid out as a run
    /// of many cities whatever its own number.
    pub fn part(o: &'a crate::pipeline::Outputs) -> polars::prelude::PolarsResult<Ctx<'a>> {
        Ctx::build(o, true)
    }

    /// The context of a national run's summaries, from its parts: the summary rows, the
    /// findings (in `o`, which holds no records) and the totals.
    pub fn national(
        o: &'a crate::pipeline::Outputs,
        summary: Vec<crate::compute::tables::SummaryRow>,
        totals: Totals,
    ) -> Ctx<'a> {
        let summary_grid = grid::summary_grid(&summary);
        Ctx {
            o,
            tables: Vec::new(),
            summary,
            grids: Vec::new(),
            summary_grid,
            many_cities: true,
            shown: Vec::new(),
            series: Default::default(),
            totals,
        }
    }

    fn build(o: &'a crate::pipeline::Outputs, many: bool) -> polars::prelude::PolarsResult<Ctx<'a>> {
        let tables = crate::compute::tables::city_tables(&o.indicators, &o.long, &o.rollup)?;
        let summary = crate::compute::tables::province_summary(&o.rollup)?;
        let cities: std::collections::HashSet<(&str, &str)> =
            tables.iter().map(|t| (t.province.as_str(), t.city.as_str())).collect();
        let many_cities = many || cities.len() > MAX_CITIES;
        // a grid carries each cell's sources and findings for the workbook and the briefing.
        // With many cities those hold only the summaries, and a table's grid (values only, for
        // its CSV and Markdown) is made when its file is written (`table_files`): thousands of
        // grids held at once were a quarter of a national run's memory
        let grids = if many_cities {
            Vec::new()
        } else {
            let prov = grid::Prov::new(&o.records, &o.findings);
            tables.iter().map(|t| grid::city_grid(t, &prov)).collect()
        };
        let summary_grid = grid::summary_grid(&summary);
        let mut latest: std::collections::HashMap<(&str, &str, &str), i32> = std::collections::HashMap::new();
        for t in &tables {
            let y = latest.entry((t.province.as_str(), t.city.as_str(), t.kind.as_str())).or_insert(t.year);
            *y = (*y).max(t.year);
        }
        let shown = tables
            .iter()
            .map(|t| !many_cities || latest[&(t.province.as_str(), t.city.as_str(), t.kind.as_str())] == t.year)
            .collect();
        let series = crate::compute::tables::SeriesIndex::new(&o.indicators, &o.rollup, &TREND_COLUMNS)?;
        let totals = Totals::of(&o.records);
        Ok(Ctx { o, tables, summary, grids, summary_grid, many_cities, shown, series, totals })
    }

    /// Whether table `i` gets its year's charts: every table, or with many cities the latest
    /// year of each city and kind (the years before are in its trends).
    pub fn shown(&self, i: usize) -> bool {
        self.shown[i]
    }

    /// Every chart of every city, drawn (or, with the reason, not).
    pub fn charts(&self) -> Result<Vec<charts::CityChart>, chart::ChartError> {
        let mut out = self.plan_charts()?;
        charts::draw_all(&mut out, !self.many_cities)?;
        Ok(out)
    }

    /// Every chart of every city, planned (`charts::draw_all` draws them), or the reason
    /// one cannot be drawn.
    pub fn plan_charts(&self) -> Result<Vec<charts::CityChart>, chart::ChartError> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, t) in self.tables.iter().enumerate() {
            if self.shown(i) {
                out.extend(charts::year_charts(t));
            }
            if seen.insert((t.province.clone(), t.city.clone(), t.kind.clone())) {
                out.extend(charts::trend_charts(&self.series, &t.city, &t.kind));
            }
        }
        Ok(out)
    }

    /// tables/NAME.csv and .md for each city table and the province summary, each handed to
    /// `write` (on rayon's threads) as soon as it is made; what `write` returned, in order.
    /// With many cities, one CSV and one Markdown file per city holding all its years and
    /// kinds (a national run has ~8,000 city-year tables, and creating a file is what costs).
    pub fn write_table_files<T: Send, E: Send>(
        &self,
        write: impl Fn(String, Vec<u8>) -> Result<T, E> + Sync,
    ) -> Result<Vec<T>, E> {
        let mut out = self.write_city_table_files(&write)?;
        out.extend(self.write_summary_table(&write)?);
        Ok(out)
    }

    /// tables/NAME.csv and .md of the province summary, handed to `write`.
    pub fn write_summary_table<T, E>(&self, write: impl Fn(String, Vec<u8>) -> Result<T, E>) -> Result<Vec<T>, E> {
        let g = &self.summary_grid;
        Ok(vec![
            write(format!("tables/{}.csv", g.name), tables_out::grid_csv(g))?,
            write(format!("tables/{}.md", g.name), tables_out::grid_md(g, 1).into_bytes())?,
        ])
    }

    /// `write_table_files` without the province summary: each city's tables.
    pub fn write_city_table_files<T: Send, E: Send>(
        &self,
        write: impl Fn(String, Vec<u8>) -> Result<T, E> + Sync,
    ) -> Result<Vec<T>, E> {
        let both = |g: &grid::Grid, md: Vec<u8>| -> Result<Vec<T>, E> {
            Ok(vec![
                write(format!("tables/{}.csv", g.name), tables_out::grid_csv(g))?,
                write(format!("tables/{}.md", g.name), md)?,
            ])
        };
        let out: Vec<Vec<T>> = if self.many_cities {
            let no_sources = grid::Prov::values_only();
            self.by_city()
                .par_iter()
                .map(|(name, idx)| {
                    let grids: Vec<grid::Grid> =
                        idx.iter().map(|&i| grid::city_grid(&self.tables[i], &no_sources)).collect();
                    let parts: Vec<(i32, &'static str, &grid::Grid)> = idx
                        .iter()
                        .zip(&grids)
                        .map(|(&i, g)| (self.tables[i].year, grid::kind_label(&self.tables[i].kind), g))
                        .collect();
                    let all = grid::stacked(&format!("{name}各年度区县绩效对比"), name, &parts);
                    let md: String = parts.iter().map(|p| tables_out::grid_md(p.2, 2)).collect();
                    both(&all, format!("# {}\n\n{md}", all.title).into_bytes())
                })
                .collect::<Result<_, E>>()?
        } else {
            self.grids.par_iter().map(|g| both(g, tables_out::grid_md(g, 1).into_bytes())).collect::<Result<_, E>>()?
        };
        Ok(out.into_iter().flatten().collect())
    }

    /// The tables of each city (named 省+市, sanitised): latest year first, then by kind.
    fn by_city(&self) -> Vec<(String, Vec<usize>)> {
        let mut m: std::collections::BTreeMap<(&str, &str), Vec<usize>> = std::collections::BTreeMap::new();
        for (i, t) in self.tables.iter().enumerate() {
            m.entry((t.province.as_str(), t.city.as_str())).or_default().push(i);
        }
        let kind_order = |k: &str| crate::model::Kind::from_name(k).map(|k| k as u8).unwrap_or(9);
        m.into_iter()
            .map(|((p, c), mut idx)| {
                idx.sort_by_key(|&i| (std::cmp::Reverse(self.tables[i].year), kind_order(&self.tables[i].kind)));
                (grid::safe_name(&format!("{p}{c}")), idx)
            })
            .collect()
    }
}

/// Every unit's execution-rate bars (execution_rate.png), ascending.
pub fn execution_bars(indicators: &polars::prelude::DataFrame) -> anyhow::Result<Vec<chart::Bar>> {
    chart_bars(indicators, "exec_rate_total", &["budget_total_derived", "actual_total_derived"])
}

/// The lowest and the highest `MAX_BARS / 2` of ascending bars, when there are more than
/// `MAX_BARS`.
pub fn keep_ends(bars: &mut Vec<chart::Bar>) {
    if bars.len() > MAX_BARS {
        bars.drain(MAX_BARS / 2..bars.len() - MAX_BARS / 2);
    }
}

/// `from` at `to` by a hard link (nothing copied), or a copy where linking fails (another
/// file system).
pub fn link_or_copy(from: &Path, to: &Path) -> std::io::Result<()> {
    if std::fs::hard_link(from, to).is_err() {
        std::fs::copy(from, to)?;
    }
    Ok(())
}

/// Bars for one rate column, highest first: label "县区 年度 类型", a `*` where any of the
/// `derived` flags is set; rows with no value left out.
pub fn chart_bars(df: &polars::prelude::DataFrame, column: &str, derived: &[&str]) -> anyhow::Result<Vec<chart::Bar>> {
    use polars::prelude::*;
    let get = |c: &str| df.column(c).cloned();
    let (county, unit, year, kind, v) = (get("county")?, get("unit")?, get("year")?, get("kind")?, get(column)?);
    let flags: Vec<Column> = derived.iter().filter_map(|c| get(c).ok()).collect();
    let mut bars = Vec::new();
    for i in 0..df.height() {
        let AnyValue::Float64(x) = v.get(i)? else { continue };
        let name = match county.get(i)? {
            AnyValue::String(s) if !s.is_empty() => s.to_string(),
            _ => tables::any_text(&unit.get(i)?),
        };
        let kind = crate::model::Kind::from_name(&tables::any_text(&kind.get(i)?)).map(|k| k.label()).unwrap_or("");
        let star = flags.iter().any(|f| matches!(f.get(i), Ok(AnyValue::Boolean(true))));
        bars.push(chart::Bar {
            label: format!("{} {} {}{}", name, tables::any_text(&year.get(i)?), kind, if star { "*" } else { "" }),
            value: x,
        });
    }
    // plotters draws the first bar at the bottom: ascending order puts the highest on top
    bars.sort_by(|a, b| a.value.total_cmp(&b.value));
    Ok(bars)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The eight-bytes-at-a-time test stops wherever the byte-by-byte one does.
        #[test]
        fn maybe_control_is_the_bytes_test(b in proptest::collection::vec(proptest::sample::select(vec![0u8, 9, 10, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xC1, 0xC2, 0xC3, 0xE5, 0xFF]), 0..40)) {
            proptest::prop_assert_eq!(maybe_control(&b), b.iter().any(|&c| c < 0x20 || c == 0x7F || c == 0xC2));
        }
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell_text("湘潭县\t禁毒办"), "湘潭县 禁毒办");
        assert_eq!(cell_text("-\t1"), "'- 1");
        assert_eq!(cell_str("岳阳楼区禁毒办\n二行"), "岳阳楼区禁毒办\n二行");
        assert!(matches!(cell_str("岳阳楼区"), std::borrow::Cow::Borrowed(_)));
        // every control character found by the byte scan, and nothing else
        for c in ['\u{0}', '\u{1f}', '\u{7f}', '\u{80}', '\u{9f}'] {
            assert_eq!(cell_text(&format!("a{c}b")), "a b", "{:?}", c);
        }
        for c in ['\u{a0}', 'é', '禁', '\u{2028}'] {
            assert!(matches!(cell_str(&format!("a{c}b")), std::borrow::Cow::Borrowed(_)), "{:?}", c);
        }
    }

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
    }

    /// A new output is made as a file created in place would be, not 0600 as its temp file.
    #[cfg(unix)]
    #[test]
    fn a_new_atomic_output_has_the_umasks_permissions() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("facts.csv");
        write_atomic(&p, b"one").unwrap();
        assert_eq!(mode(&p), 0o666 & !umask());
    }

    /// Rewriting an output keeps the permissions the user gave it.
    #[cfg(unix)]
    #[test]
    fn an_atomic_rewrite_keeps_the_files_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("facts.csv");
        write_atomic(&p, b"one").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(mode(&p), 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn the_umask_is_read_from_the_process() {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let Some(v) = status.lines().find_map(|l| l.strip_prefix("Umask:")) else { return };
        assert_eq!(umask(), u32::from_str_radix(v.trim(), 8).unwrap());
    }

    #[test]
    fn atomic_write_replaces_whole_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.csv");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }
}
