"""Two meetings' minutes as a Finland-Swedish case system exports them (dates `3.3.2051`, the
meeting named `PROTOKOLL 2/2051`, each § headed `Styrelsen 3.3.2051  § 14`, proposals under
`Förslag`, earlier treatments reprinted), for `test_case_system_export.py`. Minutes of our own."""

MARCH = """SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE         PROTOKOLL 2/2051       1 (6)
Styrelsen

TID          03.03.2051 kl. 09:00-11:00
PLATS        Förbundets kansli

NÄRVARANDE LEDAMÖTER
Lindqvist Maria      ordförande
Holm Per             vice ordförande

-----------------------------------------------------------------
§ 11   LAGLIGHET OCH BESLUTFÖRHET

Beslut: Sammanträdet konstaterades lagligen sammankallat och beslutfört.

-----------------------------------------------------------------
§ 12   GODKÄNNANDE AV FÖREDRAGNINGSLISTAN

Förslag: Föredragningslistan godkänns.
Beslut: Förslaget godkändes.

-----------------------------------------------------------------
§ 13   VAL AV PROTOKOLLJUSTERARE

Beslut: Till protokolljusterare valdes Per Holm.

-----------------------------------------------------------------
§ 14   SÖLVESBORGS KOMMUNS FINSAM-PLAN 2051

Beredning: Kommunen har lämnat in sin plan.

Förslag: Styrelsen
1. fastställer Sölvesborgs kommuns FINSAM-plan 2051 och beviljar 900 000
   kronor för dess genomförande,
2. uppdrar åt Sölvesborgs kommun att lämna en lägesrapport vid styrelsens
   sammanträde i oktober 2051.

Beslut: Förslaget godkändes.

-----------------------------------------------------------------
§ 15   PROJEKTMEDEL, OLOFSTRÖMS KOMMUN

Förslag: Styrelsen beviljar Olofströms kommun 200 000 kronor för projektet
"Nya steg" år 2051.

Behandling: Per Holm föreslog att beloppet sänks till 150 000 kronor.
Förslaget understöddes och omfattades enhälligt.

Beslut: Styrelsen beslöt enligt förslaget med den ändring som gjordes under
behandlingen.

-----------------------------------------------------------------
§ 16   PROJEKTMEDEL, KARLSHAMNS KOMMUN

Förslag: Styrelsen beviljar Karlshamns kommun 100 000 kronor för projektet
"Bron" år 2051.

Beslut: Förslaget godkändes.

-----------------------------------------------------------------
§ 17   RONNEBY KOMMUNS FINSAM-PLAN 2051

Förslag: Styrelsen fastställer Ronneby kommuns FINSAM-plan 2051.

Behandling: Per Holm föreslog, med stöd av Lena Falk, att ärendet
återremitteras till Ronneby kommun för komplettering av budgeten. Förslaget
omfattades enhälligt.

Beslut: Ärendet återremitterades enligt Holms förslag.

-----------------------------------------------------------------
§ 18   KARLSHAMNS KOMMUNS OCH OLOFSTRÖMS KOMMUNS ARBETE

Förslag: Styrelsen
1) ålägger Karlshamns kommun att lämna en delrapport till nästa
   sammanträde,
2) förutsätter att Olofströms kommun redogör för läget vid styrelsens
   sammanträde i november 2051.

Beslut: Förslaget godkändes.

-----------------------------------------------------------------
§ 19   RONNEBY KOMMUN, PROJEKTET "START"

Styrelsen 12.01.2051 § 3
  Styrelsen beviljade Ronneby kommun 10 000 kronor för projektet "Start".

Förbundschefen informerade om att projektet har avslutats.
"""

