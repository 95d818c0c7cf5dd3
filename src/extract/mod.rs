//! Stage 1: report files → `Record`s (identity + facts with provenance). Owns reading files —
//! plain text and Markdown, Word .docx, Excel .xlsx, PDF with a text layer (each recognised by
//! its bytes through `sniff`), structured CSV through `structured` — walking folders
//! (`walkdir`: sorted, loop-safe), and running files in parallel with rayon. A file that
//! yields nothing is never dropped silently: it comes back as a `Skipped` (path + typed
//! reason) and the rest go on. Hands `Vec<Record>` to `check` and `compute`.

pub mod cells;
pub mod chars;
pub mod chrome;
pub mod counts;
pub mod divisions;
pub mod doc;
pub mod docx;
pub mod error;
pub mod flat;
pub mod html;
pub mod layout;
pub mod money;
pub mod number;
pub mod pdf;
pub mod ratios;
pub mod re;
pub mod regions;
pub mod scan;
pub mod segment;
pub mod sentence;
pub mod sniff;
pub mod structured;
pub mod table;
pub mod template;
pub mod text;
pub mod towns;
pub mod unfold;
pub mod xlsx;

pub use error::ExtractError;

use crate::model::Record;
use rayon::prelude::*;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

/// Largest text read, in bytes: a text or CSV file, or the text a PDF gives. A report is a few
/// hundred KB; a bigger file is refused before it is read, so memory stays bounded.
pub const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;
/// Largest .docx/.xlsx/.pdf file opened, in bytes (images make them bigger than their text).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

pub use error::{summary, Skipped};

/// Extract every drug-control evaluation from a report's text.
pub fn extract_text(file: &str, text: &str) -> Vec<Record> {
    // (the folders a file sits in place a county of a shared name its text leaves unplaced)
    regions::with_place_hint(file, || extract_text_here(file, text))
}

/// A 绩效自评表 (or 评分表) that names no unit of money anywhere: no 元 in it.
fn form_without_money_unit(text: &str) -> bool {
    (text.contains("自评表") || text.contains("自評表") || text.contains("评分表")) && !text.contains('元')
}

