#!/usr/bin/env python3
"""Generate the bundled example data for `monitor` (examples/sources/*, planted.json).

Fictional provider "Nordlicht Mobil" and its competitors "Südwind" and "Ostwerk",
28 days from 2026-10-26 to 2026-11-22 (Europe/Berlin, UTC+1 throughout).

Standard library only, fixed seed: every run rewrites the same bytes.
Run from anywhere:  /usr/bin/python3 examples/generate_examples.py
All names, addresses, phone numbers, e-mail addresses and IBANs are fictional.
"""

import hashlib
import html
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

SEED = 20261122
rng = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sources")

TZ = timezone(timedelta(hours=1))  # Europe/Berlin in November (CET)
FIRST_DAY = datetime(2026, 10, 26, tzinfo=TZ)
LAST_MOMENT = datetime(2026, 11, 22, 23, 30, tzinfo=TZ)

STAFF = {"NordlichtTeam": "Nordlicht Team", "Jana_Nordlicht": "Jana vom Nordlicht-Team"}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def dt(s):
    """'2026-11-22 14:05' -> aware datetime (UTC+1)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc822(d):
    return "%s, %02d %s %04d %02d:%02d:%02d +0100" % (
        DAY_NAMES[d.weekday()], d.day, MONTH_NAMES[d.month - 1], d.year, d.hour, d.minute, d.second)


def rfc3339(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S+01:00")


def utc_z(d, ms=0):
    u = d.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms


def slugify(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("ç", "c")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60].strip("-")


# weekday weights for randomly placed posts (fewer on weekends, fewest on Sundays)
WEEKDAY_WEIGHT = [1.15, 1.2, 1.1, 1.05, 0.95, 0.7, 0.4]
HOUR_WEIGHT = {7: 2, 8: 4, 9: 5, 10: 5, 11: 5, 12: 6, 13: 5, 14: 4, 15: 4, 16: 5, 17: 6,
               18: 8, 19: 9, 20: 9, 21: 8, 22: 5, 23: 2}
ALL_DAYS = [FIRST_DAY + timedelta(days=i) for i in range(28)]


def random_day(lo=None, hi=None):
    days = [d for d in ALL_DAYS if (lo is None or d.date() >= lo.date()) and (hi is None or d.date() <= hi.date())]
    return rng.choices(days, weights=[WEEKDAY_WEIGHT[d.weekday()] for d in days])[0]


def random_time_on(day, lo_hour=7, hi_hour=23):
    hours = [h for h in HOUR_WEIGHT if lo_hour <= h <= hi_hour]
    h = rng.choices(hours, weights=[HOUR_WEIGHT[x] for x in hours])[0]
    return day.replace(hour=h, minute=rng.randrange(60), second=rng.randrange(60))


def next_reply_time(prev, limit=LAST_MOMENT):
    """A plausible reply time after `prev`: minutes to hours later, people sleep at night."""
    gap = timedelta(minutes=max(8, int(rng.expovariate(1 / 220.0))))
    t = prev + gap
    if t.hour < 7:
        t = t.replace(hour=7, minute=rng.randrange(5, 59))
    # Sundays are quieter: push some Sunday replies to Monday morning
    if t.weekday() == 6 and t.date() != LAST_MOMENT.date() and rng.random() < 0.5:
        t = (t + timedelta(days=1)).replace(hour=rng.choice([7, 8, 9]), minute=rng.randrange(60))
    if t > limit:
        t = prev + timedelta(minutes=rng.randrange(3, 25))
    return t.replace(second=rng.randrange(60))


def iban_de(blz, account):
    bban = blz + account
    num = int(bban + "131400")  # D=13 E=14, check digits 00
    check = 98 - num % 97
    return "DE%02d%s" % (check, bban)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def text_to_html(text, entities=False):
    """Plain text with \\n\\n paragraphs -> HTML. With entities=True '…' and NBSP become
    &hellip; / &nbsp; (as forum software writes them)."""
    paras = []
    for p in text.split("\n\n"):
        h = html.escape(p, quote=False)
        if entities:
            h = h.replace("…", "&hellip;").replace("\u00a0", "&nbsp;")
        h = h.replace("\n", "<br>")
        paras.append("<p>%s</p>" % h)
    return "".join(paras)


def xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(s):
    return xml_text(s).replace('"', "&quot;")


# ---------------------------------------------------------------------------
# planted personal data (all fictional); texts below use these constants
# ---------------------------------------------------------------------------

IBAN1 = group4(iban_de("29876543", "0123456789"))   # written grouped in the forum
IBAN2 = iban_de("50060400", "0987654321")           # written compact in the community

EMAILS_IN_TEXT = [
    "k.mueller (at) example (dot) de",
    "sabine.krueger@example.de",
    "bianca.rademacher@example.de",
    "emily.carter@example.com",
    "petra.hein@example.de",
]
PHONES = [
    "0171/2345678",
    "+44 7700 900123",
    "+44 20 7946 0958",
    "+49 171 1234567",
    "(030) 123 45 67",
    "+49 1523 9876543",
    "089 / 123 456 78",
]
OTHER_PII = [
    "Musterstraße 12, 20095 Hamburg",
    "Lindenallee 5, 50667 Köln",
    "Ahornweg 3a, 80331 München",
    "Markus Weber",
    "Frau Schneider",
    "Herr Schröder",
    "Frau Pohl",
    "Frau Adams",
    "Hallo Sabine",
    "Hi Oliver",
    "LG Anna",
    "Sieglinde Maurer",
    "https://twitter.com/lena_vogt_hh",
    "https://www.facebook.com/markus.weber.hh",
]

# ---------------------------------------------------------------------------
# 1. Handyforum (RSS 2.0): threads about Nordlicht
#    (start, title, [(author, text[, "YYYY-MM-DD HH:MM"]) ...]); first post starts the thread.
#    Posts without an explicit time get a random reply time after the previous post.
# ---------------------------------------------------------------------------

FORUM_THREADS = [
    ("2026-10-26 19:40", "Nordlicht Flex 5G – lohnt sich der Wechsel von Südwind?", [
        ("Thomas Becker", "Hallo zusammen,\n\nich bin seit 6 Jahren bei Südwind und zahle 34,99\u00a0€ für 15 GB. Nordlicht bietet jetzt den Flex 5G mit 40 GB für 29,99\u00a0€. Klingt fast zu gut… Hat jemand den Tarif schon und kann was zum Netz in Hamburg-Nord sagen?"),
        ("hanseat_kai77", "Hab den Flex 5G seit dem 1.10. Netz in Barmbek und Winterhude ist top, 5G fast überall. Nur in der U-Bahn bricht es ab und zu weg, aber das war bei Südwind auch nicht besser."),
        ("Petra Lindner", "Achtung, die 29,99\u00a0€ gelten nur die ersten 12 Monate, danach 39,99\u00a0€. Steht ganz klein im Preisblatt. Hab mich auch erst gefreut."),
        ("Thomas Becker", "Oh, danke für den Hinweis! Das hab ich echt überlesen. Dann ist der Unterschied ja fast weg…"),
        ("netzpilot_84", "Rechne mal über 24 Monate: 12 × 29,99 + 12 × 39,99 = 839,76\u00a0€. Bei Südwind mit Treuerabatt bist du wahrscheinlich billiger. Einfach mal bei der Kündigungsabteilung anrufen, die werden dann plötzlich großzügig 😉"),
    ]),
    ("2026-10-27 08:15", "Router seit 2 Wochen nicht geliefert", [
        ("Sabine Krüger", "Moin,\n\nhabe am 13.10. den Nordlicht Home-Tarif mit Router bestellt (Bestellnummer 4711-2026-883). Laut Mail wird der Router „in 3-5 Werktagen“ geliefert. Jetzt sind zwei Wochen rum und nix. Sendungsnummer 00340434161234567890 zeigt seit 8 Tagen „Sendung wurde elektronisch angekündigt“.\n\nLieferadresse ist Musterstraße 12, 20095 Hamburg, die stimmt auch. Hotline sagt, ich soll warten. Super."),
        ("Jörg Hansen", "Gleiches Spiel bei mir letzten Monat. Nach 3 Wochen kam dann ein Router… an die alte Adresse 🙄 Nordlicht scheint da einen neuen Logistiker zu haben."),
        ("mobilfan_ole", "Schreib denen mal per Kontaktformular mit Frist. Bei mir hat das geholfen, 2 Tage später war das Paket da."),
        ("kmueller_hh", "Ihr seid nicht allein. Ich sammle gerade Fälle, bei denen der Nordlicht-Router nicht ankommt, und schicke die gesammelt an die Pressestelle. Wer mitmachen will, schreibt mir: k.mueller (at) example (dot) de"),
        ("Sabine Krüger", "Update: Router ist heute gekommen! Allerdings ohne Netzteil. Ich kann es nicht fassen."),
        ("Stefanie Brandt", "Ohne Netzteil 😂 das ist ja Realsatire. Viel Glück beim zweiten Anlauf."),
    ]),
    ("2026-10-28 07:05", "Funkloch an der A7 zwischen Hamburg und Neumünster", [
        ("bahnpendler_nms", "Jeden Morgen das gleiche: ab Quickborn bis kurz vor Neumünster kein Empfang, nicht mal EDGE. Telefonate brechen ab, Spotify hängt. Ist das bei euch auch so? Bei den Ostwerk-Kollegen im Auto läufts durch."),
        ("Uwe Petersen", "Ja, die Ecke um Kaltenkirchen ist bei Nordlicht seit Jahren ein Funkloch. Laut Netzausbaukarte soll bis Ende 2026 ein neuer Mast kommen. Glaub ich erst, wenn ichs sehe."),
        ("Nils Carstensen", "Bei mir (Südwind) ist es da auch nicht viel besser, ehrlich gesagt. Die A7 ist für alle ein Trauerspiel."),
        ("bahnpendler_nms", "Hab's über die Funkloch-melden-Funktion in der App gemeldet, Ticket-Nr. 88123. Mal schauen, ob sich was tut."),
    ]),
    ("2026-10-29 18:20", "Rechnung Oktober: 12,50 € zu viel abgebucht", [
        ("Matthias Kramer", "Nabend,\n\nauf meiner Oktoberrechnung steht ein Posten „Premium-Dienst Drittanbieter“ über 12,50\u00a0€. Hab ich nie bestellt! Die Drittanbietersperre war angeblich aktiv. Wie bekomme ich das Geld zurück?"),
        ("Kerstin Vogel", "Das ist so eine Abo-Falle über Werbebanner. Einfach Widerspruch bei Nordlicht einlegen, die müssen den Betrag erstatten und sich das vom Drittanbieter holen. Und die Drittanbietersperre nochmal prüfen lassen!"),
        ("Matthias Kramer", "Danke! Hab den Widerspruch geschrieben und gleich meine Bankverbindung für die Erstattung dazugepackt (IBAN " + IBAN1 + "). Mal sehen."),
        ("Dirk Voss", "Du weißt schon, dass du gerade deine IBAN öffentlich gepostet hast? 😅 Würde ich editieren."),
        ("Matthias Kramer", "Ups. Bearbeiten geht nicht mehr, die Frist ist abgelaufen. Hab den Mod angeschrieben. Naja, mit einer IBAN allein kann man zum Glück nicht so viel anfangen."),
    ]),
    ("2026-10-30 12:10", "Rufnummernmitnahme von Ostwerk zu Nordlicht – Erfahrungen?", [
        ("Anja Peters", "Hallo, ich will mit meiner Nummer von Ostwerk zu Nordlicht wechseln. Wie lange hat die Portierung bei euch gedauert? Und war man zwischendurch ohne Netz? Ich bin beruflich auf das Handy angewiesen."),
        ("Claas Jürgens", "Bei mir ging das total reibungslos: Auftrag am Montag, Donnerstag früh um 6 war die alte SIM tot und die neue um 6:40 aktiv. Also ca. 40 Minuten ohne Netz."),
        ("Ralf Domke", "Wichtig: Die Wechselgebühr von Ostwerk (6,82\u00a0€) kommt auf die letzte Rechnung. Nordlicht hat mir dafür 25\u00a0€ Gutschrift gegeben, musste ich aber extra im Chat anfragen."),
        ("mw_hamburg", "Kann ich bestätigen, lief bei mir auch problemlos. Tipp: Vorher bei Ostwerk die Portierungserklärung online abgeben, dann geht's schneller.\n\nViele Grüße, Markus Weber"),
        ("Anja Peters", "Perfekt, danke euch! Dann mach ich das diese Woche."),
    ]),
    ("2026-11-02 21:30", "Nordlicht App stürzt nach Update 5.2 ab", [
        ("pixelpaule_hh", "Seit dem Update auf Version 5.2.0 stürzt die Nordlicht App direkt beim Start ab. Pixel 7, Android 15. Cache geleert, neu installiert – nix. Geht das noch jemandem so?"),
        ("Julia Sander", "Jap, iPhone 14 genauso. Splashscreen, dann zu. Kann nicht mal mein Datenvolumen checken. Toll gemacht Nordlicht 👏"),
        ("Sven Ehlers", "Same here. Hab im Play Store eine 1-Stern-Bewertung dagelassen, da sind schon hunderte ähnliche."),
        ("Katrin Brüggemann", "Workaround: Im Browser unter mein.nordlicht-mobil.example einloggen, da geht wenigstens die Verbrauchsübersicht."),
        ("pixelpaule_hh", "Version 5.2.1 ist raus, startet jetzt wieder. Aber der Login mit Fingerabdruck geht immer noch nicht."),
        ("Julia Sander", "Bei mir stürzt 5.2.1 immer noch ab, sobald ich auf „Rechnungen“ tippe. Ich gebs auf."),
    ]),
    ("2026-11-03 10:45", "eSIM-Aktivierung hängt bei „Profil wird geladen“", [
        ("Frank Albers", "Hab auf eSIM umgestellt, QR-Code gescannt, und jetzt steht da seit 3 Stunden „Profil wird geladen…“. Die alte physische SIM ist schon deaktiviert, ich bin also komplett offline außer im WLAN. Was tun?"),
        ("Svenja Kowalski", "Hatte ich auch. Handy einmal komplett neu starten und im WLAN bleiben. Bei mir hat's nach 4 Stunden plötzlich geklappt."),
        ("Marco Ricci", "Wenn's nicht geht: im Shop vorbeigehen, die können das eSIM-Profil neu ausstellen. Die Hotline meinte bei mir, das geht nur im Shop. Die Kosten (14,99\u00a0€) wurden mir nach Beschwerde erlassen."),
        ("Frank Albers", "Läuft jetzt. Nach einem Neustart war es plötzlich da. Danke!"),
    ]),
    ("2026-11-04 17:55", "Kündigung bestätigt, trotzdem weiter abgebucht", [
        ("Heike Dreyer", "Ich habe fristgerecht zum 30.09. gekündigt und auch eine Bestätigung per Mail bekommen. Trotzdem hat Nordlicht am 02.11. wieder 24,99\u00a0€ abgebucht. Hotline: „Das System zeigt keine Kündigung.“ Ich hab die Bestätigung doch schwarz auf weiß!"),
        ("Tobias Reinhardt", "Lastschrift zurückgeben (geht 8 Wochen ohne Begründung) und Nordlicht die Kündigungsbestätigung per Einschreiben schicken. Wenn das nicht hilft: Verbraucherzentrale."),
        ("oma_gerda_1951", "Das hatte mein Enkel auch schon. Die haben dann gesagt es war ein Fehler und das Geld kam nach 6 Wochen zurück. Ich find das unmöglich."),
        ("Heike Dreyer", "Hab die Lastschrift zurückgegeben. Jetzt kam eine Mahnung mit 5\u00a0€ Mahngebühr. Ich glaub, ich spinne."),
        ("Tobias Reinhardt", "Nicht bezahlen! Schriftlich widersprechen und auf die Kündigungsbestätigung verweisen. Die Mahngebühr ist unberechtigt."),
    ]),
    ("2026-11-05 11:20", "Warteschleife Hotline 45 Minuten – normal?", [
        ("Bernd Wolters", "Heute 45 Minuten in der Warteschleife gehangen, dann rausgeflogen. Zweiter Versuch: 38 Minuten, dann ein Mitarbeiter, der mich nach 2 Minuten „weiterverbunden“ hat – ins Nichts. Ist das bei Nordlicht inzwischen Standard?"),
        ("Kerstin Vogel", "Der Chat ist schneller. Ich hatte letzte Woche nach 5 Minuten jemanden dran, der war auch kompetent."),
        ("lisa_m_kiel", "Oder Rückruf anfordern. Ich hab ins Kontaktformular geschrieben „Bitte Rückruf unter 0171/2345678“ und wurde am nächsten Tag gegen 10:30 angerufen."),
        ("Bernd Wolters", "Rückruf werd ich probieren. Wenn das so weitergeht, bin ich nach Vertragsende weg."),
        ("Uwe Petersen", "Bei Südwind ist es übrigens nicht besser, da hing ich im Sommer über eine Stunde. Die sparen alle am Personal."),
    ]),
    ("2026-11-06 14:00", "Lob: Techniker war pünktlich und super freundlich", [
        ("Stefanie Brandt", "Muss auch mal was Positives loswerden: Der Techniker für den Glasfaseranschluss kam heute pünktlich um 8 Uhr, hat alles sauber verlegt, mir das WLAN eingerichtet und sogar den alten Router mitgenommen. Vertrag bei Nordlicht läuft jetzt mit 500 Mbit/s. Top! 👍"),
        ("Claas Jürgens", "Schön zu hören! Bei mir war's auch problemlos. Man liest hier ja sonst nur das Negative."),
        ("Julia Sander", "Freut mich für dich. Würde mir wünschen, die App-Entwickler wären auch so zuverlässig 😄"),
    ]),
    ("2026-11-07 20:10", "Datenschutz: Meldet Nordlicht Vertragsdaten an die Schufa?", [
        ("Tobias Reinhardt", "In den neuen AGB steht, dass „Positivdaten“ an Auskunfteien übermittelt werden. Heißt das, Nordlicht meldet meine Vertragsdaten an die Schufa, auch wenn ich immer pünktlich zahle? Hat jemand Widerspruch eingelegt?"),
        ("Katrin Brüggemann", "Ja, das machen inzwischen einige Anbieter. Du kannst nach Art. 21 DSGVO widersprechen. Ich hab an die Datenschutzabteilung geschrieben und nach 10 Tagen eine Bestätigung bekommen."),
        ("Dirk Voss", "Datenschutz bei Nordlicht ist eh so eine Sache. Ich bekomme seit dem Vertragsabschluss Werbeanrufe von einem „Partner“. Zufall? Glaub ich nicht."),
        ("Tobias Reinhardt", "Danke, Widerspruch ist raus. Werde berichten."),
    ]),
    ("2026-11-09 09:30", "Roaming in der Schweiz – Kostenfalle?", [
        ("Nils Carstensen", "Fahre Ende November nach Zürich. Die Schweiz ist ja nicht in der EU – wie teuer ist Nordlicht da? In der Preisliste finde ich nur „Ländergruppe 2: 0,99\u00a0€ / MB“. Das kann doch nicht deren Ernst sein?!"),
        ("Marco Ricci", "Doch, leider. Buch dir den „Travel Pass Welt“ für 9,99\u00a0€ pro Woche, dann hast du 1 GB. Ohne Pass kann das sehr teuer werden – ein Kollege hatte mal 180\u00a0€ auf der Rechnung."),
        ("Frank Albers", "Oder einfach eine Prepaid-eSIM aus der Schweiz holen. Südwind hat die Schweiz übrigens inklusive, nur so als Info."),
        ("Nils Carstensen", "Travel Pass gebucht, danke. Trotzdem frech, dass Südwind das inklusive hat und Nordlicht nicht."),
    ]),
    ("2026-11-10 16:40", "Ersatz-SIM nie angekommen", [
        ("Derya Yılmaz", "Hallo, ich habe am 3.11. eine Ersatz-SIM bestellt weil meine alte kaputt ist. Bis heute ist nichts angekommen. Nordlicht sagt, sie wurde am 4.11. verschickt. Wie lange braucht denn ein Brief?? Ich bin seit einer Woche ohne Handynummer."),
        ("Jörg Hansen", "Briefe mit SIM-Karten gehen wohl öfter verloren. Lass dir die SIM im Shop geben, das geht sofort."),
        ("Derya Yılmaz", "Der nächste Shop ist 40 km weg 😕 Aber danke."),
        ("Sven Ehlers", "Alternativ auf eSIM wechseln, falls dein Handy das kann. Der QR-Code kommt dann per Mail."),
    ]),
    ("2026-11-11 13:15", "Drosselung nach 20 GB obwohl Flex 5G mit 40 GB", [
        ("Ralf Domke", "Mein Flex 5G hat 40 GB. Laut App hab ich 20,4 GB verbraucht und bin trotzdem auf 64 kbit/s gedrosselt. Das ist doch ein Witz. Screenshot liegt vor."),
        ("hanseat_kai77", "Schau mal, ob du noch im alten Tarif eingebucht bist. Bei mir war der Tarifwechsel erst zum Monatsersten aktiv, obwohl es schon früher in der App stand."),
        ("Ralf Domke", "Tatsächlich, im Kundenportal steht noch Smart M. Wechsel war angeblich zum 01.11. Ich ruf da morgen an."),
        ("Anja Peters", "Das Problem hatte meine Schwester auch. Nordlicht hat ihr dann 5 GB gratis gegeben als Entschädigung."),
        ("Ralf Domke", "Update: Tarif war falsch hinterlegt, ist korrigiert. Und ich hab 10 GB extra bekommen. Immerhin."),
    ]),
    ("2026-11-12 19:05", "Kundenportal: Fehler 503 beim Login", [
        ("Katrin Brüggemann", "Seit heute Nachmittag komme ich nicht ins Kundenportal, immer „503 Service Unavailable“. Wollte nur die Rechnung runterladen. Wartungsarbeiten angekündigt? Auf der Website steht nichts."),
        ("Julia Sander", "Bei mir auch. Und die App ist ja eh kaputt 🙃 Wie soll man da seine Rechnungen sehen?"),
        ("mobilfan_ole", "Geht seit 21:30 wieder."),
        ("Katrin Brüggemann", "Bestätigt, läuft wieder. Wäre nett gewesen, vorher Bescheid zu sagen."),
    ]),
    ("2026-11-14 10:20", "WLAN-Call bei Nordlicht einrichten?", [
        ("oma_gerda_1951", "Guten Tag, mein Enkel hat gesagt, ich kann über WLAN telefonieren, weil im Keller kein Netz ist. Wie macht man das bei Nordlicht? Ich habe ein Samsung Handy. Danke im voraus"),
        ("Claas Jürgens", "Hallo! Bei Samsung: Einstellungen → Verbindungen → WLAN-Anrufe einschalten. Nordlicht unterstützt das in allen Tarifen, kostet nichts extra."),
        ("oma_gerda_1951", "Hat geklappt!! Vielen lieben Dank, jetzt kann ich auch im Keller mit meiner Tochter telefonieren 😊"),
    ]),
    ("2026-11-16 12:40", "Preiserhöhung ab Januar – Sonderkündigungsrecht?", [
        ("Uwe Petersen", "Habe heute Post von Nordlicht bekommen: Ab 01.01.2027 kostet mein Tarif 3\u00a0€ mehr im Monat („aufgrund gestiegener Kosten“). Habe ich da ein Sonderkündigungsrecht? Im Brief steht nichts davon."),
        ("Tobias Reinhardt", "Ja, nach § 57 TKG hast du bei einseitiger Vertragsänderung zu deinem Nachteil ein Sonderkündigungsrecht, 3 Monate ab Zugang der Mitteilung. Schriftlich kündigen und auf die Preiserhöhung verweisen."),
        ("Petra Lindner", "Ich hab die gleiche Post bekommen. Erst die Flex-Werbung mit „Preisgarantie“ und dann sowas. Ich wechsel zu Ostwerk."),
        ("Bernd Wolters", "Preisgarantie galt nur für Neukunden, haha. Bestandskunden zahlen die Zeche wie immer."),
        ("Uwe Petersen", "Kündigung ist raus. Mal sehen, ob die mir ein Angebot machen."),
        ("Heike Dreyer", "Pass auf, dass die Kündigung auch ankommt 😉 (siehe meinen Thread von Anfang November…)"),
    ]),
    ("2026-11-17 08:50", "Spam-SMS angeblich von Nordlicht: „Ihre Rechnung ist offen“", [
        ("Svenja Kowalski", "Achtung! Ich habe gerade eine SMS bekommen: „Nordlicht: Ihre Rechnung ist offen, bitte begleichen Sie unter nordlicht-zahlung.example“. Das ist Phishing, oder? Die Absendernummer war +44 7700 900123."),
        ("Dirk Voss", "100 % Phishing. Nordlicht verschickt keine Zahlungslinks per SMS. Nicht draufklicken, Nummer blockieren."),
        ("Kerstin Vogel", "Woher haben die eigentlich unsere Nummern und wissen, dass wir bei Nordlicht sind? Da frage ich mich schon, ob es ein Datenleck gab."),
        ("Svenja Kowalski", "Genau das frage ich mich auch. Habe bei Nordlicht nachgefragt, Antwort: „Kein Hinweis auf einen Sicherheitsvorfall.“ Naja."),
    ]),
    ("2026-11-18 18:00", "Speedtest-Vergleich Nordlicht vs. Südwind vs. Ostwerk (Altona)", [
        ("netzpilot_84", "Hab mal mit drei SIMs am selben Ort (Ottensen, Bahnhof Altona) je 10 Speedtests gemacht:\n\nNordlicht: Ø 212 Mbit/s down, 38 up, Ping 24 ms\nSüdwind: Ø 145 Mbit/s down, 29 up, Ping 31 ms\nOstwerk: Ø 98 Mbit/s down, 22 up, Ping 29 ms\n\nNordlicht ist hier klar vorne. In Harburg sah es aber umgekehrt aus…"),
        ("Sven Ehlers", "Interessant, danke für die Mühe! Passt zu meiner Erfahrung: Nordlicht in der Innenstadt super, am Stadtrand mau."),
        ("Emily Carter", "Thanks for this! I moved to Hamburg from London in September and have been with Nordlicht since. Speed in Eimsbüttel is great, but indoor coverage in my flat is terrible. Might try Südwind."),
        ("netzpilot_84", "Try wifi calling (WLAN-Call), Nordlicht supports it. Helps a lot indoors."),
    ]),
    ("2026-11-19 09:10", "English-speaking customer service at Nordlicht?", [
        ("Oliver Grant", "Hi all, sorry for posting in English. Does Nordlicht offer customer service in English? The hotline menu is German only and my German is not good enough to discuss a billing problem. They charged me twice for the router shipping (2 × 9,95\u00a0€)."),
        ("Claas Jürgens", "Hi Oliver, the chat on the website is available in English (at least in my experience). Otherwise just write an email – they usually answer in English if you write in English."),
        ("Oliver Grant", "Thanks a lot, the chat worked. Got a refund for the double shipping charge within a day. Much appreciated!"),
    ]),
    ("2026-11-20 15:30", "Router-Tausch: Versand hängt seit Freitag", [
        ("Lena Vogt", "Mein Router ist kaputt (WLAN-LED blinkt rot), Nordlicht schickt ein Austauschgerät. Tracking sagt seit letztem Freitag „In Zustellung“. Ich arbeite im Homeoffice und hänge jetzt am Handy-Hotspot. Hat jemand Erfahrung, wie lang das dauert?"),
        ("Jörg Hansen", "„In Zustellung“ seit einer Woche klingt nach verlorenem Paket. Bei DHL direkt nachfragen, nicht bei Nordlicht."),
        ("Lena Vogt", "DHL sagt, das Paket liegt im Verteilzentrum und wird „voraussichtlich Montag“ zugestellt. Toll."),
    ]),
    ("2026-11-21 10:00", "Rechnung als PDF in der neuen App?", [
        ("Petra Lindner", "Weiß jemand, wie ich in der neuen App die Rechnung als PDF herunterlade? Früher war das unter „Mein Konto“, jetzt find ich es nicht mehr."),
        ("Katrin Brüggemann", "Unter „Vertrag“ → „Rechnungen“ → auf den Monat tippen → oben rechts das Teilen-Symbol. Sehr versteckt, ja."),
        ("Petra Lindner", "Gefunden, danke! Wer hat sich diese Menüführung ausgedacht…"),
    ]),
    # --- the volume spike on 2026-11-22: network outage in Hamburg ---
    ("2026-11-22 13:12", "Netzstörung in Hamburg? Seit 13 Uhr kein Netz", [
        ("hanseat_kai77", "Seit ca. 13 Uhr hab ich in Eimsbüttel gar kein Netz mehr, nur „Nur Notrufe“. Neustart bringt nix. Ist das bei euch auch so?"),
        ("Stefanie Brandt", "Ja! Winterhude genauso. Komplett tot, auch kein mobiles Internet.", "2026-11-22 13:16"),
        ("mobilfan_ole", "Barmbek-Süd: nix. Festnetz (Nordlicht Home) geht aber noch.", "2026-11-22 13:19"),
        ("Sven Ehlers", "Altona ebenfalls. Meine Frau (Südwind) hat Netz, ich nicht. Also klar ein Nordlicht-Problem.", "2026-11-22 13:24"),
        ("Jörg Hansen", "Der Störungsmelder explodiert gerade. Über 2.000 Meldungen aus Hamburg in der letzten halben Stunde.", "2026-11-22 13:38"),
        ("Julia Sander", "Und die Hotline? Ansage: „Wir haben derzeit ein erhöhtes Anrufaufkommen.“ Ach was. 🙄", "2026-11-22 13:51"),
        ("lisa_m_kiel", "Kiel ist nicht betroffen, nur zur Info. Scheint wirklich nur Hamburg zu sein.", "2026-11-22 14:02"),
        ("Nils Carstensen", "Pinneberg und Norderstedt sind auch betroffen. Hab grad mit einem Nachbarn über WLAN telefoniert.", "2026-11-22 14:20"),
        ("Frank Albers", "Ich muss dringend meine Mutter im Pflegeheim erreichen und komm nicht durch. Sowas darf einfach nicht passieren!", "2026-11-22 14:41"),
        ("netzpilot_84", "Laut einem Techniker-Kumpel ist ein zentraler Knoten in Hammerbrook ausgefallen. Keine Ahnung, ob das stimmt.", "2026-11-22 15:03"),
        ("Derya Yılmaz", "Um 15:40 immer noch nichts. Meine Bank-App will eine SMS-TAN schicken, die natürlich nicht ankommt.", "2026-11-22 15:42"),
        ("hanseat_kai77", "Nordlicht hat jetzt auf der Statusseite eine Meldung: „Eingeschränkte Verfügbarkeit im Raum Hamburg“. Nach fast 3 Stunden. Respekt.", "2026-11-22 15:58"),
        ("Claas Jürgens", "17:05: Bei mir in Ottensen ist LTE wieder da, 5G noch nicht.", "2026-11-22 17:06"),
        ("Stefanie Brandt", "Winterhude auch wieder online seit 17:20. Bin gespannt, ob es eine Gutschrift gibt.", "2026-11-22 17:24"),
        ("Bernd Wolters", "Gutschrift? Träum weiter 😂 Nach so einem Tag denke ich ernsthaft über einen Wechsel nach.", "2026-11-22 18:10"),
    ]),
    ("2026-11-22 14:05", "Nordlicht-Statusseite sagt „alles ok“ – Störung Hamburg", [
        ("Dirk Voss", "Lustig: Die Statusseite von Nordlicht zeigt seit über einer Stunde „Alle Systeme funktionieren“, während halb Hamburg offline ist. Wofür hat man so eine Seite?"),
        ("Petra Lindner", "Die wird bestimmt manuell gepflegt, und der Praktikant hat Sonntag frei 🙃", "2026-11-22 14:12"),
        ("Kerstin Vogel", "Auch bei mir Störung seit 13:05 in Harburg. Hab eine Störungsmeldung übers Kontaktformular aufgegeben, automatische Antwort: „Bearbeitung in 3-5 Werktagen“. Wow.", "2026-11-22 14:33"),
        ("Emily Carter", "Network down in Hamburg-Eppendorf as well. No calls, no data. Is there an official statement anywhere? The Nordlicht account on social media is silent.", "2026-11-22 14:50"),
        ("Dirk Voss", "Nope, nothing official yet. Only the status page, which still says everything is fine.", "2026-11-22 15:01"),
        ("Matthias Kramer", "Notruf 112 soll noch gehen, die Notrufe laufen im Zweifel über andere Netze. Nur damit keiner in Panik gerät.", "2026-11-22 15:27"),
    ]),
]
# languages of the English forum posts (everything else in the forum is German)
FORUM_ENGLISH_AUTHORS = {"Emily Carter", "Oliver Grant"}
FORUM_ENGLISH_TEXTS = {"Hi Oliver, the chat", "Try wifi calling"}
FORUM_CDATA_THREAD = "Lob: Techniker war pünktlich und super freundlich"

# ---------------------------------------------------------------------------
# 2. Technikblick (Atom 1.0): comments on the review of Nordlicht's new tariff
# ---------------------------------------------------------------------------

BLOG_URL = "https://technikblick.example/2026/10/nordlicht-flex-5g-test/"
BLOG_TITLE = "Nordlicht Flex 5G im Test: Viel Datenvolumen, kleine Tücken"

# name -> (email, uri); every commenter is planted (name, email, uri)
BLOG_AUTHORS = {
    "Lukas Hartmann": ("lukas.hartmann@example.de", "https://example.de/blog/lhartmann"),
    "Miriam Scholz": ("miriam.scholz@example.de", None),
    "Emily Carter": ("emily.carter@example.com", "https://example.com/emilycarter"),
    "David Thompson": ("d.thompson@example.com", None),
    "Christian Lange": ("c.lange@example.de", "https://example.de/~clange"),
    "Aylin Demir": ("aylin.demir@example.de", None),
    "James O'Connor": ("james.oconnor@example.com", "https://example.com/jamesoc"),
    "Felix Baumann": ("felix.baumann@example.de", None),
    "Hannah Weiß": ("hannah.weiss@example.de", "https://example.de/hannahweiss"),
    "Sarah Mitchell": ("sarah.mitchell@example.com", None),
    "Jonas Friedrich": ("jonas.friedrich@example.de", "https://example.de/jfriedrich"),
    "Laura Brenner": ("laura.brenner@example.de", None),
    "Peter Nowak": ("p.nowak@example.de", None),
    "Moritz Engel": ("moritz.engel@example.de", "https://example.de/moritz"),
    "Rachel Adams": ("rachel.adams@example.com", "https://example.com/rachel-adams"),
    "Ines Wagner": ("ines.wagner@example.de", None),
    "Tom Fischer": ("tom.fischer@example.de", None),
    "Grace Liu": ("grace.liu@example.com", "https://example.com/graceliu"),
    "Benjamin Roth": ("benjamin.roth@example.de", None),
    "Olivia Bennett": ("olivia.bennett@example.com", "https://example.com/obennett"),
    "Kevin Schubert": ("kevin.schubert@example.de", None),
}

# (comment number, time, author, reply-to comment number or None, language, text)
BLOG_COMMENTS = [
    (10201, "2026-10-26 11:20", "Lukas Hartmann", None, "de", "Danke für den ausführlichen Test! Die 40 GB für 29,99 € klingen erstmal gut, aber dass der Preis nach 12 Monaten auf 39,99 € steigt, hättet ihr deutlicher rausstellen können."),
    (10202, "2026-10-26 12:05", "Miriam Scholz", 10201, "de", "Steht doch im Fazit unter „Contra“. Aber ja, das hätte man auch in die Überschrift packen können."),
    (10203, "2026-10-26 14:40", "Emily Carter", None, "en", "Great review. One thing I'd add: the 5G Standalone feature you praise is only available on a handful of phones. On my iPhone 13 I never see SA at all."),
    (10204, "2026-10-26 16:12", "David Thompson", 10203, "en", "Same experience here with a Pixel 6. Honestly, 5G SA is more marketing than anything else at this point."),
    (10205, "2026-10-26 20:31", "Christian Lange", None, "de", "Hallo Frau Schneider, eine Frage zum Test: Haben Sie die Messungen nur in Berlin gemacht oder auch auf dem Land? In Brandenburg sieht das bei Nordlicht nämlich ganz anders aus."),
    (10206, "2026-10-27 08:02", "Aylin Demir", None, "de", "Ich bin vor drei Monaten von Ostwerk zu Nordlicht gewechselt und bereue es nicht. Netz in Köln ist stabil, die App war bis zum letzten Update auch gut."),
    (10207, "2026-10-27 09:47", "James O'Connor", None, "en", "Is the EU roaming really unlimited? Your table says „EU roaming included“ but the fine print mentions a fair use policy of 20 GB. Slightly misleading."),
    (10208, "2026-10-27 10:30", "Felix Baumann", 10207, "de", "Fair-Use-Grenzen gibt es bei allen Anbietern, Südwind hat 18 GB, Ostwerk 25 GB. Also im normalen Rahmen."),
    (10209, "2026-10-27 18:55", "Hannah Weiß", None, "de", "Der Test ist gut, aber ehrlich gesagt hilft mir der beste Tarif nichts, wenn die Hotline 40 Minuten Wartezeit hat. Kundenservice gehört in so einen Test mit rein!"),
    (10210, "2026-10-28 07:40", "Sarah Mitchell", None, "en", "Bought it after reading this. Activation took 10 minutes, speed in Munich is excellent (300+ Mbit/s). Very happy so far! 😊"),
    (10211, "2026-10-28 12:18", "Benjamin Roth", None, "de", "Mich wundert, dass die Testgeräte alle Flaggschiffe waren. Wie sieht es mit einem Mittelklasse-Handy aus? Die meisten haben nun mal kein Pro-Modell für 1.300 €."),
    (10212, "2026-10-28 21:03", "Jonas Friedrich", None, "de", "Mich würde interessieren, wie es mit dem Datenschutz aussieht. Die App will Zugriff auf Standort und Kontakte – wofür braucht ein Mobilfunkanbieter meine Kontakte?"),
    (10213, "2026-10-28 22:15", "Laura Brenner", 10212, "de", "Das hab ich mich auch gefragt. Man kann es in den Einstellungen ablehnen, die App funktioniert trotzdem. Trotzdem unnötig."),
    (10214, "2026-10-29 10:05", "Olivia Bennett", None, "en", "Nice write-up. I switched from Ostwerk last year and Nordlicht has been solid in Frankfurt. Support via chat is quick, usually under 5 minutes."),
    (10215, "2026-10-29 11:22", "Benjamin Roth", 10214, "de", "Frankfurt kann ich bestätigen. Aber auf dem Land bei Fulda: nope. Da hat nur Südwind vernünftig Netz."),
    (10216, "2026-10-29 19:48", "Peter Nowak", None, "de", "Wie sieht's mit Multi-SIM aus? Bei Südwind kostet die 4,99 € extra, bei Nordlicht steht im Test nichts dazu."),
    (10217, "2026-10-29 20:30", "Moritz Engel", 10216, "de", "Multi-SIM bei Nordlicht: 2,99 € im Monat, bis zu 2 Zusatzkarten. Hab ich seit Juli, läuft."),
    (10218, "2026-10-30 09:14", "Rachel Adams", None, "en", "I'm a bit disappointed that there is no mention of customer support quality. I have been waiting 2 weeks for my SIM card and nobody can tell me where it is. Happy to talk if you want details for a follow-up article: +44 20 7946 0958."),
    (10219, "2026-10-30 17:36", "Ines Wagner", None, "de", "24 Monate Mindestlaufzeit sind 2026 einfach nicht mehr zeitgemäß. Monatlich kündbar kostet 5 € mehr – dazu hätte ich mir eine Bewertung gewünscht."),
    (10220, "2026-10-31 11:09", "Tom Fischer", None, "de", "Top Artikel, danke! Bin nach dem Lesen von Südwind rüber. Die Portierung hat 2 Tage gedauert, alles glatt."),
    (10221, "2026-11-02 09:55", "Grace Liu", None, "en", "Does anyone know if the Flex 5G tariff works with an Apple Watch (eSIM)? Support told me „maybe“, which isn't very helpful."),
    (10222, "2026-11-02 13:20", "Felix Baumann", 10221, "de", "Ja, mit Multi-SIM klappt das. Apple-Watch-eSIM geht seit September, hat bei mir funktioniert."),
    (10223, "2026-11-03 19:44", "Olivia Bennett", None, "en", "Does anyone know if Nordlicht throttles VPN traffic? My work VPN has been super slow since the beginning of November."),
    (10224, "2026-11-03 21:10", "Tom Fischer", 10223, "de", "Hab keine Drosselung bemerkt, WireGuard läuft bei mir mit vollem Speed."),
    (10225, "2026-11-04 08:30", "Lukas Hartmann", None, "de", "Kleines Update von mir: Die App stürzt seit Version 5.2 ständig ab. Vielleicht wäre ein Nachtrag im Artikel sinnvoll?"),
    (10226, "2026-11-04 10:02", "Emily Carter", 10225, "en", "Can confirm, the app has been unusable for days. Crashes as soon as I open the billing section."),
    (10227, "2026-11-06 18:20", "Miriam Scholz", None, "de", "Wir haben den Tarif jetzt für die ganze Familie, 4 Karten. Lief problemlos und der Familienrabatt (−10 € pro Karte) ist echt ordentlich."),
    (10228, "2026-11-09 08:12", "David Thompson", None, "en", "Update after a month: coverage on the train between Hamburg and Berlin is poor compared to my old Südwind contract. Lots of dead zones. 3/5 from me."),
    (10229, "2026-11-09 09:40", "Aylin Demir", 10228, "de", "Im ICE hilft nur das WLAN im Zug… bei allen Anbietern leider."),
    (10230, "2026-11-09 20:15", "Christian Lange", None, "de", "Hab mittlerweile Antwort von Nordlicht bekommen zum Thema Brandenburg: „Ausbau ist für 2027 geplant“. Na dann."),
    (10231, "2026-11-10 12:45", "Jonas Friedrich", None, "de", "Nachtrag Datenschutz: Ich habe eine Auskunft nach Art. 15 DSGVO bei Nordlicht angefordert. Nach vier Wochen immer noch keine Antwort. Die Frist ist ein Monat…"),
    (10232, "2026-11-10 14:03", "Hannah Weiß", 10231, "de", "Dann Beschwerde beim Landesdatenschutzbeauftragten. Hat bei mir (anderer Anbieter) Wunder gewirkt."),
    (10233, "2026-11-11 19:30", "Kevin Schubert", None, "de", "Test ist gut, aber 29,99 € find ich für 40 GB zu teuer. Bei Discountern im Südwind-Netz bekommst du 50 GB für 19,99 €."),
    (10234, "2026-11-12 08:50", "Sarah Mitchell", None, "en", "Small update: after 3 weeks, still very happy. One annoying thing: the invoice is only in German, no English version available."),
    (10235, "2026-11-13 17:22", "Peter Nowak", None, "de", "Habe gerade gesehen, dass Ostwerk jetzt einen ähnlichen Tarif für 27,99 € anbietet. Kommt da ein Vergleichstest?"),
    (10236, "2026-11-14 10:41", "Rachel Adams", 10235, "en", "The Südwind price in your comparison table is outdated, by the way. They lowered it to 31,99 € last week."),
    (10237, "2026-11-15 16:05", "Rachel Adams", None, "en", "Update: my SIM card finally arrived after almost 3 weeks. The welcome letter was addressed to „Frau Adams“, which made me laugh. Works fine now."),
    (10238, "2026-11-16 18:12", "Ines Wagner", None, "de", "Und jetzt kommt die Preiserhöhung für Bestandskunden ab Januar. Passt ja zum Test-Fazit „faire Preise“ 😬"),
    (10239, "2026-11-16 19:40", "Tom Fischer", 10238, "de", "Die Preiserhöhung betrifft laut Brief nur alte Tarife, nicht Flex 5G. Zumindest bei mir."),
    (10240, "2026-11-16 21:05", "Ines Wagner", 10239, "de", "Bei mir schon, ich habe Flex 5G seit August und trotzdem die Erhöhung bekommen. Scheint unterschiedlich zu sein."),
    (10241, "2026-11-17 11:30", "James O'Connor", None, "en", "Any plans to test the home internet offers as well? Nordlicht's fibre at 500 Mbit/s for 44,99 € seems like a good deal compared to Ostwerk."),
    (10242, "2026-11-18 09:20", "Moritz Engel", None, "de", "Super Test, sehr sachlich. Schön, dass ihr auch die Schwächen nennt und nicht nur die Pressemitteilung abschreibt."),
    (10243, "2026-11-19 13:15", "Grace Liu", None, "en", "Quick update: Apple Watch eSIM works now. Took two calls to support, but the second agent was really helpful. Thanks!"),
    (10244, "2026-11-19 15:50", "Aylin Demir", None, "de", "Offtopic, aber: Die Leute im Nordlicht-Shop in der Schildergasse waren bei mir super freundlich und haben mein Problem in 10 Minuten gelöst. Das gehört auch mal gesagt."),
    (10245, "2026-11-20 20:40", "Laura Brenner", None, "de", "Nach dem Ärger in der Nordlicht-Community wegen doppelter Abbuchungen: Recherchiert ihr das mal? Da brodelt es gerade gewaltig."),
    (10246, "2026-11-21 08:25", "Lukas Hartmann", 10245, "de", "Hab den Thread gesehen. Wenn das stimmt, ist das ein ziemliches Problem. Bei mir wurde im November auch zweimal abgebucht, 29,99 € am 2. und am 3."),
    (10247, "2026-11-21 11:02", "Emily Carter", None, "en", "I was charged twice this month too! 2 × 29,99 €. Filed a chargeback with my bank because nobody at Nordlicht responds."),
    (10248, "2026-11-21 12:37", "David Thompson", 10247, "en", "Same. Double charge on 3 Nov. This is getting ridiculous."),
    (10249, "2026-11-22 14:10", "Hannah Weiß", None, "de", "Und heute noch die Netzstörung in Hamburg. Vielleicht den Testbericht mal aktualisieren? „Netzqualität: sehr gut“ liest sich heute wie ein Witz."),
    (10250, "2026-11-22 15:02", "Sarah Mitchell", None, "en", "No network in Hamburg since this afternoon. I'm visiting for the weekend and can't even use maps. Great timing, Nordlicht 🙄"),
    (10251, "2026-11-22 16:30", "Jonas Friedrich", 10249, "de", "Netzstörung hin oder her – dass es Stunden dauert, bis überhaupt eine offizielle Info kommt, ist das eigentliche Problem."),
    (10252, "2026-11-22 18:45", "Miriam Scholz", None, "de", "In Hamburg geht's wieder. Trotzdem: Kommunikation mangelhaft, sechs, setzen."),
]

# ---------------------------------------------------------------------------
# 3. Social mentions (JSON Feed 1.1)
# ---------------------------------------------------------------------------

# handle -> display name (handles are planted as usernames; profile url/avatar derived)
SOCIAL_USERS = {
    "lenavogt": "Lena Vogt", "emcarter_hh": "Emily Carter", "kaibrandt_hh": "Kai Brandt",
    "tinahh_nordwest": "Tina Meyer", "jmoeller_design": "Jan Möller", "ruthie_codes": "Ruth Simmons",
    "alexk_berlin": "Alexander Krause", "mattb_travels": "Matt Brooks", "josie_nguyen": "Josie Nguyen",
    "fk_hansestadt": "Fabian Koch", "nora_wendt": "Nora Wendt", "danielle_ps": "Danielle Price",
    "chrisrobinson_de": "Chris Robinson", "hannes_k_91": "Hannes Kühn", "melli_hh_": "Melanie Hinz",
    "priya_r_muc": "Priya Raman", "leo_schaefer": "Leonie Schäfer", "sam_okafor": "Samuel Okafor",
    "bjoern_ahrens": "Björn Ahrens", "katie_walsh_": "Katie Walsh", "tim_brauer": "Tim Brauer",
    "lucas_fernandes": "Lucas Fernandes", "mara_lehnert": "Mara Lehnert", "owen_price_": "Owen Price",
    "zoe_kim_hh": "Zoe Kim", "ahmet_kaya34": "Ahmet Kaya", "jule_sommerfeld": "Jule Sommerfeld",
    "nick_holloway": "Nick Holloway", "amira_haddad": "Amira Haddad", "finn_lueders": "Finn Lüders",
    "claire_dubois_hh": "Claire Dubois", "pablo_ruiz_": "Pablo Ruiz", "henrik_ostrowski": "Henrik Ostrowski",
    "georgia_bell": "Georgia Bell", "mwhamburg": "Markus Weber",
}

SPIKE_DAY = "2026-11-22"
# (language, text, fixed time "YYYY-MM-DD HH:MM" / day "YYYY-MM-DD" / None, fixed handle or None, html?)
SOCIAL_POSTS = [
    ("en", "Switched to @NordlichtMobil last week and the 5G speed in Hamburg is honestly insane. 400 Mbit/s on my commute 🚀", "2026-10-27", None, False),
    ("en", "Day 3 of waiting for my Nordlicht SIM card. Tracking says „delivered“. My mailbox says otherwise. #Nordlicht", "2026-10-29", None, False),
    ("en", "Nordlicht customer service put me on hold for 52 minutes and then hung up. Thanks for nothing 🙃", None, None, False),
    ("en", "Is it just me or is the Nordlicht app crashing on every launch since the update? #NordlichtApp", "2026-11-03", None, False),
    ("en", "the nordlicht app is sooo broken rn. cant even check my data usage lol", "2026-11-03", None, False),
    ("en", "Shoutout to Jana from the Nordlicht team who actually fixed my billing issue in one reply. Rare W. 👏", None, None, False),
    ("en", "Comparing Nordlicht vs Südwind for my parents. Nordlicht is cheaper, Südwind has better rural coverage. Decisions, decisions 🤔", None, None, False),
    ("en", "Why does the Nordlicht app need access to my contacts?? Denied. #privacy #datenschutz", None, None, False),
    ("en", "NORDLICHT WHY IS MY BILL 60 EUROS THIS MONTH 😡", None, None, False),
    ("en", "Love that Nordlicht includes EU roaming. Used it all week in Lisbon without thinking about it. 10/10", None, None, False),
    ("en", "Ported my number from Ostwerk to Nordlicht. Less than an hour of downtime. Smooth. 👌", None, None, False),
    ("en", "Router arrived without the power supply. Classic Nordlicht moment. #fail", "2026-10-30", None, False),
    ("en", "@NordlichtMobil how do I port my number from Südwind? The website just loops me back to the FAQ", None, None, False),
    ("en", "Nordlicht wifi calling is a lifesaver in my basement flat. Why didn't anyone tell me earlier", None, None, False),
    ("en", "Great, another price increase letter from Nordlicht. „Due to rising costs“. Sure. Totally. 🙄", "2026-11-16", None, False),
    ("en", "Really impressed by the Nordlicht shop staff in Cologne. Fixed my eSIM in 10 min, no charge.", None, None, False),
    ("en", "Got a phishing SMS pretending to be Nordlicht („your invoice is overdue“). Don't click the link, folks! #phishing", "2026-11-17", None, False),
    ("en", "nordlicht coverage on the A7 is a joke. dropped 4 calls in 20 minutes", None, None, False),
    ("en", "Honestly Nordlicht has been fine for me. Not great, not terrible. Does the job. 🤷", None, None, False),
    ("en", "Thinking about leaving Nordlicht. Ostwerk has a 50GB deal for 27,99 €. Anyone tried it?", None, None, False),
    ("en", "My Nordlicht data got throttled at 20GB even though I pay for 40GB. Support says „system error“. Fixed after 3 calls.", "2026-11-12", None, False),
    ("en", "The Flex 5G review on Technikblick is pretty fair tbh. Worth a read if you're shopping around.", "2026-10-26", None, False),
    ("en", "Anyone else getting double charged by Nordlicht this month? 2x 29,99 € on my statement 😠", "2026-11-20", None, False),
    ("en", "@NordlichtMobil you charged me TWICE in November and your support hasn't answered in 9 days. What is going on?", "2026-11-21", None, False),
    ("en", "Seeing a LOT of people complaining about double charges at Nordlicht. Filing a chargeback now. #Nordlicht #chargeback", "2026-11-21", None, False),
    ("en", "Nordlicht: takes your money twice. Also Nordlicht: „we are experiencing a high volume of requests“ 🤡", "2026-11-21", None, False),
    ("en", "Never again Nordlicht. Double charge, zero response, and the community forum is full of the same stories. Switching.", "2026-11-22 10:40", None, False),
    ("en", "What's the best way to reach Nordlicht support in English? Chat seems to work better than the hotline.", None, None, False),
    ("en", "The new Nordlicht app design is pretty clean, I'll give them that. When it doesn't crash.", "2026-11-05", None, False),
    ("en", "Nordlicht app 5.2.1 finally launches again. Still can't download invoices. Progress, I guess", "2026-11-06", None, False),
    ("en", "Does @NordlichtMobil support eSIM for Apple Watch? Getting conflicting answers", None, None, False),
    ("en", "Been with Nordlicht for 5 years. Network got way better in Berlin. Customer service got way worse. Trade-off?", None, None, False),
    ("en", "Nordlicht charged me 14,99 € for an eSIM swap. Is that normal in Germany?? In the UK it's free", None, None, False),
    ("en", "Moved to Germany, picked Nordlicht because the website had an English version. Then everything after signup was German only 😅", None, None, False),
    ("en", "PSA: Nordlicht gives you a 25 € credit for the porting fee if you ask. Just ask in the chat.", None, None, False),
    ("en", "Nordlicht fibre install went great today. Technician on time, friendly, done in 2h. 👍", None, None, False),
    ("en", "nordlicht 5g in munich = chef's kiss 🤌", None, None, False),
    ("en", "nordlicht roaming in switzerland is a scam, 0,99 € per MB in 2026?? are we serious", None, None, False),
    ("en", "Just got Nordlicht's „your contract is about to renew“ email. Cancelling before the price increase hits.", "2026-11-18", None, False),
    ("en", "Reminder that you can object to Nordlicht sharing „positive data“ with credit agencies (Art. 21 GDPR). Took me 5 min.", "2026-11-09", None, False),
    ("en", "@NordlichtMobil thank you for the quick fix! Router replaced within 48h. Impressed.", None, None, False),
    ("en", "Why is cancelling a Nordlicht contract online so hard? The button is hidden three menus deep. Dark patterns much?", None, None, False),
    ("en", "Nordlicht signal in the U3 is surprisingly good now. Did someone finally install repeaters?", None, None, False),
    ("en", "Waited 3 weeks for a Nordlicht router. 3 WEEKS. In 2026.", None, None, False),
    ("en", "The Nordlicht hotline hold music is now permanently stuck in my head. Send help 🎶", None, None, False),
    ("en", "Nordlicht vs Ostwerk speedtest at Hamburg Hbf: Nordlicht 187 Mbit/s, Ostwerk 64. Not even close.", None, None, False),
    ("en", "Great customer service from Nordlicht today, sorted a billing mistake in one call. Credit where it's due.", None, None, False),
    ("en", "I just LOVE paying Nordlicht for „5G“ and getting 3G speeds in my own flat. Love it. Totally worth it. 🙃", None, None, False),
    ("en", "Nordlicht sent me a letter to my old flat after I updated the address TWICE. How.", None, None, False),
    ("en", "hey @emcarter_hh did you ever get your SIM from Nordlicht? mine is still missing", "2026-10-31", "ruthie_codes", True),
    ("en", "@lenavogt yep, same issue with the app. uninstalling for now", "2026-11-04", "mattb_travels", True),
    ("en", "Friends in Hamburg: is Nordlicht decent in Harburg? Thinking of moving there.", None, None, False),
    ("en", "Nordlicht's „unlimited“ plan isn't unlimited if you read the fair use policy. Just saying.", None, None, False),
    ("en", "Honestly the Nordlicht community staff are super helpful. Got an answer within an hour on a Sunday.", "2026-11-08", None, False),
    ("en", "Nordlicht data breach rumours? Getting weirdly targeted spam since signing up. Anyone else?", "2026-11-17", None, False),
    ("en", "DM me if you've been double charged by Nordlicht, I'm collecting cases for a consumer complaint: emily.carter@example.com", "2026-11-21 16:20", "emcarter_hh", False),
    ("en", "Called Nordlicht, they called me back within 2h as promised. Didn't expect that. 👍", None, None, False),
    ("en", "Contract renewal offer from Nordlicht: same plan, 5 € cheaper if I stay 24 months. Tempting.", None, None, False),
    ("en", "nordlicht pls fix ur app i beg 🙏", "2026-11-04", None, False),
    ("en", "The Nordlicht invoice PDF is 11 pages for a 30 € phone plan. Why.", None, None, False),
    ("en", "Südwind just matched Nordlicht's price. Competition works, folks.", "2026-11-14", None, False),
    ("en", "My Nordlicht eSIM activation is stuck at „loading profile“ for 2 hours. Great start.", None, None, False),
    ("en", "Ok @NordlichtMobil, 4th time asking: where is my replacement SIM? Ordered on 3 Nov.", "2026-11-11", None, False),
    ("en", "Called Nordlicht about a wrong charge, the agent was super kind and refunded me right away. Thanks!", None, None, False),
    ("en", "Nordlicht network in Leipzig has been flawless for me this month. No complaints.", None, None, False),
    ("en", "why does nordlicht's website log me out every 2 minutes while I'm filling in the cancellation form. coincidence? 🤔", None, None, False),
    ("en", "Honestly the best thing about Nordlicht is the data usage widget. When it works.", None, None, False),
    ("en", "Anyone know if Nordlicht does student discounts? Couldn't find anything on their site.", None, None, False),
    ("en", "Ostwerk customer service makes Nordlicht look amazing. Low bar, but still.", None, None, False),
    ("en", "Reached out to @NordlichtMobil here, response in 20 minutes. Faster than the hotline!", None, None, False),
    ("en", "Nordlicht outage again? My data stopped working in Bremen for like 30 minutes this morning.", "2026-11-17 08:05", None, False),
    ("en", "If you got double charged by Nordlicht: your bank can reverse a direct debit within 8 weeks, no questions asked. #chargeback", "2026-11-21", None, False),
    ("en", "Nordlicht really said „thank you for your patience“ after 10 days of no answer. My patience is gone.", "2026-11-22 09:30", None, False),
    ("en", "Nordlicht's chat bot asked me to „describe my issue in one sentence“. My issue is your chat bot.", None, None, False),
    ("en", "Three weeks with Nordlicht in Düsseldorf: 5G everywhere I go, the app is meh, price is fair. Would recommend.", None, None, False),
    ("en", "Can someone explain why Nordlicht bills arrive on the 2nd but the direct debit hits on the 1st? Makes budgeting fun 🙄", None, None, False),
    ("en", "Nordlicht support fixed my roaming issue while I was still at the airport. Genuinely impressed.", None, None, False),
    ("en", "Wait, Nordlicht charges 9,95 € shipping for a replacement router that THEY asked me to swap? Come on.", "2026-11-19", None, False),
    ("en", "Tried to cancel my Nordlicht add-on in the app. Error 500. Tried the website. Error 503. Tried the hotline. 47 minutes. 🙃", "2026-11-12", None, False),
    ("en", "Nordlicht just gave me 10GB extra for free because of the app outage. Small gesture, but appreciated 👍", "2026-11-07", None, False),
    ("en", "Pro tip: if Nordlicht's hotline says „high call volume“, hang up and use the chat. Worked in 5 min for me.", None, None, False),
    ("en", "How do I port my number to Nordlicht without losing my WhatsApp? asking for my mum", None, None, False),
    ("en", "Nordlicht coverage at my parents' place near Kiel: one bar if you stand on the balcony. On one leg.", None, None, False),
    ("en", "honestly switching from Südwind to Nordlicht was the best decision this year. faster, cheaper, no drama", None, None, False),
    ("en", "Nordlicht sent my new SIM to the right address on the first try. Is this a new record? 🎉", None, None, False),
    ("en", "The Nordlicht double charge is all over my timeline. Checked my account: me too. Great. #Nordlicht", "2026-11-21", None, False),
    ("en", "Absolutely love how Nordlicht's status page is green while my phone shows „No Service“. Very reassuring. 🙂", "2026-11-22 15:35", None, False),
    # spike (English)
    ("en", "Is Nordlicht down in Hamburg? No signal at all since 1pm #Nordlicht #outage", "2026-11-22 13:09", None, False),
    ("en", "Nordlicht outage in Hamburg, can't call anyone. Emergency calls apparently still work.", "2026-11-22 13:31", None, False),
    ("en", "NO NETWORK. NO DATA. NORDLICHT WHAT IS HAPPENING #hamburg", "2026-11-22 13:44", None, False),
    ("en", "Entire Nordlicht network in Hamburg seems dead. My Südwind phone works fine though lol", "2026-11-22 14:08", None, False),
    ("en", "3 hours without mobile network in Hamburg and @NordlichtMobil has posted nothing. Communication 0/10", "2026-11-22 16:02", None, False),
    ("en", "Nordlicht is back in Altona! Took them ~4 hours. Hope there's compensation.", "2026-11-22 17:12", None, False),
    ("en", "Can't get my banking TAN because Nordlicht is down in Hamburg. Absolutely brilliant Sunday 🙃", "2026-11-22 14:37", None, False),
    ("en", "Nordlicht status page: „All systems operational“. Reality: half of Hamburg offline. 😂", "2026-11-22 14:15", None, False),
    ("en", "Still nothing in Eimsbüttel at 5pm. Nordlicht pls", "2026-11-22 17:01", None, False),
    ("en", "Nordlicht's Hamburg outage + the double charge mess in the same weekend. Their PR team is having a rough Sunday.", "2026-11-22 19:20", None, False),
    # German
    ("de", "Danke für nichts, Nordlicht 🙄 Seit 3 Tagen kein Internet und die Hotline legt einfach auf.", None, None, False),
    ("de", "Suuuper schnelles Netz bei #Nordlicht in Hamburg, bin echt positiv überrascht 😍", None, None, False),
    ("de", "NORDLICHT IHR SEID DIE SCHLIMMSTEN!!! 2 Stunden Warteschleife!!!", None, None, False),
    ("de", "Nordlicht App nach dem Update: öffnen, schließen, öffnen, schließen. Tolles Feature 👏 #NordlichtApp", "2026-11-03", None, False),
    ("de", "Wer bei Nordlicht kündigen will: Der Kündigungsbutton ist unter Vertrag → Vertragsdetails ganz unten. Gern geschehen.", None, None, False),
    ("de", "Jana vom Nordlicht-Team hat mir heute echt den Tag gerettet. Super schneller Support, danke Jana! 🙏", None, None, False),
    ("de", "Wieso zieht Nordlicht mir 12,50 € für einen Drittanbieter ab, den ich nie bestellt habe?! #Abzocke", "2026-10-30", None, False),
    ("de", "Funkloch bei Nordlicht zwischen Lüneburg und Uelzen. Jedes. Mal. #Funkloch", None, None, False),
    ("de", "Router von Nordlicht seit 2 Wochen unterwegs. Vllt kommt er ja zu Weihnachten 🎄", "2026-10-28", None, False),
    ("de", "Bin von Südwind zu Nordlicht gewechselt, Portierung lief problemlos. Bisher zufrieden 👍", None, None, False),
    ("de", "Nordlicht erhöht die Preise. Ostwerk lacht sich ins Fäustchen. #Preiserhöhung", "2026-11-16", None, False),
    ("de", "Glasfaser von Nordlicht ist endlich da!! 500 Mbit/s, Techniker war mega nett. Daumen hoch 👍👍", None, None, False),
    ("de", "Mal ne Frage: weiß jemand, wie man bei Nordlicht die Drittanbietersperre aktiviert? Find nix in der App", None, None, False),
    ("de", "nordlicht app zeigt mir 0 GB verbrauch an obwohl ich schon gedrosselt bin. wat.", None, None, False),
    ("de", "Warum braucht die Nordlicht App Zugriff auf meine Kontakte? Nö. #Datenschutz", None, None, False),
    ("de", "Kundenservice von Nordlicht hat sich echt verbessert, heute nach 3 Minuten im Chat dran gewesen. Respekt.", None, None, False),
    ("de", "Nordlicht, ihr habt mir die Rechnung an die falsche Adresse geschickt. Schon wieder. Drittes Mal.", None, None, False),
    ("de", "Hab ne SMS bekommen „Nordlicht: Ihre Rechnung ist offen“ mit Link. Phishing, Leute, nicht klicken!", "2026-11-17", None, False),
    ("de", "Super, die Preiserhöhung von Nordlicht kommt pünktlich zu Weihnachten. Danke, sehr aufmerksam 🎁🙄", "2026-11-17", None, False),
    ("de", "Bin echt zufrieden mit Nordlicht. Netz gut, Preis okay, App nervt manchmal. Passt.", None, None, False),
    ("de", "Ostwerk hat mich 45 Min warten lassen, Nordlicht 5 Min. Wechsel war die richtige Entscheidung.", None, None, False),
    ("de", "@NordlichtMobil Seit 10 Tagen keine Antwort auf meine Mail wegen doppelter Abbuchung. Hallo??", "2026-11-20", None, False),
    ("de", "Doppelt abgebucht, keine Antwort, jetzt Lastschrift zurückgeholt. Nordlicht, so nicht. #Abzocke", "2026-11-21", None, False),
    ("de", "Wenn ich die Nordlicht-Community grad lese… das wird ein ordentlicher Shitstorm. Doppelabbuchungen überall.", "2026-11-21", None, False),
    ("de", "Hab mich bei der Verbraucherzentrale gemeldet wegen Nordlicht. Die kennen das Problem schon 🙃", "2026-11-22 11:15", None, False),
    ("de", "Ich hasse Warteschleifen. Nordlicht-Hotline, Minute 38. Musik: immer noch dieselbe. 🎶😩", None, None, False),
    ("de", "Danke @NordlichtMobil für die schnelle Hilfe bei der eSIM! Lief in 5 Minuten.", None, None, False),
    ("de", "Nordlicht oder Südwind für meinen Sohn? Er braucht hauptsächlich Datenvolumen für Videos 😂", None, None, False),
    ("de", "Hab jetzt bei Nordlicht gekündigt. Kündigungsbestätigung kam sofort. Das war einfacher als gedacht.", None, None, False),
    ("de", "nordlicht hat mir ne gutschrift von 10€ gegeben für den ärger mit dem router. immerhin 🤷", None, None, False),
    ("de", "Nordlicht Roaming-Pass für die Schweiz: 9,99 € die Woche. Geht so.", None, None, False),
    ("de", "Falls jemand von Nordlicht das liest: Ich warte seit 10 Tagen auf einen Rückruf. Nummer: +49 171 1234567. Danke. 🙄", "2026-11-13", "kaibrandt_hh", False),
    ("de", "@tinahh_nordwest hast du deinen Router inzwischen? Meiner ist immer noch „in Zustellung“ 😩", "2026-11-02", "jmoeller_design", True),
    ("de", "Meinung zu Nordlicht nach 1 Jahr: Netz 8/10, Preis 7/10, Kundenservice 4/10, App 3/10.", None, None, False),
    ("de", "Uiii, Nordlicht bietet jetzt 5G auch im Prepaid an. Endlich!", None, None, False),
    ("de", "Hab Nordlicht wegen der Funklöcher gekündigt, jetzt bei Ostwerk. Funklöcher immer noch da. 🤡 Lesson learned.", None, None, False),
    ("de", "Alle Screenshots zu meiner doppelten Nordlicht-Abbuchung auf meinem Profil: https://twitter.com/lena_vogt_hh – bitte teilen!", "2026-11-21 19:05", "lenavogt", True),
    ("de", "Mehr zu meinem Ärger mit Nordlicht (Router, Rechnung, Hotline) hier: https://www.facebook.com/markus.weber.hh", "2026-11-10", "mwhamburg", True),
    # spike (German)
    ("de", "Nordlicht Netz in Hamburg komplett weg?! Seit 13 Uhr nix #Störung #Hamburg", "2026-11-22 13:07", None, False),
    ("de", "Netzstörung Hamburg bei Nordlicht, bei euch auch? Eimsbüttel tot.", "2026-11-22 13:14", None, False),
    ("de", "KEIN NETZ. SONNTAG. HAMBURG. DANKE NORDLICHT 😤", "2026-11-22 13:22", None, False),
    ("de", "Nordlicht Störung Hamburg: Festnetz geht, Mobilfunk nicht. Über WLAN telefonieren klappt.", "2026-11-22 13:40", None, False),
    ("de", "Statusseite von Nordlicht sagt „alles in Ordnung“. Ah ja. Halb Hamburg offline 🙄 #Netzstörung", "2026-11-22 14:02", None, False),
    ("de", "Seit 3 Stunden kein Netz in Hamburg und von Nordlicht kein Wort. Kommunikation ist echt unterirdisch.", "2026-11-22 16:05", None, False),
    ("de", "Wieder Netz in Ottensen! LTE läuft, 5G noch nicht. #Nordlicht #Störung", "2026-11-22 17:08", None, False),
    ("de", "Nordlicht, wenn ihr schon einen Netzausfall habt, sagt doch wenigstens Bescheid. #Hamburg", "2026-11-22 14:55", None, False),
    ("de", "Meine Oma hat mich angerufen, weil sie dachte, ihr Handy ist kaputt. Nee Oma, Nordlicht ist kaputt. 😅", "2026-11-22 15:20", None, False),
    ("de", "Störung in Harburg seit 13:05, Hotline dauerbesetzt. Großartig, Nordlicht.", "2026-11-22 13:58", None, False),
    ("de", "Netz ist zurück in Winterhude 🙌 Eine Gutschrift wäre jetzt ne nette Geste, Nordlicht", "2026-11-22 17:30", None, False),
    ("de", "Netzausfall Hamburg bei Nordlicht: Pinneberg auch betroffen, Quickborn auch. Das ist kein kleiner Mast, das ist was Größeres.", "2026-11-22 14:26", None, False),
    ("de", "Heute gelernt: Ohne Handynetz kommt man nicht mal ins Parkhaus, weil die Bezahl-App nicht lädt. Danke Nordlicht 🙃 #Netzstörung", "2026-11-22 15:48", None, False),
    # other languages
    ("fr", "Quelqu'un sait si Nordlicht propose un service client en français ? Je viens d'arriver à Hambourg et je ne comprends rien à ma facture.", "2026-11-10", "claire_dubois_hh", False),
    ("es", "¡Nordlicht me cobró dos veces este mes! ¿A alguien más le pasó? Qué desastre.", "2026-11-21", "pablo_ruiz_", False),
]

# ---------------------------------------------------------------------------
# 4. Nordlicht community (Discourse /posts.json) - owned, staff answer questions
# ---------------------------------------------------------------------------

COMMUNITY_SITE = "https://community.nordlicht-mobil.example"
COMMUNITY_USERS = {
    "sabine_k78": "Sabine Krüger", "tbecker_hh": "Thomas Becker", "annalena_w": "Anna-Lena Wolff",
    "d_schroeder71": "Daniel Schröder", "gabi_hoppe": "Gabriele Hoppe", "ruediger_m": "Rüdiger Meinke",
    "yusuf_celik": "Yusuf Çelik", "laura_k_92": "Laura König", "fh_berlin_84": "Florian Haas",
    "elke_brandes": "Elke Brandes", "stefan_wirth": "Stefan Wirth", "jessica_lam": "Jessica Lam",
    "mark_evans_de": "Mark Evans", "chloe_martin": "Chloé Martin", "niklas_o": "Niklas Ostermann",
    "bianca_r_hb": "Bianca Rademacher", "helmut_1958": "Helmut Grabowski", "svenja_t": "Svenja Timm",
    "paul_richter": "Paul Richter", "amelie_s": "Amelie Seidel", "ben_harris": "Ben Harris",
    "tuerkan_y": "Türkan Yıldız", "kevin_lorenz": "Kevin Lorenz", "ingrid_p": "Ingrid Pohl",
    "marlene_fuchs": "Marlene Fuchs", "jakob_h": "Jakob Heinemann",
    # participants of topic 4711 (community/t/4711.json)
    "claudia_b": "Claudia Bergmann", "frieda_l": "Frieda Lindemann", "tobi_hro": "Tobias Hartwig",
    "melanie_k": "Melanie Kuhn", "jens_ostsee": "Jens Wittkowski", "dmitri_v": "Dmitri Volkov",
    "nadine_e": "Nadine Ebert", "karl_heinz_s": "Karl-Heinz Sommerfeld", "sophie_c": "Sophie Clarke",
    "lisa_wn": "Lisa Neumann", "gero_77": "Gero Albrecht", "rick_miller": "Richard Miller",
    "marvin_t": "Marvin Thiele", "yvonne_d": "Yvonne Dietrich", "anna_wn": "Anna Nowitzki",
    "sarah_jb": "Sarah Jacobs",
}
J, T = "Jana_Nordlicht", "NordlichtTeam"

# (topic id, category id, language, title, start, [(user, hours after start, text[, reply_to[, lang]])])
COMMUNITY_TOPICS = [
    (4652, 5, "de", "Wie aktiviere ich die Drittanbietersperre?", "2026-10-26 09:12", [
        ("sabine_k78", 0, "Hallo zusammen, wie kann ich bei meinem Vertrag die Drittanbietersperre aktivieren? In der App finde ich dazu nichts. Falls ihr Rückfragen habt: sabine.krueger@example.de\n\nDanke!"),
        (J, 1.2, "Hallo Sabine, danke für deine Frage! Die Drittanbietersperre findest du im Kundenportal unter „Vertrag“ → „Sicherheit“ → „Drittanbietersperre“. In der App kommt die Funktion mit dem nächsten Update.\n\nBitte poste deine Mail-Adresse nicht öffentlich, für Rückfragen schreiben wir dir eine PN. Viele Grüße, Jana"),
        ("sabine_k78", 3.1, "Super, hat geklappt. Danke für die schnelle Antwort!", 2),
    ]),
    (4655, 9, "de", "Router blinkt rot – was tun?", "2026-10-27 19:40", [
        ("gabi_hoppe", 0, "Guten Abend, bei meinem Nordlicht-Router blinkt seit einer Stunde die WLAN-Lampe rot und es geht gar kein Internet. Was kann ich machen?"),
        (T, 13.9, "Hallo @gabi_hoppe, ein rot blinkendes Licht bedeutet meist, dass keine DSL-Synchronisation besteht. Bitte starte den Router einmal neu (30 Sekunden vom Strom trennen). Wenn das nicht hilft, schick uns bitte per PN deine Kundennummer, dann prüfen wir die Leitung."),
        ("gabi_hoppe", 15.5, "Neustart hat geholfen, danke!", 2),
    ]),
    (4657, 11, "de", "Hotline-Warteschleife: 40 Minuten", "2026-10-27 13:00", [
        ("fh_berlin_84", 0, "Ich hänge jetzt seit 40 Minuten in eurer Warteschleife. Gibt es irgendeinen schnelleren Weg, jemanden zu erreichen? Ihr könnt mich auch gern zurückrufen: (030) 123 45 67."),
        (J, 1.9, "Hallo @fh_berlin_84, sorry für die lange Wartezeit! Wegen des Tarifstarts haben wir gerade sehr viele Anfragen. Schreib uns gern hier oder im Chat, da geht's meist schneller – und bitte keine Telefonnummern öffentlich posten. Worum geht es denn?"),
        ("fh_berlin_84", 3.4, "Um eine falsche Rechnung, hab's jetzt im Chat geklärt. Trotzdem: 40 Minuten sind zu viel.", 2),
    ]),
    (4658, 8, "en", "How do I port my number from Südwind?", "2026-10-28 11:00", [
        ("mark_evans_de", 0, "How do I port my number from Südwind to Nordlicht? And how long will I be without service? I need my number for work."),
        (J, 2.0, "Hi @mark_evans_de, thanks for reaching out! When you order, choose „Keep my number“ and enter your Südwind details – we take care of the rest. The switch usually happens within 1–3 working days, and the downtime is typically under an hour. Best, Jana"),
        ("mark_evans_de", 5.2, "Perfect, thank you!", 2),
    ]),
    (4660, 5, "de", "Rechnung doppelt so hoch wie sonst – Roaming am Bodensee?", "2026-10-29 08:30", [
        ("d_schroeder71", 0, "Meine Oktober-Rechnung ist 58,40 € statt 24,99 €. Es sind Roaming-Gebühren aus der Schweiz drauf, aber ich war gar nicht in der Schweiz, nur am Bodensee in Konstanz! Kann das sein?"),
        (T, 2.8, "Hallo Herr Schröder, am Bodensee kann es leider passieren, dass sich das Handy in ein Schweizer Netz einbucht. Wir haben uns Ihren Fall angesehen und schreiben Ihnen die Roaming-Kosten (33,41 €) aus Kulanz gut. Tipp: In Grenznähe in den Einstellungen „Netz automatisch wählen“ deaktivieren."),
        ("d_schroeder71", 6.0, "Vielen Dank, das ist sehr fair!", 2),
    ]),
    (4662, 7, "de", "App-Login mit Face ID geht nicht", "2026-10-30 21:10", [
        ("laura_k_92", 0, "Seit gestern klappt der Login in der App mit Face ID nicht mehr, es kommt immer „Authentifizierung fehlgeschlagen“. Liegt das an mir?"),
        (J, 13.0, "Hallo @laura_k_92, danke für den Hinweis! Das ist ein bekannter Fehler in Version 5.1.4, ein Update ist in Arbeit. Bis dahin klappt der Login mit Passwort."),
        ("laura_k_92", 14.1, "ok danke 👍", 2),
    ]),
    (4664, 11, "de", "Danke an die Kollegin an der Hotline!", "2026-10-31 12:00", [
        ("helmut_1958", 0, "Ich wollte mich einmal bedanken. Die Dame am Telefon hat sich heute viel Zeit genommen und mir mein neues Handy erklärt. Das ist heute nicht mehr selbstverständlich.\n\nMit freundlichen Grüßen\nHelmut Grabowski"),
        (J, 2.2, "Vielen Dank für das tolle Feedback! Ich leite es gern an die Kollegin weiter 😊"),
    ]),
    (4665, 8, "de", "Wie kann ich meine Rufnummer unterdrücken?", "2026-11-01 17:00", [
        ("kevin_lorenz", 0, "Kurze Frage: Wie kann ich bei Nordlicht dauerhaft meine Rufnummer unterdrücken? Geht das über das Handy oder muss ich das beantragen?"),
        (T, 16.5, "Hallo @kevin_lorenz, das geht direkt am Handy: Einstellungen → Telefon → Eigene Nummer anzeigen → aus. Dauerhaft netzseitig kannst du es im Kundenportal unter „Rufnummernanzeige“ einstellen."),
    ]),
    (4667, 8, "de", "Vertrag kündigen – wo finde ich den Kündigungsbutton?", "2026-11-02 10:30", [
        ("niklas_o", 0, "Moin, ich ziehe ins Ausland und möchte meinen Vertrag kündigen. Wo genau ist der Kündigungsbutton auf der Website? Ich finde ihn nicht."),
        (T, 1.0, "Hallo @niklas_o, schade, dass du gehst! Den Button „Verträge hier kündigen“ findest du im Footer jeder Seite. Bei einem Umzug ins Ausland gilt übrigens ein Sonderkündigungsrecht – lade dafür bitte die Abmeldebescheinigung hoch."),
        ("niklas_o", 1.6, "Gefunden, danke!", 2),
    ]),
    (4669, 7, "en", "App crashes after update 5.2", "2026-11-02 22:05", [
        ("jessica_lam", 0, "Since updating to 5.2 the app crashes immediately on launch (iPhone 14). Reinstalling didn't help. Any fix?"),
        ("yusuf_celik", 0.5, "Same on Android. Seems to be a general problem.", 1),
        (T, 11.0, "Hi all, we're aware of the issue with version 5.2.0 and are working on a fix. Update 5.2.1 should be in the stores within the next 48 hours. Sorry for the inconvenience!"),
        ("jessica_lam", 60.0, "5.2.1 works, thanks.", 3),
        ("amelie_s", 61.3, "Bei mir stürzt 5.2.1 immer noch beim Öffnen der Rechnungen ab 😕", 4, "de"),
        (J, 63.0, "Hallo @amelie_s, danke! Das schauen wir uns an. Kannst du uns per PN dein Gerätemodell und die Android-Version schicken?", 5, "de"),
    ]),
    (4671, 9, "de", "Wie viel kostet eine Ersatz-SIM?", "2026-11-03 14:20", [
        ("ingrid_p", 0, "Guten Tag, meine SIM-Karte wird nicht mehr erkannt. Was kostet eine neue Karte und wie lange dauert das?"),
        (J, 1.5, "Hallo Frau Pohl, eine Ersatz-SIM kostet einmalig 14,99 €. Wenn die alte Karte defekt ist, ist der Tausch aber kostenlos – ich habe ihn für Sie angestoßen, die Karte ist in 2–3 Tagen da."),
        ("ingrid_p", 2.4, "Danke schön, sehr freundlich!", 2),
    ]),
    (4673, 9, "de", "Router immer noch nicht da – Bestellung vom 20.10.", "2026-11-04 08:05", [
        ("stefan_wirth", 0, "Guten Morgen, ich habe am 20.10. den Home 250 bestellt (Bestellnummer 4711-2026-912), der Router ist immer noch nicht da. Der Anschluss ist laut Brief ab 06.11. aktiv. Kommt der Router noch rechtzeitig?"),
        (T, 30.5, "Hallo @stefan_wirth, entschuldige die späte Antwort. Unser Versandpartner hatte Verzögerungen. Dein Router wurde gestern verschickt, die Sendungsnummer hast du per Mail bekommen."),
        ("stefan_wirth", 31.2, "Etwas spät, aber danke. Mail ist da.", 2),
    ]),
    (4674, 10, "en", "English speakers: tips & tricks thread", "2026-11-04 12:00", [
        ("ben_harris", 0, "Hi everyone! Are there other English speakers here? Would be nice to have a thread for tips. My first tip: the chat support is available in English."),
        ("mark_evans_de", 1.5, "Great idea! Tip 2: the invoice PDF has a short English summary on the last page.", 1),
        ("chloe_martin", 3.2, "Hi! Just joined. Thanks for the tips 🙂"),
        (J, 5.0, "Hi all, great initiative! Feel free to ask your questions in English here, we're happy to help."),
    ]),
    (4676, 12, "de", "Datenschutz: Warum will die App meine Kontakte?", "2026-11-05 19:30", [
        ("marlene_fuchs", 0, "Die Nordlicht App fragt nach Zugriff auf meine Kontakte. Wozu? Ich möchte das nicht. Funktioniert die App trotzdem?"),
        (J, 2.5, "Hallo @marlene_fuchs, der Zugriff auf Kontakte wird nur für die Funktion „Freunde werben“ benötigt und ist komplett optional. Du kannst ihn ablehnen, alle anderen Funktionen laufen normal. Wir speichern keine Kontaktdaten auf unseren Servern."),
        ("marlene_fuchs", 3.8, "Danke für die klare Antwort. Dann wäre es gut, das in der App auch so zu erklären.", 2),
        (J, 4.4, "Guter Punkt, das geben wir ans App-Team weiter!", 3),
    ]),
    (4678, 5, "de", "Faturada iki kez ücret / Rechnung doppelt", "2026-11-06 18:00", [
        ("tuerkan_y", 0, "Merhaba, bu ay faturamda aynı ücret iki kez görünüyor. Türkçe destek var mı? Teşekkürler.", None, "tr"),
        (J, 2.0, "Merhaba @tuerkan_y! Leider bieten wir derzeit keinen Support auf Türkisch an, aber du kannst uns gern auf Deutsch oder Englisch schreiben. Schick uns bitte per PN deine Kundennummer, dann prüfen wir die Rechnung. Viele Grüße, Jana", 1),
        ("tuerkan_y", 3.1, "Danke, ich habe eine PN geschickt!", 2),
    ]),
    (4680, 6, "de", "Funkloch bei uns im Dorf – kommt ein neuer Mast?", "2026-11-06 20:15", [
        ("ruediger_m", 0, "Wir wohnen in einem kleinen Dorf bei Husum und haben in der ganzen Straße im Haus kein Netz. Gibt es Pläne für einen neuen Mast? Wann?"),
        (T, 40.0, "Hallo @ruediger_m, danke für deine Geduld. Laut unserer Netzplanung ist für euren Bereich ein neuer Standort im 2. Quartal 2027 vorgesehen. Bis dahin empfehlen wir WLAN-Call."),
        ("ruediger_m", 42.0, "Fast zwei Tage für diese Antwort… und dann 2027. Naja, immerhin eine Antwort.", 2),
    ]),
    (4681, 8, "de", "Vertragszusammenfassung nicht erhalten", "2026-11-07 10:30", [
        ("annalena_w", 0, "Hallo, ich habe letzte Woche einen neuen Vertrag abgeschlossen, aber nie die Vertragszusammenfassung bekommen. Ist der Vertrag dann überhaupt gültig?"),
        (T, 50.0, "Hallo @annalena_w, sorry für die Verzögerung übers Wochenende. Wir haben dir die Vertragszusammenfassung erneut per Mail geschickt. Der Vertrag wird erst wirksam, wenn du sie bestätigst."),
        ("annalena_w", 52.5, "Danke, ist angekommen.", 2),
    ]),
    (4683, 5, "de", "EU-Roaming in Norwegen?", "2026-11-08 11:00", [
        ("svenja_t", 0, "Ich fliege nächste Woche nach Oslo. Gilt bei Nordlicht das EU-Roaming auch für Norwegen, oder wird das teuer?"),
        (J, 3.0, "Hallo @svenja_t, Norwegen gehört zum EWR und ist im EU-Roaming enthalten – du surfst und telefonierst also zu Inlandskonditionen. Gute Reise!"),
        ("svenja_t", 4.5, "Super, danke!", 2),
    ]),
    (4685, 8, "de", "Kündigungsbestätigung nicht erhalten", "2026-11-09 09:00", [
        ("bianca_r_hb", 0, "Hallo, ich habe am 01.11. per Kündigungsbutton gekündigt, aber keine Bestätigung per Mail bekommen. Meine Mail-Adresse ist bianca.rademacher@example.de, vielleicht ist da was falsch hinterlegt? Ist die Kündigung trotzdem angekommen?"),
        (T, 2.0, "Hallo @bianca_r_hb, bitte poste keine persönlichen Daten wie deine Mail-Adresse öffentlich. Deine Kündigung ist bei uns eingegangen, die Bestätigung schicken wir dir noch einmal zu."),
        ("bianca_r_hb", 5.0, "Bestätigung ist da, danke!", 2),
    ]),
    (4687, 5, "de", "Preiserhöhung 2027 – betrifft das auch Flex 5G?", "2026-11-10 12:30", [
        ("paul_richter", 0, "Betrifft die angekündigte Preiserhöhung zum 01.01.2027 auch den Flex 5G? In der Werbung stand was von Preisgarantie."),
        (J, 1.0, "Hallo @paul_richter, die Preisanpassung betrifft nur Tarife, die vor 2024 abgeschlossen wurden. Flex 5G ist nicht betroffen."),
        ("amelie_s", 5.0, "Komisch, ich habe Flex 5G seit Sommer und trotzdem den Brief bekommen?", 2),
        (J, 6.0, "Hallo @amelie_s, dann ist der Brief vermutlich fehlerhaft. Bitte schick uns eine PN mit deiner Kundennummer, wir prüfen das sofort.", 3),
        ("amelie_s", 6.5, "PN ist raus.", 4),
    ]),
    (4688, 9, "de", "Wo finde ich die PUK?", "2026-11-10 21:00", [
        ("jakob_h", 0, "Hilfe, mein Handy will die PUK. Wo steht die?"),
        (J, 0.7, "Hallo @jakob_h, die PUK steht auf der Plastikkarte, aus der du die SIM herausgebrochen hast. Falls die weg ist: im Kundenportal unter „SIM-Karten“."),
        ("jakob_h", 1.0, "Danke, Rettung!", 2),
    ]),
    (4690, 5, "de", "IBAN ändern – wie geht das?", "2026-11-11 16:45", [
        ("kevin_lorenz", 0, "Ich habe die Bank gewechselt. Neue IBAN: " + IBAN2 + ". Wie kann ich die bei Nordlicht ändern? Kann ich die hier einfach reinschreiben?"),
        (T, 1.0, "Hallo @kevin_lorenz, bitte poste deine Bankverbindung niemals öffentlich und bearbeite deinen Beitrag. Die Bankverbindung änderst du im Kundenportal unter „Zahlungsdaten“."),
        ("kevin_lorenz", 1.8, "Ups, sorry. Habs im Portal geändert.", 2),
    ]),
    (4692, 9, "de", "Glasfaser-Termin verschoben ohne Info", "2026-11-12 07:50", [
        ("elke_brandes", 0, "Heute sollte der Techniker zwischen 8 und 12 Uhr kommen. Ich habe mir extra Urlaub genommen. Um 11:30 kam eine SMS: Termin verschoben auf den 26.11. Ohne Begründung. Ernsthaft?"),
        (J, 4.5, "Hallo @elke_brandes, das tut uns wirklich leid! Der Techniker ist krank geworden und es gab keinen Ersatz – das hätten wir früher kommunizieren müssen. Wir haben dir als Entschädigung 20 € gutgeschrieben."),
        ("elke_brandes", 6.0, "Danke für die ehrliche Antwort und die Gutschrift. Ärgerlich bleibt es trotzdem.", 2),
    ]),
    (4693, 10, "en", "Is there an English hotline?", "2026-11-12 09:30", [
        ("chloe_martin", 0, "Hello, is there an English hotline? I tried calling twice and could not understand the menu."),
        (T, 28.0, "Hi @chloe_martin, sorry for the late reply! Our hotline has an English option: press 9 in the first menu. Our chat also supports English."),
        ("chloe_martin", 29.5, "Thanks, that works. Would be nice if the menu said so in English though 😅", 2),
    ]),
    (4696, 7, "de", "Datenvolumen wird falsch angezeigt", "2026-11-13 18:10", [
        ("yusuf_celik", 0, "Die App zeigt mir 3 GB verbraucht, ich bin aber schon gedrosselt. Welche Anzeige stimmt denn jetzt?"),
        (J, 1.5, "Hallo @yusuf_celik, die Anzeige in der App hat aktuell bis zu 24 Stunden Verzögerung. Im Kundenportal siehst du den aktuellen Stand."),
        ("yusuf_celik", 2.3, "Ok, im Portal passt es. Danke.", 2),
    ]),
    # --- unanswered questions (no staff reply at all) ---
    (4698, 6, "de", "Wie richte ich die Mailbox nach 20 Sekunden ein?", "2026-11-13 10:15", [
        ("helmut_1958", 0, "Guten Tag, wie kann ich einstellen, dass nach 20 Sekunden die Mailbox rangeht? Bei meinem alten Anbieter ging das mit einem Code. Vielen Dank."),
        ("gabi_hoppe", 5.0, "Mit **61*3311*11*20# müsste das gehen, bin mir aber nicht sicher, ob das bei Nordlicht die richtige Nummer ist.", 1),
        ("helmut_1958", 49.0, "Leider funktioniert das nicht. Kann mir jemand vom Nordlicht-Team helfen?", 2),
    ]),
    (4700, 9, "de", "Neuer Vertrag: Wann kommt die SIM?", "2026-11-14 10:00", [
        ("jakob_h", 0, "Hab gestern für meine Freundin Flex 5G bestellt. Wie lange dauert es ungefähr, bis die SIM da ist?"),
        (J, 1.0, "Hallo @jakob_h, die SIM wird in der Regel innerhalb von 2 Werktagen verschickt, die Lieferung dauert dann 1–2 Tage. Alternativ kann sie die eSIM sofort aktivieren."),
        ("jakob_h", 1.5, "Dann nehmen wir die eSIM, danke!", 2),
    ]),
    (4701, 10, "en", "Apple Watch eSIM: supported or not?", "2026-11-15 14:30", [
        ("ben_harris", 0, "Does Nordlicht support eSIM for the Apple Watch? I have Flex 5G with Multi-SIM, but the Watch app says „carrier not supported“. Any idea how to get this working?"),
    ]),
    (4702, 7, "de", "Mailbox-PIN vergessen", "2026-11-16 09:10", [
        ("ingrid_p", 0, "Ich habe die PIN für meine Mailbox vergessen. Wie kann ich sie zurücksetzen?"),
        (T, 0.8, "Hallo @ingrid_p, im Kundenportal unter „Mailbox“ → „PIN zurücksetzen“. Die neue PIN kommt dann per SMS."),
        ("ingrid_p", 2.0, "Hat funktioniert, vielen Dank.", 2),
    ]),
    (4703, 5, "de", "Zugesagte Gutschrift für Router-Verzögerung nie erhalten", "2026-11-16 19:00", [
        ("tbecker_hh", 0, "Mir wurde im Chat am 28.10. eine Gutschrift von 15 € wegen der Router-Verzögerung zugesagt. Auf der Novemberrechnung ist nichts zu sehen. Wie lange dauert das normalerweise? Wer kann das prüfen?"),
        ("stefan_wirth", 4.0, "Bei mir kam die Gutschrift erst mit der übernächsten Rechnung. Würde noch warten.", 1),
        ("tbecker_hh", 48.0, "Hat sonst jemand eine Idee, an wen ich mich wenden kann? Der Chat sagt jetzt, es ist gar keine Gutschrift hinterlegt.", 2),
    ]),
    (4704, 6, "de", "Netzausfall in Bremen heute Morgen?", "2026-11-17 08:20", [
        ("bianca_r_hb", 0, "Heute zwischen 7 und 8 Uhr hatte ich in Bremen-Findorff kein mobiles Internet. Gab es eine Störung?"),
        (T, 1.0, "Hallo @bianca_r_hb, ja, zwischen 6:55 und 7:48 Uhr gab es in Teilen Bremens eine Störung durch Wartungsarbeiten. Inzwischen ist alles wieder stabil. Sorry für die Unannehmlichkeiten!"),
        ("bianca_r_hb", 1.7, "Danke für die Info.", 2),
    ]),
    (4705, 8, "de", "Warum wurde mein Vertrag automatisch um 12 Monate verlängert?", "2026-11-18 08:40", [
        ("annalena_w", 0, "Hallo, laut Kundenportal wurde mein Vertrag um 12 Monate verlängert, obwohl ich nie zugestimmt habe. Seit 2022 dürfen sich Verträge doch nur noch monatlich verlängern, oder? Was kann ich tun?"),
        ("d_schroeder71", 3.0, "Seit dem neuen TKG ist das so, ja. Nach der Mindestlaufzeit nur noch monatlich kündbar. Würde ich reklamieren.", 1),
        ("annalena_w", 4.5, "Danke! Hoffe, das Nordlicht-Team meldet sich hier auch noch.", 2),
    ]),
    (4706, 11, "de", "Lob: Schnelle Hilfe bei der eSIM", "2026-11-18 15:00", [
        ("niklas_o", 0, "Kurzes Lob: eSIM-Umstellung für mein neues Handy hat dank Chat-Support in 5 Minuten geklappt. So soll es sein!"),
        (J, 1.0, "Danke dir, das freut uns sehr! 😊"),
    ]),
    (4707, 10, "en", "How do I get an invoice in English?", "2026-11-19 11:05", [
        ("jessica_lam", 0, "Hi, my employer needs my phone bill in English for reimbursement. Is there a way to get an English invoice from Nordlicht? Thanks in advance!"),
    ]),
    (4708, 8, "de", "Rufnummer behalten bei Tarifwechsel?", "2026-11-19 19:00", [
        ("paul_richter", 0, "Wenn ich vom Smart M in den Flex 5G wechsle, behalte ich dann meine Rufnummer? Und muss ich eine neue SIM bekommen?"),
        (J, 2.5, "Hallo @paul_richter, ja, deine Rufnummer bleibt, und die SIM-Karte auch. Der Wechsel ist zum nächsten Monatsersten aktiv."),
        ("paul_richter", 3.0, "Perfekt, danke!", 2),
    ]),
    (4709, 6, "de", "Wann kommt 5G Standalone für iPhones?", "2026-11-20 17:20", [
        ("fh_berlin_84", 0, "Weiß jemand, wann Nordlicht 5G SA für iPhones freischaltet? Südwind hat das seit Oktober. Gibt es einen Termin?"),
        ("laura_k_92", 2.0, "Würde mich auch interessieren!", 1),
        ("paul_richter", 20.0, "+1, wäre schön, wenn sich jemand vom Team dazu äußert.", 1),
    ]),
    (4710, 5, "de", "Zweimal 29,99 € abgebucht", "2026-11-20 10:00", [
        ("laura_k_92", 0, "Hallo, mir wurden im November zweimal 29,99 € abgebucht (am 02.11. und 03.11.). Könnt ihr das bitte prüfen?"),
        (T, 3.0, "Hallo @laura_k_92, uns ist ein Fehler in der Abrechnung aufgefallen, von dem einige Kundinnen und Kunden betroffen sind. Die doppelte Abbuchung wird automatisch innerhalb von 5 Werktagen erstattet. Entschuldige bitte!"),
        ("laura_k_92", 4.0, "Danke. Wäre gut, wenn ihr das allen Betroffenen aktiv mitteilt.", 2),
    ]),
    (4712, 9, "de", "Welches Handy für meine Mutter?", "2026-11-20 20:00", [
        ("gabi_hoppe", 0, "Meine Mutter (82) braucht ein neues Handy, möglichst einfach zu bedienen, mit großen Tasten. Welches Gerät bietet Nordlicht da an?"),
        ("ingrid_p", 1.5, "Ich habe das Seniorenhandy aus dem Nordlicht-Shop, sehr zufrieden. Große Tasten, Notrufknopf.", 1),
        (J, 14.0, "Hallo @gabi_hoppe, wir haben drei Seniorenhandys im Angebot, die findest du im Shop unter „Einfach telefonieren“. Gern berät dich auch unser Shop-Team vor Ort."),
    ]),
    (4713, 7, "de", "Novemberrechnung fehlt im Kundenportal", "2026-11-21 09:30", [
        ("marlene_fuchs", 0, "Hallo, meine Novemberrechnung ist im Kundenportal nicht zu finden, abgebucht wurde aber schon. Wo finde ich sie? Ich brauche sie für die Steuer."),
    ]),
    (4714, 6, "de", "Netzstörung Hamburg – wann geht's wieder?", "2026-11-22 13:30", [
        ("sabine_k78", 0, "Seit 13 Uhr kein Netz in Hamburg-Eimsbüttel. Wisst ihr schon, wann es wieder geht?"),
        (T, 1.5, "Hallo @sabine_k78, wir haben aktuell eine Störung im Raum Hamburg. Unsere Technik arbeitet mit Hochdruck an der Behebung. Updates posten wir hier."),
        ("tbecker_hh", 2.0, "Danke für die Info. Wenigstens hier sagt mal jemand was.", 2),
        (T, 4.0, "Update: Die Störung ist seit 17:15 Uhr weitgehend behoben. Betroffene Kundinnen und Kunden erhalten eine Gutschrift – Details folgen per Mail."),
        ("yusuf_celik", 5.0, "Gutschrift, sehr gut. So geht Kundenkommunikation 👍", 4),
    ]),
]
UNANSWERED_TOPICS = [4698, 4701, 4703, 4705, 4707, 4709, 4713]
LATE_ANSWERED_TOPICS = [4673, 4680, 4681, 4693]

# ---------------------------------------------------------------------------
# 5. the escalating thread: community/t/4711.json
# ---------------------------------------------------------------------------

ESC_ID = 4711
ESC_TITLE = "Doppelte Abbuchung im November – keine Antwort vom Support"
# (user, time, text, reply_to, lang)
ESC_POSTS = [
    ("claudia_b", "2026-11-12 19:20", "Hallo zusammen,\n\nmir wurde im November der Monatsbeitrag zweimal abgebucht: 29,99 € am 02.11. und nochmal 29,99 € am 03.11. Ich habe am 05.11. über das Kontaktformular geschrieben, aber bisher keine Antwort bekommen. Hat noch jemand das Problem? Wie bekomme ich mein Geld zurück?", None, "de"),
    ("Jana_Nordlicht", "2026-11-13 08:10", "Hallo @claudia_b, danke für deine Meldung! Wir schauen uns das an und melden uns per PN bei dir. Viele Grüße, Jana", 1, "de"),
    ("frieda_l", "2026-11-14 12:45", "Bei mir genau dasselbe, auch zweimal 29,99 €. Ich warte mal ab, vielleicht korrigiert sich das von selbst.", None, "de"),
    ("claudia_b", "2026-11-18 20:30", "Kurzes Update: Bis heute keine PN, kein Geld zurück. Auf meine Mail kam nur eine automatische Antwort. Ist das normal?", 2, "de"),
    # --- 2026-11-21/22: the thread explodes, no staff reply ---
    ("tobi_hro", "2026-11-21 08:15", "Hier auch! Zweimal abgebucht, 2 × 29,99 €. Und der Chat sagt, sie sehen „keine Auffälligkeiten“. Das ist doch Betrug!", None, "de"),
    ("melanie_k", "2026-11-21 09:02", "Ich bin alleinerziehend, mir fehlen jetzt 30 € am Monatsende. Das ist für manche Leute viel Geld, Nordlicht! Schreibt mir meinetwegen einen Brief an Lindenallee 5, 50667 Köln, irgendwas! Aber niemand antwortet. Wirklich unverschämt.", None, "de"),
    ("jens_ostsee", "2026-11-21 09:47", "Das ist keine Panne mehr, das ist Abzocke. Ich habe heute die Lastschrift zurückgeben lassen und gehe zur Verbraucherzentrale.", None, "de"),
    ("dmitri_v", "2026-11-21 10:30", "Same here, charged twice. I filed a chargeback with my bank this morning. Nordlicht support has ignored me for 12 days. Unacceptable.", None, "en"),
    ("frieda_l", "2026-11-21 11:05", "Seit meinem Beitrag vom 14.11. hat sich nichts getan. Ich habe jetzt einen Anwalt eingeschaltet. Mein Anwalt sagt, das kann teuer werden für Nordlicht.", 3, "de"),
    ("nadine_e", "2026-11-21 12:20", "Warum antwortet hier eigentlich niemand vom Nordlicht-Team?? Am 13. hieß es „wir melden uns per PN“. Seitdem: Funkstille. @Jana_Nordlicht @NordlichtTeam", 2, "de"),
    ("karl_heinz_s", "2026-11-21 13:40", "Ich bin seit 15 Jahren Kunde. Nach dieser Geschichte kündige ich. Nie wieder Nordlicht.", None, "de"),
    ("sophie_c", "2026-11-21 15:10", "Charged twice as well (2 × 29,99 €). I'm considering going to the press – a local journalist is already collecting cases on social media.", None, "en"),
    ("lisa_wn", "2026-11-21 16:55", "Auf Instagram und X geht das Thema gerade richtig ab. Das wird ein Shitstorm, und zwar zu Recht.", None, "de"),
    ("gero_77", "2026-11-21 18:30", "Hab bei der Verbraucherzentrale Hamburg angerufen. Die sammeln schon Beschwerden zu Nordlicht wegen doppelter Abbuchungen. Jeder Betroffene sollte sich dort melden!", None, "de"),
    ("tbecker_hh", "2026-11-21 20:15", "Ich war eigentlich immer zufrieden mit Nordlicht, aber wie hier mit Kunden umgegangen wird, ist eine Frechheit. Eine kurze Info „Wir wissen Bescheid, das Geld kommt zurück“ würde doch reichen!", None, "de"),
    ("rick_miller", "2026-11-21 22:40", "Double charge here too. Support hotline: 55 min wait, then disconnected. Chargeback filed. Looking at Südwind now.", None, "en"),
    ("marvin_t", "2026-11-22 07:50", "Guten Morgen, auch bei mir doppelt. Und heute kam eine Mahnung, weil ich die zweite Abbuchung zurückgeholt habe?! Ihr mahnt mich für euren eigenen Fehler an? Das ist Abzocke hoch zehn.", None, "de"),
    ("yvonne_d", "2026-11-22 09:15", "Mein Nachbar hat mir diesen Thread gezeigt. Ich habe gerade nachgesehen: Auch bei mir zweimal 29,99 €. Ich hätte es gar nicht gemerkt. Checkt alle eure Kontoauszüge!", None, "de"),
    ("claudia_b", "2026-11-22 10:30", "Zehn Tage nach meinem ersten Beitrag: immer noch keine Antwort, kein Geld. Ich habe eine Beschwerde bei der Bundesnetzagentur eingereicht und gebe das an die Presse weiter. Für Rückfragen der Redaktion: +49 1523 9876543. Sorry, aber so nicht.", None, "de"),
    ("melanie_k", "2026-11-22 11:45", "@claudia_b Danke, dass du den Thread gestartet hast. Ohne den hätte ich gedacht, ich bin allein damit. Ich kündige zum nächstmöglichen Termin.", 19, "de"),
    ("laura_k_92", "2026-11-22 12:30", "Mir hat das NordlichtTeam in einem anderen Thema geschrieben, dass die Erstattung „automatisch in 5 Werktagen“ kommt. Warum steht das nicht HIER? Und warum ist bei mir bis heute nichts zurückgekommen?", None, "de"),
    ("jens_ostsee", "2026-11-22 13:20", "Und jetzt auch noch die Netzstörung in Hamburg. Kein Netz, kein Geld, keine Antwort. Nordlicht, was ist bei euch los?!", None, "de"),
    ("dmitri_v", "2026-11-22 14:45", "Reported it to the Verbraucherzentrale as well. Never again Nordlicht.", None, "en"),
    ("nadine_e", "2026-11-22 16:10", "Immer noch keine Reaktion vom Team, 48 Stunden nach Beginn des Shitstorms. Armutszeugnis. Ich bin raus, die Kündigung ist geschrieben.", None, "de"),
    ("frieda_l", "2026-11-22 18:05", "Mein Anwalt hat heute ein Schreiben an Nordlicht aufgesetzt. Frist bis 30.11. Mal sehen, ob sie dann reagieren.", None, "de"),
    ("anna_wn", "2026-11-22 19:30", "Die Verbraucherzentrale hat auf ihrer Seite jetzt einen Musterbrief für die Rückforderung veröffentlicht. Nutzt den!\n\nLG Anna", None, "de"),
    ("sarah_jb", "2026-11-22 21:10", "Just joined to say: same problem, 2 × 29,99 €. This thread is now the top search result for „Nordlicht Abbuchung“. Great PR, Nordlicht.", None, "en"),
]

# ---------------------------------------------------------------------------
# 6. Verbraucherforum (HTML page, selectors in sources.json)
# ---------------------------------------------------------------------------

VF_SITE = "https://verbraucherforum.example"
# (thread id, title, [(post id, author, time, text, quote)]), quote = (author, text) or None
VF_THREADS = [
    (90233, "Netzstörung Nordlicht Hamburg 22.11. – Anspruch auf Entschädigung?", [
        (771288, "Tanja Rehberg", "2026-11-22 15:10", "Heute seit ca. 13 Uhr kein Netz bei Nordlicht in ganz Hamburg. Habe ich Anspruch auf Entschädigung? Ich arbeite selbstständig und konnte den ganzen Nachmittag keine Kunden erreichen.", None),
        (771291, "Hagen_W", "2026-11-22 15:40", "Nach § 58 TKG gibt es eine Entschädigung erst, wenn die Störung nicht innerhalb von zwei Kalendertagen nach Meldung behoben ist. Ab dem 3. Tag 5 €, ab dem 5. Tag 10 € pro Tag. Eine halbtägige Störung ist leider nicht entschädigungspflichtig.", None),
        (771295, "Jürgen Bach", "2026-11-22 16:20", "Wichtig ist, die Störung trotzdem zu melden – schriftlich, mit Datum und Uhrzeit. Dann läuft die Frist.", None),
        (771302, "Tanja Rehberg", "2026-11-22 17:45", "Netz ist wieder da. Gemeldet habe ich trotzdem. Erst die doppelte Abbuchung, jetzt das – mein Vertrauen in Nordlicht ist weg.", None),
        (771305, "Ludwig P.", "2026-11-22 18:30", "Nordlicht hat im eigenen Community-Forum eine Gutschrift angekündigt. Immerhin.", None),
        (771311, "Dana Krohn", "2026-11-22 20:05", "Bei mir in Norderstedt ging es erst um 19 Uhr wieder. Kundin seit 2019, Warteschleife beim Kundenservice: 1 Stunde. Ich bin echt bedient.", None),
    ]),
    (90211, "Nordlicht Mobil: Doppelte Abbuchung im November – Sammelthread", [
        (771203, "Beate_K", "2026-11-20 18:30", "Guten Abend,\n\nich eröffne mal einen Sammelthread, weil sich die Fälle häufen: Nordlicht Mobil hat im November offenbar bei vielen Kundinnen und Kunden den Monatsbeitrag doppelt eingezogen (meist am 02.11. und 03.11.). Auf Anfragen reagiert Nordlicht kaum.\n\nBitte schreibt hier rein, ob ihr betroffen seid und was ihr schon unternommen habt.", None),
        (771207, "Rainer S.", "2026-11-20 19:05", "Betroffen. 2 × 34,99 €. Lastschrift bei der Sparkasse zurückgeholt, ging problemlos.", None),
        (771215, "MiriamF", "2026-11-20 21:40", "Auch betroffen. Ist das Zurückholen der Lastschrift nicht riskant? Ich habe Angst, dass Nordlicht mir dann den Anschluss sperrt.", None),
        (771222, "Rainer S.", "2026-11-21 07:55", "Du holst ja nur die doppelte Abbuchung zurück, nicht die berechtigte. Sperren dürfen sie erst ab 100 € Zahlungsrückstand. Also keine Sorge.", ("MiriamF", "Ist das Zurückholen der Lastschrift nicht riskant?")),
        (771230, "Hagen_W", "2026-11-21 10:10", "Ich habe Nordlicht angeschrieben mit Frist zum 28.11. Vorlage gern per PN. Zusätzlich Beschwerde bei der Bundesnetzagentur.", None),
        (771236, "Beate_K", "2026-11-21 12:35", "Nachtrag: Im Nordlicht-Community-Forum gibt es einen Thread mit inzwischen über 20 Betroffenen, von Nordlicht dort keine Reaktion mehr seit über einer Woche.", None),
        (771241, "Tanja Rehberg", "2026-11-21 15:20", "Bei mir sogar dreimal abgebucht!! 3 × 19,99 €. Ich bin fassungslos.", None),
        (771250, "Hagen_W", "2026-11-21 19:45", "Unbedingt alle Kontoauszüge sichern. Und schriftlich mit Frist zurückfordern.", ("Tanja Rehberg", "Bei mir sogar dreimal abgebucht!!")),
        (771262, "Ludwig P.", "2026-11-22 09:20", "Auch betroffen. Die Antwort von Nordlicht auf mein Schreiben ging übrigens an Ahornweg 3a, 80331 München – da wohne ich seit zwei Jahren nicht mehr, obwohl die neue Adresse hinterlegt ist. Wer aus München eine Sammelbeschwerde organisieren will: 089 / 123 456 78.", None),
        (771268, "MiriamF", "2026-11-22 11:00", "Update: Lastschrift zurückgeholt, bisher keine Sperre. Danke für die Tipps!", None),
        (771279, "Beate_K", "2026-11-22 14:30", "Die Verbraucherzentrale hat inzwischen einen Musterbrief veröffentlicht. Link im ersten Beitrag ergänzt.", None),
        (771297, "Kurt Lehmann", "2026-11-22 17:05", "Ich bin seit 20 Jahren Kunde und habe heute gekündigt. Abzocke ist das. Nie wieder.", None),
    ]),
    (90187, "Nordlicht Preiserhöhung 2027: Sonderkündigungsrecht?", [
        (770954, "Kurt Lehmann", "2026-11-16 20:10", "Nordlicht erhöht zum 01.01.2027 meinen Tarif von 19,99 € auf 22,99 €. Ich möchte das Sonderkündigungsrecht nutzen. Muss ich eine bestimmte Formulierung verwenden?", None),
        (770961, "Hagen_W", "2026-11-16 21:30", "Keine spezielle Formulierung nötig, zum Beispiel: „Hiermit kündige ich meinen Vertrag unter Berufung auf mein Sonderkündigungsrecht gemäß § 57 Abs. 2 TKG wegen der mitgeteilten Preiserhöhung.“ Frist: 3 Monate ab Zugang der Mitteilung.", None),
        (770978, "Sieglinde M.", "2026-11-17 08:45", "Bei mir hat Nordlicht das Sonderkündigungsrecht erst abgelehnt mit der Begründung, die Erhöhung sei „geringfügig“. Stimmt das?", None),
        (770983, "Hagen_W", "2026-11-17 10:20", "Nein. Jede einseitige Preiserhöhung zu deinem Nachteil berechtigt zur Kündigung. Nochmal schriftlich widersprechen.", None),
        (771002, "Jürgen Bach", "2026-11-17 19:00", "Ich habe direkt bei Südwind angefragt, die bieten Wechslern aus Nordlicht-Verträgen gerade 6 Monate ohne Grundgebühr. Die wissen genau, was los ist 😉", None),
        (771040, "Sieglinde M.", "2026-11-18 12:15", "Habe nochmal geschrieben, jetzt wurde die Kündigung akzeptiert. Danke!", None),
        (771088, "Kurt Lehmann", "2026-11-19 09:30", "Kündigung bestätigt zum 31.12. Tschüss Nordlicht.", None),
        (771120, "Petra Hein", "2026-11-19 16:40", "Kleiner Hinweis: Das Sonderkündigungsrecht gilt auch für Preiserhöhungen bei Festnetz und DSL. Viele wissen das nicht. Bei Fragen gern melden: petra.hein@example.de", None),
    ]),
    (90142, "Südwind verweigert Rufnummernmitnahme zu Nordlicht", [
        (770512, "Ole Matthiesen", "2026-11-09 11:20", "Ich will meine Nummer von Südwind zu Nordlicht mitnehmen. Südwind lehnt die Portierung ab: „Daten stimmen nicht überein“. Habe alles dreimal geprüft. Was kann ich tun?", None),
        (770520, "Rainer S.", "2026-11-09 13:05", "Häufiger Fehler: Geburtsdatum oder Schreibweise des Namens (ä/ae). Bei mir war es ein Umlaut im Nachnamen.", None),
        (770588, "Ole Matthiesen", "2026-11-10 18:50", "Tatsächlich, bei Südwind war mein Name ohne Umlaut gespeichert. Jetzt läuft's.", None),
        (770594, "Hagen_W", "2026-11-10 20:10", "Gut, dass es geklappt hat. Zur Info: Der abgebende Anbieter darf die Portierung nicht verzögern, bei Problemen hilft die Bundesnetzagentur.", None),
        (770655, "Ole Matthiesen", "2026-11-12 10:30", "Portierung abgeschlossen, knapp 2 Stunden ohne Netz. Nordlicht hat mir die Portierungsgebühr gutgeschrieben. 👍", None),
    ]),
    (90098, "Ostwerk: Mahngebühren nach fristgerechter Kündigung", [
        (770101, "Sieglinde M.", "2026-11-02 19:15", "Ostwerk schickt mir nach meiner fristgerechten Kündigung zum 30.09. eine Mahnung über 45,80 € inkl. 5 € Mahngebühr. Ich habe die Kündigungsbestätigung. Was tun?", None),
        (770109, "Hagen_W", "2026-11-02 20:40", "Schriftlich widersprechen, Kündigungsbestätigung in Kopie beilegen. Nicht zahlen. Wenn ein Inkassobüro kommt: auch widersprechen, die Forderung ist bestritten.", None),
        (770187, "Jürgen Bach", "2026-11-04 09:05", "Ostwerk macht das leider öfter. Bei Nordlicht hatte ich Ähnliches, da hat ein Anruf gereicht.", None),
        (770264, "Sieglinde M.", "2026-11-06 17:30", "Ostwerk hat die Mahnung storniert. Danke für die Hilfe!\n\nMit freundlichen Grüßen\nSieglinde Maurer", None),
    ]),
]

# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

# every post, for the summary: (source, datetime, language, author)
LEDGER = []


def build_forum():
    raw = []  # (when, thread index, author, text)
    for ti, (start, title, plist) in enumerate(FORUM_THREADS):
        prev = None
        for i, p in enumerate(plist):
            author, text = p[0], p[1]
            if i == 0:
                when = dt(start).replace(second=rng.randrange(60))
            elif len(p) > 2:
                when = dt(p[2]).replace(second=rng.randrange(60))
            else:
                when = next_reply_time(prev)
            prev = when
            raw.append((when, ti, i, author, text))
    raw.sort(key=lambda r: (r[0], r[1], r[2]))
    thread_ids, pid, tid = {}, 183400, 27100
    for ti in range(len(FORUM_THREADS)):
        tid += rng.randint(2, 45)
        thread_ids[ti] = tid
    posts, starter_guid = [], {}
    for when, ti, i, author, text in raw:
        pid += rng.randint(1, 9)
        title = FORUM_THREADS[ti][1]
        guid = "handyforum-post-%d" % pid
        if i == 0:
            starter_guid[ti] = guid
        lang = "en" if (author in FORUM_ENGLISH_AUTHORS or any(text.startswith(x) for x in FORUM_ENGLISH_TEXTS)) else "de"
        posts.append(dict(when=when, ti=ti, i=i, pid=pid, guid=guid, author=author, text=text, lang=lang,
                          title=title if i == 0 else "Re: " + title, tid=thread_ids[ti]))
    for p in posts:
        p["thread_guid"] = starter_guid[p["ti"]]
        LEDGER.append(("forum.rss", p["when"], p["lang"], p["author"]))
    return posts


def write_forum(posts):
    items = []
    for p in sorted(posts, key=lambda p: (p["when"], p["pid"]), reverse=True):
        title = FORUM_THREADS[p["ti"]][1]
        base = "https://handyforum.example/threads/%s.%d/" % (slugify(title), p["tid"])
        body = text_to_html(p["text"], entities=True)
        if title == FORUM_CDATA_THREAD and p["i"] == 0:
            desc = "<![CDATA[%s]]>" % body.replace("&nbsp;", "\u00a0").replace("&hellip;", "…")
        else:
            desc = xml_text(body)
        items.append(
            "    <item>\n"
            "      <title>%s</title>\n"
            "      <link>%s</link>\n"
            "      <guid isPermaLink=\"false\">%s</guid>\n"
            "      <pubDate>%s</pubDate>\n"
            "      <dc:creator>%s</dc:creator>\n"
            "      <category>Nordlicht Mobil</category>\n"
            "      <category domain=\"thread\">%s</category>\n"
            "      <comments>%s</comments>\n"
            "      <description>%s</description>\n"
            "    </item>\n" % (
                xml_text(p["title"]), xml_text("%s#post-%d" % (base, p["pid"])), p["guid"], rfc822(p["when"]),
                xml_text(p["author"]), p["thread_guid"], xml_text(base), desc))
    last = max(p["when"] for p in posts)
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        '  <channel>\n'
        '    <title>Handyforum – Nordlicht Mobil</title>\n'
        '    <link>https://handyforum.example/forums/nordlicht-mobil.42/</link>\n'
        '    <description>Neueste Beiträge im Unterforum Nordlicht Mobil</description>\n'
        '    <language>de-DE</language>\n'
        '    <lastBuildDate>%s</lastBuildDate>\n'
        '    <generator>Handyforum RSS</generator>\n'
        '    <atom:link href="https://handyforum.example/forums/nordlicht-mobil.42/index.rss" rel="self" type="application/rss+xml"/>\n'
        '%s'
        '  </channel>\n'
        '</rss>\n') % (rfc822(last), "".join(items))
    return doc


def build_blog():
    out = []
    for num, when, author, reply, lang, text in BLOG_COMMENTS:
        w = dt(when).replace(second=rng.randrange(60))
        upd = w + timedelta(minutes=rng.randint(3, 40)) if num % 7 == 3 else w
        out.append(dict(num=num, when=w, updated=upd, author=author, reply=reply, lang=lang, text=text))
        LEDGER.append(("blog-comments.atom", w, lang, author))
    return out


def write_blog(comments):
    entries = []
    for c in sorted(comments, key=lambda c: c["when"], reverse=True):
        email, uri = BLOG_AUTHORS[c["author"]]
        a = "      <name>%s</name>\n" % xml_text(c["author"])
        if email:
            a += "      <email>%s</email>\n" % email
        if uri:
            a += "      <uri>%s</uri>\n" % uri
        thr = ""
        title = "Kommentar zu „Nordlicht Flex 5G im Test“"
        if c["reply"]:
            thr = ('      <thr:in-reply-to ref="tag:technikblick.example,2026:comment-%d" href="%s#comment-%d" type="text/html"/>\n'
                   % (c["reply"], BLOG_URL, c["reply"]))
            title = "Antwort zu „Nordlicht Flex 5G im Test“"
        entries.append(
            '  <entry xml:lang="%s">\n'
            '    <id>tag:technikblick.example,2026:comment-%d</id>\n'
            '    <title type="text">%s</title>\n'
            '    <link rel="alternate" type="text/html" href="%s#comment-%d"/>\n'
            '    <published>%s</published>\n'
            '    <updated>%s</updated>\n'
            '    <author>\n%s    </author>\n'
            '%s'
            '    <content type="html">%s</content>\n'
            '  </entry>\n' % (
                c["lang"], c["num"], xml_text(title), BLOG_URL, c["num"], rfc3339(c["when"]), rfc3339(c["updated"]),
                a, thr, xml_text(text_to_html(c["text"]))))
    last = max(c["updated"] for c in comments)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="de">\n'
        '  <title type="text">Kommentare zu: %s</title>\n'
        '  <subtitle type="text">Technikblick – Tests, Tarife, Technik</subtitle>\n'
        '  <id>tag:technikblick.example,2026:/2026/10/nordlicht-flex-5g-test/comments</id>\n'
        '  <link rel="self" type="application/atom+xml" href="%scomments/feed/atom/"/>\n'
        '  <link rel="alternate" type="text/html" href="%s"/>\n'
        '  <updated>%s</updated>\n'
        '  <generator uri="https://technikblick.example/">Technikblick CMS</generator>\n'
        '%s'
        '</feed>\n') % (xml_text(BLOG_TITLE), BLOG_URL, BLOG_URL, rfc3339(last), "".join(entries))


EN_SOCIAL = ["emcarter_hh", "ruthie_codes", "mattb_travels", "josie_nguyen", "danielle_ps", "chrisrobinson_de",
             "priya_r_muc", "sam_okafor", "katie_walsh_", "lucas_fernandes", "owen_price_", "zoe_kim_hh",
             "nick_holloway", "amira_haddad", "georgia_bell", "alexk_berlin", "fk_hansestadt", "leo_schaefer"]
DE_SOCIAL = ["lenavogt", "kaibrandt_hh", "tinahh_nordwest", "jmoeller_design", "alexk_berlin", "fk_hansestadt",
             "nora_wendt", "hannes_k_91", "melli_hh_", "leo_schaefer", "bjoern_ahrens", "tim_brauer",
             "mara_lehnert", "ahmet_kaya34", "jule_sommerfeld", "finn_lueders", "henrik_ostrowski"]


def social_html(text):
    h = html.escape(text, quote=False)
    h = re.sub(r"(https://[^\s<]+)", r'<a href="\1" rel="nofollow">\1</a>', h)
    h = re.sub(r"(?<![\w.])@(\w+)",
               lambda m: '<a href="https://social.example/@%s" class="u-url mention">@%s</a>' % (m.group(1), m.group(1)), h)
    h = re.sub(r"(?<![\w&])#(\w+)",
               lambda m: '<a href="https://social.example/tags/%s" class="hashtag">#%s</a>' % (m.group(1).lower(), m.group(1)), h)
    return "<p>%s</p>" % h


USED_HANDLES = set()
USED_USERNAMES = set()


def build_social():
    items = []
    for idx, (lang, text, when, handle, as_html) in enumerate(SOCIAL_POSTS):
        if when and len(when) > 10:
            w = dt(when).replace(second=rng.randrange(60))
        elif when:
            w = random_time_on(dt(when + " 00:00"))
        else:
            w = random_time_on(random_day(hi=dt("2026-11-21 00:00")))
        if not handle:
            handle = rng.choice(EN_SOCIAL if (lang == "en") == (rng.random() < 0.85) else DE_SOCIAL)
        items.append(dict(when=w, lang=lang, text=text, handle=handle, html=as_html, idx=idx))
        USED_HANDLES.add(handle)
        LEDGER.append(("social.json", w, lang, SOCIAL_USERS[handle]))
    items.sort(key=lambda i: (i["when"], i["idx"]), reverse=True)
    out = []
    for it in items:
        snow = int(it["when"].timestamp()) * 65536 + it["idx"] * 97
        url = "https://social.example/@%s/%d" % (it["handle"], snow)
        d = {"id": url, "url": url}
        if it["html"]:
            d["content_html"] = social_html(it["text"])
        else:
            d["content_text"] = it["text"]
        d["date_published"] = rfc3339(it["when"])
        d["authors"] = [{"name": SOCIAL_USERS[it["handle"]], "url": "https://social.example/@" + it["handle"],
                         "avatar": "https://social.example/avatars/%s.png" % it["handle"]}]
        tags = re.findall(r"(?<![\w&])#(\w+)", it["text"])
        if tags:
            d["tags"] = tags
        d["language"] = it["lang"]
        out.append(d)
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Social Listening: Erwähnungen von Nordlicht Mobil",
        "home_page_url": "https://social.example/search?q=nordlicht",
        "feed_url": "https://social.example/exports/nordlicht-mentions.json",
        "description": "Öffentliche Beiträge, die Nordlicht, Nordlicht Mobil oder @NordlichtMobil erwähnen (Export, 28 Tage).",
        "items": out,
    }


# --- Discourse ---

USER_IDS = {"NordlichtTeam": 2, "Jana_Nordlicht": 5}


def user_id(u):
    if u not in USER_IDS:
        USER_IDS[u] = 1000 + len(USER_IDS) * 7
    return USER_IDS[u]


def cooked(text):
    h = text_to_html(text)

    def mention(m):
        u = m.group(1)
        if u in COMMUNITY_USERS or u in STAFF:
            return '<a class="mention" href="/u/%s">@%s</a>' % (u.lower(), u)
        return m.group(0)
    return re.sub(r"(?<![\w.])@(\w+)", mention, h)


def discourse_post(pid, topic_id, slug, title, cat, number, user, when, text, reply_to, reply_count):
    staff = user in STAFF
    name = STAFF[user] if staff else COMMUNITY_USERS[user]
    uid = user_id(user)
    return {
        "id": pid,
        "name": name,
        "username": user,
        "avatar_template": "/user_avatar/community.nordlicht-mobil.example/%s/{size}/%d_2.png" % (user.lower(), uid),
        "created_at": utc_z(when, (pid * 37) % 1000),
        "cooked": cooked(text),
        "post_number": number,
        "post_type": 1,
        "updated_at": utc_z(when, (pid * 37) % 1000),
        "reply_count": reply_count,
        "reply_to_post_number": reply_to,
        "quote_count": 0,
        "incoming_link_count": 0,
        "reads": 3 + (pid * 13) % 140,
        "score": round(0.2 + ((pid * 7) % 90) / 10.0, 1),
        "yours": False,
        "topic_id": topic_id,
        "topic_slug": slug,
        "topic_title": title,
        "topic_html_title": html.escape(title, quote=False),
        "category_id": cat,
        "display_username": name,
        "primary_group_name": "nordlicht_team" if staff else None,
        "flair_name": None,
        "version": 1,
        "user_title": "Nordlicht Team" if staff else None,
        "moderator": staff,
        "admin": False,
        "staff": staff,
        "user_id": uid,
        "hidden": False,
        "trust_level": 4 if staff else 1 + (uid % 3),
        "deleted_at": None,
        "user_deleted": False,
        "wiki": False,
    }


def build_community():
    """Returns (latest_posts list, topic 4711 dict, info) with ids assigned in time order."""
    raw = []  # (when, topic_id, number, user, text, reply_to, lang, cat, title)
    for tid, cat, tlang, title, start, plist in COMMUNITY_TOPICS:
        t0 = dt(start)
        for n, p in enumerate(plist, 1):
            user, hours, text = p[0], p[1], p[2]
            reply_to = p[3] if len(p) > 3 else None
            lang = p[4] if len(p) > 4 else tlang
            when = t0 + timedelta(hours=hours)
            when = when.replace(second=rng.randrange(60)) if n > 1 else when
            assert when <= LAST_MOMENT, (tid, n)
            raw.append((when, tid, n, user, text, reply_to, lang, cat, title))
    for n, (user, when, text, reply_to, lang) in enumerate(ESC_POSTS, 1):
        raw.append((dt(when).replace(second=rng.randrange(60)), ESC_ID, n, user, text, reply_to, lang, 5, ESC_TITLE))
    raw.sort(key=lambda r: (r[0], r[1], r[2]))
    replies = Counter((r[1], r[5]) for r in raw if r[5])
    pid = 61230
    latest, esc = [], []
    for when, tid, n, user, text, reply_to, lang, cat, title in raw:
        pid += rng.randint(1, 6)
        USED_USERNAMES.add(user)
        post = discourse_post(pid, tid, slugify(title), title, cat, n, user, when, text, reply_to, replies[(tid, n)])
        (esc if tid == ESC_ID else latest).append((when, post))
        LEDGER.append(("community/t/4711.json" if tid == ESC_ID else "community/posts.json", when, lang,
                       STAFF.get(user) or COMMUNITY_USERS[user]))
    latest.sort(key=lambda x: x[1]["id"], reverse=True)  # /posts.json lists newest first
    esc.sort(key=lambda x: x[1]["post_number"])
    esc_posts = [p for _, p in esc]
    first, last = esc[0][0], esc[-1][0]
    topic = {
        "post_stream": {"posts": esc_posts, "stream": [p["id"] for p in esc_posts]},
        "timeline_lookup": [[1, 10], [4, 4], [5, 1]],
        "tags": ["abrechnung"],
        "id": ESC_ID,
        "title": ESC_TITLE,
        "fancy_title": html.escape(ESC_TITLE, quote=False),
        "posts_count": len(esc_posts),
        "created_at": utc_z(first),
        "views": 1843,
        "reply_count": len(esc_posts) - 1,
        "like_count": 96,
        "last_posted_at": utc_z(last),
        "visible": True,
        "closed": False,
        "archived": False,
        "archetype": "regular",
        "slug": slugify(ESC_TITLE),
        "category_id": 5,
        "word_count": sum(len(p[2].split()) for p in ESC_POSTS),
        "deleted_at": None,
        "user_id": esc_posts[0]["user_id"],
        "participant_count": len({p["username"] for p in esc_posts}),
        "has_summary": False,
        "details": {
            "can_create_post": True,
            "participants": [{"id": p["user_id"], "username": p["username"], "name": p["name"]}
                             for p in {q["username"]: q for q in esc_posts}.values()][:10],
            "created_by": {"id": esc_posts[0]["user_id"], "username": esc_posts[0]["username"],
                           "name": esc_posts[0]["name"]},
        },
    }
    return {"latest_posts": [p for _, p in latest]}, topic


# --- HTML page ---

def vf_post_html(tid, tslug, pid, author, when, text, quote):
    w = dt(when)
    body = ""
    if quote:
        body += ('<blockquote class="quote"><cite>%s schrieb:</cite><p>%s</p></blockquote>'
                 % (html.escape(quote[0]), html.escape(quote[1], quote=False)))
    body += text_to_html(text, entities=True)
    posts_count = 12 + (pid * 31) % 900
    return (
        '      <article class="post" id="post-%d" data-post-id="%d" data-thread-id="%d">\n'
        '        <header class="post-meta">\n'
        '          <img class="avatar" src="/img/avatar-default.png" alt="" width="48" height="48" />\n'
        '          <span class="author">%s</span>\n'
        '          <span class="author-stats">%d Beiträge</span>\n'
        '          <time datetime="%s">%s</time>\n'
        '        </header>\n'
        '        <div class="post-body">%s</div>\n'
        '        <footer class="post-actions">\n'
        '          <a class="permalink" href="/thread/%d-%s#post-%d">#%d</a>\n'
        '          <a class="reply" href="/thread/%d-%s/reply?quote=%d">Zitieren</a>\n'
        '          <a class="report" href="/report/%d">Melden</a>\n'
        '        </footer>\n'
        '      </article>\n') % (
            pid, pid, tid, html.escape(author), posts_count, w.strftime("%Y-%m-%dT%H:%M:%S+01:00"),
            w.strftime("%d.%m.%Y %H:%M"), body, tid, tslug, pid, pid, tid, tslug, pid, pid)


def write_vf():
    sections = []
    for tid, title, plist in VF_THREADS:
        tslug = slugify(title)
        arts = "".join(vf_post_html(tid, tslug, *p) for p in plist)
        for p in plist:
            LEDGER.append(("verbraucherforum.html", dt(p[2]), "de", p[1]))
        sections.append(
            '    <section class="thread" data-thread-id="%d">\n'
            '      <h2 class="thread-title"><a href="/thread/%d-%s">%s</a></h2>\n'
            '      <p class="thread-info">%d Antworten · Unterforum Mobilfunk</p>\n'
            '%s'
            '    </section>\n'
            '    <script type="text/javascript">window.vfAds && vfAds.slot("between-threads-%d", {sizes: [[728, 90]], lazy: true});</script>\n'
            % (tid, tid, tslug, html.escape(title), len(plist) - 1, arts, tid))
    return (
        '<!DOCTYPE html>\n'
        '<html lang="de">\n'
        '<head>\n'
        '  <meta charset="utf-8" />\n'
        '  <meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        '  <title>Mobilfunk – Neueste Diskussionen | Verbraucherforum</title>\n'
        '  <link rel="stylesheet" href="/static/forum.css?v=2026.11" />\n'
        '  <style>\n'
        '    article.post { border-bottom: 1px solid #ddd; padding: 1em 0; }\n'
        '    .post-body p { margin: 0 0 .6em; } .author::before { content: "👤 "; }\n'
        '    .cookie-banner { position: fixed; bottom: 0; } /* Nordlicht-Banner ausblenden */\n'
        '  </style>\n'
        '  <script>\n'
        '    var vfConfig = {"user": null, "csrf": "a9f3c2e1", "tracking": true};\n'
        '    if (document.cookie.indexOf("vf_consent=1") < 0 && window.innerWidth > 0) { console.log("Bitte Cookies akzeptieren"); }\n'
        '  </script>\n'
        '</head>\n'
        '<body class="forum-page">\n'
        '  <div class="cookie-banner" id="cookie-banner">Wir verwenden Cookies, um das Forum zu verbessern. <button type="button">OK</button></div>\n'
        '  <header class="site-header">\n'
        '    <a class="logo" href="/">Verbraucherforum</a>\n'
        '    <nav class="main-nav">\n'
        '      <ul>\n'
        '        <li><a href="/forum/energie">Energie</a></li>\n'
        '        <li><a href="/forum/mobilfunk" class="active">Mobilfunk &amp; Internet</a></li>\n'
        '        <li><a href="/forum/versicherungen">Versicherungen</a></li>\n'
        '        <li><a href="/forum/reisen">Reisen</a></li>\n'
        '        <li><a href="/login">Anmelden</a></li>\n'
        '      </ul>\n'
        '    </nav>\n'
        '  </header>\n'
        '  <main class="content">\n'
        '    <nav class="breadcrumb"><a href="/">Start</a> › <a href="/forum/telekommunikation">Telekommunikation</a> › Mobilfunk</nav>\n'
        '    <h1>Mobilfunk &amp; Internet – Neueste Diskussionen</h1>\n'
        '    <p class="forum-rules">Bitte keine persönlichen Daten (Adressen, Telefonnummern, Kundennummern) veröffentlichen. Beiträge werden nicht vorab geprüft.</p>\n'
        '%s'
        '    <nav class="pagination"><span class="current">1</span> <a href="/forum/mobilfunk?page=2" rel="next">2</a> <a href="/forum/mobilfunk?page=3">3</a> <a href="/forum/mobilfunk?page=2" class="next">Weiter ›</a></nav>\n'
        '  </main>\n'
        '  <aside class="sidebar">\n'
        '    <h3>Beliebte Themen</h3>\n'
        '    <article class="teaser"><a href="/thread/89990-strompreis-2027">Strompreis 2027: Was kommt auf uns zu?</a> <span class="author">Redaktion</span></article>\n'
        '    <article class="teaser"><a href="/thread/90011-paket-nicht-zugestellt">Paket nicht zugestellt – wer haftet?</a> <span class="author">Redaktion</span></article>\n'
        '    <div class="post-teaser">Musterbriefe für Widerspruch, Kündigung und Rückforderung im Downloadbereich.</div>\n'
        '  </aside>\n'
        '  <footer class="site-footer">\n'
        '    <p>&copy; 2026 Verbraucherforum e.&#160;V. · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/regeln">Forenregeln</a></p>\n'
        '  </footer>\n'
        '  <script src="/static/forum.js?v=2026.11" defer="defer"></script>\n'
        '  <script>\n'
        '    document.querySelectorAll("article.post").forEach(function (el) { if (el.dataset.postId && 1 < 2) { el.classList.add("js"); } });\n'
        '  </script>\n'
        '</body>\n'
        '</html>\n') % "".join(sections)


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

def check(cond, msg):
    if not cond:
        print("VALIDATION FAILED: " + msg, file=sys.stderr)
        sys.exit(1)


def validate(files, community, topic):
    # well-formed XML
    rss = ET.fromstring(files["forum.rss"].encode("utf-8"))
    atom = ET.fromstring(files["blog-comments.atom"].encode("utf-8"))
    check(len(rss.findall("./channel/item")) == sum(len(t[2]) for t in FORUM_THREADS), "rss item count")
    A = "{http://www.w3.org/2005/Atom}"
    check(len(atom.findall(A + "entry")) == len(BLOG_COMMENTS), "atom entry count")
    for item in rss.findall("./channel/item"):
        d = item.findtext("description")
        check(d and "<p>" in d, "rss description holds HTML")
    # JSON
    for name in ("social.json", "community/posts.json", "community/t/4711.json"):
        json.loads(files[name])
    # HTML selectors (XPath checked with ElementTree's subset + a parent map for ancestor::)
    h = files["verbraucherforum.html"]
    h = re.sub(r"<script[^>]*>.*?</script>", "", h, flags=re.S)
    h = re.sub(r"<style[^>]*>.*?</style>", "", h, flags=re.S)
    h = h.replace("<!DOCTYPE html>", "").replace("<br>", "<br/>")
    h = re.sub(r"&(?!(?:amp|lt|gt|quot|#\d+);)(\w+);", lambda m: "&#%d;" % ord(html.unescape(m.group(0))), h)
    root = ET.fromstring(h)
    parent = {c: p for p in root.iter() for c in p}
    arts = root.findall(".//article[@class='post']")
    check(len(arts) == sum(len(t[2]) for t in VF_THREADS), "html article count")
    for a in arts:
        check(a.get("data-post-id") and a.get("data-thread-id"), "html ids")
        for sel in (".//span[@class='author']", ".//time", ".//div[@class='post-body']", ".//a[@class='permalink']"):
            check(len(a.findall(sel)) == 1, "html selector %s" % sel)
        sec = parent[a]
        check(sec.tag == "section" and sec.get("class") == "thread", "ancestor section")
        check(len(sec.findall("./h2[@class='thread-title']")) == 1, "thread title")
        check(a.find(".//time").get("datetime").endswith("+01:00"), "datetime offset")
    # IBANs
    for i in (IBAN1, IBAN2):
        check(iban_ok(i), "IBAN %s" % i)
    # escalating thread
    eposts = topic["post_stream"]["posts"]
    late = [p for p in eposts if p["created_at"] >= "2026-11-20T23:00:00"]  # 2026-11-21 00:00 +01:00
    check(len(late) >= 15, "escalation volume")
    check(len({p["username"] for p in late}) >= 10, "escalation authors")
    check(not any(p["staff"] for p in eposts if p["created_at"] >= "2026-11-20T23:00:00"), "no staff after 11-20")
    check(not any(p["staff"] for p in eposts if p["created_at"] >= "2026-11-20T21:00:00"), "no staff in last 48 h")
    lp = community["latest_posts"]
    check(not any(p["topic_id"] == ESC_ID for p in lp), "4711 not in posts.json")
    by_topic = defaultdict(list)
    for p in lp:
        by_topic[p["topic_id"]].append(p)
    recent_unanswered = 0
    for tid in UNANSWERED_TOPICS:
        ps = by_topic[tid]
        check(ps and not any(p["staff"] for p in ps), "unanswered %d" % tid)
        first = min(ps, key=lambda p: p["post_number"])
        check("?" in first["cooked"], "question %d" % tid)
        if first["created_at"] >= "2026-11-12T23:00:00":
            recent_unanswered += 1
    check(recent_unanswered >= 5, "unanswered in the last 10 days")
    for tid in LATE_ANSWERED_TOPICS:
        ps = sorted(by_topic[tid], key=lambda p: p["post_number"])
        st = [p for p in ps if p["staff"]]
        t0 = datetime.fromisoformat(ps[0]["created_at"].replace("Z", "+00:00"))
        t1 = datetime.fromisoformat(st[0]["created_at"].replace("Z", "+00:00"))
        check(t1 - t0 > timedelta(hours=24), "late answer %d" % tid)
    # planted strings are present in the files
    blob = html.unescape(html.unescape("\n".join(files.values())))
    for key, vals in PLANTED.items():
        for v in vals:
            check(v in blob, "planted %s %r not found" % (key, v))
    # look-alikes that must stay are present too
    for v in ("29,99 €", "Bestellnummer 4711-2026-883", "00340434161234567890", "Ticket-Nr. 88123", "02.11.", "13:05"):
        check(v in blob, "look-alike %r not found" % v)
    # dates within range
    for src, w, lang, a in LEDGER:
        check(FIRST_DAY <= w <= LAST_MOMENT, "date out of range %s %s" % (src, w))


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def planted():
    names = set()
    for src, w, lang, a in LEDGER:
        if a not in STAFF.values():
            names.add(a)
    names |= USED_HANDLES                              # social handles
    names |= USED_USERNAMES - set(STAFF)               # Discourse usernames
    emails = list(EMAILS_IN_TEXT)
    other = [o for o in OTHER_PII if o not in names]
    for n, (e, u) in sorted(BLOG_AUTHORS.items()):
        if e and e not in emails:
            emails.append(e)
        if u:
            other.append(u)
    for hnd in sorted(USED_HANDLES):
        other.append("https://social.example/@" + hnd)
        other.append("https://social.example/avatars/%s.png" % hnd)
    return {"author_names": sorted(names), "emails": emails, "phones": list(PHONES),
            "ibans": [IBAN1, IBAN2], "other": other}


def write(rel, content):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


SOURCES_JSON = [
    {"name": "handyforum", "kind": "rss", "url": "file:examples/sources/forum.rss",
     "site_url": "https://handyforum.example", "language": "de"},
    {"name": "techblog", "kind": "atom", "url": "file:examples/sources/blog-comments.atom"},
    {"name": "social", "kind": "jsonfeed", "url": "file:examples/sources/social.json"},
    {"name": "community", "kind": "discourse", "url": "file:examples/sources/community/posts.json",
     "site_url": "https://community.nordlicht-mobil.example", "owned": True, "staff": ["NordlichtTeam", "Jana_Nordlicht"]},
    {"name": "community-thread-4711", "kind": "discourse", "url": "file:examples/sources/community/t/4711.json",
     "site_url": "https://community.nordlicht-mobil.example", "owned": True, "staff": ["NordlichtTeam", "Jana_Nordlicht"]},
    {"name": "verbraucherforum", "kind": "html", "url": "file:examples/sources/verbraucherforum.html",
     "site_url": "https://verbraucherforum.example", "language": "de",
     "html": {"item": "//article[@class='post']", "id": "@data-post-id", "thread": "@data-thread-id",
              "thread_title": "ancestor::section[@class='thread']/h2[@class='thread-title']",
              "author": ".//span[@class='author']", "date": ".//time/@datetime",
              "text": ".//div[@class='post-body']", "link": ".//a[@class='permalink']/@href"}},
]


def summary():
    by_src = defaultdict(Counter)
    for src, w, lang, a in LEDGER:
        by_src[src][lang] += 1
    langs = ["de", "en", "fr", "es", "tr"]
    print("%-26s %5s " % ("source", "posts") + " ".join("%4s" % l for l in langs))
    tot = Counter()
    for src in ["forum.rss", "blog-comments.atom", "social.json", "community/posts.json",
                "community/t/4711.json", "verbraucherforum.html"]:
        c = by_src[src]
        tot.update(c)
        print("%-26s %5d " % (src, sum(c.values())) + " ".join("%4d" % c[l] for l in langs))
    n = sum(tot.values())
    print("%-26s %5d " % ("total", n) + " ".join("%4d" % tot[l] for l in langs))
    print("languages: " + ", ".join("%s %.1f%%" % (l, 100.0 * tot[l] / n) for l in langs if tot[l]))
    per_day = Counter(w.date() for _, w, _, _ in LEDGER)
    print("posts per day (Mon..Sun):")
    for week in range(4):
        days = ALL_DAYS[week * 7:(week + 1) * 7]
        print("  %s..%s  " % (days[0].strftime("%m-%d"), days[-1].strftime("%m-%d"))
              + " ".join("%3d" % per_day[d.date()] for d in days))


def main():
    global PLANTED
    forum = build_forum()
    blog = build_blog()
    social = build_social()
    community, topic = build_community()
    files = {
        "forum.rss": write_forum(forum),
        "blog-comments.atom": write_blog(blog),
        "social.json": dump(social),
        "community/posts.json": dump(community),
        "community/t/4711.json": dump(topic),
        "verbraucherforum.html": write_vf(),
    }
    PLANTED = planted()
    validate(files, community, topic)
    for name, content in files.items():
        write(os.path.join("sources", name), content)
    write("planted.json", dump(PLANTED))
    write("sources.json", dump(SOURCES_JSON))
    summary()
    print("unanswered community topics:", ", ".join(map(str, UNANSWERED_TOPICS)))
    print("late answers (> 24 h):", ", ".join(map(str, LATE_ANSWERED_TOPICS)))
    esc = topic["post_stream"]["posts"]
    print("escalating thread %d: %d posts, %d on 2026-11-21/22 by %d authors" % (
        ESC_ID, len(esc), sum(p["created_at"] >= "2026-11-20T23:00:00" for p in esc),
        len({p["username"] for p in esc if p["created_at"] >= "2026-11-20T23:00:00"})))
    print("planted: %d names, %d emails, %d phones, %d IBANs, %d other" % tuple(
        len(PLANTED[k]) for k in ("author_names", "emails", "phones", "ibans", "other")))
    for name in sorted(files):
        print("  sha256 %s  sources/%s" % (hashlib.sha256(files[name].encode("utf-8")).hexdigest()[:16], name))


if __name__ == "__main__":
    main()
