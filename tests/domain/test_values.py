from __future__ import annotations

import datetime as dt

import pytest

from domain.errors import InvalidValue
from domain.values import Due, DueKind, Party, parse_date, parse_kronor


@pytest.mark.parametrize(
    "written, party",
    [
        ("Karlskrona kommun", Party.KARLSKRONA),
        ("Karlskrona kommuns", Party.KARLSKRONA),
        ("Karlshamns kommun", Party.KARLSHAMN),
        ("Forsakringskassan", Party.FORSAKRINGSKASSAN),
        ("Olofstoms kommun", Party.OLOFSTROM),
        ("region blekinge", Party.REGION_BLEKINGE),
    ],
)
def test_parties_are_recognised_as_the_minutes_spell_them(written, party):
    assert Party.parse(written) is party


def test_an_unknown_party_is_refused_with_the_list_of_parties():
    with pytest.raises(InvalidValue, match="unknown party 'Kalmar kommun'.*Försäkringskassan"):
        Party.parse("Kalmar kommun")


@pytest.mark.parametrize("written", ["3 578 000", "3578000", "3 578 000 kr", 3578000])
def test_amounts_are_whole_kronor_however_written(written):
    assert parse_kronor(written) == 3_578_000


@pytest.mark.parametrize("written", ["-5", "12.50", "0", "tre", "", True, -1, 10.5, None])
def test_negative_zero_or_fractional_amounts_are_refused(written):
    with pytest.raises(InvalidValue, match="kronor"):
        parse_kronor(written)


def test_a_due_month_is_on_time_until_the_end_of_that_month():
    assert Due.parse("2026-05").last_day() == dt.date(2026, 5, 31)
    assert Due.parse("2026-02").last_day() == dt.date(2026, 2, 28)


def test_dues_are_months_dates_the_next_meeting_or_nothing():
    assert Due.parse("2026-05").kind is DueKind.MONTH
    assert Due.parse("2026-05-12").kind is DueKind.DATE
    assert Due.parse("next-meeting").kind is DueKind.NEXT_MEETING
    assert Due.parse(None).kind is DueKind.NONE
    assert str(Due.parse("next-meeting")) == "next-meeting"


@pytest.mark.parametrize("written", ["2026-13", "maj 2026", "2026/05/01", "soon"])
def test_a_due_that_is_no_date_is_refused(written):
    with pytest.raises(InvalidValue, match="not a due date"):
        Due.parse(written)


JUNE_MEETING = dt.date(2026, 6, 8)


@pytest.mark.parametrize("written", ["2004-01", "2004-01-01", "2036-06", "2036-06-08", "next-meeting", "none"])
def test_a_due_from_2004_to_ten_years_after_its_meeting_is_kept(written):
    assert Due.parse(written).check_near(JUNE_MEETING) == Due.parse(written)


@pytest.mark.parametrize(("written", "said"), [
    ("2003-12", "the due 2003-12 is before 2004"),
    ("2003-12-31", "the due 2003-12-31 is before 2004"),
    ("2036-07", "the due 2036-07 is more than 10 years after the meeting of 2026-06-08 (at most 2036-06-08)"),
    ("2036-06-09", "the due 2036-06-09 is more than 10 years after the meeting of 2026-06-08"),
])
def test_a_due_before_2004_or_more_than_ten_years_after_its_meeting_is_refused(written, said):
    with pytest.raises(InvalidValue) as refused:
        Due.parse(written).check_near(JUNE_MEETING)
    assert str(refused.value).startswith(said)


def test_ten_years_after_a_leap_day_is_the_28th_of_february():
    assert Due.parse("2038-02-28").check_near(dt.date(2028, 2, 29)).kind is DueKind.DATE
    with pytest.raises(InvalidValue, match="at most 2038-02-28"):
        Due.parse("2038-03").check_near(dt.date(2028, 2, 29))


@pytest.mark.parametrize("written", ["2025-12-8", "08/12/2025", "2025-02-30", "idag"])
def test_non_iso_dates_are_refused(written):
    with pytest.raises(InvalidValue, match="not an ISO date"):
        parse_date(written)
