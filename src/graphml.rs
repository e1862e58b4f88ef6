//! GraphML export for Gephi, Cytoscape, yEd and networkx: typed keys with unique ids,
//! nodes and edges in sorted order, byte-identical across runs.

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::Write;

/// `(id, for, attr.name)` of every key; all are strings.
const KEYS: [(&str, &str, &str); 6] = [
    ("n_label", "node", "label"),
    ("n_type", "node", "type"),
    ("n_coarse", "node", "coarse_type"),
    ("n_iri", "node", "iri"),
    ("n_aliases", "node", "aliases"),
    ("e_relation", "edge", "relation"),
];

/// Writes `graph` as GraphML.
pub fn write(graph: &KnowledgeGraph, writer: impl Write) -> Result<()> {
    write_inner(graph, writer).map_err(|e| Error::Output(format!("GraphML: {e}")))
}

fn write_inner(graph: &KnowledgeGraph, writer: impl Write) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(writer, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut root = BytesStart::new("graphml");
    root.push_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"));
    root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
    root.push_attribute((
        "xsi:schemaLocation",
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    ));
    w.write_event(Event::Start(root))?;
    for (id, domain, name) in KEYS {
        let mut key = BytesStart::new("key");
        key.push_attribute(("id", id));
        key.push_attribute(("for", domain));
        key.push_attribute(("attr.name", name));
        key.push_attribute(("attr.type", "string"));
        w.write_event(Event::Empty(key))?;
    }
    let mut g = BytesStart::new("graph");
    g.push_attribute(("id", "policykg"));
    g.push_attribute(("edgedefault", "directed"));
    w.write_event(Event::Start(g))?;
    for (_, node) in graph.nodes_sorted() {
        let mut n = BytesStart::new("node");
        n.push_attribute(("id", node.iri.as_str()));
        w.write_event(Event::Start(n))?;
        let aliases = node.aliases.join("|");
        for (key, value) in [
            ("n_label", node.label.as_str()),
            ("n_type", node.entity_type.as_str()),
            ("n_coarse", node.entity_type.coarse().as_str()),
            ("n_iri", node.iri.as_str()),
            ("n_aliases", aliases.as_str()),
        ] {
            data(&mut w, key, value)?;
        }
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for (n, (head, relation, tail)) in graph.edges_sorted().into_iter().enumerate() {
        let mut e = BytesStart::new("edge");
        let id = format!("e{}", n + 1);
        e.push_attribute(("id", id.as_str()));
        e.push_attribute(("source", head.iri.as_str()));
        e.push_attribute(("target", tail.iri.as_str()));
        w.write_event(Event::Start(e))?;
        data(&mut w, "e_relation", relation.as_str())?;
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    w.get_mut().write_all(b"\n")?;
    Ok(())
}

fn data<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> std::io::Result<()> {
    let mut d = BytesStart::new("data");
    d.push_attribute(("key", key));
    w.write_event(Event::Start(d))?;
    w.write_event(Event::Text(BytesText::new(value)))?;
    w.write_event(Event::End(BytesEnd::new("data")))?;
    Ok(())
}
