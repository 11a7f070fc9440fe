"""A report owed by someone who is no member party: an officer told that they shall report
(`ska redovisa`), or a project (its styrgrupp, its owner) whose § names no party running it. Such
a report is a report, owed by that name, in the follow-ups, the review file and by hand; an officer
told what to do without `ska` keeps an assignment. Minutes of our own."""

from __future__ import annotations

import json

from tests.conftest import stored_events
from tests.importer.steps import edited, follow_up, imported, minutes, undoubted

SEPTEMBER = """Styrelsemöte 2027-5, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2027-09-13, kl. 13:00

§3 Byte av lokaler

Kansliet flyttar till nya lokaler under hösten.

Styrelsen beslutade:
Beslut 2027-5 §03:1
Att förbundschefen ska vid oktobermötet redovisa kostnaderna för flytten.
Beslut 2027-5 §03:2
Att kansliet skall lämna en lägesrapport om den nya webbplatsen senast den 15 november 2027.

§4 Rekrytering av samordnare

Styrelsen beslutade:
Beslut 2027-5 §04:1
Att förbundschefen till nästa möte redovisar hur rekryteringen går.
Beslut 2027-5 §04:2
Att förbundschefen ska ta fram en annons och redovisa den i december.

§5 Ansökan om medel – Nya spår

Olofströms kommun söker medel för ett projekt för långtidsarbetslösa.

Styrelsen beslutade:
Beslut 2027-5 §05:1
Att bevilja Olofströms kommun 300 000 kr för projektet Nya spår under 2027.
Beslut 2027-5 §05:2
Att projektet ska lämna en delrapport senast den 31 oktober 2027.

§6 Ansökan om medel – Bron

Ronneby kommun och Försäkringskassan ansöker gemensamt om medel för stöd till unga med psykisk
ohälsa. Ronneby kommun är projektägare.

Styrelsen beslutade:
Beslut 2027-5 §06:1
Att bevilja projektet Bron 200 000 kr för 2027.
Beslut 2027-5 §06:2
Att projektägaren lämnar en slutrapport senast den 31 januari 2028.

§7 Ansökan om medel – Ljusglimt

Ansökan har kommit in från flera av förbundets parter.

Styrelsen beslutade:
Beslut 2027-5 §07:1
Att bevilja projektet Ljusglimt 120 000 kr för 2027.
Beslut 2027-5 §07:2
Att projektets styrgrupp lämnar en lägesrapport senast den 30 november 2027.
"""


def _owed(cli, source: str) -> tuple[str, str, str]:
    row = follow_up(cli, source, "2027-09-20")
    return row["kind"], row["responsible"], row["due"]


def test_an_officer_who_shall_report_owes_a_report_by_the_officers_name(cli, tmp_path):
    imported(cli, minutes(tmp_path, "september.txt", SEPTEMBER))
    assert _owed(cli, "2027-5 §03:1") == ("report", "förbundschefen", "2027-10")
    assert _owed(cli, "2027-5 §03:2") == ("report", "kansliet", "2027-11-15")


def test_an_officer_told_without_shall_or_to_do_more_than_report_keeps_an_assignment(cli, tmp_path):
    imported(cli, minutes(tmp_path, "september.txt", SEPTEMBER))
    assert _owed(cli, "2027-5 §04:1")[:2] == ("assignment", "förbundschefen")
    assert _owed(cli, "2027-5 §04:2")[:2] == ("assignment", "förbundschefen")


def test_a_projects_report_is_owed_by_its_owner_or_the_party_granted_its_money(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "september.txt", SEPTEMBER))
    assert _owed(cli, "2027-5 §05:2") == ("report", "Olofströms kommun", "2027-10-31")
    assert _owed(cli, "2027-5 §06:2") == ("report", "Ronneby kommun", "2028-01-31")
    doubts = [r["what"] for r in undoubted(summary)]
    assert any(w.startswith("2027-5 §05:2: the project's report owed by Olofströms kommun") for w in doubts), doubts
    assert not any(w.startswith("2027-5 §06:2") for w in doubts), doubts


