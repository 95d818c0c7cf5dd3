//! Web pages (.html, .htm, a government site's page saved from a browser) → text: the page's
//! title and body as lines, each data table's row one line of cells apart by tabs — as a .docx
//! table row arrives (`docx`) — so the same text extraction reads them. The markup is read
//! tolerantly (tags left open, as pages leave <p>, <td> and <tr>), scripts, styles and comments
//! dropped, entities decoded. A table used to lay out the page (a cell holding another table
//! or a long text) gives its cells' text as paragraphs, not as a row.

/// Elements without content.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];
/// Elements whose content is no text of the page.
const RAW: &[&str] = &["script", "style", "noscript", "template", "svg", "textarea", "object", "select"];
/// Elements that start and end a line.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "title",
    "ul",
    "caption",
    "body",
    "html",
];
/// A cell holding more text than this is part of the page's layout, not a table's data.
const LAYOUT_CELL_CHARS: usize = 300;
/// Elements open at once, at most (a hostile page's nesting is not followed further).
const MAX_DEPTH: usize = 512;

enum Node {
    Text(String),
    /// an element; `rows` and `cols` are a table cell's rowspan and colspan (1 for any other)
    El {
        name: String,
        kids: Vec<Node>,
        rows: u16,
        cols: u16,
    },
}

/// The text of a web page.
pub fn text(html: &str) -> String {
    let (root, published) = parse(html);
    let mut out = String::new();
    render(&root, &mut out);
    // a government site's page states its publication date in a meta tag (PubDate, the
    // national template's) that the body may not print: a line of it after the title
    if let Some(date) = published.filter(|d| !out.contains(d.as_str())) {
        let title_end = out.trim_start().find('\n').map_or(out.len(), |e| e + out.len() - out.trim_start().len());
        out.insert_str(title_end, &format!("\n发布时间：{date}\n"));
    }
    // (lines trimmed, runs of blank lines made one)
    let mut text = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines() {
        let line = line.trim_matches(|c: char| c == ' ' || c == '\u{3000}' || c == '\u{A0}');
        let cells_only = line.chars().all(|c| c == '\t');
        if line.is_empty() || cells_only {
            blank += 1;
            if blank == 1 && !text.is_empty() {
                text.push('\n');
            }
            continue;
        }
        blank = 0;
        text.push_str(line);
        text.push('\n');
    }
    while text.ends_with("\n\n") {
        text.pop();
    }
    text
}

