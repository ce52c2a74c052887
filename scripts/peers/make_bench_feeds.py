#!/usr/bin/env python3
"""Writes the feeds `make bench` parses: N-entry RSS 2.0 and Atom 1.0 documents whose items
look like forum and blog feeds in the wild (about 1 KB of HTML per item: paragraphs, links,
emphasis, lists, entities, umlauts, some CDATA), deterministic for a given seed.

Usage: make_bench_feeds.py OUT_DIR [--entries 5000] [--seed 7]
Prints the paths it wrote, one a line.
"""
import argparse
import os
import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

WORDS_DE = ("Vertrag Kündigung Rechnung Störung Netz Empfang Hotline Wartezeit Tarif Router "
            "Techniker Termin Lieferung Abbuchung Gutschrift Kundenservice leider schon wieder "
            "seit Wochen keine Antwort bekommen funktioniert nicht richtig danke für schnelle "
            "Hilfe super zufrieden völlig enttäuscht Überweisung Fehler Mobilfunk Glasfaser").split()
WORDS_EN = ("contract cancel invoice outage network signal hotline waiting tariff router "
            "technician appointment delivery charge refund support again for weeks no answer "
            "received does not work properly thanks quick help very happy totally disappointed "
            "transfer error mobile fibre").split()


def sentence(rng, words):
    text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 16)))
    return text[0].upper() + text[1:] + rng.choice([".", ".", "!", "?"])


def body_html(rng, n):
    words = WORDS_DE if n % 3 else WORDS_EN
    parts = []
    while sum(len(p) for p in parts) < 900:
        kind = rng.random()
        if kind < 0.55:
            parts.append("<p>" + " ".join(sentence(rng, words) for _ in range(2)) + "</p>")
        elif kind < 0.7:
            parts.append(f'<p>Siehe <a href="https://forum.example/t/{rng.randint(1, 99999)}">diesen Beitrag</a> '
                         f"&amp; <strong>{sentence(rng, words)}</strong> &ndash; &bdquo;Zitat&ldquo;</p>")
        elif kind < 0.8:
            parts.append("<ul>" + "".join(f"<li>{sentence(rng, words)}</li>" for _ in range(3)) + "</ul>")
        elif kind < 0.9:
            parts.append(f"<blockquote><p>{sentence(rng, words)}</p></blockquote>")
        else:
            parts.append(f'<p><img src="/img/{n}.png" alt="Bild"/> {sentence(rng, words)}<br/>'
                         f"Gru&szlig; &amp; Dank &hellip;</p>")
    return "\n".join(parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    start = datetime(2026, 11, 22, 18, 0, tzinfo=timezone.utc)
    items = []
    for n in range(args.entries):
        items.append({
            "n": n,
            "title": sentence(rng, WORDS_DE if n % 3 else WORDS_EN)[:70],
            "author": f"Nutzer{rng.randint(1, 2000)}",
            "date": start - timedelta(minutes=7 * n),
            "html": body_html(rng, n),
            "thread": rng.randint(1000, 1400),
        })

    rss_path = os.path.join(args.out, f"bench-rss-{args.entries}.xml")
    with open(rss_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                  'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                  'xmlns:wfw="http://wellformedweb.org/CommentAPI/">\n<channel>\n'
                  '<title>Kundenforum &#8211; neueste Beiträge</title>\n'
                  '<link>https://forum.example/</link>\n<language>de-DE</language>\n')
        for item in items:
            html = item["html"]
            description = f"<![CDATA[{html}]]>" if item["n"] % 4 == 0 else escape(html)
            out.write(
                f"<item>\n<title>{escape(item['title'])}</title>\n"
                f"<link>https://forum.example/t/{item['thread']}/{item['n']}</link>\n"
                f'<guid isPermaLink="false">forum.example-post-{item["n"]}</guid>\n'
                f"<pubDate>{format_datetime(item['date'])}</pubDate>\n"
                f"<dc:creator>{item['author']}</dc:creator>\n"
                f'<category domain="thread">{item["thread"]}</category>\n'
                f"<comments>https://forum.example/t/{item['thread']}</comments>\n"
                f"<description>{description}</description>\n</item>\n")
        out.write("</channel>\n</rss>\n")

    atom_path = os.path.join(args.out, f"bench-atom-{args.entries}.xml")
    with open(atom_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
                  'xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="de">\n'
                  "<title>Kundenforum</title>\n<id>tag:forum.example,2026:feed</id>\n"
                  '<link rel="alternate" href="https://forum.example/"/>\n'
                  f"<updated>{start.isoformat()}</updated>\n")
        for item in items:
            stamp = item["date"].isoformat().replace("+00:00", "Z")
            reply = (f'<thr:in-reply-to ref="tag:forum.example,2026:post-{item["n"] + 1}"/>\n'
                     if item["n"] % 5 else "")
            out.write(
                f"<entry>\n<title type=\"html\">{escape(escape(item['title']))}</title>\n"
                f'<link rel="alternate" href="/t/{item["thread"]}/{item["n"]}"/>\n'
                f"<id>tag:forum.example,2026:post-{item['n']}</id>\n"
                f"<published>{stamp}</published>\n<updated>{stamp}</updated>\n"
                f"<author><name>{item['author']}</name><email>{item['author'].lower()}@example.org</email></author>\n"
                f"{reply}<content type=\"html\">{escape(item['html'])}</content>\n</entry>\n")
        out.write("</feed>\n")
    print(rss_path)
    print(atom_path)


if __name__ == "__main__":
    main()
