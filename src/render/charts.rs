//! The charts of a city, as PNG and SVG (plotters, the bundled Noto Sans SC subset): the
//! ranking of its units on an indicator with the city median drawn, year-on-year trend lines
//! per unit and for the city (beyond `MAX_LINES` units, small multiples: a panel per unit, the
//! image as tall as its rows), stacked bars of the spending structure, and a heatmap of units
//! × years of the execution rate. One palette; 1200 px wide (A4 width at 150 dpi). Charts are
//! per city (never one chart of every unit in the country); a chart the data cannot support
//! (a trend of one year, a ranking of one unit) is not drawn and the reason is handed on.
//! A chart taller than a Word page holds at its text width (`MAX_HEIGHT`: 38 units' ranking)
//! is cut into parts titled 1/2, 2/2 on one scale; the city's own line is named 全市.

use super::chart::{encode_rows, rate_colour, register_font, ChartError, FAMILY};
use crate::compute::tables::{self as ct, CityTable, Series};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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
        // white, so that the chart's own white fill is skipped (`Canvas::on_white`): the
        // chart before left the buffer white (`encode_rows` whitening each row once read),
        // so only a part it did not have is filled (filling every chart's megabytes afresh
        // was memory traffic of a twentieth of the charts' time)
        let n = w as usize * h as usize * 3;
        if rgb.len() >= n {
            rgb.truncate(n);
        } else {
            rgb.resize(n, 255);
        }
        let drawn = (|| {
            {
                let root = super::canvas::Canvas::on_white(rgb, (w, h)).into_drawing_area();
                c.draw(&root)?;
                root.present().map_err(err)?;
            }
            encode_rows(rgb, w, h, true)
        })();
        if drawn.is_err() {
            // drawn on and not whitened: the next chart starts afresh
            rgb.clear();
        }
        drawn
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
    /// the value axis' end, shared by the parts of a ranking cut in parts (else its own)
    pub xmax: Option<f64>,
    /// the names' column in characters, shared by the parts of a ranking cut in parts so that
    /// their axes line up (else its own longest name's)
    pub label_chars: Option<usize>,
}

/// A bar row's height, and the rest of a ranking's, a spending chart's and a heatmap's image, in px.
const ROW: u32 = 48;
const RANKING_FIXED: u32 = 200;
const STACKED_FIXED: u32 = 220;
const HEATMAP_ROW: u32 = 52;
const HEATMAP_FIXED: u32 = 170;

impl Ranking {
    /// The value axis' end: the largest bar (or the median) and room for its label.
    fn scale_max(&self) -> f64 {
        if let Some(x) = self.xmax {
            return x;
        }
        let max = self.bars.iter().map(|b| b.1).fold(0.0_f64, f64::max).max(self.median.unwrap_or(0.0));
        if max <= 0.0 {
            1.0
        } else {
            max * 1.15
        }
    }
}

impl Draw for Ranking {
    fn size(&self) -> (u32, u32) {
        (WIDTH, RANKING_FIXED + ROW * self.bars.len().max(1) as u32)
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
        let xmax = self.scale_max();
        let chars =
            self.label_chars.unwrap_or_else(|| self.bars.iter().map(|b| b.0.chars().count()).max().unwrap_or(4));
        let label_w = chars as u32 * 24 + 24;
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
        // each value beside its bar, on white over the median's line (values near the median
        // were crossed out by it), centred on the bar
        chart
            .draw_series(bars.iter().enumerate().map(|(k, b)| {
                let i = (n - 1 - k) as i32;
                let label = crate::model::fmt_num(b.1);
                let (w, h) = main.estimate_text_size(&label, &font(20)).unwrap_or((60, 20));
                let (w, h) = (w as i32, h as i32);
                EmptyElement::at((b.1 + xmax * 0.01, SegmentValue::CenterOf(i)))
                    + Rectangle::new([(-2, -h / 2 - 2), (w + 3, h / 2 + 2)], WHITE.filled())
                    + Text::new(label, (0, 0), font(20).pos(Pos::new(HPos::Left, VPos::Center)))
            }))
            .map_err(err)?;
        Ok(())
    }
}

/// Year-on-year lines: one per unit, the city's own line thick and dark. Up to `MAX_LINES`
/// units they share one plot with a legend beside it; beyond, each unit has a small panel of
/// its own (small multiples, `Panels`), the city's line and the middle half of the units (a grey
/// band) behind it, on one scale (the crowd's: a far-out value is a triangle at the edge with
/// its value, `panel_range`), the image as tall as its rows. A year a unit does not state is a gap in its
/// line, never a zero.
#[derive(Clone, Debug)]
pub struct Trend {
    pub title: String,
    pub axis: String,
    pub units: Vec<Series>,
    pub city: Option<Series>,
}

/// The most units one plot of lines holds (with its legend): more are small multiples.
pub const MAX_LINES: usize = 8;

impl Trend {
    pub fn years(&self) -> Vec<i32> {
        let mut y: Vec<i32> =
            self.units.iter().chain(self.city.iter()).flat_map(|s| s.points.iter().map(|p| p.0)).collect();
        y.sort();
        y.dedup();
        y
    }

    /// The panels' grid when the trend is drawn as small multiples.
    pub fn panels(&self) -> Option<Panels> {
        (self.units.len() > MAX_LINES).then(|| Panels::of(self.units.len()))
    }

    /// The lowest and highest value, every series together.
    fn value_range(&self) -> (f64, f64) {
        let all = self.units.iter().chain(self.city.iter()).flat_map(|s| s.points.iter().map(|p| p.1));
        let (lo, hi) = all.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
        if lo > hi {
            (0.0, 1.0)
        } else {
            (lo, hi)
        }
    }

    /// The panels' value scale (before padding): every value, unless a few lie far out (beyond
    /// three spreads of the middle half from it, the spread at least 5% of the values' size),
    /// which would flatten every other panel (one unit at 163% against 90–100%): those are
    /// left outside and drawn at their panel's edge with their value (`draw_panels`). The
    /// reference line and the band stay inside.
    fn panel_range(&self) -> (f64, f64) {
        let mut v: Vec<f64> = self.units.iter().flat_map(|s| s.points.iter().map(|p| p.1)).collect();
        if v.len() < 4 {
            return self.value_range();
        }
        v.sort_by(f64::total_cmp);
        let (q1, q3) = (quantile(&v, 0.25), quantile(&v, 0.75));
        let spread = (q3 - q1).max(q3.abs().max(q1.abs()) * 0.05).max(1e-9);
        let (flo, fhi) = (q1 - 3.0 * spread, q3 + 3.0 * spread);
        let inside = v.iter().copied().filter(|x| (flo..=fhi).contains(x));
        let (mut lo, mut hi) = inside.fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(x), b.max(x)));
        let refs = self.reference().map(|r| r.0.points).unwrap_or_default();
        for x in refs.iter().map(|p| p.1).chain(self.band().iter().flat_map(|b| [b.1, b.2])) {
            lo = lo.min(x);
            hi = hi.max(x);
        }
        if lo > hi {
            self.value_range()
        } else {
            (lo, hi)
        }
    }

    /// The reference every panel draws: the city's own line, or (a rate with no city line, as
    /// the relapse rate) the median of the units stating the year.
    fn reference(&self) -> Option<(Series, bool)> {
        if let Some(c) = self.city.as_ref().filter(|c| !c.points.is_empty()) {
            return Some((c.clone(), false));
        }
        let m = median_series(&self.units);
        (!m.points.is_empty()).then_some((m, true))
    }
}

/// The city's own line (the units' roll-up, weighted by amount) as charts, legends, the
/// workbook and the briefing name it.
pub const CITY_LINE: &str = "全市";

