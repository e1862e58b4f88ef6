//! Documents: loading and decoding files, reading the metadata at their top, and
//! splitting the text into sentences with byte offsets.

use crate::error::{Error, Result};
use crate::model::Metadata;
use regex::Regex;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// File extensions that a directory walk picks up.
pub const DOCUMENT_EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "html", "htm"];

/// A document ready for extraction.
///
/// All ranges are **byte** offsets into [`Document::text`]; [`CharOffsets`] converts
/// them to the character offsets of the output.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path as given (shown in output).
    pub path: String,
    /// A stable key naming the document in the store: the path relative to the folder it
    /// was found in, or the file name for a file given directly.
    pub key: String,
    /// The text as read (decoded to UTF-8; HTML and Markdown reduced to their text).
    pub text: String,
    /// Metadata read from the top of the document.
    pub metadata: Metadata,
    /// Where the body starts: everything before is metadata and is not extracted.
    pub body_start: usize,
    /// Sentences of the body, in order.
    pub sentences: Vec<Range<usize>>,
}

impl Document {
    /// The longest text a document may hold (4 GiB less a byte): extraction keeps byte
    /// offsets into the text in 32 bits.
    pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

    /// Reads and decodes a file; its key is its file name.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let key = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        Self::from_path_with_key(path, key)
    }

    /// Reads and decodes a file under a given store key.
    pub fn from_path_with_key(path: &Path, key: String) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Self::from_file_bytes(path, key, &bytes)
    }

    /// Decodes the bytes of the file at `path`, read elsewhere, under a given store key:
    /// what [`Document::from_path_with_key`] does once the file is read.
    pub fn from_file_bytes(path: &Path, key: String, bytes: &[u8]) -> Result<Self> {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let is = |kinds: &[&str]| kinds.iter().any(|k| extension.eq_ignore_ascii_case(k));
        let is_html = is(&["html", "htm"]);
        let text = decode(bytes).map_err(|reason| Error::Document {
            path: path.to_path_buf(),
            reason,
        })?;
        let page = if is_html || looks_like_html(&text) {
            crate::html::page(&text)
        } else if is(&["md", "markdown"]) {
            crate::html::Page {
                text: crate::markdown::text(&text),
                ..Default::default()
            }
        } else {
            crate::html::Page {
                text,
                ..Default::default()
            }
        };
        check_text_length(path, page.text.len())?;
        let mut doc = Self::from_text(path.display().to_string(), page.text);
        doc.key = key;
        let metadata = &mut doc.metadata;
        if metadata.title.is_none() {
            metadata.title = page.title;
        }
        if metadata.issued.is_none() {
            metadata.issued = page
                .issued
                .map(|d| DATE.captures(&d).and_then(|c| iso_date(&c)).unwrap_or(d));
        }
        if metadata.publisher.is_none() {
            metadata.publisher = page.publisher;
        }
        Ok(doc)
    }

    /// Builds a document from text already in memory; `path` names it.
    ///
    /// # Panics
    ///
    /// If the text is longer than [`Document::MAX_TEXT_BYTES`].
    pub fn from_text(path: impl Into<String>, text: impl Into<String>) -> Self {
        let path = path.into();
        let text = text.into();
        assert!(
            text.len() <= Self::MAX_TEXT_BYTES,
            "{path}: a document's text may hold at most {} bytes",
            Self::MAX_TEXT_BYTES
        );
        let (metadata, body_start) = read_metadata(&text);
        let sentences = split_sentences(&text, body_start);
        let key = Path::new(&path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.clone());
        Self {
            path,
            key,
            text,
            metadata,
            body_start,
            sentences,
        }
    }

    /// The sentences, each with the byte offset where its line (paragraph) starts. A
    /// line break ends a sentence and belongs to none, so only the gaps between the
    /// sentences are searched for one (most sentences follow the previous one directly).
    pub fn sentences_with_line_starts(&self) -> impl Iterator<Item = (Range<usize>, usize)> + '_ {
        let mut line_start = 0;
        let mut scanned = 0;
        self.sentences.iter().map(move |sentence| {
            let gap = &self.text.as_bytes()[scanned..sentence.start];
            if let Some(i) = memchr::memrchr(b'\n', gap) {
                line_start = scanned + i + 1;
            }
            scanned = sentence.end;
            (sentence.clone(), line_start)
        })
    }

    /// The body text (the text after the metadata).
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

/// Finds the documents named by `paths`: files as they are, folders searched recursively
/// for [`DOCUMENT_EXTENSIONS`], in sorted order. Each comes with its store key.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<(PathBuf, String)>> {
    let mut found = Vec::new();
    for path in paths {
        let path = &normalize_path(path);
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files)?;
            files.sort();
            for file in files {
                let key = file
                    .strip_prefix(path)
                    .unwrap_or(&file)
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                found.push((file, key));
            }
        } else {
            let key = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            found.push((path.clone(), key));
        }
    }
    Ok(found)
}

