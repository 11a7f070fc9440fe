"""A matter keeps its diarienummer across meetings: a later decision that ends an earlier one by it
alone (`upphäver beslutet om samverkansmedel till Lommarby kommun i ärende VSN 2096/011`, `ramen …,
dnr 2096/004, sänks … till totalt …; det nya beloppet ersätter det tidigare beviljade`) ends the
grant of the latest item filed under it that decided the matter: after a referral, the grant; not a
correction of its figure; and of that item only the grant, not the report asked with it. The
diarienummer is read in lower case too. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

FIRST = title_block(1, "2096-02-10") + """
§ 4 Ansökan om medel – Unga vuxna i arbete
Dnr VSN 2096/011
Beslut: Styrelsen beslutar att återremittera ärendet till förbundschefen för komplettering.

§ 5 Ansökan om medel – Steget vidare
Dnr VSN 2096/004
Beslut: Styrelsen beslutar att bevilja Ronneby kommun 540 000 kr för insatsen Steget vidare under 2096.
"""

SECOND = title_block(2, "2096-04-14") + """
§ 14 Ansökan om medel – Unga vuxna i arbete
Dnr VSN 2096/011
Beslut: Styrelsen beslutar
att bevilja Karlshamns kommun 300 000 kr för insatsen Unga vuxna i arbete under 2096,
att Karlshamns kommun ska redovisa insatsens resultat senast den 30 november 2096.

§ 15 Rättelse av beslut om Steget vidare
Dnr VSN 2096/004
Beslut: Styrelsen beslutar att rätta beslutet den 10 februari 2096, § 5, så att beloppet blir 560 000 kr.
"""

THIRD = title_block(3, "2096-09-15") + """
§ 31 Upphävande av beslut om medel – Unga vuxna i arbete
Dnr VSN 2096/011
Beslut: Styrelsen upphäver beslutet om samverkansmedel till Karlshamns kommun i ärende VSN 2096/011.

§ 32 Ändrad ram för Steget vidare
Dnr VSN 2096/004
Beslut: Styrelsen beslutar att ramen för Ronneby kommuns insats Steget vidare under 2096, dnr VSN 2096/004, sänks från 560 000 kr till totalt 400 000 kr. Det nya beloppet ersätter det tidigare beviljade.
"""


def test_the_latest_grant_under_the_diarienummer_is_ended_and_nothing_else(cli, tmp_path):
    for name, text in (("feb.txt", FIRST), ("apr.txt", SECOND), ("sep.txt", THIRD)):
        imported(cli, minutes(tmp_path, name, text))
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert statuses["2096-2 §14:1"] == "revoked", statuses  # the grant, after the referral under the same number
    assert statuses["2096-2 §14:2"] == "in_force", statuses  # the report asked with it stands
    assert statuses["2096-1 §04:1"] == "in_force", statuses
    assert statuses["2096-1 §05:1"] == "superseded", statuses  # the grant, not its correction
    assert statuses["2096-2 §15:1"] == "in_force", statuses
    grants = {g["decision"]: (g["amount_sek"], g["status"]) for g in view(cli, "grants", "--as-of", "2999-12-31")}
    assert grants["2096-3 §32:1"] == (400000, "in_force"), grants


LATER_IN_THE_MATTER = title_block(2, "2096-06-16") + """
§ 20 Sänkt bidrag för Steget vidare
Dnr VSN 2096/004
Beslut: Styrelsen beslutar att sänka bidraget till Ronneby kommun för insatsen Steget vidare 2096 till 300 000 kronor; beslutet ersätter styrelsens tidigare beslut om bidrag i ärendet.
"""


def test_a_decision_that_replaces_the_earlier_one_in_the_matter_ends_it_by_the_items_own_number(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FIRST))
    imported(cli, minutes(tmp_path, "jun.txt", LATER_IN_THE_MATTER))
    statuses = {d["id"]: d["status"] for d in view(cli, "decisions", "--as-of", "2999-12-31")}
    assert statuses["2096-1 §05:1"] == "superseded", statuses
    assert statuses["2096-1 §04:1"] == "in_force", statuses  # filed under another number
