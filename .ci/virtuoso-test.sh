#!/usr/bin/env bash
# Tests `policykg push` against a real Virtuoso: starts one on loopback with a config
# copied from the Debian package, whose ports and database folder point to a temporary
# folder; pushes the sample corpus to the Graph Store endpoint with digest
# authentication (dba/dba on a fresh database), twice (PUT is idempotent); then queries
# the data back through /sparql and compares it with `policykg extract --format nquads`.
# Usage: .ci/virtuoso-test.sh PATH/TO/policykg
# With POLICYKG_PUSH_BENCH=DIR, also pushes the corpus in DIR and prints the throughput.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:?usage: virtuoso-test.sh POLICYKG_BINARY}"

if ! command -v virtuoso-t >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null
fi
INI=/etc/virtuoso-opensource-7/virtuoso.ini
[ -f "$INI" ] || { echo "no $INI" >&2; exit 1; }

TMP="$(mktemp -d)"
SQL_PORT=$((20000 + RANDOM % 10000))
HTTP_PORT=$((SQL_PORT + 1))
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

mkdir -p "$TMP/db"
sed -e "s#/var/lib/virtuoso-opensource-7/db#$TMP/db#g" \
    -e "/^\[Parameters\]/,/^\[/ s#^ServerPort[[:space:]]*=.*#ServerPort = 127.0.0.1:$SQL_PORT#" \
    -e "/^\[HTTPServer\]/,/^\[/ s#^ServerPort[[:space:]]*=.*#ServerPort = 127.0.0.1:$HTTP_PORT#" \
    "$INI" > "$TMP/virtuoso.ini"
(cd "$TMP/db" && exec virtuoso-t +configfile "$TMP/virtuoso.ini" +foreground) > "$TMP/virtuoso.out" 2>&1 &
PID=$!

BASE="http://127.0.0.1:$HTTP_PORT"
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "$BASE/sparql?query=ASK%7B%7D"; then break; fi
  if ! kill -0 "$PID" 2>/dev/null; then cat "$TMP/virtuoso.out" "$TMP/db/virtuoso.log" >&2 || true; exit 1; fi
  sleep 1
done
curl -fs -o /dev/null "$BASE/sparql?query=ASK%7B%7D" || { echo "Virtuoso did not start" >&2; exit 1; }

sparql() { # prints the CSV result without its header
  curl -fsS --get --data-urlencode "query=$1" -H 'Accept: text/csv' "$BASE/sparql" | tail -n +2 | tr -d '"\r'
}

# What the named graphs must hold: the triples of `extract --format nquads --no-merged`.
"$BIN" extract --format nquads --no-merged data/corpus > "$TMP/expected.nq"
EXPECTED=$(wc -l < "$TMP/expected.nq")
GRAPH=$(head -1 "$TMP/expected.nq" | grep -o '<[^>]*> \.$' | sed 's/ \.$//; s/[<>]//g')

# Without credentials the endpoint refuses, and push says so.
if "$BIN" push --endpoint "$BASE/sparql-graph-crud-auth" data/corpus 2> "$TMP/err"; then
  echo "push without credentials should fail" >&2; exit 1
fi
grep -q "authentication failed" "$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
# Wrong password: a clear error too.
if "$BIN" push --endpoint "$BASE/sparql-graph-crud-auth" --user dba --password wrong data/corpus 2> "$TMP/err"; then
  echo "push with a wrong password should fail" >&2; exit 1
fi
grep -q "check --user and --password" "$TMP/err" || { cat "$TMP/err" >&2; exit 1; }

for round in 1 2; do
  "$BIN" push --endpoint "$BASE/sparql-graph-crud-auth" --user dba --password dba data/corpus
  GOT=$(sparql "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$GRAPH> { ?s ?p ?o } }")
  if [ "$GOT" != "$EXPECTED" ]; then
    echo "round $round: Virtuoso has $GOT triples in <$GRAPH>, expected $EXPECTED" >&2; exit 1
  fi
done
# The data answers queries: every entity label of the sample is there.
LABELS=$(grep -c 'http://www.w3.org/2000/01/rdf-schema#label' "$TMP/expected.nq")
GOT=$(sparql "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$GRAPH> { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")
[ "$GOT" = "$LABELS" ] || { echo "labels: got $GOT, expected $LABELS" >&2; exit 1; }
NAME=$(sparql "SELECT ?l WHERE { GRAPH <$GRAPH> { ?e a <https://w3id.org/policykg/ontology#AdministrativeRegion> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } } ORDER BY ?l LIMIT 1")
[ -n "$NAME" ] || { echo "no administrative region came back" >&2; exit 1; }
echo "virtuoso: push of the sample OK ($EXPECTED triples in <$GRAPH>, idempotent; e.g. region $NAME)"

if [ -n "${POLICYKG_PUSH_BENCH:-}" ]; then
  START=$(date +%s.%N)
  /usr/bin/time -f "push: %e s wall, %U s user, %S s system, %M KB peak RSS" \
    "$BIN" push --endpoint "$BASE/sparql-graph-crud-auth" --user dba --password dba "$POLICYKG_PUSH_BENCH"
  END=$(date +%s.%N)
  BYTES=$(find "$POLICYKG_PUSH_BENCH" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  TRIPLES=$(sparql "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
  awk -v b="$BYTES" -v s="$START" -v e="$END" -v t="$TRIPLES" \
    'BEGIN { printf "push bench: %.1f MB in %.1f s = %.2f MB/s; Virtuoso now holds %d triples in named graphs\n", b/1e6, e-s, b/1e6/(e-s), t }'
fi
