//! Property tests: on random mixes of Chinese text, punctuation and ASCII, every byte
//! offset the document keeps lies on a character boundary, and every mention and evidence
//! span of an extraction is exactly the slice of the text its character offsets name.

use policykg::document::{CharOffsets, decode};
use policykg::{Document, Extractor, Span};
use proptest::prelude::*;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::builtin().unwrap());

/// Pieces that make the extractor fire: names from the lexicons, triggers, numbers with
/// units, head lines; and pieces that stress the splitter: every sentence end, table
/// bars, full-width and ASCII punctuation, line breaks, wide and combining characters.
const PIECES: &[&str] = &[
    "浙江省",
    "龙港市",
    "浙江省科学技术厅",
    "省科技厅",
    "浙江理工大学",
    "浙江理工大学龙港研究院",
    "青龙湖科技城",
    "尖兵领雁",
    "科学技术部",
    "我厅",
    "支持",
    "承担",
    "联合",
    "建设",
    "位于",
    "2023年",
    "2024年",
    "35家",
    "3.15%",
    "1.2亿元",
    "力争",
    "预计",
    "新增",
    "高新技术企业",
    "一、",
    "（二）",
    "浙科提〔2024〕297号",
    "发文日期: | 2024-07-15 |",
    "索引号:",
    "source: x",
    "。",
    "，",
    "、",
    "；",
    "：",
    "！",
    "？",
    "“",
    "”",
    "《",
    "》",
    "（",
    "）",
    "|",
    "\n",
    "\r\n",
    "\u{3000}",
    " ",
    "\t",
    ".",
    ",",
    ";",
    "!",
    "?",
    "a",
    "Z9",
    "e\u{301}",
    "🙂",
    "\u{feff}",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
            1 => "[a-z0-9 ]{1,8}",
        ],
        0..120,
    )
    .prop_map(|pieces| pieces.concat())
}

fn check_span(chars: &[char], span: &Span) {
    assert!(
        span.start <= span.end && span.end <= chars.len(),
        "{span:?}"
    );
    let slice: String = chars[span.start..span.end].iter().collect();
    assert_eq!(slice, span.text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn offsets_are_boundaries_and_spans_are_slices(text in text()) {
        let doc = Document::from_text("p.txt", text.clone());
        prop_assert_eq!(&doc.text, &text);
        prop_assert!(doc.text.is_char_boundary(doc.body_start));
        let offsets = CharOffsets::new(&doc.text);
        let mut previous = doc.body_start;
        for range in &doc.sentences {
            prop_assert!(previous <= range.start && range.start < range.end);
            prop_assert!(doc.text.is_char_boundary(range.start));
            prop_assert!(doc.text.is_char_boundary(range.end));
            prop_assert_eq!(offsets.char_offset(range.start), doc.text[..range.start].chars().count());
            previous = range.end;
        }
        let extraction = EXTRACTOR.extract(&doc);
        let chars: Vec<char> = doc.text.chars().collect();
        for entity in &extraction.entities {
            for mention in &entity.mentions {
                check_span(&chars, mention);
            }
        }
        for relation in &extraction.relations {
            if let Some(evidence) = &relation.evidence {
                check_span(&chars, evidence);
            }
        }
        for fact in &extraction.facts {
            if let Some(evidence) = &fact.evidence {
                check_span(&chars, evidence);
            }
        }
    }

    #[test]
    fn decoding_never_panics_and_keeps_utf8_as_is(bytes in prop::collection::vec(any::<u8>(), 0..512), text in text()) {
        let _ = decode(&bytes);
        // Valid UTF-8 without a BOM or control characters comes back unchanged.
        let clean: String = text.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect();
        let clean = clean.trim_start_matches('\u{feff}').to_owned();
        prop_assert_eq!(decode(clean.as_bytes()).unwrap(), clean);
    }
}
