//! Broken and hostile inputs through the real binary: each bad file is named `path: reason`
//! with the exact reason, a report beside it still yields its records, a summary line says
//! what was skipped, and the exit code is 1. One case a test.

mod common;
use common::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

const GOOD: &str = "data/reports/002_846ffa6747f51bb1.txt";
const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

struct Outcome {
    code: Option<i32>,
    stderr: String,
    facts: String,
}

/// A folder with the good report and whatever `make` puts beside it, read by `jixiao extract`.
fn extract_beside(make: impl FnOnce(&Path)) -> (Workdir, PathBuf, Outcome) {
    let w = Workdir::new();
    w.copy_from_repo(GOOD, "in/good.txt");
    let dir = w.path("in");
    make(&dir);
    let o = extract(&dir, w.command());
    (w, dir, o)
}

fn extract(dir: &Path, mut cmd: Command) -> Outcome {
    let o = cmd.arg("extract").arg(dir).env("RUST_BACKTRACE", "0").output().expect("run jixiao");
    Outcome {
        code: o.status.code(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        facts: String::from_utf8_lossy(&o.stdout).into_owned(),
    }
}

/// The bad file `name` is named with exactly `reason`, the good report still gives its
/// budget, the summary counts one skipped input, and the exit code is 1.
fn assert_skipped(o: &Outcome, path: &Path, reason: &str) {
    let line = format!("{}: {reason}", path.display());
    assert!(o.stderr.lines().any(|l| l == line), "expected the line\n{line}\nin\n{}", o.stderr);
    assert!(o.stderr.lines().any(|l| l.starts_with("jixiao: skipped 1 input: 1 ")), "no summary in\n{}", o.stderr);
    assert_good_records(o);
    assert_eq!(o.code, Some(1), "{}", o.stderr);
}

fn assert_good_records(o: &Outcome) {
    assert!(
        o.facts.lines().any(|l| l.contains("good.txt") && l.contains(",湘潭县,") && l.contains(",budget_total,65,")),
        "the good report's records are missing:\n{}",
        o.facts
    );
}

fn skipped_with(name: &str, bytes: &[u8], reason: &str) {
    let (_tmp, dir, o) = extract_beside(|d| std::fs::write(d.join(name), bytes).unwrap());
    assert_skipped(&o, &dir.join(name), reason);
}

/// An OLE compound file (Office 97-2003 and encrypted Office files) with these stream names.
fn ole(names: &[&str]) -> Vec<u8> {
    let mut b = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    b.resize(512, 0);
    for n in names {
        b.extend(n.encode_utf16().flat_map(|u| u.to_le_bytes()));
        b.resize(b.len() + 128 - 2 * n.len(), 0);
    }
    b.resize(4096, 0);
    b
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, body) in entries {
        z.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(body).unwrap();
    }
    z.finish().unwrap().into_inner()
}

fn docx(paras: &[&str]) -> Vec<u8> {
    let body: String = paras.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
    zip_of(&[("word/document.xml", format!("<w:document {W}><w:body>{body}</w:body></w:document>").as_bytes())])
}

