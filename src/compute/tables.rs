//! The comparison tables a supervisor reads, as plain Rust values built from the indicator
//! frames: per city, year and kind, the units as rows with the key indicators, each with its
//! rank in the city and its year-on-year change, and the city's total (weighted, from the
//! roll-up); a province summary of the cities; series of one indicator across years (for
//! trend charts and heatmaps); and which figures an indicator is made of (for provenance).
//! Hands these to `render`, which only lays them out. An absent figure stays `None`.

use super::registry;
use polars::prelude::*;
use std::collections::BTreeMap;

/// A column of the comparison table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeyCol {
    /// a column of the indicator frame (a registry indicator or a figure)
    pub id: &'static str,
    pub label: &'static str,
    /// 万元, %, 分, 人, 起, 元/人
    pub unit: &'static str,
    /// ranked within the city (a share or an amount is not: neither direction is better)
    pub ranked: bool,
}

impl KeyCol {
    /// The unit of its year-on-year change: percentage points for a rate.
    pub fn yoy_unit(&self) -> &'static str {
        if self.unit == "%" {
            "百分点"
        } else {
            self.unit
        }
    }
}

/// The key indicators, in table order.
pub const KEY: &[KeyCol] = &[
    KeyCol { id: "budget_total", label: "预算数", unit: "万元", ranked: false },
    KeyCol { id: "actual_total", label: "支出数", unit: "万元", ranked: false },
    KeyCol { id: "exec_rate_total", label: "预算执行率", unit: "%", ranked: true },
    KeyCol { id: "exec_rate_basic", label: "基本支出执行率", unit: "%", ranked: true },
    KeyCol { id: "exec_rate_project", label: "项目支出执行率", unit: "%", ranked: true },
    KeyCol { id: "personnel_share_basic", label: "人员经费占比", unit: "%", ranked: false },
    KeyCol { id: "exec_score", label: "执行率得分", unit: "分", ranked: true },
    KeyCol { id: "self_score", label: "自评得分", unit: "分", ranked: true },
    KeyCol { id: "registered_users", label: "在册吸毒人员", unit: "人", ranked: false },
    KeyCol { id: "community_cases", label: "社戒社康人员", unit: "人", ranked: false },
    KeyCol { id: "control_rate", label: "管控率", unit: "%", ranked: true },
    KeyCol { id: "relapse_rate", label: "复吸率", unit: "%", ranked: true },
    KeyCol { id: "hair_test_coverage", label: "毛发检测覆盖率", unit: "%", ranked: true },
    KeyCol { id: "hair_positivity", label: "毛发检测阳性率", unit: "%", ranked: true },
    KeyCol { id: "criminal_cases", label: "破获毒品刑事案件", unit: "起", ranked: true },
    KeyCol { id: "users_caught", label: "查处吸毒人员", unit: "人", ranked: false },
    KeyCol { id: "cost_per_registered_user", label: "每名在册人员支出", unit: "元/人", ranked: false },
];

/// Which way is better for a key column that is not in the registry: 1 higher, 0 neither.
fn extra_direction(id: &str) -> i32 {
    match id {
        "exec_score" | "self_score" => 1,
        _ => 0,
    }
}

/// One figure of the table: value, rank in the city (of how many) and change on the
/// previous year the unit reported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub value: Option<f64>,
    pub rank: Option<u32>,
    pub of: Option<u32>,
    pub yoy: Option<f64>,
    pub prev_year: Option<i32>,
    pub prev_value: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnitRow {
    pub unit: String,
    pub county: String,
    /// one per `KEY` column
    pub cells: Vec<Cell>,
    /// the self-score's grade (优/良/中/差)
    pub grade: Option<String>,
    /// spending by part, 万元: personnel, public, project (`SPENDING`)
    pub spending: [Option<f64>; 3],
}

/// The parts of spending, for a structure chart.
pub const SPENDING: [&str; 3] = ["personnel_actual", "public_actual", "project_actual"];

impl UnitRow {
    /// The name a supervisor knows the unit by.
    pub fn name(&self) -> &str {
        if self.county.is_empty() {
            &self.unit
        } else {
            &self.county
        }
    }
    pub fn cell(&self, id: &str) -> Option<&Cell> {
        KEY.iter().position(|k| k.id == id).map(|i| &self.cells[i])
    }
}

