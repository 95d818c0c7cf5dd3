//! A web page's furniture around its article, dropped before the text is read: the links to
//! the articles before and after it (上一篇：思南县破获一起贩毒案…), lists of other articles under
//! their heading (相关阅读, 热点推荐: · 江口县今年以来查处吸毒人员21人次), readers' comments
//! (网友评论 and all after it), a WeChat article's counters (阅读 2856, 点赞 37), the print and
//! close buttons, the site's copyright and registration lines (版权所有, 黔ICP备05005296号,
//! 访问量：2387561). Their figures are other articles' or the site's, never the report's.
//! Hands the text back unchanged (borrowed) when it holds none of them, else with each such
//! line left empty, so that every other line keeps its number (the facts' provenance).

use std::borrow::Cow;

/// Headings of a list of other articles (the short lines after them are its links).
const LIST_HEADS: &[&str] = &[
    "相关阅读",
    "相关新闻",
    "相关链接",
    "相关文章",
    "相关推荐",
    "延伸阅读",
    "推荐阅读",
    "热点推荐",
    "热门推荐",
    "热门文章",
    "热点新闻",
    "热门新闻",
    "猜你喜欢",
    "最新文章",
    "最新新闻",
    "精彩推荐",
    "图片新闻",
    "往期回顾",
    "往期推荐",
];

/// Headings after which a page holds only its readers' comments.
const COMMENT_HEADS: &[&str] = &["网友评论", "发表评论", "全部评论", "评论区", "精选留言", "写留言", "我要评论"];

/// Pieces of every word of a page's furniture (篇 of 上一篇, 一条 of 下一条, 阅 of 阅读 and 相关阅读,
/// 荐 of 推荐, 赞 of 点赞, 浏 of 浏览, 击 of 点击数 …): a text without any is passed over in one
/// search. (Few and short: the packed search over Chinese text costs by the pattern; the 53
/// whole words cost ~2% of a national extraction, these ~1.5%.)
const GATE: &[&str] = &[
    "篇",
    "一条",
    "阅",
    "荐",
    "评论",
    "留言",
    "版权",
    "ICP",
    "赞",
    "浏",
    "击",
    "热",
    "猜",
    "往期",
    "相关",
    "最新",
    "图片新闻",
];

/// One search for the gate's words and the headings', built once.
/// (SIMD's packed search where the machine has it: the automaton's search cost ~4% of a
/// national extraction)
fn furnished(text: &str) -> bool {
    enum Search {
        Packed(aho_corasick::packed::Searcher),
        Automaton(aho_corasick::AhoCorasick),
    }
    static WORDS: once_cell::sync::Lazy<Search> = once_cell::sync::Lazy::new(|| {
        let words = || GATE.iter();
        match aho_corasick::packed::Config::new().builder().extend(words()).build() {
            Some(s) => Search::Packed(s),
            None => Search::Automaton(
                aho_corasick::AhoCorasick::new(words()).expect("the furniture's words build a searcher"),
            ),
        }
    });
    match &*WORDS {
        Search::Packed(s) => s.find(text).is_some(),
        Search::Automaton(a) => a.is_match(text),
    }
}

/// A line opening with the link to the article before or after (上一篇：…, 下一条: …).
fn neighbour_link(t: &str) -> bool {
    ["上一篇", "下一篇", "上一条", "下一条", "上一则", "下一则"].iter().any(|w| {
        t.strip_prefix(w)
            .is_some_and(|r| r.trim_start().is_empty() || r.trim_start().starts_with(['：', ':', ' ', '\u{3000}']))
    })
}

/// A heading standing alone on its line (相关阅读, 【热点推荐】, 相关阅读：).
fn heading_of(t: &str, heads: &[&str]) -> bool {
    let t = t.trim_matches(|c: char| c.is_whitespace() || "【】[]：:>》·■▍|".contains(c));
    heads.contains(&t)
}

/// A link in a list of articles: a short line, no sentence (no 。). Before the article's text
/// (a sidebar over it) only a numbered or bulleted one (1 丹寨县…, · 江口县…): the article's own
/// title and date line are short lines too.
fn link_like(t: &str, after_text: bool) -> bool {
    !t.is_empty() && t.chars().count() <= 48 && !t.contains('。') && !t.contains('；') && (after_text || bulleted(t))
}

/// A line opening with a list's number or bullet (1 , 1. , 1、, · , • , - , ▪ , ● , >).
fn bulleted(t: &str) -> bool {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() < t.len() {
        return rest.starts_with([' ', '.', '、', '\u{3000}', '\t']);
    }
    t.starts_with(['·', '•', '-', '▪', '●', '○', '■', '>', '◆', '★'])
}

/// A counter of a WeChat article or a page (阅读 2856, 点赞 37, 在看 12, 阅读量：1.2万, 浏览次数 85):
/// the word and a number, nothing else.
fn counter(t: &str) -> bool {
    const WORDS: &[&str] =
        &["阅读量", "阅读", "点赞", "在看", "赞", "分享", "收藏", "浏览量", "点击量", "访问量", "浏览"];
    WORDS.iter().any(|w| {
        t.strip_prefix(w).is_some_and(|r| {
            let r = r.trim_start_matches(|c: char| c.is_whitespace() || c == '：' || c == ':');
            !r.is_empty() && r.trim_end_matches(['万', '+']).chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        })
    })
}

/// The site's own lines: copyright, registration, print and close buttons, a visitor count.
fn site_line(t: &str) -> bool {
    t.contains("版权所有")
        || t.contains("ICP备")
        || t.contains("网站标识码")
        || t.contains("公网安备")
        || t.starts_with("访问量")
        || t.contains("【打印本页】")
        || t.contains("【关闭窗口】")
        || t.contains("【打印】")
        || t.contains("【关闭】")
        || t == "写留言"
        || t == "阅读原文"
}

