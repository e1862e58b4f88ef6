//! Surface variants of one entity: forms the mention stage resolved to different names
//! are merged into one entity, the other names kept as aliases.
//!
//! - A name with its short form in brackets right after it: 南湖高新区(嘉兴科技城).
//! - Programs written around the same quoted name: “两清零一提升”行动 and
//!   “两清零一提升”专项行动.
//! - A zone, institute or facility written with and without the place it lies in:
//!   龙港市青龙湖科技城 and 青龙湖科技城, 上海张江实验室 and 张江实验室.
//! - A name with the short form it is given after it: 《关于…的若干措施》(以下简称《措施》).
//! - A policy referred to by the end of its title: 《条例》 after 《四川省科技成果转化促进条例》.
//! - An institute written with and without the city of its site: 某实验室（汕头） and
//!   某实验室.
//! - A zone written with its head in full and abbreviated: 宁波江北高新技术产业园区 and
//!   宁波江北高新区 (the full form is the name).
//!
//! A lexicon entity keeps its canonical name; between two rule names, the quoted
//! program keeps its longest form and the zone its form without the place.

use super::{EntityRecord, EntityTable, Extractor, Mention};
use crate::model::{CoarseType, EntityType};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// Merges the variants among the entities of `table` and points `mentions` at the entities
/// that remain.
pub(crate) fn merge(
    extractor: &Extractor,
    text: &str,
    table: &mut EntityTable,
    mentions: &mut [Mention],
) {
    let mut target: Vec<usize> = (0..table.entities.len()).collect();
    for (from, into) in bracketed_short_forms(text, table, mentions)
        .into_iter()
        .chain(same_quoted_name(text, table))
        .chain(named_with_place(extractor, table))
        .chain(named_without_parent(extractor, table))
        .chain(abbreviated_zone_heads(table))
        .chain(company_with_legal_form(table))
        .chain(institute_without_site(table))
        .chain(policy_short_forms(table))
    {
        let (from, into) = (root(&target, from), root(&target, into));
        if from != into {
            target[from] = into;
        }
    }
    if target.iter().enumerate().all(|(i, &t)| i == t) {
        return;
    }
    let roots: Vec<usize> = (0..target.len()).map(|i| root(&target, i)).collect();
    // The records move into the new table: their names, aliases and mentions are taken,
    // not copied.
    let mut old: Vec<Option<EntityRecord>> = std::mem::take(&mut table.entities)
        .into_iter()
        .map(Some)
        .collect();
    let mut kept = EntityTable::default();
    let mut new_index = vec![usize::MAX; roots.len()];
    for (i, &r) in roots.iter().enumerate() {
        if i == r {
            let record = old[i].take().expect("each record is moved once");
            new_index[i] = kept.insert(record);
        }
    }
    for (i, &r) in roots.iter().enumerate() {
        if i != r {
            let record = old[i].as_mut().expect("a merged record stays where it was");
            let into = &mut kept.entities[new_index[r]];
            into.aliases.insert(std::mem::take(&mut record.name));
            into.aliases.append(&mut record.aliases);
            into.mentions.append(&mut record.mentions);
            new_index[i] = new_index[r];
        }
    }
    for m in mentions.iter_mut() {
        m.entity = new_index[m.entity];
    }
    *table = kept;
}

fn root(target: &[usize], mut i: usize) -> usize {
    while target[i] != i {
        i = target[i];
    }
    i
}

/// The entity of the two that keeps its name: a lexicon entity over a rule's.
fn keeper(table: &EntityTable, a: usize, b: usize, prefer: usize) -> (usize, usize) {
    let (la, lb) = (
        table.entities[a].lexicon.is_some(),
        table.entities[b].lexicon.is_some(),
    );
    let into = match (la, lb) {
        (true, false) => a,
        (false, true) => b,
        _ => prefer,
    };
    if into == a { (b, a) } else { (a, b) }
}

