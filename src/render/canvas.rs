//! The charts' pixels: an RGB buffer drawn as plotters' `BitMapBackend` draws it (its fast
//! fills, blends and lines reproduced, the rest left to the same `plotters_backend` rasterisers
//! it uses, so every pixel comes out the same) with two differences in speed only. Text in the
//! bundled family comes from the glyph cache (`glyphs::text_pixels`) and is blended straight
//! into the buffer: through `BitMapBackend::draw_pixel` it was 9.1 million calls and 1.0 G
//! instructions (a `floor` call each) of 河北's 6.4 G of charts. And a buffer handed over white
//! (`Canvas::on_white`) skips the white fill each chart starts with.

use super::glyphs::text_pixels;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use std::convert::Infallible;

/// An RGB buffer of `w` × `h` pixels, row by row, drawn on.
pub struct Canvas<'a> {
    buf: &'a mut [u8],
    w: u32,
    h: u32,
    /// every pixel is still white: the buffer was handed over white and nothing drawn yet
    white: bool,
}

type Result<T = ()> = std::result::Result<T, DrawingErrorKind<Infallible>>;

/// `prev` moved `a`/256 of the way to `new`, rounded towards `prev` (plotters-bitmap's `blend`).
#[inline(always)]
fn blend(prev: &mut u8, new: u8, a: u64) {
    if new > *prev {
        *prev += (u64::from(new - *prev) * a / 256) as u8
    } else {
        *prev -= (u64::from(*prev - new) * a / 256) as u8
    }
}

impl<'a> Canvas<'a> {
    /// # Panics
    /// When `buf` is not `w` × `h` × 3 bytes.
    pub fn new(buf: &'a mut [u8], (w, h): (u32, u32)) -> Self {
        assert_eq!(buf.len(), w as usize * h as usize * 3, "an RGB buffer of {w}×{h}");
        Canvas { buf, w, h, white: false }
    }

    /// `buf` is all white (every byte 255): the chart's own white fill is skipped (it was a
    /// tenth of a chart's instructions: plotters' `fill_rect_fast` over 2.6 MB).
    pub fn on_white(buf: &'a mut [u8], size: (u32, u32)) -> Self {
        debug_assert!(buf.iter().all(|&b| b == 255));
        Canvas { white: true, ..Canvas::new(buf, size) }
    }

    /// A pixel inside the buffer at `alpha` (`PixelFormat::draw_pixel` of plotters-bitmap).
    #[inline(always)]
    fn put(&mut self, x: usize, y: usize, (r, g, b): (u8, u8, u8), alpha: f64) {
        let i = (y * self.w as usize + x) * 3;
        let p = &mut self.buf[i..i + 3];
        if alpha >= 1.0 - 1.0 / 256.0 {
            p.copy_from_slice(&[r, g, b]);
        } else if alpha > 0.0 {
            // as plotters' `(alpha * 256.0).floor() as u64`: the same for a positive alpha
            let a = (alpha * 256.0) as u64;
            blend(&mut p[0], r, a);
            blend(&mut p[1], g, a);
            blend(&mut p[2], b, a);
        }
    }

    /// `put` at alpha `a` of an opaque colour, given as `k = floor(a × 256)`: the same pixel
    /// (`a ≥ 255/256` exactly when `k ≥ 255`; `k = 0` blends nothing), without the float.
    #[inline(always)]
    fn put_cover(&mut self, x: usize, y: usize, (r, g, b): (u8, u8, u8), k: u16) {
        let i = (y * self.w as usize + x) * 3;
        let p = &mut self.buf[i..i + 3];
        if k >= 255 {
            p.copy_from_slice(&[r, g, b]);
        } else if k > 0 {
            let k = u64::from(k);
            blend(&mut p[0], r, k);
            blend(&mut p[1], g, k);
            blend(&mut p[2], b, k);
        }
    }

    /// The rectangle's pixels clipped to the buffer, as plotters-bitmap clips a fill: x and y
    /// ranges, the far corner excluded.
    fn clip(&self, a: BackendCoord, b: BackendCoord) -> Option<(usize, usize, usize, usize)> {
        let (x0, y0) = (a.0.min(b.0).max(0), a.1.min(b.1).max(0));
        let (x1, y1) = (a.0.max(b.0).min(self.w as i32), a.1.max(b.1).min(self.h as i32));
        (x0 < x1 && y0 < y1).then_some((x0 as usize, y0 as usize, x1 as usize, y1 as usize))
    }

