//! Scoring an extraction against gold files, exactly as the annotation guide's Scoring
//! section defines it: entities by coarse type and any shared name or alias (one
//! prediction per gold entity), relations by matched ends, facts by subject, value,
//! unit, year and a similar indicator; micro-averaged over documents.

use crate::error::{Error, Result};
use crate::model::{CoarseType, Extraction, Relation};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A gold file: the guide's format.
#[derive(Clone, Debug, Deserialize)]
pub struct Gold {
    /// The document's file name.
    pub doc: String,
    /// The document's region.
    #[serde(default)]
    pub region: Option<String>,
    /// Gold entities.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// Gold relations.
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    /// Gold facts.
    #[serde(default)]
    pub facts: Vec<GoldFact>,
}

/// A gold entity.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldEntity {
    /// Canonical name.
    pub name: String,
    /// Fine type.
    #[serde(rename = "type")]
    pub entity_type: crate::model::EntityType,
    /// Other names.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A gold relation.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldRelation {
    /// Head entity name.
    pub head: String,
    /// Relation.
    pub relation: Relation,
    /// Tail entity name.
    pub tail: String,
}

/// A gold fact.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldFact {
    /// Subject entity name.
    pub subject: String,
    /// Indicator.
    pub indicator: String,
    /// Value.
    pub value: f64,
    /// Unit.
    pub unit: String,
    /// Year.
    #[serde(default)]
    pub year: Option<i32>,
}

impl Gold {
    /// Reads a gold file.
    pub fn from_path(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        serde_json::from_str(&text).map_err(|e| Error::Gold {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
    }
}

/// True/false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Correct predictions.
    pub tp: usize,
    /// Wrong predictions.
    pub fp: usize,
    /// Missed gold items.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall (1 when nothing was to be found).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// What went wrong in one document.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DocumentErrors {
    /// The document.
    pub doc: String,
    /// Predicted entities that match no gold entity (`type name`).
    pub false_entities: Vec<String>,
    /// Gold entities not found.
    pub missed_entities: Vec<String>,
    /// Matched entities whose canonical name differs (`predicted → gold`).
    pub wrong_names: Vec<String>,
    /// Predicted relations not in the gold.
    pub false_relations: Vec<String>,
    /// Gold relations not found.
    pub missed_relations: Vec<String>,
    /// Predicted facts not in the gold.
    pub false_facts: Vec<String>,
    /// Gold facts not found.
    pub missed_facts: Vec<String>,
}

/// Scores of a corpus.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// Documents scored.
    pub documents: usize,
    /// Entity counts per coarse type (Person included, reported apart).
    pub by_type: BTreeMap<String, Counts>,
    /// Entity counts over Place, Organization, Facility, Program and Policy.
    pub entities: Counts,
    /// Matched pairs (overall types).
    pub matched: usize,
    /// Matched pairs with the right fine type.
    pub fine_type_correct: usize,
    /// Matched pairs with the gold canonical name.
    pub canonical_correct: usize,
    /// Relation counts.
    pub relations: Counts,
    /// Fact counts.
    pub facts: Counts,
    /// Per-document errors.
    #[serde(skip)]
    pub errors: Vec<DocumentErrors>,
}

impl Report {
    /// Fine-type accuracy over matched pairs.
    pub fn fine_type_accuracy(&self) -> f64 {
        ratio(self.fine_type_correct, self.matched)
    }
    /// Canonical accuracy over matched pairs.
    pub fn canonical_accuracy(&self) -> f64 {
        ratio(self.canonical_correct, self.matched)
    }

