//! The SPARQL cookbook (`data/queries/*.rq`, embedded as `policykg::queries::COOKBOOK`)
//! run against the store built from the shipped sample. The assertions name what an
//! expert reads in the sample, so they hold as extraction improves.

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use policykg::queries::{self, COOKBOOK};
use policykg::{Extractor, KnowledgeStore};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

type Row = BTreeMap<String, String>;

fn store() -> &'static KnowledgeStore {
    static STORE: OnceLock<KnowledgeStore> = OnceLock::new();
    STORE.get_or_init(|| {
        let extractor = Extractor::builtin().unwrap();
        let store = KnowledgeStore::in_memory().unwrap();
        policykg::corpus::build(
            &extractor,
            &store,
            &[PathBuf::from("data/corpus")],
            1,
            |_| {},
        )
        .unwrap();
        store
    })
}

/// Runs the cookbook query `name` on the sample store: rows of variable → value.
fn run(name: &str) -> Vec<Row> {
    let (_, _, sparql) = queries::find(name).unwrap_or_else(|| panic!("no query {name}"));
    let QueryResults::Solutions(solutions) = store().query(sparql).unwrap() else {
        panic!("{name} is not a SELECT query");
    };
    solutions
        .map(|s| {
            s.unwrap()
                .iter()
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

fn get<'a>(row: &'a Row, var: &str) -> &'a str {
    row.get(var).map(String::as_str).unwrap_or_default()
}

fn has(rows: &[Row], pairs: &[(&str, &str)]) -> bool {
    rows.iter()
        .any(|row| pairs.iter().all(|(var, value)| get(row, var) == *value))
}

#[test]
fn every_cookbook_query_parses_and_runs() {
    assert!(COOKBOOK.len() >= 12);
    for (name, question, sparql) in COOKBOOK {
        assert!(question.ends_with('?'), "{name}: {question}");
        assert!(
            sparql.contains("PREFIX pk:"),
            "{name} declares its prefixes"
        );
        run(name);
    }
}

#[test]
fn programs_per_place() {
    let rows = run("programs-per-place");
    let longgang = rows.iter().find(|r| get(r, "place") == "龙港市").unwrap();
    assert!(get(longgang, "names").contains("尖兵领雁"), "{longgang:?}");
    // The province counts the programs of the places inside it.
    let zhejiang = rows.iter().find(|r| get(r, "place") == "浙江省").unwrap();
    assert!(get(zhejiang, "names").contains("尖兵领雁"), "{zhejiang:?}");
}

#[test]
fn institutions_in_a_city_through_the_hierarchy() {
    let rows = run("institutions-in-city");
    // 浙江理工大学龙港研究院 lies in 龙港市, which lies in 温州市.
    assert!(
        has(
            &rows,
            &[
                ("institution", "浙江理工大学龙港研究院"),
                ("type", "ResearchInstitute"),
                ("directlyIn", "龙港市"),
            ]
        ),
        "{rows:?}"
    );
}

#[test]
fn labs_in_a_province() {
    let rows = run("labs-in-province");
    for lab in ["浙江理工大学龙港研究院", "中国科学院杭州医学研究所"] {
        assert!(has(&rows, &[("lab", lab)]), "{lab} missing: {rows:?}");
    }
    assert!(
        rows.iter()
            .all(|r| matches!(get(r, "type"), "ResearchInstitute" | "Facility"))
    );
}

#[test]
fn who_supports_or_establishes_what() {
    let rows = run("supports-and-establishes");
    assert!(has(
        &rows,
        &[("relation", "supports"), ("target", "龙港市")]
    ));
    assert!(has(&rows, &[("relation", "establishes")]), "{rows:?}");
    for row in &rows {
        assert!(!get(row, "sentence").is_empty(), "no evidence: {row:?}");
        // The organization asked about (its VALUES line) and no other.
        assert_eq!(get(row, "actor"), "浙江省科学技术厅", "{row:?}");
    }
}

#[test]
fn which_sentence_says_longgang_undertakes_jianbing_lingyan() {
    let rows = run("which-sentence-says");
    assert!(!rows.is_empty());
    let seed: Vec<char> = std::fs::read_to_string("data/corpus/seed.txt")
        .unwrap()
        .chars()
        .collect();
    for row in &rows {
        assert_eq!(get(row, "path"), "data/corpus/seed.txt");
        let sentence = get(row, "sentence");
        assert!(sentence.contains("龙港市") && sentence.contains("尖兵领雁"));
        let start: usize = get(row, "start").parse().unwrap();
        let end: usize = get(row, "end").parse().unwrap();
        assert_eq!(seed[start..end].iter().collect::<String>(), sentence);
    }
}

#[test]
fn targets_versus_actual_values() {
    let rows = run("targets-vs-actuals");
    let mut statuses: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
    for row in &rows {
        statuses
            .entry((get(row, "subject"), get(row, "indicator")))
            .or_default()
            .push(get(row, "status"));
    }
    assert!(!statuses.is_empty());
    for (key, s) in &statuses {
        assert!(s.contains(&"target"), "{key:?}: {s:?}");
        assert!(
            s.contains(&"actual") || s.contains(&"expected"),
            "{key:?}: {s:?}"
        );
    }
    // 技术交易总额: 5257 亿元 reached in 2023, more than 4000 亿元 aimed at for 2024.
    assert!(has(
        &rows,
        &[
            ("subject", "浙江省"),
            ("indicator", "技术交易总额"),
            ("year", "2024"),
            ("status", "target"),
            ("value", "4000"),
            ("unit", "亿元"),
        ]
    ));
}

#[test]
fn numbers_stated_about_a_place() {
    let rows = run("place-facts");
    assert!(!rows.is_empty());
    for row in &rows {
        assert!(matches!(
            get(row, "status"),
            "actual" | "expected" | "target"
        ));
        assert!(get(row, "value").parse::<f64>().is_ok(), "{row:?}");
        assert!(get(row, "document").ends_with("/doc/seed.txt"));
    }
    assert!(rows.iter().any(|r| get(r, "sentence").contains("龙港市")));
}

#[test]
fn documents_and_sentences_that_mention_an_entity() {
    let rows = run("entity-mentions");
    assert!(has(
        &rows,
        &[("document", "https://w3id.org/policykg/doc/seed.txt")]
    ));
    assert!(
        rows.iter()
            .any(|r| get(r, "sentence").contains("支持龙港市承担省“尖兵领雁”项目1项"))
    );
    let seed: Vec<char> = std::fs::read_to_string("data/corpus/seed.txt")
        .unwrap()
        .chars()
        .collect();
    for row in &rows {
        let surface = get(row, "surface");
        assert!(surface.starts_with("龙港"), "{row:?}");
        let start: usize = get(row, "start").parse().unwrap();
        let end: usize = get(row, "end").parse().unwrap();
        assert_eq!(seed[start..end].iter().collect::<String>(), surface);
        if row.contains_key("sentence") {
            assert!(get(row, "sentence").contains(surface), "{row:?}");
        }
    }
}

#[test]
fn co_mentions_of_a_program() {
    let rows = run("program-co-mentions");
    let longgang = rows.iter().find(|r| get(r, "entity") == "龙港市").unwrap();
    assert!(get(longgang, "sentences").parse::<u32>().unwrap() >= 1);
    assert!(rows.iter().all(|r| get(r, "entity") != "尖兵领雁"));
}

#[test]
fn full_hierarchy_of_a_place() {
    let rows = run("place-hierarchy");
    assert!(has(
        &rows,
        &[("ancestor", "温州市"), ("code", "330300"), ("depth", "1")]
    ));
    assert!(has(
        &rows,
        &[("ancestor", "浙江省"), ("code", "330000"), ("depth", "2")]
    ));
}

#[test]
fn administrative_divisions_with_codes_and_parents() {
    let rows = run("division-codes");
    assert!(has(
        &rows,
        &[
            ("division", "龙港市"),
            ("code", "330383"),
            ("parent", "温州市")
        ]
    ));
    for row in rows.iter().filter(|r| r.contains_key("code")) {
        let code = get(row, "code");
        assert!(
            code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()),
            "{row:?}"
        );
    }
}

