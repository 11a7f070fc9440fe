"""A secretary records a meeting by hand, one command per event, and reads it back."""

from __future__ import annotations

import json

from tests.conftest import stored_events


def test_a_meeting_recorded_by_hand_shows_in_every_view(cli):
    steps = [
        ("meeting", "2026-1", "--date", "2026-02-16", "--place", "Karlskrona", "--justerare", "Johanna Månsson"),
        ("put-forward", "2026-1 §04", "Ronneby kommuns FINSAM-plan 2026"),
        ("decide", "2026-1 §4:1", "Att fastställa Ronneby kommuns FINSAM-plan 2026.", "--kind", "plan"),
        ("adopt-plan", "Ronneby kommun", "2026", "--by", "2026-1 §04:1", "--grant", "2 100 000"),
        ("decide", "2026-1 §04:2", "Att Ronneby kommun ska rapportera vid styrelsens september-möte 2026.", "--kind", "report"),
        ("oblige", "Ronneby kommuns", "läget i genomförandet", "--by", "2026-1 §04:2", "--due", "2026-09"),
        ("decide", "2026-1 §05:1", "Att ge förbundschefen i uppdrag att ta fram en tidplan till nästa styrelsemöte.", "--kind", "assignment"),
        ("assign", "förbundschefen", "ta fram en tidplan", "--by", "2026-1 §05:1", "--due", "next-meeting"),
        ("decide", "2026-1 §06:1", "Att återremittera ärendet.", "--kind", "referral"),
        ("refer-back", "2026-1 §06", "--by", "2026-1 §06:1", "--returns", "2026-04", "--responsible", "Ronneby kommun"),
        ("defer", "2026-1 §07", "Information om jubileet", "--to", "next-meeting"),
        ("decide", "2026-1 §08:1", "Att bevilja medel till Olofströms kommun.", "--kind", "grant"),
        ("grant", "Olofstoms kommun", "--amount", "250000", "--by", "2026-1 §08:1", "--purpose", "förstudie"),
    ]
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, (step, result.output)

    plans = json.loads(cli("plans", "--format", "json").output)
    assert plans == [
        {"party": "Ronneby kommun", "year": 2026, "status": "adopted", "granted_sek": 2_100_000, "decision": "2026-1 §04:1",
         "corrections": []},
    ]
    grants = json.loads(cli("grants", "--year", "2026", "--format", "json").output)
    assert [(g["party"], g["amount_sek"], g["purpose"], g["decision"], g["status"]) for g in grants] == [
        ("Ronneby kommun", 2_100_000, "genomförande av plan 2026", "2026-1 §04:1", "in_force"),
        ("Olofströms kommun", 250_000, "förstudie", "2026-1 §08:1", "in_force"),
    ]
    open_items = json.loads(cli("follow-ups", "--as-of", "2026-03-01", "--format", "json").output)
    assert [(r["kind"], r["source"], r["responsible"], r["due"], r["status"]) for r in open_items] == [
        ("report", "2026-1 §04:2", "Ronneby kommun", "2026-09", "open"),
        ("assignment", "2026-1 §05:1", "förbundschefen", "next-meeting", "open"),
        ("referred_back", "2026-1 §06:1", "Ronneby kommun", "2026-04", "open"),
        ("deferred", "2026-1 §07", "styrelsen", "next-meeting", "open"),
    ]
    meetings = json.loads(cli("meetings", "--format", "json").output)
    assert meetings[0]["justerare"] == ["Johanna Månsson"] and meetings[0]["place"] == "Karlskrona"

    assert cli("meeting", "2026-2", "--date", "2026-04-20").exit_code == 0
    assert cli("fulfil", "2026-1 §05:1", "--meeting", "2026-2", "--note", "tidplan redovisad").exit_code == 0
    assert cli("put-forward", "2026-2 §03", "Ronneby kommuns FINSAM-plan 2026, återrapport").exit_code == 0
    april = {r["source"]: r["status"] for r in json.loads(cli("follow-ups", "--as-of", "2026-04-20", "--all", "--format", "json").output)}
    assert april == {
        "2026-1 §04:2": "open",
        "2026-1 §05:1": "done",
        "2026-1 §06:1": "open",
        "2026-1 §07": "overdue",
    }


def test_revoking_and_withdrawing_show_in_the_decision_status(cli):
    for step in [
        ("meeting", "2026-1", "--date", "2026-02-16"),
        ("decide", "2026-1 §02:1", "Att fastställa dokumentet.", "--kind", "document"),
        ("decide", "2026-1 §02:2", "Att detta beslut utgår.", "--kind", "withdrawal"),
        ("withdraw", "2026-1 §02:2"),
        ("meeting", "2026-2", "--date", "2026-04-20"),
        ("decide", "2026-2 §03:1", "Att upphäva Beslut 2026-1 §02:1.", "--kind", "revocation", "--cites", "2026-1 §02:1"),
        ("revoke", "2026-1 §02:1", "--by", "2026-2 §03:1"),
    ]:
        assert cli(*step).exit_code == 0, step
    statuses = {r["id"]: r["status"] for r in json.loads(cli("decisions", "--format", "json").output)}
    assert statuses == {"2026-1 §02:1": "revoked", "2026-1 §02:2": "withdrawn", "2026-2 §03:1": "in_force"}
    in_march = {r["id"]: r["status"] for r in json.loads(cli("decisions", "--as-of", "2026-03-01", "--format", "json").output)}
    assert in_march["2026-1 §02:1"] == "in_force"
    assert cli("decisions", "--status", "revoked").output.splitlines()[2].startswith("2026-1 §02:1")


def test_a_meeting_recorded_by_hand_keeps_its_attendance(cli):
    result = cli(
        "meeting", "2026-2", "--date", "2026-04-20",
        "--attendee", "Ingrid Hermansson;Region Blekinge;ordförande;yes",
        "--attendee", "Fredrik Johansson;Försäkringskassan;vice ordf.;nej",
        "--attendee", "Niklas Joelsson;Sölvesborgs kommun;ledamot;unclear",
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(cli("attendance", "2026-2", "--format", "json").output)
    assert [(r["name"], r["role"], r["present"]) for r in rows] == [
        ("Fredrik Johansson", "vice ordförande", False),
        ("Ingrid Hermansson", "ordförande", True),
        ("Niklas Joelsson", "ledamot", None),
    ]


def test_an_attendee_without_presence_is_refused(cli, store):
    result = cli("meeting", "2026-2", "--date", "2026-04-20", "--attendee", "Ingrid Hermansson;Region Blekinge;ordförande")
    assert result.exit_code == 2
    assert "not an attendee: 'Ingrid Hermansson;Region Blekinge;ordförande'" in result.output
    assert stored_events(store) == 0
