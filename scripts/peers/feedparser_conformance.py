#!/usr/bin/env python3
"""`make conformance`: run `monitor parse` over the feedparser test corpus and judge the
`Expect:` expressions of its manifest against monitor's JSON.

The corpus (../shared/data/feeds/feedparser-dev, see its README) gives every file a Python
expression over feedparser's result, e.g. `not bozo and entries[0]['title'] == 'x'`. We
evaluate the same expression over monitor's output, exposed under feedparser's names:

    bozo                       <- "recovered" (or a parse error)
    feed['title'|'link'|'language'], feed['title_detail']['value']
    entries[i]['title'|'link'|'id'|'guid'|'author'|'summary'|'description'|'content']
    entries[i]['*_parsed']     <- "published"/"updated" as UTC struct_time
    entries[i]['title_detail']['value'], ['summary_detail'] and ['content'][0] ['value'|'language']
    (monitor keeps one language per post: that of its text, so only the text elements'
    language is judged; a title's or the feed title's own xml:lang is not kept)

A case is *judged* only when every field its expression touches is one monitor keeps (title,
link, id, author, published/updated, language, summary/content); the others (encoding,
enclosures, tags, cloud, rights, raw date strings, ...) are counted as "not judged". Text
fields are compared as text: whitespace runs are collapsed, and the expected value matches
either literally or after HTML-to-text (feedparser returns sanitised HTML where monitor
returns plain text). `updated` falls back to `published`, as feedparser's own lookup does.

Standard library only. Usage:
    feedparser_conformance.py DATA_DIR MONITOR [--timeout S] [--jobs N] [--verbose]
"""
import argparse
import ast
import calendar
import collections
import concurrent.futures
import html
import html.parser
import json
import os
import re
import subprocess
import sys
import time

# ---------------------------------------------------------------------------------------------
# Text comparison

BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
    "h6", "blockquote", "pre", "hr", "dl", "dt", "dd", "section", "article", "header", "footer",
}
DROPPED_TAGS = {"script", "style", "noscript", "template", "iframe", "object", "embed", "applet"}


class _TextExtractor(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.dropping = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED_TAGS:
            self.dropping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in DROPPED_TAGS:
            self.dropping = max(0, self.dropping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.dropping:
            self.parts.append(data)


def html_to_text(value):
    extractor = _TextExtractor()
    try:
        extractor.feed(value)
        extractor.close()
    except Exception:
        return html.unescape(value)
    return "".join(extractor.parts)


_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def normalise(value):
    return _SPACE.sub(" ", value).strip()


class Text(str):
    """A monitor text field: equal to an expected string literally or as text of its HTML."""

    def __eq__(self, other):
        if not isinstance(other, str):
            return NotImplemented
        mine = normalise(str(self))
        return mine == normalise(other) or mine == normalise(html_to_text(other))

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = str.__hash__


# ---------------------------------------------------------------------------------------------
# Which feedparser names monitor keeps

TEXT_DETAIL_KEYS = {"value", "language"}
DATE_KEYS = {"published_parsed", "issued_parsed", "updated_parsed", "modified_parsed", "date_parsed"}


def feed_path_kept(keys):
    """True when feed[keys...] names a field monitor keeps."""
    if not keys:
        return True
    head, rest = keys[0], keys[1:]
    if head in ("title", "link", "language"):
        return not rest
    if head == "title_detail":
        return rest in ([], ["value"])
    return False


def entry_path_kept(keys):
    if not keys:
        return True
    head, rest = keys[0], keys[1:]
    if head in ("title", "link", "id", "guid", "author", "summary", "description") or head in DATE_KEYS:
        return not rest
    if head == "title_detail":
        return rest in ([], ["value"])
    if head == "summary_detail":
        return len(rest) <= 1 and (not rest or rest[0] in TEXT_DETAIL_KEYS)
    if head == "author_detail":
        return rest in ([], ["name"])
    if head in ("authors", "content"):
        if not rest:
            return True
        if rest[0] != 0:
            return False
        inner = rest[1:]
        allowed = {"name"} if head == "authors" else TEXT_DETAIL_KEYS
        return len(inner) <= 1 and (not inner or inner[0] in allowed)
    return False


def entry_key_kept(key):
    return entry_path_kept([key])


def feed_key_kept(key):
    return feed_path_kept([key])


SAFE_BUILTINS = {"len": len, "isinstance": isinstance, "str": str, "tuple": tuple, "type": type,
                 "True": True, "False": False, "None": None}


def _chain(node):
    """('entries', 0, 'title') for entries[0]['title']; None when not a plain chain."""
    keys = []
    while True:
        if isinstance(node, ast.Subscript):
            if not isinstance(node.slice, ast.Constant):
                return None
            keys.append(node.slice.value)
            node = node.value
        elif isinstance(node, ast.Attribute):
            keys.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Name):
            keys.append(node.id)
            return list(reversed(keys))
        else:
            return None


def _chain_kept(chain):
    root, keys = chain[0], chain[1:]
    if root == "bozo":
        return not keys
    if root == "feed":
        return feed_path_kept(keys)
    if root == "entries":
        if not keys:
            return True
        return isinstance(keys[0], int) and entry_path_kept(keys[1:])
    return root in SAFE_BUILTINS and not keys


def judged(expression):
    """Whether every field the expression reads is one monitor keeps."""
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError:
        return False
    chains = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Subscript, ast.Attribute, ast.Name)):
            chain = _chain(node)
            if chain is None:
                if isinstance(node, ast.Attribute):
                    return False  # method calls and the like
                continue
            chains.append(chain)
        elif isinstance(node, ast.Call):
            if not (isinstance(node.func, ast.Name) and node.func.id in SAFE_BUILTINS):
                return False
        elif isinstance(node, ast.Compare):
            # 'key' in entries[0]: the key itself must be a kept field.
            for op, right in zip(node.ops, node.comparators):
                if isinstance(op, (ast.In, ast.NotIn)) and isinstance(node.left, ast.Constant):
                    target = _chain(right)
                    if target is None:
                        continue
                    key = node.left.value
                    if target == ["feed"] and not feed_key_kept(key):
                        return False
                    if len(target) == 2 and target[0] == "entries" and not entry_key_kept(key):
                        return False
    if not chains:
        return False  # constant expectations ("1", "0") say nothing about the parse
    for chain in chains:
        if not any(other != chain and other[: len(chain)] == chain for other in chains):
            if not _chain_kept(chain):
                return False
    return True


