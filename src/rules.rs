//! Pattern rules, read from TOML files: entity patterns, context-dependent agency short
//! forms, relation triggers and fact cues. The defaults in `data/rules/` are embedded;
//! `--rules FILE` adds a user's file in the same format (any of its tables).

use crate::error::{Error, Result};
use crate::model::{CoarseType, EntityType, Relation, Status};
use regex::Regex;
use serde::Deserialize;
use std::path::Path;

/// The rule files embedded as defaults: `(file name, contents)`.
pub const BUILTIN: [(&str, &str); 4] = [
    ("entities.toml", include_str!("../data/rules/entities.toml")),
    ("agencies.toml", include_str!("../data/rules/agencies.toml")),
    (
        "relations.toml",
        include_str!("../data/rules/relations.toml"),
    ),
    ("facts.toml", include_str!("../data/rules/facts.toml")),
];

/// A regular-expression rule that recognises entity names by their structure.
#[derive(Clone, Debug)]
pub struct EntityRule {
    /// The rule's name, for messages.
    pub name: String,
    /// The pattern; a group named `name` (if any) is the entity name, else the whole match.
    pub pattern: Regex,
    /// The pattern anchored at the end of the haystack, to find the match that ends at a
    /// known head word (searched backwards from it).
    pub pattern_at_end: Regex,
    /// Fine type of what it finds.
    pub entity_type: EntityType,
    /// Higher wins between overlapping candidates of the same length.
    pub priority: i32,
    /// Cut the match after the last stop word (verbs, function words, list marks).
    pub trim_left: bool,
    /// Shortest acceptable name, in characters.
    pub min_chars: usize,
    /// Keep a bracketed part closed inside the name when cutting it on the left
    /// (星河(宁波)科技有限公司, 国家大数据（贵州）综合试验区); by default for companies and
    /// universities.
    pub keep_brackets: bool,
    /// The name must open with a province, city or county the lexicon knows (湖北省技术创新
    /// 计划): for heads too common to name anything on their own.
    pub leading_place: bool,
    /// Words that may not follow the name: it is part of a longer word then (the 补 of
    /// 科技奖补资金 after 科技奖).
    pub not_before: Vec<String>,
}

/// A context-dependent short form of a government body or association (省科技厅, 市政府).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyRule {
    /// Surface forms without the level prefix (科技厅, 科学技术厅).
    pub forms: Vec<String>,
    /// Full name template; `{place}` is the canonical name of the resolved place.
    pub full: String,
    /// Fine type.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The level used when no place or level prefix is written: `province`, `city`,
    /// `county` or `issuer` (the document's own region).
    #[serde(default = "default_level")]
    pub level: String,
    /// Whether the bare form (no place or level prefix) is recognised at all.
    #[serde(default = "default_true")]
    pub bare: bool,
}

fn default_level() -> String {
    "issuer".to_owned()
}

fn default_true() -> bool {
    true
}

/// Where a relation rule finds its head or tail, relative to the trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The nearest fitting entity before the trigger in the clause, else the clause's
    /// subject carried from earlier clauses of the sentence.
    Left,
    /// The first fitting entity after the trigger in the clause.
    Right,
    /// Every fitting entity after the trigger up to the end of the list it starts.
    RightList,
    /// The fitting entity that the trigger's phrase qualifies: the one right after 的
    /// that follows the first entity after the trigger (位于X的Y: Y).
    Modified,
    /// The fitting entity that 在 names between the left side and the trigger, in the
    /// trigger's clause (某实验室在某高新区揭牌: 某高新区).
    At,
    /// The fitting entities that 由 names right before the trigger, listed with 和 or 、
    /// (某实验室由A和B共同建设: A and B).
    By,
    /// What a clause naming its agent with 由 is about: the entity right before 由, else the
    /// sentence's subject (某实验室由某大学牵头组建: 某实验室).
    Patient,
    /// For a tail: the other heads. The agents listed before the trigger act together
    /// (A、B联合印发…: A with B), when no fitting entity follows the trigger in its clause.
    Among,
    /// The document's issuer (我厅, the publisher).
    Issuer,
    /// The document's own region (我省, the province or city it is about).
    Region,
}

