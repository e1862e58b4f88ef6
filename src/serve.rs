//! A SPARQL 1.1 Protocol endpoint over a knowledge store, and a page to explore it.
//!
//! [`Server::open`] binds an address and opens a store folder; [`Server::run`] answers
//! requests until [`ServerHandle::stop`]:
//!
//! | path | what |
//! | --- | --- |
//! | `/` | the explorer page: a query box, example queries, a result table and a drawing of an entity's neighbourhood |
//! | `/sparql` (or `/query`) | SPARQL 1.1 Query: `GET ?query=`, `POST` form-encoded or `application/sparql-query` |
//! | `/update` | SPARQL 1.1 Update (only with [`ServeOptions::writable`]) |
//! | `/store` | the Graph Store Protocol: `GET` and `HEAD` always, `PUT`, `POST` and `DELETE` only when writable |
//! | `/examples` | the example queries of the page, as JSON |
//!
//! **Opening.** A read-only server (the default) copies the store into memory at start
//! and holds no lock on the folder, so `policykg build` beside it works. It watches the
//! folder and, once a build has finished, loads the new contents (between two requests;
//! queries already running keep their copy). The copy is made under RocksDB's exclusive
//! lock, so it never reads a store that a build is writing: starting while a build runs
//! is refused with a clear message, and a build that starts during the short copy is
//! refused the same way. A `--writable` server opens the folder itself, holds its lock
//! while it runs, and a `build` beside it is refused ("the store is in use by another
//! process").
//!
//! Every query runs with a time limit (a [`CancellationToken`] stops it) and at most
//! [`ServeOptions::max_results`] rows or triples are sent; a cut answer carries the header
//! `X-Policykg-Truncated: true`.

use crate::vocab::PREFIXES;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::BinaryHeap;
use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};

const INDEX_HTML: &str = include_str!("../web/index.html");
const APP_JS: &str = include_str!("../web/app.js");
const STYLE_CSS: &str = include_str!("../web/style.css");

/// Largest request body accepted for a query or an update.
const MAX_QUERY_BODY: u64 = 1 << 20;
/// Largest request body accepted by the Graph Store Protocol.
const MAX_GRAPH_BODY: u64 = 256 << 20;

/// The example queries offered on the page: the cookbook, (name, question, SPARQL).
///
/// The `pk:`, `rdf:`, `rdfs:`, `skos:`, `dcterms:`, `prov:` and `xsd:` prefixes are
/// predefined on the endpoint, so the queries do not declare them.
pub fn example_queries() -> &'static [(&'static str, &'static str, &'static str)] {
    crate::queries::COOKBOOK
}

/// How a [`Server`] behaves.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// The address to listen on (port 0 picks a free port).
    pub bind: SocketAddr,
    /// Allow SPARQL Update and writes through the Graph Store Protocol.
    pub writable: bool,
    /// The longest a query or an update may run.
    pub timeout: Duration,
    /// The most rows (or triples) one answer carries.
    pub max_results: usize,
    /// Send CORS headers allowing this origin (`*` for any); none when `None`.
    pub cors: Option<String>,
    /// Threads answering requests.
    pub threads: usize,
    /// How often a read-only server checks the folder for a finished build.
    pub reload_interval: Duration,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self {
            bind: SocketAddr::from(([127, 0, 0, 1], 7878)),
            writable: false,
            timeout: Duration::from_secs(30),
            max_results: 10_000,
            cors: None,
            threads: 8,
            reload_interval: Duration::from_secs(2),
        }
    }
}

/// Why a server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {reason}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        reason: String,
    },
    /// An option has a value the server cannot use.
    #[error("{0}")]
    Option(String),
    /// The store folder could not be opened.
    #[error(transparent)]
    Store(#[from] crate::Error),
}

/// The store the server answers from.
enum Backend {
    /// A copy in memory of the folder, reloaded when a build changes it.
    Snapshot {
        dir: PathBuf,
        current: RwLock<Store>,
        watch: Mutex<Watch>,
    },
    /// The folder itself, opened read-write.
    Writable(Store),
}

impl Backend {
    fn store(&self) -> Store {
        match self {
            Self::Snapshot { current, .. } => current
                .read()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .clone(),
            Self::Writable(store) => store.clone(),
        }
    }
}

