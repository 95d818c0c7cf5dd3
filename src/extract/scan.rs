//! Paragraphs → sentences → candidate figures → one fact per field. Owns sentence
//! splitting, the parenthesis-aware left context every rule reads, snippets, the table unit in
//! force (金额单位：元), the template's instructions (not figures), the era of each sentence
//! (part of the year: 今年以来, 上半年, 1至6月, 6月以来, 截至今年11月 → `period`; another
//! year or several — 2016年至2020年, 五年间, 两年多来, 2014年10月至2015年3月, 从警以来 — and a
//! few days' or some months' operation dropped; 去年以来 early in a year is last year's; the new
//! year's months — 今年以来 in a page of 2024 reviewing 2023 — the new year's own record), the
//! sums of a published budget's income section (no money field), a summary's figure of another
//! place than the record's (泸县… in a city's release: dropped),
//! and the choice among competing candidates for one field (first stated wins; a disagreeing
//! one becomes a note; a record without a year gets a C06 note saying why). Hands `Vec<Fact>`, line
//! items and notes to `extract::extract_text`.

use super::number::{close, month_number};
use super::sentence::{sentences, Candidate};
use super::text::Para;
use crate::extract::re::Re;
use crate::model::{fmt_num, Fact, FindingCode, Kind, LineItem, Note, Qualifier, StatedRatio};
use regex::Regex;

/// Choose one fact per field: the first candidate stated (in reading order), except that a
/// measured value beats a bound. A later candidate with another value becomes a note.
pub fn resolve(mut cands: Vec<Candidate>) -> (Vec<Fact>, Vec<Note>) {
    // stable: reading order is kept among equal ranks
    cands.sort_by_key(|c| c.rank);
    let mut facts: Vec<Fact> = Vec::new();
    let mut chosen_rank: Vec<u8> = Vec::new();
    let mut chosen_weak: Vec<bool> = Vec::new();
    let mut notes = Vec::new();
    for c in cands {
        let at = facts.iter().position(|f| f.field == c.field);
        // a less authoritative reading (年初预算 beside 全年预算) is expected to differ
        if at.is_some_and(|i| chosen_rank[i] != c.rank) {
            continue;
        }
        // a broader count (查获涉毒人员) yields to one in the field's own words (查获吸毒人员),
        // wherever it stands
        if let Some(i) = at.filter(|&i| chosen_weak[i] != c.weak) {
            if chosen_weak[i] {
                chosen_weak[i] = false;
                facts[i] = c.into_fact();
            }
            continue;
        }
        match at.map(|i| &mut facts[i]) {
            None => {
                chosen_rank.push(c.rank);
                chosen_weak.push(c.weak);
                facts.push(c.into_fact())
            }
            Some(f) => {
                // a figure restated with its time (a headline's 破获毒品犯罪案件4.8万起 over the text's
                // 截至11月底，全国共破获…4.8万起): the part of the year it covers is the restatement's
                // (a level stands on a day: no period)
                if f.period.is_none() && c.period.is_some() && !is_level(c.field) && close(f.value, c.value) {
                    f.period = c.period.clone();
                }
                // (a rounded figure — a headline's 1900余起 — yields to the exact one it rounds,
                // 1952起, stated later)
                let rounds = f.qualifier == Qualifier::Approx
                    && c.qualifier == Qualifier::Exact
                    && c.value != f.value
                    && (c.value - f.value).abs() <= 0.1 * f.value.abs();
                if f.qualifier.is_bound() && !c.qualifier.is_bound() || rounds {
                    *f = c.into_fact();
                } else if !close(f.value, c.value) && !c.qualifier.is_bound() {
                    notes.push(Note {
                        field: Some(c.field),
                        line: c.line,
                        code: FindingCode::X01,
                        message_zh: format!(
                            "{}在第{}行为{}，第{}行又为{}，采用前者",
                            c.field.label(),
                            f.line,
                            fmt_num(f.value),
                            c.line,
                            fmt_num(c.value)
                        ),
                        message_en: format!(
                            "{} is {} on line {} but {} on line {}; the first is used",
                            c.field.name(),
                            fmt_num(f.value),
                            f.line,
                            fmt_num(c.value),
                            c.line
                        ),
                    });
                }
            }
        }
    }
    // reading order in the output, whatever the ranks
    facts.sort_by_key(|f| f.line);
    (facts, notes)
}

/// Drug cases counted as violations and crimes together (毒品违法犯罪案件6065起).
static WIDER_CASES: Re = Re::new(|| Regex::new(r"违法犯罪案件\s*(\d[\d,，]*)\s*起").unwrap());

/// A count of drug cases in loose words (去年广西破毒品案6065起) that the text states again as
/// violations and crimes together (共破获毒品违法犯罪案件6065起) is that wider count, no count of
/// criminal cases; one named criminal (毒品刑事案件) stays.
fn drop_restated_wider_case_counts(cands: &mut Vec<Candidate>, paras: &[Para]) {
    if !cands.iter().any(|c| c.field == crate::model::Field::CriminalCases) {
        return;
    }
    let wider: Vec<f64> = paras
        .iter()
        .filter(|p| p.text.contains("违法犯罪案件"))
        .flat_map(|p| {
            WIDER_CASES
                .captures_iter(&p.text)
                .filter_map(|c| c[1].replace([',', '，'], "").parse::<f64>().ok())
                .collect::<Vec<_>>()
        })
        .collect();
    if wider.is_empty() {
        return;
    }
    cands.retain(|c| {
        !(c.field == crate::model::Field::CriminalCases
            && !c.snippet.contains("刑事")
            && wider.iter().any(|&v| close(v, c.value)))
    });
}

/// A public security bureau's count of every crime solved (全年共立刑事案件2186起，破获刑事案件1432起，
/// 抓获犯罪嫌疑人…；查处治安案件…), in a sentence that never names drugs, beside a count its text
/// names as drug cases (禁毒工作方面，全年破获毒品刑事案件27起): the bureau's, not drug control's.
/// (Alone, a drug-control unit's 破获刑事案件12起 is its drug cases and stays.)
fn drop_all_crime_case_counts(cands: &mut Vec<Candidate>) {
    let cases = |c: &Candidate| c.field == crate::model::Field::CriminalCases;
    let drugs = |c: &Candidate| c.snippet.contains('毒');
    if !cands.iter().any(|c| cases(c) && drugs(c)) || !cands.iter().any(|c| cases(c) && !drugs(c)) {
        return;
    }
    cands.retain(|c| !cases(c) || drugs(c));
}

/// A police bureau's stages of all its suspects (全年共受理刑事案件1102起…；抓获各类犯罪嫌疑人703人，
/// 刑事拘留512人，移送起诉466人), in a sentence that never names drugs but names every crime or
/// the public-order cases, beside drug cases its text names as such: the bureau's, not drug
/// control's. (A drug unit's 抓获犯罪嫌疑人28名，刑事拘留22名 names no crime of its own and stays.)
fn drop_all_crime_stages(cands: &mut Vec<Candidate>) {
    use crate::model::Field;
    let stage = |c: &Candidate| matches!(c.field, Field::Detained | Field::Prosecuted);
    let all_crimes = |c: &Candidate| {
        !c.snippet.contains('毒')
            && ["刑事案件", "各类犯罪", "各类违法犯罪", "治安案件", "命案", "诈骗", "电诈", "醉驾", "盗窃", "黑恶"]
                .iter()
                .any(|w| c.snippet.contains(w))
    };
    if !cands.iter().any(|c| stage(c) && all_crimes(c))
        || !cands.iter().any(|c| c.field == Field::CriminalCases && c.snippet.contains('毒'))
    {
        return;
    }
    cands.retain(|c| !stage(c) || !all_crimes(c));
}

/// What the scanner reads from one evaluation's paragraphs.
#[derive(Debug, Default)]
pub struct Scanned {
    pub facts: Vec<Fact>,
    pub targets: Vec<Fact>,
    pub items: Vec<LineItem>,
    pub ratios: Vec<StatedRatio>,
    pub notes: Vec<Note>,
    /// the line where the report says every target was met (未完成原因：无; 全部完成)
    pub claims_all_met: Option<usize>,
    /// a summary's figures of whole years before its own (去年，全县破获…起; 2021年，… in a text of
    /// 2023), one per field and year: (how many years before the record's, the facts), nearest first
    pub prior: Vec<(i32, Vec<Fact>)>,
}

/// Words of money spent (决算数, 执行数, 实际支出, 已支出, 完成).
static SPENDING: Re = Re::new(|| Regex::new(r"决算|执行|实际|已支出|完成").unwrap());

/// The marks that open a numbered heading (三、, （二）, 3.).
const SECTION_MARK: &[char] =
    &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '、', '（', '）', '(', ')', ' '];

/// Does `t` open on a year after `year` (2024年部门预算…, 2024年度预算安排), not on a date of it
/// (2024年3月: when an evaluation of 2023 was written)?
fn opens_later_year(t: &str, year: Option<i32>) -> bool {
    let t = t.trim_start();
    let (Some(y), Some(head)) = (year, t.get(..4)) else { return false };
    let Ok(n) = head.parse::<i32>() else { return false };
    let rest = t[4..].trim_start();
    n > y
        && n < y + 3
        && rest.starts_with('年')
        && !rest["年".len()..].trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Does a sentence state a budget item of the functional classification (…（款）行政运行（项）)
/// that is not drug control's (禁毒管理（项）)?
fn other_function_item(t: &str) -> bool {
    // (cheap test first: the item's mark)
    // (one SIMD pass for 项 followed by a closing parenthesis)
    let item_mark = ITEM_WORD.find_iter(t).any(|i| t[i + "项".len()..].starts_with(['）', ')']));
    item_mark && FUNCTION_ITEM.is_match(t) && !t.contains("禁毒")
}
static ITEM_WORD: super::re::Word = super::re::Word::new("项");

/// A caption of a money unit alone on its line: （万元）, (元), 单位：万元.
static UNIT_CAPTION: Re = Re::new(|| Regex::new(r"^([（(]\s*(万元|元|千元)\s*[)）]|单位[：:]\s*(万元|元))$").unwrap());

/// Is the text a form of targets alone — 项目支出绩效目标表, 部门整体支出绩效目标表, 绩效目标
/// 申报表, …项目支出绩效目标 — as its title says (in one of its first three paragraphs: a title's
/// lines run on into the form's first cells), no word of results before the form's name in it
/// (自评, 评价, 完成, 执行, 总结, 报告) nor after it (…绩效目标完成情况, …绩效目标自评表)?
fn targets_only(paras: &[Para]) -> bool {
    paras.iter().take(3).find_map(|p| {
        let t = super::text::head(&p.text, 240);
        let m = TARGET_FORM.find(t)?;
        Some(!DONE_WORDS.is_match(&t[..m.start()]) && !DONE_WORDS.is_match(super::text::head(&t[m.end()..], 18)))
    }) == Some(true)
}
static TARGET_FORM: Re =
    Re::new(|| Regex::new(r"绩效目标(表|申报表|批复表|申报)|目标申报表|(项目支出|整体支出|项目)绩效目标").unwrap());
static DONE_WORDS: Re = Re::new(|| Regex::new(r"自评|评价|完成|实现|情况|执行|总结|报告|决算").unwrap());

/// The planned field of a sum a form of targets states without a stage (基本支出 96.40: its
/// budget, the form spending nothing yet).
fn planned_of(f: crate::model::Field) -> Option<crate::model::Field> {
    use crate::model::Field as F;
    Some(match f {
        F::ActualTotal => F::BudgetTotal,
        F::BasicActual => F::BasicBudget,
        F::ProjectActual => F::ProjectBudget,
        F::PersonnelActual => F::PersonnelBudget,
        F::PublicActual => F::PublicBudget,
        F::SangongActual => F::SangongBudget,
        _ => return None,
    })
}

/// A field a form of targets states as a figure: its planned sums and its posts.
fn planned_field(f: crate::model::Field) -> bool {
    use crate::model::Field as F;
    matches!(
        f,
        F::BudgetTotal
            | F::BasicBudget
            | F::PersonnelBudget
            | F::PublicBudget
            | F::ProjectBudget
            | F::SangongBudget
            | F::StaffQuota
            | F::StaffActual
    )
}

/// Is the evaluation one made by others than the unit (a third party's, an accounting firm's,
/// one commissioned by the finance bureau, or the finance bureau's own of the units it funds:
/// 市财政局对各县（市、区）…开展了绩效评价), as its opening lines say? Not a self-evaluation
/// that names a third party later, nor one whose title calls itself 自评.
fn third_party_evaluation(paras: &[Para]) -> bool {
    let title = paras.first().map_or("", |p| p.text.as_str());
    !title.contains("自评")
        && paras.iter().take(6).any(|p| {
            let t = super::text::head(&p.text, 240);
            t.contains("第三方")
                || t.contains("会计师事务所")
                || t.contains("评价机构")
                || t.contains("评估机构")
                || COMMISSIONED.is_match(t)
                || finance_evaluates(t)
        })
}

/// Does `t` say the finance bureau evaluated others (市财政局对各县（市、区）…开展了绩效评价), not
/// that the unit evaluated itself as the bureau asked (根据县财政局关于对…开展绩效评价的通知要求)?
fn finance_evaluates(t: &str) -> bool {
    FINANCE_EVALUATES.find_iter(t).any(|m| {
        let clause = t[..m.start()].rsplit(['，', '。', '；', ',']).next().unwrap_or("");
        let after = &t[m.end()..];
        let after = after.char_indices().nth(6).map_or(after, |(i, _)| &after[..i]);
        !["根据", "按照", "依据", "《"].iter().any(|w| clause.contains(w))
            && !["通知", "要求", "》", "文件", "办法"].iter().any(|w| after.contains(w))
    })
}
static COMMISSIONED: Re =
    Re::new(|| Regex::new(r"受[^，。；]{0,30}(财政局|财政厅|财政部门)[^，。；]{0,4}委托").unwrap());
/// The finance bureau evaluating others: 市财政局对各县（市、区）2022年度禁毒专项资金开展了绩效评价,
/// 县财政局组织对…进行重点绩效评价, 财政部门对…实施绩效评价.
static FINANCE_EVALUATES: Re = Re::new(|| {
    Regex::new(r"(财政局|财政厅|财政部门)(?:[^。；《]{0,6}组织)?[^。；《]{0,4}对[^。；]{1,40}(开展|进行|实施|组织)了?(重点)?(绩效)?评价")
        .unwrap()
});

/// The label of a budget item standing as a sentence of its own right before `s` in its
/// paragraph (2.公共安全支出（类）公安（款）禁毒管理（项）。年初预算为65.00万元…): the item the
/// sentence's sums are of.
fn item_label_before<'a>(s: &super::sentence::Sentence<'a>) -> Option<&'a str> {
    let para: &'a str = &s.para.text;
    let before = para.get(..s.offset)?.trim_end();
    let before = before.strip_suffix(['。', '.', '：', ':', '；', ';'])?.trim_end();
    if !before.ends_with(['）', ')']) {
        return None;
    }
    let start = before.rfind(['。', '；', ';']).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let label = &before[start..];
    // (a label names no sum: only its number in the list may be a figure)
    let figures =
        label.trim_start_matches(|c: char| c.is_ascii_digit() || ".、．（()）一二三四五六七八九十 ".contains(c));
    (FUNCTION_ITEM.is_match(label) && !figures.contains(|c: char| c.is_ascii_digit())).then_some(label)
}
static FUNCTION_ITEM: Re = Re::new(|| Regex::new(r"[（(]\s*(项|款)\s*[）)]").unwrap());

/// A town's name (two to five characters and 镇, 乡 or 街道) opening a clause.
static TOWN_LEAD: Re = Re::new(|| Regex::new(r"^\p{Han}{2,5}?(镇|乡|街道)").unwrap());

/// The town a clause opens with (草海镇 in 草海镇破获…, 城关街道 in 城关街道开展…): not a word of
/// all or of some towns (全镇, 各乡镇, 本街道, 重点乡镇), nor 乡村 / 乡镇.
fn leading_town(clause: &str) -> Option<&str> {
    // (cheap test first: one of the words in the clause's first characters)
    let head = super::text::head(clause, 24);
    if !head.contains(['镇', '乡']) && !head.contains("街道") {
        return None;
    }
    let m = TOWN_LEAD.find(clause)?;
    let name = m.as_str();
    let stem = name.trim_end_matches(['镇', '乡']).trim_end_matches("街道");
    let next = clause[m.end()..].chars().next();
    // (nor a word of going to the country: 返乡人员, 下乡)
    // (nor the town of the text named by a word of its own after a time or a verb: 今年该镇,
    // 保证了全镇, 实现了本镇 — the stem ending on the word)
    let generic = stem
        .starts_with(['全', '各', '本', '该', '每', '所', '其', '这', '那', '此', '对', '在', '向', '到'])
        || stem.chars().count() >= 2 && stem.ends_with(['该', '全', '本', '我', '此', '这', '各', '每'])
        || stem.contains(['等', '个', '乡', '镇'])
        || stem.ends_with(['返', '下', '回', '进', '入', '到', '老', '家', '故', '他', '异', '同', '城'])
        || matches!(next, Some('镇' | '村' | '级' | '里' | '人' | '民' | '亲' | '土' | '情'));
    // (nor a county's name holding 乡 or 镇 after words of the clause's: 分析东乡县…, 据安乡县…,
    // 今年镇雄县… — the 乡 before its 县 or 市, the 镇 opening a county's name)
    let county = name.ends_with(['乡', '镇'])
        && (matches!(next, Some('县' | '市' | '区' | '旗'))
            || matches!(
                super::regions::Gazetteer::global().leading_place(&clause[m.end() - '镇'.len_utf8()..]),
                Some(super::regions::Leading::County(_))
            ));
    (!generic && !county).then_some(name)
}

static ALL_MET: Re = Re::new(|| {
    Regex::new(r"(目标|指标)(均|全部|都|已全部|均已)(已)?(完成|实现|达到|达成)|(全部|均|全面)(完成|实现|达到)(了)?(年度|全年|预期)?(绩效)?(目标|指标|任务)").unwrap()
});

/// `ALL_MET`'s first match, searched only where 标 (目标, 指标) or 任务 stands: each of its
/// matches holds one, and most paragraphs hold neither (a SIMD search for them is cheaper than
/// the regex over every paragraph).
fn all_met(t: &str) -> Option<regex::Match<'_>> {
    static MARK: super::re::Word = super::re::Word::new("标");
    static TASK: super::re::Word = super::re::Word::new("任务");
    (MARK.find(t).is_some() || TASK.find(t).is_some()).then(|| ALL_MET.find(t)).flatten()
}

/// All candidates of a segment's paragraphs, in reading order.
pub fn scan_paras(paras: &[Para], kind: Kind, implied_wan: bool) -> Scanned {
    scan_segment(paras, paras, kind, implied_wan, None)
}

