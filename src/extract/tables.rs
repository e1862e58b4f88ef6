//! Facts of tables: lines of cells (`地区 | R&D经费（亿元） | 比上年增长（%）`, as
//! [`crate::html`] writes a table's rows and Markdown writes its own), read as a header
//! row and rows of values.
//!
//! Two shapes are read:
//! - **rows of subjects** (statistics by place, sector or institution): one column names
//!   the subject of each row — an entity, a total (合计, 全省) for the document's own
//!   subject, or a category (企业, 高等学校) that joins the indicator (企业R&D经费) — and
//!   each column of numbers is an indicator, its unit in the header's brackets;
//! - **rows of indicators** (a plan's targets: 指标 | 2023年 | 2025年目标): each row is an
//!   indicator of the document's own subject, and each column a year, a target where the
//!   header says so.
//!
//! A column's year is the one its header names, else the caption's or the heading's above
//! the table, else the document's.

use super::facts::{FoundFact, normal_unit, parse_number};
use super::{EntityTable, Extractor, FoundRelation, Mention};
use crate::document::Document;
use crate::html::is_blank;
use crate::model::{CoarseType, Relation, Status};
use std::ops::Range;

/// Header words of a column that numbers the rows: never the subject.
const NUMBERING_HEADERS: [&str; 6] = ["序号", "编号", "排名", "排序", "名次", "位次"];

/// Cells that stand for the whole of what the table breaks down: the document's own
/// subject.
const TOTALS: [&str; 9] = [
    "合计", "总计", "总数", "全省", "全市", "全区", "全县", "全州", "全盟",
];

/// Header words of a column that gives each row's unit (指标 | 单位 | 2023年).
const UNIT_HEADERS: [&str; 2] = ["单位", "计量单位"];

/// Words of a column header that make its numbers targets or expected values.
const TARGET_WORDS: [&str; 4] = ["目标", "力争", "预期", "规划"];
const EXPECTED_WORDS: [&str; 1] = ["预计"];

/// Most characters of a category cell (企业, 研究与开发机构) that joins the indicator.
const CATEGORY_CHARS: usize = 12;

/// Most characters of a caption line (表2 2023年各设区市R&D经费情况).
const CAPTION_CHARS: usize = 40;

/// A line of a table: its cells, trimmed, with their byte ranges in the text.
#[derive(Debug)]
struct Row<'a> {
    line: Range<usize>,
    cells: Vec<(&'a str, Range<usize>)>,
}

/// What a header cell says: the indicator's name, its unit, its year and status.
#[derive(Debug, Default, PartialEq)]
struct Header<'a> {
    name: &'a str,
    unit: Option<&'a str>,
    year: Option<i32>,
    status: Option<Status>,
}

/// A table of the text: its rows (the header first) and the line above it, its caption.
#[derive(Debug)]
pub(crate) struct Table<'a> {
    caption: Option<Range<usize>>,
    rows: Vec<Row<'a>>,
}

/// The tables of `doc`: runs of lines of `|` (or `｜`) cells with the same number of cells, two rows
/// at least. Read once; the relation and fact stages both use them.
pub(crate) fn split(doc: &Document) -> Vec<Table<'_>> {
    let text = &doc.text;
    let body = doc.body_start..text.len();
    let mut tables = Vec::new();
    let body_bytes = &text.as_bytes()[body.clone()];
    if memchr::memchr(b'|', body_bytes).is_none()
        && memchr::memmem::find(body_bytes, "｜".as_bytes()).is_none()
    {
        return tables;
    }
    let mut rows: Vec<Row> = Vec::new();
    let mut caption: Option<Range<usize>> = None;
    let mut start = body.start;
    fn close<'a>(
        tables: &mut Vec<Table<'a>>,
        rows: &mut Vec<Row<'a>>,
        caption: &Option<Range<usize>>,
    ) {
        if rows.len() >= 2 {
            tables.push(Table {
                caption: caption.clone(),
                rows: std::mem::take(rows),
            });
        }
        rows.clear();
    }
    for line in text[body].split_inclusive('\n') {
        let range = start..start + line.trim_end().len();
        start += line.len();
        // Markdown's rule under the header (|---|:---:|) belongs to the table.
        let trimmed = line.trim();
        if (trimmed.contains("-|") || trimmed.contains("|-"))
            && trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
        {
            continue;
        }
        match split_row(text, range.clone()) {
            Some(row) if rows.last().is_none_or(|r| r.cells.len() == row.cells.len()) => {
                rows.push(row)
            }
            row if row.is_some() || !line.trim().is_empty() => {
                close(&mut tables, &mut rows, &caption);
                match row {
                    Some(row) => rows.push(row),
                    None => caption = Some(range),
                }
            }
            // A blank line keeps the caption above it.
            _ => {}
        }
    }
    close(&mut tables, &mut rows, &caption);
    tables
}