# ---------------------------------------------------------------------------------------------
# monitor's JSON under feedparser's names


class FPDict(dict):
    """dict with attribute access, like feedparser's FeedParserDict."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


def _text(value):
    return None if value is None else Text(value)


def _struct(value):
    if value is None:
        return None
    try:
        seconds = calendar.timegm(time.strptime(value, "%Y-%m-%dT%H:%M:%SZ"))
    except ValueError:
        return None
    return time.gmtime(seconds)


def _put(target, key, value):
    if value is not None:
        target[key] = value


def feed_view(feed):
    view = FPDict()
    _put(view, "title", _text(feed.get("title")))
    _put(view, "link", _text(feed.get("link")))
    _put(view, "language", _text(feed.get("language")))
    if feed.get("title") is not None:
        view["title_detail"] = FPDict(value=Text(feed["title"]))
    return view


def entry_view(entry):
    view = FPDict()
    language = _text(entry.get("language"))
    for key in ("title", "link", "id", "author"):
        _put(view, key, _text(entry.get(key)))
    _put(view, "guid", _text(entry.get("id")))
    summary = entry.get("summary") if entry.get("summary") is not None else entry.get("text")
    _put(view, "summary", _text(summary))
    _put(view, "description", _text(summary))
    if entry.get("title") is not None:
        view["title_detail"] = FPDict(value=Text(entry["title"]))
    if summary is not None:
        view["summary_detail"] = FPDict(value=Text(summary), language=language)
    if entry.get("author") is not None:
        view["author_detail"] = FPDict(name=Text(entry["author"]))
        view["authors"] = [FPDict(name=Text(entry["author"]))]
    if entry.get("text") is not None:
        view["content"] = [FPDict(value=Text(entry["text"]), language=language)]
    published = _struct(entry.get("published"))
    updated = _struct(entry.get("updated")) or published
    for key in ("published_parsed", "issued_parsed"):
        _put(view, key, published)
    for key in ("updated_parsed", "modified_parsed", "date_parsed"):
        _put(view, key, updated)
    return view


# ---------------------------------------------------------------------------------------------
# Running the corpus


def folder_of(path):
    parts = path.split("/")
    return parts[-2]


def run_monitor(monitor, path, content_type, document_url, timeout):
    command = [monitor, "parse", path, "--timezone", "UTC", "--document-url", document_url]
    if content_type:
        command += ["--content-type", content_type]
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", None, ""
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode < 0 or done.returncode >= 128 or "Fatal error" in stderr:
        return "crash", None, stderr
    if done.returncode != 0:
        return "error", None, stderr
    try:
        return "ok", json.loads(done.stdout), stderr
    except ValueError as error:
        return "crash", None, "invalid JSON output: %s" % error


def evaluate(expression, result):
    if result is None:
        bozo, feed, entries = True, FPDict(), []
    else:
        bozo = bool(result.get("recovered"))
        feed = feed_view(result.get("feed") or {})
        entries = [entry_view(e) for e in result.get("entries") or []]
    scope = dict(SAFE_BUILTINS, bozo=bozo, feed=feed, entries=entries)
    try:
        return bool(eval(expression, {"__builtins__": {}}, scope))
    except Exception:
        return False


def check_case(case, data_dir, monitor, timeout):
    path = os.path.join(data_dir, case["path"])
    condition = case.get("skip_unless")
    if condition:
        try:
            if not eval(condition):
                return case, "skipped", None, ""
        except Exception:
            return case, "skipped", None, ""
    headers = {k.lower(): v for k, v in (case.get("headers") or {}).items()}
    # The URL feedparser's suite served the file from; a Content-Location header replaces it.
    relative = case["path"].split("/", 1)[1] if case["path"].startswith("sdist") else case["path"]
    served = "http://127.0.0.1:8097/" + relative
    document_url = headers.get("content-location") or served
    status, result, stderr = run_monitor(monitor, path, headers.get("content-type"), document_url, timeout)
    if status in ("crash", "hang"):
        return case, status, None, stderr
    if not judged(case["expect"]):
        return case, "not judged", None, ""
    return case, "judged", evaluate(case["expect"], result), stderr


def check_dates(data_dir, monitor, timeout):
    with open(os.path.join(data_dir, "date_parser_cases.json"), encoding="utf-8") as handle:
        cases = json.load(handle)["cases"]
    lines = [(c["input"] or "").replace("\n", " ") for c in cases]
    done = subprocess.run([monitor, "parse", "--dates", "--timezone", "UTC"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, timeout=timeout)
    answers = done.stdout.splitlines()
    met, failures = 0, []
    for case, answer in zip(cases, answers + [None] * (len(cases) - len(answers))):
        expected = case["expected_utc_struct_time"]
        if expected is None:
            ok = answer == "null"
        else:
            got = _struct(answer) if answer and answer != "null" else None
            ok = got is not None and tuple(got)[:6] == tuple(expected[:6])
        met += ok
        if not ok:
            failures.append("%s %r: expected %s, got %s" % (case["parser"], case["input"], expected and expected[:6], answer))
    return met, len(cases), failures


TARGET_FOLDERS = ["rss", "atom10", "rdf", "entities", "amp", "base", "encoding"]


def main():
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("data_dir")
    options.add_argument("monitor")
    options.add_argument("--timeout", type=float, default=10.0)
    options.add_argument("--jobs", type=int, default=2)
    options.add_argument("--verbose", action="store_true", help="list every failed judged case")
    arguments = options.parse_args()

    with open(os.path.join(arguments.data_dir, "manifest.jsonl"), encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]

    met = collections.Counter()
    total = collections.Counter()
    unjudged = collections.Counter()
    skipped = collections.Counter()
    crashes, hangs, failures = [], [], []
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
        jobs = [pool.submit(check_case, c, arguments.data_dir, arguments.monitor, arguments.timeout) for c in cases]
        for job in jobs:
            case, status, ok, stderr = job.result()
            folder = folder_of(case["path"])
            if status == "crash":
                crashes.append("%s: %s" % (case["path"], stderr.strip()[:300]))
                total[folder] += 1
            elif status == "hang":
                hangs.append(case["path"])
                total[folder] += 1
            elif status == "skipped":
                skipped[folder] += 1
            elif status == "not judged":
                unjudged[folder] += 1
            else:
                total[folder] += 1
                met[folder] += ok
                if not ok:
                    failures.append("%s: %s" % (case["path"], case["expect"]))
    elapsed = time.monotonic() - started

    print("conformance: %d files of %s, %.1f s" % (len(cases), arguments.data_dir, elapsed))
    print("%-18s %8s %8s %8s %11s" % ("folder", "met", "judged", "share", "not judged"))
    for folder in sorted(set(total) | set(unjudged) | set(skipped)):
        share = "%.1f%%" % (100.0 * met[folder] / total[folder]) if total[folder] else "-"
        mark = " *" if folder in TARGET_FOLDERS else ""
        print("%-18s %8d %8d %8s %11d%s" % (folder, met[folder], total[folder], share, unjudged[folder] + skipped[folder], mark))
    pooled_met, pooled_total = sum(met.values()), sum(total.values())
    print("%-18s %8d %8d %7.1f%% %11d" % ("pooled", pooled_met, pooled_total,
                                            100.0 * pooled_met / max(1, pooled_total),
                                            sum(unjudged.values()) + sum(skipped.values())))
    print("(* target folders; not judged = expectations on fields monitor does not keep, or skipped "
          "for a codec this Python lacks: %d skipped)" % sum(skipped.values()))
    print("crashes: %d, hangs (> %g s): %d" % (len(crashes), arguments.timeout, len(hangs)))
    for line in crashes + hangs:
        print("  " + line)
    date_met, date_total, date_failures = check_dates(arguments.data_dir, arguments.monitor, arguments.timeout * 6)
    print("date_parser_cases.json: %d/%d = %.1f%%" % (date_met, date_total, 100.0 * date_met / max(1, date_total)))
    if arguments.verbose:
        for line in failures + date_failures:
            print("  FAIL " + line)
    below = [f for f in TARGET_FOLDERS if total[f] and met[f] < 0.95 * total[f]]
    ok = (pooled_met >= 0.95 * pooled_total and not below and not crashes and not hangs
          and date_met >= 0.95 * date_total)
    print("targets (>= 95%% pooled, per target folder and dates; no crash or hang): %s" % ("met" if ok else "NOT met"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
