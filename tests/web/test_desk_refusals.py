"""The desk says why the register refused a write (#26): the register's own reason, in Swedish,
beside the form it refused, and nothing written. Each refusal is met as a secretary meets it, by
posting the page's own form."""

from __future__ import annotations

import re

import pytest

from tests.conftest import stored_events
from tests.web.signing import WITHHELD, WITHHELD_REASON, form_token, signed_in

GRANT = "/beslut/2025-7/7/1"
"""Karlskrona kommun's grant of 3 578 000 kr, which has no follow-up."""
OPEN = "/beslut/2025-7/13/1"
"""A decision whose follow-up is open."""
FULFILLED = "/beslut/2025-7/7/2"
"""A decision whose follow-up the 2026-1 meeting fulfilled."""


def refused_beside(page: str, form: str) -> str:
    """What the page says beside the form `form`, which its field points to."""
    found = re.search(rf'<p class="refused" id="refused-{form}" role="alert">(.*?)</p>', page, re.S)
    assert found, f"nothing said beside the form {form}"
    assert f'aria-describedby="refused-{form}"' in page
    return found[1]


def posted(site, page: str, action: str, **fields: str):
    return site.post(action, data={**fields, "csrf_token": form_token(site, page, action)})


@pytest.fixture
def secretary(site):
    assert signed_in(site, "sekreterare") == 303
    return site


def refused(secretary, recorded, page: str, action: str, form: str, **fields: str) -> str:
    """Posts the form, checks it was refused and nothing written; what is said beside the form."""
    before = stored_events(recorded.store)
    answer = posted(secretary, page, action, **fields)
    assert answer.status_code == 400
    assert stored_events(recorded.store) == before
    html = answer.get_data(as_text=True)
    assert "registret vägrade ändringen" not in html.lower()
    return refused_beside(html, form)


def test_withholding_what_is_withheld_already_says_so_with_the_reason_it_was_withheld(secretary, recorded):
    page = "/beslut/2025-7/11/1"
    before = stored_events(recorded.store)
    answer = secretary.post(f"{page}/utelamna", data={"reason": "en gång till", "csrf_token": form_token(secretary, page, f"{page}/publicera")})
    assert answer.status_code == 400 and stored_events(recorded.store) == before
    said = refused_beside(answer.get_data(as_text=True), "withhold")
    assert said == f"Beslut {WITHHELD} är redan utelämnat från den publika webbplatsen (skäl: {WITHHELD_REASON})."
    assert "en gång till" not in secretary.get(page).get_data(as_text=True)


def test_publishing_what_is_not_withheld_says_there_is_nothing_to_publish(secretary, recorded):
    for page, named in ((OPEN, "Beslut 2025-7 §13:1"), ("/arende/2025-7/13", "Ärende 2025-7 §13")):
        before = stored_events(recorded.store)
        answer = secretary.post(f"{page}/publicera", data={"csrf_token": form_token(secretary, page, f"{page}/utelamna")})
        assert answer.status_code == 400 and stored_events(recorded.store) == before
        assert refused_beside(answer.get_data(as_text=True), "publish") == (
            f"{named} är inte utelämnat, så det finns inget att publicera igen.")


def test_a_reason_with_a_control_character_is_refused_beside_the_reason(secretary, recorded):
    said = refused(secretary, recorded, OPEN, f"{OPEN}/utelamna", "withhold", reason="namn\x07och adress")
    assert said == "Texten har ett styrtecken (\\x07) på plats 5: bara skrivbar text, radbrytningar och tabbar kan registreras."


def test_writing_off_a_follow_up_already_closed_says_it_is_closed(secretary, recorded):
    assert posted(secretary, OPEN, f"{OPEN}/skriv-av", reason="inaktuellt").status_code == 303
    before = stored_events(recorded.store)
    again = secretary.post(f"{OPEN}/skriv-av", data={"reason": "igen", "csrf_token": form_token(secretary, OPEN, f"{OPEN}/ratta")})
    assert again.status_code == 400 and stored_events(recorded.store) == before
    assert refused_beside(again.get_data(as_text=True), "write_off") == (
        "Uppföljningen från beslut 2025-7 §13:1 är redan avslutad (klar eller avskriven), så det finns inget att skriva av.")
    fulfilled = secretary.post(f"{FULFILLED}/skriv-av", data={"reason": "x", "csrf_token": form_token(secretary, FULFILLED, f"{FULFILLED}/ratta")})
    assert fulfilled.status_code == 400 and "beslut 2025-7 §07:2 är redan avslutad" in fulfilled.get_data(as_text=True)