/// The median of the units stating each year (各单位中位数), year by year.
pub fn median_series(units: &[Series]) -> Series {
    let mut years: Vec<i32> = units.iter().flat_map(|s| s.points.iter().map(|p| p.0)).collect();
    years.sort();
    years.dedup();
    let points = years
        .into_iter()
        .filter_map(|y| {
            let v: Vec<f64> = units.iter().filter_map(|s| s.points.iter().find(|p| p.0 == y).map(|p| p.1)).collect();
            median(&v).map(|m| (y, m))
        })
        .collect();
    Series { name: MEDIAN_NAME.into(), points }
}

/// The quantile `q` of sorted `v`, linearly between ranks.
fn quantile(v: &[f64], q: f64) -> f64 {
    let at = q * (v.len() - 1) as f64;
    let (i, f) = (at.floor() as usize, at - at.floor());
    v[i] + (v[(i + 1).min(v.len() - 1)] - v[i]) * f
}

impl Trend {
    /// The middle half of the units each year (25th to 75th percentile), for the years two
    /// units or more state: the panels' grey band, the crowd a unit is read against. (A faint
    /// line per other unit said the same, less clearly, at n² lines a chart: 38 units were
    /// 1,406 lines and four fifths of the chart's drawing.)
    fn band(&self) -> Vec<(i32, f64, f64)> {
        self.years()
            .into_iter()
            .filter_map(|y| {
                let mut v: Vec<f64> =
                    self.units.iter().filter_map(|s| s.points.iter().find(|p| p.0 == y).map(|p| p.1)).collect();
                v.sort_by(f64::total_cmp);
                (v.len() >= 2).then(|| (y, quantile(&v, 0.25), quantile(&v, 0.75)))
            })
            .collect()
    }
}

const MEDIAN_NAME: &str = "各单位中位数";
/// What the header says when a value lies beyond the panels' scale, and its mark's colour.
const CLIPPED_NOTE: &str = "三角：超出刻度的值，标于小图边缘并注明数值";
const OUT_OF_SCALE: RGBColor = RGBColor(0xE1, 0x57, 0x59);
const BAND_NAME: &str = "各单位中间一半的范围";

/// A series' runs of consecutive years: a year it does not state breaks its line.
pub fn runs(points: &[(i32, f64)]) -> Vec<&[(i32, f64)]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=points.len() {
        if i == points.len() || points[i].0 != points[i - 1].0 + 1 {
            if start < i {
                out.push(&points[start..i]);
            }
            start = i;
        }
    }
    out
}

/// The grid of a small-multiples trend: `cols` × `rows` panels of `w` × `h` px under a header.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Panels {
    pub cols: u32,
    pub rows: u32,
    pub w: u32,
    pub h: u32,
}

/// The small multiples' header (title, key, scale note), their left margin (the value labels)
/// and their foot, in px.
const HEAD: u32 = 150;
const LEFT: u32 = 72;
const RIGHT: u32 = 14;
const FOOT: u32 = 12;
/// A panel's title band and its year labels' band, in px.
const PANEL_TITLE: u32 = 38;
const PANEL_YEARS: u32 = 30;
/// The small multiples' text sizes (plotters' sizes: a CJK character is 0.69 of one wide). A
/// 1200 px chart printed 17 cm wide is 70 px a centimetre: a name of 30 (an em of 20.7 px)
/// prints at 8 pt, as a scale label of 24 at 6.6 pt; on a screen showing the 17 cm at 96 dpi
/// (642 px) they are 11 and 9 px.
const NAME: u32 = 30;
const NAME_MIN: u32 = 24;
const LABEL: u32 = 24;
const KEY: u32 = 26;

impl Panels {
    /// Four columns up to 20 units, five up to 40, six beyond: 38 units are 8 rows of 192 px,
    /// 1,698 px in all, which a Word page (A4) holds at its text width.
    pub fn of(n: usize) -> Panels {
        let cols: u32 = match n {
            0..=20 => 4,
            21..=40 => 5,
            _ => 6,
        };
        let rows = (n as u32).div_ceil(cols).max(1);
        Panels { cols, rows, w: (WIDTH - LEFT - RIGHT) / cols, h: 192 }
    }

    pub fn height(&self) -> u32 {
        HEAD + self.rows * self.h + FOOT
    }

    /// The top left corner of panel `i` (row by row).
    pub fn origin(&self, i: usize) -> (i32, i32) {
        let (c, r) = (i as u32 % self.cols, i as u32 / self.cols);
        ((LEFT + c * self.w) as i32, (HEAD + r * self.h) as i32)
    }
}

/// Round ticks of about three steps over `lo..hi`.
fn ticks(lo: f64, hi: f64) -> (f64, Vec<f64>) {
    let span = (hi - lo).max(1e-9);
    let raw = span / 3.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw * (1.0 - 1e-9)).unwrap_or(10.0 * mag);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step + 1e-9).floor() as i64;
    (step, (first..=last).map(|k| k as f64 * step).collect())
}

/// A tick's value with as many decimals as its step has (steps are 1, 2 or 5 × 10^k).
fn tick_label(v: f64, step: f64) -> String {
    let decimals = (-(step.log10() + 1e-9).floor()).max(0.0) as usize;
    format!("{v:.decimals$}")
}

/// A dashed polyline of dashes `on` px long `off` px apart, drawn as plain segments (any backend).
fn dashed<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pts: &[(i32, i32)],
    on: f64,
    off: f64,
    style: ShapeStyle,
) -> Result<(), ChartError> {
    for w in pts.windows(2) {
        let ((x0, y0), (x1, y1)) = ((w[0].0 as f64, w[0].1 as f64), (w[1].0 as f64, w[1].1 as f64));
        let len = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
        let mut t = 0.0;
        while t < len {
            let u = (t + on).min(len);
            let at = |d: f64| ((x0 + (x1 - x0) * d / len).round() as i32, (y0 + (y1 - y0) * d / len).round() as i32);
            root.draw(&PathElement::new(vec![at(t), at(u)], style)).map_err(err)?;
            t = u + off;
        }
    }
    Ok(())
}

/// `text` in `size` px, smaller down to `min` px to fit `width`, and cut with an ellipsis
/// when even that is too wide.
fn fitted<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    size: u32,
    min: u32,
    width: u32,
) -> (String, u32) {
    let w = |t: &str, s: u32| root.estimate_text_size(t, &font(s)).map(|d| d.0).unwrap_or(u32::MAX);
    let mut s = size;
    while s > min && w(text, s) > width {
        s -= 1;
    }
    if w(text, s) <= width {
        return (text.to_string(), s);
    }
    let chars: Vec<char> = text.chars().collect();
    for n in (1..chars.len()).rev() {
        let t: String = chars[..n].iter().collect::<String>() + "…";
        if w(&t, s) <= width {
            return (t, s);
        }
    }
    (text.to_string(), s)
}

