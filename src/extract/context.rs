//! The document's context: its region (province, city) and its issuer, which resolve
//! short forms such as 省科技厅, 市政府, 我厅 and 我市.

use super::Extractor;
use crate::document::Document;
use crate::lexicon::{GazetteerMatch, Lexicon};
use crate::model::EntityType;
use rustc_hash::FxHashMap;

/// One-character province abbreviations, used in issuing numbers (浙科提〔2024〕297号).
const PROVINCE_ABBREVIATIONS: [(char, &str); 34] = [
    ('京', "北京市"),
    ('津', "天津市"),
    ('沪', "上海市"),
    ('渝', "重庆市"),
    ('冀', "河北省"),
    ('晋', "山西省"),
    ('蒙', "内蒙古自治区"),
    ('辽', "辽宁省"),
    ('吉', "吉林省"),
    ('黑', "黑龙江省"),
    ('苏', "江苏省"),
    ('浙', "浙江省"),
    ('皖', "安徽省"),
    ('闽', "福建省"),
    ('赣', "江西省"),
    ('鲁', "山东省"),
    ('豫', "河南省"),
    ('鄂', "湖北省"),
    ('湘', "湖南省"),
    ('粤', "广东省"),
    ('桂', "广西壮族自治区"),
    ('琼', "海南省"),
    ('川', "四川省"),
    ('蜀', "四川省"),
    ('黔', "贵州省"),
    ('滇', "云南省"),
    ('云', "云南省"),
    ('藏', "西藏自治区"),
    ('陕', "陕西省"),
    ('甘', "甘肃省"),
    ('陇', "甘肃省"),
    ('青', "青海省"),
    ('宁', "宁夏回族自治区"),
    ('新', "新疆维吾尔自治区"),
];

/// What a document's short forms resolve against.
#[derive(Clone, Debug, Default)]
pub(crate) struct Context {
    /// The document's own region (lexicon index): a city for a city's document, else a province.
    pub region: Option<usize>,
    /// The province of the region.
    pub province: Option<usize>,
    /// The prefecture-level city of the region, if the region is a city or below (or a
    /// municipality such as 北京市, which is its own city).
    pub city: Option<usize>,
    /// Whether the document is a national one (国科发…, issued by the State Council …):
    /// its region is the whole country.
    pub national: bool,
    /// The issuer: canonical name and type.
    pub issuer: Option<(String, EntityType)>,
    /// Whether the province is a municipality or a special administrative region (北京市,
    /// 澳门特别行政区): none of its bodies is called 省…, so 省 names another province's.
    pub province_not_named_sheng: bool,
}

