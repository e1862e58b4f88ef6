//! The knowledge store: an Oxigraph RDF store with one named graph per document and,
//! in the default graph, the merged knowledge graph (the set-union of all document
//! graphs), so a query without `GRAPH` sees every entity and statement once.

use crate::error::{Error, Result};
use crate::model::Extraction;
use crate::rdf;
use crate::vocab::{self, PREFIXES};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, QuadRef};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{BulkLoader, Store};
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What building one document changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Quads in the document's graph.
    pub quads: usize,
    /// Whether the document replaced an earlier version of itself.
    pub replaced: bool,
}

/// The RDF store of a knowledge graph.
pub struct KnowledgeStore {
    store: Store,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for KnowledgeStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KnowledgeStore")
            .field("path", &self.path)
            .finish()
    }
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// GraphML for Gephi, Cytoscape, yEd and networkx.
    Graphml,
    /// Turtle (the merged graph).
    Turtle,
    /// N-Triples (the merged graph).
    Ntriples,
    /// N-Quads (every document graph and the merged graph).
    Nquads,
    /// TriG (every document graph and the merged graph).
    Trig,
    /// RDF/XML (the merged graph).
    Rdfxml,
    /// JSON-LD (every document graph and the merged graph).
    Jsonld,
}

impl ExportFormat {
    fn rdf_format(self) -> Option<RdfFormat> {
        Some(match self {
            Self::Graphml => return None,
            Self::Turtle => RdfFormat::Turtle,
            Self::Ntriples => RdfFormat::NTriples,
            Self::Nquads => RdfFormat::NQuads,
            Self::Trig => RdfFormat::TriG,
            Self::Rdfxml => RdfFormat::RdfXml,
            Self::Jsonld => RdfFormat::JsonLd {
                profile: Default::default(),
            },
        })
    }
}