/// A relation rule: a trigger and where its head and tail are.
#[derive(Clone, Debug)]
pub struct RelationRule {
    /// The relation.
    pub relation: Relation,
    /// The trigger pattern.
    pub trigger: Regex,
    /// Where the head is.
    pub head: Side,
    /// Where the tail is.
    pub tail: Side,
    /// Allowed head types (coarse or fine names); empty = any.
    pub head_types: Vec<TypeFilter>,
    /// Allowed tail types; empty = any.
    pub tail_types: Vec<TypeFilter>,
    /// Most characters between trigger and tail.
    pub max_gap: usize,
    /// Who fills the head or tail when the text leaves it implicit (`issuer`: the
    /// document's issuer, the agent of a government document's first-person statements).
    pub implicit: Option<Side>,
    /// Words that, written right before a match of the trigger, make it none (组织 before
    /// 申报: who organises applications does not apply).
    pub not_after: Vec<String>,
    /// The word that names the agents of the `by` and `patient` sides (由 by default;
    /// 依托 names the host an institution is built on).
    pub marker: String,
}

/// A coarse or fine type in a rule's type list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeFilter {
    /// Any entity of this coarse type.
    Coarse(CoarseType),
    /// Entities of this fine type.
    Fine(EntityType),
}

impl TypeFilter {
    /// Whether an entity of fine type `t` passes.
    pub fn accepts(self, t: EntityType) -> bool {
        match self {
            Self::Coarse(c) => t.coarse() == c,
            Self::Fine(f) => t == f,
        }
    }

    fn parse(s: &str) -> std::result::Result<Self, String> {
        if let Some(c) = CoarseType::ALL.into_iter().find(|c| c.as_str() == s) {
            if !matches!(
                c,
                CoarseType::Facility
                    | CoarseType::Program
                    | CoarseType::Policy
                    | CoarseType::Person
            ) {
                return Ok(Self::Coarse(c));
            }
        }
        s.parse::<EntityType>().map(Self::Fine).or_else(|e| {
            CoarseType::ALL
                .into_iter()
                .find(|c| c.as_str() == s)
                .map(Self::Coarse)
                .ok_or(e)
        })
    }
}

/// Cues for facts: units, status words, indicator boundaries.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactCues {
    /// Units, longest first after loading (亿元 before 元).
    #[serde(default)]
    pub units: Vec<String>,
    /// Words that make a number a target (力争, 目标).
    #[serde(default)]
    pub target: Vec<String>,
    /// Words that make it expected (预计).
    #[serde(default)]
    pub expected: Vec<String>,
    /// Words that make a status word right before them part of a noun (科技计划项目): no
    /// cue there.
    #[serde(default)]
    pub status_nouns: Vec<String>,
    /// Nouns that end with a status word (人才计划 in 入选省级人才计划8人): no cue there.
    #[serde(default)]
    pub status_compounds: Vec<String>,
    /// Nouns that, written in its clause after 争取, make it a report of what was won
    /// (全年争取上级科技项目资金1860万元): no cue there.
    #[serde(default)]
    pub obtained: Vec<String>,
    /// Words between indicator and number (达, 超, 为 …), cut from the indicator.
    #[serde(default)]
    pub linkers: Vec<String>,
    /// Words that end an indicator on its left (支持, 实现 …).
    #[serde(default)]
    pub indicator_stops: Vec<String>,
    /// Section-heading words that make the numbers below them targets (工作思路, 计划).
    #[serde(default)]
    pub plan_headings: Vec<String>,
    /// Title endings of a plan (规划, 工作要点): its numbers without a year of their own,
    /// or of its year or later, are targets.
    #[serde(default)]
    pub plan_titles: Vec<String>,
    /// Title words of a year's review (工作总结): a title that reviews one year and plans a
    /// later one gives the text the first year until a paragraph opens with the later one.
    #[serde(default)]
    pub summary_titles: Vec<String>,
    /// Filler cut from the start of an indicator (目前, 已, 共有).
    #[serde(default)]
    pub indicator_prefixes: Vec<String>,
    /// Words inside which an indicator stop does not cut (研究与试验发展).
    #[serde(default)]
    pub indicator_words: Vec<String>,
    /// Words naming the document's own region as the subject (全省, 我市).
    #[serde(default)]
    pub own_region: Vec<String>,
    /// Indicator words of a government body's own accounts (部门预算, 编制): the body that
    /// opens the sentence is their subject, not the region it speaks for.
    #[serde(default)]
    pub own_accounts: Vec<String>,
    /// Labels of a list's line that name who carries out its item (承担单位：某大学): the
    /// unit named after one is the subject of the line's numbers.
    #[serde(default)]
    pub performer_labels: Vec<String>,
    /// Sentence openings after which a paragraph turns to plans (下步): earlier years of
    /// the paragraph no longer apply.
    #[serde(default)]
    pub future: Vec<String>,
    /// Sentence openings that turn a paragraph to the year before the document's (过去一年,
    /// 去年): its numbers without a year of their own are of that year.
    #[serde(default)]
    pub past_year: Vec<String>,
    /// Sentence openings of the present (截至目前, 目前): the sentence has the document's
    /// year, not its paragraph's.
    #[serde(default)]
    pub present: Vec<String>,
    /// Verbs after which a count counts the noun phrase that follows it (支持8所高校开展
    /// 试点: the indicator is 高校开展试点, not 支持).
    #[serde(default)]
    pub count_verbs: Vec<String>,
    /// Verbs after which a place tells where the things counted come from, not whose
    /// numbers they are (引进深圳企业187家 are the importer's).
    #[serde(default)]
    pub object_verbs: Vec<String>,
    /// Heads of names that, bare at the start of a clause (中心承担…, 该实验室…), refer to the
    /// last entity named with them: the subject of its numbers.
    #[serde(default)]
    pub referring_heads: Vec<String>,
    /// Verbs that write a rank without a scope word (苏州工业园区位列第4位): the number
    /// after 第 is a rank of the phrase before it.
    #[serde(default)]
    pub rank_verbs: Vec<String>,
}

