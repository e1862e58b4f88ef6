//! Entity mentions: candidates from the gazetteer, agency short forms, self references
//! (我厅, 我省) and pattern rules; the longest non-overlapping ones win; each resolves to
//! a canonical name and type.

use super::context::Context;
use super::{EntityTable, Extractor, Mention, clean_name};
use crate::document::Document;
use crate::lexicon::GazetteerMatch;
use crate::model::EntityType;
use std::collections::BTreeMap;

/// What a candidate resolves to.
#[derive(Clone, Debug)]
enum Resolution {
    /// One of these lexicon entries.
    Lexicon(Vec<usize>),
    /// A name built here (agency template, rule match, issuer).
    Named {
        name: String,
        entity_type: EntityType,
        lexicon: Option<usize>,
    },
}

#[derive(Clone, Debug)]
struct Candidate {
    start: usize,
    end: usize,
    /// Source rank: lexicon 3, agency and self references 2, rules 1.
    rank: u8,
    priority: i32,
    resolution: Resolution,
}

/// Finds and resolves the entity mentions of the body; returns them in text order.
pub(crate) fn find(
    extractor: &Extractor,
    doc: &Document,
    context: &Context,
    gazetteer_matches: &[GazetteerMatch],
    table: &mut EntityTable,
) -> Vec<Mention> {
    let text = &doc.text;
    let mut candidates = Vec::new();
    for m in gazetteer_matches {
        candidates.push(Candidate {
            start: m.start,
            end: m.end,
            rank: 3,
            priority: 0,
            resolution: Resolution::Lexicon(m.entries.clone()),
        });
    }
    agency_candidates(
        extractor,
        context,
        text,
        doc.body_start,
        gazetteer_matches,
        &mut candidates,
    );
    self_reference_candidates(extractor, context, text, doc.body_start, &mut candidates);
    for sentence in &doc.sentences {
        rule_candidates(extractor, text, sentence.clone(), &mut candidates);
    }
    let selected = select(candidates);
    let mut mentions = Vec::with_capacity(selected.len());
    for c in selected {
        let Some((name, entity_type, lexicon)) = resolve(extractor, context, &c.resolution) else {
            continue;
        };
        let code = lexicon.and_then(|i| extractor.lexicon.get(i).code.clone());
        let entity = table.add(&name, entity_type, lexicon, code);
        let record = &mut table.entities[entity];
        record.mentions.push(c.start..c.end);
        let surface = clean_name(&text[c.start..c.end]);
        if surface != record.name {
            record.aliases.insert(surface);
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

/// Resolves a whole string (such as a publisher) to an entity name and type.
pub(crate) fn resolve_standalone(
    extractor: &Extractor,
    context: &Context,
    text: &str,
) -> Option<(String, EntityType)> {
    let text = text.trim();
    let gazetteer_matches = extractor.gazetteer.find_all(text);
    let mut candidates = Vec::new();
    for m in &gazetteer_matches {
        candidates.push(Candidate {
            start: m.start,
            end: m.end,
            rank: 3,
            priority: 0,
            resolution: Resolution::Lexicon(m.entries.clone()),
        });
    }
    agency_candidates(
        extractor,
        context,
        text,
        0,
        &gazetteer_matches,
        &mut candidates,
    );
    rule_candidates(extractor, text, 0..text.len(), &mut candidates);
    let whole = select(candidates)
        .into_iter()
        .find(|c| c.start == 0 && c.end == text.len())?;
    resolve(extractor, context, &whole.resolution).map(|(name, t, _)| (name, t))
}

fn agency_candidates(
    extractor: &Extractor,
    context: &Context,
    text: &str,
    from: usize,
    gazetteer_matches: &[GazetteerMatch],
    out: &mut Vec<Candidate>,
) {
    let lexicon = &extractor.lexicon;
    let place_ending_at: BTreeMap<usize, &GazetteerMatch> = gazetteer_matches
        .iter()
        .filter(|m| {
            m.entries
                .iter()
                .any(|&i| lexicon.get(i).entity_type == EntityType::AdministrativeRegion)
        })
        .map(|m| (m.end, m))
        .collect();
    for m in extractor.agency_forms.find_iter(&text[from..]) {
        let (start, end) = (from + m.start(), from + m.end());
        let rule = &extractor.rules.agencies[extractor.agency_patterns[m.pattern().as_usize()]];
        let before = text[..start].chars().next_back();
        let (place, span_start) = if let Some(place) = place_ending_at.get(&start) {
            let entries: Vec<usize> = place
                .entries
                .iter()
                .copied()
                .filter(|&i| lexicon.get(i).entity_type == EntityType::AdministrativeRegion)
                .collect();
            (choose_entry(extractor, context, &entries), place.start)
        } else if let Some(mark @ ('省' | '市')) = before {
            (
                context.place_for_level(&mark.to_string()),
                start - mark.len_utf8(),
            )
        } else if rule.bare {
            (context.place_for_level(&rule.level), start)
        } else {
            continue;
        };
        let Some(place) = place else { continue };
        let name = rule.full.replace("{place}", &lexicon.get(place).name);
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
                entity_type: rule.entity_type,
            },
        });
    }
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
    for (i, _) in text[from..].match_indices('我') {
        let start = from + i;
        let Some(next) = text[start + '我'.len_utf8()..].chars().next() else {
            continue;
        };
        let end = start + '我'.len_utf8() + next.len_utf8();
        let resolution = match next {
            '省' | '市' => context
                .place_for_level(&next.to_string())
                .filter(|&p| lexicon.get(p).name.ends_with(next))
                .map(|p| Resolution::Lexicon(vec![p])),
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

fn rule_candidates(
    extractor: &Extractor,
    text: &str,
    sentence: std::ops::Range<usize>,
    out: &mut Vec<Candidate>,
) {
    let slice = &text[sentence.clone()];
    for rule in &extractor.rules.entities {
        for caps in rule.pattern.captures_iter(slice) {
            let m = caps.name("name").unwrap_or_else(|| caps.get(0).unwrap());
            let (mut start, end) = (sentence.start + m.start(), sentence.start + m.end());
            if rule.trim_left {
                start = trim_left(extractor, text, start, end);
            }
            let name = clean_name(&text[start..end]);
            if name.chars().count() < rule.min_chars || extractor.generic.is_match(&name) {
                continue;
            }
            out.push(Candidate {
                start,
                end,
                rank: 1,
                priority: rule.priority,
                resolution: Resolution::Named {
                    name,
                    entity_type: rule.entity_type,
                    lexicon: None,
                },
            });
        }
    }
}

/// Moves `start` past the last stop word of `text[start..end]` (the caller then checks
/// that enough of the name is left).
fn trim_left(extractor: &Extractor, text: &str, start: usize, end: usize) -> usize {
    let name = &text[start..end];
    let mut cut = 0;
    for word in &extractor.rules.stop_words {
        if let Some(i) = name.rfind(word.as_str()) {
            let after = i + word.len();
            if after > cut && after < name.len() {
                cut = after;
            }
        }
    }
    start + cut
}

/// Longest first, then source rank, then priority, then leftmost; no overlaps.
fn select(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.rank.cmp(&a.rank))
            .then(b.priority.cmp(&a.priority))
            .then(a.start.cmp(&b.start))
    });
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut selected = Vec::new();
    for c in candidates {
        if c.start >= c.end {
            continue;
        }
        let overlaps_before = taken
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, &e)| e > c.start);
        if overlaps_before {
            continue;
        }
        taken.insert(c.start, c.end);
        selected.push(c);
    }
    selected.sort_by_key(|c| c.start);
    selected
}

