//! Lexicons: named entities with their aliases, read from TSV files, and the
//! [`Gazetteer`] that finds their surface forms in text (Aho-Corasick, leftmost-longest).

use crate::error::{Error, Result};
use crate::model::EntityType;
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;
use std::path::Path;
use std::sync::OnceLock;

/// The lexicons embedded as defaults: `(file name, contents)`.
pub const BUILTIN: [(&str, &str); 7] = [
    ("places.tsv", include_str!("../data/lexicon/places.tsv")),
    ("regions.tsv", include_str!("../data/lexicon/regions.tsv")),
    ("zones.tsv", include_str!("../data/lexicon/zones.tsv")),
    (
        "organizations.tsv",
        include_str!("../data/lexicon/organizations.tsv"),
    ),
    ("programs.tsv", include_str!("../data/lexicon/programs.tsv")),
    ("policies.tsv", include_str!("../data/lexicon/policies.tsv")),
    (
        "facilities.tsv",
        include_str!("../data/lexicon/facilities.tsv"),
    ),
];

/// One lexicon line: a real entity with its canonical name and aliases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconEntry {
    /// Canonical name.
    pub name: String,
    /// Fine type.
    pub entity_type: EntityType,
    /// Other surface forms.
    pub aliases: Vec<String>,
    /// Canonical name of the containing place or parent organization.
    pub parent: Option<String>,
    /// GB/T 2260 code (administrative regions).
    pub code: Option<String>,
    /// Year the entity came into being.
    pub since: Option<i32>,
}

impl LexiconEntry {
    /// The administrative level from the GB/T 2260 code: 1 province, 2 prefecture,
    /// 3 county, 4 below; `None` without a code.
    pub fn admin_level(&self) -> Option<u8> {
        let code = self.code.as_deref()?;
        Some(if code.len() > 6 {
            4
        } else if code.ends_with("0000") {
            1
        } else if code.ends_with("00") {
            2
        } else {
            3
        })
    }
}

/// A set of lexicon entries, indexed by name.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: Vec<LexiconEntry>,
    by_name: FxHashMap<String, Vec<usize>>,
    /// Each entry's [`Lexicon::parent_index`], worked out once when first asked for (and
    /// forgotten when an entry is added).
    parents: OnceLock<Vec<Option<usize>>>,
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Self {
        Self::default()
    }

    /// The embedded default lexicons.
    pub fn builtin() -> Self {
        let mut lexicon = Self::new();
        for (name, text) in BUILTIN {
            lexicon
                .add_tsv(&format!("builtin:{name}"), text)
                .expect("embedded lexicons are valid (checked by tests)");
        }
        lexicon
    }

    /// Adds the entries of a TSV file.
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let text = read_utf8(path)?;
        self.add_tsv(&path.display().to_string(), &text)
    }

    /// Adds the entries of TSV text; `origin` names it in errors.
    pub fn add_tsv(&mut self, origin: &str, text: &str) -> Result<()> {
        for (index, line) in text.lines().enumerate() {
            let line_no = index + 1;
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty()
                || line.starts_with('#')
                || (index == 0 && line.starts_with("name\t"))
            {
                continue;
            }
            let entry = parse_line(line).map_err(|reason| Error::data(origin, line_no, reason))?;
            self.push(entry);
        }
        Ok(())
    }

    /// Adds one entry.
    pub fn push(&mut self, entry: LexiconEntry) {
        self.parents = OnceLock::new();
        self.by_name
            .entry(entry.name.clone())
            .or_default()
            .push(self.entries.len());
        self.entries.push(entry);
    }

    /// All entries.
    pub fn entries(&self) -> &[LexiconEntry] {
        &self.entries
    }

    /// The entries with this canonical name.
    pub fn by_name(&self, name: &str) -> impl Iterator<Item = &LexiconEntry> {
        self.by_name
            .get(name)
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i])
    }

    /// Entry by index.
    pub fn get(&self, index: usize) -> &LexiconEntry {
        &self.entries[index]
    }

    /// The indices of the entries with this canonical name.
    pub fn indices_by_name(&self, name: &str) -> impl Iterator<Item = usize> + '_ {
        self.by_name.get(name).into_iter().flatten().copied()
    }

    /// The index of the parent entry (by the `parent` column), preferring, among
    /// same-name candidates, the one whose code is a prefix of the child's code.
    pub fn parent_index(&self, index: usize) -> Option<usize> {
        let parents = self.parents.get_or_init(|| {
            (0..self.entries.len())
                .map(|i| self.find_parent(i))
                .collect()
        });
        parents[index]
    }

    /// Whether entry `inner` lies inside entry `outer`: `outer` is one of its ancestors by
    /// [`Lexicon::parent_index`].
    pub fn is_within(&self, inner: usize, outer: usize) -> bool {
        let mut current = inner;
        // The hierarchy is shallow; a bound guards against a cycle in user data.
        for _ in 0..8 {
            match self.parent_index(current) {
                Some(parent) if parent == outer => return true,
                Some(parent) => current = parent,
                None => return false,
            }
        }
        false
    }

    /// [`Lexicon::parent_index`], looked up.
    fn find_parent(&self, index: usize) -> Option<usize> {
        let entry = &self.entries[index];
        let parent = entry.parent.as_deref()?;
        let same_name = self.by_name.get(parent).map_or(&[][..], Vec::as_slice);
        let candidates = || same_name.iter().copied().filter(|&i| i != index);
        let code = entry.code.as_deref().unwrap_or("");
        candidates()
            .find(|&i| {
                self.entries[i]
                    .code
                    .as_deref()
                    .is_some_and(|pc| !code.is_empty() && code.starts_with(without_zero_pairs(pc)))
            })
            .or_else(|| candidates().next())
    }
}