impl KnowledgeStore {
    /// Opens (or creates) the persistent store in folder `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let store = Store::open(path).map_err(|e| store_error(path, e))?;
        Ok(Self {
            store,
            path: Some(path.to_path_buf()),
        })
    }

    /// Opens an existing store read-only (several readers may share it).
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        if !path.join("CURRENT").exists() {
            return Err(Error::Store {
                path: path.to_path_buf(),
                reason: "no store here (build one with `policykg build --store DIR PATH…`)"
                    .to_owned(),
            });
        }
        let store = Store::open_read_only(path).map_err(|e| store_error(path, e))?;
        Ok(Self {
            store,
            path: Some(path.to_path_buf()),
        })
    }

    /// A store in memory.
    pub fn in_memory() -> Result<Self> {
        let store = Store::new().map_err(|e| store_error(Path::new(":memory:"), e))?;
        Ok(Self { store, path: None })
    }

    /// The underlying Oxigraph store.
    pub fn oxigraph(&self) -> &Store {
        &self.store
    }

    fn error(&self, e: impl std::fmt::Display) -> Error {
        store_error(self.path.as_deref().unwrap_or(Path::new(":memory:")), e)
    }

    /// Writes a document's extraction into its named graph, replacing what an earlier
    /// build of the same document (same key) wrote, in one transaction.
    pub fn add_document(&self, key: &str, extraction: &Extraction) -> Result<LoadReport> {
        self.add_document_quads(key, &rdf::document_quads(key, extraction))
    }

    /// Like [`add_document`](Self::add_document), with the document's quads already made
    /// by [`rdf::document_quads`].
    pub fn add_document_quads(&self, key: &str, quads: &[Quad]) -> Result<LoadReport> {
        let graph = NamedNode::new_unchecked(vocab::document_iri(key));
        self.replace_graph(&graph, quads)
    }

    /// Whether the store holds no quad at all (a fresh store, which
    /// [`crate::corpus::build`] fills with the bulk loader).
    pub fn is_empty(&self) -> Result<bool> {
        self.store.is_empty().map_err(|e| self.error(e))
    }

    /// A bulk load into this store, which must be empty: far faster than
    /// [`add_document`](Self::add_document) for a whole corpus, but nothing is visible
    /// until [`BulkLoad::commit`], and documents are not replaced (each key once).
    pub fn bulk_load(&self) -> Result<BulkLoad<'_>> {
        if !self.is_empty()? {
            return Err(self.error("a bulk load needs an empty store"));
        }
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let loader = self
            .store
            .bulk_loader()
            .with_num_threads(threads)
            .with_max_memory_size_in_megabytes(BULK_MEMORY_MB);
        Ok(BulkLoad {
            store: self,
            loader,
            buffer: Vec::with_capacity(BULK_BUFFER_QUADS),
        })
    }

    /// The store keys of the documents built from exactly the file `path` (an index look-up
    /// on `pk:path`), sorted.
    pub fn keys_for_file(&self, path: &str) -> Result<Vec<String>> {
        let predicate = NamedNode::new_unchecked(format!("{}path", vocab::PK));
        let literal = oxigraph::model::Literal::new_simple_literal(path);
        let mut keys: Vec<String> = self
            .store
            .quads_for_pattern(
                None,
                Some(predicate.as_ref()),
                Some(literal.as_ref().into()),
                None,
            )
            .filter_map(|q| q.ok())
            .filter_map(|q| match q.graph_name {
                GraphName::NamedNode(g) => vocab::document_key(g.as_str()),
                _ => None,
            })
            .collect();
        keys.sort();
        keys.dedup();
        Ok(keys)
    }

    /// The store keys of the documents built from `path` (their `pk:path`), or from files
    /// under it when it is a folder, sorted.
    pub fn keys_for_path(&self, path: &str) -> Result<Vec<String>> {
        let path = path.trim_end_matches('/');
        let literal = |s: &str| oxigraph::model::Literal::new_simple_literal(s).to_string();
        let query = format!(
            "SELECT DISTINCT ?d WHERE {{ GRAPH ?d {{ ?d pk:path ?p }} FILTER(?p = {} || STRSTARTS(?p, {})) }}",
            literal(path),
            literal(&format!("{path}/"))
        );
        let mut keys = Vec::new();
        if let QueryResults::Solutions(solutions) = self.query(&query)? {
            for solution in solutions {
                let solution = solution.map_err(|e| Error::SparqlEvaluation(e.to_string()))?;
                if let Some(oxigraph::model::Term::NamedNode(d)) = solution.get("d") {
                    keys.extend(vocab::document_key(d.as_str()));
                }
            }
        }
        keys.sort();
        Ok(keys)
    }

    /// Removes a document's graph (by store key). Returns whether it was there.
    pub fn remove_document(&self, key: &str) -> Result<bool> {
        let graph = NamedNode::new_unchecked(vocab::document_iri(key));
        let existed = self
            .store
            .contains_named_graph(&graph)
            .map_err(|e| self.error(e))?;
        if existed {
            self.replace_graph(&graph, &[])?;
            let mut transaction = self.store.start_transaction().map_err(|e| self.error(e))?;
            transaction
                .remove_named_graph(&graph)
                .map_err(|e| self.error(e))?;
            transaction.commit().map_err(|e| self.error(e))?;
        }
        Ok(existed)
    }

    fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<LoadReport> {
        let graph_name = GraphNameRef::NamedNode(graph.as_ref());
        let mut transaction = self.store.start_transaction().map_err(|e| self.error(e))?;
        let old: Vec<Quad> = transaction
            .quads_for_pattern(None, None, None, Some(graph_name))
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| self.error(e))?;
        let replaced = !old.is_empty();
        // Only what changed is written: a rebuilt document mostly states what it stated
        // before, and rewriting those quads (in every index) is most of the cost.
        let new: HashSet<&Quad> = quads.iter().collect();
        let kept: HashSet<&Quad> = old.iter().filter(|q| new.contains(q)).collect();
        // A triple leaves the merged graph when no other document states it; what the
        // new version states goes back in below. Triples about the document's own nodes
        // (the document, its mentions, assertions and facts: `<doc>` and `<doc#…>`) are
        // stated by no other document, so only entity triples need the look-up.
        let own = |subject: &oxigraph::model::NamedOrBlankNode| match subject {
            oxigraph::model::NamedOrBlankNode::NamedNode(n) => n
                .as_str()
                .strip_prefix(graph.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('#')),
            _ => false,
        };
        for quad in old.iter().filter(|q| !kept.contains(q)) {
            let stated_elsewhere = !own(&quad.subject)
                && transaction
                    .quads_for_pattern(
                        Some(quad.subject.as_ref()),
                        Some(quad.predicate.as_ref()),
                        Some(quad.object.as_ref()),
                        None,
                    )
                    .filter_map(|q| q.ok())
                    .any(|q| {
                        q.graph_name != GraphName::DefaultGraph && q.graph_name != quad.graph_name
                    });
            if !stated_elsewhere {
                transaction.remove(QuadRef::new(
                    &quad.subject,
                    &quad.predicate,
                    &quad.object,
                    GraphNameRef::DefaultGraph,
                ));
            }
            transaction.remove(quad);
        }
        for quad in quads.iter().filter(|q| !kept.contains(q)) {
            transaction.insert(quad);
            transaction.insert(QuadRef::new(
                &quad.subject,
                &quad.predicate,
                &quad.object,
                GraphNameRef::DefaultGraph,
            ));
        }
        transaction.commit().map_err(|e| self.error(e))?;
        Ok(LoadReport {
            quads: quads.len(),
            replaced,
        })
    }

    /// The store keys' IRIs of every document in the store.
    pub fn documents(&self) -> Result<Vec<String>> {
        let mut docs: Vec<String> = self
            .store
            .named_graphs()
            .filter_map(|g| g.ok())
            .filter_map(|g| match g {
                NamedOrBlankNode::NamedNode(n) => Some(n.into_string()),
                _ => None,
            })
            .collect();
        docs.sort();
        Ok(docs)
    }

    /// Number of triples in the merged graph.
    pub fn triple_count(&self) -> Result<usize> {
        // SPARQL counts on encoded terms; iterating quads would decode every string.
        if let QueryResults::Solutions(mut solutions) =
            self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")?
            && let Some(row) = solutions.next()
            && let Some(oxigraph::model::Term::Literal(n)) = row
                .map_err(|e| Error::SparqlEvaluation(e.to_string()))?
                .get("n")
        {
            return n
                .value()
                .parse()
                .map_err(|_| self.error(format!("bad count `{}`", n.value())));
        }
        Err(self.error("the triple count query gave no answer"))
    }

    /// Runs a SPARQL 1.1 query. The `pk:`, `rdf:`, `rdfs:`, `skos:`, `dcterms:`,
    /// `prov:` and `xsd:` prefixes are predefined; the default graph is the merged graph.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>> {
        let mut evaluator = SparqlEvaluator::new();
        for (prefix, iri) in PREFIXES {
            evaluator = evaluator
                .with_prefix(prefix, iri)
                .map_err(|e| Error::SparqlSyntax(e.to_string()))?;
        }
        let prepared = evaluator
            .parse_query(sparql)
            .map_err(|e| Error::SparqlSyntax(e.to_string()))?;
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| Error::SparqlEvaluation(e.to_string()))
    }

    /// Calls `each` with the quads of the export in sorted order, so that output is
    /// byte-identical across runs: the merged graph for triple formats, everything for
    /// dataset formats. Quads are ordered by the text of their graph name, subject,
    /// predicate and object; graphs are read one at a time, and one bigger than `chunk`
    /// quads (the merged graph) is sorted in runs spilled to temporary files and merged,
    /// so memory stays bounded whatever the size of the store.
    fn for_each_sorted_quad(
        &self,
        dataset: bool,
        chunk: usize,
        mut each: impl FnMut(Quad) -> Result<()>,
    ) -> Result<()> {
        let mut graphs = vec![GraphName::DefaultGraph];
        if dataset {
            for graph in self.store.named_graphs() {
                graphs.push(match graph.map_err(|e| self.error(e))? {
                    NamedOrBlankNode::NamedNode(n) => GraphName::NamedNode(n),
                    NamedOrBlankNode::BlankNode(b) => GraphName::BlankNode(b),
                });
            }
        }
        graphs.sort_by_cached_key(|g| g.to_string());
        for graph in graphs {
            let quads = self
                .store
                .quads_for_pattern(None, None, None, Some(graph.as_ref()))
                .map(|q| q.map_err(|e| self.error(e)));
            external_sort(quads, chunk, &mut each)?;
        }
        Ok(())
    }

    /// Writes the store in an RDF format (GraphML goes through [`crate::graphml`]).
    pub fn export(&self, format: ExportFormat, writer: impl Write) -> Result<()> {
        self.export_with_progress(format, writer, |_, _| {})
    }

    /// Like [`export`](Self::export), calling `progress(done, total)` every 10,000
    /// quads written (for a progress bar; GraphML reports only its end).
    pub fn export_with_progress(
        &self,
        format: ExportFormat,
        mut writer: impl Write,
        mut progress: impl FnMut(u64, u64),
    ) -> Result<()> {
        let Some(rdf_format) = format.rdf_format() else {
            let graph = crate::graph::KnowledgeGraph::from_store(self)?;
            crate::graphml::write(&graph, writer)?;
            progress(1, 1);
            return Ok(());
        };
        let dataset = rdf_format.supports_datasets();
        let mut serializer = RdfSerializer::from_format(rdf_format);
        if matches!(format, ExportFormat::Turtle | ExportFormat::Trig) {
            for (prefix, iri) in PREFIXES {
                serializer = serializer
                    .with_prefix(prefix, iri)
                    .map_err(|e| Error::Output(e.to_string()))?;
            }
        }
        let mut out = serializer.for_writer(&mut writer);
        let total = if dataset {
            self.store.len().map_err(|e| self.error(e))?
        } else {
            self.triple_count()?
        } as u64;
        let mut done = 0;
        self.for_each_sorted_quad(dataset, EXPORT_SORT_QUADS, |quad| {
            if done % 10_000 == 0 {
                progress(done, total);
            }
            done += 1;
            if dataset {
                out.serialize_quad(&quad)
            } else {
                out.serialize_triple(quad.as_ref())
            }
            .map_err(|e| Error::Output(e.to_string()))
        })?;
        out.finish().map_err(|e| Error::Output(e.to_string()))?;
        writer.flush().map_err(|e| Error::Output(e.to_string()))?;
        progress(total, total);
        Ok(())
    }

    /// Flushes and compacts the store.
    pub fn optimize(&self) -> Result<()> {
        self.store.optimize().map_err(|e| self.error(e))
    }
}

