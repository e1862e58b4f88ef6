//! Fuzz target: text → extraction with the embedded rules and lexicons. Checks that
//! every mention and evidence span is the slice of the text its character offsets name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policykg::{Document, Extractor, Span};
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::builtin().expect("embedded data loads"));

fn check(chars: &[char], span: &Span) {
    assert!(
        span.start <= span.end && span.end <= chars.len(),
        "{span:?}"
    );
    let slice: String = chars[span.start..span.end].iter().collect();
    assert_eq!(slice, span.text);
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Document::from_text("fuzz.txt", text.into_owned());
    let extraction = EXTRACTOR.extract(&doc);
    let chars: Vec<char> = doc.text.chars().collect();
    for entity in &extraction.entities {
        for mention in &entity.mentions {
            check(&chars, mention);
        }
    }
    for relation in &extraction.relations {
        if let Some(evidence) = &relation.evidence {
            check(&chars, evidence);
        }
    }
    for fact in &extraction.facts {
        if let Some(evidence) = &fact.evidence {
            check(&chars, evidence);
        }
    }
    serde_json::to_string(&extraction).expect("an extraction serialises");
});