/// What a read-only server compares to notice that a build changed the folder: the
/// names, sizes and modification times of RocksDB's table files (`*.sst`) and of its
/// write-ahead logs (`*.log`) that hold data. Opening the store to copy it rewrites the
/// manifest and options files, so those are left out, or each copy would call for the
/// next.
type Fingerprint = Vec<(String, u64, Option<SystemTime>)>;

/// What a read-only server last loaded, and the folder state it last failed to load
/// (reported once, not at every tick while a build runs).
struct Watch {
    loaded: Fingerprint,
    failed: Option<Fingerprint>,
}

fn fingerprint(dir: &Path) -> Fingerprint {
    let mut files: Fingerprint = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !(name.ends_with(".sst") || name.ends_with(".log")) {
                return None;
            }
            let meta = entry.metadata().ok()?;
            if meta.len() == 0 {
                return None;
            }
            Some((name, meta.len(), meta.modified().ok()))
        })
        .collect();
    files.sort();
    files
}

/// Copies the store in `dir` into memory, under the folder's exclusive lock.
fn load_snapshot(dir: &Path) -> crate::Result<(Store, Fingerprint)> {
    let error = |reason: String| crate::Error::Store {
        path: dir.to_path_buf(),
        reason,
    };
    if !dir.join("CURRENT").exists() {
        return Err(error(
            "no store here (build one with `policykg build --store DIR PATH…`)".to_owned(),
        ));
    }
    let disk = Store::open(dir).map_err(|e| {
        let reason = e.to_string();
        if reason.to_lowercase().contains("lock") {
            error(format!(
                "the store is in use by another process (a running `policykg build` or a \
                 `--writable` server); try again when it has finished ({reason})"
            ))
        } else {
            error(reason)
        }
    })?;
    let quads = disk
        .iter()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| error(e.to_string()))?;
    drop(disk);
    // Taken once RocksDB has closed (closing may flush or compact); a build that both
    // starts and finishes in the instant between the two would go unseen until the next.
    let print = fingerprint(dir);
    let memory = Store::new().map_err(|e| error(e.to_string()))?;
    memory.extend(quads).map_err(|e| error(e.to_string()))?;
    Ok((memory, print))
}

/// Cancels queries that outlive their deadline, from one thread.
#[derive(Clone)]
struct Watchdog {
    sender: mpsc::Sender<(Instant, CancellationToken)>,
}

struct Deadline(Instant, CancellationToken);

impl PartialEq for Deadline {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl Eq for Deadline {}
impl PartialOrd for Deadline {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Deadline {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // The earliest deadline on top of the max-heap.
        other.0.cmp(&self.0)
    }
}

impl Watchdog {
    fn start() -> Self {
        let (sender, receiver) = mpsc::channel::<(Instant, CancellationToken)>();
        std::thread::spawn(move || {
            let mut heap = BinaryHeap::new();
            loop {
                let now = Instant::now();
                while heap.peek().is_some_and(|d: &Deadline| d.0 <= now) {
                    if let Some(Deadline(_, token)) = heap.pop() {
                        token.cancel();
                    }
                }
                let message = match heap.peek() {
                    Some(next) => match receiver.recv_timeout(next.0 - now) {
                        Ok(message) => Some(message),
                        Err(mpsc::RecvTimeoutError::Timeout) => None,
                        Err(mpsc::RecvTimeoutError::Disconnected) => return,
                    },
                    None => match receiver.recv() {
                        Ok(message) => Some(message),
                        Err(_) => return,
                    },
                };
                if let Some((deadline, token)) = message {
                    heap.push(Deadline(deadline, token));
                }
            }
        });
        Self { sender }
    }

    fn token(&self, timeout: Duration) -> CancellationToken {
        let token = CancellationToken::new();
        // The watchdog thread only stops when every sender is gone.
        let _ = self.sender.send((Instant::now() + timeout, token.clone()));
        token
    }
}

/// Everything a request handler needs.
struct State {
    backend: Backend,
    options: ServeOptions,
    watchdog: Watchdog,
}

/// A SPARQL endpoint bound to an address, ready to [`run`](Server::run).
pub struct Server {
    http: Arc<tiny_http::Server>,
    state: Arc<State>,
    stop: Arc<AtomicBool>,
    addr: SocketAddr,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("addr", &self.addr)
            .field("options", &self.state.options)
            .finish()
    }
}

