//! The typed hand-offs between stages: what a report *says* (`Record`, `Fact`), field and
//! unit definitions, and the finding type the checker hands to the renderers.
//!
//! `extract` produces `Vec<Record>`; `check` reads records and yields `Vec<Finding>`;
//! `compute` turns records into polars frames; `render` writes them out.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How a figure is measured. Money is always normalised to 万元.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Measure {
    /// 万元 (10,000 CNY)
    Money,
    /// a percentage: 98.95 means 98.95%
    Percent,
    /// a whole count (people, cases, tests, events)
    Count,
    /// a score in points (分)
    Score,
}

impl Measure {
    pub fn unit(self) -> &'static str {
        match self {
            Measure::Money => "万元",
            Measure::Percent => "%",
            Measure::Count => "",
            Measure::Score => "分",
        }
    }
}

macro_rules! fields {
    ($( $var:ident => $name:literal, $measure:ident, $zh:literal; )*) => {
        /// Every field a report can yield (see shared/corpus/FIELDS.md).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Field { $( $var, )* }
        impl Field {
            pub const ALL: &'static [Field] = &[ $( Field::$var, )* ];
            /// The snake_case name used in CSV files.
            pub fn name(self) -> &'static str { match self { $( Field::$var => $name, )* } }
            pub fn measure(self) -> Measure { match self { $( Field::$var => Measure::$measure, )* } }
            /// The Chinese label a supervisor reads.
            pub fn label(self) -> &'static str { match self { $( Field::$var => $zh, )* } }
            pub fn from_name(s: &str) -> Option<Field> {
                match s.trim() { $( $name => Some(Field::$var), )* _ => None }
            }
        }
    };
}

fields! {
    BudgetTotal => "budget_total", Money, "预算数";
    ActualTotal => "actual_total", Money, "支出数";
    BasicBudget => "basic_budget", Money, "基本支出预算";
    BasicActual => "basic_actual", Money, "基本支出决算";
    PersonnelBudget => "personnel_budget", Money, "人员经费预算";
    PersonnelActual => "personnel_actual", Money, "人员经费决算";
    PublicBudget => "public_budget", Money, "公用经费预算";
    PublicActual => "public_actual", Money, "公用经费决算";
    ProjectBudget => "project_budget", Money, "项目支出预算";
    ProjectActual => "project_actual", Money, "项目支出决算";
    SangongBudget => "sangong_budget", Money, "三公经费预算";
    SangongActual => "sangong_actual", Money, "三公经费决算";
    ExecutionRateStated => "execution_rate_stated", Percent, "自报执行率";
    SelfScore => "self_score", Score, "自评得分";
    StaffQuota => "staff_quota", Count, "编制数";
    StaffActual => "staff_actual", Count, "实有人数";
    RegisteredUsers => "registered_users", Count, "在册吸毒人员";
    NewUsers => "new_users", Count, "新增吸毒人员";
    CommunityCases => "community_cases", Count, "社戒社康人员";
    ControlRate => "control_rate", Percent, "管控率";
    RelapseRate => "relapse_rate", Percent, "复吸率";
    Abstinence3yRate => "abstinence_3y_rate", Percent, "戒断三年未复吸率";
    UrineTests => "urine_tests", Count, "尿检次数";
    HairTests => "hair_tests", Count, "毛发检测人数";
    HairPositive => "hair_positive", Count, "毛发检测阳性";
    HairTestRate => "hair_test_rate", Percent, "毛发检测完成率";
    CriminalCases => "criminal_cases", Count, "破获毒品刑事案件";
    Detained => "detained", Count, "刑事拘留";
    Prosecuted => "prosecuted", Count, "移送起诉";
    UsersCaught => "users_caught", Count, "查处吸毒人员";
    CompulsoryRehab => "compulsory_rehab", Count, "强制隔离戒毒";
    PublicityEvents => "publicity_events", Count, "禁毒宣传场次";
    WastewaterTests => "wastewater_tests", Count, "污水检测次数";
    RiskHigh => "risk_high", Count, "高风险人员";
    RiskMedium => "risk_medium", Count, "中风险人员";
    RiskLow => "risk_low", Count, "低风险人员";
}

impl Field {
    pub fn is_money(self) -> bool {
        self.measure() == Measure::Money
    }