/// A path without `.` components (`./data//corpus/` → `data/corpus`), so that a document
/// keeps the same `pk:path` however its folder was written.
pub fn normalize_path(path: &Path) -> PathBuf {
    let normal: PathBuf = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect();
    if normal.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        normal
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let file_type = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if file_type.is_dir() {
            walk(&path, out)?;
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            DOCUMENT_EXTENSIONS
                .iter()
                .any(|x| x.eq_ignore_ascii_case(e))
        }) {
            out.push(path);
        }
    }
    Ok(())
}

/// Decodes bytes to text: a BOM decides when present (UTF-8, UTF-16LE/BE); valid UTF-8
/// is taken as is; UTF-8 cut inside its last character loses that character; anything
/// else is detected (GB18030/GBK, Big5, …) with chardetng. Binary data is refused.
pub fn decode(bytes: &[u8]) -> std::result::Result<String, String> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text.into_owned());
    }
    // simdutf8 checks Chinese text several times faster than `str::from_utf8`, which
    // reads it byte by byte; the one copy is the text's own allocation.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return check_text(text.to_owned());
    }
    if let Err(error) = std::str::from_utf8(bytes) {
        if error.error_len().is_none() {
            // Truncated in the middle of the last character: drop the partial character.
            let valid = &bytes[..error.valid_up_to()];
            return check_text(String::from_utf8_lossy(valid).into_owned());
        }
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, _, _) = encoding.decode(bytes);
    check_text(text.into_owned())
}

/// How many characters at the start of a text [`check_text`] looks at.
const CHECKED_CHARS: usize = 65_536;

/// Refuses binary data: more than 8 control characters (other than white space) among
/// the first [`CHECKED_CHARS`] characters.
fn check_text(text: String) -> std::result::Result<String, String> {
    // A character has at most as many characters before it as bytes, so a short text is
    // checked whole without counting its characters.
    let end = if text.len() <= CHECKED_CHARS {
        text.len()
    } else {
        text.char_indices()
            .nth(CHECKED_CHARS)
            .map_or(text.len(), |(i, _)| i)
    };
    if control_count(&text.as_bytes()[..end]) > 8 {
        return Err("binary data, not a text document".to_owned());
    }
    Ok(text)
}

/// The control characters of UTF-8 `bytes` that are not white space (every C0 and C1
/// control but tab, line feed, vertical tab, form feed, carriage return and U+0085),
/// counted on the bytes: C0 controls and DEL are single bytes, C1 controls are 0xC2
/// followed by 0x80–0x9F. Counted in blocks of 255 bytes, so that a byte counter cannot
/// overflow and the count runs on many bytes at once.
fn control_count(bytes: &[u8]) -> usize {
    const BLOCK: usize = 255;
    let mut count = 0;
    for (k, block) in bytes.chunks(BLOCK).enumerate() {
        let c0 = block
            .iter()
            .map(|&b| {
                u8::from(b < 0x20) & !u8::from(b.wrapping_sub(0x09) <= 0x04) | u8::from(b == 0x7f)
            })
            .fold(0, u8::wrapping_add);
        count += usize::from(c0);
        // A fold over the block, like the one above, rather than a search that stops.
        let c2 = block.iter().fold(false, |any, &b| any | (b == 0xc2));
        if c2 {
            // The pairs that begin in this block.
            let pairs = &bytes[k * BLOCK..bytes.len().min((k + 1) * BLOCK + 1)];
            count += pairs
                .windows(2)
                .filter(|w| w[0] == 0xc2 && (0x80..=0x9f).contains(&w[1]) && w[1] != 0x85)
                .count();
        }
    }
    count
}

fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let head: String = head
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// A header line's key and value: what `^([A-Za-z][A-Za-z_-]{0,30})\s*:\s*(.+)$` captures
/// in a trimmed line (the regex is kept for the tests), read by hand: capturing with the
/// regex ran its backtracker over every header line.
fn key_value(line: &str) -> Option<(&str, &str)> {
    let key_end = (line.bytes())
        .position(|b| !(b.is_ascii_alphabetic() || b == b'_' || b == b'-'))
        .unwrap_or(line.len());
    if key_end > 31 || !line.as_bytes().first()?.is_ascii_alphabetic() {
        return None;
    }
    let rest = line[key_end..].trim_start().strip_prefix(':')?;
    // `\s*` takes all the white space it can, but `.+` then needs one character, up to
    // the end and without a line feed.
    let value = rest.trim_start();
    let matches = if value.is_empty() {
        rest.chars().next_back().is_some_and(|c| c != '\n')
    } else {
        !value.contains('\n')
    };
    matches.then(|| (&line[..key_end], value.trim_end()))
}

