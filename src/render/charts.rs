//! The charts of a city, as PNG and SVG (plotters, the bundled Noto Sans SC subset): the
//! ranking of its units on an indicator with the city median drawn, year-on-year trend lines
//! per unit and for the city, stacked bars of the spending structure, and a heatmap of units
//! × years of the execution rate. One palette; 1200 px wide (A4 width at 150 dpi). Charts are
//! per city (never one chart of every unit in the country); a chart the data cannot support
//! (a trend of one year, a ranking of one unit) is not drawn and the reason is handed on.

use super::chart::{encode_png, rate_colour, register_font, ChartError, FAMILY};
use crate::compute::tables::{self as ct, CityTable, Series};
use plotters::coord::Shift;
use plotters::prelude::*;

/// The name of a horizontal bar's row, the first row on top (plotters counts from the bottom).
/// The rows of a bar chart, `0..n`, for a segmented axis. plotters' own `0..n - 1` maps every
/// value of a one-value range to pixel 0 (`(limit.1 - limit.0) / 2` where it means the middle),
/// which put a one-unit chart's bar under its title; here a one-row range maps to its start.
#[derive(Clone, Debug)]
struct Rows(i32);

impl Ranged for Rows {
    type FormatOption = plotters::coord::ranged1d::NoDefaultFormatting;
    type ValueType = i32;
    fn map(&self, v: &i32, limit: (i32, i32)) -> i32 {
        // as plotters maps an i32 range, with a span of at least one
        let span = (self.0 - 1).max(1) as f64;
        limit.0 + ((limit.1 - limit.0) as f64 * (*v as f64 / span) + 1e-3).floor() as i32
    }
    fn key_points<H: plotters::coord::ranged1d::KeyPointHint>(&self, hint: H) -> Vec<i32> {
        let step = (self.0 as usize).div_ceil(hint.max_num_points().max(1)).max(1);
        (0..self.0).step_by(step).collect()
    }
    fn range(&self) -> std::ops::Range<i32> {
        0..self.0
    }
}

impl plotters::coord::ranged1d::ValueFormatter<i32> for Rows {
    fn format(v: &i32) -> String {
        v.to_string()
    }
}

impl plotters::coord::ranged1d::DiscreteRanged for Rows {
    fn size(&self) -> usize {
        self.0.max(0) as usize
    }
    fn index_of(&self, v: &i32) -> Option<usize> {
        (0..self.0).contains(v).then_some(*v as usize)
    }
    fn from_index(&self, i: usize) -> Option<i32> {
        (i < self.size()).then_some(i as i32)
    }
}

fn top_down_label<T>(rows: &[(String, T)], v: &SegmentValue<i32>) -> String {
    match v {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
            rows.get(rows.len().wrapping_sub(1 + *i as usize)).map(|r| r.0.clone()).unwrap_or_default()
        }
        SegmentValue::Last => String::new(),
    }
}

/// One palette for every chart (Tableau 10).
pub const PALETTE: [RGBColor; 10] = [
    RGBColor(0x4E, 0x79, 0xA7),
    RGBColor(0xF2, 0x8E, 0x2B),
    RGBColor(0x59, 0xA1, 0x4F),
    RGBColor(0xE1, 0x57, 0x59),
    RGBColor(0x76, 0xB7, 0xB2),
    RGBColor(0xED, 0xC9, 0x48),
    RGBColor(0xB0, 0x7A, 0xA1),
    RGBColor(0xFF, 0x9D, 0xA7),
    RGBColor(0x9C, 0x75, 0x5F),
    RGBColor(0xBA, 0xB0, 0xAC),
];
const GREY: RGBColor = RGBColor(90, 90, 90);
pub const WIDTH: u32 = 1200;

fn err<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Draw(format!("{e:?}"))
}

fn font(size: u32) -> TextStyle<'static> {
    (FAMILY, size).into_font().into()
}

/// A chart drawn on any plotters backend.
pub trait Draw {
    fn size(&self) -> (u32, u32);
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError>;
    /// Every piece of text the chart draws (for the glyph-coverage test).
    fn texts(&self) -> Vec<String>;
}

/// A drawn chart: PNG bytes and SVG text (when asked for).
#[derive(Clone)]
pub struct Drawn {
    pub png: Vec<u8>,
    pub svg: Option<String>,
    pub width: u32,
    pub height: u32,
}

