//! A hand matcher for the commonest shape of entity rule: literals, a bounded run of
//! characters of one class, literals. `[\p{Han}]{2,16}(?:大学|学院)` (a run, then head
//! words), `《(?P<name>[^《》\n]{2,80})》` (a title between marks) and
//! `(?:印发|出台)(?P<name>[\p{Han}]{4,30}?条例)` (a verb, a run, a head word) have it.
//!
//! The rule stage knows where a head word ends (its literal pass) and wants the
//! leftmost match that ends there, and its name. For this shape that is a walk back over
//! the run's class from each literal that can end the match, which costs a few
//! nanoseconds a character; a regex search per hit costs far more. Rules of any other
//! shape keep their regex, and so does a match the walk finds two readings of.

use super::chars::CharSet;
use regex_syntax::hir::{Class, Hir, HirKind, literal};
use std::ops::Range;

/// A rule of the shape *literals, run of a class, literals*, read from its pattern.
#[derive(Clone, Debug)]
pub(crate) struct RunMatcher {
    /// The run's characters.
    class: CharSet,
    /// Fewest characters in the run.
    min: usize,
    /// Most characters in the run, if bounded.
    max: Option<usize>,
    /// Every string the part before the run matches, with the byte where the name begins
    /// in it.
    before: Vec<(String, usize)>,
    /// The last characters of the non-empty strings of `before`, sorted.
    before_ends: Vec<char>,
    /// Whether the part before the run may be empty.
    before_empty: bool,
    /// Every string the part after the run matches, with the byte where the name ends in
    /// it, sorted by their last character.
    after: Vec<(String, usize)>,
    /// For each last character of the strings of `after`, where they are in it.
    after_by_end: Vec<(Option<char>, Range<usize>)>,
}

/// What a [`RunMatcher`] finds at the end of a haystack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// The leftmost match ending there has this name (a byte range of the haystack).
    Name(Range<usize>),
    /// No match ends there.
    Nothing,
    /// The leftmost match can be read two ways, with different names: ask the regex.
    Undecided,
}

/// One item of a pattern read as a sequence.
enum Item<'h> {
    /// A part that matches a finite set of strings exactly.
    Literals(Vec<String>),
    /// The run: a repetition of one class.
    Run(
        &'h regex_syntax::hir::Repetition,
        &'h regex_syntax::hir::ClassUnicode,
    ),
    /// Where the group `name` begins or ends.
    NameStart,
    NameEnd,
}

/// Most strings the parts before or after the run may stand for.
const MAX_STRINGS: usize = 1024;

impl RunMatcher {
    /// The matcher of `pattern`, if the pattern has this shape: a concatenation (inside
    /// capture groups or not) of parts that each match a finite set of strings exactly,
    /// and of one repetition of a character class; the group `name`, if any, begins
    /// before the run and ends after it; no look-around.
    pub(crate) fn of(pattern: &str) -> Option<Self> {
        let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
        if !hir.properties().look_set().is_empty() {
            return None;
        }
        let mut items = Vec::new();
        flatten(&hir, &mut items)?;
        if !items.iter().any(|i| matches!(i, Item::NameStart)) {
            items.insert(0, Item::NameStart);
            items.push(Item::NameEnd);
        }
        let run = items.iter().position(|i| matches!(i, Item::Run(..)))?;
        if items[run + 1..].iter().any(|i| matches!(i, Item::Run(..))) {
            return None;
        }
        let Item::Run(repetition, class) = &items[run] else {
            return None;
        };
        let before = strings(&items[..run], Mark::Start)?;
        let mut after = strings(&items[run + 1..], Mark::End)?;
        after.sort_by_key(|(s, _)| s.chars().next_back());
        let mut after_by_end: Vec<(Option<char>, Range<usize>)> = Vec::new();
        for (i, (s, _)) in after.iter().enumerate() {
            let end = s.chars().next_back();
            match after_by_end.last_mut() {
                Some((c, range)) if *c == end => range.end = i + 1,
                _ => after_by_end.push((end, i..i + 1)),
            }
        }
        let mut before_ends: Vec<char> = before
            .iter()
            .filter_map(|(s, _)| s.chars().next_back())
            .collect();
        before_ends.sort_unstable();
        before_ends.dedup();
        Some(Self {
            class: CharSet::new(class),
            min: repetition.min as usize,
            max: repetition.max.map(|m| m as usize),
            before_empty: before.iter().any(|(s, _)| s.is_empty()),
            before_ends,
            before,
            after,
            after_by_end,
        })
    }

