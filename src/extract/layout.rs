//! The text `pdftotext -layout` gives of a form, made into rows of cells. A PDF keeps a table's
//! columns apart only by spaces, and a cell too narrow for its text wraps onto the lines under
//! it: a 自评表's `吸毒人员 ≥771人次 790人次 20 20` is followed by `尿检人次` under its first
//! cell, and its header `年初预算 全年预算 全年执行` by `数 数 数`. Read line by line, the
//! label has lost half its words (吸毒人员 names no field) and the header its columns' names.
//! Here each line of two or more cells (apart by two spaces or more) opens a row, the lines of
//! wrapped text under it are joined to the cells they stand under (by column), and the row is
//! handed on with its cells apart by tabs, as a Word table's row is. A PDF's prose (one run of
//! text across the page) wraps at the page's margin wherever a line happens to end, after a ；
//! or a 。 too: `join_wrapped_prose` makes each paragraph one line again, as a text file has it.
//! Owns only this; hands the text on to `text::Doc`.

/// A run of text on a line, by character column: [start, end).
#[derive(Debug, Clone, PartialEq)]
struct Seg {
    start: usize,
    end: usize,
    text: String,
}

/// A line's runs of text apart by two spaces or more (one space stays inside a cell:
/// pdftotext puts one between digits and the characters after them, `790 人次`).
fn segs(line: &str) -> Vec<Seg> {
    let mut out: Vec<Seg> = Vec::new();
    let mut cur: Option<Seg> = None;
    let mut spaces = 0;
    for (col, c) in line.chars().enumerate() {
        if c == ' ' || c == '\u{3000}' || c == '\t' {
            spaces += if c == '\t' { 2 } else { 1 };
            continue;
        }
        match cur.as_mut() {
            Some(s) if spaces < 2 => {
                if spaces == 1 {
                    s.text.push(' ');
                }
                s.text.push(c);
                s.end = col + 1;
            }
            _ => {
                out.extend(cur.take());
                cur = Some(Seg { start: col, end: col + 1, text: c.to_string() });
            }
        }
        spaces = 0;
    }
    out.extend(cur);
    out
}

/// A cell that is a figure of its own (a value, a bound, a dash for none): it opens a row,
/// never continues one. Text with a figure inside it (…不少于771人次。) is no figure cell.
fn is_figure_cell(t: &str) -> bool {
    let t = t.trim_start_matches(['≥', '≤', '>', '<', '=', '＞', '＜', '≧', '≦', ' ']);
    if matches!(t, "—" | "-" | "/" | "——" | "－" | "无" | "×" | "√") {
        return true;
    }
    let digits = t.trim_start_matches(['-', '+']);
    let num_end = digits.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(digits.len());
    if num_end == 0 || !digits.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    // a short unit after the figure at most (人次, %, 万元, 起)
    let rest = digits[num_end..].trim_start();
    rest.chars().count() <= 3 && !rest.contains(['，', '。', '、', '；'])
}

/// The cell of `row` whose column a run starting at `start` and ending at `end` stands in: a
/// wrapped line of a cell starts at its column (give or take centring) and ends before the
/// next cell's.
fn cell_of(row: &[Seg], s: &Seg) -> Option<usize> {
    let j = row.iter().rposition(|c| c.start <= s.start + 2)?;
    let next = row.get(j + 1).map_or(usize::MAX, |n| n.start);
    (s.start + 2 >= row[j].start && s.end <= next.saturating_add(1) && s.start < next).then_some(j)
}

/// Does the line of runs `l` continue the row `row` (wrapped text of its cells, whose first
/// lines were `widths` wide)?
fn continues(row: &[Seg], widths: &[usize], l: &[Seg]) -> bool {
    if row.len() < 2 || l.is_empty() {
        return false;
    }
    let Some(cells) = l.iter().map(|s| cell_of(row, s)).collect::<Option<Vec<usize>>>() else { return false };
    // (one run a cell: a line of more runs than that is a row of narrower cells, a header's
    // under a row of two)
    cells.windows(2).all(|w| w[0] != w[1])
        && l.iter().zip(&cells).all(|(s, &j)| {
            // the rest of a figure cut at its column's edge (2,100, / 000.00)
            if is_figure_cell(&s.text) {
                return (cut_number(&row[j].text) || cut_decimals(&row[j].text, &s.text))
                    && s.text.starts_with(|c: char| c.is_ascii_digit());
            }
            let w = s.end - s.start;
            // a run whose column holds a figure in the row is no wrapped text of it (a unit
            // wrapped under its figure is)
            (!is_figure_cell(&row[j].text) || is_unit_piece(s))
                // text wraps because its first line filled the cell: a wrapped line is no
                // wider (give or take the narrower digits), and prose across the page is
                // wider than a cell (总分 | 100 | 93.5, then a sentence under 总分)
                && w <= widths[j] + 4 + widths[j] / 4
        })
}

/// A figure cut short by its column's edge: it ends in a separator (2,100, or 2,100.) or in a
/// group of fewer than three digits after a comma (750,00 of 750,000.00).
fn cut_number(t: &str) -> bool {
    let t = t.trim_end();
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if t.ends_with([',', '.']) {
        return true;
    }
    let tail = t.rsplit(',').next().unwrap_or("");
    t.contains(',') && !tail.contains('.') && (1..3).contains(&tail.len()) && tail.bytes().all(|b| b.is_ascii_digit())
}

