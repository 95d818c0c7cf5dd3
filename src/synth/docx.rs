//! A minimal Word .docx writer for synthetic reports: lines become paragraphs, a run of
//! tab-separated lines becomes one table (a row per line, a cell per tab). Stored entries
//! with a fixed timestamp, so the same text gives the same bytes.

use std::io::Write;

fn esc(s: &str) -> String {
    crate::model::escape_markup(s)
}

fn para(o: &mut String, text: &str) {
    o.push_str("<w:p><w:r><w:t xml:space=\"preserve\">");
    o.push_str(&esc(text));
    o.push_str("</w:t></w:r></w:p>");
}

/// document.xml for the text.
pub fn document_xml(text: &str) -> String {
    let mut o = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
    );
    let mut in_table = false;
    for line in text.lines() {
        if line.contains('\t') {
            if !in_table {
                o.push_str("<w:tbl>");
                in_table = true;
            }
            o.push_str("<w:tr>");
            for cell in line.split('\t') {
                o.push_str("<w:tc>");
                para(&mut o, cell);
                o.push_str("</w:tc>");
            }
            o.push_str("</w:tr>");
        } else {
            if in_table {
                o.push_str("</w:tbl>");
                in_table = false;
            }
            para(&mut o, line);
        }
    }
    if in_table {
        o.push_str("</w:tbl>");
    }
    o.push_str("</w:body></w:document>");
    o
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types \
xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" \
ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" \
ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" \
ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships \
xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" \
Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" \
Target=\"word/document.xml\"/></Relationships>";

/// The bytes of a .docx holding `text`.
pub fn docx(text: &str) -> Vec<u8> {
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, body) in [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", RELS.to_string()),
        ("word/document.xml", document_xml(text)),
    ] {
        zw.start_file(name, opts).expect("a zip entry in memory");
        zw.write_all(body.as_bytes()).expect("writing to memory");
    }
    zw.finish().expect("finishing a zip in memory").into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_reader() {
        let text = "标题 <1>\n项目\t预算数\t执行数\n资金总额\t20\t19.5\n结语";
        let back = crate::extract::docx::text(&docx(text)).unwrap();
        let lines: Vec<&str> = back.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["标题 <1>", "项目\t预算数\t执行数", "资金总额\t20\t19.5", "结语"]);
    }

    #[test]
    fn same_text_same_bytes() {
        assert_eq!(docx("一\n二"), docx("一\n二"));
    }
}