fn extract_text_here(file: &str, text: &str) -> Vec<Record> {
    let g = regions::Gazetteer::global();
    // (a web page's links to other articles, comments and counters are none of its text)
    let text = &*chrome::strip(text);
    let doc = text::Doc::parse(text);
    // (in simplified characters or traditional: 萬元)
    // (…or a 自评表 naming no unit of money at all, 年初预算数｜66｜全年执行数｜68.9: the MoF forms'
    // money is in 万元, and a form in 元 says so)
    let implied_wan = text.contains("万元") || text.contains("萬元") || form_without_money_unit(text);
    let mut out: Vec<Record> = Vec::new();
    for mut seg in segment::segments(&doc, g) {
        // a text that names no year of its own anywhere (title, caption, text, publication
        // date) takes the one its file's name states, and says so
        let named_by_file = seg.id.year.is_none().then(|| year_in_file_name(file)).flatten();
        if named_by_file.is_some() {
            seg.id.year = named_by_file;
        }
        // (a segment opening on no title of its own — one county's part of a city's text — was
        // written by whoever wrote the document's opening: a finance bureau's evaluation of each
        // county scores them as the bureau's)
        let opening = match seg.paras.first() {
            Some(p) if !std::ptr::eq(p, doc.paras.as_ptr()) && !text::looks_like_title(&p.text) => &doc.paras[..],
            _ => seg.paras,
        };
        let mut sc = scan::scan_segment(seg.paras, opening, seg.id.kind, implied_wan, Some(seg.id.year));
        if let Some(y) = named_by_file {
            let name = Path::new(file).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            sc.notes.push(crate::model::Note {
                field: None,
                line: seg.title_line,
                code: crate::model::FindingCode::C17,
                message_zh: format!("正文未写明年份，评价年度{y}年取自文件名“{name}”"),
                message_en: format!(
                    "The text names no year: the fiscal year {y} is taken from the file's name ({name})"
                ),
            });
        }
        // (a figure the text's own record states too — a headline's 去年破获…224宗 over 去年以来…224宗
        // — is the same account, not last year's)
        let priors: Vec<(i32, Vec<crate::model::Fact>)> = std::mem::take(&mut sc.prior)
            .into_iter()
            .map(|(back, facts)| {
                let facts: Vec<_> = facts
                    .into_iter()
                    .filter(|p| !sc.facts.iter().any(|f| f.field == p.field && number::close(f.value, p.value)))
                    .collect();
                (back, facts)
            })
            .filter(|(_, facts)| !facts.is_empty())
            .collect();
        let rec = Record {
            file: file.to_string(),
            index: out.len(),
            id: seg.id,
            facts: sc.facts,
            targets: sc.targets,
            items: sc.items,
            ratios: sc.ratios,
            notes: sc.notes,
            claims_all_met: sc.claims_all_met,
            title_line: seg.title_line,
        };
        // a summary's figures of a whole year before (去年，全县破获…起; 2022年，… in a release of
        // 2023's first months; 2021年，… in it too) are that year's: a record of their own after the
        // text's own (which stands, figures or not: an undated one without any is no row of the
        // table), nearest year first
        let base = out.len();
        let priors: Vec<Record> = priors
            .into_iter()
            .enumerate()
            .map(|(i, (back, facts))| Record {
                file: rec.file.clone(),
                index: base + 1 + i,
                id: crate::model::Identity { year: rec.id.year.map(|y| y - back), ..rec.id.clone() },
                facts,
                targets: Vec::new(),
                items: Vec::new(),
                ratios: Vec::new(),
                notes: Vec::new(),
                claims_all_met: None,
                title_line: rec.title_line,
            })
            .collect();
        out.push(rec);
        out.extend(priors);
    }
    drop_empty_city_record(&mut out);
    out
}

/// A city's text that gives its counties' figures (a table of them, a paragraph each) and none of
/// its own (黄冈市禁毒办's 通报 of each county's budget and spending, no 全市 row): its opening is no
/// record of the city's — a row of the city without a figure would stand among the counties'.
/// Records are numbered again after it.
fn drop_empty_city_record(out: &mut Vec<Record>) {
    let bare = |r: &Record| {
        r.id.county.is_empty()
            && !r.id.city.is_empty()
            && r.facts.is_empty()
            && r.targets.is_empty()
            && r.items.is_empty()
            && r.ratios.is_empty()
            && r.notes.is_empty()
    };
    let Some(at) = out.iter().position(bare) else { return };
    let counties =
        out.iter().filter(|r| !r.id.county.is_empty() && r.id.city == out[at].id.city && !r.facts.is_empty()).count();
    if counties >= 2 {
        out.remove(at);
        for (i, r) in out.iter_mut().enumerate() {
            r.index = i;
        }
    }
}

/// The one year a file's name states (2023年某县禁毒工作总结.txt, 某县禁毒办_2022.docx,
/// 绩效自评表（2021年度）.xlsx, ningxia2016.txt): four digits 2000–2049, in a word of letters
/// and digits only when some letter of it is no hexadecimal digit. A name of two years
/// (2021-2023年), a date (20240115), a code (130606), a hash (61652576dd84221e) or no year
/// states none; the folders above the file are not read.
pub fn year_in_file_name(file: &str) -> Option<i32> {
    let name = Path::new(file).file_stem()?.to_str()?;
    let b = name.as_bytes();
    let mut year = None;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
        // (the ASCII word around the digits: a hash's is letters a–f and digits only)
        let from = b[..i].iter().rposition(|x| !x.is_ascii_alphanumeric()).map_or(0, |p| p + 1);
        let to = b[i..].iter().position(|x| !x.is_ascii_alphanumeric()).map_or(b.len(), |p| i + p);
        let word = &b[from..to];
        let apart = word.len() == run || word.iter().any(|x| x.is_ascii_alphabetic() && !x.is_ascii_hexdigit());
        if run == 4 && apart {
            let y: i32 = name[i..i + 4].parse().ok()?;
            if (2000..=2049).contains(&y) {
                if year.is_some_and(|x| x != y) {
                    return None;
                }
                year = Some(y);
            }
        }
        i += run;
    }
    year
}

