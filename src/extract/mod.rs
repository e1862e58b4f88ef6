//! Extraction: from a [`Document`] to its entities, relations and facts.
//!
//! The stages run in order over the document body, after one automaton pass that finds the
//! lexicon's forms, the entity rules' words, the relation triggers' words, the level marks
//! the context counts and the characters the fact rules look for
//! (`entities::scan_document`):
//! 1. [`context`] finds the document's region and issuer (for 省科技厅, 我厅, 我市);
//! 2. [`entities`] collects candidates (gazetteer, agency short forms, pattern rules),
//!    keeps the longest non-overlapping ones and resolves canonical names;
//! 3. [`structure`] adds what names imply (embedded places, parent organizations, the
//!    administrative hierarchy);
//! 4. [`relations`] applies the relation rules clause by clause;
//! 5. [`facts`] reads numbers with units, their indicators, subjects, years and status,
//!    and [`tables`] the numbers of tables, by row and column.
//!
//! A document's work in progress is a `Work`. The stages are cut into finer passes
//! (`PASSES`), and [`Extractor::extract_batch`] runs each pass over a batch of documents
//! before the next, which keeps each pass's code and tables warm in the processor.

mod chars;
mod context;
mod entities;
mod facts;
mod lists;
mod relations;
mod runs;
mod structure;
mod tables;
mod variants;

use crate::document::{CharOffsets, Document};
use crate::error::Result;
use crate::lexicon::{Gazetteer, GazetteerMatch, Lexicon};
use crate::model::{CoarseType, Entity, EntityType, Extraction, RelationMention, Span};
use crate::rules::RuleSet;
use crate::vocab;
use hashbrown::HashTable;
use regex::Regex;
use rustc_hash::{FxBuildHasher, FxHashSet};
use std::hash::BuildHasher;
use std::ops::Range;
use std::path::PathBuf;

/// The rule-based extractor: lexicons and rules compiled once, then applied to any
/// number of documents (it is `Sync`, so threads may share it).
#[derive(Debug)]
pub struct Extractor {
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    rules: RuleSet,
    /// Names that are generic categories (`generic` of the entity rules), whole names.
    generic: entities::Guarded,
    /// For each relation rule, whether its trigger is searched in the whole text at once
    /// (`relations::whole_text_triggers`).
    whole_text_triggers: Vec<bool>,
    /// The compiled fact rules (numbers with units, indicator stops, status words).
    fact_matchers: facts::FactMatchers,
    /// The document's one automaton pass: which entity rules can match where, and the
    /// words and characters the other stages look for.
    pub(crate) entity_prefilter: entities::RulePrefilter,
    /// The bare heads that refer to an institution named before, by first character.
    referring_heads: entities::ReferringHeads,
}

/// Builds an [`Extractor`] from the embedded defaults and a user's own files.
#[derive(Debug, Default)]
pub struct ExtractorBuilder {
    no_builtin: bool,
    lexicon_files: Vec<PathBuf>,
    rule_files: Vec<PathBuf>,
    lexicon_texts: Vec<(String, String)>,
    rule_texts: Vec<(String, String)>,
}

impl ExtractorBuilder {
    /// Leaves out the embedded lexicons and rules.
    pub fn without_builtin(mut self) -> Self {
        self.no_builtin = true;
        self
    }

    /// Adds a lexicon file (TSV).
    pub fn lexicon_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.lexicon_files.push(path.into());
        self
    }

    /// Adds a rule file (TOML).
    pub fn rule_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.rule_files.push(path.into());
        self
    }

    /// Adds lexicon text; `origin` names it in errors.
    pub fn lexicon_text(mut self, origin: impl Into<String>, text: impl Into<String>) -> Self {
        self.lexicon_texts.push((origin.into(), text.into()));
        self
    }

    /// Adds rule text; `origin` names it in errors.
    pub fn rule_text(mut self, origin: impl Into<String>, text: impl Into<String>) -> Self {
        self.rule_texts.push((origin.into(), text.into()));
        self
    }

    /// Loads everything and compiles the extractor.
    pub fn build(self) -> Result<Extractor> {
        let (mut lexicon, mut rules) = if self.no_builtin {
            (Lexicon::new(), RuleSet::default())
        } else {
            (Lexicon::builtin(), RuleSet::builtin())
        };
        for path in &self.lexicon_files {
            lexicon.add_file(path)?;
        }
        for (origin, text) in &self.lexicon_texts {
            lexicon.add_tsv(origin, text)?;
        }
        for path in &self.rule_files {
            rules.add_file(path)?;
        }
        for (origin, text) in &self.rule_texts {
            rules.add_toml(origin, text)?;
        }
        Extractor::new(lexicon, rules)
    }
}

impl Extractor {
    /// An extractor with the embedded lexicons and rules.
    pub fn builtin() -> Result<Self> {
        Self::builder().build()
    }