/// The page as a tree of elements and texts, tags left open closed where HTML closes them;
/// and the date of a `<meta name="PubDate">` (its day, 2023-04-18).
fn parse(html: &str) -> (Node, Option<String>) {
    let mut published: Option<String> = None;
    let b = html.as_bytes();
    // the open elements: (name, children, (rowspan, colspan))
    let mut stack: Vec<(String, Vec<Node>, (u16, u16))> = vec![(String::new(), Vec::new(), (1, 1))];
    let close_to = |stack: &mut Vec<(String, Vec<Node>, (u16, u16))>, i: usize| {
        while stack.len() > i {
            let (name, kids, (rows, cols)) = stack.pop().unwrap_or_default();
            if let Some(top) = stack.last_mut() {
                top.1.push(Node::El { name, kids, rows, cols });
            }
        }
    };
    // the depth of the innermost open element of one of `names`, not looking past `stop`
    let open_at = |stack: &[(String, Vec<Node>, (u16, u16))], names: &[&str], stop: &[&str]| {
        for i in (1..stack.len()).rev() {
            if names.contains(&stack[i].0.as_str()) {
                return Some(i);
            }
            if stop.contains(&stack[i].0.as_str()) {
                return None;
            }
        }
        None
    };
    let mut i = 0;
    let mut text_from = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        // the text before the tag
        if text_from < i {
            if let Some(top) = stack.last_mut() {
                top.1.push(Node::Text(decode_entities(&html[text_from..i])));
            }
        }
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i = find(b, i + 4, b"-->").map_or(b.len(), |e| e + 3);
            text_from = i;
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(b, i + 2, b">").map_or(b.len(), |e| e + 1);
            text_from = i;
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_at = i + 1 + usize::from(closing);
        let name_len = b[name_at..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        if name_len == 0 {
            // a lone '<' in the text: the text goes on from it
            text_from = i;
            i += 1;
            continue;
        }
        let name = html[name_at..name_at + name_len].to_ascii_lowercase();
        let end = tag_end(b, name_at + name_len);
        let self_closing = end >= 2 && b[end - 2] == b'/';
        i = end;
        text_from = i;
        if closing {
            let stop: &[&str] = match name.as_str() {
                "td" | "th" => &["tr", "table"],
                "tr" => &["table"],
                _ => &[],
            };
            if let Some(at) = open_at(&stack, &[name.as_str()], stop) {
                close_to(&mut stack, at);
            }
            continue;
        }
        if RAW.contains(&name.as_str()) {
            // its content up to its closing tag is skipped
            let close = format!("</{name}");
            i = find_ci(b, i, close.as_bytes()).map_or(b.len(), |e| tag_end(b, e + close.len()));
            text_from = i;
            continue;
        }
        // tags HTML closes by opening another
        match name.as_str() {
            "td" | "th" => {
                if let Some(at) = open_at(&stack, &["td", "th"], &["tr", "table"]) {
                    close_to(&mut stack, at);
                }
            }
            "tr" => {
                if let Some(at) = open_at(&stack, &["tr"], &["table"]) {
                    close_to(&mut stack, at);
                }
            }
            // (a block closes a paragraph left open: <p>…<table>)
            "table" | "div" | "ul" | "ol" | "dl" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "pre" | "blockquote"
            | "section" | "article" | "form" | "hr" | "center" => {
                if let Some(at) = open_at(&stack, &["p"], &["td", "th", "table", "div"]) {
                    close_to(&mut stack, at);
                }
            }
            "p" | "li" | "dt" | "dd" => {
                if let Some(at) = open_at(&stack, &[name.as_str()], &["td", "th", "table", "div", "ul", "ol", "dl"]) {
                    close_to(&mut stack, at);
                }
            }
            _ => {}
        }
        if name == "meta" && published.is_none() {
            let tag = &html[name_at + name_len..end];
            if attr(tag, "name").is_some_and(|n| n.eq_ignore_ascii_case("pubdate")) {
                published = attr(tag, "content").and_then(day_of);
            }
        }
        // (a cell's rowspan: the rows below it lack its cell; its colspan: the row under a
        // header's merged cell may name its parts)
        let (rows, cols) = if name == "td" || name == "th" {
            let attrs = &html[name_at + name_len..end];
            (span(attrs, "rowspan"), span(attrs, "colspan"))
        } else {
            (1, 1)
        };
        if VOID.contains(&name.as_str()) || self_closing || stack.len() >= MAX_DEPTH {
            if let Some(top) = stack.last_mut() {
                top.1.push(Node::El { name, kids: Vec::new(), rows, cols });
            }
        } else {
            stack.push((name, Vec::new(), (rows, cols)));
        }
    }
    if text_from < b.len() {
        if let Some(top) = stack.last_mut() {
            top.1.push(Node::Text(decode_entities(&html[text_from..])));
        }
    }
    close_to(&mut stack, 1);
    let (_, kids, _) = stack.pop().unwrap_or_default();
    (Node::El { name: String::new(), kids, rows: 1, cols: 1 }, published)
}

/// An attribute's value in a tag's text (`name="PubDate"`, `content='…'`, `rowspan=2`).
fn attr<'a>(tag: &'a str, key: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(key).map(|p| p + from) {
        from = p + key.len();
        // a whole attribute name, not the end of another (data-name=)
        if p > 0 && !matches!(lower.as_bytes()[p - 1], b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'') {
            continue;
        }
        let rest = tag[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else { continue };
        let rest = rest.trim_start();
        return Some(match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest.split(|c: char| c.is_whitespace() || c == '>' || c == '/').next().unwrap_or(""),
        });
    }
    None
}