/// `scan_paras` of a segment whose fiscal year the segmenter has read (`Some(year)`, a year
/// or none), so the text is not read for it again; `opening` is the paragraphs whose first
/// lines say who made the evaluation — the segment's own, or its document's when the segment
/// is one county's part of a city's text.
pub fn scan_segment(
    paras: &[Para],
    opening: &[Para],
    kind: Kind,
    implied_wan: bool,
    year: Option<Option<i32>>,
) -> Scanned {
    let mut cands = Vec::new();
    let mut target_cands = Vec::new();
    let mut prior_cands = Vec::new();
    let mut items = Vec::new();
    let mut ratios = Vec::new();
    let mut claims_all_met = None;
    let mut shortfall_heading = false;
    let mut target_section = false;
    let mut header: Option<super::table::Header> = None;
    let mut before_table: &str = "";
    // the labels of a table of fields over rows of years, while its rows go on
    let mut year_rows: Option<Vec<String>> = None;
    // (a table of the year's parts in rows, months or towns: its labels, its 合计 row the year's)
    let mut part_rows: Option<Vec<String>> = None;
    // (a city's table of counts by county: where its figures begin, and its labels)
    let mut places_rows: Option<(usize, Vec<String>)> = None;
    // (an indicators' table turned over: the indicators' names over its target's and result's rows)
    let mut turned: Option<Vec<String>> = None;
    // (the columns of a statistics sheet's header, while its rows go on)
    let mut stat_cols: Option<(usize, usize, Option<usize>)> = None;
    // (a statistics sheet's column of this year's months so far, 1-6月: each row's clause opens
    // on them)
    let mut stat_months: Option<String> = None;
    let mut scale = 1.0;
    // a caption's money unit holds until a table has been read under it and a heading follows
    // (金额单位：元 / 一、部门基本情况 / the table: the section's heading comes between them)
    let mut scale_used = false;
    let when = Dating::of(paras, kind, year);
    // a unit's published budget (not its final accounts): every sum is planned, none spent
    // the final accounts of a wider bureau (威县公安局…部门决算) whose drug control is one budget
    // item (禁毒管理（项）): only sums of a sentence naming drug control are its (the bureau's
    // 三公经费 and totals are not)
    let bureau_item = kind == Kind::Whole
        && paras.first().is_some_and(|p| !p.text.contains('毒') && !p.text.contains('戒'))
        && paras.iter().any(|p| p.text.contains("禁毒") && p.text.contains("项") && FUNCTION_ITEM.is_match(&p.text));
    // (named so at its top, and nothing of spending or of an evaluation in its opening: an
    // evaluation that mentions 部门预算公开 in passing is no plan)
    let plan = kind == Kind::Whole && {
        let top: String = paras.iter().take(6).map(|p| p.text.as_str()).collect();
        let head = || paras.iter().take(40).map(|p| p.text.as_str()).collect::<String>();
        super::segment::BUDGET_PAPER.is_match(&top) && top.contains("预算") && !SPENT.is_match(&head())
    };
    // an evaluation made by others (第三方评价, 会计师事务所, 受…财政局委托, named in its opening
    // lines): its score is the evaluators', no self-evaluation's — only a score named 自评 is
    let third_party = third_party_evaluation(opening);
    // under a heading on income (二、单位收入总体情况说明) the sums are sources, not spending
    let mut income_section = false;
    // under a heading on a later year than the evaluation's (三、2024年预算安排) the sums are
    // that year's plan
    let mut later_section = false;
    // a summary's clause opening with another place's name (泸县开展… in a city's release,
    // 赣州市破获… in a province's) gives that place's figure, not the record's
    let own_place = std::cell::OnceCell::new();
    let own_scope = std::cell::OnceCell::new();
    let foreign = |clause: &str| {
        // (only a summary's clauses are read for it — but in any text of a city, a clause opening
        // on one of its counties is that county's: 全市…预算执行率为94.6%。从各地报送情况看，武陵区
        // 预算执行率98.2%，自评得分96分 in a city's bulletin of its counties' evaluations)
        if kind != Kind::Summary {
            return city_text_county_clause(clause, &own_place, &when);
        }
        let clause = clause.trim_start_matches(|c: char| c.is_whitespace() || "，,、；;".contains(c));
        let clause = clause.strip_prefix("其中").unwrap_or(clause).trim_start_matches(['，', ',', '：']);
        // (a year standing before the scope — 2022年全国共破获… in a county's page citing the
        // country's report — is the clause's time, not its place)
        let b = clause.as_bytes();
        let clause = match clause.get(4..).and_then(|r| r.strip_prefix('年')) {
            Some(rest) if b.starts_with(b"20") && b[2..4].iter().all(u8::is_ascii_digit) => {
                rest.trim_start_matches('度').trim_start_matches(['，', ','])
            }
            _ => clause,
        };
        if clause.len() < 6 {
            return false;
        }
        // a town's name opening the clause (草海镇破获…, 城关街道开展…) in a text that is not
        // that town's own: a part of the county's figures
        if let Some(town) = leading_town(clause) {
            // (the town's own text names it in its title, or on a short line under it)
            return !when.title.contains(town)
                && !paras.iter().take(3).enumerate().any(|(i, p)| {
                    (i == 0 || p.text.chars().count() <= 40 && !p.text.contains(|c: char| c.is_ascii_digit()))
                        && p.text.contains(town)
                });
        }
        // the country's or the province's figure opening the clause (全国现有吸毒人员112.4万名,
        // 我国…, 全省共破获… in a county's or a city's summary) is not the county's or the city's
        // (…and the country's in a text of an area that speaks of itself as smaller, 全县 / 我市 /
        // 全省, though unplaced)
        if ["全国", "我国", "中国", "全省"].iter().any(|w| clause.starts_with(w)) {
            let (county, city) = own_place.get_or_init(|| when.place());
            let (smaller, provincial) = *own_scope.get_or_init(|| {
                let body = when.body();
                let any = |ws: &[&str]| ws.iter().any(|w| body.contains(w));
                // (…or a title of a local organ or area's text, though unplaced: 某市戒毒所…活动;
                // the country's own title names 全国 / 国家 / 公安部)
                let t = when.title.as_str();
                let local_title = !["全国", "国家", "我国", "中国", "公安部", "国务院"].iter().any(|w| t.contains(w))
                    && t.contains(['市', '县', '区', '州', '旗', '镇', '乡', '所']);
                (
                    local_title
                        || any(&["全县", "我县", "全区", "我区", "全市", "我市", "全州", "我州", "全旗", "我旗"]),
                    any(&["全省", "我省"]),
                )
            });
            // (a province's news names a city's 全市 too, and may be placed in that city: only a
            // placed county rules its 全省 out)
            if clause.starts_with("全省") {
                return !county.is_empty();
            }
            return !county.is_empty() || !city.is_empty() || smaller || provincial;
        }
        // a district's or a county's text speaks of its city as 全市 / 我市 (2023年，全市共破获…
        // 512起。其中，南康区破获…47起): the city's figure, not the county's (a county-level city's
        // 全市 is its own)
        if clause.starts_with("全市") || clause.starts_with("我市") {
            let (county, _) = own_place.get_or_init(|| when.place());
            // (…when the text names its own scope apart, 全区 / 我县: a text calling its whole
            // 全市 alone speaks loosely of its own)
            if county.ends_with(['区', '县', '旗']) && {
                let body = when.body();
                ["全县", "我县", "本县", "全区", "我区", "本区", "全旗", "我旗"].iter().any(|w| body.contains(w))
            } {
                return true;
            }
        }
        // a rehab centre's figures in a county's summary (漳州市强制隔离戒毒所全年收治…名，…所内开展
        // 禁毒宣传教育活动120场次): that centre's, unless the text is the centre's own or the
        // centre is the county's (某县戒毒所…)
        let centre = clause.find("戒毒所").filter(|&i| i <= 30 && !clause[..i].contains(['，', ',']));
        if (clause.starts_with("所内") || centre.is_some()) && !when.title.contains("戒毒所") {
            let (county, _) = own_place.get_or_init(|| when.place());
            let short = county.trim_end_matches(['县', '区', '市', '旗']);
            if !county.is_empty() && !centre.is_some_and(|i| short.chars().count() >= 2 && clause[..i].contains(short))
            {
                return true;
            }
        }
        let g = super::regions::Gazetteer::global();
        let Some(lead) = g.leading_place(clause) else { return false };
        let (county, city) = own_place.get_or_init(|| when.place());
        match lead {
            super::regions::Leading::County(rs) => !rs.iter().any(|r| &r.county == county),
            // (the record's own prefecture opening the clause in a county's text — 今年以来，牡丹江市
            // 共破获…64起，宁安市…9起 —: the prefecture's figure, unless the county follows its
            // name, 福州市鼓楼区…)
            super::regions::Leading::City(c) => {
                &c != city
                    || !county.is_empty()
                        && clause.find(c.as_str()).is_some_and(|i| {
                            let rest = &clause[i + c.len()..];
                            let short = county.trim_end_matches(['县', '区', '市', '旗']);
                            !(rest.starts_with(county.as_str())
                                || short.chars().count() >= 2 && rest.starts_with(short))
                        })
            }
        }
    };
    // a summary framed by several years (五年来，全市共破获…; 过去一年来 in a June release) that
    // names no year of its own — no 今年, 全年 or 去年, no year in its title — goes on with that
    // span in a later sentence of flows with no time of its own, in any paragraph (…。开展禁毒
    // 宣传活动2800场次): set by a sentence of several years' figures, ended by one of its own time
    // (…and so does a headline opening on such a span — 去年以来我市禁毒工作取得显著成效, 三年来某县…
    // — whatever years the text names in passing: its untimed flows run over it)
    let titled_span = kind == Kind::Summary && {
        let t = when.title.trim_start();
        SINCE_LAST_YEAR.find(t).is_some_and(|m| m.start() == 0)
            || SEVERAL_YEARS_LEAD.find(t).is_some_and(|m| m.start() <= 1)
    };
    let mut span_frame = titled_span;
    let yearless = std::cell::OnceCell::new();
    let yearless = || *yearless.get_or_init(|| when.names_no_year());
    let last_is_own = std::cell::OnceCell::new();
    let last_is_own = || *last_is_own.get_or_init(|| kind != Kind::Summary && when.calls_its_year_last());
    // the last sentence of the paragraph before, for a paragraph opening on 其间 / 同期
    // (kept as the paragraph's index and the sentence's offset in it: no copy per paragraph)
    let mut last_of_para_before: Option<(usize, usize)> = None;
    // a final account's two halves side by side (收入 | 支出: 项目 | 行次 | 金额 | 项目 | 行次 |
    // 金额): its rows are read as the spending's half alone, the income's (no field) passed over
    let halved = halve_accounts(paras);
    for (pi, p) in halved.as_deref().unwrap_or(paras).iter().enumerate() {
        if p.heading {
            income_section = p.text.contains("收入") && !p.text.contains("支出");
            // (an evaluation's section on a later year's budget: 三、2024年预算安排)
            later_section =
                kind != Kind::Summary && opens_later_year(p.text.trim_start_matches(SECTION_MARK), when.year());
        }
        if p.heading || p.text.len() <= 80 && p.text.chars().count() <= 20 && p.text.contains("原因") {
            target_section = p.heading && heading_is_target(&p.text);
            shortfall_heading = p.text.contains("未完成") || p.text.contains("偏差");
        } else if shortfall_heading {
            let t = p.text.trim().trim_end_matches(['。', '.']);
            if matches!(t, "无" | "没有" | "不存在" | "无偏差" | "无未完成情况") {
                claims_all_met = claims_all_met.or(Some(p.first_line()));
            }
            shortfall_heading = false;
        }
        if let Some(m) = all_met(&p.text) {
            claims_all_met = claims_all_met.or(Some(p.line_at(m.start())));
        }
        // 金额单位：元 above a table: its money cells are in 元
        if p.text.len() <= 240 && p.text.contains("单位") && p.text.chars().count() <= 60 {
            if let Some(f) = super::cells::money_scale(&p.text) {
                scale = f;
                scale_used = false;
            }
        } else if p.heading && scale_used {
            scale = 1.0;
        }
        // a table of fields over rows of years (年度 | 破获毒品刑事案件（起） | …, then 2021年 | 12 | …):
        // the record's year's row is read as its labels and values, the other years' are none
        let mut year_row = None;
        if p.table_row {
            let cells: Vec<&str> = p.text.split('\t').collect();
            if let Some(labels) = super::cells::year_rows_header(&cells) {
                year_rows = Some(labels);
                header = None;
                continue;
            }
            if let Some(labels) = super::cells::part_rows_header(&cells) {
                part_rows = Some(labels);
                header = None;
                continue;
            }
            if let Some(h) = super::table::places_counts_header(&cells) {
                places_rows = Some(h);
                header = None;
                continue;
            }
            if let Some((lead, labels)) = &places_rows {
                let rows = halved.as_deref().unwrap_or(paras);
                match places_row(&cells, *lead, labels, rows.get(pi + 1).is_none_or(|n| !n.table_row)) {
                    Some(Some(pairs)) => year_row = Some(pairs),
                    Some(None) => continue,
                    None => places_rows = None,
                }
            }
            // (a turned table's row of results, 实际完成值 | 688 | 171 | 98.2%, is each indicator's
            // name and figure; its row of targets none)
            if let Some(labels) = &turned {
                use super::cells::Role;
                match super::cells::role(cells[0]) {
                    Some(Role::Result) if cells.len() == labels.len() + 1 => {
                        year_row = Some(label_pairs(labels, &cells))
                    }
                    Some(Role::Target | Role::Points | Role::Score) => continue,
                    _ => turned = None,
                }
            }
            if year_row.is_none() {
                if let Some(labels) = super::cells::turned_header(&cells) {
                    turned = Some(labels);
                    header = None;
                    continue;
                }
            }
            // (its rows of parts are none of the year's; its 合计 row is, its pairs read as one)
            if let Some(labels) = &part_rows {
                if cells.len() == labels.len() + 1 && !cells[0].trim().is_empty() {
                    if super::cells::sum_row(cells[0]) {
                        year_row = Some(label_pairs(labels, &cells));
                    } else {
                        continue;
                    }
                } else {
                    part_rows = None;
                }
            }
            // a statistics sheet (序号 | 项目 | 单位 | 数量): each row its label, figure and counter
            // (破获毒品刑事案件 | 起 | 9 → 破获毒品刑事案件：9起)
            if let Some(cols) = super::cells::stat_columns(&cells) {
                stat_cols = Some(cols);
                stat_months = super::cells::months_column(cells[cols.1]).map(|(a, b)| format!("{a}-{b}月，"));
                header = None;
                continue;
            }
            // (…until a header of another table)
            if stat_cols.is_some()
                && (super::cells::header(&cells).is_some() || super::cells::year_rows_header(&cells).is_some())
            {
                stat_cols = None;
            }
            if let Some((l, v, u)) = stat_cols {
                let blank = |c: Option<&&str>| c.is_none_or(|c| c.trim().is_empty());
                match (cells.get(l), cells.get(v)) {
                    (Some(label), Some(value)) if !blank(Some(value)) && super::cells::is_value(value) => {
                        let unit = u.and_then(|u| cells.get(u)).map_or("", |c| c.trim());
                        let months = stat_months.as_deref().unwrap_or("");
                        year_row = Some(format!("{months}{}：{}{unit}", label.trim(), value.trim()));
                    }
                    // (a group's row, 一、打击毒品犯罪, or a row left empty: none of its own; a row
                    // of another shape, 预算数 | 40, ends the sheet)
                    (label, value)
                        if blank(value)
                            && !blank(label)
                            && !label.is_some_and(|t| t.contains(|c: char| c.is_ascii_digit())) =>
                    {
                        continue
                    }
                    _ => stat_cols = None,
                }
            }
            if let Some(labels) = &year_rows {
                let pairs = || label_pairs(labels, &cells);
                let whole = cells.len() == labels.len() + 1;
                match super::cells::row_year(cells[0]) {
                    Some(y) if Some(y) == when.year() && whole => year_row = Some(pairs()),
                    // (an earlier year's row in a summary: that year's record, its pairs read alike)
                    Some(n) if kind == Kind::Summary && when.year().is_some_and(|y| n < y) && whole => {
                        let para = Para { text: pairs(), starts: p.starts.clone(), heading: false, table_row: false };
                        let (c0, mut no_targets) = (cands.len(), Vec::new());
                        for s in sentences(&para, false) {
                            super::counts::scan(&s, &mut cands, &mut no_targets, &|_| false);
                            super::money::scan(&s, kind, implied_wan, false, &mut cands, &mut Vec::new());
                        }
                        // (the count of years a row's table holds is not known here: its labels' is
                        // given, as only the year is read)
                        cands[c0..].iter_mut().for_each(|c| c.list_year = Some((n, labels.len())));
                        take_earlier_years(&mut cands, c0, when.year(), &mut prior_cands);
                        continue;
                    }
                    Some(_) => continue,
                    None => year_rows = None,
                }
            }
        } else {
            year_rows = None;
            part_rows = None;
            places_rows = None;
            turned = None;
            // (a group's row of a statistics sheet, 一、打击毒品犯罪, stands alone on its line: the
            // sheet goes on after it)
            let group_row = || p.text.chars().count() <= 20 && !p.text.contains(|c: char| c.is_ascii_digit());
            if stat_cols.is_some() && !group_row() {
                stat_cols = None;
            }
        }
        if p.table_row && year_row.is_none() {
            let cells: Vec<&str> = p.text.split('\t').collect();
            if let Some(roles) = super::cells::header(&cells) {
                let own = cells.iter().find_map(|c| super::cells::money_scale(c));
                scale_used |= own.is_none();
                header = Some(super::table::Header {
                    // a checklist names itself above the table or by its columns (一级标准, 扣分理由);
                    // a header that continues a checklist's table (its second page) is the checklist's
                    paperwork: super::table::is_paperwork(before_table)
                        || super::table::is_checklist_header(&cells)
                        || header.as_ref().is_some_and(|h| h.paperwork),
                    scale: own.unwrap_or(scale),
                    label: cells.iter().take_while(|c| super::cells::role(c).is_none()).map(|c| c.trim()).collect(),
                    stage: Default::default(),
                    // (a table of years side by side: the record's year's column)
                    year_col: when.year().and_then(|y| roles.iter().position(|r| *r == super::cells::Role::Year(y))),
                    // (a caption of the “三公” costs right above the table: 二、“三公”经费)
                    sangong: before_table.contains("三公") && before_table.chars().count() <= 40,
                    months: cells
                        .iter()
                        .find_map(|c| super::cells::months(c).filter(|_| super::cells::role(c).is_some())),
                    // (last year's results beside this year's: that column, of the year before)
                    last_year: when
                        .year()
                        .and_then(|y| super::table::last_years_column(&cells, &roles).map(|i| (i, y - 1))),
                    roles,
                });
                continue;
            }
            // (a row of label and value pairs whose labels are columns' names — 全年执行数（万元）\t130.6
            // \t执行率\t96.74% under an indicators' table — is no row of the table above: its pairs
            // are read below)
            let own_pairs = header.is_some() && p.starts.len() == 1 && pairs_of_roles(&cells);
            if let Some(h) = header.as_ref().filter(|_| !own_pairs) {
                let c0 = cands.len();
                super::table::row(p, h, kind, &mut cands, &mut target_cands);
                // (a monitoring form's columns of the months so far: what was spent, its rate and
                // what was done cover those months; the budget and a level stand for the year)
                // (in a table of years, 2023年1-6月 | 2022年1-6月, each column's own year's)
                if let (Some((a, b)), Some(year)) = (h.months.filter(|&m| m != (1, 12)), when.year()) {
                    for c in cands[c0..].iter_mut().filter(|c| is_flow(c.field) || is_spending(c.field)) {
                        let y = c.list_year.map_or(year, |(n, _)| n);
                        c.period = Some(format!("{y}-{a:02}..{y}-{b:02}"));
                    }
                }
                // (an earlier year's column of a table of years in a summary: that year's record)
                take_earlier_years(&mut cands, c0, when.year(), &mut prior_cands);
                continue;
            }
            // a form's 总分 row after its prose cells closed the table: its score all the same
            if p.text.split('\t').next().is_some_and(super::table::is_score_label) {
                let h =
                    super::table::Header { paperwork: super::table::is_paperwork(before_table), ..Default::default() };
                super::table::row(p, &h, kind, &mut cands, &mut target_cands);
                continue;
            }
        } else if header.is_some() && UNIT_CAPTION.is_match(p.text.trim()) {
            // (a header's caption wrapped onto its own line under it — 项目资金 / （万元） — ends
            // no table)
            continue;
        } else {
            header = None;
            // (a line of the unit alone under a table's caption — “三公”经费支出情况 / 单位：元 —
            // leaves the caption the table's)
            if !(p.text.len() <= 48 && p.text.chars().count() <= 12 && super::cells::money_scale(&p.text).is_some()) {
                before_table = &p.text;
            }
        }
        // a row of label and value cells side by side with no header above (全年执行数（万元）\t28.5
        // \t执行率\t89.06%): read as its pairs, each a label and its value
        let pairs;
        // (a sum in such a row under a caption's unit other than 万元 — 金额单位：元 — is in it)
        let row = year_row
            .or_else(|| (p.table_row && p.starts.len() == 1).then(|| label_value_row(&p.text, scale)).flatten())
            .or_else(|| (p.starts.len() == 1).then(|| indicator_pairs(&p.text)).flatten());
        let row_read = row.is_some();
        let p = match row {
            Some(text) => {
                pairs = Para { text, ..p.clone() };
                &pairs
            }
            None => p,
        };
        // the sentence before, in this paragraph
        let mut prev: Option<super::sentence::Sentence> = None;
        // whether a sentence of this paragraph opened a span from last year (去年12月以来，…)
        let mut opened_last_year = false;
        // whether a sentence of this paragraph set one operation's scope (自10月9日开展…会战以来,
        // 在本次行动中), not yet ended by a time of a sentence's own
        let mut in_campaign = false;
        // the era its figures were given, when the sentence before had any
        let mut prev_era: Option<Era> = None;
        // the era of the last sentence of this paragraph naming a time of its own, when that time
        // was a whole earlier year (2023年，全区共破获… in a release of 2024) or a part of this one
        let mut timed_prior: Option<Era> = None;
        let mut year_timed = false;
        // a summary comparing years clause by clause: each clause is read as a sentence
        let mut all = sentences(p, target_section);
        // (the clauses of a series of years: 2018年…84人，2019年…39人，2020年…31人)
        if kind == Kind::Summary {
            let cuts: Vec<Vec<usize>> = all.iter().map(|s| s.year_clauses()).collect();
            if cuts.iter().any(|c| !c.is_empty()) {
                all = all.into_iter().zip(&cuts).flat_map(|(s, c)| s.split_at(c)).collect();
            }
        }
        for s in all {
            let (c0, t0, i0, r0) = (cands.len(), target_cands.len(), items.len(), ratios.len());
            // a final account's line of one budget item other than drug control (公共安全支出（类）
            // 公安（款）行政运行（项）：支出决算为3,906.12万元，完成年初预算的101.2%): that item's
            // sums and rate, none of the unit's totals
            // (…or a sentence after such an item's label closed by a stop of its own — 3.公共安全
            // 支出（类）公安（款）行政运行（项）。年初预算为…: the label's item)
            let label = item_label_before(&s);
            let other_item = other_function_item(s.text) || label.is_some_and(other_function_item);
            // (an evaluation's sentence opening on a later year — 2024年部门预算安排110万元，
            // 其中项目支出40万元 — is that year's plan: none of its sums is the year evaluated's)
            // (…unless it tells of spending: a plan spends nothing yet)
            let later = (later_section || kind != Kind::Summary && opens_later_year(s.text, when.year()))
                && !SPENDING.is_match(s.text);
            let not_drug = bureau_item && !s.text.contains('毒') && !label.is_some_and(|l| l.contains('毒'));
            if !income_section && !other_item && !later && !not_drug {
                super::money::scan_dated(
                    &s,
                    kind,
                    implied_wan,
                    plan,
                    when.year(),
                    last_is_own(),
                    &mut cands,
                    &mut items,
                );
            }
            let c1 = cands.len();
            super::counts::scan(&s, &mut cands, &mut target_cands, &foreign);
            // (an example of another place, 再如贵州省…初步查出全省在册吸毒人员5万余人: its figures
            // are that place's, a part of the whole the text tells of)
            if kind == Kind::Summary && example_of_a_place(s.text) {
                cands.truncate(c1);
            }
            if third_party && !s.text.contains("自评") {
                let mut i = c1;
                while i < cands.len() {
                    if cands[i].field == crate::model::Field::SelfScore {
                        cands.remove(i);
                    } else {
                        i += 1;
                    }
                }
            }
            if other_item {
                let mut i = c1;
                while i < cands.len() {
                    if cands[i].field == crate::model::Field::ExecutionRateStated {
                        cands.remove(i);
                    } else {
                        i += 1;
                    }
                }
            }
            super::ratios::scan(&s, kind, &mut ratios);
            let found = cands.len() > c0 || target_cands.len() > t0 || items.len() > i0 || ratios.len() > r0;
            // the template's own instructions (预算执行率未达到90%的需说明原因) are no figures
            if found && INSTRUCTION.is_match(s.text) {
                cands.truncate(c0);
                target_cands.truncate(t0);
                items.truncate(i0);
                ratios.truncate(r0);
                continue;
            }
            // (figures moved to the next year's record below still make the sentence one with
            // figures: a sentence going on from it is of its era)
            let mut to_next = false;
            if cands.len() > c0 || target_cands.len() > t0 {
                // a value of a list of years (2021年、2022年、2023年分别破获…12起、15起、9起) is its
                // own year's, whatever time the sentence opens on: the record's year's is the
                // record's, last year's of two listed makes last year's record, the others none
                let mut by_year = Vec::new();
                let mut i = c0;
                while i < cands.len() {
                    if cands[i].list_year.is_some() {
                        by_year.push(cands.remove(i));
                    } else {
                        i += 1;
                    }
                }
                let mut era = when.era(&s);
                // a count as of a month of this year (截至今年4月，全省共破获…1047起) after a sentence
                // of its paragraph opened a span from last year (去年12月以来，…成果凸显。): over that
                // span, across two years — no part of this one
                if opened_last_year
                    && kind == Kind::Summary
                    && matches!(era, Era::Part(_) | Era::Year)
                    && AS_OF_MONTH_LEAD.is_match(when.prefix(&s))
                {
                    era = Era::Other;
                }
                // one operation's scope set before in the paragraph (自10月9日开展…会战以来，…取得
                // 丰硕战果。截至12月10日，全区共破获…; 在本次行动中，…。行动破获…): figures with no time
                // of their own but an end marker, or the operation's own words, are the operation's —
                // no value of the year (a level stated in it stays the day's)
                // (…and so are those after a start of an operation on a day in their own sentence:
                // 从10月1日起开展的专项行动，截至11月30日，全省共查获…)
                // (…and a running total to now, 至今，…尿检服务累计…次: since a start before the year)
                if kind == Kind::Summary && matches!(era, Era::Part(_) | Era::Year) {
                    let prefix = when.prefix(&s);
                    let day_start = day_start_of_operation(prefix);
                    if running_total_to_now(s.text) {
                        era = Era::Other;
                    } else if day_start || in_campaign && carries_campaign(prefix) || operations_results(prefix) {
                        // (persons ordered into community rehab, 责令社区戒毒、社区康复…人, are the
                        // operation's orders, not the day's standing)
                        let levels: Vec<Candidate> = cands
                            .drain(c0..)
                            .filter(|c| is_level(c.field) && !ordered_into_community(s.text, c.field))
                            .collect();
                        if levels.is_empty() {
                            era = Era::Other;
                        }
                        cands.extend(levels);
                        target_cands.truncate(t0);
                    }
                }
                // 其间 / 在此期间 opening the sentence: its figures are of the time the sentence before
                // named (去年10月至今年3月，全省开展了百城禁毒会战。其间，共破获…: across two years)
                // (…and so are a sentence's opening on 其中 with no time of its own: 自2019年6月至
                // 2020年5月，…共侦破…239起。其中，…抓获犯罪嫌疑人302名，查获吸毒人员2039人次 — a
                // part of the one before, over its time)
                if era == Era::Year && (DURING_IT.is_match(s.text) || among_them_untimed(&s, when.prefix(&s))) {
                    if let Some(q) = prev.as_ref() {
                        era = when.era_of(q.text);
                        // (…the year evaluated, in a text that calls it 上年度: 上年度部门全年预算数
                        // 为156.3万元。其中：基本支出预算112.3万元…)
                        if era != Era::Year && last_is_own() && super::money::opens_on_last_year(q.text) {
                            era = Era::Year;
                        }
                    } else if DURING_IT.is_match(s.text) {
                        // (…and so a paragraph opening on it: the months the paragraph before ended
                        // on — 今年1-9月，全县…。 / 其间，全县开展尿检… — when they are a part of the year)
                        // (…or the operation it ran: 今年1-9月，全县开展“净边”专项行动。)
                        if let Some(e @ (Era::Part(_) | Era::Operation(_))) =
                            last_of_para_before.and_then(|(i, at)| paras[i].text.get(at..)).map(|t| when.era_of(t))
                        {
                            era = e;
                        }
                    }
                }
                // a summary's sentence going on with the list of the one before, with no subject or
                // time of its own (…累计查获吸毒人员17845人次。强制隔离戒毒9969人次，…), is of its era
                if era == Era::Year && kind == Kind::Summary && continues_list(&s) {
                    match &prev_era {
                        Some(Era::Other) => era = Era::Other,
                        Some(Era::Prior(k)) => era = Era::Prior(*k),
                        Some(_) => {}
                        None => {
                            if prev.as_ref().is_some_and(|q| {
                                q.nums.iter().any(|n| n.unit != super::number::Unit::None)
                                    && (when.era(q) == Era::Other || as_of_now_within_span(p, q))
                            }) {
                                era = Era::Other;
                            }
                        }
                    }
                }
                // a summary's sentence naming no time of its own after one of its paragraph that
                // named a whole earlier year (2023年，全区共破获毒品刑事案件41起。全区刑事拘留49人。
                // in a release of June 2024 that goes on to 今年以来): of that year too
                // (…and after one of a part of this year, 今年以来，…。全区刑事拘留19人。: of that part)
                if kind == Kind::Summary {
                    if untimed(when.prefix(&s)) {
                        if let (Era::Year, Some(e)) = (&era, &timed_prior) {
                            era = e.clone();
                        }
                        // (…and after one of the next year's months — 今年以来，全市已破获…2起。查处
                        // 吸毒人员9人次。 in a review of the year before — of those months, whatever
                        // the review said of its own year before them)
                        if let (Era::Year, Some(Era::Part(p))) = (&era, &prev_era) {
                            if when.next_year().is_some_and(|(ny, _)| p.starts_with(&ny.to_string())) {
                                era = Era::Part(p.clone());
                            }
                        }
                    } else {
                        // (…but once a sentence of the record's whole year has stood in the paragraph
                        // — 2021年全市破获…126起；2020年全市破获…141起。全市现有吸毒人员3,518名 —
                        // the paragraph is the year's, the earlier year a comparison)
                        year_timed |= era == Era::Year;
                        timed_prior = (!year_timed && matches!(era, Era::Prior(_) | Era::Part(_))).then(|| era.clone());
                    }
                }
                // "as of now" in a paragraph opened by a span of years (自2016年…以来，…。截止目前，
                // 全省共破获…): the figures run over that span
                // …but a level stated as of now (目前，全省纳入动态管控的吸毒人员共有54491名) is
                // now's, whatever span the paragraph opened: only the flows run over it
                if era != Era::Other && kind == Kind::Summary && as_of_now_within_span(p, &s) {
                    let levels: Vec<Candidate> = cands.drain(c0..).filter(|c| is_level(c.field)).collect();
                    if levels.is_empty() {
                        era = Era::Other;
                    }
                    cands.extend(levels);
                    target_cands.truncate(t0);
                }
                // a sentence naming no time of its own in a paragraph opened by several years
                // (三年来，全市各部门…。全市公安机关共破获各类涉毒案件428起): those years' total
                if era == Era::Year && kind == Kind::Summary && within_opened_span(p, &s, when.at_years_end()) {
                    era = Era::Other;
                }
                // …or by a span since a year before the record's (2020年以来，全市深入开展… in a
                // page of 2021): those years' total too
                if era == Era::Year && kind == Kind::Summary && within_span_since(p, &s, when.year()) {
                    era = Era::Other;
                }
                if kind == Kind::Summary && (span_frame || era == Era::Other) {
                    let prefix = when.prefix(&s);
                    // (a day's event inside the frame — 3月16日晚，…将肖某抓获，又抓获两名吸毒人员 — is no
                    // time of the sentence's own: the operation's or the span's still)
                    let timed = |t: &str| ANY_TIME.is_match(t) || THIS_YEAR_WORD.is_match(t);
                    let own_time =
                        timed(prefix) && !(span_frame && prefix.contains('日') && only_days_events(prefix, timed));
                    let was = era.clone();
                    if era == Era::Year && span_frame && !own_time && (yearless() || titled_span) {
                        let kept: Vec<Candidate> = cands
                            .drain(c0..)
                            .filter(|c| !is_flow(c.field) && !ordered_into_community(s.text, c.field))
                            .collect();
                        if kept.is_empty() {
                            era = Era::Other;
                        }
                        cands.extend(kept);
                    }
                    // (…or by a span since last year in a page of a later month, 去年以来全省共破获…:
                    // over two years)
                    if was == Era::Other && (SEVERAL_YEARS_LEAD.is_match(prefix) || SINCE_LAST_YEAR.is_match(prefix)) {
                        span_frame = true;
                    } else if own_time && was != Era::Other {
                        span_frame = false;
                    }
                }
                prev_era = Some(era.clone());
                // a trend's end at a named year (…降至2022年的3.5万起) is that year's level: last
                // year's in a summary of this one, no other year's value in this year's record
                if era == Era::Year {
                    if let Some(y) = when.year() {
                        let mut i = c0;
                        while i < cands.len() {
                            match cands[i].trend_year {
                                Some(n) if n == y - 1 && kind == Kind::Summary => {
                                    prior_cands.push((1, cands.remove(i)))
                                }
                                Some(n) if n != y => {
                                    cands.remove(i);
                                }
                                _ => i += 1,
                            }
                        }
                    }
                }
                // the months of the year after the record's (今年以来 in a page of February 2024 that
                // reviews 2023, and the sentences going on from it): that year's record, with their
                // period
                if let (Era::Part(p), Some(y)) = (&era, when.year()) {
                    if p.get(..4).and_then(|n| n.parse::<i32>().ok()) == Some(y + 1) {
                        prior_cands.extend(cands.drain(c0..).map(|mut c| {
                            c.period = Some(p.clone());
                            (-1, c)
                        }));
                        target_cands.truncate(t0);
                        to_next = true;
                    }
                }
                // (how many years before the record's the sentence's whole-year figures stand: a
                // comparison's baseline beside them is a year before that, below)
                let whole_back = match era {
                    Era::Year => Some(0),
                    Era::Prior(k) => Some(k),
                    _ => None,
                };
                match era {
                    Era::Year => {}
                    // a span of years ending at the record's year (2016年至2020年间，起诉人数从3298人
                    // 逐年上升至6828人): the level it ends at is that year's; the rest span the years
                    Era::Other if when.span_ends_at_year(&s) => {
                        let ends: Vec<Candidate> = cands.drain(c0..).filter(|c| c.trend_end).collect();
                        cands.extend(ends);
                        target_cands.truncate(t0);
                    }
                    // (…but a clause of this year's own after the span's — “十四五”以来累计开展…600余场次，
                    // 今年开展152场次 — keeps its figures: the year's)
                    Era::Other => {
                        let values = this_years_tail(&s, when.prefix(&s).len()).unwrap_or_default();
                        let kept: Vec<Candidate> = cands.drain(c0..).filter(|c| values.contains(&c.value)).collect();
                        cands.extend(kept);
                        target_cands.truncate(t0);
                    }
                    // (the year's budget, stated in a report of its first months — 2023年上半年…
                    // 监控报告: 部门预算总额156.8万元 —, is the whole year's)
                    Era::Part(period) => cands[c0..]
                        .iter_mut()
                        .filter(|c| !is_budget(c.field))
                        .for_each(|c| c.period = Some(period.clone())),
                    // an earlier year's whole-year figures make that year's record (each step of a
                    // series of years too: 2018年…84人，2019年…39人，2020年…31人)
                    Era::Prior(k) => {
                        prior_cands.extend(cands.drain(c0..).map(|c| (k, c)));
                        target_cands.truncate(t0);
                    }
                    Era::Operation(period) => cands[c0..].iter_mut().for_each(|c| {
                        c.period = period.clone();
                        c.rank = c.rank.max(2);
                    }),
                }
                // (a value of a list of parts of the year is its own part's)
                let from = c0.min(cands.len());
                for c in cands[from..].iter_mut() {
                    if let Some(r) = c.list_part {
                        if let Era::Part(p) = when.part(r) {
                            c.period = Some(p);
                        }
                    }
                }
                for c in by_year {
                    match (when.year(), c.list_year) {
                        (Some(y), Some((n, _))) if n == y => cands.push(c),
                        (Some(y), Some((n, _))) if n < y && kind == Kind::Summary => prior_cands.push((y - n, c)),
                        _ => {}
                    }
                }
                // an earlier whole year's count stated beside the year's own as the baseline of a
                // comparison (破获…11起（上年为8起）; …35起，比上年的41起下降14.6%; 现有吸毒人员612名，
                // 较2022年底的655名减少43名): that year's record, in a summary of whole years
                if let (Kind::Summary, Some(back), Some(y)) = (kind, whole_back, when.year()) {
                    let own = y - back;
                    // (last year's only: a level years back, 由2018年的60起下降到…, is a trend's
                    // start, no baseline beside the year's own)
                    // (the year before last, named as such beside the year's own — 25人次（前年为31人次）
                    // — is that year's stated level too)
                    // (…last year's same months too, in a year's summary: （上年同期11起）)
                    let whole_year = back == 0 && when.at_years_end();
                    for (named, c) in baselines(&s, p, whole_year) {
                        let of = match named {
                            Some(Back::Named(n)) => n,
                            Some(Back::TwoYears) => own - 2,
                            None => own - 1,
                        };
                        if of == own - 1 || named == Some(Back::TwoYears) {
                            prior_cands.push((y - of, c));
                        }
                    }
                }
            }
            if cands.len() == c0 && target_cands.len() == t0 && !to_next {
                prev_era = None;
                // (a span's figures dropped clause by clause — 去年以来全省共破获…1186起, 三年来全县
                // 破获…, the span in the figure's own clause — frame the text as the span does when
                // read whole)
                if kind == Kind::Summary && s.nums.iter().any(|n| n.unit != super::number::Unit::None) {
                    let prefix = when.prefix(&s);
                    if (SEVERAL_YEARS_LEAD.is_match(prefix) || SINCE_LAST_YEAR.is_match(prefix))
                        && when.era(&s) == Era::Other
                    {
                        span_frame = true;
                    }
                }
            }
            opened_last_year |= kind == Kind::Summary && SPAN_FROM_LAST_YEAR.is_match(s.text);
            // (an operation's scope runs on to the paragraph's end or a sentence with a time of its
            // own; in a text naming no year, an operation that frames it frames its later untimed
            // flows too, as a span of years does)
            if kind == Kind::Summary {
                if sets_campaign(&when, s.text) {
                    in_campaign = true;
                    if yearless() {
                        span_frame = true;
                    }
                } else if in_campaign && own_time_besides_operation(s.text) {
                    in_campaign = false;
                }
            }
            prev = Some(s);
        }
        // (a paragraph read as a row's pairs holds other text than the paragraph's own)
        last_of_para_before = if row_read { None } else { prev.map(|q| (pi, q.offset)) };
    }
    // a text of the whole year: its parts' figures yield to the year's own, and parts that make
    // up the year with none of its own stated are the year's together
    if when.default.is_none() && when.year().is_some() {
        whole_year_of_parts(&mut cands, when.at_years_end());
    }
    drop_restated_wider_case_counts(&mut cands, paras);
    drop_all_crime_case_counts(&mut cands);
    drop_all_crime_stages(&mut cands);
    // a form of targets alone (项目支出绩效目标表, 绩效目标申报表): its budget is planned, every
    // other figure one to reach, none of them done
    if targets_only(paras) {
        // (a sum with no stage of its own — 其中：基本支出 96.40 under 年度预算资金 — is planned too)
        for c in cands.iter_mut().filter(|c| c.qualifier == Qualifier::Exact) {
            if let Some(f) = planned_of(c.field) {
                c.field = f;
            }
        }
        let (planned, aims): (Vec<Candidate>, Vec<Candidate>) = cands.into_iter().partition(|c| planned_field(c.field));
        target_cands.extend(aims);
        cands = planned;
    }
    let (facts, mut notes) = resolve(cands);
    let (targets, _) = resolve(target_cands);
    // (each earlier year's figures resolved on their own, nearest year first)
    // (a stable sort keeps each year's candidates in reading order)
    prior_cands.sort_by_key(|(back, _)| *back);
    let mut prior: Vec<(i32, Vec<Fact>)> = Vec::new();
    let mut rest = prior_cands.into_iter().peekable();
    while let Some((back, first)) = rest.next() {
        let mut of_year = vec![first];
        while let Some((_, c)) = rest.next_if(|(b, _)| *b == back) {
            of_year.push(c);
        }
        let (facts, _) = resolve(of_year);
        if !facts.is_empty() {
            prior.push((back, facts));
        }
    }
    // a record whose year cannot be told gets none, and says why: no year named at all, or
    // years named only as comparisons' baselines or spans' starts (与2020年相比, 2019年以来)
    if !facts.is_empty() && when.year().is_none() {
        let line = paras.first().map_or(0, |p| p.first_line());
        let (message_zh, message_en) = if paras.iter().any(|p| NAMED_YEAR.is_match(&p.text)) {
            (
                "未能确定评价年度：正文写到的年份只是比较的基数或起算年份（如“与2020年相比”“2019年以来”），不是本报告的年度，也没有发布日期，无法与其他年度比较",
                "No fiscal year: the years the text names are only comparisons' baselines or the start of spans \
                 (与2020年相比, 2019年以来), not its own, and no publication date states one, so the record cannot be \
                 compared with other years",
            )
        } else {
            (
                "未能确定评价年度：标题、表头和正文均未写明年份，也没有发布日期，无法与其他年度比较",
                "No fiscal year: neither the title, a table caption, the text nor a publication date states one, so \
                 the record cannot be compared with other years",
            )
        };
        notes.push(Note {
            field: None,
            line,
            code: FindingCode::C06,
            message_zh: message_zh.into(),
            message_en: message_en.into(),
        });
    }
    Scanned { facts, targets, items, ratios, notes, claims_all_met, prior }
}

/// Words of money spent or of an evaluation: no published plan speaks so.
static SPENT: Re = Re::new(|| Regex::new(r"决算|绩效评价|绩效自评|执行率|执行数|实际支出|已支出|自评").unwrap());

/// Template wording that instructs the person filling in the form.
static INSTRUCTION: Re =
    Re::new(|| Regex::new(r"需说明|应说明|须说明|说明原因|说明理由|字以内|填写|填列|请在|请按").unwrap());

/// Whether `clause` opens on a county of the text's own city, in a text placed in a city but in
/// no county (a city's bulletin or evaluation): that county's figure, not the city's.
fn city_text_county_clause(clause: &str, own_place: &std::cell::OnceCell<(String, String)>, when: &Dating) -> bool {
    let clause = clause.trim_start_matches(|c: char| c.is_whitespace() || "，,、；;".contains(c));
    // (cheap tests first: a county's name is three bytes a character, two characters at least;
    // the record's own place if already read; then the county opening the clause; the record's
    // place read last, once a segment and only when some clause opens on a county — a whole-unit
    // report's clauses seldom do)
    // (a text placed in a county, or in no city, has no clause of another county of its city)
    let no_citys = |(county, city): &(String, String)| !county.is_empty() || city.is_empty();
    if clause.len() < 6 || own_place.get().is_some_and(no_citys) {
        return false;
    }
    let g = super::regions::Gazetteer::global();
    let Some(super::regions::Leading::County(rs)) = g.leading_place(clause) else { return false };
    let place = own_place.get_or_init(|| when.place());
    !no_citys(place) && rs.iter().any(|r| r.city == place.1)
}

/// Which part of the time a sentence's figures cover.
#[derive(Debug, Clone, PartialEq)]
pub enum Era {
    /// the fiscal year (the default)
    Year,
    /// part of the year: "2021-01..2021-06"
    Part(String),
    /// another year, several years (三年来, 2018年以来, 累计) or one operation: no value of the year
    Other,
    /// one operation of the year itself (今年开展专项行动，行动中…): the year's figures (to the
    /// article's month, when it is dated in the year) unless the text states the year's own
    Operation(Option<String>),
    /// a whole year before the record's, by how many years (去年，全县破获…: 1; 2022年，… in a text
    /// of 2023's results: 1; 2021年，… in it: 2): a summary's figures of that year, which make a
    /// record of their own
    Prior(i32),
}

/// A sentence's last clause opening on this year's word (，今年开展152场次; ；其中本年查获…; ，全年
/// 破获…) after `from` (its time's words before its first figure), with no word of several years
/// from there on: the values of its figures, none of which stands before it (those of the span's
/// clauses are the span's). 当年 is the span's first year's (2018年以来…，当年破获…), no clause of
/// this year.
fn this_years_tail(s: &super::sentence::Sentence, from: usize) -> Option<Vec<f64>> {
    // (cheap test first: a word of this year after the sentence's opening time)
    let rest = s.text.get(from..)?;
    if !(rest.contains("今年") || rest.contains("本年") || rest.contains("全年") || rest.contains("年内")) {
        return None;
    }
    let at = THIS_YEARS_CLAUSE.find_iter(rest).last().map(|m| from + m.start())?;
    if multi_year(&s.text[at..], &|| false) {
        return None;
    }
    let after: Vec<f64> = s.nums.iter().filter(|n| n.start >= at).map(|n| n.value).collect();
    let before: Vec<f64> = s.nums.iter().filter(|n| n.start < at).map(|n| n.value).collect();
    // (a count's candidate holds its figure rounded)
    let own: Vec<f64> = after.into_iter().filter(|v| !before.contains(v)).flat_map(|v| [v, v.round()]).collect();
    (!own.is_empty()).then_some(own)
}
/// A clause opening on this year's word: ，今年开展…; ；其中本年…; ，全年共….
static THIS_YEARS_CLAUSE: Re =
    Re::new(|| Regex::new(r"[，,；;]\s*(?:其中)?[，,]?\s*(?:今年|本年|全年|年内)(?:共|累计|全[县市区州旗])?").unwrap());

/// The counts of an earlier whole year a sentence states as a comparison's baseline beside its
/// own (破获毒品刑事案件11起（上年为8起）; 全年破获…35起，比上年的41起下降14.6%; 在册吸毒人员
/// 1,968名，比2020年底的2,105名下降6.5%; 由上年末的402名减少至378名), each read with the words of
/// the figure it stands beside, and the year it names (None: the year before the sentence's).
/// Not the same months of last year (去年同期为16起): no whole year's, but in a year's summary
/// (`whole_year`: 15起（上年同期11起） in 2020's); nor a rate or a sum.
/// The year before last (前年为31人次) is named as such.
fn baselines(s: &super::sentence::Sentence, p: &Para, whole_year: bool) -> Vec<(Option<Back>, Candidate)> {
    // (cheap test first: a word of last year or a year's end before a figure)
    let t = s.text;
    if !(t.contains("上年")
        || t.contains("去年")
        || t.contains("年为")
        || t.contains("上一年")
        || t.contains("前年")
        || t.contains("年底的")
        || t.contains("年末的")
        || t.contains("年的")
        || t.contains("年初的"))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    // (label, baseline's digits and their start, its counter, the year it names)
    let mut found: Vec<(&str, &str, usize, &str, Option<Back>)> = Vec::new();
    let caps = BASELINE_BESIDE.captures_iter(t).chain(BASELINE_FROM.captures_iter(t));
    for c in caps {
        let (Some(label), Some(v0), Some(u0)) = (c.name("label"), c.name("v0"), c.name("u0")) else { continue };
        // (the counter of the baseline is the figure's own: 11起…8起, not 8起 beside 11人)
        if c.name("u1").is_some_and(|u1| u1.as_str() != u0.as_str()) {
            continue;
        }
        // (last year's same months are its whole year only beside a whole year's count in a
        // year's summary: 侦破…15起（上年同期11起） in 2020's, not 13起，去年同期为16起 in a half-year's)
        if c.name("sm").is_some() && !whole_year {
            continue;
        }
        let year = c.name("y").or(c.name("y2")).and_then(|y| y.as_str().parse::<i32>().ok());
        let named = match (year, c.name("q")) {
            (Some(n), _) => Some(Back::Named(n)),
            (None, Some(_)) => Some(Back::TwoYears),
            (None, None) if c.name("q2").is_some() => Some(Back::TwoYears),
            (None, None) => None,
        };
        found.push((label.as_str(), v0.as_str(), v0.start(), u0.as_str(), named));
    }
    // baselines listed after 分别 for as many figures before it (破获…56起、刑事拘留71人，分别较2022
    // 年的48起、63人上升…): each the baseline of the figure in its place
    if t.contains("分别") {
        found.extend(listed_baselines(s));
    }
    for (label, v0, v0_start, u0, named) in found {
        let value: f64 = match v0.replace([',', '，'], "").parse() {
            Ok(v) => v,
            Err(_) => continue,
        };
        // (a total after its parts, 在册社区戒毒人员17名、社区康复人员46名，共计63名，较上年末的71名: the
        // total's label is the clause of its parts before it — the parts' words name what it counts)
        // (the label is a slice of the sentence: its offset in it)
        let label_at = (label.as_ptr() as usize).checked_sub(t.as_ptr() as usize).filter(|&k| k <= t.len());
        let parts = match label_at {
            Some(at) if matches!(label.trim(), "共计" | "合计" | "总计" | "共" | "共有") && t[..at].ends_with('，') => {
                &t[clause_start_of(t, at - '，'.len_utf8())..at]
            }
            _ => "",
        };
        let para = Para {
            text: format!("{parts}{label}{v0}{u0}。"),
            starts: p.starts.clone(),
            heading: false,
            table_row: false,
        };
        let (mut found, mut no_targets) = (Vec::new(), Vec::new());
        for s2 in sentences(&para, false) {
            super::counts::scan(&s2, &mut found, &mut no_targets, &|_| false);
        }
        for mut cand in found.into_iter().filter(|f| f.value == value && f.list_year.is_none()) {
            cand.line = s.line_at(v0_start);
            cand.snippet = s.snippet_around(v0_start, v0);
            out.push((named, cand));
        }
    }
    out
}
/// The baselines a sentence lists after 分别比/较 an earlier year (全县共破获毒品刑事案件56起、刑事
/// 拘留71人，分别较2022年的48起、63人上升16.7%和12.7%), paired in order with as many counts right
/// before it, each with its counter: (the count's label, the baseline's digits, their start, the
/// counter, the year named).
fn listed_baselines<'t>(s: &super::sentence::Sentence<'t>) -> Vec<(&'t str, &'t str, usize, &'t str, Option<Back>)> {
    let t = s.text;
    let Some(c) = BASELINE_LISTED.captures(t) else { return Vec::new() };
    let (whole, head) = (c.get(0).unwrap(), c.name("head").unwrap());
    let named = c.name("y").and_then(|y| y.as_str().parse::<i32>().ok()).map(Back::Named);
    // (the baselines: the figures in the list after the head, each with its counter)
    let list: Vec<&super::number::Num> =
        s.nums.iter().filter(|n| n.start >= head.end() && n.end <= whole.end()).collect();
    // (the counts before: the last as many figures of the clause before 分别, parted by 、/和/及)
    let before: Vec<&super::number::Num> = s.nums.iter().filter(|n| n.end <= whole.start()).collect();
    if list.len() < 2 || before.len() < list.len() {
        return Vec::new();
    }
    let own = &before[before.len() - list.len()..];
    let counter = |n: &super::number::Num| t[n.num_end..n.end].trim();
    let mut out = Vec::new();
    for (i, (o, b)) in own.iter().zip(&list).enumerate() {
        if counter(o) != counter(b) || counter(b).is_empty() {
            return Vec::new();
        }
        // (the label: the words between the figure before and this one)
        let from = if i == 0 { clause_start_of(t, o.start) } else { own[i - 1].end };
        let label = t[from..o.start].trim_start_matches(['、', '，', ',', '和', '及', ' ']);
        if label.is_empty() || label.contains(['，', ',', '；', ';']) {
            return Vec::new();
        }
        out.push((label, &t[b.num_start..b.num_end], b.num_start, counter(b), named));
    }
    out
}
/// The start of the clause holding byte `at` (after the last ，；。： before it).
fn clause_start_of(t: &str, at: usize) -> usize {
    super::sentence::clause_start(&t[..at], &['，', ',', '；', ';', '。', '：', ':'])
}
/// 分别比/较 an earlier year's counts, listed: ，分别较2022年的48起、63人; 分别比上年的12起、15人.
static BASELINE_LISTED: Re = Re::new(|| {
    Regex::new(r"[，,]\s*(?P<head>分别(?:比|较|与)\s*(?:上年|去年|上一年|(?P<y>20[0-4]\d)\s*年)(?:底|末)?的)\s*\d[\d,，]*\s*(?:起|人次|人|名|场次|次|件)(?:\s*[、和及]\s*\d[\d,，]*\s*(?:起|人次|人|名|场次|次|件))+").unwrap()
});
/// The earlier year a baseline names: a year by its number, or the year before last (前年).
#[derive(Clone, Copy, PartialEq, Debug)]
enum Back {
    Named(i32),
    TwoYears,
}
/// A figure with last year's (or a named year's, at its end) beside it: in parentheses or after a
/// comma (上年为8起, （2022年为60起）, after the change too: 55起，同比下降8.3%（2022年为60起）), or
/// compared against (比上年的41起, 较2022年底的655名, 较前年的26起).
static BASELINE_BESIDE: Re = Re::new(|| {
    Regex::new(r"(?P<label>[^，,；;。：:（()）、\d][^，,；;。：:（()）、]{1,40}?)\d[\d,，]*\s*(?P<u1>起|人次|人|名|场次|次|件)\s*(?:[（(]\s*其中[^（()）]{1,40}[）)]\s*)?(?:[，,]\s*同比(?:上升|下降|增长|减少|增加)\s*\d+(?:\.\d+)?\s*%\s*)?(?:[（(]\s*|[，,]\s*)(?:(?:上年|去年|上一年|(?P<q>前年)|(?P<y2>20[0-4]\d)\s*年)(?P<sm>同期)?(?:全年)?(?:为|是|共)?|(?:比|较|与)\s*(?:上年|去年|上一年|(?P<q2>前年)|(?P<y>20[0-4]\d)\s*年)(?:底|末)?的)\s*(?P<v0>\d[\d,，]*)\s*(?P<u0>起|人次|人|名|场次|次|件)").unwrap()
});
/// A change from last year's level (or a named year's) to the year's: 在册吸毒人员由上年末的402名
/// 减少至378名; 由年初的742人下降至年底的698人 (the year's start: last year's end); the subject
/// with its trend before a comma too, a bulletin's line (新发现吸毒人员明显下降，由上年的96人降至41人):
/// the trend is no word of the label.
static BASELINE_FROM: Re = Re::new(|| {
    Regex::new(r"(?P<label>[^，,；;。：:（()）、\d][^，,；;。：:（()）、]{1,40}?)(?:(?:明显|持续|逐年|大幅|显著|稳步|进一步)?(?:下降|减少|降低|回落|上升|增加|增长|提升|提高)了?[，,]\s*)?[由从]\s*(?:上年|去年|上一年|年初|(?P<y>20[0-4]\d)\s*年)(?:底|末)?的\s*(?P<v0>\d[\d,，]*)\s*(?P<u0>起|人次|人|名|场次|次|件)\s*(?:下降|降低|减少|上升|增加|增长|回落|降|减|升|增)?(?:至|到|为)\s*(?:(?:今年)?年?(?:底|末)的?)?\s*\d").unwrap()
});

