//! Word .docx → text in reading order: paragraphs as lines, each table row as one line of
//! tab-separated cells (so the table reader sees the 自评表 as it is laid out). Reads only
//! word/document.xml, with bounds on entry count and decompressed size. A DOCTYPE (where XML
//! entities would be declared; Word never writes one) is refused, and entities other than the
//! five predefined ones and character references are never expanded.

use super::error::ExtractError;
use quick_xml::events::Event;
use std::io::Read;

/// At most this many entries in the zip (a .docx has a few dozen).
pub const MAX_ENTRIES: usize = super::sniff::MAX_ZIP_ENTRIES as usize;
/// At most this many bytes of document.xml once decompressed.
pub const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

fn bad(msg: impl Into<String>) -> ExtractError {
    ExtractError::Docx(msg.into())
}

/// The text of a .docx file's body.
pub fn text(bytes: &[u8]) -> Result<String, ExtractError> {
    read(std::io::Cursor::new(bytes))
}

/// The text of a .docx file's body, read from an open file (only document.xml is unpacked).
pub fn read<R: Read + std::io::Seek>(mut file: R) -> Result<String, ExtractError> {
    if super::sniff::zip_entry_count(&mut file).is_some_and(|n| n > MAX_ENTRIES as u64) {
        return Err(bad(format!("more than {MAX_ENTRIES} entries in the archive: refused as a zip bomb")));
    }
    file.seek(std::io::SeekFrom::Start(0)).map_err(ExtractError::Io)?;
    let mut zip = zip::ZipArchive::new(file)
        .map_err(|_| bad("damaged or truncated (the zip archive is incomplete); open it in Word and save it again"))?;
    if zip.len() > MAX_ENTRIES {
        return Err(bad(format!("more than {MAX_ENTRIES} entries in the archive: refused as a zip bomb")));
    }
    let mut f = zip.by_name("word/document.xml").map_err(|_| bad("no word/document.xml: not a Word document"))?;
    if f.size() > MAX_XML_BYTES {
        return Err(bomb());
    }
    let declared = f.size();
    let mut xml = Vec::new();
    (&mut f).take(MAX_XML_BYTES + 1).read_to_end(&mut xml).map_err(|e| {
        if xml.len() as u64 >= declared {
            bad("document.xml unpacks larger than it declares: refused as a zip bomb")
        } else {
            bad(format!("damaged: cannot unpack document.xml ({e})"))
        }
    })?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(bomb());
    }
    body_text(&xml)
}

fn bomb() -> ExtractError {
    bad(format!("document.xml unpacks to more than {} MB: refused as a zip bomb", MAX_XML_BYTES >> 20))
}

