//! The RDF model: provenance of every statement, the document lifecycle (rebuild,
//! remove), deterministic exports, and every export format read back by rdflib.

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use policykg::{Document, ExportFormat, Extractor, KnowledgeStore};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const FORMATS: [ExportFormat; 7] = [
    ExportFormat::Turtle,
    ExportFormat::Ntriples,
    ExportFormat::Nquads,
    ExportFormat::Trig,
    ExportFormat::Rdfxml,
    ExportFormat::Jsonld,
    ExportFormat::Graphml,
];

/// A store built from the shipped sample corpus, as `policykg build` does.
fn sample_store() -> KnowledgeStore {
    let extractor = Extractor::builtin().unwrap();
    let store = KnowledgeStore::in_memory().unwrap();
    let report = policykg::corpus::build(
        &extractor,
        &store,
        &[PathBuf::from("data/corpus")],
        1,
        |_| {},
    )
    .unwrap();
    assert_eq!(report.documents, 1);
    assert!(report.failures.is_empty());
    store
}

/// Extracts `text` as document `key` and writes it into `store`.
fn add(store: &KnowledgeStore, key: &str, text: &str) -> policykg::store::LoadReport {
    let extractor = Extractor::builtin().unwrap();
    let extraction = extractor.extract(&Document::from_text(key, text));
    store.add_document(key, &extraction).unwrap()
}

/// SELECT results as rows of variable → lexical value (IRIs without brackets).
fn select(store: &KnowledgeStore, sparql: &str) -> Vec<BTreeMap<String, String>> {
    let QueryResults::Solutions(solutions) = store.query(sparql).unwrap() else {
        panic!("not a SELECT query: {sparql}");
    };
    solutions
        .map(|s| {
            let s = s.unwrap();
            s.iter()
                .map(|(var, term)| {
                    let value = match term {
                        Term::NamedNode(n) => n.as_str().to_owned(),
                        Term::Literal(l) => l.value().to_owned(),
                        other => other.to_string(),
                    };
                    (var.as_str().to_owned(), value)
                })
                .collect()
        })
        .collect()
}

fn ask(store: &KnowledgeStore, sparql: &str) -> bool {
    match store.query(sparql).unwrap() {
        QueryResults::Boolean(b) => b,
        _ => panic!("not an ASK query: {sparql}"),
    }
}

fn export(store: &KnowledgeStore, format: ExportFormat) -> Vec<u8> {
    let mut out = Vec::new();
    store.export(format, &mut out).unwrap();
    out
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn sparql_finds_the_sentence_that_says_longgang_undertakes_jianbing_lingyan() {
    let store = sample_store();
    let rows = select(
        &store,
        r#"SELECT ?doc ?path ?text ?start ?end WHERE {
             ?head rdfs:label "龙港市"@zh . ?tail rdfs:label "尖兵领雁"@zh .
             GRAPH ?doc {
               ?a a pk:RelationAssertion ; rdf:subject ?head ; rdf:predicate pk:undertakes ;
                  rdf:object ?tail ; prov:wasDerivedFrom ?doc ;
                  pk:evidenceText ?text ; pk:start ?start ; pk:end ?end .
               ?doc a pk:Document ; pk:path ?path .
             }
           }"#,
    );
    assert!(
        !rows.is_empty(),
        "no evidence for 龙港市 undertakes 尖兵领雁"
    );
    let seed = std::fs::read_to_string("data/corpus/seed.txt").unwrap();
    for row in &rows {
        assert_eq!(row["doc"], "https://w3id.org/policykg/doc/seed.txt");
        assert_eq!(row["path"], "data/corpus/seed.txt");
        let text = &row["text"];
        assert!(
            text.contains("龙港市") && text.contains("尖兵领雁"),
            "{text}"
        );
        let (start, end) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
        // Character offsets into the document: the text is exactly what the file says there.
        assert_eq!(&chars(&seed, start, end), text);
    }
}

