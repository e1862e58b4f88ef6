//! Corpus-scale benchmark (a plain binary, not a timed test):
//!
//! ```text
//! cargo bench --bench scale -- [--mb 100] [--seed 42] [--single-mb 20] [--keep DIR] [--extract-only]
//!                                [--corpus DIR] [--runs 3]
//! ```
//!
//! Generates a reproducible synthetic corpus (`benches/support/corpus_gen.rs`), or takes
//! the documents of `--corpus DIR` (your own, measured as they are), then prints: extraction MB/s with one thread and with all cores (reading, decoding and
//! extracting, plus the JSONL output), the whole `build` into a fresh persistent store
//! (bulk loader) in MB/s with quads/s and its peak RSS, incremental per-document
//! transactions, and the latency of each query of [`cookbook`]. `--extract-only` stops after
//! the extraction figures. The bench uses the command line's allocator (mimalloc).
//!
//! Extraction is measured warm, as in a long run over a corpus: one untimed pass over
//! the documents first (lazy regex automata and allocator pages are made on first use),
//! then `--runs` timed passes, of which the median is printed with the range.

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use policykg::{Extractor, KnowledgeStore};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The allocator of the `policykg` binary, so the figures are the command line's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The queries whose latency is measured: the cookbook's `(name, SPARQL)`.
fn cookbook() -> Vec<(String, String)> {
    policykg::queries::COOKBOOK
        .iter()
        .map(|(name, _, query)| ((*name).to_owned(), (*query).to_owned()))
        .collect()
}

struct Options {
    megabytes: u64,
    seed: u64,
    single_megabytes: u64,
    keep: Option<PathBuf>,
    extract_only: bool,
    /// Documents to measure instead of a generated corpus.
    corpus: Option<PathBuf>,
    /// Timed passes of each extraction figure.
    runs: usize,
}

fn options() -> Options {
    let mut options = Options {
        megabytes: 100,
        seed: 42,
        single_megabytes: 20,
        keep: None,
        extract_only: false,
        corpus: None,
        runs: 3,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| panic!("{name} needs a value"))
        };
        match arg.as_str() {
            "--mb" => options.megabytes = value("--mb").parse().expect("--mb: a number"),
            "--seed" => options.seed = value("--seed").parse().expect("--seed: a number"),
            "--single-mb" => {
                options.single_megabytes = value("--single-mb").parse().expect("a number")
            }
            "--keep" => options.keep = Some(PathBuf::from(value("--keep"))),
            "--extract-only" => options.extract_only = true,
            "--corpus" => options.corpus = Some(PathBuf::from(value("--corpus"))),
            "--runs" => {
                options.runs = (value("--runs").parse::<usize>().expect("--runs: a number")).max(1)
            }
            _ => {} // `cargo bench` passes `--bench`
        }
    }
    options
}

/// Peak resident memory since the last [`reset_peak_rss`], in MB (Linux).
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// CPU time of the whole process so far (user + system, all threads), in seconds: on a
/// shared machine, MB per CPU-second is the throughput a dedicated core would give.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses): utime is the 12th and
    // stime the 13th, in clock ticks (100 per second on Linux).
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn reset_peak_rss() {
    // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn rate(bytes: u64, elapsed: Duration) -> f64 {
    mb(bytes) / elapsed.as_secs_f64()
}

/// The first documents of `dir` adding up to at least `limit` bytes.
fn prefix(files: &[(PathBuf, String)], limit: u64) -> (Vec<(PathBuf, String)>, u64) {
    let mut bytes = 0;
    let mut chosen = Vec::new();
    for file in files {
        if bytes >= limit {
            break;
        }
        bytes += std::fs::metadata(&file.0).map_or(0, |m| m.len());
        chosen.push(file.clone());
    }
    (chosen, bytes)
}