    /// Adds the scores of one document.
    pub fn add(&mut self, extraction: &Extraction, gold: &Gold) {
        self.documents += 1;
        let mut errors = DocumentErrors {
            doc: gold.doc.clone(),
            ..Default::default()
        };
        // Entities.
        let gold_forms: Vec<BTreeSet<String>> = gold
            .entities
            .iter()
            .map(|g| {
                std::iter::once(&g.name)
                    .chain(&g.aliases)
                    .map(|s| normalize(s))
                    .collect()
            })
            .collect();
        let mut gold_of_pred: Vec<Option<usize>> = vec![None; extraction.entities.len()];
        let mut taken = vec![false; gold.entities.len()];
        for exact in [true, false] {
            for (p, pred) in extraction.entities.iter().enumerate() {
                if gold_of_pred[p].is_some() {
                    continue;
                }
                let pred_name = normalize(&pred.name);
                let pred_forms: BTreeSet<String> = std::iter::once(&pred.name)
                    .chain(&pred.aliases)
                    .map(|s| normalize(s))
                    .collect();
                let found = gold.entities.iter().enumerate().position(|(g, ge)| {
                    !taken[g]
                        && ge.entity_type.coarse() == pred.entity_type.coarse()
                        && if exact {
                            normalize(&ge.name) == pred_name
                        } else {
                            !gold_forms[g].is_disjoint(&pred_forms)
                        }
                });
                if let Some(g) = found {
                    taken[g] = true;
                    gold_of_pred[p] = Some(g);
                }
            }
        }
        let mut doc_counts: BTreeMap<String, Counts> = BTreeMap::new();
        for (p, pred) in extraction.entities.iter().enumerate() {
            let coarse = pred.entity_type.coarse();
            let counts = doc_counts.entry(coarse.as_str().to_owned()).or_default();
            match gold_of_pred[p] {
                Some(g) => {
                    counts.tp += 1;
                    let ge = &gold.entities[g];
                    if coarse != CoarseType::Person {
                        self.matched += 1;
                        if ge.entity_type == pred.entity_type {
                            self.fine_type_correct += 1;
                        }
                        if normalize(&ge.name) == normalize(&pred.name) {
                            self.canonical_correct += 1;
                        } else {
                            errors
                                .wrong_names
                                .push(format!("{} → {}", pred.name, ge.name));
                        }
                    }
                }
                None => {
                    counts.fp += 1;
                    errors
                        .false_entities
                        .push(format!("{} {}", pred.entity_type, pred.name));
                }
            }
        }
        for (g, ge) in gold.entities.iter().enumerate() {
            if !taken[g] {
                doc_counts
                    .entry(ge.entity_type.coarse().as_str().to_owned())
                    .or_default()
                    .fn_ += 1;
                errors
                    .missed_entities
                    .push(format!("{} {}", ge.entity_type, ge.name));
            }
        }
        for (t, c) in doc_counts {
            if t != CoarseType::Person.as_str() {
                self.entities.add(c);
            }
            self.by_type.entry(t).or_default().add(c);
        }

        // Relations and facts: ends mapped to the gold entity they match — the one paired
        // with the predicted entity, else (for a prediction left unpaired, such as a
        // duplicate) any gold entity of its coarse type sharing a name or alias with it.
        let gold_name_of = |name: &str| -> String {
            let Some(p) = extraction.entities.iter().position(|e| e.name == name) else {
                return name.to_owned();
            };
            let pred = &extraction.entities[p];
            let forms: BTreeSet<String> = std::iter::once(&pred.name)
                .chain(&pred.aliases)
                .map(|s| normalize(s))
                .collect();
            gold_of_pred[p]
                .or_else(|| {
                    gold.entities.iter().enumerate().position(|(g, ge)| {
                        ge.entity_type.coarse() == pred.entity_type.coarse()
                            && !gold_forms[g].is_disjoint(&forms)
                    })
                })
                .map(|g| gold.entities[g].name.clone())
                .unwrap_or_else(|| name.to_owned())
        };
        let mut gold_relations: Vec<(String, Relation, String, bool)> = gold
            .relations
            .iter()
            .map(|r| (normalize(&r.head), r.relation, normalize(&r.tail), false))
            .collect();
        let mut counts = Counts::default();
        let mut seen = BTreeSet::new();
        for r in &extraction.relations {
            let (h, t) = (
                normalize(&gold_name_of(&r.head)),
                normalize(&gold_name_of(&r.tail)),
            );
            if !seen.insert((h.clone(), r.relation, t.clone())) {
                continue;
            }
            let hit = gold_relations.iter_mut().find(|(gh, gr, gt, used)| {
                !*used
                    && *gr == r.relation
                    && ((*gh == h && *gt == t)
                        || (r.relation.is_symmetric() && *gh == t && *gt == h))
            });
            match hit {
                Some(g) => {
                    g.3 = true;
                    counts.tp += 1;
                }
                None => {
                    counts.fp += 1;
                    errors
                        .false_relations
                        .push(format!("{} {} {}", r.head, r.relation, r.tail));
                }
            }
        }
        for (h, r, t, used) in &gold_relations {
            if !used {
                counts.fn_ += 1;
                errors.missed_relations.push(format!("{h} {r} {t}"));
            }
        }
        self.relations.add(counts);

        // Facts.
        let mut used = vec![false; gold.facts.len()];
        let mut counts = Counts::default();
        for f in &extraction.facts {
            let subject = normalize(&gold_name_of(&f.subject));
            let unit = normalize_unit(&f.unit);
            let hit = gold.facts.iter().enumerate().position(|(i, g)| {
                !used[i]
                    && normalize(&g.subject) == subject
                    && (g.value - f.value).abs() < 1e-6
                    && normalize_unit(&g.unit) == unit
                    && g.year == f.year
                    && indicators_match(&g.indicator, &f.indicator)
            });
            match hit {
                Some(i) => {
                    used[i] = true;
                    counts.tp += 1;
                }
                None => {
                    counts.fp += 1;
                    errors.false_facts.push(format!(
                        "{} {} {}{} {:?}",
                        f.subject, f.indicator, f.value, f.unit, f.year
                    ));
                }
            }
        }
        for (i, g) in gold.facts.iter().enumerate() {
            if !used[i] {
                counts.fn_ += 1;
                errors.missed_facts.push(format!(
                    "{} {} {}{} {:?}",
                    g.subject, g.indicator, g.value, g.unit, g.year
                ));
            }
        }
        self.facts.add(counts);
        self.errors.push(errors);
    }

