//! Real-world input: encodings, portal pages, broken files, bad data files, bad SPARQL,
//! a store held by another process and a build killed half-way.

use assert_cmd::Command;
use policykg::{Document, Extraction, Extractor, Span};
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::builtin().unwrap());

const SEED: &str = include_str!("../data/corpus/seed.txt");

fn policykg() -> Command {
    Command::cargo_bin("policykg").unwrap()
}

fn extract_file(path: &Path) -> Extraction {
    EXTRACTOR.extract(&Document::from_path(path).unwrap())
}

/// Every span's text is the slice of the document text its character offsets name.
fn assert_spans_match(doc: &Document, extraction: &Extraction) {
    let chars: Vec<char> = doc.text.chars().collect();
    let check = |span: &Span| {
        assert!(
            span.start <= span.end && span.end <= chars.len(),
            "{span:?}"
        );
        let slice: String = chars[span.start..span.end].iter().collect();
        assert_eq!(slice, span.text);
    };
    for entity in &extraction.entities {
        entity.mentions.iter().for_each(check);
    }
    for relation in &extraction.relations {
        relation.evidence.iter().for_each(check);
    }
    for fact in &extraction.facts {
        fact.evidence.iter().for_each(check);
    }
}

#[test]
fn the_same_document_in_every_encoding_gives_the_same_extraction() {
    let dir = tempfile::tempdir().unwrap();
    let (gbk, _, gbk_lossy) = encoding_rs::GBK.encode(SEED);
    assert!(!gbk_lossy, "the seed is GBK-encodable");
    let (gb18030, _, _) = encoding_rs::GB18030.encode(SEED);
    let utf16 = |big_endian: bool| -> Vec<u8> {
        let bom: [u8; 2] = if big_endian {
            [0xFE, 0xFF]
        } else {
            [0xFF, 0xFE]
        };
        bom.into_iter()
            .chain(SEED.encode_utf16().flat_map(move |u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            }))
            .collect()
    };
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("utf8.txt", SEED.as_bytes().to_vec()),
        (
            "utf8-bom.txt",
            [b"\xEF\xBB\xBF".as_slice(), SEED.as_bytes()].concat(),
        ),
        ("utf16le.txt", utf16(false)),
        ("utf16be.txt", utf16(true)),
        ("gbk.txt", gbk.into_owned()),
        ("gb18030.txt", gb18030.into_owned()),
    ];
    let reference = {
        let mut e = EXTRACTOR.extract(&Document::from_text("seed.txt", SEED));
        e.doc = String::new();
        serde_json::to_string(&e).unwrap()
    };
    assert!(reference.contains("龙港市"));
    for (name, bytes) in variants {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let doc = Document::from_path(&path).unwrap();
        assert_eq!(doc.text, SEED, "{name} decodes to the seed text");
        let mut extraction = EXTRACTOR.extract(&doc);
        extraction.doc = String::new();
        assert_eq!(
            serde_json::to_string(&extraction).unwrap(),
            reference,
            "{name}"
        );
    }
    // And through the command line: GBK and UTF-8 print the same JSON but for the path.
    let output = |name: &str| {
        let out = policykg()
            .current_dir(dir.path())
            .args(["extract", "--format", "jsonl", name])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout)
            .unwrap()
            .replacen(name, "X", 1)
    };
    assert_eq!(output("gbk.txt"), output("utf8.txt"));
}

#[test]
fn a_portal_page_gives_the_article_and_its_metadata_not_the_furniture() {
    let path = Path::new("tests/fixtures/portal.html");
    let doc = Document::from_path(path).unwrap();
    let m = &doc.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("关于组织申报2025年度青藤实验室开放课题的通知")
    );
    assert_eq!(m.issued.as_deref(), Some("2025-03-12"));
    assert_eq!(m.publisher.as_deref(), Some("省科技厅"));
    let body = doc.body();
    assert!(body.contains("浙江理工大学联合龙港市人民政府共建青藤实验室"));
    assert!(body.contains("申报单位应为在龙港市注册的企业或高校院所。"));
    assert!(body.contains("1 | 新材料 | 50万元"), "{body}");
    for furniture in [
        "网站首页",
        "宁波市",
        "温州市",
        "当前位置",
        "相关链接",
        "科学技术部",
        "嘉兴市",
        "分享到",
        "打印本页",
        "相关文章",
        "丽水市",
        "主办单位",
        "版权所有",
        "ICP备",
        "网站标识码",
        "杭州市",
        "衢州市",
        "track(",
        "float",
    ] {
        assert!(
            !doc.text.contains(furniture),
            "{furniture} left in:\n{}",
            doc.text
        );
    }
    let extraction = EXTRACTOR.extract(&doc);
    let names: Vec<&str> = extraction
        .entities
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert!(
        names.contains(&"龙港市") && names.contains(&"浙江理工大学"),
        "{names:?}"
    );
    for name in &names {
        for outside in ["宁波", "温州", "杭州", "嘉兴", "丽水", "衢州", "科学技术部"]
        {
            assert!(
                !name.contains(outside),
                "{name} comes from the page furniture"
            );
        }
    }
    assert_spans_match(&doc, &extraction);
}

