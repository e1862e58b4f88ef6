//! Lists closed by 等 before a head word (东湖、南山等省实验室): a hand matcher for the one
//! grammar of coordination, which finds what this regex finds, match for match and group
//! for group (a test compares the two):
//!
//! ```text
//! (?P<list>(?:C{2,14}、)+C{2,14})(?:等|[两三四五六七八九十]大)
//! (?:[0-9一二三四五六七八九十]+[个家所条])?(?:各类|各)?(?:北京|天津|河北|…)?
//! (?P<qualifier>国家级|省级|市级|国家|省|市)?(?:重点)?(?P<head>head₁|head₂|…)
//! ```
//!
//! where `C` is [`CONJUNCT`]. As a regex its lazy DFA, tracking every start and every count
//! of the bounded repeats at once, was the dearest search of the entity stage.
//!
//! The grammar makes the search simple. 、 is not in `C`, so a conjunct before a 、 is the
//! whole run of `C` before it, and every match begins in the run before some 、: the
//! leftmost match begins 14 characters before the first 、 whose rest completes a match
//! (or where that run begins, if it is shorter). The rest is tried in the regex's order of
//! preference: more conjuncts first, a longer last conjunct first, then each optional part
//! present before absent, the alternatives in their order.

use super::chars::CharSet;
use std::ops::Range;

/// The characters of a conjunct.
pub(crate) const CONJUNCT: &str = "[\\p{Han}A-Za-z0-9+“”()（）]";

/// The fewest and the most characters of a conjunct.
const CONJUNCT_CHARS: (usize, usize) = (2, 14);

/// The numerals of a count before its measure word (两大, 3个).
const NUMERALS: &str = "0123456789一二三四五六七八九十";

/// The provinces whose short name may brand a head word (光谷、珞珈等湖北实验室), in the
/// regex's order.
const PROVINCES: [&str; 31] = [
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
];

/// The qualifiers before a head word, in the regex's order.
const QUALIFIERS: [&str; 6] = ["国家级", "省级", "市级", "国家", "省", "市"];

/// One list and the head word it shares (byte ranges of the searched text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ListMatch {
    /// The conjuncts and the 、 between them.
    pub list: Range<usize>,
    /// The level written before the head (国家, 省级), if any.
    pub qualifier: Option<Range<usize>>,
    /// The head word.
    pub head: Range<usize>,
}

/// Finds lists closed by 等 before one of its head words.
#[derive(Clone, Debug)]
pub(crate) struct ListMatcher {
    conjunct: CharSet,
    heads: Vec<String>,
}

impl ListMatcher {
    /// A matcher for lists before these head words (tried in this order).
    pub(crate) fn new(heads: Vec<String>) -> Self {
        Self {
            conjunct: CharSet::perl(CONJUNCT),
            heads,
        }
    }

    /// The lists of `text`, leftmost first, without overlaps.
    pub(crate) fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = ListMatch> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || {
            let found = self.find_at(text, from)?;
            from = found.head.end;
            Some(found)
        })
    }

    /// The leftmost list that begins at or after byte `from`.
    fn find_at(&self, text: &str, from: usize) -> Option<ListMatch> {
        let mut search = from;
        // The end of the run of list characters after the last 、 tried, if no 等 or 大 is
        // in it: a list begun by a 、 before that end has nothing to close it.
        let mut unclosed_until = from;
        while let Some(at) = text[search..].find('、') {
            let comma = search + at;
            search = comma + '、'.len_utf8();
            if comma < unclosed_until {
                continue;
            }
            let (closer, run_end) = self.closer_in_run(text, search);
            if !closer {
                unclosed_until = run_end;
                continue;
            }
            // The conjunct before the 、: its run of `C`, at most so many characters of it.
            let mut start = comma;
            let mut chars = 0;
            for c in text[from..comma].chars().rev() {
                if chars == CONJUNCT_CHARS.1 || !self.conjunct.contains(c) {
                    break;
                }
                start -= c.len_utf8();
                chars += 1;
            }
            if chars < CONJUNCT_CHARS.0 {
                continue;
            }
            if let Some(found) = self.rest(text, start, search) {
                return Some(found);
            }
        }
        None
    }

    /// Whether the run of conjunct characters and 、 from `at` holds a 等 or 大 (one of
    /// which every list closes with), and where the run ends.
    fn closer_in_run(&self, text: &str, at: usize) -> (bool, usize) {
        for (i, c) in text[at..].char_indices() {
            match c {
                '等' | '大' => return (true, at + i),
                '、' => {}
                c if self.conjunct.contains(c) => {}
                _ => return (false, at + i),
            }
        }
        (false, text.len())
    }

    /// The list that begins at `start` and whose first 、 ends at `after_first`, if the
    /// rest completes one: its last conjunct, qualifier and head as the regex prefers them.
    fn rest(&self, text: &str, start: usize, after_first: usize) -> Option<ListMatch> {
        // Where each further conjunct begins: as many as there are, each a whole run
        // of `C` closed by a 、.
        let mut starts = vec![after_first];
        loop {
            let start = starts[starts.len() - 1];
            let end = self.conjunct.run_end(text, start);
            let chars = text[start..end].chars().count();
            let closed = text[end..].starts_with('、');
            if !(closed && (CONJUNCT_CHARS.0..=CONJUNCT_CHARS.1).contains(&chars)) {
                break;
            }
            starts.push(end + '、'.len_utf8());
        }
        for &last in starts.iter().rev() {
            // The ends of the last conjunct, longest first.
            let ends: Vec<usize> = (text[last..].char_indices())
                .take_while(|&(_, c)| self.conjunct.contains(c))
                .map(|(i, c)| last + i + c.len_utf8())
                .take(CONJUNCT_CHARS.1)
                .collect();
            for chars in (CONJUNCT_CHARS.0..=ends.len()).rev() {
                let list_end = ends[chars - 1];
                if let Some((qualifier, head)) = self.closing(text, list_end) {
                    return Some(ListMatch {
                        list: start..list_end,
                        qualifier,
                        head,
                    });
                }
            }
        }
        None
    }

    /// What closes a list ending at `at`: 等 (or 两大…), an optional count, 各类 or 各, a
    /// province, a qualifier, 重点 and a head word, each optional part tried present, then
    /// absent.
    fn closing(&self, text: &str, at: usize) -> Option<(Option<Range<usize>>, Range<usize>)> {
        let rest = &text[at..];
        let mut closed = None;
        if rest.starts_with('等') {
            closed = Some(at + '等'.len_utf8());
        } else if let Some(c) = rest
            .chars()
            .next()
            .filter(|c| "两三四五六七八九十".contains(*c))
        {
            if rest[c.len_utf8()..].starts_with('大') {
                closed = Some(at + c.len_utf8() + '大'.len_utf8());
            }
        }
        let closed = closed?;
        // A count is all the numerals there are, then its measure word.
        let numerals_end = closed
            + (text[closed..].char_indices())
                .find(|&(_, c)| !NUMERALS.contains(c))
                .map_or(text.len() - closed, |(i, _)| i);
        let counted = (numerals_end > closed)
            .then(|| text[numerals_end..].chars().next())
            .flatten()
            .filter(|c| "个家所条".contains(*c))
            .map(|c| numerals_end + c.len_utf8());
        for at in counted.into_iter().chain([closed]) {
            let after_each = optional(text, at, &["各类", "各"]);
            for at in after_each
                .into_iter()
                .flat_map(|at| optional(text, at, &PROVINCES))
            {
                let qualifiers = (QUALIFIERS.iter())
                    .filter(|q| text[at..].starts_with(**q))
                    .map(|q| Some(at..at + q.len()))
                    .chain([None]);
                for qualifier in qualifiers {
                    let at = qualifier.as_ref().map_or(at, |q| q.end);
                    for at in optional(text, at, &["重点"]) {
                        if let Some(head) = self.heads.iter().find(|h| text[at..].starts_with(*h)) {
                            return Some((qualifier, at..at + head.len()));
                        }
                    }
                }
            }
        }
        None
    }
}

