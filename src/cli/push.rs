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
    /// Worker threads, each extracting and uploading one document at a time (0 = one
    /// per core, at least 4, since uploads mostly wait on the server).
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
    let files = discover(&args.paths)?;
    let total = files.len();
    let progress = super::build::progress_bar(total as u64);
    let started = Instant::now();
    let (mut pushed, mut triples, mut retried, mut failed) = (0usize, 0usize, 0usize, 0usize);
    let mut first_error = None;
    // Extraction and upload both run on the worker threads; the report is in order.
    let upload = |key: &str, extraction: policykg::Extraction| {
        let quads = policykg::rdf::document_quads(key, &extraction);
        let body = graph_ntriples(&quads);
        (
            quads.len(),
            store.put_graph(&document_iri(key), body.as_bytes()),
        )
    };
    let jobs = if args.jobs == 0 {
        std::thread::available_parallelism().map_or(4, |n| n.get().max(4))
    } else {
        args.jobs
    };
    policykg::corpus::map_files(&extractor, &files, jobs, upload, |path, _, result| {
        progress.inc(1);
        let (count, put) = match result {
            Ok(done) => done,
            Err(e) => {
                failed += 1;
                progress.suspend(|| eprintln!("error: {e}"));
                return Ok(());
            }
        };
        match put {
            Ok(report) => {
                pushed += 1;
                triples += count;
                retried += usize::from(report.retries > 0);
            }
            Err(e) => {
                failed += 1;
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
                progress.suspend(|| eprintln!("error: {}: {e}", path.display()));
            }
        }
        Ok(())
    })
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
        eprintln!("stopped: no document could be uploaded");
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
