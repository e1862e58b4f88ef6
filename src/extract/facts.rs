//! Facts: numbers with units, the indicator they measure, their subject, year and status.

use super::chars::{CharSet, find_any, find_word, holds, holds_any, rfind_word, run_end};
use super::context::Context;
use super::{EntityTable, Extractor, Mention, clean_name};
use crate::document::Document;
use crate::model::{CoarseType, EntityType, Status};
use crate::rules::FactCues;
use regex::Regex;
use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
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

/// The Chinese numerals a number may be written in (the second form of [`number_regex`]).
const CHINESE_NUMERALS: &str = "零一二两三四五六七八九十百千";

/// The regex of a number followed by one of `units`, or by a unit of ten thousands or
/// hundred millions with 余 or 多 after its 万 or 亿 (1.2万余名: more than 12,000 people,
/// [`approximate_unit`]).
pub(crate) fn number_regex(units: &[String]) -> Regex {
    let approximate = approximate_units(units)
        .map(|(scale, rest)| format!("{scale}[余多]{}", regex::escape(rest)));
    let units: Vec<String> = (units.iter())
        .map(|u| regex::escape(u))
        .chain(approximate)
        .collect();
    let units = if units.is_empty() {
        "%".to_owned()
    } else {
        units.join("|")
    };
    Regex::new(&format!(
        r"(?P<num>\d+(?:,\d{{3}})*(?:[.．]\d+)?|[{CHINESE_NUMERALS}]+(?:\.\d+)?)\s*[余多]?(?P<unit>{units})"
    ))
    .expect("units are escaped")
}

/// The units of ten thousands or hundred millions (万名, 亿元), as their 万 or 亿 and the
/// rest, in the order of `units`.
fn approximate_units(units: &[String]) -> impl Iterator<Item = (char, &str)> {
    units.iter().filter_map(|u| {
        let rest = u.strip_prefix(['万', '亿'])?;
        let scale = u.chars().next()?;
        (!rest.is_empty()).then_some((scale, rest))
    })
}

/// The matchers of the fact rules, compiled once per extractor.
#[derive(Debug)]
pub(crate) struct FactMatchers {
    /// Numbers with their units (`facts.units`).
    numbers: NumberScanner,
    /// The words at which a fact's indicator stops on its left (`facts.indicator_stops`).
    indicator_stops: WordEnds,
    /// The verbs after which a count counts the phrase after it (`facts.count_verbs`).
    count_verbs: WordEnds,
    /// The verbs that write a rank without a scope word, longest first
    /// (`facts.rank_verbs`).
    rank_verbs: Vec<String>,
    /// The words between an indicator and its number (`facts.linkers`).
    linkers: WordEnds,
    /// The last characters of the words a fact's indicator drops at its end (linkers,
    /// status words), sorted: a phrase ending otherwise has none of them to drop.
    linker_ends: Vec<char>,
    /// The same words (linkers, then expected, then target words) by their last byte,
    /// each with its place in that order.
    trailing_words: Vec<Vec<(usize, String)>>,
    /// The words that make a number expected (`facts.expected`), then those that make
    /// it a target (`facts.target`).
    status_words: WordEnds,
    /// The last characters of the status words.
    status_lasts: CharSet,
    /// The characters the fact rules look for ([`FactMatchers::marked_chars`]).
    marked: CharSet,
}

impl FactMatchers {
    /// Compiles the fact rules.
    pub(crate) fn new(cues: &FactCues) -> Self {
        let mut linker_ends: Vec<char> = (cues.linkers.iter())
            .chain(&cues.expected)
            .chain(&cues.target)
            .filter_map(|w| w.chars().next_back())
            .collect();
        linker_ends.sort_unstable();
        linker_ends.dedup();
        let mut trailing_words = vec![Vec::new(); 256];
        let words = (cues.linkers.iter())
            .chain(&cues.expected)
            .chain(&cues.target);
        for (place, word) in words.enumerate() {
            if let Some(&last) = word.as_bytes().last() {
                trailing_words[usize::from(last)].push((place, word.clone()));
            }
        }
        let numbers = NumberScanner::new(&cues.units);
        let mut status_lasts: Vec<char> = (cues.expected.iter())
            .chain(&cues.target)
            .filter_map(|w| w.chars().next_back())
            .collect();
        status_lasts.sort_unstable();
        status_lasts.dedup();
        let digit_chars = (numbers.digits.ranges().iter()).flat_map(|&(start, end)| start..=end);
        let marked = char_set(
            (CHINESE_NUMERALS.chars())
                .chain(['年', '第', '前'])
                .chain(status_lasts.iter().copied())
                .chain(digit_chars),
        );
        let status_lasts = char_set(status_lasts);
        Self {
            numbers,
            indicator_stops: WordEnds::new(&[&cues.indicator_stops]),
            count_verbs: WordEnds::new(&[&cues.count_verbs]),
            rank_verbs: {
                let mut verbs = cues.rank_verbs.clone();
                verbs.sort_by_key(|v| std::cmp::Reverse(v.len()));
                verbs
            },
            linkers: WordEnds::new(&[&cues.linkers]),
            linker_ends,
            trailing_words,
            status_words: WordEnds::new(&[&cues.expected, &cues.target]),
            status_lasts,
            marked,
        }
    }

    /// `s` after one pass of [`strip_suffixes`] with each linker, expected and target
    /// word in turn. A word can only be cut when `s` ends with its last byte, so the
    /// pass goes from one such word to the next.
    fn strip_trailing_words<'a>(&self, mut s: &'a str) -> &'a str {
        let mut next = 0;
        while let Some(&last) = s.as_bytes().last() {
            let words = &self.trailing_words[usize::from(last)];
            let Some((place, word)) =
                (words.iter()).find(|(place, w)| *place >= next && s.ends_with(w.as_str()))
            else {
                break;
            };
            s = strip_suffixes(s, word);
            next = place + 1;
        }
        s
    }

    /// The characters the fact rules look for: digits, Chinese numerals, 年, 第 and 前,
    /// and the last characters of the status words. The document's one automaton pass
    /// finds where they are ([`super::entities::Scan::marks`]).
    pub(crate) fn marked_chars(&self) -> impl Iterator<Item = char> + '_ {
        (self.marked.ranges().iter()).flat_map(|&(start, end)| start..=end)
    }

    /// The marks of `s`, which begins at byte `offset` of a text whose marked characters
    /// begin at the byte offsets `at` (all those inside `s`, in order).
    fn read_marks(&self, s: &str, offset: usize, at: &[u32], marks: &mut Marks) {
        marks.numbers.clear();
        marks.years.clear();
        marks.status_ends.clear();
        marks.ranks.clear();
        for &at in at {
            let at = at as usize - offset;
            let c = s[at..].chars().next().expect("a marked character");
            self.add_mark(at, c, marks);
        }
    }

    /// Adds the character `c` at `at` to `marks`.
    fn add_mark(&self, at: usize, c: char, marks: &mut Marks) {
        let digit = self.numbers.digits.contains(c);
        if digit || is_numeral_char(c) {
            marks.numbers.push((at, digit));
        }
        match c {
            '年' => marks.years.push(at),
            '第' | '前' => marks.ranks.push(at),
            _ => {}
        }
        if self.status_lasts.contains(c) {
            marks.status_ends.push(at + c.len_utf8());
        }
    }

    /// The years written in `s` as the regex `((?:19|20)\d{2})\s*年` finds them, left to
    /// right: the byte range of each year's four characters. A match ends at a 年, after
    /// white space (none of it a digit) right after the four characters. `at_years` are
    /// where the 年 of `s` are, in order.
    fn years<'a>(
        &'a self,
        s: &'a str,
        at_years: impl IntoIterator<Item = usize> + 'a,
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        let digits = &self.numbers.digits;
        let spaces = &self.numbers.spaces;
        at_years.into_iter().filter_map(move |at| {
            let before = s[..at].trim_end_matches(|c| spaces.contains(c));
            let mut chars = before.chars().rev();
            let units = [chars.next()?, chars.next()?];
            if !units.iter().all(|&c| digits.contains(c)) {
                return None;
            }
            let century = &before[..before.len() - units.map(char::len_utf8).iter().sum::<usize>()];
            (century.ends_with("19") || century.ends_with("20"))
                .then_some(century.len() - 2..before.len())
        })
    }

    /// The ranks of `s`, as `captures_iter` of the rank regex
    /// `(?P<scope>全国|全省|全市|全球|世界)[^，,。；;、()（）]{0,8}?(?:第|前)(?P<num>\d+|[一二三四五六七八九十]+)(?:位|名)?`
    /// finds them; `marks` are where the 第 and 前 of `s` are ([`Marks::ranks`]). From the
    /// leftmost scope word on, the fewest characters (at most 8, none of them a clause
    /// mark) up to a 第 or 前 followed by a number win; the number is the whole run of
    /// digits there, else of Chinese digits; a 位 or 名 after it belongs to the match.
    /// A match starts at most ten characters before its 第 or 前: only there are scope
    /// words looked for, left to right.
    fn ranks<'a>(&'a self, s: &'a str, marks: &[usize]) -> impl Iterator<Item = Rank<'a>> {
        // Every start before `from` has been tried; `next` is the first mark whose
        // window may hold starts not yet tried.
        let (mut from, mut next) = (0, 0);
        std::iter::from_fn(move || {
            while let Some(&mark) = marks.get(next) {
                let window = s[..mark].char_indices().rev().nth(9).map_or(0, |(i, _)| i);
                from = from.max(window);
                while from < mark {
                    let start = from;
                    from += s[start..].chars().next().map_or(1, char::len_utf8);
                    let scope = RANK_SCOPES.iter().find(|w| starts_with(&s[start..], w));
                    if let Some(rank) = scope.and_then(|scope| self.rank_at(s, start, scope)) {
                        from = rank.range.end;
                        return Some(rank);
                    }
                }
                next += 1;
            }
            None
        })
    }

    /// The ranks of `s` written with a rank verb right before 第 and no scope word
    /// (位列第4位, 排名第七), each with the topic that a 在…中 right before the verb names
    /// (在全国178家国家高新区综合评价中位列第7位): the rank's range then starts at 在, so a
    /// count inside it is no fact of its own; else it starts at the verb. A place may scope
    /// the rank between the verb and 第 (居湖州市第1位). `marks` are where the 第 and 前 of `s` are.
    /// A rank with no 位 or 名 must not run on into a word (第一方阵).
    fn verb_ranks<'s, 'm>(
        &'m self,
        s: &'s str,
        marks: &'m [usize],
    ) -> impl Iterator<Item = (Rank<'s>, Option<Range<usize>>)> + use<'s, 'm> {
        marks.iter().filter_map(move |&at| {
            let rest = s[at..].strip_prefix('第')?;
            let before = &s[..at];
            // The verb right before 第, or before a place that scopes the rank (居湖州市第1位),
            // with what of it the rank is among (居福建省县域第1位, 居湖南省企业第1位).
            let verb_start = std::iter::once(at)
                .chain(
                    (before.char_indices().rev().take(8))
                        .map(|(i, _)| i)
                        .filter(|&i| {
                            let scope = &before[i..];
                            let place = (RANK_SCOPE_KINDS.iter())
                                .find_map(|k| scope.strip_suffix(k))
                                .unwrap_or(scope);
                            place.chars().nth(1).is_some()
                                && place.chars().all(is_han)
                                && place.ends_with(['省', '市', '县', '区', '州'])
                        }),
                )
                .find_map(|end| {
                    (self.rank_verbs.iter())
                        .find(|v| before[..end].ends_with(v.as_str()))
                        .map(|verb| end - verb.len())
                })
                .or_else(|| self.listed_after_a_rank(before).then_some(at))?;
            let num_start = s.len() - rest.len();
            let mut end = self.numbers.digits.run_end(s, num_start);
            if end == num_start {
                end = run_end(s, num_start, is_chinese_digit);
            }
            if end == num_start {
                return None;
            }
            let unit = if s[end..].starts_with(['位', '名']) {
                '位'.len_utf8()
            } else if s[end..].chars().next().is_some_and(is_han) {
                return None;
            } else {
                0
            };
            // 在…中 right before the verb, within the clause.
            let before_verb = &before[..verb_start];
            let before_verb = before_verb.strip_suffix("分别").unwrap_or(before_verb);
            let topic = before_verb.strip_suffix('中').and_then(|inner| {
                let open = inner.rfind('在')?;
                let topic = &inner[open + '在'.len_utf8()..];
                (!topic.contains(['，', ',', '；', ';', '。', '：', ':']))
                    .then_some((open, open + '在'.len_utf8()..inner.len()))
            });
            let start = topic.as_ref().map_or(verb_start, |(open, _)| *open);
            Some((
                Rank {
                    range: start..end + unit,
                    scope: "",
                    num: &s[num_start..end],
                },
                topic.map(|(_, topic)| topic),
            ))
        })
    }

    /// Whether what precedes a 第 is a list of ranks after a rank verb (分别位列第5位、第23位:
    /// the 第 of 第23位 is a rank too).
    fn listed_after_a_rank(&self, mut before: &str) -> bool {
        while let Some(item) = before.strip_suffix('、') {
            let number = item.trim_end_matches(['位', '名']);
            let digits =
                number.trim_end_matches(|c: char| c.is_ascii_digit() || is_chinese_digit(c));
            if digits.len() == number.len() {
                return false;
            }
            let Some(rest) = digits.strip_suffix('第') else {
                return false;
            };
            if self.rank_verbs.iter().any(|v| rest.ends_with(v.as_str())) {
                return true;
            }
            before = rest;
        }
        false
    }

    /// The thing a rank's 在…中 topic ranks (全国178家国家高新区综合评价 → 国家高新区综合
    /// 评价): without a leading scope word and count.
    fn rank_topic(topic: &str) -> &str {
        let mut topic = topic;
        if let Some(scope) = RANK_SCOPES.iter().find(|w| topic.starts_with(**w)) {
            topic = &topic[scope.len()..];
        }
        let digits = run_end(topic, 0, |c| {
            c.is_ascii_digit() || is_chinese_digit(c) || c == '余' || c == '多'
        });
        if digits > 0 {
            let rest = &topic[digits..];
            if let Some(unit) = RANK_COUNTERS.iter().find(|u| rest.starts_with(**u)) {
                topic = &rest[unit.len()..];
            }
        }
        topic.trim_end_matches('的')
    }

    /// The rank of `s` that starts with the scope word `scope` at `start`, if any (see
    /// [`FactMatchers::ranks`]).
    fn rank_at<'a>(&self, s: &'a str, start: usize, scope: &'a str) -> Option<Rank<'a>> {
        let mut gap = &s[start + scope.len()..];
        for skipped in 0..=8 {
            if let Some(rest) = gap.strip_prefix(['第', '前']) {
                let num_start = s.len() - rest.len();
                let mut end = self.numbers.digits.run_end(s, num_start);
                if end == num_start {
                    end = run_end(s, num_start, is_chinese_digit);
                }
                if end > num_start {
                    let unit = if s[end..].starts_with(['位', '名']) {
                        '位'.len_utf8()
                    } else {
                        0
                    };
                    let num = &s[num_start..end];
                    return Some(Rank {
                        range: start..end + unit,
                        scope,
                        num,
                    });
                }
            }
            let c = gap.chars().next().filter(|_| skipped < 8)?;
            if "，,。；;、()（）".contains(c) {
                return None;
            }
            gap = &gap[c.len_utf8()..];
        }
        None
    }

    /// Where the first `facts.expected` word and the first `facts.target` word of `s` end
    /// (byte offsets): `RuleSet::status_cue` of `s[..at]` is `Expected` if the first
    /// ends by `at`, else `Target` if the second does. `ends` are where the characters
    /// of `s` that end a status word end, in order ([`Marks::status_ends`]); a word ending
    /// where `is_cue` does not hold is passed over.
    fn status_ends(
        &self,
        s: &str,
        ends: impl IntoIterator<Item = usize>,
        is_cue: impl Fn(usize) -> bool,
    ) -> StatusEnds {
        let [expected, target] = self.status_words.first_ends(s, ends, is_cue);
        StatusEnds { expected, target }
    }
}

/// Word lists, for where their words occur in a text. A word is looked for only where
/// the text has its last byte, which in Chinese text tells most characters apart.
#[derive(Debug)]
struct WordEnds {
    /// For each byte, the words that end with it, each with the index of its list.
    by_last: Vec<Vec<(Box<[u8]>, usize)>>,
    /// Whether some word ends with the byte.
    last_bytes: [bool; 256],
    /// A bit for each pair of bytes some word ends with (the two last bytes of a word,
    /// or a one-byte word after any byte): in Chinese text, nearly a character.
    last_pairs: Vec<u64>,
    /// The lists that hold an empty word (it occurs everywhere).
    empty: Vec<usize>,
}

impl WordEnds {
    /// The word lists `lists`.
    fn new(lists: &[&[String]]) -> Self {
        let mut by_last = vec![Vec::new(); 256];
        let mut last_bytes = [false; 256];
        let mut last_pairs = vec![0u64; 1 << 10];
        let mut empty = Vec::new();
        for (list, words) in lists.iter().enumerate() {
            for word in words.iter() {
                let bytes = word.as_bytes();
                let Some(&last) = bytes.last() else {
                    empty.push(list);
                    continue;
                };
                by_last[usize::from(last)].push((bytes.into(), list));
                last_bytes[usize::from(last)] = true;
                let before: Vec<u8> = match bytes {
                    [.., before, _] => vec![*before],
                    _ => (0..=255).collect(),
                };
                for before in before {
                    let pair = usize::from(u16::from_be_bytes([before, last]));
                    last_pairs[pair / 64] |= 1 << (pair % 64);
                }
            }
        }
        Self {
            by_last,
            last_bytes,
            last_pairs,
            empty,
        }
    }

    /// Whether a word may end at byte `end` (≥ 1) of `bytes`: the byte before, and the
    /// two bytes before, are the end of some word.
    fn may_end_at(&self, bytes: &[u8], end: usize) -> bool {
        if !self.last_bytes[usize::from(bytes[end - 1])] {
            return false;
        }
        if end < 2 {
            return true;
        }
        let pair = usize::from(u16::from_be_bytes([bytes[end - 2], bytes[end - 1]]));
        self.last_pairs[pair / 64] >> (pair % 64) & 1 == 1
    }

    /// The words of any list that end at byte `end` of `bytes`, with their lists.
    fn ending_at<'a>(&'a self, bytes: &'a [u8], end: usize) -> impl Iterator<Item = usize> + 'a {
        let before = &bytes[..end];
        self.by_last[usize::from(bytes[end - 1])]
            .iter()
            .filter(move |(word, _)| before.ends_with(word))
            .map(|&(_, list)| list)
    }

    /// The greatest end of an occurrence in `s` of a word of any list, or 0.
    fn last_end(&self, s: &str) -> usize {
        if !self.empty.is_empty() {
            return s.len();
        }
        let bytes = s.as_bytes();
        let mut end = bytes.len();
        while let Some(last) = bytes[..end].iter().rposition(|&b| self.ends_word(b)) {
            end = last + 1;
            if self.may_end_at(bytes, end) && self.ending_at(bytes, end).next().is_some() {
                return end;
            }
            end = last;
        }
        0
    }

    /// Whether `s` ends with a word of any list.
    fn ends(&self, s: &str) -> bool {
        let bytes = s.as_bytes();
        let end = bytes.len();
        !self.empty.is_empty()
            || (end > 0
                && self.may_end_at(bytes, end)
                && self.ending_at(bytes, end).next().is_some())
    }

    /// Whether some word ends with the byte `b`.
    fn ends_word(&self, b: u8) -> bool {
        self.last_bytes[usize::from(b)]
    }

    /// For each of the `N` lists, the smallest end of an occurrence of one of its words
    /// in `s`. `candidates` are where words may end, in order: among them, every end of
    /// an occurrence (they need only hold the ends of the characters that end a word).
    /// Only the ends where `keep` holds count (it is asked only where a word ends).
    fn first_ends<const N: usize>(
        &self,
        s: &str,
        candidates: impl IntoIterator<Item = usize>,
        keep: impl Fn(usize) -> bool,
    ) -> [Option<usize>; N] {
        let mut ends = [None; N];
        for &list in &self.empty {
            ends[list] = Some(0);
        }
        let bytes = s.as_bytes();
        for end in candidates.into_iter().take_while(|&end| end <= bytes.len()) {
            if end > 0 && self.may_end_at(bytes, end) {
                let mut lists = self.ending_at(bytes, end).peekable();
                if lists.peek().is_none() || !keep(end) {
                    continue;
                }
                for list in lists {
                    ends[list].get_or_insert(end);
                }
                if ends.iter().all(Option::is_some) {
                    break;
                }
            }
        }
        ends
    }
}

/// The characters of a sentence the fact rules look for ([`FactMatchers::mark`]).
#[derive(Debug, Default)]
struct Marks {
    /// Where each digit or Chinese numeral is (byte offset), and whether it is a digit.
    numbers: Vec<(usize, bool)>,
    /// Where each 年 is.
    years: Vec<usize>,
    /// Where each character ends that ends a status word.
    status_ends: Vec<usize>,
    /// Where each 第 or 前 is (a rank is written with one).
    ranks: Vec<usize>,
}

/// Where the first status words of a sentence end ([`FactMatchers::status_ends`]).
#[derive(Clone, Copy, Debug, Default)]
struct StatusEnds {
    expected: Option<usize>,
    target: Option<usize>,
}

impl StatusEnds {
    /// The status the words before byte `at` give, as `RuleSet::status_cue` reads it.
    fn before(self, at: usize) -> Option<Status> {
        if self.expected.is_some_and(|e| e <= at) {
            Some(Status::Expected)
        } else if self.target.is_some_and(|e| e <= at) {
            Some(Status::Target)
        } else {
            None
        }
    }
}

/// A number with its unit in a text (byte offsets): the number is `start..num_end`,
/// the unit `unit_start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct NumberMatch {
    start: usize,
    num_end: usize,
    unit_start: usize,
    end: usize,
}

/// Finds what [`number_regex`] matches. When no unit can begin a number, a space, a
/// comma or a point, no match needs backtracking: at each place a number either is
/// followed by a unit after its longest reading or matches nowhere in its run of
/// digits. A hand scanner then finds the same matches without the regex engine;
/// otherwise the regex does.
#[derive(Debug)]
struct NumberScanner {
    regex: Regex,
    /// The units by their first character (sorted), each group in the order of the regex
    /// alternation, where the first unit that fits wins.
    units: Vec<(char, Vec<String>)>,
    /// The first characters of the units.
    unit_firsts: CharSet,
    /// The units of ten thousands or hundred millions, as their 万 or 亿 and the rest, in
    /// the order of the regex alternation (read after 万余, 亿多 …).
    approximate: Vec<(char, String)>,
    /// Whether the hand scanner is exact for the units.
    by_hand: bool,
    /// `\d` of the regex syntax (Unicode decimal digits).
    digits: CharSet,
    /// `\s` of the regex syntax (Unicode white space).
    spaces: CharSet,
}

impl NumberScanner {
    /// The scanner of numbers followed by one of `units` (`%` if there are none).
    fn new(units: &[String]) -> Self {
        let regex = number_regex(units);
        let default = ["%".to_owned()];
        let units = if units.is_empty() { &default } else { units };
        let digits = CharSet::perl(r"\d");
        let spaces = CharSet::perl(r"\s");
        let by_hand = units.iter().all(|unit| {
            unit.chars().next().is_some_and(|c| {
                !digits.contains(c)
                    && !spaces.contains(c)
                    && !matches!(c, ',' | '.' | '．')
                    && !is_numeral_char(c)
            })
        });
        let groups = super::chars::by_first_char(units);
        let unit_firsts = char_set(groups.iter().map(|&(c, _)| c));
        let approximate = (approximate_units(units))
            .map(|(scale, rest)| (scale, rest.to_owned()))
            .collect();
        Self {
            regex,
            units: groups,
            unit_firsts,
            approximate,
            by_hand,
            digits,
            spaces,
        }
    }

    /// Whether `s` has a decimal digit (`\d`: ASCII, full-width …) or a Chinese digit
    /// ([`is_chinese_digit`]); `starts` are where its digits and Chinese numerals are
    /// ([`Marks::numbers`]), each of them one, with whether it is a digit.
    fn has_digits(s: &str, starts: &[(usize, bool)]) -> bool {
        starts.iter().any(|&(start, digit)| {
            digit || is_chinese_digit(s[start..].chars().next().expect("a character"))
        })
    }

    /// The numbers with units of `s`, left to right, as `captures_iter` of the regex;
    /// `starts` are where its digits and Chinese numerals are, each with whether it is a
    /// digit ([`Marks::numbers`]): where a try of the regex can begin.
    fn find_iter<'a>(
        &'a self,
        s: &'a str,
        starts: &'a [(usize, bool)],
    ) -> impl Iterator<Item = NumberMatch> + 'a {
        let mut captures = (!self.by_hand).then(|| self.regex.captures_iter(s));
        let mut at = 0;
        std::iter::from_fn(move || match &mut captures {
            Some(captures) => captures.next().map(|c| NumberMatch::of_captures(&c)),
            None => {
                let m = self.find_at(s, starts, at)?;
                at = m.end;
                Some(m)
            }
        })
    }

    /// The first match of the regex in `s` at or after `at`, by hand.
    fn find_at(&self, s: &str, starts: &[(usize, bool)], mut at: usize) -> Option<NumberMatch> {
        let first = starts.partition_point(|&(start, _)| start < at);
        for &(start, digit) in &starts[first..] {
            if start < at {
                continue;
            }
            // The run of digits (or of Chinese numerals) from here.
            let run_end = if digit {
                // ASCII digits first, then the others (if any).
                let ascii = s.as_bytes()[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit());
                self.digits.run_end(s, start + ascii.count())
            } else {
                run_end(s, start, is_numeral_char)
            };
            let mut num_end = run_end;
            if digit {
                // (?:,\d{3})*
                while let Some(end) = self.thousands(s, num_end) {
                    num_end = end;
                }
            }
            // (?:[.．]\d+)? after digits, (?:\.\d+)? after Chinese numerals: the full-width
            // point of text written in full-width digits (２．５％).
            let point = s[num_end..]
                .strip_prefix('.')
                .or_else(|| s[num_end..].strip_prefix('．').filter(|_| digit));
            if let Some(rest) = point {
                if rest.chars().next().is_some_and(|c| self.digits.contains(c)) {
                    num_end = self.digits.run_end(s, s.len() - rest.len());
                }
            }
            let mut unit_start = self.spaces.run_end(s, num_end);
            // 200余家, 160多家: about that many (the value is the number written).
            if let Some(rest) = s[unit_start..].strip_prefix(['余', '多']) {
                if self.unit_len_at(rest).is_some() {
                    unit_start = s.len() - rest.len();
                }
            }
            if let Some(len) = self.unit_len_at(&s[unit_start..]) {
                return Some(NumberMatch {
                    start,
                    num_end,
                    unit_start,
                    end: unit_start + len,
                });
            }
            // A match from anywhere later in the run would read on as this one did.
            at = run_end;
        }
        None
    }

    /// The length of the unit `s` starts with, as the regex's unit group reads it: a unit,
    /// else a unit of ten thousands or hundred millions with 余 or 多 after its 万 or 亿
    /// (万余名).
    fn unit_len_at(&self, s: &str) -> Option<usize> {
        self.unit_at(s).map(str::len).or_else(|| {
            let scale = s.chars().next()?;
            let rest = s[scale.len_utf8()..].strip_prefix(['余', '多'])?;
            let (_, unit) = (self.approximate.iter())
                .find(|(c, unit)| *c == scale && rest.starts_with(unit.as_str()))?;
            Some(s.len() - rest.len() + unit.len())
        })
    }

    /// The unit `s` starts with: the first of the alternation that fits.
    fn unit_at(&self, s: &str) -> Option<&str> {
        let first = s.chars().next().filter(|&c| self.unit_firsts.contains(c))?;
        let group = self.units.binary_search_by_key(&first, |(c, _)| *c).ok()?;
        let units = &self.units[group].1;
        units.iter().map(String::as_str).find(|u| s.starts_with(u))
    }

    /// The end of a group `,ddd` at `at` of `s`, if there is one.
    fn thousands(&self, s: &str, at: usize) -> Option<usize> {
        let rest = s[at..].strip_prefix(',')?;
        let mut end = at + 1;
        let mut chars = rest.chars();
        for _ in 0..3 {
            let c = chars.next().filter(|&c| self.digits.contains(c))?;
            end += c.len_utf8();
        }
        Some(end)
    }
}

/// The set of the characters `chars`.
fn char_set(chars: impl IntoIterator<Item = char>) -> CharSet {
    let ranges = chars.into_iter().map(|c| ClassUnicodeRange::new(c, c));
    CharSet::new(&ClassUnicode::new(ranges))
}

impl NumberMatch {
    /// The match of [`number_regex`] that `c` holds.
    fn of_captures(c: &regex::Captures) -> Self {
        let num = c.name("num").expect("a number");
        let unit = c.name("unit").expect("a unit");
        Self {
            start: num.start(),
            num_end: num.end(),
            unit_start: unit.start(),
            end: unit.end(),
        }
    }
}

/// Parses an Arabic or Chinese numeral (Arabic digits and point also full-width: １２．５).
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    let half_width: String;
    let s = if s.contains(|c| ('０'..='９').contains(&c) || c == '．') {
        half_width = (s.chars())
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                '．' => '.',
                c => c,
            })
            .collect();
        half_width.as_str()
    } else {
        s
    };
    let parsed = if s.contains(',') {
        s.chars()
            .filter(|&c| c != ',')
            .collect::<String>()
            .parse::<f64>()
    } else {
        s.parse::<f64>()
    };
    if let Ok(v) = parsed {
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

/// The years a document gives the sentences that name none: those of its section
/// headings and its own.
#[derive(Debug, Default)]
pub(crate) struct DocumentYears {
    /// `(offset, year, plan)`: from `offset` of the text on, a heading gives `year`, as a
    /// plan or not ([`heading_years`]).
    pub headings: Vec<(usize, i32, bool)>,
    /// The year of the document's date ([`document_year`]).
    pub document: Option<i32>,
    /// The year its title gives the whole text ([`title_years_given`]).
    pub title: Option<i32>,
    /// The latest year its body reports ([`body_year`]), for the numbers no other year
    /// reaches in a text without a date or a year in its title.
    pub body: Option<i32>,
}

impl DocumentYears {
    /// The years `doc` gives.
    pub(crate) fn find(extractor: &Extractor, doc: &Document) -> Self {
        let document = document_year(doc);
        Self {
            headings: heading_years(extractor, doc, document),
            document,
            title: title_years_given(extractor, doc).0,
            body: body_year(doc),
        }
    }
}

/// The year a title gives the whole text, and the later year it plans for. A title naming
/// one year (某市2023年科技创新工作情况) gives it; a title that reviews a year and plans a
/// later one (2023年工作总结和2024年工作思路) gives the first and plans the last.
fn title_years_given(extractor: &Extractor, doc: &Document) -> (Option<i32>, Option<i32>) {
    let cues = &extractor.rules.facts;
    let Some(title) = doc.metadata.title.as_deref() else {
        return (None, None);
    };
    let years: Vec<i32> = title_years(extractor, title).collect();
    match years[..] {
        [year] => (Some(year), None),
        [first, .., last]
            if first < last
                && contains_any(title, &cues.summary_titles)
                && contains_any(title, &cues.plan_headings) =>
        {
            (Some(first), Some(last))
        }
        _ => (None, None),
    }
}

/// The last year of the five-year plan period a text names (十四五: 2021–2025, so 2025).
fn five_year_period_end(s: &str) -> Option<i32> {
    const ORDINALS: &str = "一二三四五六七八九";
    s.match_indices('十').find_map(|(at, _)| {
        let mut rest = s[at + '十'.len_utf8()..].chars();
        let (nth, five) = (rest.next()?, rest.next()?);
        let k = ORDINALS.chars().position(|c| c == nth)?;
        // The tenth period ended in 2005, each one after it five years later.
        (five == '五').then(|| 2005 + 5 * (k as i32 + 1))
    })
}

/// Whether a title is a plan's (某省科技创新规划, 2024年工作要点), not a review's with its
/// plan (2023年工作总结和2024年工作思路).
fn is_plan_title(extractor: &Extractor, title: &str) -> bool {
    let title =
        without_period(super::without_editorial_note(title)).trim_end_matches(|c: char| !is_han(c));
    let facts = &extractor.rules.facts;
    !contains_any(title, &facts.summary_titles)
        && (facts.plan_titles.iter()).any(|w| title.ends_with(w.as_str()))
}

/// A title without the period in brackets that closes it (某市三年行动方案（2025—2027年）:
/// 某市三年行动方案).
fn without_period(title: &str) -> &str {
    super::without_bracketed_end(title, |period| {
        period.ends_with('年')
            && period.starts_with(|c: char| c.is_ascii_digit())
            && (period.chars()).all(|c| {
                c.is_ascii_digit() || matches!(c, '年' | '—' | '-' | '－' | '–' | '至' | '~')
            })
    })
}

/// The years a title names (2023年工作总结和2024年工作思路: 2023, 2024), in order.
fn title_years<'a>(extractor: &'a Extractor, title: &'a str) -> impl Iterator<Item = i32> + 'a {
    let at_years = title.match_indices('年').map(|(at, _)| at);
    (extractor.fact_matchers.years(title, at_years)).filter_map(|year| title[year].parse().ok())
}

/// The year a paragraph opens with (2024年，…), and the text after its 年.
fn opening_year(paragraph: &str) -> Option<(i32, &str)> {
    let year = paragraph
        .get(..4)
        .filter(|y| y.starts_with("20") || y.starts_with("19"))?;
    let rest = paragraph[4..].strip_prefix('年')?;
    Some((year.parse().ok()?, rest))
}

/// The year of a paragraph that opens with it and says what will be done then (2024年，我们
/// 将…; 2024年，全省将…; 2026年，全市的主要预期目标是：): 将, or a word of goals, in the
/// clause after the year.
fn opens_plan(paragraph: &str) -> Option<i32> {
    let (year, rest) = opening_year(paragraph)?;
    plans_after_opening(rest).then_some(year)
}

/// Whether the clause after a paragraph's opening time (the text after 2024年 or 今年) says
/// what will be done: 将, or a word of goals.
fn plans_after_opening(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(['，', ',']) else {
        return false;
    };
    let clause = rest.split(['，', ',', '。', '；']).next().unwrap_or("");
    clause.contains('将') || GOALS.iter().any(|w| clause.contains(w))
}

/// Words that set out goals (目标任务, 科技计划 are no such words: 2023年完成年度目标任务).
const GOALS: [&str; 4] = ["目标是", "目标为", "预期目标", "主要目标"];

/// The year of a paragraph that opens by naming it (2025年是“十四五”规划收官之年。一年来，
/// …): what the review below it reports is of that year.
fn opens_review(paragraph: &str) -> Option<i32> {
    let (year, rest) = opening_year(paragraph)?;
    rest.starts_with('是').then_some(year)
}

/// The year and plan flag that section headings give to the text below them; a heading
/// without a year that turns to plans (二、下一步工作) plans for the document's year.
fn heading_years(
    extractor: &Extractor,
    doc: &Document,
    document_year: Option<i32>,
) -> Vec<(usize, i32, bool)> {
    let cues = &extractor.rules.facts;
    // The title's year goes to the whole text, below any heading of the body; a paragraph
    // opening with the later year it plans for begins the plan.
    let (given, mut plan_year) = title_years_given(extractor, doc);
    let mut marks: Vec<(usize, i32, bool)> = given
        .map(|year| (doc.body_start, year, false))
        .into_iter()
        .collect();
    let title_year = given.is_some();
    // The year the document is of: its date's, else the one its title names.
    let own_year = document_year.or(marks.first().map(|m| m.1));
    let body = &doc.text[doc.body_start..];
    let bytes = body.as_bytes();
    // A year needs 年: only the lines with one are read, each once. `from` is where the
    // line after the last one read starts.
    let mut from = 0;
    for at in memchr::memmem::find_iter(bytes, "年".as_bytes()) {
        if at < from {
            continue;
        }
        let start = memchr::memrchr(b'\n', &bytes[from..at]).map_or(from, |i| from + i + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(body.len(), |i| at + i + 1);
        from = end;
        let trimmed = body[start..end].trim();
        // At most 40 characters (a longer line has more than 160 bytes), no full stop, and
        // no table's line (指标 | 2020年 | 2025年目标 heads columns, not the text below).
        let short = trimmed.len() <= 160
            && trimmed.chars().count() <= 40
            && !trimmed.contains(['。', '|', '｜'])
            && !states_a_number(trimmed, &cues.units);
        // (A date on a line of its own, 2025年9月 under a bulletin's issuers, is when it
        // was written, not the year that its title names.)
        let date_line = title_year
            && trimmed.contains('月')
            && trimmed
                .chars()
                .all(|c| c.is_ascii_digit() || "年月日〇零一二三四五六七八九十 ".contains(c));
        if short && !date_line {
            let at_years = trimmed.match_indices('年').map(|(at, _)| at);
            if let Some(year) = extractor.fact_matchers.years(trimmed, at_years).next() {
                let year: i32 = trimmed[year].parse().unwrap_or(0);
                // (A short lead-in that opens with its year and 将 plans too: 2025年，全市将
                // 重点抓好以下工作：)
                let plan = (contains_any(trimmed, &cues.plan_headings)
                    && !contains_any(trimmed, &cues.summary_titles))
                    || opens_plan(trimmed) == Some(year);
                marks.push((doc.body_start + start, year, plan));
            }
        } else if let Some(year) = plan_year.filter(|year| {
            trimmed
                .strip_prefix(year.to_string().as_str())
                .is_some_and(|rest| rest.starts_with('年') && !rest.starts_with("年以来"))
        }) {
            marks.push((doc.body_start + start, year, true));
            plan_year = None;
        } else if let Some(year) = opens_plan(trimmed).filter(|&y| document_year <= Some(y)) {
            // 2024年，我们将…: a paragraph that sets out what the document's year will do.
            marks.push((doc.body_start + start, year, true));
        } else if let Some(year) = opens_review(trimmed).filter(|&y| Some(y) < own_year) {
            // 2025年是…之年。一年来…: a paragraph that opens the review of a year before the
            // document's. (Of the document's own year, 2024年是…关键一年 opens its plan.)
            marks.push((doc.body_start + start, year, false));
        } else if let Some(year) = opening_year(trimmed)
            .filter(|(y, rest)| given == Some(y + 1) && marks.len() == 1 && rest.starts_with('，'))
            .map(|(y, _)| y)
        {
            // 某市2024年政府工作报告: 2023年，我市…: the first paragraph that opens with the
            // year before the title's opens the review of that year, and the paragraphs after
            // it go on reviewing it.
            marks.push((doc.body_start + start, year, false));
        } else if let Some(year) = own_year.filter(|_| {
            trimmed
                .strip_prefix("今年")
                .is_some_and(plans_after_opening)
        }) {
            // 今年，我们将…: the plan for the document's year.
            marks.push((doc.body_start + start, year, true));
        }
    }
    if let Some(year) = document_year {
        for (start, numbering, from_word, _) in short_lines_with(body, &cues.future) {
            if numbering.chars().all(is_numbering)
                && from_word.chars().nth(HEADING_CHARS).is_none()
                && !from_word.contains('。')
            {
                marks.push((doc.body_start + start, year, true));
            }
        }
    }
    // In a five-year plan (某市“十四五”科技创新规划), a heading without a year that turns
    // to plans (三、重点任务) plans for the period's last year, whatever year the review
    // above it reported.
    let period_end = (doc.metadata.title.as_deref())
        .filter(|title| is_plan_title(extractor, title))
        .and_then(five_year_period_end);
    if let Some(year) = period_end {
        for (start, numbering, _, line) in short_lines_with(body, &cues.plan_headings) {
            if !numbering.is_empty()
                && numbering.chars().all(is_numbering)
                && line.chars().nth(HEADING_CHARS).is_none()
                && !line.contains(['。', '年'])
            {
                marks.push((doc.body_start + start, year, true));
            }
        }
    }
    marks.sort_by_key(|m| m.0);
    marks.dedup();
    marks
}

/// Whether a line states a number with a unit (研发经费投入——281.9亿元（2020年为246.0亿元）):
/// a line of data, however short, is no section heading.
fn states_a_number(line: &str, units: &[String]) -> bool {
    let bytes = line.as_bytes();
    (0..bytes.len()).any(|i| {
        bytes[i].is_ascii_digit()
            && !bytes
                .get(i + 1)
                .is_some_and(|b| b.is_ascii_digit() || *b == b'.')
            && units.iter().any(|u| line[i + 1..].starts_with(u.as_str()))
    })
}

/// The short lines of `body` that hold one of `words` (a heading's line is short: its
/// bounds are looked for near the word only), for each occurrence: the line's start, what
/// stands before the word (a heading's numbering), the line from the word on, and the whole
/// line, trimmed.
fn short_lines_with<'b>(
    body: &'b str,
    words: &'b [String],
) -> impl Iterator<Item = (usize, &'b str, &'b str, &'b str)> + 'b {
    words.iter().flat_map(move |word| {
        memchr::memmem::find_iter(body.as_bytes(), word.as_bytes()).filter_map(move |at| {
            let Range { start, end } =
                super::chars::short_line(body, at..at + word.len(), HEADING_BYTES)?;
            Some((
                start,
                body[start..at].trim_start(),
                body[at..end].trim_end(),
                body[start..end].trim(),
            ))
        })
    })
}

/// Most characters of a heading after its numbering (二、下一步工作打算).
const HEADING_CHARS: usize = 20;

/// Most bytes of the line of a heading that turns to plans: its numbering, its characters
/// and some white space.
const HEADING_BYTES: usize = 4 * HEADING_CHARS + 16;

/// Whether `c` numbers a heading (二、, （三）, 3.).
fn is_numbering(c: char) -> bool {
    c.is_ascii_digit()
        || is_chinese_digit(c)
        || matches!(c, '、' | '（' | '）' | '(' | ')' | '.' | '．')
}

/// A full date (2024-04-29, 2024年4月29日, 20211228) at the start of the text or after a
/// character that is not a digit (what [`first_date_year`] finds, for its tests).
#[cfg(test)]
static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?:^|[^\d]){DATE_FROM_YEAR}")).unwrap());

/// A full date from its year on: a year, then a month and a day.
const DATE_FROM_YEAR: &str = r"((?:19|20)\d{2})(?:\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?:[^\d]|$)";

/// The year of the first full date in `s` at its start or after a character that is no
/// digit, if it reads as a number: the leftmost match of `(?:^|[^\d])` then
/// [`DATE_FROM_YEAR`]. The search is for [`DATE_FROM_YEAR`] alone, whose literal start
/// (19, 20) the regex finds with a vector search (the whole pattern's first character may
/// be almost any), and a match is kept where the character before it is no digit. The
/// first one kept is the whole pattern's leftmost match: that match starts at the year or
/// one character before it, and the year is of fixed length.
fn first_date_year(s: &str) -> Option<i32> {
    static FROM_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(DATE_FROM_YEAR).unwrap());
    let mut from = 0;
    while let Some(captures) = FROM_YEAR.captures_at(s, from) {
        let year = captures.get(1)?;
        if !s[..year.start()]
            .chars()
            .next_back()
            .is_some_and(|c| DIGITS.contains(c))
        {
            return year.as_str().parse().ok();
        }
        // The year begins with 19 or 20, so the next character is a boundary.
        from = year.start() + 1;
    }
    None
}

