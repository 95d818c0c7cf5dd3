//! Word 97-2003 .doc files (and WPS .wps, the same binary format) → text: the main document's
//! characters read through the piece table of the Word binary format (MS-DOC: the FIB, the
//! CLX in the table stream), paragraphs as lines, a table's cells apart by tabs and each of
//! its rows one line — as a .docx table row arrives (`docx`), so the same text extraction
//! reads it. A row's end is told from a cell's by its paragraph's properties (the TTP mark,
//! sprmPFTtp, in the PAPX pages); an empty cell is kept in its place. Field codes (PAGE,
//! HYPERLINK …) are dropped and their results kept. An encrypted file is named; sizes and
//! offsets are checked against the streams, so a damaged file is an error, never a panic.

use super::error::ExtractError;
use std::io::{Read, Seek};

fn bad(msg: impl Into<String>) -> ExtractError {
    ExtractError::Docx(msg.into())
}

fn damaged(what: &str) -> ExtractError {
    bad(format!("damaged .doc ({what}); open it in Word or WPS and save it as .docx"))
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// A stream of the compound file, whole (a stream is never larger than the file).
fn stream<F: Read + Seek>(cf: &mut cfb::CompoundFile<F>, name: &str) -> Result<Vec<u8>, ExtractError> {
    let mut s = cf.open_stream(name).map_err(|_| damaged(&format!("no {name} stream")))?;
    let mut out = Vec::new();
    s.read_to_end(&mut out).map_err(|e| damaged(&format!("{name}: {e}")))?;
    Ok(out)
}

/// The FIB's place of one structure in the table stream: (fc, lcb) at index `i` of
/// FibRgFcLcb97.
fn fc_lcb(wd: &[u8], blob: usize, count: usize, i: usize) -> Option<(usize, usize)> {
    (i < count).then_some(())?;
    Some((u32_at(wd, blob + 8 * i)? as usize, u32_at(wd, blob + 8 * i + 4)? as usize))
}

/// The text of a Word 97-2003 document: one line a paragraph, a table row's cells apart by tabs.
pub fn read<F: Read + Seek>(file: F) -> Result<String, ExtractError> {
    let mut cf = cfb::CompoundFile::open(file).map_err(|e| damaged(&e.to_string()))?;
    let wd = stream(&mut cf, "WordDocument")?;
    if u16_at(&wd, 0) != Some(0xA5EC) {
        return Err(damaged("not a Word 97 document"));
    }
    let flags = u16_at(&wd, 0x0A).ok_or_else(|| damaged("short header"))?;
    if flags & 0x0100 != 0 {
        return Err(ExtractError::Encrypted("Word file"));
    }
    let table_name = if flags & 0x0200 != 0 { "1Table" } else { "0Table" };
    // the FIB: a base of 32 bytes, then counted arrays of 16-bit, 32-bit and (fc, lcb) fields
    let csw = u16_at(&wd, 0x20).ok_or_else(|| damaged("short header"))? as usize;
    let at_lw = 0x22 + 2 * csw;
    let cslw = u16_at(&wd, at_lw).ok_or_else(|| damaged("short header"))? as usize;
    let lw = at_lw + 2;
    let ccp_text = if cslw > 3 { u32_at(&wd, lw + 12).ok_or_else(|| damaged("short header"))? as usize } else { 0 };
    let at_fc = lw + 4 * cslw;
    let cb_fc = u16_at(&wd, at_fc).ok_or_else(|| damaged("short header"))? as usize;
    let blob = at_fc + 2;
    let table = stream(&mut cf, table_name)?;
    let (fc_clx, lcb_clx) = fc_lcb(&wd, blob, cb_fc, 33).ok_or_else(|| damaged("no piece table"))?;
    let clx = table.get(fc_clx..fc_clx.saturating_add(lcb_clx)).ok_or_else(|| damaged("piece table out of bounds"))?;
    let pieces = pieces(clx).ok_or_else(|| damaged("piece table"))?;
    // the paragraphs inside tables, and those that end a row (their 0x07 is the row's end,
    // not a cell's); a row's long properties are kept in the Data stream
    let data = stream(&mut cf, "Data").unwrap_or_default();
    let (in_table, row_ends) =
        fc_lcb(&wd, blob, cb_fc, 13).map(|(fc, lcb)| table_runs(&wd, &table, &data, fc, lcb)).unwrap_or_default();
    let mut high: Option<u16> = None;
    let mut text = String::new();
    let mut field_code = Vec::<bool>::new();
    let mut cp = 0usize;
    for p in &pieces {
        if cp >= ccp_text {
            break;
        }
        let n = (p.cp_end.saturating_sub(p.cp_start)).min(ccp_text - cp);
        for k in 0..n {
            let (fc, unit) = if p.compressed {
                let fc = p.fc / 2 + k;
                (fc, wd.get(fc).map(|&b| cp1252(b)))
            } else {
                let fc = p.fc + 2 * k;
                (fc, u16_at(&wd, fc))
            };
            let Some(u) = unit else { return Err(damaged("text out of bounds")) };
            match u {
                // fields: begin, separator (the code before it is dropped), end
                0x13 => field_code.push(true),
                0x14 => {
                    if let Some(f) = field_code.last_mut() {
                        *f = false;
                    }
                }
                0x15 => {
                    field_code.pop();
                }
                _ if field_code.last() == Some(&true) => {}
                // (a paragraph's end inside a cell keeps the row on one line)
                0x0D | 0x0B if in_runs(&in_table, fc) => text.push(' '),
                0x0B..=0x0D => text.push('\n'),
                0x07 if in_runs(&row_ends, fc) => text.push('\n'),
                0x07 => text.push('\t'),
                0x09 => text.push('\t'),
                0x1E => text.push('-'),
                0xA0 => text.push(' '),
                // pictures, drawn objects, note and comment marks, optional hyphens
                0x00..=0x1F => {}
                // (a character beyond the BMP in two units: 𠀀 …)
                0xD800..=0xDBFF => high = Some(u),
                0xDC00..=0xDFFF => {
                    let pair = high.take().map(|h| 0x10000 + ((h as u32 - 0xD800) << 10) + (u as u32 - 0xDC00));
                    text.push(pair.and_then(char::from_u32).unwrap_or('\u{FFFD}'));
                }
                _ => text.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}')),
            }
        }
        cp += n;
        if text.len() as u64 > super::MAX_TEXT_BYTES {
            return Err(bad(format!("more than {} MB of text: refused", super::MAX_TEXT_BYTES >> 20)));
        }
    }
    // (each row's last cell ends with a tab before its row end: dropped)
    Ok(text.replace("\t\n", "\n"))
}