/// The facts of `tables`, those of `doc`. `subject` is the document's own subject (its zone,
/// institution or region), `year_at` the year the text gives an offset (its heading's, else
/// the document's).
pub(crate) fn find(
    extractor: &Extractor,
    doc: &Document,
    tables: &[Table],
    mentions: &[Mention],
    table: &EntityTable,
    subject: Option<usize>,
    year_at: impl Fn(usize) -> Option<i32>,
) -> Vec<FoundFact> {
    let mut facts = Vec::new();
    let context = Context {
        text: &doc.text,
        mentions,
        table,
        subject,
        units: &extractor.rules.facts.units,
    };
    for t in tables {
        context.read(&t.rows, t.caption.clone(), &year_at, &mut facts);
    }
    facts
}

/// Header words of a column that gives where each row's institution is (所在地, 所在州（市）).
const LOCATION_HEADERS: [&str; 4] = ["所在", "所属", "地区", "属地"];

/// Header words of a column that gives the institution each row's is built on (依托单位).
const HOST_HEADERS: [&str; 5] = ["依托单位", "依托机构", "建设单位", "共建单位", "承建单位"];

/// The relations of `tables`, those of `doc`: in a list of institutions, each row's institution
/// is located in the place of its location column (所在地) and established by the
/// institution of its host column (依托单位).
pub(crate) fn relations(
    doc: &Document,
    tables: &[Table],
    mentions: &[Mention],
    table: &EntityTable,
    out: &mut Vec<FoundRelation>,
) {
    for t in tables {
        let [header, data @ ..] = &t.rows[..] else {
            continue;
        };
        let names: Vec<&str> = header.cells.iter().map(|(c, _)| *c).collect();
        let location = |c: usize| LOCATION_HEADERS.iter().any(|w| names[c].starts_with(w));
        let host = |c: usize| HOST_HEADERS.contains(&names[c]);
        let entities_of = |cell: &Range<usize>| cell_entities(&doc.text, mentions, cell);
        let of_type = |e: &usize, coarse: &[CoarseType]| {
            coarse.contains(&table.entities[*e].entity_type.coarse())
        };
        let institution = [CoarseType::Organization, CoarseType::Facility];
        // The column of the institutions: the first other one whose cells mostly are.
        let Some(named) = (0..names.len())
            .filter(|&c| !location(c) && !host(c))
            .find(|&c| {
                let found = (data.iter())
                    .filter(|r| {
                        entities_of(&r.cells[c].1)
                            .is_some_and(|es| es.iter().all(|e| of_type(e, &institution)))
                    })
                    .count();
                2 * found >= data.len() && found > 0
            })
        else {
            continue;
        };
        for row in data {
            let Some(heads) = entities_of(&row.cells[named].1) else {
                continue;
            };
            if heads.len() != 1 || !of_type(&heads[0], &institution) {
                continue;
            }
            let head = heads[0];
            for (c, (_, range)) in row.cells.iter().enumerate() {
                let Some(others) = entities_of(range) else {
                    continue;
                };
                let relation =
                    if location(c) && others.iter().all(|e| of_type(e, &[CoarseType::Place])) {
                        Relation::LocatedIn
                    } else if host(c) && others.iter().all(|e| of_type(e, &institution)) {
                        Relation::Establishes
                    } else {
                        continue;
                    };
                for &other in &others {
                    let (h, t) = match relation {
                        Relation::LocatedIn => (head, other),
                        _ => (other, head),
                    };
                    out.push(FoundRelation {
                        head: h,
                        relation,
                        tail: t,
                        evidence: Some(row.line.clone()),
                    });
                }
            }
        }
    }
}

/// The entities a cell names, when it holds nothing else (names joined by 、, 和, 及).
fn cell_entities(text: &str, mentions: &[Mention], cell: &Range<usize>) -> Option<Vec<usize>> {
    let at = mentions.partition_point(|m| m.start < cell.start);
    let mut entities = Vec::new();
    let mut end = cell.start;
    for m in mentions[at..].iter().take_while(|m| m.end <= cell.end) {
        let gap = text[end..m.start].trim_matches(is_blank);
        if !gap.is_empty() && !matches!(gap, "、" | "，" | "," | "和" | "及" | "与") {
            return None;
        }
        entities.push(m.entity);
        end = m.end;
    }
    (end == cell.end && !entities.is_empty()).then_some(entities)
}