/// An issuing number (浙科提〔2024〕297号) but for the length of its leading name, which
/// [`is_issuing_number`] checks: `[\p{Han}A-Za-z]{1,12}` would compile twelve copies of
/// the Han class.
static ISSUING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\p{Han}A-Za-z]+[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\d{1,5}\s*号$",
    )
    .unwrap()
});

/// The brackets that open the year of an issuing number.
const YEAR_OPENERS: [char; 6] = ['〔', '[', '［', '【', '(', '（'];

/// Whether a line is an issuing number: a name of 1 to 12 Han or Latin letters, the year
/// in brackets and the number. No bracket is a letter, so the name ends at the first
/// bracket.
fn is_issuing_number(line: &str) -> bool {
    ISSUING_NUMBER.is_match(line)
        && line
            .find(YEAR_OPENERS)
            .is_some_and(|i| line[..i].chars().count() <= 12)
}
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})\s*日?")
        .unwrap()
});
static ENUMERATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十\d]+[章条节])")
        .unwrap()
});
/// A line of Han characters and brackets only, as an organization's name is written.
static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\p{Han}()（）]+$").unwrap());

/// The head words of an organization's name (all Han characters).
const ORGANIZATION_HEADS: [&str; 11] = [
    "厅",
    "局",
    "委",
    "委员会",
    "政府",
    "办公室",
    "办公厅",
    "部",
    "院",
    "会",
    "中心",
];

/// Whether a line is an organization's name: 2 to 30 Han characters or brackets, then a
/// head word, and nothing else. (A line of such characters only, checked by one regex,
/// with the counts checked here: `[\p{Han}()（）]{2,30}` would compile thirty copies of
/// the Han class.)
fn is_organization_line(line: &str) -> bool {
    NAME_LINE.is_match(line) && {
        let chars = line.chars().count();
        (ORGANIZATION_HEADS.iter())
            .any(|h| line.ends_with(h) && (2..=30).contains(&(chars - h.chars().count())))
    }
}

/// Whether a line names the issuing bodies: one organization's name, or several separated
/// by spaces (安徽省统计局　安徽省科学技术厅　安徽省财政厅, a joint bulletin's signature).
fn is_publisher_line(line: &str) -> bool {
    let mut names = line.split(char::is_whitespace).filter(|n| !n.is_empty());
    names.clone().count() <= 8 && names.all(is_organization_line)
}