thread_local! {
    /// Whether this thread is inside a third-party reader whose panics are caught and named.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Run `f` with this thread's panics left unprinted by the hook `quiet_panic_hook` installs:
/// a reader that catches a third-party parser's panic on a damaged file reports it as the
/// file's error, without a panic's message on stderr.
pub fn quiet_panics<T>(f: impl FnOnce() -> T) -> T {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            QUIET.with(|q| q.set(self.0));
        }
    }
    let _reset = Reset(QUIET.with(|q| q.replace(true)));
    f()
}

/// Install a panic hook that prints as the default one does, except inside `quiet_panics`.
pub fn quiet_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !QUIET.with(|q| q.get()) {
            default(info)
        }
    }));
}

/// Is this a file jixiao reads as a report, by its extension?
pub fn is_report(path: &Path) -> bool {
    matches!(
        ext(path).as_str(),
        "txt" | "md" | "markdown" | "htm" | "html" | "doc" | "docx" | "wps" | "xlsx" | "xls" | "pdf"
    )
}

fn ext(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

fn too_large(len: u64, max: u64) -> ExtractError {
    ExtractError::TooLarge { size_mb: (len + (1 << 19)) >> 20, max_mb: max >> 20 }
}

/// Open a file for reading: a regular file of some size, and its first bytes.
fn open(path: &Path) -> Result<(std::fs::File, u64, Vec<u8>), ExtractError> {
    let (mut f, meta) = match open_quick(path) {
        Some(opened) => opened,
        None => {
            let meta = std::fs::metadata(path)?;
            check_meta(&meta)?;
            (std::fs::File::open(path)?, meta)
        }
    };
    check_meta(&meta)?;
    let mut head = Vec::with_capacity(sniff::HEAD_BYTES);
    (&mut f).take(sniff::HEAD_BYTES as u64).read_to_end(&mut head)?;
    Ok((f, meta.len(), head))
}

/// A regular file, a folder or an empty file, as `open` tells them apart.
fn check_meta(meta: &std::fs::Metadata) -> Result<(), ExtractError> {
    if meta.is_dir() {
        return Err(ExtractError::Io(std::io::Error::from(std::io::ErrorKind::IsADirectory)));
    }
    if !meta.is_file() {
        return Err(ExtractError::NotAFile);
    }
    if meta.len() == 0 {
        return Err(ExtractError::Empty);
    }
    Ok(())
}

/// The file opened first and its metadata read from the open file (one path lookup instead of
/// two: a national corpus is tens of thousands of small files). Opened non-blocking, so that a
/// named pipe is not waited on but refused by its metadata; None when it cannot be opened so
/// (the caller then looks before it opens, and names the problem as it always does).
#[cfg(target_os = "linux")]
fn open_quick(path: &Path) -> Option<(std::fs::File, std::fs::Metadata)> {
    use std::os::unix::fs::OpenOptionsExt;
    let f = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY).open(path).ok()?;
    let meta = f.metadata().ok()?;
    Some((f, meta))
}

#[cfg(not(target_os = "linux"))]
fn open_quick(_: &Path) -> Option<(std::fs::File, std::fs::Metadata)> {
    None
}

