//! What names imply: the place a name embeds (locatedIn), the parent organization of a
//! sub-unit (subOrganizationOf), and the administrative hierarchy between the places
//! of a document (locatedIn the nearest ancestor that is an entity of the document).

use super::context::Context;
use super::{EntityTable, Extractor, FoundRelation};
use crate::lexicon::GazetteerMatch;
use crate::model::{CoarseType, EntityType, Relation};
use std::ops::Range;

/// Head words of organizations that can have sub-units, with the type they give.
const PARENT_HEADS: [(&str, EntityType); 21] = [
    ("人民代表大会", EntityType::GovernmentBody),
    ("人民政府", EntityType::GovernmentBody),
    // Party committees written short (中共浙江省委宣传部, 中共杭州市委人才工作领导小组).
    ("省委", EntityType::GovernmentBody),
    ("市委", EntityType::GovernmentBody),
    ("县委", EntityType::GovernmentBody),
    ("区委", EntityType::GovernmentBody),
    ("大学", EntityType::University),
    ("学院", EntityType::University),
    ("科学院", EntityType::ResearchInstitute),
    ("工程院", EntityType::ResearchInstitute),
    ("研究院", EntityType::ResearchInstitute),
    ("技术创新中心", EntityType::ResearchInstitute),
    // (A branch of a centre or laboratory: 某工程技术研究中心某地分中心, 某重点实验室某分室.)
    ("研究中心", EntityType::ResearchInstitute),
    ("实验室", EntityType::ResearchInstitute),
    ("集团", EntityType::Enterprise),
    ("公司", EntityType::Enterprise),
    ("交易所", EntityType::Enterprise),
    ("厅", EntityType::GovernmentBody),
    ("局", EntityType::GovernmentBody),
    ("委员会", EntityType::GovernmentBody),
    ("部", EntityType::GovernmentBody),
];

/// Words that a head word's last character makes with the character after it (部件, 部门,
/// 部分): the head word is no head there.
const WORDS_AFTER_A_HEAD: [[char; 2]; 4] = [['部', '件'], ['部', '门'], ['部', '分'], ['部', '署']];

/// Party committees written short (中共浙江省委): parents of their own committees too
/// (中共浙江省委全面深化改革委员会), unlike other bodies ending in 委员会.
const PARTY_COMMITTEE_HEADS: [&str; 4] = ["省委", "市委", "县委", "区委"];

/// The legal forms that end a company's full name: what they follow is the company itself,
/// not its parent.
pub(crate) const LEGAL_FORMS: [&str; 5] = [
    "控股股份有限公司",
    "控股有限公司",
    "股份有限公司",
    "有限责任公司",
    "有限公司",
];

/// The head words a place right before them locates: 长三角 in 浙江清华长三角研究院.
const INSTITUTION_HEADS: [&str; 10] = [
    "研究院",
    "创新研究院",
    "研究所",
    "实验室",
    "研究中心",
    "技术创新中心",
    "创新中心",
    "中心",
    "大学",
    "学院",
];

/// Head words of sub-units.
const SUB_UNIT_HEADS: [&str; 25] = [
    "常务委员会",
    "分公司",
    "分行",
    "分部",
    "分所",
    "领导小组",
    "宣传部",
    "组织部",
    "校区",
    "研究院",
    "研究所",
    "所",
    "中心",
    "处",
    "室",
    "科",
    "司",
    "分院",
    "学院",
    "实验室",
    "医院",
    "基地",
    "分中心",
    "办公厅",
    "研究生院",
];

