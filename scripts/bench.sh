#!/usr/bin/env bash
# `make bench`: speed and memory of monitor, each part against a peer measured in the same run
# where one exists. Every part is a script in scripts/bench/ (run in name order) that prints
# its own section; a part that fails is reported and the others still run.
set -uo pipefail
cd "$(dirname "$0")/.."
export MONITOR=${MONITOR:-$PWD/.build/release/monitor}
export BENCH_VENV=$PWD/.build/venv-bench
export BENCH_WORK=$PWD/.build/bench
mkdir -p "$BENCH_WORK"
if [ ! -x "$MONITOR" ]; then
  echo "make bench: $MONITOR not found; run make build first" >&2
  exit 1
fi
echo "make bench: $(nproc) cores, $(uname -m), monitor at $MONITOR"
status=0
for part in scripts/bench/*.sh; do
  [ -x "$part" ] || continue
  if ! "$part"; then
    echo "make bench: $part failed (exit $?)" >&2
    status=1
  fi
done
exit $status