/// Every rule of an extractor.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    /// Entity patterns.
    pub entities: Vec<EntityRule>,
    /// Words at which an entity name's left edge stops.
    pub stop_words: Vec<String>,
    /// Words inside which a stop word does not cut a name (规划建设, 二等奖).
    pub name_words: Vec<String>,
    /// Generic names that are never entities (全国重点实验室).
    pub generic: Vec<String>,
    /// Two-character words of running text (创新, 平台), sorted: a county's bare short
    /// form that shares a character with one of them (创新平台 holds 新平) is no mention.
    pub common_words: Vec<String>,
    /// Labels of a page's credit fields (来源, 信息来源, 责任编辑): the outlet or person a
    /// label names after its colon, up to white space, is no entity of the text.
    pub credit_labels: Vec<String>,
    /// Patterns removed from a name's left edge after the stop-word cut (14家, 第3个).
    pub left_strip: Vec<Regex>,
    /// Head words that distribute over a list (西湖、白马湖等省实验室), with their type.
    pub coordination: Vec<(String, EntityType)>,
    /// Patterns removed from a rule's name to make it canonical (第十四届 in
    /// 浙江省第十四届人民代表大会); the written form stays an alias.
    pub canonical_drop: Vec<Regex>,
    /// Agency short forms.
    pub agencies: Vec<AgencyRule>,
    /// Relation rules.
    pub relations: Vec<RelationRule>,
    /// Fact cues.
    pub facts: FactCues,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    entity: Vec<RawEntityRule>,
    #[serde(default)]
    stop_words: Vec<String>,
    #[serde(default)]
    name_words: Vec<String>,
    #[serde(default)]
    generic: Vec<String>,
    #[serde(default)]
    common_words: Vec<String>,
    #[serde(default)]
    credit_labels: Vec<String>,
    #[serde(default)]
    left_strip: Vec<toml::Spanned<String>>,
    #[serde(default)]
    coordination: std::collections::BTreeMap<String, toml::Spanned<String>>,
    #[serde(default)]
    canonical_drop: Vec<toml::Spanned<String>>,
    #[serde(default)]
    agency: Vec<AgencyRule>,
    #[serde(default)]
    relation: Vec<RawRelationRule>,
    #[serde(default)]
    facts: Option<FactCues>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntityRule {
    name: String,
    pattern: toml::Spanned<String>,
    #[serde(rename = "type")]
    entity_type: String,
    #[serde(default)]
    priority: i32,
    #[serde(default = "default_true")]
    trim_left: bool,
    #[serde(default = "default_min_chars")]
    min_chars: usize,
    keep_brackets: Option<bool>,
    #[serde(default)]
    leading_place: bool,
    #[serde(default)]
    not_before: Vec<String>,
}

