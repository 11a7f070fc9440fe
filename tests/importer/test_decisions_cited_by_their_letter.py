"""A decision cited by the letter of its point, where a § lists its decisions `a) att …`, `b) att …`:
`beslut 2073-03-03 § 4 b`, `(§ 4 a)`, `§ 5 punkt c`, `protokoll 1/2073 § 5 punkt a`. The letter names
one decision (a the first, b the second …), so what the citation does — supersede, revoke, fulfil —
reaches that decision only. A § cited with no letter is still cited whole; and a report the citing § says is
still `under arbete` is not delivered. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, follow_up, imported, minutes

MARCH = """\
SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE
PROTOKOLL – Styrelsen
Sammanträdesdatum\t2073-03-03
Protokoll nr\t1/2073

§ 4 Projektet Nya vägar
Försäkringskassan söker medel för projektet Nya vägar.
Styrelsen beslutar
a) att bevilja Försäkringskassan 400 000 kr för projektet Nya vägar under 2073,
b) att Försäkringskassan ska lämna en delrapport om projektet senast 30 juni 2073.

§ 5 Kommunernas planer
Två kommuner har lämnat planer.
Styrelsen beslutar
a) att Ronneby kommun ska lämna en rapport om hur planen har tagits emot senast 31 maj 2073,
b) att bevilja Ronneby kommun 250 000 kr för uppföljningen under 2073,
c) att Olofströms kommun ska lämna en rapport om deltagarnas antal senast 31 maj 2073.

§ 6 Lokaler
Styrelsen beslutar
a) att bevilja Ronneby kommun 90 000 kr för lokaler under 2073,
b) att Ronneby kommun ska lämna en rapport om lokalkostnaderna senast 31 augusti 2073.
"""

JUNE = """\
SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE
PROTOKOLL – Styrelsen
Sammanträdesdatum\t2073-06-09
Protokoll nr\t2/2073

§ 14 Projektet Nya vägar – delrapport och utökning
Försäkringskassan har lämnat den delrapport som begärdes i beslut 2073-03-03 § 4 b.
Styrelsen beslutar
a) att lägga delrapporten till handlingarna,
b) att bevilja Försäkringskassan 520 000 kr för projektet Nya vägar under 2073; beslutet ersätter beslut 2073-03-03 § 4 a.

§ 15 Ronneby kommuns redovisning
Ronneby kommun har enligt protokoll 1/2073 § 5 punkt a redovisat hur planen har tagits emot. Redovisningen föredras.
Styrelsen beslutar
a) att lägga redovisningen till handlingarna.

§ 16 Lokaler
Ronneby kommun har avstått lokalerna.
Styrelsen beslutar
a) att upphäva beslut 2073-03-03 § 6.

§ 17 Olofströms kommuns rapport
Enligt protokoll 1/2073 § 5 punkt c skulle Olofströms kommun lämna en rapport till detta möte. Kommunen meddelar att rapporten är under arbete.
Styrelsen beslutar
a) att lägga informationen till handlingarna.
"""


def _imported(cli, tmp_path) -> None:
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))


def test_a_lettered_citation_supersedes_only_the_decision_of_its_letter(cli, tmp_path):
    _imported(cli, tmp_path)
    assert decision(cli, "2073-1 §04:1")["status"] == "superseded"
    assert decision(cli, "2073-1 §04:2")["status"] == "in_force"


def test_the_purpose_of_a_grant_ends_where_its_clause_does(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    grant = next(e for d in summary["decisions"] if d["id"] == "2073-2 §14:2" for e in d["events"] if e.startswith("grant:"))
    assert "ersätter" not in grant, grant


def test_a_lettered_citation_fulfils_the_report_of_its_letter(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2073-1 §04:2", "2073-07-01")["status"] == "done"


def test_a_point_by_letter_fulfils_that_point_and_not_its_neighbours(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2073-1 §05:1", "2073-07-01")["status"] == "done"
    assert follow_up(cli, "2073-1 §05:3", "2073-07-01")["status"] == "overdue"


def test_a_report_said_to_be_under_way_is_not_delivered(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2073-1 §05:3", "2073-07-01")["status"] == "overdue"


def test_a_section_cited_without_a_letter_is_still_cited_whole(cli, tmp_path):
    _imported(cli, tmp_path)
    assert [decision(cli, f"2073-1 §06:{n}")["status"] for n in (1, 2)] == ["revoked", "revoked"]