/// Adds implied entities and the structural relations.
pub(crate) fn add_implied(
    extractor: &Extractor,
    context: &Context,
    table: &mut EntityTable,
    relations: &mut Vec<FoundRelation>,
) {
    let mut index = 0;
    while index < table.entities.len() {
        // What the steps below read of the entity, taken before they add entities.
        let record = &table.entities[index];
        let (entity_type, lexicon) = (record.entity_type, record.lexicon);
        let evidence = record.mentions.first().cloned();
        if entity_type == EntityType::Policy {
            add_policy_nesting(extractor, context, table, relations, index);
            add_named_in_title(extractor, context, table, index);
        }
        if entity_type == EntityType::Program && lexicon.is_none() {
            let name = &table.entities[index].name;
            let zones = super::entities::zones_named_in(extractor, context, name);
            add_zones(extractor, table, zones);
        }
        if entity_type.is_organization() {
            add_lexicon_parent(extractor, table, relations, index);
        }
        // An institution whose lexicon entry gives its place (中山大学 in 广州市, not 中山市)
        // is located by the hierarchy below, not by its name.
        let placed_by_lexicon = lexicon
            .filter(|_| !entity_type.is_place())
            .and_then(|i| extractor.lexicon.parent_index(i))
            .is_some_and(|p| extractor.lexicon.get(p).entity_type.is_place());
        if located_by_name(entity_type) && !placed_by_lexicon {
            // Where the name's own part starts (after its parent's name); an offset, as
            // the table grows below and names never change.
            let mut own_start = 0;
            if entity_type.coarse() == CoarseType::Organization {
                let name = table.entities[index].name.as_str();
                // (An institute's site, 某大学某研究院（衢州）, is the institute's unit.)
                let stem = if entity_type == EntityType::ResearchInstitute {
                    super::entities::without_bracketed_tail(name)
                } else {
                    name
                };
                let split = split_parent(extractor, context, table, stem)
                    .map(|(parent, t, l, rest)| (parent, t, l, stem.len() - rest.len()));
                if let Some((parent_name, parent_type, parent_lexicon, start)) = split {
                    let code = parent_lexicon.and_then(|i| extractor.lexicon.get(i).code.clone());
                    let parent = table.add(&parent_name, parent_type, parent_lexicon, code);
                    relations.push(FoundRelation {
                        head: index,
                        relation: Relation::SubOrganizationOf,
                        tail: parent,
                        evidence: evidence.clone(),
                    });
                    own_start = start;
                }
            }
            let own_part = &table.entities[index].name[own_start..];
            // 苏州—宿迁工业园区, 深圳—汕尾特别合作区: a park two cities pair up lies in the
            // one written after the dash, which hosts it.
            let own_part = match own_part.split_once('—') {
                Some((_, host)) if super::entities::leading_division(extractor, host).is_some() => {
                    host
                }
                _ => own_part,
            };
            // The name, else a surface form (深圳鹏城实验室 for 鹏城实验室), embeds a place.
            // (The aliases are read here: the steps above add none to this entity.)
            let after_parent = own_start > 0;
            // A body named after a zone (某大走廊规划建设领导小组) governs it from elsewhere,
            // but a zone's own administrative committee (某高新区管委会) sits in it.
            let in_zone = entity_type != EntityType::GovernmentBody
                || ZONE_COMMITTEES
                    .iter()
                    .any(|w| table.entities[index].name.ends_with(w));
            let (place, leading) = embedded_place(
                extractor,
                context,
                table,
                own_part,
                (lexicon, after_parent, in_zone, entity_type),
            );
            // A unit named with the word its parent's name opens with (中山医学院 of 中山
            // 大学) is named after what the parent is, not after a place.
            let name = &table.entities[index].name;
            let first_word = name.char_indices().nth(2).map(|(i, _)| &name[..i]);
            let repeats_parent = after_parent
                && leading.as_ref().is_some_and(|m| m.start == 0)
                && first_word.is_some_and(|word| own_part.starts_with(word));
            let place = place.filter(|_| !repeats_parent);
            let place = place.or_else(|| {
                (table.entities[index].aliases.iter())
                    .filter(|alias| alias.ends_with(own_part))
                    .find_map(|alias| {
                        let own = (lexicon, false, in_zone, entity_type);
                        embedded_place(extractor, context, table, alias, own).0
                    })
            });
            // A known zone that names the province of its city (吉林国家高新区, of 吉林市) is
            // in its city.
            let place = place.map(|place| {
                (lexicon.and_then(|i| extractor.lexicon.parent_index(i)))
                    .filter(|&p| extractor.lexicon.is_within(p, place))
                    .unwrap_or(place)
            });
            // 嘉兴南湖高新区: in the city, and in its district written after it.
            let district =
                place.and_then(|city| district_after_city(extractor, own_part, leading, city));
            // 长沙经济技术开发区管委会: a zone's committee names its zone, which the lexicon
            // may not know; the committee sits in it, and the zone where its name says.
            let in_known_zone =
                place.is_some_and(|p| extractor.lexicon.get(p).entity_type == EntityType::Zone);
            let committee_zone =
                (entity_type == EntityType::GovernmentBody && in_zone && !in_known_zone)
                    .then(|| committee_zone(extractor, context, table, index))
                    .flatten();
            if let Some(zone) = committee_zone {
                relations.push(FoundRelation {
                    head: index,
                    relation: Relation::LocatedIn,
                    tail: zone,
                    evidence: evidence.clone(),
                });
            }
            // (Else where its name says.)
            let places = place
                .into_iter()
                .chain(district)
                .filter(|_| committee_zone.is_none());
            for place in places {
                let p = zone_written_otherwise(extractor, table, place)
                    .unwrap_or_else(|| add_entry(extractor, table, place));
                if p != index {
                    relations.push(FoundRelation {
                        head: index,
                        relation: Relation::LocatedIn,
                        tail: p,
                        evidence: evidence.clone(),
                    });
                }
            }
        }
        index += 1;
    }
    // The hierarchy: lexicon parents up to the nearest one that is an entity here. An
    // entity already located (by its name, above) is left alone.
    let mut located = vec![false; table.entities.len()];
    for r in relations.iter() {
        if r.relation == Relation::LocatedIn {
            located[r.head] = true;
        }
    }
    for (index, record) in table.entities.iter().enumerate() {
        let Some(mut current) = record.lexicon else {
            continue;
        };
        if matches!(
            record.entity_type.coarse(),
            CoarseType::Policy | CoarseType::Program | CoarseType::Person
        ) {
            continue;
        }
        let is_place = record.entity_type.is_place();
        if located[index] {
            continue;
        }
        let evidence = record.mentions.first().cloned();
        let mut steps = 0;
        while let Some(parent) = extractor.lexicon.parent_index(current) {
            steps += 1;
            if steps > 8 {
                break;
            }
            let entry = extractor.lexicon.get(parent);
            let relation = if entry.entity_type.is_place() {
                Relation::LocatedIn
            } else if entry.entity_type.is_organization() && !is_place {
                Relation::SubOrganizationOf
            } else {
                break;
            };
            if let Some(p) = table.find(&entry.name, entry.entity_type.coarse()) {
                relations.push(FoundRelation {
                    head: index,
                    relation,
                    tail: p,
                    evidence,
                });
                break;
            }
            current = parent;
        }
    }
}

/// The zone that the administrative committee of index `index` is named after (长沙经济技术
/// 开发区 of 长沙经济技术开发区管委会), added to the table, if its name without the committee
/// word is a zone's.
fn committee_zone(
    extractor: &Extractor,
    context: &Context,
    table: &mut EntityTable,
    index: usize,
) -> Option<usize> {
    let name = &table.entities[index].name;
    let zone = ZONE_COMMITTEES.iter().find_map(|w| name.strip_suffix(w))?;
    let (zone, zone_type) = super::entities::resolve_standalone(extractor, context, zone)?;
    if zone_type != EntityType::Zone {
        return None;
    }
    let lexicon = extractor.lexicon.indices_by_name(&zone).next();
    let z = table.add(&zone, zone_type, lexicon, None);
    (z != index).then_some(z)
}

/// The words that end the name of a zone's administrative committee (某高新区管委会).
const ZONE_COMMITTEES: [&str; 3] = ["管委会", "管理委员会", "管理局"];

/// Whether a place embedded in a name of this type locates the entity: organizations,
/// zones and facilities sit where their names say; a region's name is its own (杭州湾);
/// policies, programs and awards named after a place (浙江省科学技术进步条例) are not
/// located anywhere by the guide's structural rules.
fn located_by_name(entity_type: EntityType) -> bool {
    matches!(
        entity_type.coarse(),
        CoarseType::Organization | CoarseType::Facility
    ) || entity_type == EntityType::Zone
}

