//! `policykg serve` over HTTP: a server on 127.0.0.1, port 0, queried with ureq.

use policykg::serve::{ServeOptions, Server, ServerHandle};
use policykg::{Document, Extractor, KnowledgeStore};
use std::path::Path;
use std::time::{Duration, Instant};

/// A store folder holding the shipped sample, with its lock released.
fn sample_store(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("kg");
    let store = KnowledgeStore::open(&path).unwrap();
    let extractor = Extractor::builtin().unwrap();
    let doc = Document::from_path("data/corpus/seed.txt").unwrap();
    store
        .add_document("seed.txt", &extractor.extract(&doc))
        .unwrap();
    path
}

/// A running server; stopped when dropped.
struct Running {
    base: String,
    handle: ServerHandle,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.handle.stop();
        if let Some(thread) = self.thread.take() {
            thread.join().unwrap();
        }
    }
}

fn options() -> ServeOptions {
    ServeOptions {
        bind: "127.0.0.1:0".parse().unwrap(),
        threads: 4,
        reload_interval: Duration::from_millis(100),
        ..ServeOptions::default()
    }
}

fn start(dir: &Path, options: ServeOptions) -> Running {
    let server = Server::open(dir, options).unwrap();
    let base = format!("http://{}", server.local_addr());
    let handle = server.handle();
    let thread = std::thread::spawn(move || server.run());
    Running {
        base,
        handle,
        thread: Some(thread),
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

/// (status, content type, body, truncated header)
type Answer = (u16, String, String, Option<String>);

fn read(mut response: ureq::http::Response<ureq::Body>) -> Answer {
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let content_type = header("content-type").unwrap_or_default();
    let truncated = header("x-policykg-truncated");
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_string().unwrap();
    (status, content_type, body, truncated)
}

fn get_query(base: &str, query: &str, accept: &str) -> Answer {
    read(
        agent()
            .get(format!("{base}/sparql"))
            .query("query", query)
            .header("Accept", accept)
            .call()
            .unwrap(),
    )
}

fn post(base: &str, path: &str, content_type: &str, body: &str) -> Answer {
    read(
        agent()
            .post(format!("{base}{path}"))
            .header("Content-Type", content_type)
            .send(body)
            .unwrap(),
    )
}

const PROGRAMS: &str = "SELECT ?program WHERE { ?place rdfs:label \"龙港市\"@zh ; pk:undertakes ?p . ?p rdfs:label ?program } ORDER BY ?program";

#[test]
fn get_post_and_form_queries_answer_in_every_results_format() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&sample_store(dir.path()), options());
    let (status, content_type, body, _) =
        get_query(&server.base, PROGRAMS, "application/sparql-results+json");
    assert_eq!(status, 200, "{body}");
    assert_eq!(content_type, "application/sparql-results+json");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let programs: Vec<&str> = json["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["program"]["value"].as_str().unwrap())
        .collect();
    assert!(programs.contains(&"尖兵领雁"), "{programs:?}");

    let (status, _, body, _) = post(
        &server.base,
        "/sparql",
        "application/sparql-query",
        PROGRAMS,
    );
    assert_eq!(status, 200);
    assert!(body.contains("尖兵领雁"));

    let form = agent()
        .post(format!("{}/sparql", server.base))
        .header("Accept", "text/csv")
        .send_form([("query", PROGRAMS)])
        .unwrap();
    let (status, content_type, body, _) = read(form);
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/csv"), "{content_type}");
    assert!(body.starts_with("program\r\n"), "{body}");
    assert!(body.contains("尖兵领雁"));

    for (accept, media, marker) in [
        (
            "text/tab-separated-values",
            "text/tab-separated-values",
            "?program",
        ),
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            "<sparql",
        ),
        (
            "application/json",
            "application/sparql-results+json",
            "\"head\"",
        ),
    ] {
        let (status, content_type, body, _) = get_query(&server.base, PROGRAMS, accept);
        assert_eq!(status, 200, "{accept}");
        assert!(content_type.starts_with(media), "{accept}: {content_type}");
        assert!(body.contains(marker) && body.contains("尖兵领雁"), "{body}");
    }

    let (status, _, body, _) = get_query(
        &server.base,
        "ASK { ?x rdfs:label \"龙港市\"@zh }",
        "application/sparql-results+json",
    );
    assert_eq!(status, 200);
    assert!(body.contains("\"boolean\":true"), "{body}");
}

