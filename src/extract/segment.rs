//! A document → its evaluations. Owns title detection (a report title may span two lines,
//! or be followed by the unit's name; summaries and press releases too), merging a cover page
//! into the report it covers, dropping parts not about drug control (an air-quality report
//! bundled in the same file), and reading each part's identity: unit (from the title or the
//! 自评表's 实施单位 / 主管部门 cells; never a guessed default), county/city/province (via the
//! gazetteer; a city-level unit has no county; a short name such as 文成 only at a title's
//! start or beside the county's own word 全县 / 我市; news of a whole city or province under
//! its own name has no county), fiscal year (title, a (2021年度) caption, the years the text
//! names, the article's own date in a 发布时间 / 来源 line or a newspaper's date line or a
//! poster's stamp at the foot, the year an undated summary's campaign is named after; a site's
//! breadcrumb trail is never the title) and kind (whole — a unit's published budget or
//! final accounts too —, project, summary; a page's first sentence standing for a title names
//! none). A unit is an organ's name, never a headline; news of a press conference takes its
//! host. Hands `Segment`s (identity + paragraphs) to the field scanner.

use super::chars::is_han;
use super::regions::{Gazetteer, Region};
use super::text::{looks_like_title, starts_numbered, Doc, Para};
use super::towns;
use crate::extract::re::Re;
use crate::model::{Identity, Kind};
use regex::Regex;

pub struct Segment<'a> {
    pub id: Identity,
    pub title_line: usize,
    pub paras: &'a [Para],
}

/// The title paragraph and the short lines around it that complete it.
pub fn title_block(paras: &[Para], i: usize) -> String {
    let mut s = String::new();
    let short = |p: &Para| {
        let t = p.text.trim().trim_start_matches('#').trim();
        let n = t.chars().count();
        (2..=36).contains(&n) && !t.ends_with(['。', '：', ':', '；']) && !t.starts_with("附件") && !t.contains('\t')
    };
    if i > 0 {
        let p = &paras[i - 1];
        if short(p)
            && !looks_like_title(&p.text)
            && !super::text::is_page_meta(&p.text)
            && !starts_numbered(p.text.trim_start_matches('#').trim())
            && p.text.chars().any(is_han)
            && !site_line(clean(&p.text))
            // (a row's figure above a form's title repeated over its next page, 自评得分：95.6, is
            // no line of the title)
            && !p.text.trim_end().ends_with(|c: char| c.is_ascii_digit() || c == '%')
            // (nor a cover's labelled date above the form, 报告日期：2023年3月 / 填报日期：…: the year
            // of writing, not of the form's caption)
            && !labelled_date(clean(&p.text))
        {
            s.push_str(clean(&p.text));
        }
    }
    s.push_str(question(after_dated_lead(clean(&paras[i].text))));
    for p in paras.iter().skip(i + 1).take(2) {
        let t = clean(&p.text);
        let org = ORG.is_match(t) && t.chars().count() <= 24 && !t.contains('：');
        if short(p) && (t.starts_with('（') || t.starts_with('(') || org) && !looks_like_title(t) {
            s.push_str(t);
        } else {
            break;
        }
    }
    s
}

/// A title block without the brackets after it: its year and the mark of a form's next page
/// (（2022年度）, （续）, （续表）, （第二页，续上表）).
fn without_continuation(block: &str) -> &str {
    let mut t = block.trim_end();
    while let Some(i) = t.rfind(['（', '(']).filter(|&i| t.ends_with(['）', ')']) && t[i..].chars().count() <= 12) {
        t = t[..i].trim_end();
    }
    t
}

/// A saved web page's name of its site or section above the title (政务公开_某县人民政府网, 预算绩效 -
/// 某县公安局, 某县禁毒网): no line of a two-line title.
fn site_line(t: &str) -> bool {
    breadcrumb(t)
        || t.contains(['_', '|', '｜'])
        || t.contains(" - ")
        || t.contains(" — ")
        || t.contains("政务公开")
        || ["网", "网站", "门户"].iter().any(|w| t.ends_with(w))
}

/// A web page's trail of its site's sections joined by '>' (中国长安网 > 公众版> 地方动态> 天津,
/// 首页 ＞ 新闻中心 ＞ 本地要闻, 您的位置：网站首页 » 政务公开 » 工作动态): the page's furniture, no
/// headline and no line of one — the headline under it names the year of the meeting it reports.
/// (A quotation opening on '>' has no section before it; a sentence has its commas.)
fn breadcrumb(t: &str) -> bool {
    let t = t.trim();
    if !t.contains(['>', '＞', '»']) || t.contains(['。', '，', '；']) || t.chars().count() > 60 {
        return false;
    }
    let mut sections = 0;
    for part in t.split(['>', '＞', '»']) {
        let n = part.trim().chars().count();
        if n == 0 || n > 16 {
            return false;
        }
        sections += 1;
    }
    sections >= 3
}

/// An interview's opening line standing for a title (问黄局长，文成…怎么样？ 黄小中：…): its
/// question alone, not the answer's words (专项行动 makes no project, 局长 no unit).
fn question(t: &str) -> &str {
    if looks_like_title(t) {
        return t;
    }
    match t.find(['？', '?']) {
        Some(i) => &t[..i],
        None => t,
    }
}

fn clean(t: &str) -> &str {
    t.trim().trim_start_matches('#').trim().trim_matches('*').trim()
}

static ORG: Re = Re::new(|| {
    Regex::new(r"(禁毒委员会办公室|委员会办公室|禁毒办公室|禁毒办|禁毒委员会|服务中心|事务中心|指导中心|中心|司法局|公安局|公安分局|局|办公室|委员会|办|所|站|大队|支队)$").unwrap()
});
static PROJECT_NAME: Re = Re::new(|| Regex::new(r"经费|资金|项目|专项|工作").unwrap());
static YEAR: Re = Re::new(|| Regex::new(r"(20[0-4]\d)\s*年").unwrap());
/// A line stating only a year, as under a 自评表's title: (2021年度), 2021年度
static YEAR_LINE: Re = Re::new(|| Regex::new(r"(?m)^\s*[（(]?\s*(20[0-4]\d)\s*年度?\s*[）)]?\s*$").unwrap());
/// A form's label of the year evaluated and its year: 评价年度：2023, 预算年度：2022年, 项目实施年度
/// 2021, 执行年度：2022.
static YEAR_LABEL: Re = Re::new(|| {
    Regex::new(r"(?m)(?:^|[\s\t（(])(?:评价|绩效|考核|预算|所属|报告|自评|项目实施|项目|实施|执行)年度\s*[：:\t]?\s*(20[0-4]\d)\s*年?度?\s*(?:$|[\s\t）)])").unwrap()
});
static NIANDU: super::re::Word = super::re::Word::new("年度");
static THIRTY_FIRST: super::re::Word = super::re::Word::new("31");

/// Does a form's label of the year (评价年度, 预算年度 …: YEAR_LABEL's words) stand in `body`?
/// (one pass over its 年度s, before the regex)
fn year_label_word(body: &str) -> bool {
    const WORDS: [&str; 10] = ["评价", "绩效", "考核", "预算", "所属", "报告", "自评", "项目", "实施", "执行"];
    NIANDU.find_iter(body).any(|i| {
        // (the label, then its year: 评价年度：2023)
        let after = body[i + "年度".len()..].trim_start_matches(|c: char| c.is_whitespace() || c == '：' || c == ':');
        after.starts_with("20") && WORDS.iter().any(|w| body[..i].ends_with(w))
    })
}

/// Does a year's last day (12.31, 12-31, 12/31, 12月31) stand in `body`? (one pass over its
/// 31s, before FULL_YEAR)
fn year_end_day(body: &str) -> bool {
    THIRTY_FIRST.find_iter(body).any(|i| {
        let before = body[..i].trim_end().trim_end_matches(['-', '/', '.', '月']).trim_end();
        before.ends_with("12")
    })
}

/// A period of one whole year: 2023.1.1—2023.12.31, 2022/01/01-2022/12/31, 2021年1月1日至2021年12月31日.
static FULL_YEAR: Re = Re::new(|| {
    Regex::new(r"(20[0-4]\d)\s*[-/.年]\s*0?1\s*[-/.月]\s*0?1\s*日?\s*(?:[-—–~～至到－]+|起至)\s*(20[0-4]\d)\s*[-/.年]\s*12\s*[-/.月]\s*31")
        .unwrap()
});
/// A date: 2022-03-21, 2022/3/21, 2022.3.21, 2022年3月21日
static DATE: Re = Re::new(|| Regex::new(r"(20[0-4]\d)\s*[-/.年－／]\s*(\d{1,2})\s*[-/.月－／]\s*(\d{1,2})").unwrap());
/// A date followed by a time of day: a page's stamp (2006年02月24日11:52, 2016-06-23 08:54:00).
static STAMP: Re = Re::new(|| {
    Regex::new(r"(20[0-4]\d)\s*[-/.年－／]\s*(\d{1,2})\s*[-/.月－／]\s*(\d{1,2})\s*日?\s*\d{1,2}:\d{2}").unwrap()
});
/// A date written day first with its time of day: 26.06.2014 17:19.
static DMY_STAMP: Re =
    Re::new(|| Regex::new(r"(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(20[0-4]\d)\s+\d{1,2}:\d{2}").unwrap());
/// A line holding only a date.
// (…or a byline, the organ before its date on one line: 剑阁县禁毒委员会办公室　2024年2月6日)
static DATE_LINE: Re = Re::new(|| {
    Regex::new(r"(?m)^\s*(\p{Han}{2,30}?(办公室|委员会|禁毒委|禁毒办|公安局|公安分局|司法局|大队|人民政府|中心)[\s　]*)?20[0-4]\d\s*[-/.年－／]\s*\d{1,2}\s*[-/.月－／]\s*\d{1,2}\s*日?\s*$").unwrap()
});
/// A poster's name and the day of the post in brackets at a page's foot: 梁某(2014-11-15), 网友
/// 小李（2019-03-07 10:21）.
static POSTER_STAMP: Re = Re::new(|| {
    Regex::new(
        r"^\s*[\p{Han}A-Za-z0-9_]{1,12}\s*[（(]\s*20[0-4]\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)]",
    )
    .unwrap()
});
/// A web page's publication line (a forum's or blog's 发表于 2022-6-15 16:09 too).
static PUBLISHED: Re =
    Re::new(|| Regex::new(r"发布(时间|日期|于|[:：])|发表于|发文日期|成文日期|日期[:：]|时间[:：]|来源[:：]").unwrap());
static YEAR_WORD: Re =
    Re::new(|| Regex::new(r"(20[0-4]\d|二[〇零][一二三四][〇零一二三四五六七八九])\s*年度?").unwrap());
/// A year in Chinese numerals, digit by digit: 二〇二二年
static CN_YEAR: Re = Re::new(|| Regex::new(r"(二[〇零][一二三四][〇零一二三四五六七八九])\s*年").unwrap());
/// An organisation's name ending anywhere in a text (ORG without the anchor).
static ORG_IN: Re = Re::new(|| Regex::new(&ORG.as_str().replace(")$", ")")).unwrap());
static PARENS: Re = Re::new(|| Regex::new(r"[（(][^）)]*[）)]").unwrap());
static DOCNO: Re = Re::new(|| Regex::new(r"[〔【\[（(]\s*20\d\d\s*[〕】\]）)]").unwrap());
static REPORT_WORDS: Re = Re::new(|| {
    Regex::new(r"(部门整体支出|单位整体支出|整体支出|部门支出|重点项目|专项项目|项目支出|财政专项|专项资金|项目绩效|年度绩效|绩效自评|绩效评价|使用情况的?自评|自评报告|评价报告|工作总结|工作的总结|年终总结|工作的?汇报|述职报告|绩效报告|工作情况|工作开展情况|开展情况的?报告|情况的?通报|新闻发布会|发布会|年度通报|部门预算|部门决算|单位预算|单位决算|预算公开|决算公开)").unwrap()
});

pub fn kind_of(title: &str) -> Kind {
    // (a bulletin on a special fund's use — 关于2022年度禁毒专项资金使用情况的通报 — is the fund's
    // evaluation, as one on its 经费 is)
    let evaluation = EVALUATION.is_match(title) || FUND_USE.is_match(title);
    if title.contains("整体") || title.contains("部门支出") || title.contains("部门绩效") {
        Kind::Whole
    } else if SUMMARY.is_match(title) && !evaluation {
        Kind::Summary
    } else if title.contains("项目") || title.contains("资金") || project_special(title) || FUND.is_match(title) {
        Kind::Project
    } else if SUMMARY.is_match(title) || !evaluation && !title.trim().is_empty() {
        // no budget evaluation named: a summary or a news report of the year's results
        Kind::Summary
    } else {
        Kind::Whole
    }
}

/// A fund of drug-control work named in a title (禁毒工作经费, 禁毒经费, 宣传经费使用情况), not a
/// unit's budget or its 三公经费: a project's money.
static FUND: Re = Re::new(|| Regex::new(r"^[^部]*(禁毒|工作|业务|办案|宣传|戒毒)[^，。部三]{0,4}经费").unwrap());

/// 专项 naming special money (专项经费, 禁毒专项), not a special operation (专项行动, 专项整治,
/// 专项治理, 专项斗争), which is police work of any report.
fn project_special(title: &str) -> bool {
    title.match_indices("专项").any(|(i, w)| {
        let rest = &title[i + w.len()..];
        !["行动", "整治", "治理", "斗争", "会战", "战役", "攻坚", "检查", "督查", "督导", "宣传", "清查", "排查"]
            .iter()
            .any(|op| rest.starts_with(op))
    })
}

/// The kind of a part whose title may say nothing (a cover line, 附件2): a title naming
/// neither an evaluation nor a summary leaves it to the text's opening.
pub fn kind_in(title: &str, body: &str) -> Kind {
    // a page without a title lends its first sentence as one (去年，某县禁毒委…专项经费…):
    // a sentence names no kind, the text's opening does
    let sentence = title.contains('。') || title.chars().count() > 40 && title.contains(['，', ',']);
    let k = if sentence { Kind::Summary } else { kind_of(title) };
    // an evaluation whose title names neither a whole unit nor a project (第三方绩效评价报告)
    // evaluates the project its opening names (项目名称：…专项经费)
    let whole_named = title.contains("整体") || title.contains("部门支出") || title.contains("部门绩效");
    if k == Kind::Whole && !whole_named && !BUDGET_PAPER.is_match(title) {
        let opening: String = body.lines().take(6).collect::<Vec<_>>().join("\n");
        if PROJECT_NAMED.is_match(&opening) {
            return Kind::Project;
        }
    }
    // a report of the year's performance targets met (2023年度禁毒工作绩效目标完成情况) that states
    // no money — no budget, no spending — reports the work's results: a summary's
    if k == Kind::Whole && !whole_named && title.contains("目标") && title.contains("完成情况") && !body.contains('元')
    {
        return Kind::Summary;
    }
    // a title about the work's assessment (全县禁毒工作绩效考评再获全市第一, 禁毒工作绩效考核位列
    // 全省前列) over a text that names no budget evaluation and no budget, spending or final
    // accounts: a ranking of the work's results, told in a summary or news, not a unit's money
    // evaluated (绩效考评 is the assessment of the work, 绩效评价 or 自评 that of the money)
    if k == Kind::Whole
        && !whole_named
        && (title.contains("绩效考评") || title.contains("绩效考核"))
        && !["评价", "自评", "报告", "决算", "预算"].iter().any(|w| title.contains(w))
        && !["预算", "决算", "支出"].iter().any(|w| body.contains(w))
        && !EVALUATION_TEXT.is_match(super::text::head(body, 3000))
    {
        return Kind::Summary;
    }
    // a news headline about money handed out (省禁毒委下拨戒毒社工专项补助费) over a reporter's
    // story (本报讯 记者…获悉) that names no evaluation: news, no project's evaluation
    if k == Kind::Project && news_of_money(title, body) {
        return Kind::Summary;
    }
    if k != Kind::Summary || !sentence && SUMMARY.is_match(title) {
        return k;
    }
    // a title run over two lines (嘉禾县禁毒委员会办公室 / 关于2022年度禁毒专项经费使用情况的自评
    // 报告): the line naming the evaluation names its kind
    // (a line run on into the text's first sentence: its words up to the report's name)
    let named = body.lines().take(3).find_map(|l| EVALUATION_NAME.find(l.trim()).map(|m| m.as_str()));
    if let Some(k) = named.map(kind_of).filter(|k| *k != Kind::Summary) {
        return k;
    }
    let head = super::text::head(body, 3000);
    if !EVALUATION_TEXT.is_match(head) {
        Kind::Summary
    } else if head.contains("整体支出") || head.contains("部门支出") || BUDGET_PAPER.is_match(head) {
        Kind::Whole
    } else if head.contains("项目支出") || head.contains("专项资金") || head.contains("项目资金") {
        Kind::Project
    } else {
        Kind::Whole
    }
}

/// Is a text under a project-like title (专项补助费, 专项资金) a reporter's story — 本报讯, 记者…
/// 获悉, …电 in its opening — whose title names no evaluation (绩效, 评价, 自评, 决算, 预算) and
/// whose text names none either?
fn news_of_money(title: &str, body: &str) -> bool {
    if ["绩效", "评价", "自评", "决算", "预算"].iter().any(|w| title.contains(w)) {
        return false;
    }
    let opening = super::text::head(body, 600);
    let reported = opening.contains("本报讯") || opening.contains("记者") && opening.contains("获悉");
    reported && !EVALUATION_TEXT.is_match(super::text::head(body, 3000))
}

/// A project named in a form's or report's opening lines (项目名称：2023年度…专项经费).
static PROJECT_NAMED: Re = Re::new(|| Regex::new(r"(?m)^\s*(评价)?项目名称\s*[：:\t ]\s*\S").unwrap());

/// The name of an evaluation report or form, closing a title's line.
static EVALUATION_NAME: Re = Re::new(|| Regex::new(r"^[^。，,；;：:]{0,50}?(?:自评|评价)(?:报告|表)").unwrap());

/// Words of a budget evaluation's text (a unit's published budget or final accounts too).
static EVALUATION_TEXT: Re = Re::new(|| {
    Regex::new(r"绩效评价|绩效自评|自评表|自评报告|预算执行率|整体支出|项目支出|项目资金|预算公开|决算公开|(部门|单位)(预算|决算)(情况说明|公开|报表)").unwrap()
});
/// A unit's published budget or final accounts (2024年单位预算公开, 部门决算情况说明): the
/// whole unit's money.
pub static BUDGET_PAPER: Re =
    Re::new(|| Regex::new(r"预算公开|决算公开|(部门|单位)(预算|决算)(情况说明|公开|报表)").unwrap());

/// A special fund's use or execution named in a title (专项资金使用情况, 项目资金执行情况): its
/// money's evaluation.
static FUND_USE: Re = Re::new(|| Regex::new(r"(专项资金|项目资金)的?(使用|执行|支出)").unwrap());
/// Words that make a title a budget evaluation.
static EVALUATION: Re = Re::new(|| Regex::new(r"绩效|评价|自评|预算|决算|支出|经费").unwrap());
/// Words that make a title a work summary or news of results.
static SUMMARY: Re =
    Re::new(|| Regex::new(r"总结|通报|工作情况|发布会|新闻|汇报|述职|工作要点|成效|战果|综述|回眸|盘点").unwrap());

/// Whether `rest` (the words after a year's 年) opens on a month and a day: 2月6日, 12月28日.
fn is_day_date(rest: &str) -> bool {
    let r = rest.trim_start();
    let m = r.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&m) || !r[m..].starts_with('月') {
        return false;
    }
    let d = &r[m + '月'.len_utf8()..];
    let k = d.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&k) && d[k..].starts_with('日')
}

/// The year a title states: 2021年度…, not the start of a span (2015年以来…, 2016年至2020年).
fn title_year(title: &str) -> Option<i32> {
    // a page's stamp merged into the title block (2006年02月24日11:52) is no year of the report
    let unstamped;
    let title = if title.contains(':') {
        unstamped = STAMP.replace_all(title, "");
        &*unstamped
    } else {
        title
    };
    let mut years = YEAR.captures_iter(title).filter(|c| {
        let m = c.get(0).expect("a match");
        let (before, rest) = (title[..m.start()].trim_end(), &title[m.end()..]);
        let span = ["至", "到", "-", "—", "～", "~"];
        !["以来", "来"].iter().chain(&span).any(|w| rest.starts_with(w))
                && !span.iter().any(|w| before.ends_with(w))
                // (nor a span's start with words between: 自2018年开展三年大会战以来)
                && !opens_span(title, m.start(), m.end())
                // (nor the year of an assessment the text recalls: 在2021年度全市禁毒工作考评中)
                && !assessed(title, m.start())
                // (nor a comparison's baseline: …1335920人，比2008年底增加209158人; not 从, which in a
                // headline names a source: 记者从2025年…新闻发布会上获悉)
                && !before.ends_with(['比', '较'])
                // (nor a day's date of a byline run into the title block — 某县禁毒委员会办公室
                // 2024年2月6日 under the headline — which dates the writing, not the year told of)
                && !is_day_date(rest)
                && !compared_with(title, m.start())
                // a date under the title ((2024年1月10日)) is when it was written
                && !day_of_month(rest)
    });
    let first = years.next()?;
    // a year of writing before the subject the title is about (2024年…关于2023年度部门整体支出
    // 绩效自评情况的报告): the subject's
    let at = first.get(0).expect("a match").end();
    let subject = years.find(|c| {
        let m = c.get(0).expect("a match");
        title[at..m.start()].contains("关于") && title[m.end()..].starts_with('度')
    });
    subject.unwrap_or(first)[1].parse().ok()
}

/// Does `rest` (after a year's 年) go on with a month and a day (1月10日)?
fn day_of_month(rest: &str) -> bool {
    let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let m = digits(rest);
    let Some(after) = rest[m..].strip_prefix('月').filter(|_| (1..=2).contains(&m)) else { return false };
    let d = digits(after);
    (1..=2).contains(&d) && after[d..].starts_with('日')
}

/// Is `rest` (a body's text after a year's 年) only a month and the body's end (2月, 12月\n)?
fn month_at_foot(rest: &str) -> bool {
    let m = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&m) && rest[m..].strip_prefix('月').is_some_and(|t| t.trim().is_empty())
}

/// The fiscal year: the title's, else a line that states only the year above a table
/// ((2021年度)), else the year most named in the text (document numbers such as
/// 〔2013〕75号 do not count), later years winning ties.
pub fn year_of(title: &str, body: &str) -> Option<i32> {
    if let Some(y) = title_year(title) {
        return Some(y);
    }
    if let Some(c) = CN_YEAR.captures(title) {
        return super::number::parse_chinese(&c[1]).map(|y| y as i32);
    }
    if let Some(c) = YEAR_LINE.captures(body) {
        return c[1].parse().ok();
    }
    // the year a form's label names (评价年度：2023, 预算年度：2022年, 所属年度：2021)
    if year_label_word(body) {
        if let Some(c) = YEAR_LABEL.captures(body) {
            return c[1].parse().ok();
        }
    }
    // a period of one whole year, in dates of any writing (评价期间：2023.1.1—2023.12.31,
    // 2022/01/01-2022/12/31, 2021年1月1日至2021年12月31日): that year
    if year_end_day(body) {
        if let Some(y) = FULL_YEAR.captures_iter(body).find(|c| c[1] == c[2]).and_then(|c| c[1].parse().ok()) {
            return Some(y);
        }
    }
    let body = DOCNO.replace_all(body, "");
    // the date the text was signed or put online (2023年3月15日 alone, 2013-04-24 衡阳日报,
    // 发布时间：2019年03月07日) is the year of writing
    let body = DATE_LINE.replace_all(&body, "");
    // (…and so is a reporter's byline's day, its sentence run on after it or not: 记者 王磊 通讯员 陈曦
    // 2024年1月19日2023年，全省…)
    // (a byline stands among the text's first lines: only they are looked at)
    let body = if reporters_word(super::text::head(&body, 600)) {
        BYLINE_DATE.replace_all(&body, "").into_owned().into()
    } else {
        body
    };
    // (a signature's date in numerals, its year made digits by the reader — 2024年一月十六日 — too)
    // (…and a month alone on its line, 2023年1月: its signature's)
    let date_line =
        |l: &str| super::text::is_date_line(l) || l.contains("月") && (cn_date(l).is_some() || month_line(l).is_some());
    let body: std::borrow::Cow<str> = if body.lines().any(|l| date_line(l) || super::text::is_page_meta(l)) {
        body.lines().filter(|l| !date_line(l) && !super::text::is_page_meta(l)).collect::<Vec<_>>().join("\n").into()
    } else {
        body
    };
    let mut counts: std::collections::BTreeMap<i32, usize> = Default::default();
    // the years that open a span to now (2005年以来, 2019年至今), apart
    let mut since: std::collections::BTreeMap<i32, usize> = Default::default();
    // the years only planned for (2024年，全县将继续…; 2024年工作打算), apart: a summary of 2023
    // closes on them; they are the text's year only when it names no other
    let mut plans: std::collections::BTreeMap<i32, usize> = Default::default();
    // (YEAR's group is its match's first four digits: no captures needed)
    for m in YEAR.find_iter(&body) {
        // the baseline of a comparison (由2018年的538人降至2020年的178人) is not the text's year,
        // nor the start of a span of years (2016年至2020年, 2018年—2020年): its end is
        if baseline_year(&body, m.start()) || span_start(&body[m.end()..]) || assessed(&body, m.start()) {
            continue;
        }
        if let Ok(y) = m.as_str()[..4].parse() {
            let rest = body[m.end()..].trim_start();
            let to_now =
                ["以来", "至今", "迄今"].iter().any(|w| rest.starts_with(w)) || opens_span(&body, m.start(), m.end());
            // (a span to now in a paragraph opening on several years — 近年来，我市…。2015年以来，
            // …查破毒品刑事案件130起 — runs over those years: its start is no year of the text's)
            if to_now && {
                let para = &body[body[..m.start()].rfind('\n').map_or(0, |i| i + 1)..m.start()];
                ["近年来", "近几年来", "多年来", "几年来"].iter().any(|w| para.contains(w))
            } {
                continue;
            }
            let map = if to_now {
                &mut since
            } else if planned(rest) {
                &mut plans
            } else {
                &mut counts
            };
            *map.entry(y).or_default() += 1;
        }
    }
    // (a plan's year after every year the text reports is the next one's; any other is counted)
    let reported = counts.keys().next_back().copied();
    for (y, n) in plans {
        if reported.is_none_or(|r| y <= r) {
            *counts.entry(y).or_default() += n;
        }
    }
    // a span to now opened before a year the text names of its own (销毁全市2005年以来缴获的毒品
    // at the 2007年集中销毁毒品大会) runs over several years: its start is not the text's year
    let latest = counts.keys().next_back().copied();
    for (y, n) in since {
        if latest.is_none_or(|l| y >= l) {
            *counts.entry(y).or_default() += n;
        }
    }
    // (of years named as often, one a day of the text's events is written in — 2017年12月29日，
    // 县禁毒办…发放禁毒宣传挂历 beside 精心设计2018年禁毒宣传挂历 — dates it more surely than one
    // named in passing; else the later)
    let tied = counts.values().copied().max().map_or(0, |top| counts.values().filter(|&&n| n == top).count());
    let dated: Vec<i32> =
        if tied > 1 { FULL_DAY.captures_iter(&body).filter_map(|c| c[1].parse().ok()).collect() } else { Vec::new() };
    counts.into_iter().max_by_key(|&(y, n)| (n, dated.contains(&y), y)).map(|(y, _)| y)
}

/// A day written in full in a text (2017年12月29日).
static FULL_DAY: Re = Re::new(|| Regex::new(r"(20[0-4]\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日").unwrap());

/// Is the year at `at` that of an assessment or ranking the text recalls (在2021年度全市禁毒工作
/// 考评中，某县位列第一; 在全省2022年禁毒工作考核中): a past event's year, not the year of the
/// figures the text reports? (A title reporting the assessment, 2021年度禁毒工作考核情况通报,
/// names no 在…中.)
fn assessed(text: &str, at: usize) -> bool {
    if honoured_in(&text[at..]) {
        return true;
    }
    // (cheap test: 在 within a few characters before the year)
    let before = super::text::tail(&text[..at], 21);
    let Some(i) = before.rfind('在') else { return false };
    if before[i..].contains(['，', ',', '。', '；']) {
        return false;
    }
    ASSESSMENT.find(&text[at - (before.len() - i)..]).is_some_and(|m| m.start() == 0)
}
/// Does a year (at the start of `from`) date an honour that describes what the text is about
/// (2021年被评为全省禁毒示范县的古丈县, 2019年荣获全国禁毒工作先进集体的某县)? A past event's
/// year, as 去年 is in 去年被评为…: not the year of the figures the text reports.
fn honoured_in(from: &str) -> bool {
    let rest = from.get(4..).unwrap_or("").trim_start();
    let Some(rest) = rest.strip_prefix('年') else { return false };
    let rest = rest.strip_prefix('度').unwrap_or(rest);
    // (the honour's verb right after the year or its 度, naming what it honoured after 的: an
    // attribute of the text's subject; 2019年全区禁毒工作获评先进 states that year's result)
    let clause = super::text::head(rest, 48);
    let clause = &clause[..clause.find(['，', ',', '。', '；', ';', '\n']).unwrap_or(clause.len())];
    ["被评为", "荣获", "获评", "被命名为", "被授予", "获授"]
        .iter()
        .any(|w| clause.strip_prefix(w).is_some_and(|r| r.contains('的')))
}
/// 在 (a scope of a few characters) a year (度) … an assessment's word … 中.
static ASSESSMENT: Re = Re::new(|| {
    Regex::new(r"^在[^，,。；;\d]{0,6}20[0-4]\d\s*年度?[^，,。；;]{0,16}?(?:考评|考核|评比|评选|测评|评估|排名|满意度调查|绩效考评)(?:工作)?中").unwrap()
});

/// Does the year at `text[start..end]` (its 年 included) open a span to now with words between:
/// 自2018年开展禁毒三年大会战以来, 从2019年创建示范城市至今? (自 / 从 before it, 以来 / 至今
/// closing its clause.)
fn opens_span(text: &str, start: usize, end: usize) -> bool {
    if !text[..start].trim_end().ends_with(['自', '从']) {
        return false;
    }
    let rest = super::text::head(&text[end..], 60);
    let clause = &rest[..rest.find(['，', ',', '。', '；', ';', '\n']).unwrap_or(rest.len())];
    clause.contains("以来") || clause.contains("至今") || clause.ends_with('来')
}

/// Does the rest of a year's clause (after its 年) plan rather than report: 2024年，全县将继续…,
/// 2024年工作打算, 2024年力争破获…, 2024年工作思路? (Not a clause holding a count with no plan's
/// word: 2023年，全县破获…19起.)
fn planned(rest: &str) -> bool {
    let rest = rest.strip_prefix('度').unwrap_or(rest);
    let clause = super::text::head(rest, 30);
    let clause = &clause[..clause.find(['。', '；', ';', '\n']).unwrap_or(clause.len())];
    ["将", "力争", "打算", "争取", "思路", "展望"].iter().any(|w| clause.contains(w))
}

/// A dated review naming several years and neither 今年 nor 去年 (近三年禁毒工作: 2018年…,
/// 2019年…, 2020年…) is of the latest year it names — not after the year before its date
/// when it is published in the first quarter (a review of February 2021 is of 2020), and not
/// older than that year. Dates (2021年2月23日) and comparisons' baselines (比2018年的…) are
/// not the years it reviews.
fn latest_reviewed(body: &str, y: i32, month: u32) -> Option<i32> {
    let cap = if month <= 3 { y - 1 } else { y };
    let mut named = std::collections::BTreeSet::new();
    for m in YEAR.find_iter(body) {
        // (a month of one or two digits right after: 2021年2月23日)
        let after = body[m.end()..].trim_start();
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let date = (1..=2).contains(&digits) && after[digits..].trim_start().starts_with('月');
        if !date && !baseline_year(body, m.start()) {
            if let Ok(n) = m.as_str()[..4].parse::<i32>() {
                named.insert(n);
            }
        }
    }
    if named.len() < 2 {
        return None;
    }
    // (the latest year whose figures the text gives, when it gives any: a page of June 2019 on
    // 2018年，全省破获…12555起 that names 2019 only for what is to come reviews 2018)
    let with_figures = named.range(..=cap).rev().find(|&&n| figures_of_year(body, n));
    with_figures.or_else(|| named.range(..=cap).next_back()).copied().filter(|&l| l >= y - 1)
}

/// A month (and day) opening the words after a year's 年: 6月, 10月9日, 12月份.
static MONTH_OPENING: Re = Re::new(|| Regex::new(r"^\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?").unwrap());

/// Does a year's 年 stand before the rest of a span of years (至2020年, —2020年, 到2020年; or a
/// month of it before another year's, 2024年6月至2025年6月)?
fn span_start(rest: &str) -> bool {
    let rest = rest.trim_start();
    // (…or a month of it, 2024年6月至2025年6月: a span of months across two years)
    let rest = MONTH_OPENING.find(rest).map_or(rest, |m| rest[m.end()..].trim_start());
    let Some(after) = ["至", "到", "-", "—", "～", "~", "－"].iter().find_map(|w| rest.strip_prefix(w)) else {
        return false;
    };
    let after = after.trim_start();
    after.len() >= 4
        && after.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && after[4..].trim_start().starts_with('年')
}

/// Does the year starting at `at` stand as a comparison's baseline: 由2018年的…降至…,
/// 比2019年的…, 较2020年…, 从2018年的…减少到…?
pub fn baseline_year(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    if before.ends_with(['由', '比', '较', '从']) {
        return true;
    }
    // (or named by 与 / 同 / 和 / 跟 and closed by 相比 / 比较 / 对比 in its clause: 与2020年相比,
    // 同2021年同期相比, 和2019年比; or as the same time of it, 2021年同期为45人次)
    if compared_with(text, at) {
        return true;
    }
    // (or listed after one: 较2015年、2016年、2017年分别下降 — each year of the list is a baseline)
    let Some(b) = before.strip_suffix('、') else { return false };
    let b = b.trim_end();
    let Some(y) = b.strip_suffix('年').map(str::trim_end) else { return false };
    y.len() >= 4 && y.as_bytes()[y.len() - 4..].iter().all(u8::is_ascii_digit) && baseline_year(text, y.len() - 4)
}

/// Is the year starting at `at` the other side of a comparison: after 与 / 同 / 和 / 跟 with
/// 相比 / 比较 / 对比 / 比 closing it in its clause (与2020年相比, 同2021年同期相比下降, 和2019年比),
/// or as the same months of it (2021年同期, 2021年同期为45人次)?
fn compared_with(text: &str, at: usize) -> bool {
    let rest = text[at..].get(4..).unwrap_or("").trim_start().strip_prefix('年').unwrap_or("");
    if rest.trim_start().starts_with("同期") {
        return true;
    }
    if !text[..at].trim_end().ends_with(['与', '同', '和', '跟']) {
        return false;
    }
    let clause = &rest[..rest.find(['，', ',', '。', '；', ';', '\n']).unwrap_or(rest.len())];
    let clause = super::text::head(clause, 48);
    ["相比", "比较", "对比", "相较"].iter().any(|w| clause.contains(w)) || clause.trim_start().starts_with('比')
}

/// The fiscal year of an evaluation or a summary: as `year_of`, except that a summary
/// speaking of 今年 is of the year of its own date line, and a text naming no year at all
/// takes it from its date (a self-evaluation published in March 2022 is of FY 2021).
pub fn fiscal_year(title: &str, body: &str, kind: Kind) -> Option<i32> {
    // a page with no title lends its first paragraph as one: only its first sentence is a
    // headline's (本报讯 6月12日，…活动启动。); the years after it are the body's (2022年，全市…)
    let title = match title.find('。') {
        Some(i) if i + '。'.len_utf8() < title.trim_end().len() => &title[..i],
        _ => title,
    };
    // (…and a reporter's byline run into the block, the lead after it opening on its year — 利通区：
    // 织密禁毒防控网——…本报记者 马兰2023年，利通区… — ends the headline: that year is the lead's, the
    // body's, not a year the title states)
    let title = match title.contains("记者").then(|| BYLINE_THEN_LEAD.find(title)).flatten() {
        Some(m) if m.start() > 0 => &title[..m.start()],
        _ => title,
    };
    // (…and a lent paragraph opening on its event's day and a comma — 2023年2月20日上午，某县禁毒委
    // 召开全体会议。 — is a news lead, no headline: the day is the text's present, read with the body
    // (lead_day), not a year its title states)
    let title = if opens_on_lead_day(title) { "" } else { title };
    // a first line that is only a date (2025-06-20, as a clipped page keeps its stamp) is the
    // page's date, not a title naming its year
    let stamp = date_only(title).then(|| DATE.captures(title).and_then(ymd)).flatten();
    let title = if stamp.is_some() { "" } else { title };
    // (…and so is a publisher's name and day run on to the headline — 临夏县2019年以来禁毒工作成效
    // 显著 / 临夏县人民政府　2023-11-30 read as one line: the date is no year of the title's)
    let (title, stamp) = match stamp.is_none().then(|| publisher_stamp_at_end(title)).flatten() {
        Some((t, d)) => (t, Some(d)),
        None => (title, stamp),
    };
    // (the article's date, looked for once and only when asked)
    let date = std::cell::OnceCell::new();
    // (a text signed at its foot on a day before the page put it online — 2023年12月28日 under a
    // summary posted on 2024-01-05 — was written that day: its 今年 is the signature's year)
    let date =
        || *date.get_or_init(|| stamp.or_else(|| article_date(body)).map(|d| signed_before(body, d).unwrap_or(d)));
    if title_year(title).is_some() || CN_YEAR.find(title).is_some() {
        let stated = year_of(title, body);
        // a headline whose year only opens a span to now (临夏县2019年以来禁毒工作成效显著) over a
        // page dated a later year: the figures run to the page's date, the record is of its year
        // (not in the first weeks of the next: 2019年以来 in January 2020 is 2019's account)
        // (the page's date looked for only then: most titles open no span)
        if let (Some(s), Kind::Summary) = (title_year(title), kind) {
            if mostly_since(title, s) {
                if let Some((y, _, _)) = date().filter(|&(y, m, _)| y > s && !(y == s + 1 && m <= 2)) {
                    return Some(y);
                }
            }
        }
        // a year's work conference (全县2025年禁毒工作会议) opens that year by reviewing the one
        // before (回首即将过去的2024年, 回顾过去的2024年; or its figures told as 去年's): a
        // summary of the year reviewed
        // (…but one held the year after its own, as its date says — 2023年度禁毒工作会议 in
        // January 2024 — reviews the year it names: its 去年 is that year)
        if let Some(y) = stated
            .filter(|&y| kind == Kind::Summary && WORK_MEETING.is_match(title) && date().is_none_or(|d| d.0 != y + 1))
        {
            let month = date().map_or(1, |d| d.1);
            // (…or tells the year past as a review does, 一年来 / 过去一年 holding its figures, in the
            // year's first months, whatever 今年以来 it adds of the new year's first weeks)
            let last_years = last_year_words(body, month) > this_year_words(body)
                || figures_of_year(body, y - 1)
                || month <= 3 && year_past_figures(body);
            if reviews_year(body, y - 1) || last_years && !figures_of_year(body, y) {
                return Some(y - 1);
            }
        }
        // a headline naming the year of its own event (召开2024年“6·26”国际禁毒日新闻发布会, 部署2024年
        // 禁毒重点工作), dated that year, over figures of the year before only (2023年，全县共破获…;
        // none of this year's, by 今年, its months or now's levels): the account of the year before
        if let Some(y) = stated.filter(|_| kind == Kind::Summary && !REPORT_TITLE.is_match(title)) {
            if EVENT_YEAR.is_match(title)
                && date().is_some_and(|d| d.0 == y)
                && figures_of_year(body, y - 1)
                && !figures_of_year(body, y)
                && this_year_words(body) == 0
                && !["目前", "当前", "一年来", "全年"].iter().any(|w| body.contains(w))
                && !months_so_far(body, date().map_or(12, |d| d.1))
            {
                return Some(y - 1);
            }
        }
        // an evaluation titled with the year it was written in (2024年某办部门整体支出绩效自评报告),
        // dated before that year's end, whose text evaluates the year before (2023年度，我办年初
        // 预算…) and never names its title's year as a fiscal one: the year before
        if let Some(y) = stated.filter(|_| matches!(kind, Kind::Whole | Kind::Project)) {
            if title.trim_start().starts_with(&format!("{y}年"))
                && EVALUATION_NAME.is_match(title)
                && !BUDGET_PAPER.is_match(title)
                && body.contains(&format!("{}年度", y - 1))
                && !body.contains(&format!("{y}年度"))
                && !YEAR_LINE.is_match(body)
                && date().is_some_and(|d| d.0 == y && d.1 <= 10)
            {
                return Some(y - 1);
            }
        }
        // a news headline quoting last year's figure (全国现有吸毒人员112.4万 2022年全国新发现7.1万名)
        // over a page dated the year after that states this year's (今年1至5月…1.6万起): the page's
        // year, whose record the headline's year follows as last year's
        if let Some(y) = stated.filter(|_| kind == Kind::Summary && !REPORT_TITLE.is_match(title)) {
            if date().is_some_and(|(dy, _, _)| dy == y + 1) && figures_of_this_year(body) {
                return Some(y + 1);
            }
        }
        return stated;
    }
    if kind == Kind::Summary {
        // 今年 / 去年 read against the article's own date
        if let Some((y, m, _)) = date() {
            let this = this_year_words(body);
            let last = last_year_words(body, m);
            // (…unless this year's months so far give figures of their own — 1-9月，全市共破获…28起
            // beside 去年全年，全市共破获…44起 in October: this year's account, last year's its own record)
            if last > this && !months_so_far(body, m) {
                return Some(y - 1);
            }
            // a work summary its organ signs at its foot in January (某县禁毒委员会办公室 / 2024年1月
            // 12日, 二〇二四年一月, a page's date of January over it) telling 今年以来's figures: drafted
            // at the year's turn about the year just ended, not the new year's first days — unless it
            // names the new year's own months or figures (1月以来, 2024年1月…破获…)
            if m == 1
                && this > 0
                && last == 0
                && !months_so_far(body, m)
                && !["1月以来", "1月份以来", "元月以来", "本月以来", "元旦以来", "新年以来"]
                    .iter()
                    .any(|w| body.contains(w))
                && !figures_of_year(body, y)
                && signed_unit(body).is_some()
            {
                return Some(y - 1);
            }
            // the figures stated for last year by its number (2020年全省破获…1994起, in June 2021)
            // and none for this year (今年，某市被列为示范城市): last year's account
            // (this year's figures may open on its months alone: 今年以来，全国…行动。1至5月，全国共破获…)
            // (figures since last year, 去年以来, after February run into this year: they are now's)
            let this_years =
                || figures_of_this_year(body) || months_so_far(body, m) || m > 2 && figures_since_last_year(body);
            if this > 0 && (figures_of_year(body, y - 1) || figures_of_last_year(body)) && !this_years() {
                return Some(y - 1);
            }
            // …and so with no 今年 or 去年 at all: a text dated by its lead's day (2023年2月20日上午，
            // 某县禁毒委召开…) reporting the year before's figures by its number (2022年全县共破获…) and
            // none of its own year's, nor now's levels (目前, 当前): the year before's account, the
            // day's year only the meeting's
            if this == 0
                && last == 0
                && figures_of_year(body, y - 1)
                && !figures_of_year(body, y)
                && !this_years()
                && !["目前", "当前"].iter().any(|w| body.contains(w))
            {
                return Some(y - 1);
            }
            // …and so a site that dropped the year's digits (年，全县查处吸毒人员94人，刑拘…55人 under a
            // 6·26 page of 2022): a whole year's figures told before the year's end are of a year
            // already ended — the last, this year's being told as 今年以来 or by its months
            if this == 0 && last == 0 && m <= 10 && bare_year_figures(body) && !this_years() {
                return Some(y - 1);
            }
            // …or its levels at last year's end (截至2017年底，全市现有吸毒人员4.2万余人, in June 2018)
            // and no count of this year's: last year's closing account
            if last == 0 && levels_at_end_of(body, y - 1) && !this_years() {
                return Some(y - 1);
            }
            // …and so for an earlier year stated by its number (浙江2015年度，全省新增吸毒人员2.3万人
            // in a page reposted with a stamp of 2020, its 今年3月 holding no count): the latest
            // such year's account, not the stamp's
            if this > 0 && !this_years() {
                let earlier = YEAR
                    .find_iter(body)
                    .filter_map(|m| m.as_str()[..4].parse::<i32>().ok())
                    .filter(|&e| e < y - 1 && e >= y - 10)
                    .filter(|&e| figures_of_year(body, e))
                    .max();
                if earlier.is_some() {
                    return earlier;
                }
            }
            // …and a review in the year's first months telling the year past as 过去一年 or 一年来
            // (过去一年全县共破获…41起) beside the new year's first figures (今年以来…5起): the year
            // past's account — the new year's months make a record of their own
            if this > 0 && m <= 3 && year_past_figures(body) && !figures_of_year(body, y) {
                return Some(y - 1);
            }
            if this > 0 {
                return Some(y);
            }
            // …and this year's figures opening on its months alone with no 今年 at all (截至2017年底
            // 现有…；1至5月，全市破获…120起 in a page of June 2018): this year's account, whatever
            // earlier year its levels are dated by (last year's own figures, 2017年，…, are its own
            // record beside it)
            if last == 0 && months_so_far(body, m) {
                return Some(y);
            }
            // …and so its figures since last year (去年以来，全省共破获…2200多起 in June 2024): they
            // run to the page's date, whatever year its other figures name (2023年，…12.9万名)
            if last == 0 && m > 2 && figures_since_last_year(body) {
                return Some(y);
            }
            if last == 0 {
                if let Some(latest) = latest_reviewed(body, y, m) {
                    return Some(latest);
                }
            }
        }
    }
    // an undated summary whose every year is told as past — an assessment's or an honour's
    // (2022年全市禁毒工作综合考核位列全省第二, 该镇2021年禁毒工作…获县里评为先进乡镇), one set beside
    // this year (2021年和今年一季度), a span's start to now (2022年以来) — or as a plan's (抓好2022年的
    // 禁毒工作), speaking from a present (今年, 以来, 之际 …): a year's result is announced in the year
    // after it, which the text speaks from — the present is the latest such year's next
    if kind == Kind::Summary && date().is_none() {
        if let Some(y) = present_after_past_years(body) {
            return Some(y);
        }
    }
    // an undated summary of 今年 dates itself by the day its figures stand at (截至2015年6月1日),
    // else names this year's campaign (“清源断流——2023”专项行动)
    if kind == Kind::Summary && date().is_none() && (body.contains("今年") || body.contains("本年")) {
        // a span from a past year to this one (自2009年至今年5月底) starts before it: a later year
        // the text names (2010年1月2日) is this one
        if body.contains("至今年") || body.contains("到今年") {
            if let Some(from) = SPAN_TO_THIS_YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).min() {
                let later =
                    YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).filter(|&y| y > from).max();
                if later.is_some() {
                    return later;
                }
            }
        }
        // a year it names as ended (截至2022年底) with none after it: 今年 is the year after
        if body.contains("截") {
            let ended = YEAR_ENDED.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).max();
            let latest = YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).max();
            if let Some(y) = ended.filter(|&y| latest == Some(y)) {
                return Some(y + 1);
            }
        }
        if body.contains("截") {
            let as_of = AS_OF.captures_iter(body).filter(|c| c[2].parse::<u32>().is_ok_and(|m| (1..=11).contains(&m)));
            if let Some(y) = as_of.filter_map(|c| c[1].parse::<i32>().ok()).max() {
                return Some(y);
            }
        }
        // (or holds it inside its name: “禁毒2018两打两控”专项行动)
        let inside =
            || CAMPAIGN_YEAR_INSIDE.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).collect::<Vec<_>>();
        let named = CAMPAIGN_YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok());
        let inner = if body.contains(['“', '"']) { inside() } else { Vec::new() };
        if let Some(y) = named.chain(inner).max() {
            return Some(y);
        }
        // (or names years only as where a change started, the end being now: 从2022年的0.91‰降至
        // 0.44‰, 由2020年的120人下降到85人): 今年 is a later year, the next
        if body.contains("年的") {
            let from = |m: regex::Match| {
                let c = CHANGE_TO_NOW.captures(body.get(m.start().saturating_sub(3)..)?)?;
                c[1].parse::<i32>().ok()
            };
            let froms: Option<Vec<i32>> = YEAR.find_iter(body).map(from).collect();
            if let Some(y) = froms.and_then(|f| f.into_iter().max()) {
                return Some(y + 1);
            }
        }
    }
    // an undated summary telling its figures as 去年's (截至去年12月底，共破获…125起) whose only
    // years are of assessments it recalls (在全市2014年度禁毒综合考评中，某县排名前三): a year's
    // assessment is announced in the year after it, which the text speaks from — its 去年 is the
    // assessed year
    if kind == Kind::Summary && date().is_none() && body.contains("去年") && body.contains('在') {
        let years: Vec<(usize, i32)> =
            YEAR.captures_iter(body).filter_map(|c| Some((c.get(0)?.start(), c[1].parse().ok()?))).collect();
        if years.iter().all(|&(at, _)| assessed(body, at)) && last_year_words(body, 12) > this_year_words(body) {
            if let Some(y) = years.iter().map(|&(_, y)| y).max() {
                return Some(y);
            }
        }
    }
    let mut stated = year_of(title, body);
    // an undated news item (呼和浩特6月24日电) whose only year starts a span from a month at or
    // after the dateline's (2021年6月至今): the span runs to that month of a later year, the next
    if let (Some(s), None, Kind::Summary) = (stated, date(), kind) {
        if body.contains("日电") || body.contains("日讯") {
            if let (Some(from), Some(m)) = (span_from_month(body, s), dateline_month(body)) {
                if m <= from && mostly_since(body, s) {
                    stated = Some(s + 1);
                }
            }
        }
        // an undated text whose latest year only opens spans up to now (2022年至今，全市破获…; 根据
        // 2022年记录的点位…): a writer of that year says 今年以来; the present is a later year, the next
        // (X年以来 alone is written of this year too: 2022年以来 in June 2022; not read so)
        if (body.contains("至今") || body.contains("迄今")) && !body.contains("至今年") {
            let latest = YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).max();
            if latest == Some(s) && to_now_only(body, s) {
                stated = Some(s + 1);
            }
        }
        // …and so one that calls the present 今年 (截至今年9月份，…在册吸毒人员8863人) while its
        // latest year only opens spans to now (2015年以来，…破获毒品案件1166起) or dates a past
        // honour (2015年被评为…): the writer of that year's figures would have said 今年以来 — the
        // present is a later year, the next
        if s == stated.unwrap_or(s)
            && body.contains("今年")
            && body.contains("以来")
            && !SPAN_TO_THIS_YEAR.is_match(body)
        {
            let latest = YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).max();
            if latest == Some(s) && mostly_since(body, s) && !this_year_is_named(body, s) {
                stated = Some(s + 1);
            }
        }
        // an undated text reporting from a later year's own meeting (记者从某市2023年禁毒工作新闻
        // 通报会获悉) whose most named year opens a span to now (2022年以来，…): the meeting's year
        // is the present, the span runs into it
        if body.contains('会') && (body.contains("以来") || body.contains("至今")) {
            let meeting = MEETING_YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).max();
            let latest = YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).max();
            let since = || YEAR_SINCE_TO_NOW.captures_iter(body).any(|c| c[1].parse::<i32>().ok() == Some(s));
            if let Some(m) = meeting.filter(|&m| m > s && latest == Some(m) && since()) {
                stated = Some(m);
            }
        }
    }
    if let (Some(s), Some((y, m, _))) = (stated, date()) {
        // a text reports no year after its own date: a later year is a plan's (2025至2026年的服务项目)
        if s > y {
            stated = Some(y);
        }
        // figures since a past year (2022年以来 in a page of June 2023, 2015年来 in 2016) run to
        // the article's date: they stand with its year, unless it is the first weeks of the next
        // (2019年以来 in a release of January 2020 is the year 2019's account)
        if kind == Kind::Summary
            && s < y
            && !(y == s + 1 && m <= 2)
            && (mostly_since(body, s) || only_span_end(body, s))
        {
            stated = Some(y);
        }
    }
    // an evaluation is written after its year: a text published in March 2023 that names 2023
    // most (its own dates) and 2022 too is of 2022
    if let (Some(s), Kind::Whole | Kind::Project) = (stated, kind) {
        if date().is_some_and(|(y, m, _)| y == s && m <= 10)
            && body.contains(&format!("{}年", s - 1))
            && !YEAR_LINE.is_match(body)
        {
            return Some(s - 1);
        }
    }
    // …and one naming no year but the day it was written (报告日期：2023年4月10日 over 本年度预算…)
    // is of the year before that day's (not a unit's budget paper, which is of its own year)
    if let (Some(s), Kind::Whole | Kind::Project) = (stated, kind) {
        if date().is_some_and(|(y, m, _)| y == s && m <= 10)
            && !BUDGET_PAPER.is_match(title)
            && !BUDGET_PAPER.is_match(super::text::head(body, 3000))
            && YEAR.find_iter(body).all(|m| {
                let rest = body[m.end()..].trim_start();
                // (…or a month alone, the body's last line: its signature's, 2023年2月)
                day_of_month(rest) || month_at_foot(rest)
            })
        {
            return Some(s - 1);
        }
    }
    stated.or_else(|| {
        // (a text naming no year of its own and no date line may restate the day it opens on with
        // its year: 本报讯 6月20日，… over an e-paper's issue list, 第2024-06-20期)
        let Some((y, m, _)) = date().or_else(|| day_restated(body)) else {
            // (a summary naming no year and no date but its campaign's, “2018两打两控”专项行动,
            // “禁毒2018两打两控”, 净边2021行动: the campaign's year, the latest such)
            if kind != Kind::Summary || !body.contains(['“', '"', '行', '战']) {
                return None;
            }
            let text = format!("{title}\n{body}");
            return CAMPAIGN_YEAR
                .captures_iter(&text)
                .chain(CAMPAIGN_YEAR_INSIDE.captures_iter(&text))
                .chain(CAMPAIGN_YEAR_LEADING.captures_iter(&text))
                .filter_map(|c| c[1].parse::<i32>().ok())
                .max();
        };
        Some(match kind {
            // evaluations are written after the year they evaluate
            Kind::Whole | Kind::Project if m <= 10 => y - 1,
            Kind::Summary if m <= 2 => y - 1,
            _ => y,
        })
    })
}

/// How an undated text tells a year it names (see `present_after_past_years`).
#[derive(Clone, Copy, PartialEq, Debug)]
enum Told {
    /// an assessment's or honour's year, or one set beside this year (2021年和今年)
    Past,
    /// a span's start to now (2022年以来, 2019年至今)
    Since,
    /// the year a plan is for (抓好2022年的禁毒工作)
    Plan,
    /// the time of its own figures, or anything else
    Own,
}

/// A year's result (综合考核位列全省第二, 考核中再夺第一, 获县里评为先进乡镇, 荣获…), in the sentence
/// after the year.
static RESULT_OF_YEAR: Re = Re::new(|| {
    Regex::new(r"(?:考核|考评|评比|测评|评估)[^。；;]{0,8}?(?:第[一二三四五六七八九十\d]|前列|前茅|优秀|先进|满分)|(?:位列|名列|位居|排名)[^。；;，,]{0,8}?第|(?:被|获)[^。；;，,]{0,4}?评为|获评|荣获|被授予|被命名为").unwrap()
});

/// How the year named at `at..end` of `body` is told.
fn told(body: &str, at: usize, end: usize) -> Told {
    // (an honour's year naming what it honoured, 2021年被评为全省禁毒示范县的古丈县, is an attribute
    // of the subject, received any year before: it tells no present)
    if honoured_in(&body[at..]) {
        return Told::Own;
    }
    let rest = body[end..].trim_start_matches('度');
    // (the last eight characters or so before the year)
    let before = super::text::tail(&body[..at], 24);
    if ["抓好", "做好", "谋划", "部署", "安排"].iter().any(|w| before.ends_with(w)) {
        return Told::Plan;
    }
    if ["以来", "来", "至今"].iter().any(|w| rest.starts_with(w)) {
        return Told::Since;
    }
    let beside_this_year = ["和今年", "及今年", "与今年", "、今年"].iter().any(|w| rest.starts_with(w));
    // (an award named after its year, in quotes: 授予“2022年全省禁毒工作综合奖”)
    let award =
        before.ends_with(['“', '"']) && ["授予", "荣获", "获得", "获评", "评为"].iter().any(|w| before.contains(w));
    let sentence = &rest[..rest.find(['。', '\n']).unwrap_or(rest.len())];
    // (its first 60 characters or so)
    let sentence = super::text::head(sentence, 180);
    let result = RESULT_OF_YEAR.is_match(sentence) && !counts_in_sentence(sentence);
    if beside_this_year || award || result || assessed(body, at) {
        Told::Past
    } else {
        Told::Own
    }
}

/// The present of an undated summary whose every year is told as past (an assessment's, an
/// honour's, one set beside 今年) or as a span's start to now, but for its plans' years, at least
/// one as past, and which speaks from a present (今年, 以来, 至今, 之际, 近日, 日前, 目前): the
/// year after the latest of them — a year's assessment is announced in the next, which the text
/// speaks from. None when a year names figures of its own, or when none is told as past (2022年以来
/// alone is written in 2022 too).
fn present_after_past_years(body: &str) -> Option<i32> {
    // (cheap tests first: a word of a past year's telling, a word of the present)
    let past_words = ["考核", "考评", "评为", "荣获", "授予", "命名", "和今年", "及今年", "与今年", "、今年"];
    if !past_words.iter().any(|w| body.contains(w)) {
        return None;
    }
    if !["今年", "以来", "至今", "之际", "近日", "日前", "目前"].iter().any(|w| body.contains(w)) {
        return None;
    }
    // (a text whose figures are last year's, 截至去年12月底，共破获…125起, beside that year's
    // assessment is that year's account: the present is the year after, its record the year before)
    if body.contains("去年") && (figures_of_last_year(body) || last_year_words(body, 12) > this_year_words(body)) {
        return None;
    }
    let mut latest: Option<i32> = None;
    let mut any_past = false;
    for c in YEAR.captures_iter(body) {
        let (m, y) = (c.get(0)?, c[1].parse::<i32>().ok()?);
        match told(body, m.start(), m.end()) {
            Told::Own => return None,
            Told::Plan => continue,
            Told::Past => any_past = true,
            Told::Since => {}
        }
        latest = latest.max(Some(y));
    }
    latest.filter(|_| any_past).map(|y| y + 1)
}

/// A reporter's byline (本报记者 马兰, 记者 王磊 通讯员 陈曦) followed by a lead opening on a year and a
/// comma (2023年，…).
static BYLINE_THEN_LEAD: Re = Re::new(|| {
    Regex::new(r"(?:本报|本网|本台)?(?:记者|通讯员)[\s　]*\p{Han}{2,4}(?:[\s　]+(?:(?:记者|通讯员)[\s　]*)?\p{Han}{2,4})*[\s　]*20[0-4]\d\s*年[，,]").unwrap()
});

/// The day a text is signed on at its foot (a date alone among its last three lines: 2023年12月28日,
/// 二〇二三年十二月二十八日) when it falls before `published` (the page's date) by three months at
/// most: the day it was written, whose year its 今年 is. None otherwise.
fn signed_before(body: &str, published: (i32, u32, u32)) -> Option<(i32, u32, u32)> {
    let foot = body.lines().rev().map(str::trim).filter(|l| !l.is_empty()).take(3);
    let signed = foot
        .filter(|l| super::text::is_date_line(l) || cn_date(l).is_some())
        .find_map(|l| DATE.captures(l).and_then(ymd).or_else(|| cn_date(l)))?;
    let months = |d: (i32, u32, u32)| d.0 * 12 + d.1 as i32;
    ((1..=12).contains(&signed.1) && signed < published && months(published) - months(signed) <= 3).then_some(signed)
}

/// Is a line only a date (2025-06-20, 2025/6/20 08:30, 2025年6月20日，)?
fn date_only(line: &str) -> bool {
    let t = line.trim().trim_end_matches([',', '，', '。', '.', ' ']);
    t.bytes().filter(u8::is_ascii_digit).count() >= 6
        && t.chars().all(|c| c.is_ascii_digit() || "-/.年月日: 　－／".contains(c))
        && DATE.is_match(t)
}

/// A headline's year of its own event: after the verb of holding or planning it (召开2024年…新闻
/// 发布会, 部署2024年禁毒重点工作) or before the meeting's word (2024年“6·26”国际禁毒日新闻发布会).
static EVENT_YEAR: Re = Re::new(|| {
    Regex::new(r"(?:召开|举行|举办|部署|谋划|安排|启动)[^，。]{0,4}20[0-4]\d\s*年|20[0-4]\d\s*年[^，。]{0,24}?(?:会议|发布会|通报会|推进会|部署会|大会|启动仪式)").unwrap()
});

/// A title of a report or a year's account, not a news headline.
static REPORT_TITLE: Re =
    Re::new(|| Regex::new(r"总结|报告|通报|自评|评价|决算|预算|年度|工作情况|工作会|盘点|回顾|综述").unwrap());

/// A span from a year to this one: 自2009年至今年5月底, 2018年6月到今年.
static SPAN_TO_THIS_YEAR: Re =
    Re::new(|| Regex::new(r"(20[0-4]\d)\s*年\s*(?:\d{1,2}\s*月(?:份|底|末)?\s*)?(?:至|到)\s*今年").unwrap());
/// A year's own meeting named in a text: 某市2023年禁毒工作新闻通报会, 全县2021年禁毒工作推进会.
static MEETING_YEAR: Re = Re::new(|| {
    Regex::new(
        r"(20[0-4]\d)\s*年[^，,。；;\d]{0,12}?(?:新闻发布会|新闻通报会|通报会|发布会|工作会议|工作会|推进会|部署会)",
    )
    .unwrap()
});
/// A change from a year's level to one stated with no year (now's): 从2022年的0.91‰降至0.44‰,
/// 由2020年的120人下降到85人. Anchored: read at the 由/从 before a year.
static CHANGE_TO_NOW: Re = Re::new(|| {
    Regex::new(r"^[由从]\s*(20[0-4]\d)\s*年的[^，,。；;年]{0,16}?(?:降至|降到|下降到|下降至|减少到|减少至|减至|升至|上升到|上升至|提高到|提高至|增加到|增至)[^，,。；;年]{0,12}?\d")
        .unwrap()
});
/// A year opening a span to now: 2022年以来, 2019年至今.
static YEAR_SINCE_TO_NOW: Re = Re::new(|| Regex::new(r"(20[0-4]\d)\s*年\s*(?:以来|至今)").unwrap());
/// A title of a year's work conference: 全县2025年禁毒工作会议, 2023年全市禁毒工作会 (held by
/// telephone and television or by video too, 2024年全省禁毒工作电视电话会议; or joined to another's,
/// 全县2024年禁毒工作暨禁毒示范创建推进会).
// (…or the drug-control committee's plenary of the year: 2024年度禁毒委员会全体成员（扩大）会议)
static WORK_MEETING: Re = Re::new(|| {
    Regex::new(r"20[0-4]\d\s*年[^，。]{0,10}(工作(电视电话|视频)?(会议|会|推进会|部署会)|工作暨[^，。]{1,14}?(会议|推进会|部署会|大会)|全体(成员)?(（扩大）|\(扩大\))?(扩大)?会议|全委(扩大)?会议)")
        .unwrap()
});
/// Does a text look back on `year` as the one just past (回首即将过去的2024年, 回顾过去的2024年)?
fn reviews_year(body: &str, year: i32) -> bool {
    let y = format!("{year}年");
    body.match_indices(&y).any(|(i, _)| {
        let before = super::text::tail(&body[..i], 24);
        // (or reports on it: 市禁毒办主任通报了2021年全市禁毒工作总体情况, 总结2021年工作)
        ["回首", "回顾", "过去", "通报", "总结"].iter().any(|w| before.contains(w))
    })
}

/// A year's end as the time of a text's figures (截至2022年底, 截止2022年12月31日): that year has
/// ended.
static YEAR_ENDED: Re =
    Re::new(|| Regex::new(r"截[至止](?:到)?\s*(20[0-4]\d)\s*年\s*(?:底|末|12\s*月\s*(?:31\s*日|底|末))").unwrap());

/// The day a text's figures stand at, within a year (截至2015年6月1日, 截止2019年10月底): the
/// present of a text speaking of 今年.
static AS_OF: Re = Re::new(|| Regex::new(r"截[至止](?:到)?\s*(20[0-4]\d)\s*年\s*(\d{1,2})\s*月").unwrap());

/// How often a text speaks of this year as the time of its figures: not of its plans (今年我省将
/// 进一步…, 今年要…, 今年力争…), which a review of last year written early in this one states.
fn this_year_words(body: &str) -> usize {
    let mut n = 0;
    for w in ["今年", "本年"] {
        for (i, _) in body.match_indices(w) {
            let after = &body[i + w.len()..];
            // (the words after it to its clause's end, 20 characters at most: 今年全市经济社会发展的主要
            // 预期目标是 names the plan past the eighth)
            let after = after.trim_start_matches(['，', ',', ' ']);
            let after = &after[..after.char_indices().nth(20).map_or(after.len(), |(k, _)| k)];
            let after = &after[..after.find(['，', '。', '：', '；', '\n']).unwrap_or(after.len())];
            let plan = ["将", "要", "力争", "计划", "争取", "目标"].iter().any(|p| after.contains(p));
            // (…and the year a meeting deploys — 部署了今年工作, 安排今年任务, 对今年禁毒工作作出部署 —
            // is the plan's, not the time of any figure)
            let before = super::text::tail(&body[..i], 12);
            let deployed = ["部署", "部署了", "安排", "安排了", "谋划", "谋划了"].iter().any(|w| before.ends_with(w))
                || ["部署", "作出安排", "作了安排", "进行安排"].iter().any(|w| after.contains(w));
            if !plan && !deployed {
                n += 1;
            }
        }
    }
    n
}

/// Does a year's number open figures of its own (2020年全省…破获毒品刑事案件1994起, 2020年，全县…
/// 查处…人): named as the time of a sentence holding a count, not as a span's start (2020年以来),
/// a comparison's baseline (比2020年), a date (2020年6月) or an attribute (2020年的)?
fn figures_of_year(body: &str, year: i32) -> bool {
    let y = format!("{year}年");
    body.match_indices(&y).any(|(i, _)| {
        let rest = &body[i + y.len()..];
        let opens = ["，", ",", "全", "共", "我", "该", "度", "，全"].iter().any(|w| rest.starts_with(w));
        opens && !baseline_year(body, i) && counts_in_sentence(rest)
    })
}

/// Does a text give last year's figures by the word (去年全省共破获…4582起, 全市去年查处…): 去年
/// as the time of a sentence holding a count, not a comparison's (比去年, 去年同期), a span's
/// start (去年以来, 去年10月至今) or its end (去年底)?
fn figures_of_last_year(body: &str) -> bool {
    ["去年", "上年"].iter().any(|w| {
        body.match_indices(w).any(|(i, _)| {
            let rest = &body[i + w.len()..];
            let before = body[..i].trim_end();
            let compared = before.ends_with(['比', '较', '与', '于', '同', '和']);
            // (a part of it: 同期, 以来, 底, 上半年, or a month, 去年10月)
            let r = rest.trim_start();
            let part = r.starts_with(|c: char| ('1'..='9').contains(&c))
                || ["同期", "以来", "至今", "底", "末", "初", "上半年", "下半年"].iter().any(|p| r.starts_with(p));
            !compared && !part && !honoured(rest) && counts_in_sentence(rest)
        })
    })
}

/// Does a sentence open on a year whose digits the page lost (年，全县查处吸毒人员94人; 年, 全市共破获
/// …): the 年 alone after a sentence's end, then its comma, in a sentence holding a count? (Not 年初,
/// 年底, 年内, 今年, 2021年: a word or a number before or after the 年.)
fn bare_year_figures(body: &str) -> bool {
    body.match_indices('年').any(|(i, _)| {
        let rest = &body[i + '年'.len_utf8()..];
        let opened = body[..i]
            .trim_end_matches([' ', '\u{3000}', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '。' | '！' | '？' | '；' | '\n' | '”'));
        opened && rest.starts_with(['，', ',']) && counts_in_sentence(rest)
    })
}

/// Does a sentence tell the year past as a review does (过去一年全县共破获…41起, 过去的一年里，全市
/// 查处…, 一年来，全县…) and hold a count?
fn year_past_figures(body: &str) -> bool {
    let review = ["过去一年", "过去的一年"]
        .iter()
        .any(|w| body.match_indices(w).any(|(i, _)| counts_in_sentence(&body[i + w.len()..])));
    review
        || body
            .match_indices("年来")
            .any(|(i, _)| super::text::one_year_since(body, i) && counts_in_sentence(&body[i + "年来".len()..]))
}

/// Does a text give figures since last year (去年以来，全省共破获…2200多起; 去年至今…)?
fn figures_since_last_year(body: &str) -> bool {
    ["去年以来", "去年至今"]
        .iter()
        .any(|w| body.match_indices(w).any(|(i, _)| counts_in_sentence(&body[i + w.len()..])))
}

/// Does a text speak of this year (今年, 本年) in a sentence holding a count?
pub(crate) fn figures_of_this_year(body: &str) -> bool {
    ["今年", "本年"].iter().any(|w| {
        body.match_indices(w).any(|(i, _)| {
            let rest = &body[i + w.len()..];
            // (a target of this year — 今年，全省将力争破获…1,300起 — is no figure of it)
            counts_in_sentence(rest) && !PLAN.is_match(&rest[..rest.find(['。', '\n']).unwrap_or(rest.len())])
        })
    })
}
/// Words of a target or a plan (力争, 确保, 计划): what is to be done, no figure of what was.
static PLAN: Re = Re::new(|| Regex::new(r"力争|争取|确保|目标|计划|预计").unwrap());

/// Does a sentence open on the months of a year so far, ending by the text's own month `month`
/// (1至5月，全国共破获…1.6万起 in a page of June; 1-3月, 一至五月, 上半年, 第一季度, 前三季度), and
/// hold a count? In a dated text naming no year for them, those are this year's figures.
fn months_so_far(body: &str, month: u32) -> bool {
    // (a month's or a part's word before any search)
    if !(body.contains('月') || body.contains("半年") || body.contains("季度")) {
        return false;
    }
    MONTHS_SO_FAR.captures_iter(body).any(|c| {
        let end = match (c.get(1), c.get(2)) {
            (Some(n), _) => {
                n.as_str().parse::<u32>().ok().or_else(|| super::number::parse_chinese(n.as_str()).map(|v| v as u32))
            }
            (None, Some(p)) => Some(match p.as_str() {
                "上半年" => 6,
                "第一季度" | "一季度" | "首季" => 3,
                "前三季度" => 9,
                _ => 13,
            }),
            _ => None,
        };
        end.is_some_and(|e| e <= month) && counts_in_sentence(&body[c.get(0).map_or(0, |m| m.end())..])
    }) || body.contains("截") && as_of_month_so_far(body, month)
}

/// Does a sentence state counts as of a month of no year (截至5月底，全省共破获…3029起; 截止4月末;
/// 截至6月20日), that month not after the text's own `month`? scan.rs reads them as the year to
/// that month; in a dated text they are this year's figures, whatever past year it names besides.
fn as_of_month_so_far(body: &str, month: u32) -> bool {
    AS_OF_MONTH.captures_iter(body).any(|c| {
        let end = c[1].parse::<u32>().ok().or_else(|| super::number::parse_chinese(&c[1]).map(|v| v as u32));
        end.is_some_and(|e| (1..=month).contains(&e)) && counts_in_sentence(&body[c.get(0).map_or(0, |m| m.end())..])
    })
}
/// 截至 / 截止 a month of no year, to its end or a day: (month in figures or numerals).
static AS_OF_MONTH: Re = Re::new(|| {
    Regex::new(r"截[至止]到?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:底|末|份|\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*[，,]").unwrap()
});
/// A sentence opening on the months so far: (end month in figures or numerals) or (a part's word).
static MONTHS_SO_FAR: Re = Re::new(|| {
    Regex::new(r"(?m)(?:^|[。；;])\s*(?:(?:1|一)\s*(?:至|到|-|—|－|～|~)\s*(\d{1,2}|[二三四五六七八九十]{1,3})\s*月份?|(上半年|前三季度|第一季度|一季度|首季))\s*[，,]").unwrap()
});

/// Does a text state counts as at the end of `year` (截至2017年底，全市现有吸毒人员4.2万余人;
/// 截止2017年12月31日，全县在册…1200名; 到2017年末…)? Those are that year's closing levels.
fn levels_at_end_of(body: &str, year: i32) -> bool {
    if !(body.contains("年底") || body.contains("年末") || body.contains("12月")) {
        return false;
    }
    let y = format!("{year}年");
    body.match_indices(&y).any(|(i, _)| {
        let before = body[..i].trim_end();
        let rest = &body[i + y.len()..];
        ["截至", "截止", "到"].iter().any(|w| before.ends_with(w))
            && ["底", "年底", "末", "年末", "12月31日", "12月底"].iter().any(|w| rest.starts_with(w))
            && counts_in_sentence(rest)
    })
}

/// Does the rest of a sentence (to its 。 or line end) hold a count (digits before 起, 人, 名, 件…)?
fn counts_in_sentence(rest: &str) -> bool {
    let end = rest.find(['。', '\n']).unwrap_or(rest.len());
    COUNT.is_match(&rest[..end])
}
/// (a count in 万 or with 余/多 is one too: 1.6万起, 7万余人次, 300多名)
static COUNT: Re = Re::new(|| Regex::new(r"\d\s*(万|千)?\s*(余|多)?\s*(起|件|宗|人|名|例|场|次)").unwrap());

/// Is a year named in a text as the start of a span to now (2022年以来, 2015年来, 2021年至今)
/// and never as the subject of its own figures (2022年，全省…; 2022年全年; 2022年度)?
fn mostly_since(body: &str, year: i32) -> bool {
    let y = format!("{year}年");
    let mut since = false;
    for (i, _) in body.match_indices(&y) {
        let rest = &body[i + y.len()..];
        // (or from a month of it: 2021年6月至今, 自2018年6月份以来)
        let from_month = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        let from_month = match from_month.strip_prefix("月份").or_else(|| from_month.strip_prefix('月')) {
            Some(r) if from_month.len() < rest.len() => r,
            _ => rest,
        };
        if ["以来", "来", "至今"].iter().any(|w| rest.starts_with(w) || from_month.starts_with(w)) {
            since = true;
        } else if ["全年", "度", "共", "内", "中", "里"].iter().any(|w| rest.starts_with(w)) {
            return false;
        } else if rest.starts_with(['，', ',']) && counts_in_sentence(rest) {
            // (a sentence of that year holding only changes — 2018年，新滋生吸毒人员较2017年下降
            // 19.2% — states no figures of its own)
            return false;
        }
    }
    since
}

/// Is `year` named as the start of a span up to now (2022年至今, 自2022年至今, 2022年迄今) at least once and
/// never as the time of its own figures (2022年，…; 2022年全年; 2022年以来, which may be this year's)?
fn to_now_only(body: &str, year: i32) -> bool {
    let y = format!("{year}年");
    let mut to_now = false;
    for (i, _) in body.match_indices(&y) {
        let rest = body[i + y.len()..].trim_start();
        if rest.starts_with("至今") || rest.starts_with("迄今") {
            to_now = true;
        } else if ["以来", "来", "，", ",", "全年", "度", "共", "内", "中", "里", "上半年", "1", "一"]
            .iter()
            .any(|w| rest.starts_with(w))
        {
            return false;
        }
    }
    to_now
}

/// Does a text name `year` as this year (2015年是…的一年, 今年（2015年）, 今年即2015年)?
fn this_year_is_named(body: &str, year: i32) -> bool {
    let y = format!("{year}年");
    ["今年（", "今年(", "今年即", "今年是"].iter().any(|w| body.contains(&format!("{w}{y}")))
}

/// The month a span to now starts in `year` (2021年6月至今, 2018年6月份以来 → 6).
fn span_from_month(body: &str, year: i32) -> Option<u32> {
    let y = format!("{year}年");
    body.match_indices(&y).find_map(|(i, _)| {
        let rest = &body[i + y.len()..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let after = rest[digits..].strip_prefix("月份").or_else(|| rest[digits..].strip_prefix('月'))?;
        let since = ["以来", "来", "至今"].iter().any(|w| after.starts_with(w));
        rest[..digits].parse::<u32>().ok().filter(|m| since && (1..=12).contains(m))
    })
}

/// The month of a news dateline naming no year, in a text's first lines (呼和浩特6月24日电).
fn dateline_month(body: &str) -> Option<u32> {
    body.lines().take(8).find_map(|l| {
        let c = DATELINE_MONTH.captures(l)?;
        super::number::month_number(&c[1]).filter(|m| (1..=12).contains(m))
    })
}
/// (the month and day in figures or in numerals: 中新社北京十二月二十五日电)
static DATELINE_MONTH: Re = Re::new(|| {
    let md = super::number::MONTH_OR_DAY;
    Regex::new(&format!(r"(?:^|[^\d年〇零一二三四五六七八九十])({md})\s*月\s*{md}\s*日\s*(?:电|讯)")).unwrap()
});

/// Is a year named in a text only as the end of a span of years (2018~2020年, 2016年至2020年):
/// a plan or a period looked back on, not the text's own year?
fn only_span_end(body: &str, year: i32) -> bool {
    let y = format!("{year}年");
    let mut any = false;
    for (i, _) in body.match_indices(&y) {
        let before = body[..i].trim_end();
        let Some(b) = ["~", "～", "至", "到", "-", "—", "－"].iter().find_map(|w| before.strip_suffix(w)) else {
            return false;
        };
        let b = b.trim_end().trim_end_matches('年');
        if !(b.len() >= 4 && b.as_bytes()[b.len() - 4..].iter().all(u8::is_ascii_digit)) {
            return false;
        }
        any = true;
    }
    any
}

/// How often a text speaks of last year as its subject (去年，全县破获…): not as a comparison's
/// baseline (与去年同期相比, 比去年, 较去年) nor as the start of a span running to now
/// (去年10月至今; 去年以来 / 去年至今 after February, when it spans more than last year).
/// A month of last year opening a span (after 去年: 12月以来, 11月份起, 10月9日开始).
static SINCE_MONTH_OF_LAST_YEAR: Re =
    Re::new(|| Regex::new(r"^\s*\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?\s*(?:以来|起|开始)").unwrap());

fn last_year_words(body: &str, month: u32) -> usize {
    let mut n = 0;
    for w in ["去年", "上年度"] {
        for (i, _) in body.match_indices(w) {
            let after = &body[i + w.len()..];
            let before = body[..i].trim_end();
            let baseline = after.starts_with("同期") || before.ends_with(['比', '较', '与', '于', '同', '和']);
            let span = after.trim_start().starts_with(|c: char| c.is_ascii_digit())
                && after.char_indices().take_while(|(k, _)| *k < 24).any(|(k, _)| after[k..].starts_with("至今"))
                || month > 2 && (after.starts_with("以来") || after.starts_with("至今"))
                // (…and a span from a month of last year, 去年12月以来 / 去年11月起 / 自去年12月份，
                // 全市…启动以来: run to now, after February no account of last year)
                || month > 2 && (before.ends_with(['自', '从']) || SINCE_MONTH_OF_LAST_YEAR.is_match(after));
            // (nor, after February, the end of last year as a point in time: 去年年底，…建立工作站 in
            // a page of March is what stands now)
            let point = month > 2 && ["年底", "底", "年末", "末"].iter().any(|w| after.starts_with(w));
            if !baseline && !span && !point && !honoured(after) && !personal_quote(body, i) {
                n += 1;
            }
        }
    }
    // a review written in the first months of a year (过去一年, 一年来) is of the year before
    if month <= 3 {
        n += body.matches("过去一年").count() + body.matches("过去的一年").count();
        n += body.match_indices("年来").filter(|(i, _)| super::text::one_year_since(body, *i)).count();
    }
    n
}

/// Does byte `at` of `body` stand in a person's quoted words about themselves holding no figure
/// (“我的女儿去年进入戒毒所，每周我都可以来看她”, a relative's remark in a 6·26 report)? Its 去年 is
/// that person's, not the year the text accounts for. (An official's quoted account — “去年，我县
/// 共破获毒品案件12起” — holds its figures and still counts.)
fn personal_quote(body: &str, at: usize) -> bool {
    let before = &body[..at];
    let Some(open) = before.rfind('“') else { return false };
    if before[open..].contains('”') {
        return false;
    }
    let Some(len) = body[at..].find('”') else { return false };
    let quote = &body[open..at + len];
    // (我 of a person, not of an organ or an area: 我县, 我们, 我局 speak for the office)
    let personal = quote
        .match_indices('我')
        .any(|(k, w)| quote[k + w.len()..].chars().next().is_some_and(|c| !"县市区省州旗盟们局办所队".contains(c)));
    personal && !quote.bytes().any(|b| b.is_ascii_digit())
}

/// Is last year's clause an honour the text recalls (去年两起重大案件得到公安部贺电表彰, 去年被评为
/// 全国禁毒示范城市, 去年荣获全国禁毒工作先进集体), not its account of last year? `after` is the
/// text after 去年; its clause runs to the next comma or stop.
fn honoured(after: &str) -> bool {
    let after = after.trim_start_matches(['，', ',', ' ']);
    let clause = after.split(['，', ',', '；', ';', '。']).next().unwrap_or(after);
    ["表彰", "嘉奖", "贺电", "荣获", "获评", "评为", "授予", "命名为", "表扬"].iter().any(|w| clause.contains(w))
}

/// A year closing a campaign's name (“净边2021”, “清源断流——2023”专项行动, 清源断流-2023行动).
static CAMPAIGN_YEAR: Re = Re::new(|| {
    Regex::new(r#"\p{Han}{2,10}\s*[—\-－–]*\s*(20[0-4]\d)\s*(?:[”"’》]|(?:专项)?(?:行动|战役|会战))"#).unwrap()
});

/// A year inside a quoted campaign's name, words of it on both sides (“禁毒2018两打两控”,
/// “净边2020攻坚”): not a year's own word after it (“禁毒2018年先进”).
static CAMPAIGN_YEAR_INSIDE: Re =
    Re::new(|| Regex::new(r#"[“"]\p{Han}{1,8}(20[0-4]\d)[\p{Han}&&[^年]]\p{Han}{0,5}[”"]"#).unwrap());

/// A year opening a quoted campaign's name (“2018两打两控”): not a year's own word after it
/// (“2018年…”).
static CAMPAIGN_YEAR_LEADING: Re =
    Re::new(|| Regex::new(r#"[“"](20[0-4]\d)[\p{Han}&&[^年]]\p{Han}{1,8}[”"]"#).unwrap());

/// (year, month, day) of a date's three groups (DATE, STAMP).
fn ymd(c: regex::Captures) -> Option<(i32, u32, u32)> {
    Some((c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?))
}

/// A date written in Chinese numerals standing alone, as a document is signed
/// (二〇二二年三月十五日, 二零二一年十二月三十日): (year, month, day).
fn cn_date(l: &str) -> Option<(i32, u32, u32)> {
    if l.len() > 80 {
        return None;
    }
    let t = l.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).trim();
    if t.len() > 60 || !t.ends_with('日') {
        return None;
    }
    let c = CN_DATE.captures(t)?;
    let month = super::number::parse_chinese(&c[2])? as u32;
    let day = super::number::parse_chinese(&c[3])? as u32;
    Some((year_digits(&c[1]).parse().ok()?, month, day))
}

/// A year written in numerals, digit by digit (二〇二四 → 2024); one the reader has made digits
/// already (2024年一月十六日) as it is.
fn year_digits(y: &str) -> String {
    y.chars()
        .map(|d| match d {
            '〇' | '零' | '○' | 'Ｏ' | 'O' => '0',
            d if d.is_ascii_digit() => d,
            _ => {
                char::from_digit(super::number::parse_chinese(&d.to_string()).unwrap_or(0.0) as u32, 10).unwrap_or('0')
            }
        })
        .collect()
}

static CN_DATE: Re = Re::new(|| {
    Regex::new(r"^([〇零○ＯO0一二三四五六七八九]{4}|20[0-4]\d)\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$")
        .unwrap()
});

/// The text's own date: a 发布时间 / 发布日期 line of a web page, else a date line standing
/// alone at its end (落款) or near its top. (year, month, day).
pub fn article_date(body: &str) -> Option<(i32, u32, u32)> {
    let nonempty = |l: &&str| !l.trim().is_empty();
    let parse = |l: &str| DATE.captures(l).and_then(ymd).or_else(|| cn_date(l));
    let valid = |d: (i32, u32, u32)| (1..=12).contains(&d.1) && (1..=31).contains(&d.2);
    // (a date in figures has six digits at least: the searches below skip the other lines)
    // (a count over the whole short line runs sixteen bytes at a time; a search for the sixth
    // digit runs a byte at a time)
    let figures = |l: &str| l.len() <= 240 && digits_at_least(l, 6);
    // (found once, with whether each line has figures: the searches below each read them again)
    let head: Vec<(&str, bool)> = body.lines().filter(nonempty).take(8).map(|l| (l, figures(l))).collect();
    let lines = || head.iter().map(|&(l, _)| l);
    let figured = || head.iter().filter(|&&(_, f)| f).map(|&(l, _)| l);
    let figured_or_stamp = || head.iter().filter_map(|&(l, f)| if f { Some(l) } else { stamp_lead(l) });
    if let Some(d) = figured()
        .filter(|l| PUBLISHED.is_match(l) || super::text::is_news_dateline(l) || site_dateline(l) || issue_line(l))
        .find_map(&parse)
        .filter(|d| valid(*d))
    {
        return Some(d);
    }
    // a reporter's byline with the day (记者 王磊 通讯员 陈曦 2024年1月19日), its first sentence perhaps
    // run on after it
    if let Some(d) = lines().find_map(byline_date).filter(|d| valid(*d)) {
        return Some(d);
    }
    // a date with its time of day near the top is the page's stamp (2006年02月24日11:52,
    // 2016-06-23 08:54:00 来源…)
    // (or opening a line the next paragraph was run on to: 2016-06-23 08:54:00来源…本报讯…)
    if let Some(d) = figured_or_stamp().filter(|l| l.contains(':')).find_map(|l| STAMP.captures(l)).and_then(ymd) {
        if valid(d) {
            return Some(d);
        }
    }
    // a stamp written day first (26.06.2014 17:19, 29.05.2015  18:56), as some news sites print it
    // (the stamp may open a line the next paragraph was run on to — 21.11.2014  11:59云南网讯… —
    // whatever that line's length: its first bytes are read then)
    if let Some(d) = figured_or_stamp()
        .filter(|l| l.contains(':'))
        .find_map(|l| DMY_STAMP.captures(l))
        .and_then(|c| Some((c[3].parse().ok()?, c[2].parse().ok()?, c[1].parse().ok()?)))
    {
        if valid(d) {
            return Some(d);
        }
    }
    let alone = |l: &&str| super::text::is_date_line(l) || cn_date(l).is_some();
    // at the foot, a source line too: （来源：县禁毒办 2019-03-07）
    // (…or a poster's name and the day in brackets, as a forum or a blog prints it under the post:
    // 梁某(2014-11-15) 评论(0) — the day it was put online, after any year its text names)
    let foot = |l: &&str| alone(l) || l.chars().count() <= 60 && (PUBLISHED.is_match(l) || POSTER_STAMP.is_match(l));
    body.lines()
        .rev()
        .filter(nonempty)
        .take(4)
        .filter(foot)
        .chain(lines().filter(alone))
        .find_map(parse)
        .filter(|d| valid(*d))
        .or_else(|| lines().find_map(labelled_cn_date).filter(|d| valid(*d)))
        .or_else(|| signed_month(body))
        .or_else(|| drug_day(body))
        .or_else(|| lead_day(body))
}

/// The day a news lead opens on, its year written (2023年2月20日，县禁毒委召开…; 本报讯 2024年1月9日
/// 上午，…), in the text's first lines: the day of the event told, the text's present when the page
/// prints no date of its own — unless the text names a later year (2015年12月23日，某县被挂牌整治
/// in a page about 2018: a past event's day). (year, month, day)
fn lead_day(body: &str) -> Option<(i32, u32, u32)> {
    let day = body.lines().filter(|l| !l.trim().is_empty()).take(3).find_map(|l| {
        let t = l.trim().trim_start_matches("本报讯").trim_start();
        // (cheap test: a year's four digits open the line)
        if !t.starts_with("20") {
            return None;
        }
        let c = LEAD_DAY.captures(t)?;
        let d = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
        ((1..=12).contains(&d.1) && (1..=31).contains(&d.2)).then_some(d)
    })?;
    let later = YEAR.captures_iter(body).filter_map(|c| c[1].parse::<i32>().ok()).any(|y| y > day.0);
    (!later).then_some(day)
}
/// Does a line open on a news lead's full day and its comma (2023年2月20日上午，…; 本报讯 2024年1月9日，…)?
fn opens_on_lead_day(line: &str) -> bool {
    let t = line.trim().trim_start_matches("本报讯").trim_start();
    // (cheap test: a year's four digits open the line)
    // (a sentence after the day's comma: a date alone with a comma, 2025年6月20日，, is a stamp)
    t.starts_with("20") && LEAD_DAY.find(t).is_some_and(|m| !t[m.end()..].trim().is_empty())
}
/// A full day opening a sentence, a time of day perhaps after it, then its comma.
static LEAD_DAY: Re = Re::new(|| {
    Regex::new(r"^(20[0-4]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:上午|下午|晚上|晚|早上|中午)?\s*[，,]")
        .unwrap()
});

/// A date line near the top labelled as such, its date in Chinese numerals (时间：二〇二三年十二月,
/// 日期：二〇二二年一月十八日, 成文日期：二〇二一年十二月; its year made digits by the reader,
/// 时间：2023年十二月, too; or in figures by month alone, 时间：2023年5月): (year, month, day); a month
/// alone gives its 15th, as a signed month does.
fn labelled_cn_date(l: &str) -> Option<(i32, u32, u32)> {
    // (cheap test first: a short line holding a label's 期 or 间 and a year's 年)
    if l.len() > 120 || !l.contains('年') || !(l.contains("时间") || l.contains("日期")) {
        return None;
    }
    let c = LABELLED_CN_DATE.captures(l.trim())?;
    let n = |t: &str| t.parse::<u32>().ok().or_else(|| super::number::parse_chinese(t).map(|v| v as u32));
    let month = n(&c[2])?;
    let day = match c.get(3) {
        Some(d) => n(d.as_str())?,
        None => 15,
    };
    Some((year_digits(&c[1]).parse().ok()?, month, day))
}
static LABELLED_CN_DATE: Re = Re::new(|| {
    Regex::new(r"(?:^|\s)(?:发布|成文|印发|落款)?(?:时间|日期)\s*[：:]\s*([〇零○ＯO一二三四五六七八九]{4}|20[0-4]\d)\s*年\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*月(?:\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*日)?")
        .unwrap()
});

/// A text signed at its foot with the unit's name and a month of a year alone (某县禁毒委员会办公室 /
/// 2024年1月; 二〇二三年十二月): written in that month. (year, month, 15): the day is not given,
/// so neither the month's first days nor its last are assumed.
fn signed_month(body: &str) -> Option<(i32, u32, u32)> {
    let mut foot = body.lines().rev().map(str::trim).filter(|l| !l.is_empty());
    let last = foot.next()?;
    // (cheap test first: a short last line ending on 月)
    if last.len() > 30 || !last.ends_with('月') {
        return None;
    }
    let signer = foot.next()?;
    // (…or a month set apart from the text by a blank line, with no name above it: a date line
    // too, the unit's name left off)
    let apart = || {
        let mut raw = body.trim_end().lines().rev().map(str::trim);
        raw.next().is_some_and(|l| l == last) && raw.next().is_some_and(str::is_empty)
    };
    // (…or a month after the text's last sentence, with no blank line between: a Word
    // document's paragraphs, saved or copied with no empty one, 经评价…自评得分93.4分。 / 2024年4月)
    let after_sentence = || signer.ends_with(['。', '！']);
    // (the line above is a name: short, no sentence's stop or comma, no figure)
    if (signer.chars().count() > 30
        || signer.contains(['。', '，', ',', '；', '：', ':'])
        || signer.contains(|c: char| c.is_ascii_digit()))
        && !apart()
        && !after_sentence()
    {
        return None;
    }
    let (y, m) = if let Some(c) = SIGNED_MONTH.captures(last) {
        (c[1].parse().ok()?, c[2].parse().ok()?)
    } else {
        let c = CN_SIGNED_MONTH.captures(last)?;
        (year_digits(&c[1]).parse().ok()?, super::number::parse_chinese(&c[2])? as u32)
    };
    (1..=12).contains(&m).then_some((y, m, 15))
}
/// A line that is a month of a year alone (2024年3月, 二〇二四年三月), as a text is signed: (year,
/// month).
pub fn month_line(l: &str) -> Option<(i32, u32)> {
    let l = l.trim();
    // (cheap test first: a short line ending on 月)
    if l.len() > 30 || !l.ends_with('月') {
        return None;
    }
    let (y, m) = match SIGNED_MONTH.captures(l) {
        Some(c) => (c[1].parse().ok()?, c[2].parse().ok()?),
        None => {
            let c = CN_SIGNED_MONTH.captures(l)?;
            (year_digits(&c[1]).parse().ok()?, super::number::parse_chinese(&c[2])? as u32)
        }
    };
    (1..=12).contains(&m).then_some((y, m))
}
static SIGNED_MONTH: Re = Re::new(|| Regex::new(r"^(20[0-4]\d)\s*年\s*(\d{1,2})\s*月$").unwrap());
static CN_SIGNED_MONTH: Re =
    Re::new(|| Regex::new(r"^([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月$").unwrap());

/// Does a line hold a reporter's word (记者, 通讯员, 作者, 文/)? (the cheap test before BYLINE_DATE)
fn reporters_word(l: &str) -> bool {
    ["记者", "通讯员", "作者", "撰稿", "文/", "文／"].iter().any(|w| l.contains(w))
}
/// A reporter's byline opening a line with the article's day (记者 王磊 通讯员 陈曦 2024年1月19日; 文/图
/// 记者 岳珊 2024-01-19), the first sentence perhaps run on after it: no comma or stop before the date.
static BYLINE_DATE: Re = Re::new(|| {
    Regex::new(r"(?m)^[ \t　]*[（(]?[^\n，。；,;\d]{0,40}?(?:记者|通讯员|作者|撰稿|文/|文／)[^\n，。；,;\d]{0,30}?(20[0-4]\d)\s*[-/.年－／]\s*(\d{1,2})\s*[-/.月－／]\s*(\d{1,2})\s*日?").unwrap()
});
/// The day a byline opening one of a text's first lines gives (记者 王磊 通讯员 陈曦 2024年1月19日2023年，
/// 全省…: 2024-01-19).
fn byline_date(l: &str) -> Option<(i32, u32, u32)> {
    if !reporters_word(l) {
        return None;
    }
    BYLINE_DATE.captures(l).and_then(ymd)
}

/// A newspaper's issue line over an article of its e-paper (《 某某日报 》( 2023年06月27日 第 02 版 ),
/// 某某日报 2021年3月5日 星期五 第3版): the article's date.
fn issue_line(l: &str) -> bool {
    // (cheap test first: the page's word)
    l.contains('版') && l.chars().count() <= 60 && !l.contains(['，', '。', '；']) && ISSUE_LINE.is_match(l)
}
static ISSUE_LINE: Re = Re::new(|| {
    Regex::new(r"20[0-4]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期.|周.)?\s*[）)]?\s*第\s*[\d一二三四五六七八九十A-Z]{1,3}\s*版").unwrap()
});

/// A line of a saved page naming its site's address beside the date, and nothing of a sentence
/// (http://www.xx.gov.cn  2024-02-22; www.xx.gov.cn 2023年5月8日; 2021-03-02 | https://…): the
/// page's date.
fn site_dateline(l: &str) -> bool {
    // (cheap test first: an address's bytes)
    let t = l.trim();
    (t.contains("www.") || t.contains("http") || t.contains(".gov.cn"))
        && t.chars().count() <= 80
        && !t.contains(['，', '。', '；', ';'])
        && !t.contains(|c: char| is_han(c) && c != '年' && c != '月' && c != '日')
}

/// A publisher's name and the day it posted the page closing a headline they were run on to
/// (…成效显著临夏县人民政府　2023-11-30): the headline without the date, and the date. The
/// publisher an organ, a site or a paper; None otherwise.
fn publisher_stamp_at_end(title: &str) -> Option<(&str, (i32, u32, u32))> {
    const PUBLISHERS: [&str; 11] =
        ["人民政府", "政府", "网", "日报", "晚报", "公安局", "禁毒办", "禁毒委", "委员会", "融媒体中心", "电视台"];
    let t = title.trim_end();
    // (cheap test first: a title ending on a digit or 日)
    if !(t.ends_with(|c: char| c.is_ascii_digit()) || t.ends_with('日')) {
        return None;
    }
    let c = DATE.captures_iter(t).last()?;
    let m = c.get(0)?;
    if !matches!(&t[m.end()..], "" | "日") {
        return None;
    }
    let before = &t[..m.start()];
    let name = before.trim_end_matches(char::is_whitespace);
    (name.len() < before.len() && PUBLISHERS.iter().any(|w| name.ends_with(w)))
        .then(|| ymd(c))
        .flatten()
        .map(|d| (name, d))
}

/// The first bytes of a long line that opens on a stamp, day first or year first (21.11.2014
/// 11:59云南网讯…, 2016-06-23 08:54:00来源…): a stamp's room, cut at a character's boundary; None
/// for a line opening otherwise.
fn stamp_lead(l: &str) -> Option<&str> {
    let b = l.as_bytes();
    // (cheap test: two digits and a dot, as 21.11.2014 opens, or a year's four digits)
    let day_first = b.len() > 10 && b[0].is_ascii_digit() && b[1..3].contains(&b'.');
    let year_first = b.len() > 10 && b[..4].iter().all(u8::is_ascii_digit);
    (day_first || year_first).then(|| super::text::head(l, 32))
}

/// The day a news item opens on (本报讯（记者某某）6月20日，…; 6月26日上午，…), found again with
/// its year elsewhere on the page (an e-paper's issue list, 第2024-06-20期; a date under a
/// photo, 2024年6月20日): that date.
fn day_restated(body: &str) -> Option<(i32, u32, u32)> {
    let (m, d) = body.lines().filter(|l| !l.trim().is_empty()).take(8).find_map(|l| {
        // (the words up to the line's first comma: where a dateline's day stands)
        let head = &l[..l.find(['，', ',']).unwrap_or(l.len()).min(l.len())];
        if !head.contains('月') || head.contains('。') {
            return None;
        }
        let c = OPENING_MD.captures(head)?;
        Some((c[1].parse::<u32>().ok()?, c[2].parse::<u32>().ok()?))
    })?;
    DATE.captures_iter(body)
        .filter_map(ymd)
        .filter(|&(_, dm, dd)| (dm, dd) == (m, d))
        .map(|(y, _, _)| y)
        .max()
        .map(|y| (y, m, d))
}
/// A month and day with no year before them: 6月20日 (not 2024年6月20日).
static OPENING_MD: Re = Re::new(|| Regex::new(r"(?:^|[^\d年\s])\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日").unwrap());

/// The International Day against Drug Abuse a text counts (今年6月26日是第三十个国际禁毒日, 在第34个
/// “6·26”国际禁毒日到来之际): the first was held in 1988, so the Nth falls on 26 June of 1987+N.
fn drug_day(body: &str) -> Option<(i32, u32, u32)> {
    static DAY: super::re::Word = super::re::Word::new("国际禁毒日");
    DAY.find(body)?;
    let c = DRUG_DAY.captures(body)?;
    let n = c[1].parse::<f64>().ok().or_else(|| super::number::parse_chinese(&c[1]))?;
    (1.0..=60.0).contains(&n).then(|| (1987 + n as i32, 6, 26))
}
static DRUG_DAY: Re = Re::new(|| {
    Regex::new(
        r#"第\s*([一二三四五六七八九十\d]{1,4})\s*个\s*[“"‘]?\s*(?:6\s*[·.•]\s*26|六二六)?\s*[”"’]?\s*国际禁毒日"#,
    )
    .unwrap()
});

/// A count of places or bodies (168个乡镇, 12个社区, 三个街道): a headline's, no name's.
static COUNT_OF_PLACES: Re = Re::new(|| {
    Regex::new(r"[\d一二三四五六七八九十百两]+\s*个(?:乡|镇|街道|村|社区|单位|部门|县|区|市|站|所|中心)").unwrap()
});

/// A title in book-title marks after the verb citing it (根据《…》要求, 按照《…》): a cited
/// document's name (a title standing alone in the marks, 《某县…工作总结》, is the text's own).
static BOOK_TITLE: Re = Re::new(|| Regex::new(r"(?:根据|按照|依据|依照)《[^》]*》(?:的?要求|规定|精神)?").unwrap());

/// The unit's name from a title block: what precedes the report words, else an org name.
pub fn unit_of(title: &str) -> String {
    // (the segmenter reads a part's title here and `identify` reads it again right after: the
    // thread's last answer is kept)
    thread_local! {
        static LAST: std::cell::RefCell<Option<(String, String)>> = const { std::cell::RefCell::new(None) };
    }
    if let Some(u) = LAST.with_borrow(|l| l.as_ref().filter(|(t, _)| t == title).map(|(_, u)| u.clone())) {
        return u;
    }
    let u = read_unit(title);
    LAST.with_borrow_mut(|l| *l = Some((title.to_string(), u.clone())));
    u
}

fn read_unit(title: &str) -> String {
    // (a cited document — 根据《某省禁毒委员会办公室关于开展…的通知》要求 — is its issuer's, no
    // name of the text's unit: the title without it)
    let cut;
    let title = if title.contains('《') {
        cut = BOOK_TITLE.replace_all(title, "");
        cut.trim_start_matches(['，', ',', '、', ' '])
    } else {
        title
    };
    let t = YEAR_WORD.replace_all(title, "");
    // (a year named relatively, 关于上年度禁毒工作…, goes with its word: no 上 left over)
    let t = ["上一年度", "上年度", "本年度"].iter().fold(t.into_owned(), |t, w| t.replace(w, ""));
    let t = t.replace("年度", "");
    let t = PARENS.replace_all(&t, "");
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '度');
    let before = match REPORT_WORDS.find(t) {
        Some(m) => &t[..m.start()],
        None => t,
    };
    let before = before.trim().trim_start_matches("关于").trim_end_matches("关于").trim_end_matches('的').trim();
    // a news headline telling of a count (菏泽168个乡镇成立戒毒社区康复办公室, 某县12个乡镇建成
    // 禁毒工作站) names no unit, though it ends on an organ's word
    if before.contains('个') && COUNT_OF_PLACES.is_match(before) {
        return String::new();
    }
    // the unit may follow the title (财政专项资金绩效评价报告 / 湘阴县司法局; 禁毒工作总结 / 陆丰市公安局)
    let after_report = ["报告", "总结", "汇报", "通报", "自评表", "发布会", "工作情况"]
        .iter()
        .filter_map(|w| t.rfind(w).map(|i| &t[i + w.len()..]))
        .min_by_key(|a| a.len())
        .unwrap_or("");
    let after_report = after_report.trim();
    let org_after = ORG.is_match(after_report) && after_report.chars().count() >= 2;
    if before.chars().count() >= 2 && (ORG.is_match(before) || !org_after) {
        // a project named after the unit (公安局禁毒大队禁毒经费): the unit ends at its org word
        return match ORG_IN.find_iter(before).last() {
            Some(m)
                if !ORG.is_match(before)
                    && m.start() > 0
                    && !before[m.end()..].starts_with('长')
                    && (PROJECT_NAME.is_match(&before[m.end()..]) || before[m.end()..].chars().count() <= 4) =>
            {
                before[..m.end()].to_string()
            }
            _ => before.to_string(),
        };
    }
    if org_after {
        return after_report.to_string();
    }
    String::new()
}

/// Count of 毒 (drug) in a text: a part about drug control names it again and again. A public
/// security bureau's budget or accounts whose duties name 禁毒 (or whose results count 毒品 cases)
/// covers its drug-control brigade;
/// a justice bureau's whose work names 禁毒 or 戒毒 its community detox and rehab.
fn drug_related(title: &str, body: &str) -> bool {
    let budget = || ["决算", "预算", "绩效"].iter().any(|w| title.contains(w));
    title.contains('毒')
        || title.contains("戒")
        // (drug testing named without 毒: 扎实推进毛发检测工作, a county's news of its 禁毒办's year)
        || ["毛发检测", "毛发筛查"].iter().any(|w| title.contains(w)) && body.contains('毒')
        || body.matches('毒').take(3).count() >= 3
        || title.contains("公安") && budget() && (body.contains("禁毒") || body.contains("毒品"))
        || title.contains("司法") && budget() && (body.contains("禁毒") || body.contains("戒毒"))
        // (an evaluation titled without its unit — 关于2022年度部门整体支出绩效自评的报告 — whose
        // opening names a drug-control organ: 发布机构：某县禁毒委员会办公室, 县禁毒办核定编制4名)
        || budget() && {
            let top = super::text::head(body, 360);
            top.contains('毒') && DRUG_ORGANS.iter().any(|w| top.contains(w))
        }
        || drug_form(title, body)
        // (a county government's work report, or its political-legal committee's, reviewing the
        // year with a drug-control count among its other results: 平安辰溪建设深入推进，破获毒品刑事
        // 案件13起 — that count is the county's)
        || GOVERNMENT_REPORT.is_match(title) && body.contains('毒') && DRUG_COUNT.is_match(body)
}
/// The title of a government's report of its year (政府工作报告) or of its political-legal and
/// public-order work (政法工作, 平安建设, 综治工作).
static GOVERNMENT_REPORT: Re =
    Re::new(|| Regex::new(r"政府工作报告|政法工作|平安建设|综治工作|社会治安综合治理").unwrap());
/// A count of drug-control work: 破获毒品刑事案件13起, 查处吸毒人员57人次, 侦办涉毒案件9起.
static DRUG_COUNT: Re =
    Re::new(|| Regex::new(r"(破获|侦破|侦办|查处|查获)[^，。；\d]{0,4}(毒品|吸毒|涉毒)[^，。；\d]{0,8}\d").unwrap());
/// The names of drug-control organs (an office, a centre, a brigade, a rehab centre).
const DRUG_ORGANS: [&str; 7] = ["禁毒委员会", "禁毒办", "禁毒委", "禁毒大队", "禁毒事务", "禁毒服务中心", "戒毒所"];

/// A self-evaluation form whose cells at its top name drug control (项目名称 禁毒宣传教育经费,
/// 实施单位 某县公安局禁毒大队) under a title that does not: a short form names it once or twice.
/// (…or an evaluation report whose opening names a drug-control project: 第三方绩效评价报告 /
/// 项目名称：2023年度某县社区戒毒社区康复专项经费)
fn drug_form(title: &str, body: &str) -> bool {
    let top = super::text::head(body, 900);
    let form = title.contains("自评表") || title.contains("评价表");
    if form && FORM_UNIT.is_match(top) && (top.contains('毒') || top.contains("戒")) {
        return true;
    }
    (form || title.contains("评价报告") || title.contains("自评报告"))
        && top.lines().take(6).any(|l| PROJECT_NAMED.is_match(l) && (l.contains('毒') || l.contains('戒')))
}

/// Does `s` hold `n` ASCII digits or more? Counted 240 bytes at a time in a byte, which the
/// compiler adds sixteen at once (`bytes().filter().count()`, counting in a usize, ran at ~5
/// instructions a byte: 30 M of `article_date` on a province's reports).
fn digits_at_least(s: &str, n: usize) -> bool {
    let mut seen = 0;
    for chunk in s.as_bytes().chunks(240) {
        seen += usize::from(chunk.iter().fold(0u8, |k, b| k + u8::from(b.is_ascii_digit())));
        if seen >= n {
            return true;
        }
    }
    false
}

/// `has_figures` of paragraphs with their years (2023年度, 2023年) taken out.
fn has_figures_beyond_years(paras: &[Para]) -> bool {
    paras.iter().any(|p| {
        let t = YEAR.replace_all(&p.text, "");
        (t.contains("万元") || t.contains('%') || !p.heading && digits_at_least(&t, 4))
            && !super::text::is_page_meta(&p.text)
    })
}

fn has_figures(paras: &[Para]) -> bool {
    // (the figures first, the page-furniture regex only for a paragraph that has them; ASCII
    // digits counted by their bytes)
    paras.iter().any(|p| {
        (p.text.contains("万元") || p.text.contains('%') || !p.heading && digits_at_least(&p.text, 4))
            && !super::text::is_page_meta(&p.text)
    })
}

/// Does a paragraph state a count or a sum in digits (9起, 26名, 1,236人次, 45万元, 98%)? Looser
/// than `has_figures`, for a county's short part of a round-up.
fn states_counts(paras: &[Para]) -> bool {
    const AFTER: [&str; 8] = ["起", "名", "人", "次", "场", "万", "%", "元"];
    paras.iter().any(|p| {
        let t = p.text.as_str();
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() {
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.' || b[i] == b',') {
                    i += 1;
                }
                if AFTER.iter().any(|w| t[i..].starts_with(w)) {
                    return true;
                }
            } else {
                i += 1;
            }
        }
        false
    })
}

/// The unit a 自评表 names in its own cells: 实施单位 (the one that spent the money), else
/// 部门（单位）名称 / 单位名称 / 填报单位, else 主管部门.
pub fn form_unit(body: &str) -> Option<String> {
    form_units(body).into_iter().min_by_key(|u| u.0).map(|u| u.1)
}

/// Every unit the 自评表's cells name, with its rank (0 实施单位, 1 单位名称, 2 主管部门).
fn form_units(body: &str) -> Vec<(u8, String)> {
    let mut out: Vec<(u8, String)> = Vec::new();
    for c in FORM_UNIT.captures_iter(body) {
        let v = c[2].trim_matches(|ch: char| ch.is_whitespace() || "|：:".contains(ch));
        if v.chars().count() < 3 || !ORG_IN.is_match(v) || FORM_LABELS.is_match(v) {
            continue;
        }
        let rank = match &c[1] {
            l if l.starts_with("实施单位") => 0,
            l if l.starts_with("主管部门") => 2,
            _ => 1,
        };
        if !out.iter().any(|u| u.0 == rank) {
            out.push((rank, v.to_string()));
        }
    }
    out
}

static FORM_UNIT: Re = Re::new(|| {
    Regex::new(r"(实施单位|主管部门|部门（单位）名称|部门\(单位\)名称|预算单位名称|预算部门名称|单位名称|部门名称|项目单位|填报单位)\s*(?:[（(]盖章[）)])?\s*[:：]?[ \t]*\n?[ \t]*([^\s:：|]{2,40})").unwrap()
});
static FORM_LABELS: Re =
    Re::new(|| Regex::new(r"^(实施单位|主管部门|项目名称|项目资金|单位名称|部门名称|项目单位|盖章)").unwrap());

/// Identity of one evaluation from its title block, its text and the whole file's text.
pub fn identify(title: &str, body: &str, file_text: &str, g: &Gazetteer) -> Identity {
    let kind = kind_in(title, body);
    let year = fiscal_year(title, body, kind);
    let mut unit = unit_of(title);
    // the first 60 KB or so (20,000 characters of Chinese)
    let head = super::text::head(body, 60_000);
    // a 自评表 names its unit in a cell; a title naming no organisation (部门预算项目支出绩效
    // 自评表) or only the parent of the unit (萧县公安局 → 萧县公安局禁毒大队) yields to it
    // the form's cells stand at its top
    let form = super::text::head(head, 2000);
    // (one search of the form's labels: FORM_UNIT finds none in a text without them)
    let units = form_units(form);
    if let Some(f) = units.iter().min_by_key(|u| u.0).map(|u| u.1.clone()) {
        // a section named without its organ (实施单位：禁毒支队) is the 主管部门's section
        let placed = |u: &str| g.names_county(u, true).is_some() || g.find_city(u).is_some();
        let f = match units.iter().find(|u| u.0 == 2) {
            Some((_, dept)) if !placed(&f) && placed(dept) && !f.starts_with(dept.as_str()) => format!("{dept}{f}"),
            _ => f,
        };
        // (nor a title block that runs on into the form's first row: 自评表 / 部门（单位）名称 某局)
        if !ORG.is_match(&unit) || f.starts_with(unit.as_str()) && f != unit || cap_unit(&unit).is_empty() {
            unit = f;
        }
    }
    if !unit.is_empty() && !ORG_IN.is_match(&unit) {
        unit.clear();
    }
    unit = cap_unit(&unit);
    // news of a press conference names its host (聊城市公安局举行禁毒工作新闻发布会, 在阳泉市
    // 禁毒委组织的新闻发布会上): the organ whose figures it gives
    if unit.is_empty() && kind == Kind::Summary {
        unit = press_host(head, g).unwrap_or_default();
    }
    // a summary signed at its foot (落款: 兴国县禁毒委员会办公室 above 2022年7月5日) names its unit there
    if unit.is_empty() && kind == Kind::Summary {
        unit = signed_unit(body).unwrap_or_default();
    }
    // news naming no organ in its title nor at its foot: the organ its opening makes the subject
    // of what was done (6月26日上午，福鼎市禁毒委员会在…开展; 今年1-11月，建德市公安局共破获…)
    // (not a city's organ that informs of a county its headline names: 遵义市禁毒委通报…考评结果
    // under 汇川区禁毒工作获全市考评第一 is the county's news, its own organ unnamed)
    if unit.is_empty() && kind == Kind::Summary {
        let city_organ = |u: &str| g.names_county(u, true).is_none() && g.find_city(u).is_some();
        let county_headline = || g.find_county(title, head, false).is_some() || short_county(g, title, true).is_some();
        unit = subject_organ(head, g).filter(|u| !(city_organ(u) && county_headline())).unwrap_or_default();
    }
    // a city-level unit (宣城市公安局, 某市禁毒委) has a city and no county, whatever
    // counties its text names
    if !unit.is_empty() && g.names_county(&unit, true).is_none() {
        if let Some((c, p)) = g.find_city(&unit) {
            let stem = c.trim_end_matches(['市', '州', '盟']);
            let at = unit.find(stem).map_or(usize::MAX, |i| i + stem.len());
            let after = unit.get(at..).unwrap_or("").trim_start_matches(['市', '州', '盟']);
            if CITY_ORG.is_match(after) {
                return Identity { unit, county: String::new(), city: c, province: p, year, kind };
            }
        }
    }
    // a national organ (国家禁毒办, 公安部禁毒局) has no county, city or province, whatever place
    // its news was filed from (新华社北京…电)
    if NATIONAL_ORGAN.is_match(&unit) {
        return Identity { unit, county: String::new(), city: String::new(), province: String::new(), year, kind };
    }
    let (county, city, province) = place_of(&unit, title, head, file_text, g);
    // a province-level unit (广西壮族自治区第二强制隔离戒毒所, 湖南省禁毒委员会办公室) has no
    // county, whatever district its text names (its seat's address: 位于柳州市柳南区)
    if !county.is_empty() && provincial(&unit, g) {
        return Identity { unit, county: String::new(), city, province, year, kind };
    }
    // an abbreviated unit (禁毒办) gets its full name and its county; a unit the text does
    // not name stays empty
    if unit == "禁毒办" || unit == "禁毒委" {
        unit = "禁毒委员会办公室".into();
    }
    let place = if !county.is_empty() { county.as_str() } else { city.as_str() };
    // (a unit naming its county by its short name, 紫云自治县禁毒办, is placed already)
    let placed =
        |u: &str| g.names_county(u, false).is_some() || g.names_county(u, true).is_some_and(|r| r.county == county);
    // (nor is a unit opening with its province's name: 海南省禁毒委员会办公室 in news filed from 北京)
    let of_province = || g.find_province(&unit).is_some_and(|p| unit.starts_with(p.as_str()));
    if !unit.is_empty() && !place.is_empty() && !unit.contains(place) && !placed(&unit) && !of_province() {
        let stem = place.trim_end_matches(['区', '县', '市', '旗']);
        if !unit.contains(stem) && g.find_city(&unit).is_none() {
            // (市公安局 of 老河口市 is 老河口市公安局, not 老河口市市公安局)
            let own = place.chars().last().and_then(|c| unit.strip_prefix(c)).unwrap_or(&unit);
            unit = format!("{place}{own}");
        }
    }
    Identity { unit, county, city, province, year, kind }
}

/// The organ an opening makes the subject of what was done, named from its place on (福鼎市
/// 禁毒委员会 in 6月26日上午，福鼎市禁毒委员会在市区广场开展…): None when no place starts it.
fn subject_organ(head: &str, g: &Gazetteer) -> Option<String> {
    let opening = super::text::head(head, 900);
    // (cheap test: an organ's word before the search)
    if !(opening.contains("禁毒") || opening.contains("公安")) {
        return None;
    }
    // (not an organ visiting the text's own area: 广元市禁毒办在我县举办…, 永州市禁毒办在宁远召开
    // 现场会 — the host of the county's text is the county, whose organ the text does not name)
    let visiting = |end: usize| {
        let rest = &opening[end..];
        rest.strip_prefix('在').is_some_and(|r| {
            r.starts_with("我") || r.starts_with("本") || g.names_county(super::text::head(r, 24), true).is_some()
        })
    };
    let name = SUBJECT_ORGAN.captures_iter(opening).filter_map(|c| c.get(1)).find(|m| !visiting(m.end()))?.as_str();
    // (one organ, not two run together: 岳阳市公安局禁毒支队联合平江县公安局开展…)
    let organs =
        ["公安局", "公安分局", "公安厅", "禁毒委", "禁毒办"].iter().map(|w| name.matches(w).count()).sum::<usize>();
    if organs > 1 || ["联合", "会同", "配合", "协同"].iter().any(|w| name.contains(w)) {
        return None;
    }
    let stem_at = |full: &str| {
        let stem = full.trim_end_matches(['市', '州', '盟', '县', '区', '旗']);
        name.find(if stem.chars().count() >= 2 { stem } else { full })
    };
    let at = [
        g.find_city(name).and_then(|(c, _)| stem_at(&c)),
        g.names_county(name, false).and_then(|r| stem_at(&r.county)),
    ]
    .into_iter()
    .flatten()
    .min()?;
    Some(name[at..].to_string()).filter(|u| u.chars().count() <= 30)
}
static SUBJECT_ORGAN: Re = Re::new(|| {
    Regex::new(r"(?:^|[，,。；;\n\s])(\p{Han}{2,16}?(?:禁毒委员会办公室|禁毒委员会|禁毒委|禁毒办|公安局禁毒大队|公安局|公安分局|公安厅))(?:近日|日前|在|于|召开|举行|开展|组织|联合|通报|积极|扎实|深入|共|持续|坚持|累计)").unwrap()
});

/// The organ a text is signed by at its foot: a line naming only an organ (兴国县禁毒委员会办公室)
/// as the last line or right above the date that closes the text.
fn signed_unit(body: &str) -> Option<String> {
    let foot: Vec<&str> = body.lines().map(str::trim).filter(|l| !l.is_empty()).rev().take(3).collect();
    // (a date of a month alone too: 2022年12月)
    let month = |l: &str| {
        l.len() <= 16
            && l.starts_with("20")
            && l.ends_with('月')
            && l.chars().all(|c| c.is_ascii_digit() || "年月 ".contains(c))
    };
    let dated = |l: &str| super::text::is_date_line(l) || cn_date(l).is_some() || month(l);
    let at = match foot.first() {
        Some(l) if dated(l) => 1,
        _ => 0,
    };
    let l = foot.get(at)?;
    let name = l.chars().count() <= 30
        && !l.contains(|c: char| c.is_ascii_digit() || "，,。；;：:、（）()“”".contains(c))
        && ORG.is_match(l);
    name.then(|| cap_unit(l)).filter(|u| !u.is_empty())
}

/// Is `unit` an organ of a province (湖南省公安厅, 广西壮族自治区戒毒管理局): it opens with a
/// province's full name and names no city or county after it? (The four municipalities'
/// organs are their cities' too: 北京市公安局 is not taken for one.)
fn provincial(unit: &str, g: &Gazetteer) -> bool {
    // (a cheap test first: most units name no province)
    if !unit.contains('省') && !unit.contains("自治区") {
        return false;
    }
    let Some(p) = g.find_province(unit) else { return false };
    unit.starts_with(p.as_str())
        && p.ends_with(['省', '区'])
        && g.find_city(&unit[p.len()..]).is_none()
        && g.names_county(&unit[p.len()..], false).is_none()
}

/// The organ holding a press conference, as the news names it near its top, from its place's
/// name on (日衡水市公安局 → 衡水市公安局); None when no place starts it.
pub fn press_host(head: &str, g: &Gazetteer) -> Option<String> {
    let c = PRESS_HOST.captures(super::text::head(head, 1500))?;
    let name = c.get(1).or_else(|| c.get(2))?.as_str();
    // the country's own organ (国家禁毒委员会办公室在京召开新闻发布会) is named by no place
    if let Some(i) = ["国家禁毒", "公安部", "司法部"].iter().filter_map(|w| name.find(w)).min() {
        return Some(name[i..].to_string());
    }
    let stem_at = |full: &str| {
        // 泸县 has a one-character stem: then the full name
        let stem = full.trim_end_matches(['市', '州', '盟', '县', '区', '旗']);
        name.find(if stem.chars().count() >= 2 { stem } else { full })
    };
    let at = [
        g.find_city(name).and_then(|(c, _)| stem_at(&c)),
        g.names_county(name, false).and_then(|r| stem_at(&r.county)),
    ]
    .into_iter()
    .flatten()
    .min()?;
    Some(name[at..].to_string())
}

static PRESS_HOST: Re = Re::new(|| {
    let org = r"(\p{Han}{2,20}?(?:公安局|公安分局|禁毒委员会办公室|禁毒委员会|禁毒委|禁毒办|司法局))";
    Regex::new(&format!(
        r"{org}(?:在[^，,。；]{{0,20}})?(?:召开|举行|举办|组织)了?[^，,。；]{{0,16}}(?:新闻发布会|新闻通报会|发布会)|在{org}(?:组织|召开|举行|举办)的[^，,。；]{{0,16}}(?:新闻发布会|新闻通报会|发布会)",
        org = org
    ))
    .unwrap()
});

/// A unit's name is an organ's name, never a headline or a sentence: a name running on past
/// its organ (县公安局禁毒大队荣获全国禁毒工作先进集体称号) ends at the organ; one that does
/// not stay short and whole is left empty.
pub fn cap_unit(unit: &str) -> String {
    // a news item's dateline (新华社北京6月19日电, 本报聊城3月26日讯) names where it was filed, not
    // the organ after it
    if let Some(m) = DATELINE_LEAD.find(unit) {
        return cap_unit(&unit[m.end()..]);
    }
    // a reporter's source (记者从云南昆明市禁毒委员会获悉, 记者据…) names the organ after 从 / 据
    if let Some(i) = memchr::memmem::find(unit.as_bytes(), "记者".as_bytes()) {
        if let Some(j) = unit[i..].find(['从', '据']) {
            // (to the verb of the source: 获悉, 了解到; 举办的新闻发布会 is the organ's event)
            let src = &unit[i + j + '从'.len_utf8()..];
            let end = ["获悉", "了解", "得知", "举办", "召开", "举行", "组织"]
                .iter()
                .filter_map(|w| src.find(w))
                .min()
                .unwrap_or(src.len());
            return cap_unit(&src[..end]);
        }
    }
    // a column's name before 丨 or | (禄警护航丨禁毒大队) is the site's, not the organ's
    if let Some((i, c)) = unit.char_indices().rfind(|&(_, c)| c == '丨' || c == '|') {
        return cap_unit(&unit[i + c.len_utf8()..]);
    }
    let clean = |u: &str| !u.contains(['，', ',', '。', '；', ';', '：', ':', ' ', '！', '？', '“', '”', '、']);
    if unit.is_empty() || ORG.is_match(unit) && unit.chars().count() <= 30 && clean(unit) {
        return unit.to_string();
    }
    let head =
        unit.split(['，', ',', '。', '；', ';', '：', ':', ' ', '！', '？', '“', '”', '、']).next().unwrap_or("");
    match ORG_IN.find_iter(head).last() {
        // 局长, 所长, 站长 name a person, not the organ
        Some(m) if head[m.end()..].starts_with('长') => String::new(),
        Some(m) if (2..=30).contains(&head[..m.end()].chars().count()) => head[..m.end()].to_string(),
        _ => String::new(),
    }
}

/// A county or city named as the venue of an event (在富宁县举行, 在某区召开, 在杭州召开, 走进某县).
static VENUE: Re =
    Re::new(|| Regex::new(r"在\p{Han}{1,12}?(县|区|旗|市)?\p{Han}{0,6}?(举行|召开|举办|启动|开展|进行)").unwrap());

/// A numbered title of one fund's evaluation inside a file (一、社区戒毒社区康复工作经费项目支出
/// 绩效自评表, （二）禁毒宣传经费绩效自评报告).
fn fund_part_title(s: &str) -> bool {
    let t = s.trim();
    // (第一部分 禁毒宣传教育经费: a part named by its fund alone)
    if let Some(rest) = t.strip_prefix('第') {
        let rest = rest.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
        if let Some(name) = rest.strip_prefix("部分") {
            let name = name.trim_start_matches([' ', '\u{3000}', '：', ':', '、']);
            return (4..=30).contains(&name.chars().count())
                && !name.contains(['。', '，'])
                && (name.ends_with("经费") || name.ends_with("资金") || name.ends_with("项目"));
        }
    }
    // (项目一：禁毒宣传经费, 项目2、吸毒人员管控经费: a report's projects named in turn)
    if let Some(rest) = t.strip_prefix("项目") {
        let name = rest.trim_start_matches(|c: char| "一二三四五六七八九十123456789".contains(c));
        if name.len() < rest.len() {
            if let Some(name) = name.strip_prefix(['：', ':', '、', '．', '.']) {
                let name = name.trim();
                return (4..=30).contains(&name.chars().count())
                    && !name.contains(['。', '，', '；'])
                    && (name.ends_with("经费") || name.ends_with("资金") || name.ends_with("项目"));
            }
        }
    }
    // (cheap tests first: a numbered short line ending as a form or a report does)
    if !t.ends_with(['表', '告']) || !starts_numbered(t) || t.chars().count() > 50 || t.contains(['。', '，']) {
        return false;
    }
    let rest = t.trim_start_matches(|c: char| "一二三四五六七八九十、（）() ．.0123456789".contains(c));
    (rest.contains("经费") || rest.contains("资金"))
        && ["自评表", "自评报告", "评价报告", "评价表"].iter().any(|w| rest.ends_with(w))
}

/// The country's own organs (国家禁毒委员会办公室, 国家禁毒办, 公安部禁毒局, 司法部).
static NATIONAL_ORGAN: Re =
    Re::new(|| Regex::new(r"^(国家禁毒|国务院|公安部|司法部|最高人民|中华人民共和国|中国禁毒)").unwrap());

/// A news dateline opening a text: the medium and the place it was filed, its month and day,
/// 电 or 讯 (新华社北京6月19日电, 中新网成都6月14日电, 本报聊城3月26日讯).
/// (the month and day in figures or in numerals: 中新社北京十二月二十五日电)
static DATELINE_LEAD: Re = Re::new(|| {
    let md = super::number::MONTH_OR_DAY;
    Regex::new(&format!(r"^\s*\p{{Han}}{{1,10}}?{md}\s*月\s*{md}\s*日\s*(电|讯)")).unwrap()
});

/// How a text speaks of its own area: 全县 / 我县 / 县委 … (a county), 全市 / 我市 / 全州 (a
/// city, or a county-level city), 全省 / 我省 (a province).
/// An autonomous region's own organ named as such (自治区公安厅, 自治区禁毒办).
static REGION_ORGAN: Re =
    Re::new(|| Regex::new(r"自治区(公安厅|禁毒委|禁毒办|禁毒委员会|党委|人民政府|政府|司法厅)").unwrap());
static SCOPE: Re = Re::new(|| {
    Regex::new(r"(?:全|我|本|该)(县|区|旗|市|州|盟|省)|(县|区|旗|市|州|省)(?:委|政府|公安局|禁毒委|禁毒办)").unwrap()
});

/// (county words, district words, city words, province words) in a text: 全区 is a
/// district's word, or an autonomous region's.
fn scope(text: &str) -> (usize, usize, usize, usize) {
    let mut n = (0, 0, 0, 0);
    let cites = text.contains('《');
    for m in SCOPE.find_iter(text) {
        // (a cited document's title — 根据《某省禁毒委员会办公室关于开展全省…的通知》要求 — speaks of
        // its issuer's area, not the text's)
        if cites && in_book_title(text, m.start()) {
            continue;
        }
        // (the group's character read off the match, without captures, which cost several times
        // the search: the second of 全县, 我市 …, else the first of 县委, 市政府 …)
        let s = m.as_str();
        // (a wider area as the measure a county's figure is held against — 低于全市4.4个百分点,
        // 占全市比33.3%, 居全市第一, 全市平均 — is no word of the text's own area)
        if s.starts_with('全') && reference_scope(&text[..m.start()], &text[m.end()..]) {
            continue;
        }
        let scope = if s.starts_with(['全', '我', '本', '该']) { s.chars().nth(1) } else { s.chars().next() };
        match scope {
            Some('县' | '旗') => n.0 += 1,
            Some('区') => n.1 += 1,
            Some('市' | '州' | '盟') => n.2 += 1,
            _ => n.3 += 1,
        }
    }
    n
}

/// Does byte `at` of `text` stand inside book-title marks (《…》)?
fn in_book_title(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.rfind('《').is_some_and(|i| !before[i..].contains('》'))
}

/// Does a text speak of its own area as a prefecture (全州, 我州, 州公安局) more often than as a
/// city (全市, 市公安局)?
fn speaks_as_prefecture(text: &str) -> bool {
    let (mut prefecture, mut city) = (0, 0);
    for m in SCOPE.find_iter(text) {
        let s = m.as_str();
        if s.starts_with('全') && reference_scope(&text[..m.start()], &text[m.end()..]) {
            continue;
        }
        let scope = if s.starts_with(['全', '我', '本', '该']) { s.chars().nth(1) } else { s.chars().next() };
        match scope {
            Some('州' | '盟') => prefecture += 1,
            Some('市') => city += 1,
            _ => {}
        }
    }
    prefecture > city
}

/// Is the area word (全市, 全省) between `before` and `after` the measure of a comparison (占全市比,
/// 低于全市, 高于全省平均, 居全市第一, 全市平均水平, 排名全市前列)?
/// (An area word beside another of a ladder of levels — 从“全国全省毒情高危区域”, 走在全省、全市前列 — is
/// such a measure too: the levels a county is held against, none of them the text's own.)
/// (…and so is the field a unit is the first or the only one of — 全市首个, 全省首家, 全市唯一 — or
/// stands out among, by the count of its peers: 在全市176个镇街中率先…, 全省86个县区中排名第三.)
fn reference_scope(before: &str, after: &str) -> bool {
    const LEVELS: [&str; 4] = ["全国", "全省", "全市", "全州"];
    let before_list = before.trim_end_matches(['、', '和', '及', '与']);
    let after_list = after.trim_start_matches(['、', '和', '及', '与']);
    ["占", "低于", "高于", "居", "位居", "位列", "排名", "名列", "超过", "领先"].iter().any(|w| before.ends_with(w))
        || LEVELS.iter().any(|l| before_list.ends_with(l) || after_list.starts_with(l))
        || ["平均", "第一", "第二", "第三", "前列", "前茅", "比例", "总数的", "总量的", "首", "唯一"]
            .iter()
            .any(|w| after.starts_with(w))
        || among_peers(after)
}

/// Does `after` (the text after an area word) count the area's units a unit stands out among
/// (176个镇街中率先, 86个县（市、区）中排名第三)? The digits, 个, a short name of the units, 中, and
/// a word of rank or of being first — in one clause. (Units the area holds, 全县12个乡镇中有8个…, are
/// the area's own: no rank.)
fn among_peers(after: &str) -> bool {
    let rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() == after.len() {
        return false;
    }
    let Some(rest) = rest.strip_prefix('个') else { return false };
    // (its first 16 characters or so)
    let clause = super::text::head(rest, 48);
    let Some(i) = clause.find('中').filter(|&i| !clause[..i].contains(['，', ',', '。', '；', ';'])) else {
        return false;
    };
    let next = clause[i + '中'.len_utf8()..].trim_start_matches(['，', ',']);
    ["率先", "排名", "名列", "位列", "位居", "居", "第", "首", "唯一", "最"].iter().any(|w| next.starts_with(w))
}

/// The county's own word for itself: 县 for 文成县 and 耿马傣族佤族自治县, 市 for 老河口市.
fn suffix_of(county: &str) -> &str {
    ["县", "区", "市", "旗"].into_iter().find(|s| county.ends_with(s)).unwrap_or("")
}

/// A text without its opening year, numbering and quotation marks (2023年，文成… → 文成…).
fn opening(t: &str) -> &str {
    let mut t = t.trim_start_matches(|c: char| c.is_whitespace() || "#【[（(“\"《".contains(c));
    if let Some(m) = YEAR_WORD.find(t).filter(|m| m.start() == 0) {
        t = &t[m.end()..];
    }
    let t = t.trim_start_matches(|c: char| c.is_whitespace() || "，,、：:".contains(c));
    t.strip_prefix("关于").unwrap_or(t)
}

/// A county named by its short name (文成, 祁东, 老河口) where a short name is trusted: at the
/// start of a title or unit (祁东禁毒经验…, 文成近年来…), or followed closely by the county's
/// own word for itself (文成…全县, 老河口…我市). Never inside a longer place name.
fn short_county<'g>(g: &'g Gazetteer, text: &str, at_start: bool) -> Option<&'g Region> {
    let hits = g.short_names(text);
    if at_start {
        let t = opening(text);
        let base = text.len() - t.len();
        // (counties of one short name, 永定 of 张家界 and of 龙岩: the one whose city or province
        // the text names, else none)
        let at: Vec<(usize, usize)> = hits.iter().filter(|h| h.1 == base).map(|h| (h.0, 1)).collect();
        return g.best_of(&at, text, "");
    }
    let near = |&(r, _, e): &(usize, usize, usize)| {
        let suffix = suffix_of(&g.regions[r].county);
        let mut b = (e + 48).min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        SCOPE.captures_iter(&text[e..b]).any(|c| c.get(1).or_else(|| c.get(2)).is_some_and(|m| m.as_str() == suffix))
    };
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for h in hits.iter().filter(|h| near(h)) {
        match counts.iter_mut().find(|c| c.0 == h.0) {
            Some(c) => c.1 += 1,
            None => counts.push((h.0, 1)),
        }
    }
    g.best_of(&counts, text, "")
}

/// County, city and province of a part: a county its unit or title names (in full, or by
/// its short name at their start); else, for news of a whole city or province (全市 / 全省
/// figures under a city's or province's title), that city or province and no county; else
/// the county its text names most (a short name only beside the county's own word).
/// `t` after a dateline filed from the capital (新华社北京…电, 本报北京…讯), else `t`.
fn from_capital(t: &str) -> &str {
    DATELINE_LEAD.find(t).filter(|m| m.as_str().contains("北京")).map_or(t, |m| &t[m.end()..])
}

fn place_of(unit: &str, title: &str, head: &str, file_text: &str, g: &Gazetteer) -> (String, String, String) {
    let of = |r: &Region| (r.county.clone(), r.city.clone(), r.province.clone());
    // a text without a title opens on a paragraph of sentences (今年以来，全省公安机关共破获…。
    // 其中，广安区公安局破获…。): a county it names in passing is no title's
    let title = if title.contains('。') && title.chars().count() > 40 { "" } else { title };
    // a round-up of several counties, each under a heading of its own name (南川区 / 武隆区 /
    // 彭水县): no one county is the text's; their city and province when they share them
    if let Some((city, province)) = round_up_of_counties(g, file_text) {
        return (String::new(), city, province);
    }
    // a province's or city's event held in a county (云南省…集中宣传活动在富宁县举行): the county
    // is the venue, not the text's place
    let venue_cut;
    let title = if title.contains('在')
        && VENUE.is_match(title)
        && (g.find_province(title).is_some() || g.find_city(title).is_some())
    {
        venue_cut = VENUE.replace_all(title, "");
        &*venue_cut
    } else {
        title
    };
    let full = [unit, title].iter().find_map(|t| g.find_county(t, head, false));
    let short = || [unit, title].iter().find_map(|t| short_county(g, t, true));
    // (a short name an autonomous prefecture shares with its county-level city or county — 大理 of
    // 大理州 and 大理市 — in a text naming the prefecture and never the county in full: the
    // prefecture's news, 云南大理警方… of 大理白族自治州公安局)
    if let Some(r) = full.is_none().then(short).flatten().filter(|r| g.prefectures_own_name(r, head)) {
        return (String::new(), r.city.clone(), r.province.clone());
    }
    let named = full
        .or_else(short)
        // a unit's own name is no sentence: a short name anywhere in it (南宁市公安局武鸣分局)
        // (…of the city the name opens on, if it names one: 广州正阳社工服务中心 is an agency of 广州
        // whose name holds 正阳, no county of 驻马店)
        .or_else(|| {
            g.find_county(unit, head, true)
                .filter(|r| !unit.is_empty() && g.find_city(unit).is_none_or(|(c, _)| c == r.city))
        });
    if let Some(r) = named {
        return of(r);
    }
    // (a news dateline opening the title, 中新社昆明1月10日电, names where it was filed: the
    // city of a province's or a city's news only when its text names it besides)
    let filed = DATELINE_LEAD.find(title).map_or(title, |m| &title[m.end()..]);
    let named_city = g.find_city(&format!("{unit}{filed}"));
    // (provinces listed as others' places, 在安徽、河南、湖北等地警方的配合下, are none of the
    // text's: its own is then the one of a city it names, 石家庄市公安局)
    // (news filed from the capital, 新华社北京…电, 本报北京…讯, is the country's as a rule, not
    // 北京市's: the place of such a dateline is no province of the text's)
    let province = || {
        g.find_province(&format!("{unit}{}", from_capital(title)))
            .or_else(|| named_city.as_ref().map(|c| c.1.clone()))
            .or_else(|| g.find_province(&PLACE_LIST.replace_all(from_capital(head), "")))
            .or_else(|| g.find_city(from_capital(head)).map(|c| c.1))
            .unwrap_or_default()
    };
    let (county_words, district_words, city_words, province_words) = scope(head);
    // an autonomous region's news says 全区 of the whole region (广西 … 全区破获)
    // (or the region's own organs speak in the text: 自治区公安厅召开新闻发布会, 自治区禁毒办)
    let region_named = named_city.is_none()
        && (g.find_province(&format!("{unit}{title}")).is_some_and(|p| p.ends_with("自治区"))
            || REGION_ORGAN.is_match(head));
    let (county_words, province_words) = if region_named {
        (county_words, province_words + district_words)
    } else {
        (county_words + district_words, province_words)
    };
    if province_words > county_words + city_words {
        let city = named_city.as_ref().map(|c| c.0.clone()).unwrap_or_default();
        return (String::new(), city, province());
    }
    if let Some((c, p)) = named_city.as_ref().filter(|_| city_words > county_words) {
        return (String::new(), c.clone(), p.clone());
    }
    // a text of the whole country (全国…, 我国…) speaking of no county, city or province of its own
    // names places as examples (重庆北碚、山东…等地查获吸毒人员数同比增长): by a short name they are
    // no place of the text, nor is the province of one
    // (the country as the subject, not as the field of a rank: 名列全国第九位, 居全国前列, 高于全国平均)
    let national = county_words + city_words + province_words == 0 && {
        let n = |w: &str| {
            memchr::memmem::find_iter(head.as_bytes(), w.as_bytes())
                .filter(|&i| {
                    let after = head[i + w.len()..].chars().next();
                    let before = head[..i].chars().next_back();
                    !after.is_some_and(|c| "第前排平".contains(c))
                        && !before.is_some_and(|c| "列居占于比超".contains(c))
                })
                .count()
        };
        n("全国") + n("我国") >= 2
    };
    let region = g.find_county(head, title, false).or_else(|| {
        if national {
            return g.find_county(file_text, title, false);
        }
        short_county(g, head, false)
            .or_else(|| g.find_county(file_text, title, false))
            .or_else(|| short_county(g, file_text, false))
            // last, a short name standing anywhere (“开福禁毒”公众号)
            .or_else(|| g.find_county(head, title, true))
            .or_else(|| g.find_county(file_text, title, true))
    });
    // a county named only inside a title in book-title marks (a cited paper's 《…——重庆市江北区的
    // 实践视角》) by a text that never speaks of itself as a county (全县, 我区): that
    // publication's subject, not the text's place
    let region = region.filter(|r| county_words > 0 || !g.only_in_book_titles(file_text, r));
    match region {
        // a text speaking of itself as a city (我市, 全市) is not about a district or county it
        // names in passing (来自魏都区、东城区等地的单位): a county-level city would be one
        // (a county-level city since made a district, named as it was — 章丘市公安局, 章丘市禁毒委
        // of today's 章丘区 — speaks of itself as 市: its county all the same)
        // (…and a prefecture speaking of itself as 州 — 全州, 我州 — is not about a county-level city
        // it names in passing, 其中，都匀市查处…: that city would say 全市)
        Some(r)
            if city_words > county_words
                && (!r.county.ends_with('市') || speaks_as_prefecture(head))
                && !named_as_city(g, head, r) =>
        {
            // (…and a county of another city, named in passing — 西华师大附中, a school named after
            // a county of 周口 — leaves the city the text names, 巴中, when it never names the
            // county's own)
            let own_city = super::text::head(&r.city, 6);
            match named_city.clone().or_else(|| g.find_city(head)).filter(|c| c.0 != r.city && !head.contains(own_city))
            {
                Some((c, p)) => (String::new(), c, p),
                None => (String::new(), r.city.clone(), r.province.clone()),
            }
        }
        // …nor a city's text naming its city again and again and a county once (a model site)
        Some(r) if g.city_outnames_county(file_text, r) => (String::new(), r.city.clone(), r.province.clone()),
        // …nor its prefecture's text naming the county only by the short name they share (大理)
        Some(r) if g.prefectures_own_name(r, head) => (String::new(), r.city.clone(), r.province.clone()),
        Some(r) => of(r),
        // a town's or subdistrict's text, or a county's naming its towns but never itself (哑柏镇
        // 2023年禁毒工作总结, 熟溪街道禁毒办; 全县…王宅镇、茭道镇…): the county of those towns, in
        // the city or province the text names (a city's or province's text naming a town in
        // passing keeps no county)
        None => {
            // (the city its opening names tells a town's name several counties share: 沧州市韩集镇)
            let town = (!national && city_words <= county_words)
                .then(|| {
                    let city = named_city.as_ref().map(|c| c.0.clone()).or_else(|| g.find_city(head).map(|c| c.0));
                    let fits = |r: &Region| city.as_ref().is_none_or(|c| &r.city == c);
                    towns::county_of_towns(g, &format!("{unit}{title}"), fits)
                        .or_else(|| towns::county_of_towns(g, file_text, fits))
                })
                .flatten();
            match (
                town,
                named_city.clone().or_else(|| (city_words > county_words).then(|| g.find_city(head)).flatten()),
            ) {
                (Some(r), _) => of(r),
                // a text speaking of itself as a city (我市, 全市) with no city in its title: the city
                // its opening names (厦门日报 … 我市警方; 周口市公安局禁毒支队 … 我市共破获)
                (None, Some((c, p))) => (String::new(), c, p),
                (None, None) if national => Default::default(),
                (None, None) => (String::new(), String::new(), province()),
            }
        }
    }
}

/// A county's heading in a round-up: the paragraph its part begins with, the county, and
/// whether the county's text runs on after its name and a colon in that paragraph.
#[derive(Clone, Copy)]
struct CountyHead<'g> {
    para: usize,
    region: &'g Region,
    inline: bool,
    /// a clause cut from a city's paragraph going county by county (`run_on_county`)
    run_on: bool,
}

/// The headings of a round-up's counties' parts (南川区 / …, 武隆区 / …; or 浑江区：全年破获…
/// / 抚松县：全年破获…, a city's bulletin of its counties): two or more headings of different
/// counties, at least two of whose parts state figures. None otherwise.
fn county_parts<'g>(paras: &[Para], g: &'g Gazetteer) -> Vec<CountyHead<'g>> {
    // (a county's name shared by another's — 西安区 of 辽源市 and of 牡丹江市 — is told by the
    // round-up's opening, which names the city)
    let context = paras.first().map_or("", |p| p.text.as_str());
    let runs = county_paragraph_runs(paras, g, context);
    let heads: Vec<CountyHead> = paras
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            county_head(g, &p.text, i, context)
                .or_else(|| run_on_county(paras, i, g, context))
                .or_else(|| runs.iter().find(|h| h.para == i).copied())
        })
        .collect();
    if heads.len() < 2 || heads.iter().all(|h| h.region.code == heads[0].region.code) {
        return Vec::new();
    }
    let figured = heads
        .iter()
        .enumerate()
        .filter(|(k, h)| {
            let e = heads.get(k + 1).map_or(paras.len(), |h| h.para);
            let part = &paras[h.para + usize::from(!h.inline)..e];
            has_figures(part) || states_counts(part)
        })
        .count();
    if figured < 2 {
        return Vec::new();
    }
    heads
}

/// Paragraph `i` as a county's heading: its text nothing but the county's name (南川区), or the
/// name and a colon before the county's own text (浑江区：全年破获毒品刑事案件9起).
fn county_head<'g>(g: &'g Gazetteer, text: &str, para: usize, context: &str) -> Option<CountyHead<'g>> {
    if text.len() <= 72 && text.chars().count() <= 16 {
        if let Some(region) = county_heading(g, text, context) {
            return Some(CountyHead { para, region, inline: false, run_on: false });
        }
    }
    if let Some((region, _)) = run_in_county(g, text, context) {
        return Some(CountyHead { para, region, inline: true, run_on: false });
    }
    // (the name within its first sixteen characters, and text after the colon)
    // (the colon is looked for in the first sixteen characters only, by its last byte — ':', or
    // 9A of '：' EF BC 9A —: this runs on every paragraph)
    let h = super::text::head(text, 51).as_bytes();
    let i = memchr::memchr2_iter(b':', 0x9A, h).find_map(|j| match h[j] {
        b':' => Some(j),
        _ if j >= 2 && h[j - 2] == 0xEF && h[j - 1] == 0xBC => Some(j - 2),
        _ => None,
    })?;
    let rest = text[i..].trim_start_matches(['：', ':']).trim();
    if i > 48 || rest.is_empty() {
        return None;
    }
    county_heading(g, &text[..i], context).map(|region| CountyHead { para, region, inline: true, run_on: false })
}

/// A city's text going county by county a paragraph each, each opening on its county's full name
/// and its figures (各区县工作情况如下： / 金平区破获毒品刑事案件18起… / 龙湖区破获… / 潮阳区破获…):
/// three paragraphs or more in a row, of different counties of one city. Only in a text whose
/// opening speaks of the city (全市).
fn county_paragraph_runs<'g>(paras: &[Para], g: &'g Gazetteer, context: &str) -> Vec<CountyHead<'g>> {
    if !paras.iter().take(5).any(|p| p.text.contains("全市")) {
        return Vec::new();
    }
    let opening = |p: &Para| -> Option<&'g Region> {
        if p.table_row || p.heading || p.text.len() < 12 {
            return None;
        }
        let super::regions::Leading::County(rs) = g.leading_place(&p.text)? else { return None };
        let name = &rs.first()?.county;
        let rest = p.text.strip_prefix(name.as_str())?;
        // (a list of places, or a heading's colon — read as such elsewhere — is none)
        if rest.starts_with(['、', '和', '及', '等', '：', ':', '（', '(']) || !states_counts(std::slice::from_ref(p))
        {
            return None;
        }
        g.find_county(name, context, false).filter(|r| r.county == *name)
    };
    let found: Vec<Option<&Region>> = paras.iter().map(opening).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < found.len() {
        let Some(first) = found[i] else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < found.len() && found[j].is_some_and(|r| r.city == first.city) {
            j += 1;
        }
        let mut codes: Vec<&str> = found[i..j].iter().flatten().map(|r| r.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        if codes.len() >= 3 && codes.len() == j - i {
            out.extend(
                (i..j)
                    .filter_map(|k| found[k].map(|region| CountyHead { para: k, region, inline: true, run_on: true })),
            );
        }
        i = j;
    }
    out
}

/// A county's clause cut from a city's paragraph going county by county (`text::Doc::parse`:
/// 从各地报送情况看，武陵区预算执行率98.2%… / 鼎城区预算执行率95.6%…): the paragraph goes on the line of
/// the one before it and opens on the county's full name.
fn run_on_county<'g>(paras: &[Para], i: usize, g: &'g Gazetteer, context: &str) -> Option<CountyHead<'g>> {
    let (p, prev) = (&paras[i], paras.get(i.checked_sub(1)?)?);
    if p.table_row || prev.table_row || p.starts.first()?.1 != prev.starts.last()?.1 {
        return None;
    }
    let super::regions::Leading::County(rs) = g.leading_place(&p.text)? else { return None };
    // (the name as it stands: a heading's marks are not trimmed from it — 三台县 is no 三、)
    let name = &rs.first()?.county;
    let region = g.find_county(name, context, false).filter(|r| r.county == *name)?;
    Some(CountyHead { para: i, region, inline: true, run_on: true })
}

/// A county's name run in as a numbered item's heading and closed by a full stop before the
/// county's own text ((一)武陵区。预算执行率98.2%…, 2.澧县。…): the county and where its name ends.
fn run_in_county<'g>(g: &'g Gazetteer, text: &str, context: &str) -> Option<(&'g Region, usize)> {
    if !starts_numbered(text) {
        return None;
    }
    let i = super::text::head(text, 51).find('。')?;
    let rest = text[i..].trim_start_matches('。').trim();
    if rest.is_empty() {
        return None;
    }
    county_heading(g, &text[..i], context).map(|r| (r, i))
}

/// A line that is nothing but a county's name, as a heading (南川区, 一、文成县, 【平阳县】, 彭水县
/// of 彭水苗族土家族自治县): that county.
fn county_heading<'g>(g: &'g Gazetteer, line: &str, context: &str) -> Option<&'g Region> {
    // (a heading of twelve characters at the most and its marks: a longer line is none, found
    // before its characters are walked — this runs over every line of every file)
    if line.len() > 72 {
        return None;
    }
    const LEAD: &[char] = &[
        '#', '【', '[', '（', '(', '）', ')', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '、', '.',
        '．', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ',
    ];
    // (its end first: most lines end otherwise)
    let t = line.trim().trim_end_matches(['】', ']', ')', '）', '：', ':', ' ']);
    if !t.ends_with(['县', '区', '市', '旗']) {
        return None;
    }
    let t = t.trim_start_matches(LEAD);
    if !(2..=12).contains(&t.chars().count()) {
        return None;
    }
    let r = g.find_county(t, context, false)?;
    // (the line is the county's name alone — its full name, or its name without the nations')
    (t == r.county || t.len() < r.county.len() && r.county.starts_with(&t[..t.len() - 3])).then_some(r)
}

/// A text whose lines include two or more headings that are each nothing but a county's name
/// (南川区 / 武隆区, 一、文成县, 【平阳县】), of different counties: a round-up of several counties'
/// items. Gives the city and province they share (empty where they differ).
fn round_up_of_counties(g: &Gazetteer, file_text: &str) -> Option<(String, String)> {
    let mut found: Vec<&Region> = Vec::new();
    let context = super::chars::lines_of(file_text).next().unwrap_or("");
    for r in super::chars::lines_of(file_text).filter_map(|l| county_heading(g, l, context)) {
        if !found.iter().any(|f| f.code == r.code) {
            found.push(r);
        }
    }
    if found.len() < 2 {
        return None;
    }
    let shared = |f: fn(&Region) -> &String| {
        let first = f(found[0]);
        if found.iter().all(|r| f(r) == first) {
            first.clone()
        } else {
            String::new()
        }
    };
    Some((shared(|r| &r.city), shared(|r| &r.province)))
}

/// Is county `r` (章丘区, 海门区) named in `text` by its stem and 市 (章丘市), as the county-level
/// city it was before it became a district? Not when that name is a prefecture's (衡阳县's
/// 衡阳市).
fn named_as_city(g: &Gazetteer, text: &str, r: &Region) -> bool {
    let Some(stem) = r.county.strip_suffix('区').or_else(|| r.county.strip_suffix('县')) else { return false };
    if stem.chars().count() < 2 {
        return false;
    }
    let as_city = format!("{stem}市");
    text.contains(&as_city) && g.find_city(&as_city).is_none()
}

/// A list of places ending in 等 (安徽、河南、湖北等地, 四川、广东等省): other places than the text's.
static PLACE_LIST: Re = Re::new(|| Regex::new(r"\p{Han}{2,8}(、\p{Han}{2,8})+等").unwrap());

/// What follows a city's name in a city-level unit: an organ of the city itself.
static CITY_ORG: Re = Re::new(|| {
    Regex::new(r"^(人民政府|公安局|禁毒委员会|禁毒委|禁毒办|禁毒支队|司法局|财政局|委员会|戒毒所|强制隔离戒毒所|社会化禁毒|禁毒社会|禁毒事务|禁毒服务|禁毒协会|卫生健康委|教育局)").unwrap()
});

/// Split a document into its drug-control evaluations.
/// Is `t` a labelled date (报告日期：2023年3月, 填报日期: 2023-03-10, 编制时间：2023年2月)?
fn labelled_date(t: &str) -> bool {
    t.split_once(['：', ':']).is_some_and(|(label, rest)| {
        (label.ends_with("日期") || label.ends_with("时间"))
            && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
    })
}

/// A title run on after a cover's labelled date (报告日期：2023年3月项目支出绩效自评表), without the
/// date: the year of writing is not the year the form states.
fn after_dated_lead(t: &str) -> &str {
    let Some((label, rest)) = t.split_once(['：', ':']) else { return t };
    if !(label.ends_with("日期") || label.ends_with("时间")) || label.chars().count() > 8 {
        return t;
    }
    let rest = rest.trim_start();
    let date = rest.trim_start_matches(|c: char| c.is_ascii_digit() || "年月日-./ ".contains(c));
    if date.len() < rest.len() && date.chars().next().is_some_and(is_han) {
        date
    } else {
        t
    }
}

/// The project a 自评表 names in its 项目名称 cell (项目名称\t禁毒宣传经费, 项目名称：禁毒宣传经费).
fn project_name(text: &str) -> Option<&str> {
    text.lines().find_map(|l| {
        let rest = l.trim_start().strip_prefix("项目名称")?;
        let rest = rest.trim_start_matches([' ', '　']);
        let rest = rest.strip_prefix(['：', ':']).unwrap_or(rest);
        rest.split('\t').map(str::trim).find(|c| !c.is_empty())
    })
}

pub fn segments<'a>(doc: &'a Doc, g: &Gazetteer) -> Vec<Segment<'a>> {
    let paras = &doc.paras;
    if paras.is_empty() {
        return Vec::new();
    }
    let file_text: String = paras.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
    let mut starts: Vec<usize> =
        paras.iter().enumerate().filter(|(_, p)| looks_like_title(&p.text)).map(|(i, _)| i).collect();
    if starts.is_empty() || starts[0] > 0 && has_figures(&paras[..starts[0]]) {
        // no title: the first line that is not a web page's furniture stands for one
        // (nor a breadcrumb of the site's sections: 中国长安网 > 公众版> 地方动态> 天津)
        starts.insert(
            0,
            paras.iter().position(|p| !super::text::is_page_meta(&p.text) && !breadcrumb(&p.text)).unwrap_or(0),
        );
    }
    // a file bundling several funds' evaluations under numbered part titles (一、社区矫正工作经费
    // 项目支出绩效自评表 / 二、社区戒毒社区康复工作经费项目支出绩效自评表): each is an evaluation of
    // its own, under the file's title (its unit and year)
    let funds: Vec<usize> =
        paras.iter().enumerate().filter(|(_, p)| fund_part_title(&p.text)).map(|(i, _)| i).collect();
    let funds = if funds.len() >= 2 { funds } else { Vec::new() };
    // a round-up of several counties' items, each under a heading of its own county's name with
    // figures of its own (南川区 / …全区查获吸毒人员56人 / 武隆区 / …34人): each county's part is a
    // record of its own (without figures of their own, the round-up stays one record of no county)
    let heads = county_parts(paras, g);
    let head_at = |t: usize| heads.iter().find(|h| h.para == t);
    // (the round-up's year, its title's, is each county's part's: a part names none of its own,
    // and the last one ends on the round-up's signature)
    // (…and so is its kind: a bulletin of the counties' funds, 关于…禁毒专项经费绩效自评情况的通报,
    // is of their projects, whatever words a county's part uses)
    let round_up = heads.first().and_then(|h| {
        let first = starts.first().copied().filter(|&s| s < h.para)?;
        let cover: String = paras[first..h.para].iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
        let block = title_block(paras, first);
        Some((fiscal_year(&block, &cover, kind_of(&block)), kind_in(&block, &cover)))
    });
    let round_up_year = round_up.and_then(|(y, _)| y);
    let round_up_of_drugs = heads
        .first()
        .is_some_and(|h| paras[..h.para].iter().any(|p| p.text.contains("禁毒") || p.text.contains("戒毒")));
    if !heads.is_empty() {
        starts.extend(heads.iter().map(|h| h.para));
        starts.sort_unstable();
        starts.dedup();
    }
    let cover = match starts.first() {
        Some(&s) if !funds.is_empty() && !funds.contains(&s) => title_block(paras, s),
        _ => String::new(),
    };
    if !funds.is_empty() {
        starts.extend(&funds);
        starts.sort_unstable();
        starts.dedup();
    }
    // (title para, body range)
    let mut parts: Vec<(usize, usize, usize)> = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let mut e = starts.get(k + 1).copied().unwrap_or(paras.len());
        // (the last county's clause cut from a city's paragraph ends with the paragraph: the
        // paragraphs after it without figures of their own — 鄄城县要于4月底前完成整改, the city's
        // signature — are none of the county's)
        if head_at(s).is_some_and(|h| h.run_on) {
            let line = paras[s].starts.last().map(|x| x.1);
            let end = (s + 1..e).find(|&i| paras[i].starts.first().map(|x| x.1) != line).unwrap_or(e);
            if !has_figures_beyond_years(&paras[end..e]) {
                e = end;
            }
        }
        parts.push((s, s, e));
    }
    if let Some(first) = parts.first_mut() {
        first.1 = 0;
    }
    // a part with no figures (a cover page, a repeated title) joins the next one
    let mut merged: Vec<(usize, usize, usize, String)> = Vec::new();
    let mut carry: Option<(usize, usize, String)> = None;
    for (t, a, e) in parts {
        let block = match head_at(t) {
            // (a county's heading with its text after it: the county's name is the title)
            Some(h) if h.inline => h.region.county.clone(),
            _ if funds.contains(&t) => format!("{cover}{}", title_block(paras, t)),
            _ => title_block(paras, t),
        };
        // (the opening before a round-up's counties' parts is none of the first county's, figures
        // or not: 全市共破获毒品刑事案件76起。 / 金平区破获… is the city's count, not 金平区's)
        if head_at(t).is_some() {
            if let Some((ca, ct, cb)) = carry.take_if(|(_, ct, _)| head_at(*ct).is_none()) {
                merged.push((ct, ca, t, cb));
            }
        }
        let (a, block) = match carry.take() {
            Some((ca, _ct, cb)) => {
                // the block naming a unit, else the longer one
                let score = |b: &str| (!unit_of(b).is_empty(), b.chars().count());
                let (mut keep, other) = if score(&block) >= score(&cb) { (block, cb) } else { (cb, block) };
                // a cover title without the year keeps the year its table's caption states
                if YEAR.find(&keep).is_none() {
                    if let Some(m) = YEAR_WORD.find(&other) {
                        keep = format!("{keep}（{}）", m.as_str());
                    }
                }
                (ca, keep)
            }
            None => (a, block),
        };
        // (…and so does a file's cover before its funds' parts whose only digits name its year:
        // 本单位2023年度共有两个项目，分别自评如下)
        let cover_part = !funds.is_empty() && !funds.contains(&t) && funds.iter().any(|&f| f > t);
        // (a county's text after its name and a colon is in its heading's paragraph)
        let body = &paras[t + usize::from(head_at(t).is_none_or(|h| !h.inline))..e];
        let figures = has_figures(body) || head_at(t).is_some() && states_counts(body);
        if (!figures || cover_part && !has_figures_beyond_years(body)) && e < paras.len() {
            carry = Some((a, t, block));
            continue;
        }
        merged.push((t, a, e, block));
    }
    if let Some((a, t, b)) = carry {
        merged.push((t, a, paras.len(), b));
    }
    // identity per part; an attached table (项目支出绩效自评表) or a repeated title with the
    // same year and kind and no other unit continues the evaluation before it
    let mut parts: Vec<(usize, usize, usize, String, Identity, bool)> = Vec::new();
    for (t, a, e, block) in merged {
        let mut body: String = paras[a..e].iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
        // (a last line set apart by a blank line — a date at the foot, 2023年2月 — keeps it: the
        // signature's month is told from a line run on under the text by it)
        if e >= a + 2 {
            let (prev, last) = (&paras[e - 2], &paras[e - 1]);
            let gap = match (prev.starts.last(), last.starts.first()) {
                (Some(&(_, p)), Some(&(_, l))) => l > p + 1,
                _ => false,
            };
            if gap {
                body.insert(body.len() - last.text.len(), '\n');
            }
        }
        let fund = funds.contains(&t);
        // (a fund's part is about drug control by its own title, not the file's)
        let relevant = if fund { drug_related(&paras[t].text, &body) } else { drug_related(&block, &body) };
        // (a county's part of a round-up is about drug control as the round-up is: 禁毒 once will do)
        let county_head = head_at(t);
        let head = county_head.is_some();
        // (…or when its opening, before the counties' parts, names it: 常德市禁毒委员会办公室关于…
        // 禁毒专项经费绩效自评情况的通报 / 1.武陵区：预算执行率98.2%)
        let relevant = relevant || head && (body.contains('毒') || round_up_of_drugs);
        // (the round-up's own opening, with no figures before its counties' parts, is no record)
        let opening = heads.first().is_some_and(|h| t < h.para);
        let relevant =
            relevant && (!opening || has_figures_beyond_years(&paras[t + 1..e]) || states_counts(&paras[t + 1..e]));
        let own_unit = ORG_IN.is_match(&unit_of(&block));
        if let Some(prev) = parts.last_mut().filter(|_| !fund && !head) {
            let table_only = block.trim_end().ends_with('表') && YEAR.find(&block).is_none() && !own_unit;
            // cheap test first: the same year and kind (and unit, when this part names one)
            // (year and kind are compared before; only a part naming its own unit needs the
            // gazetteer, which turns 禁毒办 into the county's full name)
            let same = || !own_unit || identify(&block, &body, &file_text, g).unit == prev.4.unit;
            // a work-results heading (全县禁毒工作情况) inside an evaluation report is a section
            // of it, not a summary of its own
            let section = prev.5
                && matches!(prev.4.kind, Kind::Whole | Kind::Project)
                && kind_of(&block) == Kind::Summary
                && YEAR
                    .find(&block)
                    .is_none_or(|m| prev.4.year.is_some_and(|y| m.as_str().starts_with(&y.to_string())))
                && !own_unit;
            // (the form's title printed again over its next page, 某县公安局…自评表 / （续表）: the
            // same unit's form going on, whatever unit its cells named)
            let repeated =
                own_unit && !prev.3.is_empty() && without_continuation(&block) == without_continuation(&prev.3);
            // (a workbook's next sheet whose 自评表 names another 项目名称 than the form before it is
            // that project's own evaluation, whatever its year, kind and unit share)
            let other_project = body.contains("项目名称")
                && match (project_name(&body), paras[prev.1..prev.2].iter().find_map(|p| project_name(&p.text))) {
                    (Some(a), Some(b)) => a != b,
                    _ => false,
                };
            if (!other_project || repeated)
                && (table_only
                    || section
                    || repeated
                    || (relevant || !prev.5)
                        && fiscal_year(&block, &body, kind_of(&block)) == prev.4.year
                        && kind_of(&block) == prev.4.kind
                        && same())
            {
                prev.2 = e;
                prev.5 |= relevant;
                continue;
            }
        }
        // a part about something else (an air-quality report) needs no identity
        // (a county's part of a round-up is read alone: the other counties' headings are not its)
        let whole = if head { body.as_str() } else { file_text.as_str() };
        let mut id = if relevant { identify(&block, &body, whole, g) } else { Identity::default() };
        // a county's part is its heading's county's, in the round-up's year; a unit read from it
        // that is not the county's (the round-up's signature under the last part) is none
        if let Some(h) = county_head.filter(|_| relevant) {
            let r = h.region;
            let stem = r.county.trim_end_matches(['县', '区', '市', '旗']);
            if !id.unit.contains(stem) {
                id.unit.clear();
            }
            (id.county, id.city, id.province) = (r.county.clone(), r.city.clone(), r.province.clone());
            id.year = round_up_year.or(id.year);
            id.kind = round_up.map_or(id.kind, |(_, k)| k);
        }
        parts.push((t, a, e, block, id, relevant));
    }
    let mut out = Vec::with_capacity(parts.len());
    for (t, a, e, block, id, relevant) in parts {
        // a table whose rows are each a record of their own (a city's of its counties, a
        // department's of its projects): a part ending on each row, under the table's header
        let many = many_rows(paras, a, e, g).filter(|m| match m.kind {
            // (a city's text, though a county it names was taken for its place: a county of its
            // table)
            Many::Places => {
                relevant
                    && (id.county.is_empty()
                        || m.rows.iter().any(|(_, r)| r.is_some_and(|r| r.county == id.county && r.city == id.city)))
            }
            Many::Projects => true,
        });
        let Some(m) = many else {
            if relevant {
                out.push(Segment { id, title_line: paras[t].first_line(), paras: &paras[a..e] });
            }
            continue;
        };
        // (a department's table of projects is about drug control by its drug-control rows, what
        // its title says)
        let id = if relevant {
            Identity { county: if m.kind == Many::Places { String::new() } else { id.county.clone() }, ..id }
        } else {
            let body: String = paras[a..e].iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
            identify(&block, &body, &file_text, g)
        };
        match m.whole {
            // (the city's own part: the text around the table, and its row of the whole)
            Some(end) => out.push(Segment { id: id.clone(), title_line: paras[t].first_line(), paras: &paras[a..end] }),
            None if m.kind == Many::Places => {
                out.push(Segment { id: id.clone(), title_line: paras[t].first_line(), paras: &paras[a..m.header] })
            }
            // (a department's own text before its table of projects, when it states figures)
            None if paras[a + 1..m.header]
                .iter()
                .any(|p| !unit_caption(&p.text) && has_figures_beyond_years(std::slice::from_ref(p))) =>
            {
                out.push(Segment { id: id.clone(), title_line: paras[t].first_line(), paras: &paras[a..m.header] })
            }
            None => {}
        }
        for (k, region) in m.rows {
            let mut own = id.clone();
            if let Some(r) = region {
                own.unit.clear();
                (own.county, own.city, own.province) = (r.county.clone(), r.city.clone(), r.province.clone());
            }
            out.push(Segment { id: own, title_line: paras[k].first_line(), paras: &paras[m.caption..=k] });
        }
    }
    out
}

use super::cells::Role;
use super::table::Many;

/// A table in `paras[a..e]` whose rows are each a record of their own (`table::Many`).
struct ManyRows<'g> {
    kind: Many,
    /// the first paragraph its rows' parts begin with: the header, or the caption of its money
    /// unit right above it (金额单位：元)
    caption: usize,
    header: usize,
    /// the end of the part of the whole (the city's): after its row of the whole (合计), or the
    /// part's end when that row is the table's last; none without such a row
    whole: Option<usize>,
    /// each own row (a county's, with its county; a drug-control project's)
    rows: Vec<(usize, Option<&'g Region>)>,
}

/// The table of `paras[a..e]` whose rows are each a record of their own: a city's table of two or
/// more of its counties (县（市、区） | 年初预算数 | 全年执行数 | 执行率 / 华容县 | … / 合计 | …), or a
/// department's summary table of two or more projects' self-evaluations (项目名称 | 预算数 | 执行数 |
/// 执行率 | 自评得分), of which the drug-control ones are records.
fn many_rows<'g>(paras: &[Para], a: usize, e: usize, g: &'g Gazetteer) -> Option<ManyRows<'g>> {
    let context = paras.get(a).map_or("", |p| p.text.as_str());
    let (header, kind) = (a..e).find_map(|i| {
        let p = &paras[i];
        if !p.table_row {
            return None;
        }
        // (cheap test first: the first cell names places or projects — or is empty under a row
        // whose first cell names places, 县（市、区） | 禁毒专项经费（万元） / | 预算数 | 执行数)
        let first = p.text.split('\t').next().unwrap_or("").trim();
        let above = |i: usize| {
            i > a
                && paras[i - 1].table_row
                && super::table::places_column(paras[i - 1].text.split('\t').next().unwrap_or(""))
        };
        let under_places = first.is_empty() && above(i);
        if !(super::table::places_column(first) || first.starts_with("项目") || first == "序号" || under_places) {
            return None;
        }
        let cells: Vec<&str> = p.text.split('\t').collect();
        // (a city's table of counts by county: 地区 | 破获毒品刑事案件（起） | 刑事拘留（人）)
        if super::table::places_counts_header(&cells).is_some() {
            return Some((i, Many::Places));
        }
        let roles = super::cells::header(&cells)?;
        let label: String = cells.iter().take_while(|c| super::cells::role(c).is_none()).map(|c| c.trim()).collect();
        let money = roles.iter().any(|r| matches!(r, Role::Budget | Role::BudgetInitial | Role::Actual));
        let other = roles
            .iter()
            .any(|r| matches!(r, Role::Result | Role::Target | Role::Year(_) | Role::Current | Role::Points));
        if under_places && label.is_empty() && money && !other {
            return Some((i, Many::Places));
        }
        super::table::many_of(&label, &roles).map(|m| (i, m))
    })?;
    // (a header over two rows: its row naming the places' column opens the table)
    let top = if header > a && paras[header - 1].table_row && paras[header].text.starts_with('\t') {
        header - 1
    } else {
        header
    };
    let end = (header + 1..e).find(|&i| !paras[i].table_row).unwrap_or(e);
    let mut rows = Vec::new();
    let mut whole = None;
    let mut others = 0;
    for (k, p) in paras.iter().enumerate().take(end).skip(header + 1) {
        let cells: Vec<&str> = p.text.split('\t').collect();
        // (its first cell of words, after its number or an empty cell: 1 | 华容县 | …, | 合计 | …)
        let label = cells.iter().map(|c| c.trim()).find(|c| !c.bytes().all(|b| b.is_ascii_digit())).unwrap_or("");
        match kind {
            Many::Places => match super::table::place_row(label) {
                Some(true) => whole = Some(k),
                Some(false) => {
                    if let Some(r) = g.county_named(label, context) {
                        if !rows.iter().any(|(_, o): &(usize, Option<&Region>)| o.is_some_and(|o| o.code == r.code)) {
                            rows.push((k, Some(r)));
                        }
                    }
                }
                None => {}
            },
            Many::Projects => {
                if !super::table::project_row(label) {
                    continue;
                }
                if label.contains('毒') {
                    rows.push((k, None));
                } else {
                    others += 1;
                }
            }
        }
    }
    let enough = match kind {
        // (the counties of one city)
        Many::Places => rows.len() >= 2 && rows.iter().all(|(_, r)| r.map(|r| &r.city) == rows[0].1.map(|r| &r.city)),
        Many::Projects => !rows.is_empty() && rows.len() + others >= 2,
    };
    // (another table after a department's table of projects — the projects' own forms — is no
    // row's: the table is left whole)
    if !enough || kind == Many::Projects && paras[end..e].iter().any(|p| p.table_row) {
        return None;
    }
    // (the row of the whole after the counties' rows: the whole part is the city's)
    let last = rows.last().map_or(header, |r| r.0);
    let whole = whole.map(|w| if w > last { e } else { w + 1 });
    let caption =
        (top.saturating_sub(2).max(a)..top).find(|&i| (i..top).all(|j| unit_caption(&paras[j].text))).unwrap_or(top);
    Some(ManyRows { kind, caption, header, whole, rows })
}

/// A short line of a table's caption naming its unit of money (金额单位：元, 单位：万元).
fn unit_caption(t: &str) -> bool {
    t.len() <= 180 && t.chars().count() <= 60 && t.contains("单位") && super::cells::money_scale(t).is_some()
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The cheap tests before YEAR_LABEL and FULL_YEAR pass wherever the regexes match.
        #[test]
        fn year_gates_pass_every_match(parts in proptest::collection::vec(proptest::sample::select(vec![
            "评价", "预算", "项目", "所属", "实施", "执行", "年度", "：", ":", "\t", " ", "（", "）", "\n", "2023", "2022年", "度",
            "1", "12", "31", "01", ".", "-", "/", "—", "至", "年", "月", "日", "起至", "0", "禁毒",
        ]), 0..30)) {
            let body: String = parts.concat();
            if super::YEAR_LABEL.is_match(&body) {
                proptest::prop_assert!(super::year_label_word(&body), "{:?}", body);
            }
            if super::FULL_YEAR.is_match(&body) {
                proptest::prop_assert!(super::year_end_day(&body), "{:?}", body);
            }
        }
    }

    #[test]
    fn digits_are_counted_as_the_bytes_say() {
        for (t, n) in [("", 1), ("12345", 6), ("2023年6月26日", 6), ("禁毒1", 1), ("a1b2c3", 3), ("a1b2c3", 4)] {
            assert_eq!(super::digits_at_least(t, n), t.bytes().filter(u8::is_ascii_digit).count() >= n, "{t}");
        }
        // (past one chunk of 240 bytes: the digits of several chunks add up)
        let long = format!("{}1{}2{}3", "禁".repeat(100), "毒".repeat(100), "x".repeat(300));
        assert!(super::digits_at_least(&long, 3) && !super::digits_at_least(&long, 4));
        assert!(super::digits_at_least(&"9".repeat(1000), 1000));
    }

    #[test]
    fn year_gates_of_labels_and_whole_years() {
        for t in [
            "评价年度：2023",
            "（预算年度 2022年）",
            "项目实施年度\t2021",
            "执行年度：2022年度",
            "评价期间：2023.1.1—2023.12.31",
            "2022/01/01-2022/12/31",
            "2021年1月1日至2021年12月31日",
        ] {
            assert!(super::YEAR_LABEL.is_match(t) || super::FULL_YEAR.is_match(t), "{t}");
            assert!(super::year_label_word(t) || super::year_end_day(t), "{t}");
        }
        assert!(!super::year_label_word("2023年度禁毒工作总结") && !super::year_end_day("查获吸毒人员312名"));
    }

    use super::*;

    /// A cover's dated line (its sheet or page ending under it) above the form's title is no part of the title (its year is the
    /// year of writing; the form's caption (2022年度) states the fiscal year).
    #[test]
    fn cover_date_above_form_title() {
        for (text, year) in [
            ("项目支出绩效自评材料\n报告日期：2023年3月\n\n项目支出绩效自评表\n（2022年度）", 2022),
            ("填报日期：2023年4月\n\n部门整体支出绩效自评表\n（2022年度）", 2022),
            ("编制日期: 2023-02-15\n\n项目支出绩效自评表\n（2022年度）", 2022),
        ] {
            let doc = Doc::parse(text);
            let at = doc.paras.iter().position(|p| p.text.ends_with("自评表")).expect("a title");
            let block = title_block(&doc.paras, at);
            assert_eq!(year_of(&block, text), Some(year), "{text}: {block}");
        }
        assert!(labelled_date("报告日期：2023年3月") && !labelled_date("项目名称：禁毒专项经费"));
        assert_eq!(after_dated_lead("报告日期：2023年3月项目支出绩效自评表"), "项目支出绩效自评表");
        assert_eq!(after_dated_lead("报告日期：2023年3月"), "报告日期：2023年3月");
    }

    #[test]
    fn project_names_of_forms() {
        for (text, name) in [
            ("项目名称\t禁毒宣传经费\t主管部门\t某县公安局", Some("禁毒宣传经费")),
            ("项目名称：禁毒专项工作经费", Some("禁毒专项工作经费")),
            ("项目支出绩效自评表\n项目名称\t\t毛发检测经费", Some("毛发检测经费")),
            ("项目资金（万元）\t年初预算数", None),
        ] {
            assert_eq!(project_name(text), name, "{text}");
        }
    }

    /// A workbook with a sheet per project (the same unit and year): a record per project; a
    /// form's next page under the same 项目名称 stays its record.
    #[test]
    fn a_sheet_per_project_is_a_record_each() {
        let form = |name: &str, budget: &str| {
            format!(
                "项目支出绩效自评表\n（2022年度）\n项目名称\t{name}\t\t主管部门\t晋江市公安局\t实施单位\t晋江市禁毒委员会办公室\n\
                 项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\
                 年度资金总额\t{budget}\t{budget}\t30\t10\t95%\t9.5\n总分\t\t\t\t\t100\t95\n\n"
            )
        };
        let g = super::super::regions::Gazetteer::global();
        let two = format!("{}{}", form("禁毒宣传教育经费", "32"), form("吸毒人员排查管控经费", "50"));
        let doc = Doc::parse(&two);
        let segs = segments(&doc, g);
        assert_eq!(segs.len(), 2);
        assert!(segs.iter().all(|s| s.id.year == Some(2022) && s.id.kind == Kind::Project));
        let same = format!("{}{}", form("禁毒宣传教育经费", "32"), form("禁毒宣传教育经费", "32"));
        assert_eq!(segments(&Doc::parse(&same), g).len(), 1);
    }

    #[test]
    fn units_from_titles() {
        assert_eq!(unit_of("南岳区社会化禁毒事务中心2021年度部门整体支出绩效评价报告"), "南岳区社会化禁毒事务中心");
        assert_eq!(
            unit_of("2024年度岳阳市岳阳楼区禁毒社会化服务中心整体支出绩效自评报告"),
            "岳阳市岳阳楼区禁毒社会化服务中心"
        );
        assert_eq!(unit_of("财政专项资金绩效评价报告（项目：社区戒毒专项工作经费）湘阴县司法局"), "湘阴县司法局");
        assert_eq!(unit_of("2021年度禁毒办重点项目绩效自评报告"), "禁毒办");
        // (a cited notice's issuer is no unit of the text's)
        assert_eq!(
            unit_of(
                "根据《甘肃省禁毒委员会办公室关于开展全省毛发采集工作的通知》要求，张掖市甘州区禁毒办完成毛发采集工作"
            ),
            "张掖市甘州区禁毒办"
        );
        // the project is named in front, the unit after the title
        assert_eq!(
            unit_of("关于二〇二二年度禁毒专项经费绩效自评情况的报告耿马傣族佤族自治县禁毒委员会办公室"),
            "耿马傣族佤族自治县禁毒委员会办公室"
        );
        assert_eq!(unit_of("某县公安局禁毒大队2024年度禁毒经费项目绩效自评报告"), "某县公安局禁毒大队");
        // a headline telling of a count names no unit
        for title in ["菏泽168个乡镇成立戒毒社区康复办公室", "某县12个乡镇建成禁毒工作站", "全市三个街道设立禁毒办"]
        {
            assert_eq!(unit_of(title), "", "{title}");
        }
        // a summary titled 关于…工作的总结 (or 年终总结, 工作汇报), the unit on the line after it
        for (title, unit) in [
            ("关于2020年度禁毒工作的总结澄海区禁毒委员会办公室", "澄海区禁毒委员会办公室"),
            ("2021年禁毒年终总结丰顺县禁毒委员会办公室", "丰顺县禁毒委员会办公室"),
            ("关于2022年禁毒工作的汇报紫金县公安局", "紫金县公安局"),
            ("镇平县禁毒委员会办公室关于2019年禁毒工作的总结", "镇平县禁毒委员会办公室"),
            ("2023年度禁毒工作述职报告洛宁县禁毒办", "洛宁县禁毒办"),
            // (an evaluation of a fund's use, the unit on the line after it)
            ("关于2022年度禁毒专项经费使用情况的自评报告嘉禾县禁毒委员会办公室", "嘉禾县禁毒委员会办公室"),
            ("2021年度社区戒毒经费使用情况自评报告某县司法局", "某县司法局"),
            ("禁毒宣传经费项目评价报告某县公安局", "某县公安局"),
            ("嘉禾县禁毒委员会办公室关于2022年度禁毒专项经费使用情况的自评报告", "嘉禾县禁毒委员会办公室"),
        ] {
            assert_eq!(unit_of(title), unit, "{title}");
        }
    }

    #[test]
    fn a_unit_ends_at_its_organ() {
        assert_eq!(
            cap_unit("县公安局禁毒大队荣获全国禁毒工作先进集体称号 2015年以来，该大队始终坚持严打方针"),
            "县公安局禁毒大队"
        );
        assert_eq!(cap_unit("文成县禁毒委员会办公室"), "文成县禁毒委员会办公室");
        assert_eq!(cap_unit("禁毒工作取得新成效，全县禁毒办"), "");
        assert_eq!(cap_unit(""), "");
        // a dateline before the organ is the medium's and the place it filed from
        for (u, want) in [
            ("新华社北京6月19日电国家禁毒办", "国家禁毒办"),
            ("中新网成都6月14日电成都市公安局", "成都市公安局"),
            ("本报某市3月26日讯市公安局禁毒支队", "市公安局禁毒支队"),
            ("某县6月禁毒办", "某县6月禁毒办"),
            // a reporter's source names the organ after 从 / 据; a column's name stands before 丨
            ("记者从云南昆明市禁毒委员会", "云南昆明市禁毒委员会"),
            ("（记者王明）记者近日从某县公安局", "某县公安局"),
            ("记者据市禁毒办", "市禁毒办"),
            ("记者从青海省西宁市公安局举办的新闻发布会获悉", "青海省西宁市公安局"),
            ("禄警护航丨禁毒大队", "禁毒大队"),
            ("平安某县|县公安局禁毒大队", "县公安局禁毒大队"),
        ] {
            assert_eq!(cap_unit(u), want, "{u}");
        }
        assert_eq!(title_year("2015年以来西峡禁毒成效显著"), None);
        // (a byline's day date run into the title block dates the writing, and so does a
        // byline's line in the body: the year told of is the body's)
        assert_eq!(
            year_of("剑阁县禁毒工作综述", "剑阁县禁毒委员会办公室　2024年2月6日\n2023年，我县破获毒品刑事案件12起。"),
            Some(2023)
        );
        // (a byline's day date run into the title block dates the writing)
        assert_eq!(title_year("剑阁县禁毒工作综述 剑阁县禁毒委员会办公室　2024年2月6日"), None);
        assert_eq!(title_year("剑阁县2023年禁毒工作综述"), Some(2023));
        assert_eq!(title_year("2016年至2020年禁毒回眸暨2021年禁毒工作总结"), Some(2021));
    }

    #[test]
    fn years() {
        assert_eq!(year_of("2022年湘潭县禁毒委员会办公室部门整体支出绩效评价报告", ""), Some(2022));
        assert_eq!(year_of("关于二〇二二年度禁毒专项经费绩效自评情况的报告", "2023年3月"), Some(2022));
        assert_eq!(
            year_of("财政专项资金绩效评价报告", "湘阴府阅【2013】75号。2013年启动。2021年完成目标。2021年度拨付。"),
            Some(2021)
        );
    }

    /// A period of one whole year in dates of any writing dates an evaluation whose title names
    /// no year; a period of part of a year, or across two years, does not.
    #[test]
    fn a_whole_years_period_is_its_year() {
        let title = "某县禁毒委员会办公室部门整体支出绩效自评报告";
        for (body, want) in [
            ("（评价期间：2023.1.1—2023.12.31）\n一、预算执行情况：执行数214万元。", Some(2023)),
            ("评价时段：2022/01/01-2022/12/31。全年执行数88万元。", Some(2022)),
            ("本次评价范围为2021年1月1日至2021年12月31日的资金使用。", Some(2021)),
            ("项目实施期：2020-01-01～2020-12-31", Some(2020)),
            // (half a year, or a span across years, is no whole year)
            ("（评价期间：2023.1.1—2023.6.30）2024年3月。", Some(2024)),
            ("项目周期2022.1.1—2023.12.31，2024年评价。", Some(2024)),
            // (a form's label of the year)
            ("评价年度：2023\n部门名称：某县禁毒办\n2024年3月填报", Some(2023)),
            ("预算年度\t2022年\n年度预算数\t76.8", Some(2022)),
            ("所属年度：2021年度\n2022年2月", Some(2021)),
        ] {
            assert_eq!(year_of(title, body), want, "{body}");
        }
    }

    #[test]
    fn kinds() {
        assert_eq!(kind_of("部门整体支出绩效评价报告"), Kind::Whole);
        assert_eq!(kind_of("财政专项资金绩效评价报告"), Kind::Project);
        assert_eq!(kind_of("禁毒办重点项目绩效自评报告"), Kind::Project);
        assert_eq!(kind_of("2023年禁毒工作总结"), Kind::Summary);
        // a special operation (专项行动, 专项整治) is police work, not special money
        assert_eq!(kind_of("河南警方开展大收戒专项行动 俩月查获3万多名瘾君子"), Kind::Summary);
        assert_eq!(kind_of("我县禁毒专项整治取得阶段性成效"), Kind::Summary);
        assert_eq!(kind_of("全市开展禁毒专项治理"), Kind::Summary);
        assert_eq!(kind_of("2022年禁毒专项经费使用情况"), Kind::Project);
        // a fund of the work named in the title is a project's money; a unit's budget is not
        assert_eq!(kind_of("关于2022年度禁毒工作经费使用情况的报告"), Kind::Project);
        assert_eq!(kind_of("某县2023年度禁毒经费绩效自评报告"), Kind::Project);
        assert_eq!(kind_of("某县公安局2023年部门预算及“三公”经费预算公开说明"), Kind::Whole);
        assert_eq!(kind_of("禁毒专项工作经费绩效自评"), Kind::Project);
        // a bulletin on a special fund's use is its evaluation; on the year's work, a summary
        assert_eq!(kind_of("关于2022年度禁毒专项资金使用情况的通报"), Kind::Project);
        assert_eq!(kind_of("关于2023年度全市禁毒工作情况的通报"), Kind::Summary);
        // (performance targets met, with no money stated: the work's results; with money, the unit's
        // spending evaluated)
        let t = "龙游县2023年度禁毒工作绩效目标完成情况";
        assert_eq!(kind_in(t, "破获毒品刑事案件9起，查处吸毒人员21人次。"), Kind::Summary);
        assert_eq!(kind_in(t, "全年预算数45万元，执行数43.2万元。破获毒品刑事案件9起。"), Kind::Whole);
        // (the work's assessment or ranking, 绩效考评 / 绩效考核, over a text of no money evaluated:
        // news of results; a unit's report of its money under such a title stays an evaluation)
        for (title, body, kind) in [
            (
                "灵山县：禁毒课堂进田间——全县禁毒工作绩效考评再获全市第一",
                "县禁毒办组织宣讲小分队入村宣传。",
                Kind::Summary,
            ),
            ("我县禁毒工作绩效考核位列全省前列", "全年破获毒品刑事案件11起，缴获毒资3万元。", Kind::Summary),
            ("某旗禁毒委员会办公室荣获全盟禁毒工作绩效考评先进集体", "一年来，全旗查处吸毒人员8人。", Kind::Summary),
            ("某县禁毒办2023年度绩效考核", "全年预算数45万元，支出43.2万元。", Kind::Whole),
            ("某县禁毒办绩效考评自评报告", "本单位年初预算36万元。", Kind::Whole),
            ("某区禁毒工作绩效考核情况", "部门整体支出绩效评价工作按要求开展。", Kind::Whole),
        ] {
            assert_eq!(kind_in(title, body), kind, "{title}");
        }
    }

    /// A city's table of its counties: a record per county row (its county, the text's year and
    /// kind, no unit), the 合计 row and the text around the table the city's — whether 合计
    /// stands last or first; a county's table of its towns, of its years or of its projects
    /// under no score is one record.
    #[test]
    fn a_citys_table_of_its_counties_is_a_record_each() {
        let g = super::super::regions::Gazetteer::global();
        let last = "岳阳市禁毒委员会办公室关于2023年度禁毒专项经费执行情况的通报\n\
                    全市年初预算数合计620万元。\n\
                    单位：万元\n\
                    县（市、区）\t年初预算数\t全年执行数\t执行率\n\
                    华容县\t120\t117.6\t98%\n平江县\t140\t137.2\t98%\n市本级\t90\t88\t97.78%\n合计\t350\t342.8\t97.94%\n";
        let doc = Doc::parse(last);
        let segs = segments(&doc, g);
        let places: Vec<(&str, &str, usize)> =
            segs.iter().map(|s| (s.id.county.as_str(), s.id.city.as_str(), s.paras.len())).collect();
        assert_eq!(places, [("", "岳阳市", 8), ("华容县", "岳阳市", 3), ("平江县", "岳阳市", 4)]);
        assert!(segs.iter().all(|s| s.id.year == Some(2023) && s.id.kind == Kind::Project));
        assert!(segs[1].id.unit.is_empty() && !segs[0].id.unit.is_empty());
        // (合计 first: the city's part ends on it)
        let first = "清远市禁毒委员会办公室关于2022年度禁毒专项经费执行情况的通报\n\
                     单位\t预算数\t支出数\t执行率\n合计\t280\t268.8\t96%\n\
                     清城区\t160\t158.4\t99%\n清新区\t120\t110.4\t92%\n";
        let doc = Doc::parse(first);
        let segs = segments(&doc, g);
        let places: Vec<(&str, usize)> = segs.iter().map(|s| (s.id.county.as_str(), s.paras.len())).collect();
        assert_eq!(places, [("", 3), ("清城区", 3), ("清新区", 4)]);
        // (a header over two rows, the places' column named on the upper one)
        let two = "岳阳市禁毒委员会办公室关于2023年度禁毒专项经费执行情况的通报\n\
                   县（市、区）\t禁毒专项经费（万元）\t\t\n\t预算数\t执行数\t执行率\n\
                   华容县\t120\t117.6\t98%\n平江县\t140\t137.2\t98%\n合计\t260\t254.8\t98%\n";
        let doc = Doc::parse(two);
        let places: Vec<(String, usize)> =
            segments(&doc, g).into_iter().map(|s| (s.id.county, s.paras.len())).collect();
        assert_eq!(places, [(String::new(), 6), ("华容县".to_string(), 3), ("平江县".to_string(), 4)]);
        // controls: a county's towns, its years, its projects
        for one in [
            "祁阳市2023年禁毒工作总结\n乡镇（街道）\t预算数\t执行数\t执行率\n浯溪街道\t12\t11\t91.67%\n\
             长虹街道\t10\t9.5\t95%\n合计\t22\t20.5\t93.18%\n",
            "丘北县禁毒委员会办公室2023年度禁毒经费绩效自评报告\n年度\t预算数\t执行数\t执行率\n\
             2022年\t30\t29\t96.67%\n2023年\t32\t31\t96.88%\n",
            "陆良县禁毒委员会办公室2023年度部门整体支出绩效自评报告\n项目名称\t预算数\t执行数\t执行率\n\
             禁毒宣传经费\t15\t14.6\t97.33%\n社区戒毒社区康复经费\t25\t24.1\t96.40%\n合计\t40\t38.7\t96.75%\n",
        ] {
            assert_eq!(segments(&Doc::parse(one), g).len(), 1, "{one}");
        }
    }

    /// A city's table of counts by county (地区 | 破获毒品刑事案件（起） | …, 序号 first or not, 合计
    /// first or last): a record per county row, the city's text with its row of the whole its own;
    /// 市直 and 其他县（市、区） rows none.
    #[test]
    fn a_citys_table_of_counts_by_county_is_a_record_each() {
        let g = super::super::regions::Gazetteer::global();
        for (text, city) in [
            (
                "衡阳市禁毒委员会办公室关于2023年度全市禁毒工作的通报\n全市共破获毒品刑事案件186起。\n\
                 序号\t县（市、区）\t破获毒品刑事案件（起）\t刑事拘留（人）\n1\t市直\t22\t31\n\
                 2\t珠晖区\t19\t25\n3\t衡阳县\t27\t36\n\t合计\t186\t243\n",
                vec![("", 7), ("珠晖区", 3), ("衡阳县", 4)],
            ),
            (
                "梧州市2023年禁毒工作主要数据通报\n地区\t破获毒品刑事案件（起）\t同比（%）\t查获吸毒人员（人次）\n\
                 全市\t118\t5.4\t296\n万秀区\t21\t10.5\t58\n藤县\t28\t3.7\t64\n",
                vec![("", 3), ("万秀区", 3), ("藤县", 4)],
            ),
            (
                "六安市2023年社区戒毒社区康复工作情况的通报\n县区\t在册社戒社康人员（名）\t管控率（%）\t尿检（人次）\n\
                 金安区\t265\t99.2\t2210\n裕安区\t241\t98.8\t2035\n全市\t1186\t98.7\t9820\n",
                vec![("", 5), ("金安区", 2), ("裕安区", 3)],
            ),
        ] {
            let doc = Doc::parse(text);
            let segs = segments(&doc, g);
            let got: Vec<(&str, usize)> = segs.iter().map(|s| (s.id.county.as_str(), s.paras.len())).collect();
            assert_eq!(got, city, "{text}");
            assert!(segs.iter().all(|s| s.id.year == Some(2023) && s.id.kind == Kind::Summary), "{text}");
        }
        // (controls: a county's table of its towns' counts; a table of money stays as it was)
        let towns = "祁阳市2023年禁毒工作总结\n乡镇（街道）\t破获毒品刑事案件（起）\t查获吸毒人员（人次）\n\
                     浯溪街道\t3\t12\n长虹街道\t2\t9\n合计\t5\t21\n";
        assert_eq!(segments(&Doc::parse(towns), g).len(), 1);
    }

    /// A city's paragraph going county by county (从复核情况看，大祥区…；北塔区…；武冈市…。): a record
    /// per county's clause, the city's text before them its own, the city's closing and signature
    /// none of the last county's; a county's own text naming its towns stays one record.
    #[test]
    fn a_citys_paragraph_going_county_by_county_is_a_record_each() {
        let g = super::super::regions::Gazetteer::global();
        let text = "邵阳市财政局关于2022年度禁毒专项资金绩效自评情况的通报\n\
                    全市共下达资金520万元，预算执行率95.88%。从复核情况看，大祥区资金执行率99.2%，自评得分97分；\
                    北塔区资金执行率96.5%，自评得分94分；三台县资金执行率90%；武冈市资金执行率98.1%，自评得分96.5分。\n\
                    请各地认真整改。\n邵阳市财政局\n2023年5月20日\n";
        let doc = Doc::parse(text);
        let segs = segments(&doc, g);
        let got: Vec<(&str, usize)> = segs.iter().map(|s| (s.id.county.as_str(), s.paras.len())).collect();
        // (三台县 is of another city: no clause of this one's, it stays in 北塔区's)
        assert_eq!(got, [("", 2), ("大祥区", 1), ("北塔区", 1), ("武冈市", 1)]);
        assert!(segs[2].paras[0].text.contains("三台县"));
        assert!(segs.iter().all(|s| s.id.year == Some(2022) && s.id.kind == Kind::Project));
        let own = "新化县2023年禁毒工作总结\n全县共破获毒品刑事案件18起。其中，上梅街道破获5起；\
                   洋溪镇破获4起；琅塘镇破获3起。\n";
        assert_eq!(segments(&Doc::parse(own), g).len(), 1);
    }

    /// A city's text going county by county a paragraph each, opening on the county's name and its
    /// figures: a record per county paragraph (three or more in a row), the closing none of the
    /// last county's; two such paragraphs, or a county's text naming its towns, stay one record.
    #[test]
    fn a_citys_paragraph_per_county_is_a_record_each() {
        let g = super::super::regions::Gazetteer::global();
        let text = "汕头市禁毒委员会办公室关于2023年各区县禁毒工作情况的通报\n\
                    2023年，全市共破获毒品刑事案件76起，刑事拘留102人。各区县工作情况如下：\n\
                    金平区破获毒品刑事案件18起，刑事拘留25人。\n龙湖区破获毒品刑事案件15起，刑事拘留19人。\n\
                    南澳县破获毒品刑事案件2起，刑事拘留3人。\n请各区县对照先进，查找不足。\n";
        let doc = Doc::parse(text);
        let segs = segments(&doc, g);
        let got: Vec<(&str, usize)> = segs.iter().map(|s| (s.id.county.as_str(), s.paras.len())).collect();
        assert_eq!(got, [("", 2), ("金平区", 1), ("龙湖区", 1), ("南澳县", 1)]);
        assert!(segs.iter().all(|s| s.id.year == Some(2023) && s.id.kind == Kind::Summary));
        // (the city's opening stating one count is the city's record still)
        let one = "汕头市2023年禁毒工作情况通报\n全市共破获毒品刑事案件76起。\n\
                   金平区破获毒品刑事案件18起。\n龙湖区破获毒品刑事案件15起。\n南澳县破获毒品刑事案件2起。\n";
        let doc = Doc::parse(one);
        let got: Vec<String> = segments(&doc, g).into_iter().map(|s| s.id.county).collect();
        assert_eq!(got, ["", "金平区", "龙湖区", "南澳县"]);
        let two = "汕头市2023年禁毒工作情况\n全市共破获毒品刑事案件76起。\n\
                   金平区破获毒品刑事案件18起。\n龙湖区破获毒品刑事案件15起。\n";
        assert_eq!(segments(&Doc::parse(two), g).len(), 1);
    }

    /// A city's bulletin going county by county, each county's item under its name run in as a
    /// numbered heading — closed by a colon or a full stop ((一)武陵区。…, 1.武陵区：…) —: a record per
    /// county, of the bulletin's year and kind, though an item names no drug control itself.
    #[test]
    fn a_bulletins_counties_run_in_as_numbered_items() {
        let g = super::super::regions::Gazetteer::global();
        for sep in ["。", "："] {
            let text = format!(
                "常德市禁毒委员会办公室关于2023年度禁毒专项经费绩效自评情况的通报\n\
                 全市禁毒专项经费预算执行率为94.6%。各地情况如下：\n\
                 （一）武陵区{sep}预算执行率98.2%，自评得分96分。\n（二）鼎城区{sep}预算执行率95.6%，自评得分93.5分。\n"
            );
            let doc = Doc::parse(&text);
            let segs = segments(&doc, g);
            let got: Vec<(&str, Option<i32>, Kind)> =
                segs.iter().map(|s| (s.id.county.as_str(), s.id.year, s.id.kind)).collect();
            assert_eq!(
                got,
                [
                    ("", Some(2023), Kind::Project),
                    ("武陵区", Some(2023), Kind::Project),
                    ("鼎城区", Some(2023), Kind::Project)
                ],
                "{sep}"
            );
        }
        // (a county's name closing a sentence of prose is no heading)
        assert!(run_in_county(g, "武陵区。预算执行率98.2%", "").is_none());
    }

    /// A city's table of counties numbered in a 序号 column, its 合计 under an empty number, in a
    /// text whose place was read as one of its counties: the city's and each county's.
    #[test]
    fn a_numbered_table_of_counties_in_a_text_placed_in_one_of_them() {
        let g = super::super::regions::Gazetteer::global();
        let text = "常德市2023年度各区县禁毒经费执行情况\n序号\t县（市、区）\t预算数（万元）\t执行数（万元）\t执行率\n\
                    1\t武陵区\t100\t98\t98%\n2\t鼎城区\t90\t86\t95.56%\n\t合计\t190\t184\t96.84%\n";
        let doc = Doc::parse(text);
        let got: Vec<(String, usize)> =
            segments(&doc, g).iter().map(|s| (s.id.county.clone(), s.paras.len())).collect();
        assert_eq!(got, [(String::new(), 5), ("武陵区".to_string(), 2), ("鼎城区".to_string(), 3)]);
    }

    /// A department's summary table of its projects' self-evaluations: a record per drug-control
    /// project's row (the department's unit, year and kind), none for another project or 合计.
    #[test]
    fn a_departments_table_of_projects_is_a_record_per_drug_project() {
        let g = super::super::regions::Gazetteer::global();
        let text = "黔西市公安局2023年度项目支出绩效自评结果汇总表\n金额单位：万元\n\
                    序号\t项目名称\t预算数\t执行数\t执行率\t自评得分\t自评等级\n\
                    1\t交通管理设施维护经费\t150\t132\t88%\t84\t良\n\
                    2\t禁毒宣传教育经费\t20\t19.1\t95.5%\t93\t优\n\
                    3\t社区戒毒社区康复工作经费\t35\t33.6\t96%\t92.5\t优\n合计\t\t205\t184.7\t90.1%\t\t\n";
        let doc = Doc::parse(text);
        let segs = segments(&doc, g);
        let rows: Vec<(&str, &str, usize)> =
            segs.iter().map(|s| (s.id.unit.as_str(), s.id.county.as_str(), s.paras.len())).collect();
        assert_eq!(rows, [("黔西市公安局", "黔西市", 4), ("黔西市公安局", "黔西市", 5)]);
        assert!(segs.iter().all(|s| s.id.year == Some(2023) && s.id.kind == Kind::Project));
    }

    /// An undated summary whose every year is told as past — an assessment's or an honour's, one
    /// set beside 今年, a span's start to now — speaks from the year after the latest of them; a
    /// plan's year is none of its telling. A year stating figures of its own keeps the text's
    /// reading as before.
    #[test]
    fn an_undated_text_telling_its_years_as_past_speaks_from_the_next() {
        for (body, want) in [
            // a town's quarter after its last year's honour, that year set beside 今年
            (
                "据介绍，该镇2021年禁毒工作取得了较好的成绩，获县里评为禁毒工作先进乡镇。今年第一季度，查处吸毒人员6人次。领导对该镇2021年和今年一季度的工作给予肯定，将支持该镇抓好2022年的禁毒工作。",
                Some(2022),
            ),
            // a city's release: spans from a year whose assessment it reports
            (
                "6月26日，某市召开新闻发布会，通报2022年以来全市禁毒工作情况。2022年全市禁毒工作综合考核位列全省第二，被省禁毒委授予“2022年全省禁毒工作综合奖”。2022年以来，累计破获毒品案件18起。",
                Some(2023),
            ),
            // a feature at 6·26 on a year's ranking
            (
                "2022年，某市禁毒工作在全区禁毒工作综合考核中再夺第一。在“6·26”国际禁毒日到来之际，记者走进该市禁毒局进行了采访。",
                Some(2023),
            ),
            (
                "近日，某县召开禁毒工作推进会。会上通报，该县2019年度禁毒工作考评位列全市第一，2020年和今年上半年各项工作稳步推进。",
                Some(2021),
            ),
        ] {
            assert_eq!(present_after_past_years(body), want, "{body}");
            assert_eq!(fiscal_year("", body, Kind::Summary), want, "{body}");
        }
        for body in [
            // a year's own figures beside its ranking: that year's account, no later present
            "2022年，全县共破获毒品刑事案件25起，禁毒工作综合考核位列全市第一。目前，全县现有吸毒人员120人。",
            // a span's start alone is written in its own year too
            "6月26日，某市通报2022年以来全市禁毒工作情况：累计破获毒品案件18起。",
            // a ranking with no present spoken from (a year-end summary's own)
            "2022年，某县禁毒工作在全市综合考核中位列第一。",
            // figures of last year beside its assessment: that year's account (the record is 去年's)
            "去年，某县截至去年12月底共破获涉毒刑事案件125起。在全市2014年度禁毒综合考评中，某县排名前三。今年，某县将推动禁毒宣传进校园。",
        ] {
            assert_eq!(present_after_past_years(body), None, "{body}");
        }
        assert_eq!(told("抓好2022年的禁毒工作", "抓好".len(), "抓好2022年".len()), Told::Plan);
        assert_eq!(told("对2021年和今年的工作", "对".len(), "对2021年".len()), Told::Past);
        assert_eq!(told("2022年以来，全市", 0, "2022年".len()), Told::Since);
        assert_eq!(told("2022年，全市破获毒品案件9起。", 0, "2022年".len()), Told::Own);
        assert_eq!(told("2021年被评为全省禁毒示范县的古丈县", 0, "2021年".len()), Told::Own);
        // (a headline block that ran on into its byline and a lead opening on a year: that year is
        // the lead's, and the text is dated as above)
        let body = "利通区：织密禁毒防控网\n——全区禁毒工作综合考核再获优秀等次\n本报记者 马兰\n2023年，利通区禁毒工作在全市禁毒工作综合考核中再次位列第一。在“6·26”国际禁毒日到来之际，记者走进利通区禁毒办。\n";
        let title = "利通区：织密禁毒防控网——全区禁毒工作综合考核再获优秀等次本报记者 马兰2023年，利通区禁毒工作在全市禁毒工作综合考核中再次位列第一。在“6·26”国际禁毒日到来之际，记者走进利通区禁毒办。";
        assert_eq!(fiscal_year(title, body, Kind::Summary), Some(2024));
        let title = "某县禁毒工作再上新台阶 记者 王磊 通讯员 陈曦2022年，某县共破获毒品刑事案件12起。";
        assert_eq!(fiscal_year(title, "2022年，某县共破获毒品刑事案件12起。", Kind::Summary), Some(2022));
        // (a title stating its year before the byline keeps it)
        let title = "某县2021年禁毒工作综述 本报记者 李明2022年，某县召开总结会。";
        assert_eq!(fiscal_year(title, "2022年，某县召开总结会。", Kind::Summary), Some(2021));
    }

    /// A year's work conference reviews the year before; a span from a past year to this one
    /// starts before this year.
    #[test]
    fn conference_and_span_years() {
        for (title, body, want) in [
            (
                "在全县2025年禁毒工作会议上的讲话",
                "同志们：回首即将过去的2024年，全县共侦破涉毒刑事案件30起。",
                Some(2024),
            ),
            ("2023年全市禁毒工作会议召开", "会议回顾了过去的2022年，全市破获毒品刑事案件88起。", Some(2022)),
            ("2023年全市禁毒工作会议召开", "会议部署了2023年的禁毒工作，要求全年破获案件不少于90起。", Some(2023)),
            // a deployment meeting reporting on the year before (通报了2021年…总体情况; 总结2019年工作)
            (
                "2月23日下午，某市禁毒委召开2022年全市禁毒工作部署会，回顾总结去年禁毒工作情况，研究部署今年工作任务。",
                "会上，市禁毒办主任通报了2021年全市禁毒工作总体情况。2021年，全市禁毒工作取得显著成效。2022年，全市各级禁毒部门要以防控涉毒风险为抓手。",
                Some(2021),
            ),
            ("某县2020年禁毒工作会议召开", "会议总结2019年禁毒工作，部署2020年禁毒工作任务。", Some(2019)),
            // the conference's figures told as last year's
            (
                "2012年全区禁毒工作会议召开",
                "会议通报，去年全区共破获各类毒品案件1000余起，去年查获吸毒人员860人。",
                Some(2011),
            ),
            (
                "某县召开2024年禁毒工作会议",
                "会议指出，2023年，全县共破获毒品刑事案件25起，查获吸毒人员58人。",
                Some(2023),
            ),
            (
                "2019年全市禁毒工作会议召开",
                "去年，全市破获毒品刑事案件88起；今年，全市将力争破获案件90起。",
                Some(2018),
            ),
            // …not when this year's figures are told
            (
                "2016年全县禁毒工作推进会召开",
                "今年以来，全县破获毒品刑事案件12起，今年查处吸毒人员40人，比去年同期上升5%。",
                Some(2016),
            ),
            ("2021年禁毒工作总结", "回顾2020年，全县工作扎实。2021年，全县破获毒品刑事案件12起。", Some(2021)),
            // a year's conference held the year after it, as the page's date says: its 去年 is the
            // year the title names
            (
                "某县召开2023年度禁毒工作会议",
                "发布时间：2024年1月19日\n会议通报，去年全县共破获毒品刑事案件9起，查处吸毒人员35人。",
                Some(2023),
            ),
            // (held by telephone and television or by video, or joined to another meeting: the year's
            // work conference all the same)
            (
                "全县2024年禁毒工作电视电话会议召开",
                "时间：2024-03-01 16:51:20\n会议总结了2023年禁毒工作：全县破获毒品刑事案件9起，查处吸毒人员24人次。",
                Some(2023),
            ),
            (
                "2024年全省禁毒工作视频会议召开",
                "发布时间：2024-02-21\n会议指出，2023年，全省共破获毒品犯罪案件2871起。",
                Some(2023),
            ),
            (
                "全县2024年禁毒工作暨禁毒示范创建推进会召开",
                "发布时间：2024-03-06\n会议通报，2023年，全县破获毒品刑事案件12起，查处吸毒人员33人次。",
                Some(2023),
            ),
        ] {
            assert_eq!(fiscal_year(title, body, Kind::Summary), want, "{title}");
        }
        for (body, want) in [
            ("自2009年至今年5月底，全省共破获毒品违法犯罪案件2453起。2010年1月2日，某市公安局破获一起案件。今年前5个月全省破获案件363起。", Some(2010)),
            ("2018年6月到今年，全市查处吸毒人员120人。2019年3月，某县破获一起案件。今年以来全市破获毒品刑事案件9起。", Some(2019)),
        ] {
            assert_eq!(fiscal_year("国际禁毒日宣传活动", body, Kind::Summary), want, "{body}");
        }
    }

    /// A page with no title lends its first paragraph as one: the years of its later sentences
    /// are the body's, and this year's campaign (清源断流——2023) dates an undated 今年.
    #[test]
    fn a_paragraph_lent_as_title_names_no_year_after_its_first_sentence() {
        for text in [
            "本报讯 6月12日，某市禁毒宣传活动启动。今年以来，全市破获毒品刑事案件4起。2022年，全市实现了四个下降。围绕“清源断流——2023”专项行动，全市查处吸毒人员20人。",
            "本报讯（记者 李明）5月30日，某县召开禁毒工作推进会。据了解，2021年，该县毒情持续好转。今年以来，全县紧扣“净边2022”行动，查处吸毒人员31人。",
        ] {
            let want = if text.contains("2023") { Some(2023) } else { Some(2022) };
            assert_eq!(fiscal_year(text, text, Kind::Summary), want, "{text}");
        }
        // a title that is one sentence keeps its year
        assert_eq!(fiscal_year("2021年全市禁毒工作综述。", "全市破获毒品刑事案件12起。", Kind::Summary), Some(2021));
        // …and a comparison's baseline in it (比2008年底增加…) is never its year
        for text in [
            "截至2009年底，全国现有登记在册吸毒人员1335920人，比2008年底增加209158人。2009年全国共强制隔离戒毒17.3万人。",
            "2009年全县破获毒品刑事案件42起，较2008年增加6起。全县查处吸毒人员130人。",
            "截至2009年底，全省在册吸毒人员2.1万名，与2008年底相比下降3%。",
        ] {
            assert_eq!(fiscal_year(text, text, Kind::Summary), Some(2009), "{text}");
        }
        // (从 in a headline names a source, no baseline: 记者从2025年…新闻发布会上获悉)
        let text = "中新网南昌6月20日电 20日，记者从2025年全省禁毒工作新闻发布会上获悉，2024年全省缴获毒品791千克。今年前5月，全省共侦破毒品刑事案件734起。";
        assert_eq!(fiscal_year(text, text, Kind::Summary), Some(2025), "{text}");
    }

    /// A summary published in one year stating last year's figures by that year's number, and no
    /// figure of this year (今年 only in a remark without one), is last year's account; with
    /// figures of this year (今年以来…破获…起) it is this year's.
    #[test]
    fn last_years_figures_by_number_date_the_summary() {
        for (body, want) in [
            ("2021年06月18日 13:15\n2020年全省公安机关破获毒品刑事案件1994起，移送起诉3052人。今年，某市被列为全国禁毒示范城市。", Some(2020)),
            ("发布时间：2019-06-25\n2018年，全县共侦破毒品刑事案件41起，查处吸毒人员120人。今年全县将继续深化禁毒人民战争，禁毒宣传进校园活动已启动。", Some(2018)),
            ("发布时间：2022-06-24\n2021年，全区破获毒品刑事案件60起。今年以来，全区破获毒品刑事案件21起。", Some(2022)),
            ("发布时间：2023-06-20\n与2022年相比，新发现吸毒人员下降12%。今年，全市查处吸毒人员85人。", Some(2023)),
            // …or by the word (去年全省共破获…), the release announcing this year's campaign
            ("2019-06-04 08:35:26 来源：某日报\n5月30日，省公安厅召开新闻发布会。去年全省共破获毒品犯罪案件4582起，抓获毒品犯罪嫌疑人5664名。本次发布会拉开今年“全民禁毒宣传月”活动的序幕。", Some(2018)),
            ("发布时间：2021-05-20\n今年全市禁毒宣传月启动。全市去年查处吸毒人员310人次。", Some(2020)),
            ("发布时间：2021-05-20\n今年以来，全市查处吸毒人员96人次，较去年同期下降8%。", Some(2021)),
            // (this year's targets, 今年…力争…1,300起, are no figures of it)
            ("发布时间：2021-03-18\n会议通报2020年全省禁毒工作情况，部署今年任务。2020年，全省共破获毒品刑事案件1,286起。今年，全省将力争破获毒品刑事案件1,300起以上。", Some(2020)),
            ("发布时间：2022-02-25\n2021年，全县查处吸毒人员74人次。今年全县计划开展禁毒宣传活动120场。", Some(2021)),
            // (the plan named past the eighth character of its clause: 今年…主要预期目标是)
            (
                "发布时间：2024-01-12\n2023年，全市破获毒品刑事案件42起。今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右。",
                Some(2023),
            ),
            ("发布时间：2023-03-02\n2022年，全市破获毒品刑事案件56起。今年确保新发现吸毒人员控制在30人以内。", Some(2022)),
            ("发布时间：2021-03-18\n2020年，全省共破获毒品刑事案件1,286起。今年以来，全省已破获毒品刑事案件210起。", Some(2021)),
        ] {
            assert_eq!(fiscal_year("禁毒工作新闻发布会", body, Kind::Summary), want, "{body}");
        }
    }

    /// A work summary its organ signs in January, speaking of 今年以来, tells the year just ended;
    /// a news item merely dated in January, a summary naming the new year's own months or figures,
    /// or one signed in a later month keeps the date's year.
    #[test]
    fn a_summary_signed_in_january_tells_the_year_just_ended() {
        for (body, want) in [
            // (signed by day, in figures: a Hunan county's office)
            ("今年以来，全县共破获毒品刑事案件18起，查获吸毒人员52名，强制隔离戒毒14人。\n\n某县禁毒委员会办公室\n2024年1月12日", Some(2023)),
            // (in Chinese numerals, a Guangxi district's)
            ("今年以来，我区社区戒毒社区康复人员管控率保持在98%以上，全年开展尿检1260人次。\n某区禁毒办\n二〇二二年一月八日", Some(2021)),
            // (a month alone under the signer, a Sichuan town's station)
            ("今年以来，工作站累计开展禁毒宣传活动36场次，走访帮教对象210人次。\n某镇社区戒毒社区康复工作站\n2023年1月", Some(2022)),
            // (a page's January date over a summary whose organ signs with no date of its own)
            ("发布时间：2021-01-15\n今年以来，全市共查处吸毒人员133人次。\n某市禁毒委员会办公室", Some(2020)),
            // a news item dated in January with no signing organ keeps the date's year
            ("发布时间：2024-01-20\n今年以来，全县已查获吸毒人员3名。", Some(2024)),
            // the new year's own months keep it too
            ("1月以来，全县开展集中清查2次，查获吸毒人员4名。今年以来，全县破获毒品刑事案件1起。\n某县禁毒办\n2024年1月28日", Some(2024)),
            // …and a summary signed in March is not turned back
            ("今年以来，全县共破获毒品刑事案件3起。\n某县禁毒委员会办公室\n2024年3月20日", Some(2024)),
        ] {
            assert_eq!(fiscal_year("禁毒工作总结", body, Kind::Summary), want, "{body}");
        }
    }

    /// A meeting of the year's first months reviewing 过去一年 and deploying 今年's work tells last
    /// year's figures: the year it deploys is a plan's, no time of a figure; a 今年 that times
    /// figures of its own still counts.
    #[test]
    fn the_year_a_meeting_deploys_is_no_time_of_its_figures() {
        for (body, want) in [
            // (a lead dated by day, a Guizhou county's committee)
            ("2024年2月23日上午，某县禁毒委召开全体会议，总结过去一年工作，部署了今年禁毒工作。会议通报，全县共破获毒品刑事案件16起，查处吸毒人员45人。", Some(2023)),
            // (a page's date line, a Shandong district: 对今年…作出部署)
            ("发布时间：2023-03-02\n会议回顾了过去一年全区禁毒工作，对今年禁毒重点工作作出部署。全区共查获吸毒人员61人次，强制隔离戒毒9人。", Some(2022)),
            // (安排今年任务, a Gansu county's)
            ("来源：某县融媒体中心 2022-02-17\n会议总结过去一年禁毒工作，安排今年工作任务。全县开展禁毒宣传活动72场次，毛发检测420人次。", Some(2021)),
            // a 今年 timing figures of its own keeps the page's year
            ("发布时间：2024-02-26\n会议部署了今年工作。今年全县已破获毒品刑事案件2起，查处吸毒人员6人。", Some(2024)),
        ] {
            assert_eq!(fiscal_year("禁毒工作会议", body, Kind::Summary), want, "{body}");
        }
    }

    /// A page with no headline whose first paragraph opens on its event's day (2023年2月20日上午，…)
    /// lends no year as a title's: the day is its present, and the figures it reports of the year
    /// before by number are that year's account — one record, not an empty one of the day's year.
    #[test]
    fn a_lead_opening_on_its_day_is_no_headline() {
        for (title, body, want) in [
            // (a Hunan county's committee, the year's figures in the next paragraph)
            (
                "2023年2月20日上午，某县禁毒委员会召开全体会议。",
                "2023年2月20日上午，某县禁毒委员会召开全体会议。\n2022年全县共破获毒品刑事案件31起，查获吸毒人员97人次。",
                Some(2022),
            ),
            // (本报讯 before the day, a Yunnan city's)
            (
                "本报讯 2024年1月9日下午，某市召开禁毒工作会议。",
                "本报讯 2024年1月9日下午，某市召开禁毒工作会议。\n2023年，全市共查获吸毒人员210人次，强制隔离戒毒46人。",
                Some(2023),
            ),
            // a lead whose own year's figures follow keeps that year
            (
                "2024年6月25日，某区召开禁毒工作推进会。",
                "2024年6月25日，某区召开禁毒工作推进会。\n今年以来，全区共破获毒品刑事案件7起。",
                Some(2024),
            ),
            // a headline naming a year with no day stays a headline
            ("某县2023年禁毒工作综述", "某县2023年禁毒工作综述\n全年共破获毒品刑事案件12起。", Some(2023)),
        ] {
            assert_eq!(fiscal_year(title, body, Kind::Summary), want, "{body}");
        }
    }

    /// The end of last year named as a point in time (去年年底，…建立工作站; 截至去年底) in a page of
    /// March or later does not make it last year's account; in January it still may.
    #[test]
    fn last_years_end_as_a_point_does_not_date_a_page() {
        for (body, want) in [
            ("2014-03-07 14:36 来源:闽南网\n昨日，某区召开社区戒毒工作推进会。去年年底，区禁毒委划拨专项经费，聘请8名专职社工。目前，某街道共有5名人员接受社区戒毒。", Some(2014)),
            ("发布时间：2020-05-20\n截至去年底，全县建成社区戒毒康复工作站12个。目前，全县社区戒毒执行率达95%。", Some(2020)),
            ("发布时间：2020-01-20\n去年年底，全县建成社区戒毒康复工作站12个。全年查处吸毒人员56人。", Some(2019)),
        ] {
            assert_eq!(fiscal_year("社区戒毒工作推进会", body, Kind::Summary), want, "{body}");
        }
    }

    /// This year's figures opening on its months alone (今年以来，全国…行动。1至5月，全国共破获…) keep
    /// a page of June with this year, whatever last year's figures it also states by number; a
    /// span of months after the page's month (1至12月 in a page of January) is last year's.
    #[test]
    fn this_years_months_keep_the_pages_year() {
        for (body, want) in [
            ("来源: 甘肃广电 2023-06-27 01:07:34\n公安部发布的报告指出，2022年，我国禁毒部门查处吸毒人员19.7万人次。\n今年以来，全国公安禁毒部门深入开展禁毒“清源断流”行动。1至5月，全国共破获毒品犯罪案件1.6万起。", Some(2023)),
            ("发布时间：2021-07-10\n2020年，全省破获毒品刑事案件1994起。今年以来，全省持续推进禁毒人民战争。上半年，全省破获毒品刑事案件860起。", Some(2021)),
            ("发布时间：2019-04-12\n2018年全市查处吸毒人员520人次。今年，全市深入开展禁毒宣传。一至三月，全市查处吸毒人员96人次。", Some(2019)),
            // (the months of last year's account: 1至12月 in a page of January)
            ("发布时间：2019-01-15\n2018年全市查处吸毒人员520人次。今年全市禁毒工作会议召开。1至12月，全市破获毒品刑事案件41起。", Some(2018)),
            // no 今年 at all, levels dated by last year's end: the months are this year's
            ("发布时间：2018-06-22\n截至2017年底，全市现有吸毒人员4.2万余人。1至5月，全市破获毒品刑事案件120起，查处吸毒人员800人次。", Some(2018)),
            ("发布时间：2021-07-08\n截止2020年12月31日，全省在册吸毒人员3.1万名。上半年，全省共查处吸毒人员2100人次。", Some(2021)),
            ("2016-10-12 09:30 来源：某报\n到2015年末，全县建成社区戒毒工作站18个。前三季度，全县破获毒品刑事案件26起。", Some(2016)),
            // (…and beside last year's own figures by its number)
            ("发布时间：2018-06-22\n2017年，全市破获毒品刑事案件300起。1至5月，全市破获毒品刑事案件120起。", Some(2018)),
        ] {
            assert_eq!(fiscal_year("禁毒工作新闻", body, Kind::Summary), want, "{body}");
        }
    }

    /// A dated summary whose figures run since last year (去年以来 after February) is of its own
    /// year, whatever year its levels or other figures name; in January it is last year's account.
    #[test]
    fn figures_since_last_year_are_of_the_pages_year() {
        for (body, want) in [
            ("时间:2024-06-04 10:32:17\n去年以来，全省共破获毒品犯罪案件2200多起。2023年，全省戒断3年未复吸人数12.9万名。", Some(2024)),
            ("发布时间：2021-09-10\n去年至今，全市共查处吸毒人员860人次。", Some(2021)),
            ("发布时间：2019-05-20\n据了解，去年以来，全县共破获毒品刑事案件46起。截至2018年底，全县在册吸毒人员420人。", Some(2019)),
            ("发布时间：2020-01-15\n去年以来，全县共破获毒品刑事案件46起。", Some(2019)),
        ] {
            assert_eq!(fiscal_year("禁毒工作新闻", body, Kind::Summary), want, "{body}");
        }
    }

    /// An undated text reporting from a year's own meeting (记者从某市2023年禁毒工作新闻通报会获悉)
    /// whose other year opens a span to now (2022年以来) is of the meeting's year; a meeting
    /// reviewing the year before by its number (2020年，全县…) keeps that year.
    #[test]
    fn an_undated_text_of_this_year_from_a_changes_start_is_of_the_next_year() {
        for (body, want) in [
            ("今年1月至7月，全市破获毒品案件4起。现有吸毒人员占总人口比例从2022年的0.91‰降至0.44‰。", Some(2023)),
            ("今年以来，全县查获吸毒人员15名，现有吸毒人员由2020年的120人下降到85人。", Some(2021)),
            ("今年上半年，全区破获毒品刑事案件9起；戒断三年未复吸人员由2018年的300人增加到420人。", Some(2019)),
            // …not when a year stands otherwise too (its own figures, a span), nor a change between two years
            (
                "今年以来，全县查获吸毒人员15名。2020年，全县破获毒品案件6起；现有吸毒人员由2020年的120人下降到85人。",
                Some(2020),
            ),
            ("今年以来，全县查获吸毒人员15名，新发现吸毒人员由2019年的50人下降到2020年的30人。", Some(2020)),
            // (a year glued to a figure's digits is no change's start, and no panic at a byte boundary)
            ("今年以来，全县查获吸毒人员15名，从12020年的记录看。", Some(2020)),
        ] {
            assert_eq!(fiscal_year("（资料图片）", body, Kind::Summary), want, "{body}");
        }
    }

    #[test]
    fn the_opening_day_found_again_with_its_year_dates_the_page() {
        for (body, want) in [
            // an e-paper's issue list holding the day the item opens on
            ("本报讯（记者李四）6月20日，某市召开禁毒工作新闻发布会。今年以来，全市查处吸毒人员415名。\n• 第2024-06-20期\n• 第2024-06-19期", Some(2024)),
            ("5月8日上午，某县禁毒委召开会议。据介绍，今年以来全县破获毒品刑事案件12起。\n图片摄于2019年5月8日", Some(2019)),
            ("本报讯 3月12日，某区通报禁毒工作。今年，全区将查获吸毒人员60名列为重点。\n往期：2021-03-12 2021-03-11", Some(2021)),
            // …not a different day, nor a page without the day restated
            ("本报讯（记者李四）6月20日，某市召开禁毒工作新闻发布会。今年以来，全市查处吸毒人员415名。\n• 第2024-06-19期", None),
            ("6月20日，某市召开禁毒工作新闻发布会。今年以来，全市查处吸毒人员415名。", None),
            // …nor over a year the text states (its own, or a figure's)
            ("6月20日，某市召开禁毒工作新闻发布会。2023年，全市查处吸毒人员415名。\n• 第2024-06-20期", Some(2023)),
        ] {
            assert_eq!(fiscal_year("（资料图片）", body, Kind::Summary), want, "{body}");
        }
    }

    #[test]
    fn an_undated_span_to_now_from_a_year_is_of_a_later_year() {
        for (body, want) in [
            // the latest year only opens spans up to now: the next year
            (
                "近日，某县公安局禁毒大队民警对辖区开展踏查。2021年至今，某县公安局破获毒品案件6起，查获吸毒人员9名。",
                Some(2022),
            ),
            ("据介绍，自2019年至今，全州共侦破毒品刑事案件312起。根据2019年排查的线索，民警继续深挖。", Some(2020)),
            ("禁毒大队负责人表示，2023年至今全区共查处吸毒人员41名，2023年至今开展宣传活动60余场。", Some(2024)),
            ("自2020年迄今，全县累计破获毒品刑事案件23起。", Some(2021)),
            // …not when the year states figures of its own, nor for X年以来 (this year's too)
            ("2021年至今，全县破获毒品案件6起。2021年，全县查获吸毒人员9名。", Some(2021)),
            ("2022年以来，全市共破获毒品刑事案件116起，查获吸毒人员80名。", Some(2022)),
            // (…but a span to now in a paragraph opening on recent years runs over them: no year)
            ("近年来，全县坚持打防并举，禁毒工作成效明显。2016年以来，全县共查破毒品刑事案件88起。", None),
            ("多年来，该大队坚持严打方针，2017年以来，共破获毒品刑事案件64起。", None),
            // …nor for a span to this year's month (自2009年至今年5月底): left as before
            ("自2009年至今年5月底，全市共破获毒品案件2453起。", Some(2009)),
        ] {
            assert_eq!(fiscal_year("（资料图片）", body, Kind::Summary), want, "{body}");
        }
    }

    #[test]
    fn a_meetings_year_is_the_present_of_a_span_to_now() {
        for (body, want) in [
            ("某报8月30日讯 记者从某市2023年禁毒工作新闻通报会获悉，2022年以来，该市共侦破涉毒刑事案件116起。2022年以来，该市深入开展专项行动。2022年，全市吸毒人员同比下降45%。", Some(2023)),
            ("记者从全县2021年禁毒工作推进会上获悉，2020年以来，全县共破获毒品刑事案件56起。2020年以来，全县持续推进禁毒工作。", Some(2021)),
            ("在某区2024年禁毒工作会议上，区禁毒办通报，2023年以来，全区查处吸毒人员320人次。2023年以来全区深入推进禁毒人民战争。", Some(2024)),
            ("记者从全县2021年禁毒工作会议获悉，2020年，全县共破获毒品刑事案件56起。2020年，全县查处吸毒人员120人次。", Some(2020)),
        ] {
            assert_eq!(fiscal_year("（资料图片）", body, Kind::Summary), want, "{body}");
        }
    }

    /// A story reposted years later (a stamp of 2020 over a meeting of 2016) stating an earlier
    /// year's figures by its number (2015年度，全省新增…), its 今年 holding no count, is that year's
    /// account; a count of this year keeps the stamp's year.
    #[test]
    fn an_earlier_years_figures_by_number_date_a_reposted_story() {
        for (body, want) in [
            ("来源：互联网新闻 时间:2020-04-27 19:20\n4月19日下午，全省召开禁毒工作会议。据了解，某省2015年度，全省新增吸毒人员2.3万人，同比下降0.7%。截至今年3月，在控吸毒人员已达19.5万，形势依然严峻。", Some(2015)),
            ("发布时间：2019-03-02\n2016年，全州共破获毒品刑事案件320起，抓获犯罪嫌疑人410名。今年全州禁毒工作会议召开。", Some(2016)),
            ("2021年06月18日 13:15\n2017年全市查处吸毒人员1520人次。今年，全市被列为禁毒示范创建城市。", Some(2017)),
            // (this year's count keeps the stamp's year; a baseline year is no account)
            ("发布时间：2020-04-27\n2015年，全省新增吸毒人员2.3万人。今年以来，全省新发现吸毒人员4200人。", Some(2020)),
            ("发布时间：2020-04-27\n新发现吸毒人员比2015年的2.3万人下降一半。今年，全省禁毒宣传月启动。", Some(2020)),
        ] {
            assert_eq!(fiscal_year("禁毒工作会议", body, Kind::Summary), want, "{body}");
        }
    }

    #[test]
    fn a_first_line_that_is_only_a_date_is_the_pages_date() {
        let body = "本报北京6月19日电 记者19日从公安部新闻发布会上获悉：今年1至5月，全国破获毒品犯罪案件1.1万起。2024年全国破获涉依托咪酯犯罪案件9800余起。";
        for title in ["2025-06-20,", "2025/6/20", "2025年6月20日，"] {
            assert_eq!(fiscal_year(title, body, Kind::Summary), Some(2025), "{title}");
        }
        // …and so is such a line at the top of the body, under a site's name
        assert_eq!(article_date(&format!("2025-06-20,\nGMW\n{body}")), Some((2025, 6, 20)));
        assert_eq!(fiscal_year("GMW", &format!("2025-06-20,\n{body}"), Kind::Summary), Some(2025));
        // a headline naming its year is still one
        assert_eq!(
            fiscal_year("2024年全国禁毒工作综述", "2024年，全国破获毒品犯罪案件3.2万起。", Kind::Summary),
            Some(2024)
        );
        assert!(!date_only("2024年全国禁毒工作综述"));
        assert!(!date_only("2025"));
    }

    /// A span to now opened before a year the text names of its own is no year of the text:
    /// the later year is.
    #[test]
    fn a_span_opened_before_the_texts_own_year_is_not_its_year() {
        for (body, want) in [
            ("昨天上午，某市召开2007年集中销毁毒品大会。共销毁全市2005年以来缴获的毒品。2005年以来，全市共破获涉毒案件1915起。", Some(2007)),
            ("某县举行2016年禁毒宣传月启动仪式。2012年以来，全县累计查获吸毒人员860名。2012年以来全县共破获案件300起。", Some(2016)),
            ("2019年以来，全区共破获毒品刑事案件56起。2021年，全区查处吸毒人员88人。", Some(2021)),
            // (a span opened in the latest year named is of that year, as before)
            ("2022年以来，全县破获毒品刑事案件12起。2021年全县破获案件20起。", Some(2022)),
            ("2020年以来，全市共破获毒品刑事案件80起。", Some(2020)),
        ] {
            assert_eq!(year_of("", body), want, "{body}");
        }
    }

    /// An undated page calling the present 今年 (截至今年9月份) whose only year opens spans to now
    /// (2015年以来，…破获毒品案件1166起) or dates a past honour (2015年被评为…) is of a later year:
    /// its writer would have said 今年以来 of 2015. 2015年以来 alone may be this year's.
    #[test]
    fn a_year_since_beside_this_year_is_a_past_year() {
        let body = "台海网11月4日讯 截至今年9月底，晋江市社区戒毒社区康复执行率达87.3%。截至今年9月份，晋江市在册吸毒人员数有8863人。2015年以来，晋江市公安局破获毒品案件1166起，该局禁毒大队2015年被国家禁毒委评为先进单位。\n";
        assert_eq!(fiscal_year("晋江禁毒工作", body, Kind::Summary), Some(2016));
        let body = "台海网11月4日讯 2015年以来，晋江市公安局破获毒品案件1166起，查处吸毒人员800人。\n";
        assert_eq!(fiscal_year("晋江禁毒工作", body, Kind::Summary), Some(2015));
        let body = "今年（2015年）以来，全县破获毒品案件11起。截至今年9月，全县在册吸毒人员88人。2015年以来，共查处吸毒人员20人。\n";
        assert_eq!(fiscal_year("某县禁毒工作", body, Kind::Summary), Some(2015));
    }

    /// A relative's quoted remark about themselves (“我的女儿去年进入戒毒所”) dates no account: a
    /// page of the 32nd 6·26 (2019) stating a level with no year is of 2019, not of 2018. An
    /// official's quoted account of last year (“去年，我县共破获…12起”) still is last year's.
    #[test]
    fn a_persons_quoted_last_year_dates_no_account() {
        let body = "6月26日是第32个国际禁毒日，昨天上午，某市强制隔离戒毒所举行禁毒宣传教育活动。\n“我的女儿去年进入戒毒所，每周我都可以来看她。”一位大姐告诉记者。\n而在某市，全市登记在册吸毒人员达4834人。\n";
        assert_eq!(fiscal_year("禁毒宣传教育活动", body, Kind::Summary), Some(2019));
        let body =
            "6月26日是第32个国际禁毒日。“去年，我县共破获毒品刑事案件12起，查处吸毒人员40人。”县禁毒办主任说。\n";
        assert_eq!(fiscal_year("禁毒宣传活动", body, Kind::Summary), Some(2018));
        assert!(personal_quote("“我的女儿去年进入戒毒所。”", "“我的女儿".len()));
        assert!(!personal_quote("“我们去年开展宣传。”", "“我们".len()));
    }

    #[test]
    fn fiscal_years_from_captions_and_dates() {
        use Kind::*;
        assert_eq!(
            fiscal_year("项目支出绩效自评表", "项目支出绩效自评表\n(2021年度)\n2022年3月填报", Project),
            Some(2021)
        );
        assert_eq!(
            fiscal_year("禁毒经费项目支出绩效自评表", "发布时间：2023-04-12 来源：市公安局\n年度资金总额", Project),
            Some(2022)
        );
        assert_eq!(fiscal_year("禁毒工作新闻发布会", "发布时间：2023-07-04\n今年以来，全县破获", Summary), Some(2023));
        assert_eq!(fiscal_year("禁毒工作总结", "全年破获毒品案件12起。\n2024年1月10日", Summary), Some(2023));
        assert_eq!(fiscal_year("禁毒经费项目支出绩效自评表", "年度资金总额", Project), None);
        // a form's own date (填报日期, 评价时间) is when it was filled in, after the year evaluated
        for body in [
            "填报单位：某县公安局\n填报日期：2019年3月15日\n项目资金\t年初预算数\t全年预算数",
            "填表日期：2019-04-02\n年度资金总额\t20\t22\t18.7",
            "编制日期:2019年5月8日\n项目名称\t禁毒专项经费",
            "项目名称\t禁毒专项经费\n自评日期：2019年2月28日",
        ] {
            assert_eq!(fiscal_year("项目支出绩效自评表", body, Project), Some(2018), "{body}");
        }
        assert_eq!(
            fiscal_year("部门整体支出绩效自评表", "填报日期：2019年3月15日\n（2019年度）\n年度资金总额", Whole),
            Some(2019)
        );
        // a review of the past year written in its first months is of the year before
        for body in [
            "（2024年1月10日）\n过去一年，全县共破获毒品刑事案件17起。",
            "2024年2月5日\n一年来，全区查获吸毒人员44名。",
            "过去的一年里，全市禁毒工作取得新成效，破获毒品刑事案件8起。\n2024年3月1日",
        ] {
            assert_eq!(fiscal_year("禁毒工作总结", body, Summary), Some(2023), "{body}");
        }
        // (the date under a summary's title is no year of its figures)
        assert_eq!(
            fiscal_year(
                "和平县禁毒委员会办公室工作总结（2024年1月10日）",
                "和平县禁毒委员会办公室工作总结\n（2024年1月10日）\n过去一年，全县共破获毒品刑事案件17起。",
                Summary
            ),
            Some(2023)
        );
        assert_eq!(fiscal_year("2023年1-6月禁毒工作情况", "全县破获毒品刑事案件9起。", Summary), Some(2023));
        // …and in its last months, of its own year
        assert_eq!(
            fiscal_year("禁毒工作总结", "2023年12月28日\n一年来，全县破获毒品刑事案件9起。", Summary),
            Some(2023)
        );
        assert_eq!(article_date("标题\n发布日期: 2022-03-21\n正文"), Some((2022, 3, 21)));
        // (a lead opening on its day, its year written, dates a page that prints no date)
        for (page, day) in [
            ("某县召开禁毒委全体会议\n2023年2月20日，县禁毒委召开全体会议。", Some((2023, 2, 20))),
            ("某旗禁毒工作会议召开\n本报讯 2024年1月9日上午，旗禁毒委召开会议。", Some((2024, 1, 9))),
            ("某区开展禁毒宣传\n\n2022年6月26日,区禁毒办在广场开展宣传。", Some((2022, 6, 26))),
            // (not a day in a sentence's middle, a month alone, nor a day beyond the first lines)
            ("某县召开会议\n会议于2023年2月20日召开。", None),
            ("某县召开会议\n2023年2月，县禁毒委召开全体会议。", None),
            ("标题\n一、基本情况\n二、主要做法\n2023年2月20日，召开会议。", None),
            // (nor a past event's day in a text naming a later year)
            ("某县摘帽\n2015年12月23日，某县被挂牌整治。2018年，某县成功摘帽。", None),
            // (a page's own date comes first)
            ("标题\n2023年2月20日，县禁毒委召开会议。\n发布日期：2023-03-01", Some((2023, 3, 1))),
        ] {
            assert_eq!(article_date(page), day, "{page}");
        }
        assert_eq!(article_date("正文。\n陆丰市公安局\n2024年1月10日"), Some((2024, 1, 10)));
        assert_eq!(
            article_date("标题\n今年以来，全县破获毒品刑事案件9起。\n（来源：县禁毒办 2019-03-07）"),
            Some((2019, 3, 7))
        );
        assert_eq!(article_date("标题\n2013-04-24 衡阳日报\n正文。"), Some((2013, 4, 24)));
        // (a publisher's name and day run on to a headline whose year only opens a span to now:
        // the page's year)
        let body = "2019年以来，全县累计破获毒品刑事案件312起。\n今年以来，全县共破获毒品刑事案件47起。";
        let title = "临夏县2019年以来禁毒工作成效显著临夏县人民政府　2023-11-30";
        assert_eq!(fiscal_year(title, body, Kind::Summary), Some(2023));
        assert_eq!(
            publisher_stamp_at_end(title),
            Some(("临夏县2019年以来禁毒工作成效显著临夏县人民政府", (2023, 11, 30)))
        );
        assert_eq!(publisher_stamp_at_end("全县禁毒宣传持续到 2024-01-10"), None);
        assert_eq!(
            fiscal_year(
                "2022年以来全县禁毒工作成效显著",
                "发布时间：2023-01-10\n2022年以来，全县共破获毒品刑事案件47起。",
                Kind::Summary
            ),
            Some(2022)
        );
        // signed in Chinese numerals
        assert_eq!(article_date("正文。\n泸溪县禁毒委员会办公室\n二〇二二年三月十五日"), Some((2022, 3, 15)));
        assert_eq!(article_date("正文。\n某局\n二零二一年十二月三十日\n"), Some((2021, 12, 30)));
        assert_eq!(article_date("正文。\n（二○二三年一月九日）"), Some((2023, 1, 9)));
        assert_eq!(article_date("二〇二二年是全面推进的一年。\n正文。"), None);
        // a newspaper's issue line over its e-paper's article
        assert_eq!(article_date("标题\n《 某某日报 》( 2023年06月27日 第 02 版 )\n本报讯 正文。"), Some((2023, 6, 27)));
        assert_eq!(article_date("标题\n某某晚报 2021年3月5日 星期五 第3版\n正文。"), Some((2021, 3, 5)));
        assert_eq!(article_date("标题\n某某日报2019年12月30日第A2版\n正文。"), Some((2019, 12, 30)));
        // signed with a month of a year alone under the unit's name: written in that month
        assert_eq!(article_date("正文。\n旬阳市禁毒委员会办公室\n2024年1月"), Some((2024, 1, 15)));
        assert_eq!(article_date("正文。\n某县禁毒办\n二〇二三年十二月\n"), Some((2023, 12, 15)));
        // …or set apart by a blank line, the unit's name left off, or right under the text's
        // last sentence (a Word document's paragraphs, no empty one between)
        assert_eq!(article_date("正文。\n\n2023年2月"), Some((2023, 2, 15)));
        assert_eq!(article_date("正文。\n\n二〇二三年三月\n"), Some((2023, 3, 15)));
        assert_eq!(article_date("正文。\n2023年2月"), Some((2023, 2, 15)));
        assert_eq!(article_date("正文。\n全县破获毒品刑事案件9起，查处吸毒人员12人。\n2024年1月"), Some((2024, 1, 15)));
        assert_eq!(
            fiscal_year(
                "部门整体支出绩效自评报告",
                "上年度部门全年预算数为132.6万元。\n经评价，自评得分93.4分。\n2024年4月",
                Whole
            ),
            Some(2023)
        );
        // (…not under a clause left open, a heading or a table's label)
        assert_eq!(article_date("正文。\n全县禁毒宣传活动，持续到\n2024年1月"), None);
        assert_eq!(
            fiscal_year(
                "部门整体支出绩效自评报告",
                "本年度全年预算386.52万元，实际支出375.08万元。\n\n2023年2月\n",
                Whole
            ),
            Some(2022)
        );
        // (a summary of the year before its signature's month names that year alone: the month
        // is no year the text reports)
        assert_eq!(
            year_of("某县禁毒委员会办公室禁毒工作总结", "2022年，全县破获毒品刑事案件4起。\n\n2023年1月\n"),
            Some(2022)
        );
        // a labelled date line near the top in numerals, by month or by day
        assert_eq!(article_date("某县禁毒办年度工作总结\n时间：二〇二三年十二月\n本年度，…"), Some((2023, 12, 15)));
        assert_eq!(
            article_date("某县禁毒工作\n作者：县禁毒办　日期：二〇二二年一月十八日\n正文。"),
            Some((2022, 1, 18))
        );
        assert_eq!(article_date("某县禁毒工作\n成文日期：二〇二一年十二月\n正文。"), Some((2021, 12, 15)));
        assert_eq!(article_date("某县禁毒工作\n时间：2023年十二月\n正文。"), Some((2023, 12, 15)));
        assert_eq!(article_date("某县禁毒办部门整体支出绩效自评报告\n时间：2023年5月\n正文。"), Some((2023, 5, 15)));
        // a page's foot or top labelled 发布： / 发布于 alone (发布：2023-06-26 | 阅读：123)
        assert_eq!(
            article_date("某县禁毒工作\n今年以来，全县查获吸毒人员52人次。\n发布：2023-06-26 | 阅读：123"),
            Some((2023, 6, 26))
        );
        assert_eq!(article_date("某县禁毒工作\n发布于 2022-11-03  浏览：56\n正文。"), Some((2022, 11, 3)));
        // (a year in numerals in a sentence is no date line)
        assert_eq!(article_date("某县禁毒工作\n二〇二二年是全面推进的一年，时间紧任务重。\n正文。"), None);
        assert_eq!(article_date("正文。\n某县禁毒委员会\n2021 年 6 月"), Some((2021, 6, 15)));
        // (…not a month ending a sentence's line, nor one under a table's label)
        assert_eq!(article_date("全县禁毒宣传活动持续到2024年1月"), None);
        assert_eq!(article_date("正文。\n附表1\n2024年1月"), None);
        // …so its 一年来 in January is the year before; its 今年 in December its own
        assert_eq!(
            fiscal_year(
                "禁毒工作情况汇报",
                "一年来，全市破获毒品刑事案件6起。\n某市禁毒委员会办公室\n2024年1月",
                Summary
            ),
            Some(2023)
        );
        assert_eq!(
            fiscal_year("禁毒工作总结", "今年以来，全县破获毒品刑事案件7起。\n某县禁毒办\n二〇二三年十二月", Summary),
            Some(2023)
        );
        assert_eq!(
            fiscal_year("部门整体支出绩效自评报告", "全年支出118万元。\n二〇二二年三月十五日", Kind::Whole),
            Some(2021)
        );
        // a date with its time of day near the top: the page's stamp
        assert_eq!(
            article_date("标题\nhttp://www.sina.com.cn 2006年02月24日11:52 中国广播网\n正文。"),
            Some((2006, 2, 24))
        );
        assert_eq!(article_date("标题\n2016-06-23 08:54:00 来源:长江日报\n正文。"), Some((2016, 6, 23)));
        // …written day first, as some news sites print it
        assert_eq!(article_date("标题\n26.12.2014  16:29\n本报讯 昨日，省公安厅通报。"), Some((2014, 12, 26)));
        assert_eq!(article_date("海南省破获毒品刑事案件\n\n29.05.2015  18:56\n\n原标题：…"), Some((2015, 5, 29)));
        assert_eq!(article_date("标题\n12.02.2015 10:27\n本报讯"), Some((2015, 2, 12)));
        // (a version or a figure with dots and no time of day is no date)
        assert_eq!(article_date("标题\n缴获毒品1.2.2015克\n正文。"), None);
        // …opening a long line the next paragraph was run on to: the stamp still
        let run_on = "，记者从市公安局召开的禁毒工作新闻通气会上获悉，自今年开展专项行动以来，全市共破获毒品案件一百余起，打掉贩毒团伙十一个，缴获各类毒品一批，查处吸毒人员二百余名，有力震慑了毒品违法犯罪活动。";
        for (stamp, d) in [
            ("03.07.2016  09:40本报讯", (2016, 7, 3)),
            ("5.11.2013 14:02某某网讯", (2013, 11, 5)),
            ("18.06.2019 08:15", (2019, 6, 18)),
        ] {
            let body = format!("某市禁毒新闻\n{stamp}{run_on}");
            assert!(body.lines().nth(1).is_some_and(|l| l.len() > 240), "{stamp}");
            assert_eq!(article_date(&body), Some(d), "{stamp}");
        }
        // …and so a stamp written year first
        for (stamp, d) in
            [("2016-06-23 08:54:00来源：某某日报", (2016, 6, 23)), ("2021年03月05日 10:20本报讯", (2021, 3, 5))]
        {
            let body = format!("某市禁毒新闻\n{stamp}{run_on}");
            assert_eq!(article_date(&body), Some(d), "{stamp}");
        }
        // (nor is a long line opening on a figure with dots a stamp)
        assert_eq!(article_date(&format!("标题\n12.5.2015吨{run_on}")), None);
        assert_eq!(
            fiscal_year("辽宁破获毒品案", "http://www.sina.com.cn 2006年02月24日11:52 中国广播网\n去年辽宁省共破获毒品犯罪案件1372起，比2004年提高3%。", Kind::Summary),
            Some(2005)
        );
    }

    /// A news page's date line beside the medium's name or the time; not a sentence with a date.
    #[test]
    fn news_date_lines() {
        let yes = [
            ("厦门日报 2016-09-30 11:05", (2016, 9, 30)),
            ("人民网 2019年06月26日 08:12", (2019, 6, 26)),
            ("2020-06-26 09:30 来源：某某新闻网", (2020, 6, 26)),
            ("新华社昆明2021年6月25日电", (2021, 6, 25)),
            ("2018年06月25日 16:30", (2018, 6, 25)),
            ("某县融媒体中心 2022.06.24", (2022, 6, 24)),
            ("2023/1/12 10:01:05 ｜ 浏览次数", (2023, 1, 12)),
        ];
        for (line, d) in yes {
            assert!(super::super::text::is_news_dateline(line), "{line}");
            assert_eq!(
                article_date(&format!("某市破获毒品案件\n{line}\n今年以来，全市破获毒品刑事案件9起。")),
                Some(d),
                "{line}"
            );
        }
        let no = [
            "截至2016年9月30日",
            "2016年9月30日召开全市禁毒工作会议",
            "全县于2019年6月26日开展禁毒宣传",
            "2019年6月26日，全县开展禁毒宣传活动",
            "项目实施期：2021年1月1日至2021年12月31日",
        ];
        for line in no {
            assert!(!super::super::text::is_news_dateline(line), "{line}");
        }
    }

    /// A short 自评表 naming drug control only in its cells is a drug-control evaluation; an
    /// unrelated form is not.
    #[test]
    fn a_short_drug_control_form() {
        let form = "项目名称 禁毒宣传教育经费\n主管部门 丰县公安局 实施单位 丰县公安局禁毒大队\n年度资金总额 30 27.6\n";
        assert!(drug_related("项目支出绩效自评表", form));
        let other = "项目名称 大气污染防治经费\n主管部门 丰县生态环境局 实施单位 丰县蓝天办\n年度资金总额 30 27.6\n";
        assert!(!drug_related("项目支出绩效自评表", other));
        // a report (not a form) must name drug control more than once in passing
        assert!(!drug_related("某县交通运输局2022年度部门整体支出绩效评价报告", "配合开展禁毒宣传一次。"));
    }

    /// A province's organ has no county, whatever district its address names; a county's
    /// organ named after its province keeps its county.
    #[test]
    fn a_provincial_unit_has_no_county() {
        let g = Gazetteer::global();
        for (title, body) in [
            ("广西壮族自治区第二强制隔离戒毒所2021年部门预算", "我单位位于广西柳州市柳南区，负责强制隔离戒毒工作。"),
            (
                "湖南省禁毒委员会办公室2022年度部门整体支出绩效自评报告",
                "办公地址：长沙市芙蓉区韶山北路。禁毒经费300万元。",
            ),
            ("云南省戒毒管理局2021年度项目支出绩效自评报告", "局机关位于昆明市盘龙区。禁毒经费120万元。"),
        ] {
            let id = identify(title, body, body, g);
            assert_eq!(id.county, "", "{title}");
            assert!(!id.unit.is_empty(), "{title}");
        }
        let body = "全县禁毒经费85万元。";
        let id = identify("湖南省长沙县禁毒委员会办公室2022年度部门整体支出绩效自评报告", body, body, g);
        assert_eq!(id.county, "长沙县");
    }

    #[test]
    fn units_from_the_form() {
        assert_eq!(form_unit("主管部门 萧县公安局 实施单位 萧县公安局禁毒大队\n"), Some("萧县公安局禁毒大队".into()));
        assert_eq!(form_unit("主管部门\n屏山县公安局\n实施单位 (盖章)\n屏山县公安局\n"), Some("屏山县公安局".into()));
        assert_eq!(form_unit("部门（单位）名称\t麻城市禁毒委员会办公室\n"), Some("麻城市禁毒委员会办公室".into()));
        assert_eq!(form_unit("实施单位\n主管部门\n"), None);
        // other provinces' labels of the unit's cell
        assert_eq!(form_unit("部门名称\t桂阳县禁毒委员会办公室\n"), Some("桂阳县禁毒委员会办公室".into()));
        assert_eq!(form_unit("预算部门名称：汝城县司法局\n"), Some("汝城县司法局".into()));
        assert_eq!(form_unit("项目单位 嘉禾县公安局禁毒大队 项目负责人 王某\n"), Some("嘉禾县公安局禁毒大队".into()));
        assert_eq!(form_unit("填报单位（盖章）：临武县禁毒委员会办公室\n"), Some("临武县禁毒委员会办公室".into()));
        // the department over the unit that spent the money ranks below it
        assert_eq!(
            form_unit("部门名称 永兴县公安局\n项目实施单位 永兴县公安局禁毒大队\n"),
            Some("永兴县公安局禁毒大队".into())
        );
        // the form's first row flattened with a space, under a title naming no unit
        let body = "2022年度部门整体支出绩效自评表\n部门（单位）名称 宁乡市禁毒委员会办公室\n年度资金总额 180.5 196.2 190.31\n";
        let id = identify(
            "2022年度部门整体支出绩效自评表\n部门（单位）名称 宁乡市禁毒委员会办公室",
            body,
            body,
            Gazetteer::global(),
        );
        assert_eq!(id.unit, "宁乡市禁毒委员会办公室");
        let g = Gazetteer::global();
        let id =
            identify("项目支出绩效自评表（2021年度）", "主管部门 宣城市公安局 实施单位 禁毒支队\n宁国市禁毒", "", g);
        assert_eq!((id.unit.as_str(), id.county.as_str(), id.city.as_str()), ("宣城市公安局禁毒支队", "", "宣城市"));
    }

    #[test]
    fn summary_kinds() {
        assert_eq!(kind_of("兰陵县召开2023年上半年禁毒工作新闻发布会"), Kind::Summary);
        assert_eq!(kind_of("关于2023年全县禁毒工作情况的报告"), Kind::Summary);
        assert_eq!(kind_of("瑞丽市2022年禁毒工作综述"), Kind::Summary);
        assert_eq!(kind_of("部门预算项目支出绩效自评表(2023年度)"), Kind::Project);
        assert_eq!(kind_of("部门整体支出绩效自评表"), Kind::Whole);
        assert_eq!(kind_in("附件2", "一、部门基本情况\n部门整体支出绩效自评报告"), Kind::Whole);
        assert_eq!(kind_in("祁东禁毒经验在全国具有代表性", "全县共破获毒品案件33起"), Kind::Summary);
    }

    /// The host of a press conference is the unit of its news; a city's organ gives the city
    /// and no county, whatever counties the text names.
    /// An organ opening what was done is the text's unit; an organ visiting the text's own area
    /// (广元市禁毒办在我县举办…, 永州市禁毒办在宁远召开现场会) is not.
    #[test]
    fn an_organ_visiting_the_texts_area_is_not_its_unit() {
        let g = Gazetteer::global();
        for (head, want) in [
            ("6月26日上午，福鼎市禁毒委员会在市区广场开展禁毒宣传活动。", Some("福鼎市禁毒委员会")),
            ("全年开展禁毒宣传活动164场次，广元市禁毒办在我县举办禁毒宣传活动3场次。", None),
            ("全县在册吸毒人员1,486名。永州市禁毒办在宁远召开现场会，全市200余人参加观摩。", None),
        ] {
            assert_eq!(super::subject_organ(head, g).as_deref(), want, "{head}");
        }
    }

    #[test]
    fn the_host_of_a_press_conference_is_the_unit() {
        let g = Gazetteer::global();
        for (head, want) in [
            ("本报聊城3月26日讯 24日下午，聊城市公安局举行禁毒工作新闻发布会，通报战果。", Some("聊城市公安局")),
            ("长城网衡水6月23日电 6月23日衡水市公安局在“6.26”国际禁毒日前夕举行了新闻发布会。", Some("衡水市公安局")),
            ("在阳泉市禁毒委组织的新闻发布会上，市禁毒办主任介绍。", Some("阳泉市禁毒委")),
            ("6月25日，遵义市禁毒委员会办公室召开2023年禁毒工作新闻发布会。", Some("遵义市禁毒委员会办公室")),
            ("昨日，都匀市公安局召开新闻通报会，通报上半年打击毒品犯罪情况。", Some("都匀市公安局")),
            ("近日，泸县公安局在县禁毒教育基地举办禁毒新闻发布会。", Some("泸县公安局")),
            ("今天上午，市公安局召开禁毒工作新闻发布会。", None),
            ("兰陵县召开禁毒工作新闻发布会。", None),
            ("县禁毒委组织开展禁毒宣传活动。", None),
            // the country's own organs, named by no place
            ("9月26日，国家禁毒委员会办公室在京召开新闻发布会，通报战果。", Some("国家禁毒委员会办公室")),
            ("记者从国家禁毒办在京召开的新闻发布会上获悉。", Some("国家禁毒办")),
        ] {
            assert_eq!(press_host(head, g).as_deref(), want, "{head}");
        }
        // a national organ in news filed from the capital (新华社北京…电) is placed nowhere
        let body = "新华社北京6月19日电（记者 某某）国家禁毒办19日在京发布《2023年中国毒情形势报告》。全国共破获毒品犯罪案件4.2万起。";
        let id = identify(
            "新华社北京6月19日电（记者 某某）国家禁毒办19日在京发布《2023年中国毒情形势报告》。",
            body,
            body,
            g,
        );
        assert_eq!(
            (id.unit.as_str(), id.county.as_str(), id.city.as_str(), id.province.as_str()),
            ("国家禁毒办", "", "", "")
        );
        // …and so is the host of a national press conference, whatever province a speaker serves
        let body = "9月26日，国家禁毒委员会办公室在京召开新闻发布会。广东省禁毒办第一副主任、省公安厅禁毒局局长介绍有关情况。今年1至8月，全国共破获毒品犯罪案件3.2万起。";
        let id = identify("9月26日，国家禁毒委员会办公室在京召开新闻发布会。", body, body, g);
        assert_eq!((id.unit.as_str(), id.province.as_str()), ("国家禁毒委员会办公室", ""));
        let body = "聊城三个月查获吸毒人员63人\n24日下午，聊城市公安局举行禁毒工作新闻发布会。今年以来，全市共破获毒品刑事案件18起。阳谷县公安局刑警大队协助，高唐县公安局配合，阳谷县李台镇。";
        let id = identify("聊城三个月查获吸毒人员63人", body, body, g);
        assert_eq!((id.unit.as_str(), id.county.as_str(), id.city.as_str()), ("聊城市公安局", "", "聊城市"));
    }

    /// The organ a reporter's source names (记者从…获悉) is the unit: placed by its county without
    /// its own word twice (市公安局 of 老河口市), and not placed again when it opens with its
    /// province (海南省禁毒委员会办公室 in news filed from 北京).
    #[test]
    fn the_reporters_source_is_the_unit() {
        let g = Gazetteer::global();
        for (title, want) in [
            (
                "6月24日，记者从市公安局获悉，该局禁毒大队荣获全国先进集体称号。老河口市全市共破获毒品刑事案件13起。",
                "老河口市公安局",
            ),
            (
                "中国青年网北京6月25日电 6月25日，记者从海南省禁毒委员会办公室获悉，全省现有吸毒人员占比降至4.2‰。",
                "海南省禁毒委员会办公室",
            ),
            ("5月12日，记者从县禁毒办了解到，平阳县今年以来共查处吸毒人员32人。", "平阳县禁毒办"),
        ] {
            assert_eq!(identify(title, title, title, g).unit, want, "{title}");
        }
    }

    /// A page dated in June whose 今年 figures are counted in 万 (1.6万起, 7万余人次) beside last
    /// year's by number is of this year.
    #[test]
    fn this_years_figures_in_wan_date_the_page() {
        use Kind::Summary;
        for (body, want) in [
            ("2023-06-22 03:43\n2022年全国新发现吸毒人员7.1万名。今年1至5月，全国共破获毒品犯罪案件1.6万起，查获吸毒人员7万余人次。", Some(2023)),
            ("2023-06-22 03:43\n2022年全省新发现吸毒人员710名。今年1至5月，全省共破获毒品犯罪案件300多起。", Some(2023)),
            ("2023-06-22 03:43\n2022年全省新发现吸毒人员710名，破获毒品犯罪案件1.2万起。今年，全省被列为示范省。", Some(2022)),
        ] {
            assert_eq!(fiscal_year("禁毒工作新闻", body, Summary), want, "{body}");
        }
    }

    /// A dated page's counts as of a month of no year (截至5月底) not after its own month are this
    /// year's, whatever past year it names besides; a month after the page's is no such month.
    #[test]
    fn counts_as_of_a_month_of_no_year_date_the_page() {
        use Kind::Summary;
        for (body, want) in [
            ("各界导报 2019-06-28 01:18\n2018年在全省考核中被评为优秀等次。据介绍，截至5月底，全省共破获毒品刑事案件320起。", Some(2019)),
            ("2020-05-12 10:05\n该县2019年被评为禁毒示范县。截止4月末，全县查处吸毒人员56人，强制隔离戒毒12人。", Some(2020)),
            ("2021-06-25 16:40\n2020年全市禁毒工作获评先进。截至六月二十日，全市抓获犯罪嫌疑人45名。", Some(2021)),
            ("2020-03-02 08:00\n2019年全区禁毒工作获评先进。截至11月底，全区共破获毒品刑事案件88起。", Some(2019)),
        ] {
            assert_eq!(fiscal_year("禁毒工作新闻", body, Summary), want, "{body}");
        }
    }

    /// A news headline quoting last year's figure over a page dated the year after that gives
    /// this year's figures is of the page's year; a year's report title keeps its year.
    #[test]
    fn a_headline_quoting_last_year_is_of_the_pages_year() {
        use Kind::Summary;
        let body = "2023-06-22 03:43\n2022年全省新发现吸毒人员710名。今年1至5月，全省共破获毒品犯罪案件160起。";
        for (title, want) in [
            ("全省现有吸毒人员1.1万 2022年新发现710名", Some(2023)),
            ("某省2022年禁毒工作总结", Some(2022)),
            ("某省2022年禁毒工作情况通报", Some(2022)),
        ] {
            assert_eq!(fiscal_year(title, body, Summary), want, "{title}");
        }
        let only_last = "2023-06-22 03:43\n2022年全省新发现吸毒人员710名，破获毒品犯罪案件160起。";
        assert_eq!(fiscal_year("全省现有吸毒人员1.1万 2022年新发现710名", only_last, Summary), Some(2022));
    }

    /// An undated summary of 今年 is of the year its campaign is named after.
    #[test]
    fn an_undated_summary_takes_its_campaigns_year() {
        use Kind::Summary;
        for (body, want) in [
            ("今年以来，全市破获毒品刑事案件4起。2022年，全市实现四个下降。围绕“清源断流——2023”专项行动。", Some(2023)),
            ("今年以来，全县深入开展“净边2021”专项行动。2020年，全县破获案件9起。", Some(2021)),
            ("今年以来，全区开展清源断流-2024行动，破获案件3起。2023年破获10起。", Some(2024)),
            ("2022年，全市实现四个下降。", Some(2022)),
            // (the year inside the campaign's name)
            ("今年以来，全省开展“禁毒2018两打两控”专项行动，侦破毒品刑事案件2790余宗。", Some(2018)),
            ("今年以来，全市深入推进“净边2020攻坚”行动，破获毒品刑事案件12起。", Some(2020)),
            ("今年以来，全县开展“护苗2019禁毒宣传”活动，举办禁毒讲座30场。", Some(2019)),
            ("今年以来，全县开展“净边2021”专项行动。县禁毒办被评为“禁毒2022年先进集体”。", Some(2021)),
            // (…and with no 今年 at all, its only year the campaign's, even opening the name)
            ("6月22日，县委召开“2018两打两控”和禁毒严打整治专项行动现场会，推动专项行动深入开展。", Some(2018)),
            ("县禁毒委部署“禁毒2019两打两控”专项行动，各乡镇开展排查。", Some(2019)),
            ("县委召开禁毒工作现场会，推动禁毒严打整治专项行动深入开展。", None),
            // a dated page keeps its date line's year (its 今年 figures are that year's)…
            (
                "发布时间：2024-01-10\n今年以来，“清源断流——2023”专项行动收官，全市破获案件3起。去年破获案件12起。",
                Some(2024),
            ),
            // …unless its only figures are last year's (去年破获…12起 in January): that year's account
            ("发布时间：2024-01-10\n今年以来，“清源断流——2023”专项行动收官。去年破获案件12起。", Some(2023)),
        ] {
            assert_eq!(fiscal_year("禁毒工作新闻", body, Summary), want, "{body}");
        }
    }

    /// An undated summary of 今年 is of the year of the day its figures stand at (截至…年…月),
    /// not of the earlier years it looks back on; a year it names as ended (截至…年底) is past.
    #[test]
    fn an_undated_summary_of_this_year_is_dated_by_its_as_of_day() {
        use Kind::Summary;
        for (body, want) in [
            (
                "今年1至6月，全市查处吸毒人员661人。截至2015年6月1日，全市在册吸毒人员6041人。2014年，全市考评位列全省第三。2014年以来成效明显。",
                Some(2015),
            ),
            ("今年以来，全县破获毒品刑事案件12起。截止2019年10月底，全县现有吸毒人员352人。2018年全县破获23起，2018年新发现41人。", Some(2019)),
            (
                "今年前三季度，全区查获吸毒人员48人次；截至2021年9月30日，全区在册吸毒人员1120名，比2020年底减少63名，2020年新发现41名。",
                Some(2021),
            ),
            // a year-end stock of last year does not date a text of this year
            ("今年以来，全州破获案件30起。截至2022年底，全州在册吸毒人员2100名。2023年，全州开展清源断流行动。", Some(2023)),
            // …and a year named as ended (截至2022年底), with none after it, is the one before this
            (
                "今年1至5月，全省破获毒品犯罪案件160起。2022年全省新发现吸毒人员710名。截至2022年底，全省现有吸毒人员1120名。",
                Some(2023),
            ),
            ("今年以来，全县查处吸毒人员26人。截止2020年12月31日，全县在册吸毒人员301人。", Some(2021)),
        ] {
            assert_eq!(fiscal_year("禁毒工作会议", body, Summary), want, "{body}");
        }
    }

    /// 去年 as a comparison's baseline (与去年同期相比, 较去年同期) or as the start of a span to now
    /// (去年10月至今) does not make a dated summary last year's; 去年 as its subject does.
    #[test]
    fn a_span_since_last_year_with_only_changes_of_its_own_is_of_the_pages_year() {
        let head = "某市禁毒工作新闻发布会\n发布时间：2019-06-25 18:47\n";
        for (body, want) in [
            // years listed after a comparison's 较 are baselines all; the span's year states only changes
            ("自2018年6月以来，全市共查获毒品违法犯罪嫌疑人4087名。2018年以来，全市建成工作站220个。2018年，全市新滋生吸毒人员较2015年、2016年、2017年分别下降62.3%、33.4%、19.2%。", Some(2019)),
            ("2018年以来，全县共破获毒品刑事案件56起。2018年，全县吸毒人员比2016年、2017年分别下降20%、8%。", Some(2019)),
            ("2018年以来，全区查处吸毒人员210人次。2018年，全区现有吸毒人员同比下降12%。", Some(2019)),
            // …but a sentence of that year holding a count is its own figures
            ("2018年以来，全县共破获毒品刑事案件56起。2018年，全县破获毒品刑事案件40起，较2016年、2017年分别上升5%、8%。", Some(2018)),
        ] {
            assert_eq!(fiscal_year("（资料图片）", &format!("{head}{body}"), Kind::Summary), want, "{body}");
        }
        // (a list of years after 较 are all baselines; a list after another word is not)
        let t = "较2015年、2016年、2017年分别下降";
        assert!(baseline_year(t, t.find("2017").unwrap()));
        let t = "在2016年、2017年分别下降";
        assert!(!baseline_year(t, t.find("2017").unwrap()));
    }

    #[test]
    fn last_year_as_a_baseline_does_not_date_a_summary() {
        use Kind::Summary;
        for (body, want) in [
            ("发布时间：2019-07-01\n今年以来，全县破获毒品刑事案件12起，与去年同期相比上升20%，查处吸毒人员40人，较去年同期下降5%。", Some(2019)),
            // levels as at last year's end and no count of this year's: last year's closing account
            ("发布时间：2018-06-22\n据统计，截至2017年底，全市现有吸毒人员4.2万余人。其中，35岁以下占36.5%。", Some(2017)),
            ("2019-03-05 09:12 来源：某日报\n截止2018年12月31日，全县登记在册吸毒人员1260名，社区戒毒执行率98%。", Some(2018)),
            // …but this year's counts beside them keep the page this year's
            ("发布时间：2018-06-22\n截至2017年底，全市登记在册吸毒人员5200名。今年以来，全市破获毒品刑事案件60起。", Some(2018)),
            // an honour last year won (去年…得到贺电表彰, 去年被评为…) recalls it: no account of last year
            ("发布时间：2025-06-27\n全省公安机关侦破一批目标案件，去年两起重大制毒案件得到公安部贺电表彰；全省“笑气”警情同比下降20%。", Some(2025)),
            ("发布时间：2021-06-20\n去年，某市被评为全国禁毒示范城市。全市禁毒宣传覆盖率达95%。", Some(2021)),
            ("2019-06-25 10:12 来源：某日报\n某县禁毒大队去年荣获全国禁毒工作先进集体，全县禁毒知识知晓率达92%。", Some(2019)),
            // …but last year's own figures still make it last year's, honour or no honour
            ("发布时间：2021-06-20\n去年，全市破获毒品刑事案件88起，获公安部嘉奖。", Some(2020)),
            ("发布时间：2021-08-12\n全市查处吸毒人员310人，比去年同期下降12%，强制隔离戒毒比去年减少9人。", Some(2021)),
            ("2015-06-24 15:00:04\n近三年全县破获案件138起；在去年10月至今3月底开展的专项行动中查处吸毒人员364人。", Some(2015)),
            ("发布时间：2017-01-05\n去年，全县共破获毒品刑事案件31起，去年全年查处吸毒人员96人。", Some(2016)),
        ] {
            assert_eq!(fiscal_year("禁毒工作会议", body, Summary), want, "{body}");
        }
    }

    /// A text speaking of itself as a city (我市, 全市) names districts in passing: none is its place.
    #[test]
    fn a_city_text_is_not_about_a_district_named_in_passing() {
        let g = Gazetteer::global();
        let body = "6月23日上午，我市举办禁毒宣传活动。全市各级禁毒部门持续强化缉毒执法，我市公安机关共破获毒品案件349起。来自魏都区、东城区等地的相关单位展出展板。";
        assert_eq!(identify("禁毒宣传活动", body, body, g).county, "");
        // a county-level city speaking of itself as 市 keeps its name
        let body = "醴陵市召开禁毒工作新闻通报会。我市公安局共侦破涉毒刑事案件116起，全市社戒社康执行率达100%。";
        assert_eq!(identify("醴陵市禁毒工作新闻通报会", body, body, g).county, "醴陵市");
    }

    /// A city's page speaking of itself as 全市 and naming a county of another city only by its
    /// short name in passing (西华师大附中, a school named after 西华县 of 周口) is the city's it
    /// names (巴中), not the city of that county.
    #[test]
    fn a_county_of_another_city_named_in_passing_leaves_the_texts_city() {
        let g = Gazetteer::global();
        let body = "四川新闻网巴中6月27日讯 6月26日是第32个国际禁毒日，巴中市强制隔离戒毒所举行禁毒宣传教育活动。\n“我觉得参加这次禁毒活动很有意义。”西华师大附中的王同学对记者说到。\n而在巴中，全市登记在册吸毒人员达4834人。";
        let id = identify("禁毒宣传教育活动", body, body, g);
        assert_eq!((id.county.as_str(), id.city.as_str()), ("", "巴中市"));
        // (a city's text naming its own districts in passing, its city by name too, keeps it)
        let body = "6月23日上午，许昌市举办禁毒宣传活动。全市共破获毒品案件349起。来自魏都区等地的相关单位展出展板。";
        assert_eq!(identify("禁毒宣传活动", body, body, g).city, "许昌市");
    }

    /// A county's news that holds its figures against its city's (低于全市4.4个百分点, 占全市比
    /// 33.3%) speaks of the county, not of the city; a city's own 全市 still makes a city's text.
    #[test]
    fn a_citys_figure_as_a_measure_is_no_word_of_the_texts_area() {
        let g = Gazetteer::global();
        let body = "中新网四川新闻12月28日电(吴平华)28日,安岳县举行2023年禁毒工作新闻发布会。\n2023年度,安岳县毒品刑事案件发案数同比下降44.4%。破获部督目标案件1件,占全市比33.3%。";
        let title = body.lines().next().unwrap();
        assert_eq!(identify(title, body, body, g).county, "安岳县");
        assert!(reference_scope("低于", "4.4个百分点"));
        assert!(reference_scope("某县排名居", "第一"));
        assert!(!reference_scope("今年以来，", "共破获"));
        // (levels listed together are the ladder a county is held against: 全国全省, 全省、全市)
        let body = "中新网四川新闻12月28日电(吴平华)28日,安岳县举行2023年禁毒工作新闻发布会。安岳禁毒工作实现从“全国全省毒情高危区域”到“整体毒情形势持续向好”的转变。\n2023年度,安岳县毒品刑事案件发案数同比下降44.4%。";
        let title = body.lines().next().unwrap();
        assert_eq!(identify(title, body, body, g).county, "安岳县");
        assert!(reference_scope("从“全国", "毒情高危区域"));
        assert!(reference_scope("走在", "、全市前列"));
        assert!(!reference_scope("今年，", "破获毒品案件"));
        let body = "6月23日上午，我市举办禁毒宣传活动。全市共破获毒品案件349起，其中安岳县破获12起，占全市比3.4%。";
        assert_eq!(identify("禁毒宣传活动", body, body, g).county, "");
        // (the field a unit is the first of, or stands out among by the count of its peers: no
        // word of the text's own area — a district's street first in its city is the district's)
        let body = "4月18日，广州市白云区松洲街举行揭牌仪式。松洲街在全市176个镇街中率先成立联席办公室。";
        assert_eq!(identify("广州：全市首个！白云松洲成立联席办公室", body, body, g).county, "白云区");
        let body = "5月8日，昆明市官渡区关上街道禁毒社工站挂牌，为全省首家街道级禁毒社工站。";
        assert_eq!(identify("昆明：全省首家街道禁毒社工站挂牌", body, body, g).county, "官渡区");
        assert!(reference_scope("率先在", "首个成立"));
        assert!(reference_scope("是", "唯一获此称号的街道"));
        assert!(reference_scope("在", "86个县（市、区）中排名第三"));
        assert!(!reference_scope("今年以来，", "176个村（社区）开展禁毒宣传"));
        assert!(!reference_scope("", "12个乡镇共查处吸毒人员40人"));
        assert!(!reference_scope("", "12个乡镇中有8个实现无毒"));
    }

    /// A province's news names the provinces that helped in a list (在安徽、河南、湖北等地警方的
    /// 配合下): its own province is the one of the city it names.
    #[test]
    fn provinces_listed_as_helpers_are_not_the_texts() {
        let g = Gazetteer::global();
        let body = "今年1至5月，全省共破获毒品犯罪案件382起。4月29日，石家庄市公安局禁毒处在安徽、河南、湖北等地警方的配合下，成功侦破该案件。";
        let id = identify("全省禁毒工作取得成效", body, body, g);
        assert_eq!((id.county.as_str(), id.province.as_str()), ("", "河北省"));
        // a province named on its own is the text's
        let body = "今年以来，四川全省共破获毒品犯罪案件1200起，成都市公安局联合重庆、云南等地警方破获大案。";
        assert_eq!(identify("全省禁毒工作", body, body, g).province, "四川省");
    }

    /// A city's news naming its city only in its body (周口市公安局…我市) is that city's.
    #[test]
    fn a_city_text_names_its_city_in_its_body() {
        let g = Gazetteer::global();
        let body = "本报讯 昨日，周口市公安局禁毒支队举行禁毒宣传活动。据了解，今年以来，我市共破获毒品刑事案件120起，全市查处吸毒人员300人。";
        let id = identify("禁毒宣传活动走进广场", body, body, g);
        assert_eq!((id.county.as_str(), id.city.as_str(), id.province.as_str()), ("", "周口市", "河南省"));
        // a province's text naming a city in passing stays the province's
        let body = "今年以来，全省共破获毒品刑事案件1200起，全省查处吸毒人员3000人，其中周口市破获案件120起。";
        assert_eq!(identify("全省禁毒工作", body, body, g).city, "");
    }

    /// A city's news naming the city again and again and a district once (a model site) is
    /// the city's; a county's news naming its city once stays the county's.
    #[test]
    fn a_county_named_once_in_a_citys_news_is_not_its_place() {
        let g = Gazetteer::global();
        let body = "记者在合肥禁毒工作会议上获悉，今年以来，合肥共侦破毒品刑事案件440起。合肥将继续推进社区戒毒工作。此前，合肥蜀山区琥珀街道被命名为全国社区戒毒社区康复示范点。";
        let id = identify("合肥登记在册吸毒人员达6634人", body, body, g);
        assert_eq!((id.county.as_str(), id.city.as_str()), ("", "合肥市"));
        let body =
            "今年以来，蜀山区共侦破毒品刑事案件40起。蜀山区禁毒办联合合肥市禁毒办开展宣传，蜀山区查处吸毒人员120人。";
        assert_eq!(identify("禁毒工作情况", body, body, g).county, "蜀山区");
    }

    /// A town's or subdistrict's text, or a county's text naming its towns but never itself,
    /// has the county of those towns (and its city and province); a city's text naming a town
    /// in passing keeps none.
    #[test]
    fn a_text_named_by_its_towns_has_their_county() {
        let g = Gazetteer::global();
        let body = "2023年，哑柏镇禁毒工作在县禁毒委的指导下扎实推进。全镇现有社戒社康人员12名，管控率达100%。";
        let id = identify("哑柏镇2023年禁毒工作总结", body, body, g);
        assert_eq!((id.county.as_str(), id.city.as_str(), id.province.as_str()), ("周至县", "西安市", "陕西省"));
        let body =
            "一年来，全县禁毒工作扎实推进。王宅镇、茭道镇、白姆乡分别建成禁毒宣传阵地。全县破获毒品刑事案件12起。";
        assert_eq!(identify("2021年禁毒工作总结", body, body, g).county, "武义县");
        // a town of a name shared by five counties, told by the city its text names
        let body = "沧州市韩集镇禁毒办全年组织尿检62人次。";
        assert_eq!(identify("禁毒工作情况", body, body, g).county, "盐山县");
        // a city's text: the town is the venue of its event
        let body = "全市禁毒宣传月活动在哑柏镇启动。全市共破获毒品刑事案件88起，我市查处吸毒人员210人。";
        let id = identify("西安市禁毒宣传月活动启动", body, body, g);
        assert_eq!((id.county.as_str(), id.city.as_str()), ("", "西安市"));
    }

    /// A text without a title opens on a paragraph of sentences: a county its first paragraph
    /// names in passing (其中，广安区公安局…) is not the text's as a title's would be.
    #[test]
    fn a_county_in_a_first_paragraph_of_sentences_is_no_titles() {
        let g = Gazetteer::global();
        let first = "今年以来，全省公安机关共破获毒品刑事案件2136起，抓获犯罪嫌疑人3012名。其中，广安区公安局破获毒品刑事案件15起。全省查处吸毒人员8620人次。";
        let body = format!("{first}\n四川省公安厅 2023年12月28日");
        let id = identify(first, &body, &body, g);
        assert_eq!((id.county.as_str(), id.province.as_str()), ("", "四川省"));
        // (a title of the county's own keeps it)
        let id = identify("广安区禁毒工作情况", &body, &body, g);
        assert_eq!(id.county, "广安区");
    }

    /// A text of the whole country names places as examples: by a short name (重庆北碚, 广州白云)
    /// they are none of its own, nor their provinces; a county's text saying 全国 keeps its county.
    #[test]
    fn a_national_texts_examples_are_no_place() {
        let g = Gazetteer::global();
        for body in [
            "新华社海口12月20日电 2018年，我国新发现吸毒人员数量下降63%。全国禁毒重点整治取得成果。湖南永州、怀化等地破案数同比增长一倍，重庆北碚、山东等地查获吸毒人员数同比增长30%以上。",
            "我国禁毒工作成效显著。全国共破获毒品犯罪案件5.4万起，广州白云今年“两抢”下降84%。",
        ] {
            let id = identify("禁毒工作会议", body, body, g);
            assert_eq!((id.county.as_str(), id.city.as_str(), id.province.as_str()), ("", "", ""), "{body}");
        }
        for (body, want) in [
            ("平阳县被评为全国禁毒示范县。全国禁毒办领导来平阳县调研，全县查处吸毒人员30人。", "平阳县"),
            ("近日，仙游县社区戒毒工作站揭牌，这是全国首批、我国东南首个示范站。", "仙游县"),
        ] {
            assert_eq!(identify("禁毒工作", body, body, g).county, want, "{body}");
        }
        // a province ranked in the country (名列全国第九位, 居全国第四位) is still the text's own
        let body = "广西公安厅副厅长介绍，共破获毒品刑事案件585起。广西破获毒品刑事案件总数名列全国第九位，缴获海洛因重量名列全国第四位，缴获摇头丸重量居全国第二位。";
        assert_eq!(identify("广西50天缴获毒品", body, body, g).province, "广西壮族自治区");
    }

    /// A county named only inside a title in book-title marks (a cited paper, a statute of a
    /// county) is that publication's subject, not the place of a text that never speaks of
    /// itself as a county; a county text citing its own 《…县…》 keeps its county.
    #[test]
    fn a_county_inside_a_cited_title_is_no_place() {
        let g = Gazetteer::global();
        for body in [
            "2018年全国查处吸毒人员71.7万人次。参见韩永泉：《我国社区戒毒社区康复工作现状及对策——重庆市江北区的实践视角》，《人民法治》2018年第6期。",
            "据《平阳县禁毒志》记载，全国破获毒品犯罪案件4.63万起。",
            "全省查处吸毒人员2.1万人次。《关于推广海门市社区戒毒经验的通知》印发后，各地社区戒毒执行率提升。",
        ] {
            assert_eq!(identify("禁毒工作", body, body, g).county, "", "{body}");
        }
        for (body, want) in [
            // (named outside the marks too, or a text of a county)
            ("根据《平阳县禁毒工作实施意见》，全县共破获毒品刑事案件12起。", "平阳县"),
            // (江北区 is a district of 重庆 and of 宁波: the text's city places it)
            ("《江北区禁毒条例》施行以来，重庆市江北区共查处吸毒人员120人次。", "江北区"),
        ] {
            assert_eq!(identify("禁毒工作", body, body, g).county, want, "{body}");
        }
    }

    /// A newspaper's or website's name is no place (新民晚报 is not 新民市's, 龙港网 not 龙港's).
    #[test]
    fn a_newspapers_name_is_no_place() {
        let g = Gazetteer::global();
        for body in [
            "新民晚报讯 记者从市禁毒办获悉，截至2017年底，全市共破获毒品刑事案件1200起。",
            "龙港网讯 今年以来，全镇共查获吸毒人员12人，开展禁毒宣传活动8场。",
        ] {
            assert_eq!(identify("禁毒工作取得成效", body, body, g).county, "", "{body}");
        }
        // the county's own name standing as the place still is
        let body = "平阳县禁毒办：今年以来，平阳县共破获毒品刑事案件12起，全县查处吸毒人员30人。";
        assert_eq!(identify("禁毒工作", body, body, g).county, "平阳县");
    }

    /// An evaluation naming no year but the day it was written or reported (报告日期：2023年4月10日,
    /// 填报时间：2022-03-15 over 本年度…) is of the year before that day's; a form's label of the
    /// year (项目实施年度 2021, 执行年度：2022) names its year.
    #[test]
    fn an_evaluation_dated_only_by_its_writing() {
        for (title, body, kind, want) in [
            (
                "汝城县禁毒委员会办公室部门整体支出绩效自评报告",
                "报告日期：2023年4月10日\n一、基本情况\n本年度年初预算56万元，全年实际支出54.3万元。",
                Kind::Whole,
                Some(2022),
            ),
            (
                "禁毒专项经费项目支出绩效自评报告",
                "一、项目概况\n本年度安排禁毒专项经费30万元，实际支出28.5万元。\n填报日期：2022年3月15日",
                Kind::Project,
                Some(2021),
            ),
            (
                "某县司法局部门整体支出绩效自评报告",
                "一、基本情况\n全年预算120万元，实际支出118万元。\n某县司法局\n2024年5月20日",
                Kind::Whole,
                Some(2023),
            ),
            (
                "项目支出绩效自评表",
                "项目名称\t社区戒毒社区康复经费\n项目实施年度\t2021\n主管部门\t宜章县司法局",
                Kind::Project,
                Some(2021),
            ),
            (
                "项目支出绩效自评表",
                "项目名称\t禁毒宣传经费\n执行年度：2022年度\n主管部门\t某县公安局",
                Kind::Project,
                Some(2022),
            ),
            // (a year the text names besides its date still decides)
            (
                "某县禁毒办部门整体支出绩效自评报告",
                "报告日期：2023年4月10日\n2022年度年初预算56万元。",
                Kind::Whole,
                Some(2022),
            ),
        ] {
            assert_eq!(fiscal_year(title, body, kind), want, "{title} / {body}");
        }
    }

    /// A title run over two lines, the unit's name above the report's (嘉禾县禁毒委员会办公室 /
    /// 关于2022年度禁毒专项经费使用情况的自评报告): the report's line names the kind, even run on
    /// into the first sentence.
    #[test]
    fn the_kind_named_on_a_titles_second_line() {
        for (title, body, want) in [
            (
                "嘉禾县禁毒委员会办公室",
                "关于2022年度禁毒专项经费使用情况的自评报告2022年，县财政安排禁毒专项经费40万元。",
                Kind::Project,
            ),
            ("嘉禾县禁毒委员会办公室", "关于2022年度禁毒专项经费使用情况的自评报告\n一、基本情况", Kind::Project),
            ("某县司法局", "2022年度社区戒毒社区康复工作经费项目支出绩效自评表\n项目名称\t社区戒毒经费", Kind::Project),
            ("某县禁毒委员会办公室", "2022年度部门整体支出绩效自评报告\n一、部门基本情况", Kind::Whole),
            // (a summary's first lines name no evaluation)
            ("某县禁毒委员会办公室", "2022年禁毒工作总结\n2022年，全县共破获毒品刑事案件12起。", Kind::Summary),
        ] {
            assert_eq!(kind_in(title, body), want, "{title} / {body}");
        }
    }

    /// A county whose name another county bears too (永定区 of 张家界 and of 龙岩): its text's
    /// city or province places it; when the text names neither, the record has no county (nor
    /// city) rather than the first of them by code, and its unit keeps its own name.
    #[test]
    fn a_county_of_a_shared_name_needs_its_city() {
        let g = Gazetteer::global();
        let place = |title: &str, body: &str| {
            let id = identify(title, body, body, g);
            (id.county, id.city, id.unit)
        };
        for (title, body, county, city) in [
            (
                "永定区禁毒委员会办公室2022年禁毒工作总结",
                "2022年，全区共破获毒品刑事案件15起，查处吸毒人员60人。",
                "",
                "",
            ),
            (
                "永定区禁毒委员会办公室2022年禁毒工作总结",
                "2022年，在张家界市禁毒委的指导下，全区共破获毒品刑事案件15起。",
                "永定区",
                "张家界市",
            ),
            (
                "湖南永定区禁毒工作取得新成效",
                "2022年，全区共破获毒品刑事案件15起，查处吸毒人员60人。",
                "永定区",
                "张家界市",
            ),
            (
                "永定禁毒：全年查处吸毒人员60人",
                "2022年，龙岩市永定区公安局共查处吸毒人员60人，全区开展宣传80场。",
                "永定区",
                "龙岩市",
            ),
            ("南山区公安局禁毒工作", "2023年，全区共破获毒品刑事案件9起。", "", ""),
            ("南山区公安局禁毒工作", "2023年，深圳市南山区公安局共破获毒品刑事案件9起。", "南山区", "深圳市"),
        ] {
            let (c, ci, _) = place(title, body);
            assert_eq!((c.as_str(), ci.as_str()), (county, city), "{title} / {body}");
        }
        // a 自评表's 实施单位 naming the shared county stays as written, under a 主管部门 that
        // names the city
        let form = "项目名称\t禁毒专项经费\n主管部门\t张家界市永定区公安局\t实施单位\t永定区公安局禁毒大队\n年度资金总额\t20\t20\t19.5\n";
        let (c, ci, unit) = place("项目支出绩效自评表", form);
        assert_eq!((c.as_str(), ci.as_str(), unit.as_str()), ("永定区", "张家界市", "永定区公安局禁毒大队"));
        let form = "项目名称\t禁毒专项经费\n主管部门\t永定区公安局\t实施单位\t永定区公安局禁毒大队\n年度资金总额\t20\t20\t19.5\n";
        let (c, _, unit) = place("项目支出绩效自评表", form);
        assert_eq!((c.as_str(), unit.as_str()), ("", "永定区公安局禁毒大队"));
    }

    /// News of an autonomous region's own organs (自治区公安厅, 自治区禁毒办) says 全区 of the whole
    /// region: a county named in passing (a headline of another article) is not its place.
    #[test]
    fn a_regions_own_news_has_no_county() {
        let g = Gazetteer::global();
        for body in [
            "内蒙古商报 “互联网+政务服务”中介超市在和林格尔新区启动\n本报讯 自治区公安厅召开新闻发布会，自治区禁毒办副主任介绍2020年全区禁毒工作。2020年，全区禁毒部门持续开展行动，全区组织开展大型禁毒宣传活动200余场，我区打击能力进一步提升，全区共破获毒品刑事案件。",
            "自治区禁毒委员会办公室通报：今年以来，全区共破获毒品刑事案件120起，全区查处吸毒人员900人，昌吉市开展集中行动。",
        ] {
            let id = identify("全区禁毒部门持续推进", body, body, g);
            assert_eq!(id.county, "", "{body}");
        }
        // a district's own news keeps its district
        let body = "青秀区禁毒办：今年以来，全区共破获毒品刑事案件12起，自治区禁毒委督导组来我区检查。";
        assert_eq!(identify("青秀区禁毒工作", body, body, g).county, "青秀区");
    }

    /// An undated page counting the International Day against Drug Abuse (第三十个国际禁毒日) is of
    /// that day's year; a year named only as a span's end (2018~2020年 plan) does not date it.
    #[test]
    fn the_drug_days_ordinal_dates_a_page() {
        use Kind::Summary;
        assert_eq!(article_date("今年6月26日是第三十个国际禁毒日。"), Some((2017, 6, 26)));
        assert_eq!(article_date("在第34个国际禁毒日到来之际，昨日举行主题活动。"), Some((2021, 6, 26)));
        assert_eq!(article_date("今年6月26日是第37个“6·26”国际禁毒日。"), Some((2024, 6, 26)));
        assert_eq!(article_date("国际禁毒日前夕，全县开展宣传。"), None);
        for (body, want) in [
            (
                "在第34个国际禁毒日到来之际，昨日举行主题活动。三年来，全市明确《三年行动计划（2018~2020年）》目标任务。全市公安机关共破获各类涉毒案件428起。",
                Some(2021),
            ),
            ("今年6月26日是第三十个国际禁毒日。今年以来，全市共破获毒品刑事案件209起。", Some(2017)),
            ("在第34个国际禁毒日到来之际。2020年，全市共破获毒品刑事案件40起。", Some(2020)),
        ] {
            assert_eq!(fiscal_year("禁毒主题活动", body, Summary), want, "{body}");
        }
    }

    /// A public security bureau's budget or final accounts whose duties name 禁毒 is read (its
    /// drug-control brigade's money and staff are inside); one that never names drug control is not.
    #[test]
    fn a_police_bureaus_accounts_naming_drug_control() {
        for (title, body, want) in [
            ("2021年度四川省阿坝州阿坝县公安局部门决算", "主要工作：（8）禁毒工作。截止到2021年末在职244人。", true),
            ("某县公安局2022年部门预算", "负责全县禁毒工作的组织实施。", true),
            ("某县公安局2022年部门预算", "负责全县道路交通管理工作。", false),
            // (an evaluation titled without its unit, its opening naming a drug-control organ)
            (
                "关于2022年度部门整体支出绩效自评的报告",
                "发布机构：某县禁毒委员会办公室\n某县禁毒委员会办公室核定编制4名。",
                true,
            ),
            ("某县2022年度部门整体支出绩效自评报告", "县禁毒办核定编制4名，实有4名。", true),
            ("关于2022年度部门整体支出绩效自评的报告", "某县文化馆核定编制14名。全年开展文艺演出62场。", false),
            ("关于2022年度部门整体支出绩效自评的报告", "某县政法委核定编制14名。", false),
            // (its results counting drug cases: 全年破获毒品刑事案件37起)
            ("某市公安局2020年度部门整体支出绩效评价报告", "全年破获毒品刑事案件37起，查处吸毒人员118人次。", true),
            ("某市公安局2020年度部门整体支出绩效评价报告", "全年破获刑事案件1037起，查处治安案件2118起。", false),
            ("某县交通运输局2022年部门决算", "配合开展禁毒宣传。", false),
            // (drug testing by hair named in a news title, the drug-control office in its text)
            ("某县扎实推进毛发检测工作", "记者从县禁毒办获悉，今年以来共开展毛发检测1236人。", true),
            ("某县扎实推进毛发检测工作", "今年以来共开展毛发检测1236人。", false),
            // (a government's work report reviewing the year with a drug-control count among its
            // results; without one — a word of 禁毒 alone — none)
            ("辰溪县人民政府工作报告", "平安辰溪建设深入推进，破获毒品刑事案件13起，刑事案件发案数下降9.4%。", true),
            ("某县2023年平安建设工作总结", "全年查处吸毒人员57人次，群众安全感99.1%。", true),
            ("某县人民政府工作报告", "深入开展禁毒人民战争，群众安全感99.1%。", false),
            ("某县人民政府工作报告", "全年破获刑事案件1037起。", false),
        ] {
            assert_eq!(drug_related(title, body), want, "{title}");
        }
    }

    /// A review of last year written early in this one, closing on this year's plans (今年我省将
    /// 进一步…), is of last year; this year's figures (今年以来，全县破获…) make it this year's.
    #[test]
    fn this_years_plans_do_not_date_a_review_of_last_year() {
        use Kind::Summary;
        for (body, want) in [
            (
                "2021/02/26/ 00:21 来源：甘肃日报\n去年，我省共破获毒品案件1100多起。今年我省将进一步强化系统观念。",
                Some(2020),
            ),
            ("发布时间：2019-01-20\n去年，全县破获毒品刑事案件31起。今年，全县要继续深化禁毒人民战争。", Some(2018)),
            ("发布时间：2019-01-20\n去年，全县破获毒品刑事案件31起。今年以来，全县已查处吸毒人员12人。", Some(2019)),
        ] {
            assert_eq!(fiscal_year("禁毒工作会议", body, Summary), want, "{body}");
        }
    }

    /// A dated page giving last year's figures by its number and naming this year only for
    /// what is to come (2019年是…的第四个年头) reviews last year; a year with figures of its own
    /// is the latest reviewed.
    #[test]
    fn the_latest_year_with_figures_is_reviewed() {
        use Kind::Summary;
        for (body, want) in [
            (
                "2019-06-26\n2018年，全省各地深入推进禁毒人民战争，全省破获毒品刑事案件12555起。2019年是全省禁毒人民战争的第四个年头。",
                Some(2018),
            ),
            (
                "发布时间：2021-07-05\n2020年，全市共查处吸毒人员860人次。2021年是建党100周年，全市将继续深化禁毒斗争。",
                Some(2020),
            ),
            (
                "2021-06-20\n2019年，全县破获毒品刑事案件31起。2020年，全县破获毒品刑事案件28起。2021年，全县将再接再厉。",
                Some(2020),
            ),
            // (this year's own figures keep it this year's)
            (
                "2019-06-26\n2018年，全省破获毒品刑事案件12555起。2019年，全省共破获毒品刑事案件5200起。",
                Some(2019),
            ),
        ] {
            assert_eq!(fiscal_year("", body, Summary), want, "{body}");
        }
    }

    /// Figures since a past year (X年以来, X年来, X年至今, 去年至今) in a page dated well into a
    /// later year run to that date: the record stands with the date's year; in January or
    /// February of the next year such a release is still the past year's account.
    #[test]
    fn a_span_since_a_past_year_stands_with_the_pages_year() {
        use Kind::Summary;
        for (body, want) in [
            ("2023-06-27 11:13:33 来源：中新网\n2022年以来，全区共破获毒品案件1377起。", Some(2023)),
            ("发布时间：2024-06-25\n2022年以来，全市共破获各类毒品案件169起，查获吸毒人员574名。", Some(2024)),
            ("2016-06-23 08:54:00 来源：长江日报\n去年至今全省共破获毒品案件9254起。2015年来，全省查处吸毒人员58465人次。", Some(2016)),
            ("发布时间：2021-06-18\n2020年以来，全省破获毒品刑事案件1994起。", Some(2021)),
            // …from a month of the past year (2021年6月至今, 自2018年6月份以来): across two years
            ("发布时间：2022-06-25\n记者从自治区公安厅获悉，2021年6月至今，公安机关共破获毒品刑事案件439起。", Some(2022)),
            ("2019-06-25 18:47 来源：新华社\n自2018年6月份以来，全市共查获毒品违法犯罪嫌疑人4087名。", Some(2019)),
            ("发布时间：2020-07-02\n2019年10月以来，全县开展专项行动，破获毒品刑事案件26起。", Some(2020)),
            // an undated item whose dateline's month is at or before the span's first (2021年6月至今
            // in one of 6月24日): a year on, at least; a later month may be the same year
            ("呼和浩特6月24日电 记者获悉，2021年6月至今，公安机关共破获毒品刑事案件439起。", Some(2022)),
            ("本报南宁5月30日讯 2019年10月以来，全区破获毒品刑事案件1260起。", Some(2020)),
            ("本报南宁12月30日讯 2019年10月以来，全区破获毒品刑事案件360起。", Some(2019)),
            // the first weeks of the next year: the past year's account
            ("发布时间：2020-01-13\n2019年以来，全市禁毒部门破获毒品案件468起。", Some(2019)),
            ("发布时间：2017-02-10\n去年以来，全县破获毒品刑事案件31起。", Some(2016)),
            // a year named as the subject, not as a span's start
            ("发布时间：2023-06-25\n2022年，全省破获毒品刑事案件1050起。2022年以来成效明显。", Some(2022)),
        ] {
            assert_eq!(fiscal_year("禁毒工作新闻", body, Summary), want, "{body}");
        }
    }

    /// A span of years (2016年至2020年, 2018年—2020年) counts by its end, and no page reports a
    /// year after its own date (a 2025至2026年 service contract announced in 2025).
    #[test]
    fn span_ends_and_future_years_do_not_date_a_page() {
        use Kind::*;
        assert_eq!(
            year_of("江西禁毒", "2016年至2020年，年均破获毒品刑事案3170起。2016年至2020年间，起诉人数上升至6828人。2020年新发现5739人。"),
            Some(2020)
        );
        assert_eq!(year_of("", "2018年—2020年三年行动计划完成，2020年全面收官。"), Some(2020));
        assert_eq!(
            fiscal_year(
                "禁毒社工服务项目",
                "2025-06-28 07:34:04\n县公安局公开招标2025至2026年禁毒社工服务项目。",
                Project
            ),
            Some(2025)
        );
        assert_eq!(
            fiscal_year(
                "禁毒工作",
                "发布时间：2019-05-10\n全县按照2019—2021年规划，目标到2021年新增吸毒人员下降。",
                Summary
            ),
            Some(2019)
        );
    }

    /// A page without a title lends its first sentence as one: the sentence's words (专项经费,
    /// 项目) name no kind; a unit's published budget or final accounts are the whole unit's.
    #[test]
    fn kinds_of_untitled_pages_and_budget_papers() {
        for (title, body, want) in [
            (
                "去年，某县禁毒委组织成员单位开展宣传，落实了社区戒毒专项经费，破获涉毒刑事案件125起。",
                "314名吸毒人员纳入社区戒毒。",
                Kind::Summary,
            ),
            (
                "今年以来，我市扎实推进禁毒重点项目建设，共破获毒品刑事案件40起，缴获毒品3千克。",
                "全市查处吸毒人员95人次。",
                Kind::Summary,
            ),
            ("2023年，县公安局禁毒大队使用禁毒专项资金开展宣传，全年破获毒品刑事案件9起。", "", Kind::Summary),
            (
                "本项目为2022年禁毒专项经费，年初预算数为30万元，全年执行数为29.5万元，执行率98.33%。",
                "项目支出绩效自评报告。预算执行率98.33%。",
                Kind::Project,
            ),
            ("广西某戒毒康复所", "2024年单位预算公开\n我单位总收入980万元，总支出980万元。", Kind::Whole),
            ("某县禁毒委员会办公室", "2023年度部门决算公开\n一、收入支出决算总体情况说明", Kind::Whole),
            ("某区司法局", "2025年部门预算情况说明\n一、收支预算总体情况", Kind::Whole),
        ] {
            assert_eq!(kind_in(title, body), want, "{title} / {body}");
        }
    }

    /// A year named as the other side of a comparison (与2020年相比, 同2021年同期相比, 和2019年比,
    /// 2022年同期为…) is no year of the text: an undated text of 今年 naming no other gets none.
    #[test]
    fn a_year_compared_with_is_no_year_of_the_text() {
        for body in [
            "今年以来，全县破获毒品刑事案件18起，查处吸毒人员44人次。与2020年相比，新发现吸毒人员下降37%。",
            "今年以来，全县破获毒品刑事案件21起，同2021年同期相比上升5%。",
            "今年以来，全区查处吸毒人员39人次，和2019年比减少6人次。",
            "今年1至4月，全县查处吸毒人员12人次，2022年同期为15人次。",
            "今年以来，全市共破获毒品刑事案件30起，跟2018年相较下降一成。",
        ] {
            assert_eq!(fiscal_year("某县禁毒工作稳步推进", body, Kind::Summary), None, "{body}");
        }
        // (a year of the text's own figures compared with another keeps its year)
        for (body, want) in [
            ("2022年，全县破获毒品刑事案件18起，与去年相比上升5%。", Some(2022)),
            ("2021年，全县破获毒品刑事案件20起，与2020年相比上升5%。", Some(2021)),
            ("2019年，全县查处吸毒人员56人次，同比下降8%。", Some(2019)),
        ] {
            assert_eq!(fiscal_year("某县禁毒工作稳步推进", body, Kind::Summary), want, "{body}");
        }
        // (与 before a year of another meaning than a comparison: not a baseline)
        let t = "将禁毒工作与2023年平安建设工作同部署";
        assert!(!baseline_year(t, t.find("2023").unwrap()));
        let t = "与2020年底的水平相比，全县现有吸毒人员下降";
        assert!(baseline_year(t, t.find("2020").unwrap()));
        // such a record says why it has no year
        let recs = super::super::extract_text(
            "t.txt",
            "攸县禁毒工作稳步推进\n今年以来，攸县共破获毒品刑事案件18起，查处吸毒人员44人次。与2020年相比，新发现吸毒人员下降37%。\n",
        );
        let r = recs.first().expect("a record");
        assert_eq!(r.id.year, None);
        assert!(r.notes.iter().any(|n| n.code == crate::model::FindingCode::C06 && n.message_zh.contains("基数")));
    }

    /// A page's date under a label (日期：, 时间：, 本站发表时间：[…]) is when it was put online, not a
    /// year the text reports: a review dated January 2021 of 2020 is 2020's.
    #[test]
    fn a_labelled_page_date_is_no_year_of_the_text() {
        for head in [
            "日期：2021年01月20日",
            "时间：2021-01-20",
            "本站发表时间：[2021-01-20]  来源：某县公安局",
            "更新时间: 2021-1-20",
        ] {
            let text = format!("桃江县禁毒工作综述\n{head}\n2020年，全县破获毒品刑事案件31起，查处吸毒人员176人次。\n");
            let recs = super::super::extract_text("t.txt", &text);
            let years: Vec<_> = recs.iter().map(|r| r.id.year).collect();
            assert_eq!(years, vec![Some(2020)], "{head}");
        }
    }

    /// A form's title with its unit printed again over the next page (after 第1页, or with （续）
    /// under it) continues the same record, even when the form's cells named a brigade of the
    /// unit; a second form of another unit's title is a record of its own.
    #[test]
    fn a_forms_title_repeated_over_its_next_page_continues_it() {
        let title = "民勤县公安局2020年度禁毒业务经费项目支出绩效自评表";
        let page1 = "项目名称\t禁毒业务经费\n实施单位\t民勤县公安局禁毒大队\n项目资金\t年初预算数\t全年执行数\n年度资金总额\t40\t38.5\n";
        for next in ["偏差原因分析：无。\n", "（续表）\n偏差原因分析：无。\n", "（第二页，续上表）\n总分\t100\t96\n"]
        {
            let recs = super::super::extract_text("t.txt", &format!("{title}\n{page1}{title}\n{next}"));
            assert_eq!(recs.len(), 1, "{next}");
            // (…after a row's figure as a pair on the line above it, the year's bracket left off)
            let recs =
                super::super::extract_text("t.txt", &format!("{title}\n{page1}自评得分：95.6\n{title}（续）\n{next}"));
            assert_eq!(recs.len(), 1, "{next}");
        }
        assert_eq!(without_continuation("某县禁毒办部门整体支出绩效自评表（续）"), "某县禁毒办部门整体支出绩效自评表");
        assert_eq!(
            without_continuation("某县禁毒办部门整体支出绩效自评表（2023年度）（续）"),
            "某县禁毒办部门整体支出绩效自评表"
        );
        let other = "永昌县公安局2020年度禁毒业务经费项目支出绩效自评表";
        let recs = super::super::extract_text("t.txt", &format!("{title}\n{page1}{other}\n{page1}"));
        assert_eq!(recs.len(), 2);
    }

    /// A justice bureau's whole-unit report whose work names community detox (社区戒毒社区康复) and
    /// 禁毒 once or twice among its other duties is read; one naming neither is no drug-control
    /// evaluation.
    #[test]
    fn a_justice_bureaus_report_naming_its_detox_work_is_read() {
        let title = "安仁县司法局2023年度部门整体支出绩效评价报告";
        let money = "全年预算1352.10万元，决算支出1318.65万元，执行率97.53%。";
        for (work, read) in [
            ("禁毒工作方面，全县在册社区戒毒社区康复人员112名，社戒社康人员管控率98.2%。", true),
            ("全年组织社区戒毒人员尿检1346人次。", true),
            ("全县在册社区矫正对象296人，调处矛盾纠纷1802件。", false),
        ] {
            let recs = super::super::extract_text("t.txt", &format!("{title}\n{money}\n{work}\n"));
            assert_eq!(!recs.is_empty(), read, "{work}");
        }
    }

    /// A saved page's site or section name on the line above its title (政务公开_某县人民政府网,
    /// 预算绩效 - 某县公安局, 某县禁毒网) is no first line of the title: the unit is the title's.
    #[test]
    fn a_site_name_above_the_title_is_no_part_of_it() {
        let title = "资中县公安局禁毒大队2020年度部门整体支出绩效自评表";
        let body = "单位：万元\n项目\t预算数\t决算数\t执行率\n支出合计\t236.5\t229.84\t97.18%\n";
        for site in ["政务公开_资中县人民政府网", "预算绩效 - 资中县公安局", "资中禁毒网", "首页｜政务公开｜预算决算"]
        {
            let recs = super::super::extract_text("t.txt", &format!("{site}\n\n{title}\n{body}"));
            let units: Vec<_> = recs.iter().map(|r| r.id.unit.clone()).collect();
            assert_eq!(units, vec!["资中县公安局禁毒大队".to_string()], "{site}");
        }
        // (a unit's name on the line above a title of the year's report is the title's first line)
        let recs = super::super::extract_text(
            "t.txt",
            &format!("资中县公安局禁毒大队\n2020年度部门整体支出绩效自评表\n{body}"),
        );
        assert_eq!(recs[0].id.unit, "资中县公安局禁毒大队");
    }

    /// A year only planned for after every year the text reports (2024年，全县将继续…; 2024年工作
    /// 打算; 2024年力争…) is the next year's, not the text's; a plan's year is the text's when it
    /// names no other.
    #[test]
    fn a_plan_year_after_the_reported_one_is_not_the_texts() {
        let title = "某县禁毒委员会办公室工作总结";
        for plan in [
            "2024年，全县将继续深化禁毒人民战争。",
            "2024年工作打算：巩固创建成果。",
            "2024年，力争破获毒品刑事案件20起以上。",
            "2024年工作思路是固本强基。",
        ] {
            let body = format!("2023年，全县共破获毒品刑事案件19起，查处吸毒人员45人次。\n{plan}");
            assert_eq!(year_of(title, &body), Some(2023), "{plan}");
        }
        assert_eq!(year_of(title, "2024年，全县将继续深化禁毒人民战争。"), Some(2024));
        // (a year reported twice over a plan's once is the text's all the same; a later year reported wins)
        assert_eq!(year_of(title, "2022年，全县破获毒品刑事案件9起。2023年，全县破获毒品刑事案件12起。"), Some(2023));
        assert!(planned("，全县将继续深化"));
        assert!(!planned("，全县共破获毒品刑事案件19起"));
    }

    /// A year opening a span with words before its 以来 (自2018年开展禁毒三年大会战以来, 从2019年
    /// 创建示范城市至今) is no year of the text's own figures: a dated page of 今年 is its date's.
    #[test]
    fn a_span_opened_with_words_between_is_no_year_of_the_text() {
        for lead in
            ["自2018年开展禁毒三年大会战以来", "从2019年创建全国禁毒示范城市至今", "自2017年禁毒人民战争打响以来"]
        {
            let body = format!(
                "发布时间：2021-06-26\n{lead}，某县累计破获毒品刑事案件58起。今年以来，全县破获毒品刑事案件6起。"
            );
            assert_eq!(fiscal_year("", &body, Kind::Summary), Some(2021), "{lead}");
            let t = format!("{lead}，累计破获");
            assert!(opens_span(&t, 3, 3 + "2018年".len()), "{lead}");
        }
        // (自 a year's month is a date, not a clause opening a span: 自2021年1月1日起施行)
        let t = "自2021年1月1日起施行";
        assert!(!opens_span(t, 3, 3 + "2021年".len()));
        assert_eq!(title_year("自2018年开展禁毒三年大会战以来某县累计破获毒品刑事案件58起"), None);
    }

    /// An undated page telling its figures as 去年's whose only year is an assessment's it recalls
    /// speaks from the year after the assessed one: its figures are of that year. A page of 今年's
    /// figures is not dated so, nor one naming another year of its own.
    #[test]
    fn an_undated_page_of_last_years_figures_is_of_the_assessed_year() {
        let body = "去年，某县禁毒委组织开展了主题宣传活动。截至去年12月底，共破获涉毒刑事案件125起。在全市2014年度禁毒综合考评中，某县排名前三。\n今年，某县禁毒委将推动禁毒宣传进场所。";
        assert_eq!(fiscal_year("", body, Kind::Summary), Some(2014));
        let this_year = "今年以来，某县共破获涉毒刑事案件25起，今年查处吸毒人员40人。在全市2014年度禁毒综合考评中，某县排名前三。去年某县获评先进。";
        assert_ne!(fiscal_year("", this_year, Kind::Summary), Some(2014));
        let own_year = "去年，某县共破获涉毒刑事案件125起。2015年，某县查处吸毒人员40人。在全市2014年度禁毒综合考评中，某县排名前三。";
        assert_ne!(fiscal_year("", own_year, Kind::Summary), Some(2014));
    }

    /// The year of an assessment a page recalls (在2021年度全市禁毒工作考评中，某县位列第一) is
    /// no year of its figures: the page's date and 今年 give it.
    #[test]
    fn an_assessments_year_is_no_year_of_the_text() {
        for lead in [
            "在2021年度全市禁毒工作考评中，宁远县位列第一。",
            "在全省2021年禁毒工作考核中，我县排名第三。",
            "在2021年度群众满意度调查中，该县名列前茅。",
        ] {
            let body =
                format!("发布时间：2022年06月26日\n{lead}今年以来，全县共破获毒品刑事案件10起，查处吸毒人员24人次。");
            let title = lead.split('。').next().unwrap_or("");
            assert_eq!(fiscal_year(title, &body, Kind::Summary), Some(2022), "{lead}");
            assert!(assessed(lead, lead.find("2021").unwrap()), "{lead}");
        }
        // (an honour's year, 2021年被评为…的某县, in an undated page of 今年: the page's year is not told)
        for lead in [
            "2021年被评为全省禁毒示范县的古丈县",
            "2019年荣获全国禁毒工作先进集体的某县",
            "2020年度被命名为无毒社区的某社区",
        ] {
            let body = format!("{lead}，今年以来共开展禁毒宣传活动40场次，破获毒品刑事案件3起。");
            assert_eq!(fiscal_year("禁毒工作动态", &body, Kind::Summary), None, "{lead}");
        }
        assert!(!honoured_in("2021年，全县破获毒品刑事案件10起"));
        assert!(!honoured_in("2019年全区禁毒工作获评先进"));
        // (a title reporting the assessment itself keeps its year; so does a year's own figures after 在)
        assert_eq!(title_year("2021年度禁毒工作考核情况通报"), Some(2021));
    }

    #[test]
    fn a_title_written_in_one_year_about_another_years_evaluation_has_the_evaluated_year() {
        let t = |s| title_year(s);
        assert_eq!(t("2024年铜川市王益区禁毒办关于2023年度部门整体支出绩效自评情况的报告"), Some(2023));
        assert_eq!(t("2023年某县禁毒委员会办公室关于报送2022年度项目支出绩效自评报告的函"), Some(2022));
        // (a plan for the next year after a summary is not what the title is about)
        assert_eq!(t("2023年禁毒工作总结暨关于2024年工作的打算"), Some(2023));
        assert_eq!(t("2022年度部门整体支出绩效评价报告"), Some(2022));
        let t = "在2021年，全县破获毒品刑事案件10起";
        assert!(!assessed(t, t.find("2021").unwrap()));
    }

    /// A summary whose title names no organ is the organ's that signs it at the foot, above its
    /// date or as its last line; a last line that is a sentence names none.
    #[test]
    fn a_summary_signed_at_its_foot_is_its_signers() {
        let g = Gazetteer::global();
        for (body, unit) in [
            ("今年以来，全县破获毒品刑事案件11起。\n兴国县禁毒委员会办公室\n2022年7月5日", "兴国县禁毒委员会办公室"),
            ("全年共破获毒品刑事案件26起。\n湄潭县禁毒委员会办公室\n二〇二四年一月十日", "湄潭县禁毒委员会办公室"),
            ("一年来，全县查处吸毒人员58人次。\n保靖县公安局禁毒大队", "保靖县公安局禁毒大队"),
            (
                "今年以来，全县破获毒品刑事案件11起。\n麻阳苗族自治县禁毒委员会办公室\n2022年12月",
                "麻阳苗族自治县禁毒委员会办公室",
            ),
            ("今年以来，全县破获毒品刑事案件11起。\n下半年，我办将继续抓好社区戒毒工作。\n2022年7月5日", ""),
        ] {
            let id = identify("禁毒工作半年情况通报", body, body, g);
            assert_eq!(id.unit, unit, "{body}");
        }
    }

    /// News naming no organ in its title takes the organ its opening makes the subject, named
    /// from its place on; an organ named by no place is none.
    #[test]
    fn news_takes_the_organ_its_opening_makes_the_subject() {
        let g = Gazetteer::global();
        for (body, unit) in [
            ("日期：2023年06月26日\n6月26日上午，福鼎市禁毒委员会在市区广场开展集中宣传活动。今年以来，全市破获毒品刑事案件9起。", "福鼎市禁毒委员会"),
            ("发布时间：2018-12-26\n今年1-11月，建德市公安局共破获毒品刑事案件17起。", "建德市公安局"),
            ("发布时间：2022-06-27\n凤庆县禁毒委员会办公室近日通报上半年工作情况。今年1至6月，全县共侦破毒品刑事案件15起。", "凤庆县禁毒委员会办公室"),
            ("发布时间：2022-06-27\n县公安局近日通报，今年以来全县共侦破毒品刑事案件15起。", ""),
            ("发布时间：2022-06-27\n岳阳市公安局禁毒支队联合平江县公安局开展清查，今年以来全县共侦破毒品刑事案件15起。", ""),
        ] {
            assert_eq!(identify("开展国际禁毒日集中宣传活动", body, body, g).unit, unit, "{body}");
        }
    }

    /// A short county name going on as a town's (永和镇 of 浏阳市, 双江镇 of 通道县, 龙潭乡) names the
    /// town: the county is the one the text names in full.
    #[test]
    fn a_town_sharing_a_counties_short_name_is_the_town() {
        let g = Gazetteer::global();
        for (title, body, county) in [
            ("永和镇开展禁毒宣传月活动", "发布时间：2023-06-20　来源：浏阳市人民政府\n浏阳市永和镇于6月19日开展禁毒宣传。今年以来，该镇开展禁毒宣传活动18场次。", "浏阳市"),
            ("双江镇召开禁毒工作会议", "通道侗族自治县双江镇召开禁毒工作会议。今年以来，全镇排查吸毒人员12名。", "通道侗族自治县"),
            ("永和街道禁毒工作见成效", "浏阳市永和街道今年以来开展禁毒宣传12场次。", "浏阳市"),
        ] {
            let id = identify(title, body, body, g);
            assert_eq!(id.county, county, "{title}");
        }
        // (a short name at a title's start, going on otherwise, is the county's still)
        let body = "今年以来，全县破获毒品刑事案件8起。";
        assert_eq!(identify("永和禁毒工作见成效", body, body, g).county, "永和县");
        assert!(g.short_names("永和乡村振兴").iter().any(|h| g.regions[h.0].county == "永和县"));
    }

    /// A cited document's title (根据《某省禁毒委员会办公室关于开展全省…的通知》要求) names its
    /// issuer's area, not the text's: its 全省 makes no province's text of a district's page.
    #[test]
    fn a_cited_notices_area_is_not_the_texts() {
        for (title, body, county, city) in [
            (
                "根据《甘肃省禁毒委员会办公室关于开展全省2023年第二季度毛发采集工作的通知》要求，6月9日，张掖市甘州区完成第二季度毛发抽检工作",
                "共对甘州区25名社会面吸毒人员进行了毛发采集。",
                "甘州区",
                "张掖市",
            ),
            (
                "按照《湖南省禁毒委员会办公室关于开展全省禁毒宣传月活动的通知》要求，岳阳市岳阳楼区开展禁毒宣传进社区活动",
                "今年以来，岳阳楼区开展禁毒宣传活动32场次。",
                "岳阳楼区",
                "岳阳市",
            ),
        ] {
            let r = crate::extract::extract_text("t.txt", &format!("{title}\n{body}\n"));
            let id = &r.first().expect("a record").id;
            assert_eq!((id.county.as_str(), id.city.as_str()), (county, city), "{title}");
        }
    }

    /// A short name an autonomous prefecture shares with its county-level city or county (大理 of
    /// 大理州 and 大理市, 楚雄, 红河 of 红河州 and 红河县) at a title's start, in a text naming the
    /// prefecture and never the county in full, is the prefecture's: no county.
    #[test]
    fn a_prefectures_short_name_at_a_titles_start_is_the_prefectures() {
        for (title, body, county, city) in [
            (
                "云南大理警方前5月破获毒品刑事案件百余起",
                "记者从大理白族自治州公安局获悉，1-5月，该州共破获毒品刑事案件131起。",
                "",
                "大理白族自治州",
            ),
            ("楚雄禁毒工作取得新成效", "今年以来，楚雄州共查获吸毒人员260人次。", "", "楚雄彝族自治州"),
            // (the county named in full is the county's news)
            ("大理警方开展禁毒宣传", "大理市公安局禁毒大队今年以来破获毒品刑事案件21起。大理州禁毒办到场指导。", "大理市", "大理白族自治州"),
            // (a prefecture speaking of itself as 州 names a county-level city of its own in passing)
            (
                "黔南警方禁毒会战取得阶段成效",
                "今年以来，全州公安机关共破获毒品刑事案件96起，我州禁毒工作位居全省前列。其中，都匀市破获毒品刑事案件31起。",
                "",
                "黔南布依族苗族自治州",
            ),
            // (a short name of no prefecture's is the county's as before)
            ("祁东禁毒宣传进校园", "今年以来，全县开展禁毒宣传活动46场次。", "祁东县", "衡阳市"),
        ] {
            let r = crate::extract::extract_text("t.txt", &format!("{title}\n{body}\n"));
            let id = &r.first().expect("a record").id;
            assert_eq!((id.county.as_str(), id.city.as_str()), (county, city), "{title}");
        }
    }

    /// A county-level city since made a district (章丘市 → 章丘区, 海门市 → 海门区), named in an
    /// older page as it was, is that district: its 市公安局 and 市禁毒委 are the county's own.
    #[test]
    fn a_county_level_city_since_made_a_district_keeps_its_county() {
        let g = Gazetteer::global();
        for (body, county) in [
            ("6月26日，章丘市禁毒委员会、章丘市公安局在广场举行禁毒宣传活动。今年以来，章丘警方破获毒品刑事案件12起。", "章丘区"),
            ("海门市公安局禁毒大队联合海门市禁毒委开展宣传，今年以来查处吸毒人员30人次。", "海门区"),
        ] {
            assert_eq!(identify("广场讲禁毒", body, body, g).county, county, "{body}");
        }
        // (a county named after its prefecture, 衡阳县 of 衡阳市, named in a city's text is no such city)
        let body = "2022年，衡阳市公安局共破获毒品刑事案件288起，衡阳市禁毒委表彰了衡阳县公安局。";
        assert_eq!(identify("禁毒工作情况", body, body, g).county, "");
    }

    /// A news dateline's city (中新社昆明1月10日电) is where the item was filed: a province's news
    /// after it has no city; a city's news naming itself keeps it.
    #[test]
    fn a_datelines_city_is_no_city_of_a_provinces_news() {
        let g = Gazetteer::global();
        for (title, body, province) in [
            ("中新社昆明1月10日电 云南省公安厅10日向媒体通报", "2023年全省共破获毒品刑事案件3136起。", "云南省"),
            (
                "新华社长沙6月25日电 湖南省禁毒委员会25日召开新闻发布会",
                "2022年，全省共破获毒品刑事案件4100起。",
                "湖南省",
            ),
        ] {
            let id = identify(title, body, body, g);
            assert_eq!((id.county.as_str(), id.city.as_str(), id.province.as_str()), ("", "", province), "{title}");
        }
        let body = "2022年，全市共破获毒品刑事案件310起，查处吸毒人员800人次。";
        let id = identify("本报岳阳6月25日讯 岳阳市禁毒委员会召开新闻发布会", body, body, g);
        assert_eq!(id.city, "岳阳市");
    }

    /// A national agency's dateline with its month and day in numerals (中新社北京十二月二十五日电)
    /// names where the item was filed too: the country's news under it is placed nowhere, and a
    /// province's keeps its province without the filing city.
    #[test]
    fn a_datelines_place_in_numerals_is_where_it_was_filed() {
        let g = Gazetteer::global();
        for (title, body, place) in [
            (
                "中新社北京十二月二十五日电 国家禁毒办副主任今天在新闻发布会上通报禁毒斗争形势时说",
                "今年一至十一月，全国公安机关共破获毒品犯罪案件五万余起，全国禁毒工作取得新进展。",
                ("", "", ""),
            ),
            (
                "新华社北京六月二十六日电 记者从国家禁毒委员会办公室获悉",
                "今年以来，全国共破获毒品刑事案件1.2万起，全国禁毒形势持续向好。",
                ("", "", ""),
            ),
            (
                "中新社成都十一月三日电 四川省公安厅三日通报",
                "今年以来，全省共破获毒品刑事案件2100起。",
                ("", "", "四川省"),
            ),
            // (a national daily's dateline in the capital, its body naming 全国 once)
            (
                "本报北京11月18日讯 记者某某 自9月30日开展百城禁毒会战以来，全国公安机关共破获毒品犯罪案件20013起",
                "公安部禁毒局局长今天在此间表示，会战以来，百城共破获毒品犯罪案件13628起。",
                ("", "", ""),
            ),
            // (Beijing's own news names its city in the body)
            (
                "本报北京6月25日讯 北京市禁毒委员会今天召开新闻发布会",
                "今年以来，全市共破获毒品刑事案件800起。",
                ("", "北京市", "北京市"),
            ),
        ] {
            let id = identify(title, body, body, g);
            assert_eq!((id.county.as_str(), id.city.as_str(), id.province.as_str()), place, "{title}");
        }
    }

    /// A summary signed at its foot on a day before the page put it online (2023年12月28日 under a
    /// 发布时间 of 2024-01-05) was written that day: its 今年 is the signature's year. A signature
    /// after the page's date, or long before it, does not move it.
    #[test]
    fn a_signature_before_the_pages_date_is_the_day_of_writing() {
        for (body, want) in [
            ("发布时间：2024-01-05 09:30\n今年以来，全县共破获毒品刑事案件12起。\n某县禁毒委员会办公室\n2023年12月28日", Some(2023)),
            ("发布时间：2024-01-08\n今年以来，全县共破获毒品刑事案件12起。\n某县禁毒委员会办公室\n二〇二三年十二月三十日", Some(2023)),
            ("发布时间：2024-01-05 09:30\n今年以来，全县共破获毒品刑事案件12起。", Some(2024)),
            // (a signature long before the page's date is a repost's: the page's date stands)
            ("发布时间：2024-07-05\n今年以来，全县共破获毒品刑事案件12起。\n2023年12月28日", Some(2024)),
        ] {
            assert_eq!(fiscal_year("禁毒委员会办公室年度工作总结", body, Kind::Summary), want, "{body}");
        }
    }

    /// A city's organ informing of a county its headline names (遵义市禁毒委通报… under 汇川区禁毒
    /// 工作获全市考评第一) is no unit of the county's news: the record is the county's. Under a
    /// headline naming no county the city's organ is the unit still.
    #[test]
    fn a_citys_organ_in_a_countys_news_is_not_its_unit() {
        let g = Gazetteer::global();
        let body = "发布时间：2024-02-05\n近日，遵义市禁毒委通报2023年度全市禁毒工作考评结果，汇川区位列第一。2023年，汇川区查处吸毒人员128人次。";
        let id = identify("汇川区禁毒工作获全市考评第一", body, body, g);
        assert_eq!((id.unit.as_str(), id.county.as_str(), id.city.as_str()), ("", "汇川区", "遵义市"));
        let id = identify("禁毒工作考评结果出炉", body, body, g);
        assert_eq!((id.unit.as_str(), id.county.as_str()), ("遵义市禁毒委", ""));
    }

    /// This year's months so far stating figures (1-9月，全市共破获…28起) beside last year's whole
    /// year (去年全年，全市共破获…44起) keep the page's year: last year's figures are a record of
    /// their own. With no months of this year the page is last year's account.
    #[test]
    fn this_years_months_beside_last_years_whole_year_keep_the_pages_year() {
        for (body, want) in [
            ("发布日期：2023-10-17\n1-9月，全市共破获毒品刑事案件28起，查处吸毒人员71人次。\n去年全年，全市共破获毒品刑事案件44起，查处吸毒人员103人次。", Some(2023)),
            ("发布日期：2023-07-12\n1至6月，全县破获毒品刑事案件8起。去年，全县破获毒品刑事案件19起，查处吸毒人员52人次。", Some(2023)),
            ("发布日期：2023-03-10\n去年，全县破获毒品刑事案件19起，查处吸毒人员52人次。", Some(2022)),
        ] {
            assert_eq!(fiscal_year("禁毒工作通报", body, Kind::Summary), want, "{body}");
        }
    }

    /// A headline naming its own event's year (召开2024年…新闻发布会, 部署2024年禁毒重点工作), dated
    /// that year, over the year before's figures only is that year's account; with this year's
    /// figures or levels beside them (今年以来, 截至目前) it keeps its year.
    #[test]
    fn a_headlines_event_year_over_last_years_figures_only() {
        for (title, body, want) in [
            (
                "沅陵县召开2024年“6·26”国际禁毒日新闻发布会",
                "发布时间：2024-06-25\n2023年以来，全县共破获毒品刑事案件41起。其中，2023年全县破获毒品刑事案件27起，查处吸毒人员86人次。",
                Some(2023),
            ),
            (
                "余庆县部署2024年禁毒重点工作",
                "发布时间：2024-01-17\n会上通报，2023年，全县共破获毒品刑事案件8起，查处吸毒人员21人次。会议对2024年禁毒重点工作作了安排部署。",
                Some(2023),
            ),
            (
                "某县召开2024年禁毒工作新闻发布会",
                "发布时间：2024-06-25\n2023年，全县破获毒品刑事案件27起。今年以来，全县破获毒品刑事案件9起。",
                Some(2024),
            ),
            (
                "某县召开2024年禁毒工作新闻发布会",
                "发布时间：2024-06-25\n2023年，全县破获毒品刑事案件27起。截至目前，全县在册社区戒毒社区康复人员132名。",
                Some(2024),
            ),
            // (a headline of results, no event's, keeps its year)
            ("某县2024年禁毒工作成效显著", "发布时间：2024-12-30\n2023年，全县破获毒品刑事案件27起。", Some(2024)),
        ] {
            assert_eq!(fiscal_year(title, body, Kind::Summary), want, "{title} {body}");
        }
    }

    /// An evaluation titled with the year it was written in (2024年某办部门整体支出绩效自评报告),
    /// signed before that year's end, whose text evaluates 2023年度 is of 2023; one whose text
    /// names its title's year as a fiscal one keeps it.
    #[test]
    fn an_evaluation_titled_with_its_year_of_writing() {
        let title = "2024年某县禁毒委员会办公室部门整体支出绩效自评报告";
        for (body, want) in [
            (
                "2023年度，我办年初预算112.6万元，全年实际支出109.8万元。\n某县禁毒委员会办公室\n2024年4月10日",
                Some(2023),
            ),
            (
                "2024年度，我办年初预算112.6万元，全年实际支出109.8万元。\n某县禁毒委员会办公室\n2025年3月10日",
                Some(2024),
            ),
            ("2024年度年初预算112.6万元，2023年度决算98万元。\n某县禁毒委员会办公室\n2024年12月10日", Some(2024)),
        ] {
            assert_eq!(fiscal_year(title, body, Kind::Whole), want, "{body}");
        }
    }

    /// A reporter's byline holding the day (记者 王磊 通讯员 陈曦 2024年1月19日) dates the page and
    /// is no year of its text: a January page of 2023年，全省… is 2023's account.
    #[test]
    fn a_bylines_day_dates_the_page() {
        for (body, want) in [
            (
                "记者 王磊 通讯员 陈曦 2024年1月19日\n2023年，全省共破获毒品犯罪案件2871起，查处吸毒人员9120人次。",
                Some(2023),
            ),
            ("文/图 记者 岳珊 2024-01-19\n2023年，全县共破获毒品刑事案件204起。", Some(2023)),
            // (the first sentence run on after the byline, as a wrapped line is joined)
            (
                "记者 王磊 通讯员 陈曦 2024年1月19日2023年，全省共破获毒品犯罪案件2871起，查处吸毒人员9120人次。",
                Some(2023),
            ),
            ("记者 王磊 通讯员 陈曦 2024年6月19日\n今年以来，全省共破获毒品犯罪案件1201起。", Some(2024)),
        ] {
            assert_eq!(fiscal_year("全省禁毒工作取得新成效", body, Kind::Summary), want, "{body}");
        }
        assert_eq!(
            article_date("记者 王磊 通讯员 陈曦 2024年1月19日\n2023年，全省共破获毒品犯罪案件2871起。"),
            Some((2024, 1, 19))
        );
    }

    /// The year of each record a page yields, with the value of `f` in it (no file name's year:
    /// t.txt).
    fn years_of(text: &str, f: crate::model::Field) -> Vec<(Option<i32>, Option<f64>)> {
        crate::extract::extract_text("t.txt", text).iter().map(|r| (r.id.year, r.value(f))).collect()
    }

    /// A trail of the site's sections (中国长安网 > 公众版> 地方动态> 天津) over a meeting's headline
    /// is no title: the headline under it is, and a year's work meeting reviewing the year before
    /// (召开2014年禁毒工作会议，通报2013年…) is that year's account. A line of one or two sections,
    /// a quotation opening on '>' and a sentence are no trail.
    #[test]
    fn a_breadcrumb_is_no_headline() {
        use crate::model::Field::CriminalCases;
        for (text, want) in [
            (
                "中国长安网 > 公众版> 地方动态> 天津\n天津市召开2014年禁毒工作会议\n2014-03-27 10:16:53 来源：天津日报\n昨天，本市召开2014年禁毒工作会议，通报2013年禁毒工作情况，部署2014年工作任务。\n2013年，全市禁毒部门全面强化各项禁毒工作。据统计，全年共侦破毒品犯罪案件1317起，抓获毒品犯罪嫌疑人1369名。\n会议指出，今年是全面深化改革的第一年，要坚持源头治理。\n",
                (Some(2013), Some(1317.0)),
            ),
            (
                "四川新闻网 > 市州新闻 > 广元\n剑阁县召开2021年禁毒工作会议\n发布时间：2021-03-02 来源：剑阁县禁毒办\n3月1日，剑阁县召开2021年禁毒工作会议，总结2020年禁毒工作，安排2021年任务。\n2020年，全县禁毒部门扎实推进各项工作。据统计，全年共破获毒品刑事案件23起，查处吸毒人员61人次。\n会议强调，今年是“十四五”开局之年，各单位要压实责任。\n",
                (Some(2020), Some(23.0)),
            ),
            (
                "南方网 » 清远频道 » 县区动态\n英德市召开2019年禁毒工作会议\n发布日期：2019-03-06\n会议总结2018年全市禁毒工作，部署2019年禁毒工作任务。\n2018年，全市禁毒工作取得明显成效。全年共破获毒品刑事案件96宗，查获吸毒人员412人次。\n会议指出，今年是新中国成立70周年，禁毒工作任务繁重。\n",
                (Some(2018), Some(96.0)),
            ),
            (
                "东北网 > 东北网黑龙江 > 社会万象 > 法治聚焦\n绥棱县召开2018年禁毒工作会议\n2018-03-15 09:41:26 来源：东北网\n会议通报了2017年全县禁毒工作情况。2017年，全县禁毒战线攻坚克难。全年共破获毒品刑事案件14起，查处吸毒人员37人次。\n会议指出，今年是贯彻党的十九大精神的开局之年。\n",
                (Some(2017), Some(14.0)),
            ),
        ] {
            assert_eq!(years_of(text, CriminalCases), vec![want], "{text}");
        }
        for t in ["中国长安网 > 公众版> 地方动态> 天津", "首页>政声·政情>推荐", "网站首页 » 政务公开 » 工作动态"]
        {
            assert!(super::breadcrumb(t), "{t}");
        }
        for t in [
            "> 禁毒工作要常抓不懈",
            "首页 > 新闻",
            "破获案件数>10起，查处人数>50人，均完成目标",
            "某县禁毒办 > 工作总结 > 2023年全县禁毒工作总结报告及下一步工作打算安排",
        ] {
            assert!(!super::breadcrumb(t), "{t}");
        }
    }

    /// A site that dropped a year's digits (年，全县查处吸毒人员94人) gives a whole year's figures
    /// of a year left unsaid: before the page's date's November, the last year ended, whatever
    /// the province's wording; late in the year, or beside this year's own figures, the page's.
    /// A sentence opening on 年初 or 年底 has lost nothing.
    #[test]
    fn a_year_whose_digits_were_dropped_is_the_last_one_before_the_page() {
        use crate::model::Field::UsersCaught;
        for (text, want) in [
            (
                "今日永州讯 在第35个“6.26”国际禁毒日即将到来之际，6月24日，新田县举行禁毒宣传活动。\n近年来，新田深入推进禁毒人民战争。年，全县查处吸毒人员94人，刑拘涉毒犯罪嫌疑人55人。\n",
                Some(2021),
            ),
            (
                "宁南县禁毒工作取得新成效\n发布时间：2023-06-25 来源：宁南县禁毒办\n年，全县共查获吸毒人员57人次，破获毒品刑事案件12起，禁毒工作位列全州前列。\n",
                Some(2022),
            ),
            (
                "镇宁县禁毒工作综述\n2019年03月12日 10:20 来源：镇宁县融媒体中心\n禁毒工作稳步推进。年, 全县查处吸毒人员41人次，强制隔离戒毒13人。\n",
                Some(2018),
            ),
            // (late in the year: its own)
            (
                "宁南县禁毒工作取得新成效\n发布时间：2023-12-20 来源：宁南县禁毒办\n年，全县共查获吸毒人员57人次，破获毒品刑事案件12起。\n",
                Some(2023),
            ),
            // (年初 opens a sentence with no digits lost)
            (
                "宁南县禁毒工作取得新成效\n发布时间：2023-06-25 来源：宁南县禁毒办\n年初以来，全县共查获吸毒人员57人次，破获毒品刑事案件12起。\n",
                Some(2023),
            ),
        ] {
            let got = years_of(text, UsersCaught);
            assert_eq!(got.first().map(|r| r.0), Some(want), "{text}");
        }
        assert!(super::bare_year_figures("近年来，禁毒形势向好。年，全县查处吸毒人员94人。"));
        assert!(!super::bare_year_figures("年初，全县查处吸毒人员94人。"));
        assert!(!super::bare_year_figures("2021年，全县查处吸毒人员94人。"));
        assert!(!super::bare_year_figures("禁毒形势向好。年，全县开展宣传活动。"));
    }

    /// A forum's or a blog's post stamped at its foot with its poster and day (梁某(2014-11-15)
    /// 评论(0)) is of that day: a span to now it opens (2011年至今) runs to it, the record is that
    /// year's — not the span's start's next.
    #[test]
    fn a_posters_stamp_at_the_foot_dates_the_page() {
        use crate::model::Field::UsersCaught;
        for (text, want) in [
            (
                "区人大：关注禁毒工作\n区人大常委会召开主任会议，听取了区政府关于禁毒工作情况报告。\n2011年至今，我区禁毒工作考核指标一直排在全市的前列。\n会议要求加大投入。\n梁小孩(2014-11-15) 评论(0\n文章内容由网友提供，不代表本站观点\n",
                Some(2014),
            ),
            (
"县里的禁毒工作\n老家县城这几年变化很大。2012年至今，全县禁毒工作年年受到市里表彰。\n张三(2016-08-02) 阅读(35)\n",
                Some(2016),
            ),
        ] {
            let got = years_of(text, UsersCaught);
            assert_eq!(got.first().map(|r| r.0), Some(want), "{text}");
        }
        for (l, ok) in [
            ("梁小孩(2014-11-15) 评论(0", true),
            ("网友小李（2019-03-07 10:21）", true),
            ("全县共破获案件(2014-11-15统计)12起", false),
            ("（2014-11-15）", false),
        ] {
            assert_eq!(super::POSTER_STAMP.is_match(l), ok, "{l}");
        }
    }
}
