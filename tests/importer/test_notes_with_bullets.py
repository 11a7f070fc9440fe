"""Minutes kept as notes (`Minnesanteckningar och beslut`): the meeting named `Möte 4/2027` at the
top, points `Punkt 12:`, discussion in bullets and each decision's `Beslut:` label behind a bullet
too. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

NOTES = """Samordningsförbundet i Blekinge län | Minnesanteckningar och beslut
Möte 4/2027 | 2027-06-14 | kl. 09.00–11.00 | Karlskrona

Punkt 12: Mötet öppnas
• Ordföranden öppnade mötet.

Punkt 13: Justering
• Beslut: Eva Lund utsågs att justera anteckningarna.

Punkt 14: Ny webbplats
• Kansliet visade ett förslag till ny webbplats.
• Beslut: Att ge förbundschefen i uppdrag att upphandla en ny webbplats till hösten.

Punkt 15: Avslutning
• Ordföranden tackade och avslutade mötet.
"""


def test_notes_name_their_meeting_and_a_bulleted_decision_label_leads_its_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "anteckningar.txt", NOTES))
    assert summary["meeting"] == "2027-4"
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2027-12-31")}
    assert kinds == {"2027-4 §14:1": "assignment"}  # the justerare is a formality, bullet or not


CLOSING_LISTS = NOTES.replace("""Punkt 15: Avslutning
• Ordföranden tackade och avslutade mötet.
""", """Punkt 15: Rapport om sommarjobb
• Beslut: Att Ronneby kommun ska redovisa utfallet av sommarjobben vid mötet i oktober 2027.

Punkt 16: Avslutning
• Ordföranden tackade och avslutade mötet.

Beslutslista 4/2027
2027-4 §14:1 | Ny webbplats                | Uppdrag till förbundschefen
2027-4 §15:1 | Rapport om sommarjobb      | Redovisas oktober 2027

Åtgärdslista
Vad                        | Vem               | När           | Status
Upphandla webbplats        | Förbundschefen    | Hösten 2027   | Ny
Utfall sommarjobb          | Ronneby kommun    | Oktober 2027  | Ny
""")


def test_a_closing_decision_list_repeats_this_meetings_decisions_and_fulfils_none_of_them(cli, tmp_path):
    imported(cli, minutes(tmp_path, "anteckningar.txt", CLOSING_LISTS))
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2027-12-31")}
    assert kinds == {"2027-4 §14:1": "assignment", "2027-4 §15:1": "report"}
    statuses = {f["source"]: f["status"] for f in view(cli, "follow-ups", "--as-of", "2027-09-01", "--all")}
    assert statuses == {"2027-4 §14:1": "open", "2027-4 §15:1": "open"}


def test_a_decision_label_over_no_decision_is_none(cli, tmp_path):
    told = NOTES.replace("• Ordföranden tackade och avslutade mötet.", "• Kansliet berättade om sommaren.\n• Beslut: Inget beslut – informationen noterades.")
    imported(cli, minutes(tmp_path, "anteckningar.txt", told))
    assert [d["id"] for d in view(cli, "decisions", "--as-of", "2027-12-31")] == ["2027-4 §14:1"]


LATER = """Samordningsförbundet i Blekinge län | Minnesanteckningar och beslut
Möte 5/2027 | 2027-09-13 | kl. 09.00–11.00 | Ronneby

Punkt 17: Mötet öppnas
• Ordföranden öppnade mötet.

Punkt 18: Avslutning
• Mötet avslutades.

Uppföljning
* Upphandla webbplats – förbundschefen – hösten 2027
* Rapport om utfallet av sommarjobben – Ronneby kommun – oktober 2027
"""


def test_a_closing_follow_up_list_in_bullets_fulfils_nothing(cli, tmp_path):
    imported(cli, minutes(tmp_path, "juni.txt", CLOSING_LISTS[:CLOSING_LISTS.index("Beslutslista")]))
    imported(cli, minutes(tmp_path, "september.txt", LATER))
    statuses = {f["source"]: f["status"] for f in view(cli, "follow-ups", "--as-of", "2027-09-20", "--all")}
    assert statuses == {"2027-4 §14:1": "open", "2027-4 §15:1": "open"}
