//! HTML pages reduced to their text: scripts, styles and page furniture (navigation,
//! banners, breadcrumbs, sidebars, footers — by element, by `class`/`id` word, and by the
//! boilerplate lines of government portals) are dropped, block elements become line
//! breaks, table cells are joined with `|`, character references are decoded. The
//! portal's information table (索引号, 发布机构, 发文日期 …) is moved to the top of the
//! text, where [`crate::document::read_metadata`] reads it, and `<meta>` and `<title>`
//! give the title, date and publisher.
//!
//! A linear scan with no recursion and no tree: malformed, truncated or deeply nested
//! markup cannot blow the stack, and time is linear in the size of the page. What counts
//! as furniture is data: `data/html/page.toml`, embedded.

use serde::Deserialize;
use std::sync::LazyLock;

/// The embedded page conventions (`data/html/page.toml`).
pub const PAGE_RULES: &str = include_str!("../data/html/page.toml");

/// What a page reduces to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The text: the information table's rows first, then the article, one block a line.
    pub text: String,
    /// The article title from `<meta>` or `<title>` (a site name after `_`, `|` or ` - `
    /// cut off).
    pub title: Option<String>,
    /// The publication date from `<meta>`, as written.
    pub issued: Option<String>,
    /// The publisher from `<meta>`.
    pub publisher: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageRules {
    skip_elements: Vec<String>,
    furniture_words: Vec<String>,
    content_words: Vec<String>,
    furniture_lines: Vec<String>,
    title_meta: Vec<String>,
    date_meta: Vec<String>,
    publisher_meta: Vec<String>,
    furniture_line_max_chars: usize,
}

static RULES: LazyLock<PageRules> = LazyLock::new(|| {
    toml::from_str(PAGE_RULES).expect("data/html/page.toml is valid (checked by tests)")
});

/// Elements that break lines.
const BLOCKS: [&str; 24] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "main",
    "hr",
    "blockquote",
    "pre",
    "center",
    "caption",
];

/// Elements that never have content or a closing tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Labels of a portal's information table; a row holding one goes to the top.
const INFO_LABELS: [&str; 8] = [
    "索引号",
    "发布机构",
    "发文机关",
    "发文日期",
    "成文日期",
    "发布日期",
    "文号",
    "发文字号",
];

/// Returns the page's text and its title (see [`page`]).
pub fn to_text(html: &str) -> (String, Option<String>) {
    let page = page(html);
    (page.text, page.title)
}

/// An element being dropped with its content: its name and how deeply it is nested in
/// itself.
struct Skip {
    name: String,
    depth: usize,
}

/// Reduces a page to its text and metadata.
pub fn page(html: &str) -> Page {
    let rules = &*RULES;
    let mut out = String::with_capacity(html.len() / 2);
    let mut info = String::new();
    let mut page = Page::default();
    let mut skip: Option<Skip> = None;
    let mut in_title = false;
    let mut title_text = String::new();
    let mut row_start: Option<usize> = None;
    let mut cells_in_row = 0usize;
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < html.len() {
        if bytes[i] == b'<' {
            if html[i..].starts_with("<!--") {
                i = html[i..].find("-->").map_or(html.len(), |e| i + e + 3);
                continue;
            }
            // A tag runs to its `>`, or to the end of a truncated page.
            let (tag_end, end) = match html[i..].find('>') {
                Some(e) => (i + e, i + e + 1),
                None => (html.len(), html.len()),
            };
            let tag = &html[i + 1..tag_end];
            i = end;
            let closing = tag.starts_with('/');
            let name = tag_name(tag);
            if name.is_empty() {
                // `<!DOCTYPE`, `<?xml`, or a stray `<`.
                continue;
            }
            let self_closing = tag.ends_with('/') || VOID.contains(&name.as_str());
            if let Some(s) = &mut skip {
                if name == s.name && !self_closing {
                    if closing {
                        s.depth -= 1;
                        if s.depth == 0 {
                            skip = None;
                        }
                    } else {
                        s.depth += 1;
                    }
                }
                continue;
            }
            if !closing && !self_closing {
                let skipped = rules.skip_elements.contains(&name);
                if skipped || is_furniture(tag, rules) {
                    skip = Some(Skip { name, depth: 1 });
                    continue;
                }
            }
            match name.as_str() {
                "meta" => read_meta(tag, rules, &mut page),
                "title" => {
                    in_title = !closing;
                    if closing && page.title.is_none() {
                        page.title = site_title(&decode_entities(title_text.trim()));
                    }
                }
                "tr" => {
                    end_row(&mut out, &mut info, &mut row_start);
                    if !closing {
                        if !out.is_empty() && !out.ends_with('\n') {
                            out.push('\n');
                        }
                        row_start = Some(out.len());
                        cells_in_row = 0;
                    }
                }
                "td" | "th" if !closing => {
                    if row_start.is_some() && cells_in_row > 0 {
                        out.push_str(" | ");
                    } else if !out.is_empty() && !out.ends_with('\n') {
                        out.push('\n');
                    }
                    cells_in_row += 1;
                }
                "table" => {
                    end_row(&mut out, &mut info, &mut row_start);
                    if !out.is_empty() && !out.ends_with('\n') {
                        out.push('\n');
                    }
                }
                _ if BLOCKS.contains(&name.as_str()) => {
                    // Inside a table cell a block only separates words.
                    if row_start.is_some() {
                        if !out.ends_with(' ') && !out.ends_with('\n') {
                            out.push(' ');
                        }
                    } else if !out.is_empty() && !out.ends_with('\n') {
                        out.push('\n');
                    }
                }
                _ => {}
            }
            continue;
        }
        let next = html[i..].find('<').map_or(html.len(), |e| i + e);
        if skip.is_none() {
            let chunk = &html[i..next];
            if in_title {
                title_text.push_str(chunk);
            } else {
                push_text(&mut out, &decode_entities(chunk), row_start.is_some());
            }
        }
        i = next;
    }
    end_row(&mut out, &mut info, &mut row_start);
    let mut text = String::with_capacity(info.len() + out.len());
    for line in info.lines().chain(out.lines()) {
        let line = line.trim_matches(is_blank);
        if line.is_empty() || line.chars().all(|c| c == '|' || is_blank(c)) {
            continue;
        }
        if line.chars().count() <= rules.furniture_line_max_chars
            && rules
                .furniture_lines
                .iter()
                .any(|m| line.contains(m.as_str()))
        {
            continue;
        }
        text.push_str(line);
        text.push('\n');
    }
    page.text = text;
    page
}