/// The comparison table of one city, year and kind.
#[derive(Debug, Clone, PartialEq)]
pub struct CityTable {
    pub province: String,
    pub city: String,
    pub year: i32,
    pub kind: String,
    /// ranked by the execution rate (best first), units without one last
    pub rows: Vec<UnitRow>,
    /// the city total, one per `KEY` column (None where the roll-up has no such figure)
    pub total: Vec<Option<f64>>,
    pub total_units: usize,
}

/// One city-year-kind of the province summary.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SummaryRow {
    pub province: String,
    pub city: String,
    pub year: i32,
    pub kind: String,
    pub units: usize,
    /// one per `SUMMARY` column
    pub values: Vec<Option<f64>>,
}

/// Columns of the province summary (all from the city roll-up).
pub const SUMMARY: &[KeyCol] = &[
    KeyCol { id: "budget_total", label: "预算数", unit: "万元", ranked: false },
    KeyCol { id: "actual_total", label: "支出数", unit: "万元", ranked: false },
    KeyCol { id: "exec_rate_total", label: "预算执行率", unit: "%", ranked: true },
    KeyCol { id: "exec_rate_basic", label: "基本支出执行率", unit: "%", ranked: true },
    KeyCol { id: "exec_rate_project", label: "项目支出执行率", unit: "%", ranked: true },
    KeyCol { id: "personnel_share_basic", label: "人员经费占比", unit: "%", ranked: false },
    KeyCol { id: "registered_users", label: "在册吸毒人员", unit: "人", ranked: false },
    KeyCol { id: "community_cases", label: "社戒社康人员", unit: "人", ranked: false },
    KeyCol { id: "hair_positivity", label: "毛发检测阳性率", unit: "%", ranked: true },
    KeyCol { id: "criminal_cases", label: "破获毒品刑事案件", unit: "起", ranked: true },
    KeyCol { id: "cost_per_registered_user", label: "每名在册人员支出", unit: "元/人", ranked: false },
];

// A column as a vector, read through its typed array (an AnyValue per cell was most of the
// time spent building a national run's ~8,000 comparison tables).
fn column(df: &DataFrame, c: &str, dt: DataType) -> PolarsResult<polars::prelude::Series> {
    Ok(df.column(c)?.cast(&dt)?.as_materialized_series().rechunk())
}

fn strs(df: &DataFrame, c: &str) -> PolarsResult<Vec<String>> {
    let s = column(df, c, DataType::String)?;
    let a = s.str()?;
    Ok((0..a.len()).map(|i| a.get(i).unwrap_or_default().to_string()).collect())
}

fn f64s(df: &DataFrame, c: &str) -> PolarsResult<Vec<Option<f64>>> {
    if df.column(c).is_err() {
        return Ok(vec![None; df.height()]);
    }
    let s = column(df, c, DataType::Float64)?;
    let a = s.f64()?;
    Ok((0..a.len()).map(|i| a.get(i).filter(|x| !x.is_nan())).collect())
}

fn i32s(df: &DataFrame, c: &str) -> PolarsResult<Vec<Option<i32>>> {
    let s = column(df, c, DataType::Int32)?;
    let a = s.i32()?;
    Ok((0..a.len()).map(|i| a.get(i)).collect())
}

fn u32s(df: &DataFrame, c: &str) -> PolarsResult<Vec<Option<u32>>> {
    let s = column(df, c, DataType::UInt32)?;
    let a = s.u32()?;
    Ok((0..a.len()).map(|i| a.get(i)).collect())
}

/// (city, year, kind) → (county or unit) → cells, for the key columns.
type Key = (String, String, i32, String);
type UnitKey = (String, String);

