"""Minutes read by their structure, whatever words the template uses, and never wrong in silence
(#24): a label column beside the text, a table of contents, a diarienummer beside the §, items
numbered without §, a meeting that gives only its date, and a § that reads like a decision from
which none was read. Each shape in minutes of our own."""

from __future__ import annotations

from register.minutes.parser import parse_minutes
from tests.conftest import stored_events
from tests.importer.steps import decision, imported, minutes, undoubted, view

LABEL_COLUMN = """\
Kommunalförbundet Test                               PROTOKOLL
Protokoll nr 3/2027
Sammanträdesdatum 2027-05-10

Innehåll

§ 21   Budgetuppföljning april .................................. 2
§ 22   Lokaler för kansliet ..................................... 3


§ 21                                                  Dnr KF 2027/12

Budgetuppföljning april

Beslut          Styrelsen beslutar

                1.  att godkänna budgetuppföljningen per april 2027,

                2.  att förbundschefen ska redovisa prognosen för helåret
                    vid sammanträdet i september 2027.

Ärendet         Kansliet har ställt samman utfallet för årets fyra första
                månader.

Besluts-        Kansliets tjänsteskrivelse 2027-04-28
underlag

§ 22                                                  Dnr KF 2027/15

Lokaler för kansliet

Beslut          Styrelsen beslutar att teckna hyresavtal för kontoret på
                Storgatan 4 under tre år.

Expedieras      Förbundschefen
"""


def test_a_label_column_beside_the_text_is_read_as_label_and_decision() -> None:
    parsed = parse_minutes(LABEL_COLUMN, "maj.txt")
    assert [(str(d.id), d.text) for d in parsed.decisions] == [
        ("2027-3 §21:1", "Att godkänna budgetuppföljningen per april 2027."),
        ("2027-3 §21:2", "Att förbundschefen ska redovisa prognosen för helåret vid sammanträdet i september 2027."),
        ("2027-3 §22:1", "Att teckna hyresavtal för kontoret på Storgatan 4 under tre år."),
    ]


def test_a_table_of_contents_names_no_item_and_a_diarienummer_stays_out_of_the_title() -> None:
    items = {i.ref.item: (i.title, i.line) for i in parse_minutes(LABEL_COLUMN, "maj.txt").items if i.ref}
    assert items == {21: ("Budgetuppföljning april", 11), 22: ("Lokaler för kansliet", 28)}


NUMBERED_WITHOUT_SECTION = """\
Protokoll fört vid styrelsemöte nr 2 2027

Tid: tisdagen den 9 mars 2027, kl. 13.00
Plats: Kansliet

1. Öppnande

Ordföranden öppnade mötet.

2. Bidrag till cykelprojektet

Styrelsen beslöt att bevilja 80 000 kr till cykelprojektet under 2027.

3. Information om lokalfrågan

Förbundschefen berättade om lokalfrågan. Informationen lades till handlingarna.
"""


def test_items_numbered_without_a_section_sign_are_items() -> None:
    parsed = parse_minutes(NUMBERED_WITHOUT_SECTION, "mars.txt")
    assert [str(d.id) for d in parsed.decisions] == ["2027-2 §02:1"]
    assert {i.ref.item: i.title for i in parsed.items if i.ref} == {
        1: "Öppnande", 2: "Bidrag till cykelprojektet", 3: "Information om lokalfrågan"}


def test_a_numbered_decision_point_is_not_taken_for_an_item() -> None:
    text = LABEL_COLUMN.replace("§ 21   Budget", "x").replace("§ 22   Lokaler", "y")
    assert [str(d.id.item) for d in parse_minutes(text, "maj.txt").decisions][:2] == ["2027-3 §21", "2027-3 §21"]


DATED_ONLY = """\
STYRELSEN                                   PROTOKOLL
Sammanträdesdatum {date}

§ {n}   Hyra

Beslut          Styrelsen beslutar att godkänna hyran för {year}.

§ {m}   Städning

Beslut          Styrelsen beslutar att upphandla städning.

§ {k}   Larm

Beslut          Styrelsen beslutar att byta larmleverantör.
"""


def _dated(date: str, first: int) -> str:
    return DATED_ONLY.format(date=date, year=date[:4], n=first, m=first + 1, k=first + 2)


