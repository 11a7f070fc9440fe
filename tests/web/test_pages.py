"""Every page of the site as a visitor reads it: what it shows now, and as of an earlier date."""

from __future__ import annotations

import pytest

from tests.web.page import column, read

BEFORE_REVISION = "2026-01-01"


def test_the_start_page_lists_what_is_overdue_newest_first_and_the_latest_meeting_first(client):
    page = read(client.get("/"))
    assert page.h1() == ["FINSAM Blekinge"]
    overdue = page.table("Uppföljningar vars tid har gått ut")
    # the February meeting was held without the deferred item and without the referred matter
    assert column(overdue, 1) == ["2025-7 bordläggning 1", "2025-7 §13:1", "2022:5 §04:1"]
    assert set(column(overdue, 4)) == {"försenad"}
    assert "2025-7 §07:2" not in page.text  # delivered at 2026-1
    assert page.text.index("Möte 2026-1") < page.text.index("Möte 2025-7") < page.text.index("Möte 2022:5")


def test_the_start_page_as_of_new_year_shows_what_the_february_meeting_had_before_it(client):
    page = read(client.get(f"/?as_of={BEFORE_REVISION}"))
    assert "Registret som det var beslutat 2026-01-01." in page.text
    coming = page.table("Ärenden och återrapporter inför nästa möte")
    assert [(row[0], row[1], row[3]) for row in coming] == [
        ("bordlagt", "2025-7 bordläggning 1", "nästa möte"),
        ("återremiss", "2025-7 §13:1", "2026-02"),
    ]
    assert column(page.table("Uppföljningar vars tid har gått ut"), 1) == ["2022:5 §04:1"]
    assert "Möte 2026-1" not in page.text
    assert page.href("Möten") == f"/moten?as_of={BEFORE_REVISION}"  # links keep the clock


def test_a_meeting_page_gives_its_decision_list_with_each_status_as_of_the_date_asked(client):
    now = read(client.get("/moten/2025-7"))
    assert now.h1() == ["Möte 2025-7, 2025-12-08"]
    decisions = now.table("Beslut vid mötet 2025-7")
    assert column(decisions, 0)[:3] == ["2025-7 §07:1", "2025-7 §07:2", "2025-7 §09:1"]
    status = {row[0]: row[2] for row in decisions}
    assert status["2025-7 §07:1"] == "ersatt"
    assert status["2025-7 §13:2"] == "utgått"
    then = read(client.get(f"/moten/2025-7?as_of={BEFORE_REVISION}"))
    assert {row[0]: row[2] for row in then.table("Beslut vid mötet 2025-7")}["2025-7 §07:1"] == "gäller"
    assert "Protokollet är inte justerat; justerare: Johanna Månsson." in now.text


def test_a_meeting_page_shows_its_attendance_and_a_meeting_id_with_a_colon_is_found_by_its_dash(client):
    page = read(client.get("/moten/2022-5"))
    attendance = page.table("Närvarande och frånvarande")
    assert ["Region Blekinge", "Ingrid Hermansson (C)", "ordförande", "ja", "ja"] in attendance
    assert ["Försäkringskassan", "Fredrik Johansson", "vice ordförande", "nej", "ja"] in attendance
    others = [row for row in attendance if row[4] == "nej"]  # the förbundschef and guests: attendance, not representation
    assert others and all(row[0] not in ("Region Blekinge", "Försäkringskassan") for row in others)


def test_a_decision_page_links_both_ways_to_what_it_cites_and_what_cites_it(client):
    old = read(client.get("/beslut/2025-7/7/1"))
    assert old.h1() == ["Beslut 2025-7 §07:1"]
    assert "Status ersatt" in old.text
    assert old.href("2026-1 §04:1") == "/beslut/2026-1/4/1"
    assert "2026-1 §04:1 ersätter det (plan, 2026-02-16)" in old.text
    new = read(client.get("/beslut/2026-1/4/1"))
    assert new.href("2025-7 §07:1") == "/beslut/2025-7/7/1"
    assert "Typ plan" in new.text