    /// Is more of this better, for judging a result against its target? None: neither.
    pub fn higher_is_better(self) -> Option<bool> {
        use Field::*;
        match self {
            RelapseRate | NewUsers => Some(false),
            ControlRate | Abstinence3yRate | HairTestRate | ExecutionRateStated | SelfScore | UrineTests
            | HairTests | CriminalCases | Detained | Prosecuted | UsersCaught | CompulsoryRehab | PublicityEvents
            | WastewaterTests | CommunityCases => Some(true),
            _ => None,
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What kind of evaluation a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub enum Kind {
    /// 部门/单位整体支出绩效评价
    #[default]
    Whole,
    /// 项目支出绩效评价, 专项资金
    Project,
    /// 工作总结, 通报: results without a budget evaluation
    Summary,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Whole => "whole",
            Kind::Project => "project",
            Kind::Summary => "summary",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Kind::Whole => "整体支出",
            Kind::Project => "项目支出",
            Kind::Summary => "工作总结",
        }
    }
    pub fn from_name(s: &str) -> Option<Kind> {
        match s.trim() {
            "whole" | "整体支出" | "部门整体" => Some(Kind::Whole),
            "project" | "项目支出" | "项目" => Some(Kind::Project),
            "summary" | "工作总结" => Some(Kind::Summary),
            _ => None,
        }
    }
}

/// How exact a stated figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Qualifier {
    #[default]
    Exact,
    /// 余, 多, 约, 近, 左右
    Approx,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Qualifier {
    pub fn symbol(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Approx => "~",
            Qualifier::Lt => "<",
            Qualifier::Le => "<=",
            Qualifier::Gt => ">",
            Qualifier::Ge => ">=",
        }
    }
    pub fn from_symbol(s: &str) -> Option<Qualifier> {
        Some(match s.trim() {
            "" => Qualifier::Exact,
            "~" => Qualifier::Approx,
            "<" => Qualifier::Lt,
            "<=" => Qualifier::Le,
            ">" => Qualifier::Gt,
            ">=" => Qualifier::Ge,
            _ => return None,
        })
    }
    /// A bound is not a measurement: it says where the value lies, not what it is.
    pub fn is_bound(self) -> bool {
        !matches!(self, Qualifier::Exact | Qualifier::Approx)
    }
}

/// Who reported, where, for which year and which kind of evaluation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Identity {
    pub unit: String,
    pub county: String,
    pub city: String,
    pub province: String,
    pub year: Option<i32>,
    pub kind: Kind,
}

impl Identity {
    /// The name a supervisor knows the unit by: the county when known, else the unit.
    pub fn short_name(&self) -> &str {
        if !self.county.is_empty() {
            &self.county
        } else if !self.unit.is_empty() {
            &self.unit
        } else {
            &self.city
        }
    }
}

/// One figure, with where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub field: Field,
    pub value: f64,
    pub qualifier: Qualifier,
    /// 1-based line in the source file (for CSV inputs, the CSV line)
    pub line: usize,
    /// the sentence the figure came from
    pub snippet: String,
    /// a correction from data/corrections.csv replaced the stated value
    pub corrected: Option<Correction>,
    /// the part of the year the figure covers, "2021-01..2021-06"; None: the full year
    pub period: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// the figure as the report stated it; None when the report never stated one
    pub original: Option<f64>,
    pub reason: String,
}

impl Correction {
    /// The original as a person writes it: 未载明 when the report stated none (never NaN).
    pub fn original_zh(&self) -> String {
        self.original.map_or_else(|| "未载明".to_string(), fmt_num)
    }

    pub fn original_en(&self) -> String {
        self.original.map_or_else(|| "not stated".to_string(), fmt_num)
    }
}

/// A named money line item (禁毒社会化工作经费20万元) that is not one of the fields, kept so
/// checks can add items up against the total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineItem {
    pub label: String,
    /// 万元, as written (a "35元" stays 0.0035 here; the checker asks whether 元 was meant as 万元)
    pub value: f64,
    /// the unit as written: 元, 千元, 万元, 亿元
    pub unit: String,
    /// listed as a numbered part (①, (1), 1、) of the spending
    pub listed: bool,
    pub line: usize,
    pub snippet: String,
}

/// A rate the report states between two of its own figures (人员经费占基本支出的93.78%;
/// 毛发检测阳性率0.6%), kept so the checker can recompute it from those figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatedRatio {
    /// numerator ÷ denominator × 100 = value
    pub num: Field,
    pub den: Field,
    pub value: f64,
    /// decimals as written (93.78% → 2): the rounding the statement allows
    pub decimals: u8,
    pub line: usize,
    pub snippet: String,
}

/// Something the extractor noticed and could not settle: it becomes a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub field: Option<Field>,
    pub line: usize,
    pub code: FindingCode,
    pub message_zh: String,
    pub message_en: String,
}