/// Walk document.xml: w:p → line, w:tab → tab, w:br → line break, w:tc/w:tr → cells/rows.
pub fn body_text(xml: &[u8]) -> Result<String, ExtractError> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = String::new();
    let mut para = String::new();
    // nested tables: a stack of (row cells, current cell)
    let mut tables: Vec<(Vec<String>, String)> = Vec::new();
    let mut in_text = false;
    // a text box or shape is written twice, as a DrawingML choice and a VML fallback
    // (mc:AlternateContent): the fallback's copy is skipped
    let mut fallback = 0usize;
    // the paragraphs around a text box: its own paragraphs are lines of their own
    let mut around: Vec<String> = Vec::new();
    // the grid columns each cell of the current row of each open table spans (w:gridSpan)
    let mut spans: Vec<Vec<usize>> = Vec::new();
    // the outer table's last row: where it starts in `out`, its cells and their spans — a header
    // whose merged cells the row under it names the parts of
    let mut last_row: Option<(usize, Vec<String>, Vec<usize>)> = None;
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| bad(format!("XML at byte {}: {e}", reader.buffer_position())))?;
        if fallback > 0 {
            match &ev {
                Event::Start(e) if e.local_name().into_inner() == "Fallback" => fallback += 1,
                Event::End(e) if e.local_name().into_inner() == "Fallback" => fallback -= 1,
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
            continue;
        }
        match ev {
            Event::DocType(_) => {
                return Err(bad("its XML declares entities (a DOCTYPE, which Word never writes): refused"))
            }
            Event::Start(e) | Event::Empty(e) if matches!(e.local_name().into_inner(), "tab") => para.push(' '),
            Event::Start(e) | Event::Empty(e) if matches!(e.local_name().into_inner(), "gridSpan") => {
                let n = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.local_name().into_inner() == "val")
                    .and_then(|a| a.value.trim().parse::<usize>().ok());
                if let (Some(n), Some(row)) = (n, spans.last_mut()) {
                    if let Some(last) = row.last_mut() {
                        *last = n.clamp(1, 64);
                    }
                }
            }
            Event::Start(e) => match e.local_name().into_inner() {
                "t" => in_text = true,
                "tr" => {
                    if let Some(t) = tables.last_mut() {
                        t.0.clear();
                    }
                    if let Some(row) = spans.last_mut() {
                        row.clear();
                    }
                }
                "tc" => {
                    if let Some(row) = spans.last_mut() {
                        row.push(1);
                    }
                }
                "tbl" => {
                    tables.push((Vec::new(), String::new()));
                    spans.push(Vec::new());
                    last_row = None;
                }
                "Fallback" => fallback = 1,
                "txbxContent" => around.push(std::mem::take(&mut para)),
                _ => {}
            },
            Event::Empty(e) => {
                if matches!(e.local_name().into_inner(), "br" | "cr") {
                    para.push('\n');
                }
            }
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    para.push(c);
                } else {
                    match r.as_ref() {
                        "amp" => para.push('&'),
                        "lt" => para.push('<'),
                        "gt" => para.push('>'),
                        "quot" => para.push('"'),
                        "apos" => para.push('\''),
                        _ => {} // never expanded
                    }
                }
            }
            Event::End(e) => match e.local_name().into_inner() {
                "t" => in_text = false,
                "p" => {
                    let p = std::mem::take(&mut para);
                    match tables.last_mut() {
                        Some((_, cell)) => {
                            if !cell.is_empty() && !p.trim().is_empty() {
                                cell.push(' ');
                            }
                            cell.push_str(p.trim());
                        }
                        None => {
                            out.push_str(&p);
                            out.push('\n');
                        }
                    }
                }
                "tc" => {
                    if let Some((cells, cell)) = tables.last_mut() {
                        cells.push(std::mem::take(cell).replace(['\t', '\n'], " "));
                    }
                }
                "tr" => {
                    if let Some((cells, _)) = tables.last_mut() {
                        let row = cells.join("\t");
                        let row_cells = std::mem::take(cells);
                        if tables.len() == 1 {
                            let row_spans = spans.last().cloned().unwrap_or_default();
                            // (a header's row of merged cells, 预算数 over two columns, and the row
                            // under it naming their parts, 年初 / 全年: one header row)
                            let merged = last_row.take().and_then(|(at, top, top_spans)| {
                                Some((at, super::cells::parts_under_merged(&top, &top_spans, &row_cells)?))
                            });
                            if let Some((at, joined)) = merged {
                                out.truncate(at);
                                out.push_str(&joined);
                            } else {
                                last_row = Some((out.len(), row_cells, row_spans));
                                out.push_str(&row);
                            }
                            out.push('\n');
                        } else if let Some((_, outer)) = tables.iter_mut().rev().nth(1) {
                            // a nested table's rows fold into the outer cell
                            if !outer.is_empty() {
                                outer.push(' ');
                            }
                            outer.push_str(&row.replace('\t', " "));
                        }
                    }
                }
                "tbl" => {
                    tables.pop();
                    spans.pop();
                    last_row = None;
                }
                "txbxContent" => {
                    if !para.trim().is_empty() {
                        out.push_str(&std::mem::take(&mut para));
                        out.push('\n');
                    }
                    para = around.pop().unwrap_or_default();
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    // a document cut off inside a paragraph keeps the text read so far
    if !para.trim().is_empty() {
        out.push_str(&para);
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn paragraphs_and_table_rows() {
        let xml = format!(
            r#"<w:document {W}><w:body><w:p><w:r><w:t>湘潭县禁毒办2023年度部门整体支出绩效评价报告</w:t></w:r></w:p><w:p><w:r><w:t>年初预算</w:t></w:r><w:r><w:t xml:space="preserve">65万元 &amp; 支出&#20845;十万元。</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>年度资金总额</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>20</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#
        );
        let t = body_text(xml.as_bytes()).unwrap();
        assert_eq!(
            t,
            "湘潭县禁毒办2023年度部门整体支出绩效评价报告\n年初预算65万元 & 支出六十万元。\n年度资金总额\t20\n"
        );
    }

    /// A header's merged cell over two columns (预算数 over 年初 / 全年) and the row of its parts
    /// under it: one header row naming each column; a merged cell over a row of figures, or a
    /// row of parts that names no more columns, leaves the rows as they are.
    #[test]
    fn a_merged_header_cell_and_its_parts_under_it() {
        let tc = |t: &str, pr: &str| format!("<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let span = r#"<w:gridSpan w:val="2"/>"#;
        let restart = r#"<w:vMerge w:val="restart"/>"#;
        let cont = r#"<w:vMerge/>"#;
        let tr = |cells: Vec<String>| format!("<w:tr>{}</w:tr>", cells.concat());
        let doc = |rows: Vec<String>| {
            format!(r#"<w:document {W}><w:body><w:tbl>{}</w:tbl></w:body></w:document>"#, rows.concat())
        };
        let xml = doc(vec![
            tr(vec![tc("项目", restart), tc("预算数", span), tc("执行数", restart), tc("执行率", restart)]),
            tr(vec![tc("", cont), tc("年初", ""), tc("全年", ""), tc("", cont), tc("", cont)]),
            tr(vec![tc("合计", ""), tc("212.00", ""), tc("226.80", ""), tc("219.74", ""), tc("96.89%", "")]),
        ]);
        assert_eq!(
            body_text(xml.as_bytes()).unwrap(),
            "项目\t年初预算数\t全年预算数\t执行数\t执行率\n合计\t212.00\t226.80\t219.74\t96.89%\n"
        );
        // (stacked names in one column each: the upper's then the lower's)
        let xml = doc(vec![
            tr(vec![tc("资金", span), tc("全年", ""), tc("分值", "")]),
            tr(vec![tc("年初", ""), tc("调整后", ""), tc("执行数", ""), tc("", "")]),
        ]);
        assert_eq!(body_text(xml.as_bytes()).unwrap(), "年初资金\t调整后资金\t全年执行数\t分值\n");
        // (a group's caption merged over columns named in full: their names alone)
        let xml = doc(vec![
            tr(vec![tc("项目资金", restart), tc("资金情况", r#"<w:gridSpan w:val="3"/>"#), tc("分值", restart)]),
            tr(vec![tc("", cont), tc("年初预算数", ""), tc("全年预算数", ""), tc("全年执行数", ""), tc("", cont)]),
        ]);
        assert_eq!(body_text(xml.as_bytes()).unwrap(), "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\n");
        for rows in [
            // (figures under the merged cell: a row of the table)
            vec![
                tr(vec![tc("项目", ""), tc("预算数", span), tc("执行数", "")]),
                tr(vec![tc("合计", ""), tc("50", ""), tc("52", ""), tc("49", "")]),
            ],
            // (a title over the whole table, its header under it: no part of the title's)
            vec![
                tr(vec![tc("项目支出绩效自评表", r#"<w:gridSpan w:val="3"/>"#)]),
                tr(vec![tc("年初预算数", ""), tc("全年预算数", ""), tc("全年执行数", "")]),
            ],
        ] {
            let t = body_text(doc(rows).as_bytes()).unwrap();
            assert_eq!(t.lines().count(), 2, "{t}");
        }
    }

    /// A text box is written twice (mc:AlternateContent: a DrawingML choice and a VML
    /// fallback); its text is read once, as lines of its own beside the paragraph that
    /// anchors it.
    #[test]
    fn a_text_box_is_read_once_on_lines_of_its_own() {
        let box_ = |tag: &str| {
            format!(
                "<{tag}><w:txbxContent><w:p><w:r><w:t>某县禁毒办2023年度部门整体支出绩效自评报告</w:t></w:r></w:p>\
                 <w:p><w:r><w:t>全年支出58.6万元</w:t></w:r></w:p></w:txbxContent></{tag}>"
            )
        };
        let xml = format!(
            r#"<w:document {W} xmlns:mc="m" xmlns:wps="s" xmlns:v="v"><w:body><w:p><w:r><w:t>封面：</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>{}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>（盖章）</w:t></w:r></w:p><w:p><w:r><w:t>年初预算60万元。</w:t></w:r></w:p></w:body></w:document>"#,
            box_("w:p_unused").replace("w:p_unused", "wps:txbxBody"),
            box_("v:shape")
        );
        assert_eq!(
            body_text(xml.as_bytes()).unwrap(),
            "某县禁毒办2023年度部门整体支出绩效自评报告\n全年支出58.6万元\n封面：（盖章）\n年初预算60万元。\n"
        );
    }

    #[test]
    fn a_doctype_is_refused_and_undeclared_entities_are_never_expanded() {
        let bomb = format!(
            r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#
        );
        assert_eq!(
            body_text(bomb.as_bytes()).unwrap_err().to_string(),
            "unreadable Word file: its XML declares entities (a DOCTYPE, which Word never writes): refused"
        );
        let refs = format!(
            r#"<w:document {W}><w:body><w:p><w:r><w:t>预算&b;65&amp;&#19975;元</w:t></w:r></w:p></w:body></w:document>"#
        );
        assert_eq!(body_text(refs.as_bytes()).unwrap(), "预算65&万元\n");
    }

    #[test]
    fn corrupt_input_is_an_error_not_a_panic() {
        assert!(text(b"PK\x03\x04 not really a zip").is_err());
        assert!(text(b"").is_err());
        assert_eq!(body_text(b"<w:p><w:t>unclosed").ok().as_deref(), Some("unclosed\n"), "text so far is kept");
    }
}
