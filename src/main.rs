//! The `policykg` command line: parse flags, build the configured objects, run, exit.

mod cli;

use clap::Parser;
use std::process::ExitCode;

/// mimalloc: extraction allocates many small strings and vectors per document, and
/// mimalloc's thread-local free lists serve them faster than the system allocator. Its
/// `override` feature makes it C's `malloc` too: RocksDB memory freed on the Rust side
/// (an error opening a store in use) must come from the same allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(error) => {
            // The error and its causes, each once: library errors already show their cause.
            let mut message = error.to_string();
            for cause in error.chain().skip(1) {
                let cause = cause.to_string();
                if !message.contains(&cause) {
                    message = format!("{message}: {cause}");
                }
            }
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