/// `code` without the pairs of zeros it ends with (`code.trim_end_matches("00")`, without
/// building a string searcher).
fn without_zero_pairs(mut code: &str) -> &str {
    while let Some(shorter) = code.strip_suffix("00") {
        code = shorter;
    }
    code
}

/// Reads a data file (lexicon or rules) as UTF-8, a BOM allowed; bytes that are not
/// UTF-8 give an error naming the line they are on.
pub fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Err(Error::data(
                path.display().to_string(),
                line,
                "not UTF-8 text (data files must be saved as UTF-8)",
            ))
        }
    }
}

fn parse_line(line: &str) -> std::result::Result<LexiconEntry, String> {
    let columns: Vec<&str> = line.split('\t').map(str::trim).collect();
    if columns.len() < 2 {
        return Err(format!(
            "expected at least 2 TAB-separated columns (name, type), found {}",
            columns.len()
        ));
    }
    if columns.len() > 6 {
        return Err(format!(
            "expected at most 6 columns (name, type, aliases, parent, code, since), found {}",
            columns.len()
        ));
    }
    let name = columns[0];
    if name.is_empty() {
        return Err("empty name".to_owned());
    }
    let entity_type: EntityType = columns[1].parse()?;
    let optional = |i: usize| {
        columns
            .get(i)
            .filter(|c| !c.is_empty())
            .map(|c| c.to_string())
    };
    let aliases = columns
        .get(2)
        .map(|a| {
            a.split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty() && *a != name)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let code = optional(4);
    if let Some(code) = &code
        && !code.chars().all(|c| c.is_ascii_digit())
    {
        return Err(format!("code `{code}` is not numeric"));
    }
    let since = match optional(5) {
        Some(s) => Some(
            s.parse()
                .map_err(|_| format!("since `{s}` is not a year"))?,
        ),
        None => None,
    };
    Ok(LexiconEntry {
        name: name.to_owned(),
        entity_type,
        aliases,
        parent: optional(3),
        code,
        since,
    })
}

/// A match of a lexicon surface form in text (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerMatch<'g> {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Indices of the lexicon entries that have this surface form.
    pub entries: &'g [usize],
}

/// Finds every lexicon surface form in text, leftmost-longest. A character-wise
/// double-array automaton (daachorse): on Chinese text it steps a character at a time,
/// several times faster than a byte-wise Aho-Corasick automaton over ten thousand names.
#[derive(Clone)]
pub struct Gazetteer {
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    /// The surface forms, sorted: pattern `i` of the automaton is `forms[i]`.
    forms: Vec<String>,
    /// For each pattern, the entries that share the surface form.
    pattern_entries: Vec<Vec<usize>>,
    /// Each surface form's pattern number, for exact lookups of whole names.
    pattern_of: FxHashMap<String, u32>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("patterns", &self.pattern_entries.len())
            .finish()
    }
}