/// Draw `c` as PNG and as SVG. The SVG names the bundled family first, then common CJK
/// fonts, so a browser without it still draws Chinese.
pub fn draw_both(c: &impl Draw, with_svg: bool) -> Result<Drawn, ChartError> {
    register_font()?;
    let (w, h) = c.size();
    // one pixel buffer per thread, reused: a fresh one per chart (thousands of 2.6 MB buffers in
    // a national run) was memory the kernel had to hand over zeroed each time
    thread_local! {
        static PIXELS: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let png = PIXELS.with_borrow_mut(|rgb| -> Result<Vec<u8>, ChartError> {
        // white, so that the chart's own white fill is skipped (`Canvas::on_white`)
        rgb.clear();
        rgb.resize(w as usize * h as usize * 3, 255);
        {
            let root = super::canvas::Canvas::on_white(rgb, (w, h)).into_drawing_area();
            c.draw(&root)?;
            root.present().map_err(err)?;
        }
        encode_png(rgb, w, h)
    })?;
    if !with_svg {
        return Ok(Drawn { png, svg: None, width: w, height: h });
    }
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        c.draw(&root)?;
        root.present().map_err(err)?;
    }
    let svg = svg.replace(
        &format!("font-family=\"{FAMILY}\""),
        &format!(
            "font-family=\"{FAMILY}, 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', \
             'PingFang SC', SimHei, sans-serif\""
        ),
    );
    Ok(Drawn { png, svg: Some(svg), width: w, height: h })
}

/// Ranking bars of a city's units on one indicator, best on top, with the city median.
#[derive(Clone, Debug)]
pub struct Ranking {
    pub title: String,
    pub axis: String,
    /// (unit, value), best first
    pub bars: Vec<(String, f64)>,
    pub median: Option<f64>,
    pub note: String,
    /// colour bars as execution rates (red above 100%, orange below 80%)
    pub rate_colours: bool,
}

impl Draw for Ranking {
    fn size(&self) -> (u32, u32) {
        (WIDTH, 200 + 48 * self.bars.len().max(1) as u32)
    }
    fn texts(&self) -> Vec<String> {
        let mut t = vec![self.title.clone(), self.axis.clone(), self.note.clone(), "城市中位数".into()];
        t.extend(self.bars.iter().map(|b| b.0.clone()));
        t
    }
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError> {
        root.fill(&WHITE).map_err(err)?;
        let (_, h) = self.size();
        let (main, foot) = root.split_vertically(h - 36);
        foot.draw(&Text::new(self.note.clone(), (24, 6), font(20).color(&GREY))).map_err(err)?;
        let n = self.bars.len();
        let max = self.bars.iter().map(|b| b.1).fold(0.0_f64, f64::max).max(self.median.unwrap_or(0.0));
        let xmax = if max <= 0.0 { 1.0 } else { max * 1.15 };
        let label_w = self.bars.iter().map(|b| b.0.chars().count()).max().unwrap_or(4) as u32 * 24 + 24;
        let mut chart = ChartBuilder::on(&main)
            .caption(&self.title, font(32))
            .margin(20)
            .x_label_area_size(56)
            .y_label_area_size(label_w.min(420))
            .build_cartesian_2d(0.0..xmax, Rows(n as i32).into_segmented())
            .map_err(err)?;
        let bars = &self.bars;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(WHITE)
            .x_desc(self.axis.as_str())
            .label_style(font(22))
            .axis_desc_style(font(22))
            .y_labels(n)
            .y_label_formatter(&|v| top_down_label(bars, v))
            .draw()
            .map_err(err)?;
        chart
            .draw_series(bars.iter().enumerate().map(|(k, b)| {
                let i = (n - 1 - k) as i32;
                let mut r = Rectangle::new(
                    [(0.0, SegmentValue::Exact(i)), (b.1, segment_end(i, n))],
                    if self.rate_colours { rate_colour(b.1) } else { PALETTE[0] }.filled(),
                );
                r.set_margin(8, 8, 0, 0);
                r
            }))
            .map_err(err)?;
        chart
            .draw_series(bars.iter().enumerate().map(|(k, b)| {
                let i = (n - 1 - k) as i32;
                Text::new(crate::model::fmt_num(b.1), (b.1 + xmax * 0.01, SegmentValue::CenterOf(i)), font(20))
            }))
            .map_err(err)?;
        if let Some(m) = self.median {
            chart
                .draw_series(DashedLineSeries::new(
                    [(m, SegmentValue::Exact(0)), (m, SegmentValue::Last)],
                    12,
                    8,
                    BLACK.mix(0.7).stroke_width(3),
                ))
                .map_err(err)?;
        }
        Ok(())
    }
}

