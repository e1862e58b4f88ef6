//! `policykg push`: upload documents' graphs to a SPARQL 1.1 Graph Store endpoint.

use super::DataArgs;
use policykg::document::discover;
use policykg::push::{GraphStore, graph_ntriples};
use policykg::vocab::document_iri;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Graph Store endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth (Virtuoso)
    /// or http://localhost:3030/ds/data (Fuseki).
    #[arg(long, value_name = "URL")]
    endpoint: String,
    /// User name for HTTP digest or basic authentication.
    #[arg(long, requires = "password")]
    user: Option<String>,
    /// Password for HTTP digest or basic authentication.
    #[arg(long, requires = "user")]
    password: Option<String>,
    /// Retries of a transient failure (connection error, 408, 429, 5xx), with
    /// exponential backoff from 0.5 s.
    #[arg(long, default_value_t = 4)]
    retries: u32,
    /// Files, or folders searched for .txt, .md, .html and .htm.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Worker threads for extraction (0 = one per core).
    #[arg(long, default_value_t = 0)]
    jobs: usize,
    #[command(flatten)]
    data: DataArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let extractor = args.data.extractor()?;
    let mut store =
        GraphStore::new(&args.endpoint)?.with_retries(args.retries, Duration::from_millis(500));
    if let (Some(user), Some(password)) = (&args.user, &args.password) {
        store = store.with_credentials(user, password);
    }
    let total = discover(&args.paths)?.len();
    let progress = super::build::progress_bar(total as u64);
    let started = Instant::now();
    let (mut pushed, mut triples, mut retried, mut failed) = (0usize, 0usize, 0usize, 0usize);
    let mut first_error = None;
    let graph = |key: &str, extraction: policykg::Extraction| {
        let quads = policykg::rdf::document_quads(key, &extraction);
        (quads.len(), graph_ntriples(&quads))
    };
    policykg::corpus::map_all(
        &extractor,
        &args.paths,
        args.jobs,
        graph,
        |path, key, result| {
            progress.inc(1);
            let (count, body) = match result {
                Ok(graph) => graph,
                Err(e) => {
                    failed += 1;
                    progress.suspend(|| eprintln!("error: {e}"));
                    return Ok(());
                }
            };
            match store.put_graph(&document_iri(key), body.as_bytes()) {
                Ok(report) => {
                    pushed += 1;
                    triples += count;
                    retried += usize::from(report.retries > 0);
                }
                Err(e) => {
                    failed += 1;
                    progress.suspend(|| eprintln!("error: {}: {e}", path.display()));
                    // Wrong credentials or a bad endpoint fail every document: stop early.
                    if matches!(
                        e,
                        policykg::push::PushError::Unauthorized { .. }
                            | policykg::push::PushError::Status { status: 404, .. }
                    ) && pushed == 0
                    {
                        first_error = Some(e);
                        return Err(policykg::Error::Output("stopped".to_owned()));
                    }
                }
            }
            Ok(())
        },
    )
    .or_else(|e| {
        if first_error.is_some() {
            Ok(())
        } else {
            Err(e)
        }
    })?;
    progress.finish_and_clear();
    if let Some(e) = first_error {
        eprintln!("error: {e}");
        eprintln!("stopped after the first document: nothing was uploaded");
        return Ok(ExitCode::FAILURE);
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "pushed {pushed} document graphs ({triples} triples) to {} in {seconds:.1} s{}",
        args.endpoint,
        if retried > 0 {
            format!(", {retried} after retries")
        } else {
            String::new()
        }
    );
    if failed > 0 {
        eprintln!("{failed} of {total} documents failed");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
