//! Uploading document graphs to any RDF store that speaks the SPARQL 1.1 Graph Store
//! HTTP Protocol (Virtuoso, Fuseki, GraphDB, Oxigraph server, …): one `PUT` per
//! document graph, so pushing again replaces rather than duplicates; transient failures
//! (connection errors, 408, 429, 5xx) are retried with exponential backoff; HTTP digest
//! (RFC 7616, MD5) and basic authentication are answered when the server asks.

use md5::{Digest, Md5};
use oxigraph::model::Quad;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Duration;

/// Why an upload failed.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    /// The endpoint is not an `http://` or `https://` URL.
    #[error("endpoint `{0}` is not an http:// or https:// URL")]
    BadEndpoint(String),
    /// The server wants credentials and none (or wrong ones) were given.
    #[error("{url}: authentication failed (HTTP 401){hint}")]
    Unauthorized {
        /// The request URL.
        url: String,
        /// What to do.
        hint: &'static str,
    },
    /// The server refused the request.
    #[error("{url}: HTTP {status}: {body}")]
    Status {
        /// The request URL.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The start of the response body.
        body: String,
    },
    /// The server could not be reached.
    #[error("{url}: {reason}")]
    Transport {
        /// The request URL.
        url: String,
        /// Why.
        reason: String,
    },
}

impl PushError {
    /// Whether trying again later may help.
    fn is_transient(&self) -> bool {
        match self {
            Self::Transport { .. } => true,
            Self::Status { status, .. } => matches!(status, 408 | 429 | 500..=599),
            _ => false,
        }
    }
}

/// What uploading one graph took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PutReport {
    /// The final HTTP status (200, 201 or 204).
    pub status: u16,
    /// Requests sent, including authentication round trips and retries.
    pub attempts: u32,
    /// Transient failures that were retried.
    pub retries: u32,
}

/// The Graph Store endpoint of an RDF store, e.g. Virtuoso's
/// `http://localhost:8890/sparql-graph-crud-auth`. It is `Sync`: threads may share it.
pub struct GraphStore {
    agent: ureq::Agent,
    endpoint: String,
    credentials: Option<(String, String)>,
    retries: u32,
    backoff: Duration,
    challenge: Mutex<Option<Challenge>>,
}

impl std::fmt::Debug for GraphStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GraphStore")
            .field("endpoint", &self.endpoint)
            .field("user", &self.credentials.as_ref().map(|c| &c.0))
            .field("retries", &self.retries)
            .finish()
    }
}

