//! The workbook a supervisor opens in Excel (rust_xlsxwriter): a sheet per comparison table
//! with Chinese headers, number formats (万元 two decimals, % one), a frozen header, an
//! autofilter and widths that fit Chinese text; a cell a check finding concerns is coloured
//! and carries the finding as its note; Excel's own charts (the city ranking, the trend) so
//! they can be restyled; the province summary, every fact with its file, line and sentence,
//! and the findings. Report text is only ever written as a string, never as a formula.
//! A city of more than 8 units has its trend as a row per unit with a sparkline each, and a
//! chart of the city (全市) and the units' median only; a column no unit states is left out of
//! a city sheet and named under it (the CSV tables keep every column).

use super::grid::{safe_name, Fmt, GCell, Grid, V};
use super::{cell_text, Ctx};
use crate::compute::tables as ct;
use rust_xlsxwriter::{
    Chart, ChartEmptyCells, ChartFormat, ChartLine, ChartType, Color, Format, FormatAlign, FormatBorder, Note,
    Sparkline, Workbook, Worksheet, XlsxError,
};
use std::collections::HashSet;

/// Display width of text in Excel's character units: a CJK character takes two.
pub fn text_width(s: &str) -> f64 {
    s.chars().map(|c| if c.is_ascii() { 1.1 } else { 2.1 }).sum()
}

struct Formats {
    header: Format,
    money: Format,
    pct: Format,
    int: Format,
    num: Format,
    flag: Format,
    total: Format,
    text: Format,
    /// each number format flagged (coloured) and as a total (bold, grey), made once: a
    /// national summary has ~200,000 number cells
    flagged: [Format; 4],
    totals: [Format; 4],
}