#[test]
fn broken_files_give_a_result_or_a_per_file_error() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    // Empty: an extraction with nothing in it.
    let empty = extract_file(&write("empty.txt", b""));
    assert!(empty.entities.is_empty() && empty.relations.is_empty());
    // Binary: a clear error.
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
    let err = Document::from_path(write("binary.txt", &binary)).unwrap_err();
    assert!(err.to_string().contains("binary data"), "{err}");
    // Truncated inside the last character: that character is dropped, the rest kept.
    let cut = [SEED.as_bytes(), &"龙".as_bytes()[..2]].concat();
    let doc = Document::from_path(write("cut.txt", &cut)).unwrap();
    assert_eq!(doc.text, SEED);
    // Malformed and deeply nested HTML.
    let deep = "<div><p>".repeat(200_000) + "<b>龙港市科技局</p></span></td>" + "<!-- x";
    let doc = Document::from_path(write("deep.html", deep.as_bytes())).unwrap();
    assert_eq!(doc.text, "龙港市科技局\n");
    let doc = Document::from_path(write("bad.html", b"<html><p>a<<</p><script>x")).unwrap();
    assert!(!doc.text.contains('x'));
}

/// A real document's text with its line breaks removed, repeated to `bytes` and cut there
/// (likely inside a character, like a truncated download), written to `dir`.
fn one_line_file(dir: &Path, bytes: usize) -> PathBuf {
    let line: String = SEED.chars().filter(|&c| c != '\n' && c != '\r').collect();
    let mut big = line.repeat(bytes / line.len() + 1).into_bytes();
    big.truncate(bytes);
    let path = dir.join(format!("line-{bytes}.txt"));
    std::fs::write(&path, &big).unwrap();
    path
}

#[test]
fn a_100_mb_single_line_loads_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = one_line_file(dir.path(), 100 * 1024 * 1024);
    let started = Instant::now();
    let doc = Document::from_path(&path).unwrap();
    assert!(doc.body_start < 1000, "a long line is body, not metadata");
    assert!(doc.sentences.len() > 100_000);
    assert!(
        doc.sentences
            .iter()
            .all(|s| s.len() <= policykg::document::MAX_SENTENCE_BYTES)
    );
    let offsets = policykg::document::CharOffsets::new(&doc.text);
    let spans: Vec<Span> = doc
        .sentences
        .iter()
        .map(|s| offsets.span(s.clone()))
        .collect();
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(60), "took {elapsed:?}");
    let mut chars = 0;
    let mut byte = 0;
    for (range, span) in doc.sentences.iter().zip(&spans).step_by(997) {
        chars += doc.text[byte..range.start].chars().count();
        byte = range.start;
        assert_eq!(span.start, chars);
        assert_eq!(span.text, &doc.text[range.clone()]);
    }
    drop(spans);
    drop(doc);

    // A 100 MB line with no sentence end and no entity goes through extraction.
    let started = Instant::now();
    let doc = Document::from_text("letters.txt", "a".repeat(100 * 1024 * 1024));
    let extraction = EXTRACTOR.extract(&doc);
    assert!(doc.sentences.len() >= 100 * 1024 * 1024 / policykg::document::MAX_SENTENCE_BYTES);
    assert!(extraction.entities.is_empty());
    assert!(started.elapsed() < Duration::from_secs(60));
}

/// Full extraction of a 100 MB line of policy text stays linear: no stage may scan the
/// whole text or every mention once per sentence.
#[test]
fn a_100_mb_single_line_is_extracted_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let small = Document::from_path(one_line_file(dir.path(), 4 * 1024 * 1024)).unwrap();
    let started = Instant::now();
    EXTRACTOR.extract(&small);
    let small_time = started.elapsed();
    let doc = Document::from_path(one_line_file(dir.path(), 100 * 1024 * 1024)).unwrap();
    let started = Instant::now();
    let extraction = EXTRACTOR.extract(&doc);
    let elapsed = started.elapsed();
    assert!(extraction.entities.iter().any(|e| e.name == "龙港市"));
    assert!(
        elapsed < small_time * 50,
        "4 MB: {small_time:?}, 100 MB: {elapsed:?}"
    );
    assert_spans_match(&doc, &extraction);
}