/// What reading a table needs of the document.
struct Context<'a> {
    text: &'a str,
    mentions: &'a [Mention],
    table: &'a EntityTable,
    subject: Option<usize>,
    units: &'a [String],
}

impl<'a> Context<'a> {
    /// Reads one table (`rows`, the header first; `caption` is the line above it).
    fn read(
        &self,
        rows: &[Row<'a>],
        caption: Option<Range<usize>>,
        year_at: &impl Fn(usize) -> Option<i32>,
        facts: &mut Vec<FoundFact>,
    ) {
        let [header, data @ ..] = rows else { return };
        if data.is_empty() {
            return;
        }
        let caption = caption
            .map(|r| self.text[r].trim())
            .filter(|c| c.chars().count() <= CAPTION_CHARS && !c.contains('。'));
        // A place opening the caption (after its number and year) is no part of its topic.
        let place_at = |at: &str| {
            let start = at.as_ptr() as usize - self.text.as_ptr() as usize;
            (self.mentions.iter())
                .find(|m| m.start == start)
                .filter(|m| self.table.entities[m.entity].entity_type.coarse() == CoarseType::Place)
                .map_or(0, |m| m.end - m.start)
        };
        let (caption_year, topic) = caption.map_or((None, ""), |c| caption_topic(c, place_at));
        let heading_year = year_at(header.line.start);
        let year = caption_year.or(heading_year);
        let headers: Vec<Header> = (header.cells.iter())
            .map(|(cell, _)| parse_header(cell, self.units))
            .collect();
        let year_columns: Vec<usize> = (1..headers.len())
            .filter(|&c| headers[c].year.is_some() && is_bare_year(&headers[c]))
            .collect();
        let numbering = |c: usize| NUMBERING_HEADERS.contains(&headers[c].name);
        // The column of indicators, by its header, else the first column of text (a
        // column of categories may come before it: 类别 | 指标 | 2020年 | 2025年目标).
        let first_text = (0..headers.len())
            .find(|&c| INDICATOR_HEADERS.contains(&headers[c].name))
            .or_else(|| (0..headers.len()).find(|&c| !numbering(c) && !year_columns.contains(&c)));
        let entity_of = |cell: &Range<usize>| {
            cell_entities(self.text, self.mentions, cell)
                .filter(|entities| entities.len() == 1)
                .map(|entities| entities[0])
                .filter(|&e| {
                    matches!(
                        self.table.entities[e].entity_type.coarse(),
                        CoarseType::Place | CoarseType::Organization | CoarseType::Facility
                    )
                })
        };
        let mostly_entities = |c: usize| {
            let entities = (data.iter())
                .filter(|r| entity_of(&r.cells[c].1).is_some())
                .count();
            2 * entities >= data.len()
        };
        let indicator_rows = first_text.is_some_and(|c| {
            !year_columns.is_empty()
                && (INDICATOR_HEADERS.contains(&headers[c].name)
                    || (year_columns.len() >= 2 && !mostly_entities(c)))
        });
        if indicator_rows {
            // Rows of indicators, columns of years.
            let Some(name_column) = first_text else {
                return;
            };
            let unit_column = (0..headers.len()).find(|&c| UNIT_HEADERS.contains(&headers[c].name));
            for row in data {
                let named = parse_header(row.cells[name_column].0, self.units);
                if named.name.chars().nth(1).is_none() || has_digit(named.name) {
                    continue;
                }
                let row_unit = named.unit.or_else(|| {
                    unit_column
                        .map(|c| row.cells[c].0)
                        .filter(|u| self.units.iter().any(|k| k == u))
                });
                for &c in &year_columns {
                    let Some((value, own_unit)) = parse_value(row.cells[c].0, self.units) else {
                        continue;
                    };
                    let Some(unit) = own_unit.or(row_unit).or(headers[c].unit) else {
                        continue;
                    };
                    let Some(subject) = self.subject else { return };
                    facts.push(FoundFact {
                        subject,
                        indicator: named.name.to_owned(),
                        value,
                        unit: normal_unit(unit).to_owned(),
                        year: headers[c].year,
                        status: headers[c].status.unwrap_or(Status::Actual),
                        evidence: row.line.clone(),
                    });
                }
                // 指标 | 2022年 | 2023年 | 增幅: a change written after the years is the
                // indicator's change over the last of them.
                let Some(&last) = year_columns.last() else {
                    continue;
                };
                for c in (last + 1..headers.len()).filter(|&c| is_change(headers[c].name)) {
                    let Some((value, own_unit)) = parse_value(row.cells[c].0, self.units) else {
                        continue;
                    };
                    let (Some(unit), Some(subject)) = (own_unit.or(headers[c].unit), self.subject)
                    else {
                        continue;
                    };
                    facts.push(FoundFact {
                        subject,
                        indicator: format!("{}{}", named.name, headers[c].name),
                        value,
                        unit: normal_unit(unit).to_owned(),
                        year: headers[last].year,
                        status: headers[last].status.unwrap_or(Status::Actual),
                        evidence: row.line.clone(),
                    });
                }
            }
            return;
        }
        // Rows of subjects: the columns of numbers, each with its indicator.
        let numeric = |c: usize| {
            let values = (data.iter())
                .filter(|r| parse_value(r.cells[c].0, self.units).is_some())
                .count();
            2 * values >= data.len() && values > 0
        };
        let mut indicators: Vec<Option<(String, Option<&str>)>> = vec![None; headers.len()];
        let mut previous: Option<String> = None;
        for (c, h) in headers.iter().enumerate() {
            if c == 0 || numbering(c) || !numeric(c) {
                continue;
            }
            let name = if h.name.is_empty() {
                // 2022年（家）: the caption says what is counted.
                (!topic.is_empty()).then(|| topic.to_owned())
            } else if GENERIC_COLUMNS.contains(&h.name) && !topic.is_empty() {
                // 2023年新建（个）: of what the caption counts.
                Some(format!("{topic}{}", h.name))
            } else if is_change(h.name) {
                // 比上年增长（%）, 占全省比重（%）: of the column before.
                previous
                    .as_deref()
                    .or((!topic.is_empty()).then_some(topic))
                    .map(|p| format!("{p}{}", h.name))
            } else {
                Some(h.name.to_owned())
            };
            let Some(name) = name else { continue };
            if !is_change(h.name) && !GENERIC_COLUMNS.contains(&h.name) {
                previous = Some(name.clone());
            }
            indicators[c] = Some((name, h.unit));
        }
        if indicators.iter().all(Option::is_none) {
            return;
        }
        let text_columns: Vec<usize> = (0..headers.len())
            .filter(|&c| indicators[c].is_none() && !numbering(c))
            .collect();
        // The subject column: the first whose cells are mostly entities, else the first
        // whose cells are short categories.
        let entity_column = text_columns.iter().copied().find(|&c| mostly_entities(c));
        let category_column = || {
            text_columns.first().copied().filter(|&c| {
                data.iter().all(|r| {
                    let cell = r.cells[c].0;
                    cell.chars().count() <= CATEGORY_CHARS && !has_digit(cell)
                })
            })
        };
        // 年份 | 研发经费（亿元） | …, 2021年 | 3998.4 | …: rows of years, each of the
        // document's own subject.
        let year_column = (text_columns.first().copied())
            .filter(|&c| data.iter().all(|r| year_cell(r.cells[c].0).is_some()));
        let (subject_column, by_entity) = match (year_column, entity_column) {
            (Some(c), _) => (c, false),
            (None, Some(c)) => (c, true),
            (None, None) => match category_column() {
                Some(c) => (c, false),
                None => return,
            },
        };
        for row in data {
            let (cell, range) = &row.cells[subject_column];
            let total = TOTALS.contains(cell);
            let row_year = year_column.and_then(|_| year_cell(cell));
            let (subject, category) = if total || row_year.is_some() {
                (self.subject, "")
            } else if by_entity {
                (entity_of(range), "")
            } else {
                (self.subject, *cell)
            };
            let Some(subject) = subject else { continue };
            if cell.is_empty() {
                continue;
            }
            for (c, indicator) in indicators.iter().enumerate() {
                let Some((name, unit)) = indicator else {
                    continue;
                };
                let Some((value, own_unit)) = parse_value(row.cells[c].0, self.units) else {
                    continue;
                };
                let Some(unit) = own_unit.or(*unit) else {
                    continue;
                };
                let year = row_year.or(headers[c].year).or(year);
                let status = headers[c].status.unwrap_or(Status::Actual);
                facts.push(FoundFact {
                    subject,
                    indicator: format!("{category}{name}"),
                    value,
                    unit: normal_unit(unit).to_owned(),
                    year,
                    status,
                    evidence: row.line.clone(),
                });
            }
        }
    }
}

/// The year a cell is (2021年, 2021年度, 2021), if it is one.
fn year_cell(cell: &str) -> Option<i32> {
    let digits = (cell.strip_suffix("年度"))
        .or_else(|| cell.strip_suffix('年'))
        .unwrap_or(cell);
    (digits.len() == 4
        && (digits.starts_with("19") || digits.starts_with("20"))
        && digits.bytes().all(|b| b.is_ascii_digit()))
    .then(|| digits.parse().ok())
    .flatten()
}

/// The marks between the cells of a table's line: `|`, and its full-width form `｜` of
/// text typed in a Chinese editor.
const CELL_MARKS: [char; 2] = ['|', '｜'];

/// The cells of a line holding a cell mark, if it has at least two.
fn split_row(text: &str, line: Range<usize>) -> Option<Row<'_>> {
    let s = &text[line.clone()];
    if !super::chars::holds_any(s, &CELL_MARKS) {
        return None;
    }
    let inner = s.trim();
    let inner = inner.strip_prefix(CELL_MARKS).unwrap_or(inner);
    let inner = inner.strip_suffix(CELL_MARKS).unwrap_or(inner);
    // Each cell is a slice of `text`: its offset is where it lies in it.
    let offset = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
    let cells: Vec<(&str, Range<usize>)> = (inner.split(CELL_MARKS))
        .map(|cell| {
            let trimmed = cell.trim_matches(is_blank);
            let from = offset(trimmed);
            (trimmed, from..from + trimmed.len())
        })
        .collect();
    (cells.len() >= 2).then_some(Row { line, cells })
}