/// The long table's key columns, plus the key columns outside the registry (figures,
/// scores) with their rank and YoY computed here the same way.
fn key_cells(indicators: &DataFrame, long: &DataFrame) -> PolarsResult<BTreeMap<(Key, UnitKey), Vec<Cell>>> {
    let mut out: BTreeMap<(Key, UnitKey), Vec<Cell>> = BTreeMap::new();
    let blank = || vec![Cell::default(); KEY.len()];
    if long.height() > 0 {
        // the long table's text read in place, not copied (a national run's is ~700,000 rows):
        // keys are borrowed until each unit-year-kind's cells are complete
        let text = |c: &str| column(long, c, DataType::String);
        let (prov, city, kind, ind, unit, county) =
            (text("province")?, text("city")?, text("kind")?, text("indicator")?, text("unit")?, text("county")?);
        let [prov, city, kind, ind, unit, county] = [&prov, &city, &kind, &ind, &unit, &county].map(|s| s.str());
        let (prov, city, kind, ind, unit, county) = (prov?, city?, kind?, ind?, unit?, county?);
        fn at(a: &StringChunked, i: usize) -> &str {
            a.get(i).unwrap_or_default()
        }
        let year = i32s(long, "year")?;
        let (value, yoy, prev_year, prev_value) =
            (f64s(long, "value")?, f64s(long, "yoy_change")?, i32s(long, "prev_year")?, f64s(long, "prev_value")?);
        let (rank, of) = (u32s(long, "rank_city")?, u32s(long, "units_in_city")?);
        type Borrowed<'a> = ((&'a str, &'a str, i32, &'a str), (&'a str, &'a str));
        let mut cells: std::collections::HashMap<Borrowed, Vec<Cell>> = std::collections::HashMap::new();
        for i in 0..long.height() {
            let (Some(k), Some(y)) = (KEY.iter().position(|k| k.id == at(ind, i)), year[i]) else { continue };
            let key = ((at(prov, i), at(city, i), y, at(kind, i)), (at(unit, i), at(county, i)));
            cells.entry(key).or_insert_with(blank)[k] = Cell {
                value: value[i],
                rank: rank[i],
                of: of[i],
                yoy: yoy[i],
                prev_year: prev_year[i],
                prev_value: prev_value[i],
            };
        }
        let own = |s: &str| s.to_string();
        out.extend(
            cells.into_iter().map(|(((p, c, y, k), (u, n)), v)| (((own(p), own(c), y, own(k)), (own(u), own(n))), v)),
        );
    }
    // the rest of the key columns straight from the indicator frame
    let (prov, city, kind) = (strs(indicators, "province")?, strs(indicators, "city")?, strs(indicators, "kind")?);
    let (unit, county, year) = (strs(indicators, "unit")?, strs(indicators, "county")?, i32s(indicators, "year")?);
    for (k, kc) in KEY.iter().enumerate() {
        if registry::get(kc.id).is_some() {
            continue;
        }
        let v = f64s(indicators, kc.id)?;
        // YoY: the previous year this unit reported a value, same kind
        let mut series: BTreeMap<(String, String, String), Vec<(i32, f64, usize)>> = BTreeMap::new();
        for i in 0..indicators.height() {
            let (Some(y), Some(x)) = (year[i], v[i]) else { continue };
            let who = if county[i].is_empty() { unit[i].clone() } else { county[i].clone() };
            series.entry((who, kind[i].clone(), city[i].clone())).or_default().push((y, x, i));
        }
        let mut cells: BTreeMap<usize, Cell> = BTreeMap::new();
        for s in series.values_mut() {
            s.sort_by_key(|p| p.0);
            for (j, &(_, x, i)) in s.iter().enumerate() {
                let prev = j.checked_sub(1).map(|p| s[p]);
                cells.insert(
                    i,
                    Cell {
                        value: Some(x),
                        yoy: prev.map(|p| ((x - p.1) * 100.0).round() / 100.0),
                        prev_year: prev.map(|p| p.0),
                        prev_value: prev.map(|p| p.1),
                        ..Default::default()
                    },
                );
            }
        }
        // rank in the city-year-kind, higher first (min method, like the long table)
        let mut groups: BTreeMap<(String, i32, String), Vec<usize>> = BTreeMap::new();
        for &i in cells.keys() {
            groups.entry((city[i].clone(), year[i].unwrap_or(0), kind[i].clone())).or_default().push(i);
        }
        for idx in groups.values() {
            let n = idx.len() as u32;
            for &i in idx {
                let x = v[i].unwrap_or(f64::NAN);
                let c = cells.get_mut(&i).expect("grouped from cells");
                c.of = Some(n);
                if extra_direction(kc.id) == 1 {
                    c.rank = Some(1 + idx.iter().filter(|&&j| v[j].is_some_and(|o| o > x)).count() as u32);
                }
            }
        }
        for (i, c) in cells {
            let Some(y) = year[i] else { continue };
            let key = ((prov[i].clone(), city[i].clone(), y, kind[i].clone()), (unit[i].clone(), county[i].clone()));
            out.entry(key).or_insert_with(blank)[k] = c;
        }
    }
    Ok(out)
}

