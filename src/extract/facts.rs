//! Facts: numbers with units, the indicator they measure, their subject, year and status.

use super::context::Context;
use super::{EntityTable, Extractor, Mention, clean_name};
use crate::document::Document;
use crate::model::{EntityType, Status};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A fact on entity indices, with its evidence (byte range).
#[derive(Clone, Debug)]
pub(crate) struct FoundFact {
    pub subject: usize,
    pub indicator: String,
    pub value: f64,
    pub unit: String,
    pub year: Option<i32>,
    pub status: Status,
    pub evidence: Range<usize>,
}

static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})\s*年").unwrap());
static RANK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:全国|全省|全市|全球|世界)(?:第|前)(?P<num>\d+|[一二三四五六七八九十]+)(?:位|名)?",
    )
    .unwrap()
});

/// The regex of a number followed by one of `units`.
pub(crate) fn number_regex(units: &[String]) -> Regex {
    let units: Vec<String> = units.iter().map(|u| regex::escape(u)).collect();
    let units = if units.is_empty() {
        "%".to_owned()
    } else {
        units.join("|")
    };
    Regex::new(&format!(
        r"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[零一二两三四五六七八九十百千]+(?:\.\d+)?)\s*(?P<unit>{units})"
    ))
    .expect("units are escaped")
}

/// Parses an Arabic or Chinese numeral.
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    let plain: String = s.chars().filter(|&c| c != ',').collect();
    if let Ok(v) = plain.parse::<f64>() {
        return Some(v);
    }
    let digit = |c: char| {
        "零一二三四五六七八九"
            .find(c)
            .map(|i| (i / 3) as f64)
            .or((c == '两').then_some(2.0))
    };
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            current = d;
            any = true;
        } else {
            let scale = match c {
                '十' => 10.0,
                '百' => 100.0,
                '千' => 1000.0,
                _ => return None,
            };
            total += if current == 0.0 { 1.0 } else { current } * scale;
            current = 0.0;
            any = true;
        }
    }
    any.then_some(total + current)
}

/// The year and plan flag that section headings give to the text below them.
fn heading_years(extractor: &Extractor, doc: &Document) -> Vec<(usize, i32, bool)> {
    let mut marks = Vec::new();
    let mut offset = doc.body_start;
    for line in doc.text[doc.body_start..].split_inclusive('\n') {
        let trimmed = line.trim();
        let short = trimmed.chars().count() <= 40 && !trimmed.contains('。');
        if short {
            if let Some(c) = YEAR.captures(trimmed) {
                let year: i32 = c[1].parse().unwrap_or(0);
                let plan = extractor
                    .rules
                    .facts
                    .plan_headings
                    .iter()
                    .any(|h| trimmed.contains(h.as_str()));
                marks.push((offset, year, plan));
            }
        }
        offset += line.len();
    }
    marks
}

