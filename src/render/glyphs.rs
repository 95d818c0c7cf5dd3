//! The charts' text with each glyph rasterised once per thread. plotters rasterises every
//! character of every label anew (parsing the glyph's CFF outline and filling it), which was
//! a seventh of a national run's CPU time: its thousands of charts repeat the same few
//! hundred characters. `Cached` wraps a bitmap backend and draws text exactly as plotters'
//! ab_glyph text does — same layout, anchors, rotations, kerning and coverage — from a cache
//! of each glyph's coverage; every other drawing call goes to the wrapped backend.
//!
//! One difference, on purpose: plotters draws each glyph's ink from the pen position,
//! dropping the glyph's left side bearing, so a character with a wide bearing (目 has 158/1000
//! of an em) leans on its left neighbour and leaves a gap after it ("项目 支出"). Here the ink
//! starts at the pen position plus the bearing, as the font says.

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
    /// the left side bearing in whole pixels (where the ink starts after the pen position)
    x_shift: i32,
    y_shift: i32,
    coverage: Vec<Cover>,
    /// the font's glyph (for kerning) and its advance at this size: looked up once (the cmap
    /// lookups were three per character drawn)
    id: ab_glyph::GlyphId,
    advance: f32,
}

/// A pixel of a glyph: where, its coverage, and the coverage as the bitmap backend blends an
/// opaque colour by it (`floor(a × 256)`, worked out once: see `canvas::Canvas::put_cover`).
#[derive(Clone, Copy)]
pub struct Cover {
    pub x: i32,
    pub y: i32,
    pub a: f32,
    pub k: u16,
}

/// The cache's hash of a (character, size) key: one multiply per word (SipHash's keyed
/// rounds protect nothing here, and were a tenth of drawing a character).
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u32(u32::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(26) ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Glyphs = HashMap<(char, u32), Rc<Glyph>, std::hash::BuildHasherDefault<KeyHasher>>;

thread_local! {
    static GLYPHS: RefCell<Glyphs> = RefCell::new(Glyphs::default());
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
    let id = font.glyph_id(c);
    let advance = font.h_advance(id);
    let g = match font.outline_glyph(font.scaled_glyph(c)) {
        Some(q) => {
            let bounds = q.px_bounds();
            let x_shift = bounds.min.x as i32;
            let y_shift = ((size as f32) / 2.0 + bounds.min.y) as i32;
            let mut coverage = Vec::new();
            // a pixel of no coverage draws nothing (the bitmap backend returns at alpha 0)
            q.draw(|x, y, a| {
                if a > 0.0 {
                    let k = (f64::from(a) * 256.0) as u16;
                    coverage.push(Cover { x: x as i32, y: y as i32, a, k })
                }
            });
            Glyph { x_shift, y_shift, coverage, id, advance }
        }
        None => Glyph { x_shift: 0, y_shift: 0, coverage: Vec::new(), id, advance },
    };
    let g = Rc::new(g);
    GLYPHS.with(|m| m.borrow_mut().insert(key, g.clone()));
    Some(g)
}

/// A backend whose text in the bundled family is drawn from the glyph cache (the charts draw
/// on `canvas::Canvas`, which writes the cached glyphs straight into its pixels; this one is
/// for any backend, and is what the canvas is tested against).
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

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        let size = self.get_size();
        let back = &mut self.0;
        match text_pixels(text, style, pos, size, |x, y, c| back.draw_pixel((x, y), color.mix(c.a as f64))) {
            Some(r) => r,
            None => self.0.draw_text(text, style, pos),
        }
    }
}

/// Where `text` in `style` is drawn from, as plotters-backend's `draw_text` places it: the shift
/// its anchor asks (dx, dy) and its layout box's corner (min_x, min_y).
pub fn anchored<S: BackendTextStyle>(style: &S, text: &str) -> Result<(i32, i32, i32, i32), S::FontError> {
    let ((min_x, min_y), (max_x, max_y)) = style.layout_box(text)?;
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
    Ok((dx, dy, min_x, min_y))
}

