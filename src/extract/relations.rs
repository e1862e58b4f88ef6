//! Relations stated in sentences: each rule's trigger, the head and tail it points to
//! (nearest fitting entity on the left or the sentence subject, first on the right, a
//! list on the right, or the issuer), and the issuers that policy titles name
//! (科技部关于印发《…》的通知).

use super::chars::{find_any, holds, holds_any, rfind_word};
use super::context::Context;
use super::entities::Scan;
use super::variants::SHORT_FORM_OPENERS;
use super::{EntityRecord, EntityTable, Extractor, FoundRelation, Mention};
use crate::document::Document;
use crate::model::EntityType;
use crate::model::{CoarseType, Relation};
use crate::rules::{RelationRule, Side, TypeFilter};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The title after an academy's name (中国工程院院士): the academy names a person's rank.
pub(crate) const ACADEMICIAN: &str = "院士";

/// What may stand before a sentence's subject: list numbering, a time phrase or a date
/// (2020年1月3日), a connective.
static SUBJECT_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\s\d|()（）一二三四五六七八九十、.．是]*(?:(?:(?:19|20)\d{2}\s*年)?(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?(?:以来|底|末|上半年|下半年)?)?[，,]?\s*(?:下步|下一步|同时|此外|目前|近日|日前|近年来|至此|今年以来|今年|去年|近期|当前|近年|截至目前)?[，,]?\s*$",
    )
    .unwrap()
});

/// Whether `c` is a Han character that [`SUBJECT_PREFIX`] can match: any other Han
/// character (or a Latin letter, which neither `\s` nor `\d` matches) rules a match out.
fn is_subject_prefix_han(c: char) -> bool {
    matches!(
        c,
        '一' | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '是'
            | '年'
            | '月'
            | '以'
            | '来'
            | '底'
            | '末'
            | '上'
            | '半'
            | '下'
            | '步'
            | '同'
            | '时'
            | '此'
            | '外'
            | '目'
            | '前'
            | '近'
            | '日'
            | '至'
            | '今'
            | '去'
            | '期'
            | '当'
            | '截'
    )
}

/// Whether an entity after `prefix` (the sentence up to it) is the sentence's subject;
/// a table cell (… | 我厅…) starts afresh.
fn is_subject_position(prefix: &str) -> bool {
    // Most cells end in a character the pattern never matches, right before the entity:
    // read back from it, that is told before the cell's start is found, without the regex.
    let foreign = |c: char| {
        c.is_ascii_alphabetic()
            || (('\u{4E00}'..='\u{9FFF}').contains(&c) && !is_subject_prefix_han(c))
    };
    let mut cell = prefix;
    for (i, c) in prefix.char_indices().rev() {
        if c == '|' {
            cell = &prefix[i + 1..];
            break;
        }
        if foreign(c) {
            return false;
        }
    }
    // Nothing before the entity is the common case, and the pattern's every part is optional.
    cell.is_empty() || SUBJECT_PREFIX.is_match(cell)
}

/// Whether the clause of a list of entities from `start` to `end` says more than the list
/// (某大学、某大学等36家单位加入, not 某大学、某大学等单位): two characters or more that no
/// mention, separator, count or kind word of a list is.
fn list_says_more(text: &str, start: usize, end: usize, mentions: &[Mention]) -> bool {
    let mut own = String::new();
    let mut at = start;
    for m in mentions.iter().filter(|m| m.start >= start && m.end <= end) {
        own.push_str(&text[at..m.start]);
        at = m.end;
    }
    own.push_str(&text[at..end]);
    let rest: String = (own.chars())
        .filter(|c| !c.is_ascii_digit() && !"、和与及等家个所批多余".contains(*c))
        .collect();
    let rest = ["单位", "高校", "院所", "企业", "机构"]
        .iter()
        .fold(rest, |rest, kind| rest.replace(kind, ""));
    rest.chars().nth(1).is_some()
}

/// The subject of a sentence that opens with its purpose (为贯彻落实某某部署，A决定…):
/// the first entity of the next clause, if nothing but a subject's prefix is before it.
fn after_purpose<'m>(text: &str, start: usize, mentions: &'m [Mention]) -> Option<&'m Mention> {
    // 为 or 为了 (to, in order to).
    if !text[start..].trim_start().starts_with('为') {
        return None;
    }
    let clause_end = start + text[start..].find('，')? + '，'.len_utf8();
    mentions
        .iter()
        .find(|m| m.start >= clause_end)
        .filter(|m| is_subject_position(&text[clause_end..m.start]))
}

/// The subject of a sentence that opens with how it was built (依托某大学建设的某实验室，
/// 联合…; 由某市政府与某大学共建的某研究院…): the first entity right after a 的 of the
/// opening clause.
fn after_builder<'m>(text: &str, start: usize, mentions: &'m [Mention]) -> Option<&'m Mention> {
    let opening = text[start..].trim_start();
    if !(opening.starts_with("依托") || opening.starts_with('由')) {
        return None;
    }
    mentions
        .iter()
        .take_while(|m| !text[start..m.start].contains(is_clause_break))
        .find(|m| text[..m.start].ends_with('的'))
}

/// Where 关于 ("about", after the issuers in a notice's title) first occurs in a text: a
/// searcher built once (a `str` search builds its own each time).
pub(crate) fn find_about(text: &str) -> Option<usize> {
    static ABOUT: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("关于"));
    ABOUT.find(text.as_bytes())
}

/// What joins agents acting together: a list separator, or a word joining a co-agent
/// (科技部、教育部决定…, 省科协联合省委人才办组建…).
const JOINERS: [&str; 6] = ["、", "联合", "会同", "携手", "与", "和"];

/// The word that pairs the agents listed before a trigger with the names listed after it,
/// one by one (A、B分别落户X和Y).
const RESPECTIVELY: &str = "分别";

/// Adverbs between an agent and the word joining a co-agent (某厅将会同某厅…).
const JOINING_ADVERBS: [&str; 9] = ["将", "还", "也", "已", "又", "并", "则", "积极", "主动"];

/// Clause separators within a sentence.
fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':')
}

/// Where the clause that `text` ends in starts: after its last clause separator, else 0.
/// (A byte search: '，' and '：' are EF BC 8C and EF BC 9A, and a byte BC between EF and
/// 8C or 9A is the middle of one of them.)
fn clause_start(text: &str) -> usize {
    let bytes = text.as_bytes();
    memchr::memrchr3_iter(b',', b':', 0xBC, bytes)
        .find_map(|i| match bytes[i] {
            b',' | b':' => Some(i + 1),
            _ => (i >= 1 && bytes[i - 1] == 0xEF && matches!(bytes.get(i + 1), Some(0x8C | 0x9A)))
                .then_some(i + 2),
        })
        .unwrap_or(0)
}

/// Words of what is done together (合作, 共建 …): after 与 they make its object a partner.
const TOGETHER: [&str; 8] = [
    "合作", "共建", "联合", "携手", "签署", "签订", "共同", "协同",
];

/// What may stand between two items of a list.
fn is_list_separator(gap: &str) -> bool {
    // (Quoted names keep their marks outside the mention: “某计划”和“某工程”.)
    let gap = gap
        .trim()
        .trim_start_matches(['”', '》'])
        .trim_end_matches(['“', '《']);
    gap.is_empty() || ["、", "和", "与", "及", "以及", ",", "，", "或"].contains(&gap)
}

/// Whether `gap` closes a program of a list with the count of its projects and a 、
/// (获批国家重点研发计划项目20项、国家自然科学基金项目300项: 项目20项、).
fn is_count_separator(gap: &str) -> bool {
    let Some(rest) = gap.strip_suffix('、') else {
        return false;
    };
    let rest = [
        "重大项目",
        "重点项目",
        "项目（课题）",
        "项目(课题)",
        "项目",
        "课题",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w))
    .unwrap_or(rest);
    let number = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    number.len() < rest.len() && ["余项", "多项", "项", "个"].contains(&number)
}

/// Applies the relation rules to every sentence. (Kept out of line, as a stage of its
/// own in profiles; it runs once per document.)
#[inline(never)]
pub(crate) fn find(
    extractor: &Extractor,
    doc: &Document,
    context: &Context,
    mentions: &[Mention],
    scan: &Scan,
    table: &mut EntityTable,
    out: &mut Vec<FoundRelation>,
) {
    titles(extractor, context, table, out);
    let table = &*table;
    let text = &doc.text;
    place_written_before(text, mentions, table, out);
    let issuer = context
        .issuer
        .as_ref()
        .and_then(|(name, t)| table.find(name, t.coarse()))
        .or_else(|| signer(doc, mentions, table));
    let region = context.region.and_then(|r| {
        let e = extractor.lexicon.get(r);
        table.find(&e.name, e.entity_type.coarse())
    });
    let own_region = extractor.rules.facts.own_region.as_slice();
    // Each rule's triggers over the whole body at once, where that finds what a search
    // of each sentence would (see `whole_text_triggers`): from the document's automaton
    // pass when they are plain words, else by the rule's regex.
    // The title states relations as a sentence does (某公司获批建设某中心), ahead of the body.
    let title = super::title_start(doc)
        .zip(doc.metadata.title.as_deref())
        .map(|(start, title)| start..start + title.len());
    let body = title
        .as_ref()
        .map(|t| t.start)
        .or(doc.sentences.first().map(|s| s.start))
        .unwrap_or(text.len());
    let scanned: Vec<Option<Vec<Range<usize>>>> = (extractor.rules.relations.iter())
        .zip(&extractor.whole_text_triggers)
        .zip(extractor.entity_prefilter.relation_triggers(scan, body))
        .map(|((rule, &whole), words)| {
            words.or_else(|| {
                whole.then(|| {
                    (rule.trigger.find_iter(&text[body..]))
                        .map(|m| body + m.start()..body + m.end())
                        .collect()
                })
            })
        })
        .collect();
    let mut cursors = vec![0; scanned.len()];
    let mut triggers = Vec::new();
    let (mut heads, mut tails) = (Vec::new(), Vec::new());
    let mut first = 0;
    // The subject of the paragraph's first sentence with entities, for later sentences that leave it
    // implicit (我厅非常重视…。2023年，批复同意创建…).
    let mut carried: Option<usize> = None;
    // The two parties of the last cooperation found, for a later 双方.
    let mut parties: Option<[usize; 2]> = None;
    let mut topic_read = false;
    let mut paragraph_start = usize::MAX;
    let title = title.map(|t| (t.clone(), t.start));
    for (sentence, line_start) in title.into_iter().chain(doc.sentences_with_line_starts()) {
        let sentence = &sentence;
        if line_start != paragraph_start {
            paragraph_start = line_start;
            carried = None;
            topic_read = false;
        }
        while first < mentions.len() && mentions[first].start < sentence.start {
            first += 1;
        }
        let mut last = first;
        while last < mentions.len() && mentions[last].end <= sentence.end {
            last += 1;
        }
        // 中国工程院院士某某领衔的团队落户…: a body that names an academician's title is no
        // party to the sentence.
        let titled: Vec<Mention>;
        let in_sentence = match &mentions[first..last] {
            all if holds(&text[sentence.clone()], ACADEMICIAN) => {
                titled = (all.iter())
                    .filter(|m| !text[m.end..].starts_with(ACADEMICIAN))
                    .cloned()
                    .collect();
                &titled[..]
            }
            all => all,
        };
        if in_sentence.is_empty() {
            continue;
        }
        // (A place written right before a body's name is part of how it is named: 佛山仙湖
        // 实验室 opens with the laboratory, not with 佛山.)
        let opening = match in_sentence {
            [place, body, ..]
                if place.end == body.start
                    && table.entities[place.entity].entity_type.coarse() == CoarseType::Place
                    && table.entities[body.entity].entity_type.coarse()
                        == CoarseType::Organization =>
            {
                Some((place.start, body))
            }
            _ => in_sentence.first().map(|m| (m.start, m)),
        };
        let subject_mention = opening
            .filter(|&(start, _)| is_subject_position(&text[sentence.start..start]))
            .map(|(_, m)| m)
            .or_else(|| after_purpose(text, sentence.start, in_sentence))
            .or_else(|| after_builder(text, sentence.start, in_sentence));
        let subject = subject_mention.map(|m| m.entity);
        let implicit = subject.or(carried);
        if !topic_read {
            topic_read = true;
            carried = subject.filter(|_| !subject_is_built(text, in_sentence));
        }
        // Rules whose agents 由 (or their marker) names need it in the sentence (the
        // skipped matches of their triggers are passed over with the next sentence's).
        let names_agents = |marker: &str| holds(&text[sentence.clone()], marker);
        for (r, rule) in extractor.rules.relations.iter().enumerate() {
            // A whole-text rule whose next match starts after the sentence has no
            // trigger in it (its matches are sorted).
            let after =
                |m: &[Range<usize>]| m.get(cursors[r]).is_none_or(|m| m.start >= sentence.end);
            if scanned[r].as_deref().is_some_and(after)
                || (rule.head == Side::By && !names_agents(&rule.marker))
            {
                continue;
            }
            sentence_triggers(
                rule,
                scanned[r].as_deref(),
                &mut cursors[r],
                text,
                sentence,
                &mut triggers,
            );
            for &Range {
                start: t_start,
                end: t_end,
            } in &triggers
            {
                // A trigger inside an entity name is part of the name, not a trigger; nor is
                // one right after a word that cancels it (组织申报).
                if in_sentence
                    .iter()
                    .any(|m| m.start < t_end && t_start < m.end)
                    || (rule.not_after.iter()).any(|w| text[..t_start].ends_with(w.as_str()))
                {
                    continue;
                }
                side(
                    &mut heads,
                    rule,
                    rule.head,
                    &rule.head_types,
                    text,
                    t_start,
                    t_end,
                    in_sentence,
                    table,
                    &extractor.rules.stop_words,
                    Implicit {
                        issuer,
                        region,
                        parties,
                        own_region,
                    },
                    (subject_mention, implicit),
                );
                // Without a head there is no relation: the tail is not looked for.
                if heads.is_empty() {
                    continue;
                }
                // A、B联合印发…: the heads act together, unless a partner follows the
                // trigger (A、B联合C…, which the rule with a tail on the right reads).
                // (Only heads written right before the trigger, 等 or 等单位 at most
                // between, act together: not those of 某企业、某企业等企业与高校联合…, nor of
                // 某公司、某公司等企业牵头组建创新联合体. And those a joiner opens the list
                // with, 与A、B等共同打造…, are the partners of an agent named before, not of
                // each other.)
                if rule.tail == Side::Among {
                    let before = |e: usize| {
                        (in_sentence.iter().rev()).find(|m| m.end <= t_start && m.entity == e)
                    };
                    let (Some(first), Some(last)) = (
                        heads.first().and_then(|&e| before(e)),
                        heads.last().and_then(|&e| before(e)),
                    ) else {
                        continue;
                    };
                    let gap = &text[last.end..t_start];
                    // (Or where they act: 某委、某局和某厅在天津共同签署….)
                    let close = gap.is_empty()
                        || (gap.starts_with(['等', '在'])
                            && gap.chars().nth(AMONG_GAP).is_none()
                            && !holds_any(gap, &['与', '和', '同']));
                    let partners = JOINERS[1..]
                        .iter()
                        .any(|w| text[..first.start].ends_with(w));
                    if heads.len() < 2 || !close || partners {
                        continue;
                    }
                    side(
                        &mut tails,
                        rule,
                        Side::Right,
                        &rule.tail_types,
                        text,
                        t_start,
                        t_end,
                        in_sentence,
                        table,
                        &extractor.rules.stop_words,
                        Implicit {
                            issuer,
                            region,
                            parties,
                            own_region,
                        },
                        (subject_mention, implicit),
                    );
                    if !tails.is_empty() {
                        continue;
                    }
                    for (i, &head) in heads.iter().enumerate() {
                        for &tail in &heads[i + 1..] {
                            if head != tail {
                                parties = Some([head, tail]);
                                out.push(FoundRelation {
                                    head,
                                    relation: rule.relation,
                                    tail,
                                    evidence: Some(sentence.clone()),
                                });
                            }
                        }
                    }
                    continue;
                }
                // A、B分别落户X和Y: each head goes with the tail in its place in the list
                // after the trigger (and only the first with the first where the two
                // lists differ in length, as when a name of the list is not known).
                let respectively = heads.len() > 1
                    && matches!(rule.tail, Side::Right | Side::RightList)
                    && text[..t_start].ends_with(RESPECTIVELY);
                side(
                    &mut tails,
                    rule,
                    if respectively {
                        Side::RightList
                    } else {
                        rule.tail
                    },
                    &rule.tail_types,
                    text,
                    t_start,
                    t_end,
                    in_sentence,
                    table,
                    &extractor.rules.stop_words,
                    Implicit {
                        issuer,
                        region,
                        parties,
                        own_region,
                    },
                    (subject_mention, implicit),
                );
                if respectively {
                    // (One name after the trigger goes with every head, A、B分别获批某基金
                    // 项目182项、96项, unless it opens a list of names not all known: A、B分别
                    // 与某公司、某集团合作.)
                    let opens_list = |tail: usize| {
                        (in_sentence.iter())
                            .find(|m| m.start >= t_end && m.entity == tail)
                            .is_some_and(|m| {
                                let rest = &text[m.end..];
                                let clause = &rest
                                    [..find_any(rest, &['，', '。', '；']).unwrap_or(rest.len())];
                                // (Not a list of counts: 项目182项、96项.)
                                rest.starts_with(['和', '与', '及'])
                                    || clause.match_indices('、').any(|(i, _)| {
                                        !clause[i + '、'.len_utf8()..]
                                            .starts_with(|c: char| c.is_ascii_digit())
                                    })
                            })
                    };
                    let tails = match tails[..] {
                        [tail] if !opens_list(tail) => vec![tail; heads.len()],
                        _ => tails.clone(),
                    };
                    let paired = if heads.len() == tails.len() {
                        heads.len()
                    } else {
                        1
                    };
                    for (&head, &tail) in heads.iter().zip(&tails).take(paired) {
                        if head != tail {
                            out.push(FoundRelation {
                                head,
                                relation: rule.relation,
                                tail,
                                evidence: Some(sentence.clone()),
                            });
                        }
                    }
                    continue;
                }
                // A与B分别牵头…: the two act each on their own.
                if rule.relation == Relation::CooperatesWith
                    && acts_separately(text, t_end, in_sentence, &tails)
                {
                    continue;
                }
                // A、B共建A某研究院、B某研究院: a builder named inside what is built builds
                // only what names it.
                let name = |e: usize| table.entities[e].name.as_str();
                let named_in = |head: usize, tail: usize| name(tail).contains(name(head));
                let builds = |head: usize, tail: usize| {
                    rule.relation != Relation::Establishes
                        || tails.len() < 2
                        || named_in(head, tail)
                        || !tails.iter().any(|&t| named_in(head, t))
                };
                for &head in &heads {
                    for &tail in &tails {
                        if head != tail && builds(head, tail) {
                            if rule.relation == Relation::CooperatesWith {
                                parties = Some([head, tail]);
                            }
                            out.push(FoundRelation {
                                head,
                                relation: rule.relation,
                                tail,
                                evidence: Some(sentence.clone()),
                            });
                        }
                    }
                }
            }
        }
    }
}

