//! One-line forms. A web page's text, a search engine's copy or a document converter often
//! gives a whole 自评表 as one line, its cells parted by single spaces:
//!
//! `项目支出绩效自评表 (2022年度) 项目名称 禁毒专项经费 … 项目资金（万元） 年初预算数 全年预算数 全年执行数
//! 分值 执行率 得分 年度资金总额 30 32 31.2 10 97.5% 9.75 其中：当年财政拨款 30 32 31.2 一级指标 二级指标
//! 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 破获毒品刑事案件 ≥8起 11起 10 10 … 总分 100 98.5`
//!
//! `unfold` cuts such a line back into the form's rows — each header of column names a line of
//! its own, a row ending where a label follows its figures — keeping the line's number on
//! every piece (the facts still cite the line of the file). It hands `text::Doc::parse` rows
//! flattened with spaces, which the table readers (`cells`, `table`) read by their header as
//! they read a form flattened one row a line. A line with no header of three column names or
//! fewer than two rows of figures after it is handed on as it was.

/// The column names of the forms' headers (the MoF's 项目支出绩效自评表 and 部门整体支出绩效自评表
/// and the provinces' copies), compared without a trailing bracket (全年预算数（A）, 项目资金(万元)).
const HEAD: &[&str] = &[
    "项目",
    "项目资金",
    "资金情况",
    "年度资金",
    "年度预算数",
    "预算数",
    "年初预算数",
    "年初预算",
    "全年预算数",
    "全年预算",
    "调整后预算数",
    "调整后预算",
    "调整预算数",
    "批复预算数",
    "全年执行数",
    "全年执行",
    "预算执行数",
    "执行数",
    "实际支出数",
    "实际执行数",
    "执行率",
    "预算执行率",
    "分值",
    "得分",
    "权重",
    "原因",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "指标值",
    "实际完成值",
    "完成值",
    "全年实际值",
    "实际值",
    "度量单位",
    "计量单位",
    "指标性质",
    "指标方向",
    "偏差原因分析及改进措施",
    "偏差原因分析",
    "偏差原因",
    "未完成原因分析",
    "扣分原因",
];

/// Words that open a part of the form: a line of their own begins there.
const OPENS: &[&str] = &["项目名称", "年度总体目标", "绩效指标", "总分", "自评总分", "合计", "金额单位", "单位："];

/// A cell's words without a trailing bracket: 全年预算数（A） → 全年预算数.
fn bare(t: &str) -> &str {
    let t = t.trim_end_matches([':', '：']);
    match t.char_indices().rev().find(|&(_, c)| c == '（' || c == '(') {
        Some((i, _)) if i > 0 && t.ends_with([')', '）']) => &t[..i],
        _ => t,
    }
}

fn is_head(t: &str) -> bool {
    HEAD.contains(&bare(t))
}

/// A cell of a figure: a number (with its sign, unit or %: ≥8起, 97.5%, 862,400.00), a
/// placeholder for none (—, /, 无), or a figure's sign or unit in a cell of its own (the
/// forms with 指标值 / 度量单位 columns: ≥ 40 场次 46).
fn is_value(t: &str) -> bool {
    const UNITS: &[&str] = &[
        "%",
        "％",
        "人",
        "人次",
        "名",
        "起",
        "件",
        "次",
        "场",
        "场次",
        "个",
        "万元",
        "元",
        "分",
        "户",
        "所",
        "期",
        "份",
        "天",
        "百分比",
        "万人次",
        "家",
        "处",
    ];
    let bare = t.trim_start_matches(['≥', '≤', '>', '<', '＞', '＜', '=', '＝', '≧', '≦', '约']);
    bare.starts_with(|c: char| c.is_ascii_digit())
        || (bare.is_empty() && !t.is_empty())
        || matches!(bare, "—" | "——" | "-" | "－" | "--" | "/" | "／" | "无" | "\\")
        || UNITS.contains(&bare)
}

/// The tokens of a line parted by spaces, a bracket standing alone joined to the cell before
/// it (项目资金 (万元) → 项目资金(万元), 项目支出绩效自评表 (2022年度)).
fn tokens(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tok in line.split([' ', '\u{3000}']).filter(|t| !t.is_empty()) {
        let lone_bracket = tok.starts_with(['(', '（']) && tok.ends_with([')', '）']) && tok.chars().count() <= 8;
        match out.last_mut() {
            Some(prev) if lone_bracket && !is_value(prev) => prev.push_str(tok),
            _ => out.push(tok.to_string()),
        }
    }
    out
}

