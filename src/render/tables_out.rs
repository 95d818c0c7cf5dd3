//! Grids as CSV (UTF-8 with a byte-order mark, so Excel on Chinese Windows reads it right)
//! and as Markdown pipe tables. Absent figures are empty cells; text is already sanitised.

use super::grid::Grid;

/// A grid as CSV with a BOM: the header row, then the rows.
pub fn grid_csv(g: &Grid) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(&g.headers).expect("writing to memory cannot fail");
    for r in &g.rows {
        w.write_record(r.iter().map(|c| c.v.text())).expect("writing to memory cannot fail");
    }
    w.into_inner().expect("writing to memory cannot fail")
}

/// Text safe inside a Markdown table cell: no pipe, no line break, no markup.
pub fn md_cell(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => o.push_str("\\|"),
            '\n' | '\r' => o.push(' '),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '*' | '_' | '`' | '[' | ']' | '\\' => {
                o.push('\\');
                o.push(c);
            }
            c => o.push(c),
        }
    }
    o
}

/// A grid as a Markdown pipe table under a heading of `level`.
pub fn grid_md(g: &Grid, level: usize) -> String {
    let mut s = format!("{} {}\n\n", "#".repeat(level), md_cell(&g.title));
    s.push_str(&format!("| {} |\n", g.headers.iter().map(|h| md_cell(h)).collect::<Vec<_>>().join(" | ")));
    s.push_str(&format!("|{}\n", "---|".repeat(g.headers.len())));
    for r in &g.rows {
        s.push_str(&format!("| {} |\n", r.iter().map(|c| md_cell(&c.v.text())).collect::<Vec<_>>().join(" | ")));
    }
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::grid::{Fmt, GCell};

    fn grid() -> Grid {
        Grid {
            name: "t".into(),
            title: "表".into(),
            headers: vec!["单位".into(), "执行率（%）".into()],
            rows: vec![vec![GCell::text("a|b"), GCell::num(None, Fmt::Pct)]],
            about: vec![None],
        }
    }

    #[test]
    fn csv_starts_with_a_bom_and_leaves_absent_figures_empty() {
        let b = grid_csv(&grid());
        assert!(b.starts_with(b"\xEF\xBB\xBF"));
        assert!(String::from_utf8(b).unwrap().ends_with("a|b,\n"));
    }

    #[test]
    fn markdown_escapes_pipes_and_markup() {
        let m = grid_md(&grid(), 2);
        assert!(m.contains("| a\\|b |  |"), "{m}");
        assert_eq!(md_cell("<script>"), "&lt;script&gt;");
    }
}
