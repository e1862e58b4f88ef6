//! Entity mentions: candidates from the gazetteer, agency short forms, self references
//! (我厅, 我省) and pattern rules; the longest non-overlapping ones win; each resolves to
//! a canonical name and type.

use super::chars::{find_any, holds_any, rfind_any};
use super::context::Context;
use super::lists::ListMatcher;
use super::runs::{Found, RunMatcher};
use super::{EntityTable, Extractor, Mention, clean_name, cleaned};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::lexicon::{Gazetteer, GazetteerMatch, leftmost_longest};
use crate::model::{CoarseType, EntityType};
use crate::rules::{EntityRule, RuleSet};
use daachorse::{
    CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder,
    MatchKind as DaachorseMatchKind,
};
use regex::Regex;
use regex_syntax::hir::literal::{ExtractKind, Extractor as LiteralExtractor};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cmp::Reverse;
use std::ops::Range;

/// What a candidate resolves to.
#[derive(Clone, Debug)]
enum Resolution<'a> {
    /// One of these lexicon entries (most often a gazetteer match's own list).
    Lexicon(Cow<'a, [usize]>),
    /// A name built here (agency template, rule match, issuer).
    Named {
        name: String,
        entity_type: EntityType,
        lexicon: Option<usize>,
    },
    /// The name a pattern rule (of this index) matched from `start` to the candidate's end:
    /// it is checked and named only if the candidate is selected ([`rule_name`]).
    Rule { rule: usize, start: usize },
}

/// A span that may name an entity, and how its name would be found.
#[derive(Clone, Debug)]
pub(crate) struct Candidate<'a> {
    start: usize,
    end: usize,
    /// Source rank: lexicon 3, agency and self references 2, rules 1.
    rank: u8,
    priority: i32,
    resolution: Resolution<'a>,
}

impl Candidate<'_> {
    /// Whether a rule named the candidate a policy.
    fn is_policy(&self) -> bool {
        matches!(
            self.resolution,
            Resolution::Named {
                entity_type: EntityType::Policy,
                ..
            }
        )
    }
}

/// The sentences the entity stage reads (the head lines from the title on, `head`, a byte
/// range before the body, then the body's sentences) and one pass of the rule literals and
/// the lexicon's forms over them (`RulePrefilter::scan`).
pub(crate) fn scan_document(
    extractor: &Extractor,
    doc: &Document,
    head: Option<Range<usize>>,
) -> (Vec<Range<usize>>, Scan) {
    let scan_start = head.as_ref().map_or(doc.body_start, |h| h.start);
    let sentences: Vec<Range<usize>> = head
        .into_iter()
        .chain(doc.sentences.iter().cloned())
        .collect();
    let scan = extractor
        .entity_prefilter
        .scan(&doc.text, scan_start, &sentences);
    (sentences, scan)
}

/// The candidate mentions of the lexicon's forms (`gazetteer_matches`), the agencies'
/// short forms and the self references (我省) in the text read by [`scan_document`]. The
/// candidates of the rules ([`rule_candidates`]) and of coordinations
/// ([`coordination_candidates`]) follow them, in this order, and [`select`] picks
/// among them all.
pub(crate) fn candidates<'a>(
    extractor: &'a Extractor,
    doc: &Document,
    context: &Context,
    gazetteer_matches: &[GazetteerMatch<'a>],
    scan: &Scan,
) -> Vec<Candidate<'a>> {
    let (text, lexicon) = (&doc.text, &extractor.lexicon);
    // Room for a candidate per lexicon match, agency form and rule hit: the list rarely
    // grows.
    let mut candidates =
        Vec::with_capacity(gazetteer_matches.len() + scan.agencies.len() + scan.hits.len() + 8);
    for (k, m) in gazetteer_matches.iter().enumerate() {
        // 科技部门 (science departments) and 科技部分 (the part on science) are not 科技部.
        if text[m.start..m.end].ends_with('部') && text[m.end..].starts_with(['门', '分']) {
            continue;
        }
        // 杭州萧山国际机场, 嘉兴南站: transport infrastructure is out of scope, and the
        // place its name opens with is no mention.
        if TRANSPORT_HEADS.iter().any(|h| text[m.end..].starts_with(h))
            && (m.entries.iter()).all(|&i| lexicon.get(i).entity_type.coarse() == CoarseType::Place)
        {
            continue;
        }
        let straddles = || straddles_common_word(extractor, text, m.start..m.end);
        let mut entries = plausible_entries(
            extractor,
            context,
            &text[m.start..m.end],
            m.entries,
            straddles,
        );
        // 江苏溧阳: a county's short form right after its province or city names it.
        let before = k.checked_sub(1).map(|j| &gazetteer_matches[j]);
        if let Some(place) = before.filter(|p| entries.is_empty() && p.end == m.start) {
            entries = (m.entries.iter().copied())
                .filter(|&i| place.entries.iter().any(|&p| lexicon.is_within(i, p)))
                .collect();
        }
        if entries.is_empty() {
            continue;
        }
        // A ministry's or national commission's department or general office written right
        // after it (科学技术部资源配置与管理司, 工信部办公厅, 国家发展改革委办公厅): the
        // department, a government body of its own.
        let ministry = (entries.iter().copied())
            .map(|i| extractor.lexicon.get(i))
            .find(|e| {
                e.entity_type == EntityType::GovernmentBody
                    && (e.name.ends_with('部')
                        || (e.name.starts_with("国家") && e.name.ends_with("委员会")))
            });
        let department = ministry.and_then(|e| {
            let unit = sub_unit_after(extractor, &text[m.end..])
                .filter(|u| u.ends_with('司') || *u == "办公厅")?;
            Some((format!("{}{unit}", e.name), unit.len()))
        });
        if let Some((name, unit)) = department {
            candidates.push(Candidate {
                start: m.start,
                end: m.end + unit,
                rank: 3,
                priority: 0,
                resolution: Resolution::Named {
                    name,
                    entity_type: EntityType::GovernmentBody,
                    lexicon: None,
                },
            });
            continue;
        }
        candidates.push(Candidate {
            start: m.start,
            end: m.end,
            rank: 3,
            priority: 0,
            resolution: Resolution::Lexicon(entries),
        });
    }
    agency_candidates(
        extractor,
        context,
        text,
        &scan.agencies,
        gazetteer_matches,
        &mut candidates,
    );
    self_reference_candidates(extractor, context, text, doc.body_start, &mut candidates);
    candidates
}

/// The heads of the names of airports, stations and railways (萧山国际机场, 嘉兴南站).
const TRANSPORT_HEADS: [&str; 10] = [
    "国际机场",
    "机场",
    "火车站",
    "高铁站",
    "东站",
    "西站",
    "南站",
    "北站",
    "铁路",
    "地铁",
];

/// Resolves the candidates that [`select`] kept into entities of `table`; returns their
/// mentions in text order.
pub(crate) fn resolve_candidates(
    extractor: &Extractor,
    doc: &Document,
    context: &Context,
    selected: Vec<Candidate>,
    table: &mut EntityTable,
) -> Vec<Mention> {
    let text = &doc.text;
    let mut mentions = Vec::with_capacity(selected.len());
    // Room for an entity per mention and for the few the later stages imply.
    table.entities.reserve(selected.len() + 8);
    for c in selected {
        let Some((name, entity_type, lexicon)) = resolve(extractor, context, &c.resolution) else {
            continue;
        };
        let code = lexicon.and_then(|i| extractor.lexicon.get(i).code.clone());
        let entity = table.add(&name, entity_type, lexicon, code);
        let record = &mut table.entities[entity];
        record.mentions.push(c.start..c.end);
        let surface = cleaned(&text[c.start..c.end]);
        if *surface != record.name && !record.aliases.contains(&surface) {
            record.aliases.insert(surface.into_owned());
        }
        mentions.push(Mention {
            start: c.start,
            end: c.end,
            entity,
        });
    }
    mentions.sort_by_key(|m| (m.start, m.end));
    mentions
}

/// Whether `count` (两个, 3个, 三地) counts places that share a zone's head.
fn is_zone_count(count: &str) -> bool {
    count.ends_with(['个', '地', '座'])
}

/// `head` without the count of places that share it (三个国家高新区 → 国家高新区; 三地高新区
/// → 高新区), if at least two characters are left.
fn without_zone_count(head: &str) -> &str {
    let digits = head
        .find(|c: char| !(c.is_ascii_digit() || "两三四五六七八九十".contains(c)))
        .unwrap_or(head.len());
    let rest = &head[digits..];
    match rest.chars().next() {
        Some(c) if digits > 0 && is_zone_count(&rest[..c.len_utf8()]) => {
            let rest = &rest[c.len_utf8()..];
            if rest.chars().nth(1).is_some() {
                rest
            } else {
                head
            }
        }
        _ => head,
    }
}

/// Zones named by places listed before a zone's name, without 等: in
/// 杭州、嘉兴科创金融改革试验区 the head after 嘉兴 names 杭州科创金融改革试验区 too. The
/// listed place's mention stays the place's; the zone is implied by the list.
pub(crate) fn add_places_sharing_a_head(
    extractor: &Extractor,
    text: &str,
    table: &mut EntityTable,
    mentions: &[Mention],
) {
    let lexicon = &extractor.lexicon;
    let is_division =
        |entity: usize| table.entities[entity].entity_type == EntityType::AdministrativeRegion;
    let mut implied = Vec::new();
    for (k, zone) in mentions.iter().enumerate() {
        if table.entities[zone.entity].entity_type != EntityType::Zone {
            continue;
        }
        let surface = &text[zone.start..zone.end];
        let Some(lead) = leading_division(extractor, surface)
            .or_else(|| division_before_head(extractor, surface))
        else {
            continue;
        };
        // Listed places are of one level (杭州、嘉兴…); 黄埔区、广州开发区 names one body twice.
        // A known zone that names the province of its city (吉林国家高新区, of 吉林市) names
        // the city.
        let own_city = (table.entities[zone.entity].lexicon)
            .and_then(|i| lexicon.parent_index(i))
            .filter(|&city| lead.entries.iter().any(|&p| lexicon.is_within(city, p)));
        let levels: Vec<u8> = (lead.entries.iter().chain(own_city.as_ref()))
            .filter_map(|&i| lexicon.get(i).admin_level())
            .collect();
        // (Without the count that a list of places shares: 太原、晋中两个国家高新区.)
        let written = clean_name(&surface[lead.end..]);
        let head = without_zone_count(&written);
        // A head that names a zone itself (雄安新区 in 河北雄安新区) is not shared.
        if head.chars().count() < 2 || extractor.gazetteer.exact(head).is_some() {
            continue;
        }
        let mut end = zone.start;
        while let Some(separator) = text[..end].strip_suffix('、').map(str::len) {
            let place = mentions[..k].iter().rev().find(|m| {
                m.end == separator
                    && is_division(m.entity)
                    && (table.entities[m.entity].lexicon)
                        .and_then(|i| lexicon.get(i).admin_level())
                        .is_some_and(|level| levels.contains(&level))
            });
            let Some(place) = place else { break };
            implied.push((
                format!("{}{head}", clean_name(&text[place.start..place.end])),
                place.start..place.end,
            ));
            end = place.start;
        }
    }
    for (name, span) in implied {
        // The lexicon's zone of that name, if it has one (襄阳国家高新区).
        let known = (extractor.gazetteer.exact(&name).into_iter().flatten())
            .copied()
            .find(|&i| lexicon.get(i).entity_type == EntityType::Zone);
        let entity = match known {
            Some(i) => {
                let entry = lexicon.get(i);
                table.add(&entry.name, EntityType::Zone, Some(i), entry.code.clone())
            }
            None => table.add(&name, EntityType::Zone, None, None),
        };
        table.entities[entity].mentions.push(span);
    }
}

/// The administrative division written before the head of a zone's name that the lexicon
/// knows whole (宜昌 in 宜昌国家高新区), which a search of the name does not find apart: the
/// longest proper prefix of two characters or more that is a division's form.
fn division_before_head<'g>(extractor: &'g Extractor, name: &str) -> Option<GazetteerMatch<'g>> {
    let lexicon = &extractor.lexicon;
    let ends: Vec<usize> = name.char_indices().skip(2).map(|(i, _)| i).collect();
    ends.into_iter().rev().find_map(|end| {
        let entries = extractor.gazetteer.exact(&name[..end])?;
        (entries.iter())
            .any(|&i| lexicon.get(i).entity_type == EntityType::AdministrativeRegion)
            .then_some(GazetteerMatch {
                start: 0,
                end,
                entries,
            })
    })
}

/// How many mentions back [`referred_entity`] looks.
const MAX_REFERENCE_MENTIONS: usize = 64;

/// The entity of the last of `before` (at most [`MAX_REFERENCE_MENTIONS`] back) whose name
/// ends with `head`, an organization, facility or zone: what a bare 中心 or 实验室 refers to.
/// A school (学校, 该校) is the last university. The institution the document is about
/// (`own`, the one its title opens with) comes first when it fits: in a university's own
/// report, 学校 is that university even after 某大学教授某某.
pub(crate) fn referred_entity(
    extractor: &Extractor,
    table: &EntityTable,
    before: &[Mention],
    head: &str,
    own: Option<usize>,
) -> Option<usize> {
    let school = head.ends_with('校');
    // (Not a name whose head is part of a longer word: 新区 is no head of 某协同创新区, 创新
    // being one word.)
    let ends_with_head = |name: &str| {
        name.strip_suffix(head).is_some_and(|stem| {
            let glued = (stem.chars().next_back()).zip(head.chars().next());
            !glued.is_some_and(|(a, b)| is_common_word(extractor, a, b))
        })
    };
    let fits = |e: usize| {
        let entity = &table.entities[e];
        let kind = entity.entity_type;
        if school {
            return kind == EntityType::University;
        }
        // (园区 refers to any park: 某科技园, 某产业园.)
        let park = head == "园区" && kind == EntityType::Zone && entity.name.ends_with('园');
        (matches!(
            kind.coarse(),
            CoarseType::Organization | CoarseType::Facility
        ) || kind == EntityType::Zone)
            && (ends_with_head(name_without_site(&entity.name)) || park)
    };
    own.filter(|&e| fits(e)).or_else(|| {
        (before.iter().rev().take(MAX_REFERENCE_MENTIONS))
            .map(|m| m.entity)
            .find(|&e| fits(e))
    })
}

/// A name without the site in brackets at its end (某省实验室（汕头）: 某省实验室).
fn name_without_site(name: &str) -> &str {
    name.strip_suffix(['）', ')'])
        .and_then(|inner| inner.rfind(['（', '(']))
        .map_or(name, |open| &name[..open])
}

/// What may follow a bare head that opens a sentence as its subject (公司与清华大学…,
/// 该所牵头…): a preposition, an adverb or a verb of the relations, not more of a noun
/// (大学生, 中心城区, 园区企业).
const AFTER_REFERRING_HEAD: [&str; 38] = [
    "与", "和", "同", "联合", "会同", "携手", "牵头", "承担", "获批", "获得", "荣获", "入选",
    "先后", "已", "将", "还", "也", "积极", "累计", "共", "成立", "组建", "设立", "建设", "建成",
    "支持", "依托", "位于", "坐落", "在", "由", "于", "新增", "实现", "拥有", "集聚", "引进",
    "孵化",
];

/// The referring head `opening` starts with (中心, 该所) and the bytes of 该 or 本 before it:
/// a head of one character refers only after one of them.
pub(crate) fn referring_head<'h>(
    heads: &'h ReferringHeads,
    opening: &str,
) -> Option<(&'h str, usize)> {
    let (pointed, rest) = match opening.strip_prefix(['该', '本']) {
        Some(rest) => (true, rest),
        None => (false, opening),
    };
    // (The first character first: most openings start no head.)
    let first = rest.chars().next()?;
    let head = (heads.starting_with(first).iter())
        .find(|h| rest.starts_with(h.as_str()) && (pointed || h.chars().nth(1).is_some()))?;
    Some((head, opening.len() - rest.len()))
}

/// The bare heads that may refer to an institution named before (`facts.referring_heads`:
/// 公司, 中心, 该所), by their first character.
#[derive(Debug, Default)]
pub(crate) struct ReferringHeads {
    /// Each first character with the heads that begin with it, in the rules' order;
    /// sorted by the character.
    by_first: Vec<(char, Vec<String>)>,
}

impl ReferringHeads {
    /// The index of `heads`.
    pub(crate) fn new(heads: &[String]) -> Self {
        Self {
            by_first: super::chars::by_first_char(heads),
        }
    }

    /// The heads that begin with `c`, in the rules' order.
    pub(crate) fn starting_with(&self, c: char) -> &[String] {
        match self.by_first.binary_search_by_key(&c, |(first, _)| *first) {
            Ok(i) => &self.by_first[i].1,
            Err(_) => &[],
        }
    }
}

/// Mentions of the bare heads that open a sentence as its subject and refer to the last
/// institution or zone named with them (宁德时代新能源科技股份有限公司…。公司与清华大学共建…):
/// the relation stage then reads them as it reads the names. A head of one character
/// refers only after 该 or 本 (该所); the heads are `facts.referring_heads`. The entities
/// keep their names and aliases.
pub(crate) fn add_referring_mentions(
    extractor: &Extractor,
    doc: &Document,
    table: &EntityTable,
    mentions: &mut Vec<Mention>,
) {
    let text = &doc.text;
    let heads = &extractor.referring_heads;
    let own = super::title_entity(doc, mentions);
    let mut found = Vec::new();
    // The sentence's opening, and a clause's that opens with 该 or 本 (…隆中实验室，该实验室
    // 由…组建).
    static POINTED_CLAUSES: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| {
            ["，该", "，本"].map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
        });
    let sentence_openings =
        (doc.sentences.iter()).map(|sentence| super::facts::strip_time(&text[sentence.clone()]));
    let clause_openings = (POINTED_CLAUSES.iter())
        .flat_map(|finder| finder.find_iter(text.as_bytes()))
        .map(|at| &text[at + "，".len()..]);
    let openings = sentence_openings.chain(clause_openings);
    for opening in openings {
        let start = opening.as_ptr() as usize - text.as_ptr() as usize;
        let Some((head, pointer)) = referring_head(heads, opening) else {
            continue;
        };
        let after_head = pointer + head.len();
        if !super::facts::starts_with_any(&opening[after_head..], &AFTER_REFERRING_HEAD) {
            continue;
        }
        let end = start + after_head;
        let next = mentions.partition_point(|m| m.start < start);
        let overlaps = mentions.get(next).is_some_and(|m| m.start < end)
            || next.checked_sub(1).is_some_and(|i| mentions[i].end > start);
        if overlaps {
            continue;
        }
        if let Some(entity) = referred_entity(extractor, table, &mentions[..next], head, own) {
            found.push(Mention { start, end, entity });
        }
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// The entries a gazetteer match may stand for. A county-level short form (罗山 for
/// 罗山县, 利通 for 利通区) is mostly a word or part of another name; it counts only for a
/// county in the document's province. A place's short form of two characters that makes a
/// common word with its neighbour is none (关中 in 相关中小企业).
fn plausible_entries<'a>(
    extractor: &Extractor,
    context: &Context,
    surface: &str,
    entries: &'a [usize],
    straddles_word: impl Fn() -> bool,
) -> Cow<'a, [usize]> {
    let lexicon = &extractor.lexicon;
    let plausible = |&i: &usize| {
        let e = lexicon.get(i);
        let short_form = e.name != surface && e.entity_type.coarse() == CoarseType::Place;
        let short_county = short_form
            && e.entity_type == EntityType::AdministrativeRegion
            && e.admin_level().is_some_and(|l| l >= 3);
        let glued = || short_form && surface.chars().count() == 2 && straddles_word();
        (!short_county || context.in_province(lexicon, i) != Some(false)) && !glued()
    };
    if entries.iter().all(plausible) {
        Cow::Borrowed(entries)
    } else {
        Cow::Owned(entries.iter().copied().filter(plausible).collect())
    }
}

/// Drops from `forms` (`(start, end, pattern)` of the lexicon's forms in `text`) the
/// two-character short forms of places glued into a common word, before the
/// leftmost-longest pick: 同江 in 会同江西省 would hide 江西省, 同安 in 共同安排 is no place.
pub(crate) fn drop_glued_place_forms(
    extractor: &Extractor,
    text: &str,
    forms: &mut Vec<(usize, usize, u32)>,
) {
    let lexicon = &extractor.lexicon;
    forms.retain(|&(start, end, pattern)| {
        let surface = &text[start..end];
        if surface.chars().count() != 2 {
            return true;
        }
        let entries = extractor.gazetteer.entries_of_pattern(pattern);
        let all_short_places = entries.iter().all(|&i| {
            let e = lexicon.get(i);
            e.name != surface && e.entity_type.coarse() == CoarseType::Place
        });
        !(all_short_places && straddles_common_word(extractor, text, start..end))
    });
}

/// Whether `a` and `b` make one of the rules' common two-character words (创新, 平台).
fn is_common_word(extractor: &Extractor, a: char, b: char) -> bool {
    let mut buf = [0u8; 8];
    let first = a.encode_utf8(&mut buf).len();
    let word = b.encode_utf8(&mut buf[first..]).len() + first;
    let word = std::str::from_utf8(&buf[..word]).unwrap_or_default();
    (extractor.rules.common_words)
        .binary_search_by(|w| w.as_str().cmp(word))
        .is_ok()
}

/// Whether the characters at `span`'s edges make a common word with their neighbours
/// outside it: 新平 in 创新平台 (创新, 平台), 新和 in 创新和.
fn straddles_common_word(extractor: &Extractor, text: &str, span: Range<usize>) -> bool {
    let is_word = |a: char, b: char| is_common_word(extractor, a, b);
    let inner = &text[span.clone()];
    let glued_before = (text[..span.start].chars().next_back())
        .zip(inner.chars().next())
        .is_some_and(|(a, b)| is_word(a, b));
    let glued_after = (inner.chars().next_back())
        .zip(text[span.end..].chars().next())
        .is_some_and(|(a, b)| is_word(a, b));
    glued_before || glued_after
}

/// Resolves a whole string (such as a publisher) to an entity name and type.
pub(crate) fn resolve_standalone(
    extractor: &Extractor,
    context: &Context,
    text: &str,
) -> Option<(String, EntityType)> {
    let text = text.trim();
    let whole = 0..text.len();
    let whole = std::slice::from_ref(&whole);
    // The same pass finds the lexicon's forms and the rules' words, as in a document.
    let mut scan = extractor.entity_prefilter.scan(text, 0, whole);
    drop_glued_place_forms(extractor, text, &mut scan.forms);
    let gazetteer_matches = (extractor.gazetteer).leftmost_longest(std::mem::take(&mut scan.forms));
    let mut candidates = Vec::new();
    for m in &gazetteer_matches {
        candidates.push(Candidate {
            start: m.start,
            end: m.end,
            rank: 3,
            priority: 0,
            resolution: Resolution::Lexicon(Cow::Borrowed(m.entries)),
        });
    }
    agency_candidates(
        extractor,
        context,
        text,
        &scan.agencies,
        &gazetteer_matches,
        &mut candidates,
    );
    rule_candidates(extractor, text, whole, &scan, |_| true, &mut candidates);
    // The whole text, or all of it after the places it opens with (宁波市鄞州区科学技术局 is
    // 鄞州区科学技术局).
    let whole = select(extractor, text, candidates)
        .into_iter()
        .find(|c| c.end == text.len() && only_places(extractor, &text[..c.start]))?;
    resolve(extractor, context, &whole.resolution).map(|(name, t, _)| (name.into_owned(), t))
}

/// Whether `text` is nothing but administrative regions written one after the other (or
/// nothing at all).
fn only_places(extractor: &Extractor, text: &str) -> bool {
    let mut at = 0;
    for m in extractor.gazetteer.find_iter(text) {
        let region = (m.entries.iter())
            .any(|&i| extractor.lexicon.get(i).entity_type == EntityType::AdministrativeRegion);
        if m.start != at || !region {
            return false;
        }
        at = m.end;
    }
    at == text.len()
}

/// The zones the pattern rules find inside a string (a policy's title names 飞云江科技城 in
/// 飞云江科技城发展规划), with their canonical names; the whole string is not one of them.
pub(crate) fn zones_named_in(extractor: &Extractor, context: &Context, text: &str) -> Vec<String> {
    let zone_heads = extractor.entity_prefilter.zone_heads.as_ref();
    if zone_heads.is_some_and(|heads| !heads.is_match(text)) {
        return Vec::new();
    }
    let mut candidates = Vec::new();
    let whole = 0..text.len();
    let whole = std::slice::from_ref(&whole);
    let scan = extractor.entity_prefilter.scan(text, 0, whole);
    rule_candidates(
        extractor,
        text,
        whole,
        &scan,
        |rule| rule.entity_type == EntityType::Zone,
        &mut candidates,
    );
    select(extractor, text, candidates)
        .iter()
        .filter(|c| c.end - c.start < text.len())
        .filter_map(|c| resolve(extractor, context, &c.resolution))
        .filter(|(_, entity_type, _)| *entity_type == EntityType::Zone)
        .map(|(name, _, _)| name.into_owned())
        .collect()
}

fn agency_candidates(
    extractor: &Extractor,
    context: &Context,
    text: &str,
    forms: &[(usize, usize, usize)],
    gazetteer_matches: &[GazetteerMatch],
    out: &mut Vec<Candidate>,
) {
    let lexicon = &extractor.lexicon;
    // The gazetteer's matches do not overlap, so they are sorted by their ends too.
    let place_ending_at = |at: usize| {
        let k = gazetteer_matches
            .binary_search_by_key(&at, |m| m.end)
            .ok()?;
        let m = &gazetteer_matches[k];
        m.entries
            .iter()
            .any(|&i| lexicon.get(i).entity_type == EntityType::AdministrativeRegion)
            .then_some(m)
    };
    for &(start, end, agency) in forms {
        let rule = &extractor.rules.agencies[agency];
        // 各市科技局, 各区（县、市）科技局: the bodies a notice is addressed to, no one body.
        if addressed_to_each(text, start) {
            continue;
        }
        // 民盟浙江省委会, 九三学社贵阳市委会: a democratic party's committee, not the Party's.
        if &text[start..end] == "委" && text[end..].starts_with('会') {
            continue;
        }
        let before = text[..start].chars().next_back();
        let (place, span_start) = if let Some(place) = place_ending_at(start) {
            let entries: Vec<usize> = place
                .entries
                .iter()
                .copied()
                .filter(|&i| lexicon.get(i).entity_type == EntityType::AdministrativeRegion)
                .collect();
            (choose_entry(extractor, context, &entries), place.start)
        } else if text[..start].ends_with(AUTONOMOUS_REGION) {
            // 自治区科技厅: the level mark of an autonomous region, a province.
            let place = (context.place_for_level("省"))
                .filter(|&p| lexicon.get(p).name.ends_with(AUTONOMOUS_REGION));
            (place, start - AUTONOMOUS_REGION.len())
        } else if let Some(mark @ ('省' | '市' | '县' | '区')) = before {
            // 河南、四川的省科技厅: the bodies of the places listed, no one body.
            let of_listed_places = (text[..start - mark.len_utf8()].strip_suffix('的'))
                .and_then(|before| place_ending_at(before.len()))
                .is_some_and(|last| {
                    ['、', '和', '与', '及'].iter().any(|&joiner| {
                        (text[..last.start].strip_suffix(joiner))
                            .is_some_and(|before| place_ending_at(before.len()).is_some())
                    })
                });
            if of_listed_places {
                continue;
            }
            // 县科技局 in a county's document; in any other, no bureau it can name.
            let place = context
                .place_for_level(&mark.to_string())
                .filter(|&p| matches!(mark, '省' | '市') || lexicon.get(p).name.ends_with(mark));
            (place, start - mark.len_utf8())
        } else if rule.bare {
            (context.place_for_level(&rule.level), start)
        } else {
            continue;
        };
        let Some(place) = place else { continue };
        // 沈阳市、大连市科技局: the body's word goes to each place of the list before it of the
        // same level (each place stays the span of its own body).
        let mut listed_end = span_start;
        while let Some(before) = (text[..listed_end].strip_suffix(['、', '和', '及']))
            .filter(|_| span_start < end && listed_end <= span_start)
        {
            let Some(earlier) = place_ending_at(before.len()) else {
                break;
            };
            let level = lexicon.get(place).admin_level();
            let same_level = (earlier.entries.iter().copied())
                .filter(|&i| lexicon.get(i).admin_level() == level)
                .collect::<Vec<_>>();
            let Some(other) = choose_entry(extractor, context, &same_level) else {
                break;
            };
            let name = rule.full.replace("{place}", &lexicon.get(other).name);
            out.push(Candidate {
                start: earlier.start,
                end: earlier.end,
                rank: 4,
                priority: 0,
                resolution: Resolution::Named {
                    lexicon: (lexicon.indices_by_name(&name)).find(|&i| {
                        lexicon.get(i).entity_type.coarse() == rule.entity_type.coarse()
                    }),
                    name,
                    entity_type: rule.entity_type,
                },
            });
            listed_end = earlier.start;
        }
        // The Party's committees are written 中共某市委: 中共 belongs to the mention.
        let span_start = match text[..span_start].strip_suffix("中共") {
            Some(before)
                if rule.full.starts_with("中国共产党") || rule.full.starts_with("中共") =>
            {
                before.len()
            }
            _ => span_start,
        };
        let mut name = rule.full.replace("{place}", &lexicon.get(place).name);
        let mut end = end;
        let mut entity_type = rule.entity_type;
        if let Some(unit) = sub_unit_after(extractor, &text[end..]) {
            name.push_str(unit);
            end += unit.len();
            entity_type = EntityType::GovernmentBody;
        }
        out.push(Candidate {
            start: span_start,
            end,
            rank: 2,
            priority: 0,
            resolution: Resolution::Named {
                lexicon: lexicon
                    .indices_by_name(&name)
                    .find(|&i| lexicon.get(i).entity_type.coarse() == rule.entity_type.coarse()),
                name,
                entity_type,
            },
        });
    }
}

/// How far back [`addressed_to_each`] looks for 各.
const ADDRESSEE_BYTES: usize = 30;

/// Whether the list item that ends at `start` opens with 各 (各市科技局, 各区（县、市）科技局,
/// 各设区市科技局): it names every body of a kind.
fn addressed_to_each(text: &str, start: usize) -> bool {
    let from = super::chars::ceil_boundary(text, start.saturating_sub(ADDRESSEE_BYTES));
    let item_start = text[from..start]
        .rfind(['，', ',', '：', ':', '。', '；', '\n'])
        .map(|i| from + i + text[from + i..].chars().next().map_or(1, char::len_utf8));
    item_start.is_some_and(|i| text[i..start].trim_start().starts_with('各'))
}

/// The level mark of an autonomous region (自治区科技厅, 自治区党委).
pub(crate) const AUTONOMOUS_REGION: &str = "自治区";