#[test]
fn graphs_come_as_turtle_or_n_triples_and_unknown_types_get_406() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&sample_store(dir.path()), options());
    let construct = "CONSTRUCT { ?x pk:undertakes ?p } WHERE { ?x pk:undertakes ?p }";
    let (status, content_type, body, _) = get_query(&server.base, construct, "text/turtle");
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/turtle"), "{content_type}");
    assert!(body.contains("pk:undertakes"), "{body}");
    let (status, content_type, body, _) =
        get_query(&server.base, construct, "application/n-triples");
    assert_eq!(status, 200);
    assert!(content_type.starts_with("application/n-triples"));
    assert!(body.contains("<https://w3id.org/policykg/ontology#undertakes>"));
    let (status, _, _, _) = get_query(&server.base, construct, "image/png");
    assert_eq!(status, 406);
    let (status, _, _, _) = get_query(&server.base, PROGRAMS, "image/png");
    assert_eq!(status, 406);
}

#[test]
fn a_bad_query_gets_400_with_the_parser_message() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&sample_store(dir.path()), options());
    let (status, content_type, body, _) = get_query(
        &server.base,
        "SELECT ?x WHERE { ?x ?p }",
        "application/sparql-results+json",
    );
    assert_eq!(status, 400);
    assert!(content_type.starts_with("text/plain"));
    assert!(
        body.starts_with("SPARQL syntax error: error at 1:"),
        "{body}"
    );
    let (status, _, body, _) = read(
        agent()
            .get(format!("{}/sparql", server.base))
            .call()
            .unwrap(),
    );
    assert_eq!(status, 400);
    assert!(body.contains("?query="));
    let (status, _, _, _) = post(&server.base, "/sparql", "text/plain", "SELECT * {}");
    assert_eq!(status, 415);
}

#[test]
fn updates_are_refused_when_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&sample_store(dir.path()), options());
    let update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
    for (path, content_type, body) in [
        ("/update", "application/sparql-update", update.to_owned()),
        ("/sparql", "application/sparql-update", update.to_owned()),
        (
            "/update",
            "application/x-www-form-urlencoded",
            format!(
                "update={}",
                "INSERT%20DATA%20%7B%20%3Curn%3Aa%3E%20%3Curn%3Ab%3E%20%3Curn%3Ac%3E%20%7D"
            ),
        ),
        (
            "/store?default",
            "text/turtle",
            "<urn:a> <urn:b> <urn:c> .".to_owned(),
        ),
    ] {
        let (status, _, message, _) = post(&server.base, path, content_type, &body);
        assert_eq!(status, 403, "{path}");
        assert!(message.contains("--writable"), "{message}");
    }
    let (_, _, body, _) = get_query(
        &server.base,
        "ASK { <urn:a> <urn:b> <urn:c> }",
        "application/sparql-results+json",
    );
    assert!(body.contains("false"), "{body}");
    // Reading through the Graph Store Protocol is allowed.
    let response = agent()
        .get(format!("{}/store?default", server.base))
        .header("Accept", "application/n-triples")
        .call()
        .unwrap();
    let (status, _, body, _) = read(response);
    assert_eq!(status, 200);
    assert!(body.contains("龙港市"));
}

