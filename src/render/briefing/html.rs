//! The briefing as one self-contained web page (report.html): styles and a few lines of
//! script inline, charts as base64 PNG, no request to any network, so it works from a USB
//! stick. Tables sort by a click on a header; every number shows on hover the sentence, file
//! and line it comes from; findings link to the table rows they concern. All report text is
//! HTML-escaped.

use super::{cell_sources, describe, Block, Briefing, Piece};
use crate::render::grid::{Grid, V};

/// Text safe as HTML content and inside a quoted attribute.
pub fn esc(s: &str) -> String {
    crate::model::escape_markup(s)
}

/// Standard base64 of `bytes`.
pub fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut o = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for ch in bytes.chunks(3) {
        let n = (ch[0] as u32) << 16 | (*ch.get(1).unwrap_or(&0) as u32) << 8 | *ch.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            if k <= ch.len() {
                o.push(A[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                o.push('=');
            }
        }
    }
    o
}

const STYLE: &str = "body{font-family:'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','Microsoft YaHei',\
'PingFang SC',SimSun,sans-serif;max-width:1100px;margin:24px auto;padding:0 16px;color:#222;line-height:1.7}\
h1{font-size:26px;text-align:center;border-bottom:2px solid #4E79A7;padding-bottom:8px}\
h2{font-size:22px;margin-top:36px;color:#2b4f75}h3{font-size:18px;margin-top:24px}\
.n{border-bottom:1px dotted #4E79A7;cursor:help}\
.wrap{overflow-x:auto;margin:12px 0}table{border-collapse:collapse;font-size:13px;white-space:nowrap}\
th,td{border:1px solid #ccc;padding:3px 6px}th{background:#DCE6F1;cursor:pointer;position:sticky;top:0}\
td.v{text-align:right}td.flag{background:#F8CBAD}tr.total td{font-weight:bold;background:#f2f2f2}\
tr:target td{outline:2px solid #E15759}img{max-width:100%;border:1px solid #eee;margin:8px 0}\
.why{color:#777;border-left:3px solid #ccc;padding-left:8px}.src{color:#777;font-size:12px}\
li{margin:4px 0}";

const SCRIPT: &str = "document.querySelectorAll('table.sortable th').forEach(function(th,i){th.addEventListener(\
'click',function(){var tb=th.closest('table').tBodies[0];var rows=Array.from(tb.rows).filter(function(r){\
return !r.classList.contains('total')});var tot=Array.from(tb.rows).filter(function(r){return r.classList.\
contains('total')});var asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';rows.sort(function(a,b){\
var x=a.cells[i].dataset.v,y=b.cells[i].dataset.v;if(x!==undefined&&y!==undefined){return asc?x-y:y-x}\
if(x===undefined&&y!==undefined)return 1;if(y===undefined&&x!==undefined)return -1;\
return asc?a.cells[i].textContent.localeCompare(b.cells[i].textContent,'zh'):\
b.cells[i].textContent.localeCompare(a.cells[i].textContent,'zh')});\
rows.concat(tot).forEach(function(r){tb.appendChild(r)})})});";

/// A grid as a sortable table; row ids `{id}-r{j}`, a number's sources in its title.
pub fn table(g: &Grid, id: &str, total_last: bool) -> String {
    let mut s = format!("<div class=\"wrap\"><table class=\"sortable\" id=\"{}\"><thead><tr>", esc(id));
    for h in &g.headers {
        s.push_str(&format!("<th>{}</th>", esc(h)));
    }
    s.push_str("</tr></thead><tbody>");
    for (j, r) in g.rows.iter().enumerate() {
        let total = total_last && j + 1 == g.rows.len();
        s.push_str(&format!("<tr id=\"{}-r{j}\"{}>", esc(id), if total { " class=\"total\"" } else { "" }));
        for c in r {
            let title = cell_sources(c);
            let mut class = Vec::new();
            if !c.flags.is_empty() {
                class.push("flag");
            }
            let data = match &c.v {
                V::Num(x, _) => {
                    class.push("v");
                    format!(" data-v=\"{x}\"")
                }
                // a rank "3/9" sorts by its 3
                V::Text(t) => match t.split_once('/').and_then(|(a, _)| a.parse::<u32>().ok()) {
                    Some(r) => format!(" data-v=\"{r}\""),
                    None => String::new(),
                },
                V::Empty => String::new(),
            };
            s.push_str(&format!(
                "<td{}{}{}>{}</td>",
                if class.is_empty() { String::new() } else { format!(" class=\"{}\"", class.join(" ")) },
                data,
                if title.is_empty() { String::new() } else { format!(" title=\"{}\"", esc(&title)) },
                esc(&c.v.text())
            ));
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table></div>");
    s
}

pub fn write(b: &Briefing, summary: Option<&Grid>) -> String {
    let mut s = format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title>\
         <style>{STYLE}</style></head><body><h1>{}</h1>",
        esc(&b.title),
        esc(&b.title)
    );
    s.push_str("<p class=\"src\">数字下有虚线的，鼠标停留可见其出处（文件、行号、原文）；点击表头可排序；核查发现可点击跳到所涉表格行。</p>");
    for block in &b.blocks {
        match block {
            Block::H1(h) => s.push_str(&format!("<h2>{}</h2>", esc(h))),
            Block::H2(h) => s.push_str(&format!("<h3>{}</h3>", esc(h))),
            Block::P(p) => {
                s.push_str("<p>");
                for piece in p {
                    match piece {
                        Piece::T(x) => s.push_str(&esc(x)),
                        Piece::N { text, src, how } => s.push_str(&format!(
                            "<span class=\"n\" title=\"{}\">{}</span>",
                            esc(&describe(src, how)),
                            esc(text)
                        )),
                    }
                }
                s.push_str("</p>");
            }
            Block::Findings(items) => {
                s.push_str("<ul>");
                for i in items {
                    let text = esc(&i.text);
                    let body = match i.row {
                        Some((t, r)) => format!("<a href=\"#t{t}-r{r}\">{text}</a>"),
                        None => text,
                    };
                    s.push_str(&format!("<li>{body} <span class=\"src\">{}:{}</span></li>", esc(&i.file), i.line));
                }
                s.push_str("</ul>");
            }
            Block::Chart(i) => {
                let c = &b.charts[*i];
                if let Some(d) = &c.drawn {
                    s.push_str(&format!(
                        "<figure><img alt=\"{}\" src=\"data:image/png;base64,{}\"></figure>",
                        esc(&c.title),
                        base64(&d.png)
                    ));
                }
            }
            Block::NotDrawn(title, why) => {
                s.push_str(&format!("<p class=\"why\">未绘制“{}”：{}。</p>", esc(title), esc(why)))
            }
            Block::Table(i) => {
                s.push_str(&table(&b.tables[*i].1, &format!("t{i}"), true));
                let note = b.table_note(*i, true);
                if !note.is_empty() {
                    s.push_str(&format!("<p class=\"why\">{}</p>", esc(note)));
                }
            }
        }
    }
    if let Some(summary) = summary {
        s.push_str(&format!("<h2>{}</h2>", esc(&summary.title)));
        s.push_str(&table(summary, "summary", false));
    }
    s.push_str(&format!("<script>{SCRIPT}</script></body></html>\n"));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_of_known_strings() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
        assert_eq!(base64(b""), "");
    }

    #[test]
    fn markup_and_quotes_are_escaped() {
        assert_eq!(
            esc("<script>alert(\"1\")</script>&'"),
            "&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;&amp;&#39;"
        );
    }
}
