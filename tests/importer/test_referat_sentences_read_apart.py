"""A referat-style protocol tells several decisions in one sentence (`beslöt styrelsen att A, att B
samt att C`), says a duty in reported speech (`att kommunen skulle redovisa …`), puts an adverb or
a phrase where the register's own wording has none (`uppdrog därför åt`, `beslöt i enlighet med
förslaget att`, `Efter vissa ändringar antog styrelsen …`) and starts no line with the board's
verb. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, follow_up, imported, minutes, view

TOLD = """Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet
torsdagen den 12 mars 2099 i förbundets lokaler (styrelsens första sammanträde 2099).

§ 3.  Insatsplaner för 2099 – Ronneby och Karlshamn

Kansliet föredrog de två förslagen och svarade på frågor. Efter överläggning beslöt
styrelsen att fastställa insatsplanen för Ronneby kommun med en ram om 610 000 kronor, att
fastställa insatsplanen för Karlshamns kommun med en ram om 430 tkr, båda för verksamhetsåret 2099.

§ 4.  Projektet Steget (Dnr 2099/004)

Projektledaren Olle Berg berättade om projektet. Styrelsen fann att arbetet gått enligt plan och
beslöt att bevilja Steget 720 000 kr för 2099 samt att projektledaren skulle lämna en skriftlig
lägesrapport till styrelsens sammanträde i september.

§ 5.  Handläggningstider hos Försäkringskassan

Kerstin Alm redogjorde för handläggningstiderna i länet. Styrelsen beslöt att lägga
redogörelsen till handlingarna och att Försäkringskassan till novembersammanträdet skulle
redovisa tiderna per kontor.

§ 6.  Upphandling av revisionstjänster

Underlaget var inte färdigt för beslut. Styrelsen beslöt att ärendet skulle utgå från dagens
dagordning.

§ 7.  Förbundets likviditet

Kassören redogjorde för läget i kassan. Styrelsen beslöt att förbundschefen vid nästa
sammanträde skulle redovisa en likviditetsprognos för helåret.

§ 8.  Planering inför 2100

Ledamöterna samtalade om nästa år. Förbundschefen fick därefter i uppdrag att till
sammanträdet i november utarbeta förslag till budget för 2100.

§ 9.  Lokalfrågan

Hyresavtalet löper ut vid årsskiftet. Styrelsen uppdrog därför åt förbundschefen att jämföra
hyresnivåerna för lokaler.

§ 10.  Delegationsordning (Dnr 2099/007)

Förbundschefen lade fram ett förslag. Efter några ändringar, som ordföranden föreslog och som
styrelsen ställde sig bakom, antog styrelsen delegationsordningen att gälla från den första april 2099.

§ 11.  Ansökan från Karlshamns kommun om projektet Lotsen (Dnr 2099/009)

Förbundschefen tillstyrkte ansökan. Styrelsen beslöt i enlighet med förslaget att bevilja
Karlshamns kommun 330 000 kr för projektet Lotsen under 2099.

§ 12.  Slutrapport från projektet Vägen

Projektledaren föredrog slutrapporten. Styrelsen tackade för ett väl utfört arbete och lade
rapporten till handlingarna.

§ 13.  Anmälan av delegationsbeslut

