"""What a diarium and an anslagstavla keep, read from the minutes: each item's diarienummer,
beslutsunderlag and expedieras; the anslag, the förvaringsplats and the secretary; what a review
says of them is recorded, and what cannot be is refused with its line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from domain.errors import InvalidValue
from domain.ids import ItemRef, MeetingId
from domain.meeting import Meeting
from register.minutes.filing import filed, notice, secretary
from register.minutes.model import Filed
from register.minutes.text import split_lines
from tests.web.test_anslag_and_diarium import MINUTES, NOTICE


def test_the_diarienummer_beside_the_heading_or_on_a_line_of_its_own_is_the_items():
    text = ("§ 7    Dnr KS 2031/0012-042    Budget 2032\n\nBudgeten fastställs.\n\n"
            "§ 8 Taxor\nDiarienummer: KS 2031/77\n\nTaxorna fastställs.\n\n§ 9 Information\n\nInget att besluta.\n")
    found = filed(split_lines(text))
    assert found == {7: Filed("KS 2031/0012-042"), 8: Filed("KS 2031/77")}


def test_the_basis_and_the_recipients_are_read_as_lists_however_the_minutes_write_them():
    text = ("§ 3 Ansökan\n\nBeslutsunderlag\n1. Ansökan, 2031-01-02\n2. Tjänsteskrivelse om\n   ansökan\n\n"
            "Beslut\nStyrelsen beslutar att bevilja ansökan.\n\nBeslutet expedieras till: Region Blekinge; Ronneby kommun\n\n"
            "§ 4 Lokal\n\nUnderlag för beslut\nHyresavtal 2030\nKarta över lokalen\n\nSändlista\nFörbundschefen\n"
            "Region Blekinge samt länets\nkommuner\n")
    found = filed(split_lines(text))
    assert found[3] == Filed("", ("Ansökan, 2031-01-02", "Tjänsteskrivelse om ansökan"), ("Region Blekinge", "Ronneby kommun"))
    assert found[4] == Filed("", ("Hyresavtal 2030", "Karta över lokalen"), ("Förbundschefen", "Region Blekinge samt länets kommuner"))


def test_a_list_ends_at_the_next_label_even_without_a_blank_line():
    text = "§ 5 Avtal\n\nBeslutsunderlag\nTjänsteskrivelse\nBeslut\nStyrelsen beslutar att säga upp avtalet.\n"
    assert filed(split_lines(text))[5].basis == ("Tjänsteskrivelse",)


@pytest.mark.parametrize(("text", "posted", "removed", "kept_at"), [
    ("Datum då anslaget sätts upp 2031-04-12\nDatum då anslaget tas ned 2031-05-04\n"
     "Förvaringsplats för protokollet Kommunkansliet, Stadshuset", dt.date(2031, 4, 12), dt.date(2031, 5, 4),
     "Kommunkansliet, Stadshuset"),
    ("Anslaget sätts upp 12 april 2031 och tas ned 4 maj 2031.", dt.date(2031, 4, 12), dt.date(2031, 5, 4), ""),
    ("Anslagsperiod 2031-04-12 – 2031-05-04\nProtokollet förvaras på förbundets kansli.", dt.date(2031, 4, 12),
     dt.date(2031, 5, 4), "förbundets kansli"),
    ("Datum då anslaget sätts upp\n2031-04-12\nFörvaringsplats\nKansliet", dt.date(2031, 4, 12), None, "Kansliet"),
    # the label broken before its last word, as a table cell too narrow sets it: `för` is the label's
    ("Datum då anslaget sätts upp 2031-04-12\nFörvaringsplats för: Förbundets kansli, Lervik\nprotokollet",
     dt.date(2031, 4, 12), None, "Förbundets kansli, Lervik"),
])
def test_the_anslag_and_the_forvaringsplats_are_read_as_a_template_writes_them(text, posted, removed, kept_at):
    found = notice(split_lines(text))
    assert found is not None and (found.posted, found.removed, found.kept_at) == (posted, removed, kept_at)


@pytest.mark.parametrize("text", [
    "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
    "Styrelsen beslutar att anslaget till insatsen 2031-04-12 höjs.",
])
def test_a_justering_told_by_anslag_without_a_day_or_an_anslag_of_money_is_no_notice(text):
    assert notice(split_lines(text)) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Övriga närvarande   Tove Lindgren, förbundschef\n                    Arvid Moberg, sekreterare", "Arvid Moberg"),
    ("Övriga: Magnus von Schenck, förbundschef och sekreterare.", "Magnus von Schenck"),
    ("samt förbundschef Johan Strand (sekreterare) och ekonom Petra Lund.", "Johan Strand"),
    ("Underskrifter   Sekreterare  ..............................\n                Emil Sandberg", "Emil Sandberg"),
    ("Vid protokollet                          Justeras\n\nMagnus von Schenck                       Ingrid Hermansson",
     "Magnus von Schenck"),
    ("Protokollförare: Karin Öhman", "Karin Öhman"),
    ("Förbundets nya sekreterare Sofia Ahlström presenterades.", ""),
])
def test_the_secretary_is_read_from_the_attendance_or_the_signatures(text, name):
    assert secretary(split_lines(text)) == name


def test_a_notice_dated_before_the_meeting_is_left_out_and_put_to_review(cli, tmp_path):
    minutes = tmp_path / "2026-5.txt"
    minutes.write_text(MINUTES.replace("anslaget sätts upp       2026-09-21", "anslaget sätts upp       2026-09-01"),
                       encoding="utf-8")
    result = cli("import-minutes", str(minutes))
    assert result.exit_code == 0, result.output
    assert "the minutes say the notice of their justering went up on 2026-09-01, before the meeting (2026-09-14)" in result.output
    meeting = json.loads(cli("meetings", "--format", "json").stdout)[0]
    assert meeting["notice"] == {**NOTICE, "posted": None}


def test_a_review_says_the_diary_and_the_anslag_and_what_it_changes_is_recorded(cli, tmp_path):
    minutes = tmp_path / "2026-5.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    review = tmp_path / "review.toml"
    assert cli("import-minutes", str(minutes), "--review", str(review)).exit_code == 0
    written = review.read_text(encoding="utf-8")
    for said in ('anslag_uppsatt = 2026-09-21', 'anslag_nedtas = 2026-10-13', 'forvaringsplats = "Förbundets kansli, Ronneby"',
                 'sekreterare = "Arvid Moberg"', '[[filed]]\nitem = "2026-5 §41"\ndiarienummer = "ÖK 2026/000118"',
                 'expedieras = ["Ronneby kommun", "Förbundets ekonom"]'):
        assert said in written, said
    review.write_text(written.replace('"Förbundets kansli, Ronneby"', '"Stadsarkivet"').replace("ÖK 2026/000118", "ÖK 2026/000119"),
                      encoding="utf-8")
    accepted = cli("import-minutes", str(minutes), "--accept", str(review))
    assert accepted.exit_code == 0, accepted.output
    assert json.loads(cli("meetings", "--format", "json").stdout)[0]["notice"]["kept_at"] == "Stadsarkivet"
    decision = next(d for d in json.loads(cli("decisions", "--format", "json").stdout) if d["id"] == "2026-5 §41:1")
    assert decision["filing"]["diary_number"] == "ÖK 2026/000119"


@pytest.mark.parametrize(("change", "said"), [
    (("anslag_nedtas = 2026-10-13", "anslag_nedtas = 2026-09-20"), "anslag_nedtas: 2026-09-20 is before the anslag went up (2026-09-21)"),
    (("anslag_uppsatt = 2026-09-21", "anslag_uppsatt = 2026-09-01"), "anslag_uppsatt: 2026-09-01 is before the meeting (2026-09-14)"),
    (('item = "2026-5 §41"', 'item = "2026-4 §41"'), "item 2026-4 §41 is not of meeting 2026-5, the meeting reviewed"),
    (('expedieras = ["Ronneby kommun", "Förbundets ekonom"]', 'expedieras = "Ronneby kommun"'), "expedieras: "),
    (('diarienummer = "ÖK 2026/000121"\nunderlag = ["Hyresförslag från fastighetsbolaget, 2026-08-28"]\n'
      'expedieras = ["Förbundschefen", "Fastighetsbolaget"]', 'diarienummer = ""'), "gives no diarienummer, underlag or expedieras"),
])
def test_a_review_that_says_what_cannot_be_is_refused_with_its_line_and_nothing_is_recorded(cli, tmp_path, change, said):
    minutes = tmp_path / "2026-5.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    review = tmp_path / "review.toml"
    assert cli("import-minutes", str(minutes), "--review", str(review)).exit_code == 0
    written = review.read_text(encoding="utf-8")
    assert change[0] in written
    review.write_text(written.replace(change[0], change[1], 1), encoding="utf-8")
    refused = cli("import-minutes", str(minutes), "--accept", str(review))
    assert refused.exit_code == 2 and said in refused.output and "review.toml, line " in refused.output, refused.output
    assert json.loads(cli("meetings", "--format", "json").stdout) == []


def test_the_meeting_refuses_a_filing_of_nothing_and_a_notice_that_cannot_be():
    meeting = Meeting("b", MeetingId(2031, 2), dt.date(2031, 4, 7), "", (), ())
    item = ItemRef(MeetingId(2031, 2), 3)
    with pytest.raises(InvalidValue, match="nothing to file for 2031-2 §03"):
        meeting.file_item(item, " ", ("",), ())
    with pytest.raises(InvalidValue, match="before the meeting"):
        meeting.post_notice(dt.date(2031, 4, 6), None)
    with pytest.raises(InvalidValue, match="before it went up"):
        meeting.post_notice(dt.date(2031, 4, 12), dt.date(2031, 4, 10))
    with pytest.raises(InvalidValue, match="name the secretary"):
        meeting.name_secretary("  ")
    meeting.seal(("Ove Lund",))
    meeting.post_notice(dt.date(2031, 4, 12), dt.date(2031, 5, 4), "Kansliet")  # a notice goes up after the justering