    /// `RGBPixel::fill_rect_fast`.
    fn fill_rect(&mut self, a: BackendCoord, b: BackendCoord, (r, g, bl): (u8, u8, u8)) {
        let Some((x0, y0, x1, y1)) = self.clip(a, b) else { return };
        let w = self.w as usize;
        // the first row pixel by pixel, the others copied from it
        let first = (y0 * w + x0) * 3..(y0 * w + x1) * 3;
        for p in self.buf[first.clone()].chunks_exact_mut(3) {
            p.copy_from_slice(&[r, g, bl]);
        }
        for y in y0 + 1..y1 {
            self.buf.copy_within(first.clone(), (y * w + x0) * 3);
        }
    }

    /// `RGBPixel::blend_rect_fast`, its rounding as it is: the first `(n - 1) / 8 × 8` pixels
    /// of a row of n are blended eight at a time as `(old × (256 − a) + new × a) >> 8` (the
    /// floor), the rest by `blend` (rounded towards the old value).
    #[allow(clippy::too_many_arguments)]
    fn blend_rect(&mut self, a: BackendCoord, b: BackendCoord, rgb: (u8, u8, u8), alpha: f64) {
        let alpha = alpha.clamp(0.0, 1.0);
        if alpha == 0.0 {
            return;
        }
        let Some((x0, y0, x1, y1)) = self.clip(a, b) else { return };
        let k = (256.0 * alpha).floor() as u64;
        let c = [rgb.0, rgb.1, rgb.2];
        let w = self.w as usize;
        let n = x1 - x0;
        let wide = (n - 1) / 8 * 8;
        for y in y0..y1 {
            let row = &mut self.buf[(y * w + x0) * 3..(y * w + x1) * 3];
            let (first, rest) = row.split_at_mut(wide * 3);
            for p in first.chunks_exact_mut(3) {
                for (d, &s) in p.iter_mut().zip(&c) {
                    *d = ((u64::from(*d) * (256 - k) + u64::from(s) * k) >> 8) as u8;
                }
            }
            for p in rest.chunks_exact_mut(3) {
                for (d, &s) in p.iter_mut().zip(&c) {
                    blend(d, s, k);
                }
            }
        }
    }

    /// `PixelFormat::fill_vertical_line_fast`: both ends included.
    fn vertical_line(&mut self, x: i32, (mut y0, mut y1): (i32, i32), (r, g, b): (u8, u8, u8)) {
        if x < 0 || x >= self.w as i32 {
            return;
        }
        if y0 > y1 {
            std::mem::swap(&mut y0, &mut y1);
        }
        let (y0, y1) = (y0.max(0), y1.min(self.h as i32 - 1));
        for y in y0..=y1 {
            let i = (y as usize * self.w as usize + x as usize) * 3;
            self.buf[i..i + 3].copy_from_slice(&[r, g, b]);
        }
    }
}

