"""Attendance listed as `Name (Party)`, the member party in brackets (`Siv Holm (Region
Blekinge)`), with a role before it (`Ann Berg, ordförande (Ronneby kommun)`) or a § after it
(`…, ej § 4`, `…, tjänstgörande § 4`): each person read with that party as the organisation,
none skipped as unreadable. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

APRIL = """Samordningsförbundet i Blekinge län
Sammanträde nr 2/2034
Datum: 2034-04-10

Beslutande:      Ann Berg, ordförande (Ronneby kommun)
                 Siv Holm (Region Blekinge)
                 Olle Dahl (Karlskrona kommun), ej § 4

Ersättare:       Rut Lind (Karlskrona kommun), tjänstgörande § 4
                 Jan Ek (KD)

§ 4 Lokaler
Styrelsens beslut
1. Kansliet får i uppdrag att se över hyresavtalet till nästa sammanträde.
"""


def test_people_listed_with_their_party_in_brackets_are_read_with_it(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", APRIL))
    people = {a["name"]: a for a in view(cli, "attendance", "2034-2")}
    assert {n: a["organisation"] for n, a in people.items()} == {
        "Ann Berg": "Ronneby kommun", "Siv Holm": "Region Blekinge", "Olle Dahl": "Karlskrona kommun",
        "Rut Lind": "Karlskrona kommun", "Jan Ek": ""}
    assert (people["Ann Berg"]["role"], people["Siv Holm"]["role"], people["Olle Dahl"]["role"]) == (
        "ordförande", "ledamot", "ledamot")
    assert people["Rut Lind"]["role"] == "tjänstgörande ersättare" and people["Jan Ek"]["role"] == "ersättare"
    assert not [w for w in summary["warnings"] if "attendance" in w["message"]]
