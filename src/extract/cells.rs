//! Table cells: the column headers of the 自评表 (年初预算数 / 全年预算数(A) / 调整后预算数 /
//! 全年执行数(B) / 预算执行数 / 分值 / 权重 / 执行率 / 得分; 年度指标值 / 实际完成值; 编制数 /
//! 实际在职人数) as `Role`s, what a value cell looks like, the money unit a caption or header
//! states (金额单位：元), and the flattenings of a table back into tab-separated rows: one cell
//! per line, single spaces between cells (a web page), and the 指标性质 sign and 度量单位 unit
//! cells joined to their value. A leaf: `text` reflows with it while cleaning lines, `table`
//! reads rows by its roles.

use super::chars::TrimWs;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    BudgetInitial,
    Budget,
    Actual,
    Points,
    Rate,
    Score,
    Target,
    Result,
    /// authorised posts (编制数)
    Quota,
    /// staff employed (实有人数, 实际在职人数)
    Staff,
    /// a column of figures read for no field (上年决算数): it holds a place among the values
    Skip,
    /// this year's figures, the row's label naming what they are (本年数 / 上年数 over 年度预算,
    /// 实际支出, 其中：基本支出 …)
    Current,
    /// one year's figures in a table of years side by side (指标 / 2021年 / 2022年 / 2023年)
    Year(i32),
}

/// One character of every column name `role` knows (编制数: 编, 实有人数: 人, 年初预算数: 年, 执行率:
/// 率, 分值: 分 …): a cell holding none is no header cell.
static ROLE_CHARS: super::chars::CharSet = super::chars::CharSet::of("编人年到率执支决拨预批分权指目计完实期");

pub fn role(cell: &str) -> Option<Role> {
    // a header cell is short: a sentence is no column name
    if cell.len() > 72 {
        return None;
    }
    if !super::chars::any_in(cell, &ROLE_CHARS) {
        return few_words_role(cell.trim_ws());
    }
    role_of(cell)
}

/// The column names holding none of `ROLE_CHARS`, looked up whole: a final account's 金额 and its
/// rows' numbers (行次), and the columns read for nothing — the year's share gone by (序时进度),
/// the budget's change (调整数, 追加数), what is left (结余), money issued down (下达数) — or
/// money used so far (已使用资金, 使用数).
fn few_words_role(c: &str) -> Option<Role> {
    // (the cheap test: a column name of two to twelve characters, its unit after it — 金额（万元）)
    if c.len() < 6 || c.len() > 40 {
        return None;
    }
    match c.trim_end_matches(|ch: char| "()（）万千元/%".contains(ch)) {
        "金额" => Some(Role::Current),
        "已使用" | "已使用资金" | "已使用金额" | "使用数" | "使用金额" | "使用额" | "资金使用数" => {
            Some(Role::Actual)
        }
        "行次" | "栏次" | "序时进度" | "时间进度" | "调整数" | "调整金额" | "调整额" | "追加数" | "追加预算"
        | "结余" | "结余数" | "结余资金" | "结转结余" | "结余率" | "已下达" | "下达数" | "资金下达数" | "下达资金"
        | "序时进度要求" | "调增调减数" | "标准值" => Some(Role::Skip),
        _ => None,
    }
}

fn role_of(cell: &str) -> Option<Role> {
    let c: std::borrow::Cow<str> = if cell.contains(char::is_whitespace) {
        cell.chars().filter(|c| !c.is_whitespace()).collect::<String>().into()
    } else {
        cell.into()
    };
    // (a column's points in brackets after its name — 分值（10分）, 权重(20%), 得分（100分） — are
    // no part of the name)
    let c = points_in_brackets(&c);
    // (得分(分), 分值（分）: the column's unit)
    let c = c.strip_suffix("(分)").or_else(|| c.strip_suffix("（分）")).unwrap_or(c);
    let c = c.trim_end_matches(|ch: char| "()（）ABCabc万千元/%".contains(ch));
    let c = c.trim_start_matches(['其', '中', '：', ':']);
    // (a monitoring form's columns of the months so far — 1-7月执行数, 1-7月执行率, 1-7月实际完成值 —
    // are the columns' roles over part of the year, `months` says which part)
    let c = months_of(c).filter(|(_, rest)| !rest.is_empty()).map_or(c, |(_, rest)| rest);
    // a monitoring form's forecast for the whole year (全年预计执行数, 预计全年完成值) is no figure
    // of what was done: it holds a place among the values
    if c.contains("预计") && ["执行", "完成", "支出"].iter().any(|w| c.contains(w)) {
        return Some(Role::Skip);
    }
    // (the year's change to the budget, 预算调整数 / 年中追加数, between the budget it opened with
    // and the full year's; the share of the money received, 资金到位率; an indicator's share of
    // its target, 完成率: columns read for nothing, each holding its place — and so the names of
    // no character of a role's, 序时进度, 调整数, 结余, in `few_words_role`)
    if matches!(
        c,
        "预算调整数"
            | "预算调整"
            | "预算调整额"
            | "年中调整数"
            | "追加预算数"
            | "年中追加数"
            | "资金到位率"
            | "到位率"
            | "完成率"
            | "目标完成率"
            | "指标完成率"
            | "完成比例"
    ) {
        return Some(Role::Skip);
    }
    // a column of another year is none of this year's (上年决算数)
    if c.starts_with("上年") || c.starts_with("上一年") || c.starts_with("去年") {
        // (上年数, 上年金额: last year's column beside this year's)
        // (上年完成值, 上年实际完成数, 上年目标值: last year's figures beside this year's target and
        // result, 上年完成值 | 本年目标值 | 本年实际完成值 — no column of this year's)
        let rest = c.trim_start_matches("上一年").trim_start_matches("上年").trim_start_matches("去年");
        let rest = rest.strip_prefix('度').unwrap_or(rest);
        return (["预算", "决算", "支出", "执行", "人数"].iter().any(|w| c.contains(w))
            || matches!(rest, "" | "数" | "金额" | "度数" | "同期数" | "同期")
            || !rest.is_empty() && matches!(role_of(rest), Some(Role::Result | Role::Target)))
        .then_some(Role::Skip);
    }
    // a caption of the rows' labels (预算执行, 预算执行情况, 资金执行情况: what the rows below
    // are about), no column of figures
    if matches!(c, "预算执行" | "预算执行情况" | "资金执行情况") {
        return None;
    }
    // (the change between the two: 增减率, 增减额, 变动率)
    if matches!(c, "增减率" | "增减额" | "增减" | "增减幅度" | "变动率" | "变动额" | "增减变动") {
        return Some(Role::Skip);
    }
    // a year alone (2021年, 2022年度): that year's column
    if c.len() <= 10 && c.len() >= 7 && c.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        if let ("年" | "年度", Ok(y)) = (&c[4..], c[..4].parse::<i32>()) {
            return (2000..2050).contains(&y).then_some(Role::Year(y));
        }
    }
    // a year's months so far (2023年1-6月, 2022年上半年): that year's column, of those months
    let rest = strip_year(c);
    if rest.len() < c.len() && months_column(rest).is_some() {
        return c[..4].parse::<i32>().ok().filter(|y| (2000..2050).contains(y)).map(Role::Year);
    }
    // 2021年预算数, 本年决算数: the year names the column's year, the rest its role
    let c = strip_year(c);
    // (…and 今年 beside 去年: 指标 | 去年 | 今年 | 增减)
    let this = ["本年", "当年", "本期", "今年"].iter().find_map(|w| c.strip_prefix(w));
    if this.is_some_and(|rest| matches!(rest, "" | "数" | "金额" | "度" | "度数")) {
        return Some(Role::Current);
    }
    let c = this.unwrap_or(c);
    // (spending's share of the budget named by both, 执行数占预算数比例, 支出占预算比重: the rate)
    if c.contains('占')
        && (c.ends_with("比例") || c.ends_with("比重"))
        && ["执行", "支出", "决算"].iter().any(|w| c.starts_with(w))
    {
        return Some(Role::Rate);
    }
    // (the share of money issued down that was paid, 资金拨付率: no spending's, holding its place)
    if matches!(c, "资金拨付率" | "拨付率") {
        return Some(Role::Skip);
    }
    // (a target-sheet's measure of each goal, 评价指标 | 标准值 | … | 评价指标值: the measure's
    // standard — in `few_words_role` — and its value, 预算完成率 100%, 实际支出率 96%, beside the
    // goal's own 目标值 and 目标完成值: each holds its place, read for nothing)
    Some(match c {
        "评价指标值" => Role::Skip,
        "编制数" | "核定编制" | "编制人数" | "核定编制数" | "人员编制" => Role::Quota,
        "实有人数" | "实际在职人数" | "在职人数" | "实有在职人数" | "实有人员" | "在职人员" | "年末实有人数"
        | "年末在职人数" => Role::Staff,
        // 年初预算数, 年初批复数, 年初安排数: the budget the year opened with
        _ if c.starts_with("年初预算") || c.starts_with("年初批复") || c.starts_with("年初安排") => {
            Role::BudgetInitial
        }
        // 资金到位数, 实际到位资金: money received, neither budget nor spending
        // (资金到位, 到位: the column's name cut short)
        _ if ["到位数", "到位资金", "到位额", "到位金额", "资金到位"].iter().any(|w| c.ends_with(w)) || c == "到位" => {
            Role::Skip
        }
        // the share of the budget spent, named by what it compares (完成预算%, 决算数为预算数的%,
        // 资金完成率, 完成预算比例): the execution rate
        _ if matches!(
            c,
            "完成预算" | "完成预算比例" | "预算完成比例" | "资金完成率" | "决算数为预算数的" | "决算占预算"
        ) || c.starts_with("决算数占预算数") =>
        {
            Role::Rate
        }
        // 执行率, 预算执行率（%）, 资金执行率, 全年执行率
        // (支出率, 资金支出率, 预算完成率: spending over the budget, as 执行率)
        // (a rate of orders carried out — 社区戒毒社区康复执行率, 强制隔离戒毒决定执行率 — is an
        // indicator's name, no column of money)
        _ if (c.ends_with("执行率")
            || c.ends_with("支出率")
            || c == "预算完成率"
            || c.ends_with("执行进度")
            || c.ends_with("支出进度")
            || matches!(c, "资金使用率" | "预算资金使用率" | "支付进度" | "资金支付率" | "支付率"))
            && !["戒毒", "康复", "社区", "决定", "协议"].iter().any(|w| c.contains(w)) =>
        {
            Role::Rate
        }
        // what was spent: 全年执行数, (全年)实际执行数, 预算执行金额, 实际支出(数/金额), 全年支出数,
        // 决算数, 全年实际拨付数 (money paid out is spending, not budget)
        _ if spent(c) => Role::Actual,
        // the full-year budget: 全年预算数, 调整后预算数, 批复预算数, 预算批复数, 预算数
        _ if full_budget(c) => Role::Budget,
        "分值" | "权重" | "指标分值" | "指标权重" | "标准分值" | "标准分" | "分数" | "权重分" | "指标权重分"
        | "权重分值" => Role::Points,
        "得分" | "自评得分" | "实际得分" | "评分" | "自评分" | "评价得分" | "自评分数" | "单位自评得分"
        | "指标得分" | "得分值" => Role::Score,
        _ if c.starts_with("年度指标值")
            || c.starts_with("全年指标值")
            || c == "指标值"
            || c == "目标值"
            || c.starts_with("预期目标")
            || c == "年度目标值"
            || c == "年度目标"
            || c == "绩效目标值"
            || c == "预期指标值"
            || c == "计划指标值"
            || c == "计划值"
            || c == "预期值"
            || c == "绩效指标值"
            || c == "年度绩效指标值"
            // (a task's target in a table of a year's tasks: 目标任务 | 完成情况, 计划 | 实际完成)
            || matches!(c, "目标任务" | "年度目标任务" | "目标数" | "任务数" | "计划" | "计划数" | "年度计划" | "计划任务") =>
        {
            Role::Target
        }
        _ if c.starts_with("实际完成值")
            || c == "实际完成"
            || c == "实际完成数"
            || c == "完成值"
            || c == "完成数"
            || c == "实际值"
            || c == "全年实际值"
            || c == "全年完成值"
            || c == "年度完成值"
            || c == "实际达成值"
            || c == "指标完成值"
            || c.starts_with("全年实际完成")
            || c.starts_with("实际完成情况")
            || c.starts_with("实际完成指标值")
            || c == "年度实际完成值"
            || c == "指标实际值"
            || c == "实际指标值"
            // (a target-sheet's 目标值 | 评价指标 | 标准值 | 目标完成值 | 评价指标值: what the goal
            // reached, beside its target)
            || c == "目标完成值" =>
        {
            Role::Result
        }
        _ => return None,
    })
}

/// The months of the year so far a monitoring form's column covers (1-7月执行数 → (1, 7), 1至6月执行率,
/// 1月-8月实际完成值, 上半年执行数 → (1, 6), 前三季度 → (1, 9), 截至7月底执行数 → (1, 7)), or None.
pub fn months(cell: &str) -> Option<(u32, u32)> {
    if !cell.contains(['月', '半', '季']) {
        return None;
    }
    let c: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    // (a year's months, 2023年1-6月: a table of years' column of those months)
    let rest = strip_year(&c);
    if rest.len() < c.len() {
        return months_column(rest);
    }
    months_of(&c).map(|(m, _)| m)
}

/// The months a column's name opens with and the name after them, perhaps none (1-7月执行数 →
/// ((1, 7), 执行数); 1-6月份 → ((1, 6), "")).
fn months_of(c: &str) -> Option<((u32, u32), &str)> {
    for (w, m) in [("上半年", (1, 6)), ("前三季度", (1, 9)), ("第一季度", (1, 3)), ("一季度", (1, 3))] {
        if let Some(rest) = c.strip_prefix(w) {
            return Some((m, rest));
        }
    }
    let month = |s: &str| -> Option<(u32, usize)> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        let v: u32 = s.get(..n).filter(|d| (1..=2).contains(&d.len()))?.parse().ok()?;
        (1..=12).contains(&v).then_some((v, n))
    };
    // 截至7月底, 截止7月末, 截至7月 (截至年底, 截至12月底: the whole year)
    if let Some(rest) = c.strip_prefix("截至").or_else(|| c.strip_prefix("截止")) {
        if let Some(rest) = rest.strip_prefix("年底").or_else(|| rest.strip_prefix("年末")) {
            return Some(((1, 12), rest));
        }
        let (b, n) = month(rest)?;
        let rest = rest[n..].strip_prefix('月')?;
        let rest = rest.strip_prefix('底').or_else(|| rest.strip_prefix('末')).unwrap_or(rest);
        // (截至6月30日: the month's day)
        let days = rest.bytes().take_while(u8::is_ascii_digit).count();
        let rest = match rest[days..].strip_prefix('日') {
            Some(r) if (1..=2).contains(&days) => r,
            _ => rest,
        };
        return Some(((1, b), rest));
    }
    // 1-7月, 1—7月, 1至7月, 1～7月, 1月-7月, 1-7月份
    let (a, n) = month(c)?;
    let rest = &c[n..];
    let rest = rest.strip_prefix('月').unwrap_or(rest);
    let sep = rest.chars().next().filter(|ch| "-—–~～至到".contains(*ch))?;
    let rest = &rest[sep.len_utf8()..];
    let (b, n) = month(rest)?;
    let rest = rest[n..].strip_prefix('月')?;
    let rest = rest.strip_prefix('份').unwrap_or(rest);
    (a == 1 && a < b).then_some(((a, b), rest))
}

/// A header cell without a bracketed figure of points at its end (分值（10分） → 分值, 权重(20%)
/// → 权重, 得分（满分100） → 得分); any other cell as it is (年初预算数（A）, 资金（万元）).
fn points_in_brackets(c: &str) -> &str {
    // (cheap test first: the cell closes a bracket)
    if !c.ends_with(['）', ')']) {
        return c;
    }
    let Some(open) = c.rfind(['（', '(']) else { return c };
    let inner = &c[open..].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    let inner = inner.strip_prefix("满分").unwrap_or(inner);
    let digits = inner.trim_end_matches(['分', '%']);
    if open > 0 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        &c[..open]
    } else {
        c
    }
}

/// A column header of money spent: 全年执行数, 实际执行数, 全年实际执行数, 预算执行数, 执行数,
/// 执行金额, 实际支出(数/金额), 全年支出数, 支出数, 决算数, 全年实际拨付数 (never a rate).
fn spent(c: &str) -> bool {
    let c = c.strip_prefix("全年").or_else(|| c.strip_prefix("年度")).unwrap_or(c);
    let c = c.strip_prefix("实际").or_else(|| c.strip_prefix("累计")).unwrap_or(c);
    let c = c.strip_prefix("预算").or_else(|| c.strip_prefix("资金")).unwrap_or(c);
    c.starts_with("执行数")
        || c.starts_with("执行金额")
        || c.starts_with("执行额")
        || c.starts_with("支出数")
        || c.starts_with("支出金额")
        || c.starts_with("决算数")
        || c.starts_with("拨付数")
        || c == "支出"
        || c == "拨付"
        || c == "执行"
        // (决算支出数, 支出决算数; money paid out, 已拨付资金, 拨付资金)
        || matches!(c, "决算支出数" | "支出决算数" | "已拨付" | "已拨付资金" | "拨付资金" | "已拨付数")
        // (money used or paid so far: 已使用资金, 实际使用数, 资金使用数, 已支出金额, 支付数)
        || matches!(
            c,
            "使用" | "使用数" | "使用金额" | "使用额" | "已使用" | "已使用资金" | "已使用金额" | "已支出" | "已支出金额" | "已支出数"
                | "支付数" | "已支付" | "支付金额"
        )
}

/// A column header of the full-year budget: 全年预算数, 调整后预算数, 调整预算数, 批复预算数,
/// 预算批复数, 全年批复数, 预算数, 预算金额, 预算安排数 (not a spending's 预算执行数).
fn full_budget(c: &str) -> bool {
    // (年度预算数（万元） captions the group of columns in Sichuan's form: no column of its own)
    let c = c.strip_prefix("全年").unwrap_or(c);
    if matches!(c, "批复数" | "批复金额" | "财政批复数" | "年度总预算" | "预算总数") {
        return true;
    }
    let c = ["调整后", "调整", "批复", "核定", "项目"].iter().find_map(|p| c.strip_prefix(p)).unwrap_or(c);
    // what follows names an amount (预算单位, 预算科目 are other columns)
    // (预算安排: the column of the sum the budget set, 安排 cut of its 数)
    // (预算指标数: the budget as the allocation the treasury set, as Yunnan's forms call it)
    matches!(
        c,
        "预算"
            | "预算数"
            | "预算金额"
            | "预算额"
            | "预算总额"
            | "预算安排数"
            | "预算安排"
            | "预算批复数"
            | "预算指标数"
            | "预算指标"
    )
}

/// The year a cell opens on, as `strip_year` takes it off (2021年预算数 → 2021).
fn leading_year(c: &str) -> Option<i32> {
    (strip_year(c).len() < c.len()).then(|| c[..4].parse().ok()).flatten()
}

/// A cell's text without a leading year (2021年预算数 → 预算数, 2021年度决算数 → 决算数).
fn strip_year(c: &str) -> &str {
    let b = c.as_bytes();
    if b.len() > 7 && b[..4].iter().all(u8::is_ascii_digit) && c[4..].starts_with('年') {
        let rest = &c[4 + '年'.len_utf8()..];
        return rest.strip_prefix('度').unwrap_or(rest);
    }
    c
}

/// The money unit a header cell or a table's caption states (年初预算数（元）, 金额单位：千元),
/// as the factor that turns it into 万元.
pub fn money_scale(text: &str) -> Option<f64> {
    // every statement of a money unit names 元
    if !text.contains('元') {
        return None;
    }
    let scale = |at: usize| {
        let rest = text[at..].trim_start_matches([':', '：', ' ', '（', '(', '\t']);
        if rest.starts_with("万元") {
            Some(1.0)
        } else if rest.starts_with("千元") {
            Some(0.1)
        } else if rest.starts_with("元") {
            Some(0.0001)
        } else if rest.starts_with("亿元") {
            Some(10_000.0)
        } else {
            None
        }
    };
    // (every 单位 of the line: 填报单位：某禁毒办 … 单位：元 names the unit first)
    if let Some(s) = text.match_indices("单位").find_map(|(i, w)| scale(i + w.len())) {
        return Some(s);
    }
    let at = text
        .find("（元）")
        .or_else(|| text.find("(元)"))
        .or_else(|| text.find("（千元）"))
        .or_else(|| text.find("(千元)"))?;
    scale(at)
}

/// A cell holding only a comparison sign (the 指标性质 column: ≥, ≤, =).
pub fn is_sign(cell: &str) -> bool {
    matches!(
        cell.trim_ws(),
        "≥" | "≤" | "=" | ">" | "<" | ">=" | "<=" | "≧" | "≦" | "大于等于" | "小于等于" | "等于" | "定性" | "定量"
    )
}

/// A cell holding only a unit (the 度量单位 column: 人, %, 起, 万元).
pub fn is_unit_cell(cell: &str) -> bool {
    matches!(
        cell.trim_ws(),
        "人" | "人次"
            | "名"
            | "起"
            | "件"
            | "宗"
            | "次"
            | "场"
            | "场次"
            | "期"
            | "%"
            | "个"
            | "份"
            | "户"
            | "家"
            | "所"
            | "例"
            | "万元"
            | "元"
            | "分"
            | "天"
            | "日"
            | "月"
            | "小时"
            | "篇"
            | "条"
            | "批"
            | "处"
    )
}

/// A value cell, or a sign or unit cell that belongs to the value beside it.
pub fn is_valueish(cell: &str) -> bool {
    is_value(cell) || is_sign(cell) || is_unit_cell(cell)
}

/// A row's cells with the 指标性质 sign joined to the value after it and the 度量单位 unit
/// to the value before it (≥ | 35 | 人 → ≥35人).
pub fn merge_sign_and_unit(cells: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(cells.len());
    let mut sign: Option<&str> = None;
    for c in cells {
        let t = c.trim_ws();
        if is_sign(t) && !matches!(t, "定性" | "定量") {
            sign = Some(t);
            continue;
        }
        if is_unit_cell(t) && out.last().is_some_and(|p| is_value(p) && p.ends_with(|ch: char| ch.is_ascii_digit())) {
            out.last_mut().unwrap().push_str(t);
            continue;
        }
        match sign.take() {
            Some(s) if is_value(t) => out.push(format!("{}{t}", if s == "=" { "" } else { s })),
            Some(_) | None => out.push(c.to_string()),
        }
    }
    out
}

pub fn is_value(cell: &str) -> bool {
    let t = cell.trim_ws();
    !t.is_empty()
        && (t.chars().any(|c| c.is_ascii_digit()) && t.chars().filter(|&c| super::chars::is_han(c)).count() <= 3
            || matches!(t, "—" | "-" | "/" | "——" | "无"))
}

/// Read a header row, if this row is one.
pub fn header(cells: &[&str]) -> Option<Vec<Role>> {
    // (完成情况 right after a target's column — 指标名称 | 指标值 | 完成情况 — is what was done, as
    // 实际完成值; in a scoring table — 分值 | 指标说明 | 完成情况 | 得分 — it is the findings' prose)
    let done = |i: usize| {
        matches!(cells[i].trim_ws(), "完成情况" | "年度完成情况" | "全年完成情况")
            && i > 0
            && role(cells[i - 1]) == Some(Role::Target)
            && !cells.iter().any(|c| role(c) == Some(Role::Points))
    };
    let mut named: Vec<(&str, Role)> = cells
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((*c, role(c).or_else(|| done(i).then_some(Role::Result))?)))
        .collect();
    // an indicator's results of two years or more, each column named with its year (2022年完成值 |
    // 2023年目标值 | 2023年完成值): each result its year's column, as in a table of years side by
    // side, the targets holding their places for nothing; beside a form's points or scores, the
    // latest year's result alone the result, the earlier ones held for nothing
    let dated = |c: &str| {
        let t: String = c.chars().filter(|c| !c.is_whitespace()).collect();
        let b = t.as_bytes();
        (b.len() > 7 && b[..4].iter().all(u8::is_ascii_digit) && t[4..].starts_with('年'))
            .then(|| t[..4].parse::<i32>().ok().filter(|y| (2000..2050).contains(y)))
            .flatten()
    };
    let results: Vec<i32> = named.iter().filter(|(_, r)| *r == Role::Result).filter_map(|(c, _)| dated(c)).collect();
    if let Some(&latest) = results.iter().max().filter(|&&m| results.iter().any(|&y| y < m)) {
        let alone = named.iter().all(|(c, r)| match r {
            Role::Result => dated(c).is_some(),
            Role::Target | Role::Skip => true,
            _ => false,
        });
        for (c, r) in named.iter_mut() {
            match (*r, dated(c)) {
                (Role::Result, Some(y)) if alone => *r = Role::Year(y),
                (Role::Target, _) if alone => *r = Role::Skip,
                (Role::Result, Some(y)) if y < latest => *r = Role::Skip,
                _ => {}
            }
        }
    }
    // a table of years side by side names two years at least, and no other role (a year's
    // column name, 2021年, is then no value); a year beside other roles is read as before,
    // no role of its own
    // (a column of the change between the years, 增减 / 增减率, is read for nothing)
    let years = named.iter().filter(|(_, r)| matches!(r, Role::Year(_))).count();
    if years >= 2 && named.iter().all(|(_, r)| matches!(r, Role::Year(_) | Role::Skip)) {
        let values = cells.iter().filter(|c| is_value(c) && !matches!(role(c), Some(Role::Year(_)))).count();
        return (values == 0).then(|| named.into_iter().map(|(_, r)| r).collect());
    }
    named.retain(|(_, r)| !matches!(r, Role::Year(_)));
    // columns of money or staff each naming its year (经费控制情况 | 2021年决算数 | 2022年预算数 |
    // 2022年决算数, a 基础数据表's): an earlier year's beside the latest year's is last year's,
    // read for nothing — the latest year's columns are the year's own
    let year_of = |c: &str| leading_year(c.trim_ws());
    let money_or_staff = |r: Role| {
        matches!(r, Role::Budget | Role::BudgetInitial | Role::Actual | Role::Rate | Role::Quota | Role::Staff)
    };
    if let Some(latest) = named.iter().filter(|(_, r)| money_or_staff(*r)).filter_map(|(c, _)| year_of(c)).max() {
        for (c, r) in named.iter_mut() {
            if money_or_staff(*r) && year_of(c).is_some_and(|y| y < latest) {
                *r = Role::Skip;
            }
        }
    }
    // (a column name with its points in brackets, 分值（10分）, looks like a value and is none)
    let values =
        cells.iter().filter(|c| is_value(c) && points_in_brackets(c.trim_ws()).len() == c.trim_ws().len()).count();
    // (this year's column beside last year's is a header too: 本年数 / 上年数, 决算数 / 上年决算数)
    let current = named.iter().any(|(_, r)| matches!(r, Role::Current | Role::Actual | Role::Budget))
        && named.iter().any(|(_, r)| *r == Role::Skip);
    // (…and one column of money beside the rows' labels: 项目 | 决算数)
    let single = cells.len() == 2
        && named.len() == 1
        && matches!(named[0].1, Role::Actual | Role::Budget | Role::Current)
        && matches!(cells[0].trim_ws(), "项目" | "项目名称" | "科目名称" | "支出项目" | "收入项目" | "科目" | "内容");
    if !(named.iter().filter(|(_, r)| *r != Role::Skip).count() >= 2 || current || single) || values > 0 {
        return None;
    }
    // a first cell naming the funds in their unit (项目预算（万元）, 预算资金（万元）) over the rows'
    // labels, before columns of the budget's own stages (年初预算 / 全年预算 / 全年执行): a caption,
    // no column
    if named.len() >= 3
        && named[0].1 == Role::Budget
        && cells.first().is_some_and(|c| {
            std::ptr::eq(*c, named[0].0) && c.contains("万元") && (c.trim().starts_with("项目") || c.contains("资金"))
        })
        && named[1..].iter().any(|(_, r)| matches!(r, Role::Budget | Role::BudgetInitial))
    {
        named.remove(0);
    }
    // a first cell of the bare word 支出 over the rows' labels (支出 | 全年预算数 | 全年执行数 |
    // 执行率, its rows 本年支出合计, 基本支出 …, under 收入's table): their caption, as 项目 is, no
    // column of spending
    if named.len() >= 3
        && cells.first().is_some_and(|c| std::ptr::eq(*c, named[0].0) && matches!(c.trim_ws(), "支出" | "二、支出"))
        && named[1..].iter().any(|(_, r)| matches!(r, Role::Budget | Role::BudgetInitial))
        && named[1..].iter().any(|(_, r)| *r == Role::Actual)
    {
        named.remove(0);
    }
    // two full-year budgets: the approved one (批复预算数) beside the adjusted one (调整预算数,
    // 调整后预算数, 全年预算数) is what the year opened with
    let budgets = named.iter().filter(|(_, r)| *r == Role::Budget).count();
    // (a column of the year's adjustment — 年初预算数 | 调整预算数 | 全年预算数（A） —, beside the
    // full-year budget it adds up to, is the change, no budget: 50 + 14 = 64)
    let full_year = budgets >= 2 && named.iter().any(|(c, r)| *r == Role::Budget && c.contains("全年"));
    // an indicators' sheet with columns of words between its figures' (目标名称 | 目标值 | 评价指标
    // | 标准值 | 目标完成值 | 评价指标值 | 权重分值 | 评分规则 | 得分): each such column holds its
    // place among the row's cells (预算完成率, 查阅资料 under it), read for nothing, so that the
    // result is the cell under 目标完成值
    let has = |role: Role| named.iter().any(|(_, r)| *r == role);
    if has(Role::Target) && has(Role::Result) {
        let at = |c: &str| cells.iter().position(|x| std::ptr::eq(*x, c));
        if let (Some(first), Some(last)) = (at(named[0].0), at(named[named.len() - 1].0)) {
            // (the columns of a figure's sign and unit — 指标性质 ≥, 度量单位 人 — are joined to
            // their figure's cell in each row, and hold no place of their own)
            let joined = joined_column;
            let between = (first..=last)
                .filter(|&i| named.iter().all(|(c, _)| !std::ptr::eq(*c, cells[i])) && !joined(cells[i]))
                .count();
            if between > 0 && named.iter().all(|(c, _)| at(c).is_some()) {
                let mut with_words: Vec<(&str, Role)> = Vec::with_capacity(last - first + 1);
                for c in cells[first..=last].iter().filter(|c| !joined(c)) {
                    let r = named.iter().find(|(n, _)| std::ptr::eq(*n, *c)).map_or(Role::Skip, |(_, r)| *r);
                    with_words.push((c, r));
                }
                named = with_words;
            }
        }
    }
    Some(
        named
            .into_iter()
            .map(|(c, r)| {
                if budgets >= 2 && r == Role::Budget && approved(c) {
                    Role::BudgetInitial
                } else if full_year && r == Role::Budget && adjustment(c) {
                    Role::Skip
                } else {
                    r
                }
            })
            .collect(),
    )
}

/// The column of a figure's sign or unit (指标性质 ≥, 度量单位 人), joined to its figure's cell in
/// each row: no column of its own.
fn joined_column(c: &str) -> bool {
    matches!(c.trim_ws(), "指标性质" | "度量单位" | "计量单位" | "单位" | "指标方向" | "方向")
}

/// A budget column naming the year's adjustment (调整预算数, 预算调整数, 调整数), not the budget
/// after it (调整后预算数) nor the full year's.
fn adjustment(cell: &str) -> bool {
    cell.contains("调整") && !cell.contains("调整后") && !cell.contains("全年")
}

/// A budget column named as approved (批复预算数, 预算批复数, 批复数), not as adjusted.
fn approved(cell: &str) -> bool {
    cell.contains("批复") && !cell.contains("调整") && !cell.contains("全年")
}