#[test]
fn a_writable_server_runs_updates_and_the_graph_store_protocol_and_holds_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_store(dir.path());
    let server = start(
        &path,
        ServeOptions {
            writable: true,
            ..options()
        },
    );
    let (status, _, body, _) = post(
        &server.base,
        "/update",
        "application/sparql-update",
        "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"c\" } }",
    );
    assert_eq!(status, 204, "{body}");
    let (_, _, body, _) = get_query(
        &server.base,
        "ASK { GRAPH <urn:g> { <urn:a> <urn:b> \"c\" } }",
        "application/sparql-results+json",
    );
    assert!(body.contains("true"), "{body}");

    let put = |body: &str| {
        read(
            agent()
                .put(format!("{}/store?graph=urn:h", server.base))
                .header("Content-Type", "text/turtle")
                .send(body)
                .unwrap(),
        )
    };
    assert_eq!(put("<urn:x> <urn:y> <urn:z> .").0, 201);
    assert_eq!(put("<urn:x> <urn:y> <urn:w> .").0, 204);
    let (status, _, body, _) = read(
        agent()
            .get(format!("{}/store?graph=urn:h", server.base))
            .header("Accept", "application/n-triples")
            .call()
            .unwrap(),
    );
    assert_eq!(status, 200);
    assert_eq!(body.trim(), "<urn:x> <urn:y> <urn:w> .");
    assert_eq!(put("this is not turtle").0, 400);
    let delete = || {
        read(
            agent()
                .delete(format!("{}/store?graph=urn:h", server.base))
                .call()
                .unwrap(),
        )
        .0
    };
    assert_eq!(delete(), 204);
    assert_eq!(delete(), 404);

    // A build beside a writable server is refused with a clear message.
    let error = KnowledgeStore::open(&path).unwrap_err().to_string();
    assert!(error.contains("in use by another process"), "{error}");
}