/// A figure cut inside its decimals at its column's edge, in a column so narrow that a
/// two-decimal figure does not fit (97.7 over 6%, 98.7 over 8): one decimal digit above, and
/// under it the second alone, a percent sign after it at most.
fn cut_decimals(upper: &str, piece: &str) -> bool {
    let (int, dec) = upper.trim_end().rsplit_once('.').unwrap_or_default();
    let digits = piece.trim();
    let digits = digits.strip_suffix(['%', '％']).unwrap_or(digits);
    int.starts_with(|c: char| c.is_ascii_digit())
        && int.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && dec.len() == 1
        && dec.bytes().all(|b| b.is_ascii_digit())
        && digits.len() == 1
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Do two runs share columns?
fn overlaps(a: &Seg, b: &Seg) -> bool {
    a.start < b.end && b.start < a.end
}

/// A unit wrapped under its figure (790 人 / 次): two columns at most, no digit.
fn is_unit_piece(s: &Seg) -> bool {
    s.end - s.start <= 2 && !s.text.contains(|c: char| c.is_ascii_digit())
}

/// Join a wrapped piece of a cell's text to it, after it or (a line above the row's) before it:
/// with a space between Latin words wrapped apart, none inside a figure cut at its column's
/// edge (2,100, / 000.00).
fn join_text(cell: &mut String, piece: &str, above: bool) {
    // (two narrow cells wrapped side by side a single space apart — 全年预 全年执 over 算数 行数 —
    // are joined word by word: 全年预算数 全年执行数)
    fn words(t: &str) -> Vec<&str> {
        t.split(' ').filter(|w| !w.is_empty()).collect()
    }
    let plain = |ws: &[&str]| ws.iter().all(|w| !w.contains(|c: char| c.is_ascii_alphanumeric()));
    let (a, b) = if above { (words(piece), words(cell)) } else { (words(cell), words(piece)) };
    if a.len() >= 2 && a.len() == b.len() && plain(&a) && plain(&b) {
        let joined = a.iter().zip(&b).map(|(x, y)| format!("{x}{y}")).collect::<Vec<_>>().join(" ");
        *cell = joined;
        return;
    }
    // (…and so are two sums in 元 cut at their narrow columns' edges side by side, one space
    // apart: 1,24 1,30 over 8,50 2,70 over 0.00 0.00 are 1,248,500.00 1,302,700.00)
    let digit = |w: &&str| w.starts_with(|c: char| c.is_ascii_digit());
    if a.len() >= 2
        && a.len() == b.len()
        && a.iter().all(digit)
        && b.iter().all(digit)
        && a.iter().zip(&b).all(|(x, y)| cut_number(x) || cut_decimals(x, y))
    {
        *cell = a.iter().zip(&b).map(|(x, y)| format!("{x}{y}")).collect::<Vec<_>>().join(" ");
        return;
    }
    let spaced = |a: &str, b: &str| {
        !cut_number(a)
            && !cut_decimals(a, b)
            && a.ends_with(|ch: char| ch.is_ascii_alphanumeric())
            && b.starts_with(|ch: char| ch.is_ascii_alphanumeric())
    };
    if above {
        let sep = if spaced(piece, cell) { " " } else { "" };
        *cell = format!("{piece}{sep}{cell}");
    } else {
        if spaced(cell, piece) {
            cell.push(' ');
        }
        cell.push_str(piece);
    }
}

/// A short run of text with no figure: a piece of a wrapped cell, never prose.
fn is_piece(s: &Seg) -> bool {
    s.end - s.start <= 16 && !is_figure_cell(&s.text)
}

/// Are the form's cells centred in their rows (Word's and WPS's 居中)? Then a cell of two
/// lines straddles its row's line: one line above it and one under it in a column where the
/// row's line has nothing. Cells aligned at their top never do that: a cell's first line is on
/// its row's line.
fn centred(lines: &[Vec<Seg>]) -> bool {
    lines.windows(3).any(|w| {
        let (above, row, below) = (&w[0], &w[1], &w[2]);
        // (a figure cut at its narrow column's edge over the row's line, 1,864,20, with its rest
        // under it, 0.00, straddles the row as a wrapped word does)
        let cut_over =
            |b: &Seg| above.iter().any(|a| overlaps(a, b) && (cut_number(&a.text) || cut_decimals(&a.text, &b.text)));
        // (a header's line too: 项目 | 年初预算数 | 决算数 with 调整后 / 预算数 over and under
        // the line between them)
        row.len() >= 2
            && (row.iter().any(|s| is_figure_cell(&s.text)) || is_header_line(row))
            && !above.is_empty()
            && above.iter().all(|a| is_piece(a) || cut_number(&a.text))
            && below.iter().all(|b| is_piece(b) || is_figure_cell(&b.text) && cut_over(b))
            // (the line above holds pieces of cells the row's line leaves empty: a spreadsheet's
            // rows printed line after line — its header over a row whose figures stand right of
            // their column names — are no cells straddling a row)
            && above.iter().all(|a| !row.iter().any(|r| overlaps(a, r)))
            && above.iter().any(|a| {
                !row.iter().any(|r| overlaps(a, r))
                    && below.iter().any(|b| overlaps(a, b) && (a.start.abs_diff(b.start) <= 2 || cut_over(b)))
            })
    })
}

/// Two figures or more cut at their narrow columns' edges, one space apart in one run
/// (806,200. 812,400.): their rests under them are joined word by word.
fn cut_side_by_side(t: &str) -> bool {
    let mut n = 0;
    t.split(' ').filter(|w| !w.is_empty()).all(|w| {
        n += 1;
        cut_number(w)
    }) && n >= 2
}

/// Put the runs of a line of a row's text into the row's cells: each joins the cell it shares
/// columns with (before that cell's text when the line is above the row's line), or stands as a
/// cell of its own at its column.
fn fold_into(row: &mut Vec<Seg>, l: Vec<Seg>, above: bool) {
    let cell_at = |row: &[Seg], s: &Seg| row.iter().position(|c| overlaps(c, s) || c.start.abs_diff(s.start) <= 1);
    // (runs of the line that fall in one cell — 数 and 数 under 全年预算 全年执行, two names a
    // single space apart — are one piece, joined word by word)
    let mut runs: Vec<Seg> = Vec::with_capacity(l.len());
    for s in l {
        match runs.last_mut() {
            Some(p)
                if cell_at(row, p).is_some_and(|j| {
                    !row[j].text.contains(|c: char| c.is_ascii_digit()) || cut_side_by_side(&row[j].text)
                }) && cell_at(row, p) == cell_at(row, &s) =>
            {
                p.text.push(' ');
                p.text.push_str(&s.text);
                p.end = s.end;
            }
            _ => runs.push(s),
        }
    }
    // (right to left: a unit put inside a cell's text leaves the columns left of it as they were)
    for s in runs.into_iter().rev() {
        match cell_at(row, &s) {
            // (a unit wrapped under a figure of a run of several a single space apart — 次 under
            // the 人 of ≥900 人 1,046 人次 —: after that figure's word, by its column)
            Some(j)
                if !above
                    && is_unit_piece(&s)
                    && row[j].text.contains(|c: char| c.is_ascii_digit())
                    && split_cells(&row[j].text).len() >= 2 =>
            {
                let c = &mut row[j];
                let at = s.start.saturating_sub(c.start);
                // (the first space after the unit's column: one column a character)
                let end = c
                    .text
                    .char_indices()
                    .enumerate()
                    .find(|&(col, (_, ch))| ch == ' ' && col > at)
                    .map_or(c.text.len(), |(_, (k, _))| k);
                c.text.insert_str(end, &s.text);
                c.end = c.end.max(s.end);
            }
            Some(j) => {
                let c = &mut row[j];
                join_text(&mut c.text, &s.text, above);
                c.start = c.start.min(s.start);
                c.end = c.end.max(s.end);
            }
            None => {
                let at = row.iter().position(|c| c.start > s.start).unwrap_or(row.len());
                row.insert(at, s);
            }
        }
    }
}

/// A text file as `pdftotext -layout` wrote it (a PDF's form saved as .txt): no tab in it, and
/// three lines or more of a table's row — three runs or more apart by two spaces or more, one
/// of them a figure — with a line of wrapped pieces under one of them (a line whose runs all
/// stand within the cells of the row above, none a figure). Such a text is read as a PDF's is,
/// by [`join_wrapped_cells`]; a text whose rows wrap nothing is left to the line reader.
pub fn laid_out(text: &str) -> bool {
    // (cheap test first: a laid-out row holds a run of spaces, and no tab is in the text)
    if memchr::memchr(b'\t', text.as_bytes()).is_some() || memchr::memmem::find(text.as_bytes(), b"   ").is_none() {
        return false;
    }
    let mut rows = 0;
    let mut wrapped = false;
    let mut above: Vec<Seg> = Vec::new();
    for line in text.lines() {
        if line.len() > 600 {
            above.clear();
            continue;
        }
        // (a line with no two spaces together is one run at the most: no row, and no wrapped
        // piece when no row is above it — its runs are not worked out)
        if above.is_empty() && !two_spaces(line) {
            continue;
        }
        let l = segs(line);
        if l.len() >= 3 && l.iter().any(|s| is_figure_cell(&s.text)) {
            rows += 1;
            above = l;
            continue;
        }
        // (a wrapped line holds a few pieces, at most half as many as the row's cells: a
        // header's line of cells under a row is no wrapped piece of it)
        if !above.is_empty()
            && !l.is_empty()
            && l.len() <= (above.len() / 2).max(1)
            && l.iter().all(|s| !is_figure_cell(&s.text) && is_piece(s) && cell_of(&above, s).is_some())
        {
            wrapped = true;
        } else {
            above.clear();
        }
    }
    rows >= 3 && wrapped
}

/// Does the line hold two spaces together? (found by a vector search for its spaces: a line of
/// prose has few)
fn two_spaces(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(b' ', b).any(|i| b.get(i + 1) == Some(&b' '))
}

/// The text of a PDF as `pdftotext -layout` gives it, with each table row's wrapped lines
/// joined into its cells and its cells apart by tabs; other lines as they were.
pub fn join_wrapped_cells(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let runs: Vec<Vec<Seg>> = lines.iter().map(|l| segs(l)).collect();
    if centred(&runs) {
        return join_centred(&lines, runs);
    }
    let mut out = String::with_capacity(text.len());
    let mut row: Vec<Seg> = Vec::new();
    let mut widths: Vec<usize> = Vec::new();
    // a merged cell's label printed between the rows it spans (产出指标 on a line of its own
    // between two rows of 数量指标's indicators): no cell of the row above or the row under
    // stands in its columns; it is the row under's first cell
    let mut spanning: Option<Seg> = None;
    let mut runs = runs.into_iter().peekable();
    for line in lines.iter() {
        let l = runs.next().unwrap_or_default();
        // (a page's number under the last row, - 1 -, 第1页, is no wrapped piece of its cells)
        if super::text::page_number(line) {
            flush(&mut row, &mut out);
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if !row.is_empty() && continues(&row, &widths, &l) {
            for s in l {
                let j = cell_of(&row, &s).expect("a continuing run stands in a cell");
                join_text(&mut row[j].text, &s.text, false);
            }
            continue;
        }
        if let [s] = l.as_slice() {
            let apart = |r: &[Seg]| r.len() >= 2 && r.iter().all(|c| !overlaps(c, s) && c.start > s.start);
            if is_piece(s)
                && !super::table::is_total_label(&s.text)
                && apart(&row)
                && runs.peek().is_some_and(|n| apart(n))
            {
                spanning = Some(s.clone());
                continue;
            }
        }
        flush(&mut row, &mut out);
        if l.len() >= 2 {
            widths = l.iter().map(|s| s.end - s.start).collect();
            row = l;
            if let Some(s) = spanning.take() {
                widths.insert(0, s.end - s.start);
                row.insert(0, s);
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    flush(&mut row, &mut out);
    out
}

/// A page of a PDF as `pdftotext -layout` gives it, each paragraph of prose whole again: a
/// line of prose that runs to the page's right margin was wrapped there, wherever the line
/// happened to end — after a clause's 分号 or a sentence's 句号 as often as inside a word
/// (…自评得分 97 分； / 北塔区资金执行率 96.5%…) — and is joined to the line under it. Read line by
/// line, such a wrap parted a paragraph where the text has none (a line ending on ；or 。 ends
/// a paragraph of a text file), and a city's paragraph going county by county lost the county
/// before the wrap. A line ends at the margin when its width (a Chinese character two
/// columns, as the page sets it) comes within two characters of the widest line of prose on
/// the page, and two lines at least do; the line under it continues the paragraph when it is
/// prose at the same left edge, not a numbered heading or a date. Lines of a table (runs apart
/// by two spaces or more), short lines and indented lines are left as they are.
pub fn join_wrapped_prose(page: &str) -> std::borrow::Cow<'_, str> {
    // (cheap test first: a page with no clause sign has no prose to join)
    if !page.contains(['，', '。']) {
        return std::borrow::Cow::Borrowed(page);
    }
    let lines: Vec<&str> = page.lines().collect();
    let width = |l: &str| l.trim_end().chars().map(|c| if c as u32 >= 0x2E80 { 2 } else { 1 }).sum::<usize>();
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let prose = |l: &str| {
        let t = l.trim();
        t.chars().count() >= 8 && !two_spaces(t) && !t.contains('\t') && t.chars().any(|c| c as u32 >= 0x4E00)
    };
    // the page's margins: the widest line of prose holding a clause sign, its left edge
    let sentences = || lines.iter().filter(|l| prose(l) && l.contains(['，', '。', '；', '、']));
    let Some(right) = sentences().map(|l| width(l)).max() else { return std::borrow::Cow::Borrowed(page) };
    let left = sentences().map(|l| indent(l)).min().unwrap_or(0);
    let full = |l: &str| prose(l) && indent(l) <= left + 1 && width(l) + 4 >= right;
    if right < 40 || lines.iter().filter(|l| full(l)).count() < 2 {
        return std::borrow::Cow::Borrowed(page);
    }
    let mut out = String::with_capacity(page.len());
    for (i, l) in lines.iter().enumerate() {
        out.push_str(if out.ends_with('\n') || out.is_empty() { l.trim_end() } else { l.trim() });
        let joins = full(l)
            && lines.get(i + 1).is_some_and(|n| {
                let t = n.trim();
                prose(n)
                    && indent(n) <= left + 1
                    && !super::text::starts_numbered(t)
                    && !super::text::is_date_line(t)
                    && !super::text::page_number(t)
            });
        if joins {
            // (a word of letters or a number wrapped at a space keeps its space)
            let n = lines[i + 1].trim_start();
            if out.ends_with(|c: char| c.is_ascii_alphanumeric()) && n.starts_with(|c: char| c.is_ascii_alphanumeric())
            {
                out.push(' ');
            }
        } else {
            out.push('\n');
        }
    }
    if !page.ends_with('\n') {
        out.pop();
    }
    std::borrow::Cow::Owned(out)
}

/// A whole form typed on one line (its cells parted by single spaces, as a web page's copy
/// or a converter gives it) and printed from Word: the line wraps at the page's margin, inside
/// a cell or a figure's run of cells, and no clause sign marks it as prose. A run of such lines,
/// each but the last reaching near the run's right edge, is joined back into its one line when
/// that line is a form `unfold` cuts into rows (a header of column names, two rows of figures);
/// any other run is left as it was. Where two lines meet, a Chinese word wrapped between two
/// characters is whole again (年初预 | 算数), and a break between a word and a figure or sign
/// (经费 | 18,000.00; 毛发检测 | ≥200; 下降 | 15) or between two of the form's column names
/// (全年预算数 | 全年执行数) keeps the space it stood at, as the rest of the line does.
pub fn join_wrapped_form(page: &str) -> std::borrow::Cow<'_, str> {
    // (cheap test first: the form's line names its money or its targets)
    if !(page.contains("预算") || page.contains("指标值") || page.contains("完成值")) {
        return std::borrow::Cow::Borrowed(page);
    }
    let lines: Vec<&str> = page.lines().collect();
    let width = |l: &str| l.trim_end().chars().map(|c| if wide(c) { 2 } else { 1 }).sum::<usize>();
    let plain = |l: &str| {
        let t = l.trim();
        !t.is_empty() && !two_spaces(t) && !t.contains('\t') && !t.contains('\x0c')
    };
    let mut out: Vec<std::borrow::Cow<'_, str>> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..].iter().take_while(|l| plain(l)).count();
        if run < 2 {
            out.push(std::borrow::Cow::Borrowed(lines[i]));
            i += 1;
            continue;
        }
        // (each line but the last ends near the right edge — a width's shortfall of a long
        // figure, 1,190,442.60, or a word kept whole, in the PDF's proportional font — and the
        // first line short of it ends the form's line)
        let right = lines[i..i + run].iter().map(|l| width(l)).max().unwrap_or(0);
        let n = lines[i..i + run].iter().position(|l| width(l) + 16 < right).map_or(run, |k| k + 1);
        let block = &lines[i..i + n];
        if right >= 40 && n >= 2 {
            let mut one = String::with_capacity(block.iter().map(|l| l.len() + 1).sum());
            for l in block {
                let t = l.trim();
                if !one.is_empty() && keeps_space(&one, t) {
                    one.push(' ');
                }
                one.push_str(t);
            }
            if super::unfold::is_form_line(&one) {
                out.push(std::borrow::Cow::Owned(one));
                changed = true;
                i += n;
                continue;
            }
        }
        out.extend(block.iter().map(|l| std::borrow::Cow::Borrowed(*l)));
        i += n;
    }
    if !changed {
        return std::borrow::Cow::Borrowed(page);
    }
    let mut s = out.join("\n");
    if page.ends_with('\n') {
        s.push('\n');
    }
    std::borrow::Cow::Owned(s)
}

/// A character of the wide scripts (Chinese, its full-width signs and brackets).
fn wide(c: char) -> bool {
    c as u32 >= 0x2E80
}

/// Did a form's line wrapped between `before` and `after` break at a space? Not between two
/// Chinese characters (a word wrapped inside), unless the words either side are two of the
/// form's column names; always beside a figure, a sign or a Latin word.
fn keeps_space(before: &str, after: &str) -> bool {
    match (before.chars().next_back(), after.chars().next()) {
        (Some(a), Some(b)) if wide(a) && wide(b) => super::unfold::heads_apart(before, after),
        _ => true,
    }
}

/// A row's cells as a line, apart by tabs.
fn flush(row: &mut Vec<Seg>, out: &mut String) {
    if !row.is_empty() {
        // (a form's group row of its label alone under a row whose label wrapped — 年度资 / 金总额 /
        // 按收入 / 性质分, one line under the other — was taken for the label's last lines: it is
        // a row of its own after it)
        let group = row.first_mut().and_then(|c| {
            let g = GROUP_ROWS.iter().find(|g| c.text.len() > g.len() && c.text.ends_with(*g))?;
            c.text.truncate(c.text.len() - g.len());
            Some(*g)
        });
        // (cells a single space apart, as a spreadsheet's narrow columns print — 年初预算数
        // 全年预算数 — are cells: a run of column names and figures is split at its spaces)
        let cells: Vec<&str> = row.iter().flat_map(|s| split_cells(&s.text)).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
        if let Some(g) = group {
            // (a row of one filled cell, as a Word table's group row arrives)
            out.push_str(g);
            out.push_str("\t\t\n");
        }
        row.clear();
    }
}

/// A centred form's rows of no figure wrapped onto lines of their own, made whole before the
/// rows are built; the lines they emptied are skipped (true in the result).
/// - a group row wrapped onto two or three lines with no row's line of its own (按收入性 / 质分
///   between the rows of 年度资金总额 and 其中：一般公共预算) is taken out: its pieces, nearer one
///   row or the other, would end one row's label and open the next's; it holds no figure, and
///   the rows of its parts under it are read as before;
/// - a row of names whose label wraps around its value's line (部门（单 / 建瓯市禁毒委员会办公室 /
///   位）名称) is one line: the label, then the value.
fn unwrap_rows_of_words(runs: &mut [Vec<Seg>]) -> Vec<bool> {
    let before: Vec<bool> = runs.iter().map(|l| !l.is_empty()).collect();
    for q in 0..runs.len() {
        let mut k = 0;
        while k < runs[q].len() {
            let a = runs[q][k].clone();
            // (the lines under it whose runs in its columns continue it into a group's or a
            // form's name)
            let mut text = a.text.clone();
            let mut parts: Vec<(usize, usize)> = vec![(q, k)];
            let mut found: Option<bool> = None;
            for (next, line) in runs.iter().enumerate().take((q + 3).min(runs.len())).skip(q + 1) {
                let Some(j) = line.iter().position(|b| overlaps(b, &a) && is_piece(b)) else { continue };
                text.push_str(&line[j].text);
                parts.push((next, j));
                if GROUP_ROWS.contains(&text.as_str()) {
                    found = Some(true);
                    break;
                }
                if form_names().any(|n| n == text) {
                    found = Some(false);
                    break;
                }
            }
            if !is_piece(&a) || text == a.text {
                k += 1;
                continue;
            }
            match found {
                Some(true) => {
                    for &(line, j) in parts.iter().rev() {
                        runs[line].remove(j);
                    }
                    continue;
                }
                Some(false) => {
                    let last = parts.last().map_or(q, |p| p.0);
                    for &(line, j) in parts.iter().rev() {
                        runs[line].remove(j);
                    }
                    let mut row = vec![Seg { start: a.start, end: a.end, text }];
                    for line in runs.iter_mut().take(last + 1).skip(q) {
                        row.append(line);
                    }
                    row.sort_by_key(|s| s.start);
                    runs[q] = row;
                    break;
                }
                None => k += 1,
            }
        }
    }
    runs.iter().zip(before).map(|(l, was)| was && l.is_empty()).collect()
}

/// The labels opening the rows of a form's names (the project, the units, the department).
fn form_names() -> impl Iterator<Item = &'static str> {
    super::text::FORM_NAMES.iter().chain(&["预算单位", "项目单位"]).copied()
}

/// The group rows of the national 部门整体支出绩效自评表 (财预〔2020〕10号): a label alone over the
/// rows of its parts.
const GROUP_ROWS: &[&str] = &["按收入性质分", "按支出性质分"];

/// A run's cells: the run itself, or its words when each is a column's name or a figure; or,
/// when a narrow form printed its cells a single space apart, its figures with their units
/// (≥1200 人次 1385 人次 → ≥1200 人次 | 1385 人次) after a short label at most (社区戒毒社区康复人员管控率
/// 100% → the name | 100%).
fn split_cells(t: &str) -> Vec<&str> {
    let mut words: Vec<&str> = t.split(' ').filter(|w| !w.is_empty()).collect();
    // (a month's number and its 月, one space apart as pdftotext prints digits before Chinese
    // — 1-7 月执行率, a monitoring form's column —, are one word)
    let mut i = 1;
    while i < words.len() {
        if words[i].starts_with('月') && words[i - 1].ends_with(|c: char| c.is_ascii_digit()) {
            let a = words[i - 1].as_ptr() as usize - t.as_ptr() as usize;
            let e = words[i].as_ptr() as usize - t.as_ptr() as usize + words[i].len();
            words[i - 1] = &t[a..e];
            words.remove(i);
        } else {
            i += 1;
        }
    }
    let cell = |w: &&str| super::cells::role(w).is_some_and(|r| r != super::cells::Role::Skip) || is_figure_cell(w);
    // (a short column name of no role beside two that have one is a column too: 预算执行数
    // 预算执行率 结余)
    let short_name = |w: &&str| w.chars().count() <= 4 && !w.contains(|c: char| c.is_ascii_digit());
    // (and so a row's label too wide for its column, a single space before the column names
    // beside it: 项目资金（万元） 年初预算数)
    let role = |w: &&str| super::cells::role(w).is_some_and(|r| r != super::cells::Role::Skip);
    let label =
        |w: &str| w.chars().count() <= 12 && !w.contains(|c: char| c.is_ascii_digit() || "，。、；".contains(c));
    if words.len() >= 2 && label(words[0]) && !role(&words[0]) && words[1..].iter().all(role) {
        return words;
    }
    // (column names each with its unit in brackets, a single space apart — 目标任务数（人）
    // 完成数（人） 完成率（%）, a statistics table's head — are columns, whatever they name)
    if words.len() >= 2 && words.iter().all(|w| named_with_unit(w)) {
        return words;
    }
    if words.len() >= 2
        && (words.iter().all(cell)
            || !words.iter().any(|w| is_figure_cell(w))
                && words.iter().filter(|w| cell(w)).count() >= 2
                && words.iter().all(|w| cell(w) || short_name(w)))
    {
        return words;
    }
    if words.len() >= 2 && t.contains(|c: char| c.is_ascii_digit()) {
        if let Some(cells) = figures_apart(t) {
            return cells;
        }
    }
    vec![t]
}

/// A column's name with its unit in brackets after it, the whole word: 完成数（人）, 完成率（%）,
/// 查获吸毒人员(人次), 金额（万元）. A name of one to ten characters and no figure, a unit of one
/// to four.
fn named_with_unit(w: &str) -> bool {
    let Some(inner) = w.strip_suffix(['）', ')']) else { return false };
    let Some(open) = inner.rfind(['（', '(']) else { return false };
    let (name, unit) = (&inner[..open], &inner[open..]);
    let unit = unit.trim_start_matches(['（', '(']);
    (1..=10).contains(&name.chars().count())
        && (1..=4).contains(&unit.chars().count())
        && !name.contains(|c: char| c.is_ascii_digit() || "，。、；：:（）()".contains(c))
        && !unit.contains(|c: char| c.is_ascii_digit())
}

/// A run of a short label (or none) and then figures, each with a unit word after it at most,
/// a single space apart: the label and each figure with its unit as cells. None when the run
/// is anything else (2022 年度禁毒专项工作经费, 全年侦破毒品刑事案件 24 起，查处…).
fn figures_apart(t: &str) -> Option<Vec<&str>> {
    // the words with their byte spans
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for w in t.split(' ') {
        if !w.is_empty() {
            spans.push((at, at + w.len()));
        }
        at += w.len() + 1;
    }
    let word = |i: usize| &t[spans[i].0..spans[i].1];
    let unit_word = |w: &str| {
        w.chars().count() <= 3 && !w.contains(|c: char| c.is_ascii_digit() || "，。、；：:（）()".contains(c))
    };
    let first_fig = (0..spans.len()).find(|&i| is_figure_cell(word(i)))?;
    let label = (first_fig > 0).then(|| &t[spans[0].0..spans[first_fig - 1].1]);
    if label
        .is_some_and(|l| l.chars().count() > 20 || l.contains(|c: char| c.is_ascii_digit() || "，。、；".contains(c)))
    {
        return None;
    }
    let mut cells: Vec<&str> = label.into_iter().collect();
    let mut i = first_fig;
    while i < spans.len() {
        if !is_figure_cell(word(i)) {
            return None;
        }
        let end = if i + 1 < spans.len() && unit_word(word(i + 1)) && !is_figure_cell(word(i + 1)) { i + 1 } else { i };
        cells.push(&t[spans[i].0..spans[end].1]);
        i = end + 1;
    }
    // (one figure alone after no label is the run itself)
    (cells.len() >= 2).then_some(cells)
}

/// Does a run of a line between two rows' lines continue `row` (it shares columns with a
/// cell of text there, or it is a unit wrapped under a figure)?
fn fits(row: &[Seg], r: &Seg) -> bool {
    if super::table::is_total_label(&r.text) || own_line(&r.text) {
        return false;
    }
    row.iter().any(|c| overlaps(c, r) && (!is_figure_cell(&c.text) || is_unit_piece(r)))
}

/// A line printed right under a form that is no piece of its last row: the form's footer
/// (填报单位：…, 审核人：…, a date) or a score stated with its label (自评得分：95.5分).
fn own_line(t: &str) -> bool {
    const FOOTER: &[&str] =
        &["填报单位", "填报人", "填表人", "制表人", "审核人", "联系人", "联系电话", "单位负责人", "财务负责人"];
    if FOOTER.iter().any(|w| t.starts_with(w)) || super::text::is_date_line(t) {
        return true;
    }
    t.split_once(['：', ':']).is_some_and(|(label, value)| {
        super::table::is_total_label(label) && value.trim_start().starts_with(|c: char| c.is_ascii_digit())
    })
}

/// A header's line: two cells naming columns (年初预算数, 分值, 得分) and no figure — or one
/// such name beside two of the form's words for its label columns (一级指标 | 二级指标 | 三级指标
/// | 年度指标值).
fn is_header_line(l: &[Seg]) -> bool {
    if l.iter().any(|s| is_figure_cell(&s.text)) {
        return false;
    }
    // (names a single space apart in one run, 执行率 得分, count one by one)
    let (mut roles, mut words) = (0, 0);
    for c in l.iter().flat_map(|s| split_cells(&s.text)) {
        if super::cells::role(c).is_some_and(|r| r != super::cells::Role::Skip) {
            roles += 1;
        } else if matches!(c.trim(), "一级指标" | "二级指标" | "三级指标") {
            words += 1;
        }
    }
    roles >= 2 || roles == 1 && words >= 2
}

/// `join_wrapped_cells` for a form whose cells are centred in their rows: the rows' lines are
/// those with a figure (or prose beside another cell), and a header's lines one row; each line
/// of pieces between two rows' lines goes to the nearer row (a cell's lines are centred on its
/// row's) — but a run that continues a cell of text in the row under and none above goes
/// under — and when as near, to the row above if it continues a cell of text there.
fn join_centred(lines: &[&str], mut runs: Vec<Vec<Seg>>) -> String {
    let emptied = unwrap_rows_of_words(&mut runs);
    let all = runs.clone();
    // the lines over the row's line that are its (the runs of each)
    let mut row_over: Vec<Vec<Seg>> = Vec::new();
    let mut out = String::new();
    // the row being built, the line it is on, and whether it is a header's
    let mut row: Vec<Seg> = Vec::new();
    let mut at = 0usize;
    let mut header = false;
    let mut pending: Vec<(usize, Vec<Seg>)> = Vec::new();
    // (a form's line of its names — 项目名称 | …, 主管部门 | … | 实施单位 | … — is a row of its
    // own, not pieces of the header under it)
    let is_row = |l: &[Seg]| {
        l.iter().any(|s| is_figure_cell(&s.text))
            || l.len() >= 2 && !l.iter().all(is_piece)
            || is_header_line(l)
            || l.len() >= 2 && l.first().is_some_and(|s| form_names().any(|n| s.text.starts_with(n)))
    };
    for (i, l) in runs.into_iter().enumerate() {
        if emptied[i] {
            continue;
        }
        // (a page's number ends the row, as prose does)
        if super::text::page_number(lines[i]) {
            end_row(&mut row, at, &mut pending, &mut out, lines);
            header = false;
            out.push_str(lines[i]);
            out.push('\n');
            continue;
        }
        if !l.is_empty() && l.iter().all(is_piece) && !is_row(&l) {
            pending.push((i, l));
            continue;
        }
        if is_row(&l) {
            // a header's lines are one row
            if header && is_header_line(&l) && pending.is_empty() {
                // (the header's line before this one stands over it: its cells' lines under
                // this one mirror it — 1-6 月执行 / 年初预算数 / 数 — and are the header's)
                row_over.push(all[at].clone());
                fold_into(&mut row, l, false);
                at = i;
                continue;
            }
            // a figure wrapped in its narrow column straddles its row's line (≥308 人 / 次 over
            // and under the line of 311 人次 | 20 | 20): the line right under a row whose figures
            // stand in other columns than its own is that row's
            let figures = |r: &[Seg]| r.iter().filter(|s| is_figure_cell(&s.text)).cloned().collect::<Vec<_>>();
            let (mine, theirs) = (figures(&l), figures(&row));
            // (and a line of the rest of figures cut at their columns' edge, 2,100, / 000.00, is
            // the row's above, with figures of other columns beside it: a sum in 元 wrapped over
            // three lines in a narrow column, 1,86 / 4,20 / 0.00, has its middle line on the
            // line of the row's one-line cells, 4,20 beside 10)
            let completes =
                |m: &Seg| row.iter().any(|c| overlaps(c, m) && (cut_number(&c.text) || cut_decimals(&c.text, &m.text)));
            let apart = |m: &Seg| !theirs.iter().any(|t| overlaps(m, t));
            let cut = mine.iter().any(completes) && mine.iter().all(|m| completes(m) || apart(m));
            // (a footer printed right under the form, 填报单位：… with its date, is no line of it)
            let footer = l.first().is_some_and(|s| own_line(&s.text));
            // (…and the lines between the row's line and the rest of its cut figures are the
            // row's too, its label's lines wrapped beside them: 基本支 / 出 between 2,60 and 0.00)
            if !header && !footer && !theirs.is_empty() && cut && !pending.is_empty() {
                for (_, p) in pending.drain(..) {
                    fold_into(&mut row, p, false);
                }
                fold_into(&mut row, l, false);
                at = i;
                continue;
            }
            if !header
                && !footer
                && pending.is_empty()
                && i == at + 1
                && !theirs.is_empty()
                && (cut || mine.iter().all(apart))
            {
                fold_into(&mut row, l, false);
                at = i;
                continue;
            }
            // each run of the pieces since the row above: to the row it continues, else the nearer
            let mut up: Vec<Vec<Seg>> = Vec::new();
            let mut down: Vec<Vec<Seg>> = Vec::new();
            let mut plain: Vec<usize> = Vec::new();
            // (under a header, a line of figures all cut at their narrow columns' edges — 1,25 |
            // 1,21 over 鹿城区 | 0,00 | 2,50 — is the top of the first row's tall cells, the line
            // before its label's: the header's words wrapped above it are the header's, never
            // that row's, however near it they stand)
            let header_words = header && !mine.is_empty() && mine.iter().all(|m| cut_number(&m.text));
            for (p, piece) in pending.drain(..) {
                // (above a form's first row only its nearest lines are its: the lines of a title
                // or of the form's head above them are lines of their own)
                // (…nor is a title's line or its year's caption right above it: 项目支出绩效目标执行
                // 监控表 / （2023年度） over 项目名称 | …)
                if row.is_empty() && (i - p > 2 || title_line(lines[p])) {
                    plain.push(p);
                    continue;
                }
                let (mut u, mut d) = (Vec::new(), Vec::new());
                for r in piece {
                    let up = !row.is_empty() && fits(&row, &r);
                    // (text standing over a figure of the row under is no part of it: （A）
                    // under 全年预算数 and over 1,350,)
                    let over_figure = l.iter().any(|c| overlaps(c, &r) && is_figure_cell(&c.text)) && !fits(&l, &r);
                    // (a tall cell's lines above its row's line are its, when the row above has
                    // nothing in its columns)
                    // (a cell centred on its row's line has as many lines over it as under it:
                    // a piece goes up when the row above still owes lines under its line in these
                    // columns — more of them over its line than under it so far — and down when
                    // its mirror across the line of the row under stands in its columns —
                    // 社戒社康 / 人员管控 / 率 around the line of 效益指标, though as near to the row
                    // above, whose 禁毒宣传 / 活动场次 is whole)
                    let mirrored = |m: Option<usize>| {
                        m.and_then(|m| all.get(m)).is_some_and(|ms| ms.iter().any(|x| overlaps(x, &r)))
                    };
                    let over = row_over.iter().filter(|line| line.iter().any(|x| overlaps(x, &r))).count();
                    let under = (at + 1..p).filter(|&q| mirrored(Some(q))).count();
                    let up_mirror = !row.is_empty() && over > under;
                    let down_mirror = mirrored(Some(2 * i - p));
                    let above = if header_words {
                        true
                    } else if up_mirror != down_mirror {
                        up_mirror
                    } else {
                        !row.is_empty()
                            && (up || !fits(&l, &r))
                            && (up && over_figure
                                || match (p - at).cmp(&(i - p)) {
                                    std::cmp::Ordering::Less => true,
                                    std::cmp::Ordering::Greater => false,
                                    std::cmp::Ordering::Equal => up,
                                })
                    };
                    if above {
                        u.push(r)
                    } else {
                        d.push(r)
                    }
                }
                up.push(u);
                down.push(d);
            }
            for u in up {
                fold_into(&mut row, u, false);
            }
            flush(&mut row, &mut out);
            for p in plain {
                out.push_str(lines[p]);
                out.push('\n');
            }
            header = is_header_line(&l);
            row = l;
            at = i;
            row_over.clear();
            for d in down.into_iter().rev() {
                row_over.push(d.clone());
                fold_into(&mut row, d, true);
            }
            continue;
        }
        // a blank line after a total's label (总分, its figures on a line of their own under
        // it): the label waits for them
        if l.is_empty() && pending.last().is_some_and(|(_, p)| p.iter().any(|r| super::table::is_total_label(&r.text)))
        {
            continue;
        }
        // prose or a blank line: the row ends with the pieces just under it that continue its cells; other
        // pieces are lines of their own
        end_row(&mut row, at, &mut pending, &mut out, lines);
        header = false;
        out.push_str(lines[i]);
        out.push('\n');
    }
    end_row(&mut row, at, &mut pending, &mut out, lines);
    out
}

/// A line that is a form's title (项目支出绩效目标执行监控表) or its year's caption ((2023年度),
/// （2022年1-6月）) alone: no piece of a cell.
fn title_line(line: &str) -> bool {
    let t = line.trim();
    let caption = t.chars().count() <= 16
        && t.starts_with(['（', '('])
        && t.ends_with(['）', ')'])
        && t.contains('年')
        && t.contains(|c: char| c.is_ascii_digit());
    caption
        || !t.contains("  ")
            && t.chars().count() <= 40
            && t.ends_with('表')
            && ["绩效", "自评", "监控", "决算", "预算", "统计"].iter().any(|w| t.contains(w))
}

/// The last row of a centred form with the pieces under it (`pending`, by line) that stand
/// within two lines of its line `at` and continue a cell of text of it; the other pieces as
/// the lines they were.
fn end_row(row: &mut Vec<Seg>, at: usize, pending: &mut Vec<(usize, Vec<Seg>)>, out: &mut String, lines: &[&str]) {
    let mut plain = Vec::new();
    for (p, piece) in pending.drain(..) {
        if !row.is_empty() && p <= at + 2 && piece.iter().all(|r| fits(row, r)) {
            fold_into(row, piece, false);
        } else {
            plain.push(p);
        }
    }
    flush(row, out);
    for p in plain {
        out.push_str(lines[p]);
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph pdftotext wrapped at the right margin — after a clause's ；as inside words —
    /// is one line again; the title over it, the blank line and the paragraph under it, short
    /// of the margin, stay as they were.
    #[test]
    fn a_paragraph_wrapped_at_the_margin_is_one_line_again() {
        let page = "河池市禁毒委员会办公室关于 2023 年度各县（区）禁毒专项资金绩效自评结果的\n通报\n\n\
按照市财政局关于开展 2023 年度财政支出绩效自评工作的安排，我办对各县\n\
（区）报送的禁毒专项资金绩效自评报告进行了审核汇总。全市 5 个县（区）\n\
中，宜州区全年预算执行率 98.6%，自评得分 96 分；南丹县全年预算执行率为\n\
92.4%，自评得分为 91 分；天峨县全年预算执行率 88.1%，自评得分 86.5 分；\n\
凤山县全年预算执行率 97.3%，自评得分 95 分。\n\n请各县（区）对照自评发现的问题，认真分析原因，抓好整改。\n";
        let got = join_wrapped_prose(page);
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(
            lines,
            [
                "河池市禁毒委员会办公室关于 2023 年度各县（区）禁毒专项资金绩效自评结果的",
                "通报",
                "",
                "按照市财政局关于开展 2023 年度财政支出绩效自评工作的安排，我办对各县（区）报送的禁毒专项资金绩效自评报告进行了审核汇总。全市 5 个县（区）中，宜州区全年预算执行率 98.6%，自评得分 96 分；南丹县全年预算执行率为92.4%，自评得分为 91 分；天峨县全年预算执行率 88.1%，自评得分 86.5 分；凤山县全年预算执行率 97.3%，自评得分 95 分。",
                "",
                "请各县（区）对照自评发现的问题，认真分析原因，抓好整改。",
            ]
        );
    }

    /// Lines at the margin stay apart from a numbered heading, a date, an indented paragraph's
    /// first line and a table's row under them; a page of short lines is left as it is.
    #[test]
    fn only_prose_at_the_margin_continues_on_the_next_line() {
        let full = "全年全县公安机关受理毒品案件 52 起，其中行政案件 29 起；破获毒品刑事案件 23 起，";
        let page = [
            full,
            "二、近三年主要指标",
            full,
            "2023 年 12 月 30 日",
            full,
            "    今年以来，全县共破获毒品刑事案件 11 起，查获吸毒人员 29 人次，各项工作有序推进。",
            full,
            "年度    新发现吸毒人员（人）    禁毒宣传活动（场次）",
            "",
        ]
        .join("\n");
        assert_eq!(join_wrapped_prose(&page), page);
        let short = "破获毒品刑事案件 23 起，\n抓获犯罪嫌疑人 31 名。\n";
        assert_eq!(join_wrapped_prose(short), short);
    }

    /// Two names wrapped side by side a single space apart, over and under the header's line
    /// (全年预算 全年执行 / 数    数), are made whole word by word.
    #[test]
    fn two_names_wrapped_side_by_side_over_and_under_the_header() {
        let t = "                                      全年预算 全年执行\n                        年初预算数                   执行率 得分\n                                      数    数\n\n年度资金总额       70.00         75.00   72.80         97.07%   9.70\n";
        let runs: Vec<Vec<Seg>> = t.lines().map(segs).collect();
        let got = join_centred(&t.lines().collect::<Vec<_>>(), runs);
        assert!(got.lines().any(|l| l == "年初预算数\t全年预算数\t全年执行数\t执行率\t得分"), "{got}");
    }

    /// A unit wrapped under the target's figure, whose run holds the result's figure a single
    /// space after it (≥900 人 1,046 人次 / 次), joins the target, and the two stay apart.
    #[test]
    fn a_unit_wrapped_under_the_first_of_two_figures_in_a_run() {
        let mut row = segs("社区戒毒社区康复人员尿检   ≥900 人 1,046 人次   20   20");
        let under = segs(&format!("{}次", " ".repeat(20)));
        fold_into(&mut row, under, false);
        assert_eq!(row[1].text, "≥900 人次 1,046 人次");
        assert_eq!(split_cells(&row[1].text), ["≥900 人次", "1,046 人次"]);
        // (both figures' units wrapped under them: each after its own)
        let mut row = segs("数量指标   ≥900 人 1,046 人   20   20");
        fold_into(&mut row, segs(&format!("{}次{}次", " ".repeat(12), " ".repeat(7))), false);
        assert_eq!(split_cells(&row[1].text), ["≥900 人次", "1,046 人次"], "{row:?}");
    }

    /// A centred form's indicator names of three and four lines around their rows' lines (送强制隔
    /// / 离戒毒人 / 数, then 戒断三年 / 未复吸巩 / 固率; 社区戒毒 / 社区康复 / 人员管控 / 率 over and
    /// under a line with nothing in their column) each join their own row, whichever row is
    /// nearer a line.
    #[test]
    fn centred_names_of_three_and_four_lines_join_their_rows() {
        for (t, want) in [
            ("                        吸毒人员\n       产出指标    数量指标              ≥600 人   652 人         15   15\n                        风险评估\n                        送强制隔\n绩效指标\n       产出指标    数量指标     离戒毒人     ≥20 人    23 人          15   15\n                          数\n                        戒断三年\n               社会效益\n       效益指标             未复吸巩     ≥50%     57.4%         10   10\n                指标\n                         固率\n", ["产出指标\t数量指标\t吸毒人员风险评估", "送强制隔离戒毒人数\t≥20 人", "戒断三年未复吸巩固率\t≥50%"]),
            ("                        破获毒品\n       产出指标    数量指标              ≥30 起    36 起          10   10\n                        刑事案件\n       产出指标    数量指标     刑事拘留     ≥35 人    41 人          10   10\n绩效指标\n       产出指标    数量指标     移送起诉     ≥30 人    38 人          10   10\n                        社区戒毒\n               社会效益     社区康复\n       效益指标                      ≥95%     96.8%         10   10\n                指标      人员管控\n                          率\n                总分                                100        96.3\n", ["移送起诉\t≥30 人", "社会效益指标\t社区戒毒社区康复人员管控率\t≥95%", "总分\t100"]),
        ] {
            let runs: Vec<Vec<Seg>> = t.lines().map(segs).collect();
            assert!(centred(&runs), "{t}");
            let got = join_centred(&t.lines().collect::<Vec<_>>(), runs);
            for w in want {
                assert!(got.lines().any(|l| l.contains(w)), "{w} not in {got}");
            }
        }
    }

    /// A centred 部门整体 form: the row of names whose label wraps around its value (部门（单 /
    /// the unit / 位）名称) is one row, and the group rows wrapped between rows (按收入性 / 质分)
    /// end no label and open none.
    #[test]
    fn centred_rows_of_words_are_made_whole() {
        let t = "部门（单\n                           建瓯市禁毒委员会办公室\n位）名称\n               年初预算     全年预算     全年执行\n                                           分值           执行率   得分\n                 数        数        数\n        年度资金\n               180.20   196.40   191.23    10       97.37%    9.74\n          总额\n        按收入性\n          质分\n年度预算    其中：一\n 申请     般公共预   180.20   196.40   191.23\n           算\n        按支出性\n          质分\n        其中：基\n               80.10    86.50    86.50\n         本支出\n        项目支出   100.10   109.90   104.73\n";
        let runs: Vec<Vec<Seg>> = t.lines().map(segs).collect();
        assert!(centred(&runs), "{t}");
        let got = join_centred(&t.lines().collect::<Vec<_>>(), runs);
        for w in [
            "部门（单位）名称\t建瓯市禁毒委员会办公室",
            "年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
            "年度资金总额\t180.20\t196.40\t191.23",
            "\t其中：一般公共预算\t180.20",
            "其中：基本支出\t80.10\t86.50\t86.50",
        ] {
            assert!(got.lines().any(|l| l.ends_with(w) || l.starts_with(w) || l.contains(w)), "{w} not in {got}");
        }
        assert!(!got.contains("性质分"), "{got}");
    }

    /// A row's label too wide for its column, one space before the column names beside it, is
    /// a cell of its own; a label before words of no column, or a sentence, is one run.
    #[test]
    fn a_wide_label_one_space_before_column_names() {
        assert_eq!(split_cells("项目资金（万元） 年初预算数"), ["项目资金（万元）", "年初预算数"]);
        assert_eq!(split_cells("年度预算资金 年初预算数 全年预算数"), ["年度预算资金", "年初预算数", "全年预算数"]);
        assert_eq!(split_cells("部门名称 禁毒委员会办公室"), ["部门名称 禁毒委员会办公室"]);
        // (a month's number and its 月 are one word: 1-7 月执行率 is a column's name)
        assert_eq!(split_cells("1-7 月执行率"), ["1-7 月执行率"]);
        assert_eq!(split_cells("1-7 月执行数 1-7 月执行率"), ["1-7 月执行数", "1-7 月执行率"]);
        assert_eq!(split_cells("根据文件要求，现将 年初预算数"), ["根据文件要求，现将 年初预算数"]);
    }

    /// A header cell wrapped over and under the header's line (调整后 / 预算数, centred) while
    /// its neighbours stand on the line: one header of five names.
    #[test]
    fn a_header_cell_straddling_the_headers_line() {
        let t = "               调整后\n项目    年初预算数        决算数      执行率\n               预算数\n\n合计    356.80   372.46 365.91 98.24%\n\n基本支出 142.30    148.62 148.62 100.00%\n";
        let got = join_wrapped_cells(t);
        assert!(got.lines().any(|l| l == "项目\t年初预算数\t调整后预算数\t决算数\t执行率"), "{got}");
        assert!(got.lines().any(|l| l == "合计\t356.80\t372.46\t365.91\t98.24%"), "{got}");
    }

    /// A spreadsheet's rows printed line after line, its figures right of their column names
    /// (so a header's names stand over nothing on the figures' line), are no centred cells: each
    /// line stays its row.
    #[test]
    fn a_spreadsheets_rows_are_not_taken_for_centred_cells() {
        let t = "项目资金（万元）                年初预算数         全年预算数                全年执行数      执行率\n年度资金总额                           35                   35         33.6 96%\n一级指标                    二级指标          三级指标                 年度指标值      实际完成值\n产出指标                    数量指标          查处吸毒人员               ≥20人       23人\n";
        let runs: Vec<Vec<Seg>> = t.lines().map(segs).collect();
        assert!(!centred(&runs));
        let got = join_wrapped_cells(t);
        assert_eq!(got.lines().count(), 4, "{got}");
        assert!(got.lines().nth(1).is_some_and(|l| l.starts_with("年度资金总额\t35\t35\t33.6")), "{got}");
    }

    /// A form's group row (按收入性质分) under a row whose label wrapped, one line under the
    /// other with no gap, is a row of its own after that row, not the end of its label.
    #[test]
    fn a_group_row_under_a_wrapped_label_is_its_own_row() {
        let t = "年度预   年初预   全年预   全年执   分值   执行率    得分\n算申请   算数     算数     行数\n年度资   286.40   312.75   305.18   10      97.58%   9.76\n金总额\n按收入\n性质分\n其中：   286.40   312.75   305.18\n一般公\n共预算\n按支出\n性质分\n其中：   120.30   131.20   130.95\n基本支\n出\n";
        let got = join_wrapped_cells(t);
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(lines[1], "年度资金总额\t286.40\t312.75\t305.18\t10\t97.58%\t9.76", "{got}");
        assert_eq!(lines[2], "按收入性质分\t\t", "{got}");
        assert_eq!(lines[3], "其中：一般公共预算\t286.40\t312.75\t305.18", "{got}");
        assert_eq!(lines[4], "按支出性质分\t\t", "{got}");
        assert_eq!(lines[5], "其中：基本支出\t120.30\t131.20\t130.95", "{got}");
    }

    /// A .txt that pdftotext -layout wrote (rows of three runs or more, one with a wrapped line
    /// under it) is laid out; rows that wrap nothing, a text with tabs, or prose are not.
    #[test]
    fn a_text_laid_out_by_pdftotext_is_known() {
        let rows = "  产出     数量       查获吸毒人员            ≥60人      71人      20     20\n  指标     指标\n  质量     管控率                  ≥95%       97.1%     20     20\n  效益     复吸率                  ≤10%       6.3%      20     19\n";
        assert!(laid_out(rows));
        let rows2 = "  项目资金     年度资金总额     40     44.8     41.6     10\n  （万元）     其中：财政拨款   40     40       38.2\n    合计      100     97\n";
        assert!(!laid_out(rows2), "the second line is a row of its own, no wrapped piece");
        let rows3 = "  项目资金     年度资金总额     40     44.8     41.6\n               其中：当年\n  合计          100     97     95\n  总分    100    98\n";
        assert!(laid_out(rows3));
        assert!(!laid_out(&rows.replace("     ", "\t")), "a text with tabs");
        assert!(!laid_out(
            "全县共破获毒品刑事案件 14 起，抓获犯罪嫌疑人 18 名。\n   今年以来，   查处吸毒人员   36 人次。\n"
        ));
        assert!(!laid_out("  查获吸毒人员     ≥60人      71人\n  指标\n"), "one row");
        // (a header's line of cells under rows spaced out is no wrapped line)
        let spaced = "年度资金总额   10.00   7.00   70.00%\n上年结转资金   0.00   0.00   —\n一级指标   二级指标   三级指标   年度指标值   实际完成值\n产出指标   数量指标   尿检次数   ≥100次   101次\n总分   100   80.0\n";
        assert!(!laid_out(spaced));
    }

    fn rows(t: &str) -> Vec<String> {
        join_wrapped_cells(t).lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect()
    }

    #[test]
    fn runs_are_apart_by_two_spaces_and_one_space_stays_inside() {
        let s = segs("  吸毒人员    ≥771 人次   790 人次   20");
        let t: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(t, ["吸毒人员", "≥771 人次", "790 人次", "20"]);
        assert_eq!((s[0].start, s[0].end), (2, 6));
    }

    #[test]
    fn a_label_wrapped_under_its_cell_is_joined_to_it() {
        let t = "产出指标    数量指标   吸毒人员    ≥771 人次   790 人次   20    20\n               尿检人次\n";
        assert_eq!(rows(t), ["产出指标\t数量指标\t吸毒人员尿检人次\t≥771 人次\t790 人次\t20\t20"]);
    }

    #[test]
    fn a_header_wrapped_onto_lines_under_it_is_whole_again() {
        let t = "项目资金           年初预算    全年预算      全年执行     分值    执行率      得分\n\
                 （万元）           数       数         数\n";
        assert_eq!(rows(t), ["项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"]);
    }

    #[test]
    fn a_unit_wrapped_under_its_figure_is_joined_but_a_new_row_is_not() {
        let t = "产出指    数量指   吸毒人      ≥222     272 人    20   20\n\
                 标      标     员尿检      人次       次\n\
                 \x20            人次\n\
                 \x20           破获毒   ≥9 起   16 起   10    10\n\
                 \x20           品刑事\n\
                 \x20           案件数\n";
        assert_eq!(
            rows(t),
            [
                "产出指标\t数量指标\t吸毒人员尿检人次\t≥222人次\t272 人次\t20\t20",
                "破获毒品刑事案件数\t≥9 起\t16 起\t10\t10"
            ]
        );
    }

    #[test]
    fn a_figure_cut_at_its_column_edge_is_one_figure_again() {
        let t = "      年度资   2,100,   2,364,   2,293,   10   97.00   9.7\n\
                 \x20     金总额   000.00   000.00   100.00        %\n\
                 \x20     项目支   750,00   951,40   884,30   —    —       —\n\
                 \x20     出     0.00     0.00     0.00\n";
        assert_eq!(
            rows(t),
            [
                "年度资金总额\t2,100,000.00\t2,364,000.00\t2,293,100.00\t10\t97.00%\t9.7",
                "项目支出\t750,000.00\t951,400.00\t884,300.00\t—\t—\t—",
            ]
        );
        for (t, cut) in [
            ("2,100,", true),
            ("750,00", true),
            ("2,100.", true),
            ("2,100.00", false),
            ("750,000", false),
            ("96", false),
        ] {
            assert_eq!(cut_number(t), cut, "{t}");
        }
    }

    /// In columns too narrow for a two-decimal figure, the figure is cut inside its decimals
    /// (97.7 over 6%, 98.7 over 8) and its last digits wrap under it: one figure again, with no
    /// space inside. A figure of its own under a whole one still opens a row.
    #[test]
    fn a_figure_cut_inside_its_decimals_is_one_figure_again() {
        let t = "年度   1,52   1,60   1,57   10    98.1   9.81\n\
                 资金   3,40   8,00   7,60          4%\n\
                 总额   0.00   0.00   0.00\n\
                 总分                        100   96.3\n\
                 \x20                                  5\n";
        assert_eq!(
            rows(t),
            ["年度资金总额\t1,523,400.00\t1,608,000.00\t1,577,600.00\t10\t98.14%\t9.81", "总分\t100\t96.35",]
        );
        for (upper, piece, cut) in [
            ("98.1", "4%", true),
            ("96.3", "5", true),
            ("1,204.5", "06", false),
            ("96.35", "8", false),
            ("96", "5", false),
            ("96.3", "人次", false),
            ("96.3", "123", false),
        ] {
            assert_eq!(cut_decimals(upper, piece), cut, "{upper} / {piece}");
        }
    }

    #[test]
    fn a_line_of_more_runs_than_the_row_has_cells_opens_a_row() {
        let t = "部门    麻城市\n\
                 （单    禁毒委\n\
                 年度预         年初预      全年预      全年执      分值   执行率     得分\n\
                 算申请         算数       算数       行数\n";
        assert_eq!(
            rows(t),
            ["部门（单\t麻城市禁毒委", "年度预算申请\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"]
        );
    }

    #[test]
    fn column_names_a_single_space_apart_are_cells() {
        let t = "项目资金（万元）    年初预算数 全年预算数   全年执行数   分值        执行率得分\n";
        assert_eq!(rows(t), ["项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率得分"]);
        assert_eq!(split_cells("2021 年度"), ["2021 年度"]);
        assert_eq!(split_cells("吸毒人员 尿检"), ["吸毒人员 尿检"]);
        assert_eq!(split_cells("预算执行数 预算执行率 结余"), ["预算执行数", "预算执行率", "结余"]);
        assert_eq!(split_cells("预算执行数 结余"), ["预算执行数 结余"]);
    }

    /// Two narrow header cells wrapped side by side, a single space apart on each line: each
    /// column's name whole again.
    #[test]
    fn narrow_cells_wrapped_side_by_side_are_joined_word_by_word() {
        let mut c = "全年预 全年执".to_string();
        join_text(&mut c, "算数 行数", false);
        assert_eq!(c, "全年预算数 全年执行数");
        let mut c = "算数 行数".to_string();
        join_text(&mut c, "全年预 全年执", true);
        assert_eq!(c, "全年预算数 全年执行数");
        assert_eq!(split_cells(&c), ["全年预算数", "全年执行数"]);
        // (a figure's words are no name's halves)
        let mut c = "≥300 人".to_string();
        join_text(&mut c, "次 次", false);
        assert_eq!(c, "≥300 人次 次");
    }

    /// A narrow form's cells printed a single space apart: a target and a result, or an
    /// indicator's name and its target, are cells; a title, a sentence or a figure with its
    /// unit stay one cell.
    #[test]
    fn figures_a_single_space_apart_are_cells() {
        for (run, want) in [
            ("≥1200 人次 1385 人次", vec!["≥1200 人次", "1385 人次"]),
            ("≥20 起 24 起", vec!["≥20 起", "24 起"]),
            ("社区戒毒社区康复人员管控率 100%", vec!["社区戒毒社区康复人员管控率", "100%"]),
            ("社区戒毒社区康复人员尿检次数 ≥600 次", vec!["社区戒毒社区康复人员尿检次数", "≥600 次"]),
            ("≤68 万元 65.3 万元", vec!["≤68 万元", "65.3 万元"]),
            ("96% 1.42", vec!["96%", "1.42"]),
            ("790 人次", vec!["790 人次"]),
            ("2022 年度禁毒专项工作经费", vec!["2022 年度禁毒专项工作经费"]),
            ("全年侦破毒品刑事案件 24 起，查处吸毒人员", vec!["全年侦破毒品刑事案件 24 起，查处吸毒人员"]),
            ("社区戒毒社区 57 人 开展毛发检测", vec!["社区戒毒社区 57 人 开展毛发检测"]),
            ("截至2022年底 在册吸毒人员 812 人", vec!["截至2022年底 在册吸毒人员 812 人"]),
        ] {
            assert_eq!(split_cells(run), want, "{run}");
        }
    }

    /// A merged cell's label (产出指标 spanning three rows) printed on a line of its own between
    /// two of its rows, left of their cells: the row under's first cell. A caption at the
    /// table's left edge, over a row that starts there too, stays a line of its own.
    #[test]
    fn a_spanning_label_between_its_rows_opens_the_row_under() {
        let t = "       数量指标         协助开展尿检         ≥1200 人次    1385 人次    10    10\n\
                 产出指标\n\
                 \x20                   入户走访帮扶         ≥600 人次     712 人次    10    10\n";
        assert_eq!(
            rows(t),
            [
                "数量指标\t协助开展尿检\t≥1200 人次\t1385 人次\t10\t10",
                "产出指标\t入户走访帮扶\t≥600 人次\t712 人次\t10\t10"
            ]
        );
        let t = "       数量指标         协助开展尿检         ≥1200 人次    1385 人次    10    10\n\
                 绩效指标完成情况\n\
                 一级指标   二级指标         三级指标           年度指标值   实际完成值\n";
        assert_eq!(rows(t)[1], "绩效指标完成情况");
    }

    #[test]
    fn a_row_of_dashes_opens_a_row_of_its_own() {
        let t = "        上年结转   0       0         0        —     —        —\n\
                 \x20       资金\n\
                 \x20       其他资金                              —      —       —\n";
        assert_eq!(rows(t), ["上年结转资金\t0\t0\t0\t—\t—\t—", "其他资金\t—\t—\t—"]);
    }

    #[test]
    fn two_columns_of_prose_are_joined_column_by_column() {
        let t = "               全面完成年度禁毒工作任务，深入开           已完成年度目标，全面完成\n\
                 \x20              展禁毒宣传教育，全年尿检不少于 771 人        年度禁毒工作任务。\n";
        assert_eq!(
            rows(t),
            ["全面完成年度禁毒工作任务，深入开展禁毒宣传教育，全年尿检不少于 771 人\t已完成年度目标，全面完成年度禁毒工作任务。"]
        );
    }

    #[test]
    fn prose_across_the_page_is_left_as_it_is() {
        let t = "一、部门基本情况\n  全县共破获毒品刑事案件12起，抓获犯罪嫌疑人15名，\n查获吸毒人员30名。\n";
        assert_eq!(join_wrapped_cells(t), t);
    }

    #[test]
    fn prose_under_a_row_is_no_wrapped_cell_of_it() {
        let t = "总分                        100   93.5\n全县共破获毒品刑事案件12起，抓获犯罪嫌疑人15名。\n";
        assert_eq!(rows(t), ["总分\t100\t93.5", "全县共破获毒品刑事案件12起，抓获犯罪嫌疑人15名。"]);
    }

    #[test]
    fn figure_cells_are_told_from_text_with_figures() {
        for t in ["20", "≥771 人次", "98.2%", "1,234.5万元", "—", "≤ 5%", "-3.2"] {
            assert!(is_figure_cell(t), "{t}");
        }
        for t in ["尿检人次", "全年尿检不少于 771 人次。", "人次", "12起，破获", "第1名"] {
            assert!(!is_figure_cell(t), "{t}");
        }
    }

    // a form whose cells are centred in their rows (pdftotext -layout of a Word form): a label
    // of two lines straddles its row's line, a header's cells of two lines stand above and
    // under the header's line
    const CENTRED: &str = "
                          全年预算数    全年执行数           执行率
                 年初预算数                      分值              得分
                          （A）      （B）             （B/A）
项目资金     年度资金总
                 285.54   361.11   325.32   10     90.09%   9.0
         额
         其中：当年
                 285.54   361.11   325.32   —      —        —
         财政拨款
";

    #[test]
    fn a_total_label_over_its_figures_is_their_row() {
        let t = format!("{CENTRED}满意度指标            群众满意度    ≥90%      96%        10    10\n        意度指标\n总分\n\n                                               100   88.0\n");
        let r = rows(&t);
        assert_eq!(r[r.len() - 2..], ["满意度指标\t意度指标\t群众满意度\t≥90%\t96%\t10\t10", "总分\t100\t88.0"]);
    }

    #[test]
    fn a_figure_wrapped_over_its_rows_line_stays_in_its_row() {
        let t = format!(
            "{CENTRED}                吸毒人员     ≥308 人\n                尿检人次              311 人次       20      20\n         数量指标              次\n                破获毒品    ≥5 起      9起          10      10\n"
        );
        let r = rows(&t);
        assert!(r.iter().any(|l| l.ends_with("吸毒人员尿检人次\t≥308 人次\t311 人次\t20\t20")), "{r:?}");
        assert!(r.iter().any(|l| l.ends_with("破获毒品\t≥5 起\t9起\t10\t10")), "{r:?}");
    }

    #[test]
    fn centred_figures_cut_at_their_columns_edge_are_whole_again() {
        let t = format!(
            "{CENTRED}      年度资   1,200,   1,350,   1,296,           96.04\n                                       10              9.6\n      金总额   000.00   000.00   540.00           %\n"
        );
        let r = rows(&t);
        assert_eq!(r[r.len() - 1], "年度资金总额\t1,200,000.00\t1,350,000.00\t1,296,540.00\t10\t96.04%\t9.6");
    }

    #[test]
    fn centred_cells_are_told_by_a_cell_straddling_its_row() {
        let runs: Vec<Vec<Seg>> = CENTRED.lines().map(segs).collect();
        assert!(centred(&runs));
        let top = "产出指标    数量指标   吸毒人员    ≥771 人次   790 人次   20    20\n               尿检人次\n";
        assert!(!centred(&top.lines().map(segs).collect::<Vec<_>>()));
    }

    #[test]
    fn centred_rows_take_the_lines_above_and_under_them() {
        assert_eq!(
            rows(CENTRED),
            [
                "年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分",
                "项目资金\t年度资金总额\t285.54\t361.11\t325.32\t10\t90.09%\t9.0",
                "其中：当年财政拨款\t285.54\t361.11\t325.32\t—\t—\t—",
            ]
        );
    }

    /// A page's number centred under a form's last row (- 1 -, — 2 —, 第 1 页) is no wrapped piece
    /// of its label: the 合计 / 总分 row keeps its label and its figures.
    #[test]
    fn a_page_number_under_the_last_row_is_no_piece_of_it() {
        for foot in
            ["                                   - 1 -", "                         — 2 —", "                 第 1 页"]
        {
            let t = format!(
                "  指标名称                     年度指标值      实际完成值     分值    得分\n  吸毒人员尿检                 ≥1500人次       1688人次       10      10\n  合计                                                        100     98.81\n{foot}\n"
            );
            let r = rows(&t);
            assert!(r.iter().any(|l| l == "合计\t100\t98.81"), "{foot}: {r:?}");
        }
    }

    /// A form's title (项目支出绩效目标执行监控表) or its year's caption ((2023年度)) right above its
    /// first row is a line of its own, no piece of that row's cells.
    #[test]
    fn a_title_over_a_forms_first_row_is_no_piece() {
        for (l, want) in [
            ("          项目支出绩效目标执行监控表", true),
            ("（2023年度）", true),
            ("  （2022年1-6月）", true),
            ("项目名称      禁毒宣传教育经费", false),
            ("                    社区戒毒社区康复人员管控率", false),
            ("宾川县禁毒委员会办公室", false),
        ] {
            assert_eq!(title_line(l), want, "{l}");
        }
    }

    /// A header's line of the form's label columns (一级指标 | 二级指标 | 三级指标) beside one
    /// column of values (年度指标值) is a header; a row's labels alone are not.
    #[test]
    fn label_columns_beside_a_value_column_are_a_header() {
        assert!(is_header_line(&segs(
            "一级指标      二级指标      三级指标        年度指标值                  全年预计完成值 偏差原因分析"
        )));
        assert!(!is_header_line(&segs("产出指标      数量指标      开展禁毒宣传活动")));
        assert!(!is_header_line(&segs("一级指标      二级指标      三级指标")));
    }

    /// A header of two lines (项目资金 | 1-6 月执行 over 年初预算数 | 全年预算数) whose wrapped cells
    /// end on a third line under them (（万元） | 数 | 率): that line is the header's, mirroring
    /// its first, not the row's under it.
    #[test]
    fn a_two_line_headers_wrapped_cells_end_under_it() {
        let t = "\n                           禁毒专项业务经费\n\n项目名称\n\n\n\n                                             靖边县公安局禁毒大队\n          靖边县公安局\n主管部门                      实施单位\n\n项目资金                     1-6 月执行     1-6 月执行   全年预计执   偏差原因分\n        年初预算数   全年预算数\n（万元）                         数           率       行数       析\n                                                       装备采购合\n年度资金总\n         70       76       31.4      41.32%      76    同下半年付\n  额\n                                                          款\n                         1-6 月实际     全年预计完     偏差原因分   完成目标可\n一级指标    三级指标    年度指标值\n                           完成值         成值        析       能性\n        破获毒品刑";
        let r = rows(t);
        assert!(r.iter().any(|l| l.contains("1-6 月执行数\t1-6 月执行率\t全年预计执行数")), "{r:?}");
        assert!(r.iter().any(|l| l.starts_with("年度资金总额\t70\t76\t31.4\t41.32%\t76")), "{r:?}");
    }

    /// A whole form typed on one line and printed from Word wraps at the margin: the lines
    /// are one line again, a word wrapped between two characters whole, a break beside a figure
    /// or between two column names keeping its space.
    #[test]
    fn a_form_typed_on_one_line_and_wrapped_is_one_line_again() {
        // (a county justice bureau's project form, Henan; the break falls inside 执行率, after a
        // figure, between two column names and inside 指标值)
        let page = "浚县司法局2023年度项目支出绩效自评表 项目名称 社区戒毒社区康复专项 年初预算数 全年预算数\n\
                    全年执行数 执行率 得分 年度资金总额 42 45.5 44.1 96.92% 9.69 其中：财政拨款 42\n\
                    45.5 44.1 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 数量指标 社戒社康\n\
                    人员帮教 ≥90人 97人 20 20 总分 100 97.6\n";
        assert_eq!(
            join_wrapped_form(page),
            "浚县司法局2023年度项目支出绩效自评表 项目名称 社区戒毒社区康复专项 年初预算数 全年预算数 \
             全年执行数 执行率 得分 年度资金总额 42 45.5 44.1 96.92% 9.69 其中：财政拨款 42 \
             45.5 44.1 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 数量指标 社戒社康\
             人员帮教 ≥90人 97人 20 20 总分 100 97.6\n"
        );
        // (a whole-unit form in 元, Qinghai: the break falls between two column names, between
        // two sums, after a rate and after a word before its sum)
        let page = "\n湟源县禁毒委员会办公室2022年度部门整体支出绩效自评表 金额单位：元 项目 年初预算数\n\
                    全年预算数 全年执行数 执行率 年度资金总额 962,000.00 1,015,300.00 998,140.20\n\
                    98.31% 其中：基本支出 611,000.00 611,000.00 606,950.10 99.34% 项目支出\n\
                    351,000.00 404,300.00 391,190.10 96.76% 其中：“三公”经费 12,000.00\n\
                    12,000.00 9,860.00 82.17% 自评得分 95.2\n\n2023年2月20日\n";
        let one = join_wrapped_form(page);
        assert!(one.contains("项目 年初预算数 全年预算数 全年执行数 执行率 年度资金总额 962,000.00"), "{one}");
        assert!(one.contains("998,140.20 98.31% 其中：基本支出"), "{one}");
        assert!(one.contains("99.34% 项目支出 351,000.00"), "{one}");
        assert!(one.contains("12,000.00 12,000.00 9,860.00 82.17% 自评得分 95.2\n\n2023年2月20日"), "{one}");
        assert_eq!(one.lines().filter(|l| !l.is_empty()).count(), 2, "{one}");
    }

    /// Prose, a flattened table and lines of a form that is no whole form on one line (no
    /// header of column names, or one row of figures) are left as they were.
    #[test]
    fn lines_that_are_no_wrapped_form_are_left_as_they_were() {
        for page in [
            // (prose about a budget, Fujian)
            "全年预算数为45万元，全年执行数为44.2万元，执行率98.2%，较好完成了年度禁毒工作\n任务，群众满意度较高。\n",
            // (a header and one row only, Guangdong)
            "项目 年初预算数 全年预算数 全年执行数 执行率 年度资金总额 30 32 31.2 97.5% 合计\n以上数据由财务室提供\n",
            // (a table laid out with runs of spaces, Shanxi)
            "项目      年初预算数   全年预算数   全年执行数\n年度资金总额   30      32      31.2\n基本支出   12   12   11.9\n",
        ] {
            assert_eq!(join_wrapped_form(page), page);
        }
    }

    /// Where a wrapped form's two lines meet: inside a Chinese word, no space; beside a figure,
    /// a sign or between two column names, the space the break took.
    #[test]
    fn a_wrapped_forms_lines_meet_with_or_without_a_space() {
        for (before, after, space) in [
            ("项目 年初预", "算数 全年预算数", false),
            ("实施单位 禁毒大", "队 项目资金", false),
            ("年初预算数 全年预算数", "全年执行数 执行率", true),
            ("其中：“三公”经费", "18,000.00", true),
            ("数量指标 尿检", "≥300人次 326", true),
            ("逐年下降 下降", "15 15", true),
            ("98.33%", "其中：财政资金", true),
            ("预算执行情况", "（10分）", false),
        ] {
            assert_eq!(keeps_space(before, after), space, "{before} | {after}");
        }
    }

    /// A Word form of narrow columns, every cell centred in its row, printed to PDF: a sum in
    /// 元 wraps over three lines, its middle line on the line of the row's one-line cells, the
    /// label's two lines between (a county of Hunan's form, our own figures). Each row is whole
    /// again, and the signing line under the table stays a line of its own.
    #[test]
    fn a_sum_wrapped_over_three_lines_in_a_centred_row_is_one_figure() {
        let t = [
            "      年初     全年     全年",
            "                           分            得",
            "项目    预算     预算     执行          执行率",
            "                           值            分",
            "       数      数      数",
            "      1,47   1,53   1,49",
            "年度资                             97.62   9.7",
            "      2,10   8,60   9,20   10",
            "金总额                               %      6",
            "      0.00   0.00   0.00",
            "      1,00   1,01   1,00",
            "基本支",
            "      3,80   0,20   8,90   —     —      —",
            " 出",
            "      0.00   0.00   0.00",
            "      468,   528,   490,",
            "项目支",
            "      300.   400.   300.   —     —      —",
            " 出",
            "       00     00     00",
            "自评得                                   95.",
            " 分                                     7",
            "填报单位：桃江县禁毒委员会办公室                2024 年 3 月 8 日",
        ]
        .join("\n");
        let r = rows(&t);
        assert_eq!(
            r[..5],
            [
                "项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "年度资金总额\t1,472,100.00\t1,538,600.00\t1,499,200.00\t10\t97.62%\t9.76",
                "基本支出\t1,003,800.00\t1,010,200.00\t1,008,900.00\t—\t—\t—",
                "项目支出\t468,300.00\t528,400.00\t490,300.00\t—\t—\t—",
                "自评得分\t95.7",
            ]
        );
        assert!(r[5].starts_with("填报单位：桃江县禁毒委员会办公室\t"), "{r:?}");
    }

    /// Two money columns printed a single space apart, each sum cut at its edge over two or
    /// three lines (1,31 1,36 / 7,40 5,00 / 0.00 0.00; 702, 716, / 100. 300. / 00 00), are
    /// joined word by word, and a score stated under the form is no piece of its last row.
    #[test]
    fn sums_a_single_space_apart_cut_at_their_edges_are_joined_word_by_word() {
        let t = [
            "    年初    全年    全年",
            "                       分    执行     得",
            "项目  预算    预算    执行",
            "                       值    率      分",
            "     数     数     数",
            "年度  1,31 1,36   1,33",
            "                            97.8   9.7",
            "资金  7,40 5,00   4,10   10",
            "                             2%     8",
            "总额  0.00 0.00   0.00",
            "    702, 716,   712,",
            "基本",
            "    100. 300.   900.   —     —     —",
            "支出",
            "     00   00     00",
            "自评得分：94.6 分",
        ]
        .join("\n");
        assert_eq!(
            rows(&t),
            [
                "项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "年度资金总额\t1,317,400.00\t1,365,000.00\t1,334,100.00\t10\t97.82%\t9.78",
                "基本支出\t702,100.00\t716,300.00\t712,900.00\t—\t—\t—",
                "自评得分：94.6 分",
            ]
        );
    }

    /// A city's table of its counties typed into narrow centred Word columns and printed: the
    /// header's names wrap over five lines (县 / （市、 / 区）, 预算 / 数), and each county's sum
    /// in 元 over three lines, its top line (1,38 | 1,29) right under the header's last words.
    /// Those words are the header's: the first county's sums keep their tops (a city of
    /// Guangxi's table, our own figures).
    #[test]
    fn a_header_over_a_row_of_figures_cut_at_their_edges_keeps_its_words() {
        let t = [
            "  县",
            "      预算     执行     执行     自评",
            "（市、",
            "       数      数      率     得分",
            " 区）",
            "      1,38   1,29",
            "                    93.5",
            "兴宁区   0,00   0,30          90",
            "                     0%",
            "       0      0",
            "      960,   950,   99.0",
            "青秀区                        96",
            "      000    400     0%",
        ]
        .join("\n");
        assert_eq!(
            rows(&t),
            [
                "县（市、区）\t预算数\t执行数\t执行率\t自评得分",
                "兴宁区\t1,380,000\t1,290,300\t93.50%\t90",
                "青秀区\t960,000\t950,400\t99.00%\t96",
            ]
        );
    }

    /// A statistics table's head whose column names, each with its unit in brackets, print a
    /// single space apart (the columns narrower than the names) is a row of those columns, as
    /// its rows of figures are (a county of Hubei's table by towns, our own figures).
    #[test]
    fn column_names_with_their_units_a_single_space_apart_are_cells() {
        let t = [
            "乡镇（街道）        在册人数（人） 管控人数（人） 管控率（%）",
            "",
            "城关镇         126    124    98.4",
            "",
            "河口镇         87     85     97.7",
        ]
        .join("\n");
        assert_eq!(
            rows(&t),
            [
                "乡镇（街道）\t在册人数（人）\t管控人数（人）\t管控率（%）",
                "城关镇\t126\t124\t98.4",
                "河口镇\t87\t85\t97.7"
            ]
        );
        for w in ["完成数（人）", "完成率（%）", "查获吸毒人员(人次)", "金额（万元）", "县（市、区）"]
        {
            assert!(named_with_unit(w), "{w}");
        }
        for w in [
            "2023年（全年）",
            "其中：财政拨款（万元）",
            "完成情况（见附件1）",
            "（人）",
            "完成数",
            "禁毒宣传教育活动开展情况（场）",
        ] {
            assert!(!named_with_unit(w), "{w}");
        }
    }

    /// Lines printed right under a form that are no piece of its last row.
    #[test]
    fn a_forms_footer_and_a_stated_score_are_lines_of_their_own() {
        for t in ["填报单位：长阳土家族自治县禁毒办", "审核人：覃志远", "2024年2月27日", "自评得分：93.5分", "总分:88"]
        {
            assert!(own_line(t), "{t}");
        }
        for t in ["自评得分", "人员管控率", "其中：财政拨款", "得分：较好"] {
            assert!(!own_line(t), "{t}");
        }
    }
}
