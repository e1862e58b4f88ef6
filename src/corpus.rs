//! Whole corpora: find the documents, extract them in parallel (output independent of
//! the number of threads), and write them into a store: with Oxigraph's bulk loader when
//! the store is empty, one transaction per document otherwise.

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
    /// Whether the store was empty and filled with the bulk loader.
    pub bulk: bool,
}

/// Extracts every document under `paths` with `jobs` threads (0 = all cores), calling
/// `each` in document order with the store key and the result.
pub fn extract_all(
    extractor: &Extractor,
    paths: &[PathBuf],
    jobs: usize,
    each: impl FnMut(&PathBuf, &str, Result<Extraction>) -> Result<()>,
) -> Result<()> {
    map_all(extractor, paths, jobs, |_, extraction| extraction, each)
}

/// Like [`extract_all`], but `map` turns each extraction into what `each` receives on
/// the worker threads (serialisation, RDF quads …), so only `each` runs in order on the
/// calling thread. Documents go in chunks, so memory stays bounded by a few dozen
/// documents per thread whatever the size of the corpus.
pub fn map_all<T: Send>(
    extractor: &Extractor,
    paths: &[PathBuf],
    jobs: usize,
    map: impl Fn(&str, Extraction) -> T + Sync,
    each: impl FnMut(&PathBuf, &str, Result<T>) -> Result<()>,
) -> Result<()> {
    map_files(extractor, &discover(paths)?, jobs, map, each)
}

/// How many documents at most are extracted together ([`Extractor::extract_batch`]).
const BATCH_DOCUMENTS: usize = 256;

/// How many bytes of text at most are extracted together, unless one document alone is
/// larger (the parallel path plans its batches by the files' sizes): a batch's text and
/// what its stages find should stay near the processor's cache.
const BATCH_BYTES: u64 = 1 << 20;

/// [`map_all`] over files already found by [`discover`] (`(path, store key)` pairs).
pub fn map_files<T: Send>(
    extractor: &Extractor,
    files: &[(PathBuf, String)],
    jobs: usize,
    map: impl Fn(&str, Extraction) -> T + Sync,
    mut each: impl FnMut(&PathBuf, &str, Result<T>) -> Result<()>,
) -> Result<()> {
    if jobs == 1 {
        // One thread: the calling one, so what a document allocates is freed by the
        // thread that allocated it. No need for the files' sizes: a batch ends when the
        // next file read would not fit.
        return read_and_extract(extractor, files, &map, |(path, key), result| {
            each(path, key, result)
        });
    }
    let work = |batch: &[(PathBuf, String)]| {
        let mut results = Vec::with_capacity(batch.len());
        let collected = read_and_extract(extractor, batch, &map, |_, result| {
            results.push(result);
            Ok(())
        });
        debug_assert!(collected.is_ok(), "collecting results does not fail");
        results
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| Error::Output(e.to_string()))?;
    // One batch a thread at a time keeps memory bounded (the batches are of about the
    // same size, so the threads finish together); with few files the batches are
    // smaller, so that every thread has some.
    let threads = pool.current_num_threads();
    let most = files.len().div_ceil(threads).clamp(1, BATCH_DOCUMENTS);
    let mut batches = batches(files, most).peekable();
    while batches.peek().is_some() {
        let round: Vec<_> = batches.by_ref().take(threads).collect();
        let results: Vec<Vec<Result<T>>> =
            pool.install(|| round.par_iter().map(|batch| work(batch)).collect());
        for (batch, results) in round.iter().zip(results) {
            for ((path, key), result) in batch.iter().zip(results) {
                each(path, key, result)?;
            }
        }
    }
    Ok(())
}

/// `files` cut into runs of at most `most` files and [`BATCH_BYTES`] (by the files'
/// sizes; a file that cannot be read counts for nothing here and fails when read), as
/// they are needed: a corpus of millions of files starts at once.
fn batches(files: &[(PathBuf, String)], most: usize) -> impl Iterator<Item = &[(PathBuf, String)]> {
    let sizes = files
        .iter()
        .map(|(path, _)| std::fs::metadata(path).map_or(0, |m| m.len()));
    let mut sizes = sizes.peekable();
    let mut start = 0;
    std::iter::from_fn(move || {
        let first = sizes.next()?;
        let (mut end, mut bytes) = (start + 1, first);
        while end - start < most {
            match sizes.next_if(|&size| bytes + size <= BATCH_BYTES) {
                Some(size) => (end, bytes) = (end + 1, bytes + size),
                None => break,
            }
        }
        let batch = &files[start..end];
        start = end;
        Some(batch)
    })
}

