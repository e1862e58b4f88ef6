//! The library's error type.

use std::path::PathBuf;

/// Errors of every stage of policykg.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A document could not be turned into text.
    #[error("{path}: {reason}")]
    Document {
        /// The document.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A lexicon or rule file has a bad line.
    #[error("{file}:{line}: {reason}")]
    Data {
        /// The data file (a path, or `builtin:NAME` for an embedded default).
        file: String,
        /// 1-based line number (0 when the whole file is at fault).
        line: usize,
        /// Why.
        reason: String,
    },
    /// A SPARQL query or update does not parse.
    #[error("SPARQL syntax error: {0}")]
    SparqlSyntax(String),
    /// A SPARQL query failed while running.
    #[error("SPARQL evaluation error: {0}")]
    SparqlEvaluation(String),
    /// The RDF store failed.
    #[error("store {path}: {reason}")]
    Store {
        /// The store folder.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Serialising output failed.
    #[error("output: {0}")]
    Output(String),
    /// A gold file is malformed.
    #[error("gold file {path}: {reason}")]
    Gold {
        /// The gold file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }

    /// A bad line in a data file.
    pub fn data(file: impl Into<String>, line: usize, reason: impl Into<String>) -> Self {
        Self::Data {
            file: file.into(),
            line,
            reason: reason.into(),
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