    /// A builder, to add a user's lexicon and rule files.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Compiles an extractor from a lexicon and a rule set.
    pub fn new(lexicon: Lexicon, rules: RuleSet) -> Result<Self> {
        let gazetteer = Gazetteer::new(&lexicon)?;
        let generic_source = if rules.generic.is_empty() {
            "^$".to_owned()
        } else {
            format!("^(?:{})$", rules.generic.join("|"))
        };
        let generic = Regex::new(&generic_source)
            .map(entities::Guarded::new)
            .map_err(|e| crate::Error::data("rules: generic", 0, format!("invalid regex: {e}")))?;
        let fact_matchers = facts::FactMatchers::new(&rules.facts);
        let entity_prefilter =
            entities::RulePrefilter::new(&rules, &gazetteer, fact_matchers.marked_chars())?;
        let whole_text_triggers = relations::whole_text_triggers(&rules.relations);
        let referring_heads = entities::ReferringHeads::new(&rules.facts.referring_heads);
        Ok(Self {
            referring_heads,
            whole_text_triggers,
            lexicon,
            gazetteer,
            rules,
            generic,
            fact_matchers,
            entity_prefilter,
        })
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The rules in use.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Whether the lexicon knows `name` (a name or alias, whole) as an entity of a type that
    /// `fits`.
    pub(crate) fn knows(&self, name: &str, fits: impl Fn(EntityType) -> bool) -> bool {
        (self.gazetteer.exact(name).into_iter().flatten())
            .any(|&i| fits(self.lexicon.get(i).entity_type))
    }

    /// Extracts entities, relations and facts from one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let mut extractions = self.extract_batch(std::slice::from_ref(doc));
        extractions.pop().expect("one extraction for each document")
    }

    /// Extracts many documents: the same as [`Extractor::extract`] on each, in order, but
    /// faster. Extraction is a series of passes (`PASSES`) and each pass runs over all
    /// the documents before the next one starts, so that its code, the branch history
    /// the processor learns of it, and the tables it reads (the automaton alone is about a
    /// megabyte) stay warm from one document to the next. One document at a time, the
    /// passes evict each other for every document; and the finer the passes, the better
    /// (cutting the four stages into the passes below made real text about 10% faster).
    ///
    /// About a megabyte of text is enough for that; [`crate::corpus`] extracts a corpus in
    /// batches of that size.
    pub fn extract_batch(&self, docs: &[Document]) -> Vec<Extraction> {
        let mut works: Vec<Work> = docs.iter().map(|doc| self.read(doc)).collect();
        for pass in PASSES {
            for work in &mut works {
                pass(self, work);
            }
        }
        works.into_iter().map(|work| self.output(work)).collect()
    }

    /// The document's one automaton pass over its title line and its body's sentences,
    /// which finds the lexicon's forms, the words of the entity rules, the relation
    /// triggers' words and the characters of numbers, years and ranks; and the index of
    /// its characters, while its text is in the cache.
    fn read<'a>(&'a self, doc: &'a Document) -> Work<'a> {
        let title_start = title_start(doc);
        let head = title_start.map(|start| {
            let line_start = doc.text[..start].rfind('\n').map_or(0, |i| i + 1);
            line_start..doc.body_start
        });
        let (sentences, scan) = entities::scan_document(self, doc, head);
        Work {
            doc,
            title_start,
            sentences,
            scan,
            offsets: CharOffsets::new(&doc.text),
            gazetteer_matches: Vec::new(),
            context: context::Context::default(),
            candidates: Vec::new(),
            table: EntityTable::default(),
            mentions: Vec::new(),
            relations: Vec::new(),
            tables: Vec::new(),
            years: facts::DocumentYears::default(),
            facts: Vec::new(),
            ranks: Vec::new(),
            relation_mentions: Vec::new(),
            fact_mentions: Vec::new(),
        }
    }

