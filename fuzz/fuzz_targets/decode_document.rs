//! Fuzz target: bytes → `document::decode` → HTML reduction → `Document::from_text`.
//! Checks that sentence ranges and the body start lie on character boundaries, in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policykg::Document;
use policykg::document::{CharOffsets, decode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode(data) else { return };
    // Once as plain text, once as a page.
    let (html_text, _title) = policykg::html::to_text(&text);
    for text in [text, html_text] {
        let doc = Document::from_text("fuzz.txt", text);
        assert!(doc.text.is_char_boundary(doc.body_start));
        let mut previous_end = doc.body_start;
        let offsets = CharOffsets::new(&doc.text);
        for range in &doc.sentences {
            assert!(range.start >= previous_end && range.start < range.end);
            assert!(doc.text.is_char_boundary(range.start));
            assert!(doc.text.is_char_boundary(range.end));
            let span = offsets.span(range.clone());
            assert_eq!(span.text.chars().count(), span.end - span.start);
            previous_end = range.end;
        }
    }
});
