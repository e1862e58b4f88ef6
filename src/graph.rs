//! The knowledge graph as a petgraph graph: entities are nodes, relations are edges.
//! Built from extractions or read back from the store (so exports show everything built).

use crate::error::{Error, Result};
use crate::model::{EntityType, Extraction, Relation};
use crate::store::KnowledgeStore;
use crate::vocab::{self, PK, RDF, RDFS, SKOS};
use oxigraph::model::{GraphNameRef, NamedNodeRef, Term};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::BTreeMap;

/// A node: one entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityNode {
    /// The entity's IRI (also its stable id).
    pub iri: String,
    /// Canonical name.
    pub label: String,
    /// Fine type.
    pub entity_type: EntityType,
    /// Other names, sorted.
    pub aliases: Vec<String>,
}

/// An edge: one relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelationEdge {
    /// The relation.
    pub relation: Relation,
}

/// Entities and relations in a directed petgraph graph, nodes in IRI order.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeGraph {
    graph: DiGraph<EntityNode, RelationEdge>,
    index: BTreeMap<String, NodeIndex>,
}

impl KnowledgeGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// The petgraph graph.
    pub fn graph(&self) -> &DiGraph<EntityNode, RelationEdge> {
        &self.graph
    }

    /// The node of an entity IRI.
    pub fn node(&self, iri: &str) -> Option<NodeIndex> {
        self.index.get(iri).copied()
    }

    /// Adds (or merges) an entity node.
    pub fn add_entity(&mut self, node: EntityNode) -> NodeIndex {
        if let Some(&i) = self.index.get(&node.iri) {
            let existing = &mut self.graph[i];
            for alias in node.aliases {
                if !existing.aliases.contains(&alias) {
                    existing.aliases.push(alias);
                }
            }
            existing.aliases.sort();
            return i;
        }
        let iri = node.iri.clone();
        let i = self.graph.add_node(node);
        self.index.insert(iri, i);
        i
    }

    /// Adds a relation edge unless the same edge is already there.
    pub fn add_relation(&mut self, head: NodeIndex, relation: Relation, tail: NodeIndex) {
        let exists = self
            .graph
            .edges_connecting(head, tail)
            .any(|e| e.weight().relation == relation);
        if !exists {
            self.graph.add_edge(head, tail, RelationEdge { relation });
        }
    }

    /// Adds everything of one extraction.
    pub fn add_extraction(&mut self, extraction: &Extraction) {
        for e in &extraction.entities {
            self.add_entity(EntityNode {
                iri: e.iri.clone(),
                label: e.name.clone(),
                entity_type: e.entity_type,
                aliases: e.aliases.clone(),
            });
        }
        for r in &extraction.relations {
            let (Some(h), Some(t)) = (extraction.entity(&r.head), extraction.entity(&r.tail))
            else {
                continue;
            };
            let (h, t) = (self.index[&h.iri], self.index[&t.iri]);
            self.add_relation(h, r.relation, t);
        }
    }

    /// Reads the merged graph of a store.
    pub fn from_store(store: &KnowledgeStore) -> Result<Self> {
        let oxigraph = store.oxigraph();
        let default = Some(GraphNameRef::DefaultGraph);
        let quads = |p: &str| -> Result<Vec<oxigraph::model::Quad>> {
            let p = NamedNodeRef::new_unchecked(p);
            oxigraph
                .quads_for_pattern(None, Some(p), None, default)
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| Error::Output(e.to_string()))
        };
        let mut labels = BTreeMap::new();
        for q in quads(&format!("{RDFS}label"))? {
            if let Term::Literal(l) = &q.object {
                labels.insert(q.subject.to_string(), l.value().to_owned());
            }
        }
        let mut types: BTreeMap<String, EntityType> = BTreeMap::new();
        for q in quads(&format!("{RDF}type"))? {
            let Term::NamedNode(class) = &q.object else {
                continue;
            };
            let Some(local) = class.as_str().strip_prefix(PK) else {
                continue;
            };
            let Ok(t) = local.parse::<EntityType>() else {
                continue;
            };
            let key = q.subject.to_string();
            // Keep the most specific type (a fine type that is not also a coarse one).
            let specific = |t: EntityType| t.as_str() != t.coarse().as_str();
            match types.get(&key) {
                Some(old) if specific(*old) && !specific(t) => {}
                _ => {
                    types.insert(key, t);
                }
            }
        }
        let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for q in quads(&format!("{SKOS}altLabel"))? {
            if let Term::Literal(l) = &q.object {
                aliases
                    .entry(q.subject.to_string())
                    .or_default()
                    .push(l.value().to_owned());
            }
        }
        let mut graph = Self::new();
        for (subject, t) in &types {
            let Some(label) = labels.get(subject) else {
                continue;
            };
            let mut a = aliases.remove(subject).unwrap_or_default();
            a.sort();
            a.dedup();
            graph.add_entity(EntityNode {
                iri: subject
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_owned(),
                label: label.clone(),
                entity_type: *t,
                aliases: a,
            });
        }
        for relation in Relation::ALL {
            let mut edges: Vec<(String, String)> = quads(&vocab::relation_iri(relation))?
                .into_iter()
                .map(|q| (strip(&q.subject.to_string()), strip(&q.object.to_string())))
                .collect();
            edges.sort();
            for (h, t) in edges {
                if let (Some(&h), Some(&t)) = (graph.index.get(&h), graph.index.get(&t)) {
                    graph.add_relation(h, relation, t);
                }
            }
        }
        Ok(graph)
    }

    /// Nodes sorted by IRI.
    pub fn nodes_sorted(&self) -> Vec<(NodeIndex, &EntityNode)> {
        self.index.values().map(|&i| (i, &self.graph[i])).collect()
    }

    /// Edges sorted by (head IRI, relation, tail IRI).
    pub fn edges_sorted(&self) -> Vec<(&EntityNode, Relation, &EntityNode)> {
        let mut edges: Vec<_> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (h, t) = self.graph.edge_endpoints(e)?;
                Some((&self.graph[h], self.graph[e].relation, &self.graph[t]))
            })
            .collect();
        edges.sort_by(|a, b| (&a.0.iri, a.1, &a.2.iri).cmp(&(&b.0.iri, b.1, &b.2.iri)));
        edges
    }
}

fn strip(term: &str) -> String {
    term.trim_start_matches('<')
        .trim_end_matches('>')
        .to_owned()
}
