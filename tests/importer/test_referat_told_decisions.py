"""A referat-style protocol tells each § as running prose in the past: the decision comes after a
long clause of what went before, after a verb of judging, joined to a second one by `varvid`, with
its amount in words. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes

TOLD = """Protokoll fört vid styrelsens andra sammanträde år 2098, hållet den 9 mars 2098.

§ 11 Insatsplan för Olofströms kommun
Sedan kommunens representant Karin Öst meddelat att socialnämnden ännu inte tagit ställning till
medfinansieringen beslöt styrelsen att återremittera ärendet till förbundschefen för vidare beredning.

§ 12 Projektet Vägen in
Styrelsen fann ansökan väl underbyggd och beviljade projektet sexhundrafyrtiotusen (640 000) kronor
för år 2098, varvid det uppdrogs åt förbundschefen att följa upp projektet till sammanträdet i juni.

§ 13 Insatsplan för Sölvesborgs kommun 2098
Efter diskussion beslöt styrelsen att fastställa insatsplanen för Sölvesborgs kommun år 2098 och att
för dess genomförande anvisa en miljon tvåhundratusen kronor.

§ 14 Ansökan från Föreningen Bron
Styrelsen diskuterade ansökan och beslutade att avslå den.

§ 15 Ronneby kommuns insatsplan 2098
Efter överläggning beslöt styrelsen att fastställa Ronneby kommuns insatsplan för år 2098 och att bevilja
medel för dess genomförande med 870 000 kr. Det beslöts vidare att Ronneby kommun skulle lämna en
lägesrapport vid sammanträdet i oktober 2098.

§ 16 Arbetsträning Lister
Styrelsen beslöt att bevilja Arbetsförmedlingen 260 000 kr för insatsen Arbetsträning Lister under år 2098. Det
beslöts vidare att Arbetsförmedlingen senast den 30 november 2098 skulle återrapportera insatsens resultat.

§ 17 Sommarjobb med stöd
Förbundschefen redogjorde för ansökan. Styrelsen beslöt att bevilja Karlshamns kommun 150 000 kr för insatsen
Sommarjobb med stöd under år 2098, och det beslöts vidare att Karlshamns kommun senast den 15 oktober 2098
skulle återrapportera hur många unga som fått arbete.

§ 18 Friskvård i Lister
Anna Berg yrkade avslag på ansökan. Omröstning begärdes. Med fem ja-röster mot två nej-röster hade styrelsen
således beslutat att bevilja Sölvesborgs kommun 90 000 kr för insatsen Friskvård i Lister under år 2098.

§ 19 Förbundschefens information
Förbundschefen berättade om statens medel för året. Styrelsen beslöt att lägga informationen till handlingarna,
varefter förbundschefen nämnde att kansliet avsåg att bjuda in styrelsen till ett forum i höst.

§ 20 Det egna kapitalet
Frågan om det egna kapitalets utveckling togs upp. Det beslöts att uppdra åt förbundets ekonom Mats Lund att
till sammanträdet i maj 2098 redovisa en prognos över det egna kapitalet.
"""


def test_each_decision_told_in_referat_prose_is_read_with_its_kind(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", TOLD))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds == {"2098-2 §11:1": "referral", "2098-2 §12:1": "grant", "2098-2 §12:2": "assignment",
                     "2098-2 §13:1": "plan", "2098-2 §14:1": "rejection", "2098-2 §15:1": "plan", "2098-2 §15:2": "report",
                     "2098-2 §16:1": "grant", "2098-2 §16:2": "report", "2098-2 §17:1": "grant", "2098-2 §17:2": "report",
                     "2098-2 §18:1": "grant", "2098-2 §19:1": "acknowledgement", "2098-2 §20:1": "assignment"}


def test_amounts_written_in_words_are_granted_as_figures(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", TOLD))
    grants = {g["decision"]: g["amount_sek"] for g in _grants(cli)}
    assert grants == {"2098-2 §12:1": 640_000, "2098-2 §13:1": 1_200_000, "2098-2 §15:1": 870_000, "2098-2 §16:1": 260_000,
                      "2098-2 §17:1": 150_000, "2098-2 §18:1": 90_000}
    assert decision(cli, "2098-2 §13:1")["kind"] == "plan"


def _grants(cli):
    from tests.importer.steps import view
    return view(cli, "grants", "--as-of", "2999-12-31")