/// What a header cell says (`R&D经费（亿元）`, `2025年目标`, `2022年（家）`).
fn parse_header<'s>(cell: &'s str, units: &[String]) -> Header<'s> {
    let mut name = cell;
    let mut unit = None;
    if let Some(inner) = name
        .strip_suffix('）')
        .or_else(|| name.strip_suffix(')'))
        .and_then(|s| s.rfind(['（', '(']).map(|i| (&s[..i], &s[i..])))
    {
        let (before, bracketed) = inner;
        let u = bracketed.trim_start_matches(['（', '(']);
        let u = u
            .strip_prefix("单位：")
            .or_else(|| u.strip_prefix("单位:"))
            .unwrap_or(u)
            .trim();
        if units.iter().any(|k| k == u) {
            unit = Some(u);
            name = before.trim_end();
        }
    }
    let mut year = None;
    if let Some((digits, rest)) = name.split_at_checked(4)
        && (digits.starts_with("19") || digits.starts_with("20"))
        && digits.bytes().all(|b| b.is_ascii_digit())
        && let Some(rest) = rest.strip_prefix('年')
    {
        year = digits.parse().ok();
        // 2023年度, 2022年末累计, 2022年底.
        name = rest.trim_start_matches(['度', '末', '底']);
    }
    let status = if TARGET_WORDS.iter().any(|w| name.contains(w)) {
        Some(Status::Target)
    } else if EXPECTED_WORDS.iter().any(|w| name.contains(w)) {
        Some(Status::Expected)
    } else {
        None
    };
    Header {
        name: name.trim(),
        unit,
        year,
        status,
    }
}

