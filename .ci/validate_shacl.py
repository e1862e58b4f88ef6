#!/usr/bin/env python3
"""Validate policykg RDF output against the ontology and SHACL shapes in ontology/.

Usage:
    python3 .ci/validate_shacl.py DATA_FILE [DATA_FILE ...] [--max-results N]

Every file is parsed (format from the extension: .ttl, .nt, .nq, .trig, .jsonld, .rdf, ...)
and all triples of all files and all their graphs are merged into one graph: the merged
knowledge graph. That graph is validated with pySHACL against ontology/shapes.ttl, with RDFS
inference over ontology/policykg.ttl (the equivalent of `pyshacl -i rdfs -e policykg.ttl`).
For dataset formats (.trig, .nq) the named graphs are also checked to be one per document:
each graph's name is the IRI of a pk:Document stated in it.

Exit status: 0 when the data conforms (warnings are printed but allowed), 1 on any violation,
2 when a file cannot be read or parsed.

Requires: pip install pyshacl  (brings rdflib).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

try:
    from pyshacl import validate
    from rdflib import Dataset, Graph, Namespace, URIRef
    from rdflib.namespace import RDF, SH
except ImportError as err:  # pragma: no cover - environment problem
    sys.stderr.write(f"error: {err}. Install the validator's dependencies: pip install pyshacl\n")
    sys.exit(2)

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "policykg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"

PK = Namespace("https://w3id.org/policykg/ontology#")
PKS = Namespace("https://w3id.org/policykg/shapes#")
PREFIXES = {
    "pk": str(PK),
    "pks": str(PKS),
    "place": "https://w3id.org/policykg/id/place/",
    "organization": "https://w3id.org/policykg/id/organization/",
    "facility": "https://w3id.org/policykg/id/facility/",
    "program": "https://w3id.org/policykg/id/program/",
    "policy": "https://w3id.org/policykg/id/policy/",
    "person": "https://w3id.org/policykg/id/person/",
    "doc": "https://w3id.org/policykg/doc/",
    "rdf": str(RDF),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": str(SH),
}

FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
    ".n3": "n3",
}
DATASET_FORMATS = {"nquads", "trig", "json-ld"}
SEVERITY_ORDER = {SH.Violation: 0, SH.Warning: 1, SH.Info: 2}


def short(term) -> str:
    """A compact, readable form of an RDF term."""
    if term is None:
        return "-"
    if isinstance(term, URIRef):
        iri = str(term)
        best = None
        for prefix, ns in PREFIXES.items():
            if iri.startswith(ns) and (best is None or len(ns) > len(PREFIXES[best])):
                best = prefix
        return f"{best}:{iri[len(PREFIXES[best]):]}" if best else f"<{iri}>"
    return term.n3()


def load(path: Path, merged: Graph) -> list[str]:
    """Parse one file into `merged`; return problems with its named-graph structure."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown extension {path.suffix!r} (known: {', '.join(sorted(FORMATS))})")
    ds = Dataset()
    ds.parse(str(path), format=fmt)
    graphs: dict[URIRef, Graph] = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        merged.add((s, p, o))
        name = g.identifier if isinstance(g, Graph) else g
        if isinstance(name, URIRef) and name != ds.default_graph.identifier:
            graphs.setdefault(name, Graph()).add((s, p, o))
    problems = []
    if fmt in DATASET_FORMATS:
        for name, graph in sorted(graphs.items()):
            if (name, RDF.type, PK.Document) not in graph:
                problems.append(f"{path}: named graph {short(name)} does not state `{short(name)} a pk:Document`")
            for doc in graph.subjects(RDF.type, PK.Document):
                if doc != name:
                    problems.append(f"{path}: graph {short(name)} describes another document {short(doc)}")
            for cls in (PK.RelationAssertion, PK.Fact, PK.Mention):
                for node in graph.subjects(RDF.type, cls):
                    if not str(node).startswith(str(name) + "#"):
                        problems.append(f"{path}: {short(node)} in graph {short(name)} is not local to that document")
    return problems


def shape_name(shapes: Graph, shape) -> str:
    """The shape's name; a blank property shape is named after its node shape and path."""
    if isinstance(shape, URIRef):
        return short(shape)
    parent = shapes.value(None, SH.property, shape)
    path = shapes.value(shape, SH.path)
    if parent is not None:
        return f"{shape_name(shapes, parent)} {short(path) if isinstance(path, URIRef) else ''}".strip()
    return "anonymous shape"


def report(results: Graph, shapes: Graph, limit: int) -> tuple[int, int]:
    """Print the validation results; return (violations, other results)."""
    rows = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        rows.append(
            (
                SEVERITY_ORDER.get(severity, 3),
                short(severity).removeprefix("sh:"),
                short(focus),
                short(path) if path is not None else "",
                short(value) if value is not None and value != focus else "",
                messages[0] if messages else short(results.value(r, SH.sourceConstraintComponent)),
                shape_name(shapes, results.value(r, SH.sourceShape)),
            )
        )
    rows.sort()
    if not rows:
        return 0, 0

    print("\nResults by message:")
    for (severity, message), n in sorted(Counter((row[1], row[5]) for row in rows).items(),
                                         key=lambda kv: (SEVERITY_ORDER.get(SH[kv[0][0]], 3), -kv[1])):
        print(f"  {n:5d} x {severity}: {message}")

    print("\nDetails:")
    shown = rows if limit <= 0 else rows[:limit]
    for _, severity, focus, path, value, message, shape in shown:
        where = focus + (f"  {path}" if path else "") + (f"  = {value}" if value else "")
        print(f"  [{severity}] {where}\n      {message}  ({shape})")
    if len(shown) < len(rows):
        print(f"  ... and {len(rows) - len(shown)} more (use --max-results 0 to see all)")
    violations = sum(1 for row in rows if row[0] == 0)
    return violations, len(rows) - violations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", type=Path, help="RDF files written by policykg")
    parser.add_argument("--max-results", type=int, default=50, metavar="N",
                        help="show at most N detailed results (0: all; default 50)")
    args = parser.parse_args()

    merged = Graph()
    structure: list[str] = []
    for path in args.data:
        try:
            structure += load(path, merged)
        except Exception as err:  # parse errors of any kind
            print(f"error: cannot read {path}: {err}", file=sys.stderr)
            return 2
    shapes = Graph().parse(SHAPES, format="turtle")
    ontology = Graph().parse(ONTOLOGY, format="turtle")

    print(f"Data: {len(merged)} triples from {len(args.data)} file(s); "
          f"{sum(1 for _ in merged.subjects(RDF.type, PK.Document))} documents")
    print(f"Shapes: {SHAPES.relative_to(ROOT)}; ontology: {ONTOLOGY.relative_to(ROOT)} (RDFS inference)")

    conforms, results, _text = validate(
        merged,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="rdfs",
        abort_on_first=False,
        allow_warnings=True,
        allow_infos=True,
        meta_shacl=False,
        advanced=False,
        debug=False,
    )
    violations, others = report(results, shapes, args.max_results)

    if structure:
        print("\nNamed graphs:")
        for problem in structure:
            print(f"  [Violation] {problem}")
        violations += len(structure)

    ok = conforms and not structure
    print(f"\nConforms: {ok}  ({violations} violation(s), {others} warning(s)/info)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