impl Formats {
    fn new() -> Formats {
        let base = Format::new().set_font_name("宋体").set_font_size(10.5);
        let mut fm = Formats {
            header: base
                .clone()
                .set_bold()
                .set_font_name("黑体")
                .set_background_color(Color::RGB(0xDCE6F1))
                .set_border(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            money: base.clone().set_num_format("#,##0.00"),
            pct: base.clone().set_num_format("0.0"),
            int: base.clone().set_num_format("0"),
            num: base.clone().set_num_format("General"),
            flag: base.clone().set_background_color(Color::RGB(0xF8CBAD)),
            total: base.clone().set_bold().set_background_color(Color::RGB(0xF2F2F2)),
            text: base,
            flagged: Default::default(),
            totals: Default::default(),
        };
        for (i, f) in Fmt::ALL.iter().enumerate() {
            fm.flagged[i] = fm.num(*f).clone().set_background_color(Color::RGB(0xF8CBAD));
            fm.totals[i] = fm.num(*f).clone().set_bold().set_background_color(Color::RGB(0xF2F2F2));
        }
        fm
    }

    fn num(&self, f: Fmt) -> &Format {
        match f {
            Fmt::Money => &self.money,
            Fmt::Pct => &self.pct,
            Fmt::Int => &self.int,
            Fmt::Num => &self.num,
        }
    }
}

/// A sheet name not used yet (Excel: at most 31 characters, unique).
fn unique(name: &str, used: &mut HashSet<String>) -> String {
    let base = safe_name(name);
    let mut n = base.clone();
    let mut i = 2;
    while !used.insert(n.clone()) {
        let suffix = format!("_{i}");
        n = format!("{}{}", base.chars().take(31 - suffix.chars().count()).collect::<String>(), suffix);
        i += 1;
    }
    n
}

/// Write a grid from row 0: header, rows (the last row bold when `total_last`), frozen
/// header (and `freeze_cols` columns), autofilter, widths; flagged cells coloured with
/// their findings as notes.
fn write_grid(ws: &mut Worksheet, g: &Grid, fm: &Formats, total_last: bool, freeze_cols: u16) -> Result<(), XlsxError> {
    // a long header wraps (the header row is tall): it sets the width only up to 5 characters
    let mut widths: Vec<f64> = g.headers.iter().map(|h| text_width(h).min(10.5)).collect();
    for (c, h) in g.headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &fm.header)?;
    }
    ws.set_row_height(0, 45)?;
    // each column's most common plain format (a font and a number format: nothing an empty
    // cell would show) is the column's, and its cells are written without one: the writer
    // hashes a cell's whole format to find its index, half the workbook's time on a national
    // summary's ~200,000 cells. A flagged or total cell, or one of another format, keeps its own.
    let plain = |r: usize, cell: &GCell| -> Option<usize> {
        let special = !cell.flags.is_empty() || total_last && r + 1 == g.rows.len();
        match &cell.v {
            _ if special => None,
            V::Empty => None,
            V::Text(_) => Some(Fmt::ALL.len()),
            V::Num(_, f) => Fmt::ALL.iter().position(|a| a == f),
        }
    };
    let mut counts = vec![[0usize; Fmt::ALL.len() + 1]; g.headers.len()];
    for (r, row) in g.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate().take(counts.len()) {
            if let Some(k) = plain(r, cell) {
                counts[c][k] += 1;
            }
        }
    }
    let plain_format = |k: usize| if k == Fmt::ALL.len() { &fm.text } else { fm.num(Fmt::ALL[k]) };
    let column: Vec<Option<usize>> = counts
        .iter()
        .map(|n| (0..n.len()).filter(|&k| n[k] > 0).max_by_key(|&k| (n[k], std::cmp::Reverse(k))))
        .collect();
    for (c, k) in column.iter().enumerate() {
        if let Some(k) = k {
            ws.set_column_format(c as u16, plain_format(*k))?;
        }
    }
    for (r, row) in g.rows.iter().enumerate() {
        let ri = (r + 1) as u32;
        let is_total = total_last && r + 1 == g.rows.len();
        for (c, cell) in row.iter().enumerate() {
            let ci = c as u16;
            let flagged = !cell.flags.is_empty();
            let k = plain(r, cell);
            let of_column = k.is_some() && k == column.get(c).copied().flatten();
            match &cell.v {
                V::Empty => {
                    if is_total {
                        ws.write_blank(ri, ci, &fm.total)?;
                    }
                }
                V::Text(s) => {
                    let f = if flagged {
                        &fm.flag
                    } else if is_total {
                        &fm.total
                    } else {
                        &fm.text
                    };
                    if of_column {
                        ws.write_string(ri, ci, cell_text(s))?;
                    } else {
                        ws.write_string_with_format(ri, ci, cell_text(s), f)?;
                    }
                    widths[c] = widths[c].max(text_width(s));
                }
                V::Num(x, f) => {
                    let i = Fmt::ALL.iter().position(|a| a == f).unwrap_or(0);
                    let fmt = if flagged {
                        &fm.flagged[i]
                    } else if is_total {
                        &fm.totals[i]
                    } else {
                        fm.num(*f)
                    };
                    if of_column {
                        ws.write_number(ri, ci, *x)?;
                    } else {
                        ws.write_number_with_format(ri, ci, *x, fmt)?;
                    }
                    // (as text_width of its text: 1.1 a character, summed)
                    let w: f64 = std::iter::repeat_n(1.1, crate::model::fmt_num_len(*x)).sum();
                    widths[c] = widths[c].max(w + 1.0);
                }
            }
            if flagged {
                let note = Note::new(cell.flags.join("\n")).set_author("jixiao").set_width(360).set_height(160);
                ws.insert_note(ri, ci, &note)?;
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, (w + 2.0).clamp(6.0, 60.0))?;
    }
    ws.set_freeze_panes(1, freeze_cols)?;
    // printed on A4 landscape: a narrow table as wide as one page; a wide one across pages,
    // its header row and unit columns repeated on each
    ws.set_paper_size(9).set_landscape();
    if g.headers.len() <= 16 {
        ws.set_print_fit_to_pages(1, 0);
    } else {
        ws.set_repeat_rows(0, 0)?;
        if freeze_cols > 0 {
            ws.set_repeat_columns(0, freeze_cols - 1)?;
        }
    }
    if !g.headers.is_empty() {
        ws.autofilter(0, 0, g.rows.len() as u32, (g.headers.len() - 1) as u16)?;
    }
    Ok(())
}