/// Picks among same-form lexicon entries: the one in the document's province, then the
/// higher administrative level, then the first.
pub(crate) fn choose_entry(
    extractor: &Extractor,
    context: &Context,
    entries: &[usize],
) -> Option<usize> {
    let lexicon = &extractor.lexicon;
    let province_prefix = context
        .province
        .and_then(|p| lexicon.get(p).code.as_deref())
        .map(|c| c[..2.min(c.len())].to_owned());
    entries.iter().copied().min_by_key(|&i| {
        let e = lexicon.get(i);
        let in_province = match (&province_prefix, &e.code) {
            (Some(p), Some(code)) => code.starts_with(p.as_str()),
            _ => false,
        };
        (!in_province, e.admin_level().unwrap_or(0), i)
    })
}

fn resolve(
    extractor: &Extractor,
    context: &Context,
    resolution: &Resolution,
) -> Option<(String, EntityType, Option<usize>)> {
    match resolution {
        Resolution::Lexicon(entries) => {
            let i = choose_entry(extractor, context, entries)?;
            let e = extractor.lexicon.get(i);
            Some((e.name.clone(), e.entity_type, Some(i)))
        }
        Resolution::Named {
            name,
            entity_type,
            lexicon,
        } => {
            // A rule's name that the lexicon knows takes the lexicon's canonical name.
            let known = lexicon.or_else(|| {
                let m = extractor.gazetteer.find_all(name).into_iter().next()?;
                (m.start == 0 && m.end == name.len())
                    .then(|| choose_entry(extractor, context, &m.entries))
                    .flatten()
                    .filter(|&i| {
                        extractor.lexicon.get(i).entity_type.coarse() == entity_type.coarse()
                    })
            });
            match known {
                Some(i) => {
                    let e = extractor.lexicon.get(i);
                    Some((e.name.clone(), e.entity_type, Some(i)))
                }
                None => Some((name.clone(), *entity_type, None)),
            }
        }
    }
}