/// Whether two entities may be one: same coarse type, and for places the same fine type
/// and not administrative divisions (杭州市(萧山区) names two places).
fn compatible(a: EntityType, b: EntityType) -> bool {
    match (a.coarse(), b.coarse()) {
        (CoarseType::Place, CoarseType::Place) => a == b && a == EntityType::Zone,
        (CoarseType::Organization, CoarseType::Organization) => true,
        (x, y) => x == y && x != CoarseType::Person,
    }
}

/// Marks around a name that are not part of it (straight quotes too: 以下简称"楚天实验室").
const OPENING_MARKS: [char; 4] = ['《', '“', '"', '「'];
const CLOSING_MARKS: [char; 4] = ['》', '”', '"', '」'];

/// What opens the brackets that give a short form after a name: (嘉兴科技城), (以下简称《措施》).
pub(crate) const SHORT_FORM_OPENERS: [&str; 5] = ["", "以下简称", "简称", "下称", "以下称"];

/// `(from, into)` for a mention followed by another in brackets: 南湖高新区(嘉兴科技城),
/// 《关于…的若干措施》(以下简称《措施》).
fn bracketed_short_forms(
    text: &str,
    table: &EntityTable,
    mentions: &[Mention],
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, outer) in mentions.iter().enumerate() {
        let Some(first) = mentions.get(i + 1) else {
            break;
        };
        let mut inner = first;
        // 某分中心（以下简称“惠州能源实验室”）: a short form may begin with the place its
        // name was read without.
        if let Some(next) = mentions.get(i + 2).filter(|next| {
            next.start == inner.end
                && table.entities[inner.entity].entity_type.coarse() == CoarseType::Place
        }) {
            inner = next;
        }
        if outer.entity == inner.entity || outer.end > first.start {
            continue;
        }
        let between = (text[outer.end..first.start].trim_start_matches(CLOSING_MARKS))
            .trim_end_matches(OPENING_MARKS);
        let opener = (between.strip_prefix('(')).or_else(|| between.strip_prefix('（'));
        let opens = opener.is_some_and(|opener| SHORT_FORM_OPENERS.contains(&opener));
        let closes = (text[inner.end..].trim_start_matches(CLOSING_MARKS)).starts_with([')', '）']);
        if !(opens && closes) {
            continue;
        }
        // A name in bare brackets that the text has named before on its own is another
        // body, not a short form: the university of 某国家重点实验室（澳门大学）.
        if opener == Some("") && mentions[..i].iter().any(|m| m.entity == inner.entity) {
            continue;
        }
        let (a, b) = (&table.entities[outer.entity], &table.entities[inner.entity]);
        if compatible(a.entity_type, b.entity_type) {
            pairs.push(keeper(table, outer.entity, inner.entity, outer.entity));
        }
    }
    pairs
}

/// `(from, into)` for programs written around the same quoted name.
fn same_quoted_name(text: &str, table: &EntityTable) -> Vec<(usize, usize)> {
    let mut by_core: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (i, record) in table.entities.iter().enumerate() {
        if record.entity_type != EntityType::Program {
            continue;
        }
        for range in &record.mentions {
            let surface = &text[range.clone()];
            if let Some(core) = quoted(surface).filter(|c| c.chars().count() >= 2) {
                by_core.entry(core).or_default().insert(i);
            }
        }
    }
    let mut pairs = Vec::new();
    for members in by_core.values() {
        let mut members = members.iter().copied();
        let Some(first) = members.next() else {
            continue;
        };
        let mut into = first;
        for other in members {
            let longer = if table.entities[other].name.chars().count()
                > table.entities[into].name.chars().count()
            {
                other
            } else {
                into
            };
            let (from, to) = keeper(table, into, other, longer);
            pairs.push((from, to));
            into = to;
        }
    }
    pairs
}

/// The text inside the first pair of quotation marks, if any.
fn quoted(surface: &str) -> Option<&str> {
    let open = surface.find('“')? + '“'.len_utf8();
    let close = surface[open..].find('”')? + open;
    Some(&surface[open..close])
}

