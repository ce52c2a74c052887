#!/usr/bin/env bash
# make bench, part 10: feed parsing.
# 1. Throughput: entries/s of `monitor parse FILE > out.json` (one process per 5,000-entry
#    RSS 2.0 and Atom 1.0 file from scripts/peers/make_bench_feeds.py, start-up and JSON
#    writing included, median of several processes) next to Python feedparser (PyPI, in
#    $BENCH_VENV) on the same files in the same run (scripts/peers/feedparser_bench.py).
# 2. Memory: peak RSS (/usr/bin/time -v) of `monitor parse` on a ~100 MB RSS feed; the
#    parser streams, so the bar is 256 MiB.
# Environment from scripts/bench.sh: MONITOR, BENCH_VENV, BENCH_WORK.
# Timed binary: the one `make install` ships and cron runs (static Swift runtime, built into
# .build/static here when missing or older than the sources), because start-up is part of
# what is timed and the static build starts in about half the time of the dynamic one.
# PARSE_BENCH_MONITOR=PATH times another binary instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${MONITOR:?run through scripts/bench.sh}" "${BENCH_VENV:?}" "${BENCH_WORK:?}"
SHIPPED=$PWD/.build/static/release/monitor
PARSE_MONITOR=${PARSE_BENCH_MONITOR:-$SHIPPED}
if [ "$PARSE_MONITOR" = "$SHIPPED" ]; then
  if [ ! -x "$SHIPPED" ] || [ -n "$(find Sources Package.swift -newer "$SHIPPED" -print -quit)" ]; then
    echo "building the shipped binary (as make install does) into .build/static…"
    swift build -c release --product monitor --static-swift-stdlib --scratch-path .build/static > "$BENCH_WORK/static-build.log" 2>&1 \
      || { echo "static build failed, see $BENCH_WORK/static-build.log"; exit 1; }
  fi
fi
echo "timing $PARSE_MONITOR ($(ldd "$PARSE_MONITOR" 2>/dev/null | grep libswiftCore >/dev/null && echo "dynamic Swift runtime" || echo "static Swift runtime, as make install ships"))"
FEEDS=$BENCH_WORK/feeds
ENTRIES=${PARSE_BENCH_ENTRIES:-5000}
BIG_ENTRIES=${PARSE_BENCH_BIG_ENTRIES:-72000}  # about 100 MB of RSS at ~1.4 KB an item

printf '\n== Feed parsing: monitor parse (one process per file) vs Python feedparser, same files\n'
/usr/bin/python3 scripts/peers/make_bench_feeds.py "$FEEDS" --entries "$ENTRIES" > "$BENCH_WORK/feeds.txt"
mapfile -t files < "$BENCH_WORK/feeds.txt"

if [ ! -x "$BENCH_VENV/bin/python" ]; then
  /usr/bin/python3 -m venv "$BENCH_VENV"
fi
if ! "$BENCH_VENV/bin/python" -c "import feedparser" 2>/dev/null; then
  echo "installing feedparser into $BENCH_VENV…"
  "$BENCH_VENV/bin/pip" install -q --disable-pip-version-check feedparser \
    || { echo "feedparser: pip install failed, peer unavailable"; exit 1; }
fi
"$BENCH_VENV/bin/python" scripts/peers/feedparser_bench.py "$PARSE_MONITOR" "$BENCH_WORK" "${files[@]}" \
  --reps "${PARSE_BENCH_REPS:-7}" --peer-reps "${PARSE_BENCH_PEER_REPS:-2}"

printf '\n== Feed parsing memory: peak RSS of monitor parse on a large feed (bar: 256 MiB)\n'
BIG=$BENCH_WORK/big
/usr/bin/python3 scripts/peers/make_bench_feeds.py "$BIG" --entries "$BIG_ENTRIES" > "$BENCH_WORK/big.txt"
big_file=$(head -n 1 "$BENCH_WORK/big.txt")
rm -f "$(sed -n 2p "$BENCH_WORK/big.txt")"  # the Atom twin is not needed
/usr/bin/time -v "$PARSE_MONITOR" parse "$big_file" > "$BENCH_WORK/big-out.json" 2> "$BENCH_WORK/big-time.txt"
peak_kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$BENCH_WORK/big-time.txt")
elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$BENCH_WORK/big-time.txt")
bytes=$(stat -c %s "$big_file")
entries=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['entries']))" "$BENCH_WORK/big-out.json")
verdict=$([ "$peak_kib" -lt $((256 * 1024)) ] && echo "under the 256 MiB bar" || echo "OVER the 256 MiB bar")
printf '%s: %.1f MB, %s entries, %s wall, peak RSS %.1f MiB (%s)\n' "$(basename "$big_file")" \
  "$(echo "$bytes / 1000000" | bc -l)" "$entries" "$elapsed" "$(echo "$peak_kib / 1024" | bc -l)" "$verdict"
rm -f "$big_file" "$BENCH_WORK/big-out.json"