/// Stops a running [`Server`] from another thread.
#[derive(Clone, Debug)]
pub struct ServerHandle {
    stop: Arc<AtomicBool>,
}

impl ServerHandle {
    /// Asks the server to stop; [`Server::run`] returns within a fraction of a second.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

impl Server {
    /// Opens the store folder `dir` (see the module doc for how) and binds the address.
    pub fn open(dir: impl AsRef<Path>, options: ServeOptions) -> Result<Self, ServeError> {
        let dir = dir.as_ref();
        let backend = if options.writable {
            let store = crate::KnowledgeStore::open(dir)?;
            Backend::Writable(store.oxigraph().clone())
        } else {
            let (store, print) = load_snapshot(dir)?;
            Backend::Snapshot {
                dir: dir.to_path_buf(),
                current: RwLock::new(store),
                watch: Mutex::new(Watch {
                    loaded: print,
                    failed: None,
                }),
            }
        };
        Self::with_backend(backend, options)
    }

    /// Serves an in-memory store (read-only unless the options say writable).
    pub fn from_store(
        store: &crate::KnowledgeStore,
        options: ServeOptions,
    ) -> Result<Self, ServeError> {
        Self::with_backend(Backend::Writable(store.oxigraph().clone()), options)
    }

    fn with_backend(backend: Backend, options: ServeOptions) -> Result<Self, ServeError> {
        if let Some(origin) = &options.cors {
            if origin.is_empty() || !origin.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(ServeError::Option(format!(
                    "the CORS origin {origin:?} is not an origin such as https://example.org, or `*`"
                )));
            }
        }
        if options.timeout.is_zero() {
            return Err(ServeError::Option(
                "the query timeout must be above zero".to_owned(),
            ));
        }
        let http = tiny_http::Server::http(options.bind).map_err(|e| ServeError::Bind {
            addr: options.bind,
            reason: e.to_string(),
        })?;
        let addr = http.server_addr().to_ip().ok_or_else(|| ServeError::Bind {
            addr: options.bind,
            reason: "not an IP address".to_owned(),
        })?;
        Ok(Self {
            http: Arc::new(http),
            state: Arc::new(State {
                backend,
                options,
                watchdog: Watchdog::start(),
            }),
            stop: Arc::new(AtomicBool::new(false)),
            addr,
        })
    }

    /// The address the server listens on (with the real port when bound to port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// A handle to stop the server from another thread.
    pub fn handle(&self) -> ServerHandle {
        ServerHandle {
            stop: self.stop.clone(),
        }
    }

    /// Answers requests until stopped, on [`ServeOptions::threads`] threads.
    pub fn run(self) {
        let poll = Duration::from_millis(100);
        std::thread::scope(|scope| {
            for _ in 0..self.state.options.threads.max(1) {
                scope.spawn(|| {
                    while !self.stop.load(Ordering::SeqCst) {
                        match self.http.recv_timeout(poll) {
                            Ok(Some(request)) => answer(&self.state, request),
                            Ok(None) => {}
                            Err(e) => eprintln!("warning: {e}"),
                        }
                    }
                });
            }
            if let Backend::Snapshot { .. } = self.state.backend {
                scope.spawn(|| {
                    let interval = self.state.options.reload_interval;
                    let mut waited = Duration::ZERO;
                    while !self.stop.load(Ordering::SeqCst) {
                        std::thread::sleep(poll);
                        waited += poll;
                        if waited >= interval {
                            waited = Duration::ZERO;
                            reload_if_changed(&self.state.backend);
                        }
                    }
                });
            }
        });
    }
}

/// Loads the folder again when its files changed since the last copy; a folder that a
/// build still holds is tried again at the next tick.
fn reload_if_changed(backend: &Backend) {
    let Backend::Snapshot {
        dir,
        current,
        watch,
    } = backend
    else {
        return;
    };
    let now = fingerprint(dir);
    let mut watch = watch.lock().unwrap_or_else(|p| p.into_inner());
    if now == watch.loaded {
        return;
    }
    match load_snapshot(dir) {
        Ok((store, print)) => {
            *current.write().unwrap_or_else(|p| p.into_inner()) = store;
            watch.loaded = print;
            watch.failed = None;
            eprintln!("reloaded {}", dir.display());
        }
        Err(e) => {
            if watch.failed.as_ref() != Some(&now) {
                eprintln!("not reloaded yet, still serving the earlier copy: {e}");
            }
            watch.failed = Some(now);
        }
    }
}

