"""Phrasings met in a seventh history by other hands, each pinned in minutes of our own: a due
set by Midsummer, a meeting moved (not a matter deferred), `beslöt` and `beslutades` as
decision markers, an assignment that names who itself, a report called `redogörelse`, work
that is under way (not done), and a task found again inside a compound word."""

from __future__ import annotations

from register.minutes.parser import parse_minutes
from tests.importer.steps import follow_up, imported, minutes


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(str(d.id), d.kind.value) for d in parse_minutes(text, "x.txt").decisions]


def test_a_due_before_midsummer_is_midsummer_eve_after_the_meeting(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", (
        "Sammanträde nr 4/2026\nDatum: 2026-05-11\n\n§ 30 Revision\n"
        "Styrelsen gav följande uppdrag:\nKansliet ska före midsommar skicka revisorerna en sammanställning.\n")))
    assert follow_up(cli, "2026-4 §30:1", "2026-05-12")["due"] == "2026-06-19"


def test_an_assignment_clause_that_names_who_is_kept_as_written() -> None:
    text = ("Sammanträde nr 4/2026\nDatum: 2026-05-11\n\n§ 31 Arbetsordning\n"
            "Styrelsen gav följande uppdrag:\nPresidiet ska föreslå en ny arbetsordning till decembersammanträdet.\n")
    decision, = parse_minutes(text, "x.txt").decisions
    assert (decision.kind.value, decision.text) == (
        "assignment", "Att presidiet ska föreslå en ny arbetsordning till decembersammanträdet.")


def test_a_meeting_moved_to_another_day_is_no_deferral_but_a_matter_moved_is() -> None:
    text = ("Sammanträde nr 2/2026\nDatum: 2026-03-16\n\n§ 12 Mötesplan\nStyrelsen beslutar att "
            "septembermötet flyttas till den 28 september.\n\n§ 13 Ansökan från Ronneby\n"
            "Styrelsen beslutar att ärendet flyttas till nästa sammanträde.\n")
    kinds = dict(_kinds(text))
    assert kinds["2026-2 §13:1"] == "deferral"
    assert kinds["2026-2 §12:1"] != "deferral"


def test_beslot_and_beslutades_mark_decisions_and_a_marker_over_a_numbered_decision_is_no_second_one() -> None:
    unnumbered = ("Sammanträde nr 3/2026\nDatum: 2026-04-20\n\n§ 20 Bokslut\nStyrelsen beslöt att godkänna "
                  "Årsredovisning 2025.\n\n§ 21 Ansökan\nBeslutades att bordlägga ärendet till nästa möte.\n")
    assert _kinds(unnumbered) == [("2026-3 §20:1", "document"), ("2026-3 §21:1", "deferral")]
    numbered = parse_minutes("Protokoll 2026-3\nDatum 2026-04-20\n\nStyrelsen beslöt att godkänna årsredovisningen.\nBeslut 2026-3 §05:1\n"
                             "Att godkänna Årsredovisning 2025.\n", "x.txt")
    assert [str(d.id) for d in numbered.decisions] == ["2026-3 §05:1"]
    assert not [w for w in numbered.warnings if "without an id" in w.message]


def test_a_party_that_comes_back_with_a_redogorelse_owes_a_report() -> None:
    text = ("Sammanträde nr 3/2026\nDatum: 2026-04-20\n\n§ 22 Förstudie\nStyrelsen beslutar att "
            "Karlshamns kommun återkommer med en redogörelse för förstudien i oktober.\n")
    assert _kinds(text) == [("2026-3 §22:1", "report")]


def test_work_under_way_leaves_the_assignment_open_and_done_work_settles_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", (
        "Sammanträde nr 1/2026\nDatum: 2026-02-09\n\n§ 3 Utvärdering\nStyrelsen beslutar att ge förbundschefen "
        "i uppdrag att teckna avtal med en extern utvärderare.\n")))
    imported(cli, minutes(tmp_path, "mars.txt", (
        "Sammanträde nr 2/2026\nDatum: 2026-03-16\n\n§ 10 Förbundschefen informerar\nFörbundschefen informerade "
        "om att arbetet med att teckna avtal med en extern utvärderare har påbörjats.\n")))
    assert follow_up(cli, "2026-1 §03:1", "2026-03-17")["status"] == "open"
    imported(cli, minutes(tmp_path, "april.txt", (
        "Sammanträde nr 3/2026\nDatum: 2026-04-20\n\n§ 20 Förbundschefen informerar\nFörbundschefen informerade "
        "om att utvärderaravtalet med den externa utvärderaren nu är undertecknat.\n")))
    assert follow_up(cli, "2026-1 §03:1", "2026-04-21")["status"] == "done"
