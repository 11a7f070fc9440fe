"""The secretary's review desk (#26): a .docx of minutes uploaded, what was read shown beside the
minutes' lines, one misreading corrected in the review, the draft saved and resumed, then recorded
— with the secretary as actor, and the same events as `import-minutes --review` and `--accept` of
the same edit on the command line. Minutes of our own."""

from __future__ import annotations

import io
import json
import re

from click.testing import CliRunner

from cli import main
from tests.backends import fresh_store
from tests.importer.formats.make import docx_bytes
from tests.importer.formats.shapes import blocks_of_text
from tests.web.signing import form_token, signed_in

MINUTES = """Styrelsemöte 2026-5, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-10-12, kl. 13:00, Ronneby

§4 Lokaler för kansliet

Styrelsen beslutade:
Beslut 2026-5 §04:1
Att ge förbundschefen i uppdrag att ta fram förslag på nya lokaler till nästa möte.

§5 Rapport från Ronneby kommun

Styrelsen beslutade:
Beslut 2026-5 §05:1
Att lägga rapporten om arbetsträning i Ronneby till handlingarna.
"""
READ_AS = 'kind = "acknowledgement"'
LEAD_IN = ("Det som inläsningen är osäker på står under ”Att granska”, med länk till raden i protokollet. "
           "Inläsningens egna ord är på engelska, som kommandoraden skriver dem.")
CORRECTED = 'kind = "other"'


def uploaded(site, data: bytes, name: str = "protokoll-2026-5.docx"):
    return site.post("/skrivbord/las-in", data={"minutes": (io.BytesIO(data), name),
                                                "csrf_token": form_token(site, "/skrivbord", "/skrivbord/las-in")},
                     content_type="multipart/form-data")


def test_a_secretary_uploads_corrects_saves_resumes_and_records_minutes_as_the_command_line_would(site, recorded, tmp_path):
    data = docx_bytes(blocks_of_text(MINUTES))
    assert signed_in(site, "sekreterare") == 303
    answer = uploaded(site, data)
    assert answer.status_code == 303, answer.get_data(as_text=True)
    page = answer.headers["Location"]
    shown = site.get(page).get_data(as_text=True)
    assert 'id="rad-5"' in shown and "Lokaler för kansliet" in shown  # the minutes' own lines, numbered
    review = re.search(r'<textarea id="review" name="review"[^>]*>(.*?)</textarea>', shown, re.S)[1]
    review = review.replace("&#34;", '"').replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
    assert READ_AS in review
    edited = review.replace(READ_AS, CORRECTED, 1)
    saved = site.post(page, data={"review": edited, "steg": "spara", "csrf_token": form_token(site, page, page)})
    assert saved.status_code == 303
    resumed = site.application.test_client()  # another browser of hers, later
    assert signed_in(resumed, "sekreterare") == 303
    assert CORRECTED in resumed.get(page).get_data(as_text=True).replace("&#34;", '"')
    assert "protokoll-2026-5.docx" in resumed.get("/skrivbord").get_data(as_text=True)
    done = resumed.post(page, data={"review": edited, "steg": "registrera", "csrf_token": form_token(resumed, page, page)})
    assert done.status_code == 303 and done.headers["Location"].endswith("/moten/2026-5")
    assert resumed.get(page).status_code == 404  # the draft is gone once recorded
    decided = {d["id"]: d for d in json.loads(resumed.get("/api/moten/2026-5?as_of=2026-12-31").get_data(as_text=True))}
    assert decided["2026-5 §05:1"]["kind"] == "other"
    assert decided["2026-5 §05:1"]["review"]["by"] == "sekreterare"  # marked as changed at her review
    setting = str(recorded.store.path) if recorded.store.url is None else recorded.store.url
    log = json.loads(CliRunner().invoke(main, ["--store", setting, "log", "--format", "json"]).output)
    desk_events = [row for row in log if row["ref"].startswith("2026-5")]
    assert desk_events and {row["actor"] for row in desk_events} == {"sekreterare"}

    # The command line, on a store of its own, with the same file and the same edit.
    minutes, toml = tmp_path / "protokoll-2026-5.docx", tmp_path / "granskning.toml"
    minutes.write_bytes(data)
    with fresh_store("sqlite", tmp_path) as other:
        cli = lambda *args: CliRunner().invoke(main, ["--store", str(other.path), "--actor", "sekreterare", *args])
        assert cli("demo").exit_code == 0
        assert cli("import-minutes", str(minutes), "--review", str(toml)).exit_code == 0
        toml.write_text(toml.read_text(encoding="utf-8").replace(READ_AS, CORRECTED, 1), encoding="utf-8")
        assert cli("import-minutes", str(minutes), "--accept", str(toml)).exit_code == 0
        by_hand = json.loads(cli("log", "--format", "json").output)
    events = lambda rows: [(r["event"], r["ref"]) for r in rows if r["ref"].startswith("2026-5")]
    assert events(desk_events) == events(by_hand)


def test_a_review_that_does_not_pass_is_refused_beside_it_and_nothing_is_recorded(site, recorded):
    from tests.conftest import stored_events

    assert signed_in(site, "sekreterare") == 303
    page = uploaded(site, docx_bytes(blocks_of_text(MINUTES))).headers["Location"]
    before = stored_events(recorded.store)
    broken = site.post(page, data={"review": 'kind = "okänd"\n', "steg": "registrera", "csrf_token": form_token(site, page, page)})
    assert broken.status_code == 400 and "Granskningen godtogs inte" in broken.get_data(as_text=True)
    assert stored_events(recorded.store) == before


def test_a_member_cannot_reach_the_desk_and_a_file_that_is_no_minutes_is_refused(site):
    assert signed_in(site, "ledamot") == 303
    assert site.get("/skrivbord").status_code == 403
    secretary = site.application.test_client()
    assert signed_in(secretary, "sekreterare") == 303
    refused = uploaded(secretary, b"\x89PNG\r\n\x1a\n" + b"0" * 100, "bild.png")
    said = refused.get_data(as_text=True)
    assert refused.status_code == 400 and "protokollet kunde inte läsas in, med inläsningens egna ord: <span lang=\"en\">" in said


def test_the_desk_and_a_draft_keep_the_sites_accessible_markup(site):
    from tests.web import test_accessibility as markup

    assert signed_in(site, "sekreterare") == 303
    page = uploaded(site, docx_bytes(blocks_of_text(MINUTES))).headers["Location"]
    for path in ("/skrivbord", page):
        markup.test_each_page_is_swedish_with_one_h1_landmarks_scoped_headers_and_labelled_fields(site, path)


def test_the_draft_lists_each_doubt_with_a_link_to_its_line_in_the_minutes(site):
    later = MINUTES.replace("Måndag 2026-10-12", "Måndag 2031-10-13").replace("2026-5", "2031-5")
    assert signed_in(site, "sekreterare") == 303
    page = uploaded(site, docx_bytes(blocks_of_text(later)), "protokoll-2031-5.docx").headers["Location"]
    shown = site.get(page).get_data(as_text=True)
    doubt = re.search(r'<li><a href="#rad-(\d+)">rad \1</a>: <span lang="en">the meeting date 2031-10-13 is after today', shown)
    assert doubt, shown[shown.find("<main"):shown.find("Protokollet")]
    assert LEAD_IN in shown  # said in Swedish before the importer's English
    assert f'<li id="rad-{doubt[1]}">Måndag 2031-10-13' in shown