    /// The lexicon's matches, leftmost-longest, and the document's context.
    fn find_context<'a>(&'a self, work: &mut Work<'a>) {
        let mut forms = std::mem::take(&mut work.scan.forms);
        entities::drop_glued_place_forms(self, &work.doc.text, &mut forms);
        work.gazetteer_matches = self.gazetteer.leftmost_longest(forms);
        let (doc, levels) = (work.doc, &work.scan.levels);
        work.context = context::Context::detect(self, doc, &work.gazetteer_matches, levels);
    }

    /// The candidate mentions of the lexicon's forms, the agencies' short forms and the
    /// self references (我省, 我厅).
    fn find_lexicon_candidates<'a>(&'a self, work: &mut Work<'a>) {
        let (doc, context) = (work.doc, &work.context);
        work.candidates =
            entities::candidates(self, doc, context, &work.gazetteer_matches, &work.scan);
    }

    /// The candidate mentions of the entity rules.
    fn find_rule_candidates<'a>(&'a self, work: &mut Work<'a>) {
        let (text, sentences, scan) = (&work.doc.text, &work.sentences, &work.scan);
        entities::rule_candidates(self, text, sentences, scan, |_| true, &mut work.candidates);
    }

    /// The candidate mentions of coordinations (西湖、白马湖等省实验室), of companies
    /// given as examples (企业，如斯达半导、昱能科技等) and of quoted names before a special
    /// program's head (“智能传感器”“新材料”重点专项).
    fn find_coordination_candidates<'a>(&'a self, work: &mut Work<'a>) {
        let (text, sentences, scan) = (&work.doc.text, &work.sentences, &work.scan);
        entities::coordination_candidates(self, text, sentences, scan, &mut work.candidates);
        entities::example_enterprise_candidates(self, text, &mut work.candidates);
        entities::quoted_list_candidates(self, text, &mut work.candidates);
    }

    /// The candidates that no better one overlaps.
    fn select_candidates<'a>(&'a self, work: &mut Work<'a>) {
        let candidates = std::mem::take(&mut work.candidates);
        work.candidates = entities::select(self, &work.doc.text, candidates);
        entities::drop_parts_of_repeated_titles(&work.doc.text, &mut work.candidates);
        entities::add_short_company_names(self, &work.doc.text, &mut work.candidates);
        entities::add_declared_short_forms(&work.doc.text, &mut work.candidates);
        entities::drop_dateline_places(&work.doc.text, &mut work.candidates);
        entities::drop_credits(
            &work.doc.text,
            &self.rules.credit_labels,
            &mut work.candidates,
        );
        // The policy a notice's title issues is implied whole ([`structure`]); the parts
        // of it that rules find are not policies of their own.
        if let (Some(title), Some(start)) = (&work.doc.metadata.title, work.title_start) {
            if let Some(inner) = is_policy_title(title)
                .then(|| structure::issued_in_notice(title))
                .flatten()
            {
                let inner = start + inner.start..start + inner.end;
                entities::drop_parts_of_policy(&work.doc.text, inner, &mut work.candidates);
            }
        }
    }

    /// The entities and mentions of the selected candidates.
    fn resolve_candidates<'a>(&'a self, work: &mut Work<'a>) {
        let (doc, context) = (work.doc, &work.context);
        let selected = std::mem::take(&mut work.candidates);
        work.mentions = entities::resolve_candidates(self, doc, context, selected, &mut work.table);
    }

    /// The zones that places listed before a zone's name share its head with.
    fn add_places_sharing_a_head<'a>(&'a self, work: &mut Work<'a>) {
        let text = &work.doc.text;
        entities::add_places_sharing_a_head(self, text, &mut work.table, &work.mentions);
    }

    /// Mentions of the bare heads (公司, 该所) that open a sentence and refer to an
    /// institution named before.
    fn add_referring_mentions<'a>(&'a self, work: &mut Work<'a>) {
        entities::add_referring_mentions(self, work.doc, &work.table, &mut work.mentions);
    }

    /// The entities merged with their variants, then the document itself when its title
    /// names a policy, and its issuer.
    fn merge_entities<'a>(&'a self, work: &mut Work<'a>) {
        let doc = work.doc;
        let table = &mut work.table;
        variants::merge(self, &doc.text, table, &mut work.mentions);
        // A document whose title is a policy instrument (某部关于印发《某指引》的通知) is a
        // policy itself.
        if let (Some(title), Some(start)) = (&doc.metadata.title, work.title_start) {
            if is_policy_title(title) {
                let name = clean_name(without_editorial_note(title));
                let policy = table.add(&name, EntityType::Policy, None, None);
                table.entities[policy]
                    .mentions
                    .push(start..start + title.len());
            }
        }
        // The issuer named by the metadata (发布机构: 省科技厅) is an entity of the document,
        // with the metadata's form among its names.
        if let (Some((name, entity_type)), Some(publisher)) =
            (&work.context.issuer, &doc.metadata.publisher)
        {
            let lexicon = self
                .lexicon
                .indices_by_name(name)
                .find(|&i| self.lexicon.get(i).entity_type == *entity_type);
            let issuer = table.add(name, *entity_type, lexicon, None);
            let surface = clean_name(publisher);
            if surface != *name {
                table.entities[issuer].aliases.insert(surface);
            }
        }
    }

    /// The entities and relations the entities' names imply (a lab's parent, the place
    /// its name embeds).
    fn add_implied<'a>(&'a self, work: &mut Work<'a>) {
        structure::add_implied(self, &work.context, &mut work.table, &mut work.relations);
    }

    /// The relations the rules find (and the document's tables, which facts read too).
    fn find_relations<'a>(&'a self, work: &mut Work<'a>) {
        work.tables = tables::split(work.doc);
        relations::find(
            self,
            work.doc,
            &work.context,
            &work.mentions,
            &work.scan,
            &mut work.table,
            &mut work.relations,
        );
        tables::relations(
            work.doc,
            &work.tables,
            &work.mentions,
            &work.table,
            &mut work.relations,
        );
    }

    /// The years of the document's headings and date.
    fn find_years<'a>(&'a self, work: &mut Work<'a>) {
        work.years = facts::DocumentYears::find(self, work.doc);
    }

    /// The facts. A national document's numbers without a subject of their own are the
    /// country's ([`NATION`]): an entity without a mention, kept only if a fact is of it.
    fn find_facts<'a>(&'a self, work: &mut Work<'a>) {
        let nation = (work.context.national
            && work.context.region.is_none()
            && work.table.find(NATION, CoarseType::Place).is_none())
        .then(|| {
            let code = Some(NATION_CODE.to_owned());
            work.table
                .add(NATION, EntityType::AdministrativeRegion, None, code)
        });
        work.facts = facts::find(
            self,
            work.doc,
            &work.context,
            &work.mentions,
            &work.scan.marks,
            &work.table,
            &work.years,
            &work.tables,
            nation,
        );
        if let Some(nation) = nation {
            if !work.facts.iter().any(|f| f.subject == nation) {
                work.table.remove_last();
            }
        }
    }

    /// The relations and facts of the output: by name, sorted, with character offsets.
    fn assemble_relations_and_facts<'a>(&'a self, work: &mut Work<'a>) {
        let offsets = &work.offsets;
        let evidence = |range: &Option<Range<usize>>| range.clone().map(|r| offsets.span(r));
        let table = &work.table;
        work.ranks = name_ranks(table);
        let relations = std::mem::take(&mut work.relations);
        work.relation_mentions = assemble_relations(table, &work.ranks, relations, &evidence);
        work.fact_mentions = (std::mem::take(&mut work.facts).into_iter())
            .map(|f| crate::model::Fact {
                subject: table.entities[f.subject].name.clone(),
                indicator: f.indicator,
                value: f.value,
                unit: f.unit,
                year: f.year,
                status: f.status,
                evidence: evidence(&Some(f.evidence)),
            })
            .collect();
    }

    /// The extraction: its entities by name, sorted, with character offsets, and the
    /// relations and facts of [`Self::assemble_relations_and_facts`].
    fn output(&self, work: Work) -> Extraction {
        let Work {
            doc,
            offsets,
            context,
            table,
            ranks,
            relation_mentions,
            fact_mentions,
            ..
        } = work;
        let region = context
            .region
            .map(|i| self.lexicon.get(i).name.clone())
            .or_else(|| context.national.then(|| "中国".to_owned()));
        let entities = output_entities(table, &ranks, &offsets);
        Extraction {
            doc: doc.path.clone(),
            region,
            metadata: doc.metadata.clone(),
            entities,
            relations: relation_mentions,
            facts: fact_mentions,
        }
    }
}