/// The box (left, top, right, bottom, px from its mark) of a far-out value's label, clear of
/// its unit's own line: `first`, where the label goes (under a mark at the top edge, over one
/// at the bottom), when the line to the neighbouring years (`lines`, their points from the
/// mark) misses it; else beside the mark on the side the line is not, on the other side, or
/// further from the edge, the first of them the line misses inside `area`. (A value far above
/// its neighbours comes up to its mark steeply: its label under the mark sat on the line.)
fn label_box(first: [i32; 4], up: bool, lines: &[(i32, i32)], area: [i32; 4]) -> [i32; 4] {
    let (w, h) = (first[2] - first[0], first[3] - first[1]);
    let inside = |b: &[i32; 4]| b[0] >= area[0] && b[2] <= area[2] && b[1] >= area[1] && b[3] <= area[3];
    let clear = |b: &[i32; 4]| {
        lines.iter().all(|&(nx, ny)| {
            let len = nx.abs().max(ny.abs()).max(1);
            (0..=len).all(|t| {
                let (x, y) = (nx * t / len, ny * t / len);
                !(x >= b[0] - 3 && x <= b[2] + 3 && y >= b[1] - 3 && y <= b[3] + 3)
            })
        })
    };
    if clear(&first) {
        return first;
    }
    // beside the mark, level with the edge
    let top = if up { -2 } else { 2 - h };
    let right = [12, top, 12 + w, top + h];
    let left = [-12 - w, top, -12, top + h];
    // the side away from the line first
    let sides = if lines.iter().map(|l| l.0.signum()).sum::<i32>() > 0 { [left, right] } else { [right, left] };
    let step = if up { 8 } else { -8 };
    // (not far: a label far from its mark is read as another point's)
    let further = (1..=6).map(|k| [first[0], first[1] + k * step, first[2], first[3] + k * step]);
    sides.into_iter().chain(further).filter(|b| inside(b)).find(|b| clear(b)).unwrap_or(first)
}

impl Draw for Trend {
    fn size(&self) -> (u32, u32) {
        match self.panels() {
            Some(p) => (WIDTH, p.height()),
            None => (WIDTH, 720),
        }
    }
    fn texts(&self) -> Vec<String> {
        let mut t = vec![self.title.clone(), self.axis.clone(), "年度".into()];
        t.extend(self.units.iter().chain(self.city.iter()).map(|s| s.name.clone()));
        if self.panels().is_some() {
            t.extend([BAND_NAME.into(), MEDIAN_NAME.into(), "…".into(), self.scale_note(), CLIPPED_NOTE.into()]);
        } else {
            t.extend(["三角：超出刻度的值，".into(), "标于边缘并注明数值".into()]);
        }
        t
    }
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError> {
        root.fill(&WHITE).map_err(err)?;
        match self.panels() {
            Some(p) => self.draw_panels(root, p),
            None => self.draw_lines(root),
        }
    }
}

impl Trend {
    fn scale_note(&self) -> String {
        format!("纵轴：{}，各小图同一刻度；横轴：年度；断开处为该年度未载明", self.axis)
    }

    /// Every unit a line in one plot, the legend beside it.
    fn draw_lines<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError> {
        let years = self.years();
        let (y0, y1) = (*years.first().unwrap_or(&0), *years.last().unwrap_or(&1));
        // the scale of the crowd (and the city's line): a far-out value is marked at the edge
        let (lo, hi) = self.panel_range();
        let pad = ((hi - lo) * 0.1).max(1.0);
        let (vmin, vmax) = ((lo - pad).max(0.0), hi + pad);
        let (main, legend) = root.split_horizontally(WIDTH - 230);
        let mut chart = ChartBuilder::on(&main)
            .caption(&self.title, font(32))
            .margin(20)
            .x_label_area_size(56)
            .y_label_area_size(80)
            .build_cartesian_2d((y0 as f64 - 0.2)..(y1 as f64 + 0.2), vmin..vmax)
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
        // a far-out value, its colour, and its line's points the years before and after
        let mut marks: Vec<((i32, f64), RGBColor, Vec<(i32, f64)>)> = Vec::new();
        let inside = |v: f64| v.clamp(vmin, vmax);
        let lines = self.units.iter().enumerate().map(|(i, s)| (s, PALETTE[i % PALETTE.len()], 2, 4));
        for (s, c, w, r) in lines.chain(self.city.iter().map(|s| (s, BLACK, 5, 6))) {
            for run in runs(&s.points) {
                let pts = run.iter().map(|p| (p.0 as f64, inside(p.1)));
                chart.draw_series(LineSeries::new(pts, c.stroke_width(w))).map_err(err)?;
            }
            let (shown, out): (Vec<&(i32, f64)>, Vec<&(i32, f64)>) =
                s.points.iter().partition(|p| (vmin..=vmax).contains(&p.1));
            chart.draw_series(shown.iter().map(|p| Circle::new((p.0 as f64, p.1), r, c.filled()))).map_err(err)?;
            // beyond the scale: marked after every line is drawn
            let beside = |p: &(i32, f64)| -> Vec<(i32, f64)> {
                s.points.iter().filter(|q| (q.0 - p.0).abs() == 1).map(|q| (q.0, inside(q.1))).collect()
            };
            marks.extend(out.into_iter().map(|p| (*p, c, beside(p))));
            entries.push((s.name.clone(), c, w));
        }
        // a triangle at the edge pointing out, and the value on white below (above) it
        let (px, py) = chart.plotting_area().get_pixel_range();
        for ((year, v), c, next) in &marks {
            let up = *v > vmax;
            let (tip, base, vpos, ty) = if up { (-2, 12, VPos::Top, 16) } else { (2, -12, VPos::Bottom, -16) };
            let label = crate::model::fmt_num((v * 10.0).round() / 10.0);
            let (w, h) = main.estimate_text_size(&label, &font(22)).unwrap_or((50, 20));
            let (w, h) = (w as i32, h as i32);
            let (y0, y1) = if up { (ty - 2, ty + h + 2) } else { (ty - h - 2, ty + 2) };
            let at = (*year as f64, inside(*v));
            let (mx, my) = chart.backend_coord(&at);
            let lines: Vec<(i32, i32)> =
                next.iter().map(|q| chart.backend_coord(&(q.0 as f64, q.1))).map(|(x, y)| (x - mx, y - my)).collect();
            let area = [px.start - mx, py.start - 4 - my, px.end - mx, py.end + 4 - my];
            let first = [-w / 2 - 3, y0, w / 2 + 3, y1];
            let b = label_box(first, up, &lines, area);
            let mark = EmptyElement::at(at) + Polygon::new(vec![(0, tip), (-9, base), (9, base)], c.filled());
            let mark = if b == first {
                mark + Rectangle::new([(-w / 2 - 3, y0), (w / 2 + 3, y1)], WHITE.filled())
                    + Text::new(label, (0, ty), font(22).pos(Pos::new(HPos::Center, vpos)).color(c))
            } else {
                mark + Rectangle::new([(b[0], b[1]), (b[2], b[3])], WHITE.filled())
                    + Text::new(label, (b[0] + 3, b[1] + 2), font(22).pos(Pos::new(HPos::Left, VPos::Top)).color(c))
            };
            chart.plotting_area().draw(&mark).map_err(err)?;
        }
        // the legend beside the plot, one line per series
        legend.fill(&WHITE).map_err(err)?;
        for (k, (name, c, w)) in entries.iter().enumerate() {
            let y = 90 + 34 * k as i32;
            legend.draw(&PathElement::new([(6, y), (40, y)], c.stroke_width(*w))).map_err(err)?;
            // a long name smaller, or cut, rather than off the image's right edge
            let (name, size) = fitted(&legend, name, 21, 17, 230 - 48 - 8);
            legend.draw(&Text::new(name, (48, y - 12), font(size))).map_err(err)?;
        }
        if !marks.is_empty() {
            let y = 90 + 34 * entries.len() as i32;
            for (k, line) in ["三角：超出刻度的值，", "标于边缘并注明数值"].iter().enumerate() {
                legend.draw(&Text::new(*line, (6, y + 26 * k as i32), font(19).color(&GREY))).map_err(err)?;
            }
        }
        Ok(())
    }

