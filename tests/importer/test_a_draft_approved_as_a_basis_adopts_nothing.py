"""A draft approved only as the basis for consulting the members (`godkänns som underlag för
samråd`, `… för remiss`) adopts no document yet: the document is adopted when the board takes
it after the consultation. Minutes of our own."""

from __future__ import annotations

import pytest

from tests.importer.steps import decision, imported, minutes

MINUTES = """\
Sammanträde nr 4/2046
Datum: 2046-10-05

§ 40 Samverkansavtal 2047
Beslut: {sentence}
"""


@pytest.mark.parametrize("sentence", [
    "Förslaget till samverkansavtal 2047 godkänns som underlag för samråd med medlemmarna.",
    "Styrelsen godkänner utkastet till samverkansavtal 2047 som underlag för remiss till medlemmarna.",
])
def test_a_draft_approved_as_a_basis_for_consultation_is_no_document_adopted(cli, tmp_path, sentence):
    imported(cli, minutes(tmp_path, "okt.txt", MINUTES.format(sentence=sentence)))
    assert decision(cli, "2046-4 §40:1")["kind"] == "other"


def test_the_same_document_adopted_outright_is_a_document(cli, tmp_path):
    imported(cli, minutes(tmp_path, "okt.txt", MINUTES.format(sentence="Samverkansavtal 2047 godkänns.")))
    assert decision(cli, "2046-4 §40:1")["kind"] == "document"
