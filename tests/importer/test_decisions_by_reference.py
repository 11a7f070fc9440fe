"""Minutes that write the proposals out (`Förslag till beslut:`, `Yrkande (NN):`, `Tilläggsyrkande`,
`Ändringsyrkande`) and the decision only by reference to one of them (`Styrelsen beslutade att anta
förslaget`, `… att bifalla ändringsyrkandet`): the decision is the clauses of the proposal it
names, a proposal that lost yields nothing, and where the importer cannot tell which proposal won
it says so. Also the title such minutes give the meeting (`STYRELSEPROTOKOLL 3/2031`, `styrelsemöte
nr 4 år 2031`), the agenda fixed `med ett tillägg`, and an item struck with `Punkten utgår`.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, imported, minutes, view

MAY = """\
SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE
STYRELSEPROTOKOLL 3/2031

Datum: 2031-05-20
Plats: Kommunhuset, Olofström

§ 30 Val av justerare
Styrelsen utsåg Lena Borg att jämte ordföranden justera protokollet.

§ 31 Fastställande av föredragningslista
Styrelsen fastställde föredragningslistan med ett tillägg.

§ 32 Föregående protokoll
Protokoll 2/2031 från 2031-03-18 lades till handlingarna.

§ 33 FINSAM-plan 2031 – Olofströms kommun
Föredragande: Karin Ek
Underlaget beskriver två insatser för personer som står långt från arbetsmarknaden.

Förslag till beslut:
att fastställa Olofströms kommuns FINSAM-plan 2031 och bevilja 720 000 kr för dess
genomförande,
att Olofströms kommun återrapporterar planens genomförande vid styrelsens möte i oktober 2031.

Styrelsen beslutade att anta förslaget.

§ 34 FINSAM-plan 2031 – Ronneby kommun
Yrkande (Karin Ek): att fastställa Ronneby kommuns FINSAM-plan 2031 och bevilja 2 100 000 kr
för dess genomförande.

Ändringsyrkande (Lars Nyqvist): att återremittera ärendet till Ronneby kommun för
komplettering av målgruppsbeskrivningen.

Styrelsen beslutade att bifalla ändringsyrkandet.

§ 35 Budget 2032
Förslag till beslut: att anta budget 2032 enligt bilaga,
att gälla från och med den 1 januari 2032.

Tilläggsyrkande (Lena Borg): att ge förbundschefen i uppdrag att ta fram en plan för minskade
lokalkostnader till styrelsens möte i december 2031.

Styrelsen beslutade
att anta förslaget till beslut, samt
att bifalla tilläggsyrkandet.

§ 36 Ansökan om medel – Sölvesborgs kommun
Punkten utgår. Ansökan är inte färdigberedd.

§ 37 Ansökan om medel – Karlshamns kommun
Yrkande (Karin Ek): att bevilja Karlshamns kommun 90 000 kr för en studiecirkel 2031.
Yrkande (Lars Nyqvist): att avslå ansökan.

Styrelsen beslutade att bifalla yrkandet.

§ 38 Ansökan om medel – Region Blekinge
Yrkande (Karin Ek): att bevilja Region Blekinge 60 000 kr för en temadag 2031.
Yrkande (Lars Nyqvist): att avslå ansökan.

Votering begärdes. Ja för Lars Nyqvists yrkande, nej för Karin Eks yrkande.
Ja: 5   Nej: 3   Avstår: 1

Styrelsen beslutade att bifalla Lars Nyqvists yrkande.

§ 39 Projektmedel – Ronneby kommun
Yrkande: att bevilja Ronneby kommun 80 000 kr för projektet ”Vägen ut” 2031.

Styrelsen beslutade att bifalla yrkandet.

§ 40 Mötets avslutande
Ordföranden avslutade mötet.
"""

JUNE = """\
Samordningsförbundet FINSAM Blekinge – Styrelsen
PROTOKOLL, styrelsemöte nr 4 år 2031

Datum: 2031-06-17

§ 41 Föregående protokoll
Protokoll 3/2031 lades till handlingarna.

§ 42 ”Vägen ut”, Ronneby kommun – större ram
Styrelsen beviljade 2031-05-20, § 39, medel till projektet. Kommunen har begärt mer.

Yrkande: att bevilja Ronneby kommun 95 000 kr för projektet ”Vägen ut” 2031.
Detta beslut ersätter beslut 2031-05-20, § 39.

Styrelsen beslutade att bifalla yrkandet.

§ 43 Ansökan om medel – Region Blekinge
Ärendet utgår från dagens föredragningslista.

§ 44 Kansliets lokaler
Yrkande (Karin Ek): att ge förbundschefen i uppdrag att utreda en flytt av kansliet till Karlshamn.
Yrkande (Lars Nyqvist): att bordlägga ärendet till nästa sammanträde.

Styrelsen biföll Karin Eks yrkande.

§ 45 Riktlinjer för representation
Förslag till beslut: att anta riktlinjer för representation enligt bilaga.
Ändringsyrkande (Lars Nyqvist): att återremittera ärendet till förbundschefen för komplettering.

Styrelsen beslutade i enlighet med ändringsyrkandet.

§ 46 Ansökan om medel – Karlshamns kommun
Förslag till beslut: att bevilja Karlshamns kommun 45 000 kr för en föreläsningsserie 2031.
Yrkande (Lars Nyqvist): att avslå ansökan.