/// `text` in the bundled family as plotters-backend's `draw_text` with ab_glyph's
/// `FontData::draw` inlined draws it, the glyphs taken from the cache: each pixel of the
/// glyphs inside a buffer of `w` × `h`, with its coverage, handed to `put`. None when the
/// style's font is another one (the caller's backend draws it).
pub fn text_pixels<S: BackendTextStyle, E: std::error::Error + Send + Sync>(
    text: &str,
    style: &S,
    pos: BackendCoord,
    (w, h): (u32, u32),
    mut put: impl FnMut(i32, i32, &Cover) -> Result<(), DrawingErrorKind<E>>,
) -> Option<Result<(), DrawingErrorKind<E>>> {
    use ab_glyph::{Font, ScaleFont};
    let ours = style.family().as_str() == FAMILY && matches!(style.style(), FontStyle::Normal);
    let face = font().filter(|_| ours)?;
    if style.color().alpha == 0.0 {
        return Some(Ok(()));
    }
    let (dx, dy, min_x, min_y) = match anchored(style, text) {
        Ok(b) => b,
        Err(e) => return Some(Err(DrawingErrorKind::FontError(Box::new(e)))),
    };
    let trans = style.transform();
    let size = style.size();
    let scaled = face.as_scaled(size as f32);
    let mut x_shift = 0f32;
    let mut prev = None;
    for c in text.chars() {
        // the font is there (`face` above), so every glyph is
        let Some(g) = glyph(c, size) else { continue };
        if let Some(p) = prev {
            x_shift += scaled.kern(p, g.id);
        }
        prev = Some(g.id);
        let xs = x_shift as i32 + g.x_shift;
        let (bx, by) = (xs + dx - min_x, g.y_shift + dy - min_y);
        if matches!(trans, plotters_backend::FontTransform::None) {
            // upright (nearly every label): no rotation per pixel
            let (ox, oy) = (pos.0 + bx, pos.1 + by);
            for c in &g.coverage {
                let (x, y) = (ox + c.x, oy + c.y);
                if x >= 0 && x < w as i32 && y >= 0 && y < h as i32 {
                    if let Err(e) = put(x, y, c) {
                        return Some(Err(e));
                    }
                }
            }
        } else {
            for c in &g.coverage {
                let (x, y) = trans.transform(c.x + bx, c.y + by);
                let (x, y) = (pos.0 + x, pos.1 + y);
                if x >= 0 && x < w as i32 && y >= 0 && y < h as i32 {
                    if let Err(e) = put(x, y, c) {
                        return Some(Err(e));
                    }
                }
            }
        }
        x_shift += g.advance;
    }
    Some(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::*;

    const SIZE: f64 = 40.0;

    /// The columns holding ink when `text` is drawn at the left edge of a blank strip, by the
    /// cache (`cached`) or by plotters itself.
    fn ink_columns(text: &str, cached: bool) -> Vec<i32> {
        crate::render::chart::register_font().unwrap();
        let (w, h) = (200u32, 60u32);
        let mut rgb = vec![255u8; (w * h * 3) as usize];
        {
            let back = BitMapBackend::with_buffer(&mut rgb, (w, h));
            let style = TextStyle::from((FAMILY, SIZE).into_font()).color(&BLACK);
            if cached {
                Cached(back).draw_text(text, &style, (0, 10)).unwrap();
            } else {
                let mut b = back;
                b.draw_text(text, &style, (0, 10)).unwrap();
            }
        }
        let mut cols: Vec<i32> =
            (0..w as i32).filter(|&x| (0..h as usize).any(|y| rgb[(y * w as usize + x as usize) * 3] < 128)).collect();
        cols.dedup();
        cols
    }

    fn bearing(c: char) -> i32 {
        use ab_glyph::{Font, ScaleFont};
        let f = font().unwrap().as_scaled(SIZE as f32);
        f.outline_glyph(f.scaled_glyph(c)).unwrap().px_bounds().min.x as i32
    }

    /// 目's ink starts one left side bearing after the pen (plotters starts it at the pen).
    #[test]
    fn a_glyph_starts_after_its_left_bearing() {
        let b = bearing('目');
        assert!(b >= 4, "目 has a wide bearing in the bundled font: {b}");
        assert_eq!(ink_columns("目", true)[0], b);
        assert_eq!(ink_columns("目", false)[0], 0, "plotters' own drawing changed; revisit the cache");
    }

    /// In 目支, 支's ink starts one advance plus its own bearing after 目's pen, whatever 目's bearing.
    #[test]
    fn the_next_glyph_starts_one_advance_later() {
        use ab_glyph::{Font, ScaleFont};
        let f = font().unwrap().as_scaled(SIZE as f32);
        let advance = f.h_advance(f.glyph_id('目')) as i32;
        let cols = ink_columns("目支", true);
        let second = cols.windows(2).find(|w| w[1] > w[0] + 1).map(|w| w[1]).expect("two glyphs");
        // ±1: the threshold of what counts as ink in a partly covered column
        assert!((second - (advance + bearing('支'))).abs() <= 1, "支 starts at {second}, pen at {advance}");
    }

    /// Text drawn a second time comes from the cache and is the same pixels.
    #[test]
    fn cached_glyphs_draw_as_fresh_ones() {
        let first = ink_columns("执行率 98.5% 岳阳楼区", true);
        assert_eq!(ink_columns("执行率 98.5% 岳阳楼区", true), first);
        assert!(GLYPHS.with(|m| m.borrow().contains_key(&('岳', (SIZE as f32).to_bits()))));
    }
}