/// Year-on-year lines: one per unit, the city's own line thick and dark.
#[derive(Clone, Debug)]
pub struct Trend {
    pub title: String,
    pub axis: String,
    pub units: Vec<Series>,
    pub city: Option<Series>,
}

impl Trend {
    pub fn years(&self) -> Vec<i32> {
        let mut y: Vec<i32> =
            self.units.iter().chain(self.city.iter()).flat_map(|s| s.points.iter().map(|p| p.0)).collect();
        y.sort();
        y.dedup();
        y
    }
}

impl Draw for Trend {
    fn size(&self) -> (u32, u32) {
        (WIDTH, 720)
    }
    fn texts(&self) -> Vec<String> {
        let mut t = vec![self.title.clone(), self.axis.clone(), "年度".into()];
        t.extend(self.units.iter().chain(self.city.iter()).map(|s| s.name.clone()));
        t
    }
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError> {
        root.fill(&WHITE).map_err(err)?;
        let years = self.years();
        let (y0, y1) = (*years.first().unwrap_or(&0), *years.last().unwrap_or(&1));
        let all = self.units.iter().chain(self.city.iter()).flat_map(|s| s.points.iter().map(|p| p.1));
        let (lo, hi) = all.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
        let pad = ((hi - lo) * 0.1).max(1.0);
        let (main, legend) = root.split_horizontally(WIDTH - 230);
        let mut chart = ChartBuilder::on(&main)
            .caption(&self.title, font(32))
            .margin(20)
            .x_label_area_size(56)
            .y_label_area_size(80)
            .build_cartesian_2d((y0 as f64 - 0.2)..(y1 as f64 + 0.2), (lo - pad).max(0.0)..(hi + pad))
            .map_err(err)?;
        chart
            .configure_mesh()
            .light_line_style(WHITE)
            .x_labels(years.len())
            .x_label_formatter(&|x| if (x - x.round()).abs() < 1e-6 { format!("{}", x.round()) } else { String::new() })
            .x_desc("年度")
            .y_desc(self.axis.as_str())
            .label_style(font(22))
            .axis_desc_style(font(22))
            .draw()
            .map_err(err)?;
        let mut entries = Vec::new();
        for (i, s) in self.units.iter().enumerate() {
            let c = PALETTE[i % PALETTE.len()];
            let pts: Vec<(f64, f64)> = s.points.iter().map(|p| (p.0 as f64, p.1)).collect();
            chart.draw_series(LineSeries::new(pts.clone(), c.stroke_width(2))).map_err(err)?;
            chart.draw_series(pts.iter().map(|p| Circle::new(*p, 4, c.filled()))).map_err(err)?;
            entries.push((s.name.clone(), c, 2));
        }
        if let Some(s) = &self.city {
            let pts: Vec<(f64, f64)> = s.points.iter().map(|p| (p.0 as f64, p.1)).collect();
            chart.draw_series(LineSeries::new(pts.clone(), BLACK.stroke_width(5))).map_err(err)?;
            chart.draw_series(pts.iter().map(|p| Circle::new(*p, 6, BLACK.filled()))).map_err(err)?;
            entries.push((s.name.clone(), BLACK, 5));
        }
        // the legend beside the plot, one line per series
        legend.fill(&WHITE).map_err(err)?;
        for (k, (name, c, w)) in entries.iter().enumerate() {
            let y = 90 + 34 * k as i32;
            legend.draw(&PathElement::new([(6, y), (40, y)], c.stroke_width(*w))).map_err(err)?;
            legend.draw(&Text::new(name.clone(), (48, y - 12), font(21))).map_err(err)?;
        }
        Ok(())
    }
}

