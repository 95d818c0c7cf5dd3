//! One layout of every table, shared by the CSV, Markdown, XLSX, HTML and DOCX writers: a
//! title, Chinese headers, rows of typed cells, and for each number the sentences (file,
//! line) it was read from and the check findings that concern it. Built from the
//! comparison tables of `compute::tables`, the facts of the records and the findings.

use crate::compute::tables::{self as ct, CityTable, KeyCol, SummaryRow};
use crate::model::{fmt_num, Fact, Finding, Kind, Record};
use std::collections::HashMap;

/// How a number is shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fmt {
    /// 万元, two decimals
    Money,
    /// percent, one decimal in a spreadsheet
    Pct,
    /// a count
    Int,
    /// anything else, two decimals at most
    Num,
}

impl Fmt {
    pub const ALL: [Fmt; 4] = [Fmt::Money, Fmt::Pct, Fmt::Int, Fmt::Num];
}

impl Fmt {
    pub fn of_unit(unit: &str) -> Fmt {
        match unit {
            "万元" => Fmt::Money,
            "%" | "百分点" => Fmt::Pct,
            "人" | "起" | "场" | "次" => Fmt::Int,
            _ => Fmt::Num,
        }
    }
}

/// Where a figure was read: file, line, sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Src {
    pub file: String,
    pub line: usize,
    pub snippet: String,
    /// the field's Chinese label
    pub field: &'static str,
    pub value: f64,
}

