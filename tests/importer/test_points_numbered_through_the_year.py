"""Minutes of a state agency's board: the meeting named `Nr 2/2041` under `PROTOKOLL` in the
title block, agenda points numbered `5.` … without a § sign and on through the year (the
second meeting of the year goes on from where the first stopped), decisions told in the past
(`Styrelsen beslöt att …`, `Styrelsen fastställde …`), earlier decisions cited `protokoll nr
1/2041, punkt 3`. The point's number is the item's number. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, follow_up, imported, minutes, view

FIRST = """FÖRBUNDET FINSAM BLEKINGE                                  PROTOKOLL
Styrelsen                                                  Nr 1/2041

Sammanträdesdatum   2041-02-07
Plats               Kansliet, Karlshamn

1. Öppnande
Ordföranden öppnade sammanträdet.

2. Protokoll från föregående sammanträde
Protokoll nr 6/2040 från den 5 december 2040 lades till handlingarna.

3. Medel till Jobbspåret, Olofströms kommun (dnr 2041/0003)
Olofströms kommun har sökt medel för Jobbspåret.

Styrelsen beslöt att bevilja Olofströms kommun 310 000 kronor för Jobbspåret under 2041.

4. Avslutning
Ordföranden avslutade sammanträdet.
"""

SECOND = """FÖRBUNDET FINSAM BLEKINGE                                  PROTOKOLL
Styrelsen                                                  Nr 2/2041

Sammanträdesdatum   2041-04-04
Plats               Kansliet, Karlshamn

5. Öppnande
Ordföranden öppnade sammanträdet.

6. Protokoll från föregående sammanträde
Protokoll nr 1/2041 från den 7 februari 2041 lades till handlingarna.

7. Ordning för attestering (dnr 2041/0010)
Kansliet har sett över attestordningen. Förslaget innehåller
1. Firmatecknare
2. Attestanter
3. Beloppsgränser

Styrelsen fastställde attestordningen att gälla från den 1 maj 2041.

8. Jobbspåret, Olofströms kommun – utökning (dnr 2041/0003)
Styrelsen beviljade den 7 februari 2041 (protokoll nr 1/2041, punkt 3) Olofströms
kommun 310 000 kronor för Jobbspåret. Kommunen har sökt mer.

Styrelsen beslöt
att bevilja Olofströms kommun 360 000 kronor för Jobbspåret under 2041, vilket ersätter
beslutet den 7 februari 2041 (protokoll nr 1/2041, punkt 3),
att Olofströms kommun ska lämna en slutrapport senast den 31 januari 2042.

9. Avslutning
Ordföranden avslutade sammanträdet.
"""


def test_points_numbered_on_through_the_year_number_their_decisions(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FIRST))
    summary = imported(cli, minutes(tmp_path, "apr.txt", SECOND))
    assert {d["id"]: d["kind"] for d in summary["decisions"]} == {
        "2041-2 §07:1": "document", "2041-2 §08:1": "grant", "2041-2 §08:2": "report"}


def test_the_meeting_is_the_number_under_protokoll_not_the_minutes_cited_below(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "feb.txt", FIRST))
    assert [d["id"] for d in summary["decisions"]] == ["2041-1 §03:1"]


def test_a_decision_cited_by_protocol_number_and_point_is_found(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FIRST))
    imported(cli, minutes(tmp_path, "apr.txt", SECOND))
    assert decision(cli, "2041-1 §03:1")["status"] == "superseded"


def test_the_meeting_named_beside_the_page_number_is_read(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FIRST))
    later = SECOND.replace("FÖRBUNDET FINSAM BLEKINGE                                  PROTOKOLL\n"
                           "Styrelsen                                                  Nr 2/2041",
                           "Förbundet Finsam Blekinge\nStyrelsen\n\nPROTOKOLL NR 2/2041                         1 (2)")
    summary = imported(cli, minutes(tmp_path, "apr.txt", later))
    assert summary["meeting"] == "2041-2"


THIRD = """FÖRBUNDET FINSAM BLEKINGE                                  PROTOKOLL
Styrelsen                                                  Nr 3/2041

Sammanträdesdatum   2041-06-09
Plats               Kansliet, Karlshamn

10. Öppnande
Ordföranden öppnade sammanträdet.