/// Normalises a date match to `YYYY-MM-DD`.
fn iso_date(captures: &regex::Captures<'_>) -> Option<String> {
    let year: u32 = captures[1].parse().ok()?;
    let month: u32 = captures[2].parse().ok()?;
    let day: u32 = captures[3].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// How the title of an official document about something (某某关于…的通知) ends: such a
/// title may run past the 60 characters of a head line when joint issuers open it.
const LONG_TITLE_ENDS: [&str; 10] = [
    "通知",
    "意见",
    "办法",
    "答复",
    "公告",
    "通告",
    "决定",
    "批复",
    "方案",
    "答复函",
];

/// Reads the metadata block at the top of `text` and returns it with the byte offset
/// where the body starts.
///
/// Understood: `key: value` header lines ended by a blank line (`source: URL`), the
/// government-portal table (`索引号: | … | 发布机构: | … |`), and the short lines of a
/// document's head: title, issuing body, issuing number (浙科提〔2024〕297号) and date.
pub fn read_metadata(text: &str) -> (Metadata, usize) {
    let mut metadata = Metadata::default();
    let mut offset = 0;
    let mut lines = LineIter::new(text);

    // 1. `key: value` header lines, ended by a blank line.
    let mut header = Vec::new();
    let mut probe = LineIter::new(text);
    let mut header_end = None;
    while let Some((start, line)) = probe.next() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if !header.is_empty() {
                header_end = Some(probe.position());
            }
            break;
        }
        match key_value(trimmed) {
            Some((key, value)) if !trimmed.contains('|') => {
                header.push((key.to_ascii_lowercase(), value.to_owned()))
            }
            _ => break,
        }
        let _ = start;
    }
    if let Some(end) = header_end {
        for (key, value) in header {
            match key.as_str() {
                "source" | "url" => metadata.source = Some(value),
                "title" => metadata.title = Some(value),
                "publisher" => metadata.publisher = Some(value),
                "date" | "issued" => {
                    metadata.issued = DATE
                        .captures(&value)
                        .and_then(|c| iso_date(&c))
                        .or(Some(value))
                }
                "number" => metadata.number = Some(value),
                _ => {}
            }
        }
        offset = end;
        lines = LineIter::new_at(text, end);
    }

    // 2. The portal table and the head lines.
    let mut head_lines = 0;
    while let Some((start, line)) = lines.next() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            offset = lines.position();
            continue;
        }
        // A table row is short: a long line holding such a word is body text (or a whole
        // document on one line), not metadata.
        if trimmed.contains('|')
            && trimmed.len() <= 600
            && (trimmed.contains("索引号")
                || trimmed.contains("发布机构")
                || trimmed.contains("发文日期")
                || trimmed.contains("公开方式")
                || trimmed.contains("文号"))
        {
            read_portal_table(trimmed, &mut metadata);
            offset = lines.position();
            continue;
        }
        // A joint notice's title, its issuers written before 关于, runs longer.
        let long_title = metadata.title.is_none()
            && trimmed.contains("关于")
            && LONG_TITLE_ENDS.iter().any(|end| trimmed.ends_with(end));
        let most = if long_title { 120 } else { 60 };
        if head_lines >= 6 || trimmed.chars().count() > most || ENUMERATED.is_match(trimmed) {
            break;
        }
        if trimmed.ends_with(':') || trimmed.ends_with('：') || trimmed.contains('。') {
            break;
        }
        if is_issuing_number(trimmed) {
            metadata.number.get_or_insert_with(|| trimmed.to_owned());
        } else if let Some(c) = DATE
            .captures(trimmed)
            .filter(|c| c.get(0).unwrap().as_str().len() + 2 >= trimmed.len())
        {
            if let Some(date) = iso_date(&c) {
                metadata.issued.get_or_insert(date);
            }
        } else if is_publisher_line(trimmed) && metadata.title.is_some() {
            metadata.publisher.get_or_insert_with(|| trimmed.to_owned());
        } else if metadata.title.is_none() {
            metadata.title = Some(trimmed.to_owned());
        } else if !(trimmed.starts_with('对') || trimmed.starts_with("关于")) {
            // A further head line that is none of the above: the body has begun.
            break;
        }
        head_lines += 1;
        offset = lines.position();
        let _ = start;
    }
    (metadata, offset)
}

fn read_portal_table(line: &str, metadata: &mut Metadata) {
    let cells: Vec<&str> = line
        .split('|')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    for pair in cells.windows(2) {
        let key = pair[0].trim_end_matches([':', '：']);
        let value = pair[1].to_owned();
        match key {
            "发布机构" | "发文机关" => metadata.publisher = Some(value),
            "发文日期" | "成文日期" | "发布日期" => {
                metadata.issued = DATE
                    .captures(&value)
                    .and_then(|c| iso_date(&c))
                    .or(Some(value))
            }
            "文号" | "发文字号" => metadata.number = Some(value),
            "标题" | "名称" => metadata.title = Some(value),
            _ => {}
        }
    }
}

/// Lines of a text with their byte offsets, line terminators excluded.
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> LineIter<'a> {
    fn new(text: &'a str) -> Self {
        Self::new_at(text, 0)
    }

    fn new_at(text: &'a str, pos: usize) -> Self {
        Self { text, pos }
    }

    /// Offset just past the line last returned (and its terminator).
    fn position(&self) -> usize {
        self.pos
    }
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let rest = &self.text[start..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        Some((start, line.trim_end_matches('\r')))
    }
}

/// The longest sentence, in bytes (about 1,300 Chinese characters). A longer run of text
/// without a sentence end (a page flattened to one line, a table dump) is cut into pieces
/// of at most this size, at a comma or space where one is near, so that the work per
/// sentence stays bounded and extraction stays linear in the size of the document.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// The characters that end a sentence: the first [`SENTENCE_END_KEPT`] end it and belong
/// to it, the line breaks and the table cell marks (`|`, and its full-width form `｜`) end
/// it and belong to neither.
const SENTENCE_ENDS: [&str; 11] = ["。", "！", "？", "；", "!", "?", ";", "\n", "\r", "|", "｜"];

/// How many of [`SENTENCE_ENDS`] belong to the sentence they end.
const SENTENCE_END_KEPT: usize = 7;

/// Finds [`SENTENCE_ENDS`].
static SENTENCE_END_FINDER: LazyLock<Literals> = LazyLock::new(|| Literals::new(&SENTENCE_ENDS));