/// The country, the own region of a national document (国科发…), and its division code.
const NATION: &str = "中国";
const NATION_CODE: &str = "100000";

/// A pass of [`Extractor::extract_batch`] over one document.
type Pass = for<'a> fn(&'a Extractor, &mut Work<'a>);

/// The passes between [`Extractor::read`] and [`Extractor::output`], in order: the
/// entity stage (the context, the candidates, their selection and resolution, the
/// merging of variants), the relation stage, the fact stage and the output's relations
/// and facts.
const PASSES: &[Pass] = &[
    Extractor::find_context,
    Extractor::find_lexicon_candidates,
    Extractor::find_rule_candidates,
    Extractor::find_coordination_candidates,
    Extractor::select_candidates,
    Extractor::resolve_candidates,
    Extractor::add_places_sharing_a_head,
    Extractor::merge_entities,
    Extractor::add_referring_mentions,
    Extractor::add_implied,
    Extractor::find_relations,
    Extractor::find_years,
    Extractor::find_facts,
    Extractor::assemble_relations_and_facts,
];

/// A document on its way through the passes of [`Extractor::extract_batch`]: what the
/// passes so far found in it.
struct Work<'a> {
    doc: &'a Document,
    /// Where the document's title begins, if the text holds it before the body.
    title_start: Option<usize>,
    /// The title line, if any, then the body's sentences.
    sentences: Vec<Range<usize>>,
    /// What the automaton pass found in them.
    scan: entities::Scan,
    /// The character offsets of the text.
    offsets: CharOffsets<'a>,
    /// The lexicon's forms among them, leftmost-longest.
    gazetteer_matches: Vec<GazetteerMatch<'a>>,
    /// The document's region and issuer.
    context: context::Context,
    /// The candidate mentions; after their selection, those kept, until they are resolved.
    candidates: Vec<entities::Candidate<'a>>,
    /// The entities (from the resolution on; later passes add implied ones).
    table: EntityTable,
    /// The entities' mentions, in text order.
    mentions: Vec<Mention>,
    /// The relations (from the implied ones on).
    relations: Vec<FoundRelation>,
    /// The document's tables (from the relation stage on).
    tables: Vec<tables::Table<'a>>,
    /// The years the document gives its sentences.
    years: facts::DocumentYears,
    /// The facts (from the fact stage on).
    facts: Vec<facts::FoundFact>,
    /// The rank of each entity's name among the table's ([`name_ranks`]).
    ranks: Vec<usize>,
    /// The relations of the output.
    relation_mentions: Vec<RelationMention>,
    /// The facts of the output.
    fact_mentions: Vec<crate::model::Fact>,
}

