#!/usr/bin/env bash
# make bench, part 30: redaction throughput (posts per second, one thread, texts in memory) on
# generated forum-length posts (median ~600 UTF-8 bytes, one identifier in every third post),
# next to Microsoft Presidio's pattern recognizers on a sample of the same posts, same run.
# Both by wall clock and by the thread's own CPU time (the fairer figure on a shared machine).
# Environment from scripts/bench.sh: MONITOR, BENCH_VENV, BENCH_WORK.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${MONITOR:?run through scripts/bench.sh}" "${BENCH_VENV:?}" "${BENCH_WORK:?}"
POSTS=$BENCH_WORK/redaction-posts.jsonl
PRESIDIO_SAMPLE=${PRESIDIO_SAMPLE:-500}
field() { /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d[sys.argv[2]])" "$@"; }

printf '\n== Redaction throughput (one thread, posts in memory, median of passes over >= 1 s; target 200000 posts/s)\n'
/usr/bin/python3 scripts/peers/make_redaction_posts.py "$POSTS" --posts 20000 --seed 7 > "$BENCH_WORK/redaction-posts.json"
echo "posts: $(field "$BENCH_WORK/redaction-posts.json" posts), median $(field "$BENCH_WORK/redaction-posts.json" median_bytes) UTF-8 bytes, identifier in $(field "$BENCH_WORK/redaction-posts.json" identifier_share) of them; load average $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"

"$MONITOR" redact --bench "$POSTS" > "$BENCH_WORK/redaction-monitor.json"
ours=$(field "$BENCH_WORK/redaction-monitor.json" posts_per_second)
ours_cpu=$(field "$BENCH_WORK/redaction-monitor.json" posts_per_cpu_second)
printf '%-20s %10s posts/s wall %10s posts/CPU-s  (%s MB/s, %s spans per pass over %s posts)\n' "monitor redact" "$ours" "$ours_cpu" \
  "$(field "$BENCH_WORK/redaction-monitor.json" megabytes_per_second)" \
  "$(field "$BENCH_WORK/redaction-monitor.json" spans_per_pass)" "$(field "$BENCH_WORK/redaction-monitor.json" posts)"

if [ ! -x "$BENCH_VENV/bin/python" ]; then
  /usr/bin/python3 -m venv "$BENCH_VENV"
fi
if ! "$BENCH_VENV/bin/python" -c "import presidio_analyzer" 2>/dev/null; then
  echo "installing presidio-analyzer into $BENCH_VENV…"
  "$BENCH_VENV/bin/pip" install -q --disable-pip-version-check presidio-analyzer \
    || { echo "Presidio: pip install failed, peer skipped"; exit 0; }
fi
head -n "$PRESIDIO_SAMPLE" "$POSTS" > "$BENCH_WORK/redaction-sample.jsonl"
"$BENCH_VENV/bin/python" scripts/peers/presidio_redaction.py bench "$BENCH_WORK/redaction-sample.jsonl" "$PRESIDIO_SAMPLE" \
  > "$BENCH_WORK/redaction-presidio.json"
peer=$(field "$BENCH_WORK/redaction-presidio.json" posts_per_second)
peer_cpu=$(field "$BENCH_WORK/redaction-presidio.json" posts_per_cpu_second)
printf '%-20s %10s posts/s wall %10s posts/CPU-s  (first %s posts; pattern recognizers, no_op NLP engine)\n' "Presidio analyzer" "$peer" "$peer_cpu" "$PRESIDIO_SAMPLE"
/usr/bin/python3 -c "import sys; a, b, c, d = map(float, sys.argv[1:]); print(f'ratio monitor / Presidio: {a / b:.0f}x wall, {c / d:.0f}x CPU')" "$ours" "$peer" "$ours_cpu" "$peer_cpu"