/// The rest of a text file after its head (already sniffed), at most `MAX_TEXT_BYTES` in all,
/// decoded.
fn read_text(mut f: std::fs::File, len: u64, mut bytes: Vec<u8>) -> Result<String, ExtractError> {
    if len > MAX_TEXT_BYTES {
        return Err(too_large(len, MAX_TEXT_BYTES));
    }
    // (a head shorter than `HEAD_BYTES` ended at the end of the file: nothing is left to read)
    if bytes.len() >= sniff::HEAD_BYTES {
        (&mut f).take(MAX_TEXT_BYTES + 1 - bytes.len() as u64).read_to_end(&mut bytes)?;
    }
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(too_large(bytes.len() as u64, MAX_TEXT_BYTES)); // it grew while read
    }
    // junk was refused by its head (`sniff`); a stray control byte further on is no reason to
    // lose a report
    let text = text::decode_owned(bytes)?;
    if text.trim().is_empty() {
        return Err(ExtractError::Empty);
    }
    Ok(text)
}

/// Read a text-like file (text or CSV) whole: size-capped, junk refused, decoded.
pub fn read_text_file(path: &Path) -> Result<String, ExtractError> {
    let (f, len, head) = open(path)?;
    if sniff::sniff(&head, &ext(path), &mut &f)? != sniff::Format::Text {
        return Err(ExtractError::Binary);
    }
    read_text(f, len, head)
}

/// Read one input file, whatever it is. Reports give records (none found is an error: "no
/// drug-control evaluation found"); a CSV of figures gives records and the lines it passed over.
/// A bug on one odd file must not stop the run: a panic is reported like any bad input.
pub fn extract_file(path: &Path) -> Result<(Vec<Record>, Vec<ExtractError>), ExtractError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_file(path))).unwrap_or_else(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(ExtractError::Internal(msg))
    })
}

/// What one input file holds: a report's text, or figures read straight from a CSV of figures
/// or a fill-in workbook (`template`).
enum Input {
    Report(String),
    /// A CSV that is no table of figures by its header: a report's table saved as CSV, read as
    /// text first and as figures when no evaluation is found in it.
    CsvTable(String),
    Figures(Vec<Record>, Vec<ExtractError>),
}

fn read_input(path: &Path) -> Result<Input, ExtractError> {
    let e = ext(path);
    let (mut f, len, head) = open(path)?;
    // a head shorter than `HEAD_BYTES` is the whole file (most reports are a few KB): a .docx
    // is then sniffed and unpacked in memory, without reading the file again
    let whole = head.len() < sniff::HEAD_BYTES;
    let format = if whole {
        sniff::sniff(&head, &e, &mut std::io::Cursor::new(&head[..]))?
    } else {
        sniff::sniff(&head, &e, &mut f)?
    };
    if format == sniff::Format::Text && e == "csv" {
        let text = read_text(f, len, head)?;
        // a CSV of any other header is a report's table saved as CSV (a 自评表 exported from
        // Excel), read like a sheet of a workbook; one without an evaluation keeps the CSV's error
        if !structured::is_figures_table(&text) {
            return Ok(Input::CsvTable(text));
        }
        let (records, errors) = structured::parse_csv(&path.display().to_string(), &text)?;
        return Ok(Input::Figures(records, errors));
    }
    if format != sniff::Format::Text && len > MAX_FILE_BYTES {
        return Err(too_large(len, MAX_FILE_BYTES));
    }
    let text = match format {
        sniff::Format::Text => read_text(f, len, head)?,
        sniff::Format::Docx if whole => docx::text(&head)?,
        sniff::Format::Docx => {
            f.seek(std::io::SeekFrom::Start(0))?;
            docx::read(std::io::BufReader::new(f))?
        }
        sniff::Format::Xlsx => {
            // a fill-in workbook of `jixiao template` gives figures, any other a report's tables
            f.seek(std::io::SeekFrom::Start(0))?;
            xlsx::check_archive(&mut f)?;
            match template::load(path)? {
                Some(records) if records.is_empty() => return Err(ExtractError::NoEvaluation),
                Some(records) => return Ok(Input::Figures(records, Vec::new())),
                None => {}
            }
            f.seek(std::io::SeekFrom::Start(0))?;
            xlsx::read(f)?
        }
        sniff::Format::Html => html::text(&read_text(f, len, head)?),
        sniff::Format::Doc => {
            f.seek(std::io::SeekFrom::Start(0))?;
            doc::read(std::io::BufReader::new(f))?
        }
        sniff::Format::Xls => {
            f.seek(std::io::SeekFrom::Start(0))?;
            xlsx::read_xls(std::io::BufReader::new(f))?
        }
        sniff::Format::Pdf => pdf::text(path)?,
    };
    Ok(Input::Report(text))
}