/// Words that head a column of the 自评表 without being a value role.
const HEADER_WORDS: &[&str] = &[
    "一级指标",
    "二级指标",
    "三级指标",
    "指标名称",
    "评价指标",
    "项目",
    "项目资金",
    "资金来源",
    "偏差原因",
    "备注",
    "指标性质",
    "度量单位",
    "计量单位",
    "未完成原因",
    "原因",
    "评分标准",
    "年度预算数",
    "年度预算申请",
    // (what is left of the budget, and why points were taken off: 结余 beside 预算执行率)
    "结余",
    "结转结余",
    "差额",
    "扣分原因",
    "扣分说明",
    // (a target sheet's columns of words: the goal's name, the rule its points are given by)
    "目标名称",
    "评分规则",
];

/// Tables flattened with single spaces between cells (a web page's 自评表): a line of header
/// cells (年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分) and the rows under it
/// (年度资金总额: 80 86.5 84.2 10 97.34% 9.7) become tab-separated rows, until prose resumes.
pub fn respace(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let mut in_table = false;
    // the line of the header last put out, while it is the last line put out
    let mut header_line: Option<usize> = None;
    let mut out = Vec::with_capacity(lines.len());
    for (no, l) in lines {
        // a row of a sheet saved as comma-separated text (项目资金（万元）,年初预算数,全年预算数,…;
        // 年度资金总额,60.00,60.00,57.36,95.60%): its cells
        if super::chars::has_byte(&l, b',') {
            if let Some(row) = comma_row(&l) {
                out.push((no, row));
                continue;
            }
        }
        if !super::chars::has_byte(&l, b' ') || super::chars::has_byte(&l, b'\t') {
            // (a group's row of the indicators — 一、产出目标, numbered as a section is — goes on
            // with the table: the rows under it are its rows)
            in_table = in_table && (!ends_table(&l) || indicator_group(l.trim_ws()));
            out.push((no, l));
            continue;
        }
        // the rest of header cells wrapped onto a line of their own under them (pdftotext
        // -layout: 年初预算 / 数, 全年执行 / 数): nothing to read
        if in_table && l.split_whitespace().all(|t| HEADER_TAILS.contains(&t)) {
            // (…unless the line names columns of its own beside the pieces — （万元） 数 数 数 分值
            // （%） 得分 under 项目资金 年初预算 全年预算 全年执行 执行率 —: the header is then
            // the pieces joined to its names and those columns put in their places)
            if let Some(last) = out.last_mut().filter(|(n, _)| Some(*n) == header_line) {
                let toks: Vec<&str> = l.split_whitespace().collect();
                if let Some(cells) = tails_and_columns(&last.1.split('\t').collect::<Vec<_>>(), &toks) {
                    last.1 = cells.join("\t");
                }
            }
            continue;
        }
        // (a header of years side by side, 指标 2021年 2022年 2023年, or of fields over rows of
        // years, 年度 破获毒品刑事案件（起） 查获吸毒人员（人次）, names no word of money)
        let headerish = || {
            !l.contains('，')
                && !l.contains('。')
                && (HEADERISH.is_match(&l) || {
                    let toks: Vec<&str> = l.split_whitespace().collect();
                    toks.iter().filter(|t| matches!(role(t), Some(Role::Year(_)))).count() >= 2
                        || year_rows_header(&toks).is_some()
                        || places_header(&toks)
                        || place_header(&toks).is_some()
                })
        };
        // (a year's cell printed with a space before its 年 — 2021 年 21 118 260, a Word table
        // through pdftotext — is one cell: read apart, the row had a cell too many)
        let glued;
        let cells_of = if memchr::memmem::find(l.as_bytes(), " 年".as_bytes()).is_some() {
            glued = glue_year_cells(&l);
            glued.as_str()
        } else {
            l.as_str()
        };
        let toks: Vec<&str> = if in_table || headerish() { cells_of.split_whitespace().collect() } else { Vec::new() };
        // the parts of a name merged over two columns or more, on the line under the header
        // (预算数 执行数 over 年初 全年 全年; 指标值 over 年度 实际完成): each part named before
        // the name it stands under, as a Word table's second header row is read
        if in_table && toks.len() >= 2 {
            if let Some(last) = out.last_mut().filter(|(n, _)| Some(*n) == header_line) {
                if let Some(cells) = stage_parts(&last.1.split('\t').collect::<Vec<_>>(), &toks) {
                    last.1 = cells.join("\t");
                    continue;
                }
            }
        }
        if (2..=24).contains(&toks.len()) {
            if header(&toks).is_some()
                || year_rows_header(&toks).is_some()
                || places_header(&toks)
                || place_header(&toks).is_some()
            {
                in_table = true;
                header_line = Some(no);
                out.push((no, toks.join("\t")));
                continue;
            }
            if in_table && !l.contains('。') && toks.iter().filter(|t| is_valueish(t)).count() >= 1 {
                out.push((no, toks.join("\t")));
                continue;
            }
            // a form's row of label and value cells side by side, with no header above
            // (年初预算数  30  全年预算数  32  全年执行数  28.5): its cells, read pair by pair
            // (one pair alone — 自评得分  92 — when the cells are parted by two spaces or more)
            if !in_table
                && (label_value_pairs(&toks)
                    || toks.len() % 2 == 1 && group_label(toks[0]) && label_value_pairs(&toks[1..])
                    || toks.len() == 2
                        && l.trim_ws().contains("  ")
                        && label_value_pairs(&[toks[0], toks[1], toks[0], toks[1]]))
            {
                out.push((no, toks.join("\t")));
                continue;
            }
        }
        // the form's 总分 row after its prose cells (预期目标 / 实际完成情况 end the table):
        // 总分 100 93.5 is still a row of it
        // (…its label may end on a colon: 总分：  95.80 分)
        if let Some(rest) = l.trim_start().strip_prefix("总分") {
            let vals: Vec<&str> = rest.trim_start().trim_start_matches(['：', ':']).split_whitespace().collect();
            if (1..=3).contains(&vals.len()) && vals.iter().all(|t| is_valueish(t)) {
                out.push((no, std::iter::once("总分").chain(vals).collect::<Vec<_>>().join("\t")));
                continue;
            }
        }
        in_table = in_table && !ends_table(&l);
        out.push((no, l));
    }
    out
}

/// A line of comma-separated cells (a .csv sheet pasted as text): four cells or more, no
/// sentence punctuation or tab, and a cell of words among them — a sum written with thousands'
/// commas (1,254,318.60) is one figure, no row.
fn comma_row(l: &str) -> Option<String> {
    let t = l.trim();
    if t.contains(['，', '。', '；', '\t', '"']) {
        return None;
    }
    let cells: Vec<&str> = t.split(',').map(str::trim).collect();
    let words = cells.iter().filter(|c| c.chars().any(super::chars::is_han)).count();
    // (thousands' groups: three digits after a comma, digits before it)
    let thousands = cells.windows(2).any(|w| {
        w[0].ends_with(|c: char| c.is_ascii_digit())
            && w[1].len() >= 3
            && w[1].as_bytes()[..3].iter().all(u8::is_ascii_digit)
            && !w[1][3..].starts_with(|c: char| c.is_ascii_digit())
    });
    // (prose written with ASCII commas has clauses, not cells: each cell short, and figures in
    // two cells at least or a header's column names)
    let short = cells.iter().all(|c| c.chars().count() <= 20);
    let figures = cells.iter().filter(|c| is_value(c)).count();
    // (…and a row opens on its label: 破获12起,刑拘15人,… is a list of clauses)
    (cells.len() >= 4
        && words >= 1
        && !thousands
        && short
        && !is_value(cells[0])
        && (figures >= 2 || header(&cells).is_some()))
    .then(|| cells.join("\t"))
}

/// A header of fields over rows of years (年度 | 破获毒品刑事案件（起） | 查获吸毒人员（人次）): its
/// cells after the first, the rows' labels. None for any other row.
pub fn year_rows_header(cells: &[&str]) -> Option<Vec<String>> {
    let first: String = cells.first()?.chars().filter(|c| !c.is_whitespace()).collect();
    if !matches!(
        first.as_str(),
        "年度" | "年份" | "年" | "时间" | "年度/指标" | "年份/指标" | "指标/年度" | "项目/年度"
    ) {
        return None;
    }
    let labels: Vec<String> = cells[1..].iter().map(|c| c.trim_ws().to_string()).collect();
    let label = |t: &str| {
        let n = t.chars().count();
        (2..=24).contains(&n) && !t.contains(|c: char| c.is_ascii_digit()) && !t.contains(['，', '。', '；'])
    };
    (!labels.is_empty() && labels.iter().all(|t| label(t))).then_some(labels)
}

/// The header of a table of the year's parts in rows — months (月份 | 破获毒品刑事案件（起） | …) or
/// towns (乡镇 | 在册吸毒人员（人） | …) — with its 合计 row the whole's: the fields' labels, each a
/// name of no column role. None for any other header.
pub fn part_rows_header(cells: &[&str]) -> Option<Vec<String>> {
    let first = cells.first()?.trim_ws();
    if cells.len() < 3
        || !matches!(
            first,
            "月份"
                | "月"
                | "乡镇"
                | "乡（镇）"
                | "乡(镇)"
                | "乡镇（街道）"
                | "乡镇(街道)"
                | "镇（街道）"
                | "街道"
                | "辖区"
                | "派出所"
                | "社区"
        )
    {
        return None;
    }
    let labels: Vec<String> = cells[1..].iter().map(|c| c.trim_ws().to_string()).collect();
    (labels.len() >= 2 && labels.iter().all(|t| field_label(t))).then_some(labels)
}

/// A field's name over a column of a table of parts or of indicators turned over (破获毒品刑事案件
/// （起）, 在册吸毒人员（人）, 尿检人次): two to twenty-four characters, no digit or sentence mark, no
/// column role's name.
pub(crate) fn field_label(t: &str) -> bool {
    let n = t.chars().count();
    (2..=24).contains(&n)
        && !t.contains(|c: char| c.is_ascii_digit())
        && !t.contains(['，', '。', '；'])
        && role(t).is_none()
}

/// The header of an indicators' table turned over (指标 | 尿检人次 | 毛发检测人数 | 管控率, then rows
/// 年度指标值 | … and 实际完成值 | …): the indicators' names. None for any other header.
pub fn turned_header(cells: &[&str]) -> Option<Vec<String>> {
    let first = cells.first()?.trim_ws();
    if cells.len() < 3
        || !matches!(first, "指标" | "指标名称" | "绩效指标" | "三级指标" | "项目" | "指标/项目" | "项目/指标")
    {
        return None;
    }
    let labels: Vec<String> = cells[1..].iter().map(|c| c.trim_ws().to_string()).collect();
    let label = |t: &str| {
        field_label(t)
            && !HEADER_WORDS.contains(&t)
            && !STAT_OTHER.contains(&t)
            // (a spending table's parts as columns, 合计 | 基本支出 | 项目支出, are read elsewhere)
            && !["合计", "支出", "经费", "收入"].iter().any(|w| t.contains(w))
    };
    (labels.len() >= 2 && labels.iter().all(|t| label(t))).then_some(labels)
}

/// A final account's header of its income's and its spending's halves side by side (项目 | 行次 |
/// 金额 | 项目 | 行次 | 金额; 收入项目 | 金额 | 支出项目 | 金额): where the spending's half begins.
pub fn paired_header(cells: &[&str]) -> Option<usize> {
    // (cheap test first: two cells naming the rows' labels)
    let label =
        |c: &str| matches!(c.trim_ws(), "项目" | "收入项目" | "支出项目" | "项目（按功能分类）" | "项目(按功能分类)");
    if cells.len() < 4 || !label(cells[0]) {
        return None;
    }
    let k = (2..cells.len()).find(|&k| label(cells[k]))?;
    (header(&cells[..k]).is_some() && header(&cells[k..]).is_some() && !cells[0].contains("支出")).then_some(k)
}

/// Is a row's first cell the sum of a table of parts (合计, 总计, 全县, 全年)?
pub fn sum_row(cell: &str) -> bool {
    matches!(
        cell.trim_ws(),
        "合计" | "总计" | "全县" | "全区" | "全市" | "全旗" | "全年" | "全年合计" | "累计" | "合 计"
    )
}

/// Columns of a statistics sheet read for no figure: its numbering, notes, and a task's target
/// and share done beside what was done.
// (last year's column and the change beside this year's — 去年同期 | 同比增减 — are read for nothing)
const STAT_OTHER: &[&str] = &[
    "序号",
    "",
    "备注",
    "目标",
    "目标数",
    "目标任务",
    "任务数",
    "计划数",
    "完成率",
    "完成比例",
    "去年同期",
    "上年同期",
    "同期",
    "同期数",
    "同比",
    "同比增减",
    "同比增长",
    "同比增减幅度",
    "增减",
    "增减幅度",
    "增减率",
    "增减数",
    "比上年增减",
];

/// A statistics sheet's column of this year's figures so far named by its months alone (1-6月,
/// 1至9月, 1-6月份, 上半年, 前三季度): the months, as a clause names them (1-6月).
pub fn months_column(cell: &str) -> Option<(u32, u32)> {
    // (cheap test first: this runs over the cells of every table row)
    if cell.len() > 40 || !cell.contains(['月', '半', '季']) {
        return None;
    }
    let c: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    let c = c.strip_suffix("累计").unwrap_or(&c);
    months_of(c).filter(|(_, rest)| rest.is_empty()).map(|(m, _)| m)
}

/// The columns of a statistics sheet's header (序号 | 项目 | 单位 | 数量; 指标名称 | 计量单位 | 完成数):
/// the label's column, the value's, and the counter's when it has one. A header of no other
/// column's name: the row's label, its counter and its one figure.
pub fn stat_columns(cells: &[&str]) -> Option<(usize, usize, Option<usize>)> {
    // (this runs over every table row: a cell is compared to the words, its blanks skipped, with
    // no copy of it; the figure's column first, which most rows lack)
    // (each cell trimmed once, and whether blanks stand inside it; a cell as long as a word is
    // compared byte for byte, only a longer one with blanks walked character by character)
    let cells: Vec<(&str, bool)> = cells
        .iter()
        .map(|c| {
            let t = c.trim_ws();
            (t, t.len() > 3 && t.contains(char::is_whitespace))
        })
        .collect();
    let is = |&(t, blanks): &(&str, bool), word: &str| {
        t.len() == word.len() && t == word
            || blanks && t.len() > word.len() && t.chars().filter(|c| !c.is_whitespace()).eq(word.chars())
    };
    let at = |words: &[&str]| cells.iter().position(|c| words.iter().any(|w| is(c, w)));
    // (a sheet of a year's tasks, 指标 | 目标 | 完成 | 完成率: the done column the value, the
    // target's and the share's passed over)
    // (this year's column named as such — 本年累计 (本年数 beside 上年数 is a header's, of money) —
    // or by its months so far, 1-6月)
    let value = at(&[
        "数量",
        "数值",
        "数据",
        "完成数",
        "完成数量",
        "实际完成",
        "实际完成数",
        "统计数",
        "合计",
        "完成",
        "本年累计",
        "今年累计",
        "全年完成",
        "年度完成",
    ])
    .or_else(|| cells.iter().position(|c| months_column(c.0).is_some()))
    // (…or by its year beside last year's column, 2023年 | 上年同期: the one year the header names)
    .or_else(|| {
        let mut years = (0..cells.len()).filter(|&i| row_year(cells[i].0).is_some());
        let last_year = cells.iter().any(|c| c.0.starts_with("上年") || c.0.starts_with("去年"));
        years.next().filter(|_| last_year && years.next().is_none())
    })?;
    let label = at(&["项目", "指标", "项目名称", "指标名称", "名称", "内容", "类别", "工作项目", "统计项目"])?;
    let unit = at(&["单位", "计量单位"]);
    let known = |i: usize| i == label || i == value || Some(i) == unit || STAT_OTHER.iter().any(|w| is(&cells[i], w));
    (label < value && (0..cells.len()).all(known)).then_some((label, value, unit))
}

/// The year a row of a table of years opens with (2021年, 2022年度, 2023): None for any other
/// first cell.
pub fn row_year(cell: &str) -> Option<i32> {
    let t = cell.trim_ws();
    let t = t.strip_suffix("年度").or_else(|| t.strip_suffix('年')).unwrap_or(t);
    (t.len() == 4).then(|| t.parse::<i32>().ok()).flatten().filter(|y| (2000..2050).contains(y))
}

/// Are `toks` two or more pairs of a label (2–20 characters, no digits, no punctuation) and
/// its value (a figure)?
/// A cell naming a group of the pairs after it (年度资金总额：, 项目资金（万元）): a label ending on a
/// colon or naming a unit of money in parentheses.
pub fn group_label(cell: &str) -> bool {
    let t = cell.trim_ws();
    let bare = t.trim_end_matches(['：', ':']);
    let n = bare.chars().count();
    (2..=20).contains(&n)
        && !bare.contains(|c: char| c.is_ascii_digit())
        && !bare.contains(['，', '。', '；', '：', ':'])
        && (bare.len() < t.len() || money_scale(t).is_some() || wan_in_brackets(t))
}

/// A label ending on 万元 in brackets (预算执行情况（万元）, 项目资金(万元)): the unit of the figures
/// it groups, which `money_scale` leaves unsaid (万元 is every text's unit unless one says
/// otherwise).
fn wan_in_brackets(t: &str) -> bool {
    ["（万元）", "(万元)", "（单位：万元）", "(单位:万元)"].iter().any(|w| t.ends_with(w))
}

fn label_value_pairs(toks: &[&str]) -> bool {
    let label = |t: &str| {
        let n = t.chars().count();
        (2..=20).contains(&n)
            && !t.contains(|c: char| c.is_ascii_digit())
            && !t.contains(['，', '。', '；', '：', ':', '、'])
    };
    toks.len() >= 4
        && toks.len().is_multiple_of(2)
        && toks.chunks(2).all(|p| label(p[0]) && is_value(p[1]) && p[1].contains(|c: char| c.is_ascii_digit()))
}

/// A header's names (`head`) with the line under it of their wrapped pieces and of columns of
/// its own (`toks`: （万元） 数 数 数 分值 （%） 得分): each piece joined to the next name it
/// completes (年初预算 → 年初预算数; a unit in brackets to the next name), each column of its own
/// put in before the names not yet completed. None when the line names no column of its own, or
/// a piece completes no name.
fn tails_and_columns(head: &[&str], toks: &[&str]) -> Option<Vec<String>> {
    let own = |t: &str| role(t).is_some();
    if !toks.iter().any(|t| own(t)) || toks.iter().all(|t| own(t)) {
        return None;
    }
    let bracketed = |t: &str| t.starts_with(['（', '(']) && t.ends_with(['）', ')']);
    let mut cells: Vec<String> = head.iter().map(|c| c.to_string()).collect();
    // (the first name not yet completed)
    let mut i = 0;
    for t in toks {
        if own(t) {
            cells.insert(i, t.to_string());
            i += 1;
            continue;
        }
        let j = (i..cells.len()).find(|&j| bracketed(t) || role(&format!("{}{t}", cells[j])).is_some())?;
        cells[j].push_str(t);
        i = j + 1;
    }
    (cells.iter().filter(|c| role(c).is_some()).count() > head.iter().filter(|c| role(c).is_some()).count())
        .then_some(cells)
}

/// A header's names (`head`) with the parts of its merged names on the line under it (`toks`:
/// 年初 全年 全年 under 预算数 执行数): each part joins the name of a stage of money or of an
/// indicator's figure (预算数, 执行数, 指标值) it stands under, named before it (年初预算数,
/// 全年预算数); a part already under a name moves on to the next (全年 again: 全年执行数), and as
/// many parts as names stand one under each (调整后 本年 under 预算数 决算数). With
/// spaces between the cells nothing says how many columns a name spans, and this reads them in
/// order. None when a piece is a figure, when every piece is a column's own name, or when a part
/// makes no column's name.
fn stage_parts(head: &[&str], toks: &[&str]) -> Option<Vec<String>> {
    // (a part may name a role alone — 实际完成 under 指标值 —, not every one: that is a header)
    if toks.iter().any(|t| is_value(t) || t.chars().count() > 6) || toks.iter().all(|t| role(t).is_some()) {
        return None;
    }
    let mergeable = |c: &str| {
        matches!(role(c), Some(Role::Budget | Role::BudgetInitial | Role::Actual | Role::Target | Role::Result))
    };
    let mut parts: Vec<Vec<String>> = vec![Vec::new(); head.len()];
    let mut c = head.iter().position(|h| mergeable(h))?;
    // (as many parts as names: one under each)
    let one_each = head.iter().filter(|h| mergeable(h)).count() == toks.len();
    for (i, t) in toks.iter().enumerate() {
        if one_each && i > 0 {
            c = (c + 1..head.len()).find(|&k| mergeable(head[k]))?;
        }
        loop {
            let name = format!("{t}{}", head[c].trim_ws());
            if !parts[c].contains(&name) {
                role(&name)?;
                parts[c].push(name);
                break;
            }
            c = (c + 1..head.len()).find(|&k| mergeable(head[k]))?;
        }
    }
    let mut cells: Vec<String> = Vec::with_capacity(head.len() + toks.len());
    for (h, p) in head.iter().zip(parts) {
        if p.is_empty() {
            cells.push(h.to_string());
        } else {
            cells.extend(p);
        }
    }
    let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
    let named = |cs: &[&str]| cs.iter().filter(|c| role(c).is_some()).count();
    (header(&refs).is_some() && named(&refs) >= named(head)).then_some(cells)
}

/// What a header cell's last characters may be when it wraps onto a line of its own.
const HEADER_TAILS: &[&str] = &[
    "数",
    "额",
    "金额",
    "值",
    "率",
    "元",
    "万元",
    "(万元)",
    "（万元）",
    "(A)",
    "(B)",
    "(C)",
    "（A）",
    "（B）",
    "（C）",
    "(B/A)",
    "（B/A）",
    "(%)",
    "（%）",
    "分",
    "分值",
    "得分",
];

/// Words one of which every header row holds (a cheap test before reading cells' roles).
static HEADERISH: crate::extract::re::Re = crate::extract::re::Re::new(|| {
    regex::Regex::new("预算|执行|得分|分值|权重|指标值|完成|决算|支出|编制|目标|实际").unwrap()
});

/// Prose or a numbered heading: a space-flattened table has ended.
fn ends_table(l: &str) -> bool {
    let t = l.trim_start();
    // 一、 / （一） / 1、 open a section (cells never start so)
    let numbered = t.chars().take(4).collect::<String>().contains('、')
        || (t.starts_with('（') || t.starts_with('('))
            && t.chars().nth(1).is_some_and(|c| "一二三四五六七八九十".contains(c));
    (l.contains('。') && l.chars().count() > 30) || numbered
}

/// A column's unit on a line of its own, as a header cell wraps: （万元）, (元), （%）.
fn unit_line(t: &str) -> bool {
    let b = t.as_bytes();
    // (one byte first: an opening bracket, ( or the lead byte of （)
    if b.len() > 14 || !matches!(b.first(), Some(b'(') | Some(0xEF)) {
        return false;
    }
    let inner = t.strip_prefix(['（', '(']).and_then(|s| s.strip_suffix(['）', ')']));
    inner.is_some_and(|u| matches!(u.trim_ws(), "万元" | "元" | "千元" | "%" | "％"))
}

/// Header cells one a line, each unit line joined to the name above it (预算数 / （万元） →
/// 预算数（万元）).
fn header_cells(lines: &[(usize, String)]) -> Vec<String> {
    let mut cells: Vec<String> = Vec::with_capacity(lines.len());
    for l in lines {
        let t = l.1.trim_ws();
        match cells.last_mut() {
            Some(last) if unit_line(t) => last.push_str(t),
            _ => cells.push(t.to_string()),
        }
    }
    cells
}

/// A form's column name that pairs with the value on the line after it, when a row is laid
/// out one cell per line with no header: money (全年预算数, 全年执行数, 执行率) or an
/// indicator's target and result (目标值, 实际完成值).
fn pair_name(t: &str) -> bool {
    use Role::*;
    t.len() <= 36 && matches!(role(t), Some(Budget | BudgetInitial | Actual | Rate | Target | Result))
}

/// From `i`: a label line, then two pairs or more of a column name (its unit line joined to it)
/// and a value line. Gives the header of the names, the row of the label and values, and the
/// line after them.
fn named_pairs(lines: &[(usize, String)], i: usize, cellish: impl Fn(&str) -> bool) -> Option<(String, String, usize)> {
    let cell = |k: usize| lines.get(k).map(|l| l.1.trim_ws()).filter(|t| cellish(t));
    // (cheap tests first: this looks at most lines of a text; the value is two or three lines
    // on, a short line — its length before the cell tests)
    let v = lines.get(i + 2).map(|l| l.1.trim_ws()).filter(|v| v.len() <= 40)?;
    if !(is_value(v) || unit_line(v) && cell(i + 3).is_some_and(is_value)) || !cellish(v) {
        return None;
    }
    let label = cell(i)?;
    if is_valueish(label) || role(label).is_some() || ends_table(label) || !pair_name(cell(i + 1)?) {
        return None;
    }
    let (mut names, mut values) = (Vec::new(), vec![label.to_string()]);
    let mut k = i + 1;
    while let Some(n) = cell(k).filter(|t| pair_name(t)) {
        let mut name = n.to_string();
        let mut at = k + 1;
        if let Some(u) = cell(at).filter(|t| unit_line(t)) {
            name.push_str(u);
            at += 1;
        }
        let Some(v) = cell(at).filter(|t| is_value(t)) else { break };
        names.push(name);
        values.push(v.to_string());
        k = at + 1;
    }
    (names.len() >= 2).then(|| (names.join("\t"), values.join("\t"), k))
}

/// A pair's column name in a row of one line, and the header cell it stands for: a form's
/// column name as it is (目标值, 全年执行数), or its short form (目标, 完成; 预算, 支出, 年初, 调整后)
/// as the column it is short for. `indicator`: the target's or the result's.
fn short_name(t: &str) -> Option<(&str, bool)> {
    use Role::*;
    if t.len() > 36 {
        return None;
    }
    Some(match t.trim_end_matches(['：', ':']) {
        "目标" | "目标数" | "计划" => ("目标值", true),
        "完成" | "完成数" | "实际" => ("完成值", true),
        "预算" => ("预算数", false),
        "支出" | "执行" => ("执行数", false),
        "年初" => ("年初预算数", false),
        "调整后" => ("调整后预算数", false),
        n => match role(n)? {
            Target | Result => (n, true),
            Budget | BudgetInitial | Actual | Rate => (n, false),
            _ => return None,
        },
    })
}

/// A cell of a pair's column name and its value together (目标≥30人次, 完成 36人次): the name
/// (as [`short_name`] gives it) and the value, from the first figure or sign on.
fn name_before_value(c: &str) -> Option<((&str, bool), &str)> {
    let at = c.find(|ch: char| ch.is_ascii_digit() || "≥≤<>=".contains(ch))?;
    Some((short_name(c[..at].trim_ws())?, c[at..].trim_ws()))
}

/// A part of spending a row may be labelled by (其中：基本支出, 项目支出, 人员经费, 公用经费).
fn spending_part(t: &str) -> bool {
    ["基本支出", "项目支出", "人员经费", "公用经费", "人员支出", "公用支出"].iter().any(|w| t.contains(w))
}

/// A row of one line (cells apart by tabs): a label, then two pairs or more of a column's name
/// and its value — the value with its unit in a cell of its own (目标 | 30 | 人次), or the name
/// and value in one cell (目标≥30人次, 完成 36人次). Gives the header of the names and the row of
/// the label and values. Only a row of an indicator (target and result), or of a part of
/// spending: a row of money pairs under a caption (年度资金总额：| 年初预算数 | 30 | …) is read
/// as its pairs where it stands.
fn named_pairs_row(line: &str) -> Option<(String, String)> {
    if line.len() > 240 {
        return None;
    }
    let mut raw: Vec<&str> = line.split('\t').map(|c| c.trim_ws()).filter(|c| !c.is_empty()).collect();
    // (an indicator's kind before its name — 数量指标 | 尿检 | 目标≥2000人次 | … — is no part of
    // the row's label)
    if raw.len() >= 4 && indicator_kind(raw[0]) && short_name(raw[1]).is_none() && name_before_value(raw[1]).is_none() {
        raw.remove(0);
    }
    // (cheap test first: every row of a table with tabs comes here; the cell after the label
    // must be a pair's name, alone or before its value)
    if raw.len() < 3 || short_name(raw[1]).is_none() && name_before_value(raw[1]).is_none() {
        return None;
    }
    let merged = merge_sign_and_unit(&raw);
    let label = merged[0].as_str();
    if is_valueish(label) || role(label).is_some() || ends_table(label) || label.chars().count() > 20 {
        return None;
    }
    let (mut names, mut values, mut indicator) = (Vec::new(), vec![label.to_string()], None);
    let mut k = 1;
    while k < merged.len() {
        let c = merged[k].as_str();
        // (the points after the pairs — 得分15/15, 分值 10, 权重20% — are no pair of the row)
        if names.len() >= 2 && score_cell(c) {
            break;
        }
        // (the name and its value in one cell: the words before the first figure or sign)
        let (name, value, next) = match short_name(c) {
            Some(n) => (n, merged.get(k + 1).map(String::as_str)?, k + 2),
            None => {
                let (n, v) = name_before_value(c)?;
                (n, v, k + 1)
            }
        };
        if !is_value(value) || indicator.is_some_and(|i| i != name.1) {
            return None;
        }
        indicator = Some(name.1);
        names.push(name.0);
        values.push(value.to_string());
        k = next;
    }
    (names.len() >= 2 && (indicator == Some(true) || spending_part(label)))
        .then(|| (names.join("\t"), values.join("\t")))
}

/// An indicator's kind, written in a cell before its name in a form's row (一级/二级指标: 产出指标,
/// 数量指标, 社会效益指标, 满意度, 预算执行).
fn indicator_kind(t: &str) -> bool {
    let t = t.trim_end_matches(['：', ':']);
    t.chars().count() <= 8
        && (t.ends_with("指标") || t.ends_with("效益") || ["满意度", "预算执行", "产出", "效果"].contains(&t))
}

/// A cell of a row's points, alone or with its figure (得分, 得分15/15, 分值：10, 权重20%).
fn score_cell(c: &str) -> bool {
    ["得分", "分值", "权重", "评分"].iter().any(|w| {
        c.strip_prefix(w).is_some_and(|r| {
            r.trim_start_matches(['：', ':', ' ']).chars().all(|ch| ch.is_ascii_digit() || "./%（）()分".contains(ch))
        })
    })
}

/// A line of clauses parted by semicolons, each a row's label and its named values apart by
/// spaces (其中 基本支出 全年预算 386.50 全年执行 386.12；项目支出 全年预算 700.00 全年执行
/// 666.61; 破获毒品刑事案件 目标≥40起 完成 44起；查处吸毒人员 目标≥120人次 完成 131人次): each
/// such clause a header and a row (the words before the first name its label), any other clause
/// a line of its own. None unless a clause is such a row.
fn semicolon_rows(line: &str) -> Option<Vec<String>> {
    // (byte searches first: most lines hold no semicolon, or no space)
    static SEMI: super::re::Word = super::re::Word::new("；");
    if line.len() > 360 || !super::chars::has_byte(line, b' ') || SEMI.find(line).is_none() || line.contains('。') {
        return None;
    }
    let clauses: Vec<&str> = line.trim_ws().trim_end_matches('；').split('；').map(|c| c.trim_ws()).collect();
    if clauses.len() < 2
        || clauses.iter().any(|c| c.chars().count() > 48 || !c.contains(|ch: char| ch.is_ascii_digit()))
    {
        return None;
    }
    let mut out = Vec::new();
    let mut any = false;
    for c in clauses {
        let cells: Vec<&str> = c.split_whitespace().collect();
        let first_name = cells.iter().position(|t| short_name(t).is_some() || name_before_value(t).is_some());
        let row = first_name.filter(|&n| n > 0).and_then(|n| {
            let label: String = cells[..n].concat();
            let rest = cells[n..].join("\t");
            named_pairs_row(&format!("{label}\t{rest}"))
        });
        match row {
            Some((head, row)) => {
                any = true;
                out.push(head);
                out.push(row);
            }
            None => out.push(c.to_string()),
        }
    }
    any.then_some(out)
}