/// Quads of one graph sorted in memory during an export; a bigger graph is sorted in
/// runs of this size written to temporary files.
const EXPORT_SORT_QUADS: usize = 200_000;

/// The sort key of a quad within its graph: the text of its subject, predicate and object.
type QuadKey = (String, String, String);

fn quad_key(quad: &Quad) -> QuadKey {
    (
        quad.subject.to_string(),
        quad.predicate.to_string(),
        quad.object.to_string(),
    )
}

/// Calls `each` with `quads` in [`quad_key`] order, holding at most `chunk` of them in
/// memory: when there are more, sorted runs of `chunk` quads go to temporary N-Quads files,
/// which are then merged.
fn external_sort(
    quads: impl Iterator<Item = Result<Quad>>,
    chunk: usize,
    mut each: impl FnMut(Quad) -> Result<()>,
) -> Result<()> {
    let mut runs = Vec::new();
    let mut buffer: Vec<(QuadKey, Quad)> = Vec::new();
    for quad in quads {
        let quad = quad?;
        buffer.push((quad_key(&quad), quad));
        if buffer.len() >= chunk {
            runs.push(spill(&mut buffer)?);
        }
    }
    if runs.is_empty() {
        buffer.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        return buffer.into_iter().try_for_each(|(_, quad)| each(quad));
    }
    if !buffer.is_empty() {
        runs.push(spill(&mut buffer)?);
    }
    drop(buffer);
    // A k-way merge: the heap holds the smallest unread quad of each run.
    let mut readers = runs
        .into_iter()
        .map(|file| {
            // The runs hold what the store holds, written by Oxigraph: no need to check it.
            RdfParser::from_format(RdfFormat::NQuads)
                .lenient()
                .for_reader(std::io::BufReader::new(file))
                .map(|q| q.map_err(|e| Error::Output(format!("export sort: {e}"))))
        })
        .collect::<Vec<_>>();
    let mut heads: Vec<Option<Quad>> = vec![None; readers.len()];
    let mut heap = std::collections::BinaryHeap::new();
    for (run, reader) in readers.iter_mut().enumerate() {
        if let Some(quad) = reader.next().transpose()? {
            heap.push(std::cmp::Reverse((quad_key(&quad), run)));
            heads[run] = Some(quad);
        }
    }
    while let Some(std::cmp::Reverse((_, run))) = heap.pop() {
        if let Some(quad) = heads[run].take() {
            each(quad)?;
        }
        if let Some(next) = readers[run].next().transpose()? {
            heap.push(std::cmp::Reverse((quad_key(&next), run)));
            heads[run] = Some(next);
        }
    }
    Ok(())
}