/// Deterministic junk bytes.
fn junk(n: usize) -> Vec<u8> {
    let mut x: u32 = 2463534242;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

#[test]
fn an_empty_file() {
    skipped_with("empty.txt", b"", "empty file");
}

#[test]
fn binary_junk() {
    skipped_with("junk.dat", &junk(4096), "binary data, not a text report");
}

#[test]
fn undecodable_bytes() {
    skipped_with(
        "garbled.txt",
        &[0x81, 0x30, 0xFF, 0xFF, 0x80, 0xFF, 0xC3, b'a'],
        "undecodable text: not UTF-8, GB18030 or Big5 (save it as UTF-8 text)",
    );
}

/// A Word 97-2003 document (or a WPS one, the same format) is read
/// (tests/fixtures/reports/zj_whole_doc_anhui.doc); one whose compound file is damaged is named.
#[test]
fn a_damaged_word_97_doc() {
    skipped_with(
        "报告.doc",
        &ole(&["Root Entry", "WordDocument", "1Table"]),
        "unreadable Word file: damaged .doc (Invalid CFB byte order mark (expected 0xFFFE, found 0x0000)); open it in Word or WPS and save it as .docx",
    );
}

/// An Excel 97-2003 workbook is read (tests/fixtures/reports/zi_project_xls_liaoning.xls); one
/// whose compound file is damaged is named as such.
#[test]
fn a_damaged_excel_97_workbook() {
    skipped_with(
        "自评表.xls",
        &ole(&["Root Entry", "Workbook"]),
        "unreadable Excel workbook: damaged (Invalid CFB byte order mark (expected 0xFFFE, found 0x0000)); open it in Excel and save it again",
    );
}

/// A damaged .xls that makes the workbook parser panic (fuzzed: a shared string shorter than
/// it says) is named as damaged, without a panic's message on stderr.
#[test]
fn an_xls_that_panics_its_parser_is_named_quietly() {
    let bytes = std::fs::read(common::repo().join("tests/fixtures/hostile/xls_sst_short_string.xls")).unwrap();
    let (_tmp, dir, o) = extract_beside(|d| std::fs::write(d.join("自评表.xls"), &bytes).unwrap());
    assert_skipped(
        &o,
        &dir.join("自评表.xls"),
        "unreadable Excel workbook: damaged; open it in Excel and save it again",
    );
    assert!(!o.stderr.contains("panicked"), "{}", o.stderr);
}

#[test]
fn a_damaged_wps_document() {
    skipped_with(
        "报告.wps",
        &ole(&["Root Entry", "WordDocument"]),
        "unreadable Word file: damaged .doc (Invalid CFB byte order mark (expected 0xFFFE, found 0x0000)); open it in Word or WPS and save it as .docx",
    );
}

#[test]
fn an_image() {
    let mut jpg = b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00".to_vec();
    jpg.extend(junk(2000));
    skipped_with("scan.jpg", &jpg, "image (JPEG): jixiao cannot read it; run OCR on it and save the text as .txt");
}

#[test]
fn a_file_with_no_drug_control_evaluation() {
    skipped_with(
        "notice.txt",
        "关于做好2023年春节放假安排的通知\n各单位：春节期间请注意安全，做好值班工作。\n".as_bytes(),
        "no drug-control evaluation found",
    );
}

#[test]
fn a_truncated_docx() {
    let whole = docx(&["湘潭县禁毒委员会办公室2022年度部门整体支出绩效评价报告", "全年预算65万元。"]);
    skipped_with(
        "cut.docx",
        &whole[..whole.len() / 2],
        "unreadable Word file: damaged or truncated (the zip archive is incomplete); open it in Word and save it again",
    );
}

#[test]
fn a_password_protected_docx() {
    skipped_with(
        "locked.docx",
        &ole(&["Root Entry", "EncryptionInfo", "EncryptedPackage", "\u{6}DataSpaces"]),
        "password-protected Word file: save a copy without the password",
    );
}

/// A raw deflate stream of `n` spaces, ~13 bits per 258 bytes: a one-literal fixed-Huffman
/// block followed by back-references of length 258 at distance 1.
fn deflate_spaces(n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut nbits) = (0u64, 0u32);
    let mut put = |v: u64, n: u32, out: &mut Vec<u8>| {
        acc |= v << nbits;
        nbits += n;
        while nbits >= 8 {
            out.push(acc as u8);
            acc >>= 8;
            nbits -= 8;
        }
    };
    let code = |c: u64, n: u32| (0..n).fold(0u64, |r, i| r | (((c >> i) & 1) << (n - 1 - i))); // Huffman codes go MSB first
    put(1, 1, &mut out); // last block
    put(1, 2, &mut out); // fixed Huffman
    put(code(0x30 + b' ' as u64, 8), 8, &mut out);
    for _ in 0..(n - 1) / 258 {
        put(code(0xC5, 8), 8, &mut out); // length 258
        put(0, 5, &mut out); // distance 1
    }
    put(0, 7, &mut out); // end of block
    put(0, 7, &mut out); // flush
    out
}

/// A zip with one deflated entry, written by hand (declared sizes as given).
fn zip_raw(name: &str, deflated: &[u8], size: u32) -> Vec<u8> {
    let mut z = Vec::new();
    let n = name.len() as u16;
    let c = deflated.len() as u32;
    z.extend(b"PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00");
    z.extend(c.to_le_bytes());
    z.extend(size.to_le_bytes());
    z.extend(n.to_le_bytes());
    z.extend([0, 0]);
    z.extend(name.as_bytes());
    z.extend(deflated);
    let cd = z.len() as u32;
    z.extend(b"PK\x01\x02\x14\x00\x14\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00");
    z.extend(c.to_le_bytes());
    z.extend(size.to_le_bytes());
    z.extend(n.to_le_bytes());
    z.extend([0u8; 12]);
    z.extend(0u32.to_le_bytes()); // local header offset
    z.extend(name.as_bytes());
    let cd_len = z.len() as u32 - cd;
    z.extend(b"PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00");
    z.extend(cd_len.to_le_bytes());
    z.extend(cd.to_le_bytes());
    z.extend([0, 0]);
    z
}