/// Whether a header with a year names nothing else (2023年, 2025年目标, 2024年预计): a column of
/// the years of indicators.
fn is_bare_year(header: &Header) -> bool {
    BARE_YEAR_WORDS.contains(&header.name)
}

/// What may follow the year of a column of years.
const BARE_YEAR_WORDS: [&str; 16] = [
    "",
    "目标",
    "目标值",
    "预期",
    "预期目标",
    "预期值",
    "预计",
    "预计值",
    "力争",
    "实际",
    "实际值",
    "完成",
    "完成值",
    "完成情况",
    "基期值",
    "现状值",
];

/// Header words of the column that names each row's indicator.
const INDICATOR_HEADERS: [&str; 7] = [
    "指标",
    "指标名称",
    "主要指标",
    "指标项",
    "具体指标",
    "评价指标",
    "核心指标",
];

/// Column names that say how a thing is counted, not what: the caption or the column
/// before names the thing (2023年新建（个）, 累计).
const GENERIC_COLUMNS: [&str; 9] = [
    "累计", "新建", "新增", "净增", "总数", "合计", "总量", "存量", "增量",
];

/// Whether a header names a change or share of the column before it (比上年增长, 增速,
/// 占全省比重).
fn is_change(name: &str) -> bool {
    [
        "比上年",
        "较上年",
        "同比",
        "增长",
        "增速",
        "增幅",
        "占",
        "净增",
        "新增",
        "增加",
    ]
    .iter()
    .any(|w| name.starts_with(w))
}