def test_a_meeting_that_gives_only_its_date_is_numbered_by_date_and_put_to_review(cli, tmp_path):
    first = imported(cli, minutes(tmp_path, "feb.txt", _dated("2027-02-15", 1)))
    second = imported(cli, minutes(tmp_path, "apr.txt", _dated("2027-04-19", 4)))
    assert (first["meeting"], second["meeting"]) == ("2027-1", "2027-2")
    doubt, = [d for d in second["to_review"] if "worked out" in d["what"]]
    assert doubt["line"] == 2 and "meeting 2 of 2027" in doubt["what"] and "--meeting" in doubt["what"]
    assert decision(cli, "2027-2 §04:1")["text"] == "Att godkänna hyran för 2027."


def test_minutes_that_give_only_their_date_take_the_meeting_they_are_told(cli, tmp_path):
    told = imported(cli, minutes(tmp_path, "apr.txt", _dated("2027-04-19", 4)), "--meeting", "2027-3")
    assert told["meeting"] == "2027-3" and not [d for d in told["to_review"] if "worked out" in d["what"]]


def test_several_files_that_give_only_their_dates_are_numbered_in_turn(cli, tmp_path):
    result = cli("import-minutes", str(minutes(tmp_path, "feb.txt", _dated("2027-02-15", 1))),
                 str(minutes(tmp_path, "apr.txt", _dated("2027-04-19", 4))))
    assert result.exit_code == 0, result.output
    assert [m["meeting"] for m in view(cli, "meetings")] == ["2027-1", "2027-2"]


UNREAD = """\
Sammanträde nr 5/2027
Datum: 2027-09-13

§ 40 Val av justerare
Karin Ek valdes att justera protokollet.

§ 41 Avgifter
Styrelsen har i dag, efter en lång diskussion, med enkel majoritet tagit ställning för
förslaget om nya avgifter om 1 200 kr per deltagare.

§ 42 Information
Förbundschefen berättade om sommaren.
"""


def test_a_section_that_reads_like_a_decision_but_yields_none_is_put_to_review_with_its_lines(cli, tmp_path):
    with_one = UNREAD + "\n§ 43 Revision\nStyrelsen beslutar att anlita en ny revisor.\n"
    summary = imported(cli, minutes(tmp_path, "sep.txt", with_one))
    doubt, = [d for d in summary["to_review"] if "none was read" in d["what"]]
    assert doubt["line"] == 7 and "§41 Avgifter" in doubt["what"] and "lines 7–10" in doubt["what"]


def test_minutes_with_not_one_decision_read_though_one_reads_like_it_are_refused(cli, store, tmp_path):
    result = cli("import-minutes", str(minutes(tmp_path, "sep.txt", UNREAD)))
    assert result.exit_code == 2
    assert "not one decision" in result.output and "§41 Avgifter" in result.output
    assert "--review" in result.output and stored_events(store) == 0


def test_minutes_of_formalities_and_information_only_are_recorded_as_deciding_nothing(cli, store, tmp_path):
    text = UNREAD.replace("§ 41 Avgifter\n", "").split("Styrelsen har i dag")[0] + "§ 42 Information\nFörbundschefen berättade om sommaren.\n"
    summary = imported(cli, minutes(tmp_path, "sep.txt", text))
    assert summary["decisions"] == [] and undoubted(summary) == []
    assert stored_events(store) > 0


TABBED = """\
Sammanträde nr 6/2027
Datum: 2027-11-08

§ 50 Avtal om ekonomitjänster
Beslut\tStyrelsen beslutar
1. att förlänga avtalet om ekonomitjänster med Region Blekinge till 2029,
2. att förbundschefen ska redovisa kostnaden vid sammanträdet i mars 2028.
Ärendet\tAvtalet löper ut vid årsskiftet.
Expedieras\tRegion Blekinge
"""


def test_a_label_a_tab_and_the_text_as_a_word_processor_writes_them_are_label_and_decision() -> None:
    texts = [d.text for d in parse_minutes(TABBED, "nov.txt").decisions]
    assert texts == ["Att förlänga avtalet om ekonomitjänster med Region Blekinge till 2029.",
                     "Att förbundschefen ska redovisa kostnaden vid sammanträdet i mars 2028."]


def test_a_decision_label_beside_the_boards_own_words_opens_the_decision() -> None:
    text = "Sammanträde nr 6/2027\nDatum: 2027-11-08\n\n§ 51 Larm\nBeslut: Styrelsen beslutar att byta larmleverantör.\n"
    assert [d.text for d in parse_minutes(text, "nov.txt").decisions] == ["Att byta larmleverantör."]