#[test]
fn a_zip_bomb_docx_by_size() {
    let size = 200 << 20;
    let bomb = zip_raw("word/document.xml", &deflate_spaces(size), size as u32);
    assert!(bomb.len() < 2 << 20);
    skipped_with(
        "bomb.docx",
        &bomb,
        "unreadable Word file: document.xml unpacks to more than 64 MB: refused as a zip bomb",
    );
}

#[test]
fn a_zip_bomb_docx_that_lies_about_its_size() {
    let bomb = zip_raw("word/document.xml", &deflate_spaces(200 << 20), 4096);
    skipped_with(
        "liar.docx",
        &bomb,
        "unreadable Word file: document.xml unpacks larger than it declares: refused as a zip bomb",
    );
}

#[test]
fn a_zip_bomb_docx_by_entry_count() {
    let names: Vec<String> = (0..10_001).map(|i| format!("x/{i}")).collect();
    let mut entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    entries.push(("word/document.xml", b"<w:document/>"));
    skipped_with(
        "many.docx",
        &zip_of(&entries),
        "unreadable Word file: 10002 entries in the archive (at most 10000): refused as a zip bomb",
    );
}

#[test]
fn an_xml_entity_bomb_docx() {
    let mut xml = String::from(r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">"#);
    for i in 1..10 {
        let prev = if i == 1 { "lol".to_string() } else { format!("lol{}", i - 1) };
        xml += &format!(r#"<!ENTITY lol{i} "{}">"#, format!("&{prev};").repeat(10));
    }
    xml += &format!("]><w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
    skipped_with(
        "lol.docx",
        &zip_of(&[("word/document.xml", xml.as_bytes())]),
        "unreadable Word file: its XML declares entities (a DOCTYPE, which Word never writes): refused",
    );
}

#[test]
fn a_60_mb_text_file() {
    let (_tmp, dir, o) = extract_beside(|d| {
        let mut f = std::io::BufWriter::new(std::fs::File::create(d.join("huge.txt")).unwrap());
        let line = "全年预算65万元，实际支出64万元，开展禁毒宣传12场次。\n".repeat(100);
        while f.get_ref().metadata().unwrap().len() < 60 << 20 {
            f.write_all(line.as_bytes()).unwrap();
            f.flush().unwrap();
        }
    });
    assert_skipped(
        &o,
        &dir.join("huge.txt"),
        "file is 60 MB; jixiao reads reports up to 16 MB (split it into one file per report)",
    );
}

const CSV_HEAD: &str = "unit,county,year,budget_total,actual_total\n甲县禁毒办,甲县,2022,10,9\n";

fn csv_case(body: &str, reason: &str) {
    let (_tmp, dir, o) = extract_beside(|d| std::fs::write(d.join("paper.csv"), format!("{CSV_HEAD}{body}")).unwrap());
    assert_skipped(&o, &dir.join("paper.csv"), reason);
    // the CSV's good line is kept
    assert!(o.facts.lines().any(|l| l.contains(",甲县,") && l.contains(",budget_total,10,")), "{}", o.facts);
}

#[test]
fn csv_missing_columns() {
    csv_case("乙县禁毒办,乙县,2022,5\n", "line 3: 4 cells, the header has 5");
}

#[test]
fn csv_extra_columns() {
    csv_case("乙县禁毒办,乙县,2022,5,1,234\n", "line 3: 6 cells, the header has 5");
}

#[test]
fn csv_non_numeric_value() {
    csv_case("乙县禁毒办,乙县,2022,五万,4\n", "line 3: budget_total: '五万' is not a number");
}

#[test]
fn csv_broken_quote() {
    csv_case(
        "\"乙县禁毒办,乙县,2022,5,4\n丙县禁毒办,丙县,2022,6,5\n",
        "line 3: a quote opened on this line is never closed (the rest of the file was one cell)",
    );
}

#[test]
fn csv_duplicate_headers() {
    skipped_with(
        "dup.csv",
        "unit,county,year,budget_total,budget_total\n甲县禁毒办,甲县,2022,10,9\n".as_bytes(),
        "line 1: column 'budget_total' appears twice (columns 4 and 5)",
    );
}

/// As root, permissions do not stop a read: run the binary as nobody instead.
fn as_unprivileged(w: &Workdir, tmp: &Path) -> Command {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::os::unix::process::CommandExt;
    let mut cmd = w.command();
    if std::fs::metadata(tmp).unwrap().uid() == 0 {
        std::fs::set_permissions(tmp, std::fs::Permissions::from_mode(0o755)).unwrap();
        cmd.uid(65534).gid(65534);
    }
    cmd
}

#[test]
fn an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, dir, _) = extract_beside(|d| {
        std::fs::write(d.join("secret.txt"), "湘潭县禁毒委员会办公室2022年度部门整体支出绩效评价报告\n").unwrap();
        std::fs::set_permissions(d.join("secret.txt"), std::fs::Permissions::from_mode(0o000)).unwrap();
    });
    let o = extract(&dir, as_unprivileged(&tmp, &tmp.path("")));
    assert_skipped(&o, &dir.join("secret.txt"), "cannot read: permission denied");
}

#[test]
fn an_unreadable_folder() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, dir, _) = extract_beside(|d| {
        std::fs::create_dir(d.join("locked")).unwrap();
        std::fs::write(d.join("locked/a.txt"), "x").unwrap();
        std::fs::set_permissions(d.join("locked"), std::fs::Permissions::from_mode(0o000)).unwrap();
    });
    let o = extract(&dir, as_unprivileged(&tmp, &tmp.path("")));
    assert_skipped(&o, &dir.join("locked"), "cannot read: permission denied");
}

