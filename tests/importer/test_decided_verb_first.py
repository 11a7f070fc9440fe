"""Decisions written impersonally in the passive past with the verb first, as an old association's
protocol writes them inside a heading that runs into its text: `Fastställdes planen …`,
`Återremitterades ärendet …`, `Lades rapporten till handlingarna`; after an adverbial
(`Med hänsyn till … återremitterades ärendet`); the meeting itself as the deciding body
(`Sammanträdet beslöt att …`); two decisions in one sentence (`…, varjämte uppdrogs åt …`,
`dels … dels …`, `Tillika beslöts att …`), each its own, in order. A formality in the passive
stays a formality, and what the board was told is no decision. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

OLD_STYLE = """\
SAMORDNINGSFÖRBUNDET I BLEKINGE

PROTOKOLL nr 2/2071

fört vid styrelsens sammanträde onsdagen den 15 april 2071, kl. 09.30–12.00, i Ronneby.

Närvarande ledamöter:
Berit Olsson, Ronneby kommun, ordförande
Nils Ek, Region Blekinge
Åsa Berg, Försäkringskassan

§ 9. Sammanträdets öppnande. Ordföranden hälsade ledamöterna välkomna och förklarade sammanträdet öppnat.

§ 10. Protokollet från den 4 mars. Godkändes och lades till handlingarna protokollet från sammanträdet den 4 mars.

§ 11. Plan för Ronneby kommun 2071. Förbundschefen gick igenom kommunens förslag. Fastställdes planen för Ronneby kommun för år 2071 med 700 000 kronor, varjämte uppdrogs åt förbundschefen att till nästa sammanträde redovisa hur planen skall följas upp.

§ 12. Plan för Olofströms kommun 2071. Flera ledamöter saknade en tidplan i förslaget. Med hänsyn till de brister som påtalats återremitterades ärendet till förbundschefen för komplettering till nästa sammanträde.

§ 13. Ansökan från en idrottsförening. Föreningen sökte 90 000 kronor för motionsgrupper. Avslogs ansökan, eftersom den faller utanför förbundets uppdrag.

§ 14. Projektet Ny start. Sammanträdet beslöt att bevilja projektet Ny start 150 000 kronor för år 2071. Tillika beslöts att Ronneby kommun senast den 30 november 2071 skall redovisa hur projektets deltagare rekryterats.

§ 15. Projektet Trappsteget. Styrelsen beslöt dels att bevilja projektet Trappsteget 80 000 kronor för år 2071, dels att Region Blekinge senast den 31 oktober 2071 skall redovisa projektets utfall.

§ 16. Kvartalsrapport. Förbundschefens rapport för årets första kvartal föredrogs. Lades rapporten till handlingarna.

§ 17. Förbundschefens information. Förbundschefen upplyste om en kommande nationell konferens. Därvid framkom att två ledamöter avser att delta.

§ 18. Ansökan om medel för en studiecirkel. Bordlades.

§ 19. Sammanträdets avslutande. Ordföranden tackade de närvarande och förklarade sammanträdet avslutat.
"""


def _kinds(cli, tmp_path) -> dict[str, str]:
    summary = imported(cli, minutes(tmp_path, "april.txt", OLD_STYLE))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_a_passive_past_verb_first_is_a_decision_of_its_kind(cli, tmp_path):
    kinds = _kinds(cli, tmp_path)
    assert (kinds.get("2071-2 §11:1"), kinds.get("2071-2 §13:1"), kinds.get("2071-2 §16:1")) == \
        ("plan", "rejection", "acknowledgement"), kinds


def test_an_adverbial_before_the_passive_verb_still_decides(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2071-2 §12:1") == "referral"


def test_a_verb_that_says_alone_what_was_done_needs_no_subject(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2071-2 §18:1") == "deferral"


def test_the_meeting_itself_decides_as_the_board_does(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2071-2 §14:1") == "grant"


def test_two_decisions_in_one_sentence_are_each_their_own_in_order(cli, tmp_path):
    kinds = _kinds(cli, tmp_path)
    assert [kinds.get(f"2071-2 §{n}") for n in ("11:2", "14:2", "15:1", "15:2")] == \
        ["assignment", "report", "grant", "report"], kinds


def test_a_formality_in_the_passive_and_what_was_told_decide_nothing(cli, tmp_path):
    kinds = _kinds(cli, tmp_path)
    assert not [id_ for id_ in kinds if id_.split("§")[1][:2] in ("09", "10", "17", "19")], kinds
    assert "2071-2 §11:3" not in kinds and "2071-2 §16:2" not in kinds


SUBJECT_FIRST = """\
SAMORDNINGSFÖRBUNDET I BLEKINGE

PROTOKOLL nr 4/2071

fört vid styrelsens sammanträde onsdagen den 15 september 2071, kl. 09.30–11.00, i Karlskrona.

Närvarande ledamöter:
Berit Olsson, Ronneby kommun, ordförande
Nils Ek, Region Blekinge

§ 30. Sammanträdets öppnande. Ordföranden förklarade sammanträdet öppnat.

§ 31. Projektet Ny start. Beslöts att bevilja projektet Ny start 60 000 kronor för år 2071.

§ 32. Plan för Karlshamns kommun 2071. Underlaget saknade en budget. Ärendet återremitterades till förbundschefen för komplettering till nästa sammanträde.

§ 33. Ansökan från en musikförening. Föreningens ansökan avslogs i sin helhet.

§ 34. Projektet Bron. Projektet, som beviljades medel i februari, har kommit igång. Ansökan om förlängning bordlades vid förra sammanträdet och väntar på yttrande.

§ 35. Sammanträdets avslutande. Ordföranden förklarade sammanträdet avslutat.
"""


def test_in_minutes_told_in_the_past_a_noun_before_the_passive_verb_decides_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "september.txt", SUBJECT_FIRST))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert (kinds.get("2071-4 §32:1"), kinds.get("2071-4 §33:1")) == ("referral", "rejection"), kinds
    assert not [id_ for id_ in kinds if "§34" in id_], kinds  # told of another meeting
    assert sorted(r["what"].split(":")[0] for r in summary["to_review"] if "past passive" in r["what"]) == ["§32", "§33"]


def test_in_minutes_that_decide_in_the_present_the_same_sentence_tells_what_happened(cli, tmp_path):
    present = SUBJECT_FIRST.replace("Beslöts att bevilja", "Styrelsen beviljar")
    summary = imported(cli, minutes(tmp_path, "september.txt", present))
    assert sorted(d["id"] for d in summary["decisions"]) == ["2071-4 §31:1"]
