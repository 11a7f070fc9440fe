"""Bad requests get a page that says what was wrong, never a traceback."""

from __future__ import annotations

import json

import pytest

from tests.web.page import read


@pytest.mark.parametrize(("path", "said"), [
    ("/?as_of=2026-13-01", "2026-13-01"),
    ("/beslut?as_of=igår", "igår"),
    ("/beslut?as_recorded=not-an-instant", "not-an-instant"),
    ("/beslut?status=gammal", "okänd status 'gammal'"),
    ("/uppfoljning?typ=annat", "okänd typ 'annat'"),
    ("/uppfoljning?visa=x", "okänt val visa='x'"),
    ("/planer?ar=tjugo", "ogiltigt år 'tjugo'"),
    ("/sok?q=plan&mote=2025x7", "2025x7"),
    ("/beslut?as_of=01/15/2026", "ogiltigt datum '01/15/2026' i fältet ”Visa registret som det var beslutat” (as_of): "
                                 "skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15"),
    ("/beslut?as_of=20260115", "ogiltigt datum '20260115'"),
    ("/beslut?as_of=2026-02-30", "det finns ingen sådan dag: '2026-02-30'"),
    ("/beslut?as_recorded=15.1.2026", "ogiltig tidpunkt '15.1.2026' i as_recorded: skriv den som ÅÅÅÅ-MM-DD"),
    ("/beslut?as_recorded=2026-02-30T10:00", "det finns ingen sådan tidpunkt: '2026-02-30T10:00'"),
])
def test_a_malformed_question_gets_400_and_says_what_was_wrong(client, path, said):
    response = client.get(path)
    assert response.status_code == 400
    page = read(response)
    assert said in page.text
    assert "Traceback" not in page.html


@pytest.mark.parametrize("path", ["/beslut/2025-7/99/1", "/beslut/2019-3/1/1", "/moten/2024-9", "/utdrag/2025-7/99/1"])
def test_something_not_in_the_register_gets_404_with_a_search_box(client, path):
    response = client.get(path)
    assert response.status_code == 404
    page = read(response)
    assert page.h1() == ["Finns inte i registret"]
    assert '<input id="q" name="q" type="search"' in page.html


def test_an_unknown_address_gets_404_and_its_json_twin_says_so_as_json(client):
    assert client.get("/finns-inte").status_code == 404
    response = client.get("/api/beslut/2025-7/99/1")
    assert response.status_code == 404
    assert json.loads(response.get_data(as_text=True)) == {"error": "Beslut 2025-7 §99:1 finns inte i registret.", "status": 404}


def test_the_site_has_no_write_routes(client):
    for path in ("/", "/beslut", "/api/beslut", "/sok"):
        assert client.post(path).status_code == 405
        assert client.delete(path).status_code == 405


def test_a_year_without_reported_outcomes_gets_404_saying_so_in_swedish(client):
    response = client.get("/utfall?ar=2019")
    assert response.status_code == 404
    assert "Inga projektutfall är rapporterade för 2019." in read(response).text


@pytest.mark.parametrize(("path", "said"), [
    ("/sok?q=plan&typ=motion", "okänd typ 'motion': parametern typ tar plan, grant (beviljande), "),
    ("/sok?q=plan&status=gammal", "okänd status 'gammal': parametern status tar in_force (gäller), withdrawn (utgått), "),
    ("/sok?q=plan&kind=motion", "okänd typ 'motion': parametern typ tar "),
    ("/api/sok?q=plan&status=klar", "okänd status 'klar': parametern status tar "),
    ("/beslut?status=open", "okänd status 'open': parametern status tar in_force (gäller), withdrawn (utgått), revoked (upphävt), superseded (ersatt)"),
    ("/uppfoljning?typ=grant", "okänd typ 'grant': parametern typ tar report (återrapport), assignment (uppdrag), referred_back (återremiss), deferred (bordlagt)"),
])
def test_a_filter_value_the_site_does_not_know_gets_400_naming_the_values_it_takes(client, path, said):
    response = client.get(path)
    assert response.status_code == 400
    shown = json.loads(response.get_data(as_text=True))["error"] if path.startswith("/api/") else read(response).text
    assert said in shown


def test_every_search_filter_value_the_form_offers_is_taken(client):
    from projections.queries import SEARCH_KINDS, SEARCH_STATUSES

    for name, values in (("typ", SEARCH_KINDS), ("status", SEARCH_STATUSES)):
        for value in values:
            assert client.get(f"/sok?q=plan&{name}={value}").status_code == 200, (name, value)
    items = json.loads(client.get("/api/sok?q=anställning&typ=item").get_data(as_text=True))
    assert [hit["ref"] for hit in items] == ["2025-7 §13"]
