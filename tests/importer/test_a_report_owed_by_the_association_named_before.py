"""An association granted money for its project and then called by its kind alone (`Föreningen
ska lämna en lägesrapport …`) owes the report by the full name the § gave it (`Föreningen
Stegvis`), with a doubt, since the name is taken from elsewhere in the §. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, follow_up, imported, minutes

MINUTES = """\
Sammanträde nr 3/2049
Datum: 2049-05-17

§ 31 Projekt Ett steg till
Föreningen Stegvis ansöker om medel för projektet Ett steg till.
Beslut:
1. Föreningen Stegvis beviljas 410 000 kr för projektet Ett steg till under 2049.
2. Föreningen ska lämna en lägesrapport vid styrelsens sammanträde i november 2049.
"""


def test_the_association_called_by_its_kind_owes_the_report_by_its_full_name(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", MINUTES))
    assert decision(cli, "2049-3 §31:2")["kind"] == "report"
    owed = follow_up(cli, "2049-3 §31:2", "2049-06-01")
    assert (owed["kind"], owed["responsible"], owed["due"]) == ("report", "Föreningen Stegvis", "2049-11")
    assert any("§31:2" in d["what"] for d in summary["to_review"]), summary["to_review"]
