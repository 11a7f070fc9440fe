"""Minutes as a municipal case system exports them to text: a header on every page with `Sida N
av M`, the footer `Justerandes signatur | Utdragsbestyrkande`, each § opening with its Dnr, a
proposal under `Förbundschefens förslag till beslut` in numbered points, decided by reference
under `Beslut`, or after a vote whose table runs over a page break. For
`test_protocol_export_read.py`. Minutes of our own."""

_PAGE = """Samordningsförbundet FINSAM Blekinge          SAMMANTRÄDESPROTOKOLL
Styrelsen                                     Sammanträdesdatum
                                              2044-03-21          Sida {n} av 4

"""
_FOOT = """

______________________________________________________________________________
Justerandes signatur        |                    | Utdragsbestyrkande
\f"""

MARCH = _PAGE.format(n=1) + """
Plats och tid               Kommunhuset, Olofström,
                            måndagen den 21 mars 2044 kl. 13.00-15.30

Beslutande                  Ulla Berggren (S), ordförande, Region Blekinge
                            Tomas Vik (M), Karlskrona kommun
                            Hanna Ek (S), Ronneby kommun
                            Jon Persson (C), Karlshamns kommun

Övriga närvarande           Eva Lund, förbundschef

Utses att justera           Tomas Vik (M)
""" + _FOOT + _PAGE.format(n=2) + """
§ 5                                           Dnr STY 2044/00007

Insatsplan 2044 - Olofströms kommun

Ärendebeskrivning

Olofströms kommun har tagit fram en insatsplan för året.

Förbundschefens förslag till beslut

1. Insatsplan 2044 för Olofströms kommun fastställs med en samlad ram om
   870 000 kronor.

Beslut

Styrelsen beslutar enligt förbundschefens förslag.


§ 6                                           Dnr STY 2044/00008

Insatsplan 2044 - Sölvesborgs kommun

Förbundschefens förslag till beslut

1. Insatsplanen för Sölvesborgs kommun 2044 fastställs. Ramen uppgår till
   720 tkr.

Beslut

Styrelsen beslutar enligt förbundschefens förslag.
""" + _FOOT + _PAGE.format(n=3) + """
§ 7                                           Dnr STY 2044/00011

Projekt Nya spår - ansökan om medel

Ärendebeskrivning

Föreningen Nya spår ansöker om medel för ett projekt med arbetsträning.

Förbundschefens förslag till beslut

1. Projektet Nya spår beviljas 430 000 kronor för 2044.

Yrkanden

Jon Persson (C) yrkar avslag på ansökan.

Beslutsgång

Ordföranden ställer förbundschefens förslag mot avslagsyrkandet och finner
att styrelsen bifaller förbundschefens förslag. Votering begärs.

Styrelsen godkänner följande voteringsproposition: Den som bifaller
förbundschefens förslag röstar ja. Den som bifaller Jon Perssons
avslagsyrkande röstar nej.

Omröstningsresultat

Ledamot                                    Ja     Nej    Avstår
Ulla Berggren (S), Region Blekinge         X
Tomas Vik (M), Karlskrona kommun           X
""" + _FOOT + _PAGE.format(n=4) + """
§ 7 (forts.)

Hanna Ek (S), Ronneby kommun               X
Jon Persson (C), Karlshamns kommun                X
Summa                                      3      1      0

Med 3 ja-röster mot 1 nej-röst beslutar styrelsen enligt förbundschefens
förslag.

Reservation

Jon Persson (C) reserverar sig mot beslutet.
""" + _FOOT