/// One evaluation: a unit, a year, a kind, and the figures stated for it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Record {
    /// the source file, as given
    pub file: String,
    /// index of the evaluation inside the file, from 0
    pub index: usize,
    pub id: Identity,
    pub facts: Vec<Fact>,
    /// figures stated as targets (年度指标值, 力争…达到98%), one per field
    pub targets: Vec<Fact>,
    pub items: Vec<LineItem>,
    /// rates the report states between its own figures (shares, positivity)
    pub ratios: Vec<StatedRatio>,
    pub notes: Vec<Note>,
    /// the line of the report title, 1-based (0 when unknown)
    pub title_line: usize,
    /// the line where the report claims every target was met (未完成原因：无)
    pub claims_all_met: Option<usize>,
}

/// The records in the order their figures count when two give the same unit and year: each
/// report's own accounts first, then the earlier years a summary recalls (去年…, 2021年… in a
/// 2023 summary: a record after one of the same file and title of a later year), each in
/// reading order. So a county's 2022 report is the 2022 figure, and its 2023 summary's recap
/// of 2022 fills only what that report does not state.
pub fn own_accounts_first(records: &[Record]) -> Vec<&Record> {
    let recap = |i: usize| {
        let r = &records[i];
        let Some(y) = r.id.year else { return false };
        records[..i]
            .iter()
            .rev()
            .take_while(|q| q.file == r.file)
            .any(|q| q.title_line == r.title_line && q.index < r.index && q.id.year.is_some_and(|qy| qy > y))
    };
    let (own, recaps): (Vec<usize>, Vec<usize>) = (0..records.len()).partition(|&i| !recap(i));
    own.into_iter().chain(recaps).map(|i| &records[i]).collect()
}

impl Record {
    pub fn get(&self, f: Field) -> Option<&Fact> {
        self.facts.iter().find(|x| x.field == f)
    }
    pub fn value(&self, f: Field) -> Option<f64> {
        self.get(f).map(|x| x.value)
    }
}

/// Totals and the two parts they are the sum of, in the order a derivation needs them
/// (basic before the grand total). `check` tests the sums; `compute` derives a total the
/// report does not state from its parts.
pub const PARTS_AND_TOTALS: &[(Field, [Field; 2])] = &[
    (Field::BasicBudget, [Field::PersonnelBudget, Field::PublicBudget]),
    (Field::BasicActual, [Field::PersonnelActual, Field::PublicActual]),
    (Field::BudgetTotal, [Field::BasicBudget, Field::ProjectBudget]),
    (Field::ActualTotal, [Field::BasicActual, Field::ProjectActual]),
];

/// What a finding is about. One place for every code: its usual severity and what it means
/// (outputs/README.md's table is checked against `description`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FindingCode {
    C01,
    C02,
    C03,
    C04,
    C05,
    C06,
    C07,
    C08,
    C09,
    C10,
    C11,
    C12,
    C13,
    C14,
    C15,
    C16,
    C17,
    C18,
    X01,
}