Förbundschefen anmälde beslut fattade på delegation. Styrelsen lade anmälan till
handlingarna.
"""


def _kinds(summary):
    return {d["id"]: d["kind"] for d in summary["decisions"]}


def test_each_att_clause_of_one_sentence_is_a_decision_of_its_own(cli, tmp_path):
    kinds = _kinds(imported(cli, minutes(tmp_path, "mars.txt", TOLD)))
    assert kinds["2099-1 §04:1"] == "grant" and kinds["2099-1 §04:2"] == "report"
    assert kinds["2099-1 §05:1"] == "acknowledgement" and kinds["2099-1 §05:2"] == "report"


def test_plans_adopted_in_one_sentence_each_get_the_year_said_once_for_all(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", TOLD))
    plans = {(p["party"], p["year"]): (p["granted_sek"], p["decision"]) for p in view(cli, "plans", "--as-of", "2999-12-31")}
    assert plans == {("Ronneby kommun", 2099): (610_000, "2099-1 §03:1"), ("Karlshamns kommun", 2099): (430_000, "2099-1 §03:2")}


def test_a_duty_said_in_reported_speech_with_skulle_is_read_as_with_ska(cli, tmp_path):
    kinds = _kinds(imported(cli, minutes(tmp_path, "mars.txt", TOLD)))
    assert kinds["2099-1 §06:1"] == "withdrawal"
    assert kinds["2099-1 §07:1"] == "report"
    assert follow_up(cli, "2099-1 §07:1", "2099-04-01")["responsible"] == "förbundschefen"
    assert follow_up(cli, "2099-1 §04:2", "2099-04-01")["due"] == "2099-09"


def test_an_adverb_after_the_verb_of_a_task_given_is_passed_over(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", TOLD))
    assert decision(cli, "2099-1 §08:1")["kind"] == "assignment"
    assert follow_up(cli, "2099-1 §08:1", "2099-04-01")["due"] == "2099-11"
    nine = decision(cli, "2099-1 §09:1")
    assert nine["kind"] == "assignment" and "därför" not in nine["text"]


def test_the_board_deciding_after_a_lead_clause_or_a_phrase_before_att_is_read(cli, tmp_path):
    kinds = _kinds(imported(cli, minutes(tmp_path, "mars.txt", TOLD)))
    assert kinds["2099-1 §10:1"] == "document"
    assert kinds["2099-1 §11:1"] == "grant"


def test_a_report_placed_on_file_in_the_past_is_acknowledged_though_no_line_starts_with_the_board(cli, tmp_path):
    kinds = _kinds(imported(cli, minutes(tmp_path, "mars.txt", TOLD)))
    assert kinds["2099-1 §12:1"] == "acknowledgement"
    assert kinds["2099-1 §13:1"] == "acknowledgement"


PLANS_AND_REPORTS = """Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet
fredagen den 9 oktober 2099 i förbundets lokaler (styrelsens femte sammanträde 2099).

§ 40.  Insatsplan för 2099 – Sölvesborg (Dnr 2099/015)

Förbundschefen föredrog planen. Styrelsen fastställde insatsplanen med en ram om 275.000:- för
innevarande år.

§ 41.  Uppföljning per den sista augusti (Dnr 2099/016)

Ekonomen föredrog uppföljningen. Styrelsen godkände uppföljningen som förbundets delårsrapport
för perioden januari–augusti 2099.

§ 42.  Samverkan med högskolan

Frågan var inte beredd.
Styrelsen beslöt att ärendet skulle utgå från dagens föredragningslista.
"""


def test_a_plan_the_title_names_by_its_town_is_that_towns_kommuns_with_its_frame_granted(cli, tmp_path):
    imported(cli, minutes(tmp_path, "oktober.txt", PLANS_AND_REPORTS))
    plans = {(p["party"], p["year"]): p["granted_sek"] for p in view(cli, "plans", "--as-of", "2999-12-31")}
    assert plans == {("Sölvesborgs kommun", 2099): 275_000}
    grants = {(g["party"], g["amount_sek"]) for g in view(cli, "grants", "--as-of", "2999-12-31")}
    assert grants == {("Sölvesborgs kommun", 275_000)}


def test_a_follow_up_approved_as_the_interim_report_is_a_document_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "oktober.txt", PLANS_AND_REPORTS))
    assert _kinds(summary)["2099-5 §41:1"] == "document"
    assert any("interim report" in d["what"] for d in summary["to_review"])


def test_an_item_struck_in_reported_speech_on_a_line_of_its_own_is_a_withdrawal(cli, tmp_path):
    imported(cli, minutes(tmp_path, "oktober.txt", PLANS_AND_REPORTS))
    struck = decision(cli, "2099-5 §42:1")
    assert (struck["kind"], struck["status"]) == ("withdrawal", "withdrawn")


ASKED = """Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet
onsdagen den 4 februari 2099 i förbundets lokaler (styrelsens första sammanträde 2099).

§ 8.  Uppföljning från Försäkringskassan