Ordföranden ställde förslaget mot yrkandet och fann att
styrelsen bifaller förslaget till beslut. Votering begärdes inte.

Styrelsen beslutade att anta förslaget till beslut.

§ 47 Arbetsordning för styrelsen
Förslag till beslut: att anta arbetsordning för styrelsen enligt bilaga.
Tilläggsyrkande (Karin Ek): att ge förbundschefen i uppdrag att se över arbetsordningen till
styrelsens möte i december 2031.

Styrelsen beslutade att bifalla både förslaget och tilläggsyrkandet.

§ 48 Policy för sociala medier
Förslag till beslut: att anta policy för sociala medier enligt bilaga.
Ändringsyrkande (Lars Nyqvist): att i förslaget ändra ”varje vecka” till ”varje månad”.

Styrelsen beslutade att bifalla ändringsyrkandet.

§ 49 Information
Förbundschefen påminde om att Ronneby kommuns rapport enligt tidigare beslut väntas i oktober.
Punkten föranledde inget beslut.
"""


def _decisions(summary):
    return [(d["id"], d["kind"]) for d in summary["decisions"]]


def test_the_title_styrelseprotokoll_with_number_and_year_names_the_meeting(cli, tmp_path):
    assert imported(cli, minutes(tmp_path, "maj.txt", MAY))["meeting"] == "2031-3"


def test_a_meeting_numbered_nr_n_ar_year_is_that_meeting_not_the_one_its_body_cites(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert imported(cli, minutes(tmp_path, "juni.txt", JUNE))["meeting"] == "2031-4"


def test_the_agenda_fixed_with_an_addition_is_no_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert not [id_ for id_, _ in _decisions(summary) if "§31" in id_]


def test_adopting_the_proposal_adopts_each_of_its_clauses(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert [d for d in _decisions(summary) if "§33" in d[0]] == [("2031-3 §33:1", "plan"), ("2031-3 §33:2", "report")]


def test_the_amendment_that_won_is_the_decision_and_the_motion_it_beat_yields_nothing(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert [d for d in _decisions(summary) if "§34" in d[0]] == [("2031-3 §34:1", "referral")]
    assert not [p for p in view(cli, "plans", "--as-of", "2031-12-31") if p["party"] == "Ronneby kommun"
                and p.get("status") == "adopted"]


def test_the_proposal_and_the_addition_adopted_are_a_decision_each_and_when_it_applies_is_no_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert [d for d in _decisions(summary) if "§35" in d[0]] == [("2031-3 §35:1", "document"),
                                                                 ("2031-3 §35:2", "assignment")]


def test_an_item_struck_with_punkten_utgar_is_withdrawn(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert [d for d in _decisions(summary) if "§36" in d[0]] == [("2031-3 §36:1", "withdrawal")]


def test_an_item_struck_from_the_agenda_is_withdrawn_not_a_formality(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    summary = imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert _decisions(summary)[1] == ("2031-4 §43:1", "withdrawal")


def test_the_board_taking_a_proposal_in_a_sentence_of_its_own_decides_its_clauses(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    summary = imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert _decisions(summary)[2:4] == [("2031-4 §44:1", "assignment"), ("2031-4 §45:1", "referral")]


def test_the_chair_finding_which_proposal_won_in_running_prose_is_no_second_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    summary = imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert _decisions(summary)[4:5] == [("2031-4 §46:1", "grant")]


def test_one_clause_that_adopts_two_proposals_decides_the_clauses_of_both(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    summary = imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert _decisions(summary)[5:7] == [("2031-4 §47:1", "document"), ("2031-4 §47:2", "assignment")]


def test_an_amendment_that_changes_the_proposal_rather_than_replacing_it_goes_to_review(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    summary = imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert any("§48" in d["what"] and "amend" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_the_motion_adopted_among_several_of_the_same_label_goes_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert any("§37" in d["what"] and "which" in d["what"] for d in summary["to_review"]), summary["to_review"]
    assert not [d for d in _decisions(summary) if "§37" in d[0] and d[1] == "grant"]


def test_the_motion_adopted_by_its_movers_name_is_the_decision(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert [d for d in _decisions(summary) if "§38" in d[0]] == [("2031-3 §38:1", "rejection")]


def test_a_vote_counted_side_by_side_under_labels_is_read(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2031-3 §38:1")["votes"] == {"for": 5, "against": 3, "abstained": 1}


def test_what_the_adopted_motion_says_it_replaces_is_superseded(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    summary = imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert _decisions(summary)[0] == ("2031-4 §42:1", "grant")
    assert decision(cli, "2031-3 §39:1")["status"] == "superseded"


NUMBERED = """\
Styrelsemöte 2031:2
Datum: 2031-03-10

§ 5 Budget
Förslag till beslut: att anta budget 2032 enligt bilaga.

Beslut 2031-2 §05:1
Att anta förslaget.
"""


def test_a_numbered_decision_that_only_names_the_proposal_goes_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", NUMBERED))
    assert any("2031-2 §05:1" in d["what"] and "proposal" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_an_item_that_says_no_decision_was_taken_is_not_put_to_review_as_one_unread(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    summary = imported(cli, minutes(tmp_path, "juni.txt", JUNE))
    assert not [d for d in summary["to_review"] if "§49" in d["what"]], summary["to_review"]