    /// The strings the part after the run matches (every match ends with one).
    #[cfg(test)]
    fn endings(&self) -> impl Iterator<Item = &str> {
        self.after.iter().map(|(s, _)| s.as_str())
    }

    /// The name of the leftmost match that ends at the end of `haystack`.
    pub(crate) fn name_at_end(&self, haystack: &str) -> Found {
        // (start of the match, its name) of the leftmost reading so far, and whether
        // another reading with that start names something else.
        let mut best: Option<(usize, Range<usize>)> = None;
        let mut undecided = false;
        // Only the strings that end with the haystack's last character can end the match
        // (and the empty one).
        let last = haystack.chars().next_back();
        let candidates = self
            .after_by_end
            .iter()
            .filter(|(end, _)| end.is_none() || *end == last)
            .flat_map(|(_, range)| &self.after[range.clone()]);
        for (after, name_end) in candidates {
            let Some(run_text) = haystack.strip_suffix(after.as_str()) else {
                continue;
            };
            let name_end = run_text.len() + name_end;
            if self.before_is_bare() {
                // Nothing before the run: the longest run is the leftmost reading.
                if let Some(start) = self.run_start(run_text) {
                    consider(&mut best, &mut undecided, start, start..name_end);
                }
                continue;
            }
            let mut count = 0;
            let mut run_start = run_text.len();
            let mut chars = run_text[..run_start].chars().rev();
            loop {
                let previous = chars.next();
                if count >= self.min {
                    let before_text = &run_text[..run_start];
                    let may_end = self.before_empty
                        || previous.is_some_and(|c| self.before_ends.binary_search(&c).is_ok());
                    if may_end {
                        for (before, name_start) in &self.before {
                            let Some(rest) = before_text.strip_suffix(before.as_str()) else {
                                continue;
                            };
                            let start = rest.len();
                            let name = start + name_start..name_end;
                            consider(&mut best, &mut undecided, start, name);
                        }
                    }
                }
                if self.max.is_some_and(|max| count == max) {
                    break;
                }
                match previous {
                    Some(c) if self.class.contains(c) => {
                        run_start -= c.len_utf8();
                        count += 1;
                    }
                    _ => break,
                }
            }
        }
        match best {
            _ if undecided => Found::Undecided,
            Some((_, name)) => Found::Name(name),
            None => Found::Nothing,
        }
    }

    /// Whether nothing comes before the run, and the name begins with it.
    fn before_is_bare(&self) -> bool {
        matches!(self.before.as_slice(), [(before, 0)] if before.is_empty())
    }

    /// Where the longest run of the class that ends at the end of `text` starts, if it
    /// is long enough.
    fn run_start(&self, text: &str) -> Option<usize> {
        let mut start = text.len();
        let mut count = 0;
        for (i, c) in text.char_indices().rev() {
            if self.max.is_some_and(|max| count == max) || !self.class.contains(c) {
                break;
            }
            start = i;
            count += 1;
        }
        (count >= self.min).then_some(start)
    }
}

/// Keeps the leftmost reading of a match (`start`, `name`) in `best`; `undecided` tells
/// whether another reading with the same start names something else.
fn consider(
    best: &mut Option<(usize, Range<usize>)>,
    undecided: &mut bool,
    start: usize,
    name: Range<usize>,
) {
    match best {
        Some((s, _)) if *s < start => {}
        Some((s, n)) if *s == start => *undecided |= *n != name,
        _ => {
            *best = Some((start, name));
            *undecided = false;
        }
    }
}