#[test]
fn policies_an_agency_issued() {
    let rows = run("agency-policies");
    assert!(
        has(
            &rows,
            &[
                ("kind", "document"),
                ("number", "浙科提〔2024〕297号"),
                ("issued", "2024-07-15"),
            ]
        ),
        "{rows:?}"
    );
}

#[test]
fn sub_organizations() {
    let rows = run("sub-organizations");
    assert!(has(
        &rows,
        &[
            ("parent", "浙江理工大学"),
            ("unit", "浙江理工大学龙港研究院"),
            ("place", "龙港市")
        ]
    ));
}

#[test]
fn cooperation_network() {
    let rows = run("cooperation-network");
    assert!(!rows.is_empty());
    for row in &rows {
        assert!(get(row, "first") < get(row, "second"), "{row:?}");
        assert!(get(row, "documents").parse::<u32>().unwrap() >= 1);
    }
    assert!(rows.iter().any(
        |r| get(r, "first") == "浙江省科学技术协会" || get(r, "second") == "浙江省科学技术协会"
    ));
}

#[test]
fn document_catalogue() {
    let rows = run("document-catalogue");
    assert_eq!(rows.len(), 1, "{rows:?}");
    let row = &rows[0];
    assert_eq!(get(row, "path"), "data/corpus/seed.txt");
    assert_eq!(get(row, "publisher"), "浙江省科学技术厅");
    assert_eq!(get(row, "region"), "浙江省");
    assert_eq!(get(row, "number"), "浙科提〔2024〕297号");
    assert!(get(row, "entities").parse::<u32>().unwrap() > 20);
    assert!(get(row, "relations").parse::<u32>().unwrap() > 20);
    assert!(get(row, "facts").parse::<u32>().unwrap() > 10);
}