/// The comparison tables, one per city, year and kind (units without a city or a year are
/// left out: they have nobody to be compared with).
pub fn city_tables(indicators: &DataFrame, long: &DataFrame, rollup: &DataFrame) -> PolarsResult<Vec<CityTable>> {
    if indicators.height() == 0 {
        return Ok(Vec::new());
    }
    let cells = key_cells(indicators, long)?;
    // grades and spending by part, per unit-year-kind
    type Extra = (Option<String>, [Option<f64>; 3]);
    let mut extra: BTreeMap<(String, i32, String), Extra> = BTreeMap::new();
    {
        let (unit, year, kind) = (strs(indicators, "unit")?, i32s(indicators, "year")?, strs(indicators, "kind")?);
        let g = if indicators.column("self_grade").is_ok() {
            strs(indicators, "self_grade")?
        } else {
            vec![String::new(); indicators.height()]
        };
        let parts: Vec<Vec<Option<f64>>> = SPENDING.iter().map(|c| f64s(indicators, c)).collect::<PolarsResult<_>>()?;
        for i in 0..indicators.height() {
            let Some(y) = year[i] else { continue };
            let grade = (!g[i].is_empty()).then(|| g[i].clone());
            extra.insert((unit[i].clone(), y, kind[i].clone()), (grade, [parts[0][i], parts[1][i], parts[2][i]]));
        }
    }
    // the city totals by city-year-kind (a national run has ~8,000: a scan per table was
    // quadratic)
    let totals: std::collections::HashMap<(String, String, i32, String), (usize, Vec<Option<f64>>)> =
        rollup_rows(rollup, KEY)?
            .into_iter()
            .map(|s| ((s.province, s.city, s.year, s.kind), (s.units, s.values)))
            .collect();
    let mut tables: Vec<CityTable> = Vec::new();
    for ((key, (unit, county)), cells) in cells {
        let (province, city, year, kind) = key;
        if city.is_empty() {
            continue;
        }
        let (grade, spending) = extra.get(&(unit.clone(), year, kind.clone())).cloned().unwrap_or_default();
        let row = UnitRow { unit, county, cells, grade, spending };
        match tables.last_mut() {
            Some(t) if t.city == city && t.year == year && t.kind == kind && t.province == province => t.rows.push(row),
            _ => {
                let (total_units, total) = totals
                    .get(&(province.clone(), city.clone(), year, kind.clone()))
                    .cloned()
                    .unwrap_or((0, vec![None; KEY.len()]));
                tables.push(CityTable { province, city, year, kind, rows: vec![row], total, total_units });
            }
        }
    }
    for t in &mut tables {
        t.rows.sort_by_key(|r| (r.cells[2].rank.unwrap_or(u32::MAX), r.name().to_string()));
    }
    Ok(tables)
}

fn rollup_rows(rollup: &DataFrame, cols: &[KeyCol]) -> PolarsResult<Vec<SummaryRow>> {
    if rollup.height() == 0 {
        return Ok(Vec::new());
    }
    let (prov, city, kind, year) =
        (strs(rollup, "province")?, strs(rollup, "city")?, strs(rollup, "kind")?, i32s(rollup, "year")?);
    let units = u32s(rollup, "units")?;
    let vals: Vec<Vec<Option<f64>>> = cols.iter().map(|c| f64s(rollup, c.id)).collect::<PolarsResult<_>>()?;
    Ok((0..rollup.height())
        .filter_map(|i| {
            Some(SummaryRow {
                province: prov[i].clone(),
                city: city[i].clone(),
                year: year[i]?,
                kind: kind[i].clone(),
                units: units[i].unwrap_or(0) as usize,
                values: vals.iter().map(|v| v[i]).collect(),
            })
        })
        .collect())
}

