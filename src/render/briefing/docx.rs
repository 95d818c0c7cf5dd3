//! The briefing as Word (briefing.docx), OOXML written here and zipped with `zip`: A4,
//! headings, the generated text, the charts as PNG, the compact comparison table, and an
//! appendix 数据来源 giving the file and line of every number used. Chinese goes in the
//! east-Asian font slot: 仿宋 body, 黑体 headings, as 公文 use. Every number of the text
//! carries a superscript [n] pointing to its appendix row.

use super::{Block, Briefing, Piece};
use crate::model::fmt_num;
use crate::render::grid::{Grid, Src, V};
use std::io::Write;

/// Text safe in XML content and attributes (line breaks and tabs become spaces: a run is one
/// line); characters XML 1.0 forbids are dropped.
pub fn xml(s: &str) -> String {
    crate::model::escape_markup(&s.replace(['\t', '\n', '\r'], " "))
}

fn run(text: &str, props: &str) -> String {
    format!(
        "<w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        if props.is_empty() { String::new() } else { format!("<w:rPr>{props}</w:rPr>") },
        xml(text)
    )
}

fn para(style: &str, runs: &str) -> String {
    let ppr = if style.is_empty() { String::new() } else { format!("<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>") };
    format!("<w:p>{ppr}{runs}</w:p>")
}

const W_NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="400" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="560"/><w:jc w:val="left"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240" w:after="360" w:line="560" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:ind w:firstLine="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Cell"><w:name w:val="Table Cell"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="260" w:lineRule="atLeast"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
</w:styles>"#;

/// Text width of an A4 page with 2.54 cm margins, in EMU.
const TEXT_EMU: u64 = 5_731_510;

/// The tallest a chart may be, in EMU: the text height of an A4 page with 2.54 cm margins
/// (24.6 cm) less room for its caption.
const MAX_IMAGE_EMU: u64 = 8_200_000;

/// The size of a chart of `w` × `h` pixels on the page: the text width, or less for a chart
/// so tall it would not fit on one page.
fn image_extent(w: u32, h: u32) -> (u64, u64) {
    let (cx, cy) = (TEXT_EMU, TEXT_EMU * h as u64 / w.max(1) as u64);
    if cy > MAX_IMAGE_EMU {
        (cx * MAX_IMAGE_EMU / cy, MAX_IMAGE_EMU)
    } else {
        (cx, cy)
    }
}

fn image(rid: &str, id: usize, w: u32, h: u32) -> String {
    let (cx, cy) = image_extent(w, h);
    // its own line spacing: the body's exact 20 pt would clip the picture to one line
    format!(
        "<w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
<wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"{id}\" name=\"图{id}\"/>\
<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>\
<pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"chart{id}.png\"/><pic:cNvPicPr/></pic:nvPicPr>\
<pic:blipFill><a:blip r:embed=\"{rid}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>\
</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
}

fn cell(text: &str, header: bool, right: bool, shade: Option<&str>, width: u32) -> String {
    let fill = shade.map(|c| format!("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{c}\"/>")).unwrap_or_default();
    let jc = if right { "<w:jc w:val=\"right\"/>" } else { "" };
    let props = if header { "<w:rFonts w:eastAsia=\"黑体\"/><w:b/>" } else { "" };
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{fill}</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Cell\"/>{jc}</w:pPr>{}</w:p></w:tc>",
        run(text, props)
    )
}

/// Text width in twips (A4, 2.54 cm margins).
const TEXT_TWIPS: u32 = 9026;

fn table(headers: &[String], rows: &[Vec<(String, bool, Option<&str>)>], widths: &[u32]) -> String {
    let mut s = String::from(
        "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>\
<w:top w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/><w:left w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/>\
<w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/><w:right w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/>\
<w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:color=\"999999\"/>\
</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>",
    );
    s.push_str("<w:tblGrid>");
    for w in widths {
        s.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    s.push_str("</w:tblGrid>");
    let w = |i: usize| widths.get(i).copied().unwrap_or(1000);
    s.push_str("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
    for (i, h) in headers.iter().enumerate() {
        s.push_str(&cell(h, true, false, Some("DCE6F1"), w(i)));
    }
    s.push_str("</w:tr>");
    for r in rows {
        s.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (i, (text, right, shade)) in r.iter().enumerate() {
            s.push_str(&cell(text, false, *right, *shade, w(i)));
        }
        s.push_str("</w:tr>");
    }
    s.push_str("</w:tbl>");
    s
}

fn grid_rows(g: &Grid) -> Vec<Vec<(String, bool, Option<&'static str>)>> {
    g.rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| {
                    let shade = if !c.flags.is_empty() { Some("F8CBAD") } else { None };
                    (c.v.text(), matches!(c.v, V::Num(..)), shade)
                })
                .collect()
        })
        .collect()
}

fn src_text(src: &[Src], how: &str) -> (String, String) {
    let mut place: Vec<String> = src.iter().map(|s| format!("{}:{}", s.file, s.line)).collect();
    place.dedup();
    let mut said: Vec<String> = src.iter().map(|s| format!("{}{}：{}", s.field, fmt_num(s.value), s.snippet)).collect();
    if !how.is_empty() {
        said.insert(0, format!("计算：{how}"));
    }
    (place.join("；"), said.join("；"))
}