/// An HTTP answer before it is sent.
#[derive(Debug)]
struct Reply {
    status: u16,
    content_type: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            content_type,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    fn text(status: u16, message: impl std::fmt::Display) -> Self {
        Self::new(status, "text/plain; charset=utf-8", format!("{message}\n"))
    }

    fn empty(status: u16) -> Self {
        Self::new(status, "text/plain; charset=utf-8", Vec::new())
    }

    fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
}

/// A request, read whole.
struct Incoming {
    method: String,
    path: String,
    params: Vec<(String, String)>,
    content_type: Option<String>,
    accept: Option<String>,
    body: Vec<u8>,
}

impl Incoming {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn params(&self, name: &str) -> Vec<&str> {
        self.params
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The media type of the body, lower-cased, parameters dropped.
    fn media_type(&self) -> Option<String> {
        self.content_type.as_deref().map(|c| {
            c.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
    }
}

fn answer(state: &State, mut request: tiny_http::Request) {
    let header = |name: &str| {
        request
            .headers()
            .iter()
            .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str().to_owned())
    };
    let content_type = header("Content-Type");
    let accept = header("Accept");
    let method = request.method().as_str().to_ascii_uppercase();
    let url = request.url().to_owned();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let mut params: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    // Only a writable server reads a large graph; a read-only one refuses it anyway.
    let limit = if path == "/store" && state.options.writable {
        MAX_GRAPH_BODY
    } else {
        MAX_QUERY_BODY
    };
    let mut body = Vec::new();
    let read = request.as_reader().take(limit + 1).read_to_end(&mut body);
    let reply = if let Err(e) = read {
        Reply::text(400, format!("could not read the request body: {e}"))
    } else if body.len() as u64 > limit {
        Reply::text(
            413,
            format!("the request body is larger than {limit} bytes"),
        )
    } else {
        let incoming_type = content_type.as_deref().map(|c| {
            c.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
        if method == "POST" && incoming_type.as_deref() == Some("application/x-www-form-urlencoded")
        {
            params.extend(form_urlencoded::parse(&body).into_owned());
        }
        let incoming = Incoming {
            method,
            path: path.to_owned(),
            params,
            content_type,
            accept,
            body,
        };
        handle(state, &incoming)
    };
    let mut response = tiny_http::Response::from_data(reply.body)
        .with_status_code(reply.status)
        .with_header(header_line("Content-Type", reply.content_type))
        .with_header(header_line("X-Content-Type-Options", "nosniff"));
    for (name, value) in &reply.headers {
        response.add_header(header_line(name, value));
    }
    if let Some(origin) = &state.options.cors {
        response.add_header(header_line("Access-Control-Allow-Origin", origin));
        response.add_header(header_line(
            "Access-Control-Expose-Headers",
            "X-Policykg-Truncated",
        ));
    }
    // An error here means the client went away; there is no one left to tell.
    let _ = request.respond(response);
}

/// A response header. Names are this module's constants and values are ASCII (the CORS
/// origin is checked when the server is made), so the parse cannot fail.
fn header_line(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes())
        .unwrap_or_else(|()| unreachable!("bad response header {name}: {value}"))
}

const READ_ONLY: &str =
    "this server is read-only: start it with `policykg serve --writable` to allow updates";

/// Routes a request to its answer.
fn handle(state: &State, request: &Incoming) -> Reply {
    let method = request.method.as_str();
    if method == "OPTIONS" {
        let reply = Reply::empty(204).header("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
        return match state.options.cors {
            Some(_) => reply
                .header(
                    "Access-Control-Allow-Methods",
                    "GET, HEAD, POST, PUT, DELETE, OPTIONS",
                )
                .header("Access-Control-Allow-Headers", "Content-Type, Accept")
                .header("Access-Control-Max-Age", "600"),
            None => reply,
        };
    }
    let get = method == "GET" || method == "HEAD";
    match (request.path.as_str(), get) {
        ("/" | "/index.html", true) => Reply::new(200, "text/html; charset=utf-8", INDEX_HTML),
        ("/app.js", true) => Reply::new(200, "text/javascript; charset=utf-8", APP_JS),
        ("/style.css", true) => Reply::new(200, "text/css; charset=utf-8", STYLE_CSS),
        ("/examples", true) => examples(),
        ("/sparql" | "/query", _) => sparql(state, request),
        ("/update", _) => {
            if method != "POST" {
                return Reply::text(405, "send updates with POST").header("Allow", "POST");
            }
            update(state, request)
        }
        ("/store", _) => graph_store(state, request),
        ("/" | "/index.html" | "/app.js" | "/style.css" | "/examples", false) => {
            Reply::text(405, "use GET").header("Allow", "GET, HEAD")
        }
        _ => Reply::text(
            404,
            format!("nothing at {}; try / or /sparql", request.path),
        ),
    }
}

fn examples() -> Reply {
    let list: Vec<serde_json::Value> = example_queries()
        .iter()
        .map(|(name, question, sparql)| {
            serde_json::json!({ "name": name, "question": question, "sparql": sparql })
        })
        .collect();
    Reply::new(
        200,
        "application/json",
        serde_json::to_vec(&list).unwrap_or_default(),
    )
}

/// `/sparql`: a query (or, on POST, an update sent to the query endpoint).
fn sparql(state: &State, request: &Incoming) -> Reply {
    let media = request.media_type();
    let query = match request.method.as_str() {
        "GET" | "HEAD" => match request.param("query") {
            Some(q) => q.to_owned(),
            None => {
                return Reply::text(
                    400,
                    "give the query as ?query=… (see the page at / to try one)",
                );
            }
        },
        "POST" => match media.as_deref() {
            Some("application/sparql-query") => match String::from_utf8(request.body.clone()) {
                Ok(q) => q,
                Err(_) => return Reply::text(400, "the query is not UTF-8"),
            },
            Some("application/sparql-update") => return update(state, request),
            Some("application/x-www-form-urlencoded") => {
                if request.param("update").is_some() {
                    return update(state, request);
                }
                match request.param("query") {
                    Some(q) => q.to_owned(),
                    None => return Reply::text(400, "the form has no `query` field"),
                }
            }
            other => {
                return Reply::text(
                    415,
                    format!(
                        "unsupported content type {}: send application/sparql-query or \
                         application/x-www-form-urlencoded",
                        other.unwrap_or("(none)")
                    ),
                );
            }
        },
        _ => return Reply::text(405, "use GET or POST").header("Allow", "GET, HEAD, POST"),
    };
    run_query(state, request, &query)
}

fn evaluator(token: CancellationToken) -> SparqlEvaluator {
    let mut evaluator = SparqlEvaluator::new().with_cancellation_token(token);
    for (prefix, iri) in PREFIXES {
        evaluator = evaluator
            .with_prefix(prefix, iri)
            .unwrap_or_else(|_| unreachable!("the predefined prefixes are valid IRIs"));
    }
    evaluator
}

fn named_node(iri: &str) -> Result<NamedNode, Reply> {
    NamedNode::new(iri).map_err(|e| Reply::text(400, format!("bad graph IRI <{iri}>: {e}")))
}

fn run_query(state: &State, request: &Incoming, query: &str) -> Reply {
    let options = &state.options;
    let token = state.watchdog.token(options.timeout);
    let mut prepared = match evaluator(token).parse_query(query) {
        Ok(p) => p,
        Err(e) => return Reply::text(400, format!("SPARQL syntax error: {e}")),
    };
    let default_graphs = request.params("default-graph-uri");
    let named_graphs = request.params("named-graph-uri");
    if !default_graphs.is_empty() || !named_graphs.is_empty() {
        let mut defaults = Vec::new();
        for iri in default_graphs {
            match named_node(iri) {
                Ok(n) => defaults.push(GraphName::NamedNode(n)),
                Err(reply) => return reply,
            }
        }
        let mut named = Vec::new();
        for iri in named_graphs {
            match named_node(iri) {
                Ok(n) => named.push(NamedOrBlankNode::NamedNode(n)),
                Err(reply) => return reply,
            }
        }
        let dataset = prepared.dataset_mut();
        dataset.set_default_graph(defaults);
        dataset.set_available_named_graphs(named);
    }
    let store = state.backend.store();
    let results = match prepared.on_store(&store).execute() {
        Ok(r) => r,
        Err(e) => return evaluation_error(options, &e),
    };
    let accept = request.accept.as_deref();
    let mut body = Vec::new();
    let mut truncated = false;
    let content_type = match results {
        QueryResults::Boolean(value) => {
            let Some(format) = results_format(accept) else {
                return not_acceptable(RESULT_TYPES);
            };
            if let Err(e) = QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut body, value)
            {
                return Reply::text(500, e);
            }
            format.media_type()
        }
        QueryResults::Solutions(solutions) => {
            let Some(format) = results_format(accept) else {
                return not_acceptable(RESULT_TYPES);
            };
            let variables = solutions.variables().to_vec();
            let written = (|| -> Result<bool, Reply> {
                let mut writer = QueryResultsSerializer::from_format(format)
                    .serialize_solutions_to_writer(&mut body, variables)
                    .map_err(|e| Reply::text(500, e))?;
                let cut = write_capped(solutions, options, |s| writer.serialize(s))?;
                writer.finish().map_err(|e| Reply::text(500, e))?;
                Ok(cut)
            })();
            match written {
                Ok(cut) => truncated = cut,
                Err(reply) => return reply,
            }
            format.media_type()
        }
        QueryResults::Graph(triples) => {
            let Some(format) = graph_format(accept) else {
                return not_acceptable(GRAPH_TYPES);
            };
            let written = (|| -> Result<bool, Reply> {
                let mut serializer = RdfSerializer::from_format(format);
                if matches!(format, RdfFormat::Turtle | RdfFormat::TriG) {
                    for (prefix, iri) in PREFIXES {
                        serializer = serializer
                            .with_prefix(prefix, iri)
                            .map_err(|e| Reply::text(500, e))?;
                    }
                }
                let mut writer = serializer.for_writer(&mut body);
                let cut = write_capped(triples, options, |t| writer.serialize_triple(t))?;
                writer.finish().map_err(|e| Reply::text(500, e))?;
                Ok(cut)
            })();
            match written {
                Ok(cut) => truncated = cut,
                Err(reply) => return reply,
            }
            format.media_type()
        }
    };
    let reply = Reply::new(200, content_type, body);
    if truncated {
        reply.header("X-Policykg-Truncated", "true")
    } else {
        reply
    }
}

/// Writes results one by one until `options.max_results`; returns whether the results
/// were cut there.
fn write_capped<T>(
    items: impl Iterator<Item = Result<T, QueryEvaluationError>>,
    options: &ServeOptions,
    mut write: impl FnMut(&T) -> std::io::Result<()>,
) -> Result<bool, Reply> {
    for (count, item) in items.enumerate() {
        let item = item.map_err(|e| evaluation_error(options, &e))?;
        if count == options.max_results {
            return Ok(true);
        }
        write(&item).map_err(|e| Reply::text(500, e))?;
    }
    Ok(false)
}

fn evaluation_error(options: &ServeOptions, e: &QueryEvaluationError) -> Reply {
    match e {
        QueryEvaluationError::Cancelled => Reply::text(
            503,
            format!(
                "the query ran longer than the limit of {:.1} s (policykg serve --timeout)",
                options.timeout.as_secs_f64()
            ),
        ),
        other => Reply::text(500, format!("SPARQL evaluation error: {other}")),
    }
}

const RESULT_TYPES: &str = "application/sparql-results+json, application/sparql-results+xml, text/csv, text/tab-separated-values";
const GRAPH_TYPES: &str = "text/turtle, application/n-triples, application/rdf+xml, application/n-quads, application/trig";

fn not_acceptable(offered: &str) -> Reply {
    Reply::text(
        406,
        format!("none of the media types in Accept can be produced; this answer can be {offered}"),
    )
}

/// The media types of an `Accept` header, best first (a stable sort on q).
fn accepted(accept: Option<&str>) -> Vec<String> {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return vec!["*/*".to_owned()];
    };
    let mut types: Vec<(String, f32)> = accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let media = pieces.next()?.trim().to_ascii_lowercase();
            if media.is_empty() {
                return None;
            }
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0).then_some((media, q))
        })
        .collect();
    types.sort_by(|a, b| b.1.total_cmp(&a.1));
    types.into_iter().map(|(m, _)| m).collect()
}

