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
    #[command(flatten)]
    data: DataArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let extractor = args.data.extractor()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failures = 0;
    let mut first = true;
    if args.format == Format::Json {
        out.write_all(b"[")?;
    }
    policykg::corpus::extract_all(&extractor, &args.paths, args.jobs, |_, _, result| {
        match result {
            Ok(extraction) => {
                let written = match args.format {
                    Format::Jsonl => serde_json::to_writer(&mut out, &extraction)
                        .map_err(std::io::Error::from)
                        .and_then(|_| out.write_all(b"\n")),
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
