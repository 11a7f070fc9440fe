"""What a meeting is, and which § a line belongs to, read from the layout rather than from the
first words that look like it (#24): a § headed as a formality holds formalities however they are
worded (the next meeting's day told under a `Beslut` label too), a § cited at the start of a wrapped
line is no heading, and a title block in columns names
the meeting under its `Sammanträde` label though a later line cites another meeting. Minutes of
our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes

WINTER = """\
KOMMUNALFÖRBUNDET VÄSTRA SKOGEN             PROTOKOLL
Styrelsen                      Sammanträdesdatum      Sammanträde
                               2032-12-06             2032:7

Tid och plats
Måndagen den 6 december 2032, kl. 13.00, Kommunhuset i Vaggeryd

§ 80 Val av justerare samt tid för justering

Styrelsens beslut
- Eva Holm utses att jämte ordföranden justera dagens protokoll.
- Justeringen sker på kansliet tisdagen den 14 december 2032.

§ 81 Dagordning

Styrelsens beslut
- Dagordningen godkänns. Ett ärende om rättelse av beslut tillkommer och tas upp som § 84.

§ 82 Föregående protokoll

Styrelsens beslut
- Protokoll 2032:6 från den 1 november 2032 läggs till handlingarna.

§ 83 Återrapport om uppdrag – gemensam upphandling

Ärendebeskrivning
Kansliet återrapporterar det uppdrag som styrelsen gav den 3 maj 2032,
§ 41. Kansliet bedömer att en gemensam upphandling kan genomföras under våren.

Styrelsens beslut
- Återrapporten godkänns.
- Kansliet ges i uppdrag att genomföra upphandlingen före den 30 april 2033.
"""


def test_a_title_block_in_columns_names_the_meeting_a_later_line_only_cites(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "december.txt", WINTER))
    assert summary["meeting"] == "2032-7"


def test_a_section_headed_as_a_formality_records_no_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "december.txt", WINTER))
    assert not [d["id"] for d in summary["decisions"] if d["id"].split(" ")[1][:3] in ("§80", "§81", "§82")]


def test_a_section_cited_at_the_start_of_a_wrapped_line_is_no_heading(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "december.txt", WINTER))
    assert [(d["id"], d["kind"]) for d in summary["decisions"]] == [
        ("2032-7 §83:1", "acknowledgement"), ("2032-7 §83:2", "assignment")]


SPRING = """\
Styrelsen, sammanträde 2033:2
Sammanträdesdatum: 2033-03-14

§ 21 Godkännande av dagordning

Beslut
Dagordningen godkänns med tillägg av ett ärende om rättelse av ett beviljat belopp, § 24.

§ 24 Rättelse

Beslut
Styrelsen beslutar att beloppet i beslutet den 6 december 2032, § 83, rättas till 45 000 kr.

§ 25 Nästa sammanträde

Beslut
Nästa sammanträde hålls torsdagen den 18 maj 2033 kl. 09.00 i Bröddala kommunhus.
"""


def test_an_agenda_approved_with_an_item_added_or_the_next_meeting_told_under_a_label_is_a_formality(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", SPRING))
    assert [d["id"].split(" ")[1] for d in summary["decisions"]] == ["§24:1"]
