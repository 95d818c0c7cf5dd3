//! The charts' text with each glyph rasterised once per thread. plotters rasterises every
//! character of every label anew (parsing the glyph's CFF outline and filling it), which was
//! a seventh of a national run's CPU time: its thousands of charts repeat the same few
//! hundred characters. `Cached` wraps a bitmap backend and draws text exactly as plotters'
//! ab_glyph text does — same layout, anchors, rotations, kerning and coverage — from a cache
//! of each glyph's coverage; every other drawing call goes to the wrapped backend.

use plotters::style::FontStyle;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The bundled Noto Sans SC subset (compiled in, so no system font is needed).
pub static FONT: &[u8] = include_bytes!("font/NotoSansSC-Regular-subset.otf");
/// The family the charts name it by.
pub const FAMILY: &str = "jixiao-cjk";

/// One glyph at one size: its rows' offset and its coverage, pixel by pixel.
struct Glyph {
    y_shift: i32,
    coverage: Vec<(i32, i32, f32)>,
}

thread_local! {
    static GLYPHS: RefCell<HashMap<(char, u32), Rc<Glyph>>> = RefCell::new(HashMap::new());
}

fn font() -> Option<&'static ab_glyph::FontRef<'static>> {
    static FACE: std::sync::OnceLock<Option<ab_glyph::FontRef<'static>>> = std::sync::OnceLock::new();
    FACE.get_or_init(|| ab_glyph::FontRef::try_from_slice(FONT).ok()).as_ref()
}

/// `c` at `size`, rasterised as plotters' ab_glyph `FontData::draw` does (at the origin, so
/// the coverage depends on the character and the size only).
fn glyph(c: char, size: f64) -> Option<Rc<Glyph>> {
    use ab_glyph::{Font, ScaleFont};
    let key = (c, (size as f32).to_bits());
    if let Some(g) = GLYPHS.with(|m| m.borrow().get(&key).cloned()) {
        return Some(g);
    }
    let font = font()?.as_scaled(size as f32);
    let g = match font.outline_glyph(font.scaled_glyph(c)) {
        Some(q) => {
            let y_shift = ((size as f32) / 2.0 + q.px_bounds().min.y) as i32;
            let mut coverage = Vec::new();
            // a pixel of no coverage draws nothing (the bitmap backend returns at alpha 0)
            q.draw(|x, y, a| {
                if a > 0.0 {
                    coverage.push((x as i32, y as i32, a))
                }
            });
            Glyph { y_shift, coverage }
        }
        None => Glyph { y_shift: 0, coverage: Vec::new() },
    };
    let g = Rc::new(g);
    GLYPHS.with(|m| m.borrow_mut().insert(key, g.clone()));
    Some(g)
}

/// A backend whose text in the bundled family is drawn from the glyph cache.
pub struct Cached<B>(pub B);

impl<B: DrawingBackend> DrawingBackend for Cached<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.present()
    }
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.fill_polygon(vert, style)
    }
    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.0.estimate_text_size(text, style)
    }
    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.blit_bitmap(pos, size, src)
    }

    /// plotters-backend's `draw_text` with ab_glyph's `FontData::draw` inlined, the glyphs
    /// taken from the cache.
    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        use ab_glyph::{Font, ScaleFont};
        let ours = style.family().as_str() == FAMILY && matches!(style.style(), FontStyle::Normal);
        let Some(face) = font().filter(|_| ours) else {
            return self.0.draw_text(text, style, pos);
        };
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let ((min_x, min_y), (max_x, max_y)) =
            style.layout_box(text).map_err(|e| DrawingErrorKind::FontError(Box::new(e)))?;
        let (width, height) = (max_x - min_x, max_y - min_y);
        let dx = match style.anchor().h_pos {
            HPos::Left => 0,
            HPos::Right => -width,
            HPos::Center => -width / 2,
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => 0,
            VPos::Center => -height / 2,
            VPos::Bottom => -height,
        };
        let trans = style.transform();
        let (w, h) = self.get_size();
        let size = style.size();
        let scaled = face.as_scaled(size as f32);
        let mut x_shift = 0f32;
        let mut prev = None;
        for c in text.chars() {
            if let Some(pc) = prev {
                x_shift += scaled.kern(scaled.glyph_id(pc), scaled.glyph_id(c));
            }
            prev = Some(c);
            if let Some(g) = glyph(c, size) {
                let xs = x_shift as i32;
                for &(x, y, a) in &g.coverage {
                    let (x, y) = trans.transform(x + xs + dx - min_x, y + g.y_shift + dy - min_y);
                    let (x, y) = (pos.0 + x, pos.1 + y);
                    if x >= 0 && x < w as i32 && y >= 0 && y < h as i32 {
                        self.0.draw_pixel((x, y), color.mix(a as f64))?;
                    }
                }
            }
            x_shift += scaled.h_advance(scaled.glyph_id(c));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::*;

    /// Text drawn through the cache is pixel for pixel what plotters draws: every anchor and
    /// rotation, Chinese and Latin, twice (the second time from the cache).
    #[test]
    fn cached_text_is_plotters_text() {
        crate::render::chart::register_font().unwrap();
        let (w, h) = (420u32, 260u32);
        let draw = |cached: bool| -> Vec<u8> {
            let mut rgb = vec![255u8; (w * h * 3) as usize];
            {
                let back = BitMapBackend::with_buffer(&mut rgb, (w, h));
                let mut texts = Vec::new();
                for (i, (hp, vp)) in
                    [(HPos::Left, VPos::Top), (HPos::Center, VPos::Center), (HPos::Right, VPos::Bottom)]
                        .into_iter()
                        .enumerate()
                {
                    for (j, t) in
                        [FontTransform::None, FontTransform::Rotate90, FontTransform::Rotate270].into_iter().enumerate()
                    {
                        let style = TextStyle::from((FAMILY, 13.0 + 3.0 * i as f64).into_font())
                            .transform(t)
                            .pos(plotters::style::text_anchor::Pos::new(hp, vp))
                            .color(&RGBColor(20, 60, 120));
                        texts.push((
                            format!("执行率 98.5% 岳阳楼区{i}{j}"),
                            style,
                            (60 + 150 * i as i32, 40 + 80 * j as i32),
                        ));
                    }
                }
                let run = |root: &mut dyn FnMut(&str, &TextStyle, (i32, i32))| {
                    for (s, st, p) in &texts {
                        root(s, st, *p);
                    }
                };
                if cached {
                    let mut c = Cached(back);
                    for _ in 0..2 {
                        run(&mut |s, st, p| c.draw_text(s, st, p).unwrap());
                    }
                } else {
                    let mut b = back;
                    for _ in 0..2 {
                        run(&mut |s, st, p| b.draw_text(s, st, p).unwrap());
                    }
                }
            }
            rgb
        };
        let (plain, cached) = (draw(false), draw(true));
        assert!(plain.iter().any(|&b| b != 255), "the text drew nothing");
        assert!(plain == cached, "cached text differs from plotters' text");
    }
}
