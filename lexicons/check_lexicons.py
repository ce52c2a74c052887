#!/usr/bin/env python3
"""Sanity checks for the lexicon files (stdlib only).

Run from anywhere:  python3 lexicons/check_lexicons.py
Exits with status 1 if a file is malformed. Prints entry counts per file.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"negator", "intensifier", "diminisher", "contrast", "concession"}
TOPICS = {"delivery", "billing_and_prices", "customer_service", "product_quality",
          "app_and_website", "contract_and_cancellation", "data_protection", "network"}
errors = []


def err(path, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}: {msg}")


def read_tsv(path, header):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if "\r" in data:
        err(path, "contains CR characters (must be LF only)")
    lines = data.split("\n")
    if lines[0] != header:
        err(path, f"header is {lines[0]!r}, expected {header!r}")
    ncols = header.count("\t") + 1
    for i, line in enumerate(lines[1:], 2):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            err(path, f"line {i}: expected {ncols} columns, got {len(cols)}: {line!r}")
            continue
        rows.append((i, cols))
    return rows


def check_terms(path, rows, allow_space, lowercase=True):
    seen = {}
    for i, cols in rows:
        t = cols[0]
        if t != t.strip() or not t:
            err(path, f"line {i}: empty term or surrounding whitespace: {t!r}")
        if lowercase and t != t.lower():
            err(path, f"line {i}: not lowercase: {t!r}")
        if not allow_space and " " in t:
            err(path, f"line {i}: space in term: {t!r}")
        if allow_space and "  " in t:
            err(path, f"line {i}: double space in term: {t!r}")
        if t in seen:
            err(path, f"line {i}: duplicate of line {seen[t]}: {t!r}")
        seen[t] = i


def check_number(path, i, s, lo, hi):
    try:
        v = float(s)
    except ValueError:
        err(path, f"line {i}: not a number: {s!r}")
        return
    if not lo <= v <= hi:
        err(path, f"line {i}: value {v} outside [{lo}, {hi}]")


def check_list(path, lo, hi):
    with open(path, encoding="utf-8") as f:
        words = [w for w in f.read().split("\n") if w]
    if len(words) != len(set(words)):
        err(path, "duplicate lines")
    for w in words:
        if w != w.lower() or w != w.strip():
            err(path, f"not lowercase/trimmed: {w!r}")
    if not lo <= len(words) <= hi:
        err(path, f"{len(words)} lines, expected {lo}..{hi}")
    return len(words)


counts = {}
for lang in ("de", "en"):
    p = os.path.join(ROOT, lang, "valence.tsv")
    rows = read_tsv(p, "term\tvalence")
    check_terms(p, rows, allow_space=False)
    for i, cols in rows:
        check_number(p, i, cols[1], -4.0, 4.0)
    counts[p] = len(rows)
    if len(rows) < 4500:
        err(p, f"only {len(rows)} entries (need >= 4500)")

    p = os.path.join(ROOT, lang, "phrases.tsv")
    rows = read_tsv(p, "phrase\tvalence")
    check_terms(p, rows, allow_space=True)
    for i, cols in rows:
        check_number(p, i, cols[1], -4.0, 4.0)
        if " " not in cols[0]:
            err(p, f"line {i}: phrase has a single token: {cols[0]!r}")
    counts[p] = len(rows)
    if len(rows) < 200:
        err(p, f"only {len(rows)} entries (need >= 200)")

    p = os.path.join(ROOT, lang, "modifiers.tsv")
    rows = read_tsv(p, "term\tkind\tweight")
    check_terms(p, rows, allow_space=False)
    for i, cols in rows:
        if cols[1] not in KINDS:
            err(p, f"line {i}: unknown kind {cols[1]!r}")
        check_number(p, i, cols[2], -1.0, 3.0)
    counts[p] = len(rows)

    p = os.path.join(ROOT, lang, "escalation.tsv")
    rows = read_tsv(p, "term\tweight")
    check_terms(p, rows, allow_space=True)
    for i, cols in rows:
        check_number(p, i, cols[1], 1.0, 3.0)
        if "*" in cols[0].rstrip("*"):
            err(p, f"line {i}: '*' only allowed at the end: {cols[0]!r}")
    counts[p] = len(rows)

    counts[os.path.join(ROOT, lang, "stopwords.txt")] = check_list(os.path.join(ROOT, lang, "stopwords.txt"), 250, 400)
    counts[os.path.join(ROOT, lang, "questions.txt")] = check_list(os.path.join(ROOT, lang, "questions.txt"), 20, 500)

p = os.path.join(ROOT, "emoji.tsv")
rows = read_tsv(p, "symbol\tvalence\tname")
check_terms(p, rows, allow_space=False)
for i, cols in rows:
    check_number(p, i, cols[1], -4.0, 4.0)
    if "\ufe0f" in cols[0] or any(0x1F3FB <= ord(c) <= 0x1F3FF for c in cols[0]):
        err(p, f"line {i}: contains a variation selector or skin-tone modifier")
n_ascii = sum(1 for _, c in rows if all(ord(ch) < 128 for ch in c[0]))
counts[p] = f"{len(rows) - n_ascii} emoji + {n_ascii} ASCII emoticons"

p = os.path.join(ROOT, "topics.default.json")
with open(p, encoding="utf-8") as f:
    topics = json.load(f)
if set(topics) != TOPICS:
    err(p, f"topic names {sorted(topics)} differ from {sorted(TOPICS)}")
for name, langs in topics.items():
    for lang in ("de", "en"):
        terms = langs.get(lang, [])
        if not 20 <= len(terms) <= 60:
            err(p, f"{name}/{lang}: {len(terms)} terms, expected 20..60")
        if len(terms) != len(set(terms)):
            err(p, f"{name}/{lang}: duplicate terms")
        for t in terms:
            if t != t.lower() or "*" in t.strip("*"):
                err(p, f"{name}/{lang}: bad term {t!r}")
counts[p] = ", ".join(f"{k}: {len(v['de'])}/{len(v['en'])}" for k, v in topics.items())

for path, n in counts.items():
    print(f"{os.path.relpath(path, ROOT)}: {n}")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nall lexicon checks passed")