/// Moves the candidates from `c0` on that belong to a listed year (a column or row of a table
/// of years) out of `cands`: an earlier year's than the record's to `prior` (its own record),
/// any other's dropped.
fn take_earlier_years(cands: &mut Vec<Candidate>, c0: usize, year: Option<i32>, prior: &mut Vec<(i32, Candidate)>) {
    let mut i = c0;
    while i < cands.len() {
        match (cands[i].list_year, year) {
            (None, _) => i += 1,
            (Some((n, _)), Some(y)) if n < y => prior.push((y - n, cands.remove(i))),
            (Some(_), _) => {
                cands.remove(i);
            }
        }
    }
}

/// The fiscal year and the text's own date, for placing relative time words. The year and
/// date are read from the whole text only when a sentence needs them.
pub struct Dating<'a> {
    paras: &'a [Para],
    title: String,
    /// the part of the year the whole text covers (a 上半年 press release), when it says so
    pub default: Option<(u32, u32)>,
    /// the title is a sentence lent by a page without one (本报讯…召开了2003年度表彰大会，…)
    lent: bool,
    pub kind: Kind,
    /// the fiscal year the segmenter read, when it has
    year: Option<Option<i32>>,
    /// the segment's paragraphs joined, for the questions asked of its whole text
    body: std::cell::OnceCell<String>,
    /// (fiscal year, (year, month, day) of the text's date line)
    known: std::cell::OnceCell<(Option<i32>, Option<(i32, u32, u32)>)>,
    /// `next_year`'s answer, asked of the whole text once
    next: std::cell::OnceCell<Option<(i32, u32)>>,
}