/// Reads `files` and extracts them in batches ([`Extractor::extract_batch`]) of at most
/// [`BATCH_DOCUMENTS`] and [`BATCH_BYTES`] of text (unless one file alone is larger);
/// gives `emit` each file with its result, in order, and stops at its first error.
fn read_and_extract<'a, T>(
    extractor: &Extractor,
    files: &'a [(PathBuf, String)],
    map: &impl Fn(&str, Extraction) -> T,
    mut emit: impl FnMut(&'a (PathBuf, String), Result<T>) -> Result<()>,
) -> Result<()> {
    let mut pending = Pending::default();
    let mut reader = FileReader::default();
    for file @ (path, key) in files {
        let doc = reader
            .read(path)
            .map_err(|e| Error::io(path, e))
            .and_then(|bytes| Document::from_file_bytes(path, key.clone(), bytes));
        match doc {
            Ok(doc) => {
                let length = doc.text.len() as u64;
                let full =
                    pending.docs.len() == BATCH_DOCUMENTS || pending.bytes + length > BATCH_BYTES;
                if full {
                    pending.extract(extractor, map, &mut emit)?;
                }
                pending.bytes += length;
                pending.docs.push(doc);
                pending.files.push(file);
            }
            Err(error) => {
                pending.extract(extractor, map, &mut emit)?;
                emit(file, Err(error))?;
            }
        }
    }
    pending.extract(extractor, map, &mut emit)
}

/// The documents read and not yet extracted, with their files and their bytes of text:
/// they come before any later result.
#[derive(Default)]
struct Pending<'a> {
    docs: Vec<Document>,
    files: Vec<&'a (PathBuf, String)>,
    bytes: u64,
}

impl<'a> Pending<'a> {
    /// Extracts the documents together and gives `emit` their results, in order.
    fn extract<T>(
        &mut self,
        extractor: &Extractor,
        map: &impl Fn(&str, Extraction) -> T,
        emit: &mut impl FnMut(&'a (PathBuf, String), Result<T>) -> Result<()>,
    ) -> Result<()> {
        if self.docs.is_empty() {
            return Ok(());
        }
        let extractions = extractor.extract_batch(&self.docs);
        self.bytes = 0;
        let mut extracted = (self.docs.drain(..).zip(self.files.drain(..))).zip(extractions);
        extracted
            .try_for_each(|((doc, file), extraction)| emit(file, Ok(map(&doc.key, extraction))))
    }
}

/// Reads whole files through one buffer kept from file to file: `open`, `read` until the
/// end, `close`. (`std::fs::read` first asks the file for its size, a system call that
/// costs as much as reading a short document.)
#[derive(Default)]
struct FileReader {
    /// Room for the largest file read so far; its bytes are initialised once.
    buffer: Vec<u8>,
}

impl FileReader {
    /// The first buffer: 64 KiB, larger than most documents.
    const FIRST_BUFFER: usize = 64 * 1024;

