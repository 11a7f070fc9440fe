"""What WCAG 2.1 AA asks of the markup, checked on every page: Swedish, one h1, landmarks,
table headers with a scope, every form field labelled."""

from __future__ import annotations

import re

import pytest

PAGES = ["/", "/moten", "/moten/2025-7", "/moten/2022-5/narvaro", "/beslut", "/beslut/2025-7/13/1",
         "/uppfoljning", "/planer?ar=2026", "/bidrag", "/sok?q=plan", "/tillganglighet", "/beslut/2025-7/99/1",
         "/utdrag/2025-7/7/1", "/narvaro?ar=2022", "/utfall?ar=2025", "/revision"]


@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_swedish_with_one_h1_landmarks_scoped_headers_and_labelled_fields(client, path):
    html = client.get(path).get_data(as_text=True)
    assert '<html lang="sv">' in html
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title is not None and "<" not in title[1] and title[1].strip()  # a page's name, nothing else
    assert len(re.findall(r"<h1\b", html)) == 1
    assert "<main" in html
    if not path.startswith(("/utdrag", "/revision")):  # print pages
        assert "<nav" in html and "<header" in html and "<footer" in html
    assert all('scope="' in th for th in re.findall(r"<th\b[^>]*>", html))
    labelled = set(re.findall(r'<label for="([^"]+)"', html))
    fields = re.findall(r'<(?:input|select)\b(?![^>]*type="hidden")[^>]*\bid="([^"]+)"', html)
    assert set(fields) <= labelled
    assert not re.search(r'<(?:input|select)\b(?![^>]*type="hidden")(?![^>]*\bid=)[^>]*>', html), "a visible field without an id cannot be labelled"
