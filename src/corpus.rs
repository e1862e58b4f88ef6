//! Whole corpora: find the documents, extract them in parallel (output independent of
//! the number of threads), and write them into a store one document at a time.

use crate::document::{Document, discover};
use crate::error::{Error, Result};
use crate::extract::Extractor;
use crate::model::Extraction;
use crate::store::KnowledgeStore;
use rayon::prelude::*;
use std::path::PathBuf;

/// A document that could not be processed.
#[derive(Debug)]
pub struct Failure {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub error: Error,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Documents written.
    pub documents: usize,
    /// Documents that replaced an earlier version.
    pub replaced: usize,
    /// Quads written into document graphs.
    pub quads: usize,
    /// Files that failed.
    pub failures: Vec<Failure>,
}

/// Extracts every document under `paths` with `jobs` threads (0 = all cores), calling
/// `each` in document order with the store key and the result.
pub fn extract_all(
    extractor: &Extractor,
    paths: &[PathBuf],
    jobs: usize,
    mut each: impl FnMut(&PathBuf, &str, Result<Extraction>) -> Result<()>,
) -> Result<()> {
    let files = discover(paths)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| Error::Output(e.to_string()))?;
    // Chunks keep memory bounded while the threads stay busy.
    let chunk = (pool.current_num_threads() * 16).max(16);
    for batch in files.chunks(chunk) {
        let results: Vec<Result<Extraction>> = pool.install(|| {
            batch
                .par_iter()
                .map(|(path, key)| {
                    let doc = Document::from_path_with_key(path, key.clone())?;
                    Ok(extractor.extract(&doc))
                })
                .collect()
        });
        for ((path, key), result) in batch.iter().zip(results) {
            each(path, key, result)?;
        }
    }
    Ok(())
}

/// Extracts the documents under `paths` and writes them into `store`. A file that fails
/// is reported and the build goes on; `progress` is called after each document.
pub fn build(
    extractor: &Extractor,
    store: &KnowledgeStore,
    paths: &[PathBuf],
    jobs: usize,
    mut progress: impl FnMut(&PathBuf),
) -> Result<BuildReport> {
    let mut report = BuildReport::default();
    extract_all(extractor, paths, jobs, |path, key, result| {
        match result {
            Ok(extraction) => {
                let load = store.add_document(key, &extraction)?;
                report.documents += 1;
                report.quads += load.quads;
                report.replaced += usize::from(load.replaced);
            }
            Err(error) => report.failures.push(Failure {
                path: path.clone(),
                error,
            }),
        }
        progress(path);
        Ok(())
    })?;
    Ok(report)
}