    /// The report as one JSON line.
    pub fn to_json(&self) -> String {
        let figures = |c: &Counts| serde_json::json!({"precision": round(c.precision()), "recall": round(c.recall()), "f1": round(c.f1()), "tp": c.tp, "fp": c.fp, "fn": c.fn_});
        let by_type: serde_json::Map<String, serde_json::Value> = self
            .by_type
            .iter()
            .map(|(t, c)| (t.clone(), figures(c)))
            .collect();
        serde_json::json!({
            "documents": self.documents,
            "entities": figures(&self.entities),
            "by_type": by_type,
            "fine_type_accuracy": round(self.fine_type_accuracy()),
            "canonical_accuracy": round(self.canonical_accuracy()),
            "relations": figures(&self.relations),
            "facts": figures(&self.facts),
        })
        .to_string()
    }

    /// The report as a table.
    pub fn to_table(&self) -> String {
        let mut out = format!("{} documents\n", self.documents);
        out.push_str(&format!(
            "{:<14} {:>9} {:>9} {:>9} {:>6} {:>6} {:>6}\n",
            "", "precision", "recall", "F1", "tp", "fp", "fn"
        ));
        let row = |name: &str, c: &Counts| {
            format!(
                "{:<14} {:>9.3} {:>9.3} {:>9.3} {:>6} {:>6} {:>6}\n",
                name,
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            )
        };
        for t in CoarseType::ALL {
            if t == CoarseType::Person {
                continue;
            }
            out.push_str(&row(
                t.as_str(),
                &self.by_type.get(t.as_str()).copied().unwrap_or_default(),
            ));
        }
        out.push_str(&row("entities", &self.entities));
        out.push_str(&row(
            "Person",
            &self.by_type.get("Person").copied().unwrap_or_default(),
        ));
        out.push_str(&row("relations", &self.relations));
        out.push_str(&row("facts", &self.facts));
        out.push_str(&format!(
            "fine-type accuracy {:.3}, canonical accuracy {:.3} (over {} matched entities)\n",
            self.fine_type_accuracy(),
            self.canonical_accuracy(),
            self.matched
        ));
        out
    }

    /// The per-document errors as text.
    pub fn errors_text(&self) -> String {
        let mut out = String::new();
        for e in &self.errors {
            out.push_str(&format!("== {}\n", e.doc));
            for (title, items) in [
                ("false entities", &e.false_entities),
                ("missed entities", &e.missed_entities),
                ("wrong canonical names", &e.wrong_names),
                ("false relations", &e.false_relations),
                ("missed relations", &e.missed_relations),
                ("false facts", &e.false_facts),
                ("missed facts", &e.missed_facts),
            ] {
                if !items.is_empty() {
                    out.push_str(&format!("  {title} ({}):\n", items.len()));
                    for item in items {
                        out.push_str(&format!("    {item}\n"));
                    }
                }
            }
        }
        out
    }
}

