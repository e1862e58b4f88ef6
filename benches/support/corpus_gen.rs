//! A reproducible synthetic corpus of policy documents for benchmarks: the body lines of
//! `data/corpus/seed.txt` and our own sentence templates, with the places, agencies,
//! organisations, fields and numbers varied per document by a seeded generator, so the
//! same seed and size always give byte-identical files.
//!
//! Shared by `benches/scale.rs` and `examples/gen_corpus.rs` (included with `#[path]`).

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

const SEED_TEXT: &str = include_str!("../../data/corpus/seed.txt");
const PLACES: &str = include_str!("../../data/lexicon/places.tsv");
const ORGANIZATIONS: &str = include_str!("../../data/lexicon/organizations.tsv");

const FIELDS: [&str; 14] = [
    "人工智能",
    "集成电路",
    "生物医药",
    "新材料",
    "新能源",
    "高端装备",
    "数字经济",
    "海洋经济",
    "现代农业",
    "节能环保",
    "量子信息",
    "智能网联汽车",
    "航空航天",
    "医疗器械",
];

const KINDS: [&str; 6] = [
    "通知",
    "实施意见",
    "若干措施",
    "工作方案",
    "管理办法",
    "建议的答复",
];

const TEMPLATES: [&str; 12] = [
    "{year}年,{city}新增高新技术企业{n3}家、科技型中小企业{n4}家,全社会研发投入{n2}.{n1}亿元,同比增长{n1}.{n1}%。",
    "支持{org}联合{univ}共建{city}{field}重点实验室,省财政给予{n3}万元补助。",
    "{county}获批创建省级高新技术产业园区,{year}年实现规上工业增加值{n3}亿元。",
    "{agency}会同{city}发展改革委印发《{city}关于加快{field}产业高质量发展的若干政策》。",
    "{univ}与{org}签订战略合作协议,围绕{field}开展关键核心技术攻关。",
    "到{year}年,{province}{field}产业规模力争突破{n4}亿元,培育科技领军企业{n2}家。",
    "在{county}设立{field}成果转化中心,引进高层次人才团队{n2}个。",
    "{org}承担国家重点研发计划项目{n1}项,获得中央财政资金{n4}万元。",
    "{city}人民政府办公室关于印发{city}{field}创新发展行动计划({year}—{year2}年)的通知。",
    "推动{univ}、{org}等单位在{city}布局建设新型研发机构{n2}家。",
    "{year}年{city}技术合同成交额达到{n3}.{n1}亿元,占地区生产总值比重{n1}.{n1}%。",
    "{province}科学技术厅将继续支持{county}开展{field}领域科技特派员试点。",
];

/// SplitMix64: a tiny, well-mixed, seedable generator (no dependency).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator for one document of one corpus.
    pub fn new(seed: u64, stream: u64) -> Self {
        let mut rng = Self(seed ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        rng.next();
        rng
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// One element.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Names the generator draws from (built once from the embedded lexicons).
#[derive(Debug)]
pub struct Names {
    provinces: Vec<(String, String)>,
    cities: Vec<(String, String)>,
    counties: Vec<(String, String)>,
    universities: Vec<String>,
    organizations: Vec<String>,
    body: Vec<&'static str>,
}

fn short(name: &str, alias: &str) -> String {
    if !alias.is_empty() {
        return alias.split('|').next().unwrap_or(name).to_owned();
    }
    let chars: Vec<char> = name.chars().collect();
    if chars.len() > 2 && matches!(chars[chars.len() - 1], '市' | '县' | '区' | '省') {
        chars[..chars.len() - 1].iter().collect()
    } else {
        name.to_owned()
    }
}

impl Names {
    /// Reads the name pools from the embedded lexicons and seed text.
    pub fn new() -> Self {
        let mut names = Self {
            provinces: Vec::new(),
            cities: Vec::new(),
            counties: Vec::new(),
            universities: Vec::new(),
            organizations: Vec::new(),
            body: Vec::new(),
        };
        for line in PLACES.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 5 || cols[4].len() != 6 {
                continue;
            }
            let entry = (cols[0].to_owned(), short(cols[0], cols[2]));
            if cols[4].ends_with("0000") {
                names.provinces.push(entry);
            } else if cols[4].ends_with("00") {
                names.cities.push(entry);
            } else if !cols[0].ends_with('区') {
                names.counties.push(entry);
            }
        }
        for line in ORGANIZATIONS.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            match cols.get(1) {
                Some(&"University") => names.universities.push(cols[0].to_owned()),
                Some(&"ResearchInstitute") | Some(&"Enterprise") => {
                    names.organizations.push(cols[0].to_owned())
                }
                _ => {}
            }
        }
        // The body: the seed's lines after its metadata and title block.
        names.body = SEED_TEXT
            .lines()
            .skip(7)
            .filter(|l| l.chars().count() >= 8)
            .collect();
        names
    }
}

impl Default for Names {
    fn default() -> Self {
        Self::new()
    }
}

