//! A hand matcher for the commonest shape of entity rule: a bounded run of characters of
//! one class, then one of a finite set of head words (`[\p{Han}]{2,16}(?:大学|学院)`).
//!
//! The rule stage knows where a head word ends (its Aho-Corasick scan) and wants the
//! leftmost match that ends there. For this shape that is a walk back over the run's
//! class from the head word, which costs a few nanoseconds a character; a regex search
//! per hit costs far more. Rules of any other shape keep their regex.

use regex_syntax::hir::{Class, Hir, HirKind, literal};

/// A rule of the shape *run of a class, then a head word*, read from its pattern.
#[derive(Clone, Debug)]
pub(crate) struct RunThenHead {
    /// The run's characters, as sorted inclusive ranges.
    class: Vec<(char, char)>,
    /// Fewest characters in the run.
    min: usize,
    /// Most characters in the run, if bounded.
    max: Option<usize>,
    /// Every string the part after the run matches.
    heads: Vec<String>,
}

impl RunThenHead {
    /// The matcher of `pattern`, if the pattern has this shape: optionally inside capture
    /// groups, a repetition of one character class followed by a part that matches a
    /// finite set of strings exactly.
    pub(crate) fn of(pattern: &str) -> Option<Self> {
        let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
        let mut top = &hir;
        while let HirKind::Capture(group) = top.kind() {
            top = &group.sub;
        }
        let HirKind::Concat(parts) = top.kind() else {
            return None;
        };
        let (first, rest) = parts.split_first()?;
        let HirKind::Repetition(repetition) = first.kind() else {
            return None;
        };
        let HirKind::Class(Class::Unicode(class)) = repetition.sub.kind() else {
            return None;
        };
        let tail = Hir::concat(rest.to_vec());
        if !tail.properties().look_set().is_empty() {
            return None;
        }
        let mut extractor = literal::Extractor::new();
        extractor
            .kind(literal::ExtractKind::Prefix)
            .limit_total(4096);
        let seq = extractor.extract(&tail);
        let literals = seq.literals()?;
        if !seq.is_exact() || literals.is_empty() {
            return None;
        }
        let heads = literals
            .iter()
            .map(|l| String::from_utf8(l.as_bytes().to_vec()).ok())
            .collect::<Option<Vec<_>>>()?;
        if heads.iter().any(String::is_empty) {
            return None;
        }
        Some(Self {
            class: class
                .ranges()
                .iter()
                .map(|r| (r.start(), r.end()))
                .collect(),
            min: repetition.min as usize,
            max: repetition.max.map(|m| m as usize),
            heads,
        })
    }

    /// Where the leftmost match of the rule that ends at the end of `haystack` starts.
    pub(crate) fn start_of_match_at_end(&self, haystack: &str) -> Option<usize> {
        self.heads
            .iter()
            .filter(|head| haystack.ends_with(head.as_str()))
            .filter_map(|head| self.run_start(&haystack[..haystack.len() - head.len()]))
            .min()
    }

    /// Where the longest run of the class that ends at the end of `before` starts, if it
    /// is long enough (longest: the leftmost start is the regex's answer).
    fn run_start(&self, before: &str) -> Option<usize> {
        let mut start = before.len();
        let mut count = 0;
        for (i, c) in before.char_indices().rev() {
            if self.max.is_some_and(|max| count == max) || !self.contains(c) {
                break;
            }
            start = i;
            count += 1;
        }
        (count >= self.min).then_some(start)
    }

    fn contains(&self, c: char) -> bool {
        self.class
            .binary_search_by(|&(low, high)| {
                if high < c {
                    std::cmp::Ordering::Less
                } else if low > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// The hand matcher and the end-anchored regex agree on every suffix-ending haystack.
    fn agrees(pattern: &str, haystacks: &[&str]) {
        let matcher = RunThenHead::of(pattern).expect("the shape");
        let at_end = Regex::new(&format!("(?:{pattern})$")).unwrap();
        for haystack in haystacks {
            assert_eq!(
                matcher.start_of_match_at_end(haystack),
                at_end.find(haystack).map(|m| m.start()),
                "{pattern} on {haystack}"
            );
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

    /// Every shipped rule of this shape agrees with its regex at every head word of the
    /// sample document, and the common rules (universities, companies) have the shape.
    #[test]
    fn shipped_rules_agree_with_their_regex_on_the_sample() {
        let text = include_str!("../../data/corpus/seed.txt");
        let rules = crate::rules::RuleSet::builtin();
        let mut shaped = 0;
        for rule in &rules.entities {
            let Some(matcher) = RunThenHead::of(rule.pattern.as_str()) else {
                continue;
            };
            shaped += 1;
            for head in &matcher.heads {
                for (at, _) in text.match_indices(head.as_str()) {
                    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                    let haystack = &text[line_start..at + head.len()];
                    assert_eq!(
                        matcher.start_of_match_at_end(haystack),
                        rule.pattern_at_end.find(haystack).map(|m| m.start()),
                        "{} on {haystack}",
                        rule.name
                    );
                }
            }
        }
        assert!(shaped >= 10, "{shaped} rules have the shape");
    }

    #[test]
    fn other_shapes_keep_their_regex() {
        assert!(RunThenHead::of("《(?P<name>[^《》\\n]{2,80})》").is_none());
        assert!(RunThenHead::of("(?:印发|出台)(?P<name>[\\p{Han}]{4,30}?条例)").is_none());
        assert!(
            RunThenHead::of("(?P<name>[\\p{Han}]{2,8}(?:省|市)[\\p{Han}]{2,14}委员会)").is_none()
        );
    }
}
