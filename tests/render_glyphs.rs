//! No glyph falls back: every character the charts and the briefing draw is in the bundled
//! Noto Sans SC subset (ab_glyph reads its cmap), on the demo city and on the seeds.

use ab_glyph::{Font, FontRef};
use std::path::PathBuf;

static FONT: &[u8] = include_bytes!("../src/render/font/NotoSansSC-Regular-subset.otf");

fn missing(texts: &[String]) -> Vec<char> {
    let font = FontRef::try_from_slice(FONT).unwrap();
    let mut out: Vec<char> = texts
        .iter()
        .flat_map(|t| t.chars())
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .filter(|c| font.glyph_id(*c).0 == 0)
        .collect();
    out.sort();
    out.dedup();
    out
}

fn texts(input: PathBuf) -> Vec<String> {
    let opts = jixiao::pipeline::Options { inputs: vec![input], ..Default::default() };
    let o = jixiao::pipeline::run(&opts).unwrap();
    let ctx = jixiao::render::Ctx::new(&o).unwrap();
    let charts = ctx.charts().unwrap();
    assert!(charts.iter().any(|c| c.drawn.is_some()));
    let mut t: Vec<String> = charts.iter().flat_map(|c| c.texts.clone()).collect();
    let b = jixiao::render::briefing::build(&ctx, None, Some(&charts)).unwrap();
    t.push(jixiao::render::briefing::md::write(&b));
    t
}

#[test]
fn the_font_really_lacks_some_characters() {
    // the check can fail: a character outside the subset is reported
    assert_eq!(missing(&["𠀀岳".to_string()]), vec!['𠀀']);
}

#[test]
fn every_character_of_the_demo_city_charts_and_briefing_has_a_glyph() {
    let t = texts(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/demo_city"));
    assert_eq!(missing(&t), Vec::<char>::new());
}

#[test]
fn every_character_of_the_seed_charts_and_briefing_has_a_glyph() {
    let t = texts(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data"));
    assert_eq!(missing(&t), Vec::<char>::new());
}
