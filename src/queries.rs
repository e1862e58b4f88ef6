//! The SPARQL cookbook: the questions a policy researcher asks of the graph, kept as
//! files in `data/queries/` (each starts with a `#` comment stating its question) and
//! embedded here so the binary and a server can list and run them without the sources.

/// One cookbook entry as `(name, question, sparql)`: the file name without `.rq`, the
/// question of its first comment line, and the query text.
pub type Recipe = (&'static str, &'static str, &'static str);

macro_rules! recipe {
    ($name:literal, $question:literal) => {
        (
            $name,
            $question,
            include_str!(concat!("../data/queries/", $name, ".rq")),
        )
    };
}

/// Every cookbook query, in reading order.
pub const COOKBOOK: &[Recipe] = &[
    recipe!(
        "programs-per-place",
        "Which programs does each place take part in, directly or through the places and organizations inside it?"
    ),
    recipe!(
        "institutions-in-city",
        "Which organizations and facilities are located in a given city, at any depth of the hierarchy?"
    ),
    recipe!(
        "labs-in-province",
        "Which laboratories, research institutes and facilities are in a given province, and who established them?"
    ),
    recipe!(
        "supports-and-establishes",
        "What does a given organization support or establish, and which sentence says so?"
    ),
    recipe!(
        "which-sentence-says",
        "Which sentence, in which document and at which character offsets, says that a given place undertakes a given program?"
    ),
    recipe!(
        "targets-vs-actuals",
        "For a given place or institution, what were the actual (or expected) values of each indicator and what are its targets, year by year?"
    ),
    recipe!(
        "place-facts",
        "What numbers do the documents state about a given place, with year, status and source sentence?"
    ),
    recipe!(
        "entity-mentions",
        "Which documents mention a given entity, where, and in which sentences?"
    ),
    recipe!(
        "program-co-mentions",
        "Which entities are mentioned in the same sentences as a given program, and how often?"
    ),
    recipe!(
        "place-hierarchy",
        "What is the full hierarchy above a given place, with division codes, from the nearest ancestor up?"
    ),
    recipe!(
        "division-codes",
        "Which administrative divisions does the graph know, with their GB/T 2260 code and parent division?"
    ),
    recipe!(
        "agency-policies",
        "Which policies and documents did a given agency issue?"
    ),
    recipe!(
        "sub-organizations",
        "Which sub-units does each parent organization have, at any depth, and where are they located?"
    ),
    recipe!(
        "cooperation-network",
        "Which organizations cooperate with each other, and in how many documents is each pair stated?"
    ),
    recipe!(
        "document-catalogue",
        "Which documents are in the graph, with their title, publisher, date, issuing number and region, and how much was extracted from each?"
    ),
    recipe!(
        "entity-types",
        "How many entities of each type does the graph hold, and in how many documents are they mentioned?"
    ),
];

/// The cookbook entry named `name`; also accepts `name.rq` and a path ending in it
/// (`data/queries/place-hierarchy.rq`).
pub fn find(name: &str) -> Option<&'static Recipe> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = file.strip_suffix(".rq").unwrap_or(file);
    COOKBOOK.iter().find(|(n, _, _)| *n == stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_is_the_first_comment_of_its_file() {
        for (name, question, sparql) in COOKBOOK {
            let first = sparql.lines().next().unwrap_or_default();
            assert_eq!(first, format!("# {question}"), "{name}.rq");
        }
    }

    #[test]
    fn every_query_file_is_in_the_cookbook_once() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/queries");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|f| f.ends_with(".rq"))
            .collect();
        files.sort();
        let mut names: Vec<String> = COOKBOOK.iter().map(|(n, _, _)| format!("{n}.rq")).collect();
        names.sort();
        assert_eq!(files, names);
        assert!(COOKBOOK.len() >= 12);
    }

    #[test]
    fn find_accepts_names_files_and_paths() {
        assert_eq!(find("place-hierarchy").unwrap().0, "place-hierarchy");
        assert_eq!(find("place-hierarchy.rq").unwrap().0, "place-hierarchy");
        assert_eq!(
            find("data/queries/place-hierarchy.rq").unwrap().0,
            "place-hierarchy"
        );
        assert!(find("no-such-query").is_none());
    }
}