def test_writing_off_where_no_follow_up_was_made_says_so(secretary, recorded):
    before = stored_events(recorded.store)
    answer = secretary.post(f"{GRANT}/skriv-av", data={"reason": "x", "csrf_token": form_token(secretary, GRANT, f"{GRANT}/ratta")})
    assert answer.status_code == 400 and stored_events(recorded.store) == before
    assert refused_beside(answer.get_data(as_text=True), "write_off") == (
        "Beslut 2025-7 §07:1 gav ingen uppföljning, så det finns inget att skriva av.")


def test_sealing_minutes_sealed_already_names_who_sealed_them(secretary, recorded):
    page, action = "/moten/2025-7", "/moten/2025-7/justera"
    token = form_token(secretary, page, action)
    assert secretary.post(action, data={"justerare": "Johanna Månsson", "csrf_token": token}).status_code == 303
    before = stored_events(recorded.store)
    again = secretary.post(action, data={"justerare": "Per Holm", "csrf_token": token})
    assert again.status_code == 400 and stored_events(recorded.store) == before
    assert refused_beside(again.get_data(as_text=True), "seal") == (
        "Protokollet för möte 2025-7 är redan justerat av Johanna Månsson; nu kan det bara ändras genom en rättelse med skäl.")


def test_sealing_on_a_day_before_the_meeting_is_refused_beside_the_day(secretary, recorded):
    said = refused(secretary, recorded, "/moten/2025-7", "/moten/2025-7/justera", "seal", justerare="Per Holm", day="2020-01-31")
    assert re.fullmatch(r"Möte 2025-7 hölls 2025-\d\d-\d\d: protokollet kan inte ha justerats 2020-01-31, före mötet\.", said), said


@pytest.mark.parametrize(("page", "fields", "said"), [
    (GRANT, {"field": "amount", "value": "3578000"}, "Beviljandet i beslut 2025-7 §07:1 är redan 3 578 000 kr."),
    (GRANT, {"field": "amount", "value": "tre miljoner"},
     "”tre miljoner” är inget helt, positivt antal kronor: skriv till exempel 250000 eller 250 000."),
    (GRANT, {"field": "amount", "value": "99999999999"},
     "99 999 999 999 kr är mer än något förbund beviljar (högst 10 000 000 000 kr): kontrollera beloppet."),
    (GRANT, {"field": "party", "value": "Lunds kommun"}, None),
    (GRANT, {"field": "due", "value": "2026-05"}, "Beslut 2025-7 §07:1 gav ingen uppföljning vars tid kan rättas."),
    (OPEN, {"field": "due", "value": "i vår"},
     "”i vår” är ingen tid: skriv ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller next-meeting (nästa möte)."),
    (OPEN, {"field": "due", "value": "2062-05"}, None),
])
def test_a_correction_the_register_refuses_is_said_beside_the_correction(secretary, recorded, page, fields, said):
    shown = refused(secretary, recorded, page, f"{page}/ratta", "correct", reason="fel i registret", **fields)
    if fields["field"] == "party":
        assert shown.startswith("”Lunds kommun” är ingen av förbundets parter: välj en av ") and "Karlskrona kommun" in shown
    elif fields["value"] == "2062-05":
        assert re.fullmatch(r"Tiden 2062-05 ligger mer än tio år efter mötet \(senast 2035-\d\d-\d\d\)\.", shown), shown
    else:
        assert shown == said


def test_correcting_a_text_to_the_text_it_has_is_refused(secretary, recorded):
    text = next(d["text"] for d in secretary.get("/api/beslut").get_json() if d["id"] == "2025-7 §07:1")
    shown = refused(secretary, recorded, GRANT, f"{GRANT}/ratta", "correct", reason="x", field="text", value=text)
    assert shown == "Den rättade texten måste vara ny och får inte vara tom: den är densamma som i beslut 2025-7 §07:1."
