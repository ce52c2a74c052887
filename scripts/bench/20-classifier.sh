#!/usr/bin/env bash
# make bench, part 20: sentiment classifier throughput against VADER on the same texts, same run.
# monitor: `monitor eval --format json`'s texts_per_second (one thread; tokenising, language
# identification, scoring and labelling, not file reading; passes repeated until >= 1 s, median).
# VADER: PyPI vadersentiment's polarity_scores over the same texts in memory, one thread
# (scripts/peers/sentiment_peers.py). Target: monitor >= 100 x VADER.
# Texts: the labelled development sets in ../shared/data/sentiment (not part of the repository),
# each set on its own and all of them together; without them this part says so and stops.
# Environment from scripts/bench.sh: MONITOR, BENCH_VENV, BENCH_WORK.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${MONITOR:?run through scripts/bench.sh}" "${BENCH_VENV:?}" "${BENCH_WORK:?}"
DATA=${BENCH_DATA:-../shared/data}/sentiment
SETS="de-germeval2017-dev en-vader-tweets en-vader-amazon en-vader-movie en-vader-nyt"

printf '\n== Sentiment classifier: monitor eval vs VADER, same texts, same run (one thread; target ratio >= 100)\n'
if [ ! -d "$DATA" ]; then
  echo "no development texts in $DATA (they live beside the project in ../shared/data); skipped"
  exit 0
fi
# VADER may already be in the eval virtualenv; otherwise install it into the bench one.
PY=$BENCH_VENV/bin/python
if ! { [ -x "$PY" ] && "$PY" -c "import vaderSentiment" 2>/dev/null; }; then
  if [ -x .build/venv-eval/bin/python ] && .build/venv-eval/bin/python -c "import vaderSentiment" 2>/dev/null; then
    PY=.build/venv-eval/bin/python
  else
    [ -x "$PY" ] || /usr/bin/python3 -m venv "$BENCH_VENV"
    echo "installing vadersentiment into $BENCH_VENV…"
    "$BENCH_VENV/bin/pip" install -q --disable-pip-version-check vadersentiment \
      || { echo "vadersentiment: pip install failed, peer unavailable"; exit 1; }
  fi
fi

mkdir -p "$BENCH_WORK"
ALL=$BENCH_WORK/sentiment-all.tsv
: > "$ALL"
for set in $SETS; do [ -f "$DATA/$set.tsv" ] && cat "$DATA/$set.tsv" >> "$ALL"; done
echo "load average $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
printf '%-22s %7s %9s %14s %14s %8s\n' set texts "mean len" "monitor/s" "VADER/s" ratio
for set in $SETS all; do
  file=$DATA/$set.tsv
  [ "$set" = all ] && file=$ALL
  [ -f "$file" ] || continue
  ours=$("$MONITOR" eval --gold "$file" --lang auto --format json)
  theirs=$("$PY" scripts/peers/sentiment_peers.py vader "$file")
  /usr/bin/python3 - "$set" "$file" "$ours" "$theirs" <<'PY'
import json, sys
name, path, ours, theirs = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
texts = [line.rstrip("\n").split("\t", 1)[1] for line in open(path, encoding="utf-8") if "\t" in line]
mean = sum(len(t) for t in texts) / len(texts)
a, b = ours["texts_per_second"], theirs["texts_per_second"]
print(f"{name:22s} {len(texts):7d} {mean:9.0f} {a:14,.0f} {b:14,.0f} {a / b:8.1f}")
PY
done
