//! Corpus-scale behaviour: output independent of the number of threads, the bulk
//! loader equal to per-document transactions, and N-Quads shards that concatenate into
//! the same dataset as one build.

#[path = "../benches/support/corpus_gen.rs"]
mod corpus_gen;

use assert_cmd::Command;
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use oxigraph::store::Store;
use policykg::{Extractor, KnowledgeStore};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn policykg() -> Command {
    Command::cargo_bin("policykg").unwrap()
}

/// The shipped sample plus `n` generated documents.
fn corpus(dir: &Path, n: u64) -> PathBuf {
    let root = dir.join("corpus");
    std::fs::create_dir_all(&root).unwrap();
    let names = corpus_gen::Names::new();
    for index in 0..n {
        let path = corpus_gen::document_path(&root, index);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, corpus_gen::document(&names, 7, index)).unwrap();
    }
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/data/corpus/seed.txt"),
        root.join("seed.txt"),
    )
    .unwrap();
    root
}

fn stdout(args: &[&str]) -> Vec<u8> {
    let output = policykg().args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    output.stdout
}

fn quads(store: &Store) -> BTreeSet<String> {
    store
        .iter()
        .map(|q| q.unwrap().to_string())
        .collect::<BTreeSet<_>>()
}

#[test]
fn generated_corpus_is_reproducible() {
    let names = corpus_gen::Names::new();
    assert_eq!(
        corpus_gen::document(&names, 42, 3),
        corpus_gen::document(&names, 42, 3)
    );
    assert_ne!(
        corpus_gen::document(&names, 42, 3),
        corpus_gen::document(&names, 42, 4)
    );
}

#[test]
fn output_is_identical_whatever_the_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let root = corpus(dir.path(), 40);
    let root = root.to_str().unwrap();
    for format in ["jsonl", "nquads"] {
        let one = stdout(&["extract", "--format", format, "--jobs", "1", root]);
        assert!(!one.is_empty());
        for jobs in ["2", "3", "8"] {
            let many = stdout(&["extract", "--format", format, "--jobs", jobs, root]);
            assert!(
                one == many,
                "--format {format}: --jobs {jobs} differs from --jobs 1"
            );
        }
    }
    // Builds too: stores built with 1 and 3 threads export byte-identical N-Quads.
    let mut exports = Vec::new();
    for jobs in ["1", "3"] {
        let store = dir.path().join(format!("kg{jobs}"));
        let store = store.to_str().unwrap();
        stdout(&["build", "--store", store, "--jobs", jobs, root]);
        exports.push(stdout(&["export", "--store", store, "--format", "nquads"]));
    }
    assert!(exports[0] == exports[1]);
}

#[test]
fn documents_in_batches_are_extracted_as_one_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    // More documents than a batch holds, a short one and a binary file among them.
    let root = corpus(dir.path(), 70);
    std::fs::write(
        root.join("000/doc000040a.txt"),
        b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e",
    )
    .unwrap();
    std::fs::write(root.join("000/doc000041a.txt"), "浙江大学。").unwrap();
    let extractor = Extractor::builder().build().unwrap();
    let files = policykg::document::discover(std::slice::from_ref(&root)).unwrap();
    let one_at_a_time: Vec<Result<String, String>> = files
        .iter()
        .map(|(path, key)| {
            policykg::Document::from_path_with_key(path, key.clone())
                .map(|doc| serde_json::to_string(&extractor.extract(&doc)).unwrap())
                .map_err(|e| e.to_string())
        })
        .collect();
    assert_eq!(one_at_a_time.iter().filter(|r| r.is_err()).count(), 1);
    let docs: Vec<policykg::Document> = (files.iter())
        .filter_map(|(path, key)| policykg::Document::from_path_with_key(path, key.clone()).ok())
        .collect();
    let batch: Vec<String> = (extractor.extract_batch(&docs).iter())
        .map(|x| serde_json::to_string(x).unwrap())
        .collect();
    let expected: Vec<String> = one_at_a_time
        .iter()
        .filter_map(|r| r.clone().ok())
        .collect();
    assert!(batch == expected, "extract_batch differs from extract");
    for jobs in [1, 2, 3] {
        let mut got = Vec::new();
        policykg::corpus::extract_all(&extractor, std::slice::from_ref(&root), jobs, |_, _, r| {
            got.push(
                r.map(|x| serde_json::to_string(&x).unwrap())
                    .map_err(|e| e.to_string()),
            );
            Ok(())
        })
        .unwrap();
        assert!(
            got == one_at_a_time,
            "--jobs {jobs}: the corpus differs from one document at a time"
        );
    }
}