/// A caption of a form's indicators on a line of its own: 绩效指标, 产出指标, 年度绩效指标.
fn indicators_caption(t: &str) -> bool {
    // (one look at the line's end first: most lines are no caption)
    t.ends_with("指标") && t.len() <= 24 && !t.contains(|c: char| c.is_ascii_digit())
}

/// From `i`: an indicators' caption (绩效指标, 产出指标, 年度绩效指标) on a line of its own, then
/// rows of an indicator's name and two value lines with no column names (尿检人次 / 2800 /
/// 3126), one cell a line: the form's two columns of figures beside an indicator are its
/// target (年度指标值) and what was done (实际完成值), in that order, as in every MoF form — the
/// header is read so. Gives the rows (at their names' lines) and the line after them; none
/// unless a row follows the caption.
fn unnamed_indicator_rows(
    lines: &[(usize, String)],
    i: usize,
    cellish: impl Fn(&str) -> bool,
) -> Option<(Vec<(usize, String)>, usize)> {
    if !indicators_caption(lines[i].1.trim_ws()) {
        return None;
    }
    let cell = |k: usize| lines.get(k).map(|l| l.1.trim_ws()).filter(|t| cellish(t));
    let mut rows = Vec::new();
    let mut k = i + 1;
    while let (Some(name), Some(a), Some(b)) = (cell(k), cell(k + 1), cell(k + 2)) {
        let named = !is_valueish(name) && role(name).is_none() && !ends_table(name) && name.chars().count() >= 2;
        // (exactly two values: a third is a column the header does not know)
        if !named || !is_value(a) || !is_value(b) || cell(k + 3).is_some_and(is_valueish) {
            break;
        }
        rows.push((lines[k].0, format!("{name}\t{a}\t{b}")));
        k += 3;
    }
    (!rows.is_empty()).then_some((rows, k))
}

/// From `i`: a caption ending on its colon and naming a money unit other than 万元 (项目资金（元）：,
/// 资金情况（单位：元）：, 预算安排（千元）：), then two lines or more of a money column's name, its colon
/// and a bare sum. Gives the line after the sums.
fn unit_caption_pairs(lines: &[(usize, String)], i: usize) -> Option<usize> {
    // (cheap tests first: this runs on every line)
    let cap = lines[i].1.trim_ws();
    let colon = cap.ends_with(['：', ':']);
    if cap.len() > 72 || !colon && !cap.contains("单位") {
        return None;
    }
    if !colon && !unit_statement(cap)
        || cap.contains(|c: char| c.is_ascii_digit())
        || !matches!(money_scale(cap), Some(f) if f != 1.0)
    {
        return None;
    }
    let sum = |l: &(usize, String)| {
        let (label, value) = l.1.trim_ws().split_once(['：', ':'])?;
        let (label, value) = (label.trim_ws(), value.trim_ws());
        let bare = !value.is_empty() && value.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
        (bare
            && label.chars().count() <= 12
            && !label.contains('元')
            && matches!(role(label), Some(Role::Budget | Role::BudgetInitial | Role::Actual)))
        .then_some(())
    };
    let n = lines[i + 1..].iter().take_while(|l| sum(l).is_some()).count();
    (n >= 2).then_some(i + 1 + n)
}

/// A form's title repeated at the top of a later page (a page header of a PDF or of a printed
/// Word table): the line of a title (a short line naming a 表) that stands earlier in the text
/// word for word, and that is followed by 续表 or by a column's name of the table going on
/// (一级指标, 指标值, 年初预算数 …). It is dropped: it parts no form from another. A title repeated
/// over a form's own labels (项目名称 …) is the next form's, and stays.
fn drop_page_headers(lines: &mut Vec<(usize, String)>) {
    // (cheap test first: a title is short, and most texts name no 表 twice)
    let title = |t: &str| t.len() <= 120 && t.contains('表') && t.chars().count() <= 40 && !t.contains('\t');
    if lines.iter().filter(|l| title(l.1.trim_ws())).count() < 2 {
        return;
    }
    let mut seen: Vec<&str> = Vec::new();
    let mut drop = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        let t = l.1.trim_ws();
        if !title(t) {
            continue;
        }
        let next = lines.get(k + 1).map_or("", |l| l.1.trim_ws());
        let goes_on = matches!(next.trim_matches(['（', '）', '(', ')', ' ']), "续表" | "续")
            || !next.contains('\t') && (role(next).is_some() || HEADER_WORDS.iter().any(|w| next.starts_with(w)));
        if seen.contains(&t) && goes_on && !next.starts_with("项目名称") {
            drop.push(k);
        } else {
            seen.push(t);
        }
    }
    for k in drop.into_iter().rev() {
        lines.remove(k);
    }
}

/// A line that states a money unit and nothing else (单位：元, 金额单位：千元, （单位：元）, 资金单位：元).
fn unit_statement(t: &str) -> bool {
    let t = t.trim_matches(['（', '）', '(', ')', ' ']);
    let rest = ["金额单位", "资金单位", "单位"].iter().find_map(|w| t.strip_prefix(w));
    rest.is_some_and(|r| matches!(r.trim_start_matches(['：', ':', ' ']), "元" | "千元" | "万元" | "亿元"))
}

/// Rows of a table put back together or apart where a flattening left them otherwise.
///
/// A header's names stacked over two or three lines of cells (a Word table's header cells of two
/// or three lines, saved as text: 项目资金 | 年初 | 全年 | 全年 | 分值 | 执行率 | 得分, under it
/// (blank) | 预算数 | 预算数 | 执行数, and (blank) | （万元） | （万元）| （万元）): each column's
/// pieces joined, top to bottom, into one header row (年初预算数（万元）). A line under the header
/// is such a piece when its first cell is blank and none holds a figure, and when joining it names
/// more columns than the header alone did, or only states their unit.
///
/// (In the same pass, a caption of the “三公” costs' table and the line of its money unit under
/// it — 表2 “三公”经费支出情况表 / 金额单位：元 — become one line, so that the caption stays the
/// one right above the table's header, as a caption stating its unit is.)
pub fn rejoin_rows(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let words = TableWords::of(&lines.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>().join("\n"));
    let lines = if words.sangong { turn_sangong_across(lines) } else { lines };
    // (a city's table of its counties as columns, turned back into rows of places first: a Word
    // table's empty corner would have its row stacked onto the line above)
    let lines = if words.places { turn_place_columns(lines) } else { lines };
    let lines = part_side_by_side(lines);
    let lines = turn_stage_rows(lines);
    let lines = if words.parts { turn_part_columns(lines) } else { lines };
    let mut out: Vec<(usize, String)> = Vec::with_capacity(lines.len());
    let mut lines = lines.into_iter().peekable();
    while let Some((no, l)) = lines.next() {
        // a group's name wrapped in a narrow column of a PDF (一、产 over 出目标) after a row of the
        // table: one line again, a group's row when the table goes on under it
        // (cheap tests first: a short line with no tab, a tabbed line above)
        let whole = (l.len() <= 16
            && memchr::memchr(b'\t', l.as_bytes()).is_none()
            && out.last().is_some_and(|(_, above)| above.contains('\t'))
            && group_piece(l.trim_ws()))
        .then(|| lines.peek().map(|(_, next)| format!("{}{}", l.trim_ws(), next.trim_ws())))
        .flatten()
        .filter(|g| indicator_group(g));
        let l = match whole {
            Some(g) => {
                lines.next();
                g
            }
            None => l,
        };
        // a group's row of an indicators' table whose empty cells were lost with its bars (|
        // 一、产出目标 | | | |, left as 一、产出目标) between two of the table's rows: a row still,
        // so that the table goes on under its header
        // (cheap tests first: a short line with no tab, a tabbed line above and below)
        if l.len() <= 36
            && memchr::memchr(b'\t', l.as_bytes()).is_none()
            && out.last().is_some_and(|(_, above)| above.contains('\t'))
            && lines.peek().is_some_and(|(_, next)| next.contains('\t'))
            && (indicator_group(l.trim_ws()) || funds_group(l.trim_ws()))
        {
            // (as many empty cells as the row above has after its first)
            let cells = out.last().map_or(1, |(_, above)| above.matches('\t').count());
            out.push((no, format!("{}{}", l.trim_ws(), "\t".repeat(cells))));
            continue;
        }
        // (cheap tests first: a short line naming a unit)
        if l.len() <= 48 && l.contains("单位") && unit_statement(l.trim_ws()) {
            if let Some((_, cap)) = out.last_mut().filter(|(_, c)| sangong_caption(c)) {
                let unit = l.trim_ws().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
                *cap = format!("{}（{unit}）", cap.trim_ws());
                continue;
            }
        }
        // a form's row opening on the unit's or project's name and going on in pairs of a label
        // and its figure (部门名称 | 某县禁毒办 | 编制人数 | 10 | 实有人数 | 9): the name's pair a row
        // of its own, the pairs another, read as pairs
        // (cheap test first: a row whose first cell ends on 名称 — its first tab found by memchr)
        if memchr::memchr(b'\t', l.as_bytes()).is_some_and(|t| l[..t].ends_with("名称")) {
            if let Some(at) = name_then_pairs(&l) {
                let (name, pairs) = l.split_at(at);
                out.push((no, name.to_string()));
                out.push((no, pairs[1..].to_string()));
                continue;
            }
        }
        // (cheap test first: a line opening on a blank cell)
        if l.starts_with('\t') {
            if let Some(joined) = out.last().and_then(|(_, above)| stacked(above, &l)) {
                out.last_mut().expect("a line above").1 = joined;
                continue;
            }
        }
        out.push((no, l));
    }
    let mut out = if words.request { request_parts(out) } else { out };
    out = name_and_stage_pairs(out);
    if words.yuan {
        carry_form_unit(&mut out);
    }
    out
}

/// A group of an indicators' table, numbered or not (一、产出目标, （二）效益指标, 产出指标, 满意度
/// 指标): its kind of goal, no figure.
fn indicator_group(t: &str) -> bool {
    INDICATOR_GROUPS.contains(&unnumbered(t))
}

/// The kinds of goal an indicators' table groups its rows by.
const INDICATOR_GROUPS: [&str; 14] = [
    "投入目标",
    "产出目标",
    "效果目标",
    "效益目标",
    "满意度目标",
    "管理目标",
    "投入指标",
    "产出指标",
    "效益指标",
    "效果指标",
    "满意度指标",
    "过程指标",
    "决策指标",
    "管理指标",
];

/// A group's name without its number (一、产出目标 → 产出目标, （二）效益指标 → 效益指标).
fn unnumbered(t: &str) -> &str {
    t.trim_start_matches(|c: char| "一二三四五六七八九十、（）()．.0123456789 ".contains(c))
}

/// A line's years with a space before their 年 or 年度 (2021 年, 2022 年度) written without it,
/// where the 年 ends its word: a table's year cell, as the other rows write it.
fn glue_year_cells(l: &str) -> String {
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(i) = rest.find(" 年") {
        let before = &rest[..i];
        let b = before.as_bytes();
        let year = b.len() >= 4 && {
            let y = &b[b.len() - 4..];
            y.iter().all(u8::is_ascii_digit)
                && (y.starts_with(b"19") || y.starts_with(b"20"))
                && !(b.len() > 4 && b[b.len() - 5].is_ascii_digit())
        };
        let after = &rest[i + " 年".len()..];
        let after = after.strip_prefix('度').unwrap_or(after);
        let ends = after.chars().next().is_none_or(char::is_whitespace);
        out.push_str(before);
        if !(year && ends) {
            out.push(' ');
        }
        out.push('年');
        rest = &rest[i + " 年".len()..];
    }
    out.push_str(rest);
    out
}

/// A piece of a group's name wrapped in a narrow column (一、产 over 出目标, 二、效 over 果指标, as
/// pdftotext lays out a PDF's target sheet): up to three characters that open or close a
/// group's name, numbered or not.
fn group_piece(t: &str) -> bool {
    let t = unnumbered(t);
    !t.is_empty()
        && t.chars().count() <= 3
        && INDICATOR_GROUPS.iter().any(|g| *g != t && (g.starts_with(t) || g.ends_with(t)))
}

/// A line of three or four dashes (or equals signs) alone: a rule typed between a table's rows.
fn short_rule(l: &str) -> bool {
    let t = l.trim_ws();
    (3..=4).contains(&t.len()) && (t.bytes().all(|b| b == b'-') || t.bytes().all(|b| b == b'='))
}

/// The rows of a target sheet laid out one cell per line under its header (`head`, the lines
/// before `j`) when the header has columns of words between its figures' (目标名称 / 目标值 /
/// 评价指标 / 标准值 / 目标完成值 / 评价指标值 / 权重分值 / 评分规则 / 得分): a row's cells of
/// words stand where a form's row has its values, so a row is told by its width — as many cells
/// as the header has columns, its name first, a figure under the target and under the result —
/// not by where its labels end. A group's line (一、产出目标) is a row of its own; the total's
/// (合计, 总分) takes its figures into the columns of the points and the score. None when the
/// header has no such columns or no row follows it; the rows end at the first line that fits
/// none of these.
fn word_column_rows(
    lines: &[(usize, String)],
    j: usize,
    head: &[String],
    cellish: impl Fn(&str) -> bool,
) -> Option<(Vec<(usize, String)>, usize)> {
    let roles: Vec<Option<Role>> = head.iter().map(|c| role(c)).collect();
    let at = |r: Role| roles.iter().position(|x| *x == Some(r));
    let (tgt, res) = (at(Role::Target)?, at(Role::Result)?);
    let first = roles.iter().position(Option::is_some)?;
    let last = roles.iter().rposition(Option::is_some)?;
    // (a column of words between the first figure's and the last's, and a name before them; a
    // figure's sign or unit column is joined to the figure, no column of words)
    if first == 0 || !(first..=last).any(|i| roles[i].is_none() && !joined_column(&head[i])) {
        return None;
    }
    let refs: Vec<&str> = head.iter().map(String::as_str).collect();
    header(&refs)?;
    let n = head.len();
    let cell = |k: usize| lines.get(k).map(|l| l.1.trim_ws()).filter(|t| cellish(t));
    let mut rows = Vec::new();
    let mut k = j;
    while let Some(c) = cell(k) {
        if indicator_group(c) || funds_group(c) {
            rows.push((lines[k].0, format!("{c}{}", "\t".repeat(n - 1))));
            k += 1;
            continue;
        }
        if is_total_label(c) {
            let vals: Vec<&str> = (k + 1..).map_while(|m| cell(m).filter(|t| is_value(t))).take(3).collect();
            let mut row = vec![""; n];
            row[0] = c;
            match (vals.as_slice(), at(Role::Points), at(Role::Score)) {
                ([pts, score], Some(p), Some(s)) => (row[p], row[s]) = (pts, score),
                ([score], _, Some(s)) => row[s] = score,
                _ => break,
            }
            rows.push((lines[k].0, row.join("\t")));
            k += 1 + vals.len();
            continue;
        }
        let Some(cells) = (k..k + n).map(cell).collect::<Option<Vec<&str>>>() else { break };
        if is_valueish(cells[0]) || !is_valueish(cells[tgt]) || !is_valueish(cells[res]) {
            break;
        }
        rows.push((lines[k].0, cells.join("\t")));
        k += n;
    }
    rows.iter().any(|(_, r)| !r.ends_with('\t')).then_some((rows, k))
}

/// A row naming the form's total score: 总分, 自评总分, 评价总分, 自评得分, 总得分, 综合得分,
/// 得分合计 (a column's 得分 alone, or 合计, is not: it may be a row's or the full marks).
pub fn is_score_label(label: &str) -> bool {
    let l = label.trim().trim_end_matches(['：', ':']);
    // (…and the unit's or project's own, one owner word or two: 部门自评得分, 单位自评得分, 项目自评得分,
    // 部门整体自评得分, 本单位整体自评分)
    fn own(l: &str) -> Option<&str> {
        let l = l.strip_prefix('本').unwrap_or(l);
        ["部门", "单位", "项目", "整体"].iter().find_map(|w| l.strip_prefix(w))
    }
    let owned = |r: &str| r == "自评得分" || r == "自评分";
    // (a score's label and the sum's in two cells of the row, 自评得分 | 合计 | 93.5: the score's)
    if let Some(r) = l.strip_suffix("合计").or_else(|| l.strip_suffix("总计")).filter(|r| r.len() > "得分".len())
    {
        return is_score_label(r);
    }
    l.contains("总分")
        || matches!(l, "自评得分" | "总得分" | "综合得分" | "得分合计" | "合计得分" | "自评分")
        || own(l).is_some_and(|r| owned(r) || own(r).is_some_and(owned))
}

/// The label of a form's row of sums (合计, 总计).
pub fn is_sum_label(label: &str) -> bool {
    matches!(label.replace(' ', "").as_str(), "合计" | "总计")
}

/// The label opening a form's total row: its sums' (合计, 总计) or its score's (总分, 自评得分,
/// 得分合计 — `is_score_label`), spaces a centred cell puts inside it ignored (总 计, 合　计,
/// 自评得分 ：). One test for the passes that take a total row's cells apart from the rows above
/// it (a PDF form's label over its figures, a sheet's cells one a line).
pub fn is_total_label(label: &str) -> bool {
    let spaced = label.trim().contains(char::is_whitespace);
    let packed: std::borrow::Cow<str> =
        if spaced { label.chars().filter(|c| !c.is_whitespace()).collect::<String>().into() } else { label.into() };
    is_sum_label(&packed) || is_score_label(&packed)
}

/// A group of a 部门整体 form's funds, over the rows of its parts (按收入性质分 over 一般公共预算,
/// 按支出性质分 over 基本支出 / 项目支出, 按资金来源分, and a bare 其中：): a row's name, no figure.
fn funds_group(t: &str) -> bool {
    let n = t.chars().count();
    matches!(t, "其中" | "其中：" | "其中:")
        || (4..=10).contains(&n)
            && t.starts_with('按')
            && t.ends_with('分')
            && !t.contains(|c: char| c.is_ascii_digit() || "，。；：:".contains(c))
}

/// Words the table passes look for, line by line and over a whole text, with finders built once.
static BASIC: super::re::Word = super::re::Word::new("基本支出");
static PROJECT: super::re::Word = super::re::Word::new("项目支出");
static REQUEST: super::re::Word = super::re::Word::new("预算申请");

/// The words the lines hold that some of `rejoin_rows`'s passes need before any line can be
/// turned: a pass whose words no line holds is not run. Found once over the lines joined, with
/// prebuilt finders (each pass had tested its words line by line).
#[derive(Clone, Copy)]
struct TableWords {
    /// a cell ending on a place's name (章贡区\t, 于都县\t): a city's table of its counties
    places: bool,
    sangong: bool,
    parts: bool,
    request: bool,
    yuan: bool,
}

impl TableWords {
    fn of(text: &str) -> TableWords {
        static SANGONG: super::re::Word = super::re::Word::new("三公");
        static PLACES: [super::re::Word; 6] = [
            super::re::Word::new("区\t"),
            super::re::Word::new("县\t"),
            super::re::Word::new("市\t"),
            super::re::Word::new("旗\t"),
            super::re::Word::new("州\t"),
            super::re::Word::new("盟\t"),
        ];
        TableWords {
            places: PLACES.iter().any(|w| w.find(text).is_some()),
            sangong: SANGONG.find(text).is_some(),
            parts: BASIC.find(text).is_some() && PROJECT.find(text).is_some(),
            request: REQUEST.find(text).is_some(),
            yuan: yuan_not_wan(text),
        }
    }
}

/// A form's block of its budget request (年度预算申请 | 年初预算数 | …, then 按收入性质分 |
/// 按支出性质分 and their label：figure cells side by side — 一般公共预算拨款：158.60 | 基本支出：
/// 46.30): what it names by the spending's parts is their budget, as the request's; each such
/// cell is a line of its own, its label naming the budget (基本支出预算数：46.30), until the form's
/// indicators or another table's title.
fn request_parts(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let mut out = Vec::with_capacity(lines.len());
    let mut request = false;
    for (no, l) in lines {
        // (cheap test first: a line naming a budget request)
        if REQUEST.find(&l).is_some() {
            request = l.trim_ws().starts_with("年度预算申请") || l.trim_ws().starts_with("预算申请");
            out.push((no, l));
            continue;
        }
        if !request {
            out.push((no, l));
            continue;
        }
        if l.contains("指标") || l.contains("自评表") || l.ends_with('表') || l.contains('。') || section_heading(&l)
        {
            request = false;
            out.push((no, l));
            continue;
        }
        // (a label and its figure in one cell, 基本支出：46.30, or in two, 基本支出 | 46.30)
        let cells = filled_cells(&l);
        let pairs: Vec<String> = if cells.iter().all(|c| figure_pair(c)) {
            cells.iter().map(|c| c.to_string()).collect()
        } else if cells.len().is_multiple_of(2)
            && cells.chunks(2).all(|p| {
                figure_pair(&format!("{}：{}", p[0], p[1]))
                    && !p[0].contains(['：', ':'])
                    && !p[0].starts_with(|c: char| c.is_ascii_digit())
            })
        {
            cells.chunks(2).map(|p| format!("{}：{}", p[0], p[1])).collect()
        } else {
            Vec::new()
        };
        if !pairs.iter().any(|c| request_part(c).is_some()) {
            out.push((no, l));
            continue;
        }
        for c in &pairs {
            match request_part(c) {
                Some((label, fig)) => out.push((no, format!("{label}预算数：{fig}"))),
                None => out.push((no, c.to_string())),
            }
        }
    }
    out
}

/// A row of a part's name and its stages' label：figure cells (基本支出 | 预算数：96.20 |
/// 执行数：95.88): each stage a line of the name's (基本支出预算数：96.20, 基本支出执行数：95.88),
/// as a form's label：figure lines are read.
fn name_and_stage_pairs(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let mut out = Vec::with_capacity(lines.len());
    for (no, l) in lines {
        // (cheap tests first: a tabbed row holding a colon)
        if memchr::memchr(b'\t', l.as_bytes()).is_none() || !l.contains(['：', ':']) {
            out.push((no, l));
            continue;
        }
        let cells: Vec<&str> = l.split('\t').map(|c| c.trim_ws()).filter(|c| !c.is_empty()).collect();
        fn stage(c: &str) -> Option<(&str, &str)> {
            c.split_once(['：', ':']).filter(|(label, _)| {
                matches!(role(label), Some(Role::Budget | Role::BudgetInitial | Role::Actual)) && figure_pair(c)
            })
        }
        let name = cells.first().copied().unwrap_or("");
        if cells.len() < 3
            || name.contains(['：', ':'])
            || name.contains(|c: char| c.is_ascii_digit())
            || name.chars().count() > 16
            || !cells[1..].iter().all(|c| stage(c).is_some())
        {
            out.push((no, l));
            continue;
        }
        for c in &cells[1..] {
            let (label, fig) = stage(c).expect("a stage's pair");
            out.push((no, format!("{name}{label}：{fig}")));
        }
    }
    out
}