/// Splits `浙江理工大学龙港研究院` into its parent `浙江理工大学` and the rest, where the
/// sub-unit's own place is looked for (the whole name when a place comes before the
/// parent: 泉州华中科技大学智能制造研究院).
fn split_parent<'a>(
    extractor: &Extractor,
    context: &Context,
    table: &EntityTable,
    name: &'a str,
) -> Option<(String, EntityType, Option<usize>, &'a str)> {
    // Every `rest` below ends where the name ends: it ends with a sub-unit head when the
    // name does and the rest is at least as long as the head.
    let shortest_head = (SUB_UNIT_HEADS.iter())
        .filter(|h| ends_with_head(name, h))
        .map(|h| h.len())
        .min();
    let committee = name.ends_with("委员会");
    // (A joint unit of two parties, 某实验室—某大学协同创新中心, has no one parent.)
    if shortest_head.is_none() && !committee || name.contains('—') {
        return None;
    }
    let bracketed = name.contains(['(', '（']);
    // The cuts after the third character, from the last one back.
    let cuts = name.chars().count().saturating_sub(3);
    for (rest_chars, (cut, _)) in (1..).zip(name.char_indices().rev().take(cuts)) {
        let (prefix, rest) = name.split_at(cut);
        // A party committee's own committees (中共浙江省委全面深化改革委员会) are its
        // sub-units; other committees are bodies of their own (中国共产党宁波市委员会).
        let party_committee = committee
            && rest.len() >= "委员会".len()
            && PARTY_COMMITTEE_HEADS
                .iter()
                .any(|h| ends_with_head(prefix, h));
        let sub_unit = shortest_head.is_some_and(|len| rest.len() >= len);
        // A cut inside brackets (陕西鼓风机（集团）有限公司) leaves no parent's name.
        let open =
            bracketed && prefix.matches(['(', '（']).count() > prefix.matches([')', '）']).count();
        if rest_chars < 2 || open || !(party_committee || sub_unit) {
            continue;
        }
        // 某集团有限责任公司 is the group itself, under its legal form: a known name before
        // the legal form is the company's own, and no shorter part of it is a parent.
        if LEGAL_FORMS.contains(&rest) || rest == "公司" {
            let known = table.find(prefix, CoarseType::Organization).is_some()
                || extractor.knows(prefix, EntityType::is_organization);
            if known {
                return None;
            }
            continue;
        }
        // 中国石油化工集团有限公司 is no company of 中国石油: a company whose name goes on
        // from a known short name without a place or a branch word is a company of its own.
        let own_company = || is_own_company(extractor, prefix, rest);
        // A known organization …
        if let Some(i) = table.find(prefix, CoarseType::Organization) {
            if own_company() {
                return None;
            }
            let record = &table.entities[i];
            return Some((
                record.name.clone(),
                record.entity_type,
                record.lexicon,
                rest,
            ));
        }
        if let Some(&i) = extractor.gazetteer.exact(prefix).and_then(|e| e.first()) {
            let e = extractor.lexicon.get(i);
            if e.entity_type.is_organization() {
                if own_company() {
                    return None;
                }
                return Some((e.name.clone(), e.entity_type, Some(i), rest));
            }
        }
        // … or a name with an organization head word (a short form takes its full name).
        // (Not a head word's character that makes a word with the next: 汽车部件, 零部件.)
        let runs_on = |head: &str| {
            let last = head.chars().next_back().unwrap_or_default();
            let next = rest.chars().next().unwrap_or_default();
            WORDS_AFTER_A_HEAD.contains(&[last, next])
        };
        // (A laboratory or centre before 与, 和, 及 or 的 is part of a longer name: 某厅实验室
        // 与平台基地处 is one division.)
        let joined = |h: &str| {
            matches!(h, "研究中心" | "实验室") && rest.starts_with(['的', '和', '与', '及'])
        };
        if let Some((_, t)) = (PARENT_HEADS.iter())
            .find(|(h, _)| ends_with_head(prefix, h))
            .filter(|(h, _)| !runs_on(h) && !joined(h))
        {
            // 泉州华中科技大学智能制造研究院: a known university after the city it works in;
            // the place is the sub-unit's, which the whole name is then read for.
            let own = super::entities::without_leading_place(extractor, prefix);
            let known = (own.len() < prefix.len())
                .then(|| extractor.gazetteer.exact(own))
                .flatten()
                .and_then(|entries| {
                    (entries.iter())
                        .find(|&&i| extractor.lexicon.get(i).entity_type.is_organization())
                });
            if let Some(&i) = known {
                let e = extractor.lexicon.get(i);
                return Some((e.name.clone(), e.entity_type, Some(i), name));
            }
            if let Some((full, full_type)) =
                super::entities::resolve_standalone(extractor, context, prefix)
                    .filter(|(_, t)| t.is_organization())
            {
                let lexicon = extractor.lexicon.indices_by_name(&full).next();
                return Some((full, full_type, lexicon, rest));
            }
            // (No unknown body's name joins two fields with 与: 植物化学与西部 + 植物资源持续利用
            // 国家重点实验室 is one laboratory's name.)
            // (Nor is a field before a known body's name one: 介观化学 + 教育部重点实验室 is
            // a laboratory named for its field and ministry.)
            if prefix.chars().count() >= 4
                && !rest.starts_with(['的', '和', '与'])
                && !prefix.contains('与')
                && !field_before_known_body(extractor, prefix)
            {
                return Some((prefix.to_owned(), *t, None, rest));
            }
        }
    }
    None
}

/// Whether `prefix` ends with the name of an organization the lexicon knows after words
/// that are no place (介观化学教育部): a field of study before a ministry, no body's name.
fn field_before_known_body(extractor: &Extractor, prefix: &str) -> bool {
    let own = super::entities::without_leading_place(extractor, prefix);
    (own.char_indices().skip(1)).any(|(at, _)| {
        let tail = &own[at..];
        tail.chars().count() >= 2 && extractor.knows(tail, EntityType::is_organization)
    })
}

/// Whether a company's name that goes on after `prefix` with `rest` is a company of its
/// own rather than a unit of `prefix`: `rest` ends as a company does (公司, 集团) but is no
/// branch (分公司) and names no place first (天津石化公司 is a unit of 中国石化), and
/// `prefix` is a short name without a head word (中国石油, not 横店集团).
fn is_own_company(extractor: &Extractor, prefix: &str, rest: &str) -> bool {
    (rest.ends_with("公司") || rest.ends_with("集团"))
        && !rest.ends_with("分公司")
        && !PARENT_HEADS.iter().any(|(h, _)| ends_with_head(prefix, h))
        && super::entities::without_leading_place(extractor, rest).len() == rest.len()
}

/// Whether `name` ends with the head word `head`. The last bytes are compared first: most
/// names end otherwise, and that one test is cheaper than comparing the whole head word.
fn ends_with_head(name: &str, head: &str) -> bool {
    name.as_bytes().last() == head.as_bytes().last() && name.ends_with(head)
}