/// A page's publication line with its read count (发布时间：2023年06月02日　来源：…　阅读：1523次,
/// 浏览次数：85): the line without the count, or None when it has none.
fn without_read_count(t: &str) -> Option<String> {
    if !(t.contains("发布") || t.contains("来源") || t.contains("作者") || t.contains("时间") || t.contains("日期"))
    {
        return None;
    }
    static COUNT: super::re::Re = super::re::Re::new(|| {
        regex::Regex::new(r"(?:阅读|浏览|点击|访问)(?:次数|量|数)?\s*[：:]?\s*[\d,]+\s*次?").unwrap()
    });
    COUNT.is_match(t).then(|| COUNT.replace_all(t, "").into_owned())
}

/// The text without its page furniture (see the module's doc); borrowed when it has none.
pub fn strip(text: &str) -> Cow<'_, str> {
    if !furnished(text) {
        return Cow::Borrowed(text);
    }
    let mut keep: Vec<Cow<str>> = Vec::new();
    let mut dropped = false;
    let mut in_list = false;
    // (has a sentence of the article been kept yet?)
    let mut after_text = false;
    for line in text.lines() {
        let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        if heading_of(t, COMMENT_HEADS) {
            dropped = true;
            break;
        }
        if heading_of(t, LIST_HEADS) {
            in_list = true;
            dropped = true;
            keep.push(Cow::Borrowed(""));
            continue;
        }
        if in_list {
            if link_like(t, after_text) {
                dropped = true;
                keep.push(Cow::Borrowed(""));
                continue;
            }
            in_list = false;
        }
        if neighbour_link(t) || counter(t) || site_line(t) {
            dropped = true;
            keep.push(Cow::Borrowed(""));
            continue;
        }
        after_text |= t.contains('。');
        match without_read_count(t) {
            Some(l) => {
                dropped = true;
                keep.push(Cow::Owned(l));
            }
            None => keep.push(Cow::Borrowed(line)),
        }
    }
    if !dropped {
        return Cow::Borrowed(text);
    }
    // (the empty lines the furniture leaves at the end are dropped)
    while keep.last().is_some_and(|l| l.is_empty()) {
        keep.pop();
    }
    let mut out = keep.join("\n");
    out.push('\n');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> String {
        strip(text).into_owned()
    }

    #[test]
    fn links_to_the_articles_before_and_after_are_dropped() {
        let t = "正文：全县破获毒品刑事案件12起。\n上一篇：思南县破获一起贩毒案 抓获嫌疑人3名\n下一篇：印江县开展禁毒宣传进校园活动30场次\n";
        assert_eq!(kept(t), "正文：全县破获毒品刑事案件12起。\n");
        // (上一篇 inside a sentence is the text's)
        let t = "上一篇文章中，我们介绍了全县破获毒品刑事案件12起。\n";
        assert_eq!(kept(t), t);
    }

    #[test]
    fn a_list_of_other_articles_under_its_heading_is_dropped() {
        let t = "热点推荐\n1 丹寨县查获吸毒人员8名\n2 雷山县开展毛发检测150人\n黄平县禁毒工作取得新成效\n今年以来，黄平县共破获毒品刑事案件9起。\n";
        // (a sidebar's list over the article: its numbered links, not the article's title)
        assert_eq!(kept(t), "\n\n\n黄平县禁毒工作取得新成效\n今年以来，黄平县共破获毒品刑事案件9起。\n");
        let t =
            "全县破获毒品刑事案件12起。\n相关阅读\n· 江口县今年以来查处吸毒人员21人次\n· 铜仁市破获毒品刑事案件156起\n";
        assert_eq!(kept(t), "全县破获毒品刑事案件12起。\n");
    }

    #[test]
    fn readers_comments_and_all_after_them_are_dropped() {
        let t = "全县破获毒品刑事案件31起。\n网友评论\n网友123：去年我们村开了5场禁毒宣传会，很有意义！\n网友456：2020年才破了20起吧？\n";
        assert_eq!(kept(t), "全县破获毒品刑事案件31起。\n");
    }

    #[test]
    fn a_pages_counters_and_site_lines_are_dropped() {
        let t = "全县侦破毒品刑事案件58起。\n阅读 2856\n点赞 37\n在看 12\n写留言\n版权所有：某县人民政府　黔ICP备05005296号\n访问量：2387561\n【打印本页】【关闭窗口】\n";
        assert_eq!(kept(t), "全县侦破毒品刑事案件58起。\n");
        // (the read count in a publication line goes; the line stays)
        let t = "发布时间：2023年06月02日　来源：会泽县公安局　阅读：1523次\n今年以来，全县开展禁毒宣传活动215场次。\n";
        assert_eq!(
            kept(t),
            "发布时间：2023年06月02日　来源：会泽县公安局　\n今年以来，全县开展禁毒宣传活动215场次。\n"
        );
        let t = "日期：2022-05-06 浏览次数：85\n";
        assert_eq!(kept(t), "日期：2022-05-06 \n");
        // (a sentence opening on 阅读 is the text's)
        let t = "阅读活动覆盖学生3000人次。\n";
        assert_eq!(kept(t), t);
    }

    #[test]
    fn a_text_without_furniture_is_borrowed_unchanged() {
        let t = "2023年，全县破获毒品刑事案件12起，相关案件均已移送起诉。\n";
        assert!(matches!(strip(t), Cow::Borrowed(_)));
    }
}
