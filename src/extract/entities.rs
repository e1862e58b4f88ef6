//! Entity mentions: candidates from the gazetteer, agency short forms, self references
//! (我厅, 我省) and pattern rules; the longest non-overlapping ones win; each resolves to
//! a canonical name and type.

use super::context::Context;
use super::{EntityTable, Extractor, Mention, clean_name};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::lexicon::GazetteerMatch;
use crate::model::EntityType;
use crate::rules::{EntityRule, RuleSet};
use aho_corasick::{AhoCorasick, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor as LiteralExtractor};
use std::collections::BTreeMap;
use std::ops::Range;

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
    rule_candidates(extractor, text, &doc.sentences, &mut candidates);
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
    let whole = 0..text.len();
    rule_candidates(
        extractor,
        text,
        std::slice::from_ref(&whole),
        &mut candidates,
    );
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

/// Automata that make the rule stage fast: one Aho-Corasick pass over the literals every
/// match of a rule must end with (its head words, closing marks) tells which rules can
/// match in which sentence, so a rule's regex runs only where its head occurs; a second
/// automaton finds the stop words that cut a name's left edge.
#[derive(Clone, Debug)]
pub(crate) struct RulePrefilter {
    /// The rules' suffix literals.
    heads: AhoCorasick,
    /// For each literal of `heads`, the rules that require it.
    head_rules: Vec<Vec<usize>>,
    /// Rules without a usable literal: they run on every sentence.
    always: Vec<usize>,
    /// The stop words.
    stop_words: AhoCorasick,
}

impl RulePrefilter {
    /// Compiles the automata of a rule set.
    pub(crate) fn new(rules: &RuleSet) -> Result<Self> {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut head_rules: Vec<Vec<usize>> = Vec::new();
        let mut always = Vec::new();
        for (index, rule) in rules.entities.iter().enumerate() {
            match suffix_literals(rule.pattern.as_str()) {
                Some(rule_literals) => {
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
                None => always.push(index),
            }
        }
        let heads = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&literals)
            .map_err(|e| Error::data("rules: entity head words", 0, e.to_string()))?;
        let stop_words = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&rules.stop_words)
            .map_err(|e| Error::data("rules: stop words", 0, e.to_string()))?;
        Ok(Self {
            heads,
            head_rules,
            always,
            stop_words,
        })
    }

    /// Where rules may match: `(sentence, rule, end)` for every head word of the rule that
    /// ends at byte `end` inside the sentence, sorted and without duplicates.
    fn head_hits(&self, text: &str, sentences: &[Range<usize>]) -> Vec<(usize, usize, usize)> {
        let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
            return Vec::new();
        };
        let from = first.start;
        let mut hits = Vec::new();
        for m in self
            .heads
            .find_overlapping_iter(&text.as_bytes()[from..last.end])
        {
            let (start, end) = (from + m.start(), from + m.end());
            let s = sentences.partition_point(|r| r.end <= start);
            if s == sentences.len() || sentences[s].start > start || sentences[s].end < end {
                continue;
            }
            for &rule in &self.head_rules[m.pattern().as_usize()] {
                hits.push((s, rule, end));
            }
        }
        hits.sort_unstable();
        hits.dedup();
        hits
    }
}

/// The literals every match of `pattern` ends with, if there is a finite, non-empty set
/// of non-empty ones.
fn suffix_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let mut extractor = LiteralExtractor::new();
    extractor.kind(ExtractKind::Suffix);
    let seq = extractor.extract(&hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Candidates of the pattern rules. A rule with head words runs only where one of them
/// occurs: its end-anchored pattern searches backwards from the head for the match ending
/// there. Rules without head words run over every sentence.
fn rule_candidates(
    extractor: &Extractor,
    text: &str,
    sentences: &[Range<usize>],
    out: &mut Vec<Candidate>,
) {
    let prefilter = &extractor.entity_prefilter;
    let rules = &extractor.rules.entities;
    for (s, rule, end) in prefilter.head_hits(text, sentences) {
        let rule = &rules[rule];
        let from = sentences[s].start;
        if let Some(caps) = rule.pattern_at_end.captures(&text[from..end]) {
            push_rule_candidate(extractor, text, rule, from, &caps, out);
        }
    }
    for &rule in &prefilter.always {
        let rule = &rules[rule];
        for sentence in sentences {
            for caps in rule.pattern.captures_iter(&text[sentence.clone()]) {
                push_rule_candidate(extractor, text, rule, sentence.start, &caps, out);
            }
        }
    }
}

fn push_rule_candidate(
    extractor: &Extractor,
    text: &str,
    rule: &EntityRule,
    offset: usize,
    caps: &regex::Captures<'_>,
    out: &mut Vec<Candidate>,
) {
    let Some(m) = caps.name("name").or_else(|| caps.get(0)) else {
        return;
    };
    let (mut start, end) = (offset + m.start(), offset + m.end());
    if rule.trim_left {
        start = trim_left(extractor, text, start, end);
    }
    let name = clean_name(&text[start..end]);
    if name.chars().count() < rule.min_chars || extractor.generic.is_match(&name) {
        return;
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

/// Moves `start` past the last stop word that ends inside `text[start..end]` (the caller
/// then checks that enough of the name is left).
fn trim_left(extractor: &Extractor, text: &str, start: usize, end: usize) -> usize {
    let name = &text[start..end];
    let cut = extractor
        .entity_prefilter
        .stop_words
        .find_overlapping_iter(name)
        .map(|m| m.end())
        .filter(|&e| e < name.len())
        .max()
        .unwrap_or(0);
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