/// The district or county of `city` that a name writes right after the city's name at its
/// start (嘉兴南湖高新技术产业园区, 宁波江北区…): its name or a lexicon alias, or its
/// two-character short form (南湖 for 南湖区) followed by more of the name. Only a division whose parent in the
/// lexicon is that city counts, so a word that merely looks like a district does not.
/// `leading` is the name's first gazetteer match if it starts the name (from
/// [`embedded_place`]): the city's name, when it is the administrative division the name
/// begins with (as [`super::entities::leading_division`] finds it).
fn district_after_city(
    extractor: &Extractor,
    name: &str,
    leading: Option<GazetteerMatch>,
    city: usize,
) -> Option<usize> {
    let lexicon = &extractor.lexicon;
    if lexicon.get(city).admin_level() != Some(2) {
        return None;
    }
    let is_division = |i: &usize| lexicon.get(*i).entity_type == EntityType::AdministrativeRegion;
    let city_end = leading
        .filter(|m| m.entries.iter().any(is_division) && m.entries.contains(&city))?
        .end;
    let rest = &name[city_end..];
    let in_city = |i: &usize| {
        lexicon.get(*i).admin_level() == Some(3) && lexicon.parent_index(*i) == Some(city)
    };
    if let Some(m) = extractor
        .gazetteer
        .find_iter(rest)
        .next()
        .filter(|m| m.start == 0)
    {
        if let Some(&district) = m.entries.iter().find(|i| in_city(i)) {
            return Some(district);
        }
    }
    // The first two characters, when more follow.
    let (short_end, _) = rest.char_indices().nth(2)?;
    let short = &rest[..short_end];
    let mut full = String::with_capacity(short.len() + "区".len());
    ["区", "县", "市"].iter().find_map(|suffix| {
        full.clear();
        full.push_str(short);
        full.push_str(suffix);
        lexicon.indices_by_name(&full).find(in_city)
    })
}

/// The place a name embeds: one it begins with (or the innermost of the places written
/// one inside the other from its start: 嘉兴市 for 浙江嘉兴南湖高新区), else the last one
/// inside it. County-level short forms count only when that county is already an entity
/// of the document; with `in_zone`, a zone it begins with counts too, unless the name is
/// the lexicon's own entry `own_lexicon`; a river or a mountain counts for some kinds of
/// entity `named` only. Also the first match of the gazetteer's search of
/// `part` if it starts `part` (the longest lexicon form `part` begins with; from the start
/// of `part` to the end of that innermost place's form), for [`district_after_city`].
fn embedded_place<'g>(
    extractor: &'g Extractor,
    context: &Context,
    table: &EntityTable,
    part: &str,
    (own_lexicon, after_parent, in_zone, named): (Option<usize>, bool, bool, EntityType),
) -> (Option<usize>, Option<GazetteerMatch<'g>>) {
    let lexicon = &extractor.lexicon;
    // The whole name is a lexicon entry (乌镇之光超算中心): look inside it. (Then it is the
    // first match of a search, and the only one; one hash lookup tells, not a search.)
    if let Some(entries) = extractor.gazetteer.exact(part) {
        let whole = GazetteerMatch {
            start: 0,
            end: part.len(),
            entries,
        };
        let inner = part.char_indices().next_back().and_then(|(last, _)| {
            let inner = &part[..last];
            (inner.chars().count() >= 2).then(|| {
                let own = (own_lexicon, after_parent, false, named);
                embedded_place(extractor, context, table, inner, own).0
            })?
        });
        return (inner, Some(whole));
    }
    let mut last = None;
    let mut places = Vec::new();
    let mut leading = None;
    let mut matches = extractor.gazetteer.find_iter(part).peekable();
    while let Some(m) = matches.next() {
        if m.start == 0 {
            leading = Some(m.clone());
        }
        let surface = &part[m.start..m.end];
        places.clear();
        places.extend(m.entries.iter().copied().filter(|&i| {
            let e = lexicon.get(i);
            matches!(
                e.entity_type,
                EntityType::AdministrativeRegion | EntityType::Region
            ) && Some(i) != own_lexicon
        }));
        // A name that begins with a zone (雄安新区中关村科技园) lies in the zone, but for a
        // corridor named after it (光谷科技创新大走廊), which reaches beyond it. (The
        // lexicon places its own entries.)
        let zone_first = places.is_empty() && m.start == 0 && m.end < part.len();
        if zone_first && in_zone && own_lexicon.is_none() && !part.ends_with("走廊") {
            places.extend(
                (m.entries.iter().copied())
                    .filter(|&i| lexicon.get(i).entity_type == EntityType::Zone),
            );
            if let Some(zone) = super::entities::choose_entry(extractor, context, &places) {
                return (Some(zone), None);
            }
        }
        let Some(place) = super::entities::choose_entry(extractor, context, &places) else {
            continue;
        };
        let e = lexicon.get(place);
        // A county's short form counts when the county is an entity of the document, or
        // when it begins the name in the document's province (诸暨高新区 in a Zhejiang
        // document: 诸暨市).
        if is_unknown_short_county(extractor, table, place, surface)
            && !(m.start == 0 && context.in_province(lexicon, place) == Some(true))
        {
            continue;
        }
        // A compass part of the country (华中 in 华中科技大学, 西南 in 西南大学) names an
        // institution, not where it is.
        let compass = e.entity_type == EntityType::Region
            && surface.chars().all(|c| "东西南北中华".contains(c));
        if compass {
            continue;
        }
        // A river or a mountain brands an institution or a facility named after it (湘江
        // 实验室, 中国科学院赣江创新研究院, 黄河水利委员会): it runs through or spans many
        // places, none of them said. A zone named after one lies there, and so do a
        // mountain area's own bodies (长白山管委会) and a branch a parent names after the
        // mountain it sits on (某大学莫干山研究院). (A locality the lexicon places in a
        // district, 张江, is no landmark.)
        let landmark = e.entity_type == EntityType::Region
            && named != EntityType::Zone
            && (lexicon.parent_index(place))
                .is_none_or(|p| lexicon.get(p).admin_level() != Some(3))
            && (surface.ends_with(['江', '河'])
                || (surface.ends_with(['山', '岭', '峰'])
                    && !after_parent
                    && named != EntityType::GovernmentBody));
        if landmark {
            continue;
        }
        // A region inside a name that a subject of study follows (南海 in 中国科学院南海
        // 海洋研究所) names the subject, not where the institution is; right before its
        // head (浙江清华长三角研究院) it is the place.
        // (A name cut short for a look inside it ends inside its head.)
        let subject_of_study = e.entity_type == EntityType::Region
            && (m.start > 0 || after_parent)
            && !(INSTITUTION_HEADS.iter()).any(|h| {
                let rest = part[m.end..].trim_start_matches(['国', '家', '省', '重', '点']);
                h.starts_with(rest)
            });
        if subject_of_study {
            continue;
        }
        // A county's short form that a landform word goes on (岳麓山, 钱塘江) names the
        // landform, not the county.
        let landform = surface != e.name
            && e.admin_level() == Some(3)
            && part[m.end..].starts_with(['山', '湖', '江', '河', '峰']);
        if landform {
            continue;
        }
        // The name begins with it: no later place counts, but for the divisions of it
        // written right after it (浙江嘉兴南湖高新区: 嘉兴市, in 浙江省).
        if m.start == 0 {
            let (mut place, mut end) = (place, m.end);
            while let Some(inner) = matches.next_if(|next| next.start == end) {
                let surface = &part[inner.start..inner.end];
                let division_of_place = |&&i: &&usize| {
                    lexicon.get(i).entity_type == EntityType::AdministrativeRegion
                        && lexicon.parent_index(i) == Some(place)
                        && !is_unknown_short_county(extractor, table, i, surface)
                };
                let Some(&division) = inner.entries.iter().find(division_of_place) else {
                    break;
                };
                (place, end) = (division, inner.end);
                leading = Some(GazetteerMatch { start: 0, ..inner });
            }
            return (Some(place), leading);
        }
        last = Some(place);
    }
    (last, leading)
}