#[test]
fn a_symlink_loop() {
    let (_tmp, dir, o) = extract_beside(|d| {
        std::fs::create_dir(d.join("sub")).unwrap();
        std::os::unix::fs::symlink("..", d.join("sub/up")).unwrap();
    });
    assert_skipped(&o, &dir.join("sub/up"), &format!("folder loop: a link points back to {}", dir.display()));
}

#[test]
fn a_link_to_itself() {
    let (_tmp, dir, o) = extract_beside(|d| std::os::unix::fs::symlink("self.txt", d.join("self.txt")).unwrap());
    assert_skipped(&o, &dir.join("self.txt"), "cannot read: too many levels of links (a link loop)");
}

fn has_pdftotext() -> bool {
    Command::new("pdftotext").arg("-v").output().is_ok()
}

/// A one-page PDF whose text is `lines` (CID font with a ToUnicode map: the text layer a
/// word processor writes); no lines gives a page with no text, as a scan has.
fn pdf(lines: &[&str]) -> Vec<u8> {
    let mut highs: Vec<u32> = lines.iter().flat_map(|l| l.chars().map(|c| c as u32 >> 8)).collect();
    highs.sort();
    highs.dedup();
    let ranges: Vec<String> = highs.iter().map(|h| format!("<{h:02X}00> <{h:02X}FF> <{h:02X}00>")).collect();
    let cmap = format!(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def /CMapType 2 def \
         1 begincodespacerange <0000> <FFFF> endcodespacerange {} beginbfrange {} endbfrange endcmap \
         CMapName currentdict /CMap defineresource pop end end",
        ranges.len(),
        ranges.join(" ")
    );
    let shown: Vec<String> = lines
        .iter()
        .map(|l| format!("<{}> Tj T*", l.chars().map(|c| format!("{:04X}", c as u32)).collect::<String>()))
        .collect();
    let content = format!("BT /F1 12 Tf 16 TL 50 800 Td {} ET", shown.join(" "));
    let objs = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .into(),
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>".into(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>".into(),
        format!("<< /Length {} >>\nstream\n{cmap}\nendstream", cmap.len()),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objs.len() + 1).as_bytes());
    out
}

const PDF_REPORT: &[&str] =
    &["岳阳楼区禁毒委员会办公室2023年度部门整体支出绩效评价报告", "全年预算88.5万元，实际支出80万元。"];

#[test]
fn a_pdf_with_a_text_layer_is_read() {
    let (_tmp, dir, o) = extract_beside(|d| std::fs::write(d.join("report.pdf"), pdf(PDF_REPORT)).unwrap());
    if !has_pdftotext() {
        return assert_skipped(
            &o,
            &dir.join("report.pdf"),
            "PDF needs pdftotext (apt-get install poppler-utils) or save as .txt",
        );
    }
    assert!(
        o.facts
            .lines()
            .any(|l| l.contains("report.pdf") && l.contains(",岳阳楼区,") && l.contains(",budget_total,88.5,")),
        "{}\n{}",
        o.facts,
        o.stderr
    );
    assert_good_records(&o);
    assert_eq!(o.code, Some(0), "{}", o.stderr);
}