Ordföranden tog upp frågan om uppföljningen. Styrelsen beslöt att begära att Försäkringskassan
senast den tjugonde maj inkommer till förbundet med en sammanställning av utfallet per kommun.

§ 9.  Förbundets lokaler

Styrelsen uppdrog åt förbundschefen att utreda andra lokaler och att återkomma till styrelsen
med förslag i oktober.
"""


def test_a_report_asked_of_a_party_by_begära_is_owed_by_the_day_written_in_words(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", ASKED))
    assert decision(cli, "2099-1 §08:1")["kind"] == "report"
    owed = follow_up(cli, "2099-1 §08:1", "2099-03-01")
    assert (owed["responsible"], owed["due"]) == ("Försäkringskassan", "2099-05-20")


def test_a_month_ending_a_task_without_its_year_is_its_due(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", ASKED))
    assert follow_up(cli, "2099-1 §09:1", "2099-03-01")["due"] == "2099-10"


RAISED = """Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet
onsdagen den 6 maj 2099 i förbundets lokaler (styrelsens andra sammanträde 2099).

§ 21.  Projektet Steget – utökad ram (Dnr 2099/004)

Styrelsen beslöt att bevilja Steget medel med sammanlagt 910 000 kr för 2099, vilket beslut
ersätter styrelsens beslut den tolfte mars 2099, § 4, om medel till projektet.
"""


def test_a_decision_replaced_as_the_one_about_money_is_the_grant_not_the_report_asked_beside_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", TOLD))
    imported(cli, minutes(tmp_path, "maj.txt", RAISED))
    assert decision(cli, "2099-1 §04:1")["status"] == "superseded"
    assert decision(cli, "2099-1 §04:2")["status"] == "in_force"


TASK_DONE = """Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet
onsdagen den 6 maj 2099 i förbundets lokaler (styrelsens andra sammanträde 2099).

§ 22.  Hyresfrågan

Förbundschefen lade fram den genomgång av lokaler som hon fått i uppdrag att göra vid sammanträdet i
mars. Styrelsen beslöt att lägga genomgången till handlingarna.
"""


def test_a_task_laid_before_the_board_as_the_one_it_was_given_at_a_named_meeting_is_done(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", TOLD))
    imported(cli, minutes(tmp_path, "maj.txt", TASK_DONE))
    assert follow_up(cli, "2099-1 §09:1", "2099-06-01")["status"] == "done"


ASKED_BEFORE = """Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet
onsdagen den 6 maj 2099 i förbundets lokaler (styrelsens andra sammanträde 2099).

§ 23.  Likviditet per den sista april

Förbundschefen föredrog den likviditetsprognos för helåret som styrelsen hade begärt vid sitt
föregående sammanträde. Styrelsen godkände prognosen som förbundets tertialrapport.
"""


def test_a_report_delivered_as_what_the_board_had_asked_at_its_previous_meeting_is_done(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", TOLD))
    imported(cli, minutes(tmp_path, "maj.txt", ASKED_BEFORE))
    assert follow_up(cli, "2099-1 §07:1", "2099-06-01")["status"] == "done"


CORRECTED = """Protokoll fört vid sammanträde med styrelsen för Samordningsförbundet
onsdagen den 6 maj 2099 i förbundets lokaler (styrelsens andra sammanträde 2099).

§ 24.  Rättelse av beslut om projektet Lotsen (Dnr 2099/009)

Ekonomen upplyste att beloppet i styrelsens beslut den tolfte mars 2099, § 11, hade hämtats ur en
äldre ansökan. Styrelsen beslöt att rätta beslutet så att det beviljade beloppet rätteligen skall vara
303 000 kronor.
"""


def test_the_board_correcting_the_decision_its_item_cites_is_a_correction(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", TOLD))
    summary = imported(cli, minutes(tmp_path, "maj.txt", CORRECTED))
    assert _kinds(summary)["2099-2 §24:1"] == "correction"
    assert [g["amount_sek"] for g in view(cli, "grants", "--as-of", "2999-12-31") if g["decision"] == "2099-1 §11:1"] == [303_000]