/// The latest year `doc`'s body writes (2024年), but one it looks forward to (到2027年,
/// 明确到2025年, 预计2025年, 2021—2025年, 2025年，全市力争…; see [`plans_in_clause`]): in a
/// text without a date, the year it reports on.
fn body_year(doc: &Document) -> Option<i32> {
    let body = &doc.text[doc.body_start..];
    let mut years = (memchr::memmem::find_iter(body.as_bytes(), "年".as_bytes()))
        .filter_map(|at| {
            let digits = body.get(at.checked_sub(4)?..at)?;
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let before = &body[..at - 4];
            let lead =
                &before[super::chars::floor_boundary(before, before.len().saturating_sub(9))..];
            // (A deadline: 到2027年，…, 明确到2025年…; what rises to a year reports it:
            // 从2020年的…增长到2023年的…, and so does 截至2023年.)
            let deadline = before.strip_suffix(['到', '至']).is_some_and(|rest| {
                !rest.ends_with(['截', '直']) && !CHANGE_VERBS.iter().any(|v| rest.ends_with(v))
            });
            let looks_forward = deadline
                || before.ends_with(|c: char| c.is_ascii_digit() || "—-－~～".contains(c))
                || (FORECAST_WORDS.iter())
                    .filter(|w| **w != "到")
                    .any(|w| holds(lead, w));
            let year: i32 = digits.parse().ok().filter(|_| !looks_forward)?;
            (1949..=2100).contains(&year).then_some((year, at))
        })
        .collect::<Vec<_>>();
    // The latest year whose sentence plans nothing: its sentence is read only for the
    // years that may be the latest.
    years.sort_by_key(|&(year, _)| std::cmp::Reverse(year));
    (years.into_iter())
        .find(|&(_, at)| !plans_in_clause(body, at - 4, at + '年'.len_utf8()))
        .map(|(year, _)| year)
}

/// Whether the year at `start..end` of `text` is looked forward to: its clause, or a
/// clause before it in its sentence, says what will be done (下一步，江西省将…，推动基地在2025年
/// 达到35家), or, for a year that is a clause of its own, the clause after it does (2024年，
/// 全市力争…).
fn plans_in_clause(text: &str, start: usize, end: usize) -> bool {
    const BREAKS: [char; 3] = ['，', '。', '；'];
    let ahead = &text[..start];
    let sentence_start = (super::chars::rfind_any(ahead, &['。', '！', '？']))
        .map_or(0, |i| i + '。'.len_utf8())
        .max(ahead.rfind('\n').map_or(0, |i| i + 1));
    let own_start = (ahead.rfind('，'))
        .map_or(0, |i| i + '，'.len_utf8())
        .max(sentence_start);
    let rest = &text[end..];
    let mut clause_end = end + find_any(rest, &BREAKS).unwrap_or(rest.len());
    if text[own_start..start].trim().is_empty() && rest.starts_with('，') {
        let rest = &text[clause_end + '，'.len_utf8()..];
        clause_end += '，'.len_utf8() + find_any(rest, &BREAKS).unwrap_or(rest.len());
    }
    let scope = &text[sentence_start..clause_end];
    let scope = &scope[..scope.find('\n').unwrap_or(scope.len())];
    PLAN_WORDS.iter().any(|w| holds(scope, w))
}

/// Words that say what will be done, for [`plans_in_clause`] (not 计划 and 目标, which are
/// also nouns: 2023年，两地共同实施某合作计划; nor 未来, as in 未来产业).
const PLAN_WORDS: [&str; 9] = [
    "预计",
    "有望",
    "力争",
    "争取",
    "预期",
    "将",
    "下一步",
    "下步",
    "今后",
];

/// The year of the document's date: the issue date of its metadata, else the first full
/// date near its top (a dateline), else a date in its source address.
fn document_year(doc: &Document) -> Option<i32> {
    if let Some(year) = doc.metadata.issued.as_deref().and_then(|d| d.get(..4)) {
        if let Ok(year) = year.parse() {
            return Some(year);
        }
    }
    let mut top = doc.text.len().min(1200);
    while !doc.text.is_char_boundary(top) {
        top -= 1;
    }
    // The top's lines but those holding an address, joined by line feeds.
    static ADDRESS: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("://"));
    let mut head = String::with_capacity(top);
    let kept = (doc.text[..top].lines()).filter(|line| ADDRESS.find(line.as_bytes()).is_none());
    for (i, line) in kept.enumerate() {
        if i > 0 {
            head.push('\n');
        }
        head.push_str(line);
    }
    first_date_year(&head)
        .or_else(|| signed_year(doc))
        .or_else(|| {
            doc.metadata.source.as_deref().and_then(|s| {
                static PATH: LazyLock<Regex> = LazyLock::new(|| {
                    Regex::new(
                    r"/((?:19|20)\d{2})(?:[-/]?(?:0[1-9]|1[0-2])(?:[-/]|\d{2}[/._]|/)|/\d{1,2}/)",
                )
                .unwrap()
                });
                PATH.captures(s).and_then(|c| c[1].parse().ok())
            })
        })
}

