//! `policykg eval`.

use super::DataArgs;
use policykg::Document;
use policykg::eval::{Gold, Report, gold_pairs};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder of `NAME.gold.json` files (documents next to them unless PATHs are given).
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,
    /// Documents to score (each with `NAME.gold.json` in the gold folder).
    paths: Vec<PathBuf>,
    /// List false positives and misses per document.
    #[arg(long)]
    show_errors: bool,
    /// Print one machine-readable JSON line.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let extractor = args.data.extractor()?;
    let pairs: Vec<(PathBuf, Gold)> = if args.paths.is_empty() {
        gold_pairs(&args.gold)?
    } else {
        args.paths
            .iter()
            .map(|path| {
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let gold_path = args.gold.join(format!("{stem}.gold.json"));
                Ok((path.clone(), Gold::from_path(&gold_path)?))
            })
            .collect::<anyhow::Result<_>>()?
    };
    if pairs.is_empty() {
        anyhow::bail!("no *.gold.json files in {}", args.gold.display());
    }
    let mut report = Report::default();
    for (path, gold) in &pairs {
        let doc = Document::from_path(path)?;
        report.add(&extractor.extract(&doc), gold);
    }
    if args.json {
        println!("{}", report.to_json());
    } else {
        print!("{}", report.to_table());
    }
    if args.show_errors {
        print!("{}", report.errors_text());
    }
    Ok(ExitCode::SUCCESS)
}