struct Piece {
    cp_start: usize,
    cp_end: usize,
    fc: usize,
    compressed: bool,
}

/// The pieces of the CLX: each run of characters and where its bytes are.
fn pieces(clx: &[u8]) -> Option<Vec<Piece>> {
    let mut i = 0;
    // property modifiers (Prc) before the piece table
    while clx.get(i) == Some(&0x01) {
        let cb = u16_at(clx, i + 1)? as usize;
        i += 3 + cb;
    }
    if clx.get(i) != Some(&0x02) {
        return None;
    }
    let lcb = u32_at(clx, i + 1)? as usize;
    let plc = clx.get(i + 5..i + 5 + lcb)?;
    if lcb < 4 || !(lcb - 4).is_multiple_of(12) {
        return None;
    }
    let n = (lcb - 4) / 12;
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let (a, b) = (u32_at(plc, 4 * k)? as usize, u32_at(plc, 4 * k + 4)? as usize);
        let pcd = 4 * (n + 1) + 8 * k;
        let fc = u32_at(plc, pcd + 2)?;
        out.push(Piece {
            cp_start: a,
            cp_end: b.max(a),
            fc: (fc & 0x3FFF_FFFF) as usize,
            compressed: fc & 0x4000_0000 != 0,
        });
    }
    Some(out)
}