    /// One panel per unit: its line in colour over the units' middle half (a grey band) and the city's
    /// (or the units' median) in black, one value scale, the unit's name above.
    fn draw_panels<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, p: Panels) -> Result<(), ChartError> {
        const BAND: RGBColor = RGBColor(222, 222, 222);
        const FRAME: RGBColor = RGBColor(200, 200, 200);
        const RULE: RGBColor = RGBColor(232, 232, 232);
        let colour = PALETTE[0];
        let years = self.years();
        let (y0, y1) = (*years.first().unwrap_or(&0), *years.last().unwrap_or(&1));
        let (lo, hi) = self.panel_range();
        let pad = ((hi - lo) * 0.08).max(0.5);
        let (vmin, vmax) = ((lo - pad).max(0.0), hi + pad);
        let clipped = self.units.iter().any(|s| s.points.iter().any(|p| p.1 < vmin || p.1 > vmax));
        let (step, marks) = ticks(vmin, vmax);
        let reference = self.reference();
        let band = self.band();
        let band: Vec<&[(i32, f64, f64)]> = band.chunk_by(|a, b| b.0 == a.0 + 1).collect();
        // the header: title, key, what the axes are
        root.draw(&Text::new(self.title.clone(), (24, 14), font(36))).map_err(err)?;
        let key_y = 86;
        let mut x = 24;
        let key = |x: &mut i32, name: &str, style: ShapeStyle, dash: bool| -> Result<(), ChartError> {
            if dash {
                dashed(root, &[(*x, key_y), (*x + 40, key_y)], 8.0, 5.0, style)?;
            } else {
                root.draw(&PathElement::new([(*x, key_y), (*x + 40, key_y)], style)).map_err(err)?;
            }
            root.draw(&Text::new(
                name.to_string(),
                (*x + 48, key_y),
                font(KEY).pos(Pos::new(HPos::Left, VPos::Center)),
            ))
            .map_err(err)?;
            let w = root.estimate_text_size(name, &font(KEY)).map(|d| d.0 as i32).unwrap_or(100);
            *x += 48 + w + 36;
            Ok(())
        };
        key(&mut x, "本单位（见小图标题）", colour.stroke_width(3), false)?;
        if let Some((r, dash)) = &reference {
            key(&mut x, &r.name, BLACK.stroke_width(2), *dash)?;
        }
        key(&mut x, BAND_NAME, BAND.stroke_width(14), false)?;
        let note = if clipped { format!("{}；{CLIPPED_NOTE}", self.scale_note()) } else { self.scale_note() };
        root.draw(&Text::new(note, (24, 110), font(LABEL).color(&GREY))).map_err(err)?;
        // plot areas and pixel positions
        let inner = |i: usize| {
            let (ox, oy) = p.origin(i);
            let (l, r) = (ox + 10, ox + p.w as i32 - 12);
            let (t, b) = (oy + PANEL_TITLE as i32, oy + (p.h - PANEL_YEARS) as i32 - 8);
            (l, r, t, b)
        };
        let at = |(l, r, t, b): (i32, i32, i32, i32), year: i32, v: f64| {
            let fx = if y1 > y0 { (year - y0) as f64 / (y1 - y0) as f64 } else { 0.5 };
            // a value beyond the scale at the panel's edge (marked there with its value)
            let fy = ((v - vmin) / (vmax - vmin)).clamp(0.0, 1.0);
            (l + (fx * (r - l) as f64).round() as i32, b - (fy * (b - t) as f64).round() as i32)
        };
        let line = |s: &Series, bx, style: ShapeStyle| -> Result<(), ChartError> {
            for run in runs(&s.points) {
                if run.len() > 1 {
                    let pts: Vec<(i32, i32)> = run.iter().map(|q| at(bx, q.0, q.1)).collect();
                    root.draw(&PathElement::new(pts, style)).map_err(err)?;
                }
            }
            Ok(())
        };
        for (i, unit) in self.units.iter().enumerate() {
            let bx @ (l, r, t, b) = inner(i);
            let (ox, oy) = p.origin(i);
            // rules at the value marks, the value labels left of the first column
            for m in &marks {
                let (_, y) = at(bx, y0, *m);
                root.draw(&PathElement::new([(l, y), (r, y)], RULE.stroke_width(1))).map_err(err)?;
                if (i as u32).is_multiple_of(p.cols) {
                    let label = Text::new(
                        tick_label(*m, step),
                        (l - 8, y),
                        font(LABEL).pos(Pos::new(HPos::Right, VPos::Center)).color(&GREY),
                    );
                    root.draw(&label).map_err(err)?;
                }
            }
            root.draw(&Rectangle::new([(l, t), (r, b)], FRAME.stroke_width(1))).map_err(err)?;
            // the years: a tick each, the first and the last labelled
            for y in y0..=y1 {
                let (x, _) = at(bx, y, vmin);
                root.draw(&PathElement::new([(x, b), (x, b + 4)], FRAME.stroke_width(1))).map_err(err)?;
            }
            for (y, anchor, shift) in [(y0, HPos::Left, -6), (y1, HPos::Right, 6)] {
                let x = at(bx, y, vmin).0 + shift;
                let label =
                    Text::new(y.to_string(), (x, b + 6), font(LABEL).pos(Pos::new(anchor, VPos::Top)).color(&GREY));
                root.draw(&label).map_err(err)?;
            }
            let (name, size) = fitted(root, &unit.name, NAME, NAME_MIN, (r - l) as u32);
            root.draw(&Text::new(name, (ox + 10, oy + 4), font(size))).map_err(err)?;
            for run in &band {
                let upper = run.iter().map(|q| at(bx, q.0, q.2));
                let lower = run.iter().rev().map(|q| at(bx, q.0, q.1));
                root.draw(&Polygon::new(upper.chain(lower).collect::<Vec<_>>(), BAND.filled())).map_err(err)?;
            }
            if let Some((s, dash)) = &reference {
                if *dash {
                    for run in runs(&s.points) {
                        let pts: Vec<(i32, i32)> = run.iter().map(|q| at(bx, q.0, q.1)).collect();
                        dashed(root, &pts, 8.0, 5.0, BLACK.stroke_width(2))?;
                    }
                } else {
                    line(s, bx, BLACK.stroke_width(2))?;
                }
            }
            line(unit, bx, colour.stroke_width(3))?;
            for q in &unit.points {
                let (x, y) = at(bx, q.0, q.1);
                if q.1 <= vmax && q.1 >= vmin {
                    root.draw(&Circle::new((x, y), 4, colour.filled())).map_err(err)?;
                    continue;
                }
                // beyond the scale: a triangle at the edge pointing out, and the value
                let up = q.1 > vmax;
                let (tip, base) = if up { (y - 2, y + 12) } else { (y + 2, y - 12) };
                let tri = vec![(x, tip), (x - 8, base), (x + 8, base)];
                root.draw(&Polygon::new(tri, OUT_OF_SCALE.filled())).map_err(err)?;
                let anchor = if x > r - 50 {
                    HPos::Right
                } else if x < l + 50 {
                    HPos::Left
                } else {
                    HPos::Center
                };
                let (ty, vpos) = if up { (base + 2, VPos::Top) } else { (base - 2, VPos::Bottom) };
                let value = crate::model::fmt_num((q.1 * 10.0).round() / 10.0);
                // where it goes, clear of the unit's line to the years beside it
                let (w, h) = root.estimate_text_size(&value, &font(LABEL)).unwrap_or((50, 20));
                let (w, h) = (w as i32, h as i32);
                let x0 = match anchor {
                    HPos::Left => 0,
                    HPos::Center => -w / 2,
                    HPos::Right => -w,
                };
                let first = if up { [x0, ty - y, x0 + w, ty - y + h] } else { [x0, ty - y - h, x0 + w, ty - y] };
                let lines: Vec<(i32, i32)> = unit
                    .points
                    .iter()
                    .filter(|n| (n.0 - q.0).abs() == 1)
                    .map(|n| at(bx, n.0, n.1))
                    .map(|(nx, ny)| (nx - x, ny - y))
                    .collect();
                let area = [ox + 4 - x, t - 4 - y, ox + p.w as i32 - 4 - x, b + 4 - y];
                let at_box = label_box(first, up, &lines, area);
                let label = if at_box == first {
                    Text::new(value, (x, ty), font(LABEL).pos(Pos::new(anchor, vpos)).color(&OUT_OF_SCALE))
                } else {
                    let corner = (x + at_box[0], y + at_box[1]);
                    Text::new(value, corner, font(LABEL).pos(Pos::new(HPos::Left, VPos::Top)).color(&OUT_OF_SCALE))
                };
                root.draw(&label).map_err(err)?;
            }
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
    /// the value axis' end, shared by the parts of a chart cut in parts (else its own)
    pub xmax: Option<f64>,
    /// the names' column in characters, shared by the parts of a chart cut in parts (else its
    /// own longest name's)
    pub label_chars: Option<usize>,
    /// under the chart (which part of how many), or nothing
    pub note: String,
}

impl Stacked {
    /// The value axis' end: the largest total, and room on the right for the legend.
    fn scale_max(&self) -> f64 {
        if let Some(x) = self.xmax {
            return x;
        }
        let max = self.rows.iter().map(|r| r.1.iter().sum::<f64>()).fold(0.0_f64, f64::max);
        if max <= 0.0 {
            1.0
        } else {
            max * 1.3
        }
    }
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
        (WIDTH, STACKED_FIXED + ROW * self.rows.len().max(1) as u32)
    }
    fn texts(&self) -> Vec<String> {
        let mut t = vec![self.title.clone(), "支出（万元）".into(), self.note.clone()];
        t.extend(PARTS.iter().map(|s| s.to_string()));
        t.extend(self.rows.iter().map(|r| r.0.clone()));
        t
    }
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<(), ChartError> {
        root.fill(&WHITE).map_err(err)?;
        let n = self.rows.len();
        let xmax = self.scale_max();
        let chars =
            self.label_chars.unwrap_or_else(|| self.rows.iter().map(|b| b.0.chars().count()).max().unwrap_or(4));
        let label_w = chars as u32 * 24 + 24;
        let root = if self.note.is_empty() {
            root.clone()
        } else {
            let (main, foot) = root.split_vertically(self.size().1 - 36);
            foot.draw(&Text::new(self.note.clone(), (24, 6), font(20).color(&GREY))).map_err(err)?;
            main
        };
        let mut chart = ChartBuilder::on(&root)
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
        (WIDTH, HEATMAP_FIXED + HEATMAP_ROW * self.units.len().max(1) as u32)
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
    /// what the chart shows (the briefing picks the budget charts by it, not by their titles)
    pub shows: Shows,
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

/// What a chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shows {
    /// units (or areas) ranked on the execution rate
    ExecRanking,
    /// the spending structure (personnel, public, project)
    Structure,
    /// the execution rate across years, lines or small multiples
    ExecTrend,
    /// units × years of the execution rate
    ExecHeatmap,
    /// the relapse rate across years (a drug-control result, no budget)
    RelapseTrend,
}

impl Shows {
    /// A chart of the budget (execution, spending): a year's work summary states none.
    pub fn budget(self) -> bool {
        !matches!(self, Shows::RelapseTrend)
    }
}

fn chart_of(
    t: (&str, &str, Option<i32>),
    shows: Shows,
    stem: String,
    title: &str,
    plan: Plan,
    texts: Vec<String>,
) -> CityChart {
    CityChart {
        city: t.0.into(),
        kind: t.1.into(),
        shows,
        year: t.2,
        stem: super::grid::safe_name(&stem),
        title: title.into(),
        drawn: None,
        plan: Some(plan),
        why_not: None,
        texts,
    }
}

fn not_drawn(t: (&str, &str, Option<i32>), shows: Shows, title: &str, why: String) -> CityChart {
    CityChart {
        city: t.0.into(),
        kind: t.1.into(),
        shows,
        year: t.2,
        stem: String::new(),
        title: title.into(),
        drawn: None,
        plan: None,
        why_not: Some(why),
        texts: Vec::new(),
    }
}

/// The tallest image a Word page (A4, 2.54 cm margins: 16.0 × 22.9 cm of text) shows at
/// its text width without shrinking it, for a chart `WIDTH` px wide.
pub const MAX_HEIGHT: u32 = super::chart::page_height(WIDTH);

/// How a list of `n` rows is cut so that each part's image, `fixed + row × rows` px tall,
/// stays within `MAX_HEIGHT`: as few parts as that takes, of even length (38 units of 48 px
/// rows: 19 and 19, not 31 and 7).
pub fn parts_of(n: usize, fixed: u32, row: u32) -> Vec<std::ops::Range<usize>> {
    super::chart::parts_within(n, fixed, row, MAX_HEIGHT)
}

/// A part's title: the whole title with （1/2）.
fn part_title(title: &str, i: usize, of: usize) -> String {
    if of > 1 {
        format!("{title}（{}/{of}）", i + 1)
    } else {
        title.to_string()
    }
}

fn part_stem(stem: &str, i: usize, of: usize) -> String {
    if of > 1 {
        format!("{stem}_{}of{of}", i + 1)
    } else {
        stem.to_string()
    }
}

/// A ranking too tall for a page cut in parts, each titled 1/2, 2/2…, on one scale, each bar
/// named with its rank; the median is of all units. (Part, number of parts.)
fn split_ranking(c: Ranking) -> Vec<(Ranking, usize)> {
    let parts = parts_of(c.bars.len(), RANKING_FIXED, ROW);
    let of = parts.len();
    if of == 1 {
        return vec![(c, 1)];
    }
    let xmax = c.scale_max();
    let n = c.bars.len();
    // (the names' column as wide in every part, numbered as they are: the parts' axes line up)
    let label_chars = c.bars.iter().enumerate().map(|(k, b)| format!("{}. {}", k + 1, b.0).chars().count()).max();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let bars =
                c.bars[r.clone()].iter().enumerate().map(|(k, b)| (format!("{}. {}", r.start + k + 1, b.0), b.1));
            let note = format!("第{}—{}名，共{n}个单位，各部分同一刻度。{}", r.start + 1, r.end, c.note);
            let part = Ranking {
                title: part_title(&c.title, i, of),
                bars: bars.collect(),
                xmax: Some(xmax),
                label_chars,
                note,
                ..c.clone()
            };
            (part, of)
        })
        .collect()
}

