#!/usr/bin/env bash
# Redaction part of `make eval` (scripts/eval.sh calls it with the data directory as $1; it also
# runs alone: scripts/eval-redaction.sh [DATA_DIR]).
#   (a) monitor's per-type precision/recall on the project's own gold set, next to Microsoft
#       Presidio's pattern recognizers on the same sentences, measured in this run;
#   (b) the same on a Presidio-style set written for monitor (Tests/PrivacyTests/Fixtures);
#   (c) whether redaction changes sentiment labels on DATA_DIR/sentiment/*.tsv (skipped without
#       the development data, which is never part of this repository).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data}
MONITOR=${MONITOR:-.build/release/monitor}
VENV=.build/venv-eval
FIXTURES=Tests/PrivacyTests/Fixtures
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ ! -x "$MONITOR" ]; then
  echo "eval-redaction: $MONITOR not found; run make build first" >&2
  exit 1
fi

# Presidio runs offline (no spaCy model, no downloads); the venv is shared with scripts/eval.sh.
presidio=yes
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import presidio_analyzer" 2>/dev/null; then
  echo "installing presidio-analyzer into $VENV…"
  "$VENV/bin/pip" install -q --disable-pip-version-check presidio-analyzer || presidio=no
fi

# Prints monitor's and Presidio's tables side by side for one gold file and one matching rule.
side_by_side() {
  local gold=$1 matching=$2
  "$MONITOR" eval --redaction "$gold" --matching "$matching" --format json > "$WORK/ours.json"
  if [ "$presidio" = yes ]; then
    "$VENV/bin/python" scripts/peers/presidio_redaction.py predict "$gold" > "$WORK/peer.jsonl"
    "$MONITOR" eval --redaction "$gold" --predictions "$WORK/peer.jsonl" --matching "$matching" --format json > "$WORK/peer.json"
  else
    echo '{}' > "$WORK/peer.json"
  fi
  /usr/bin/python3 - "$WORK/ours.json" "$WORK/peer.json" <<'EOF'
import json, sys
ours = json.load(open(sys.argv[1]))
peer = json.load(open(sys.argv[2]))
# Presidio's pattern recognizers cover only the structured types; names, addresses, profile
# links and handles need its NER models or have no recognizer.
structured = ["EMAIL", "PHONE", "IBAN", "CARD", "IP", "TAXID"]
order = structured + ["ADDRESS", "NAME", "PROFILE", "HANDLE"]
print(f"n = {ours['n']} sentences, {ours['matching']} span match")
print(f"{'type':8} {'support':>7} | {'monitor P':>9} {'R':>6} {'fp':>3} {'fn':>3} | {'Presidio P':>10} {'R':>6} {'fp':>3} {'fn':>3}")
worse = []
for kind in order:
    o = ours["per_type"].get(kind)
    if o is None or (o["support"] == 0 and o["fp"] == 0):
        continue
    row = f"{kind:8} {int(o['support']):>7} | {o['precision']:>9.3f} {o['recall']:>6.3f} {int(o['fp']):>3} {int(o['fn']):>3} | "
    p = peer.get("per_type", {}).get(kind)
    if kind in structured and p is not None:
        row += f"{p['precision']:>10.3f} {p['recall']:>6.3f} {int(p['fp']):>3} {int(p['fn']):>3}"
        if o["precision"] < p["precision"] or o["recall"] < p["recall"]:
            worse.append(kind)
    else:
        row += f"{'—':>10}"
    print(row)
if peer:
    print("monitor at least as good as Presidio on every structured type" if not worse
          else "monitor below Presidio on: " + ", ".join(worse))
EOF
}

printf '\n== Redaction: project gold set (%s), monitor vs Presidio pattern recognizers\n' "$FIXTURES/redaction-gold.tsv"
side_by_side "$FIXTURES/redaction-gold.tsv" exact
printf '\n-- same, overlap span match (Presidio'"'"'s own evaluator counts overlaps)\n'
side_by_side "$FIXTURES/redaction-gold.tsv" overlap
printf '\n== Redaction: Presidio-style set written for monitor (%s)\n' "$FIXTURES/presidio-style-gold.tsv"
side_by_side "$FIXTURES/presidio-style-gold.tsv" exact
printf '\n-- same, overlap span match\n'
side_by_side "$FIXTURES/presidio-style-gold.tsv" overlap
[ "$presidio" = yes ] || echo "(Presidio not installed: pip install presidio-analyzer into $VENV failed; peer columns empty)"

printf '\n== Redaction leaves sentiment alone (label of redacted text = label of raw text; target 0.995)\n'
shopt -s nullglob
sets=("$DATA"/sentiment/*.tsv)
if [ ${#sets[@]} -eq 0 ]; then
  echo "$DATA/sentiment not found: skipped (the development data lives beside the project in ../shared/data)"
  exit 0
fi
total=0; same=0; redacted=0
for file in "${sets[@]}"; do
  # The aspects file has three columns (topics, relevance, text); invariance needs label<TAB>text.
  [[ $file == *-aspects.tsv ]] && continue
  read -r n r s share < <("$MONITOR" eval --sentiment-invariance "$file" --format json \
    | /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); print(d['n'], d['redacted'], d['same_label'], d['share'])")
  printf '%-32s n=%-6s redacted=%-5s same=%-6s share=%s\n' "$(basename "$file" .tsv)" "$n" "$r" "$s" "$share"
  total=$((total + n)); same=$((same + s)); redacted=$((redacted + r))
done
/usr/bin/python3 -c "import sys; t, s, r = map(int, sys.argv[1:]); print(f'{\"all\":32s} n={t:<6d} redacted={r:<5d} same={s:<6d} share={s / t:.4f}')" "$total" "$same" "$redacted"