11. Modell för kvalitetsuppföljning – redovisning (dnr 2041/0011)
Styrelsen uppdrog den 4 april 2041 (protokoll nr 2/2041, punkt 7) åt kansliet
att ta fram en modell för kvalitetsuppföljning. Kansliet redovisade modellen.

Styrelsen godkände redovisningen.

12. Kansliets halvårsrapport (dnr 2041/0012)
Kanslichefen gick igenom halvårsrapporten.

Styrelsen noterade halvårsrapporten och lade den till handlingarna.

13. Länsgemensam studiecirkel (dnr 2041/0013)
Ordföranden yrkade bifall till kansliets förslag. Omröstning begärdes.
Ja: 5 röster. Nej: 3 röster.

Styrelsen beslöt med fem röster mot tre
att bevilja Karlshamns kommun 45 000 kronor för studiecirkeln under 2041.

14. Information
Kanslichefen berättade om hösten. Styrelsen tog del av informationen.
Punkten föranledde inget beslut.

15. Avslutning
Ordföranden avslutade sammanträdet.
"""


def test_a_decision_said_with_its_vote_before_the_att_clauses_is_read(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "jun.txt", THIRD))
    assert {d["id"]: d["kind"] for d in summary["decisions"]}.get("2041-3 §13:1") == "grant"


def test_an_earlier_decision_told_with_its_date_is_no_decision_of_this_meeting(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "jun.txt", THIRD))
    texts = {d["id"]: d["text"] for d in summary["decisions"]}
    assert texts.get("2041-3 §11:1", "").startswith("Att godkänna redovisningen")
    assert "2041-3 §11:2" not in texts


def test_the_board_taking_note_in_the_past_where_it_decides_in_the_past_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "jun.txt", THIRD))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert kinds.get("2041-3 §12:1") == "acknowledgement"
    assert "2041-3 §14:1" not in kinds  # `föranledde inget beslut`


def test_taking_note_where_the_point_says_no_decision_was_taken_is_no_decision(cli, tmp_path):
    text = THIRD.replace("Kanslichefen berättade om hösten. Styrelsen tog del av informationen.\nPunkten föranledde inget beslut.",
                         "Kanslichefen berättade om hösten.\n\nStyrelsen noterar informationen. Något beslut fattas inte.")
    summary = imported(cli, minutes(tmp_path, "jun.txt", text))
    assert "2041-3 §14:1" not in {d["id"] for d in summary["decisions"]}


FOURTH = """FÖRBUNDET FINSAM BLEKINGE                                  PROTOKOLL
Styrelsen                                                  Nr 4/2041

Sammanträdesdatum   2041-09-15
Plats               Kansliet, Karlshamn

16. Öppnande
Ordföranden öppnade sammanträdet.

17. Godkännande av föredragningslista
Föredragningslistan godkändes.

18. Kansliets delårsrapport (dnr 2041/0020)
Kanslichefen gick igenom delårsrapporten.

Styrelsen noterade delårsrapporten och lade den till handlingarna.

Beslut i detta ärende har fattats av styrelsen efter föredragning av kanslichefen.

19. Gemensam kompetensdag (dnr 2041/0021)
Samtliga parter står bakom en gemensam kompetensdag för handläggare.

Styrelsen beslöt att bevilja 120 000 kronor för den gemensamma satsningen ”Kompetensdag Blekinge”
under 2041.

Beslut i detta ärende har fattats av styrelsen efter föredragning av kanslichefen.

