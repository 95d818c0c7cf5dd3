//! Stage 4: facts, findings and indicator frames → files a supervisor opens. Owns atomic
//! writing (temp file + rename, so a crash never leaves half a table), the sanitising of
//! report text on its way into cells, and the output set of `jixiao run`.

pub mod briefing;
pub mod chart;
pub mod charts;
pub mod grid;
pub mod publish;
pub mod tables;
pub mod tables_out;
pub mod template;
pub mod xlsx;

use std::io::Write;
use std::path::{Path, PathBuf};

/// Write `bytes` to `path` atomically: a temp file in the same folder, then a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// `write_atomic` for output produced by `fill`, streamed through a buffer.
pub fn write_atomic_with(path: &Path, fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = tempfile::NamedTempFile::new_in(dir)?;
    let mut buf = std::io::BufWriter::with_capacity(1 << 20, tmp);
    fill(&mut buf)?;
    let tmp = buf.into_inner().map_err(|e| e.into_error())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Report text bound for a spreadsheet cell: a leading = + - @ (a formula to Excel) gets a
/// quote in front; control characters become spaces.
pub fn cell_text(s: &str) -> String {
    let s: String = s.chars().map(|c| if c.is_control() && c != '\n' { ' ' } else { c }).collect();
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s
    }
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
    pub fn write(&self, o: &crate::pipeline::Outputs) -> anyhow::Result<Vec<std::path::PathBuf>> {
        use anyhow::Context;
        let stage = publish::Staging::new(&self.out)
            .with_context(|| format!("{}: cannot make a staging folder beside it", self.out.display()))?;
        let written = RunOutputs { out: stage.path().to_path_buf() }.write_into(o)?;
        let placed =
            written.iter().filter_map(|p| p.strip_prefix(stage.path()).ok()).map(|p| self.out.join(p)).collect();
        stage.publish(&written).with_context(|| format!("{}: cannot replace the outputs", self.out.display()))?;
        Ok(placed)
    }

    /// Every output, written into `self.out`.
    fn write_into(&self, o: &crate::pipeline::Outputs) -> anyhow::Result<Vec<std::path::PathBuf>> {
        let (records, findings, indicators, long) = (&o.records, &o.findings, &o.indicators, &o.long);
        use anyhow::Context;
        // every table streamed to its file: at national scale they are hundreds of MB
        let put = |name: &str, fill: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| -> anyhow::Result<PathBuf> {
            let p = self.out.join(name);
            write_atomic_with(&p, fill).with_context(|| format!("{}: cannot write", p.display()))?;
            Ok(p)
        };
        fn csv(df: &polars::prelude::DataFrame) -> impl Fn(&mut dyn Write) -> std::io::Result<()> + '_ {
            move |w| tables::write_frame_csv(w, df).map_err(std::io::Error::other)
        }
        // facts.csv on a thread of its own, the other tables beside it: two cores, half the time
        let (first, rest) = std::thread::scope(|s| {
            let first = s.spawn(|| -> anyhow::Result<Vec<PathBuf>> {
                Ok(vec![
                    put("facts.csv", &|w| tables::write_facts_csv(w, records))?,
                    put("checks.csv", &|w| w.write_all(&tables::findings_csv(findings)))?,
                    put("skipped.csv", &|w| w.write_all(&tables::skipped_csv(&o.skipped)))?,
                    put("city_rollup.csv", &csv(&o.rollup))?,
                ])
            });
            let rest = (|| -> anyhow::Result<Vec<PathBuf>> {
                Ok(vec![
                    put("facts.parquet", &|w| tables::write_facts_parquet(w, records).map_err(std::io::Error::other))?,
                    put("indicators.csv", &csv(indicators))?,
                    put("indicators.parquet", &|w| {
                        w.write_all(&tables::frame_parquet(indicators).map_err(std::io::Error::other)?)
                    })?,
                    put("rankings.csv", &csv(long))?,
                ])
            })();
            (first.join(), rest)
        });
        let mut written = first.map_err(|_| anyhow::anyhow!("writing facts.csv failed unexpectedly"))??;
        written.extend(rest?);
        let p = self.out.join("execution_rate.png");
        let mut bars = chart_bars(indicators, "exec_rate_total", &["budget_total_derived", "actual_total_derived"])?;
        let mut note = format!("* 预算或支出总额由分项推算　红：超预算　橙：低于{}%", crate::check::LOW_EXECUTION);
        // a national run has tens of thousands of bars: the chart keeps the two ends, so it stays an image
        if bars.len() > MAX_BARS {
            note.push_str(&format!("　共{}条，仅示最低、最高各{}条", bars.len(), MAX_BARS / 2));
            bars.drain(MAX_BARS / 2..bars.len() - MAX_BARS / 2);
        }
        chart::bar_chart_pct(&p, "各单位预算执行率", &bars, &note)
            .with_context(|| format!("{}: cannot draw", p.display()))?;
        written.push(p);
        // per city: comparison tables, charts, the briefing and the workbook
        let ctx = Ctx::new(o)?;
        for (name, bytes) in ctx.table_files() {
            let p = self.out.join(&name);
            write_atomic(&p, &bytes).with_context(|| format!("{}: cannot write", p.display()))?;
            written.push(p);
        }
        let all = ctx.charts().context("drawing charts")?;
        for c in &all {
            let Some(d) = &c.drawn else { continue };
            for (ext, bytes) in [("png", &d.png[..]), ("svg", d.svg.as_bytes())] {
                let p = self.out.join(format!("charts/{}.{ext}", c.stem));
                write_atomic(&p, bytes).with_context(|| format!("{}: cannot write", p.display()))?;
                written.push(p);
            }
        }
        written.extend(write_briefing(&self.out, &ctx, None, Some(&all))?);
        let p = self.out.join("workbook.xlsx");
        let book = xlsx::workbook(&ctx).with_context(|| format!("{}: cannot build the workbook", p.display()))?;
        write_atomic(&p, &book).with_context(|| format!("{}: cannot write", p.display()))?;
        written.push(p);
        Ok(written)
    }
}