/// The day of a date-time as a meta tag writes it (2023-04-18 10:30:00, 2023/4/18): `2023-04-18`.
fn day_of(v: &str) -> Option<String> {
    let mut parts = v.trim().split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty());
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((2000..=2049).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y}-{m:02}-{d:02}"))
}

/// The rowspan or colspan a cell's attributes state (1 when none; at most 1,000).
fn span(attrs: &str, key: &str) -> u16 {
    let digits: String = attr(attrs, key).unwrap_or("").chars().take_while(char::is_ascii_digit).take(4).collect();
    digits.parse::<u16>().map_or(1, |n| n.clamp(1, 1000))
}

/// Where a tag that started before `from` ends: after its '>' (a '>' inside a quoted
/// attribute value does not end it).
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = 0u8;
    let mut i = from;
    while i < b.len() {
        match b[i] {
            q @ (b'"' | b'\'') if quote == 0 => quote = q,
            q if q == quote => quote = 0,
            b'>' if quote == 0 => return i + 1,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

fn find(b: &[u8], from: usize, what: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, what).map(|p| from + p)
}

fn find_ci(b: &[u8], from: usize, what: &[u8]) -> Option<usize> {
    (from..b.len().saturating_sub(what.len() - 1)).find(|&i| b[i..i + what.len()].eq_ignore_ascii_case(what))
}

fn render(node: &Node, out: &mut String) {
    match node {
        Node::Text(t) => push_text(out, t),
        Node::El { name, kids, .. } => match name.as_str() {
            "br" => out.push('\n'),
            "table" => table(kids, out),
            // a list of links alone — a site's menu, 相关新闻, 热点排行 — is no text of the page:
            // its items are other pages' headlines
            "ul" | "ol" if link_list(kids) => out.push('\n'),
            n if BLOCK.contains(&n) => {
                out.push('\n');
                kids.iter().for_each(|k| render(k, out));
                out.push('\n');
            }
            // (a <tr> or <td> outside any table: its text as lines)
            "tr" | "td" | "th" => {
                out.push('\n');
                kids.iter().for_each(|k| render(k, out));
                out.push('\n');
            }
            _ => kids.iter().for_each(|k| render(k, out)),
        },
    }
}

/// Are these a list's items, two or more, each of them a link and nothing else (its text all
/// inside `<a>`)?
fn link_list(kids: &[Node]) -> bool {
    // (characters of the text inside links and outside them)
    fn count(n: &Node, in_link: bool, acc: &mut (usize, usize)) {
        match n {
            Node::Text(t) => {
                let k = t.chars().filter(|c| !c.is_whitespace()).count();
                if in_link {
                    acc.0 += k;
                } else {
                    acc.1 += k;
                }
            }
            Node::El { name, kids, .. } => kids.iter().for_each(|k| count(k, in_link || name == "a", acc)),
        }
    }
    let mut items = 0;
    for k in kids {
        match k {
            Node::El { name, .. } if name == "li" => {
                let mut acc = (0, 0);
                count(k, false, &mut acc);
                if acc.0 == 0 || acc.1 > 0 {
                    return false;
                }
                items += 1;
            }
            Node::Text(t) if t.trim().is_empty() => {}
            _ => return false,
        }
    }
    items >= 2
}

/// A text node, its white space collapsed as a browser shows it: a line break between two
/// Chinese characters (a page's source wrapped in a sentence) is nothing.
fn push_text(out: &mut String, t: &str) {
    let mut space = false;
    let mut newline = false;
    for c in t.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C') {
            space = true;
            newline |= c == '\n' || c == '\r';
            continue;
        }
        if space {
            let prev = out.chars().next_back();
            let cjk = |c: char| ('\u{2E80}'..='\u{9FFF}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c);
            let joined = newline && prev.is_some_and(cjk) && cjk(c);
            if !joined && prev.is_some_and(|p| p != '\n' && p != ' ' && p != '\t') {
                out.push(' ');
            }
            space = false;
            newline = false;
        }
        out.push(c);
    }
    if space && out.chars().next_back().is_some_and(|p| p != '\n' && p != ' ' && p != '\t') {
        out.push(' ');
    }
}