/// Whether lexicon entry `entry`, written as `surface`, is a county-level division written
/// short (南湖 for 南湖区) that is not an entity of the document: a short form places a
/// name only when its county is one.
fn is_unknown_short_county(
    extractor: &Extractor,
    table: &EntityTable,
    entry: usize,
    surface: &str,
) -> bool {
    let e = extractor.lexicon.get(entry);
    e.admin_level().is_some_and(|l| l >= 3)
        && surface != e.name
        && table.find(&e.name, CoarseType::Place).is_none()
}

/// The known organizations, places and programs a policy's title names (《关于支持中国美术
/// 学院建设…的若干意见》 names 中国美术学院), and the zones the rules find in it, are entities
/// of the document too, implied by the title.
/// County-level short forms are left out: inside a title they are too often parts of words.
fn add_named_in_title(
    extractor: &Extractor,
    context: &Context,
    table: &mut EntityTable,
    index: usize,
) {
    // What the title names, read before the table grows.
    let name = &table.entities[index].name;
    let mut candidates = Vec::new();
    let mut named = Vec::new();
    for m in extractor.gazetteer.find_iter(name) {
        if m.start == 0 && m.end == name.len() {
            continue;
        }
        let surface = &name[m.start..m.end];
        candidates.clear();
        candidates.extend(m.entries.iter().copied().filter(|&i| {
            let e = extractor.lexicon.get(i);
            let short_county = e.admin_level().is_some_and(|l| l >= 3) && surface != e.name;
            (e.entity_type.is_organization()
                || e.entity_type.is_place()
                || e.entity_type == EntityType::Program)
                && !short_county
        }));
        named.extend(super::entities::choose_entry(
            extractor,
            context,
            &candidates,
        ));
    }
    let zones = super::entities::zones_named_in(extractor, context, name);
    for i in named {
        add_entry(extractor, table, i);
    }
    add_zones(extractor, table, zones);
}

/// Adds (or finds) lexicon entry `i` as an entity, as [`EntityTable::add`] with its name,
/// type and code does; the code is cloned only when the entity takes it.
fn add_entry(extractor: &Extractor, table: &mut EntityTable, i: usize) -> usize {
    let e = extractor.lexicon.get(i);
    let p = table.add(&e.name, e.entity_type, Some(i), None);
    let record = &mut table.entities[p];
    if record.code.is_none() {
        record.code.clone_from(&e.code);
    }
    p
}

/// The zone of the text that the known zone `entry` is, written after another place of
/// its province (海南崖州湾科技城 for 三亚崖州湾科技城, named in 三亚崖州湾科技城管理局).
fn zone_written_otherwise(
    extractor: &Extractor,
    table: &EntityTable,
    entry: usize,
) -> Option<usize> {
    let e = extractor.lexicon.get(entry);
    if e.entity_type != EntityType::Zone || table.find(&e.name, CoarseType::Place).is_some() {
        return None;
    }
    // The name without its place, and the place's entries.
    let own = |name: &str| {
        let rest = super::variants::without_place_prefix(extractor, name)?;
        let place = extractor
            .gazetteer
            .exact(&name[..name.len() - rest.len()])?;
        Some((rest.to_owned(), place))
    };
    let (own_name, _) = own(&e.name).filter(|(rest, _)| rest.chars().count() >= 4)?;
    (table.entities.iter()).position(|record| {
        record.entity_type == EntityType::Zone
            && own(&record.name).is_some_and(|(rest, places)| {
                rest == own_name && (places.iter()).any(|&p| extractor.lexicon.is_within(entry, p))
            })
    })
}

/// Adds the zones the rules recognise inside a policy's or a program's name
/// ([`super::entities::zones_named_in`]: 飞云江科技城发展规划 names 飞云江科技城, 某某示范区
/// 科技成果转化基金 its zone), unless they hold a known zone (the gazetteer finds that one).
fn add_zones(extractor: &Extractor, table: &mut EntityTable, zones: Vec<String>) {
    for zone in zones {
        let holds_known_zone = extractor.gazetteer.find_all(&zone).iter().any(|m| {
            m.entries
                .iter()
                .any(|&i| extractor.lexicon.get(i).entity_type == EntityType::Zone)
        });
        if holds_known_zone {
            continue;
        }
        if table.find(&zone, CoarseType::Place).is_none() {
            table.add(&zone, EntityType::Zone, None, None);
        }
    }
}

/// Where a notice's title (科技部关于印发《X》的通知) names the policy it issues: X, with
/// its title marks if it has them.
pub(crate) fn issued_in_notice(title: &str) -> Option<Range<usize>> {
    let rest = super::relations::find_about(title)? + "关于".len();
    let start = rest
        + ["印发", "发布", "转发", "下达"]
            .iter()
            .find(|verb| title[rest..].starts_with(*verb))?
            .len();
    let tail = ["的通知", "的通告", "的函"]
        .iter()
        .find(|tail| title[start..].ends_with(*tail))?;
    Some(start..title.len() - tail.len())
}