#[test]
fn build_goes_on_past_bad_files_and_fails_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("a-good.txt"), SEED).unwrap();
    std::fs::write(corpus.join("b-binary.txt"), [0u8; 64]).unwrap();
    std::fs::write(corpus.join("c-empty.txt"), b"").unwrap();
    std::fs::write(corpus.join("d-broken.html"), "<div><p>龙港市<<b").unwrap();
    std::fs::write(corpus.join("e-plain.txt"), "龙港市").unwrap();
    let store = dir.path().join("kg");
    policykg()
        .args(["build", "--store"])
        .arg(&store)
        .arg(&corpus)
        .arg(dir.path().join("missing.txt"))
        .assert()
        .code(1)
        .stderr(predicate::function(|e: &str| {
            // The path and the reason, once.
            e.contains("missing.txt: ") && e.matches("os error 2").count() == 1
        }));
    // Without the missing path: the bad file is reported, the others are in the store.
    policykg()
        .args(["build", "--store"])
        .arg(&store)
        .arg(&corpus)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("4 documents"))
        .stderr(
            predicate::str::contains("b-binary.txt: binary data")
                .and(predicate::str::contains("1 of 5 files failed")),
        );
    policykg()
        .args(["query", "--store"])
        .arg(&store)
        .arg("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a pk:Document } }")
        .assert()
        .success()
        .stdout(predicate::str::contains("\n4\n"));
}

fn write_data(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn bad_lexicon_and_rule_lines_name_file_line_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write_data(dir.path(), "d.txt", "龙港市。");
    let cases: Vec<(&str, &str, String, &str)> = vec![
        (
            "--lexicon",
            "columns.tsv",
            "name\ttype\n甲\tProgram\n乙\tProgram\ta\tb\t1\t2\t3\n".into(),
            "columns.tsv:3: expected at most 6 columns",
        ),
        (
            "--lexicon",
            "type.tsv",
            "甲\tGadget\n".into(),
            "type.tsv:1: unknown entity type `Gadget`",
        ),
        (
            "--lexicon",
            "latin1.tsv",
            "甲\tProgram\n\u{0}".replace('\u{0}', "caf\u{e9}"),
            "",
        ),
        (
            "--rules",
            "regex.toml",
            "[[relation]]\nrelation = \"supports\"\ntrigger = \"支持(\"\nhead = \"left\"\ntail = \"right\"\n".into(),
            "regex.toml:3: relation rule `supports`: invalid trigger regex",
        ),
        (
            "--rules",
            "escaped.toml",
            "# a comment\n[[entity]]\nname = \"e\"\npattern = \"\\\\d+(\"\ntype = \"Program\"\n".into(),
            "escaped.toml:4: rule `e`: invalid regex",
        ),
        (
            "--rules",
            "relation.toml",
            "[[relation]]\nrelation = \"likes\"\ntrigger = \"喜欢\"\nhead = \"left\"\ntail = \"right\"\n".into(),
            "relation.toml:2: relation rule: unknown relation `likes`",
        ),
        (
            "--rules",
            "types.toml",
            "[[relation]]\nrelation = \"supports\"\ntrigger = \"支持\"\nhead = \"left\"\ntail = \"right\"\n\ntail_types = [\"Gadget\"]\n".into(),
            "types.toml:7: relation rule `supports`: unknown entity type `Gadget`",
        ),
        (
            "--rules",
            "side.toml",
            "[[relation]]\nrelation = \"supports\"\ntrigger = \"支持\"\nhead = \"up\"\ntail = \"right\"\n".into(),
            "side.toml:4: unknown variant `up`",
        ),
        (
            "--rules",
            "key.toml",
            "[[entity]]\nname = \"x\"\npattern = \"a\"\ntype = \"Program\"\ncolour = \"red\"\n".into(),
            "key.toml:5: unknown field `colour`",
        ),
        (
            "--rules",
            "table.toml",
            "[[entities]]\nname = \"x\"\n".into(),
            "table.toml:1: unknown field `entities`",
        ),
        (
            "--rules",
            "syntax.toml",
            "[[entity]]\nname = \"x\"\npattern = \"a\ntype = \"Program\"\n".into(),
            "syntax.toml:3: invalid basic string",
        ),
        (
            "--rules",
            "agency.toml",
            "[[agency]]\nforms = [\"科技厅\"]\nfull = \"{place}科学技术厅\"\ntype = \"Gadget\"\n".into(),
            "agency.toml:4: unknown variant `Gadget`",
        ),
    ];
    for (flag, name, text, expected) in cases {
        let path = dir.path().join(name);
        let bytes = if name == "latin1.tsv" {
            // é in Latin-1 on line 2: not UTF-8.
            encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()
        } else {
            text.into_bytes()
        };
        std::fs::write(&path, bytes).unwrap();
        let expected = if expected.is_empty() {
            "latin1.tsv:2: not UTF-8 text".to_owned()
        } else {
            expected.to_owned()
        };
        let assert = policykg()
            .current_dir(dir.path())
            .args(["extract", flag, name])
            .arg(&doc)
            .assert()
            .code(1);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(
            stderr.starts_with(&format!("error: {expected}")),
            "{name}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
}

fn build_store(dir: &Path) -> PathBuf {
    let store = dir.join("kg");
    policykg()
        .args(["build", "--store"])
        .arg(&store)
        .arg("data/corpus")
        .assert()
        .success();
    store
}

#[test]
fn bad_sparql_shows_line_column_and_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_store(dir.path());
    let assert = policykg()
        .args(["query", "--store"])
        .arg(&store)
        .arg("SELECT ?x\nWHERE {\n  ?x a pk:Program ..\n}")
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    // Oxigraph places the error where its parser gave up: the closing brace.
    assert!(
        stderr.starts_with("error: SPARQL syntax error at line 4, column 2: expected"),
        "{stderr}"
    );
    assert!(stderr.ends_with("\n  }\n   ^\n"), "{stderr}");
    // An unknown prefix, in a query read from a file.
    let file = write_data(dir.path(), "q.rq", "SELECT * WHERE { ?s nope:p ?o }");
    policykg()
        .args(["query", "--store"])
        .arg(&store)
        .arg("--file")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "error: SPARQL syntax error at line 1, column",
        ));
}

