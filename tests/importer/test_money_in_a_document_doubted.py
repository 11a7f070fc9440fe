"""A decision read as adopting a document, whose own words name money and a member party, with no
grant read from it: perhaps the party's plan and its money in words no rule knows, so it goes to
review rather than being recorded as a document without a word. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

MARCH = """Sammanträde nr 2/2073
Datum: 2073-03-20

§ 11 Överenskommelse med Ronneby kommun

Styrelsen beslutar
att fastställa samverkansöverenskommelsen 2073 med Ronneby kommun med en kostnadsram om 410 000 kronor.

§ 12 Budget 2074

Styrelsen beslutar
att fastställa budget för 2074 om 9,2 mnkr.

§ 13 FINSAM-plan för Olofströms kommun

Styrelsen beslutar
att fastställa Olofströms kommuns FINSAM-plan 2073 och bevilja 260 000 kronor för dess genomförande.
"""


def _doubted(summary) -> list[str]:
    return [d["what"] for d in summary["to_review"] if "no grant was read" in d["what"]]


def test_a_document_that_names_money_and_a_party_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert _doubted(summary) == [
        "2073-2 §11:1: read as adopting a document, but it names 410 000 kronor and Ronneby kommun; no grant was read from it"]