/// White space, including the ideographic space and no-break space of Chinese pages.
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}'
}

/// Appends a text chunk: white space collapses; a line break in the source stays one,
/// except inside a table row, where the cell's text stays on the row's line.
fn push_text(out: &mut String, decoded: &str, in_row: bool) {
    for (n, line) in decoded.split('\n').enumerate() {
        let trimmed = line.trim_matches(is_blank);
        if trimmed.is_empty() {
            continue;
        }
        let starts_blank = line.starts_with(is_blank) || n > 0;
        if starts_blank && !out.is_empty() && !out.ends_with(['\n', ' ']) {
            out.push(if in_row || n == 0 { ' ' } else { '\n' });
        }
        out.push_str(trimmed);
    }
}

/// Ends the open table row, moving it to `info` when it is a row of the information table.
fn end_row(out: &mut String, info: &mut String, row_start: &mut Option<usize>) {
    let Some(start) = row_start.take() else {
        return;
    };
    let row = &out[start..];
    if row.contains('|') && INFO_LABELS.iter().any(|l| row.contains(l)) {
        info.push_str(row.trim());
        info.push('\n');
        out.truncate(start);
    } else if !out.ends_with('\n') {
        out.push('\n');
    }
}

/// The element name of a tag's inside (`/div class=…` → `div`), in lower case.
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The value of attribute `name` in a tag's inside, if present (quoted or not).
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(name) {
        let at = from + pos;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value_start = tag.len() - rest.len() + 1;
        let value = tag[value_start..].trim_start();
        let offset = tag.len() - value.len();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let inner = &tag[offset + 1..];
                &inner[..inner.find(q).unwrap_or(inner.len())]
            }
            _ => {
                let end = value
                    .find(|c: char| c.is_ascii_whitespace() || c == '/')
                    .unwrap_or(value.len());
                &value[..end]
            }
        });
    }
    None
}

/// Whether an opening tag's `class` or `id` marks it as page furniture.
fn is_furniture(tag: &str, rules: &PageRules) -> bool {
    let mut furniture = false;
    for name in ["class", "id"] {
        let Some(value) = attribute(tag, name) else {
            continue;
        };
        for word in value
            .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
            .filter(|w| !w.is_empty())
        {
            let word = word.to_ascii_lowercase();
            if rules.content_words.contains(&word) {
                return false;
            }
            if rules.furniture_words.contains(&word) {
                furniture = true;
            }
        }
    }
    furniture
}