fn default_min_chars() -> usize {
    2
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelationRule {
    relation: toml::Spanned<String>,
    trigger: toml::Spanned<String>,
    head: Side,
    tail: Side,
    #[serde(default)]
    head_types: Option<toml::Spanned<Vec<String>>>,
    #[serde(default)]
    tail_types: Option<toml::Spanned<Vec<String>>>,
    #[serde(default = "default_max_gap")]
    max_gap: usize,
    #[serde(default)]
    implicit: Option<Side>,
    #[serde(default)]
    not_after: Vec<String>,
    #[serde(default = "default_marker")]
    marker: String,
}

fn default_marker() -> String {
    "由".to_owned()
}

fn default_max_gap() -> usize {
    40
}

impl RuleSet {
    /// The embedded default rules.
    pub fn builtin() -> Self {
        let mut rules = Self::default();
        for (name, text) in BUILTIN {
            rules
                .add_toml(&format!("builtin:{name}"), text)
                .expect("embedded rules are valid (checked by tests)");
        }
        rules
    }

    /// Adds the rules of a TOML file.
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let text = crate::lexicon::read_utf8(path)?;
        self.add_toml(&path.display().to_string(), &text)
    }

    /// Adds the rules of TOML text; `origin` names it in errors.
    pub fn add_toml(&mut self, origin: &str, text: &str) -> Result<()> {
        let file: RuleFile = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(0);
            Error::data(origin, line, e.message().to_owned())
        })?;
        // The 1-based line of a value, from its span in the file.
        let line_of = |span: std::ops::Range<usize>| {
            text[..span.start.min(text.len())].matches('\n').count() + 1
        };
        for raw in file.entity {
            let line = line_of(raw.pattern.span());
            let pattern = Regex::new(raw.pattern.get_ref()).map_err(|e| {
                Error::data(
                    origin,
                    line,
                    format!("rule `{}`: invalid regex: {e}", raw.name),
                )
            })?;
            let pattern_at_end = Regex::new(&format!("(?:{})$", raw.pattern)).map_err(|e| {
                Error::data(
                    origin,
                    line,
                    format!("rule `{}`: invalid regex: {e}", raw.name),
                )
            })?;
            let entity_type = raw
                .entity_type
                .parse()
                .map_err(|e| Error::data(origin, line, format!("rule `{}`: {e}", raw.name)))?;
            self.entities.push(EntityRule {
                name: raw.name,
                pattern,
                pattern_at_end,
                entity_type,
                priority: raw.priority,
                trim_left: raw.trim_left,
                min_chars: raw.min_chars,
                keep_brackets: raw.keep_brackets.unwrap_or(matches!(
                    entity_type,
                    EntityType::Enterprise | EntityType::University
                )),
                leading_place: raw.leading_place,
                not_before: raw.not_before,
            });
        }
        self.stop_words.extend(file.stop_words);
        self.stop_words
            .sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        self.name_words.extend(file.name_words);
        self.generic.extend(file.generic);
        self.common_words.extend(file.common_words);
        self.common_words.sort();
        self.common_words.dedup();
        self.credit_labels.extend(file.credit_labels);
        for source in file.left_strip {
            let line = line_of(source.span());
            let source = source.into_inner();
            let regex = Regex::new(&source).map_err(|e| {
                Error::data(origin, line, format!("left_strip: invalid regex: {e}"))
            })?;
            self.left_strip.push(regex);
        }
        for source in file.canonical_drop {
            let line = line_of(source.span());
            let source = source.into_inner();
            let regex = Regex::new(&source).map_err(|e| {
                Error::data(origin, line, format!("canonical_drop: invalid regex: {e}"))
            })?;
            self.canonical_drop.push(regex);
        }
        for (head, type_name) in file.coordination {
            let line = line_of(type_name.span());
            let entity_type = type_name
                .into_inner()
                .parse()
                .map_err(|e| Error::data(origin, line, format!("coordination `{head}`: {e}")))?;
            self.coordination.retain(|(h, _)| *h != head);
            self.coordination.push((head, entity_type));
        }
        self.coordination
            .sort_by_key(|(h, _)| std::cmp::Reverse(h.chars().count()));
        self.agencies.extend(file.agency);
        for raw in file.relation {
            let name = raw.relation.get_ref().clone();
            let relation = raw.relation.get_ref().parse().map_err(|e: String| {
                Error::data(
                    origin,
                    line_of(raw.relation.span()),
                    format!("relation rule: {e}"),
                )
            })?;
            let line = line_of(raw.trigger.span());
            let trigger = Regex::new(raw.trigger.get_ref()).map_err(|e| {
                Error::data(
                    origin,
                    line,
                    format!("relation rule `{name}`: invalid trigger regex: {e}"),
                )
            })?;
            let types = |names: &Option<toml::Spanned<Vec<String>>>| -> Result<Vec<TypeFilter>> {
                let Some(names) = names else {
                    return Ok(Vec::new());
                };
                let line = line_of(names.span());
                names
                    .get_ref()
                    .iter()
                    .map(|n| {
                        TypeFilter::parse(n).map_err(|e| {
                            Error::data(origin, line, format!("relation rule `{name}`: {e}"))
                        })
                    })
                    .collect()
            };
            if raw.marker.is_empty() {
                return Err(Error::data(
                    origin,
                    line,
                    format!("relation rule `{name}`: the marker must not be empty"),
                ));
            }
            self.relations.push(RelationRule {
                relation,
                trigger,
                head: raw.head,
                tail: raw.tail,
                head_types: types(&raw.head_types)?,
                tail_types: types(&raw.tail_types)?,
                max_gap: raw.max_gap,
                implicit: raw.implicit,
                not_after: raw.not_after,
                marker: raw.marker,
            });
        }
        if let Some(facts) = file.facts {
            let cues = &mut self.facts;
            cues.units.extend(facts.units);
            cues.units
                .sort_by_key(|u| std::cmp::Reverse(u.chars().count()));
            cues.units.dedup();
            cues.target.extend(facts.target);
            cues.expected.extend(facts.expected);
            cues.status_nouns.extend(facts.status_nouns);
            cues.status_compounds.extend(facts.status_compounds);
            cues.obtained.extend(facts.obtained);
            cues.linkers.extend(facts.linkers);
            cues.linkers
                .sort_by_key(|u| std::cmp::Reverse(u.chars().count()));
            cues.indicator_stops.extend(facts.indicator_stops);
            cues.plan_headings.extend(facts.plan_headings);
            cues.summary_titles.extend(facts.summary_titles);
            cues.plan_titles.extend(facts.plan_titles);
            cues.indicator_prefixes.extend(facts.indicator_prefixes);
            cues.indicator_prefixes
                .sort_by_key(|u| std::cmp::Reverse(u.chars().count()));
            cues.indicator_words.extend(facts.indicator_words);
            cues.own_region.extend(facts.own_region);
            cues.own_accounts.extend(facts.own_accounts);
            cues.performer_labels.extend(facts.performer_labels);
            cues.future.extend(facts.future);
            cues.past_year.extend(facts.past_year);
            cues.present.extend(facts.present);
            cues.count_verbs.extend(facts.count_verbs);
            cues.object_verbs.extend(facts.object_verbs);
            cues.rank_verbs.extend(facts.rank_verbs);
            cues.referring_heads.extend(facts.referring_heads);
        }
        Ok(())
    }

    /// The status a cue word in `text` gives, if any.
    pub fn status_cue(&self, text: &str) -> Option<Status> {
        if self
            .facts
            .expected
            .iter()
            .any(|w| text.contains(w.as_str()))
        {
            Some(Status::Expected)
        } else if self.facts.target.iter().any(|w| text.contains(w.as_str())) {
            Some(Status::Target)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_load() {
        let rules = RuleSet::builtin();
        assert!(!rules.entities.is_empty());
        assert!(!rules.agencies.is_empty());
        assert!(!rules.relations.is_empty());
        assert!(!rules.facts.units.is_empty());
    }

    #[test]
    fn bad_rules_name_file_line_and_reason() {
        let mut rules = RuleSet::default();
        let err = rules
            .add_toml(
                "r.toml",
                "[[entity]]\nname = \"x\"\npattern = \"(\"\ntype = \"Program\"\n",
            )
            .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("r.toml:3: rule `x`: invalid regex"),
            "{err}"
        );
        let err = rules
            .add_toml(
                "r.toml",
                "[[entity]]\nname = \"x\"\npattern = \"a\"\ntype = \"Gadget\"\n",
            )
            .unwrap_err();
        assert!(
            err.to_string().contains("unknown entity type `Gadget`"),
            "{err}"
        );
        let err = rules
            .add_toml("r.toml", "[[entity]]\nname = 3\n")
            .unwrap_err();
        assert!(err.to_string().starts_with("r.toml:2:"), "{err}");
    }
}
