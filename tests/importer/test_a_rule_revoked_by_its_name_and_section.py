"""A decision revoked by naming what it adopted and where (`Att upphäva riktlinjen för utlåning,
antagen 2081-03-20, § 12.`) is a revocation of that §'s decision, found by the date and §, though
the words `beslutet` and an id are missing. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

MARCH = title_block(1, "2081-03-20") + "\n§ 12 Riktlinje för utlåning\nBeslut: Att anta riktlinjen för utlåning av materiel.\n"
JUNE = title_block(2, "2081-06-12") + ("\n§ 30 Riktlinje för utlåning\nBeslut: Att upphäva riktlinjen för utlåning av materiel, "
                                       "antagen 2081-03-20, § 12.\n")


def test_the_rule_named_and_cited_is_revoked(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    decisions = {d["id"]: (d["kind"], d["status"]) for d in view(cli, "decisions", "--as-of", "2081-12-31")}
    assert decisions["2081-2 §30:1"] == ("revocation", "in_force")
    assert decisions["2081-1 §12:1"] == ("document", "revoked")