/// The entities of the table of one type by name.
fn by_name(table: &EntityTable, entity_type: EntityType) -> BTreeMap<&str, usize> {
    table
        .entities
        .iter()
        .enumerate()
        .filter(|(_, r)| r.entity_type == entity_type)
        .map(|(i, r)| (r.name.as_str(), i))
        .collect()
}

/// Types whose entities news text may name with the place they lie in put before them.
const NAMED_WITH_PLACE: [EntityType; 3] = [
    EntityType::Zone,
    EntityType::ResearchInstitute,
    EntityType::Facility,
];

/// `(from, into)` for a zone, institute or facility whose name is another one's of its
/// type after a place (龙港市青龙湖科技城, 上海张江实验室), or the same name after another
/// place (海南崖州湾科技城 and 三亚崖州湾科技城: the first written is the name).
fn named_with_place(extractor: &Extractor, table: &EntityTable) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for entity_type in NAMED_WITH_PLACE {
        let named = by_name(table, entity_type);
        // The entity of the type with `own` as a name or alias, a lexicon one's included
        // (三亚崖州湾科技城 is also 崖州湾科技城).
        let written_as = |own: &str| {
            named.get(own).copied().or_else(|| {
                (table.entities.iter().enumerate()).find_map(|(i, record)| {
                    let known = record.lexicon.map(|l| &extractor.lexicon.get(l).aliases);
                    (record.entity_type == entity_type
                        && (record.aliases.iter())
                            .chain(known.into_iter().flatten())
                            .any(|alias| alias == own))
                    .then_some(i)
                })
            })
        };
        // An alias written with the place (包头稀土高新区 of 包头稀土国家高新技术产业开发区)
        // and a name that is that alias without it (稀土高新区).
        for (i, record) in table.entities.iter().enumerate() {
            if record.entity_type != entity_type {
                continue;
            }
            let known = record.lexicon.map(|l| &extractor.lexicon.get(l).aliases);
            for alias in (record.aliases.iter()).chain(known.into_iter().flatten()) {
                let Some(own) = without_place_prefix(extractor, alias) else {
                    continue;
                };
                if let Some(&short) = named.get(own).filter(|&&short| short != i) {
                    pairs.push(keeper(table, i, short, i));
                }
            }
        }
        let mut by_own_name: BTreeMap<&str, (usize, &[usize])> = BTreeMap::new();
        for (&name, &i) in &named {
            let Some(place) = super::entities::leading_division(extractor, name) else {
                continue;
            };
            let own = &name[place.end..];
            if let Some(short) = written_as(own).filter(|&short| short != i) {
                pairs.push(keeper(table, i, short, short));
            } else if own.chars().nth(3).is_some() && !extractor.generic.is_match(own) {
                match by_own_name.get(own) {
                    // Only after a place and a place inside it (海南 and 三亚): after two
                    // places side by side (杭州、嘉兴科创金融改革试验区) they are two.
                    Some(&(other, other_place))
                        if nested(extractor, place.entries, other_place) =>
                    {
                        let written_first = [other, i]
                            .into_iter()
                            .min_by_key(|&e| table.entities[e].mentions.first().map(|m| m.start));
                        pairs.push(keeper(table, i, other, written_first.unwrap_or(other)));
                    }
                    Some(_) => {}
                    None => {
                        by_own_name.insert(own, (i, place.entries));
                    }
                }
            }
        }
    }
    pairs
}