def test_a_decision_page_shows_the_whole_trace_of_its_matter(client):
    page = read(client.get("/beslut/2025-7/13/1"))
    assert "Förlopp för ärendet 2025-7 §13" in page.text
    assert "2025-12-08 möte 2025-7 framlagt: 2025-7 §13 Tidsbegränsad anställning kansli" in page.text
    assert "återremitterat: 2025-7 §13 genom 2025-7 §13:1, återkommer 2026-02" in page.text


def test_a_decision_not_yet_taken_on_the_date_asked_says_so(client):
    page = read(client.get(f"/beslut/2026-1/4/1?as_of={BEFORE_REVISION}"))
    assert "Beslutet var inte fattat vid den valda tidpunkten." in page.text
    assert "Inget registrerat vid den valda tidpunkten." in page.text


def test_follow_ups_filter_by_status_kind_and_responsible_party(client):
    open_ones = read(client.get("/uppfoljning")).table("5 uppföljningar")
    assert "2025-7 §07:2" not in column(open_ones, 1)
    done = read(client.get("/uppfoljning?visa=klara")).table("1 uppföljningar")
    assert done == [["återrapport", "2025-7 §07:2", "Karlskrona kommun", "2026-05", "klar 2026-02-16",
                     "Karlskrona kommuns FINSAM-plan 2026: läget i genomförandet av Karlskrona kommuns FINSAM-plan"]]
    late = read(client.get("/uppfoljning?visa=forsenade&typ=assignment")).table("1 uppföljningar")
    assert column(late, 1) == ["2022:5 §04:1"]
    karlskrona = read(client.get("/uppfoljning?visa=alla&ansvarig=KARLSKRONA")).table("1 uppföljningar")
    assert column(karlskrona, 1) == ["2025-7 §07:2"]


def test_the_responsible_filter_finds_a_name_however_its_letters_were_typed(client):
    import unicodedata

    composed = client.get("/api/uppfoljning?visa=alla&ansvarig=förbundschefen").get_data()
    assert b"2022:5 \xc2\xa704:1" in composed
    for typed in ("FÖRBUNDSCHEFEN", unicodedata.normalize("NFD", "förbundschefen"), "förbunds\u00adchefen"):
        assert client.get("/api/uppfoljning", query_string={"visa": "alla", "ansvarig": typed}).get_data() == composed, typed


def test_plans_show_the_money_granted_now_and_before_the_revision(client):
    now = read(client.get("/planer?ar=2026"))
    plans = now.table("FINSAM-planer per part och år")
    assert ["Karlskrona kommun", "2026", "fastställd", "3 600 000 kr", "2026-1 §04:1"] in plans
    assert "Beviljat enligt beslut som gäller: 5 487 000 kr." in now.text
    then = read(client.get(f"/planer?ar=2026&as_of={BEFORE_REVISION}"))
    assert ["Karlskrona kommun", "2026", "fastställd", "3 578 000 kr", "2025-7 §07:1"] in then.table("FINSAM-planer")
    assert "Beviljat enligt beslut som gäller: 5 465 000 kr." in then.text


def test_grants_list_each_grant_with_its_status_newest_first(client):
    grants = read(client.get("/bidrag?ar=2026")).table("Varje beviljande för sig")
    assert [(row[1], row[4], row[5]) for row in grants] == [
        ("2026-1 §04:1", "3 600 000 kr", "gäller"),
        ("2025-7 §11:1", "1 887 000 kr", "gäller"),
        ("2025-7 §07:1", "3 578 000 kr", "ersatt"),
    ]


def test_search_finds_swedish_inflections_and_marks_the_words_it_matched(client):
    response = client.get("/sok?q=fastställs+planerna")
    page = read(response)
    # The three plans, and the internkontrollplan and verksamhetsplan found by their last part.
    assert "5 träffar på ”fastställs planerna”." in page.text
    assert page.text.index("Beslut 2026-1 §04:1 (") < page.text.index("Beslut 2025-7 §07:1 (")  # equal scores: newest first
    assert '<mark>fastställa</mark> Karlskrona kommuns FINSAM-<mark>plan</mark>' in response.get_data(as_text=True)
    only_superseded = read(client.get("/sok?q=plan&status=superseded"))
    assert "1 träffar" in only_superseded.text and "2025-7 §07:1" in only_superseded.text


