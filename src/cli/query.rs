//! `policykg query`.

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use policykg::KnowledgeStore;
use policykg::vocab::PREFIXES;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Result formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An aligned text table.
    Table,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL 1.1 Query Results XML.
    Xml,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV.
    Tsv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The store folder.
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// Result format for SELECT and ASK (CONSTRUCT and DESCRIBE print Turtle).
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Read the query from a file; a cookbook query (data/queries/NAME.rq) works anywhere.
    #[arg(long, value_name = "FILE", conflicts_with = "query")]
    file: Option<PathBuf>,
    /// The SPARQL query (pk:, rdf:, rdfs:, skos:, dcterms:, prov:, xsd: are predefined).
    #[arg(required_unless_present = "file")]
    query: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let query = match (&args.query, &args.file) {
        (Some(q), _) => q.clone(),
        (None, Some(f)) => match std::fs::read_to_string(f) {
            Ok(text) => text,
            // A cookbook query (data/queries/NAME.rq, or just NAME) is embedded in the binary.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                match policykg::queries::find(&f.to_string_lossy()) {
                    Some((_, _, sparql)) => (*sparql).to_owned(),
                    None => anyhow::bail!("{}: {e}", f.display()),
                }
            }
            Err(e) => anyhow::bail!("{}: {e}", f.display()),
        },
        (None, None) => unreachable!("clap requires one"),
    };
    let store = KnowledgeStore::open_read_only(&args.store)?;
    let results = store.query(&query).map_err(|e| explain(&query, e))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_results(results, args.format, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The longest parser message shown, in characters: Oxigraph lists every character class
/// it expected, which can run to many lines.
const MAX_REASON_CHARS: usize = 300;

/// A syntax error as a person reads it: the parser's message with its line and column,
/// then the query line with a caret under the column.
fn explain(query: &str, error: policykg::Error) -> anyhow::Error {
    let policykg::Error::SparqlSyntax(message) = &error else {
        return error.into();
    };
    let Some((line, column, reason)) = locate(message) else {
        return error.into();
    };
    let mut reason: String = reason.split_whitespace().collect::<Vec<_>>().join(" ");
    if reason.chars().count() > MAX_REASON_CHARS {
        reason = reason.chars().take(MAX_REASON_CHARS).collect::<String>() + " …";
    }
    let mut text = format!("SPARQL syntax error at line {line}, column {column}: {reason}");
    if let Some(source) = query.lines().nth(line.saturating_sub(1)) {
        let before: String = source.chars().take(column.saturating_sub(1)).collect();
        text.push_str(&format!("\n  {source}\n  {}^", " ".repeat(width(&before))));
    }
    anyhow::anyhow!(text)
}

/// Splits Oxigraph's `error at LINE:COLUMN: REASON` into its parts.
fn locate(message: &str) -> Option<(usize, usize, &str)> {
    let rest = message.split_once("error at ")?.1;
    let (position, reason) = rest.split_once(": ")?;
    let (line, column) = position.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?, reason))
}

/// Writes query results in `format` (graphs as Turtle).
pub fn write_results(
    results: QueryResults<'_>,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let results_format = match format {
        Format::Table => None,
        Format::Json => Some(QueryResultsFormat::Json),
        Format::Xml => Some(QueryResultsFormat::Xml),
        Format::Csv => Some(QueryResultsFormat::Csv),
        Format::Tsv => Some(QueryResultsFormat::Tsv),
    };
    match results {
        QueryResults::Boolean(value) => match results_format {
            Some(f) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut *out, value)?;
            }
            None => writeln!(out, "{value}")?,
        },
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            match results_format {
                Some(f) => {
                    let mut writer = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut *out, variables)?;
                    for solution in solutions {
                        writer.serialize(&solution?)?;
                    }
                    writer.finish()?;
                }
                None => {
                    let mut rows = Vec::new();
                    for solution in solutions {
                        let solution = solution?;
                        rows.push(
                            variables
                                .iter()
                                .map(|v| solution.get(v).map(show).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> =
                        variables.iter().map(|v| v.as_str().to_owned()).collect();
                    write_table(out, &header, &rows)?;
                }
            }
        }
        QueryResults::Graph(triples) => {
            let mut serializer = RdfSerializer::from_format(RdfFormat::Turtle);
            for (prefix, iri) in PREFIXES {
                serializer = serializer.with_prefix(prefix, iri)?;
            }
            let mut writer = serializer.for_writer(&mut *out);
            for triple in triples {
                writer.serialize_triple(&triple?)?;
            }
            writer.finish()?;
        }
    }
    Ok(())
}

/// A term for a person to read: literals by value, IRIs with a known prefix shortened.
fn show(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_owned(),
        Term::NamedNode(n) => PREFIXES
            .iter()
            .find_map(|(p, iri)| {
                n.as_str()
                    .strip_prefix(iri)
                    .map(|rest| format!("{p}:{rest}"))
            })
            .unwrap_or_else(|| n.as_str().to_owned()),
        other => other.to_string(),
    }
}

/// Display width: East Asian wide characters count two.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let c = c as u32;
            if (0x1100..=0x115F).contains(&c)
                || (0x2E80..=0xA4CF).contains(&c)
                || (0xAC00..=0xD7A3).contains(&c)
                || (0xF900..=0xFAFF).contains(&c)
                || (0xFE30..=0xFE4F).contains(&c)
                || (0xFF00..=0xFF60).contains(&c)
                || (0xFFE0..=0xFFE6).contains(&c)
                || (0x20000..=0x3FFFD).contains(&c)
            {
                2
            } else {
                1
            }
        })
        .sum()
}

fn write_table(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(width(cell));
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                text.push_str(" | ");
            }
            text.push_str(cell);
            if i + 1 < cells.len() {
                text.push_str(&" ".repeat(widths[i] - width(cell)));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(out, header)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("-+-"))?;
    for row in rows {
        line(out, row)?;
    }
    writeln!(out, "({} rows)", rows.len())
}
