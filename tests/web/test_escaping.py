"""Text the minutes hold is text on the public site: a decision whose wording carries markup after
a decision id (which the site makes a link) shows that markup escaped on every page that shows it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from register.application import Register
from register.storage import Store
from register.web.app import create_app

HOSTILE = 'Att ta del av Beslut 2026-1 §03:1 och av bilagan <script>alert("bilaga")</script>.'


@pytest.fixture
def client(cli, store: Store) -> Iterator[FlaskClient]:
    for step in (("meeting", "2026-1", "--date", "2026-02-16"),
                 ("decide", "2026-1 §03:1", "Att fastställa bilagan om samverkan.", "--kind", "document"),
                 ("decide", "2026-1 §04:1", HOSTILE, "--kind", "acknowledgement", "--cites", "2026-1 §03:1")):
        assert cli(*step).exit_code == 0, step
    app = create_app(lambda: Register.open(store), public=True)
    yield app.test_client()
    app.extensions["registers"].close()


PAGES = ["/moten/2026-1", "/beslut", "/beslut/2026-1/4/1", "/beslut/2026-1/3/1", "/sok?q=bilagan",
         "/utdrag/2026-1/4/1", "/flode/beslut.atom"]


@pytest.mark.parametrize("path", PAGES)
def test_markup_after_the_last_decision_id_of_a_text_is_escaped_wherever_the_text_shows(client, path):
    response = client.get(path)
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "<script" not in body
    assert "&lt;script&gt;alert(" in body and "&lt;/script&gt;" in body, body