fn read_file(path: &Path) -> Result<(Vec<Record>, Vec<ExtractError>), ExtractError> {
    let name = path.display().to_string();
    match read_input(path)? {
        Input::Figures(records, errors) => Ok((records, errors)),
        Input::CsvTable(text) => {
            let records = extract_text(&name, &structured::table_text(&text));
            if !records.is_empty() {
                return Ok((records, Vec::new()));
            }
            structured::parse_csv(&name, &text)
        }
        Input::Report(text) => {
            let records = extract_text(&name, &text);
            if records.is_empty() {
                return Err(ExtractError::NoEvaluation);
            }
            Ok((records, Vec::new()))
        }
    }
}

/// The text jixiao reads in one report file, as the rules see it (a Word or Excel table's rows
/// as lines of tab-separated cells, a web page without its markup); None for a file of figures
/// (a CSV of figures, a fill-in workbook), which has no report text. A panic is an error.
pub fn report_text(path: &Path) -> Result<Option<String>, ExtractError> {
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_input(path)))
        .unwrap_or_else(|_| Err(ExtractError::Internal("reading the file".into())))?;
    Ok(match read {
        Input::Report(text) => Some(text),
        Input::CsvTable(text) => Some(structured::table_text(&text)),
        Input::Figures(..) => None,
    })
}

/// Files under the given paths: folders walked recursively (sorted by name, links followed,
/// a link back to an enclosing folder reported as a loop), hidden entries passed over, files
/// found in folders kept when `wanted`; a file named explicitly is always tried. Every entry
/// that cannot be read comes back as one `Skipped`.
pub fn walk(paths: &[PathBuf], wanted: fn(&Path) -> bool) -> (Vec<PathBuf>, Vec<Skipped>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for root in paths {
        let hidden = |e: &walkdir::DirEntry| e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
        // unsorted: the files are put in path order below, once (walkdir's sort by name parsed
        // each path's last component at every comparison: half the walk of 37,000 files)
        let walker = walkdir::WalkDir::new(root).follow_links(true).into_iter();
        for entry in walker.filter_entry(|e| !hidden(e)) {
            match entry {
                Ok(e) if e.file_type().is_dir() => {}
                Ok(e) if e.depth() == 0 || wanted(e.path()) => files.push(e.into_path()),
                Ok(_) => {}
                Err(err) => {
                    let path = err.path().unwrap_or(root).to_path_buf();
                    let reason = match err.loop_ancestor() {
                        Some(a) => ExtractError::Loop(a.to_path_buf()),
                        None => match err.into_io_error() {
                            Some(io) => ExtractError::Io(io),
                            None => ExtractError::Internal("folder walk".into()),
                        },
                    };
                    skipped.push(Skipped::new(path, reason));
                }
            }
        }
    }
    sort_paths(&mut files);
    files.dedup();
    (files, skipped)
}

/// Sort paths as `Path`'s own order does (component by component), by their bytes with each
/// separator made the lowest byte: one comparison of bytes each, instead of parsing both paths'
/// components at every comparison.
pub fn sort_paths(files: &mut [PathBuf]) {
    use std::os::unix::ffi::OsStrExt;
    files.sort_by_cached_key(|p| {
        p.as_os_str().as_bytes().iter().map(|&b| if b == b'/' { 0 } else { b }).collect::<Vec<u8>>()
    });
}