/// Stacked bars of spending: personnel, public, project (万元) per unit.
#[derive(Clone, Debug)]
pub struct Stacked {
    pub title: String,
    /// (unit, [personnel, public, project])
    pub rows: Vec<(String, [f64; 3])>,
}

/// The far edge of row `i` of `n` rows. The top row ends at `Last`: with one row the rows'
/// coordinate has no width, and `Exact(1)` would fold onto `Exact(0)`.
fn segment_end(i: i32, n: usize) -> SegmentValue<i32> {
    if i + 1 >= n as i32 {
        SegmentValue::Last
    } else {
        SegmentValue::Exact(i + 1)
    }
}

pub const PARTS: [&str; 3] = ["人员经费", "公用经费", "项目支出"];

impl Draw for Stacked {
    fn size(&self) -> (u32, u32) {
        (WIDTH, 220 + 48 * self.rows.len().max(1) as u32)
    }
    fn texts(&self) -> Vec<String> {
        let mut t = vec![self.title.clone(), "支出（万元）".into()];
        t.extend(PARTS.iter().map(|s| s.to_string()));
        t.extend(self.rows.iter().map(|r| r.0.clone()));
        t
    }
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError> {
        root.fill(&WHITE).map_err(err)?;
        let n = self.rows.len();
        let max = self.rows.iter().map(|r| r.1.iter().sum::<f64>()).fold(0.0_f64, f64::max);
        // room on the right for the legend
        let xmax = if max <= 0.0 { 1.0 } else { max * 1.3 };
        let label_w = self.rows.iter().map(|b| b.0.chars().count()).max().unwrap_or(4) as u32 * 24 + 24;
        let mut chart = ChartBuilder::on(root)
            .caption(&self.title, font(32))
            .margin(20)
            .x_label_area_size(56)
            .y_label_area_size(label_w.min(420))
            .build_cartesian_2d(0.0..xmax, Rows(n as i32).into_segmented())
            .map_err(err)?;
        let rows = &self.rows;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(WHITE)
            .x_desc("支出（万元）")
            .label_style(font(22))
            .axis_desc_style(font(22))
            .y_labels(n)
            .y_label_formatter(&|v| top_down_label(rows, v))
            .draw()
            .map_err(err)?;
        for (p, name) in PARTS.iter().enumerate() {
            let c = PALETTE[p];
            chart
                .draw_series(rows.iter().enumerate().map(|(k, r)| {
                    let i = (n - 1 - k) as i32;
                    let start: f64 = r.1[..p].iter().sum();
                    let mut rect = Rectangle::new(
                        [(start, SegmentValue::Exact(i)), (start + r.1[p], segment_end(i, n))],
                        c.filled(),
                    );
                    rect.set_margin(8, 8, 0, 0);
                    rect
                }))
                .map_err(err)?
                .label(*name)
                .legend(move |(x, y)| Rectangle::new([(x, y - 8), (x + 20, y + 8)], c.filled()));
        }
        chart
            .configure_series_labels()
            .label_font(font(20))
            .position(SeriesLabelPosition::LowerRight)
            .background_style(WHITE.mix(0.9))
            .border_style(GREY)
            .draw()
            .map_err(err)?;
        Ok(())
    }
}

/// A heatmap of units × years of a rate in percent; an absent figure is a blank cell.
#[derive(Clone, Debug)]
pub struct Heatmap {
    pub title: String,
    pub units: Vec<String>,
    pub years: Vec<i32>,
    /// values[unit][year]
    pub values: Vec<Vec<Option<f64>>>,
    pub note: String,
}