MAY = """SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE                SAMMANTRÄDESPROTOKOLL
Styrelsen                                            3/2051

Tid      12.05.2051 kl. 13:00-15:00
Plats    Förbundets kansli

Närvarande ledamöter
  Lindqvist Maria, ordförande
  Holm Per, vice ordförande

=================================================================
Styrelsen 12.05.2051                                          § 21

Karlshamns kommuns FINSAM-plan 2051

Styrelsen 03.03.2051 § 9
  Styrelsen fastställde Karlshamns kommuns FINSAM-plan 2051 och beviljade
  1 000 000 kronor.

Styrelsen 12.05.2051 § 21
Beredning
Kommunen vill utöka planen.

Förslag
Styrelsen beviljar Karlshamns kommun ytterligare 300 000 kronor för
FINSAM-planen 2051.

Beslut
Styrelsen beslöt enligt förslaget.

=================================================================
Styrelsen 12.05.2051                                          § 22

Projektmedel, Olofströms kommun

Förslag
Styrelsen upphäver sitt beslut 3.3.2051 § 15 om projektmedel.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 23

Projektet "Bron", Karlshamns kommun

Förslag
Styrelsen beviljar Karlshamns kommun 120 000 kronor för projektet "Bron"
år 2051. Beslutet ersätter styrelsens beslut 3.3.2051 § 16.

Beslut
Styrelsen beslöt enligt förslaget.

=================================================================
Styrelsen 12.05.2051                                          § 24

Uppföljning av projektet "Bron"

Förslag
Förbundschefen redogör för projektets utfall vid styrelsens sammanträde i
september 2051.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 25

Sölvesborgs kommun, uppföljning

Styrelsen 03.03.2051 § 14
  Sölvesborgs kommun ska lämna en lägesrapport i oktober.

Styrelsen 12.05.2051 § 25
Beredning
Kommunens lägesrapport har inkommit och bifogas.

Förslag
Styrelsen antecknar lägesrapporten för kännedom.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 26

Riktlinjer för resor

Beslut
Ärendet utgår från dagens föredragningslista.

=================================================================
Styrelsen 12.05.2051                                          § 27

Anmälningsärenden

- Karlshamns kommun informerade muntligt om att arbetet har börjat. Den
  skriftliga delrapporten som styrelsen begärt (3.3.2051 § 18) lämnas i juni.
- Arbetsförmedlingens verksamhetsrapport för kvartalet finns tillgänglig på
  kansliet.

Inga beslut fattades.

=================================================================
Styrelsen 12.05.2051                                          § 28

Gemensamt projekt "Vägen ut"

Förslag
Styrelsen beviljar 300 000 kronor för det gemensamma projektet "Vägen ut"
år 2051.

Behandling
Per Holm föreslog att ansökan avslås. Omröstning förrättades.
Omröstningsresultat: Ja 5 röster (Lindqvist, Ek, Berg, Wik, Nyström), Nej 1 röst
(Holm). Ordföranden konstaterade att förbundschefens förslag vunnit.

Beslut
Styrelsen beslöt enligt förslaget efter omröstning.

=================================================================
Styrelsen 12.05.2051                                          § 29

Ronneby kommuns rapportering

Förslag
Styrelsen uppdrar åt Ronneby kommun att lämna en lägesrapport vid styrelsens
sista sammanträde 2051 i december.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 30

Projektet "Bron", tilläggsmedel

Styrelsen 03.03.2051 § 16
  Styrelsen beviljade Karlshamns kommun 100 000 kronor för projektet "Bron".

Beredning
Kommunen ansöker om tilläggsmedel.

Förslag
Styrelsen beviljar Karlshamns kommun 40 000 kronor i tilläggsmedel för
projektet "Bron" år 2051.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 31

Samverkan med social- och hälsovårdsnämnden

Social- och hälsovårdsnämnden 20.04.2051 § 7
  Nämnden beslöt att bevilja föreningen Bryggan 60 000 kronor år 2051.

Styrelsen 12.05.2051 § 31
Beredning
Nämndens beslut har delgetts styrelsen.

Förslag
Styrelsen antecknar nämndens beslut för kännedom.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 32

Projektmedel, Ronneby kommun

Förslag
Styrelsen beviljar Ronneby kommun 70 000 kronor för projektet "Steget" år 2051.

Beslut
Styrelsen omfattade förslaget.

=================================================================
Styrelsen 12.05.2051                                          § 33

Information om statistik

Förbundschefen informerade om statistiken.
"""
