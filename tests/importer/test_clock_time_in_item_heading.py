"""Running minutes put the time an item was taken up between its § and its title
(`§ 12  kl. 13.05  Budget 2082`, `§ 13 kl 9:40 Val av revisor`): the item is still § 12 with
its title, and its decisions are numbered from it. A line that runs on in lower case after the
§ and the time (`§ 14 kl. 14.10 återupptogs …`) is prose, not a new item. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

RUNNING = """\
FÖRBUNDET I KRONOBERG
Styrelsen – protokoll nr 2/2082

Sammanträdesdag: tisdagen den 11 april 2082
Plats: Kansliet, Växjö

Närvarande: Ida Ström (ordförande), Olle Berg, Mira Lund

§ 11  kl. 13.00  Sammanträdets öppnande

Ordföranden öppnade mötet.

§ 12  kl. 13.05  Rapport om budgetläget

Ekonomen redogjorde för läget.

Styrelsen beslutade att lägga rapporten till handlingarna.

§ 13 kl 13:40 Ansökan från Växjö kommun

Kommunen sökte medel för ett nytt projekt.

Styrelsen beslutade att avslå ansökan.
§ 13 kl. 14.10 återupptogs behandlingen efter en kort paus, utan att något nytt framkom.

§ 15  kl. 14.30  Sammanträdets avslutande

Ordföranden avslutade mötet.
"""


def _summary(cli, tmp_path):
    return imported(cli, minutes(tmp_path, "april.txt", RUNNING))


def test_a_clock_time_after_the_paragraph_sign_keeps_the_item_and_its_title(cli, tmp_path):
    kinds = {d["id"]: d["kind"] for d in _summary(cli, tmp_path)["decisions"]}
    assert kinds.get("2082-2 §12:1") == "acknowledgement", kinds


def test_a_clock_without_a_dot_and_with_a_colon_also_keeps_the_item(cli, tmp_path):
    kinds = {d["id"]: d["kind"] for d in _summary(cli, tmp_path)["decisions"]}
    assert kinds.get("2082-2 §13:1") == "rejection", kinds


def test_a_line_running_on_in_lower_case_after_the_time_opens_no_item(cli, tmp_path):
    refs = [i["ref"] for i in _summary(cli, tmp_path)["items"] if i["ref"]]
    assert refs.count("2082-2 §13") <= 1 and "2082-2 §14" not in refs, refs