impl Draw for Heatmap {
    fn size(&self) -> (u32, u32) {
        (WIDTH, 170 + 52 * self.units.len().max(1) as u32)
    }
    fn texts(&self) -> Vec<String> {
        let mut t = vec![self.title.clone(), self.note.clone()];
        t.extend(self.units.iter().cloned());
        t
    }
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError> {
        root.fill(&WHITE).map_err(err)?;
        let (w, h) = self.size();
        root.draw(&Text::new(self.title.clone(), (24, 16), font(32))).map_err(err)?;
        let left = 24 + self.units.iter().map(|u| u.chars().count()).max().unwrap_or(4) as i32 * 24 + 16;
        let top = 110;
        let cw = ((w as i32 - left - 24) / self.years.len().max(1) as i32).max(40);
        let ch = 52;
        for (j, y) in self.years.iter().enumerate() {
            let x = left + cw * j as i32 + cw / 2 - 28;
            root.draw(&Text::new(y.to_string(), (x, top - 36), font(22))).map_err(err)?;
        }
        for (i, u) in self.units.iter().enumerate() {
            let y = top + ch * i as i32;
            root.draw(&Text::new(u.clone(), (24, y + 14), font(22))).map_err(err)?;
            for (j, v) in self.values[i].iter().enumerate() {
                let x = left + cw * j as i32;
                let fill = v.map_or(WHITE, rate_colour);
                root.draw(&Rectangle::new([(x, y), (x + cw - 3, y + ch - 3)], fill.filled())).map_err(err)?;
                root.draw(&Rectangle::new([(x, y), (x + cw - 3, y + ch - 3)], RGBColor(220, 220, 220))).map_err(err)?;
                if let Some(v) = v {
                    let s = format!("{v:.1}");
                    root.draw(&Text::new(s, (x + cw / 2 - 26, y + 14), font(21))).map_err(err)?;
                }
            }
        }
        root.draw(&Text::new(self.note.clone(), (24, h as i32 - 40), font(20).color(&GREY))).map_err(err)?;
        Ok(())
    }
}

/// What a chart will draw.
#[derive(Clone, Debug)]
pub enum Plan {
    Ranking(Ranking),
    Stacked(Stacked),
    Trend(Trend),
    Heatmap(Heatmap),
}

impl Plan {
    /// What the chart draws, as a number: equal plans draw equal images (with the same build:
    /// the key includes it). `previous::Charts` reuses a previous run's image by it.
    pub fn key(&self, with_svg: bool) -> u128 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(&crate::cache::build_key().to_le_bytes());
        h.update(&[with_svg as u8]);
        h.update(format!("{self:?}").as_bytes());
        h.digest128()
    }

    pub fn size(&self) -> (u32, u32) {
        match self {
            Plan::Ranking(c) => c.size(),
            Plan::Stacked(c) => c.size(),
            Plan::Trend(c) => c.size(),
            Plan::Heatmap(c) => c.size(),
        }
    }

    pub fn draw(&self, with_svg: bool) -> Result<Drawn, ChartError> {
        match self {
            Plan::Ranking(c) => draw_both(c, with_svg),
            Plan::Stacked(c) => draw_both(c, with_svg),
            Plan::Trend(c) => draw_both(c, with_svg),
            Plan::Heatmap(c) => draw_both(c, with_svg),
        }
    }
}

/// Draw every planned chart not drawn yet, in parallel (no polars in here: the data was
/// gathered when planning).
pub fn draw_all(charts: &mut [CityChart], with_svg: bool) -> Result<(), ChartError> {
    use rayon::prelude::*;
    register_font()?;
    charts.par_iter_mut().try_for_each(|c| {
        if let (Some(p), None) = (&c.plan, &c.drawn) {
            c.drawn = Some(p.draw(with_svg)?);
        }
        Ok(())
    })
}

/// A chart of a city, planned or drawn, with what it shows, or why it is missing.
#[derive(Clone)]
pub struct CityChart {
    pub city: String,
    pub kind: String,
    pub year: Option<i32>,
    /// file stem under charts/
    pub stem: String,
    pub title: String,
    pub drawn: Option<Drawn>,
    /// what to draw (`draw_all` draws it)
    pub plan: Option<Plan>,
    /// why it was not drawn
    pub why_not: Option<String>,
    pub texts: Vec<String>,
}

fn chart_of(t: (&str, &str, Option<i32>), stem: String, title: &str, plan: Plan, texts: Vec<String>) -> CityChart {
    CityChart {
        city: t.0.into(),
        kind: t.1.into(),
        year: t.2,
        stem: super::grid::safe_name(&stem),
        title: title.into(),
        drawn: None,
        plan: Some(plan),
        why_not: None,
        texts,
    }
}

fn not_drawn(t: (&str, &str, Option<i32>), title: &str, why: String) -> CityChart {
    CityChart {
        city: t.0.into(),
        kind: t.1.into(),
        year: t.2,
        stem: String::new(),
        title: title.into(),
        drawn: None,
        plan: None,
        why_not: Some(why),
        texts: Vec::new(),
    }
}