/// Extract from many files in parallel. Records come back in path order; what was passed
/// over as `Skipped`, in path order too.
pub fn extract_files(files: &[PathBuf]) -> (Vec<Record>, Vec<Skipped>) {
    if !files.is_empty() {
        // the gazetteer, built on a worker while the first files are read
        rayon::spawn(|| {
            regions::Gazetteer::global();
        });
    }
    let results: Vec<(&PathBuf, Result<(Vec<Record>, Vec<ExtractError>), ExtractError>)> =
        files.par_iter().map(|f| (f, extract_file(f))).collect();
    let mut records = Vec::new();
    let mut skipped = Vec::new();
    for (p, r) in results {
        match r {
            Ok((v, lines)) => {
                records.extend(v);
                skipped.extend(lines.into_iter().map(|e| Skipped::new(p, e)));
            }
            Err(e) => skipped.push(Skipped::new(p, e)),
        }
    }
    (records, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A city's text giving its counties' figures and none of its own: a record per county, none
    /// of the city; with a 全市 row, the city's record too.
    #[test]
    fn a_citys_text_of_its_counties_figures_alone() {
        let text = |whole: &str| {
            format!(
                "常德市禁毒委员会办公室关于2023年度各县（市、区）禁毒工作情况的通报\n各县（市、区）禁毒办：\n现将各地主要指标通报如下。\n县（市、区）\t破获毒品刑事案件（起）\t查获吸毒人员（人次）\n武陵区\t14\t52\n鼎城区\t9\t31\n澧县\t7\t26\n{whole}请各地对照落实。\n"
            )
        };
        let places = |t: &str| -> Vec<String> { extract_text("a.txt", t).into_iter().map(|r| r.id.county).collect() };
        assert_eq!(places(&text("")), ["武陵区", "鼎城区", "澧县"]);
        let with_city = places(&text("全市\t58\t203\n"));
        assert_eq!(with_city.len(), 4, "{with_city:?}");
        assert!(with_city.contains(&String::new()), "{with_city:?}");
        let records = extract_text("a.txt", &text(""));
        assert!(records.iter().enumerate().all(|(i, r)| r.index == i));
    }
    #[test]
    fn the_year_a_file_name_states() {
        for (file, want) in [
            ("reports/2023年某县禁毒工作总结.txt", Some(2023)),
            ("某县禁毒办_2022.docx", Some(2022)),
            ("绩效自评表（2021年度）.xlsx", Some(2021)),
            ("某区禁毒社会化服务中心2024年度整体支出绩效自评报告.pdf", Some(2024)),
            ("ningxia2016.txt", Some(2016)),
            ("r07_ningxia2016.txt", Some(2016)),
            ("2023年某县禁毒工作总结（2023年12月）.txt", Some(2023)),
            ("synthetic_130606_2017_whole.md", Some(2017)),
            // two years, a date, a code, a hash, none: no year
            ("2021-2023年禁毒工作回顾.txt", None),
            ("禁毒工作情况_20240115.txt", None),
            ("130606.txt", None),
            ("000_61652576dd84221e.txt", None),
            ("report_2104e80f89296cbd.txt", None),
            ("abcd2023.txt", None),
            ("某县禁毒工作总结.txt", None),
            ("1999年禁毒工作.txt", None),
            // the folders are not read
            ("2023/某县禁毒工作总结.txt", None),
        ] {
            assert_eq!(year_in_file_name(file), want, "{file}");
        }
    }

    proptest::proptest! {
        /// Sorting by bytes with separators lowest is `Path`'s own order.
        #[test]
        fn paths_sort_as_path_orders_them(paths in proptest::collection::vec(
            proptest::collection::vec(proptest::sample::select(vec!["a", "b", "a-b", "a.b", "ab", "1", "岳阳", "岳阳市", "_", " x"]), 1..4),
            0..30,
        )) {
            let mut files: Vec<PathBuf> = paths.iter().map(|c| Path::new("data").join(c.join("/"))).collect();
            let mut want = files.clone();
            want.sort();
            sort_paths(&mut files);
            proptest::prop_assert_eq!(files, want);
        }
    }
    use std::io::Write;

    const REPORT: [&str; 2] =
        ["湘潭县禁毒委员会办公室2022年度部门整体支出绩效评价报告", "全年预算65万元，实际支出60万元。"];

    /// A .docx of these paragraphs, with `pad` bytes of incompressible media beside them.
    fn docx(pad: usize) -> Vec<u8> {
        let body: String = REPORT.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
        let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        z.start_file("word/document.xml", opts).unwrap();
        z.write_all(format!("<w:document {ns}><w:body>{body}</w:body></w:document>").as_bytes()).unwrap();
        let stored = opts.compression_method(zip::CompressionMethod::Stored);
        z.start_file("word/media/image1.bin", stored).unwrap();
        let mut x: u32 = 2463534242;
        for _ in 0..pad {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            z.write_all(&[x as u8]).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    fn figures(path: &Path) -> Vec<(crate::model::Field, f64)> {
        let (records, _) = extract_file(path).unwrap();
        records.iter().flat_map(|r| r.facts.iter().map(|f| (f.field, f.value))).collect()
    }

    /// A self-evaluation table exported from Excel as CSV (no header of figures) is read as a
    /// report's table; a CSV of neither kind keeps the CSV's own error.
    #[test]
    fn a_self_evaluation_table_saved_as_csv_is_read_as_a_report() {
        let dir = tempfile::tempdir().unwrap();
        let table = dir.path().join("自评表.csv");
        std::fs::write(
            &table,
            "2022年度部门整体支出绩效自评表,,,,,,\n部门名称,安顺市西秀区禁毒委员会办公室,,,,,\n金额单位：元,,,,,,\n\
             项目,年初预算数,全年预算数,全年执行数,分值,执行率,得分\n\
             年度资金总额,\"1,250,000.00\",\"1,380,000.00\",\"1,296,500.00\",10,93.95%,9.4\n\
             自评总分,,,,,,92.5\n",
        )
        .unwrap();
        let got = figures(&table);
        for want in [
            (crate::model::Field::BudgetTotal, 138.0),
            (crate::model::Field::ActualTotal, 129.65),
            (crate::model::Field::ExecutionRateStated, 93.95),
            (crate::model::Field::SelfScore, 92.5),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        let other = dir.path().join("other.csv");
        std::fs::write(&other, "name,phone\n张三,123\n").unwrap();
        let e = extract_file(&other).unwrap_err().to_string();
        assert!(e.starts_with("line 1: not a table of figures"), "{e}");
    }

    /// A small .docx is read from its first bytes alone, a big one from the file: the same figures.
    #[test]
    fn small_and_big_docx_files_read_alike() {
        let dir = tempfile::tempdir().unwrap();
        let (small, big) = (dir.path().join("small.docx"), dir.path().join("big.docx"));
        std::fs::write(&small, docx(0)).unwrap();
        std::fs::write(&big, docx(3 * sniff::HEAD_BYTES)).unwrap();
        assert!(std::fs::metadata(&small).unwrap().len() < sniff::HEAD_BYTES as u64);
        assert!(std::fs::metadata(&big).unwrap().len() > sniff::HEAD_BYTES as u64);
        let want = figures(&small);
        assert!(want.contains(&(crate::model::Field::BudgetTotal, 65.0)), "{want:?}");
        assert_eq!(figures(&big), want);
    }

    /// A text longer than the sniffed head is read to its end.
    #[test]
    fn a_long_text_is_read_past_its_head() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.txt");
        let filler = "本单位认真落实禁毒工作责任制。\n".repeat(sniff::HEAD_BYTES / 40);
        std::fs::write(&path, format!("{}\n{filler}{}\n", REPORT[0], REPORT[1])).unwrap();
        assert!(std::fs::metadata(&path).unwrap().len() > sniff::HEAD_BYTES as u64);
        assert!(figures(&path).contains(&(crate::model::Field::ActualTotal, 60.0)));
    }

    /// A named pipe is refused as no regular file, not waited on.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_named_pipe_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pipe.txt");
        let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(extract_file(&path), Err(ExtractError::NotAFile)));
    }
}
