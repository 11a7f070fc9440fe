"""A draft at the desk and the review file of the command line (#26, item 3): the draft downloads
as the TOML review `import-minutes --review` writes, a secretary edits it as she would by hand and
uploads it back into the draft, checked as the desk checks an edit; recorded, it gives the events
`--accept` of the same file gives."""

from __future__ import annotations

import io
import json

from click.testing import CliRunner

from cli import main
from tests.backends import fresh_store
from tests.conftest import stored_events
from tests.importer.formats.make import docx_bytes
from tests.importer.formats.shapes import blocks_of_text
from tests.web.signing import form_token, signed_in
from tests.web.test_review_desk import CORRECTED, MINUTES, READ_AS, uploaded


def exported(site, page: str):
    return site.get(f"{page}/granskning.toml")


def uploaded_back(site, page: str, text: bytes):
    action = f"{page}/las-in-granskning"
    return site.post(action, data={"granskningsfil": (io.BytesIO(text), "granskning.toml"),
                                   "csrf_token": form_token(site, page, action)}, content_type="multipart/form-data")


def test_a_draft_exported_edited_by_hand_and_uploaded_back_records_what_accept_of_that_file_records(site, recorded, tmp_path):
    data = docx_bytes(blocks_of_text(MINUTES))
    assert signed_in(site, "sekreterare") == 303
    page = uploaded(site, data).headers["Location"]
    assert f'href="{page}/granskning.toml"' in site.get(page).get_data(as_text=True)
    download = exported(site, page)
    assert download.status_code == 200 and "attachment" in download.headers["Content-Disposition"]
    assert download.headers["Content-Disposition"].endswith('granskning.toml"')
    review = download.get_data(as_text=True)
    assert READ_AS in review
    edited = review.replace(READ_AS, CORRECTED, 1)

    back = uploaded_back(site, page, edited.encode())
    assert back.status_code == 303 and back.headers["Location"].endswith(page)
    assert exported(site, page).get_data(as_text=True) == edited  # the draft is the file now
    done = site.post(page, data={"review": edited, "steg": "registrera", "csrf_token": form_token(site, page, page)})
    assert done.status_code == 303 and done.headers["Location"].endswith("/moten/2026-5")
    setting = str(recorded.store.path) if recorded.store.url is None else recorded.store.url
    log = json.loads(CliRunner().invoke(main, ["--store", setting, "log", "--format", "json"]).output)

    minutes, toml = tmp_path / "protokoll-2026-5.docx", tmp_path / "granskning.toml"
    minutes.write_bytes(data)
    toml.write_text(edited, encoding="utf-8")
    with fresh_store("sqlite", tmp_path) as other:
        cli = lambda *args: CliRunner().invoke(main, ["--store", str(other.path), "--actor", "sekreterare", *args])
        assert cli("demo").exit_code == 0
        assert cli("import-minutes", str(minutes), "--accept", str(toml)).exit_code == 0
        by_hand = json.loads(cli("log", "--format", "json").output)
    events = lambda rows: [(r["event"], r["ref"], r["actor"]) for r in rows if r["ref"].startswith("2026-5")]
    assert events(log) and events(log) == events(by_hand)


def test_an_uploaded_review_that_does_not_pass_is_refused_in_swedish_beside_the_file_field_and_the_draft_kept(site, recorded):
    assert signed_in(site, "sekreterare") == 303
    page = uploaded(site, docx_bytes(blocks_of_text(MINUTES))).headers["Location"]
    before, kept = stored_events(recorded.store), exported(site, page).get_data(as_text=True)
    for broken in (kept.replace(READ_AS, 'kind = "okänd"', 1).encode(), b"\xff\xfe inte text", b""):
        refused = uploaded_back(site, page, broken)
        html = refused.get_data(as_text=True)
        assert refused.status_code == 400 and 'id="granskningsfil-sagt"' in html, html[:2000]
        assert 'aria-describedby="granskningsfil-sagt"' in html
    assert "okänd" not in exported(site, page).get_data(as_text=True)
    assert exported(site, page).get_data(as_text=True) == kept and stored_events(recorded.store) == before


def test_a_member_can_neither_export_a_draft_nor_upload_one(site):
    assert signed_in(site, "sekreterare") == 303
    page = uploaded(site, docx_bytes(blocks_of_text(MINUTES))).headers["Location"]
    member = site.application.test_client()
    assert signed_in(member, "ledamot") == 303
    assert exported(member, page).status_code == 403
    action = f"{page}/las-in-granskning"
    assert member.post(action, data={"granskningsfil": (io.BytesIO(b"x"), "g.toml")},
                       content_type="multipart/form-data").status_code in (400, 403)