fn median(v: &[f64]) -> Option<f64> {
    let mut v = v.to_vec();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let m = if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 };
    Some((m * 100.0).round() / 100.0)
}

/// Execution-rate bars, best (closest to 100%) first, with their median; the note says how
/// the rate was taken (`how`) and of what the median is (`median_of`).
fn rate_ranking(title: &str, bars: Vec<(String, f64)>, how: &str, median_of: &str) -> Ranking {
    let vals: Vec<f64> = bars.iter().map(|b| b.1).collect();
    Ranking {
        title: title.into(),
        axis: "预算执行率（%）".into(),
        median: median(&vals),
        bars,
        note: format!(
            "{how}排名按与100%的接近程度；虚线：{median_of}中位数{}%；红：超预算，橙：低于{}%",
            median(&vals).map(crate::model::fmt_num).unwrap_or_default(),
            crate::check::LOW_EXECUTION
        ),
        rate_colours: true,
    }
}

/// A ranking of areas (provinces, cities) on a weighted execution rate, planned: the chart of
/// a many-city briefing. Bars best first (closest to 100%).
pub fn summary_ranking(title: &str, stem: &str, bars: Vec<(String, f64)>) -> CityChart {
    let who = ("", "", None);
    if bars.len() < 2 {
        return not_drawn(who, title, "不足两个地区载明预算数和支出数，无从排名".into());
    }
    let c = rate_ranking(title, bars, "按金额加权（支出数合计÷预算数合计）；", "");
    let texts = c.texts();
    chart_of(who, stem.into(), title, Plan::Ranking(c), texts)
}

/// The charts of one city-year-kind table, planned (`draw_all` draws them): the ranking of
/// the execution rate and the spending structure.
pub fn year_charts(t: &CityTable) -> Vec<CityChart> {
    let kl = super::grid::kind_label(&t.kind);
    let who = (t.city.as_str(), t.kind.as_str(), Some(t.year));
    let mut out = Vec::new();
    let title = format!("{}{}年度{}预算执行率排名", t.city, t.year, kl);
    let bars: Vec<(String, f64)> = t
        .rows
        .iter()
        .filter_map(|r| r.cell("exec_rate_total").and_then(|c| c.value).map(|v| (r.name().to_string(), v)))
        .collect();
    if bars.len() < 2 {
        let why = if bars.is_empty() {
            format!("{}{}年度无单位载明可计算预算执行率的数字", t.city, t.year)
        } else {
            format!("{}{}年度仅一个单位有预算执行率，无从排名", t.city, t.year)
        };
        out.push(not_drawn(who, &title, why));
    } else {
        let c = rate_ranking(&title, bars, "", "全市各单位");
        let texts = c.texts();
        out.push(chart_of(who, format!("{}{}{}_执行率排名", t.city, t.year, kl), &title, Plan::Ranking(c), texts));
    }
    let title = format!("{}{}年度{}支出结构", t.city, t.year, kl);
    let rows: Vec<(String, [f64; 3])> = t
        .rows
        .iter()
        .filter_map(|r| Some((r.name().to_string(), [r.spending[0]?, r.spending[1]?, r.spending[2]?])))
        .collect();
    if rows.is_empty() {
        out.push(not_drawn(who, &title, format!("{}{}年度无单位同时载明人员经费、公用经费和项目支出", t.city, t.year)));
    } else {
        let c = Stacked { title: title.clone(), rows };
        let texts = c.texts();
        out.push(chart_of(who, format!("{}{}{}_支出结构", t.city, t.year, kl), &title, Plan::Stacked(c), texts));
    }
    out
}