/// The name of a division written right after an agency (法规处 in 省科技厅法规处,
/// 实验室与平台基地处): up to ten characters ending in 处 or 司, with no clause break and
/// no stop word but 与/和/及 inside, and not the verb 处理/处置; or its general or press
/// office (办公室, 办公厅, 新闻办公室).
fn sub_unit_after<'a>(extractor: &Extractor, rest: &'a str) -> Option<&'a str> {
    let offices = ["新闻办公室", "办公室", "办公厅"];
    if let Some(office) = offices.iter().find(|o| rest.starts_with(**o)) {
        return Some(&rest[..office.len()]);
    }
    let mut chars = 0;
    for (i, c) in rest.char_indices() {
        if !is_han(c) || chars >= 10 {
            return None;
        }
        chars += 1;
        if matches!(c, '处' | '司') && chars >= 2 {
            let unit = &rest[..i + c.len_utf8()];
            let follows = rest[unit.len()..].chars().next();
            let verb = follows.is_some_and(|f| matches!(f, '理' | '置' | '罚' | '分' | '长'));
            let broken = extractor
                .entity_prefilter
                .literals
                .find(unit)
                .any(|(s, e, found)| found.is_stop() && !matches!(&unit[s..e], "与" | "和" | "及"));
            return (!verb && !broken).then_some(unit);
        }
    }
    None
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// 我厅/我局/我委 → the issuer; 我省/我市 → the document's province or city.
fn self_reference_candidates(
    extractor: &Extractor,
    context: &Context,
    text: &str,
    from: usize,
    out: &mut Vec<Candidate>,
) {
    let lexicon = &extractor.lexicon;
    // memmem tests two of 我's three bytes at once; `match_indices('我')` stops at each of
    // its last byte, which Chinese text holds every few dozen bytes.
    static WO: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("我"));
    for i in WO.find_iter(&text.as_bytes()[from..]) {
        let start = from + i;
        let Some(next) = text[start + '我'.len_utf8()..].chars().next() else {
            continue;
        };
        let end = start + '我'.len_utf8() + next.len_utf8();
        let resolution = match next {
            '省' | '市' => context
                .place_for_level(&next.to_string())
                .filter(|&p| lexicon.get(p).name.ends_with(next))
                .map(|p| Resolution::Lexicon(Cow::Owned(vec![p]))),
            '厅' | '局' | '委' | '办' | '院' | '会' | '部' => context
                .issuer
                .as_ref()
                .filter(|(name, _)| {
                    name.ends_with(next) || (next == '委' && name.ends_with("委员会"))
                })
                .map(|(name, t)| Resolution::Named {
                    name: name.clone(),
                    entity_type: *t,
                    lexicon: None,
                }),
            _ => None,
        };
        if let Some(resolution) = resolution {
            out.push(Candidate {
                start,
                end,
                rank: 2,
                priority: 0,
                resolution,
            });
        }
    }
}

/// What one pass of the rule literals over a text's sentences finds.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// `(sentence, rule, end)` for every head word of the rule that ends at byte `end`
    /// inside the sentence, sorted and without duplicates.
    hits: Vec<(u32, u32, u32)>,
    /// The `(sentence, rule)` pairs that a gate literal opens, sorted.
    open: Vec<(usize, usize)>,
    /// The stop words, name words and coordination heads inside the sentences.
    words: Words,
    /// `(start, end, agency rule)` of the agencies' short forms (科技厅, 发改委) from the
    /// scan's start on, leftmost-longest and without overlaps, in text order.
    agencies: Vec<(usize, usize, usize)>,
    /// `(start, end, pattern)` of every occurrence of a lexicon form from the scan's start
    /// on, for [`crate::lexicon::Gazetteer::leftmost_longest`].
    pub(crate) forms: Vec<(usize, usize, u32)>,
    /// Where each character the fact rules look for begins, from the scan's start on, in
    /// order (32-bit offsets, as in [`Words`]).
    pub(crate) marks: Vec<u32>,
    /// `(start, level mark)` of each level mark (省, 市) from the scan's start on, in order.
    pub(crate) levels: Vec<(u32, u8)>,
    /// `(rule, start, word, end)` of every occurrence of a relation trigger's word from the
    /// scan's start on, for [`RulePrefilter::relation_triggers`].
    triggers: Vec<(u32, u32, u32, u32)>,
}

/// Occurrences `(start, end)` of the stop words, the name words and the coordination
/// head words inside a text's sentences, each in order of their end: cutting a name's left
/// edge looks them up instead of scanning the name again. Written for every document and
/// read again by later stages, they keep 32-bit offsets, half the memory of `usize`.
#[derive(Debug, Default)]
struct Words {
    stops: Vec<(u32, u32)>,
    /// For each sentence, where its stop words begin in `stops` (and the length of
    /// `stops` after the last): a name's cut looks only at its sentence's few.
    sentence_stops: Vec<usize>,
    names: Vec<(u32, u32)>,
    /// The coordination head words.
    list_heads: Vec<(u32, u32)>,
}

impl Words {
    /// The stop words of sentence `sentence` of the scan, in order of their end.
    fn stops_in(&self, sentence: usize) -> &[(u32, u32)] {
        match self.sentence_stops.get(sentence..=sentence + 1) {
            Some(&[from, to]) => &self.stops[from..to],
            _ => &self.stops,
        }
    }

    /// The occurrences of `list` that lie inside `start..end`.
    fn inside(
        list: &[(u32, u32)],
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        (Self::ending_in(list, start, end).iter())
            .map(|&(s, e)| (s as usize, e as usize))
            .filter(move |&(s, _)| s >= start)
    }

    /// The occurrences of `list` that end after `start` and at or before `end`, in order
    /// of their end: those that begin at or after `start` lie inside.
    fn ending_in(list: &[(u32, u32)], start: usize, end: usize) -> &[(u32, u32)] {
        let from = list.partition_point(|&(_, e)| e as usize <= start);
        let to = from + list[from..].partition_point(|&(_, e)| e as usize <= end);
        &list[from..to]
    }
}

/// What a pattern of the rule automaton is to the rule stage.
#[derive(Clone, Copy, Debug)]
enum Literal {
    /// The head word of this index: rules that require it may end there.
    Head(usize),
    /// The gate literal of this index: it opens its rules in its sentence.
    Gate(usize),
    /// A stop word: a name's left edge stops after it.
    Stop,
    /// A name word: stop words inside it do not cut.
    Name,
    /// A coordination head word (实验室 in 东湖、南山等省实验室).
    ListHead,
    /// The short form of this index of an agency rule (科技厅 of 省科技厅).
    Agency(usize),
    /// The lexicon form of this pattern number of the gazetteer.
    Form(u32),
    /// A character the fact rules look for ([`super::facts::FactMatchers::marked_chars`]).
    Mark,
    /// The level mark of this index of [`super::context::LEVEL_MARKS`] (省, 市).
    Level(u8),
    /// Word `word` of the trigger of relation rule `rule` (a trigger that is a plain
    /// alternation of words, [`super::relations::trigger_words`]).
    Trigger { rule: u32, word: u32 },
}

/// What a match of the rule automaton is: a pattern that is only a stop word or only a
/// mark (most matches are one of these two, told by the pattern's value alone), or the
/// kinds of literal the pattern is.
#[derive(Clone, Copy, Debug)]
enum LiteralMatch<'a> {
    /// Only a stop word.
    Stop,
    /// Only a mark.
    Mark,
    /// Any other pattern: its kinds.
    Kinds(&'a [Literal]),
}

impl LiteralMatch<'_> {
    /// Whether the literal is a stop word (perhaps among other kinds).
    fn is_stop(&self) -> bool {
        match self {
            LiteralMatch::Stop => true,
            LiteralMatch::Mark => false,
            LiteralMatch::Kinds(kinds) => kinds.iter().any(|k| matches!(k, Literal::Stop)),
        }
    }

    /// Whether the literal is an agency's short form (perhaps among other kinds).
    fn is_agency(&self) -> bool {
        match self {
            LiteralMatch::Stop | LiteralMatch::Mark => false,
            LiteralMatch::Kinds(kinds) => kinds.iter().any(|k| matches!(k, Literal::Agency(_))),
        }
    }

    /// Whether the literal is a head word of the rules (perhaps among other kinds).
    fn is_head(&self) -> bool {
        match self {
            LiteralMatch::Stop | LiteralMatch::Mark => false,
            LiteralMatch::Kinds(kinds) => kinds.iter().any(|k| matches!(k, Literal::Head(_))),
        }
    }
}

/// The automaton of the rule literals and what each of its patterns is. A double-array
/// automaton (daachorse) steps a character at a time, which on Chinese text is about
/// three times faster than a byte DFA here.
#[derive(Clone)]
struct RuleLiterals {
    /// Each pattern's value is where its kinds are in `kinds`, `offset << 8 | count`, or
    /// [`Self::STOP`] or [`Self::MARK`] for a pattern that is only that.
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    /// The kinds of every pattern, pattern after pattern.
    kinds: Vec<Literal>,
}

impl std::fmt::Debug for RuleLiterals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleLiterals")
            .field("kinds", &self.kinds.len())
            .finish()
    }
}

impl RuleLiterals {
    /// The value of the patterns that are only a stop word: most matches are one.
    const STOP: u32 = u32::MAX;
    /// The value of the patterns that are only a mark (a digit, 年).
    const MARK: u32 = u32::MAX - 1;

    /// Every occurrence of a literal in `text`, in order of their ends, with what the
    /// literal is.
    fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, LiteralMatch<'a>)> {
        self.automaton.find_overlapping_iter(text).map(|m| {
            let found = match m.value() {
                Self::STOP => LiteralMatch::Stop,
                Self::MARK => LiteralMatch::Mark,
                value => {
                    let (offset, count) = ((value >> 8) as usize, (value & 0xFF) as usize);
                    LiteralMatch::Kinds(&self.kinds[offset..offset + count])
                }
            };
            (m.start(), m.end(), found)
        })
    }

    /// The automaton of `patterns`, each with its kinds of literal (at most 255 each).
    fn new(patterns: &[&str], kinds: Vec<Vec<Literal>>) -> Result<Self> {
        let too_many = || Error::data("rules: entity head words", 0, "too many literals");
        let mut flat = Vec::new();
        let mut values = Vec::new();
        for pattern_kinds in kinds {
            if let [only @ (Literal::Stop | Literal::Mark)] = pattern_kinds[..] {
                values.push(match only {
                    Literal::Stop => Self::STOP,
                    _ => Self::MARK,
                });
                continue;
            }
            // Offsets below 2^24 - 1 keep every value below `MARK` and `STOP`.
            let offset = u32::try_from(flat.len())
                .ok()
                .filter(|&o| o < (1 << 24) - 1);
            let count = u8::try_from(pattern_kinds.len()).ok();
            let (Some(offset), Some(count)) = (offset, count) else {
                return Err(too_many());
            };
            values.push(offset << 8 | u32::from(count));
            flat.extend(pattern_kinds);
        }
        let automaton = CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(DaachorseMatchKind::Standard)
            .build_with_values(patterns.iter().zip(values))
            .map_err(|e| Error::data("rules: entity head words", 0, e.to_string()))?;
        Ok(Self {
            automaton,
            kinds: flat,
        })
    }
}

/// What makes the rule stage fast: one automaton pass over the literals every match of a
/// rule must end with (its head words, closing marks) tells which rules can match in
/// which sentence, so a rule's matcher runs only where its head occurs; the same pass
/// finds the stop words that cut a name's left edge, and for the other stages the
/// lexicon's forms, the agencies' short forms, the relation triggers' words, the level
/// marks and the characters of numbers ([`Scan`]).
#[derive(Clone, Debug)]
pub(crate) struct RulePrefilter {
    /// The rules' suffix literals (head words), their gate literals, the stop words, the
    /// name words, the coordination heads, the agencies' short forms, the lexicon's forms
    /// and the relation triggers' words: one pass over the text finds them all.
    literals: RuleLiterals,
    /// For each head word, the rules that require it.
    head_rules: Vec<Vec<usize>>,
    /// Rules without a usable suffix literal: they run sentence by sentence.
    always: Vec<usize>,
    /// For rules whose suffix literals are short and frequent (a comma, one character),
    /// their prefix literals (titles before a name), and for rules without suffix
    /// literals, literals every match contains: the rule runs only in sentences that
    /// contain one. For each gate literal, the rules it opens.
    gate_rules: Vec<Vec<usize>>,
    /// Whether a rule is gated.
    gated: Vec<bool>,
    /// Whether a rule's name is its whole match (a `name` group around the whole pattern,
    /// or none): a plain search finds it, without resolving capture groups.
    whole_name: Vec<bool>,
    /// For rules of the shape *literals, run of a class, literals*, a hand matcher that
    /// replaces the backward regex search at each head word.
    run_matchers: Vec<Option<RunMatcher>>,
    /// For rules of other shapes, literals one of which every match holds within so many
    /// bytes of its end: a hit without one there needs no regex search.
    near_end: Vec<Option<NearEnd>>,
    /// The index of each rule's group `name`, if it has one.
    name_group: Vec<Option<usize>>,
    /// Whether a rule's pattern has no look-around assertion (`^`, `$`, `\b`): a match
    /// inside a sentence is then a match in the whole text too.
    local: Vec<bool>,
    /// The counts and demonstratives cut from a name's left edge (`left_strip`).
    left_strip: Vec<Guarded>,
    /// The characters any of `left_strip` can begin with, sorted; `None` if one of them can
    /// begin with any.
    left_strip_first: Option<Vec<char>>,
    /// What is removed from a rule's name to give its canonical form (`canonical_drop`).
    canonical_drop: Vec<Guarded>,
    /// Lists closed by 等 before a coordination head word, if there are head words.
    coordination: Option<ListMatcher>,
    /// For each agency short form, the index of its agency rule.
    agency_rules: Vec<usize>,
    /// Whether the literals hold the words of each relation rule's trigger.
    trigger_rules: Vec<bool>,
    /// The head words of the zone rules, if every zone rule has some: a text holding none
    /// names no zone ([`zones_named_in`]).
    zone_heads: Option<aho_corasick::AhoCorasick>,
    /// The pairs of characters a lexicon form holds side by side, the second a stop word
    /// of one character (工和 of 工业和信息化部, 泰和 of 泰和县): only after such a pair may
    /// that stop word lie inside a known name ([`trim_left`]).
    stop_pairs: rustc_hash::FxHashSet<[char; 2]>,
}

impl RulePrefilter {
    /// Compiles the automata of a rule set; the one pass also finds the characters the
    /// fact rules look for (`marked`).
    pub(crate) fn new(
        rules: &RuleSet,
        gazetteer: &Gazetteer,
        marked: impl IntoIterator<Item = char>,
    ) -> Result<Self> {
        let mut literals: Vec<String> = Vec::new();
        let mut head_rules: Vec<Vec<usize>> = Vec::new();
        let mut always = Vec::new();
        let mut gate_literals: Vec<String> = Vec::new();
        let mut gate_rules: Vec<Vec<usize>> = Vec::new();
        let mut gated = vec![false; rules.entities.len()];
        // The zone rules' head words, `None` once a zone rule has none.
        let mut zone_heads: Option<Vec<String>> = Some(Vec::new());
        for (index, rule) in rules.entities.iter().enumerate() {
            let suffixes = literals_of(rule.pattern.as_str(), ExtractKind::Suffix);
            if rule.entity_type == EntityType::Zone {
                zone_heads = zone_heads
                    .zip(suffixes.clone())
                    .map(|(mut heads, suffixes)| {
                        heads.extend(suffixes);
                        heads
                    });
            }
            match suffixes {
                Some(rule_literals) => {
                    let frequent = rule_literals.iter().any(|l| l.len() <= 3);
                    if let Some(prefixes) =
                        literals_of(rule.pattern.as_str(), ExtractKind::Prefix).filter(|_| frequent)
                    {
                        gated[index] = true;
                        for literal in prefixes {
                            match gate_literals.iter().position(|l| *l == literal) {
                                Some(p) => gate_rules[p].push(index),
                                None => {
                                    gate_literals.push(literal);
                                    gate_rules.push(vec![index]);
                                }
                            }
                        }
                    }
                    for literal in rule_literals {
                        match literals.iter().position(|l| *l == literal) {
                            Some(p) => head_rules[p].push(index),
                            None => {
                                literals.push(literal);
                                head_rules.push(vec![index]);
                            }
                        }
                    }
                }
                None => {
                    always.push(index);
                    // Rules without head words run only in sentences holding one of the
                    // literals that every match contains (the titles of the person rules).
                    if let Some(required) = gate_literals_of(rule.pattern.as_str()) {
                        gated[index] = true;
                        for literal in required {
                            match gate_literals.iter().position(|l| *l == literal) {
                                Some(p) => gate_rules[p].push(index),
                                None => {
                                    gate_literals.push(literal);
                                    gate_rules.push(vec![index]);
                                }
                            }
                        }
                    }
                }
            }
        }
        let (agency_forms, agency_rules): (Vec<&String>, Vec<usize>) = (rules.agencies.iter())
            .enumerate()
            .flat_map(|(index, agency)| agency.forms.iter().map(move |form| (form, index)))
            .unzip();
        // The words of the relation triggers that are plain alternations of words.
        let mut trigger_literals = Vec::new();
        let mut trigger_rules = Vec::new();
        for (rule, relation) in (0u32..).zip(&rules.relations) {
            let words = super::relations::trigger_words(relation.trigger.as_str());
            trigger_rules.push(words.is_some());
            for (word, literal) in (0u32..).zip(words.into_iter().flatten()) {
                trigger_literals.push((literal, Literal::Trigger { rule, word }));
            }
        }
        let marked: Vec<String> = marked.into_iter().map(String::from).collect();
        // One automaton for all the literals; a string may be several kinds of literal.
        let all = (literals.iter().enumerate())
            .map(|(i, l)| (l, Literal::Head(i)))
            .chain((gate_literals.iter().enumerate()).map(|(i, l)| (l, Literal::Gate(i))))
            .chain(rules.stop_words.iter().map(|l| (l, Literal::Stop)))
            .chain(rules.name_words.iter().map(|l| (l, Literal::Name)))
            .chain(
                rules
                    .coordination
                    .iter()
                    .map(|(l, _)| (l, Literal::ListHead)),
            )
            .chain((agency_forms.into_iter().enumerate()).map(|(i, l)| (l, Literal::Agency(i))))
            .map(|(l, kind)| (l.as_str(), kind))
            .chain((gazetteer.forms()).map(|(form, i)| (form, Literal::Form(i))))
            .chain(trigger_literals.iter().copied())
            .chain(marked.iter().map(|c| (c.as_str(), Literal::Mark)))
            .chain(
                (0u8..)
                    .zip(super::context::LEVEL_MARKS)
                    .map(|(i, l)| (l, Literal::Level(i))),
            );
        // One pattern for each string, with every kind of literal it is.
        let mut patterns: Vec<&str> = Vec::new();
        let mut literal_kinds: Vec<Vec<Literal>> = Vec::new();
        let mut pattern_of: FxHashMap<&str, usize> = FxHashMap::default();
        for (literal, kind) in all.filter(|(l, _)| !l.is_empty()) {
            let p = *pattern_of.entry(literal).or_insert_with(|| {
                patterns.push(literal);
                literal_kinds.push(Vec::new());
                patterns.len() - 1
            });
            literal_kinds[p].push(kind);
        }
        let literals = RuleLiterals::new(&patterns, literal_kinds)?;
        let (mut whole_name, mut local, mut run_matchers) = (Vec::new(), Vec::new(), Vec::new());
        let mut near_end = Vec::new();
        for rule in &rules.entities {
            let hir = regex_syntax::Parser::new()
                .parse(rule.pattern.as_str())
                .ok();
            let has_name = rule.pattern.capture_names().any(|n| n == Some("name"));
            let whole = !has_name || hir.as_ref().is_some_and(is_name_group);
            whole_name.push(whole);
            run_matchers.push(RunMatcher::of(rule.pattern.as_str()));
            let is_local = hir.is_some_and(|h| h.properties().look_set().is_empty());
            local.push(is_local);
            near_end.push(
                is_local
                    .then(|| NearEnd::of(rule.pattern.as_str()))
                    .flatten(),
            );
        }
        let coordination = (!rules.coordination.is_empty())
            .then(|| ListMatcher::new(rules.coordination.iter().map(|(h, _)| h.clone()).collect()));
        let one_char_stops: rustc_hash::FxHashSet<char> = (rules.stop_words.iter())
            .filter_map(|w| {
                let mut chars = w.chars();
                chars.next().filter(|_| chars.next().is_none())
            })
            .collect();
        let mut stop_pairs = rustc_hash::FxHashSet::default();
        for (form, _) in gazetteer.forms() {
            let chars: Vec<char> = form.chars().collect();
            stop_pairs.extend(
                (chars.windows(2))
                    .filter(|pair| one_char_stops.contains(&pair[1]))
                    .map(|pair| [pair[0], pair[1]]),
            );
        }
        let left_strip: Vec<Guarded> = rules.left_strip.iter().cloned().map(Guarded::new).collect();
        Ok(Self {
            stop_pairs,
            name_group: rules
                .entities
                .iter()
                .map(|rule| (rule.pattern_at_end.capture_names()).position(|n| n == Some("name")))
                .collect(),
            literals,
            head_rules,
            always,
            gate_rules,
            gated,
            whole_name,
            run_matchers,
            near_end,
            local,
            left_strip_first: (left_strip.iter())
                .map(|strip| strip.first.clone())
                .collect::<Option<Vec<Vec<char>>>>()
                .map(|firsts| {
                    let mut first = firsts.concat();
                    first.sort_unstable();
                    first.dedup();
                    first
                }),
            left_strip,
            canonical_drop: (rules.canonical_drop.iter().cloned())
                .map(Guarded::new)
                .collect(),
            coordination,
            agency_rules,
            trigger_rules,
            zone_heads: zone_heads
                .filter(|heads| heads.iter().all(|h| !h.is_empty()))
                .map(aho_corasick::AhoCorasick::new)
                .transpose()
                .map_err(|e| Error::data("rules: zone head words", 0, e.to_string()))?,
        })
    }

    /// Where rules may match in `sentences` (sorted, disjoint ranges of `text`), where the
    /// stop words and name words are, and the agencies' short forms from `from` on.
    fn scan(&self, text: &str, from: usize, sentences: &[Range<usize>]) -> Scan {
        // One pass: gate literals open rules in their sentence, head words are kept as
        // `(sentence, head word, end)` until every gate is known. Matches come in order of
        // their end, so the sentence that may hold one is found by walking forward.
        // Room for what policy text holds per kilobyte (70 stop words, 34 marks, 13 head
        // words, 8 lexicon forms, 6 level marks, 5 trigger words, 2 agency forms on the
        // dev corpus) and some more, so that the lists rarely grow: a list that outgrows
        // its room is copied to memory that is not in the cache.
        let per_kb = |n: usize| n * (text.len() - from) / 1024;
        let mut open = Vec::new();
        let mut heads = Vec::with_capacity(per_kb(20));
        let mut words = Words {
            stops: Vec::with_capacity(per_kb(100)),
            ..Words::default()
        };
        let mut agencies = Vec::with_capacity(per_kb(4));
        let mut forms = Vec::with_capacity(per_kb(14));
        let mut triggers = Vec::with_capacity(per_kb(8));
        let mut marks = Vec::with_capacity(per_kb(48));
        let mut levels = Vec::with_capacity(per_kb(9));
        let mut s = 0;
        for (start, end, found) in self.literals.find(&text[from..]) {
            let (start, end) = (from + start, from + end);
            while s < sentences.len() && sentences[s].end < end {
                s += 1;
            }
            let in_sentence = s < sentences.len() && sentences[s].start <= start;
            // The lists keep 32-bit offsets: a document's text is at most
            // `Document::MAX_TEXT_BYTES` long.
            let short = (start as u32, end as u32);
            let kinds = match found {
                LiteralMatch::Stop if in_sentence => {
                    words.stops.push(short);
                    continue;
                }
                LiteralMatch::Stop => continue,
                LiteralMatch::Mark => {
                    marks.push(short.0);
                    continue;
                }
                LiteralMatch::Kinds(kinds) => kinds,
            };
            for &kind in kinds {
                match kind {
                    Literal::Agency(form) => agencies.push((start, end, form)),
                    Literal::Form(pattern) => forms.push((start, end, pattern)),
                    Literal::Trigger { rule, word } => {
                        triggers.push((rule, short.0, word, short.1))
                    }
                    Literal::Mark => marks.push(short.0),
                    Literal::Level(mark) => levels.push((short.0, mark)),
                    _ if !in_sentence => {}
                    Literal::Head(head) => heads.push((s, head, end)),
                    Literal::Gate(gate) => {
                        open.extend(self.gate_rules[gate].iter().map(|&rule| (s, rule)))
                    }
                    Literal::Stop => words.stops.push(short),
                    Literal::Name => words.names.push(short),
                    Literal::ListHead => words.list_heads.push(short),
                }
            }
        }
        // Each sentence's stop words follow those of the sentences before it.
        let mut first_stop = 0;
        words.sentence_stops = (sentences.iter())
            .map(|sentence| {
                while words
                    .stops
                    .get(first_stop)
                    .is_some_and(|&(_, e)| e as usize <= sentence.start)
                {
                    first_stop += 1;
                }
                first_stop
            })
            .chain([words.stops.len()])
            .collect();
        open.sort_unstable();
        open.dedup();
        let mut hits = Vec::with_capacity(heads.len() * 2);
        for (s, head, end) in heads {
            for &rule in &self.head_rules[head] {
                if !self.gated[rule] || open.binary_search(&(s, rule)).is_ok() {
                    hits.push((s as u32, rule as u32, end as u32));
                }
            }
        }
        // The hits come in order of sentence: each sentence's few are sorted on their own.
        for sentence_hits in hits.chunk_by_mut(|a, b| a.0 == b.0) {
            sentence_hits.sort_unstable();
        }
        hits.dedup();
        Scan {
            hits,
            open,
            words,
            agencies: self.leftmost_longest(agencies),
            forms,
            marks,
            levels,
            triggers,
        }
    }

    /// Where the characters the fact rules look for begin in `text` (for tests of the
    /// facts stage).
    #[cfg(test)]
    pub(crate) fn marks_in(&self, text: &str) -> Vec<u32> {
        self.scan(text, 0, &[]).marks
    }

    /// For each relation rule, the matches of its trigger from byte `from` on that a
    /// regex search of the text from there finds, when the trigger's words are among the
    /// literals (`None` for the other rules): leftmost-first, the earliest word of the
    /// alternation winning at a start, without overlaps, in text order.
    pub(crate) fn relation_triggers(
        &self,
        scan: &Scan,
        from: usize,
    ) -> Vec<Option<Vec<Range<usize>>>> {
        // Each rule's occurrences `(start, word, end)`: they come in order of their end,
        // which is the order of their start unless some overlap (then they are sorted).
        let mut occurrences = vec![Vec::new(); self.trigger_rules.len()];
        for &(rule, start, word, end) in &scan.triggers {
            let (start, end) = (start as usize, end as usize);
            if start >= from && self.trigger_rules[rule as usize] {
                occurrences[rule as usize].push((start, word, end));
            }
        }
        (self.trigger_rules.iter().zip(occurrences))
            .map(|(&known, mut occurrences)| {
                known.then(|| {
                    if !occurrences.is_sorted() {
                        occurrences.sort_unstable();
                    }
                    let mut searched_to = 0;
                    (occurrences.into_iter())
                        .filter_map(|(start, _, end)| {
                            let kept = start >= searched_to;
                            kept.then(|| {
                                searched_to = end;
                                start..end
                            })
                        })
                        .collect()
                })
            })
            .collect()
    }

    /// The agencies' short forms among `found` (`(start, end, form)`, all occurrences) as a
    /// leftmost-longest search finds them, with each form's agency rule.
    fn leftmost_longest(
        &self,
        mut found: Vec<(usize, usize, usize)>,
    ) -> Vec<(usize, usize, usize)> {
        leftmost_longest(&mut found);
        for found in &mut found {
            found.2 = self.agency_rules[found.2];
        }
        found
    }
}

/// A regex, the characters its matches can begin with and literals one of which each
/// match contains: a text that begins otherwise has no match at its start, and a text
/// without those literals none at all, which is told without running the regex.
#[derive(Clone, Debug)]
pub(crate) struct Guarded {
    regex: Regex,
    /// The possible first characters, sorted; `None` if they are not a short list.
    first: Option<Vec<char>>,
    /// Literals one of which every match contains, if known.
    required: Option<Vec<String>>,
    /// Whether every match begins at the start of the text (`^`).
    anchored: bool,
}

impl Guarded {
    /// Reads the first characters off the regex's prefix literals.
    pub(crate) fn new(regex: Regex) -> Self {
        let hir = regex_syntax::Parser::new().parse(regex.as_str()).ok();
        let anchored = hir.as_ref().is_some_and(|h| {
            h.properties()
                .look_set_prefix()
                .contains(regex_syntax::hir::Look::Start)
        });
        let first = hir.and_then(|hir| {
            let mut extractor = LiteralExtractor::new();
            extractor
                .kind(ExtractKind::Prefix)
                .limit_class(256)
                .limit_total(8192);
            let seq = extractor.extract(&hir);
            let mut first = seq
                .literals()?
                .iter()
                .map(|l| std::str::from_utf8(l.as_bytes()).ok()?.chars().next())
                .collect::<Option<Vec<char>>>()?;
            first.sort_unstable();
            first.dedup();
            (!first.is_empty()).then_some(first)
        });
        Self {
            required: required_literals(regex.as_str()),
            regex,
            first,
            anchored,
        }
    }

    /// Whether `text` may contain a match (it holds one of the required literals).
    fn may_contain_match(&self, text: &str) -> bool {
        self.required
            .as_ref()
            .is_none_or(|required| required.iter().any(|l| super::chars::holds(text, l)))
    }

    /// Whether a match may begin at the start of `text`.
    fn may_match_at_start(&self, text: &str) -> bool {
        match (&self.first, text.chars().next()) {
            (None, _) => true,
            (Some(first), Some(c)) => first.binary_search(&c).is_ok(),
            (Some(_), None) => false,
        }
    }

    /// Whether the regex matches `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        if self.anchored && !self.may_match_at_start(text) {
            return false;
        }
        self.regex.is_match(text)
    }

    /// The end of the match that begins at the start of `text`, if the leftmost match
    /// does.
    fn match_at_start(&self, text: &str) -> Option<usize> {
        if !self.may_match_at_start(text) {
            return None;
        }
        self.regex
            .find(text)
            .filter(|m| m.start() == 0)
            .map(|m| m.end())
    }
}

/// Whether a pattern is one group named `name` around everything.
fn is_name_group(hir: &regex_syntax::hir::Hir) -> bool {
    matches!(hir.kind(), regex_syntax::hir::HirKind::Capture(c) if c.name.as_deref() == Some("name"))
}

/// The literals every match of `pattern` ends with (`Suffix`) or begins with (`Prefix`),
/// if there is a finite, non-empty set of non-empty ones.
fn literals_of(pattern: &str, kind: ExtractKind) -> Option<Vec<String>> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    hir_literals(&hir, kind)
}

/// Literals one of which every match of a rule holds within `reach` bytes of its end.
#[derive(Clone, Debug)]
struct NearEnd {
    literals: Vec<String>,
    reach: usize,
}

impl NearEnd {
    /// The prefix literals of the last part but one of the pattern's top-level
    /// concatenation that has them, if the parts from there on have a bounded length.
    fn of(pattern: &str) -> Option<Self> {
        let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
        let (_, before_last) = top_level_parts(&hir).split_last()?;
        let (at, literals) = before_last
            .iter()
            .enumerate()
            .rev()
            .find_map(|(at, part)| Some((at, hir_literals(part, ExtractKind::Prefix)?)))?;
        let reach = top_level_parts(&hir)[at..]
            .iter()
            .map(|part| part.properties().maximum_len())
            .sum::<Option<usize>>()?;
        Some(Self { literals, reach })
    }