static MULTI_YEAR: Re = Re::new(|| {
    Regex::new(&format!(r#"年来|年多来|以来|历年|十[二三四五]五|近[一二两三四五六七八九十\d]+年|连续[一二两三四五六七八九十\d]+年|[一二两三四五六七八九十\d]+年间|从警|(行动|战役|会战)[”"」]?[，,]?(中|期间)|{N_YEARS_DID}"#)).unwrap()
});
/// A count of years before what was done in them (3年查获…, 两年共破获…, 五年累计…, a headline's
/// 10年破获…): their total (not a year's number, 2023年查获…, nor 一年, the year itself).
const N_YEARS_DID: &str = r"(^|[^\d〇零一二两三四五六七八九十百年])([二两三四五六七八九十]|[2-9]|[1-9]\d)年(共|累计|内|里|中)?(查|破|抓|缴|侦|收|处|打|捣|铲|新发现|帮扶)";
/// Words of several years before a figure — but 年来 after a year's digits may open a place's
/// name (2022年来凤县…, 2021年来安县…), not a span (三年来, 2015年来).
/// 一年来 is the year under review when `year_end` (a text written at the year's end or in the
/// first months of the next, or an undated year's summary), else the twelve months to a date.
fn multi_year(prefix: &str, year_end: &dyn Fn() -> bool) -> bool {
    let g = super::regions::Gazetteer::global();
    MULTI_YEAR.find_iter(prefix).any(|m| {
        let at = m.start();
        // 连续四年纳入…, 连续三年位列全省第一: the years of its own clause, not of a figure after it
        if m.as_str().starts_with("连续") && prefix[m.end()..].contains(['，', ',', '；', ';']) {
            return false;
        }
        // 今年开展…行动以来: a span opened this year is this year's to date
        if m.as_str() == "以来" {
            let clause = prefix[..at].rsplit(['。', '；', ';', '，', ',']).next().unwrap_or("");
            if ["今年", "本年", "年初"].iter().any(|w| clause.trim_start().starts_with(w)) {
                return false;
            }
            // 下半年以来: the year's second half, no span of years
            if prefix[..at].trim_end().ends_with("下半年") {
                return false;
            }
        }
        let one_year = || super::text::one_year_since(prefix, at) && year_end();
        // (今年来 is this year so far, as 今年以来)
        let this_year = || prefix[..at].ends_with('今');
        !(m.as_str() == "年来" && (this_year() || g.place_after_year(prefix, at) || one_year()))
    }) || prefix.contains("一年") && ONE_YEAR_DID.is_match(prefix) && !year_end()
}
/// A year's deeds counted as one year (中国一年破获毒品犯罪案件11万余起, 全省一年查获…): the
/// year under review at a year's end, else the twelve months to the text's date, across two
/// years (not 去年一年, 这一年: their own year).
static ONE_YEAR_DID: Re = Re::new(|| {
    Regex::new(
        r"(^|[^\d〇零一二两三四五六七八九十百年这])一年(共|累计|内|里|中)?(查|破|抓|缴|侦|收|处|打|捣|铲|新发现|帮扶)",
    )
    .unwrap()
});
/// A text opening on one year as its time (2024年，某县…; 2023年,全市…).
static YEAR_OPENS: Re = Re::new(|| Regex::new(r"^\s*20[0-4]\d\s*年\s*[，,]").unwrap());
/// An operation of the text's own year: 今年还开展了专项行动，行动中…
static THIS_YEARS_OPERATION: Re = Re::new(|| {
    Regex::new(r#"(今年|本年|年内)[^。；;]*(行动|战役|会战)[^。；;]*(行动|战役|会战)[”"」]?[，,]?(中|期间)"#).unwrap()
});
static TO_DATE: Re =
    Re::new(|| Regex::new(r"(今年|本年|年初|今年初)(以来|至今)|今年来|目前|截[至止]本月|至今(?:[^年]|$)").unwrap());
/// Every word the eras below start from (a quick test before the particular ones).
static ANY_TIME: Re = Re::new(|| {
    Regex::new(&format!(r"以来|年来|年多来|至今|目前|历年|年间|从警|十[二三四五]五|近[一二两三四五六七八九十\d]+年|连续|行动|战役|去年|上年|上一年|前年|月|半年|季度|天|短短|会战|{N_YEARS_DID}|一年")).unwrap()
});
/// A span of days (5月29日至5月31日, 3月1日-15日): one operation's dates, unless it runs from
/// 1 January (1月1日至6月30日: the year to June).
static DAY_SPAN: Re = Re::new(|| {
    Regex::new(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[-—–~～至到]\s*(?:(\d{1,2})\s*月)?\s*(\d{1,2})\s*日").unwrap()
});
/// An operation being run: 组织开展网络扫毒行动, 部署百城禁毒会战.
static RUN_OPERATION: Re =
    Re::new(|| Regex::new(r"(开展|组织|部署|启动|实施)[^，,。；]{0,14}(行动|会战|战役)").unwrap());
/// A named operation being run: 深化“净边”行动, 开展“两打两控”专项行动, 组织“清源断流”会战.
static NAMED_OPERATION: Re = Re::new(|| {
    Regex::new(
        r#"(深化|开展|组织|部署|启动|实施|推进)[^，,。；“"]{0,6}[“"][^”"]{1,16}[”"](专项)?(行动|会战|战役|攻坚)"#,
    )
    .unwrap()
});
/// Words giving figures the whole year's or the whole area's scope: 全年, 全省共, 累计, 今年以来.
static WHOLE_SCOPE: Re = Re::new(|| Regex::new(r"全年|今年|本年|年内|全[省市县区州旗盟]|共计|累计|总计").unwrap());
/// Since last year (去年以来, 去年至今).
static SINCE_LAST_YEAR: Re = Re::new(|| Regex::new(r"去年(以来|至今)").unwrap());
/// A span from last year or a month of it to now (去年以来, 去年12月以来, 自去年10月份起, 去年11月至今).
static SPAN_FROM_LAST_YEAR: Re = Re::new(|| {
    Regex::new(r"去年\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?)?\s*(?:以来|至今|起)").unwrap()
});
/// A sentence's first words as of a month of this year (截至今年4月, 截止到4月底, 到今年5月).
static AS_OF_MONTH_LEAD: Re = Re::new(|| {
    Regex::new(r"^\s*(?:截至|截止到?|到)\s*(?:今年|本年)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月").unwrap()
});
/// One operation's scope set by a sentence, for the figures after it in its paragraph: a start
/// on a day (自10月9日开展…会战以来, 从10月1日起开展的专项行动, 9月9日起启动…行动), a start of
/// an operation in a month (部署了从3月初开始的专项行动), an operation's own time (“百日行动”开展
/// 以来, 在本次行动中, 此次会战期间).
static CAMPAIGN_SCOPE: Re = Re::new(|| {
    Regex::new(
        r#"(?:[自从]\s*(?:\d{4}\s*年|今年|本年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起|开始)|(?:本月|上月|\d{1,2}\s*月)\s*(?:初|上旬|中旬|下旬|份|起))[^。；;]{0,30}?(?:行动|会战|战役)|从\s*\d{1,2}\s*月(?:初|上旬|中旬|下旬|份)?\s*(?:起|开始)的?[^。；;，,]{0,20}?(?:行动|会战|战役)|(?:行动|会战|战役|攻坚战|攻势)[”"」]?\s*(?:开展|启动|实施|打响)?\s*以来|(?:本次|此次|这次)[^。；;，,]{0,12}?(?:行动|会战|战役|攻势)[”"」]?[，,]?(?:中|期间)?|(?:行动|战役|会战|攻势)[”"」]?[，,]?(?:中|期间)"#,
    )
    .unwrap()
});
/// A start of one operation on a day of a month (从10月1日起开展的专项行动, 自9月9日专项行动开展以
/// 来, 9月9日起启动…会战), but not on 1 January (the year's own start); a day a meeting was held
/// on (3月1日召开的…会议上介绍，2012年，该省组织开展了…行动) is no start.
static DAY_START_OPERATION: Re = Re::new(|| {
    Regex::new(
        r"(?:[自从]\s*(?:\d{4}\s*年|今年|本年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起|开始))[^。；;]{0,30}?(?:开展|启动|部署|组织|实施|打响)[^。；;，,]{0,16}?(?:行动|会战|战役)",
    )
    .unwrap()
});
/// The end markers that may stand before an operation's figures without a time of their own
/// (截至12月10日, 截止到11月30日, 到发稿时为止; not 截至目前, as often the year's to date).
static CAMPAIGN_END_MARK: Re = Re::new(|| {
    Regex::new(r"(?:截[至止]到?|到)\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月(?:底|末|上旬|中旬|下旬)|发稿时?)\s*(?:为止|止)?|到发稿时为止").unwrap()
});
/// An operation's own words (行动, 会战, 此次行动, the name in quotes) in a sentence's lead.
static OPERATION_WORDS: Re = Re::new(|| {
    Regex::new(r#"(?:本次|此次|这次|该)?[“"][^”"]{1,16}[”"](?:专项)?(?:行动|会战|战役|攻势)|(?:本次|此次|这次|该)?(?:专项)?(?:行动|会战|战役|攻势)"#).unwrap()
});

/// Does a text name a start of one operation on a day (see [`DAY_START_OPERATION`]) or at a
/// time of a month ([`MONTH_START_OPERATION`])?
/// (A time of the figures' own after it — 自3月1日起开展…专项行动，全年共破获… — is theirs.)
fn day_start_of_operation(text: &str) -> bool {
    text.contains('月') && (day_start(text) || month_start_of_operation(text))
}

/// [`day_start_of_operation`]'s start on a day ([`DAY_START_OPERATION`]).
fn day_start(text: &str) -> bool {
    text.contains('日')
        && DAY_START_OPERATION.captures_iter(text).any(|c| {
            let num = |i: usize, j: usize| c.get(i).or_else(|| c.get(j)).and_then(|m| m.as_str().parse::<u32>().ok());
            let end = c.get(0).map_or(text.len(), |m| m.end());
            (num(1, 3), num(2, 4)) != (Some(1), Some(1))
                && !own_time_besides_operation(&text[end..])
                && !YEARS_END.is_match(&text[end..])
        })
}

/// A start of one operation at a time of a month (本月初…启动“打零收戒”禁毒行动, 自公安部10月起
/// 部署“百城禁毒”会战以来, 9月中旬开展…专项行动), not in January (the year's own start), with
/// an end marker after it (截至8月17日) or 以来, and no time of the figures' own.
static MONTH_START_OPERATION: Re = Re::new(|| {
    Regex::new(
        r"(?:本月|上月|(\d{1,2})\s*月)\s*(?:初|上旬|中旬|下旬|份|起)\s*(?:起|开始)?[^。；;]{0,30}?(?:开展|启动|部署|组织|实施|打响)[^。；;，,]{0,16}?(?:行动|会战|战役)",
    )
    .unwrap()
});
fn month_start_of_operation(text: &str) -> bool {
    MONTH_START_OPERATION.captures_iter(text).any(|c| {
        let end = c.get(0).map_or(text.len(), |m| m.end());
        let rest = &text[end..];
        let since = rest.trim_start_matches(['”', '"', '」']).strip_prefix("以来");
        let rest = since.unwrap_or(rest);
        c.get(1).is_none_or(|m| m.as_str() != "1")
            && (since.is_some() || CAMPAIGN_END_MARK.is_match(rest))
            && !own_time_besides_operation(rest)
            && !YEARS_END.is_match(rest)
    })
}

/// Persons ordered into community rehab (责令社区戒毒、社区康复…人) are orders made over a time,
/// not the day's standing of those under it.
fn ordered_into_community(text: &str, f: crate::model::Field) -> bool {
    f == crate::model::Field::CommunityCases && text.contains("责令")
}

/// Does a sentence set one operation's scope (see [`CAMPAIGN_SCOPE`]) that stands for no span
/// of the year (its words up to the scope read as no year's time: 今年开展…行动以来 is the year
/// to date)?
fn sets_campaign(when: &Dating<'_>, text: &str) -> bool {
    // (most sentences name no operation: a byte search rules them out, its searchers built once)
    static WORDS: [super::re::Word; 4] = [
        super::re::Word::new("行动"),
        super::re::Word::new("会战"),
        super::re::Word::new("战役"),
        super::re::Word::new("攻势"),
    ];
    if !WORDS.iter().any(|w| w.find(text).is_some()) {
        return false;
    }
    CAMPAIGN_SCOPE.find_iter(text).any(|m| {
        // (a start at a time of a month, 9月中旬…开展…专项行动, sets it too: the end marker after it
        // is the carrying sentence's)
        let month_start = || {
            MONTH_START_OPERATION.captures_iter(&text[..m.end()]).any(|c| c.get(1).is_none_or(|x| x.as_str() != "1"))
        };
        // (the month's start with no end marker after it sets the scope too, so the looser test
        // stands for `month_start_of_operation` here)
        let day_start = text[..m.end()].contains('月') && (day_start(&text[..m.end()]) || month_start());
        // (…or a month's start of an operation, 部署了从3月初开始的专项行动: one operation's months)
        day_start || m.as_str().starts_with('从') || when.era_of(&text[..m.end()]) == Era::Other
    })
}

/// Does a sentence's lead carry an operation's scope set before it in the paragraph: no time of
/// its own but an end marker (截至12月10日，全区共破获…; 到发稿时为止，…) or the operation's own
/// words (行动共查处…, 此次行动中…)?
/// (A sentence with neither — 全县共破获毒品刑事案件18起 after 在行动中破获…5起 — may give the
/// year's total: it is not carried.)
/// (As of the year's end — 截至12月31日, 截至12月底 — a total is the year's, whatever operation
/// ran in it.)
fn carries_campaign(prefix: &str) -> bool {
    (CAMPAIGN_END_MARK.is_match(prefix) || CAMPAIGN_ANAPHOR.is_match(prefix))
        && !own_time_besides_operation(prefix)
        && !YEARS_END.is_match(prefix)
}

/// An operation's results announced before a colon (通报“百城禁毒会战”贵州省战果：截至12月上旬，
/// 全省…; 公布“净边”专项行动成果：…): the figures after it are the operation's, unless they name a
/// time of their own besides its end marker.
static OPERATIONS_RESULTS: Re = Re::new(|| {
    Regex::new(r#"(?:行动|会战|战役|攻势|攻坚战)[”"」]?[^。；;，,：:]{0,10}?(?:战果|成果|战绩)\s*[：:]"#).unwrap()
});
fn operations_results(prefix: &str) -> bool {
    // (cheap test first: the colon)
    prefix.contains(['：', ':'])
        && OPERATIONS_RESULTS.find(prefix).is_some_and(|m| {
            let rest = &prefix[m.end()..];
            !own_time_besides_operation(rest) && !YEARS_END.is_match(rest)
        })
}

/// The year's end as a date (12月31日, 12月底, 12月末, 年底, 年末).
static YEARS_END: Re = Re::new(|| Regex::new(r"12\s*月\s*(?:31\s*日|底|末)|年底|年末").unwrap());

/// Does a text name a time of its own, besides an operation's end marker and words (截至12月10日,
/// 行动, 此次会战) and its length (截至9月25日，我市警方6个月共破获…)? Then it closes an
/// operation's scope.
fn own_time_besides_operation(text: &str) -> bool {
    let rest = CAMPAIGN_END_MARK.replace_all(text, "");
    let rest = OPERATION_WORDS.replace_all(&rest, "");
    let rest = if rest.contains("个") { MONTHS_SPAN.replace_all(&rest, "") } else { rest };
    ANY_TIME.is_match(&rest) || THIS_YEAR_WORD.is_match(&rest) || rest.contains("同期")
}

/// A day an event happened on (3月16日晚, 2月4日上午, 5月3日): not the end of a count (截至3月16日,
/// 到3月16日) nor a span's start or end (3月1日起, 3月1日至, 3月16日以来, 3月16日前).
static DAYS_EVENT: Re = Re::new(|| {
    Regex::new(r"(?:^|[^截止至到自从\d])\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚|早上|凌晨|中午|深夜|夜间|许)?(?:[，,、\s]|$)").unwrap()
});

/// Does `prefix` name no time but days events happened on (3月16日晚，他们…将肖某抓获，又抓获)?
/// `timed` tells whether a text names a time.
fn only_days_events(prefix: &str, timed: impl Fn(&str) -> bool) -> bool {
    DAYS_EVENT.is_match(prefix) && !timed(&DAYS_EVENT.replace_all(prefix, "，"))
}

/// A sentence opening on the operation or its time as its subject (行动共查处…, 此次会战中…, 同时，
/// 共责令…, 其间…), after an attribution or not (据了解，行动破获…).
static CAMPAIGN_ANAPHOR: Re = Re::new(|| {
    Regex::new(r#"^\s*(?:(?:据统计|据了解|据悉|据介绍|经统计)[，,]?\s*)?(?:(?:本次|此次|这次|该)?(?:专项)?(?:行动|会战|战役|攻势)|同时|与此同时|其间|期间)"#).unwrap()
});

/// A running total to now (至今，社工走访帮助…人次，尿检服务累计…次): a sentence opening on a bare
/// 至今 (not 今年至今, 年初至今) with its figures counted 累计 runs from a start before it — a
/// service's, a station's — over more than the year.
/// (The first clause ends on 至今 — a caption before it, 禁毒社工服务(3)至今, is none of it —
/// with no year, month or day before it: 2019年至今, 年初至今, 3月至今 are spans of their own.)
fn running_total_to_now(text: &str) -> bool {
    let lead = text.split(['，', ',', '；', ';']).next().unwrap_or("").trim_end();
    lead.strip_suffix("至今").is_some_and(|b| !b.ends_with(['年', '初', '月', '日', '今', '底', '末']))
        && text.contains("累计")
}

/// A sentence opening on an example of another place (如上海市…, 又如广西…, 再如贵州省…初步查出全
/// 省在册吸毒人员5万余人): its figures are that place's, a part of the text's whole.
fn example_of_a_place(text: &str) -> bool {
    let t = text.trim_start();
    let Some(rest) = ["又如", "再如", "比如", "例如", "譬如", "如"].iter().find_map(|w| t.strip_prefix(w))
    else {
        return false;
    };
    // (如今, 如果, 如期, 如实, 如下, 如此, 如同, 如上所述… are words, not an example; 如上海市… is one)
    if t.starts_with('如')
        && (rest.starts_with(['今', '果', '期', '实', '何', '此', '下', '同', '若'])
            || ["上所", "上述", "上文", "上表"].iter().any(|w| rest.starts_with(w)))
    {
        return false;
    }
    let rest = rest.trim_start_matches(['，', ',', '：', ':', ' ']);
    let g = super::regions::Gazetteer::global();
    g.leading_place(rest).is_some() || g.find_province(super::text::head(rest, 12)).is_some()
}

/// A few days' work: 三天时间, 10天内, 短短一周.
static FEW_DAYS: Re = Re::new(|| {
    Regex::new(r"[一二两三四五六七八九十\d]+\s*(天|日)(时间|内|之内|里|间)|短短[^，,]{0,4}(天|周)").unwrap()
});
/// A month of this year from which a figure runs: 6月以来, 3月份以来, 5月10日以来 (or from which
/// a campaign counts: 自今年4月起, 从5月份开始).
static MONTH_SINCE: Re =
    Re::new(|| Regex::new(r"(?:^|[^\d年]|今年)(\d{1,2})\s*月份?(?:\s*\d{1,2}\s*日)?(?:份)?(?:以来|起|开始)").unwrap());
/// From a month of last year on (去年10月至今, 去年11月以来, 去年12月至今年3月), or from its start
/// (自去年年初至今年9月, 去年初至今).
static LAST_YEAR_SPAN: Re = Re::new(|| {
    Regex::new(r"去年\s*(?:\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?(?:底|末|初)?\s*(?:以来|至|到)|(?:年初|初)\s*(?:至|到))")
        .unwrap()
});
/// Since a year's start: 2022年以来, 2019年至今.
/// This year's own words for its time so far (今年以来, 本年以来, 年初以来, 今年来, 开年以来,
/// 新年以来, 元旦以来): the year the text is written in, not 目前 or 至今, which a level or a span
/// may take.
static THIS_YEAR_SO_FAR: Re =
    Re::new(|| Regex::new(r"(?:今年|本年|年初|今年初)(?:以来|至今)|今年来|(?:开年|新年|元旦)以来").unwrap());
static YEAR_SINCE: Re = Re::new(|| Regex::new(r"(20[0-4]\d)\s*年\s*(?:以来|至今)").unwrap());
/// Since a month of a named year: 2021年6月至今, 2021年3月份以来, 2020年5月10日以来.
static YEAR_MONTH_SINCE: Re =
    Re::new(|| Regex::new(r"(20[0-4]\d)\s*年\s*(\d{1,2})\s*月份?(?:\s*\d{1,2}\s*日)?(?:份)?\s*(?:以来|至今)").unwrap());
/// A span of years opening a sentence (2016年至2020年，…; 2019-2021年，…).
static YEAR_SPAN: Re = Re::new(|| Regex::new(r"20[0-4]\d\s*年?\s*[-—–~～至到]\s*20[0-4]\d").unwrap());
/// A sentence opening on "during it" (其间, 期间, 在此期间, 这一期间) or "in the same time" (同期
/// with no year before it: 1-7月，…。同期开展尿检…): its time is the one the sentence before named.
/// (与此同时 / 同一时期 / 同时期 opening it are 同期 in other words)
static DURING_IT: Re =
    Re::new(|| Regex::new(r"^\s*(在?(此|这一?)期间|其间|期间|同期|同一时期|同时期|与此同时)[，,：:]?").unwrap());
/// Months running from one year into the next (2014年10月至2015年3月): no year's value.
static CROSS_YEAR: Re = Re::new(|| {
    Regex::new(r"(20[0-4]\d)\s*年\s*\d{1,2}\s*月份?\s*(?:\d{1,2}\s*日)?\s*[-—–~～至到]\s*(?:今\s*)?(20[0-4]\d)\s*年")
        .unwrap()
});
static YEAR_TOTAL: Re = Re::new(|| Regex::new(r"(全年|今年|本年|年内|年度)(共|累计|共计)?累计").unwrap());
static PRIOR_YEAR: Re = Re::new(|| Regex::new(r"去年|上年|上一年|前年").unwrap());
static THIS_YEAR: Re = Re::new(|| Regex::new(r"今年|本年|比|较|与|相比|同比").unwrap());
/// A news dateline by month and day: 济南6月18日电, 6月18日讯.
/// A headline of a year's results (取得…成效, 亮点纷呈, 成绩单, 回眸, 盘点).
static RESULTS_HEADLINE: Re =
    Re::new(|| Regex::new(r"成效|成绩|亮点|成果|战果|取得|回眸|回顾|盘点|交出|答卷").unwrap());
/// A headline of a year's plans (部署, 计划, 要点): written at its start.
static PLAN_HEADLINE: Re = Re::new(|| Regex::new(r"部署|计划|要点|安排|动员|启动|思路|目标").unwrap());
/// (the month and day in figures or in numerals: 中新社北京十二月二十五日电)
static MD_DATELINE: Re = Re::new(|| {
    let md = super::number::MONTH_OR_DAY;
    Regex::new(&format!(r"(?:^|[^\d年〇零一二三四五六七八九十])({md})月{md}日(?:电|讯)")).unwrap()
});
static NAMED_YEAR: Re = Re::new(|| Regex::new(r"(20[0-4]\d)\s*年").unwrap());
/// As of a year's end: 截至2014年年底, 截至2015年底, 截至2012年末, 截至2016年12月31日 (group: the year).
static AS_OF_YEAR_END: Re =
    Re::new(|| Regex::new(r"截至\s*(20[0-4]\d)\s*年\s*(?:年底|年末|底|末|12\s*月\s*(?:31\s*日|底|末))").unwrap());

/// The month of a captured month and day (group 1), when it is one.
fn month_of(c: regex::Captures) -> Option<u32> {
    month_number(&c[1]).filter(|m| (1..=12).contains(m))
}
/// A paragraph's first clause ending on the day of what it reports (6月26日上午，…; 本报讯 3月5日，),
/// not a full date (2021年3月5日).
static OPENING_DAY: Re = Re::new(|| {
    Regex::new(r"(?:^|[^\d年月])(\d{1,2})\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚|早上|凌晨)?\s*[，,]$").unwrap()
});
/// A cited title in book-title marks (《2022年中国毒情形势报告》).
static BOOK_TITLE: Re = Re::new(|| Regex::new(r"《[^《》]{0,60}》").unwrap());
/// A report cited by its name with no book-title marks, and what it says (2023年全国禁毒工作
/// 报告显示, 2022年中国毒情形势报告指出): (the report's word, the verb).
static CITED_REPORT: Re =
    Re::new(|| Regex::new(r"20[0-4]\d\s*年[^，,。；;：:\d]{0,24}?(报告|白皮书|公报)(显示|指出|称|表明|披露)").unwrap());
/// A sentence's opening clause that only attributes what follows (据介绍, 记者从会上获悉,
/// 统计显示, 某某表示), or says from which side it is seen (从占全国比重来看, 从数据上看, 从近三年数据看,
/// 就全省而言).
static ATTRIBUTION: Re = Re::new(|| {
    Regex::new(
        r"(获悉|据悉|介绍|了解到?|显示|表示|透露|通报|统计|指出|披露|公布|说|称|来看|上看|而言|来说)\s*[:：]?\s*$|^\s*从[^，,]{0,12}看\s*$",
    )
    .unwrap()
});
/// A clause of last year's or a named year's time standing first (去年, 上年, 2022年, 2022年度,
/// 2022年全年, 2022年全省…).
static PRIOR_LEAD: Re =
    Re::new(|| Regex::new(r"^[^，,比较与于同和由从]{0,6}?(去年|上年|上一年|20[0-4]\d\s*年度?)").unwrap());
/// A short subject, then last year (全市去年, 福州去年, 我县上年): the clause's time.
static SUBJECT_LAST_YEAR: Re =
    Re::new(|| Regex::new(r"^[^，,比较与于同和由从]{0,6}?(去年|上年)[^同底末初以至]").unwrap());
/// Words of a part of a year, its end or a span from it.
static PART_OF_PRIOR: Re =
    Re::new(|| Regex::new(r"同期|以来|至今|底|末|初|半年|季度|前[一二三四五六七八九十\d]+个?月|\d\s*月").unwrap());

/// The last clause of a sentence's words before its figure that opens on a time of its own
/// (…获悉，2022年，江西省破获… → 2022年; 据介绍，去年全省… → 去年全省).
fn time_clause(prefix: &str) -> Option<&str> {
    let mut at = None;
    for (i, _) in prefix.match_indices(['，', ',']) {
        let rest = prefix[i..].trim_start_matches(['，', ',']).trim_start();
        if PRIOR_LEAD.is_match(rest) || rest.starts_with("今年") || rest.starts_with("本年") {
            at = Some(rest);
        }
    }
    let rest = at?;
    Some(rest.split(['，', ',']).next().unwrap_or(rest))
}
/// A part of the year: a range of months (1至5月), a half or quarter, or the year to a month
/// (截至11月底, 截至2021年9月20日: groups year, month, day).
/// A count of months as a span (五个月, 三个多月来, 近5个月), not the year's first months (前五个月,
/// 今年五个月) nor a rate (每个月).
/// The months from January a title names as its time (某县1-11月禁毒工作总结, 1至8月工作情况通报,
/// 一至十月): the part of the year the whole text covers. None for a span not from January, or
/// for the whole year (1-12月).
fn title_months(title: &str) -> Option<(u32, u32)> {
    // (cheap test first: a month's word)
    if !title.contains('月') {
        return None;
    }
    let c = TITLE_MONTHS.captures(title)?;
    let end = c[1].parse::<u32>().ok().or_else(|| month_number(&c[1]))?;
    (2..=11).contains(&end).then_some((1, end))
}
static TITLE_MONTHS: Re = Re::new(|| {
    Regex::new(r"(?:^|[^\d一二三四五六七八九十])(?:1|一)\s*(?:月份?)?\s*[-—–~～至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月").unwrap()
});

static MONTHS_SPAN: Re = Re::new(|| {
    Regex::new(r"(?:^|[^前头今每第\d一二三四五六七八九十两])(?:近|最近)?[一二三四五六七八九十两\d]{1,2}\s*个多?月")
        .unwrap()
});
static MONTHS: Re = Re::new(|| {
    Regex::new(r"(?:^|[^\d])(\d{1,2})\s*(?:月份?)?\s*[-—–~～至到]\s*(\d{1,2})\s*月|上半年|下半年|前三个?季度|(?:第)?([一二三四1-4])季度|截[至止]到?\s*(?:今年|(20[0-4]\d)\s*年)?\s*(\d{1,2})\s*月(?:份)?\s*(?:底|末|[上中下]旬|(\d{1,2})\s*日)?|(?:前|头)\s*([一二三四五六七八九十两\d]{1,3})\s*个\s*月|(?:^|[^\d一二三四五六七八九十第])([一二三四五六七八九十]{1,2})\s*(?:月份?)?\s*[至到]\s*([一二三四五六七八九十]{1,3})\s*月").unwrap()
});

impl<'a> Dating<'a> {
    /// `year`: the fiscal year the segmenter read, when it has (else read here when needed).
    pub fn of(paras: &'a [Para], kind: Kind, year: Option<Option<i32>>) -> Dating<'a> {
        let ti = paras.iter().position(|p| super::text::looks_like_title(&p.text)).unwrap_or(0);
        let title = if paras.is_empty() { String::new() } else { super::segment::title_block(paras, ti) };
        // (a page without a title lends its first sentence as one: a sentence sets no period)
        let sentence = title.contains('。') || title.chars().count() > 40 && title.contains(['，', ',']);
        let default = if sentence {
            None
        } else if title.contains("上半年") {
            Some((1, 6))
        } else if title.contains("前三季度") {
            Some((1, 9))
        } else if title.contains("一季度") {
            Some((1, 3))
        } else {
            title_months(&title)
        };
        Dating {
            paras,
            title,
            default,
            lent: sentence,
            kind,
            year,
            body: Default::default(),
            known: Default::default(),
            next: Default::default(),
        }
    }

    /// The segment's text, its paragraphs joined by line breaks (made once).
    fn body(&self) -> &str {
        self.body.get_or_init(|| self.paras.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n"))
    }

    fn known(&self) -> (Option<i32>, Option<(i32, u32, u32)>) {
        *self.known.get_or_init(|| {
            let body = self.body();
            let year = self.year.unwrap_or_else(|| super::segment::fiscal_year(&self.title, body, self.kind));
            (year, super::segment::article_date(body))
        })
    }

    /// The record's own county and city, as the segmenter reads them.
    pub fn place(&self) -> (String, String) {
        let body = self.body();
        let id = super::segment::identify(&self.title, body, body, super::regions::Gazetteer::global());
        (id.county, id.city)
    }

    /// The fiscal year, as the segmenter reads it.
    pub fn year(&self) -> Option<i32> {
        self.known().0
    }

    /// Does a summary's sentence open on a span of years (2016年至2020年) ending at the record's
    /// year?
    fn span_ends_at_year(&self, s: &super::sentence::Sentence) -> bool {
        if self.kind != Kind::Summary || !s.text.contains(['至', '到', '-', '—', '–', '~', '～']) {
            return false;
        }
        let Some(m) = YEAR_SPAN.find(s.text) else { return false };
        let end = &m.as_str()[m.as_str().len() - 4..];
        end.parse::<i32>().ok().is_some_and(|e| Some(e) == self.year())
    }

    fn part(&self, (a, b): (u32, u32)) -> Era {
        match self.known().0 {
            Some(y) if (a, b) != (1, 12) && a >= 1 && b <= 12 && a <= b => Era::Part(format!("{y}-{a:02}..{y}-{b:02}")),
            _ => Era::Year,
        }
    }

    /// The month of a news dateline naming no year (中新网济南6月18日电, 本报讯 3月5日).
    fn dateline_month(&self) -> Option<u32> {
        self.paras.iter().take(6).find_map(|p| MD_DATELINE.captures(&p.text).and_then(month_of))
    }

    /// The month of the day a news item's first paragraph opens on (6月26日上午，市禁毒委召开…;
    /// 本报讯 3月5日，…): when it was written.
    fn opening_month(&self) -> Option<u32> {
        // (a paragraph's words up to its first comma, when no sentence ended before it: the title
        // a paragraph may hold joined to it, then the day)
        self.paras.iter().take(6).find_map(|p| {
            let i = p.text.find(['，', ','])?;
            let head = &p.text[..i + p.text[i..].chars().next().map_or(0, char::len_utf8)];
            (head.contains('月') && !head.contains('。'))
                .then(|| OPENING_DAY.captures(head))
                .flatten()
                .and_then(month_of)
        })
    }

    /// The year so far, to the article's date (its month, or the month before early in one).
    fn to_date(&self) -> Era {
        match self.known() {
            (Some(y), Some((dy, dm, dd))) if y == dy => {
                let end = if dd <= 10 && dm > 1 { dm - 1 } else { dm };
                self.part((1, end))
            }
            // a news item dated by its dateline's month and day only (本报阳泉6月12日讯), or by the
            // day its first paragraph opens on (6月26日上午，…): the year so far is to that month
            (Some(_), None) => match self.dateline_month().or_else(|| self.opening_month()) {
                Some(m) => self.part((1, m)),
                None => Era::Year,
            },
            _ => Era::Year,
        }
    }

    /// The year after the record's, when the article is dated in it, and the month its figures
    /// so far run to (its month, or the month before early in one): a summary of 2023 published
    /// on 2024-02-22 tells 今年以来's figures of 2024 to February. None for an evaluation, an
    /// undated text, or one dated in its record's own year.
    /// (Only when the text itself tells the two years apart — it calls the record's year past,
    /// 去年 / 上年 / 过去一年 / 一年来, or names the new one, a 2024年 work meeting's headline or a
    /// sentence of 2024年: a summary titled 2023年…总结 and put online in January 2024 speaks of
    /// 2023 as 今年.)
    fn next_year(&self) -> Option<(i32, u32)> {
        *self.next.get_or_init(|| self.find_next_year())
    }

    fn find_next_year(&self) -> Option<(i32, u32)> {
        let (Some(y), Some((dy, dm, dd))) = self.known() else { return None };
        if self.kind != Kind::Summary || dy != y + 1 {
            return None;
        }
        let body = self.body();
        let new_year = format!("{dy}年");
        let told_apart = ["去年", "上年", "过去一年", "过去的一年", "一年来"].iter().any(|w| body.contains(w))
            || !self.lent && self.title.contains(&new_year)
            || body.lines().any(|l| l.contains(&new_year) && l.contains(['，', ',']));
        told_apart.then_some((dy, if dd <= 10 && dm > 1 { dm - 1 } else { dm }))
    }

    /// Months `(a, b)` of the year after the record's (see `next_year`): a part of that year, to
    /// the article's month at most — no value of the record's year (`Other` past it).
    fn next_part(&self, (a, b): (u32, u32)) -> Option<Era> {
        let (ny, to) = self.next_year()?;
        Some(if (1..=b).contains(&a) && b <= to { Era::Part(format!("{ny}-{a:02}..{ny}-{b:02}")) } else { Era::Other })
    }

    /// Does a summary's clause of last year (去年, 上年, 2022年 in 2023's text) give the whole of
    /// that year — not its part (去年同期, 去年上半年, 2022年1至5月), its end (去年底) or a span
    /// from it (去年以来, 2022年至今)?
    fn whole_prior(&self, lead: &str, prefix: &str) -> bool {
        self.kind == Kind::Summary
            && !PART_OF_PRIOR.is_match(prefix)
            && !MONTHS.is_match(prefix)
            && PRIOR_LEAD.is_match(lead.trim_start())
    }

    /// Is the text a headline of `year`'s results (2021年甘肃禁毒工作取得重大成效, 2021年某县禁毒
    /// 工作亮点纷呈) under a dateline of January or February naming no year (1月7日讯), with no
    /// year after the next named and no figure of 今年? Then it was written early the next year,
    /// and its 去年 is `year` itself.
    fn results_headline_early_next_year(&self, year: i32) -> bool {
        if self.lent || !RESULTS_HEADLINE.is_match(&self.title) || PLAN_HEADLINE.is_match(&self.title) {
            return false;
        }
        let named_in_title: Vec<i32> =
            NAMED_YEAR.captures_iter(&self.title).filter_map(|c| c[1].parse::<i32>().ok()).collect();
        if named_in_title.is_empty() || named_in_title.iter().any(|&n| n != year) {
            return false;
        }
        let body = self.body();
        self.dateline_month().or_else(|| self.opening_month()).is_some_and(|m| m <= 2)
            && NAMED_YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).all(|n| n <= year + 1)
            && !super::segment::figures_of_this_year(body)
    }

    /// Does an undated text name `year` in its body (not its title: 2021年禁毒工作总结 makes 去年
    /// 2020) and no later one, and give no figure of 今年?
    fn looks_back_on(&self, year: i32) -> bool {
        if !self.lent && NAMED_YEAR.is_match(&self.title) {
            return false;
        }
        let body = self.body();
        // (a year opening a span to now, 2018年以来, is the present's, not one looked back on)
        let looked_back = |c: &regex::Captures| {
            let rest = body[c.get(0).map_or(0, |m| m.end())..].trim_start();
            !["以来", "至今", "迄今", "来"].iter().any(|w| rest.starts_with(w))
        };
        let named: Vec<i32> = NAMED_YEAR.captures_iter(body).filter_map(|c| c[1].parse().ok()).collect();
        named.iter().all(|&n| n <= year)
            && NAMED_YEAR.captures_iter(body).any(|c| looked_back(&c) && c[1].parse::<i32>().ok() == Some(year))
            && !super::segment::figures_of_this_year(body)
    }

    /// The words of a sentence before its first figure (an ordinal, 第29个, is none, nor a count
    /// of months, 前5个月).
    fn prefix<'s>(&self, s: &super::sentence::Sentence<'s>) -> &'s str {
        let first = s
            .nums
            .iter()
            .find(|n| {
                n.unit != super::number::Unit::None
                    && !s.text[..n.start].ends_with('第')
                    && !s.text[n.num_end..].trim_start().starts_with("个月")
            })
            .map_or(s.text.len(), |n| n.start);
        &s.text[..first]
    }

    /// Does the text name no year of its own: no year in its title, and neither this year's
    /// (今年, 本年, 全年, 年内, 年度) nor last year's (去年, 上年) words in its body?
    /// Is the text written the year after the year it evaluates, as its date says, naming that
    /// year nowhere (a self-evaluation of 上年度 signed 2024年3月)? Its 上年度 is that year.
    fn calls_its_year_last(&self) -> bool {
        let title = if self.lent { "" } else { self.title.as_str() };
        // (…or signed by a month alone, its own paragraph: 2024年4月 under the text's last)
        let signed = || self.paras.last().and_then(|p| super::segment::month_line(&p.text)).map(|(y, _)| y);
        match (self.known().0, self.known().1.map(|d| d.0).or_else(signed)) {
            (Some(fy), Some(y)) if y == fy + 1 => {
                !NAMED_YEAR.is_match(title) && !self.body().contains(&format!("{fy}年"))
            }
            _ => false,
        }
    }

    fn names_no_year(&self) -> bool {
        let title = if self.lent { "" } else { self.title.as_str() };
        !NAMED_YEAR.is_match(title) && !OWN_YEAR_WORDS.is_match(self.body())
    }

    /// Is the text written at a year's end, so that its 一年来 is the year under review (a text
    /// dated from November to March; an undated one titled as a year's — 2021年度禁毒工作总结,
    /// 2023年禁毒工作回顾 — or opening on its year as the time of all it tells: 2024年，某县…)?
    fn at_years_end(&self) -> bool {
        match self.known() {
            // (…of the record's own year: its last two months; of the year after: its first three.
            // A page of March on 今年以来 tells of the record's year begun, not of one ending)
            (Some(fy), Some((y, m, _))) if y == fy => m >= 11,
            (Some(fy), Some((y, m, _))) if y == fy + 1 => m <= 3,
            (_, Some((_, m, _))) => !(4..=10).contains(&m),
            (_, None) => {
                ["总结", "年度", "回顾", "盘点"].iter().any(|w| self.title.contains(w))
                    || YEAR_OPENS.is_match(&self.title)
            }
        }
    }

    /// The era of a sentence's figures, read from the words before its first figure.
    /// (An ordinal is no figure: 在第29个国际禁毒日到来之际，…过去一年来，全国共破获… is read
    /// from the words before 11.3万起, not before 29个.)
    pub fn era(&self, s: &super::sentence::Sentence) -> Era {
        self.era_of(self.prefix(s))
    }

    /// The era of figures written after `prefix`, the words that open their sentence.
    fn era_of(&self, prefix: &str) -> Era {
        // a time adverbial standing as the sentence's first clause (去年全年，… / 2022年，…)
        // (or a year opening it with no comma: 2019年全市破获…)
        // (a year's part of a total, 其中2023年…, is read from its year)
        // (…after a comma too: 其中，2023年…)
        let prefix = match prefix.strip_prefix("其中").map(|r| r.trim_start_matches(['，', ',', '：', ':', ' '])) {
            Some(rest) if rest.starts_with("20") => rest,
            _ => prefix,
        };
        // (a year in a cited title, 《2019年中国毒品形势报告》显示…, is no time of the sentence;
        // nor when the title has no book-title marks: 2023年全国禁毒工作报告显示，…)
        let untitled;
        let prefix = if prefix.contains('《') {
            untitled = BOOK_TITLE.replace_all(prefix, "《》");
            &*untitled
        } else if ["报告", "白皮书", "公报"].iter().any(|w| prefix.contains(w)) {
            untitled = CITED_REPORT.replace_all(prefix, "$1$2");
            &*untitled
        } else {
            prefix
        };
        let lead = match prefix.find(['，', ',']) {
            Some(i) => &prefix[..i],
            None if prefix.starts_with("20") => {
                NAMED_YEAR.find(prefix).filter(|m| m.start() == 0).map_or("", |m| m.as_str())
            }
            None => "",
        };
        // a time clause after an opening of attribution (据介绍，2022年，全省…; 记者获悉，去年，…)
        // is the sentence's time as if it opened it
        let lead = if self.kind == Kind::Summary && ATTRIBUTION.is_match(lead) {
            time_clause(prefix).unwrap_or(lead)
        } else {
            lead
        };
        // an evaluation's sentence opening on last year with no comma before its figure (去年全县
        // 破获毒品刑事案件12起, 上年查处吸毒人员19人次): last year's, none of the evaluated year's
        // (a summary makes last year's record of it, below; not 去年同期, 去年底, 去年以来; nor in an
        // evaluation of 上年度 itself — 对上年度禁毒工作经费项目开展了绩效自评, signed the next year —
        // whose own year's number the text never states)
        if self.kind != Kind::Summary && lead.is_empty() {
            let rest = ["上一年", "上年度", "去年", "上年"].iter().find_map(|w| prefix.trim_start().strip_prefix(w));
            if rest.is_some_and(|r| {
                !["以来", "至今", "同期", "底", "末", "初", "年底", "年末", "年初"].iter().any(|w| r.starts_with(w))
                    && !r.starts_with(|c: char| c.is_ascii_digit())
            }) && self.year().is_some_and(|y| {
                let named = format!("{y}年");
                self.title.contains(&named) || self.body().contains(&named)
            }) {
                return Era::Other;
            }
        }
        // a subject, then last year, in the figure's own clause (全市去年查处…, 福州去年共破获…)
        let own = prefix.rsplit(['，', ',']).next().unwrap_or(prefix);
        let lead = if self.kind == Kind::Summary
            && (lead.is_empty() || !ANY_TIME.is_match(lead))
            && SUBJECT_LAST_YEAR.is_match(own)
        {
            own
        } else {
            lead
        };
        // …or a year opening the figure's own clause after clauses that name no time (全区新增吸毒
        // 人员逐年下降，2019年新增吸毒人员39人): the figure's time, as if it opened the sentence
        let own = own.trim_start();
        let lead = if self.kind == Kind::Summary
            && own.len() < prefix.len()
            && own.starts_with("20")
            && NAMED_YEAR.find(own).is_some_and(|m| m.start() == 0)
            && !ANY_TIME.is_match(lead)
            && !NAMED_YEAR.is_match(&prefix[..prefix.len() - own.len()])
        {
            own
        } else {
            lead
        };
        // most sentences say nothing of time: one search rules them out
        let named_year = self.kind == Kind::Summary && NAMED_YEAR.is_match(lead);
        // a span of years standing as the first clause: several years' total
        if named_year && YEAR_SPAN.is_match(lead) {
            return Era::Other;
        }
        // …or the last years named before the figures (会议数据显示，2011年至2014年，全市共…)
        if self.kind == Kind::Summary && prefix.contains(['至', '到', '-', '—', '–', '~', '～']) {
            if let Some(m) = YEAR_SPAN.find_iter(prefix).last() {
                if !NAMED_YEAR.is_match(&prefix[m.end()..]) {
                    return Era::Other;
                }
            }
        }
        if !named_year && !ANY_TIME.is_match(prefix) {
            return match self.default {
                Some(r) => self.part(r),
                None => Era::Year,
            };
        }
        if CROSS_YEAR.captures(prefix).is_some_and(|c| c[1] != c[2]) {
            return Era::Other;
        }
        if let Some(c) = DAY_SPAN.captures(prefix) {
            let num = |i: usize| c.get(i).and_then(|x| x.as_str().parse::<u32>().ok());
            let from = (num(1).unwrap_or(0), num(2).unwrap_or(0));
            let to_month = num(3).unwrap_or(from.0);
            return match (from, to_month, num(4)) {
                ((1, 1), 12, Some(31)) => Era::Year,
                ((1, 1), m, Some(_)) => self.part((1, m)),
                _ => Era::Other,
            };
        }
        if FEW_DAYS.is_match(prefix) {
            return Era::Other;
        }
        // since the start of the year the text is dated in (2022年以来 in a page of June 2022):
        // the year so far, as 今年以来
        if prefix.contains("以来") || prefix.contains("至今") {
            if let Some(c) = YEAR_SINCE.captures_iter(prefix).last() {
                let named = c[1].parse::<i32>().ok();
                if let (Some(y), Some((dy, dm, _))) = self.known() {
                    if named == Some(y) && dy == y {
                        return self.to_date();
                    }
                    // (in a release of the next January or February, 2023年以来 is the year 2023's
                    // account, as 去年以来 is)
                    if named == Some(y) && dy == y + 1 && dm <= 2 {
                        return Era::Year;
                    }
                    // (…and the next year's own, 2024年以来 in a page of 2024 whose record is 2023's
                    // review: that year so far, a record of its own)
                    if named == Some(y + 1) && dy == y + 1 {
                        if let Some((_, to)) = self.next_year() {
                            return self.next_part((1, to)).unwrap_or(Era::Other);
                        }
                    }
                }
                // a news item dated by its dateline's month and day only (中新网济南6月18日电; or by
                // the day its first paragraph opens on, 本报讯 12月10日，) on 2024年以来 when the
                // record's year is 2024: that year to that month
                if let (Some(y), None) = self.known() {
                    if named == Some(y) {
                        if let Some(m) = self.dateline_month().or_else(|| self.opening_month()) {
                            return self.part((1, m));
                        }
                    }
                }
                // since a year before the record's (2022年至今 in a text of 2023): across years, not
                // this year so far (至今 alone would read so); a span to a month of this year
                // (自2009年至今年5月底) is read below
                let to_this_year = c.get(0).is_some_and(|m| prefix[m.end()..].starts_with('年'));
                if let (Some(n), Some(y), false) = (named, self.known().0, to_this_year) {
                    if n < y {
                        return Era::Other;
                    }
                }
            }
        }
        // since a month of a named year (2021年6月至今, 2021年3月以来): the rest of that year
        // when the text is dated in it; from January, the year so far; else no year's value
        if prefix.contains("至今") || prefix.contains("以来") {
            if let Some(c) = YEAR_MONTH_SINCE.captures_iter(prefix).last() {
                let from: u32 = c[2].parse().unwrap_or(0);
                return match (self.known(), c[1].parse::<i32>().ok()) {
                    ((Some(y), date), Some(fy)) if fy == y && date.is_none_or(|d| d.0 == y) => match date {
                        _ if from == 1 => self.to_date(),
                        Some((_, dm, _)) if (2..=dm).contains(&from) => self.part((from, dm)),
                        _ => Era::Other,
                    },
                    _ => Era::Other,
                };
            }
        }
        // from a month of last year to now (去年10月至今, 去年11月至今年3月): across two years
        if prefix.contains("去年") && LAST_YEAR_SPAN.is_match(prefix) {
            return Era::Other;
        }
        // (去年至今 is no year's to-date: it runs from last year, read below with 去年以来)
        if TO_DATE.is_match(prefix) && !SINCE_LAST_YEAR.is_match(prefix) {
            // (this year's own words so far — 今年以来, 年初以来 — in a page dated the year after
            // the record's, a review of last year with the new year's first figures beside it: the
            // new year's to date, a record of its own; 目前's levels stay the review's)
            if THIS_YEAR_SO_FAR.is_match(prefix) {
                if let Some((_, to)) = self.next_year() {
                    return self.next_part((1, to)).unwrap_or(Era::Other);
                }
            }
            return self.to_date();
        }
        // 6月以来 in the year's own text: from that month to the article's date (or the year's end)
        // (not a span's start with its end after it: 1月起至6月底 is read as months below)
        if let Some(c) = MONTH_SINCE
            .captures(prefix)
            .filter(|c| !c.get(0).is_some_and(|m| prefix[m.end()..].trim_start().starts_with(['至', '到'])))
        {
            let from: u32 = c[1].parse().unwrap_or(0);
            // (1月以来 in a page of February 2024 whose record is 2023's review: 2024's months)
            if let Some((_, to)) = self.next_year() {
                return self.next_part((from, to)).unwrap_or(Era::Other);
            }
            let to = match self.known() {
                (Some(y), Some((dy, dm, _))) if y == dy => dm,
                (Some(y), Some((dy, _, _))) if y > dy => 0,
                _ => 12,
            };
            return if (1..=to).contains(&from) { self.part((from, to)) } else { Era::Other };
        }
        // 去年以来 in a page of January or February (or undated) is last year's account: the
        // record's year when that is last year; later in a year it spans more than one
        if SINCE_LAST_YEAR.is_match(prefix) && !MULTI_YEAR.is_match(&SINCE_LAST_YEAR.replace_all(prefix, "")) {
            return match self.known() {
                (Some(y), Some((dy, dm, _))) if y == dy - 1 && dm <= 2 => Era::Year,
                (None, None) => Era::Year,
                _ => Era::Other,
            };
        }
        let year_end = || self.at_years_end();
        // (several years named in a viewpoint or attribution before the year that leads the figure
        // — 从近三年数据看，2020年，全市… — frame no span: only the words from that year on count)
        let from_lead = match prefix.find(lead) {
            Some(i) if named_year && i > 0 => &prefix[i..],
            _ => prefix,
        };
        if multi_year(from_lead, &year_end) && !YEAR_TOTAL.is_match(prefix) {
            // this year's operation (近年来…，今年开展了专项行动，行动中…): the year's figures to
            // date when the text states no others (they yield to any stated for the year); the
            // last time word before the figure decides
            let this_years = THIS_YEARS_OPERATION.find_iter(prefix).last().is_some_and(|m| {
                !MULTI_YEAR.is_match(&super::sentence::OPERATION_PERIOD.replace_all(&prefix[m.start()..], ""))
            });
            if this_years {
                return Era::Operation(match self.to_date() {
                    Era::Part(p) => Some(p),
                    _ => None,
                });
            }
            return Era::Other;
        }
        // a summary's figures following a named operation being run in the same sentence, with
        // no whole-year or whole-area word of their own (深化“净边”行动，强化查缉，破获毒品刑事
        // 案件156起): that operation's, which yield to any the text states for the year
        if self.kind == Kind::Summary && prefix.contains(['“', '"']) {
            if let Some(m) = NAMED_OPERATION.find_iter(prefix).last() {
                // (a part of the year named after it — 推进“平安关爱”行动，1至8月共查处… — is the
                // figures' time: a standing programme's months, not one operation's)
                let after = &prefix[m.end()..];
                if !WHOLE_SCOPE.is_match(after) && !MONTHS.is_match(after) {
                    return Era::Operation(match self.to_date() {
                        Era::Part(p) => Some(p),
                        _ => None,
                    });
                }
            }
        }
        // 去年 in an article of January 2023 about 2022 is the record's own year
        // …and in an undated text looking back on the year it names (2021年，福州警方开展…。福州
        // 去年共破获…; no year after it, no figure of 今年): written the year after
        // (…but 上年 / 上一年 counts back from the year the text reports on, not from when it was
        // written: in an undated text of 2022's results, 上年 is 2021 still)
        let last_is_ours = || match self.known() {
            (Some(y), Some((dy, _, _))) => y == dy - 1,
            (Some(y), None) => {
                !(lead.contains("上年") || lead.contains("上一年"))
                    && (self.looks_back_on(y) || self.results_headline_early_next_year(y))
            }
            _ => false,
        };
        // last year's same months (去年同期，全县破获…) are a comparison's baseline, whichever year
        // the record is of
        if lead.contains("同期") && PRIOR_YEAR.is_match(lead) && !THIS_YEAR.is_match(lead) {
            return Era::Other;
        }
        if PRIOR_YEAR.is_match(lead) && !THIS_YEAR.is_match(lead) && !last_is_ours() {
            return if self.whole_prior(lead, prefix) { Era::Prior(1) } else { Era::Other };
        }
        // a summary's sentence about another year (2022年，全县…) in a 2023 summary; an
        // evaluation names other years for its comparisons, read clause by clause
        // (a comparison's baseline, 由2018年的538人降至…, is not the sentence's year)
        let named = if self.kind == Kind::Summary {
            NAMED_YEAR
                .captures_iter(lead)
                .find(|c| !super::segment::baseline_year(lead, c.get(0).map_or(0, |m| m.start())))
        } else {
            None
        };
        if let Some((c, y)) = named.and_then(|c| Some((c, self.year()?))) {
            let n = c[1].parse::<i32>().ok();
            // (截至 a day of another year may still date this year's figures; 截至 the end of a year
            // before last — 截至2014年年底，全国新发现…7634人 in a 2024 account — is that year's level)
            let as_of = lead.contains("截至")
                && !n.is_some_and(|n| {
                    n < y - 1 && AS_OF_YEAR_END.captures_iter(lead).any(|e| e[1].parse::<i32>().ok() == Some(n))
                });
            if n.is_some_and(|n| n != y && n != y + 1) && !as_of {
                // (a whole year before the record's, 2021年，全县… in a text of 2023: that year's)
                return match n {
                    Some(n) if n < y && self.whole_prior(lead, prefix) => Era::Prior(y - n),
                    _ => Era::Other,
                };
            }
        }
        // a bare span of months before the figure (甘肃五个月破获毒品刑案1047起, 三个月来, 近5个月):
        // months that may run across the year's start, no part of it that can be dated
        let months = MONTHS.captures(prefix);
        if self.kind == Kind::Summary && months.is_none() && MONTHS_SPAN.is_match(prefix) {
            return Era::Other;
        }
        if let Some(c) = months {
            let m = c.get(0).map_or("", |m| m.as_str());
            let num = |i: usize| c.get(i).and_then(|x| x.as_str().parse::<u32>().ok());
            let range = if m.contains("上半年") {
                Some((1, 6))
            } else if m.contains("下半年") {
                Some((7, 12))
            } else if m.contains("前三季度") || m.contains("前三个季度") {
                Some((1, 9))
            } else if let Some(q) = c.get(3) {
                let q = match q.as_str() {
                    "一" | "1" => 1,
                    "二" | "2" => 2,
                    "三" | "3" => 3,
                    _ => 4,
                };
                Some((q * 3 - 2, q * 3))
            } else if let Some(e) = num(5) {
                // as of a month's end or a day (截至11月底, 截至9月20日): the year to that month, to
                // the month before on a day up to the 10th; as of part of another year, none
                let to = if num(6).is_some_and(|d| d <= 10) && e > 1 { e - 1 } else { e };
                if num(4).is_some_and(|y| Some(y as i32) != self.known().0) && to < 12 {
                    // (…but a year's summary counting to the first weeks of the next — 截至2023年1月
                    // 10日，全县在册吸毒人员486名 in 2022's — states the year's closing level)
                    let next_january = num(4).is_some_and(|y| self.known().0 == Some(y as i32 - 1)) && e == 1;
                    return if next_january && self.kind == Kind::Summary && self.at_years_end() {
                        Era::Year
                    } else {
                        Era::Other
                    };
                }
                Some((1, to))
            } else if let Some(n) = c.get(7) {
                // the first months (前5个月, 头两个月): from January
                month_number(n.as_str()).map(|n| (1, n))
            } else if let (Some(a), Some(b)) = (c.get(8), c.get(9)) {
                // a range in numerals (一至五月)
                month_number(a.as_str()).zip(month_number(b.as_str()))
            } else {
                num(1).zip(num(2))
            };
            if let Some(r) = range {
                // months of one operation (3至6月组织开展网络扫毒行动，…) inside the year are its
                // sub-count, not the year's to date
                if r.0 > 1 && RUN_OPERATION.is_match(prefix) {
                    return Era::Other;
                }
                // (this year's months, 今年1至2月, in a page dated the year after the record's:
                // the new year's, a record of its own)
                if prefix.contains("今年") || prefix.contains("本年") {
                    if let Some(e) = self.next_part(r) {
                        return e;
                    }
                }
                return self.part(r);
            }
        }
        match self.default {
            Some(r) => self.part(r),
            None => Era::Year,
        }
    }
}

/// A field counting what stands on a day (persons registered, under community rehab, staff,
/// persons by risk), not what happened over a period.
fn is_level(f: crate::model::Field) -> bool {
    use crate::model::Field::*;
    matches!(f, RegisteredUsers | CommunityCases | StaffActual | StaffQuota | RiskHigh | RiskMedium | RiskLow)
}

/// The months a period of part of one year covers ("2023-01..2023-06" → (1, 6)).
fn period_months(p: &str) -> Option<(u32, u32)> {
    let (a, b) = p.split_once("..")?;
    let (ya, ma) = a.split_once('-')?;
    let (yb, mb) = b.split_once('-')?;
    (ya == yb).then_some(())?;
    Some((ma.parse().ok()?, mb.parse().ok()?))
}

/// In a text of the whole year, for each field counting what was done over a period:
/// - at the year's end (`year_end`), a figure of part of the year smaller than the year's own
///   stated (上半年…破获7起 … 全年共破获16起) is a part of it, not the year's: it is dropped (a
///   larger one yields to the year's, a disagreement noted);
/// - parts that together make up the year, none overlapping (上半年…7起；下半年…9起; four
///   quarters), with no figure of the year's own stated, are the year's figure together: their
///   sum, in place of the first, with every part's sentence.
fn whole_year_of_parts(cands: &mut Vec<Candidate>, year_end: bool) {
    let fields: Vec<crate::model::Field> = {
        let mut f: Vec<_> = cands.iter().filter(|c| c.period.is_some() && is_flow(c.field)).map(|c| c.field).collect();
        f.dedup();
        f
    };
    for f in fields {
        let whole =
            cands.iter().find(|c| c.field == f && c.period.is_none() && !c.qualifier.is_bound()).map(|c| c.value);
        let is_part = |c: &Candidate| c.field == f && c.period.as_deref().and_then(period_months).is_some();
        match whole {
            Some(w) => {
                if year_end {
                    cands.retain(|c| !(is_part(c) && c.value < w && !close(c.value, w)));
                    // (a part larger than the year's — 上半年…30人次 … 全年…26人次 — is not the year's
                    // either: it stands after the year's, so that it is only noted as disagreeing)
                    let (parts, rest): (Vec<Candidate>, Vec<Candidate>) =
                        std::mem::take(cands).into_iter().partition(|c| is_part(c) && !close(c.value, w));
                    *cands = rest;
                    cands.extend(parts);
                }
            }
            None => {
                let mut parts: Vec<(u32, u32, usize)> = cands
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| is_part(c))
                    .filter_map(|(i, c)| period_months(c.period.as_deref()?).map(|(a, b)| (a, b, i)))
                    .collect();
                if parts.len() < 2 || parts.iter().any(|&(_, _, i)| cands[i].qualifier.is_bound()) {
                    continue;
                }
                parts.sort_by_key(|&(a, b, i)| (a, b, i));
                // (one figure a part, the parts end to end from January to December)
                let tiles = parts[0].0 == 1
                    && parts.last().is_some_and(|p| p.1 == 12)
                    && parts.windows(2).all(|w| w[1].0 == w[0].1 + 1);
                if !tiles {
                    continue;
                }
                let first = parts.iter().map(|p| p.2).min().unwrap_or(0);
                let mut sum = cands[first].clone();
                sum.value = parts.iter().map(|p| cands[p.2].value).sum();
                sum.period = None;
                if parts.iter().any(|p| cands[p.2].qualifier == Qualifier::Approx) {
                    sum.qualifier = Qualifier::Approx;
                }
                let mut snippets: Vec<&str> = Vec::new();
                for p in &parts {
                    let t = cands[p.2].snippet.as_str();
                    if !snippets.contains(&t) {
                        snippets.push(t);
                    }
                }
                sum.snippet = snippets.join(" … ");
                sum.line = parts.iter().map(|p| cands[p.2].line).max().unwrap_or(sum.line);
                let drop: Vec<usize> = parts.iter().map(|p| p.2).collect();
                let mut i = 0;
                cands.retain(|_| {
                    i += 1;
                    !drop.contains(&(i - 1)) || i - 1 == first
                });
                // (the first part stands where it stood: nothing before it was dropped)
                cands[first] = sum;
            }
        }
    }
}

/// A row of figures under a table's labels as one clause of label：figure pairs (破获毒品刑事案件
/// （起）：9；查处吸毒人员（人次）：21), its first cell (a year, a part, a row's name) left out.
/// A row of a city's table of counts by county (`table::places_counts_header`): its labels' pairs
/// when it is the table's last row in the part read — a county's part ends on its row; the city's
/// on its row of the whole (合计 first or last, 全市) —, and a county's or the whole's row; none
/// (`Some(None)`) for any other row; None for a row of another shape (the table has ended).
fn places_row(cells: &[&str], lead: usize, labels: &[String], last: bool) -> Option<Option<String>> {
    let (label, from) = super::table::places_counts_row(cells, lead, labels.len())?;
    Some((last && super::table::place_row(label).is_some()).then(|| label_pairs(labels, from)))
}

fn label_pairs(labels: &[String], cells: &[&str]) -> String {
    let pairs: Vec<String> = labels.iter().zip(&cells[1..]).map(|(l, v)| format!("{l}：{}", v.trim())).collect();
    pairs.join("；")
}

/// The paragraphs with each row of a final account's two halves side by side (收入 | 支出 under
/// 项目 | 行次 | 金额 | 项目 | 行次 | 金额) cut to its spending's half; None when no table has them.
fn halve_accounts(paras: &[Para]) -> Option<Vec<Para>> {
    let paired = |p: &Para| {
        p.table_row
            && p.text.contains("项目")
            && super::cells::paired_header(&p.text.split('\t').collect::<Vec<_>>()).is_some()
    };
    if !paras.iter().any(paired) {
        return None;
    }
    // (where the spending's half begins, and its columns of the rows' numbers)
    let mut half: Option<(usize, Vec<usize>)> = None;
    let mut out = Vec::with_capacity(paras.len());
    // (the half's bare 金额 is the account's stage: 决算数 in a final account, 预算数 in a budget's,
    // so that its parts before the sum are known as spent or budgeted)
    // (预算 as a budget's paper — 部门预算, 收支预算总表 —, not as a fund's name, 一般公共预算拨款)
    let budget_paper =
        |t: &str| ["部门预算", "单位预算", "预算总表", "预算表", "收支预算"].iter().any(|w| t.contains(w));
    let stage = match (paras.iter().any(|p| p.text.contains("决算")), paras.iter().any(|p| budget_paper(&p.text))) {
        (true, _) => Some("决算数"),
        (false, true) => Some("预算数"),
        _ => None,
    };
    for p in paras {
        if !p.table_row {
            half = None;
            out.push(p.clone());
            continue;
        }
        let cells: Vec<&str> = p.text.split('\t').collect();
        let header = super::cells::paired_header(&cells);
        if let Some(k) = header {
            // (the rows' numbers, 行次 / 栏次, are left out: a sum's row often leaves its own empty)
            let numbers = cells[k..].iter().enumerate().filter(|(_, c)| matches!(c.trim(), "行次" | "栏次"));
            half = Some((k, numbers.map(|(i, _)| i).collect::<Vec<usize>>()));
        }
        match &half {
            Some((k, numbers)) if cells.len() > *k => {
                let named = |c: &str| -> String {
                    match (header, stage) {
                        (Some(_), Some(w)) if c.trim() == "金额" => w.to_string(),
                        _ => c.to_string(),
                    }
                };
                let kept: Vec<String> = cells[*k..]
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !numbers.contains(i))
                    .map(|(_, c)| named(c))
                    .collect();
                out.push(Para { text: kept.join("\t"), ..p.clone() })
            }
            _ => out.push(p.clone()),
        }
    }
    Some(out)
}

/// A year's budget (budget_total, basic_budget …): the whole year's in a text of its first months.
fn is_budget(f: crate::model::Field) -> bool {
    use crate::model::Field::*;
    matches!(f, BudgetTotal | BasicBudget | PersonnelBudget | PublicBudget | ProjectBudget | SangongBudget)
}

/// Money spent or its share of the budget (actual_total, basic_actual …, execution_rate_stated):
/// what a monitoring form's months so far cover.
fn is_spending(f: crate::model::Field) -> bool {
    use crate::model::Field::*;
    matches!(
        f,
        ActualTotal
            | BasicActual
            | PersonnelActual
            | PublicActual
            | ProjectActual
            | SangongActual
            | ExecutionRateStated
    )
}

/// A field counting what was done over a period (cases solved, persons caught, events held),
/// not a level or a rate.
fn is_flow(f: crate::model::Field) -> bool {
    use crate::model::Field::*;
    matches!(
        f,
        CriminalCases
            | Detained
            | Prosecuted
            | UsersCaught
            | CompulsoryRehab
            | PublicityEvents
            | UrineTests
            | HairTests
            | HairPositive
            | NewUsers
            | WastewaterTests
    )
}

/// Does a sentence date its figures only "as of now" (截至目前, 至今) in a paragraph whose first
/// sentence opens a span of years (自2016年…以来, 近三年来)?
fn as_of_now_within_span(p: &Para, s: &super::sentence::Sentence) -> bool {
    let Some((prefix, opening)) = after_opening(p, s) else { return false };
    if !(prefix.contains("目前") || prefix.contains("至今")) || THIS_YEAR_WORD.is_match(prefix) {
        return false;
    }
    let this_year = ["今年", "本年", "年初"].iter().any(|w| opening.contains(w));
    !this_year && multi_year(opening, &|| false)
}

/// A sentence's words before its first figure, and its paragraph's first sentence, when the
/// sentence comes after that one.
fn after_opening<'p, 's>(p: &'p Para, s: &super::sentence::Sentence<'s>) -> Option<(&'s str, &'p str)> {
    let first = s.nums.iter().find(|n| n.unit != super::number::Unit::None)?;
    let opening = p.text.split('。').next().unwrap_or("");
    (opening.len() < p.text.len() && !opening.contains(s.text)).then(|| (&s.text[..first.start], opening))
}

/// Does a sentence with no time word of its own follow, in its paragraph, a first sentence whose
/// opening clause is several years (三年来, 近五年, 五年间, “十三五”期间, 历年)?
/// A row of two or more label cells each followed by its value (年初预算数（万元）\t30\t全年执行数
/// （万元）\t28.5) as text whose pairs read as clauses: each tab inside a pair made a colon, each
/// between pairs a semicolon (a row is one line: every offset still points at it). None for any
/// other row. `scale`: the money unit in force above the row (金额单位：元 → 0.0001), written
/// after each bare sum whose label names money (年初预算数\t300000 → 年初预算数：300000元) when it
/// is not 万元.
/// A form's indicator row flattened into label：value pairs on one line (数量指标：尿检  年度指标值：
/// 1500人次  实际完成值：1620人次; 指标名称：毛发检测 目标值：150人 完成值：166人): the indicator's
/// name and the value done, as a sentence (尿检1620人次); the target is none.
fn indicator_pairs(text: &str) -> Option<String> {
    const NAMES: &[&str] =
        &["数量指标", "质量指标", "时效指标", "效益指标", "社会效益指标", "产出指标", "指标名称", "三级指标"];
    const TARGETS: &[&str] = &["年度指标值", "全年指标值", "指标值", "目标值", "年度目标值"];
    const RESULTS: &[&str] = &["实际完成值", "全年实际值", "实际值", "完成值"];
    // (every name above holds 指标: one search for it, and the length by bytes, before the
    // count of characters — this runs over every paragraph of one line)
    if text.len() > 480 || !text.contains("指标") || text.chars().count() > 120 || !text.contains(['：', ':']) {
        return None;
    }
    // the label's colon, and where the value after it starts
    let after = |labels: &[&str]| {
        labels.iter().find_map(|l| {
            let i = text.find(l)?;
            let rest = &text[i + l.len()..];
            let rest = rest.strip_prefix(['：', ':'])?;
            Some((i, text.len() - rest.len()))
        })
    };
    let (n0, n1) = after(NAMES)?;
    let (t0, _) = after(TARGETS)?;
    let (r0, r1) = after(RESULTS)?;
    if !(n0 < t0 && t0 < r0) {
        return None;
    }
    let name = text[n1..t0].trim();
    let result: String = text[r1..].chars().filter(|c| !c.is_whitespace()).collect();
    let ok_name = (2..=20).contains(&name.chars().count()) && !name.contains(|c: char| c.is_ascii_digit());
    let ok_result = result.contains(|c: char| c.is_ascii_digit()) && result.chars().count() <= 16;
    (ok_name && ok_result).then(|| format!("{name}{result}"))
}

fn label_value_row(text: &str, scale: f64) -> Option<String> {
    // (a value's unit in a cell of its own after it, 执行率 | 98.43 | %, 自评得分 | 93 | 分: the
    // value's)
    let merged;
    let all: Vec<&str> = if text.split('\t').any(super::cells::is_unit_cell) {
        merged = super::cells::merge_sign_and_unit(&text.split('\t').collect::<Vec<_>>());
        merged.iter().map(String::as_str).collect()
    } else {
        text.split('\t').collect()
    };
    // (a group's label may open the row: 年度资金总额：\t年初预算数\t30\t…; or a caption of two
    // pairs or more of money: 年度预算\t年初预算数\t96.00\t实际支出\t101.05)
    let caption = |c: &str| {
        let t = c.trim().trim_end_matches(['：', ':']);
        all.len() >= 5
            && (2..=8).contains(&t.chars().count())
            && MONEY_LABEL.is_match(t)
            && !t.contains(|ch: char| ch.is_ascii_digit())
    };
    let group = (all.len() % 2 == 1 && (super::cells::group_label(all[0]) || caption(all[0]))).then(|| all[0].trim());
    let cells = if group.is_some() { &all[1..] } else { &all[..] };
    // (one pair alone too: a statistics sheet's row, 破获毒品刑事案件\t12)
    if cells.len() < 2 || !cells.len().is_multiple_of(2) {
        return None;
    }
    let label = |c: &str| {
        let t = c.trim();
        let n = t.chars().count();
        (2..=20).contains(&n) && !t.contains(|ch: char| ch.is_ascii_digit()) && !t.contains(['，', '。', '；'])
    };
    let value = |c: &str| super::cells::is_value(c) && c.contains(|ch: char| ch.is_ascii_digit());
    if !cells.chunks(2).all(|p| label(p[0]) && value(p[1])) {
        return None;
    }
    let unit =
        [(0.0001, "元"), (0.1, "千元"), (10_000.0, "亿元")].iter().find(|(f, _)| *f == scale).map_or("", |(_, u)| *u);
    let mut out = String::with_capacity(text.len() + 16);
    if let Some(g) = group {
        out.push_str(g.trim_end_matches(['：', ':']));
        out.push('；');
    }
    for (i, p) in cells.chunks(2).enumerate() {
        if i > 0 {
            out.push('；');
        }
        // (a label cell may end on its own colon: 全年预算数：\t44)
        out.push_str(p[0].trim_end().trim_end_matches(['：', ':']));
        out.push('：');
        out.push_str(p[1]);
        // (a bare sum: digits alone, under a label of money naming no unit of its own)
        let bare = p[1].trim().chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
        if !unit.is_empty() && bare && MONEY_LABEL.is_match(p[0]) && !p[0].contains(['元', '%', '％']) {
            out.push_str(unit);
        }
    }
    Some(out)
}
/// Is a row of cells label, value, label, value… whose labels name columns of a form (全年执行数,
/// 执行率, 全年预算数)?
fn pairs_of_roles(cells: &[&str]) -> bool {
    use super::cells::Role;
    cells.len() >= 4
        && cells.len().is_multiple_of(2)
        && label_value_row(&cells.join("\t"), 1.0).is_some()
        && cells.chunks(2).all(|p| {
            matches!(
                super::cells::role(p[0]),
                Some(Role::Budget | Role::BudgetInitial | Role::Actual | Role::Rate | Role::Score)
            )
        })
}

/// A label of a sum of money (年初预算数, 全年执行数, 资金总额, 实际支出).
static MONEY_LABEL: Re = Re::new(|| Regex::new(r"预算|执行数|决算|支出|资金|金额|经费|拨付|到位").unwrap());

/// (一年来 opening a year's-end text is the year under review, `one_year_is_the_year`: no span.)
fn within_opened_span(p: &Para, s: &super::sentence::Sentence, one_year_is_the_year: bool) -> bool {
    let Some((prefix, opening)) = after_opening(p, s) else { return false };
    let lead = opening.split(['，', ',']).next().unwrap_or("");
    if !SEVERAL_YEARS_LEAD.is_match(lead) || one_year_is_the_year && one_year_lead(lead) {
        return false;
    }
    // (a year of its own is its time: 从近三年数据看，2021年，全县破获…)
    !ANY_TIME.is_match(prefix) && !THIS_YEAR_WORD.is_match(prefix) && !NAMED_YEAR.is_match(prefix)
}

/// Does a clause open on one year (一年来, 过去1年来), not more (十一年来, 一年多来)?
fn one_year_lead(lead: &str) -> bool {
    ["一年来", "1年来"].iter().any(|w| {
        lead.match_indices(w)
            .any(|(i, _)| !lead[..i].ends_with(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十百".contains(c)))
    })
}
/// Does a sentence with no time word of its own follow, in its paragraph, a first sentence opening
/// on a span since a year before the record's `year` (2020年以来，… in a text of 2021)?
fn within_span_since(p: &Para, s: &super::sentence::Sentence, year: Option<i32>) -> bool {
    let Some(y) = year else { return false };
    // (a year's digits before any search)
    if !p.text.contains("年以来") && !p.text.contains("年至今") {
        return false;
    }
    let Some((prefix, opening)) = after_opening(p, s) else { return false };
    // (after a reporter's or a source's lead: 记者从市公安局禁毒支队了解到，2020年以来，…)
    let reported = |c: &str| {
        let c = c.trim();
        c.starts_with('据') || ["了解到", "获悉", "得知", "介绍", "统计", "悉"].iter().any(|w| c.ends_with(w))
    };
    let lead = opening.split(['，', ',']).find(|c| !reported(c)).unwrap_or("");
    let since = YEAR_SINCE.captures(lead).and_then(|c| c[1].parse::<i32>().ok());
    since.is_some_and(|n| n < y) && !ANY_TIME.is_match(prefix) && !THIS_YEAR_WORD.is_match(prefix)
}

/// Several years standing as a paragraph's opening clause (not X年以来, which may be this year).
static SEVERAL_YEARS_LEAD: Re = Re::new(|| {
    Regex::new(r#"(^|[^\d])[一二两三四五六七八九十\d]{1,2}年(多)?来|近[一二两三四五六七八九十\d]+年|[一二两三四五六七八九十\d]+年间|历年|十[二三四五]五[”"’]?(以来|期间)"#)
        .unwrap()
});

/// Words naming the text's own year or the one before (今年, 全年, 年度, 去年).
/// (去年以来, 去年至今 name a span, not last year's own account)
static OWN_YEAR_WORDS: Re = Re::new(|| Regex::new(r"今年|本年|全年|年内|年度|去年(?:[^以至]|$)|上年").unwrap());

/// Do a sentence's words before its first figure name no time of their own — no time word, no
/// word of this year, no year but a comparison's baseline (由2022年底的1,082人下降至…)?
fn untimed(prefix: &str) -> bool {
    !ANY_TIME.is_match(prefix)
        && !["今年", "本年", "年初", "年内", "全年", "年度"].iter().any(|w| prefix.contains(w))
        && NAMED_YEAR.find_iter(prefix).all(|m| super::segment::baseline_year(prefix, m.start()))
}

/// Does a sentence open on 其中 (among them) with no time of its own before its first figure?
fn among_them_untimed(s: &super::sentence::Sentence, prefix: &str) -> bool {
    s.text.trim_start().starts_with("其中") && !ANY_TIME.is_match(prefix) && !THIS_YEAR_WORD.is_match(prefix)
}

/// Words of this year's own time (今年, 本年, 年初以来).
static THIS_YEAR_WORD: Re = Re::new(|| Regex::new(r"今年|本年|年初|年内|全年|20[0-4]\d\s*年").unwrap());

/// Does a sentence open straight on a figure's words, naming no subject, place or time of its
/// own (强制隔离戒毒9969人次, 送强制隔离戒毒188人)? Then it goes on with the sentence before.
fn continues_list(s: &super::sentence::Sentence) -> bool {
    let Some(first) = s.nums.iter().find(|n| n.unit != super::number::Unit::None) else { return false };
    let prefix = s.left_of(first.start);
    let prefix = prefix.as_ref();
    prefix.chars().count() <= 12
        && !prefix.contains(['全', '我', '本', '今', '该', '各', '此', '同', '另', '年', '月', '市', '县', '区', '省'])
        && !ANY_TIME.is_match(prefix)
}

/// A heading over targets rather than results: 绩效目标, 年度目标 — but not 目标完成情况.
pub fn heading_is_target(h: &str) -> bool {
    // (…or the plans for the year to come: 二、2023年工作计划, 下步工作打算, 下一步工作安排)
    (h.contains("目标") || PLAN_HEADING.is_match(h))
        && !["完成", "实现", "情况", "结果", "分析", "偏离", "成效", "成绩", "做法"].iter().any(|w| h.contains(w))
}
static PLAN_HEADING: Re = Re::new(|| {
    Regex::new(r"工作(计划|打算|安排|思路|要点)|下一?步(工作|打算|计划|改进|措施|举措|重点)|(今后|明年|来年)").unwrap()
});

// (after the code, before the tests: tests/architecture.rs reads a module's imports up to its
// first cfg(test))
/// The (field, value) pairs a text yields read as one evaluation of `kind` (万元 implied): what
/// the field rules' table tests compare.
#[cfg(test)]
pub(crate) fn facts_of(text: &str, kind: Kind) -> Vec<(crate::model::Field, f64)> {
    let doc = super::text::Doc::parse(text);
    scan_paras(&doc.paras, kind, true).facts.into_iter().map(|f| (f.field, f.value)).collect()
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;
    use crate::model::Field;

    proptest::proptest! {
        /// The gate before ALL_MET passes every text it matches, and finds its first match.
        #[test]
        fn all_met_gate_passes_every_match(parts in proptest::collection::vec(proptest::sample::select(vec![
            "目标", "指标", "任务", "均", "全部", "都", "已全部", "均已", "已", "完成", "实现", "达到", "达成",
            "全面", "了", "年度", "全年", "预期", "绩效", "标", "目", "任", "务", "，", "95", "a",
        ]), 0..10)) {
            let t: String = parts.concat();
            let (want, got) = (super::ALL_MET.find(&t).map(|m| m.range()), super::all_met(&t).map(|m| m.range()));
            proptest::prop_assert_eq!(want, got, "{:?}", t);
        }
    }

    /// A public security bureau's count of every crime solved, in a sentence naming no drugs,
    /// beside its drug cases named as such: the drug cases are the field. A drug-control unit's
    /// 破获刑事案件 alone is its drug cases.
    #[test]
    fn all_crimes_solved_beside_drug_cases_are_not_drug_cases() {
        let title = "巨野县公安局2022年度部门整体支出绩效自评报告\n全年预算16820.45万元，实际支出16402.88万元。\n";
        for (work, want) in [
            ("全年共立刑事案件2186起，破获刑事案件1432起，抓获犯罪嫌疑人1205名。禁毒工作方面，全年破获毒品刑事案件27起。", Some(27.0)),
            ("全县侦破刑事案件860起。禁毒方面，全年侦破涉毒刑事案件15起，查处吸毒人员40人次。", Some(15.0)),
            ("禁毒大队全年破获刑事案件12起，查处吸毒人员36人次。", Some(12.0)),
        ] {
            let recs = extract_text("t.txt", &format!("{title}{work}\n"));
            assert_eq!(recs.first().and_then(|r| r.value(Field::CriminalCases)), want, "{work}");
        }
    }

    /// A district's or a county's summary naming its city's figures as 全市 beside its own: the
    /// city's are not the county's; a county-level city's 全市 is its own. A rehab centre's
    /// figures in a county's summary are the centre's.
    #[test]
    fn city_and_rehab_centre_figures_in_a_county_summary() {
        let t = |text: &str, field| extract_text("t.txt", text).first().and_then(|r| r.value(field));
        let district = "南康区禁毒工作再获全市第一\n发布日期：2024-01-22\n2023年，全市共破获毒品刑事案件512起。其中，南康区破获毒品刑事案件47起。全区开展禁毒宣传活动20场次。\n";
        assert_eq!(t(district, Field::CriminalCases), Some(47.0));
        // (the city's clauses go on with its subject: 全市共破获…512起，查处吸毒人员1867人次)
        let going_on = "南康区禁毒工作再获全市第一\n发布日期：2024-01-22\n2023年，全市共破获毒品刑事案件512起，查处吸毒人员1,867人次。其中，南康区破获毒品刑事案件47起，查处吸毒人员138人次，均居全市前列。全区开展禁毒宣传活动20场次。\n";
        assert_eq!(t(going_on, Field::UsersCaught), Some(138.0));
        let county = "汝城县2023年禁毒工作总结\n全市共破获毒品刑事案件512起，全县破获毒品刑事案件21起。\n";
        assert_eq!(t(county, Field::CriminalCases), Some(21.0));
        let own = "孝义市2023年禁毒工作总结\n全市共破获毒品刑事案件13起。\n";
        assert_eq!(t(own, Field::CriminalCases), Some(13.0));
        // (a county's text calling its whole 全市 alone, never 全县, speaks loosely of its own)
        let loose = "平江县禁毒委员会办公室2023年禁毒工作总结\n全市共破获毒品刑事案件13起。\n";
        assert_eq!(t(loose, Field::CriminalCases), Some(13.0));
        let centre = "诏安县2023年禁毒工作综述\n全县破获毒品刑事案件26起。漳州市强制隔离戒毒所全年收治戒毒人员1215名，所内开展禁毒宣传教育活动120场次。全年全县开展禁毒宣传活动178场次。\n";
        assert_eq!(t(centre, Field::PublicityEvents), Some(178.0));
        let centre_own = "某市强制隔离戒毒所2023年工作总结\n全年所内开展禁毒宣传教育活动120场次。\n";
        assert_eq!(t(centre_own, Field::PublicityEvents), Some(120.0));
    }

    /// A police bureau's stages of all its suspects, in a sentence naming every crime and no drugs,
    /// beside its drug cases: not the detained or prosecuted of drug control; a drug unit's own
    /// stages after its suspects stay.
    #[test]
    fn all_crime_stages_beside_drug_cases_are_not_drug_stages() {
        let title = "某县公安局2023年度工作情况报告\n";
        for (work, field, want) in [
            ("全年共受理刑事案件1102起；抓获各类犯罪嫌疑人703人，刑事拘留512人，移送起诉466人。二、禁毒工作\n侦破毒品刑事案件7起，抓获毒品犯罪嫌疑人9名，移送起诉8人。", Field::Detained, None),
            ("全年共受理刑事案件1102起；抓获各类犯罪嫌疑人703人，刑事拘留512人，移送起诉466人。二、禁毒工作\n侦破毒品刑事案件7起，抓获毒品犯罪嫌疑人9名，移送起诉8人。", Field::Prosecuted, Some(8.0)),
            ("全年查处治安案件3105起，刑事拘留412人。禁毒方面，破获毒品刑事案件7起。", Field::Detained, None),
            ("打击电诈犯罪，全年抓获电诈犯罪嫌疑人326名，其中刑事拘留218人。禁毒方面，全年破获毒品刑事案件24起。", Field::Detained, None),
            ("全年破获毒品刑事案件16起。抓获犯罪嫌疑人28名，其中刑事拘留22名。", Field::Detained, Some(22.0)),
        ] {
            let recs = extract_text("t.txt", &format!("{title}{work}\n"));
            assert_eq!(recs.first().and_then(|r| r.value(field)), want, "{work}");
        }
    }

    /// A self-evaluation naming no year, signed the year after the one it evaluates, calls that
    /// year 上年度: its budget stated so is the year's; in a text naming its year, 上年度's stays
    /// the year before's.
    #[test]
    fn last_year_of_a_text_signed_the_year_after_is_its_own() {
        let t = |body: &str, foot: &str| {
            records(
                &format!("禁毒专项经费项目支出绩效自评报告\n{body}\n某县禁毒委员会办公室\n{foot}\n"),
                Field::BudgetTotal,
            )
        };
        assert_eq!(
            t("上年度该项目全年预算数为36万元，实际执行数34.58万元。", "2024年3月8日"),
            [(Some(2023), String::new(), Some(36.0))]
        );
        assert_eq!(
            t("2023年度该项目实际执行数34.58万元。上年度该项目全年预算数为30万元。", "2024年3月8日"),
            [(Some(2023), String::new(), None)]
        );
        // (its parts after 其中 are the year's too)
        assert_eq!(
            records(
                "部门整体支出绩效自评报告\n某县禁毒委员会办公室\n上年度部门全年预算数为156.3万元，全年支出数为150.82万元，预算执行率96.49%。其中：基本支出预算112.3万元、支出111.6万元。\n\n2024年4月\n",
                Field::BasicBudget
            ),
            [(Some(2023), String::new(), Some(112.3))]
        );
        // (signed by a month alone, a paragraph of its own)
        assert_eq!(
            records(
                "部门整体支出绩效自评报告\n某县禁毒委员会办公室\n上年度部门全年预算数为156.3万元，全年支出数为150.82万元。\n\n2024年4月\n",
                Field::BudgetTotal
            ),
            [(Some(2023), String::new(), Some(156.3))]
        );
    }

    fn period(text: &str, f: Field) -> Option<String> {
        extract_text("t.txt", text).first().and_then(|r| r.get(f)).map(|x| x.period.clone().unwrap_or_default())
    }

    /// A monitoring form (项目支出绩效目标执行监控表): its months so far (1-7月执行数, 1-7月执行率,
    /// 1-7月实际完成值) are the period of what was spent and done; the year's budget and a level
    /// have none; the whole year's forecast (全年预计执行数, 全年预计完成值) is no figure.
    #[test]
    fn a_monitoring_forms_months_so_far_are_its_period() {
        let text = "项目支出绩效目标执行监控表\n（2022年度）\n项目名称\t禁毒社会化服务购买经费\n主管部门\t雷州市公安局\t实施单位\t雷州市禁毒委员会办公室\n\
            项目资金（万元）\t年初预算数\t1-7月执行数\t1-7月执行率\t全年预计执行数\t偏差原因分析\n\
            年度资金总额\t85\t36.2\t42.59%\t80\t\n\
            一级指标\t二级指标\t三级指标\t年度指标值\t1-7月实际完成值\t全年预计完成值\t偏差原因分析\n\
            产出指标\t数量指标\t社区戒毒社区康复人员尿检人次\t≥600人次\t412人次\t650人次\t\n\
            产出指标\t数量指标\t服务社区戒毒社区康复人员数\t≥180人\t176人\t185人\t\n";
        let recs = extract_text("t.txt", text);
        let got = |f: Field| recs[0].get(f).map(|x| (x.value, x.period.clone().unwrap_or_default()));
        assert_eq!(got(Field::BudgetTotal), Some((85.0, String::new())));
        assert_eq!(got(Field::ActualTotal), Some((36.2, "2022-01..2022-07".into())));
        assert_eq!(got(Field::ExecutionRateStated), Some((42.59, "2022-01..2022-07".into())));
        assert_eq!(got(Field::UrineTests), Some((412.0, "2022-01..2022-07".into())));
        assert_eq!(got(Field::CommunityCases), Some((176.0, String::new())));
    }

    /// A form with a column of the year's change to its budget (年初预算数 | 预算调整数 | 全年预算数 |
    /// 全年执行数) and one of an indicator's share of its target (完成率): each column's figures
    /// are its own (the change is no budget, the share no points).
    #[test]
    fn a_forms_columns_of_change_and_share_hold_their_places() {
        let text = "某县禁毒委员会办公室2023年度禁毒项目支出绩效自评表\n项目名称\t禁毒经费\n\
            项目资金\t年初预算数\t预算调整数\t全年预算数\t全年执行数\t执行率\t分值\t得分\n\
            年度资金总额\t50\t5\t55\t53.2\t96.73%\t10\t9.67\n\
            一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成率\t分值\t得分\n\
            产出指标\t数量指标\t尿检人次\t≥500人次\t620人次\t124%\t10\t10\n\
            总分\t\t\t\t\t\t100\t96.5\n";
        let r = &extract_text("t.txt", text)[0];
        assert_eq!(r.value(Field::BudgetTotal), Some(55.0));
        assert_eq!(r.value(Field::ActualTotal), Some(53.2));
        assert_eq!(r.value(Field::UrineTests), Some(620.0));
        assert_eq!(r.value(Field::SelfScore), Some(96.5));
    }

    /// A statistics sheet of this year's figures so far beside last year's (指标 | 单位 | 1-6月 |
    /// 去年同期 | 同比增减): each row's figure of the months, last year's and the change none;
    /// under 本年累计 the year's.
    #[test]
    fn a_statistics_sheet_of_the_months_so_far() {
        let head = "某县2023年禁毒工作主要指标统计表\n填报单位：某县禁毒委员会办公室\n";
        let t = format!("{head}序号\t指标\t单位\t1-6月\t去年同期\t同比增减\n1\t破获毒品刑事案件\t起\t9\t7\t28.6%\n2\t查处吸毒人员\t人次\t21\t25\t-16%\n");
        let r = &extract_text("t.txt", &t)[0];
        let got = |f: Field| r.get(f).map(|x| (x.value, x.period.clone().unwrap_or_default()));
        assert_eq!(got(Field::CriminalCases), Some((9.0, "2023-01..2023-06".into())));
        assert_eq!(got(Field::UsersCaught), Some((21.0, "2023-01..2023-06".into())));
        let t = format!("{head}序号\t指标\t单位\t本年累计\t上年同期\t同比\n1\t破获毒品刑事案件\t起\t19\t17\t11.8%\n");
        let r = &extract_text("t.txt", &t)[0];
        assert_eq!(r.get(Field::CriminalCases).map(|x| (x.value, x.period.clone())), Some((19.0, None)));
    }

    /// A table of two years' same months (指标 | 2023年1-6月 | 2022年1-6月 | 同比增减): each year's
    /// record has its column's figures of its own year's months.
    #[test]
    fn a_table_of_two_years_months() {
        let t = "某县禁毒工作主要指标完成情况\n指标\t2023年1-6月\t2022年1-6月\t同比增减\n破获毒品刑事案件（起）\t9\t7\t28.6%\n";
        let recs = extract_text("t.txt", t);
        let got: Vec<_> = recs
            .iter()
            .map(|r| (r.id.year, r.get(Field::CriminalCases).map(|x| (x.value, x.period.clone().unwrap_or_default()))))
            .collect();
        assert_eq!(
            got,
            [
                (Some(2023), Some((9.0, "2023-01..2023-06".into()))),
                (Some(2022), Some((7.0, "2022-01..2022-06".into())))
            ]
        );
    }

    /// A table of a year's tasks (项目 | 目标任务 | 完成情况 | 完成率; 工作内容 | 计划 | 实际完成):
    /// what was done is each row's figure, never its target.
    #[test]
    fn a_table_of_tasks_reads_what_was_done() {
        let head = "某县禁毒委员会办公室2023年禁毒工作情况\n";
        for (cols, row, want) in [
            ("项目\t目标任务\t完成情况\t完成率", "破获毒品刑事案件\t15起\t19起\t126.7%", 19.0),
            ("工作内容\t计划\t实际完成", "破获毒品刑事案件\t15起\t19起", 19.0),
        ] {
            let r = &extract_text("t.txt", &format!("{head}{cols}\n{row}\n"))[0];
            assert_eq!(r.value(Field::CriminalCases), Some(want), "{cols}");
        }
    }

    /// A table of the year's parts in rows — months (月份 | …) or towns (乡镇 | …) — gives its 合计
    /// row's figures, none of a part's.
    #[test]
    fn a_table_of_parts_gives_its_sum_row() {
        let head = "某县禁毒委员会办公室2023年禁毒工作情况\n";
        let t = format!("{head}月份\t破获毒品刑事案件（起）\t查处吸毒人员（人次）\n1月\t1\t3\n2月\t2\t4\n合计\t3\t7\n");
        let r = &extract_text("t.txt", &t)[0];
        assert_eq!((r.value(Field::CriminalCases), r.value(Field::UsersCaught)), (Some(3.0), Some(7.0)));
        let t = format!(
            "{head}乡镇\t在册吸毒人员（人）\t管控率\n思旸镇\t120\t100%\n水尾镇\t86\t94.4%\n合计\t206\t97.96%\n"
        );
        let r = &extract_text("t.txt", &t)[0];
        assert_eq!((r.value(Field::RegisteredUsers), r.value(Field::ControlRate)), (Some(206.0), Some(97.96)));
    }

    /// An indicators' table turned over (指标 | 尿检人次 | 管控率, then 年度指标值 | … and 实际完成值
    /// | …): each indicator's result, never its target.
    #[test]
    fn an_indicators_table_turned_over() {
        let t = "某县禁毒委员会办公室2023年度部门整体支出绩效自评报告\n指标\t尿检人次\t毛发检测人数\t管控率\n\
            年度指标值\t≥600\t≥150\t≥95%\n实际完成值\t688\t171\t98.2%\n";
        let r = &extract_text("t.txt", t)[0];
        assert_eq!(
            (r.value(Field::UrineTests), r.value(Field::HairTests), r.value(Field::ControlRate)),
            (Some(688.0), Some(171.0), Some(98.2))
        );
    }

    /// A final account's 收入支出决算总表 with the income's and the spending's halves side by side
    /// (项目 | 行次 | 金额 | 项目 | 行次 | 金额): the spending's half is read — its sum the spending,
    /// its parts before the sum spent too, a sum's row with its row number left empty alike; the
    /// income's half gives nothing.
    #[test]
    fn a_final_accounts_halves_side_by_side_give_the_spending() {
        let head = "某县禁毒委员会办公室2023年度部门决算\n收入支出决算总表\n单位：万元\n收入\t\t\t支出\t\t\n项目\t行次\t金额\t项目\t行次\t金额\n";
        for (rows, want) in [
            ("一、一般公共预算财政拨款收入\t1\t90\t一、公共安全支出\t32\t87.3\n本年收入合计\t19\t90\t本年支出合计\t57\t87.3\n", (Some(87.3), None)),
            ("一般公共预算拨款\t1\t90\t基本支出\t32\t60\n本年收入合计\t\t90\t本年支出合计\t\t87.3\n", (Some(87.3), Some(60.0))),
        ] {
            let r = &extract_text("t.txt", &format!("{head}{rows}"))[0];
            assert_eq!((r.value(Field::ActualTotal), r.value(Field::BasicActual)), want, "{rows}");
            assert_eq!(r.value(Field::BudgetTotal), None, "{rows}");
        }
    }

    /// A county's text whose clause opens on its own prefecture's name (今年以来，牡丹江市共破获…
    /// 64起，宁安市…共破获…9起) gives the county's figure, not the prefecture's; the prefecture's
    /// name before the county's own (牡丹江市宁安市…) stays the county's.
    #[test]
    fn the_prefectures_clause_in_a_countys_text_is_not_the_countys() {
        for (body, want) in [
            ("今年以来，牡丹江市共破获毒品刑事案件64起，宁安市公安局共破获毒品刑事案件9起。", 9.0),
            ("今年以来，牡丹江市宁安市公安局共破获毒品刑事案件9起。", 9.0),
        ] {
            let t = format!("宁安市禁毒工作情况通报\n发布时间：2023-07-10\n{body}\n");
            let r = &extract_text("t.txt", &t)[0];
            assert_eq!(r.value(Field::CriminalCases), Some(want), "{body}");
        }
    }

    /// A report of the year's first months (2023年上半年…绩效运行监控情况的报告): what was spent
    /// and done covers those months, the year's budget stated in it is the whole year's.
    #[test]
    fn a_half_years_report_keeps_the_years_budget_whole() {
        let text = "关于2023年上半年部门整体支出绩效运行监控情况的报告\n某县禁毒委员会办公室\n\
            2023年我办部门预算总额156.8万元，其中基本支出98.3万元。截至2023年6月30日，已支出72.1万元。上半年，全县共破获毒品刑事案件7起。\n";
        let recs = extract_text("t.txt", text);
        let got = |f: Field| recs[0].get(f).map(|x| (x.value, x.period.clone().unwrap_or_default()));
        assert_eq!(got(Field::BudgetTotal), Some((156.8, String::new())));
        assert_eq!(got(Field::BasicBudget), Some((98.3, String::new())));
        assert_eq!(got(Field::ActualTotal), Some((72.1, "2023-01..2023-06".into())));
        assert_eq!(got(Field::CriminalCases), Some((7.0, "2023-01..2023-06".into())));
    }

    /// (year, period, value of `f`) of each record a text yields.
    fn records(text: &str, f: Field) -> Vec<(Option<i32>, String, Option<f64>)> {
        extract_text("t.txt", text)
            .iter()
            .map(|r| {
                let fact = r.get(f);
                (r.id.year, fact.and_then(|x| x.period.clone()).unwrap_or_default(), fact.map(|x| x.value))
            })
            .collect()
    }

    /// A title naming the months from January (1-11月, 1至8月, 一至十月) sets the period of the
    /// text's untimed figures; a span not from January, or the whole year, sets none.
    #[test]
    fn a_titles_months_from_january_are_the_texts_period() {
        assert_eq!(super::title_months("某县禁毒委员会办公室1-11月工作总结"), Some((1, 11)));
        assert_eq!(super::title_months("某市1至8月禁毒工作情况通报"), Some((1, 8)));
        assert_eq!(super::title_months("某县一至十月禁毒工作情况"), Some((1, 10)));
        assert_eq!(super::title_months("某县2023年1—5月份禁毒工作情况"), Some((1, 5)));
        assert_eq!(super::title_months("某县3-5月禁毒宣传月活动总结"), None);
        assert_eq!(super::title_months("某县1-12月禁毒工作总结"), None);
        assert_eq!(super::title_months("某县2021年禁毒工作总结"), None);
        let text = "某县禁毒委员会办公室1-11月工作总结\n（2021年12月2日）\n1-11月，全县共破获毒品刑事案件21起。开展毛发检测528人，其中阳性4人。\n";
        assert_eq!(period(text, Field::HairTests), Some("2021-01..2021-11".to_string()));
        assert_eq!(period(text, Field::CriminalCases), Some("2021-01..2021-11".to_string()));
    }

    /// Last year's whole-year count stated as the baseline of a comparison beside the year's own
    /// (11起（上年为8起）; 35起，比上年的41起下降; 612名，较2022年底的655名减少; 由上年末的402名减少至
    /// 378名) is last year's record; last year's same months (去年同期为16起) make none, nor a rate.
    #[test]
    fn a_comparisons_baseline_of_last_year_is_its_record() {
        let of = |text: &str, f: Field, y: i32| records(text, f).into_iter().find(|r| r.0 == Some(y)).and_then(|r| r.2);
        let cc = Field::CriminalCases;
        let ru = Field::RegisteredUsers;
        for (text, f, y, want) in [
            ("某县2019年禁毒工作总结\n全年破获毒品刑事案件14起（上年为9起），刑事拘留17人。\n", cc, 2018, Some(9.0)),
            ("某县禁毒办2023年度工作总结\n全年侦破毒品刑事案件11起，上年为9起；刑事拘留13人。\n", cc, 2022, Some(9.0)),
            (
                "某县2021年禁毒工作总结\n全县移送起诉12人（去年为10人），查处吸毒人员27人次。\n",
                Field::Prosecuted,
                2020,
                Some(10.0),
            ),
            (
                "某市禁毒工作会议\n发布时间：2022-02-15\n去年全市共破获毒品刑事案件35起，比上年的41起下降14.6%。\n",
                cc,
                2020,
                Some(41.0),
            ),
            ("某县2023年禁毒工作总结\n全县现有吸毒人员612名，较2022年底的655名减少43名。\n", ru, 2022, Some(655.0)),
            // (the year's start is last year's end: 由年初的742人下降至年底的698人)
            ("某区2022年禁毒工作总结\n全区在册吸毒人员由年初的742人下降至年底的698人。\n", ru, 2021, Some(742.0)),
            ("某区2022年禁毒工作总结\n全区在册吸毒人员由年初的742人下降至年底的698人。\n", ru, 2022, Some(698.0)),
            // (the named year's level in parentheses, after the change too)
            (
                "某县2023年禁毒工作总结\n全年破获毒品刑事案件55起，同比下降8.3%（2022年为60起）；刑事拘留67人。\n",
                cc,
                2022,
                Some(60.0),
            ),
            (
                "某县2023年禁毒工作总结\n全年破获毒品刑事案件55起（2022年为60起），刑事拘留67人。\n",
                cc,
                2022,
                Some(60.0),
            ),
            (
                "某市2021年度禁毒工作总结\n全市在册吸毒人员1,968名，比2020年底的2,105名下降6.5%。\n",
                ru,
                2020,
                Some(2105.0),
            ),
            ("某区禁毒办2023年度工作总结\n全区在册吸毒人员由上年末的402名减少至378名。\n", ru, 2022, Some(402.0)),
            // (a total after its parts compared with last year's end: the parts name what it counts)
            (
                "某县司法局2023年社区戒毒社区康复工作总结\n截至2023年12月31日，全县在册社区戒毒人员17名、社区康复人员46名，共计63名，较上年末的71名减少8名。\n",
                Field::CommunityCases,
                2022,
                Some(71.0),
            ),
            ("某县2023年禁毒工作总结\n全县在册吸毒人员由2022年底的402名降至378名。\n", ru, 2022, Some(402.0)),
            // (a bulletin's line: the subject and its trend, then 由上年的…降至…, 四川's)
            (
                "某区2021年禁毒工作总结\n新发现吸毒人员明显下降，由上年的96人降至41人，下降57.3%。\n",
                Field::NewUsers,
                2020,
                Some(96.0),
            ),
            (
                "某区2021年禁毒工作总结\n新发现吸毒人员明显下降，由上年的96人降至41人，下降57.3%。\n",
                Field::NewUsers,
                2021,
                Some(41.0),
            ),
            (
                "某区2021年禁毒工作总结\n全区查获吸毒人员由上年的52人次减至41人次。\n",
                Field::UsersCaught,
                2020,
                Some(52.0),
            ),
            (
                "某区2021年禁毒工作总结\n全区查获吸毒人员由上年的52人次减至41人次。\n",
                Field::UsersCaught,
                2021,
                Some(41.0),
            ),
            // the year before last named beside the year's own: that year's
            (
                "某县2023年禁毒工作总结\n全县查获吸毒人员25人次（前年为31人次），破获毒品刑事案件6起。\n",
                Field::UsersCaught,
                2021,
                Some(31.0),
            ),
            ("某县禁毒委2022年工作总结\n全年破获毒品刑事案件14起，前年为19起；刑事拘留17人。\n", cc, 2020, Some(19.0)),
            ("某县禁毒委2022年工作总结\n全年破获毒品刑事案件14起，前年为19起；刑事拘留17人。\n", cc, 2022, Some(14.0)),
            // (a change against it is no level: 比前年减少9人次)
            ("某县2023年禁毒工作总结\n全县查处吸毒人员27人次，比前年减少9人次。\n", Field::UsersCaught, 2021, None),
            // (compared against the year before last's level: 较前年的26起)
            ("某县2023年禁毒工作总结\n全年共破获毒品刑事案件17起，较前年的26起明显下降。\n", cc, 2021, Some(26.0)),
            ("某县2023年禁毒工作总结\n全年共破获毒品刑事案件17起，较前年的26起明显下降。\n", cc, 2023, Some(17.0)),
            (
                "某县2023年禁毒工作总结\n查获吸毒人员45人次，比前年的60人次减少15人次。\n",
                Field::UsersCaught,
                2021,
                Some(60.0),
            ),
            // (after an aside of the figure's parts: 42起（其中贩卖毒品案件27起），较上年的35起)
            (
                "某县公安局2023年禁毒工作总结\n全年共破获毒品刑事案件42起（其中贩卖毒品案件27起），较上年的35起增长20%。\n",
                cc,
                2022,
                Some(35.0),
            ),
            (
                "某县2020年禁毒工作总结\n查处吸毒人员612人次（其中外流贩毒人员44人次），比上年的655人次减少43人次。\n",
                Field::UsersCaught,
                2019,
                Some(655.0),
            ),
            // (listed after 分别较, each for the count in its place)
            (
                "某县2023年度禁毒工作报告\n全县共破获毒品刑事案件56起、刑事拘留71人，分别较2022年的48起、63人上升16.7%和12.7%。\n",
                cc,
                2022,
                Some(48.0),
            ),
            (
                "某县2023年度禁毒工作报告\n全县共破获毒品刑事案件56起、刑事拘留71人，分别较2022年的48起、63人上升16.7%和12.7%。\n",
                Field::Detained,
                2022,
                Some(63.0),
            ),
            (
                "某县2023年度禁毒工作报告\n全县共破获毒品刑事案件56起、刑事拘留71人，分别较2022年的48起、63人上升16.7%和12.7%。\n",
                Field::Detained,
                2023,
                Some(71.0),
            ),
            // (…but not with counters that differ: 56起、71人，分别较上年的48人、63起)
            (
                "某县2023年度禁毒工作报告\n全县共破获毒品刑事案件56起、刑事拘留71人，分别较上年的48人、63起有所上升。\n",
                cc,
                2022,
                None,
            ),
            // (the year's own figure stays the year's)
            ("某县2019年禁毒工作总结\n全年破获毒品刑事案件14起（上年为9起），刑事拘留17人。\n", cc, 2019, Some(14.0)),
            ("某县2023年禁毒工作总结\n全县现有吸毒人员612名，较2022年底的655名减少43名。\n", ru, 2023, Some(612.0)),
            // (last year's same months beside a whole year's count in a year's summary: its year)
            ("某县公安局禁毒大队2020年工作总结\n2020年，共侦破毒品刑事案件15起（上年同期11起）。\n", cc, 2019, Some(11.0)),
            // last year's same months, a half-year's comparison, a rate: no record of last year
            ("某县2020年上半年禁毒工作情况\n上半年，全县破获毒品刑事案件13起，去年同期为16起。\n", cc, 2019, None),
            (
                "某县禁毒工作\n发布时间：2020-07-02\n今年以来，全县破获毒品刑事案件13起（上年为30起）。\n",
                cc,
                2019,
                None,
            ),
            (
                "某县2023年禁毒工作总结\n戒断三年未复吸巩固率由去年的63.7%提高至67.9%。\n",
                Field::Abstinence3yRate,
                2022,
                None,
            ),
            // (a level years back is a trend's start, no baseline: 由2018年的60起下降到2022年的21起)
            ("某县2022年禁毒工作总结\n全县破获毒品刑事案件由2018年的60起下降到2022年的21起。\n", cc, 2018, None),
            ("某县2022年禁毒工作总结\n全县破获毒品刑事案件21起，比2019年的30起减少9起。\n", cc, 2019, None),
        ] {
            assert_eq!(of(text, f, y), want, "{text}");
        }
    }

    /// Last year's whole-year figures in a summary of this year's part (2022年，全县破获…28起；
    /// 今年1至5月…11起) are last year's record, beside this year's with its months.
    #[test]
    fn last_years_whole_year_is_a_record_of_its_own() {
        let cc = Field::CriminalCases;
        for (text, want) in [
            (
                "某县禁毒工作通报\n发布时间：2023-06-10\n2022年，全县破获毒品刑事案件28起；今年1至5月，全县破获毒品刑事案件11起。\n",
                vec![(Some(2023), "2023-01..2023-05", Some(11.0)), (Some(2022), "", Some(28.0))],
            ),
            (
                "某市召开禁毒新闻发布会\n发布时间：2021-07-02\n今年以来，全市共破获毒品刑事案件36起。去年，全市共破获毒品刑事案件95起，查处吸毒人员320人次。\n",
                vec![(Some(2021), "2021-01..2021-06", Some(36.0)), (Some(2020), "", Some(95.0))],
            ),
            // attributed (据介绍，2022年，…): the year opens its clause all the same
            (
                "某省禁毒新闻发布会\n2023年6月25日\n据省禁毒办负责人介绍，2022年，全省破获毒品刑事案件1050起。今年以来，全省破获毒品刑事案件387起。\n",
                vec![(Some(2023), "2023-01..2023-06", Some(387.0)), (Some(2022), "", Some(1050.0))],
            ),
            // (…据悉，2023年，… in a news piece of the next year's 6·26 day)
            (
                "某县举行2024年“6·26”国际禁毒日集中宣传活动\n6月26日，某县在县城广场举行集中宣传活动。据悉，2023年，全县破获毒品刑事案件9起，查处吸毒人员37人次。\n",
                vec![(Some(2024), "", None), (Some(2023), "", Some(9.0))],
            ),
            // …and so when a report says it (《2022年中国毒情形势报告》指出，2022年，…; 通报会上公布，…)
            (
                "国际禁毒日:健康人生 绿色无毒\n来源: 甘肃广电 2023-06-27 01:07:34\n公安部发布的《2022年中国毒情形势报告》指出，2022年，我国禁毒部门抓获犯罪嫌疑人5.3万名，破获毒品犯罪案件3.5万起。\n今年以来，全国深入开展禁毒行动。1至5月，全国共破获毒品犯罪案件1.6万起。\n",
                vec![(Some(2023), "2023-01..2023-05", Some(16000.0)), (Some(2022), "", Some(35000.0))],
            ),
            (
                "某市禁毒工作通报会\n发布时间：2021-06-20\n市公安局在通报会上公布，2020年，全市破获毒品刑事案件63起。今年以来，全市破获毒品刑事案件21起。\n",
                vec![(Some(2021), "2021-01..2021-06", Some(21.0)), (Some(2020), "", Some(63.0))],
            ),
            // …or seen from one side first (从占全国比重来看，2022年，…; 就全市而言，去年…): the year
            // after it is the sentence's, not the record's own
            (
                "某省吸毒人员情况调研\n发布时间：2023-06-20\n从占全国比重来看，2022年，全省破获毒品刑事案件1050起。今年以来，全省破获毒品刑事案件387起。\n",
                vec![(Some(2023), "2023-01..2023-06", Some(387.0)), (Some(2022), "", Some(1050.0))],
            ),
            (
                "某市禁毒工作通报\n发布时间：2021-06-20\n从数据上看，2020年，全市破获毒品刑事案件63起。今年以来，全市破获毒品刑事案件21起。\n",
                vec![(Some(2021), "2021-01..2021-06", Some(21.0)), (Some(2020), "", Some(63.0))],
            ),
            (
                "某市禁毒工作通报\n发布时间：2021-06-20\n从近三年数据看，2020年，全市破获毒品刑事案件63起。今年以来，全市破获毒品刑事案件21起。\n",
                vec![(Some(2021), "2021-01..2021-06", Some(21.0)), (Some(2020), "", Some(63.0))],
            ),
            (
                "某县禁毒工作通报\n发布时间：2021-06-20\n就全县而言，去年，全县破获毒品刑事案件63起。今年以来，全县破获毒品刑事案件21起。\n",
                vec![(Some(2021), "2021-01..2021-06", Some(21.0)), (Some(2020), "", Some(63.0))],
            ),
            // a text of no year: last year's figures are a record all the same, its year unknown
            // (the text's own, with no figure, is no row of the facts table)
            (
                "某省禁毒办召开新闻发布会\n去年，全省共破获毒品犯罪案件2000余起，抓获毒品犯罪嫌疑人3000余人。\n",
                vec![(None, "", None), (None, "", Some(2000.0))],
            ),
            // a headline restating the text's own figure as 去年's (潮州去年破获…224宗 over 去年以来…224宗)
            (
                "某市禁毒工作督导\n某市去年破获毒品案件224宗。据了解，去年以来，全市公安机关共破获各类毒品刑事案件224宗，查处吸毒人员1836名。\n",
                vec![(None, "", Some(224.0))],
            ),
            // a summary of a year stating only the year before's figures: its own record has none
            ("某县2021年禁毒工作总结\n去年全年，全县共破获毒品刑事案件9起。\n", vec![(Some(2021), "", None), (Some(2020), "", Some(9.0))]),
        ] {
            let got = records(text, cc);
            let got: Vec<(Option<i32>, &str, Option<f64>)> = got.iter().map(|(y, p, v)| (*y, p.as_str(), *v)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A sentence naming no time of its own after one of its paragraph that named a whole
    /// earlier year (2023年，全区…。全区刑事拘留49人。 in a release of June 2024) is of that year
    /// too; one with a time of its own (今年以来) ends it, and a comparison's baseline year (由2022
    /// 年底的…) is no time of the sentence's.
    #[test]
    fn an_earlier_years_paragraph_dates_its_untimed_sentences() {
        let head = "某区召开禁毒新闻发布会\n发布时间：2024-06-25\n";
        for (body, f, want) in [
            (
                "2023年，全区共破获毒品刑事案件41起。全区刑事拘留49人。\n今年以来，全区破获毒品刑事案件16起。\n",
                Field::Detained,
                vec![(Some(2024), "", None), (Some(2023), "", Some(49.0))],
            ),
            (
                "区禁毒办主任介绍，2023年，全区共破获毒品刑事案件41起。全区在册吸毒人员由2022年底的1,082人下降至986人。\n今年以来，全区破获毒品刑事案件16起。\n",
                Field::RegisteredUsers,
                vec![(Some(2024), "", None), (Some(2023), "", Some(986.0)), (Some(2022), "", Some(1082.0))],
            ),
            // (a sentence of this year's part in the paragraph ends the earlier year's)
            (
                "2023年，全区共破获毒品刑事案件41起。今年以来，全区破获毒品刑事案件16起。全区刑事拘留19人。\n",
                Field::Detained,
                vec![(Some(2024), "2024-01..2024-06", Some(19.0)), (Some(2023), "", None)],
            ),
            // (…and once the record's whole year has stood in it, an earlier year after it is a
            // comparison: the untimed level after both is the record's year's)
            (
                "2024年全区破获毒品刑事案件38起；2023年全区破获毒品刑事案件41起。全区现有吸毒人员986名。\n",
                Field::RegisteredUsers,
                vec![(Some(2024), "", Some(986.0)), (Some(2023), "", None)],
            ),
        ] {
            let got = records(&format!("{head}{body}"), f);
            let got: Vec<(Option<i32>, &str, Option<f64>)> = got.iter().map(|(y, p, v)| (*y, p.as_str(), *v)).collect();
            assert_eq!(got, want, "{body}");
        }
    }

    /// The year so far in other words: the first months (前5个月, 头两个月, 前三个季度), a range
    /// in numerals (一至五月), since its January (今年1月以来), 今年来 (as 今年以来).
    #[test]
    fn parts_of_the_year_in_other_words() {
        for (text, want) in [
            ("今年前5个月，全市破获毒品刑事案件45起。", Some("2019-01..2019-05")),
            ("今年头两个月，全市破获毒品刑事案件45起。", Some("2019-01..2019-02")),
            ("今年前三个季度，全市破获毒品刑事案件45起。", Some("2019-01..2019-09")),
            ("今年一至五月，全市破获毒品刑事案件45起。", Some("2019-01..2019-05")),
            ("今年1月以来，全市破获毒品刑事案件45起。", Some("2019-01..2019-07")),
            ("今年来，全市破获毒品刑事案件45起。", Some("2019-01..2019-07")),
            ("据统计，全市今年来共破获毒品刑事案件45起。", Some("2019-01..2019-07")),
            // (a page stating only last year's first months is last year's account, with its months)
            ("去年前5个月，全市破获毒品刑事案件45起。", Some("2018-01..2018-05")),
        ] {
            let t = format!("某市禁毒新闻发布会\n发布时间：2019-07-20\n{text}\n");
            assert_eq!(period(&t, Field::CriminalCases).as_deref(), want, "{text}");
        }
    }

    /// A headline's figure restated in the text with its time (截至11月底, 1至6月, 今年以来) covers
    /// the part of the year the text says.
    #[test]
    fn a_headline_figure_takes_the_period_of_its_restatement() {
        for (text, f, want) in [
            (
                "禁毒工作这一年\n破获毒品犯罪案件4.8万起\n2022年01月08日 16:42 来源：某网\n截至2021年11月底，全国共破获毒品犯罪案件4.8万起，抓获犯罪嫌疑人6.7万名。\n",
                Field::CriminalCases,
                Some("2021-01..2021-11"),
            ),
            (
                "全省查处吸毒人员1.2万人次\n发布时间：2020-07-10\n今年1至6月，全省查处吸毒人员1.2万人次，同比下降12%。\n",
                Field::UsersCaught,
                Some("2020-01..2020-06"),
            ),
            (
                "某市禁毒战果：破获毒品刑事案件36起\n发布时间：2021-06-22\n今年以来，全市共破获毒品刑事案件36起。\n",
                Field::CriminalCases,
                Some("2021-01..2021-06"),
            ),
            // another value later is a note, not the first's time
            (
                "某市禁毒战果：破获毒品刑事案件95起\n发布时间：2021-06-22\n今年以来，全市共破获毒品刑事案件36起。\n",
                Field::CriminalCases,
                Some(""),
            ),
        ] {
            assert_eq!(period(text, f).as_deref(), want, "{text}");
        }
    }

    /// A count as of a month of this year (截至今年4月，…1047起) after a sentence of its paragraph
    /// opened a span from last year (去年12月以来，…) runs over that span: no part of this year.
    /// Alone, it is this year's to that month.
    #[test]
    fn as_of_a_month_after_a_span_from_last_year_is_no_part_of_the_year() {
        let head = "某省禁毒工作通报\n发布时间：2016-05-10\n";
        for (body, f, want) in [
            (
                "去年12月以来，全省各级公安机关打击毒品违法犯罪成果凸显。截至今年4月，全省共破获毒品犯罪案件1047起。",
                Field::CriminalCases,
                None,
            ),
            (
                "自去年10月份起，全省开展禁毒百日会战。截止到4月底，全省共查处吸毒人员3200人次。",
                Field::UsersCaught,
                None,
            ),
            (
                "去年11月至今，全省深入推进禁毒人民战争。到今年4月，全省共破获毒品犯罪案件980起。",
                Field::CriminalCases,
                None,
            ),
            (
                "全省各级公安机关打击毒品违法犯罪成果凸显。截至今年4月，全省共破获毒品犯罪案件1047起。",
                Field::CriminalCases,
                Some("2016-01..2016-04"),
            ),
            // (a span from last year in another paragraph does not reach it)
            (
                "去年12月以来，全省禁毒成果凸显。\n截至今年4月，全省共破获毒品犯罪案件1047起。",
                Field::CriminalCases,
                Some("2016-01..2016-04"),
            ),
        ] {
            assert_eq!(period(&format!("{head}{body}\n"), f).as_deref(), want, "{body}");
        }
    }

    /// A headline opening on a span to now (去年以来我市禁毒工作取得显著成效, 三年来某县…) frames
    /// the text: its untimed flows run over the span, whatever years it names in passing (2022年
    /// 禁毒综合考评…); its levels as of now stand, and a figure of its own time stands.
    #[test]
    fn a_headline_opening_on_a_span_frames_the_untimed_flows() {
        let body = "6月2日，某市召开禁毒工作新闻发布会。据介绍，去年以来，全市禁毒工作取得阶段性成效，2022年禁毒综合考评实现五连优。\n全市已建成毒品预防教育示范学校12所，开展禁毒宣传活动1000余场；执行社区戒毒、社区康复936名，执行率达100%。\n今年以来，全市破获毒品刑事案件45起。\n";
        for (title, pe) in [
            ("去年以来我市禁毒工作取得显著成效", None),
            ("三年来某市禁毒工作取得显著成效", None),
            ("某市禁毒工作取得显著成效", Some(1000.0)),
        ] {
            let recs = extract_text("t.txt", &format!("{title}\n{body}"));
            let r = &recs[0];
            assert_eq!(r.value(Field::PublicityEvents), pe, "{title}");
            assert_eq!(r.value(Field::CommunityCases), Some(936.0), "{title}");
            assert_eq!(r.value(Field::CriminalCases), Some(45.0), "{title}");
        }
    }

    /// In a text naming no year, framed by one operation (部署了从3月初开始的专项行动), a day's event
    /// (3月16日晚，…将肖某抓获，又抓获两名吸毒人员) is inside the operation: no time of its own, so
    /// its figures are the operation's and the frame goes on; a day as a count's end (截至3月16日) is
    /// a time of its own.
    #[test]
    fn a_days_event_inside_an_operation_is_no_time_of_its_own() {
        let text = "某县警方开展缉毒攻势\n3月18日下午，某县公安局将一名涉毒犯罪嫌疑人刑事拘留。\n某县公安局部署了从3月初开始的“缉毒执法春夏攻势”专项行动。\n同时，民警对以往案件进行梳理，3月16日晚，他们将在逃的肖某抓获，经审查深挖，又抓获两名吸毒人员。\n";
        let recs = extract_text("t.txt", text);
        assert_eq!(recs[0].value(Field::UsersCaught), None);
        assert!(super::only_days_events("同时，3月16日晚，他们将肖某抓获，又", |t| super::ANY_TIME
            .is_match(t)));
        assert!(!super::only_days_events("截至3月16日，全县共", |t| super::ANY_TIME.is_match(t)));
        assert!(!super::only_days_events("3月16日，今年以来全县共", |t| super::ANY_TIME.is_match(t)));
    }

    /// A bare span of months before a count (五个月破获…, 三个多月来, 近5个月) may run across the
    /// year's start: no part of the year; the year's first months (前五个月, 今年1至5月) are one.
    #[test]
    fn a_bare_span_of_months_is_no_part_of_the_year() {
        let head = "某省禁毒工作通报\n发布时间：2016-05-10\n";
        for (body, want) in [
            ("全省五个月破获毒品刑事案件1047起。", None),
            ("三个多月来，全省共破获毒品刑事案件326起。", None),
            ("近5个月，全省共破获毒品刑事案件410起。", None),
            ("今年前五个月，全省共破获毒品刑事案件1047起。", Some("2016-01..2016-05")),
            ("今年以来，全省共破获毒品刑事案件1047起。", Some("2016-01..2016-04")),
        ] {
            assert_eq!(period(&format!("{head}{body}\n"), Field::CriminalCases).as_deref(), want, "{body}");
        }
    }

    /// 今年以来 in a news item dated only by its dateline's month and day (本报某市6月12日讯,
    /// 新华社南宁3月8日电) runs to that month, in the year the text names otherwise.
    #[test]
    fn this_year_so_far_runs_to_the_datelines_month() {
        for (text, want) in [
            ("本报阳泉6月12日讯 今年以来，全市破获毒品刑事案件4起。围绕“清源断流——2023”专项行动推进禁毒工作。\n", Some("2023-01..2023-06")),
            ("某县2019年禁毒工作推进\n本报讯 新华社南宁3月28日电 今年以来，全县查处吸毒人员26人次，破获毒品刑事案件5起。\n", Some("2019-01..2019-03")),
            // (its month and day in numerals: 中新社北京十二月二十五日电)
            ("2007年全国禁毒工作通报\n中新社北京十一月二十五日电 今年以来，全国公安机关共破获毒品犯罪案件5万起。\n", Some("2007-01..2007-11")),
            ("某县2019年禁毒工作推进\n本报讯 新华社南宁三月二十八日电 今年以来，全县破获毒品刑事案件5起。\n", Some("2019-01..2019-03")),
            ("某县2019年禁毒工作总结\n今年以来，全县破获毒品刑事案件21起。\n", Some("")),
            // …or only by the day its first paragraph opens on (its 今年以来)
            ("某市2020年禁毒新闻发布会\n6月26日上午，市禁毒委召开新闻发布会。今年以来，全市破获毒品刑事案件37起。\n", Some("2020-01..2020-06")),
            ("某县2021年禁毒工作推进会\n4月8日，县禁毒委召开推进会。今年以来，全县破获毒品刑事案件6起。\n", Some("2021-01..2021-04")),
            ("某区2022年禁毒宣传月启动\n6月1日下午，区禁毒办举行启动仪式。今年以来，全区破获毒品刑事案件9起。\n", Some("2022-01..2022-06")),
        ] {
            assert_eq!(period(text, Field::CriminalCases).as_deref(), want, "{text}");
        }
    }

    /// 去年 after a short subject (全市去年查处…, 某市去年共破获…) is the clause's time as when it
    /// opens it; an undated text looking back on the year it names (2021年，…。某市去年共破获…)
    /// was written the year after, so its 去年 is that year.
    /// An ordinal opening a sentence (在第29个国际禁毒日到来之际，第三季度…) is no figure: the
    /// time words after it still date the figures (过去一年来: twelve months across two years).
    #[test]
    fn an_ordinal_is_no_figure_before_the_time_words() {
        let cc = Field::CriminalCases;
        for (text, want) in [
            (
                "全国禁毒工作通报\n2016年6月26日\n在第29个“6·26”国际禁毒日到来之际，国家禁毒办通报，过去一年来，全国共破获毒品犯罪案件11.3万起。\n",
                None,
            ),
            (
                "某市禁毒工作通报\n发布时间：2019-06-25\n在第32个国际禁毒日来临之际，市禁毒委介绍，一年来，全市破获毒品刑事案件213起。\n",
                None,
            ),
            (
                "某州禁毒新闻发布会\n发布时间：2020-06-24\n第33个国际禁毒日前夕，州公安局通报，近一年来，全州破获毒品刑事案件88起。\n",
                None,
            ),
            // a headline counting one year's deeds, in June: the twelve months to it
            (
                "某省一年破获毒品犯罪案件3000余起\n发布时间：2019-06-25\n据介绍，全省禁毒工作取得成效。\n",
                None,
            ),
            // …at a year's end, the year's own
            (
                "某县一年破获毒品刑事案件45起\n发布时间：2019-12-28\n全县禁毒工作取得成效。\n",
                Some((Some(2019), 45.0)),
            ),
            (
                "某市禁毒工作通报\n发布时间：2020-06-24\n去年一年，全市破获毒品刑事案件120起。\n",
                Some((Some(2019), 120.0)),
            ),
            // a year's figures after the ordinal stay that year's
            (
                "某县禁毒工作通报\n发布时间：2021-06-25\n在第34个国际禁毒日到来之际，县禁毒办通报，2020年，全县破获毒品刑事案件31起。\n",
                Some((Some(2020), 31.0)),
            ),
        ] {
            let got = records(text, cc).into_iter().find_map(|(y, _, v)| v.map(|v| (y, v)));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn last_year_after_a_subject_is_the_clauses_time() {
        let uc = Field::UsersCaught;
        for (text, f, want) in [
            (
                "某市禁毒工作通报\n发布时间：2021-07-02\n今年以来，全市查处吸毒人员96人次。全市去年查处吸毒人员310人次。\n",
                uc,
                vec![(Some(2021), "2021-01..2021-06", Some(96.0)), (Some(2020), "", Some(310.0))],
            ),
            (
                "6月26日是第35个国际禁毒日，某市启动禁毒宣传月。\n据介绍，2021年，某市警方组织开展会战行动。经统计，某市去年共破获毒品刑事案件160余起，查获吸毒人员510人次。\n",
                Field::CriminalCases,
                vec![(Some(2021), "", Some(160.0))],
            ),
            // one sentence, last year's clause then this year's
            (
                "某市禁毒工作通报\n发布时间：2021-07-02\n全市去年查处吸毒人员310人次，今年以来查处吸毒人员96人次。\n",
                uc,
                vec![(Some(2021), "2021-01..2021-06", Some(96.0)), (Some(2020), "", Some(310.0))],
            ),
            (
                "某县禁毒工作通报\n发布时间：2021-07-02\n今年以来，全县查处吸毒人员40人，比去年同期减少6人。\n",
                uc,
                vec![(Some(2021), "2021-01..2021-06", Some(40.0))],
            ),
        ] {
            let got = records(text, f);
            let got: Vec<(Option<i32>, &str, Option<f64>)> = got.iter().map(|(y, p, v)| (*y, p.as_str(), *v)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A trend's end at a named year (…降至2022年的350起) is that year's level: last year's record
    /// in a text of this year, this year's own when it is the record's, no year's else.
    #[test]
    fn a_trends_end_belongs_to_the_year_it_names() {
        let cc = Field::CriminalCases;
        for (text, want) in [
            (
                "某省禁毒新闻\n发布时间：2023-06-22\n全省破获毒品犯罪案件已从最高峰时期2015年的1600余起降至2022年的350起。今年1至5月，全省共破获毒品犯罪案件160起。\n",
                vec![(Some(2023), "2023-01..2023-05", Some(160.0)), (Some(2022), "", Some(350.0))],
            ),
            ("某县2022年禁毒工作总结\n全县破获毒品刑事案件由2018年的60起下降到2022年的21起。\n", vec![(Some(2022), "", Some(21.0))]),
            (
                "某县2023年禁毒工作总结\n全县破获毒品刑事案件由2016年的60起下降到2020年的21起。全年破获毒品刑事案件18起。\n",
                vec![(Some(2023), "", Some(18.0))],
            ),
        ] {
            let got = records(text, cc);
            let got: Vec<(Option<i32>, &str, Option<f64>)> = got.iter().map(|(y, p, v)| (*y, p.as_str(), *v)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// Months named after a standing programme (常态化推进“平安关爱”行动，1至8月共查处…) are the
    /// figures' part of the year, not one operation's; an operation's own figures stay its.
    #[test]
    fn months_after_a_programme_are_the_figures_time() {
        for (text, want) in [
            (
                "某省禁毒工作通报\n发布时间：2023-09-20\n全省常态化推进吸毒人员“平安关爱”行动，1至8月共查处吸毒人员1100人次。\n",
                Some("2023-01..2023-08"),
            ),
            (
                "某市禁毒工作通报\n发布时间：2022-07-10\n深化“净边”行动，上半年查处吸毒人员230人次。\n",
                Some("2022-01..2022-06"),
            ),
        ] {
            assert_eq!(period(text, Field::UsersCaught).as_deref(), want, "{text}");
        }
    }

    /// A span opened this year (今年开展…行动以来) is this year's to date, not several years';
    /// one opened in an earlier year (2019年开展…以来) is no year's.
    #[test]
    fn a_span_opened_this_year_is_the_years_to_date() {
        for (text, want) in [
            (
                "某部禁毒工作通报\n发布时间：2022-06-24\n记者从发布会上了解到，1至5月全国共破获毒品犯罪案件1.4万余起。\n据了解，今年开展“清源断流”行动以来，持续深化“平安关爱”行动，共查处吸毒人员7.8万人次。\n",
                Some("2022-01..2022-06"),
            ),
            (
                "某省禁毒工作通报\n发布时间：2023-07-02\n记者获悉，上半年全省破获毒品刑事案件320起。\n年初开展“净边”行动以来，深化“平安关爱”行动，查处吸毒人员2100人次。\n",
                Some("2023-01..2023-06"),
            ),
            (
                "某县禁毒工作通报\n发布时间：2021-09-10\n记者获悉，1至8月全县破获毒品刑事案件9起。\n2019年开展禁毒专项行动以来，全县查处吸毒人员460人次。\n",
                None,
            ),
        ] {
            assert_eq!(period(text, Field::UsersCaught).as_deref(), want, "{text}");
        }
    }

    /// Last year's part (去年同期), its end (去年底) or a span from it (去年以来) make no record of
    /// last year.
    #[test]
    fn last_years_part_or_a_series_makes_no_record() {
        for (text, f) in [
            ("某县禁毒工作通报\n发布时间：2021-07-02\n今年以来，全县破获毒品刑事案件9起。去年同期，全县破获毒品刑事案件7起。\n", Field::CriminalCases),
            ("某县禁毒工作通报\n发布时间：2021-07-02\n今年以来，全县查处吸毒人员40人。截至去年底，全县在册吸毒人员812人。\n", Field::RegisteredUsers),
            ("某市禁毒通报\n发布时间：2020-06-26\n今年以来，全市查处吸毒人员85人。去年1至5月，全市查处吸毒人员120人。\n", Field::UsersCaught),
        ] {
            let got = records(text, f);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
        }
    }

    /// Each step of a series of years (2019年…，2020年…，2021年…; 2013年，…。2014年，…。2015年，…)
    /// is that year's own value: a record of each year, nearest first.
    #[test]
    fn each_step_of_a_series_of_years_is_that_years() {
        let nu = Field::NewUsers;
        for (text, f, want) in [
            (
                "某区禁毒工作综述\n发布时间：2021-12-20\n全区新增吸毒人员逐年下降，2019年新增吸毒人员39人，2020年新增吸毒人员31人，2021年新增吸毒人员20人。\n",
                nu,
                vec![(Some(2021), Some(20.0)), (Some(2020), Some(31.0)), (Some(2019), Some(39.0))],
            ),
            (
                "关于某省吸戒毒人员趋势变化的调研报告\n从占全国比重来看，2013年，全省登记在册吸毒人员398599人。2014年，全省登记在册吸毒人员485964人。2015年，全省登记在册吸毒人员58.26万人。\n",
                Field::RegisteredUsers,
                vec![(Some(2015), Some(582600.0)), (Some(2014), Some(485964.0)), (Some(2013), Some(398599.0))],
            ),
            (
                "某县禁毒工作情况\n2021年，全县破获毒品刑事案件21起。2022年，全县破获毒品刑事案件25起。2023年，全县破获毒品刑事案件30起。\n",
                Field::CriminalCases,
                vec![(Some(2023), Some(30.0)), (Some(2022), Some(25.0)), (Some(2021), Some(21.0))],
            ),
        ] {
            let got: Vec<(Option<i32>, Option<f64>)> = records(text, f).into_iter().map(|r| (r.0, r.2)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// Last year's same months (去年同期，…7起) are a baseline in every text: dated or not, and
    /// whatever year the text's figures are read as (an undated page whose only year opens a span
    /// to now, 2018年以来, looks back on no year).
    #[test]
    fn last_years_same_months_are_never_the_records_figure() {
        for text in [
            "某县禁毒工作通报\n记者获悉，2018年以来，全县共破获毒品刑事案件21起。\n去年同期，全县破获毒品刑事案件24起。\n",
            "某县禁毒工作通报\n本报讯 12月10日，2021年以来，全县共破获毒品刑事案件8起。\n去年同期，全县破获毒品刑事案件12起。\n",
            "某区禁毒工作\n2019年，全区破获毒品刑事案件30起。\n去年同期全区破获毒品刑事案件26起。\n",
            "某县禁毒工作通报\n发布时间：2022-07-02\n上半年，全县查处吸毒人员40人。\n上年同期，全县破获毒品刑事案件5起。\n",
        ] {
            let got = records(text, Field::CriminalCases);
            assert!(got.iter().all(|r| !matches!(r.2, Some(v) if v == 24.0 || v == 12.0 || v == 26.0 || v == 5.0)), "{text}: {got:?}");
        }
    }

    /// 上年 in an undated text of a year's results counts back from that year (2022年，…。上年，全县
    /// 查获…168人次: 2021's), though its 去年 may be the year itself when the text looks back on it.
    #[test]
    fn the_year_before_in_an_undated_text_is_the_year_before_its_own() {
        let uc = Field::UsersCaught;
        for (text, want) in [
            (
                "某县公安局禁毒工作再创佳绩\n2022年，某县公安局共侦破毒品刑事案件64起。\n全年查获吸毒人员142人次。而上年，全县查获吸毒人员为168人次。\n",
                vec![(Some(2022), Some(142.0)), (Some(2021), Some(168.0))],
            ),
            (
                "某县禁毒工作稳中有进\n2021年，全县查获吸毒人员96人次。\n上一年，全县查获吸毒人员105人次。\n",
                vec![(Some(2021), Some(96.0)), (Some(2020), Some(105.0))],
            ),
        ] {
            let got: Vec<(Option<i32>, Option<f64>)> = records(text, uc).into_iter().map(|r| (r.0, r.2)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// What was done over a count of years (3年查获…, 两年共破获…, 五年累计…) is their total, not a
    /// year's; a year's own number (2021年查获…) is no count of years.
    #[test]
    fn what_was_done_over_some_years_is_no_years_value() {
        for (text, f, want) in [
            (
                "某区禁毒工作新闻发布会\n发布时间：2021-06-29\n3年查获吸毒人员17179人次，其中新发现5431人。\n",
                Field::UsersCaught,
                None,
            ),
            (
                "某县禁毒工作新闻发布会\n发布时间：2020-06-24\n两年共破获毒品刑事案件63起。\n",
                Field::CriminalCases,
                None,
            ),
            ("某市禁毒工作综述\n发布时间：2022-12-26\n五年累计查处吸毒人员2400余人次。\n", Field::UsersCaught, None),
            // (years counted in two digits, as a headline writes them)
            ("10年破获毒品犯罪案件1.2万余起\n发布时间：2022-06-20\n禁毒工作成效显著。\n", Field::CriminalCases, None),
            ("某省禁毒工作综述\n发布时间：2020-06-22\n12年查处吸毒人员3.1万人次。\n", Field::UsersCaught, None),
            ("某市禁毒工作\n发布时间：2019-06-25\n全市15年共破获毒品刑事案件2300余起。\n", Field::CriminalCases, None),
            ("某县2010年禁毒工作总结\n2010年破获毒品刑事案件30起。\n", Field::CriminalCases, Some(30.0)),
            ("某县禁毒工作总结\n发布时间：2022-01-10\n2021年查获吸毒人员86人次。\n", Field::UsersCaught, Some(86.0)),
            ("某县2021年禁毒工作总结\n全年查获吸毒人员86人次，比上年减少12人。\n", Field::UsersCaught, Some(86.0)),
        ] {
            let got = extract_text("t.txt", text).first().and_then(|r| r.value(f));
            assert_eq!(got, want, "{text}");
        }
    }

    /// 连续四年 times its own clause (连续四年纳入省级计划, 连续三年位列第一), not a figure after
    /// it; standing with the figure (连续三年共破获…) it spans those years.
    #[test]
    fn consecutive_years_time_their_own_clause() {
        let f = Field::HairTestRate;
        for (text, want) in [
            ("某省2024年禁毒工作综述\n毒品治理技术连续四年纳入省级科技计划项目，对各市开展污水监测全覆盖，重点人员毛发检测率达100%。\n", Some(100.0)),
            ("某市2022年禁毒工作总结\n禁毒考评连续三年位列全省第一，全市吸毒人员毛发检测完成率达98.6%。\n", Some(98.6)),
        ] {
            let got = extract_text("t.txt", text).first().and_then(|r| r.value(f));
            assert_eq!(got, want, "{text}");
        }
        let got = extract_text("t.txt", "某县2021年禁毒工作总结\n连续三年共破获毒品刑事案件96起。\n");
        assert_eq!(got.first().and_then(|r| r.value(Field::CriminalCases)), None);
    }

    /// Several years' totals worded with 多 (两年多来, 三年多来, 多年来) are no year's value.
    #[test]
    fn totals_of_more_than_a_few_years_are_dropped() {
        for t in [
            "某市公安局召开禁毒新闻发布会\n发布时间：2015-06-23\n两年多来，全市共查获吸毒人员396人，强制隔离戒毒59人。\n",
            "某县禁毒工作新闻发布会\n发布时间：2019-06-25\n三年多来，全县破获毒品刑事案件88起。\n",
            "某区禁毒工作综述\n2022年12月30日\n多年来，全区累计查处吸毒人员1200余人次。\n",
        ] {
            let r = extract_text("t.txt", t);
            let facts: Vec<_> = r.iter().flat_map(|r| r.facts.iter().map(|f| (f.field, f.value))).collect();
            assert!(facts.is_empty(), "{t}: {facts:?}");
        }
    }

    /// A campaign running into the next year (2014年10月至2015年3月), its 期间 figures, and
    /// an operation of some months inside the year are no year's value; 1至6月 is the year to June.
    #[test]
    fn campaigns_and_operations_of_some_months() {
        let head = "某省2015年禁毒工作综述\n";
        for (text, f, want) in [
            ("2014年10月至2015年3月组织开展了百城禁毒会战，期间共查获吸毒人员38500余人次。", Field::UsersCaught, None),
            ("2015年3至6月组织开展网络扫毒行动，全省共查获吸毒人员6000余人。", Field::UsersCaught, None),
            ("组织开展百城禁毒会战，会战期间共破获毒品刑事案件620起。", Field::CriminalCases, None),
            ("7至9月，部署开展夏季严打行动，强制隔离戒毒86人。", Field::CompulsoryRehab, None),
            ("1至6月，全省共破获毒品刑事案件3100起。", Field::CriminalCases, Some("2015-01..2015-06")),
            // (an operation's results announced before a colon, to an end marker of its own: 贵州's
            // 通报“百城禁毒会战”…战果：截至12月上旬，… — the operation's, no value of the year)
            ("省公安厅公布“清源”专项行动战果：截至11月中旬，全省共破获毒品刑事案件410起。", Field::CriminalCases, None),
            ("省公安厅通报“雷霆”会战全省战果：截至12月10日，全省查获吸毒人员2600余人次。", Field::UsersCaught, None),
            // (…but results of the year's work, or figures with a whole year of their own, are the year's)
            ("省公安厅通报全年禁毒工作成果：2015年，全省共破获毒品刑事案件900起。", Field::CriminalCases, Some("")),
            ("省公安厅公布“清源”行动战果：2015年全年，全省共破获毒品刑事案件900起。", Field::CriminalCases, Some("")),
            ("2015年，全省共破获毒品犯罪案件7200余起。", Field::CriminalCases, Some("")),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), f).as_deref(), want, "{text}");
        }
    }

    /// A span of years named anywhere before a summary's figures (not only as its first
    /// clause) makes them several years' total; a later year named after the span is the
    /// figures' own.
    #[test]
    fn a_span_of_years_before_the_figures_is_several_years() {
        let head = "某市禁毒工作会议召开\n发布时间：2014-10-09\n";
        for (text, f, want) in [
            ("会议数据显示，2011年至2014年，全市共破获毒品刑事案件2928起。", Field::CriminalCases, None),
            ("据统计，2012—2014年，全县累计查获吸毒人员1460人次。", Field::UsersCaught, None),
            ("会上通报，我市2011-2013年共强制隔离戒毒980人。", Field::CompulsoryRehab, None),
            (
                "会议指出，2011年至2013年打击成效明显，2014年全市共破获毒品刑事案件310起。",
                Field::CriminalCases,
                Some(""),
            ),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), f).as_deref(), want, "{text}");
        }
    }

    /// Figures since a month of a named year (2021年6月至今) are the rest of that year when the
    /// text is dated in it (from January: the year so far); read a year later, or undated,
    /// they are no year's value.
    #[test]
    fn since_a_month_of_a_named_year() {
        for (date, text, f, want) in [
            ("2022-06-24", "2021年6月至今，全区共破获毒品刑事案件439起。", Field::CriminalCases, None),
            ("2022-06-24", "2021年6月以来，全区公安机关共查获吸毒人员2577人次。", Field::UsersCaught, None),
            (
                "2021-11-20",
                "2021年6月以来，全县共破获毒品刑事案件37起。",
                Field::CriminalCases,
                Some("2021-06..2021-11"),
            ),
            ("2021-11-20", "2021年3月份至今，全市查获吸毒人员208人。", Field::UsersCaught, Some("2021-03..2021-11")),
            ("2023-07-04", "2023年1月以来，全县破获毒品刑事案件9起。", Field::CriminalCases, Some("2023-01..2023-06")),
            ("", "2020年5月至今，全县强制隔离戒毒41人。", Field::CompulsoryRehab, None),
        ] {
            let dated = if date.is_empty() { String::new() } else { format!("发布时间：{date}\n") };
            let t = format!("某县禁毒工作推进会\n{dated}{text}\n禁毒。\n");
            assert_eq!(period(&t, f).as_deref(), want, "{text}");
        }
    }

    /// A sentence going on with a list of several years' figures, with no subject or time of
    /// its own, is of those years too; one naming its own time or place, or a new paragraph, is not.
    #[test]
    fn a_list_going_on_after_several_years_keeps_their_era() {
        let head = "某市禁毒工作会议召开\n发布时间：2021-03-09\n";
        for (text, want) in [
            ("2016年至2020年，全县累计破获毒品刑事案件96起。强制隔离戒毒120人，社区戒毒85人。", None),
            ("会议通报，2011年至2014年，我市共破获毒品刑事案件2928起。强制隔离戒毒9969人次，主要指标名列前茅。", None),
            ("五年间，全区查处吸毒人员620人次。送强制隔离戒毒188人。", None),
            ("2016年至2020年，全县累计破获毒品刑事案件96起。今年全县强制隔离戒毒32人。", Some("")),
            ("2016年至2020年，全县累计破获毒品刑事案件96起。2020年，全县强制隔离戒毒32人。", Some("")),
            ("2016年至2020年，全县累计破获毒品刑事案件96起。\n强制隔离戒毒32人。", Some("")),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), Field::CompulsoryRehab).as_deref(), want, "{text}");
        }
        // an evaluation's next sentence is its own (the year's spending after a few years' total)
        let t = "三年来，项目累计投入资金90万元。项目实际支出为29.96万元。\n";
        assert!(super::facts_of(t, crate::model::Kind::Project).contains(&(Field::ActualTotal, 29.96)), "{t}");
    }

    /// A page without a title lends its first sentence as one: a 上半年 inside that sentence
    /// (今年上半年民调排名第三) sets no period for the page's figures; a title's does.
    #[test]
    fn a_first_sentence_standing_for_a_title_sets_no_period() {
        for (text, want) in [
            (
                "2014年10月8日上午，全市禁毒工作会议召开，会议数据显示，今年上半年禁毒工作民调在全省排名第三。今年全市强制隔离戒毒326人。\n禁毒。\n",
                Some(""),
            ),
            ("某县2022年上半年禁毒工作情况\n全县强制隔离戒毒21人。\n禁毒。\n", Some("2022-01..2022-06")),
            ("某市上半年禁毒工作通报\n发布时间：2019-07-05\n全市共强制隔离戒毒88人。\n禁毒。\n", Some("2019-01..2019-06")),
        ] {
            assert_eq!(period(text, Field::CompulsoryRehab).as_deref(), want, "{text}");
        }
    }

    /// Figures after a named operation being run (深化“净边”行动，…，破获…) are that
    /// operation's: they yield to the year's own stated later, and stand for the year only
    /// when nothing else is stated; a whole-year or whole-area word makes them the year's.
    #[test]
    fn a_named_operations_figures_yield_to_the_years() {
        let t = "某省2022年禁毒工作情况";
        let v = |text: &str, f: Field| {
            crate::extract::extract_text("t.txt", &format!("{t}\n{text}\n禁毒。\n")).first().and_then(|r| r.value(f))
        };
        for (text, f, want) in [
            (
                "严抓禁贩，深化“净边”行动，强化立体围剿，破获毒品刑事案件156起。全省共破获毒品刑事案件1200起。",
                Field::CriminalCases,
                Some(1200.0),
            ),
            ("开展“两打两控”专项行动，查处吸毒人员45名。全年全县查处吸毒人员210名。", Field::UsersCaught, Some(210.0)),
            (
                "组织“雷霆扫毒”会战，集中收网，刑事拘留12人。2022年全市刑事拘留毒品犯罪嫌疑人96人。",
                Field::Detained,
                Some(96.0),
            ),
            ("开展“清源断流”专项行动，全年共破获毒品刑事案件88起。", Field::CriminalCases, Some(88.0)),
            ("深入开展“净边”专项行动，破获毒品刑事案件37起。", Field::CriminalCases, Some(37.0)),
        ] {
            assert_eq!(v(text, f), want, "{text}");
        }
    }

    /// Since the start of the year a text is dated in (2022年以来 in June 2022) is the year so
    /// far; read in a later year, or undated, it may span years: no year's value.
    #[test]
    fn since_the_start_of_the_texts_own_year() {
        // a forum's or blog's 发表于 line dates the page
        let forum = "某地禁毒工作情况\n张三 发表于 2022-6-15 16:09:57\n正文。";
        assert_eq!(super::super::segment::article_date(forum), Some((2022, 6, 15)));
        for (date, text, f, want) in [
            (
                "2022-06-14",
                "2022年以来，全省共破获毒品刑事案件1556起。",
                Field::CriminalCases,
                Some("2022-01..2022-06"),
            ),
            ("2019-11-20", "2019年至今，全区查处吸毒人员233人。", Field::UsersCaught, Some("2019-01..2019-11")),
            ("2023-03-02", "2022年以来，全县共破获毒品刑事案件60起。", Field::CriminalCases, None),
            // since a year before the text's own (2022年至今 in June 2023): across years
            ("2023-06-26", "2022年至今，全省共破获毒品案件200余起。", Field::CriminalCases, None),
            ("2021-07-01", "2020年至今，全市查处吸毒人员510人次。", Field::UsersCaught, None),
            ("2020-06-24", "据统计，2018年至今，全县共强制隔离戒毒96人。", Field::CompulsoryRehab, None),
            // (a span to a month of this year, 自2019年至今年5月底, across years all the same)
            ("2020-06-24", "自2019年至今年5月底，全县共查处吸毒人员96人。", Field::UsersCaught, None),
            ("", "2015年以来，全市查破毒品刑事案件130起。", Field::CriminalCases, None),
        ] {
            let dated = if date.is_empty() { String::new() } else { format!("张三 发表于 {date} 16:09:57\n") };
            let t = format!("某地禁毒工作情况\n{dated}{text}\n禁毒。\n");
            assert_eq!(period(&t, f).as_deref(), want, "{text}");
        }
    }

    /// A span of years ending at the record's year (2016年至2020年) spans those years, except the
    /// level a change over it reaches (从3298人逐年上升至6828人), which is the last year's.
    #[test]
    fn the_level_a_span_ends_at_is_its_last_years() {
        let head = "江西禁毒五年回眸\n";
        for (text, f, want) in [
            ("2016年至2020年间，全省起诉毒品犯罪嫌疑人数从3298人逐年上升至6828人。2020年，全省新发现吸毒人员5739人。", Field::Prosecuted, Some("")),
            ("2016年至2020年间，全省年均破获毒品刑事案件3170起。2020年，全省新发现吸毒人员5739人。", Field::CriminalCases, None),
            ("2016年至2020年，全省累计查处吸毒人员41000人次，在册吸毒人员由5.2万人降至3.9万人。2020年，全省新发现吸毒人员5739人。", Field::UsersCaught, None),
            // a span ending before the record's year: no value of it
            ("2015年至2018年，全省起诉人数从1200人上升至2100人。2020年全省起诉毒品犯罪嫌疑人3000人。", Field::Prosecuted, Some("")),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), f).as_deref(), want, "{text}");
        }
    }

    /// A form's row of label and value cells side by side, with no header above, reads as its
    /// pairs: each value with its own label.
    #[test]
    fn a_row_of_labels_and_their_values() {
        let head = "项目支出绩效自评表\n（2022年度）\n项目名称\t禁毒专项经费\t实施单位\t某县公安局\n";
        for (row, f, want) in [
            ("全年执行数（万元）\t28.5\t执行率\t89.06%", Field::ActualTotal, Some(28.5)),
            ("全年执行数（万元）\t28.5\t执行率\t89.06%", Field::ExecutionRateStated, Some(89.06)),
            ("年初预算数（万元）\t30\t全年预算数（万元）\t32", Field::BudgetTotal, Some(32.0)),
            ("全年预算数（万元）\t32\t全年执行数（万元）\t28.5", Field::ActualTotal, Some(28.5)),
        ] {
            let got = records(&format!("{head}{row}\n"), f);
            assert_eq!(got.iter().find_map(|r| r.2), want, "{row}: {got:?}");
        }
        // (such a row under an indicators' table, whose labels name the form's columns, is its own)
        let ind = "部门整体支出绩效自评表\n（2023年度）\n部门名称\t某县禁毒办\n年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t实际完成值\n产出指标\t数量指标\t开展禁毒宣传活动\t≥100场次\t124场次\n";
        for (row, f, want) in [
            ("全年执行数（万元）\t130.6\t执行率\t96.74%", Field::ActualTotal, Some(130.6)),
            ("全年执行数（万元）\t130.6\t执行率\t96.74%", Field::ExecutionRateStated, Some(96.74)),
            ("全年预算数（万元）\t135\t全年执行数（万元）\t130.6", Field::BudgetTotal, Some(135.0)),
            ("全年预算数（万元）\t135\t全年执行数（万元）\t130.6", Field::PublicityEvents, Some(124.0)),
        ] {
            let got = records(&format!("{ind}{row}\n"), f);
            assert_eq!(got.iter().find_map(|r| r.2), want, "{row}: {got:?}");
        }
        // (only rows of label and value pairs: a row of labels, or of a label and several values, is
        // read as before)
        assert_eq!(super::label_value_row("年初预算数\t全年预算数\t全年执行数\t执行率", 1.0), None);
        assert_eq!(super::label_value_row("年度资金总额\t30\t32\t28.5", 1.0), None);
        assert_eq!(
            super::label_value_row("全年执行数\t28.5\t执行率\t89.06%", 1.0).as_deref(),
            Some("全年执行数：28.5；执行率：89.06%")
        );
    }

    /// Such a row of bare sums under a caption's money unit (单位：万元, 金额单位：元, 单位：千元),
    /// its cells parted by tabs or flattened with two spaces or more: each sum with its label,
    /// in the caption's unit; a rate or a score in the row keeps its own.
    #[test]
    fn a_row_of_bare_sums_under_a_captions_unit() {
        for (head, row, f, want) in [
            // (湖南: 单位：万元 over the form, cells by tabs)
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "年初预算数\t30\t全年预算数\t32\t全年执行数\t28.5",
                Field::BudgetTotal,
                Some(32.0),
            ),
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "年初预算数\t30\t全年预算数\t32\t全年执行数\t28.5",
                Field::ActualTotal,
                Some(28.5),
            ),
            // (广东: 金额单位：元, sums in 元)
            (
                "某区禁毒办2022年度项目支出绩效自评表\n金额单位：元\n",
                "年初预算数\t300000\t全年预算数\t320000\t全年执行数\t285000",
                Field::BudgetTotal,
                Some(32.0),
            ),
            (
                "某区禁毒办2022年度项目支出绩效自评表\n金额单位：元\n",
                "全年预算数\t320000\t全年执行数\t285000\t执行率\t89.06%",
                Field::ActualTotal,
                Some(28.5),
            ),
            (
                "某区禁毒办2022年度项目支出绩效自评表\n金额单位：元\n",
                "全年预算数\t320000\t全年执行数\t285000\t执行率\t89.06%",
                Field::ExecutionRateStated,
                Some(89.06),
            ),
            // (四川: 单位：千元)
            (
                "某县禁毒委2021年度部门整体支出绩效自评表\n填报单位：某县禁毒委  单位：千元\n",
                "年度预算数\t1864\t年度执行数\t1795.3",
                Field::ActualTotal,
                Some(179.53),
            ),
            // (flattened by pdftotext or a web page with two spaces or more)
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "年初预算数  30  全年预算数  32  全年执行数  28.5  执行率  89.06%",
                Field::ActualTotal,
                Some(28.5),
            ),
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "全年预算数    32      全年执行数    28.5",
                Field::BudgetTotal,
                Some(32.0),
            ),
            (
                "某区禁毒办2022年度项目支出绩效自评表\n金额单位：元\n",
                "全年预算数   320000   全年执行数   285000",
                Field::ActualTotal,
                Some(28.5),
            ),
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "全年执行数  28.5  执行率  89.06%",
                Field::ExecutionRateStated,
                Some(89.06),
            ),
            ("某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n", "自评得分  92", Field::SelfScore, Some(92.0)),
            // (a group's label opening the row: 福建's 年度资金总额：, the MoF form's 项目资金（万元）)
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "年度资金总额：  年初预算数  30  全年预算数  32  全年执行数  31",
                Field::BudgetTotal,
                Some(32.0),
            ),
            (
                "某县禁毒办2023年度项目支出绩效自评表\n",
                "项目资金（万元）\t年初预算数\t30\t全年执行数\t31",
                Field::ActualTotal,
                Some(31.0),
            ),
            // (in traditional characters: 單位：萬元 over the form)
            (
                "東山縣禁毒辦2023年度項目支出績效自評表\n單位：萬元\n",
                "年初預算數  30  全年預算數  32  全年執行數  31.5",
                Field::ActualTotal,
                Some(31.5),
            ),
            // (label cells ending on their colon: 重庆's form)
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "年初预算数：\t40\t全年预算数：\t44\t全年执行数：\t42.9",
                Field::BudgetTotal,
                Some(44.0),
            ),
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "执行率：\t97.5%\t自评得分：\t94",
                Field::SelfScore,
                Some(94.0),
            ),
            // (a score's bare value as one pair of the row: each pair is its own cell)
            (
                "某县禁毒办2023年度部门整体支出绩效自评表\n金额单位：元\n",
                "执行率\t95.96%\t自评得分\t94",
                Field::SelfScore,
                Some(94.0),
            ),
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "执行率  98%  自评得分  92.5",
                Field::SelfScore,
                Some(92.5),
            ),
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "全年执行数\t19.6\t综合评分\t88",
                Field::SelfScore,
                Some(88.0),
            ),
            (
                "某县禁毒办2023年度项目支出绩效自评表\n单位：万元\n",
                "全年执行数：19.6；评价总分：90",
                Field::SelfScore,
                Some(90.0),
            ),
            // (a count's label takes no unit of money: 查获吸毒人员 436 is 436 persons)
            (
                "某区禁毒办2022年度项目支出绩效自评表\n金额单位：元\n",
                "全年执行数\t285000\t查获吸毒人员（人次）\t436",
                Field::UsersCaught,
                Some(436.0),
            ),
            (
                "某区禁毒办2022年度项目支出绩效自评表\n金额单位：元\n",
                "全年执行数\t285000\t查获吸毒人员\t436",
                Field::UsersCaught,
                Some(436.0),
            ),
            (
                "某区禁毒办2022年度项目支出绩效自评表\n金额单位：元\n",
                "全年执行数\t285000\t查获吸毒人员\t436",
                Field::ActualTotal,
                Some(28.5),
            ),
        ] {
            let got = records(&format!("{head}项目名称\t禁毒工作经费\n{row}\n"), f);
            assert_eq!(got.iter().find_map(|r| r.2), want, "{head}{row}: {got:?}");
        }
        assert_eq!(
            super::label_value_row("年初预算数\t300000\t执行率\t95%", 0.0001).as_deref(),
            Some("年初预算数：300000元；执行率：95%")
        );
        // (with no unit above, or 万元, a bare sum is left as written)
        assert_eq!(
            super::label_value_row("年初预算数\t30\t执行率\t95%", 1.0).as_deref(),
            Some("年初预算数：30；执行率：95%")
        );
    }

    /// A list of years and then of as many values after 分别 gives each year its own value: the
    /// record's year's is the record's, and each earlier year's in a summary makes that year's
    /// record (nearest first); a later year's is none (nor the record's).
    #[test]
    fn a_list_of_years_gives_each_year_its_value() {
        for (text, f, want) in [
            // (湖南: years by 、, values after the noun)
            ("某县2023年度禁毒工作总结\n2021年、2022年、2023年全县分别破获毒品刑事案件12起、15起、9起。\n", Field::CriminalCases, vec![(Some(2023), Some(9.0)), (Some(2022), Some(15.0)), (Some(2021), Some(12.0))]),
            // (the record's year in the middle of the list: its value, not the last)
            ("某县2022年度禁毒工作总结\n2021年、2022年、2023年一季度，全县分别开展禁毒宣传活动120场次、135场次、40场次。\n", Field::PublicityEvents, vec![(Some(2022), Some(135.0)), (Some(2021), Some(120.0))]),
            // (广西: two years written 2022、2023年, values after 分别为)
            ("某市2023年禁毒工作情况\n2022、2023年，全市查获吸毒人员分别为56人次、48人次。\n", Field::UsersCaught, vec![(Some(2023), Some(48.0)), (Some(2022), Some(56.0))]),
            // (浙江: 和 between two years and between two values)
            ("某区2022年禁毒工作总结\n2021年和2022年全区新发现吸毒人员分别为9名和6名。\n", Field::NewUsers, vec![(Some(2022), Some(6.0)), (Some(2021), Some(9.0))]),
            // (云南: 依次 after the years)
            ("某县2023年度禁毒工作总结\n2021年、2022年、2023年，全县依次强制隔离戒毒31人、27人、22人。\n", Field::CompulsoryRehab, vec![(Some(2023), Some(22.0)), (Some(2022), Some(27.0)), (Some(2021), Some(31.0))]),
            // (a clause of last year's naming nothing but its year: the clause before is its subject)
            ("某县2023年禁毒工作总结\n2023年度全县破获毒品刑事案件19起，2022年度为15起。\n", Field::CriminalCases, vec![(Some(2023), Some(19.0)), (Some(2022), Some(15.0))]),
            ("某县2023年禁毒工作总结\n今年全县查获吸毒人员47人次，去年为52人次。\n", Field::UsersCaught, vec![(Some(2023), Some(47.0)), (Some(2022), Some(52.0))]),
            // (a list after the year's own clause naming no field: the clause before is its subject)
            ("某县2023年禁毒工作总结\n2023年全县破获毒品刑事案件23起，2021年、2022年分别为19起、21起。\n", Field::CriminalCases, vec![(Some(2023), Some(23.0)), (Some(2022), Some(21.0)), (Some(2021), Some(19.0))]),
            ("某县2023年禁毒工作总结\n今年全县查获吸毒人员58人次，2021、2022年依次为71人次、64人次。\n", Field::UsersCaught, vec![(Some(2023), Some(58.0)), (Some(2022), Some(64.0)), (Some(2021), Some(71.0))]),
            // (sums too: 四川's span of budgets, 吉林's two years)
            ("某县禁毒办2023年度部门整体支出绩效评价报告\n2021年至2023年，本单位部门预算分别为110万元、118万元、126万元。\n", Field::BudgetTotal, vec![(Some(2023), Some(126.0))]),
            ("某县禁毒办2023年度部门整体支出绩效评价报告\n2022年、2023年部门预算分别为120万元、135万元，全年实际支出131.2万元。\n", Field::BudgetTotal, vec![(Some(2023), Some(135.0))]),
            ("某县禁毒办2022年度部门整体支出绩效评价报告\n2022年、2023年部门预算分别为120万元、135万元。\n", Field::BudgetTotal, vec![(Some(2022), Some(120.0))]),
            // (years listed latest first)
            ("某县2023年禁毒工作总结\n2023年全县破获毒品刑事案件16起，2022年、2021年分别为14起、12起。\n", Field::CriminalCases, vec![(Some(2023), Some(16.0)), (Some(2022), Some(14.0)), (Some(2021), Some(12.0))]),
            // (years before 分别 that are a comparison's baselines give changes, no year's value)
            ("某县2023年禁毒工作总结\n与2021年、2022年相比，全县破获毒品刑事案件分别增加5起、3起。全县查获吸毒人员40人次。\n", Field::CriminalCases, vec![(Some(2023), None)]),
            // (江西: a span of years, then 分别)
            ("某县2023年度禁毒工作总结\n2021年至2023年，全县分别破获毒品刑事案件12起、15起、9起，打击力度持续加大。\n", Field::CriminalCases, vec![(Some(2023), Some(9.0)), (Some(2022), Some(15.0)), (Some(2021), Some(12.0))]),
            // (a list of years none of which is the record's: no value of its year, each its own)
            ("某县2024年度禁毒工作总结\n全县开展禁毒宣传。2020年、2021年、2022年全县分别破获毒品刑事案件12起、15起、9起。\n", Field::CriminalCases, vec![(Some(2024), None), (Some(2022), Some(9.0)), (Some(2021), Some(15.0)), (Some(2020), Some(12.0))]),
            // (a list reaching past the record's year: the later year's value is none)
            ("某县2022年度禁毒工作总结\n2022年、2023年全县分别破获毒品刑事案件15起、9起。\n", Field::CriminalCases, vec![(Some(2022), Some(15.0))]),
            // (a span of years and a series after 依次为: each its own, in a research report's words)
            ("某县禁毒工作调研\n发布时间：2020-05-10\n分析该县2017—2019年的禁毒工作报告可知，其破获毒品刑事案件数依次为94起、41起、43起。\n", Field::CriminalCases, vec![(Some(2020), None), (Some(2019), Some(43.0)), (Some(2018), Some(41.0)), (Some(2017), Some(94.0))]),
        ] {
            let got: Vec<(Option<i32>, Option<f64>)> = records(text, f).into_iter().map(|r| (r.0, r.2)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// A table of years — years as columns, or fields over rows of years — with its cells parted
    /// by tabs, one space or several: each year's figure is its own, the record's year's the
    /// record's (the record's own is the text's first).
    #[test]
    fn a_table_of_years_flattened_with_spaces() {
        let head = "某县禁毒委员会办公室2023年度禁毒工作总结\n近三年主要指标\n";
        for (table, f, want) in [
            // (years as columns: 指标 / 2021年 / 2022年 / 2023年)
            ("指标 2021年 2022年 2023年\n破获毒品刑事案件（起） 12 15 9\n查获吸毒人员（人次） 40 38 33", Field::CriminalCases, Some(9.0)),
            ("指标    2021年    2022年    2023年\n破获毒品刑事案件（起）    12    15    9\n查获吸毒人员（人次）    40    38    33", Field::UsersCaught, Some(33.0)),
            ("项目  2022年度  2023年度\n强制隔离戒毒（人）  25  19", Field::CompulsoryRehab, Some(19.0)),
            // (fields over rows of years: 年度 / 破获毒品刑事案件（起） / …)
            ("年度\t破获毒品刑事案件（起）\t查获吸毒人员（人次）\n2021年\t12\t40\n2022年\t15\t38\n2023年\t9\t33", Field::CriminalCases, Some(9.0)),
            ("年度  破获毒品刑事案件（起）  查获吸毒人员（人次）\n2021年  12  40\n2022年  15  38\n2023年  9  33", Field::UsersCaught, Some(33.0)),
            ("年份 新发现吸毒人员（人） 禁毒宣传活动（场次）\n2022 14 120\n2023 11 135", Field::PublicityEvents, Some(135.0)),
            ("年份 新发现吸毒人员（人） 禁毒宣传活动（场次）\n2022 14 120\n2023 11 135", Field::NewUsers, Some(11.0)),
            // (no row of the record's year: no value of it, and a year is never a count)
            ("年度  破获毒品刑事案件（起）  查获吸毒人员（人次）\n2021年  12  40\n2022年  15  38", Field::UsersCaught, None),
            ("年度  破获毒品刑事案件（起）  查获吸毒人员（人次）\n2021年  12  40\n2022年  15  38", Field::CriminalCases, None),
        ] {
            let got = records(&format!("{head}{table}\n"), f);
            assert_eq!(got.first().and_then(|r| r.2), want, "{table}: {got:?}");
        }
        // (an evaluation's table of sums with years as columns: the record's year's column)
        let t = "某县禁毒办2023年度部门整体支出绩效自评报告\n一、预算收支情况\n项目  2022年  2023年\n预算数（万元）  120  135\n执行数（万元）  118  131\n";
        assert_eq!(records(t, Field::BudgetTotal).iter().find_map(|r| r.2), Some(135.0));
        assert_eq!(records(t, Field::ActualTotal).iter().find_map(|r| r.2), Some(131.0));
        assert_eq!(records(t, Field::ProjectBudget).iter().find_map(|r| r.2), None);
        // (an evaluation's table of budgets over rows of years: the record's year's row)
        let t = "某县禁毒办2023年度部门整体支出绩效自评报告\n近三年预算执行情况\n年度  预算数（万元）  执行数（万元）  执行率\n2021年  100  90  90%\n2022年  110  100  90.91%\n2023年  120  115  95.83%\n";
        assert_eq!(records(t, Field::BudgetTotal).iter().find_map(|r| r.2), Some(120.0));
        assert_eq!(records(t, Field::ExecutionRateStated).iter().find_map(|r| r.2), Some(95.83));
    }

    /// A summary's table of years gives each earlier year its own record (nearest first), in
    /// columns or in rows; a later year's column is none. An evaluation's table of years gives
    /// its own year's figures only.
    #[test]
    fn a_summarys_table_of_years_gives_each_earlier_year_its_record() {
        let head = "某县禁毒委员会办公室2023年度禁毒工作总结\n近三年主要指标\n";
        let years = |t: &str, f: Field| -> Vec<(Option<i32>, Option<f64>)> {
            records(&format!("{head}{t}\n"), f).into_iter().map(|r| (r.0, r.2)).collect()
        };
        for (table, f, want) in [
            (
                "指标 2021年 2022年 2023年\n破获毒品刑事案件（起） 12 15 9\n查获吸毒人员（人次） 40 38 33",
                Field::UsersCaught,
                vec![(Some(2023), Some(33.0)), (Some(2022), Some(38.0)), (Some(2021), Some(40.0))],
            ),
            (
                "项目\t2022年度\t2023年度\t2024年度\n强制隔离戒毒（人）\t25\t19\t18",
                Field::CompulsoryRehab,
                vec![(Some(2023), Some(19.0)), (Some(2022), Some(25.0))],
            ),
            (
                "年度  破获毒品刑事案件（起）  查获吸毒人员（人次）\n2021年  12  40\n2022年  15  38\n2023年  9  33",
                Field::CriminalCases,
                vec![(Some(2023), Some(9.0)), (Some(2022), Some(15.0)), (Some(2021), Some(12.0))],
            ),
            (
                "年份 新发现吸毒人员（人） 禁毒宣传活动（场次）\n2022 14 120\n2023 11 135",
                Field::PublicityEvents,
                vec![(Some(2023), Some(135.0)), (Some(2022), Some(120.0))],
            ),
        ] {
            assert_eq!(years(table, f), want, "{table}");
        }
        let t = "某县禁毒办2023年度部门整体支出绩效自评报告\n一、预算收支情况\n项目  2022年  2023年\n预算数（万元）  120  135\n执行数（万元）  118  131\n";
        let got: Vec<_> = records(t, Field::BudgetTotal).into_iter().map(|r| (r.0, r.2)).collect();
        assert_eq!(got, [(Some(2023), Some(135.0))]);
        let t = "某县禁毒办2023年度部门整体支出绩效自评报告\n近三年预算执行情况\n年度  预算数（万元）  执行数（万元）  执行率\n2021年  100  90  90%\n2022年  110  100  90.91%\n2023年  120  115  95.83%\n";
        let got: Vec<_> = records(t, Field::BudgetTotal).into_iter().map(|r| (r.0, r.2)).collect();
        assert_eq!(got, [(Some(2023), Some(120.0))]);
    }

    /// In a year's text, a half's or a quarter's figure is never the year's: it keeps its period
    /// when it stands alone, yields to the year's own figure, and the parts that make up the
    /// year (上半年 and 下半年; four quarters; 1-6月 and 7-12月) with none of the year's own are
    /// the year's figure together.
    #[test]
    fn a_part_of_the_year_is_not_the_year() {
        for (text, f, want) in [
            // (both halves in one sentence, parted by ；: the year's is their sum)
            ("某县2023年度禁毒工作总结\n今年上半年，全县破获毒品刑事案件7起；下半年破获毒品刑事案件9起。\n", Field::CriminalCases, vec![(Some(2023), String::new(), Some(16.0))]),
            // (in two sentences, 江西's wording)
            ("某县2022年禁毒工作总结\n上半年，全县共查获吸毒人员21人次。下半年，全县共查获吸毒人员18人次。\n", Field::UsersCaught, vec![(Some(2022), String::new(), Some(39.0))]),
            // (months, 四川's wording)
            ("某区2023年禁毒工作总结\n1-6月，全区开展禁毒宣传活动46场次。7-12月，全区开展禁毒宣传活动58场次。\n", Field::PublicityEvents, vec![(Some(2023), String::new(), Some(104.0))]),
            // (the topic first, then each half with its verb alone: 海南's wording)
            ("某县2023年禁毒工作总结\n毒品刑事案件方面，上半年破获5起，下半年破获7起。\n", Field::CriminalCases, vec![(Some(2023), String::new(), Some(12.0))]),
            // (parts listed before 分别, each value its part's: 河北's wording)
            ("某县2023年禁毒工作总结\n全县上半年、下半年分别查获吸毒人员21人次、18人次，全年强制隔离戒毒12人。\n", Field::UsersCaught, vec![(Some(2023), String::new(), Some(39.0))]),
            ("某县2023年禁毒工作总结\n一季度、二季度、三季度和四季度，全县依次破获毒品刑事案件3起、4起、5起和4起。\n", Field::CriminalCases, vec![(Some(2023), String::new(), Some(16.0))]),
            ("某县2023年禁毒工作总结\n一季度、二季度全县分别破获毒品刑事案件3起、4起。\n", Field::CriminalCases, vec![(Some(2023), "2023-01..2023-03".to_string(), Some(3.0))]),
            // (下半年以来 is the second half, 广东's wording)
            ("某县2023年禁毒工作总结\n上半年，全县查获吸毒人员21人次；下半年以来，全县查获吸毒人员18人次。\n", Field::UsersCaught, vec![(Some(2023), String::new(), Some(39.0))]),
            // (quarters after a semicolon each, the later ones naming only their verb: 山东's wording)
            ("某县2022年度禁毒工作总结\n一季度，全县开展禁毒宣传活动30场次；二季度，开展禁毒宣传活动42场次；三季度，开展35场次；四季度，开展38场次。\n", Field::PublicityEvents, vec![(Some(2022), String::new(), Some(145.0))]),
            // (months parted by ；in one sentence, 重庆's wording)
            ("某县2022年度禁毒工作总结\n1-6月全县查获吸毒人员13人次；7-12月全县查获吸毒人员17人次。\n", Field::UsersCaught, vec![(Some(2022), String::new(), Some(30.0))]),
            ("某县2022年度禁毒工作总结\n一至六月，全县开展禁毒宣传活动40场次；七至十二月，全县开展禁毒宣传活动52场次。\n", Field::PublicityEvents, vec![(Some(2022), String::new(), Some(92.0))]),
            // (four quarters, each clause with its own words)
            ("某县2023年度禁毒工作总结\n第一季度破获毒品刑事案件3起，第二季度破获毒品刑事案件4起，第三季度破获毒品刑事案件5起，第四季度破获毒品刑事案件4起。\n", Field::CriminalCases, vec![(Some(2023), String::new(), Some(16.0))]),
            // (a part's clause naming only its time and a verb, or its time alone: the subject of
            // the clause before; 云南's traditional page and a quarterly list)
            ("某县2023年禁毒工作總結\n上半年，全縣破獲毒品刑事案件6起；下半年破獲8起。\n", Field::CriminalCases, vec![(Some(2023), String::new(), Some(14.0))]),
            ("某县2023年度禁毒工作总结\n一季度破获毒品刑事案件3起，二季度4起，三季度5起，四季度4起。\n", Field::CriminalCases, vec![(Some(2023), String::new(), Some(16.0))]),
            ("某县2023年度禁毒工作总结\n全县上半年查获吸毒人员21人次，下半年查获19人次。\n", Field::UsersCaught, vec![(Some(2023), String::new(), Some(40.0))]),
            // (…but not across a sentence's end: 下半年破获8起 alone names no cases)
            ("某县2023年度禁毒工作总结\n上半年，全县查获吸毒人员21人次。下半年破获8起。\n", Field::CriminalCases, vec![(Some(2023), String::new(), None)]),
            // (a half before the year's own figure, in the same sentence or another: the year's)
            ("某县2023年度禁毒工作总结\n上半年全县破获毒品刑事案件7起，全年共破获毒品刑事案件16起，同比上升14.3%。\n", Field::CriminalCases, vec![(Some(2023), String::new(), Some(16.0))]),
            ("某县2023年度禁毒工作总结\n今年上半年查获吸毒人员21人次；全年查获吸毒人员40人次。\n", Field::UsersCaught, vec![(Some(2023), String::new(), Some(40.0))]),
            ("某县2023年度禁毒工作总结\n上半年，全县破获毒品刑事案件7起。全年共破获毒品刑事案件16起。\n", Field::CriminalCases, vec![(Some(2023), String::new(), Some(16.0))]),
            ("某县2023年度禁毒工作总结\n1至9月，全县强制隔离戒毒18人。全年，全县强制隔离戒毒25人。\n", Field::CompulsoryRehab, vec![(Some(2023), String::new(), Some(25.0))]),
            // (…and a half larger than the year's own, an inconsistency, is not the year's either)
            ("某县2023年度禁毒工作总结\n上半年，全县查获吸毒人员30人次。全年查获吸毒人员26人次。\n", Field::UsersCaught, vec![(Some(2023), String::new(), Some(26.0))]),
            // (one half alone: kept with its period, not as the year's)
            ("某县2023年度禁毒工作总结\n上半年，全县破获毒品刑事案件7起。\n", Field::CriminalCases, vec![(Some(2023), "2023-01..2023-06".to_string(), Some(7.0))]),
            ("某县2023年度禁毒工作总结\n下半年，全县破获毒品刑事案件9起，查获吸毒人员20人次。\n", Field::UsersCaught, vec![(Some(2023), "2023-07..2023-12".to_string(), Some(20.0))]),
            // (parts that overlap or leave months out make no year: 1-9月 and 下半年)
            ("某县2023年度禁毒工作总结\n1-9月，全县破获毒品刑事案件12起。下半年，全县破获毒品刑事案件9起。\n", Field::CriminalCases, vec![(Some(2023), "2023-01..2023-09".to_string(), Some(12.0))]),
        ] {
            assert_eq!(records(text, f), want, "{text}");
        }
        // (a mid-year release's figures are all of its half: no sum, no year)
        let t = "某县2023年上半年禁毒工作情况\n一季度，全县破获毒品刑事案件3起；二季度，全县破获毒品刑事案件4起。\n";
        assert_ne!(records(t, Field::CriminalCases).first().map(|r| r.1.as_str()), Some(""));
    }

    /// 一年来 opening a paragraph of a year's-end summary is the year under review: the sentences
    /// after it with no time of their own are the year's too; 三年来, 十一年来, 一年多来 span years.
    #[test]
    fn one_year_opening_a_year_end_summary_is_the_year() {
        let t = "某县2023年度禁毒工作总结\n一、主要工作成效\n";
        for (body, want) in [
            ("一年来，全县开展毛发检测2172人。全县移送起诉285人。", Some(285.0)),
            ("过去一年来，全县破获毒品刑事案件47起。全县移送起诉285人。", Some(285.0)),
            ("三年来，全县破获毒品刑事案件147起。全县移送起诉285人。", None),
            ("十一年来，全县破获毒品刑事案件547起。全县移送起诉285人。", None),
            ("一年多来，全县破获毒品刑事案件67起。全县移送起诉285人。", None),
        ] {
            let text = format!("{t}{body}\n");
            let got = records(&text, Field::Prosecuted);
            assert_eq!(got.iter().find_map(|r| r.2), want, "{body}: {got:?}");
        }
    }

    /// A text framed by several years (五年来, 过去一年来 in June) that names no year of its own
    /// goes on with them in a later paragraph's flows with no time of their own; a sentence of its
    /// own time (今年), a year in the title, or a level (在册) stands apart.
    #[test]
    fn a_text_framed_by_several_years_goes_on_with_them() {
        for (text, f, want) in [
            (
                "某市召开禁毒新闻发布会\n6月20日，市政府新闻办召开发布会。五年来，全市共破获毒品刑事案件399起。\n全市建成禁毒教育基地4个，开展禁毒宣传活动2800场次。\n",
                Field::PublicityEvents,
                None,
            ),
            (
                "全国禁毒工作成效\n新华社北京6月26日电 过去一年来，全国共破获毒品犯罪案件11.3万起。\n目前，全国已建成禁毒教育基地36个。同时，还组织开展禁毒宣传活动1万多场次。\n",
                Field::PublicityEvents,
                None,
            ),
            (
                "某县禁毒工作回顾\n三年来，全县查处吸毒人员820人次，强制隔离戒毒96人。\n各乡镇组织尿检3200人次。\n",
                Field::UrineTests,
                None,
            ),
            (
                "某市召开禁毒新闻发布会\n五年来，全市共破获毒品刑事案件399起。\n今年，全市开展禁毒宣传活动120场次。\n",
                Field::PublicityEvents,
                Some(120.0),
            ),
            (
                "某市2022年禁毒工作总结\n五年来，全市共破获毒品刑事案件399起。\n全市开展禁毒宣传活动120场次。\n",
                Field::PublicityEvents,
                Some(120.0),
            ),
            (
                "某县禁毒工作回顾\n五年来，全县共破获毒品刑事案件60起。\n目前，全县在册吸毒人员320人。\n",
                Field::RegisteredUsers,
                Some(320.0),
            ),
        ] {
            let got = extract_text("t.txt", text).first().and_then(|r| r.value(f));
            assert_eq!(got, want, "{text}");
        }
    }

    /// A paragraph opened by several years (三年来，…。) holds those years' totals in the sentences
    /// after, unless one names its own time (今年以来, 2020年).
    #[test]
    fn a_paragraph_opened_by_several_years() {
        let head = "某市禁毒工作\n发布时间：2021-06-25\n";
        for (text, f, want) in [
            (
                "三年来，全市各部门积极参与禁毒人民战争。全市公安机关主动出击，共破获各类涉毒案件428起。",
                Field::CriminalCases,
                None,
            ),
            ("近五年，全县禁毒工作稳步推进，成效明显。全县共查处吸毒人员1260人次。", Field::UsersCaught, None),
            ("“十三五”期间，全区深入推进禁毒人民战争。全区共强制隔离戒毒310人。", Field::CompulsoryRehab, None),
            (
                "三年来，全市各部门积极参与禁毒人民战争。今年以来，全市共破获毒品刑事案件12起。",
                Field::CriminalCases,
                Some("2021-01..2021-06"),
            ),
            // a span since a year before the page's (2020年以来 in 2021) opens several years too
            ("2020年以来，全市深入开展专项行动。全市共破获毒品刑事案件40起。", Field::CriminalCases, None),
            ("2019年以来，全市禁毒工作成效明显。全市共查处吸毒人员1260人次。", Field::UsersCaught, None),
            ("2018年至今，全市持续推进禁毒人民战争。全市共强制隔离戒毒310人。", Field::CompulsoryRehab, None),
            // …after a reporter's or a source's lead
            (
                "记者从市公安局禁毒支队了解到，2020年以来，全市深入开展专项行动。全市共破获毒品刑事案件146起。",
                Field::CriminalCases,
                None,
            ),
            (
                "据市禁毒办介绍，2019年以来，全市禁毒工作成效明显。全市共查处吸毒人员1260人次。",
                Field::UsersCaught,
                None,
            ),
            ("记者获悉，2018年至今，全市持续推进禁毒人民战争。全市共强制隔离戒毒310人。", Field::CompulsoryRehab, None),
            (
                "记者从市禁毒办获悉，2021年以来，全市深入开展专项行动。全市共破获毒品刑事案件40起。",
                Field::CriminalCases,
                Some(""),
            ),
            // (since this year's start: the year's own)
            ("2021年以来，全市深入开展专项行动。全市共破获毒品刑事案件40起。", Field::CriminalCases, Some("")),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), f).as_deref(), want, "{text}");
        }
    }

    /// Figures from a month of last year to now (去年10月至今3月底) cross two years: no year's value.
    #[test]
    fn from_a_month_of_last_year_to_now() {
        let head = "某县禁毒工作新闻发布会\n发布时间：2015-06-24\n";
        for (text, f, want) in [
            ("在去年10月至今3月底开展的专项行动中，我县查处吸毒人员364人。", Field::UsersCaught, None),
            ("去年11月至今，全县共破获毒品刑事案件21起。", Field::CriminalCases, None),
            ("去年12月至今年3月，全市开展集中清查，强制隔离戒毒58人。", Field::CompulsoryRehab, None),
            // from the start of last year to a month of this one
            ("自去年年初至今年9月，全市共破获毒品犯罪案件970余起。", Field::CriminalCases, None),
            ("去年初至今，全县查处吸毒人员236人次。", Field::UsersCaught, None),
            ("今年以来，全县共破获毒品刑事案件9起。", Field::CriminalCases, Some("2015-01..2015-06")),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), f).as_deref(), want, "{text}");
        }
    }

    /// Levels as of the end of a year before last are that year's, no figure of the record's year;
    /// as of the record's own year's end they are its own.
    #[test]
    fn as_of_an_earlier_years_end_is_no_figure_of_the_record() {
        let head = "某县公安局2021年禁毒工作情况\n";
        for (text, f, want) in [
            ("截至2015年年底，全县登记在册吸毒人员2310人。", Field::RegisteredUsers, None),
            ("据统计，截至2014年底，全县新发现吸毒人员412人，达到最高峰。", Field::NewUsers, None),
            ("截至2012年末，全县共破获毒品刑事案件35起。", Field::CriminalCases, None),
            ("截至2016年12月31日，全县社区戒毒社区康复人员168名。", Field::CommunityCases, None),
            ("截至2021年底，全县登记在册吸毒人员800人。", Field::RegisteredUsers, Some("")),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), f).as_deref(), want, "{text}");
        }
    }

    /// A year's summary counting to the first weeks of the next year (截至2023年1月10日 in 2022's)
    /// states the year's closing level; a text of the year's months does not.
    #[test]
    fn as_of_the_next_january_in_a_years_summary_is_the_years() {
        let text = "截至2023年1月10日，全县在册吸毒人员486名。";
        let summary = format!("某县禁毒办2022年度工作总结\n一年来，全县破获毒品刑事案件21起。{text}\n");
        assert_eq!(period(&summary, Field::RegisteredUsers).as_deref(), Some(""));
        let report = format!("某县禁毒办2022年1-11月禁毒工作情况\n1-11月，全县破获毒品刑事案件21起。{text}\n");
        assert_eq!(period(&report, Field::RegisteredUsers), None);
    }

    /// Figures as of a month's end or a day of the record's year run from January to it.
    #[test]
    fn as_of_a_months_end_is_the_year_to_that_month() {
        let head = "某县公安局2021年禁毒工作情况\n";
        for (text, want) in [
            ("截至2021年11月底，全县共破获毒品刑事案件19起。", Some("2021-01..2021-11")),
            ("截止10月末，全县共破获毒品刑事案件15起。", Some("2021-01..2021-10")),
            ("截至9月20日，全县共破获毒品刑事案件12起。", Some("2021-01..2021-09")),
            // a day early in a month: to the month before
            ("截至8月5日，全县共破获毒品刑事案件11起。", Some("2021-01..2021-07")),
            // the year's end is the whole year
            ("截至2021年12月31日，全县共破获毒品刑事案件21起。", Some("")),
            // another year's date is no part of this one
            ("截至2020年11月底，全县共破获毒品刑事案件18起。", None),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), Field::CriminalCases).as_deref(), want, "{text}");
        }
    }

    /// A sentence opening on 其间 / 在此期间 / 同期 gives figures of the time the sentence before named.
    #[test]
    fn during_it_is_the_time_the_sentence_before_named() {
        let head = "某省禁毒工作情况通报\n发布时间：2015-07-10\n";
        for (text, f, want) in [
            // across two years: no year's value
            (
                "去年10月至今年3月，全省公安机关开展了为期6个月的禁毒会战。其间，全省共破获毒品刑事案件620起。",
                Field::CriminalCases,
                None,
            ),
            ("去年11月至今年4月，全市开展集中整治。在此期间，共查处吸毒人员380人。", Field::UsersCaught, None),
            // this year's first half: that part of the year
            (
                "今年1至6月，全县开展禁毒专项行动。期间，共破获毒品刑事案件20起。",
                Field::CriminalCases,
                Some("2015-01..2015-06"),
            ),
            // a sentence before naming no time: the year's, as before
            ("全县深入开展禁毒人民战争。其间，共破获毒品刑事案件18起。", Field::CriminalCases, Some("")),
            // 同期 opening the sentence: the months just named
            (
                "今年1-6月，全县破获毒品刑事案件9起。同期开展吸毒人员尿检1236人次。",
                Field::UrineTests,
                Some("2015-01..2015-06"),
            ),
            (
                "今年1至5月，全县破获毒品刑事案件7起。同期，共查处吸毒人员26人。",
                Field::UsersCaught,
                Some("2015-01..2015-05"),
            ),
            ("全县深入开展禁毒人民战争。同期开展吸毒人员尿检980人次。", Field::UrineTests, Some("")),
            // (与此同时 / 同一时期 are 同期 in other words)
            (
                "今年1-6月，全县破获毒品刑事案件9起。与此同时，全县开展吸毒人员尿检1236人次。",
                Field::UrineTests,
                Some("2015-01..2015-06"),
            ),
            (
                "今年1至5月，全县破获毒品刑事案件7起。同一时期，共查处吸毒人员26人。",
                Field::UsersCaught,
                Some("2015-01..2015-05"),
            ),
            ("全县深入开展禁毒人民战争。与此同时，开展吸毒人员尿检980人次。", Field::UrineTests, Some("")),
            // (…and opening a paragraph of its own: the months the paragraph before named)
            (
                "今年1-6月，全县破获毒品刑事案件9起。\n\n同期，全县开展吸毒人员尿检1236人次。",
                Field::UrineTests,
                Some("2015-01..2015-06"),
            ),
            (
                "今年1-6月，全县开展“净边”专项行动。\n其间，全县共查处吸毒人员26人。",
                Field::UsersCaught,
                Some("2015-01..2015-06"),
            ),
            (
                "今年1至5月，全县破获毒品刑事案件7起。\n在此期间，全县开展尿检980人次。",
                Field::UrineTests,
                Some("2015-01..2015-05"),
            ),
            ("全县深入开展禁毒人民战争。\n其间，共开展尿检980人次。", Field::UrineTests, Some("")),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), f).as_deref(), want, "{text}");
        }
    }

    /// 年来 after a year's digits opens a place's name (2022年来凤县), not several years (三年来).
    #[test]
    fn a_place_named_after_a_year_is_no_span() {
        for (text, f, want) in [
            (
                "2022年度某县禁毒办重点项目绩效自评报告\n2022年来凤县禁毒办专项项目年初预算为31.58万元。\n",
                Field::BudgetTotal,
                Some(31.58),
            ),
            ("某县2021年禁毒工作总结\n2021年来安县全年破获毒品刑事案件12起。\n", Field::CriminalCases, Some(12.0)),
            ("某县2021年禁毒工作总结\n三年来，全县累计破获毒品刑事案件96起。\n", Field::CriminalCases, None),
            ("某市2020年禁毒工作总结\n十年来，全市查处吸毒人员5600人次。\n", Field::UsersCaught, None),
            ("某县2021年禁毒工作总结\n2015年来，全县累计查处吸毒人员430人次。\n", Field::UsersCaught, None),
        ] {
            let r = crate::extract::extract_text("t.txt", &format!("{text}禁毒。\n"));
            assert_eq!(r.first().and_then(|r| r.value(f)), want, "{text}");
        }
    }

    /// As at an older year's end (截至2014年底) in a page of a later year is that year's level,
    /// not the page's year's.
    #[test]
    fn as_at_an_older_years_end_is_that_years() {
        for (text, f, want) in [
            ("截至2014年底，全州在册吸毒人员7634人。2024年，全州新发现吸毒人员186人。", Field::RegisteredUsers, None),
            ("截至2014年底，全州新发现吸毒人员7634人。2024年，全州新发现吸毒人员186人。", Field::NewUsers, Some(186.0)),
            (
                "截止2016年年底，全市查获复吸人员6993人。2024年，全市查处吸毒人员47人次。",
                Field::UsersCaught,
                Some(47.0),
            ),
        ] {
            let recs = extract_text("t.txt", &format!("某州禁毒工作成效\n2025-06-25\n{text}\n"));
            let r = recs.iter().find(|r| r.id.year == Some(2024));
            assert_eq!(r.and_then(|r| r.value(f)), want, "{text}");
        }
    }

    /// "As of now" (截止目前, 至今) in a paragraph opened by a span of years (自2016年…以来) dates
    /// the figures over that span: no year's value; as of now in this year's text stays the year's.
    #[test]
    fn as_of_now_after_a_span_of_years() {
        let head = "某省禁毒工作情况\n发布时间：2019-06-25\n";
        for (text, want) in [
            ("自2016年开展禁毒三年大会战以来，全省持续推进禁毒工作。截止目前，全省共破获毒品犯罪案件9280起。", None),
            ("近三年来，全县禁毒工作成效显著，群众满意。截至目前，全县共破获毒品刑事案件138起。", None),
            ("2016年以来，全市坚持严打方针。至今已破获毒品刑事案件420起。", None),
            ("今年以来，全县开展专项整治。截至目前，全县共破获毒品刑事案件21起。", Some("2019-01..2019-06")),
            (
                "自2016年以来，全省持续推进禁毒工作。截止目前，全省共抓获毒品犯罪嫌疑人900名。破获毒品刑事案件120起。",
                None,
            ),
            ("全县禁毒工作成效显著。截至目前，全县共破获毒品刑事案件21起。", Some("2019-01..2019-06")),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), Field::CriminalCases).as_deref(), want, "{text}");
        }
    }

    /// X年以来 in a news item dated by its dateline's month and day only, when the record's year
    /// is X: that year to the dateline's month. Without a dateline, or of an earlier year, it spans.
    #[test]
    fn since_the_records_year_to_a_month_day_dateline() {
        for (text, want) in [
            (
                "2024年以来山东破获毒品犯罪案件1300余起\n中新网济南6月18日电 “2024年以来，山东共破获毒品犯罪案件1300余起。”\n",
                Some("2024-01..2024-06"),
            ),
            ("2021年以来全市禁毒工作综述\n本报讯 9月3日讯 2021年以来，全市破获毒品刑事案件46起。\n", Some("2021-01..2021-09")),
            // (the day the first paragraph opens on dates it as well; December's is the year's)
            (
                "某县通报禁毒工作情况\n本报讯（记者 李某）12月10日，记者从县公安局获悉，2021年以来，全县共破获毒品刑事案件8起。\n",
                Some(""),
            ),
            ("某县禁毒工作\n8月5日，记者获悉，2023年以来，全县破获毒品刑事案件11起。\n", Some("2023-01..2023-08")),
            ("西峡县禁毒大队获表彰\n2015年以来，西峡县公安局禁毒大队共查破毒品刑事案件130起。\n", None),
            ("某市2021年禁毒工作情况\n新华社6月20日电 2019年以来，全市破获毒品刑事案件75起。\n", None),
        ] {
            assert_eq!(period(&format!("{text}禁毒。\n"), Field::CriminalCases).as_deref(), want, "{text}");
        }
    }

    /// 去年以来 early in a year (or in an undated page) is last year's account; later in a year
    /// it runs over more than one.
    #[test]
    fn since_last_year_early_in_a_year_is_last_years() {
        for (text, want) in [
            ("某市禁毒工作督导\n发布时间：2017-01-03\n去年以来，全市共破获毒品刑事案件224宗。\n", Some("")),
            ("某市禁毒工作督导\n发布时间：2017-02-20\n去年以来，全市查处吸毒人员1836名。\n", Some("")),
            ("某县禁毒工作推进会\n发布时间：2017-09-12\n去年以来，全县共破获毒品刑事案件60起。\n", None),
            ("某市禁毒督导检查\n去年以来，全市共破获毒品刑事案件224宗，强制隔离戒毒598人。\n", Some("")),
        ] {
            let f = if text.contains("吸毒人员") { Field::UsersCaught } else { Field::CriminalCases };
            assert_eq!(period(&format!("{text}禁毒。\n"), f).as_deref(), want, "{text}");
        }
    }

    /// Figures counted from a month of this year (自今年4月起, 从5月份开始, 6月起) run from that
    /// month to the page's date.
    #[test]
    fn figures_from_a_month_on_run_to_the_pages_date() {
        for (lead, want) in [
            ("自今年4月起，全市开展禁毒百日攻坚行动，共破获毒品刑事案件9起。", Some("2021-04..2021-08")),
            ("从5月份开始，全县集中清查，共破获毒品刑事案件9起。", Some("2021-05..2021-08")),
            ("今年6月起，全县共破获毒品刑事案件9起。", Some("2021-06..2021-08")),
            ("今年以来，全县共破获毒品刑事案件9起。", Some("2021-01..2021-08")),
        ] {
            let t = format!("某县禁毒工作动态\n发布时间：2021-08-20\n{lead}\n禁毒。\n");
            assert_eq!(period(&t, Field::CriminalCases).as_deref(), want, "{lead}");
        }
        // (a start with its end after it, 1月起至6月底, does not run to the page's date)
        let t = "某县禁毒工作动态\n发布时间：2021-08-20\n1月起至6月底，全县共破获毒品刑事案件9起。\n禁毒。\n";
        assert_ne!(period(t, Field::CriminalCases).as_deref(), Some("2021-01..2021-08"));
    }

    /// A year's own 以来 in a release of the next January or February (2023年以来 on 15 January
    /// 2024) is that year's account, as 去年以来 is then; later in the next year it spans two.
    #[test]
    fn since_the_year_just_ended_early_in_the_next_is_that_years() {
        for (date, want) in [("2024-01-15", Some(2023)), ("2024-02-26", Some(2023))] {
            for lead in ["2023年以来", "2023年至今"] {
                let t = format!("某区禁毒工作新闻通报\n发布时间：{date}\n{lead}，全区共破获毒品刑事案件52起，查处吸毒人员140人次。\n禁毒。\n");
                assert_eq!(records(&t, Field::CriminalCases), vec![(want, String::new(), Some(52.0))], "{date} {lead}");
            }
        }
        // (in June of the next year it runs over a year and a half: no year's value)
        let t = "某区禁毒工作新闻通报\n发布时间：2024-06-15\n2023年以来，全区共破获毒品刑事案件52起。\n禁毒。\n";
        assert!(records(t, Field::CriminalCases).iter().all(|r| r.2.is_none()), "{t}");
    }

    /// Figures of a few days' operation (5月29日至5月31日, 三天时间) are no value of the year;
    /// a span from 1 January is the year to that month.
    #[test]
    fn a_few_days_operation_is_no_years_value() {
        let head = "某市禁毒工作新闻发布会\n发布时间：2015-06-23 来源：市公安局\n";
        for (text, f, want) in [
            ("2015年5月29日至5月31日，警方集中收网，刑事拘留贩毒人员15名。", Field::Detained, None),
            ("5月10日-20日，全市开展清查行动，查获吸毒人员31人。", Field::UsersCaught, None),
            ("集中行动三天时间共刑事拘留12人。", Field::Detained, None),
            ("短短一周，警方破获毒品刑事案件6起。", Field::CriminalCases, None),
            ("1月1日至5月31日，全市共破获毒品刑事案件42起。", Field::CriminalCases, Some("2015-01..2015-05")),
            ("今年以来，全市共破获毒品刑事案件42起。", Field::CriminalCases, Some("2015-01..2015-06")),
        ] {
            assert_eq!(period(&format!("{head}{text}\n禁毒。\n"), f).as_deref(), want, "{text}");
        }
        // the whole year, 1月1日至12月31日
        let t = "某县2022年禁毒工作总结\n2022年1月1日至12月31日，全县共破获毒品刑事案件17起。\n禁毒。\n";
        assert_eq!(period(t, Field::CriminalCases).as_deref(), Some(""));
    }
    /// A clause opening with a town's name in a county's text gives the town's figure, a part
    /// of the county's; in the town's own text (its name in the title) it is the record's.
    #[test]
    fn a_towns_clause_in_a_countys_text_is_a_part() {
        let value = |t: &str, f: Field| {
            super::facts_of(t, crate::model::Kind::Summary).into_iter().find(|(g, _)| *g == f).map(|(_, v)| v)
        };
        for (text, f, want) in [
            ("某县2023年禁毒工作总结\n其中，草海镇破获毒品刑事案件7起；迤那镇开展禁毒宣传活动45场次。\n全县开展禁毒宣传活动512场次。\n", Field::PublicityEvents, Some(512.0)),
            ("某县2023年禁毒工作总结\n城关镇查获吸毒人员26人次，全县查获吸毒人员203人次。\n", Field::UsersCaught, Some(203.0)),
            ("某区2023年禁毒工作总结\n全区开展禁毒宣传活动300场次；新华街道开展禁毒宣传活动40场次。\n", Field::PublicityEvents, Some(300.0)),
            // (the town's own summary names itself)
            ("勐捧镇2023年禁毒工作总结\n勐捧镇派出所共破获毒品刑事案件7起。\n", Field::CriminalCases, Some(7.0)),
            // (words of all towns, of going home, of villages are no town)
            ("某县2023年禁毒工作总结\n各乡镇开展禁毒宣传活动88场次。\n", Field::PublicityEvents, Some(88.0)),
            ("某县2023年禁毒工作总结\n外出返乡人员中查获吸毒人员5人次。\n", Field::UsersCaught, Some(5.0)),
            // (a county's name holding 乡 or 镇 after the clause's first words is no town: 甘肃's
            // 东乡县 in a research paper, 湖南's 安乡县, 云南's 镇雄县)
            ("东乡县禁毒工作调研\n分析东乡县2019年的数据可知，其破获毒品刑事案件数为94起。\n", Field::CriminalCases, Some(94.0)),
            ("安乡县2023年禁毒工作总结\n据安乡县公安局统计，全年查获吸毒人员41人次。\n", Field::UsersCaught, Some(41.0)),
            ("镇雄县2016年禁毒工作总结\n今年镇雄县共破获毒品刑事案件37起。\n", Field::CriminalCases, Some(37.0)),
            // (the text's own town named by 该镇 / 全镇 / 本镇 after a time or a verb is no other town)
            ("柳江镇2023年禁毒工作总结\n今年该镇社区戒毒社区康复人员管控率达100%。\n", Field::ControlRate, Some(100.0)),
            ("某镇2022年禁毒工作总结\n通过努力，保证了全镇吸毒人员管控率达到100%。\n", Field::ControlRate, Some(100.0)),
            ("某乡2021年禁毒工作总结\n全年本乡共查获吸毒人员3人次。\n", Field::UsersCaught, Some(3.0)),
        ] {
            assert_eq!(value(text, f), want, "{text}");
        }
    }
    /// One year's part of a total over several years (三年来，共…620场次，其中2023年…230场次)
    /// is that year's value; the total is none.
    #[test]
    fn a_years_part_of_a_span_total_is_that_years() {
        for (text, f, want) in [
            (
                "某县2023年禁毒工作通报\n三年来，共开展禁毒宣传活动620场次，其中2023年开展禁毒宣传活动230场次。\n",
                Field::PublicityEvents,
                Some(230.0),
            ),
            (
                "某县2023年禁毒工作通报\n2021年以来，全县累计查获吸毒人员118人次，其中2023年查获吸毒人员31人次。\n",
                Field::UsersCaught,
                Some(31.0),
            ),
            (
                "某县2023年禁毒工作通报\n2021年至2023年，全县共破获毒品刑事案件34起，其中2023年破获毒品刑事案件9起。\n",
                Field::CriminalCases,
                Some(9.0),
            ),
            // (an earlier year's part is not the record's year)
            (
                "某县2023年禁毒工作通报\n三年来，共开展禁毒宣传活动620场次，其中2021年开展禁毒宣传活动180场次。\n",
                Field::PublicityEvents,
                None,
            ),
            // (其中 and a comma before the year, the part its own sentence: the year's all the same)
            (
                "某县2023年禁毒工作通报\n近三年来，全县累计破获毒品刑事案件96起。其中，2023年破获毒品刑事案件35起，刑事拘留41人。\n",
                Field::CriminalCases,
                Some(35.0),
            ),
            (
                "某县2023年禁毒工作通报\n三年来，共开展禁毒宣传活动620场次，其中，2023年开展禁毒宣传活动230场次。\n",
                Field::PublicityEvents,
                Some(230.0),
            ),
            (
                "某县2023年禁毒工作通报\n2021年以来，全县累计查获吸毒人员118人次。其中：2023年查获吸毒人员31人次。\n",
                Field::UsersCaught,
                Some(31.0),
            ),
            (
                "某县2023年禁毒工作通报\n近三年来，全县累计破获毒品刑事案件96起。其中，2021年破获毒品刑事案件30起。\n",
                Field::CriminalCases,
                None,
            ),
            // (no year named for the part: nothing)
            (
                "某县2023年禁毒工作通报\n三年来，共开展禁毒宣传活动620场次，其中进校园活动230场次。\n",
                Field::PublicityEvents,
                None,
            ),
        ] {
            let got = records(text, f).into_iter().find(|r| r.0 == Some(2023)).and_then(|r| r.2);
            assert_eq!(got, want, "{text}");
        }
    }
    /// A final account's line of one budget item other than drug control gives none of the
    /// unit's totals; the drug-control item's line (禁毒管理（项）) gives its sums.
    #[test]
    fn a_budget_items_line_is_no_total_unless_drug_controls() {
        let value = |t: &str, f: Field| {
            super::facts_of(t, crate::model::Kind::Whole).into_iter().find(|(g, _)| *g == f).map(|(_, v)| v)
        };
        let head = "某县公安局2022年度部门决算情况说明\n";
        for (text, f, want) in [
            ("1.公共安全支出（类）公安（款）行政运行（项）：支出决算为3,906.12万元，完成年初预算的101.2%。", Field::ActualTotal, None),
            ("1.公共安全支出（类）公安（款）行政运行（项）：支出决算为3,906.12万元，完成年初预算的101.2%。", Field::ExecutionRateStated, None),
            ("一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)一般行政管理事务(项)：年初预算为20万元，支出决算为18万元。", Field::BudgetTotal, None),
            ("2.公共安全支出（类）公安（款）禁毒管理（项）：年初预算为36.00万元，支出决算为34.85万元，完成年初预算的96.81%。", Field::ActualTotal, Some(34.85)),
            ("2.公共安全支出（类）公安（款）禁毒管理（项）：年初预算为36.00万元，支出决算为34.85万元，完成年初预算的96.81%。", Field::BudgetTotal, Some(36.0)),
            // (a sentence naming no item is read as ever)
            ("本年支出合计186.42万元，完成年初预算的98.2%。", Field::ExecutionRateStated, Some(98.2)),
            // (the item's label closed by a stop of its own, its sums in the sentence after it)
            ("1.公共安全支出（类）公安（款）行政运行（项）。年初预算为4,210.00万元，支出决算为4,566.81万元，完成年初预算的108.48%。", Field::ExecutionRateStated, None),
            ("1.公共安全支出（类）公安（款）行政运行（项）。年初预算为4,210.00万元，支出决算为4,566.81万元，完成年初预算的108.48%。", Field::ActualTotal, None),
            ("（三）公共安全支出(类)公安(款)执法办案(项).支出决算为352.18万元。", Field::ActualTotal, None),
            ("2.公共安全支出（类）公安（款）禁毒管理（项）。年初预算为65.00万元，支出决算为60.73万元，完成年初预算的93.43%。", Field::ActualTotal, Some(60.73)),
            ("2.公共安全支出（类）公安（款）禁毒管理（项）。年初预算为65.00万元，支出决算为60.73万元，完成年初预算的93.43%。", Field::ExecutionRateStated, Some(93.43)),
            ("二是禁毒管理（项）；年初预算为20万元，支出决算为19.5万元。", Field::BudgetTotal, Some(20.0)),
        ] {
            assert_eq!(value(&format!("{head}{text}\n"), f), want, "{text}");
        }
        // a bureau whose drug control is one item: its 三公经费 and totals are none of drug control's
        let t = "某县公安局2022年度部门决算情况说明\n2.公共安全支出（类）公安（款）禁毒管理（项）：年初预算为36.00万元，支出决算为34.85万元。\n2022年度“三公”经费财政拨款支出决算为18.62万元。\n";
        assert_eq!(value(t, Field::SangongActual), None);
        assert_eq!(value(t, Field::ActualTotal), Some(34.85));
        // (a drug-control unit's own final accounts keep theirs)
        let t = "某县禁毒委员会办公室2022年度部门决算情况说明\n禁毒管理（项）：支出决算为34.85万元。\n2022年度“三公”经费财政拨款支出决算为1.2万元。\n";
        assert_eq!(value(t, Field::SangongActual), Some(1.2));
    }
    /// An evaluation's sentence or section on a later year's budget (2024年部门预算安排…, 三、
    /// 2024年预算安排) gives none of the evaluated year's sums; a date of that year (2024年3月,
    /// when the evaluation was written) does not make a sentence a plan.
    #[test]
    fn a_later_years_budget_is_none_of_the_evaluated_years() {
        let value = |t: &str, f: Field| extract_text("t.txt", t).first().and_then(|r| r.value(f));
        let head = "某县禁毒办2023年度部门整体支出绩效评价报告\n一、预算执行\n2023年全年预算数102.4万元，全年执行数99.87万元。\n";
        for (tail, f, want) in [
            ("2024年部门预算安排110万元，其中项目支出40万元。\n", Field::ProjectBudget, None),
            ("三、2024年预算安排\n部门预算安排110万元，其中项目支出40万元。\n", Field::ProjectBudget, None),
            ("2024年度预算安排项目支出40万元。\n", Field::ProjectBudget, None),
            // (the evaluation's own figures after a date of the next year)
            ("2024年3月，经自评，项目支出预算38万元。\n", Field::ProjectBudget, Some(38.0)),
            ("其中项目支出预算38万元。\n", Field::ProjectBudget, Some(38.0)),
        ] {
            assert_eq!(value(&format!("{head}{tail}"), f), want, "{tail}");
        }
    }

    /// A review of the year past published early in the next (a year's work meeting, 过去一年 or
    /// 一年来, a lead's day of February) that gives the new year's first months beside it (今年以来,
    /// 1月以来, 今年1至2月 — and the sentence going on from them) yields two records: the year
    /// past's whole, and the new year's to the page's month. A page dated in its own year keeps
    /// 今年以来 as its own; 目前's level stays the review's.
    #[test]
    fn a_new_years_months_beside_a_review_of_the_year_past_make_their_own_record() {
        for (text, f, want) in [
            (
                "资兴市召开2024年禁毒工作会议\n发布时间：2024-02-23 09:12\n2月22日，资兴市召开2024年禁毒工作会议，总结2023年禁毒工作。一年来，全市共破获毒品刑事案件26起，查处吸毒人员73人次。今年以来，全市已破获毒品刑事案件2起。查处吸毒人员9人次。\n",
                Field::UsersCaught,
                vec![(Some(2023), "", Some(73.0)), (Some(2024), "2024-01..2024-02", Some(9.0))],
            ),
            (
                "2024年2月19日，会泽县禁毒委召开全体成员会议。会议指出，2023年，全县共破获毒品刑事案件58起，查处吸毒人员204人次。1月以来，全县共破获毒品刑事案件6起，查处吸毒人员15人次。\n",
                Field::CriminalCases,
                vec![(Some(2023), "", Some(58.0)), (Some(2024), "2024-01..2024-02", Some(6.0))],
            ),
            (
                "威宁县禁毒委员会全体会议召开\n2024年02月20日 16:30  来源：威宁县融媒体中心\n会上通报，过去一年全县共破获毒品刑事案件41起，刑事拘留52人，查获吸毒人员133人次。今年以来，全县共破获毒品刑事案件5起，刑事拘留6人。\n",
                Field::Detained,
                vec![(Some(2023), "", Some(52.0)), (Some(2024), "2024-01..2024-02", Some(6.0))],
            ),
            (
                "宜章县召开2024年禁毒工作会议\n发布时间：2024-03-08 来源：宜章县禁毒办\n会议回顾了2023年工作。一年来，全县共破获毒品刑事案件31起，查处吸毒人员92人次。今年1至2月，全县已破获毒品刑事案件3起。\n",
                Field::CriminalCases,
                vec![(Some(2023), "", Some(31.0)), (Some(2024), "2024-01..2024-02", Some(3.0))],
            ),
            (
                "桐梓县召开2022年禁毒工作会议\n发布时间：2022-03-16 来源：桐梓县禁毒办\n会议总结了2021年禁毒工作。2021年，全县共破获毒品刑事案件22起，查处吸毒人员58人次。2022年以来，全县共破获毒品刑事案件4起，查处吸毒人员7人次。\n",
                Field::CriminalCases,
                vec![(Some(2021), "", Some(22.0)), (Some(2022), "2022-01..2022-03", Some(4.0))],
            ),
            // (a summary titled with its year and put online early the next, telling the two years
            // apart nowhere: its 今年 is its title's year)
            (
                "某县2023年禁毒工作总结\n发布时间：2024-01-08\n今年以来，全县共破获毒品刑事案件21起，查处吸毒人员55人次。\n",
                Field::CriminalCases,
                vec![(Some(2023), "", Some(21.0))],
            ),
            // (dated in its own year: 今年以来 is the record's own account)
            (
                "桑植县禁毒工作成效明显\n发布时间：2023-12-20 来源：桑植县禁毒办\n今年以来，全县共破获毒品刑事案件19起，查处吸毒人员47人次。\n",
                Field::CriminalCases,
                vec![(Some(2023), "", Some(19.0))],
            ),
        ] {
            let want: Vec<(Option<i32>, String, Option<f64>)> =
                want.into_iter().map(|(y, p, v)| (y, p.to_string(), v)).collect();
            assert_eq!(records(text, f), want, "{text}");
        }
        // (a level as of now beside the new year's months is the review's)
        let text = "资兴市召开2024年禁毒工作会议\n发布时间：2024-02-23 09:12\n一年来，全市共破获毒品刑事案件26起。今年以来，全市已破获毒品刑事案件2起。\n目前，全市在册吸毒人员612名。\n";
        assert_eq!(
            records(text, Field::RegisteredUsers),
            vec![(Some(2023), String::new(), Some(612.0)), (Some(2024), String::new(), None)]
        );
    }
}
