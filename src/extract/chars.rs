//! Sets of characters read from regex classes, each character looked up in one step.

use regex_syntax::hir::{Class, ClassUnicode, HirKind};
use std::ops::Range;

/// A set of characters given by a regex class: those of the Basic Multilingual Plane
/// (where Chinese text is) as a bitmap, the others by a search of the class's ranges.
#[derive(Clone, Debug)]
pub(crate) struct CharSet {
    /// One bit for each character below U+10000.
    bmp: Vec<u64>,
    /// The class's ranges, sorted.
    ranges: Vec<(char, char)>,
}

impl CharSet {
    /// The set of a class of the regex syntax.
    pub(crate) fn new(class: &ClassUnicode) -> Self {
        let ranges: Vec<(char, char)> = class.iter().map(|r| (r.start(), r.end())).collect();
        let mut bmp = vec![0u64; 0x10000 / 64];
        for &(low, high) in ranges.iter().filter(|(low, _)| u32::from(*low) < 0x10000) {
            let (low, high) = (
                u32::from(low) as usize,
                u32::from(high).min(0xFFFF) as usize,
            );
            let mut c = low;
            while c <= high {
                if c % 64 == 0 && c + 63 <= high {
                    bmp[c / 64] = u64::MAX;
                    c += 64;
                } else {
                    bmp[c / 64] |= 1 << (c % 64);
                    c += 1;
                }
            }
        }
        Self { bmp, ranges }
    }