/// The year of the date a letter or notice is signed with, under its text: a line of its
/// last six that holds text and is a full date alone (2024年6月18日), a contact line
/// (（联系人：…）) possibly below it.
fn signed_year(doc: &Document) -> Option<i32> {
    let body = &doc.text[doc.body_start..];
    (body.lines().rev().map(str::trim))
        .filter(|line| !line.is_empty())
        .take(6)
        .filter(|line| line.chars().count() <= 12 && line.ends_with('日'))
        .find_map(|line| {
            first_date_year(line).filter(|_| line.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// Sets `years` to the years written in a sentence: `(byte offset, year, after 从/由)`;
/// years compared against (比2020年, 较上年, 与2023年相比) are left out. `at_years` are where its 年 are.
fn sentence_years(
    matchers: &FactMatchers,
    slice: &str,
    at_years: &[usize],
    years: &mut Vec<(usize, i32, bool)>,
) -> bool {
    years.clear();
    let mut founded = false;
    years.extend(
        (matchers.years(slice, at_years.iter().copied())).filter_map(|year| {
            let before = &slice[..year.start];
            if before.ends_with('比') || before.ends_with('较') {
                return None;
            }
            // 与2023年相比, 同2023年同期相比: the year compared with too.
            let after = slice[year.end..].trim_start_matches('年');
            if before.ends_with(['与', '同', '和', '跟'])
                && (after.starts_with("相比") || after.starts_with("同期相比"))
            {
                return None;
            }
            // 《某行动计划（2024—2027年）》: a title's years are the policy's, no figure's.
            if (before.rfind('《')).is_some_and(|open| !before[open..].contains('》')) {
                return None;
            }
            // 是2015年的3.6倍: the year compared with.
            if (before.ends_with('是') || before.ends_with("相当于"))
                && times_after(&slice[year.end..])
            {
                return None;
            }
            // 研究院设立于2012年，现有研发人员416人: when it came into being, not the
            // year of what it has now.
            if FOUNDED.iter().any(|w| before.ends_with(w)) {
                founded = true;
                return None;
            }
            let from = before.ends_with('从') || before.ends_with('由') || before.ends_with('自');
            // 自2012年成立以来: what has happened since, counted up to the document's date.
            let clause = &slice[year.end..];
            let clause = &clause[..find_any(clause, &['，', '。', '；']).unwrap_or(clause.len())];
            if before.ends_with('自') && clause.ends_with("以来") {
                return None;
            }
            Some((year.start, slice[year].parse().ok()?, from))
        }),
    );
    // “十三五”时期: the plan period's last year, and the year before it as the start
    // year of its 由 A 提高到 B; “十三五”末: the last year.
    if holds(slice, "五") {
        for (at, _) in slice.match_indices("十") {
            let Some((first, last, rest)) = plan_period(&slice[at..]) else {
                continue;
            };
            let rest = rest.trim_start_matches(['”', '"', '’']);
            if rest.starts_with("时期") || rest.starts_with("期间") {
                years.push((at, first - 1, true));
                years.push((at, last, false));
            } else if rest.starts_with('末') {
                years.push((at, last, false));
            }
        }
        years.sort_by_key(|y| y.0);
    }
    founded
}

/// Where the clause of the present that the clause at `clause_at` belongs to begins: that
/// clause itself or an earlier one of its sentence, after a comma, that opens with a word
/// of the present (目前, 截至目前).
fn present_since(slice: &str, clause_at: usize, present: &[String]) -> Option<usize> {
    let mut start = clause_at;
    loop {
        if starts_with_any(
            slice[start..].trim_start_matches(['，', ',']).trim_start(),
            present,
        ) {
            return Some(start);
        }
        start = slice[..start].rfind(['，', ','])?;
    }
}

/// What of a place a rank may be among (居福建省县域第1位, 居湖南省企业第1位).
const RANK_SCOPE_KINDS: [&str; 5] = ["县域", "企业", "高校", "城市", "地市"];

/// Whether `rest` (what follows a year) compares with it by a multiple: 的3.6倍, 年的两倍.
fn times_after(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix('年').unwrap_or(rest).strip_prefix('的') else {
        return false;
    };
    let number =
        rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || is_numeral_char(c));
    number.len() < rest.len() && number.starts_with('倍')
}

/// The words before the year an institution came into being (成立于2003年).
const FOUNDED: [&str; 9] = [
    "成立于",
    "设立于",
    "始建于",
    "创建于",
    "组建于",
    "创办于",
    "创立于",
    "建于",
    "始于",
];

/// The first and last years of the five-year plan period `s` opens with (十三五 →
/// 2016–2020), and what follows it.
fn plan_period(s: &str) -> Option<(i32, i32, &str)> {
    let rest = s.strip_prefix('十')?;
    let ordinal = rest.chars().next()?;
    let (ordinal, rest) = rest.split_at(ordinal.len_utf8());
    let rest = rest.strip_prefix('五')?;
    // 十一五 … 十五五; the eleventh plan ran from 2006 to 2010.
    let n = parse_number(ordinal).filter(|n| (1.0..=5.0).contains(n))? as i32;
    let first = 2006 + 5 * (n - 1);
    Some((first, first + 4, rest))
}

/// The year a number at `at` (byte offset in the sentence) refers to, from the years of
/// its sentence: the last one before it in its clause, else — in a 从 A 到 B sentence —
/// the start year for a number after 从/由 and the end year for one after 到/至, else
/// the last year before it, else the first year of the sentence unless it is a start
/// year (of a 从 A 到 B of its own). `inherited` years come
/// from earlier sentences of the paragraph (their offsets mean nothing here).
fn year_in_sentence(
    slice: &str,
    years: &[(usize, i32, bool)],
    inherited: bool,
    clause_start: usize,
    at: usize,
) -> Option<i32> {
    // The clause is read for 从 and 到 only when the sentence has a start year.
    let start_year = years.iter().find(|y| y.2).map(|y| y.1);
    if inherited {
        let clause = &slice[clause_start..at];
        let from = || clause.contains('从') || clause.contains('由');
        let to = || clause.contains('到') || clause.contains('至');
        return match start_year {
            Some(start) if from() && !to() => Some(start),
            _ => years.last().map(|y| y.1),
        };
    }
    // 由2022年的38.5%提升至45.2%: a start year is not the year of what it rises to.
    let rises_from = |&&(p, _, from): &&(usize, i32, bool)| {
        from && p < at && holds_any(&slice[p..at], &['到', '至'])
    };
    if let Some(&(_, y, _)) = years
        .iter()
        .rev()
        .filter(|y| !rises_from(y))
        .find(|(p, _, _)| *p >= clause_start && *p < at)
    {
        return Some(y);
    }
    if let Some(start) = start_year {
        let clause = &slice[clause_start..at];
        if let Some(f) = clause.rfind('从').or_else(|| clause.rfind('由')) {
            let to_pos = ['到', '至']
                .into_iter()
                .filter_map(|w| clause.rfind(w))
                .max();
            if to_pos.is_none_or(|t| t < f) {
                return Some(start);
            }
        }
    }
    // A later clause's start year (…，某指标从2020年的A增长到2023年的B) is that clause's.
    // (Not a year in brackets after the number: 281.9亿元（2020年为246.0亿元） compares with
    // that year.)
    let bracketed_after = |p: usize| {
        let between = &slice[at.min(p)..p];
        (between.rfind(['（', '('])).is_some_and(|open| !between[open..].contains(['）', ')']))
    };
    // (Nor a year that a later clause looks forward to: 现有12个，预计2027年将达到15个.)
    let looked_forward_to = |p: usize| {
        let between = &slice[at.min(p)..p];
        between.rfind(['，', ',', '；', ';']).is_some_and(|comma| {
            let rest = &slice[p..];
            let clause = &slice
                [at.min(p) + comma..p + find_any(rest, &['，', '；', '。']).unwrap_or(rest.len())];
            FORECAST_WORDS.iter().any(|w| holds(clause, w))
        })
    };
    // (Nor a later year of a clause that says what is already done: 已建成10家实验室，2022年
    // 投入资金….)
    let already_done = holds(&slice[clause_start..at], "已");
    years
        .iter()
        .rev()
        .filter(|y| !rises_from(y))
        .find(|(p, _, _)| *p < at)
        .or(years.first().filter(|(p, _, from)| {
            !from && !already_done && !bracketed_after(*p) && !looked_forward_to(*p)
        }))
        .map(|y| y.1)
}

/// Words that look forward to the year after them in their clause (预计2027年, 力争到2030年).
const FORECAST_WORDS: [&str; 9] = [
    "预计", "有望", "力争", "争取", "目标", "计划", "预期", "将", "到",
];

/// Words that say a thing is done (已引进, 累计建成, 现有): no forecast's year dates it.
const DONE_WORDS: [&str; 3] = ["已", "累计", "现有"];

/// The scopes a rank is written with (the `scope` group of the rank regex).
const RANK_SCOPES: [&str; 5] = ["全国", "全省", "全市", "全球", "世界"];

/// A rank in a text (全国第3位), as [`FactMatchers::ranks`] finds it.
struct Rank<'a> {
    /// The byte range of the match.
    range: Range<usize>,
    /// The scope word it starts with (the `scope` group).
    scope: &'a str,
    /// Its number (the `num` group).
    num: &'a str,
}

/// The counters of a rank's population (在全国178家国家高新区中).
const RANK_COUNTERS: [&str; 6] = ["家", "个", "所", "座", "位", "名"];

/// The indicator suffix of a rank written with a verb and no scope word (位列第4位).
const VERB_RANK_SUFFIX: &str = "排名";

/// Scopes of a rank (全国第3) and the indicator suffix each gives.
fn rank_suffix(scope: &str) -> &'static str {
    match scope {
        "全省" => "全省排名",
        "全市" => "全市排名",
        "全球" | "世界" => "全球排名",
        _ => "全国排名",
    }
}

/// Chinese numeral characters.
fn is_chinese_numeral(s: &str) -> bool {
    s.chars().all(is_numeral_char)
}

/// Whether `c` is one of [`CHINESE_NUMERALS`].
fn is_numeral_char(c: char) -> bool {
    matches!(
        c,
        '零' | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
    )
}

/// Verbs that reach a level and name no thing (将达到1500家, 将突破100亿元).
const REACHING_VERBS: [&str; 4] = ["达到", "实现", "突破", "超过"];

/// Verbs of a change written right before its size (增长8.5%, 提高0.2个百分点).
const CHANGE_VERBS: [&str; 6] = ["增长", "增加", "提高", "提升", "下降", "减少"];

/// Where the clause that reaches `at` starts: after the last comma, colon, enumeration
/// comma or opening bracket from `from` on, but not after the bracket of a Latin
/// abbreviation (研究与试验发展（R&D）经费1211.7亿元).
fn opening_of_clause(text: &str, from: usize, at: usize) -> usize {
    let abbreviation = |after: &str| {
        let inner = after.split([')', '）']).next().unwrap_or("");
        inner.len() < after.len()
            && (1..=8).contains(&inner.len())
            && inner.bytes().all(|b| b.is_ascii_alphabetic() || b == b'&')
    };
    text[from..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| match c {
            '，' | ',' | '；' | ';' | '：' | ':' | '、' => true,
            '(' | '（' => !abbreviation(&text[from + i + c.len_utf8()..at]),
            _ => false,
        })
        .map_or(from, |(i, c)| from + i + c.len_utf8())
}

/// Indicator endings that give the size of a thing (总规模, 总投资, 注册资本): before 的 and
/// the thing, the sum is that thing's.
const SIZE_WORDS: [&str; 4] = ["规模", "投资", "注册资本", "资本金"];

/// Words that compare with the year before (比上年增长, 同比增长).
const COMPARED_WITH: [&str; 5] = ["比上年", "较上年", "比去年", "较去年", "同比"];

/// What an indicator measures, without the change it states (经费比上年增加 → 经费).
fn without_change(indicator: &str) -> &str {
    let Some(verb) = CHANGE_VERBS.iter().find(|v| indicator.ends_with(*v)) else {
        return indicator;
    };
    let base = &indicator[..indicator.len() - verb.len()];
    let base = (COMPARED_WITH.iter())
        .find_map(|w| base.strip_suffix(w))
        .unwrap_or(base);
    if base.chars().nth(1).is_some() {
        base
    } else {
        indicator
    }
}

/// Prepositions naming a partner or a recipient before an act counted (与某大学联合培养,
/// 向某地区选派).
const PARTNER_PREPOSITIONS: [&str; 4] = ["与", "同", "向", "为"];

/// Reads the facts of every sentence.
#[allow(clippy::too_many_arguments)]
pub(crate) fn find(
    extractor: &Extractor,
    doc: &Document,
    context: &Context,
    mentions: &[Mention],
    marked: &[u32],
    table: &EntityTable,
    years: &DocumentYears,
    tables: &[super::tables::Table],
    nation: Option<usize>,
) -> Vec<FoundFact> {
    let (headings, document_year, title_year) = (&years.headings, years.document, years.title);
    let body_year = years
        .body
        .filter(|_| document_year.is_none() && title_year.is_none());
    let plan_title = (doc.metadata.title.as_deref())
        .is_some_and(|title| contains_any(title, &extractor.rules.facts.plan_headings));
    // A plan (某省科技创新规划, 2024年工作要点), not a review with its plan (2023年工作总结和
    // 2024年工作思路): what it says without a year of its own is what it sets out to reach.
    let plan_document =
        (doc.metadata.title.as_deref()).is_some_and(|title| is_plan_title(extractor, title));
    // The last year of the five-year period a plan's title names (某省“十四五”科技创新规划:
    // 2025).
    let period_end = (doc.metadata.title.as_deref())
        .filter(|_| plan_document)
        .and_then(five_year_period_end);
    // The year a plan is for (2024年某省科技工作要点): its own numbers of that year or later
    // are targets too.
    let plan_year = (doc.metadata.title.as_deref())
        .filter(|_| plan_document)
        .and_then(|title| title_years(extractor, title).max());
    let text = &doc.text;
    let cues = &extractor.rules.facts;
    let entity_of = |entry: Option<usize>| {
        entry.and_then(|r| {
            let e = extractor.lexicon.get(r);
            table.find(&e.name, e.entity_type.coarse())
        })
    };
    // (A national document's own region is the country, `nation`.)
    let region = entity_of(context.region).or(nation);
    // 全省 in a city's document is its province; 全市 in a province's is the city it
    // is about, when the document names one.
    let (province, city) = (entity_of(context.province), entity_of(context.city));
    // A zone's own report (某高新区2023年工作总结): the zone is what 我区 and the numbers
    // without a subject are about; 全市, 我省 still name the document's region.
    let own_zone = zone_of_title(doc, mentions, table);
    let is_subject_type_of =
        |t: EntityType| matches!(t, EntityType::AdministrativeRegion | EntityType::Zone);
    let is_subject_type = |i: usize| is_subject_type_of(table.entities[i].entity_type);
    // A region of several places (滇中城市群): a subject only where it opens its clause.
    let is_region = |i: usize| table.entities[i].entity_type == EntityType::Region;
    let is_topic_type = |i: usize| {
        matches!(
            table.entities[i].entity_type.coarse(),
            CoarseType::Organization | CoarseType::Facility
        ) && table.entities[i].entity_type != EntityType::GovernmentBody
    };
    // The first institution of a list is not the list's subject (某所、某大学等单位新增…).
    let opens_list = |m: &Mention| is_topic_type(m.entity) && text[m.end..].starts_with('、');
    // An institution's own report or news (某大学2023年度科研工作报告): the institution is what
    // the numbers without a subject are about, before the document's region.
    // (Not one of a list or a group: 某实验室、某中心入选…, 某实验室群.)
    // (A column's tag may open the title: 【年度盘点】某大学2023年科研工作取得新成绩.)
    let own_institution = super::title_entity(doc, mentions).filter(|&e| is_topic_type(e));
    // The place a government body's name holds (南京市科学技术局, 中共南京市委: 南京市;
    // 成都高新区管委会: the zone), the longest that is an entity.
    let place_of_body = |body: usize| {
        let record = &table.entities[body];
        let names = || std::iter::once(&record.name).chain(record.aliases.iter());
        (table.entities.iter().enumerate())
            .filter(|(_, e)| is_subject_type_of(e.entity_type))
            .filter_map(|(i, e)| {
                let longest = (std::iter::once(&e.name).chain(e.aliases.iter()))
                    .filter(|place| names().any(|n| n.len() > place.len() && holds(n, place)))
                    .map(String::len)
                    .max()?;
                Some((longest, i))
            })
            .max()
            .map(|(_, i)| i)
    };
    let mut facts: Vec<FoundFact> = Vec::new();
    // The explicit subject of earlier sentences of the paragraph, for implicit ones.
    let mut carried: Option<usize> = None;
    // The place or institution the last sentence opened with, and whether it ended with
    // a semicolon: its subject goes on into the next one (某科技城实现…；新增…).
    let mut last_opener: Option<usize> = None;
    // Whether the paragraph reports the year before the document's (过去一年，…), and
    // whether later paragraphs go on doing so: up to one that opens with a time of its
    // own (今年，…) or turns to plans, or a heading with a year.
    let mut past_year_paragraph = false;
    let mut past_year_section = false;
    let mut headings_before = 0;
    // Whether the paragraph has turned to plans (下一步，我厅将…；三是…全年不少于10场).
    let mut future_paragraph = false;
    let mut opener_goes_on = false;
    let mut paragraph_start = 0;
    let mut paragraph_years: Vec<(i32, bool)> = Vec::new();
    // The years and deadline of a paragraph whose lead-in opens a list (…具体目标是：).
    let mut list_lead: Option<(Vec<(i32, bool)>, bool)> = None;
    // Whether each of those years is one the sentence giving it looks forward to (某装置预计
    // 2030年建成): no year of what a later sentence says is done (已引进…).
    let mut paragraph_forecast = false;
    // Whether the paragraph's years come from a deadline that opens a plan (到2027年，…):
    // its later sentences without a year of their own plan too.
    let mut paragraph_deadline = false;
    let matchers = &extractor.fact_matchers;
    let mut marks = Marks::default();
    // The mentions from `first` to `past` start in the sentence (mentions are sorted
    // by start).
    let (mut first, mut past) = (0, 0);
    // The marked characters from `first_mark` to `past_mark` are in the sentence.
    let (mut first_mark, mut past_mark) = (0, 0);
    // Buffers for each sentence: its mentions, those it opens with, and its numbers
    // (range, numeral, unit, indicator suffix of a rank).
    let mut sentence_mentions: Vec<&Mention> = Vec::new();
    let mut opening_mentions: Vec<&Mention> = Vec::new();
    let mut numbers: Vec<(Range<usize>, &str, &str, Option<&str>)> = Vec::new();
    let mut number_starts: Vec<usize> = Vec::new();
    // The years of the sentence ([`sentence_years`]), and the ranges of its ranks.
    let mut years: Vec<(usize, i32, bool)> = Vec::new();
    let mut ranks: Vec<Range<usize>> = Vec::new();
    // The ranks written with a verb whose topic 在…中 names: (start, topic).
    let mut rank_topics: Vec<(usize, Range<usize>)> = Vec::new();
    for (sentence, line_start) in doc.sentences_with_line_starts() {
        let sentence = &sentence;
        // The mentions inside the sentence (mentions are sorted by start).
        // Sentences come in order, so each bound only moves forward.
        while mentions
            .get(first)
            .is_some_and(|m| m.start < sentence.start)
        {
            first += 1;
        }
        past = past.max(first);
        while mentions.get(past).is_some_and(|m| m.start < sentence.end) {
            past += 1;
        }
        let within = || {
            mentions[first..past]
                .iter()
                .filter(|m| m.end <= sentence.end)
        };
        if line_start != paragraph_start {
            paragraph_start = line_start;
            carried = None;
            last_opener = None;
            let headings_now = headings.partition_point(|(pos, _, _)| *pos <= sentence.start);
            let opening = after_list_marker(trim_start(&text[sentence.clone()]));
            let own_time = year_opening(opening).is_some()
                || ["今年", "明年", "本年", "当年"]
                    .iter()
                    .any(|w| opening.starts_with(w));
            if own_time || headings_now != headings_before {
                past_year_section = false;
            }
            headings_before = headings_now;
            past_year_paragraph = past_year_section;
            paragraph_years.clear();
            paragraph_forecast = false;
            paragraph_deadline = false;
            future_paragraph = false;
            // The items of a list that a lead-in with a deadline opens (到2027年，…。具体目标
            // 是：⏎（一）…) keep its years.
            let item = opening.len() < trim_start(&text[sentence.clone()]).len();
            match list_lead.as_ref().filter(|_| item) {
                Some((years, deadline)) => {
                    paragraph_years.extend_from_slice(years);
                    paragraph_deadline = *deadline;
                }
                None => list_lead = None,
            }
        }
        let slice = &text[sentence.clone()];
        if slice.trim_end().ends_with(['：', ':']) && !paragraph_years.is_empty() {
            list_lead = Some((paragraph_years.clone(), paragraph_deadline));
        }
        // The subject the sentence before hands on after its semicolon, and the one this
        // sentence opens with (only a time phrase before it).
        // (Not to the next item of a list: 一是某中心…；二是…)
        let opens_item = || {
            let opening = trim_start(slice);
            after_list_marker(opening).len() < opening.len()
        };
        let handed_on = last_opener.filter(|_| opener_goes_on && !opens_item());
        last_opener = within()
            .next()
            .filter(|m| strip_opening(&text[sentence.start..m.start]).is_empty())
            .filter(|m| is_subject_type(m.entity) || is_topic_type(m.entity))
            .filter(|m| !opens_list(m))
            .map(|m| m.entity)
            .or(handed_on);
        opener_goes_on = slice.trim_end().ends_with(['；', ';']);
        let opening = Opening::new(slice);
        let untimed = opening.strip(slice, slice.len());
        // 下步…: what follows in the paragraph is the plan, not the year reported on.
        if starts_with_any(untimed, &cues.future) {
            paragraph_years.clear();
            paragraph_forecast = false;
            paragraph_deadline = false;
            past_year_paragraph = false;
            past_year_section = false;
            future_paragraph = true;
        } else if find_word(slice, "以来")
            .is_some_and(|at| slice[..at + "以来".len()].chars().count() <= 12)
        {
            // (据悉，今年以来，…: a report of what has been done again.)
            future_paragraph = false;
        }
        // 过去一年，…: the paragraph reports the year before the document's.
        if starts_with_any(untimed, &cues.past_year) {
            past_year_paragraph = true;
            past_year_section = true;
        }
        // The marks in the sentence: their bounds only move forward too.
        while marked
            .get(first_mark)
            .is_some_and(|&at| (at as usize) < sentence.start)
        {
            first_mark += 1;
        }
        past_mark = past_mark.max(first_mark);
        while marked
            .get(past_mark)
            .is_some_and(|&at| (at as usize) < sentence.end)
        {
            past_mark += 1;
        }
        let in_sentence = &marked[first_mark..past_mark];
        matchers.read_marks(slice, sentence.start, in_sentence, &mut marks);
        if !NumberScanner::has_digits(slice, &marks.numbers) {
            // The place a sentence is about stays the paragraph's topic (我厅重视龙港市…。).
            if let Some(m) = within()
                .find(|m| table.entities[m.entity].entity_type == EntityType::AdministrativeRegion)
            {
                if !starts_with_any(untimed, &cues.own_region) {
                    carried = Some(m.entity);
                }
            }
            continue;
        }
        // (Looked for only in a sentence with numbers.)
        let opening = opening.with_speaker(slice);
        let heading =
            headings[..headings.partition_point(|(pos, _, _)| *pos <= sentence.start)].last();
        let founded = sentence_years(matchers, slice, &marks.years, &mut years);
        let inherited = years.is_empty();
        let paragraph_years_empty = paragraph_years.is_empty();
        // 截至目前，…: a sentence of the present has the document's year, not its paragraph's;
        // so has one dated only by when something came into being (某研究院设立于2012年，现有…).
        let present = starts_with_any(slice.trim_start(), &cues.present) || founded;
        let done = || DONE_WORDS.iter().any(|w| holds(slice, w));
        if inherited && !present && !(paragraph_forecast && done()) {
            // A sentence without a year keeps the years of its paragraph (从2015年…；…从42.1%提升到59.7%).
            years.extend(paragraph_years.iter().map(|&(y, from)| (0, y, from)));
        } else if !inherited {
            paragraph_years.clear();
            // (Not the date of an event after its subject: 某大学于2022年9月新建研究生院。)
            let event_date = |at: usize| {
                slice[..at]
                    .strip_suffix('于')
                    .is_some_and(|before| !strip_time(before).is_empty())
            };
            paragraph_years.extend(
                (years.iter())
                    .filter(|&&(at, _, _)| !event_date(at))
                    .map(|&(_, y, from)| (y, from)),
            );
            paragraph_forecast = years.iter().all(|&(at, _, _)| {
                let clause_start = slice[..at].rfind(['，', '；', ',', ';']).unwrap_or(0);
                (FORECAST_WORDS.iter())
                    .filter(|w| **w != "到")
                    .any(|w| holds(&slice[clause_start..at], w))
            });
        }
        // 到2025年，…: a sentence, or the part after its colon (将重点做好以下工作：到2025年，…),
        // opening with a deadline after the document's year (or, in an undated document,
        // in a plan by its title) states targets from there on.
        let deadline_from = deadline_clause(slice).and_then(|(from, year, planned)| {
            (planned
                || match document_year {
                    Some(now) => year > now,
                    None => plan_title,
                })
            .then_some(from)
        });
        if !inherited {
            paragraph_deadline = deadline_from == Some(0);
        }
        let inherits_deadline = inherited && !present && paragraph_deadline;
        let heading_plan = heading.is_some_and(|h| h.2);
        sentence_mentions.clear();
        // (中国科学院院士5人: an academy that names a rank is no one's number.)
        sentence_mentions.extend(within().filter(|m| {
            table.entities[m.entity].entity_type.is_place()
                || !text[m.end..].starts_with(super::relations::ACADEMICIAN)
        }));
        numbers.clear();
        let has_quotes = holds(slice, "“");
        for found in matchers.numbers.find_iter(slice, &marks.numbers) {
            let range = sentence.start + found.start..sentence.start + found.end;
            let after = &slice[found.end..];
            let before = &slice[..found.start];
            // (Not a count that a name's canonical form leaves out: 桂林3个国家高新区 names
            // 桂林国家高新区, and the list of places before it has 3.)
            let inside_name = sentence_mentions.iter().any(|m| {
                m.start < range.end
                    && range.start < m.end
                    && holds(&table.entities[m.entity].name, &text[range.clone()])
            });
            // The number's clause up to it.
            let clause_before = before
                .rfind(['，', ',', '；', ';', '：', ':'])
                .map_or(before, |i| &before[i..]);
            // 对年度研发投入超过1亿元的企业: a condition of whom a provision covers.
            let condition = {
                let after = after.trim_start_matches(['以', '上', '下']);
                after.starts_with('的') && clause_before.contains('对')
            };
            // 将不低于70%的收益用于奖励: a bound a provision sets on what it names.
            let bound = ["不低于", "不少于"].iter().any(|w| before.ends_with(w))
                && after
                    .trim_start_matches(['以', '上', '下'])
                    .starts_with('的');
            // 研发投入超过10亿元的企业有41家: a threshold that sets a group apart.
            let group = ["超过", "高于", "低于", "不足", "大于", "小于", "达到"]
                .iter()
                .any(|w| before.ends_with(w))
                && after
                    .trim_start_matches(['以', '上', '下'])
                    .starts_with('的');
            // 两市增速均超过20%，分别为23.6%和21.8%; 分别为68家和54家，均不足70家: a bound
            // that the values 分别 gives meet.
            let met_bound = [
                "均超过",
                "均高于",
                "均在",
                "均达到",
                "均不低于",
                "均突破",
                "均不足",
                "均低于",
            ]
            .iter()
            .any(|w| before.ends_with(w))
                && holds(slice, "分别");
            // 职工总数不超过500人、年销售收入不超过2亿元: a cap is a provision's (an
            // eligibility's, a grant's); what is reported or aimed at is reached, not capped.
            let cap = ["不超过", "不高于", "不多于", "不得超过", "不大于"]
                .iter()
                .any(|w| before.ends_with(w));
            // 低于全国平均水平（6.65%）: the benchmark compared with is another's figure.
            let benchmark = (before.strip_suffix(['（', '('])).is_some_and(|b| {
                ["平均水平", "平均值", "平均"]
                    .iter()
                    .any(|w| b.ends_with(w))
            });
            // 每项支持500万元, 给予每人50万元, 单个项目支持100万元: an amount per item is a
            // provision's, not a figure about a subject (每万人口… is an indicator's).
            // 最高支持1000万元, 给予最高500万元奖励: the most a provision grants.
            let most_granted = rfind_word(clause_before, "最高").is_some_and(|at| {
                let between = &clause_before[at + "最高".len()..];
                between.chars().count() <= 4 && !between.contains('的')
            });
            let per_item = holds_any(clause_before, &['每', '单']) && {
                let each = find_word(clause_before, "每").is_some_and(|at| {
                    let rest = &clause_before[at + '每'.len_utf8()..];
                    rest.starts_with(['个', '项', '家', '人', '所', '位', '名', '件', '台', '套'])
                });
                each || ["单个", "单项", "单家"]
                    .iter()
                    .any(|w| holds(clause_before, w))
            };
            let threshold = condition
                || cap
                || per_item
                || most_granted
                || benchmark
                || bound
                || group
                || met_bound
                || (after.starts_with("以上")
                    && after["以上".len()..].chars().next().is_some_and(is_han));
            let ordinal = before.ends_with('第') || before.ends_with("前");
            let year_like = after.starts_with('年');
            // 2至3个, 5—8名: only the range's upper end carries the unit; not a single value.
            let range_end = {
                const RANGE_MARKS: [char; 8] = ['至', '到', '-', '~', '—', '－', '–', '～'];
                let b = before.trim_end();
                b.ends_with(RANGE_MARKS)
                    && b.trim_end_matches(RANGE_MARKS)
                        .trim_end()
                        .ends_with(|ch: char| ch.is_ascii_digit())
            };
            let num = &slice[found.start..found.num_end];
            // 一批, 一个: an article, not a count; 海洋二所: a numeral inside a name.
            let chinese = is_chinese_numeral(num);
            let article = chinese && num == "一";
            // 《若干措施》共5个方面20条: the parts of a text that the sentence names, not a
            // figure about a subject.
            let parts_of_text = {
                let unit = slice[found.num_end..found.end].trim_start_matches([' ', '余', '多']);
                (["条", "章", "节", "款"].contains(&unit)
                    || (unit == "个" && ["方面", "部分"].iter().any(|w| after.starts_with(w))))
                    && sentence_mentions.iter().any(|m| {
                        m.end <= range.start
                            && table.entities[m.entity].entity_type.coarse() == CoarseType::Policy
                    })
            };
            // 近百家, 数千人: an approximation, not a value.
            let approximate = chinese && num.starts_with(['百', '千']);
            // 17:21:12 人民日报: a clock time.
            let clock = before.ends_with(':');
            // 坚持“四个面向”: a number inside a quoted slogan or name.
            let quoted = has_quotes
                && quote_around(before, after).is_some_and(|(open, close)| {
                    before[open..].chars().count() + after[..close].chars().count() <= 12
                });
            // 给予最高500万元资助, 给予每家20万元, 对…给予100万元补助: a provision's
            // ceiling, rate or amount, not a figure about a subject.
            // 按其研发投入的20%给予奖励: the rate of a provision.
            // 给予评估费等费用50%的补贴: the rate of a provision's subsidy.
            let rate = (before.ends_with('的') && before.contains('按'))
                || (after.strip_prefix('的')).is_some_and(|rest| {
                    ["补贴", "补助", "奖励", "资助", "配套"]
                        .iter()
                        .any(|w| rest.starts_with(w))
                });
            let ceiling = (rate
                || [
                    "最高",
                    "最多",
                    "每家",
                    "每个",
                    "每项",
                    "每人",
                    "每所",
                ]
                .iter()
                .any(|w| before.ends_with(w))
                // 给予每支20万元: a rate for each of anything.
                || before.chars().rev().nth(1) == Some('每')
                // 对新认定的实验室，给予100万元补助 (but 省财政给予250万元补助 reports).
                || (before.ends_with("给予") && before.contains('对')))
                && ["给予", "补助", "资助", "奖励", "补贴", "扶持", "支持"]
                    .iter()
                    .any(|w| slice.contains(w))
                // 每家企业每年使用额度最高50万元: a cap on each of anything (and the caps of
                // its parts after it; 不超过 is a cap wherever it stands).
                || (["最高", "最多"].iter().any(|w| before.ends_with(w)) && before.contains('每'))
                // 每个单位限报1项, 推荐项目最多30项: a notice's quota of applications.
                || ["限报", "限推荐", "限申报"].iter().any(|w| before.ends_with(w))
                || (before.ends_with("最多")
                    && ["推荐", "申报", "报送"].iter().any(|w| slice.contains(w)));
            // 孵化期不超过48个月, 10个工作日内: a span of time, not a count.
            let duration = &slice[found.unit_start..found.end] == "个"
                && ["月", "工作日", "自然日", "小时", "季度", "星期"]
                    .iter()
                    .any(|w| after.starts_with(w));
            let glued = chinese
                && num.chars().count() == 1
                && before.chars().next_back().is_some_and(is_han)
                && !matchers.linkers.ends(before);
            if inside_name
                || threshold
                || ordinal
                || year_like
                || range_end
                || article
                || glued
                || approximate
                || clock
                || quoted
                || parts_of_text
                || ceiling
                || duration
            {
                continue;
            }
            let unit = normal_unit(&slice[found.unit_start..found.end]);
            let unit = approximate_unit(unit, &extractor.rules.facts.units);
            numbers.push((range, num, unit, None));
        }
        for rank in matchers.ranks(slice, &marks.ranks) {
            // 全国第一方阵, 全国第14个…: part of a noun phrase, not a rank.
            let unit_written = slice[rank.range.clone()].ends_with(['位', '名']);
            if !unit_written && slice[rank.range.end..].chars().next().is_some_and(is_han) {
                continue;
            }
            let range = sentence.start + rank.range.start..sentence.start + rank.range.end;
            numbers.push((range, rank.num, "名", Some(rank_suffix(rank.scope))));
        }
        // 位列第4位: a rank written with its verb and no scope word.
        rank_topics.clear();
        for (rank, topic) in matchers.verb_ranks(slice, &marks.ranks) {
            let range = sentence.start + rank.range.start..sentence.start + rank.range.end;
            let taken = (numbers.iter()).any(|n| n.3.is_some() && n.0.end > range.start);
            if taken {
                continue;
            }
            if let Some(topic) = topic {
                let topic = sentence.start + topic.start..sentence.start + topic.end;
                rank_topics.push((range.start, topic));
            }
            numbers.push((range, rank.num, "名", Some(VERB_RANK_SUFFIX)));
        }
        // A number inside a rank (全国72个城市第29位) is part of it.
        ranks.clear();
        ranks.extend(
            numbers
                .iter()
                .filter(|n| n.3.is_some())
                .map(|n| n.0.clone()),
        );
        numbers.retain(|n| {
            n.3.is_some()
                || !ranks
                    .iter()
                    .any(|r| r.start <= n.0.start && n.0.end <= r.end)
        });
        numbers.sort_by_key(|n| n.0.start);
        // The status words before the last number.
        let last_start = numbers.last().map_or(0, |n| n.0.start - sentence.start);
        // A status word inside a name (计划 in 国家重点研发计划) is not a cue.
        let in_name = |end: usize| {
            let end = sentence.start + end;
            sentence_mentions
                .iter()
                .any(|m| m.start < end && end <= m.end)
        };
        // Nor is one inside a noun (计划 in 科技计划项目, 人才计划).
        let in_noun = |end: usize| {
            starts_with_any(&slice[end..], &cues.status_nouns)
                || (cues.status_compounds.iter()).any(|w| slice[..end].ends_with(w.as_str()))
                || (slice[..end].ends_with("争取")
                    && (cues.obtained.iter())
                        .any(|w| opening_clause(&slice[end..]).contains(w.as_str())))
        };
        let status_ends = matchers.status_ends(
            &slice[..last_start],
            marks.status_ends.iter().copied(),
            |e| !in_name(e) && !in_noun(e),
        );
        // The mentions the sentence opens with (only a time phrase before them). Past the
        // time phrase, a mention with text before it has text before every later one.
        opening_mentions.clear();
        for &m in sentence_mentions.iter().filter(|_| !numbers.is_empty()) {
            // (中国工程院院士某某: the academy names a person's rank, not who is measured.)
            if text[m.end..].starts_with(super::relations::ACADEMICIAN) {
                continue;
            }
            let at = m.start - sentence.start;
            // (The institution a place is written before opens it too: 惠州能源实验室.)
            let after_place = opening_mentions.last().is_some_and(|last| {
                last.end == m.start && is_subject_type(last.entity) && is_topic_type(m.entity)
            });
            if opening.opens_at(slice, at) || after_place {
                opening_mentions.push(m);
            } else if at >= opening.cut {
                break;
            }
        }
        // 杭州、宁波研发投入强度分别达到3.5%、3.2%: each number is of its own subject.
        // What the paragraph last measured in the unit of the sentence's first number: the
        // indicator of a list that names none (…R&D经费投入612.8亿元；芜湖市、滁州市分别为
        // 186.3亿元、108.5亿元).
        let measured_before = (numbers.first())
            .and_then(|n| last_in_paragraph(&facts, paragraph_start, n.2))
            .map(|f| f.indicator.as_str());
        let respective = respectively(
            extractor,
            text,
            sentence,
            &sentence_mentions,
            &numbers,
            |e| is_subject_type(e) || is_topic_type(e),
            measured_before,
        );
        // The facts of the sentence are those from here on.
        let sentence_facts = facts.len();
        let mut previous_end = sentence.start;
        number_starts.clear();
        number_starts.extend(numbers.iter().map(|n| n.0.start));
        for (range, num, unit, rank) in numbers.drain(..) {
            let Some(value) = parse_number(num) else {
                continue;
            };
            let clause_start = opening_of_clause(text, sentence.start, range.start);
            let mut left = clause_start.max(previous_end);
            // Whether a phrase ending with 的 qualifies the mention (某大学共建的“某研究院”).
            let headed_by_de = |m: &Mention| {
                text[..m.start]
                    .trim_end_matches(['“', '"', '《'])
                    .ends_with('的')
            };
            // The institution that such a phrase after a mention heads, in its clause: what
            // the phrase is about (某大学与某研究所共建的某实验室…牵头制定标准4项: the
            // laboratory).
            let de_head = |m: &Mention| {
                (sentence_mentions.iter())
                    .find(|n| {
                        n.start > m.end
                            && n.end <= range.start
                            && is_topic_type(n.entity)
                            && headed_by_de(n)
                            && !holds_any(&text[m.end..n.start], &['，', '；', '：'])
                    })
                    .map_or(m.entity, |n| n.entity)
            };
            // The indicator starts after the place it is about (龙港市博士创新站), or
            // after the institution its clause opens with (某研究院承担…项目3项).
            // (Or after an institution that a phrase with 的 before it names: 某大学与某区共建
            // 的某研究院已孵化企业46家.)
            // (Or after a region of several places that opens it: 川渝两地共同投入….)
            let about = |m: &&&Mention| {
                let opens = || strip_time(&text[left..m.start]).is_empty();
                is_subject_type(m.entity)
                    || (is_topic_type(m.entity) && (opens() || headed_by_de(m)))
                    || (is_region(m.entity) && opens())
            };
            if let Some(m) = sentence_mentions
                .iter()
                .filter(|m| m.start >= left && m.end <= range.start)
                .rfind(about)
            {
                left = m.end;
            }
            // 与新疆大学联合培养研究生200人, 向某地区选派特派员: the partner or recipient
            // that a preposition names is no part of the indicator.
            let object = |m: &&&Mention| {
                PARTNER_PREPOSITIONS
                    .iter()
                    .any(|p| text[..m.start].ends_with(p))
                    && matches!(
                        table.entities[m.entity].entity_type.coarse(),
                        CoarseType::Organization | CoarseType::Place
                    )
            };
            if let Some(m) = sentence_mentions
                .iter()
                .filter(|m| m.start >= left && m.end < range.start)
                .rfind(object)
            {
                left = m.end;
            }
            // The indicator of the sentence's last fact, without its change (经费比上年增加
            // 68.3亿元，增长6.0%: the 6.0% is of 经费).
            let previous_indicator = facts[sentence_facts..]
                .last()
                .map(|f| without_change(&f.indicator));
            // A place written right before the number (济南市4家).
            // Not the last of a list of places (南宁、柳州、桂林3个国家高新区): the number
            // counts them all.
            let adjacent_place = sentence_mentions
                .iter()
                .rfind(|m| m.end == range.start)
                .filter(|m| {
                    let after_place = |p: &&Mention| p.end + '、'.len_utf8() == m.start;
                    is_subject_type(m.entity)
                        && !(text[..m.start].ends_with('、')
                            && sentence_mentions.iter().any(after_place))
                })
                .map(|m| m.entity);
            // An institution alone in its clause before its number breaks the figure before
            // down like a place (其中某实验室6000万元，某实验室5000万元).
            let adjacent_institution = sentence_mentions
                .iter()
                .rfind(|m| m.end == range.start)
                .filter(|m| is_topic_type(m.entity) && !text[..m.start].ends_with('、'))
                .filter(|m| strip_time(&text[clause_start..m.start]).is_empty())
                .map(|m| m.entity);
            let mut growth_of = None;
            let phrase = &text[left..range.start];
            let trimmed = trim_linkers(extractor, phrase);
            let mut indicator = indicator_of_trimmed(extractor, trimmed);
            // A count inside a name that its canonical form leaves out (南宁、桂林2个国家高新区)
            // counts what the rest of the name is (国家高新区).
            if let Some(m) = sentence_mentions
                .iter()
                .find(|m| m.start < range.start && range.end < m.end)
            {
                indicator = clean_name(&text[range.end..m.end]);
            }
            // 未来五年将投入5亿元: the verb of a target word with nothing before it is the
            // indicator (投入), but not a verb of reaching a level (将达到1500家: the
            // thing is in the clause before).
            if indicator.is_empty() {
                let verb = (cues.target.iter())
                    .filter(|w| phrase.trim_end().ends_with(w.as_str()))
                    .find_map(|w| w.strip_prefix('将'))
                    .filter(|verb| !REACHING_VERBS.contains(verb));
                if let Some(verb) = verb.filter(|v| v.chars().nth(1).is_some()) {
                    indicator = verb.to_owned();
                }
            }
            // 获奖数量占全省的45%, 经费支出510亿元，占全市生产总值的比重为3.0%: a share of a
            // whole is named by what it is of (else the clause before's) and the whole.
            if let Some((of, whole)) = share_of_whole(phrase) {
                let of = indicator_of_trimmed(extractor, trim_linkers(extractor, of));
                let of = strip_suffixes(&of, "合计");
                let of = Some(of)
                    .filter(|of| of.chars().nth(1).is_some())
                    .or(previous_indicator);
                if let Some(of) = of {
                    indicator = format!("{of}占{whole}比重");
                }
            }
            // 力争新增4家, 评价结果公布，某区位列第4位: the thing is in the clause before.
            let before_clause = || {
                if clause_start <= previous_end + 1 {
                    return String::new();
                }
                let end = text[..clause_start]
                    .char_indices()
                    .next_back()
                    .map_or(0, |(i, _)| i)
                    .max(previous_end);
                let start = opening_of_clause(text, previous_end, end);
                indicator_from(extractor, &text[start..end])
            };
            if let Some(suffix) = rank {
                let generic = ["", "数量", "总数", "总量", "数"].contains(&indicator.as_str());
                // 在全国178家国家高新区综合评价中位列第7位: what 在…中 names.
                let topic = rank_topics
                    .iter()
                    .find(|(at, _)| *at == range.start)
                    .map(|(_, topic)| FactMatchers::rank_topic(&text[topic.clone()]))
                    .filter(|topic| topic.chars().nth(1).is_some());
                let base = if let Some(topic) = topic {
                    topic.to_owned()
                } else if !generic {
                    indicator.clone()
                } else if let Some(previous) = previous_indicator {
                    previous.to_owned()
                } else if suffix == VERB_RANK_SUFFIX {
                    // A rank with no scope word needs the thing it ranks.
                    let before = before_clause();
                    if !(2..=20).contains(&before.chars().count()) {
                        previous_end = range.end;
                        continue;
                    }
                    before
                } else {
                    String::new()
                };
                indicator = if base.ends_with(suffix) {
                    base
                } else {
                    format!("{base}{suffix}")
                };
            } else if let Some(right) =
                counted_after_verb(extractor, trimmed, unit, &text[range.end..sentence.end])
            {
                indicator = right;
            } else if indicator.chars().nth(1).is_none() {
                let cumulative = holds(&text[clause_start..range.start], "累计");
                // A count before its noun (118个科创强基重大项目…): the noun phrase.
                let right = || {
                    let rest = &text[range.end..sentence.end];
                    // 认定某某等35家单位为2023年度省级新型研发机构: what the units become (in a
                    // sentence that designates).
                    let designates = ["认定", "命名", "评定", "确定"]
                        .iter()
                        .any(|w| holds(slice, w));
                    let made = (rest.char_indices().take(5))
                        .find(|&(_, c)| c == '为')
                        .filter(|&(at, _)| designates && rest[..at].chars().all(is_han))
                        .map(|(at, _)| &rest[at + '为'.len_utf8()..]);
                    match made {
                        Some(made) => right_phrase(extractor, year_opening(made).unwrap_or(made)),
                        None => right_phrase(extractor, rest),
                    }
                };
                let count = !unit.ends_with(['%', '元']);
                let at_clause_start = trimmed.len() == phrase.trim().len();
                let right = (count && at_clause_start && !cumulative)
                    .then(right)
                    .filter(|right| right.chars().nth(1).is_some());
                // 其中，济南市4家、青岛市3家: a place right before its number breaks down the
                // paragraph's last figure in that unit (杭州市成交额1032.6亿元，占全省的39.5%；
                // 宁波市486.2亿元).
                let breakdown = (adjacent_place.or(adjacent_institution))
                    .and_then(|_| last_in_paragraph(&facts, paragraph_start, unit))
                    .map(|f| f.indicator.clone());
                // 分配南昌市3000万元: the words before a place or institution alone before its
                // number, when no figure before it is broken down.
                let lead_in = (sentence_mentions.iter())
                    .rfind(|m| m.end == range.start && m.start >= clause_start)
                    .filter(|m| Some(m.entity) == adjacent_place.or(adjacent_institution))
                    .map(|m| strip_time(&text[clause_start..m.start]))
                    .filter(|words| {
                        (2..=4).contains(&words.chars().count()) && words.chars().all(is_han)
                    });
                if let Some(right) = right {
                    indicator = right;
                } else if let Some(base) = breakdown {
                    indicator = base;
                } else if let Some(words) = lead_in {
                    indicator = words.to_owned();
                } else if let Some(base) = previous_indicator.filter(|_| cumulative) {
                    // 新建A12家、B10家，累计分别达到40家和36家: as many totals as the clause
                    // before has numbers, each of its own thing.
                    let clause_end = range.start
                        + find_any(&text[range.start..sentence.end], &['，', '；', '。'])
                            .unwrap_or(sentence.end - range.start);
                    let in_clause = (number_starts.iter())
                        .filter(|&&at| at >= clause_start && at < clause_end)
                        .count();
                    let respective = (facts.len().checked_sub(in_clause))
                        .filter(|_| {
                            in_clause >= 2 && holds(&text[clause_start..range.start], "分别")
                        })
                        .filter(|&i| i >= sentence_facts)
                        .map(|i| &facts[i])
                        .filter(|f| f.unit == unit)
                        .map(|f| without_change(&f.indicator))
                        .map(|of| {
                            // (The things, without the verb that added them: 新建某院12家.)
                            let thing = ["新建", "新增"].iter().find_map(|w| of.strip_prefix(w));
                            (counted_thing(extractor, of).or(thing))
                                .filter(|thing| thing.chars().nth(1).is_some())
                                .unwrap_or(of)
                        });
                    let base = respective.unwrap_or(base);
                    let thing = ["累计数", "新增数"]
                        .iter()
                        .find_map(|suffix| base.strip_suffix(suffix))
                        .unwrap_or(base);
                    indicator = format!("{thing}累计数");
                } else {
                    let before = if cumulative {
                        String::new()
                    } else {
                        before_clause()
                    };
                    // 高新技术企业总数达5700家，新增1460家: how many of the same things are new.
                    let added = || {
                        holds(&text[clause_start..range.start], "新增")
                            && facts[sentence_facts..]
                                .last()
                                .is_some_and(|f| f.unit == unit)
                    };
                    if (2..=20).contains(&before.chars().count()) {
                        indicator = before;
                    } else {
                        match previous_indicator {
                            Some(base) if added() => {
                                let thing = ["累计数", "总数", "总量", "累计"]
                                    .iter()
                                    .find_map(|total| base.strip_suffix(total))
                                    .unwrap_or(base);
                                indicator = format!("{}新增数", thing.trim_end_matches("新增数"));
                            }
                            Some(base) => indicator = base.to_owned(),
                            None => continue,
                        }
                    }
                }
            } else if let Some(thing) = LEVELS
                .contains(&indicator.as_str())
                .then(|| {
                    previous_indicator
                        .filter(|_| !unit.ends_with(['%', '元']))
                        .map(|base| {
                            let thing = counted_thing(extractor, base).unwrap_or(base);
                            let thing = thing.split_once("各级").map_or(thing, |(_, rest)| rest);
                            // (Not the level of the part before: 其中省级1200人、市级2580人;
                            // 省级以上研发机构12家，其中国家级5家.)
                            match LEVELS.iter().find_map(|l| thing.strip_prefix(l)) {
                                Some(rest) => rest.strip_prefix("以上").unwrap_or(rest),
                                None => thing,
                            }
                        })
                })
                .flatten()
                .filter(|thing| thing.chars().nth(1).is_some())
            {
                // 选派各级科技特派员6850人，其中省级1200人: the things of that level.
                indicator = format!("{indicator}{thing}");
            } else if let Some(thing) = ["总数", "总量"]
                .contains(&indicator.as_str())
                .then(|| {
                    // 新增高新技术企业6000家，总数突破2.5万家: the things themselves.
                    previous_indicator.and_then(|base| {
                        counted_thing(extractor, base)
                            .or((!unit.ends_with(['%', '元'])).then_some(base))
                    })
                })
                .flatten()
            {
                // 新认定高新技术企业3215家，总数达到15480家: the total of the same things, of
                // the same subject.
                indicator = format!("{thing}{indicator}");
                growth_of = facts[sentence_facts..].last().map(|f| f.subject);
            } else if indicator.starts_with("增长")
                || COMPARED_WITH.iter().any(|w| indicator.starts_with(w))
            {
                if let Some(base) = previous_indicator {
                    indicator = format!("{base}{indicator}");
                    // 达3000亿元，同比增长20%, 较上年提高1.2个百分点: the change is of
                    // the same subject.
                    growth_of = facts[sentence_facts..].last().map(|f| f.subject);
                }
            } else if let Some(base) = previous_indicator.filter(|_| {
                // (Only right after the clause of that number and a comma: in 投资增速快于
                // 面上、占固定资产投资比重超16% the share is of what its own clause names.)
                let between = (text.get(previous_end..clause_start))
                    .and_then(|b| b.strip_suffix(['，', ',']));
                indicator.starts_with('占')
                    && between
                        .is_some_and(|b| !b.contains(['，', ',', '；', ';', '：', ':', '、', '。']))
            }) {
                // R&D经费支出达2640亿元，占地区生产总值比重达3.15%: the share is of the same
                // thing (of a share, of its thing: …占GDP比重3.1%，占全国的5%), of the same
                // subject.
                let thing = base.find('占').map_or(base, |share| &base[..share]);
                if !thing.is_empty() {
                    indicator = format!("{thing}{indicator}");
                    growth_of = facts[sentence_facts..].last().map(|f| f.subject);
                }
            }
            let at = range.start - sentence.start;
            // 过去一年: the year before the document's, whatever year its heading has.
            let fallback = if past_year_paragraph {
                // The year before the document's (its date's, else its title's), but under
                // a heading of an earlier year (一、2025年工作回顾 of a 2026 report) that year.
                match (heading.map(|h| h.1), document_year.or(title_year)) {
                    (Some(under), Some(now)) if under < now => Some(under),
                    (under, now) => now.or(under).map(|y| y - 1),
                }
            } else {
                heading.map(|h| h.1).or(document_year)
            };
            // …，目前已孵化企业80家: a clause of the present without a year of its own has
            // the document's year, not its sentence's, and so have the clauses after it
            // (…，目前已集聚科研人员600余名，承担项目35项).
            let clause_at = clause_start - sentence.start;
            let present_clause = clause_at > 0
                && present_since(slice, clause_at, &cues.present)
                    .is_some_and(|from| !years.iter().any(|&(p, _, _)| p >= from && p < at));
            let year = if present_clause {
                document_year.or(heading.map(|h| h.1))
            } else {
                year_in_sentence(slice, &years, inherited, clause_at, at).or(fallback)
            };
            // (由目前的38%提高到50%: what is now is no plan; what it rises to is.)
            let now_in_clause = rfind_word(&slice[clause_at..at], "目前")
                .is_some_and(|now| !holds_any(&slice[clause_at + now..at], &['到', '至']));
            let plan = heading_plan
                || (future_paragraph && !now_in_clause)
                || deadline_from.is_some_and(|from| at >= from)
                || inherits_deadline
                || (plan_document && inherited && paragraph_years_empty)
                || plan_year.is_some_and(|p| year.is_some_and(|y| y >= p));
            // 积极争取某专项，2023年至2024年全省承担项目19项: a past year opening a later
            // clause than the cue word's reports what came of it (预计2024年… still expects).
            let past_since_cue = |status: &Status| {
                let cue_end = match status {
                    Status::Expected => status_ends.expected,
                    _ => status_ends.target,
                };
                cue_end.is_some_and(|end| {
                    years.iter().any(|&(p, y, _)| {
                        p >= end
                            && p < at
                            && document_year.is_some_and(|now| y < now)
                            && slice[end..p].contains(['，', '；', '：'])
                    })
                })
            };
            // 研发投入强度预计达到3.3%，高新技术企业达到5.5万家: a forecast word written after
            // what it forecasts (not only after the subject: 全市预计…) forecasts its clause.
            let forecast_confined = |status: &Status| {
                let Some(end) = status_ends.expected.filter(|_| *status == Status::Expected) else {
                    return false;
                };
                let Some(word) =
                    (cues.expected.iter()).find(|w| slice[..end].ends_with(w.as_str()))
                else {
                    return false;
                };
                let start = end - word.len();
                let Some(clause_end) = slice[end..at].find(['，', '；', ',', ';']) else {
                    return false;
                };
                let opens = slice[..start]
                    .rfind(['，', '；', ',', ';', '：'])
                    .map_or(0, |i| {
                        i + slice[i..].chars().next().map_or(0, char::len_utf8)
                    });
                let before = strip_time(&slice[opens..start]);
                let before = (cues.own_region.iter())
                    .find_map(|w| before.strip_prefix(w.as_str()))
                    .unwrap_or(before)
                    .trim();
                let subject_only = sentence_mentions.iter().any(|m| {
                    m.end == sentence.start + start
                        && strip_time(&text[sentence.start + opens..m.start]).is_empty()
                });
                // (Unless the number's own clause has a forecast word of its own.)
                let own_clause = slice[..at].rfind(['，', '；', ',', ';']).unwrap_or(0);
                let own_clause = &slice[(end + clause_end).max(own_clause)..at];
                !before.is_empty()
                    && !subject_only
                    && !(cues.expected.iter()).any(|w| holds(own_clause, w))
            };
            let cue = status_ends
                .before(at)
                .filter(|s| !past_since_cue(s) && !forecast_confined(s));
            let status = cue.unwrap_or(if plan { Status::Target } else { Status::Actual });
            // A five-year plan's targets without a year are for the period's last year.
            let year = year.or(period_end.filter(|_| status == Status::Target));
            // (In a text without a date or a year in its title, the latest year its body
            // reports.)
            let year = year.or(body_year);
            // 比2023年（11626家）增长12%, 较上年（10200家）: the figure of the year compared
            // with, as it was, of the same thing and subject as the figure before it.
            let base = compared_base(&slice[..at]).filter(|_| previous_indicator.is_some());
            let (year, status) = match base {
                Some(Some(base_year)) => (Some(base_year), Status::Actual),
                Some(None) => (year.map(|y| y - 1), Status::Actual),
                None => (year, status),
            };
            if let (Some(_), Some(thing)) = (base, previous_indicator) {
                indicator = thing.to_owned();
                growth_of = facts[sentence_facts..].last().map(|f| f.subject);
            }
            // (Also after a status word and the time it gives: 力争全省…, 预计全市…,
            // 力争2026年全省….)
            let own_cue = |opening: &str| {
                let own = |s: &str| (cues.own_region.iter()).find(|w| starts_with(s, w));
                own(opening).or_else(|| {
                    (cues.target.iter().chain(&cues.expected))
                        .filter(|w| opening.starts_with(w.as_str()))
                        .find_map(|w| own(strip_time(&opening[w.len()..])))
                })
            };
            // (A clause cut at an enumeration comma opens where its words began: 全市已建、
            // 在建的大科学装置达到12个.)
            let mut words_began = clause_start;
            while text[..words_began].ends_with('、') && words_began > sentence.start {
                words_began =
                    opening_of_clause(text, sentence.start, words_began - '、'.len_utf8());
            }
            let clause_cue = own_cue(strip_time(&text[clause_start..range.start]))
                .or_else(|| own_cue(strip_time(&text[words_began..range.start])));
            let sentence_cue = own_cue(opening.strip(slice, at));
            // A place listed with others (合肥、芜湖等) is an object, not the subject.
            // Nor is a place written right before an institution's name (惠州能源实验室):
            // the institution is.
            let names_institution = |m: &Mention| {
                (sentence_mentions.iter())
                    .any(|next| next.start == m.end && is_topic_type(next.entity))
            };
            // (The 、 of a list item's marker lists nothing: 二、某园区新增…)
            let listed = |m: &&&Mention| {
                let after = &text[m.end..];
                let before = &text[..m.start];
                after.starts_with(['、', '等', '和'])
                    || (before.ends_with('、')
                        && !after_list_marker(trim_start(&text[sentence.start..m.start]))
                            .is_empty())
                    || names_institution(m)
            };
            // Nor a place where the institution named right before acts (中国科大在合肥累计
            // 转化科技成果1000项): the institution is what the numbers are of.
            let where_it_acts = |m: &&&Mention| {
                let before = text[..m.start].strip_suffix('在');
                before.is_some_and(|before| {
                    (sentence_mentions.iter())
                        .any(|actor| actor.end == before.len() && is_topic_type(actor.entity))
                })
            };
            // Nor a place after a verb whose object it qualifies (引进深圳企业187家).
            // (Nor a place that qualifies a quoted or titled name after it: 承担湖南省“十大技术
            // 攻关项目”2项.)
            let in_object = |m: &&&Mention| {
                let before = &text[clause_start..m.start];
                (cues.object_verbs.iter()).any(|verb| ends_with(before, verb))
                    || text[m.end..].starts_with(['“', '《'])
            };
            // Nor a partner or recipient that a preposition names (某中心已与江苏省共建…).
            let partner =
                |m: &Mention| (PARTNER_PREPOSITIONS.iter()).any(|p| text[..m.start].ends_with(p));
            let in_clause = sentence_mentions
                .iter()
                .filter(|m| m.start >= clause_start && m.end <= range.start)
                .rfind(|m| {
                    is_subject_type(m.entity)
                        && !listed(m)
                        && !where_it_acts(m)
                        && !in_object(m)
                        && !partner(m)
                })
                .map(|m| de_head(m));
            // The sentence's first words name its subject: a place, or an institution
            // or fund that the sentence is about (某实验室…启动建设2个平台).
            // Not the first of a list of places (南宁、柳州、桂林3个国家高新区…): the list is.
            // Nor what the sentence opens with when the number's clause opens with the last
            // of a list of its own (某实验室建设取得进展，南京大学、东南大学新获批…6家).
            // (Not a list that the number counts: 光谷实验室、珞珈实验室等10家, 某所等科研机构30
            // 余家; a few characters of its kind at most between 等 and the number.)
            let counted = |m: &Mention| {
                let between = &text[m.end..range.start.max(m.end)];
                between.is_empty()
                    || between
                        .strip_prefix('等')
                        .is_some_and(|kind| kind.chars().count() <= 6)
            };
            // (Nor is a list of partners that a preposition opens: 某中心已与江苏、安徽等地
            // 共建…; the sentence's opening stays its subject.)
            let list_of_partners = |m: &Mention| {
                let sep = '、'.len_utf8();
                let mut first = m;
                while let Some(before) =
                    (sentence_mentions.iter()).find(|p| p.end + sep == first.start)
                {
                    if !text[..first.start].ends_with('、') {
                        break;
                    }
                    first = before;
                }
                partner(first)
            };
            let listed_clause = text[..clause_start].ends_with('、')
                && (sentence_mentions.iter()).any(|m| {
                    m.start == clause_start
                        && m.end <= range.start
                        && !counted(m)
                        && !list_of_partners(m)
                });
            // (Nor the first of a list that a count closes: 嵩山实验室、黄河实验室等16家省实验室
            // 高效运行，新重组…14家 counts for the region.)
            let heads_counted_list = |m: &Mention| {
                let rest = &text[m.end..sentence.end];
                let clause = opening_clause(rest);
                rest.starts_with('、')
                    && clause.find('等').is_some_and(|at| {
                        clause[at + '等'.len_utf8()..].starts_with(|c: char| c.is_ascii_digit())
                    })
            };
            // (Nor the first institution of a list: 某所、某大学等单位新增…，总数达到9家.)
            let at_start = (opening_mentions.iter())
                .filter(|_| !listed_clause)
                .find(|m| m.end <= range.start && !names_institution(m))
                .filter(|m| !opens_list(m))
                // (A government body only as the partner of an institution's builders:
                // 某市人民政府与某大学共建的某实验室新增….)
                .filter(|m| {
                    is_subject_type(m.entity) || is_topic_type(m.entity) || de_head(m) != m.entity
                })
                .filter(|m| !(is_subject_type(m.entity) && listed(m)))
                .filter(|m| !heads_counted_list(m))
                .map(|m| de_head(m));
            // A place where others do something (某政府与某委在杭州签署…) is not what the
            // numbers are of; one the sentence opens with is (在某县设立…).
            let where_others_act = |m: &&&Mention| {
                text[..m.start].strip_suffix('在').is_some_and(|before| {
                    !strip_opening(&text[sentence.start..before.len().max(sentence.start)])
                        .is_empty()
                })
            };
            // A place written right before the head of a name that is not known (首批广东省
            // 实验室, 某市研究院) is part of that name, not what the numbers are of.
            let opens_name = |m: &&&Mention| {
                let after = &text[m.end..];
                (after.chars().next()).is_some_and(|first| {
                    (extractor.referring_heads.starting_with(first).iter()).any(|head| {
                        head.chars().nth(1).is_some() && after.starts_with(head.as_str())
                    })
                })
            };
            let first_region = sentence_mentions
                .iter()
                .filter(|m| m.end <= range.start)
                .filter(|m| {
                    table.entities[m.entity].entity_type == EntityType::AdministrativeRegion
                })
                .find(|m| !listed(m) && !where_others_act(m) && !opens_name(m))
                // (向香港高校开放…: a place a preposition names is whom it is done to.)
                .filter(|m| !partner(m))
                .map(|m| m.entity);
            // A fund named before a sum of money in its clause, or earlier in a sentence
            // that gives a size, is what the sum is about (某母基金两期50亿元; 推进某母基金
            // 扩募，力争规模达100亿元).
            let money = unit.ends_with('元');
            let size = money && holds(&indicator, "规模");
            let fund = sentence_mentions
                .iter()
                .filter(|_| money)
                .filter(|m| m.end <= range.start)
                .filter(|m| m.start >= clause_start || size)
                .find(|m| {
                    let entity = &table.entities[m.entity];
                    entity.entity_type == EntityType::Program && entity.name.ends_with("基金")
                })
                .map(|m| m.entity);
            // An institution opening the clause after a comma is what its clause is about
            // (某实验室加快建设，某研究院新引进团队12个), before the sentence's first words.
            let clause_opener = sentence_mentions
                .iter()
                .filter(|_| text[..clause_start].ends_with(['，', ',', '；', ';']))
                .find(|m| m.start >= clause_start && m.end <= range.start)
                .filter(|m| strip_time(&text[clause_start..m.start]).is_empty())
                .and_then(|m| match names_institution(m) {
                    true => sentence_mentions.iter().find(|next| next.start == m.end),
                    false => Some(m),
                })
                .filter(|m| is_topic_type(m.entity))
                .map(|m| de_head(m));
            // The unit a list's line names with a label (揭榜单位：某大学，支持金额800万元).
            let labelled = (sentence_mentions.iter().rev())
                .filter(|m| m.end <= range.start && is_topic_type(m.entity))
                .find(|m| {
                    let before = text[sentence.start..m.start].strip_suffix(['：', ':']);
                    before.is_some_and(|b| {
                        cues.performer_labels
                            .iter()
                            .any(|l| b.ends_with(l.as_str()))
                    })
                })
                .map(|m| m.entity);
            // A clause or sentence opening with the bare head of a name (中心承担…, 该实验室
            // 已孵化…) is about the last entity before the sentence named with that head.
            // (Looked for only where no nearer subject is written.)
            // A region of several places opening the clause (滇中城市群研发经费投入…).
            let region_opener = sentence_mentions
                .iter()
                .find(|m| m.start >= clause_start && m.end <= range.start)
                .filter(|m| is_region(m.entity))
                .filter(|m| strip_time(&text[clause_start..m.start]).is_empty())
                .map(|m| m.entity);
            let nearer = (adjacent_place.or(adjacent_institution))
                .or(in_clause)
                .or(region_opener)
                .or(fund);
            // 全省新增某某3000家，其中广州市850家: a cue opening the sentence does not reach a
            // clause that names its own subject.
            let own_cue = clause_cue.or(sentence_cue.filter(|_| nearer.is_none()));
            let own_region = own_cue.is_some();
            // (A sentence opening with a speaker's clause opens after it.)
            let words_start = sentence.start + opening.speaker;
            let referred = nearer.is_none().then(|| {
                [clause_start, words_start].into_iter().find_map(|from| {
                    let opening = strip_time(&text[from..range.start]);
                    let at = range.start - opening.len();
                    // (A head of one character refers only after 该 or 本: 该所, 本院.)
                    let (head, _) =
                        super::entities::referring_head(&extractor.referring_heads, opening)?;
                    if sentence_mentions.iter().any(|m| m.start == at) {
                        return None;
                    }
                    // (Named before the clause: 支持某实验室建设，…，实验室累计引进….)
                    let before = mentions[..past].partition_point(|m| m.end <= from);
                    Some((
                        super::entities::referred_entity(
                            extractor,
                            table,
                            &mentions[..before],
                            head,
                            own_institution,
                        )?,
                        head,
                    ))
                })
            });
            // 中心承担国家重点研发计划项目42项: the head names the subject, not the indicator.
            let referred = referred.flatten().map(|(entity, head)| {
                let bare =
                    (indicator.strip_prefix(['该', '本']).unwrap_or(&indicator)).strip_prefix(head);
                // (该行2022年科技型企业贷款: nor the time after it.)
                let bare = bare.map(strip_time);
                if let Some(rest) = bare.filter(|rest| rest.chars().nth(1).is_some()) {
                    indicator = rest.to_owned();
                }
                entity
            });
            // An institution or zone that an earlier clause of the sentence gave its numbers
            // to goes on (某实验室新承担项目46项，获批经费3.2亿元).
            let earlier_in_sentence = facts[sentence_facts..]
                .last()
                .map(|f| f.subject)
                .filter(|&e| is_topic_type(e) || is_subject_type(e) || is_region(e))
                // (The region only where the sentence names it: 某大学发布消息，江苏省共有9家
                // 实验室入选，入选数量位居全国第五.)
                .filter(|&e| {
                    Some(e) != region
                        || (sentence_mentions.iter()).any(|m| m.entity == e && m.end <= range.start)
                });
            // 南宁、柳州两市…合计占全区的65.9%: a clause opening with the last of a list of
            // places is about the list, not about what an earlier clause or sentence was.
            let place_next_to = |m: &Mention| {
                let sep = '、'.len_utf8();
                (sentence_mentions.iter()).any(|p| {
                    is_subject_type(p.entity) && (p.start == m.end + sep || p.end + sep == m.start)
                })
            };
            let listed_places = (sentence_mentions.iter())
                .find(|m| m.start >= clause_start && m.end <= range.start)
                .is_some_and(|m| {
                    is_subject_type(m.entity)
                        && listed(&m)
                        && place_next_to(m)
                        && (m.start == clause_start && listed_clause
                            || strip_time(&text[clause_start..m.start]).is_empty())
                });
            let earlier_in_sentence = earlier_in_sentence.filter(|_| !listed_places);
            let first_region = first_region.filter(|_| !listed_places);
            // 烟台市、潍坊市高新技术企业均超过2000家: each place of the list has the number;
            // so has each institution of a list that opens the clause, before 均 or 各
            // (某大学、某研究院研发投入均超过20亿元, 某大学、某研究院各获一等奖3项).
            let listed_institutions = (sentence_mentions.iter())
                .find(|m| m.start >= clause_start && m.end <= range.start)
                .is_some_and(|m| {
                    is_topic_type(m.entity)
                        && (text[m.end..].starts_with('、') || text[..m.start].ends_with('、'))
                        && strip_time(&text[clause_start..m.start]).is_empty()
                });
            let each_of_list = (listed_places && trimmed.ends_with('均'))
                || (listed_institutions && (trimmed.ends_with('均') || trimmed.starts_with('各')));
            // 鄱阳湖实验室、井冈山实验室各2000万元: so has each of a list right before 各 or
            // 均 and the number.
            let shares = |m: &&Mention| {
                m.end < range.start
                    && matches!(&text[m.end..range.start], "各" | "均")
                    && (is_subject_type(m.entity) || is_topic_type(m.entity))
            };
            let sharing = (sentence_mentions.iter()).position(shares);
            let each: Vec<usize> = match sharing.or_else(|| {
                (sentence_mentions.iter())
                    .position(|m| m.start >= clause_start && m.end <= range.start)
            }) {
                Some(i) if each_of_list || sharing.is_some() => {
                    let joined = |a: &Mention, b: &Mention| {
                        let kind =
                            |m: &Mention| (is_subject_type(m.entity), is_topic_type(m.entity));
                        kind(a) == kind(b)
                            && matches!(&text[a.end..b.start.max(a.end)], "、" | "和" | "与" | "及")
                    };
                    let mut first = i;
                    while first > 0
                        && joined(sentence_mentions[first - 1], sentence_mentions[first])
                    {
                        first -= 1;
                    }
                    let mut last = i;
                    while (sentence_mentions.get(last + 1)).is_some_and(|next| {
                        next.end <= range.start && joined(sentence_mentions[last], next)
                    }) {
                        last += 1;
                    }
                    (sentence_mentions[first..=last].iter())
                        .map(|m| m.entity)
                        .collect()
                }
                _ => Vec::new(),
            };
            let explicit = nearer
                .or(referred)
                .or(clause_opener)
                .or(labelled)
                .or(earlier_in_sentence)
                .or(at_start)
                .or(first_region);
            let opening_body = (opening_mentions.first())
                .filter(|m| table.entities[m.entity].entity_type == EntityType::GovernmentBody)
                .filter(|m| m.end <= range.start);
            let opens_with_body = opening_body.is_some();
            // A government body that opens the sentence speaks for its place (南京市科学技术局
            // 认定…: 南京市); a body of no place (科技部, 国家自然科学基金委员会) for itself,
            // in a national text too (what 全国 opens is the nation's, by its cue).
            let body_speaks_for = || {
                opening_body.and_then(|m| match place_of_body(m.entity) {
                    Some(place) => Some(place).filter(|&p| Some(p) != region),
                    None => Some(m.entity),
                })
            };
            // 苏州市科学技术局表示，…全市…: 全市 is the speaker's city.
            let speaker_city = || {
                (sentence_mentions.iter())
                    .take_while(|m| m.end <= words_start)
                    .find_map(|m| match table.entities[m.entity].entity_type {
                        EntityType::AdministrativeRegion => Some(m.entity),
                        EntityType::GovernmentBody => place_of_body(m.entity),
                        _ => None,
                    })
                    .filter(|&p| table.entities[p].name.ends_with('市'))
            };
            let subject = match own_cue {
                _ if growth_of.is_some() => growth_of,
                Some(cue) if cue.ends_with('区') => own_zone.or(region).or(explicit),
                Some(cue) if cue.ends_with('省') => province.or(region).or(explicit),
                Some(cue) if cue.ends_with('市') => {
                    speaker_city().or(city).or(region).or(explicit)
                }
                Some(_) => region.or(explicit),
                None if listed_places => explicit.or(own_zone).or(region),
                // 浙江省人民政府还授予5名外籍专家某奖: a sentence opening with a government
                // body is no later part of an earlier sentence's place.
                None => (explicit.or(handed_on))
                    .or_else(body_speaks_for)
                    .or(carried.filter(|_| !opens_with_body))
                    .or(own_zone)
                    .or(own_institution)
                    .or(region),
            };
            if let Some(e) = explicit.filter(|_| !own_region) {
                if table.entities[e].entity_type == EntityType::AdministrativeRegion {
                    carried = Some(e);
                }
            }
            previous_end = range.end;
            // (A rank keeps the indicator it names: 分别位列第5位、第23位.)
            let (subject, indicator) = match respective.iter().find(|r| r.0 == range.start) {
                // (Not one that names a listed entity: 某区、某区分别位列….)
                Some((_, entity, _)) if rank.is_some() => {
                    let names_one = (sentence_mentions.iter())
                        .any(|m| indicator.contains(&text[m.start..m.end]));
                    let indicator = if names_one {
                        VERB_RANK_SUFFIX.to_owned()
                    } else {
                        indicator
                    };
                    (entity.or(subject), indicator)
                }
                Some((_, entity, shared)) => (entity.or(subject), shared.clone()),
                None => (subject, indicator),
            };
            let Some(mut subject) = subject else { continue };
            // 其余设区市共2800万元: the rest of a list, unnamed, is no subject's.
            let rest_of_list = holds(&text[clause_start..range.start], "其")
                && starts_with_any(
                    strip_time(&text[clause_start..range.start]),
                    &["其余", "其他", "其它"],
                );
            if rest_of_list
                && !(sentence_mentions.iter())
                    .any(|m| m.start >= clause_start && m.end <= range.start)
            {
                continue;
            }
            let mut indicator = indicator;
            // 成立总规模50亿元的某基金: the sum is the size of what 的 names; of a thing
            // without a name (总投资8亿元的某项目) it is no fact.
            if unit.ends_with('元')
                && SIZE_WORDS.iter().any(|w| indicator.ends_with(w))
                && text[range.end..].starts_with('的')
            {
                let after = range.end + '的'.len_utf8();
                let named = (sentence_mentions.iter())
                    .find(|m| m.start == after)
                    .filter(|m| {
                        let t = table.entities[m.entity].entity_type;
                        t != EntityType::AdministrativeRegion
                            && !matches!(t.coarse(), CoarseType::Person | CoarseType::Policy)
                    });
                let Some(named) = named else { continue };
                subject = named.entity;
                let bare = strip_prefixes(&indicator, "联合");
                let bare = strip_prefixes(bare, "共同");
                let verb = (cues.count_verbs.iter().map(String::as_str))
                    .chain(["成立", "发起"])
                    .find(|v| bare.starts_with(v) && bare.len() > v.len());
                indicator = bare[verb.map_or(0, str::len)..].to_owned();
            }
            // 某基金规模扩大到5亿元: the subject's name is no part of the indicator (an
            // administrative region's or a zone's is: 四川省科学技术进步奖).
            let record = &table.entities[subject];
            let mut named =
                (std::iter::once(&record.name).chain(record.aliases.iter())).filter(|_| {
                    !record.entity_type.is_place() || record.entity_type == EntityType::Region
                });
            if let Some(rest) = named
                .find_map(|name| indicator.strip_prefix(name.as_str()))
                .filter(|rest| rest.chars().nth(1).is_some())
            {
                indicator = rest.to_owned();
            }
            // 安徽省科技厅实施某某项目60项: nor is the name of a government body that opens
            // the sentence and speaks for its region.
            if let Some(rest) = (opening_mentions.iter())
                .filter(|m| table.entities[m.entity].entity_type == EntityType::GovernmentBody)
                .find_map(|m| indicator.strip_prefix(&text[m.start..m.end]))
                .filter(|rest| rest.chars().nth(1).is_some())
            {
                indicator = rest.to_owned();
            }
            // 某厅部门支出预算总计9.8亿元: a body's own accounts are its own, not its region's.
            if let Some(body) = (opening_mentions.first()).filter(|m| {
                table.entities[m.entity].entity_type == EntityType::GovernmentBody
                    && m.end <= range.start
                    && cues.own_accounts.iter().any(|w| holds(&indicator, w))
            }) {
                subject = body.entity;
            }
            // 某基金两期50亿元: a fund's sum is its size.
            if record.name.ends_with("基金")
                && unit.ends_with('元')
                && !SIZE_WORDS.iter().any(|w| indicator.contains(w))
            {
                indicator = "基金规模".to_owned();
            }
            // 基础研究支出42.5亿元，占比22.8%: a share keeps its word, though it is a linker.
            if !indicator.is_empty() && holds(phrase, "占比") && !holds(&indicator, "占比") {
                indicator.push_str("占比");
            }
            // 营业收入增长8.5%, 比上年增加68.3亿元: a change keeps its verb, and a rank
            // that changes its 排名 (综合排名提升6位).
            let change = CHANGE_VERBS
                .iter()
                .find(|v| ends_with(phrase.trim_end(), v));
            let indicator = match change {
                Some(verb) if !indicator.is_empty() && !indicator.ends_with(verb) => {
                    let before_verb = &phrase.trim_end()[..phrase.trim_end().len() - verb.len()];
                    let rank = (before_verb.strip_suffix("分别").unwrap_or(before_verb))
                        .ends_with("排名")
                        && !indicator.ends_with("排名");
                    format!("{indicator}{}{verb}", if rank { "排名" } else { "" })
                }
                _ => indicator,
            };
            // 25%（含）—30% 16分, RMB401.2bn: an indicator without a word of Chinese names
            // nothing measured.
            if !indicator.chars().any(is_han) {
                continue;
            }
            if each.len() > 1 {
                let indicator = indicator.strip_suffix('均').unwrap_or(&indicator);
                let indicator = indicator.strip_prefix('各').unwrap_or(indicator);
                // 高新技术企业达到1.3万家，其中福州市、厦门市均超过3000家: a list's names
                // are no indicator; the thing is the clause before's.
                let names_one = |s: &str| {
                    (sentence_mentions.iter())
                        .any(|m| each.contains(&m.entity) && text[m.start..m.end] == *s)
                        || each.iter().any(|&e| table.entities[e].name == s)
                };
                let indicator = match previous_indicator {
                    Some(previous) if indicator.is_empty() || names_one(indicator) => {
                        previous.to_owned()
                    }
                    _ if names_one(indicator) => continue,
                    _ => indicator.to_owned(),
                };
                for &subject in &each {
                    facts.push(FoundFact {
                        subject,
                        indicator: indicator.clone(),
                        value,
                        unit: unit.to_owned(),
                        year,
                        status,
                        evidence: sentence.clone(),
                    });
                }
                continue;
            }
            facts.push(FoundFact {
                subject,
                indicator,
                value,
                unit: unit.to_owned(),
                year,
                status,
                evidence: sentence.clone(),
            });
        }
    }
    // The tables' rows, of the document's own subject where a row names none.
    let year_at = |at: usize| match headings[..headings.partition_point(|h| h.0 <= at)].last() {
        Some(&(_, year, _)) => Some(year),
        None => document_year,
    };
    let own_subject = own_zone.or(own_institution).or(region);
    let from_tables = facts.len();
    facts.extend(super::tables::find(
        extractor,
        doc,
        tables,
        mentions,
        table,
        own_subject,
        year_at,
    ));
    // A plan's table of indicators (2025年 | 2028年 | 2030年): the columns of the years after
    // its own (the document's, else the year before its five-year period) are its targets.
    let base_year = document_year.or(period_end.map(|end| end - 5));
    if let Some(base) = base_year.filter(|_| plan_document) {
        for fact in &mut facts[from_tables..] {
            if fact.status == Status::Actual && fact.year.is_some_and(|y| y > base) {
                fact.status = Status::Target;
            }
        }
    }
    facts
}

/// The last fact of the paragraph from `paragraph_start` with the unit `unit`.
fn last_in_paragraph<'f>(
    facts: &'f [FoundFact],
    paragraph_start: usize,
    unit: &str,
) -> Option<&'f FoundFact> {
    (facts.iter().rev())
        .take_while(|f| f.evidence.start >= paragraph_start)
        .find(|f| f.unit == unit || (f.unit.ends_with('元') && unit.ends_with('元')))
}