impl GraphStore {
    /// A client of the Graph Store endpoint at `endpoint` (4 retries from 0.5 s backoff,
    /// 120 s timeout per request).
    pub fn new(endpoint: &str) -> Result<Self, PushError> {
        if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) {
            return Err(PushError::BadEndpoint(endpoint.to_owned()));
        }
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
            .into();
        Ok(Self {
            agent,
            endpoint: endpoint.to_owned(),
            credentials: None,
            retries: 4,
            backoff: Duration::from_millis(500),
            challenge: Mutex::new(None),
        })
    }

    /// Answers authentication challenges (digest or basic) with these credentials.
    pub fn with_credentials(mut self, user: &str, password: &str) -> Self {
        self.credentials = Some((user.to_owned(), password.to_owned()));
        self
    }

    /// Retries a transient failure `retries` times, waiting `backoff`, then twice as
    /// long each time.
    pub fn with_retries(mut self, retries: u32, backoff: Duration) -> Self {
        self.retries = retries;
        self.backoff = backoff;
        self
    }

    /// The request URL of a graph: `ENDPOINT?graph=IRI`.
    pub fn graph_url(&self, graph: &str) -> String {
        let separator = if self.endpoint.contains('?') {
            '&'
        } else {
            '?'
        };
        format!(
            "{}{separator}graph={}",
            self.endpoint,
            percent_encode(graph)
        )
    }

    /// Replaces graph `graph` with `turtle` (Turtle or N-Triples), retrying transient
    /// failures.
    pub fn put_graph(&self, graph: &str, turtle: &[u8]) -> Result<PutReport, PushError> {
        let url = self.graph_url(graph);
        let mut attempts = 0;
        let mut wait = self.backoff;
        let mut retries = 0;
        loop {
            match self.put_once(&url, turtle, &mut attempts) {
                Ok(status) => {
                    return Ok(PutReport {
                        status,
                        attempts,
                        retries,
                    });
                }
                Err(e) if e.is_transient() && retries < self.retries => {
                    retries += 1;
                    std::thread::sleep(wait);
                    wait = (wait * 2).min(Duration::from_secs(30));
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// One PUT, with one more if the server asks for (fresh) credentials.
    fn put_once(&self, url: &str, body: &[u8], attempts: &mut u32) -> Result<u16, PushError> {
        let uri = request_uri(url);
        let mut refreshed = false;
        let mut sent = 0;
        loop {
            let authorization = match (&self.credentials, self.lock().as_mut()) {
                (Some((user, password)), Some(challenge)) => {
                    Some(challenge.authorization(user, password, "PUT", &uri))
                }
                _ => None,
            };
            let mut request = self.agent.put(url).header("Content-Type", "text/turtle");
            if let Some(value) = &authorization {
                request = request.header("Authorization", value);
            }
            *attempts += 1;
            sent += 1;
            let mut response = request.send(body).map_err(|e| PushError::Transport {
                url: url.to_owned(),
                reason: e.to_string(),
            })?;
            let status = response.status().as_u16();
            if (200..300).contains(&status) {
                return Ok(status);
            }
            if status == 401 {
                let challenge = response
                    .headers()
                    .get_all("www-authenticate")
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .filter_map(Challenge::parse)
                    .max_by_key(|c| matches!(c, Challenge::Digest { .. }));
                if self.credentials.is_none() {
                    return Err(PushError::Unauthorized {
                        url: url.to_owned(),
                        hint: " (give --user and --password)",
                    });
                }
                // Answer a new challenge once (the cached one may have expired); a
                // refusal of the answer to a fresh challenge means wrong credentials.
                match challenge {
                    Some(challenge) if !refreshed || (challenge.is_stale() && sent < 4) => {
                        *self.lock() = Some(challenge);
                        refreshed = true;
                        continue;
                    }
                    _ => {
                        return Err(PushError::Unauthorized {
                            url: url.to_owned(),
                            hint: " (check --user and --password)",
                        });
                    }
                }
            }
            let text = response
                .body_mut()
                .with_config()
                .limit(4096)
                .read_to_string()
                .unwrap_or_default();
            return Err(PushError::Status {
                url: url.to_owned(),
                status,
                body: text.trim().chars().take(300).collect(),
            });
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Challenge>> {
        self.challenge
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The triples of a document's named graph as N-Triples (which every Turtle parser
/// reads), in the order of the quads.
pub fn graph_ntriples(quads: &[Quad]) -> String {
    let mut text = String::with_capacity(quads.len() * 160);
    for quad in quads {
        let _ = writeln!(
            text,
            "{} {} {} .",
            quad.subject, quad.predicate, quad.object
        );
    }
    text
}

/// An authentication challenge (`WWW-Authenticate`).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Challenge {
    Basic,
    Digest {
        realm: String,
        nonce: String,
        opaque: Option<String>,
        qop_auth: bool,
        stale: bool,
        count: u32,
    },
}

impl Challenge {
    fn parse(header: &str) -> Option<Self> {
        let (scheme, rest) = header.trim().split_once(' ').unwrap_or((header.trim(), ""));
        if scheme.eq_ignore_ascii_case("basic") {
            return Some(Self::Basic);
        }
        if !scheme.eq_ignore_ascii_case("digest") {
            return None;
        }
        let params = parse_params(rest);
        let get = |k: &str| {
            params
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.clone())
        };
        if get("algorithm").is_some_and(|a| !a.eq_ignore_ascii_case("md5")) {
            return None;
        }
        Some(Self::Digest {
            realm: get("realm").unwrap_or_default(),
            nonce: get("nonce")?,
            opaque: get("opaque"),
            qop_auth: get("qop").is_some_and(|q| q.split(',').any(|q| q.trim() == "auth")),
            stale: get("stale").is_some_and(|s| s.eq_ignore_ascii_case("true")),
            count: 0,
        })
    }

    fn is_stale(&self) -> bool {
        matches!(self, Self::Digest { stale: true, .. })
    }

    /// The `Authorization` header value for a request (counts the nonce's uses).
    fn authorization(&mut self, user: &str, password: &str, method: &str, uri: &str) -> String {
        match self {
            Self::Basic => format!("Basic {}", base64(format!("{user}:{password}").as_bytes())),
            Self::Digest {
                realm,
                nonce,
                opaque,
                qop_auth,
                count,
                ..
            } => {
                *count += 1;
                let ha1 = md5_hex(&format!("{user}:{realm}:{password}"));
                let ha2 = md5_hex(&format!("{method}:{uri}"));
                let nc = format!("{count:08x}");
                let cnonce = md5_hex(&format!(
                    "{nonce}:{count}:{:?}",
                    std::time::SystemTime::now()
                ))[..16]
                    .to_owned();
                let mut value = format!(
                    "Digest username=\"{user}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", algorithm=MD5"
                );
                let response = if *qop_auth {
                    let _ = write!(value, ", qop=auth, nc={nc}, cnonce=\"{cnonce}\"");
                    md5_hex(&format!("{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}"))
                } else {
                    md5_hex(&format!("{ha1}:{nonce}:{ha2}"))
                };
                let _ = write!(value, ", response=\"{response}\"");
                if let Some(opaque) = opaque {
                    let _ = write!(value, ", opaque=\"{opaque}\"");
                }
                value
            }
        }
    }
}

/// `key=value` and `key="quoted, value"` pairs separated by commas.
fn parse_params(text: &str) -> Vec<(String, String)> {
    let mut params = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some((key, after)) = rest.split_once('=') else {
            break;
        };
        let key = key.trim().trim_start_matches(',').trim().to_owned();
        let after = after.trim_start();
        let (value, tail) = if let Some(quoted) = after.strip_prefix('"') {
            let mut value = String::new();
            let mut chars = quoted.char_indices();
            let mut end = quoted.len();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, next)) = chars.next() {
                            value.push(next);
                        }
                    }
                    '"' => {
                        end = i + 1;
                        break;
                    }
                    c => value.push(c),
                }
            }
            (value, &quoted[end..])
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (after[..end].trim().to_owned(), &after[end..])
        };
        params.push((key, value));
        rest = tail.trim_start().trim_start_matches(',').trim_start();
    }
    params
}