/// The whole workbook, as bytes.
pub fn workbook(ctx: &Ctx) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    // the fastest deflate: a national summary's sheets are ~10 MB of XML, and at the default
    // level (6) compressing them took a third of the workbook's time (0.30 → 0.19 s CPU), for a
    // file of 1.4 MB instead of 2.4 MB
    wb.set_zip_compression_level(1);
    let fm = Formats::new();
    let mut used = HashSet::new();
    if ctx.many_cities {
        let ws = wb.add_worksheet();
        ws.set_name(unique("说明", &mut used))?;
        write_grid(ws, &about_grid(ctx), &fm, false, 0)?;
    }
    // with many cities the workbook holds the summaries: a sheet per city-year would be
    // thousands (their tables are under tables/)
    for (t, g) in ctx.tables.iter().zip(&ctx.grids).filter(|_| !ctx.many_cities) {
        let name = unique(&g.name, &mut used);
        let ws = wb.add_worksheet();
        ws.set_name(&name)?;
        // a column no unit states is left out, and named under the table (the CSV keeps it)
        let (g, dropped) = super::grid::without_empty_columns(g, 2);
        write_grid(ws, &g, &fm, true, 2)?;
        let mut below = g.rows.len() as u32 + 2;
        let note = super::grid::missing_note(&dropped);
        if !note.is_empty() {
            ws.write_string(below, 0, &note)?;
            below += 1;
        }
        // Excel's own ranking chart of the execution rate, below the table
        let n = t.rows.len() as u32;
        let rate_col = g.headers.iter().position(|h| h == RATE_HEADER);
        if let (true, Some(rate_col)) = (n > 0, rate_col) {
            let mut chart = Chart::new(ChartType::Bar);
            chart
                .add_series()
                .set_name(&chart_text(&format!("{}预算执行率（%）", t.city)))
                .set_categories((name.as_str(), 1, 1, n, 1))
                .set_values((name.as_str(), 1, rate_col as u16, n, rate_col as u16));
            chart.title().set_name(&chart_text(&format!("{}{}年度各单位预算执行率", t.city, t.year)));
            // a bar chart: the categories are on the Y axis, the values on X (from 0, honestly)
            chart.y_axis().set_reverse();
            chart.x_axis().set_min(0.0);
            chart.legend().set_hidden();
            chart.set_width(720).set_height(80 + 28 * n);
            ws.insert_chart(below + 1, 0, &chart)?;
        }
    }
    // trends: a year × unit table of the execution rate per city and kind, with a line chart
    let mut seen = HashSet::new();
    for t in ctx.tables.iter().filter(|_| !ctx.many_cities) {
        if !seen.insert((t.province.clone(), t.city.clone(), t.kind.clone())) {
            continue;
        }
        let series = ctx.series.units(&t.city, &t.kind, "exec_rate_total");
        let mut years: Vec<i32> = series.iter().flat_map(|s| s.points.iter().map(|p| p.0)).collect();
        years.sort();
        years.dedup();
        if years.len() < 2 {
            continue;
        }
        let city = ctx.series.city(&t.city, &t.kind, "exec_rate_total").map(|mut c| {
            c.name = super::charts::CITY_LINE.to_string();
            c
        });
        let name = unique(&format!("{}{}趋势", t.city, super::grid::kind_label(&t.kind)), &mut used);
        let ws = wb.add_worksheet();
        ws.set_name(&name)?;
        if series.len() > super::charts::MAX_LINES {
            trend_by_unit(ws, &name, &t.city, &series, city.as_ref(), &years, &fm)?;
            continue;
        }
        let mut headers = vec!["年度".to_string()];
        headers.extend(series.iter().map(|s| s.name.clone()));
        if let Some(c) = &city {
            headers.push(c.name.clone());
        }
        let all: Vec<&ct::Series> = series.iter().chain(city.iter()).collect();
        let rows = years
            .iter()
            .map(|y| {
                let mut r = vec![super::grid::GCell::text(y.to_string())];
                r.extend(
                    all.iter()
                        .map(|s| super::grid::GCell::num(s.points.iter().find(|p| p.0 == *y).map(|p| p.1), Fmt::Pct)),
                );
                r
            })
            .collect::<Vec<_>>();
        let g = Grid {
            name: name.clone(),
            title: format!("{}预算执行率趋势", t.city),
            headers,
            about: vec![None; rows.len()],
            rows,
        };
        write_grid(ws, &g, &fm, false, 1)?;
        let mut chart = Chart::new(ChartType::Line);
        let ny = years.len() as u32;
        for (i, s) in all.iter().enumerate() {
            let c = (i + 1) as u16;
            chart
                .add_series()
                .set_name(&chart_text(&s.name))
                .set_categories((name.as_str(), 1, 0, ny, 0))
                .set_values((name.as_str(), 1, c, ny, c));
        }
        chart.title().set_name(&chart_text(&format!("{}各单位预算执行率趋势（%）", t.city)));
        chart.set_width(760).set_height(420);
        ws.insert_chart(ny + 3, 0, &chart)?;
    }
    let ws = wb.add_worksheet();
    ws.set_name(unique("省级汇总", &mut used))?;
    write_grid(ws, &ctx.summary_grid, &fm, false, 0)?;
    if !ctx.many_cities && facts_count(ctx) <= MAX_FACT_ROWS {
        let ws = wb.add_worksheet();
        ws.set_name(unique("数据来源", &mut used))?;
        write_grid(ws, &facts_grid(ctx), &fm, false, 0)?;
    }
    let ws = wb.add_worksheet();
    ws.set_name(unique("核查发现", &mut used))?;
    write_grid(ws, &findings_grid(ctx), &fm, false, 0)?;
    wb.save_to_buffer()
}