fn results_format(accept: Option<&str>) -> Option<QueryResultsFormat> {
    accepted(accept)
        .iter()
        .find_map(|media| match media.as_str() {
            "*/*" | "application/*" | "application/json" => Some(QueryResultsFormat::Json),
            "text/*" => Some(QueryResultsFormat::Csv),
            "application/xml" | "text/xml" => Some(QueryResultsFormat::Xml),
            other => QueryResultsFormat::from_media_type(other),
        })
}

fn graph_format(accept: Option<&str>) -> Option<RdfFormat> {
    accepted(accept)
        .iter()
        .find_map(|media| match media.as_str() {
            "*/*" | "text/*" => Some(RdfFormat::Turtle),
            "application/*" => Some(RdfFormat::NTriples),
            "text/plain" => Some(RdfFormat::NTriples),
            other => RdfFormat::from_media_type(other)
                .filter(|f| !matches!(f, RdfFormat::JsonLd { .. } | RdfFormat::N3)),
        })
}

/// `/update` (and updates posted to `/sparql`).
fn update(state: &State, request: &Incoming) -> Reply {
    let Backend::Writable(store) = &state.backend else {
        return Reply::text(403, READ_ONLY);
    };
    if !state.options.writable {
        return Reply::text(403, READ_ONLY);
    }
    let text = match request.media_type().as_deref() {
        Some("application/sparql-update") => match String::from_utf8(request.body.clone()) {
            Ok(u) => u,
            Err(_) => return Reply::text(400, "the update is not UTF-8"),
        },
        Some("application/x-www-form-urlencoded") => match request.param("update") {
            Some(u) => u.to_owned(),
            None => return Reply::text(400, "the form has no `update` field"),
        },
        other => {
            return Reply::text(
                415,
                format!(
                    "unsupported content type {}: send application/sparql-update or \
                     application/x-www-form-urlencoded",
                    other.unwrap_or("(none)")
                ),
            );
        }
    };
    if request.param("using-graph-uri").is_some()
        || request.param("using-named-graph-uri").is_some()
    {
        return Reply::text(
            400,
            "using-graph-uri and using-named-graph-uri are not supported: \
             write USING or WITH in the update",
        );
    }
    let token = state.watchdog.token(state.options.timeout);
    let prepared = match evaluator(token).parse_update(&text) {
        Ok(p) => p,
        Err(e) => return Reply::text(400, format!("SPARQL syntax error: {e}")),
    };
    match prepared.on_store(store).execute() {
        Ok(()) => Reply::empty(204),
        Err(e) => Reply::text(500, format!("SPARQL update error: {e}")),
    }
}