/// Extracts `files` (`(path, store key)` pairs, as `policykg extract DIR` has them once it
/// has listed its folder: the per-file `stat` of `extract_all`'s arguments is not timed).
fn extraction(
    extractor: &Extractor,
    files: &[(PathBuf, String)],
    jobs: usize,
    json: bool,
) -> usize {
    let mut sink = std::io::sink();
    let mut documents = 0;
    let identity = |_: &str, extraction| extraction;
    policykg::corpus::map_files(extractor, files, jobs, identity, |_, _, result| {
        let extraction = result?;
        if json {
            serde_json::to_writer(&mut sink, &extraction).expect("sink");
            sink.write_all(b"\n").expect("sink");
        }
        documents += 1;
        Ok(())
    })
    .expect("extraction");
    documents
}

/// `runs` timed passes of [`extraction`] over `paths` (`bytes` in all): the documents,
/// the median time and rate, the range of the rates and the MB per CPU-second.
fn timed_extraction(
    extractor: &Extractor,
    files: &[(PathBuf, String)],
    bytes: u64,
    jobs: usize,
    json: bool,
    runs: usize,
) -> String {
    let mut times = Vec::new();
    let mut documents = 0;
    let cpu = cpu_seconds();
    for _ in 0..runs {
        let started = Instant::now();
        documents = extraction(extractor, files, jobs, json);
        times.push(started.elapsed());
    }
    let cpu = cpu_seconds() - cpu;
    times.sort();
    let median = times[times.len() / 2];
    format!(
        "{documents} documents, {:.1} MB in {:.2} s = {:.1} MB/s{} (median of {runs}: \
         {:.1}–{:.1}; {:.1} MB per CPU-second)",
        mb(bytes),
        median.as_secs_f64(),
        rate(bytes, median),
        if jobs == 1 { " per core" } else { "" },
        rate(bytes, times[times.len() - 1]),
        rate(bytes, times[0]),
        mb(bytes) * runs as f64 / cpu.max(0.01)
    )
}

