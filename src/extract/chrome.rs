//! A web page's furniture around its article, dropped before the text is read: the links to
//! the articles before and after it (上一篇：思南县破获一起贩毒案…), lists of other articles under
//! their heading (相关阅读, 热点推荐: · 江口县今年以来查处吸毒人员21人次), readers' comments
//! (网友评论 and all after it), a WeChat article's counters (阅读 2856, 点赞 37), the print and
//! close buttons, the site's copyright and registration lines (版权所有, 黔ICP备05005296号,
//! 访问量：2387561), the site's greeting over its page (您好！欢迎访问某县公安局！), and a sharing site's lines about the document it reposts (时间：2022-04-22
//! 来源：网友投稿; 下面是小编为大家整理的…，供大家参考). Their figures and dates are other articles'
//! or the site's, never the report's.
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
/// 荐 of 推荐, 赞 of 点赞, 浏 of 浏览, 击 of 点击数, 评论 of 网友评论 …): only a line holding one is
/// looked at. (Few and short: the packed search over Chinese text costs by the pattern.)
const GATE: &[&str] = &[
    "篇",
    "一条",
    "一则",
    "阅",
    "荐",
    "评论",
    "留言",
    "版权",
    "ICP",
    "标识码",
    "网安",
    "访问",
    "打印",
    "关闭",
    "赞",
    "在看",
    "浏",
    "击",
    "热",
    "猜",
    "往期",
    "相关",
    "最新",
    "图片新闻",
    "投稿",
    "上传",
    "小编",
    "供大家",
    "欢迎",
];

