#!/usr/bin/env python3
"""Writes the forum-length posts `make bench` redacts: JSON lines {"text": ...}, German and
English support-forum prose with the look-alikes the redactor must pass over (dates, times,
prices, versions, order numbers, capitalised nouns), lengths drawn around a median of 600
UTF-8 bytes, and one personal identifier (of a rotating type) in every third post.
Deterministic for a given seed.

Usage: make_redaction_posts.py OUT.jsonl [--posts 20000] [--seed 7]
Prints the number of posts, the median length in bytes and the share with an identifier.
"""
import argparse
import json
import random
import statistics

SENTENCES = [
    "Hallo zusammen, seit dem Update auf Version 2.4.1 bricht bei mir das WLAN ständig ab.",
    "Ich habe den Router schon dreimal neu gestartet und die Kabel geprüft, ohne Erfolg.",
    "Die Hotline hat mich am 23.11.2026 um 14:05 Uhr 45 Minuten warten lassen.",
    "Der Tarif kostet 39,99 € im Monat und die Leistung ist seit Wochen unter aller Kritik.",
    "Bestellnummer 4711-2026-883 ist laut Sendungsverfolgung seit Freitag in Zustellung.",
    "Mein Nachbar hat das gleiche Modell und dort funktioniert alles einwandfrei.",
    "Ich überlege ernsthaft zu kündigen, wenn das nicht bis Ende des Monats gelöst ist.",
    "Der Techniker kam am Dienstag zwischen 8 und 12 Uhr, also erst um 11:45.",
    "Die Rechnung über 1.299,00 EUR wurde doppelt abgebucht, die Gutschrift fehlt noch.",
    "Seit der Umstellung auf Glasfaser habe ich nur noch 250 statt 1000 Mbit/s.",
    "Im Kundenportal steht der Auftrag seit dem 2026-11-02 auf „in Bearbeitung“.",
    "Die Fritzbox 7590 mit FRITZ!OS 7.57 zeigt keine Fehler im Ereignisprotokoll.",
    "Das Paket mit der Sendungsnummer 00340434161234567890 liegt in der Filiale.",
    "Ehrlich gesagt bin ich vom Service völlig enttäuscht, das war früher besser.",
    "Danke für die schnelle Hilfe, jetzt läuft alles wieder stabil!",
    "Kann mir jemand sagen, ob die Störung in 10115 Berlin bekannt ist?",
    "Has anyone else seen the same problem after the firmware update last week?",
    "The support team promised a callback within 24 hours, but nothing happened.",
    "I paid $49.99 for the upgrade on 11/02/2026 and the app still crashes on startup.",
    "Order #88213 was marked as delivered at 3:15 pm, but there is no parcel.",
    "After switching to the new plan my bill went up by 15% without any notice.",
    "The chat agent was friendly, but the issue is still not resolved after 3 weeks.",
    "Version 10.0.19045 of the driver fixed the crash, thanks for the tip.",
    "Honestly, the hotline is the worst part of the whole experience.",
]
IDENTIFIERS = [
    "Schreib mir an max.mustermann@example.de.", "Ruf mich an: +49 171 1234567.",
    "Meine IBAN ist DE89 3704 0044 0532 0130 00.", "Meine IP ist 192.168.178.1, falls das hilft.",
    "Viele Grüße\nAnna Schmidt", "Ich wohne in der Musterstraße 12, 20095 Hamburg.",
    "Danke @max_mustermann!", "Profil: https://twitter.com/max_mueller",
    "Mail: k.weber (at) web (dot) de", "Festnetz (030) 123 45 67, tagsüber.",
    "Card 4111 1111 1111 1111 was charged twice.", "Steuer-ID 86095742719 steht auf dem Bescheid.",
    "Hallo Herr Becker, danke für die Antwort.", "Best regards,\nJohn Miller",
    "Call me on +44 20 7946 0958 after six.", "My server is at 2001:db8::1 if you want to test.",
]

SIGN_OFFS = ("Viele Grüße", "Best regards")
SALUTATIONS = ("Hallo Herr",)


def post(rng, target_bytes, identifier):
    parts = []
    size = 0
    while size < target_bytes:
        sentence = rng.choice(SENTENCES)
        parts.append(sentence)
        size += len(sentence.encode("utf-8")) + 1
    if identifier and identifier.startswith(SIGN_OFFS):
        parts.append("\n\n" + identifier)  # a sign-off closes the post
    elif identifier and identifier.startswith(SALUTATIONS):
        parts.insert(0, identifier + "\n")  # a salutation opens it
    elif identifier:
        parts.insert(rng.randrange(len(parts) + 1), identifier)
    return " ".join(parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--posts", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lengths = []
    with_identifier = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for index in range(args.posts):
            # Log-normal target around 545 bytes: forum posts are mostly short with a long
            # tail; whole sentences and the identifiers bring the median to about 600 bytes.
            target = min(3000, max(120, int(rng.lognormvariate(6.30, 0.45))))
            identifier = IDENTIFIERS[(index // 3) % len(IDENTIFIERS)] if index % 3 == 0 else None
            text = post(rng, target, identifier)
            with_identifier += identifier is not None
            lengths.append(len(text.encode("utf-8")))
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    print(json.dumps({"posts": args.posts, "median_bytes": int(statistics.median(lengths)),
                      "identifier_share": round(with_identifier / args.posts, 3)}))


if __name__ == "__main__":
    main()