/// For each entity, the rank of its name among the names of the table (the same for the
/// same name): integers to sort by instead of names.
fn name_ranks(table: &EntityTable) -> Vec<usize> {
    let name = |i: usize| table.entities[i].name.as_str();
    // The first 16 bytes of a name as a number (zeros after a shorter name) order as the
    // names do, but for the names that share them.
    let head = |i: usize| {
        let mut bytes = [0; 16];
        let n = name(i).len().min(16);
        bytes[..n].copy_from_slice(&name(i).as_bytes()[..n]);
        u128::from_be_bytes(bytes)
    };
    let mut by_name: Vec<(u128, usize)> = (0..table.entities.len()).map(|i| (head(i), i)).collect();
    by_name.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| name(a.1).cmp(name(b.1))));
    let mut ranks = vec![0; by_name.len()];
    let mut rank = 0;
    for (k, &(_, i)) in by_name.iter().enumerate() {
        if k > 0 && name(by_name[k - 1].1) != name(i) {
            rank += 1;
        }
        ranks[i] = rank;
    }
    ranks
}

/// The entities of the output, sorted by coarse type and name (`ranks`, from
/// [`name_ranks`]), each with its IRI, its aliases and its mentions in character
/// offsets. (Kept out of line, as a stage of its own in profiles; it runs once per
/// document.)
#[inline(never)]
fn output_entities(table: EntityTable, ranks: &[usize], offsets: &CharOffsets) -> Vec<Entity> {
    // A coarse type and a name are one entity: the order is total. (The indices are
    // sorted, not the records, which are large.)
    let mut order: Vec<(CoarseType, usize, usize)> = (table.entities.iter().enumerate())
        .map(|(i, e)| (e.entity_type.coarse(), ranks[i], i))
        .collect();
    order.sort_unstable();
    let mut records: Vec<Option<EntityRecord>> = table.entities.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(_, _, i)| records[i].take())
        .map(|mut e| {
            // Byte ranges sort and compare as their spans do: the character offsets
            // grow with the byte offsets.
            e.mentions.sort_by_key(|r| r.start);
            e.mentions.dedup();
            let mentions: Vec<Span> = e.mentions.iter().map(|r| offsets.span(r.clone())).collect();
            Entity {
                iri: vocab::entity_iri(e.entity_type, &e.name),
                aliases: {
                    let mut aliases = e.aliases.into_vec();
                    aliases.retain(|a| *a != e.name);
                    aliases
                },
                name: e.name,
                entity_type: e.entity_type,
                code: e.code,
                mentions,
            }
        })
        .collect()
}

/// The relations of the output: named by their entities' names, sorted, without
/// relations of an entity to itself and without repeats (a symmetric relation counts
/// once for both directions); the first in sorted order stays. They are sorted and
/// sifted on the ranks of the names (`ranks`, from [`name_ranks`]) and on byte ranges,
/// which order as the names and the evidence spans do, so that only the relations kept
/// get their names and evidence text.
#[inline(never)]
fn assemble_relations(
    table: &EntityTable,
    ranks: &[usize],
    mut found: Vec<FoundRelation>,
    evidence: &impl Fn(&Option<Range<usize>>) -> Option<Span>,
) -> Vec<RelationMention> {
    let key = |r: &FoundRelation| {
        let range = r.evidence.as_ref().map(|r| (r.start, r.end));
        (ranks[r.head], r.relation, ranks[r.tail], range)
    };
    found.sort_unstable_by_key(key);
    // The repeats of a relation follow each other, but for the other direction of a
    // symmetric one.
    let mut last = None;
    let mut symmetric = FxHashSet::default();
    found.retain(|r| {
        let (head, relation, tail) = (ranks[r.head], r.relation, ranks[r.tail]);
        let first = last != Some((head, relation, tail));
        last = Some((head, relation, tail));
        let new = if relation.is_symmetric() {
            symmetric.insert((relation, head.min(tail), head.max(tail)))
        } else {
            first
        };
        head != tail && new
    });
    let name = |i: usize| table.entities[i].name.clone();
    found
        .into_iter()
        .map(|r| RelationMention {
            head: name(r.head),
            relation: r.relation,
            tail: name(r.tail),
            evidence: evidence(&r.evidence),
        })
        .collect()
}