fn main() {
    let options = options();
    let scratch = tempfile::tempdir().expect("temporary folder");
    let root: &Path = options.keep.as_deref().unwrap_or(scratch.path());
    let corpus = root.join("corpus");
    let store_dir = root.join("store");
    let _ = std::fs::remove_dir_all(&store_dir);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());

    let (corpus, bytes) = match &options.corpus {
        Some(dir) => {
            let files = policykg::document::discover(std::slice::from_ref(dir)).expect("discover");
            let bytes: u64 = (files.iter())
                .map(|(path, _)| std::fs::metadata(path).map_or(0, |m| m.len()))
                .sum();
            println!(
                "corpus: {} documents, {:.1} MB in {}",
                files.len(),
                mb(bytes),
                dir.display()
            );
            (dir.clone(), bytes)
        }
        None => {
            let started = Instant::now();
            let _ = std::fs::remove_dir_all(&corpus);
            let (documents, bytes) =
                corpus_gen::generate(&corpus, options.megabytes * 1_000_000, options.seed)
                    .expect("corpus generation");
            println!(
                "corpus: {documents} documents, {:.1} MB (seed {}), generated in {:.1} s",
                mb(bytes),
                options.seed,
                started.elapsed().as_secs_f64()
            );
            (corpus, bytes)
        }
    };

    let extractor = Extractor::builder().build().expect("embedded data");
    let files = policykg::document::discover(std::slice::from_ref(&corpus)).expect("discover");
    let (single, single_bytes) = prefix(&files, options.single_megabytes * 1_000_000);

    // Extraction, one thread, on the first --single-mb of the corpus (read + decode +
    // extract), then with JSONL serialisation; warm (see the module's comment).
    extraction(&extractor, &single, 1, false);
    for (label, json) in [("extract", false), ("extract + JSONL", true)] {
        let timed = timed_extraction(&extractor, &single, single_bytes, 1, json, options.runs);
        println!("{label:<16} --jobs 1: {timed}");
    }
    // The gazetteer alone (src/lexicon.rs): every lexicon form in the text.
    let gazetteer =
        policykg::lexicon::Gazetteer::new(&policykg::Lexicon::builtin()).expect("gazetteer");
    let texts: Vec<String> = single
        .iter()
        .map(|(path, _)| std::fs::read_to_string(path).expect("read"))
        .collect();
    let (t, cpu) = (Instant::now(), cpu_seconds());
    let matches: usize = texts.iter().map(|t| gazetteer.find_all(t).len()).sum();
    let (e, cpu) = (t.elapsed(), cpu_seconds() - cpu);
    println!(
        "gazetteer scan   --jobs 1: {matches} matches in {:.1} MB in {:.2} s = {:.1} MB/s \
         ({:.1} MB per CPU-second)",
        mb(single_bytes),
        e.as_secs_f64(),
        rate(single_bytes, e),
        mb(single_bytes) / cpu.max(0.01)
    );
    drop(texts);

    let timed = timed_extraction(&extractor, &files, bytes, 0, false, options.runs);
    println!("extract          --jobs {cores}: {timed}");
    if options.extract_only {
        return;
    }

    // The whole build into a fresh persistent store (bulk loader).
    reset_peak_rss();
    let (t, cpu) = (Instant::now(), cpu_seconds());
    let store = KnowledgeStore::open(&store_dir).expect("store");
    let report =
        policykg::corpus::build(&extractor, &store, std::slice::from_ref(&corpus), 0, |_| {})
            .expect("build");
    let (e, cpu) = (t.elapsed(), cpu_seconds() - cpu);
    let triples = store.triple_count().expect("count");
    let written = 2 * report.quads as u64; // named graph + default-graph copy
    println!(
        "build (bulk)     --jobs {cores}: {} documents, {:.1} MB in {:.1} s = {:.1} MB/s; \
         {} quads written = {:.0} quads/s; merged graph {triples} triples; peak RSS {:.0} MB; \
         {cpu:.1} CPU-seconds",
        report.documents,
        mb(bytes),
        e.as_secs_f64(),
        rate(bytes, e),
        written,
        written as f64 / e.as_secs_f64(),
        peak_rss_mb()
    );

    // Incremental: the first documents again, one transaction each (replacing).
    let (again, again_bytes) = prefix(&files, 2_000_000);
    reset_peak_rss();
    let t = Instant::now();
    let mut replaced = 0;
    for (path, key) in &again {
        let doc = policykg::Document::from_path_with_key(path, key.clone()).expect("document");
        let load = store
            .add_document(key, &extractor.extract(&doc))
            .expect("add");
        replaced += usize::from(load.replaced);
    }
    let e = t.elapsed();
    println!(
        "rebuild (one transaction per document, 1 thread): {} documents, {:.1} MB in {:.2} s = \
         {:.1} documents/s ({replaced} replaced); peak RSS {:.0} MB",
        again.len(),
        mb(again_bytes),
        e.as_secs_f64(),
        again.len() as f64 / e.as_secs_f64(),
        peak_rss_mb()
    );

    // Query latency on the built store (best and worst of 3 runs).
    for (name, query) in cookbook() {
        let mut times = Vec::new();
        let mut rows = 0;
        for _ in 0..3 {
            let t = Instant::now();
            rows = match store.query(&query).expect("query") {
                oxigraph::sparql::QueryResults::Solutions(s) => {
                    s.inspect(|r| assert!(r.is_ok(), "{r:?}")).count()
                }
                oxigraph::sparql::QueryResults::Boolean(_) => 1,
                oxigraph::sparql::QueryResults::Graph(g) => {
                    g.inspect(|t| assert!(t.is_ok(), "{t:?}")).count()
                }
            };
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "query {name:<38} {rows:>6} rows  {:>8.1} ms (worst {:.1} ms)",
            times[0].as_secs_f64() * 1e3,
            times[2].as_secs_f64() * 1e3
        );
    }
    println!(
        "peak RSS since the incremental build: {:.0} MB",
        peak_rss_mb()
    );
}
