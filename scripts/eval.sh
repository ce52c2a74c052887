#!/usr/bin/env bash
# `make eval`: quality figures on the labelled development data in ../shared/data, next to
# the peers measured in the same invocation. Skips cleanly when the data is absent.
set -euo pipefail
DATA=${1:-../shared/data}
MONITOR=${MONITOR:-.build/release/monitor}
VENV=.build/venv-eval

if [ ! -d "$DATA/sentiment" ]; then
  echo "make eval: $DATA/sentiment not found; the development data lives beside the project in ../shared/data."
  # The redaction gold sets are part of the repository and still run.
  if [ -x scripts/eval-redaction.sh ]; then
    scripts/eval-redaction.sh "$DATA"
  fi
  exit 0
fi
echo "make eval: using development data in $DATA (not part of this repository)"

if [ ! -x "$VENV/bin/python" ]; then
  echo "setting up the peer virtualenv in $VENV (vadersentiment, textblob-de, presidio-analyzer)…"
  /usr/bin/python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check vadersentiment "textblob<0.18" textblob-de presidio-analyzer
fi

json() { "$VENV/bin/python" -c "import json,sys; d=json.load(sys.stdin); print(' '.join(str(d[k]) for k in sys.argv[1:]))" "$@"; }

printf '\n== Sentiment (macro-F1 / accuracy / texts per second, one thread)\n'
printf '%-32s %-26s %-26s %-26s\n' "set" "monitor" "VADER" "TextBlob-de"
for set in de-germeval2017-dev en-vader-tweets en-vader-amazon en-vader-movie en-vader-nyt; do
  file="$DATA/sentiment/$set.tsv"
  [ -f "$file" ] || { echo "$set: missing, skipped"; continue; }
  lang=auto
  ours=$("$MONITOR" eval --gold "$file" --lang "$lang" --format json | json macro_f1 accuracy texts_per_second)
  vader=$("$VENV/bin/python" scripts/peers/sentiment_peers.py vader "$file" | json macro_f1 accuracy texts_per_second)
  if [[ $set == de-* ]]; then
    blob=$("$VENV/bin/python" scripts/peers/sentiment_peers.py textblob-de "$file" | json macro_f1 accuracy texts_per_second)
  else
    blob="(German only)"
  fi
  printf '%-32s %-26s %-26s %-26s\n' "$set" "$ours" "$vader" "$blob"
done

printf '\n== Language identification (share of items identified as the set'"'"'s language)\n'
for set in de-germeval2017-dev en-vader-tweets en-vader-amazon en-vader-movie en-vader-nyt; do
  file="$DATA/sentiment/$set.tsv"
  [ -f "$file" ] || continue
  want=${set%%-*}
  cut -f2- "$file" | "$MONITOR" analyze | "$VENV/bin/python" -c "
import json, sys
want = sys.argv[1]; n = ok = 0
for line in sys.stdin:
    n += 1; ok += json.loads(line)['language'] == want
print(f'{sys.argv[2]:32s} {ok / n:.4f}  ({ok}/{n})')" "$want" "$set"
done

if [ -f "$DATA/sentiment/de-germeval2017-dev-aspects.tsv" ] && [ -f examples/topics-rail.json ]; then
  printf '\n== Topics: rail operator topic set (examples/topics-rail.json) on de-germeval2017-dev-aspects.tsv\n'
  "$MONITOR" eval --topics "$DATA/sentiment/de-germeval2017-dev-aspects.tsv" --topic-set examples/topics-rail.json
fi

if [ -x scripts/eval-redaction.sh ]; then
  scripts/eval-redaction.sh "$DATA"
fi