def test_a_projects_report_its_steering_group_owes_is_owed_by_the_group_and_the_grant_to_no_party_put_to_review(
        cli, tmp_path):
    """The decision names who owes the report (`projektets styrgrupp`): read, not worked out; what is
    in doubt is the money granted to a project no party the § names runs."""
    summary = imported(cli, minutes(tmp_path, "september.txt", SEPTEMBER))
    assert _owed(cli, "2027-5 §07:2") == ("report", "styrgruppen för Ljusglimt", "2027-11-30")
    doubts = [r["what"] for r in undoubted(summary)]
    assert any(w.startswith("2027-5 §07:1: money for Ljusglimt, which no party the § names runs") for w in doubts), doubts
    assert not any(w.startswith("2027-5 §07:2") for w in doubts), doubts


def test_the_review_file_keeps_a_report_owed_by_a_body_and_refuses_a_body_beside_parties(cli, tmp_path):
    september = minutes(tmp_path, "september.txt", SEPTEMBER)
    review = tmp_path / "september.toml"
    assert cli("import-minutes", str(september), "--review", str(review)).exit_code == 0
    assert 'responsible = ["styrgruppen för Ljusglimt"]' in review.read_text(encoding="utf-8")
    edited(review, 'responsible = ["styrgruppen för Ljusglimt"]', 'responsible = ["Ljusglimt", "Ronneby kommun"]')
    refused = cli("import-minutes", str(september), "--accept", str(review))
    assert refused.exit_code == 2 and "unknown party 'Ljusglimt'" in refused.output
    edited(review, 'responsible = ["Ljusglimt", "Ronneby kommun"]', 'responsible = ["projektet Ljusglimt"]')
    assert cli("import-minutes", str(september), "--accept", str(review)).exit_code == 0
    assert _owed(cli, "2027-5 §07:2")[:2] == ("report", "projektet Ljusglimt")


def test_a_report_owed_by_a_body_is_obliged_by_hand_and_found_by_who_owes_it(cli):
    for step in (("meeting", "2027-6", "--date", "2027-10-11", "--place", "Ronneby"),
                 ("decide", "2027-6 §04:1", "Att förbundschefen ska redovisa utfallet.", "--kind", "report"),
                 ("decide", "2027-6 §04:2", "Att Ronneby kommun ska redovisa läget.", "--kind", "report"),
                 ("oblige", "förbundschefen", "utfallet", "--by", "2027-6 §04:1", "--due", "2027-12", "--body")):
        result = cli(*step)
        assert result.exit_code == 0, (step, result.output)
    assert "report required of förbundschefen by 2027-6 §04:1" in result.output
    rows = json.loads(cli("follow-ups", "--as-of", "2027-10-12", "--responsible", "förbundschefen", "--format", "json").output)
    assert [(r["kind"], r["responsible"]) for r in rows] == [("report", "förbundschefen")]
    unknown = cli("oblige", "förbundschefen", "läget", "--by", "2027-6 §04:2", "--due", "2027-12")
    assert unknown.exit_code == 2 and "unknown party 'förbundschefen'" in unknown.output
    party = cli("oblige", "Ronneby kommun", "läget", "--by", "2027-6 §04:2", "--due", "2027-12", "--body")
    assert party.exit_code == 2 and "is the member party Ronneby kommun; name it as the party" in party.output


def test_a_body_spelt_almost_as_a_party_is_refused_by_hand_and_in_a_review_and_nothing_is_written(cli, tmp_path, store):
    """`Karlskrona kommune` is a party misspelt, not a body: taken as a body, the report would be
    owed by no party, and the party's open follow-ups would miss it."""
    for step in (("meeting", "2027-6", "--date", "2027-10-11", "--place", "Ronneby"),
                 ("decide", "2027-6 §04:1", "Att Karlskrona kommun ska redovisa läget.", "--kind", "report")):
        assert cli(*step).exit_code == 0
    before = stored_events(store)
    misspelt = cli("oblige", "Karlskrona kommune", "läget", "--by", "2027-6 §04:1", "--due", "2027-12", "--body")
    assert misspelt.exit_code == 2, misspelt.output
    assert "'Karlskrona kommune' is no member party, but is spelt almost as Karlskrona kommun is" in misspelt.output
    assert stored_events(store) == before
    september = minutes(tmp_path, "september.txt", SEPTEMBER)
    review = tmp_path / "september.toml"
    assert cli("import-minutes", str(september), "--review", str(review)).exit_code == 0
    edited(review, 'responsible = ["förbundschefen"]', 'responsible = ["Karlskrona kommune"]')
    refused = cli("import-minutes", str(september), "--accept", str(review))
    assert refused.exit_code == 2 and "spelt almost as Karlskrona kommun is" in refused.output, refused.output
    assert stored_events(store) == before