/// The trend sheet of a city of more than `charts::MAX_LINES` units: a row per unit (its
/// years across, a sparkline at the row's end, on the row's own scale, its highest and
/// lowest year marked), then the city's line (全市) and the units' median each year; Excel's
/// own line chart draws only those two (38 lines in one chart were a tangle).
fn trend_by_unit(
    ws: &mut Worksheet,
    name: &str,
    city_name: &str,
    units: &[ct::Series],
    city: Option<&ct::Series>,
    years: &[i32],
    fm: &Formats,
) -> Result<(), XlsxError> {
    let median = super::charts::median_series(units);
    let mut headers = vec!["单位".to_string()];
    headers.extend(years.iter().map(|y| y.to_string()));
    headers.push("趋势".into());
    let row = |s: &ct::Series| {
        let mut r = vec![GCell::text(cell_text(&s.name))];
        r.extend(years.iter().map(|y| GCell::num(s.points.iter().find(|p| p.0 == *y).map(|p| p.1), Fmt::Pct)));
        r.push(GCell::new(V::Empty));
        r
    };
    let mut rows: Vec<Vec<GCell>> = units.iter().map(row).collect();
    rows.extend(city.iter().map(|c| row(c)));
    rows.push(row(&median));
    let g = Grid {
        name: name.to_string(),
        title: format!("{city_name}预算执行率趋势"),
        headers,
        about: vec![None; rows.len()],
        rows,
    };
    write_grid(ws, &g, fm, false, 1)?;
    let (ny, nr) = (years.len() as u16, g.rows.len() as u32);
    ws.set_column_width(ny + 1, 24)?;
    for r in 1..=nr {
        ws.set_row_height(r, 22)?;
    }
    let spark = Sparkline::new()
        .set_range((name, 1, 1, nr, ny))
        .set_line_weight(1.5)
        .set_sparkline_color(Color::RGB(0x4E79A7))
        .show_markers(true)
        .show_high_point(true)
        .show_low_point(true)
        .show_empty_cells_as(ChartEmptyCells::Gaps);
    ws.add_sparkline_group(1, ny + 1, nr, ny + 1, &spark)?;
    let mut chart = Chart::new(ChartType::Line);
    // the city's line and the median: the last rows
    let first = nr - city.map_or(0, |_| 1);
    for (k, r) in (first..=nr).enumerate() {
        let s = chart
            .add_series()
            .set_name((name, r, 0))
            .set_categories((name, 0, 1, 0, ny))
            .set_values((name, r, 1, r, ny));
        if city.is_some() && k == 0 {
            s.set_format(ChartFormat::new().set_line(ChartLine::new().set_color(Color::Black).set_width(2.5)));
        } else {
            s.set_format(
                ChartFormat::new().set_line(
                    ChartLine::new()
                        .set_color(Color::RGB(0x4E79A7))
                        .set_width(1.75)
                        .set_dash_type(rust_xlsxwriter::ChartLineDashType::Dash),
                ),
            );
        }
    }
    chart.title().set_name(&chart_text(&format!("{city_name}预算执行率趋势：全市与各单位中位数（%）")));
    chart.set_width(760).set_height(380);
    ws.insert_chart(nr + 3, 0, &chart)?;
    Ok(())
}

/// The execution rate's header in a city grid (the ranking chart's values).
const RATE_HEADER: &str = "预算执行率（%）";

/// Above this many figures, and in a run of many cities (its workbook is made from its
/// provinces' parts, without the records: `parts`), the workbook has no 数据来源 sheet
/// (facts.csv and facts.parquet hold them): a national run has ~800,000, near Excel's limit
/// of 1,048,576 rows, and the sheet alone took most of a minute to write.
pub const MAX_FACT_ROWS: usize = 200_000;

fn facts_count(ctx: &Ctx) -> usize {
    ctx.totals.facts
}

