//! The command line, end to end on the shipped sample.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn policykg() -> Command {
    Command::cargo_bin("policykg").unwrap()
}

fn build_sample(dir: &Path) -> std::path::PathBuf {
    let store = dir.join("kg");
    policykg()
        .args(["build", "--store"])
        .arg(&store)
        .arg("data/corpus")
        .assert()
        .success()
        .stdout(predicate::str::contains("1 documents"));
    store
}

#[test]
fn extract_jsonl_prints_one_valid_object_per_document() {
    let output = policykg()
        .args(["extract", "--format", "jsonl", "data/corpus/seed.txt"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1);
    let value: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(value["doc"], "data/corpus/seed.txt");
    assert_eq!(value["region"], "浙江省");
    assert_eq!(value["metadata"]["number"], "浙科提〔2024〕297号");
    let names: Vec<&str> = value["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    for expected in [
        "龙港市",
        "浙江省科学技术厅",
        "之江实验室",
        "尖兵领雁",
        "浙江省科学技术进步条例",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let relations = value["relations"].as_array().unwrap();
    assert!(relations.iter().any(|r| r["head"] == "龙港市"
        && r["relation"] == "undertakes"
        && r["tail"] == "尖兵领雁"));
}

#[test]
fn evidence_offsets_are_character_offsets_into_the_text() {
    let output = policykg()
        .args(["extract", "--format", "jsonl", "data/corpus/seed.txt"])
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let text: Vec<char> = std::fs::read_to_string("data/corpus/seed.txt")
        .unwrap()
        .chars()
        .collect();
    let check = |span: &serde_json::Value| {
        let (start, end) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        let slice: String = text[start..end].iter().collect();
        assert_eq!(slice, span["text"].as_str().unwrap());
    };
    for e in value["entities"].as_array().unwrap() {
        e["mentions"].as_array().unwrap().iter().for_each(check);
    }
    for r in value["relations"].as_array().unwrap() {
        if !r["evidence"].is_null() {
            check(&r["evidence"]);
        }
    }
}

#[test]
fn build_then_query_answers_which_programs_longgang_undertakes() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_sample(dir.path());
    policykg()
        .args(["query", "--store"])
        .arg(&store)
        .arg("SELECT ?program WHERE { ?place rdfs:label \"龙港市\"@zh ; pk:undertakes ?p . ?p rdfs:label ?program }")
        .assert()
        .success()
        .stdout(predicate::str::contains("尖兵领雁"));
    let json = policykg()
        .args(["query", "--format", "json", "--store"])
        .arg(&store)
        .arg("ASK { ?x pk:undertakes ?y }")
        .output()
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["boolean"], true);
}

#[test]
fn building_twice_gives_identical_exports() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_sample(dir.path());
    let export = |format: &str| {
        policykg()
            .args(["export", "--format", format, "--store"])
            .arg(&store)
            .output()
            .unwrap()
            .stdout
    };
    let (nquads, graphml) = (export("nquads"), export("graphml"));
    policykg()
        .args(["build", "--store"])
        .arg(&store)
        .arg("data/corpus")
        .assert()
        .success()
        .stdout(predicate::str::contains("1 documents (1 replaced)"));
    assert_eq!(nquads, export("nquads"));
    assert_eq!(graphml, export("graphml"));
    let other = dir.path().join("kg2");
    policykg()
        .args(["build", "--store"])
        .arg(&other)
        .arg("data/corpus")
        .assert()
        .success();
    let again = policykg()
        .args(["export", "--format", "nquads", "--store"])
        .arg(&other)
        .output()
        .unwrap()
        .stdout;
    assert_eq!(nquads, again);
}

#[test]
fn graphml_has_typed_keys_and_labelled_nodes() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_sample(dir.path());
    let out = policykg()
        .args(["export", "--format", "graphml", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(r#"<key id="n_label" for="node" attr.name="label" attr.type="string"/>"#)
    );
    assert!(
        text.contains(
            r#"<key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>"#
        )
    );
    assert!(text.contains("<data key=\"n_label\">尖兵领雁</data>"));
    assert_eq!(
        text.matches("<node ").count(),
        text.matches("key=\"n_type\"").count()
    );
}

#[test]
fn remove_deletes_a_document_and_its_entities() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_sample(dir.path());
    policykg()
        .args(["remove", "--store"])
        .arg(&store)
        .arg("data/corpus/seed.txt")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "removed 1 documents; 0 entities, 0 relations, 0 facts, 0 triples remain",
        ));
}

#[test]
fn user_lexicon_adds_entities_and_bad_files_name_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("doc.txt");
    std::fs::write(&doc, "全省深入实施青藤计划。").unwrap();
    policykg()
        .args(["extract", "--lexicon", "tests/fixtures/extra-lexicon.tsv"])
        .arg(&doc)
        .assert()
        .success()
        .stdout(predicate::str::contains("青藤创新计划"));
    policykg()
        .args(["extract", "--lexicon", "tests/fixtures/broken-lexicon.tsv"])
        .arg(&doc)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "tests/fixtures/broken-lexicon.tsv:3: expected at least 2",
        ));
    policykg()
        .args(["extract", "--rules", "tests/fixtures/broken-rules.toml"])
        .arg(&doc)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "tests/fixtures/broken-rules.toml:3: rule `unclosed group`: invalid regex",
        ));
}

#[test]
fn bad_sparql_and_missing_store_give_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_sample(dir.path());
    policykg()
        .args(["query", "--store"])
        .arg(&store)
        .arg("SELECT ?x WHERE { ?x ")
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("SPARQL syntax error")
                .and(predicate::str::contains("panicked").not()),
        );
    policykg()
        .args(["query", "--store"])
        .arg(dir.path().join("nowhere"))
        .arg("ASK {}")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no store here"));
    policykg()
        .args(["extract", "no/such/file.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("no/such/file.txt"));
}

#[test]
fn documents_in_subfolders_are_rebuilt_and_removed_by_their_path() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    std::fs::copy("data/corpus/seed.txt", corpus.join("sub/a.txt")).unwrap();
    std::fs::write(corpus.join("b.txt"), "浙江大学与之江实验室合作。\n").unwrap();
    let store = dir.path().join("kg");
    let build = |path: &Path| {
        policykg()
            .args(["build", "--store"])
            .arg(&store)
            .arg(path)
            .assert()
            .success()
    };
    build(&corpus).stdout(predicate::str::contains("2 documents (0 replaced)"));
    // One file of the folder again: it replaces its earlier version.
    build(&corpus.join("sub/a.txt")).stdout(predicate::str::contains("1 documents (1 replaced)"));
    let count = || {
        let out = policykg()
            .args(["query", "--format", "tsv", "--store"])
            .arg(&store)
            .arg("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a pk:Document } }")
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .nth(1)
            .unwrap()
            .to_owned()
    };
    assert!(
        count().trim_start_matches('"').starts_with('2'),
        "{}",
        count()
    );
    policykg()
        .args(["remove", "--store"])
        .arg(&store)
        .arg(corpus.join("sub/a.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains("removed 1 documents"));
    std::fs::remove_file(corpus.join("b.txt")).unwrap();
    // A folder removes what was built from it, even files no longer on disk.
    policykg()
        .args(["remove", "--store"])
        .arg(&store)
        .arg(&corpus)
        .assert()
        .success()
        .stdout(predicate::str::contains("removed 1 documents; 0 entities"));
}
