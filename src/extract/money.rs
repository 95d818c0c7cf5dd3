//! Money figures → the money fields of FIELDS.md. Owns the lexicon of spending categories
//! (基本支出, 项目支出, 人员经费, 公用经费, 三公经费, totals) and stages (预算 vs 决算/支出),
//! and the rules that tell a level from a change (较上年增加), a prior year's value, a unit
//! price and a named line item; seized money, fines and rewards (缴获毒资, 兑现奖金) are no
//! money field, and in a unit's published budget (预算公开) every sum is planned. Hands
//! `Candidate`s to the field scanner.

use super::chars::{any_in, CharSet};
use super::sentence::{Candidate, Sentence};
use crate::extract::re::Re;
use crate::model::{Field, Kind, LineItem, Qualifier};
use once_cell::sync::Lazy;
use regex::Regex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    Basic,
    Project,
    Personnel,
    Public,
    Sangong,
    Total,
    Income,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Budget,
    Actual,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Cat(Cat),
    Stage(Stage),
}

const LEXICON: &[(&str, Tok)] = &[
    ("基本支出", Tok::Cat(Cat::Basic)),
    ("项目支出", Tok::Cat(Cat::Project)),
    ("项目经费", Tok::Cat(Cat::Project)),
    ("项目资金", Tok::Cat(Cat::Project)),
    ("专项资金", Tok::Cat(Cat::Project)),
    ("专项经费", Tok::Cat(Cat::Project)),
    ("专项工作经费", Tok::Cat(Cat::Project)),
    // (the project part in a list of the whole's parts: 其中人员支出…，公用支出…，禁毒专项支出45万元)
    ("专项支出", Tok::Cat(Cat::Project)),
    ("专项项目", Tok::Cat(Cat::Project)),
    ("重点项目", Tok::Cat(Cat::Project)),
    ("项目", Tok::Cat(Cat::Project)),
    ("人员经费", Tok::Cat(Cat::Personnel)),
    ("人员支出", Tok::Cat(Cat::Personnel)),
    ("工资福利支出", Tok::Cat(Cat::Personnel)),
    ("日常公用经费", Tok::Cat(Cat::Public)),
    ("公用经费", Tok::Cat(Cat::Public)),
    ("公用支出", Tok::Cat(Cat::Public)),
    ("商品和服务支出", Tok::Cat(Cat::Public)),
    ("三公经费", Tok::Cat(Cat::Sangong)),
    ("“三公”经费", Tok::Cat(Cat::Sangong)),
    ("\"三公\"经费", Tok::Cat(Cat::Sangong)),
    ("“三公”", Tok::Cat(Cat::Sangong)),
    ("\"三公\"", Tok::Cat(Cat::Sangong)),
    ("三公", Tok::Cat(Cat::Sangong)),
    ("部门整体支出", Tok::Cat(Cat::Total)),
    ("单位整体支出", Tok::Cat(Cat::Total)),
    ("整体支出", Tok::Cat(Cat::Total)),
    ("支出总额", Tok::Cat(Cat::Total)),
    ("总支出", Tok::Cat(Cat::Total)),
    ("收入", Tok::Cat(Cat::Income)),
    // the whole area's public finances (全县一般公共预算支出达32.6亿元, 全市财政总支出): no budget
    // of the unit's
    ("全县一般公共预算支出", Tok::Cat(Cat::Income)),
    ("全市一般公共预算支出", Tok::Cat(Cat::Income)),
    ("全区一般公共预算支出", Tok::Cat(Cat::Income)),
    ("全旗一般公共预算支出", Tok::Cat(Cat::Income)),
    ("全县财政支出", Tok::Cat(Cat::Income)),
    ("全市财政支出", Tok::Cat(Cat::Income)),
    ("全区财政支出", Tok::Cat(Cat::Income)),
    ("全县财政总支出", Tok::Cat(Cat::Income)),
    ("全市财政总支出", Tok::Cat(Cat::Income)),
    ("全区财政总支出", Tok::Cat(Cat::Income)),
    // the spending a final account pays from the general budget's appropriations, its budget
    // and its outturn (一般公共预算财政拨款支出年初预算为265.00万元，支出决算为279.12万元): spending
    // of whatever category the label names (the whole's when none), not a source of revenue
    ("一般公共预算财政拨款支出", Tok::Stage(Stage::Actual)),
    ("公共预算财政拨款支出", Tok::Stage(Stage::Actual)),
    // a source of revenue, not a budget: 一般公共预算财政拨款156.32万元
    ("一般公共预算财政拨款", Tok::Cat(Cat::Income)),
    ("一般公共预算拨款", Tok::Cat(Cat::Income)),
    ("拨款收入", Tok::Cat(Cat::Income)),
    ("公共预算财政拨款", Tok::Cat(Cat::Income)),
    ("政府性基金预算财政拨款", Tok::Cat(Cat::Income)),
    ("结转", Tok::Cat(Cat::Income)),
    ("结余", Tok::Cat(Cat::Income)),
    ("余额", Tok::Cat(Cat::Income)),
    ("奖惩资金", Tok::Cat(Cat::Income)),
    // the economic classes of spending other than staff and running costs (资本性支出, 对个人和家
    // 庭的补助, 对企业补助), as a final account's basic-spending table lists them: a part of the
    // spending that no field holds, never the whole's (资本性支出：0.00 had been the year's spending)
    ("资本性支出", Tok::Cat(Cat::Income)),
    ("对个人和家庭的补助", Tok::Cat(Cat::Income)),
    ("对企业补助", Tok::Cat(Cat::Income)),
    // the unit's own funds, an income source of the budget template (单位资金35.62万元)
    ("单位资金", Tok::Cat(Cat::Income)),
    // a final account's totals of income and spending together (收、支总计186.42万元): no
    // budget (the spending is stated on its own as 本年支出合计)
    ("收、支总计", Tok::Cat(Cat::Income)),
    ("收支总计", Tok::Cat(Cat::Income)),
    ("收、支总额", Tok::Cat(Cat::Income)),
    ("收支总额", Tok::Cat(Cat::Income)),
    ("年初预算数", Tok::Stage(Stage::Budget)),
    ("年初预算", Tok::Stage(Stage::Budget)),
    ("全年预算数", Tok::Stage(Stage::Budget)),
    ("全年预算", Tok::Stage(Stage::Budget)),
    // the year's budgeted revenue of a unit's account (全年预算收入88.75万元，全年支出86.02万元):
    // its budget, no source of income
    ("全年预算收入", Tok::Stage(Stage::Budget)),
    ("年度预算收入", Tok::Stage(Stage::Budget)),
    ("年初预算收入", Tok::Stage(Stage::Budget)),
    // the budgeted outlay (年初预算支出3,286,400.00元, 调整后预算支出): a budget, though it ends
    // on 支出
    ("年初预算支出", Tok::Stage(Stage::Budget)),
    ("全年预算支出", Tok::Stage(Stage::Budget)),
    ("年度预算支出", Tok::Stage(Stage::Budget)),
    ("调整后预算支出", Tok::Stage(Stage::Budget)),
    ("调整预算支出", Tok::Stage(Stage::Budget)),
    ("调整后预算", Tok::Stage(Stage::Budget)),
    ("调整预算", Tok::Stage(Stage::Budget)),
    ("预算数", Tok::Stage(Stage::Budget)),
    ("预算金额", Tok::Stage(Stage::Budget)),
    ("预算额", Tok::Stage(Stage::Budget)),
    ("支出预算", Tok::Stage(Stage::Budget)),
    ("预算支出", Tok::Stage(Stage::Budget)),
    ("预算总额", Tok::Stage(Stage::Budget)),
    ("总预算", Tok::Stage(Stage::Budget)),
    ("预算", Tok::Stage(Stage::Budget)),
    ("安排", Tok::Stage(Stage::Budget)),
    // a purchased service's contract sum (合同金额96万元, 中标金额): the project's budget
    ("合同金额", Tok::Stage(Stage::Budget)),
    ("合同价款", Tok::Stage(Stage::Budget)),
    ("合同价", Tok::Stage(Stage::Budget)),
    ("中标金额", Tok::Stage(Stage::Budget)),
    // a project's planned outlay (项目总投资45万元, 计划投资)
    ("总投资", Tok::Stage(Stage::Budget)),
    ("计划投资", Tok::Stage(Stage::Budget)),
    ("下达", Tok::Stage(Stage::Budget)),
    ("批复", Tok::Stage(Stage::Budget)),
    ("拨付", Tok::Stage(Stage::Budget)),
    ("拨款", Tok::Stage(Stage::Budget)),
    ("到位", Tok::Stage(Stage::Budget)),
    ("实际拨付", Tok::Stage(Stage::Actual)),
    ("全年拨付", Tok::Stage(Stage::Actual)),
    ("决算数", Tok::Stage(Stage::Actual)),
    ("决算", Tok::Stage(Stage::Actual)),
    ("实际支出", Tok::Stage(Stage::Actual)),
    ("实际开支", Tok::Stage(Stage::Actual)),
    ("实际使用", Tok::Stage(Stage::Actual)),
    ("执行数", Tok::Stage(Stage::Actual)),
    // 全年执行168.3万元, 预算执行金额 (a rate of it is no money: 执行率 is a percent)
    ("执行", Tok::Stage(Stage::Actual)),
    ("支出数", Tok::Stage(Stage::Actual)),
    ("已支出", Tok::Stage(Stage::Actual)),
    ("开支", Tok::Stage(Stage::Actual)),
    ("支出", Tok::Stage(Stage::Actual)),
    ("支付", Tok::Stage(Stage::Actual)),
    ("使用", Tok::Stage(Stage::Actual)),
    ("用于", Tok::Stage(Stage::Actual)),
];

/// The lexicon's words found in a text, as a regex alternation of them, longest first, would
/// find them (leftmost first): an Aho-Corasick automaton whose pattern number is the word's
/// place, so no word is looked up again.
struct Tokens {
    ac: aho_corasick::AhoCorasick,
    toks: Vec<Tok>,
}