impl Gazetteer {
    /// Builds the automaton over every name and alias of `lexicon`.
    pub fn new(lexicon: &Lexicon) -> Result<Self> {
        let mut forms: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (index, entry) in lexicon.entries().iter().enumerate() {
            for form in std::iter::once(&entry.name).chain(&entry.aliases) {
                let ids = forms.entry(form.as_str()).or_default();
                if !ids.contains(&index) {
                    ids.push(index);
                }
            }
        }
        let mut forms: Vec<(&str, Vec<usize>)> =
            forms.into_iter().filter(|(f, _)| !f.is_empty()).collect();
        forms.sort();
        let automaton = CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build_with_values(forms.iter().zip(0u32..).map(|((f, _), i)| (f, i)))
            .map_err(|e| Error::data("lexicon", 0, e.to_string()))?;
        let (forms, pattern_entries): (Vec<String>, _) = (forms.into_iter())
            .map(|(form, ids)| (form.to_owned(), ids))
            .unzip();
        let pattern_of = forms.iter().cloned().zip(0u32..).collect();
        Ok(Self {
            automaton,
            forms,
            pattern_entries,
            pattern_of,
        })
    }

    /// The entries whose surface form is pattern `pattern` of the automaton.
    pub(crate) fn entries_of_pattern(&self, pattern: u32) -> &[usize] {
        &self.pattern_entries[pattern as usize]
    }

    /// The entries whose surface form is exactly `name`, if any (what a search of `name`
    /// finds when its first match is the whole of it).
    pub fn exact(&self, name: &str) -> Option<&[usize]> {
        let &pattern = self.pattern_of.get(name)?;
        Some(&self.pattern_entries[pattern as usize])
    }

    /// The surface forms with their pattern numbers, for an automaton that finds them
    /// together with other words ([`Gazetteer::leftmost_longest`] then picks as this one
    /// would).
    pub(crate) fn forms(&self) -> impl Iterator<Item = (&str, u32)> {
        self.forms.iter().map(String::as_str).zip(0u32..)
    }

    /// The matches this gazetteer finds, from `(start, end, pattern)` of every occurrence of
    /// its forms in a text (in any order).
    pub(crate) fn leftmost_longest(
        &self,
        mut found: Vec<(usize, usize, u32)>,
    ) -> Vec<GazetteerMatch<'_>> {
        leftmost_longest(&mut found);
        (found.into_iter())
            .map(|(start, end, pattern)| GazetteerMatch {
                start,
                end,
                entries: &self.pattern_entries[pattern as usize],
            })
            .collect()
    }

    /// All leftmost-longest matches in `text`, with byte offsets relative to `text`.
    pub fn find_all(&self, text: &str) -> Vec<GazetteerMatch<'_>> {
        self.find_iter(text).collect()
    }

    /// The leftmost-longest matches in `text`, one at a time (for callers that stop at
    /// the first one that fits).
    pub fn find_iter<'g>(&'g self, text: &str) -> impl Iterator<Item = GazetteerMatch<'g>> {
        self.automaton
            .leftmost_find_iter(text)
            .map(|m| GazetteerMatch {
                start: m.start(),
                end: m.end(),
                entries: &self.pattern_entries[m.value() as usize],
            })
    }
}

