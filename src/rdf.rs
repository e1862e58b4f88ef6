//! RDF: an [`Extraction`] as quads in its document's named graph, following the
//! ontology in `ontology/policykg.ttl`.

use crate::model::{EntityType, Extraction, Span};
use crate::vocab::{self, DCTERMS, PK, PROV, RDF, RDFS, SKOS, XSD};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};

fn node(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn pk(local: &str) -> NamedNode {
    node(&format!("{PK}{local}"))
}

fn typed(value: impl Into<String>, datatype: &str) -> Literal {
    Literal::new_typed_literal(value, node(&format!("{XSD}{datatype}")))
}

/// The quads of one document's graph: document metadata, its entities with labels and
/// types, one mention node per place an entity is named (with its character offsets and
/// the sentences it lies in), one node per sentence (the evidence of relations and facts),
/// the relations as triples plus one assertion node each with its evidence, one node per
/// fact, and the document's counts of entities, relation assertions and facts (so that a
/// catalogue of a large store reads them instead of counting every document's graph).
pub fn document_quads(key: &str, extraction: &Extraction) -> Vec<Quad> {
    let doc_iri = vocab::document_iri(key);
    let doc = node(&doc_iri);
    let graph = GraphName::NamedNode(doc.clone());
    let mut quads = Vec::new();
    let mut add = |s: &NamedNode, p: NamedNode, o: Term| {
        quads.push(Quad::new(s.clone(), p, o, graph.clone()));
    };
    let rdf_type = node(&format!("{RDF}type"));
    let label = node(&format!("{RDFS}label"));

    add(&doc, rdf_type.clone(), pk("Document").into());
    add(
        &doc,
        pk("path"),
        Literal::new_simple_literal(&extraction.doc).into(),
    );
    let metadata = &extraction.metadata;
    if let Some(title) = &metadata.title {
        add(
            &doc,
            node(&format!("{DCTERMS}title")),
            Literal::new_language_tagged_literal_unchecked(title, "zh").into(),
        );
    }
    if let Some(issued) = metadata.issued.as_deref().filter(|d| is_iso_date(d)) {
        add(
            &doc,
            node(&format!("{DCTERMS}issued")),
            typed(issued, "date").into(),
        );
    }
    if let Some(number) = &metadata.number {
        add(
            &doc,
            node(&format!("{DCTERMS}identifier")),
            Literal::new_simple_literal(number).into(),
        );
    }
    if let Some(source) = metadata
        .source
        .as_deref()
        .and_then(|s| NamedNode::new(s).ok())
    {
        add(&doc, node(&format!("{DCTERMS}source")), source.into());
    }
    if let Some(region) = &extraction.region {
        if let Some(e) = extraction.entity(region) {
            add(&doc, pk("region"), node(&e.iri).into());
        }
    }
    if let Some(publisher) = &metadata.publisher {
        let resolved = extraction.entities.iter().find(|e| {
            e.entity_type.is_organization()
                && (e.name == *publisher || e.aliases.contains(publisher))
        });
        if let Some(e) = resolved {
            add(
                &doc,
                node(&format!("{DCTERMS}publisher")),
                node(&e.iri).into(),
            );
        }
    }

    for entity in &extraction.entities {
        let e = node(&entity.iri);
        add(&doc, pk("mentions"), e.clone().into());
        add(
            &e,
            rdf_type.clone(),
            node(&vocab::class_iri(entity.entity_type)).into(),
        );
        if entity.entity_type.as_str() != entity.entity_type.coarse().as_str() {
            add(
                &e,
                rdf_type.clone(),
                node(&vocab::coarse_class_iri(entity.entity_type.coarse())).into(),
            );
        }
        add(
            &e,
            label.clone(),
            Literal::new_language_tagged_literal_unchecked(&entity.name, "zh").into(),
        );
        for alias in &entity.aliases {
            add(
                &e,
                node(&format!("{SKOS}altLabel")),
                Literal::new_language_tagged_literal_unchecked(alias, "zh").into(),
            );
        }
        if entity.entity_type == EntityType::AdministrativeRegion {
            if let Some(code) = &entity.code {
                add(
                    &e,
                    pk("divisionCode"),
                    Literal::new_simple_literal(code).into(),
                );
            }
        }
    }

    let iri_of = |name: &str| extraction.entity(name).map(|e| node(&e.iri));
    let evidence =
        |add: &mut dyn FnMut(&NamedNode, NamedNode, Term), s: &NamedNode, span: &Option<Span>| {
            if let Some(span) = span {
                add(
                    s,
                    pk("evidenceText"),
                    Literal::new_simple_literal(&span.text).into(),
                );
                add(
                    s,
                    pk("start"),
                    typed(span.start.to_string(), "integer").into(),
                );
                add(s, pk("end"), typed(span.end.to_string(), "integer").into());
            }
            add(
                s,
                node(&format!("{PROV}wasDerivedFrom")),
                doc.clone().into(),
            );
        };
    // The sentences: the evidence spans of the relations and facts written below that lie
    // inside no longer one, numbered in text order. Each mention links to the sentences it
    // lies in, so that what is named in one sentence is found without comparing offsets.
    let sentences = sentences(extraction);
    let sentence_nodes: Vec<_> = (1..=sentences.len())
        .map(|n| node(&format!("{doc_iri}#sentence-{n}")))
        .collect();
    for (s, span) in sentence_nodes.iter().zip(&sentences) {
        add(s, rdf_type.clone(), pk("Sentence").into());
        evidence(&mut add, s, &Some((*span).clone()));
    }
    // Where each entity is named: one mention node per span, so that the entity's label
    // and type are traceable to character offsets of the document.
    let mut mention = 0;
    for entity in &extraction.entities {
        let e = node(&entity.iri);
        for span in &entity.mentions {
            mention += 1;
            let m = node(&format!("{doc_iri}#mention-{mention}"));
            add(&m, rdf_type.clone(), pk("Mention").into());
            add(&m, pk("mentionOf"), e.clone().into());
            evidence(&mut add, &m, &Some(span.clone()));
            // Sentences are ordered by start and by end alike (none lies inside another):
            // those holding the mention start at or before it and end at or after it.
            let first = sentences.partition_point(|s| s.end < span.end);
            for (sentence, s) in sentences.iter().zip(&sentence_nodes).skip(first) {
                if sentence.start > span.start {
                    break;
                }
                add(&m, pk("inSentence"), s.clone().into());
            }
        }
    }
    let mut relation_count = 0;
    for (n, relation) in extraction.relations.iter().enumerate() {
        let (Some(head), Some(tail)) = (iri_of(&relation.head), iri_of(&relation.tail)) else {
            continue;
        };
        relation_count += 1;
        let property = node(&vocab::relation_iri(relation.relation));
        add(&head, property.clone(), tail.clone().into());
        let assertion = node(&format!("{doc_iri}#relation-{}", n + 1));
        add(&assertion, rdf_type.clone(), pk("RelationAssertion").into());
        add(&assertion, node(&format!("{RDF}subject")), head.into());
        add(
            &assertion,
            node(&format!("{RDF}predicate")),
            property.into(),
        );
        add(&assertion, node(&format!("{RDF}object")), tail.into());
        evidence(&mut add, &assertion, &relation.evidence);
    }
    let mut fact_count = 0;
    for (n, fact) in extraction.facts.iter().enumerate() {
        let Some(subject) = iri_of(&fact.subject) else {
            continue;
        };
        fact_count += 1;
        let f = node(&format!("{doc_iri}#fact-{}", n + 1));
        add(&f, rdf_type.clone(), pk("Fact").into());
        add(&f, pk("subject"), subject.into());
        add(
            &f,
            pk("indicator"),
            Literal::new_simple_literal(&fact.indicator).into(),
        );
        add(
            &f,
            pk("value"),
            typed(decimal(fact.value), "decimal").into(),
        );
        add(
            &f,
            pk("unit"),
            Literal::new_simple_literal(&fact.unit).into(),
        );
        if let Some(year) = fact.year {
            add(&f, pk("year"), typed(year.to_string(), "integer").into());
        }
        add(
            &f,
            pk("status"),
            Literal::new_simple_literal(fact.status.as_str()).into(),
        );
        evidence(&mut add, &f, &fact.evidence);
    }
    let entity_count = extraction
        .entities
        .iter()
        .map(|e| &e.iri)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    for (property, count) in [
        ("entityCount", entity_count),
        ("relationCount", relation_count),
        ("factCount", fact_count),
    ] {
        add(
            &doc,
            pk(property),
            typed(count.to_string(), "integer").into(),
        );
    }
    quads.sort_by_cached_key(|q| q.to_string());
    quads.dedup();
    quads
}

/// The sentences of a document's graph: the distinct evidence spans of the relations and
/// facts that [`document_quads`] writes (both ends, or the subject, resolved) that lie inside
/// no longer such span, in text order. Starts and ends then both increase.
fn sentences(extraction: &Extraction) -> Vec<&Span> {
    let known = |name: &str| extraction.entity(name).is_some();
    let relations = extraction
        .relations
        .iter()
        .filter(|r| known(&r.head) && known(&r.tail))
        .filter_map(|r| r.evidence.as_ref());
    let facts = extraction
        .facts
        .iter()
        .filter(|f| known(&f.subject))
        .filter_map(|f| f.evidence.as_ref());
    let mut spans: Vec<&Span> = relations.chain(facts).filter(|s| s.start < s.end).collect();
    // By start, the longest first: a span lies inside an earlier one exactly when it ends
    // no later than the furthest end seen so far.
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut sentences: Vec<&Span> = Vec::new();
    for span in spans {
        if sentences.last().is_none_or(|last| span.end > last.end) {
            sentences.push(span);
        }
    }
    sentences
}

/// A number in canonical `xsd:decimal` form (`3.15`, `50`).
fn decimal(value: f64) -> String {
    format!("{value}")
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars().filter(|c| c.is_ascii_digit()).count() == 8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Extractor};
    use std::collections::{BTreeMap, BTreeSet};

    /// Offsets of the nodes of one kind (`#sentence-`, `#mention-`, …) by node IRI.
    fn spans(quads: &[Quad], kind: &str) -> BTreeMap<String, (usize, usize)> {
        let mut out: BTreeMap<String, (Option<usize>, Option<usize>)> = BTreeMap::new();
        for q in quads {
            let subject = q.subject.to_string();
            if !subject.contains(kind) {
                continue;
            }
            let Term::Literal(l) = &q.object else {
                continue;
            };
            let entry = out.entry(subject).or_default();
            match q.predicate.as_str().strip_prefix(PK) {
                Some("start") => entry.0 = l.value().parse().ok(),
                Some("end") => entry.1 = l.value().parse().ok(),
                _ => {}
            }
        }
        out.into_iter()
            .filter_map(|(k, (s, e))| Some((k, (s?, e?))))
            .collect()
    }

    #[test]
    fn sentences_are_the_longest_evidence_spans_and_mentions_link_to_theirs() {
        let text = include_str!("../data/corpus/seed.txt");
        let extraction = Extractor::builtin()
            .unwrap()
            .extract(&Document::from_text("seed.txt", text));
        let quads = document_quads("seed.txt", &extraction);
        let sentences = spans(&quads, "#sentence-");
        let evidence: Vec<(usize, usize)> = spans(&quads, "#relation-")
            .into_values()
            .chain(spans(&quads, "#fact-").into_values())
            .collect();
        assert!(sentences.len() > 10, "{sentences:?}");
        // In text order, none inside another, each an evidence span; every evidence span
        // lies in one.
        let mut ordered: Vec<(usize, (usize, usize))> = sentences
            .iter()
            .map(|(iri, span)| {
                (
                    iri.rsplit('-')
                        .next()
                        .unwrap()
                        .trim_end_matches('>')
                        .parse()
                        .unwrap(),
                    *span,
                )
            })
            .collect();
        ordered.sort();
        for pair in ordered.windows(2) {
            let ((_, a), (_, b)) = (pair[0], pair[1]);
            assert!(a.0 < b.0 && a.1 < b.1, "{a:?} {b:?}");
        }
        for (_, span) in &ordered {
            assert!(evidence.contains(span), "{span:?}");
        }
        for e in &evidence {
            assert!(
                sentences.values().any(|s| s.0 <= e.0 && e.1 <= s.1),
                "{e:?}"
            );
        }
        // Each mention links to exactly the sentences that hold it.
        let links: BTreeSet<(String, String)> = quads
            .iter()
            .filter(|q| q.predicate.as_str() == format!("{PK}inSentence"))
            .map(|q| (q.subject.to_string(), q.object.to_string()))
            .collect();
        let mentions = spans(&quads, "#mention-");
        let mut linked = 0;
        for (mention, m) in &mentions {
            for (sentence, s) in &sentences {
                let holds = s.0 <= m.0 && m.1 <= s.1;
                assert_eq!(
                    links.contains(&(mention.clone(), sentence.clone())),
                    holds,
                    "{mention} {m:?} {sentence} {s:?}"
                );
                linked += usize::from(holds);
            }
        }
        assert_eq!(linked, links.len());
        assert!(linked > 20);
    }
}