/// Whether the trigger of each rule may be searched for in the whole text at once
/// instead of sentence by sentence. For a pattern that tests no context (no anchors or
/// word boundaries) and matches no empty string, a match of the whole text that lies
/// inside a sentence is exactly a match of a search of the sentence, as long as no match
/// of the whole text straddles the sentence's start or end ([`sentence_triggers`] checks
/// that).
pub(crate) fn whole_text_triggers(rules: &[RelationRule]) -> Vec<bool> {
    rules
        .iter()
        .map(|rule| {
            let pattern = rule.trigger.as_str();
            let hir = regex_syntax::Parser::new().parse(pattern);
            hir.is_ok_and(|hir| hir.properties().look_set().is_empty())
                && !rule.trigger.is_match("")
        })
        .collect()
}

/// The words of a trigger that is a plain alternation of words (支持|资助|扶持), in the
/// pattern's order; `None` for a trigger that uses any other regex syntax or may match
/// the empty string. Such a trigger's matches are found by the document's one automaton
/// pass ([`super::entities::RulePrefilter::relation_triggers`]).
pub(crate) fn trigger_words(pattern: &str) -> Option<Vec<&str>> {
    const SYNTAX: [char; 13] = [
        '\\', '.', '+', '*', '?', '(', ')', '[', ']', '{', '}', '^', '$',
    ];
    if pattern.contains(SYNTAX) {
        return None;
    }
    let words: Vec<&str> = pattern.split('|').collect();
    words.iter().all(|w| !w.is_empty()).then_some(words)
}

/// The triggers of `rule` in `sentence`, into `out`: from the matches of the whole text
/// (`scanned`, from `cursor` on; the cursor moves past those before the sentence) when
/// the rule's search is whole-text and none straddles the sentence's bounds, else from a
/// search of the sentence.
fn sentence_triggers(
    rule: &RelationRule,
    scanned: Option<&[Range<usize>]>,
    cursor: &mut usize,
    text: &str,
    sentence: &Range<usize>,
    out: &mut Vec<Range<usize>>,
) {
    out.clear();
    if let Some(matches) = scanned {
        while matches
            .get(*cursor)
            .is_some_and(|m| m.end <= sentence.start)
        {
            *cursor += 1;
        }
        let mut inside = true;
        for m in matches[*cursor..]
            .iter()
            .take_while(|m| m.start < sentence.end)
        {
            if m.start < sentence.start || m.end > sentence.end {
                inside = false;
                break;
            }
            out.push(m.clone());
        }
        if inside {
            return;
        }
        out.clear();
    }
    let found = rule.trigger.find_iter(&text[sentence.clone()]);
    out.extend(found.map(|m| sentence.start + m.start()..sentence.start + m.end()));
}

/// An institution written right after a place (深圳鹏城实验室, 佛山季华实验室) lies in it,
/// as a name that begins with its place does; so does one with its city in brackets
/// right after it (清华大学海峡研究院（厦门市）).
fn place_written_before(
    text: &str,
    mentions: &[Mention],
    table: &EntityTable,
    out: &mut Vec<FoundRelation>,
) {
    for pair in mentions.windows(2) {
        let (first, second) = (&pair[0], &pair[1]);
        // (Mentions may nest: a title's inside its policy's.)
        let Some(between) = text.get(first.end..second.start) else {
            continue;
        };
        let (place, institution) = if between.is_empty() {
            (first, second)
        } else if matches!(between, "（" | "(") && text[second.end..].starts_with(['）', ')']) {
            (second, first)
        } else {
            continue;
        };
        if place.entity == institution.entity {
            continue;
        }
        // (And a town the lexicon does not know, after its county: 温岭市箬横镇.)
        let record = &table.entities[institution.entity];
        let located = matches!(
            record.entity_type,
            EntityType::ResearchInstitute
                | EntityType::University
                | EntityType::Enterprise
                | EntityType::Association
                | EntityType::Facility
        ) || (record.entity_type == EntityType::AdministrativeRegion
            && record.lexicon.is_none()
            && between.is_empty());
        if located && table.entities[place.entity].entity_type == EntityType::AdministrativeRegion {
            out.push(FoundRelation {
                head: institution.entity,
                relation: Relation::LocatedIn,
                tail: place.entity,
                evidence: Some(first.start..second.end),
            });
        }
    }
}

/// Whether 在 names the place `m` is, alone or in a list of places (在青岛、威海两地).
fn named_by_zai(text: &str, m: &Mention, mentions: &[Mention]) -> bool {
    let mut start = m.start;
    loop {
        let before = &text[..start];
        if before.ends_with('在') {
            return true;
        }
        let Some(rest) = before
            .strip_suffix('、')
            .or_else(|| before.strip_suffix('和'))
            .or_else(|| before.strip_suffix('及'))
        else {
            return false;
        };
        match mentions.iter().find(|p| p.end == rest.len()) {
            Some(p) => start = p.start,
            None => return false,
        }
    }
}

/// The body that signs a notice: the first line of the body that is one government
/// body's name and nothing else (温州市科学技术局 above the date).
fn signer(doc: &Document, mentions: &[Mention], table: &EntityTable) -> Option<usize> {
    mentions
        .iter()
        .filter(|m| m.start >= doc.body_start)
        .find(|m| {
            // Alone on its line: only white space back to the previous line break and on
            // to the next (each scan stops at the first other character).
            let alone_before = doc.text[..m.start]
                .chars()
                .rev()
                .take_while(|&c| c != '\n')
                .all(char::is_whitespace);
            let alone_after = doc.text[m.end..]
                .chars()
                .take_while(|&c| c != '\n')
                .all(char::is_whitespace);
            table.entities[m.entity].entity_type == EntityType::GovernmentBody
                && alone_before
                && alone_after
        })
        .map(|m| m.entity)
}

/// Issuers named by policy titles: 科技部关于印发《X》的通知 is issued by 科技部, and so is X;
/// 中共上海市委、上海市人民政府关于…的意见 by both bodies.
fn titles(
    extractor: &Extractor,
    context: &Context,
    table: &mut EntityTable,
    out: &mut Vec<FoundRelation>,
) {
    let policies: Vec<usize> = (0..table.entities.len())
        .filter(|&i| table.entities[i].entity_type.coarse() == CoarseType::Policy)
        .collect();
    for &policy in &policies {
        // The titles that name an issuer (before 关于); the steps below add no forms to
        // a policy.
        let titles: Vec<String> = forms(&table.entities[policy])
            .map(super::cleaned)
            .filter(|title| find_about(title).is_some())
            .map(|title| title.into_owned())
            .collect();
        for title in titles {
            let Some(about) = find_about(&title) else {
                continue;
            };
            // The issuers: bodies listed before 关于, separated by 、.
            let mut issuers = Vec::new();
            let mut body = |part: &str| {
                let known = table.entities.iter().position(|e| {
                    e.entity_type.coarse() == CoarseType::Organization
                        && (e.name == part || e.aliases.contains(part))
                });
                known.or_else(|| {
                    let (name, t) = super::entities::resolve_standalone(extractor, context, part)?;
                    (t.coarse() == CoarseType::Organization).then(|| {
                        let i = table.add(&name, t, None, None);
                        table.entities[i].aliases.insert(part.to_owned());
                        i
                    })
                })
            };
            for part in title[..about].split(['、', '，', ',']) {
                if part.is_empty() {
                    continue;
                }
                match body(part) {
                    Some(b) => issuers.push(b),
                    // Joint issuers written side by side (科技部 教育部, the space gone
                    // from the name): the longest body each part of it starts with.
                    None => {
                        let is_body = |s: &str| {
                            super::entities::resolve_standalone(extractor, context, s)
                                .is_some_and(|(_, t)| t.coarse() == CoarseType::Organization)
                        };
                        let mut bodies = Vec::new();
                        let mut rest = part;
                        while let Some(end) = (rest.char_indices().rev())
                            .map(|(i, c)| i + c.len_utf8())
                            .find(|&e| e >= 6 && is_body(&rest[..e]))
                        {
                            bodies.push(&rest[..end]);
                            rest = &rest[end..];
                        }
                        if rest.is_empty() && bodies.len() > 1 {
                            issuers.extend(bodies.into_iter().filter_map(&mut body));
                        }
                    }
                }
            }
            if issuers.is_empty() {
                continue;
            }
            // The policy it hands out: 关于印发X的通知.
            let rest = &title[about + "关于".len()..];
            let shared = &*table;
            let issued: Vec<usize> = ["印发", "转发", "发布"]
                .iter()
                .filter_map(|w| rest.strip_prefix(w))
                .flat_map(|inner| {
                    policies.iter().copied().filter(move |&p| {
                        p != policy
                            && forms(&shared.entities[p]).any(|n| {
                                let n = super::cleaned(n);
                                !n.is_empty() && inner.starts_with(&*n)
                            })
                    })
                })
                .collect();
            let evidence = table.entities[policy].mentions.first();
            for &body in &issuers {
                for &p in std::iter::once(&policy).chain(&issued) {
                    out.push(FoundRelation {
                        head: p,
                        relation: Relation::IssuedBy,
                        tail: body,
                        evidence: evidence.cloned(),
                    });
                }
            }
            // 关于支持B建设C的函: the issuers support B and C, which B establishes.
            let Some(after) = rest.strip_prefix("支持") else {
                continue;
            };
            let supporter =
                |t: EntityType| matches!(t.coarse(), CoarseType::Place | CoarseType::Organization);
            let Some((supported, len)) = leading_entity(shared, after, supporter) else {
                continue;
            };
            let built = ["建设", "创建", "设立"]
                .iter()
                .find_map(|w| after[len..].strip_prefix(w))
                .and_then(|built| {
                    leading_entity(shared, built, |t| {
                        t == EntityType::Zone
                            || matches!(t.coarse(), CoarseType::Organization | CoarseType::Facility)
                    })
                })
                .map(|(built, _)| built);
            let mut add = |head, relation, tail| {
                out.push(FoundRelation {
                    head,
                    relation,
                    tail,
                    evidence: evidence.cloned(),
                })
            };
            for &body in &issuers {
                for tail in std::iter::once(supported).chain(built) {
                    add(body, Relation::Supports, tail);
                }
            }
            if let Some(built) = built {
                add(supported, Relation::Establishes, built);
            }
        }
    }
}

/// The entity whose name or alias `text` begins with (the longest, of a type `accept`
/// takes), and that form's length in bytes.
fn leading_entity(
    table: &EntityTable,
    text: &str,
    accept: impl Fn(EntityType) -> bool,
) -> Option<(usize, usize)> {
    (table.entities.iter().enumerate())
        .filter(|(_, e)| accept(e.entity_type))
        .flat_map(|(i, e)| forms(e).map(move |form| (i, form.len(), form)))
        .filter(|&(_, len, form)| len > 0 && text.starts_with(form))
        .max_by_key(|&(i, len, _)| (len, std::cmp::Reverse(i)))
        .map(|(i, len, _)| (i, len))
}

/// The mention that ends right before `start` with only one of the [`JOINERS`] between
/// them.
/// A mention after 的 is what a clause before it describes (某大学牵头组建的某中心、某公司…),
/// not an agent listed with the next one.
fn joined_before<'m>(text: &str, start: usize, mentions: &'m [Mention]) -> Option<&'m Mention> {
    // (A place's short name may be written right before the name: 天府新区与重庆两江新区.)
    let start = (mentions.iter())
        .find(|m| {
            m.end == start
                && text[m.start..m.end].chars().nth(3).is_none()
                && !text[..m.start].ends_with('的')
        })
        .map_or(start, |m| m.start);
    let before = &text[..start];
    let joiner = JOINERS.iter().find(|w| before.ends_with(**w))?;
    let mut end = start - joiner.len();
    // 省科技厅将会同省财政厅…: an adverb may stand between the agent and a joining word.
    if *joiner != JOINERS[0] {
        if let Some(adverb) = (JOINING_ADVERBS.iter()).find(|a| text[..end].ends_with(**a)) {
            end -= adverb.len();
        }
    }
    // (A short form in brackets may close the name: 某研究所（以下简称某所）联合….)
    let bracket_end = text[..end].strip_suffix(['）', ')']).map(str::len);
    mentions
        .iter()
        .find(|m| m.end == end || Some(m.end) == bracket_end)
        .filter(|m| !text[..m.start].ends_with('的'))
}