def test_a_meeting_numbered_in_words_is_that_meeting() -> None:
    for header, meeting in (("Styrelsemöte nr fem 2027", "2027-5"), ("Protokoll fört vid styrelsemöte nr tre 2027", "2027-3"),
                            ("Sammanträde nr tolfte 2027", "2027-12")):
        text = f"{header}\nDatum: 2027-10-04\n\n§ 1 Larm\nStyrelsen beslutar att byta larmleverantör.\n"
        assert str(parse_minutes(text, "okt.txt").meeting) == meeting, header


MORE_DECIDED = """\
Sammanträde nr 7/2027
Datum: 2027-12-06

§ 60 Hyresavtal
Styrelsen beslutar att förlänga hyresavtalet till 2030.

Efter en kort diskussion beslutades också att kansliet ska se över städavtalet före mars.

§ 61 Förstudie
Styrelsen beslutar att bevilja Ronneby kommun 90 000 kr för en förstudie. Ronneby kommun ska redovisa förstudien senast i juni 2028.
"""


def test_prose_that_says_more_was_decided_than_was_read_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "dec.txt", MORE_DECIDED))
    doubts = {d["line"]: d["what"] for d in summary["to_review"]}
    assert "§60 Hyresavtal: its text says more was decided ('beslutades också')" in doubts[4]


def test_a_decision_that_runs_on_into_a_sentence_of_its_own_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "dec.txt", MORE_DECIDED))
    doubts = {d["line"]: d["what"] for d in summary["to_review"]}
    assert doubts[10].startswith("2027-7 §61:1: its text goes on with a sentence of its own ('Ronneby kommun ska")


def test_a_referral_that_says_when_the_matter_returns_is_one_decision() -> None:
    text = ("Sammanträde nr 7/2027\nDatum: 2027-12-06\n\n§ 62 Plan\nStyrelsen beslutar att återremittera ärendet till "
            "kansliet. Ärendet ska återkomma vid nästa sammanträde.\n")
    from register.minutes.accounted import run_on
    assert run_on(parse_minutes(text, "dec.txt")) == []


def test_each_doubt_stands_in_the_review_file_above_the_entry_it_concerns(cli, tmp_path):
    review = tmp_path / "dec.toml"
    path = minutes(tmp_path, "dec.txt", MORE_DECIDED)
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    lines = review.read_text(encoding="utf-8").splitlines()

    def entry_below(doubt: str) -> tuple[str, str]:
        at = next(i for i, line in enumerate(lines) if line.startswith("# to review") and doubt in line)
        below = next(i for i in range(at, len(lines)) if not lines[i].startswith("#"))
        return lines[below], lines[below + 1]

    assert entry_below("its text goes on") == ("[[decision]]", 'id = "2027-7 §61:1"')
    assert entry_below("more was decided") == ("[[item]]", 'ref = "2027-7 §60"')


def test_a_meeting_id_worked_out_is_doubted_above_the_meeting(cli, tmp_path):
    review = tmp_path / "feb.toml"
    assert cli("import-minutes", str(minutes(tmp_path, "feb.txt", _dated("2027-02-15", 1))), "--review", str(review)).exit_code == 0
    lines = review.read_text(encoding="utf-8").splitlines()
    at = lines.index("[meeting]")
    above = lines[at - 2 : at]  # the doubt of a date after today sits there too, while 2027-02-15 is ahead
    assert any(line.startswith("# to review (line 2): meeting id 2027-1 worked out") for line in above), above


def test_a_table_of_contents_without_leaders_names_no_item() -> None:
    text = ("Sammanträde nr 2/2028\nDatum: 2028-03-06\n\nÄrenden\n§ 8     Dnr 2028/2     Lokaler\n"
            "§ 9     Dnr 2028/3     Larm\n§ 10    Dnr 2028/4     Städning\n\n"
            "§ 8\n\nLokaler\n\nStyrelsen beslutar att säga upp lokalen.\n\n"
            "§ 9\n\nLarm\n\nStyrelsen beslutar att byta larmleverantör.\n\n"
            "§ 10\n\nStädning\n\nStyrelsen beslutar att upphandla städning.\n")
    parsed = parse_minutes(text, "mars.txt")
    assert {i.ref.item: (i.title, i.line) for i in parsed.items if i.ref} == {
        8: ("Lokaler", 9), 9: ("Larm", 15), 10: ("Städning", 21)}
    assert [str(d.id) for d in parsed.decisions] == ["2028-2 §08:1", "2028-2 §09:1", "2028-2 §10:1"]