/// The first sheet of a many-city workbook: what is in it and where the rest is.
fn about_grid(ctx: &Ctx) -> Grid {
    let cities: HashSet<(&str, &str)> = ctx.summary.iter().map(|r| (r.province.as_str(), r.city.as_str())).collect();
    let mut lines = vec![
        format!("本工作簿汇总{}个城市、{}份报告的绩效数据。", cities.len(), ctx.totals.records),
        "“省级汇总”：每个城市、年度、类型一行（按金额加权的城市合计）；“核查发现”：全部核查问题。".to_string(),
        "各城市逐年的区县对比表见 tables/ 文件夹（CSV、Markdown），图表见 charts/。".to_string(),
        "单个城市某一年度的完整简报与图表：jixiao brief --city 城市名 --year 年度。".to_string(),
    ];
    lines.push(format!(
        "共{}个数字，其来源（文件、行号、原文）见 facts.parquet，以及 facts.csv（全国汇总时为 facts/ 文件夹，每省一个文件）。",
        facts_count(ctx)
    ));
    Grid {
        name: "说明".into(),
        title: "说明".into(),
        headers: vec!["说明".into()],
        about: vec![None; lines.len()],
        rows: lines.into_iter().map(|l| vec![GCell::text(l)]).collect(),
    }
}

/// A chart title or series name: a leading = would make Excel read it as a cell reference.
fn chart_text(s: &str) -> String {
    cell_text(s).trim_start_matches(['=', '\'']).to_string()
}

/// How many columns a key column takes in a city grid.
pub fn col_span(k: &ct::KeyCol) -> usize {
    2 + usize::from(k.ranked) + usize::from(k.id == "self_score")
}

/// Every figure with its file, line and sentence.
pub fn facts_grid(ctx: &Ctx) -> Grid {
    let headers = ["文件", "单位", "区县", "城市", "年度", "类型", "字段", "数值", "计量单位", "行号", "原文"];
    let mut rows = Vec::new();
    for r in &ctx.o.records {
        for f in &r.facts {
            rows.push(vec![
                GCell::text(cell_text(&r.file)),
                GCell::text(cell_text(&r.id.unit)),
                GCell::text(cell_text(&r.id.county)),
                GCell::text(cell_text(&r.id.city)),
                GCell::num(r.id.year.map(f64::from), Fmt::Int),
                GCell::text(r.id.kind.label()),
                GCell::text(f.field.label()),
                GCell::num(
                    Some(f.value),
                    match f.field.measure() {
                        crate::model::Measure::Money => Fmt::Money,
                        crate::model::Measure::Count if f.value.fract() == 0.0 => Fmt::Int,
                        // a stated rate or score keeps every decimal it was written with
                        _ => Fmt::Num,
                    },
                ),
                GCell::text(f.field.measure().unit()),
                GCell::num(Some(f.line as f64), Fmt::Int),
                GCell::text(cell_text(&f.snippet)),
            ]);
        }
    }
    Grid {
        name: "数据来源".into(),
        title: "数据来源".into(),
        headers: headers.iter().map(|s| s.to_string()).collect(),
        about: vec![None; rows.len()],
        rows,
    }
}

/// Every check finding.
pub fn findings_grid(ctx: &Ctx) -> Grid {
    let headers = ["代码", "级别", "文件", "行号", "单位", "区县", "年度", "字段", "说明"];
    let rows: Vec<_> = ctx
        .o
        .findings
        .iter()
        .map(|f| {
            vec![
                GCell::text(f.code.code()),
                GCell::text(f.severity.label()),
                GCell::text(cell_text(&f.file)),
                GCell::num(Some(f.line as f64), Fmt::Int),
                GCell::text(cell_text(&f.unit)),
                GCell::text(cell_text(&f.county)),
                GCell::num(f.year.map(f64::from), Fmt::Int),
                GCell::text(f.field.map(|x| x.label()).unwrap_or("")),
                GCell::text(cell_text(&f.message_zh)),
            ]
        })
        .collect();
    Grid {
        name: "核查发现".into(),
        title: "核查发现".into(),
        headers: headers.iter().map(|s| s.to_string()).collect(),
        about: vec![None; rows.len()],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_stay_unique_and_short() {
        let mut used = HashSet::new();
        let a = unique("岳阳市2024整体支出", &mut used);
        let b = unique("岳阳市2024整体支出", &mut used);
        assert_ne!(a, b);
        let long = unique(&"很".repeat(40), &mut used);
        assert_eq!(long.chars().count(), 31);
    }

    #[test]
    fn chinese_text_is_twice_as_wide() {
        assert!(text_width("预算") > text_width("ab") * 1.5);
    }
}