/// Reads `<meta name=… content=…>` into the page's metadata.
fn read_meta(tag: &str, rules: &PageRules, page: &mut Page) {
    let Some(name) = attribute(tag, "name").or_else(|| attribute(tag, "property")) else {
        return;
    };
    let Some(content) = attribute(tag, "content") else {
        return;
    };
    let content = decode_entities(content.trim());
    if content.is_empty() {
        return;
    }
    let is = |names: &[String]| names.iter().any(|n| n.eq_ignore_ascii_case(name));
    if is(&rules.title_meta) {
        page.title = Some(content);
    } else if is(&rules.date_meta) {
        page.issued.get_or_insert(content);
    } else if is(&rules.publisher_meta) {
        page.publisher.get_or_insert(content);
    }
}

/// A `<title>` without the site name portals append (`标题_栏目_浙江省科学技术厅`).
fn site_title(title: &str) -> Option<String> {
    let first = title
        .split(['_', '|', '｜'])
        .next()
        .unwrap_or(title)
        .split(" - ")
        .next()
        .unwrap_or(title)
        .trim();
    let chosen = if first.chars().count() >= 4 {
        first
    } else {
        title
    };
    (!chosen.is_empty()).then(|| chosen.to_owned())
}

/// Decodes the common named and all numeric character references.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        // A reference is short: its `;` within 12 bytes (found by byte, so that a
        // multi-byte character there is no problem).
        let end = rest.bytes().take(12).position(|b| b == b';');
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" | "ensp" | "emsp" => Some(' '),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "middot" => Some('·'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                _ if name.starts_with("#x") || name.starts_with("#X") => {
                    u32::from_str_radix(&name[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.filter(|&c| c != '\0').map(|c| (c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_rules_load() {
        assert!(RULES.skip_elements.iter().any(|e| e == "script"));
    }

    #[test]
    fn keeps_body_text_and_title_and_drops_furniture() {
        let html = "<html><head><title>关于某事的通知</title><style>p{}</style></head><body><nav>首页 | 科技新闻</nav><div><p>浙江省科学技术厅&nbsp;发布</p><p>第二段&#x3002;</p></div><script>var a='<p>x</p>';</script><footer>版权所有</footer></body></html>";
        let (text, title) = to_text(html);
        assert_eq!(title.as_deref(), Some("关于某事的通知"));
        assert_eq!(text, "浙江省科学技术厅 发布\n第二段。\n");
    }

    #[test]
    fn furniture_by_class_and_id_is_dropped_with_its_nested_content() {
        let html = r#"<div class="top-nav"><div><a>首页</a></div><div>杭州市</div></div>
            <div id="crumbs">当前位置：首页 &gt; 通知</div>
            <div class="article-header"><h1>标题</h1></div>
            <div class="content"><p>正文宁波市。</p></div>
            <div class="footer"><p>主办：某厅</p></div>"#;
        assert_eq!(page(html).text, "标题\n正文宁波市。\n");
    }

    #[test]
    fn information_table_rows_go_first_and_meta_gives_metadata() {
        let html = r#"<meta name="ArticleTitle" content="关于某事的通知"><meta name="PubDate" content="2024-07-15 09:30">
            <h1>关于某事的通知</h1>
            <table class="xxgk"><tr><td>索引号：</td><td>001/2024-1</td><td>发布机构：</td><td><span>省科技厅</span></td></tr></table>
            <p>正文。</p><table><tr><td>指标</td><td>数值</td></tr></table>"#;
        let page = page(html);
        assert_eq!(page.title.as_deref(), Some("关于某事的通知"));
        assert_eq!(page.issued.as_deref(), Some("2024-07-15 09:30"));
        assert_eq!(
            page.text,
            "索引号： | 001/2024-1 | 发布机构： | 省科技厅\n关于某事的通知\n正文。\n指标 | 数值\n"
        );
    }

    #[test]
    fn title_loses_the_site_name() {
        let (_, title) = to_text("<title>关于某事的通知_通知公告_某省科学技术厅</title>");
        assert_eq!(title.as_deref(), Some("关于某事的通知"));
    }

    #[test]
    fn survives_broken_and_deep_markup() {
        let deep = "<div>".repeat(100_000) + "正文" + &"</div>".repeat(10);
        assert_eq!(to_text(&deep).0, "正文\n");
        assert_eq!(to_text("<p>未闭合 <b").0, "未闭合\n");
        // Found by fuzzing: a `&` followed by multi-byte characters.
        assert_eq!(decode_entities("&地址；&amp;"), "&地址；&");
        // Found by fuzzing: a page cut inside a tag that ends in a multi-byte character.
        assert_eq!(to_text("<p>正文</p><a title=\"›").0, "正文\n");
        let nested_furniture = "<div class=\"nav\">".repeat(50_000) + "菜单";
        assert_eq!(to_text(&nested_furniture).0, "");
        assert_eq!(
            to_text("<<<>>>&#0;&#xFFFFFFFF;&;<a href='x").0,
            ">>&#0;&#xFFFFFFFF;&;\n"
        );
    }
}