impl Tokens {
    /// Each word found in `t`: its byte span, text and token.
    fn find_iter<'t>(&'t self, t: &'t str) -> impl Iterator<Item = Token<'t>> + 't {
        self.ac.find_iter(t).map(move |m| Token {
            start: m.start(),
            end: m.end(),
            text: t,
            tok: self.toks[m.pattern()],
        })
    }

    /// The stage the last stage word in `t` names.
    fn last_stage(&self, t: &str) -> Option<Stage> {
        self.find_iter(t)
            .filter_map(|m| match m.tok {
                Tok::Stage(st) => Some(st),
                _ => None,
            })
            .last()
    }

    /// `t` without the lexicon's words.
    fn strip<'t>(&self, t: &'t str) -> std::borrow::Cow<'t, str> {
        let mut out = String::new();
        let mut at = 0;
        for m in self.ac.find_iter(t) {
            out.push_str(&t[at..m.start()]);
            at = m.end();
        }
        if at == 0 {
            return std::borrow::Cow::Borrowed(t);
        }
        out.push_str(&t[at..]);
        std::borrow::Cow::Owned(out)
    }
}

/// One word of the lexicon in a text.
struct Token<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    tok: Tok,
}

impl<'t> Token<'t> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

static TOKENS: Lazy<Tokens> = Lazy::new(|| {
    let mut lexicon: Vec<(&str, Tok)> = LEXICON.to_vec();
    lexicon.sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
    // (a DFA: built once, it searches every money sentence; left to choose, the builder took a
    // slower automaton once round 35 lengthened the lexicon: +17 M instructions a province)
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(lexicon.iter().map(|(w, _)| w))
        .unwrap();
    Tokens { ac, toks: lexicon.iter().map(|(_, t)| *t).collect() }
});

/// Who gave a sum (省级补助, 中央补助资金, 县级配套, 地方配套资金): a source of funds.
static FUND_SOURCE: Re = Re::new(|| {
    Regex::new(r"(中央|省级?|市级?|县级?|区级?|上级|本级|地方|财政)[^，,；;、]{0,4}(补助|配套|补贴|奖补)").unwrap()
});

/// Words just before a figure that make it a change, not a level (较上年增加7.29万元).
static CHANGE: Re = Re::new(|| {
    Regex::new(r"(增加|减少|增长|下降|降低|提高|上升|减支|增支|节约|节省|超支|超出|多支出|少支出|差额|相差|缩减|压减|追加|追减|调增|调减|核减)了?(资金|经费|预算)?\s*$").unwrap()
});
static PRIOR: Re = Re::new(|| Regex::new(r"上年|去年|上一年|同期|较|比|由\s*$|从\s*$").unwrap());
/// A comparison with this year's budget just before a sum (较年初预算, 比调整后预算数): the sum
/// is the budget, no prior period's.
static AGAINST_BUDGET: Re =
    Re::new(|| Regex::new(r"(较|比)(本年|当年|年初|全年|调整后|年度)?预算(数|金额)?\s*$").unwrap());
/// Does a prior period's word stand in `t`, not inside a county's name (比 of 比如县)?
fn prior(t: &str) -> bool {
    any_in(t, &PRIOR_CHARS)
        && PRIOR.is_match(t)
        && PRIOR.is_match(&super::regions::Gazetteer::global().without_county_names(t))
}
/// One character of every word of CHANGE, PRIOR, TO_LEVEL, NOT_BUDGET, PER_UNIT and
/// CUMULATIVE: a cheap test before each (most clauses hold none).
static CHANGE_CHARS: CharSet = CharSet::of("加少长降高升减增节超支差");
static PRIOR_CHARS: CharSet = CharSet::of("年期较比由从");
static TO_LEVEL_CHARS: CharSet = CharSet::of("至到");
static NOT_BUDGET_CHARS: CharSet = CharSet::of("资案缴扣罚奖赏赃兑举");
static PER_UNIT_CHARS: CharSet = CharSet::of("每均标价");
static CUMULATIVE_CHARS: CharSet = CharSet::of("累来历");
/// A change that ends in a level (增加至, 由…至): the figure after it is a level again.
static TO_LEVEL: Re = Re::new(|| {
    Regex::new(r"(增加|减少|下降|降低|提高|上升|增长|调增|调减|调整|压减|缩减)(至|到)|由[^，,；;]*?至").unwrap()
});
/// Money that is no budget line: seized drug money, fines, rewards paid to informants —
/// unless the clause names a budget or its spending (禁毒举报奖励经费年初预算20万元 is a
/// project's budget: informant rewards are a common drug-control project).
static NOT_BUDGET: Re =
    Re::new(|| Regex::new(r"毒资|涉案|缴获|收缴|查扣|扣押|罚没|罚款|罚金|奖金|奖励|悬赏|赃款|兑现|举报").unwrap());
static BUDGET_WORD: Re = Re::new(|| Regex::new(r"预算|决算|支出|执行数|拨付|拨款").unwrap());
static PER_UNIT: Re = Re::new(|| Regex::new(r"每人|每名|每个|每户|每年|每月|人均|户均|平均|标准为|单价").unwrap());
static CUMULATIVE: Re = Re::new(|| Regex::new(r"累计.*|以来|年来|历年").unwrap());
/// A total of several years (累计, 三年来, 建所以来) — 年来 after a year's digits opens a
/// place's name (2022年来凤县…), not a span.
fn cumulative(clause: &str) -> bool {
    let g = super::regions::Gazetteer::global();
    CUMULATIVE.find_iter(clause).any(|m| {
        // the year's running total (全年累计支出, 本年度累计) is the year's
        let this_year = m.as_str().starts_with("累计")
            && ["全年", "本年", "当年", "年度", "今年"].iter().any(|w| clause[..m.start()].ends_with(w));
        !(this_year || m.as_str() == "年来" && g.one_year_or_place(clause, m.start()))
    })
}
/// A sum planned over several years ahead (规划于4年内投入约150亿元, 未来五年计划投入, 今后两年拟投入):
/// no year's budget or spending. (A year's own 2023年内 is the year: a span is 2 to 19 years, in
/// digits or in words, after no digit.)
static YEARS_AHEAD: Re = Re::new(|| {
    Regex::new(r"(^|[^0-9])([2-9]|1[0-9]|[两二三四五六七八九十]+)年内|(未来|今后)([0-9]+|[两二三四五六七八九十]+)年")
        .unwrap()
});
fn years_ahead(clause: &str) -> bool {
    (clause.contains("年内") || clause.contains("未来") || clause.contains("今后")) && YEARS_AHEAD.is_match(clause)
}
/// The year's spending so far (截至2023年6月30日，累计支出72.1万元; 截至8月底累计使用…): 累计 spent,
/// used or paid out after a day or month of the year the sentence counts to — a monitoring
/// report's figure, its period the months so far — no total of several years.
fn spent_to_date(before: &str) -> bool {
    let Some(at) = before.rfind("累计") else { return false };
    let after = &before[at + "累计".len()..];
    ["支出", "使用", "拨付", "执行"].iter().any(|w| after.starts_with(w))
        && ["截至", "截止"].iter().any(|w| {
            before[..at].rfind(w).is_some_and(|i| {
                let to = &before[i + w.len()..at];
                to.chars().take(12).any(|c| c == '月') && !to.contains("以来")
            })
        })
}

/// What makes a money figure a named line item rather than a category total.
static ITEM: Re = Re::new(|| Regex::new(r"费|资金|款|经费").unwrap());
/// Words that name no particular line item: what is left after them decides. (The unit naming
/// itself — 我办, 本局, 我中心 — names none: 我办部门预算安排资金合计145.82万元 is the budget.)
static GENERIC_WORDS: Re = Re::new(|| {
    Regex::new(r"20\d\d年度?|[我本](办|局|委|队|所|站|中心)|部门|本单位|单位|全年|年度|本年|当年|年初|年中|全部|财政|共计|合计|累计|共|计|总额|金额|资金|经费|款项|为|达|^[①-⑳]|[0-9、.（）()：:\s]").unwrap()
});
static GENERIC: Re = Re::new(|| Regex::new(r"^[^费]*(经费|资金|款项|款)[^费]*$").unwrap());
/// The unit of money a label states in brackets before its sums (三公经费（单位：千元）, 资金（元）),
/// as a factor to 万元: 千元 and 元 only (万元 is the sums' own unit already).
fn caption_unit(before: &str) -> Option<f64> {
    // (every caption below closes on 元 and a bracket: one search for that first — this runs
    // for every bare number)
    static YUAN_CLOSED: super::re::Word = super::re::Word::new("元）");
    static YUAN_CLOSED_ASCII: super::re::Word = super::re::Word::new("元)");
    if YUAN_CLOSED.find(before).is_none() && YUAN_CLOSED_ASCII.find(before).is_none() {
        return None;
    }
    ["（单位：千元）", "(单位：千元)", "（千元）", "(千元)"]
        .iter()
        .any(|c| before.contains(c))
        .then_some(0.1)
        .or_else(|| ["（单位：元）", "(单位：元)", "（元）", "(元)"].iter().any(|c| before.contains(c)).then_some(1e-4))
}

static CELL_LABEL: Re =
    // (or a space alone between them, or nothing: 预算数 36，执行数 34.2; 预算数36，执行数34.2)
    // (全年支出：166.2, 实际支出 34.2: spending named by its verb alone, as a column of a table;
    // 全年执行：127.14, 实际执行 48.2, as the form's 全年执行数 column is headed without its 数)
    // (年度预算安排：582.4, a budget named by its arrangement; 预算212.4，支出211.9, spending named
    // by its noun alone at a clause's start)
    Re::new(|| {
        Regex::new(r"(预算数|预算金额|决算数|执行数|支出数|预算安排|预算|决算|全年支出|实际支出|全年执行|实际执行|执行额|支出金额|执行金额|资金总额|基本支出|项目支出|(^|[，,；;：:])支出)(万元)?(\s*[：:\t]\s*|\s*)$").unwrap()
    });