/// Replaces each run of ASCII digits by random digits of the same length (4-digit runs
/// starting with 20 become years 2016–2025).
fn vary_numbers(line: &str, rng: &mut Rng, out: &mut String) {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let run = &line[start..i];
            if run.len() == 4 && run.starts_with("20") {
                out.push_str(&(2016 + rng.below(10)).to_string());
            } else {
                for k in 0..run.len() {
                    let d = if k == 0 && run.len() > 1 {
                        1 + rng.below(9)
                    } else {
                        rng.below(10)
                    };
                    out.push(char::from(b'0' + d as u8));
                }
            }
        } else {
            let ch = line[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
}

/// One document (the generator is a pure function of `seed` and `index`).
pub fn document(names: &Names, seed: u64, index: u64) -> String {
    let mut rng = Rng::new(seed, index);
    let province = rng.pick(&names.provinces).clone();
    let city = rng.pick(&names.cities).clone();
    let county = rng.pick(&names.counties).clone();
    let field = *rng.pick(&FIELDS);
    let year = 2016 + rng.below(10);
    let agency = if rng.below(2) == 0 {
        format!("{}科学技术厅", province.0)
    } else {
        format!("{}科学技术局", city.0)
    };
    let mut doc = String::with_capacity(24 * 1024);
    doc.push_str(&format!(
        "索引号: | {:09}/{year}-{:05} | 发布机构: | {agency} |\n发文日期: | {year}-{:02}-{:02} | 公开方式: | 主动公开 |\n",
        rng.next() % 1_000_000_000,
        rng.below(99_999),
        1 + rng.below(12),
        1 + rng.below(28),
    ));
    doc.push_str(&format!(
        "关于{}{}{}的{}\n{agency}\n{}科〔{year}〕{}号\n",
        city.0,
        ["加快", "推进", "支持", "促进"][rng.below(4)],
        field,
        rng.pick(&KINDS),
        province.1,
        1 + rng.below(300)
    ));
    let replacements = [
        ("浙江省", province.0.as_str()),
        ("浙江", province.1.as_str()),
        ("龙港市", county.0.as_str()),
        ("龙港", county.1.as_str()),
        ("杭州市", city.0.as_str()),
        ("杭州", city.1.as_str()),
        ("温州", city.1.as_str()),
    ];
    let lines = rng.between(15, 80);
    let mut varied = String::new();
    for _ in 0..lines {
        let line = if rng.below(5) == 0 {
            let template = *rng.pick(&TEMPLATES);
            fill(
                template, names, &mut rng, &province, &city, &county, field, &agency, year,
            )
        } else {
            let mut line = (*rng.pick(&names.body)).to_owned();
            for (from, to) in replacements {
                if line.contains(from) {
                    line = line.replace(from, to);
                }
            }
            line
        };
        varied.clear();
        vary_numbers(&line, &mut rng, &mut varied);
        doc.push_str(&varied);
        doc.push('\n');
    }
    doc.push_str(&format!(
        "{agency}\n{year}年{}月{}日\n",
        1 + rng.below(12),
        1 + rng.below(28)
    ));
    doc
}

#[allow(clippy::too_many_arguments)]
fn fill(
    template: &str,
    names: &Names,
    rng: &mut Rng,
    province: &(String, String),
    city: &(String, String),
    county: &(String, String),
    field: &str,
    agency: &str,
    year: usize,
) -> String {
    let mut out = String::from(template);
    // The {nK} placeholders become K digits, randomised with the rest of the line.
    let pairs: [(&str, String); 13] = [
        ("{province}", province.0.clone()),
        ("{city}", city.0.clone()),
        ("{county}", county.0.clone()),
        ("{field}", field.to_owned()),
        ("{agency}", agency.to_owned()),
        ("{org}", rng.pick(&names.organizations).clone()),
        ("{univ}", rng.pick(&names.universities).clone()),
        ("{year2}", (year + 2 + rng.below(4)).to_string()),
        ("{year}", year.to_string()),
        ("{n1}", "1".into()),
        ("{n2}", "12".into()),
        ("{n3}", "123".into()),
        ("{n4}", "1234".into()),
    ];
    for (key, value) in &pairs {
        if out.contains(key) {
            out = out.replace(key, value);
        }
    }
    out
}

/// Writes documents `doc000000.txt`, … (1,000 per sub-folder) under `dir` until at least
/// `target_bytes` are written. Returns the number of documents and bytes.
pub fn generate(dir: &Path, target_bytes: u64, seed: u64) -> std::io::Result<(u64, u64)> {
    let names = Names::new();
    let mut bytes = 0;
    let mut index = 0;
    while bytes < target_bytes {
        let text = document(&names, seed, index);
        let path = document_path(dir, index);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
        file.write_all(text.as_bytes())?;
        file.flush()?;
        bytes += text.len() as u64;
        index += 1;
    }
    Ok((index, bytes))
}

/// Where document `index` goes.
pub fn document_path(dir: &Path, index: u64) -> PathBuf {
    dir.join(format!("{:03}", index / 1000))
        .join(format!("doc{index:06}.txt"))
}