    /// Whether a match may end at the end of `haystack`: one of the literals lies within
    /// reach of it.
    fn may_end(&self, haystack: &str) -> bool {
        let mut from = haystack.len().saturating_sub(self.reach);
        while !haystack.is_char_boundary(from) {
            from -= 1;
        }
        (self.literals.iter()).any(|l| super::chars::holds(&haystack[from..], l))
    }
}

/// The parts of a pattern's top-level concatenation (inside capture groups around it);
/// a pattern of another kind is one part.
fn top_level_parts(hir: &regex_syntax::hir::Hir) -> &[regex_syntax::hir::Hir] {
    use regex_syntax::hir::HirKind;
    let mut top = hir;
    while let HirKind::Capture(group) = top.kind() {
        top = &group.sub;
    }
    match top.kind() {
        HirKind::Concat(parts) => parts.as_slice(),
        _ => std::slice::from_ref(top),
    }
}

/// Literals one of which every match of `pattern` contains: the prefix literals of one
/// part of its top-level concatenation (the part whose shortest literal is longest).
fn required_literals(pattern: &str) -> Option<Vec<String>> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    top_level_parts(&hir)
        .iter()
        .filter_map(|part| hir_literals(part, ExtractKind::Prefix))
        .max_by_key(|literals| literals.iter().map(String::len).min())
}

/// Literals one of which every match of `pattern` contains, for gating the sentences a
/// rule runs over: [`required_literals`], or the literals every match begins with when
/// they are longer (实施“, 实施省“… where 实施 alone is a common word).
fn gate_literals_of(pattern: &str) -> Option<Vec<String>> {
    let required = required_literals(pattern);
    let shortest = |literals: &[String]| literals.iter().map(String::len).min().unwrap_or(0);
    let prefixes = regex_syntax::Parser::new()
        .parse(pattern)
        .ok()
        .and_then(|hir| hir_literals(&hir, ExtractKind::Prefix));
    match (required, prefixes) {
        (Some(required), Some(prefixes)) if shortest(&prefixes) > shortest(&required) => {
            Some(prefixes)
        }
        (required, prefixes) => required.or(prefixes),
    }
}

/// The literals every match of `hir` ends with (`Suffix`) or begins with (`Prefix`), cut
/// to whole characters (a literal shortened to its limit may end inside one).
fn hir_literals(hir: &regex_syntax::hir::Hir, kind: ExtractKind) -> Option<Vec<String>> {
    let suffix = matches!(kind, ExtractKind::Suffix);
    let mut extractor = LiteralExtractor::new();
    extractor.kind(kind).limit_total(4096);
    let seq = extractor.extract(hir);
    let literals = seq.literals()?;
    let whole_chars = |bytes: &[u8]| -> Option<String> {
        let text = match suffix {
            true => {
                let start = bytes.iter().position(|&b| !(0x80..0xC0).contains(&b))?;
                std::str::from_utf8(&bytes[start..]).ok()?
            }
            false => match std::str::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) if e.error_len().is_none() => {
                    std::str::from_utf8(&bytes[..e.valid_up_to()]).ok()?
                }
                Err(_) => return None,
            },
        };
        (!text.is_empty()).then(|| text.to_owned())
    };
    let literals: Vec<String> = literals
        .iter()
        .map(|l| whole_chars(l.as_bytes()))
        .collect::<Option<_>>()?;
    (!literals.is_empty()).then_some(literals)
}

/// Candidates of the pattern rules (those that `applies` accepts), given the scan of
/// `sentences`. A rule with head words runs only where one of them occurs: its
/// end-anchored pattern searches backwards from the head for the match ending there.
/// Rules without head words run over the sentences their gate literals open (or that reach
/// their next match in the text), else over every sentence.
pub(crate) fn rule_candidates(
    extractor: &Extractor,
    text: &str,
    sentences: &[Range<usize>],
    scan: &Scan,
    applies: impl Fn(&EntityRule) -> bool,
    out: &mut Vec<Candidate>,
) {
    let prefilter = &extractor.entity_prefilter;
    let rules = &extractor.rules.entities;
    // Capture slots, made once per rule that needs them and reused at every hit (the
    // list itself only once one is needed: most short texts need none).
    let mut slots: Vec<Option<regex::CaptureLocations>> = Vec::new();
    for &(s, index, end) in &scan.hits {
        let (s, index, end) = (s as usize, index as usize, end as usize);
        let rule = &rules[index];
        if !applies(rule) {
            continue;
        }
        let from = sentences[s].start;
        let haystack = &text[from..end];
        let found = prefilter.run_matchers[index]
            .as_ref()
            .map_or(Found::Undecided, |matcher| matcher.name_at_end(haystack));
        let name = if let Found::Name(name) = found {
            Some(name)
        } else if found == Found::Nothing
            || prefilter.near_end[index]
                .as_ref()
                .is_some_and(|near_end| !near_end.may_end(haystack))
        {
            None
        } else if prefilter.whole_name[index] {
            rule.pattern_at_end.find(haystack).map(|m| m.range())
        } else {
            let pattern = &rule.pattern_at_end;
            if slots.is_empty() {
                slots.resize_with(rules.len(), || None);
            }
            let locations = slots[index].get_or_insert_with(|| pattern.capture_locations());
            pattern.captures_read(locations, haystack).and_then(|_| {
                let (start, end) = prefilter.name_group[index]
                    .and_then(|group| locations.get(group))
                    .or_else(|| locations.get(0))?;
                Some(start..end)
            })
        };
        if let Some(name) = name {
            push_rule_candidate(
                extractor,
                text,
                scan,
                s,
                index,
                from + name.start..from + name.end,
                out,
            );
        }
    }
    for &index in &prefilter.always {
        let rule = &rules[index];
        if !applies(rule) {
            continue;
        }
        // Where the next match in the rest of the text starts: a sentence that ends before
        // it has none (for a pattern without look-around).
        let mut next: Option<Option<usize>> = None;
        // A gated rule runs over the sentences its gate opened, found in one pass over the
        // document's few open pairs; another over every sentence.
        let gated = prefilter.gated[index];
        let opened = (scan.open.iter())
            .filter(|&&(_, rule)| gated && rule == index)
            .map(|&(s, _)| s);
        let every = 0..if gated { 0 } else { sentences.len() };
        for s in opened.chain(every) {
            let sentence = &sentences[s];
            if !gated && prefilter.local[index] {
                if next.is_none_or(|n| n.is_some_and(|n| n < sentence.start)) {
                    next = Some(
                        rule.pattern
                            .find_at(text, sentence.start)
                            .map(|m| m.start()),
                    );
                }
                match next.flatten() {
                    Some(n) if n <= sentence.end => {}
                    _ => continue,
                }
            }
            for caps in rule.pattern.captures_iter(&text[sentence.clone()]) {
                if let Some(name) = name_range(&caps) {
                    let (start, end) = (sentence.start + name.start, sentence.start + name.end);
                    push_rule_candidate(extractor, text, scan, s, index, start..end, out);
                }
            }
        }
    }
}

/// A rule match's name: its group `name`, else the whole match.
fn name_range(caps: &regex::Captures<'_>) -> Option<Range<usize>> {
    caps.name("name").or_else(|| caps.get(0)).map(|m| m.range())
}

/// Adds the candidate of the rule of index `index` whose name was matched at `name`
/// (bytes of `text`, in sentence `sentence` of the scan): its span is cut here, its name
/// is checked and built only if it is selected ([`rule_name`]).
fn push_rule_candidate(
    extractor: &Extractor,
    text: &str,
    scan: &Scan,
    sentence: usize,
    index: usize,
    name: Range<usize>,
    out: &mut Vec<Candidate>,
) {
    let Range { mut start, mut end } = name;
    let rule = &extractor.rules.entities[index];
    if rule.trim_left {
        start = trim_left(
            extractor,
            text,
            scan,
            sentence,
            start,
            end,
            rule.keep_brackets,
        );
    }
    if rule.entity_type == EntityType::GovernmentBody {
        start += words_before_government_place(extractor, &text[start..end]);
    }
    // 苏州—宿迁工业园区, 中国—东盟信息港股份有限公司: a dash in a zone's or company's name
    // follows a place; after an institution (某大学—某公司) it pairs two names, and the
    // name begins after it.
    if matches!(rule.entity_type, EntityType::Zone | EntityType::Enterprise) {
        if let Some(dash) = text[start..end].find('—') {
            let before = &text[start..start + dash];
            let institution = [
                "大学",
                "学院",
                "研究所",
                "研究院",
                "实验室",
                "中心",
                "公司",
                "集团",
                "）",
                ")",
            ]
            .iter()
            .any(|head| before.ends_with(head));
            if institution || !(before == "中国" || leading_division(extractor, before).is_some())
            {
                start += dash + '—'.len_utf8();
            }
        }
    }
    // 国家第三代半导体技术创新中心（苏州）: one of an institute's sites, named with its city
    // in brackets (a bare short form; 某研究院（厦门市） only says where the institute is).
    if rule.entity_type == EntityType::ResearchInstitute {
        end += bracketed_city_after(extractor, &text[end..]);
    }
    // 印发某市推进某中心建设“十四五”规划: a plan's name cut down to its period runs back to
    // the place it opens with, over the verbs of its field.
    if rule.entity_type == EntityType::Policy
        && text[start..end]
            .trim_start_matches(['“', '"'])
            .starts_with('十')
    {
        let before = &text[name.start..start];
        let clause = before
            .rfind(['，', '、', '。', '：', '；', ',', ':', ';', ' '])
            .map_or(0, |at| {
                at + before[at..].chars().next().map_or(0, char::len_utf8)
            });
        let place = (extractor.gazetteer.find_iter(&before[clause..])).find(|m| {
            (m.entries.iter())
                .any(|&i| extractor.lexicon.get(i).entity_type == EntityType::AdministrativeRegion)
        });
        if let Some(place) = place {
            start = name.start + clause + place.start;
        }
    }
    // 鹏城实验室主任高文院士: the 任 of 主任 (the 席 of 主席) is the title's, not a surname.
    if rule.entity_type == EntityType::Person
        && text[..start].ends_with('主')
        && text[start..end].starts_with(['任', '席'])
        && text[start..end].chars().nth(2).is_some()
    {
        start += '任'.len_utf8();
    }
    // 授予某院士深圳市科学技术奖: an award named after a province or city begins with it.
    if rule.entity_type == EntityType::Award {
        let name = &text[start..end];
        start += first_division(extractor, name)
            .filter(|m| name[..m.end].ends_with(['省', '市', '区']))
            .map_or(0, |m| m.start);
    }
    // The city before a laboratory stays a mention of its own.
    let span_start = if rule.entity_type == EntityType::ResearchInstitute {
        end - without_city_before_lab(extractor, &text[start..end]).len()
    } else {
        start
    };
    out.push(Candidate {
        start: span_start,
        end,
        rank: 1,
        priority: rule.priority,
        resolution: Resolution::Rule { rule: index, start },
    });
}

/// The name of a selected rule candidate (its mention `span`) whose rule (of index `rule`)
/// named `text[start..span.end]`, or `None` if it is too short, generic, or a body after a
/// bare level.
fn rule_name(
    extractor: &Extractor,
    text: &str,
    rule: usize,
    start: usize,
    span: Range<usize>,
) -> Option<Resolution<'static>> {
    let rule = &extractor.rules.entities[rule];
    let mut name = clean_name(&text[start..span.end]);
    if name.chars().count() < rule.min_chars || extractor.generic.is_match(&name) {
        return None;
    }
    // 浙江省实验室 (a kind), 某实验室中试基地 (no branch in a place), 大学科技创新中心 (no
    // university's centre in a place) name no institute.
    if rule.entity_type == EntityType::ResearchInstitute
        && (is_place_and_generic(extractor, &name)
            || !branch_in_a_place(extractor, &name)
            || !centre_after_a_place(extractor, &name))
    {
        return None;
    }
    // 《福建省“十四五”科技创新发展专项规划》: a program's name that runs on into a plan's is
    // part of the plan's title (where the title is no mention of its own, as in a notice's
    // title).
    if rule.entity_type.coarse() == CoarseType::Program
        && [
            "规划",
            "实施方案",
            "行动方案",
            "工作方案",
            "管理办法",
            "实施意见",
            "若干措施",
        ]
        .iter()
        .any(|head| text[span.end..].starts_with(head))
    {
        return None;
    }
    // 衢州创新平台: a place's platforms of a kind, not one platform (上海光源 is one source).
    if rule.entity_type.coarse() == CoarseType::Facility && name.ends_with("平台") {
        let own = without_leading_place(extractor, &name);
        if own.len() < name.len() && extractor.generic.is_match(own) {
            return None;
        }
    }
    if rule.leading_place && leading_division(extractor, &name).is_none() {
        return None;
    }
    if rule.entity_type == EntityType::Zone {
        // 江苏省苏州市苏州工业园区: the places written before a zone's name that opens with
        // its own city are no part of it (苏州工业园区).
        if let Some(at) = places_before_zone_name(extractor, &name) {
            name = name[at..].to_owned();
        }
        // 天津市滨海新区, 上海市浦东新区: a city and its district, which the gazetteer
        // names, not a zone.
        let own = without_leading_place(extractor, &name);
        let district = extractor.knows(own, |t| t == EntityType::AdministrativeRegion);
        if own.len() < name.len() && district {
            return None;
        }
    }
    if (rule.not_before.iter()).any(|w| text[span.end..].starts_with(w.as_str())) {
        return None;
    }
    if rule.entity_type == EntityType::University && !brackets_hold_a_place(extractor, &name) {
        return None;
    }
    if matches!(
        rule.entity_type,
        EntityType::Zone | EntityType::GovernmentBody
    ) && !inner_brackets_hold_a_place(extractor, &name)
    {
        return None;
    }
    // A body named after a bare level mark (省委科技委员会, 省级党委…) is a short form that
    // only the agency rules resolve; left to a pattern it names no one.
    if rule.entity_type == EntityType::GovernmentBody && name.starts_with(['省', '市', '县']) {
        return None;
    }
    let name = if rule.entity_type == EntityType::ResearchInstitute {
        // The city before a laboratory is not part of its name (nor of its mention).
        let name = clean_name(&text[span.clone()]);
        match shared_parent(extractor, text, span.start, &name) {
            Some(parent) => format!("{parent}{name}"),
            None => name,
        }
    } else {
        // 太原、晋中两个国家高新区: the count of the places a list shares a zone's head among
        // is no part of the zone's name (晋中国家高新区).
        if rule.entity_type == EntityType::Zone && holds_any(&name, &['个', '地', '座']) {
            if let Some(place) = leading_division(extractor, &name) {
                let head = without_zone_count(&name[place.end..]);
                if head.len() < name.len() - place.end {
                    name = format!("{}{head}", &name[..place.end]);
                }
            }
        }
        for drop in &extractor.entity_prefilter.canonical_drop {
            if drop.may_contain_match(&name) {
                if let Cow::Owned(dropped) = drop.regex.replace_all(&name, "$keep") {
                    name = dropped;
                }
            }
        }
        name
    };
    Some(Resolution::Named {
        name,
        entity_type: rule.entity_type,
        lexicon: None,
    })
}

/// Moves `start` past the last stop word that ends inside `text[start..end]`, then past
/// the counts and demonstratives of `left_strip` (the caller then checks that enough of
/// the name is left). Stop words inside `name_words` do not cut, nor, with `keep_brackets`,
/// the brackets of a part closed inside the name.
/// Heads of the names inside which 和 and 及 may join two fields (先进数控和伺服驱动技术
/// 重点实验室).
const FIELD_JOINING_HEADS: [&str; 2] = ["实验室", "中心"];

/// Endings of what stands before 和 or 及 as one of a list, not as a field of the name
/// after it (省重点实验室和…, 企业和高校…, 湖北省和武汉市…).
const LISTED_ENDINGS: [&str; 20] = [
    "实验室",
    "中心",
    "研究院",
    "研究所",
    "大学",
    "学院",
    "公司",
    "集团",
    "企业",
    "高校",
    "院所",
    "单位",
    "级",
    "省",
    "市",
    "区",
    "县",
    "园",
    "基地",
    "平台",
];

fn trim_left(
    extractor: &Extractor,
    text: &str,
    scan: &Scan,
    sentence: usize,
    start: usize,
    end: usize,
    keep_brackets: bool,
) -> usize {
    let words = &scan.words;
    let name = &text[start..end];
    // A company's bracketed place closed inside the name stays (星河(宁波)科技有限公司).
    let bracket = (keep_brackets
        .then(|| find_any(name, &['(', '（']))
        .flatten())
    .and_then(|open| {
        let close = open + find_any(&name[open..], &[')', '）'])?;
        let close_end = close + name[close..].chars().next().map_or(0, char::len_utf8);
        Some(start + open..start + close_end)
    });
    let names = Words::ending_in(&words.names, start, end);
    let kept = |s: usize, e: usize| {
        names
            .iter()
            .any(|&(ks, ke)| start <= ks as usize && ks as usize <= s && e <= ke as usize)
            || bracket.as_ref().is_some_and(|k| k.start <= s && e <= k.end)
    };
    // The cut is after the last stop word that cuts, the stop words coming in order of
    // their end.
    let stops = Words::ending_in(words.stops_in(sentence), start, end);
    // (A one-character stop word that begins a known name is no cut: the 和 of 和林格尔新区.)
    let begins_name = |s: usize, e: usize| {
        e - s <= 3 && name_at_start(extractor, &text[s..end]).is_some_and(|n| n > e - s)
    };
    // (Nor does one inside a known name, the 和 of 工业和信息化部, or ending one, the 为 of
    // 华为 in 华为终端有限公司, or ending a county's short form, the 和 of 泰和 (泰和县). Only
    // after a character that a lexicon form holds before it ([`RulePrefilter::stop_pairs`])
    // are the known names of the candidate looked up, once.)
    let known = std::cell::OnceCell::new();
    let inside_name = |s: usize, e: usize| {
        let pair = (text[start..s].chars().next_back()).zip(text[s..e].chars().next());
        let Some((before, _)) = pair.filter(|&(a, b)| {
            e - s <= 3 && extractor.entity_prefilter.stop_pairs.contains(&[a, b])
        }) else {
            return false;
        };
        let known = known.get_or_init(|| {
            (extractor.gazetteer.find_iter(&text[start..end]))
                .map(|m| (start + m.start, start + m.end))
                .collect::<Vec<_>>()
        });
        let short = &text[s - before.len_utf8()..e];
        known.iter().any(|&(ks, ke)| ks < s && e <= ke)
            || ["县", "市"].iter().any(|level| {
                extractor
                    .gazetteer
                    .exact(&format!("{short}{level}"))
                    .is_some()
            })
    };
    // (Nor does one that would leave a company a brand of one character, the 均 of 宁波均胜
    // 电子股份有限公司, the 继 of 南京南瑞继保电气有限公司, or nothing but its legal form, the
    // 服务 of 某某客户服务有限公司; a place and trades make a name, 甘肃省电子信息集团有限公司.)
    let inside_brand = |e: usize| {
        let rest = &text[e..end];
        company_stem(rest).is_some_and(|stem| stem.is_empty())
            || company_brand(extractor, rest).is_some_and(|b| b.chars().count() == 1)
    };
    let cuts_too = |s: usize, e: usize| {
        s >= start
            && e < end
            && !kept(s, e)
            && !begins_name(s, e)
            && !inside_name(s, e)
            && !inside_brand(e)
    };
    let stops_from_last = || (stops.iter().rev()).map(|&(s, e)| (s as usize, e as usize));
    let cuts = || stops_from_last().filter(|&(s, e)| cuts_too(s, e));
    let cut = cuts()
        .find(|&(s, e)| {
            // (和 and 及 join two fields inside a laboratory's or a centre's name too:
            // 先进数控和伺服驱动技术重点实验室, 钛及钛合金技术创新中心.)
            let conjunction = &text[s..e];
            let joins_fields = matches!(conjunction, "和" | "及" | "以及")
                && FIELD_JOINING_HEADS.iter().any(|h| name.ends_with(h));
            if conjunction != "与" && !joins_fields {
                return true;
            }
            // What 与 joins on its left: from the stop word before it, if any.
            let left = cuts().find(|&(_, e)| e <= s).map_or(start, |(_, e)| e);
            // A name never opens with 与 (，与某大学共建…), and a kind of institution or a
            // demonstrative before it is no part of the name after it (支持新型研发机构与某
            // 大学联合…, 该所与某集团…); nor is anything before a known name that 与 ends
            // with (组织企业与上海交通大学, 第二次与国家自然科学基金).
            let part = &text[left..s];
            let known_after = (extractor
                .gazetteer
                .exact(&text[e..end])
                .into_iter()
                .flatten())
            .next()
            .is_some();
            // (Nor is a place joined to a bare kind of place after it: 科学岛与大学城.)
            let place_before = part.ends_with(['岛', '城', '区', '园', '港', '湾', '谷', '廊']);
            // (Nor is anything before a known name that opens what 与 joins: 两家企业与浙江
            // 大学衢州研究院, 综合体与宁波前湾新区; inside a name, 与 joins two fields, 海洋
            // 科学与工程.)
            // (What ends with a body or a level is one of a list: 省重点实验室和省工程技术
            // 研究中心, 企业和高校重点实验室.)
            // (Nor is anything before a kind: 高层次人才和新型实验室.)
            let listed = joins_fields
                && (LISTED_ENDINGS.iter().any(|w| part.ends_with(w))
                    || extractor.generic.is_match(&text[e..end]));
            s == left
                || listed
                || known_after
                || starts_with_name(extractor, &text[e..end])
                || (place_before && extractor.generic.is_match(&text[e..end]))
                || ends_with_name(extractor, part)
                || extractor.generic.is_match(part)
                // (8家企业与某大学: nothing, or a kind, after a count.)
                || (extractor.entity_prefilter.left_strip.iter()).any(|strip| {
                    strip.match_at_start(part).is_some_and(|n| {
                        n == part.len() || extractor.generic.is_match(&part[n..])
                    })
                })
        })
        .map(|(s, e)| {
            // Two stop words overlapping (共建 and 建成 in 共建成都市…): the earlier one
            // cuts when a known name begins right after it.
            (stops_from_last())
                .find(|&(s2, e2)| {
                    s2 < s
                        && s < e2
                        && cuts_too(s2, e2)
                        && starts_with_name(extractor, &text[e2..end])
                })
                .map_or(e, |(_, e2)| e2)
        })
        .unwrap_or(start);
    let mut start = cut;
    // A count inside (之江实验室、湖畔实验室3家省实验室, 某大学两个全国重点实验室, 两大国家
    // 实验室): the name is what follows it.
    // (The numerals are matched, not searched for in a string: this runs for each name.)
    let numeral = |c: char| {
        matches!(
            c,
            '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    };
    // (Every digit and numeral is a mark of the fact rules: a name without marks has none.)
    let first_mark = scan.marks.partition_point(|&m| (m as usize) < start);
    let marked = scan
        .marks
        .get(first_mark)
        .is_some_and(|&m| (m as usize) < end);
    if marked
        && (text.as_bytes()[start..end].iter().any(u8::is_ascii_digit)
            || text[start..end].chars().any(numeral))
    {
        static COUNT: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new("(?:[0-9]+|[两三四五六七八九十]+)(?:家|个|所|批|项|座|类|条|支|名|位|大)")
                .expect("a valid pattern")
        });
        // (Not the start of a known name: 五家渠市.)
        // (Nor a count right after the place a name opens with, which a list's places
        // share: 太原、晋中两个国家高新区 names 晋中国家高新区, canonically without the count.)
        let after_place = |at: usize| {
            leading_division(extractor, &text[start..end]).is_some_and(|place| place.end == at)
        };
        let count = (COUNT.find_iter(&text[start..end]))
            .filter(|c| !starts_with_name(extractor, &text[start + c.start()..end]))
            .filter(|c| !(after_place(c.start()) && is_zone_count(c.as_str())))
            .last();
        if let Some(count) = count {
            if start + count.end() < end {
                start += count.end();
            }
        }
    }
    // The end of a date written in digits (2023年11月24日浙江省…).
    let after_digit = text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    if after_digit {
        // 2023年度四川省科学技术奖: the year's 年度 too.
        let date_end = text[start..end]
            .strip_prefix("年度")
            .map(|rest| end - rest.len());
        if let Some(date_end) = date_end.filter(|&e| e < end) {
            start = date_end;
        } else if let Some(c) = text[start..end]
            .chars()
            .next()
            .filter(|c| matches!(c, '年' | '月' | '日' | '号'))
        {
            if start + c.len_utf8() < end {
                start += c.len_utf8();
            }
        }
    }
    // (A strip moves the start only where it matches: where none can begin, none runs.)
    let prefilter = &extractor.entity_prefilter;
    let may_strip = prefilter.left_strip_first.as_ref().is_none_or(|first| {
        (text[start..end].chars().next()).is_some_and(|c| first.binary_search(&c).is_ok())
    });
    for strip in prefilter.left_strip.iter().filter(|_| may_strip) {
        if let Some(length) = strip.match_at_start(&text[start..end]) {
            if start + length < end {
                start += length;
            }
        }
    }
    // 有 right before a known name is the verb (出席的有北京市科学技术委员会), no part of it.
    if let Some(rest) = text[start..end].strip_prefix('有') {
        if starts_with_name(extractor, rest) && !starts_with_name(extractor, &text[start..end]) {
            start += '有'.len_utf8();
        }
    }
    start
}

/// Whether `right` begins with a name of the gazetteer.
fn starts_with_name(extractor: &Extractor, right: &str) -> bool {
    name_at_start(extractor, right).is_some()
}

/// Where the known name that `right` starts with ends, if it starts with one.
fn name_at_start(extractor: &Extractor, right: &str) -> Option<usize> {
    (extractor.gazetteer.find_iter(right).next())
        .filter(|m| m.start == 0)
        .map(|m| m.end)
}

/// Whether `left` ends with a name: a head word of the rules, an agency's form (省科技厅)
/// or a lexicon entry. 与 joins two names (浙江大学与之江实验室, 重庆市科学技术局与西南大学)
/// but also sits inside one (材料与微纳器件平台).
fn ends_with_name(extractor: &Extractor, left: &str) -> bool {
    let prefilter = &extractor.entity_prefilter;
    prefilter.literals.find(left).any(|(start, end, found)| {
        end == left.len() && end - start >= 3 && (found.is_head() || found.is_agency())
    }) || extractor
        .gazetteer
        .find_iter(left)
        .any(|m| m.end == left.len())
}

/// The ends of names complete in themselves, with their type: a head shared by a list does
/// not go on a conjunct that has one (哈尔滨新区 in 哈尔滨新区、大庆高新区等国家高新区).
const COMPLETE_ENDS: [(&str, EntityType); 12] = [
    ("新区", EntityType::Zone),
    ("开发区", EntityType::Zone),
    ("园区", EntityType::Zone),
    ("示范区", EntityType::Zone),
    ("试验区", EntityType::Zone),
    ("科技城", EntityType::Zone),
    ("科学城", EntityType::Zone),
    ("实验室", EntityType::ResearchInstitute),
    ("研究院", EntityType::ResearchInstitute),
    ("研究所", EntityType::ResearchInstitute),
    ("大学", EntityType::University),
    ("学院", EntityType::University),
];

/// Candidates from coordination: in `西湖、白马湖等省实验室` the head 实验室 distributes
/// over the list, giving 西湖实验室 and 白马湖实验室 (each spanning its conjunct); a count
/// closes a list too (生命健康、新材料两大科创高地). A
/// conjunct's leading place is dropped (宁波甬江 → 甬江科创走廊).
pub(crate) fn coordination_candidates(
    extractor: &Extractor,
    text: &str,
    sentences: &[Range<usize>],
    scan: &Scan,
    out: &mut Vec<Candidate>,
) {
    let Some(lists) = &extractor.entity_prefilter.coordination else {
        return;
    };
    let words = &scan.words;
    for (s, sentence) in sentences.iter().enumerate() {
        let heads = || Words::inside(&words.list_heads, sentence.start, sentence.end);
        let Some(last_head_end) = heads().map(|(_, end)| end).max() else {
            continue;
        };
        if !text[sentence.clone()].contains('、') {
            continue;
        }
        // Only where a head word follows 等 closely: it ends at most 40 bytes after the
        // start of a 等 (or of the 大 of 两大…) before it.
        let closes_list = heads().any(|(start, end)| {
            let mut from = end.saturating_sub(40).max(sentence.start);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            (text[from..].char_indices())
                .take_while(|&(i, _)| from + i <= start)
                .any(|(_, c)| matches!(c, '等' | '大'))
        });
        if !closes_list {
            continue;
        }
        // Every match ends with a head word.
        let slice = &text[sentence.start..last_head_end];
        for found in lists.find_iter(slice) {
            let (list, head) = (&slice[found.list.clone()], &slice[found.head]);
            // A qualifier that is part of a head (国家技术创新中心) stays.
            let qualified = (found.qualifier).map(|q| format!("{}{head}", &slice[q]));
            let Some((head, entity_type)) = extractor
                .rules
                .coordination
                .iter()
                .find(|(h, _)| Some(h) == qualified.as_ref())
                .or_else(|| extractor.rules.coordination.iter().find(|(h, _)| h == head))
                .map(|(h, t)| (h.as_str(), *t))
            else {
                continue;
            };
            for (start, end) in conjuncts(sentence.start + found.list.start, list) {
                let conjunct = &text[start..end];
                // A bracketed section is not part of the name (G60(浙江段) → G60科创走廊)
                // but stays in the mention.
                let stem_end = start + without_bracketed_tail(conjunct).len();
                let start = trim_left(extractor, text, scan, s, start, stem_end, false);
                let own = without_leading_place(extractor, &text[start..stem_end]);
                // The leading place stays a mention of its own.
                let start = stem_end - own.len();
                // 哈尔滨新区、大庆高新区等国家高新区: a conjunct with a head of its own kind
                // names itself; the rules find it.
                // (Nor does one with a head of another kind: 南京大学、某大学某研究院等.)
                let complete = own != head
                    && (COMPLETE_ENDS.iter()).any(|(end, t)| {
                        own.ends_with(end)
                            && (*t == entity_type || t.coarse() == CoarseType::Organization)
                    });
                if complete && !own.ends_with(head) {
                    continue;
                }
                let name = if own.ends_with(head) {
                    clean_name(own)
                } else {
                    clean_name(&format!("{own}{head}"))
                };
                if own.chars().count() < 2 || extractor.generic.is_match(&name) {
                    continue;
                }
                out.push(Candidate {
                    start,
                    end,
                    rank: 4,
                    priority: 0,
                    resolution: Resolution::Named {
                        name,
                        entity_type,
                        lexicon: None,
                    },
                });
            }
        }
    }
}