#[test]
fn every_statement_is_traceable_to_a_document_and_its_text() {
    let store = sample_store();
    // Every relation triple of the merged graph has an assertion node in a document graph.
    assert!(!ask(
        &store,
        "ASK {
           VALUES ?p { pk:locatedIn pk:subOrganizationOf pk:supports pk:undertakes
                       pk:establishes pk:cooperatesWith pk:issuedBy }
           ?s ?p ?o .
           FILTER NOT EXISTS { GRAPH ?d { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                                             prov:wasDerivedFrom ?d . ?d a pk:Document } }
         }"
    ));
    // Every fact and assertion names the document whose graph holds it.
    assert!(!ask(
        &store,
        "ASK { GRAPH ?g { ?x a ?c . VALUES ?c { pk:Fact pk:RelationAssertion pk:Mention }
                          FILTER NOT EXISTS { ?x prov:wasDerivedFrom ?g } } }"
    ));
    // Every entity is mentioned by a document; each place it is named is a mention node
    // of that document's graph, and every mention is of an entity the document mentions.
    assert!(!ask(
        &store,
        "ASK { ?e rdfs:label ?l . FILTER NOT EXISTS { ?d pk:mentions ?e } }"
    ));
    assert!(!ask(
        &store,
        "ASK { GRAPH ?d { ?m a pk:Mention ; pk:mentionOf ?e ; prov:wasDerivedFrom ?d .
                          FILTER NOT EXISTS { ?d pk:mentions ?e } } }"
    ));
    let longgang = select(
        &store,
        r#"SELECT ?text WHERE { ?m pk:mentionOf/rdfs:label "龙港市"@zh ; pk:evidenceText ?text }"#,
    );
    assert!(longgang.len() > 5);
    assert!(longgang.iter().all(|r| r["text"].starts_with("龙港")));
    // Document metadata is in the store, the publisher as an entity.
    let doc = select(
        &store,
        "SELECT ?title ?issued ?number ?publisher ?region WHERE {
           ?d a pk:Document ; dcterms:title ?title ; dcterms:issued ?issued ;
              dcterms:identifier ?number ; dcterms:publisher/rdfs:label ?publisher ;
              pk:region/rdfs:label ?region }",
    );
    assert_eq!(doc.len(), 1);
    assert_eq!(doc[0]["issued"], "2024-07-15");
    assert_eq!(doc[0]["number"], "浙科提〔2024〕297号");
    assert_eq!(doc[0]["publisher"], "浙江省科学技术厅");
    assert_eq!(doc[0]["region"], "浙江省");
    // Evidence offsets are character offsets whose text is the evidence text.
    let seed = std::fs::read_to_string("data/corpus/seed.txt").unwrap();
    let evidence = select(
        &store,
        "SELECT ?text ?start ?end WHERE { ?x pk:evidenceText ?text ; pk:start ?start ; pk:end ?end }",
    );
    assert!(evidence.len() > 10);
    for row in evidence {
        let (start, end) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
        assert_eq!(chars(&seed, start, end), row["text"]);
    }
}

#[test]
fn administrative_divisions_carry_their_code_and_parent() {
    let store = sample_store();
    let rows = select(
        &store,
        r#"SELECT ?code ?parent ?parentCode WHERE {
             ?x rdfs:label "龙港市"@zh ; a pk:AdministrativeRegion, pk:Place ; pk:divisionCode ?code ;
                pk:locatedIn ?p . ?p rdfs:label ?parent ; pk:divisionCode ?parentCode }"#,
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["code"], "330383");
    assert_eq!(rows[0]["parent"], "温州市");
    assert_eq!(rows[0]["parentCode"], "330300");
    // Facts are nodes with their year, status and a decimal value.
    assert!(ask(
        &store,
        r#"ASK { ?f a pk:Fact ; pk:subject/rdfs:label "浙江省"@zh ; pk:year 2024 ;
                    pk:status "target" ; pk:value ?v ; pk:unit ?u ; pk:indicator ?i .
                 FILTER (DATATYPE(?v) = xsd:decimal) }"#
    ));
}

const LONGGANG: &str = "2023年以来,支持龙港市承担省“尖兵领雁”项目1项。\n";
const LONGGANG_CHANGED: &str = "省科协联合省委人才办,组建龙港市希望之光组合式人才帮扶团。\n";
const ZHEJIANG_LAB: &str =
    "之江实验室获批建设国家新一代人工智能公共算力开放创新平台,浙江大学承担“尖兵领雁”项目。\n";