/// Levels of administration that a breakdown names alone (其中省级1200人、市级2580人).
const LEVELS: [&str; 8] = [
    "国家级",
    "省级",
    "市级",
    "县级",
    "区级",
    "自治区级",
    "乡镇级",
    "省部级",
];

/// Kinds of the items of a list that 等 closes (南京大学、东南大学等单位…).
const LIST_KINDS: [&str; 9] = [
    "高校院所",
    "科研院所",
    "科研机构",
    "单位",
    "高校",
    "企业",
    "院所",
    "机构",
    "城市",
];

/// The words that close a share's whole before its number (占全市生产总值的比重为).
const SHARE_CLOSERS: [&str; 8] = ["为", "约", "的", "比重", "比例", "达到", "达", "约为"];

/// A share of the whole of a place written before its number (获奖数量占全省的, 占全市生产
/// 总值的比重为): what the share is of (empty when the clause leaves it to the one before)
/// and the whole (全省, 全市生产总值).
fn share_of_whole(phrase: &str) -> Option<(&str, &str)> {
    let at = phrase.rfind('占')?;
    let (of, mut whole) = (&phrase[..at], &phrase[at + '占'.len_utf8()..]);
    while let Some(rest) = SHARE_CLOSERS.iter().find_map(|w| whole.strip_suffix(w)) {
        whole = rest;
    }
    ["全省", "全市", "全区", "全县", "全国"]
        .iter()
        .any(|w| whole.starts_with(w))
        .then_some((of, whole))
}

/// The zone a document's title begins with, or whose committee it begins with, if any.
fn zone_of_title(doc: &Document, mentions: &[Mention], table: &EntityTable) -> Option<usize> {
    let start = super::title_start(doc)?;
    let e = mentions.iter().find(|m| m.start == start)?.entity;
    let record = &table.entities[e];
    if record.entity_type == EntityType::Zone {
        return Some(e);
    }
    // 某高新区管委会2023年工作情况: the zone that the committee runs.
    let zone = ["管委会", "管理委员会"]
        .iter()
        .find_map(|w| record.name.strip_suffix(w))?;
    table
        .find(zone, CoarseType::Place)
        .filter(|&z| table.entities[z].entity_type == EntityType::Zone)
}

/// The year a number in brackets right after a comparison gives the figure of, if `before`
/// (the text before the number) ends with one: `Some(Some(2023))` after 比2023年（ or
/// 较2023年（, `Some(None)` after 比上年（ or 较去年（ (the year before the number's own).
fn compared_base(before: &str) -> Option<Option<i32>> {
    let compared = before.strip_suffix(['（', '('])?.trim_end();
    if ["比上年", "较上年", "比去年", "较去年"]
        .iter()
        .any(|w| compared.ends_with(w))
    {
        return Some(None);
    }
    let digits = compared.strip_suffix('年')?.trim_end();
    let year = digits.get(digits.len().checked_sub(4)?..)?;
    let word = digits[..digits.len() - 4].trim_end();
    (year.bytes().all(|b| b.is_ascii_digit()) && word.ends_with(['比', '较']))
        .then(|| year.parse().ok().map(Some))
        .flatten()
}

/// `s` without a leading time phrase (2023年, 2023年以来, 目前, 近日).
pub(crate) fn strip_time(s: &str) -> &str {
    trim(&s[time_cut(s)..])
}

/// Where the leading time phrase of `s` ends, white space around it included (0 if
/// it has none).
fn time_cut(s: &str) -> usize {
    let rest = trim_start(s);
    // The first characters of a year phrase (1 or 2 after one of 到至在于) and of the
    // time words.
    let may_start = rest.starts_with([
        '到', '至', '在', '于', '1', '2', '截', '目', '近', '日', '最', '同', '据', '另', '多',
        '今', '其', '此', '未',
    ]);
    if !may_start {
        return s.len() - rest.len();
    }
    let rest = year_opening(rest)
        .or_else(|| span_of_years(rest))
        .unwrap_or(rest);
    let rest = (TIME_WORDS.iter())
        .find_map(|word| rest.strip_prefix(word))
        .map_or(rest, skip_comma);
    s.len() - rest.len()
}

/// Whether `s` opens with a character a list marker may begin with (an ASCII digit, a
/// bracket, a circled number, a Chinese digit), told by its UTF-8 bytes without decoding.
fn may_open_list(s: &str) -> bool {
    matches!(
        s.as_bytes(),
        [b'0'..=b'9' | b'(', ..]
            | [0xEF, 0xBC, 0x88, ..]
            | [0xE2, 0x91, 0xA0..=0xB3, ..]
            | [0xE4, 0xB8, 0x80 | 0x89 | 0x83, ..]
            | [0xE4, 0xBA, 0x8C | 0x94, ..]
            | [0xE4, 0xB9, 0x9D, ..]
            | [0xE5, 0x9B, 0x9B, ..]
            | [0xE5, 0x85, 0xAD | 0xAB, ..]
            | [0xE5, 0x8D, 0x81, ..]
    )
}

/// `s` after the marker of a list item it opens with (1. 1、 （一） (2) 一、 ① 三是), and
/// the white space after it; `s` itself if it opens with none.
#[inline]
fn after_list_marker(s: &str) -> &str {
    match may_open_list(s) {
        true => after_possible_list_marker(s),
        false => s,
    }
}

/// [`after_list_marker`] of a text that opens with a character a marker may begin with.
#[inline(never)]
fn after_possible_list_marker(s: &str) -> &str {
    let Some(first) = s.chars().next() else {
        return s;
    };
    let rest = if ('①'..='⑳').contains(&first) {
        &s[first.len_utf8()..]
    } else if !(first.is_ascii_digit() || is_chinese_digit(first) || matches!(first, '（' | '(')) {
        return s;
    } else {
        let bracketed = s.strip_prefix(['（', '(']);
        let inner = bracketed.unwrap_or(s);
        let ascii = inner.bytes().take_while(u8::is_ascii_digit).count();
        let chinese = match ascii {
            0 => inner.chars().take_while(|&c| is_chinese_digit(c)).count(),
            _ => 0,
        };
        let after = &inner[ascii + chinese * '一'.len_utf8()..];
        let marker_end = match (bracketed.is_some(), ascii, chinese) {
            (_, 0, 0) | (_, 3.., _) | (_, _, 4..) => None,
            (true, ..) => after.strip_prefix(['）', ')']),
            (false, 0, _) => after
                .strip_prefix('、')
                .or_else(|| after.strip_prefix('是').map(skip_comma)),
            (false, ..) => after
                .strip_prefix(['.', '．', '、'])
                .filter(|next| !next.starts_with(|c: char| c.is_ascii_digit())),
        };
        let Some(rest) = marker_end else {
            return s;
        };
        rest
    };
    trim_start(rest)
}

/// Where the opening of a sentence ends: its list marker and time phrase (1. 2023年，).
fn opening_cut(s: &str) -> usize {
    let rest = after_dateline(after_list_marker(trim_start(s)));
    s.len() - rest.len() + time_cut(rest)
}

/// `s` after the dateline of a news story it opens with, and the reporters' names in
/// brackets after it (本报讯（记者 李静）, 长沙讯, 新华社贵阳4月16日电（记者 杨柳青）).
fn after_dateline(s: &str) -> &str {
    let rest = if let Some(rest) = s.strip_prefix("本报讯") {
        rest
    } else if let Some(rest) = super::entities::after_place_dateline(s) {
        rest.trim_start_matches([' ', '　'])
    } else if ["新华社", "本报", "中新网"]
        .iter()
        .any(|w| s.starts_with(w))
    {
        let head = &s[..super::chars::floor_boundary(s, s.len().min(DATELINE_BYTES))];
        match head.find('电') {
            Some(at) => &s[at + '电'.len_utf8()..],
            None => return s,
        }
    } else {
        return s;
    };
    let Some(inner) = rest.strip_prefix(['（', '(']) else {
        return rest;
    };
    let head = &inner[..super::chars::floor_boundary(inner, inner.len().min(DATELINE_BYTES))];
    match head.find(['）', ')']) {
        Some(close) => {
            trim_start(&inner[close + inner[close..].chars().next().map_or(0, char::len_utf8)..])
        }
        None => rest,
    }
}

/// The most bytes a dateline, or the reporters' names after it, are looked for in.
const DATELINE_BYTES: usize = 60;

/// `s` without its list marker and time phrase ([`opening_cut`]).
fn strip_opening(s: &str) -> &str {
    trim(&s[opening_cut(s)..])
}

/// `s` after a leading span of years to come or just past (未来五年, 今后3年内, 近三年来), if it
/// starts with one.
fn span_of_years(s: &str) -> Option<&str> {
    let rest = ["未来", "今后", "近"]
        .iter()
        .find_map(|w| s.strip_prefix(w))?;
    let count = rest
        .find(|c: char| !(c.is_ascii_digit() || "一二三四五六七八九十两".contains(c)))
        .unwrap_or(rest.len());
    let rest = rest[count..].strip_prefix('年').filter(|_| count > 0)?;
    let rest = (["内", "来", "间"].iter())
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    Some(skip_comma(rest))
}

/// The words of a leading time phrase after its year, if any, and the attributions and
/// connectives that open a report's sentence as such a phrase does (据悉，某平台已…;
/// 其中，某实验室…).
const TIME_WORDS: [&str; 19] = [
    "截至目前",
    "目前",
    "近日",
    "日前",
    "最近",
    "至此",
    "同时",
    "据悉",
    "据了解",
    "据介绍",
    "另悉",
    "另据了解",
    "近年来",
    "近年",
    "多年来",
    "今年以来",
    "其中",
    "此外",
    "另外",
];

/// `s` after a leading year phrase (到2023年底，, 2024年度), if it starts with one.
pub(crate) fn year_opening(s: &str) -> Option<&str> {
    let rest = (["截至", "截止"].iter())
        .find_map(|w| s.strip_prefix(w))
        .or_else(|| s.strip_prefix(['到', '至', '在', '于']))
        .unwrap_or(s);
    let rest = rest
        .strip_prefix("19")
        .or_else(|| rest.strip_prefix("20"))?;
    let mut chars = rest.chars();
    for _ in 0..2 {
        chars.next().filter(|&c| DIGITS.contains(c))?;
    }
    let rest = chars.as_str().trim_start().strip_prefix('年')?;
    let rest = (["以来", "底", "末", "上半年", "下半年", "度"].iter())
        .find_map(|word| rest.strip_prefix(word))
        .unwrap_or(rest);
    Some(skip_comma(rest))
}

/// The things an indicator counts, without the verb of the count (新认定高新技术企业 →
/// 高新技术企业), if the indicator opens with such a verb and two characters or more follow.
fn counted_thing<'a>(extractor: &Extractor, indicator: &'a str) -> Option<&'a str> {
    let rest = ["累计", "新增", "新"]
        .iter()
        .find_map(|w| indicator.strip_prefix(w))
        .unwrap_or(indicator);
    let thing = (extractor.rules.facts.count_verbs.iter())
        .filter_map(|verb| rest.strip_prefix(verb.as_str()))
        .min_by_key(|thing| thing.len())?;
    thing.chars().nth(1).is_some().then_some(thing)
}

/// Where in sentence `s` a clause opening with a deadline begins (`s` itself, or the text
/// after one of its colons, commas or semicolons), the deadline's year, and whether a word
/// that sets goals comes right before it (明确到2027年, 提出到2030年) or the clause after it
/// says what will be done (到2027年，基地将…): a plan, whatever the document's date.
fn deadline_clause(s: &str) -> Option<(usize, i32, bool)> {
    const GOAL_WORDS: [&str; 5] = ["明确", "提出", "力争", "目标是", "要求"];
    if !may_hold_deadline(s) {
        return None;
    }
    let after_breaks = (s.match_indices(['：', '，', '；'])).map(|(at, mark)| at + mark.len());
    std::iter::once(0).chain(after_breaks).find_map(|from| {
        let clause = &s[from..];
        let goal = GOAL_WORDS.iter().find_map(|w| clause.strip_prefix(w));
        // 到2027年，基地将累计孵化…: what the clause after the deadline says it will do.
        let will = || {
            // After the deadline's year, up to the end of the clause after its own.
            let after = clause
                .find('年')
                .map_or("", |at| &clause[at + '年'.len_utf8()..]);
            let mut breaks = after.match_indices(['，', '；', '。']).map(|(at, _)| at);
            let span = &after[..breaks.nth(1).unwrap_or(after.len())];
            span.find('将')
                .is_some_and(|at| !span[..at].contains(|c: char| c.is_ascii_digit()))
        };
        deadline_year(goal.unwrap_or(clause)).map(|year| (from, year, goal.is_some() || will()))
    })
}

/// Whether some 到 or 至 of `s` is followed by the first digits of a year as
/// [`deadline_year`] reads them (到2025年, 至截至2020年): every deadline holds one, and
/// most sentences none (达到3.15%).
fn may_hold_deadline(s: &str) -> bool {
    let bytes = s.as_bytes();
    // (到 and 至 end with the bytes B0 and B3.)
    memchr::memchr2_iter(0xB0, 0xB3, bytes).any(|at| {
        let word = &bytes[..=at];
        if !(word.ends_with("到".as_bytes()) || word.ends_with("至".as_bytes())) {
            return false;
        }
        let rest = &s[at + 1..];
        let rest = (["截至", "截止"].iter())
            .find_map(|w| rest.strip_prefix(w))
            .or_else(|| rest.strip_prefix(['到', '至', '在', '于']))
            .unwrap_or(rest);
        rest.starts_with("19") || rest.starts_with("20")
    })
}

/// The year of the deadline `s` opens with (到2025年, 至2030年底, 三、到2025年), if any.
fn deadline_year(s: &str) -> Option<i32> {
    let s = (trim_start(s).trim_start_matches(|c: char| !c.is_ascii_digit() && is_numbering(c)))
        .strip_prefix(['到', '至'])?;
    year_opening(s)?;
    s.get(..4)?.parse().ok()
}

/// `s.trim()`: the characters at its ends are decoded only when they may be white space.
fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

/// `s.trim_start()`, without decoding a first character that is not white space by its
/// first byte ([`plain_lead`]).
fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&first) if plain_lead(first) => s,
        _ => s.trim_start(),
    }
}

/// `s.trim_end()`, without decoding a last character of one or three bytes that is not
/// white space by its first byte ([`plain_lead`]).
fn trim_end(s: &str) -> &str {
    let plain = match s.as_bytes() {
        [.., last] if last.is_ascii() => plain_lead(*last),
        // A lead byte of three-byte characters, three bytes from the end.
        [.., lead, _, _] => (0xE0..0xF0).contains(lead) && plain_lead(*lead),
        _ => false,
    };
    if plain { s } else { s.trim_end() }
}

/// Whether a character that starts with the byte `b` is surely not white space: white
/// space is ASCII up to the space, or starts with one of C2, E1, E2, E3 (U+0085, U+00A0,
/// U+1680, U+2000 to U+205F, U+3000).
fn plain_lead(b: u8) -> bool {
    (0x21..0x80).contains(&b) || b >= 0xE4
}

/// `s` without leading white space, a comma and white space after it.
fn skip_comma(s: &str) -> &str {
    let s = s.trim_start();
    s.strip_prefix(['，', ',']).map_or(s, str::trim_start)
}

/// `\d` of the regex syntax (Unicode decimal digits).
static DIGITS: LazyLock<CharSet> = LazyLock::new(|| CharSet::perl(r"\d"));

/// Verbs ending a speaker's clause before the words reported (某负责人介绍，…).
const SPEECH_VERBS: [&str; 8] = ["介绍", "表示", "指出", "透露", "强调", "说", "称", "答"];

/// The longest speaker's clause looked for at a sentence's opening (a title and a name).
const SPEAKER_CLAUSE_BYTES: usize = 90;

/// The end of a sentence's leading time phrase, for [`strip_time`] of its beginnings.
struct Opening {
    /// [`time_cut`] of the whole sentence, or of what follows its speaker's clause.
    cut: usize,
    /// The end of the speaker's clause the sentence opens with (某负责人介绍，), or 0.
    speaker: usize,
}

impl Opening {
    /// The opening of `sentence`: its time phrase; [`Opening::with_speaker`] adds a
    /// speaker's clause after it with the time phrase after that (某区副区长李华介绍，
    /// 2023年某科学城…): the numbers reported are of what the speaker's words open with.
    fn new(sentence: &str) -> Self {
        Self {
            cut: opening_cut(sentence),
            speaker: 0,
        }
    }

    /// The opening with the speaker's clause after the time phrase, if there is one.
    fn with_speaker(self, sentence: &str) -> Self {
        let rest = &sentence[self.cut..];
        let bound = super::chars::floor_boundary(rest, rest.len().min(SPEAKER_CLAUSE_BYTES));
        // (A press conference's answer opens with a colon: 某副校长答：…)
        let Some(comma) = find_any(&rest[..bound], &['，', ',', '：']) else {
            return self;
        };
        if !SPEECH_VERBS.iter().any(|v| ends_with(&rest[..comma], v)) {
            return self;
        }
        let speaker = self.cut + comma + rest[comma..].chars().next().map_or(0, char::len_utf8);
        Self {
            cut: speaker + time_cut(&sentence[speaker..]),
            speaker,
        }
    }

    /// `strip_time` of the sentence's beginning up to `end`, from after its speaker's
    /// clause when `end` lies past it. The time pattern is anchored only at its start,
    /// so on a beginning that holds the whole time phrase it matches that phrase, as on
    /// the whole sentence; a shorter beginning is searched again.
    fn strip<'a>(&self, sentence: &'a str, end: usize) -> &'a str {
        if end >= self.cut {
            trim(&sentence[self.cut..end])
        } else if self.speaker > 0 && end >= self.speaker {
            strip_time(&sentence[self.speaker..end])
        } else {
            strip_opening(&sentence[..end])
        }
    }

    /// Whether what starts at `at` may open the sentence: it is not in a speaker's clause,
    /// and only a time phrase is before it.
    fn opens_at(&self, sentence: &str, at: usize) -> bool {
        at >= self.speaker && self.strip(sentence, at).is_empty()
    }
}

/// `s` without every repetition of `word` at its end: `str::trim_end_matches` without
/// building a substring searcher on each call.
fn strip_suffixes<'a>(mut s: &'a str, word: &str) -> &'a str {
    if !word.is_empty() {
        while ends_with(s, word) {
            s = &s[..s.len() - word.len()];
        }
    }
    s
}

/// `s.ends_with(word)`, comparing the last byte of the word first: in Chinese text the
/// last byte of a character tells most characters apart, its first does not.
fn ends_with(s: &str, word: &str) -> bool {
    s.as_bytes().last() == word.as_bytes().last() && s.ends_with(word)
}

/// `s.starts_with(word)`, comparing the last byte of the word first (see [`ends_with`]).
fn starts_with(s: &str, word: &str) -> bool {
    match word.len() {
        0 => true,
        n => s.as_bytes().get(n - 1) == word.as_bytes().last() && s.starts_with(word),
    }
}

/// `s` without every repetition of `word` at its start (`str::trim_start_matches`).
fn strip_prefixes<'a>(mut s: &'a str, word: &str) -> &'a str {
    if !word.is_empty() {
        while starts_with(s, word) {
            s = &s[word.len()..];
        }
    }
    s
}

/// Where the quotation that a point of a text lies inside opens (in `before`, the text up
/// to the point) and closes (in `after`, the text from it), if it lies inside one.
fn quote_around(before: &str, after: &str) -> Option<(usize, usize)> {
    let open = before.rfind('“')?;
    if before[open..].contains('”') {
        return None;
    }
    Some((open, after.find('”')?))
}

/// Whether `s` starts with one of `words`.
pub(crate) fn starts_with_any(s: &str, words: &[impl AsRef<str>]) -> bool {
    words.iter().any(|w| starts_with(s, w.as_ref()))
}

/// Whether `s` contains any of `words`.
fn contains_any(s: &str, words: &[String]) -> bool {
    words.iter().any(|w| holds(s, w))
}

/// Whether `c` is a Chinese digit, 一 to 十: one of the digits beyond ASCII that make a
/// sentence one with numbers ([`NumberScanner::has_digits`]).
fn is_chinese_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Whether `c` is a CJK unified ideograph.
fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The noun phrase after a count at the start of its clause (118个科创强基重大项目完成投资…):
/// up to the clause's end or the next number, at most 20 characters.
fn right_phrase(extractor: &Extractor, rest: &str) -> String {
    let end = rest
        .char_indices()
        .find(|(_, c)| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '，' | ','
                        | '；'
                        | ';'
                        | '：'
                        | ':'
                        | '('
                        | '（'
                        | ')'
                        | '）'
                        | '、'
                        | '。'
                        | '\n'
                )
        })
        .map_or(rest.len(), |(i, _)| i);
    // 1350名人才和120个团队: a conjunction before the next count ends the phrase, and
    // so does a counting verb (17个省市实施项目152项: the count is of 省市).
    let phrase = &rest[..end];
    let phrase = if end < rest.len() && rest[end..].starts_with(|c: char| c.is_ascii_digit()) {
        let phrase = ["和", "及", "与"]
            .iter()
            .find_map(|w| phrase.strip_suffix(w))
            .unwrap_or(phrase);
        let verb_at = (extractor.rules.facts.count_verbs.iter())
            .filter(|verb| verb.chars().nth(1).is_some())
            .filter_map(|verb| find_word(phrase, verb))
            .filter(|&at| phrase[..at].chars().nth(1).is_some())
            .min();
        verb_at.map_or(phrase, |at| &phrase[..at])
    } else {
        phrase
    };
    // 四家实验室累计集聚…, 3家企业已建成…: what the noun's clause goes on to say it did
    // is no part of it.
    let phrase = (["累计", "均", "已"].iter())
        .filter_map(|w| find_word(phrase, w))
        .filter(|&at| phrase[..at].chars().nth(1).is_some())
        .min()
        .map_or(phrase, |at| &phrase[..at]);
    let phrase: String = phrase.chars().take(20).collect();
    let phrase = trim_linkers(extractor, &phrase);
    clean_name(phrase)
}

/// The noun phrase a count right after a counting verb counts (抓好20个某某试点 → 某某试点),
/// if the number has a count unit and the phrase has two characters or more. `before` is
/// the phrase before the number without its trailing linkers ([`trim_linkers`]).
fn counted_after_verb(
    extractor: &Extractor,
    before: &str,
    unit: &str,
    rest: &str,
) -> Option<String> {
    if unit.ends_with(['%', '元']) {
        return None;
    }
    if !extractor.fact_matchers.count_verbs.ends(before) {
        return None;
    }
    Some(right_phrase(extractor, rest)).filter(|right| right.chars().nth(1).is_some())
}

/// The numbers of `sentence` that 分别 ("respectively") gives each to one entity of the
/// list before it, in order, with the indicator they share: `(number start, entity,
/// indicator)`. The list is the entities (`accept`) joined by 、, 和, 与 or 及 right before
/// 分别 or before the indicator there; the numbers are those after 分别 in its clause, as
/// many as the list holds. Without such a list, a list of things joined by 、 before 分别
/// (省实验室、省技术创新中心分别达到15家、12家) gives each number its own indicator, and
/// no entity.
/// A later 分别 of the sentence gives its numbers to the same list ([`later_respectively`]).
fn respectively(
    extractor: &Extractor,
    text: &str,
    sentence: &Range<usize>,
    mentions: &[&Mention],
    numbers: &[(Range<usize>, &str, &str, Option<&str>)],
    accept: impl Fn(usize) -> bool,
    measured_before: Option<&str>,
) -> Vec<(usize, Option<usize>, String)> {
    let slice = &text[sentence.clone()];
    let Some(first) = find_word(slice, "分别") else {
        return Vec::new();
    };
    let mut found = first_respectively(
        extractor,
        text,
        sentence,
        sentence.start + first,
        mentions,
        numbers,
        &accept,
        measured_before,
    );
    if holds(&slice[first + "分别".len()..], "分别") {
        later_respectively(
            extractor, text, sentence, mentions, numbers, &accept, &mut found,
        );
    }
    found
}

/// The numbers that a later 分别 of `sentence` gives to the list of its first one, into
/// `found`: 分别为杭州市、宁波市和绍兴市，经费分别为…亿元 (the first 分别 lists, the next one
/// counts), or …经费分别为281.6亿元、152.4亿元，分别增长13.8%、11.2% (the change of what the
/// first measured). A clause with as many numbers as the list has entities.
fn later_respectively(
    extractor: &Extractor,
    text: &str,
    sentence: &Range<usize>,
    mentions: &[&Mention],
    numbers: &[(Range<usize>, &str, &str, Option<&str>)],
    accept: impl Fn(usize) -> bool,
    found: &mut Vec<(usize, Option<usize>, String)>,
) {
    let slice = &text[sentence.clone()];
    let occurrences: Vec<usize> = (slice.match_indices("分别"))
        .map(|(i, _)| sentence.start + i)
        .collect();
    if occurrences.len() < 2 {
        return;
    }
    let (list, mut measured): (Vec<usize>, Option<String>) = if found.is_empty() {
        let after = occurrences[0] + "分别".len();
        let (_, end) = respectively_clause(text, sentence, occurrences[0]);
        if numbers.iter().any(|n| n.0.start >= after && n.0.end <= end) {
            return;
        }
        let listed: Vec<&&Mention> = (mentions.iter())
            .filter(|m| m.start >= after && m.end <= end && accept(m.entity))
            .collect();
        let joined = listed
            .windows(2)
            .all(|w| matches!(&text[w[0].end..w[1].start], "、" | "和" | "与" | "及"));
        if listed.len() < 2 || !joined {
            return;
        }
        (listed.iter().map(|m| m.entity).collect(), None)
    } else {
        match found.iter().map(|f| f.1).collect::<Option<Vec<usize>>>() {
            Some(list) => (list, found.first().map(|f| f.2.clone())),
            None => {
                things_changed(text, sentence, numbers, &occurrences[1..], found);
                return;
            }
        }
    };
    for &at in &occurrences[1..] {
        let after = at + "分别".len();
        let (clause_begin, end) = respectively_clause(text, sentence, at);
        let in_clause = ranges_after(numbers, after, end);
        // (A clause that lists its own entities gives them its numbers: 太谷区、介休市分别
        // 达到72家和73家，灵石县、平遥县分别为47家和45家.)
        let own_list: Vec<usize> = (mentions.iter())
            .filter(|m| m.start >= clause_begin && m.end <= at && accept(m.entity))
            .map(|m| m.entity)
            .collect();
        let (list_here, measured_from) = match own_list.len() {
            0 => (list.clone(), clause_begin),
            1 => continue,
            _ => {
                let last_end = (mentions.iter())
                    .filter(|m| m.start >= clause_begin && m.end <= at)
                    .map(|m| m.end)
                    .max()
                    .unwrap_or(clause_begin);
                (own_list, last_end)
            }
        };
        if in_clause.len() != list_here.len() || found.iter().any(|f| f.0 == in_clause[0].start) {
            continue;
        }
        let own = indicator_from(extractor, &text[measured_from..at]);
        let indicator = if own.chars().nth(1).is_some() {
            measured = Some(own.clone());
            own
        } else {
            let Some(base) = &measured else {
                break;
            };
            let verb = text[after..in_clause[0].start].trim();
            match CHANGE_VERBS.iter().find(|v| verb.starts_with(**v)) {
                Some(v) => format!("{base}{v}"),
                None => base.clone(),
            }
        };
        found.extend(
            (in_clause.iter().zip(&list_here)).map(|(r, &e)| (r.start, Some(e), indicator.clone())),
        );
    }
}