/// Spending bars too tall for a page cut in parts, on one scale.
fn split_stacked(c: Stacked) -> Vec<(Stacked, usize)> {
    let parts = parts_of(c.rows.len(), STACKED_FIXED, ROW);
    let of = parts.len();
    if of == 1 {
        return vec![(c, 1)];
    }
    let xmax = c.scale_max();
    let n = c.rows.len();
    let label_chars = c.rows.iter().map(|r| r.0.chars().count()).max();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let part = Stacked {
                title: part_title(&c.title, i, of),
                rows: c.rows[r.clone()].to_vec(),
                xmax: Some(xmax),
                label_chars,
                note: format!("第{}—{}个单位，共{n}个，各部分同一刻度", r.start + 1, r.end),
            };
            (part, of)
        })
        .collect()
}

/// A heatmap too tall for a page cut in parts of its units (the colours are one scale).
fn split_heatmap(h: Heatmap) -> Vec<(Heatmap, usize)> {
    let parts = parts_of(h.units.len(), HEATMAP_FIXED, HEATMAP_ROW);
    let of = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let part = Heatmap {
                title: part_title(&h.title, i, of),
                units: h.units[r.clone()].to_vec(),
                values: h.values[r].to_vec(),
                ..h.clone()
            };
            (part, of)
        })
        .collect()
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
        xmax: None,
        label_chars: None,
    }
}

