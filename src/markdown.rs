//! Markdown reduced to the plain text the extractors read: a line of text for each line,
//! without the marks of headings, lists, quotes, emphasis, code and links. Tables stay as
//! they are written (lines of `|` cells), which the table reader takes as they come.

/// The text of a Markdown document, line by line.
pub(crate) fn text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut fenced = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        // A fence opens or closes a code block; the code is kept as written.
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            out.push('\n');
            continue;
        }
        if fenced {
            out.push_str(line);
        } else if !is_thematic_break(trimmed) {
            inline(block_content(trimmed), &mut out);
        }
        out.push('\n');
    }
    out
}

/// A line's content without its block marks: `#` of a heading (and closing ones), `>` of
/// a quote, the bullet of a list item (an ordered item keeps its number, as numbering).
fn block_content(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t']) {
        let heading = line[hashes..].trim();
        return heading.trim_end_matches('#').trim_end();
    }
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            let rest = rest.trim_start();
            // A task list's box.
            return ["[ ] ", "[x] ", "[X] "]
                .iter()
                .find_map(|b| rest.strip_prefix(b))
                .unwrap_or(rest);
        }
    }
    line
}

/// Whether a line is a thematic break (`---`, `***`, `___`, spaces allowed between).
fn is_thematic_break(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && ["-", "*", "_"]
            .iter()
            .any(|m| marks.chars().all(|c| c.to_string() == *m))
}

/// Appends `line` without its inline marks: `**`, `__` and `~~` around words, code's
/// backticks, a link's or an image's target (`[text](url)` → text), and a backslash
/// escaping a mark.
fn inline(line: &str, out: &mut String) {
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = ["**", "__", "~~"].iter().find_map(|m| rest.strip_prefix(m)) {
            rest = after;
            continue;
        }
        match c {
            '`' => rest = &rest[1..],
            '\\' if rest[1..].starts_with(|n: char| n.is_ascii_punctuation()) => {
                let escaped = rest[1..].chars().next().expect("checked");
                out.push(escaped);
                rest = &rest[1 + escaped.len_utf8()..];
            }
            '!' if rest[1..].starts_with('[') => rest = &rest[1..],
            '[' => match link(rest) {
                Some((label, after)) => {
                    inline(label, out);
                    rest = after;
                }
                None => {
                    out.push('[');
                    rest = &rest[1..];
                }
            },
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
}

/// A link at the start of `s` (`[label](target)`): its label and the text after it.
fn link(s: &str) -> Option<(&str, &str)> {
    let close = s.find("](")?;
    let label = &s[1..close];
    if label.contains(['[', ']']) {
        return None;
    }
    let target = &s[close + 2..];
    let end = target.find(')')?;
    Some((label, &target[end + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_and_inline_marks_are_dropped_and_tables_kept() {
        let md = "# 海南省“十四五”科技创新规划\n\n## 第一章 发展目标\n\n- **创新投入大幅增加。** 研发经费投入强度达到1.2%。\n> 引自[省政府网站](http://example.org)。\n\n---\n\n| 指标 | 2025年目标 |\n| --- | --- |\n| 高新技术企业数（家） | 2000 |\n1. 第一项\n";
        let text = text(md);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "海南省“十四五”科技创新规划");
        assert_eq!(lines[2], "第一章 发展目标");
        assert_eq!(lines[4], "创新投入大幅增加。 研发经费投入强度达到1.2%。");
        assert_eq!(lines[5], "引自省政府网站。");
        assert_eq!(lines[7], "");
        assert_eq!(lines[9], "| 指标 | 2025年目标 |");
        assert_eq!(lines[10], "| --- | --- |");
        assert_eq!(lines[12], "1. 第一项");
    }

    #[test]
    fn code_is_kept_and_escapes_are_read() {
        let text = text("```\n**raw**\n```\n`代码`与\\*星号\\*\n");
        assert_eq!(text, "\n**raw**\n\n代码与*星号*\n");
    }
}