/// Reads the facts of every sentence.
pub(crate) fn find(
    extractor: &Extractor,
    doc: &Document,
    context: &Context,
    mentions: &[Mention],
    table: &EntityTable,
) -> Vec<FoundFact> {
    let text = &doc.text;
    let cues = &extractor.rules.facts;
    let headings = heading_years(extractor, doc);
    let issued_year = doc
        .metadata
        .issued
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse().ok());
    let region = context.region.and_then(|r| {
        let e = extractor.lexicon.get(r);
        table.find(&e.name, e.entity_type.coarse())
    });
    let mut facts: Vec<FoundFact> = Vec::new();
    for sentence in &doc.sentences {
        let slice = &text[sentence.clone()];
        if !slice
            .chars()
            .any(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        {
            continue;
        }
        let heading = headings
            .iter()
            .rev()
            .find(|(pos, _, _)| *pos <= sentence.start);
        let year = YEAR
            .captures(slice)
            .and_then(|c| c[1].parse().ok())
            .or(heading.map(|h| h.1))
            .or(issued_year);
        let plan = heading.is_some_and(|h| h.2);
        let sentence_mentions: Vec<&Mention> = mentions
            .iter()
            .filter(|m| m.start >= sentence.start && m.end <= sentence.end)
            .collect();
        let mut numbers: Vec<(Range<usize>, String, String)> = Vec::new();
        for c in extractor.fact_number.captures_iter(slice) {
            let whole = c.get(0).unwrap();
            let range = sentence.start + whole.start()..sentence.start + whole.end();
            let after = &slice[whole.end()..];
            let before = &slice[..whole.start()];
            let inside_name = sentence_mentions
                .iter()
                .any(|m| m.start < range.end && range.start < m.end);
            let threshold = after.starts_with("以上")
                && after["以上".len()..].chars().next().is_some_and(is_han);
            let ordinal = before.ends_with('第') || before.ends_with("前");
            let year_like = after.starts_with('年');
            if inside_name || threshold || ordinal || year_like {
                continue;
            }
            numbers.push((range, c["num"].to_owned(), c["unit"].to_owned()));
        }
        for c in RANK.captures_iter(slice) {
            let num = c.name("num").unwrap();
            let range = sentence.start + c.get(0).unwrap().start()
                ..sentence.start + c.get(0).unwrap().end();
            numbers.push((range, num.as_str().to_owned(), "名".to_owned()));
        }
        numbers.sort_by_key(|n| n.0.start);
        let mut previous_indicator: Option<String> = None;
        let mut previous_end = sentence.start;
        for (range, num, unit) in numbers {
            let Some(value) = parse_number(&num) else {
                continue;
            };
            let clause_start = text[sentence.start..range.start]
                .char_indices()
                .rev()
                .find(|(_, c)| {
                    matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '(' | '（' | '、')
                })
                .map_or(sentence.start, |(i, c)| sentence.start + i + c.len_utf8());
            let left = clause_start.max(previous_end);
            let phrase = &text[left..range.start];
            let rank = unit == "名" && text[range.clone()].starts_with(['全']);
            let mut indicator = indicator_from(extractor, phrase);
            if rank {
                indicator = format!(
                    "{}全国排名",
                    indicator_from(
                        extractor,
                        &text[clause_start.max(previous_end)..range.start]
                    )
                    .trim_end_matches("蝉联")
                    .trim_end_matches("位居")
                    .trim_end_matches("稳居")
                );
            }
            if indicator.chars().count() < 2 {
                match &previous_indicator {
                    Some(base) => {
                        let modifier = if phrase.contains("累计") {
                            "累计数"
                        } else {
                            ""
                        };
                        indicator = format!("{}{}", base.trim_end_matches("新增数"), modifier);
                    }
                    None => continue,
                }
            } else if indicator.starts_with("同比") || indicator.starts_with("增长") {
                if let Some(base) = &previous_indicator {
                    indicator = format!("{base}{indicator}");
                }
            }
            let before_number = &text[sentence.start..range.start];
            let status = extractor
                .rules
                .status_cue(before_number)
                .unwrap_or(if plan { Status::Target } else { Status::Actual });
            let subject = sentence_mentions
                .iter()
                .filter(|m| m.end <= range.start)
                .find(|m| table.entities[m.entity].entity_type == EntityType::AdministrativeRegion)
                .map(|m| m.entity)
                .or(region);
            previous_end = range.end;
            let Some(subject) = subject else { continue };
            let _ = cues;
            previous_indicator = Some(indicator.clone());
            facts.push(FoundFact {
                subject,
                indicator,
                value,
                unit,
                year,
                status,
                evidence: sentence.clone(),
            });
        }
    }
    facts
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The indicator a phrase names: after its last stop word, without trailing linkers
/// and status words.
fn indicator_from(extractor: &Extractor, phrase: &str) -> String {
    let cues = &extractor.rules.facts;
    let mut start = 0;
    for stop in &cues.indicator_stops {
        if let Some(i) = phrase.rfind(stop.as_str()) {
            start = start.max(i + stop.len());
        }
    }
    let mut s = &phrase[start..];
    loop {
        let before = s.len();
        for word in cues
            .linkers
            .iter()
            .chain(&cues.expected)
            .chain(&cues.target)
        {
            s = s.trim_end_matches(word.as_str());
        }
        s = s.trim_end();
        if s.len() == before {
            break;
        }
    }
    clean_name(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_parse() {
        assert_eq!(parse_number("3.15"), Some(3.15));
        assert_eq!(parse_number("1,200"), Some(1200.0));
        assert_eq!(parse_number("十二"), Some(12.0));
        assert_eq!(parse_number("二十六"), Some(26.0));
        assert_eq!(parse_number("三百"), Some(300.0));
        assert_eq!(parse_number("两"), Some(2.0));
        assert_eq!(parse_number("x"), None);
    }
}