#[test]
fn bulk_load_equals_per_document_transactions() {
    let dir = tempfile::tempdir().unwrap();
    let root = corpus(dir.path(), 25);
    let extractor = Extractor::builder().build().unwrap();

    // A fresh store: the bulk loader.
    let bulk = KnowledgeStore::open(dir.path().join("bulk")).unwrap();
    let report =
        policykg::corpus::build(&extractor, &bulk, std::slice::from_ref(&root), 2, |_| {}).unwrap();
    assert!(report.bulk);
    assert_eq!(report.documents, 26);

    // The same documents, one transaction each, in a store that is not empty.
    let incremental = KnowledgeStore::in_memory().unwrap();
    let seed = root.join("seed.txt");
    let first = policykg::corpus::build(&extractor, &incremental, &[seed], 1, |_| {}).unwrap();
    assert!(first.bulk, "an empty in-memory store is bulk loaded too");
    let report = policykg::corpus::build(
        &extractor,
        &incremental,
        std::slice::from_ref(&root),
        2,
        |_| {},
    )
    .unwrap();
    assert!(!report.bulk);
    assert_eq!(report.documents, 26);

    // seed.txt was first built under the key `seed.txt`, then again under the same key
    // from the folder: replaced, not duplicated.
    assert_eq!(report.replaced, 1);
    assert_eq!(quads(bulk.oxigraph()), quads(incremental.oxigraph()));
    assert_eq!(
        bulk.triple_count().unwrap(),
        incremental.triple_count().unwrap()
    );
    assert!(bulk.triple_count().unwrap() > 1000);
}

#[test]
fn a_bulk_load_refuses_a_store_that_is_not_empty() {
    let store = KnowledgeStore::in_memory().unwrap();
    let extraction = Extractor::builder()
        .build()
        .unwrap()
        .extract(&policykg::Document::from_text(
            "a.txt",
            "浙江省科学技术厅支持杭州市。",
        ));
    store.add_document("a.txt", &extraction).unwrap();
    let err = store.bulk_load().unwrap_err();
    assert!(err.to_string().contains("needs an empty store"), "{err}");
}

#[test]
fn nquads_shards_concatenate_into_the_same_dataset_as_one_build() {
    let dir = tempfile::tempdir().unwrap();
    let root = corpus(dir.path(), 30);
    let build = dir.path().join("kg");
    stdout(&[
        "build",
        "--store",
        build.to_str().unwrap(),
        root.to_str().unwrap(),
    ]);
    // Three shards, as three machines would make them, concatenated; the first twice
    // (loading a shard again changes nothing).
    let mut concatenated = Vec::new();
    let mut sizes = Vec::new();
    for shard in ["0/3", "1/3", "2/3", "0/3"] {
        let part = stdout(&[
            "extract",
            "--format",
            "nquads",
            "--shard",
            shard,
            root.to_str().unwrap(),
        ]);
        sizes.push(part.len());
        concatenated.extend_from_slice(&part);
    }
    assert!(
        sizes.iter().all(|&s| s > 0),
        "every shard has documents: {sizes:?}"
    );
    let store = Store::new().unwrap();
    store
        .load_from_reader(RdfFormat::NQuads, concatenated.as_slice())
        .unwrap();
    let built = KnowledgeStore::open_read_only(&build).unwrap();
    assert_eq!(quads(&store), quads(built.oxigraph()));

    // Without the merged-graph copies, only named graphs.
    let named = stdout(&[
        "extract",
        "--format",
        "nquads",
        "--no-merged",
        root.to_str().unwrap(),
    ]);
    let store = Store::new().unwrap();
    store
        .load_from_reader(RdfFormat::NQuads, named.as_slice())
        .unwrap();
    assert!(
        store
            .iter()
            .all(|q: Result<Quad, _>| !q.unwrap().graph_name.is_default_graph())
    );
}

#[test]
fn push_refuses_a_bad_endpoint_and_reports_an_unreachable_one() {
    let dir = tempfile::tempdir().unwrap();
    let root = corpus(dir.path(), 0);
    let output = policykg()
        .args([
            "push",
            "--endpoint",
            "localhost:1/x",
            root.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not an http:// or https:// URL"));
    // Port 9 (discard) on loopback: nothing listens; one retry, then a clear error.
    let output = policykg()
        .args([
            "push",
            "--endpoint",
            "http://127.0.0.1:9/store",
            "--retries",
            "1",
            root.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("http://127.0.0.1:9/store?graph="),
        "{stderr}"
    );
    assert!(stderr.contains("1 of 1 documents failed"), "{stderr}");
}