/// Where the title is written in the document's head, if it is (and the head, from the
/// title's line to the body — title, issuing body, number, date — is short): the head is
/// scanned for entities too.
pub(crate) fn title_start(doc: &Document) -> Option<usize> {
    let title = doc.metadata.title.as_deref()?;
    let start = chars::rfind_word(&doc.text[..doc.body_start], title)?;
    (doc.body_start - start <= 4096).then_some(start)
}

/// The entity the document's title opens with, after a column's tag (【年度盘点】某大学…),
/// unless it is one of a list or a group (某实验室、某中心入选…, 某实验室群): whom an
/// institution's own report or news is about.
pub(crate) fn title_entity(doc: &Document, mentions: &[Mention]) -> Option<usize> {
    let start = title_start(doc)?;
    let tag = (doc.text[start..].strip_prefix('【'))
        .and_then(|t| t.find('】'))
        .map_or(0, |end| '【'.len_utf8() + end + '】'.len_utf8());
    (mentions.iter())
        .find(|m| m.start == start + tag)
        .filter(|m| !doc.text[m.end..].starts_with(['、', '与', '和', '及', '群']))
        .map(|m| m.entity)
}

/// Editorial notes after a title (某规划（节选）): what the page shows of the document, no
/// part of its name.
const EDITORIAL_NOTES: [&str; 5] = ["节选", "摘要", "摘编", "全文", "简本"];

/// A title without the editorial note at its end, in brackets or after the title's closing
/// mark (《某规划》节选), if it has one.
pub(crate) fn without_editorial_note(title: &str) -> &str {
    let title = title.trim();
    let after_mark = EDITORIAL_NOTES.iter().find_map(|note| {
        let rest = title
            .strip_suffix(note)?
            .trim_end_matches(['—', '-', ' ', '　']);
        rest.ends_with('》').then_some(rest)
    });
    after_mark
        .unwrap_or_else(|| without_bracketed_end(title, |note| EDITORIAL_NOTES.contains(&note)))
}

/// `title` without the part in brackets that closes it, when `is_end` accepts what the
/// brackets hold (某规划（节选）, 某方案（2025—2027年）).
pub(crate) fn without_bracketed_end(title: &str, is_end: impl Fn(&str) -> bool) -> &str {
    let Some(inner) = title.trim_end().strip_suffix(['）', ')']) else {
        return title;
    };
    match inner.rfind(['（', '(']) {
        Some(open) if is_end(inner[open..].trim_start_matches(['（', '('])) => {
            inner[..open].trim_end()
        }
        _ => title,
    }
}

/// Whether a title names a policy instrument: a notice, decision or opinion (关于…的通知),
/// or a regulation, measure, plan or programme by its head word.
fn is_policy_title(title: &str) -> bool {
    let title = title.trim();
    let core = title
        .strip_suffix(')')
        .or_else(|| title.strip_suffix('）'))
        .and_then(|t| t.rfind(['(', '（']).map(|i| &t[..i]))
        .unwrap_or(title);
    let notice = title.contains("关于")
        && [
            "的通知",
            "的决定",
            "的意见",
            "的实施意见",
            "的若干意见",
            "的若干措施",
            "的若干政策",
            "的批复",
            "的通告",
            "的公告",
        ]
        .iter()
        .any(|tail| core.ends_with(tail));
    let instrument = !title.starts_with("关于")
        && [
            "条例",
            "办法",
            "实施细则",
            "规定",
            "规划",
            "实施方案",
            "行动方案",
            "行动计划",
            "工作方案",
            "若干措施",
            "若干政策",
            "若干意见",
            "实施意见",
            "指导意见",
        ]
        .iter()
        .any(|tail| core.ends_with(tail));
    (notice || instrument) && title.chars().count() >= 6 && !title.contains(['。', '?', '？'])
}

/// Strips quotation and book-title marks and white space from a surface form.
pub(crate) fn clean_name(s: &str) -> String {
    cleaned(s).into_owned()
}

/// [`clean_name`], borrowing the surface form when there is nothing to strip.
pub(crate) fn cleaned(s: &str) -> std::borrow::Cow<'_, str> {
    let bytes = s.as_bytes();
    let Some(first) = bytes.iter().position(|&b| MAY_BE_STRIPPED[usize::from(b)]) else {
        return std::borrow::Cow::Borrowed(s);
    };
    // The text between stripped characters is copied in runs; only the characters that
    // begin with a byte of `MAY_BE_STRIPPED` are decoded and looked at.
    let mut kept = String::new();
    let (mut copied_to, mut at) = (0, first);
    while at < bytes.len() {
        if !MAY_BE_STRIPPED[usize::from(bytes[at])] {
            at += 1;
            continue;
        }
        let c = s[at..].chars().next().expect("a character begins here");
        if is_stripped(c) {
            if kept.capacity() == 0 {
                kept.reserve(s.len());
            }
            kept.push_str(&s[copied_to..at]);
            copied_to = at + c.len_utf8();
        }
        at += c.len_utf8();
    }
    if copied_to == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    kept.push_str(&s[copied_to..]);
    std::borrow::Cow::Owned(kept)
}

