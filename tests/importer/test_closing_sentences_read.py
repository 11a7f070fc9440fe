"""A § that closes on a plain sentence, no `Beslut` label over it (#24 A.1): the board taking note
now is an acknowledgement, a struck item a withdrawal; a § that only places documents on file, or
takes part of what it was told, is put to review, never passed over in silence; and a proposal
that a line leads in to (`Kansliet föreslår att styrelsen beslutar` / `att …` / `att …`) is decided
clause by clause. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

AUTUMN = """\
Protokoll fört vid sammanträde nr 5/2031 med styrelsen

Tid och plats
Måndagen den 13 oktober 2031, kl. 10.00, Folkets hus i Tingsryd

§ 40 Sammanträdets öppnande

Ordföranden hälsar alla välkomna.

§ 41 Kansliets rapport

Kansliet berättar om
- flytten till nya lokaler i december,
- höstens utbildningsdag för handläggare.

Styrelsen noterar rapporten.

§ 42 Delårsbokslut

Ekonomen går igenom bokslutet per augusti. Utfallet följer budget.

Bokslutet noteras och läggs till handlingarna.

§ 43 Ansökan från Tingsryds kommun

Kommunen har dragit tillbaka sin ansökan före sammanträdet.

Ärendet utgår från föredragningslistan.

§ 44 Inkomna skrivelser

- Brev från länsstyrelsen om regional samverkan, 2031-09-20
- Minnesanteckningar från arbetsgruppen, 2031-09-28

Skrivelserna läggs till handlingarna.

§ 45 Handlingsplan för unga

Förslag till beslut
Kansliet föreslår att styrelsen beslutar
att anta handlingsplanen för unga vuxna 2032,
att kansliet redovisar planens första resultat vid sammanträdet i juni 2032.

Beslut
Styrelsen beslutar enligt förslaget.

§ 46 Diskussion om hösten

Styrelsen tog del av informationen om höstens planering.

§ 47 Länsstyrelsens besök

Länsstyrelsens handläggare berättar om den regionala strategin.

Styrelsen tar del av informationen.
"""


def test_the_board_taking_note_now_is_an_acknowledgement(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "oktober.txt", AUTUMN))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds["2031-5 §41:1"] == "acknowledgement"
    assert kinds["2031-5 §42:1"] == "acknowledgement"


def test_an_item_struck_in_a_sentence_of_its_own_is_a_withdrawal(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "oktober.txt", AUTUMN))
    assert {d["id"]: d["kind"] for d in summary["decisions"]}["2031-5 §43:1"] == "withdrawal"


def test_documents_placed_on_file_with_no_decision_read_go_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "oktober.txt", AUTUMN))
    assert not [d for d in summary["decisions"] if d["id"].startswith("2031-5 §44")]
    assert [d["what"] for d in summary["to_review"] if d["what"].startswith("§44 ")] == [
        "§44 Inkomna skrivelser: places something on file or notes it ('läggs till handlingarna') but no decision was read "
        "from it; if the board acknowledged it, add the acknowledgement; see lines 30–36"]


def test_a_proposal_led_in_by_who_proposes_is_decided_clause_by_clause(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "oktober.txt", AUTUMN))
    texts = {d["id"]: d["text"] for d in summary["decisions"]}
    assert texts["2031-5 §45:1"] == "Att anta handlingsplanen för unga vuxna 2032."
    assert texts["2031-5 §45:2"].startswith("Att kansliet redovisar planens första resultat")


def test_the_board_taking_part_of_information_now_goes_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "oktober.txt", AUTUMN))
    assert not [d for d in summary["decisions"] if d["id"].startswith("2031-5 §47")]
    assert [d["what"].split(":")[0] for d in summary["to_review"] if "('tar del av')" in d["what"]] == [
        "§47 Länsstyrelsens besök"]


def test_what_the_board_was_told_of_in_the_past_stays_information(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "oktober.txt", AUTUMN))
    assert not [d for d in summary["decisions"] if d["id"].startswith("2031-5 §46")]


REPORTS_NOTED = """\
Protokoll fört vid styrelsemöte nr 2/2031

Tid och plats
Torsdagen den 20 mars 2031, kl. 09.00, Ronneby

§ 14 Rapporter

a) Förbundschefen berättade om höstens nätverksträff. Rapporten noterades.
b) Kassören gick igenom bokslutet. Rapporten noterades.

§ 15 Medel till en förstudie

Beslut: att bevilja Ronneby kommun 60 000 kr för en förstudie om mötesplatser under 2031.
"""


def test_reports_noted_in_the_past_go_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", REPORTS_NOTED))
    # Each lettered report is read as noted (`lettered.py`), but from the past tense: to review.
    assert [d["what"].split(":")[0] for d in summary["to_review"] if "noterades" in d["what"]] == ["§14 Rapporter"]
    assert [d["kind"] for d in summary["decisions"] if d["id"].startswith("2031-2 §14")] == ["acknowledgement"] * 2
