"""Money the board grants to no single party: two or more parties named together with `gemensamt`
or `tillsammans` (`bevilja Ronneby kommun och Karlshamns kommun gemensamt 400 000 kr för projektet
Broar`), or a sum for a joint effort of all parties (`bevilja 200 tkr för en gemensam utbildning …`,
`… ur förbundets gemensamma medel för ett gemensamt seminarium …`). Each is a grant with no party,
kept under the project it names or under what it is for. A sum for something that is not said to be
joint and names no party is no such grant (who holds it is not said). Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

APRIL = """\
SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE
PROTOKOLL – Styrelsen
Sammanträdesdatum\t2074-04-02
Protokoll nr\t2/2074

§ 11 Projektet Broar
Ronneby kommun och Karlshamns kommun vill driva ett projekt för nyanlända tillsammans.
Styrelsen beslutar
a) att bevilja Ronneby kommun och Karlshamns kommun gemensamt 400 000 kr för projektet Broar under 2074.

§ 12 Kartläggning
Styrelsen beslutar
a) att bevilja Region Blekinge, Försäkringskassan och Arbetsförmedlingen tillsammans 150 000 kr för en kartläggning av väntetider.

§ 13 Utbildning för parternas chefer
Förbundschefen har tagit fram ett förslag om en utbildning.
Styrelsen beslutar
a) att bevilja 200 tkr för en gemensam utbildning för parternas chefer under 2074.

§ 14 Seminarium
Beslut:
Att bevilja 60.000:- ur förbundets gemensamma medel för ett länsgemensamt seminarium om psykisk hälsa.

§ 15 Studiebesök
Styrelsen beslutar
a) att bevilja 20 000 kr för ett studiebesök i Malmö.

§ 16 Kartläggning i Västblekinge
Styrelsens beslut
– Arbetsförmedlingen beviljas 90 000 kronor för gemensam kartläggning i Västblekinge under 2074.
"""


def _grants(cli, tmp_path) -> dict[str, tuple[list[str], str]]:
    """Each decision's grant events and its kind."""
    summary = imported(cli, minutes(tmp_path, "april.txt", APRIL))
    return {d["id"]: ([e for e in d["events"] if e.startswith("grant:")], d["kind"]) for d in summary["decisions"]}


def test_a_grant_said_to_be_joint_is_not_put_to_review_for_its_holder(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "april.txt", APRIL))
    assert not [r for r in summary["to_review"] if "granted to no party" in r["what"]], summary["to_review"]


def test_two_parties_granted_money_together_is_a_grant_to_no_party_under_the_project(cli, tmp_path):
    events, kind = _grants(cli, tmp_path)["2074-2 §11:1"]
    assert kind == "grant"
    assert events == ["grant: 400 000 kr to Broar for 2074 (Ronneby kommun och Karlshamns kommun gemensamt) by 2074-2 §11:1"]


def test_three_parties_together_without_a_project_name_keep_the_grant_under_its_purpose(cli, tmp_path):
    events, kind = _grants(cli, tmp_path)["2074-2 §12:1"]
    assert kind == "grant" and len(events) == 1 and "150 000 kr" in events[0] and "kartläggning" in events[0], events


def test_money_for_a_joint_effort_of_all_parties_is_a_grant_to_no_party(cli, tmp_path):
    grants = _grants(cli, tmp_path)
    for id_, amount in (("2074-2 §13:1", "200 000 kr"), ("2074-2 §14:1", "60 000 kr")):
        events, kind = grants[id_]
        assert kind == "grant" and len(events) == 1 and amount in events[0], (id_, events)


def test_money_for_something_neither_joint_nor_anyones_is_no_such_grant(cli, tmp_path):
    events, kind = _grants(cli, tmp_path)["2074-2 §15:1"]
    assert (kind, events) == ("other", []), (kind, events)


def test_money_for_a_joint_effort_granted_to_a_party_named_before_the_verb_is_that_partys(cli, tmp_path):
    events, kind = _grants(cli, tmp_path)["2074-2 §16:1"]
    assert kind == "grant" and len(events) == 1 and events[0].startswith("grant: 90 000 kr to Arbetsförmedlingen"), events
