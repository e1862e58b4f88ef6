//! Commands of the `policykg` binary, one module each.

mod build;
mod eval;
mod export;
mod extract;
mod push;
mod query;
mod serve;

use clap::{Parser, Subcommand};
use policykg::Extractor;
use std::path::PathBuf;
use std::process::ExitCode;

/// Knowledge graphs from Chinese science-and-technology policy documents.
#[derive(Debug, Parser)]
#[command(name = "policykg", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract entities, relations and facts and print them as JSON.
    Extract(extract::Args),
    /// Extract documents and write them into an Oxigraph store.
    Build(build::Args),
    /// Remove documents from a store.
    Remove(build::RemoveArgs),
    /// Run a SPARQL query against a store.
    Query(query::Args),
    /// Export a store as GraphML or RDF.
    Export(export::Args),
    /// Score extractions against gold files.
    Eval(eval::Args),
    /// Serve a store over the SPARQL 1.1 Protocol, with a page to explore it.
    Serve(serve::Args),
    /// Upload documents' graphs to a SPARQL 1.1 Graph Store HTTP endpoint.
    Push(push::Args),
}

/// Lexicon and rule files a user adds to the embedded defaults.
#[derive(Debug, clap::Args)]
pub struct DataArgs {
    /// Add a lexicon file (TSV: name, type, aliases, parent, code, since). Repeatable.
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
    /// Add a rule file (TOML). Repeatable.
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
}

impl DataArgs {
    fn extractor(&self) -> anyhow::Result<Extractor> {
        let mut builder = Extractor::builder();
        for path in &self.lexicons {
            builder = builder.lexicon_file(path);
        }
        for path in &self.rules {
            builder = builder.rule_file(path);
        }
        Ok(builder.build()?)
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Build(args) => build::run(args),
        Command::Remove(args) => build::remove(args),
        Command::Query(args) => query::run(args),
        Command::Export(args) => export::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Push(args) => push::run(args),
    }
}