impl FindingCode {
    pub const ALL: &'static [FindingCode] = &[
        Self::C01,
        Self::C02,
        Self::C03,
        Self::C04,
        Self::C05,
        Self::C06,
        Self::C07,
        Self::C08,
        Self::C09,
        Self::C10,
        Self::C11,
        Self::C12,
        Self::C13,
        Self::C14,
        Self::C15,
        Self::C16,
        Self::C17,
        Self::C18,
        Self::X01,
    ];

    /// The code as written in checks.csv.
    pub fn code(self) -> &'static str {
        use FindingCode::*;
        match self {
            C01 => "C01",
            C02 => "C02",
            C03 => "C03",
            C04 => "C04",
            C05 => "C05",
            C06 => "C06",
            C07 => "C07",
            C08 => "C08",
            C09 => "C09",
            C10 => "C10",
            C11 => "C11",
            C12 => "C12",
            C13 => "C13",
            C14 => "C14",
            C15 => "C15",
            C16 => "C16",
            C17 => "C17",
            C18 => "C18",
            X01 => "X01",
        }
    }

    /// The usual severity. Two codes vary with the case: C06 is an error for an unknown year
    /// but a warning for an unknown place; C08 is an error when the report claims every
    /// target was met.
    pub fn severity(self) -> Severity {
        use FindingCode::*;
        match self {
            C01 | C02 | C04 | C06 | C10 | C11 => Severity::Error,
            C03 | C05 | C08 | C12 | C13 | C14 | C15 | X01 => Severity::Warning,
            C07 | C09 | C16 | C17 | C18 => Severity::Info,
        }
    }

    /// A short Chinese name of the code, for a briefing's text.
    pub fn title_zh(self) -> &'static str {
        use FindingCode::*;
        match self {
            C01 => "分项与合计不符",
            C02 => "“元”应为“万元”",
            C03 => "明细与合计不符",
            C04 => "支出超预算",
            C05 => "预算执行率偏低",
            C06 => "年度或区县不明",
            C07 => "缺少关键数据",
            C08 => "目标未完成",
            C09 => "数据经人工更正",
            C10 => "数值不可能成立",
            C11 => "年度不符",
            C12 => "执行率与金额矛盾",
            C13 => "同一单位年度重复报送且数字不一",
            C14 => "明显偏离本市其他单位",
            C15 => "占比或阳性率与数字矛盾",
            C16 => "非全年数据",
            C17 => "年度取自文件名",
            C18 => "仅载明上限或下限",
            X01 => "同一数字前后不一",
        }
    }

    /// What the code means, for a supervisor.
    pub fn description(self) -> &'static str {
        use FindingCode::*;
        match self {
            C01 => "parts don't add up (personnel + public vs basic; basic + project vs total)",
            C02 => "a 元 that must be 万元 for the listed items to add up to the total",
            C03 => "listed items don't add up to the total",
            C04 => "spending above budget",
            C05 => "execution below 80%",
            C06 => "fiscal year or county unknown (for the year, why: no year in the title, a table caption, the text or a publication date)",
            C07 => "a key field missing for the report's kind: budget and spending (whole, project); the basic/project split (whole); the self-score (project); any drug-control result (every kind)",
            C08 => "a target missed (an error when the report says none was)",
            C09 => "a figure corrected by `data/corrections.csv`",
            C10 => "an impossible value (a rate above 100% where that cannot be, a negative, more positives than tests)",
            C11 => "a fiscal year that doesn't fit",
            C12 => "a stated execution rate its own figures contradict",
            C13 => "the same unit-year reported twice with different figures",
            C14 => "a robust outlier against the city's units: modified z-score 0.6745·(x − median)/MAD beyond ±3.5 (mean absolute deviation when MAD is 0) and at least 5 percentage points off the median (2 points and half the median for a rate of a few percent; a quarter of the median for a cost or count per person, test or case), never an execution rate nearer 100% than the median, for rates, shares and costs per person/test/case only, in cities with at least 5 units that year",
            C15 => "a stated share (人员经费占基本支出的93.78%) or hair-test positivity its own figures contradict, beyond the rounding of its written decimals",
            C16 => "figures of part of a year (今年以来, 上半年, 1至10月): kept in facts.csv with their period, never ranked or charted against full years",
            C17 => "the fiscal year taken from the file's name (2023年某县禁毒工作总结.txt): the text names no year of its own",
            C18 => "figures the text only bounds (复吸率控制在15%以下, 尿检超过2000人次): kept in facts.csv with their qualifier, never ranked, compared or charted as values",
            X01 => "a figure stated twice with different values (the first is used)",
        }
    }
}

impl fmt::Display for FindingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "提示",
            Severity::Warning => "警告",
            Severity::Error => "错误",
        }
    }
}

/// Something wrong, or worth a supervisor's look, in one record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub code: FindingCode,
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub unit: String,
    pub county: String,
    /// the record's city and province (a national briefing counts findings by city)
    pub city: String,
    pub province: String,
    pub year: Option<i32>,
    /// the kind of the record it is about: a briefing's or table's section of one kind shows
    /// only its own (a whole-unit report's finding is not the same unit's project's)
    #[serde(default)]
    pub kind: Kind,
    pub field: Option<Field>,
    pub message_zh: String,
    pub message_en: String,
}

/// A unit far from its city's other units on one comparable indicator: computed by
/// `compute::outliers` (median, MAD, modified z), worded as a finding by `check::outliers`.
#[derive(Debug, Clone, PartialEq)]
pub struct Outlier {
    pub unit: String,
    pub county: String,
    pub city: String,
    pub year: Option<i32>,
    pub kind: Kind,
    pub label: String,
    pub indicator_unit: String,
    pub value: f64,
    pub city_median: f64,
    pub units_in_city: usize,
    pub z: f64,
}