/// Reads `hir` as a sequence of items, if every part of it is a finite set of literals,
/// a repetition of a class, or the group `name` around such parts.
fn flatten<'h>(hir: &'h Hir, items: &mut Vec<Item<'h>>) -> Option<()> {
    match hir.kind() {
        HirKind::Concat(parts) => {
            for part in parts {
                flatten(part, items)?;
            }
            Some(())
        }
        HirKind::Capture(group) if group.name.as_deref() == Some("name") => {
            items.push(Item::NameStart);
            flatten(&group.sub, items)?;
            items.push(Item::NameEnd);
            Some(())
        }
        HirKind::Capture(group) => flatten(&group.sub, items),
        HirKind::Repetition(repetition) => match repetition.sub.kind() {
            HirKind::Class(Class::Unicode(class)) if repetition.max != Some(1) => {
                items.push(Item::Run(repetition, class));
                Some(())
            }
            _ => literals(hir).map(|l| items.push(Item::Literals(l))),
        },
        _ => literals(hir).map(|l| items.push(Item::Literals(l))),
    }
}

/// Every string `hir` matches, if they are few and known exactly.
fn literals(hir: &Hir) -> Option<Vec<String>> {
    if hir.properties().explicit_captures_len() > 0 {
        return None;
    }
    let mut extractor = literal::Extractor::new();
    extractor
        .kind(literal::ExtractKind::Prefix)
        .limit_total(MAX_STRINGS);
    let seq = extractor.extract(hir);
    if !seq.is_exact() {
        return None;
    }
    seq.literals()?
        .iter()
        .map(|l| String::from_utf8(l.as_bytes().to_vec()).ok())
        .collect()
}

/// Which end of the name a part of the pattern may hold.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Start,
    End,
}

