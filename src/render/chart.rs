//! Charts as PNG with plotters, Chinese drawn with the Noto Sans SC subset bundled in
//! `src/render/font/` (compiled in, so no system font is needed).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::sync::Once;
use thiserror::Error;

pub use super::glyphs::FAMILY;
use super::glyphs::FONT;

#[derive(Debug, Error)]
pub enum ChartError {
    #[error("the bundled CJK font could not be loaded")]
    Font,
    #[error("drawing failed: {0}")]
    Draw(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

fn draw_err<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Draw(format!("{e:?}"))
}

pub fn register_font() -> Result<(), ChartError> {
    static ONCE: Once = Once::new();
    let mut ok = true;
    ONCE.call_once(|| {
        ok = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT).is_ok();
    });
    if ok {
        Ok(())
    } else {
        Err(ChartError::Font)
    }
}

/// One bar: a label and a value in percent.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Bar {
    pub label: String,
    pub value: f64,
}

/// Colour of an execution rate: red above 100%, orange below `check::LOW_EXECUTION`, green
/// the deeper the nearer 100%.
pub fn rate_colour(v: f64) -> RGBColor {
    let low = crate::check::LOW_EXECUTION;
    if v > 100.0 + 1e-9 {
        RGBColor(0xE1, 0x57, 0x59)
    } else if v < low {
        RGBColor(0xF2, 0x8E, 0x2B)
    } else {
        // the threshold → pale, 100 → full green
        let t = ((v - low) / (100.0 - low)).clamp(0.0, 1.0);
        let mix = |a: f64, b: f64| (a + (b - a) * t) as u8;
        RGBColor(mix(230.0, 0x59 as f64), mix(240.0, 0xA1 as f64), mix(220.0, 0x4F as f64))
    }
}

/// execution_rate.png's width, the height of a bar's row and of the rest of the image, in px.
const BARS_WIDTH: u32 = 1000;
const BAR_ROW: u32 = 42;
const BARS_FIXED: u32 = 170;

/// A horizontal bar chart of percentages with a reference line at 100%, as PNG: one image,
/// or (more bars than a Word page holds at its text width, as `charts::MAX_HEIGHT` says for a
/// chart of this width: 30) several, highest bars first, titled （1/2）, （2/2）, on one
/// scale, each footnote naming the next part's file (`part_file`).
pub fn bar_chart_pct(title: &str, bars: &[Bar], footnote: &str) -> Result<Vec<Vec<u8>>, ChartError> {
    let max_height = page_height(BARS_WIDTH);
    let n = bars.len();
    // the parts from the top of the chart (the highest bars; `bars` is ascending)
    let parts = parts_within(n, BARS_FIXED, BAR_ROW, max_height);
    let of = parts.len();
    let xmax = bars_scale(bars);
    // the names' column as wide in every part, so that the parts' axes line up
    let label_w = bars.iter().map(|b| b.label.chars().count()).max().unwrap_or(4) as u32 * 17 + 20;
    let scale = (xmax, label_w);
    parts
        .iter()
        .enumerate()
        .map(|(i, r)| {
            if of == 1 {
                return bar_chart_part(title, &bars[n - r.end..n - r.start], footnote, scale);
            }
            let more = match i + 1 < of {
                true => format!("，续见{}", part_file("execution_rate", "png", i + 1, of)),
                false => String::new(),
            };
            let note = format!("{footnote}　第{}—{}条，各部分同一刻度{more}", r.start + 1, r.end);
            bar_chart_part(&format!("{title}（{}/{of}）", i + 1), &bars[n - r.end..n - r.start], &note, scale)
        })
        .collect()
}

/// The tallest image `width` px wide a Word page (A4, 2.54 cm margins: 16.0 × 22.9 cm of
/// text) shows at its text width without shrinking it (1,717 px for 1,200).
pub const fn page_height(width: u32) -> u32 {
    width * 1717 / 1200
}