/// Sorts `buffer` into a temporary N-Quads file (deleted when dropped) and empties it.
fn spill(buffer: &mut Vec<(QuadKey, Quad)>) -> Result<std::fs::File> {
    use std::io::{Seek, Write as _};
    let io = |e: std::io::Error| Error::Output(format!("export sort: {e}"));
    buffer.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut file = tempfile::tempfile().map_err(io)?;
    let mut out = std::io::BufWriter::new(&mut file);
    for (_, quad) in buffer.drain(..) {
        writeln!(out, "{quad} .").map_err(io)?;
    }
    out.flush().map_err(io)?;
    drop(out);
    file.rewind().map_err(io)?;
    Ok(file)
}

/// Rough memory budget of the bulk loader's sorted batches.
const BULK_MEMORY_MB: usize = 400;
/// Quads gathered from documents before they go to the bulk loader.
const BULK_BUFFER_QUADS: usize = 400_000;

/// A bulk load of documents into an empty [`KnowledgeStore`]: each document's quads go
/// into its named graph and, as a copy, into the default graph (duplicates across
/// documents collapse, so the default graph is the set-union, as with
/// [`KnowledgeStore::add_document`]). Memory stays bounded: quads are handed to
/// Oxigraph's bulk loader in batches, which writes sorted files to disk.
pub struct BulkLoad<'a> {
    store: &'a KnowledgeStore,
    loader: BulkLoader<'a>,
    buffer: Vec<Quad>,
}

