//! The text stages of policykg — the very source files of `src/`, mounted here so that
//! the fuzz targets build without Oxigraph's RocksDB (a C++ build of about an hour on a
//! 2-core machine, needed only by the store, which the targets do not touch).
//!
//! Only modules that do not depend on the store are listed; a module added to this
//! chain in `src/` must be added here too, or the fuzz build fails loudly.
#![allow(dead_code, unused_imports)]

#[path = "../../../src/document.rs"]
pub mod document;
#[path = "../../../src/error.rs"]
pub mod error;
#[path = "../../../src/extract/mod.rs"]
pub mod extract;
#[path = "../../../src/html.rs"]
pub mod html;
#[path = "../../../src/lexicon.rs"]
pub mod lexicon;
#[path = "../../../src/model.rs"]
pub mod model;
#[path = "../../../src/rules.rs"]
pub mod rules;
#[path = "../../../src/vocab.rs"]
pub mod vocab;

pub use document::Document;
pub use error::{Error, Result};
pub use extract::Extractor;
pub use model::Span;
