//! Invariants, checked on generated inputs: every fact's snippet contains its number as
//! written; a total is derived from its parts only when the report does not state it; no text,
//! however odd, makes extraction panic (a panic loses the whole file); a number written as
//! Arabic digits, with thousands separators or as Chinese numerals reads back as the same value.

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
    fn a_total_is_derived_from_its_parts_only_when_not_stated(
        personnel in 0.01f64..10_000.0,
        public in 0.01f64..10_000.0,
        stated in proptest::option::of(0.01f64..30_000.0),
    ) {
        let fact = |field, value| Fact { field, value, qualifier: Qualifier::Exact, line: 1, snippet: String::new(), corrected: None, period: None };
        let mut facts = vec![fact(Field::PersonnelActual, personnel), fact(Field::PublicActual, public)];
        facts.extend(stated.map(|v| fact(Field::BasicActual, v)));
        let r = Record {
            file: "x".into(),
            id: Identity { unit: "u".into(), county: "浏阳市".into(), year: Some(2022), kind: Kind::Whole, ..Default::default() },
            facts,
            ..Default::default()
        };
        let df = jixiao::compute::indicators(&[r], &Default::default()).unwrap();
        let basic = df.column("basic_actual").unwrap().f64().unwrap().get(0).unwrap();
        let derived = df.column("basic_actual_derived").unwrap().bool().unwrap().get(0).unwrap();
        match stated {
            Some(v) => {
                prop_assert_eq!(basic, v, "a stated total is kept");
                prop_assert!(!derived);
            }
            None => {
                prop_assert!((basic - (personnel + public)).abs() < 1e-9, "derived {} from {} + {}", basic, personnel, public);
                prop_assert!(derived);
            }
        }
        // the personnel share is read against the total as used
        let share = df.column("personnel_share_basic").unwrap().f64().unwrap().get(0).unwrap();
        prop_assert!((share - (personnel / basic * 100.0 * 100.0).round() / 100.0).abs() < 1e-9);
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

/// A whole number in Chinese numerals as a report writes it: 一百零五, 十二万, 一亿零一.
fn chinese(n: u64) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    fn section(n: u64) -> String {
        let mut s = String::new();
        let mut zero = false;
        for (p, u) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (n / p % 10) as usize;
            if d == 0 {
                zero = !s.is_empty();
                continue;
            }
            if zero {
                s.push('零');
                zero = false;
            }
            s.push_str(D[d]);
            s.push_str(u);
        }
        s
    }
    if n == 0 {
        return "零".into();
    }
    let mut out = String::new();
    for (g, u) in [(n / 100_000_000, "亿"), (n / 10_000 % 10_000, "万"), (n % 10_000, "")] {
        if g == 0 {
            continue;
        }
        if !out.is_empty() && g < 1000 {
            out.push('零');
        }
        out.push_str(&section(g));
        out.push_str(u);
    }
    // 一十五 is written 十五 at the head of a number
    match out.strip_prefix("一十") {
        Some(rest) => format!("十{rest}"),
        None => out,
    }
}

fn thousands(n: u64) -> String {
    let d = n.to_string();
    let mut out = String::new();
    for (i, c) in d.chars().enumerate() {
        if i > 0 && (d.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The one number token of `s`.
fn only_value(s: &str) -> Result<f64, TestCaseError> {
    let nums = jixiao::extract::number::scan(s);
    prop_assert_eq!(nums.len(), 1, "{} gave {:?}", s, nums);
    Ok(nums[0].value)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn arabic_numbers_read_back(n in 0u64..10_000_000_000, cents in 0u64..100) {
        let v = n as f64 + cents as f64 / 100.0;
        let written = format!("{n}.{cents:02}");
        prop_assert!(jixiao::extract::number::close(only_value(&format!("共{written}人"))?, v), "{}", written);
        prop_assert!(jixiao::extract::number::close(only_value(&format!("支出{written}万元。"))?, v), "{}", written);
        prop_assert_eq!(only_value(&format!("共{n}人次"))?, n as f64);
    }

    #[test]
    fn thousands_separators_read_back(n in 1_000u64..10_000_000_000) {
        let written = thousands(n);
        prop_assert_eq!(only_value(&format!("尿检{written}人次"))?, n as f64, "{}", written);
    }

    #[test]
    fn chinese_numerals_read_back(n in 0u64..1_000_000_000_000, tenths in 0u64..10) {
        let written = chinese(n);
        prop_assert_eq!(jixiao::extract::number::parse_chinese(&written), Some(n as f64), "{}", written);
        let with_point = format!("{written}点{}", ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"][tenths as usize]);
        let v = jixiao::extract::number::parse_chinese(&with_point).unwrap_or(f64::NAN);
        prop_assert!((v - (n as f64 + tenths as f64 / 10.0)).abs() < 1e-6, "{} → {}", with_point, v);
    }

    #[test]
    fn chinese_numerals_in_text_read_back(n in 10u64..100_000_000) {
        let written = chinese(n);
        prop_assert_eq!(only_value(&format!("开展宣传{written}场次"))?, n as f64, "{}", written);
    }
}

#[test]
fn chinese_numerals_are_written_as_reports_write_them() {
    for (n, w) in [
        (15, "十五"),
        (105, "一百零五"),
        (1010, "一千零一十"),
        (120_000, "十二万"),
        (100_000_001, "一亿零一"),
        (203_000, "二十万三千"),
    ] {
        assert_eq!(chinese(n), w);
    }
}
