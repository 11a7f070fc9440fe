"""Terse secretary's notes: dates without a year (`9/4`), items numbered through the year with dash
bullets, `Ansv:` / `Klart:` follow-ups, abbreviations (`fc`, `FK`), tkr and mnkr, and earlier
decisions cited as `2/2071 p. 14`. Minutes of our own."""

from __future__ import annotations

import datetime as dt

from domain.ids import MeetingId
from register.minutes.parser import parse_minutes

NOTES = """Kommunalförbundet Sydkusten
Styrelsens anteckningar
Styrelsemöte 3/2071, 9/4, kl 10–12, Rådhuset Ystad
§§ 20–27

Närv: Anna Vik, ordf (Ystads kommun), Bo Lind (FK), Cecilia Holm (AF)
Övr: Dan Ek (fc)

20. Öppnande – ordf öppnar kl 10.

21. Föreg. prot (2/2071, 12/2) – godkänt, till handl.

22. Arbetsbron
- sökt 2,5 mnkr; ca 300 tkr redan förbrukat i förstudien
- Beslut: projektet beviljas 1,75 mnkr för 2071.

23. Köer till rehab
- Beslut: fc får i uppdrag att kartlägga köerna. Ansv: fc. Klart: 28/5.

24. Sjukskrivningar i länet
- Beslut: FK rapporterar läget i länet till styrelsen. Ansv: FK (Bo Lind). Klart: v. 36.

25. Rapport om Arbetsbron (enl. 2/2071 p. 14)
- Beslut: rapporten läggs till handl.

26. Info
- fc: utfall Q1 +0,3 mnkr
- Inget beslut.

27. Avslutning.

Justerat 15/4. Anslaget 16/4–7/5.
"""


def _read(text: str, meeting: MeetingId | None = None):
    return parse_minutes(text, "anteckningar.txt", meeting)


def _decision(parsed, id_: str):
    return next(d for d in parsed.decisions if str(d.id) == id_)


def test_a_date_without_its_year_takes_the_year_of_the_meetings_id():
    parsed = _read(NOTES)
    assert (parsed.meeting, parsed.held_on) == (MeetingId(2071, 3), dt.date(2071, 4, 9))
    assert not [d for d in parsed.doubts if "year" in d.message]


def test_without_an_id_the_year_is_that_of_a_full_date_in_the_title_block():
    text = NOTES.replace("Styrelsemöte 3/2071, 9/4", "Styrelsemöte 9/4").replace(
        "§§ 20–27", "§§ 20–27 (utskrivet 2071-04-10)")
    parsed = _read(text, MeetingId(2071, 3))
    assert parsed.held_on == dt.date(2071, 4, 9)
    assert not [d for d in parsed.doubts if "year" in d.message]


def test_a_title_block_naming_two_years_puts_the_year_taken_to_review():
    text = NOTES.replace("Styrelsemöte 3/2071, 9/4", "Styrelsemöte 9/4").replace(
        "§§ 20–27", "§§ 20–27 (utskrivet 2071-04-10, mall 2070-01-01)")
    parsed = _read(text, MeetingId(2071, 3))
    assert parsed.held_on == dt.date(2071, 4, 9)
    assert [d for d in parsed.doubts if "without its year" in d.message]


def test_a_day_month_due_takes_the_year_that_puts_it_after_the_meeting():
    parsed = _read(NOTES)
    (assignment,) = _decision(parsed, "2071-3 §23:1").effects
    assert (assignment.responsible, str(assignment.due.value)) == ("förbundschefen", "2071-05-28")
    december = NOTES.replace("3/2071, 9/4", "7/2071, 4/12").replace("Klart: 28/5", "Klart: 15/1")
    (later,) = _decision(_read(december), "2071-7 §23:1").effects
    assert str(later.due.value) == "2072-01-15"


def test_items_numbered_through_the_year_with_dash_bullets_decide_only_what_the_label_says():
    parsed = _read(NOTES)
    assert [str(d.id) for d in parsed.decisions] == ["2071-3 §22:1", "2071-3 §23:1", "2071-3 §24:1", "2071-3 §25:1"]
    two = NOTES.replace("- Beslut: projektet beviljas 1,75 mnkr för 2071.",
                        "- Beslut:\n  1) projektet beviljas 1,75 mnkr för 2071\n  2) fc får i uppdrag att följa upp. Klart: okt 2071.")
    kinds = [(str(d.id), d.kind.value) for d in _read(two).decisions if str(d.id).startswith("2071-3 §22")]
    assert kinds == [("2071-3 §22:1", "grant"), ("2071-3 §22:2", "assignment")]
    inline = two.replace(" 2071\n  2) fc", " 2071 2) fc").replace("- Beslut:\n  1)", "- Beslut: 1)")
    assert "Beslut: 1) projektet beviljas 1,75 mnkr för 2071 2) fc" in inline
    kinds = [(str(d.id), d.kind.value) for d in _read(inline).decisions if str(d.id).startswith("2071-3 §22")]
    assert kinds == [("2071-3 §22:1", "grant"), ("2071-3 §22:2", "assignment")]