/// The bytes a character [`is_stripped`] may begin with: ASCII spaces and quotes, and the
/// lead bytes of U+0085…U+3000 (quotation marks, spaces); Han characters begin with E4–E9.
static MAY_BE_STRIPPED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(
            b as u8,
            b'\t'..=b'\r' | b'\x1c'..=b' ' | b'"' | b'\'' | 0xC2 | 0xE1 | 0xE2 | 0xE3
        );
        b += 1;
    }
    table
};

/// Whether [`clean_name`] strips `c`: a quotation or book-title mark, or white space.
fn is_stripped(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '"' | '《' | '》' | '「' | '」' | '‘' | '’' | '\''
    ) || c.is_whitespace()
}

/// An entity being collected for one document.
#[derive(Clone, Debug)]
pub(crate) struct EntityRecord {
    pub name: String,
    pub entity_type: EntityType,
    pub aliases: Names,
    pub code: Option<String>,
    pub mentions: Vec<Range<usize>>,
    /// The lexicon entry it resolved to, if any.
    pub lexicon: Option<usize>,
}

/// A set of names, kept sorted in a vector: an entity has few aliases, and a vector
/// allocates less than a tree and moves into the output as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Names(Vec<String>);

impl Names {
    /// Where `name` is, or would be inserted.
    fn search(&self, name: &str) -> std::result::Result<usize, usize> {
        self.0.binary_search_by(|n| n.as_str().cmp(name))
    }

    /// Whether the set holds `name`.
    pub fn contains(&self, name: &str) -> bool {
        self.search(name).is_ok()
    }

    /// Adds `name` unless the set holds it.
    pub fn insert(&mut self, name: String) {
        if let Err(at) = self.search(&name) {
            self.0.insert(at, name);
        }
    }

    /// Moves the names of `other` into the set, leaving `other` empty.
    pub fn append(&mut self, other: &mut Names) {
        for name in other.0.drain(..) {
            self.insert(name);
        }
    }

    /// The names, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }

    /// The names, in order.
    pub fn into_vec(self) -> Vec<String> {
        self.0
    }
}

/// The entities of one document, keyed by canonical name and coarse type.
#[derive(Debug, Default)]
pub(crate) struct EntityTable {
    pub entities: Vec<EntityRecord>,
    /// For each coarse type (in [`CoarseType::ALL`] order), the indices of its entities,
    /// hashed by name: looked up by `&str`, and keyed by the records' own names.
    index: [HashTable<usize>; CoarseType::ALL.len()],
}

/// The hash of an entity's name in [`EntityTable`]'s index.
fn name_hash(name: &str) -> u64 {
    FxBuildHasher.hash_one(name)
}

impl EntityTable {
    /// The index of the entity of `coarse` type named `name`, whose hash is `hash`.
    fn position(&self, hash: u64, coarse: CoarseType, name: &str) -> Option<usize> {
        let is_named = |&i: &usize| self.entities[i].name == name;
        self.index[coarse.index()].find(hash, is_named).copied()
    }

    /// Adds a record whose name (of hash `hash`) is new among those of its coarse type,
    /// and returns its index.
    fn push_new(&mut self, hash: u64, record: EntityRecord) -> usize {
        let entities = &mut self.entities;
        let index = &mut self.index[record.entity_type.coarse().index()];
        index.insert_unique(hash, entities.len(), |&i| name_hash(&entities[i].name));
        entities.push(record);
        entities.len() - 1
    }

    /// Adds (or finds) an entity and returns its index.
    pub fn add(
        &mut self,
        name: &str,
        entity_type: EntityType,
        lexicon: Option<usize>,
        code: Option<String>,
    ) -> usize {
        let hash = name_hash(name);
        if let Some(i) = self.position(hash, entity_type.coarse(), name) {
            let record = &mut self.entities[i];
            if record.lexicon.is_none() && lexicon.is_some() {
                record.lexicon = lexicon;
                record.entity_type = entity_type;
            }
            if record.code.is_none() {
                record.code = code;
            }
            return i;
        }
        let record = EntityRecord {
            name: name.to_owned(),
            entity_type,
            aliases: Names::default(),
            code,
            mentions: Vec::new(),
            lexicon,
        };
        self.push_new(hash, record)
    }

    /// Moves in a record whose name is new among those of its coarse type, and returns
    /// its index.
    pub fn insert(&mut self, record: EntityRecord) -> usize {
        let hash = name_hash(&record.name);
        debug_assert!(
            (self.position(hash, record.entity_type.coarse(), &record.name)).is_none(),
            "{} is in the table",
            record.name
        );
        self.push_new(hash, record)
    }