impl Context {
    /// Detects region and issuer from metadata and the places the body mentions.
    /// `levels` are the level marks the document's automaton pass found
    /// ([`super::entities::Scan::levels`]).
    pub fn detect(
        extractor: &Extractor,
        doc: &Document,
        matches: &[GazetteerMatch],
        levels: &[(u32, u8)],
    ) -> Self {
        let lexicon = &extractor.lexicon;
        let admin = |i: usize| -> Option<u8> {
            let e = lexicon.get(i);
            (e.entity_type == EntityType::AdministrativeRegion)
                .then(|| e.admin_level())
                .flatten()
        };
        // `score` credits a province with half of its cities' mentions; `direct` counts
        // only the mentions of the place itself.
        let mut score: FxHashMap<usize, f64> = FxHashMap::default();
        let mut direct: FxHashMap<usize, f64> = FxHashMap::default();
        // The province of each city, looked up once however often the city is named.
        let mut provinces: FxHashMap<usize, Option<usize>> = FxHashMap::default();
        for m in matches {
            for &i in m.entries {
                if let Some(level @ 1..=2) = admin(i) {
                    // Ambiguous forms share their weight.
                    let w = 1.0 / m.entries.len() as f64;
                    *score.entry(i).or_default() += w;
                    *direct.entry(i).or_default() += w;
                    if level == 2 {
                        let province =
                            *(provinces.entry(i)).or_insert_with(|| lexicon.parent_index(i));
                        if let Some(pi) = province {
                            *score.entry(pi).or_default() += 0.5 * w;
                        }
                    }
                }
            }
        }
        let national = doc
            .metadata
            .number
            .as_deref()
            .is_some_and(|n| n.starts_with('国'))
            || doc.metadata.publisher.as_deref().is_some_and(|p| {
                p.starts_with("国务院") || p.starts_with("中共中央") || p.starts_with("全国人")
            })
            || (doc.metadata.title.as_deref())
                .is_some_and(|t| opens_with_central_body(extractor, t));
        // Metadata: the publisher's place, the issuing number's province abbreviation.
        let mut strong: Option<usize> = None;
        if let Some(publisher) = &doc.metadata.publisher {
            if let Some(i) = leading_place(extractor, publisher) {
                strong = Some(i);
            }
        }
        if strong.is_none() {
            if let Some(number) = &doc.metadata.number {
                if let Some(c) = number.chars().next() {
                    if let Some((_, name)) = PROVINCE_ABBREVIATIONS.iter().find(|(a, _)| *a == c) {
                        strong = lexicon.indices_by_name(name).find(|&i| {
                            lexicon.get(i).entity_type == EntityType::AdministrativeRegion
                        });
                    }
                }
            }
        }
        if strong.is_none() {
            if let Some(title) = &doc.metadata.title {
                // Its place, after the year it may open with (2023年杭州市…统计公报) and
                // the marks a quoted title opens with (《嘉兴市科技创新规划》).
                let title = title.trim_start_matches(['《', '“', '"']);
                let title = super::facts::year_opening(title).unwrap_or(title);
                strong = leading_place(extractor, title);
            }
        }
        if strong.is_none() && !national {
            // The body signing a letter (温州市科学技术局 above the date).
            strong = signature_lines(doc).find_map(|line| leading_place(extractor, line));
        }
        let (province_words, city_words) = level_words(&doc.text, doc.body_start, levels);
        let city_level = city_words > province_words;
        let best = |level: u8| {
            let mut candidates: Vec<(usize, f64)> = score
                .iter()
                .filter(|(i, _)| admin(**i) == Some(level))
                .map(|(i, s)| (*i, *s))
                .collect();
            candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            candidates.first().map(|c| c.0)
        };
        // How often a place itself is named.
        let mentions = |i: usize| direct.get(&i).copied().unwrap_or(0.0);
        let region = match strong {
            Some(i) if admin(i) == Some(1) && city_level => {
                // A province's cue, but the text speaks of a city: the city within it.
                best(2)
                    .filter(|&c| lexicon.parent_index(c) == Some(i))
                    .or(Some(i))
            }
            Some(i) => Some(i),
            None if national => None,
            // (A municipality is a city too: 重庆 named more often than 成都.)
            None if city_level => {
                let municipality = best(1).filter(|&p| lexicon.get(p).name.ends_with('市'));
                match (best(2), municipality) {
                    (Some(c), Some(m)) if mentions(m) >= mentions(c) => Some(m),
                    (city, _) => city.or_else(|| best(1)),
                }
            }
            None => {
                // A city named more often than its own province is the document's subject
                // (news from 成都, 嘉兴 …), unless another province is named more often still
                // (重庆 in a text of 重庆 and 成都); otherwise the most mentioned province.
                let top_province = best(1);
                best(2)
                    .filter(|&c| {
                        let own = lexicon.parent_index(c);
                        let province = own.map_or(0.0, mentions);
                        let outnumbered = top_province
                            .is_some_and(|p| Some(p) != own && mentions(p) >= mentions(c));
                        mentions(c) >= 3.0 && mentions(c) > province && !outnumbered
                    })
                    .or_else(|| best(1))
                    .or_else(|| best(2))
            }
        };
        let mut context = Context {
            region,
            national,
            ..Default::default()
        };
        if let Some(r) = region {
            match admin(r) {
                Some(1) => {
                    context.province = Some(r);
                    // A municipality (北京市, 重庆市) is its own city: 市交通委 is its body.
                    if lexicon.get(r).name.ends_with('市') {
                        context.city = Some(r);
                    }
                }
                Some(level) => {
                    context.city = Some(r);
                    // A county-level city (义乌市) calls its own bodies 市科技局, 市政府 and
                    // itself 全市: it stays the document's city.
                    let own_city = level == 3 && lexicon.get(r).name.ends_with('市');
                    let mut current = r;
                    while let Some(parent) = lexicon.parent_index(current) {
                        match lexicon.get(parent).admin_level() {
                            Some(1) => {
                                context.province = Some(parent);
                                break;
                            }
                            Some(2) if !own_city => context.city = Some(parent),
                            _ => {}
                        }
                        current = parent;
                    }
                }
                None => {}
            }
        }
        if let Some(publisher) = &doc.metadata.publisher {
            context.issuer = super::entities::resolve_standalone(extractor, &context, publisher);
        } else {
            // A letter or notice is signed under its text (浙江省科学技术厅 above the date).
            context.issuer = signature_lines(doc).find_map(|line| {
                super::entities::resolve_standalone(extractor, &context, line)
                    .filter(|(_, t)| *t == EntityType::GovernmentBody)
            });
            // Else the body a title opens with, before 关于 or a year (某市科技局关于某建议的
            // 答复, 某市科学技术局2023年工作总结).
            if context.issuer.is_none() {
                context.issuer = (doc.metadata.title.as_deref())
                    .and_then(|title| {
                        let end = title
                            .find("关于")
                            .or_else(|| title.find(|c: char| c.is_ascii_digit()))?;
                        Some(&title[..end])
                    })
                    .filter(|body| !body.trim().is_empty())
                    .and_then(|body| super::entities::resolve_standalone(extractor, &context, body))
                    .filter(|(_, t)| *t == EntityType::GovernmentBody);
            }
        }
        context.province_not_named_sheng = context.province.is_some_and(|p| {
            !lexicon.get(p).name.ends_with(['省', '区'])
                || lexicon.get(p).name.ends_with("特别行政区")
        });
        context
    }

