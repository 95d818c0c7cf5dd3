//! Invariants, checked on generated inputs: every fact's snippet contains its number as
//! written; structure shares of basic spending add up to 100%; no text, however odd, makes
//! extraction panic (a panic loses the whole file).

use jixiao::extract::extract_text;
use jixiao::model::{Fact, Field, Identity, Kind, Qualifier, Record};
use proptest::prelude::*;

const TEMPLATES: &[&str] = &[
    "全年预算{a}万元，实际支出{b}万元。",
    "基本支出预算数{a}万元，其中人员经费{b}万元；决算数{c}万元。",
    "全年共侦破毒品刑事案件{n}起，刑事拘留{m}人。",
    "开展禁毒宣传{n}场次，尿检{m}人次。",
    "社区戒毒人员管控率达到{p}%，复吸率为{q}%。",
    "将{n}名吸毒人员纳入网格管理，评估高风险{m}人。",
];

fn money() -> impl Strategy<Value = String> {
    (0u32..100_000, 0u32..100).prop_map(|(i, f)| {
        if f == 0 {
            i.to_string()
        } else {
            format!("{i}.{f:02}").trim_end_matches('0').to_string()
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn snippet_contains_the_number(t in 0..TEMPLATES.len(), a in money(), b in money(), c in money(),
                                   n in 1u32..50_000, m in 1u32..50_000, p in 0u32..=100, q in 0u32..=100) {
        let s = TEMPLATES[t].replace("{a}", &a).replace("{b}", &b).replace("{c}", &c)
            .replace("{n}", &n.to_string()).replace("{m}", &m.to_string())
            .replace("{p}", &p.to_string()).replace("{q}", &q.to_string());
        let doc = format!("浏阳市禁毒委员会办公室2022年度部门整体支出绩效评价报告\n{s}\n");
        let recs = extract_text("p.txt", &doc);
        prop_assert_eq!(recs.len(), 1);
        prop_assert!(!recs[0].facts.is_empty(), "no facts from {}", s);
        for f in &recs[0].facts {
            let written = [&a, &b, &c, &n.to_string(), &m.to_string(), &p.to_string(), &q.to_string()]
                .into_iter()
                .find(|w| w.parse::<f64>().ok().is_some_and(|v| (v - f.value).abs() < 1e-9))
                .cloned();
            let w = written.ok_or_else(|| TestCaseError::fail(format!("{} = {} is none of the numbers in {s}", f.field, f.value)))?;
            prop_assert!(f.snippet.contains(&w), "snippet {:?} lacks {}", f.snippet, w);
            prop_assert_eq!(f.line, 2);
        }
    }

    #[test]
    fn shares_of_basic_spending_add_up_to_100(personnel in 0.01f64..10_000.0, public in 0.01f64..10_000.0) {
        let fact = |field, value| Fact { field, value, qualifier: Qualifier::Exact, line: 1, snippet: String::new(), corrected: None, period: None };
        let r = Record {
            file: "x".into(),
            id: Identity { unit: "u".into(), county: "浏阳市".into(), year: Some(2022), kind: Kind::Whole, ..Default::default() },
            facts: vec![fact(Field::PersonnelActual, personnel), fact(Field::PublicActual, public)],
            ..Default::default()
        };
        let df = jixiao::compute::indicators(&[r], &Default::default()).unwrap();
        let get = |c: &str| df.column(c).unwrap().f64().unwrap().get(0).unwrap();
        prop_assert!((get("personnel_share_basic") + get("public_share_basic") - 100.0).abs() <= 0.011);
    }

    #[test]
    fn no_text_makes_extraction_panic(parts in proptest::collection::vec(proptest::sample::select(FRAGMENTS.to_vec()), 0..80)) {
        let text = parts.concat();
        let _ = extract_text("odd.txt", &text);
    }
}

/// Pieces of report text (words the rules look for, numbers in every form, brackets,
/// separators, line breaks, tabs, ASCII) that a generated text is put together from.
const FRAGMENTS: &[&str] = &[
    "湘潭县禁毒委员会办公室",
    "2023年度部门整体支出绩效评价报告",
    "项目支出绩效自评表",
    "一、",
    "（一）",
    "1.",
    "##",
    "**",
    "[bookmark: _Toc1]",
    "预算",
    "年初预算数",
    "全年预算数(A)",
    "全年执行数(B)",
    "执行率",
    "得分",
    "分值",
    "基本支出",
    "项目支出",
    "人员经费",
    "公用经费",
    "三公经费",
    "决算",
    "支出",
    "占",
    "占比",
    "阳性率",
    "毛发检测",
    "尿检",
    "管控率",
    "复吸率",
    "目标",
    "较上年",
    "增加",
    "由",
    "提高至",
    "累计",
    "每人",
    "侦破毒品刑事案件",
    "刑事拘留",
    "移送起诉",
    "宣传",
    "场次",
    "在册吸毒人员",
    "高风险",
    "未完成原因",
    "无",
    "自评得分",
    "65",
    "35",
    "1,234.5",
    "１２３，４５６．７８",
    "0.5",
    "98.5",
    "2023",
    "三十五万",
    "百分之九十",
    "壹佰贰拾",
    "两百",
    "万元",
    "元",
    "千元",
    "亿元",
    "%",
    "％",
    "‰",
    "人",
    "人次",
    "起",
    "分",
    "余",
    "多",
    "约",
    "左右",
    "以下",
    "不低于",
    "≥",
    "≤",
    "，",
    "。",
    "；",
    "：",
    ":",
    "（",
    "）",
    "(",
    ")",
    "、",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\u{3000}",
    "PM2.5",
    "a",
    "/",
    "-",
    "·",
];