    /// The index of an entity by canonical name and type, if present.
    pub fn find(&self, name: &str, coarse: CoarseType) -> Option<usize> {
        self.position(name_hash(name), coarse, name)
    }

    /// Removes the last record added (one nothing refers to).
    pub fn remove_last(&mut self) {
        let Some(record) = self.entities.pop() else {
            return;
        };
        let at = self.entities.len();
        let index = &mut self.index[record.entity_type.coarse().index()];
        if let Ok(entry) = index.find_entry(name_hash(&record.name), |&i| i == at) {
            entry.remove();
        }
    }
}

/// A relation found by a stage, on entity indices, with its evidence (byte range).
#[derive(Clone, Debug)]
pub(crate) struct FoundRelation {
    pub head: usize,
    pub relation: crate::model::Relation,
    pub tail: usize,
    pub evidence: Option<Range<usize>>,
}

/// An entity mention in the text: byte range and entity index.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
}

#[cfg(test)]
mod tests {
    use super::{EntityTable, Names, name_ranks};
    use crate::model::EntityType;

    proptest::proptest! {
        #[test]
        fn cleaned_strips_what_the_character_filter_strips(
            text in "[ \t\n\\x{1c}\\x{85}\\x{a0}\\x{3000}\\x{2003}“”\"'《》「」‘’、（）!#&a-z0-9之江实验室科技厅]{0,24}",
        ) {
            let expected: String = text.chars().filter(|&c| !super::is_stripped(c)).collect();
            let got = super::cleaned(&text);
            proptest::prop_assert_eq!(&*got, expected.as_str());
            proptest::prop_assert_eq!(
                matches!(got, std::borrow::Cow::Borrowed(_)),
                expected == text
            );
        }
    }

    #[test]
    fn titles_of_instruments_are_policies() {
        for title in [
            "山东省促进科技成果转化若干措施",
            "某市关于加快科技创新的实施意见",
            "某县科技创新工作方案",
            "某市科技企业孵化器认定和管理办法",
        ] {
            assert!(super::is_policy_title(title), "{title}");
        }
        for title in ["某市科技局2025年工作总结", "关于某建议的答复", "某大学简介"]
        {
            assert!(!super::is_policy_title(title), "{title}");
        }
    }

    #[test]
    fn names_stay_sorted_and_unique() {
        let mut names = Names::default();
        for name in [
            "之江实验室",
            "浙江大学",
            "之江实验室",
            "省科技厅",
            "浙江大学",
        ] {
            names.insert(name.to_owned());
        }
        let mut more = Names::default();
        more.insert("龙港市".to_owned());
        more.insert("省科技厅".to_owned());
        names.append(&mut more);
        assert!(more.iter().next().is_none());
        let mut expected = vec!["之江实验室", "浙江大学", "省科技厅", "龙港市"];
        expected.sort_unstable();
        assert_eq!(names.iter().collect::<Vec<_>>(), expected);
        assert!(names.contains("龙港市") && !names.contains("龙港"));
        assert_eq!(names.into_vec().len(), 4);
    }

    #[test]
    fn the_table_finds_entities_by_name_and_coarse_type() {
        let mut table = EntityTable::default();
        let lab = table.add("之江实验室", EntityType::ResearchInstitute, None, None);
        let city = table.add("龙港市", EntityType::AdministrativeRegion, None, None);
        assert_eq!(
            table.add("之江实验室", EntityType::ResearchInstitute, Some(3), None),
            lab
        );
        assert_eq!(table.entities[lab].lexicon, Some(3));
        assert_eq!(
            table.find("龙港市", crate::model::CoarseType::Place),
            Some(city)
        );
        assert_eq!(
            table.find("龙港市", crate::model::CoarseType::Organization),
            None
        );
        assert_eq!(table.find("龙港", crate::model::CoarseType::Place), None);
        assert_eq!(table.entities.len(), 2);
    }

    #[test]
    fn name_ranks_order_as_the_names() {
        let mut table = EntityTable::default();
        let names = [
            "浙江省科学技术厅",
            "浙江省科学技术厅高新处",
            "浙江省",
            "浙江",
            "浙江省科学技术协会",
            "a",
            "",
            "浙江省科学技术厅",
        ];
        for (k, name) in names.iter().enumerate() {
            let t = [EntityType::GovernmentBody, EntityType::AdministrativeRegion][k % 2];
            table.add(name, t, None, None);
        }
        let ranks = name_ranks(&table);
        let entities = &table.entities;
        for (a, ra) in entities.iter().zip(&ranks) {
            for (b, rb) in entities.iter().zip(&ranks) {
                assert_eq!(ra.cmp(rb), a.name.cmp(&b.name), "{} {}", a.name, b.name);
            }
        }
    }
}
