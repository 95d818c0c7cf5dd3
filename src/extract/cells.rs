//! Table cells: the column headers of the 自评表 (年初预算数 / 全年预算数(A) / 全年执行数(B) /
//! 分值 / 执行率 / 得分; 年度指标值 / 实际完成值) as `Role`s, what a value cell looks like, and
//! the reflow of tables flattened one cell per line back into tab-separated rows. A leaf:
//! `text` reflows with it while cleaning lines, `table` reads rows by its roles.

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
}

pub fn role(cell: &str) -> Option<Role> {
    let c: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    let c = c.trim_end_matches(|ch: char| "()（）ABCabc万元/".contains(ch));
    Some(match c {
        _ if c.starts_with("年初预算") => Role::BudgetInitial,
        _ if c.starts_with("全年预算") || c.starts_with("调整后预算") || c == "预算数" || c == "预算金额" => {
            Role::Budget
        }
        _ if c.starts_with("全年执行")
            || c == "执行数"
            || c.starts_with("决算数")
            || c == "实际支出"
            || c == "支出数" =>
        {
            Role::Actual
        }
        "分值" | "权重" => Role::Points,
        "执行率" | "预算执行率" => Role::Rate,
        "得分" | "自评得分" => Role::Score,
        _ if c.starts_with("年度指标值")
            || c == "指标值"
            || c == "目标值"
            || c.starts_with("预期目标")
            || c == "年度目标值" =>
        {
            Role::Target
        }
        _ if c.starts_with("实际完成值")
            || c == "实际完成"
            || c == "完成值"
            || c == "实际值"
            || c.starts_with("实际完成情况") =>
        {
            Role::Result
        }
        _ => return None,
    })
}

pub fn is_value(cell: &str) -> bool {
    let t = cell.trim();
    !t.is_empty()
        && (t.chars().any(|c| c.is_ascii_digit())
            && t.chars().filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c)).count() <= 3
            || matches!(t, "—" | "-" | "/" | "——" | "无"))
}

/// Read a header row, if this row is one.
pub fn header(cells: &[&str]) -> Option<Vec<Role>> {
    let roles: Vec<Role> = cells.iter().filter_map(|c| role(c)).collect();
    let values = cells.iter().filter(|c| is_value(c)).count();
    (roles.len() >= 2 && values == 0).then_some(roles)
}

/// Words that head a column of the 自评表 without being a value role.
const HEADER_WORDS: &[&str] =
    &["一级指标", "二级指标", "三级指标", "指标名称", "项目", "项目资金", "资金来源", "偏差原因", "备注"];

/// Tables flattened one cell per line (as Word tables often arrive in .txt): a run of header
/// cells (年初预算数 / 全年预算数 / 全年执行数 …) makes the following label and value cells
/// into tab-separated rows, so `row` reads them as it reads a real table. Lines are
/// (1-based line, text) with blank lines already dropped.
pub fn reflow_cells(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let cellish = |t: &str| {
        let n = t.chars().count();
        n > 0 && n <= 30 && !t.contains('\t') && !t.contains('。') && !t.contains('；')
    };
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        // a header: at least two role cells among consecutive cell lines
        let mut j = i;
        let mut roles = 0;
        while j < lines.len()
            && cellish(lines[j].1.trim())
            && (role(lines[j].1.trim()).is_some() || HEADER_WORDS.iter().any(|w| lines[j].1.trim().starts_with(w)))
        {
            roles += role(lines[j].1.trim()).is_some() as usize;
            j += 1;
        }
        if roles < 2 {
            out.push(lines[i].clone());
            i += 1;
            continue;
        }
        out.push((lines[i].0, lines[i..j].iter().map(|l| l.1.trim()).collect::<Vec<_>>().join("\t")));
        // rows: label cells, then value cells
        let mut k = j;
        loop {
            let start = k;
            while k < lines.len()
                && cellish(lines[k].1.trim())
                && !is_value(lines[k].1.trim())
                && role(lines[k].1.trim()).is_none()
                && k - start < 4
            {
                k += 1;
            }
            let labels_end = k;
            while k < lines.len() && cellish(lines[k].1.trim()) && is_value(lines[k].1.trim()) {
                k += 1;
            }
            if k == labels_end || labels_end == start {
                // no values after the labels, or values with no label: the table has ended
                k = start;
                break;
            }
            out.push((lines[start].0, lines[start..k].iter().map(|l| l.1.trim()).collect::<Vec<_>>().join("\t")));
        }
        i = k.max(j);
    }
    out
}