/// Where the gate's pieces stand in `text` (start offsets), in one search built once.
/// (SIMD's packed search where the machine has it)
fn gate_hits(text: &str) -> Vec<usize> {
    enum Search {
        Packed(aho_corasick::packed::Searcher),
        Automaton(aho_corasick::AhoCorasick),
    }
    static WORDS: once_cell::sync::Lazy<Search> =
        once_cell::sync::Lazy::new(|| match aho_corasick::packed::Config::new().builder().extend(GATE).build() {
            Some(s) => Search::Packed(s),
            None => {
                Search::Automaton(aho_corasick::AhoCorasick::new(GATE).expect("the furniture's words build a searcher"))
            }
        });
    match &*WORDS {
        Search::Packed(s) => s.find_iter(text).map(|m| m.start()).collect(),
        Search::Automaton(a) => a.find_iter(text).map(|m| m.start()).collect(),
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

/// A site's greeting over its page (您好！欢迎访问某县公安局！, 欢迎进入某市人民代表大会常务委员会！,
/// 欢迎光临…网站): a short line that opens on the greeting. The agency it names is the site's
/// owner, not the article's unit — a county police site reposts the province's news.
fn greeting(t: &str) -> bool {
    let t = t.trim_start_matches(|c: char| c.is_whitespace() || "【[|".contains(c));
    let t = t.strip_prefix("您好").map_or(t, |r| r.trim_start_matches(['！', '!', '，', ',', ' ', '\u{3000}']));
    let Some(rest) = t.strip_prefix("欢迎") else { return false };
    let rest = rest.strip_prefix('您').unwrap_or(rest);
    t.chars().count() <= 40 && ["访问", "光临", "进入", "来到"].iter().any(|w| rest.starts_with(w))
}

/// A document-sharing site's line about the document it reposts: its upload's stamp and source
/// (时间：2022-04-22 11:35:01 来源：网友投稿, 本文由用户上传) or its editor's blurb (下面是小编为大家
/// 整理的…，供大家参考). The upload's day is no day of the text, which was written before it.
fn sharing_line(t: &str) -> bool {
    ["网友投稿", "用户投稿", "网友上传", "用户上传", "会员上传", "小编", "供大家参考", "供大家参阅", "供大家借鉴"]
        .iter()
        .any(|w| t.contains(w))
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

/// The longest line of furniture looked at: a publication line with its source, author and
/// counts runs to ~60 characters; a comments heading, a link, a counter are shorter.
const MAX_FURNITURE_BYTES: usize = 240;

/// The text without its page furniture (see the module's doc); borrowed when it has none.
/// Only the lines holding a gate's piece are looked at (and the links after a list's heading).
pub fn strip(text: &str) -> Cow<'_, str> {
    let hits = gate_hits(text);
    if hits.is_empty() {
        return Cow::Borrowed(text);
    }
    let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |i| at + i);
    // (byte range of a line, without its newline → what stands there instead)
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut cut = None;
    let mut next = 0;
    for at in hits {
        if at < next {
            continue;
        }
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = line_end(at);
        next = end + 1;
        // (furniture is short lines: a paragraph of the text is never looked at)
        if end - start > MAX_FURNITURE_BYTES {
            continue;
        }
        let t = text[start..end].trim();
        if heading_of(t, COMMENT_HEADS) {
            cut = Some(start);
            break;
        }
        if heading_of(t, LIST_HEADS) {
            edits.push((start, end, String::new()));
            // the list's links after it (before the article's text, only numbered or bulleted ones)
            let after_text = text[..start].contains('。');
            let mut p = end + 1;
            while p < text.len() {
                let e = line_end(p);
                let l = text[p..e].trim();
                if e - p > MAX_FURNITURE_BYTES || !link_like(l, after_text) {
                    break;
                }
                edits.push((p, e, String::new()));
                p = e + 1;
            }
            next = next.max(p);
            continue;
        }
        if neighbour_link(t) || counter(t) || site_line(t) || sharing_line(t) || greeting(t) {
            edits.push((start, end, String::new()));
        } else if let Some(l) = without_read_count(t) {
            edits.push((start, end, l));
        }
    }
    if edits.is_empty() && cut.is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    let stop = cut.unwrap_or(text.len());
    for (s, e, with) in edits.into_iter().filter(|e| e.0 < stop) {
        out.push_str(&text[from..s]);
        out.push_str(&with);
        from = e;
    }
    out.push_str(&text[from.min(stop)..stop]);
    // (the empty lines the furniture leaves at the end are dropped; the text ends on a newline)
    let kept = out.trim_end_matches(['\n', '\r']).len();
    out.truncate(kept);
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

    /// A sharing site's stamp and blurb about the document it reposts go: the upload's day is no
    /// day of the text (a city's 2019 report reposted in 2022 says 今年 of 2019).
    #[test]
    fn a_sharing_sites_lines_about_its_upload_are_dropped() {
        let body = "根据市人大常委会2019年监督工作计划，调研组赴各县开展调研。今年截至7月20日，全市共破获毒品刑事案件252起。\n";
        for head in [
            "时间:2022-04-22 11:35:01 工作要点 来源:网友投稿\n",
            "发布时间：2021年3月2日　来源：用户上传\n",
            "下面是小编为大家整理的禁毒工作调研报告，供大家参考。\n",
            "以下是本站为您整理的范文，供大家参阅。\n",
        ] {
            assert_eq!(
                kept(&format!("禁毒工作调研报告\n{head}{body}")),
                format!("禁毒工作调研报告\n\n{body}"),
                "{head}"
            );
        }
        // (a publication line of the site's own article stays, and so does a sentence using 上传)
        let t = "发布时间：2023-06-02　来源：某县公安局\n各乡镇按月上传尿检记录，全年尿检1320人次。\n";
        assert_eq!(kept(t), t);
    }

    /// A site's greeting over the page names the site's owner (a county police site reposting
    /// the province's release): the line goes; a sentence of welcome in the text stays.
    #[test]
    fn a_sites_greeting_line_is_dropped() {
        let body = "省禁毒办通报：十年来，全省共破获毒品犯罪案件3.2万起。\n";
        for head in [
            "您好！欢迎访问石泉县公安局！\n",
            "您好,欢迎访问宁陕县人民政府网站\n",
            "欢迎进入某市人民代表大会常务委员会！\n",
            "【欢迎光临永靖县禁毒委员会网站】\n",
            "欢迎您访问德江县政府门户网站\n",
        ] {
            assert_eq!(kept(&format!("{head}{body}")), format!("\n{body}"), "{head}");
        }
        // (a sentence of welcome, or a long line, is the text's)
        for t in [
            "欢迎群众来到禁毒教育基地参观，全年接待参观群众5200人次。\n",
            "我们欢迎访问团一行莅临指导，全县今年以来破获毒品刑事案件12起，查处吸毒人员45人次。\n",
        ] {
            assert_eq!(kept(t), t);
        }
    }

    /// A paragraph of the text is never furniture, whatever words it holds.
    #[test]
    fn a_paragraph_is_kept_whatever_it_says() {
        let p = format!(
            "{}版权所有的宣传品由县禁毒办统一印制，上一篇：不在行首。",
            "全县开展禁毒宣传活动215场次，".repeat(8)
        );
        let t = format!("{p}\n上一篇：某县新闻\n");
        assert_eq!(kept(&t), format!("{p}\n"));
    }

    #[test]
    fn a_text_without_furniture_is_borrowed_unchanged() {
        let t = "2023年，全县破获毒品刑事案件12起，相关案件均已移送起诉。\n";
        assert!(matches!(strip(t), Cow::Borrowed(_)));
    }
}