/// A label and its figure (一般公共预算拨款：158.60, 政府性基金拨款：0, 基本支出：46.30元).
fn figure_pair(c: &str) -> bool {
    c.rsplit_once(['：', ':']).is_some_and(|(label, fig)| {
        !label.is_empty()
            && fig.trim_end_matches(['元', '万', '千']).bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
            && fig.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// A part of the spending and its figure naming no stage of it (基本支出：46.30, 其中：人员经费：
/// 38.10), as label and figure.
fn request_part(c: &str) -> Option<(&str, &str)> {
    let (label, fig) = c.rsplit_once(['：', ':'])?;
    let part = label.trim_start_matches("其中").trim_start_matches(['：', ':']);
    (matches!(part, "基本支出" | "人员经费" | "公用经费" | "日常公用经费" | "项目支出" | "人员支出" | "公用支出")
        && figure_pair(c))
    .then_some((label, fig))
}

/// The money unit a form's header cell states (年度预算申请（元）, 项目资金（千元）) where no caption
/// states one: its other blocks of money that name none (按支出性质分 | 预算数 | 执行数 under it,
/// 基本支出预算数：636,800.00) are in it, until its indicators' table, a caption of a unit, or the
/// title of another table. Such a header row takes the unit on its first column of money, such a
/// label：figure cell on its figure.
fn carry_form_unit(lines: &mut [(usize, String)]) {
    let mut unit: Option<&'static str> = None;
    for (_, l) in lines.iter_mut() {
        // (cheap tests first: the unit of a caption or a header names 元; with no unit carried, a
        // line whose every 元 is 万元's sets none — the common case — nor does one stating no
        // unit of money at all (元月份, 中元节, 35元 in prose), nor a paragraph: passed over)
        if l.contains('元') {
            if unit.is_none() && (l.len() > 600 || !yuan_not_wan(l) || money_scale(l).is_none()) {
                continue;
            }
            if l.contains("单位") && money_scale(l).is_some() {
                unit = None;
                continue;
            }
            if memchr::memchr(b'\t', l.as_bytes()).is_some() {
                let cells: Vec<&str> = l.split('\t').collect();
                if header(&cells).is_some()
                    || cells.iter().any(|c| c.trim_ws().ends_with(['）', ')']) && role(c).is_some())
                {
                    unit = match cells.iter().find_map(|c| money_scale(c)) {
                        Some(0.0001) => Some("元"),
                        Some(0.1) => Some("千元"),
                        Some(_) => None,
                        None => unit,
                    };
                    continue;
                }
            }
        }
        let Some(u) = unit else { continue };
        // (…nor past the form into the report's prose: a numbered section's heading, a sentence)
        if l.contains("指标")
            || l.ends_with('表')
            || l.contains("自评表")
            || l.contains("决算表")
            || l.contains('。')
            || section_heading(l)
        {
            unit = None;
            continue;
        }
        if memchr::memchr(b'\t', l.as_bytes()).is_some() {
            let cells: Vec<&str> = l.split('\t').collect();
            if header(&cells).is_some() {
                if let Some(i) = cells
                    .iter()
                    .position(|c| matches!(role(c), Some(Role::Budget | Role::BudgetInitial | Role::Actual)))
                {
                    let mut cells: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
                    cells[i] = format!("{}（{u}）", cells[i].trim_ws());
                    *l = cells.join("\t");
                }
                continue;
            }
            if cells.iter().any(|c| bare_money_pair(c)) {
                *l = cells
                    .iter()
                    .map(|c| if bare_money_pair(c) { format!("{}{u}", c.trim_ws()) } else { c.to_string() })
                    .collect::<Vec<_>>()
                    .join("\t");
            }
        } else if bare_money_pair(l) {
            *l = format!("{}{u}", l.trim_ws());
        }
    }
}

/// Does `l` name 元 other than in 万元 (元, 千元, （元）)?
fn yuan_not_wan(l: &str) -> bool {
    // (元 is E5 85 83 in UTF-8, 万 E4 B8 87: the three bytes before each 元 are looked at)
    let b = l.as_bytes();
    memchr::memmem::find_iter(b, "元".as_bytes()).any(|i| i < 3 || &b[i - 3..i] != "万".as_bytes())
}

/// A line opening a numbered section (三、部门整体支出情况, （二）项目支出情况).
fn section_heading(l: &str) -> bool {
    let t = l.trim_ws().trim_start_matches(['（', '(']);
    let num = t.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    num.len() < t.len() && num.starts_with(['、', '）', ')'])
}

/// A label of money and its bare figure (基本支出预算数：636,800.00, 其中：人员经费：511.50): no unit
/// after the figure.
fn bare_money_pair(c: &str) -> bool {
    let Some((label, fig)) = c.trim_ws().rsplit_once(['：', ':']) else { return false };
    !fig.is_empty()
        && fig.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && fig.as_bytes()[0].is_ascii_digit()
        && label.chars().count() <= 16
        && !label.contains(|c: char| c.is_ascii_digit())
        && ["支出", "经费", "资金", "预算", "执行", "决算", "拨款", "合计"].iter().any(|w| label.contains(w))
}

/// A column header naming a part of the spending, or their sum (合计, 基本支出, 项目支出, 人员经费,
/// 公用经费, “三公”经费): a category of the money, no stage of it.
fn spending_category(c: &str) -> bool {
    let c = c.trim_ws().trim_start_matches("其中").trim_start_matches(['：', ':']);
    matches!(
        c,
        "合计"
            | "总计"
            | "支出合计"
            | "总支出"
            | "部门支出合计"
            | "基本支出"
            | "项目支出"
            | "人员经费"
            | "公用经费"
            | "日常公用经费"
            | "“三公”经费"
            | "三公经费"
            | "\"三公\"经费"
    )
}

/// The “三公” costs' final account laid across (公开 template: 预算数 merged over 合计 | 因公出国
/// （境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费, 决算数 over the same,
/// then one row of their figures, budget's half first): under a caption naming 三公, its sums
/// become a table the final accounts are read as (项目 | 预算数 | 决算数, 合计 | first figure |
/// first of the second half). Its rows are tabbed, spaced, or one cell a line; a row of the
/// columns' numbers (1 … 12) is skipped. The header's and figures' lines are replaced.
fn turn_sangong_across(mut lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let toks = |l: &str| -> Vec<String> { filled_cells(l).into_iter().map(str::to_string).collect() };
    let stage = |t: &str, w: &str| t.starts_with(w) && t.len() <= w.len() + 12;
    let mut i = 0;
    while i < lines.len() {
        // (cheap test first: a line opening on 预算数 under a caption of 三公 close above)
        if !lines[i].1.trim_ws().starts_with("预算数")
            || !lines[i.saturating_sub(3)..i].iter().any(|(_, l)| l.contains("三公"))
        {
            i += 1;
            continue;
        }
        let head = toks(&lines[i].1);
        let mut k = i + 1;
        let both = match head.as_slice() {
            [a, b] => stage(a, "预算数") && stage(b, "决算数"),
            [a] if stage(a, "预算数") && lines.get(k).is_some_and(|(_, l)| stage(l.trim_ws(), "决算数")) => {
                k += 1;
                true
            }
            _ => false,
        };
        if !both {
            i += 1;
            continue;
        }
        // the columns' names, then the figures (in a row, or a line each)
        let mut names = 0;
        let mut sums = 0;
        let mut figures: Vec<String> = Vec::new();
        while k < lines.len() && k < i + 40 {
            let t = toks(&lines[k].1);
            if t.is_empty() || !t.iter().all(|c| is_value(c)) {
                if !figures.is_empty() {
                    break;
                }
                names += t.len();
                sums += t.iter().filter(|c| c.as_str() == "合计").count();
                k += 1;
                continue;
            }
            figures.extend(t);
            k += 1;
            // (the columns' numbers, 1 2 … 12, are no figures)
            let n = figures.len();
            if n >= 4 && figures.iter().enumerate().all(|(j, c)| c == &(j + 1).to_string()) {
                if lines.get(k).is_some_and(|(_, l)| toks(l).first().is_some_and(|c| c == &(n + 1).to_string())) {
                    continue;
                }
                figures.clear();
            }
            if figures.len() >= 4 && lines[k - 1].1.contains(['\t', ' ']) {
                break;
            }
        }
        let n = figures.len();
        if sums != 2 || names < 4 || n < 4 || !n.is_multiple_of(2) || n > 16 {
            i += 1;
            continue;
        }
        let (no, last) = (lines[i].0, lines[k - 1].0);
        let turned =
            vec![(no, "项目\t预算数\t决算数".to_string()), (last, format!("合计\t{}\t{}", figures[0], figures[n / 2]))];
        lines.splice(i..k, turned);
        i += 2;
    }
    lines
}

/// Two tables side by side under one header naming the same columns twice (科目名称 | 决算数 |
/// 科目名称 | 决算数) and a caption naming each by a part of the spending (a final account's
/// 人员经费 | | 公用经费; 收入 beside 支出 is read as it stands): the left
/// table's rows, then the header's right half and the right table's rows, each row keeping its
/// line, so that each half is read as a table of its own.
fn part_side_by_side(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    // the left half's width when line `i` heads two tables side by side
    let halves_at = |i: usize| {
        let l = &lines[i].1;
        // (cheap test first: a row of four cells at least)
        memchr::memchr_iter(b'\t', l.as_bytes())
            .nth(2)
            .is_some()
            .then(|| {
                let cells: Vec<&str> = l.split('\t').map(|c| c.trim_ws()).collect();
                let n = cells.len() / 2;
                (cells.len().is_multiple_of(2)
                    && cells[..n] == cells[n..]
                    && cells[1..n].iter().all(|c| role(c).is_some())
                    && !cells[0].is_empty()
                    && role(cells[0]).is_none()
                    && i > 0
                    && parts_caption(&lines[i - 1].1))
                .then_some(n)
            })
            .flatten()
    };
    // (most texts have none: their lines handed back as they are)
    if !(0..lines.len()).any(|i| halves_at(i).is_some()) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let (no, l) = &lines[i];
        let Some(n) = halves_at(i) else {
            out.push((*no, l.clone()));
            i += 1;
            continue;
        };
        // the rows under it of as many cells, or of the left half's alone (the right table ended)
        let rows = lines[i + 1..]
            .iter()
            .take_while(|(_, r)| {
                let k = r.split('\t').count();
                k == 2 * n || k <= n && r.split('\t').skip(1).any(is_value)
            })
            .count();
        let cells = |l: &str| l.split('\t').map(str::to_string).collect::<Vec<_>>();
        let (mut left, mut right) = (Vec::new(), Vec::new());
        for (rno, r) in std::iter::once(&lines[i]).chain(&lines[i + 1..i + 1 + rows]) {
            let c = cells(r);
            left.push((*rno, c[..n.min(c.len())].join("\t")));
            if c.len() > n && c[n..].iter().any(|x| !x.trim_ws().is_empty()) {
                right.push((*rno, c[n..].join("\t")));
            }
        }
        // (each half's sum, 人员经费合计, is the part itself, its other rows the part's items
        // (工资福利支出, 商品和服务支出): the sum is read first, right under the header)
        for half in [&mut left, &mut right] {
            let sum = half.iter().skip(1).position(|(_, r)| {
                r.split('\t').next().is_some_and(|c| {
                    let c = c.trim_ws();
                    c.ends_with("合计") && spending_category(c.trim_end_matches("合计"))
                })
            });
            if let Some(k) = sum.filter(|&k| k > 0) {
                let row = half.remove(k + 1);
                half.insert(1, row);
            }
        }
        out.extend(left);
        out.extend(right);
        i += 1 + rows;
    }
    out
}

/// The cells of a line that hold something: parted by tabs, or by spaces on a page flattened
/// without them.
fn filled_cells(l: &str) -> Vec<&str> {
    if memchr::memchr(b'\t', l.as_bytes()).is_some() {
        l.split('\t').map(|c| c.trim_ws()).filter(|c| !c.is_empty()).collect()
    } else {
        l.split_whitespace().collect()
    }
}

/// A row captioning two tables side by side by the spending's parts (人员经费 | | 公用经费).
fn parts_caption(l: &str) -> bool {
    let named = filled_cells(l);
    named.len() == 2 && named.iter().all(|c| spending_category(c)) && named[0] != named[1]
}

/// A table of the budget's stages as rows and the spending's parts as columns (预算执行情况 |
/// 合计 | 基本支出 | 项目支出, then 年初预算数 | 318 | 206 | 112, 全年执行数 | …, 执行率 | …):
/// turned over, each part a row under a header of the stages (项目 | 年初预算数 | 全年执行数 |
/// 执行率 then 合计 | 318 | … ), as the 自评表 lays it out and `table::row` reads it. Each row is
/// given the line of its header.
fn turn_stage_rows(mut lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let mut i = 0;
    while i < lines.len() {
        // (cheap test first: a row of cells whose second names a part of the spending)
        let l = &lines[i].1;
        let Some(tab) = memchr::memchr(b'\t', l.as_bytes()) else {
            i += 1;
            continue;
        };
        let second = &l[tab + 1..];
        let second = &second[..memchr::memchr(b'\t', second.as_bytes()).unwrap_or(second.len())];
        if !second.starts_with(['合', '总', '支', '部', '基', '项', '人', '公', '“', '三', '"'])
            || !spending_category(second)
        {
            i += 1;
            continue;
        }
        let head: Vec<&str> = l.split('\t').map(|c| c.trim_ws()).collect();
        if head.len() < 3 || !head[1..].iter().all(|c| spending_category(c)) {
            i += 1;
            continue;
        }
        // the rows under it: each a stage's label and a figure under each part
        let stage = |c: &str| matches!(role(c), Some(Role::BudgetInitial | Role::Budget | Role::Actual | Role::Rate));
        let rows: Vec<Vec<String>> = lines[i + 1..]
            .iter()
            .map(|(_, l)| l.split('\t').map(|c| c.trim_ws().to_string()).collect::<Vec<_>>())
            .take_while(|r| r.len() == head.len() && stage(&r[0]) && r[1..].iter().all(|c| is_value(c)))
            .collect();
        if rows.len() < 2 {
            i += 1;
            continue;
        }
        let no = lines[i].0;
        let mut turned = vec![(
            no,
            std::iter::once("项目").chain(rows.iter().map(|r| r[0].as_str())).collect::<Vec<_>>().join("\t"),
        )];
        for (j, part) in head.iter().enumerate().skip(1) {
            let cells: Vec<&str> = std::iter::once(*part).chain(rows.iter().map(|r| r[j].as_str())).collect();
            turned.push((no, cells.join("\t")));
        }
        let n = turned.len();
        lines.splice(i..i + 1 + rows.len(), turned);
        i += n;
    }
    lines
}

/// A column of a final account's spending table (支出决算表: 项目 | 本年支出合计 | 基本支出 |
/// 项目支出 | 上缴上级支出 …, or 本年支出 merged over 合计 / 基本支出 / 项目支出): 0 the spending's
/// sum, 1 its basic part, 2 its project part; none for any other (本年收入, 上缴上级支出).
/// `under_spending`: the header's row above names the spending (本年支出 over the parts).
fn spent_part(c: &str, under_spending: bool) -> Option<usize> {
    if c.contains("收入") || c.len() > 48 {
        return None;
    }
    let s: String = c.chars().filter(|ch| !ch.is_whitespace()).collect();
    let bare = s.replace("本年支出", "").replace("本年", "").replace("决算数", "");
    let bare = bare.trim_end_matches(|ch: char| "()（）千万元".contains(ch));
    match bare {
        // (a sum column names the spending: 本年支出合计, 支出合计 — a bare 合计 may be income's)
        "合计" | "总计" | "支出合计" if s.contains("支出") || under_spending => Some(0),
        "基本支出" => Some(1),
        "项目支出" => Some(2),
        _ => None,
    }
}

/// A final account's spending table laid out with the spending's parts as columns (项目 |
/// 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 …) and its row of the sum (合计 | 2,298,450.36
/// | 1,105,230.16 | 1,193,220.20): turned over, a header of the final account's figures (项目 |
/// 决算数) and the sum and each part a row of its own (本年支出合计, 基本支出, 项目支出), as
/// `table::row` reads a final account. The header's line and the lines up to the sum's are
/// replaced; the rows after it (the spending by function) stay as they are.
fn turn_part_columns(mut lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let mut i = 0;
    while i < lines.len() {
        if let Some((end, figures)) = part_cells_a_line(&lines, i) {
            let no = lines[i].0;
            let turned: Vec<(usize, String)> = std::iter::once("项目\t决算数".to_string())
                .chain(["本年支出合计", "基本支出", "项目支出"].iter().zip(&figures).map(|(n, v)| format!("{n}\t{v}")))
                .map(|l| (no, l))
                .collect();
            lines.splice(i..end, turned);
            i += 4;
            continue;
        }
        // (cheap tests first: a row of cells naming 基本支出 and 项目支出, looked for with prebuilt
        // finders: this runs on every line)
        let l = &lines[i].1;
        if BASIC.find(l).is_none() || PROJECT.find(l).is_none() {
            i += 1;
            continue;
        }
        // (its cells parted by tabs, or by single spaces on a page flattened without them)
        let spaced = memchr::memchr(b'\t', l.as_bytes()).is_none();
        let cells_of = |l: &str| -> Vec<String> {
            if spaced {
                l.split_whitespace().map(str::to_string).collect()
            } else {
                l.split('\t').map(|c| c.trim_ws().to_string()).collect()
            }
        };
        let mut head = cells_of(l);
        // (the row labels' headers before the parts, 科目编码 科目名称 合计 基本支出 项目支出, on a page
        // flattened by spaces: the sum's row below leaves the code's cell blank, so the parts are
        // counted from the header's first part on)
        if spaced {
            let lead = head.iter().take_while(|c| row_label_header(c)).count();
            head.drain(..lead);
        }
        if spaced && !head.iter().all(|c| spent_part(c, true).is_some()) {
            i += 1;
            continue;
        }
        let under_spending = i > 0
            && (cells_of(&lines[i - 1].1).iter().any(|c| matches!(c.as_str(), "本年支出" | "支出"))
                || spending_caption_above(&lines, i));
        let mut at = [None; 3];
        for (j, c) in head.iter().enumerate() {
            if let Some(k) = spent_part(c, under_spending) {
                at[k].get_or_insert(j);
            }
        }
        let [Some(sum), Some(basic), Some(project)] = at else {
            i += 1;
            continue;
        };
        let lead = head.iter().take_while(|c| row_label_header(c)).count();
        // the row of the sum, close under the header (after a row of column numbers, 栏次 | 1 | 2)
        // (a header whose leading blank cells a flattening dropped — 合计 | 基本支出 | 项目支出 over
        // 合计 | 3541.40 | 1905.80 | 1635.60 — names the row's last columns)
        let total_row = |l: &str| {
            let cells = cells_of(l);
            let label = cells.iter().find(|c| !c.is_empty()).map_or("", |c| c.as_str());
            let label: String = label.chars().filter(|ch| !ch.is_whitespace()).collect();
            // (or a row whose blank code cell a flattening dropped — 科目编码 | 科目名称 | 合计 | 基本支出
            // | 项目支出 over 合计 | 59.36 | 38.26 | 21.10 — names the header's last columns too)
            let dropped = head.len().saturating_sub(cells.len());
            if dropped > 0 && (dropped + 1 > lead || cells.len() < 4) {
                return None;
            }
            let shift = cells.len() + dropped - head.len();
            if shift > 2 || shift > 0 && !head.iter().all(|c| spent_part(c, true).is_some()) {
                return None;
            }
            let at = |j: usize| &cells[j + shift - dropped];
            (matches!(label.as_str(), "合计" | "总计" | "支出合计" | "本年支出合计")
                && [sum, basic, project].iter().all(|&j| is_value(at(j))))
            .then(|| [sum, basic, project].map(|j| at(j).clone()))
        };
        let Some((k, figures)) =
            lines.iter().enumerate().skip(i + 1).take(3).find_map(|(k, (_, l))| Some((k, total_row(l)?)))
        else {
            i += 1;
            continue;
        };
        let no = lines[i].0;
        // (the money unit the sum's column names, 合计（元）, goes with each figure: 752,000.00元)
        let unit = column_unit(&head[sum]).1;
        let turned: Vec<(usize, String)> = std::iter::once("项目\t决算数".to_string())
            .chain(
                ["本年支出合计", "基本支出", "项目支出"].iter().zip(&figures).map(|(n, v)| format!("{n}\t{v}{unit}")),
            )
            .map(|l| (no, l))
            .collect();
        let n = turned.len();
        lines.splice(i..=k, turned);
        i += n;
    }
    lines
}

/// The header cells naming a table's row labels, not its figures (科目编码, 科目名称, 项目,
/// 功能分类科目名称).
fn row_label_header(c: &str) -> bool {
    matches!(c, "科目编码" | "科目名称" | "项目" | "功能分类科目编码" | "功能分类科目名称" | "类" | "款" | "项")
}

/// A spending table's caption (二、一般公共预算财政拨款支出决算表, 支出决算表) a few lines above
/// the header: its bare 合计 column is the spending's sum (not income's: 收入支出决算总表 is not
/// such a caption).
fn spending_caption_above(lines: &[(usize, String)], i: usize) -> bool {
    lines[i.saturating_sub(4)..i].iter().any(|(_, l)| l.len() <= 90 && l.contains("支出决算表") && !l.contains("收入"))
}

/// The same table saved one cell a line: 本年支出 over 合计 / 基本支出 / 项目支出, then the sum's
/// row (合计 / 2,151,300.00 / 1,079,800.00 / 1,071,500.00, its label and first figure perhaps
/// already joined as 合计：2,151,300.00): where its lines end and the three figures.
fn part_cells_a_line(lines: &[(usize, String)], i: usize) -> Option<(usize, [String; 3])> {
    let cell = |k: usize| lines.get(k).map(|(_, l)| l.trim_ws()).filter(|l| !l.contains('\t'));
    // (a column's name may state its unit, 基本支出（万元）: the name alone, the unit the figures')
    let named = |k: usize| cell(k).map(|t| column_unit(t).0);
    // (cheap test first: the parts' names, a short line each)
    if lines.get(i + 1).is_none_or(|(_, l)| l.len() > 40)
        || named(i + 1) != Some("基本支出")
        || named(i + 2) != Some("项目支出")
    {
        return None;
    }
    if !matches!(named(i), Some("合计" | "本年支出合计" | "支出合计"))
        || !((i.saturating_sub(3)..i).any(|k| matches!(cell(k), Some("本年支出" | "支出")))
            || spending_caption_above(lines, i))
    {
        return None;
    }
    let unit = column_unit(cell(i)?).1;
    let sum_label = |t: &str| matches!(t, "合计" | "总计" | "本年支出合计");
    let (first, at) = match cell(i + 3)?.split_once(['：', ':']) {
        Some((label, fig)) if sum_label(label) => (fig.to_string(), i + 4),
        None if sum_label(cell(i + 3)?) => (cell(i + 4)?.to_string(), i + 5),
        _ => return None,
    };
    let (b, p) = (cell(at)?, cell(at + 1)?);
    [first.as_str(), b, p]
        .iter()
        .all(|c| is_value(c) && !c.contains(['：', ':']))
        .then(|| (at + 2, [format!("{first}{unit}"), format!("{b}{unit}"), format!("{p}{unit}")]))
}

/// A column's name and the money unit it states in brackets (合计（元） → 合计, 元); no unit, or
/// another bracket, leaves the name as it is.
fn column_unit(t: &str) -> (&str, &str) {
    let Some(at) = t.find(['（', '(']) else { return (t, "") };
    let unit = t[at..].trim_matches(['（', '）', '(', ')']);
    if matches!(unit, "元" | "千元" | "万元") {
        (&t[..at], unit)
    } else {
        (t, "")
    }
}

/// Where the pairs begin (the tab before them) in a row of a name's label and the name, then
/// pairs of a label and its figure: 部门名称 | 某县禁毒办 | 编制人数 | 10 | 实有人数 | 9.
fn name_then_pairs(l: &str) -> Option<usize> {
    let cells: Vec<&str> = l.split('\t').map(|c| c.trim_ws()).collect();
    let name_label = cells[0].ends_with("名称") && cells[0].chars().count() <= 10;
    if !name_label
        || cells.len() < 4
        || !cells.len().is_multiple_of(2)
        || cells[1].contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let label = |c: &str| (2..=12).contains(&c.chars().count()) && !c.contains(|ch: char| ch.is_ascii_digit());
    let figure = |c: &str| is_value(c) && c.contains(|ch: char| ch.is_ascii_digit());
    if !cells[2..].chunks(2).all(|p| label(p[0]) && figure(p[1])) {
        return None;
    }
    // (the tab after the name's cell)
    l.match_indices('\t').nth(1).map(|(i, _)| i)
}

/// A caption of a table of the “三公” costs (二、“三公”经费支出情况表, 表3 “三公”经费财政拨款支出决算表):
/// a short line (a unit's name and year before it, as a page's title has them), no cells, ending on 表.
fn sangong_caption(t: &str) -> bool {
    let t = t.trim_ws();
    t.len() <= 120 && t.ends_with('表') && t.contains("三公") && !t.contains(['\t', '。', '，'])
}

/// A header row with merged cells (项目 | 预算数 over two grid columns | 执行数 | 执行率) and the
/// row under it naming the merged cells' parts (blank | 年初 | 全年 | blank | blank): one header
/// row, each part named with its merged cell's name (年初预算数, 全年预算数) and each other column
/// with its own (项目, 执行数, 执行率) — when both rows are words alone and the joined row names
/// more columns than either. None otherwise: the rows stay as they are.
pub(crate) fn parts_under_merged(top: &[String], spans: &[usize], under: &[String]) -> Option<String> {
    if spans.len() != top.len() || spans.iter().all(|&n| n == 1) {
        return None;
    }
    let words =
        |cells: &[String]| cells.iter().all(|c| c.chars().count() <= 16 && !c.contains(|ch: char| ch.is_ascii_digit()));
    if spans.iter().sum::<usize>() != under.len() || !words(top) || !words(under) {
        return None;
    }
    let mut joined = Vec::with_capacity(under.len());
    for (t, &n) in top.iter().zip(spans) {
        for _ in 0..n {
            let low = under[joined.len()].trim();
            joined.push(match low.is_empty() {
                true => t.trim().to_string(),
                false => part_under(t.trim(), low, n > 1),
            });
        }
    }
    let roles = |cells: &[String]| cells.iter().filter(|c| role(c).is_some()).count();
    // (…or a caption of the places merged over their names — 指标 | 县（市、区） over 信州区 | 广丰区
    // | … | 全市 —: the places' names, a city's table turned the other way)
    let places = || {
        let cells: Vec<&str> = joined.iter().map(String::as_str).collect();
        place_columns(&cells).is_some()
    };
    (roles(&joined) > roles(top).max(roles(under)) || places()).then(|| joined.join("\t"))
}

/// A header cell's name joined with the piece of it on the line under it: a part under a name
/// merged over columns is named before it (年初 under 预算数 → 年初预算数), a column named in full
/// under a group's caption keeps its own name (全年预算数 under 资金情况), a piece under a single
/// column follows its name (全年 over 执行数 → 全年执行数).
fn part_under(name: &str, low: &str, merged: bool) -> String {
    match merged {
        // (a part naming its own role under a name merged over it — 年初预算 | 调整后预算 under
        // 预算数（万元） — is named by itself: 调整后预算预算数 is no column's name)
        true if role(low).is_some() => low.to_string(),
        // (a place's name under the places' caption, 信州区 under 县（市、区）: the place's)
        // (全年 under 预算数 is a budget's stage, no place's whole)
        true if place_column(low) == Some(PlaceColumn::County)
            || places_column(name) && place_column(low).is_some() =>
        {
            low.to_string()
        }
        true => format!("{low}{name}"),
        false => format!("{name}{low}"),
    }
}

/// The header row `above` with the pieces of `under` joined to its cells, column by column, when
/// `under` is the rest of its names (see `rejoin_rows`).
fn stacked(above: &str, under: &str) -> Option<String> {
    let top: Vec<&str> = above.split('\t').map(|c| c.trim_ws()).collect();
    let low: Vec<&str> = under.split('\t').map(|c| c.trim_ws()).collect();
    let word = |c: &&str| c.chars().count() <= 10 && !c.contains(|ch: char| ch.is_ascii_digit());
    if top.len() < 3 || low.len() > top.len() || !top.iter().all(word) || !low.iter().all(word) {
        return None;
    }
    if low.iter().all(|c| c.is_empty()) {
        return None;
    }
    let roles = |cells: &[&str]| cells.iter().filter(|c| role(c).is_some()).count();
    // (a name merged over two columns or more, as a sheet or a Markdown table leaves it — 预算数
    // and a blank cell after it, 年初 and 全年 under them —: the parts under it named before it,
    // 年初预算数 and 全年预算数)
    let merged = |i: usize| {
        top[i].is_empty() && top[..i].iter().any(|t| !t.is_empty())
            || !top[i].is_empty() && top.get(i + 1).is_some_and(|t| t.is_empty())
    };
    let joined: Vec<String> = top
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let low = low.get(i).copied().unwrap_or("");
            let name =
                if t.is_empty() { top[..i].iter().rev().find(|t| !t.is_empty()).copied().unwrap_or("") } else { t };
            if low.is_empty() {
                t.to_string()
            } else {
                part_under(name, low, merged(i))
            }
        })
        .collect();
    let joined_refs: Vec<&str> = joined.iter().map(String::as_str).collect();
    // (a line of units alone under the names: （万元）, (元), %)
    let units = low.iter().filter(|c| !c.is_empty()).all(|c| {
        let inner = c.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
        c.len() > inner.len() && matches!(inner, "万元" | "元" | "千元" | "%" | "％")
    });
    let more = roles(&joined_refs) > roles(&top).max(roles(&low));
    ((more || units && roles(&top) >= 2) && header(&joined_refs).is_some()).then(|| joined.join("\t"))
}

/// Tables flattened one cell per line (as Word tables often arrive in .txt): a run of header
/// cells (年初预算数 / 全年预算数 / 全年执行数 …) makes the following label and value cells
/// into tab-separated rows, so `row` reads them as it reads a real table. Lines are
/// (1-based line, text) with blank lines already dropped.
/// A city's table of counts by county (县（市、区） 破获毒品刑事案件（起） 刑事拘留（人）, its cells
/// parted by spaces): a header as one of money columns is.
fn places_header(toks: &[&str]) -> bool {
    // (cheap test first: its first cell, or the one after 序号, names the places)
    let first = toks.iter().position(|t| *t != "序号").and_then(|i| toks.get(i));
    first.is_some_and(|t| places_column(t)) && places_counts_header(toks).is_some()
}

/// The name of a table's first column over rows of places, a city's table of its counties
/// (县（市、区） | 年初预算数 | 全年执行数 | 执行率; 单位 | 预算数 | 支出数; 地区 | …).
pub fn places_column(label: &str) -> bool {
    let l = label.trim_ws();
    let l = l.strip_prefix("序号").unwrap_or(l).trim_ws();
    matches!(
        l,
        "县（市、区）"
            | "县(市、区)"
            | "县（市、区、旗）"
            | "县（市）"
            | "县（区）"
            | "县(区)"
            | "县市区"
            | "县区"
            | "区县"
            | "区（县）"
            | "区县（市）"
            | "县（区、市）"
            | "各县（市、区）"
            | "地区"
            | "单位"
            | "单位名称"
    )
}

/// The header of a city's table of counts by county (地区 | 破获毒品刑事案件（起） | 刑事拘留（人） |
/// 查获吸毒人员（人次）; 序号 | 县（市、区） | …): where its columns of figures begin (after the
/// places' column, and the 序号 column before it), and their labels — counts named by a field's
/// words, rates (管控率（%）) and columns read for nothing (同比（%）, 尿检目标数). None for a table
/// of money (县（市、区） | 预算数 | 执行数 | 执行率, read by its roles) and any other header.
pub fn places_counts_header(cells: &[&str]) -> Option<(usize, Vec<String>)> {
    let lead = usize::from(cells.first().is_some_and(|c| c.trim_ws() == "序号"));
    // (cheap test first: the places' column)
    if cells.len() < lead + 3 || !places_column(cells[lead]) {
        return None;
    }
    let labels: Vec<String> = cells[lead + 1..].iter().map(|c| c.trim_ws().to_string()).collect();
    let mut counts = 0;
    for l in &labels {
        match role(l) {
            None if field_label(l) => counts += usize::from(count_label(l)),
            Some(Role::Rate | Role::Target | Role::Result | Role::Skip) if (2..=24).contains(&l.chars().count()) => {}
            _ => return None,
        }
    }
    (counts >= 1).then_some((lead + 1, labels))
}

/// A column's label naming a count of drug control (破获毒品刑事案件（起）, 刑事拘留（人）, 尿检（人次）).
fn count_label(l: &str) -> bool {
    const UNITS: [&str; 6] = ["起）", "人）", "名）", "次）", "件）", "例）"];
    const WORDS: [&str; 8] = ["案件", "吸毒", "戒毒", "尿检", "毛发", "拘留", "起诉", "禁毒"];
    UNITS.iter().any(|u| l.ends_with(u) || l.ends_with(&u.replace('）', ")"))) || WORDS.iter().any(|w| l.contains(w))
}

/// A row's label opening a city's table of its counties, as its header's cells end: a county's
/// name (章贡区, 于都县), the whole's (合计, 全市) or another's (市直, 市本级, 其他县（市、区）).
fn row_label(t: &str) -> bool {
    sum_row(t)
        || ["全市", "市直", "市本级", "其他", "其余"].iter().any(|w| t.starts_with(w))
        || t.ends_with(['县', '区', '市', '旗']) && t.chars().count() <= 8
}

/// A city's table of its counties flattened one cell a line: its header — 序号 or not, the places'
/// column (地区, 县（市、区）), the columns' names (破获毒品刑事案件（起）, 年度预算数（万元）, 自评得分) —
/// and rows of the same cells each (a number under 序号 or none, the place's name, its values:
/// 1 / 梁园区 / 90 / 88.2 / 98.0 / 95; 合计 / 355 / 338.1 / 95.2 / ——), two at least: the rows
/// tab-separated and where the table ends. None for any other lines.
fn places_cells(
    lines: &[(usize, String)],
    i: usize,
    cellish: impl Fn(&str) -> bool,
) -> Option<(Vec<(usize, String)>, usize)> {
    // (cheap test first: the line names the places' column, or 序号 over it)
    let t = lines[i].1.trim_ws();
    let numbered = t == "序号";
    let place_at = i + usize::from(numbered);
    if !places_column(lines.get(place_at)?.1.trim_ws()) {
        return None;
    }
    let number = |t: &str| !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit());
    // (the columns' names: up to the first row's number or place)
    let mut j = place_at + 1;
    while let Some(t) = lines.get(j).map(|l| l.1.trim_ws()).filter(|t| cellish(t)) {
        if is_valueish(t) || number(t) || row_label(t) {
            break;
        }
        j += 1;
    }
    let columns = j - place_at - 1;
    if columns < 2 {
        return None;
    }
    let mut out = vec![(lines[i].0, lines[i..j].iter().map(|l| l.1.trim_ws()).collect::<Vec<_>>().join("\t"))];
    let mut k = j;
    loop {
        let cell = |k: usize| lines.get(k).map(|l| l.1.trim_ws()).filter(|t| cellish(t));
        let mut at = k;
        let no = match cell(at) {
            Some(t) if numbered && number(t) => {
                at += 1;
                t
            }
            _ => "",
        };
        let Some(label) = cell(at).filter(|t| !is_valueish(t) && !number(t)) else { break };
        let values: Vec<&str> = (at + 1..at + 1 + columns).map_while(|v| cell(v).filter(|t| is_valueish(t))).collect();
        if values.len() < columns {
            break;
        }
        let lead = if numbered { format!("{no}\t") } else { String::new() };
        out.push((lines[k].0, format!("{lead}{label}\t{}", values.join("\t"))));
        k = at + 1 + columns;
    }
    (out.len() >= 3).then_some((out, k))
}

/// One character of every word `indicators_corner` takes (指标, 项目, 类别, 内容, 名称, 事项, 任务)
/// and of the places' captions (地区, 县（市、区）, 单位, 区县).
static CORNER_CHARS: super::chars::CharSet = super::chars::CharSet::of("指项类内名事任地县单区");

/// The corner cell of a city's table turned the other way, over its rows of indicators (指标 |
/// 章贡区 | 南康区 | … | 全市): a short word naming the rows (指标, 项目, 类别, 指标名称, 项目\地区),
/// or none (a Word table's corner left empty).
fn indicators_corner(t: &str) -> bool {
    let t = t.trim_ws();
    // (a corner is a short cell: a line of prose is none, and is not copied to be read; and it
    // holds a character of one of the words below, or of a places' caption)
    if t.len() > 64 || !t.is_empty() && !super::chars::any_in(t, &CORNER_CHARS) {
        return false;
    }
    // (its characters spread apart to fill the cell: 项　目)
    let t: std::borrow::Cow<str> = if t.contains(char::is_whitespace) {
        t.chars().filter(|c| !c.is_whitespace()).collect::<String>().into()
    } else {
        t.into()
    };
    // (…or the places' own caption over their names, 地区 | 章贡区 | …, 县（市、区） | 章贡区 | …)
    t.is_empty()
        || places_column(&t)
        || t.chars().count() <= 12
            && !t.contains(|c: char| c.is_ascii_digit())
            && ["指标", "项目", "类别", "内容", "名称", "事项", "任务"].iter().any(|w| t.contains(w))
}

/// What place heads a column of a city's table turned the other way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlaceColumn {
    /// a county's name (章贡区, 于都县, 瑞金市, 鄂温克族自治旗): a record of its own, once the
    /// table readers have found it in the gazetteer
    County,
    /// the whole's (全市, 合计, 全州, 全市合计): the city's record
    Whole,
    /// the city's own level or the rest (市本级, 市直, 其他县（市、区）): no county, nor the whole
    Other,
}

/// A place's name as a column names it, without the spaces spreading a short name across its
/// cell (曹　县, 全　市) or a note in brackets after it (牡丹区（含高新区）).
fn place_name(t: &str) -> std::borrow::Cow<'_, str> {
    let t = t.trim_ws();
    let t: std::borrow::Cow<str> = if t.contains(char::is_whitespace) {
        t.chars().filter(|c| !c.is_whitespace()).collect::<String>().into()
    } else {
        t.into()
    };
    let t: std::borrow::Cow<str> =
        match t.strip_suffix(['）', ')']).and_then(|r| r.rfind(['（', '(']).map(|at| &t[..at])) {
            Some(name) if name.ends_with(['县', '区', '市', '旗']) && name.chars().count() >= 2 => {
                name.to_string().into()
            }
            _ => t,
        };
    // (a county named after its city, 赣州市章贡区, 济宁市市中区: the county's own name; 沙市区,
    // 市南区 and 瑞金市 are names of their own)
    match t.find('市').map(|at| (&t[..at], &t[at + '市'.len_utf8()..])) {
        Some((city, county))
            if city.chars().count() >= 2
                && county.chars().count() >= 2
                && county.ends_with(['县', '区', '市', '旗'])
                && !city.contains(['县', '区']) =>
        {
            county.to_string().into()
        }
        _ => t,
    }
}

/// The place a column's name names (`PlaceColumn`), or None for a name of no place.
fn place_column(t: &str) -> Option<PlaceColumn> {
    let t = place_name(t);
    let t = t.as_ref();
    if sum_row(t) || matches!(t, "全市合计" | "全州" | "全州合计" | "全盟" | "全盟合计" | "全地区" | "总体")
    {
        return Some(PlaceColumn::Whole);
    }
    if ["市本级", "市直", "市级", "州本级", "州直", "其他", "其余"].iter().any(|w| t.starts_with(w)) {
        return Some(PlaceColumn::Other);
    }
    let n = t.chars().count();
    ((2..=10).contains(&n)
        && t.ends_with(['县', '区', '市', '旗', '州', '盟'])
        && !t.starts_with(['全', '各'])
        && !matches!(
            t,
            "城区"
                | "郊区"
                | "辖区"
                | "地区"
                | "县区"
                | "区县"
                | "县市区"
                | "县市"
                | "市区"
                | "市辖区"
                | "市县"
                | "市州"
                | "社区"
                | "景区"
                | "园区"
        )
        && !t.contains(|c: char| c.is_ascii_digit() || "（）()、，/".contains(c)))
    .then_some(PlaceColumn::County)
}

