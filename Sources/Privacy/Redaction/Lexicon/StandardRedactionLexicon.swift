extension RedactionLexicon {
    /// The built-in lexicon text. It lives in Swift only because the `Privacy` target carries no
    /// resources; edit it like a data file (format in `docs/PRIVACY.md`), or ship a copy and
    /// load it with `RedactionLexicon.load(from:)`.
    public static let standardText = #"""
# Words after which one or two capitalised tokens are a person's name.
# An entry written capitalised must be capitalised in the text ("Liebe", not "liebe":
# "ich hätte lieber Kaffee"); an entry written in lowercase matches any case.
[salutations]
hallo
hi
hey
moin
servus
hello
Dear
Liebe
Lieber
Liebes
geehrte
geehrter
Herr
Herrn
Frau
Hr
Fr
Dr
Prof
Mr
Mrs
Ms
Mx
Miss

# Words after which a name on the same line or the next one signs the post.
# A trailing comma means: only when a comma or line break follows ("best," keeps "Best Buy").
[sign-offs]
gruß
grüße
grüßen
grüßle
gruss
grüsse
lg
vg
mfg
bg
cheers
regards
best,
thanks,
danke,
dank,
ciao,
tschüss,

# Capitalised words that follow a salutation or sign-off but are not names.
[not-names]
leute
zusammen
alle
all
allerseits
everyone
everybody
folks
guys
there
team
support
supportteam
kundenservice
kundendienst
service
hotline
community
forum
admin
admins
moderator
moderatoren
mods
experten
freunde
kollegen
kolleginnen
mitglieder
leser
damen
herren
sir
madam
customer
world
welt
grüße
gruß
grüßen
gott
ihr
ihre
du
sie
ich
wir
es
er
der
die
das
dem
den
des
ein
eine
einer
und
oder
aber
noch
nochmal
mal
auch
erstmal
jetzt
heute
morgen
vielen
danke
dank
thanks
thank
hilfe
frage
problem
again
miteinander
nachbarn
kunden
kundin
kunde
telekom
vodafone
amazon
google
alexa
siri
paypal
ebay
ikea
hermes
bahn
o2
regards
best
wishes
all
the
and
from
aus

# Endings of German street names; a capitalised word ending in one of these, followed by
# a house number, is a street ("Musterstraße 12", "Hauptstr. 5a", "Lindenweg 4").
[street-suffixes]
straße
strasse
str.
str
weg
allee
platz
gasse
ring
damm
ufer
chaussee
steig
pfad
markt
graben
wall
stieg
promenade
kai
deich
zeile

# Words with a street ending that are everyday nouns, and words after "Am"/"Im" that are not
# streets ("Am Montag 5 Pakete").
[not-streets]
parkplatz
sitzplatz
stellplatz
arbeitsplatz
spielplatz
campingplatz
abstellplatz
steckplatz
speicherplatz
supermarkt
baumarkt
flohmarkt
getränkemarkt
arbeitsmarkt
wochenmarkt
weihnachtsmarkt
drogeriemarkt
elektromarkt
fachmarkt
rückweg
hinweg
umweg
ausweg
heimweg
schulweg
lieferweg
rechtsweg
postweg
schlüsselring
montag
dienstag
mittwoch
donnerstag
freitag
samstag
sonntag
wochenende
ende
anfang
jahr
monat
tag
abend
morgen
mittag
januar
februar
märz
april
mai
juni
juli
august
september
oktober
november
dezember
kapitel
schritt
punkt
moment
stück
prinzip
grunde
ganzen
schluss
telefon
handy
artikel

# Prepositions (one or two words) that start a street name without suffix ("Am Markt 3").
[street-prepositions]
am
im
an der
an den
auf der
auf dem
in der
zum
zur
unter den
hinter der
vor dem
beim

# Word beginnings that label a number as an order, parcel or customer number, never a phone
# number or tax id ("Bestellnummer 4711-2026-883", "Sendungsnr. 00340434161234567890").
# An entry starting with "=" must be the whole word ("=ref" matches "Ref." but not "refund").
[number-labels]
bestell
auftrag
sendung
tracking
kunden
kundennr
kd-nr
kdnr
rechnung
vorgang
ticket
artikel
serien
paket
vertrag
mitglied
referenz
lieferschein
transaktion
buchung
fallnummer
aktenzeichen
order
invoice
case
customer
reference
=ref
shipment
parcel
account
konto-nr
ean
gtin
isbn
upc

# Word parts that mark the next number as personal even when a label came before it
# ("Kundennummer 123, Telefon 0171 1234567"). An entry starting with "=" must be the whole
# word: "=tel" matches "Tel" but not "Bestellung".
[personal-number-cues]
=tel
telef
tel.
tel-
tel:
phone
handy
mobil
fax
ruf
durchwahl
whatsapp
call
steuer
tax
iban
karte
card

# Words that make a following dotted number a version, not an IPv4 address.
[version-labels]
version
ver
v
firmware
build
release
update
software
patch
os
ios
android
app
kernel

# Word parts that make a bare "12345 Ort" an address.
[address-cues]
adresse
anschrift
wohne
wohnt
wohnen
wohnhaft
wohnort
lebe
plz
postleitzahl
address
zip

# Possessives allowed between a sign-off and the name ("Viele Grüße, Ihr Max Müller").
[sign-off-possessives]
ihr
ihre
dein
deine
euer
eure
your
yours

# Words introducing a place between a sign-off and the name on the next line
# ("Viele Grüße aus Köln\nUte").
[sign-off-origins]
aus
from
vom
von
"""#
}
