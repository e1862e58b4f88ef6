"""A real SPARQL client (SPARQLWrapper) against a running `policykg serve`.

Usage: serve_client.py BASE_URL   (e.g. http://127.0.0.1:7878)

Checks: SELECT in JSON, XML, CSV and TSV; ASK; CONSTRUCT parsed as Turtle by rdflib;
an update is refused by the read-only server (HTTP 403); a bad query gets HTTP 400
with the parser's message. Prints one line per check, then 'N passed, N failed'.
"""

import sys
import urllib.error

import rdflib
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

BASE = sys.argv[1].rstrip("/")
ENDPOINT = BASE + "/sparql"
PROGRAMS = """
PREFIX pk: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?program WHERE {
  ?place rdfs:label "龙港市"@zh ; pk:undertakes ?p .
  ?p rdfs:label ?program
} ORDER BY ?program
"""

passed = failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def client(fmt, method=None):
    sparql = SPARQLWrapper(ENDPOINT, updateEndpoint=BASE + "/update")
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql


for method in (None, POST):
    sparql = client(JSON, method)
    sparql.setQuery(PROGRAMS)
    result = sparql.queryAndConvert()
    programs = [b["program"]["value"] for b in result["results"]["bindings"]]
    check(f"SELECT as JSON ({method or 'GET'})", "尖兵领雁" in programs, programs)

sparql = client(XML)
sparql.setQuery(PROGRAMS)
document = sparql.queryAndConvert()
literals = [n.firstChild.data for n in document.getElementsByTagName("literal")]
check("SELECT as XML", "尖兵领雁" in literals, literals)

for fmt in (CSV, TSV):
    sparql = client(fmt)
    sparql.setQuery(PROGRAMS)
    text = sparql.queryAndConvert().decode("utf-8")
    check(f"SELECT as {fmt.upper()}", "尖兵领雁" in text, text[:200])

sparql = client(JSON)
sparql.setQuery('ASK { ?x <http://www.w3.org/2000/01/rdf-schema#label> "龙港市"@zh }')
check("ASK", sparql.queryAndConvert().get("boolean") is True)

sparql = client(TURTLE)
sparql.setQuery(
    "CONSTRUCT { ?x <https://w3id.org/policykg/ontology#undertakes> ?p } "
    "WHERE { ?x <https://w3id.org/policykg/ontology#undertakes> ?p }"
)
turtle = sparql.queryAndConvert()
graph = rdflib.Graph().parse(data=turtle, format="turtle")
check("CONSTRUCT as Turtle", len(graph) > 0, len(graph))

sparql = client(JSON, POST)
sparql.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
try:
    sparql.query()
    check("update refused when read-only", False, "the update was accepted")
except urllib.error.HTTPError as error:
    body = error.read().decode("utf-8", "replace")
    check("update refused when read-only", error.code == 403 and "--writable" in body,
          f"{error.code} {body}")

sparql = client(JSON)
sparql.setQuery("SELECT ?x WHERE { ?x ?p }")
try:
    sparql.query()
    check("bad query gets 400", False, "the query was accepted")
except QueryBadFormed as error:
    check("bad query gets 400", "SPARQL syntax error" in str(error), str(error))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