def test_search_honours_the_date_asked(client):
    now = read(client.get("/sok?q=reviderade"))
    assert "1 träffar" in now.text
    then = read(client.get(f"/sok?q=reviderade&as_of={BEFORE_REVISION}"))
    assert "0 träffar" in then.text


def test_the_extract_is_a_printable_page_with_the_item_title_and_a_certification_line(client):
    response = client.get("/utdrag/2025-7/7/1")
    page = read(response)
    assert page.h1() == ["Protokollsutdrag"]
    for expected in ("FINSAM Blekinge", "Styrelsens sammanträde 2025-12-08", "§ 7 Karlskrona kommuns FINSAM-plan 2026",
                     "Beslut 2025-7 §07:1 (ersatt)", "Att fastställa Karlskrona kommuns FINSAM-plan 2026",
                     "Protokollet är inte justerat; justerare: Johanna Månsson.", "Utdragsbestyrkande"):
        assert expected in page.text
    assert "@page { size: A4;" in response.get_data(as_text=True)


def test_the_register_as_recorded_before_the_revision_does_not_know_it(client, recorded):
    instant = recorded.between.isoformat()
    page = read(client.get("/beslut", query_string={"as_recorded": instant}))
    assert "Registret som det var registrerat" in page.text
    assert "2026-1 §04:1" not in page.text
    assert "2025-7 §07:1" in page.text


def test_the_representation_page_shows_each_partys_meetings_and_rate(client):
    page = read(client.get("/narvaro?ar=2022"))
    assert page.h1() == ["Parternas närvaro vid styrelsens möten 2022"]
    rows = {row[0]: row for row in page.table("Representation mot förbundets mål")}
    assert rows["Region Blekinge"][3] == "ordinarie ledamot eller tjänstgörande ersättare"
    assert rows["Region Blekinge"][4:6] == ["1", "1"] and rows["Region Blekinge"][9] == "100,0 %"
    assert rows["Försäkringskassan"][5] == "0" and rows["Försäkringskassan"][9] == "0,0 %"


def test_the_outcomes_page_sets_each_project_beside_the_register_in_swedish(client):
    rows = read(client.get("/utfall?ar=2025")).table("Beviljat i registret")
    assert rows[1] == ["ARIS", "", "1 958 000 kr", "1 618 080 kr", "339 920 kr", "82,6 %", "", "inget beslut om medel i registret"]
    assert len(rows) == 8 + 1  # the eight projects, then the sum
    assert rows[-1][0] == "Summa" and rows[-1][2:5] == ["10 631 218 kr", "9 629 287 kr", "1 001 931 kr"]


def test_the_decision_list_comes_in_pages_newest_first(client, monkeypatch):
    from register.web import pages

    monkeypatch.setattr(pages, "PAGE", 5)
    response = client.get("/beslut")
    first = read(response)
    assert "<title>Beslut – Beslutsregister</title>" in response.get_data(as_text=True)
    assert len(first.html.split('<nav aria-label="Sidor"')) == 2  # one row of page links, under the list
    assert "13 beslut, senaste först (sida 1 av 3)" in first.text
    assert column(first.table("13 beslut"), 0)[0] == "2026-1 §04:1"
    last = read(client.get(first.href("Nästa sida").replace("sida=2", "sida=3")))
    assert column(last.table("13 beslut"), 0) == ["2022:5 §08:1", "2022:5 §05:1", "2022:5 §04:1"]
    assert "Nästa sida" not in last.text and last.href("Föregående sida") == "/beslut?sida=2"
    past = client.get("/beslut?sida=4")
    assert past.status_code == 200
    shown = read(past)
    assert "Det finns ingen sida 4; här visas den sista, sida 3 av 3." in shown.text
    assert column(shown.table("13 beslut"), 0) == column(last.table("13 beslut"), 0)
    assert client.get("/beslut?sida=0").status_code == client.get("/beslut?sida=tre").status_code == 400


def test_an_english_alias_of_a_parameter_is_the_parameter(client, monkeypatch):
    from register.web import pages

    monkeypatch.setattr(pages, "PAGE", 5)
    assert read(client.get("/beslut?page=2")).text == read(client.get("/beslut?sida=2")).text
    assert client.get("/api/planer?year=2026").get_json() == client.get("/api/planer?ar=2026").get_json()
    assert client.get("/api/sok?query=plan&kind=plan").get_json() == client.get("/api/sok?q=plan&typ=plan").get_json()