/// The changes that a later 分别 of `sentence` (at `later`) gives to the things the first
/// one listed, each with its own indicator and no entity (`found`): 城镇和农村居民人均可支配
/// 收入分别达到…，分别增长4.9%和6.3% (as many numbers as things, after a change verb).
fn things_changed(
    text: &str,
    sentence: &Range<usize>,
    numbers: &[(Range<usize>, &str, &str, Option<&str>)],
    later: &[usize],
    found: &mut Vec<(usize, Option<usize>, String)>,
) {
    let things: Vec<String> = found.iter().map(|f| f.2.clone()).collect();
    for &at in later {
        let after = at + "分别".len();
        let (_, end) = respectively_clause(text, sentence, at);
        let in_clause = ranges_after(numbers, after, end);
        let verb = text.get(after..in_clause.first().map_or(after, |r| r.start));
        let Some(verb) = verb
            .and_then(change_phrase)
            .filter(|_| in_clause.len() == things.len())
        else {
            continue;
        };
        found.extend(
            (in_clause.iter().zip(&things))
                .map(|(r, thing)| (r.start, None, format!("{thing}{verb}"))),
        );
    }
}

/// The words between 分别 and its first number when they state a change: a change verb,
/// after the year it compares with if any (增长, 比上年增加, 同比提高).
fn change_phrase(words: &str) -> Option<&str> {
    let words = words.trim();
    let verb = ["比上年", "较上年", "比去年", "较去年", "同比"]
        .iter()
        .find_map(|w| words.strip_prefix(w))
        .unwrap_or(words);
    CHANGE_VERBS.contains(&verb).then_some(words)
}

/// The ranges of the numbers that end after `after` and by `end` (those a 分别 at `after`
/// gives out in its clause).
fn ranges_after<'n>(
    numbers: &'n [(Range<usize>, &str, &str, Option<&str>)],
    after: usize,
    end: usize,
) -> Vec<&'n Range<usize>> {
    (numbers.iter())
        .filter(|n| n.0.end > after && n.0.end <= end)
        .map(|n| &n.0)
        .collect()
}

/// The clause `s` opens with: up to its first comma, semicolon or full stop.
fn opening_clause(s: &str) -> &str {
    &s[..find_any(s, &['，', '；', '。']).unwrap_or(s.len())]
}

/// The clause of `sentence` that the 分别 at `at` is in: where it begins (after the last
/// comma, semicolon or colon before 分别) and where it ends (at the next comma, semicolon or
/// full stop).
fn respectively_clause(text: &str, sentence: &Range<usize>, at: usize) -> (usize, usize) {
    let after = at + "分别".len();
    let end = (text[after..sentence.end].find(['，', '；', ';', '。']))
        .map_or(sentence.end, |i| after + i);
    let begin = (text[sentence.start..at].char_indices())
        .rfind(|&(_, c)| matches!(c, '，' | '；' | ';' | '：'))
        .map_or(sentence.start, |(i, c)| sentence.start + i + c.len_utf8());
    (begin, end)
}

/// What the first 分别 of `sentence`, at `at`, gives out.
#[allow(clippy::too_many_arguments)]
fn first_respectively(
    extractor: &Extractor,
    text: &str,
    sentence: &Range<usize>,
    at: usize,
    mentions: &[&Mention],
    numbers: &[(Range<usize>, &str, &str, Option<&str>)],
    accept: impl Fn(usize) -> bool,
    measured_before: Option<&str>,
) -> Vec<(usize, Option<usize>, String)> {
    let after = at + "分别".len();
    let (clause_begin, clause_end) = respectively_clause(text, sentence, at);
    // The list: the last accepted entity before 分别 in its clause, and those joined to it.
    let before: Vec<&&Mention> = (mentions.iter())
        .filter(|m| m.start >= clause_begin && m.end <= at)
        .collect();
    let numbers_in_clause: Vec<_> = (numbers.iter())
        .filter(|n| n.0.end > after && n.0.end <= clause_end)
        .collect();
    let in_clause: Vec<&Range<usize>> = numbers_in_clause.iter().map(|n| &n.0).collect();
    // 分别为合肥市（4.72%）、芜湖市（3.85%）: each entity with its number in brackets after it,
    // measured by what the sentence opens with (R&D经费投入强度超过全省平均水平的市有3个).
    let bracketed: Vec<(usize, usize)> = (in_clause.iter())
        .filter_map(|r| {
            let open = text[..r.start].strip_suffix(['（', '('])?;
            let m = mentions
                .iter()
                .find(|m| m.end == open.len() && accept(m.entity))?;
            Some((r.start, m.entity))
        })
        .collect();
    if bracketed.len() >= 2 && bracketed.len() == in_clause.len() {
        let opening = &text[sentence.start..at];
        let cut = (["超过", "高于", "低于", "位居", "居", "排名", "均", "的"].iter())
            .filter_map(|w| opening.find(w))
            .min()
            .unwrap_or(opening.len());
        let indicator = indicator_from(extractor, &opening[..cut]);
        let indicator = match measured_before {
            _ if indicator.chars().nth(1).is_some() => indicator,
            Some(before) => before.to_owned(),
            None => return Vec::new(),
        };
        return (bracketed.into_iter())
            .map(|(start, entity)| (start, Some(entity), indicator.clone()))
            .collect();
    }
    // 省实验室、省技术创新中心分别达到15家、12家: each thing has its number.
    let things = || {
        let listed = &text[clause_begin..at];
        // 城乡居民人均可支配收入分别达到…: the town's and the countryside's.
        if let Some(rest) = listed.strip_prefix("城乡").filter(|_| in_clause.len() == 2) {
            let things =
                ["城镇", "农村"].map(|side| indicator_from(extractor, &format!("{side}{rest}")));
            if things.iter().all(|t| t.chars().nth(2).is_some()) {
                return (in_clause.iter().zip(things))
                    .map(|(r, thing)| (r.start, None, thing))
                    .collect();
            }
        }
        let mut items: Vec<&str> = listed.split('、').collect();
        // 基础研究、应用研究和试验发展经费所占比重: the last two joined by 和, 及 or 与.
        if items.len() + 1 == in_clause.len()
            && let Some(last) = items.pop()
        {
            match last.split_once(['和', '及', '与']) {
                Some((one, other)) => items.extend([one, other]),
                None => items.push(last),
            }
        }
        // What the last item measures is what each measures (企业、高等学校经费所占比重:
        // 企业经费所占比重).
        let shared = (items.last())
            .and_then(|last| {
                (MEASURE_WORDS.iter())
                    .filter_map(|w| last.find(w).filter(|&i| i > 0))
                    .min()
                    .map(|i| &last[i..])
            })
            .filter(|_| items.len() >= 2);
        let things: Vec<String> = (items.iter())
            .map(|thing| match shared {
                Some(shared) if !MEASURE_WORDS.iter().any(|w| thing.contains(w)) => {
                    indicator_from(extractor, &format!("{thing}{shared}"))
                }
                _ => indicator_from(extractor, thing),
            })
            .collect();
        if things.len() < 2
            || things.len() != in_clause.len()
            || things.iter().any(|t| t.chars().nth(1).is_none())
        {
            return Vec::new();
        }
        (in_clause.iter().zip(things))
            .map(|(r, thing)| (r.start, None, thing))
            .collect()
    };
    // Without one in its clause, the list the sentence opens with (某实验室、某实验室已纳入…，
    // 省级财政分别给予经费支持1.5亿元、1亿元), whose indicator is after 分别.
    let opening: Vec<&&Mention>;
    let (before, opens_sentence) = if before.iter().any(|m| accept(m.entity)) {
        (before, false)
    } else {
        opening = (mentions.iter())
            .filter(|m| m.start >= sentence.start && m.end <= at)
            .collect();
        (opening, true)
    };
    // Without things listed, the changes of the clauses before 分别.
    let things_or_changes = || {
        let each = things();
        if each.is_empty() {
            changes_of_clauses_before(
                extractor,
                text,
                sentence,
                at,
                clause_begin,
                &in_clause,
                numbers,
            )
        } else {
            each
        }
    };
    let Some(last) = before.iter().rposition(|m| accept(m.entity)) else {
        return things_or_changes();
    };
    let mut list = vec![before[last]];
    for m in before[..last].iter().rev() {
        let gap = &text[m.end..list[list.len() - 1].start];
        if !accept(m.entity) || !matches!(gap, "、" | "和" | "与" | "及") {
            break;
        }
        list.push(m);
    }
    list.reverse();
    // 投入强度超过全区平均水平的有银川市和石嘴山市，分别为2.41%和1.88%: the list that closes
    // the sentence's opening clause after 有 is what the opening measures.
    let lead = strip_time(&text[sentence.start..list[0].start]);
    if opens_sentence && !lead.is_empty() {
        let closes_clause = text[list[list.len() - 1].end..clause_begin]
            .trim_end_matches(['，', ','])
            .is_empty();
        if !(lead.ends_with('有') && closes_clause && in_clause.len() == list.len()) {
            return Vec::new();
        }
        let cut = (["超过", "高于", "低于", "位居", "居", "排名", "均", "的"].iter())
            .filter_map(|w| lead.find(w))
            .min()
            .unwrap_or(lead.len());
        let indicator = indicator_from(extractor, &lead[..cut]);
        if indicator.chars().nth(1).is_none() {
            return Vec::new();
        }
        return (in_clause.iter().zip(&list))
            .map(|(r, m)| (r.start, Some(m.entity), indicator.clone()))
            .collect();
    }
    // Ranks name what they rank themselves (分别位列第5位、第23位).
    let ranks = numbers_in_clause.iter().all(|n| n.3.is_some());
    if list.len() < 2 {
        return things_or_changes();
    }
    if in_clause.len() != list.len() {
        return Vec::new();
    }
    // The indicator: between the list and 分别 (宁波研发投入强度分别…), with the change after
    // 分别 (同比分别增长…, 排名分别上升…), else between 分别 and the first number (分别获奖21项),
    // else what the paragraph last measured in that unit.
    // (Not a part of the year: 某区、某区上半年分别实现营业收入….)
    let between = &text[list[list.len() - 1].end..at];
    let between = (YEAR_PARTS.iter())
        .find_map(|part| between.strip_prefix(part))
        .unwrap_or(between);
    let between = indicator_from(extractor, between);
    // (A rank's range may open before 分别 ends: 分别位列第5位.)
    let verb = text.get(after..in_clause[0].start).unwrap_or("").trim();
    let shared = if between.chars().nth(1).is_some() && !opens_sentence {
        match CHANGE_VERBS.iter().find(|v| verb == **v) {
            Some(v) if !between.ends_with(v) => format!("{between}{v}"),
            _ => between,
        }
    } else {
        let after_respectively = indicator_from(extractor, &text[after..in_clause[0].start]);
        if after_respectively.chars().nth(1).is_none() && opens_sentence {
            // 宿州市、亳州市R&D经费增速均超过20%，分别为23.6%和21.8%: what the list's own
            // clause measures.
            let lead = &text[list[list.len() - 1].end..clause_begin];
            let cut = (lead.char_indices())
                .find(|&(_, c)| c == '均' || c.is_ascii_digit() || "，,；;：:".contains(c))
                .map_or(lead.len(), |(i, _)| i);
            indicator_from(extractor, &lead[..cut])
        } else {
            after_respectively
        }
    };
    let shared = match measured_before {
        Some(before) if shared.chars().nth(1).is_none() && !ranks => before.to_owned(),
        _ => shared,
    };
    if shared.chars().nth(1).is_none() && !ranks {
        return Vec::new();
    }
    (in_clause.iter().zip(&list))
        .map(|(r, m)| (r.start, Some(m.entity), shared.clone()))
        .collect()
}

/// Parts of a year that a list's numbers may be of (上半年, 前三季度).
const YEAR_PARTS: [&str; 11] = [
    "上半年",
    "下半年",
    "前三季度",
    "第一季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "全年",
    "当年",
    "年内",
];

/// 高新技术企业达到1528家，科技型中小企业入库2864家，分别增长11.6%和18.2%: a 分别 that opens its
/// clause with a change verb gives its numbers, in order, to the clauses right before it
/// that state one number each, as the change of what each of them measures: `(number
/// start, no entity, indicator)`.
fn changes_of_clauses_before(
    extractor: &Extractor,
    text: &str,
    sentence: &Range<usize>,
    at: usize,
    clause_begin: usize,
    in_clause: &[&Range<usize>],
    numbers: &[(Range<usize>, &str, &str, Option<&str>)],
) -> Vec<(usize, Option<usize>, String)> {
    const SEPARATORS: [char; 4] = ['，', ',', '；', ';'];
    let lead = &text[clause_begin..at];
    let after = at + "分别".len();
    let verb = text.get(after..in_clause.first().map_or(after, |r| r.start));
    let Some(verb) = verb.and_then(change_phrase) else {
        return Vec::new();
    };
    let earlier: Vec<&Range<usize>> = (numbers.iter())
        .filter(|n| n.0.start >= sentence.start && n.0.end <= clause_begin)
        .map(|n| &n.0)
        .collect();
    let count = in_clause.len();
    if count < 2 || earlier.len() < count || lead.chars().nth(3).is_some() {
        return Vec::new();
    }
    let earlier = &earlier[earlier.len() - count..];
    // The last of them closes the clause right before 分别.
    if !(text[earlier[count - 1].end..clause_begin].trim_matches(SEPARATORS)).is_empty() {
        return Vec::new();
    }
    let mut found = Vec::with_capacity(count);
    let mut from = sentence.start;
    for (number, later) in earlier.iter().zip(in_clause) {
        let before = &text[from..number.start];
        // Each in a clause or list item of its own (the first may open the sentence).
        let clause = match before.rfind(['，', ',', '；', ';', '、']) {
            Some(i) => &before[i + before[i..].chars().next().map_or(0, char::len_utf8)..],
            None if from == sentence.start => before,
            None => return Vec::new(),
        };
        let indicator = indicator_from(extractor, clause);
        if indicator.chars().nth(1).is_none() {
            return Vec::new();
        }
        found.push((later.start, None, format!("{indicator}{verb}")));
        from = number.end;
    }
    found
}

/// Words that name what an indicator measures of a thing (经费, 比重 …): the part a list of
/// things shares (企业、高等学校经费所占比重).
const MEASURE_WORDS: [&str; 14] = [
    "经费",
    "投入",
    "支出",
    "收入",
    "比重",
    "占比",
    "数量",
    "人数",
    "金额",
    "总额",
    "强度",
    "增速",
    "产值",
    "成交额",
];

/// The unit of an approximate count of ten thousands or hundred millions (万余名, 亿多元),
/// as `units` writes it (万名, 亿元), if it does.
fn approximate_unit<'a>(unit: &'a str, units: &'a [String]) -> &'a str {
    let mut chars = unit.chars();
    match (chars.next(), chars.next()) {
        (Some(scale @ ('万' | '亿')), Some('余' | '多')) => {
            let rest = chars.as_str();
            (units.iter())
                .find(|u| u.strip_prefix(scale) == Some(rest))
                .map_or(unit, String::as_str)
        }
        _ => unit,
    }
}

/// A unit as facts state it: the full-width per cent sign of full-width text is %.
pub(crate) fn normal_unit(unit: &str) -> &str {
    if unit == "％" { "%" } else { unit }
}

/// `s` without trailing linkers and status words (达, 超过, 预计 …).
fn trim_linkers<'a>(extractor: &Extractor, mut s: &'a str) -> &'a str {
    static TRAILING_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:从|由|到|至|在|于)?(?:19|20)\d{2}\s*年(?:底|末|的)?$").unwrap()
    });
    loop {
        let before = s.len();
        let Some(last) = s.chars().next_back() else {
            return s;
        };
        if (extractor.fact_matchers.linker_ends)
            .binary_search(&last)
            .is_err()
            && !matches!(last, '年' | '底' | '末' | '的')
        {
            // Nothing to drop at this end but white space.
            let trimmed = s.trim_end();
            if trimmed.len() == before {
                return s;
            }
            s = trimmed;
            continue;
        }
        // A match ends with one of these.
        if s.ends_with(['年', '底', '末', '的']) {
            if let Some(m) = TRAILING_YEAR.find(s) {
                s = &s[..m.start()];
            }
        }
        s = extractor.fact_matchers.strip_trailing_words(s);
        s = s.trim_end();
        if s.len() == before {
            return s;
        }
    }
}

/// The indicator a phrase names: without trailing linkers and status words, after its
/// last stop word, without leading filler (目前, 已 …).
fn indicator_from(extractor: &Extractor, phrase: &str) -> String {
    indicator_of_trimmed(extractor, trim_linkers(extractor, phrase))
}

/// [`indicator_from`] a phrase already without its trailing linkers ([`trim_linkers`]).
fn indicator_of_trimmed(extractor: &Extractor, s: &str) -> String {
    // 研究与试验发展（R&D）经费: a Latin abbreviation in brackets is no stop.
    static ABBREVIATION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[（(][A-Za-z&]{1,8}[）)]").unwrap());
    if s.contains(['）', ')']) {
        if let Some(m) = ABBREVIATION.find(s) {
            return indicator_of_trimmed(
                extractor,
                &format!("{}{}", &s[..m.start()], &s[m.end()..]),
            );
        }
    }
    let cues = &extractor.rules.facts;
    // After the last stop word: the greatest end of any occurrence of any of them.
    let mut end = s.len();
    let start = loop {
        let start = extractor.fact_matchers.indicator_stops.last_end(&s[..end]);
        // 研究与试验发展经费, 一等奖: a stop inside an indicator word cuts before the word. (Only
        // the starts from which a word would reach past the cut are tried.)
        let inside_word = (cues.indicator_words.iter()).find_map(|w| {
            let from = super::chars::ceil_boundary(s, (start + 1).saturating_sub(w.len()));
            (s[from..start].char_indices())
                .map(|(i, _)| from + i)
                .find(|&at| s[at..].starts_with(w.as_str()) && start < at + w.len())
        });
        if let Some(at) = inside_word {
            end = at;
            continue;
        }
        // “深海和极地关键技术与装备”重点专项: a stop inside a quoted name cuts before it.
        if let Some((open, _)) = quote_around(&s[..start], &s[start..]) {
            end = open;
            continue;
        }
        break start;
    };
    // 南京大学、东南大学等单位实施项目22项: the kind a list closed by 等 names is no part of
    // the indicator (unless the number counts a kind: 等高校科研机构20家).
    let after_list = s[..start].ends_with('等');
    let mut s = &s[start..];
    if after_list {
        if let Some(rest) = (LIST_KINDS.iter())
            .find_map(|k| s.strip_prefix(k))
            .filter(|rest| rest.chars().nth(1).is_some())
            // (Not a kind that the number counts: 等高校科研机构20家.)
            .filter(|rest| !LIST_KINDS.iter().any(|k| rest.ends_with(k)))
        {
            s = rest;
        }
    }
    loop {
        let before = s.len();
        s = strip_item_number(strip_time(s));
        // 共建重点实验室12家: a filler word (共) that begins an indicator word stays.
        if starts_with_any(s, &cues.indicator_words) {
            break;
        }
        // One word at a time: what is left may open with an indicator word (三市共同投入).
        for word in &cues.indicator_prefixes {
            let rest = strip_prefixes(s, word);
            if rest.len() < s.len() {
                s = rest;
                break;
            }
        }
        if s.len() == before {
            break;
        }
    }
    // (——全社会研发经费投入强度达到8%, 研发经费投入——281.9亿元: a dash leads a line of a
    // list or stands for 为.)
    clean_name(s.trim_matches(['—', '－', '–']))
}

/// `s` without the number of a list item it opens with (2. 新入库…, 3、新增…).
fn strip_item_number(s: &str) -> &str {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return s;
    }
    let rest = &s[digits..];
    match ['.', '．', '、'].iter().find_map(|m| rest.strip_prefix(*m)) {
        Some(after) if !after.starts_with(|c: char| c.is_ascii_digit()) => after.trim_start(),
        _ => s,
    }
}