/// The path and query of a URL (the digest `uri`).
fn request_uri(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, r)| r);
    after_scheme
        .find('/')
        .map_or_else(|| "/".to_owned(), |i| after_scheme[i..].to_owned())
}

fn md5_hex(text: &str) -> String {
    let digest = Md5::digest(text.as_bytes());
    let mut hex = String::with_capacity(32);
    for byte in digest.iter() {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_response_matches_rfc_2617_example() {
        // RFC 2617 §3.5: Mufasa / "Circle Of Life", GET /dir/index.html.
        let mut challenge = Challenge::parse(
            r#"Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#,
        )
        .unwrap();
        let Challenge::Digest { nonce, .. } = &challenge else {
            panic!("not digest")
        };
        assert_eq!(nonce, "dcd98b7102dd2f0e8b11d0f600bfb0c093");
        let ha1 = md5_hex("Mufasa:testrealm@host.com:Circle Of Life");
        let ha2 = md5_hex("GET:/dir/index.html");
        assert_eq!(
            md5_hex(&format!(
                "{ha1}:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:{ha2}"
            )),
            "6629fae49393a05397450978507c4ef1"
        );
        let header = challenge.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html");
        assert!(header.contains("nc=00000001"), "{header}");
        assert!(header.contains(r#"opaque="5ccc069c403ebaf9f0171e9517f40e41""#));
        let second = challenge.authorization("Mufasa", "Circle Of Life", "GET", "/x");
        assert!(second.contains("nc=00000002"), "{second}");
    }

    #[test]
    fn basic_and_unknown_challenges() {
        assert_eq!(
            Challenge::parse("Basic realm=\"x\""),
            Some(Challenge::Basic)
        );
        assert_eq!(Challenge::parse("Bearer"), None);
        assert_eq!(
            Challenge::parse("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256"),
            None
        );
        assert_eq!(base64(b"dba:dba"), "ZGJhOmRiYQ==");
        assert_eq!(base64(b"ab"), "YWI=");
    }

    #[test]
    fn graph_urls_are_percent_encoded() {
        let store = GraphStore::new("http://localhost:8890/sparql-graph-crud-auth").unwrap();
        assert_eq!(
            store.graph_url("https://w3id.org/policykg/doc/a b/政策.txt"),
            "http://localhost:8890/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fdoc%2Fa%20b%2F%E6%94%BF%E7%AD%96.txt"
        );
        assert_eq!(
            request_uri("http://h:1/p/q?graph=x"),
            "/p/q?graph=x".to_owned()
        );
        assert!(matches!(
            GraphStore::new("localhost:8890"),
            Err(PushError::BadEndpoint(_))
        ));
    }
}