/// A notice that issues a policy names both and its issuer: 科技部关于印发《X》的通知
/// implies the policy X and the issuer 科学技术部, each document issuedBy it.
fn add_policy_nesting(
    extractor: &Extractor,
    context: &Context,
    table: &mut EntityTable,
    relations: &mut Vec<FoundRelation>,
    index: usize,
) {
    let record = &table.entities[index];
    let Some(about) = super::relations::find_about(&record.name) else {
        return;
    };
    let name = record.name.clone();
    let evidence = record.mentions.first().cloned();
    let issuer = &name[..about];
    let issuer_entity = super::entities::resolve_standalone(extractor, context, issuer)
        .filter(|(_, t)| t.is_organization())
        .map(|(n, t)| {
            // (A body merged under its full name keeps the title's form as an alias:
            // 苏州工业园区管委会.)
            let merged =
                (table.entities.iter()).position(|r| r.entity_type == t && r.aliases.contains(&n));
            if let Some(i) = merged {
                return i;
            }
            let lexicon = extractor
                .lexicon
                .indices_by_name(&n)
                .find(|&i| extractor.lexicon.get(i).entity_type == t);
            table.add(&n, t, lexicon, None)
        });
    if let Some(org) = issuer_entity {
        relations.push(FoundRelation {
            head: index,
            relation: Relation::IssuedBy,
            tail: org,
            evidence: evidence.clone(),
        });
    }
    // A list or a batch of projects the notice publishes (某某名单, 某某榜单, 某某项目), or
    // the funds or quotas it allocates (某某专项资金, 某某专项资金（第一批）), is no policy.
    let not_policy = [
        "名单", "榜单", "项目", "资金", "经费", "补助", "指标", "任务",
    ];
    let inner = issued_in_notice(&name)
        .map(|range| &name[range])
        .filter(|i| {
            let core = super::entities::without_bracketed_tail(i);
            !not_policy.iter().any(|w| core.ends_with(w))
        });
    if let Some(inner) = inner.filter(|i| i.chars().count() >= 4) {
        let policy = table.add(inner, EntityType::Policy, None, None);
        if let Some(org) = issuer_entity {
            relations.push(FoundRelation {
                head: policy,
                relation: Relation::IssuedBy,
                tail: org,
                evidence,
            });
        }
    }
}

