"""The review desk says why the importer refused an edited review (#26): in Swedish, naming the
review's line and showing it, and nothing is recorded or saved. Each edit is one a secretary could
make by mistake in the review of minutes of our own (`test_review_desk.MINUTES`)."""

from __future__ import annotations

import html
import re

import pytest

from tests.conftest import stored_events
from tests.importer.formats.make import docx_bytes
from tests.importer.formats.shapes import blocks_of_text
from tests.web.signing import form_token, signed_in
from tests.web.test_review_desk import MINUTES, READ_AS, uploaded


def review_on(page: str) -> str:
    return html.unescape(re.search(r'<textarea id="review" name="review"[^>]*>(.*?)</textarea>', page, re.S)[1])


def said_beside(page: str) -> str:
    found = re.search(r'<p class="refused" role="alert" id="draft_said">(.*?)</p>', page, re.S)
    assert found, "nothing said beside the review"
    assert 'aria-describedby="draft_said"' in page
    return html.unescape(re.sub(r"</?code>", "", found[1]))


@pytest.fixture
def draft(site):
    """The secretary's client and the address of the draft of MINUTES, as the importer read them."""
    assert signed_in(site, "sekreterare") == 303
    return site, uploaded(site, docx_bytes(blocks_of_text(MINUTES))).headers["Location"]


def refused(draft, recorded, edit, step: str = "spara") -> tuple[str, str]:
    """The review edited by `edit`, posted: refused, nothing recorded nor saved. What is said, and the review as posted."""
    site, page = draft
    review = review_on(site.get(page).get_data(as_text=True))
    edited = edit(review)
    assert edited != review
    before = stored_events(recorded.store)
    answer = site.post(page, data={"review": edited, "steg": step, "csrf_token": form_token(site, page, page)})
    assert answer.status_code == 400 and stored_events(recorded.store) == before
    assert review_on(site.get(page).get_data(as_text=True)) == review  # the draft kept as it was saved
    return said_beside(answer.get_data(as_text=True)), edited


def line_of(review: str, text: str) -> int:
    return next(no for no, line in enumerate(review.split("\n"), start=1) if line.strip() == text)


def test_a_kind_there_is_none_of_is_named_at_its_line_with_the_kinds_there_are(draft, recorded):
    said, review = refused(draft, recorded, lambda r: r.replace(READ_AS, 'kind = "avsktivning"', 1))
    line = line_of(review, 'kind = "avsktivning"')
    assert said.startswith(f'Granskningen godtogs inte: rad {line}, kind = "avsktivning": kind: ”avsktivning” är inget av dessa: ')
    assert "acknowledgement" in said and "unknown" not in said


def test_a_value_of_the_wrong_type_says_what_the_field_takes(draft, recorded):
    said, review = refused(draft, recorded, lambda r: re.sub(r"(?m)^line = (\d+)$", r'line = "\1"', r, count=1))
    bad = next(line for line in review.split("\n") if re.fullmatch(r'line = "\d+"', line))
    value = bad.split(" = ")[1]
    assert said == (f"Granskningen godtogs inte: rad {line_of(review, bad)}, {bad}: "
                    f"line: väntade ett heltal som 19, utan citattecken, inte {value}")


def test_a_line_that_is_no_toml_is_named(draft, recorded):
    bad = 'kind = "acknowledgement'
    said, review = refused(draft, recorded, lambda r: r.replace(READ_AS, bad, 1))
    assert said == (f"Granskningen godtogs inte: rad {line_of(review, bad)}, {bad}: "
                    "raden är inte giltig TOML: se efter citattecken, hakparenteser och likhetstecken")


def test_an_unknown_key_says_which_keys_the_table_takes(draft, recorded):
    bad = 'kinds = "other"'
    said, review = refused(draft, recorded, lambda r: r.replace(READ_AS, f"{READ_AS}\n{bad}", 1))
    assert said.startswith(f"Granskningen godtogs inte: rad {line_of(review, bad)}, {bad}: "
                           "okänd nyckel ”kinds” i [[decision]] ")
    assert "; där får stå: id, kind, text" in said


def test_a_decision_of_another_meeting_is_refused_at_its_id(draft, recorded):
    bad = 'id = "2026-4 §05:1"'
    said, review = refused(draft, recorded, lambda r: r.replace('id = "2026-5 §05:1"', bad, 1))
    assert said == (f"Granskningen godtogs inte: rad {line_of(review, bad)}, {bad}: "
                    "beslut 2026-4 §05:1 hör inte till möte 2026-5, det möte som granskas")


def test_an_amount_that_is_no_kronor_is_said_within_its_grant(draft, recorded):
    grant = 'grants = [{party = "Ronneby kommun", year = 2027, amount_sek = "tre miljoner"}]'
    said, review = refused(draft, recorded, lambda r: r.replace(READ_AS, f'kind = "grant"\n{grant}', 1))
    assert said == (f"Granskningen godtogs inte: rad {line_of(review, grant)}, {grant}: "
                    "grants: amount_sek: ”tre miljoner” är inget helt, positivt antal kronor: skriv till exempel 250000 eller 250 000.")


def test_withdrawing_a_decision_the_register_does_not_hold_is_refused_when_recording(draft, recorded):
    withdraws = 'withdraws = ["2025-7 §99:1"]'
    said, review = refused(draft, recorded, lambda r: r.replace(READ_AS, f"{READ_AS}\n{withdraws}", 1), "registrera")
    assert said == (f"Granskningen godtogs inte: rad {line_of(review, withdraws)}, {withdraws}: "
                    "beslut 2025-7 §99:1 finns inte i registret")


def test_an_anslag_put_up_before_the_meeting_is_refused_at_its_line(draft, recorded):
    posted = "anslag_uppsatt = 2026-10-01"
    said, review = refused(draft, recorded, lambda r: re.sub(r"(?m)^\[meeting\]$", f"[meeting]\n{posted}", r, count=1))
    assert said == (f"Granskningen godtogs inte: rad {line_of(review, posted)}, {posted}: "
                    "anslaget sattes upp 2026-10-01, före mötet (2026-10-12)")
