//! Rates a report states between two of its own figures → `StatedRatio`s: shares of spending
//! (人员经费占基本支出的93.78%, 项目支出占比54.9%, 实际支出占预算的98%) and hair-test positivity
//! (毛发检测…阳性率0.6%). They are not fields: the checker recomputes each from the figures
//! it names and flags a statement its own figures contradict. Hands them to `scan_paras`.

use super::number::Unit;
use super::sentence::Sentence;
use crate::extract::re::Re;
use crate::model::{Field, Kind, Qualifier, StatedRatio};
use regex::Regex;

/// A figure of another year or a change is no statement about this year's figures.
static NOT_LEVEL: Re = Re::new(|| {
    Regex::new(
        r"上年|去年|上一年|同期|较|增加|减少|提高|下降|降低|上升|增长|目标|力争|计划|预计|不超过|不低于|控制在|分别",
    )
    .unwrap()
});
static POSITIVITY: Re = Re::new(|| Regex::new(r"阳性(检出)?率(为|达|是|仅为|仅)?\s*$").unwrap());

fn decimals(raw: &str) -> u8 {
    raw.split(['.', '．', '点']).nth(1).map_or(0, |d| d.chars().count().min(6) as u8)
}

/// Stated ratios in one sentence.
pub fn scan(s: &Sentence, kind: Kind, out: &mut Vec<StatedRatio>) {
    if s.para.heading {
        return;
    }
    for n in &s.nums {
        if n.unit != Unit::Percent || !matches!(n.qualifier, Qualifier::Exact | Qualifier::Approx) {
            continue;
        }
        let left = s.left_of(n.start);
        // the clause of the figure and the one before it (人员经费58万元，占基本支出的93.78%)
        let seps = &['，', ',', '；', ';', '：', ':', '\t'];
        let clause_at = super::sentence::clause_start(&left, seps);
        let clause = &left[clause_at..];
        if NOT_LEVEL.is_match(clause) {
            continue;
        }
        let pair = if let Some(z) = clause.rfind('占') {
            let prev_at = super::sentence::clause_start(left[..clause_at].trim_end_matches(seps), seps);
            let before = &left[prev_at..clause_at + z];
            let den = &clause[z + '占'.len_utf8()..];
            if den.chars().count() > 16 {
                continue;
            }
            super::money::share_fields(before, den, kind)
        } else if POSITIVITY.is_match(clause) && s.text.contains("毛发") && !clause.contains('尿') {
            Some((Field::HairPositive, Field::HairTests))
        } else {
            None
        };
        let Some((num, den)) = pair else { continue };
        let raw = &s.text[n.num_start..n.num_end];
        out.push(StatedRatio {
            num,
            den,
            value: n.value,
            decimals: decimals(raw),
            line: s.line_at(n.num_start),
            snippet: s.snippet_around(n.num_start, raw),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::Doc;

    fn ratios(text: &str, kind: Kind) -> Vec<(Field, Field, f64, u8)> {
        let doc = Doc::parse(text);
        let mut out = Vec::new();
        for p in &doc.paras {
            for s in crate::extract::sentence::sentences(p, false) {
                scan(&s, kind, &mut out);
            }
        }
        out.into_iter().map(|r| (r.num, r.den, r.value, r.decimals)).collect()
    }

    #[test]
    fn shares_and_positivity() {
        use Field::*;
        let cases: &[(&str, Kind, &[(Field, Field, f64, u8)])] = &[
            ("人员经费支出58.2万元，占基本支出的93.78%。", Kind::Whole, &[(PersonnelActual, BasicActual, 93.78, 2)]),
            ("基本支出占总支出的比重为45.2%。", Kind::Whole, &[(BasicActual, ActualTotal, 45.2, 1)]),
            ("其中：公用经费3.8万元，占比6.22%。", Kind::Whole, &[(PublicActual, BasicActual, 6.22, 2)]),
            ("项目支出120万元，占部门支出总额的54.9%。", Kind::Whole, &[(ProjectActual, ActualTotal, 54.9, 1)]),
            ("人员经费预算50万元，占基本支出预算的80%。", Kind::Whole, &[(PersonnelBudget, BasicBudget, 80.0, 0)]),
            ("全年实际支出95万元，占全年预算的95%。", Kind::Whole, &[(ActualTotal, BudgetTotal, 95.0, 0)]),
            ("开展毛发检测500人，检出阳性3人，阳性率为0.6%。", Kind::Whole, &[(HairPositive, HairTests, 0.6, 1)]),
            // not a statement about this year's own figures
            ("人员经费占比较上年提高2.1%。", Kind::Whole, &[]),
            ("尿检阳性率为0.6%，毛发检测全覆盖。", Kind::Whole, &[]),
            ("吸毒人员占全市的30%。", Kind::Whole, &[]),
            ("无截留、占用和挪用情况，资金到位率100%。", Kind::Whole, &[]),
            ("人员经费和公用经费分别占基本支出的90%和10%。", Kind::Whole, &[]),
        ];
        for (text, kind, want) in cases {
            assert_eq!(ratios(text, *kind), want.to_vec(), "{text}");
        }
    }
}