/// A cell's number and the unit written after it (`628.1`, `1,418.6亿元`, `2.80%`); `—`
/// and any other text are no value.
fn parse_value<'s>(cell: &'s str, units: &'s [String]) -> Option<(f64, Option<&'s str>)> {
    let (number, unit) = match units.iter().find(|u| cell.ends_with(u.as_str())) {
        Some(u) => (&cell[..cell.len() - u.len()], Some(u.as_str())),
        None => (cell, None),
    };
    // A bound is the value it sets (≥1.2, >90).
    let number = number
        .trim()
        .trim_start_matches(['≥', '≤', '>', '<', '＞', '＜', '约']);
    let plain = !number.is_empty()
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '０'..='９' | '．'))
        && number
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    if !plain {
        return None;
    }
    parse_number(number).map(|v| (v, unit))
}

fn has_digit(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// The year and the topic of a caption (表2 2023年各设区市R&D经费情况 → 2023, R&D经费):
/// what the table counts, without its number, year, breakdown and closing word.
fn caption_topic(caption: &str, place_at: impl Fn(&str) -> usize) -> (Option<i32>, &str) {
    let mut s = caption.trim();
    if let Some(rest) = s.strip_prefix('表') {
        let rest = rest.trim_start_matches(|c: char| {
            c.is_ascii_digit() || "一二三四五六七八九十-—.．".contains(c)
        });
        s = rest.trim_start_matches([' ', '　', '：', ':', '、']);
    }
    let mut year = None;
    let four_digits = |s: &str| s.len() >= 4 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if four_digits(s) {
        // 2022—2023年: a span of years is the last one's.
        let mut rest = &s[4..];
        if let Some(to) = rest.strip_prefix(['—', '-', '–', '~', '～', '至'])
            && four_digits(to)
        {
            s = to;
            rest = &to[4..];
        }
        if let Some(after) = rest.strip_prefix('年') {
            year = s[..4].parse().ok().filter(|y| (1900..2100).contains(y));
            s = after.trim_start_matches('度');
        }
    }
    s = &s[place_at(s)..];
    // The breakdown: 各设区市, 各县（市、区）, 分地区, 按执行主体分.
    if let Some(rest) = s.strip_prefix('各') {
        let cut = rest
            .char_indices()
            .find(|&(_, c)| matches!(c, '市' | '县' | '区' | '州' | '盟' | '地'))
            .map(|(i, c)| i + c.len_utf8());
        if let Some(cut) = cut.filter(|&c| c <= 4 * 3) {
            s = &rest[cut..];
            if let Some(close) = s
                .strip_prefix(['（', '('])
                .and_then(|r| r.find(['）', ')']))
            {
                s = &s['（'.len_utf8() + close + '）'.len_utf8()..];
            }
        }
    }
    for word in ["分地区", "分区域"] {
        s = s.strip_prefix(word).unwrap_or(s);
    }
    if let Some(rest) = s.strip_prefix('按') {
        if let Some(at) = rest.find('分') {
            s = &rest[at + '分'.len_utf8()..];
        }
    }
    for word in [
        "情况表",
        "统计表",
        "汇总表",
        "一览表",
        "情况",
        "统计",
        "分布",
        "名单",
        "表",
    ] {
        if let Some(rest) = s.strip_suffix(word) {
            s = rest;
            break;
        }
    }
    (year, s.trim())
}

#[cfg(test)]
mod tests {
    use crate::Extractor;
    use crate::document::Document;
    use crate::model::{Fact, Relation, Status};
    use std::sync::LazyLock;

    static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::builder().build().unwrap());

    fn facts_of(text: &str) -> Vec<Fact> {
        EXTRACTOR.extract(&Document::from_text("t.txt", text)).facts
    }

    fn find<'f>(facts: &'f [Fact], subject: &str, value: f64) -> &'f Fact {
        facts
            .iter()
            .find(|f| f.subject == subject && f.value == value)
            .unwrap_or_else(|| panic!("no fact {subject} {value} in {facts:#?}"))
    }

    #[test]
    fn rows_of_places_give_each_place_its_numbers() {
        let facts = facts_of(
            "2023年江西省科技经费投入统计公报\n\n全省R&D经费保持增长。\n表2 2023年各设区市R&D经费情况\n地区 | R&D经费（亿元） | 比上年增长（%） | 投入强度（%）\n全省 | 628.1 | 12.6 | 1.95\n南昌市 | 192.3 | 11.8 | 2.56\n赣州市 | 68.4 | — | 1.42\n",
        );
        let f = find(&facts, "南昌市", 192.3);
        assert_eq!(
            (f.indicator.as_str(), f.unit.as_str(), f.year, f.status),
            ("R&D经费", "亿元", Some(2023), Status::Actual)
        );
        assert_eq!(find(&facts, "南昌市", 11.8).indicator, "R&D经费比上年增长");
        assert_eq!(find(&facts, "赣州市", 1.42).indicator, "投入强度");
        assert_eq!(find(&facts, "江西省", 628.1).unit, "亿元");
        assert!(
            !facts
                .iter()
                .any(|f| f.subject == "赣州市" && f.unit == "%" && f.indicator.contains("增长"))
        );
    }

    #[test]
    fn rows_of_years_give_each_year_the_subject_s_numbers() {
        let facts = facts_of(
            "2025年江西省科技经费投入统计公报\n\n全省R&D经费保持增长。\n年份 | R&D经费（亿元） | 投入强度（%）\n2023年 | 628.1 | 1.95\n2024年 | 701.5 | 2.05\n",
        );
        let f = find(&facts, "江西省", 628.1);
        assert_eq!(
            (f.indicator.as_str(), f.unit.as_str(), f.year),
            ("R&D经费", "亿元", Some(2023))
        );
        assert_eq!(find(&facts, "江西省", 2.05).year, Some(2024));
    }

    #[test]
    fn rows_of_categories_join_the_indicator() {
        let facts = facts_of(
            "2023年江西省科技经费投入统计公报\n\n一、总体情况。全省科技经费保持增长。\n执行主体 | R&D经费（亿元） | 占全省比重（%）\n企业 | 532.4 | 84.8\n高等学校 | 47.3 | 7.5\n合计 | 628.1 | 100.0\n",
        );
        let f = find(&facts, "江西省", 532.4);
        assert_eq!((f.indicator.as_str(), f.year), ("企业R&D经费", Some(2023)));
        assert_eq!(
            find(&facts, "江西省", 7.5).indicator,
            "高等学校R&D经费占全省比重"
        );
        assert_eq!(find(&facts, "江西省", 628.1).indicator, "R&D经费");
    }

    #[test]
    fn rows_of_indicators_give_each_year_its_value() {
        let facts = facts_of(
            "宁夏回族自治区科技创新行动方案\n\n到2025年，全区科技创新能力明显提升。\n指标 | 2023年 | 2025年目标\n研发经费投入强度（%） | 1.57 | 2.0\n高新技术企业（家） | 520 | 700\n",
        );
        let f = find(&facts, "宁夏回族自治区", 2.0);
        assert_eq!(
            (f.indicator.as_str(), f.unit.as_str(), f.year, f.status),
            ("研发经费投入强度", "%", Some(2025), Status::Target)
        );
        let f = find(&facts, "宁夏回族自治区", 520.0);
        assert_eq!(
            (f.indicator.as_str(), f.unit.as_str(), f.year, f.status),
            ("高新技术企业", "家", Some(2023), Status::Actual)
        );
    }

    #[test]
    fn full_width_cell_marks_and_a_change_after_the_years() {
        let facts = facts_of(
            "宁夏回族自治区科技工作总结\n\n全区科技创新能力明显提升。\n指标名称｜2022年｜2023年｜增幅\n研发经费投入（亿元）｜70.4｜81.2｜15.3%\n高新技术企业（家）｜520｜610｜17.3%\n",
        );
        let f = find(&facts, "宁夏回族自治区", 81.2);
        assert_eq!(
            (f.indicator.as_str(), f.unit.as_str(), f.year),
            ("研发经费投入", "亿元", Some(2023))
        );
        assert_eq!(find(&facts, "宁夏回族自治区", 520.0).year, Some(2022));
        let f = find(&facts, "宁夏回族自治区", 17.3);
        assert_eq!(
            (f.indicator.as_str(), f.unit.as_str(), f.year),
            ("高新技术企业增幅", "%", Some(2023))
        );
        // No fact reads the cells as one sentence.
        assert!(
            facts.iter().all(|f| !f.indicator.contains('｜')),
            "{facts:?}"
        );
    }

    #[test]
    fn a_column_of_categories_before_the_indicators_and_bounds() {
        let facts = facts_of(
            "宁夏回族自治区科技创新行动方案\n\n到2025年，全区科技创新能力明显提升。\n类别 | 指标 | 2020年 | 2025年目标 | 属性\n创新投入 | 研发经费投入强度（%） | 1.52 | ≥2.0 | 预期性\n创新主体 | 高新技术企业（家） | 520 | 700 | 预期性\n",
        );
        let f = find(&facts, "宁夏回族自治区", 2.0);
        assert_eq!(
            (f.indicator.as_str(), f.year, f.status),
            ("研发经费投入强度", Some(2025), Status::Target)
        );
        assert_eq!(
            find(&facts, "宁夏回族自治区", 520.0).indicator,
            "高新技术企业"
        );
    }

    #[test]
    fn a_caption_names_what_columns_of_years_count() {
        let facts = facts_of(
            "某市科技局工作动态\n\n全市高新技术企业稳步增长。\n2022—2023年晋中市各县（区、市）有效期内高新技术企业数量\n县（区、市） | 2022年（家） | 2023年（家） | 净增（家） | 增长（%）\n榆次区 | 236 | 281 | 45 | 19.1\n太谷区 | 58 | 72 | 14 | 24.1\n",
        );
        let f = find(&facts, "榆次区", 236.0);
        assert_eq!(
            (f.indicator.as_str(), f.unit.as_str(), f.year),
            ("有效期内高新技术企业数量", "家", Some(2022))
        );
        assert_eq!(find(&facts, "榆次区", 281.0).year, Some(2023));
        assert_eq!(
            find(&facts, "太谷区", 14.0).indicator,
            "有效期内高新技术企业数量净增"
        );
        assert_eq!(
            find(&facts, "太谷区", 24.1).indicator,
            "有效期内高新技术企业数量增长"
        );
        let facts = facts_of(
            "云南省科学技术厅通知\n\n现将有关情况通报如下。\n各州（市）院士专家工作站情况\n州（市） | 2022年末累计（个） | 2023年新建（个）\n昆明市 | 186 | 3\n曲靖市 | 38 | 1\n合计 | 478 | 12\n",
        );
        let f = find(&facts, "昆明市", 186.0);
        assert_eq!(
            (f.indicator.as_str(), f.year),
            ("院士专家工作站累计", Some(2022))
        );
        assert_eq!(find(&facts, "云南省", 12.0).indicator, "院士专家工作站新建");
    }

    #[test]
    fn a_list_of_institutions_gives_their_places_and_hosts() {
        let extraction = EXTRACTOR.extract(&Document::from_text(
            "t.txt",
            "河北省科学技术厅通知\n\n现将新建省重点实验室名单公布如下。\n序号 | 实验室名称 | 依托单位 | 所在地\n1 | 河北省重载装备智能制造重点实验室 | 燕山大学 | 秦皇岛市\n2 | 河北省生物基材料重点实验室 | 河北科技大学 | 石家庄市\n",
        ));
        let has = |head: &str, relation: Relation, tail: &str| {
            (extraction.relations.iter())
                .any(|r| r.head == head && r.relation == relation && r.tail == tail)
        };
        let lab = "河北省重载装备智能制造重点实验室";
        assert!(
            has(lab, Relation::LocatedIn, "秦皇岛市"),
            "{:#?}",
            extraction.relations
        );
        assert!(has("燕山大学", Relation::Establishes, lab));
        assert!(has(
            "河北科技大学",
            Relation::Establishes,
            "河北省生物基材料重点实验室"
        ));
        assert!(!has("燕山大学", Relation::LocatedIn, "秦皇岛市"));
    }

    #[test]
    fn a_markdown_table_is_read_as_html_tables_are() {
        let facts = facts_of(
            "2023年江西省科技经费投入统计公报\n\n全省R&D经费保持增长。\n\n| 地区 | R&D经费（亿元） |\n|---|---:|\n| 南昌市 | 192.3 |\n| 九江市 | 78.6 |\n",
        );
        assert_eq!(
            find(&facts, "九江市", 78.6).indicator,
            "R&D经费",
            "{facts:#?}"
        );
        assert_eq!(find(&facts, "南昌市", 192.3).year, Some(2023));
    }

    #[test]
    fn a_table_of_words_gives_no_facts() {
        let facts = facts_of(
            "某市科技局答复\n\n现答复如下。\n1 | 在人才引育方面予以支持 | 已建成人才大厦3家。\n2 | 在平台建设方面予以支持 | 支持建设研究院。\n",
        );
        assert!(
            facts.iter().all(|f| f
                .evidence
                .as_ref()
                .is_none_or(|e| !e.text.contains(" | ") || f.value == 3.0)),
            "{facts:#?}"
        );
    }
}
