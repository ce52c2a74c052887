#!/usr/bin/env python3
"""Microsoft Presidio's pattern recognizers as the peer of monitor's redactor.

    presidio_redaction.py predict GOLD.tsv > PEER.jsonl
        One line {"spans": [{"type", "start", "end"}]} per gold sentence, in file order, for
        `monitor eval --redaction GOLD.tsv --predictions PEER.jsonl`. Offsets are Python str
        indices, i.e. Unicode scalar values, like monitor's.
    presidio_redaction.py bench POSTS.jsonl [SAMPLE]
        Posts per second over the first SAMPLE posts ({"text": ...} per line), one thread,
        texts in memory, repeated until at least one second has passed (at least three passes);
        prints the median pass by wall clock and by the thread's CPU time as JSON.

Setup (PyPI presidio-analyzer): AnalyzerEngine with the `no_op` NLP engine, so no spaCy
model is loaded and nothing is downloaded; the recognizers are Presidio's own pattern and
checksum recognizers for the types monitor also finds, with their default settings:
EmailRecognizer, PhoneRecognizer (python-phonenumbers, regions US GB DE FR IL IN CA BR),
IbanRecognizer (mod 97), CreditCardRecognizer (Luhn), IpRecognizer and DeTaxIdRecognizer
(ISO 7064 check digit). Names and addresses need Presidio's NER (spaCy models) and are not
compared. Default score threshold (0): every validated match counts.
"""
import json
import statistics
import sys
import time
import warnings

# Presidio entity -> monitor placeholder type.
TYPE_MAP = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IBAN_CODE": "IBAN",
    "CREDIT_CARD": "CARD",
    "IP_ADDRESS": "IP",
    "DE_TAX_ID": "TAXID",
}
LANGUAGE = "en"  # the pattern recognizers do not depend on the language; one registry for all


def analyzer():
    warnings.simplefilter("ignore")  # the no_op engine warns that context words are unused
    import logging
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    import tldextract
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    # Offline: the e-mail recognizer's domain check uses tldextract, which would try to
    # download the Public Suffix List; its bundled snapshot gives the same answer here.
    email_recognizer.tldextract = type("Offline", (), {"extract": staticmethod(tldextract.TLDExtract(suffix_list_urls=()))})
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer, DeTaxIdRecognizer, EmailRecognizer, IbanRecognizer, IpRecognizer, PhoneRecognizer)

    engine = NoOpNlpEngine(models=[{"lang_code": LANGUAGE, "model_name": "no_op"}])
    engine.load()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in (EmailRecognizer(), PhoneRecognizer(), IbanRecognizer(), CreditCardRecognizer(),
                       IpRecognizer(), DeTaxIdRecognizer(supported_language=LANGUAGE)):
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=[LANGUAGE])


def spans(engine, text):
    found = []
    for result in engine.analyze(text=text, language=LANGUAGE):
        kind = TYPE_MAP.get(result.entity_type)
        if kind:
            found.append({"type": kind, "start": result.start, "end": result.end})
    # Presidio may report overlapping results of different types; keep the highest-scoring
    # one per region, as its anonymizer would.
    found.sort(key=lambda s: (s["start"], -(s["end"] - s["start"])))
    kept = []
    for span in found:
        if kept and span["start"] < kept[-1]["end"]:
            continue
        kept.append(span)
    return kept


def gold_texts(path):
    texts = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        text = line.split("\t")[0]
        texts.append(text.replace("\\n", "\n").replace("\\t", "\t"))
    return texts


def predict(path):
    engine = analyzer()
    for text in gold_texts(path):
        print(json.dumps({"spans": spans(engine, text)}))


def bench(path, sample):
    engine = analyzer()
    posts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")][:sample]
    rates, cpu_rates = [], []
    began = time.perf_counter()
    while time.perf_counter() - began < 1.0 or len(rates) < 3:
        start, cpu_start = time.perf_counter(), time.thread_time()
        for post in posts:
            engine.analyze(text=post, language=LANGUAGE)
        rates.append(len(posts) / (time.perf_counter() - start))
        cpu_rates.append(len(posts) / max(time.thread_time() - cpu_start, 1e-9))
    print(json.dumps({"posts": len(posts), "passes": len(rates), "posts_per_second": round(statistics.median(rates), 1),
                      "posts_per_cpu_second": round(statistics.median(cpu_rates), 1)}))


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "predict":
        predict(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "bench":
        bench(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 500)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
