//! Writes a reproducible synthetic corpus for benchmarks:
//! `cargo run --release --example gen_corpus -- DIR [MEGABYTES] [SEED]` (default 100 MB,
//! seed 42). The same size and seed always give byte-identical files.

#[path = "../benches/support/corpus_gen.rs"]
mod corpus_gen;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: gen_corpus DIR [MEGABYTES] [SEED]");
        return ExitCode::FAILURE;
    };
    let parse = |i: usize, default: u64| -> Result<u64, String> {
        args.get(i)
            .map(|s| s.parse().map_err(|_| format!("`{s}` is not a number")))
            .unwrap_or(Ok(default))
    };
    let (megabytes, seed) = match (parse(1, 100), parse(2, 42)) {
        (Ok(m), Ok(s)) => (m, s),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    match corpus_gen::generate(&dir, megabytes * 1_000_000, seed) {
        Ok((documents, bytes)) => {
            println!(
                "{documents} documents, {:.1} MB in {}",
                bytes as f64 / 1e6,
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