/// `form` without the administrative division of two to four characters it opens with
/// (包头稀土高新区 → 稀土高新区), the longest one. A lexicon form is found whole by a search of
/// the gazetteer, not by its parts: its prefixes are looked up one by one.
pub(crate) fn without_place_prefix<'a>(extractor: &Extractor, form: &'a str) -> Option<&'a str> {
    let division = |prefix: &str| {
        (extractor.gazetteer.exact(prefix)).is_some_and(|entries| {
            (entries.iter())
                .any(|&e| extractor.lexicon.get(e).entity_type == EntityType::AdministrativeRegion)
        })
    };
    (form.char_indices().skip(2).take(3))
        .map(|(at, _)| at)
        .filter(|&at| division(&form[..at]))
        .last()
        .map(|at| &form[at..])
}

/// `(from, into)` for an institute written without the body it belongs to and with it:
/// 海洋研究所 and 中国科学院海洋研究所, whose first part names another organization of the
/// text or of the lexicon (the full name is the name). A name of a kind (研究院) stands for
/// none.
fn named_without_parent(extractor: &Extractor, table: &EntityTable) -> Vec<(usize, usize)> {
    let named = by_name(table, EntityType::ResearchInstitute);
    let mut pairs = Vec::new();
    for (&full, &i) in &named {
        for (&own, &short) in &named {
            let Some(parent) = full.strip_suffix(own).filter(|p| !p.is_empty()) else {
                continue;
            };
            if own.chars().nth(3).is_none() || extractor.generic.is_match(own) {
                continue;
            }
            let parent_named = (table.entities.iter())
                .any(|r| r.name == parent && r.entity_type.coarse() == CoarseType::Organization)
                || extractor.knows(parent, |t| t.coarse() == CoarseType::Organization);
            if parent_named {
                pairs.push(keeper(table, i, short, i));
            }
        }
    }
    pairs
}

/// Whether a place of `a` lies in one of `b` or the other way round (lexicon entries).
fn nested(extractor: &Extractor, a: &[usize], b: &[usize]) -> bool {
    let lexicon = &extractor.lexicon;
    let within = |inner: usize, outer: usize| {
        std::iter::successors(lexicon.parent_index(inner), |&p| lexicon.parent_index(p))
            .any(|p| p == outer)
    };
    a.iter()
        .any(|&x| b.iter().any(|&y| within(x, y) || within(y, x)))
}

/// Zone heads and their usual abbreviations.
const ZONE_HEAD_ABBREVIATIONS: [(&str, &str); 5] = [
    ("高新技术产业开发区", "高新区"),
    ("高新技术产业园区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("自由贸易试验区", "自贸区"),
    ("自主创新示范区", "自创区"),
];

/// Heads of government bodies and their usual abbreviations.
const BODY_HEAD_ABBREVIATIONS: [(&str, &str); 1] = [("管理委员会", "管委会")];

/// `(from, into)` for a zone written with an abbreviated head whose full form is also an
/// entity: 宁波江北高新区 into 宁波江北高新技术产业园区. When both full heads fit (高新区 is
/// short for 高新技术产业开发区 and for 高新技术产业园区), the document names the one it means.
/// So for a zone's committee: 苏州工业园区管委会 into 苏州工业园区管理委员会.
/// And a zone's committee written with both heads short: 兰州高新区管委会 into
/// 兰州高新技术产业开发区管委会.
fn abbreviated_zone_heads(table: &EntityTable) -> Vec<(usize, usize)> {
    // The bodies' heads, and a zone's committee's with both heads short (built once).
    static BODY_HEADS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
        let committees = (ZONE_HEAD_ABBREVIATIONS.iter()).flat_map(|(zone, short_zone)| {
            (BODY_HEAD_ABBREVIATIONS.iter()).flat_map(move |(body, short_body)| {
                [
                    (format!("{zone}{body}"), format!("{short_zone}{short_body}")),
                    (
                        format!("{zone}{short_body}"),
                        format!("{short_zone}{short_body}"),
                    ),
                ]
            })
        });
        (BODY_HEAD_ABBREVIATIONS.iter())
            .map(|(full, short)| ((*full).to_owned(), (*short).to_owned()))
            .chain(committees)
            .collect()
    });
    let mut pairs = abbreviated_heads(table, EntityType::Zone, &ZONE_HEAD_ABBREVIATIONS);
    pairs.extend(abbreviated_heads(
        table,
        EntityType::GovernmentBody,
        &BODY_HEADS,
    ));
    pairs
}