/// The strings a sequence of literal items matches, each with the byte where the name's
/// `mark` is in it (its start before the run, its end after it), if the sequence holds
/// that mark and no other.
fn strings(items: &[Item<'_>], mark: Mark) -> Option<Vec<(String, usize)>> {
    let mut strings = vec![(String::new(), None)];
    for item in items {
        match (item, mark) {
            (Item::Literals(literals), _) => {
                if strings.len() * literals.len() > MAX_STRINGS {
                    return None;
                }
                strings = strings
                    .iter()
                    .flat_map(|(s, at)| literals.iter().map(move |l| (format!("{s}{l}"), *at)))
                    .collect();
            }
            (Item::NameStart, Mark::Start) | (Item::NameEnd, Mark::End) => {
                for (s, at) in &mut strings {
                    *at = Some(s.len());
                }
            }
            _ => return None,
        }
    }
    let mut strings: Vec<(String, usize)> = strings
        .into_iter()
        .map(|(s, at)| Some((s, at?)))
        .collect::<Option<_>>()?;
    strings.sort();
    strings.dedup();
    Some(strings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// What the end-anchored regex finds: the name (group `name`, else the whole match)
    /// of the leftmost match ending at the end of the haystack.
    fn regex_name(at_end: &Regex, haystack: &str) -> Option<Range<usize>> {
        let caps = at_end.captures(haystack)?;
        caps.name("name").or_else(|| caps.get(0)).map(|m| m.range())
    }

    /// The hand matcher and the end-anchored regex agree on every haystack (where the
    /// matcher decides).
    fn agrees(pattern: &str, haystacks: &[&str]) {
        let matcher = RunMatcher::of(pattern).expect("the shape");
        let at_end = Regex::new(&format!("(?:{pattern})$")).unwrap();
        for haystack in haystacks {
            let expected = regex_name(&at_end, haystack);
            match matcher.name_at_end(haystack) {
                Found::Name(name) => assert_eq!(Some(name), expected, "{pattern} on {haystack}"),
                Found::Nothing => assert_eq!(None, expected, "{pattern} on {haystack}"),
                Found::Undecided => {}
            }
        }
    }

    #[test]
    fn runs_before_head_words_match_like_the_regex() {
        agrees(
            r"(?P<name>[\p{Han}]{2,16}(?:大学|学院))",
            &[
                "支持浙江大学",
                "和学院",
                "在2023年杭州师范大学",
                "大学",
                "x科学院",
            ],
        );
        agrees(
            r"(?P<name>[\p{Han}A-Za-z0-9()（）]{2,30}?(?:实验室|重点实验室|研究院))",
            &[
                "依托之江实验室",
                "国家重点实验室",
                "，实验室",
                "在杭州市的浙江省农业科学院研究院",
                "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三实验室",
            ],
        );
        agrees(
            r"[\p{Han}&&[^室厅局委府]]{2,12}(?:省|市|县)人民政府(?:办公厅|办公室)?",
            &[
                "温州市人民政府",
                "科技厅市人民政府办公厅",
                "浙江省人民政府办公室",
            ],
        );
    }

    #[test]
    fn names_between_literals_match_like_the_regex() {
        agrees(
            "《(?P<name>[^《》\\n]{2,80})》",
            &[
                "印发《浙江省科技条例》",
                "《》",
                "《a》",
                "《甲《乙丙》",
                "甲乙》",
            ],
        );
        agrees(
            "(?:印发|出台)(?P<name>[\\p{Han}]{4,30}?条例)",
            &[
                "省政府印发浙江省科技进步条例",
                "印发出台浙江省科技进步条例",
                "出台条例",
                "印发印发印发条例",
            ],
        );
        agrees(
            "“(?P<name>[^“”\\n]{2,14})”(?:等)?(?:重大|重点)?(?:科技)?(?:项目|计划)",
            &["实施“尖兵领雁”等重大科技计划", "“双尖双领”项目", "“甲”项目"],
        );
        agrees(
            "“(?P<name>[^“”\\n]{2,10}(?:战略|工程))”",
            &["实施“科教兴省战略”", "“工程”", "“人才强省工程”"],
        );
        // Two readings of the same match name different things: the regex decides.
        let matcher = RunMatcher::of("(?:甲|甲乙)(?P<name>[乙丙]{1,3})").unwrap();
        assert_eq!(matcher.name_at_end("甲乙丙"), Found::Undecided);
    }

    /// Every shipped rule of this shape agrees with its regex at every ending of its
    /// matches in the sample document, and the common rules (universities, companies,
    /// book titles) have the shape.
    #[test]
    fn shipped_rules_agree_with_their_regex_on_the_sample() {
        let text = include_str!("../../data/corpus/seed.txt");
        let rules = crate::rules::RuleSet::builtin();
        let mut shaped = 0;
        for rule in &rules.entities {
            let Some(matcher) = RunMatcher::of(rule.pattern.as_str()) else {
                continue;
            };
            shaped += 1;
            let endings: Vec<&str> = matcher.endings().filter(|e| !e.is_empty()).collect();
            for ending in endings {
                for (at, _) in text.match_indices(ending) {
                    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                    let haystack = &text[line_start..at + ending.len()];
                    let expected = regex_name(&rule.pattern_at_end, haystack);
                    match matcher.name_at_end(haystack) {
                        Found::Name(name) => {
                            assert_eq!(Some(name), expected, "{} on {haystack}", rule.name)
                        }
                        Found::Nothing => assert_eq!(None, expected, "{} on {haystack}", rule.name),
                        Found::Undecided => {}
                    }
                }
            }
        }
        assert!(shaped >= 18, "{shaped} rules have the shape");
    }

    #[test]
    fn other_shapes_keep_their_regex() {
        assert!(
            RunMatcher::of("(?P<name>[\\p{Han}]{2,8}(?:省|市)[\\p{Han}]{2,14}委员会)").is_none()
        );
        assert!(RunMatcher::of("\\b[\\p{Han}]{2,8}大学").is_none());
        assert!(RunMatcher::of("(?P<name>(?:“[0-9]{1,4}”|[0-9]{1,4}X)工程)").is_none());
    }
}
