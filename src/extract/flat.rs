//! Tables a web page flattened. A site's editor or a copy from a browser often hands a table on
//! with its cells parted by single spaces, a row a line (`乡镇 在册吸毒人员（人） 管控率` /
//! `思旸镇 120 100%`), or with every cell on a line of its own. The form readers (`cells::respace`,
//! `cells::reflow_cells`) read such tables when they know the header's words (the MoF forms,
//! tables of years or of counties); this module reads the others by their shape alone: a header
//! of names and rows that agree with it on the number of cells, each column holding figures in
//! every row or words in every row. Such a table is handed on as tab-separated rows, which the
//! table readers read as they read a Word or Excel table; anything else is handed on untouched,
//! each line keeping its number in the file.

use super::cells::is_value as figure;
use super::chars::TrimWs;

/// A column's name: words, or a year or a part of one (2023年, 1-6月) as a table of years or of
/// months side by side names its columns; short, and no clause of a sentence.
fn name(c: &str) -> bool {
    let n = c.chars().count();
    (1..=20).contains(&n)
        && !c.contains(['，', '。', '；', '：', ':'])
        && (!c.contains(|ch: char| ch.is_ascii_digit()) || year_cell(c))
        && c.chars().any(super::chars::is_han)
}

/// A year or a part of one naming a column: 2023年, 2023年度, 1-6月, 2023年1—6月, 1至9月.
fn year_cell(c: &str) -> bool {
    let b = c.as_bytes();
    let rest = if b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && c[4..].starts_with('年') {
        &c[7..]
    } else if c.contains(|ch: char| ch.is_ascii_digit()) {
        c
    } else {
        return false;
    };
    if matches!(rest, "" | "度" | "上半年" | "下半年" | "全年") {
        return true;
    }
    // a month, or a span of months
    let Some(months) = rest.strip_suffix('月').or_else(|| rest.strip_suffix("月份")) else { return false };
    let month = |m: &str| m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    match months.split_once(['-', '—', '–', '~', '～', '至']) {
        Some((a, b)) => month(a) && month(b.trim_end_matches('月')),
        None => month(months),
    }
}

/// A row's cell: short, no clause of a sentence.
fn cell(c: &str) -> bool {
    // (a character is at most four bytes: a longer line is no cell, and most lines of prose are)
    if c.is_empty() || c.len() > 120 {
        return false;
    }
    c.chars().count() <= 30 && !c.contains(['，', '。', '；'])
}

/// What a cell is, looked at once: a table's cell at all, a figure, a column's name, a sum's label.
#[derive(Clone, Copy)]
struct Kind {
    cell: bool,
    figure: bool,
    name: bool,
    sum: bool,
}

fn kind(c: &str) -> Kind {
    let cell = cell(c);
    Kind { cell, figure: cell && figure(c), name: name(c), sum: sum_label(c) }
}

/// The kinds of a row's cells, a bit a cell (set: a figure), if it is a row of a table: a
/// figure in a column after its first.
fn kinds(row: &[Kind]) -> Option<u16> {
    if row.len() > 16 || !row.iter().all(|c| c.cell) {
        return None;
    }
    let bits = row.iter().enumerate().fold(0u16, |m, (i, c)| m | ((c.figure as u16) << i));
    (bits & !1 != 0).then_some(bits)
}

/// A row's label naming the sum of the rows above it (合计, 总计, 全年): a word where the rows
/// above have their months or numbers (1月, 2月 … 合计).
fn sum_label(c: &str) -> bool {
    super::cells::is_sum_label(c) || matches!(c, "小计" | "全年" | "累计" | "全县" | "全市" | "全区" | "总数")
}

/// How many rows of width `k`, from the first, share the first row's kinds of cells (none if
/// the first is no row of a table).
fn rows_alike(body: &[Kind], k: usize) -> usize {
    let mut first: Option<u16> = None;
    let mut n = 0;
    for r in body.chunks_exact(k) {
        let Some(bits) = kinds(r) else { break };
        match first {
            None => first = Some(bits),
            Some(f) if f == bits => {}
            // (a sum's row under rows labelled by months or numbers)
            Some(f) if f | 1 == bits | 1 && n >= 2 && r[0].sum => {}
            Some(_) => break,
        }
        n += 1;
    }
    n
}