impl Src {
    /// `file:line 字段 值：sentence`, for a tooltip or a note.
    pub fn describe(&self) -> String {
        format!("{}:{} {} {}：{}", self.file, self.line, self.field, fmt_num(self.value), self.snippet)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum V {
    Empty,
    Text(String),
    Num(f64, Fmt),
}

impl V {
    /// As written in CSV, Markdown and HTML: numbers plain, absent empty.
    pub fn text(&self) -> String {
        match self {
            V::Empty => String::new(),
            V::Text(s) => s.clone(),
            V::Num(x, _) => fmt_num(*x),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GCell {
    pub v: V,
    pub src: Vec<Src>,
    /// findings that concern this figure (Chinese messages)
    pub flags: Vec<String>,
    /// how a computed figure was obtained (a rank, a change, a city total)
    pub note: String,
}

impl GCell {
    pub fn new(v: V) -> GCell {
        GCell { v, src: Vec::new(), flags: Vec::new(), note: String::new() }
    }
    pub fn num(x: Option<f64>, f: Fmt) -> GCell {
        GCell::new(x.map_or(V::Empty, |x| V::Num(x, f)))
    }
    pub fn text(s: impl Into<String>) -> GCell {
        GCell::new(V::Text(s.into()))
    }
}

/// A table ready to be written in any format.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// a file stem and sheet name (sanitised)
    pub name: String,
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<GCell>>,
    /// the unit and year a row is about (None for a total or summary row)
    pub about: Vec<Option<(String, i32)>>,
}

/// A name safe as a file name and a sheet name: no path separators, no characters Excel or
/// a file system refuse, at most 31 characters.
pub fn safe_name(s: &str) -> String {
    let s: String = s.chars().map(|c| if c.is_control() || "/\\:*?\"<>|[]'".contains(c) { '_' } else { c }).collect();
    let s = s.trim_matches(['.', ' ']).to_string();
    let s: String = s.chars().take(31).collect();
    if s.is_empty() {
        "_".into()
    } else {
        s
    }
}

/// `g` without its columns no row states (every cell empty: 复吸率 in a summary section no
/// unit reported), past its first `keep` columns (the unit's name), and the headers left
/// out. For print tables and the workbook; the CSV tables keep every column (scripts read them).
pub fn without_empty_columns(g: &Grid, keep: usize) -> (Grid, Vec<String>) {
    // (a cell a finding concerns stays, empty or not: its note carries the finding)
    let empty = |c: usize| {
        c >= keep && g.rows.iter().all(|r| r.get(c).is_none_or(|x| matches!(x.v, V::Empty) && x.flags.is_empty()))
    };
    let cols: Vec<usize> = (0..g.headers.len()).filter(|&c| !empty(c)).collect();
    if cols.len() == g.headers.len() || g.rows.is_empty() {
        return (g.clone(), Vec::new());
    }
    let dropped = (0..g.headers.len()).filter(|&c| empty(c)).map(|c| g.headers[c].clone()).collect();
    let rows = g.rows.iter().map(|r| cols.iter().filter_map(|&c| r.get(c).cloned()).collect()).collect();
    let headers = cols.iter().map(|&c| g.headers[c].clone()).collect();
    (Grid { name: g.name.clone(), title: g.title.clone(), headers, rows, about: g.about.clone() }, dropped)
}

/// The note under a table that left out `dropped` columns (nothing when none): the figures
/// no unit reported, their ranks and changes named once.
pub fn missing_note(dropped: &[String]) -> String {
    // a rank's or a change's column is named by its figure's when that is left out too
    let base = |h: &str| h.find("排名").or_else(|| h.find("同比")).map(|i| h[..i].to_string());
    let of_named = |h: &str| base(h).is_some_and(|b| dropped.iter().any(|d| base(d).is_none() && d.starts_with(&b)));
    let names: Vec<&str> = dropped.iter().map(String::as_str).filter(|h| !of_named(h)).collect();
    if names.is_empty() {
        return String::new();
    }
    let these = if names.len() == 1 { "该列" } else { "这些列" };
    let more = if names.len() < dropped.len() { "及其排名、同比" } else { "" };
    format!("注：各单位均未载明{}，表中不列{these}{more}。", names.join("、"))
}

/// Facts and findings indexed by unit, year and kind.
pub struct Prov<'a> {
    facts: HashMap<(&'a str, i32, &'a str, &'static str), (&'a str, &'a Fact)>,
    findings: HashMap<(&'a str, i32, &'a str), Vec<&'a Finding>>,
    /// whether a grid made with it carries its cells' sources, findings and notes (the
    /// workbook's and the briefing's), or only their values (`values_only`)
    notes: bool,
}

impl<'a> Prov<'a> {
    pub fn new(records: &'a [Record], findings: &'a [Finding]) -> Prov<'a> {
        let mut facts = HashMap::new();
        for r in records {
            let Some(y) = r.id.year else { continue };
            for f in &r.facts {
                // the first stated value wins, as in the indicator frame
                facts.entry((r.id.unit.as_str(), y, r.id.kind.name(), f.field.name())).or_insert((r.file.as_str(), f));
            }
        }
        let mut by_unit: HashMap<(&str, i32, &str), Vec<&Finding>> = HashMap::new();
        for f in findings {
            if let Some(y) = f.year {
                by_unit.entry((f.unit.as_str(), y, f.kind.name())).or_default().push(f);
            }
        }
        Prov { facts, findings: by_unit, notes: true }
    }

    /// No sources, no findings, no notes: a grid of values, for a table's CSV and Markdown
    /// (which show nothing else) — the city tables of a national run, thousands of them,
    /// whose notes were formatted only to be dropped.
    pub fn values_only() -> Prov<'static> {
        Prov { facts: HashMap::new(), findings: HashMap::new(), notes: false }
    }

    /// The stated figures behind `field` (its parts when the total was derived).
    fn field_sources(&self, unit: &str, year: i32, kind: &str, field: &str, out: &mut Vec<Src>) {
        let key = crate::model::Field::from_name(field).map(|f| f.name());
        if let Some(&(file, f)) = key.and_then(|k| self.facts.get(&(unit, year, kind, k))) {
            out.push(Src {
                file: file.to_string(),
                line: f.line,
                snippet: f.snippet.clone(),
                field: f.field.label(),
                value: f.value,
            });
            return;
        }
        for p in ct::parts(field) {
            self.field_sources(unit, year, kind, p, out);
        }
    }

    /// The sentences a figure or indicator of one unit-year-kind comes from.
    pub fn sources(&self, unit: &str, year: i32, kind: &str, id: &str) -> Vec<Src> {
        let mut out = Vec::new();
        for f in ct::sources(id) {
            self.field_sources(unit, year, kind, f, &mut out);
            // a stated completion rate makes the rest unnecessary
            if id == "hair_test_coverage" && !out.is_empty() {
                break;
            }
        }
        out
    }

    /// Findings of one unit-year-kind on a figure `id` is computed from (a finding on a part
    /// of a total, such as public spending, is not repeated on every total it feeds).
    pub fn flags(&self, unit: &str, year: i32, kind: &str, id: &str) -> Vec<String> {
        let fields = ct::sources(id);
        self.findings
            .get(&(unit, year, kind))
            .map(|v| {
                v.iter()
                    .filter(|f| f.field.is_some_and(|x| fields.contains(&x.name())))
                    .map(|f| format!("{}〔{}〕{}", f.severity.label(), f.code, f.message_zh))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Findings of one unit-year-kind that name no figure.
    pub fn general_flags(&self, unit: &str, year: i32, kind: &str) -> Vec<String> {
        self.findings
            .get(&(unit, year, kind))
            .map(|v| {
                v.iter()
                    .filter(|f| f.field.is_none())
                    .map(|f| format!("{}〔{}〕{}", f.severity.label(), f.code, f.message_zh))
                    .collect()
            })
            .unwrap_or_default()
    }
}

fn header(k: &KeyCol) -> String {
    format!("{}（{}）", k.label, k.unit)
}

/// The kind's Chinese label.
pub fn kind_label(kind: &str) -> &'static str {
    Kind::from_name(kind).map(|k| k.label()).unwrap_or("")
}

/// A city table as a grid: 单位, 区县, then per key column its value, rank (ranked columns)
/// and YoY change; the city total last.
pub fn city_grid(t: &CityTable, prov: &Prov) -> Grid {
    let mut headers = vec!["单位".to_string(), "区县".to_string()];
    for k in ct::KEY {
        headers.push(header(k));
        if k.id == "self_score" {
            headers.push("自评等级".into());
        }
        if k.ranked {
            headers.push(format!("{}排名", k.label));
        }
        headers.push(format!("{}同比（{}）", k.label, k.yoy_unit()));
    }
    let mut rows = Vec::new();
    let mut about = Vec::new();
    for r in &t.rows {
        let mut unit = GCell::text(super::cell_text(&r.unit));
        if prov.notes {
            unit.flags = prov.general_flags(&r.unit, t.year, &t.kind);
        }
        let mut row = vec![unit, GCell::text(super::cell_text(&r.county))];
        for (k, c) in ct::KEY.iter().zip(&r.cells) {
            let mut v = GCell::num(c.value, Fmt::of_unit(k.unit));
            if c.value.is_some() && prov.notes {
                v.src = prov.sources(&r.unit, t.year, &t.kind, k.id);
                v.flags = prov.flags(&r.unit, t.year, &t.kind, k.id);
            }
            row.push(v);
            if k.id == "self_score" {
                row.push(r.grade.as_ref().map_or(GCell::new(V::Empty), GCell::text));
            }
            if k.ranked {
                row.push(match (c.rank, c.of) {
                    (Some(a), Some(b)) => {
                        let mut g = GCell::text(format!("{a}/{b}"));
                        if prov.notes {
                            g.note = format!("{}在全市{b}个单位中排第{a}（rankings.csv）", k.label);
                        }
                        g
                    }
                    _ => GCell::new(V::Empty),
                });
            }
            let mut yoy = GCell::num(c.yoy, Fmt::of_unit(k.yoy_unit()));
            if let (true, Some(_), Some(py), Some(pv)) = (prov.notes, c.yoy, c.prev_year, c.prev_value) {
                yoy.note = format!("与{py}年的{}{}{}相比", k.label, fmt_num(pv), k.unit);
                yoy.src = prov.sources(&r.unit, t.year, &t.kind, k.id);
                yoy.src.extend(prov.sources(&r.unit, py, &t.kind, k.id));
            }
            row.push(yoy);
        }
        rows.push(row);
        about.push(Some((r.unit.clone(), t.year)));
    }
    let mut total = vec![GCell::text(format!("{}合计", t.city)), GCell::text(format!("{}个单位", t.total_units))];
    for (k, v) in ct::KEY.iter().zip(&t.total) {
        let mut g = GCell::num(*v, Fmt::of_unit(k.unit));
        if v.is_some() && prov.notes {
            g.note = format!(
                "{}{}年{}个单位{}（city_rollup.csv）",
                t.city,
                t.year,
                t.total_units,
                if k.unit == "%" || k.unit.contains('/') {
                    "的分子分母分别加总后计算（按金额加权）"
                } else {
                    "加总"
                }
            );
        }
        total.push(g);
        if k.id == "self_score" {
            total.push(GCell::new(V::Empty));
        }
        if k.ranked {
            total.push(GCell::new(V::Empty));
        }
        total.push(GCell::new(V::Empty));
    }
    rows.push(total);
    about.push(None);
    Grid {
        name: safe_name(&format!("{}{}{}", t.city, t.year, kind_label(&t.kind))),
        title: format!("{}{}年度{}绩效对比表", t.city, t.year, kind_label(&t.kind)),
        headers,
        rows,
        about,
    }
}

/// Tables of one city stacked into one: 年度 and 类型 in front of each row. `parts` are
/// (year, kind label, grid), all `city_grid`s, so they share their headers.
pub fn stacked(title: &str, name: &str, parts: &[(i32, &'static str, &Grid)]) -> Grid {
    let mut headers = vec!["年度".to_string(), "类型".to_string()];
    headers.extend(parts.first().map(|p| p.2.headers.clone()).unwrap_or_default());
    let (mut rows, mut about) = (Vec::new(), Vec::new());
    for (year, kind, g) in parts {
        for (r, a) in g.rows.iter().zip(&g.about) {
            let mut row = vec![GCell::num(Some(*year as f64), Fmt::Int), GCell::text(*kind)];
            row.extend(r.iter().cloned());
            rows.push(row);
            about.push(a.clone());
        }
    }
    Grid { name: safe_name(name), title: title.into(), headers, rows, about }
}

/// The province summary: one row per city, year and kind.
pub fn summary_grid(rows: &[SummaryRow]) -> Grid {
    let mut headers: Vec<String> = ["省份", "城市", "年度", "类型", "单位数"].iter().map(|s| s.to_string()).collect();
    headers.extend(ct::SUMMARY.iter().map(header));
    let rows: Vec<Vec<GCell>> = rows
        .iter()
        .map(|r| {
            let mut row = vec![
                GCell::text(super::cell_text(&r.province)),
                GCell::text(super::cell_text(&r.city)),
                GCell::num(Some(r.year as f64), Fmt::Int),
                GCell::text(kind_label(&r.kind)),
                GCell::num(Some(r.units as f64), Fmt::Int),
            ];
            row.extend(ct::SUMMARY.iter().zip(&r.values).map(|(k, v)| GCell::num(*v, Fmt::of_unit(k.unit))));
            row
        })
        .collect();
    let about = vec![None; rows.len()];
    Grid { name: "省级汇总".into(), title: "各市绩效汇总（按金额加权）".into(), headers, rows, about }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A column no unit states is left out of a print table and named in the note under it
    /// (a rank or change of it with it); the unit's name is always kept; nothing left out, no note.
    #[test]
    fn empty_columns_are_left_out_and_named() {
        let n = |x: Option<f64>| GCell::num(x, Fmt::Pct);
        let g = Grid {
            name: "t".into(),
            title: "表".into(),
            headers: ["区县", "管控率（%）", "复吸率（%）", "复吸率排名", "破获同比（起）"].map(String::from).to_vec(),
            rows: vec![
                vec![GCell::text("甲县"), n(Some(95.0)), n(None), GCell::new(V::Empty), n(None)],
                vec![GCell::text("全市"), n(None), n(None), GCell::new(V::Empty), n(None)],
            ],
            about: vec![None; 2],
        };
        let (short, out) = without_empty_columns(&g, 1);
        assert_eq!(short.headers, ["区县", "管控率（%）"]);
        assert!(short.rows.iter().all(|r| r.len() == 2));
        assert_eq!(out, ["复吸率（%）", "复吸率排名", "破获同比（起）"]);
        assert_eq!(missing_note(&out), "注：各单位均未载明复吸率（%）、破获同比（起），表中不列这些列及其排名、同比。");
        assert_eq!(missing_note(&out[..1]), "注：各单位均未载明复吸率（%），表中不列该列。");
        let mut flagged = g.clone();
        flagged.rows[0][2].flags.push("复吸率未载明".into());
        assert_eq!(without_empty_columns(&flagged, 1).0.headers[2], "复吸率（%）", "a finding's cell stays");
        let (same, none) = without_empty_columns(&short, 1);
        assert_eq!((same, none.len(), missing_note(&none)), (short, 0, String::new()));
    }
}