/// `(from, into)` for an entity of `entity_type` written with an abbreviated head of
/// `abbreviations` (full, short) whose full form is also an entity.
fn abbreviated_heads(
    table: &EntityTable,
    entity_type: EntityType,
    abbreviations: &[(impl AsRef<str>, impl AsRef<str>)],
) -> Vec<(usize, usize)> {
    let named = by_name(table, entity_type);
    let mut pairs = Vec::new();
    for (&name, &i) in &named {
        let full: Vec<usize> = abbreviations
            .iter()
            .filter_map(|(full, short)| {
                let (full, short) = (full.as_ref(), short.as_ref());
                let stem = name.strip_suffix(short)?;
                (stem.chars().count() >= 2)
                    .then(|| named.get(format!("{stem}{full}").as_str()).copied())
                    .flatten()
            })
            .collect();
        if let [into] = full[..] {
            pairs.push(keeper(table, i, into, into));
        }
    }
    pairs
}

/// `(from, into)` for a company written with and without its legal form: 某某集团 and
/// 某某集团有限责任公司 (the full form is the name).
fn company_with_legal_form(table: &EntityTable) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, record) in table.entities.iter().enumerate() {
        if record.entity_type != EntityType::Enterprise {
            continue;
        }
        let stem = (super::structure::LEGAL_FORMS.iter())
            .find_map(|form| record.name.strip_suffix(form))
            .filter(|stem| stem.chars().nth(1).is_some());
        if let Some(short) = stem.and_then(|stem| table.find(stem, CoarseType::Organization)) {
            pairs.push(keeper(table, short, i, i));
        }
    }
    pairs
}

/// `(from, into)` for an institute written with and without the city of its site in
/// brackets, 某实验室（汕头） and 某实验室, when the document names one site of it (a
/// lexicon name stays the name).
fn institute_without_site(table: &EntityTable) -> Vec<(usize, usize)> {
    let mut sites: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, record) in table.entities.iter().enumerate() {
        let stem = super::entities::without_bracketed_tail(&record.name);
        if record.entity_type == EntityType::ResearchInstitute && stem.len() < record.name.len() {
            sites.entry(stem).or_default().push(i);
        }
    }
    (sites.into_iter())
        .filter_map(|(stem, sites)| match sites[..] {
            [site] => (table.find(stem, CoarseType::Organization))
                .map(|bare| keeper(table, bare, site, site)),
            _ => None,
        })
        .collect()
}

/// The longest title end that may stand for its policy: 《条例》, 《实施方案》.
const POLICY_SHORT_FORM_CHARS: usize = 4;