/// Whether the cells after `n` rows of width `k` open on a figure, or as a row of the same kinds
/// would and break off before its end — a word and figures, then a word where a figure stood: the
/// table's rows were not all as wide (a cell left empty and dropped, 合计 with no code beside
/// it), so its columns are not where the header says.
fn cut_short(body: &[Kind], k: usize, n: usize) -> bool {
    let Some(pattern) = body.get(..k).and_then(kinds) else { return false };
    let rest = &body[n * k..];
    // (…or a figure right after the last row: a table ends on a whole row)
    if rest.first().is_some_and(|c| c.figure) {
        return true;
    }
    let alike =
        rest.iter().take(k).enumerate().take_while(|(i, c)| c.cell && c.figure == ((pattern >> i) & 1 == 1)).count();
    alike >= 2 && alike < k && pattern & ((1u16 << alike) - 1) != 0
}

/// Enough rows for a header of `k` names: two, or three under a header of two names (a list of
/// labels and figures under 项目 / 数量).
fn enough(k: usize, rows: usize) -> bool {
    rows >= if k == 2 { 3 } else { 2 }
}

/// A header of two names heads a column of figures by its second: 数量, 数值, 完成值, 金额, 合计,
/// 完成情况, 本年, 2023年 — not any two short lines over pairs of a label and a figure (a phone
/// page's card: 峨边县公安局 / 坚持打防并举 over 共破获毒品刑事案件 / 15起).
fn heads_two_columns(head: &[&str]) -> bool {
    let c = head[head.len() - 1];
    head.len() != 2
        || c.contains(['数', '值', '量', '额', '计', '率'])
        || c.contains("情况")
        || c.contains("完成")
        || year_cell(c)
        || ["本年", "上年", "今年", "去年", "本期", "上期"].iter().any(|w| c.starts_with(w))
}

/// A line's cells if single spaces (and nothing else) part them: two cells or more.
fn spaced(l: &str) -> Option<Vec<&str>> {
    let t = l.trim_ws();
    if !super::chars::has_byte(t, b' ') || super::chars::has_byte(t, b'\t') || t.contains("  ") {
        return None;
    }
    let cells: Vec<&str> = t.split(' ').collect();
    (cells.len() >= 2 && cells.len() <= 12).then_some(cells)
}

/// Tables whose cells single spaces part, a row a line: a header line of names and the rows
/// under it with as many cells (or one more, the header's corner cell left empty), become
/// tab-separated rows.
pub fn spaced_rows(mut lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let mut i = 0;
    while i + 1 < lines.len() {
        let Some(head) = spaced(&lines[i].1).filter(|h| h.iter().all(|c| name(c)) && heads_two_columns(h)) else {
            i += 1;
            continue;
        };
        let k = head.len();
        let mut rows: Vec<Vec<&str>> = Vec::new();
        for l in &lines[i + 1..] {
            match spaced(&l.1) {
                Some(r) if r.len() == k || r.len() == k + 1 => rows.push(r),
                _ => break,
            }
        }
        // (the rows all as wide: the header's width, or one more)
        let width = rows.first().map_or(0, Vec::len);
        let same = rows.iter().take_while(|r| r.len() == width).count();
        let body: Vec<Kind> = rows[..same].iter().flatten().map(|c| kind(c)).collect();
        let n = rows_alike(&body, width.max(1));
        if n == 0 || !enough(width, n) {
            i += 1;
            continue;
        }
        let corner = if width == k + 1 { "\t" } else { "" };
        let head = format!("{corner}{}", head.join("\t"));
        let rows: Vec<String> = rows[..n].iter().map(|r| r.join("\t")).collect();
        lines[i].1 = head;
        for (l, r) in lines[i + 1..=i + n].iter_mut().zip(rows) {
            l.1 = r;
        }
        i += n + 1;
    }
    lines
}