20. Avslutning
Ordföranden avslutade sammanträdet.
"""


def test_the_closing_line_naming_who_presented_does_not_hide_the_note_taken_above_it(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sep.txt", FOURTH))
    assert {d["id"]: d["kind"] for d in summary["decisions"]}.get("2041-4 §18:1") == "acknowledgement"


def test_the_agenda_approved_in_the_past_is_a_formality(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sep.txt", FOURTH))
    assert "2041-4 §17:1" not in {d["id"] for d in summary["decisions"]}


def test_money_for_a_joint_undertaking_named_after_the_sum_goes_to_no_party(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "sep.txt", FOURTH))
    assert {d["id"]: d["kind"] for d in summary["decisions"]}.get("2041-4 §19:1") == "grant"


def test_an_assignment_takes_its_due_from_the_sentence_that_says_when_it_is_reported(cli, tmp_path):
    text = FOURTH.replace("Samtliga parter står bakom en gemensam kompetensdag för handläggare.\n\n"
                          "Styrelsen beslöt att bevilja 120 000 kronor för den gemensamma satsningen ”Kompetensdag Blekinge”\n"
                          "under 2041.",
                          "Styrelsen beslöt att uppdra åt förbundschefen att planera en kompetensdag för handläggare.\n"
                          "Uppdraget ska återrapporteras vid styrelsens sammanträde i november 2041.")
    imported(cli, minutes(tmp_path, "sep.txt", text))
    assert follow_up(cli, "2041-4 §19:1", "2041-09-30")["due"] == "2041-11"


def test_a_hand_that_adopts_in_the_past_takes_note_in_the_past_too(cli, tmp_path):
    text = FOURTH.replace("Styrelsen beslöt att bevilja 120 000 kronor för", "Styrelsen beviljade 120 000 kronor för")
    summary = imported(cli, minutes(tmp_path, "sep.txt", text))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert (kinds.get("2041-4 §18:1"), kinds.get("2041-4 §19:1")) == ("acknowledgement", "grant")


def test_a_roll_call_whose_sides_say_what_they_voted_for_is_counted(cli, tmp_path):
    text = THIRD.replace("Ja: 5 röster. Nej: 3 röster.\n\nStyrelsen beslöt med fem röster mot tre\n",
                         "Ja för bifall: Ulla Berg, Kent Ahl, Siv Ek – 3 röster.\n"
                         "Nej för avslag: Rune Ås, Eva Ho – 2 röster.\n\nStyrelsen beslöt\n")
    imported(cli, minutes(tmp_path, "jun.txt", text))
    assert decision(cli, "2041-3 §13:1")["votes"] == {"for": 3, "against": 2, "abstained": 0}


def test_members_listed_with_their_party_in_brackets_are_read(cli, tmp_path):
    text = FIRST.replace("Plats               Kansliet, Karlshamn\n",
                         "Plats               Kansliet, Karlshamn\n\n"
                         "Ledamöter           Ulla Berg, ordförande (Region Blekinge)\n"
                         "                    Kent Ahl (Ronneby kommun)\n"
                         "                    Siv Ek (Arbetsförmedlingen)\n")
    imported(cli, minutes(tmp_path, "feb.txt", text))
    rows = view(cli, "attendance", "2041-1")
    assert sorted((r["name"], r["organisation"]) for r in rows) == [
        ("Kent Ahl", "Ronneby kommun"), ("Siv Ek", "Arbetsförmedlingen"), ("Ulla Berg", "Region Blekinge")]


def test_earlier_minutes_cited_at_the_start_of_a_line_do_not_name_the_meeting(cli, tmp_path):
    text = FIRST.replace("Styrelsen                                                  Nr 1/2041", "Styrelsen")
    text = text.replace("Plats               Kansliet, Karlshamn\n",
                        "Plats               Kansliet, Karlshamn\n" + "\n" * 20)
    summary = imported(cli, minutes(tmp_path, "feb.txt", text), "--meeting", "2041-1")
    assert summary["meeting"] == "2041-1"


def test_the_meetings_number_alone_in_the_title_blocks_column_names_it(cli, tmp_path):
    text = FIRST.replace("FÖRBUNDET FINSAM BLEKINGE                                  PROTOKOLL\n"
                         "Styrelsen                                                  Nr 1/2041",
                         "FÖRBUNDET FINSAM BLEKINGE                                  SAMMANTRÄDESPROTOKOLL\n"
                         "Styrelsen                                                  1/2041\n"
                         "Dnr                 12/2041")
    summary = imported(cli, minutes(tmp_path, "feb.txt", text))
    assert summary["meeting"] == "2041-1"


def test_a_report_placed_on_file_in_the_past_is_taken_note_of_but_information_is_not(cli, tmp_path):
    text = FOURTH.replace("Styrelsen noterade delårsrapporten och lade den till handlingarna.",
                          "Delårsrapporten lades till handlingarna.").replace(
        "20. Avslutning", "20. Information\nKanslichefen berättade om våren. Informationen lades till handlingarna.\n\n21. Avslutning")
    summary = imported(cli, minutes(tmp_path, "sep.txt", text))
    kinds = {d["id"]: d["kind"] for d in summary["decisions"]}
    assert (kinds.get("2041-4 §18:1"), kinds.get("2041-4 §20:1")) == ("acknowledgement", None)
