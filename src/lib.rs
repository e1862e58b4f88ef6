#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod corpus;
pub mod document;
pub mod error;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod graphml;
pub mod html;
pub mod lexicon;
mod markdown;
pub mod model;
pub mod push;
pub mod queries;
pub mod rdf;
pub mod rules;
pub mod serve;
pub mod store;
pub mod vocab;

pub use document::Document;
pub use error::{Error, Result};
pub use extract::{Extractor, ExtractorBuilder};
pub use graph::KnowledgeGraph;
pub use lexicon::Lexicon;
pub use model::{
    CoarseType, Entity, EntityType, Extraction, Fact, Metadata, Relation, RelationMention, Span,
    Status,
};
pub use rules::RuleSet;
pub use store::{ExportFormat, KnowledgeStore};