/// The positions after each of `words` written at `at` (in their order), then `at` itself:
/// the choices of an optional group of alternatives.
fn optional(text: &str, at: usize, words: &[&str]) -> Vec<usize> {
    (words.iter())
        .filter(|w| text[at..].starts_with(**w))
        .map(|w| at + w.len())
        .chain([at])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    /// The built-in head words, the matcher and the regex it stands for.
    static BUILTIN: LazyLock<(ListMatcher, Regex)> = LazyLock::new(|| {
        let extractor = crate::Extractor::builtin().unwrap();
        let heads: Vec<String> = (extractor.rules().coordination.iter())
            .map(|(h, _)| h.clone())
            .collect();
        (ListMatcher::new(heads.clone()), regex(&heads))
    });

    /// The regex the matcher stands for.
    fn regex(heads: &[String]) -> Regex {
        let heads: Vec<String> = heads.iter().map(|h| regex::escape(h)).collect();
        Regex::new(&format!(
            "(?P<list>(?:{CONJUNCT}{{2,14}}、)+{CONJUNCT}{{2,14}})\
             (?:等|[两三四五六七八九十]大)\
             (?:[0-9一二三四五六七八九十]+[个家所条])?\
             (?:各类|各)?(?:{})?(?P<qualifier>国家级|省级|市级|国家|省|市)?(?:重点)?(?P<head>{})",
            PROVINCES.join("|"),
            heads.join("|")
        ))
        .unwrap()
    }

    fn by_regex(regex: &Regex, text: &str) -> Vec<ListMatch> {
        (regex.captures_iter(text))
            .map(|c| ListMatch {
                list: c.name("list").unwrap().range(),
                qualifier: c.name("qualifier").map(|q| q.range()),
                head: c.name("head").unwrap().range(),
            })
            .collect()
    }

    #[test]
    fn lists_are_found_as_written() {
        let (matcher, _) = &*BUILTIN;
        let text = "支持西湖、白马湖等省实验室，生命健康、新材料两大科创高地建设";
        let found: Vec<_> = matcher.find_iter(text).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(&text[found[0].list.clone()], "支持西湖、白马湖");
        assert_eq!(&text[found[0].qualifier.clone().unwrap()], "省");
        assert_eq!(&text[found[0].head.clone()], "实验室");
        assert_eq!(&text[found[1].list.clone()], "生命健康、新材料");
        assert_eq!(&text[found[1].head.clone()], "科创高地");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn the_matcher_finds_what_the_regex_finds(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "甲", "乙", "丙", "丁", "戊", "A", "7", "“", "”", "(", "、", "、", "、",
                    "，", " ", "等", "等", "大", "两", "三", "十", "3", "个", "家", "各",
                    "类", "国家", "级", "省", "市", "重点", "实验室", "实验", "室", "科创高地",
                    "中心", "技术创新中心", "国家技术创新中心", "湖北", "湖", "北", "内蒙古",
                ]),
                0..40,
            )
        ) {
            let (matcher, regex) = &*BUILTIN;
            let text: String = pieces.concat();
            let found: Vec<_> = matcher.find_iter(&text).collect();
            prop_assert_eq!(found, by_regex(regex, &text), "{}", text);
        }
    }
}
