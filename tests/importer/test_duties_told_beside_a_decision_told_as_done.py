"""A terse hand tells the duties a decision lays in a paragraph of their own after it: a member that
shall report (`Ronneby kommun ska redovisa …`) or reports, in the present, by a time (`Karlshamns
kommun lämnar en lägesrapport … senast 30 juni`, `Slutredovisning lämnas av Sölvesborgs kommun senast
…`, `Karlshamns kommun ålades att senast … redovisa …`), after a decision told as done (`Beslöts att bevilja …`,
under a `Beslut:` label too). It tells a task with the officer as subject, by name alone or with the title (`Lena Berg fick i
uppdrag att …`), in its own paragraph after a decision read otherwise too. A vote's count may lead the
board's verb (`Med 5 röster mot 1 beslöt styrelsen att …`). A member that reports now, with no time to
report by, owes nothing. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

FEBRUARY = title_block(1, "2076-02-03") + """
§ 1 Ansökan om Vägen ut
Karlshamns kommun söker pengar för att fortsätta Vägen ut.

Beslöts att bevilja Karlshamns kommun 210 000 kr för Vägen ut 2076.

Karlshamns kommun lämnar en lägesrapport till styrelsen senast 30 juni.

§ 2 Lokal plan Ronneby
Styrelsen fastställde Ronneby kommuns lokala plan för 2076 med 300 000 kr.

Ronneby kommun ska redovisa en halvårsuppföljning till mötet i september.

§ 3 Ansökan om Ny start
Beslöts att bevilja Olofströms kommun 80 000 kr för Ny start 2076.

Olofströms kommun redovisar att tolv deltagare har börjat.

§ 4 Samlad uppföljning
Diskuterades hur resultat kan visas samlat. Lena Berg fick i uppdrag att ta fram ett förslag till gemensam uppföljning senast 30 april.

§ 5 Nytt kontor
Förbundschefen Lena Berg fick också i uppdrag att undersöka lokaler till nästa möte.

§ 6 Ansökan om Sommarsteget
Beslöts att bevilja Sölvesborgs kommun 50 000 kr för Sommarsteget 2076.

Slutredovisning lämnas av Sölvesborgs kommun senast 31/1 2077.

§ 7 Kontoret
Beslöts att säga upp hyresavtalet för Storgatan 3.

Lena Berg fick i uppdrag att förhandla fram ett nytt hyresavtal till nästa möte.

§ 8 Budget 2077
Med 5 röster mot 1 beslöt styrelsen att fastställa budget 2077 enligt förslaget.

§ 9 Steget vidare
Beslut:
Styrelsen beslöt att bevilja Karlshamns kommun 640 000 kr för insatsen Steget vidare under 2076.

Karlshamns kommun ålades att senast den 15 juni 2076 redovisa en delrapport över insatsen.

§ 10 Ronneby kommuns FINSAM-plan 2076
Beslut:
Styrelsen beslöt att fastställa Ronneby kommuns FINSAM-plan 2076.

Styrelsen beslöt vidare att Ronneby kommun ålades att senast den 30 september 2076 redovisa hur planen har genomförts.
"""


def _follow_ups(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    return {r["source"]: r for r in view(cli, "follow-ups", "--all", "--as-of", "2076-03-01")}


def test_a_member_reporting_by_a_time_in_the_paragraph_after_the_decision_owes_a_report(cli, tmp_path):
    rows = _follow_ups(cli, tmp_path)
    owed = {source: (r["kind"], r["responsible"], r["due"]) for source, r in rows.items() if r["kind"] == "report"}
    assert owed == {"2076-1 §01:2": ("report", "Karlshamns kommun", "2076-06-30"),
                    "2076-1 §02:2": ("report", "Ronneby kommun", "2076-09"),
                    "2076-1 §06:2": ("report", "Sölvesborgs kommun", "2077-01-31"),
                    "2076-1 §09:2": ("report", "Karlshamns kommun", "2076-06-15"),
                    "2076-1 §10:2": ("report", "Ronneby kommun", "2076-09-30")}, owed


def test_a_member_reporting_now_with_no_time_owes_nothing(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    ids = [d["id"] for d in view(cli, "decisions", "--as-of", "2076-12-31") if d["id"].startswith("2076-1 §03")]
    assert ids == ["2076-1 §03:1"], ids


def test_a_task_told_with_the_officer_as_subject_by_name_or_title_is_an_assignment(cli, tmp_path):
    rows = _follow_ups(cli, tmp_path)
    tasks = {source: (r["responsible"], r["due"]) for source, r in rows.items() if r["kind"] == "assignment"}
    assert tasks == {"2076-1 §04:1": ("Lena Berg", "2076-04-30"), "2076-1 §05:1": ("förbundschefen", "next-meeting"),
                     "2076-1 §07:2": ("Lena Berg", "next-meeting")}, tasks


def test_a_decision_whose_vote_count_leads_the_boards_verb_is_read(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    decided = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2076-12-31") if d["id"].startswith("2076-1 §08")}
    assert decided == {"2076-1 §08:1": "document"}, decided
