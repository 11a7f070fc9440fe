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