/// Tables laid one cell a line: a run of short lines opening on a header of names, the cells
/// after it making whole rows as wide as the header, each column figures or words in every
/// row. Header and rows become tab-separated rows, each on the line of its first cell.
pub fn cell_lines(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    // (a line of cells apart by runs of spaces, a laid-out page's row, is no one cell)
    let short = |l: &str| {
        let t = l.trim_ws();
        cell(t) && !super::chars::has_byte(t, b'\t') && !t.contains("  ")
    };
    // the tables found: the lines they take (from, to) and the rows standing for them
    let mut edits: Vec<(usize, usize, Vec<(usize, String)>)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // the run of short lines from here
        let run = lines[i..].iter().take_while(|l| short(&l.1)).count();
        if run < 6 {
            i += run.max(1);
            continue;
        }
        let cells: Vec<&str> = lines[i..i + run].iter().map(|l| l.1.trim_ws()).collect();
        let kinds: Vec<Kind> = cells.iter().map(|c| kind(c)).collect();
        // the header's first cell (a title, a unit's line or the names of its parts may stand
        // over it) and its width: the reading with the most rows, then the widest, then the
        // earliest
        let mut best: Option<(usize, usize, usize)> = None;
        for s in 0..5.min(run) {
            let names = kinds[s..].iter().take_while(|c| c.name).count();
            for k in 2..=names.min(12) {
                let body = &kinds[s + k..];
                let n = rows_alike(body, k);
                if n > 0
                    && enough(k, n)
                    && heads_two_columns(&cells[s..s + k])
                    && !cut_short(body, k, n)
                    && best.is_none_or(|(_, bk, bn)| n > bn || n == bn && k > bk)
                {
                    best = Some((s, k, n));
                }
            }
        }
        let Some((s, k, n)) = best else {
            i += run;
            continue;
        };
        // (names right over the header, as many as the header's parts — 人员经费 / 公用经费 over
        // 科目名称 / 决算数 / 科目名称 / 决算数 —: a header row of merged cells, each over its part)
        let g = (2..=s).rev().find(|&g| g < k && k % g == 0 && kinds[s - g..s].iter().all(|c| c.name)).unwrap_or(0);
        let mut rows = Vec::with_capacity(n + 2);
        if let Some(w) = k.checked_div(g) {
            let groups: Vec<&str> = (0..k).map(|j| if j % w == 0 { cells[s - g + j / w] } else { "" }).collect();
            let last = groups.iter().rposition(|c| !c.is_empty()).unwrap_or(0);
            rows.push((lines[i + s - g].0, groups[..=last].join("\t")));
        }
        for r in 0..=n {
            rows.push((lines[i + s + r * k].0, cells[s + r * k..s + (r + 1) * k].join("\t")));
        }
        edits.push((i + s - g, i + s + (n + 1) * k, rows));
        i += s + (n + 1) * k;
    }
    if edits.is_empty() {
        return lines;
    }
    let mut lines = lines;
    let mut out = Vec::with_capacity(lines.len());
    let mut at = 0;
    for (from, to, rows) in edits {
        out.extend(lines[at..from].iter_mut().map(std::mem::take));
        out.extend(rows);
        at = to;
    }
    out.extend(lines[at..].iter_mut().map(std::mem::take));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(t: &str) -> Vec<(usize, String)> {
        t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect()
    }

    fn texts(v: &[(usize, String)]) -> Vec<&str> {
        v.iter().map(|(_, l)| l.as_str()).collect()
    }

    #[test]
    fn a_spaced_table_of_towns_is_rows_of_cells() {
        let t = "2023年禁毒工作情况\n乡镇 在册吸毒人员（人） 管控率\n城关镇 120 100%\n石桥镇 86 94.4%\n合计 206 97.96%\n以上数据截至年底。";
        let out = spaced_rows(lines(t));
        assert_eq!(
            texts(&out),
            [
                "2023年禁毒工作情况",
                "乡镇\t在册吸毒人员（人）\t管控率",
                "城关镇\t120\t100%",
                "石桥镇\t86\t94.4%",
                "合计\t206\t97.96%",
                "以上数据截至年底。"
            ]
        );
    }

    #[test]
    fn a_spaced_table_numbered_with_units_keeps_its_columns() {
        let t = "序号 指标 单位 本年累计 上年同期 同比增减\n1 破获毒品刑事案件 起 19 17 11.8%\n2 查处吸毒人员 人次 41 45 -8.9%";
        assert_eq!(texts(&spaced_rows(lines(t)))[2], "2\t查处吸毒人员\t人次\t41\t45\t-8.9%");
    }

    #[test]
    fn a_header_of_years_side_by_side_heads_spaced_rows() {
        let t = "指标 2022年 2023年\n抓获犯罪嫌疑人（人） 31 40\n查获吸毒人员（人次） 52 47";
        assert_eq!(texts(&spaced_rows(lines(t)))[0], "指标\t2022年\t2023年");
    }

    #[test]
    fn months_and_their_sum_are_one_table() {
        let t = "月份 破获毒品刑事案件（起） 查处吸毒人员（人次）\n1月 2 5\n2月 1 3\n3月 3 4\n合计 6 12";
        assert_eq!(texts(&spaced_rows(lines(t)))[4], "合计\t6\t12");
    }

    #[test]
    fn a_span_of_months_names_a_column() {
        let t =
            "序号 指标 单位 1-6月 去年同期 同比增减\n1 破获毒品刑事案件 起 9 7 28.6%\n2 查处吸毒人员 人次 21 25 -16%";
        assert_eq!(texts(&spaced_rows(lines(t)))[0], "序号\t指标\t单位\t1-6月\t去年同期\t同比增减");
        for c in ["2023年", "2023年度", "1-6月", "1—9月", "1至6月", "2024年1-3月", "2023年上半年", "6月份"]
        {
            assert!(year_cell(c), "{c}");
        }
        for c in ["2023", "13月", "1-6", "12起", "98.5%"] {
            assert!(!year_cell(c), "{c}");
        }
    }

    #[test]
    fn rows_one_cell_wider_than_the_header_leave_its_corner_empty() {
        let t = "本年 上年\n破获毒品刑事案件 12 9\n刑事拘留 15 11";
        assert_eq!(texts(&spaced_rows(lines(t)))[0], "\t本年\t上年");
    }

    #[test]
    fn two_columns_need_three_rows() {
        let t = "项目 数量\n破获毒品刑事案件 9\n刑事拘留 11";
        assert_eq!(texts(&spaced_rows(lines(t)))[0], "项目 数量");
        let t = "项目 数量\n破获毒品刑事案件 9\n刑事拘留 11\n尿检（人次） 410";
        assert_eq!(texts(&spaced_rows(lines(t)))[3], "尿检（人次）\t410");
    }

    #[test]
    fn spaced_words_over_prose_are_no_table() {
        // (a byline over the text; the clause's figures are no row)
        let t = "记者 王红 通讯员 李明\n全县 破获 案件 12起 同比上升";
        assert_eq!(texts(&spaced_rows(lines(t))), ["记者 王红 通讯员 李明", "全县 破获 案件 12起 同比上升"]);
        // (rows whose columns change kind — a figure where a word stood — end the table)
        let t = "指标 本年 上年\n破获案件 12 9\n13 刑事拘留 11";
        assert_eq!(texts(&spaced_rows(lines(t)))[0], "指标 本年 上年");
    }

    #[test]
    fn two_spaces_are_a_laid_out_page_not_this_flattening() {
        let t = "指标  本年  上年\n破获案件  12  9\n刑事拘留  15  11";
        assert_eq!(texts(&spaced_rows(lines(t)))[0], "指标  本年  上年");
    }

    #[test]
    fn a_table_one_cell_a_line_is_rows_of_cells() {
        let t = "2023年禁毒工作情况\n乡镇\n在册吸毒人员（人）\n社区戒毒社区康复人员（人）\n管控率\n城关镇\n120\n31\n100%\n石桥镇\n86\n18\n94.4%\n合计\n206\n49\n97.96%\n以上数据截至2023年12月31日，由各乡镇禁毒办填报。";
        let out = cell_lines(lines(t));
        assert_eq!(
            texts(&out),
            [
                "2023年禁毒工作情况",
                "乡镇\t在册吸毒人员（人）\t社区戒毒社区康复人员（人）\t管控率",
                "城关镇\t120\t31\t100%",
                "石桥镇\t86\t18\t94.4%",
                "合计\t206\t49\t97.96%",
                "以上数据截至2023年12月31日，由各乡镇禁毒办填报。"
            ]
        );
        // each row on the line of its first cell
        assert_eq!(out.iter().map(|(n, _)| *n).collect::<Vec<_>>(), [1, 2, 6, 10, 14, 18]);
    }

    #[test]
    fn a_numbered_table_one_cell_a_line_keeps_its_width() {
        let t = "序号\n指标\n单位\n本年累计\n上年同期\n1\n破获毒品刑事案件\n起\n19\n17\n2\n查处吸毒人员\n人次\n41\n45";
        assert_eq!(
            texts(&cell_lines(lines(t))),
            [
                "序号\t指标\t单位\t本年累计\t上年同期",
                "1\t破获毒品刑事案件\t起\t19\t17",
                "2\t查处吸毒人员\t人次\t41\t45"
            ]
        );
    }

    #[test]
    fn rows_not_all_as_wide_are_left_to_the_form_readers() {
        // (the 合计 row has no code: its cells are one fewer, and the rows after it would be read
        // a column off)
        let t = "科目编码\n科目名称\n合计\n基本支出\n项目支出\n合计\n420.50\n250.10\n170.40\n204\n公共安全支出\n418.50\n248.10\n170.40\n2040610\n禁毒管理\n418.50\n248.10\n170.40\n208\n社会保障和就业支出\n2.00\n2.00\n注：本表反映本年度一般公共预算财政拨款支出。";
        assert_eq!(cell_lines(lines(t)), lines(t));
    }

    #[test]
    fn two_header_rows_over_halves_take_the_reading_with_most_rows() {
        // (人员经费 | 公用经费 over 科目名称 | 决算数 | 科目名称 | 决算数: rows of four under the second)
        let t = "二、一般公共预算财政拨款基本支出决算表\n单位：千元\n人员经费\n公用经费\n科目名称\n决算数\n科目名称\n决算数\n工资福利支出\n612.30\n商品和服务支出\n95.50\n对个人和家庭的补助\n40.80\n资本性支出\n0.00\n人员经费合计\n653.10\n公用经费合计\n95.50";
        let out = cell_lines(lines(t));
        assert_eq!(texts(&out)[2..4], ["人员经费\t\t公用经费", "科目名称\t决算数\t科目名称\t决算数"]);
        assert_eq!(texts(&out)[6], "人员经费合计\t653.10\t公用经费合计\t95.50");
    }

    #[test]
    fn a_figure_left_after_the_rows_means_a_reading_a_cell_off() {
        // (read from 查处吸毒人员 as a header of two, 1 / 3 … would be five rows and a 9 left over)
        let t = "2023年禁毒工作情况统计表（岑巩县）\n月份\n破获毒品刑事案件（起）\n查处吸毒人员（人次）\n1月\n1\n3\n2月\n2\n4\n3月\n1\n2\n合计\n4\n9";
        let out = cell_lines(lines(t));
        assert_eq!(texts(&out)[1], "月份\t破获毒品刑事案件（起）\t查处吸毒人员（人次）");
        assert_eq!(texts(&out)[5], "合计\t4\t9");
    }

    #[test]
    fn two_short_lines_over_pairs_are_no_header() {
        let t = "2023年\n某县公安局\n坚持打防并举\n共破获毒品刑事案件\n15起\n抓获犯罪嫌疑人\n21名\n查处吸毒人员\n34人次\n开展禁毒宣传活动";
        assert_eq!(cell_lines(lines(t)), lines(t));
        let t = "某县公安局 坚持打防并举\n共破获毒品刑事案件 15起\n抓获犯罪嫌疑人 21名\n查处吸毒人员 34人次";
        assert_eq!(spaced_rows(lines(t)), lines(t));
    }

    #[test]
    fn labels_and_figures_one_a_line_with_no_header_stay_lines() {
        // (a label and its figure by turns: no header of names over them)
        let t = "年初预算数\n30\n全年预算数\n32\n全年执行数\n28.5\n执行率\n89.06%";
        assert_eq!(cell_lines(lines(t)), lines(t));
        // (short lines of a page with no figures in columns)
        let t = "首页\n工作动态\n禁毒宣传\n通知公告\n联系我们\n网站地图";
        assert_eq!(cell_lines(lines(t)), lines(t));
    }
}