/// Splits `text[from..]` into sentences (byte ranges), trimmed of white space. A sentence
/// ends at 。！？；, their ASCII forms, or a line break; table cells (`|`, `｜`) end one too.
/// No sentence is longer than [`MAX_SENTENCE_BYTES`].
pub fn split_sentences(text: &str, from: usize) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = from;
    SENTENCE_END_FINDER.for_each(&text[from..], |found, pattern| {
        let (end, next) = (from + found.start, from + found.end);
        let end = if pattern < SENTENCE_END_KEPT {
            next
        } else {
            end
        };
        push_trimmed(text, start, end, &mut sentences);
        start = next;
    });
    push_trimmed(text, start, text.len(), &mut sentences);
    sentences
}

/// A search for a few short literals (single characters such as 。 or 省), leftmost first:
/// with the packed (Teddy) searcher where the processor has it, which on Chinese text is
/// much faster than the general automaton and its byte prefilters, else with the
/// automaton.
pub(crate) struct Literals {
    packed: Option<aho_corasick::packed::Searcher>,
    automaton: aho_corasick::AhoCorasick,
}

impl Literals {
    /// A search for `patterns`.
    pub(crate) fn new(patterns: &[&str]) -> Self {
        Self {
            packed: aho_corasick::packed::Searcher::new(patterns),
            automaton: aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(patterns)
                .expect("a few short literals"),
        }
    }

    /// Calls `each` with the byte range and the pattern index of each match in `text`, in
    /// order, without overlaps.
    pub(crate) fn for_each(&self, text: &str, mut each: impl FnMut(Range<usize>, usize)) {
        match &self.packed {
            Some(packed) => {
                for m in packed.find_iter(text) {
                    each(m.start()..m.end(), m.pattern().as_usize());
                }
            }
            None => {
                for m in self.automaton.find_iter(text) {
                    each(m.start()..m.end(), m.pattern().as_usize());
                }
            }
        }
    }
}

/// Characters after which an overlong sentence is preferably cut.
fn is_soft_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, '，' | ',' | '、' | '：' | ':' | '）' | ')' | '」' | '”')
}

fn push_trimmed(text: &str, mut start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    while end.saturating_sub(start) > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut window = start + MAX_SENTENCE_BYTES / 2;
        while !text.is_char_boundary(window) {
            window += 1;
        }
        if let Some((i, c)) = text[window..cut]
            .char_indices()
            .rev()
            .find(|&(_, c)| is_soft_break(c))
        {
            cut = window + i + c.len_utf8();
        }
        push_piece(text, start, cut, out);
        start = cut;
    }
    push_piece(text, start, end, out);
}

fn push_piece(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    if start >= end {
        return;
    }
    let slice = &text[start..end];
    let trimmed_start = start + (slice.len() - slice.trim_start().len());
    let trimmed_end = start + slice.trim_end().len();
    if trimmed_start < trimmed_end {
        out.push(trimmed_start..trimmed_end);
    }
}

/// Converts byte offsets of a text to character offsets, quickly for any number of
/// look-ups (a checkpoint every 64 bytes, so a look-up counts at most 63 bytes).
pub struct CharOffsets<'a> {
    text: &'a str,
    checkpoints: Vec<usize>,
    total: usize,
}

const CHECKPOINT: usize = 64;

impl<'a> CharOffsets<'a> {
    /// Indexes `text`. A checkpoint counts the characters before its block, that is the
    /// bytes before it that begin a character (all but the continuation bytes 0x80–0xBF);
    /// there is one for each block holding the start of a character.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let blocks = bytes
            .iter()
            .rposition(|&b| !is_continuation(b))
            .map_or(0, |last| last / CHECKPOINT + 1);
        let mut checkpoints = Vec::with_capacity(blocks);
        let mut total = 0;
        for block in bytes.chunks(CHECKPOINT).take(blocks) {
            checkpoints.push(total);
            total += char_starts(block);
        }
        // No character starts after the last block, so `total` counts them all.
        Self {
            text,
            checkpoints,
            total,
        }
    }

    /// The character offset of byte offset `byte` (which must be a char boundary): the
    /// characters that start before it.
    pub fn char_offset(&self, byte: usize) -> usize {
        let block = byte / CHECKPOINT;
        match self.checkpoints.get(block) {
            Some(&before) => before + char_starts(&self.text.as_bytes()[block * CHECKPOINT..byte]),
            None => self.total,
        }
    }

    /// A span in character offsets for the byte range.
    pub fn span(&self, range: Range<usize>) -> crate::model::Span {
        crate::model::Span {
            start: self.char_offset(range.start),
            end: self.char_offset(range.end),
            text: self.text[range].to_owned(),
        }
    }
}

/// How many characters begin in `bytes` (fewer than 256): its bytes that are no
/// continuation bytes, counted in a byte, many at once.
fn char_starts(bytes: &[u8]) -> usize {
    let starts = (bytes.iter())
        .map(|&b| u8::from(!is_continuation(b)))
        .fold(0, u8::wrapping_add);
    usize::from(starts)
}

