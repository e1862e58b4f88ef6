//! `policykg serve`.

use policykg::serve::{ServeOptions, Server};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The store folder.
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// The address to listen on (loopback by default; port 0 picks a free port).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:7878")]
    bind: SocketAddr,
    /// Allow SPARQL Update and the Graph Store Protocol's writes. The server then holds
    /// the store's lock: a `build` beside it is refused until it stops.
    #[arg(long)]
    writable: bool,
    /// The longest a query may run, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    timeout: f64,
    /// The most rows (or triples) one answer carries.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    max_results: usize,
    /// Send CORS headers allowing ORIGIN (`*` when given without a value).
    #[arg(long, value_name = "ORIGIN", num_args = 0..=1, default_missing_value = "*")]
    cors: Option<String>,
    /// Threads answering requests.
    #[arg(long, value_name = "N", default_value_t = 8)]
    threads: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        anyhow::bail!("--timeout must be a positive number of seconds");
    }
    let options = ServeOptions {
        bind: args.bind,
        writable: args.writable,
        timeout: Duration::from_secs_f64(args.timeout),
        max_results: args.max_results,
        cors: args.cors,
        threads: args.threads.max(1),
        ..ServeOptions::default()
    };
    let server = Server::open(&args.store, options)?;
    let addr = server.local_addr();
    if !addr.ip().is_loopback() {
        eprintln!("warning: listening on {addr}, reachable from other machines");
    }
    let mode = if args.writable {
        "read-write; `build` is refused while the server runs"
    } else {
        "read-only copy in memory, reloaded after each build"
    };
    println!(
        "serving {} at http://{addr}/ (SPARQL endpoint http://{addr}/sparql; {mode})",
        args.store.display()
    );
    use std::io::Write;
    std::io::stdout().flush()?;
    server.run();
    Ok(ExitCode::SUCCESS)
}