def test_a_marker_that_heads_the_decisions_is_not_taken_for_more_decided(cli, tmp_path):
    text = ("Styrelsemöte 2028:2\nDatum: 2028-03-06\n\n§8 Förstudie\nRonneby kommun presenterade ansökan.\n"
            "Styrelsen beslutade:\nBeslut 2028-2 §08:1\nAtt bevilja Ronneby kommun 50 000 kr för en förstudie.\n")
    assert undoubted(imported(cli, minutes(tmp_path, "mars.txt", text))) == []


def test_every_section_is_accounted_for_in_the_summary_and_the_review_file(cli, tmp_path):
    text = UNREAD + "\n§ 43 Revision\nStyrelsen beslutar att anlita en ny revisor.\n\n§ 44 Forum\nÄrendet skjuts till nästa möte.\n"
    path = minutes(tmp_path, "sep.txt", text)
    summary = imported(cli, path, "--dry-run")
    assert [(g["number"], g["read"]) for g in summary["paragraphs"]] == [
        (40, "a formality"), (41, "not understood: to review"), (42, "nothing to record"), (43, "1 decision"),
        (44, "deferred")]
    review = tmp_path / "sep.toml"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    assert "#   §41 Avgifter (line 7): not understood: to review" in review.read_text(encoding="utf-8")
    table = cli("import-minutes", str(path), "--dry-run").output
    assert "paragraphs:\n  §40 Val av justerare (line 4): a formality\n" in table


PAGED = """\
Kommunalförbundet Test                         SAMMANTRÄDESPROTOKOLL
                                               Sammanträdesdatum   Sida
Styrelsen                                      2029-03-12          1 (3)

Protokoll nr 2/2029

§ 14
Lokaler
Styrelsens beslut
Styrelsen beslutar att säga upp lokalen på Storgatan.

Kommunalförbundet Test                         SAMMANTRÄDESPROTOKOLL
                                               Sammanträdesdatum   Sida
Styrelsen                                      2029-03-12          2 (3)

§ 15
Larm
Styrelsens beslut

Kommunalförbundet Test                         SAMMANTRÄDESPROTOKOLL
                                               Sammanträdesdatum   Sida
Styrelsen                                      2029-03-12          3 (3)

Att bevilja Ronneby kommun 40 000 kr för ett nytt larm under 2029.

§ 16
Arbetsförmedlingens närvaro
Styrelsens beslut
Styrelsen vänder sig till Arbetsförmedlingen med en önskan om besked före sommaren.
"""


def test_a_decision_label_on_every_page_is_not_page_furniture_but_the_header_is() -> None:
    parsed = parse_minutes(PAGED, "mars.txt")
    texts = {str(d.id): d.text for d in parsed.decisions}
    assert texts["2029-2 §15:1"] == "Att bevilja Ronneby kommun 40 000 kr för ett nytt larm under 2029."
    assert not any("Sammanträdesdatum" in text or "Sida" in text for text in texts.values())


def test_a_section_with_a_decision_label_and_no_decision_read_is_put_to_review() -> None:
    from register.minutes.accounted import unread

    lost = PAGED + "\n§ 17\nTaxor\nStyrelsens beslut\n\n§ 18\nAvslutning\nOrdföranden avslutade mötet.\n"
    parsed = parse_minutes(lost, "mars.txt")
    assert "2029-2 §17:1" not in {str(d.id) for d in parsed.decisions}
    doubt, = [d for d in unread(parsed) if d.message.startswith("§17 ")]
    assert "(a decision label)" in doubt.message


def test_a_sentence_broken_before_a_capitalised_line_goes_on_with_it() -> None:
    text = ("Sammanträde nr 5/2029\nDatum: 2029-10-15\n\n§ 46 Medel\n\nBeslut\nKansliets förslag till rutin, att gälla för\n"
            "Arbetsförmedlingen och Försäkringskassan från 2030\nfastställs.\n")
    decision, = parse_minutes(text, "okt.txt").decisions
    assert decision.text == ("Kansliets förslag till rutin, att gälla för Arbetsförmedlingen och Försäkringskassan från 2030 "
                             "fastställs.")