/// `/store`: the SPARQL 1.1 Graph Store HTTP Protocol, with `?default` or `?graph=IRI`.
fn graph_store(state: &State, request: &Incoming) -> Reply {
    let graph = match (request.param("default"), request.param("graph")) {
        (Some(_), None) => GraphName::DefaultGraph,
        (None, Some(iri)) => match named_node(iri) {
            Ok(n) => GraphName::NamedNode(n),
            Err(reply) => return reply,
        },
        _ => return Reply::text(400, "name one graph: ?default or ?graph=IRI"),
    };
    let method = request.method.as_str();
    if !matches!(method, "GET" | "HEAD") && !state.options.writable {
        return Reply::text(403, READ_ONLY);
    }
    let store = state.backend.store();
    let exists = |store: &Store| -> Result<bool, Reply> {
        match &graph {
            GraphName::DefaultGraph => Ok(true),
            GraphName::NamedNode(n) => store
                .contains_named_graph(n)
                .map_err(|e| Reply::text(500, e)),
            GraphName::BlankNode(_) => Ok(false),
        }
    };
    match method {
        "GET" | "HEAD" => {
            match exists(&store) {
                Ok(true) => {}
                Ok(false) => return Reply::text(404, format!("no graph {graph}")),
                Err(reply) => return reply,
            }
            let Some(format) = graph_format(request.accept.as_deref()) else {
                return not_acceptable(GRAPH_TYPES);
            };
            let mut body = Vec::new();
            let mut serializer = RdfSerializer::from_format(format);
            if matches!(format, RdfFormat::Turtle) {
                for (prefix, iri) in PREFIXES {
                    serializer = match serializer.with_prefix(prefix, iri) {
                        Ok(s) => s,
                        Err(e) => return Reply::text(500, e),
                    };
                }
            }
            let graph_ref: GraphNameRef<'_> = graph.as_ref();
            match store.dump_graph_to_writer(graph_ref, serializer, &mut body) {
                Ok(_) => Reply::new(200, format.media_type(), body),
                Err(e) => Reply::text(500, e),
            }
        }
        "PUT" | "POST" => {
            let Some(format) = request
                .media_type()
                .as_deref()
                .and_then(RdfFormat::from_media_type)
            else {
                return Reply::text(415, format!("send the graph as one of {GRAPH_TYPES}"));
            };
            let existed = match exists(&store) {
                Ok(e) => e,
                Err(reply) => return reply,
            };
            let parser = RdfParser::from_format(format)
                .with_default_graph(graph.clone())
                .without_named_graphs();
            let result = store.start_transaction().and_then(|mut transaction| {
                if method == "PUT" {
                    transaction.clear_graph(graph.as_ref())?;
                }
                if let GraphName::NamedNode(n) = &graph {
                    transaction.insert_named_graph(n);
                }
                Ok(transaction)
            });
            let mut transaction = match result {
                Ok(t) => t,
                Err(e) => return Reply::text(500, e),
            };
            if let Err(e) = transaction.load_from_reader(parser, request.body.as_slice()) {
                return Reply::text(400, format!("the graph does not parse: {e}"));
            }
            if let Err(e) = transaction.commit() {
                return Reply::text(500, e);
            }
            Reply::empty(if existed { 204 } else { 201 })
        }
        "DELETE" => {
            match exists(&store) {
                Ok(true) => {}
                Ok(false) => return Reply::text(404, format!("no graph {graph}")),
                Err(reply) => return reply,
            }
            let result = match &graph {
                GraphName::NamedNode(n) => store.remove_named_graph(n),
                _ => store.clear_graph(GraphNameRef::DefaultGraph),
            };
            match result {
                Ok(()) => Reply::empty(204),
                Err(e) => Reply::text(500, e),
            }
        }
        _ => Reply::text(405, "use GET, HEAD, PUT, POST or DELETE")
            .header("Allow", "GET, HEAD, PUT, POST, DELETE"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_headers_pick_the_best_offered_format() {
        let table: &[(Option<&str>, Option<QueryResultsFormat>)] = &[
            (None, Some(QueryResultsFormat::Json)),
            (Some("*/*"), Some(QueryResultsFormat::Json)),
            (Some("text/csv"), Some(QueryResultsFormat::Csv)),
            (
                Some("text/tab-separated-values;q=0.9, application/sparql-results+xml"),
                Some(QueryResultsFormat::Xml),
            ),
            (Some("image/png"), None),
            (
                Some("application/sparql-results+json;q=0, text/csv"),
                Some(QueryResultsFormat::Csv),
            ),
        ];
        for (accept, expected) in table {
            assert_eq!(results_format(*accept), *expected, "{accept:?}");
        }
        assert_eq!(
            graph_format(Some("application/n-triples")),
            Some(RdfFormat::NTriples)
        );
        assert_eq!(graph_format(None), Some(RdfFormat::Turtle));
        assert_eq!(graph_format(Some("application/sparql-results+json")), None);
    }

    #[test]
    fn example_queries_parse() {
        for (name, _, sparql) in example_queries() {
            assert!(
                evaluator(CancellationToken::new())
                    .parse_query(sparql)
                    .is_ok(),
                "{name}"
            );
        }
    }

    #[test]
    fn the_watchdog_cancels_after_the_deadline() {
        let watchdog = Watchdog::start();
        let late = watchdog.token(Duration::from_millis(50));
        let later = watchdog.token(Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(300));
        assert!(late.is_cancelled());
        assert!(!later.is_cancelled());
    }

    #[test]
    fn fingerprints_ignore_rocksdb_logs_and_notice_new_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("LOG"), "x").unwrap();
        std::fs::write(dir.path().join("000001.sst"), "x").unwrap();
        std::fs::write(dir.path().join("000002.log"), "").unwrap();
        let before = fingerprint(dir.path());
        std::fs::write(dir.path().join("LOG.old.1"), "xy").unwrap();
        std::fs::write(dir.path().join("MANIFEST-000003"), "xy").unwrap();
        std::fs::write(dir.path().join("000004.log"), "").unwrap();
        assert_eq!(fingerprint(dir.path()), before);
        std::fs::write(dir.path().join("000004.log"), "data").unwrap();
        assert_ne!(fingerprint(dir.path()), before);
        std::fs::remove_file(dir.path().join("000004.log")).unwrap();
        std::fs::write(dir.path().join("000005.sst"), "x").unwrap();
        assert_ne!(fingerprint(dir.path()), before);
    }
}
