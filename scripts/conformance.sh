#!/usr/bin/env bash
# `make conformance`: monitor's feed parser against the feedparser test corpus in
# DATA/feeds/feedparser-dev (not part of the repository; skipped when absent). Each file is
# parsed by its own `monitor parse FILE --timezone UTC` process (with the case's HTTP
# Content-Type through --content-type) under a per-file timeout, and the case's Python
# expectation is judged by scripts/peers/feedparser_conformance.py against monitor's JSON.
# Date strings of date_parser_cases.json go through `monitor parse --dates` in one process.
set -uo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data}
corpus=$data/feeds/feedparser-dev
monitor=${MONITOR:-$PWD/.build/release/monitor}
if [ ! -f "$corpus/manifest.jsonl" ]; then
  echo "make conformance: skipped, no corpus at $corpus (it is not part of the repository)"
  exit 0
fi
if [ ! -x "$monitor" ]; then
  echo "make conformance: $monitor not found; run make build first" >&2
  exit 1
fi
exec /usr/bin/python3 scripts/peers/feedparser_conformance.py "$corpus" "$monitor" \
  --timeout "${CONFORMANCE_TIMEOUT:-10}" ${CONFORMANCE_VERBOSE:+--verbose}