/// The runs of bytes of the WordDocument stream (start, end) holding paragraphs inside a table
/// (sprmPFInTable, 0x2416), and those holding paragraphs that end a table row (sprmPFTtp,
/// 0x2417): read from the PAPX pages (PlcBtePapx), and from the Data stream for a paragraph
/// whose properties are too long for its page (sprmPHugePapx).
type Runs = Vec<(usize, usize)>;

fn table_runs(wd: &[u8], table: &[u8], data: &[u8], fc: usize, lcb: usize) -> (Runs, Runs) {
    let (mut cells, mut rows) = (Vec::new(), Vec::new());
    let Some(plc) = table.get(fc..fc.saturating_add(lcb)) else { return (cells, rows) };
    if lcb < 4 || !(lcb - 4).is_multiple_of(8) {
        return (cells, rows);
    }
    let n = (lcb - 4) / 8;
    for k in 0..n {
        let Some(pn) = u32_at(plc, 4 * (n + 1) + 4 * k) else { break };
        let at = ((pn & 0x3F_FFFF) as usize).saturating_mul(512);
        let Some(page) = wd.get(at..at.saturating_add(512)) else { continue };
        let crun = page[511] as usize;
        for r in 0..crun {
            let (Some(start), Some(end)) = (u32_at(page, 4 * r), u32_at(page, 4 * r + 4)) else { break };
            // BxPap: the PAPX's offset in words, after the crun + 1 FCs
            let Some(&off) = page.get(4 * (crun + 1) + 13 * r) else { break };
            if off == 0 {
                continue;
            }
            let (in_table, ttp) = papx_table(page, data, 2 * off as usize);
            if in_table || ttp {
                cells.push((start as usize, end as usize));
            }
            if ttp {
                rows.push((start as usize, end as usize));
            }
        }
    }
    cells.sort_unstable();
    rows.sort_unstable();
    (cells, rows)
}

/// Does the PapxInFkp at `at` of an FKP page set sprmPFInTable, and sprmPFTtp?
fn papx_table(page: &[u8], data: &[u8], at: usize) -> (bool, bool) {
    let Some(&cb) = page.get(at) else { return (false, false) };
    let (start, len) = if cb == 0 {
        let Some(&cb2) = page.get(at + 1) else { return (false, false) };
        (at + 2, 2 * cb2 as usize)
    } else {
        (at + 1, 2 * cb as usize - 1)
    };
    // istd (2 bytes), then the sprms
    let Some(grpprl) = page.get(start + 2..(start + len).min(page.len())) else { return (false, false) };
    sprms_table(grpprl, Some(data))
}

/// Do these sprms set sprmPFInTable (0x2416), and sprmPFTtp (0x2417)? sprmPHugePapx (0x6646)
/// points into the Data stream at more of them (a PrcData: their size, then them).
fn sprms_table(grpprl: &[u8], data: Option<&[u8]>) -> (bool, bool) {
    let (mut in_table, mut ttp) = (false, false);
    let mut i = 0;
    while i + 2 <= grpprl.len() {
        let op = u16::from_le_bytes([grpprl[i], grpprl[i + 1]]);
        i += 2;
        let size = match op >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            // variable: a size byte before the operand (sprmTDefTable: two bytes of size)
            _ if op == 0xD608 => u16_at(grpprl, i).map_or(grpprl.len(), |s| s as usize + 1),
            _ => grpprl.get(i).map_or(grpprl.len(), |&s| s as usize + 1),
        };
        let set = grpprl.get(i).is_some_and(|&v| v != 0);
        match op {
            0x2416 => in_table |= set,
            0x2417 => ttp |= set,
            0x6646 => {
                // (one level only: the Data stream's sprms do not point on again)
                let huge = data.zip(u32_at(grpprl, i)).and_then(|(d, at)| {
                    let at = at as usize;
                    let n = u16_at(d, at)? as usize;
                    d.get(at + 2..at + 2 + n)
                });
                if let Some(g) = huge {
                    let (t, r) = sprms_table(g, None);
                    in_table |= t;
                    ttp |= r;
                }
            }
            _ => {}
        }
        i += size;
    }
    (in_table, ttp)
}