impl DrawingBackend for Canvas<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        (self.w, self.h)
    }
    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }
    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        self.white = false;
        if point.0 >= 0 && point.1 >= 0 && (point.0 as u32) < self.w && (point.1 as u32) < self.h {
            self.put(point.0 as usize, point.1 as usize, color.rgb, color.alpha);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        self.white = false;
        let c = style.color();
        if (from.0 == to.0 || from.1 == to.1) && style.stroke_width() == 1 {
            if c.alpha >= 1.0 {
                if from.1 == to.1 {
                    self.fill_rect(from, (to.0 + 1, to.1 + 1), c.rgb);
                } else {
                    self.vertical_line(from.0, (from.1, to.1), c.rgb);
                }
            } else {
                self.blend_rect(from, (to.0 + 1, to.1 + 1), c.rgb, c.alpha);
            }
            return Ok(());
        }
        plotters_backend::rasterizer::draw_line(self, from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        let c = style.color();
        if fill {
            if c.alpha >= 1.0 {
                if !(self.white && c.rgb == (255, 255, 255)) {
                    self.fill_rect(upper_left, bottom_right, c.rgb);
                    self.white = false;
                }
            } else {
                self.white = false;
                self.blend_rect(upper_left, bottom_right, c.rgb, c.alpha);
            }
            return Ok(());
        }
        self.white = false;
        plotters_backend::rasterizer::draw_rect(self, upper_left, bottom_right, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Result {
        let vert: Vec<BackendCoord> = vert.into_iter().collect();
        fill_polygon(self, &vert, style.color());
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result {
        self.white = false;
        let color = style.color();
        let size = self.get_size();
        // an opaque colour (every chart's text) blended by the glyph's own `k`, worked out once
        let opaque = color.alpha == 1.0;
        let drawn = text_pixels(text, style, pos, size, |x, y, c| {
            if opaque {
                self.put_cover(x as usize, y as usize, color.rgb, c.k);
            } else {
                self.put(x as usize, y as usize, color.rgb, color.alpha * c.a as f64);
            }
            Ok(())
        });
        if let Some(r) = drawn {
            return r;
        }
        // another font: plotters-backend's own `draw_text`
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (dx, dy, min_x, min_y) =
            super::glyphs::anchored(style, text).map_err(|e| DrawingErrorKind::FontError(Box::new(e)))?;
        let trans = style.transform();
        let (w, h) = size;
        let drawn = style.draw(text, (0, 0), |x, y, color| {
            let (x, y) = trans.transform(x + dx - min_x, y + dy - min_y);
            let (x, y) = (pos.0 + x, pos.1 + y);
            if x >= 0 && x < w as i32 && y >= 0 && y < h as i32 {
                self.draw_pixel((x, y), color)
            } else {
                Ok(())
            }
        });
        drawn.map_err(|e| DrawingErrorKind::FontError(Box::new(e)))?
    }
}

/// An edge of a polygon being swept (plotters-backend's `polygon::Edge`).
#[derive(Clone, Copy)]
struct Edge {
    epoch: u32,
    total_epoch: u32,
    slave_begin: i32,
    slave_end: i32,
}

impl Edge {
    fn horizontal_sweep(mut from: BackendCoord, mut to: BackendCoord) -> Option<Edge> {
        if from.0 == to.0 {
            return None;
        }
        if from.0 > to.0 {
            std::mem::swap(&mut from, &mut to);
        }
        Some(Edge { epoch: 0, total_epoch: (to.0 - from.0) as u32, slave_begin: from.1, slave_end: to.1 })
    }

    fn vertical_sweep(from: BackendCoord, to: BackendCoord) -> Option<Edge> {
        Edge::horizontal_sweep((from.1, from.0), (to.1, to.0))
    }

    fn master_pos(&self) -> i32 {
        (self.total_epoch - self.epoch) as i32
    }

    fn slave_pos(&self) -> f64 {
        f64::from(self.slave_begin)
            + (i64::from(self.slave_end - self.slave_begin) * i64::from(self.epoch)) as f64
                / f64::from(self.total_epoch)
    }
}

/// plotters-backend's `rasterizer::fill_polygon` (scan lines across the polygon's longer
/// side, each span drawn as a line and its two ends as pixels of partial coverage), the same
/// lines and pixels in the same order, without its allocations and clones on every scan line:
/// the thick lines of the trend charts are polygons, and filling them was a seventh of
/// drawing the charts.
fn fill_polygon(back: &mut Canvas, vertices: &[BackendCoord], color: BackendColor) {
    let Some(&(x0, y0)) = vertices.first() else { return };
    let (mut x_span, mut y_span) = ((x0, x0), (y0, y0));
    for &(x, y) in vertices {
        x_span = (x_span.0.min(x), x_span.1.max(x));
        y_span = (y_span.0.min(y), y_span.1.max(y));
    }
    // every point on one vertical or horizontal line
    if x_span.0 == x_span.1 || y_span.0 == y_span.1 {
        let _ = back.draw_line((x_span.0, y_span.0), (x_span.1, y_span.1), &color);
        return;
    }
    let horizontal = x_span.1 - x_span.0 > y_span.1 - y_span.0;
    let mut edges: Vec<(BackendCoord, BackendCoord)> =
        vertices.iter().zip(vertices.iter().skip(1)).map(|(a, b)| (*a, *b)).collect();
    edges.push((vertices[vertices.len() - 1], vertices[0]));
    edges.sort_by_key(|((x1, y1), (x2, y2))| if horizontal { *x1.min(x2) } else { *y1.min(y2) });
    for e in &mut edges {
        let swap = if horizontal { (e.0).0 > (e.1).0 } else { (e.0).1 > (e.1).1 };
        if swap {
            std::mem::swap(&mut e.0, &mut e.1);
        }
    }
    let (low, high) = if horizontal { x_span } else { y_span };
    let mut idx = 0;
    let mut active: Vec<Edge> = Vec::new();
    for sweep in low..=high {
        active.retain_mut(|e| {
            let keep = e.master_pos() > 0;
            if keep {
                e.epoch += 1;
            }
            keep
        });
        while idx < edges.len() {
            let line = if horizontal { (edges[idx].0).0 } else { (edges[idx].0).1 };
            if line > sweep {
                break;
            }
            let e = if horizontal {
                Edge::horizontal_sweep(edges[idx].0, edges[idx].1)
            } else {
                Edge::vertical_sweep(edges[idx].0, edges[idx].1)
            };
            active.extend(e);
            idx += 1;
        }
        // a stable sort by position, as `Vec::sort` of plotters' `Ord`
        active.sort_by(|a, b| a.slave_pos().partial_cmp(&b.slave_pos()).expect("a position"));
        let (mut first, mut second): (Option<Edge>, Option<Edge>) = (None, None);
        for &e in &active {
            if first.is_none() {
                first = Some(e);
            } else if second.is_none() {
                second = Some(e);
            }
            let (Some(a), Some(b)) = (first, second) else { continue };
            if a.master_pos() == 0 && b.master_pos() != 0 {
                (first, second) = (Some(b), None);
                continue;
            }
            if a.master_pos() != 0 && b.master_pos() == 0 {
                (first, second) = (Some(a), None);
                continue;
            }
            let (from, to) = (a.slave_pos(), b.slave_pos());
            if a.master_pos() == 0 && b.master_pos() == 0 && to - from > 1.0 {
                (first, second) = (None, None);
                continue;
            }
            if horizontal {
                let _ = back.draw_line((sweep, from.ceil() as i32), (sweep, to.floor() as i32), &color);
                let _ = back.draw_pixel((sweep, from.floor() as i32), color.mix(from.ceil() - from));
                let _ = back.draw_pixel((sweep, to.ceil() as i32), color.mix(to - to.floor()));
            } else {
                let _ = back.draw_line((from.ceil() as i32, sweep), (to.floor() as i32, sweep), &color);
                let _ = back.draw_pixel((from.floor() as i32, sweep), color.mix(from.ceil() - from));
                let _ = back.draw_pixel((to.ceil() as i32, sweep), color.mix(to.floor() - to));
            }
            (first, second) = (None, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::charts::{Draw, Heatmap, Ranking, Stacked, Trend};
    use crate::render::glyphs::Cached;
    use plotters::prelude::*;

    /// `chart` drawn on a white `Canvas` and on plotters' `BitMapBackend` (text from the same
    /// glyph cache): the same pixels.
    fn same_pixels(chart: &impl Draw) {
        crate::render::chart::register_font().unwrap();
        let (w, h) = chart.size();
        let mut ours = vec![255u8; (w * h * 3) as usize];
        chart.draw(&Canvas::on_white(&mut ours, (w, h)).into_drawing_area()).unwrap();
        let mut theirs = vec![0u8; (w * h * 3) as usize];
        chart.draw(&Cached(BitMapBackend::with_buffer(&mut theirs, (w, h))).into_drawing_area()).unwrap();
        let differ = ours.iter().zip(&theirs).filter(|(a, b)| a != b).count();
        assert_eq!(differ, 0, "{differ} bytes differ");
    }

    #[test]
    fn charts_on_the_canvas_are_the_bitmap_backends_pixels() {
        let units: Vec<crate::compute::tables::Series> = (0..4)
            .map(|u| crate::compute::tables::Series {
                name: format!("第{u}单位"),
                points: (2019..2024).map(|y| (y, 60.0 + (u * 7 + y as usize % 5 * 9) as f64)).collect(),
            })
            .collect();
        let bars: Vec<(String, f64)> = ["岳阳楼区", "君山区", "华容县", "湘阴县", "平江县"]
            .iter()
            .zip([99.5, 104.2, 71.0, 88.8, 100.0])
            .map(|(n, v)| (n.to_string(), v))
            .collect();
        same_pixels(&Ranking {
            title: "岳阳市2023年度执行率排名".into(),
            axis: "预算执行率（%）".into(),
            median: Some(99.5),
            bars: bars.clone(),
            note: "虚线：中位数".into(),
            rate_colours: true,
            xmax: None,
            label_chars: None,
        });
        same_pixels(&Stacked {
            title: "支出结构".into(),
            rows: bars.iter().map(|b| (b.0.clone(), [b.1, 20.0, 300.0 - b.1])).collect(),
            xmax: None,
            label_chars: None,
            note: "第1—5个单位，共10个，各部分同一刻度".into(),
        });
        same_pixels(&Trend {
            title: "趋势".into(),
            axis: "预算执行率（%）".into(),
            city: units.first().cloned(),
            units: units.clone(),
        });
        // more units than one plot of lines holds: small multiples, a year missing
        let mut many: Vec<crate::compute::tables::Series> = (0..11)
            .map(|u| crate::compute::tables::Series {
                name: format!("第{u}单位"),
                points: (2019..2024).map(|y| (y, 60.0 + (u * 7 + y as usize % 5 * 9) as f64)).collect(),
            })
            .collect();
        many[3].points.remove(2);
        same_pixels(&Trend { title: "趋势".into(), axis: "复吸率（%）".into(), city: None, units: many });
        same_pixels(&Heatmap {
            title: "热力图".into(),
            units: units.iter().map(|s| s.name.clone()).collect(),
            years: (2019..2024).collect(),
            values: units.iter().map(|s| s.points.iter().map(|p| (p.0 != 2021).then_some(p.1)).collect()).collect(),
            note: "空白：未载明".into(),
        });
    }
}
