//! HTML pages reduced to their text: scripts, styles and page furniture (navigation,
//! headers, footers) are dropped, block elements become line breaks, character
//! references are decoded. A linear scan with no recursion, so malformed or deeply
//! nested markup cannot hurt it.

/// Elements whose whole content is dropped.
const SKIPPED: [&str; 9] = [
    "script", "style", "noscript", "nav", "header", "footer", "template", "svg", "iframe",
];

/// Elements that break lines.
const BLOCKS: [&str; 22] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "title",
    "td",
    "th",
    "hr",
    "blockquote",
    "pre",
];

/// Returns the page's text and its `<title>`.
pub fn to_text(html: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(html.len() / 2);
    let mut title = None;
    let mut skip_until: Option<String> = None;
    let mut in_title = false;
    let mut title_text = String::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < html.len() {
        if bytes[i] == b'<' {
            if html[i..].starts_with("<!--") {
                i = html[i..].find("-->").map_or(html.len(), |e| i + e + 3);
                continue;
            }
            let end = html[i..].find('>').map_or(html.len(), |e| i + e + 1);
            let tag = &html[i + 1..end.saturating_sub(1).max(i + 1)];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            i = end;
            if let Some(skipped) = &skip_until {
                if closing && &name == skipped {
                    skip_until = None;
                }
                continue;
            }
            if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
                skip_until = Some(name);
                continue;
            }
            if name == "title" {
                in_title = !closing;
                if closing && title.is_none() {
                    let t = decode_entities(title_text.trim());
                    title = (!t.is_empty()).then_some(t);
                }
                continue;
            }
            if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') {
                out.push('\n');
            }
            continue;
        }
        let next = html[i..].find('<').map_or(html.len(), |e| i + e);
        if skip_until.is_none() {
            let chunk = &html[i..next];
            if in_title {
                title_text.push_str(chunk);
            } else {
                let decoded = decode_entities(chunk);
                for line in decoded.split('\n') {
                    let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
                    if !line.is_empty() {
                        if !out.is_empty() && !out.ends_with('\n') && decoded.starts_with('\n') {
                            out.push('\n');
                        }
                        out.push_str(line);
                    }
                }
            }
        }
        i = next;
    }
    let mut text = String::with_capacity(out.len());
    for line in out.lines().map(str::trim).filter(|l| !l.is_empty()) {
        text.push_str(line);
        text.push('\n');
    }
    (text, title)
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
        let end = rest[..rest.len().min(12)].find(';');
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
                "middot" => Some('·'),
                _ if name.starts_with("#x") || name.starts_with("#X") => {
                    u32::from_str_radix(&name[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, end + 1))
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
    fn keeps_body_text_and_title_and_drops_furniture() {
        let html = "<html><head><title>关于某事的通知</title><style>p{}</style></head><body><nav>首页 | 科技新闻</nav><div><p>浙江省科学技术厅&nbsp;发布</p><p>第二段&#x3002;</p></div><script>var a='<p>x</p>';</script><footer>版权所有</footer></body></html>";
        let (text, title) = to_text(html);
        assert_eq!(title.as_deref(), Some("关于某事的通知"));
        assert_eq!(text, "浙江省科学技术厅 发布\n第二段。\n");
    }

    #[test]
    fn survives_broken_and_deep_markup() {
        let deep = "<div>".repeat(100_000) + "正文" + &"</div>".repeat(10);
        assert_eq!(to_text(&deep).0, "正文\n");
        assert_eq!(to_text("<p>未闭合 <b").0, "未闭合\n");
    }
}