impl std::fmt::Debug for BulkLoad<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BulkLoad")
            .field("store", &self.store)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}

impl BulkLoad<'_> {
    /// Adds a document's extraction (each store key at most once per load).
    pub fn add_document(&mut self, key: &str, extraction: &Extraction) -> Result<LoadReport> {
        self.add_quads(rdf::document_quads(key, extraction))
    }

    /// Adds a document's quads, made by [`rdf::document_quads`].
    pub fn add_quads(&mut self, quads: Vec<Quad>) -> Result<LoadReport> {
        let count = quads.len();
        self.buffer.reserve(2 * count);
        for quad in quads {
            let copy = Quad::new(
                quad.subject.clone(),
                quad.predicate.clone(),
                quad.object.clone(),
                GraphName::DefaultGraph,
            );
            self.buffer.push(quad);
            self.buffer.push(copy);
        }
        if self.buffer.len() >= BULK_BUFFER_QUADS {
            self.flush()?;
        }
        Ok(LoadReport {
            quads: count,
            replaced: false,
        })
    }

    fn flush(&mut self) -> Result<()> {
        let batch = std::mem::replace(&mut self.buffer, Vec::with_capacity(BULK_BUFFER_QUADS));
        self.loader
            .load_quads(batch)
            .map_err(|e| self.store.error(e))
    }

    /// Writes everything into the store; before this, nothing of the load is visible.
    pub fn commit(mut self) -> Result<()> {
        if !self.buffer.is_empty() {
            self.flush()?;
        }
        let store = self.store;
        self.loader.commit().map_err(|e| store.error(e))?;
        // The loader adds its sorted files side by side, hundreds of overlapping files
        // for a big corpus, which every look-up must then search: queries on such a store
        // run tens of times slower until it is compacted once.
        store.optimize()
    }
}

