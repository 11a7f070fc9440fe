"""A referral back told in plain words by a hand that does not write `återremittera`: the plan or
application sent back (`skicka tillbaka ansökan till …`, `skicka planen tillbaka`), or the word
given in brackets (`(återremiss)`), returning when the sentence says. Money sent back
(`skicka tillbaka pengarna`) is no referral. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

SENT_BACK = """\
Protokoll styrelsemöte 3/6 2071
Samordningsförbundet FINSAM Blekinge, styrelsen
Datum: 3 juni 2071

Punkt 1. Mötet öppnas
Ordföranden öppnade mötet.
Punkt 2. Ansökan från Karlshamns kommun
Ansökan saknade en budget. Styrelsen beslöt att skicka tillbaka ansökan till Karlshamn så att de kan komplettera den, och den ska tas upp på nästa möte.
Punkt 3. Insatsplan för Olofströms kommun 2072
Styrelsen beslöt att skicka planen tillbaka (återremiss) till Olofström eftersom målen saknades.
Punkt 4. Projektet Ung framtid
Projektet blev billigare än planerat. Styrelsen beslöt att projektet ska skicka tillbaka pengarna som blev över.
Punkt 5. Mötet avslutas
Ordföranden avslutade mötet.
"""


def _kinds(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "juni.txt", SENT_BACK))
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_a_matter_sent_back_is_a_referral_due_when_the_sentence_says(cli, tmp_path):
    kinds = _kinds(cli, tmp_path)
    assert kinds.get("2071-1 §02:1") == "referral", kinds
    assert follow_up(cli, "2071-1 §02:1", "2071-06-04")["due"] == "next-meeting"


def test_a_plan_sent_back_with_the_word_in_brackets_is_a_referral(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2071-1 §03:1") == "referral"


def test_money_sent_back_is_no_referral(cli, tmp_path):
    assert _kinds(cli, tmp_path).get("2071-1 §04:1") != "referral"
