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
/// types, one mention node per place an entity is named (with its character offsets),
/// the relations as triples plus one assertion node each with its evidence, and one node
/// per fact.
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
        }
    }
    for (n, relation) in extraction.relations.iter().enumerate() {
        let (Some(head), Some(tail)) = (iri_of(&relation.head), iri_of(&relation.tail)) else {
            continue;
        };
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
    for (n, fact) in extraction.facts.iter().enumerate() {
        let Some(subject) = iri_of(&fact.subject) else {
            continue;
        };
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
    quads.sort_by_cached_key(|q| q.to_string());
    quads.dedup();
    quads
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
