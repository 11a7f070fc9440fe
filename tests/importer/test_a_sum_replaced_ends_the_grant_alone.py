"""A grant raised to a new total that says it replaces the sum of the earlier decision (`… uppgår till
totalt 750 000 kr och ersätter beloppet i beslutet 2077-02-10 § 6`) ends that decision's grant, not
the report it asked for beside it, and is granted the new total; so does one that replaces `beslutet om
600 000 kronor den 10 februari 2077, § 6`, the decision named by its sum; money added that replaces nothing
(`ytterligare 100 000 kr …, totalt 700 000 kr`) is the money it adds. Minutes of our own, two meetings."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block, view

FEBRUARY = title_block(1, "2077-02-10") + """
§ 6  Projektet Steget – Karlshamns kommun

Beslut: Styrelsen beviljar Karlshamns kommun 600 000 kr för projektet Steget under 2077. Karlshamns kommun ska lämna en lägesrapport för projektet senast den 30 september 2077.
"""

APRIL = title_block(2, "2077-04-21") + """
§ 15  Projektet Steget – utökade medel

Beslut: Styrelsen beviljar Karlshamns kommun ytterligare 150 000 kr för projektet Steget, vilket innebär att medlen för 2077 uppgår till totalt 750 000 kr och ersätter beloppet i beslutet 2077-02-10 § 6.
"""


def test_the_earlier_grant_ends_and_the_report_asked_beside_it_stands(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2077-12-31")}
    assert (statuses["2077-1 §06:1"], statuses["2077-1 §06:2"]) == ("superseded", "in_force")
    assert follow_up(cli, "2077-1 §06:2", "2077-06-01")["status"] == "open"


def test_a_grant_raised_to_a_new_total_that_replaces_the_sum_is_the_total(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "april.txt", APRIL))
    grants = {g["decision"]: (g["amount_sek"], g["status"]) for g in view(cli, "grants", "--as-of", "2077-12-31")}
    assert grants == {"2077-1 §06:1": (600000, "superseded"), "2077-2 §15:1": (750000, "in_force")}


def test_money_added_that_replaces_nothing_is_the_money_added(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    added = APRIL.replace("uppgår till totalt 750 000 kr och ersätter beloppet i beslutet 2077-02-10 § 6.",
                          "uppgår till totalt 750 000 kr.")
    imported(cli, minutes(tmp_path, "april.txt", added))
    grants = {g["decision"]: (g["amount_sek"], g["status"]) for g in view(cli, "grants", "--as-of", "2077-12-31")}
    assert grants == {"2077-1 §06:1": (600000, "in_force"), "2077-2 §15:1": (150000, "in_force")}


def test_a_total_replacing_the_granting_ends_the_grant_alone(cli, tmp_path):
    """`… beslutet ersätter beviljandet i beslut 2077-02-10, § 6`: the grant, not the report beside it."""
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    granting = APRIL.replace("och ersätter beloppet i beslutet 2077-02-10 § 6.", "; beslutet ersätter beviljandet i beslut 2077-02-10, § 6.")
    assert granting != APRIL
    imported(cli, minutes(tmp_path, "april.txt", granting))
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2077-12-31")}
    assert (statuses["2077-1 §06:1"], statuses["2077-1 §06:2"]) == ("superseded", "in_force"), statuses


def test_a_total_replacing_the_decision_named_by_its_sum_ends_the_grant_alone(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    by_sum = APRIL.replace("Styrelsen beviljar Karlshamns kommun ytterligare 150 000 kr för projektet Steget, vilket innebär att "
                           "medlen för 2077 uppgår till totalt 750 000 kr och ersätter beloppet i beslutet 2077-02-10 § 6.",
                           "Karlshamns kommun beviljas totalt 750 000 kronor för projektet Steget 2077, vilket ersätter "
                           "beslutet om 600 000 kronor den 10 februari 2077, § 6.")
    assert by_sum != APRIL
    imported(cli, minutes(tmp_path, "april.txt", by_sum))
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2077-12-31")}
    assert (statuses["2077-1 §06:1"], statuses["2077-1 §06:2"]) == ("superseded", "in_force"), statuses


def test_a_revocation_of_the_decision_to_grant_the_sum_ends_the_grant_alone(cli, tmp_path):
    """`upphäva beslutet … § 6 om att bevilja Karlshamns kommun 600 000 kr`: the grant, not the report beside it."""
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    revoked = title_block(2, "2077-04-21") + """
§ 15  Projektet Steget – upphävande

Beslut: Styrelsen beslutar att upphäva beslutet 2077-02-10 § 6 om att bevilja Karlshamns kommun 600 000 kr för projektet Steget.
"""
    imported(cli, minutes(tmp_path, "april.txt", revoked))
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2077-12-31")}
    assert (statuses["2077-1 §06:1"], statuses["2077-1 §06:2"]) == ("revoked", "in_force"), statuses
