//! The data model shared by every stage: entity types, relations, facts and the
//! [`Extraction`] of one document.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Coarse entity type, the level at which entities are scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CoarseType {
    /// Administrative regions, informal regions and zones.
    Place,
    /// Government bodies, research institutes, universities, enterprises, associations.
    Organization,
    /// Science-and-innovation infrastructure and platforms.
    Facility,
    /// Programs, projects, strategies and awards.
    Program,
    /// Laws, regulations, plans and other policy documents.
    Policy,
    /// People.
    Person,
}

impl CoarseType {
    /// The name used in IRIs (`place`, `organization`, …).
    pub fn slug(self) -> &'static str {
        match self {
            Self::Place => "place",
            Self::Organization => "organization",
            Self::Facility => "facility",
            Self::Program => "program",
            Self::Policy => "policy",
            Self::Person => "person",
        }
    }

    /// The name used in the ontology and in reports (`Place`, `Organization`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Place => "Place",
            Self::Organization => "Organization",
            Self::Facility => "Facility",
            Self::Program => "Program",
            Self::Policy => "Policy",
            Self::Person => "Person",
        }
    }

    /// The position of the type in [`CoarseType::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Every coarse type, in report order.
    pub const ALL: [CoarseType; 6] = [
        Self::Place,
        Self::Organization,
        Self::Facility,
        Self::Program,
        Self::Policy,
        Self::Person,
    ];
}

impl fmt::Display for CoarseType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Fine entity type, exactly as the annotation guide names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityType {
    /// Province, prefecture, county, township (浙江省, 龙港市, 乌镇).
    AdministrativeRegion,
    /// Informal or multi-region names and natural features (长三角, 浙南, 杭州湾).
    Region,
    /// Development zones, science cities, corridors (青龙湖科技城).
    Zone,
    /// Government departments, commissions, offices (浙江省科学技术厅).
    GovernmentBody,
    /// Laboratories, institutes, innovation centres (之江实验室).
    ResearchInstitute,
    /// Universities and colleges (浙江大学).
    University,
    /// Companies and groups (阿里巴巴).
    Enterprise,
    /// Associations, societies, alliances (浙江省科学技术协会).
    Association,
    /// Infrastructure and platforms (浙江人才大厦).
    Facility,
    /// Programs, projects, strategies (尖兵领雁).
    Program,
    /// Awards (西湖友谊奖).
    Award,
    /// Policy documents (浙江省科学技术进步条例).
    Policy,
    /// People (梁孝克).
    Person,
}

impl EntityType {
    /// Every fine type, in the guide's order.
    pub const ALL: [EntityType; 13] = [
        Self::AdministrativeRegion,
        Self::Region,
        Self::Zone,
        Self::GovernmentBody,
        Self::ResearchInstitute,
        Self::University,
        Self::Enterprise,
        Self::Association,
        Self::Facility,
        Self::Program,
        Self::Award,
        Self::Policy,
        Self::Person,
    ];

    /// The coarse type this fine type belongs to.
    pub fn coarse(self) -> CoarseType {
        match self {
            Self::AdministrativeRegion | Self::Region | Self::Zone => CoarseType::Place,
            Self::GovernmentBody
            | Self::ResearchInstitute
            | Self::University
            | Self::Enterprise
            | Self::Association => CoarseType::Organization,
            Self::Facility => CoarseType::Facility,
            Self::Program | Self::Award => CoarseType::Program,
            Self::Policy => CoarseType::Policy,
            Self::Person => CoarseType::Person,
        }
    }

    /// The guide's name of the type (`AdministrativeRegion`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AdministrativeRegion => "AdministrativeRegion",
            Self::Region => "Region",
            Self::Zone => "Zone",
            Self::GovernmentBody => "GovernmentBody",
            Self::ResearchInstitute => "ResearchInstitute",
            Self::University => "University",
            Self::Enterprise => "Enterprise",
            Self::Association => "Association",
            Self::Facility => "Facility",
            Self::Program => "Program",
            Self::Award => "Award",
            Self::Policy => "Policy",
            Self::Person => "Person",
        }
    }

    /// Whether entities of this type are organizations.
    pub fn is_organization(self) -> bool {
        self.coarse() == CoarseType::Organization
    }

    /// Whether entities of this type are places.
    pub fn is_place(self) -> bool {
        self.coarse() == CoarseType::Place
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EntityType {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Self::ALL.iter().map(|t| t.as_str()).collect();
                format!(
                    "unknown entity type `{s}` (expected one of {})",
                    names.join(", ")
                )
            })
    }
}

