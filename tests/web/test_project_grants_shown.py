"""A grant to a project run jointly by several parties shows on the site as the command line gives
it: to no party, the project named as its purpose; its correction marked; its decision's extract
and the plans page still whole (no party's plan gains its money)."""

from __future__ import annotations

import datetime as dt

from domain.corrections import CorrectedField
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import DecisionKind
from register.application import Register
from register.web.app import create_app
from tests.web.conftest import Recorded

GRANT = DecisionId.parse("2026-2 §05:1")


def _site_with_a_project_grant(recorded: Recorded):
    register = Register(recorded.store)
    try:
        with register.new_meeting(MeetingId.parse("2026-2"), dt.date(2026, 4, 20), "Karlskrona") as meeting:
            meeting.take_decision(GRANT, "Att bevilja projektet Steget vidare 820 000 kr för 2026.", DecisionKind.GRANT,
                                  ItemRef.parse("2026-2 §05"))
            meeting.award_grant(None, 2026, 820_000, GRANT, project="Steget vidare")
            meeting.correct(GRANT, CorrectedField.AMOUNT, "802000", "siffrorna omkastade")
    finally:
        register.close()
    app = create_app(lambda: Register.open(recorded.store))
    app.testing = False
    return app


def test_a_projects_grant_shows_on_the_grants_and_plans_pages_and_in_its_extract(recorded: Recorded):
    app = _site_with_a_project_grant(recorded)
    try:
        client = app.test_client()
        for page in ("/bidrag?ar=2026", "/planer?ar=2026", "/utdrag/2026-2/5/1"):
            response = client.get(page)
            assert response.status_code == 200, page
            text = response.get_data(as_text=True)
            assert "None" not in text, page
        grants = client.get("/bidrag?ar=2026").get_data(as_text=True)
        assert "gemensam insats" in grants and "Steget vidare" in grants and "Rättad" in grants
        rows = {g["decision"]: g for g in client.get("/api/bidrag?ar=2026").get_json()}
        assert (rows["2026-2 §05:1"]["party"], rows["2026-2 §05:1"]["amount_sek"], rows["2026-2 §05:1"]["purpose"]) == (
            None, 802_000, "Steget vidare")
        plans = client.get("/api/planer?ar=2026").get_json()
        assert all(p["party"] for p in plans) and "Steget vidare" not in str(plans)
    finally:
        app.extensions["registers"].close()