/// How a list of `n` rows is cut so that each part's image, `fixed + row × rows` px tall,
/// stays within `max` px: as few parts as that takes, of even length (`charts::parts_of`).
pub fn parts_within(n: usize, fixed: u32, row: u32, max: u32) -> Vec<std::ops::Range<usize>> {
    let most = ((max.saturating_sub(fixed)) / row).max(1) as usize;
    let parts = n.div_ceil(most).max(1);
    let each = n.div_ceil(parts).max(1);
    (0..parts).map(|p| p * each..((p + 1) * each).min(n)).filter(|r| !r.is_empty()).collect()
}

/// The file of part `i` (from 0) of `of` of an image cut in parts: the first keeps the
/// whole image's name (execution_rate.png), the others are named for their place
/// (execution_rate_2of2.png).
pub fn part_file(stem: &str, ext: &str, i: usize, of: usize) -> String {
    if i == 0 || of < 2 {
        format!("{stem}.{ext}")
    } else {
        format!("{stem}_{}of{of}.{ext}", i + 1)
    }
}

/// The value axis' end of bars: the largest (at least 100) and room for its label.
fn bars_scale(bars: &[Bar]) -> f64 {
    let max = bars.iter().map(|b| b.value).fold(100.0_f64, f64::max);
    (max * 1.15 / 10.0).ceil() * 10.0
}

/// One image of `bar_chart_pct`, its value axis ending at `scale.0`, its names' column
/// `scale.1` px wide.
fn bar_chart_part(title: &str, bars: &[Bar], footnote: &str, scale: (f64, u32)) -> Result<Vec<u8>, ChartError> {
    register_font()?;
    let n = bars.len().max(1);
    let height = BARS_FIXED + BAR_ROW * n as u32;
    let width = BARS_WIDTH;
    let mut rgb = vec![255u8; width as usize * height as usize * 3];
    {
        let root = super::canvas::Canvas::on_white(&mut rgb, (width, height)).into_drawing_area();
        let (main, foot) = root.split_vertically(height - 30);
        draw_bars(&main, title, bars, scale)?;
        foot.fill(&WHITE).map_err(draw_err)?;
        foot.draw(&Text::new(footnote.to_string(), (20, 4), (FAMILY, 16).into_font().color(&RGBColor(90, 90, 90))))
            .map_err(draw_err)?;
        root.present().map_err(draw_err)?;
    }
    encode_rows(&mut rgb, width, height, false)
}

/// RGB pixels as PNG, in memory, quickly: the charts of a national run are thousands (7 GB
/// of pixels). A row the same as the one above is written Up-filtered (all zeros, found by
/// one comparison), every other row Paeth-filtered by `paeth_row`; then fdeflate's deflate,
/// made for filtered PNG rows (the png crate's `Compression::Fast`), as `deflate::Zlib` writes
/// it (the same bytes, passing over the rows' zeros faster). Against the png crate's own
/// Paeth + fast deflate, measured on 80 charts of a province (218 MB of pixels, half their
/// rows the same as the row above): 3.38 G → 1.71 G instructions with fdeflate's own
/// compressor, same size (7,328,864 → 7,324,685 bytes), same pixels. Paeth is a third of the
/// Sub filter's size and Up nearly twice Paeth's, on these charts.
pub fn encode_png(rgb: &[u8], w: u32, h: u32) -> Result<Vec<u8>, ChartError> {
    encode_rows(&mut rgb.to_vec(), w, h, false)
}

