#!/usr/bin/env bash
# `policykg serve` end to end: a real SPARQL client (SPARQLWrapper), headless Chromium on
# the explorer page, and a bounded load test with wrk. Called from .ci/run after the
# release build; needs $BIN (the binary) and $POLICYKG_PYTHON (the CI venv's python).
# The page's screenshot is kept in $ARTIFACTS (default /tmp/policykg-artifacts).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN="${BIN:?set BIN to the policykg binary}"
PYTHON="${POLICYKG_PYTHON:?set POLICYKG_PYTHON to a python with SPARQLWrapper}"
ARTIFACTS="${ARTIFACTS:-/tmp/policykg-artifacts}"
LOAD_SECONDS="${LOAD_SECONDS:-30}"
mkdir -p "$ARTIFACTS"

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v wrk >/dev/null || need+=(wrk)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-wqy-zenhei)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
"$PYTHON" -m pip install -q --disable-pip-version-check SPARQLWrapper rdflib

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$BIN" build --store "$WORK/kg" data/corpus >/dev/null
"$BIN" serve --store "$WORK/kg" --bind 127.0.0.1:0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER_PID=$!
BASE=""
for _ in $(seq 100); do
  BASE="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$WORK/serve.out" | head -1 || true)"
  [ -n "$BASE" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.err"; exit 1; }
  sleep 0.1
done
[ -n "$BASE" ] || { echo "the server did not start"; exit 1; }
echo "server at $BASE"

echo "--- SPARQLWrapper"
"$PYTHON" .ci/serve_client.py "$BASE"

echo "--- build beside the read-only server"
"$BIN" build --store "$WORK/kg" data/corpus >/dev/null
kill -0 "$SERVER_PID" || { echo "FAIL the server died during the build"; exit 1; }
"$PYTHON" - "$BASE" <<'PY'
import json, sys, time, urllib.parse, urllib.request
query = urllib.parse.quote('ASK { ?d a pk:Document }')
time.sleep(3)  # past the server's 2 s check for a finished build
with urllib.request.urlopen(sys.argv[1] + "/sparql?query=" + query) as answer:
    assert json.load(answer)["boolean"] is True
PY
grep -q '^reloaded' "$WORK/serve.err" || { echo "FAIL the server did not reload after the build"; exit 1; }
echo "ok   build beside a running read-only server, which reloaded and still answers"

echo "--- headless Chromium"
chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --user-data-dir="$(mktemp -d -p "$WORK")" \
    --virtual-time-budget=20000 "$@" 2>>"$WORK/chromium.log"
}
# The query goes in the URL (not an example's name), so the check holds whatever the
# example list holds.
PAGE="$BASE/?$("$PYTHON" -c 'import urllib.parse; print(urllib.parse.urlencode({
    "query": "SELECT ?who ?program WHERE { ?w pk:undertakes ?p . ?w rdfs:label ?who . ?p rdfs:label ?program } ORDER BY ?who",
    "entity": "龙港市"}))')"
chrome --dump-dom "$PAGE" >"$WORK/page.html"
rows="$(grep -o 'class="result-row"' "$WORK/page.html" | wc -l)"
if [ "$rows" -lt 1 ] || ! grep -q '尖兵领雁' "$WORK/page.html"; then
  echo "FAIL the page shows no result row"; tail -20 "$WORK/chromium.log"; exit 1
fi
echo "ok   the page ran the query: $rows result rows"
if ! grep -q '<circle' "$WORK/page.html"; then
  echo "FAIL the page drew no neighbourhood"; exit 1
fi
echo "ok   the page drew the neighbourhood of 龙港市 ($(grep -o '<circle' "$WORK/page.html" | wc -l) nodes)"
chrome --screenshot="$ARTIFACTS/serve-page.png" --window-size=1400,1000 --hide-scrollbars "$PAGE" >/dev/null
[ -s "$ARTIFACTS/serve-page.png" ] || { echo "FAIL no screenshot"; exit 1; }
echo "ok   screenshot saved: $ARTIFACTS/serve-page.png"

echo "--- load: wrk, 32 connections, ${LOAD_SECONDS} s"
QUERY="$("$PYTHON" -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' \
  'SELECT ?who ?program WHERE { ?w pk:undertakes ?p . ?w rdfs:label ?who . ?p rdfs:label ?program }')"
wrk -t2 -c32 -d"${LOAD_SECONDS}s" --latency -H 'Accept: application/sparql-results+json' \
  "$BASE/sparql?query=$QUERY" | tee "$WORK/wrk.txt"
if grep -qE 'Non-2xx|Socket errors' "$WORK/wrk.txt"; then
  echo "FAIL errors under load"; exit 1
fi
echo "ok   no errors under load"
echo "7 passed, 0 failed"