@pytest.mark.parametrize(("path", "takes"), [
    ("/beslut?sidan=2", "status, ar, sida, as_of, as_recorded"),
    ("/?foo=1", "as_of, as_recorded"),
    ("/planer?year=2026&ar=2026", None),
    ("/api/uppfoljning?asof=2026-01-01", "visa, typ, ansvarig, ar, sida, as_of, as_recorded"),
    ("/flode/beslut.atom?format=rss", "as_of, as_recorded"),
    ("/beslut/2025-7/7/1?sida=2", "as_of, as_recorded"),
])
def test_a_parameter_the_page_does_not_take_is_a_400_naming_those_it_does(client, path, takes):
    response = client.get(path)
    assert response.status_code == 400
    said = response.get_data(as_text=True)
    if takes is None:
        assert "given två gånger" in said
    else:
        assert f"den här sidan tar {takes}" in said


def test_the_trace_on_the_page_is_in_swedish_and_quotes_the_minutes_as_written(client):
    page = read(client.get("/beslut/2025-7/7/1"))
    assert "medel beviljade: 3 578 000 kr till Karlskrona kommun för 2026 (genomförande av FINSAM-plan 2026) genom 2025-7 §07:1" in page.text
    assert "ersatt: 2025-7 §07:1 genom 2026-1 §04:1" in page.text
    assert "beslutat: 2025-7 §07:1 (plan): Att fastställa Karlskrona kommuns FINSAM-plan 2026" in page.text
    assert "beslutat: 2025-7 §07:2 (återrapport): Att Karlskrona kommun ska rapportera" in page.text
    twin = client.get("/api/beslut/2025-7/7/1").get_data(as_text=True)
    assert "2025-7 §07:1 by 2026-1 §04:1" in twin  # the JSON twin is the command line's, word for word


def test_every_form_on_every_page_sends_only_what_its_page_takes(client):
    """Each search and filter form, submitted as a visitor finds it (under a clock, as the date
    field keeps it), reaches its page: no field it sends is one the page refuses."""
    from urllib.parse import urlsplit

    from tests.web.crawl import crawl, forms

    pages = crawl(client, ["/", "/beslut", "/uppfoljning", "/planer", "/bidrag", "/sok?q=plan"], {"as_of": "2026-06-30"})
    submitted = {(action or urlsplit(address).path, tuple(sorted(fields.items())))
                 for address, body in pages.items() for action, fields in forms(body)}
    assert len({action for action, _ in submitted}) >= 8  # every page has the date field; the lists their filters
    for action, fields in submitted:
        response = client.get(action, query_string=dict(fields))
        assert response.status_code == 200, (action, fields, response.get_data(as_text=True)[:300])


def test_every_kind_of_trace_line_has_its_swedish_sentence_and_name():
    """A new kind of event the trace shows cannot reach the site in English."""
    from projections.lines import ENGLISH, VOIDED, Happened
    from register.web.words import EVENTS, SWEDISH

    assert set(SWEDISH) == set(ENGLISH) == {*Happened, VOIDED}
    assert set(EVENTS) == set(Happened)


def test_a_decisions_page_shows_its_vote_count_reservation_and_jav(recorded, client):
    from domain.ids import DecisionId
    from register.application import Register

    register = Register.open(recorded.store)
    try:
        with register.recording(DecisionId.parse("2026-1 §04:1").meeting) as meeting:
            meeting.record_vote(DecisionId.parse("2026-1 §04:1"), 6, 2, 1)
            meeting.record_reservation(DecisionId.parse("2026-1 §04:1"), "Per Persson", "M")
            meeting.record_recusal(DecisionId.parse("2026-1 §04:1"), "Eva Ek", "S")
    finally:
        register.close()
    facts = read(client.get("/beslut/2026-1/4/1")).text
    assert "Omröstning 6 för, 2 emot, 1 avstod" in facts
    assert "Reservationer Per Persson (M)" in facts and "Jäv Eva Ek (S)" in facts