/// `(from, into)` for a policy referred to by the end of its title after the title was
/// written in full: 《条例》 (or 《专利法》) after 《四川省科技成果转化促进条例》; the policy
/// written last before the short form's first mention is the one it stands for.
fn policy_short_forms(table: &EntityTable) -> Vec<(usize, usize)> {
    let policies: Vec<usize> = (0..table.entities.len())
        .filter(|&i| table.entities[i].entity_type == EntityType::Policy)
        .collect();
    let mut pairs = Vec::new();
    for &short in &policies {
        let record = &table.entities[short];
        let Some(first) = record.mentions.iter().map(|m| m.start).min() else {
            continue;
        };
        if record.name.chars().count() > POLICY_SHORT_FORM_CHARS {
            continue;
        }
        let full = (policies.iter().copied())
            .filter(|&i| i != short && table.entities[i].name.ends_with(record.name.as_str()))
            .filter_map(|i| {
                let before = table.entities[i].mentions.iter().map(|m| m.start);
                before.filter(|&at| at < first).max().map(|at| (at, i))
            })
            .max();
        if let Some((_, full)) = full {
            pairs.push(keeper(table, short, full, full));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use crate::{Document, Extractor};
    use std::sync::OnceLock;

    fn names(text: &str) -> Vec<(String, Vec<String>)> {
        static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
        let extractor = EXTRACTOR.get_or_init(|| Extractor::builtin().unwrap());
        extractor
            .extract(&Document::from_text("t.txt", text))
            .entities
            .into_iter()
            .map(|e| (e.name, e.aliases))
            .collect()
    }

    fn entity<'a>(all: &'a [(String, Vec<String>)], name: &str) -> Option<&'a Vec<String>> {
        all.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }

    #[test]
    fn a_bracketed_short_form_is_an_alias() {
        let all = names("温州瓯江口高新区(瓯江口科技城)今年新引进企业20家。");
        let aliases = entity(&all, "温州瓯江口高新区").expect("the zone");
        assert!(aliases.contains(&"瓯江口科技城".to_owned()), "{all:?}");
        assert!(entity(&all, "瓯江口科技城").is_none(), "{all:?}");
        // A body named before on its own is no short form of the name it follows.
        let all = names(
            "依托澳门大学建设研发中心。其中中药质量研究国家重点实验室（澳门大学）横琴分部已运行。",
        );
        let lab = entity(&all, "中药质量研究国家重点实验室").expect("the laboratory");
        assert!(lab.is_empty(), "{all:?}");
        assert!(entity(&all, "澳门大学").is_some(), "{all:?}");
    }

    #[test]
    fn a_zone_without_the_place_its_known_short_form_opens_with_is_the_zone() {
        let all = names("内蒙古科技大学与包头稀土高新区共建学院。推动稀土高新区建设中试基地。");
        let aliases = entity(&all, "包头稀土国家高新技术产业开发区").expect("the zone");
        assert!(aliases.contains(&"稀土高新区".to_owned()), "{all:?}");
        assert!(entity(&all, "稀土高新区").is_none(), "{all:?}");
    }

    #[test]
    fn a_short_form_in_straight_quotes_is_an_alias() {
        let all = names(
            "湖北楚天先进材料实验室（以下简称\"楚天实验室\"）由武汉理工大学牵头建设。楚天实验室现有固定科研人员780人。",
        );
        let aliases = entity(&all, "湖北楚天先进材料实验室").expect("the laboratory");
        assert!(aliases.contains(&"楚天实验室".to_owned()), "{all:?}");
        assert!(entity(&all, "楚天实验室").is_none(), "{all:?}");
    }

    #[test]
    fn an_institute_without_its_parents_name_is_the_same_institute() {
        let all =
            names("新区与中国科学院海洋研究所签约。海洋研究所近年来承担国家重点研发计划课题12项。");
        let aliases = entity(&all, "中国科学院海洋研究所").expect("the institute");
        assert!(aliases.contains(&"海洋研究所".to_owned()), "{all:?}");
        assert!(entity(&all, "海洋研究所").is_none(), "{all:?}");
        // A kind stands for no institute of its own.
        let all = names("中国科学院研究院与某大学合作。研究院成立三年。");
        assert!(
            entity(&all, "中国科学院研究院").is_none_or(|a| a.is_empty()),
            "{all:?}"
        );
    }

    #[test]
    fn programs_around_one_quoted_name_are_one() {
        let all = names("全面完成“三服务一提升”专项行动。今年深化“三服务一提升”行动。");
        let aliases = entity(&all, "三服务一提升专项行动").expect("the program");
        assert!(aliases.contains(&"三服务一提升行动".to_owned()), "{all:?}");
    }

    #[test]
    fn an_abbreviated_zone_head_is_an_alias_of_the_full_one() {
        let all = names("批复设立台州黄岩高新技术产业园区。台州黄岩高新区集聚企业120家。");
        let aliases = entity(&all, "台州黄岩高新技术产业园区").expect("the zone");
        assert!(aliases.contains(&"台州黄岩高新区".to_owned()), "{all:?}");
        assert!(entity(&all, "台州黄岩高新区").is_none(), "{all:?}");
        // Alone, the abbreviated form stays as written.
        let all = names("台州黄岩高新区集聚企业120家。");
        assert!(entity(&all, "台州黄岩高新区").is_some(), "{all:?}");
    }

    #[test]
    fn a_zones_committee_written_short_is_the_committee() {
        let all = names("兰州高新技术产业开发区管委会发布通知。\n兰州高新区管委会负责组织实施。\n");
        let aliases = entity(&all, "兰州高新技术产业开发区管委会").expect("the committee");
        assert!(aliases.contains(&"兰州高新区管委会".to_owned()), "{all:?}");
        assert!(entity(&all, "兰州高新区管委会").is_none(), "{all:?}");
    }

    #[test]
    fn a_company_without_its_legal_form_is_the_company() {
        let all = names(
            "宁波大学与宁波港口集团签署协议。\n宁波大学与宁波港口集团有限责任公司共建研究院。\n",
        );
        let aliases = entity(&all, "宁波港口集团有限责任公司").expect("the company");
        assert!(aliases.contains(&"宁波港口集团".to_owned()), "{all:?}");
        assert!(entity(&all, "宁波港口集团").is_none(), "{all:?}");
    }

    #[test]
    fn an_institute_without_its_site_is_the_site_named_in_the_document() {
        let all = names(
            "支持深海装备与材料山东省实验室（烟台）建设。深海装备与材料山东省实验室与某大学合作。\n",
        );
        let site = entity(&all, "深海装备与材料山东省实验室（烟台）").expect("the site");
        assert!(
            site.contains(&"深海装备与材料山东省实验室".to_owned()),
            "{all:?}"
        );
        let two = names(
            "国家第三代半导体技术创新中心（苏州）与国家第三代半导体技术创新中心（深圳）合作。国家第三代半导体技术创新中心召开会议。\n",
        );
        assert!(
            entity(&two, "国家第三代半导体技术创新中心").is_some(),
            "{two:?}"
        );
    }

    #[test]
    fn a_short_form_given_in_brackets_is_an_alias() {
        let all = names(
            "市政府印发《关于支持科技园区高质量发展的若干措施》（以下简称《措施》）。《措施》提出，支持企业创新。",
        );
        let aliases = entity(&all, "关于支持科技园区高质量发展的若干措施").expect("the policy");
        assert!(aliases.contains(&"措施".to_owned()), "{all:?}");
        assert!(entity(&all, "措施").is_none(), "{all:?}");
        // A short form that begins with a place.
        let all = names(
            "先进能源科学与技术广东省实验室惠州分中心（以下简称“惠州能源实验室”）新增科研人员230人。",
        );
        assert!(
            entity(&all, "先进能源科学与技术广东省实验室惠州分中心").is_some(),
            "{all:?}"
        );
        assert!(entity(&all, "能源实验室").is_none(), "{all:?}");
    }

    #[test]
    fn an_institute_with_its_city_is_the_institute() {
        let all = names("上海张江实验室启动新项目\n张江实验室位于上海张江科学城。\n");
        let aliases = entity(&all, "张江实验室").expect("the laboratory");
        assert!(aliases.contains(&"上海张江实验室".to_owned()), "{all:?}");
        assert!(entity(&all, "上海张江实验室").is_none(), "{all:?}");
    }

    #[test]
    fn a_holding_company_is_its_group() {
        let all = names("海信集团控股股份有限公司牵头完成项目5项。海信集团新增专利。\n");
        let aliases = entity(&all, "海信集团控股股份有限公司").expect("the company");
        assert!(aliases.contains(&"海信集团".to_owned()), "{all:?}");
    }

    #[test]
    fn a_zone_after_its_province_and_after_its_city_is_one() {
        let all = names("海南崖州湾科技城打造种业创新高地\n\n三亚崖州湾科技城集聚企业820家。\n");
        let aliases = entity(&all, "三亚崖州湾科技城").expect("the zone");
        assert!(aliases.contains(&"海南崖州湾科技城".to_owned()), "{all:?}");
        // Named only in its bureau's name, it is still the one zone.
        let all = names(
            "海南崖州湾科技城打造种业创新高地\n\n记者从三亚崖州湾科技城管理局获悉，科技城集聚企业820家。\n",
        );
        let zones = (all.iter())
            .filter(|(name, _)| name.ends_with("科技城"))
            .count();
        assert_eq!(zones, 1, "{all:?}");
        // Two names of the rules after two places: the first written is the name.
        let all = names("海南某某湾科技城启动建设。三亚某某湾科技城集聚企业。\n");
        let aliases = entity(&all, "海南某某湾科技城").expect("the zone");
        assert!(aliases.contains(&"三亚某某湾科技城".to_owned()), "{all:?}");
        // A zone of one name after two places side by side is two zones.
        let all = names("支持杭州、嘉兴科创金融改革试验区建设。\n");
        assert!(entity(&all, "杭州科创金融改革试验区").is_some(), "{all:?}");
        assert!(entity(&all, "嘉兴科创金融改革试验区").is_some(), "{all:?}");
    }

    #[test]
    fn places_share_a_head_after_their_count() {
        let all = names("支持大同、运城两个省级高新区加快发展。\n");
        assert!(entity(&all, "大同省级高新区").is_some(), "{all:?}");
        let aliases = entity(&all, "运城省级高新区").expect("the zone");
        assert!(
            aliases.contains(&"运城两个省级高新区".to_owned()),
            "{all:?}"
        );
        let all = names("哈尔滨、大庆三地高新区新增企业100家。\n");
        assert!(
            entity(&all, "哈尔滨国家高新技术产业开发区").is_some(),
            "{all:?}"
        );
        assert!(
            entity(&all, "大庆国家高新技术产业开发区").is_some(),
            "{all:?}"
        );
        assert!(
            !all.iter().any(|(name, _)| name.contains("三地")),
            "{all:?}"
        );
    }

    #[test]
    fn places_share_the_head_of_a_zone_the_lexicon_knows() {
        let all = names("武汉、襄阳、宜昌国家高新区排名提升。\n");
        assert!(entity(&all, "武汉国家高新区").is_some(), "{all:?}");
        assert!(
            entity(&all, "襄阳国家高新技术产业开发区").is_some(),
            "{all:?}"
        );
        assert!(
            entity(&all, "宜昌国家高新技术产业开发区").is_some(),
            "{all:?}"
        );
        // A head that is a zone's own name is not shared.
        let all = names("支持北京、天津、河北雄安新区协同发展。\n");
        let aliases = entity(&all, "河北雄安新区").expect("the zone");
        assert!(aliases.is_empty(), "{all:?}");
        assert!(entity(&all, "天津雄安新区").is_none(), "{all:?}");
    }

    #[test]
    fn a_zone_with_its_place_is_the_zone() {
        let all = names("支持瑞安市飞云江科技城建设。飞云江科技城集聚企业。");
        let aliases = entity(&all, "飞云江科技城").expect("the zone");
        assert!(
            aliases.contains(&"瑞安市飞云江科技城".to_owned()),
            "{all:?}"
        );
        assert!(entity(&all, "瑞安市").is_some(), "the place stays: {all:?}");
    }

    #[test]
    fn a_policy_s_title_end_stands_for_it() {
        let all =
            names("审议通过了《四川省科技成果转化促进条例》。《条例》共七章，明确了各部门职责。");
        let aliases = entity(&all, "四川省科技成果转化促进条例").expect("the policy");
        assert!(aliases.contains(&"条例".to_owned()), "{all:?}");
        assert!(entity(&all, "条例").is_none(), "{all:?}");
    }
}
