"""What a review file may not say: a key that no table of it knows, wherever it stands, and a due
no meeting could have set. Each is refused with the file's line, exit 2, and nothing recorded."""

from __future__ import annotations

import json

import pytest

from tests.conftest import stored_events
from tests.importer.steps import minutes, undoubted



ATTENDEE = '[[attendance]]\nname = "Eva Ek"\norganisation = "Region Blekinge"\nrole = "ledamot"\npresent = true\n'
DECISIONS = ": id, kind, text, line, generated, cites, plans, grants, documents, agreements, follow_up, struck,"

# (what the file says, what the edit makes it say, the line refused, what the message says)
REFUSED = [
    ("[review]\n", 'granskare = "Elin Nordqvist"\n\n[review]\n', "granskare =",
     "unknown key 'granskare' in the top level; allowed there: [review], [meeting], [[attendance]], [[decision]], "
     "[[item]], [[unlinked]]"),
    ('[[item]]\nref = "2026-3 §04"', '[[items]]\nref = "2026-3 §04"', "[[items]]", "unknown key 'items' in the top level"),
    ('reviewed_by = ""', 'granskad_av = "Elin Nordqvist"\nreviewed_by = ""', "granskad_av",
     "unknown key 'granskad_av' in [review]; allowed there: minutes, digest, reviewed_by"),
    ('place = ""', 'place = ""\nort = "Karlskrona"', "ort =", "unknown key 'ort' in [meeting]; allowed there: id, date, place, justerare"),
    ('[[decision]]\nid = "2026-3 §03:1"', ATTENDEE + 'parti = "S"\n\n[[decision]]\nid = "2026-3 §03:1"', "parti =",
     "unknown key 'parti' in [[attendance]] 1; allowed there: name, organisation, role, present, party"),
    ('kind = "assignment"', 'typ = "assignment"', "typ =", f"unknown key 'typ' in [[decision]] 2; allowed there{DECISIONS}"),
    ('title = "Bemanningen i kansliet"', 'title = "Bemanningen i kansliet"\nbordlagd = "2026-09"', "bordlagd",
     "unknown key 'bordlagd' in [[item]] 2; allowed there: ref, title, line, continues, returns_from, settles,"),
    ('title = "Bemanningen i kansliet"\nline = 16', 'title = "Bemanningen i kansliet"\nline = 16\n\n[[unlinked]]\nline = 16\n'
     'citation = "i april"\nat = "2026-3 §04"\nkopplas_till = "2026-2 §05:1"', "kopplas_till =",
     "unknown key 'kopplas_till' in [[unlinked]] 1; allowed there: line, citation, why, at, links_to"),
    ('due = "none"}', 'due = "none", ansvarig = "Eva Ek"}', "ansvarig",
     "follow_up: unknown key 'ansvarig' in { … }; allowed there: kind, responsible, subject, due"),
    ('text = "Att bjuda ledamöterna på kaffe."', 'text = "Att bjuda ledamöterna på kaffe."\ngrants = [{party = "Olofströms '
     'kommun", year = 2026, amount_sek = 5000, syfte = "kaffe"}]', "syfte",
     "grants: unknown key 'syfte' in { … }; allowed there: party, project, year, amount_sek, purpose"),
    ('text = "Att bjuda ledamöterna på kaffe."', 'text = "Att bjuda ledamöterna på kaffe."\nvote.ja = 5', "vote.ja",
     "vote: unknown key 'ja' in { … }; allowed there: for, against, abstained"),
    ('text = "Att bjuda ledamöterna på kaffe."\nline = 19', 'text = "Att bjuda ledamöterna på kaffe."\nline = 19\n\n'
     '[decision.bilaga]\nnamn = "meny"', "[decision.bilaga]", "unknown key 'bilaga' in [[decision]] 3; allowed there: id,"),
    # A field the meeting must have, taken out: named, not a crash.
    ('[meeting]\nid = "2026-3"\ndate = 2026-06-08\n', '[meeting]\nid = "2026-3"\n', "[meeting]", "meeting 1 has no date"),
    # Dues no meeting of 2026-06-08 could have set.
    ('due = "none"}', 'due = "2037-01"}', 'due = "2037-01"',
     "follow_up: the due 2037-01 is more than 10 years after the meeting of 2026-06-08 (at most 2036-06-08)"),
    ('due = "none"}', 'due = "2003-11-30"}', 'due = "2003-11-30"', "follow_up: the due 2003-11-30 is before 2004"),
    ('title = "Praktikplatser i industrin"', 'title = "Praktikplatser i industrin"\ndeferred_to = "2099-09"', "deferred_to",
     "deferred_to: the due 2099-09 is more than 10 years after the meeting of 2026-06-08"),
]


@pytest.mark.parametrize(("old", "new", "refused", "message"), REFUSED, ids=[m.split(";")[0][:50] for *_, m in REFUSED])
def test_a_review_that_says_what_no_table_holds_is_refused_with_its_line(cli, store, review, old, new, refused, message):
    june, target = review
    text = target.read_text(encoding="utf-8")
    assert old in text, text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = next(n for n, said in enumerate(target.read_text(encoding="utf-8").split("\n"), start=1)
                if refused in said.split("  #")[0] and not said.startswith("#"))  # not in a comment
    before = stored_events(store)
    result = cli("import-minutes", str(june), "--accept", str(target))
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert f"juni.toml, line {line}: {message}" in result.output, (line, result.output)
    assert stored_events(store) == before




HEAD = """Styrelsemöte 2026-3, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2026-06-08, kl. 09:00

"""
REPORT = """§4 Uppföljning av coacherna i Karlshamn

Styrelsen beslutade:
Beslut 2026-3 §04:1
Att Karlshamns kommun ska återrapportera läget vid styrelsens maj-möte 2062.
"""
DEFERRAL = """§5 Försäkringskassans lokala organisation

Föredraganden hade förhinder. Ärendet skjuts till styrelsens maj-möte 2062.
"""
BEYOND = "the due 2062-05 is more than 10 years after the meeting of 2026-06-08 (at most 2036-06-08)"


@pytest.mark.parametrize(("body", "line", "what", "key"), [
    (REPORT, 9, "2026-3 §04:1", "follow_up"),
    (DEFERRAL, 6, "2026-3 §05", "deferred_to"),
], ids=["a report's due", "an item deferred"])
def test_minutes_that_set_a_due_decades_ahead_are_read_but_put_to_review(cli, store, tmp_path, body, line, what, key):
    far = minutes(tmp_path, "juni.txt", HEAD + body)
    dry = cli("import-minutes", str(far), "--dry-run", "--format", "json")
    assert dry.exit_code == 0, dry.output
    assert undoubted(json.loads(dry.output)) == [{"line": line, "what": f"{what}: {BEYOND}; is the year right?"}]
    target = tmp_path / "juni.toml"
    assert cli("import-minutes", str(far), "--review", str(target)).exit_code == 0
    at = next(n for n, text in enumerate(target.read_text(encoding="utf-8").split("\n"), start=1) if key in text
              and not text.startswith("#"))
    refused = cli("import-minutes", str(far), "--accept", str(target))
    assert (refused.exit_code, refused.output) == (2, f"error: juni.toml, line {at}: {key}: {BEYOND}\n")
    assert stored_events(store) == 0