static ZERO: Re = Re::new(|| {
    Regex::new(r#"(无|没有|未发生|未安排)(“三公”经费|"三公"经费|三公经费|“三公”|项目支出|项目经费)(支出)?"#).unwrap()
});
static ZERO_AFTER: Re =
    Re::new(|| Regex::new(r#"(“三公”经费|"三公"经费|三公经费|项目支出)(支出)?(为零|为0|均为零|均为0)"#).unwrap());

fn field_for(cat: Option<Cat>, stage: Stage, kind: Kind) -> Option<Field> {
    use Field::*;
    let (budget, actual) = match cat {
        None | Some(Cat::Total) => (BudgetTotal, ActualTotal),
        Some(Cat::Basic) => (BasicBudget, BasicActual),
        // in a project's own evaluation the project is the whole
        Some(Cat::Project) if kind == Kind::Project => (BudgetTotal, ActualTotal),
        // a summary evaluates no budget: a project's 经费 in it is no part of a unit's spending
        Some(Cat::Project) if kind == Kind::Summary => return None,
        Some(Cat::Project) => (ProjectBudget, ProjectActual),
        Some(Cat::Personnel) => (PersonnelBudget, PersonnelActual),
        Some(Cat::Public) => (PublicBudget, PublicActual),
        Some(Cat::Sangong) => (SangongBudget, SangongActual),
        Some(Cat::Income) => return None,
    };
    Some(if stage == Stage::Budget { budget } else { actual })
}

/// The money field of a table row's label (年度资金总额, 基本支出, 其中：人员经费) under a
/// budget or an actual column; None for a row that is no field (财政拨款, 上年结转).
pub fn field_of_label(label: &str, budget: bool, kind: Kind) -> Option<Field> {
    if ["财政拨款", "结转", "其他资金", "收入"].iter().any(|w| label.contains(w)) {
        return None;
    }
    let cat = TOKENS.find_iter(label).filter_map(|m| match m.tok {
        Tok::Cat(c) => Some(c),
        _ => None,
    });
    let cat = match cat.last() {
        Some(c) => c,
        None if ["资金总额", "年度资金", "合计", "总计", "总额"].iter().any(|w| label.contains(w)) => {
            Cat::Total
        }
        // (the spending's row beside the income's, 一、收入 / 二、支出, 本年支出, 总支出: the whole)
        None if whole_spending(label) => Cat::Total,
        // (a project's own form names its row by the project, 禁毒专项, 社区戒毒社区康复专项: the
        // project's whole; a part's row, 其中：宣传专项, is none)
        None if kind == Kind::Project && label.ends_with("专项") && !label.starts_with("其中") => Cat::Project,
        None => return None,
    };
    field_for(Some(cat), if budget { Stage::Budget } else { Stage::Actual }, kind)
}

/// A row's label naming the spending as a whole, after its number if any: 支出, 二、支出,
/// （二）支出, 2.支出, 总支出, 本年支出 (a part's label, 基本支出, is a category's).
fn whole_spending(label: &str) -> bool {
    // (cheap test first: the label ends in 支出)
    let Some(head) = label.trim_end_matches(['：', ':']).strip_suffix("支出") else { return false };
    let head = head.trim_start_matches(|c: char| "一二三四五六七八九十（）()、.．".contains(c) || c.is_ascii_digit());
    matches!(head, "" | "总" | "本年" | "全年" | "年度")
}

/// The stage a row's label names (年度预算: the budget, true; 实际支出, 决算数: the spending,
/// false); None for a label of a category alone (基本支出) and for a source of income
/// (一般公共预算财政拨款收入 names a budget only as its source).
pub fn stage_of_label(label: &str) -> Option<bool> {
    let mut stage = None;
    for m in TOKENS.find_iter(label) {
        match m.tok {
            Tok::Cat(Cat::Income) => return None,
            Tok::Stage(st) => stage = Some(st == Stage::Budget),
            _ => {}
        }
    }
    stage
}

/// Does a row's label name a part of the spending (基本支出, 项目支出, 人员经费, 公用经费, 三公经费)?
pub fn names_part(label: &str) -> bool {
    TOKENS.find_iter(label).any(|m| matches!(m.tok, Tok::Cat(c) if c != Cat::Total && c != Cat::Income))
}

/// Words right after a sum naming what it is for (用于…, 作为…费用, 专项用于…).
static PURPOSE_AFTER: Re = Re::new(|| Regex::new(r"^\s*[，,]?\s*(专门|专项|全部|主要)?(用于|作为|用作|用来)").unwrap());

/// The words of a budget or its spending right before a sum in 万 alone (预算45万, 支出43.6万,
/// 执行数为48.6万).
static WAN_MONEY: Re = Re::new(|| Regex::new(r"(预算|支出|执行|决算|拨付|拨款|经费|资金)[^，,；;。\d]{0,4}$").unwrap());

/// A list of labels and then of as many sums after 分别 (预算数与执行数分别为40万元和38.2万元):
/// the text before the figure with its clause cut to the figure's own label; None when the
/// clause holds no such list or the labels and sums do not pair up.
fn money_list(left: &str, after: &str) -> Option<String> {
    // (cheap test first: the word itself)
    let at = left.rfind("分别")?;
    let start = super::sentence::clause_start(&left[..at], &['，', ',', '；', ';', '：', ':']);
    let before = MONEY_LIST_BEFORE.captures(&left[at..])?;
    let rest = MONEY_LIST_AFTER.captures(after)?;
    let count = |t: &str| t.matches(['、', '和', '与', '及']).count();
    let (k, more) = (count(&before[1]), count(&rest[1]));
    let items: Vec<&str> = left[start..at].split(['、', '和', '与', '及']).collect();
    if items.len() < 2 || items.len() != k + more + 1 || items.iter().any(|t| t.trim().is_empty()) {
        return None;
    }
    // (a category named once before the list's stages — 基本支出预算、决算 — is each one's)
    fn cat(t: &str) -> Option<&str> {
        TOKENS.find_iter(t).find(|m| matches!(m.tok, Tok::Cat(_))).map(|m| m.as_str())
    }
    let shared = if cat(items[k]).is_none() { cat(items[0]).unwrap_or("") } else { "" };
    Some(format!("{}{shared}{}", &left[..start], items[k]))
}
static MONEY_LIST_BEFORE: Re = Re::new(|| {
    Regex::new(r"^分别(?:为|是|达到|达)?\s*((?:\d[\d.,]*\s*(?:万元|元|万|千元)?\s*[、和与及]\s*)*)$").unwrap()
});
static MONEY_LIST_AFTER: Re =
    Re::new(|| Regex::new(r"^\s*(?:万元|元|万|千元)?((?:\s*[、和与及]\s*\d[\d.,]*\s*(?:万元|元|万|千元)?)*)").unwrap());

/// Text between the last clause separator (，；) and the end of `left`.
fn clause_tail(left: &str) -> &str {
    &left[super::sentence::clause_start(left, &['，', ',', '；', ';'])..]
}

/// Is the project category word at `at` in `left` (the sentence up to a sum) one project's, named
/// by words of its own before it (禁毒专项工作经费, 禁毒宣传项目经费: not 其中项目支出, 全年项目支出),
/// after the whole's project spending (项目支出) was stated before it in its paragraph? Then the
/// sum is that project's, no part of the unit's.
fn named_after_whole(s: &Sentence, left: &str, at: usize) -> bool {
    let before = &left[..at];
    let name_at = super::sentence::clause_start(before, &['，', ',', '；', ';', '。', '：', ':', '、']);
    let mut name = &before[name_at..];
    loop {
        let n = name.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || "年度".contains(c));
        let n = ["其中", "全年", "本年", "当年", "年初", "部门", "单位", "本单位", "我办", "我局", "用于"]
            .iter()
            .find_map(|w| n.strip_prefix(w))
            .unwrap_or(n);
        if n.len() == name.len() {
            break;
        }
        name = n;
    }
    let han = name.chars().filter(|&c| super::chars::is_han(c)).count();
    if han < 2 {
        return false;
    }
    // (the whole's 项目支出 before the name, in the sentence or the paragraph before it)
    let para = &s.para.text[..s.offset.min(s.para.text.len())];
    left[..name_at].contains("项目支出") || para.contains("项目支出")
}

/// A list marker at the start of a clause: ①, (1), （一）, 1、
fn listed(clause: &str) -> bool {
    super::text::starts_numbered(clause.trim_start_matches('其').trim_start_matches('中').trim_start_matches('：'))
}

/// A numbered part of a list (①, ⑴, (1), （1）, 1. 1、): never the whole, whatever it is called.
fn list_part(clause: &str) -> bool {
    let c = clause.trim_start_matches('其').trim_start_matches('中').trim_start_matches(['：', ':']).trim_start();
    let c0 = c.chars().next().unwrap_or(' ');
    let arabic_paren = (c0 == '(' || c0 == '（') && c[c0.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
    (('①'..='⑳').contains(&c0) || ('⑴'..='⒇').contains(&c0) || arabic_paren || c0.is_ascii_digit())
        && super::text::starts_numbered(c)
}

/// The text after a clause's last colon (主要包括：①禁毒宣传经费 → ①禁毒宣传经费), or all of it.
fn after_colon(clause: &str) -> &str {
    clause.rfind(['：', ':']).map_or(clause, |i| clause[i..].trim_start_matches(['：', ':']))
}

/// A row label naming a sum of money with its unit (预算数（万元）, 执行数（元）, 年度支出（万元）).
pub static SUM_LABEL: Re =
    Re::new(|| Regex::new(r"(预算|执行|决算|支出|资金|经费)[^（(]{0,8}[（(]\s*(万元|元|千元)\s*[）)]").unwrap());

/// Money candidates in one sentence.
/// `plan`: the text is a unit's published budget (2024年单位预算公开): it spends nothing yet, so
/// its 支出 (总支出1452.76万元) is the budget.
pub fn scan(
    s: &Sentence,
    kind: Kind,
    implied_wan: bool,
    plan: bool,
    out: &mut Vec<Candidate>,
    items: &mut Vec<LineItem>,
) {
    scan_dated(s, kind, implied_wan, plan, None, false, out, items)
}

/// Does a clause open on last year as its time (上年度该项目全年预算数为, 去年部门预算), with no
/// comparison or carry-over after it? In a text written the year after the year it evaluates,
/// naming neither, that is the year evaluated.
pub(crate) fn opens_on_last_year(scope: &str) -> bool {
    let t = scope.trim_start();
    ["上一年度", "上年度", "上一年", "去年", "上年"].iter().any(|w| {
        t.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim_start();
            !rest.starts_with(['结', '末', '底', '同', '年']) && !prior(rest)
        })
    })
}

/// `scan` in an evaluation of `year`: a sum in a clause of an earlier year's (2021年部门预算
/// 356.21万元，支出350万元。 in 2022's report) is that year's, and yields to `year`'s own.
/// `last_is_own`: the text, written the year after `year` and naming it nowhere, calls it 上年度
/// (上年度该项目全年预算数为36万元 is the year evaluated's budget, no prior year's).
#[allow(clippy::too_many_arguments)]
pub fn scan_dated(
    s: &Sentence,
    kind: Kind,
    implied_wan: bool,
    plan: bool,
    year: Option<i32>,
    last_is_own: bool,
    out: &mut Vec<Candidate>,
    items: &mut Vec<LineItem>,
) {
    // (both patterns name 三公 or a project's spending: most sentences name neither)
    // (prebuilt searches: this runs over every sentence)
    static SANGONG: super::re::Word = super::re::Word::new("三公");
    static PROJECT: super::re::Word = super::re::Word::new("项目");
    let zero_words = SANGONG.find(s.text).is_some()
        || PROJECT.find(s.text).is_some() && (s.text.contains("项目支出") || s.text.contains("项目经费"));
    let zeros = zero_words.then(|| ZERO.find_iter(s.text).chain(ZERO_AFTER.find_iter(s.text)));
    for m in zeros.into_iter().flatten() {
        let field = if m.as_str().contains("三公") {
            Field::SangongActual
        } else if kind == Kind::Project {
            continue;
        } else {
            Field::ProjectActual
        };
        out.push(s.candidate(field, 0.0, Qualifier::Exact, m.start(), "0"));
    }
    for n in &s.nums {
        let money = n.is_money();
        // a bare number in a label cell (年度预算金额：65) of a report whose tables are in 万元
        let maybe_cell = !money
            && implied_wan
            && n.unit == super::number::Unit::None
            && n.qualifier == Qualifier::Exact
            // (or a cell of a row written as label：value pairs, 全年预算数：140.50；全年执行数：136.93)
            && {
                let after = s.text[n.end..].trim_start();
                after.chars().next().is_none_or(|c| matches!(c, '\t' | '。' | '；' | ';' | '，'))
                    // (…or a cell with a bracket of its parts after it, 年度预算安排：582.4（其中财政
                    // 拨款560.0，上年结转22.4）, 预算数：96（含上年结转6）)
                    || ["（其中", "(其中", "（含", "(含"].iter().any(|w| after.starts_with(w))
            };
        // a sum written with 万 alone (年初预算45万，实际支出43.6万) after a word of the budget
        // or its spending in the clause
        let wan_alone = !money
            && n.unit == super::number::Unit::None
            && s.text[n.num_end..n.end].trim_start().starts_with('万')
            && WAN_MONEY.is_match(clause_tail(&s.text[..n.start]));
        // a sum with its unit written before it, after a label's colon (项目年度预算金额：元
        // 1,250,000.00, a form's unit column before its value): in that unit
        let unit_first = (!money && n.unit == super::number::Unit::None)
            .then(|| {
                let before = s.text[..n.start].trim_end();
                let before = before
                    .strip_suffix("万元")
                    .map(|b| (b, 1.0))
                    .or_else(|| before.strip_suffix('元').map(|b| (b, 1e-4)))?;
                before.0.trim_end().ends_with(['：', ':']).then_some(before.1)
            })
            .flatten()
            // (…or a bare sum after a label captioned with its own unit, 三公经费（单位：千元）：预算
            // 45.0, 资金（元）：预算 450000: in that unit, whatever the text's other tables are in)
            .or_else(|| {
                (!money && n.unit == super::number::Unit::None).then(|| caption_unit(&s.text[..n.start])).flatten()
            });
        if !money && !maybe_cell && !wan_alone && unit_first.is_none() {
            continue;
        }
        let left_all = s.left_of(n.start);
        let left_all = match unit_first {
            // (the label without the unit: 项目年度预算金额：)
            Some(_) => {
                std::borrow::Cow::Owned(left_all.trim_end().trim_end_matches("万元").trim_end_matches('元').to_string())
            }
            None => left_all,
        };
        if !money && !wan_alone && unit_first.is_none() && !CELL_LABEL.is_match(&left_all) {
            continue;
        }
        // one sum of a list of stages' sums after 分别 (预算数与执行数分别为40万元和38.2万元): read
        // with its own label alone, the clause's other labels taken out
        // (…but a list of years' sums after 分别 — 2022年、2023年部门预算分别为120万元、135万元 — pairs
        // each with its year, below, not with a label)
        let by_year = (s.text.contains("分别") || s.text.contains("依次"))
            .then(|| {
                let a = super::sentence::clause_start(&s.text[..n.start], &['，', ',', '；', ';', '。']);
                super::sentence::year_list(s.text, n.start, &s.text[a..n.start], &s.text[n.end..]).map(|(_, y)| y)
            })
            .flatten();
        let left_all = match money_list(&left_all, &s.text[n.end..]).filter(|_| by_year.is_none()) {
            Some(cut) => std::borrow::Cow::Owned(cut),
            None => left_all,
        };
        let scaled;
        let n = if wan_alone {
            scaled = super::number::Num { value: n.value / 1e4, ..n.clone() };
            &scaled
        } else if let Some(f) = unit_first {
            scaled = super::number::Num { value: n.value * f, ..n.clone() };
            &scaled
        } else {
            n
        };
        // a numbered part of a list (主要包括：①禁毒宣传经费…；②…) is named by the words after its
        // marker, read in the raw text (the reader drops (1) as an aside)
        let part = list_part(after_colon(clause_tail(&s.text[..n.start])));
        let clause = clause_tail(&left_all);
        let clause = if part { after_colon(clause) } else { clause };
        // 由上年的98万元增加至105万元: what follows 至 is this year's level
        // (each regex runs only where a character its words need stands)
        let scope = match any_in(clause, &TO_LEVEL_CHARS) {
            true => TO_LEVEL.find_iter(clause).last().map_or(clause, |m| &clause[m.end()..]),
            false => clause,
        };
        // (较年初预算386.52万元减少11.44万元: the sum 较 compares with is this year's budget, a level)
        let prior_scope = match AGAINST_BUDGET.find(scope) {
            Some(m) if any_in(scope, &PRIOR_CHARS) => &scope[..m.start()],
            _ => scope,
        };
        if any_in(scope, &CHANGE_CHARS) && CHANGE.is_match(scope)
            || prior(prior_scope) && !(last_is_own && opens_on_last_year(prior_scope))
            || added_before(clause)
            || any_in(clause, &PER_UNIT_CHARS) && PER_UNIT.is_match(clause)
            || any_in(clause, &CUMULATIVE_CHARS) && cumulative(clause) && !spent_to_date(&s.text[..n.start])
            || years_ahead(clause)
            || (any_in(clause, &NOT_BUDGET_CHARS) && NOT_BUDGET.is_match(clause) && !BUDGET_WORD.is_match(clause))
        {
            continue;
        }
        if s.text[n.end..].starts_with("/人") || s.text[n.end..].starts_with("/年") {
            continue;
        }
        // (a sum of an earlier year's clause yields to the evaluated year's; stated alone it
        // stands, as in a report whose title names the year of its writing)
        let earlier = year.is_some_and(|y| earlier_year_clause(&s.text[..n.start], y));
        // a summary evaluates no budget: a sum given for a purpose it names (拨付50万元作为…体检
        // 费用, 安排20万元用于禁毒宣传) is that purpose's, no budget or spending of the unit
        if kind == Kind::Summary && PURPOSE_AFTER.is_match(&s.text[n.end..]) {
            continue;
        }
        // tokens over the sentence up to the number (parentheticals closed before it removed)
        let mut main: Option<Cat> = None;
        let mut stage: Option<Stage> = None;
        let mut clause_stage: Option<Stage> = None;
        // (the clause's stage is money paid out, 全年实际拨付: it yields to what was spent)
        let mut disbursed = false;
        let mut stage_word: &str;
        let mut income = false;
        let mut cat_word = "";
        let mut early = false;
        let mut sub: Option<Cat> = None;
        let mut last_cat_end_in_clause = 0usize;
        // (where the last category word stands, and whether in the figure's own clause)
        let mut main_at = (0usize, false);
        let mut named_project = false;
        let clause_start = left_all.len() - clause.len();
        for m in TOKENS.find_iter(&left_all) {
            let in_clause = m.start() >= clause_start;
            match m.tok {
                Tok::Cat(c @ (Cat::Personnel | Cat::Public)) => {
                    if in_clause {
                        sub = Some(c);
                        last_cat_end_in_clause = m.end() - clause_start;
                    }
                }
                Tok::Cat(Cat::Income) => {
                    if in_clause {
                        income = true;
                        last_cat_end_in_clause = m.end() - clause_start;
                    }
                }
                // (money added in an earlier clause — 年中追加禁毒宣传专项经费6万元，全年预算数134.64
                // 万元 — is a part of the sum after it, not its category)
                Tok::Cat(_) if !in_clause && added_before(&left_all[..m.start()]) => {}
                Tok::Cat(c) => {
                    // (a part named after another part's figure in a list — 其中人员经费支出121.3万元、
                    // 项目支出44.0万元 — is this figure's: the earlier part was that figure's)
                    if in_clause
                        && sub.is_some()
                        && left_all[clause_start + last_cat_end_in_clause..m.start()]
                            .bytes()
                            .any(|b| b.is_ascii_digit())
                    {
                        sub = None;
                    }
                    // (one project named in a whole unit's report — 其中：禁毒宣传项目 预算30万元 —
                    // is one of its projects, not their sum)
                    named_project = kind == Kind::Whole && m.as_str() == "项目" && {
                        let before: Vec<char> = left_all[..m.start()].chars().rev().take(2).collect();
                        before.len() == 2
                            && before.iter().all(|&c| super::chars::is_han(c))
                            && !"中及和与为各部有个类的该此本".contains(before[0])
                    };
                    main = Some(c);
                    main_at = (m.start(), in_clause);
                    if in_clause {
                        last_cat_end_in_clause = m.end() - clause_start;
                        cat_word = m.as_str();
                    }
                }
                Tok::Stage(st) => {
                    stage = Some(st);
                    stage_word = m.as_str();
                    if in_clause {
                        clause_stage = Some(st);
                        disbursed = stage_word.ends_with("拨付");
                        early = stage_word.starts_with("年初")
                            || (early && st == Stage::Budget && !stage_word.contains("预算"));
                    }
                }
            }
        }
        if income || named_project && main == Some(Cat::Project) && sub.is_none() {
            continue;
        }
        // one project named by its own words (禁毒专项工作经费, 禁毒宣传项目经费) after the unit's
        // whole project spending was stated (项目支出实际支出354.88万元) is that project's
        if kind == Kind::Whole
            && main == Some(Cat::Project)
            && sub.is_none()
            && named_after_whole(s, &left_all, main_at.0)
        {
            continue;
        }
        // a clause of a stage alone after a part's other stage (人员经费预算262.3万元，决算262.3
        // 万元): the same part's (a clause with words of its own, 全年支出合计, is the whole's)
        if sub.is_none()
            && !main_at.1
            && clause_stage.is_some()
            && last_cat_end_in_clause == 0
            && clause.len() <= 30
            && TOKENS.strip(clause).trim_matches(|c: char| c.is_whitespace() || "数为是达：:".contains(c)).is_empty()
        {
            sub = stage_after_part(&left_all[..clause_start], clause_stage);
        }
        // a clause that names a stage and no category after a list of parts and a semicolon
        // (其中基本支出预算68.2万元、项目支出预算88.6万元；全年实际支出151.37万元) is the whole's:
        // the list of 其中 ended at the semicolon, and its last part is not this clause's subject
        if main.is_some() && !main_at.1 && sub.is_none() && clause_stage.is_some() {
            let (before, between) = (&left_all[..main_at.0], &left_all[main_at.0..clause_start]);
            let in_list = before.rfind("其中").is_some_and(|q| !before[q..].contains(['；', ';', '。']));
            if in_list && between.contains(['；', ';']) {
                main = Some(Cat::Total);
            }
        }
        // the sources of a sum listed after it (项目资金总额150万元，其中省级补助80万元、县级配套
        // 70万元): parts of the funds by who gave them, neither budget nor spending
        if stage.is_none() && left_all.contains("其中") && FUND_SOURCE.is_match(clause) {
            continue;
        }
        // a sum with no word of spending or budget before it (缴获毒资17万元 in a news page's
        // list) is no money field
        if main.is_none() && sub.is_none() && stage.is_none() && !ITEM.is_match(clause) && !clause.contains("总额") {
            continue;
        }
        let tail = &clause[last_cat_end_in_clause.min(clause.len())..];
        let tail = TOKENS.strip(tail);
        // funds (资金) with no stage word are what was allocated: the budget
        let funds = stage.is_none() && (cat_word.contains("资金") || tail.contains("资金") || tail.contains("总额"));
        // inside an aside (其中基本支出98万元…) the stage is the one stated before it
        let outer_stage = || s.outer_left_of(n.start).and_then(|o| TOKENS.last_stage(&o));
        // (a sentence of parts opening on 其中 — 全年预算197.40万元。其中：基本支出126.30万元 — is of
        // the stage of the sum the sentence before ends on)
        let parts_of_sum_before = || {
            let rest = s.text.trim_start().strip_prefix("其中")?;
            if !rest.starts_with(['：', ':', '，', ',']) {
                return None;
            }
            let before = &s.para.text[..s.offset.min(s.para.text.len())];
            let last_sum = before.rfind("万元").or_else(|| before.rfind('元'))?;
            TOKENS.last_stage(&before[..last_sum])
        };
        let stage = clause_stage.or(stage).or_else(outer_stage).or_else(parts_of_sum_before).unwrap_or(if funds {
            Stage::Budget
        } else {
            Stage::Actual
        });
        let stage = if plan { Stage::Budget } else { stage };
        // (the item's own words, the generic ones taken out, only where ITEM names one)
        // (a county's name is no item: the 费 of 费县预算90万元)
        let is_item = ITEM.is_match(&tail)
            && ITEM.is_match(&super::regions::Gazetteer::global().without_county_names(&tail))
            && GENERIC_WORDS.replace_all(&tail, "").chars().filter(|&c| super::chars::is_han(c)).count() >= 2;
        // (the drug-control funds as a whole — 全年安排禁毒经费260万元, 中心运行经费预算76.5万元 —
        // name no item of them: the total, outside a list of parts)
        // (…nor any clause of a list of parts after 其中 — 年初预算80万元，其中：禁毒宣传经费20万元，
        // 毛发检测经费30万元，社戒社康工作经费30万元 —, the 其中 in the first part's clause only,
        // until the sentence or the list ends)
        let in_parts = clause.contains("其中")
            || left_all.rfind("其中").is_some_and(|q| !left_all[q..].contains(['；', ';', '。']));
        let whole_funds = is_item && !part && !in_parts && !listed(clause) && {
            let own = GENERIC_WORDS.replace_all(&tail, "");
            // (the area that funds them before: 县财政安排禁毒经费, 全市禁毒经费)
            let own = own.trim_start_matches(['全', '本', '县', '市', '区', '旗', '州']).trim_end_matches(['预', '算']);
            matches!(own, "禁毒" | "禁毒工作" | "中心运行" | "运行" | "禁毒办")
        };
        let is_item = is_item && !whole_funds;
        let cat = if is_item {
            let generic = GENERIC.is_match(&tail) && !in_parts;
            if kind == Kind::Project && generic && sub.is_none() && !part {
                Some(Cat::Total)
            } else {
                items.push(LineItem {
                    label: item_label(&tail),
                    value: n.value,
                    unit: match n.unit {
                        super::number::Unit::Money(u) => u.to_string(),
                        _ => "万元".into(),
                    },
                    listed: part || listed(clause),
                    line: s.line_at(n.start),
                    snippet: s.snippet(),
                });
                continue;
            }
        } else {
            sub.or(main)
        };
        if let Some(field) = field_for(cat, stage, kind) {
            let mut c = s.candidate(field, n.value, n.qualifier, n.num_start, &s.text[n.num_start..n.num_end]);
            // the budget at the start of the year (年初预算, 年初批复预算) yields to the adjusted
            // full-year budget, and so does one not so named in a sentence that tells of the
            // adjustment (预算安排200万元，年中追加20万元，调整后预算220万元)
            if stage == Stage::Budget && !adjusted(clause) && (early || clause.contains("年初") || adjusted(s.text)) {
                c.rank = 1;
            }
            if earlier {
                c.rank = c.rank.max(2);
            }
            // (全年实际拨付1,359.7万元，实际支出1,341.28万元: the money paid out to the unit is its
            // spending only when no spending is stated)
            if disbursed && stage == Stage::Actual {
                c.rank = c.rank.max(1);
            }
            // (a final account's 支出总计 holds the year-end carry-over, 本年支出合计 279.12 + 年末结转和
            // 结余 7.33 = 286.45: the year's spending where 本年支出合计 is stated too)
            if stage == Stage::Actual && clause.contains("支出总计") {
                c.rank = c.rank.max(1);
            }
            // one sum of a list of as many as the years listed before 分别 (2021年至2023年，部门预算
            // 分别为110万元、118万元、126万元): its own year's
            c.list_year = by_year;
            out.push(c);
        }
    }
}

/// Does the clause that `before` ends in add to or cut the budget (年中追加禁毒宣传专项经费,
/// 调增项目经费; not 追加后, 调增至, 调增为: the budget after it)? A category word after it is the
/// added money's, and a sum after it the change, no level.
fn added_before(before: &str) -> bool {
    let clause = clause_tail(before);
    // (cheap test first: every word opens on 追 or 调)
    if !clause.contains(['追', '调']) {
        return false;
    }
    ["追加", "调增", "追减", "调减"].iter().any(|w| {
        clause.match_indices(w).any(|(i, _)| {
            let rest = &clause[i + w.len()..];
            !rest.starts_with('为') && !rest.contains(['后', '至', '到'])
        })
    })
}

/// The part (人员经费, 公用经费) the clause just before names with the other stage than `stage`
/// (人员经费预算262.3万元，), when it names no other category: the part a clause of a stage alone
/// after it (决算262.3万元) is of.
fn stage_after_part(before: &str, stage: Option<Stage>) -> Option<Cat> {
    let prev = before.strip_suffix(['，', ','])?;
    let prev = clause_tail(prev);
    let mut part = None;
    let mut other_stage = false;
    for m in TOKENS.find_iter(prev) {
        match m.tok {
            Tok::Cat(c @ (Cat::Personnel | Cat::Public)) if part.is_none() => part = Some(c),
            Tok::Cat(_) => return None,
            Tok::Stage(st) => other_stage |= Some(st) != stage,
        }
    }
    part.filter(|_| other_stage)
}

/// Does the time of the sentence up to a figure — the last clause before it that opens on a
/// year of its own (2021年部门预算…, 其中2021年…, 2021年度…) — lie before `year` (2021年部门预算
/// 356.21万元，支出350万元: both 2021's)? A month of a year (2021年12月批复), a span from it
/// (2021年以来, 2021年至2022年), a list of years (2022年、2023年…分别) or a comparison with it
/// (比2021年) opens no clause's time.
fn earlier_year_clause(before: &str, year: i32) -> bool {
    let b = before.as_bytes();
    let mut latest = None;
    // (one search for 年: most sentences name no year in figures)
    for i in memchr::memmem::find_iter(b, "年".as_bytes()) {
        let d = b[..i].trim_ascii_end();
        let Some(ds) = d.len().checked_sub(4) else { continue };
        if !(d[ds..].starts_with(b"20") && d[ds + 2..].iter().all(u8::is_ascii_digit))
            || ds > 0 && b[ds - 1].is_ascii_digit()
        {
            continue;
        }
        // (the clause opens on it: at most six characters before it, none of a comparison)
        let lead = before[super::sentence::clause_start(&before[..ds], &['，', ',', '；', ';'])..ds].trim_start();
        if lead.chars().count() > 6
            || lead.contains(['比', '较', '与', '于', '同', '和', '由', '从'])
            || lead.contains(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let rest = &before[i + "年".len()..];
        let rest = rest.strip_prefix('度').unwrap_or(rest).trim_start();
        if rest.starts_with(|c: char| c.is_ascii_digit() || "以至到-—~～起、和与及".contains(c)) {
            continue;
        }
        latest = before[ds..ds + 4].parse::<i32>().ok();
    }
    latest.is_some_and(|n| n < year)
}

/// A clause naming the adjusted, full-year budget (调整后预算, 调整预算数, 全年预算).
fn adjusted(clause: &str) -> bool {
    clause.contains("调整后") || clause.contains("调整预算") || clause.contains("全年预算")
}

fn item_label(tail: &str) -> String {
    let t = tail.trim_matches(|c: char| c.is_whitespace() || "：:为共计达".contains(c));
    let t = t.trim_start_matches(|c: char| ('①'..='⑳').contains(&c) || c.is_ascii_digit() || "、.（）()".contains(c));
    t.chars().rev().take(16).collect::<Vec<_>>().into_iter().rev().collect()
}

/// Words around a share's denominator that name no category (占全年支出总额的比重为…).
static DEN_FILLER: Re = Re::new(|| {
    Regex::new(r"全年|全部|当年|本年|本级|年度|部门|单位|整体|总|额|数|的|所|比重|比例|份额|比|为|达|约|是|了|\s")
        .unwrap()
});

/// The two money fields of a stated share. `before` is the text up to 占 (it names the part),
/// `den` the words between 占 and the figure (基本支出的, 总支出的比重为; nothing for 占比).
/// None unless both sides are money fields and they differ.
pub fn share_fields(before: &str, den: &str, kind: Kind) -> Option<(Field, Field)> {
    let scan = |t: &str| {
        let (mut cat, mut stage) = (None, None);
        for m in TOKENS.find_iter(t) {
            match m.tok {
                Tok::Cat(c) => cat = Some(c),
                Tok::Stage(s) => stage = Some(s),
            }
        }
        (cat, stage)
    };
    let (num_cat, num_stage) = scan(before);
    // 实际支出占预算的98%: a bare stage word names the total
    let num_cat = num_cat.or(num_stage.map(|_| Cat::Total))?;
    let num_stage = num_stage.unwrap_or(Stage::Actual);
    if num_cat == Cat::Income || !DEN_FILLER.replace_all(&TOKENS.strip(den), "").is_empty() {
        return None;
    }
    let (den_cat, den_stage) = scan(den);
    let named_whole = den_stage.is_some()
        || den.contains('总')
        || den.contains("全年")
        || den.contains("整体")
        || den.contains("全部");
    let den_cat = match den_cat {
        Some(c) => c,
        None if named_whole => Cat::Total,
        // 人员经费占比: of basic spending; 项目支出占比: of the total
        None => match num_cat {
            Cat::Personnel | Cat::Public => Cat::Basic,
            _ => Cat::Total,
        },
    };
    if den_cat == Cat::Income {
        return None;
    }
    let num = field_for(Some(num_cat), num_stage, kind)?;
    let den = field_for(Some(den_cat), den_stage.unwrap_or(num_stage), kind)?;
    (num != den).then_some((num, den))
}

#[cfg(test)]
mod tests {
    use crate::extract::scan::facts_of as read;
    use crate::model::{Field, Kind};

    proptest::proptest! {
        /// Where a regex matches, a character of its gate stands.
        #[test]
        fn gates_pass_every_match(parts in proptest::collection::vec(proptest::sample::select(vec![
            "增加", "减少", "增长", "下降", "降低", "提高", "上升", "减支", "增支", "节约", "节省", "超支", "超出", "多支出",
            "少支出", "差额", "相差", "缩减", "压减", "追加", "追减", "调增", "调减", "核减", "调整", "了", "资金", "经费",
            "预算", " ", "上年", "去年", "上一年", "同期", "较", "比", "由", "从", "至", "到", "毒资", "涉案", "缴获", "收缴",
            "查扣", "扣押", "罚没", "罚款", "罚金", "奖金", "奖励", "悬赏", "赃款", "兑现", "举报", "每人", "每名", "每个",
            "每户", "每年", "每月", "人均", "户均", "平均", "标准为", "单价", "累计", "以来", "年来", "历年", "，", "35", "禁毒",
        ]), 0..8)) {
            use super::*;
            let t: String = parts.concat();
            for (re, set) in [
                (&CHANGE, &CHANGE_CHARS),
                (&PRIOR, &PRIOR_CHARS),
                (&TO_LEVEL, &TO_LEVEL_CHARS),
                (&NOT_BUDGET, &NOT_BUDGET_CHARS),
                (&PER_UNIT, &PER_UNIT_CHARS),
                (&CUMULATIVE, &CUMULATIVE_CHARS),
            ] {
                proptest::prop_assert!(!re.is_match(&t) || any_in(&t, set), "{:?}", t);
            }
        }
    }

    /// The lexicon as the regex alternation it stands for: its words, longest first.
    static ALTERNATION: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        let mut words: Vec<&str> = super::LEXICON.iter().map(|(w, _)| *w).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        regex::Regex::new(&words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")).unwrap()
    });

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The lexicon's automaton finds the words, and strips them, as the alternation of the
        /// words longest first does.
        #[test]
        fn the_lexicon_reads_as_its_alternation(parts in proptest::collection::vec(proptest::sample::select(vec![
            "基本", "支出", "项目", "经费", "预算", "决算", "调整后", "全年", "实际", "执行", "数", "人员", "公用", "收入",
            "资金", "年初", "已", "使用", "用于", "三公", "合计", "，", "（", "）", "35万元", "a",
        ]), 0..16)) {
            let t: String = parts.concat();
            let alternation = &*ALTERNATION;
            let want: Vec<(usize, &str)> = alternation.find_iter(&t).map(|m| (m.start(), m.as_str())).collect();
            let got: Vec<(usize, &str)> = super::TOKENS.find_iter(&t).map(|m| (m.start(), m.as_str())).collect();
            proptest::prop_assert_eq!(&got, &want, "{:?}", t);
            for m in super::TOKENS.find_iter(&t) {
                let named = super::LEXICON.iter().find(|(w, _)| *w == m.as_str()).map(|(_, k)| *k);
                proptest::prop_assert_eq!(Some(m.tok), named);
            }
            proptest::prop_assert_eq!(super::TOKENS.strip(&t), alternation.replace_all(&t, ""));
        }
    }

    /// A form's lines of a label and its bare sums in a report whose tables are in 万元: a sum with
    /// a bracket of its parts after it (年度预算安排：582.4（其中财政拨款560.0，上年结转22.4）) is the
    /// label's, its parts none; lines of a category and its two sums (基本支出：预算212.4，支出211.9)
    /// each give both, the bare 支出 at a clause's start the spending.
    #[test]
    fn label_lines_of_bare_sums_with_parts_and_pairs() {
        for t in [
            "某县禁毒委员会办公室2019年度部门整体支出绩效自评表\n一、预算安排与执行（万元）\n年度预算安排：582.4（其中财政拨款560.0，上年结转22.4）\n全年实际支出：560.35\n基本支出：预算212.4，支出211.9\n项目支出：预算370.0，支出348.45\n",
            "某县禁毒委员会办公室2019年度部门整体支出绩效自评表\n预算执行情况（单位：万元）\n预算数：582.4（含上年结转22.4）\n实际支出：560.35\n基本支出：预算212.4，支出211.9\n项目支出：预算370.0，支出348.45\n",
            "某县禁毒委员会办公室2019年度部门整体支出绩效自评表\n金额单位：万元\n年度预算：582.4(其中上年结转22.4)\n全年支出：560.35\n基本支出：预算数212.4，支出211.9\n项目支出：预算数370.0，支出348.45\n",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::BudgetTotal, 582.4)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, 560.35)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BasicBudget, 212.4)), "{t}: {f:?}");
            assert!(f.contains(&(Field::BasicActual, 211.9)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ProjectBudget, 370.0)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ProjectActual, 348.45)), "{t}: {f:?}");
            assert!(!f.iter().any(|x| x.1 == 560.0 || x.1 == 22.4), "{t}: {f:?}");
        }
    }

    /// A sum after 较 that names this year's budget (较年初预算386.52万元减少11.44万元) is the
    /// budget; after 较上年 it stays last year's.
    #[test]
    fn a_comparison_with_this_years_budget_names_the_budget() {
        for (t, budget) in [
            ("2022年部门决算支出375.08万元，较年初预算386.52万元减少11.44万元。", Some(386.52)),
            ("全年支出375.08万元，比调整后预算数390万元节约14.92万元。", Some(390.0)),
            ("全年支出375.08万元，较全年预算386.52万元少支出11.44万元。", Some(386.52)),
            ("全年支出375.08万元，较上年预算356万元增加19.08万元。", None),
            ("全年支出375.08万元，比上年386.52万元减少11.44万元。", None),
        ] {
            let f = read(t, Kind::Whole);
            assert_eq!(f.iter().find(|x| x.0 == Field::BudgetTotal).map(|x| x.1), budget, "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, 375.08)), "{t}: {f:?}");
            assert!(!f.iter().any(|x| x.1 == 11.44 || x.1 == 19.08 || x.1 == 14.92), "{t}: {f:?}");
        }
    }

    /// A list of parts after 其中 joined by 、: each figure is the part named just before it,
    /// not the first part of the list (项目支出 after 人员经费's figure is the project part).
    #[test]
    fn each_part_of_a_list_joined_by_dunhao_is_its_own() {
        for t in [
            "全年决算支出183.9万元，其中人员经费支出121.3万元、日常公用经费支出18.6万元、项目支出44.0万元。",
            "全年决算支出183.9万元，其中人员经费121.3万元、公用经费18.6万元、项目支出44.0万元。",
            "全年决算支出183.9万元，其中项目支出44.0万元、人员经费支出121.3万元、公用经费18.6万元。",
        ] {
            let f = read(t, Kind::Whole);
            for want in [
                (Field::ActualTotal, 183.9),
                (Field::PersonnelActual, 121.3),
                (Field::PublicActual, 18.6),
                (Field::ProjectActual, 44.0),
            ] {
                assert!(f.contains(&want), "{t}: {want:?} not in {f:?}");
            }
        }
    }

    /// A project's budget and its parts after 其中 by what they pay for (禁毒宣传经费, 毛发检测经费,
    /// 社戒社康工作经费): each part an item of the budget — the ones after the first too, whose
    /// clause no longer holds 其中 —, never the project's total.
    #[test]
    fn every_part_of_a_list_after_qizhong_is_an_item() {
        for t in [
            "该项目年初预算80万元，其中：禁毒宣传经费20万元，毛发检测经费30万元，社戒社康工作经费30万元。截至2023年12月31日，实际支出76.4万元。",
            "该项目年初预算80万元，其中禁毒宣传经费20万元，毛发检测经费30万元，社戒社康工作经费30万元。",
        ] {
            let f = read(t, Kind::Project);
            assert!(f.contains(&(Field::BudgetTotal, 80.0)), "{t}: {f:?}");
            assert!(!f.iter().any(|x| x.1 == 30.0 || x.1 == 20.0), "{t}: {f:?}");
        }
        // (a list ended by the sentence: a sum of its own after it is read as before)
        let f = read("项目预算80万元，其中宣传经费20万元。全年实际支出禁毒工作经费76.4万元。", Kind::Project);
        assert!(f.contains(&(Field::ActualTotal, 76.4)), "{f:?}");
    }

    /// Money added in a clause before a sum (年中追加…专项经费, 调增项目经费) names no category of
    /// the sum after it: the full-year budget after it is the whole's.
    #[test]
    fn money_added_in_a_clause_before_is_no_category_of_the_sum_after() {
        for (t, budget, actual) in [
            (
                "年初预算安排128.64万元，年中追加禁毒宣传专项经费6万元，全年预算数134.64万元；全年实际支出130.28万元。",
                134.64,
                130.28,
            ),
            ("部门年初预算95万元，年中调增项目经费10万元，调整后预算105万元，实际支出101.2万元。", 105.0, 101.2),
        ] {
            let f = read(t, Kind::Whole);
            assert!(
                f.contains(&(Field::BudgetTotal, budget)) && f.contains(&(Field::ActualTotal, actual)),
                "{t}: {f:?}"
            );
            assert!(!f.iter().any(|x| matches!(x.0, Field::ProjectBudget | Field::ProjectActual)), "{t}: {f:?}");
        }
        // the budget after the addition is a level
        for t in [
            "年初预算80万元，追加后全年预算92万元，全年支出90.5万元。",
            "年初预算80万元，年中预算调增至92万元，全年支出90.5万元。",
        ] {
            let f = read(t, Kind::Whole);
            assert!(f.contains(&(Field::BudgetTotal, 92.0)), "{t}: {f:?}");
        }
        // a project's own clause keeps its category
        let f = read("全年预算数134.64万元，其中项目支出预算56万元，实际支出52.16万元。", Kind::Whole);
        assert!(f.contains(&(Field::ProjectBudget, 56.0)), "{f:?}");
    }

    /// A sentence of parts opening on 其中 after a sentence ending on a sum is of that sum's
    /// stage: the budget's parts after the budget, the spending's after the spending.
    #[test]
    fn parts_in_a_sentence_of_their_own_take_the_stage_of_the_sum_before() {
        let t = "年初预算批复185.40万元，年中追加预算12.00万元，全年预算197.40万元。其中：基本支出126.30万元，项目支出71.10万元。\n全年支出192.56万元，预算执行率97.55%。其中：基本支出125.88万元，项目支出66.68万元。";
        let f = read(t, Kind::Whole);
        for want in [
            (Field::BudgetTotal, 197.4),
            (Field::BasicBudget, 126.3),
            (Field::ProjectBudget, 71.1),
            (Field::ActualTotal, 192.56),
            (Field::BasicActual, 125.88),
            (Field::ProjectActual, 66.68),
        ] {
            assert!(f.contains(&want), "{want:?} not in {f:?}");
        }
    }

    /// The unit naming itself before its budget (我办部门预算安排资金合计, 本局预算资金) names no
    /// line item of it: the sum is the budget. A purpose's own words still do.
    #[test]
    fn the_unit_naming_itself_names_no_line_item() {
        for (t, budget) in [
            ("2021年我办部门预算安排资金合计145.82万元。", Some(145.82)),
            ("2021年我局部门预算安排资金合计145.82万元。", Some(145.82)),
            ("本中心全年预算资金145.82万元。", Some(145.82)),
            ("2021年我办禁毒宣传资金145.82万元。", None),
        ] {
            let f = read(t, Kind::Whole);
            assert_eq!(f.iter().find(|x| x.0 == Field::BudgetTotal).map(|x| x.1), budget, "{t}: {f:?}");
        }
    }

    /// A clause of a stage alone after a part's other stage (人员经费预算262.3万元，决算262.3万元)
    /// is that part's, not the whole's.
    #[test]
    fn a_stage_alone_after_a_parts_other_stage_is_the_parts() {
        for (t, want) in [
            (
                "人员经费预算262.3万元，决算260.1万元；公用经费预算36.3万元，决算35.2万元。",
                [
                    (Field::PersonnelBudget, 262.3),
                    (Field::PersonnelActual, 260.1),
                    (Field::PublicBudget, 36.3),
                    (Field::PublicActual, 35.2),
                ],
            ),
            (
                "日常公用经费预算36.3万元，实际支出35.2万元；人员经费年初预算262.3万元，执行260.1万元。",
                [
                    (Field::PublicBudget, 36.3),
                    (Field::PublicActual, 35.2),
                    (Field::PersonnelBudget, 262.3),
                    (Field::PersonnelActual, 260.1),
                ],
            ),
        ] {
            let f = read(t, Kind::Whole);
            for w in want {
                assert!(f.contains(&w), "{t}: {w:?} in {f:?}");
            }
            assert!(!f.iter().any(|x| x.0 == Field::ActualTotal || x.0 == Field::BudgetTotal), "{t}: {f:?}");
        }
        // (the whole's spending after the parts in a clause of its own name, 全年支出, stays the whole's)
        let f = read("人员经费预算262.3万元，全年支出合计375.08万元。", Kind::Whole);
        assert!(f.contains(&(Field::ActualTotal, 375.08)), "{f:?}");
    }

    /// Sums in clauses of an earlier year than the evaluation's (2021年部门预算356.21万元，支出
    /// 350万元 in 2022's report) yield to the evaluated year's, before them or after; a month of
    /// an earlier year (2021年12月批复本年预算) or a span from it dates no clause. Stated alone
    /// they stand (a report titled by the year of its writing).
    #[test]
    fn sums_of_an_earlier_years_clauses_yield_to_the_years() {
        let title = "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告\n";
        for (t, budget, actual) in [
            ("2021年部门预算356.21万元，支出350万元。", Some(356.21), Some(350.0)),
            (
                "2021年部门预算为356.21万元，2022年部门预算为386.52万元，实际支出375.08万元。",
                Some(386.52),
                Some(375.08),
            ),
            (
                "2021年部门预算356.21万元，支出350万元。2022年全年预算386.52万元，实际支出375.08万元。",
                Some(386.52),
                Some(375.08),
            ),
            (
                "2021年度，我办预算356.21万元，支出350万元；2022年度，预算386.52万元，支出375.08万元。",
                Some(386.52),
                Some(375.08),
            ),
            (
                "本年预算386.52万元，实际支出375.08万元。2021年部门预算356.21万元，支出350万元。",
                Some(386.52),
                Some(375.08),
            ),
            ("县财政局2021年12月批复本年预算386.52万元，全年支出375.08万元。", Some(386.52), Some(375.08)),
            ("本年预算386.52万元，实际支出375.08万元，2021年以来累计投入1100万元。", Some(386.52), Some(375.08)),
        ] {
            let recs = crate::extract::extract_text("t.txt", &format!("{title}{t}\n"));
            let rec = recs.iter().find(|r| r.id.year == Some(2022));
            assert_eq!(rec.and_then(|r| r.value(Field::BudgetTotal)), budget, "{t}");
            assert_eq!(rec.and_then(|r| r.value(Field::ActualTotal)), actual, "{t}");
        }
    }

    /// The year's spending so far after the day it counts to (截至2023年6月30日，累计支出72.1万元)
    /// is the spending of those months; a total of several years (2021年以来累计投入, 截至2023年底
    /// 累计投入) is none.
    #[test]
    fn spending_to_a_day_of_the_year_is_the_years_so_far() {
        let title = "某县禁毒委员会办公室2023年部门整体支出绩效运行监控报告\n2023年我办部门预算总额156.8万元。";
        for (t, actual) in [
            ("截至2023年6月30日，累计支出72.1万元，预算执行率45.98%。", Some(72.1)),
            ("截至8月底，我办累计使用资金72.1万元。", Some(72.1)),
            ("截止2023年7月31日，累计支出资金72.1万元。", Some(72.1)),
            ("2021年以来，累计支出禁毒经费372.1万元。", None),
            ("截至2023年底，累计投入禁毒经费1372.1万元。", None),
            ("2019年至2023年，累计支出禁毒经费372.1万元。", None),
        ] {
            let recs = crate::extract::extract_text("t.txt", &format!("{title}{t}\n"));
            assert_eq!(recs[0].value(Field::ActualTotal), actual, "{t}");
        }
    }

    /// A sum planned over several years ahead (3年内投入, 未来五年, 今后两年) is no year's spending;
    /// the year's own 2023年内 and a deadline within one year are.
    #[test]
    fn a_sum_planned_over_years_ahead_is_no_years_spending() {
        for (clause, ahead) in [
            ("规划于4年内投入约", true),
            ("县委县政府计划三年内投入禁毒经费", true),
            ("未来五年计划投入", true),
            ("今后两年拟安排资金", true),
            ("力争10年内累计投入", true),
            ("我办2023年内实际支出", false),
            ("一年内完成建设，投入", false),
            ("年内拨付到位", false),
            ("全年实际支出", false),
        ] {
            assert_eq!(super::years_ahead(clause), ahead, "{clause}");
        }
        // (and in a report: the year's spending stands beside a plan of years)
        let title = "某县禁毒委员会办公室2023年部门整体支出绩效评价报告\n2023年我办部门预算总额156.8万元。";
        let t = "全年实际支出150.2万元，规划于3年内投入禁毒经费600万元。";
        let recs = crate::extract::extract_text("t.txt", &format!("{title}{t}\n"));
        assert_eq!(recs[0].value(Field::ActualTotal), Some(150.2), "{t}");
    }

    /// A class of spending by its economic nature other than staff and running costs (资本性支出,
    /// 对个人和家庭的补助) is a part no field holds: never the year's spending.
    #[test]
    fn capital_outlay_and_transfers_to_households_are_no_total() {
        let title = "某县禁毒委员会办公室2023年度部门决算\n";
        for (t, actual) in [
            ("资本性支出：12.00万元", None),
            ("对个人和家庭的补助：70.80；资本性支出：0.00万元", None),
            ("本年资本性支出12万元。", None),
            ("本年支出合计186.24万元，其中资本性支出12万元。", Some(186.24)),
            ("对个人和家庭的补助7.08万元，本年支出合计186.24万元。", Some(186.24)),
        ] {
            let recs = crate::extract::extract_text("t.txt", &format!("{title}{t}\n"));
            assert_eq!(recs.first().and_then(|r| r.value(Field::ActualTotal)), actual, "{t}");
        }
    }

    /// Money paid out (全年实际拨付) is the spending only when no spending is stated beside it.
    #[test]
    fn money_paid_out_yields_to_money_spent() {
        let title = "某县禁毒委员会办公室2021年度部门整体支出绩效评价报告\n";
        for (t, actual) in [
            ("调整后预算1,359.7万元，全年实际拨付1,359.7万元，实际支出1,341.28万元，执行率98.65%。", 1341.28),
            ("全年实际拨付136万元。全年实际支出131.5万元。", 131.5),
            ("预算136万元，全年实际拨付131.5万元。", 131.5),
        ] {
            let recs = crate::extract::extract_text("t.txt", &format!("{title}{t}\n"));
            assert_eq!(recs.first().and_then(|r| r.value(Field::ActualTotal)), Some(actual), "{t}");
        }
    }

    /// A project whose money is for informants' rewards still has a budget and spending.
    #[test]
    fn a_reward_fund_project_keeps_its_budget_and_spending() {
        for (t, budget, actual) in [
            ("禁毒举报奖励经费年初预算20万元，全年实际支出18万元。", 20.0, 18.0),
            ("涉毒举报奖励专项资金预算数为12.5万元，决算数为12.5万元。", 12.5, 12.5),
            ("禁毒有奖举报资金全年预算8万元，已拨付支出7.2万元。", 8.0, 7.2),
        ] {
            let f = read(t, Kind::Project);
            assert!(f.contains(&(Field::BudgetTotal, budget)), "{t}: {f:?}");
            assert!(f.contains(&(Field::ActualTotal, actual)), "{t}: {f:?}");
        }
    }

    /// Sums that are neither budget nor spending: seized drug money, fines, rewards, a sum no
    /// word of money names.
    #[test]
    fn seized_money_fines_and_rewards_are_no_money_field() {
        for (kind, t) in [
            (Kind::Summary, "今年以来，全市共查处吸毒人员20人，缴获毒资（现金）17万元，查扣涉案车2辆。"),
            (Kind::Summary, "会上向举报群众兑现奖金5.8万元。"),
            (Kind::Summary, "全年收缴毒资46.3万元，罚没款12万元。"),
            (Kind::Whole, "破获一起贩毒案，涉案金额达300万元。"),
            (Kind::Summary, "县禁毒委发放举报奖励资金3.2万元。"),
            (Kind::Summary, "共查扣涉毒资产折合人民币80万元。"),
        ] {
            let f = read(t, kind);
            assert!(
                !f.iter().any(|x| matches!(x.0, Field::BudgetTotal | Field::ActualTotal | Field::ProjectActual)),
                "{t}: {f:?}"
            );
        }
    }

    /// A summary's sum given for a purpose it names is that purpose's part, no budget or
    /// spending of the unit; in a project's own evaluation the same words name its budget.
    #[test]
    fn a_summarys_sum_for_a_named_purpose_is_no_budget() {
        for t in [
            "拨付50万元作为全市吸毒人员减免服用美沙酮药物体检费用。",
            "县财政拨付20万元用于禁毒宣传。",
            "市财政安排30万元，专项用于社区戒毒社区康复工作站建设。",
            "区政府投入12万元用作禁毒教育基地的维护。",
        ] {
            let f = read(t, Kind::Summary);
            assert!(!f.iter().any(|x| matches!(x.0, Field::BudgetTotal | Field::ActualTotal)), "{t}: {f:?}");
        }
        assert_eq!(read("该项目预算资金50万元，用于禁毒宣传。", Kind::Project), [(Field::BudgetTotal, 50.0)]);
    }

    /// The whole area's public finances (全县一般公共预算支出达32.6亿元, 全市财政总支出): no budget or
    /// spending of the unit's, in a summary or an evaluation; the unit's own 一般公共预算 spending
    /// as before.
    #[test]
    fn the_areas_public_finances_are_no_budget_of_the_units() {
        for (t, k) in [
            ("全县一般公共预算支出达32.6亿元。", Kind::Summary),
            ("2023年全市财政总支出186.4亿元，其中民生支出占比80%。", Kind::Summary),
            ("全区财政支出45.2亿元。", Kind::Whole),
            ("全旗一般公共预算支出28亿元。", Kind::Summary),
        ] {
            let f = read(t, k);
            assert!(!f.iter().any(|x| matches!(x.0, Field::BudgetTotal | Field::ActualTotal)), "{t}: {f:?}");
        }
        assert_eq!(read("全年预算128万元。", Kind::Whole), [(Field::BudgetTotal, 128.0)]);
    }

    /// A unit's budgeted revenue of the year (全年预算收入, 年度预算收入) is its budget; income by
    /// its source stays no budget.
    #[test]
    fn the_years_budgeted_revenue_is_the_budget() {
        for (t, want) in [
            (
                "全年预算收入88.75万元，全年支出86.02万元。",
                vec![(Field::BudgetTotal, 88.75), (Field::ActualTotal, 86.02)],
            ),
            ("2023年度预算收入120万元。", vec![(Field::BudgetTotal, 120.0)]),
            ("年初预算收入96万元。", vec![(Field::BudgetTotal, 96.0)]),
            ("本年收入120万元。", vec![]),
        ] {
            assert_eq!(read(t, Kind::Whole), want, "{t}");
        }
    }

    /// The budgeted outlay at the start of the year or after adjustment (年初预算支出, 调整后预算
    /// 支出) is a budget, not spending: its words end on 支出.
    #[test]
    fn a_budgeted_outlay_is_a_budget() {
        for (t, want) in [
            (
                "年初预算支出328.64万元，全年实际支出335.61万元。",
                vec![(Field::ActualTotal, 335.61), (Field::BudgetTotal, 328.64)],
            ),
            ("全年预算支出156万元。", vec![(Field::BudgetTotal, 156.0)]),
            ("2023年度预算支出120万元。", vec![(Field::BudgetTotal, 120.0)]),
            (
                "调整后预算支出341.29万元，实际支出335.61万元。",
                vec![(Field::BudgetTotal, 341.29), (Field::ActualTotal, 335.61)],
            ),
        ] {
            assert_eq!(read(t, Kind::Whole), want, "{t}");
        }
    }

    /// A county named before its sums (费县预算90万元) names no item of spending by the 费 of its
    /// name.
    #[test]
    fn a_countys_name_is_no_item() {
        assert_eq!(
            read("费县预算90万元，实际支出89.1万元。", Kind::Project),
            vec![(Field::BudgetTotal, 90.0), (Field::ActualTotal, 89.1)]
        );
    }

    /// A purchased service's contract sum (合同金额, 中标金额) is the project's budget; what was
    /// spent of it is the spending.
    #[test]
    fn a_contract_sum_is_the_budget() {
        for (t, want) in [
            (
                "本项目通过政府购买服务方式实施，合同金额96万元。全年实际支出94.2万元。",
                vec![(Field::BudgetTotal, 96.0), (Field::ActualTotal, 94.2)],
            ),
            ("项目中标金额58.6万元，已支付52万元。", vec![(Field::BudgetTotal, 58.6), (Field::ActualTotal, 52.0)]),
        ] {
            assert_eq!(read(t, Kind::Project), want, "{t}");
        }
    }

    /// A clause opening on last year as its time, with no comparison after it.
    #[test]
    fn a_clause_opening_on_last_year() {
        for (t, want) in [
            ("上年度该项目全年预算数为", true),
            ("上一年度部门预算", true),
            ("去年项目预算", true),
            ("上年结转", false),
            ("上年同期预算", false),
            ("较上年预算", false),
            ("上年度比上年预算", false),
        ] {
            assert_eq!(super::opens_on_last_year(t), want, "{t}");
        }
    }

    /// A form's cell of spending headed 全年执行 / 实际执行 / 执行额 without its 数 (全年执行：127.14)
    /// in a text in 万元: spending, as 全年执行数 is; a rate of it is none.
    #[test]
    fn spending_headed_without_its_shu() {
        let t = |s: &str| format!("某县禁毒办2024年度部门整体支出绩效自评表\n金额单位：万元\n{s}\n");
        for (s, want) in [
            ("全年预算：130.00；全年执行：127.14", 127.14),
            ("实际执行：48.2", 48.2),
            ("预算数：50；执行额：49.5", 49.5),
        ] {
            assert!(
                read(&t(s), Kind::Whole).contains(&(Field::ActualTotal, want)),
                "{s}: {:?}",
                read(&t(s), Kind::Whole)
            );
        }
        assert!(!read(&t("全年执行率：97.8"), Kind::Whole).iter().any(|x| x.0 == Field::ActualTotal));
    }

    /// A bare sum after a label captioned with its own unit (三公经费（单位：千元）：预算 45.0) is in that
    /// unit, whatever the text's other sums are in.
    #[test]
    fn a_labels_own_unit_in_brackets() {
        let t = |s: &str| format!("某县禁毒办2024年度部门整体支出绩效自评表\n（金额单位：万元）\n{s}\n");
        for (s, want) in [
            ("三公经费（单位：千元）：预算 45.0", (Field::SangongBudget, 4.5)),
            ("项目资金（元）：全年预算数 450000", (Field::ProjectBudget, 45.0)),
            ("“三公”经费(千元)：预算数 30", (Field::SangongBudget, 3.0)),
        ] {
            assert!(read(&t(s), Kind::Whole).contains(&want), "{s}: {:?}", read(&t(s), Kind::Whole));
        }
        // (a sum with its own unit keeps it)
        assert!(read(&t("三公经费（单位：千元）：预算4.5万元"), Kind::Whole).contains(&(Field::SangongBudget, 4.5)));
    }

    /// A unit's published budget (预算公开): its 支出 is planned, its income lines are sources.
    #[test]
    fn a_published_budget_spends_nothing_yet() {
        let t = "某戒毒所2024年单位预算公开\n第二部分：2024年单位预算情况说明\n一、单位收支总体情况说明\n我单位总收入980.5万元，总支出980.5万元。\n二、单位收入总体情况说明\n（一）一般公共预算拨款960万元。\n（三）单位资金20.5万元。\n";
        assert_eq!(read(t, Kind::Whole), [(Field::BudgetTotal, 980.5)]);
        // the same words in a unit's final accounts are spending
        let t = "某禁毒办2023年度部门决算公开\n一、收入支出决算总体情况说明\n2023年度总支出120.6万元。\n";
        assert_eq!(read(t, Kind::Whole), [(Field::ActualTotal, 120.6)]);
        // 单位资金 is a source of income wherever it stands
        assert!(read("某县禁毒办2023年度部门整体支出绩效自评报告\n单位资金3.5万元。\n", Kind::Whole).is_empty());
        // an evaluation that mentions its published budget in passing still spends
        let t = "某县禁毒办2023年度部门整体支出绩效自评报告\n一、基本情况\n本单位按要求完成部门预算公开。全年实际支出64.19万元。\n";
        assert_eq!(read(t, Kind::Whole), [(Field::ActualTotal, 64.19)]);
        // a plan that speaks of its performance targets (预算绩效目标) is still a plan
        let t = "某区司法局2025年部门预算公开\n一、收支预算总体情况说明\n2025年总支出500.8万元。\n二、预算绩效目标设置情况\n全面设置绩效目标。\n";
        assert_eq!(read(t, Kind::Whole), [(Field::BudgetTotal, 500.8)]);
        // a plan's sum by category is that category's budget
        let t = "某县禁毒委员会办公室2025年部门预算公开\n三、支出预算情况说明\n基本支出85.2万元，项目支出40万元。\n";
        assert_eq!(read(t, Kind::Whole), [(Field::BasicBudget, 85.2), (Field::ProjectBudget, 40.0)]);
    }
}