/// Candidates from quoted names side by side before a special program's head: in
/// “新一代电子信息”“先进制造与自动化”重大专项 and “智能传感器”等4个重点专项 the head
/// distributes, giving 新一代电子信息重大专项 and 智能传感器重点专项 (each spanning its quoted
/// name). Two short names side by side without 等 are one program's (“尖兵”“领雁”专项),
/// which a rule reads.
pub(crate) fn quoted_list_candidates(extractor: &Extractor, text: &str, out: &mut Vec<Candidate>) {
    static HEAD: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("专项"));
    for at in HEAD.find_iter(text.as_bytes()) {
        let head_end = at + "专项".len();
        let mut start = at;
        for word in ["科技", "重大", "重点"] {
            if text[..start].ends_with(word) {
                start -= word.len();
            }
        }
        let head = &text[start..head_end];
        // A count of the programs (等4个, 两大) and 等 may stand between names and head.
        let mut end = start;
        if let Some(rest) = text[..end].strip_suffix(['个', '项', '大']) {
            let numerals = rest.len()
                - rest
                    .trim_end_matches(|c: char| {
                        c.is_ascii_digit() || "一二三四五六七八九十两".contains(c)
                    })
                    .len();
            if numerals > 0 {
                end = rest.len() - numerals;
            }
        }
        let listed = text[..end].ends_with('等');
        if listed {
            end -= '等'.len_utf8();
        }
        // The quoted names, last first.
        let mut names = Vec::new();
        while let Some(before) = text[..end].strip_suffix('”') {
            let from = before.len().saturating_sub(80);
            let from = super::chars::floor_boundary(text, from);
            let Some(open) = before[from..].rfind(['“', '”', '\n']).map(|i| from + i) else {
                break;
            };
            let name = &before[open + '“'.len_utf8()..];
            if !before[open..].starts_with('“') || !(2..=20).contains(&name.chars().count()) {
                break;
            }
            names.push((open, end, name));
            end = open;
        }
        let short = |n: &&str| n.chars().count() <= 3;
        if names.len() < 2 && !listed
            || (names.len() == 2 && !listed && names.iter().all(|(_, _, n)| short(n)))
        {
            continue;
        }
        for &(open, close, name) in names.iter().rev() {
            let name = super::clean_name(&format!("{name}{head}"));
            if extractor.generic.is_match(&name) {
                continue;
            }
            out.push(Candidate {
                start: open,
                end: close,
                rank: 4,
                priority: 0,
                resolution: Resolution::Named {
                    name,
                    entity_type: EntityType::Program,
                    lexicon: None,
                },
            });
        }
    }
}

/// Candidates from the companies a text gives as examples of a kind of enterprise: in
/// 一批上市科技型企业，如斯达半导、昱能科技、博创科技等 each item of the list after 企业（，）如
/// (例如, 比如, 包括, 像) names an enterprise, written short. The list has two items or more,
/// joined by 、 and closed by 等 or the clause's end; an item is two to ten characters
/// without digits, stop words or clause marks, and no generic kind. Any other candidate
/// over an item wins.
pub(crate) fn example_enterprise_candidates(
    extractor: &Extractor,
    text: &str,
    out: &mut Vec<Candidate>,
) {
    static KIND: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("企业"));
    for at in KIND.find_iter(text.as_bytes()) {
        let rest = &text[at + "企业".len()..];
        let rest = rest.strip_prefix(['，', ',']).unwrap_or(rest);
        let Some(list) = ["例如", "比如", "如", "包括", "像"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
        else {
            continue;
        };
        let offset = text.len() - list.len();
        // The list runs to 等 or the clause's end, within a bound (a list of ten items of
        // ten characters).
        let bound = super::chars::floor_boundary(list, list.len().min(400));
        let Some(end) = list[..bound].find(['等', '，', ',', '。', '；', ';', '\n', '：', ':'])
        else {
            continue;
        };
        let list = &list[..end];
        let items = conjuncts(offset, list);
        if items.len() < 2 {
            continue;
        }
        push_listed_enterprises(extractor, text, &items, out);
    }
    listed_enterprise_candidates(extractor, text, out);
}

/// The kinds of leading enterprise a list of companies closes with (华为、中兴等龙头企业).
const ENTERPRISE_KINDS: [&str; 12] = [
    "行业龙头",
    "龙头",
    "重点",
    "骨干",
    "领军",
    "领军型",
    "头部",
    "链主",
    "科技型",
    "高新技术",
    "创新型",
    "知名",
];

/// Candidates from a list of companies closed by 等 and 企业 (支持石药集团、以岭药业、华北
/// 制药等龙头企业): each item names an enterprise, written short, on the terms of
/// [`example_enterprise_candidates`]. The first item begins after the last stop word
/// before it (支持).
fn listed_enterprise_candidates(extractor: &Extractor, text: &str, out: &mut Vec<Candidate>) {
    static CLOSER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("等"));
    for at in CLOSER.find_iter(text.as_bytes()) {
        let rest = &text[at + "等".len()..];
        let rest = ENTERPRISE_KINDS
            .iter()
            .find_map(|k| rest.strip_prefix(k))
            .unwrap_or(rest);
        if !rest.starts_with("企业") {
            continue;
        }
        // The list runs back to the clause's start, within a bound.
        let bound = super::chars::ceil_boundary(text, at.saturating_sub(400));
        let clause_start = (text[bound..at].char_indices().rev())
            .find(|(_, c)| "，,。；;\n：:（(".contains(*c))
            .map_or(bound, |(i, c)| bound + i + c.len_utf8());
        let mut items = conjuncts(clause_start, &text[clause_start..at]);
        if items.len() < 2 {
            continue;
        }
        // The first item after the last stop word of two characters or more in it (支持;
        // not the 以 of 以岭药业).
        let (first_start, first_end) = items[0];
        let cut = (extractor
            .entity_prefilter
            .literals
            .find(&text[first_start..first_end]))
        .filter(|&(start, end, ref f)| f.is_stop() && end - start > 3)
        .map(|(_, end, _)| end)
        .max();
        if let Some(cut) = cut {
            items[0].0 = first_start + cut;
        }
        // (与东风汽车、骆驼集团等企业: a preposition that no company name begins with.)
        let first = &text[items[0].0..items[0].1];
        if let Some(c) = first
            .chars()
            .next()
            .filter(|c| LIST_PREPOSITIONS.contains(c))
        {
            items[0].0 += c.len_utf8();
        }
        push_listed_enterprises(extractor, text, &items, out);
    }
}

/// Prepositions that may open a list of companies and begin no company's name.
const LIST_PREPOSITIONS: [char; 7] = ['与', '在', '由', '对', '将', '被', '把'];

/// Enterprise candidates for the items of a list of companies, if every item can name one:
/// two to ten characters without digits, clause marks, 的 or stop words of two characters
/// or more (a name may hold a one-character stop word: 以岭药业), no generic kind, and no
/// trade (制造业, 服务业).
fn push_listed_enterprises(
    extractor: &Extractor,
    text: &str,
    items: &[(usize, usize)],
    out: &mut Vec<Candidate>,
) {
    let named = |&(start, end): &(usize, usize)| {
        let item = &text[start..end];
        let chars = item.chars().count();
        let trade = chars <= 3 && item.ends_with('业');
        (2..=10).contains(&chars)
            && item.chars().all(|c| is_han(c) || c.is_ascii_alphabetic())
            && !trade
            && !extractor.generic.is_match(item)
            && !item.contains('的')
            && !(extractor.entity_prefilter.literals.find(item))
                .any(|(start, end, f)| f.is_stop() && end - start > 3)
    };
    if !items.iter().all(named) {
        return;
    }
    for &(start, end) in items {
        out.push(Candidate {
            start,
            end,
            rank: 0,
            priority: 0,
            resolution: Resolution::Named {
                name: clean_name(&text[start..end]),
                entity_type: EntityType::Enterprise,
                lexicon: None,
            },
        });
    }
}

/// The byte ranges of a list's items, `offset` being where the list starts: split at 、,
/// and the last item once more at 和 or 及 (A、B和C等).
fn conjuncts(offset: usize, list: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut from = offset;
    for item in list.split('、') {
        ranges.push((from, from + item.len()));
        from += item.len() + '、'.len_utf8();
    }
    if let Some(&(start, end)) = ranges.last() {
        let last = &list[start - offset..end - offset];
        if let Some((i, joint)) = last.match_indices(['和', '及']).next() {
            if i > 0 && i + joint.len() < last.len() {
                ranges.pop();
                ranges.push((start, start + i));
                ranges.push((start + i + joint.len(), end));
            }
        }
    }
    ranges
}

/// `name` without a bracketed part at its end (G60(浙江段) → G60), if something is left.
pub(crate) fn without_bracketed_tail(name: &str) -> &str {
    if !name.ends_with([')', '）']) {
        return name;
    }
    match rfind_any(name, &['(', '（']) {
        Some(open) if open > 0 => &name[..open],
        _ => name,
    }
}

/// The first administrative division a name writes, as a gazetteer match.
fn first_division<'g>(extractor: &'g Extractor, name: &str) -> Option<GazetteerMatch<'g>> {
    let lexicon = &extractor.lexicon;
    extractor.gazetteer.find_iter(name).find(|m| {
        m.entries
            .iter()
            .any(|&i| lexicon.get(i).entity_type == EntityType::AdministrativeRegion)
    })
}

/// The administrative division a name begins with (宁波 in 宁波甬江科创走廊), as a gazetteer
/// match.
pub(crate) fn leading_division<'g>(
    extractor: &'g Extractor,
    name: &str,
) -> Option<GazetteerMatch<'g>> {
    first_division(extractor, name).filter(|m| m.start == 0)
}

/// How many bytes of a people's government's name come before its place (组长:王治平天津市
/// 人民政府副市长 → 天津市人民政府): a name or title glued on.
fn words_before_government_place(extractor: &Extractor, name: &str) -> usize {
    if !name.contains("人民政府") {
        return 0;
    }
    first_division(extractor, name).map_or(0, |m| m.start)
}

/// Where a zone's own name begins in `name` when administrative divisions are written
/// before it: a zone the lexicon knows (江苏省苏州市苏州工业园区: at 苏州工业园区), or one
/// that opens with the last of the divisions again.
fn places_before_zone_name(extractor: &Extractor, name: &str) -> Option<usize> {
    let (mut at, mut last_at) = (0, 0);
    let mut last: Option<GazetteerMatch<'_>> = None;
    while let Some(place) = leading_division(extractor, &name[at..]) {
        if last
            .as_ref()
            .is_some_and(|l| l.entries.iter().any(|e| place.entries.contains(e)))
        {
            return Some(at);
        }
        last_at = at;
        at += place.end;
        last = Some(place);
    }
    // (The lexicon's zone opens with the division's short form: 苏州 of 苏州市.)
    let short = name[last_at..at].trim_end_matches(['省', '市', '区', '县']);
    let own = &name[at..];
    (at > 0
        && short.chars().nth(1).is_some()
        && own.starts_with(short)
        && extractor.knows(own, |t| t == EntityType::Zone))
    .then_some(at)
}

/// `name` without the administrative region it begins with, if at least two characters
/// are left (宁波甬江 → 甬江).
pub(crate) fn without_leading_place<'a>(extractor: &Extractor, name: &'a str) -> &'a str {
    match leading_division(extractor, name) {
        Some(m) if name[m.end..].chars().count() >= 2 => &name[m.end..],
        _ => name,
    }
}

/// A laboratory's name without the city that news text puts before it (佛山季华实验室 →
/// 季华实验室): laboratories are named without their city, unlike institutes. A city's key
/// laboratory (石家庄市某某重点实验室) is a designation of the city, which its name keeps.
fn without_city_before_lab<'a>(extractor: &Extractor, name: &'a str) -> &'a str {
    if !name.ends_with("实验室") || name.ends_with("重点实验室") {
        return name;
    }
    let city = leading_division(extractor, name).filter(|m| {
        m.entries.iter().any(|&i| {
            let e = extractor.lexicon.get(i);
            e.entity_type == EntityType::AdministrativeRegion && e.admin_level() == Some(2)
        })
    });
    match city {
        // 合肥国家实验室 keeps its city: without it, it is a kind; so does 湛江湾实验室,
        // whose own name is one character after the city (a bay, a lake).
        Some(m)
            if name[m.end..].chars().count() >= "甬江实验室".chars().count()
                && !extractor.generic.is_match(&name[m.end..]) =>
        {
            &name[m.end..]
        }
        _ => name,
    }
}

/// Heads of the designations a government confers on research institutes (认定某中心为
/// 湖南省工程技术研究中心): after a place alone, a kind of institution.
const DESIGNATION_HEADS: [&str; 5] = [
    "实验室",
    "工程技术研究中心",
    "技术创新中心",
    "工程研究中心",
    "企业技术中心",
];

/// Whether a university's innovation centre (某大学某地创新中心) names the place it is in
/// between the university and its head: 北京理工大学重庆创新中心, not 大学科技创新中心. Other
/// names pass, and so do the centres of a kind (某大学某某协同创新中心).
fn centre_after_a_place(extractor: &Extractor, name: &str) -> bool {
    if ["协同创新中心", "技术创新中心"]
        .iter()
        .any(|h| name.ends_with(h))
    {
        return true;
    }
    let Some(rest) = ["科创中心", "创新中心"]
        .iter()
        .find_map(|head| name.strip_suffix(head))
    else {
        return true;
    };
    let Some(at) = rest.rfind("大学") else {
        return true;
    };
    let between = &rest[at + "大学".len()..];
    let between = between.strip_suffix("国际").unwrap_or(between);
    between.is_empty() || names_a_division(extractor, between)
}

/// The parent institution that a listed institute shares with the one before it: in
/// 中国科学院昆明植物研究所、昆明动物研究所 the second is also 中国科学院's. Only a 研究所
/// after a 研究所 of a known institution (written with it, or known as its sub-unit) that
/// names no institution itself.
fn shared_parent<'e>(
    extractor: &'e Extractor,
    text: &str,
    start: usize,
    name: &str,
) -> Option<&'e str> {
    const HEAD: &str = "研究所";
    let before = text[..start].strip_suffix('、')?;
    if !name.ends_with(HEAD) || !before.ends_with(HEAD) {
        return None;
    }
    let is_organization = |m: &GazetteerMatch<'_>| {
        (m.entries.iter().copied())
            .find(|&i| extractor.lexicon.get(i).entity_type.coarse() == CoarseType::Organization)
    };
    if extractor
        .gazetteer
        .find_iter(name)
        .any(|m| is_organization(&m).is_some())
    {
        return None;
    }
    // The conjunct before: from the last mark within 40 characters.
    let window = super::chars::ceil_boundary(before, before.len().saturating_sub(40 * 3));
    let from = (before[window..].char_indices().rev())
        .find(|(_, c)| matches!(c, '，' | '。' | '；' | '：' | '、' | '\n'))
        .map_or(window, |(i, c)| window + i + c.len_utf8());
    let conjunct = &before[from..];
    let (m, entry) = (extractor.gazetteer.find_iter(conjunct))
        .filter_map(|m| Some((m.clone(), is_organization(&m)?)))
        .last()?;
    let parent = if m.end == conjunct.len() {
        let parent = &extractor
            .lexicon
            .get(extractor.lexicon.parent_index(entry)?)
            .name;
        extractor
            .lexicon
            .get(entry)
            .name
            .starts_with(parent.as_str())
            .then_some(parent)?
    } else {
        &extractor.lexicon.get(entry).name
    };
    (!name.starts_with(parent.as_str())).then_some(parent.as_str())
}

/// Whether `s` is the name of an administrative division and nothing else (广州, 重庆市).
fn names_a_division(extractor: &Extractor, s: &str) -> bool {
    leading_division(extractor, s).is_some_and(|m| m.end == s.len())
}

/// The length of the brackets `after` opens with if they hold the bare short form of a
/// city, county or province and nothing else (（苏州）, not （苏州市） or （牵头）), else 0.
fn bracketed_city_after(extractor: &Extractor, after: &str) -> usize {
    let Some(inner) = after.strip_prefix(['（', '(']) else {
        return 0;
    };
    let Some(close) = inner.find(['）', ')']) else {
        return 0;
    };
    let place = &inner[..close];
    let bare = !place.ends_with(['省', '市', '县', '区']);
    if bare && place.chars().count() <= 4 && names_a_division(extractor, place) {
        after.len() - inner.len() + close + inner[close..].chars().next().map_or(0, char::len_utf8)
    } else {
        0
    }
}

/// Whether the brackets a name ends with, if any, hold a place and nothing else:
/// 哈尔滨工业大学（深圳）, not 浙江大学（牵头）.
fn brackets_hold_a_place(extractor: &Extractor, name: &str) -> bool {
    let Some(inner) = name.strip_suffix(['）', ')']) else {
        return true;
    };
    let Some(open) = rfind_any(inner, &['（', '(']) else {
        return false;
    };
    names_a_division(extractor, inner[open..].trim_start_matches(['（', '(']))
}

/// Whether an institute's branch (a name ending with 分部, 分院, 分所, 基地 or 分中心 right
/// after an institution word and a few characters) names the place or zone it is in: 怀柔
/// 实验室山西基地, not 某实验室中试基地.
fn branch_in_a_place(extractor: &Extractor, name: &str) -> bool {
    let Some(before) = ["分部", "分院", "分所", "基地", "分中心"]
        .iter()
        .find_map(|w| name.strip_suffix(w))
    else {
        return true;
    };
    let Some((at, head)) = ["研究所", "研究院", "实验室", "科学院"]
        .iter()
        .filter_map(|h| before.rfind(h).map(|at| (at, h)))
        .max()
    else {
        return true;
    };
    let between = &before[at + head.len()..];
    // (Or a zone the lexicon knows: 某研究院雄安分院.)
    between.chars().count() > 5
        || names_a_division(extractor, between)
        || extractor.knows(between, |t| t == EntityType::Zone)
}

/// Whether the brackets inside a name, if any, hold a place and nothing else: 国家大数据
/// （贵州）综合试验区.
fn inner_brackets_hold_a_place(extractor: &Extractor, name: &str) -> bool {
    let Some(open) = find_any(name, &['（', '(']) else {
        return true;
    };
    let inner = &name[open..].trim_start_matches(['（', '(']);
    inner
        .split_once(['）', ')'])
        .is_some_and(|(place, _)| names_a_division(extractor, place))
}

/// Whether a rule's research-institute name is a place plus a generic category
/// (浙江省实验室, 杭州市重点实验室, 湖南省工程技术研究中心): a kind of institution, not a
/// named one. A place's short form right before 实验室 or 国家实验室 names one laboratory
/// (苏州实验室, 广州实验室, 合肥国家实验室).
fn is_place_and_generic(extractor: &Extractor, name: &str) -> bool {
    let own = without_leading_place(extractor, name);
    let place = &name[..name.len() - own.len()];
    // 广州实验室 is one laboratory; 湖北实验室 (a province's) is its system of them.
    let provincial = || {
        leading_division(extractor, name).is_some_and(|m| {
            m.end == place.len()
                && (m.entries.iter()).any(|&i| extractor.lexicon.get(i).admin_level() == Some(1))
                && !(m.entries.iter()).any(|&i| extractor.lexicon.get(i).admin_level() == Some(2))
        })
    };
    let named_after_place = matches!(own, "实验室" | "国家实验室")
        && !place.ends_with(['省', '市', '区', '县'])
        && !(own == "实验室" && provincial());
    DESIGNATION_HEADS.iter().any(|head| name.ends_with(head))
        && own.len() < name.len()
        && !named_after_place
        && extractor
            .generic
            .is_match(own.trim_start_matches(['省', '市']))
}

/// Longest first, then source rank, then priority, then leftmost; no overlaps. Ties keep
/// the candidates' order. A rule's candidate is named when its turn comes, and left out if
/// its name does not pass ([`rule_name`]), as if it had never been found.
pub(crate) fn select<'a>(
    extractor: &Extractor,
    text: &str,
    mut candidates: Vec<Candidate<'a>>,
) -> Vec<Candidate<'a>> {
    // The order is decided on small keys; the candidates themselves are not moved.
    let mut order: Vec<_> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let length = c.end.saturating_sub(c.start);
            (
                Reverse(length),
                Reverse(c.rank),
                Reverse(c.priority),
                c.start,
                i,
            )
        })
        .collect();
    order.sort_unstable();
    // Which bytes the candidates kept so far cover. They are at least as long as the
    // candidate at hand, so one of them overlaps it only if it holds its first or its
    // last byte.
    let text_end = candidates.iter().map(|c| c.end).max().unwrap_or(0);
    let mut taken = ByteSet::new(text_end);
    let mut keep = vec![false; candidates.len()];
    for (.., i) in order {
        let c = &mut candidates[i];
        if c.start >= c.end || taken.contains(c.start) || taken.contains(c.end - 1) {
            continue;
        }
        if let Resolution::Rule { rule, start } = c.resolution {
            match rule_name(extractor, text, rule, start, c.start..c.end) {
                Some(named) => c.resolution = named,
                None => continue,
            }
        }
        taken.insert(c.start..c.end);
        keep[i] = true;
    }
    let mut selected: Vec<Candidate<'a>> = candidates
        .into_iter()
        .zip(keep)
        .filter_map(|(c, keep)| keep.then_some(c))
        .collect();
    selected.sort_by_key(|c| c.start);
    selected
}

/// Adds the short forms of each company named in full ([`short_company_names`]: 潍柴动力
/// of 潍柴动力股份有限公司, 纳芯微 of 苏州纳芯微电子股份有限公司, 东风公司 of 东风汽车集团
/// 有限公司) wherever the text writes them and no candidate covers them, as mentions of the
/// company.
pub(crate) fn add_short_company_names(
    extractor: &Extractor,
    text: &str,
    candidates: &mut Vec<Candidate<'_>>,
) {
    // (short form, the company's name, how its mentions resolve)
    let mut companies: Vec<(String, &str, Resolution<'static>)> = (candidates.iter())
        .filter_map(|c| match &c.resolution {
            Resolution::Named {
                name,
                entity_type: EntityType::Enterprise,
                ..
            } => Some((
                short_company_names(extractor, &text[c.start..c.end]),
                name.as_str(),
                Resolution::Named {
                    name: name.clone(),
                    entity_type: EntityType::Enterprise,
                    lexicon: None,
                },
            )),
            // (A lexicon's company by the short forms of its name, which its aliases may
            // not list: 东风公司.)
            Resolution::Lexicon(entries) => match entries[..] {
                [entry] if extractor.lexicon.get(entry).entity_type == EntityType::Enterprise => {
                    let name = extractor.lexicon.get(entry).name.as_str();
                    Some((
                        short_company_names(extractor, name),
                        name,
                        Resolution::Lexicon(Cow::Owned(vec![entry])),
                    ))
                }
                _ => None,
            },
            _ => None,
        })
        .flat_map(|(shorts, name, resolution)| {
            (shorts.into_iter()).map(move |short| (short, name, resolution.clone()))
        })
        .collect();
    if companies.is_empty() {
        return;
    }
    companies.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    companies.dedup_by(|a, b| a.0 == b.0);
    // One pass over the text for all the short forms, leftmost-longest, so that the
    // matches do not overlap.
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(companies.iter().map(|(short, ..)| short))
    else {
        return;
    };
    let mut added = Vec::new();
    for found in automaton.find_iter(text) {
        let (at, end) = (found.start(), found.end());
        if overlaps_any(candidates, at, end) {
            continue;
        }
        added.push(Candidate {
            start: at,
            end,
            rank: 0,
            priority: 0,
            resolution: companies[found.pattern().as_usize()].2.clone(),
        });
    }
    if !added.is_empty() {
        candidates.append(&mut added);
        candidates.sort_by_key(|c| c.start);
    }
}

/// Drops the place of a news story's dateline (新华社贵阳4月16日电, 长沙讯): it says where the story
/// was filed, which the annotation guide leaves out with bylines and credits.
pub(crate) fn drop_dateline_places(text: &str, candidates: &mut Vec<Candidate<'_>>) {
    candidates.retain(|c| {
        // (Or at a line's start before 讯: 长沙讯 某公司….)
        let line_start = text[..c.start]
            .trim_end_matches([' ', '\u{3000}'])
            .is_empty()
            || text[..c.start].ends_with('\n');
        let place_news = line_start
            && text[c.end..].starts_with('讯')
            && after_place_dateline(&text[c.start..]).is_some();
        !opens_dateline(&text[c.end..]) && !place_news
    });
}

/// What follows the place's dateline `s` opens with (长沙讯 某公司…: 某公司…): two to six
/// Chinese characters, 讯, then white space or the reporters' bracket.
pub(crate) fn after_place_dateline(s: &str) -> Option<&str> {
    let (at, _) = (s.char_indices().take(7)).find(|&(_, c)| c == '讯')?;
    let rest = &s[at + '讯'.len_utf8()..];
    (at >= 2 * '讯'.len_utf8()
        && s[..at].chars().all(is_han)
        && rest.starts_with([' ', '\u{3000}', '（', '(']))
    .then_some(rest)
}

/// Drops the candidates inside a page's credit fields (来源：某管委会, 信息来源:省经信厅): the
/// field of a label of `labels` that opens its line or follows white space runs from its
/// colon to the next white space or the line's end. The outlet or person it names
/// published the page; the annotation guide leaves credits out.
pub(crate) fn drop_credits(text: &str, labels: &[String], candidates: &mut Vec<Candidate<'_>>) {
    // Found from the colons, which are few, rather than from each label, which a Chinese
    // text's bytes would make a search stop at all the time.
    let colons = memchr::memchr_iter(b':', text.as_bytes())
        .chain(memchr::memmem::find_iter(text.as_bytes(), "："));
    let mut fields = Vec::new();
    for colon in colons {
        let before = text[..colon].trim_end_matches([' ', '\u{3000}']);
        let labelled = labels.iter().any(|label| {
            before
                .strip_suffix(label.as_str())
                .is_some_and(|ahead| ahead.chars().next_back().is_none_or(char::is_whitespace))
        });
        if labelled {
            let after = &text[colon..];
            let field = after.strip_prefix([':', '：']).unwrap_or(after);
            let field = field.trim_start_matches([' ', '\u{3000}']);
            let field_start = text.len() - field.len();
            let field_end = field_start + field.find(char::is_whitespace).unwrap_or(field.len());
            fields.push(field_start..field_end);
        }
    }
    if !fields.is_empty() {
        candidates.retain(|c| !fields.iter().any(|f| f.start <= c.start && c.end <= f.end));
    }
}

/// Whether `rest` opens with the date and 电 of a dateline (4月16日电, 16日电).
fn opens_dateline(rest: &str) -> bool {
    fn digits(s: &str) -> Option<&str> {
        let rest = s.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        (rest.len() < s.len()).then_some(rest)
    }
    let Some(rest) = digits(rest) else {
        return false;
    };
    let rest = (rest.strip_prefix('月').and_then(digits)).unwrap_or(rest);
    rest.starts_with("日电")
}

/// Adds the short form a name is given in brackets right after it (某研究院（以下简称“某某
/// 院”）) wherever the text writes it from there on and no candidate covers it, as a mention
/// of the same entity. A policy's short form is merged by [`super::variants`].
pub(crate) fn add_declared_short_forms(text: &str, candidates: &mut Vec<Candidate<'_>>) {
    let mut added: Vec<Candidate<'_>> = Vec::new();
    let mut shadowed: Vec<usize> = Vec::new();
    for c in candidates.iter().filter(|c| !c.is_policy()) {
        let rest = &text[c.end..];
        let Some(bracketed) = rest.strip_prefix('（').or_else(|| rest.strip_prefix('(')) else {
            continue;
        };
        // (In bare brackets, only a short form that keeps the name's characters in order,
        // its first and its last: 中国科学院长春分院（中科院长春分院）.)
        let declared = (super::variants::SHORT_FORM_OPENERS.iter())
            .filter(|o| !o.is_empty())
            .find_map(|o| bracketed.strip_prefix(o));
        let abbreviation = || {
            let short = bracketed.split(['）', ')']).next()?;
            abbreviates(short, &text[c.start..c.end]).then_some(bracketed)
        };
        let Some(inner) = declared.or_else(abbreviation) else {
            continue;
        };
        let inner = inner.strip_prefix(['：', ':']).unwrap_or(inner);
        let (short, from) = match inner.strip_prefix('“') {
            Some(quoted) => (quoted.split('”').next(), text.len() - quoted.len()),
            None => (inner.split(['）', ')']).next(), text.len() - inner.len()),
        };
        let Some(short) = short.filter(|s| {
            (2..=12).contains(&s.chars().count())
                && s.chars().all(|ch| is_han(ch) || ch.is_ascii_alphanumeric())
        }) else {
            continue;
        };
        for (at, _) in text[from..].match_indices(short) {
            let (start, end) = (from + at, from + at + short.len());
            // (A shorter candidate inside the short form gives way to it: 浙江 in 浙江拍.)
            let first = candidates.partition_point(|c| c.end <= start);
            let past = candidates.partition_point(|c| c.start < end);
            let inside = candidates[first..past.max(first)]
                .iter()
                .all(|c| start <= c.start && c.end <= end && c.end - c.start < end - start);
            let covered =
                (past > first && !inside) || added.iter().any(|a| a.start < end && start < a.end);
            if !covered {
                shadowed.extend(first..past.max(first));
                added.push(Candidate {
                    start,
                    end,
                    rank: 0,
                    priority: 0,
                    resolution: c.resolution.clone(),
                });
            }
        }
    }
    if !added.is_empty() {
        if !shadowed.is_empty() {
            let mut index = 0;
            candidates.retain(|_| {
                index += 1;
                !shadowed.contains(&(index - 1))
            });
        }
        candidates.append(&mut added);
        candidates.sort_by_key(|c| c.start);
    }
}

/// Whether `short` is a short form of `name` made by leaving characters out (中科院长春分院
/// of 中国科学院长春分院, 西安光机所 of 西安光学精密机械研究所): shorter, its characters
/// found in `name` in order, opening and ending as it does.
fn abbreviates(short: &str, name: &str) -> bool {
    let count = short.chars().count();
    if count < 2 || count >= name.chars().count() || !short.chars().all(is_han) {
        return false;
    }
    let same_ends = short.chars().next() == name.chars().next()
        && short.chars().next_back() == name.chars().next_back();
    let mut rest = name.chars();
    same_ends && short.chars().all(|c| rest.any(|n| n == c))
}

/// Whether a span from `start` to `end` overlaps one of `candidates`, which do not overlap
/// and are sorted by start (and so by end): it overlaps one only if it overlaps the last
/// that starts before it ends.
fn overlaps_any(candidates: &[Candidate<'_>], start: usize, end: usize) -> bool {
    let next = candidates.partition_point(|c| c.start < end);
    next > 0 && candidates[next - 1].end > start
}

/// The short forms of a company's full name: without its legal form (股份有限公司) and a
/// bracketed place before it (本源量子计算科技（合肥）股份有限公司); then without the place it
/// opens with, and each of the trades it ends with, if four characters or more are left;
/// and its brand ([`company_brand`]: 纳芯微, 东风公司).
fn short_company_names(extractor: &Extractor, name: &str) -> Vec<String> {
    let Some(stem) = company_stem(name) else {
        return Vec::new();
    };
    // Short forms of fewer than four characters are too ambiguous to look for, but for the
    // brand a company's name is made of (纳芯微), and a brand of two with 公司 or 集团 after it
    // (东风公司).
    let mut forms = Vec::new();
    let mut add = |form: &str| {
        if form.chars().count() >= 4 && !forms.iter().any(|f| f == form) {
            forms.push(form.to_owned());
        }
    };
    add(stem);
    let own = without_leading_place(extractor, stem);
    // (Without its place, a name that opens with a common word reads as running text:
    // 技术转移 of 成都技术转移（集团）有限公司.)
    let mut chars = own.chars();
    if let (true, Some(a), Some(b)) = (own.len() < stem.len(), chars.next(), chars.next()) {
        if is_common_word(extractor, a, b) {
            return forms;
        }
    }
    let mut brand = own;
    for shorter in without_trades(own) {
        add(shorter);
        brand = shorter;
    }
    if brand.len() < own.len() && !COMPANY_TRADES.iter().any(|t| brand.contains(t)) {
        match brand.chars().count() {
            3 if !extractor.generic.is_match(brand) => forms.push(brand.to_owned()),
            2 | 3 => forms.extend(["公司", "集团"].map(|head| format!("{brand}{head}"))),
            _ => {}
        }
    }
    forms
}

/// A company's name without its legal form and a bracketed place at its end, if it has a
/// legal form and is made of Han characters, letters and digits.
fn company_stem(name: &str) -> Option<&str> {
    let stem = (super::structure::LEGAL_FORMS.iter()).find_map(|form| name.strip_suffix(form))?;
    let stem = without_bracketed_tail(stem);
    stem.chars()
        .all(|c| is_han(c) || c.is_ascii_alphanumeric())
        .then_some(stem)
}

/// The brand of a company's name: the name without its legal form, a bracketed place, the
/// place it opens with and the trades it ends with (纳芯微 of 苏州纳芯微电子股份有限公司).
fn company_brand<'a>(extractor: &Extractor, name: &'a str) -> Option<&'a str> {
    without_trades(without_leading_place(extractor, company_stem(name)?)).last()
}