#[test]
fn a_pdf_without_pdftotext() {
    let w = Workdir::new();
    w.copy_from_repo(GOOD, "in/good.txt");
    w.create("in/report.pdf", pdf(PDF_REPORT));
    let dir = w.path("in");
    let mut cmd = w.command();
    cmd.env("PATH", w.path("no-tools"));
    let o = extract(&dir, cmd);
    assert_skipped(&o, &dir.join("report.pdf"), "PDF needs pdftotext (apt-get install poppler-utils) or save as .txt");
}

#[test]
fn a_scanned_pdf() {
    let (_tmp, dir, o) = extract_beside(|d| std::fs::write(d.join("scan.pdf"), pdf(&[])).unwrap());
    let reason = if has_pdftotext() {
        "scanned PDF: needs OCR"
    } else {
        "PDF needs pdftotext (apt-get install poppler-utils) or save as .txt"
    };
    assert_skipped(&o, &dir.join("scan.pdf"), reason);
}

/// A one-sheet .xlsx of inline strings and numbers, as Excel lays out a 自评表.
fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PKG: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
    let mut sheet = format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>"#);
    for (r, row) in rows.iter().enumerate() {
        sheet += &format!(r#"<row r="{}">"#, r + 1);
        for (c, v) in row.iter().enumerate() {
            let at = format!("{}{}", (b'A' + c as u8) as char, r + 1);
            if v.is_empty() {
                continue;
            }
            sheet += &if v.parse::<f64>().is_ok() {
                format!(r#"<c r="{at}"><v>{v}</v></c>"#)
            } else {
                format!(r#"<c r="{at}" t="inlineStr"><is><t>{v}</t></is></c>"#)
            };
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let rels = format!(
        r#"<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let wb = format!(
        r#"<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    let wb_rels = format!(
        r#"<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
    );
    zip_of(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", wb.as_bytes()),
        ("xl/_rels/workbook.xml.rels", wb_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ])
}

#[test]
fn an_xlsx_self_evaluation_workbook_is_read() {
    let wb = xlsx(&[
        &["南岳区禁毒委员会办公室2021年度禁毒工作经费项目支出绩效自评表"],
        &["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        &["年度资金总额", "30", "30", "27.6", "10", "92%", "9.2"],
        &["总分", "", "", "", "100", "", "93"],
    ]);
    // saved under a wrong extension: read by its content
    let (_tmp, _dir, o) = extract_beside(|d| std::fs::write(d.join("自评表.dat"), wb).unwrap());
    let facts: Vec<&str> = o.facts.lines().filter(|l| l.contains("自评表.dat")).collect();
    for want in [",budget_total,30,", ",actual_total,27.6,", ",self_score,93,"] {
        assert!(
            facts.iter().any(|l| l.contains(",南岳区,") && l.contains(want)),
            "{want} missing:\n{}\n{}",
            o.facts,
            o.stderr
        );
    }
    assert_eq!(o.code, Some(0), "{}", o.stderr);
}

#[test]
fn check_names_skipped_inputs_too() {
    let w = Workdir::new();
    w.copy_from_repo(GOOD, "in/good.txt");
    w.create("in/empty.txt", "");
    let o = w.run(&["check", "in"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.lines().any(|l| l == format!("{}: empty file", Path::new("in").join("empty.txt").display())), "{err}");
    assert!(err.lines().any(|l| l == "jixiao: skipped 1 input: 1 empty"), "{err}");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_usage_error_exits_2() {
    assert_eq!(Workdir::new().run(&["extract"]).status.code(), Some(2));
}

#[test]
fn the_same_inputs_give_the_same_bytes_whatever_the_thread_count() {
    let w = Workdir::new();
    w.seeds("in/reports");
    w.create("in/empty.txt", "");
    w.create("in/paper.csv", format!("{CSV_HEAD}乙县禁毒办,乙县,2022,abc,4\n"));
    w.create(
        "in/a.docx",
        docx(&["湘潭县禁毒委员会办公室2023年度部门整体支出绩效评价报告", "全年预算70万元，实际支出66万元。"]),
    );
    let dir = w.path("in");
    let outs: Vec<(Vec<u8>, Vec<u8>)> = ["1", "2"]
        .iter()
        .map(|n| {
            let o = w.command().arg("extract").arg(&dir).env("RAYON_NUM_THREADS", n).output().unwrap();
            assert_eq!(o.status.code(), Some(1));
            (o.stdout, o.stderr)
        })
        .collect();
    assert!(outs[0].0.len() > 1000 && String::from_utf8_lossy(&outs[0].0).contains("a.docx"));
    assert!(outs[0].0 == outs[1].0, "extract CSV differs between 1 and 2 threads");
    assert!(outs[0].1 == outs[1].1, "skipped inputs differ between 1 and 2 threads");
}
