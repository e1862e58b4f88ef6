//! Vocabulary: namespaces and the deterministic IRIs of entities and documents.

use crate::model::{CoarseType, EntityType, Relation};

/// The ontology namespace (prefix `pk:`).
pub const PK: &str = "https://w3id.org/policykg/ontology#";
/// Where entity IRIs live.
pub const ENTITY_BASE: &str = "https://w3id.org/policykg/id/";
/// Where document IRIs live.
pub const DOCUMENT_BASE: &str = "https://w3id.org/policykg/doc/";
/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RDF Schema.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// SKOS.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// DCMI terms.
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// The SPARQL prefixes every query gets for free.
pub const PREFIXES: [(&str, &str); 7] = [
    ("pk", PK),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("skos", SKOS),
    ("dcterms", DCTERMS),
    ("prov", PROV),
    ("xsd", XSD),
];

/// Percent-encodes what may not stand in an IRI path segment; Chinese stays readable.
pub fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_segment(&mut out, s);
    out
}

/// Whether [`encode_segment`] keeps a character as it is.
fn is_kept(c: char) -> bool {
    // The common case first: the CJK Unified Ideographs are letters, kept (a test checks
    // that the rule below says so for each of them).
    if ('\u{4e00}'..='\u{9fff}').contains(&c) {
        return true;
    }
    let keep = c.is_alphanumeric() && !c.is_ascii()
        || c.is_ascii_alphanumeric()
        || "-._~!$&'()*+,;=:@".contains(c);
    keep && !c.is_control() && !c.is_whitespace() && !matches!(c, '\u{fff0}'..='\u{ffff}')
}

/// Appends `s` to `out`, percent-encoded as by [`encode_segment`]: the runs of kept
/// characters are copied whole.
fn push_segment(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        // The common case first: a CJK Unified Ideograph (U+4E00–U+9FFF), kept, is known
        // by its first bytes (E4 B8–BF or E5–E9, then two more) without decoding it.
        if matches!(bytes[i], 0xE5..=0xE9) || bytes[i] == 0xE4 && bytes[i + 1] >= 0xB8 {
            i += 3;
            continue;
        }
        let c = s[i..].chars().next().expect("a character starts here");
        let next = i + c.len_utf8();
        if !is_kept(c) {
            out.push_str(&s[run..i]);
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            for &b in &bytes[i..next] {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xf)]));
            }
            run = next;
        }
        i = next;
    }
    out.push_str(&s[run..]);
}

/// The IRI of an entity: from its coarse type and canonical name, the same everywhere.
pub fn entity_iri(entity_type: EntityType, name: &str) -> String {
    let slug = entity_type.coarse().slug();
    let mut iri = String::with_capacity(ENTITY_BASE.len() + slug.len() + 1 + name.len());
    iri.push_str(ENTITY_BASE);
    iri.push_str(slug);
    iri.push('/');
    push_segment(&mut iri, name);
    iri
}

/// The IRI of a document, from its store key (path segments encoded one by one).
pub fn document_iri(key: &str) -> String {
    let path: Vec<String> = key.split('/').map(encode_segment).collect();
    format!("{DOCUMENT_BASE}{}", path.join("/"))
}

/// The store key of a document IRI (the inverse of [`document_iri`]).
pub fn document_key(iri: &str) -> Option<String> {
    let encoded = iri.strip_prefix(DOCUMENT_BASE)?;
    let bytes = encoded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&encoded[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// The ontology class of a fine type.
pub fn class_iri(entity_type: EntityType) -> String {
    format!("{PK}{}", entity_type.as_str())
}

/// The ontology class of a coarse type.
pub fn coarse_class_iri(coarse: CoarseType) -> String {
    format!("{PK}{}", coarse.as_str())
}

/// The ontology property of a relation.
pub fn relation_iri(relation: Relation) -> String {
    format!("{PK}{}", relation.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cjk_ideographs_are_kept_by_the_general_rule() {
        for c in '\u{4e00}'..='\u{9fff}' {
            assert!(
                c.is_alphanumeric() && !c.is_control() && !c.is_whitespace(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn every_character_is_encoded_by_the_rule() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let expected = if is_kept(c) {
                c.to_string()
            } else {
                let mut utf8 = [0; 4];
                (c.encode_utf8(&mut utf8).bytes())
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            };
            assert_eq!(encode_segment(&format!("{c}浙")), expected + "浙", "{c:?}");
        }
    }

    #[test]
    fn entity_iris_are_readable_and_stable() {
        assert_eq!(
            entity_iri(EntityType::Program, "双尖双领+X"),
            "https://w3id.org/policykg/id/program/双尖双领+X"
        );
        assert_eq!(
            entity_iri(
                EntityType::Policy,
                "浙江省关于加快实现高水平科技自立自强 建设科技强省的实施意见"
            ),
            "https://w3id.org/policykg/id/policy/浙江省关于加快实现高水平科技自立自强%20建设科技强省的实施意见"
        );
        assert_eq!(
            entity_iri(EntityType::Zone, "a/b#c?"),
            "https://w3id.org/policykg/id/place/a%2Fb%23c%3F"
        );
        assert_eq!(
            document_iri("sub dir/seed.txt"),
            "https://w3id.org/policykg/doc/sub%20dir/seed.txt"
        );
        for key in ["sub dir/seed.txt", "a%b/c#d.txt", "浙江/答复.html"] {
            assert_eq!(document_key(&document_iri(key)).as_deref(), Some(key));
        }
    }
}
