//! Relations stated in sentences: each rule's trigger, the head and tail it points to
//! (nearest fitting entity on the left or the sentence subject, first on the right, a
//! list on the right, or the issuer).

use super::context::Context;
use super::{EntityTable, Extractor, FoundRelation, Mention};
use crate::document::Document;
use crate::model::EntityType;
use crate::rules::{RelationRule, Side, TypeFilter};

/// Clause separators within a sentence.
fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':')
}

/// What may stand between two items of a list.
fn is_list_separator(gap: &str) -> bool {
    let gap = gap.trim();
    gap.is_empty() || ["、", "和", "与", "及", "以及", ",", "，", "或"].contains(&gap)
}

/// Applies the relation rules to every sentence.
pub(crate) fn find(
    extractor: &Extractor,
    doc: &Document,
    context: &Context,
    mentions: &[Mention],
    table: &EntityTable,
    out: &mut Vec<FoundRelation>,
) {
    let text = &doc.text;
    let issuer = context
        .issuer
        .as_ref()
        .and_then(|(name, t)| table.find(name, t.coarse()));
    let mut first = 0;
    for sentence in &doc.sentences {
        while first < mentions.len() && mentions[first].start < sentence.start {
            first += 1;
        }
        let mut last = first;
        while last < mentions.len() && mentions[last].end <= sentence.end {
            last += 1;
        }
        let in_sentence = &mentions[first..last];
        if in_sentence.is_empty() {
            continue;
        }
        let slice = &text[sentence.clone()];
        for rule in &extractor.rules.relations {
            for trigger in rule.trigger.find_iter(slice) {
                let (t_start, t_end) = (
                    sentence.start + trigger.start(),
                    sentence.start + trigger.end(),
                );
                // A trigger inside an entity name is part of the name, not a trigger.
                if in_sentence
                    .iter()
                    .any(|m| m.start < t_end && t_start < m.end)
                {
                    continue;
                }
                let heads = side(
                    rule,
                    rule.head,
                    &rule.head_types,
                    text,
                    sentence.start,
                    t_start,
                    t_end,
                    in_sentence,
                    table,
                    issuer,
                );
                let tails = side(
                    rule,
                    rule.tail,
                    &rule.tail_types,
                    text,
                    sentence.start,
                    t_start,
                    t_end,
                    in_sentence,
                    table,
                    issuer,
                );
                for &head in &heads {
                    for &tail in &tails {
                        if head != tail {
                            out.push(FoundRelation {
                                head,
                                relation: rule.relation,
                                tail,
                                evidence: Some(sentence.clone()),
                            });
                        }
                    }
                }
            }
        }
    }
}

fn fits(types: &[TypeFilter], t: EntityType) -> bool {
    types.is_empty() || types.iter().any(|f| f.accepts(t))
}

#[allow(clippy::too_many_arguments)]
fn side(
    rule: &RelationRule,
    side: Side,
    types: &[TypeFilter],
    text: &str,
    sentence_start: usize,
    t_start: usize,
    t_end: usize,
    mentions: &[Mention],
    table: &EntityTable,
    issuer: Option<usize>,
) -> Vec<usize> {
    let type_of = |m: &Mention| table.entities[m.entity].entity_type;
    match side {
        Side::Issuer => issuer.into_iter().collect(),
        Side::Left => {
            let clause_start = text[sentence_start..t_start]
                .char_indices()
                .rev()
                .find(|(_, c)| is_clause_break(*c))
                .map_or(sentence_start, |(i, c)| sentence_start + i + c.len_utf8());
            let nearest = mentions
                .iter()
                .rev()
                .filter(|m| m.end <= t_start && m.start >= clause_start && fits(types, type_of(m)))
                .map(|m| m.entity)
                .next();
            let subject = || {
                mentions
                    .first()
                    .filter(|m| m.end <= t_start && fits(types, type_of(m)))
                    .map(|m| m.entity)
            };
            nearest.or_else(subject).into_iter().collect()
        }
        Side::Right | Side::RightList => {
            let mut found = Vec::new();
            let mut cursor = t_end;
            for m in mentions.iter().filter(|m| m.start >= t_end) {
                let gap = &text[cursor..m.start];
                let allowed_gap = if found.is_empty() {
                    gap.chars().count() <= rule.max_gap
                        && !gap.chars().any(|c| is_clause_break(c) || c == '。')
                } else {
                    is_list_separator(gap)
                };
                if !allowed_gap {
                    break;
                }
                if fits(types, type_of(m)) {
                    found.push(m.entity);
                    if side == Side::Right {
                        break;
                    }
                } else if !found.is_empty() {
                    break;
                }
                cursor = m.end;
            }
            found
        }
    }
}