fn has_label(store: &KnowledgeStore, name: &str) -> bool {
    ask(store, &format!(r#"ASK {{ ?x rdfs:label "{name}"@zh }}"#))
}

#[test]
fn rebuilding_a_changed_document_replaces_its_graph() {
    let store = KnowledgeStore::in_memory().unwrap();
    assert!(!add(&store, "a.txt", LONGGANG).replaced);
    add(&store, "b.txt", ZHEJIANG_LAB);
    assert!(ask(
        &store,
        r#"ASK { ?x rdfs:label "龙港市"@zh ; pk:undertakes/rdfs:label "尖兵领雁"@zh }"#
    ));

    let report = add(&store, "a.txt", LONGGANG_CHANGED);
    assert!(report.replaced);
    // The old statement is gone from the merged graph and from the document's graph …
    assert!(!ask(
        &store,
        r#"ASK { ?x rdfs:label "龙港市"@zh ; pk:undertakes ?p }"#
    ));
    assert!(!ask(
        &store,
        r#"ASK { GRAPH <https://w3id.org/policykg/doc/a.txt> { ?d pk:mentions ?e . ?e rdfs:label "尖兵领雁"@zh } }"#
    ));
    // … what the new version says is there, and the other document is untouched.
    assert!(has_label(&store, "龙港市希望之光组合式人才帮扶团"));
    assert!(has_label(&store, "尖兵领雁"));
    assert_eq!(store.documents().unwrap().len(), 2);

    // The result is exactly what building the new version from scratch gives.
    let fresh = KnowledgeStore::in_memory().unwrap();
    add(&fresh, "a.txt", LONGGANG_CHANGED);
    add(&fresh, "b.txt", ZHEJIANG_LAB);
    assert_eq!(store.triple_count().unwrap(), fresh.triple_count().unwrap());
    for format in FORMATS {
        assert_eq!(export(&store, format), export(&fresh, format), "{format:?}");
    }
}

/// Per document: the stored counts and the numbers of nodes they count, as found in the
/// document's graph.
fn stored_and_counted(store: &KnowledgeStore) -> Vec<BTreeMap<String, String>> {
    select(
        store,
        r#"SELECT ?d ?entityCount ?entities ?relationCount ?relations ?factCount ?facts WHERE {
             GRAPH ?d { ?d a pk:Document ; pk:entityCount ?entityCount ;
                           pk:relationCount ?relationCount ; pk:factCount ?factCount }
             { SELECT ?d (COUNT(DISTINCT ?e) AS ?entities)
               WHERE { ?d a pk:Document . OPTIONAL { GRAPH ?d { ?d pk:mentions ?e } } }
               GROUP BY ?d }
             { SELECT ?d (COUNT(DISTINCT ?r) AS ?relations)
               WHERE { ?d a pk:Document . OPTIONAL { GRAPH ?d { ?r a pk:RelationAssertion } } }
               GROUP BY ?d }
             { SELECT ?d (COUNT(DISTINCT ?f) AS ?facts)
               WHERE { ?d a pk:Document . OPTIONAL { GRAPH ?d { ?f a pk:Fact } } } GROUP BY ?d }
           } ORDER BY ?d"#,
    )
}

#[test]
fn each_document_states_how_many_entities_relations_and_facts_its_graph_holds() {
    let store = KnowledgeStore::in_memory().unwrap();
    add(&store, "a.txt", LONGGANG);
    add(&store, "b.txt", ZHEJIANG_LAB);
    add(&store, "c.txt", "无关的一句话。");
    add(&store, "a.txt", LONGGANG_CHANGED);
    let rows = stored_and_counted(&store);
    assert_eq!(rows.len(), 3, "{rows:?}");
    for row in &rows {
        assert_eq!(row["entityCount"], row["entities"], "{row:?}");
        assert_eq!(row["relationCount"], row["relations"], "{row:?}");
        assert_eq!(row["factCount"], row["facts"], "{row:?}");
    }
    let counts = |d: &str| {
        let row = rows.iter().find(|r| r["d"].ends_with(d)).unwrap();
        [&row["entities"], &row["relations"], &row["facts"]].map(|n| n.parse::<u32>().unwrap())
    };
    assert!(counts("b.txt")[..2].iter().all(|&n| n > 0), "{rows:?}");
    assert_eq!(counts("c.txt"), [0, 0, 0]);
    // The sample: a long document, counted the same way.
    let rows = stored_and_counted(&sample_store());
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row["entityCount"], row["entities"]);
    assert_eq!(row["relationCount"], row["relations"]);
    assert_eq!(row["factCount"], row["facts"]);
    assert!(row["factCount"].parse::<u32>().unwrap() > 10, "{row:?}");
}
#[test]
fn removing_a_document_drops_entities_no_other_document_mentions() {
    let store = KnowledgeStore::in_memory().unwrap();
    add(&store, "a.txt", LONGGANG);
    add(&store, "b.txt", ZHEJIANG_LAB);
    assert!(has_label(&store, "龙港市") && has_label(&store, "尖兵领雁"));

    assert!(store.remove_document("a.txt").unwrap());
    assert!(!store.remove_document("a.txt").unwrap());
    // 龙港市 was only in a.txt; 尖兵领雁 is still mentioned by b.txt.
    assert!(!has_label(&store, "龙港市"));
    assert!(!ask(
        &store,
        "ASK { ?s ?p <https://w3id.org/policykg/id/place/龙港市> }"
    ));
    assert!(has_label(&store, "尖兵领雁"));
    assert!(ask(
        &store,
        r#"ASK { ?d pk:mentions ?e . ?e rdfs:label "尖兵领雁"@zh }"#
    ));
    assert_eq!(
        store.documents().unwrap(),
        ["https://w3id.org/policykg/doc/b.txt"]
    );

    let only_b = KnowledgeStore::in_memory().unwrap();
    add(&only_b, "b.txt", ZHEJIANG_LAB);
    assert_eq!(
        export(&store, ExportFormat::Nquads),
        export(&only_b, ExportFormat::Nquads)
    );

    assert!(store.remove_document("b.txt").unwrap());
    assert_eq!(store.triple_count().unwrap(), 0);
    assert!(store.documents().unwrap().is_empty());
}