/// A ranking of areas (provinces, cities) on a weighted execution rate, planned: the chart of
/// a many-city briefing. Bars best first (closest to 100%).
pub fn summary_ranking(title: &str, stem: &str, bars: Vec<(String, f64)>) -> CityChart {
    let who = ("", "", None);
    if bars.len() < 2 {
        return not_drawn(who, Shows::ExecRanking, title, "不足两个地区载明预算数和支出数，无从排名".into());
    }
    let c = rate_ranking(title, bars, "按金额加权（支出数合计÷预算数合计）；", "");
    let texts = c.texts();
    chart_of(who, Shows::ExecRanking, stem.into(), title, Plan::Ranking(c), texts)
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
        out.push(not_drawn(who, Shows::ExecRanking, &title, why));
    } else {
        let c = rate_ranking(&title, bars, "", "全市各单位");
        let stem = format!("{}{}{}_执行率排名", t.city, t.year, kl);
        out.extend(split_ranking(c).into_iter().enumerate().map(|(i, (c, of))| {
            let texts = c.texts();
            let title = c.title.clone();
            chart_of(who, Shows::ExecRanking, part_stem(&stem, i, of), &title, Plan::Ranking(c), texts)
        }));
    }
    // (整体支出 + 支出结构 said 支出 twice: 整体支出结构)
    let title = format!(
        "{}{}年度{}结构",
        t.city,
        t.year,
        if kl.ends_with("支出") { kl.to_string() } else { format!("{kl}支出") }
    );
    let rows: Vec<(String, [f64; 3])> = t
        .rows
        .iter()
        .filter_map(|r| Some((r.name().to_string(), [r.spending[0]?, r.spending[1]?, r.spending[2]?])))
        .collect();
    if rows.is_empty() {
        let why = format!("{}{}年度无单位同时载明人员经费、公用经费和项目支出", t.city, t.year);
        out.push(not_drawn(who, Shows::Structure, &title, why));
    } else {
        let c = Stacked { title: title.clone(), rows, xmax: None, label_chars: None, note: String::new() };
        let stem = format!("{}{}{}_支出结构", t.city, t.year, kl);
        out.extend(split_stacked(c).into_iter().enumerate().map(|(i, (c, of))| {
            let texts = c.texts();
            let title = c.title.clone();
            chart_of(who, Shows::Structure, part_stem(&stem, i, of), &title, Plan::Stacked(c), texts)
        }));
    }
    out
}