fn in_runs(runs: &[(usize, usize)], fc: usize) -> bool {
    let i = runs.partition_point(|r| r.0 <= fc);
    i > 0 && fc < runs[i - 1].1
}

/// A byte of a compressed piece (8-bit text) as the UTF-16 unit it stands for: Windows-1252,
/// whose 0x80–0x9F are the characters MS-DOC lists.
fn cp1252(b: u8) -> u16 {
    const HIGH: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as u16,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    /// A Word 97 file of the given pieces (text, compressed?), the main text all of them, no
    /// paragraph properties: the FIB's fields at their places, the CLX in 1Table.
    fn doc_of(pieces: &[(&str, bool)], encrypted: bool) -> Vec<u8> {
        let mut wd = vec![0u8; 0x800];
        wd[0..2].copy_from_slice(&0xA5ECu16.to_le_bytes());
        let flags: u16 = 0x0200 | if encrypted { 0x0100 } else { 0 };
        wd[0x0A..0x0C].copy_from_slice(&flags.to_le_bytes());
        wd[0x20..0x22].copy_from_slice(&14u16.to_le_bytes()); // csw
        wd[0x3E..0x40].copy_from_slice(&22u16.to_le_bytes()); // cslw
        wd[0x98..0x9A].copy_from_slice(&93u16.to_le_bytes()); // cbRgFcLcb (Word 97)
        let (mut cps, mut pcds, mut cp) = (vec![0u32], Vec::new(), 0u32);
        for (text, compressed) in pieces {
            let at = wd.len();
            let n = if *compressed {
                wd.extend(text.bytes());
                pcds.push(((at * 2) as u32) | 0x4000_0000);
                text.len()
            } else {
                let units: Vec<u16> = text.encode_utf16().collect();
                wd.extend(units.iter().flat_map(|u| u.to_le_bytes()));
                pcds.push(at as u32);
                units.len()
            };
            cp += n as u32;
            cps.push(cp);
        }
        wd[0x4C..0x50].copy_from_slice(&cp.to_le_bytes()); // ccpText
        let mut plc: Vec<u8> = cps.iter().flat_map(|c| c.to_le_bytes()).collect();
        for fc in &pcds {
            plc.extend([0, 0]);
            plc.extend(fc.to_le_bytes());
            plc.extend([0, 0]);
        }
        let mut clx = vec![0x02];
        clx.extend((plc.len() as u32).to_le_bytes());
        clx.extend(plc);
        let fc_clx = 0x9A + 33 * 8;
        wd[fc_clx..fc_clx + 4].copy_from_slice(&0u32.to_le_bytes());
        wd[fc_clx + 4..fc_clx + 8].copy_from_slice(&(clx.len() as u32).to_le_bytes());
        let mut cf = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        cf.create_stream("WordDocument").unwrap().write_all(&wd).unwrap();
        cf.create_stream("1Table").unwrap().write_all(&clx).unwrap();
        cf.flush().unwrap();
        cf.into_inner().into_inner()
    }

    /// The pieces of the main text in order, 8-bit and UTF-16 alike; paragraph marks as lines,
    /// a field's code dropped and its result kept, a character beyond the BMP whole.
    #[test]
    fn pieces_of_both_kinds_make_the_text() {
        let bytes = doc_of(
            &[
                ("2023 ", true),
                ("年度禁毒工作总结\r全年破获毒品刑事案件", false),
                ("12", true),
                ("起。\u{13} PAGE \u{14}3\u{15}𠀀\r", false),
            ],
            false,
        );
        assert_eq!(read(Cursor::new(bytes)).unwrap(), "2023 年度禁毒工作总结\n全年破获毒品刑事案件12起。3𠀀\n");
    }

    #[test]
    fn an_encrypted_or_damaged_doc_is_named() {
        let e = read(Cursor::new(doc_of(&[("x", true)], true))).unwrap_err();
        assert_eq!(e.to_string(), "password-protected Word file: save a copy without the password");
        let mut bytes = doc_of(&[("x", true)], false);
        bytes.truncate(600);
        assert!(read(Cursor::new(bytes)).unwrap_err().to_string().starts_with("unreadable Word file: damaged .doc"));
    }
}