/// briefing.md, report.html and briefing.docx for every city (at `year`, or its latest). With
/// `drawn` (every chart, already written) the briefing takes its charts from there; without,
/// it draws its own and writes them under charts/ for briefing.md to link to.
pub fn write_briefing(
    out: &std::path::Path,
    ctx: &Ctx,
    year: Option<i32>,
    drawn: Option<&[charts::CityChart]>,
) -> anyhow::Result<Vec<std::path::PathBuf>> {
    use anyhow::Context;
    let b = briefing::build(ctx, year, drawn).context("drawing the briefing's charts")?;
    let mut written = Vec::new();
    for c in b.charts.iter().filter(|_| drawn.is_none()) {
        let Some(d) = &c.drawn else { continue };
        for (ext, bytes) in [("png", &d.png[..]), ("svg", d.svg.as_bytes())] {
            let p = out.join(format!("charts/{}.{ext}", c.stem));
            write_atomic(&p, bytes).with_context(|| format!("{}: cannot write", p.display()))?;
            written.push(p);
        }
    }
    let docx = briefing::docx::write(&b).context("building briefing.docx")?;
    for (name, bytes) in [
        ("briefing.md", briefing::md::write(&b).into_bytes()),
        ("report.html", briefing::html::write(&b, &ctx.summary_grid).into_bytes()),
        ("briefing.docx", docx),
    ] {
        let p = out.join(name);
        write_atomic(&p, &bytes).with_context(|| format!("{}: cannot write", p.display()))?;
        written.push(p);
    }
    Ok(written)
}

/// What every output is drawn from: the comparison tables and their grids, with provenance.
pub struct Ctx<'a> {
    pub o: &'a crate::pipeline::Outputs,
    pub tables: Vec<crate::compute::tables::CityTable>,
    pub summary: Vec<crate::compute::tables::SummaryRow>,
    pub grids: Vec<grid::Grid>,
    pub summary_grid: grid::Grid,
}

impl<'a> Ctx<'a> {
    pub fn new(o: &'a crate::pipeline::Outputs) -> polars::prelude::PolarsResult<Ctx<'a>> {
        let tables = crate::compute::tables::city_tables(&o.indicators, &o.long, &o.rollup)?;
        let summary = crate::compute::tables::province_summary(&o.rollup)?;
        let prov = grid::Prov::new(&o.records, &o.findings);
        let grids = tables.iter().map(|t| grid::city_grid(t, &prov)).collect();
        let summary_grid = grid::summary_grid(&summary);
        Ok(Ctx { o, tables, summary, grids, summary_grid })
    }

    /// Every chart of every city (drawn or, with the reason, not).
    pub fn charts(&self) -> Result<Vec<charts::CityChart>, chart::ChartError> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for t in &self.tables {
            out.extend(charts::year_charts(t));
            if seen.insert((t.province.clone(), t.city.clone(), t.kind.clone())) {
                out.extend(charts::trend_charts(&self.o.indicators, &self.o.rollup, &t.city, &t.kind)?);
            }
        }
        charts::draw_all(&mut out)?;
        Ok(out)
    }

    /// tables/NAME.csv and .md for each city table and the province summary.
    pub fn table_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for g in self.grids.iter().chain([&self.summary_grid]) {
            out.push((format!("tables/{}.csv", g.name), tables_out::grid_csv(g)));
            out.push((format!("tables/{}.md", g.name), tables_out::grid_md(g, 1).into_bytes()));
        }
        out
    }
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

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell_text("湘潭县\t禁毒办"), "湘潭县 禁毒办");
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
