//! `policykg build` and `policykg remove`.

use super::DataArgs;
use policykg::KnowledgeStore;
use policykg::document::discover;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The store folder (created if missing).
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// Files, or folders searched for .txt, .md, .html and .htm.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Worker threads for extraction (0 = one per core).
    #[arg(long, default_value_t = 0)]
    jobs: usize,
    #[command(flatten)]
    data: DataArgs,
}

#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    /// The store folder.
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// Documents to remove, named as they were built (files or folders).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let extractor = args.data.extractor()?;
    let store = KnowledgeStore::open(&args.store)?;
    let total = discover(&args.paths)?.len();
    let progress = progress_bar(total as u64);
    let report = policykg::corpus::build(&extractor, &store, &args.paths, args.jobs, |_| {
        progress.inc(1)
    })?;
    progress.finish_and_clear();
    let summary = summary(&store)?;
    println!(
        "{} documents ({} replaced), {} entities, {} relations, {} facts, {} triples in {}",
        report.documents,
        report.replaced,
        summary.0,
        summary.1,
        summary.2,
        summary.3,
        args.store.display()
    );
    for failure in &report.failures {
        eprintln!("error: {}", failure.error);
    }
    if !report.failures.is_empty() {
        eprintln!("{} of {} files failed", report.failures.len(), total);
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn remove(args: RemoveArgs) -> anyhow::Result<ExitCode> {
    let store = KnowledgeStore::open(&args.store)?;
    let mut missing = 0;
    let mut removed = 0;
    for path in &args.paths {
        // Documents are found by the path they were built from (a file, or a folder's
        // files), whether or not the files still exist.
        let path = policykg::document::normalize_path(path);
        let mut keys = store.keys_for_path(&path.display().to_string())?;
        if keys.is_empty() {
            // Built by another path to the same file: its key is the file name.
            keys.extend(path.file_name().map(|n| n.to_string_lossy().into_owned()));
        }
        let mut found = false;
        for key in keys {
            if store.remove_document(&key)? {
                removed += 1;
                found = true;
            }
        }
        if !found {
            missing += 1;
            eprintln!("warning: {} is not in the store", path.display());
        }
    }
    let summary = summary(&store)?;
    println!(
        "removed {removed} documents; {} entities, {} relations, {} facts, {} triples remain",
        summary.0, summary.1, summary.2, summary.3
    );
    Ok(if missing > 0 && removed == 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Entities, relations, facts and triples of the merged graph.
fn summary(store: &KnowledgeStore) -> anyhow::Result<(u64, u64, u64, usize)> {
    let count = |query: &str| -> anyhow::Result<u64> {
        if let oxigraph::sparql::QueryResults::Solutions(mut s) = store.query(query)? {
            if let Some(row) = s.next() {
                if let Some(oxigraph::model::Term::Literal(l)) = row?.get("n") {
                    return Ok(l.value().parse()?);
                }
            }
        }
        Ok(0)
    };
    Ok((
        count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?d pk:mentions ?e }")?,
        count(
            "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?p { pk:locatedIn pk:subOrganizationOf pk:supports pk:undertakes pk:establishes pk:cooperatesWith pk:issuedBy } ?s ?p ?o }",
        )?,
        count("SELECT (COUNT(*) AS ?n) WHERE { ?f a pk:Fact }")?,
        store.triple_count()?,
    ))
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
pub fn progress_bar(len: u64) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{elapsed_precise} [{bar:40}] {pos}/{len} documents ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    bar
}