/// Text safe in XML and HTML content and inside a quoted attribute: & < > " ' escaped, and
/// the characters XML 1.0 forbids (control characters other than tab and line breaks)
/// dropped. Report text on its way into a .docx, an .xlsx part or report.html goes through it.
pub fn escape_markup(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            '\t' | '\n' | '\r' => o.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => o.push(c),
        }
    }
    o
}

/// A number as a person writes it: no trailing zeros, no exponent.
pub fn fmt_num(v: f64) -> String {
    let mut buf = Vec::with_capacity(24);
    push_num(&mut buf, v);
    // (ASCII digits, a sign and a point only)
    String::from_utf8(buf).unwrap_or_default()
}

/// `fmt_num(v)` written onto `buf`: a table's cells are written without a string each.
pub fn push_num(out: &mut Vec<u8>, v: f64) {
    // the common case, at most 4 decimals (万元 with 2, rates with 1–2): exactly what the
    // formatting below prints, by integer arithmetic (the tables of a national run are millions
    // of cells, and float formatting at 6 places was a tenth of writing them)
    let r = (v * 1e4).round();
    if r.abs() < 1e15 && r / 1e4 == v {
        let n = r as i64;
        let (int, frac) = (n.unsigned_abs() / 10_000, n.unsigned_abs() % 10_000);
        // written digit by digit from the right (`format!` was most of writing a table)
        let mut buf = [0u8; 24];
        let mut i = buf.len();
        let mut put = |b: u8| {
            i -= 1;
            buf[i] = b;
        };
        if frac != 0 {
            let zeros = trailing_decimal_zeros(frac);
            let mut f = frac / 10u64.pow(zeros as u32);
            for _ in 0..4 - zeros {
                put(b'0' + (f % 10) as u8);
                f /= 10;
            }
            put(b'.');
        }
        let mut x = int;
        loop {
            put(b'0' + (x % 10) as u8);
            x /= 10;
            if x == 0 {
                break;
            }
        }
        if n < 0 {
            put(b'-');
        }
        out.extend_from_slice(&buf[i..]);
        return;
    }
    out.extend_from_slice(fmt_num_slow(v).as_bytes());
}

/// The length in characters of `fmt_num(v)` (all ASCII), without making the string: the
/// workbook measures every number cell for its column's width.
pub fn fmt_num_len(v: f64) -> usize {
    let r = (v * 1e4).round();
    if r.abs() < 1e15 && r / 1e4 == v {
        let n = r as i64;
        let (int, frac) = (n.unsigned_abs() / 10_000, n.unsigned_abs() % 10_000);
        let digits = int.checked_ilog10().map_or(1, |d| d as usize + 1);
        let decimals = if frac == 0 { 0 } else { 1 + 4 - trailing_decimal_zeros(frac) };
        return usize::from(n < 0) + digits + decimals;
    }
    fmt_num_slow(v).len()
}

/// Trailing decimal zeros of a number below 10,000 written with four digits (0120: 1).
fn trailing_decimal_zeros(mut n: u64) -> usize {
    let mut z = 0;
    while z < 4 && n.is_multiple_of(10) {
        n /= 10;
        z += 1;
    }
    z
}

fn fmt_num_slow(v: f64) -> String {
    let s = format!("{:.6}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fmt_num_prints_what_six_places_trimmed_print() {
        let mut v = -2000.0;
        let mut checked = 0;
        // every step of 0.0001 is a 4-decimal number (the fast path); the odd multiplier gives
        // longer ones too (the slow path)
        while v < 2000.0 {
            for x in [v, v * 1.000_37, v / 3.0, v * 1e6, v * 1e-3] {
                assert_eq!(fmt_num(x), fmt_num_slow(x), "{x:?}");
                assert_eq!(fmt_num_len(x), fmt_num(x).len(), "{x:?}");
                checked += 1;
            }
            v += 0.0973;
        }
        assert!(checked > 100_000);
        for x in [
            0.0,
            -0.0,
            0.5,
            -0.5,
            94.87,
            204.56,
            1e14,
            123456789.1234,
            f64::MIN_POSITIVE,
            10.0,
            0.0001,
            -9999.9999,
            0.012,
            -0.012,
            1.0001,
            100.1,
            1e15,
        ] {
            assert_eq!(fmt_num(x), fmt_num_slow(x), "{x:?}");
            assert_eq!(fmt_num_len(x), fmt_num(x).len(), "{x:?}");
        }
        assert_eq!(fmt_num(-0.0), "0");
        assert_eq!(fmt_num(92.5), "92.5");
    }

    #[test]
    fn markup_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(
            escape_markup("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape_markup("a\u{0}b\u{7}c\td\ne"), "abc\td\ne");
    }
}