fn round(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// Full-width forms to half-width, quotation and book-title marks removed.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            let c = match c {
                '\u{3000}' => ' ',
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                _ => c,
            };
            (!matches!(
                c,
                '“' | '”'
                    | '"'
                    | '《'
                    | '》'
                    | '〈'
                    | '〉'
                    | '「'
                    | '」'
                    | '『'
                    | '』'
                    | '‘'
                    | '’'
                    | '\''
            ))
            .then_some(c)
        })
        .collect()
}

fn normalize_unit(unit: &str) -> String {
    let u = normalize(unit);
    if u == "位" { "名".to_owned() } else { u }
}

/// Whether two indicators match: one contains the other after normalisation, or their
/// character-bigram Dice similarity is at least 0.5.
pub fn indicators_match(a: &str, b: &str) -> bool {
    let (a, b) = (normalize(a), normalize(b));
    if a.is_empty() || b.is_empty() {
        return a == b;
    }
    if a.contains(&b) || b.contains(&a) {
        return true;
    }
    dice(&a, &b) >= 0.5
}

fn bigrams(s: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Character-bigram Dice similarity (multiset).
pub fn dice(a: &str, b: &str) -> f64 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let mut pool = y.clone();
    let mut common = 0;
    for g in &x {
        if let Some(i) = pool.iter().position(|h| h == g) {
            pool.swap_remove(i);
            common += 1;
        }
    }
    2.0 * common as f64 / (x.len() + y.len()) as f64
}

/// The gold files of a folder, sorted, with the documents they score: for each
/// `NAME.gold.json`, the file its `doc` names next to it.
pub fn gold_pairs(gold_dir: &Path) -> Result<Vec<(PathBuf, Gold)>> {
    let entries = std::fs::read_dir(gold_dir).map_err(|e| Error::io(gold_dir, e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    let mut pairs = Vec::new();
    for file in files {
        let gold = Gold::from_path(&file)?;
        pairs.push((gold_dir.join(&gold.doc), gold));
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityType};

    fn entity(name: &str, t: EntityType, aliases: &[&str]) -> Entity {
        Entity {
            name: name.into(),
            entity_type: t,
            iri: String::new(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            code: None,
            mentions: vec![],
        }
    }

    #[test]
    fn indicator_similarity_follows_the_guide() {
        assert!(indicators_match("引进科技型项目数", "科技型项目引进数"));
        assert!(indicators_match("研发投入强度", "全社会研发投入强度"));
        assert!(!indicators_match("技术交易总额", "高新技术企业新增数"));
        assert_eq!(normalize("“尖兵领雁”（试行）"), "尖兵领雁(试行)");
    }

    #[test]
    fn relation_ends_match_by_alias_even_for_an_unpaired_duplicate() {
        let gold: Gold = serde_json::from_str(
            r#"{"doc":"d.txt","entities":[{"name":"浙江省科学技术厅","type":"GovernmentBody","aliases":["省科技厅"]},{"name":"龙港市","type":"AdministrativeRegion"}],
               "relations":[{"head":"浙江省科学技术厅","relation":"supports","tail":"龙港市"}]}"#,
        )
        .unwrap();
        let extraction = Extraction {
            entities: vec![
                entity("浙江省科学技术厅", EntityType::GovernmentBody, &[]),
                entity("省科技厅", EntityType::GovernmentBody, &[]),
                entity("龙港市", EntityType::AdministrativeRegion, &[]),
            ],
            relations: vec![crate::model::RelationMention {
                head: "省科技厅".into(),
                relation: Relation::Supports,
                tail: "龙港市".into(),
                evidence: None,
            }],
            ..Default::default()
        };
        let mut report = Report::default();
        report.add(&extraction, &gold);
        assert_eq!(
            report.relations,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
    }

    #[test]
    fn duplicates_count_as_false_positives() {
        let gold: Gold = serde_json::from_str(
            r#"{"doc":"d.txt","entities":[{"name":"浙江省科学技术厅","type":"GovernmentBody","aliases":["省科技厅"]}]}"#,
        )
        .unwrap();
        let extraction = Extraction {
            entities: vec![
                entity("浙江省科学技术厅", EntityType::GovernmentBody, &[]),
                entity("省科技厅", EntityType::GovernmentBody, &[]),
                entity("浙江省", EntityType::AdministrativeRegion, &[]),
            ],
            ..Default::default()
        };
        let mut report = Report::default();
        report.add(&extraction, &gold);
        assert_eq!(
            report.entities,
            Counts {
                tp: 1,
                fp: 2,
                fn_: 0
            }
        );
        assert_eq!(report.canonical_accuracy(), 1.0);
    }
}
