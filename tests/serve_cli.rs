//! `policykg serve` as a command: it prints where it listens, answers, and says clearly
//! why it cannot start.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The server process; killed when dropped.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn build_sample(dir: &std::path::Path) -> std::path::PathBuf {
    let store = dir.join("kg");
    let status = Command::new(assert_cmd::cargo::cargo_bin("policykg"))
        .args(["build", "--store"])
        .arg(&store)
        .arg("data/corpus")
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    store
}

#[test]
fn serve_prints_its_address_and_answers_queries() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_sample(dir.path());
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("policykg"))
        .args(["serve", "--bind", "127.0.0.1:0", "--store"])
        .arg(&store)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let serving = Serving(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .trim_end_matches('/')
        .to_owned();
    assert!(line.contains("read-only"), "{line}");
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let body = agent
        .get(format!("{base}/sparql"))
        .query(
            "query",
            "SELECT ?n WHERE { ?x rdfs:label ?n } ORDER BY ?n LIMIT 1",
        )
        .header("Accept", "text/csv")
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    assert!(body.starts_with("n\r\n"), "{body}");
    assert_eq!(body.lines().count(), 2, "{body}");
    drop(serving);
}

#[test]
fn serve_explains_why_it_cannot_start() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(assert_cmd::cargo::cargo_bin("policykg"))
        .args(["serve", "--bind", "127.0.0.1:0", "--store"])
        .arg(dir.path().join("missing"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no store here"), "{stderr}");

    let store = build_sample(dir.path());
    let output = Command::new(assert_cmd::cargo::cargo_bin("policykg"))
        .args(["serve", "--timeout", "0", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--timeout"), "{stderr}");

    // The port is taken: a clear message, not a panic.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let output = Command::new(assert_cmd::cargo::cargo_bin("policykg"))
        .args([
            "serve",
            "--bind",
            &taken.local_addr().unwrap().to_string(),
            "--store",
        ])
        .arg(&store)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot listen on"), "{stderr}");
}