/// A corpus of `n` documents: the seed with a different number each.
fn many_documents(dir: &Path, n: usize) -> PathBuf {
    let corpus = dir.join("many");
    std::fs::create_dir(&corpus).unwrap();
    for i in 0..n {
        let text = SEED.replace("〔2024〕297号", &format!("〔2024〕{}号", 1000 + i));
        std::fs::write(corpus.join(format!("doc{i:04}.txt")), text).unwrap();
    }
    corpus
}

/// The size of every document graph; an error message when the store does not open.
fn try_graph_sizes(store: &Path) -> Result<Vec<(String, u64)>, String> {
    let out = policykg()
        .args(["query", "--format", "tsv", "--store"])
        .arg(store)
        .arg("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
        .output()
        .unwrap();
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let (g, n) = l.split_once('\t').unwrap();
            let n = n.split('^').next().unwrap().trim_matches('"');
            (g.to_owned(), n.parse().unwrap())
        })
        .collect())
}

fn graph_sizes(store: &Path) -> Vec<(String, u64)> {
    try_graph_sizes(store).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_store_in_use_is_refused_and_a_killed_build_leaves_whole_documents() {
    let dir = tempfile::tempdir().unwrap();
    const N: usize = 300;
    let corpus = many_documents(dir.path(), N);
    let store = dir.path().join("kg");
    // A store that already holds a document, so the build below writes one transaction
    // per document (an empty store is filled by the bulk loader, all at the end).
    policykg()
        .args(["build", "--store"])
        .arg(&store)
        .arg("data/corpus/seed.txt")
        .assert()
        .success();
    let generated = |sizes: &[(String, u64)]| {
        sizes
            .iter()
            .filter(|(graph, _)| !graph.ends_with("/seed.txt"))
            .cloned()
            .collect::<Vec<_>>()
    };
    let binary = assert_cmd::cargo::cargo_bin("policykg");
    let mut child = std::process::Command::new(&binary)
        .args(["build", "--jobs", "1", "--store"])
        .arg(&store)
        .arg(&corpus)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some documents are in, then try a second writer and kill the first.
    let started = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(200));
        // A read-only look while the writer works may fail now and then: try again.
        if store.join("CURRENT").exists()
            && try_graph_sizes(&store).is_ok_and(|sizes| generated(&sizes).len() >= 3)
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the build wrote nothing"
        );
    }
    policykg()
        .args(["build", "--store"])
        .arg(&store)
        .arg("data/corpus")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("in use by another process"));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    // The store opens for writing again; every document graph is whole or absent.
    let expected = {
        let doc = Document::from_path(corpus.join("doc0000.txt")).unwrap();
        let extraction = EXTRACTOR.extract(&doc);
        policykg::rdf::document_quads("doc0000.txt", &extraction).len() as u64
    };
    let sizes = generated(&graph_sizes(&store));
    assert!(
        !sizes.is_empty() && sizes.len() < N,
        "{} documents",
        sizes.len()
    );
    for (graph, n) in &sizes {
        assert_eq!(*n, expected, "{graph} is incomplete");
    }
    // The merged graph holds exactly the triples of the document graphs.
    policykg()
        .args(["query", "--store"])
        .arg(&store)
        .arg("ASK { { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } } UNION { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } }")
        .assert()
        .success()
        .stdout("false\n");
    // A writer can open it again.
    policykg()
        .args(["build", "--store"])
        .arg(&store)
        .arg("data/corpus")
        .assert()
        .success();
}