/// The charts of one city and kind across years, planned: trend lines and the heatmap.
pub fn trend_charts(series: &ct::SeriesIndex, city: &str, kind: &str) -> Vec<CityChart> {
    let kl = super::grid::kind_label(kind);
    let who = (city, kind, None);
    let units = series.units(city, kind, "exec_rate_total");
    // the roll-up's line, named as the city's own line (全市), not as a table's sum row
    let city_s = series.city(city, kind, "exec_rate_total").map(|mut c| {
        c.name = CITY_LINE.into();
        c
    });
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
        out.push(not_drawn(who, Shows::ExecTrend, &t.title, why.clone()));
        let heat = format!("{city}{kl}预算执行率热力图");
        out.push(not_drawn(who, Shows::ExecHeatmap, &heat, why.replace("画不出趋势", "无从逐年比较")));
        return out;
    }
    let heat_units: Vec<String> = t.units.iter().map(|s| s.name.clone()).collect();
    let heat_values: Vec<Vec<Option<f64>>> = t
        .units
        .iter()
        .map(|s| years.iter().map(|y| s.points.iter().find(|p| p.0 == *y).map(|p| p.1)).collect())
        .collect();
    let (title, texts) = (t.title.clone(), t.texts());
    out.push(chart_of(who, Shows::ExecTrend, format!("{city}{kl}_执行率趋势"), &title, Plan::Trend(t), texts));
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
    let stem = format!("{city}{kl}_执行率热力图");
    out.extend(split_heatmap(h).into_iter().enumerate().map(|(i, (h, of))| {
        let (title, texts) = (h.title.clone(), h.texts());
        chart_of(who, Shows::ExecHeatmap, part_stem(&stem, i, of), &title, Plan::Heatmap(h), texts)
    }));
    // a drug-control result across years: the relapse rate (no city total: it is no sum)
    let units = series.units(city, kind, "relapse_rate");
    let t = Trend { title: format!("{city}{kl}复吸率趋势"), axis: "复吸率（%）".into(), units, city: None };
    match t.years().len() {
        0 => {}
        1 => out.push(not_drawn(who, Shows::RelapseTrend, &t.title, format!("{city}复吸率仅载明一个年度，画不出趋势"))),
        _ => {
            let (title, texts) = (t.title.clone(), t.texts());
            out.push(chart_of(
                who,
                Shows::RelapseTrend,
                format!("{city}{kl}_复吸率趋势"),
                &title,
                Plan::Trend(t),
                texts,
            ));
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
        let one = Stacked {
            title: "一个单位".into(),
            rows: vec![("岳阳楼区".into(), [70.0, 10.0, 250.0])],
            xmax: None,
            label_chars: None,
            note: String::new(),
        };
        let two = Stacked {
            title: "两个单位".into(),
            rows: vec![("甲县".into(), [70.0, 10.0, 250.0]); 2],
            xmax: None,
            label_chars: None,
            note: String::new(),
        };
        // x = 800 px is inside the green project-spending part of every bar
        let (h1, h2) = (rows_of_colour(&one, 800, PALETTE[2]), rows_of_colour(&two, 800, PALETTE[2]));
        // each row is 48 px of the image, less the bars' margins
        assert!(h2 >= 2 * 30, "two bars are {h2} px high");
        assert!(h1 >= 30, "the one-unit bar is {h1} px high");
    }

    /// `n` units over 2015–2024, each year stated, around 90–100.
    fn units(n: usize) -> Vec<Series> {
        (0..n)
            .map(|u| Series {
                name: format!("第{u}区"),
                points: (2015..2025).map(|y| (y, 90.0 + ((u * 7 + y as usize * 3) % 10) as f64)).collect(),
            })
            .collect()
    }

    fn trend(units: Vec<Series>) -> Trend {
        let city = Series { name: "某市合计".into(), points: (2015..2025).map(|y| (y, 94.0)).collect() };
        Trend {
            title: "某市预算执行率趋势".into(), axis: "预算执行率（%）".into(), units, city: Some(city)
        }
    }

    /// `chart` drawn in memory as the run draws it: its size and RGB pixels.
    fn pixels(chart: &impl Draw) -> (u32, u32, Vec<u8>) {
        register_font().unwrap();
        let (w, h) = chart.size();
        let mut rgb = vec![255u8; (w * h * 3) as usize];
        chart.draw(&crate::render::canvas::Canvas::on_white(&mut rgb, (w, h)).into_drawing_area()).unwrap();
        (w, h, rgb)
    }

    fn count(rgb: &[u8], w: u32, xs: std::ops::Range<u32>, ys: std::ops::Range<u32>, c: RGBColor) -> usize {
        ys.flat_map(|y| xs.clone().map(move |x| (x, y)))
            .filter(|&(x, y)| {
                let i = (y as usize * w as usize + x as usize) * 3;
                rgb[i..i + 3] == [c.0, c.1, c.2]
            })
            .count()
    }

    /// Up to `MAX_LINES` units: one plot of lines, its legend (the city's line last) inside
    /// the image. Beyond: small multiples, as tall as their rows, 38 units' panels all inside.
    #[test]
    fn many_units_are_small_multiples_as_tall_as_their_rows() {
        let few = trend(units(MAX_LINES));
        assert!(few.panels().is_none());
        assert_eq!(few.size(), (WIDTH, 720));
        // the legend's last entry (the city) is at 90 + 34 × 8 px
        assert!(90 + 34 * MAX_LINES as u32 + 20 < 720);
        let (h9, h20, h38) = (trend(units(9)).size().1, trend(units(20)).size().1, trend(units(38)).size().1);
        assert!(h9 < h20 && h20 < h38, "{h9} {h20} {h38}");
        let p = trend(units(38)).panels().unwrap();
        assert_eq!((p.cols, p.rows), (5, 8));
        assert!(p.origin(37).1 as u32 + p.h <= h38, "the last panel is inside the image");
        // a Word page (A4, text width) holds it without shrinking: 1200 px wide, at most 1,717 high
        assert!(h38 <= 1717, "{h38} px");
        // the city's line is drawn in the last panel: black pixels inside it
        let (w, h, rgb) = pixels(&trend(units(38)));
        assert_eq!((w, h), (WIDTH, h38));
        let (x, y) = p.origin(37);
        let black = count(&rgb, w, x as u32 + 12..x as u32 + p.w - 14, y as u32 + 32..y as u32 + p.h - 40, BLACK);
        assert!(black > 100, "{black} black pixels in the last panel");
        // and the key names it, in the header
        let key = count(&rgb, w, 0..WIDTH, 60..96, BLACK);
        assert!(key > 80, "{key} black pixels in the key");
    }

    /// A far-out value's label is where it was when its unit's line misses it; else beside
    /// the mark, away from the line, inside the plot; never on the line.
    #[test]
    fn a_far_out_label_keeps_clear_of_its_line() {
        let area = [-300, -10, 300, 200];
        // under the mark, 40 px wide: a line going off to the right and down misses it
        let first = [-20, 14, 20, 34];
        assert_eq!(label_box(first, true, &[(200, 40)], area), first);
        assert_eq!(label_box(first, true, &[], area), first);
        // a line coming up steeply from the left crosses it: the label goes right of the mark
        let b = label_box(first, true, &[(-15, 150)], area);
        assert_eq!((b[0], b[2] - b[0], b[3] - b[1]), (12, 40, 20));
        // from the right: to the left
        let b = label_box(first, true, &[(15, 150)], area);
        assert_eq!((b[2], b[2] - b[0]), (-12, 40));
        // lines on both sides, no room beside (the plot's edges): further down, between them
        let narrow = [-30, -10, 30, 200];
        let b = label_box(first, true, &[(-70, 150), (70, 150)], narrow);
        assert!(b[1] > first[1] && b != first, "{b:?}");
        // a mark at the bottom edge: its label over it, beside it level with the edge
        let first = [-20, -34, 20, -14];
        let b = label_box(first, false, &[(-15, -150)], [-300, -200, 300, 10]);
        assert_eq!((b[0], b[3]), (12, 2));
    }

    /// Charts drawn one after another on the thread's buffer (left white by each, for the
    /// next) are the PNGs each draws on a fresh white buffer, whatever their sizes' order.
    #[test]
    fn charts_drawn_in_turn_are_as_drawn_afresh() {
        let tall = trend(units(38));
        let short = trend(units(3));
        let mut lone = units(12);
        lone[2].points[4].1 = 170.0;
        let mid = trend(lone);
        let afresh = |c: &Trend| {
            let (w, h, rgb) = pixels(c);
            super::super::chart::encode_png(&rgb, w, h).unwrap()
        };
        for c in [&tall, &short, &mid, &tall, &mid, &short] {
            assert_eq!(draw_both(c, false).unwrap().png, afresh(c), "{}", c.units.len());
        }
    }

    /// A year a unit does not state is a gap in its line (never a zero, never bridged), in
    /// a panel of the small multiples.
    #[test]
    fn a_missing_year_is_a_gap() {
        let mut u = units(12);
        u[0].points.retain(|p| p.0 != 2020);
        let t = trend(u);
        let p = t.panels().unwrap();
        let (w, _, rgb) = pixels(&t);
        // panel 0's plot: left edge at origin + 10, right at origin + w − 12, 2015..2024
        let (ox, oy) = p.origin(0);
        let (l, r) = (ox + 10, ox + p.w as i32 - 12);
        let x_of = |y: f64| (l as f64 + (y - 2015.0) / 9.0 * (r - l) as f64).round() as u32;
        let ys = oy as u32 + PANEL_TITLE..oy as u32 + p.h - PANEL_YEARS;
        let between = |a: f64| count(&rgb, w, x_of(a) - 1..x_of(a) + 2, ys.clone(), PALETTE[0]);
        assert!(between(2017.5) > 0, "the line between two stated years");
        assert_eq!(between(2019.5), 0, "no line into the missing year");
        assert_eq!(between(2020.5), 0, "no line out of the missing year");
        // the same unit in a plot of lines: its runs are broken at the gap
        assert_eq!(runs(&t.units[0].points).iter().map(|r| r.len()).collect::<Vec<_>>(), [5, 4]);
        assert_eq!(runs(&[(2015, 1.0), (2017, 2.0)]).len(), 2);
        assert!(runs(&[]).is_empty());
    }

    /// One unit at 163% among 90–100% does not set the panels' scale (it flattened every
    /// other panel): the scale stays near the crowd, and the value is marked at its panel's
    /// top edge (a red triangle and its value), never hidden; the header says so.
    #[test]
    fn an_outlier_is_marked_at_the_edge_not_the_scale() {
        let mut u = units(38);
        u[7].points[5].1 = 163.0;
        let t = trend(u);
        let (lo, hi) = t.panel_range();
        assert!(hi < 110.0 && lo > 80.0, "{lo}..{hi}");
        assert_eq!(t.value_range().1, 163.0);
        let p = t.panels().unwrap();
        let (w, _, rgb) = pixels(&t);
        let (ox, oy) = p.origin(7);
        let top = oy as u32 + PANEL_TITLE - 4..oy as u32 + PANEL_TITLE + 40;
        let marked = count(&rgb, w, ox as u32..ox as u32 + p.w, top, OUT_OF_SCALE);
        assert!(marked > 60, "{marked} red pixels at the panel's top");
        // no other panel has a mark
        let (ox, oy) = p.origin(8);
        assert_eq!(count(&rgb, w, ox as u32..ox as u32 + p.w, oy as u32..oy as u32 + p.h, OUT_OF_SCALE), 0);
        // the same units without it: every value inside, no mark anywhere
        let (w, h, rgb) = pixels(&trend(units(38)));
        assert_eq!(count(&rgb, w, 0..w, HEAD..h, OUT_OF_SCALE), 0);
    }

    /// In one plot of lines too (up to `MAX_LINES` units) a far-out value does not set the
    /// scale: it is a triangle at the plot's top edge in its unit's colour, with its value.
    #[test]
    fn an_outlier_in_one_plot_of_lines_is_marked_at_the_edge() {
        let mut u = units(5);
        u[0].points[5].1 = 163.0;
        let t = trend(u);
        assert!(t.panels().is_none());
        let (lo, hi) = t.panel_range();
        assert!(hi < 110.0 && lo > 80.0, "{lo}..{hi}");
        // the plot's top edge: under the title, above every line of the crowd
        let top = |t: &Trend| {
            let (w, _, rgb) = pixels(t);
            count(&rgb, w, 100..WIDTH - 240, 60..112, PALETTE[0])
        };
        let (with, without) = (top(&t), top(&trend(units(5))));
        assert!(with > without + 80, "{with} pixels at the top with the mark, {without} without");
    }

    /// Without a city line (the relapse rate) the panels' reference is the units' median.
    #[test]
    fn the_reference_is_the_city_or_else_the_median() {
        let mut t = trend(units(10));
        assert_eq!(t.reference().unwrap().0.name, "某市合计");
        t.city = None;
        let (m, dashed) = t.reference().unwrap();
        assert!(dashed);
        assert_eq!(m.points.len(), 10);
        assert!(t.texts().contains(&MEDIAN_NAME.to_string()));
    }

    /// The grey band is the units' middle half each year, for years two units state.
    #[test]
    fn the_band_is_the_middle_half_of_the_units() {
        let s = |name: &str, pts: &[(i32, f64)]| Series { name: name.into(), points: pts.to_vec() };
        let t = Trend {
            title: String::new(),
            axis: String::new(),
            units: vec![
                s("甲", &[(2020, 10.0), (2021, 1.0)]),
                s("乙", &[(2020, 20.0)]),
                s("丙", &[(2020, 30.0), (2022, 5.0)]),
                s("丁", &[(2020, 40.0), (2022, 7.0)]),
                s("戊", &[(2020, 50.0)]),
            ],
            city: None,
        };
        assert_eq!(t.band(), [(2020, 20.0, 40.0), (2022, 5.5, 6.5)]);
    }

    #[test]
    fn ticks_are_round_and_labelled_exactly() {
        let (step, t) = ticks(14.5, 15.5);
        assert_eq!(step, 0.5);
        assert_eq!(t.iter().map(|v| tick_label(*v, step)).collect::<Vec<_>>(), ["14.5", "15.0", "15.5"]);
        let (step, t) = ticks(3.3, 3.9);
        assert_eq!(step, 0.2);
        assert_eq!(t.iter().map(|v| tick_label(*v, step)).collect::<Vec<_>>(), ["3.4", "3.6", "3.8"]);
        let (step, t) = ticks(86.0, 101.0);
        assert_eq!(
            (step, t.iter().map(|v| tick_label(*v, step)).collect::<Vec<_>>()),
            (5.0, vec!["90".into(), "95".into(), "100".into()])
        );
    }

    /// A long name in the legend of a plot of lines stays inside the image: no pixel of text
    /// in the image's last columns.
    #[test]
    fn a_long_name_stays_inside_the_legend() {
        let mut u = units(3);
        u[1].name = "石家庄高新技术产业开发区管理委员会办公室".into();
        let t = trend(u);
        assert!(t.panels().is_none());
        let (w, h, rgb) = pixels(&t);
        let inked = (0..h).filter(|&y| {
            let i = (y as usize * w as usize + w as usize - 4) * 3;
            rgb[i..i + 12].iter().any(|&b| b < 200)
        });
        assert_eq!(inked.count(), 0);
    }

    /// A name too long for its panel is drawn smaller, and cut only past the smallest size.
    #[test]
    fn a_long_name_fits_its_panel() {
        register_font().unwrap();
        let mut rgb = vec![255u8; 400 * 50 * 3];
        let root = crate::render::canvas::Canvas::on_white(&mut rgb, (400, 50)).into_drawing_area();
        let name = "彭水苗族土家族自治县";
        let wide = root.estimate_text_size(name, &font(NAME)).unwrap().0;
        let (t, s) = fitted(&root, name, NAME, NAME_MIN, wide - 10);
        assert_eq!(t, name);
        assert!((NAME_MIN..NAME).contains(&s), "{s}");
        let (t, s) = fitted(&root, "石家庄高新技术产业开发区管理委员会", NAME, NAME_MIN, wide - 10);
        assert!(t.ends_with('…'), "{t}");
        assert_eq!(s, NAME_MIN);
        assert!(root.estimate_text_size(&t, &font(s)).unwrap().0 <= wide - 10);
    }

    /// A ranking, a spending chart or a heatmap of 38 units is cut in two images, each
    /// within a Word page's proportions (1200 × 1717 px), titled 1/2 and 2/2, on one scale;
    /// 9 units stay one image.
    #[test]
    fn tall_charts_are_cut_to_fit_a_page() {
        let names: Vec<String> = (0..38).map(|i| format!("第{i}区")).collect();
        let bars: Vec<(String, f64)> = names.iter().enumerate().map(|(i, n)| (n.clone(), 60.0 + i as f64)).collect();
        let parts = split_ranking(rate_ranking("某市排名", bars.clone(), "", "全市各单位"));
        assert_eq!(parts.len(), 2);
        assert_eq!(parts.iter().map(|p| p.0.bars.len()).collect::<Vec<_>>(), [19, 19]);
        assert_eq!(parts[1].0.title, "某市排名（2/2）");
        assert_eq!(parts[1].0.bars[0].0, "20. 第19区");
        assert_eq!(parts[0].0.scale_max(), parts[1].0.scale_max(), "one scale");
        assert_eq!(parts[0].0.median, parts[1].0.median, "the median of all units");
        for (p, of) in &parts {
            assert_eq!(*of, 2);
            assert!(p.size().1 <= MAX_HEIGHT, "{:?}", p.size());
        }
        let rows: Vec<(String, [f64; 3])> = names.iter().map(|n| (n.clone(), [1.0, 2.0, 3.0])).collect();
        let parts =
            split_stacked(Stacked { title: "结构".into(), rows, xmax: None, label_chars: None, note: String::new() });
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| p.0.size().1 <= MAX_HEIGHT && p.0.note.contains("共38个")));
        let h = Heatmap {
            title: "热力图".into(),
            units: names.clone(),
            years: vec![2023, 2024],
            values: vec![vec![Some(90.0), None]; 38],
            note: String::new(),
        };
        let parts = split_heatmap(h);
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| p.0.size().1 <= MAX_HEIGHT && p.0.units.len() == p.0.values.len()));
        assert_eq!(parts.iter().map(|p| p.0.units.len()).sum::<usize>(), 38);
        // 9 units: one image, its title as it was
        let nine = split_ranking(rate_ranking("某市排名", bars[..9].to_vec(), "", "全市各单位"));
        assert_eq!((nine.len(), nine[0].0.title.as_str(), nine[0].0.bars[0].0.as_str()), (1, "某市排名", "第0区"));
        assert_eq!(parts_of(31, RANKING_FIXED, ROW).len(), 1);
        assert_eq!(parts_of(32, RANKING_FIXED, ROW), [0..16, 16..32]);
    }

    /// The parts of a ranking or a spending chart cut in parts keep one names' column, the
    /// longest name's of all (numbered, for a ranking): their axes line up.
    #[test]
    fn the_parts_of_a_tall_chart_share_their_names_column() {
        let mut names: Vec<String> = (0..38).map(|i| format!("第{i}区")).collect();
        names[30] = "某某土家族苗族自治县".into();
        let bars: Vec<(String, f64)> = names.iter().enumerate().map(|(i, n)| (n.clone(), 60.0 + i as f64)).collect();
        let parts = split_ranking(rate_ranking("某市排名", bars, "", "全市各单位"));
        let widths: Vec<Option<usize>> = parts.iter().map(|p| p.0.label_chars).collect();
        assert_eq!(widths, [Some("31. 某某土家族苗族自治县".chars().count()); 2]);
        let rows: Vec<(String, [f64; 3])> = names.iter().map(|n| (n.clone(), [1.0, 2.0, 3.0])).collect();
        let parts =
            split_stacked(Stacked { title: "结构".into(), rows, xmax: None, label_chars: None, note: String::new() });
        assert!(parts.iter().all(|p| p.0.label_chars == Some("某某土家族苗族自治县".chars().count())));
    }

    /// Which charts are of the budget is told by what they show, not by their titles.
    #[test]
    fn budget_charts_are_known_by_what_they_show() {
        let who = ("某市", "summary", None);
        let relapse = not_drawn(who, Shows::RelapseTrend, "某市执行情况复吸率趋势", "仅一个年度".into());
        assert!(!relapse.shows.budget());
        let structure = not_drawn(who, Shows::Structure, "某市经费构成", "未载明".into());
        assert!(structure.shows.budget());
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