fn store_error(path: &Path, e: impl std::fmt::Display) -> Error {
    let reason = e.to_string();
    let reason = if reason.contains("lock") || reason.contains("LOCK") {
        format!("the store is in use by another process ({reason})")
    } else {
        reason
    };
    Error::Store {
        path: path.to_path_buf(),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{BlankNode, Literal};

    /// A store whose graphs' IRIs are prefixes of each other, with literals that need
    /// escaping, a blank node, and quads in the default graph.
    fn store() -> KnowledgeStore {
        let store = KnowledgeStore::in_memory().unwrap();
        let iri = |s: &str| NamedNode::new_unchecked(format!("https://example.org/{s}"));
        let graphs = ["a", "a#x", "a.b", "b", "ab"];
        for (i, g) in graphs.iter().enumerate() {
            for j in 0..7 {
                let subject = iri(&format!("{g}#s{}", (i * 7 + j) % 5));
                let objects: [oxigraph::model::Term; 3] = [
                    Literal::new_language_tagged_literal_unchecked(format!("名\"{j}\n\\"), "zh")
                        .into(),
                    Literal::from(j as i64).into(),
                    iri(&format!("e{}", j % 3)).into(),
                ];
                for (k, object) in objects.into_iter().enumerate() {
                    let quad = Quad::new(subject.clone(), iri(&format!("p{k}")), object, iri(g));
                    store.store.insert(&quad).unwrap();
                    store
                        .store
                        .insert(QuadRef::new(
                            &quad.subject,
                            &quad.predicate,
                            &quad.object,
                            GraphNameRef::DefaultGraph,
                        ))
                        .unwrap();
                }
            }
        }
        let blank = BlankNode::new_unchecked("b0");
        store
            .store
            .insert(QuadRef::new(
                &blank,
                &iri("p0"),
                &iri("e0"),
                GraphNameRef::DefaultGraph,
            ))
            .unwrap();
        store
    }

    /// Every quad sorted in memory by the text of graph, subject, predicate and object.
    fn sorted_in_memory(store: &KnowledgeStore, dataset: bool) -> Vec<Quad> {
        let graph = (!dataset).then_some(GraphNameRef::DefaultGraph);
        let mut quads: Vec<Quad> = store
            .store
            .quads_for_pattern(None, None, None, graph)
            .map(|q| q.unwrap())
            .collect();
        quads.sort_by_cached_key(|q| (q.graph_name.to_string(), quad_key(q)));
        quads
    }

    #[test]
    fn export_order_is_the_in_memory_sort_whatever_the_run_size() {
        let store = store();
        for dataset in [false, true] {
            let expected = sorted_in_memory(&store, dataset);
            for chunk in [1, 4, 50, EXPORT_SORT_QUADS] {
                let mut quads = Vec::new();
                store
                    .for_each_sorted_quad(dataset, chunk, |q| {
                        quads.push(q);
                        Ok(())
                    })
                    .unwrap();
                assert_eq!(quads, expected, "dataset {dataset}, chunk {chunk}");
            }
        }
    }
}
