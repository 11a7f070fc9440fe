"""Minutes exported from a Finland-Swedish case system: dates written `3.3.2051`, the meeting named
`PROTOKOLL 2/2051`, each § headed `Styrelsen 3.3.2051  § 14` with its title below, a proposal
under `Förslag` decided by reference (`Förslaget godkändes.`), and a returning matter that
reprints its earlier treatment first. Minutes of our own."""

from __future__ import annotations

from tests.importer.case_system_minutes import MARCH, MAY
from tests.importer.steps import decision, events, follow_up, imported, minutes, view

def test_a_finland_swedish_export_is_read_with_its_date_and_number(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert (summary["meeting"], summary["date"]) == ("2051-2", "2051-03-03")


def test_a_proposal_decided_by_reference_gives_each_of_its_points_as_a_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert decision(cli, "2051-2 §14:1")["kind"] == "plan"
    assert "lägesrapport" in decision(cli, "2051-2 §14:2")["text"]


def test_a_proposal_changed_in_the_treatment_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    doubts = [d["what"] for d in summary["to_review"]]
    assert any("2051-2 §15:1" in what and "Behandling" in what for what in doubts), doubts


def test_the_formalities_of_the_layout_are_no_decisions(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    ids = [d["id"] for d in view(cli, "decisions", "--as-of", "2999-12-31")]
    assert ids == ["2051-2 §14:1", "2051-2 §14:2", "2051-2 §15:1", "2051-2 §16:1", "2051-2 §17:1", "2051-2 §18:1", "2051-2 §18:2"], ids


def test_headings_beside_the_board_and_date_number_the_items(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert (summary["meeting"], summary["date"]) == ("2051-3", "2051-05-12")
    assert decision(cli, "2051-3 §21:1")["kind"] == "grant"


def test_the_earlier_treatment_a_returning_matter_reprints_yields_no_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    ids = [d["id"] for d in view(cli, "decisions", "--as-of", "2999-12-31")]
    assert [i for i in ids if i.startswith("2051-3")] == ["2051-3 §21:1", "2051-3 §22:1", "2051-3 §23:1", "2051-3 §24:1", "2051-3 §25:1", "2051-3 §26:1", "2051-3 §28:1", "2051-3 §29:1", "2051-3 §30:1", "2051-3 §31:1", "2051-3 §32:1"], ids


def test_a_decision_cited_by_a_date_written_with_dots_is_found(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-2 §15:1")["status"] == "revoked"


def test_a_decision_that_replaces_one_cited_by_a_date_with_dots_supersedes_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-2 §16:1")["status"] == "superseded"


def test_a_referral_by_the_proposal_moved_in_the_treatment_waits_for_whom_it_names(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert follow_up(cli, "2051-2 §17:1", "2051-04-01")["responsible"] == "Ronneby kommun"
    assert any("2051-2 §17:1" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_an_officer_who_gives_an_account_in_the_present_owes_a_report(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-3 §24:1")["kind"] == "report"


def test_the_earlier_treatment_a_report_reprints_is_the_one_it_fulfils(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    fulfilled = [e for e in events(summary) if e.startswith("fulfilled: follow-up from 2051-2 §14:2")]
    assert fulfilled and "by date and §" in fulfilled[0], events(summary)


def test_an_item_struck_from_the_agenda_is_no_formality(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-3 §26:1")["kind"] == "withdrawal"


def test_a_party_enjoined_or_expected_to_report_owes_a_report(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert [decision(cli, f"2051-2 §18:{n}")["kind"] for n in (1, 2)] == ["report", "report"]
    assert follow_up(cli, "2051-2 §18:2", "2051-04-01")["responsible"] == "Olofströms kommun"
    assert decision(cli, "2051-2 §18:1")["text"].startswith("Styrelsen ålägger Karlshamns kommun")


def test_a_report_cited_as_still_to_come_is_fulfilled_by_nothing_else_the_item_says(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert follow_up(cli, "2051-2 §18:1", "2051-05-31")["status"] != "done"


def test_money_for_a_joint_project_named_after_for_is_granted_to_the_project(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    grants = [g for g in view(cli, "grants", "--as-of", "2999-12-31") if g["decision"] == "2051-3 §28:1"]
    assert [(g["party"], g["amount_sek"]) for g in grants] == [(None, 300000)], grants


def test_a_vote_counted_yes_and_no_before_the_names_is_read(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-3 §28:1")["votes"] == {"for": 5, "against": 1, "abstained": 0}


def test_a_report_due_at_the_last_meeting_of_a_year_is_due_in_its_month(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert follow_up(cli, "2051-3 §29:1", "2051-06-01")["due"] == "2051-12"


def test_a_counter_proposal_that_lost_the_vote_leaves_the_proposal_as_decided(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert not any("2051-3 §28:1" in d["what"] and "Behandling" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_an_earlier_treatment_is_one_paragraph_where_no_new_one_is_headed(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert "40 000" in decision(cli, "2051-3 §30:1")["text"]


def test_an_earlier_treatment_without_a_new_one_headed_is_history_by_the_meetings_own_date(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert not any("§19" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_the_earlier_treatment_by_another_body_yields_no_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    texts = [d["text"] for d in view(cli, "decisions", "--as-of", "2999-12-31") if d["id"].startswith("2051-3 §31")]
    assert texts and not any("Bryggan" in text for text in texts), texts


def test_a_board_that_embraced_the_proposal_decided_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-3 §32:1")["kind"] == "grant"