/// The rows of a one-line form, or None when the line is no such form.
fn rows(line: &str) -> Option<Vec<String>> {
    let toks = tokens(line);
    if toks.len() < 10 {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let toks: Vec<&str> = toks.iter().map(String::as_str).collect();
    let mut in_form = false;
    let mut data_rows = 0;
    let flush = |cur: &mut Vec<&str>, out: &mut Vec<String>, data_rows: &mut usize| {
        if !cur.is_empty() {
            if cur.iter().any(|t| is_value(t)) && cur.iter().any(|t| !is_value(t)) {
                *data_rows += 1;
            }
            out.push(cur.join(" "));
            cur.clear();
        }
    };
    let mut i = 0;
    while i < toks.len() {
        let run = toks[i..].iter().take_while(|t| is_head(t)).count();
        if run >= 3 {
            flush(&mut cur, &mut out, &mut data_rows);
            out.push(toks[i..i + run].join(" "));
            in_form = true;
            i += run;
            continue;
        }
        let t = toks[i];
        let opens = OPENS.iter().any(|w| t.starts_with(w));
        let after_figure = in_form && cur.last().is_some_and(|p| is_value(p)) && !is_value(t);
        if opens || after_figure {
            flush(&mut cur, &mut out, &mut data_rows);
        }
        cur.push(t);
        i += 1;
    }
    flush(&mut cur, &mut out, &mut data_rows);
    (in_form && data_rows >= 2).then_some(out)
}

/// Is `line` a whole form typed on one line, which `unfold` cuts into its rows (a header of
/// three column names or more and two rows of figures after it)?
pub fn is_form_line(line: &str) -> bool {
    ["预算", "指标值", "完成值"].iter().any(|w| line.contains(w)) && rows(line).is_some()
}

/// Do the words either side of a line's end (`before` ends it, `after` opens the next) name two
/// of a form's columns (全年预算数 | 全年执行数)? Then the line broke at the space between them.
pub fn heads_apart(before: &str, after: &str) -> bool {
    let last = before.rsplit([' ', '\u{3000}']).next().unwrap_or("");
    let first = after.split([' ', '\u{3000}']).next().unwrap_or("");
    is_head(last) && is_head(first)
}

/// Each one-line form among `lines` cut into its rows, every row keeping its line's number;
/// the other lines as they were.
pub fn unfold(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    // (cheap tests first, by vector searches: a form's line is long, has spaces and no tab, and
    // names its money or its targets; this runs over every line of every file)
    static WORDS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| aho_corasick::AhoCorasick::new(["预算", "指标值", "完成值"]).expect("words"));
    // (a form of ten cells or more has nine spaces at least: prose rarely does)
    let candidate = |l: &str| {
        l.len() >= 120
            && memchr::memchr_iter(b' ', l.as_bytes()).nth(8).is_some()
            && memchr::memchr(b'\t', l.as_bytes()).is_none()
            && WORDS.is_match(l)
    };
    let Some(first) = lines.iter().position(|(_, l)| candidate(l)) else { return lines };
    let mut out = Vec::with_capacity(lines.len() + 16);
    for (k, (no, l)) in lines.into_iter().enumerate() {
        match (k >= first && candidate(&l)).then(|| rows(&l)).flatten() {
            Some(rows) => out.extend(rows.into_iter().map(|r| (no, r))),
            None => out.push((no, l)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(line: &str) -> Vec<String> {
        unfold(vec![(7, line.to_string())])
            .into_iter()
            .map(|(no, l)| {
                assert_eq!(no, 7, "every row keeps its line's number");
                l
            })
            .collect()
    }

    #[test]
    fn a_project_form_on_one_line_is_cut_into_its_rows() {
        let line = "项目支出绩效自评表 （2021年度） 项目名称 禁毒专项经费 主管部门 卓资县公安局 实施单位 卓资县公安局禁毒大队 \
                    项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 30 32 31.2 10 97.5% 9.75 \
                    其中：当年财政拨款 30 32 31.2 — — — 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 \
                    产出指标 数量指标 破获毒品刑事案件 ≥8起 11起 10 10 查获吸毒人员 ≥20人 26人 10 10 总分 100 98.5";
        assert_eq!(
            cut(line),
            [
                "项目支出绩效自评表（2021年度）",
                "项目名称 禁毒专项经费 主管部门 卓资县公安局 实施单位 卓资县公安局禁毒大队",
                "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
                "年度资金总额 30 32 31.2 10 97.5% 9.75",
                "其中：当年财政拨款 30 32 31.2 — — —",
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
                "产出指标 数量指标 破获毒品刑事案件 ≥8起 11起 10 10",
                "查获吸毒人员 ≥20人 26人 10 10",
                "总分 100 98.5",
            ]
        );
    }

    /// A converter's copy: a bracket apart from its cell, an empty row's label beside the
    /// next, a reason cell of 无 kept in its row, a caption of the money's unit.
    #[test]
    fn a_converters_copy_with_lone_brackets_and_reason_cells() {
        let line = "附件： 部门整体支出绩效自评表 (2023年度) 金额单位：元 项目 年初预算数 全年预算数 全年执行数 执行率 \
                    年度资金总额 862,400.00 915,600.00 893,215.40 97.56% 其中：基本支出 512,400.00 512,400.00 509,880.12 99.51% \
                    一级指标 二级指标 三级指标 年度指标值 实际完成值 偏差原因分析及改进措施 产出指标 (50分) 数量指标 \
                    开展禁毒宣传活动 ≥40场次 46场次 无 效益指标 (30分) 社会效益指标 社区戒毒社区康复人员管控率 ≥95% 97.2% 无";
        assert_eq!(
            cut(line),
            [
                "附件： 部门整体支出绩效自评表(2023年度)",
                "金额单位：元",
                "项目 年初预算数 全年预算数 全年执行数 执行率",
                "年度资金总额 862,400.00 915,600.00 893,215.40 97.56%",
                "其中：基本支出 512,400.00 512,400.00 509,880.12 99.51%",
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 偏差原因分析及改进措施",
                "产出指标(50分) 数量指标 开展禁毒宣传活动 ≥40场次 46场次 无",
                "效益指标(30分) 社会效益指标 社区戒毒社区康复人员管控率 ≥95% 97.2% 无",
            ]
        );
    }

    /// The forms with 指标性质 / 指标值 / 度量单位 columns print a target's sign, figure and unit
    /// as cells of their own: they stay in their row.
    #[test]
    fn a_targets_sign_and_unit_in_cells_of_their_own_stay_in_the_row() {
        let line = "部门预算项目支出绩效自评表（2023年度） 项目名称 禁毒工作经费 预算执行情况（10分） 年初预算 调整后预算数 \
                    预算执行数 预算执行率 权重 得分 总额 36.00 41.50 40.12 96.67% 10 9.67 一级指标 二级指标 三级指标 指标性质 \
                    指标值 度量单位 完成值 权重 得分 产出指标 数量指标 开展禁毒宣传活动 定量 ≥ 40 场次 46 20 20 \
                    效益指标 社会效益指标 吸毒人员管控率 定量 ≥ 95 % 97.6 20 20 合计 100 96.67";
        assert_eq!(
            cut(line),
            [
                "部门预算项目支出绩效自评表（2023年度）",
                "项目名称 禁毒工作经费 预算执行情况（10分）",
                "年初预算 调整后预算数 预算执行数 预算执行率 权重 得分",
                "总额 36.00 41.50 40.12 96.67% 10 9.67",
                "一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分",
                "产出指标 数量指标 开展禁毒宣传活动 定量 ≥ 40 场次 46 20 20",
                "效益指标 社会效益指标 吸毒人员管控率 定量 ≥ 95 % 97.6 20 20",
                "合计 100 96.67",
            ]
        );
    }

    #[test]
    fn other_lines_are_handed_on_as_they_were() {
        for line in [
            // prose with spaces and a budget
            "2023年 全县禁毒工作 年初预算数为 45万元 全年预算数 52.6万元 全年执行数 50.18万元 执行率 95.4% 各项工作 \
             有序推进 群众满意度 明显提高 毒情形势 持续向好 社会面管控 不断加强 禁毒宣传 深入人心 成效明显",
            // a header alone on its line, its rows on the lines below (read as they are)
            "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 偏差原因分析及改进措施 备注 说明 \
             以下各行 为本项目 资金 情况 单位 万元 请核对 填报 预算 数据",
            // a table row with tabs
            "年度资金总额\t30\t32\t31.2\t10\t97.5%\t9.75\t年初预算数\t全年预算数\t全年执行数\t一级指标\t二级指标\t三级指标",
        ] {
            assert_eq!(cut(line), [line]);
        }
        let short = vec![(1, "年初预算数 全年预算数 全年执行数 30 32 31.2".to_string())];
        assert_eq!(unfold(short.clone()), short);
    }

    #[test]
    fn values_and_heads() {
        for v in ["30", "97.5%", "≥8起", "862,400.00", "—", "/", "无", "＞95%", "约12万元", "≥", "场次", "%"]
        {
            assert!(is_value(v), "{v}");
        }
        for v in ["年度资金总额", "其中：当年财政拨款", "产出指标(50分)", "（2021年度）"] {
            assert!(!is_value(v), "{v}");
        }
        for h in ["全年预算数（A）", "执行率(B/A)", "项目资金（万元）", "年度指标值", "得分："]
        {
            assert!(is_head(h), "{h}");
        }
        assert!(!is_head("年度资金总额"));
    }
}