/// Verbs of setting something up: between a cooperation word and an entity (联合设立某
/// 实验室), they make the entity what is set up, not a partner.
const BUILDING_VERBS: [&str; 7] = ["设立", "建设", "组建", "成立", "共建", "创建", "打造"];

/// Verbs whose agent enables others' acts (支持与某大学联合…, 鼓励联合…): the agent of
/// the act right after them is unnamed.
const ENABLING_VERBS: [&str; 5] = ["支持", "鼓励", "引导", "推动", "促进"];

/// Kinds of agent that, written right before 与, are who cooperates (组织企业与某大学…).
const AGENT_KINDS: [&str; 6] = ["企业", "高校", "院所", "机构", "单位", "团队"];

/// Most characters between a name and the kind of agent after it that stands for it
/// (长虹等龙头企业, 某大学机器人团队).
const KIND_GAP: usize = 6;

/// Whether the clause of `at` opens with a word for the document's own region, as its
/// agent: one of `own_region` (全省, 我区: `facts.own_region`) or 自治区 (自治区先后组建…).
/// (Not as part of a name: the caller found no mention there.)
fn region_word_opens_clause(text: &str, at: usize, own_region: &[String]) -> bool {
    let clause = &text[clause_opening(text, at)..at];
    clause.starts_with(super::entities::AUTONOMOUS_REGION)
        || own_region.iter().any(|w| clause.starts_with(w.as_str()))
}

/// Whether the sentence's first entity, with those listed after it, is what is built or
/// what receives (兰白试验区、兰白示范区建设深入推进, 某公司获批国家企业技术中心), not who
/// acts: it is no agent for later sentences.
fn subject_is_built(text: &str, in_sentence: &[Mention]) -> bool {
    let Some(mut last) = in_sentence.first() else {
        return false;
    };
    for m in &in_sentence[1..] {
        if m.start < last.end || !is_list_separator(&text[last.end..m.start]) {
            break;
        }
        last = m;
    }
    let after = &text[last.end..];
    ["建设", "获批", "获评", "入选", "荣获", "获得", "通过"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// Whether the names of `tails` listed after the trigger ending at `t_end` are followed by
/// 分别 or 各自 (A与B分别牵头实施…): what the list does, each does on its own, unless it
/// is done with each of them ([`PAIRWISE_ACTS`]).
fn acts_separately(text: &str, t_end: usize, in_sentence: &[Mention], tails: &[usize]) -> bool {
    let rest = &text[t_end..];
    let clause_end = t_end + find_any(rest, &['，', '。', '；']).unwrap_or(rest.len());
    let last = (in_sentence.iter())
        .filter(|m| m.start >= t_end && m.end <= clause_end && tails.contains(&m.entity))
        .map(|m| m.end)
        .max();
    last.is_some_and(|end| {
        let after = text[end..].trim_start_matches('等');
        let Some(act) = (after.strip_prefix(RESPECTIVELY)).or(after.strip_prefix("各自")) else {
            return false;
        };
        // (某局与某大学、某学院分别签订合作协议: to sign or build with each is to cooperate
        // with each.)
        let act = &act[..find_any(act, &['，', '。', '；']).unwrap_or(act.len())];
        !PAIRWISE_ACTS.iter().any(|w| act.contains(w))
    })
}

/// Acts done with each partner of a list in turn (分别签订合作协议): they still cooperate.
const PAIRWISE_ACTS: [&str; 5] = ["签订", "签署", "签约", "合作", "共建"];

/// Whether the clause of `at` opens at most four characters before it, or opens with a
/// co-agent (联合某某等共同组建…: the speaker joined by others).
fn opens_clause(text: &str, at: usize) -> bool {
    // (A time phrase is no word before it: 2024年要深入实施….)
    let clause = super::facts::strip_time(&text[clause_opening(text, at)..at]);
    clause.chars().nth(4).is_none() || JOINERS[1..].iter().any(|w| clause.starts_with(w))
}

/// Where the clause of `at` opens: after the last clause break or sentence end before it,
/// looked for at most [`MAX_CLAUSE_BYTES`] back (a text may run on without any).
fn clause_opening(text: &str, at: usize) -> usize {
    let from = super::chars::ceil_boundary(text, at.saturating_sub(MAX_CLAUSE_BYTES));
    (text[from..at].char_indices().rev())
        .find(|&(_, c)| is_clause_break(c) || matches!(c, '。' | '；' | ';' | '\n'))
        .map_or(from, |(i, c)| from + i + c.len_utf8())
}

/// Most characters between the last of the agents who act together and the trigger
/// (A、B等单位联合…, [`Side::Among`]).
const AMONG_GAP: usize = 6;

/// How far back [`clause_opening`] looks for the start of a clause.
const MAX_CLAUSE_BYTES: usize = 1024;

/// Whether the clause before `at` names its agent with 由 (该中心由某公司联合…组建).
fn clause_names_agent_with_you(text: &str, at: usize) -> bool {
    holds(&text[clause_opening(text, at)..at], "由")
}

/// How far back [`both_parties_act`] looks for 双方.
const MAX_PARTIES_BYTES: usize = 256;

/// Whether 双方 is the agent of the act at `at`: written before it in its sentence, and no
/// entity between them opens a clause of its own (根据协议，双方将共建…，联合建设…).
fn both_parties_act(text: &str, at: usize, mentions: &[Mention]) -> bool {
    let from = super::chars::ceil_boundary(text, at.saturating_sub(MAX_PARTIES_BYTES));
    let Some(found) = rfind_word(&text[from..at], "双方") else {
        return false;
    };
    let after = from + found + "双方".len();
    let between = &text[after..at];
    let sentence_ends = holds_any(between, &['。', '；', ';']) || between.contains('\n');
    !sentence_ends
        && !mentions
            .iter()
            .any(|m| m.start >= after && m.end <= at && text[..m.start].ends_with(is_clause_break))
}

/// Whether a co-agent word (会同, 联合, 携手, 与, 和) opens the clause right before
/// `start` (…，会同某局出台…): the sentence's subject is the one it joins.
fn joined_to_subject(text: &str, start: usize) -> bool {
    let clause = &text[clause_opening(text, start)..start];
    JOINERS[1..].contains(&clause)
}

/// The names an entity is written with: its canonical name, then its aliases.
fn forms(e: &EntityRecord) -> impl Iterator<Item = &str> {
    std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str))
}

fn fits(types: &[TypeFilter], t: EntityType) -> bool {
    types.is_empty() || types.iter().any(|f| f.accepts(t))
}

/// Nouns of money that an entity right before qualifies (某自创区专项资金): the entity is
/// then no object of the trigger.
const MONEY_NOUNS: [&str; 3] = ["专项资金", "资金", "基金"];

/// Most characters between the agents that 由 names and the trigger ([`Side::By`]:
/// 由某大学负责建设).
const BY_GAP: usize = 4;

/// Where the 由 (the rule's `marker`) that names the agents of the trigger's act lies: in
/// the trigger's clause, outside any mention, with a mention right after it (由某大学…, not
/// 自由贸易试验区 or 由于).
fn agent_you(text: &str, marker: &str, t_start: usize, mentions: &[Mention]) -> Option<usize> {
    let opening = clause_opening(text, t_start);
    let you = opening + text[opening..t_start].rfind(marker)?;
    let after = you + marker.len();
    mentions.iter().any(|m| m.start == after).then_some(you)
}

/// The entity that leads in the clause right before the one `at` is in: a mention there
/// right before 牵头 (某联合体，由某集团牵头，联合…; 支持某研究所牵头组建某联盟，联合…).
fn led_by<'m>(text: &str, at: usize, mentions: &'m [Mention]) -> Option<&'m Mention> {
    let opening = clause_opening(text, at);
    let before = text[..opening].strip_suffix(['，', ','])?;
    let start = clause_opening(text, before.len());
    let last = mentions.partition_point(|m| m.start < before.len());
    // (由某研究所（以下简称“某所”）牵头: the short form given in brackets between.)
    let leads = |m: &Mention| {
        let after = &text[m.end..before.len()];
        let after = (after.strip_prefix(['（', '(']))
            .filter(|note| SHORT_FORM_OPENERS[1..].iter().any(|o| note.starts_with(o)))
            .and_then(|note| note.split_once(['）', ')']))
            .map_or(after, |(_, rest)| rest);
        after.starts_with("牵头")
    };
    (mentions[..last].iter().rev())
        .take_while(|m| m.start >= start)
        .find(|m| m.end <= before.len() && leads(m))
}

/// Heads that end the name of a place or body (科创基地, 成果转化服务中心).
const NAME_HEADS: [&str; 11] = [
    "基地",
    "中心",
    "平台",
    "研究院",
    "研究所",
    "实验室",
    "科技园",
    "产业园",
    "创新港",
    "孵化器",
    "小镇",
];

/// Most characters of the rest of a longer name after a name it opens.
const NAME_REST_CHARS: usize = 12;

/// Where the longer name that `m` opens ends (bytes after `m`), when the text goes on
/// after it with Han characters up to the next list mark, ending in a head of a name
/// ([`NAME_HEADS`]) and holding no stop word nor another mention (西安交大科技创新港科创基地).
fn unknown_name_after(
    text: &str,
    m: &Mention,
    next: Option<&Mention>,
    stop_words: &[String],
) -> Option<usize> {
    let rest = &text[m.end..];
    let end = rest
        .find(|c: char| {
            !('\u{4e00}'..='\u{9fff}').contains(&c) || matches!(c, '、' | '等' | '和' | '与' | '及')
        })
        .unwrap_or(rest.len());
    let chunk = &rest[..end];
    (chunk.chars().nth(1).is_some()
        && chunk.chars().nth(NAME_REST_CHARS).is_none()
        && next.is_none_or(|n| n.start >= m.end + end)
        && NAME_HEADS.iter().any(|h| chunk.ends_with(h))
        && !stop_words.iter().any(|w| chunk.contains(w.as_str())))
    .then_some(end)
}

/// Most characters between the place that 在 names and the trigger ([`Side::At`]:
/// 在某高新区正式揭牌).
const AT_GAP: usize = 4;

/// Who may act where a sentence names no agent: the document's issuer and region, the two
/// parties of the last cooperation found (for 双方), and the words for the document's
/// region (全省, 我区: `facts.own_region`).
#[derive(Clone, Copy)]
struct Implicit<'a> {
    issuer: Option<usize>,
    region: Option<usize>,
    parties: Option<[usize; 2]>,
    own_region: &'a [String],
}

