#!/usr/bin/env python3
"""Runs the peer lexicon classifiers on a gold file (label<TAB>text) and prints JSON figures.

VADER (PyPI vadersentiment): compound >= 0.05 positive, <= -0.05 negative (its authors' rule).
TextBlob-de (PyPI textblob-de with textblob<0.18, PatternTokenizer because the default one
needs NLTK data that cannot be downloaded here): polarity > 0 positive, < 0 negative.
Throughput is classification only (texts in memory), one thread, median of passes over >= 1 s
(as `monitor eval` measures it).
"""
import json
import sys
import time

LABELS = ["positive", "neutral", "negative"]


def metrics(gold, predicted):
    n = len(gold)
    accuracy = sum(g == p for g, p in zip(gold, predicted)) / n if n else 0.0
    f1s = []
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        predicted_count = sum(p == label for p in predicted)
        support = sum(g == label for g in gold)
        precision = tp / predicted_count if predicted_count else 0.0
        recall = tp / support if support else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return accuracy, sum(f1s) / len(f1s)


def label_from(score, threshold):
    return "positive" if score >= threshold else "negative" if score <= -threshold else "neutral"


def timed(texts, classify):
    """Labels and texts per second, measured like `monitor eval`: passes over all texts are
    repeated until at least one second has passed (and at least three passes are made when a
    pass is that short), and the median pass counts."""
    rates = []
    labels = None
    deadline = time.perf_counter() + 1.0
    while labels is None or time.perf_counter() < deadline or len(rates) < 3 and rates[-1] > len(texts):
        start = time.perf_counter()
        labels = [classify(t) for t in texts]
        rates.append(len(texts) / (time.perf_counter() - start))
    rates.sort()
    return labels, rates[len(rates) // 2]


def main():
    peer, path = sys.argv[1], sys.argv[2]
    rows = [line.rstrip("\n").split("\t", 1) for line in open(path, encoding="utf-8") if "\t" in line]
    gold = [r[0] for r in rows]
    texts = [r[1] for r in rows]
    if peer == "vader":
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        analyzer = SentimentIntensityAnalyzer()
        predicted, speed = timed(texts, lambda t: label_from(analyzer.polarity_scores(t)["compound"], 0.05))
    elif peer == "textblob-de":
        from textblob_de import PatternTokenizer, TextBlobDE
        tokenizer = PatternTokenizer()

        def classify(text):
            polarity = TextBlobDE(text, tokenizer=tokenizer).sentiment.polarity
            return "positive" if polarity > 0 else "negative" if polarity < 0 else "neutral"

        predicted, speed = timed(texts, classify)
    else:
        sys.exit(f"unknown peer {peer}")
    accuracy, macro_f1 = metrics(gold, predicted)
    print(json.dumps({"n": len(gold), "accuracy": round(accuracy, 4), "macro_f1": round(macro_f1, 4),
                      "texts_per_second": round(speed)}))


if __name__ == "__main__":
    main()