/// Keeps of `found` (`(start, end, tag)` of every occurrence of some words in a text) what
/// a leftmost-longest search finds: from the leftmost start the longest (the least tag on a
/// tie), then on from its end; in text order.
pub(crate) fn leftmost_longest<T: Ord + Copy>(found: &mut Vec<(usize, usize, T)>) {
    found.sort_unstable_by_key(|&(start, end, tag)| (start, std::cmp::Reverse(end), tag));
    let mut searched_to = 0;
    found.retain(|&(start, end, _)| {
        let kept = start >= searched_to;
        if kept {
            searched_to = end;
        }
        kept
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn without_zero_pairs_is_trim_end_matches(code in "[0-9]{0,3}0{0,7}") {
            proptest::prop_assert_eq!(without_zero_pairs(&code), code.trim_end_matches("00"));
        }
    }

    #[test]
    fn parents_are_worked_out_again_after_an_entry_is_added() {
        let entry = |name: &str, parent: Option<&str>, code: &str| LexiconEntry {
            name: name.to_owned(),
            entity_type: EntityType::AdministrativeRegion,
            aliases: Vec::new(),
            parent: parent.map(str::to_owned),
            code: Some(code.to_owned()),
            since: None,
        };
        let mut lexicon = Lexicon::new();
        lexicon.push(entry("甲区", Some("甲市"), "330102"));
        assert_eq!(lexicon.parent_index(0), None);
        lexicon.push(entry("甲市", None, "330100"));
        assert_eq!(lexicon.parent_index(0), Some(1));
        assert_eq!(lexicon.parent_index(1), None);
    }

    #[test]
    fn leftmost_longest_of_all_occurrences_is_what_the_gazetteer_finds() {
        let gazetteer = Gazetteer::new(&Lexicon::builtin()).unwrap();
        let forms: Vec<&str> = gazetteer.forms().map(|(form, _)| form).collect();
        let overlapping: CharwiseDoubleArrayAhoCorasick<u32> =
            CharwiseDoubleArrayAhoCorasickBuilder::new()
                .build(&forms)
                .unwrap();
        let seed = include_str!("../data/corpus/seed.txt");
        let texts = [
            seed,
            "浙江省科学技术厅和杭州市科技局",
            "浙江大学、之江实验室",
            "",
        ];
        for text in texts {
            let found = (overlapping.find_overlapping_iter(text))
                .map(|m| (m.start(), m.end(), m.value()))
                .collect();
            let ours: Vec<_> = (gazetteer.leftmost_longest(found).into_iter())
                .map(|m| (m.start, m.end, m.entries))
                .collect();
            let theirs: Vec<_> = (gazetteer.find_all(text).into_iter())
                .map(|m| (m.start, m.end, m.entries))
                .collect();
            assert!(!text.is_empty() || ours.is_empty());
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn an_exact_form_is_a_name_whose_first_match_is_all_of_it() {
        let gazetteer = Gazetteer::new(&Lexicon::builtin()).unwrap();
        let first_is_whole = |name: &str| {
            let m = gazetteer.find_iter(name).next()?;
            (m.start == 0 && m.end == name.len()).then_some(m.entries)
        };
        // Every form, and every prefix of the seed's lines and of some names.
        let seed = include_str!("../data/corpus/seed.txt");
        let mut names: Vec<&str> = gazetteer.forms().map(|(form, _)| form).collect();
        for line in seed
            .lines()
            .take(40)
            .chain(["浙江理工大学龙港研究院", "某某研究所"])
        {
            names.extend(line.char_indices().map(|(i, _)| &line[..i]).skip(1));
        }
        let mut known = 0;
        for name in names {
            assert_eq!(gazetteer.exact(name), first_is_whole(name), "{name}");
            known += usize::from(gazetteer.exact(name).is_some());
        }
        assert!(known > 9000, "{known}");
    }

    #[test]
    fn builtin_lexicons_parse() {
        let lexicon = Lexicon::builtin();
        assert!(lexicon.entries().iter().all(|e| !e.name.is_empty()));
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let mut lexicon = Lexicon::new();
        let err = lexicon
            .add_tsv("x.tsv", "name\ttype\n杭州市\tAdministrativeRegion\n坏行\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.tsv:3: expected at least 2 TAB-separated columns (name, type), found 1"
        );
        let err = lexicon.add_tsv("y.tsv", "甲\tCity\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("y.tsv:1: unknown entity type `City`"),
            "{err}"
        );
        let err = lexicon
            .add_tsv("z.tsv", "甲\tZone\t\t\t\t\t\t\n")
            .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("z.tsv:1: expected at most 6 columns"),
            "{err}"
        );
    }

    #[test]
    fn gazetteer_prefers_longest_form() {
        let mut lexicon = Lexicon::new();
        lexicon
            .add_tsv(
                "t",
                "浙江省\tAdministrativeRegion\t浙江\t\t330000\n浙江大学\tUniversity\t浙大\n",
            )
            .unwrap();
        let gazetteer = Gazetteer::new(&lexicon).unwrap();
        let text = "浙江大学位于浙江";
        let found: Vec<_> = gazetteer
            .find_all(text)
            .into_iter()
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(found, ["浙江大学", "浙江"]);
    }
}