def test_an_item_and_its_decision_on_one_line():
    text = NOTES.replace("23. Köer till rehab\n- Beslut: fc får", "23. Köer till rehab – Beslut: fc får")
    parsed = _read(text)
    assert [(str(d.id), d.kind.value) for d in parsed.decisions][:2] == [("2071-3 §22:1", "grant"),
                                                                          ("2071-3 §23:1", "assignment")]
    assert next(i.title for i in parsed.items if i.ref is not None and i.ref.item == 23) == "Köer till rehab"


def test_the_labels_name_who_answers_and_when_by_abbreviation_week_and_month():
    parsed = _read(NOTES)
    (report,) = _decision(parsed, "2071-3 §24:1").effects
    assert (report.party.value, str(report.due.week)) == ("Försäkringskassan", "36")
    named = NOTES.replace("Klart: v. 36", "Klart: nov-mötet")
    (later,) = _decision(_read(named), "2071-3 §24:1").effects
    assert later.due.month == 11
    short = NOTES.replace("Klart: v. 36", "Klart: okt")
    (alone,) = _decision(_read(short), "2071-3 §24:1").effects
    assert alone.due.month == 10
    asked = NOTES.replace("Ansv: FK (Bo Lind). Klart: v. 36.", "Vem: FK. När: v36.")
    (again,) = _decision(_read(asked), "2071-3 §24:1").effects
    assert (again.party.value, str(again.due.week)) == ("Försäkringskassan", "36")
    assert _decision(parsed, "2071-3 §25:1").kind.value == "acknowledgement"


def test_tkr_and_mnkr_with_a_decimal_comma_are_kronor_and_an_amount_in_passing_grants_nothing():
    parsed = _read(NOTES)
    grants = [e for d in parsed.decisions for e in d.effects if type(e).__name__ == "AwardGrant"]
    assert [(g.amount_sek, g.project, g.year) for g in grants] == [(1_750_000, "Arbetsbron", 2071)]


def test_an_item_cited_by_meeting_number_and_year_and_its_punkt():
    parsed = _read(NOTES)
    cited = [r for item in parsed.items if item.ref is not None and item.ref.item == 25 for r in item.references]
    assert [(r.number, r.year, r.item) for r in cited] == [(2, 2071, 14)]
    corrected = NOTES.replace("- Beslut: rapporten läggs till handl.", "- Beslut: beloppet i 2/2071 p. 14 rättas till 480 tkr.")
    decision = _decision(_read(corrected), "2071-3 §25:1")
    correct = decision.effects[0]
    said = correct.reference
    assert (decision.kind.value, correct.amount_sek, said.number, said.year, said.item) == ("correction", 480_000, 2, 2071, 14)


LISTED = NOTES.replace(
    "Närv: Anna Vik, ordf (Ystads kommun), Bo Lind (FK), Cecilia Holm (AF)\nÖvr: Dan Ek (fc)",
    "Närv (led.): Anna Vik, ordf (Karlskrona), Bo Lind, v ordf (FK), Cecilia Holm (AF)\n"
    "Tjg ers: Eva Strand (Ronneby) för Frans Berg\nÖvr: Dan Ek (fc), Gun Alm (sekr)").replace(
    "- Beslut: projektet beviljas 1,75 mnkr för 2071.",
    "- Lind anmäler jäv, deltar ej\n- Beslut: projektet beviljas 1,75 mnkr för 2071.\n- Holm (AF) reserverar sig mot beslutet.")


def test_attendance_shortened_as_notes_shorten_it_is_read_one_person_each():
    parsed = _read(LISTED)
    people = [(a.name, a.role.value, a.organisation) for a in parsed.attendance]
    assert people == [("Anna Vik", "ordförande", "Karlskrona kommun"), ("Bo Lind", "vice ordförande", "Försäkringskassan"),
                      ("Cecilia Holm", "ledamot", "Arbetsförmedlingen"),
                      ("Eva Strand", "tjänstgörande ersättare", "Ronneby kommun"),
                      ("Dan Ek", "tjänsteperson", ""), ("Gun Alm", "tjänsteperson", "")]


def test_a_member_named_by_surname_alone_reserves_or_declares_jav_by_full_name():
    debate = _decision(_read(LISTED), "2071-3 §22:1").debate
    assert [p.name for p in debate.recusals] == ["Bo Lind"]
    assert [p.name for p in debate.reservations] == ["Cecilia Holm"]


def test_a_date_beside_a_cited_meetings_id_takes_that_meetings_year_and_a_due_the_next():
    from register.minutes.day_month import with_years
    from register.minutes.text import split_lines

    text = NOTES.replace("3/2071, 9/4", "1/2072, 9/2").replace("(2/2071, 12/2)", "(6/2069, 4/12)").replace(
        "Klart: 28/5", "Klart: 20/12")
    filled, doubt = with_years(text, split_lines(text))
    assert doubt is None
    assert "Styrelsemöte 1/2072, 9/2 2072," in filled
    assert "(6/2069, 4/12 2069)" in filled
    assert "Klart: 20/12 2072." in filled  # a due: the first such day after the meeting, not the nearest
    assert "Justerat 15/4 2072. Anslaget 16/4 2072–7/5 2072." in filled