/// The benchmarks' document generator, for tests over generated text.
#[cfg(test)]
#[path = "../../benches/support/corpus_gen.rs"]
mod corpus_gen;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Fact;
    use aho_corasick::AhoCorasick;

    use super::corpus_gen;

    /// The sample's text and 40 generated documents.
    fn sample_texts() -> Vec<String> {
        let names = corpus_gen::Names::new();
        let mut texts = vec![include_str!("../../data/corpus/seed.txt").to_owned()];
        texts.extend((0..40).map(|index| corpus_gen::document(&names, 7, index)));
        texts
    }

    /// The sentences of the sample and the generated documents.
    fn sample_sentences() -> Vec<String> {
        let mut sentences = Vec::new();
        for text in sample_texts() {
            let doc = Document::from_text("t.txt", &text);
            sentences.extend(doc.sentences.iter().map(|s| doc.text[s.clone()].to_owned()));
        }
        sentences
    }

    /// Random strings of digits, numerals, separators, spaces and unit characters.
    fn random_texts() -> Vec<String> {
        let alphabet: Vec<char> = "0129０٣,.. 　\t一二十百千两零万亿美元个%人次家年第全国a"
            .chars()
            .collect();
        let mut rng = corpus_gen::Rng::new(11, 0);
        (0..20_000)
            .map(|_| {
                let len = rng.below(24);
                (0..len).map(|_| *rng.pick(&alphabet)).collect()
            })
            .collect()
    }

    /// The matches of the number regex itself.
    fn by_regex(scanner: &NumberScanner, s: &str) -> Vec<NumberMatch> {
        let matches = scanner.regex.captures_iter(s);
        matches.map(|c| NumberMatch::of_captures(&c)).collect()
    }

    #[test]
    fn the_number_scanner_finds_what_the_regex_finds() {
        let extractor = Extractor::builtin().unwrap();
        let scanner = &extractor.fact_matchers.numbers;
        assert!(scanner.by_hand, "the built-in units allow the hand scanner");
        let mut texts = sample_texts();
        texts.extend(sample_sentences());
        texts.extend(random_texts());
        let mut found = 0;
        for text in &texts {
            let expected = by_regex(scanner, text);
            found += expected.len();
            let starts = marks_of(&extractor, text).numbers;
            let found: Vec<_> = scanner.find_iter(text, &starts).collect();
            assert_eq!(found, expected, "{text:?}");
        }
        assert!(found > 1000, "{found} numbers");
    }

    #[test]
    fn units_that_could_read_as_numbers_keep_the_regex() {
        for unit in ["千瓦", "5G", " 元", ",", ".5"] {
            let units = vec![unit.to_owned(), "元".to_owned()];
            let scanner = NumberScanner::new(&units);
            assert!(!scanner.by_hand, "{unit}");
            let text = "三千瓦和5千瓦，5G与55G，12 元";
            let found: Vec<_> = scanner.find_iter(text, &[]).collect();
            assert_eq!(found, by_regex(&scanner, text));
        }
        assert!(NumberScanner::new(&[]).by_hand);
    }

    #[test]
    fn clean_name_keeps_chinese_characters_letters_and_digits() {
        let kept = ('\u{4e00}'..='\u{9fff}')
            .chain('0'..='9')
            .chain('a'..='z')
            .chain('A'..='Z');
        for c in kept {
            assert_eq!(clean_name(&c.to_string()), c.to_string());
        }
    }

    /// The marks of `text`, as the extractor finds them.
    fn marks_of(extractor: &Extractor, text: &str) -> Marks {
        let mut marks = Marks::default();
        let at = extractor.entity_prefilter.marks_in(text);
        extractor.fact_matchers.read_marks(text, 0, &at, &mut marks);
        marks
    }

    /// The ends of the characters of `s`.
    fn all_ends(s: &str) -> impl Iterator<Item = usize> + '_ {
        s.char_indices().map(|(at, c)| at + c.len_utf8())
    }

    #[test]
    fn marks_are_the_characters_a_plain_reading_finds() {
        let extractor = Extractor::builtin().unwrap();
        let builtin = &extractor.rules.facts;
        let ascii_words = FactCues {
            target: vec!["KPI".to_owned(), "目标2".to_owned()],
            ..builtin.clone()
        };
        let mut texts = sample_sentences();
        texts.extend(random_texts());
        texts.extend(
            [
                "进一步",
                "第十",
                "前年",
                "预计力争",
                "٣",
                "7",
                "KPI达2%",
                "",
            ]
            .map(str::to_owned),
        );
        for cues in [builtin, &ascii_words] {
            let rules = crate::RuleSet {
                facts: cues.clone(),
                ..extractor.rules.clone()
            };
            let with_cues = Extractor::new(crate::Lexicon::builtin(), rules).unwrap();
            marks_agree(&with_cues, cues, &texts);
        }
    }

    /// Asserts that `extractor` marks in `texts` what a plain reading of their
    /// characters finds.
    fn marks_agree(extractor: &Extractor, cues: &FactCues, texts: &[String]) {
        let digits = CharSet::perl(r"\d");
        for text in texts {
            let marks = marks_of(extractor, text);
            let chars = || text.char_indices();
            let numbers: Vec<_> = chars()
                .filter(|&(_, c)| digits.contains(c) || is_numeral_char(c))
                .map(|(at, c)| (at, digits.contains(c)))
                .collect();
            assert_eq!(marks.numbers, numbers, "{text:?}");
            let years: Vec<_> = chars()
                .filter(|&(_, c)| c == '年')
                .map(|(at, _)| at)
                .collect();
            assert_eq!(marks.years, years, "{text:?}");
            let ranks: Vec<_> = text.match_indices(['第', '前']).map(|(at, _)| at).collect();
            assert_eq!(marks.ranks, ranks, "{text:?}");
            let ends_word =
                |c: char| (cues.expected.iter().chain(&cues.target)).any(|w| w.ends_with(c));
            let status_ends: Vec<_> = chars()
                .filter(|&(_, c)| ends_word(c))
                .map(|(at, c)| at + c.len_utf8())
                .collect();
            assert_eq!(marks.status_ends, status_ends, "{text:?}");
        }
    }

    /// A sentence without 到 or 至 before a year's digits holds no deadline, and one with
    /// them may.
    #[test]
    fn deadlines_need_a_year_after_dao_or_zhi() {
        for s in [
            "到2025年，全市",
            "三、到2030年底",
            "明确到2030年",
            "目标：到2027年",
        ] {
            assert!(super::may_hold_deadline(s), "{s}");
            assert!(super::deadline_clause(s).is_some(), "{s}");
        }
        for s in [
            "研发投入强度达到3.15%",
            "从42.1%提升到59.7%",
            "至今",
            "2025年到",
        ] {
            assert!(!super::may_hold_deadline(s), "{s}");
            assert!(super::deadline_clause(s).is_none(), "{s}");
        }
    }

    #[test]
    fn has_digits_finds_ascii_and_chinese_digits() {
        let extractor = Extractor::builtin().unwrap();
        let decimal = CharSet::perl(r"\d");
        let is_digit = |c: char| decimal.contains(c) || is_chinese_digit(c);
        let mut texts = sample_sentences();
        texts.extend(random_texts());
        texts.extend(["进一步", "第十", "无数", "百千", "", "a"].map(str::to_owned));
        for text in &texts {
            let starts = marks_of(&extractor, text).numbers;
            let has_digits = NumberScanner::has_digits(text, &starts);
            assert_eq!(has_digits, text.chars().any(is_digit), "{text:?}");
        }
    }

    #[test]
    fn trims_are_those_of_str() {
        let mut texts = sample_sentences();
        texts.extend(random_texts());
        let spaces = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace());
        let ends = [
            'a', '1', '，', '年', '\u{FEFF}', '😀', 'é', '\u{7F}', '\u{1680}',
        ];
        for c in spaces.chain(ends) {
            texts.extend([
                format!("{c}年{c}"),
                format!("{c}{c}"),
                format!("a{c}"),
                c.into(),
            ]);
        }
        for text in &texts {
            let pieces = (text.char_indices()).flat_map(|(at, _)| [&text[at..], &text[..at]]);
            for piece in pieces.chain([text.as_str()]) {
                assert_eq!(trim(piece), piece.trim(), "{piece:?}");
                assert_eq!(trim_start(piece), piece.trim_start(), "{piece:?}");
                assert_eq!(trim_end(piece), piece.trim_end(), "{piece:?}");
            }
        }
    }

    #[test]
    fn years_are_what_the_year_regex_finds() {
        let extractor = Extractor::builtin().unwrap();
        let regex = Regex::new(r"((?:19|20)\d{2})\s*年").unwrap();
        let mut texts = sample_sentences();
        texts.extend(random_texts());
        texts.extend(
            [
                "2023年",
                "从2015 年到2020\t年",
                "19202023年",
                "20٢٣年",
                "２０２３年",
                "2023年年",
                "12023年",
                "202年",
                "2 023年",
                "年2023",
                "1999　年底",
                "比2020年",
            ]
            .map(str::to_owned),
        );
        let mut found = 0;
        for text in &texts {
            let expected: Vec<_> = regex
                .captures_iter(text)
                .map(|c| c.get(1).unwrap().range())
                .collect();
            found += expected.len();
            let at_years = marks_of(&extractor, text).years;
            let years: Vec<_> = extractor.fact_matchers.years(text, at_years).collect();
            assert_eq!(years, expected, "{text:?}");
        }
        assert!(found > 200, "{found} years");
    }

    #[test]
    fn time_cut_is_where_the_time_regex_match_ends() {
        let regex = Regex::new(
            r"^\s*(?:(?:截至|截止|到|至|在|于)?(?:19|20)\d{2}\s*年(?:以来|底|末|上半年|下半年)?\s*[，,]?\s*)?(?:(?:截至目前|目前|近日|日前|最近|至此|同时|据悉|据了解|据介绍|另悉|另据了解|近年来|近年|多年来|今年以来|其中|此外|另外)\s*[，,]?\s*)?",
        )
        .unwrap();
        let mut texts = sample_sentences();
        texts.extend(random_texts());
        texts.extend(
            [
                " 到2023年底 ， 目前，全省",
                "至20٢٣ 年以来,同时",
                "在1999年上半年",
                "于2020年下半年，",
                "到到2023年",
                "2023 年末，截至目前 ，",
                "目前 , 全市",
                "20231年",
                "2023",
                "最近至此",
                "\u{3000}日前，",
                "到 2023年",
                "截至2023年底，实验室",
                "截止2024年",
            ]
            .map(str::to_owned),
        );
        texts.extend(TIME_WORDS.map(|word| format!("{word}，全省")));
        for text in &texts {
            for (end, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let s = &text[..end];
                let expected = regex.find(s).map_or(0, |m| m.end());
                assert_eq!(time_cut(s), expected, "{s:?}");
            }
        }
    }

    #[test]
    fn ranks_are_what_the_rank_regex_captures() {
        let extractor = Extractor::builtin().unwrap();
        let mut texts = sample_sentences();
        texts.extend(random_texts());
        texts.extend(
            [
                "全国第3",
                "全球前十名",
                "世界，第1",
                "全省排名第٣位",
                "第3全国",
                "全国3第4位",
                "全市排名前五、全国第12名",
                "全国全省第二十一位次",
                "全国第一方阵",
                "全国甲乙丙丁戊己庚辛第3位",
                "全国甲乙丙丁戊己庚辛壬第3位",
                "世界甲乙丙全省丁戊己庚辛壬第3前4",
            ]
            .map(str::to_owned),
        );
        let alphabet: Vec<char> = "全国省市球世界第前3٣一十名位，(a".chars().collect();
        let mut rng = corpus_gen::Rng::new(13, 0);
        texts.extend((0..20_000).map(|_| {
            let len = rng.below(20);
            (0..len).map(|_| *rng.pick(&alphabet)).collect::<String>()
        }));
        let rank = Regex::new(&format!(
            r"(?P<scope>{})[^，,。；;、()（）]{{0,8}}?(?:第|前)(?P<num>\d+|[一二三四五六七八九十]+)(?:位|名)?",
            RANK_SCOPES.join("|")
        ))
        .unwrap();
        let mut found = 0;
        for text in &texts {
            let expected: Vec<_> = (rank.captures_iter(text))
                .map(|c| {
                    (
                        c.get(0).unwrap().range(),
                        c["scope"].to_owned(),
                        c["num"].to_owned(),
                    )
                })
                .collect();
            found += expected.len();
            let marks = marks_of(&extractor, text);
            let ranks: Vec<_> = (extractor.fact_matchers.ranks(text, &marks.ranks))
                .map(|r| (r.range, r.scope.to_owned(), r.num.to_owned()))
                .collect();
            assert_eq!(ranks, expected, "{text:?}");
        }
        assert!(found > 20, "{found} ranks");
    }

    /// Heading years are those a reading of every line of the body finds.
    #[test]
    fn heading_years_read_every_line_with_a_year() {
        let extractor = Extractor::builtin().unwrap();
        let mut texts = sample_texts();
        texts.push("2023年工作计划\n\n  二、2024年 \n正文。2025年\n年\n1999年".to_owned());
        for text in &texts {
            let doc = Document::from_text("t.txt", text);
            let mut expected = Vec::new();
            // The title's year, when it names exactly one, heads the body.
            if let Some(title) = doc.metadata.title.as_deref() {
                let at_years = title.match_indices('年').map(|(at, _)| at);
                let years: Vec<_> = extractor.fact_matchers.years(title, at_years).collect();
                if let [year] = &years[..] {
                    expected.push((doc.body_start, title[year.clone()].parse().unwrap(), false));
                }
            }
            let mut offset = doc.body_start;
            for line in doc.text[doc.body_start..].split_inclusive('\n') {
                let trimmed = line.trim();
                if trimmed.chars().count() <= 40 && !trimmed.contains('。') {
                    let at_years = trimmed.match_indices('年').map(|(at, _)| at);
                    let matchers = &extractor.fact_matchers;
                    if let Some(year) = matchers.years(trimmed, at_years).next() {
                        let cues = &extractor.rules.facts;
                        let plan = contains_any(trimmed, &cues.plan_headings)
                            && !contains_any(trimmed, &cues.summary_titles);
                        expected.push((offset, trimmed[year].parse().unwrap(), plan));
                    }
                }
                offset += line.len();
            }
            assert_eq!(heading_years(&extractor, &doc, None), expected);
        }
    }

    #[test]
    fn the_numeral_class_is_the_numeral_list() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_numeral_char(c), CHINESE_NUMERALS.contains(c), "{c}");
        }
    }

    #[test]
    fn an_opening_strips_its_marker_and_time_as_strip_opening_and_strip_time_do() {
        let mut sentences = sample_sentences();
        sentences.extend(
            [
                "2023年底，全省研发投入",
                "  2023 年以来，目前，全市",
                "到2025年，力争",
                "同时",
                "  ",
                "2",
                "目前全省",
                "20231年",
                "1. 2023年，某实验室",
                "（二）全省",
                "三是，目前某中心",
            ]
            .map(str::to_owned),
        );
        sentences.push("某区副区长李华介绍，2023年，某科学城已集聚".to_owned());
        for sentence in &sentences {
            let opening = Opening::new(sentence).with_speaker(sentence);
            for (end, _) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
                let from = if end >= opening.speaker {
                    opening.speaker
                } else {
                    0
                };
                let expected = match from {
                    0 => strip_opening(&sentence[..end]),
                    _ => strip_time(&sentence[from..end]),
                };
                assert_eq!(
                    opening.strip(sentence, end),
                    expected,
                    "{sentence:?} up to {end}"
                );
            }
        }
    }

    #[test]
    fn word_ends_are_the_ends_an_overlapping_search_finds() {
        let extractor = Extractor::builtin().unwrap();
        let cues = &extractor.rules.facts;
        let with_empty = [cues.target.clone(), vec![String::new()]].concat();
        for words in [&cues.indicator_stops, &cues.linkers, &with_empty] {
            let ends = WordEnds::new(&[words]);
            let automaton = AhoCorasick::new(words).unwrap();
            let mut sentences = sample_sentences();
            sentences.extend(["", "达到达", "其中和及与"].map(str::to_owned));
            for sentence in &sentences {
                let found: Vec<usize> = (automaton.find_overlapping_iter(sentence.as_str()))
                    .map(|m| m.end())
                    .collect();
                assert_eq!(
                    ends.last_end(sentence),
                    found.iter().copied().max().unwrap_or(0),
                    "{sentence:?}"
                );
                assert_eq!(
                    ends.first_ends::<1>(sentence, all_ends(sentence), |_| true),
                    [found.iter().copied().min()],
                    "{sentence:?}"
                );
                // An end that `keep` refuses is passed over for the next (an empty word,
                // found everywhere, is kept as it is).
                let first = found.iter().copied().min();
                assert!(
                    words.iter().any(String::is_empty)
                        || ends.first_ends::<1>(sentence, all_ends(sentence), |e| Some(e) != first)
                            == [found.iter().copied().filter(|&e| Some(e) != first).min()],
                    "{sentence:?}"
                );
            }
        }
    }

    #[test]
    fn trailing_words_are_stripped_as_one_pass_over_the_list_strips_them() {
        let extractor = Extractor::builtin().unwrap();
        let cues = &extractor.rules.facts;
        let one_pass = |s: &str| {
            let mut s = s.to_owned();
            for word in (cues.linkers.iter())
                .chain(&cues.expected)
                .chain(&cues.target)
            {
                s = strip_suffixes(&s, word).to_owned();
            }
            s
        };
        let mut sentences = sample_sentences();
        sentences.extend(
            ["实现达到达", "累计新增达到", "预计力争达", "提升到提升至"].map(str::to_owned),
        );
        for sentence in &sentences {
            for (end, _) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
                let s = &sentence[..end];
                assert_eq!(
                    extractor.fact_matchers.strip_trailing_words(s),
                    one_pass(s),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn status_ends_give_the_status_cue_of_every_beginning() {
        let extractor = Extractor::builtin().unwrap();
        let mut sentences = sample_sentences();
        sentences.push("预计目标力争预计达到".to_owned());
        for sentence in &sentences {
            let marks = marks_of(&extractor, sentence);
            let ends = (extractor.fact_matchers).status_ends(
                sentence,
                marks.status_ends.iter().copied(),
                |_| true,
            );
            for (end, _) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
                assert_eq!(
                    ends.before(end),
                    extractor.rules.status_cue(&sentence[..end]),
                    "{sentence:?} up to {end}"
                );
            }
        }
    }

    /// The facts of a small document: `(subject, indicator, value, unit, year, status)`.
    fn facts_of(text: &str) -> Vec<Fact> {
        let extractor = Extractor::builtin().unwrap();
        extractor.extract(&Document::from_text("t.txt", text)).facts
    }

    fn find<'a>(facts: &'a [Fact], value: f64, unit: &str) -> &'a Fact {
        facts
            .iter()
            .find(|f| f.value == value && f.unit == unit)
            .unwrap_or_else(|| panic!("no fact {value}{unit} in {facts:#?}"))
    }

    #[test]
    fn status_follows_cue_words_and_the_indicator_drops_them() {
        let facts = facts_of(
            "金华市科技工作\n\n前三季度，全市新增科技型中小企业1856家，完成全年目标的92.8%。\n",
        );
        assert_eq!(find(&facts, 92.8, "%").status, Status::Actual, "{facts:#?}");
        let facts = facts_of(
            "衢州市科技工作\n\n通过鲲鹏行动计划、省海外引才计划，累计为衢州引进高层次人才42人。\n",
        );
        assert_eq!(
            find(&facts, 42.0, "人").status,
            Status::Actual,
            "{facts:#?}"
        );
        let facts = facts_of(
            "浙江省科学技术厅\n\n浙江省科技工作情况如下。\n2023年，全省研发投入强度预计达3.15%。力争2024年研发投入强度达3.2%。\n",
        );
        let f = find(&facts, 3.15, "%");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str(), f.year, f.status),
            ("浙江省", "研发投入强度", Some(2023), Status::Expected)
        );
        let f = find(&facts, 3.2, "%");
        assert_eq!((f.year, f.status), (Some(2024), Status::Target));
        assert_eq!(f.indicator, "研发投入强度");
    }

    #[test]
    fn a_partner_named_by_a_preposition_is_no_part_of_the_indicator() {
        let facts = facts_of(
            "新疆科技工作\n\n2023年，中国科学院新疆理化技术研究所与新疆大学联合培养研究生200人。\n",
        );
        assert_eq!(find(&facts, 200.0, "人").indicator, "联合培养研究生");
    }

    #[test]
    fn a_bound_a_provision_sets_is_no_fact() {
        let facts = facts_of(
            "四川省科技成果转化促进条例\n\n高等学校可以将不低于70%的成果转化收益用于奖励。到2025年，全省研发投入强度不低于2.5%。\n",
        );
        assert!(!facts.iter().any(|f| f.value == 70.0), "{facts:#?}");
        assert!(facts.iter().any(|f| f.value == 2.5), "{facts:#?}");
        // A cap: an eligibility's condition.
        let facts = facts_of(
            "天津市科学技术局关于开展2024年企业评价工作的通知\n\n一、评价条件\n企业须同时满足以下条件：\n（二）职工总数不超过500人、年销售收入不超过2亿元；\n",
        );
        assert!(!facts.iter().any(|f| f.value == 500.0), "{facts:#?}");
    }

    #[test]
    fn numbers_a_speaker_reports_are_of_what_the_words_open_with() {
        let facts = facts_of(
            "广州科技新闻\n\n南沙区副区长李华介绍，南沙科学城已集聚中国科学院广州分院等科研机构30余家。\n",
        );
        assert_eq!(find(&facts, 30.0, "家").subject, "南沙科学城");
    }

    #[test]
    fn a_share_in_the_clause_after_a_number_is_of_that_numbers_thing() {
        let facts = facts_of(
            "湖北科技\n\n2023年，湖北省研发经费支出达1400亿元，占地区生产总值比重为2.5%；高新技术产业投资增速较快、占固定资产投资比重超16%。\n",
        );
        assert_eq!(
            find(&facts, 2.5, "%").indicator,
            "研发经费支出占地区生产总值比重"
        );
        // (After 、 the share is of what its own clause names.)
        assert_eq!(find(&facts, 16.0, "%").indicator, "占固定资产投资比重");
    }

    #[test]
    fn a_year_compared_with_or_risen_from_is_not_the_numbers_year() {
        let facts = facts_of(
            "江苏科技\n\n2020年，全省高新技术企业达到3.28万家，是2015年的3.6倍；科技进步贡献率达65%。\n",
        );
        assert_eq!(find(&facts, 3.28, "万家").year, Some(2020));
        assert_eq!(find(&facts, 65.0, "%").year, Some(2020));
        let facts = facts_of(
            "黑龙江科技\n\n2023年，高校院所科技成果本地转化率由2022年的38.5%提升至45.2%。\n",
        );
        assert_eq!(find(&facts, 38.5, "%").year, Some(2022));
        assert_eq!(find(&facts, 45.2, "%").year, Some(2023));
    }

    #[test]
    fn new_ones_after_a_total_are_the_same_things_new_count() {
        let facts = facts_of("武汉科技\n\n2022年，全市高新技术企业总数达5700家，新增1460家。\n");
        assert_eq!(find(&facts, 1460.0, "家").indicator, "高新技术企业新增数");
    }

    #[test]
    fn numbers_under_a_heading_of_goals_are_targets() {
        let facts = facts_of(
            "某高新区2023年工作总结\n\n一、2023年工作回顾\n\n2023年，研发投入强度达到7.1%。\n\n二、2024年重点目标\n\n——研发投入强度稳定在7.5%以上；\n",
        );
        let goal = find(&facts, 7.5, "%");
        assert_eq!(
            (goal.indicator.as_str(), goal.status),
            ("研发投入强度", Status::Target)
        );
        assert_eq!(find(&facts, 7.1, "%").status, Status::Actual);
    }

    #[test]
    fn an_indicator_without_chinese_words_is_no_fact() {
        let facts = facts_of(
            "天津市科学技术局关于开展2024年企业评价工作的通知\n\n二、评价指标\n1. 科技人员指标（满分20分）。按科技人员数占职工总数的比例分档评价：30%（含）以上20分；25%（含）—30% 16分；20%（含）—25% 12分。\n",
        );
        assert!(
            facts.iter().all(|f| f.indicator.chars().any(is_han)),
            "{facts:#?}"
        );
    }

    #[test]
    fn a_place_where_the_institution_before_it_acts_is_not_the_subject() {
        let facts = facts_of(
            "合肥科技新闻\n\n2023年，中国科学技术大学在合肥累计转化科技成果超过1000项，带动上市企业总市值逾2000亿元。\n",
        );
        assert_eq!(find(&facts, 1000.0, "项").subject, "中国科学技术大学");
        // (逾 links like 超过.)
        assert!(find(&facts, 2000.0, "亿元").indicator.ends_with("总市值"));
    }

    #[test]
    fn a_list_items_marker_opens_no_words_and_a_new_item_has_its_own_subject() {
        let facts = facts_of(
            "浙江省科技工作总结\n\n1. 之江实验室运行良好，2023年承担重大科研任务42项。\n\n一是西湖实验室建设取得进展；二是“科创走廊”建设全面启动，累计引进科技企业1200余家。\n\n浙江大学、西湖大学等单位新增全国重点实验室3家，全省全国重点实验室总数达到18家。\n",
        );
        assert_eq!(find(&facts, 42.0, "项").subject, "之江实验室");
        assert_eq!(find(&facts, 1200.0, "家").subject, "浙江省");
        assert_eq!(find(&facts, 18.0, "家").subject, "浙江省");
        // A place after a marker's 、 is not listed with others.
        let facts =
            facts_of("江苏省科技创新工作情况\n\n二、苏州工业园区2024年新增高新技术企业420家。\n");
        assert_eq!(
            find(&facts, 420.0, "家").subject,
            "苏州工业园区",
            "{facts:#?}"
        );
    }

    #[test]
    fn ni_plans_but_not_inside_a_noun() {
        let facts = facts_of(
            "浙江省科技工作情况\n\n2024年度省重点研发计划拟围绕6个领域部署项目约150项。\n\n2023年，全省模拟芯片企业达到12家。\n",
        );
        assert_eq!(find(&facts, 150.0, "项").status, Status::Target);
        assert_eq!(find(&facts, 12.0, "家").status, Status::Actual);
    }

    #[test]
    fn a_figure_in_brackets_after_a_compared_year_is_that_years() {
        let facts = facts_of(
            "天津市科技工作要点\n\n2024年，力争全市科技型中小企业达到13000家，比2023年（11626家）增长12%。\n\n2023年，全市高新技术企业达到11500家，较上年（10200家）增长12.7%。\n",
        );
        let f = find(&facts, 11626.0, "家");
        assert_eq!(
            (f.indicator.as_str(), f.year, f.status),
            ("科技型中小企业", Some(2023), Status::Actual)
        );
        let f = find(&facts, 10200.0, "家");
        assert_eq!(
            (f.indicator.as_str(), f.year, f.status),
            ("高新技术企业", Some(2022), Status::Actual)
        );
        assert_eq!(find(&facts, 12.0, "%").status, Status::Target);
    }

    #[test]
    fn compared_bases_are_read_before_a_bracket() {
        assert_eq!(compared_base("达到13000家，比2023年（"), Some(Some(2023)));
        assert_eq!(compared_base("较 2022 年("), Some(Some(2022)));
        assert_eq!(compared_base("较上年（"), Some(None));
        assert_eq!(compared_base("2023年（"), None);
        assert_eq!(compared_base("比2023年"), None);
        assert_eq!(compared_base("全国平均水平（"), None);
    }

    #[test]
    fn a_place_qualifying_a_verbs_object_is_not_the_subject() {
        let facts = facts_of(
            "杭州市科技工作总结\n\n2023年，杭州高新技术产业开发区引进上海企业65家，服务温州企业120家。\n",
        );
        assert_eq!(
            find(&facts, 65.0, "家").subject,
            "杭州国家高新技术产业开发区"
        );
        assert_eq!(
            find(&facts, 120.0, "家").subject,
            "杭州国家高新技术产业开发区"
        );
    }

    #[test]
    fn what_a_phrase_with_de_heads_is_the_subject() {
        let facts = facts_of(
            "杭州科技新闻\n\n2023年，浙江大学与余杭区共建的之江实验室已孵化科技企业46家。\n\n浙江大学牵头建设的“西湖实验室”在生命科学领域取得突破，承担国家重点研发计划项目12项。\n",
        );
        let f = find(&facts, 46.0, "家");
        assert_eq!(f.subject, "之江实验室");
        assert!(!f.indicator.contains("实验室"), "{f:?}");
        assert_eq!(find(&facts, 12.0, "项").subject, "西湖实验室");
    }

    #[test]
    fn an_amount_per_item_is_no_fact() {
        let facts = facts_of(
            "浙江省科技工作情况\n\n2024年全省安排省级财政资金4.2亿元，其中重大项目约20项，每项支持500万元。对青年科技人才给予每人50万元科研经费支持。单个项目财政支持不超过300万元。每万人口高价值发明专利拥有量达到25件。\n",
        );
        assert!(facts.iter().any(|f| f.value == 4.2), "{facts:#?}");
        assert!(facts.iter().any(|f| f.value == 20.0), "{facts:#?}");
        assert!(
            !facts
                .iter()
                .any(|f| [500.0, 50.0, 300.0].contains(&f.value)),
            "{facts:#?}"
        );
        assert_eq!(
            find(&facts, 25.0, "件").indicator,
            "每万人口高价值发明专利拥有量"
        );
        let facts = facts_of(
            "浙江省科技工作情况\n\n2024年全省安排省级财政资金4.2亿元，对重大项目最高支持1000万元，给予最高200万元奖励。杭州市研发投入强度全省最高，达到3.9%。\n",
        );
        assert!(facts.iter().any(|f| f.value == 4.2), "{facts:#?}");
        assert!(facts.iter().any(|f| f.value == 3.9), "{facts:#?}");
        assert!(
            !facts.iter().any(|f| [1000.0, 200.0].contains(&f.value)),
            "{facts:#?}"
        );
    }

    #[test]
    fn list_marker_openings_are_told_by_their_bytes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let opens = c.is_ascii_digit()
                || is_chinese_digit(c)
                || matches!(c, '（' | '(')
                || ('①'..='⑳').contains(&c);
            assert_eq!(may_open_list(&format!("{c}x")), opens, "{c}");
        }
    }

    #[test]
    fn list_markers_are_read_off() {
        for (text, rest) in [
            ("1. 之江实验室", "之江实验室"),
            ("12、全省", "全省"),
            ("（三）全省", "全省"),
            ("(2)全省", "全省"),
            ("一、全省", "全省"),
            ("二是，全省", "全省"),
            ("③全省", "全省"),
            ("1.5亿元", "1.5亿元"),
            ("2023年", "2023年"),
            ("一批企业", "一批企业"),
            ("（2023年）", "（2023年）"),
        ] {
            assert_eq!(after_list_marker(text), rest, "{text}");
        }
    }

    #[test]
    fn totals_given_respectively_are_each_of_its_own_thing() {
        let facts = facts_of(
            "河南科技\n\n2023年，全省新建省产业技术研究院12家、省中试基地10家，累计分别达到40家和36家。\n",
        );
        assert_eq!(find(&facts, 40.0, "家").indicator, "省产业技术研究院累计数");
        assert_eq!(find(&facts, 36.0, "家").indicator, "省中试基地累计数");
    }

    #[test]
    fn the_upper_end_of_a_range_written_with_a_dash_is_no_fact() {
        let facts = facts_of(
            "湖南省科技人才发展规划\n\n到2025年，全省新增两院院士5—8名，上市企业5～8家。\n",
        );
        assert!(!facts.iter().any(|f| f.value == 8.0), "{facts:#?}");
    }

    #[test]
    fn a_benchmark_in_brackets_is_no_fact_of_the_subject() {
        let facts = facts_of(
            "浙江科技\n\n2023年，全省基础研究经费占比为3.9%，低于全国平均水平（6.65%）。\n",
        );
        assert!(facts.iter().any(|f| f.value == 3.9), "{facts:#?}");
        assert!(!facts.iter().any(|f| f.value == 6.65), "{facts:#?}");
    }

    #[test]
    fn a_change_in_percent_keeps_its_verb() {
        let facts = facts_of(
            "湖北科技\n\n2023年，湖北省技术合同成交额达到4800亿元，同比增长31%，研发投入强度提高到2.5%。\n",
        );
        assert_eq!(find(&facts, 31.0, "%").indicator, "技术合同成交额同比增长");
        assert_eq!(find(&facts, 2.5, "%").indicator, "研发投入强度");
    }

    #[test]
    fn an_indicator_word_holds_its_stop() {
        let facts = facts_of("天津科技\n\n2023年，全市研究与试验发展经费支出达到574.3亿元。\n");
        assert_eq!(
            find(&facts, 574.3, "亿元").indicator,
            "研究与试验发展经费支出"
        );
        let facts = facts_of("重庆科技\n\n2023年，全市共建重点实验室12家。\n");
        assert_eq!(find(&facts, 12.0, "家").indicator, "共建重点实验室");
    }

    #[test]
    fn a_status_word_inside_a_name_is_no_cue() {
        // 计划 of 国家重点研发计划 does not make the count a target; 力争 does.
        let facts = facts_of(
            "江苏省科学技术厅\n\n江苏省科技工作情况如下。\n2023年，南京大学承担国家重点研发计划项目12项。力争2024年新增国家重点研发计划项目15项。\n",
        );
        assert_eq!(find(&facts, 12.0, "项").status, Status::Actual);
        assert_eq!(find(&facts, 15.0, "项").status, Status::Target);
    }

    #[test]
    fn the_institution_a_clause_opens_with_is_not_part_of_the_indicator() {
        let facts = facts_of(
            "江苏省科学技术厅\n\n江苏省科技工作情况如下。\n2023年，南京大学承担国家重点研发计划项目12项，获得中央财政资金3000万元。\n",
        );
        let f = find(&facts, 12.0, "项");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("南京大学", "承担国家重点研发计划项目")
        );
    }

    #[test]
    fn whole_province_in_a_citys_document_is_the_province_and_growth_keeps_its_subject() {
        let facts = facts_of(
            "合肥市科技工作情况\n\n安徽省科技厅表示，2023年全省技术合同成交额达3000亿元，同比增长20%。\n",
        );
        let f = find(&facts, 3000.0, "亿元");
        assert_eq!(f.subject, "安徽省", "{facts:#?}");
        let f = find(&facts, 20.0, "%");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("安徽省", "技术合同成交额同比增长"),
            "{facts:#?}"
        );
        // So it is after a status word.
        let facts = facts_of(
            "湖南长沙：某实验室加快成长\n\n相关负责人表示，到2027年，力争全省高新技术企业数量达到2万家。\n",
        );
        assert_eq!(find(&facts, 2.0, "万家").subject, "湖南省", "{facts:#?}");
        // And after a status word and its year.
        let facts = facts_of(
            "西北工业大学获批建设凝固技术全国重点实验室\n\n陕西省科学技术厅表示，力争2026年全省研发经费投入强度达到2.7%。\n",
        );
        assert_eq!(find(&facts, 2.7, "%").subject, "陕西省", "{facts:#?}");
    }

    #[test]
    fn a_bulletins_changes_keep_their_verbs_and_abbreviations_stay_in_the_indicator() {
        let facts = facts_of(
            "湖北省2023年科技经费统计公报\n\n2023年，全省研究与试验发展（R&D）经费862.3亿元，比上年增加54.1亿元，增长6.7%。东湖高新区综合排名分别提升2位。\n",
        );
        let indicator = |value, unit| find(&facts, value, unit).indicator.as_str();
        assert_eq!(indicator(862.3, "亿元"), "研究与试验发展经费", "{facts:#?}");
        assert_eq!(indicator(54.1, "亿元"), "研究与试验发展经费比上年增加");
        assert_eq!(indicator(6.7, "%"), "研究与试验发展经费增长");
        assert_eq!(indicator(2.0, "位"), "综合排名提升");
    }

    #[test]
    fn an_autonomous_regions_whole_region_word_is_no_part_of_the_indicator() {
        let facts = facts_of(
            "内蒙古自治区2023年科技工作综述\n\n2023年，全区高新技术企业达到1812家，我区技术合同成交额58亿元。\n",
        );
        let f = find(&facts, 1812.0, "家");
        assert_eq!(f.indicator, "高新技术企业", "{facts:#?}");
        assert_eq!(f.subject, "内蒙古自治区");
        assert_eq!(find(&facts, 58.0, "亿元").indicator, "技术合同成交额");
    }

    #[test]
    fn a_sentence_of_the_present_has_the_documents_year() {
        let facts = facts_of(
            "苏州实验室动态\n2024年5月16日\n\n苏州实验室于2022年揭牌成立，当年引进团队12个。截至目前，实验室已集聚科研人员800余人。\n",
        );
        assert_eq!(find(&facts, 12.0, "个").year, Some(2022), "{facts:#?}");
        assert_eq!(find(&facts, 800.0, "人").year, Some(2024), "{facts:#?}");
        // So does a clause of the present after a year of the past.
        let facts = facts_of(
            "苏州实验室动态\n2024年5月16日\n\n苏州实验室于2021年揭牌，目前已集聚科研人员1200人。\n",
        );
        assert_eq!(find(&facts, 1200.0, "人").year, Some(2024), "{facts:#?}");
        // And the clauses after it that name no year of their own.
        let facts = facts_of(
            "苏州实验室动态\n2024年5月16日\n\n苏州实验室于2021年3月挂牌，目前已集聚科研人员1200人，承担国家级项目35项，2023年新增专利40件。\n",
        );
        assert_eq!(find(&facts, 35.0, "项").year, Some(2024), "{facts:#?}");
        assert_eq!(find(&facts, 40.0, "件").year, Some(2023), "{facts:#?}");
    }

    #[test]
    fn an_indicator_leaves_out_its_subjects_name_and_the_places_listed_before_it() {
        let facts = facts_of(
            "宁夏科技工作\n\n2023年，宁夏科技成果转化基金规模扩大到5亿元。与北京、上海等地共建创新平台42个。浙江省科创母基金两期50亿元落地实施。\n",
        );
        let indicator = |value, unit| find(&facts, value, unit).indicator.as_str();
        assert_eq!(indicator(5.0, "亿元"), "规模", "{facts:#?}");
        assert_eq!(indicator(42.0, "个"), "共建创新平台");
        let f = find(&facts, 50.0, "亿元");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("浙江省科创母基金", "基金规模")
        );
    }

    #[test]
    fn a_paragraph_opening_with_what_its_year_will_do_plans() {
        let facts = facts_of(
            "宁夏回族自治区政府工作报告\n2024年1月25日\n\n过去一年，全区研发投入强度提高到1.6%。\n2024年，我们将深入实施科技强区行动，研发投入强度提高到1.7%以上。新培育国家高新技术企业100家。\n",
        );
        assert_eq!(find(&facts, 1.6, "%").status, Status::Actual, "{facts:#?}");
        assert_eq!(find(&facts, 1.7, "%").status, Status::Target, "{facts:#?}");
        assert_eq!(
            find(&facts, 100.0, "家").status,
            Status::Target,
            "{facts:#?}"
        );
    }

    #[test]
    fn a_year_in_brackets_after_a_number_dates_only_the_bracket() {
        let facts = facts_of(
            "云南省科学技术厅2021年工作总结\n\n主要指标一览：\n技术合同成交额——113.5亿元（2020年为94.3亿元）\n\n二、存在的问题\n\n研发投入强度仍低于全国平均水平2.44%。\n",
        );
        let f = find(&facts, 113.5, "亿元");
        assert_eq!(
            (f.indicator.as_str(), f.year),
            ("技术合同成交额", Some(2021))
        );
        assert_eq!(find(&facts, 94.3, "亿元").year, Some(2020));
        // A line of data is no heading: the text below it keeps the document's year.
        assert_eq!(find(&facts, 2.44, "%").year, Some(2021));
    }

    #[test]
    fn a_national_documents_numbers_without_a_subject_are_the_countrys() {
        let extractor = Extractor::builtin().unwrap();
        let text = "科技部关于印发《若干措施》的通知\n国科发区〔2024〕163号\n\n到2027年，全国技术合同成交额突破7.5万亿元。\n\n科技部\n2024年9月12日\n";
        let extraction = extractor.extract(&Document::from_text("t.txt", text));
        let f = find(&extraction.facts, 7.5, "万亿元");
        assert_eq!(
            (f.subject.as_str(), f.year, f.status),
            ("中国", Some(2027), Status::Target)
        );
        assert!(extraction.entities.iter().any(|e| e.name == "中国"));
        // Without such a number, the country is no entity of the document.
        let text =
            "科技部关于印发《若干措施》的通知\n国科发区〔2024〕163号\n\n各地要加强组织领导。\n";
        let extraction = extractor.extract(&Document::from_text("t.txt", text));
        assert_eq!(extraction.region.as_deref(), Some("中国"));
        assert!(!extraction.entities.iter().any(|e| e.name == "中国"));
    }

    #[test]
    fn a_paragraph_naming_an_earlier_year_reviews_it_and_one_of_goals_plans() {
        let facts = facts_of(
            "武汉市2026年政府工作报告\n\n各位代表：\n\n2025年是“十四五”规划收官之年。一年来，全市创新能力明显提升。\n\n——全市高新技术企业达到1.72万家。\n\n2026年，全市科技创新工作的主要预期目标是：研发投入强度达到3.85%；技术合同成交额2600亿元以上。\n",
        );
        let f = find(&facts, 1.72, "万家");
        assert_eq!((f.year, f.status), (Some(2025), Status::Actual));
        let f = find(&facts, 2600.0, "亿元");
        assert_eq!((f.year, f.status), (Some(2026), Status::Target));
        assert_eq!(opens_review("2024年是关键一年。"), Some(2024));
        assert_eq!(opens_review("2024年，全省研发投入增长。"), None);
    }

    #[test]
    fn a_work_reports_first_paragraph_of_the_year_before_opens_its_review() {
        let facts = facts_of(
            "南昌市2024年政府工作报告\n\n2023年，全市技术合同成交额达到312亿元。\n\n南昌大学获批建设省重点实验室11个。\n\n今年，我们将实施重大专项30项。\n\n市科技局设立引导基金20亿元。\n",
        );
        assert_eq!(find(&facts, 312.0, "亿元").year, Some(2023));
        assert_eq!(find(&facts, 11.0, "个").year, Some(2023));
        let f = find(&facts, 30.0, "项");
        assert_eq!((f.year, f.status), (Some(2024), Status::Target));
        let f = find(&facts, 20.0, "亿元");
        assert_eq!((f.year, f.status), (Some(2024), Status::Target));
    }

    #[test]
    fn the_unit_a_lists_line_labels_as_its_performer_has_the_lines_numbers() {
        let facts = facts_of(
            "重庆市揭榜挂帅结果公告\n\n榜单一：新能源汽车电驱系统。发榜单位：重庆长安汽车股份有限公司；揭榜单位：重庆大学，支持金额800万元。\n",
        );
        assert_eq!(find(&facts, 800.0, "万元").subject, "重庆大学");
    }

    #[test]
    fn a_size_before_a_named_thing_is_its_size_and_before_an_unnamed_one_no_fact() {
        let facts = facts_of(
            "宁波市科技工作总结\n\n2021年，成立总规模50亿元的宁波国家自主创新示范区科技成果转化基金。总投资8亿元的某机器人项目落户。\n",
        );
        let f = find(&facts, 50.0, "亿元");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("宁波国家自主创新示范区科技成果转化基金", "总规模")
        );
        assert!(!facts.iter().any(|f| f.value == 8.0), "{facts:#?}");
    }

    #[test]
    fn a_sentence_opening_with_a_later_deadline_states_targets() {
        // An undated plan: the deadline makes targets.
        let facts = facts_of("山东省科技创新规划\n\n到2025年，全省研发经费投入强度达到2.7%。\n");
        assert_eq!(find(&facts, 2.7, "%").status, Status::Target, "{facts:#?}");
        // A report dated after the deadline: what was reached by then.
        let facts = facts_of(
            "山东省科技工作总结\n2024年1月10日\n\n到2023年底，全省研发经费投入强度达到2.6%。\n",
        );
        assert_eq!(find(&facts, 2.6, "%").status, Status::Actual, "{facts:#?}");
        // The deadline opens the clause after a colon: what comes before it is no target.
        let facts = facts_of(
            "宁波市2024年科技工作计划\n\n2023年，全市新增孵化器5家。2024年，我局将重点做好以下工作：到2026年，全市研发经费投入强度达到3.2%。\n",
        );
        assert_eq!(find(&facts, 3.2, "%").status, Status::Target, "{facts:#?}");
        assert_eq!(find(&facts, 5.0, "家").status, Status::Actual, "{facts:#?}");
        // Set as a goal, the deadline makes targets even in an undated report.
        let facts = facts_of(
            "合肥市科技创新进展\n\n省政府出台意见，明确到2027年，全市研发投入强度达到3.5%。\n",
        );
        assert_eq!(find(&facts, 3.5, "%").status, Status::Target, "{facts:#?}");
        // So does a deadline whose next clause says what will be done, and the sentences
        // after it in its paragraph that have no year of their own.
        let facts = facts_of(
            "某高新区与研究所签约共建基地\n\n到2027年，基地将累计孵化科技型企业100家以上。全区研发投入强度达到4.5%。\n到2023年底，全区已有孵化器6家。\n",
        );
        let target = find(&facts, 100.0, "家");
        assert_eq!((target.year, target.status), (Some(2027), Status::Target));
        let inherited = find(&facts, 4.5, "%");
        assert_eq!(
            (inherited.year, inherited.status),
            (Some(2027), Status::Target)
        );
        assert_eq!(find(&facts, 6.0, "家").status, Status::Actual, "{facts:#?}");
        // 将 in the deadline's own clause plans too.
        let facts = facts_of(
            "郑州市科技局新闻\n\n按照规划，到2027年中原智能传感技术研究院将累计孵化科技型企业30家。\n",
        );
        assert_eq!(
            find(&facts, 30.0, "家").status,
            Status::Target,
            "{facts:#?}"
        );
    }

    #[test]
    fn the_first_of_a_counted_list_is_no_subject() {
        let facts = facts_of(
            "河南省人民政府工作报告\n2025年1月10日\n\n嵩山实验室、神农种业实验室、黄河实验室等16家省实验室高效运行，新建省中试基地12家。\n",
        );
        for value in [16.0, 12.0] {
            assert_eq!(find(&facts, value, "家").subject, "河南省", "{facts:#?}");
        }
    }

    #[test]
    fn a_past_year_in_a_later_clause_than_the_cue_reports() {
        let facts = facts_of(
            "黑龙江省科学技术厅关于建议的答复\n2025年6月1日\n\n积极争取国家重点研发计划重点专项，2023年至2024年全省单位牵头承担项目19项。预计2024年全省研发投入强度达到1.5%。\n",
        );
        assert_eq!(
            find(&facts, 19.0, "项").status,
            Status::Actual,
            "{facts:#?}"
        );
        assert_eq!(
            find(&facts, 1.5, "%").status,
            Status::Expected,
            "{facts:#?}"
        );
        // The 的 a list leaves before its noun is no part of the indicator.
        let facts = facts_of(
            "大连市科技局通知\n\n全市已集聚大连理工大学、大连海事大学等高校院所的创新平台27个。\n",
        );
        assert_eq!(find(&facts, 27.0, "个").indicator, "创新平台", "{facts:#?}");
    }

    #[test]
    fn funds_won_with_zhengqu_are_reported() {
        let facts = facts_of(
            "信丰县科学技术局2024年工作总结\n\n全年争取上级科技项目资金1860万元，其中获批省级项目1项。\n争取到2025年全县研发投入强度达到1.6%。\n",
        );
        assert_eq!(
            find(&facts, 1860.0, "万元").status,
            Status::Actual,
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 1.6, "%").status, Status::Target, "{facts:#?}");
    }

    #[test]
    fn an_academy_before_an_academicians_name_is_not_measured() {
        let facts = facts_of(
            "包头市科技局2024年工作总结\n\n中国工程院院士王某某工作站落户包头稀土高新区，带动博士以上人才集聚86人。\n",
        );
        assert_ne!(find(&facts, 86.0, "人").subject, "中国工程院", "{facts:#?}");
        // (Nor one that counts academicians: 其中中国科学院院士5人.)
        let facts = facts_of(
            "江苏省院士增选新闻\n\n2023年，江苏省共有11位科学家当选两院院士，其中中国科学院院士5人。\n",
        );
        let f = find(&facts, 5.0, "人");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("江苏省", "中国科学院院士")
        );
    }

    #[test]
    fn a_review_and_plan_title_gives_the_review_year_until_the_plan_opens() {
        let facts = facts_of(
            "宁波市科学技术局2023年工作总结和2024年工作思路\n\n2023年，全市研发投入强度达到3.1%。\n一、平台建设\n全市新引进科研团队12个。\n2024年，我市将重点做好以下工作，新增科研团队15个。\n",
        );
        assert_eq!(find(&facts, 12.0, "个").year, Some(2023), "{facts:#?}");
        let plan = find(&facts, 15.0, "个");
        assert_eq!(
            (plan.year, plan.status),
            (Some(2024), Status::Target),
            "{facts:#?}"
        );
    }

    #[test]
    fn an_institution_opening_a_clause_is_its_subject() {
        let facts = facts_of(
            "宁波市科学技术局\n\n2023年，甬江实验室加快建设，宁波大学新引进科研团队12个。\n",
        );
        assert_eq!(find(&facts, 12.0, "个").subject, "宁波大学", "{facts:#?}");
    }

    #[test]
    fn a_count_in_brackets_counts_nothing_after_them() {
        let facts = facts_of(
            "陕西省科学技术厅\n\n现将2024年第一批省级科技计划项目（共计320项）下达给你们。\n",
        );
        assert!(
            !facts.iter().any(|f| f.indicator.contains("下达")),
            "{facts:#?}"
        );
    }

    #[test]
    fn a_floor_is_no_part_of_the_indicator() {
        let facts = facts_of("杭州市科学技术局\n\n力争全市研发投入占销售收入比例不低于3%。\n");
        let f = find(&facts, 3.0, "%");
        assert_eq!(f.indicator, "研发投入占销售收入比例", "{facts:#?}");
    }

    #[test]
    fn a_plan_states_targets_where_it_names_no_year() {
        let facts = facts_of(
            "山东省科技创新规划\n\n二、重点任务\n组织实施省重点研发计划，每年支持项目200项左右。\n",
        );
        assert_eq!(
            find(&facts, 200.0, "项").status,
            Status::Target,
            "{facts:#?}"
        );
        // A plan for a year: its numbers of that year are targets, of earlier years not.
        let facts = facts_of(
            "2024年河南省科技工作要点\n\n一、主要目标\n2024年，全省技术合同成交额突破1300亿元。2023年，全省技术合同成交额达到1100亿元。\n",
        );
        assert_eq!(
            find(&facts, 1300.0, "亿元").status,
            Status::Target,
            "{facts:#?}"
        );
        assert_eq!(
            find(&facts, 1100.0, "亿元").status,
            Status::Actual,
            "{facts:#?}"
        );
        // Not in a review, even with its plan.
        let facts = facts_of(
            "山东省科学技术厅2023年工作总结和2024年工作思路\n\n全省新认定高新技术企业3215家。\n",
        );
        assert_eq!(
            find(&facts, 3215.0, "家").status,
            Status::Actual,
            "{facts:#?}"
        );
    }

    #[test]
    fn full_width_digits_are_numbers() {
        let facts = facts_of(
            "浙江省科学技术厅\n\n全省研发投入强度达到２．５％，新增高新技术企业１２００家。\n",
        );
        assert_eq!(
            find(&facts, 2.5, "%").indicator,
            "研发投入强度",
            "{facts:#?}"
        );
        find(&facts, 1200.0, "家");
    }

    #[test]
    fn about_so_many_is_the_number_written() {
        let facts = facts_of(
            "宁波市科学技术局\n\n2023年，全市培育企业研究院160多家，集聚高端人才3000余人。\n",
        );
        assert_eq!(
            find(&facts, 160.0, "家").indicator,
            "培育企业研究院",
            "{facts:#?}"
        );
        find(&facts, 3000.0, "人");
    }

    #[test]
    fn a_place_right_before_its_number_breaks_down_the_figure_before() {
        let facts = facts_of(
            "浙江省科学技术厅\n\n2023年，全省新增高新技术企业3000家。其中，杭州市1200家、宁波市800家。\n",
        );
        let f = find(&facts, 800.0, "家");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("宁波市", "高新技术企业")
        );
        assert_eq!(find(&facts, 1200.0, "家").subject, "杭州市", "{facts:#?}");
    }

    #[test]
    fn an_attribution_opens_a_sentence_as_a_time_phrase_does() {
        let facts = facts_of("浙江省科学技术厅\n\n据悉，之江实验室已累计引进科研团队86个。\n");
        assert_eq!(find(&facts, 86.0, "个").subject, "之江实验室", "{facts:#?}");
    }

    #[test]
    fn a_school_in_a_university_s_own_report_is_that_university() {
        let facts = facts_of(
            "宁波大学2024年度科研工作报告\n\n宁波大学聘任浙江大学教授王某为名誉院长。学校牵头承担国家重点研发计划项目3项。\n",
        );
        assert_eq!(find(&facts, 3.0, "项").subject, "宁波大学", "{facts:#?}");
    }

    #[test]
    fn what_is_to_be_funded_is_a_target_and_a_hope_is_expected() {
        let facts = facts_of(
            "厦门市科技局2026年工作通知\n\n2026年，全市拟支持概念验证中心5个。全市营收有望突破5亿元。\n",
        );
        assert_eq!(find(&facts, 5.0, "个").status, Status::Target, "{facts:#?}");
        assert_eq!(
            find(&facts, 5.0, "亿元").status,
            Status::Expected,
            "{facts:#?}"
        );
    }

    #[test]
    fn a_paragraph_turned_to_plans_plans_and_enumerations_end_no_indicator() {
        let facts = facts_of(
            "关于某建议的答复\n\n吉林省科技厅\n\n下一步，我厅将重点推进以下工作：一是谋划建设概念验证中心；三是持续开展对接活动，全年不少于10场；四是推动产值占比由目前的38%提高到50%；五是技术合同成交额达到165亿元。\n",
        );
        let f = find(&facts, 10.0, "场");
        assert_eq!(f.status, Status::Target, "{facts:#?}");
        assert_eq!(find(&facts, 165.0, "亿元").indicator, "技术合同成交额");
        assert_eq!(find(&facts, 38.0, "%").status, Status::Actual);
        assert_eq!(find(&facts, 50.0, "%").status, Status::Target);
    }

    #[test]
    fn already_and_only_end_no_indicator() {
        let facts = facts_of(
            "甘肃省科技厅答复\n\n2025年，平台注册用户已达4.6万人，全省研发机构覆盖率仅为28.4%，开展培训2600场次。\n",
        );
        assert_eq!(
            find(&facts, 4.6, "万人").indicator,
            "平台注册用户",
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 28.4, "%").indicator, "研发机构覆盖率");
        assert_eq!(find(&facts, 2600.0, "场次").indicator, "开展培训");
    }

    #[test]
    fn a_span_of_time_is_no_count() {
        let facts = facts_of(
            "苏州市科技局2025年工作总结\n\n2025年，全市新增孵化器3个，孵化期平均48个月，公示期5个工作日。\n",
        );
        assert!(
            !facts.iter().any(|f| f.value == 48.0 || f.value == 5.0),
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 3.0, "个").indicator, "孵化器");
    }

    #[test]
    fn a_plan_s_table_columns_after_its_own_year_are_targets() {
        let facts = facts_of(
            "绍兴市“十五五”科技创新规划\n\n指标 | 单位 | 2025年 | 2030年\n技术合同成交额 | 亿元 | 410 | 600\n",
        );
        assert_eq!(
            find(&facts, 600.0, "亿元").status,
            Status::Target,
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 410.0, "亿元").status, Status::Actual);
    }

    #[test]
    fn a_founding_year_does_not_date_what_an_institution_has_now() {
        let facts = facts_of(
            "某研究院2025年度报告\n\n2025年，全省研发经费增长8%。\n\n某某研究院设立于2012年，现有研发人员416人。\n",
        );
        assert_eq!(find(&facts, 416.0, "人").year, Some(2025), "{facts:#?}");
    }

    #[test]
    fn a_level_a_later_clause_forecasts_is_of_the_thing_before_and_dates_only_itself() {
        let facts = facts_of(
            "天津市科技创新工作情况\n\n据统计，全市现有高新技术企业1200家，预计2027年将达到1500家。\n",
        );
        let now = find(&facts, 1200.0, "家");
        assert_eq!((now.year, now.status), (None, Status::Actual), "{facts:#?}");
        let later = find(&facts, 1500.0, "家");
        assert_eq!(later.indicator, "高新技术企业", "{facts:#?}");
        assert_eq!((later.year, later.status), (Some(2027), Status::Expected));
    }

    #[test]
    fn the_years_of_a_policys_title_date_no_figure() {
        let facts = facts_of(
            "扬州市科学技术局2024年工作总结\n\n2024年，市政府出台《扬州市科技创新行动计划（2024—2027年）》。全市高新技术企业达到2600家。\n",
        );
        assert_eq!(find(&facts, 2600.0, "家").year, Some(2024), "{facts:#?}");
    }

    #[test]
    fn a_forecasts_year_dates_no_later_sentence_of_what_is_done() {
        let facts = facts_of(
            "湖北科技\n\n湖北省科学技术厅表示，武汉光源预计2030年建成。东湖实验室已引进科研团队40个。\n",
        );
        assert_eq!(find(&facts, 40.0, "个").year, None, "{facts:#?}");
        // A later sentence of the plan keeps it.
        let facts = facts_of(
            "湖北科技\n\n全省研发投入强度预计2027年达到3.2%。技术合同成交额突破5000亿元。\n",
        );
        assert_eq!(find(&facts, 5000.0, "亿元").year, Some(2027), "{facts:#?}");
    }

    #[test]
    fn a_forecast_word_after_what_it_forecasts_forecasts_its_clause_only() {
        let facts = facts_of(
            "江苏省科技创新工作情况\n\n2024年，全省研发投入强度预计达到3.3%，高新技术企业总数达到5.5万家。\n\n2024年，苏州市研发投入预计增长8%，高新技术企业预计新增2000家，技术合同成交额突破1000亿元。\n\n预计全年技术合同成交额达到4000亿元，科技型中小企业突破9万家。\n",
        );
        let status = |value, unit| find(&facts, value, unit).status;
        assert_eq!(status(3.3, "%"), Status::Expected, "{facts:#?}");
        assert_eq!(status(5.5, "万家"), Status::Actual, "{facts:#?}");
        assert_eq!(status(2000.0, "家"), Status::Expected);
        assert_eq!(status(1000.0, "亿元"), Status::Actual);
        // A forecast that opens the sentence forecasts all of it.
        assert_eq!(status(9.0, "万家"), Status::Expected);
    }

    #[test]
    fn an_undated_text_has_the_latest_year_its_body_reports() {
        let facts = facts_of(
            "湖北省武汉市科技创新新闻\n\n2024年，武汉市全社会研发经费投入强度达到3.8%。\n\n全市已引进高端研发机构46家。\n",
        );
        assert_eq!(find(&facts, 46.0, "家").year, Some(2024), "{facts:#?}");
        // (A dated text keeps its date's year.)
        let facts = facts_of(
            "湖北省武汉市科技创新新闻\n（2025年1月6日）\n\n2024年，武汉市全社会研发经费投入强度达到3.8%。\n\n全市已引进高端研发机构46家。\n",
        );
        assert_eq!(find(&facts, 46.0, "家").year, Some(2025), "{facts:#?}");
        // (Not a year looked forward to; nor one an earlier line of history opens with.)
        let facts = facts_of(
            "合肥大科学装置建设新闻\n\n2016年，某装置开工建设。\n\n2024年，合肥已建成大科学装置12个，预计2027年总数将达到15个。\n\n全市转化科技成果860项。\n",
        );
        assert_eq!(find(&facts, 860.0, "项").year, Some(2024), "{facts:#?}");
        // (Nor a year of a plan: after 到, whatever verb leads in; in a sentence that says
        // what will be done; before a clause that does.)
        for plan in [
            "省委印发实施意见，明确到2025年，全省科技特派员总数达到15000名。",
            "下一步，吉林市将依据规划，推动高新技术企业在2025年达到560家。",
            "2025年，吉林市力争高新技术企业突破560家。",
        ] {
            let facts = facts_of(&format!(
                "吉林市科技工作\n\n2023年，全市高新技术企业达到480家。\n全市实施合作项目86项。\n{plan}\n"
            ));
            assert_eq!(
                find(&facts, 86.0, "项").year,
                Some(2023),
                "{plan} {facts:#?}"
            );
        }
        // (But 截至 a year reports it, and so does a clause with the noun 计划.)
        for report in [
            "截至2024年，全市已建成重点实验室12家。",
            "2024年，两地共同实施科技创新合作计划。",
        ] {
            let facts = facts_of(&format!(
                "吉林市科技工作\n\n2023年，全市高新技术企业达到480家。\n全市实施合作项目86项。\n{report}\n"
            ));
            assert_eq!(
                find(&facts, 86.0, "项").year,
                Some(2024),
                "{report} {facts:#?}"
            );
        }
    }

    #[test]
    fn a_bare_head_does_not_refer_to_a_name_whose_last_word_holds_it() {
        let facts = facts_of(
            "重庆市两江新区科技创新新闻\n\n2024年，两江新区研发投入强度达到4.1%。新区持续推进两江协同创新区建设。\n新区还实施“两江英才计划”，2024年新引进高层次人才320人。\n",
        );
        assert_eq!(find(&facts, 320.0, "人").subject, "两江新区", "{facts:#?}");
    }

    #[test]
    fn a_speakers_city_is_its_whole_city_and_a_place_done_to_is_no_subject() {
        let facts = facts_of(
            "江苏省科技工作简报\n\n苏州市科学技术局表示，力争到2025年全市科技型企业达到3000家。2023年，江苏省科学技术厅累计向香港高校开放项目资金3.5亿元。\n",
        );
        assert_eq!(find(&facts, 3000.0, "家").subject, "苏州市", "{facts:#?}");
        assert_eq!(find(&facts, 3.5, "亿元").subject, "江苏省", "{facts:#?}");
    }

    #[test]
    fn a_region_named_in_an_earlier_clause_goes_on_past_the_sentences_first_institution() {
        let facts = facts_of(
            "江苏省科技工作简报\n\n2023年，南京大学发布消息，江苏省共有9家实验室入选，入选数量位居全国第五。\n",
        );
        assert_eq!(find(&facts, 5.0, "名").subject, "江苏省", "{facts:#?}");
    }

    #[test]
    fn the_items_of_a_list_a_deadline_leads_in_keep_its_year() {
        let facts = facts_of(
            "湖北省关于加快建设科技强省的意见\n\n到2027年，全省科技创新能力显著增强。具体目标是：\n（一）全社会研发经费投入强度达到2.8%以上；\n（二）高新技术企业数量达到3.5万家。\n\n2022年，全省技术合同成交额达到2500亿元。\n全省新增科技型企业800家。\n",
        );
        assert_eq!(find(&facts, 2.8, "%").year, Some(2027), "{facts:#?}");
        assert_eq!(find(&facts, 3.5, "万家").year, Some(2027), "{facts:#?}");
        // (Not a paragraph after the list.)
        assert_ne!(find(&facts, 800.0, "家").year, Some(2027), "{facts:#?}");
    }

    #[test]
    fn what_is_already_done_and_an_event_dated_after_its_subject_keep_their_years_to_themselves() {
        let facts = facts_of(
            "湖北省科技工作简报\n（2023年6月12日）\n\n近年来，湖北已建成10家湖北实验室，2022年省财政累计投入专项资金36.5亿元。\n华中科技大学于2022年9月新建研究生院，首批招收研究生600人。武汉大学在校生超过6万人。\n",
        );
        assert_eq!(find(&facts, 10.0, "家").year, Some(2023), "{facts:#?}");
        assert_eq!(find(&facts, 36.5, "亿元").year, Some(2022), "{facts:#?}");
        assert_eq!(find(&facts, 600.0, "人").year, Some(2022), "{facts:#?}");
        assert_eq!(find(&facts, 6.0, "万人").year, Some(2023), "{facts:#?}");
    }

    #[test]
    fn a_sum_broken_down_by_institution_goes_to_each() {
        let facts = facts_of(
            "江西省实验室建设情况\n\n2024年安排江西实验室建设经费1.5亿元。其中中医药实验室6000万元，稀土实验室5000万元，鄱阳湖实验室、井冈山实验室各2000万元。\n分配南昌市3000万元，赣州市1200万元，其余设区市共2800万元。\n",
        );
        for (value, subject) in [(6000.0, "中医药实验室"), (5000.0, "稀土实验室")] {
            let f = find(&facts, value, "万元");
            assert_eq!(
                (f.subject.as_str(), f.indicator.as_str()),
                (subject, "实验室建设经费")
            );
        }
        let shared: Vec<&str> = (facts.iter())
            .filter(|f| f.value == 2000.0)
            .map(|f| f.subject.as_str())
            .collect();
        assert_eq!(shared, ["鄱阳湖实验室", "井冈山实验室"], "{facts:#?}");
        assert_eq!(find(&facts, 3000.0, "万元").subject, "南昌市");
        let f = find(&facts, 1200.0, "万元");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("赣州市", "分配")
        );
        assert!(!facts.iter().any(|f| f.value == 2800.0), "{facts:#?}");
    }

    #[test]
    fn a_government_body_speaks_for_its_own_place() {
        let facts = facts_of(
            "江苏省科学技术厅2024年工作总结\n\n2024年，江苏省科学技术厅安排省级科技项目860项。南京市科学技术局新认定高新技术企业900家。科技部安排中央财政资金2亿元。\n",
        );
        assert_eq!(find(&facts, 860.0, "项").subject, "江苏省", "{facts:#?}");
        assert_eq!(find(&facts, 900.0, "家").subject, "南京市", "{facts:#?}");
        assert_eq!(
            find(&facts, 2.0, "亿元").subject,
            "科学技术部",
            "{facts:#?}"
        );
    }

    #[test]
    fn what_a_government_body_and_a_university_built_is_the_subject() {
        let facts = facts_of(
            "浙江省科技创新动态\n\n杭州市人民政府与浙江大学共建的西湖实验室2024年新增科研项目47项。\n",
        );
        assert_eq!(find(&facts, 47.0, "项").subject, "西湖实验室", "{facts:#?}");
    }

    #[test]
    fn a_bare_head_refers_to_an_institution_of_an_earlier_clause_and_a_bank() {
        let facts = facts_of(
            "广东省科技工作情况\n\n省科技厅持续支持化学与精细化工广东省实验室（汕头）建设，2023年下达省级财政资金1.8亿元，实验室累计引进研发团队27个。\n中国农业银行四川省分行行长张亮介绍，该行2022年科技型企业贷款新增218亿元。\n",
        );
        let f = find(&facts, 27.0, "个");
        assert_eq!(
            f.subject, "化学与精细化工广东省实验室（汕头）",
            "{facts:#?}"
        );
        let f = find(&facts, 218.0, "亿元");
        assert_eq!(f.subject, "中国农业银行四川省分行", "{facts:#?}");
        assert_eq!(f.indicator, "科技型企业贷款", "{facts:#?}");
    }

    #[test]
    fn a_government_body_owns_its_own_budget() {
        let facts = facts_of(
            "江西省科学技术厅2024年部门预算说明\n\n2024年江西省科学技术厅部门支出预算总计9.8亿元，比上年增长4.6%。\n",
        );
        let f = find(&facts, 9.8, "亿元");
        assert_eq!(f.subject, "江西省科学技术厅", "{facts:#?}");
        assert_eq!(f.indicator, "部门支出预算总计", "{facts:#?}");
        assert_eq!(find(&facts, 4.6, "%").subject, "江西省科学技术厅");
    }

    #[test]
    fn an_answer_at_a_press_conference_is_about_what_it_opens_with() {
        let facts = facts_of(
            "江西省科技成果转化新闻发布会\n\n记者问：高校如何服务产业？\n吴小兵答：南昌大学与江铃汽车集团有限公司共同组建了创新联合体，2023年联合攻关项目22项。\n",
        );
        assert_eq!(find(&facts, 22.0, "项").subject, "南昌大学", "{facts:#?}");
    }

    #[test]
    fn a_government_body_opening_the_sentence_is_no_part_of_the_indicator() {
        let facts =
            facts_of("安徽省科技创新工作情况\n\n2024年，安徽省科技厅实施“揭榜挂帅”项目60项。\n");
        let f = find(&facts, 60.0, "项");
        assert_eq!(f.subject, "安徽省", "{facts:#?}");
        assert_eq!(f.indicator, "实施揭榜挂帅项目", "{facts:#?}");
    }

    #[test]
    fn town_and_country_share_out_what_cheng_xiang_lists() {
        let facts = facts_of(
            "安吉县2026年政府工作报告\n\n2025年，城乡居民人均可支配收入分别达到84620元和49870元，分别增长4.9%和6.3%。\n",
        );
        assert_eq!(
            find(&facts, 84620.0, "元").indicator,
            "城镇居民人均可支配收入"
        );
        assert_eq!(
            find(&facts, 49870.0, "元").indicator,
            "农村居民人均可支配收入"
        );
        assert_eq!(
            find(&facts, 6.3, "%").indicator,
            "农村居民人均可支配收入增长",
            "{facts:#?}"
        );
    }

    #[test]
    fn respectively_opening_its_clause_gives_the_changes_of_the_clauses_before() {
        let facts = facts_of(
            "绍兴市科技局2025年工作总结\n\n2025年，全市高新技术企业达到1528家，科技型中小企业入库2864家，分别增长11.6%和18.2%。\n",
        );
        let f = find(&facts, 11.6, "%");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("绍兴市", "高新技术企业增长"),
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 18.2, "%").indicator, "科技型中小企业入库增长");
        // After the year it compares with.
        let facts = facts_of(
            "河南省2026年政府工作报告\n\n2025年，全年获批国家重点研发计划项目63项、国家自然科学基金项目1890项，分别比上年增加9项和146项。\n",
        );
        assert_eq!(
            find(&facts, 146.0, "项").indicator,
            "国家自然科学基金项目比上年增加",
            "{facts:#?}"
        );
        // Not without a change verb after 分别, nor with fewer clauses than numbers.
        let facts = facts_of(
            "绍兴市科技局2025年工作总结\n\n2025年，全市高新技术企业达到1528家，分别占12.6%和18.2%。\n",
        );
        assert_ne!(find(&facts, 12.6, "%").indicator, "高新技术企业增长");
    }

    #[test]
    fn respectively_gives_each_number_to_its_own_subject() {
        // The list that opens the sentence, when 分别's clause has none.
        let facts = facts_of(
            "福建省科学技术厅答复\n\n嘉庚创新实验室、翔安创新实验室已纳入省创新实验室体系，2023年省级财政分别给予经费支持1.5亿元、1亿元。\n",
        );
        let f = find(&facts, 1.0, "亿元");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("翔安创新实验室", "给予经费支持"),
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 1.5, "亿元").subject, "嘉庚创新实验室");
        let facts = facts_of(
            "浙江省科学技术厅\n\n2023年，杭州市、宁波市研发投入强度分别达到3.5%、3.2%。\n",
        );
        let f = find(&facts, 3.2, "%");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("宁波市", "研发投入强度")
        );
        assert_eq!(find(&facts, 3.5, "%").subject, "杭州市", "{facts:#?}");
        let facts = facts_of(
            "四川省科学技术厅\n\n2023年，电子科技大学、西南交通大学分别获奖21项、18项。\n",
        );
        let f = find(&facts, 18.0, "项");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("西南交通大学", "获奖")
        );
        // Ranks listed after one verb, each of its own zone.
        let facts = facts_of(
            "四川省科学技术厅\n\n2023年，成都高新区、绵阳高新区在国家高新区评价中分别位列第5位、第23位。\n",
        );
        let f = find(&facts, 23.0, "名");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("绵阳国家高新技术产业开发区", "国家高新区评价排名"),
            "{facts:#?}"
        );
        // Things listed without entities, each with its number.
        let facts =
            facts_of("安徽省科学技术厅\n\n2023年，全省实验室、技术创新中心分别达到15家、12家。\n");
        assert_eq!(find(&facts, 15.0, "家").indicator, "实验室", "{facts:#?}");
        assert_eq!(find(&facts, 12.0, "家").indicator, "技术创新中心");
    }

    #[test]
    fn a_threshold_that_sets_a_group_apart_is_no_value() {
        let facts = facts_of(
            "安徽省统计局\n\n2023年，研发投入超过10亿元的企业有41家，高等学校经费142.5亿元。\n",
        );
        assert!(!facts.iter().any(|f| f.value == 10.0), "{facts:#?}");
        assert_eq!(
            find(&facts, 41.0, "家").indicator,
            "研发投入超过10亿元的企业有"
        );
        // Person-years are a unit, and the growth after them is theirs.
        let facts =
            facts_of("安徽省统计局\n\n2024年，全省R&D人员全时当量40.3万人年，比上年增长7.9%。\n");
        assert_eq!(
            find(&facts, 40.3, "万人年").indicator,
            "R&D人员全时当量",
            "{facts:#?}"
        );
        assert_eq!(
            find(&facts, 7.9, "%").indicator,
            "R&D人员全时当量比上年增长"
        );
        let facts = facts_of(
            "安徽省统计局\n\n2023年，研发投入超过10亿元的企业有41家，高等学校经费142.5亿元。\n",
        );
        // 等 inside 高等学校 cuts no indicator.
        assert_eq!(find(&facts, 142.5, "亿元").indicator, "高等学校经费");
    }

    #[test]
    fn a_list_without_its_own_indicator_measures_what_the_paragraph_did() {
        let facts = facts_of(
            "安徽省统计局\n\n2024年，合肥市R&D经费投入612.8亿元，占全省比重为43.2%；芜湖市、滁州市分别为186.3亿元和108.5亿元。宿州市、亳州市R&D经费增速均超过20%，分别为23.6%和21.8%。\n",
        );
        let f = find(&facts, 108.5, "亿元");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("滁州市", "R&D经费投入"),
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 186.3, "亿元").subject, "芜湖市");
        let f = find(&facts, 23.6, "%");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("宿州市", "R&D经费增速")
        );
        assert_eq!(find(&facts, 21.8, "%").subject, "亳州市");
        // 均超过20% is the bound the values meet, not a value.
        assert!(!facts.iter().any(|f| f.value == 20.0), "{facts:#?}");
    }

    #[test]
    fn a_later_respectively_gives_its_numbers_to_the_same_list() {
        let facts = facts_of(
            "2024年浙江省科技经费投入统计公报\n\n浙江省统计局\n2025年9月\n\n分设区市看，经费超过300亿元的设区市有3个，分别为杭州市、宁波市和绍兴市，经费分别为1086.5亿元、523.8亿元和308.2亿元。温州市、湖州市研究与试验发展经费分别为281.6亿元、152.4亿元，分别增长13.8%、11.2%。\n",
        );
        for (value, unit, subject) in [
            (1086.5, "亿元", "杭州市"),
            (523.8, "亿元", "宁波市"),
            (308.2, "亿元", "绍兴市"),
            (13.8, "%", "温州市"),
            (11.2, "%", "湖州市"),
        ] {
            let f = find(&facts, value, unit);
            // The bulletin's title names its year; the date under its issuers does not.
            assert_eq!(
                (f.subject.as_str(), f.year),
                (subject, Some(2024)),
                "{value}: {facts:#?}"
            );
        }
        assert_eq!(find(&facts, 13.8, "%").indicator, "研究与试验发展经费增长");
        // A later clause that lists its own entities gives them its numbers.
        let facts = facts_of(
            "晋中市科学技术局2023年工作总结\n\n全市有效期内高新技术企业达到642家。太谷区、介休市分别达到72家和73家，灵石县、平遥县分别为47家和45家。\n",
        );
        assert_eq!(find(&facts, 47.0, "家").subject, "灵石县", "{facts:#?}");
        assert_eq!(find(&facts, 45.0, "家").subject, "平遥县", "{facts:#?}");
    }

    #[test]
    fn a_national_body_that_opens_the_sentence_is_the_subject_of_its_own_numbers() {
        let facts = facts_of(
            "国家自然科学基金委员会公布2024年度评审结果\n\n2024年，国家自然科学基金委员会公布评审结果，共接收申请32.5万项。\n",
        );
        assert_eq!(
            find(&facts, 32.5, "万项").subject,
            "国家自然科学基金委员会",
            "{facts:#?}"
        );
    }

    #[test]
    fn a_part_of_the_year_before_respectively_is_no_indicator() {
        let facts = facts_of(
            "甘肃省科技工作\n\n2024年，兰州高新技术产业开发区、白银高新技术产业开发区上半年分别实现营业收入860亿元和310亿元。\n",
        );
        assert_eq!(
            find(&facts, 860.0, "亿元").indicator,
            "营业收入",
            "{facts:#?}"
        );
        assert_eq!(
            find(&facts, 310.0, "亿元").indicator,
            "营业收入",
            "{facts:#?}"
        );
    }

    #[test]
    fn a_place_that_qualifies_a_quoted_name_is_no_subject() {
        let facts = facts_of(
            "湖南省科技工作\n\n2023年，中车株洲电力机车有限公司承担湖南省“十大技术攻关项目”2项。\n",
        );
        assert_eq!(
            find(&facts, 2.0, "项").subject,
            "中车株洲电力机车有限公司",
            "{facts:#?}"
        );
    }

    #[test]
    fn each_institution_of_a_list_before_jun_or_ge_has_the_number() {
        let facts = facts_of(
            "河南省科技工作\n\n2023年，郑州大学、河南农业大学技术合同成交额均超过5亿元。河南农业大学、河南省农业科学院各获一等奖3项。\n",
        );
        let of = |subject: &str, value: f64| {
            facts
                .iter()
                .find(|f| f.subject == subject && f.value == value)
                .map(|f| f.indicator.as_str())
        };
        assert_eq!(of("郑州大学", 5.0), Some("技术合同成交额"), "{facts:#?}");
        assert_eq!(
            of("河南农业大学", 5.0),
            Some("技术合同成交额"),
            "{facts:#?}"
        );
        assert_eq!(of("河南农业大学", 3.0), Some("获一等奖"), "{facts:#?}");
        assert_eq!(of("河南省农业科学院", 3.0), Some("获一等奖"), "{facts:#?}");
    }

    #[test]
    fn a_list_after_you_closing_the_opening_shares_its_indicator() {
        let facts = facts_of(
            "宁夏回族自治区统计局\n\n2024年，R&D经费投入强度超过全区平均水平的有银川市和石嘴山市，分别为1.88%和2.41%。评价入库企业47家，完成市下达目标任务的117.5%。\n",
        );
        for (value, subject) in [(1.88, "银川市"), (2.41, "石嘴山市")] {
            let f = find(&facts, value, "%");
            assert_eq!(
                (f.subject.as_str(), f.indicator.as_str()),
                (subject, "R&D经费投入强度"),
                "{facts:#?}"
            );
        }
        // 目标任务 is a noun: no target.
        assert_eq!(
            find(&facts, 117.5, "%").status,
            Status::Actual,
            "{facts:#?}"
        );
    }

    #[test]
    fn entities_with_their_numbers_in_brackets_share_the_opening_indicator() {
        let facts = facts_of(
            "安徽省统计局\n\n2024年，R&D经费投入强度超过全省平均水平的市有3个，分别为合肥市（4.72%）、芜湖市（3.85%）和马鞍山市（2.94%）。和顺县、昔阳县同比分别增长33.3%、26.7%。\n",
        );
        let f = find(&facts, 3.85, "%");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("芜湖市", "R&D经费投入强度"),
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 2.94, "%").subject, "马鞍山市");
        // Things listed before 分别 share what the last one measures.
        let facts = facts_of(
            "安徽省统计局\n\n2024年，基础研究、应用研究和试验发展经费所占比重分别为6.2%、8.4%和85.4%。\n",
        );
        assert_eq!(
            find(&facts, 6.2, "%").indicator,
            "基础研究经费所占比重",
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 8.4, "%").indicator, "应用研究经费所占比重");
        assert_eq!(find(&facts, 85.4, "%").indicator, "试验发展经费所占比重");
        let facts = facts_of("安徽省统计局\n\n2024年，和顺县、昔阳县同比分别增长33.3%、26.7%。\n");
        // The change after 分别 joins the indicator before it.
        let f = find(&facts, 26.7, "%");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("昔阳县", "同比增长")
        );
    }

    #[test]
    fn the_rate_of_a_provisions_subsidy_is_no_value() {
        let facts = facts_of(
            "襄阳市科学技术局\n\n对开展知识产权质押融资的企业，给予评估费、担保费等费用50%的补贴。2023年全市质押融资32.6亿元。\n",
        );
        assert!(!facts.iter().any(|f| f.value == 50.0), "{facts:#?}");
        assert_eq!(find(&facts, 32.6, "亿元").subject, "襄阳市");
    }

    #[test]
    fn a_level_named_alone_counts_the_things_of_the_fact_before() {
        let facts = facts_of(
            "黑龙江省科学技术厅\n\n2024年，全省共选派各级科技特派员6850人，其中省级1200人、市级2580人、县级3070人。新增省级以上研发机构12家，其中国家级5家。\n",
        );
        assert_eq!(
            find(&facts, 1200.0, "人").indicator,
            "省级科技特派员",
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 2580.0, "人").indicator, "市级科技特派员");
        assert_eq!(find(&facts, 5.0, "家").indicator, "国家级研发机构");
    }

    #[test]
    fn a_bare_total_counts_the_things_of_the_fact_before() {
        let facts = facts_of(
            "宁波市科学技术局\n\n2023年，全市新认定高新技术企业3215家，总数达到15480家。\n",
        );
        let total = find(&facts, 15480.0, "家");
        assert_eq!(total.indicator, "高新技术企业总数", "{facts:#?}");
    }

    #[test]
    fn a_title_naming_one_year_gives_it_to_the_text() {
        let facts = facts_of(
            "宁波市2023年科技创新工作情况\n\n甬江实验室引进高层次人才团队30个。\n二、2024年工作思路\n力争新增人才团队40个。\n",
        );
        assert_eq!(find(&facts, 30.0, "个").year, Some(2023), "{facts:#?}");
        assert_eq!(find(&facts, 40.0, "个").year, Some(2024), "{facts:#?}");
    }

    #[test]
    fn a_change_in_percentage_points_follows_its_indicator() {
        let facts = facts_of(
            "宁波市科学技术局\n\n2023年，全市高新技术产业增加值占比达到67.5%，较上年提高1.2个百分点。\n",
        );
        let f = find(&facts, 1.2, "个百分点");
        assert_eq!(
            f.indicator, "高新技术产业增加值占比较上年提高",
            "{facts:#?}"
        );
        assert!(!facts.iter().any(|f| f.unit == "个"), "{facts:#?}");
    }

    #[test]
    fn a_clause_naming_its_own_subject_is_not_the_whole_regions() {
        let facts = facts_of(
            "广东省科学技术厅通知\n\n2023年，全省累计认定新型研发机构300家，其中广州市85家、深圳市92家。全省新增高新技术企业3000家，佛山市新增850家。\n",
        );
        assert_eq!(find(&facts, 300.0, "家").subject, "广东省", "{facts:#?}");
        assert_eq!(find(&facts, 85.0, "家").subject, "广州市");
        assert_eq!(find(&facts, 92.0, "家").subject, "深圳市");
        assert_eq!(find(&facts, 850.0, "家").subject, "佛山市");
    }

    #[test]
    fn a_region_of_several_places_opening_a_clause_is_its_subject() {
        let facts =
            facts_of("云南省科学技术厅答复\n\n2023年，滇中城市群研发经费投入达到220亿元。\n");
        let f = find(&facts, 220.0, "亿元");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("滇中城市群", "研发经费投入"),
            "{facts:#?}"
        );
        // Not the city of the sentence before (东北三省 is a region of the lexicon).
        let facts = facts_of(
            "科学技术部答复\n\n支持沈阳、大连建设示范区。2023年，东北三省技术合同成交额达到1630亿元。\n",
        );
        assert_eq!(
            find(&facts, 1630.0, "亿元").subject,
            "东北三省",
            "{facts:#?}"
        );
        // Its later numbers in the sentence too.
        let facts = facts_of(
            "重庆市科学技术局2023年工作总结\n\n2023年，成渝地区双城经济圈技术合同登记成交额达到1150亿元，增长32%。\n",
        );
        assert_eq!(
            find(&facts, 32.0, "%").subject,
            "成渝地区双城经济圈",
            "{facts:#?}"
        );
        // Not one inside a quoted project's name.
        let facts = facts_of(
            "河北省科学技术厅公告\n\n2023年，授予“京津冀协同创新共同体关键技术”等45项成果一等奖。\n",
        );
        assert!(facts.iter().all(|f| f.subject != "京津冀"), "{facts:#?}");
        // A harbour's bare head refers to it.
        let facts = facts_of(
            "陕西省科技工作\n\n中国西部科技创新港位于西咸新区。2023年，创新港获批国家重大科研项目45项。\n",
        );
        assert_eq!(
            find(&facts, 45.0, "项").subject,
            "中国西部科技创新港",
            "{facts:#?}"
        );
    }

    #[test]
    fn a_share_keeps_its_word() {
        let facts = facts_of(
            "深圳市2024年部门预算说明\n\n2024年，全市基础研究支出42.5亿元，占比22.8%。全市高新技术产业增加值占比达到67.5%。\n",
        );
        assert_eq!(
            find(&facts, 22.8, "%").indicator,
            "基础研究支出占比",
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 67.5, "%").indicator, "高新技术产业增加值占比");
        assert_eq!(find(&facts, 42.5, "亿元").indicator, "基础研究支出");
        let facts = facts_of("北京市科技工作总结\n\n2023年，全市研发投入强度保持在6%以上。\n");
        assert_eq!(find(&facts, 6.0, "%").indicator, "研发投入强度");
    }

    #[test]
    fn a_share_of_the_whole_names_what_it_is_of_and_the_whole() {
        let facts = facts_of(
            "宁波市科技统计公报\n\n2023年，全市R&D经费支出510亿元，占全市生产总值的比重为3.0%。\n",
        );
        assert_eq!(
            find(&facts, 3.0, "%").indicator,
            "R&D经费支出占全市生产总值比重",
            "{facts:#?}"
        );
        let facts = facts_of(
            "浙江省科学技术奖励大会\n\n2023年，杭州市获奖数量占全省的45%。浙江省人民政府还授予5名外籍专家西湖友谊奖。\n",
        );
        assert_eq!(find(&facts, 45.0, "%").indicator, "获奖数量占全省比重");
        // A sentence opening with a government body is not about the city before it.
        assert_eq!(find(&facts, 5.0, "名").subject, "浙江省", "{facts:#?}");
    }

    #[test]
    fn counts_of_vehicles_tonnes_visits_and_satellites_are_facts() {
        let facts = facts_of(
            "重庆市2024年经济运行情况\n\n2024年，全市新能源汽车销量达到73.4万辆，接待游客1.56亿人次，服务企业2.8万家次，已发射卫星117颗。\n",
        );
        for (value, unit) in [
            (73.4, "万辆"),
            (1.56, "亿人次"),
            (2.8, "万家次"),
            (117.0, "颗"),
        ] {
            assert_eq!(find(&facts, value, unit).subject, "重庆市", "{facts:#?}");
        }
        // And aircraft, floor areas and energy.
        let facts = facts_of(
            "重庆市2024年经济运行情况\n\n2024年，全市交付飞机11架，新建科研用房1.2万平方米，新增装机容量120万千瓦，年发电量310亿千瓦时。\n",
        );
        for (value, unit) in [
            (11.0, "架"),
            (1.2, "万平方米"),
            (120.0, "万千瓦"),
            (310.0, "亿千瓦时"),
        ] {
            assert_eq!(find(&facts, value, unit).subject, "重庆市", "{facts:#?}");
        }
    }

    #[test]
    fn more_than_so_many_ten_thousands_is_a_count_of_ten_thousands() {
        let facts = facts_of(
            "福建省科学技术厅2023年工作总结\n\n全省累计选认各级科技特派员1.2万余名，培训农民5万多人次，带动投资2亿多元。\n",
        );
        assert_eq!(find(&facts, 1.2, "万名").indicator, "选认各级科技特派员");
        find(&facts, 5.0, "万人次");
        find(&facts, 2.0, "亿元");
        // (Only units of ten thousands that the rules list: 万种 is none.)
        let facts = facts_of("云南省科学技术厅\n\n全省有高等植物1.9万余种。\n");
        assert!(facts.is_empty(), "{facts:#?}");
    }

    #[test]
    fn instruments_machine_hours_and_reached_acres_are_counts() {
        let facts = facts_of(
            "福州市科学技术局2023年工作总结\n\n截至2023年底，全市共享平台已入网仪器1.2万台（套），共享服务机时22万小时，新品种推广面积超过500万亩，新增设备30台(套)。\n",
        );
        assert_eq!(
            find(&facts, 1.2, "万台（套）").subject,
            "福州市",
            "{facts:#?}"
        );
        assert_eq!(find(&facts, 22.0, "万小时").indicator, "共享服务机时");
        assert_eq!(find(&facts, 500.0, "万亩").indicator, "新品种推广面积");
        find(&facts, 30.0, "台(套)");
        // The area a district covers is no indicator of science and technology.
        let facts = facts_of("郑州市科学技术局\n\n建设一座科技城，覆盖面积260平方公里。\n");
        assert!(facts.is_empty(), "{facts:#?}");
    }

    #[test]
    fn a_scope_word_opens_a_clause_cut_at_an_enumeration_comma() {
        let facts = facts_of(
            "合肥市科学技术局2023年工作总结\n\n聚变堆主机关键系统综合研究设施通过工艺验收，全市已建、在建和预研的大科学装置达到12个。\n",
        );
        assert_eq!(find(&facts, 12.0, "个").subject, "合肥市", "{facts:#?}");
    }

    #[test]
    fn the_partners_a_preposition_names_are_no_subject() {
        for text in [
            "上海市科学技术委员会2023年工作总结\n\n2023年，长三角国家技术创新中心已与江苏、安徽、浙江等地共建专业研究所56家。\n",
            "上海市科学技术委员会2023年工作总结\n\n2023年，长三角国家技术创新中心已与江苏省共建专业研究所56家。\n",
        ] {
            let facts = facts_of(text);
            assert_eq!(
                find(&facts, 56.0, "家").subject,
                "长三角国家技术创新中心",
                "{facts:#?}"
            );
        }
    }

    #[test]
    fn the_kind_of_a_listed_agent_is_no_part_of_the_indicator() {
        let facts = facts_of(
            "江苏省科学技术厅通知\n\n2024年，支持南京大学、东南大学等单位实施重大科技示范项目22项。南京大学、东南大学等高校科研机构20家参与。\n",
        );
        assert_eq!(
            find(&facts, 22.0, "项").indicator,
            "实施重大科技示范项目",
            "{facts:#?}"
        );
    }

    #[test]
    fn the_scope_of_those_served_is_no_indicator() {
        let facts =
            facts_of("天津新闻\n\n目前，国家超级计算天津中心已为全国6000余家用户提供计算服务。\n");
        let f = find(&facts, 6000.0, "家");
        assert!(f.indicator.starts_with("用户"), "{facts:#?}");
    }

    #[test]
    fn each_place_of_a_list_has_what_jun_gives_them_all() {
        let facts = facts_of(
            "山东省科技统计\n\n截至2023年底，济南市高新技术企业达到6800家。烟台市、潍坊市高新技术企业均超过2000家。\n",
        );
        let both: Vec<_> = facts.iter().filter(|f| f.value == 2000.0).collect();
        assert_eq!(both.len(), 2, "{facts:#?}");
        assert!(both.iter().any(|f| f.subject == "烟台市"), "{facts:#?}");
        assert!(both.iter().any(|f| f.subject == "潍坊市"), "{facts:#?}");
        assert!(
            both.iter().all(|f| f.indicator == "高新技术企业"),
            "{facts:#?}"
        );
        // The thing may be the clause before's alone.
        let facts = facts_of(
            "福建省科技统计\n\n2023年，全省高新技术企业达到1.3万家，其中福州市、厦门市均超过3000家。\n",
        );
        let both: Vec<_> = facts.iter().filter(|f| f.value == 3000.0).collect();
        assert_eq!(both.len(), 2, "{facts:#?}");
        assert!(
            both.iter().all(|f| f.indicator == "高新技术企业"),
            "{facts:#?}"
        );
    }

    #[test]
    fn a_list_of_places_opening_a_clause_takes_no_earlier_subject() {
        // The share is of the two cities together: of the document's region at most, not
        // of the city of the clause before.
        let facts = facts_of(
            "广西科技统计\n\n2023年，桂林市R&D经费投入20.6亿元，南宁、柳州两市R&D经费投入合计占全区的65.9%。\n",
        );
        let f = find(&facts, 65.9, "%");
        assert_ne!(f.subject, "桂林市", "{facts:#?}");
        assert_eq!(f.indicator, "R&D经费投入占全区比重");
        assert_eq!(find(&facts, 20.6, "亿元").subject, "桂林市");
    }

    #[test]
    fn a_span_of_years_to_come_is_no_part_of_the_indicator() {
        let facts = facts_of(
            "厦门大学新闻\n\n根据协议，宁德时代未来五年将投入5亿元支持联合研究院建设。陕煤集团未来五年将投入研发经费10亿元。\n",
        );
        assert_eq!(find(&facts, 5.0, "亿元").indicator, "投入", "{facts:#?}");
        assert_eq!(find(&facts, 10.0, "亿元").indicator, "投入研发经费");
        assert_eq!(strip_time("今后3年内新增企业"), "新增企业");
        assert_eq!(strip_time("近三年来"), "");
        assert_eq!(strip_time("未来产业"), "未来产业");
    }

    #[test]
    fn the_parts_of_a_text_are_no_fact() {
        let facts = facts_of(
            "政策解读\n\n《若干措施》共5个方面20条。到2027年，全市研发投入强度达到2.8%。\n\n重庆市科学技术局\n2023年8月25日\n",
        );
        assert!(
            !facts.iter().any(|f| f.value < 2.0 || f.value > 3.0),
            "{facts:#?}"
        );
        find(&facts, 2.8, "%");
    }

    #[test]
    fn a_provisions_ceiling_is_no_fact() {
        let facts = facts_of(
            "广州市人民政府办公厅\n\n对符合条件的项目给予最高500万元资助。2023年，全市技术合同成交额达到2000亿元。\n",
        );
        assert!(!facts.iter().any(|f| f.value == 500.0), "{facts:#?}");
        find(&facts, 2000.0, "亿元");
        let facts = facts_of("湖南省科学技术厅\n\n单个项目省财政支持经费不超过1000万元。\n");
        assert!(!facts.iter().any(|f| f.value == 1000.0), "{facts:#?}");
        // A notice's quota of applications.
        let facts = facts_of(
            "湖北省科学技术厅关于组织申报项目的通知\n\n各市州科技局负责组织推荐申报，每个单位限报1项。武汉市推荐项目不超过30项。2023年，全省技术合同成交额达到2000亿元。\n",
        );
        assert!(!facts.iter().any(|f| f.value < 100.0), "{facts:#?}");
        find(&facts, 2000.0, "亿元");
        // A cap on each of anything, without a word of funding.
        let facts = facts_of(
            "嘉兴市科学技术局\n\n每家企业每年使用额度不超过50万元，其中通用部分不超过30万元。\n",
        );
        assert!(facts.is_empty(), "{facts:#?}");
        // Nor is its rate.
        let facts =
            facts_of("南京市人民政府\n\n对新型研发机构，按其上年度研发投入的20%给予奖励。\n");
        assert!(!facts.iter().any(|f| f.value == 20.0), "{facts:#?}");
        // Nor is its rate for each unit.
        let facts =
            facts_of("杭州市科学技术局\n\n市科技局对认定的研发中心给予每家20万元的经费资助。\n");
        assert!(!facts.iter().any(|f| f.value == 20.0), "{facts:#?}");
        // Nor is its rate for each of anything.
        let facts = facts_of("陕西省科学技术厅\n\n省科技厅将对入选队伍给予每支20万元经费支持。\n");
        assert!(!facts.iter().any(|f| f.value == 20.0), "{facts:#?}");
        // Nor is its amount.
        let facts = facts_of("福州市人民政府\n\n对新认定的省级重点实验室，给予100万元补助。\n");
        assert!(!facts.iter().any(|f| f.value == 100.0), "{facts:#?}");
    }

    #[test]
    fn articles_approximations_and_ranges_are_not_values() {
        let facts = facts_of(
            "浙江省科学技术厅\n\n浙江省科技工作情况如下。\n2023年，全省攻克一批关键核心技术，集聚近百家研发机构，各园区聚焦2至3个主导产业。\n",
        );
        assert!(facts.is_empty(), "{facts:#?}");
    }

    #[test]
    fn counts_before_their_noun_take_the_noun_phrase() {
        let facts = facts_of(
            "浙江省科学技术厅\n\n浙江省科技工作情况如下。\n2023年，118个科创强基重大项目完成投资531.15亿元。\n",
        );
        assert_eq!(
            find(&facts, 118.0, "个").indicator,
            "科创强基重大项目完成投资"
        );
        assert_eq!(
            find(&facts, 531.15, "亿元").indicator,
            "科创强基重大项目完成投资"
        );
    }

    #[test]
    fn from_to_sentences_give_each_number_its_year() {
        let facts = facts_of(
            "湖州市人民政府\n\n湖州市科技工作情况如下。\n全市研发投入强度从2015年的2.39%提升到2020年的3.09%；高新技术产业增加值比重从42.1%提升到59.7%。\n",
        );
        assert_eq!(find(&facts, 2.39, "%").year, Some(2015));
        assert_eq!(find(&facts, 3.09, "%").year, Some(2020));
        let f = find(&facts, 42.1, "%");
        assert_eq!(
            (f.year, f.indicator.as_str()),
            (Some(2015), "高新技术产业增加值比重")
        );
        assert_eq!(find(&facts, 59.7, "%").year, Some(2020));
        // A number before another clause's 从 A 到 B is not of its start year.
        let facts = facts_of(
            "陕西省科技工作\n\n三年来，西安高新区集聚科技型企业1.5万家，全省技术合同成交额从2020年的1758亿元增长到2023年的4120亿元。\n",
        );
        assert_ne!(find(&facts, 1.5, "万家").year, Some(2020), "{facts:#?}");
        assert_eq!(find(&facts, 1758.0, "亿元").year, Some(2020));
    }

    #[test]
    fn ranks_name_their_scope_and_reuse_a_generic_indicator() {
        let facts = facts_of(
            "浙江省科学技术厅\n\n浙江省科技工作情况如下。\n2023年，区域创新能力蝉联全国第4，10个城市登上百强榜、数量全国第3。\n",
        );
        let f = find(&facts, 4.0, "名");
        assert_eq!(f.indicator, "区域创新能力全国排名");
        let f = find(&facts, 3.0, "名");
        assert_eq!(f.indicator, "城市登上百强榜全国排名");
    }

    #[test]
    fn an_institution_after_an_opening_connective_is_the_subject() {
        let facts = facts_of(
            "标题\n\n近年来，西南大学承担国家重点研发计划项目28项，获批建设国家重点实验室1个，2023年科研经费到账6.5亿元。\n",
        );
        assert_eq!(find(&facts, 1.0, "个").subject, "西南大学");
        assert_eq!(find(&facts, 6.5, "亿元").subject, "西南大学");
        let facts = facts_of(
            "广东新闻\n\n其中，松山湖材料实验室聚焦新材料领域，已引进和培养高层次人才团队32个，孵化企业56家。\n",
        );
        assert_eq!(find(&facts, 32.0, "个").subject, "松山湖材料实验室");
        assert_eq!(find(&facts, 56.0, "家").subject, "松山湖材料实验室");
    }

    #[test]
    fn counts_joined_by_a_conjunction_count_their_own_nouns() {
        let facts = facts_of(
            "江苏省人才新闻\n\n2023年，共有1350名人才和120个团队入选，累计引进人才1.3万名。\n",
        );
        assert_eq!(find(&facts, 1350.0, "名").indicator, "人才");
        assert_eq!(find(&facts, 1.3, "万名").indicator, "引进人才");
        // A counting verb before the next count ends the noun phrase.
        let facts =
            facts_of("西藏新闻\n\n2023年，北京、上海等17个援藏省市实施科技援藏项目152项。\n");
        assert_eq!(find(&facts, 17.0, "个").indicator, "援藏省市");
    }

    #[test]
    fn a_stop_inside_a_quoted_name_does_not_cut_the_indicator() {
        let facts = facts_of(
            "山东新闻\n\n2023年，中国海洋大学承担“深海和极地关键技术与装备”重点专项项目9项。\n",
        );
        let f = find(&facts, 9.0, "项");
        assert_eq!(f.indicator, "承担深海和极地关键技术与装备重点专项项目");
    }

    #[test]
    fn a_heading_that_turns_to_plans_plans_for_the_documents_year() {
        let facts = facts_of(
            "关于省人大代表建议的答复\n\n一、基本情况\n\n2023年，全省县域高新技术企业达到6820家。\n\n二、下一步工作\n\n（一）深化科技特派员制度。每年选派科技特派员1500名以上。\n\n安徽省科学技术厅\n2024年5月28日\n",
        );
        let f = find(&facts, 6820.0, "家");
        assert_eq!((f.year, f.status), (Some(2023), Status::Actual));
        let f = find(&facts, 1500.0, "名");
        assert_eq!((f.year, f.status), (Some(2024), Status::Target));
    }

    #[test]
    fn an_items_number_and_a_target_word_are_no_part_of_the_indicator() {
        let facts = facts_of(
            "常州市科学技术局2024年度工作总结\n\n2. 新入库国家科技型中小企业9230家，位居全省第四。\n\n确保技术合同成交额超过480亿元。\n",
        );
        assert_eq!(
            find(&facts, 9230.0, "家").indicator,
            "新入库国家科技型中小企业"
        );
        assert_eq!(find(&facts, 480.0, "亿元").indicator, "技术合同成交额");
        assert_eq!(strip_item_number("2.5亿元"), "2.5亿元");
        assert_eq!(strip_item_number("12、新增"), "新增");
    }

    #[test]
    fn a_tag_before_an_institutions_title_leaves_it_the_subject() {
        let facts = facts_of(
            "【年度盘点】青海大学2023年科研工作取得新成绩\n\n全年学校到账科研经费3.86亿元。\n",
        );
        assert_eq!(find(&facts, 3.86, "亿元").subject, "青海大学");
    }

    #[test]
    fn an_institution_written_after_its_place_is_the_subject() {
        let facts = facts_of(
            "江门市人才工作情况\n\n五邑大学引进海外博士团队4个，江门双碳实验室累计集聚科研人员260人。江门双碳实验室承担国家级项目68项。\n",
        );
        assert_eq!(find(&facts, 260.0, "人").subject, "双碳实验室");
        let f = find(&facts, 68.0, "项");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("双碳实验室", "承担国家级项目")
        );
    }

    #[test]
    fn a_five_year_plans_targets_without_a_year_are_for_its_last_year() {
        let facts = facts_of(
            "海南省“十四五”科技创新规划（节选）\n\n第三节 发展目标\n\n全社会研发经费投入强度达到1.2%以上。\n",
        );
        let f = find(&facts, 1.2, "%");
        assert_eq!((f.year, f.status), (Some(2025), Status::Target));
        assert_eq!(five_year_period_end("“十五五”规划"), Some(2030));
        assert_eq!(five_year_period_end("十大工程“十三五”"), Some(2020));
        assert_eq!(five_year_period_end("十五年"), None);
        // A three-year plan's period closing its title leaves it a plan's title.
        let facts = facts_of(
            "苏州市科技创新三年行动方案（2025—2027年）\n\n一、发展目标\n\n到2027年，研发投入强度达到4.4%左右，国家高新技术企业突破2.3万家。\n",
        );
        let f = find(&facts, 4.4, "%");
        assert_eq!((f.year, f.status), (Some(2027), Status::Target));
        assert_eq!(
            without_period("某市行动方案（2025-2027年）"),
            "某市行动方案"
        );
        assert_eq!(without_period("某市规划（节选）"), "某市规划（节选）");
        // An editorial note after the title's closing mark leaves it a plan's title too,
        // and a dash leading a line of a list is no part of the indicator.
        let facts = facts_of(
            "《绵阳市“十四五”科技创新发展规划》节选\n\n二、具体目标\n\n——创新投入持续增加。全市研发经费投入强度稳定在6.5%以上。\n——全市技术合同成交额达到300亿元。\n——全社会研发经费投入强度达到8%以上。\n",
        );
        assert_eq!(find(&facts, 8.0, "%").indicator, "全社会研发经费投入强度");
        let f = find(&facts, 300.0, "亿元");
        assert_eq!(
            (f.indicator.as_str(), f.year, f.status),
            ("技术合同成交额", Some(2025), Status::Target)
        );
        assert_eq!(
            super::super::without_editorial_note("《某规划》节选"),
            "《某规划》"
        );
        // A table's header row names the years of its columns, not of the text below.
        let facts = facts_of(
            "海南省“十四五”科技创新规划（节选）\n\n指标 | 2020年 | 2025年目标\n研发经费投入强度（%） | 0.66 | 1.2\n\n力争新增省重点实验室20家。\n",
        );
        let f = find(&facts, 20.0, "家");
        assert_eq!((f.year, f.status), (Some(2025), Status::Target));
    }

    #[test]
    fn a_heading_of_tasks_plans_and_one_of_their_completion_reviews() {
        let facts = facts_of(
            "赣州市政府工作报告\n\n一、2024年重点任务完成情况\n\n全市高新技术企业达到1562家。\n\n二、2025年主要工作任务\n\n高新技术企业突破1700家。\n",
        );
        let f = find(&facts, 1562.0, "家");
        assert_eq!((f.year, f.status), (Some(2024), Status::Actual));
        let f = find(&facts, 1700.0, "家");
        assert_eq!((f.year, f.status), (Some(2025), Status::Target));
    }

    #[test]
    fn a_clause_opening_with_a_list_of_its_own_is_not_about_the_opener() {
        // A clause opening with a list of its own is not about the sentence's opener, but
        // one that a list's count follows is.
        let facts = facts_of(
            "南京市科技动态\n\n2023年，紫金山实验室建设取得进展，南京大学、东南大学新获批全国重点实验室6家。东湖科学城加快建设，光谷实验室、珞珈实验室等10家湖北实验室高效运行。\n",
        );
        assert_eq!(find(&facts, 6.0, "家").subject, "南京市");
        assert_eq!(find(&facts, 10.0, "家").subject, "东湖科学城");
        // A list closed by 等 and more than its kind before the number is no count of it.
        let facts = facts_of(
            "广东省科技新闻\n\n2023年，中山大学、华南理工大学等单位获奖项目共263项。南沙科学城已集聚中国科学院广州分院、中国科学院南海海洋研究所等科研机构30余家。\n",
        );
        assert_eq!(find(&facts, 263.0, "项").subject, "广东省");
        assert_eq!(find(&facts, 30.0, "家").subject, "南沙科学城");
    }

    #[test]
    fn an_institution_s_own_report_is_about_it() {
        let facts = facts_of(
            "清华大学2023年度科研工作报告\n\n学校与北京市人民政府共建研究中心。全年授权发明专利2560件。\n",
        );
        assert_eq!(find(&facts, 2560.0, "件").subject, "清华大学");
        // Not one of a list in the title.
        let facts = facts_of(
            "广州实验室、某某中心入选国家平台\n\n广州市科学技术局表示，每年安排市财政资金5亿元。\n",
        );
        assert!(
            !facts.iter().any(|f| f.subject == "广州实验室"),
            "{facts:?}"
        );
    }

    #[test]
    fn listed_places_and_designations_shape_the_indicator() {
        // The count of the places a list names is no part of the indicator; an indicator
        // word after it stays whole.
        let facts = facts_of(
            "山东科技动态\n\n2023年，济南、青岛两市高新技术企业分别达到6800家、7400家。长沙、株洲、湘潭三市共同投入资金1.5亿元。\n",
        );
        assert_eq!(find(&facts, 6800.0, "家").indicator, "高新技术企业");
        assert_eq!(find(&facts, 1.5, "亿元").indicator, "共同投入资金");
        // Units designated as something count as what they become.
        let facts = facts_of(
            "浙江省科学技术厅通知\n\n认定杭州某某研究院、宁波某某研究院等35家单位为2023年度省级新型研发机构。\n",
        );
        assert_eq!(find(&facts, 35.0, "家").indicator, "省级新型研发机构");
        let facts = facts_of(
            "浙江省科学技术厅通知\n\n认定某某重点实验室等28家实验室为2023年度浙江省重点实验室。\n",
        );
        assert_eq!(find(&facts, 28.0, "家").indicator, "浙江省重点实验室");
    }

    #[test]
    fn a_bare_head_opening_a_sentence_is_the_entity_named_with_it() {
        let facts = facts_of(
            "辽宁省科技动态\n\n沈阳材料科学国家研究中心与东北大学签署协议。\n\n近年来，中心承担国家重点研发计划项目42项。该实验室已孵化科技企业36家。\n\n2023年，全省技术合同成交额达到1156亿元。\n",
        );
        let f = find(&facts, 42.0, "项");
        assert_eq!(f.subject, "沈阳材料科学国家研究中心");
        assert_eq!(f.indicator, "承担国家重点研发计划项目");
        assert_eq!(find(&facts, 1156.0, "亿元").subject, "辽宁省");
        // No laboratory was named before: the sentence's 实验室 refers to none.
        assert_ne!(find(&facts, 36.0, "家").subject, "沈阳材料科学国家研究中心");
        // 该所 refers to the institute, a bare 所 to none.
        let facts = facts_of(
            "山西省科技动态\n\n中国科学院山西煤炭化学研究所召开会议。近年来，该所联合实施科研项目85项。所属企业新增专利12件。\n",
        );
        assert_eq!(
            find(&facts, 85.0, "项").subject,
            "中国科学院山西煤炭化学研究所"
        );
        assert_ne!(
            find(&facts, 12.0, "件").subject,
            "中国科学院山西煤炭化学研究所"
        );
        // …截至2023年底 is a time phrase: the bare head after it opens the sentence, and its
        // subject goes on after the semicolon.
        let facts = facts_of(
            "季华实验室新闻\n\n季华实验室于2018年组建。截至2023年底，实验室已集聚科研人员2100余人；累计申请专利1850件。\n",
        );
        assert_eq!(find(&facts, 1850.0, "件").subject, "季华实验室");
        // A bare head before a verb of the numbers opens its sentence too, and its subject
        // goes on after the semicolon.
        let facts = facts_of(
            "重庆科技动态\n\n西部（重庆）科学城加快建设。2023年，科学城新增高新技术企业260家；研发投入强度达到4.2%。\n",
        );
        assert_eq!(find(&facts, 4.2, "%").subject, "西部(重庆)科学城");
        // A school is the last university.
        let facts = facts_of(
            "湖北科技动态\n\n华中科技大学与东风汽车集团签署协议。2023年，学校横向科研经费达到18.6亿元。\n",
        );
        assert_eq!(find(&facts, 18.6, "亿元").subject, "华中科技大学");
        // After a speaker's clause.
        let facts = facts_of(
            "广西科技动态\n\n中国—东盟技术转移中心在南宁举办大会。广西壮族自治区科学技术厅介绍，中心已建立工作机制，累计促成技术转移项目1200余项。\n",
        );
        assert_eq!(find(&facts, 1200.0, "项").subject, "中国—东盟技术转移中心");
        // A head of two words (科创中心).
        let facts = facts_of(
            "浙江科技动态\n\n浙江大学杭州国际科创中心通过验收。科创中心位于杭州市萧山区，已引育人才团队60余个。\n",
        );
        assert_eq!(find(&facts, 60.0, "个").subject, "浙江大学杭州国际科创中心");
        let facts = facts_of(
            "兰州市科技动态\n\n兰州大数据科创城位于兰州新区。目前，科创城入驻企业210家。\n",
        );
        let f = find(&facts, 210.0, "家");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("兰州大数据科创城", "入驻企业")
        );
    }

    #[test]
    fn the_institution_of_an_earlier_clause_goes_on_in_the_sentence() {
        let facts = facts_of(
            "湖南省科技动态\n\n7月2日，记者从湖南省科技厅获悉，岳麓山实验室2023年新承担国家级项目46项，获批经费3.2亿元。\n",
        );
        assert_eq!(find(&facts, 3.2, "亿元").subject, "岳麓山实验室");
    }

    #[test]
    fn a_count_after_a_list_of_places_counts_them_all() {
        let facts = facts_of(
            "广西壮族自治区科学技术厅2023年工作总结\n\n2023年，南宁、柳州、桂林3个国家高新区综合实力持续提升。\n",
        );
        assert_eq!(find(&facts, 3.0, "个").subject, "广西壮族自治区");
    }

    #[test]
    fn the_grade_of_an_award_is_part_of_the_indicator() {
        let facts = facts_of(
            "青岛市科技动态\n\n2023年，海尔集团公司、海信集团等企业牵头完成的项目获得青岛市科学技术进步奖一等奖5项。\n",
        );
        let f = find(&facts, 5.0, "项");
        assert!(f.indicator.ends_with("科学技术进步奖一等奖"), "{f:?}");
    }

    #[test]
    fn the_year_of_a_batch_is_no_part_of_the_indicator() {
        let facts = facts_of(
            "山东省科学技术厅关于下达省自然科学基金项目的通知\n\n2024年度省自然科学基金共资助项目2350项。\n",
        );
        assert_eq!(
            find(&facts, 2350.0, "项").indicator,
            "省自然科学基金共资助项目"
        );
    }

    #[test]
    fn what_happened_since_a_founding_is_of_the_documents_year() {
        let facts = facts_of(
            "合肥市科技动态\n2024年5月22日\n\n研究院自2012年成立以来，已孵化企业650家。\n",
        );
        assert_eq!(find(&facts, 650.0, "家").year, Some(2024));
    }

    #[test]
    fn a_numbered_deadline_states_targets() {
        let facts = facts_of(
            "江西省推进高校科技成果转化的若干措施\n2024年6月12日\n\n三、到2025年，全省高校科技成果转化合同金额达到30亿元。\n",
        );
        let f = find(&facts, 30.0, "亿元");
        assert_eq!((f.year, f.status), (Some(2025), Status::Target));
    }

    #[test]
    fn a_number_inside_a_quoted_slogan_is_no_fact() {
        let facts = facts_of(
            "上海市科技工作要点\n\n2024年，市科委将坚持“四个面向”，组织实施重大专项20项。\n",
        );
        assert!(!facts.iter().any(|f| f.value == 4.0), "{facts:?}");
        assert_eq!(find(&facts, 20.0, "项").indicator, "组织实施重大专项");
    }

    #[test]
    fn a_plan_word_inside_a_noun_is_no_cue() {
        let facts = facts_of(
            "贵州省科技创新取得新突破\n\n2023年，全省共实施省级科技计划项目186项，投入资金2.1亿元。\n",
        );
        assert_eq!(find(&facts, 186.0, "项").status, Status::Actual);
        assert_eq!(find(&facts, 2.1, "亿元").status, Status::Actual);
        let facts = facts_of("德清县科技新闻\n\n2023年，全县入选省级人才计划8人。\n");
        assert_eq!(find(&facts, 8.0, "人").status, Status::Actual);
    }

    #[test]
    fn the_past_year_of_a_report_is_the_year_before_it() {
        let facts = facts_of(
            "2024年杭州市政府工作报告\n\n过去一年，我们坚持创新驱动，全市研发投入强度达到3.9%，国家高新技术企业达到1.5万家。\n\n今年主要预期目标是：研发投入强度达到4%左右。\n",
        );
        assert_eq!(find(&facts, 3.9, "%").year, Some(2023));
        assert_eq!(find(&facts, 1.5, "万家").year, Some(2023));
        let f = find(&facts, 4.0, "%");
        assert_eq!((f.year, f.status), (Some(2024), Status::Target));
    }

    #[test]
    fn the_past_year_goes_on_into_the_next_paragraphs_up_to_one_with_its_own_time() {
        let facts = facts_of(
            "2025年山东省政府工作报告\n\n一年来，全省高新技术企业达到3.2万家。\n\n山东大学新获批全国重点实验室4个。\n\n今年，我们将实施重大专项30项。\n\n省科技厅设立引导基金20亿元。\n",
        );
        assert_eq!(find(&facts, 3.2, "万家").year, Some(2024));
        assert_eq!(find(&facts, 4.0, "个").year, Some(2024));
        assert_eq!(find(&facts, 30.0, "项").year, Some(2025));
        assert_eq!(find(&facts, 20.0, "亿元").year, Some(2025));
    }

    #[test]
    fn a_news_dateline_does_not_hide_the_subject_a_sentence_opens_with() {
        let facts = facts_of(
            "滨海园区发展\n\n本报讯（记者 李静）天津滨海—中关村科技园管委会日前发布数据，截至2023年底，园区累计注册企业达4100家。\n",
        );
        assert_eq!(find(&facts, 4100.0, "家").subject, "天津滨海—中关村科技园");
    }

    #[test]
    fn a_rank_among_a_provinces_counties_or_companies_is_read() {
        let facts =
            facts_of("诸暨市科技简报\n\n2023年，诸暨市有效发明专利数量居浙江省县域第2位。\n");
        assert_eq!(find(&facts, 2.0, "名").subject, "诸暨市");
    }

    #[test]
    fn the_city_whose_task_a_county_completes_is_no_subject() {
        let facts = facts_of(
            "海盐县科技简报\n\n2023年，海盐县技术合同登记额6.2亿元，完成嘉兴市下达任务的130%。\n",
        );
        assert_eq!(find(&facts, 130.0, "%").subject, "海盐县");
    }

    #[test]
    fn a_place_dateline_is_no_subject() {
        let facts = facts_of(
            "测试\n\n长沙讯 正泰集团股份有限公司博士后科研工作站正式获批设立，首批进站博士后8人。\n",
        );
        assert_eq!(find(&facts, 8.0, "人").subject, "正泰集团股份有限公司");
    }

    #[test]
    fn a_year_compared_with_dates_nothing() {
        let facts = facts_of(
            "2024年浙江省科技资助情况\n\n与2023年相比，资助项目数增长4.3%，重点项目资助780项。\n",
        );
        assert_eq!(find(&facts, 4.3, "%").year, Some(2024));
        assert_eq!(find(&facts, 780.0, "项").year, Some(2024));
    }

    #[test]
    fn a_pair_of_provinces_opening_a_clause_is_its_subject() {
        let facts = facts_of("科技合作新闻\n\n2023年，川渝两地联合实施攻关项目88个。\n");
        let f = find(&facts, 88.0, "个");
        assert_eq!(
            (f.subject.as_str(), f.indicator.as_str()),
            ("川渝", "联合实施攻关项目")
        );
    }

    #[test]
    fn the_past_year_under_a_heading_of_an_earlier_year_is_that_year() {
        let facts = facts_of(
            "河南省2026年政府工作报告（节选）\n\n一、2025年工作回顾\n\n过去一年，全省技术合同成交额达到1682亿元。\n",
        );
        assert_eq!(find(&facts, 1682.0, "亿元").year, Some(2025), "{facts:#?}");
    }

    #[test]
    fn what_a_body_will_do_is_a_target() {
        let facts = facts_of(
            "湖北省科技工作会议\n\n会议提出，全省将新培育科技型中小企业1万家以上。现将2023年度86个项目予以立项。\n",
        );
        assert_eq!(find(&facts, 1.0, "万家").status, Status::Target);
        assert_eq!(find(&facts, 86.0, "个").status, Status::Actual);
    }

    #[test]
    fn a_bare_total_counts_the_things_counted_before_it() {
        let facts = facts_of(
            "湖北省科技工作会议\n\n2023年，全省新增高新技术企业超过6000家，总数突破2.5万家。\n",
        );
        assert_eq!(find(&facts, 2.5, "万家").indicator, "高新技术企业总数");
    }

    #[test]
    fn the_condition_of_a_provision_is_no_fact() {
        let facts = facts_of(
            "成都市政策措施\n\n二、对年度研发投入超过1亿元的企业，按其增量部分的10%给予补助。全市研发投入达到500亿元。\n",
        );
        assert!(facts.iter().all(|f| f.value != 1.0), "{facts:?}");
        find(&facts, 500.0, "亿元");
    }

    #[test]
    fn a_place_where_something_happens_is_no_subject() {
        let facts = facts_of(
            "浙江省科技新闻\n\n8月1日，浙江省人民政府与某委员会在杭州签署协议，双方共同出资10亿元。\n",
        );
        assert_ne!(find(&facts, 10.0, "亿元").subject, "杭州市");
        let facts =
            facts_of("浙江省科技新闻\n\n在龙港市设立成果转化中心，引进高层次人才团队12个。\n");
        assert_eq!(find(&facts, 12.0, "个").subject, "龙港市");
        // Nor is one that opens an unknown name (首批广东省实验室).
        let facts = facts_of(
            "东莞市科技新闻\n\n2023年，某实验室入选首批广东省实验室，高校与企业共建研发平台超过200个。\n",
        );
        assert_eq!(find(&facts, 200.0, "个").subject, "东莞市");
    }

    #[test]
    fn a_plan_period_gives_its_years() {
        let facts = facts_of(
            "湖州市科技创新规划\n\n“十三五”时期，全市研发经费支出占地区生产总值比重由2.23%提高到3.01%，高新技术企业数量由312家增加到1385家。\n",
        );
        assert_eq!(find(&facts, 2.23, "%").year, Some(2015));
        assert_eq!(find(&facts, 3.01, "%").year, Some(2020));
        assert_eq!(find(&facts, 312.0, "家").year, Some(2015));
        let f = find(&facts, 1385.0, "家");
        assert_eq!(
            (f.year, f.indicator.as_str()),
            (Some(2020), "高新技术企业数量")
        );
        let facts = facts_of("湖州市科技新闻\n\n到“十四五”末，全市高新技术企业达到3000家。\n");
        assert_eq!(find(&facts, 3000.0, "家").year, Some(2025));
        // A plan's title names no period of the text.
        let facts =
            facts_of("湖州市科技新闻\n\n2023年，《某市“十四五”规划》实施，全市新增企业30家。\n");
        assert_eq!(find(&facts, 30.0, "家").year, Some(2023));
    }

    #[test]
    fn a_subject_goes_on_after_a_semicolon() {
        let facts = facts_of(
            "浙江省某地新闻\n\n2023年，鹃湖科技城实现规上工业增加值58.3亿元，同比增长12.6%；新增高新技术企业35家，累计达到168家。海宁市高新技术产业增加值占比达到72.5%。\n",
        );
        assert_eq!(find(&facts, 35.0, "家").subject, "鹃湖科技城");
        assert_eq!(find(&facts, 168.0, "家").subject, "鹃湖科技城");
        assert_eq!(find(&facts, 72.5, "%").subject, "海宁市");
        // Not past the semicolon's own subject, nor into the next sentence.
        let facts = facts_of(
            "浙江省某地新闻\n\n2023年，鹃湖科技城实现规上工业增加值58.3亿元；海宁市新增高新技术企业35家。新增发明专利120件。\n",
        );
        assert_eq!(find(&facts, 35.0, "家").subject, "海宁市");
        assert_ne!(find(&facts, 120.0, "件").subject, "鹃湖科技城");
    }

    #[test]
    fn a_rank_written_with_its_verb_ranks_the_phrase_before_it() {
        let facts = facts_of(
            "标题\n\n5月22日，某部火炬中心公布2023年国家高新区评价结果，苏州工业园区位列第4位，南京高新区位列第11位。\n",
        );
        let f = find(&facts, 4.0, "名");
        assert_eq!(f.subject, "苏州工业园区");
        assert!(f.indicator.contains("国家高新区评价"), "{}", f.indicator);
        assert!(f.indicator.ends_with("排名"), "{}", f.indicator);
        let f = find(&facts, 11.0, "名");
        assert!(!f.indicator.ends_with("排名排名"), "{}", f.indicator);
        // What 在…中 names is ranked; the count inside it is no fact.
        let facts = facts_of("标题\n\n合肥高新区在全国178家国家高新区综合评价中位列第7位。\n");
        let f = find(&facts, 7.0, "名");
        assert_eq!(f.indicator, "国家高新区综合评价排名");
        assert!(facts.iter().all(|f| f.value != 178.0), "{facts:?}");
        // A place between the verb and 第 scopes the rank.
        let facts =
            facts_of("德清县科技工作总结\n\n2023年，全县研发投入强度达到3.45%，居湖州市第1位。\n");
        let f = find(&facts, 1.0, "名");
        assert_eq!(f.indicator, "研发投入强度排名");
        let facts =
            facts_of("长兴县科技工作总结\n\n2023年，全县研发投入强度达到3.35%，列全市第二。\n");
        assert_eq!(find(&facts, 2.0, "名").indicator, "研发投入强度全市排名");
        let facts = facts_of("苏州新闻\n\n苏州工业园区综合评价位列国家级高新区第四名。\n");
        assert_eq!(find(&facts, 4.0, "名").indicator, "综合评价排名");
        // 第一方阵 is no rank.
        let facts = facts_of("标题\n\n2023年，苏州工业园区位居第一方阵。\n");
        assert!(facts.is_empty(), "{facts:?}");
    }

    #[test]
    fn the_paragraph_topic_is_the_subject_and_next_steps_drop_its_years() {
        let facts = facts_of(
            "浙江省科学技术厅\n\n发文日期: 2024-07-15\n\n浙江省科技工作情况如下。\n我厅重视龙港市科技创新工作。2023年，新增高新技术企业35家。下步，力争全年开展帮扶活动不少于300次。\n",
        );
        let f = find(&facts, 35.0, "家");
        assert_eq!((f.subject.as_str(), f.year), ("龙港市", Some(2023)));
        let f = find(&facts, 300.0, "次");
        assert_eq!(
            (f.subject.as_str(), f.year, f.status),
            ("龙港市", Some(2024), Status::Target)
        );
    }

    #[test]
    fn the_document_date_gives_the_year_when_the_text_does_not() {
        let doc = Document::from_text(
            "t.txt",
            "某地新闻\n\n  2024-04-29 17:21:12  某报\n\n嘉兴市已累计引进创新载体12家。\n",
        );
        assert_eq!(document_year(&doc), Some(2024));
        let facts =
            facts_of("某地新闻\n\n  2024-04-29 17:21:12  某报\n\n嘉兴市已累计引进创新载体12家。\n");
        let f = find(&facts, 12.0, "家");
        assert_eq!((f.subject.as_str(), f.year), ("嘉兴市", Some(2024)));
        assert_eq!(f.indicator, "引进创新载体");
    }

    #[test]
    fn a_five_year_plans_task_heading_plans_for_the_periods_end() {
        let facts = facts_of(
            "惠州市科技创新“十四五”规划\n\n一、发展基础\n\n2020年，全市高新技术企业数量达到1830家。\n\n三、重点任务\n\n每年实施市级重点领域研发项目不少于30项。\n",
        );
        let f = find(&facts, 1830.0, "家");
        assert_eq!((f.year, f.status), (Some(2020), Status::Actual));
        let f = find(&facts, 30.0, "项");
        assert_eq!((f.year, f.status), (Some(2025), Status::Target));
    }

    #[test]
    fn a_short_lead_in_that_opens_with_its_year_and_jiang_plans() {
        let facts = facts_of(
            "某市科学技术局2024年工作总结和2025年工作思路\n\n一、2024年主要工作\n\n全年新增国家高新技术企业312家。\n\n三、2025年工作思路\n\n2025年，重庆市将坚持融合发展，重点抓好以下工作：\n\n壮大科技企业集群。实施高新技术企业“倍增计划”，全年新增高新技术企业300家以上。\n",
        );
        let f = find(&facts, 312.0, "家");
        assert_eq!((f.year, f.status), (Some(2024), Status::Actual));
        let f = find(&facts, 300.0, "家");
        assert_eq!((f.year, f.status), (Some(2025), Status::Target));
    }

    #[test]
    fn a_count_before_its_noun_counts_the_noun_not_what_it_did() {
        let facts = facts_of(
            "四川省科技工作\n\n截至2023年底，四家实验室累计集聚科研人员2100余人。\n\n目前，全省12所高校均已设立技术转移机构。\n",
        );
        assert_eq!(find(&facts, 4.0, "家").indicator, "实验室");
        assert_eq!(find(&facts, 2100.0, "人").indicator, "集聚科研人员");
        assert_eq!(find(&facts, 12.0, "所").indicator, "高校");
    }

    #[test]
    fn a_letter_is_dated_by_the_date_under_its_signature() {
        let text = "关于某建议的答复\n\n某代表：\n\n三、下一步工作计划\n\n每年组织实施不少于20项攻关项目。\n\n某省科学技术厅\n2024年6月18日\n\n（联系人：刘某某，联系电话：020-8316XXXX）\n";
        assert_eq!(
            document_year(&Document::from_text("t.txt", text)),
            Some(2024)
        );
        // A date inside the last sentence, below the top, is no signature's.
        let text = format!(
            "某地新闻\n\n{}\n该中心于2021年3月5日揭牌。\n",
            "该中心建设有序推进。".repeat(50)
        );
        assert_eq!(document_year(&Document::from_text("t.txt", &text)), None);
    }

    #[test]
    fn a_source_address_dates_the_document_by_its_path_or_file_name() {
        for (address, year) in [
            (
                "https://www.example.gov.cn/art/2023/8/2/art_1.html",
                Some(2023),
            ),
            ("https://news.example.com/2023/1026/xm.html", Some(2023)),
            ("https://www.example.gov.cn/jsnj/2024/0408.html", Some(2024)),
            ("https://www.example.gov.cn/show-2024.html", None),
        ] {
            let doc = Document::from_text("t.txt", format!("source: {address}\n\n某地新闻\n"));
            assert_eq!(document_year(&doc), year, "{address}");
        }
    }

    proptest::proptest! {
        /// The year of the first date is the one [`DATE`]'s leftmost match captures, on
        /// texts of digits (ASCII and full-width), date separators and other characters.
        #[test]
        fn the_first_date_year_is_the_date_regexs(
            text in "([0-9]|[0-9]{4}|19|20|２|[-/. \n]|年|月|日|号|x|中){0,40}",
        ) {
            let expected = DATE.captures(&text).and_then(|c| c[1].parse::<i32>().ok());
            proptest::prop_assert_eq!(first_date_year(&text), expected);
        }
    }

    #[test]
    fn dates_after_digits_and_at_the_start_are_told_apart() {
        for (text, year) in [
            ("2024-05-06", Some(2024)),
            ("12024-05-06 x2023-01-02", Some(2023)),
            ("发布于2019年3月5日", Some(2019)),
            ("１2020-01-01", None),
            ("２０２０年", None),
            ("20２0-01-01", None),
        ] {
            let expected = DATE.captures(text).and_then(|c| c[1].parse::<i32>().ok());
            assert_eq!(expected, year, "{text}");
            assert_eq!(first_date_year(text), year, "{text}");
        }
    }

    #[test]
    fn numbers_parse() {
        assert_eq!(parse_number("3.15"), Some(3.15));
        assert_eq!(parse_number("1,200"), Some(1200.0));
        assert_eq!(parse_number("十二"), Some(12.0));
        assert_eq!(parse_number("二十六"), Some(26.0));
        assert_eq!(parse_number("三百"), Some(300.0));
        assert_eq!(parse_number("两"), Some(2.0));
        assert_eq!(parse_number("x"), None);
        assert_eq!(parse_number("１２．５"), Some(12.5));
    }

    #[test]
    fn an_institution_opening_the_sentence_is_its_subject() {
        let facts = facts_of(
            "长沙市科学技术局\n\n2023年科技工作总结如下。\n2023年，岳麓山实验室启动建设3个平台。\n",
        );
        let f = find(&facts, 3.0, "个");
        assert_eq!(f.subject.as_str(), "岳麓山实验室");
    }

    #[test]
    fn a_count_after_a_counting_verb_counts_the_phrase_after_it() {
        let facts = facts_of(
            "湖南省科学技术厅\n\n2024年工作安排如下。\n抓好15个省级创新试点，以专项方式支持8所高校开展试点。\n",
        );
        assert_eq!(find(&facts, 15.0, "个").indicator, "省级创新试点");
        assert_eq!(find(&facts, 8.0, "所").indicator, "高校开展试点");
        // So does one after a verb that selects.
        let facts = facts_of(
            "苏州市科技工作情况\n\n市人才办确定214个项目为2024年度领军人才计划入选项目。\n",
        );
        assert_eq!(find(&facts, 214.0, "个").indicator, "项目", "{facts:#?}");
    }

    #[test]
    fn a_zones_own_report_is_about_the_zone() {
        let facts = facts_of(
            "温州高新区2023年工作总结\n\n2023年，我区实现工业总产值120亿元，新增高新技术企业15家。\n",
        );
        let f = find(&facts, 120.0, "亿元");
        assert_eq!(f.subject.as_str(), "温州国家高新技术产业开发区");
        assert_eq!(
            find(&facts, 15.0, "家").subject.as_str(),
            "温州国家高新技术产业开发区"
        );
        // So is the report of its committee.
        let facts = facts_of(
            "武汉东湖新技术开发区管委会2023年工作情况\n\n2023年，东湖高新区实现地区生产总值2800亿元。新增高新技术企业1500家。\n",
        );
        assert_eq!(find(&facts, 1500.0, "家").subject, "武汉东湖新技术开发区");
        // 全市 is still the city, never the zone.
        let facts = facts_of("温州高新区2023年工作总结\n\n2023年，全市新增高新技术企业900家。\n");
        assert!(
            !facts
                .iter()
                .any(|f| f.value == 900.0 && f.subject.ends_with("开发区")),
            "{facts:?}"
        );
    }

    #[test]
    fn a_fund_is_the_subject_of_its_size() {
        let facts = facts_of(
            "湖南省科学技术厅\n\n2024年工作安排如下。\n推进湖南省科技成果转化引导基金扩募，力争规模达30亿元，新增项目12个。\n",
        );
        let f = find(&facts, 30.0, "亿元");
        assert_eq!(f.subject.as_str(), "湖南省科技成果转化引导基金");
        // A count in the same sentence is the region's.
        let f = find(&facts, 12.0, "个");
        assert_eq!(f.subject.as_str(), "湖南省");
    }
}