/// `name`, then `name` without each trade it ends with in turn (纳芯微电子, 纳芯微).
fn without_trades(name: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(name), |brand| {
        (COMPANY_TRADES.iter()).find_map(|t| brand.strip_suffix(t))
    })
}

/// The trades a company's name puts after its brand (纳芯微电子, 东风汽车集团): without
/// them, the brand is the company's short form.
const COMPANY_TRADES: [&str; 30] = [
    "集团",
    "股份",
    "控股",
    "实业",
    "发展",
    "科技",
    "技术",
    "电子",
    "微电子",
    "半导体",
    "汽车",
    "数字",
    "智能",
    "信息",
    "网络",
    "软件",
    "通信",
    "光电",
    "电气",
    "电力",
    "机械",
    "装备",
    "制造",
    "材料",
    "新材料",
    "生物",
    "医药",
    "化工",
    "能源",
    "环保",
];

/// Leaves out the policies found inside `inner`, the policy a notice's title issues, that
/// are only part of it (“十四五”规划 inside 某省科技创新“十四五”规划): a name inside a longer
/// name is no mention of its own.
pub(crate) fn drop_parts_of_policy(
    text: &str,
    inner: Range<usize>,
    candidates: &mut Vec<Candidate<'_>>,
) {
    let whole = clean_name(&text[inner.clone()]);
    candidates.retain(|c| {
        let inside = inner.start <= c.start && c.end <= inner.end;
        !(c.is_policy() && inside && clean_name(&text[c.start..c.end]) != whole)
    });
}

/// Leaves out the policies found inside a line that repeats the title of a policy named
/// in title marks (a plan's heading 某市科技创新“十四五”规划 after 《某市科技创新“十四五”
/// 规划》): they are only part of it, as in [`drop_parts_of_policy`].
pub(crate) fn drop_parts_of_repeated_titles(text: &str, candidates: &mut Vec<Candidate<'_>>) {
    let titled =
        |c: &Candidate<'_>| text[..c.start].ends_with('《') && text[c.end..].starts_with('》');
    let titles: Vec<String> = (candidates.iter())
        .filter(|c| c.is_policy() && titled(c))
        .map(|c| clean_name(&text[c.start..c.end]))
        .collect();
    if titles.is_empty() {
        return;
    }
    let longest = titles.iter().map(String::len).max().unwrap_or(0) + 64;
    candidates.retain(|c| {
        if !c.is_policy() || titled(c) {
            return true;
        }
        // The candidate's line, if it is no longer than a title with some room around it:
        // a longer line repeats no title, and is not read (a document may be one line).
        let Some(line) = super::chars::short_line(text, c.start..c.end, longest) else {
            return true;
        };
        let line = clean_name(text[line].trim());
        let name = clean_name(&text[c.start..c.end]);
        !(name != line && titles.contains(&line))
    });
}

/// A set of byte offsets below a bound, a bit each: an eighth of the memory of a `bool`
/// per byte of text, which is written afresh for every document.
struct ByteSet(Vec<u64>);

impl ByteSet {
    /// The empty set of offsets below `len`.
    fn new(len: usize) -> Self {
        Self(vec![0; len.div_ceil(64)])
    }

    /// Whether the set holds `at`.
    fn contains(&self, at: usize) -> bool {
        self.0[at / 64] >> (at % 64) & 1 == 1
    }

    /// Adds the offsets of `range`, a word of 64 at a time.
    fn insert(&mut self, range: Range<usize>) {
        let mut at = range.start;
        while at < range.end {
            let (word, bit) = (at / 64, at % 64);
            let bits = (64 - bit).min(range.end - at);
            self.0[word] |= (u64::MAX >> (64 - bits)) << bit;
            at += bits;
        }
    }
}

/// Picks among same-form lexicon entries: the one in the document's province, then the
/// higher administrative level, then the first.
pub(crate) fn choose_entry(
    extractor: &Extractor,
    context: &Context,
    entries: &[usize],
) -> Option<usize> {
    let lexicon = &extractor.lexicon;
    entries.iter().copied().min_by_key(|&i| {
        let in_province = context.in_province(lexicon, i) == Some(true);
        (!in_province, lexicon.get(i).admin_level().unwrap_or(0), i)
    })
}

fn resolve<'a>(
    extractor: &'a Extractor,
    context: &Context,
    resolution: &'a Resolution<'_>,
) -> Option<(Cow<'a, str>, EntityType, Option<usize>)> {
    match resolution {
        // Selection names every rule candidate it keeps.
        Resolution::Rule { .. } => None,
        Resolution::Lexicon(entries) => {
            let i = choose_entry(extractor, context, entries)?;
            let e = extractor.lexicon.get(i);
            Some((Cow::Borrowed(&e.name), e.entity_type, Some(i)))
        }
        Resolution::Named {
            name,
            entity_type,
            lexicon,
        } => {
            // A rule's name that the lexicon knows takes the lexicon's canonical name.
            let known = lexicon.or_else(|| {
                let entries = extractor.gazetteer.exact(name)?;
                choose_entry(extractor, context, entries).filter(|&i| {
                    extractor.lexicon.get(i).entity_type.coarse() == entity_type.coarse()
                })
            });
            match known {
                Some(i) => {
                    let e = extractor.lexicon.get(i);
                    Some((Cow::Borrowed(&e.name), e.entity_type, Some(i)))
                }
                // (Not one that brackets its place: 国家大数据（贵州）综合试验区.)
                None if *entity_type == EntityType::Zone
                    && name.starts_with("国家")
                    && !name.contains(['（', '(']) =>
                {
                    national_zone_of_city(extractor, context, name)
                        .map(|(name, t, lexicon)| (Cow::Owned(name), t, lexicon))
                }
                None if entity_type.coarse() == CoarseType::Program => Some((
                    Cow::Owned(with_region_for_level(extractor, context, name)),
                    *entity_type,
                    None,
                )),
                None => Some((Cow::Borrowed(name), *entity_type, None)),
            }
        }
    }
}

/// A program named after a bare level (省科创母基金, 市科技奖) is the document's
/// province's or city's own: its canonical name writes the place (浙江省科创母基金).
fn with_region_for_level(extractor: &Extractor, context: &Context, name: &str) -> String {
    let place = if let Some(rest) = name.strip_prefix('省') {
        context.province.map(|p| (p, rest))
    } else if let Some(rest) = name.strip_prefix('市') {
        context.city.map(|c| (c, rest))
    } else {
        None
    };
    match place {
        // 省级…, 省委…, 省属…: a level or an organ, not the place's own program.
        Some((place, rest))
            if rest.chars().count() >= 3
                && !rest.starts_with(['级', '委', '属', '内', '外', '直', '部']) =>
        {
            format!("{}{rest}", extractor.lexicon.get(place).name)
        }
        _ => name.to_owned(),
    }
}