/// An organization's lexicon parent whose distinctive part it carries in its name
/// (浙江清华长三角研究院 → 清华大学, 阿里巴巴达摩院 → 阿里巴巴) is implied by the name.
fn add_lexicon_parent(
    extractor: &Extractor,
    table: &mut EntityTable,
    relations: &mut Vec<FoundRelation>,
    index: usize,
) {
    let record = &table.entities[index];
    let Some(own) = record.lexicon else { return };
    let Some(parent) = extractor.lexicon.parent_index(own) else {
        return;
    };
    let entry = extractor.lexicon.get(parent);
    if !entry.entity_type.is_organization() {
        return;
    }
    let stem = PARENT_HEADS
        .iter()
        .find_map(|(h, _)| entry.name.strip_suffix(h))
        .unwrap_or(&entry.name);
    if stem.chars().count() < 2 || !record.name.contains(stem) {
        return;
    }
    let evidence = record.mentions.first().cloned();
    let p = add_entry(extractor, table, parent);
    if p != index {
        relations.push(FoundRelation {
            head: index,
            relation: Relation::SubOrganizationOf,
            tail: p,
            evidence,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::{Document, Extractor, Relation};

    fn relations(text: &str) -> Vec<(String, Relation, String)> {
        let extractor = Extractor::builtin().unwrap();
        let extraction = extractor.extract(&Document::from_text("t.txt", text));
        extraction
            .relations
            .into_iter()
            .map(|r| (r.head, r.relation, r.tail))
            .collect()
    }

    fn has(
        found: &[(String, Relation, String)],
        head: &str,
        relation: Relation,
        tail: &str,
    ) -> bool {
        found
            .iter()
            .any(|(h, r, t)| h == head && *r == relation && t == tail)
    }

    #[test]
    fn a_branch_of_a_centre_or_laboratory_is_its_unit_in_its_place() {
        let found = relations(
            "测试\n\n江西省材料工程技术研究中心萍乡分中心通过验收。化学工程国家重点实验室宁波分室投入运行。广东省科学技术厅实验室与平台基地处发布通知。\n",
        );
        let centre = "江西省材料工程技术研究中心萍乡分中心";
        assert!(
            has(
                &found,
                centre,
                Relation::SubOrganizationOf,
                "江西省材料工程技术研究中心"
            ),
            "{found:?}"
        );
        assert!(
            has(&found, centre, Relation::LocatedIn, "萍乡市"),
            "{found:?}"
        );
        assert!(
            has(
                &found,
                "化学工程国家重点实验室宁波分室",
                Relation::SubOrganizationOf,
                "化学工程国家重点实验室"
            ),
            "{found:?}"
        );
        assert!(
            has(
                &found,
                "广东省科学技术厅实验室与平台基地处",
                Relation::SubOrganizationOf,
                "广东省科学技术厅"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_zones_committee_implies_its_zone_and_sits_in_it() {
        let found = relations("测试\n\n嘉兴经济技术开发区管委会表示将支持企业建设创新中心。\n");
        let committee = "嘉兴经济技术开发区管委会";
        assert!(
            has(&found, committee, Relation::LocatedIn, "嘉兴经济技术开发区"),
            "{found:?}"
        );
        assert!(
            has(&found, "嘉兴经济技术开发区", Relation::LocatedIn, "嘉兴市"),
            "{found:?}"
        );
    }

    #[test]
    fn a_park_two_cities_pair_up_lies_in_the_second() {
        let found = relations("园区新闻\n\n苏州—宿迁工业园区新增企业80家。\n");
        assert!(
            has(&found, "苏州—宿迁工业园区", Relation::LocatedIn, "宿迁市"),
            "{found:?}"
        );
        assert!(
            !has(&found, "苏州—宿迁工业园区", Relation::LocatedIn, "苏州市"),
            "{found:?}"
        );
    }

    #[test]
    fn an_institution_the_lexicon_places_is_not_placed_by_its_name() {
        // 中山大学 is named after a person and lies in 广州市, not in 中山市.
        let found = relations("广州市支持中山大学、广州大学建设。");
        assert!(
            has(&found, "中山大学", Relation::LocatedIn, "广州市"),
            "{found:?}"
        );
        assert!(!found.iter().any(|(_, _, t)| t == "中山市"), "{found:?}");
        assert!(
            has(&found, "广州大学", Relation::LocatedIn, "广州市"),
            "{found:?}"
        );
    }

    #[test]
    fn a_district_written_after_the_city_locates_the_zone_too() {
        let found = relations("台州黄岩高新技术产业园区和嘉兴南湖高新技术产业园区加快建设。");
        for (zone, city, district) in [
            ("台州黄岩高新技术产业园区", "台州市", "黄岩区"),
            ("嘉兴南湖高新技术产业园区", "嘉兴市", "南湖区"),
        ] {
            assert!(has(&found, zone, Relation::LocatedIn, city), "{found:?}");
            assert!(
                has(&found, zone, Relation::LocatedIn, district),
                "{found:?}"
            );
            assert!(
                has(&found, district, Relation::LocatedIn, city),
                "{found:?}"
            );
        }
        // 城西 is no district of 杭州: only the city locates the corridor.
        let found = relations("杭州城西科创大走廊建设加快。");
        assert_eq!(
            found
                .iter()
                .filter(|(h, r, _)| h == "杭州城西科创大走廊" && *r == Relation::LocatedIn)
                .count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn an_institutes_branch_in_a_place_belongs_to_it_and_lies_there() {
        let found = relations("支持中国科学院软件研究所贵阳分部、怀柔实验室山西基地建设。");
        for (branch, parent, place) in [
            (
                "中国科学院软件研究所贵阳分部",
                "中国科学院软件研究所",
                "贵阳市",
            ),
            ("怀柔实验室山西基地", "怀柔实验室", "山西省"),
        ] {
            assert!(
                has(&found, branch, Relation::SubOrganizationOf, parent),
                "{found:?}"
            );
            assert!(has(&found, branch, Relation::LocatedIn, place), "{found:?}");
        }
        // A base that names no place is no branch.
        let found = relations("支持怀柔实验室中试基地建设。");
        assert!(
            !found.iter().any(|(h, ..)| h == "怀柔实验室中试基地"),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_that_begins_with_a_zone_lies_in_it_but_a_corridor_named_after_it_does_not() {
        let found = relations("加快建设雄安新区中关村科技园。推进光谷科技创新大走廊建设。");
        assert!(
            has(
                &found,
                "雄安新区中关村科技园",
                Relation::LocatedIn,
                "河北雄安新区"
            ),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(h, r, t)| h == "光谷科技创新大走廊"
                && *r == Relation::LocatedIn
                && t == "武汉东湖新技术开发区"),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_that_writes_a_province_then_its_city_is_in_the_city() {
        let found = relations("推进广东深圳光明科学城建设。");
        let zone = "广东深圳光明科学城";
        assert!(
            has(&found, zone, Relation::LocatedIn, "深圳市"),
            "{found:?}"
        );
        assert!(
            !has(&found, zone, Relation::LocatedIn, "广东省"),
            "{found:?}"
        );
    }

    #[test]
    fn a_countys_short_form_leading_a_name_places_it_in_the_documents_province() {
        let zone = "柯桥经济开发区";
        let found = relations("浙江省支持柯桥经济开发区发展。");
        assert!(
            has(&found, zone, Relation::LocatedIn, "柯桥区"),
            "{found:?}"
        );
        // In another province's document the short form may be a word of the name.
        let found = relations("江苏省支持柯桥经济开发区发展。");
        assert!(
            !has(&found, zone, Relation::LocatedIn, "柯桥区"),
            "{found:?}"
        );
    }

    #[test]
    fn a_government_s_general_office_is_its_sub_unit() {
        let found = relations("成都市人民政府办公厅印发通知。");
        assert!(
            has(
                &found,
                "成都市人民政府办公厅",
                Relation::SubOrganizationOf,
                "成都市人民政府"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_zones_administrative_committee_sits_in_the_zone() {
        let found = relations("苏州工业园区管理委员会发布政策。兰州高新区管委会召开会议。");
        assert!(
            has(
                &found,
                "苏州工业园区管理委员会",
                Relation::LocatedIn,
                "苏州工业园区"
            ),
            "{found:?}"
        );
        assert!(
            has(
                &found,
                "兰州高新区管委会",
                Relation::LocatedIn,
                "兰州国家高新技术产业开发区"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_party_committees_own_bodies_are_its_sub_units() {
        let found = relations(
            "中共杭州市委人才工作领导小组办公室印发通知。中共浙江省委全面深化改革委员会审议方案。中共福建省委组织部联合印发措施。",
        );
        for (body, committee) in [
            (
                "中共杭州市委人才工作领导小组办公室",
                "中国共产党杭州市委员会",
            ),
            ("中共浙江省委全面深化改革委员会", "中国共产党浙江省委员会"),
            ("中共福建省委组织部", "中国共产党福建省委员会"),
        ] {
            assert!(
                has(&found, body, Relation::SubOrganizationOf, committee),
                "{found:?}"
            );
        }
        // A committee of a place is no sub-unit of the party as a whole.
        let found = relations("中国共产党宁波市委员会召开全会。");
        assert!(
            !found
                .iter()
                .any(|(_, r, t)| *r == Relation::SubOrganizationOf && t == "中国共产党"),
            "{found:?}"
        );
    }

    #[test]
    fn a_known_zone_named_after_its_province_is_in_its_city() {
        let found = relations("加快吉林国家高新区建设。");
        let zone = "吉林国家高新技术产业开发区";
        assert!(
            has(&found, zone, Relation::LocatedIn, "吉林市"),
            "{found:?}"
        );
        assert!(
            !has(&found, zone, Relation::LocatedIn, "吉林省"),
            "{found:?}"
        );
    }

    #[test]
    fn a_known_university_after_a_city_is_the_parent() {
        let found = relations("认定泉州华中科技大学智能制造研究院为新型研发机构。");
        let institute = "泉州华中科技大学智能制造研究院";
        assert!(
            has(
                &found,
                institute,
                Relation::SubOrganizationOf,
                "华中科技大学"
            ),
            "{found:?}"
        );
        assert!(
            has(&found, institute, Relation::LocatedIn, "泉州市"),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(_, _, t)| t == "泉州华中科技大学"),
            "{found:?}"
        );
    }

    #[test]
    fn a_landform_named_after_a_county_does_not_place_an_institution() {
        let found = relations("湖南省人民政府批准组建岳麓山实验室。");
        assert!(
            !found
                .iter()
                .any(|(h, _, t)| h == "岳麓山实验室" && t == "岳麓区"),
            "{found:?}"
        );
    }

    #[test]
    fn a_river_or_mountain_brands_an_institution_but_places_a_zone_or_a_branch() {
        let found = relations(
            "2023年，中国科学院赣江创新研究院、湘江实验室、嵩山实验室全面运行，黄河水利委员会、浙江工业大学莫干山研究院、长白山管委会科技局、张江综合性国家科学中心参与。",
        );
        for (institution, landmark) in [
            ("中国科学院赣江创新研究院", "赣江"),
            ("湘江实验室", "湘江"),
            ("嵩山实验室", "嵩山"),
            ("黄河水利委员会", "黄河"),
        ] {
            assert!(
                !has(&found, institution, Relation::LocatedIn, landmark),
                "{found:?}"
            );
        }
        for (placed, place) in [
            ("浙江工业大学莫干山研究院", "莫干山"),
            ("长白山管委会科技局", "长白山"),
            ("张江综合性国家科学中心", "张江"),
        ] {
            assert!(has(&found, placed, Relation::LocatedIn, place), "{found:?}");
        }
    }

    #[test]
    fn a_bracket_inside_a_company_name_splits_no_parent() {
        let found = relations("依托陕西鼓风机（集团）有限公司组建队伍。");
        assert!(
            !found
                .iter()
                .any(|(_, r, _)| *r == Relation::SubOrganizationOf),
            "{found:?}"
        );
    }

    #[test]
    fn a_region_studied_is_not_where_an_institute_is() {
        let found = relations("中国科学院南海海洋研究所与长三角国家技术创新中心签约。");
        assert!(
            !has(
                &found,
                "中国科学院南海海洋研究所",
                Relation::LocatedIn,
                "南海"
            ),
            "{found:?}"
        );
        assert!(
            has(
                &found,
                "长三角国家技术创新中心",
                Relation::LocatedIn,
                "长江三角洲"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_branch_belongs_to_its_company() {
        let found = relations("贵州大学联合中国电信贵州分公司共同组建产业联盟。");
        assert!(
            has(
                &found,
                "中国电信贵州分公司",
                Relation::SubOrganizationOf,
                "中国电信集团有限公司"
            ),
            "{found:?}"
        );
        assert!(
            has(&found, "中国电信贵州分公司", Relation::LocatedIn, "贵州省"),
            "{found:?}"
        );
        let found = relations("省科技厅会同中国人民银行云南省分行设立基金。");
        assert!(
            has(
                &found,
                "中国人民银行云南省分行",
                Relation::SubOrganizationOf,
                "中国人民银行"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_campus_belongs_to_its_university() {
        let found = relations("温州大学茶山校区开展合作。");
        assert!(
            has(
                &found,
                "温州大学茶山校区",
                Relation::SubOrganizationOf,
                "温州大学"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn names_locate_organizations_but_not_policies() {
        let found = relations("支持宁波大学建设一流学科。贯彻《浙江省科学技术进步条例》。");
        assert!(
            has(&found, "宁波大学", Relation::LocatedIn, "宁波市"),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|(h, r, _)| h == "浙江省科学技术进步条例" && *r == Relation::LocatedIn),
            "{found:?}"
        );
    }

    #[test]
    fn a_company_making_parts_is_no_unit_of_a_ministry() {
        let x = Extractor::builtin().unwrap().extract(&Document::from_text(
            "t.txt",
            "标题\n\n研究院与台州环宇汽车部件股份有限公司签署协议。\n",
        ));
        assert!(
            !x.entities.iter().any(|e| e.name == "台州环宇汽车部"),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_unit_named_with_its_parents_first_word_is_not_placed_by_it() {
        let found = relations("平台由中山大学中山医学院联合运营。");
        assert!(
            has(
                &found,
                "中山大学中山医学院",
                Relation::SubOrganizationOf,
                "中山大学"
            ),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(_, _, tail)| tail == "中山市"),
            "{found:?}"
        );
    }

    #[test]
    fn a_joint_unit_of_two_parties_has_no_one_parent() {
        let found = relations("联合共建“嵩山实验室—郑州大学协同创新中心”，落户郑州。");
        assert!(
            !found
                .iter()
                .any(|(_, r, _)| *r == Relation::SubOrganizationOf),
            "{found:?}"
        );
    }

    #[test]
    fn sub_units_imply_their_parent_and_inner_place() {
        let found = relations("充分发挥浙江理工大学龙港研究院作用,龙港市加快发展。");
        assert!(
            has(
                &found,
                "浙江理工大学龙港研究院",
                Relation::SubOrganizationOf,
                "浙江理工大学"
            ),
            "{found:?}"
        );
        assert!(
            has(
                &found,
                "浙江理工大学龙港研究院",
                Relation::LocatedIn,
                "龙港市"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn a_company_going_on_from_a_short_name_is_its_own() {
        let found = relations(
            "天津大学与中国石油化工集团有限公司签约，中国石化天津石化公司、横店集团东磁股份有限公司、中国电子科技集团公司第五十四研究所参加。",
        );
        let sub = |head: &str, tail: &str| has(&found, head, Relation::SubOrganizationOf, tail);
        assert!(
            !sub("中国石油化工集团有限公司", "中国石油天然气集团有限公司"),
            "{found:?}"
        );
        assert!(sub("横店集团东磁股份有限公司", "横店集团控股有限公司"));
        assert!(sub(
            "中国电子科技集团公司第五十四研究所",
            "中国电子科技集团有限公司"
        ));
        assert!(!(found.iter()).any(|(head, _, _)| head == "中国电子科技集团公司"));
    }

    #[test]
    fn organizations_named_in_a_policy_title_are_entities() {
        let extractor = Extractor::builtin().unwrap();
        let doc = Document::from_text(
            "t.txt",
            "印发《关于支持中国美术学院建设世界一流大学的若干意见》。",
        );
        let extraction = extractor.extract(&doc);
        let university = extraction
            .entity("中国美术学院")
            .expect("implied by the title");
        assert!(university.mentions.is_empty());
    }

    #[test]
    fn joint_issuers_each_issue_the_policy() {
        let found =
            relations("根据《中共长沙市委、长沙市人民政府关于加快科技创新的意见》开展工作。");
        for issuer in ["中国共产党长沙市委员会", "长沙市人民政府"] {
            assert!(
                has(
                    &found,
                    "中共长沙市委、长沙市人民政府关于加快科技创新的意见",
                    Relation::IssuedBy,
                    issuer
                ),
                "{issuer}: {found:?}"
            );
        }
    }
}