/// The province summary: one row per city, year and kind, from the roll-up.
pub fn province_summary(rollup: &DataFrame) -> PolarsResult<Vec<SummaryRow>> {
    rollup_rows(rollup, SUMMARY)
}

/// One unit's values of one indicator across years.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub points: Vec<(i32, f64)>,
}

/// Every unit's and every city's series of some columns across years, gathered in one pass
/// over the frames and looked up by city and kind (a national run plans charts for ~800
/// city-kinds; filtering the frames for each took seconds).
#[derive(Debug, Default)]
pub struct SeriesIndex {
    units: std::collections::HashMap<(String, String, String), Vec<Series>>,
    cities: std::collections::HashMap<(String, String, String), Series>,
    /// the columns the roll-up has (a city series exists, maybe empty, for those)
    rollup_columns: Vec<String>,
}

impl SeriesIndex {
    pub fn new(indicators: &DataFrame, rollup: &DataFrame, columns: &[&str]) -> PolarsResult<SeriesIndex> {
        let mut ix = SeriesIndex::default();
        for &column in columns {
            if indicators.column(column).is_ok() && indicators.height() > 0 {
                let df = indicators
                    .clone()
                    .lazy()
                    .filter(col(column).is_not_null())
                    .with_column(
                        when(col("county").eq(lit(""))).then(col("unit")).otherwise(col("county")).alias("who"),
                    )
                    .select([
                        col("city"),
                        col("kind"),
                        col("who"),
                        col("year"),
                        col(column).cast(DataType::Float64).alias("v"),
                    ])
                    .sort(["city", "kind", "who", "year"], SortMultipleOptions::default())
                    .collect()?;
                let (city, kind, who) = (strs(&df, "city")?, strs(&df, "kind")?, strs(&df, "who")?);
                let (year, v) = (i32s(&df, "year")?, f64s(&df, "v")?);
                for i in 0..df.height() {
                    let (Some(y), Some(x)) = (year[i], v[i]) else { continue };
                    let list = ix.units.entry((column.to_string(), city[i].clone(), kind[i].clone())).or_default();
                    match list.last_mut() {
                        Some(s) if s.name == who[i] => s.points.push((y, x)),
                        _ => list.push(Series { name: who[i].clone(), points: vec![(y, x)] }),
                    }
                }
            }
            if rollup.column(column).is_ok() && rollup.height() > 0 {
                ix.rollup_columns.push(column.to_string());
                let (c, k, y, v) =
                    (strs(rollup, "city")?, strs(rollup, "kind")?, i32s(rollup, "year")?, f64s(rollup, column)?);
                for i in 0..rollup.height() {
                    let (Some(y), Some(x)) = (y[i], v[i]) else { continue };
                    ix.cities
                        .entry((column.to_string(), c[i].clone(), k[i].clone()))
                        .or_insert_with(|| Series { name: format!("{}合计", c[i]), points: Vec::new() })
                        .points
                        .push((y, x));
                }
            }
        }
        for s in ix.cities.values_mut() {
            s.points.sort_by_key(|p| p.0);
        }
        Ok(ix)
    }

    /// Every unit's series of `column` in one city and kind (years ascending, units by name —
    /// a unit named by its county when it has one), from the indicator frame.
    pub fn units(&self, city: &str, kind: &str, column: &str) -> Vec<Series> {
        self.units.get(&(column.to_string(), city.to_string(), kind.to_string())).cloned().unwrap_or_default()
    }

    /// The city's own series of `column` (from the roll-up), or None when the roll-up has no
    /// such column.
    pub fn city(&self, city: &str, kind: &str, column: &str) -> Option<Series> {
        if !self.rollup_columns.iter().any(|c| c == column) {
            return None;
        }
        let key = (column.to_string(), city.to_string(), kind.to_string());
        Some(
            self.cities
                .get(&key)
                .cloned()
                .unwrap_or_else(|| Series { name: format!("{city}合计"), points: Vec::new() }),
        )
    }
}

