"""Short minutes that tell each decision in the present passive, in a sentence after what was said,
with no `Beslut` label and no `att` (`Mötesplanen fastställs.`, `Noteras.`, `Återremitteras till
förbundschefen …`, `Avslås – …`, `Insatsplanen godkänns och Vägvisaren beviljas 450 000 kr`): each
such sentence is a decision. A passive after a modal (`bör fastställas`) or in what someone else
says (`Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet`) is none. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, title_block, view

TERSE = title_block(3, "2079-05-11") + """
§ 24 Mötesplan hösten 2079
Fyra möten föreslås, det sista i december. Mötesplanen fastställs.

§ 25 Från kansliet
Förbundschefen berättar om läget i insatserna. Noteras.

§ 26 Ungdomsspåret – ansökan
Ronneby kommun söker 300 tkr, men ansökan saknar budget. Återremitteras till förbundschefen för komplettering med budget.

§ 27 Sommarkollo – ansökan
Avslås – ändamålet ligger utanför förbundets uppdrag.

§ 28 Vägvisaren 2079
Kommunen har lämnat en ny insatsplan. Insatsplanen för Vägvisaren godkänns och Vägvisaren beviljas 450 000 kr för 2079.

§ 30 Attestordning
Revisorerna har ännu inte yttrat sig. Bordläggs till nästa möte.

§ 31 Mötesplan hösten 2079 – ändring
Decembermötet flyttas en vecka. Den reviderade mötesplanen fastställs och ersätter planen i 3/2079 § 24.

§ 32 Kartläggning – uppdrag enligt 3/2079 § 26
Underlaget finns redan hos regionen. Uppdraget avskrivs.

§ 29 Remissvar om samordnad rehabilitering
Ordföranden framhöll att remissvaret bör fastställas före sommaren. Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet.
"""


def test_each_sentence_in_the_present_passive_is_a_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", TERSE))
    kinds = {d["id"]: d["kind"] for d in view(cli, "decisions", "--as-of", "2079-12-31")}
    assert {i: kinds.get(i) for i in ("2079-3 §24:1", "2079-3 §25:1", "2079-3 §26:1", "2079-3 §27:1", "2079-3 §28:2",
                                      "2079-3 §30:1", "2079-3 §31:1")} == {
        "2079-3 §24:1": "document", "2079-3 §25:1": "acknowledgement", "2079-3 §26:1": "referral",
        "2079-3 §27:1": "rejection", "2079-3 §28:2": "grant", "2079-3 §30:1": "deferral", "2079-3 §31:1": "document"}
    assert "2079-3 §32:1" in kinds  # `Uppdraget avskrivs.`: a duty written off, a decision of its own


def test_a_project_granted_in_the_passive_keeps_its_name(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", TERSE))
    grants = [(g["party"], g["purpose"], g["amount_sek"]) for g in view(cli, "grants", "--as-of", "2079-12-31")]
    assert grants == [(None, "Vägvisaren", 450000)]


def test_a_passive_after_a_modal_or_in_what_others_say_is_no_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "maj.txt", TERSE))
    assert not [d for d in view(cli, "decisions", "--as-of", "2079-12-31") if d["id"].startswith("2079-3 §29")]