/// A directed relation between two entities, named as in the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Relation {
    /// Any entity → the place it lies in.
    LocatedIn,
    /// Organization → its parent organization.
    SubOrganizationOf,
    /// Organization or program → what it supports.
    Supports,
    /// Organization or place → the program it undertakes.
    Undertakes,
    /// Organization or place → the organization, zone or facility it establishes.
    Establishes,
    /// Organization ↔ organization (symmetric).
    CooperatesWith,
    /// Policy → the organization that issued it.
    IssuedBy,
}

impl Relation {
    /// Every relation, in the guide's order.
    pub const ALL: [Relation; 7] = [
        Self::LocatedIn,
        Self::SubOrganizationOf,
        Self::Supports,
        Self::Undertakes,
        Self::Establishes,
        Self::CooperatesWith,
        Self::IssuedBy,
    ];

    /// The guide's name (`locatedIn`, …), also the ontology property's local name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LocatedIn => "locatedIn",
            Self::SubOrganizationOf => "subOrganizationOf",
            Self::Supports => "supports",
            Self::Undertakes => "undertakes",
            Self::Establishes => "establishes",
            Self::CooperatesWith => "cooperatesWith",
            Self::IssuedBy => "issuedBy",
        }
    }

    /// Whether `a r b` implies `b r a`.
    pub fn is_symmetric(self) -> bool {
        self == Self::CooperatesWith
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Relation {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("unknown relation `{s}`"))
    }
}

/// Whether a stated number is achieved, expected or aimed at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Achieved.
    Actual,
    /// Estimated (预计).
    Expected,
    /// Aimed at (力争, 目标, plans).
    Target,
}

impl Status {
    /// The lowercase name used in JSON and RDF.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Actual => "actual",
            Self::Expected => "expected",
            Self::Target => "target",
        }
    }
}

/// A span of the document text with its text, in **character** offsets (end exclusive).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// The text between the offsets.
    pub text: String,
}

/// One entity of a document, with all the places it is mentioned.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name.
    pub name: String,
    /// Fine type.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Stable IRI, from coarse type and canonical name.
    #[serde(default)]
    pub iri: String,
    /// Other surface forms seen in the document.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// GB/T 2260 code of an administrative region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Mentions in the document text (empty for implied entities).
    #[serde(default)]
    pub mentions: Vec<Span>,
}

/// A relation stated by (or implied in) a document.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RelationMention {
    /// Canonical name of the head entity.
    pub head: String,
    /// The relation.
    pub relation: Relation,
    /// Canonical name of the tail entity.
    pub tail: String,
    /// The sentence (or name) that states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Span>,
}

/// A number the document states about a subject.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Canonical name of the subject entity.
    pub subject: String,
    /// The measured thing (研发投入强度).
    pub indicator: String,
    /// The number as written (亿/万 stay in the unit).
    pub value: f64,
    /// The unit (%, 家, 亿元 …).
    pub unit: String,
    /// The year the number refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Achieved, expected or target.
    pub status: Status,
    /// The clause that states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Span>,
}

/// Document metadata found at the top of a document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Issuing or publishing body, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Date of issue, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
    /// Issuing number (文号), such as 浙科提〔2024〕297号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Source URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Everything extracted from one document; a superset of the guide's gold format.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The document's path as given.
    pub doc: String,
    /// Canonical name of the document's own region (its province or city).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Metadata.
    #[serde(default)]
    pub metadata: Metadata,
    /// Entities, sorted by type and name.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Relations, sorted.
    #[serde(default)]
    pub relations: Vec<RelationMention>,
    /// Facts, in document order.
    #[serde(default)]
    pub facts: Vec<Fact>,
}

impl Extraction {
    /// The entity with this canonical name, if any.
    pub fn entity(&self, name: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.name == name)
    }
}