/// Whether a byte of UTF-8 continues a character (0x80–0xBF).
fn is_continuation(b: u8) -> bool {
    (b as i8) < -0x40
}

/// An error unless a text of `length` bytes fits in a document
/// ([`Document::MAX_TEXT_BYTES`]).
fn check_text_length(path: &Path, length: usize) -> Result<()> {
    if length <= Document::MAX_TEXT_BYTES {
        return Ok(());
    }
    Err(Error::Document {
        path: path.to_path_buf(),
        reason: format!(
            "its text is {length} bytes long, more than the {} a document may hold",
            Document::MAX_TEXT_BYTES
        ),
    })
}

/// Returns `path`'s file name when it is a path, for messages.
pub fn display_name(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_HEAD: &str = "索引号: | 002482090/2024-00128 | 发布机构: | 省科技厅 |\n发文日期: | 2024-07-15 | 公开方式: | 主动公开 |\n关于支持某市创建创新联合体的建议\n浙江省科学技术厅\n对某建议的答复\n浙科提〔2024〕297号\n某某代表:\n您提出的建议收悉。";

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_text_longer_than_a_document_may_hold_is_an_error() {
        let path = Path::new("huge.txt");
        assert!(check_text_length(path, Document::MAX_TEXT_BYTES).is_ok());
        let error = check_text_length(path, Document::MAX_TEXT_BYTES + 1).unwrap_err();
        assert!(matches!(error, Error::Document { .. }), "{error}");
        assert!(
            error
                .to_string()
                .starts_with("huge.txt: its text is 4294967296 bytes")
        );
    }

    #[test]
    fn a_markdown_file_is_read_as_its_text() {
        let md = "# 海南省科技创新规划\n\n- **创新投入大幅增加。** 研发投入强度达到1.2%。\n";
        let doc =
            Document::from_file_bytes(Path::new("a.md"), "a.md".into(), md.as_bytes()).unwrap();
        assert_eq!(doc.metadata.title.as_deref(), Some("海南省科技创新规划"));
        assert!(
            doc.text.contains("\n创新投入大幅增加。 研发投入强度"),
            "{}",
            doc.text
        );
        // A text file keeps its marks.
        let doc =
            Document::from_file_bytes(Path::new("a.txt"), "a.txt".into(), md.as_bytes()).unwrap();
        assert!(doc.text.starts_with("# "));
    }

    #[test]
    fn portal_table_and_head_lines_are_metadata() {
        let (m, body) = read_metadata(SEED_HEAD);
        assert_eq!(m.publisher.as_deref(), Some("省科技厅"));
        assert_eq!(m.issued.as_deref(), Some("2024-07-15"));
        assert_eq!(m.number.as_deref(), Some("浙科提〔2024〕297号"));
        assert_eq!(m.title.as_deref(), Some("关于支持某市创建创新联合体的建议"));
        assert!(SEED_HEAD[body..].starts_with("某某代表:"));
    }

    #[test]
    fn joint_issuers_on_one_line_and_the_date_below_are_metadata() {
        let text = "2024年某省研究与试验发展经费投入统计公报\n\n某省统计局　某省科学技术厅　某省财政厅\n2025年9月26日\n\n2024年，全省R&D经费增长12%。";
        let (m, body) = read_metadata(text);
        assert_eq!(
            m.publisher.as_deref(),
            Some("某省统计局　某省科学技术厅　某省财政厅")
        );
        assert_eq!(m.issued.as_deref(), Some("2025-09-26"));
        assert!(text[body..].starts_with("2024年，全省"));
        // A line of words that are no bodies is no publisher.
        let (m, _) = read_metadata("某省统计公报\n\n全省 科技 工作\n正文。");
        assert_eq!(m.publisher, None);
    }

    #[test]
    fn head_line_checks_match_their_bounded_patterns() {
        let issuing = Regex::new(
            r"^[\p{Han}A-Za-z]{1,12}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\d{1,5}\s*号$",
        )
        .unwrap();
        let organization = Regex::new(
            r"^[\p{Han}()（）]{2,30}(?:厅|局|委|委员会|政府|办公室|办公厅|部|院|会|中心)$",
        )
        .unwrap();
        let mut lines = vec![
            "浙科提〔2024〕297号".to_owned(),
            "国科发规〔2020〕254号".to_owned(),
            "ab[2019] 第12 号".to_owned(),
            "〔2024〕297号".to_owned(),
            "浙江省科学技术厅".to_owned(),
            "中共浙江省委全面深化改革委员会".to_owned(),
            "浙江省人民政府办公厅".to_owned(),
            "（浙江）委员会".to_owned(),
            "省委".to_owned(),
            "某会".to_owned(),
            "某某会".to_owned(),
            "浙江省科学技术厅。".to_owned(),
        ];
        for n in 10..=14 {
            lines.push(format!("{}〔2024〕1号", "浙".repeat(n)));
            lines.push(format!("{}a(2024)1号", "浙".repeat(n - 1)));
        }
        for n in 28..=33 {
            lines.push(format!("{}厅", "浙".repeat(n)));
            lines.push(format!("{}委员会", "浙".repeat(n)));
        }
        for line in &lines {
            assert_eq!(is_issuing_number(line), issuing.is_match(line), "{line}");
            assert_eq!(
                is_organization_line(line),
                organization.is_match(line),
                "{line}"
            );
        }
    }

    #[test]
    fn key_value_header_ends_at_blank_line() {
        let text =
            "source: https://example.org/a.html\n\n一、2021年工作成效\n全市科技系统推进工作。";
        let (m, body) = read_metadata(text);
        assert_eq!(m.source.as_deref(), Some("https://example.org/a.html"));
        assert!(text[body..].starts_with("一、2021年工作成效"));
    }

    #[test]
    fn title_and_number_after_header() {
        let text = "source: https://e.org\n\n科技部关于印发《某指引》的通知\n国科发规〔2020〕254号\n各省科技厅:\n正文。";
        let (m, body) = read_metadata(text);
        assert_eq!(m.title.as_deref(), Some("科技部关于印发《某指引》的通知"));
        assert_eq!(m.number.as_deref(), Some("国科发规〔2020〕254号"));
        assert!(text[body..].starts_with("各省科技厅:"));
    }

    #[test]
    fn a_joint_notices_long_title_is_its_title() {
        let title = "广东省科学技术厅 香港特别行政区政府创新科技署 澳门特别行政区科学技术发展基金关于联合组织申报2025年度粤港澳科技创新联合资助计划项目的通知";
        let text = format!("{title}\n\n粤科函外字〔2025〕56号\n\n各地级以上市科技局：\n\n正文。\n");
        let (m, _) = read_metadata(&text);
        assert_eq!(m.title.as_deref(), Some(title));
        // A long line that is no such title is the body's.
        let line = "全省科技创新工作取得新进展研发投入持续增长高新技术企业数量稳步增加科技成果转化更加顺畅创新生态持续优化人才队伍不断壮大关于下一步的工作正在谋划当中";
        let (m, _) = read_metadata(&format!("{line}\n\n正文。\n"));
        assert_eq!(m.title, None);
    }

    #[test]
    fn sentences_split_on_full_and_half_width_punctuation() {
        let text = "甲。乙;丙!丁\n戊|己";
        let parts: Vec<&str> = split_sentences(text, 0)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(parts, ["甲。", "乙;", "丙!", "丁", "戊", "己"]);
    }

    #[test]
    fn overlong_runs_are_cut_into_bounded_pieces_at_commas() {
        let text = "浙江省科学技术厅支持龙港市创新发展，".repeat(2_000) + &"无标点".repeat(5_000);
        let sentences = split_sentences(&text, 0);
        assert!(sentences.len() > 20);
        let mut previous_end = 0;
        for range in &sentences {
            assert!(range.len() <= MAX_SENTENCE_BYTES);
            assert!(range.start >= previous_end);
            // Nothing but white space is lost between pieces.
            assert!(text[previous_end..range.start].trim().is_empty());
            previous_end = range.end;
        }
        assert_eq!(previous_end, text.len());
        // Where a comma is near, the cut follows it.
        assert!(text[sentences[0].clone()].ends_with('，'));
    }

    /// The splitting rule on characters, as the byte scan must implement it.
    fn split_by_chars(text: &str, from: usize) -> Vec<Range<usize>> {
        let mut sentences = Vec::new();
        let mut start = from;
        for (i, c) in text[from..].char_indices() {
            let i = from + i;
            let ends = matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';');
            if ends || matches!(c, '\n' | '\r' | '|' | '｜') {
                let end = if ends { i + c.len_utf8() } else { i };
                push_trimmed(text, start, end, &mut sentences);
                start = i + c.len_utf8();
            }
        }
        push_trimmed(text, start, text.len(), &mut sentences);
        sentences
    }

    #[test]
    fn the_byte_scan_splits_as_the_characters_say() {
        // Neighbours of the ends in UTF-8 (、 E3 80 81, 〃 E3 80 83, ， EF BC 8C, ！ EF BC 81).
        let pieces = [
            "甲",
            "。",
            "、",
            "〃",
            "！",
            "？",
            "；",
            "，",
            "!",
            "?",
            ";",
            "\n",
            "\r",
            "|",
            " ",
            "a",
            "㐀",
            "￥",
            "｜",
            "\u{3002}\u{3002}",
        ];
        let mut text = String::new();
        let mut seed = 7_u64;
        for _ in 0..5_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        for from in [0, 1, 3, 4, 100] {
            let from = (from..).find(|&i| text.is_char_boundary(i)).unwrap();
            assert_eq!(split_sentences(&text, from), split_by_chars(&text, from));
        }
    }

    #[test]
    fn line_starts_are_those_of_the_text() {
        let text = "标题\n\n甲。乙；丙\n  丁！\r\n戊|己\n".repeat(30);
        let doc = Document::from_text("t.txt", text.as_str());
        for (sentence, line_start) in doc.sentences_with_line_starts() {
            let expected = text[..sentence.start].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(line_start, expected, "{sentence:?}");
        }
    }

    #[test]
    fn the_packed_search_and_the_automaton_find_the_same() {
        let text = "浙江省。杭州市！全省|我市？\r\n".repeat(40);
        let with_packed = Literals::new(&SENTENCE_ENDS);
        let automaton_only = Literals {
            packed: None,
            ..Literals::new(&SENTENCE_ENDS)
        };
        let found = |literals: &Literals| {
            let mut all = Vec::new();
            literals.for_each(&text, |range, pattern| all.push((range, pattern)));
            all
        };
        assert_eq!(found(&with_packed), found(&automaton_only));
        assert_eq!(found(&automaton_only).len(), 40 * 6);
    }

    #[test]
    fn control_bytes_count_the_control_characters() {
        let all: String = (0..0x800u32).filter_map(char::from_u32).collect();
        // Across block ends too.
        for text in [all.clone(), all.repeat(3), format!("a{}", all.repeat(2))] {
            let by_chars = text
                .chars()
                .filter(|&c| c == '\0' || (c.is_control() && !c.is_whitespace()))
                .count();
            assert_eq!(control_count(text.as_bytes()), by_chars);
        }
    }

    #[test]
    fn char_offsets_match_char_counts() {
        let text = "a浙江b".repeat(600);
        let offsets = CharOffsets::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(offsets.char_offset(byte), text[..byte].chars().count());
        }
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
        for text in [
            "",
            "a",
            "浙",
            &"a".repeat(64),
            &"浙".repeat(22),
            &"ab浙".repeat(50),
        ] {
            let offsets = CharOffsets::new(text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(offsets.char_offset(byte), text[..byte].chars().count());
            }
        }
    }

    #[test]
    fn decodes_boms_gbk_and_truncated_utf8() {
        assert_eq!(decode("\u{feff}浙江".as_bytes()).unwrap(), "浙江");
        let (gbk, _, _) =
            encoding_rs::GBK.encode("浙江省科学技术厅发布了新的科技政策文件，支持企业创新。");
        assert_eq!(
            decode(&gbk).unwrap(),
            "浙江省科学技术厅发布了新的科技政策文件，支持企业创新。"
        );
        let mut cut = "浙江省".as_bytes().to_vec();
        cut.pop();
        assert_eq!(decode(&cut).unwrap(), "浙江");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("浙".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16).unwrap(), "浙");
        assert!(decode(&[0u8, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]).is_err());
    }

    proptest::proptest! {
        /// `key_value` reads a line as the header regex captures it.
        #[test]
        fn header_lines_are_read_as_the_regex_reads_them(
            line in "[A-Za-z_\\-]{0,34}[ \t\u{3000}]{0,2}:?[ \t\u{3000}]{0,2}(x|y|浙江| |:|\n){0,4}",
        ) {
            static KEY_VALUE: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"^([A-Za-z][A-Za-z_-]{0,30})\s*:\s*(.+)$").unwrap()
            });
            let expected = (KEY_VALUE.captures(&line))
                .map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str().trim()));
            proptest::prop_assert_eq!(key_value(&line), expected);
        }

        /// The SIMD check takes what `str::from_utf8` takes, and valid UTF-8 (without a
        /// BOM or control characters) is decoded as it is.
        #[test]
        fn utf8_is_taken_as_str_from_utf8_takes_it(
            text in "[^\\p{Cc}\u{feff}]{0,200}",
            noise in proptest::collection::vec(proptest::num::u8::ANY, 0..8),
            at in 0usize..200,
        ) {
            proptest::prop_assert_eq!(decode(text.as_bytes()).unwrap(), text.clone());
            let mut bytes = text.into_bytes();
            let at = at.min(bytes.len());
            bytes.splice(at..at, noise);
            proptest::prop_assert_eq!(
                simdutf8::basic::from_utf8(&bytes).is_ok(),
                std::str::from_utf8(&bytes).is_ok()
            );
        }
    }
}