/// A table: each row one line of its cells' texts apart by tabs; a layout table (a cell holding
/// another table or a long text) as its cells' texts in turn.
fn table(kids: &[Node], out: &mut String) {
    let mut rows: Vec<&[Node]> = Vec::new();
    let mut other: Vec<&Node> = Vec::new();
    collect_rows(kids, &mut rows, &mut other);
    out.push('\n');
    for n in other {
        // (a caption, or text between rows)
        render(n, out);
        out.push('\n');
    }
    // (a cell spanning rows below: (its grid column, rows still spanned, columns spanned))
    let mut spans: Vec<(usize, u16, usize)> = Vec::new();
    // the row before: where its line starts in `out`, its cells and the columns each spans — a
    // header whose merged cells (预算数 over two columns) the row under it names the parts of
    let mut last_row: Option<(usize, Vec<String>, Vec<usize>)> = None;
    for row in rows {
        let cells: Vec<&Node> =
            row.iter().filter(|n| matches!(n, Node::El { name, .. } if name == "td" || name == "th")).collect();
        // each cell's text, an empty one where a cell above spans into this row (as a .docx
        // keeps a merged cell's place)
        let mut texts: Vec<String> = Vec::new();
        let mut widths: Vec<usize> = Vec::new();
        // (the grid column the next cell starts at: a cell spanning columns takes their places)
        let mut col = 0usize;
        let mut starting: Vec<(usize, u16, usize)> = Vec::new();
        let mut next = spans.iter_mut().filter(|s| s.1 > 0).peekable();
        for c in &cells {
            while let Some(sp) = next.next_if(|sp| sp.0 <= col) {
                sp.1 -= 1;
                texts.push(String::new());
                widths.push(sp.2);
                col += sp.2;
            }
            let Node::El { kids, rows, cols, .. } = c else { continue };
            let mut s = String::new();
            kids.iter().for_each(|k| render(k, &mut s));
            if *rows > 1 {
                starting.push((col, *rows - 1, usize::from(*cols)));
            }
            texts.push(s);
            widths.push(usize::from(*cols));
            col += usize::from(*cols);
        }
        for sp in next {
            sp.1 -= 1;
            texts.push(String::new());
            widths.push(sp.2);
            col += sp.2;
        }
        spans.retain(|s| s.1 > 0);
        spans.extend(starting);
        spans.sort_unstable();
        let layout =
            cells.iter().any(|c| holds_table(c)) || texts.iter().any(|t| t.chars().count() > LAYOUT_CELL_CHARS);
        if layout {
            last_row = None;
            for t in &texts {
                out.push('\n');
                out.push_str(t);
                out.push('\n');
            }
            continue;
        }
        let line: Vec<String> =
            texts.iter().map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ").replace('\t', " ")).collect();
        // (the row under, a cell in each grid column it spans — a name cell over two columns
        // spanning both rows leaves two places)
        // (a header is a few columns wide: a wider row is no header's)
        let merged = last_row.take().filter(|(_, _, w)| w.iter().sum::<usize>() == col && col <= 64).and_then(
            |(at, top, top_widths)| {
                let grid: Vec<String> =
                    line.iter().zip(&widths).flat_map(|(t, &n)| std::iter::repeat_n(t.clone(), n)).collect();
                Some((at, super::cells::parts_under_merged(&top, &top_widths, &grid)?))
            },
        );
        if let Some((at, joined)) = merged {
            out.truncate(at);
            out.push_str(&joined);
        } else {
            last_row = Some((out.len(), line.clone(), widths));
            out.push_str(&line.join("\t"));
        }
        out.push('\n');
    }
    out.push('\n');
}