/// The charts of one city and kind across years, planned: trend lines and the heatmap.
pub fn trend_charts(series: &ct::SeriesIndex, city: &str, kind: &str) -> Vec<CityChart> {
    let kl = super::grid::kind_label(kind);
    let who = (city, kind, None);
    let units = series.units(city, kind, "exec_rate_total");
    let city_s = series.city(city, kind, "exec_rate_total");
    let t = Trend {
        title: format!("{city}{kl}预算执行率趋势"), axis: "预算执行率（%）".into(), units, city: city_s
    };
    let years = t.years();
    let mut out = Vec::new();
    if years.len() < 2 {
        let why = match years.first() {
            Some(y) => format!("{city}仅有{y}年度的数据，一个年度画不出趋势"),
            None => format!("{city}没有载明预算执行率的年度"),
        };
        out.push(not_drawn(who, &t.title, why.clone()));
        out.push(not_drawn(who, &format!("{city}{kl}预算执行率热力图"), why.replace("画不出趋势", "无从逐年比较")));
        return out;
    }
    let heat_units: Vec<String> = t.units.iter().map(|s| s.name.clone()).collect();
    let heat_values: Vec<Vec<Option<f64>>> = t
        .units
        .iter()
        .map(|s| years.iter().map(|y| s.points.iter().find(|p| p.0 == *y).map(|p| p.1)).collect())
        .collect();
    let (title, texts) = (t.title.clone(), t.texts());
    out.push(chart_of(who, format!("{city}{kl}_执行率趋势"), &title, Plan::Trend(t), texts));
    let h = Heatmap {
        title: format!("{city}{kl}各单位历年预算执行率（%）"),
        units: heat_units,
        values: heat_values,
        years,
        note: format!(
            "红：超预算（>100%）　橙：低于{}%　绿：越深越接近100%　空白：未载明",
            crate::check::LOW_EXECUTION
        ),
    };
    let (title, texts) = (h.title.clone(), h.texts());
    out.push(chart_of(who, format!("{city}{kl}_执行率热力图"), &title, Plan::Heatmap(h), texts));
    // a drug-control result across years: the relapse rate (no city total: it is no sum)
    let units = series.units(city, kind, "relapse_rate");
    let t = Trend { title: format!("{city}{kl}复吸率趋势"), axis: "复吸率（%）".into(), units, city: None };
    match t.years().len() {
        0 => {}
        1 => out.push(not_drawn(who, &t.title, format!("{city}复吸率仅载明一个年度，画不出趋势"))),
        _ => {
            let (title, texts) = (t.title.clone(), t.texts());
            out.push(chart_of(who, format!("{city}{kl}_复吸率趋势"), &title, Plan::Trend(t), texts));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pixel rows of column `x` that have colour `c`, on `chart` drawn in memory.
    fn rows_of_colour(chart: &impl Draw, x: u32, c: RGBColor) -> usize {
        register_font().unwrap();
        let (w, h) = chart.size();
        let mut rgb = vec![255u8; (w * h * 3) as usize];
        {
            let root = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
            chart.draw(&root).unwrap();
        }
        (0..h as usize)
            .filter(|&y| {
                let i = (y * w as usize + x as usize) * 3;
                rgb[i..i + 3] == [c.0, c.1, c.2]
            })
            .count()
    }

    /// A one-unit spending chart's bar fills its row, as each bar of a longer chart does
    /// (it was a sliver under the title: plotters maps a one-value range to pixel 0).
    #[test]
    fn one_unit_bar_fills_its_row() {
        let one = Stacked { title: "一个单位".into(), rows: vec![("岳阳楼区".into(), [70.0, 10.0, 250.0])] };
        let two = Stacked { title: "两个单位".into(), rows: vec![("甲县".into(), [70.0, 10.0, 250.0]); 2] };
        // x = 800 px is inside the green project-spending part of every bar
        let (h1, h2) = (rows_of_colour(&one, 800, PALETTE[2]), rows_of_colour(&two, 800, PALETTE[2]));
        // each row is 48 px of the image, less the bars' margins
        assert!(h2 >= 2 * 30, "two bars are {h2} px high");
        assert!(h1 >= 30, "the one-unit bar is {h1} px high");
    }

    #[test]
    fn median_of_even_and_odd() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[1.0, 2.0, 3.0, 4.0]), Some(2.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn rates_above_budget_are_red_and_low_ones_orange() {
        assert_eq!(rate_colour(118.0), RGBColor(0xE1, 0x57, 0x59));
        assert_eq!(rate_colour(60.0), RGBColor(0xF2, 0x8E, 0x2B));
        assert_eq!(rate_colour(100.0), RGBColor(0x59, 0xA1, 0x4F));
    }
}