/// The whole document, zipped.
pub fn write(b: &Briefing) -> std::io::Result<Vec<u8>> {
    let mut body = para("Title", &run(&b.title, ""));
    let mut appendix: Vec<Vec<(String, bool, Option<&str>)>> = Vec::new();
    let mut images: Vec<(String, &[u8])> = Vec::new();
    for block in &b.blocks {
        match block {
            Block::H1(h) => body.push_str(&para("Heading1", &run(h, ""))),
            Block::H2(h) => body.push_str(&para("Heading2", &run(h, ""))),
            Block::P(p) => {
                let mut runs = String::new();
                for piece in p {
                    match piece {
                        Piece::T(x) => runs.push_str(&run(x, "")),
                        Piece::N { text, src, how } => {
                            runs.push_str(&run(text, ""));
                            let n = appendix.len() + 1;
                            runs.push_str(&run(&format!("[{n}]"), "<w:vertAlign w:val=\"superscript\"/>"));
                            let (place, said) = src_text(src, how);
                            appendix.push(vec![
                                (n.to_string(), true, None),
                                (text.clone(), true, None),
                                (place, false, None),
                                (said, false, None),
                            ]);
                        }
                    }
                }
                body.push_str(&para("", &runs));
            }
            Block::Findings(items) => {
                for (k, i) in items.iter().enumerate() {
                    body.push_str(&para("", &run(&format!("{}. {}（{}:{}）", k + 1, i.text, i.file, i.line), "")));
                }
            }
            Block::Chart(i) => {
                let c = &b.charts[*i];
                if let Some(d) = &c.drawn {
                    let rid = format!("rIdImg{}", images.len() + 1);
                    body.push_str(&image(&rid, images.len() + 1, d.width, d.height));
                    body.push_str(&para("Caption", &run(&c.title, "")));
                    images.push((rid, &d.png));
                }
            }
            Block::NotDrawn(title, why) => {
                body.push_str(&para("", &run(&format!("未绘制“{title}”：{why}。"), "<w:color w:val=\"777777\"/>")))
            }
            Block::Table(i) => {
                let g = &b.tables[*i].0;
                body.push_str(&para("Caption", &run(&g.title, "")));
                let n = g.headers.len().max(2) as u32;
                let mut widths = vec![1300];
                widths.extend(std::iter::repeat_n((TEXT_TWIPS - 1300) / (n - 1), n as usize - 1));
                body.push_str(&table(&g.headers, &grid_rows(g), &widths));
                let note = b.table_note(*i, false);
                if !note.is_empty() {
                    body.push_str(&para("", &run(note, "<w:color w:val=\"555555\"/>")));
                }
                // the table's numbers go in the appendix too
                for r in &g.rows {
                    let who = r.first().map(|c| c.v.text()).unwrap_or_default();
                    for (h, c) in g.headers.iter().zip(r) {
                        if c.src.is_empty() {
                            continue;
                        }
                        let n = appendix.len() + 1;
                        let (place, said) = src_text(&c.src, "");
                        appendix.push(vec![
                            (n.to_string(), true, None),
                            (format!("{who} {h} {}", c.v.text()), false, None),
                            (place, false, None),
                            (said, false, None),
                        ]);
                    }
                }
            }
        }
    }
    body.push_str(&para("Heading1", &run("附录：数据来源", "")));
    body.push_str(&para("", &run("正文中每个数字后的上标[n]对应下表第n行；附表数字按单位和指标列出。由多个数字计算而得的，列出计算方法和全部来源。", "")));
    let heads: Vec<String> = ["序号", "数值", "文件:行", "原文"].iter().map(|s| s.to_string()).collect();
    body.push_str(&table(&heads, &appendix, &[700, 1500, 2600, TEXT_TWIPS - 4800]));
    body.push_str(
        "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>",
    );
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {W_NS}><w:body>{body}</w:body></w:document>"
    );
    let mut rels = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    );
    for (k, (rid, _)) in images.iter().enumerate() {
        rels.push_str(&format!(
            "<Relationship Id=\"{rid}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/chart{}.png\"/>",
            k + 1
        ));
    }
    rels.push_str("</Relationships>");
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>";
    let root_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opt = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut put = |name: &str, bytes: &[u8], o| -> std::io::Result<()> {
        z.start_file(name, o).map_err(std::io::Error::other)?;
        z.write_all(bytes)
    };
    put("[Content_Types].xml", content_types.as_bytes(), opt)?;
    put("_rels/.rels", root_rels.as_bytes(), opt)?;
    put("word/_rels/document.xml.rels", rels.as_bytes(), opt)?;
    put("word/styles.xml", STYLES.as_bytes(), opt)?;
    put("word/document.xml", document.as_bytes(), opt)?;
    for (k, (_, png)) in images.iter().enumerate() {
        put(&format!("word/media/chart{}.png", k + 1), png, stored)?;
    }
    Ok(z.finish().map_err(std::io::Error::other)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_paragraph_does_not_take_the_bodys_exact_line_height() {
        // an inline picture in a paragraph of exact 20 pt lines is cut to a 20 pt strip
        let xml = image("rIdImg1", 1, 1200, 800);
        assert!(xml.contains("w:lineRule=\"auto\""), "{xml}");
        assert!(!xml.contains("w:lineRule=\"exact\""));
    }

    #[test]
    fn a_chart_takes_the_text_width_keeping_its_proportions() {
        let (cx, cy) = image_extent(1200, 600);
        assert_eq!((cx, cy), (TEXT_EMU, TEXT_EMU / 2));
    }

    #[test]
    fn a_chart_taller_than_a_page_is_scaled_down_to_fit_one() {
        // 31 provinces' bars: 1200 × 1688 px would be 22.4 cm at the text width
        let (cx, cy) = image_extent(1200, 2400);
        assert_eq!(cy, MAX_IMAGE_EMU);
        assert!(cx < TEXT_EMU);
        assert!((cx as f64 / cy as f64 - 0.5).abs() < 1e-3, "proportions kept: {cx} × {cy}");
    }
}