/// The rows of a table (in <thead>, <tbody>, <tfoot> or bare), not of tables inside its cells.
fn collect_rows<'a>(kids: &'a [Node], rows: &mut Vec<&'a [Node]>, other: &mut Vec<&'a Node>) {
    for k in kids {
        match k {
            Node::El { name, kids, .. } if name == "tr" => rows.push(kids),
            Node::El { name, kids, .. } if matches!(name.as_str(), "thead" | "tbody" | "tfoot") => {
                collect_rows(kids, rows, other)
            }
            Node::Text(t) if t.trim().is_empty() => {}
            Node::El { name, .. } if matches!(name.as_str(), "col" | "colgroup") => {}
            _ => other.push(k),
        }
    }
}

fn holds_table(n: &Node) -> bool {
    match n {
        Node::El { name, kids, .. } => name == "table" || kids.iter().any(holds_table),
        Node::Text(_) => false,
    }
}

/// The text with its character references decoded (&nbsp; &lt; &#8805; &#x2265; …); an
/// unknown one is kept as written.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1);
        let (name, after) = match end {
            Some(e) if e > 1 => (&rest[1..e], if rest[e..].starts_with(';') { e + 1 } else { e }),
            None if rest.len() > 1 => (&rest[1..], rest.len()),
            _ => {
                out.push('&');
                rest = &rest[1..];
                continue;
            }
        };
        let c = if let Some(num) = name.strip_prefix('#') {
            let v = match num.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok(),
                None => num.parse::<u32>().ok(),
            };
            v.and_then(char::from_u32)
        } else {
            named(name)
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[after..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named(n: &str) -> Option<char> {
    Some(match n {
        "nbsp" | "NBSP" => '\u{A0}',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "amp" | "AMP" => '&',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        "divide" => '÷',
        "ge" => '≥',
        "le" => '≤',
        "ne" => '≠',
        "plusmn" => '±',
        "permil" => '‰',
        "deg" => '°',
        "yen" => '¥',
        "copy" => '©',
        "reg" => '®',
        "emsp" | "ensp" | "thinsp" => ' ',
        "laquo" => '«',
        "raquo" => '»',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_a_data_table() {
        let page = "<!DOCTYPE html><html><head><title>某县2023年度项目支出绩效自评表</title>\
            <style>p{color:red}</style><script>var a='<p>x</p>';</script></head><body>\
            <div class=nav>首页 &gt; 政务公开</div><!-- 注释 -->\
            <p>全年预算\n数为128万元，\n实际支出&nbsp;125.36万元。<p>第二段<br>第三行\
            <table><tr><td><p class=MsoNormal>指标</p></td><td>年度指标值<td>实际完成值</tr>\
            <tr><td>查获吸毒人员</td><td>&ge;150人</td><td><span>172</span>人</td></tr></table>\
            <p>自评得分97.7分</p></body></html>";
        assert_eq!(
            text(page),
            "某县2023年度项目支出绩效自评表\n\n首页 > 政务公开\n\n全年预算数为128万元，实际支出\u{A0}125.36万元。\n\n第二段\n第三行\n\n指标\t年度指标值\t实际完成值\n查获吸毒人员\t≥150人\t172人\n\n自评得分97.7分\n"
        );
    }

    /// A list whose every item is a link (a menu, 相关新闻, 热点排行) is dropped; a list of
    /// the article's own items, or of items with text beside their links, is kept.
    #[test]
    fn lists_of_links_alone_are_dropped() {
        let page = |list: &str| text(&format!("<html><body><h1>标题</h1>{list}<p>正文。</p></body></html>"));
        assert_eq!(
            page("<h3>热点排行</h3><ol><li><a href=a>安龙县破获毒品案件12起</a></li>\n<li><a href=b><span>普安县查获吸毒人员30人</span></a></li></ol>"),
            "标题\n\n热点排行\n\n正文。\n"
        );
        assert_eq!(page("<ul><li><a href=a>首页</a><li><a href=b>禁毒专栏</a></ul>"), "标题\n\n正文。\n");
        assert_eq!(
            page("<ul><li>在册吸毒人员296名；</li><li>社戒社康人员管控率100%。</li></ul>"),
            "标题\n\n在册吸毒人员296名；\n\n社戒社康人员管控率100%。\n\n正文。\n"
        );
        assert_eq!(
            page("<ul><li><a href=a>通知</a> 2023-05-01</li><li><a href=b>公告</a> 2023-06-01</li></ul>"),
            "标题\n\n通知 2023-05-01\n\n公告 2023-06-01\n\n正文。\n"
        );
        assert_eq!(page("<ul><li><a href=a>唯一一条</a></li></ul>"), "标题\n\n唯一一条\n\n正文。\n");
    }

    /// A page laid out in a table: the article in a cell is paragraphs, and a data table
    /// inside it stays a table.
    #[test]
    fn a_layout_table_gives_paragraphs() {
        let long = "禁毒工作取得明显成效。".repeat(40);
        let page = format!(
            "<table><tr><td>导航</td><td><p>{long}</p><p>全年破获毒品刑事案件31起。</p>\
             <table><tr><td>项目</td><td>预算数</td></tr><tr><td>合计</td><td>128</td></tr></table></td></tr></table>"
        );
        let t = text(&page);
        assert!(t.contains(&format!("\n{long}\n")), "{t}");
        assert!(t.contains("\n全年破获毒品刑事案件31起。\n"), "{t}");
        assert!(t.contains("\n项目\t预算数\n合计\t128\n"), "{t}");
    }

    /// A cell spanning rows (rowspan) keeps its column's place in the rows below, as a
    /// .docx's merged cell does: an empty cell there.
    #[test]
    fn a_cell_spanning_rows_keeps_its_place_below() {
        let page = "<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td></tr>\
            <tr><td rowspan=\"3\">产出指标</td><td rowspan='2'>数量指标</td><td>宣传活动</td><td>≥60场次</td><td>68场次</td></tr>\
            <tr><td>毛发检测人数</td><td>≥400人</td><td>426人</td></tr>\
            <tr><td>质量指标</td><td>管控率</td><td>≥95%</td><td>96.8%</td></tr>\
            <tr><td>效益指标</td><td ROWSPAN=2>社会效益</td><td>复吸率</td><td>≤12%</td><td>8.5%</td></tr>\
            <tr><td>满意度</td><td>群众满意度</td><td>≥90%</td><td>93%</td></tr></table>";
        assert_eq!(
            text(page),
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n产出指标\t数量指标\t宣传活动\t≥60场次\t68场次\n\t\t毛发检测人数\t≥400人\t426人\n\t质量指标\t管控率\t≥95%\t96.8%\n效益指标\t社会效益\t复吸率\t≤12%\t8.5%\n满意度\t\t群众满意度\t≥90%\t93%\n"
        );
    }

    /// A header over two rows — a merged cell (colspan) over the parts the row under it names,
    /// the other cells spanning both rows — is one header row, each part named with its merged
    /// cell's name, as a .docx's is; the figures stay under their columns.
    #[test]
    fn a_header_over_two_rows_is_one_row() {
        let cases = [
            (
                "<table><tr><th rowspan=2>项目资金</th><th colspan=\"2\">预算数</th><th rowspan=2>全年执行数</th><th rowspan=2>执行率</th></tr>\
                 <tr><th>年初</th><th>全年</th></tr>\
                 <tr><td>年度资金总额</td><td>40</td><td>45.6</td><td>44.18</td><td>96.89%</td></tr></table>",
                "项目资金\t年初预算数\t全年预算数\t全年执行数\t执行率\n年度资金总额\t40\t45.6\t44.18\t96.89%\n",
            ),
            (
                "<table><caption>金额单位：万元</caption><tr><td rowspan='2'>预算执行情况</td><td colspan='2'>预算数</td><td rowspan='2'>执行数</td></tr>\
                 <tr><td>年初</td><td>调整后</td></tr>\
                 <tr><td>其中：基本支出</td><td>58.00</td><td>58.00</td><td>57.42</td></tr></table>",
                "金额单位：万元\n\n预算执行情况\t年初预算数\t调整后预算数\t执行数\n其中：基本支出\t58.00\t58.00\t57.42\n",
            ),
            (
                // (a name cell over two columns spanning both rows keeps both places below)
                "<table><tr><td colspan=2 rowspan=2>项目资金（万元）</td><td colspan=2>资金情况</td><td rowspan=2>分值</td></tr>\
                 <tr><td>全年预算数</td><td>全年执行数</td></tr>\
                 <tr><td>年度资金总额</td><td></td><td>80</td><td>78.25</td><td>10</td></tr></table>",
                "项目资金（万元）\t项目资金（万元）\t全年预算数\t全年执行数\t分值\n年度资金总额\t\t80\t78.25\t10\n",
            ),
            (
                // (parts naming their own roles under a name with its unit: 调整后预算 is no part
                // of a 调整后预算预算数（万元）)
                "<table><tr><td rowspan=\"2\">项目</td><td colspan=\"2\">预算数（万元）</td><td rowspan=\"2\">决算数（万元）</td><td rowspan=\"2\">执行率</td></tr>\
                 <tr><td>年初预算</td><td>调整后预算</td></tr>\
                 <tr><td>合计</td><td>168.50</td><td>176.20</td><td>171.36</td><td>97.25%</td></tr></table>",
                "项目\t年初预算\t调整后预算\t决算数（万元）\t执行率\n合计\t168.50\t176.20\t171.36\t97.25%\n",
            ),
        ];
        for (page, want) in cases {
            assert_eq!(text(page), want, "{page}");
        }
    }

    /// A city's table turned the other way under a two-row header — the places' caption merged over
    /// the counties' names, the corner and the whole's column spanning both rows —: one header row of
    /// the places' names.
    #[test]
    fn a_places_caption_over_the_counties_names() {
        assert_eq!(
            text(
                "<table><tr><td rowspan=\"2\">指标</td><td colspan=\"2\">县（市、区）</td><td rowspan=\"2\">全市</td></tr>\
                 <tr><td>信州区</td><td>广丰区</td></tr>\
                 <tr><td>侦破毒品刑事案件（起）</td><td>24</td><td>19</td><td>187</td></tr></table>"
            ),
            "指标\t信州区\t广丰区\t全市\n侦破毒品刑事案件（起）\t24\t19\t187\n"
        );
    }

    /// A government site's PubDate meta tag gives a publication line after the title when the
    /// body prints none.
    #[test]
    fn the_publication_date_of_a_meta_tag() {
        let head = "<html><head><meta charset=\"utf-8\"><meta name=\"PubDate\" content=\"2023-06-25 10:30\">\
            <meta name='ArticleTitle' content='x'><title>某县禁毒工作情况</title></head><body>";
        assert_eq!(
            text(&format!("{head}<p>今年以来破获毒品刑事案件12起。</p></body></html>")),
            "某县禁毒工作情况\n发布时间：2023-06-25\n\n今年以来破获毒品刑事案件12起。\n"
        );
        // (printed in the body already: not twice)
        let t = text(&format!("{head}<div>发布时间：2023-06-25</div><p>正文。</p></body></html>"));
        assert_eq!(t.matches("2023-06-25").count(), 1, "{t}");
        for (v, want) in
            [("2023/4/8 9:00:00", Some("2023-04-08")), ("2023年4月8日", Some("2023-04-08")), ("昨天", None)]
        {
            assert_eq!(day_of(v).as_deref(), want, "{v}");
        }
        assert_eq!(attr(" data-name=\"a\" name=PubDate content=\"b\"", "name"), Some("PubDate"));
    }

    #[test]
    fn entities_and_stray_marks() {
        for (html, want) in [
            ("a &amp; b", "a & b\n"),
            ("&#8805;95% &#x2264;15%", "≥95% ≤15%\n"),
            ("&unknown; &", "&unknown; &\n"),
            ("3 < 5", "3 < 5\n"),
            ("<p>未闭合<div>块</div>", "未闭合\n\n块\n"),
            ("<td>孤立单元格</td>", "孤立单元格\n"),
        ] {
            assert_eq!(text(html), want, "{html}");
        }
    }
}