/// The entities that fill a rule's head or tail (`side`) around a trigger, into `out`;
/// `subject` is the sentence's subject, if its first entity is one, and `carried` the
/// paragraph's; `stop_words` (the entity rules') are words no name holds.
#[allow(clippy::too_many_arguments)]
fn side(
    out: &mut Vec<usize>,
    rule: &RelationRule,
    side: Side,
    types: &[TypeFilter],
    text: &str,
    t_start: usize,
    t_end: usize,
    mentions: &[Mention],
    table: &EntityTable,
    stop_words: &[String],
    Implicit {
        issuer,
        region,
        parties,
        own_region,
    }: Implicit<'_>,
    (subject, carried): (Option<&Mention>, Option<usize>),
) {
    out.clear();
    let type_of = |m: &Mention| table.entities[m.entity].entity_type;
    match side {
        // (Read by the caller, from the heads.)
        Side::Among => {}
        Side::Issuer => out.extend(issuer),
        Side::Region => out.extend(region),
        Side::Left => {
            // The last mention before the trigger (the mentions do not overlap).
            let last_before = mentions.iter().rev().find(|m| m.end <= t_start);
            // A与B: what stands right before a joining trigger is its head; a place there
            // (由某园区与某大学共同设立) leaves it without one, however many stand further left.
            if JOINERS.contains(&&text[t_start..t_end])
                && last_before.is_some_and(|m| m.end == t_start && !fits(types, type_of(m)))
            {
                return;
            }
            // 促成两家企业与某研究院签约: a kind of agent right before a joining trigger is
            // its head, unknown here, and not the sentence's subject (unless a name stands
            // a few words before it: 长虹等龙头企业与…, 某大学机器人团队联合…).
            let kind_of_named = last_before.is_some_and(|m| {
                let gap = &text[m.end..t_start];
                gap.chars().nth(KIND_GAP).is_none() && clause_start(gap) == 0
            });
            if JOINERS.contains(&&text[t_start..t_end])
                && !kind_of_named
                && AGENT_KINDS.iter().any(|k| text[..t_start].ends_with(k))
            {
                return;
            }
            // 推动其与某大学联合…: the one 其 stands for acts, unknown here, and not the
            // sentence's subject (尤其 is no pronoun).
            if text[..t_start].ends_with('其')
                && !["尤其", "极其", "与其", "及其"]
                    .iter()
                    .any(|w| text[..t_start].ends_with(w))
            {
                return;
            }
            // 中国工程院院士薛其坤获得…: a person right before the trigger (a title at most
            // between) acts, not the body their title names.
            if last_before.is_some_and(|m| {
                type_of(m) == EntityType::Person
                    && !fits(types, type_of(m))
                    && text[m.end..t_start].chars().nth(2).is_none()
            }) {
                return;
            }
            // The sentence's subject (its first entity, with nothing but numbering, a
            // time phrase or a connective before it, or the first of the clause after its
            // purpose), before the trigger.
            let subject = subject.filter(|m| m.end <= t_start && fits(types, type_of(m)));
            // The nearest fitting entity before the trigger, if no clause break lies between
            // them (the mentions are in order of their start: when the nearest one is in an
            // earlier clause, so are all before it).
            // (A place that 在 names is where, not who: 支持某公司在宜宾设立某研究院, 某大学在
            // 青岛、威海两地布局建设….)
            let where_not_who = |m: &Mention| {
                type_of(m).coarse() == CoarseType::Place && named_by_zai(text, m, mentions)
            };
            let nearest = mentions
                .iter()
                .rev()
                .filter(|m| !where_not_who(m))
                .find(|m| m.end <= t_start && fits(types, type_of(m)))
                .filter(|m| clause_start(&text[m.start..t_start]) == 0)
                // “推进A建设”“实施B”: quotations side by side are clauses apart.
                .filter(|m| !text[m.end..t_start].contains("”“"));
            // A place of another kind acting in the trigger's clause (支持成渝两地…合作共建…)
            // is the agent there, not the sentence's subject.
            let other_agent = nearest.is_none()
                && last_before.is_some_and(|m| {
                    type_of(m).coarse() == CoarseType::Place
                        && !where_not_who(m)
                        && clause_start(&text[m.start..t_start]) == 0
                        && subject.is_none_or(|s| s.entity != m.entity)
                });
            // (Nor is it where the trigger's clause opens with the region's word: 某厅发布
            // 消息，全省已布局建设…: the region acts.)
            let subject = subject.filter(|_| {
                !other_agent
                    && (nearest.is_some() || !region_word_opens_clause(text, t_start, own_region))
            });
            // 某所与某公司共建某工作站，位于某州: a clause that opens with where something
            // lies is about what the clause before ends with, if it is a name (位于某区的某
            // 孵化器 is about the name after, which another rule reads).
            let clause_opens = clause_opening(text, t_start);
            if rule.relation == Relation::LocatedIn
                && nearest.is_none()
                && clause_opens > 0
                && text[clause_opens..t_start].trim().is_empty()
            {
                let ends_clause = last_before.filter(|m| {
                    fits(types, type_of(m)) && text[m.end..clause_opens].chars().count() == 1
                });
                let modifies = mentions
                    .iter()
                    .find(|m| m.start >= t_end)
                    .is_some_and(|m| text[m.end..].starts_with('的'));
                // (A clause before that ends with a thing of a kind this reads not, 共建某
                // 工作站, leaves it unknown; one that ends with its verb, 由某大学牵头共建，位于
                // 某区, is about the sentence's subject.)
                let before = text[..clause_opens].trim_end_matches(['，', ',']);
                let unknown_thing = ["站", "中心", "基地", "平台", "园", "节点"]
                    .iter()
                    .any(|head| before.ends_with(head));
                match ends_clause {
                    _ if modifies => return,
                    Some(m) => {
                        out.push(m.entity);
                        return;
                    }
                    None if unknown_thing => return,
                    None => {}
                }
            }
            // 由某集团牵头，联合某大学…: who leads, in the clause before, acts in the next.
            let head = (nearest)
                .or_else(|| led_by(text, t_start, mentions).filter(|m| fits(types, type_of(m))))
                .or(subject)
                .map(|m| (m.end, m.entity));
            // 南京大学、东南大学承担…, 省科技厅会同省财政厅印发…: the entities listed or
            // joined right before the nearest one act too.
            if let Some(mut first) = nearest {
                while let Some(m) =
                    joined_before(text, first.start, mentions).filter(|m| fits(types, type_of(m)))
                {
                    out.push(m.entity);
                    first = m;
                }
                // 我局…，会同市财政局出台…: the subject acts with the bodies it joins.
                if let Some(s) =
                    subject.filter(|s| s.end <= first.start && s.entity != first.entity)
                {
                    if joined_to_subject(text, first.start) {
                        out.push(s.entity);
                    }
                }
                // 由某大学牵头，联合某集团共建…: who leads, in the clause before, acts with
                // those the clause joins.
                let opening = clause_opening(text, first.start);
                if opening > 0 && JOINERS[1..].contains(&&text[opening..first.start]) {
                    if let Some(lead) = led_by(text, first.start, mentions)
                        .filter(|m| fits(types, type_of(m)) && !out.contains(&m.entity))
                    {
                        out.push(lead.entity);
                    }
                }
                out.reverse();
            }
            match head {
                Some((end, entity)) => {
                    out.push(entity);
                    // 省科协联合省委人才办，组建…, 科技部、教育部决定…: the co-agent acts too,
                    // unless the trigger's clause opens with a partner of its own (某县政府与
                    // 某大学共建…，与某学院签订…).
                    let own_partner = nearest.is_none()
                        && JOINERS[1..]
                            .iter()
                            .any(|w| text[clause_opening(text, t_start)..].starts_with(w));
                    if let Some(word) = JOINERS
                        .iter()
                        .find(|w| text[end..].starts_with(**w))
                        .filter(|_| !own_partner)
                    {
                        let after = end + word.len();
                        // Not in a later clause where the subject leads (某公司与某大学建立
                        // 联合实验室，并牵头组建…: the company alone leads).
                        let leads = text[..t_start].ends_with("牵头")
                            || text[t_start..].starts_with("牵头");
                        if let Some(m) = mentions.iter().find(|m| {
                            m.start == after && m.end <= t_start && fits(types, type_of(m))
                        }) && (clause_start(&text[m.end..t_start]) == 0 || !leads)
                        {
                            out.push(m.entity);
                        }
                    }
                }
                // 该中心由某公司联合…: 由 names an agent, unknown here, not the paragraph's.
                None if other_agent || clause_names_agent_with_you(text, t_start) => {}
                // 双方将共建…: the two parties of the last agreement act.
                None if parties.is_some() && both_parties_act(text, t_start, mentions) => {
                    out.extend(parties.into_iter().flatten());
                }
                // 自治区先后组建…: the region that opens the clause acts, not the paragraph's
                // subject.
                // 支持与某大学联合建设…: those supported cooperate, not who supports them.
                None if rule.relation == Relation::CooperatesWith
                    && ENABLING_VERBS.iter().any(|v| text[..t_start].ends_with(v)) => {}
                // 组织企业与某大学开展对接: the kind named before 与 cooperates, not the
                // document's issuer.
                // (企业牵头，联合某大学申报: the kind that leads.)
                None if rule.relation == Relation::CooperatesWith && {
                    let before = text[..t_start].trim_end_matches(['，', ',']);
                    let led = before.strip_suffix("牵头").unwrap_or(before);
                    AGENT_KINDS.iter().any(|k| led.ends_with(k))
                } => {}
                None if region_word_opens_clause(text, t_start, own_region) => {
                    out.extend(region.filter(|&e| fits(types, table.entities[e].entity_type)))
                }
                // Where something lies is said of a thing of its own sentence: an agent
                // carried from an earlier one (研究院首期用地200亩，位于某新区) is no head.
                None => match carried
                    .filter(|_| rule.relation != Relation::LocatedIn)
                    .filter(|&e| fits(types, table.entities[e].entity_type))
                {
                    Some(e) => out.push(e),
                    // The document speaks for itself only where the trigger opens its clause
                    // or follows a word or two (批复同意创建…, 深入实施…); after a phrase
                    // that names no entity (支持新型研发机构与某大学…), that phrase is the
                    // agent.
                    None if !opens_clause(text, t_start) => {}
                    None if rule.implicit == Some(Side::Issuer) => out.extend(issuer),
                    None if rule.implicit == Some(Side::Region) => out.extend(region),
                    None => {}
                },
            }
        }
        Side::At => {
            // 在某地 right before the trigger, with at most a few words between
            // (在某高新区正式揭牌), and 在 right after an entity or opening the clause
            // (某实验室在…, not 某大学共建的“某中心”在…).
            // 在福建省宁德市建设: the places written one after the other name the last.
            let innermost = |first: usize| {
                let places = mentions[first..].iter().take_while(|m| m.end <= t_start);
                let mut last = &mentions[first];
                for m in places.skip(1) {
                    if m.start != last.end || type_of(m).coarse() != CoarseType::Place {
                        break;
                    }
                    last = m;
                }
                last
            };
            let at = (mentions.iter().enumerate().rev())
                .find(|(_, m)| m.end <= t_start && text[..m.start].ends_with('在'))
                .map(|(i, m)| (m, innermost(i)))
                .filter(|(_, last)| {
                    let gap = &text[last.end..t_start];
                    gap.chars().count() <= AT_GAP && clause_start(gap) == 0
                })
                .filter(|(m, _)| {
                    // The entity before 在 in its clause ends at most two characters
                    // or a time before it, or none is in the clause.
                    let zai = m.start - '在'.len_utf8();
                    let opening = clause_opening(text, zai);
                    let before = mentions.iter().rev().find(|b| b.end <= zai);
                    before.is_none_or(|b| {
                        b.end < opening
                            || text[b.end..zai].chars().nth(2).is_none()
                            // (Or a time between: 某研究院于2020年在某市落户.)
                            || super::facts::strip_time(&text[b.end..zai]).is_empty()
                    })
                })
                .map(|(_, last)| last)
                .filter(|m| fits(types, type_of(m)));
            out.extend(at.map(|m| m.entity));
        }
        Side::By => {
            let Some(you) = agent_you(text, &rule.marker, t_start, mentions) else {
                return;
            };
            let mut cursor = you + rule.marker.len();
            let listed = &mentions[mentions.partition_point(|m| m.start < cursor)..];
            for m in listed.iter().take_while(|m| m.end <= t_start) {
                let gap = &text[cursor..m.start];
                if !(gap.is_empty() || (!out.is_empty() && is_list_separator(gap))) {
                    break;
                }
                if fits(types, type_of(m)) {
                    out.push(m.entity);
                }
                cursor = m.end;
            }
            let rest = &text[cursor..t_start];
            if rest.chars().nth(BY_GAP).is_some() || clause_start(rest) != 0 {
                out.clear();
            }
        }
        Side::Patient => {
            let Some(you) = agent_you(text, &rule.marker, t_start, mentions) else {
                return;
            };
            // 由某大学牵头组建的某实验室: what follows 的 is the object of the trigger's
            // own rule, and the subject acts otherwise (某省政府批复同意由…).
            // (…由A牵头、B参与组建的某联合体: the same, further on in the clause.)
            let clause_after = text[t_end..]
                .split(['，', '。', '；', ',', ';'])
                .next()
                .unwrap_or("");
            if holds(clause_after, "的") {
                return;
            }
            // 某区依托某公司建设创新平台: words after the trigger are what is built, even
            // when no name is found there; the host's client stands bare before 依托
            // only when the trigger ends the clause (某实验室依托某大学建设，…).
            if rule.marker == "依托" && !(clause_after.is_empty() || clause_after.starts_with('而'))
            {
                return;
            }
            // 由某学院牵头实施某项目, 由某学院牵头运营: who leads some other act builds
            // nothing; a bare 牵头 builds only where it ends the clause (由某大学牵头，联合…).
            if &text[t_start..t_end] == "牵头" && !clause_after.is_empty() {
                return;
            }
            // 依托某研究院建设某中心: what the act yields follows it, and is the object of
            // the trigger's right-hand rule.
            let object_follows = (mentions.iter())
                .find(|m| m.start >= t_end)
                .is_some_and(|m| {
                    m.start < t_end + clause_after.len()
                        && text[t_end..m.start].chars().nth(2).is_none()
                });
            if object_follows {
                return;
            }
            let opening = clause_opening(text, you);
            let right_before = (mentions.iter().rev())
                .find(|m| m.end <= you)
                .filter(|m| m.end >= opening && text[m.end..you].chars().nth(2).is_none());
            // 建设东海实验室，由某市政府、某大学共建: 由 opening the clause of a sentence
            // without a subject names who built what ends the clause before.
            let before_mark = (mentions.iter().rev())
                .find(|m| m.end <= you)
                .filter(|m| opening == you && matches!(&text[m.end..you], "，" | ","));
            // 我局推动某研究院在某地揭牌成立，由某大学共建: what a government body that
            // opens the sentence acts on in the clause before (a body is seldom what others
            // build together).
            let acted_on = (subject
                .filter(|m| opening == you && type_of(m) == EntityType::GovernmentBody))
            .and_then(|subject| {
                let before = text[..opening].strip_suffix(['，', ','])?;
                let start = clause_opening(text, before.len()).max(subject.end);
                (mentions.iter())
                    .skip_while(|m| m.start < start)
                    .take_while(|m| m.end <= before.len())
                    .find(|m| m.entity != subject.entity && fits(types, type_of(m)))
            });
            let patient = right_before
                .or(acted_on)
                .or(subject.filter(|m| m.end < opening))
                .or(before_mark)
                .filter(|m| fits(types, type_of(m)));
            out.extend(patient.map(|m| m.entity));
        }
        Side::Modified => {
            let mut after = mentions.iter().skip_while(|m| m.start < t_end).peekable();
            let modified = after
                .next()
                .filter(|first| {
                    let gap = &text[t_end..first.start];
                    gap.chars().count() <= rule.max_gap && clause_start(gap) == 0
                })
                .map(|first| {
                    // (位于贵州省黔南州平塘县的某装置: the last of names written one after
                    // the other.)
                    let mut last = first;
                    while let Some(next) = after.next_if(|next| next.start == last.end) {
                        last = next;
                    }
                    last
                })
                .and_then(|last| {
                    let de = last.end + "的".len();
                    text[last.end..].starts_with('的').then_some(de)
                })
                .and_then(|de| after.find(|m| m.start >= de).filter(|m| m.start == de))
                .filter(|m| fits(types, type_of(m)));
            out.extend(modified.map(|m| m.entity));
        }
        Side::Right | Side::RightList => {
            let found = out;
            let mut cursor = t_end;
            let after_trigger = &mentions[mentions.partition_point(|m| m.start < t_end)..];
            for (k, m) in after_trigger.iter().enumerate() {
                let gap = &text[cursor..m.start];
                // (联合设立某实验室: what is set up together is no partner.)
                let builds = rule.relation == Relation::CooperatesWith
                    && BUILDING_VERBS.iter().any(|v| gap.contains(v));
                let allowed_gap = if found.is_empty() {
                    gap.chars().count() <= rule.max_gap
                        && !gap.chars().any(|c| is_clause_break(c) || c == '。')
                        && !builds
                } else {
                    is_list_separator(gap)
                        || (rule.relation == Relation::Undertakes && is_count_separator(gap))
                };
                // 成立由市政府主要负责同志任组长的领导小组: one that 由 names acts; it is
                // not what is acted on.
                if found.is_empty() && gap.ends_with('由') && rule.relation != Relation::IssuedBy {
                    break;
                }
                if !allowed_gap {
                    break;
                }
                // 组建的A、B牵头组建的C: an entity that the rule's trigger follows is the
                // agent of the next act, not a member of the list.
                let acts_next = !found.is_empty() && {
                    let next = after_trigger.get(k + 1).map_or(text.len(), |n| n.start);
                    let gap = &text[m.end..next.max(m.end)];
                    let clause = gap
                        .find(|c| is_clause_break(c) || c == '。')
                        .map_or(gap, |end| &gap[..end]);
                    rule.trigger.is_match(clause)
                };
                // (…，某大学与某大学联合开展研究: one that acts with a partner named right
                // after 与 or 和, when words follow the partner in the clause.)
                let acts_with = |k: usize, clause_len: usize| {
                    after_trigger.get(k + 1).is_some_and(|partner| {
                        let joined = partner.start == m.end + '与'.len_utf8();
                        let clause_end = m.end + clause_len;
                        joined
                            && partner.end < clause_end
                            && text[partner.end..clause_end].chars().nth(1).is_some()
                    })
                };
                // 获批建设A，B入选…: after a comma, an entity that a verb follows opens the
                // next clause.
                // (…共建某中心，某大学与某县共建某研究院: one that acts with a partner in
                // its own clause too.)
                // (…组建某联盟，某大学、某大学等36家单位加入: a list that words of its own
                // follow in its clause opens it too.)
                let starts_next_clause = !found.is_empty() && matches!(gap.trim(), "，" | ",") && {
                    let after = &text[m.end..];
                    let clause = after
                        .find(|c| is_clause_break(c) || c == '。')
                        .map_or(after, |end| &after[..end]);
                    !(after.is_empty()
                        || after.starts_with([
                            '、', '，', ',', '。', '；', ';', '等', '和', '与', '及',
                        ]))
                        || (after.starts_with(['与', '和'])
                            && (rule.trigger.is_match(clause) || acts_with(k, clause.len())))
                        || (after.starts_with(['、', '等'])
                            && list_says_more(text, m.end, m.end + clause.len(), after_trigger))
                };
                // 设立某自创区专项资金: the entity only qualifies the money.
                let qualifies_money = MONEY_NOUNS.iter().any(|w| text[m.end..].starts_with(w));
                // 推动科技成果在辽宁省落地: a place that 在 names is where the act happens,
                // not what it is done to.
                let where_it_happens =
                    rule.relation != Relation::LocatedIn && text[..m.start].ends_with('在');
                // 推动某市与某大学共建…: after 与, a partner in what the clause goes on to say
                // is done together, not one more of the list.
                let partner = !found.is_empty() && gap.trim() == "与" && {
                    let rest = &text[m.end..];
                    let clause = rest
                        .find(|c| is_clause_break(c) || c == '。')
                        .map_or(rest, |end| &rest[..end]);
                    TOGETHER.iter().any(|w| clause.contains(w))
                };
                if acts_next || starts_next_clause || qualifies_money || where_it_happens || partner
                {
                    break;
                }
                // 已建成某港、西安交大科技创新港科创基地等载体: a name that opens a longer one
                // the text does not know is no item of the list; the list goes on after it.
                if let Some(rest) =
                    unknown_name_after(text, m, after_trigger.get(k + 1), stop_words)
                {
                    cursor = m.end + rest;
                    continue;
                }
                if fits(types, type_of(m)) {
                    found.push(m.entity);
                    if side == Side::Right {
                        // 落户深圳坪山: of places written one after the other, the last.
                        if rule.relation == Relation::LocatedIn {
                            let mut last = m;
                            for next in &after_trigger[k + 1..] {
                                if next.start != last.end || !fits(types, type_of(next)) {
                                    break;
                                }
                                last = next;
                            }
                            *found.last_mut().expect("just pushed") = last.entity;
                        }
                        break;
                    }
                } else if !found.is_empty() || rule.relation == Relation::CooperatesWith {
                    // (A partner is the first name after 与: 与某高新区共建某研究院 names no
                    // organization as partner.)
                    break;
                }
                cursor = m.end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Extractor;
    use crate::document::Document;

    /// The relations of a small document as `head relation tail` lines, the structural
    /// ones (locatedIn, subOrganizationOf) left out.
    fn relations_of(text: &str) -> Vec<String> {
        all_relations_of(text)
            .into_iter()
            .filter(|r| !r.contains(" locatedIn ") && !r.contains(" subOrganizationOf "))
            .collect()
    }

    /// Every relation of a small document as a `head relation tail` line.
    fn all_relations_of(text: &str) -> Vec<String> {
        let extractor = Extractor::builtin().unwrap();
        (extractor
            .extract(&Document::from_text("t.txt", text))
            .relations
            .iter())
        .map(|r| format!("{} {} {}", r.head, r.relation, r.tail))
        .collect()
    }

    #[test]
    fn what_is_built_or_settles_in_a_place_written_after_it_is_located_there() {
        let r = all_relations_of(
            "江西省科技创新动态\n\n国家稀土功能材料创新中心在赣州经济技术开发区加快建设。中国科学院赣江创新研究院于2020年在赣州市落户。\n",
        );
        assert!(
            has(&r, "国家稀土功能材料创新中心 locatedIn 赣州经济技术开发区"),
            "{r:?}"
        );
        assert!(
            has(&r, "中国科学院赣江创新研究院 locatedIn 赣州市"),
            "{r:?}"
        );
    }

    #[test]
    fn every_title_of_a_list_issued_together_is_issued_by_each_issuer() {
        let r = relations_of(
            "广东省科技工作简报\n\n广东省科学技术厅会同广东省财政厅出台了《广东省科技计划项目管理办法》和《广东省科技创新券管理办法》。\n",
        );
        for policy in ["广东省科技计划项目管理办法", "广东省科技创新券管理办法"]
        {
            for body in ["广东省科学技术厅", "广东省财政厅"] {
                let wanted = format!("{policy} issuedBy {body}");
                assert!(has(&r, &wanted), "{wanted}: {r:?}");
            }
        }
    }

    #[test]
    fn a_list_after_a_comma_that_says_more_opens_its_own_clause() {
        let r = relations_of(
            "标题\n\n吉林省科学技术厅联合长春市人民政府，组建长春市新型研发机构联盟，吉林大学、长春理工大学等36家单位加入。浙江省科学技术厅支持之江实验室，浙江大学、西湖大学积极参与。\n",
        );
        assert!(
            has(&r, "吉林省科学技术厅 establishes 长春市新型研发机构联盟"),
            "{r:?}"
        );
        assert!(has(&r, "浙江省科学技术厅 supports 之江实验室"), "{r:?}");
        for wrong in [
            "吉林省科学技术厅 establishes 吉林大学",
            "长春市人民政府 establishes 长春理工大学",
            "浙江省科学技术厅 supports 浙江大学",
        ] {
            assert!(!has(&r, wrong), "{wrong}: {r:?}");
        }
        // (A list that only goes on is still the objects': 支持A，B、C等单位.)
        let r =
            relations_of("标题\n\n浙江省科学技术厅支持之江实验室，浙江大学、西湖大学等单位。\n");
        assert!(has(&r, "浙江省科学技术厅 supports 西湖大学"), "{r:?}");
    }

    #[test]
    fn an_agent_with_its_partner_after_a_comma_ends_the_list_of_what_is_built() {
        let r = relations_of(
            "标题\n\n浙江大学与龙泉市共建汽车空调零部件研究中心，浙江工业大学与缙云县共建装备制造技术研究院。\n",
        );
        assert!(
            has(&r, "浙江大学 establishes 汽车空调零部件研究中心"),
            "{r:?}"
        );
        assert!(
            has(&r, "浙江工业大学 establishes 装备制造技术研究院"),
            "{r:?}"
        );
        assert!(!has(&r, "浙江大学 establishes 浙江工业大学"), "{r:?}");
        assert!(!has(&r, "龙泉市 establishes 浙江工业大学"), "{r:?}");
    }

    #[test]
    fn a_name_opening_an_unknown_longer_one_is_no_item_of_the_list() {
        let r = relations_of(
            "标题\n\n西咸新区已建成中国西部科技创新港、西安交大科技创新港科创基地等载体。\n",
        );
        assert!(
            has(&r, "陕西西咸新区 establishes 中国西部科技创新港"),
            "{r:?}"
        );
        assert!(
            !r.iter().any(|x| x.ends_with("establishes 西安交通大学")),
            "{r:?}"
        );
    }

    #[test]
    fn who_leads_with_a_short_form_in_brackets_joins_the_co_agents() {
        let r = relations_of(
            "标题\n\n同意由浙江大学（以下简称“浙大”）牵头，联合西湖大学共同建设某实验室。\n",
        );
        assert!(has(&r, "浙江大学 cooperatesWith 西湖大学"), "{r:?}");
    }

    #[test]
    fn a_kind_of_agent_before_yu_is_the_unknown_head_unless_a_name_stands_for_it() {
        let r = relations_of(
            "标题\n\n浙江大学团队针对我县产业，帮助企业解决难题17项，促成两家企业与之江实验室签约。\n",
        );
        assert!(!r.iter().any(|x| x.contains("cooperatesWith")), "{r:?}");
        let r = relations_of("标题\n\n支持长虹、九洲等龙头企业与四川大学联合组建创新联合体。\n");
        assert!(has(&r, "长虹 cooperatesWith 四川大学"), "{r:?}");
    }

    #[test]
    fn one_that_you_names_after_the_trigger_acts_and_is_no_tail() {
        let r = relations_of(
            "标题\n\n四川省科学技术厅成立由四川大学牵头的专家组，依托企业建设的实验室分别由四川大学承担。\n",
        );
        assert!(!r.iter().any(|x| x.contains("establishes")), "{r:?}");
    }

    #[test]
    fn qi_before_the_trigger_is_an_unknown_head_not_the_subject() {
        let r = relations_of(
            "标题\n\n省科技厅支持某公司建设研发中心，并推动其与四川大学联合筹建实验室。\n",
        );
        assert!(!r.iter().any(|x| x.contains("cooperatesWith")), "{r:?}");
        let r = relations_of("标题\n\n四川省科学技术厅尤其与四川大学联合筹建实验室。\n");
        assert!(has(&r, "四川省科学技术厅 cooperatesWith 四川大学"), "{r:?}");
    }

    #[test]
    fn a_phrase_naming_no_entity_is_the_agent_not_the_issuer() {
        let text = "关于某政策的通知\n\n二、支持新型研发机构与南京大学联合培养研究生。\n\n南京市人民政府\n2023年12月25日\n";
        let relations = relations_of(text);
        assert!(
            !relations.iter().any(|r| r.contains("cooperatesWith")),
            "{relations:?}"
        );
        let text = "关于某政策的通知\n\n二、与南京大学共同培养研究生。\n\n南京市人民政府\n2023年12月25日\n";
        let relations = relations_of(text);
        assert!(
            relations.contains(&"南京市人民政府 cooperatesWith 南京大学".to_owned()),
            "{relations:?}"
        );
    }

    #[test]
    fn an_entity_opening_the_next_clause_ends_a_list() {
        let relations = relations_of(
            "标题\n\n南昌大学获批建设国家食品科学与资源挖掘全国重点实验室，中国科学院赣江创新研究院入选试点。\n",
        );
        assert_eq!(
            relations,
            ["南昌大学 establishes 国家食品科学与资源挖掘全国重点实验室"],
            "{relations:?}"
        );
    }

    #[test]
    fn the_agent_of_the_next_act_ends_a_list() {
        let relations = relations_of(
            "标题\n\n批复同意山东大学牵头组建的山东省智能制造技术创新中心、潍柴动力股份有限公司牵头组建的山东省动力系统技术创新中心建设。\n",
        );
        assert!(
            relations.contains(&"山东大学 establishes 山东省智能制造技术创新中心".to_owned()),
            "{relations:?}"
        );
        assert!(
            relations.contains(
                &"潍柴动力股份有限公司 establishes 山东省动力系统技术创新中心".to_owned()
            ),
            "{relations:?}"
        );
        assert_eq!(relations.len(), 2, "{relations:?}");
    }

    #[test]
    fn whole_text_triggers_are_the_triggers_of_each_sentence() {
        use super::{Range, sentence_triggers, whole_text_triggers};
        use crate::model::Relation;
        use crate::rules::{RelationRule, Side};
        let text = "甲与乙。与丙合作；丁与\n与戊|支持与与支持。支持";
        let sentences = crate::document::split_sentences(text, 0);
        // Patterns that match across sentence ends, overlap each other, test context or
        // match the empty string.
        for pattern in [
            "与",
            "。与|与",
            "与与|支持",
            "；丁",
            "乙。与丙",
            r"\b与",
            "与?",
            "持。支",
        ] {
            let rule = RelationRule {
                relation: Relation::Supports,
                trigger: regex::Regex::new(pattern).unwrap(),
                head: Side::Left,
                tail: Side::Right,
                head_types: Vec::new(),
                tail_types: Vec::new(),
                max_gap: 40,
                implicit: None,
                not_after: Vec::new(),
                marker: "由".to_owned(),
            };
            let whole = whole_text_triggers(std::slice::from_ref(&rule))[0];
            let scanned: Vec<Range<usize>> = rule
                .trigger
                .find_iter(text)
                .map(|m| m.start()..m.end())
                .collect();
            let mut cursor = 0;
            let mut found = Vec::new();
            for sentence in &sentences {
                let scanned = whole.then_some(&scanned[..]);
                sentence_triggers(&rule, scanned, &mut cursor, text, sentence, &mut found);
                let expected: Vec<Range<usize>> = rule
                    .trigger
                    .find_iter(&text[sentence.clone()])
                    .map(|m| sentence.start + m.start()..sentence.start + m.end())
                    .collect();
                assert_eq!(
                    found,
                    expected,
                    "{pattern} in {:?}",
                    &text[sentence.clone()]
                );
            }
        }
    }

    /// [`super::clause_start`] as the character search it replaces.
    fn clause_start_by_chars(text: &str) -> usize {
        (text.char_indices().rev())
            .find(|(_, c)| super::is_clause_break(*c))
            .map_or(0, |(i, c)| i + c.len_utf8())
    }

    /// Pieces of text around the clause separators and the subject prefixes: their
    /// characters, characters sharing their bytes, and others.
    const PIECES: [&str; 30] = [
        "，",
        ",",
        "：",
        ":",
        "；",
        "。",
        "｜",
        "|",
        "\u{FF8C}",
        "\u{FB9A}",
        "茌",
        "\u{3C9A}",
        "甲",
        "ab",
        "1",
        "２",
        "2023",
        "年",
        "以来",
        "下一步",
        "，同时",
        " ",
        "\u{3000}",
        "（一）",
        "十、",
        "是",
        "近年来",
        "至此",
        "半",
        "\n",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn clause_start_is_after_the_last_clause_separator(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES.to_vec()), 0..12),
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(super::clause_start(&text), clause_start_by_chars(&text));
        }

        #[test]
        fn the_subject_position_is_what_the_pattern_says(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES.to_vec()), 0..8),
        ) {
            let prefix = pieces.concat();
            let cell = prefix.rfind('|').map_or(&prefix[..], |i| &prefix[i + 1..]);
            let by_regex = cell.is_empty() || super::SUBJECT_PREFIX.is_match(cell);
            proptest::prop_assert_eq!(super::is_subject_position(&prefix), by_regex, "{:?}", prefix);
        }
    }

    #[test]
    fn subject_prefixes_and_clause_starts_of_samples() {
        for (prefix, subject) in [
            ("", true),
            ("（一）", true),
            ("2023年以来，", true),
            ("下一步，", true),
            ("十、近年来，", true),
            ("甲", false),
            ("a", false),
            ("表格 | 2024年 ", true),
        ] {
            assert_eq!(super::is_subject_position(prefix), subject, "{prefix}");
        }
        for (text, start) in [("", 0), ("甲，乙", 6), ("甲：乙,丙", 10), ("\u{FF8C}甲", 0)]
        {
            assert_eq!(super::clause_start(text), start, "{text}");
            assert_eq!(clause_start_by_chars(text), start, "{text}");
        }
    }

    fn has(relations: &[String], wanted: &str) -> bool {
        relations.iter().any(|r| r == wanted)
    }

    #[test]
    fn a_pair_that_acts_together_after_a_comma_opens_the_next_clause() {
        let relations = relations_of(
            "广东工业大学与揭阳市人民政府共建揭阳理工学院，汕头大学与香港中文大学联合开展海洋生物医药研究。",
        );
        assert!(
            has(&relations, "广东工业大学 establishes 揭阳理工学院"),
            "{relations:?}"
        );
        assert!(
            !relations
                .iter()
                .any(|r| r.ends_with("establishes 汕头大学")),
            "{relations:?}"
        );
        assert!(has(&relations, "汕头大学 cooperatesWith 香港中文大学"));
    }

    #[test]
    fn the_partner_after_yu_is_the_first_name_and_no_supported_item() {
        // The partner of 与 is the first name after it: a zone is no organization's partner,
        // and what they build is none either.
        let r =
            all_relations_of("西安交通大学新闻\n\n西安交通大学与西安高新区共建先进制造研究院。\n");
        assert!(!r.iter().any(|x| x.contains(" cooperatesWith ")), "{r:?}");
        // After 与, the partner in what is done together is no more of the supported list.
        let r = relations_of(
            "标题\n\n浙江省科学技术厅推动宁波舟山港集团与浙江大学共建联合研究中心。\n",
        );
        assert!(!r.iter().any(|x| x.ends_with("supports 浙江大学")), "{r:?}");
        let r = relations_of(
            "标题\n\n苏州市科学技术局推动苏州实验室与长三角国家技术创新中心加强协同。\n",
        );
        assert!(
            !r.iter()
                .any(|x| x.ends_with("supports 长三角国家技术创新中心")),
            "{r:?}"
        );
    }

    #[test]
    fn a_bare_head_opening_a_sentence_is_the_institution_named_with_it() {
        let r = all_relations_of(
            "宁德时代新闻\n\n宁德时代新能源科技股份有限公司研发投入增长。公司与清华大学建立联合研究机构。\n",
        );
        let company = "宁德时代新能源科技股份有限公司";
        assert!(
            has(&r, &format!("{company} cooperatesWith 清华大学")),
            "{r:?}"
        );
        // 由 after the head names who set it up.
        let r = all_relations_of(
            "海南新闻\n\n海南省科技厅推动崖州湾种子实验室建设。实验室由海南省人民政府、中国农业大学等单位共同组建，已承担国家重点研发计划项目27项。\n",
        );
        let lab = "崖州湾种子实验室";
        assert!(has(&r, &format!("中国农业大学 establishes {lab}")), "{r:?}");
        assert!(
            has(&r, &format!("{lab} undertakes 国家重点研发计划")),
            "{r:?}"
        );
        // A head of one character refers after 该 or 本.
        let r = all_relations_of(
            "大连新闻\n\n中国科学院大连化学物理研究所发布成果。该所牵头建设辽宁滨海实验室。\n",
        );
        let institute = "中国科学院大连化学物理研究所";
        assert!(
            has(&r, &format!("{institute} establishes 辽宁滨海实验室")),
            "{r:?}"
        );
        // More of a noun after the head is no reference (大学生, 中心城区).
        let r = all_relations_of("浙江大学新闻\n\n浙江大学发布通知。大学生与企业开展合作。\n");
        assert!(!r.iter().any(|x| x.contains(" cooperatesWith ")), "{r:?}");
    }

    #[test]
    fn a_time_phrase_before_the_subject_leaves_it_the_subject() {
        for time in ["今年以来", "去年", "近期", "截至目前"] {
            let r = relations_of(&format!(
                "标题\n\n{time}，湖南省科学技术厅认真落实国家部署，组织实施“十大技术攻关项目”。\n"
            ));
            assert!(
                has(&r, "湖南省科学技术厅 undertakes 十大技术攻关项目"),
                "{time}: {r:?}"
            );
        }
    }

    #[test]
    fn the_region_word_opening_the_clause_acts_not_the_body_that_reports() {
        let r = relations_of(
            "湖北省科技创新\n\n近日，湖北省科学技术厅发布消息，全省已布局建设光谷实验室、珞珈实验室。\n",
        );
        assert!(has(&r, "湖北省 establishes 光谷实验室"), "{r:?}");
        assert!(!has(&r, "湖北省科学技术厅 establishes 光谷实验室"), "{r:?}");
    }

    #[test]
    fn a_lead_whose_short_form_closes_its_name_acts_with_its_partners() {
        let r = relations_of(
            "标题\n\n中国科学院西安光学精密机械研究所（以下简称西安光机所）联合西安交通大学、长安大学承担“先进光子”重点专项。\n",
        );
        for agent in [
            "中国科学院西安光学精密机械研究所",
            "西安交通大学",
            "长安大学",
        ] {
            assert!(
                has(&r, &format!("{agent} undertakes 先进光子重点专项")),
                "{r:?}"
            );
        }
    }

    #[test]
    fn every_quoted_program_of_a_list_is_undertaken() {
        let r = relations_of(
            "标题\n\n湖南省将深入实施“芙蓉人才行动计划”和“湖湘英才工程”。广东省科学技术厅联合实施“粤港联合资助计划”、“粤澳联合资助计划”。\n",
        );
        for program in ["芙蓉人才行动计划", "湖湘英才工程"] {
            assert!(has(&r, &format!("湖南省 undertakes {program}")), "{r:?}");
        }
        for program in ["粤港联合资助计划", "粤澳联合资助计划"] {
            assert!(
                has(&r, &format!("广东省科学技术厅 undertakes {program}")),
                "{r:?}"
            );
        }
    }

    #[test]
    fn undertakes_and_supports_take_the_explicit_agent() {
        let r = relations_of("标题\n\n浙江省科学技术厅支持龙港市承担“尖兵领雁”项目。\n");
        assert!(has(&r, "浙江省科学技术厅 supports 龙港市"), "{r:?}");
        assert!(has(&r, "龙港市 undertakes 尖兵领雁"), "{r:?}");
        // A person right before the act is its agent, not the body of their title.
        let r = relations_of(
            "标题\n\n中国科学院院士李德仁、中国工程院院士薛其坤获得国家最高科学技术奖。\n",
        );
        assert!(
            !r.iter().any(|x| x.starts_with("中国工程院 undertakes")),
            "{r:?}"
        );
        // Nor is the academy of an academician's title, however far the act.
        let r = all_relations_of(
            "标题\n\n中国工程院院士王某某领衔的创新团队落户哈尔滨新区，与哈尔滨电气集团有限公司签署联合研发协议。\n",
        );
        assert!(!r.iter().any(|x| x.starts_with("中国工程院")), "{r:?}");
    }

    #[test]
    fn an_institution_or_zone_lies_where_the_text_says() {
        // All relations, structural ones included (`relations_of` leaves those out).
        let all = |text: &str| -> Vec<String> {
            let extractor = Extractor::builtin().unwrap();
            let extraction = extractor.extract(&Document::from_text("t.txt", text));
            extraction
                .relations
                .iter()
                .map(|r| format!("{} {} {}", r.head, r.relation, r.tail))
                .collect()
        };
        let r = all("标题\n\n之江实验室位于杭州城西科创大走廊核心区。\n");
        assert!(has(&r, "之江实验室 locatedIn 杭州城西科创大走廊"), "{r:?}");
        let r = all(
            "标题\n\n北京理工大学重庆创新中心、哈尔滨工业大学重庆研究院入驻西部（重庆）科学城。\n",
        );
        assert!(
            has(&r, "哈尔滨工业大学重庆研究院 locatedIn 西部(重庆)科学城"),
            "{r:?}"
        );
        assert!(has(
            &r,
            "北京理工大学重庆创新中心 locatedIn 西部(重庆)科学城"
        ));
        // Of places written one after the other, the last.
        let r = all("标题\n\n中国科学技术大学先进技术研究院落户合肥市包河区。\n");
        assert!(
            has(&r, "中国科学技术大学先进技术研究院 locatedIn 包河区"),
            "{r:?}"
        );
        // Nor is the agent of an earlier sentence.
        let r = all(
            "标题\n\n浙江大学与绍兴市人民政府签署协议。根据协议，研究院首期规划用地200亩，位于绍兴滨海新区。\n",
        );
        assert!(!has(&r, "浙江大学 locatedIn 绍兴滨海新区"), "{r:?}");
        // A project is no institution.
        let r = all("标题\n\n这个项目位于龙港市。\n");
        assert!(!r.iter().any(|x| x.ends_with("locatedIn 龙港市")), "{r:?}");
        // 分别 pairs the lists one by one, and only the first pair when they differ.
        let r = all("标题\n\n之江实验室、西湖大学分别落户余杭区和西湖区。\n");
        assert!(has(&r, "之江实验室 locatedIn 余杭区"), "{r:?}");
        assert!(has(&r, "西湖大学 locatedIn 西湖区"), "{r:?}");
        assert!(!has(&r, "之江实验室 locatedIn 西湖区"), "{r:?}");
        let r = all("标题\n\n之江实验室、西湖大学分别落户余杭区和某某小镇。\n");
        assert!(has(&r, "之江实验室 locatedIn 余杭区"), "{r:?}");
        assert!(!has(&r, "西湖大学 locatedIn 余杭区"), "{r:?}");
    }

    #[test]
    fn agents_listed_or_joined_before_the_nearest_act_too() {
        let r = relations_of("标题\n\n2023年，南京大学、东南大学牵头承担国家重点研发计划。\n");
        assert!(has(&r, "南京大学 undertakes 国家重点研发计划"), "{r:?}");
        assert!(has(&r, "东南大学 undertakes 国家重点研发计划"), "{r:?}");
        let r = relations_of(
            "标题\n\n浙江省科学技术厅会同浙江省财政厅印发《浙江省科技计划管理办法》。\n",
        );
        for agent in ["浙江省科学技术厅", "浙江省财政厅"] {
            let issued = format!("浙江省科技计划管理办法 issuedBy {agent}");
            assert!(has(&r, &issued), "{r:?}");
        }
        // A kind named right before 与 cooperates, not the document's issuer.
        let r = relations_of(
            "义乌市科学技术局2023年工作总结\n\n组织企业与上海交通大学开展产学研对接。\n",
        );
        assert!(
            !has(&r, "义乌市科学技术局 cooperatesWith 上海交通大学"),
            "{r:?}"
        );
        // A place right before 与 is no partner, and nothing further left is one.
        let r = relations_of(
            "标题\n\n新加坡国立大学苏州研究院于2010年由苏州工业园区与新加坡国立大学共同设立。\n",
        );
        assert!(
            !has(&r, "新加坡国立大学苏州研究院 cooperatesWith 新加坡国立大学"),
            "{r:?}"
        );
        // A later clause where the subject leads: the subject alone.
        let r = relations_of(
            "标题\n\n比亚迪股份有限公司与清华大学建立联合实验室，并牵头组建深圳市新能源汽车产业创新联盟。\n",
        );
        assert!(
            has(
                &r,
                "比亚迪股份有限公司 establishes 深圳市新能源汽车产业创新联盟"
            ),
            "{r:?}"
        );
        assert!(
            !has(&r, "清华大学 establishes 深圳市新能源汽车产业创新联盟"),
            "{r:?}"
        );
        // A later clause with a partner of its own: the subject alone acts with it.
        let r = relations_of(
            "标题\n\n长兴县人民政府与浙江工业大学共建研究院，与湖州师范学院签订校地合作协议。\n",
        );
        assert!(
            has(&r, "长兴县人民政府 cooperatesWith 湖州师范学院"),
            "{r:?}"
        );
        assert!(
            !has(&r, "浙江工业大学 cooperatesWith 湖州师范学院"),
            "{r:?}"
        );
    }

    #[test]
    fn what_a_location_phrase_qualifies_lies_there() {
        let r = all_relations_of("标题\n\n位于杭州市的之江实验室加快建设。\n");
        assert!(has(&r, "之江实验室 locatedIn 杭州市"), "{r:?}");
        // Only what 的 joins to the place.
        let r = all_relations_of("标题\n\n位于杭州市，之江实验室加快建设。\n");
        assert!(!has(&r, "之江实验室 locatedIn 杭州市"), "{r:?}");
        // Of places written one after the other, the last.
        let r = all_relations_of(
            "标题\n\n位于贵州省黔南布依族苗族自治州平塘县的500米口径球面射电望远镜运行良好。\n",
        );
        assert!(has(&r, "500米口径球面射电望远镜 locatedIn 平塘县"), "{r:?}");
    }

    #[test]
    fn the_winner_of_an_award_undertakes_it() {
        let r = relations_of("标题\n\n2023年，之江实验室荣获国家科学技术进步奖。\n");
        assert!(has(&r, "之江实验室 undertakes 国家科学技术进步奖"), "{r:?}");
    }

    #[test]
    fn the_agents_after_a_purpose_clause_are_the_subject() {
        let r = relations_of(
            "标题\n\n为贯彻落实国务院决策部署，科技部、教育部决定在试点基础上，支持北京大学、清华大学建设科技园。\n",
        );
        for agent in ["科学技术部", "教育部"] {
            for university in ["北京大学", "清华大学"] {
                let supports = format!("{agent} supports {university}");
                assert!(has(&r, &supports), "{r:?}");
            }
        }
        assert!(!has(&r, "国务院 supports 北京大学"), "{r:?}");
    }

    #[test]
    fn joint_issuers_written_side_by_side_both_issue() {
        let r = all_relations_of("科技部 教育部关于支持建设一批未来产业科技园的通知\n\n正文。\n");
        for agent in ["科学技术部", "教育部"] {
            let issued =
                format!("科技部教育部关于支持建设一批未来产业科技园的通知 issuedBy {agent}");
            assert!(has(&r, &issued), "{r:?}");
        }
    }

    #[test]
    fn quotations_side_by_side_are_clauses_apart() {
        let r = relations_of("标题\n\n会议提出：“推进浙江大学建设”“承担国家重点研发计划”。\n");
        assert!(!has(&r, "浙江大学 undertakes 国家重点研发计划"), "{r:?}");
    }

    #[test]
    fn a_co_agent_establishes_too_and_cooperates() {
        let r = relations_of("标题\n\n浙江大学联合西湖大学，组建之江实验室。\n");
        assert!(has(&r, "浙江大学 establishes 之江实验室"), "{r:?}");
        assert!(has(&r, "西湖大学 establishes 之江实验室"), "{r:?}");
        assert!(
            has(&r, "浙江大学 cooperatesWith 西湖大学")
                || has(&r, "西湖大学 cooperatesWith 浙江大学"),
            "{r:?}"
        );
    }

    #[test]
    fn who_a_facility_is_built_by_establishes_it() {
        let r = relations_of(
            "标题\n\n综合极端条件实验装置由中国科学院物理研究所承建，总投资16亿元。\n",
        );
        assert!(
            has(&r, "中国科学院物理研究所 establishes 综合极端条件实验装置"),
            "{r:?}"
        );
    }

    #[test]
    fn agents_listed_before_a_joint_act_cooperate() {
        let cooperate = |r: &[String], a: &str, b: &str| {
            has(r, &format!("{a} cooperatesWith {b}")) || has(r, &format!("{b} cooperatesWith {a}"))
        };
        let r = relations_of(
            "标题\n\n武汉市科学技术局、武汉市财政局联合印发《武汉市科技计划管理办法》。\n",
        );
        assert!(cooperate(&r, "武汉市科学技术局", "武汉市财政局"), "{r:?}");
        // Not those a joiner opens the list with, nor examples of a kind that acts with
        // others, nor bodies that each lead an alliance.
        for text in [
            "标题\n\n省科技厅与中国人保、阿里巴巴等共同打造网上技术市场。\n",
            "标题\n\n华为技术有限公司、比亚迪股份有限公司等企业与高校联合转化成果。\n",
            "标题\n\n支持华为技术有限公司、比亚迪股份有限公司等企业牵头组建创新联合体。\n",
        ] {
            let r = relations_of(text);
            assert!(!cooperate(&r, "中国人民保险集团", "阿里巴巴"), "{r:?}");
            assert!(
                !cooperate(&r, "华为技术有限公司", "比亚迪股份有限公司"),
                "{r:?}"
            );
        }
    }

    #[test]
    fn an_adverb_before_the_joining_word_keeps_the_co_agent() {
        let r = relations_of(
            "标题\n\n四川省科学技术厅将会同四川省财政厅出台《四川省科技成果单列管理办法》。\n",
        );
        assert!(
            has(&r, "四川省科技成果单列管理办法 issuedBy 四川省科学技术厅"),
            "{r:?}"
        );
        assert!(
            has(&r, "四川省科技成果单列管理办法 issuedBy 四川省财政厅"),
            "{r:?}"
        );
    }

    #[test]
    fn a_place_named_by_zai_is_not_what_is_supported() {
        let r = relations_of("标题\n\n浙江大学将推动龙港市发展。\n");
        assert!(has(&r, "浙江大学 supports 龙港市"), "{r:?}");
        let r = relations_of("标题\n\n浙江大学将推动科技成果在龙港市落地转化。\n");
        assert!(!has(&r, "浙江大学 supports 龙港市"), "{r:?}");
    }

    #[test]
    fn the_institution_a_laboratory_is_built_on_establishes_it() {
        let r = relations_of(
            "标题\n\n确定依托厦门大学建设的福建省海洋生态保护与修复重点实验室等12家实验室。\n",
        );
        assert!(
            has(
                &r,
                "厦门大学 establishes 福建省海洋生态保护与修复重点实验室"
            ),
            "{r:?}"
        );
        // 依托 before the host, what is built before it or after the trigger.
        let r = relations_of(
            "标题\n\n湖北隆中实验室依托武汉理工大学、湖北文理学院建设，聚焦新能源汽车。\n",
        );
        assert!(has(&r, "武汉理工大学 establishes 湖北隆中实验室"), "{r:?}");
        assert!(has(&r, "湖北文理学院 establishes 湖北隆中实验室"), "{r:?}");
        let r = relations_of(
            "标题\n\n同时，依托河南省农业科学院建设国家小麦技术创新中心，依托河南农业大学建设省部共建小麦玉米作物学国家重点实验室。\n",
        );
        assert!(
            has(&r, "河南省农业科学院 establishes 国家小麦技术创新中心"),
            "{r:?}"
        );
        assert!(
            !has(&r, "河南农业大学 establishes 国家小麦技术创新中心"),
            "{r:?}"
        );
        // A sentence opening with how its subject was built is about what was built.
        let r = relations_of(
            "标题\n\n依托厦门大学建设的嘉庚创新实验室，联合宁德时代新能源科技股份有限公司开展技术攻关。\n",
        );
        assert!(
            has(
                &r,
                "嘉庚创新实验室 cooperatesWith 宁德时代新能源科技股份有限公司"
            ),
            "{r:?}"
        );
        // A short form given in brackets names the entity wherever it is written after.
        let r = relations_of(
            "标题\n\n陕西秦创光电科技有限公司（以下简称“秦创光电”）成立于2019年。秦创光电与比亚迪股份有限公司签订协议。\n",
        );
        assert!(
            has(
                &r,
                "陕西秦创光电科技有限公司 cooperatesWith 比亚迪股份有限公司"
            ),
            "{r:?}"
        );
        // Even when a shorter name is written inside the short form (浙江 in 浙江中昊).
        let r = relations_of(
            "标题\n\n浙江中昊科技有限公司（以下简称“浙江中昊”）成立于2019年。浙江中昊与比亚迪股份有限公司签订协议。\n",
        );
        assert!(
            has(&r, "浙江中昊科技有限公司 cooperatesWith 比亚迪股份有限公司"),
            "{r:?}"
        );
        // Who leads in the clause before acts in the next.
        let r = relations_of(
            "标题\n\n2. 依托宝钛集团有限公司建设的钛及钛合金创新联合体，由宝钛集团有限公司牵头，联合西北工业大学开展攻关。\n",
        );
        assert!(
            has(&r, "宝钛集团有限公司 cooperatesWith 西北工业大学"),
            "{r:?}"
        );
        // So does one supported to lead, whatever it leads to: not who supports it.
        let r = relations_of(
            "辽宁省科学技术厅关于建议的答复\n\n支持中国科学院沈阳自动化研究所牵头组建辽宁省机器人产业技术创新联盟，联合东北大学等42家单位开展协同攻关。\n",
        );
        assert!(
            has(&r, "中国科学院沈阳自动化研究所 cooperatesWith 东北大学"),
            "{r:?}"
        );
        assert!(
            !has(&r, "辽宁省科学技术厅 cooperatesWith 东北大学"),
            "{r:?}"
        );
        // What something draws on without being built on it.
        let r = relations_of("标题\n\n某公司将依托西安交通大学的人才优势建设研发中心。\n");
        assert!(!r.iter().any(|x| x.contains("establishes")), "{r:?}");
        // A company before 依托 builds there; it is not what is built.
        let r = relations_of(
            "标题\n\n其中，石家庄诺康药业股份有限公司依托河北医科大学共建抗体药物研发平台。\n",
        );
        assert!(!r.iter().any(|x| x.contains("establishes")), "{r:?}");
        // Signing with each of a list is cooperating with each.
        let r = relations_of(
            "标题\n\n丽水市科学技术局与浙江工业大学、温州医科大学分别签订科技合作协议。\n",
        );
        for partner in ["浙江工业大学", "温州医科大学"] {
            assert!(
                has(&r, &format!("丽水市科学技术局 cooperatesWith {partner}")),
                "{r:?}"
            );
        }
        // Parties who sign together somewhere cooperate.
        let r = relations_of(
            "标题\n\n北京市科学技术委员会、天津市科学技术局和河北省科学技术厅在天津共同签署《京津冀科技协同创新合作框架协议》。\n",
        );
        assert!(
            has(&r, "北京市科学技术委员会 cooperatesWith 河北省科学技术厅"),
            "{r:?}"
        );
        // 则 may stand before 与, and a place before the partner's name.
        let r = relations_of(
            "标题\n\n温州医科大学则与丽水市中心医院共建丽水精准医学研究中心。四川天府新区与重庆两江新区共建的川渝高竹新区已入驻企业185家。\n",
        );
        assert!(
            has(&r, "温州医科大学 establishes 丽水精准医学研究中心"),
            "{r:?}"
        );
        assert!(has(&r, "四川天府新区 establishes 川渝高竹新区"), "{r:?}");
        // Who leads another act (牵头实施, 牵头运营) builds nothing.
        let r = relations_of(
            "标题\n\n浙江大学与阿坝州人民政府共建浙江大学阿坝高原生态研究院，由浙江大学农业与生物技术学院牵头实施“高原特色农业科技示范”项目。阜阳市人民政府与上海交通大学签署合作协议，研究院由上海交通大学材料科学与工程学院牵头运营。\n",
        );
        assert!(
            !has(&r, "浙江大学农业与生物技术学院 establishes 浙江大学"),
            "{r:?}"
        );
        assert!(
            !has(
                &r,
                "上海交通大学材料科学与工程学院 establishes 阜阳市人民政府"
            ),
            "{r:?}"
        );
        // A builder named inside what is built builds only what names it.
        let r = relations_of(
            "标题\n\n阜阳市还与合肥工业大学、安徽大学共建阜阳合肥工业大学现代农业研究院、安徽大学阜阳研究院。\n",
        );
        assert!(has(&r, "安徽大学 establishes 安徽大学阜阳研究院"), "{r:?}");
        assert!(
            !has(&r, "合肥工业大学 establishes 安徽大学阜阳研究院"),
            "{r:?}"
        );
        assert!(has(&r, "阜阳市 establishes 安徽大学阜阳研究院"), "{r:?}");
        // An approving department sets up what it approves to build.
        let r =
            relations_of("标题\n\n2021年，湖南省科技厅批复建设湖南省石化新材料技术创新中心。\n");
        assert!(
            has(
                &r,
                "湖南省科学技术厅 establishes 湖南省石化新材料技术创新中心"
            ),
            "{r:?}"
        );
        // 由 opening a clause after a body's act names who builds what it acts on.
        let r = relations_of(
            "漳州市科学技术局关于建议的答复\n\n2022年，我局推动福建省食品产业技术研究院在漳州揭牌成立，由福州大学、集美大学共同建设。\n",
        );
        for builder in ["福州大学", "集美大学"] {
            assert!(
                has(
                    &r,
                    &format!("{builder} establishes 福建省食品产业技术研究院")
                ),
                "{r:?}"
            );
            assert!(
                !has(&r, &format!("{builder} establishes 漳州市科学技术局")),
                "{r:?}"
            );
        }
        // Nor is a zone before 依托 when words after the trigger say what is built.
        let r = relations_of(
            "标题\n\n吉林经济技术开发区依托吉林化纤集团有限责任公司建设国家碳纤维高新技术产业化基地。\n",
        );
        assert!(
            !has(
                &r,
                "吉林化纤集团有限责任公司 establishes 吉林经济技术开发区"
            ),
            "{r:?}"
        );
        // A list of institutions with their hosts.
        let r = relations_of("标题\n\n1. 湖南省智能网联汽车工程技术研究中心，依托单位：湖南大学\n");
        assert!(
            has(
                &r,
                "湖南大学 establishes 湖南省智能网联汽车工程技术研究中心"
            ),
            "{r:?}"
        );
        let r = relations_of("标题\n\n某公司在福建省宁德市建设的21世纪创新实验室投入使用。\n");
        assert!(
            !r.iter().any(|x| x.starts_with("宁德市 establishes")),
            "{r:?}"
        );
    }

    #[test]
    fn the_paragraph_topic_is_the_agent_of_later_sentences() {
        let r = relations_of(
            "标题\n\n浙江省科学技术厅重视龙港市科技创新工作。下步，将持续支持青龙湖科技城建设。\n下步，支持西湖大学建设。\n",
        );
        assert!(has(&r, "浙江省科学技术厅 supports 青龙湖科技城"), "{r:?}");
        // A new paragraph does not inherit it.
        assert!(!r.iter().any(|x| x.ends_with("supports 西湖大学")), "{r:?}");
    }

    #[test]
    fn you_opening_a_clause_names_who_built_what_ends_the_clause_before() {
        let r = relations_of(
            "标题\n\n一是建设东海实验室，由舟山市人民政府、浙江大学共建。\n\n嘉庚创新实验室位于厦门火炬高技术产业开发区，由厦门大学建设。\n",
        );
        assert!(has(&r, "浙江大学 establishes 东海实验室"), "{r:?}");
        assert!(has(&r, "舟山市人民政府 establishes 东海实验室"), "{r:?}");
        // With a subject, the subject is what was built, not the place before the mark.
        assert!(
            !r.iter()
                .any(|x| x.ends_with("establishes 厦门火炬高技术产业开发区")),
            "{r:?}"
        );
    }

    #[test]
    fn a_place_that_zai_names_is_where_not_who() {
        let r = relations_of(
            "标题\n\n支持宁德时代新能源科技股份有限公司在宜宾市设立四川时代新能源研究院。\n",
        );
        assert!(
            has(
                &r,
                "宁德时代新能源科技股份有限公司 establishes 四川时代新能源研究院"
            ),
            "{r:?}"
        );
        assert!(!has(&r, "宜宾市 establishes 四川时代新能源研究院"), "{r:?}");
    }

    #[test]
    fn what_is_set_up_together_is_no_partner() {
        let r = relations_of(
            "标题\n\n广东省与香港特别行政区政府、澳门特别行政区政府联合设立粤港澳智能微纳光电技术联合实验室。\n",
        );
        let lab = "粤港澳智能微纳光电技术联合实验室";
        assert!(
            !r.iter()
                .any(|x| x.ends_with(&format!("cooperatesWith {lab}"))),
            "{r:?}"
        );
        assert!(
            has(&r, &format!("香港特别行政区政府 establishes {lab}")),
            "{r:?}"
        );
    }

    #[test]
    fn a_time_phrase_is_no_word_before_an_implicit_agents_trigger() {
        let r = relations_of("甘肃省科技工作会议\n\n会议强调，2024年要深入实施“强科技”行动。\n");
        assert!(has(&r, "甘肃省 undertakes 强科技行动"), "{r:?}");
    }

    #[test]
    fn a_project_that_wins_an_award_gives_it_to_its_institution() {
        let r = relations_of("标题\n\n之江实验室参与完成的项目获国家科学技术进步奖二等奖。\n");
        assert!(has(&r, "之江实验室 undertakes 国家科学技术进步奖"), "{r:?}");
    }

    #[test]
    fn building_together_or_by_plan_establishes() {
        let r = relations_of("标题\n\n昆山市与上海交通大学合作建设昆山研究院。\n");
        assert!(has(&r, "昆山市 establishes 昆山研究院"), "{r:?}");
        assert!(has(&r, "上海交通大学 establishes 昆山研究院"), "{r:?}");
        let r = relations_of(
            "标题\n\n重庆大学、西南大学在科学城布局建设了超瞬态实验装置等重大科技基础设施。\n",
        );
        assert!(has(&r, "重庆大学 establishes 超瞬态实验装置"), "{r:?}");
    }

    #[test]
    fn who_organises_applications_does_not_apply() {
        let r = relations_of(
            "河南省科学技术厅关于组织申报2024年度河南省重大科技专项的通知\n\n各有关单位：请按要求报送。\n",
        );
        assert!(!r.iter().any(|x| x.contains("undertakes")), "{r:?}");
        let r = relations_of("标题\n\n郑州大学申报河南省重大科技专项。\n");
        assert!(has(&r, "郑州大学 undertakes 河南省重大科技专项"), "{r:?}");
    }

    #[test]
    fn who_supports_a_cooperation_is_no_party_to_it() {
        let r = relations_of(
            "关于组织申报科技专项的通知\n\n支持与北京大学、清华大学联合建设新型研发机构。\n\n河北省科学技术厅\n2024年4月8日\n",
        );
        assert!(!r.iter().any(|x| x.contains("cooperatesWith")), "{r:?}");
        let r = relations_of(
            "关于组织申报科技专项的通知\n\n与北京大学联合建设新型研发机构。\n\n河北省科学技术厅\n2024年4月8日\n",
        );
        assert!(has(&r, "河北省科学技术厅 cooperatesWith 北京大学"), "{r:?}");
        // Nor is the issuer a party where a kind of agent leads the work.
        let r = relations_of(
            "关于组织申报科技专项的通知\n\n重点支持企业牵头，联合北京大学、清华大学等高校申报。\n\n河北省科学技术厅\n2024年4月8日\n",
        );
        assert!(!r.iter().any(|x| x.contains("cooperatesWith")), "{r:?}");
    }

    #[test]
    fn what_is_built_and_a_region_word_are_no_paragraph_topic() {
        // The region that opens the clause acts, not the paragraph's subject.
        let r = relations_of(
            "广西壮族自治区科技工作总结\n\n广西大学牵头建设的某某国家重点实验室通过评估。自治区先后组建广西海洋研究院。\n",
        );
        assert!(
            has(&r, "广西壮族自治区 establishes 广西海洋研究院"),
            "{r:?}"
        );
        assert!(!has(&r, "广西大学 establishes 广西海洋研究院"), "{r:?}");
        // What the first sentence builds does not act in the next.
        let r =
            relations_of("标题\n\n兰州新区、白银高新区建设深入推进。组建甘肃省新材料研究院。\n");
        assert!(
            !r.iter()
                .any(|x| x.ends_with("establishes 甘肃省新材料研究院")),
            "{r:?}"
        );
        // Nor what the first sentence says receives something.
        let r = relations_of(
            "标题\n\n横店集团东磁股份有限公司获批国家企业技术中心。支持浙江中控技术股份有限公司设立研发中心。\n",
        );
        assert!(
            !r.iter()
                .any(|x| x.ends_with("supports 浙江中控技术股份有限公司")),
            "{r:?}"
        );
    }

    #[test]
    fn the_region_carries_out_the_strategies_its_document_implements() {
        let r = relations_of("标题\n\n浙江省科技工作情况。\n坚持深入实施创新驱动发展战略。\n");
        assert!(has(&r, "浙江省 undertakes 创新驱动发展战略"), "{r:?}");
        let r = relations_of(
            "湖州市科技创新发展规划\n\n为全面贯彻人才强国战略，加快建设创新型城市。\n",
        );
        assert!(has(&r, "湖州市 undertakes 人才强国战略"), "{r:?}");
    }

    #[test]
    fn policy_titles_and_cover_letters_name_the_issuer() {
        let r = relations_of(
            "标题\n\n各有关单位：\n现将《浙江省科技计划管理办法》印发给你们，请认真贯彻落实。\n浙江省科学技术厅\n2024年1月2日\n",
        );
        assert!(
            has(&r, "浙江省科技计划管理办法 issuedBy 浙江省科学技术厅"),
            "{r:?}"
        );
        let r = relations_of(
            "标题\n\n《科技部关于印发〈国家技术创新中心建设工作指引〉的通知》已经公布。\n",
        );
        assert!(
            r.iter()
                .any(|x| x.starts_with("科技部关于印发") && x.ends_with("issuedBy 科学技术部")),
            "{r:?}"
        );
    }

    #[test]
    fn a_title_that_supports_a_place_building_a_zone_names_three_relations() {
        let r = relations_of(
            "标题\n\n《科技部关于支持湖南省建设长株潭国家科技成果转移转化示范区的函》正式发布。\n\
             函件明确，支持湖南省建设长株潭国家科技成果转移转化示范区。\n",
        );
        for expected in [
            "科学技术部 supports 湖南省",
            "科学技术部 supports 长株潭国家科技成果转移转化示范区",
            "湖南省 establishes 长株潭国家科技成果转移转化示范区",
        ] {
            assert!(has(&r, expected), "{expected}: {r:?}");
        }
    }

    #[test]
    fn a_law_passed_at_a_meeting_is_issued_by_the_body_that_met() {
        let r = relations_of(
            "标题\n\n《湖南省科学技术进步条例》经湖南省人民代表大会常务委员会第三次会议修订通过，现予公布。\n",
        );
        assert!(
            has(
                &r,
                "湖南省科学技术进步条例 issuedBy 湖南省人民代表大会常务委员会"
            ),
            "{r:?}"
        );
    }

    #[test]
    fn an_institution_approved_for_a_laboratory_establishes_it() {
        let r = relations_of("标题\n\n宁波大学获批省部共建农产品质量安全国家重点实验室。\n");
        assert!(
            has(
                &r,
                "宁波大学 establishes 省部共建农产品质量安全国家重点实验室"
            ),
            "{r:?}"
        );
    }

    #[test]
    fn a_sentence_opening_with_a_date_keeps_its_subject() {
        let r =
            relations_of("标题\n\n2020年1月3日，中央财经委员会会议提出，支持湖南省加快发展。\n");
        assert!(has(&r, "中央财经委员会 supports 湖南省"), "{r:?}");
        let r = relations_of("标题\n\n5月27日，科学技术部提出，支持湖南省加快发展。\n");
        assert!(has(&r, "科学技术部 supports 湖南省"), "{r:?}");
    }

    #[test]
    fn a_zone_said_to_be_where_another_is_holds_it() {
        let r = all_relations_of("标题\n\n光明湖科技城所在的滨湖新区加快发展。\n");
        assert!(has(&r, "光明湖科技城 locatedIn 滨湖新区"), "{r:?}");
    }

    #[test]
    fn a_clause_opening_with_a_co_agent_word_joins_the_subject() {
        let r = relations_of(
            "温州市科学技术局答复\n\n近年来，我局深入贯彻落实《某条例》，会同市财政局出台《某某奖励办法》。\n\n温州市科学技术局\n2024年6月28日\n",
        );
        assert!(has(&r, "某某奖励办法 issuedBy 温州市财政局"), "{r:?}");
        assert!(has(&r, "某某奖励办法 issuedBy 温州市科学技术局"), "{r:?}");
    }

    #[test]
    fn an_entity_that_qualifies_money_is_no_object() {
        let r = relations_of(
            "标题\n\n安徽省科学技术厅会同安徽省财政厅设立合芜蚌自创区专项资金，支持企业发展。\n",
        );
        assert!(!r.iter().any(|r| r.contains("establishes")), "{r:?}");
    }

    #[test]
    fn the_agents_named_with_you_establish_what_the_clause_is_about() {
        let r = relations_of(
            "张江实验室位于上海张江科学城，由中国科学院和上海市人民政府共同建设。\n天府永兴实验室由四川大学牵头，联合多家企业组建。\n",
        );
        assert!(has(&r, "中国科学院 establishes 张江实验室"), "{r:?}");
        assert!(has(&r, "上海市人民政府 establishes 张江实验室"), "{r:?}");
        assert!(has(&r, "四川大学 establishes 天府永兴实验室"), "{r:?}");
        let r = relations_of("崖州湾种子实验室由海南省人民政府批准设立，于2021年3月揭牌运行。\n");
        assert!(
            has(&r, "海南省人民政府 establishes 崖州湾种子实验室"),
            "{r:?}"
        );
        // 由于 gives a cause, and the free-trade zone's 由 is part of its name.
        let r = relations_of("由于浙江大学牵头建设，之江实验室进展顺利。\n");
        assert!(!r.iter().any(|x| x.contains("establishes")), "{r:?}");
        // The body that approves what 由 names builds does not build itself.
        let r =
            relations_of("福建省人民政府批复同意由厦门大学牵头组建的嘉庚创新实验室纳入序列。\n");
        assert!(has(&r, "厦门大学 establishes 嘉庚创新实验室"), "{r:?}");
        assert!(!has(&r, "厦门大学 establishes 福建省人民政府"), "{r:?}");
    }

    #[test]
    fn both_parties_of_an_agreement_act_together() {
        let r = relations_of(
            "合肥市人民政府与中国科学技术大学签署战略合作协议。根据协议，双方将共建合肥先进技术研究院，联合建设量子信息科技园。\n",
        );
        for agent in ["合肥市人民政府", "中国科学技术大学"] {
            for built in ["合肥先进技术研究院", "量子信息科技园"] {
                assert!(has(&r, &format!("{agent} establishes {built}")), "{r:?}");
            }
        }
    }

    #[test]
    fn a_region_acting_in_the_clause_is_its_agent_not_the_subject() {
        let r = relations_of("中央财经委员会会议提出，支持长三角地区合作共建G60科创走廊。\n");
        assert!(!r.iter().any(|x| x.contains("establishes")), "{r:?}");
        assert!(has(&r, "中央财经委员会 supports 长江三角洲"), "{r:?}");
    }

    #[test]
    fn an_agent_named_with_you_is_not_the_paragraphs_subject() {
        let r = relations_of(
            "标题\n\n科学技术部批复同意建设某中心。该中心由某动力联合山东大学、清华大学共同组建。\n",
        );
        assert!(!has(&r, "科学技术部 cooperatesWith 山东大学"), "{r:?}");
    }

    #[test]
    fn a_clause_opening_with_gai_refers_to_the_last_name_of_its_head() {
        // 该实验室 opening a clause is the laboratory named before, not the sentence's
        // subject.
        let r = relations_of(
            "湖北省科学技术厅答复\n\n2023年，省科技厅支持襄阳市建设隆中实验室，该实验室由襄阳市人民政府与华中科技大学共同组建。\n",
        );
        assert!(has(&r, "华中科技大学 establishes 隆中实验室"), "{r:?}");
        assert!(
            !r.iter()
                .any(|x| x.ends_with("establishes 湖北省科学技术厅")),
            "{r:?}"
        );
        // 由…组建的 modifies what follows, further on in its clause too.
        let r = relations_of(
            "标题\n\n吉林省科学技术厅为由之江实验室牵头、23家单位参与组建的创新联合体授牌。\n",
        );
        assert!(!has(&r, "之江实验室 establishes 吉林省科学技术厅"), "{r:?}");
    }

    #[test]
    fn who_leads_the_building_establishes_in_the_body_or_the_title() {
        // 牵头建设 in the body; 获批建设 in a headline, which states relations as a
        // sentence does.
        for text in [
            "标题\n\n科学技术部批复同意潍柴动力股份有限公司牵头建设国家燃料电池技术创新中心。\n",
            "潍柴动力股份有限公司获批建设国家燃料电池技术创新中心\n\n近日，科学技术部印发通知。\n",
        ] {
            let r = relations_of(text);
            let wanted = "潍柴动力股份有限公司 establishes 国家燃料电池技术创新中心";
            assert!(has(&r, wanted), "{text}: {r:?}");
        }
    }

    #[test]
    fn what_opens_or_is_built_at_a_place_lies_there() {
        let r = all_relations_of("标题\n\n5月9日，之江实验室在苏州工业园区揭牌运行。\n");
        assert!(has(&r, "之江实验室 locatedIn 苏州工业园区"), "{r:?}");
        let r = all_relations_of("标题\n\n省政府在湖州市建设南太湖实验室。\n");
        assert!(has(&r, "南太湖实验室 locatedIn 湖州市"), "{r:?}");
        // Places one after the other: the last, innermost one.
        let r = all_relations_of("标题\n\n某公司在浙江省湖州市建设南太湖实验室。\n");
        assert!(has(&r, "南太湖实验室 locatedIn 湖州市"), "{r:?}");
        assert!(!has(&r, "南太湖实验室 locatedIn 浙江省"), "{r:?}");
        // Not a place far from the trigger, nor one that 在 does not name.
        let r = all_relations_of("标题\n\n之江实验室在杭州市召开会议后正式揭牌。\n");
        assert!(!has(&r, "之江实验室 locatedIn 杭州市"), "{r:?}");
        let r = all_relations_of(
            "标题\n\n南京大学联合华为技术有限公司共建的“某中心”在南京江北新区启用。\n",
        );
        assert!(!has(&r, "华为技术有限公司 locatedIn 南京江北新区"), "{r:?}");
        let r = all_relations_of("标题\n\n杭州市之江实验室正式揭牌。\n");
        assert_eq!(
            r.iter().filter(|r| r.contains("locatedIn")).count(),
            1,
            "{r:?}"
        );
    }

    #[test]
    fn a_body_named_after_its_place_is_the_sentences_subject() {
        let r = relations_of(
            "佛山市科学技术局2024年工作总结\n\n佛山仙湖实验室在氢能领域取得系列进展，与中国科学院、武汉理工大学等联合开展材料攻关。\n",
        );
        assert!(has(&r, "仙湖实验室 cooperatesWith 中国科学院"), "{r:?}");
        assert!(
            !has(&r, "佛山市科学技术局 cooperatesWith 中国科学院"),
            "{r:?}"
        );
    }

    #[test]
    fn an_institution_after_a_place_lies_in_it() {
        let r = all_relations_of("标题\n\n长沙岳麓山实验室聚焦种业创新。\n");
        assert!(has(&r, "岳麓山实验室 locatedIn 长沙市"), "{r:?}");
    }

    #[test]
    fn programs_listed_with_their_counts_are_all_undertaken() {
        let r = relations_of(
            "河南省科技简报\n\n郑州大学获批国家重点研发计划项目20项、国家自然科学基金项目300项。\n",
        );
        assert!(has(&r, "郑州大学 undertakes 国家重点研发计划"), "{r:?}");
        assert!(has(&r, "郑州大学 undertakes 国家自然科学基金"), "{r:?}");
    }

    #[test]
    fn who_carries_out_a_program_may_be_named_with_you() {
        let r = relations_of(
            "河南省科技简报\n\n“科创中原”行动由河南省科学技术厅、河南省教育厅共同组织实施。\n",
        );
        assert!(has(&r, "河南省科学技术厅 undertakes 科创中原行动"), "{r:?}");
        assert!(has(&r, "河南省教育厅 undertakes 科创中原行动"), "{r:?}");
    }

    #[test]
    fn what_a_work_report_says_we_carry_out_the_region_undertakes() {
        let r = relations_of("2025年甘肃省政府工作报告\n\n2025年，我们将实施“强科技”行动。\n");
        assert!(has(&r, "甘肃省 undertakes 强科技行动"), "{r:?}");
    }

    #[test]
    fn a_town_after_its_county_lies_in_it() {
        let r = all_relations_of("测试\n\n2023年，温岭市箬横镇新增科技型企业12家。\n");
        assert!(has(&r, "箬横镇 locatedIn 温岭市"), "{r:?}");
    }

    #[test]
    fn places_that_zai_names_are_where_not_who() {
        let r =
            relations_of("山东省科技简报\n\n山东大学在青岛、威海两地布局建设前沿交叉研究院。\n");
        assert!(has(&r, "山东大学 establishes 前沿交叉研究院"), "{r:?}");
        assert!(!has(&r, "威海市 establishes 前沿交叉研究院"), "{r:?}");
        assert!(!has(&r, "青岛市 establishes 前沿交叉研究院"), "{r:?}");
    }

    #[test]
    fn who_leads_acts_with_those_the_next_clause_joins() {
        let r = relations_of(
            "山东省科技简报\n\n由山东大学牵头，联合浪潮集团有限公司共建的国家先进计算技术创新中心获批建设。\n",
        );
        assert!(
            has(&r, "山东大学 establishes 国家先进计算技术创新中心"),
            "{r:?}"
        );
        assert!(
            has(&r, "浪潮集团有限公司 establishes 国家先进计算技术创新中心"),
            "{r:?}"
        );
    }

    #[test]
    fn an_institute_opened_or_built_in_a_place_lies_in_it() {
        let r = all_relations_of(
            "江西省科技简报\n\n中国科学院赣江创新研究院在赣州市挂牌。江西稀土永磁中试平台在南昌市完成主体建设。\n",
        );
        assert!(
            has(&r, "中国科学院赣江创新研究院 locatedIn 赣州市"),
            "{r:?}"
        );
        assert!(has(&r, "江西稀土永磁中试平台 locatedIn 南昌市"), "{r:?}");
    }

    #[test]
    fn an_institution_with_its_city_in_brackets_lies_in_it() {
        let r = all_relations_of(
            "标题\n\n1. 清华大学海峡研究院（厦门市）\n2. 电子科技大学长三角研究院（湖州）\n",
        );
        assert!(has(&r, "清华大学海峡研究院 locatedIn 厦门市"), "{r:?}");
        assert!(
            has(&r, "电子科技大学长三角研究院（湖州） locatedIn 湖州市"),
            "{r:?}"
        );
        assert!(
            has(
                &r,
                "电子科技大学长三角研究院（湖州） subOrganizationOf 电子科技大学"
            ),
            "{r:?}"
        );
    }

    #[test]
    fn a_unit_said_to_belong_to_an_organization_is_part_of_it() {
        let r = all_relations_of(
            "标题\n\n中国电子科技集团有限公司下属的中电科装备有限公司营业收入20亿元。华为技术有限公司旗下海思半导体有限公司发布新品。中电科芯片技术有限公司隶属于中国电子科技集团有限公司。\n",
        );
        for wanted in [
            "中电科装备有限公司 subOrganizationOf 中国电子科技集团有限公司",
            "海思半导体有限公司 subOrganizationOf 华为技术有限公司",
            "中电科芯片技术有限公司 subOrganizationOf 中国电子科技集团有限公司",
        ] {
            assert!(has(&r, wanted), "{wanted}: {r:?}");
        }
        // (Not across a word: 下属14家单位 names no unit.)
        let r = all_relations_of("标题\n\n中国科学院下属14家单位与浙江大学合作。\n");
        assert!(!r.iter().any(|r| r.contains("subOrganizationOf")), "{r:?}");
    }

    #[test]
    fn agents_that_act_respectively_on_one_name_each_act_on_it() {
        let r = relations_of(
            "标题\n\n新疆大学、新疆农业大学、塔里木大学分别获批国家自然科学基金项目182项、96项、64项。\n",
        );
        for head in ["新疆大学", "新疆农业大学", "塔里木大学"] {
            assert!(
                has(&r, &format!("{head} undertakes 国家自然科学基金")),
                "{r:?}"
            );
        }
        // (Not when the name opens a list whose other names are not known.)
        let r =
            relations_of("标题\n\n北华大学、吉林化工学院分别与浙江大学、某某某化纤厂开展合作。\n");
        assert!(!has(&r, "吉林化工学院 cooperatesWith 浙江大学"), "{r:?}");
        // Agents joined by 与 that act respectively do not cooperate.
        let r = relations_of("标题\n\n贵州科学院与浙江大学分别牵头实施重大专项11项、15项。\n");
        assert!(!r.iter().any(|r| r.contains("cooperatesWith")), "{r:?}");
    }

    #[test]
    fn a_clause_that_opens_with_where_is_about_what_the_clause_before_ends_with() {
        let r = all_relations_of(
            "标题\n\n浪潮集团有限公司与浙江大学合作建设“东数西算”甘肃算力枢纽节点，位于庆阳市。\n",
        );
        assert!(
            has(&r, "东数西算甘肃算力枢纽节点 locatedIn 庆阳市"),
            "{r:?}"
        );
        assert!(!has(&r, "浪潮集团有限公司 locatedIn 庆阳市"), "{r:?}");
        // (Not the builders of a thing this reads not, nor who names what 位于…的 is.)
        let r = all_relations_of(
            "标题\n\n中国科学院昆明植物研究所与浙江大学共建三七产业科技特派员工作站，位于文山壮族苗族自治州。科学技术部公布名单，位于贵阳国家高新技术产业开发区的某孵化器入选。\n",
        );
        assert!(
            !has(&r, "中国科学院昆明植物研究所 locatedIn 文山壮族苗族自治州"),
            "{r:?}"
        );
        assert!(
            !r.iter().any(|r| r.starts_with("科学技术部 locatedIn")),
            "{r:?}"
        );
        // (A clause before that ends with its verb leaves the sentence's subject.)
        let r = all_relations_of(
            "标题\n\n光谷实验室由华中科技大学牵头，联合武汉大学等单位共建，位于武汉东湖新技术开发区。\n",
        );
        assert!(
            has(&r, "光谷实验室 locatedIn 武汉东湖新技术开发区"),
            "{r:?}"
        );
    }
}