#[test]
fn remove_command_deletes_documents_by_path() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("a.txt"), LONGGANG).unwrap();
    std::fs::write(docs.join("b.txt"), ZHEJIANG_LAB).unwrap();
    let kg = dir.path().join("kg");
    let bin = env!("CARGO_BIN_EXE_policykg");
    let run = |args: &[&std::ffi::OsStr]| {
        let out = Command::new(bin).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run(&[
        "build".as_ref(),
        "--store".as_ref(),
        kg.as_os_str(),
        docs.as_os_str(),
    ]);
    let query = r#"SELECT ?name WHERE { ?d pk:mentions ?e . ?e rdfs:label ?name } ORDER BY ?name"#;
    let before = run(&[
        "query".as_ref(),
        "--store".as_ref(),
        kg.as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        query.as_ref(),
    ]);
    assert!(before.contains("龙港市") && before.contains("尖兵领雁"));
    let removed = run(&[
        "remove".as_ref(),
        "--store".as_ref(),
        kg.as_os_str(),
        docs.join("a.txt").as_os_str(),
    ]);
    assert!(removed.contains("removed 1 documents"), "{removed}");
    let after = run(&[
        "query".as_ref(),
        "--store".as_ref(),
        kg.as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        query.as_ref(),
    ]);
    assert!(!after.contains("龙港市"), "{after}");
    assert!(
        after.contains("尖兵领雁") && after.contains("之江实验室"),
        "{after}"
    );
}

#[test]
fn building_the_same_corpus_twice_gives_identical_counts_and_exports() {
    let first = sample_store();
    let second = sample_store();
    let count = first.triple_count().unwrap();
    assert!(count > 500);
    assert_eq!(count, second.triple_count().unwrap());
    // Rebuilding into the same store changes nothing either.
    let extractor = Extractor::builtin().unwrap();
    let report = policykg::corpus::build(
        &extractor,
        &second,
        &[PathBuf::from("data/corpus")],
        2,
        |_| {},
    )
    .unwrap();
    assert_eq!(report.replaced, 1);
    assert_eq!(count, second.triple_count().unwrap());
    for format in FORMATS {
        let (a, b) = (export(&first, format), export(&second, format));
        assert!(!a.is_empty(), "{format:?}");
        assert!(a == b, "{format:?} export differs between builds");
    }
}