/// A national designation written without its place (国家自主创新示范区) names a kind of
/// zone; in a city's document it is the city's zone of that kind (宁波国家自主创新示范区),
/// elsewhere no entity.
fn national_zone_of_city(
    extractor: &Extractor,
    context: &Context,
    name: &str,
) -> Option<(String, EntityType, Option<usize>)> {
    let city = &extractor.lexicon.get(context.city?).name;
    let short = city.strip_suffix('市').unwrap_or(city);
    Some((format!("{short}{name}"), EntityType::Zone, None))
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::extract::Extractor;
    use crate::model::{CoarseType, Extraction};
    use std::sync::OnceLock;

    #[test]
    fn zone_counts_are_read_off_a_head() {
        use super::without_zone_count;
        assert_eq!(without_zone_count("三个国家高新区"), "国家高新区");
        assert_eq!(without_zone_count("12个高新区"), "高新区");
        assert_eq!(without_zone_count("三地高新区"), "高新区");
        assert_eq!(without_zone_count("三大高新区"), "三大高新区");
        assert_eq!(without_zone_count("国家高新区"), "国家高新区");
        assert_eq!(without_zone_count("两个区"), "两个区");
    }

    /// A name's left edge looks for a count inside it only where the scan marked a
    /// character: every digit and numeral of a count must be one.
    #[test]
    fn the_characters_of_counts_are_marked() {
        let marked: Vec<char> = extractor().fact_matchers.marked_chars().collect();
        for c in ('0'..='9').chain("两三四五六七八九十".chars()) {
            assert!(marked.contains(&c), "{c}");
        }
    }

    /// The index of the referring heads finds what a search of the whole list finds.
    #[test]
    fn referring_heads_are_found_by_their_first_character() {
        let list: Vec<String> = ["公司", "中心", "所", "公司总部", "学校"]
            .map(String::from)
            .into();
        let heads = super::ReferringHeads::new(&list);
        assert_eq!(heads.starting_with('公'), ["公司", "公司总部"]);
        assert!(heads.starting_with('大').is_empty());
        for (opening, expected) in [
            ("公司与清华大学共建", Some(("公司", 0))),
            ("该所牵头", Some(("所", 3))),
            ("所长表示", None),
            ("学校位于", Some(("学校", 0))),
            ("大学生", None),
        ] {
            assert_eq!(
                super::referring_head(&heads, opening),
                expected,
                "{opening}"
            );
        }
    }

    /// A rule without head words is gated by the literals its matches begin with when
    /// they are longer than those of any one part, and every match holds one of them.
    #[test]
    fn gate_literals_are_the_longest_that_every_match_holds() {
        let pattern = "(?:实施|推进)(?:省|国家)?“(?P<name>[^“”]{2,12})”";
        let gates = super::gate_literals_of(pattern).unwrap();
        assert!(gates.iter().all(|g| g.ends_with('“')), "{gates:?}");
        let regex = regex::Regex::new(pattern).unwrap();
        for text in [
            "我们实施“双尖双领”计划",
            "推进国家“东数西算”工程",
            "实施省“尖兵领雁”",
        ] {
            let m = regex.find(text).unwrap().as_str();
            assert!(gates.iter().any(|g| m.contains(g.as_str())), "{text}");
        }
        // A pattern whose parts give longer literals keeps them: the title words.
        let titles = super::gate_literals_of(r"(?P<name>[王李][\p{Han}]{1,2})(?:主任|教授)");
        assert_eq!(titles.unwrap(), ["主任", "教授"]);
    }

    fn extractor() -> &'static Extractor {
        static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
        EXTRACTOR.get_or_init(|| Extractor::builtin().expect("builtin extractor"))
    }

    fn extract(text: &str) -> Extraction {
        extractor().extract(&Document::from_text("t.txt", text))
    }

    /// Whether the extraction has an entity of that name (or alias) and coarse type.
    fn has(x: &Extraction, name: &str, coarse: CoarseType) -> bool {
        x.entities.iter().any(|e| {
            e.entity_type.coarse() == coarse
                && (e.name == name || e.aliases.iter().any(|a| a == name))
        })
    }

    /// `(text, name, coarse type, expected present)`.
    fn check(cases: &[(&str, &str, CoarseType, bool)]) {
        for &(text, name, coarse, expected) in cases {
            let x = extract(text);
            let names: Vec<_> = x.entities.iter().map(|e| e.name.as_str()).collect();
            assert_eq!(
                has(&x, name, coarse),
                expected,
                "{text} → {name}: {names:?}"
            );
        }
    }

    #[test]
    fn sixteenth_round_names() {
        use CoarseType::{Organization as Org, Place, Program};
        check(&[
            // A place's two-character short form glued into a common word.
            ("贵州省为相关中小企业发放贷款。", "关中地区", Place, false),
            ("陕西省机关中的科研人员。", "关中地区", Place, false),
            ("陕西省推进关中协同创新。", "关中地区", Place, true),
            // A kind and a dash before a name: the name follows the dash.
            (
                "位于开发区的新型研发机构——贵州福泉磷基新材料研究院揭牌。",
                "贵州福泉磷基新材料研究院",
                Org,
                true,
            ),
            (
                "位于开发区的新型研发机构——贵州福泉磷基新材料研究院揭牌。",
                "新型研发机构——贵州福泉磷基新材料研究院",
                Org,
                false,
            ),
            // A manner and a deployment are no part of a program's name.
            (
                "通过“揭榜挂帅”方式部署省级重大科技专项14项。",
                "揭榜挂帅方式部署省级重大科技专项",
                Program,
                false,
            ),
            (
                "通过“揭榜挂帅”方式部署省级重大科技专项14项。",
                "方式部署省级重大科技专项",
                Program,
                false,
            ),
            (
                "实施“山海协作”升级版工程。",
                "山海协作升级版工程",
                Program,
                true,
            ),
            // Verbs of having and bordering, and the kind 龙头企业, before a name.
            (
                "安徽省研究院下设电子陶瓷研究中心。",
                "电子陶瓷研究中心",
                Org,
                true,
            ),
            (
                "安徽省研究院下设电子陶瓷研究中心。",
                "研究院下设电子陶瓷研究中心",
                Org,
                false,
            ),
            (
                "园区南接江门高新技术产业开发区。",
                "南接江门高新技术产业开发区",
                Place,
                false,
            ),
            (
                "园区龙头企业广东江滨光电科技股份有限公司牵头。",
                "广东江滨光电科技股份有限公司",
                Org,
                true,
            ),
            // The human-resources department's short form without 和.
            (
                "贵州省科技厅会同省人力资源社会保障厅实施计划。",
                "贵州省人力资源和社会保障厅",
                Org,
                true,
            ),
            // The party committee's science and technology commission.
            (
                "安徽省委科技委员会统筹推进。",
                "中共安徽省委科技委员会",
                Org,
                true,
            ),
            // The bodies of the places listed before 的 are no one body.
            (
                "河南、四川的省科技厅已经亮相。",
                "河南省科学技术厅",
                Org,
                false,
            ),
            // An airport or a station is no mention of the place its name opens with.
            ("园区距杭州萧山国际机场约95公里。", "萧山区", Place, false),
            ("园区距淮安涟水机场约25公里。", "涟水县", Place, false),
            // A joint centre of a kind is no name.
            (
                "研究院建有国家地方联合工程研究中心1个。",
                "国家地方联合工程研究中心",
                Org,
                false,
            ),
        ]);
    }

    #[test]
    fn the_central_bank_s_branches_are_government_bodies() {
        let x = extract("云南省科技厅联合中国人民银行云南省分行印发通知。");
        let branch = x
            .entities
            .iter()
            .find(|e| e.name == "中国人民银行云南省分行");
        assert_eq!(
            branch.map(|e| e.entity_type),
            Some(crate::EntityType::GovernmentBody),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn visits_high_institutes_and_officials_at_events() {
        use CoarseType::{Organization as Org, Person};
        check(&[
            // 赴 and 带队 end what comes before them; the 等 of 高等 lists nothing.
            (
                "湖南省科学技术厅厅长周建军带队赴岳麓山实验室调研。",
                "岳麓山实验室",
                Org,
                true,
            ),
            (
                "湖南省科学技术厅厅长周建军带队赴岳麓山实验室调研。",
                "周建军",
                Person,
                true,
            ),
            (
                "清华大学昆山高等研究院、浙江大学杭州国际科创中心等单位参加。",
                "清华大学昆山高等研究院",
                Org,
                true,
            ),
            (
                "福建省科学技术厅副厅长王海燕见证签约。",
                "王海燕",
                Person,
                true,
            ),
            ("长沙市副市长刘晓霞参加调研。", "刘晓霞", Person, true),
        ]);
    }

    #[test]
    fn the_outlet_of_a_credit_line_is_no_entity() {
        use CoarseType::Organization as Org;
        check(&[
            (
                "光谷签署合作协议\n发布时间：2024-03-16 来源：东湖高新区管委会\n\n华中科技大学举行签约仪式。\n",
                "东湖高新区管委会",
                Org,
                false,
            ),
            (
                "某文\n信息来源:省经信厅 发布时间:2023-02-03\n\n浙江省推进科技创新。\n",
                "浙江省经济和信息化厅",
                Org,
                false,
            ),
            // (White space may stand between a label and its colon; a label may open the
            // text.)
            (
                "责任编辑 ：浙江大学 \n\n浙江省推进科技创新。\n",
                "浙江大学",
                Org,
                false,
            ),
            // (Text that says where money comes from is no credit.)
            (
                "某文\n\n资金来源：浙江省财政厅专项资金。\n",
                "浙江省财政厅",
                Org,
                true,
            ),
        ]);
    }

    #[test]
    fn kinds_of_key_laboratories_and_centres_are_no_names() {
        use CoarseType::Organization as Org;
        check(&[
            (
                "这是郑州大学牵头建设的第2个省部共建国家重点实验室。",
                "省部共建国家重点实验室",
                Org,
                false,
            ),
            (
                "推动光子技术领域国家重点实验室建设。",
                "光子技术领域国家重点实验室",
                Org,
                false,
            ),
            (
                "争创国家先进制造业创新中心。",
                "国家先进制造业创新中心",
                Org,
                false,
            ),
            // (A named one stays.)
            (
                "省部共建作物逆境生物学国家重点实验室通过评估。",
                "省部共建作物逆境生物学国家重点实验室",
                Org,
                true,
            ),
        ]);
    }

    #[test]
    fn eleventh_round_stop_words() {
        use CoarseType::{Organization as Org, Place};
        check(&[
            (
                "验收不合格的取消河北省重点实验室称号。",
                "取消河北省重点实验室",
                Org,
                false,
            ),
            (
                "在光电领域布局建设的首家省实验室。",
                "首家省实验室",
                Org,
                false,
            ),
            (
                "部分高新区在原始创新方面仍有短板。",
                "部分高新区",
                Place,
                false,
            ),
            (
                "沭阳高新区、海安高新区分列省级高新区前两位。",
                "海安高新区分列省级高新区",
                Place,
                false,
            ),
            ("全年科学城新引进人才团队46个。", "全年科学城", Place, false),
        ]);
    }

    #[test]
    fn two_quoted_words_side_by_side_name_one_program() {
        use CoarseType::Program;
        let text = "标题\n\n2023年支持“尖兵”“领雁”研发攻关计划项目41项。\n";
        check(&[
            (text, "尖兵领雁", Program, true),
            (text, "领雁研发攻关计划", Program, false),
        ]);
        let text = "标题\n\n全省共立项“尖兵”“领雁”项目486项。\n";
        check(&[
            (text, "尖兵领雁", Program, true),
            (text, "领雁", Program, false),
        ]);
    }

    #[test]
    fn twelfth_round_verbs_before_names() {
        use CoarseType::{Facility, Organization as Org};
        check(&[
            ("此次联合实验室的共建意义重大。", "次联合实验室", Org, false),
            (
                "研究所将选派40名科研骨干进驻实验室。",
                "科研骨干进驻实验室",
                Org,
                false,
            ),
            (
                "共征集天津大学、南开大学等高校成果。",
                "共征集天津大学",
                Org,
                false,
            ),
            (
                "聘任中国工程院院士赵明远担任主任。",
                "聘任中国工程院",
                Org,
                false,
            ),
            (
                "实验室分别与中国商飞上海飞机设计研究院签署协议。",
                "中国商飞上海飞机设计研究院",
                Org,
                true,
            ),
            (
                "全区已有宁夏大学等12家单位设立委员会。",
                "宁夏大学",
                Org,
                true,
            ),
            (
                "请问兰州大学在成果转化方面有哪些举措？",
                "兰州大学",
                Org,
                true,
            ),
            (
                "全省现有光电领域国家级创新平台14个。",
                "光电领域国家级创新平台",
                Facility,
                false,
            ),
            (
                "我局组织浙江大学等单位专家开展指导。",
                "浙江大学",
                Org,
                true,
            ),
            (
                "实验室位于南京市江宁区南航将军路校区。",
                "军路校区",
                Org,
                false,
            ),
            (
                "补齐玉环高能级创新平台短板。",
                "补齐玉环高能级创新平台",
                Facility,
                false,
            ),
            (
                "融入长三角G60科创走廊建设。",
                "融入长三角G60科创走廊",
                CoarseType::Place,
                false,
            ),
            ("打造一批高端创新平台。", "高端创新平台", Facility, false),
            (
                "学校依托高端轴承摩擦学技术与应用国家地方联合工程实验室开展攻关。",
                "高端轴承摩擦学技术与应用国家地方联合工程实验室",
                Org,
                true,
            ),
        ]);
        // A one-character stop word that begins a known name does not cut it.
        check(&[(
            "基地位于和林格尔新区，已落户企业26家。",
            "和林格尔新区",
            CoarseType::Place,
            true,
        )]);
    }

    #[test]
    fn fifteenth_round_stop_words_kinds_and_yu_before_a_known_name() {
        use CoarseType::{Facility, Organization as Org, Place, Program};
        check(&[
            // 与 before a known name ends the name before it; inside a name it joins fields.
            (
                "促成两家企业与浙江大学衢州研究院签约共建研发中心。",
                "浙江大学衢州研究院",
                Org,
                true,
            ),
            (
                "促成两家企业与浙江大学衢州研究院签约共建研发中心。",
                "企业与浙江大学衢州研究院",
                Org,
                false,
            ),
            (
                "诸暨高新区则与浙江大学绍兴研究院签约。",
                "诸暨高新区",
                Place,
                true,
            ),
            (
                "指导综合体与宁波前湾新区错位布局。",
                "综合体与宁波前湾新区",
                Place,
                false,
            ),
            (
                "南方海洋科学与工程广东省实验室加快建设。",
                "南方海洋科学与工程广东省实验室",
                Org,
                true,
            ),
            // 和 and 及 join fields inside a laboratory's or a centre's name, not a list.
            (
                "支持安徽工程大学建设安徽省先进数控和伺服驱动技术重点实验室。",
                "安徽省先进数控和伺服驱动技术重点实验室",
                Org,
                true,
            ),
            (
                "某集团与某大学联合组建陕西省钛及钛合金技术创新中心。",
                "陕西省钛及钛合金技术创新中心",
                Org,
                true,
            ),
            (
                "新增省重点实验室和省工程技术研究中心12家。",
                "省重点实验室和省工程技术研究中心",
                Org,
                false,
            ),
            (
                "推动企业和高校重点实验室开放共享。",
                "企业和高校重点实验室",
                Org,
                false,
            ),
            (
                "引进高层次人才和新型实验室。",
                "高层次人才和新型实验室",
                Org,
                false,
            ),
            // Verbs and dashes before a name, academicians after a university.
            ("另有紫金山实验室等平台。", "紫金山实验室", Org, true),
            (
                "以1.2亿元作价入股南京启衡光电科技股份有限公司。",
                "南京启衡光电科技股份有限公司",
                Org,
                true,
            ),
            (
                "已开发出新型制冷剂中试装置。",
                "新型制冷剂中试装置",
                Facility,
                true,
            ),
            (
                "——九峰山实验室联合企业完成的项目获奖。",
                "九峰山实验室",
                Org,
                true,
            ),
            (
                "某企业与浙江工业大学院士团队合作。",
                "浙江工业大学院",
                Org,
                false,
            ),
            (
                "扩大科技成果转化引导基金规模。",
                "扩大科技成果转化引导基金",
                Program,
                false,
            ),
            (
                "已梳理装置和平台可转化成果清单。",
                "梳理装置",
                Facility,
                false,
            ),
            // Kinds, not names.
            ("支持高水平创新研究院建设。", "高水平创新研究院", Org, false),
            ("组建省级产业技术研究院。", "省级产业技术研究院", Org, false),
            (
                "引进中国科学院研究所及其产业化项目。",
                "中国科学院研究所",
                Org,
                false,
            ),
            ("科技部所属研究所。", "属研究所", Org, false),
            // 持续 inside a laboratory's name, and no parent body joining fields with 与.
            (
                "该所拥有植物化学与西部植物资源持续利用国家重点实验室。",
                "植物化学与西部植物资源持续利用国家重点实验室",
                Org,
                true,
            ),
            (
                "该所拥有植物化学与西部植物资源持续利用国家重点实验室。",
                "植物化学与西部",
                Org,
                false,
            ),
            // A university's technology-transfer centre.
            (
                "区政府与东南大学共建东南大学江宁科技成果转化中心。",
                "东南大学江宁科技成果转化中心",
                Facility,
                true,
            ),
        ]);
    }

    #[test]
    fn thirteenth_round_stop_words_inside_names_and_verbs() {
        use CoarseType::{Organization as Org, Person, Place, Program};
        check(&[
            // A stop word inside a known name, or ending a county's short form, cuts nothing.
            (
                "该项目由工业和信息化部电子第五研究所牵头承担。",
                "工业和信息化部电子第五研究所",
                Org,
                true,
            ),
            (
                "该项目由工业和信息化部电子第五研究所牵头承担。",
                "信息化部",
                Org,
                false,
            ),
            (
                "我县以泰和国家农业科技园区为核心载体。",
                "泰和国家农业科技园区",
                Place,
                true,
            ),
            // Verbs and a generic school before 与 are no part of a name.
            (
                "企业亟需与高水平大学深度合作。",
                "企业亟需与高水平大学",
                Org,
                false,
            ),
            ("遴选80名学生进入学院学习。", "名学生进入学院", Org, false),
            (
                "学校与广汽集团有着长期良好的合作基础。",
                "学校与广汽集团",
                Org,
                false,
            ),
            (
                "委托中国国际工程咨询有限公司开展评估。",
                "中国国际工程咨询有限公司",
                Org,
                true,
            ),
            (
                "将于3月1日开始集中接收国家自然科学基金项目申请。",
                "开始集中接收国家自然科学基金",
                Program,
                false,
            ),
            // A hierarchy of kinds is no name; quoted words listed before a noun are a slogan.
            (
                "形成“国家实验室—省实验室—重点实验室”梯次布局。",
                "国家实验室—省实验室—重点实验室",
                Org,
                false,
            ),
            (
                "推动“楼上研发、楼下转化”模式。",
                "楼上研发、楼下转化",
                Program,
                false,
            ),
            (
                "深化“科技强农、机械强农”，提升农业创新能力。",
                "科技强农、机械强农",
                Program,
                true,
            ),
            // The name before 任 (serves as) after a title, not 任 and the title's first part.
            ("南方科技大学教授黄某某任执行主任。", "黄某某", Person, true),
            (
                "南方科技大学教授黄某某任执行主任。",
                "任执行",
                Person,
                false,
            ),
            // 规划建设 is one word only in a body's name (某走廊规划建设领导小组).
            (
                "规划建设潼湖科学城，承接创新资源。",
                "规划建设潼湖科学城",
                Place,
                false,
            ),
            (
                "规划建设潼湖科学城，承接创新资源。",
                "潼湖科学城",
                Place,
                true,
            ),
            (
                "力争到2025年底光明科学城建成设施10个。",
                "光明科学城",
                Place,
                true,
            ),
            (
                "来自中国医学科学院的专家出席。",
                "中国医学科学院",
                Org,
                true,
            ),
            (
                "已建成高等级生物安全实验室集群。",
                "级生物安全实验室",
                Org,
                false,
            ),
            (
                "深化与西丽湖国际科教城协同。",
                "西丽湖国际科教城",
                Place,
                true,
            ),
            (
                "企业使用大科学装置开展研发。",
                "用大科学装置",
                CoarseType::Facility,
                false,
            ),
            ("支持更多湖北实验室建设。", "更多湖北实验室", Org, false),
            ("给予每家实验室经费支持。", "每家实验室", Org, false),
            (
                "四大实验室（指岳麓山实验室等）。",
                "指岳麓山实验室",
                Org,
                false,
            ),
            (
                "湘江实验室、芙蓉实验室四大实验室。",
                "芙蓉实验室四大实验室",
                Org,
                false,
            ),
            (
                "湘江实验室、芙蓉实验室四大实验室。",
                "芙蓉实验室",
                Org,
                true,
            ),
            (
                "与多国高校共建国际联合实验室。",
                "国际联合实验室",
                Org,
                false,
            ),
            ("打造沿江科技创新走廊。", "科技创新走廊", Place, false),
            (
                "推动建立实验室与地方产业园区对接机制。",
                "地方产业园区",
                Place,
                false,
            ),
            (
                "实施人工智能、量子科技等领域市级重大专项。",
                "领域市级重大专项",
                Program,
                false,
            ),
            (
                "纳米科技领域研究所位于苏州。",
                "纳米科技领域研究所",
                Org,
                true,
            ),
            (
                "已建成和在建大科学装置12个。",
                "建大科学装置",
                CoarseType::Facility,
                false,
            ),
            (
                "以开放共享促进装置效能提升。",
                "促进装置",
                CoarseType::Facility,
                false,
            ),
            ("首批疏解高校代表介绍了情况。", "解高校", Person, false),
            (
                "推动科技成果走出实验室、走向市场。",
                "科技成果走出实验室",
                Org,
                false,
            ),
            (
                "联合申报国家重点研发计划“中医药现代化”重点专项和吉林省重大科技专项不少于3项。",
                "中医药现代化重点专项",
                Program,
                true,
            ),
            (
                "联合申报国家重点研发计划“中医药现代化”重点专项和吉林省重大科技专项不少于3项。",
                "吉林省重大科技专项",
                Program,
                true,
            ),
            (
                "联系方式：科学技术部资源配置与管理司。",
                "科学技术部资源配置与管理司",
                Org,
                true,
            ),
            ("科学技术部部署相关工作。", "科学技术部", Org, true),
        ]);
    }

    #[test]
    fn fourteenth_round_names_and_verbs() {
        use CoarseType::{Organization as Org, Person, Place, Program};
        check(&[
            // 争取 is a verb before a program's name; 奖补 and 奖励 end no award.
            (
                "积极争取国家重点研发计划“黑土地保护与利用科技创新”重点专项。",
                "国家重点研发计划",
                Program,
                true,
            ),
            (
                "全年兑现科技奖补资金1.08亿元。",
                "兑现科技奖",
                Program,
                false,
            ),
            ("全年兑现科技奖补资金1.08亿元。", "科技奖", Program, false),
            ("获得省部级科技奖励14项。", "省部级科技奖", Program, false),
            ("召开全省科学技术奖励大会。", "科学技术奖", Program, false),
            // A bare 单位 before 与 is no part of the name after it; 在研, 以来 and 下一步
            // open no name.
            (
                "鼓励申报单位与崖州湾种子实验室合作。",
                "崖州湾种子实验室",
                Org,
                true,
            ),
            (
                "在研省重点研发计划项目不得申报。",
                "研省重点研发计划",
                Program,
                false,
            ),
            (
                "2023年以来科技城共受理申请1860件。",
                "来科技城",
                Place,
                false,
            ),
            ("下一步科技城将加快建设。", "下一步科技城", Place, false),
            (
                "本批次省重点实验室中，依托高校建设12家。",
                "次省重点实验室",
                Org,
                false,
            ),
            (
                "新重组国家重点实验室14家。",
                "新重组国家重点实验室",
                Org,
                false,
            ),
            (
                "此次签约标志着新区科技创新迈上新台阶。",
                "标志着新区",
                Place,
                false,
            ),
            // Bare kinds are no names: 企业 before 与, a company's legal ending, 分实验室.
            (
                "通过中心牵线，企业与天津大学机械工程学院合作开发减速器。",
                "天津大学机械工程学院",
                Org,
                true,
            ),
            (
                "委托天津滨海科技成果转化服务集团有限公司市场化运营。",
                "集团有限公司",
                Org,
                false,
            ),
            (
                "联合海河实验室先进计算与关键软件（信创）分实验室举办活动。",
                "分实验室",
                Org,
                false,
            ),
            // 对口支援 and 结合 are verbs, 两院院士 no one's title, 高校 a kind before a name,
            // and 核心示范区 a kind of zone.
            (
                "对口支援高校中国农业大学派出专家。",
                "中国农业大学",
                Org,
                true,
            ),
            ("对口支援青海大学建设。", "口支援青海大学", Org, false),
            ("结合新区产业基础推进建设。", "结合新区", Place, false),
            (
                "国家科学技术奖励大会和两院院士大会在北京召开。",
                "和两院",
                Person,
                false,
            ),
            ("以香泉镇为核心示范区推广技术。", "核心示范区", Place, false),
            // 冲刺 is a verb; 开区, 地方研究院 and a short word before 有限公司 are kinds.
            (
                "无锡高新区冲刺国家高新区综合评价第一。",
                "冲刺国家高新区",
                Place,
                false,
            ),
            (
                "温州高新区（经开区）党工委组织人事部门。",
                "开区",
                Place,
                false,
            ),
            (
                "先后与宣城、马鞍山等地共建地方研究院6家。",
                "地方研究院",
                Org,
                false,
            ),
            (
                "与芜湖市建设投资有限公司签订合作协议。",
                "投资有限公司",
                Org,
                false,
            ),
            (
                "宝钛集团有限公司联合西北工业大学开展攻关。",
                "宝钛集团有限公司",
                Org,
                true,
            ),
            // A zone's party working committee is a body.
            (
                "中共无锡国家高新技术产业开发区工作委员会",
                "中共无锡国家高新技术产业开发区工作委员会",
                Org,
                true,
            ),
            // 下属 is a verb's word; a system of laboratories is a kind.
            (
                "中国宝武下属武汉钢铁有限公司参与建设。",
                "武汉钢铁有限公司",
                Org,
                true,
            ),
            (
                "推动重庆实验室体系与国家实验室协同。",
                "重庆实验室体系与国家实验室",
                Org,
                false,
            ),
            // Bodies of a count of places (沈阳、大连两市人民政府) are none of one place.
            (
                "会同沈阳、大连两市人民政府推动示范区建设。",
                "大连两市人民政府",
                Org,
                false,
            ),
            ("三亚市人民政府印发通知。", "三亚市人民政府", Org, true),
        ]);
    }

    #[test]
    fn a_special_programs_head_distributes_over_quoted_names() {
        use CoarseType::Program;
        let text =
            "现将“智能传感器”“高端功能与智能材料”等2个重点专项2025年度项目申报指南予以发布。";
        check(&[
            (text, "智能传感器重点专项", Program, true),
            (text, "高端功能与智能材料重点专项", Program, true),
        ]);
        let text = "公示省重点领域研发计划“新一代电子信息”“先进制造与自动化”重大专项拟立项项目。";
        check(&[
            (text, "新一代电子信息重大专项", Program, true),
            (text, "先进制造与自动化重大专项", Program, true),
        ]);
        let text = "共同申报国家重点研发计划“深海和极地关键技术与装备”等重点专项。";
        check(&[(text, "深海和极地关键技术与装备重点专项", Program, true)]);
    }

    #[test]
    fn twelfth_round_stop_words_and_kinds_before_yu() {
        use CoarseType::Organization as Org;
        check(&[
            (
                "重大创新平台数量偏少，尚无省级重点实验室。",
                "尚无省级重点实验室",
                Org,
                false,
            ),
            (
                "围绕种业创新，重建重振省实验室体系。",
                "重建重振省实验室",
                Org,
                false,
            ),
            (
                "隆基绿能等8家企业与云南大学相关学院签订了协议。",
                "企业与云南大学相关学院",
                Org,
                false,
            ),
            (
                "隆基绿能等8家企业与云南大学相关学院签订了协议。",
                "云南大学",
                Org,
                true,
            ),
            (
                "孵化企业18家，与东风汽车、骆驼集团等企业联合共建研发中心。",
                "东风汽车",
                Org,
                true,
            ),
            (
                "孵化企业18家，与东风汽车、骆驼集团等企业联合共建研发中心。",
                "与东风汽车",
                Org,
                false,
            ),
        ]);
    }

    #[test]
    fn ninth_round_stop_words_and_generic_names() {
        use CoarseType::{Organization as Org, Place, Program};
        check(&[
            (
                "我厅高度重视兰州新区科技创新工作。",
                "我厅高度重视兰州新区",
                Place,
                false,
            ),
            ("支持兰州新区申建国家级高新区。", "兰州新区", Place, true),
            (
                "支持兰州新区申建国家级高新区。",
                "兰州新区申建国家级高新区",
                Place,
                false,
            ),
            ("创建世界一流高科技园区。", "高科技园", Place, false),
            ("争创世界领先科技园区。", "世界领先科技园区", Place, false),
            ("其中，突出贡献奖2人。", "突出贡献奖", Program, false),
            ("重庆大学在科学城建设校区。", "校区", Org, false),
            (
                "拥有国家级工程技术研究中心14个。",
                "国家级工程技术研究中心",
                Org,
                false,
            ),
            (
                "学校与某公司共建清华大学—宁德时代联合研究中心。",
                "清华大学—宁德时代联合研究中心",
                Org,
                true,
            ),
            (
                "支持建设江西省碳中和研究中心。",
                "江西省碳中和研究中心",
                Org,
                true,
            ),
            (
                "科技部批复依托季华实验室建设国家先进制造技术创新中心广东分中心。",
                "国家先进制造技术创新中心广东分中心",
                Org,
                true,
            ),
            (
                "福建企业在江苏溧阳、四川宜宾设立生产基地。",
                "溧阳市",
                Place,
                true,
            ),
            (
                "岳麓山工业创新中心加快建设。",
                "岳麓山工业创新中心",
                Org,
                true,
            ),
            ("岳麓山工业创新中心加快建设。", "岳麓区", Place, false),
            ("建设工业创新中心。", "工业创新中心", Org, false),
            (
                "中国（绵阳）科技城是我国唯一科技城。",
                "中国（绵阳）科技城",
                Place,
                true,
            ),
            (
                "中国（绵阳）科技城是我国唯一科技城。",
                "我国唯一科技城",
                Place,
                false,
            ),
            (
                "批复建设国家生物育种产业创新中心。",
                "国家生物育种产业创新中心",
                Org,
                true,
            ),
            (
                "加快长春、吉林国家高新区建设。",
                "长春国家高新技术产业开发区",
                Place,
                true,
            ),
        ]);
    }

    #[test]
    fn seventh_round_stop_words_generic_names_and_agencies() {
        check(&[
            (
                "市财政资助南方科技大学开展研究。",
                "南方科技大学",
                Org,
                true,
            ),
            (
                "市财政资助南方科技大学开展研究。",
                "资助南方科技大学",
                Org,
                false,
            ),
            (
                "立项重点研发计划项目36项。",
                "立项重点研发计划",
                Program,
                false,
            ),
            ("立项重点研发计划项目36项。", "重点研发计划", Program, false),
            ("西宁市、各自治州人民政府：", "自治州人民政府", Org, false),
            (
                "我受省人民政府委托，报告工作。",
                "我受省人民政府",
                Org,
                false,
            ),
            (
                "今年是三年行动计划的收官之年。",
                "三年行动计划",
                Program,
                false,
            ),
            (
                "其中自然科学奖42项、技术发明奖25项。",
                "自然科学奖",
                Program,
                false,
            ),
            (
                "其中自然科学奖42项、技术发明奖25项。",
                "技术发明奖",
                Program,
                false,
            ),
            ("深圳市科技创新局印发通知。", "深圳市科技创新局", Org, true),
            (
                "项目荣获广东省科技进步奖一等奖。",
                "广东省科学技术进步奖",
                Program,
                true,
            ),
        ]);
    }

    #[test]
    fn a_joint_national_key_laboratory_and_a_collaborative_centre_are_named() {
        let text = "依托化学工程联合国家重点实验室和天津化学化工协同创新中心开展合作。";
        check(&[
            (text, "化学工程联合国家重点实验室", Org, true),
            (text, "天津化学化工协同创新中心", Org, true),
            (
                "依托厦门大学能源材料化学协同创新中心组建。",
                "厦门大学能源材料化学协同创新中心",
                Org,
                true,
            ),
            ("建设省级协同创新中心。", "省级协同创新中心", Org, false),
        ]);
    }

    #[test]
    fn an_academy_institute_written_without_the_academy_is_its_full_name() {
        check(&[(
            "大连化学物理研究所牵头建设辽宁滨海实验室。",
            "中国科学院大连化学物理研究所",
            Org,
            true,
        )]);
    }

    #[test]
    fn a_special_regions_government_is_no_peoples_government() {
        let text = "深圳市人民政府与香港特别行政区政府签署合作备忘录。";
        check(&[
            (text, "香港特别行政区政府", Org, true),
            (text, "香港特别行政区人民政府", Org, false),
        ]);
    }

    #[test]
    fn a_proposal_a_journal_and_a_committee_before_a_partner_are_no_entities() {
        check(&[
            (
                "您提出的《关于加快苏州实验室建设的建议》收悉。",
                "关于加快苏州实验室建设的建议",
                Policy,
                false,
            ),
            (
                "《关于加强海洋科技创新的提案》收悉。",
                "关于加强海洋科技创新的提案",
                Policy,
                false,
            ),
            (
                "你省《关于申请建设某某试验区的请示》收悉。",
                "关于申请建设某某试验区的请示",
                Policy,
                false,
            ),
            (
                "相关成果发表于《物理评论快报》。",
                "物理评论快报",
                Policy,
                false,
            ),
            (
                "比亚迪与清华大学等高校建立联合实验室。",
                "高校建立联合实验室",
                Org,
                false,
            ),
            ("省科技厅有关负责同志进行了解读。", "关负责", Person, false),
            (
                "区管委会与武汉光电工业技术研究院有限公司合作。",
                "武汉光电工业技术研究院有限公司",
                Org,
                true,
            ),
        ]);
    }

    #[test]
    fn eighth_round_names() {
        check(&[
            (
                "国家自然科学基金委员会与浙江省人民政府签署区域创新发展联合基金协议。",
                "浙江省人民政府签署区域创新发展联合基金",
                Program,
                false,
            ),
            (
                "这是浙江第二次与国家自然科学基金委员会合作。",
                "国家自然科学基金委员会",
                Org,
                true,
            ),
            ("新建专业研究所8家。", "专业研究所", Org, false),
            (
                "本次共评选出省科学技术奖266项。",
                "共评选出省科学技术奖",
                Program,
                false,
            ),
            ("授予5名外籍专家西湖友谊奖。", "西湖友谊奖", Program, true),
            (
                "加快建设合肥高新区、合肥经开区。",
                "合肥经开区",
                Place,
                true,
            ),
            (
                "推动郑东新区、郑州航空港经济综合实验区联动发展。",
                "郑州航空港经济综合实验区",
                Place,
                true,
            ),
            (
                "鄞州区科技局会同鄞州区发改局印发通知。",
                "鄞州区发展和改革局",
                Org,
                true,
            ),
        ]);
    }

    #[test]
    fn a_person_after_a_title_may_win() {
        check(&[(
            "中国科学院院士李德仁、中国工程院院士薛其坤获得国家最高科学技术奖。",
            "薛其坤",
            Person,
            true,
        )]);
    }

    #[test]
    fn the_western_innovation_harbour_is_a_zone_beside_its_university() {
        let text = "西安交通大学中国西部科技创新港建设成效明显。";
        check(&[
            (text, "中国西部科技创新港", Place, true),
            (text, "西安交通大学", Org, true),
        ]);
    }

    #[test]
    fn a_science_park_is_a_zone() {
        check(&[
            (
                "陕西省人民政府与中国科学院共建西安科学园。",
                "西安科学园",
                Place,
                true,
            ),
            ("明珠科学园一期建成投用。", "明珠科学园", Place, true),
            ("建设科学园。", "科学园", Place, false),
        ]);
    }

    #[test]
    fn a_person_before_a_title_may_lead_or_win() {
        check(&[
            ("由李兰娟院士领衔的团队获得突破。", "李兰娟", Person, true),
            (
                "王建国教授荣获河北省科学技术突出贡献奖。",
                "王建国",
                Person,
                true,
            ),
            (
                "王建国教授荣获河北省科学技术突出贡献奖。",
                "河北省科学技术突出贡献奖",
                Program,
                true,
            ),
            (
                "授予张明教授突出贡献奖。",
                "张明教授突出贡献奖",
                Program,
                false,
            ),
        ]);
    }

    #[test]
    fn a_title_ending_with_a_surname_character_keeps_it() {
        check(&[
            (
                "鹏城实验室主任高文院士表示，将加强合作。",
                "高文",
                Person,
                true,
            ),
            (
                "鹏城实验室主任高文院士表示，将加强合作。",
                "任高文",
                Person,
                false,
            ),
            ("办公室主任任伟表示，将加强合作。", "任伟", Person, true),
        ]);
    }

    #[test]
    fn a_democratic_partys_committee_is_not_the_partys() {
        check(&[
            (
                "民盟浙江省委会：\n贵委会提出的提案收悉。",
                "中国共产党浙江省委员会",
                Org,
                false,
            ),
            (
                "九三学社贵阳市委会提出的提案收悉。",
                "中国共产党贵阳市委员会",
                Org,
                false,
            ),
            ("贵阳市委召开会议。", "中国共产党贵阳市委员会", Org, true),
        ]);
    }

    #[test]
    fn a_committee_written_short_and_in_full_is_one_body() {
        let x = extract(
            "苏州工业园区管委会关于印发《苏州工业园区科技创新政策》的通知\n\n各部门：现将政策印发给你们。\n\n苏州工业园区管理委员会\n2024年1月20日\n",
        );
        let bodies: Vec<_> = (x.entities.iter())
            .filter(|e| e.entity_type == crate::model::EntityType::GovernmentBody)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(bodies, ["苏州工业园区管理委员会"], "{:?}", x.entities);
    }

    #[test]
    fn a_program_name_running_into_a_plan_title_is_no_program() {
        let x = extract(
            "福建省人民政府关于印发福建省“十四五”科技创新发展专项规划的通知\n\n现将规划印发给你们。\n",
        );
        let programs: Vec<_> = (x.entities.iter())
            .filter(|e| e.entity_type.coarse() == CoarseType::Program)
            .collect();
        assert!(programs.is_empty(), "{programs:?}");
    }

    #[test]
    fn an_industrial_cluster_zone_is_a_zone() {
        check(&[
            (
                "推进郑州航空港产业集聚区建设。",
                "郑州航空港产业集聚区",
                Place,
                true,
            ),
            (
                "推进贵阳贵安国家级大数据产业集聚区建设。",
                "贵阳贵安国家级大数据产业集聚区",
                Place,
                true,
            ),
            (
                "打造一批省级特色产业集聚区。",
                "省级特色产业集聚区",
                Place,
                false,
            ),
            // Two kinds of zone side by side name none.
            ("三是推动大学城科创城建设。", "大学城科创城", Place, false),
            (
                "推动科学岛与大学城联动发展。",
                "科学岛与大学城",
                Place,
                false,
            ),
            (
                "浙江大学德清先进技术与产业研究院揭牌。",
                "浙江大学德清先进技术与产业研究院",
                Org,
                true,
            ),
            // A count written in Chinese numerals inside a name cuts it.
            (
                "西安交通大学两个全国重点实验室通过评估",
                "西安交通大学两个全国重点实验室",
                Org,
                false,
            ),
            (
                "鹏城实验室、广州实验室两大国家实验室落户广东。",
                "广州实验室两大国家实验室",
                Org,
                false,
            ),
            // (Not a place whose name opens with one.)
            (
                "发挥海南理工大学五家渠研究院作用。",
                "海南理工大学五家渠研究院",
                Org,
                true,
            ),
        ]);
    }

    #[test]
    fn a_place_names_its_own_plan() {
        use CoarseType::Program;
        check(&[
            (
                "组织申报2025年度湖北省技术创新计划项目。",
                "湖北省技术创新计划",
                Program,
                true,
            ),
            ("深圳市孔雀计划引进人才。", "深圳市孔雀计划", Program, true),
            // Not after a place the lexicon does not know, nor a body's plan.
            ("推进各市创新创业计划。", "各市创新创业计划", Program, false),
            (
                "印发湖北省科技厅工作计划。",
                "湖北省科技厅工作计划",
                Program,
                false,
            ),
        ]);
    }

    #[test]
    fn a_national_zone_keeps_its_bracketed_place() {
        check(&[
            (
                "推动中国（杭州）跨境电子商务综合试验区建设。",
                "中国（杭州）跨境电子商务综合试验区",
                Place,
                true,
            ),
            (
                "推动国家数字经济（试点）创新发展试验区建设。",
                "国家数字经济（试点）创新发展试验区",
                Place,
                false,
            ),
            // A bilateral zone, and the committee that runs one.
            (
                "推动中德（沈阳）高端装备制造产业园建设。",
                "中德（沈阳）高端装备制造产业园",
                Place,
                true,
            ),
            (
                "长春新区、中韩（长春）国际合作示范区管委会：",
                "中韩（长春）国际合作示范区管委会",
                Org,
                true,
            ),
            (
                "（三）东湖高新区管委会负责。",
                "（三）东湖高新区管委会",
                Org,
                false,
            ),
        ]);
    }

    #[test]
    fn a_listed_institute_shares_the_parent_of_the_institute_before_it() {
        check(&[
            (
                "中国科学院南京土壤研究所、南京地理与湖泊研究所参与建设。",
                "中国科学院南京地理与湖泊研究所",
                Org,
                true,
            ),
            (
                "中国科学院物理研究所、北京大学物理研究所联合攻关。",
                "中国科学院北京大学物理研究所",
                Org,
                false,
            ),
        ]);
        let x = extract("中国科学院南京土壤研究所、南京地理与湖泊研究所参与建设。");
        let institute = (x.entities.iter())
            .find(|e| e.name == "中国科学院南京地理与湖泊研究所")
            .unwrap();
        assert_eq!(institute.mentions[0].text, "南京地理与湖泊研究所");
        assert!(x.relations.iter().any(|r| r.head == institute.name
            && r.relation == crate::model::Relation::SubOrganizationOf
            && r.tail == "中国科学院"));
    }

    #[test]
    fn a_county_s_short_form_inside_a_common_word_is_no_mention() {
        check(&[
            (
                "新疆维吾尔自治区推进科技创新和产业创新深度融合。",
                "新和县",
                Place,
                false,
            ),
            (
                "云南省打造公共服务平台和创新平台。",
                "新平彝族傣族自治县",
                Place,
                false,
            ),
            ("浙江省支持龙港建设科创平台。", "龙港市", Place, true),
        ]);
    }

    #[test]
    fn a_university_in_a_bracketed_city_is_named_with_it() {
        let text = "香港科技大学（广州）与南沙区签约。浙江大学（牵头）承担项目。";
        check(&[
            (text, "香港科技大学（广州）", Org, true),
            (text, "香港科技大学", Org, false),
            (text, "浙江大学", Org, true),
            (text, "浙江大学（牵头）", Org, false),
        ]);
    }

    #[test]
    fn an_institutes_site_is_named_with_its_bracketed_city() {
        let text = "国家第三代半导体技术创新中心（深圳）开展攻关。某大学智能制造研究院（厦门市）揭牌。某大学先进材料研究院（牵头）承担项目。";
        check(&[
            (text, "国家第三代半导体技术创新中心（深圳）", Org, true),
            (text, "国家第三代半导体技术创新中心", Org, false),
            (text, "某大学智能制造研究院（厦门市）", Org, false),
            (text, "某大学先进材料研究院（牵头）", Org, false),
        ]);
    }

    #[test]
    fn a_program_named_after_a_provinces_literary_name_is_found_unquoted() {
        let text = "湖北省科学技术厅实施楚天英才计划。川渝两地共同实施川渝科技创新合作计划。三省将实施长江中游城市群科技创新联合攻关计划。";
        check(&[
            (text, "楚天英才计划", CoarseType::Program, true),
            (text, "川渝科技创新合作计划", CoarseType::Program, true),
            (
                text,
                "川渝两地共同实施川渝科技创新合作计划",
                CoarseType::Program,
                false,
            ),
            (
                text,
                "长江中游城市群科技创新联合攻关计划",
                CoarseType::Program,
                true,
            ),
        ]);
    }

    #[test]
    fn a_dash_after_a_place_joins_a_zones_or_companys_name() {
        let text = "苏州—宿迁工业园区新增企业80家。中国—东盟信息港股份有限公司签署协议。西北工业大学—西安铂力特增材技术股份有限公司联合体成立。";
        check(&[
            (text, "苏州—宿迁工业园区", Place, true),
            (text, "中国—东盟信息港股份有限公司", Org, true),
            (
                text,
                "西北工业大学—西安铂力特增材技术股份有限公司",
                Org,
                false,
            ),
            (text, "西安铂力特增材技术股份有限公司", Org, true),
        ]);
    }

    #[test]
    fn instruments_vessels_launch_sites_and_science_halls_are_facilities() {
        let text = "“海峡号”科考船完成首航。福建商业航天发射场开工建设。“奋斗者”号全海深载人潜水器完成下潜。西昌卫星发射中心完成发射。建设射电望远镜。支持建设江西科技馆。";
        check(&[
            (text, "海峡号科考船", CoarseType::Facility, true),
            (text, "福建商业航天发射场", CoarseType::Facility, true),
            (text, "奋斗者号全海深载人潜水器", CoarseType::Facility, true),
            (text, "西昌卫星发射中心", CoarseType::Facility, true),
            (text, "江西科技馆", CoarseType::Facility, true),
            (text, "射电望远镜", CoarseType::Facility, false),
        ]);
    }

    #[test]
    fn a_ministrys_general_office_is_a_body_of_its_own() {
        let text = "工信部办公厅印发通知。国家发展和改革委员会办公厅发布公告。省数据资源管理局开展评估。海淀区科学技术和信息化局发布通知。";
        check(&[
            (text, "工业和信息化部办公厅", Org, true),
            (text, "国家发展和改革委员会办公厅", Org, true),
            (text, "海淀区科学技术和信息化局", Org, true),
        ]);
    }

    #[test]
    fn a_national_innovation_centre_is_named_by_its_field() {
        let text = "国家稀土功能材料创新中心新增中试线2条。建设国家区域科技创新中心。打造国家级创新中心。设立20亿元省级科技成果转化引导基金。元谋县希望之光人才帮扶团成立。";
        check(&[
            (text, "国家稀土功能材料创新中心", Org, true),
            (text, "国家区域科技创新中心", Org, false),
            (text, "国家级创新中心", Org, false),
            (text, "省级科技成果转化引导基金", CoarseType::Program, true),
            (
                text,
                "亿元省级科技成果转化引导基金",
                CoarseType::Program,
                false,
            ),
            (text, "元谋县希望之光人才帮扶团", Org, true),
        ]);
    }

    #[test]
    fn bureaus_of_zones_and_of_science_and_informatisation_are_found() {
        let text = "苏州工业园区科技和信息化局发布通知。兰州新区科技发展局组织申报。玉环市科技和工业信息化局开展活动。海盐县科技局与苏州银行合作。搭建纳米技术公共技术服务平台。在科技部2023年度国家高新区综合评价中位列第5。年内再添两项省级科技奖。";
        check(&[
            (text, "苏州工业园区科技和信息化局", Org, true),
            (text, "兰州新区科技发展局", Org, true),
            (text, "玉环市科技和工业信息化局", Org, true),
            (text, "苏州银行", Org, true),
            (text, "纳米技术公共技术服务平台", CoarseType::Facility, true),
            (
                text,
                "搭建纳米技术公共技术服务平台",
                CoarseType::Facility,
                false,
            ),
            (text, "科技部2023年度国家高新区", Place, false),
            (text, "科学技术部", Org, true),
            (text, "省级科技奖", CoarseType::Program, false),
        ]);
    }

    #[test]
    fn exchanges_markets_service_centres_halls_branches_and_areas_are_named() {
        let text = "湖北省科技创新动态\n湖北技术交易所促成技术交易额1200亿元。湖北省科学技术厅与武汉市人民政府联合组建武汉科技成果转化服务中心。潇湘科技要素大市场促成交易。河南省科学技术馆新馆正式开馆。中国科学院空天信息创新研究院雄安分院已完成主体建设。中国（山东）自由贸易试验区青岛片区新增企业500家。中国（深圳）知识产权保护中心完成专利预审2.1万件。湖北省地方金融管理局支持中试基地建设。浦东新区科技和经济委员会发布政策。\n";
        check(&[
            (text, "湖北技术交易所", CoarseType::Facility, true),
            (text, "武汉科技成果转化服务中心", CoarseType::Facility, true),
            (text, "潇湘科技要素大市场", CoarseType::Facility, true),
            (text, "河南省科学技术馆", CoarseType::Facility, true),
            (
                text,
                "中国科学院空天信息创新研究院雄安分院",
                CoarseType::Organization,
                true,
            ),
            (
                text,
                "中国（山东）自由贸易试验区青岛片区",
                CoarseType::Place,
                true,
            ),
            (
                text,
                "中国（深圳）知识产权保护中心",
                CoarseType::Facility,
                true,
            ),
            (text, "湖北省地方金融管理局", CoarseType::Organization, true),
            (
                text,
                "浦东新区科技和经济委员会",
                CoarseType::Organization,
                true,
            ),
        ]);
        // (A city and its district is no zone.)
        let text =
            "天津市滨海新区2024年科技创新工作报告\n2024年，滨海新区新增国家高新技术企业620家。\n";
        check(&[
            (text, "天津市滨海新区", CoarseType::Place, false),
            (text, "滨海新区", CoarseType::Place, true),
            (text, "天津市", CoarseType::Place, true),
        ]);
    }

    #[test]
    fn academicians_elected_spokesmen_and_signers_are_persons() {
        let text = "江苏省科技创新动态\n谢作伟教授、吕建教授当选中国科学院院士。刘加平当选中国工程院院士。江苏省农业科学院易中懿研究员当选中国工程院院士。广东省科学技术厅厅长王月琴与局长孙东签署协议。创新科技署署长潘婷婷表示，将加强合作。南京大学校长谈哲敏表示，学校将加强基础研究。科学技术部新闻发言人陈家昌主持发布会。\n";
        let persons = [
            "谢作伟",
            "吕建",
            "刘加平",
            "易中懿",
            "王月琴",
            "孙东",
            "潘婷婷",
            "谈哲敏",
            "陈家昌",
        ];
        let cases: Vec<_> = persons
            .iter()
            .map(|&p| (text, p, CoarseType::Person, true))
            .collect();
        check(&cases);
        // (Nor is an election the left part of an academy's name, nor 会同 a society's.)
        check(&[
            (text, "中国工程院", CoarseType::Organization, true),
            (
                text,
                "刘加平当选中国工程院",
                CoarseType::Organization,
                false,
            ),
            (
                "南京大学会同江苏省科学技术厅组建新型研发机构。",
                "南京大学会",
                CoarseType::Organization,
                false,
            ),
            (
                "南京大学会同江苏省科学技术厅组建新型研发机构。",
                "南京大学",
                CoarseType::Organization,
                true,
            ),
            (
                "四川大学华西医院创下国内医院单项成果转化纪录。",
                "四川大学华西医院",
                CoarseType::Organization,
                true,
            ),
        ]);
    }

    #[test]
    fn speakers_doctors_and_contacts_before_a_phone_number_are_persons() {
        let text = "江西省科学技术厅副厅长陈国华发布有关情况，南昌大学副校长吴小兵回答记者提问，江西省工业和信息化厅二级巡视员钟立平出席。南昌大学化学学院周丽娟博士入选省级人才计划。\n联系人：江西省科学技术厅基础研究处 胡志强，电话：0791-86251234；江西省财政厅教科文处 邹婷，电话：0791-86255678\n";
        check(&[
            (text, "陈国华", Person, true),
            (text, "吴小兵", Person, true),
            (text, "钟立平", Person, true),
            (text, "周丽娟", Person, true),
            (text, "胡志强", Person, true),
            (text, "邹婷", Person, true),
        ]);
    }

    #[test]
    fn campuses_incubators_and_institutes_named_after_a_bracketed_zone_are_found_whole() {
        let text = "湖州市与同济大学共建同济大学湖州科教园。宁波大学科技企业孵化器在孵企业120家。获评江苏省科技企业孵化器绩效优秀。宁波市人民政府与中国科学院共建的中国（宁波）科技城新材料研究院投入运行。";
        check(&[
            (text, "同济大学湖州科教园", Place, true),
            (text, "宁波大学科技企业孵化器", CoarseType::Facility, true),
            (text, "江苏省科技企业孵化器", CoarseType::Facility, false),
            (text, "中国（宁波）科技城新材料研究院", Org, true),
        ]);
    }

    #[test]
    fn a_town_after_its_county_and_a_named_small_town_are_places() {
        let text = "温岭市箬横镇新增科技型企业12家，梦想小镇累计孵化项目2100个。全县城镇人口增长，区内各镇发展。建设特色小镇。";
        check(&[
            (text, "箬横镇", Place, true),
            (text, "梦想小镇", Place, true),
            (text, "内各镇", Place, false),
            (text, "特色小镇", Place, false),
        ]);
    }

    #[test]
    fn provinces_named_as_partners_are_a_region() {
        let text = "川渝两地共建科创中心。深化闽宁协作。粤桂合作持续推进。国际合作不断深化。";
        check(&[
            (text, "川渝", Place, true),
            (text, "闽宁", Place, true),
            (text, "粤桂", Place, true),
            (text, "国际", Place, false),
        ]);
    }

    #[test]
    fn a_joint_institute_keeps_its_joint() {
        let text = "双方将共建粤港澳联合创新研究院。比亚迪与清华大学共建联合研究中心。";
        check(&[
            (text, "粤港澳联合创新研究院", Org, true),
            (text, "创新研究院", Org, false),
            (text, "联合研究中心", Org, false),
        ]);
    }

    #[test]
    fn an_advanced_light_source_is_a_facility() {
        let text = "布局建设大连先进光源。推动第四代先进光源建设。企业研发新型LED光源产品。";
        check(&[
            (text, "大连先进光源", CoarseType::Facility, true),
            (text, "第四代先进光源", CoarseType::Facility, false),
            (text, "企业研发新型LED光源", CoarseType::Facility, false),
        ]);
    }

    #[test]
    fn a_science_and_innovation_park_is_a_zone() {
        let text = "义乌科创园新入驻企业36家。各地建设科创园。";
        check(&[
            (text, "义乌科创园", Place, true),
            (text, "科创园", Place, false),
        ]);
    }

    #[test]
    fn a_name_opening_with_ben_keeps_it_unless_it_points() {
        let text = "本源量子计算科技（合肥）股份有限公司研制量子计算机。本次认定的浙江省海洋观测重点实验室建成。";
        check(&[
            (text, "本源量子计算科技（合肥）股份有限公司", Org, true),
            (text, "浙江省海洋观测重点实验室", Org, true),
        ]);
    }

    #[test]
    fn a_proof_of_concept_centre_is_a_facility() {
        let text = "西安交通大学设立秦创原概念验证中心。各高校建设概念验证中心。";
        check(&[
            (text, "秦创原概念验证中心", CoarseType::Facility, true),
            (text, "概念验证中心", CoarseType::Facility, false),
        ]);
    }

    #[test]
    fn a_municipality_s_commissions_are_named_in_full() {
        let text =
            "重庆市科学技术局2023年工作总结\n\n我局会同市农业农村委、市教委选派科技特派员。\n";
        check(&[
            (text, "重庆市农业农村委员会", Org, true),
            (text, "重庆市教育委员会", Org, true),
        ]);
    }

    #[test]
    fn an_award_named_after_a_city_begins_with_it() {
        let text = "拟授予华为技术有限公司等单位完成的项目深圳市科学技术奖，拟授予南方科技大学薛其坤院士深圳市科学技术奖市长奖。";
        check(&[
            (text, "深圳市科学技术奖", Program, true),
            (text, "目深圳市科学技术奖", Program, false),
            (text, "坤院士深圳市科学技术奖", Program, false),
            (text, "薛其坤", Person, true),
        ]);
    }

    #[test]
    fn a_university_s_innovation_centre_in_a_city_is_an_institute() {
        let text = "两江新区引进北京理工大学重庆创新中心、西北工业大学重庆科创中心等机构。支持大学科技创新中心建设。";
        check(&[
            (text, "北京理工大学重庆创新中心", Org, true),
            (text, "西北工业大学重庆科创中心", Org, true),
            (text, "大学科技创新中心", Org, false),
        ]);
    }

    #[test]
    fn a_bureau_of_a_county_is_named_by_its_level_mark() {
        let text = "德清县科技局2023年工作总结\n\n2023年，县科技局开展工作，居湖州市第1位。\n";
        let x = extract(text);
        let bureaus: Vec<_> = (x.entities.iter())
            .filter(|e| e.name.ends_with("科学技术局"))
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(bureaus, ["德清县科学技术局"], "{:?}", x.entities);
    }

    #[test]
    fn the_bodies_of_an_autonomous_region_are_named_by_its_level_mark() {
        let text = "宁夏回族自治区科技厅2023年工作综述\n\n自治区科技厅会同自治区财政厅设立引导资金。自治区党委、自治区人民政府高度重视科技工作。\n";
        check(&[
            (text, "宁夏回族自治区财政厅", Org, true),
            (text, "中国共产党宁夏回族自治区委员会", Org, true),
            (text, "宁夏回族自治区人民政府", Org, true),
        ]);
    }

    #[test]
    fn the_bodies_a_notice_is_addressed_to_are_no_body() {
        let text = "宁波市科学技术局关于项目立项的通知\n\n各区（县、市）科技局，各有关单位：\n现将项目下达给你们。\n\n宁波市科学技术局\n2024年1月8日\n";
        let x = extract(text);
        let bureau = x.entities.iter().find(|e| e.name == "宁波市科学技术局");
        assert!(
            bureau.is_some_and(|e| !e.aliases.iter().any(|a| a == "科技局")),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_bureau_of_a_city_is_named_by_its_level_mark() {
        let text = "宁波市科学技术局\n\n市科技局会同市财政局、市教育局出台《某某办法》。\n";
        check(&[
            (text, "宁波市财政局", Org, true),
            (text, "宁波市教育局", Org, true),
        ]);
    }

    #[test]
    fn a_laboratory_named_after_a_place_is_one_laboratory() {
        let text = "标题\n\n苏州实验室加快建设。支持浙江省实验室、杭州市重点实验室发展。\n";
        check(&[
            (text, "苏州实验室", Org, true),
            (text, "浙江省实验室", Org, false),
            (text, "杭州市重点实验室", Org, false),
        ]);
    }

    #[test]
    fn a_name_after_a_title_and_before_attending_is_a_person() {
        let text = "标题\n\n集团董事长张文琪出席签约仪式。\n";
        check(&[(text, "张文琪", Person, true)]);
    }

    #[test]
    fn an_investment_fund_is_named_by_its_head() {
        let text = "标题\n\n省科技厅联合省财政厅设立湖北省科技创新投资基金，首期规模20亿元。\n";
        check(&[(text, "湖北省科技创新投资基金", Program, true)]);
    }

    #[test]
    fn kinds_and_lists_are_no_names() {
        let text = "标题\n\n推动合肥、芜湖等地高新区协同发展。已布局建设大科学装置12个。\n将“新一代电子信息”等5个专项予以立项。\n";
        check(&[
            (text, "地高新区", Place, false),
            (text, "大科学装置", Facility, false),
            (text, "新一代电子信息等5个专项", Program, false),
        ]);
        // Nor what a body is told to do well.
        let text = "标题\n\n指导长沙市做好试验区建设各项工作。\n";
        check(&[(text, "长沙市做好试验区", Place, false)]);
        // Nor what a plan newly builds of a kind.
        let text = "标题\n\n推进省实验室建设，新建省实验室3家。\n";
        check(&[(text, "新建省实验室", Org, false)]);
        // Nor is the money a budget sets aside for a kind of programme.
        let text = "标题\n\n市财政安排科技专项资金32亿元。\n";
        check(&[(text, "市财政安排科技专项", Program, false)]);
        // A research project is named for its subject, not as a programme.
        let text = "标题\n\n团队完成的“肺癌早诊早治关键技术”项目荣获一等奖。\n";
        check(&[(text, "肺癌早诊早治关键技术", Program, false)]);
    }

    #[test]
    fn a_research_and_development_program_is_named_by_its_head() {
        let text = "标题\n\n实施广东省重点领域研发计划，立项86项。\n";
        check(&[(text, "广东省重点领域研发计划", Program, true)]);
    }

    #[test]
    fn a_clause_opening_with_yu_names_what_follows() {
        let text = "标题\n\n新区推进科学城建设，与重庆大学共建基地。\n";
        check(&[
            (text, "重庆大学", Org, true),
            (text, "与重庆大学", Org, false),
        ]);
        let text = "标题\n\n支持新型研发机构与南京大学联合培养研究生。\n";
        check(&[
            (text, "南京大学", Org, true),
            (text, "新型研发机构与南京大学", Org, false),
        ]);
    }

    #[test]
    fn verbs_of_notices_and_posts_of_party_groups_are_no_names() {
        let text = "标题\n\n省科技厅、省科协共同确定潍柴动力股份有限公司院士工作站等35家单位为院士工作站。\n";
        check(&[
            (text, "潍柴动力股份有限公司", Org, true),
            (text, "确定潍柴动力股份有限公司", Org, false),
            (text, "单位为", Person, false),
        ]);
        let text = "标题\n\n重庆市科学技术局党组书记、局长明炬出席签约仪式。\n";
        check(&[(text, "明炬", Person, true), (text, "党组", Person, false)]);
        let text =
            "标题\n\n2023年国家高新区评价结果公布。科技部火炬中心公布苏州工业园区位列第4位。\n";
        check(&[(text, "科技部火炬中心公布苏州工业园区", Place, false)]);
    }

    #[test]
    fn a_heading_that_repeats_a_policys_title_names_no_part_of_it() {
        let text = "标题\n\n《湖州市科技创新“十四五”规划》已经市政府同意。\n\n湖州市科技创新“十四五”规划\n\n实施“十四五”规划。\n";
        let x = extract(text);
        let policies: Vec<_> = (x.entities.iter())
            .filter(|e| e.entity_type == crate::model::EntityType::Policy)
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        // The plan is named in title marks and by the heading, whole; the bare 十四五规划
        // of the last line is a mention of its own, the one inside the heading is not.
        assert!(
            policies.contains(&("湖州市科技创新十四五规划", 2)),
            "{policies:?}"
        );
        assert!(policies.contains(&("十四五规划", 1)), "{policies:?}");
    }

    #[test]
    fn a_ministrys_key_laboratory_is_a_kind() {
        let text = "标题\n\n西南大学获批建设教育部重点实验室6个，新建农业农村部重点实验室2个。\n";
        check(&[
            (text, "教育部重点实验室", Org, false),
            (text, "农业农村部重点实验室", Org, false),
        ]);
        let text = "标题\n\n依托教育部生物医学工程重点实验室开展研究。\n";
        check(&[(text, "教育部生物医学工程重点实验室", Org, true)]);
        // A field before the ministry names one laboratory, and no body of the field.
        let text =
            "标题\n\n南京大学获批建设介观化学教育部重点实验室和智能制造教育部工程研究中心。\n";
        check(&[
            (text, "介观化学教育部重点实验室", Org, true),
            (text, "智能制造教育部工程研究中心", Org, true),
            (text, "智能制造教育部", Org, false),
        ]);
    }

    #[test]
    fn a_verb_or_conjunction_before_a_name_is_no_part_of_it() {
        let text = "标题\n\n出席仪式的有上海市科学技术委员会的负责同志。这是同济大学继土木工程防灾国家重点实验室之后获批的又一平台。\n";
        check(&[
            (text, "上海市科学技术委员会", Org, true),
            (text, "有上海市科学技术委员会", Org, false),
            (text, "土木工程防灾国家重点实验室", Org, true),
        ]);
    }

    #[test]
    fn one_character_before_a_kind_is_a_place_short_form_and_the_kind() {
        let text = "标题\n\n鼓励在鄂研究所与企业共建中试平台，推动在鄂创新平台开放共享，支持在汉研究院开展成果转化。\n";
        check(&[
            (text, "鄂研究所", Org, false),
            (text, "汉研究院", Org, false),
            (text, "鄂创新平台", CoarseType::Facility, false),
        ]);
    }

    #[test]
    fn press_offices_zone_bureaus_design_institutes_and_reactors_are_named() {
        let text = "标题\n\n湖北省人民政府新闻办公室举行发布会。三亚崖州湾科技城管理局发布公告。中国核动力研究设计院建设的高通量工程试验堆投入运行。\n";
        check(&[
            (text, "湖北省人民政府新闻办公室", Org, true),
            (text, "三亚崖州湾科技城管理局", Org, true),
            (text, "中国核动力研究设计院", Org, true),
            (text, "高通量工程试验堆", CoarseType::Facility, true),
        ]);
    }

    #[test]
    fn a_short_form_in_bare_brackets_that_keeps_the_names_characters_is_an_alias() {
        let text = "标题\n\n中国科学院长春分院（中科院长春分院）与吉林大学联合开展攻关。中科院长春分院牵头。\n";
        let x = extract(text);
        let branch = x.entities.iter().find(|e| e.name == "中国科学院长春分院");
        assert!(
            branch.is_some_and(
                |e| e.aliases.contains(&"中科院长春分院".to_owned()) && e.mentions.len() == 3
            ),
            "{:?}",
            x.entities
        );
        assert!(super::abbreviates("西安光机所", "西安光学精密机械研究所"));
        assert!(!super::abbreviates(
            "澳门大学",
            "月球与行星科学国家重点实验室"
        ));
        assert!(!super::abbreviates("长春分院", "中国科学院长春分院"));
    }

    #[test]
    fn a_plan_named_with_its_period_runs_back_to_its_place_over_its_fields_verbs() {
        let name = "广州市推进国际科技创新中心建设十四五规划";
        for text in [
            "广州市推进国际科技创新中心建设“十四五”规划\n\n全市已建设粤港澳联合实验室12家。\n",
            "通知\n\n现印发广州市推进国际科技创新中心建设“十四五”规划。\n",
        ] {
            check(&[
                (text, name, CoarseType::Policy, true),
                (text, "十四五规划", CoarseType::Policy, false),
                (text, "粤港澳联合实验室", Org, false),
            ]);
        }
    }

    #[test]
    fn a_shared_service_platform_keeps_its_service() {
        let text = "标题\n\n加快建设湖北省科技资源共享服务平台。\n";
        check(&[(
            text,
            "湖北省科技资源共享服务平台",
            CoarseType::Facility,
            true,
        )]);
    }

    #[test]
    fn new_towns_israel_and_complete_names_in_a_list() {
        let text = "标题\n\n2023年，绍兴滨海新城新增高新技术企业48家。推动新城建设。\n";
        check(&[
            (text, "绍兴滨海新城", Place, true),
            (text, "新城", Place, false),
        ]);
        let text = "标题\n\n支持广东以色列理工学院与汕头大学共建某中心。\n";
        check(&[(text, "广东以色列理工学院", Org, true)]);
        // A head shared by a list goes on no conjunct with a head of its own.
        let text =
            "标题\n\n依托浙江大学、南京大学、中国科学技术大学苏州高等研究院等单位开展攻关。\n";
        check(&[
            (text, "南京大学研究院", Org, false),
            (text, "浙江大学研究院", Org, false),
        ]);
    }

    #[test]
    fn a_democratic_partys_committee_is_no_party_committee_of_the_place() {
        let text = "标题\n\n九三学社江苏省委员会提出的提案收悉。民盟上海市委开展调研。\n";
        check(&[
            (text, "九三学社江苏省委员会", Org, true),
            (text, "民盟上海市委", Org, true),
            (text, "中国共产党江苏省委员会", Org, false),
            (text, "中国共产党上海市委员会", Org, false),
        ]);
    }

    #[test]
    fn a_company_named_in_full_is_found_by_its_short_form() {
        let text =
            "标题\n\n潍柴动力股份有限公司牵头建设某中心。该中心由潍柴动力联合山东大学共同组建。\n";
        let x = extract(text);
        let company = x.entities.iter().find(|e| e.name == "潍柴动力股份有限公司");
        assert!(
            company.is_some_and(
                |e| e.mentions.len() == 2 && e.aliases.contains(&"潍柴动力".to_owned())
            ),
            "{:?}",
            x.entities
        );
        assert!(
            x.relations.iter().any(|r| r.head == "潍柴动力股份有限公司"
                && r.tail == "山东大学"
                && r.relation == crate::model::Relation::CooperatesWith),
            "{:?}",
            x.relations
        );
    }

    #[test]
    fn zones_named_by_their_level_and_schools_named_by_their_field_are_kinds() {
        use CoarseType::{Facility, Organization as Org, Place};
        let text = "标题\n\n大庆高新区获评省级科技成果转化示范区。五家渠市获批建设兵团级高新区。天津大学与石河子大学共建化工学院。全省技术市场活跃。\n";
        check(&[
            (text, "省级科技成果转化示范区", Place, false),
            (text, "兵团级高新区", Place, false),
            (text, "化工学院", Org, false),
            (text, "技术市场", Facility, false),
            (text, "天津大学", Org, true),
        ]);
    }

    #[test]
    fn a_quoted_name_with_the_head_of_a_facility_names_one() {
        use CoarseType::Facility;
        let text = "标题\n\n贵州省科学技术厅牵头组建“中国天眼”科学数据中心。两省共建的“津甘科技合作成果转化基地”揭牌。某集团建设“东数西算”甘肃算力枢纽节点。\n";
        check(&[
            (text, "中国天眼科学数据中心", Facility, true),
            (text, "津甘科技合作成果转化基地", Facility, true),
            (text, "东数西算甘肃算力枢纽节点", Facility, true),
        ]);
        // (Not a kind of platform after a quoted program: “三城一区”主平台.)
        let text = "标题\n\n加快建设“三城一区”主平台。\n";
        check(&[(text, "三城一区主平台", Facility, false)]);
    }

    #[test]
    fn the_places_before_a_zone_that_opens_with_its_city_are_no_part_of_it() {
        use CoarseType::Place;
        let x = extract("标题\n\n某公司位于江苏省苏州市苏州工业园区。\n");
        let names: Vec<_> = x.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"苏州工业园区"), "{names:?}");
        assert!(!names.contains(&"江苏省苏州市苏州工业园区"), "{names:?}");
        // (A zone whose name opens with another place keeps it.)
        let text = "标题\n\n加快建设玉溪城西科创大走廊。\n";
        check(&[(text, "玉溪城西科创大走廊", Place, true)]);
    }

    #[test]
    fn a_stop_word_inside_a_companys_brand_is_no_cut() {
        use CoarseType::Organization as Org;
        let text = "标题\n\n南京南瑞继保电气有限公司研发投入5亿元。宁波均胜电子股份有限公司营业收入500亿元。两家企业均为浙江大学衢州研究院合作单位。\n";
        check(&[
            (text, "南京南瑞继保电气有限公司", Org, true),
            (text, "保电气有限公司", Org, false),
            (text, "宁波均胜电子股份有限公司", Org, true),
            (text, "胜电子股份有限公司", Org, false),
        ]);
        // (Nor a stop word that would leave only a legal form, nor one ending a known name.)
        let text =
            "标题\n\n中国商飞客户服务有限公司完成培训飞行员420名。华为终端有限公司发布新品。\n";
        check(&[
            (text, "中国商飞客户服务有限公司", Org, true),
            (text, "华为终端有限公司", Org, true),
            (text, "终端有限公司", Org, false),
        ]);
        // (A company named by its place and trades alone is one: 与 cuts before it.)
        let text = "标题\n\n浪潮集团有限公司与甘肃省电子信息集团有限公司合作建设数据中心。\n";
        check(&[(text, "甘肃省电子信息集团有限公司", Org, true)]);
    }

    #[test]
    fn a_company_is_found_by_its_brand() {
        let aliases = |text: &str, name: &str| {
            let x = extract(text);
            let company = x.entities.into_iter().find(|e| e.name == name);
            company.map(|e| e.aliases).unwrap_or_default()
        };
        // Without its place and trades (纳芯微), and a brand of two characters with 公司.
        let text =
            "标题\n\n苏州纳芯微电子股份有限公司于2022年上市。纳芯微2023年营业收入13.1亿元。\n";
        assert_eq!(aliases(text, "苏州纳芯微电子股份有限公司"), ["纳芯微"]);
        let text = "标题\n\n东风汽车集团有限公司位于武汉。东风公司2023年研发投入为81.6亿元。\n";
        assert_eq!(aliases(text, "东风汽车集团有限公司"), ["东风公司"]);
        // (Not a name that, without its place, opens with a common word.)
        let text = "标题\n\n成都技术转移（集团）有限公司成立。四川省技术转移机构达到136家。\n";
        assert!(aliases(text, "成都技术转移（集团）有限公司").is_empty());
    }

    #[test]
    fn companies_given_as_examples_of_enterprises_are_named() {
        let text = "标题\n\n还涌现了一批上市科技型企业，如斯达半导、昱能科技、博创科技等。\n";
        check(&[
            (text, "斯达半导", Org, true),
            (text, "昱能科技", Org, true),
            (text, "博创科技", Org, true),
        ]);
        // Not a list of kinds, nor a single item.
        let text = "标题\n\n支持企业如期完成项目、新增研发投入等。培育企业如星河智能。\n";
        check(&[
            (text, "期完成项目", Org, false),
            (text, "星河智能", Org, false),
        ]);
    }

    #[test]
    fn companies_listed_before_a_kind_of_enterprise_are_named() {
        let text = "标题\n\n支持石药集团、以岭药业、华北制药等龙头企业建设技术中心。\n";
        check(&[
            (text, "以岭药业", Org, true),
            (text, "华北制药", Org, true),
            (text, "支持石药集团", Org, false),
            (text, "华北地区", CoarseType::Place, false),
        ]);
        // Not a list of trades or kinds.
        let text = "标题\n\n推动制造业、服务业等企业转型。引导国有、民营等各类企业参与。\n";
        check(&[(text, "制造业", Org, false), (text, "服务业", Org, false)]);
    }

    #[test]
    fn levels_and_kinds_of_institutes_end_a_name() {
        let text =
            "标题\n\n拥有省级以上工程技术研究中心1560个。支持在宁院所与南京大学开展联合攻关。\n";
        check(&[
            (text, "上工程技术研究中心", Org, false),
            (text, "宁院所与南京大学", Org, false),
            (text, "南京大学", Org, true),
        ]);
    }

    #[test]
    fn joint_funds_and_technology_markets_are_named() {
        let text = "标题\n\n共同设立国家自然科学基金区域创新发展联合基金，推动温州科技大市场建设。省财政厅负责联合基金的组织实施。\n";
        check(&[
            (text, "国家自然科学基金区域创新发展联合基金", Program, true),
            (text, "省财政厅负责联合基金", Program, false),
            (text, "温州科技大市场", Facility, true),
        ]);
    }

    #[test]
    fn a_joint_college_of_a_university_is_named() {
        let text = "标题\n\n海宁市依托浙江大学国际联合学院（海宁国际校区）引进创新载体。\n";
        check(&[(text, "浙江大学国际联合学院", Org, true)]);
    }

    #[test]
    fn a_department_of_a_party_committee_is_a_body() {
        let text =
            "福建新闻\n\n福建省科学技术厅会同省委组织部、省农业农村厅联合印发《某某措施》。\n";
        check(&[(text, "中共福建省委组织部", Org, true)]);
    }

    #[test]
    fn an_agency_before_yu_ends_its_own_name() {
        let text = "标题\n\n5月20日，重庆市科学技术局与西南大学签署共建协议。\n";
        check(&[
            (text, "重庆市科学技术局", Org, true),
            (text, "西南大学", Org, true),
            (text, "重庆市科学技术局与西南大学", Org, false),
        ]);
        let text = "标题\n\n省科技厅与中国科学院南京分院签署合作协议。\n";
        check(&[
            (text, "中国科学院南京分院", Org, true),
            (text, "省科技厅与中国科学院南京分院", Org, false),
        ]);
    }

    #[test]
    fn an_award_of_a_year_is_named_without_its_year() {
        let text = "标题\n\n表彰了获得2023年度四川省科学技术奖的248项成果。\n";
        check(&[
            (text, "四川省科学技术奖", Program, true),
            (text, "度四川省科学技术奖", Program, false),
        ]);
    }

    #[test]
    fn a_zones_committee_is_a_body() {
        let text = "标题\n\n东湖高新区管委会与中国信息通信研究院签署战略合作协议。\n";
        check(&[
            (text, "东湖高新区管委会", Org, true),
            (text, "东湖高新区管委会与中国信息通信研究院", Org, false),
        ]);
    }

    #[test]
    fn a_science_and_innovation_district_is_a_zone() {
        let text = "标题\n\n甬江科创区新落户平台8个，其中6家高校研究院已投入运行。\n";
        check(&[
            (text, "甬江科创区", Place, true),
            (text, "高校研究院", Org, false),
        ]);
    }

    #[test]
    fn a_national_key_laboratory_keeps_its_national() {
        let text = "标题\n\n南昌大学获批建设国家食品科学与资源挖掘全国重点实验室。\n";
        check(&[(text, "国家食品科学与资源挖掘全国重点实验室", Org, true)]);
    }

    #[test]
    fn a_test_platform_is_a_facility() {
        let text = "标题\n\n南方光源研究测试平台建成投用。\n";
        check(&[(text, "南方光源研究测试平台", Facility, true)]);
        let text = "标题\n\n人类细胞谱系大科学研究设施进入建设阶段。\n";
        check(&[(text, "人类细胞谱系大科学研究设施", Facility, true)]);
    }

    #[test]
    fn a_ranking_verb_ends_the_name_before_it() {
        let text = "标题\n\n苏州工业园区综合评价位列国家级高新区第四名。\n";
        check(&[
            (text, "苏州工业园区", Place, true),
            (text, "苏州工业园区综合评价位列国家级高新区", Place, false),
        ]);
    }

    #[test]
    fn the_place_of_a_dateline_is_no_entity() {
        let text = "贵州大数据发展提速\n\n新华社贵阳4月16日电（记者 杨柳青）记者从贵州省科技厅获悉，全省数字经济提速。\n";
        check(&[
            (text, "贵阳市", Place, false),
            (text, "贵州省", Place, true),
        ]);
    }

    #[test]
    fn a_verb_before_a_bare_zone_head_names_no_zone() {
        let text = "标题\n\n会议主要是总结交流高新区发展经验，激发高新区发展活力。\n";
        check(&[
            (text, "总结交流高新区", Place, false),
            (text, "交流高新区", Place, false),
            (text, "激发高新区", Place, false),
        ]);
    }

    #[test]
    fn a_name_closing_a_byline_or_contact_line_is_a_person() {
        let lines = "标题\n\n——省委常委、长沙市委书记 李明\n联系人: 省科技厅法规处 王晓东\n";
        check(&[
            (lines, "李明", Person, true),
            (lines, "王晓东", Person, true),
            // Before a telephone number, or a second name.
            (
                "标题\n\n联系人：成果转化处  张丽娟  0571-87051234\n",
                "张丽娟",
                Person,
                true,
            ),
            (
                "标题\n\n业务咨询：高新技术处  孙浩、李强\n",
                "孙浩",
                Person,
                true,
            ),
            // And the later names of the list.
            (
                "标题\n\n业务咨询：高新技术处  孙浩、李强\n",
                "李强",
                Person,
                true,
            ),
            (
                "标题\n\n联系人：区域创新处  邓婷婷、罗斌、王晓东\n",
                "王晓东",
                Person,
                true,
            ),
            // A title before a name and 在 (厅长刘东升在全省科技工作会议上的讲话).
            (
                "某省科技厅厅长刘东升在全省科技工作会议上的讲话\n\n正文。\n",
                "刘东升",
                Person,
                true,
            ),
            // Not when the line goes on after the name.
            (
                "标题\n\n联系人: 省科技厅法规处 王晓东路段管理\n",
                "王晓东",
                Person,
                false,
            ),
        ]);
    }

    #[test]
    fn overlapping_stop_words_cut_before_a_known_name() {
        // 共建 and 建成 overlap in 共建成都市: the name starts with 成都市, not 都市.
        let text = "标题\n\n支持四川大学共建成都市先进材料研究院。\n";
        check(&[
            (text, "都市先进材料研究院", Org, false),
            (text, "成都市", Place, true),
        ]);
    }

    #[test]
    fn yu_before_a_known_organization_cuts_the_name() {
        let text = "组织企业与上海交通大学开展对接。建设草种创新与草地农业生态系统全国重点实验室。";
        check(&[
            (text, "上海交通大学", Org, true),
            (text, "组织企业与上海交通大学", Org, false),
            (text, "草种创新与草地农业生态系统全国重点实验室", Org, true),
        ]);
    }

    #[test]
    fn the_tong_of_xie_tong_does_not_cut_a_name() {
        check(&[(
            "两江协同创新区已集聚科研人员1.2万人。",
            "两江协同创新区",
            Place,
            true,
        )]);
    }

    #[test]
    fn the_chi_xu_of_ke_chi_xu_does_not_cut_a_name() {
        // 持续 is a stop word, but not inside 可持续.
        check(&[(
            "标题\n\n支持建设国家可持续发展议程创新示范区。\n",
            "发展议程创新示范区",
            Place,
            false,
        )]);
    }

    #[test]
    fn branches_of_academies_and_institutes_are_institutes() {
        let text = "标题\n\n中国科学院沈阳分院召开会议。中国科学院微电子研究所无锡分所揭牌。\n";
        check(&[
            (text, "中国科学院沈阳分院", Org, true),
            (text, "中国科学院微电子研究所无锡分所", Org, true),
        ]);
    }

    #[test]
    fn a_policy_title_cited_with_its_issuing_number_is_a_policy() {
        let text = "标题\n\n根据浙江省人民政府办公厅关于推进创新联合体建设的实施意见（浙政办发〔2022〕12号），现提出如下意见。\n";
        check(&[(
            text,
            "浙江省人民政府办公厅关于推进创新联合体建设的实施意见",
            Policy,
            true,
        )]);
    }

    #[test]
    fn a_member_greeted_and_a_contact_closing_a_line_are_people() {
        let text = "标题\n\n李华委员：\n您的提案收悉。\n联系人：王晓东\n";
        check(&[(text, "李华", Person, true), (text, "王晓东", Person, true)]);
        // Not a committee.
        check(&[("标题\n\n李华委员会召开会议。\n", "李华", Person, false)]);
    }

    #[test]
    fn the_year_of_a_batch_is_not_part_of_a_name() {
        let text = "标题\n\n同意认定12家实验室为2023年度浙江省重点实验室。\n";
        check(&[(text, "2023年度浙江省重点实验室", Org, false)]);
    }

    #[test]
    fn a_kind_of_science_park_is_no_entity() {
        check(&[(
            "标题\n\n支持高校建设未来产业科技园。\n",
            "未来产业科技园",
            Place,
            false,
        )]);
    }

    #[test]
    fn a_quoted_institution_is_no_opening_of_a_program_and_finance_plans_none() {
        let text = "双方还就共建“华南理工大学佛山智能制造研究院”签署了专项合作协议。佛山市财政计划安排经费5亿元。企业共建校企联合实验室27个。\n";
        check(&[
            (text, "华南理工大学佛山智能制造研究院", Org, true),
            (
                text,
                "华南理工大学佛山智能制造研究院签署了专项",
                Program,
                false,
            ),
            (text, "佛山市财政计划", Program, false),
            (text, "校企联合实验室", Org, false),
        ]);
    }

    #[test]
    fn a_count_before_a_head_ends_a_list_not_a_name() {
        let text = "区内拥有之江实验室、湖畔实验室3家省实验室。\n";
        check(&[
            (text, "湖畔实验室", Org, true),
            (text, "湖畔实验室3家省实验室", Org, false),
        ]);
    }

    #[test]
    fn a_demonstrative_before_yu_is_no_part_of_the_name_after_it() {
        let text = "近年来，该所与山西焦煤集团有限责任公司等企业联合实施科研项目85项。\n";
        check(&[
            (text, "山西焦煤集团有限责任公司", Org, true),
            (text, "与山西焦煤集团有限责任公司", Org, false),
        ]);
    }

    #[test]
    fn a_bilateral_technology_transfer_centre_is_named_with_its_dash() {
        let text = "中国—东盟技术转移中心新增会员单位300家。\n";
        check(&[(text, "中国—东盟技术转移中心", Facility, true)]);
    }

    #[test]
    fn county_platforms_and_provincial_special_funds_are_kinds() {
        let text = "每年安排省级科技专项资金3亿元支持县域创新平台建设。\n";
        check(&[
            (text, "省级科技专项", Program, false),
            (text, "县域创新平台", Facility, false),
        ]);
    }

    #[test]
    fn science_cities_supercomputing_centres_and_facilities_are_named() {
        let text = "贵阳大数据科创城入驻企业523家。国家超级计算贵阳中心完成扩容。推进高效低碳燃气轮机试验设施建设。\n";
        check(&[
            (text, "贵阳大数据科创城", Place, true),
            (text, "国家超级计算贵阳中心", Facility, true),
            (text, "高效低碳燃气轮机试验设施", Facility, true),
        ]);
    }

    #[test]
    fn a_citys_highest_award_is_named_and_an_award_ceremony_is_not() {
        let text = "青岛市2023年度科学技术奖励大会召开。青岛市科学技术最高奖授予管华诗。\n";
        check(&[
            (text, "青岛市科学技术最高奖", Program, true),
            (text, "科学技术奖", Program, false),
        ]);
    }

    #[test]
    fn the_awards_of_a_prize_are_named_apart() {
        let text = "广东省科学技术奖设广东省科技突出贡献奖、广东省自然科学奖和广东省科技合作奖。\n";
        check(&[
            (text, "广东省科学技术奖", Program, true),
            (text, "广东省科技突出贡献奖", Program, true),
            (text, "广东省科技合作奖", Program, true),
            (
                text,
                "广东省科学技术奖设广东省科技突出贡献奖",
                Program,
                false,
            ),
        ]);
    }

    #[test]
    fn one_character_before_daxue_names_no_university() {
        let text = "深化与武汉大学等高校合作，新建环大学创新经济带3个。\n";
        check(&[(text, "武汉大学", Org, true), (text, "环大学", Org, false)]);
    }

    #[test]
    fn a_province_and_a_designation_is_no_entity() {
        let text = "决定认定湖南省智能制造装备工程技术研究中心等58家单位为2023年度湖南省工程技术研究中心。江苏省产业技术研究院将共建产业技术创新中心。\n";
        check(&[
            (text, "湖南省智能制造装备工程技术研究中心", Org, true),
            (text, "湖南省工程技术研究中心", Org, false),
            (text, "江苏省产业技术研究院", Org, true),
            (text, "产业技术创新中心", Org, false),
        ]);
    }

    #[test]
    fn a_kind_of_enterprise_research_institute_is_no_entity() {
        check(&[(
            "标题\n\n推进科技小巨人企业省企业研究院全覆盖。\n",
            "科技小巨人企业省企业研究院",
            Org,
            false,
        )]);
    }

    #[test]
    fn key_laboratories_keep_their_whole_name() {
        check(&[
            (
                "宁波大学获批省部共建农产品质量安全国家重点实验室。\n",
                "省部共建农产品质量安全国家重点实验室",
                Org,
                true,
            ),
            // 共建 outside 省部共建 ends the name's left edge: the builders are not in it.
            (
                "浙江大学联合宁波大学共建海洋观测重点实验室。\n",
                "海洋观测重点实验室",
                Org,
                true,
            ),
        ]);
    }

    use CoarseType::{Facility, Organization as Org, Person, Place, Policy, Program};

    #[test]
    fn a_byte_set_holds_the_ranges_inserted() {
        let mut set = super::ByteSet::new(200);
        set.insert(3..5);
        set.insert(60..130);
        set.insert(199..200);
        let held: Vec<usize> = (0..200).filter(|&at| set.contains(at)).collect();
        let expected: Vec<usize> = (3..5).chain(60..130).chain(199..200).collect();
        assert_eq!(held, expected);
    }

    #[test]
    fn left_boundaries_stop_at_verbs_counts_and_function_words() {
        check(&[
            (
                "瑞安市高标准编制飞云江科技城发展规划。",
                "飞云江科技城",
                Place,
                true,
            ),
            (
                "瑞安市高标准编制飞云江科技城发展规划。",
                "瑞安市高标准编制飞云江科技城",
                Place,
                false,
            ),
            (
                "记者走进滨江科创大走廊，看到新变化。",
                "滨江科创大走廊",
                Place,
                true,
            ),
            ("目前已建成12家省实验室。", "省实验室", Org, false),
            ("共有3批共10家省实验室。", "家省实验室", Org, false),
            ("各家实验室加快建设。", "家实验室", Org, false),
            ("建设40所高水平大学。", "所高水平大学", Org, false),
            (
                "推动湖南大学岳麓山校区建设。",
                "湖南大学岳麓山校区",
                Org,
                true,
            ),
            (
                "长沙市交通运输委员会印发意见。",
                "长沙市交通运输委员会",
                Org,
                true,
            ),
            (
                "2023年5月26日湖南省第十四届人民代表大会常务委员会通过。",
                "湖南省人民代表大会常务委员会",
                Org,
                true,
            ),
        ]);
    }

    #[test]
    fn generic_mentions_are_not_entities() {
        check(&[
            (
                "全市拥有国家级重点实验室6家。",
                "国家级重点实验室",
                Org,
                false,
            ),
            ("多所高校将参与装置的用户实验。", "装置", Facility, false),
            ("每年给予实验室1000万元经费支持。", "予实验室", Org, false),
            ("一、支持衢州创新平台建设", "衢州创新平台", Facility, false),
            (
                "联合设立规模10亿元的科技成果转化基金。",
                "科技成果转化基金",
                Program,
                false,
            ),
            ("新认定省级企业研究院23家。", "省级企业研究院", Org, false),
            (
                "该研究院选址南太湖新区。",
                "研究院选址南太湖新区",
                Place,
                false,
            ),
            (
                "某市大数据科创城入驻企业580家，科创城营业收入增长25%。",
                "科创城",
                Place,
                false,
            ),
            ("推动国家大数据综合试验区建设。", "综合试验区", Place, false),
            (
                "嘉庚创新实验室是福建省首批省创新实验室之一。",
                "省创新实验室",
                Org,
                false,
            ),
            (
                "嘉庚创新实验室是福建省首批省创新实验室之一。",
                "嘉庚创新实验室",
                Org,
                true,
            ),
            (
                "厦门大学与厦门市人民政府举行嘉庚创新实验室共建签约仪式。",
                "人民政府举行嘉庚创新实验室",
                Org,
                false,
            ),
            (
                "光谷实验室等10家湖北实验室高效运行。",
                "湖北实验室",
                Org,
                false,
            ),
            ("支持广州实验室建设。", "广州实验室", Org, true),
            (
                "支持黔江区建设市级农业科技园区。",
                "市级农业科技园区",
                Place,
                false,
            ),
            (
                "支持黔江区建设市级农业科技园区。",
                "市级农业科技园",
                Place,
                false,
            ),
            (
                "昌吉国家农业科技园区获评优秀。",
                "昌吉国家农业科技园区",
                Place,
                true,
            ),
            ("支持建设全国重点实验室。", "全国重点实验室", Org, false),
            ("推动省级高新区提质增效。", "省级高新区", Place, false),
            (
                "培育新型研发机构和高新技术企业。",
                "新型研发机构",
                Org,
                false,
            ),
            ("建设高水平研究型大学。", "高水平研究型大学", Org, false),
            ("布局湖北省实验室。", "湖北省实验室", Org, false),
            (
                "打造一批公共服务平台和创新平台。",
                "创新平台",
                CoarseType::Facility,
                false,
            ),
            ("各区县人民政府要落实责任。", "区县人民政府", Org, false),
            (
                "各依托单位要加强支持，确保实验室建设取得实效。",
                "确保实验室",
                Org,
                false,
            ),
            (
                "自治区科技厅批准建设15家自治区重点实验室。",
                "自治区重点实验室",
                Org,
                false,
            ),
            (
                "一、支持建设高水平创新平台。",
                "高水平创新平台",
                CoarseType::Facility,
                false,
            ),
            (
                "建设一流的创新型国家高新区。",
                "创新型国家高新区",
                Place,
                false,
            ),
            (
                "支持区县示范工业园区建设。",
                "区县示范工业园区",
                Place,
                false,
            ),
        ]);
    }

    #[test]
    fn coordination_distributes_the_head() {
        check(&[
            (
                "哈尔滨新区、大庆高新区等国家高新区营业收入增长。",
                "哈尔滨新区高新区",
                Place,
                false,
            ),
            (
                "哈尔滨新区、大庆高新区等国家高新区营业收入增长。",
                "哈尔滨新区",
                Place,
                true,
            ),
            (
                "打造智能制造、生物医药和新能源三大科创高地。",
                "生物医药科创高地",
                Program,
                true,
            ),
            ("支持湘江、岳麓山等省实验室建设。", "湘江实验室", Org, true),
            // A quoted project's name stops before what it wins.
            (
                "某大学申报的“特色果蔬精深加工关键技术”项目获省科技重大专项立项。",
                "特色果蔬精深加工关键技术项目获省科技重大专项",
                Program,
                false,
            ),
            // A body's word after a list of places goes to each place of its level.
            (
                "沈阳市、大连市科技局要做好督促工作。",
                "沈阳市科学技术局",
                Org,
                true,
            ),
            (
                "昆山市、泰兴市、沭阳县财政局负责。",
                "昆山市财政局",
                Org,
                true,
            ),
            (
                "浙江省、杭州市科技局联合发布。",
                "浙江省科学技术局",
                Org,
                false,
            ),
            (
                "支持湘江、岳麓山等省实验室建设。",
                "岳麓山实验室",
                Org,
                true,
            ),
            (
                "推进长沙麓谷、株洲动力谷等各类科创走廊。",
                "麓谷科创走廊",
                Place,
                true,
            ),
            (
                "推进长沙麓谷、株洲动力谷等各类科创走廊。",
                "动力谷科创走廊",
                Place,
                true,
            ),
            (
                "带动G60(湖南段)、株洲动力谷等科创走廊。",
                "G60科创走廊",
                Place,
                true,
            ),
        ]);
    }

    #[test]
    fn agency_short_forms_resolve_by_context() {
        let x = extract(
            "标题：江苏省科学技术厅关于开展申报工作的通知\n发布机构：江苏省科学技术厅\n\n省科技厅法规处负责解释。南京市科技局配合。",
        );
        assert!(has(&x, "江苏省科学技术厅法规处", Org), "{:?}", x.entities);
        assert!(has(&x, "南京市科学技术局", Org), "{:?}", x.entities);
        check(&[
            (
                "浙江省召开会议，省人大常委会审议通过。",
                "浙江省人民代表大会常务委员会",
                Org,
                true,
            ),
            (
                "浙江省有15项成果获省科技奖。",
                "浙江省科学技术奖",
                Program,
                true,
            ),
            (
                "天津市推进交通科技创新，市交通委牵头。",
                "天津市交通委员会",
                Org,
                true,
            ),
            (
                "湖南省推进改革，省政府办公厅印发通知。",
                "湖南省人民政府办公厅",
                Org,
                true,
            ),
            (
                "中共株洲市委办公室印发通知。",
                "中国共产党株洲市委员会办公室",
                Org,
                true,
            ),
        ]);
    }

    #[test]
    fn county_short_forms_count_only_in_the_documents_province() {
        check(&[
            (
                "浙江省杭州市推进环大罗山科技走廊建设。",
                "罗山县",
                Place,
                false,
            ),
            ("浙江省温州市龙港加快发展。", "龙港市", Place, true),
        ]);
    }

    #[test]
    fn laboratories_drop_the_city_news_puts_before_them() {
        check(&[
            ("广东省推进佛山季华实验室建设。", "季华实验室", Org, true),
            ("河南省科学院加快重建。", "河南省科学院", Org, true),
            // A city's key laboratory is its designation, named with the city.
            (
                "石家庄市智能电网运维技术重点实验室依托石家庄铁道大学建设。",
                "石家庄市智能电网运维技术重点实验室",
                Org,
                true,
            ),
        ]);
        let x = extract("河南省科学院加快重建。");
        let academy = x.entities.iter().find(|e| e.name == "河南省科学院");
        assert_eq!(
            academy.map(|e| e.entity_type),
            Some(crate::model::EntityType::ResearchInstitute)
        );
    }

    #[test]
    fn a_national_laboratory_keeps_its_city() {
        let text = "支持合肥国家实验室、深空探测实验室承担国家重大任务。园区内中国科学院苏州纳米技术与纳米仿生研究所持续发挥作用。纳米真空互联实验站建成投用。广东支持建设湛江湾实验室。\n";
        check(&[
            (text, "合肥国家实验室", Org, true),
            (text, "湛江湾实验室", Org, true),
            (text, "湾实验室", Org, false),
            (text, "中国科学院苏州纳米技术与纳米仿生研究所", Org, true),
            (text, "纳米真空互联实验站", Facility, true),
        ]);
    }

    #[test]
    fn people_next_to_titles_but_not_bylines() {
        check(&[
            ("厅长王建国表示，要加快发展。", "王建国", Person, true),
            (
                "力争全区院士（专家）工作站达到30家。",
                "全区",
                Person,
                false,
            ),
            (
                "双方将在院士智库咨询等方面深化合作。",
                "方将在",
                Person,
                false,
            ),
            (
                "南沙区副区长李华介绍，科学城加快建设。",
                "李华",
                Person,
                true,
            ),
            ("中国科协副主席张明出席。", "张明", Person, true),
            ("联系人：李明，电话12345。", "李明", Person, true),
            ("张伟院士，中国科学院院士。", "张伟", Person, true),
            ("本报记者 陈小东 通讯员 王芳报道。", "陈小东", Person, false),
        ]);
    }

    #[test]
    fn policies_quoted_titled_and_issued() {
        check(&[
            (
                "省政府印发《湖南省科技创新条例》。",
                "湖南省科技创新条例",
                Policy,
                true,
            ),
            (
                "出台加快科技成果转化的实施意见，提升效能。",
                "加快科技成果转化的实施意见",
                Policy,
                true,
            ),
            ("实施“揭榜挂帅”项目，加快攻关。", "揭榜挂帅", Program, true),
            ("他说“这很好”，大家认同。", "这很好", Program, false),
        ]);
        let x = extract("转发《财政部关于印发科研经费管理办法的通知》。");
        assert!(has(&x, "科研经费管理办法", Policy), "{:?}", x.entities);
        assert!(has(&x, "财政部", Org), "{:?}", x.entities);
    }

    #[test]
    fn conjunction_inside_a_name_is_kept_between_names_it_cuts() {
        check(&[
            (
                "建设材料与器件检测平台，服务企业。",
                "材料与器件检测平台",
                CoarseType::Facility,
                true,
            ),
            ("湘潭大学与岳麓山实验室合作。", "岳麓山实验室", Org, true),
            (
                "湘潭大学与岳麓山实验室合作。",
                "湘潭大学与岳麓山实验室",
                Org,
                false,
            ),
            (
                "“星河之光”超算中心投入运行。",
                "星河之光超算中心",
                CoarseType::Facility,
                true,
            ),
            ("科技部门要加强协调。", "科学技术部", Org, false),
            ("2023年杭州市统计公报（科技部分）", "科学技术部", Org, false),
        ]);
    }

    #[test]
    fn coordination_keeps_a_qualifier_that_is_part_of_the_head() {
        check(&[
            (
                "建设先进材料、智能装备等国家技术创新中心。",
                "先进材料国家技术创新中心",
                Org,
                true,
            ),
            (
                "推进长沙麓谷、株洲动力谷等各类科创走廊。",
                "株洲市",
                Place,
                true,
            ),
        ]);
    }

    #[test]
    fn a_short_place_glued_into_a_word_hides_no_name() {
        check(&[
            (
                "安徽省科学技术厅会同江西省科学技术厅安排经费。",
                "江西省科学技术厅",
                Org,
                true,
            ),
            ("双方共同安排联合攻关经费。", "同安区", Place, false),
            ("会同江苏省科学技术厅组织实施。", "同江市", Place, false),
        ]);
    }

    #[test]
    fn biotech_cities_and_software_parks_are_zones() {
        check(&[
            (
                "成都天府国际生物城新增企业。",
                "成都天府国际生物城",
                Place,
                true,
            ),
            (
                "中关村软件园和齐鲁软件园加快建设。",
                "齐鲁软件园",
                Place,
                true,
            ),
            ("推动生物城建设，支持软件园发展。", "生物城", Place, false),
            ("推动生物城建设，支持软件园发展。", "软件园", Place, false),
        ]);
    }

    #[test]
    fn coordination_skips_a_province_that_brands_the_head() {
        check(&[
            (
                "已布局建设东湖、南山等10家湖北实验室。",
                "南山实验室",
                Org,
                true,
            ),
            (
                "建设崖州湾、三亚湾等海南省实验室。",
                "崖州湾实验室",
                Org,
                true,
            ),
        ]);
    }

    #[test]
    fn rule_stage_matches_where_heads_occur_only() {
        // Every head word occurrence gets its own match, including repeated ones.
        let x = extract("湘潭大学和吉首大学联合申报。");
        assert!(has(&x, "湘潭大学", Org), "{:?}", x.entities);
        assert!(has(&x, "吉首大学", Org), "{:?}", x.entities);
    }

    #[test]
    fn programs_and_policies_named_by_codes_and_heads() {
        check(&[
            (
                "围绕3+2+N重点产业链布局创新链。",
                "3+2+N重点产业链",
                Program,
                true,
            ),
            (
                "培育“246”先进制造业集群。",
                "246先进制造业集群",
                Program,
                true,
            ),
            ("迭代“6+1”经济政策体系。", "6+1经济政策体系", Policy, true),
            ("新增企业12家产业集群。", "12家产业集群", Program, false),
            ("位列“五大战略”之首。", "五大战略", Program, true),
            (
                "牵头组织海洋负排放国际大科学计划。",
                "海洋负排放国际大科学计划",
                Program,
                true,
            ),
            (
                "聚焦智能制造科创高地建设。",
                "智能制造科创高地",
                Program,
                true,
            ),
            ("合力打造三大科创高地。", "三大科创高地", Program, false),
            (
                "出台新能源汽车科创高地建设行动方案。",
                "新能源汽车科创高地建设行动方案",
                Policy,
                true,
            ),
            (
                "编制温州湾新区发展规划。",
                "温州湾新区发展规划",
                Policy,
                true,
            ),
            ("制定了详细的发展规划。", "了详细的发展规划", Policy, false),
        ]);
    }

    #[test]
    fn honours_groups_centres_and_zone_heads() {
        check(&[
            (
                "该所荣获全国抗震救灾先进集体称号。",
                "全国抗震救灾先进集体",
                Program,
                true,
            ),
            (
                "记者走访了钱塘科创走廊规划建设领导小组办公室。",
                "钱塘科创走廊规划建设领导小组办公室",
                Org,
                true,
            ),
            (
                "推进国家技术转移西北中心建设。",
                "国家技术转移西北中心",
                Facility,
                true,
            ),
            (
                "建设京津冀国家技术创新中心河北中心。",
                "京津冀国家技术创新中心河北中心",
                Org,
                true,
            ),
            (
                "推进温州湾科技创新带建设。",
                "温州湾科技创新带",
                Place,
                true,
            ),
        ]);
        // An award's grade is dropped from its canonical name.
        let x = extract("该成果获国家技术发明二等奖。");
        assert!(
            x.entities.iter().any(|e| e.name == "国家技术发明奖"
                && e.aliases.contains(&"国家技术发明二等奖".to_owned())),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_notice_title_is_a_policy_and_names_what_it_issues() {
        let x = extract(
            "某某部关于印发《区域创新能力评价办法》的通知\n各有关单位:\n现将办法印发给你们。\n",
        );
        assert!(
            has(&x, "某某部关于印发区域创新能力评价办法的通知", Policy),
            "{:?}",
            x.entities
        );
        assert!(has(&x, "区域创新能力评价办法", Policy), "{:?}", x.entities);
    }

    #[test]
    fn a_title_of_measures_is_a_policy_issued_by_its_bodies() {
        let x = extract(
            "江西省科学技术厅 江西省教育厅关于推进高校科技成果转化的若干措施\n\n各设区市科技局：\n为加快推进高校科技成果转化，制定以下措施。\n",
        );
        let policy = "江西省科学技术厅江西省教育厅关于推进高校科技成果转化的若干措施";
        assert!(has(&x, policy, Policy), "{:?}", x.entities);
        let issued = |body: &str| {
            x.relations.iter().any(|r| {
                r.head == policy && r.relation == crate::model::Relation::IssuedBy && r.tail == body
            })
        };
        assert!(
            issued("江西省科学技术厅") && issued("江西省教育厅"),
            "{:?}",
            x.relations
        );
    }

    #[test]
    fn a_list_a_notice_publishes_is_no_policy() {
        let title = "湖南省科学技术厅关于发布2024年度重大技术攻关项目榜单的通知";
        let x = extract(&format!("{title}\n\n各有关单位：\n现予发布。\n"));
        assert!(has(&x, title, Policy), "{:?}", x.entities);
        assert!(
            !has(&x, "2024年度重大技术攻关项目榜单", Policy),
            "{:?}",
            x.entities
        );
        let x = extract(
            "陕西省科学技术厅关于下达2024年第一批省级科技计划项目的通知\n\n现将项目下达给你们。\n",
        );
        assert!(
            !has(&x, "2024年第一批省级科技计划项目", Policy),
            "{:?}",
            x.entities
        );
        let x = extract(
            "浙江省科学技术厅关于下达2024年度第一批省科技发展专项资金的通知\n\n现下达专项资金。\n",
        );
        assert!(
            !has(&x, "2024年度第一批省科技发展专项资金", Policy),
            "{:?}",
            x.entities
        );
        let x = extract(
            "江苏省科学技术厅关于下达2024年度省科技创新专项资金（第一批）的通知\n\n现下达专项资金。\n",
        );
        assert!(
            !has(&x, "2024年度省科技创新专项资金（第一批）", Policy),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_part_of_the_policy_a_notice_issues_is_no_policy() {
        let text = "湖北省人民政府办公厅关于印发湖北省科技创新“十四五”规划的通知\n\n各有关单位：\n现印发给你们。实现“十四五”规划目标。\n";
        let x = extract(text);
        assert!(
            has(&x, "湖北省科技创新十四五规划", Policy),
            "{:?}",
            x.entities
        );
        // Named in the body on its own, the national plan is still one.
        let plan = x.entities.iter().find(|e| e.name == "十四五规划");
        assert!(
            plan.is_some_and(|p| p.mentions.len() == 1 && p.mentions[0].start > 40),
            "{:?}",
            x.entities
        );
        let x = extract(
            "湖北省人民政府办公厅关于印发湖北省科技创新“十四五”规划的通知\n\n现印发给你们。\n",
        );
        assert!(!has(&x, "十四五规划", Policy), "{:?}", x.entities);
    }

    #[test]
    fn a_zone_named_inside_a_plan_is_found_under_the_plans_own_rule() {
        // The action-plan rule matches the whole title; only the zone rules look inside.
        let x = extract("市政府印发《台州湾科创走廊建设行动计划》。");
        assert!(has(&x, "台州湾科创走廊", Place), "{:?}", x.entities);
        assert!(
            has(&x, "台州湾科创走廊建设行动计划", Policy),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_strategy_named_by_a_list_of_slogans_is_one_program() {
        let x = extract("江西省坚定实施创新驱动、人才强省、开放兴省战略。");
        assert!(
            has(&x, "创新驱动、人才强省、开放兴省战略", Program),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_name_glued_before_a_government_is_not_part_of_it() {
        let x = extract("组长:王治平天津市人民政府副市长。");
        assert!(has(&x, "天津市人民政府", Org), "{:?}", x.entities);
        assert!(
            !x.entities.iter().any(|e| e.name.starts_with("王治平")),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_program_named_after_a_bare_level_is_the_regions_own() {
        let x = extract("关于推进基金工作的通知\n湖南省科学技术厅\n\n推进省科创母基金扩募。\n");
        assert!(has(&x, "湖南省科创母基金", Program), "{:?}", x.entities);
        assert!(
            !x.entities.iter().any(|e| e.name == "省科创母基金"),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_national_designation_is_the_citys_zone_or_none() {
        let x = extract(
            "关于推进示范区建设的通知\n温州市科学技术局\n\n全市加快建设国家科技成果转移转化示范区。\n",
        );
        assert!(
            has(&x, "温州国家科技成果转移转化示范区", Place),
            "{:?}",
            x.entities
        );
        let x = extract("支持各地建设国家新一代人工智能创新发展试验区。");
        assert!(
            !has(&x, "国家新一代人工智能创新发展试验区", Place),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn places_listed_before_a_zone_share_its_head() {
        let x = extract("深化温州、台州科创金融改革试验区建设。");
        assert!(has(&x, "温州科创金融改革试验区", Place), "{:?}", x.entities);
        assert!(has(&x, "台州科创金融改革试验区", Place), "{:?}", x.entities);
        assert!(has(&x, "温州市", Place), "{:?}", x.entities);
        // A district and its city's zone are one body named twice, not a list.
        let x = extract("黄埔区、广州开发区深入实施创新驱动发展战略。");
        assert!(!has(&x, "黄埔区开发区", Place), "{:?}", x.entities);
        check(&[(
            "依托重点创新平台打造“广珠澳”科技创新走廊。",
            "广珠澳科技创新走廊",
            Place,
            true,
        )]);
    }

    #[test]
    fn descriptions_counts_and_bare_levels_are_not_names() {
        check(&[
            ("着力打造高端实验室标杆。", "高端实验室", Org, false),
            (
                "建设世界一流高科技产业园区。",
                "高科技产业园区",
                Place,
                false,
            ),
            (
                "目前已经有96家国家高新区。",
                "有96家国家高新区",
                Place,
                false,
            ),
            (
                "河南、四川的省委科技委员会已经亮相。",
                "省委科技委员会",
                Org,
                false,
            ),
            (
                "某大学党委副书记、校长王某某出席。",
                "党委副",
                Person,
                false,
            ),
            (
                "南湖大学党委书记李明指出，要加快发展。",
                "李明",
                Person,
                true,
            ),
        ]);
    }

    #[test]
    fn a_two_character_brand_before_a_legal_form_is_a_company_and_a_trade_is_not() {
        let text = "通威股份有限公司、重庆大学等单位加大研发投入。与科技有限公司合作，支持控股有限公司发展。";
        check(&[
            (text, "通威股份有限公司", Org, true),
            (text, "科技有限公司", Org, false),
            (text, "控股有限公司", Org, false),
        ]);
    }

    #[test]
    fn a_bracketed_place_inside_a_company_name_stays() {
        check(&[(
            "星河(宁波)智能科技有限公司与浙江大学合作。",
            "星河(宁波)智能科技有限公司",
            Org,
            true,
        )]);
    }

    #[test]
    fn a_forecast_a_gathering_or_the_word_enterprise_opens_no_name() {
        check(&[
            (
                "区内企业京东方科技集团股份有限公司持续加大研发投入。",
                "京东方科技集团股份有限公司",
                Org,
                true,
            ),
            (
                "园区聚集电子科技大学等高校创新资源。",
                "电子科技大学",
                Org,
                true,
            ),
            (
                "下一步，预计2025年厦门科学城新增科技型企业200家。",
                "厦门科学城",
                CoarseType::Place,
                true,
            ),
        ]);
    }

    #[test]
    fn a_plan_named_with_its_period_and_no_title_marks_is_whole() {
        check(&[
            (
                "湖北省科技创新“十五五”规划提出，到2030年全省研发投入强度达到3.2%。",
                "湖北省科技创新十五五规划",
                CoarseType::Policy,
                true,
            ),
            (
                "成都市“十四五”科技创新规划提出，加快建设科学城。",
                "成都市十四五科技创新规划",
                CoarseType::Policy,
                true,
            ),
        ]);
    }

    #[test]
    fn a_graduate_school_and_a_major_installation_are_named_whole() {
        let text = "支持清华大学深圳国际研究生院建设。合成生物研究重大科技基础设施建成运行，形成材料重大科技基础设施群。";
        check(&[
            (text, "清华大学深圳国际研究生院", Org, true),
            (text, "清华大学", Org, true),
            (
                text,
                "合成生物研究重大科技基础设施",
                CoarseType::Facility,
                true,
            ),
            (text, "材料重大科技基础设施", CoarseType::Facility, false),
        ]);
    }

    #[test]
    fn a_long_quoted_name_ending_in_a_program_head_is_a_program() {
        check(&[
            (
                "省科技厅将组织实施“科技型中小企业创新能力提升工程”。",
                "科技型中小企业创新能力提升工程",
                CoarseType::Program,
                true,
            ),
            (
                "深入实施“长沙全球研发中心城市建设三年行动计划”。",
                "长沙全球研发中心城市建设三年行动计划",
                CoarseType::Program,
                true,
            ),
        ]);
    }

    #[test]
    fn a_named_hospital_is_an_institution_and_a_kind_of_hospital_is_not() {
        check(&[
            (
                "中国医学科学院血液病医院与天津医科大学总医院联合开展临床研究。",
                "天津医科大学总医院",
                Org,
                true,
            ),
            (
                "复旦大学附属华山医院牵头建设国家医学中心。",
                "复旦大学附属华山医院",
                Org,
                true,
            ),
            ("全省三级甲等医院达到120家。", "三级甲等医院", Org, false),
            ("支持县级医院和基层医院提升能力。", "基层医院", Org, false),
        ]);
    }

    /// A hit without the literals a rule needs near its end is one the regex rejects too
    /// (at every ending of a head word in the sample).
    #[test]
    fn literals_near_the_end_are_necessary() {
        let extractor = extractor();
        let prefilter = &extractor.entity_prefilter;
        let text = include_str!("../../data/corpus/seed.txt");
        let mut checked = 0;
        for (rule, near_end) in extractor.rules.entities.iter().zip(&prefilter.near_end) {
            let Some(near_end) = near_end else {
                continue;
            };
            for (end, _) in text.char_indices().skip(1) {
                let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
                let haystack = &text[line_start..end];
                if !near_end.may_end(haystack) {
                    assert!(
                        !rule.pattern_at_end.is_match(haystack),
                        "{} on {haystack}",
                        rule.name
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }
}

#[cfg(test)]
mod relation_trigger_tests {
    use super::RulePrefilter;
    use crate::lexicon::{Gazetteer, Lexicon};
    use crate::rules::{RelationRule, Side};
    use proptest::prelude::*;
    use std::ops::Range;
    use std::sync::LazyLock;

    /// The built-in rules with relation triggers whose words overlap, nest and repeat,
    /// besides the built-in ones, and one regex trigger the automaton cannot hold.
    static RULES: LazyLock<(crate::RuleSet, RulePrefilter)> = LazyLock::new(|| {
        let mut rules = crate::Extractor::builtin().unwrap().rules().clone();
        let template = rules.relations[0].clone();
        for trigger in [
            "与|与其|其",
            "落户|落户于",
            "甲乙|乙丙|甲",
            "乙|乙乙",
            "支持与",
        ] {
            rules.relations.push(RelationRule {
                trigger: regex::Regex::new(trigger).unwrap(),
                head: Side::Left,
                tail: Side::Right,
                ..template.clone()
            });
        }
        rules.relations.push(RelationRule {
            trigger: regex::Regex::new("与.").unwrap(),
            ..template
        });
        let gazetteer = Gazetteer::new(&Lexicon::builtin()).unwrap();
        let prefilter = RulePrefilter::new(&rules, &gazetteer, []).unwrap();
        (rules, prefilter)
    });

    fn by_regex(rules: &crate::RuleSet, text: &str, from: usize) -> Vec<Option<Vec<Range<usize>>>> {
        (rules.relations.iter())
            .map(|rule| {
                super::super::relations::trigger_words(rule.trigger.as_str()).map(|_| {
                    (rule.trigger.find_iter(&text[from..]))
                        .map(|m| from + m.start()..from + m.end())
                        .collect()
                })
            })
            .collect()
    }

    #[test]
    fn the_seed_has_the_triggers_its_regexes_find() {
        let (rules, prefilter) = &*RULES;
        let seed = include_str!("../../data/corpus/seed.txt");
        for from in [0, seed.find('\n').unwrap() + 1] {
            let scan = prefilter.scan(seed, 0, &[]);
            let found = prefilter.relation_triggers(&scan, from);
            assert_eq!(found, by_regex(rules, seed, from));
            assert!(found[0].as_ref().is_some_and(|m| !m.is_empty()));
            assert!(
                found.last().unwrap().is_none(),
                "a regex trigger stays a regex"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn the_automaton_finds_what_the_trigger_regexes_find(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "与", "其", "落户", "于", "甲", "乙", "丙", "支持", "实施", "深入",
                    "批复同意", "创建", "成立", "设立", "印发", "现予", "给", "推动", "。",
                    "A", " ", "经商", "联合",
                ]),
                0..30,
            ),
            from in 0usize..6,
        ) {
            let (rules, prefilter) = &*RULES;
            let text: String = pieces.concat();
            let from = (from..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
            let scan = prefilter.scan(&text, 0, &[]);
            let found = prefilter.relation_triggers(&scan, from);
            prop_assert_eq!(found, by_regex(rules, &text, from), "{}", text);
        }
    }
}