/// The header of a city's table turned the other way (指标 | 章贡区 | 南康区 | … | 全市; 类别 | 合计 |
/// 椒江区 | …): the place each column after the corner heads, two counties at least. None for any
/// other row.
fn place_columns(cells: &[&str]) -> Option<Vec<PlaceColumn>> {
    if cells.len() < 3 || !indicators_corner(cells[0]) {
        return None;
    }
    let cols: Vec<PlaceColumn> = cells[1..].iter().map(|c| place_column(c)).collect::<Option<_>>()?;
    (cols.iter().filter(|c| **c == PlaceColumn::County).count() >= 2).then_some(cols)
}

/// The shape of a header of places as columns, its columns before the places' counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PlaceHeader {
    /// the corner's column (after a 序号 column, if any)
    corner: usize,
    /// a column of the rows' units after the corner (单位, 计量单位: 起, 人次, %)
    unit: Option<usize>,
    /// the first place's column
    first: usize,
}

/// A header of places as columns (`place_columns`), perhaps with a 序号 column before its corner
/// and a column of units after it (序号 | 指标 | 单位 | 榆阳区 | 神木市 | … | 全市): its shape and its
/// places. None for any other row.
fn place_header(cells: &[&str]) -> Option<(PlaceHeader, Vec<PlaceColumn>)> {
    let corner = usize::from(cells.first().is_some_and(|c| c.trim_ws() == "序号"));
    let unit = cells
        .get(corner + 1)
        .is_some_and(|c| matches!(c.trim_ws(), "单位" | "计量单位" | "度量单位" | "统计单位"))
        .then_some(corner + 1);
    let first = unit.map_or(corner + 1, |u| u + 1);
    // (cheap tests first: room for two places, a corner's word)
    if cells.len() < first + 2 || !indicators_corner(cells[corner]) {
        return None;
    }
    let heads: Vec<&str> = std::iter::once(cells[corner]).chain(cells[first..].iter().copied()).collect();
    let cols = place_columns(&heads)?;
    Some((PlaceHeader { corner, unit, first }, cols))
}

/// A row's cells without the empty cells a sheet leaves at its end.
fn filled_to_end(l: &str) -> Vec<&str> {
    let mut cells: Vec<&str> = l.split('\t').collect();
    while cells.len() > 1 && cells.last().is_some_and(|c| c.trim_ws().is_empty()) {
        cells.pop();
    }
    cells
}

/// A row under a header of places as columns (破获毒品刑事案件（起） | 46 | 31 | … | 268; 1 | 刑事拘留 |
/// 人 | 17 | 12 | …): its label — with its unit's cell, if any, as its label would name it
/// (刑事拘留（人）) — and its `n` cells (an empty cell — a sheet's, under 市直 — kept as empty), the
/// row's figures under their places; None for a row of another shape (the table has ended).
fn place_columns_row(l: &str, h: PlaceHeader, n: usize) -> Option<(String, Vec<&str>)> {
    let cells = filled_to_end(l);
    if cells.len() > h.first + n || cells.len() <= h.first {
        return None;
    }
    // (its number under 序号, or none)
    if h.corner == 1 && !cells[0].trim_ws().bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let label = cells[h.corner].trim_ws();
    if label.is_empty() || is_value(label) || place_column(label).is_some() {
        return None;
    }
    let mut values: Vec<&str> = cells[h.first..].iter().map(|c| c.trim_ws()).collect();
    if !values.iter().all(|v| v.is_empty() || is_valueish(v)) || !values.iter().any(|v| is_value(v)) {
        return None;
    }
    values.resize(n, "");
    let unit = h.unit.map_or("", |u| cells[u].trim_ws());
    let label = if unit.is_empty() || label.ends_with(['）', ')']) || unit.chars().count() > 4 {
        label.to_string()
    } else {
        format!("{label}（{unit}）")
    };
    Some((label, values))
}

/// A row of short words under a header of places as columns (评价等级 | 优 | 良 | 优; 备注 | — | —):
/// a label, and no figure under any place.
fn words_row(l: &str, h: PlaceHeader, n: usize) -> bool {
    let cells = filled_to_end(l);
    cells.len() > h.first
        && cells.len() <= h.first + n
        && !cells[h.corner].trim_ws().is_empty()
        && cells[h.first..].iter().all(|c| {
            let t = c.trim_ws();
            t.chars().count() <= 6 && !t.contains(|ch: char| ch.is_ascii_digit())
        })
}

/// A row of a table turned the other way stating a change, not a level (同比（%）, 毛发检测同比增减,
/// 比上年增长率): read for nothing.
fn change_row(label: &str) -> bool {
    ["同比", "增减", "增长率", "增幅", "环比", "比上年", "较上年", "变动"].iter().any(|w| label.contains(w))
}

/// A header of places as columns over two rows, as a sheet leaves it — 指标 | 县（市、区） | | | 全市
/// over | 信州区 | 广丰区 | | — : one row, each column named by its lower cell, or by its upper one
/// where the lower is empty (a cell spanning both rows); None unless the upper row names the places'
/// caption over the lower's names.
fn two_row_places(upper: &str, lower: &str) -> Option<String> {
    let up: Vec<&str> = upper.split('\t').map(|c| c.trim_ws()).collect();
    let low: Vec<&str> = lower.split('\t').map(|c| c.trim_ws()).collect();
    if low.len() > up.len() || !up.iter().any(|c| places_column(c)) {
        return None;
    }
    let joined: Vec<&str> = up
        .iter()
        .enumerate()
        .map(|(j, u)| match low.get(j).copied().filter(|c| !c.is_empty()) {
            Some(l) if u.is_empty() || places_column(u) => l,
            _ => u,
        })
        .collect();
    place_header(&joined).map(|_| joined.join("\t"))
}

/// A city's table turned the other way — its counties as columns, its indicators as rows (指标 |
/// 章贡区 | 南康区 | … | 全市, then 破获毒品刑事案件（起） | 46 | 31 | … | 268) — turned back into the
/// table of counties by rows the table readers know (县（市、区） | 破获毒品刑事案件（起） | …, then
/// 章贡区 | 46 | …; 全市 | 268 | …): a row of the whole and one per county, in the columns' order;
/// the columns of the city's own level or the rest (市本级, 市直) — no county, and none of the
/// whole — left out, and so are rows of a change (同比, 增减); a row of a part named under its
/// row (其中：阳性 under 毛发检测（人次）) named after it (毛发检测阳性). The rows and the line after
/// the table, and whether the header's upper row — the last line put out — is part of it. None when
/// line `i` opens no such table.
/// (`before`: the lines before line `i`, as put out)
fn turned_places(
    before: &[(usize, String)],
    lines: &[(usize, String)],
    i: usize,
) -> Option<(Vec<(usize, String)>, usize, bool)> {
    let l = &lines[i].1;
    // (cheap tests first: a row of cells naming a place)
    memchr::memchr(b'\t', l.as_bytes())?;
    if !l.contains(['县', '区', '市', '旗', '州', '盟']) {
        return None;
    }
    // (a header over two rows, its upper row the line above: joined)
    let joined = if l.starts_with('\t') {
        before.last().filter(|(_, u)| u.contains('\t')).and_then(|(_, u)| two_row_places(u, l))
    } else {
        None
    };
    let head = joined.as_deref().unwrap_or(l);
    let mut names = filled_to_end(head);
    let (h, _) = place_header(&names)?;
    // (the text's opening lines, its title and its office's name: whose text it is)
    let opening = &before[..before.len().min(3)];
    // (the first or last column named after the city whose text it is — 淮安市 | 清江浦区 | … in
    // 淮安市禁毒委员会办公室's — is the whole's, as 全市 would be: a line before the table opens on
    // its name and speaks of drug control, its title or its office, among its first three)
    for j in [h.first, names.len() - 1] {
        let city = place_name(names[j]);
        let city = city.as_ref();
        if city.ends_with(['市', '州', '盟'])
            && place_column(city) == Some(PlaceColumn::County)
            && opening.iter().any(|(_, p)| p.trim_ws().starts_with(city) && p.contains("禁毒"))
        {
            names[j] = "合计";
        }
    }
    let (h, cols) = place_header(&names)?;
    let n = cols.len();
    // (…and a county's column in its own text — 华容县 | 临湘市 | 汨罗市, or 华容县 | 岳阳市, in
    // 华容县禁毒委员会办公室's — is the text's own figures, the other places' beside it no record of
    // this text: that column alone)
    let own = (h.first..names.len()).find(|&j| {
        let name = place_name(names[j]);
        name.ends_with(['县', '区', '旗'])
            && opening.iter().any(|(_, p)| p.trim_ws().starts_with(name.as_ref()) && p.contains("禁毒"))
    });
    let mut rows: Vec<(String, Vec<&str>)> = Vec::new();
    let mut k = i + 1;
    let mut last_label = String::new();
    while let Some(l) = lines.get(k).map(|(_, l)| l.as_str()) {
        let Some((label, values)) = place_columns_row(l, h, n) else {
            // (a row of words under the places — 评价等级 | 优 | 良 | …, 备注 | — | … —: no figures,
            // and the table goes on)
            if words_row(l, h, n) {
                k += 1;
                continue;
            }
            break;
        };
        k += 1;
        if change_row(&label) {
            continue;
        }
        let part = label.strip_prefix("其中").map(|r| r.trim_start_matches(['：', ':', ' ']));
        // (a part of a sum of money — 其中：市级补助 under 预算数 — names no column of its own: read
        // for nothing)
        if part.is_some() && role(&last_label).is_some() {
            continue;
        }
        let label = match part {
            Some(part) if !last_label.is_empty() && !part.is_empty() => {
                let base = last_label.split(['（', '(']).next().unwrap_or(&last_label);
                format!("{base}{part}")
            }
            _ => {
                last_label.clone_from(&label);
                label
            }
        };
        // (a rate's row of bare figures under a caption of its units, 单位：人次、人、% — 管控率 | 98.5
        // | … —: percentages, as its label would say with its unit, 管控率（%）)
        let label = if label.ends_with('率') && !values.iter().any(|v| v.contains('%')) {
            format!("{label}（%）")
        } else {
            label
        };
        rows.push((label, values));
    }
    if rows.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(n + 1);
    let head: Vec<&str> = std::iter::once("县（市、区）").chain(rows.iter().map(|(l, _)| l.as_str())).collect();
    let at = if joined.is_some() { before.last().map_or(lines[i].0, |b| b.0) } else { lines[i].0 };
    out.push((at, head.join("\t")));
    let at = lines[i + 1].0;
    for (j, col) in cols.iter().enumerate() {
        if *col == PlaceColumn::Other || own.is_some_and(|o| o != h.first + j) {
            continue;
        }
        let name = place_name(names[h.first + j]);
        let cells: Vec<&str> = std::iter::once(name.as_ref()).chain(rows.iter().map(|(_, v)| v[j])).collect();
        out.push((at, cells.join("\t")));
    }
    Some((out, k, joined.is_some()))
}

/// Every city's table turned the other way (`turned_places`) turned back into rows of places.
fn turn_place_columns(mut lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        if let Some((rows, end, upper)) = turned_places(&out, &lines, i) {
            if upper {
                out.pop();
            }
            out.extend(rows);
            i = end;
            continue;
        }
        out.push((lines[i].0, std::mem::take(&mut lines[i].1)));
        i += 1;
    }
    out
}

/// A city's table turned the other way flattened one cell a line (指标 / 大理市 / 祥云县 / … / 全州 /
/// 破获毒品刑事案件（起） / 38 / 17 / … / 146 / …; 序号 / 指标 / 单位 / 榆阳区 / … / 1 / 刑事拘留 / 人 /
/// 17 / …): its header and rows as tab-separated rows (then turned back by `turn_place_columns`) and
/// where the table ends. None for any other lines.
fn place_columns_cells(
    lines: &[(usize, String)],
    i: usize,
    cellish: impl Fn(&str) -> bool,
) -> Option<(Vec<(usize, String)>, usize)> {
    // (cheap test first: 序号 or a corner's word)
    let t = lines[i].1.trim_ws();
    let numbered = t == "序号";
    if t.is_empty() || !cellish(t) || !(numbered || indicators_corner(t)) {
        return None;
    }
    let cell = |k: usize| lines.get(k).map(|l| l.1.trim_ws()).filter(|t| cellish(t));
    let corner = i + usize::from(numbered);
    if !cell(corner).is_some_and(|t| !t.is_empty() && indicators_corner(t)) {
        return None;
    }
    let unit = cell(corner + 1).is_some_and(|t| matches!(t, "单位" | "计量单位" | "度量单位" | "统计单位"));
    let first = corner + 1 + usize::from(unit);
    cell(first).and_then(place_column)?;
    let mut j = first;
    while cell(j).and_then(place_column).is_some() {
        j += 1;
    }
    let names: Vec<&str> = lines[i..j].iter().map(|l| l.1.trim_ws()).collect();
    place_header(&names)?;
    let n = j - first;
    let mut out = vec![(lines[i].0, names.join("\t"))];
    let mut k = j;
    loop {
        let start = k;
        // (its number under 序号, its label, its unit under 单位, its figures)
        let no = match cell(k) {
            Some(t) if numbered && !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) => {
                k += 1;
                Some(t)
            }
            _ if numbered => break,
            _ => None,
        };
        let Some(label) = cell(k).filter(|t| !is_valueish(t) && place_column(t).is_none()) else {
            k = start;
            break;
        };
        k += 1;
        let counter = match cell(k) {
            Some(t) if unit && is_unit_cell(t) => {
                k += 1;
                Some(t)
            }
            _ if unit => {
                k = start;
                break;
            }
            _ => None,
        };
        let values: Vec<&str> = (k..k + n).map_while(|v| cell(v).filter(|t| is_valueish(t))).collect();
        if values.len() < n {
            k = start;
            break;
        }
        let lead: Vec<&str> = no.into_iter().chain(std::iter::once(label)).chain(counter).collect();
        out.push((lines[start].0, format!("{}\t{}", lead.join("\t"), values.join("\t"))));
        k += n;
    }
    (out.len() >= 2).then_some((out, k))
}

/// A table of years side by side flattened one cell a line (指标名称 / 2022年 / 2023年 / 同比增减 /
/// 破获毒品刑事案件（起） / 5 / 8 / +3 / …): a corner's word, two years or more and the columns of
/// their change after them, then rows of a label and a figure under each column — tab-separated
/// rows, and where the table ends. None for any other lines (a year alone on a line under no
/// corner's word heads no column).
fn year_columns_cells(
    lines: &[(usize, String)],
    i: usize,
    cellish: impl Fn(&str) -> bool,
) -> Option<(Vec<(usize, String)>, usize)> {
    // (cheap test first: a corner's word, then a year)
    let t = lines[i].1.trim_ws();
    if t.is_empty() || !cellish(t) || !indicators_corner(t) {
        return None;
    }
    let cell = |k: usize| lines.get(k).map(|l| l.1.trim_ws()).filter(|t| cellish(t));
    let year = |t: &str| matches!(role(t), Some(Role::Year(_))) && !t.contains('月');
    // (a column of the rows' units after the corner: 指标 / 单位 / 2022年 / 2023年 / 破获毒品刑事案件 /
    // 起 / 9 / 12)
    let unit = cell(i + 1).is_some_and(|t| matches!(t, "单位" | "计量单位" | "度量单位"));
    let first = i + 1 + usize::from(unit);
    let mut j = first;
    while cell(j).is_some_and(year) {
        j += 1;
    }
    if j - first < 2 {
        return None;
    }
    while cell(j).is_some_and(|t| !is_valueish(t) && (change_row(t) || role(t) == Some(Role::Skip))) {
        j += 1;
    }
    let n = j - first;
    let mut out = vec![(lines[i].0, lines[i..j].iter().map(|l| l.1.trim_ws()).collect::<Vec<_>>().join("\t"))];
    let mut k = j;
    while let Some(label) = cell(k).filter(|t| !is_valueish(t) && role(t).is_none()) {
        let counter = cell(k + 1).filter(|t| unit && is_unit_cell(t));
        if unit && counter.is_none() {
            break;
        }
        let at = k + 1 + usize::from(unit);
        let values: Vec<&str> = (at..at + n).map_while(|v| cell(v).filter(|t| is_valueish(t))).collect();
        if values.len() < n {
            break;
        }
        let lead: Vec<&str> = std::iter::once(label).chain(counter).collect();
        out.push((lines[k].0, format!("{}\t{}", lead.join("\t"), values.join("\t"))));
        k = at + n;
    }
    (out.len() >= 2).then_some((out, k))
}

pub fn reflow_cells(mut lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    drop_page_headers(&mut lines);
    // (a short rule between a table's rows laid one cell a line — ---, a web page's bar line
    // typed as dashes — is no cell: a longer one is dropped with the text's rules, and so are
    // the bar lines)
    // (one byte first: a line opening on - or =)
    lines.retain(|(_, l)| !matches!(l.trim_start().as_bytes().first(), Some(b'-' | b'=')) || !short_rule(l));
    let cellish = |t: &str| {
        // a character is at most four bytes: a longer line is no cell
        if t.len() > 120 {
            return false;
        }
        let n = t.chars().count();
        n > 0 && n <= 30 && !t.contains('\t') && !t.contains('。') && !t.contains('；')
    };
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        // a city's table of its counties one cell a line (地区 / 破获毒品刑事案件（起） / 刑事拘留（人）
        // / 全市 / 212 / 298 / 章贡区 / 46 / 61 …): its header and rows
        if let Some((rows, end)) = places_cells(&lines, i, cellish) {
            out.extend(rows);
            i = end;
            continue;
        }
        // …or turned the other way, its counties as columns (指标 / 大理市 / 祥云县 / … / 全州 /
        // 破获毒品刑事案件（起） / 38 / …): its header and rows, turned back in `rejoin_rows`
        if let Some((rows, end)) = place_columns_cells(&lines, i, cellish) {
            out.extend(rows);
            i = end;
            continue;
        }
        // …and a table of years side by side (指标名称 / 2022年 / 2023年 / 同比增减 / …)
        if let Some((rows, end)) = year_columns_cells(&lines, i, cellish) {
            out.extend(rows);
            i = end;
            continue;
        }
        // a caption naming its money unit over lines of a label and its bare sum (项目资金（元）：
        // / 年初预算数：300,000.00 / 全年执行数：271,600.00): each line a row of the caption's
        // group, as a row of cells under it is, so the unit is the sums'
        // (…or under a line stating the unit alone, 单位：元, 金额单位：千元: each line a row of its
        // name and sum, in the unit that line states for the rows under it)
        if let Some(end) = unit_caption_pairs(&lines, i) {
            let t = lines[i].1.trim_ws();
            let cap = if unit_statement(t) { String::new() } else { format!("{}\t", t.trim_end_matches(['：', ':'])) };
            out.push((lines[i].0, std::mem::take(&mut lines[i].1)));
            for l in &lines[i + 1..end] {
                let (label, value) = l.1.trim_ws().split_once(['：', ':']).unwrap_or_default();
                out.push((l.0, format!("{cap}{}\t{}", label.trim_ws(), value.trim_ws())));
            }
            i = end;
            continue;
        }
        // a header: at least two role cells among consecutive cell lines
        let mut j = i;
        let mut roles = 0;
        let (mut current, mut last_year) = (false, false);
        while let Some(t) = lines.get(j).map(|l| l.1.trim_ws()).filter(|t| cellish(t)) {
            // (a column's unit wrapped onto a line of its own under its name — 预算数 / （万元） —
            // is that cell's)
            if j > i && unit_line(t) {
                j += 1;
                continue;
            }
            // (a year alone on a line heads no column here: one cell per line keeps its roles)
            let r = role(t).filter(|r| !matches!(r, Role::Year(_)));
            // (a label and its value in one line — 项目名称：禁毒专项资金 — is no column's name,
            // though its label opens like one)
            let pair = || t.trim_end_matches(['：', ':']).contains(['：', ':']);
            if r.is_none() && (!HEADER_WORDS.iter().any(|w| t.starts_with(w)) || pair()) {
                break;
            }
            roles += r.is_some_and(|r| r != Role::Skip) as usize;
            // (this year's column beside last year's, 本年数 / 上年数, is a header too, as `header` has it)
            current |= r.is_some_and(|r| matches!(r, Role::Current | Role::Actual | Role::Budget));
            last_year |= r == Some(Role::Skip) && t.starts_with("上年");
            j += 1;
        }
        if roles < 2 && !(current && last_year) {
            // a row's label and its cells of column name and value, one a line with no header
            // above (其中：基本支出 / 全年预算数 / 41.30 / 全年执行数 / 41.30; 查处吸毒人员 / 目标值 /
            // 40人 / 实际完成值 / 47人): the names a header, the label and values its row
            if let Some((head, row, end)) = named_pairs(&lines, i, cellish) {
                out.push((lines[i].0, head));
                out.push((lines[i].0, row));
                i = end;
                continue;
            }
            // …and such a row flattened onto one line (查处吸毒人员｜目标｜30｜人次｜完成｜36｜人次;
            // 基本支出／预算 45.50／支出 45.50)
            if super::chars::has_byte(&lines[i].1, b'\t') {
                if let Some((head, row)) = named_pairs_row(&lines[i].1) {
                    out.push((lines[i].0, head));
                    out.push((lines[i].0, row));
                    i += 1;
                    continue;
                }
            }
            // …or such rows written as clauses of a line parted by semicolons, their cells by
            // spaces (基本支出 全年预算 386.50 全年执行 386.12；项目支出 全年预算 700.00 …)
            if let Some(rows) = semicolon_rows(&lines[i].1) {
                out.extend(rows.into_iter().map(|r| (lines[i].0, r)));
                i += 1;
                continue;
            }
            // an indicators' caption over rows of a name and two bare values, one cell a line
            if let Some((rows, end)) = unnamed_indicator_rows(&lines, i, cellish) {
                out.push((lines[i].0, format!("{}\t年度指标值\t实际完成值", lines[i].1.trim_ws())));
                out.extend(rows);
                i = end;
                continue;
            }
            // (no line before `i` is looked at again)
            out.push((lines[i].0, std::mem::take(&mut lines[i].1)));
            i += 1;
            continue;
        }
        let mut head = header_cells(&lines[i..j]);
        // (the parts of names merged over two columns or more, one a line under the header — 预算数
        // / 执行数 / … over 年初 / 全年 / 全年 —: joined to the names, as `stage_parts` reads them;
        // two parts at least, the words of the first row's label after them left to it)
        let parts = (j..)
            .take_while(|&k| {
                lines
                    .get(k)
                    .map(|l| l.1.trim_ws())
                    .is_some_and(|t| cellish(t) && !is_valueish(t) && t.chars().count() <= 6)
            })
            .count();
        for m in (2..=parts.min(8)).rev() {
            let toks: Vec<&str> = lines[j..j + m].iter().map(|l| l.1.trim_ws()).collect();
            if let Some(cells) = stage_parts(&head.iter().map(String::as_str).collect::<Vec<_>>(), &toks) {
                head = cells;
                j += m;
                break;
            }
        }
        let columns = head.len();
        out.push((lines[i].0, head.join("\t")));
        // (a target sheet's header with columns of words between its figures': its rows read as
        // many cells at a time as it has columns)
        if let Some((rows, end)) = word_column_rows(&lines, j, &head, cellish) {
            out.extend(rows);
            i = end;
            continue;
        }
        // rows: label cells, then value cells
        // (a header of money columns ends at the indicators' caption under its rows)
        let indicators = lines[i..j].iter().any(|l| matches!(role(l.1.trim_ws()), Some(Role::Target | Role::Result)));
        let reason_column =
            head.last().is_some_and(|h| ["原因", "备注", "说明", "措施"].iter().any(|w| h.ends_with(w)));
        let mut k = j;
        loop {
            let start = k;
            let cell = |k: usize| lines.get(k).map(|l| l.1.trim_ws()).filter(|t| cellish(t));
            if !indicators && cell(k).is_some_and(indicators_caption) {
                break;
            }
            // (an indicator named as a column is, after its levels' cells and before its values —
            // 产出指标 / 数量指标 / 预算执行率 / ≥90% / 96.97% in a 部门整体 form —, is the row's name)
            while k - start < 4
                && cell(k).is_some_and(|t| {
                    !is_valueish(t)
                        && (role(t).is_none() || indicators && k > start && cell(k + 1).is_some_and(is_valueish))
                })
            {
                k += 1;
            }
            let labels_end = k;
            while cell(k).is_some_and(is_valueish) {
                k += 1;
            }
            // one row of bare values right under the header, a value for each of its cells
            // (全年预算数 / 全年执行数 / 预算执行率 / 45 / 43.2 / 96%): a row with no label
            let bare_row = labels_end == start && start == j && k - start == columns;
            if k == labels_end || labels_end == start && !bare_row {
                // no values after the labels, or values with no label: the table has ended
                k = start;
                break;
            }
            // (a header ending on a column of words — 偏差原因, 备注 — whose row is one cell short:
            // the words on the line after its values are its last cell, not the next row's label,
            // unless values follow them — a label's — or they name an indicator's kind)
            if reason_column && k - start + 1 == columns {
                if let Some(t) = cell(k) {
                    let next_valueish = cell(k + 1).is_some_and(is_valueish);
                    // (nor a form's line after the table: 自评得分：80分, 合计, 总分)
                    let after_table = t.contains(['：', ':'])
                        || ["合计", "总计", "总分", "自评", "得分", "评分"].iter().any(|w| t.starts_with(w));
                    if !next_valueish
                        && !after_table
                        && role(t).is_none()
                        && !indicator_kind(t)
                        && !indicators_caption(t)
                        && !is_valueish(t)
                    {
                        k += 1;
                    }
                }
            }
            let row = lines[start..k].iter().map(|l| l.1.trim_ws()).collect::<Vec<_>>().join("\t");
            out.push((lines[start].0, if bare_row { format!("\t{row}") } else { row }));
        }
        i = k.max(j);
    }
    out
}

#[cfg(test)]
mod tests {
    /// A total row's label, as a sheet's cell or a PDF form's run gives it: the sums' and the
    /// score's words, spaces a centred cell puts inside them ignored; a column's 得分 alone, a
    /// row's own sum (分值合计, 预算合计) or a rate is no total's label.
    #[test]
    fn a_total_rows_label_with_spaces_inside_it() {
        for l in ["合计", "总 计", "合\u{3000}计", "总分", "自评得分 ：", "部门自评得分", "得分合计", "自评 总分"]
        {
            assert!(super::is_total_label(l), "{l}");
        }
        for l in ["得分", "分值合计", "预算合计", "部门整体支出自评得分率", "合计数额", ""] {
            assert!(!super::is_total_label(l), "{l}");
        }
    }

    /// A city's table of its counties one cell a line (地区 / 破获毒品刑事案件（起） / … / 全市 / 212 / …;
    /// 序号 / 县（市、区） / … / 1 / 梁园区 / 90 / … / 合计 / 355 / …): its header and rows, until a line
    /// that is no row's; a places' column over lines of words is none.
    #[test]
    fn a_citys_table_of_counties_one_cell_a_line() {
        let lines = |t: &str| t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect::<Vec<_>>();
        let rows = |t: &str| super::reflow_cells(lines(t)).into_iter().map(|l| l.1).collect::<Vec<_>>();
        assert_eq!(
            rows("地区\n破获毒品刑事案件（起）\n刑事拘留（人）\n全市\n212\n298\n章贡区\n46\n61\n其他县（市、区）\n78\n112\n希望各地对标先进。"),
            ["地区\t破获毒品刑事案件（起）\t刑事拘留（人）", "全市\t212\t298", "章贡区\t46\t61", "其他县（市、区）\t78\t112", "希望各地对标先进。"]
        );
        assert_eq!(
            rows("序号\n县（市、区）\n预算数（万元）\n执行数（万元）\n1\n梁园区\n90\n88.2\n2\n睢阳区\n85\n80.8\n合计\n175\n169\n——"),
            ["序号\t县（市、区）\t预算数（万元）\t执行数（万元）", "1\t梁园区\t90\t88.2", "2\t睢阳区\t85\t80.8", "\t合计\t175\t169", "——"]
        );
        assert_eq!(
            rows("地区\n工作亮点\n存在问题\n章贡区\n宣传到位\n经费不足"),
            ["地区", "工作亮点", "存在问题", "章贡区", "宣传到位", "经费不足"]
        );
        // (…and its cells parted by spaces: 县（市、区）  破获毒品刑事案件（起）  刑事拘留（人）)
        let spaced = super::respace(lines(
            "县（市、区）   破获毒品刑事案件（起）   刑事拘留（人）\n顺庆区   12   9\n全市   30   21",
        ));
        assert_eq!(
            spaced.into_iter().map(|l| l.1).collect::<Vec<_>>(),
            ["县（市、区）\t破获毒品刑事案件（起）\t刑事拘留（人）", "顺庆区\t12\t9", "全市\t30\t21"]
        );
    }

