"""A protocol's text as a PDF-to-text tool gives it: the label column kept by spaces, the text
beside it broken at a fixed width with words hyphenated at the line end (`till hand-` /
`lingarna.`). The word is made whole in the decision beside its label, and the line below loses
the half that went up. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

TEXT = """\
Protokoll styrelsemöte 1/2094
Datum: 2094-02-10
Plats: Förbundskansliet, Karlshamn
Justerare: Eva Lind

§ 4    Förbundschefens rapport

Ärendebeskrivning     Förbundschefen redogör för läget i insatserna vid årsskiftet och
                      för planeringen av vårens uppföljning.

Beslut                Förbundsstyrelsen beslutar att lägga informationen till hand-
                      lingarna.

§ 5    Ansökan om medel – Nya steg

Ärendebeskrivning     Karlshamns kommun ansöker om medel för insatsen Nya steg, men
                      ansökan saknar en budget för andra halvåret.

Beslut                Förbundsstyrelsen beslutar att återremittera ärendet till för-
                      bundschefen för komplettering. Ärendet ska åter behandlas senast
                      den 14 april 2094.
"""


def test_the_word_broken_beside_its_label_is_made_whole(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.txt", TEXT))
    decided = {d["id"]: (d["kind"], d["text"]) for d in summary["decisions"]}
    assert decided["2094-1 §04:1"] == ("acknowledgement", "Att lägga informationen till handlingarna."), decided
    assert decided["2094-1 §05:1"][1].startswith("Att återremittera ärendet till förbundschefen för komplettering."), decided
    row = follow_up(cli, "2094-1 §05:1", "2094-02-11")
    assert (row["responsible"], row["due"]) == ("förbundschefen", "2094-04-14"), row