    /// The set a class (`\d`, `\s`, `[\p{Han}0-9]`) means in the regex syntax.
    pub(crate) fn perl(escape: &str) -> Self {
        let hir = regex_syntax::parse(escape).expect("a class escape");
        let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
            panic!("{escape} is not a Unicode class");
        };
        Self::new(class)
    }

    /// The class's ranges, sorted.
    pub(crate) fn ranges(&self) -> &[(char, char)] {
        &self.ranges
    }

    /// The end of the run of members of the set in `s` from byte `at` (`at` itself, told
    /// at once, when the character there is not one: after most numbers).
    pub(crate) fn run_end(&self, s: &str, at: usize) -> usize {
        match s[at..].chars().next() {
            Some(c) if self.contains(c) => run_end(s, at, |c| self.contains(c)),
            _ => at,
        }
    }

    /// Whether `c` is in the set.
    pub(crate) fn contains(&self, c: char) -> bool {
        let code = u32::from(c) as usize;
        if code < 0x10000 {
            return self.bmp[code / 64] & (1 << (code % 64)) != 0;
        }
        self.ranges
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

/// The greatest character boundary of `s` at or before byte `at` (≤ `s.len()`); the
/// standard library's `floor_char_boundary` is newer than this crate's minimum Rust.
pub(crate) fn floor_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The least character boundary of `s` at or after byte `at` (≤ `s.len()`).
pub(crate) fn ceil_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The bounds of the line around `range` in `text` (without its line feeds), if the line
/// spans at most `max` bytes. Only `max` bytes on either side are read: a document may be
/// one long line.
pub(crate) fn short_line(text: &str, range: Range<usize>, max: usize) -> Option<Range<usize>> {
    let window_start = floor_boundary(text, range.start.saturating_sub(max));
    let line_start = match text[window_start..range.start].rfind('\n') {
        Some(i) => window_start + i + 1,
        None if window_start == 0 => 0,
        None => return None,
    };
    let window_end = floor_boundary(text, (range.end + max).min(text.len()));
    let line_end = match text[range.end..window_end].find('\n') {
        Some(i) => range.end + i,
        None if window_end == text.len() => text.len(),
        None => return None,
    };
    (line_end - line_start <= max).then_some(line_start..line_end)
}

/// The end of the run of characters of `s` from byte `at` that `in_run` accepts.
pub(crate) fn run_end(s: &str, at: usize, in_run: impl Fn(char) -> bool) -> usize {
    s[at..]
        .char_indices()
        .find(|&(_, c)| !in_run(c))
        .map_or(s.len(), |(i, _)| at + i)
}

/// `words` grouped by their first character, each group in the order of `words`, the
/// groups sorted by the character (for a binary search); empty words are left out.
pub(crate) fn by_first_char(words: &[String]) -> Vec<(char, Vec<String>)> {
    let mut groups: Vec<(char, Vec<String>)> = Vec::new();
    for word in words {
        let Some(first) = word.chars().next() else {
            continue;
        };
        match groups.iter_mut().find(|(c, _)| *c == first) {
            Some((_, group)) => group.push(word.clone()),
            None => groups.push((first, vec![word.clone()])),
        }
    }
    groups.sort_by_key(|(c, _)| *c);
    groups
}

/// Whether `s` holds one of `chars` (at most three): what `s.contains(chars)` tells
/// ([`find_any`]).
pub(crate) fn holds_any(s: &str, chars: &[char]) -> bool {
    find_any(s, chars).is_some()
}

/// Where the first of `chars` (at most three) in `s` begins: what `s.find(chars)` tells,
/// found by the characters' last UTF-8 bytes with `memchr` instead of decoding `s`
/// character by character (a Chinese character's last byte is one of 64, so few places
/// are checked).
pub(crate) fn find_any(s: &str, chars: &[char]) -> Option<usize> {
    let words = CharWords::new(chars);
    let bytes = s.as_bytes();
    memchr::memchr3_iter(words.last(0), words.last(1), words.last(2), bytes)
        .find_map(|at| words.ending_at(bytes, at))
}

/// Where the last of `chars` (at most three) in `s` begins: what `s.rfind(chars)` tells
/// ([`find_any`]).
pub(crate) fn rfind_any(s: &str, chars: &[char]) -> Option<usize> {
    let words = CharWords::new(chars);
    let bytes = s.as_bytes();
    memchr::memrchr3_iter(words.last(0), words.last(1), words.last(2), bytes)
        .find_map(|at| words.ending_at(bytes, at))
}

/// One to three characters in UTF-8, for [`find_any`] and [`rfind_any`].
struct CharWords {
    buffers: [[u8; 4]; 3],
    lengths: [usize; 3],
    count: usize,
}

impl CharWords {
    fn new(chars: &[char]) -> Self {
        assert!((1..=3).contains(&chars.len()), "one to three characters");
        let mut words = Self {
            buffers: [[0; 4]; 3],
            lengths: [0; 3],
            count: chars.len(),
        };
        for (i, c) in chars.iter().enumerate() {
            words.lengths[i] = c.encode_utf8(&mut words.buffers[i]).len();
        }
        words
    }

    fn word(&self, i: usize) -> &[u8] {
        &self.buffers[i][..self.lengths[i]]
    }

    /// The last byte of character `i` (of the first for an index past the characters).
    fn last(&self, i: usize) -> u8 {
        let word = self.word(if i < self.count { i } else { 0 });
        word[word.len() - 1]
    }

    /// Where the character ending at byte `at` of `bytes` begins, if it is one of these.
    fn ending_at(&self, bytes: &[u8], at: usize) -> Option<usize> {
        (0..self.count).find_map(|i| start_if_ends_at(bytes, self.word(i), at))
    }
}

/// Where the first occurrence of `word` in `s` starts: what `s.find(word)` tells, found by
/// the word's last byte with `memchr`, without the set-up of a substring searcher (which
/// costs more than the search in a short Chinese text).
pub(crate) fn find_word(s: &str, word: &str) -> Option<usize> {
    let (bytes, word) = (s.as_bytes(), word.as_bytes());
    let Some(&last) = word.last() else {
        return Some(0);
    };
    memchr::memchr_iter(last, bytes).find_map(|at| start_if_ends_at(bytes, word, at))
}

/// Where the last occurrence of `word` in `s` starts: what `s.rfind(word)` tells, found as
/// [`find_word`] finds the first.
pub(crate) fn rfind_word(s: &str, word: &str) -> Option<usize> {
    let (bytes, word) = (s.as_bytes(), word.as_bytes());
    let Some(&last) = word.last() else {
        return Some(s.len());
    };
    memchr::memrchr_iter(last, bytes).find_map(|at| start_if_ends_at(bytes, word, at))
}

/// Where `word` starts if it ends at byte `at` (inclusive) of `bytes`.
fn start_if_ends_at(bytes: &[u8], word: &[u8], at: usize) -> Option<usize> {
    bytes[..=at].ends_with(word).then(|| at + 1 - word.len())
}

/// Whether `s` holds `word`: what `s.contains(word)` tells, found as [`find_word`] finds it.
pub(crate) fn holds(s: &str, word: &str) -> bool {
    find_word(s, word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The set agrees with the class on every character.
    #[test]
    fn sets_hold_what_their_classes_hold() {
        for pattern in [r"\d", r"\s", r"[\p{Han}A-Za-z0-9()（）]", r"[^“”\n]"] {
            let hir = regex_syntax::parse(pattern).unwrap();
            let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
                panic!("{pattern}");
            };
            let set = CharSet::new(class);
            let regex = regex::Regex::new(&format!("^{pattern}$")).unwrap();
            for c in (0..=0x10FFFF).filter_map(char::from_u32).step_by(7) {
                assert_eq!(
                    set.contains(c),
                    regex.is_match(&c.to_string()),
                    "{pattern} {c:?}"
                );
            }
        }
    }

    /// `find_word`, `rfind_word` and `holds` tell what `str`'s `find`, `rfind` and
    /// `contains` tell.
    #[test]
    fn word_searches_are_those_of_str() {
        let texts = [
            "",
            "以来",
            "今年以来，以来",
            "x以来y",
            "以",
            "来以",
            "abcab",
            "截至目前目前",
        ];
        for text in texts {
            for word in ["以来", "目前", "ab", "b", "来", ""] {
                assert_eq!(find_word(text, word), text.find(word), "{text} {word}");
                assert_eq!(rfind_word(text, word), text.rfind(word), "{text} {word}");
                assert_eq!(holds(text, word), text.contains(word), "{text} {word}");
            }
        }
    }

    /// `holds_any`, `find_any` and `rfind_any` tell what `str`'s `contains`, `find` and
    /// `rfind` tell.
    #[test]
    fn holds_any_is_contains() {
        let texts = [
            "",
            "到2025年",
            "至",
            "截至目前，",
            "abc至",
            "到",
            "x",
            "一二三",
            "２０２５",
        ];
        let sets: [&[char]; 5] = [
            &['到', '至'],
            &['至'],
            &['，', '；', '：'],
            &['a', '至'],
            &['０'],
        ];
        for text in texts {
            for set in sets {
                assert_eq!(holds_any(text, set), text.contains(set), "{text} {set:?}");
                assert_eq!(find_any(text, set), text.find(set), "{text} {set:?}");
                assert_eq!(rfind_any(text, set), text.rfind(set), "{text} {set:?}");
            }
        }
    }
}
