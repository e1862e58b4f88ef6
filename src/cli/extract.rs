//! `policykg extract`.

use super::DataArgs;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A JSON array, one object per document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// N-Quads: each document's named graph, plus its triples in the default graph
    /// (the merged graph) unless `--no-merged`. Shards concatenate.
    Nquads,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, or folders searched for .txt, .md, .html and .htm.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// Worker threads (0 = one per core).
    #[arg(long, default_value_t = 0)]
    jobs: usize,
    /// With `--format nquads`: leave out the default-graph copies (for stores whose
    /// default graph is already the union of the named graphs).
    #[arg(long)]
    no_merged: bool,
    /// Only the documents of shard I of N (`I/N`, 0-based, by a stable hash of the store
    /// key): N machines given the same tree each run one shard.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    shard: Option<(usize, usize)>,
    #[command(flatten)]
    data: DataArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let extractor = args.data.extractor()?;
    let stdout = std::io::stdout();
    // Large writes: one system call per 256 KiB, not per document.
    let mut out = std::io::BufWriter::with_capacity(256 * 1024, stdout.lock());
    let mut failures = 0;
    let mut first = true;
    let mut files = policykg::document::discover(&args.paths)?;
    if let Some((index, count)) = args.shard {
        files.retain(|(_, key)| policykg::corpus::in_shard(key, index, count));
    }
    if args.format == Format::Json {
        out.write_all(b"[")?;
    }
    let same = |_: &str, extraction| extraction;
    policykg::corpus::map_files(&extractor, &files, args.jobs, same, |_, key, result| {
        match result {
            Ok(extraction) => {
                let written = match args.format {
                    Format::Jsonl => serde_json::to_writer(&mut out, &extraction)
                        .map_err(std::io::Error::from)
                        .and_then(|_| out.write_all(b"\n")),
                    Format::Nquads => {
                        policykg::corpus::write_nquads(
                            key,
                            &extraction,
                            !args.no_merged,
                            &mut out,
                        )?;
                        Ok(())
                    }
                    Format::Json => {
                        let sep: &[u8] = if first { b"\n" } else { b",\n" };
                        out.write_all(sep).and_then(|_| {
                            serde_json::to_writer_pretty(&mut out, &extraction)
                                .map_err(std::io::Error::from)
                        })
                    }
                };
                written.map_err(|e| policykg::Error::Output(e.to_string()))?;
                first = false;
            }
            Err(e) => {
                failures += 1;
                eprintln!("error: {e}");
            }
        }
        Ok(())
    })?;
    if args.format == Format::Json {
        out.write_all(b"\n]\n")?;
    }
    out.flush()?;
    Ok(if failures > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn parse_shard(text: &str) -> Result<(usize, usize), String> {
    let bad = || format!("`{text}` is not a shard I/N with 0 ≤ I < N");
    let (i, n) = text.split_once('/').ok_or_else(bad)?;
    let (i, n): (usize, usize) = (i.parse().map_err(|_| bad())?, n.parse().map_err(|_| bad())?);
    if i >= n {
        return Err(bad());
    }
    Ok((i, n))
}