    /// A city's table turned the other way, its counties as columns and its indicators as rows
    /// (指标 | 章贡区 | 南康区 | … | 全市): turned back into rows of places, in every flattening —
    /// tabs (a Word table's row, its corner perhaps empty), single spaces (a web page), one cell a
    /// line; 市本级 / 市直 no row, a row of a change (同比, 增减) none, a part's row (其中：阳性) named
    /// after the row above it, a rate's bare figures under a caption of units a percentage's.
    #[test]
    fn a_citys_table_turned_the_other_way() {
        let lines = |t: &str| t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect::<Vec<_>>();
        let turned = |t: &str| {
            super::rejoin_rows(super::reflow_cells(super::respace(lines(t))))
                .into_iter()
                .map(|l| l.1)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            turned("指标\t章贡区\t南康区\t全市\n破获毒品刑事案件（起）\t46\t31\t268\n查获吸毒人员（人次）\t182\t96\t1032\n注：全市含其他县。"),
            [
                "县（市、区）\t破获毒品刑事案件（起）\t查获吸毒人员（人次）",
                "章贡区\t46\t182",
                "南康区\t31\t96",
                "全市\t268\t1032",
                "注：全市含其他县。"
            ]
        );
        // (an empty corner; the city's own level's column; a change's row; a part's; a bare rate)
        assert_eq!(
            turned("\t新罗区\t上杭县\t市直\t全市\n毛发检测\t1830\t760\t552\t5612\n其中：阳性\t14\t6\t4\t43\n管控率\t98.5\t97.7\t—\t97.9\n同比增减\t12.1\t8.3\t—\t6.2"),
            ["县（市、区）\t毛发检测\t毛发检测阳性\t管控率（%）", "新罗区\t1830\t14\t98.5", "上杭县\t760\t6\t97.7", "全市\t5612\t43\t97.9"]
        );
        // (single spaces, 合计 first; money)
        assert_eq!(
            turned("项目 合计 北湖区 苏仙区 市本级\n预算数 250 42 38 80\n执行数 242 41.2 36.5 78.3\n从执行情况看，总体较好。"),
            ["县（市、区）\t预算数\t执行数", "合计\t250\t242", "北湖区\t42\t41.2", "苏仙区\t38\t36.5", "从执行情况看，总体较好。"]
        );
        // (one cell a line)
        assert_eq!(
            turned("指标\n大理市\n祥云县\n全州\n刑事拘留（人）\n44\n20\n178\n尿检（人次）\n4120\n1860\n15800\n备注：全州合计含其余县。"),
            ["县（市、区）\t刑事拘留（人）\t尿检（人次）", "大理市\t44\t4120", "祥云县\t20\t1860", "全州\t178\t15800", "备注：全州合计含其余县。"]
        );
        // (the city's own name over the whole's column, in its own text: the whole's)
        assert_eq!(
            turned("淮安市禁毒委员会办公室\n指标\t淮安市\t清江浦区\t淮阴区\n刑事拘留（人）\t118\t26\t19"),
            ["淮安市禁毒委员会办公室", "县（市、区）\t刑事拘留（人）", "合计\t118", "清江浦区\t26", "淮阴区\t19"]
        );
        // (a caption of the places merged over their names, its row under it: the places' names)
        let top = ["指标", "县（市、区）", "全市"].map(String::from);
        let under = ["", "信州区", "广丰区", ""].map(String::from);
        assert_eq!(super::parts_under_merged(&top, &[1, 2, 1], &under).as_deref(), Some("指标\t信州区\t广丰区\t全市"));
        // (…but 全年 under 预算数 is the budget's stage)
        let top = ["项目", "预算数", "执行数"].map(String::from);
        let under = ["", "年初", "全年", ""].map(String::from);
        assert_eq!(
            super::parts_under_merged(&top, &[1, 2, 1], &under).as_deref(),
            Some("项目\t年初预算数\t全年预算数\t执行数")
        );
        // (a 序号 column before the corner, a column of units after it: the row's number none, its
        // unit named in its label)
        assert_eq!(
            turned(
                "序号\t指标\t单位\t榆阳区\t神木市\t全市\n1\t刑事拘留\t人\t17\t12\t70\n2\t管控率\t%\t98.9\t98.1\t98.4"
            ),
            ["县（市、区）\t刑事拘留（人）\t管控率（%）", "榆阳区\t17\t98.9", "神木市\t12\t98.1", "全市\t70\t98.4"]
        );
        assert_eq!(
            turned("指标 单位 西秀区 平坝区 全市\n破获毒品刑事案件 起 12 6 39"),
            ["县（市、区）\t破获毒品刑事案件（起）", "西秀区\t12", "平坝区\t6", "全市\t39"]
        );
        // (a sheet's header over two rows, the places' caption merged over the counties' names)
        assert_eq!(
            turned("序号\t指标\t计量单位\t县（市、区）\t\t全市\n\t\t\t鹤城区\t沅陵县\t\n1\t破获毒品刑事案件\t起\t19\t8\t96"),
            ["县（市、区）\t破获毒品刑事案件（起）", "鹤城区\t19", "沅陵县\t8", "全市\t96"]
        );
        // (short names spread across their cells, a note after a county's name: the places' names)
        assert_eq!(
            turned("项　目\t牡丹区（含高新区）\t曹　县\t全　市\n移送起诉（人）\t26\t18\t141"),
            ["县（市、区）\t移送起诉（人）", "牡丹区\t26", "曹县\t18", "全市\t141"]
        );
        // (a row of grades in words goes by, the table going on)
        assert_eq!(
            turned("指标\t武陵区\t鼎城区\n评价等级\t优\t良\n评价得分\t95\t88"),
            ["县（市、区）\t评价得分", "武陵区\t95", "鼎城区\t88"]
        );
        // (a part of a sum of money under it: none)
        assert_eq!(
            turned("项目\t北湖区\t苏仙区\n预算数\t42\t38\n其中：市级补助\t20\t18\n执行数\t41.2\t36.5"),
            ["县（市、区）\t预算数\t执行数", "北湖区\t42\t41.2", "苏仙区\t38\t36.5"]
        );
        // (a county's own column in its text: its figures alone, its neighbours' and its city's none)
        assert_eq!(
            turned("华容县禁毒委员会办公室2023年禁毒工作总结\n指标\t华容县\t临湘市\t岳阳市\n破获毒品刑事案件（起）\t12\t15\t150"),
            ["华容县禁毒委员会办公室2023年禁毒工作总结", "县（市、区）\t破获毒品刑事案件（起）", "华容县\t12"]
        );
        // (a county's name opening a paragraph of a city's text is no owner of the table)
        assert_eq!(
            turned("赣州市禁毒委员会办公室通报\n一、总体情况\n全市禁毒工作有序推进。\n章贡区禁毒办探索“禁毒+网格”模式。\n指标\t章贡区\t南康区\t全市\n尿检（人次）\t1\t2\t3")[4..],
            ["县（市、区）\t尿检（人次）", "章贡区\t1", "南康区\t2", "全市\t3"]
        );
        // (counties named after their city)
        assert_eq!(
            turned("指标\t赣州市章贡区\t济宁市市中区\t荆州市沙市区\t沙市区\n尿检（人次）\t1\t2\t3\t4"),
            ["县（市、区）\t尿检（人次）", "章贡区\t1", "市中区\t2", "沙市区\t3", "沙市区\t4"]
        );
        // (one cell a line, with 序号 and 单位)
        assert_eq!(
            turned("序号\n指标\n单位\n榆阳区\n神木市\n全市\n1\n刑事拘留\n人\n17\n12\n70\n2\n强制隔离戒毒\n人\n12\n9\n47\n希望各地再接再厉。"),
            ["县（市、区）\t刑事拘留（人）\t强制隔离戒毒（人）", "榆阳区\t17\t12", "神木市\t12\t9", "全市\t70\t47", "希望各地再接再厉。"]
        );
        // (the places' caption in the corner)
        assert_eq!(
            turned("地区\t章贡区\t南康区\t全市\n尿检（人次）\t1320\t980\t10850"),
            ["县（市、区）\t尿检（人次）", "章贡区\t1320", "南康区\t980", "全市\t10850"]
        );
        // (columns of one county, or of no places, are no such table)
        for t in [
            "指标\t章贡区\t全市\n破获毒品刑事案件（起）\t46\t268",
            "指标\t上年\t本年\n破获毒品刑事案件（起）\t7\t10",
            "项目\t城区\t郊区\n宣传（场）\t5\t6",
        ] {
            assert_eq!(turned(t), t.lines().collect::<Vec<_>>(), "{t}");
        }
    }

    /// A table of years side by side one cell a line (指标名称 / 2022年 / 2023年 / 同比增减 / 破获毒品刑事
    /// 案件（起） / 5 / 8 / +3 / …): its header and rows; years alone under no corner's word are none.
    #[test]
    fn years_side_by_side_one_cell_a_line() {
        let lines = |t: &str| t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect::<Vec<_>>();
        let rows = |t: &str| super::reflow_cells(lines(t)).into_iter().map(|l| l.1).collect::<Vec<_>>();
        assert_eq!(
            rows("指标名称\n2022年\n2023年\n同比增减\n破获毒品刑事案件（起）\n5\n8\n+3\n刑事拘留（人）\n6\n9\n+3\n二、打算"),
            ["指标名称\t2022年\t2023年\t同比增减", "破获毒品刑事案件（起）\t5\t8\t+3", "刑事拘留（人）\t6\t9\t+3", "二、打算"]
        );
        assert_eq!(rows("2022年\n2023年\n破获\n5\n8"), ["2022年", "2023年", "破获", "5", "8"]);
        // (…with a column of units)
        assert_eq!(
            rows("指标\n单位\n2022年\n2023年\n破获毒品刑事案件\n起\n9\n12\n尿检\n人次\n1580\n1720"),
            ["指标\t单位\t2022年\t2023年", "破获毒品刑事案件\t起\t9\t12", "尿检\t人次\t1580\t1720"]
        );
    }

    /// Last year's figures beside this year's target and result (上年完成值 | 本年目标值 | 本年实际完成值):
    /// a column held for nothing, so that the target and the result keep their places.
    #[test]
    fn last_years_result_beside_this_years() {
        use super::{header, role, Role};
        for c in ["上年完成值", "上年实际完成值", "上年度完成值", "去年完成数", "上年目标值", "上年度", "上年数"]
        {
            assert_eq!(role(c), Some(Role::Skip), "{c}");
        }
        assert_eq!(
            header(&["指标", "上年完成值", "本年目标值", "本年实际完成值"]),
            Some(vec![Role::Skip, Role::Target, Role::Result])
        );
        // (results named with their years: each its year's column, the target none; beside points,
        // the latest year's the result)
        assert_eq!(
            header(&["指标", "2022年完成值", "2023年目标值", "2023年完成值", "备注"]),
            Some(vec![Role::Year(2022), Role::Skip, Role::Year(2023)])
        );
        assert_eq!(
            header(&["三级指标", "2022年完成值", "2023年目标值", "2023年完成值", "分值", "得分"]),
            Some(vec![Role::Skip, Role::Target, Role::Result, Role::Points, Role::Score])
        );
    }

    /// Column names of provinces' forms beside the MoF's: money used so far (已使用资金, 实际使用数),
    /// its rate (资金使用率, 支付进度), and columns each holding a place with no field — the
    /// year's change to the budget (预算调整数, 追加数), money received (资金到位率), what is left
    /// (结余), an indicator's share of its target (完成率).
    #[test]
    fn provinces_column_names() {
        use super::{role, Role};
        for (cell, want) in [
            ("已使用资金", Some(Role::Actual)),
            ("实际使用数", Some(Role::Actual)),
            ("资金使用数（万元）", Some(Role::Actual)),
            ("已支出金额", Some(Role::Actual)),
            ("资金使用率", Some(Role::Rate)),
            ("支付进度", Some(Role::Rate)),
            ("预算调整数", Some(Role::Skip)),
            ("调整数", Some(Role::Skip)),
            ("年中追加数", Some(Role::Skip)),
            ("资金到位率", Some(Role::Skip)),
            ("结余", Some(Role::Skip)),
            ("结转结余", Some(Role::Skip)),
            ("完成率", Some(Role::Skip)),
            ("权重分", Some(Role::Points)),
            ("得分(分)", Some(Role::Score)),
            ("绩效指标值", Some(Role::Target)),
            ("年度实际完成值", Some(Role::Result)),
            ("指标实际值", Some(Role::Result)),
            ("年末实有人数", Some(Role::Staff)),
            ("执行数占预算数比例", Some(Role::Rate)),
            ("全年预算指标数", Some(Role::Budget)),
            ("批复金额", Some(Role::Budget)),
            ("支出决算数", Some(Role::Actual)),
            ("已拨付资金", Some(Role::Actual)),
            ("资金下达数", Some(Role::Skip)),
            ("指标得分", Some(Role::Score)),
            ("截至年底执行数", Some(Role::Actual)),
            ("年度总预算", Some(Role::Budget)),
            ("项目总预算", None),
            ("目标任务", Some(Role::Target)),
            ("计划", Some(Role::Target)),
            ("实际完成", Some(Role::Result)),
            // (the budget's own names keep their roles)
            ("预算完成率", Some(Role::Rate)),
            ("调整后预算数", Some(Role::Budget)),
            ("调整预算数", Some(Role::Budget)),
            // (words of other columns stay none)
            ("使用说明", None),
            ("结算方式", None),
        ] {
            assert_eq!(role(cell), want, "{cell}");
        }
    }

    /// A final account's header of its income's and spending's halves side by side gives where
    /// the spending's half begins; one half, or a form's header, does not. One column of money
    /// beside the rows' labels (项目 | 决算数, 项目 | 金额) is a header.
    #[test]
    fn a_final_accounts_halves_side_by_side() {
        use super::{header, paired_header, Role};
        assert_eq!(paired_header(&["项目", "行次", "金额", "项目", "行次", "金额"]), Some(3));
        assert_eq!(paired_header(&["收入项目", "金额", "支出项目", "金额"]), Some(2));
        assert_eq!(paired_header(&["项目", "行次", "金额"]), None);
        assert_eq!(paired_header(&["项目资金", "年初预算数", "全年预算数", "全年执行数"]), None);
        assert_eq!(header(&["项目", "决算数"]), Some(vec![Role::Actual]));
        assert_eq!(header(&["项目", "金额"]), Some(vec![Role::Current]));
        assert_eq!(header(&["项目", "行次", "金额"]), Some(vec![Role::Skip, Role::Current]));
        // (one column of no money beside the labels stays none)
        assert_eq!(header(&["项目", "内容"]), None);
    }

    /// A monitoring form's columns of the months so far (1-7月执行数) have the column's role and
    /// its months; its forecasts for the whole year (全年预计执行数) hold a place and are read
    /// for nothing.
    #[test]
    fn a_monitoring_forms_columns_of_the_months_so_far() {
        use super::{months, role, Role};
        for (cell, want, m) in [
            ("1-7月执行数", Some(Role::Actual), Some((1, 7))),
            ("1—6月执行率", Some(Role::Rate), Some((1, 6))),
            ("1至8月执行数（万元）", Some(Role::Actual), Some((1, 8))),
            ("1月-9月实际完成值", Some(Role::Result), Some((1, 9))),
            ("1-7月份预算执行率", Some(Role::Rate), Some((1, 7))),
            ("上半年执行数", Some(Role::Actual), Some((1, 6))),
            ("截至7月底执行数", Some(Role::Actual), Some((1, 7))),
            ("截至6月30日执行数", Some(Role::Actual), Some((1, 6))),
            // (a year's months: that year's column of a table of years)
            ("2023年1-6月", Some(Role::Year(2023)), Some((1, 6))),
            ("2022年上半年", Some(Role::Year(2022)), Some((1, 6))),
            ("1-6月累计执行数", Some(Role::Actual), Some((1, 6))),
            ("1-6月预算执行进度", Some(Role::Rate), Some((1, 6))),
            ("序时进度", Some(Role::Skip), None),
            ("前三季度支出数", Some(Role::Actual), Some((1, 9))),
            ("全年预计执行数", Some(Role::Skip), None),
            ("预计全年完成值", Some(Role::Skip), None),
            ("全年预计完成值", Some(Role::Skip), None),
            // (a column of the whole year names no months)
            ("全年执行数", Some(Role::Actual), None),
            ("年度指标值", Some(Role::Target), None),
            ("完成目标可能性", None, None),
            // (months from another start than January are no months so far)
            ("3-7月执行数", None, None),
        ] {
            assert_eq!((role(cell), months(cell)), (want, m), "{cell}");
        }
    }

    /// A sheet saved as comma-separated text: its rows' cells; prose with ASCII commas and sums
    /// with thousands' commas are no rows.
    #[test]
    fn comma_separated_rows_are_cells() {
        for (l, want) in [
            (
                "项目资金（万元）,年初预算数,全年预算数,全年执行数,执行率,得分",
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分",
            ),
            ("年度资金总额,60.00,60.00,57.36,95.60%,9.56", "年度资金总额\t60.00\t60.00\t57.36\t95.60%\t9.56"),
            (
                "产出指标,数量指标,尿检人次,≥2500人次,2711人次,15,15",
                "产出指标\t数量指标\t尿检人次\t≥2500人次\t2711人次\t15\t15",
            ),
            ("总分,,,,,100,94.56", "总分\t\t\t\t\t100\t94.56"),
        ] {
            assert_eq!(super::comma_row(l).as_deref(), Some(want), "{l}");
        }
        for l in [
            "同志们:2018年以来,在市委、市政府的正确领导下,在上级相关部门的大力支持和协作下,我县的禁毒工作取得成效",
            "全年破获毒品刑事案件12起,抓获犯罪嫌疑人15人,刑事拘留10人,查处吸毒人员30人次",
            "本年支出1,254,318.60元,其中基本支出586,000.00元",
            "a,b,c,d",
            "破获12起,刑拘15人,查处30人次,强戒8人",
        ] {
            assert_eq!(super::comma_row(l), None, "{l}");
        }
    }

    /// A statistics sheet's header: the label's, value's and counter's columns, and nothing
    /// else but 序号, 备注 or an empty cell.
    #[test]
    fn statistics_sheet_columns() {
        for (cells, want) in [
            (vec!["序号", "项目", "单位", "数量"], Some((1, 3, Some(2)))),
            (vec!["指标名称", "计量单位", "完成数"], Some((0, 2, Some(1)))),
            (vec!["项目", "数值", "备注"], Some((0, 1, None))),
            (vec!["统计项目", " 数 量 "], Some((0, 1, None))),
            // (a form's columns, or the value before the label, are no statistics sheet)
            (vec!["项目", "单位", "数量", "年度指标值"], None),
            (vec!["数量", "项目"], None),
            // (this year's figures so far beside last year's and the change)
            (vec!["序号", "指标", "单位", "1-6月", "去年同期", "同比增减"], Some((1, 3, Some(2)))),
            (vec!["序号", "指标", "单位", "本年累计", "上年同期", "同比"], Some((1, 3, Some(2)))),
            // (…or by its year, beside last year's column; not a year alone, nor two years)
            (vec!["序号", "指标", "单位", "2023年", "上年同期", "同比"], Some((1, 3, Some(2)))),
            (vec!["指标", "2024年", "去年同期", "同比增减"], Some((0, 1, None))),
            (vec!["序号", "指标", "单位", "2023年"], None),
            (vec!["指标", "2022年", "2023年", "上年同期"], None),
            (vec!["指标", "单位", "上半年", "同比增减"], Some((0, 2, Some(1)))),
            (vec!["项目名称", "禁毒经费"], None),
        ] {
            assert_eq!(stat_columns(&cells), want, "{cells:?}");
        }
    }

    /// A row of two years or more and nothing else heads a table of years side by side; a
    /// row labelled by a year with figures under it, or a year beside other roles, does not.
    #[test]
    fn a_row_of_years_is_a_header_of_years() {
        assert_eq!(
            header(&["指标", "2021年", "2022年", "2023年"]),
            Some(vec![Role::Year(2021), Role::Year(2022), Role::Year(2023)])
        );
        assert_eq!(header(&["2022年", "45", "43"]), None);
        assert_eq!(header(&["项目", "2023年"]), None);
        assert_eq!(header(&["2022年度", "全年预算数", "全年执行数"]), None);
    }
    use super::*;

    proptest::proptest! {
        /// A cell `role_of` names a role holds a character of ROLE_CHARS (the test before it).
        #[test]
        fn every_role_holds_a_gate_character(parts in proptest::collection::vec(proptest::sample::select(vec![
            "编制数", "核定编制", "编制人数", "核定编制数", "人员编制", "实有人数", "实际在职人数", "在职人数", "实有在职人数",
            "实有人员", "在职人员", "年初预算", "年初批复", "年初安排", "到位数", "到位资金", "到位额", "到位金额", "执行率",
            "全年", "年度", "实际", "预算", "资金", "执行数", "执行金额", "执行额", "支出数", "支出金额", "决算数", "拨付数",
            "支出", "拨付", "执行", "批复数", "调整后", "调整", "批复", "核定", "项目", "预算数", "预算金额", "预算额",
            "预算总额", "预算安排数", "预算批复数", "分值", "权重", "指标分值", "指标权重", "标准分值", "标准分", "分数",
            "得分", "自评得分", "实际得分", "评分", "自评分", "评价得分", "自评分数", "单位自评得分", "年度指标值",
            "全年指标值", "指标值", "目标值", "预期目标", "年度目标值", "年度目标", "绩效目标值", "预期指标值",
            "计划指标值", "计划值", "预期值", "实际完成值", "实际完成", "实际完成数", "完成值", "完成数", "实际值",
            "全年实际值", "全年完成值", "年度完成值", "实际达成值", "指标完成值", "全年实际完成", "实际完成情况",
            "实际完成指标值", "上年", "上一年", "去年", "本年", "当年", "2021年", "度", "其中：", "（万元）", "(A)", "%", " ",
            "禁毒", "经费",
        ]), 1..4)) {
            let cell: String = parts.concat();
            proptest::prop_assert!(role_of(&cell).is_none() || super::super::chars::any_in(&cell, &ROLE_CHARS), "{:?}", cell);
        }
    }

    fn lines(t: &str) -> Vec<(usize, String)> {
        t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect()
    }

    #[test]
    fn space_flattened_rows_become_tab_rows() {
        let out = respace(lines(
            "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n年度资金总额: 80 86.5 84.2 10 97.34% 9.7\n本年度决算数 256.32 万元，主要用于业务。\n二、绩效目标 完成情况",
        ));
        assert_eq!(out[0].1, "年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分");
        assert_eq!(out[1].1, "年度资金总额:\t80\t86.5\t84.2\t10\t97.34%\t9.7");
        // prose ends the table, and prose with spaces stays prose
        assert_eq!(out[2].1, "本年度决算数 256.32 万元，主要用于业务。");
        assert_eq!(out[3].1, "二、绩效目标 完成情况");
        // no header above: nothing is a table
        let out = respace(lines("决算数 256.32 万元\n合计 12 13"));
        assert_eq!(out[1].1, "合计 12 13");
        // …but a form's 总分 row stands after its prose cells as a row of the form
        let out = respace(lines("预期目标 实际完成情况\n全年开展禁毒宣传活动56场次，发放宣传资料2.3万份，超额完成任务。\n总分 100 93.5\n总分说明 见附件"));
        assert_eq!(out[2].1, "总分\t100\t93.5");
        assert_eq!(out[3].1, "总分说明 见附件");
        // (…its label ending on a colon too)
        for (l, want) in [("总分：   95.80 分", "总分\t95.80\t分"), ("总分: 100  92.5", "总分\t100\t92.5")] {
            assert_eq!(respace(lines(l))[0].1, want, "{l}");
        }
        assert_eq!(respace(lines("总分：见附表"))[0].1, "总分：见附表");
        // header cells wrapped onto a line of their own (pdftotext -layout) are dropped, and
        // the rows under them stay the table's
        let out = respace(lines(
            "      年初预算   全年预算   全年执行   执行率
      数         数         数
年度资金总额   96.00   101.50   99.10   97.64%",
        ));
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(out[1].1, "年度资金总额\t96.00\t101.50\t99.10\t97.64%");
        // (the same words as a line of prose are kept)
        let out = respace(lines("数 数"));
        assert_eq!(out.len(), 1);
    }

    /// A row of label and value cells flattened with spaces, with no header above, becomes a
    /// tab row (its pairs are read in scan); one pair alone only when parted by two spaces.
    #[test]
    fn space_flattened_label_value_rows_become_tab_rows() {
        for (line, want) in [
            ("年初预算数  30  全年预算数  32  全年执行数  28.5", "年初预算数\t30\t全年预算数\t32\t全年执行数\t28.5"),
            ("预算数（万元）   186.4   执行数（万元）   179.53", "预算数（万元）\t186.4\t执行数（万元）\t179.53"),
            ("全年执行数 28.5 执行率 89.06%", "全年执行数\t28.5\t执行率\t89.06%"),
            ("自评得分    92", "自评得分\t92"),
            ("年度资金总额：  年初预算数  30  全年预算数  32", "年度资金总额：\t年初预算数\t30\t全年预算数\t32"),
            // (prose, a lone pair by one space, an odd count of cells, a row of labels: as written)
            ("本年度决算数 256.32 万元，主要用于业务。", "本年度决算数 256.32 万元，主要用于业务。"),
            ("自评得分 92", "自评得分 92"),
            ("年度预算 30 32 28.5", "年度预算 30 32 28.5"),
            ("项目名称  禁毒工作经费  实施单位  某县禁毒办", "项目名称  禁毒工作经费  实施单位  某县禁毒办"),
        ] {
            assert_eq!(respace(lines(line))[0].1, want, "{line}");
        }
    }