#[test]
fn entity_types() {
    let rows = run("entity-types");
    for t in [
        "Place",
        "Organization",
        "Program",
        "Policy",
        "AdministrativeRegion",
    ] {
        assert!(
            has(&rows, &[("type", t), ("documents", "1")]),
            "{t}: {rows:?}"
        );
    }
}

/// `entity-types` lists the classes it counts: exactly the classes an entity is given.
#[test]
fn entity_types_lists_every_entity_class() {
    use policykg::model::{CoarseType, EntityType};
    use policykg::vocab;
    let (_, _, sparql) = queries::find("entity-types").unwrap();
    let listed: std::collections::BTreeSet<String> = sparql
        .split_whitespace()
        .filter_map(|w| w.strip_prefix("pk:"))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| format!("{}{w}", vocab::PK))
        .collect();
    let classes: std::collections::BTreeSet<String> = EntityType::ALL
        .iter()
        .map(|t| vocab::class_iri(*t))
        .chain(CoarseType::ALL.iter().map(|c| vocab::coarse_class_iri(*c)))
        .collect();
    assert_eq!(listed, classes);
}

#[test]
fn cookbook_files_run_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let kg = dir.path().join("kg");
    let bin = env!("CARGO_BIN_EXE_policykg");
    let build = std::process::Command::new(bin)
        .args(["build", "--store"])
        .arg(&kg)
        .arg("data/corpus")
        .output()
        .unwrap();
    assert!(build.status.success());
    let out = std::process::Command::new(bin)
        .args(["query", "--format", "csv", "--store"])
        .arg(&kg)
        .args(["--file", "data/queries/place-hierarchy.rq"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.contains("温州市,330300,1"), "{csv}");
    // Away from the sources the embedded cookbook answers, by path or by name.
    for file in ["data/queries/place-hierarchy.rq", "place-hierarchy"] {
        let away = std::process::Command::new(bin)
            .current_dir(dir.path())
            .args(["query", "--format", "csv", "--store"])
            .arg(&kg)
            .args(["--file", file])
            .output()
            .unwrap();
        assert!(
            away.status.success(),
            "{}",
            String::from_utf8_lossy(&away.stderr)
        );
        assert_eq!(String::from_utf8(away.stdout).unwrap(), csv);
    }
}