/// `encode_png` of a buffer of the caller's, each row made white again once read (while it
/// is in the cache) when `whiten`: the buffer is left white for the next chart, which then
/// skips filling megabytes (`charts::draw_both`).
pub fn encode_rows(rgb: &mut [u8], w: u32, h: u32, whiten: bool) -> Result<Vec<u8>, ChartError> {
    let stride = w as usize * 3;
    if stride == 0 || h == 0 || rgb.len() != stride * h as usize {
        return Err(ChartError::Draw(format!("{} bytes are no {w}×{h} RGB image", rgb.len())));
    }
    let mut z = super::deflate::Zlib::new(Vec::with_capacity(rgb.len() / 24));
    let mut paeth = vec![0u8; stride + 1];
    paeth[0] = png::FilterType::Paeth as u8;
    let up_filter = png::FilterType::Up as u8;
    // the row above the first is zeros
    let zeros = vec![0u8; stride];
    for i in 0..h as usize {
        let (before, rest) = rgb.split_at_mut(i * stride);
        let line = &rest[..stride];
        let prev = if i == 0 { &zeros[..] } else { &before[(i - 1) * stride..] };
        if line == prev {
            z.zero_row(up_filter, stride + 1);
        } else {
            paeth_row(&mut paeth[1..], line, prev);
            z.row(&paeth);
        }
        // the row above is read for the last time
        if whiten && i > 0 {
            before[(i - 1) * stride..].fill(255);
        }
    }
    if whiten {
        rgb[(h as usize - 1) * stride..].fill(255);
    }
    let idat = z.finish();
    let mut out = Vec::with_capacity(idat.len() + 64);
    let mut e = png::Encoder::new(&mut out, w, h);
    e.set_color(png::ColorType::Rgb);
    e.set_depth(png::BitDepth::Eight);
    let mut wr = e.write_header().map_err(draw_err)?;
    wr.write_chunk(png::chunk::IDAT, &idat).map_err(draw_err)?;
    wr.finish().map_err(draw_err)?;
    Ok(out)
}

/// One row Paeth-filtered (`out[i] = line[i] - paeth(left, above, upper left)`), with AVX2
/// where the CPU has it: the same code compiled for AVX2 is a quarter of the instructions of
/// the png crate's filter (which the default x86-64 target cannot vectorise well).
fn paeth_row(out: &mut [u8], line: &[u8], prev: &[u8]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above
        return unsafe { paeth_row_avx2(out, line, prev) };
    }
    paeth_row_any(out, line, prev)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn paeth_row_avx2(out: &mut [u8], line: &[u8], prev: &[u8]) {
    paeth_row_any(out, line, prev)
}

/// The Paeth predictor in unsigned bytes, branch-free so that it vectorises (Luca Versari's
/// form, as the png crate's `filter_paeth_fpnge`, with its choice written as two selects).
#[inline(always)]
fn paeth_row_any(out: &mut [u8], line: &[u8], prev: &[u8]) {
    let n = line.len();
    // the first pixel has no left neighbour: left and upper left are 0, so the predictor is above
    for ((o, &x), &b) in out[..3].iter_mut().zip(line).zip(prev) {
        *o = x.wrapping_sub(b);
    }
    let (out, x, a, b, c) = (&mut out[3..n], &line[3..], &line[..n - 3], &prev[3..n], &prev[..n - 3]);
    for ((((o, &x), &a), &b), &c) in out.iter_mut().zip(x).zip(a).zip(b).zip(c) {
        let pa = b.max(c) - c.min(b);
        let pb = a.max(c) - c.min(a);
        let pc = if (a < c) == (c < b) { pa.max(pb) - pa.min(pb) } else { 255 };
        let ab = if pa <= pb { a } else { b };
        *o = x.wrapping_sub(if pa.min(pb) <= pc { ab } else { c });
    }
}

fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    title: &str,
    bars: &[Bar],
    (xmax, label_w): (f64, u32),
) -> Result<(), ChartError> {
    root.fill(&WHITE).map_err(draw_err)?;
    let font = |size: u32| (FAMILY, size).into_font();
    if bars.is_empty() {
        root.draw(&Text::new("无可计算的数据 (no data)", (40, 60), font(22))).map_err(draw_err)?;
        return root.titled(title, font(26)).map(|_| ()).map_err(draw_err);
    }
    let n = bars.len();
    let mut chart = ChartBuilder::on(root)
        .caption(title, font(26))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(label_w.min(420))
        .build_cartesian_2d(0.0..xmax, (0..n as i32 - 1).into_segmented())
        .map_err(draw_err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE)
        .x_desc("执行率 (%)")
        .label_style(font(16))
        .axis_desc_style(font(17))
        .y_labels(n)
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
                bars.get(*i as usize).map(|b| b.label.clone()).unwrap_or_default()
            }
            SegmentValue::Last => String::new(),
        })
        .draw()
        .map_err(draw_err)?;
    chart
        .draw_series(bars.iter().enumerate().map(|(i, b)| {
            let i = i as i32;
            let mut r = Rectangle::new(
                [(0.0, SegmentValue::Exact(i)), (b.value, SegmentValue::Exact(i + 1))],
                rate_colour(b.value).filled(),
            );
            r.set_margin(7, 7, 0, 0);
            r
        }))
        .map_err(draw_err)?;
    // each value right of its bar; one that would cross the line at 100% (a bar a little
    // short of it) is set just right of the line
    let (px, _) = chart.plotting_area().get_pixel_range();
    let to_px = |v: f64| px.start as f64 + v / xmax * (px.end - px.start) as f64;
    let line = to_px(100.0);
    const CLEAR: f64 = 6.0;
    chart
        .draw_series(bars.iter().enumerate().map(|(i, b)| {
            let label = format!("{:.2}%", b.value);
            let mut at = b.value + xmax * 0.012;
            let w = root.estimate_text_size(&label, &font(16).into()).map(|d| d.0 as f64).unwrap_or(60.0);
            let x = to_px(at);
            if x < line + CLEAR && x + w > line - CLEAR {
                at = (line + CLEAR - px.start as f64) / (px.end - px.start) as f64 * xmax;
            }
            // anchored at its middle, level with the bar's middle (anchored at its top it sat
            // below the bar's centre)
            Text::new(
                label,
                (at, SegmentValue::CenterOf(i as i32)),
                TextStyle::from(font(16)).pos(Pos::new(HPos::Left, VPos::Center)),
            )
        }))
        .map_err(draw_err)?;
    chart
        .draw_series(LineSeries::new(
            [(100.0, SegmentValue::Exact(0)), (100.0, SegmentValue::Last)],
            BLACK.mix(0.6).stroke_width(2),
        ))
        .map_err(draw_err)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        let d = png::Decoder::new(std::io::Cursor::new(png_bytes));
        let mut r = d.read_info().unwrap();
        let mut buf = vec![0; r.output_buffer_size()];
        let info = r.next_frame(&mut buf).unwrap();
        assert_eq!((info.color_type, info.bit_depth), (png::ColorType::Rgb, png::BitDepth::Eight));
        buf.truncate(info.buffer_size());
        (info.width, info.height, buf)
    }

    /// The encoder's own filtering decodes to the pixels given: rows repeated (Up), rows of
    /// every byte value in every neighbourhood (Paeth's three choices), a first row of zeros.
    #[test]
    fn encoded_charts_decode_to_their_pixels() {
        let (w, h) = (37u32, 50u32);
        let stride = w as usize * 3;
        let mut rgb = vec![0u8; stride * h as usize];
        let mut x: u32 = 12345;
        for (r, row) in rgb.chunks_exact_mut(stride).enumerate() {
            match r % 5 {
                0 if r > 0 => {}
                1 | 2 => row.iter_mut().for_each(|b| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    *b = (x >> 16) as u8;
                }),
                _ => row.iter_mut().enumerate().for_each(|(i, b)| *b = (i * 7 + r * 13) as u8),
            }
        }
        // rows 5, 10, … repeat the row above them
        for r in (5..h as usize).step_by(5) {
            let (a, b) = rgb.split_at_mut(r * stride);
            b[..stride].copy_from_slice(&a[(r - 1) * stride..]);
        }
        let png = encode_png(&rgb, w, h).unwrap();
        assert_eq!(decode(&png), (w, h, rgb));
        // a white chart (2.5 MB of pixels) is a few kilobytes
        let white = vec![255u8; 1200 * 700 * 3];
        let png = encode_png(&white, 1200, 700).unwrap();
        assert!(png.len() < 20_000, "{} bytes", png.len());
        assert_eq!(decode(&png), (1200, 700, white));
    }

    /// execution_rate.png of 60 bars (a city of 38 units over six years, or the two ends of
    /// a national run) is two images a Word page holds at its text width, 30 bars each on
    /// one scale, the first under the whole chart's name; 20 bars stay one image.
    #[test]
    fn a_tall_bar_chart_is_cut_to_fit_a_page() {
        let bars: Vec<Bar> =
            (0..60).map(|i| Bar { label: format!("第{i}区 2023 整体支出"), value: 60.0 + i as f64 }).collect();
        let pngs = bar_chart_pct("各单位预算执行率", &bars, "注").unwrap();
        assert_eq!(pngs.len(), 2);
        for png in &pngs {
            let (w, h, _) = decode(png);
            assert_eq!((w, h), (BARS_WIDTH, BARS_FIXED + 30 * BAR_ROW));
            assert!(h <= page_height(w), "{h} px");
        }
        assert_eq!(bar_chart_pct("各单位预算执行率", &bars[..20], "注").unwrap().len(), 1);
        assert_eq!(
            (0..2).map(|i| part_file("execution_rate", "png", i, 2)).collect::<Vec<_>>(),
            ["execution_rate.png", "execution_rate_2of2.png"]
        );
        assert_eq!(part_file("execution_rate", "png", 0, 1), "execution_rate.png");
        assert_eq!(page_height(1200), 1717);
    }

    /// A bar's value is written level with the bar: the middle of the label's ink is within
    /// 3 px of the middle of the bar's rows (anchored at its top, it sat half its height low).
    #[test]
    fn a_value_label_is_level_with_its_bar() {
        let bars = vec![Bar { label: "甲县 2023 整体支出".into(), value: 50.0 }];
        let (w, h, rgb) = decode(&bar_chart_pct("执行率", &bars, "注").unwrap()[0]);
        let px = |x: u32, y: u32| {
            let i = (y * w + x) as usize * 3;
            (rgb[i], rgb[i + 1], rgb[i + 2])
        };
        let bar = rate_colour(50.0);
        let bar_rows: Vec<u32> = (0..h).filter(|&y| (0..w).any(|x| px(x, y) == (bar.0, bar.1, bar.2))).collect();
        let right = (0..w).rev().find(|&x| bar_rows.iter().any(|&y| px(x, y) == (bar.0, bar.1, bar.2))).unwrap();
        // the label's dark pixels right of the bar's end, within 90 px
        // (rows of the bar's own row: from 14 px above the bar to 14 px below it)
        let ink: Vec<u32> = (bar_rows[0] - 14..bar_rows[bar_rows.len() - 1] + 14)
            .filter(|&y| (right + 2..(right + 90).min(w)).any(|x| px(x, y).0 < 110 && px(x, y).1 < 110))
            .collect();
        assert!(!bar_rows.is_empty() && !ink.is_empty());
        let mid = |v: &[u32]| (v[0] + v[v.len() - 1]) as f64 / 2.0;
        assert!(
            (mid(&ink) - mid(&bar_rows)).abs() <= 3.0,
            "ink {:?}, bar {:?}",
            (ink[0], ink[ink.len() - 1]),
            (bar_rows[0], bar_rows[bar_rows.len() - 1])
        );
    }

    #[test]
    fn a_buffer_of_the_wrong_size_is_refused() {
        assert!(encode_png(&[0u8; 10], 2, 2).is_err());
    }
}