    /// Header cells one a line with their unit wrapped onto a line under them (预算数 / （万元）):
    /// the unit is the cell's, and the rows under the header are its rows.
    /// A table of the stages as rows and the parts as columns, turned over.
    #[test]
    fn stages_as_rows_and_parts_as_columns_turned_over() {
        let lines = |t: &str| t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect::<Vec<_>>();
        let out = rejoin_rows(lines(
            "预算执行情况\t合计\t基本支出\t项目支出\n年初预算数\t318.00\t206.00\t112.00\n全年执行数\t324.90\t207.85\t117.05\n执行率\t96.81%\t99.74%\t92.02%\n自评得分\t94.3",
        ));
        let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            rows,
            [
                "项目\t年初预算数\t全年执行数\t执行率",
                "合计\t318.00\t324.90\t96.81%",
                "基本支出\t206.00\t207.85\t99.74%",
                "项目支出\t112.00\t117.05\t92.02%",
                "自评得分\t94.3",
            ]
        );
        // (parts over rows that are no stages, or a single row of stages: left as they are)
        for t in [
            "项目\t合计\t基本支出\n编制数\t10\t8\n实有人数\t9\t7",
            "预算执行情况\t合计\t基本支出\n年初预算数\t318.00\t206.00\n说明\t无\t无",
            "项目\t年初预算数\t全年执行数\n合计\t318.00\t324.90\n基本支出\t206.00\t207.85",
        ] {
            assert_eq!(rejoin_rows(lines(t)), lines(t), "{t}");
        }
    }

    /// A final account's spending table with the parts as columns and the row of their sum
    /// (支出决算表): the sum and each part a row of the final account's figures.
    #[test]
    fn a_spending_table_of_parts_as_columns_turned_over() {
        let lines = |t: &str| t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect::<Vec<_>>();
        let want = ["项目\t决算数", "本年支出合计\t2,298,450.36", "基本支出\t1,105,230.16", "项目支出\t1,193,220.20"];
        for (t, after) in [
            // (one header row, a row of column numbers before the sum's)
            (
                "项目\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\n栏次\t1\t2\t3\t4\n合计\t2,298,450.36\t1,105,230.16\t1,193,220.20\t\n2040101\t行政运行\t9",
                Some("2040101\t行政运行\t9"),
            ),
            // (本年支出 merged over its parts, the parts a row under it; income first)
            (
                "项目\t本年收入\t本年支出\n\t\t合计\t基本支出\t项目支出\t上缴上级支出\n合计\t2,356,800.00\t2,298,450.36\t1,105,230.16\t1,193,220.20\t",
                None,
            ),
            // (the header joined as a .docx's is, the group's name after the parts')
            (
                "项目\t本年收入\t合计本年支出\t基本支出本年支出\t项目支出本年支出\n总 计\t2,356,800.00\t2,298,450.36\t1,105,230.16\t1,193,220.20",
                None,
            ),
        ] {
            let out = rejoin_rows(lines(t));
            let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
            let turned = rows.iter().position(|r| *r == want[0]).unwrap_or_else(|| panic!("{t}: {rows:?}"));
            assert_eq!(rows[turned..turned + 4], want, "{t}");
            assert_eq!(rows.get(turned + 4).copied(), after, "{t}");
        }
        // (a bare 合计 column may be income's; parts over no row of a sum; a budget's columns)
        for t in [
            "项目\t合计\t基本支出\t项目支出\n合计\t100\t60\t40",
            "项目\t本年支出合计\t基本支出\t项目支出\n人员经费\t50\t50\t",
            "预算执行情况\t合计\t基本支出\t项目支出\n年初预算数\t318.00\t206.00\n",
        ] {
            assert!(!rejoin_rows(lines(t)).iter().any(|(_, l)| l == "项目\t决算数"), "{t}");
        }
    }

    /// A spending table under its caption (二、一般公共预算财政拨款支出决算表) whose header's sum is a
    /// bare 合计 beside 科目编码 | 科目名称: its 合计 row is the spending and its parts, whether the
    /// row keeps its blank code cell, a flattening dropped it, the cells are parted by spaces or
    /// each is a line; not under 收入支出决算总表, whose bare 合计 may be income's.
    #[test]
    fn a_spending_table_named_by_its_caption_turned_over() {
        let want = ["项目\t决算数", "本年支出合计\t59.36", "基本支出\t38.26", "项目支出\t21.10"];
        let cap = "二、一般公共预算财政拨款支出决算表\n单位：万元\n";
        for body in [
            "科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t59.36\t38.26\t21.10\n204\t公共安全支出\t57.36\t36.26\t21.10",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出\n合计\t59.36\t38.26\t21.10\n204\t公共安全支出\t57.36\t36.26\t21.10",
            "科目编码 科目名称 合计 基本支出 项目支出\n合计 59.36 38.26 21.10\n204 公共安全支出 57.36 36.26 21.10",
            "科目编码\n科目名称\n合计\n基本支出\n项目支出\n合计\n59.36\n38.26\n21.10\n204",
        ] {
            let t = format!("{cap}{body}");
            let out = rejoin_rows(lines(&t));
            let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
            let turned = rows.iter().position(|r| *r == want[0]).unwrap_or_else(|| panic!("{t}: {rows:?}"));
            assert_eq!(rows[turned..turned + 4], want, "{t}");
        }
        // (…and one cell a line, the columns naming their unit: 合计（万元） / 基本支出（万元）)
        let t = "二、一般公共预算财政拨款支出决算表\n科目编码\n科目名称\n合计（万元）\n基本支出（万元）\n项目支出（万元）\n合计\n156.82\n98.40\n58.42\n204";
        let out = rejoin_rows(lines(t));
        let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
        assert!(rows.contains(&"基本支出\t98.40万元") && rows.contains(&"本年支出合计\t156.82万元"), "{rows:?}");
        // (the unit its columns name goes with each figure: the turned table has no header of it)
        let t = "二、一般公共预算财政拨款支出决算表\n科目编码  科目名称  合计（元）  基本支出（元）  项目支出（元）\n          合计      752,000.00  506,000.00  246,000.00";
        let out = rejoin_rows(lines(t));
        let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
        assert!(rows.contains(&"基本支出\t506,000.00元") && rows.contains(&"本年支出合计\t752,000.00元"), "{rows:?}");
        for t in [
            "一、收入支出决算总表\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t59.36\t38.26\t21.10",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t59.36\t38.26\t21.10",
        ] {
            assert!(!rejoin_rows(lines(t)).iter().any(|(_, l)| l == "项目\t决算数"), "{t}");
        }
    }

    /// …and so when a flattening dropped the parts' row's leading blank cells (合计 | 基本支出 |
    /// 项目支出 over a sum's row of four cells) or parted its cells by single spaces.
    #[test]
    fn a_spending_table_flattened_without_blank_cells_turned_over() {
        let want = ["项目\t决算数", "本年支出合计\t3541.40", "基本支出\t1905.80", "项目支出\t1635.60"];
        for t in [
            "科目编码\t科目名称\t本年支出\n合计\t基本支出\t项目支出\n合计\t3541.40\t1905.80\t1635.60",
            "科目编码 科目名称 本年支出\n合计 基本支出 项目支出\n合计 3541.40 1905.80 1635.60",
        ] {
            let out = rejoin_rows(lines(t));
            let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
            assert_eq!(rows[1..], want, "{t}");
        }
        // (a spaced line naming more than the parts, or a sum's row far wider, is none)
        for t in [
            "合计 基本支出 项目支出 说明\n合计 3541.40 1905.80 1635.60",
            "科目编码 科目名称 本年支出\n合计 基本支出 项目支出\n合计 1 2 3541.40 1905.80 1635.60",
        ] {
            assert!(!rejoin_rows(lines(t)).iter().any(|(_, l)| l == "项目\t决算数"), "{t}");
        }
    }

    /// Two tables side by side under a caption of two parts of the spending (人员经费 | |
    /// 公用经费) and a header naming its columns twice: the left table, then the right one.
    #[test]
    fn two_parts_tables_side_by_side_parted() {
        let t = "人员经费\t\t公用经费\n科目名称\t决算数\t科目名称\t决算数\n工资福利支出\t853.20\t商品和服务支出\t100.80\n人员经费合计\t853.20\t公用经费合计\t100.80\n三、“三公”经费";
        let out = rejoin_rows(lines(t));
        let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            rows[1..],
            [
                "科目名称\t决算数",
                "人员经费合计\t853.20",
                "工资福利支出\t853.20",
                "科目名称\t决算数",
                "公用经费合计\t100.80",
                "商品和服务支出\t100.80",
                "三、“三公”经费"
            ]
        );
        assert_eq!(out.iter().map(|(n, _)| *n).collect::<Vec<_>>(), [1, 2, 4, 3, 2, 4, 3, 5]);
        // (the caption flattened with a space alike)
        let t2 = t.replacen("人员经费\t\t公用经费", "人员经费 公用经费", 1);
        assert_eq!(rejoin_rows(lines(&t2))[1..], out[1..], "{t2}");
        // (收入 beside 支出, or no caption: as it stands)
        for t in [
            "收入\t\t支出\n项目\t决算数\t项目\t决算数\n本年收入合计\t100\t本年支出合计\t98",
            "科目名称\t决算数\t科目名称\t决算数\n工资福利支出\t853.20\t商品和服务支出\t100.80",
        ] {
            assert_eq!(rejoin_rows(lines(t)), lines(t), "{t}");
        }
    }

    /// The “三公” final account laid across (预算数 | 决算数 each over 合计 | 因公出国（境）费 | …,
    /// one row of twelve figures): a table of the sums, the budget's first figure and the
    /// spending's — tabbed, spaced, one cell a line, with or without a row of column numbers.
    #[test]
    fn the_sangong_table_laid_across_becomes_its_sums() {
        let names = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"];
        let subs = ["小计", "公务用车购置费", "公务用车运行费"];
        let figs = ["36,000.00", "0.00", "24,000.00", "0.00", "24,000.00", "12,000.00"];
        let figs2 = ["28,650.00", "0.00", "21,300.00", "0.00", "21,300.00", "7,350.00"];
        let all: Vec<&str> = figs.iter().chain(&figs2).copied().collect();
        let nums: Vec<String> = (1..=12).map(|n| n.to_string()).collect();
        fn twice(v: &[&'static str]) -> Vec<&'static str> {
            [v, v].concat()
        }
        let cap = "财政拨款“三公”经费支出决算表\n";
        let want = ["项目\t预算数\t决算数", "合计\t36,000.00\t28,650.00"];
        for body in [
            format!(
                "预算数\t\t\t\t\t\t决算数\n{}\n{}\n{}",
                twice(&names).join("\t"),
                twice(&subs).join("\t"),
                all.join("\t")
            ),
            format!(
                "预算数 决算数\n{}\n{}\n{}\n{}",
                twice(&names).join(" "),
                twice(&subs).join(" "),
                nums.join(" "),
                all.join(" ")
            ),
            format!("预算数\n决算数\n{}\n{}\n{}", twice(&names).join("\n"), twice(&subs).join("\n"), all.join("\n")),
        ] {
            let out = rejoin_rows(lines(&format!("{cap}{body}\n第三部分")));
            let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
            assert_eq!(rows[1..3], want, "{body}");
            assert_eq!(rows[3], "第三部分", "{body}");
        }
        // (no caption of 三公 above, or one 合计 only: as it stands)
        for t in [
            format!("预算数\t决算数\n{}\n{}", twice(&names).join("\t"), all.join("\t")),
            format!("{cap}预算数\t决算数\n{}\n{}", names.join("\t"), figs.join("\t")),
        ] {
            assert!(!rejoin_rows(lines(&t)).iter().any(|(_, l)| l.starts_with("项目\t预算数")), "{t}");
        }
    }

    /// A row of a part's name and its stages' pairs (基本支出 | 预算数：96.20 | 执行数：95.88):
    /// a line of the name's each; a row of other pairs stays.
    #[test]
    fn a_name_and_its_stages_pairs_become_its_lines() {
        let out = rejoin_rows(lines("基本支出\t预算数：96.20\t执行数：95.88"));
        assert_eq!(out, [(1, "基本支出预算数：96.20".to_string()), (1, "基本支出执行数：95.88".to_string())]);
        for t in [
            "基本支出\t预算数：96.20",
            "基本支出\t联系人：张某\t执行数：95.88",
            "部门名称：某县\t预算数：96.2\t执行数：95",
        ] {
            assert_eq!(rejoin_rows(lines(t)), lines(t), "{t}");
        }
    }

    /// …and so when the table was saved one cell a line (the sum's label joined to its first
    /// figure or not).
    #[test]
    fn a_spending_table_one_cell_a_line_turned_over() {
        let want =
            ["项目\t决算数", "本年支出合计\t2,151,300.00", "基本支出\t1,079,800.00", "项目支出\t1,071,500.00", "204"];
        for sum in ["合计：2,151,300.00", "合计\n2,151,300.00"] {
            let t = format!(
                "科目编码\n科目名称\n本年支出\n合计\n基本支出\n项目支出\n{sum}\n1,079,800.00\n1,071,500.00\n204"
            );
            let out = turn_part_columns(lines(&t));
            let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
            assert_eq!(rows[3..], want, "{t}");
        }
        // (no 本年支出 above the parts: as it stands)
        let t = "科目名称\n合计\n基本支出\n项目支出\n合计：2,151,300.00\n1,079,800.00\n1,071,500.00";
        assert_eq!(turn_part_columns(lines(t)), lines(t));
    }

    /// A row of the name's pair, then pairs of labels and figures: two rows.
    #[test]
    fn a_name_and_pairs_of_figures_in_one_row() {
        let lines = |t: &str| t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect::<Vec<_>>();
        let out = rejoin_rows(lines("部门名称\t梅河口市禁毒办\t编制人数\t10\t实有人数\t9"));
        assert_eq!(out, [(1, "部门名称\t梅河口市禁毒办".to_string()), (1, "编制人数\t10\t实有人数\t9".to_string())]);
        let out = rejoin_rows(lines("单位名称\t某县司法局\t年初预算数\t120.5"));
        assert_eq!(out[1].1, "年初预算数\t120.5");
        for t in [
            "部门名称\t梅河口市禁毒办\t联系人\t张某",
            "项目名称\t禁毒专项经费\t主管部门\t某县公安局\t实施单位\t某县禁毒大队",
            "项目名称\t年初预算数\t全年预算数",
            "部门名称\t梅河口市禁毒办",
        ] {
            assert_eq!(rejoin_rows(lines(t)).len(), 1, "{t}");
        }
    }

    /// A unit a form's header cell states (年度预算申请（元）) carries to the form's later blocks
    /// of money naming none: a header of 预算数 / 执行数, a label：figure line, the label：figure
    /// cells of a row.
    #[test]
    fn a_forms_header_unit_carries_to_its_later_blocks() {
        let head = "项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\n\t年度资金总额\t100\t120\t110\n";
        for (rest, want) in [
            ("按支出性质分\t预算数\t执行数", "按支出性质分\t预算数（元）\t执行数"),
            ("基本支出预算数：636,800.00", "基本支出预算数：636,800.00元"),
            ("一般公共预算拨款：1800.90\t基本支出：633.00", "一般公共预算拨款：1800.90元\t基本支出：633.00元"),
            ("其中：人员经费：511.50", "其中：人员经费：511.50元"),
        ] {
            let out = rejoin_rows(lines(&format!("{head}{rest}")));
            assert_eq!(out.last().unwrap().1, want, "{rest}");
        }
        // (千元 alike)
        let out = rejoin_rows(lines("项目资金（千元）\t年初预算数\t全年执行数\n基本支出预算数：636.5"));
        assert_eq!(out.last().unwrap().1, "基本支出预算数：636.5千元");
    }

    /// …and carries no further than the form's money: not past its indicators' table, a caption
    /// of a unit or another table's title, nor from a header in 万元 or from none.
    #[test]
    fn a_forms_header_unit_stops_where_its_money_ends() {
        for t in [
            "项目资金（元）\t年初预算数\t全年执行数\n三级指标\t年度指标值\t实际完成值\n基本支出预算数：636.5",
            "年度预算申请（元）\t年初预算数\t全年执行数\n单位：万元\n基本支出预算数：636.5",
            "项目资金（元）\t年初预算数\t全年执行数\n三、部门整体支出情况\n基本支出预算数：636.5",
            "项目资金（元）\t年初预算数\t全年执行数\n本年度各项支出均按预算执行。\n基本支出预算数：636.5",
            "项目资金（元）\t年初预算数\t全年执行数\n二、一般公共预算财政拨款支出决算表\n基本支出预算数：636.5",
            "项目资金（万元）\t年初预算数\t全年执行数\n基本支出预算数：636.5",
            "项目资金\t年初预算数\t全年执行数\n基本支出预算数：636.5",
            "金额单位：元\n项目资金\t年初预算数\t全年执行数\n基本支出预算数：636.5",
        ] {
            assert_eq!(rejoin_rows(lines(t)).last().unwrap().1, "基本支出预算数：636.5", "{t}");
        }
        // (a label of no money, or a figure with its unit, is left as it is)
        for rest in ["社区戒毒人员：35", "基本支出：636.5元", "得分：9.5"] {
            let t = format!("项目资金（元）\t年初预算数\t全年执行数\n{rest}");
            assert_eq!(rejoin_rows(lines(&t)).last().unwrap().1, rest, "{t}");
        }
    }

    /// In a form's budget request (项目资金 | …), the spending's parts side by side with the
    /// income's (按收入性质分 | 按支出性质分) are their budget: each pair a line of its own naming
    /// it, from cells of label：figure, of label | figure, or a line flattened with spaces.
    #[test]
    fn the_parts_of_a_budget_request_are_their_budget() {
        let head = "年度预算申请（万元）\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t100\t120\t110\n按收入性质分\t按支出性质分\n";
        for row in [
            "一般公共预算拨款：120\t基本支出：46.3",
            "一般公共预算拨款：120 基本支出：46.3",
            "一般公共预算拨款\t120\t基本支出\t46.3",
        ] {
            let out = rejoin_rows(lines(&format!("{head}{row}")));
            let got: Vec<&str> = out[3..].iter().map(|(_, l)| l.as_str()).collect();
            assert_eq!(got, ["一般公共预算拨款：120", "基本支出预算数：46.3"], "{row}");
        }
        let out = rejoin_rows(lines(&format!("{head}政府性基金拨款：0\t其中：人员经费：38.1")));
        assert_eq!(out.last().unwrap().1, "其中：人员经费预算数：38.1");
        let out = rejoin_rows(lines(&format!("{head}\t项目支出：73.7")));
        assert_eq!(out.last().unwrap().1, "项目支出预算数：73.7");
    }

    /// …and nowhere else: not outside a request, not a part naming its stage, not past the
    /// form's indicators.
    #[test]
    fn parts_outside_a_budget_request_stay() {
        for t in [
            "年度预算申请（万元）\t年初预算数\t全年预算数\t全年执行数\n基本支出\t40\t46.3\t45.82",
            "项目\t全年预算数\t全年执行数\n基本支出：46.3",
            "年度预算申请（万元）\t年初预算数\t全年执行数\n基本支出执行数：46.3",
            "年度预算申请（万元）\t年初预算数\t全年执行数\n三级指标\t年度指标值\t实际完成值\n基本支出：46.3",
            "年度预算申请（万元）\t年初预算数\t全年执行数\n基本支出：46.3，主要用于人员工资",
            "年度预算申请（万元）\t年初预算数\t全年执行数\n二、部门决算情况\n基本支出：46.3",
            "年度预算申请（万元）\t年初预算数\t全年执行数\n全年支出如下。\n基本支出：46.3",
        ] {
            let last = t.rsplit('\n').next().unwrap();
            assert_eq!(rejoin_rows(lines(t)).last().unwrap().1, last, "{t}");
        }
    }

    /// The “三公” table's caption and its unit's line under it: one line; any other caption's
    /// unit stays a line of its own.
    #[test]
    fn the_sangong_tables_caption_takes_its_unit_line() {
        let lines = |t: &str| t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect::<Vec<_>>();
        for (t, want) in [
            (
                "表2 “三公”经费支出情况表\n金额单位：元\n项目\t预算数\t决算数",
                "表2 “三公”经费支出情况表（金额单位：元）",
            ),
            ("三、“三公”经费财政拨款支出决算表\n（单位：万元）", "三、“三公”经费财政拨款支出决算表（单位：万元）"),
            // (a page's title naming the unit and year before the caption's words)
            (
                "罗甸县禁毒社会化服务中心2022年度财政拨款“三公”经费支出决算表\n单位：元",
                "罗甸县禁毒社会化服务中心2022年度财政拨款“三公”经费支出决算表（单位：元）",
            ),
        ] {
            assert_eq!(rejoin_rows(lines(t))[0].1, want, "{t}");
        }
        for t in [
            "表1 支出决算情况表\n金额单位：元",
            "“三公”经费支出较上年减少0.3万元，主要是公务接待减少。\n单位：元",
            "“三公”经费支出情况表\n填报单位：某县禁毒办",
        ] {
            assert_eq!(rejoin_rows(lines(t)).len(), 2, "{t}");
        }
    }

    /// 支出 opening a header over columns of the budget and the spending is the rows' caption.
    #[test]
    fn spending_as_the_rows_caption() {
        assert_eq!(
            header(&["支出", "全年预算数", "全年执行数", "执行率"]),
            Some(vec![Role::Budget, Role::Actual, Role::Rate])
        );
        // (a column of spending beside the budget's, or 支出 after the rows' caption: a column)
        assert_eq!(header(&["项目", "预算", "支出"]), Some(vec![Role::Budget, Role::Actual]));
        assert_eq!(header(&["支出", "预算数", "执行率"]), Some(vec![Role::Actual, Role::Budget, Role::Rate]));
    }

    /// A year's cell printed with a space before its 年 (2021 年) is one cell; a 年 that opens a
    /// word, or a figure that is no year, keeps its space.
    #[test]
    fn a_years_cell_with_a_space_before_its_nian() {
        for (l, want) in [
            ("2021 年 21 118 260", "2021年 21 118 260"),
            ("2022 年度 15 134", "2022年度 15 134"),
            ("2023 年", "2023年"),
            ("2023 年底 903", "2023 年底 903"),
            ("12021 年 5", "12021 年 5"),
            ("共 3 年 5", "共 3 年 5"),
        ] {
            assert_eq!(glue_year_cells(l), want, "{l}");
        }
        let t = "年度 新发现吸毒人员（人） 禁毒宣传活动（场次） 毛发检测（人）\n2021 年 21 118 260\n2022 年 15 134 301";
        let out = respace(lines(t));
        assert_eq!(out[1].1, "2021年\t21\t118\t260", "{out:?}");
    }

    /// A group's name wrapped in a narrow column of a PDF (一、产 over 出目标, 二、效 over 果目标)
    /// is one line again, a row of the table under its header; a short line after a row that
    /// makes no group with the next is left as it was.
    #[test]
    fn a_groups_name_wrapped_in_a_narrow_column_is_whole_again() {
        let t = "目标名称\t目标值\t目标完成值\t得分\n禁毒宣传活动场次\t60场\t73\t10\n二、效\n果目标\n社区戒毒社区康复人员管控率\t95%\t97.6%\t10";
        let out = rejoin_rows(lines(t));
        assert_eq!(out[2].1, "二、效果目标\t\t\t", "{out:?}");
        assert_eq!(out.len(), 4, "{out:?}");
        // (an indicators' group too: 一、决 over 策指标)
        let t = "三级指标\t年度指标值\t实际完成值\t得分\n社戒社康人员管控率\t≥95%\t97.6%\t10\n一、决\n策指标\n毛发检测人数\t≥300人\t318人\t10";
        assert_eq!(rejoin_rows(lines(t))[2].1, "一、决策指标\t\t\t");
        let t = "目标名称\t目标值\t目标完成值\t得分\n禁毒宣传活动场次\t60场\t73\t10\n二、效\n益显著\n其他";
        let out = rejoin_rows(lines(t));
        assert_eq!(out[2].1, "二、效", "{out:?}");
    }

    /// A group's row of an indicators' table that lost its empty cells (一、产出目标 between two
    /// tabbed rows, from | 一、产出目标 | | | |) is a row again, as wide as the row above; a
    /// heading or a caption between tables is left as it was.
    #[test]
    fn an_indicator_groups_row_between_rows_stays_a_row() {
        let t = "目标名称\t目标值\t目标完成值\t得分\n一、产出目标\n禁毒宣传活动场次\t60场\t73\t10";
        let out = rejoin_rows(lines(t));
        assert_eq!(out[1].1, "一、产出目标\t\t\t", "{out:?}");
        for t in [
            "目标名称\t目标值\t目标完成值\t得分\n二、“三公”经费支出情况\n项目\t预算数\t决算数",
            "年度资金总额\t50\t48\n一、产出目标",
        ] {
            assert_eq!(rejoin_rows(lines(t)), lines(t), "{t}");
        }
    }

    /// A cell grouping the label：figure pairs after it names their unit in brackets — 万元 too,
    /// which `money_scale` leaves unsaid (预算执行情况（万元） | 预算数： | 80 | 执行数： | 78.5).
    #[test]
    fn a_group_label_naming_wan_in_brackets() {
        for (c, want) in [
            ("预算执行情况（万元）", true),
            ("项目资金(万元)", true),
            ("年度资金总额：", true),
            ("金额（元）", true),
            ("禁毒宣传活动", false),
            ("预算执行情况", false),
        ] {
            assert_eq!(group_label(c), want, "{c}");
        }
    }

    /// A 基础数据表's columns each naming its year (2021年决算数 | 2022年预算数 | 2022年决算数): the
    /// earlier year's spending is last year's, held for nothing; the latest year's are the year's
    /// own. Columns of one year alone keep their roles.
    #[test]
    fn an_earlier_years_column_beside_the_latest_years_is_last_years() {
        use Role::*;
        for (cells, want) in [
            (vec!["经费控制情况", "2021年决算数", "2022年预算数", "2022年决算数"], vec![Skip, Budget, Actual]),
            (vec!["项目", "2023年预算数", "2023年决算数", "执行率"], vec![Budget, Actual, Rate]),
            (vec!["项目", "2022年决算数", "2023年预算数"], vec![Skip, Budget]),
        ] {
            assert_eq!(header(&cells), Some(want), "{cells:?}");
        }
    }

    /// A target-sheet's header (无锡 style: 目标名称 | 目标值 | 评价指标 | 标准值 | 目标完成值 |
    /// 评价指标值 | 权重分值 | 评分规则 | 得分): 目标完成值 is what was done, the measure's standard
    /// and value hold their places, and the columns of words between the figures' (评价指标,
    /// 评分规则) hold theirs, so that a row's cells stand under their columns; a sign's or a unit's
    /// column (指标性质, 度量单位), joined to its figure in each row, holds none.
    #[test]
    fn a_target_sheets_columns_of_words_hold_their_places() {
        for (c, want) in [
            ("目标完成值", Some(Role::Result)),
            ("标准值", Some(Role::Skip)),
            ("评价指标值", Some(Role::Skip)),
            ("权重分值", Some(Role::Points)),
            ("目标值", Some(Role::Target)),
        ] {
            assert_eq!(role(c), want, "{c}");
        }
        use Role::*;
        for (cells, want) in [
            (
                vec![
                    "目标名称",
                    "目标值",
                    "评价指标",
                    "标准值",
                    "目标完成值",
                    "评价指标值",
                    "权重分值",
                    "评分规则",
                    "得分",
                ],
                vec![Target, Skip, Skip, Result, Skip, Points, Skip, Score],
            ),
            (
                vec!["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"],
                vec![Target, Result, Points, Score],
            ),
            (
                vec!["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                vec![Target, Result, Points, Score],
            ),
        ] {
            assert_eq!(header(&cells), Some(want), "{cells:?}");
        }
    }

    /// A target sheet flattened with single spaces goes on past a group's line (一、产出目标,
    /// （二）效益指标 — numbered as a section is): the rows under it are cut into cells as the
    /// rows above it were. A section's own heading still ends the table.
    #[test]
    fn a_space_flattened_sheet_goes_on_past_a_groups_line() {
        for (t, row) in [
            (
                "目标名称 目标值 评价指标 标准值 目标完成值 评价指标值 权重分值 评分规则 得分\n一、产出目标\n吸毒人员尿检 1800人次 尿检完成率 100% 1912 106.2% 10 查阅台账 10",
                "吸毒人员尿检\t1800人次\t尿检完成率\t100%\t1912\t106.2%\t10\t查阅台账\t10",
            ),
            (
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n（二）效益指标\n社会效益指标 群众禁毒知晓率 ≥85% 91% 10 10",
                "社会效益指标\t群众禁毒知晓率\t≥85%\t91%\t10\t10",
            ),
            (
                "三级指标 指标值 完成值 分值 得分\n二、效果指标\n戒断三年未复吸人数 ≥60人 64人 10 10",
                "戒断三年未复吸人数\t≥60人\t64人\t10\t10",
            ),
        ] {
            let out = respace(lines(t));
            assert_eq!(out[2].1, row, "{t}");
        }
        let t = "三级指标 指标值 完成值 分值 得分\n毛发检测 ≥200人 231人 10 10\n二、主要做法\n全县 共设 12个 社区戒毒社区康复工作站";
        let out = respace(lines(t));
        assert!(out[1].1.contains('\t') && !out[3].1.contains('\t'), "{out:?}");
    }

    /// A header flattened with single spaces whose merged names' parts are on the line under it
    /// (预算数 执行数 over 年初 全年 全年; 指标值 over 年度 实际完成): the parts named before the
    /// names, in order, so that the rows under it read each figure under its own column.
    #[test]
    fn a_merged_headers_parts_under_it_flattened_by_spaces() {
        for (t, head, row) in [
            (
                "项目资金（万元） 预算数 执行数 分值 执行率 得分\n年初 全年 全年\n年度资金总额 24.00 26.50 25.80 10 97.36% 9.74",
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "年度资金总额\t24.00\t26.50\t25.80\t10\t97.36%\t9.74",
            ),
            (
                "三级指标 指标值 分值 得分\n年度 实际完成\n禁毒宣传活动场次 ≥20场 24场 20 20",
                "三级指标\t年度指标值\t实际完成指标值\t分值\t得分",
                "禁毒宣传活动场次\t≥20场\t24场\t20\t20",
            ),
            (
                "预算执行情况 预算数 决算数 执行率\n调整后 本年\n合计 118.00 113.80 96.44%",
                "预算执行情况\t调整后预算数\t本年决算数\t执行率",
                "合计\t118.00\t113.80\t96.44%",
            ),
        ] {
            let out = respace(lines(t));
            assert_eq!(out.len(), 2, "{out:?}");
            assert_eq!((out[0].1.as_str(), out[1].1.as_str()), (head, row), "{t}");
        }
        // (a line of figures, or of columns' own names, is no line of parts)
        assert_eq!(stage_parts(&["项目", "预算数", "执行数"], &["45.00", "43.20"]), None);
        assert_eq!(stage_parts(&["项目", "预算数", "执行数"], &["分值", "得分"]), None);
        assert_eq!(stage_parts(&["项目", "预算数", "执行数"], &["合计", "小计"]), None);
    }

    /// A header laid out one cell per line whose merged names' parts follow it one a line (预算数
    /// / 执行数 / … / 年初 / 全年 / 全年): the parts join the names, and the first row's label is
    /// its own (年度资金总额, not 年初全年全年年度资金总额); one short word alone under a header is a
    /// row's label still.
    #[test]
    fn a_merged_headers_parts_one_a_line_under_it() {
        let t = "项目资金（万元）\n预算数\n执行数\n分值\n执行率\n得分\n年初\n全年\n全年\n年度资金总额\n38.00\n41.60\n40.52\n10\n97.40%\n9.74\n";
        let out = reflow_cells(lines(t));
        assert_eq!(out[0].1, "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", "{out:?}");
        assert_eq!(out[1].1, "年度资金总额\t38.00\t41.60\t40.52\t10\t97.40%\t9.74", "{out:?}");
        let t =
            "三级指标\n指标值\n分值\n得分\n年度\n实际完成\n产出指标\n数量指标\n破获毒品刑事案件\n≥15起\n18起\n20\n20\n";
        let out = reflow_cells(lines(t));
        assert_eq!(out[0].1, "三级指标\t年度指标值\t实际完成指标值\t分值\t得分", "{out:?}");
        let t = "项目\n预算数\n执行数\n调整后\n100.00\n98.00\n";
        let out = reflow_cells(lines(t));
        assert_eq!(out[1].1, "调整后\t100.00\t98.00", "{out:?}");
    }

    /// A group of a 部门整体 form's funds whose empty cells were lost (按支出性质分 between two
    /// tabbed rows, from | 按支出性质分 |) is a row again; a caption between tables is not.
    #[test]
    fn a_funds_groups_row_between_rows_stays_a_row() {
        for (t, want) in [
            (
                "年度资金总额\t286.40\t301.20\t293.76\n按支出性质分\n基本支出\t168.30\t170.10\t169.85",
                "按支出性质分\t\t\t",
            ),
            ("资金总额\t95\t93.2\n按收入性质分\n一般公共预算\t95\t93.2", "按收入性质分\t\t"),
            ("合计\t412.00\t398.66\t96.76%\n其中：\n项目支出\t140.00\t131.20\t93.71%", "其中：\t\t\t"),
        ] {
            let out = rejoin_rows(lines(t));
            assert_eq!(out[1].1, want, "{out:?}");
        }
        for w in ["按规定公开", "二、三公经费", "按2023年口径分"] {
            assert!(!funds_group(w), "{w}");
        }
        let t = "年度资金总额\t50\t48\n二、三公经费支出\n项目\t预算数\t决算数";
        assert_eq!(rejoin_rows(lines(t)), lines(t));
    }

    /// A target sheet laid out one cell per line, with bar lines or short dashes between its rows
    /// (gone, or dropped here): its header has columns of words between the figures', so each
    /// row is read as many cells at a time as the header has columns; a group's line is a row of
    /// its own, 合计's figures go under 权重分值 and 得分. A form of label columns then figures
    /// (度量单位 joined to its figure, no column of words) is read as before.
    #[test]
    fn a_target_sheet_one_cell_a_line_is_read_by_its_width() {
        let head = "目标名称\n目标值\n评价指标\n标准值\n目标完成值\n评价指标值\n权重分值\n评分规则\n得分\n";
        for sep in ["", "---\n", "====\n"] {
            let t = format!(
                "{head}{sep}一、产出目标\n{sep}禁毒宣传活动场次\n50场\n活动完成率\n≥100%\n57\n114%\n10\n查阅台账，少一场扣1分\n10\n{sep}吸毒人员毛发检测\n300人\n检测完成率\n100%\n315\n105%\n10\n查阅记录\n10\n{sep}合计\n100\n95.5\n{sep}"
            );
            let out = reflow_cells(lines(&t));
            let rows: Vec<&str> = out.iter().map(|(_, l)| l.as_str()).collect();
            assert_eq!(
                rows,
                [
                    "目标名称\t目标值\t评价指标\t标准值\t目标完成值\t评价指标值\t权重分值\t评分规则\t得分",
                    "一、产出目标\t\t\t\t\t\t\t\t",
                    "禁毒宣传活动场次\t50场\t活动完成率\t≥100%\t57\t114%\t10\t查阅台账，少一场扣1分\t10",
                    "吸毒人员毛发检测\t300人\t检测完成率\t100%\t315\t105%\t10\t查阅记录\t10",
                    "合计\t\t\t\t\t\t100\t\t95.5",
                ],
                "{sep:?}"
            );
        }
        // (a label and its value on one line above is no cell of the header)
        let t = format!("项目名称：禁毒宣传经费\n{head}社区戒毒人员尿检\n900人次\n尿检完成率\n100%\n944\n104.9%\n20\n查阅记录\n20\n");
        let out = reflow_cells(lines(&t));
        assert_eq!(out[0].1, "项目名称：禁毒宣传经费");
        assert!(out[2].1.starts_with("社区戒毒人员尿检\t900人次\t"), "{out:?}");
        // (度量单位 is joined to its figure: the labels-then-figures reading goes on)
        let t = "三级指标\n指标值\n度量单位\n完成值\n分值\n得分\n查获吸毒人员\n≥30\n人\n36\n20\n20\n";
        let out = reflow_cells(lines(t));
        assert_eq!(out[1].1, "查获吸毒人员\t≥30\t人\t36\t20\t20", "{out:?}");
    }

    /// 完成情况 after a target's column names the values done; in a scoring table's header, or
    /// away from a target's column, it names none.
    #[test]
    fn done_beside_a_target_is_the_result_column() {
        for (cells, want) in [
            (vec!["指标名称", "指标值", "完成情况"], Some(vec![Role::Target, Role::Result])),
            (
                vec!["三级指标", "年度指标值", "年度完成情况", "得分"],
                Some(vec![Role::Target, Role::Result, Role::Score]),
            ),
            (
                vec!["三级指标", "分值", "指标值", "完成情况", "得分"],
                Some(vec![Role::Points, Role::Target, Role::Score]),
            ),
            (vec!["项目", "完成情况", "指标值"], None),
        ] {
            assert_eq!(header(&cells), want, "{cells:?}");
        }
        // (the scoring table's header reads as before: its points and scores)
        assert_eq!(
            header(&["序号", "一级指标", "分值", "指标说明", "完成情况", "得分"]),
            Some(vec![Role::Points, Role::Score])
        );
    }

    /// A header's names completed by the pieces on the line under it, among which columns of
    /// their own (分值, 得分) stand.
    #[test]
    fn pieces_and_columns_under_a_header_flattened_by_spaces() {
        let lines = |t: &str| t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect::<Vec<_>>();
        let out = respace(lines(
            "项目资金   年初预算   全年预算   全年执行   执行率\n（万元）   数   数   数   分值   （%）   得分\n年度资金总额   42.00   45.60   44.02   10   96.54   9.65",
        ));
        assert_eq!(out[0].1, "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率（%）\t得分");
        assert_eq!(out[1].1, "年度资金总额\t42.00\t45.60\t44.02\t10\t96.54\t9.65");
        assert_eq!(
            tails_and_columns(&["项目", "预算", "执行", "执行率"], &["数", "数", "得分"]),
            Some(vec!["项目".into(), "预算数".into(), "执行数".into(), "得分".into(), "执行率".into()])
        );
        // (pieces alone, or columns alone, or a piece that completes no name: none)
        assert_eq!(tails_and_columns(&["年初预算", "全年预算", "全年执行"], &["数", "数", "数"]), None);
        assert_eq!(tails_and_columns(&["年初预算", "全年执行"], &["分值", "得分"]), None);
        assert_eq!(tails_and_columns(&["项目", "执行率"], &["数", "数", "分值"]), None);
    }

    /// A header's names stacked over lines of cells, each line under it opening on a blank cell.
    #[test]
    fn a_header_stacked_over_lines_of_cells() {
        let lines = |t: &str| t.lines().enumerate().map(|(i, l)| (i + 1, l.to_string())).collect::<Vec<_>>();
        let out = rejoin_rows(lines(
            "项目资金\t年初\t全年\t全年\t分值\t执行率\t得分\n\t预算数\t预算数\t执行数\n\t（万元）\t（万元）\t（万元）\n年度资金总额\t64.00\t69.80\t67.15\t10\t96.20%\t9.62",
        ));
        assert_eq!(out.len(), 2);
        assert_eq!(
            out[0].1,
            "项目资金\t年初预算数（万元）\t全年预算数（万元）\t全年执行数（万元）\t分值\t执行率\t得分"
        );
        assert_eq!(out[1], (4, "年度资金总额\t64.00\t69.80\t67.15\t10\t96.20%\t9.62".to_string()));
        let out = rejoin_rows(lines("支出项目\t预算\t实际\t执行率\n\t数\t支出数\n合计\t50\t48\t96%"));
        assert_eq!(out[0].1, "支出项目\t预算数\t实际支出数\t执行率");
        // (a name merged over two columns, a blank cell after it, its parts under it)
        for t in ["项目\t预算数\t\t执行数\t执行率\n\t年初\t全年", "项目\t预算数\t\t执行数\t执行率\n\t年初\t全年\t\t"]
        {
            assert_eq!(rejoin_rows(lines(t))[0].1, "项目\t年初预算数\t全年预算数\t执行数\t执行率", "{t}");
        }
        // (a group's caption over columns named in full under it: their names alone)
        let out =
            rejoin_rows(lines("项目资金\t资金情况\t\t\t分值\t执行率\t得分\n\t年初预算数\t全年预算数\t全年执行数"));
        assert_eq!(out[0].1, "项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分");
        // (a row with a blank first cell and figures, or a row of words that names no more
        // columns, stays a row of its own)
        for t in [
            "项目\t年初预算数\t全年执行数\t执行率\n\t60\t58\t96.7%",
            "一级指标\t二级指标\t三级指标\t年度指标值\n\t数量指标\t尿检\t≥1000人次",
            "项目\t年初预算数\t全年执行数\t执行率\n\t其中：财政拨款\t—\t—",
        ] {
            assert_eq!(rejoin_rows(lines(t)).len(), 2, "{t}");
        }
    }

    #[test]
    fn a_header_cell_per_line_with_its_unit_under_it() {
        let out = reflow_cells(lines(
            "预算数\n（万元）\n执行数\n（万元）\n执行率\n基本支出\n50.20\n49.80\n99.2%\n合计\n130.00\n121.30\n93.31%",
        ));
        assert_eq!(out[0].1, "预算数（万元）\t执行数（万元）\t执行率");
        assert_eq!(out[1].1, "基本支出\t50.20\t49.80\t99.2%");
        assert_eq!(out[2].1, "合计\t130.00\t121.30\t93.31%");
        let out = reflow_cells(lines("资金情况\n(万元)\n年初预算数\n全年执行数\n(万元)\n年度资金总额\n35\n33.6"));
        // (a caption not naming a column stays a line of its own, its unit too)
        assert_eq!(out[0].1, "资金情况");
        assert_eq!(out[1].1, "(万元)");
        assert_eq!(out[2].1, "年初预算数\t全年执行数(万元)");
        assert_eq!(out[3].1, "年度资金总额\t35\t33.6");
        let out = reflow_cells(lines("项目资金\n（万元）\n年初预算数\n全年预算数\n年度资金总额\n20\n22"));
        assert_eq!(out[0].1, "项目资金（万元）\t年初预算数\t全年预算数");
        assert_eq!(out[1].1, "年度资金总额\t20\t22");
        // (the indicators' caption under a money header's rows ends its table: its own rows follow)
        let out = reflow_cells(lines(
            "项目\n年初预算数\n实际支出数\n部门支出合计\n158.2\n162.35\n年度绩效指标\n管控率\n≥96%\n98.6%",
        ));
        assert_eq!(out[1].1, "部门支出合计\t158.2\t162.35");
        assert_eq!(out[2].1, "年度绩效指标\t年度指标值\t实际完成值");
        assert_eq!(out[3].1, "管控率\t≥96%\t98.6%");
        // (a unit line opening a run is no header cell of its own; a bracket of words is no unit)
        assert!(!unit_line("（单位名称）"));
        assert!(unit_line("（%）"));
        assert!(!unit_line("（一）"));
    }

    /// A header one cell a line with a column of no role among the named ones (结余 beside
    /// 预算执行率, 扣分原因 after 得分): the header goes on over it, and its bare row under it is
    /// the header's row.
    #[test]
    fn a_header_cell_per_line_with_a_column_of_no_role() {
        let out = reflow_cells(lines(
            "年初预算数\n调整后预算数\n预算执行数\n预算执行率\n结余\n分值\n得分\n32\n35.5\n34.08\n96%\n1.42\n10\n9.6",
        ));
        assert_eq!(out[0].1, "年初预算数\t调整后预算数\t预算执行数\t预算执行率\t结余\t分值\t得分");
        assert_eq!(out[1].1, "\t32\t35.5\t34.08\t96%\t1.42\t10\t9.6");
        let out = reflow_cells(lines("评价指标\n分值\n得分\n扣分原因\n预算执行\n30\n28.5"));
        assert_eq!(out[0].1, "评价指标\t分值\t得分\t扣分原因");
        assert_eq!(out[1].1, "预算执行\t30\t28.5");
    }

    /// A row laid out one cell per line with no header above: its label, then each column's name
    /// and value (其中：基本支出 / 全年预算数 / 41.30 / 全年执行数 / 41.30). The names are a header,
    /// the label and values its row; a label with one pair, or with bare values, is left as it is.
    #[test]
    fn a_label_and_its_named_values_one_cell_per_line_are_a_row() {
        for (text, head, row) in [
            (
                "其中：基本支出\n全年预算数\n41.30\n全年执行数\n41.30",
                "全年预算数\t全年执行数",
                "其中：基本支出\t41.30\t41.30",
            ),
            (
                "项目支出\n年初预算数\n（万元）\n60\n全年执行数\n（万元）\n57.5",
                "年初预算数（万元）\t全年执行数（万元）",
                "项目支出\t60\t57.5",
            ),
            (
                "人员经费\n预算数\n12.6\n决算数\n12.1\n执行率\n96.03%",
                "预算数\t决算数\t执行率",
                "人员经费\t12.6\t12.1\t96.03%",
            ),
            ("查处吸毒人员\n目标值\n40人\n实际完成值\n47人", "目标值\t实际完成值", "查处吸毒人员\t40人\t47人"),
            (
                "社区戒毒社区康复人员管控率\n年度指标值\n≥95%\n实际完成值\n98.2%",
                "年度指标值\t实际完成值",
                "社区戒毒社区康复人员管控率\t≥95%\t98.2%",
            ),
            (
                "禁毒宣传活动\n指标值\n≥60场次\n完成值\n71场次\n自评得分\n92",
                "指标值\t完成值",
                "禁毒宣传活动\t≥60场次\t71场次",
            ),
        ] {
            let out = reflow_cells(lines(text));
            assert_eq!(out[0].1, head, "{text}");
            assert_eq!(out[1].1, row, "{text}");
            assert_eq!(out[0].0, 1, "{text}");
        }
        // the line after the row stands as it is
        let out = reflow_cells(lines("查处吸毒人员\n目标值\n40人\n实际完成值\n47人\n自评得分\n92"));
        assert_eq!(
            out.iter().map(|l| l.1.as_str()).collect::<Vec<_>>(),
            ["目标值\t实际完成值", "查处吸毒人员\t40人\t47人", "自评得分", "92"]
        );
        for text in [
            // one pair: a label and its value, read as before
            "其中：基本支出\n全年预算数\n41.30\n备注\n无",
            // bare values with no names
            "尿检人次\n2800\n3126",
            // a numbered heading is no row's label
            "二、预算执行情况\n全年预算数\n41.30\n全年执行数\n41.30",
            // prose before names
            "全县禁毒工作取得新成效。\n全年预算数\n41.30\n全年执行数\n41.30",
        ] {
            let out = reflow_cells(lines(text));
            assert!(out.iter().all(|l| !l.1.contains('\t')), "{text}: {out:?}");
        }
    }

    /// A row of one line: a label and pairs of a column's name (or its short form) and value,
    /// the unit in a cell of its own or the name and value in one cell; an indicator's row or a
    /// part of spending's. Money pairs under a caption, one pair, bare values: as they are.
    #[test]
    fn a_label_and_its_named_values_on_one_line_are_a_row() {
        for (line, head, row) in [
            ("尿检\t目标值\t2000\t人次\t完成值\t2267\t人次", "目标值\t完成值", "尿检\t2000人次\t2267人次"),
            ("毛发检测\t目标\t300\t人\t完成\t327\t人", "目标值\t完成值", "毛发检测\t300人\t327人"),
            ("查处吸毒人员\t目标≥30人次\t完成 36人次", "目标值\t完成值", "查处吸毒人员\t≥30人次\t36人次"),
            ("管控率\t年度指标值\t≥95%\t实际完成值\t98.1%", "年度指标值\t实际完成值", "管控率\t≥95%\t98.1%"),
            ("基本支出\t预算\t45.50\t支出\t45.50", "预算数\t执行数", "基本支出\t45.50\t45.50"),
            (
                "其中：项目支出\t全年预算数\t48\t全年执行数\t45.7\t执行率\t95.21%",
                "全年预算数\t全年执行数\t执行率",
                "其中：项目支出\t48\t45.7\t95.21%",
            ),
            // (the indicator's kind before its name; the points after the pairs)
            ("数量指标\t查获吸毒人员\t目标≥60人\t完成71人\t得分10/10", "目标值\t完成值", "查获吸毒人员\t≥60人\t71人"),
            (
                "社会效益指标\t社戒社康管控率\t目标 95%\t完成 97.2%\t分值 10\t得分 10",
                "目标值\t完成值",
                "社戒社康管控率\t95%\t97.2%",
            ),
            (
                "质量指标\t复吸率\t年度指标值\t≤10%\t实际完成值\t6.3%\t权重20%",
                "年度指标值\t实际完成值",
                "复吸率\t≤10%\t6.3%",
            ),
            ("满意度\t群众满意度\t目标≥90%\t完成93%\t得分", "目标值\t完成值", "群众满意度\t≥90%\t93%"),
        ] {
            assert_eq!(named_pairs_row(line), Some((head.to_string(), row.to_string())), "{line}");
        }
        for line in [
            // money pairs under a caption: read as pairs by the scanner
            "年度资金总额：\t年初预算数\t30\t全年预算数\t32",
            // one pair
            "尿检\t目标值\t2000\t人次",
            // a target and money mixed, a name with no value, bare values
            "尿检\t目标值\t2000\t全年执行数\t45",
            "尿检\t目标值\t完成值\t2267",
            "尿检人次\t2800\t3126",
            // a label that is a column's name itself
            "预算数（万元）\t年初\t88.00\t调整后\t93.50",
            // a kind and one pair before its points; points before the pairs
            "数量指标\t尿检\t目标≥2000人次\t得分10",
            "尿检\t得分10\t目标≥2000人次\t完成2100人次",
        ] {
            assert_eq!(named_pairs_row(line), None, "{line}");
        }
        let out = reflow_cells(lines("社戒社康管控率\t目标\t95\t%\t完成\t98.7\t%\n自评得分\t95.8"));
        assert_eq!(
            out.iter().map(|l| (l.0, l.1.as_str())).collect::<Vec<_>>(),
            [(1, "目标值\t完成值"), (1, "社戒社康管控率\t95%\t98.7%"), (2, "自评得分\t95.8")]
        );
    }

    /// One cell a line under a header ending on a column of words (偏差原因, 备注): a row's
    /// words after its values are its last cell, so the next line opens the next row; a row
    /// with no words there keeps the next row's label.
    #[test]
    fn a_reason_cell_after_the_values_is_its_rows() {
        let rows = |t: &str| reflow_cells(lines(t)).into_iter().map(|l| l.1).collect::<Vec<_>>();
        let out =
            rows("三级指标\n年度指标值\n实际完成值\n偏差原因\n复吸率\n≤10%\n6.3%\n较目标低3.7个百分点\n自评得分\n95.6");
        assert_eq!(out[1], "复吸率\t≤10%\t6.3%\t较目标低3.7个百分点");
        assert_eq!(out[2..], ["自评得分", "95.6"]);
        let out = rows(
            "指标名称\n目标值\n完成值\n备注\n毛发检测\n≥200人\n212人\n超额完成12人\n尿检\n≥1000人次\n1090人次\n无",
        );
        assert_eq!(out[1..], ["毛发检测\t≥200人\t212人\t超额完成12人", "尿检\t≥1000人次\t1090人次\t无"]);
        // (no words after the values, then a form's line after the table: that line stays apart)
        let out = rows("三级指标\n年度指标值\n实际完成值\n偏差原因\n尿检\n≥100次\n101次\n自评得分：80.0分");
        assert_eq!(out[1..], ["尿检\t≥100次\t101次", "自评得分：80.0分"]);
        let out = rows("三级指标\n年度指标值\n实际完成值\n偏差原因\n尿检\n≥100次\n101次\n总分\n95");
        assert_eq!(out[1], "尿检\t≥100次\t101次");
        // (no words after the values: the next line is the next row's label, followed by values)
        let out =
            rows("三级指标\n年度指标值\n实际完成值\n偏差原因\n毛发检测\n≥200人\n212人\n尿检\n≥1000人次\n1090人次");
        assert_eq!(out[1..], ["毛发检测\t≥200人\t212人", "尿检\t≥1000人次\t1090人次"]);
    }

    /// A final account's table of this year beside last year (项目 / 本年数 / 上年数), one cell a
    /// line: a header, its rows a label and two figures.
    #[test]
    fn this_year_beside_last_year_one_cell_a_line() {
        let out: Vec<String> =
            reflow_cells(lines("项目\n本年数\n上年数\n本年收入合计\n303.05\n289.00\n本年支出合计\n301.55\n288.00"))
                .into_iter()
                .map(|l| l.1)
                .collect();
        assert_eq!(out, ["项目\t本年数\t上年数", "本年收入合计\t303.05\t289.00", "本年支出合计\t301.55\t288.00"]);
        // (上年数 alone is no header)
        let out = reflow_cells(lines("项目\n上年数\n本年支出合计\n288.00"));
        assert!(out.iter().all(|l| !l.1.contains('\t')), "{out:?}");
    }

    /// An indicator named as a column is (预算执行率 in a 部门整体 form), one cell a line after its
    /// levels' cells and before its values, is the row's name: the rows after it and the 总分 row
    /// stay under the header.
    #[test]
    fn an_indicator_named_as_a_column_is_a_rows_name() {
        let rows = |t: &str| reflow_cells(lines(t)).into_iter().map(|l| l.1).collect::<Vec<_>>();
        let out = rows(
            "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n产出指标\n数量指标\n预算执行率\n≥90%\n96.97%\n10\n10\n产出指标\n数量指标\n尿检次数\n≥2500次\n2688次\n10\n10\n总分\n100\n94.00",
        );
        assert_eq!(
            out[1..],
            [
                "产出指标\t数量指标\t预算执行率\t≥90%\t96.97%\t10\t10",
                "产出指标\t数量指标\t尿检次数\t≥2500次\t2688次\t10\t10",
                "总分\t100\t94.00"
            ]
        );
    }

    /// A form's title repeated over 续表 or the table's header on a later page is a page header,
    /// dropped; a title once, or repeated over a form's labels (the next form), stays.
    #[test]
    fn a_title_repeated_over_the_table_going_on_is_a_page_header() {
        let kept = |t: &str| reflow_cells(lines(t)).iter().filter(|l| l.1.contains("自评表")).count();
        for (t, n) in [
            ("某县项目支出绩效自评表\n项目名称\n禁毒经费\n合计\n100\n95\n某县项目支出绩效自评表\n（续表）\n一级指标", 1),
            ("2022年度部门整体支出绩效自评表\n年初预算数\n全年预算数\n1\n2\n2022年度部门整体支出绩效自评表\n一级指标\n二级指标", 1),
            ("项目支出绩效自评表（2023年度）\n三级指标\n尿检\n项目支出绩效自评表（2023年度）\n续表\n三级指标", 1),
            // (the next form of the same title; a title once)
            ("项目支出绩效自评表\n项目名称\n禁毒宣传\n项目支出绩效自评表\n项目名称\n戒毒康复", 2),
            ("项目支出绩效自评表\n（续表）\n一级指标", 1),
        ] {
            assert_eq!(kept(t), n, "{t}");
        }
    }

    /// A caption naming its unit (元, 千元) over lines of a money column's name and its bare sum:
    /// each line a row of the caption's group; 万元, a sum with its own unit, a rate, or one line:
    /// as written.
    #[test]
    fn sums_under_a_caption_naming_their_unit_are_its_rows() {
        let out =
            reflow_cells(lines("项目资金（元）：\n年初预算数：300,000.00\n全年执行数：271,600.00\n执行率：90.53%"));
        assert_eq!(
            out.iter().map(|l| (l.0, l.1.as_str())).collect::<Vec<_>>(),
            [
                (1, "项目资金（元）："),
                (2, "项目资金（元）\t年初预算数\t300,000.00"),
                (3, "项目资金（元）\t全年执行数\t271,600.00"),
                (4, "执行率：90.53%")
            ]
        );
        let out = reflow_cells(lines("资金情况（单位：千元）：\n  全年预算数：450\n  实际支出数：438.6"));
        assert_eq!(out[2].1, "资金情况（单位：千元）\t实际支出数\t438.6");
        // (a line stating the unit alone over the sums: rows of a name and its sum)
        let out =
            reflow_cells(lines("单位：元\n全年预算数：1,230,000.00\n全年执行数：1,187,560.00\n预算执行率：96.55%"));
        assert_eq!(out[1].1, "全年预算数\t1,230,000.00");
        assert_eq!(out[2].1, "全年执行数\t1,187,560.00");
        assert_eq!(out[3].1, "预算执行率：96.55%");
        let out = reflow_cells(lines("（金额单位：千元）\n年初预算数：560\n全年支出数：548"));
        assert_eq!(out[2].1, "全年支出数\t548");
        let out = reflow_cells(lines("单位：万元\n全年预算数：123\n全年执行数：118.76"));
        assert!(out.iter().all(|l| !l.1.contains('\t')), "万元: as written");
        for t in [
            "项目资金（万元）：\n年初预算数：30\n全年执行数：27.16",
            "项目资金（元）：\n年初预算数：300,000.00元\n全年执行数：271,600.00元",
            "项目资金（元）：\n年初预算数：300,000.00\n执行率：90.53%",
            "资金（元）：300,000.00\n年初预算数：300,000.00\n全年执行数：271,600.00",
        ] {
            let cap = t.split('：').next().unwrap();
            let out = reflow_cells(lines(t));
            assert!(out.iter().all(|l| !l.1.starts_with(&format!("{cap}\t"))), "{t}");
        }
    }

    /// An indicators' caption over rows of a name and two bare values, one cell a line: the
    /// values are the target and what was done, under a header of the two; a third value, one
    /// value, or no caption: as written.
    #[test]
    fn rows_of_two_unnamed_values_under_an_indicators_caption() {
        let text = |t: &str| reflow_cells(lines(t)).into_iter().map(|l| l.1).collect::<Vec<_>>();
        assert_eq!(
            text("绩效指标\n尿检人次\n2800\n3126\n毛发检测人数\n300\n352\n自评分\n92"),
            ["绩效指标\t年度指标值\t实际完成值", "尿检人次\t2800\t3126", "毛发检测人数\t300\t352", "自评分", "92"]
        );
        assert_eq!(
            text("产出指标\n帮扶救助人数\n120人\n126人\n效益指标\n复吸率\n≤10%\n6.3%"),
            [
                "产出指标\t年度指标值\t实际完成值",
                "帮扶救助人数\t120人\t126人",
                "效益指标\t年度指标值\t实际完成值",
                "复吸率\t≤10%\t6.3%"
            ]
        );
        assert_eq!(
            text("年度绩效指标\n在册吸毒人员管控率\n≥96%\n98.6%"),
            ["年度绩效指标\t年度指标值\t实际完成值", "在册吸毒人员管控率\t≥96%\t98.6%"]
        );
        for t in [
            // three values: the header's columns are not known
            "绩效指标\n尿检人次\n2800\n3126\n10",
            // one value
            "绩效指标\n尿检人次\n3126\n自评分\n92",
            // no caption
            "尿检人次\n2800\n3126",
            // a caption with a figure is a sentence's part
            "2023年绩效指标\n尿检人次\n2800\n3126",
        ] {
            assert!(text(t).iter().all(|l| !l.contains('\t')), "{t}");
        }
    }

    /// A line of clauses parted by semicolons, each a label and its named values apart by
    /// spaces: each such clause a header and a row, the others lines of their own.
    #[test]
    fn clauses_of_named_values_parted_by_semicolons_are_rows() {
        assert_eq!(
            semicolon_rows("其中 基本支出 全年预算 386.50 全年执行 386.12；项目支出 全年预算 700.00 全年执行 666.61")
                .unwrap(),
            ["全年预算\t全年执行", "其中基本支出\t386.50\t386.12", "全年预算\t全年执行", "项目支出\t700.00\t666.61"]
        );
        assert_eq!(
            semicolon_rows("破获毒品刑事案件 目标≥40起 完成 44起；查处吸毒人员 目标 ≥120人次 完成 131人次").unwrap(),
            ["目标值\t完成值", "破获毒品刑事案件\t≥40起\t44起", "目标值\t完成值", "查处吸毒人员\t≥120人次\t131人次"]
        );
        // (a name and its value joined by =, as named_pairs_row reads them)
        assert_eq!(
            semicolon_rows("破获毒品刑事案件 目标=40起 完成=44起；查处吸毒人员 目标=120人次 完成=131人次").unwrap(),
            ["目标值\t完成值", "破获毒品刑事案件\t=40起\t=44起", "目标值\t完成值", "查处吸毒人员\t=120人次\t=131人次"]
        );
        // (a clause of one pair stays a line of its own)
        assert_eq!(
            semicolon_rows("自评得分 95.9；人员经费 预算数 20.5 决算数 19.8").unwrap(),
            ["自评得分 95.9", "预算数\t决算数", "人员经费\t20.5\t19.8"]
        );
        for l in [
            "年度预算：年初预算 1,020.00；全年预算 1,086.50；执行率 96.89%",
            "全年破获毒品刑事案件 12 起；抓获犯罪嫌疑人 15 人。",
            "查处吸毒人员 目标 30 完成 36",
            "尿检 2000 2267；毛发检测 300 327",
        ] {
            assert_eq!(semicolon_rows(l), None, "{l}");
        }
    }

    /// A header of fields over rows of years, and the year a row opens with.
    #[test]
    fn a_header_over_rows_of_years() {
        assert_eq!(
            year_rows_header(&["年度", "破获毒品刑事案件（起）", "查获吸毒人员（人次）"]),
            Some(vec!["破获毒品刑事案件（起）".to_string(), "查获吸毒人员（人次）".to_string()])
        );
        assert_eq!(year_rows_header(&["年 份", "预算数（万元）"]).map(|l| l.len()), Some(1));
        assert_eq!(year_rows_header(&["项目", "预算数", "执行数"]), None);
        assert_eq!(year_rows_header(&["年度", "2021年", "2022年"]), None);
        assert_eq!(row_year("2021年"), Some(2021));
        assert_eq!(row_year("2022年度"), Some(2022));
        assert_eq!(row_year(" 2023 "), Some(2023));
        assert_eq!(row_year("合计"), None);
        assert_eq!(row_year("12"), None);
        let out = respace(lines("年度  破获毒品刑事案件（起）  查获吸毒人员（人次）\n2021年  12  40\n全县禁毒工作取得新成效，群众满意度持续提升，各项指标全面完成。"));
        assert_eq!(out[0].1, "年度\t破获毒品刑事案件（起）\t查获吸毒人员（人次）");
        assert_eq!(out[1].1, "2021年\t12\t40");
        let out = respace(lines("指标 2021年 2022年 2023年\n破获毒品刑事案件（起） 12 15 9"));
        assert_eq!(out[1].1, "破获毒品刑事案件（起）\t12\t15\t9");
    }

    #[test]
    fn sign_and_unit_cells_join_their_value() {
        let m = merge_sign_and_unit(&["查获吸毒人员", "≥", "35", "人", "41", "20", "20"]);
        assert_eq!(m, ["查获吸毒人员", "≥35人", "41", "20", "20"]);
        let m = merge_sign_and_unit(&["覆盖率", "=", "100", "%", "", "60"]);
        assert_eq!(m, ["覆盖率", "100%", "", "60"]);
    }

    /// The approved budget beside the adjusted one is the year's opening budget; alone, it is
    /// the full-year budget.
    #[test]
    fn an_approved_budget_beside_an_adjusted_one_opens_the_year() {
        use Role::*;
        let cases: &[(&[&str], &[Role])] = &[
            (&["批复预算数", "调整预算数", "实际支出数", "预算执行率"], &[BudgetInitial, Budget, Actual, Rate]),
            (&["预算批复数", "调整后预算数", "执行数"], &[BudgetInitial, Budget, Actual]),
            (&["批复预算数（万元）", "全年预算数（万元）", "全年执行数"], &[BudgetInitial, Budget, Actual]),
            (&["批复预算数", "实际支出数", "执行率"], &[Budget, Actual, Rate]),
            (&["年初预算数", "调整预算数", "实际支出数"], &[BudgetInitial, Budget, Actual]),
            // (the year's adjustment beside the full-year budget it adds up to is no budget)
            (
                &["年初预算数", "调整预算数", "全年预算数（A）", "全年执行数（B）", "分值"],
                &[BudgetInitial, Skip, Budget, Actual, Points],
            ),
            // (a caption of the funds over the rows' labels is no column: 项目预算（万元）)
            (
                &["项目预算（万元）", "年初预算", "全年预算", "全年执行", "执行率"],
                &[BudgetInitial, Budget, Actual, Rate],
            ),
        ];
        for (cells, want) in cases {
            assert_eq!(header(cells).as_deref(), Some(*want), "{cells:?}");
        }
    }

    #[test]
    fn roles_and_money_units_of_headers() {
        assert_eq!(role("调整后预算数"), Some(Role::Budget));
        assert_eq!(role("预算执行数"), Some(Role::Actual));
        assert_eq!(role("2023年决算数"), Some(Role::Actual));
        assert_eq!(role("上年决算数"), Some(Role::Skip));
        assert_eq!(role("权重"), Some(Role::Points));
        assert_eq!(role("完成值"), Some(Role::Result));
        assert_eq!(role("指标值"), Some(Role::Target));
        assert_eq!(role("实际在职人数"), Some(Role::Staff));
        assert_eq!(role("偏差原因分析及改进措施"), None);
        assert_eq!(money_scale("金额单位：元"), Some(0.0001));
    }

    /// The column headers of the 自评表 as provinces word them (财预〔2020〕10号 and its copies).
    #[test]
    fn header_wordings_of_the_provinces() {
        use Role::*;
        let cases: &[(&str, Option<Role>)] = &[
            // the budget the year opened with
            ("年初预算数", Some(BudgetInitial)),
            ("年初预算数（万元）", Some(BudgetInitial)),
            ("年初批复数", Some(BudgetInitial)),
            ("年初安排数", Some(BudgetInitial)),
            // the full-year budget
            ("全年预算数（A）", Some(Budget)),
            // (a unit in brackets after the name, 千元 as 元 and 万元)
            ("全年预算金额（千元）", Some(Budget)),
            ("调整后预算数(千元)", Some(Budget)),
            ("全年执行金额（千元）", Some(Actual)),
            ("年初预算金额（千元）", Some(BudgetInitial)),
            ("全年预算金额（元）", Some(Budget)),
            ("全年预算数(A)", Some(Budget)),
            ("调整后预算数", Some(Budget)),
            ("调整预算数", Some(Budget)),
            ("批复预算数", Some(Budget)),
            ("预算批复数", Some(Budget)),
            ("全年批复数", Some(Budget)),
            // Sichuan's caption over 年初预算 / 调整后预算数 / 预算执行数, not a column
            ("年度预算数(万元)", None),
            ("预算数", Some(Budget)),
            ("预算金额（元）", Some(Budget)),
            ("项目预算数", Some(Budget)),
            ("核定预算数", Some(Budget)),
            ("预算安排数", Some(Budget)),
            ("2022年预算数", Some(Budget)),
            ("预算单位", None),
            ("预算科目", None),
            ("调整数", Some(Skip)),
            ("项目数", None),
            // money spent
            ("全年执行数（B）", Some(Actual)),
            ("全年实际执行数", Some(Actual)),
            ("实际执行数", Some(Actual)),
            ("预算执行数", Some(Actual)),
            // (a caption of the rows' labels, over their column: no column of figures)
            ("预算执行", None),
            ("预算执行情况", None),
            ("预算执行情况（万元）", None),
            ("执行数", Some(Actual)),
            ("执行数(B)", Some(Actual)),
            ("预算执行金额", Some(Actual)),
            ("执行金额", Some(Actual)),
            ("实际支出", Some(Actual)),
            ("实际支出数", Some(Actual)),
            ("实际支出金额", Some(Actual)),
            ("全年实际支出数", Some(Actual)),
            ("全年支出数", Some(Actual)),
            ("年度支出数", Some(Actual)),
            ("支出数", Some(Actual)),
            ("决算数", Some(Actual)),
            ("全年实际拨付数", Some(Actual)),
            ("本年决算数", Some(Actual)),
            // this year's column beside last year's, and the change between them
            ("本年数", Some(Current)),
            ("今年", Some(Current)),
            ("本期数", Some(Current)),
            ("2022年度", Some(Year(2022))),
            ("2021年", Some(Year(2021))),
            ("2021年预算数", Some(Budget)),
            ("上年数", Some(Skip)),
            ("上年金额", Some(Skip)),
            ("增减率", Some(Skip)),
            ("上年同期", Some(Skip)),
            // (a change against last year's same time names no role: no character of one)
            ("同比", None),
            // money received is neither
            ("资金到位数", Some(Skip)),
            ("实际到位资金", Some(Skip)),
            ("上年结转数", None),
            // rates, points, scores
            ("执行率（B/A）", Some(Rate)),
            ("预算执行率（%）", Some(Rate)),
            ("资金执行率", Some(Rate)),
            ("全年执行率", Some(Rate)),
            // (money received against the budget is no rate of spending: its column holds a place)
            ("资金到位率", Some(Skip)),
            ("支出率", Some(Rate)),
            ("资金支出率（%）", Some(Rate)),
            ("预算完成率", Some(Rate)),
            // (the rate named by what it compares, a percent sign after it or not)
            ("完成预算%", Some(Rate)),
            ("完成预算（%）", Some(Rate)),
            ("决算数为预算数的%", Some(Rate)),
            ("资金完成率", Some(Rate)),
            ("完成预算比例", Some(Rate)),
            ("预算安排", Some(Budget)),
            ("资金到位", Some(Skip)),
            ("完成", None),
            ("完成情况", None),
            // (a rate of orders carried out is an indicator's name)
            ("社区戒毒社区康复执行率", None),
            ("强制隔离戒毒决定执行率", None),
            ("社区戒毒协议执行率", None),
            ("分值", Some(Points)),
            ("权重（%）", Some(Points)),
            ("指标权重", Some(Points)),
            ("标准分值", Some(Points)),
            ("得分", Some(Score)),
            ("自评得分", Some(Score)),
            ("自评分", Some(Score)),
            ("评价得分", Some(Score)),
            // an indicator's target and result
            ("年度指标值（A）", Some(Target)),
            ("全年指标值", Some(Target)),
            ("绩效目标值", Some(Target)),
            ("预期指标值", Some(Target)),
            ("计划指标值", Some(Target)),
            ("年度目标", Some(Target)),
            ("实际完成值（B）", Some(Result)),
            ("实际完成数", Some(Result)),
            ("全年完成值", Some(Result)),
            ("年度完成值", Some(Result)),
            ("全年实际完成值", Some(Result)),
            ("实际达成值", Some(Result)),
            ("指标完成值", Some(Result)),
            ("偏差原因分析及改进措施", None),
            ("三级指标", None),
        ];
        for &(cell, want) in cases {
            assert_eq!(role(cell), want, "{cell}");
        }
    }

    #[test]
    fn money_units_of_captions() {
        assert_eq!(money_scale("金额单位：元"), Some(0.0001));
        assert_eq!(money_scale("单位：千元"), Some(0.1));
        assert_eq!(money_scale("项目资金（万元）"), None);
        assert_eq!(money_scale("年初预算数（元）"), Some(0.0001));
        assert_eq!(money_scale("单位名称"), None);
        // the money unit after the reporting unit on one line
        assert_eq!(money_scale("填报单位：广元市利州区禁毒委员会办公室          单位：元"), Some(0.0001));
        assert_eq!(money_scale("编制单位：某县禁毒办\t金额单位：千元"), Some(0.1));
        assert_eq!(money_scale("预算单位：某县司法局 单位：万元"), Some(1.0));
        assert_eq!(money_scale("填报单位（盖章）：某县公安局  年初预算数（元）"), Some(0.0001));
        assert_eq!(money_scale("填报单位：某县元宝山禁毒办"), None);
    }
}