/// The Python that has rdflib and networkx (`.ci/run` sets it), or a skip message.
fn python() -> Option<String> {
    match std::env::var("POLICYKG_PYTHON") {
        Ok(p) if !p.is_empty() => Some(p),
        _ => {
            eprintln!(
                "SKIPPED: POLICYKG_PYTHON is not set; point it at a Python with rdflib and \
                 networkx (`.ci/run` does) to parse every export format"
            );
            None
        }
    }
}

const RDFLIB_CHECK: &str = r#"
import sys, rdflib, networkx
formats = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
           "rdfxml": "xml", "jsonld": "json-ld"}
folder = sys.argv[1]
for name, fmt in formats.items():
    ds = rdflib.Dataset()
    ds.parse(f"{folder}/kg.{name}", format=fmt)
    triples = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    print(name, len(triples))
g = networkx.read_graphml(f"{folder}/kg.graphml")
bad = [n for n, d in g.nodes(data=True) if not d.get("label") or not d.get("type")]
print("graphml", g.number_of_nodes(), g.number_of_edges(), len(bad))
"#;

#[test]
fn every_export_format_parses_in_rdflib_with_the_same_triples() {
    let Some(python) = python() else {
        return;
    };
    let store = sample_store();
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld", "graphml",
    ];
    for (format, name) in FORMATS.iter().zip(names) {
        std::fs::write(
            dir.path().join(format!("kg.{name}")),
            export(&store, *format),
        )
        .unwrap();
    }
    let out = Command::new(&python)
        .arg("-c")
        .arg(RDFLIB_CHECK)
        .arg(dir.path())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: BTreeMap<&str, Vec<usize>> = stdout
        .lines()
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let name = parts.next()?;
            Some((name, parts.map(|n| n.parse().unwrap()).collect()))
        })
        .collect();
    let triples = store.triple_count().unwrap();
    for name in &names[..6] {
        assert_eq!(lines[name], [triples], "{name}: {stdout}");
    }
    // GraphML: one node per entity, one edge per distinct relation triple, and every node
    // with its label and type.
    let entities = select(
        &store,
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?d pk:mentions ?e }",
    )[0]["n"]
        .parse::<usize>()
        .unwrap();
    let relations = select(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE {
           VALUES ?p { pk:locatedIn pk:subOrganizationOf pk:supports pk:undertakes
                       pk:establishes pk:cooperatesWith pk:issuedBy }
           ?s ?p ?o }",
    )[0]["n"]
        .parse::<usize>()
        .unwrap();
    assert_eq!(
        lines["graphml"],
        [entities, relations, 0],
        "graphml: nodes, edges, nodes without label or type"
    );
}

#[test]
fn sample_export_and_fixture_conform_to_the_shapes() {
    let Some(python) = python() else {
        return;
    };
    let has_pyshacl = Command::new(&python)
        .args(["-c", "import pyshacl"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_pyshacl {
        eprintln!("SKIPPED: {python} has no pyshacl");
        return;
    }
    let store = sample_store();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kg.trig");
    std::fs::write(&file, export(&store, ExportFormat::Trig)).unwrap();
    // The fresh export, and the hand-written sample that documents the model.
    for data in [file.as_path(), Path::new("tests/fixtures/sample-kg.trig")] {
        let out = Command::new(&python)
            .arg(Path::new(".ci/validate_shacl.py"))
            .arg(data)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}: {}\n{}",
            data.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn every_term_the_export_uses_is_declared_in_the_ontology() {
    let ontology = KnowledgeStore::in_memory().unwrap();
    ontology
        .oxigraph()
        .load_from_reader(
            oxigraph::io::RdfFormat::Turtle,
            std::fs::read("ontology/policykg.ttl").unwrap().as_slice(),
        )
        .unwrap();
    let declared: Vec<String> = select(
        &ontology,
        "PREFIX owl: <http://www.w3.org/2002/07/owl#>
         SELECT ?t WHERE { ?t a ?kind .
           VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty }
           FILTER (STRSTARTS(STR(?t), STR(pk:))) }",
    )
    .into_iter()
    .map(|r| r["t"].clone())
    .collect();
    assert!(declared.len() > 30, "{declared:?}");
    let used = select(
        &sample_store(),
        "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t }
           FILTER (STRSTARTS(STR(?t), STR(pk:))) }",
    );
    for row in used {
        assert!(
            declared.contains(&row["t"]),
            "{} is not in the ontology",
            row["t"]
        );
    }
}