#[test]
fn a_build_beside_a_read_only_server_works_and_the_server_sees_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_store(dir.path());
    let server = start(&path, options());
    let count = || {
        let (_, _, body, _) = get_query(
            &server.base,
            "SELECT (COUNT(*) AS ?n) WHERE { ?d a pk:Document }",
            "text/csv",
        );
        body.lines().nth(1).unwrap().trim().to_owned()
    };
    assert_eq!(count(), "1");
    {
        let store = KnowledgeStore::open(&path).expect("build beside a read-only server");
        let extractor = Extractor::builtin().unwrap();
        let doc = Document::from_text("extra.txt", "支持温州市承担省“尖兵领雁”项目2项。");
        store
            .add_document("extra.txt", &extractor.extract(&doc))
            .unwrap();
        // Until the build closes the store, the server answers from its copy.
        assert_eq!(count(), "1");
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while count() != "2" {
        assert!(Instant::now() < deadline, "the server never saw the build");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_read_only_server_will_not_start_while_a_build_holds_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_store(dir.path());
    let _build = KnowledgeStore::open(&path).unwrap();
    let error = Server::open(&path, options()).unwrap_err().to_string();
    assert!(error.contains("in use by another process"), "{error}");
    let error = Server::open(dir.path().join("missing"), options())
        .unwrap_err()
        .to_string();
    assert!(error.contains("no store here"), "{error}");
}

#[test]
fn answers_are_capped_and_slow_queries_time_out() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(
        &sample_store(dir.path()),
        ServeOptions {
            max_results: 3,
            timeout: Duration::from_millis(300),
            ..options()
        },
    );
    let (status, _, body, truncated) =
        get_query(&server.base, "SELECT * WHERE { ?s ?p ?o }", "text/csv");
    assert_eq!(status, 200);
    assert_eq!(body.lines().count(), 4, "{body}");
    assert_eq!(truncated.as_deref(), Some("true"));
    let (_, _, _, truncated) = get_query(
        &server.base,
        "SELECT * WHERE { ?s ?p ?o } LIMIT 2",
        "text/csv",
    );
    assert_eq!(truncated, None);

    let started = Instant::now();
    let (status, _, body, _) = get_query(
        &server.base,
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "text/csv",
    );
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("--timeout"), "{body}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn cors_headers_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_store(dir.path());
    let origin = |server: &Running| {
        agent()
            .get(format!("{}/sparql", server.base))
            .query("query", "ASK {}")
            .call()
            .unwrap()
            .headers()
            .get("access-control-allow-origin")
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let plain = start(&path, options());
    assert_eq!(origin(&plain), None);
    let open = start(
        &path,
        ServeOptions {
            cors: Some("*".to_owned()),
            ..options()
        },
    );
    assert_eq!(origin(&open).as_deref(), Some("*"));
    let preflight = agent()
        .options(format!("{}/sparql", open.base))
        .header("Origin", "https://example.org")
        .header("Access-Control-Request-Method", "POST")
        .call()
        .unwrap();
    assert_eq!(preflight.status().as_u16(), 204);
    assert!(
        preflight
            .headers()
            .get("access-control-allow-methods")
            .is_some()
    );
}

#[test]
fn the_page_and_its_examples_are_served() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&sample_store(dir.path()), options());
    let (status, content_type, body, _) =
        read(agent().get(format!("{}/", server.base)).call().unwrap());
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/html"));
    assert!(body.contains("<textarea id=\"query\""));
    let (status, _, script, _) = read(
        agent()
            .get(format!("{}/app.js", server.base))
            .call()
            .unwrap(),
    );
    assert_eq!(status, 200);
    assert!(script.contains("function layoutAndRender"));
    let (status, _, examples, _) = read(
        agent()
            .get(format!("{}/examples", server.base))
            .call()
            .unwrap(),
    );
    assert_eq!(status, 200);
    let examples: serde_json::Value = serde_json::from_str(&examples).unwrap();
    let examples = examples.as_array().unwrap();
    assert!(!examples.is_empty());
    // Every example runs on the sample.
    for example in examples {
        let (status, _, body, _) = get_query(
            &server.base,
            example["sparql"].as_str().unwrap(),
            "application/sparql-results+json",
        );
        assert_eq!(status, 200, "{}: {body}", example["name"]);
    }
    let (status, _, _, _) = read(
        agent()
            .get(format!("{}/nothing", server.base))
            .call()
            .unwrap(),
    );
    assert_eq!(status, 404);
}

#[test]
fn unusable_options_are_refused_before_binding() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample_store(dir.path());
    let bad_origin = ServeOptions {
        cors: Some("https://exa mple.org".to_owned()),
        ..options()
    };
    let error = Server::open(&path, bad_origin).unwrap_err().to_string();
    assert!(error.contains("CORS origin"), "{error}");
    let no_time = ServeOptions {
        timeout: Duration::ZERO,
        ..options()
    };
    let error = Server::open(&path, no_time).unwrap_err().to_string();
    assert!(error.contains("timeout"), "{error}");
}

#[test]
fn a_store_in_memory_can_be_served_read_only() {
    let store = KnowledgeStore::in_memory().unwrap();
    let extractor = Extractor::builtin().unwrap();
    let doc = Document::from_text("reply.txt", "支持龙港市承担省“尖兵领雁”项目1项。");
    store
        .add_document("reply.txt", &extractor.extract(&doc))
        .unwrap();
    let server = Server::from_store(&store, options()).unwrap();
    let base = format!("http://{}", server.local_addr());
    let handle = server.handle();
    let thread = std::thread::spawn(move || server.run());
    let (status, _, body, _) = get_query(&base, PROGRAMS, "text/csv");
    assert_eq!((status, body.as_str()), (200, "program\r\n尖兵领雁\r\n"));
    let (status, _, _, _) = post(&base, "/update", "application/sparql-update", "CLEAR ALL");
    assert_eq!(status, 403);
    handle.stop();
    thread.join().unwrap();
}