/// The figures an indicator (or a figure column) is computed from, for tracing it back to
/// the report's sentences: a rate's numerator and denominator, a score's inputs.
pub fn sources(id: &str) -> Vec<&'static str> {
    match id {
        "exec_score" => vec!["actual_total", "budget_total"],
        "hair_test_coverage" => vec!["hair_test_rate", "hair_tests", "registered_users"],
        _ => match registry::get(id) {
            Some(i) => match i.rate {
                Some((a, b, _)) => vec![a, b],
                None => vec![i.id],
            },
            None => crate::model::Field::ALL.iter().filter(|f| f.name() == id).map(|f| f.name()).collect(),
        },
    }
}

/// The parts a total is derived from when the report states only the parts.
pub fn parts(field: &str) -> &'static [&'static str] {
    match field {
        "basic_budget" => &["personnel_budget", "public_budget"],
        "basic_actual" => &["personnel_actual", "public_actual"],
        "budget_total" => &["basic_budget", "project_budget"],
        "actual_total" => &["basic_actual", "project_actual"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_column_is_an_indicator_or_a_figure() {
        for k in KEY {
            let known =
                registry::get(k.id).is_some() || crate::model::Field::from_name(k.id).is_some() || k.id == "exec_score";
            assert!(known, "{}", k.id);
        }
    }

    fn rec(county: &str, year: i32, figures: &[(crate::model::Field, f64)]) -> crate::model::Record {
        use crate::model::*;
        Record {
            file: "t.csv".into(),
            id: Identity {
                unit: format!("{county}禁毒办"),
                county: county.into(),
                city: "岳阳市".into(),
                province: "湖南省".into(),
                year: Some(year),
                kind: Kind::Whole,
            },
            facts: figures
                .iter()
                .map(|&(field, value)| Fact {
                    field,
                    value,
                    qualifier: Qualifier::Exact,
                    line: 2,
                    snippet: String::new(),
                    corrected: None,
                    period: None,
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn city_table_ranks_units_with_yoy_and_the_weighted_total() {
        use crate::model::Field::*;
        let records = vec![
            rec("湘阴县", 2023, &[(BudgetTotal, 100.0), (ActualTotal, 90.0), (SelfScore, 88.0)]),
            rec("湘阴县", 2024, &[(BudgetTotal, 100.0), (ActualTotal, 99.0), (SelfScore, 92.0)]),
            rec("平江县", 2024, &[(BudgetTotal, 300.0), (ActualTotal, 240.0), (SelfScore, 95.0)]),
        ];
        let ind = super::super::indicators(&records, &Default::default()).unwrap();
        let long = super::super::compare::long(&ind).unwrap();
        let roll = super::super::compare::city_rollup(&ind).unwrap();
        let tables = city_tables(&ind, &long, &roll).unwrap();
        let t = tables.iter().find(|t| t.year == 2024).unwrap();
        // 湘阴 99% is closer to 100% than 平江 80%: first
        assert_eq!(t.rows.iter().map(|r| r.name()).collect::<Vec<_>>(), ["湘阴县", "平江县"]);
        let exec = t.rows[0].cell("exec_rate_total").unwrap();
        assert_eq!(
            (exec.value, exec.rank, exec.of, exec.yoy, exec.prev_year),
            (Some(99.0), Some(1), Some(2), Some(9.0), Some(2023))
        );
        // a score outside the registry: ranked higher first, YoY computed here
        let score = t.rows[0].cell("self_score").unwrap();
        assert_eq!((score.rank, score.yoy), (Some(2), Some(4.0)));
        assert_eq!(t.rows[0].grade.as_deref(), Some("优"));
        // the city total: 339 of 400, not the mean of 99% and 80%
        assert_eq!(t.total_units, 2);
        assert_eq!(t.total[2], Some(84.75));
        // no unit stated registered users: the total is absent
        assert_eq!(t.total[KEY.iter().position(|k| k.id == "registered_users").unwrap()], None);
    }

    #[test]
    fn a_rate_traces_to_its_two_figures() {
        assert_eq!(sources("exec_rate_project"), vec!["project_actual", "project_budget"]);
        assert_eq!(sources("registered_users"), vec!["registered_users"]);
        assert_eq!(sources("relapse_rate"), vec!["relapse_rate"]);
    }
}