    /// The bytes of the file at `path`, in the reader's buffer until the next read.
    fn read(&mut self, path: &std::path::Path) -> std::io::Result<&[u8]> {
        use std::io::Read as _;
        let mut file = std::fs::File::open(path)?;
        let mut filled = 0;
        loop {
            if filled == self.buffer.len() {
                let grown = (2 * self.buffer.len()).max(Self::FIRST_BUFFER);
                self.buffer.resize(grown, 0);
            }
            match file.read(&mut self.buffer[filled..]) {
                Ok(0) => return Ok(&self.buffer[..filled]),
                Ok(read) => filled += read,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

/// Extracts the documents under `paths` and writes them into `store`. A file that fails
/// is reported and the build goes on; `progress` is called after each document.
///
/// An empty store is filled with the bulk loader (nothing is visible before the end, and
/// an error leaves the store empty); otherwise each document is written in its own
/// transaction, replacing an earlier version of itself.
pub fn build(
    extractor: &Extractor,
    store: &KnowledgeStore,
    paths: &[PathBuf],
    jobs: usize,
    mut progress: impl FnMut(&PathBuf),
) -> Result<BuildReport> {
    let mut report = BuildReport::default();
    let mut bulk = if store.is_empty()? {
        Some(store.bulk_load()?)
    } else {
        None
    };
    report.bulk = bulk.is_some();
    let quads = |key: &str, extraction: Extraction| crate::rdf::document_quads(key, &extraction);
    map_all(extractor, paths, jobs, quads, |path, key, result| {
        match result {
            Ok(quads) => {
                let load = match &mut bulk {
                    Some(loader) => loader.add_quads(quads)?,
                    None => {
                        // The same file built before under another key (from another
                        // folder argument) is replaced, not duplicated.
                        let mut replaced = false;
                        for old in store.keys_for_file(&path.display().to_string())? {
                            if old != key {
                                replaced |= store.remove_document(&old)?;
                            }
                        }
                        let mut load = store.add_document_quads(key, &quads)?;
                        load.replaced |= replaced;
                        load
                    }
                };
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
    if let Some(loader) = bulk {
        loader.commit()?;
    }
    Ok(report)
}

/// Whether the document with store key `key` belongs to shard `index` of `count`
/// (0-based): a stable hash of the key (FNV-1a), so every machine given the same tree
/// agrees, and the shards partition the corpus.
pub fn in_shard(key: &str, index: usize, count: usize) -> bool {
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    count <= 1 || hash % count as u64 == index as u64
}

/// Writes a document's graph as N-Quads: its quads in its named graph and, when `merged`
/// is set, the same triples in the default graph. Document IRIs are deterministic and
/// the merged graph is a set-union, so the output of shards built anywhere, concatenated
/// and loaded into a quad store, equals one [`build`] of all their documents.
pub fn write_nquads(
    key: &str,
    extraction: &Extraction,
    merged: bool,
    writer: &mut impl std::io::Write,
) -> Result<usize> {
    let quads = crate::rdf::document_quads(key, extraction);
    let mut line = String::with_capacity(256);
    for quad in &quads {
        line.clear();
        // N-Quads is the Display form of a quad (`s p o g`), one per line with ` .`.
        use std::fmt::Write as _;
        let _ = writeln!(line, "{quad} .");
        if merged {
            let _ = writeln!(
                line,
                "{} {} {} .",
                quad.subject, quad.predicate, quad.object
            );
        }
        writer
            .write_all(line.as_bytes())
            .map_err(|e| Error::Output(e.to_string()))?;
    }
    Ok(quads.len())
}

#[cfg(test)]
mod tests {
    use super::{BATCH_BYTES, FileReader, batches};
    use std::path::PathBuf;

    #[test]
    fn the_file_reader_reads_whole_files_of_any_size_with_one_buffer() {
        let dir = tempfile::tempdir().unwrap();
        let mut reader = FileReader::default();
        // Empty, short, exactly the first buffer, larger than it, short again.
        for size in [0, 10, FileReader::FIRST_BUFFER, 200_000, 3] {
            let bytes: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            let path = dir.path().join(format!("{size}.txt"));
            std::fs::write(&path, &bytes).unwrap();
            assert_eq!(reader.read(&path).unwrap(), bytes, "{size} bytes");
        }
        let missing = reader.read(&dir.path().join("missing.txt")).unwrap_err();
        assert_eq!(missing.kind(), std::io::ErrorKind::NotFound);
    }

    #[test]
    fn batches_hold_at_most_their_documents_and_bytes_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let kb = 1024;
        // Sizes in bytes; `None`: a file that does not exist.
        let mut sizes = vec![Some(600 * kb), Some(600 * kb)];
        sizes.extend(std::iter::repeat_n(Some(10), 300));
        sizes.extend([None, Some(2 * BATCH_BYTES as usize), Some(5)]);
        let files: Vec<(PathBuf, String)> = (sizes.iter().enumerate())
            .map(|(i, size)| {
                let path = dir.path().join(format!("{i:04}.txt"));
                if let Some(size) = size {
                    std::fs::write(&path, vec![b'a'; *size]).unwrap();
                }
                (path, i.to_string())
            })
            .collect();
        let lengths: Vec<usize> = batches(&files, 256).map(<[_]>::len).collect();
        // 600 KB alone; 600 KB and 255 small files (256 documents); the other 45 small
        // files and the missing one; 2 MB alone; the last file.
        assert_eq!(lengths, [1, 256, 46, 1, 1]);
        let flat: Vec<&(PathBuf, String)> = batches(&files, 256).flatten().collect();
        assert!(flat.into_iter().eq(files.iter()));
        assert_eq!(batches(&files, 100).map(<[_]>::len).max(), Some(100));
        assert_eq!(batches(&[], 256).count(), 0);
    }
}