    /// Whether lexicon entry `entry` lies in the document's province (its division code
    /// begins as the province's does), or `None` when the document's province is unknown.
    pub fn in_province(&self, lexicon: &Lexicon, entry: usize) -> Option<bool> {
        let province = lexicon.get(self.province?).code.as_deref();
        let prefix = province.map(|c| c.get(..2).unwrap_or(c));
        let code = lexicon.get(entry).code.as_deref();
        Some(
            prefix
                .zip(code)
                .is_some_and(|(p, code)| code.starts_with(p)),
        )
    }

    /// The place a level mark (省, 市, 县, 区) or an agency's default level resolves to:
    /// 县 and 区 only in the document of a county or district (below its city).
    pub fn place_for_level(&self, level: &str) -> Option<usize> {
        match level {
            "省" | "province" => self.province.filter(|_| !self.province_not_named_sheng),
            "市" | "city" => self.city,
            "县" | "区" => self
                .region
                .filter(|&r| Some(r) != self.city && Some(r) != self.province),
            "issuer" | "我" => self.region,
            _ => None,
        }
    }
}

/// The last lines of a document's body that may be its signature, last first: short lines
/// without punctuation among its last four lines that hold text.
fn signature_lines(doc: &Document) -> impl Iterator<Item = &str> {
    let body = &doc.text[doc.body_start..];
    body.lines()
        .rev()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(4)
        .filter(|line| {
            line.len() <= 120
                && line.chars().count() <= 30
                && !line.contains(['，', '。', '：', '；', ',', ':', ';'])
                && !line.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// The level marks [`level_words`] counts: 省 and 市. The document's one automaton pass
/// finds them ([`super::entities::Scan::levels`]).
pub(crate) const LEVEL_MARKS: [&str; 2] = ["省", "市"];

/// How often `text` says 全X, 我X, 本X, X委 and X政府 for the level marks X = 省 and
/// X = 市 (in that order): each occurrence of each word counted, from the occurrences
/// `(start, mark)` of the marks in `text` (those before byte `from` left out).
fn level_words(text: &str, from: usize, marks: &[(u32, u8)]) -> (usize, usize) {
    let mut counts = [0, 0];
    for &(start, mark) in marks.iter().filter(|&&(start, _)| start as usize >= from) {
        let (start, mark) = (start as usize, usize::from(mark));
        let before = text[..start].ends_with(['全', '我', '本']);
        let after = &text[start + LEVEL_MARKS[mark].len()..];
        counts[mark] += usize::from(before)
            + usize::from(after.starts_with('委'))
            + usize::from(after.starts_with("政府"));
    }
    (counts[0], counts[1])
}

/// The administrative region a name begins with (浙江省科学技术厅 → 浙江省).
/// Whether a title opens with a central body (科学技术部关于…, 工业和信息化部办公厅关于…): the
/// lexicon's government bodies are the country's, but for the governments of the special
/// administrative regions.
fn opens_with_central_body(extractor: &Extractor, title: &str) -> bool {
    let lexicon = &extractor.lexicon;
    (extractor.gazetteer.find_iter(title).next())
        .filter(|m| m.start == 0)
        .is_some_and(|m| {
            m.entries.iter().any(|&i| {
                let entry = lexicon.get(i);
                entry.entity_type == EntityType::GovernmentBody
                    && !entry.name.contains("特别行政区")
            })
        })
}

pub(crate) fn leading_place(extractor: &Extractor, name: &str) -> Option<usize> {
    let lexicon = &extractor.lexicon;
    // The regions that the place name at `at` may be, the highest level first, and where
    // the name ends.
    let places_at = |at: usize| -> Option<(Vec<usize>, usize)> {
        let m = (extractor.gazetteer.find_iter(&name[at..])).find(|m| m.start == 0)?;
        let mut entries: Vec<usize> = (m.entries.iter().copied())
            .filter(|&i| lexicon.get(i).entity_type == EntityType::AdministrativeRegion)
            .collect();
        entries.sort_by_key(|&i| lexicon.get(i).admin_level().unwrap_or(9));
        Some((entries, at + m.end))
    };
    let (entries, mut end) = places_at(0)?;
    let mut place = *entries.first()?;
    // 辽宁省大连市科技局: of places written one inside the other, the innermost.
    while let Some((entries, next_end)) = places_at(end) {
        let within = |i: &&usize| {
            std::iter::successors(lexicon.parent_index(**i), |&p| lexicon.parent_index(p))
                .any(|p| p == place)
        };
        let Some(&inner) = entries.iter().find(within) else {
            break;
        };
        (place, end) = (inner, next_end);
    }
    Some(place)
}

#[cfg(test)]
mod tests {
    use crate::{Document, Extractor};

    fn region(text: &str) -> Option<String> {
        let extractor = Extractor::builtin().unwrap();
        extractor
            .extract(&Document::from_text("t.txt", text))
            .region
    }

    #[test]
    fn a_municipality_has_no_body_called_sheng() {
        let text = "北京市科学技术委员会工作动态\n\n北京市与河北省签署协议。河北省科技厅副厅长表示，省科技厅将出台专项政策。\n";
        let extractor = Extractor::builtin().unwrap();
        let x = extractor.extract(&Document::from_text("t.txt", text));
        assert_eq!(x.region.as_deref(), Some("北京市"));
        assert!(
            !x.entities.iter().any(|e| e.name == "北京市科学技术厅"),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_municipality_named_more_often_than_a_city_is_the_region() {
        // With the words of a city (全市, 市科技局) …
        let text = "川渝签署合作协议\n\n重庆市科技局与四川省科技厅在重庆签约。西部（成都）科学城、成都天府新区与重庆两江新区联动，成都高新区参与。重庆大学牵头。到2025年全市研发投入强度达到2.5%。\n";
        assert_eq!(region(text).as_deref(), Some("重庆市"));
        // … and without them.
        let text = "川渝签署合作协议\n\n重庆与四川在重庆签约。西部（成都）科学城、成都天府新区与重庆两江新区联动，成都高新区参与。重庆大学牵头。\n";
        assert_eq!(region(text).as_deref(), Some("重庆市"));
    }

    #[test]
    fn a_title_naming_a_city_within_its_province_names_the_city() {
        let text = "辽宁省大连市科技局关于市十七届人大二次会议第156号建议的答复\n\n市财政安排市级科技专项资金5.8亿元。\n";
        assert_eq!(region(text).as_deref(), Some("大连市"));
        let text = "辽宁省科技厅关于大连市科技工作的通知\n\n全省安排科技专项资金5.8亿元。\n";
        assert_eq!(region(text).as_deref(), Some("辽宁省"));
    }

    #[test]
    fn a_title_opening_with_its_year_names_the_region_after_it() {
        let text =
            "2023年杭州市国民经济和社会发展统计公报\n\n全年技术合同成交额1035亿元，增长15.3%。\n";
        assert_eq!(region(text).as_deref(), Some("杭州市"));
        let extractor = Extractor::builtin().unwrap();
        let x = extractor.extract(&Document::from_text("t.txt", text));
        assert!(
            x.facts
                .iter()
                .any(|f| f.subject == "杭州市" && f.value == 1035.0)
        );
    }

    #[test]
    fn a_title_in_book_marks_names_the_region_it_opens_with() {
        let text = "《湖州市科技创新发展规划》\n\n到2030年，全社会研发经费投入强度达到3.8%。\n";
        assert_eq!(region(text).as_deref(), Some("湖州市"));
        let extractor = Extractor::builtin().unwrap();
        let x = extractor.extract(&Document::from_text("t.txt", text));
        assert!(
            x.facts
                .iter()
                .any(|f| f.subject == "湖州市" && f.value == 3.8),
            "{:?}",
            x.facts
        );
    }

    #[test]
    fn the_body_signing_a_letter_is_its_issuer() {
        let extractor = Extractor::builtin().unwrap();
        // Whether `name` is an entity of `text` that `self_name` (我厅, 我局) refers to.
        let refers = |text: &str, name: &str, self_name: &str| {
            let x = extractor.extract(&Document::from_text("t.txt", text));
            let found = x.entities.iter().find(|e| e.name == name);
            assert!(
                found.is_some_and(|e| e.aliases.iter().any(|a| a == self_name)),
                "{text}: {:?}",
                x.entities
            );
        };
        refers(
            "关于某提案的答复\n\n李华委员：\n我厅将继续实施“鲲鹏行动”计划。\n\n浙江省科学技术厅\n2024年6月28日\n",
            "浙江省科学技术厅",
            "我厅",
        );
        // Signed under the places it lies in.
        refers(
            "关于某提案的答复\n\n王芳委员：\n近年来，我局支持宁波诺丁汉大学建设研发平台。\n\n宁波市鄞州区科学技术局\n2024年5月20日\n",
            "鄞州区科学技术局",
            "我局",
        );
        // Unsigned: the body its title names before 关于, or before a year.
        refers(
            "浙江省宁波市鄞州区科技局关于第35号提案的答复\n\n近年来，我局支持宁波诺丁汉大学建设研发平台。\n",
            "鄞州区科学技术局",
            "我局",
        );
        refers(
            "湖州市科学技术局2023年工作总结\n\n我局联合市财政局出台《湖州市科技创新券管理办法》。\n",
            "湖州市科学技术局",
            "我局",
        );
    }

    #[test]
    fn the_body_signing_a_letter_gives_its_region() {
        let text = "关于第156号建议的答复\n\n王丽代表：\n近年来，我局会同市财政局出台《某某奖励办法》，浙江全省推进。\n\n温州市科学技术局\n2024年6月28日\n";
        assert_eq!(region(text).as_deref(), Some("温州市"));
        let extractor = Extractor::builtin().unwrap();
        let x = extractor.extract(&Document::from_text("t.txt", text));
        assert!(
            x.entities.iter().any(|e| e.name == "温州市财政局"),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_county_level_city_s_bodies_and_whole_are_its_own() {
        let text = "义乌市科学技术局2023年工作总结\n\n2023年，市科技局紧紧围绕市委中心工作。全市R&D经费支出占GDP比重达到2.35%。\n";
        let extractor = Extractor::builtin().unwrap();
        let x = extractor.extract(&Document::from_text("t.txt", text));
        let names: Vec<&str> = x.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"义乌市科学技术局"), "{names:?}");
        assert!(!names.contains(&"金华市科学技术局"), "{names:?}");
        assert!(
            x.facts
                .iter()
                .any(|f| f.subject == "义乌市" && f.value == 2.35),
            "{:?}",
            x.facts
        );
    }

    #[test]
    fn region_follows_issuing_number_city_news_and_national_documents() {
        assert_eq!(
            region("关于某事的通知\n苏科发〔2023〕12号\n各有关单位:\n全省推进科技创新。")
                .as_deref(),
            Some("江苏省")
        );
        assert_eq!(
            region("关于某事的通知\n国科发规〔2020〕254号\n各省科技厅:\n新疆、西藏要加快发展。")
                .as_deref(),
            Some("中国")
        );
        // A notice of a ministry or national commission, whatever its number.
        assert_eq!(
            region("工业和信息化部办公厅关于开展某项工作的通知\n\n工信厅企业函〔2025〕58号\n\n山东省、江苏省要加快发展。")
                .as_deref(),
            Some("中国")
        );
        assert_eq!(
            region(
                "近日,成都发布新政。四川省支持成都建设科学城,成都高新区与成都东部新区同步推进。"
            )
            .as_deref(),
            Some("成都市")
        );
        assert_eq!(
            region("浙江省推进创新深化。浙江各地加快建设,杭州打造高地,浙江全省联动。").as_deref(),
            Some("浙江省")
        );
    }
}
