"""A § that recalls a member's duty by the decision that set it (`Enligt beslut 2077-02-10, § 5,
skulle kommunen lämna en skriftlig uppföljning …`) and then says it came in (`Uppföljningen kom in
den 4 september`) delivers it; one that only recalls it delivers nothing. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, title_block

FEBRUARY = title_block(1, "2077-02-10") + """
§ 5  Insatsplan Karlskrona kommun 2077

Beslut
Att fastställa Karlskrona kommuns insatsplan för 2077 och bevilja 900 000 kronor.
Att Karlskrona kommun senast den 31 augusti 2077 ska lämna en skriftlig uppföljning av insatsplanen.
"""

SEPTEMBER = title_block(2, "2077-09-15") + """
§ 21  Karlskrona kommun, halvåret

Enligt beslut 2077-02-10, § 5, skulle Karlskrona kommun lämna en skriftlig uppföljning av sin
insatsplan senast den 31 augusti. Uppföljningen kom in den 4 september och presenteras av enhetschefen.

Beslut
Att lägga uppföljningen till handlingarna.
"""

RECALLED = SEPTEMBER.replace("Uppföljningen kom in den 4 september och presenteras av enhetschefen.",
                             "Kommunen har bett att få lämna den i oktober.")


def test_a_follow_up_recalled_by_its_decision_and_come_in_is_delivered(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    row = follow_up(cli, "2077-1 §05:2", "2077-10-01")
    assert (row["status"], row["done_on"]) == ("done", "2077-09-15")


def test_a_follow_up_only_recalled_is_not_delivered(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    imported(cli, minutes(tmp_path, "sep.txt", RECALLED))
    assert follow_up(cli, "2077-1 §05:2", "2077-10-01")["status"] == "overdue"


TASK = title_block(1, "2077-02-10") + """
§ 10  Unga utan insats

Beslut
Att uppdra åt förbundschefen att kartlägga unga med aktivitetsersättning som saknar en pågående insats.
"""

MAPPED = title_block(2, "2077-05-12") + """
§ 33  Redovisning av uppdrag

Styrelsen gav den 10 februari 2077, § 10, förbundschefen i uppdrag att kartlägga unga med
aktivitetsersättning som saknar en pågående insats. Processledaren presenterar kartläggningen.

Beslut
Att lägga redovisningen till handlingarna.
"""


def test_an_insats_said_to_be_ongoing_in_what_a_task_is_about_is_no_work_under_way(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", TASK))
    imported(cli, minutes(tmp_path, "maj.txt", MAPPED))
    row = follow_up(cli, "2077-1 §10:1", "2077-06-01")
    assert (row["status"], row["done_on"]) == ("done", "2077-05-12")


WRITTEN_OFF = title_block(2, "2077-05-12") + """
§ 34  Kartläggningen – avskrivning

Vid februarisammanträdet fick förbundschefen i uppdrag att kartlägga unga utan insats. Underlaget finns redan hos Försäkringskassan.

Beslut
Att avskriva uppdraget till förbundschefen om kartläggning av unga med aktivitetsersättning.
"""


def test_a_task_written_off_by_what_it_is_about_is_written_off_and_put_to_review(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", TASK))
    summary = imported(cli, minutes(tmp_path, "maj.txt", WRITTEN_OFF))
    assert follow_up(cli, "2077-1 §10:1", "2077-06-01")["status"] == "written_off"
    assert any("2077-1 §10:1" in d["what"] and "matched by what it is about" in d["what"] for d in summary["to_review"])
