"""Minutes exported from a Finland-Swedish case system: dates written `3.3.2051`, the meeting named
`PROTOKOLL 2/2051`, each § headed `Styrelsen 3.3.2051  § 14` with its title below, a proposal
under `Förslag` decided by reference (`Förslaget godkändes.`), and a returning matter that
reprints its earlier treatment first. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, events, follow_up, imported, minutes, view

MARCH = """SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE         PROTOKOLL 2/2051       1 (6)
Styrelsen

TID          03.03.2051 kl. 09:00-11:00
PLATS        Förbundets kansli

NÄRVARANDE LEDAMÖTER
Lindqvist Maria      ordförande
Holm Per             vice ordförande

-----------------------------------------------------------------
§ 11   LAGLIGHET OCH BESLUTFÖRHET

Beslut: Sammanträdet konstaterades lagligen sammankallat och beslutfört.

-----------------------------------------------------------------
§ 12   GODKÄNNANDE AV FÖREDRAGNINGSLISTAN

Förslag: Föredragningslistan godkänns.
Beslut: Förslaget godkändes.

-----------------------------------------------------------------
§ 13   VAL AV PROTOKOLLJUSTERARE

Beslut: Till protokolljusterare valdes Per Holm.

-----------------------------------------------------------------
§ 14   SÖLVESBORGS KOMMUNS FINSAM-PLAN 2051

Beredning: Kommunen har lämnat in sin plan.

Förslag: Styrelsen
1. fastställer Sölvesborgs kommuns FINSAM-plan 2051 och beviljar 900 000
   kronor för dess genomförande,
2. uppdrar åt Sölvesborgs kommun att lämna en lägesrapport vid styrelsens
   sammanträde i oktober 2051.

Beslut: Förslaget godkändes.

-----------------------------------------------------------------
§ 15   PROJEKTMEDEL, OLOFSTRÖMS KOMMUN

Förslag: Styrelsen beviljar Olofströms kommun 200 000 kronor för projektet
"Nya steg" år 2051.

Behandling: Per Holm föreslog att beloppet sänks till 150 000 kronor.
Förslaget understöddes och omfattades enhälligt.

Beslut: Styrelsen beslöt enligt förslaget med den ändring som gjordes under
behandlingen.

-----------------------------------------------------------------
§ 16   PROJEKTMEDEL, KARLSHAMNS KOMMUN

Förslag: Styrelsen beviljar Karlshamns kommun 100 000 kronor för projektet
"Bron" år 2051.

Beslut: Förslaget godkändes.

-----------------------------------------------------------------
§ 17   RONNEBY KOMMUNS FINSAM-PLAN 2051

Förslag: Styrelsen fastställer Ronneby kommuns FINSAM-plan 2051.

Behandling: Per Holm föreslog, med stöd av Lena Falk, att ärendet
återremitteras till Ronneby kommun för komplettering av budgeten. Förslaget
omfattades enhälligt.

Beslut: Ärendet återremitterades enligt Holms förslag.

-----------------------------------------------------------------
§ 18   KARLSHAMNS KOMMUNS OCH OLOFSTRÖMS KOMMUNS ARBETE

Förslag: Styrelsen
1) ålägger Karlshamns kommun att lämna en delrapport till nästa
   sammanträde,
2) förutsätter att Olofströms kommun redogör för läget vid styrelsens
   sammanträde i november 2051.

Beslut: Förslaget godkändes.

-----------------------------------------------------------------
§ 19   RONNEBY KOMMUN, PROJEKTET "START"

Styrelsen 12.01.2051 § 3
  Styrelsen beviljade Ronneby kommun 10 000 kronor för projektet "Start".

Förbundschefen informerade om att projektet har avslutats.
"""

MAY = """SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE                SAMMANTRÄDESPROTOKOLL
Styrelsen                                            3/2051

Tid      12.05.2051 kl. 13:00-15:00
Plats    Förbundets kansli

Närvarande ledamöter
  Lindqvist Maria, ordförande
  Holm Per, vice ordförande

=================================================================
Styrelsen 12.05.2051                                          § 21

Karlshamns kommuns FINSAM-plan 2051

Styrelsen 03.03.2051 § 9
  Styrelsen fastställde Karlshamns kommuns FINSAM-plan 2051 och beviljade
  1 000 000 kronor.

Styrelsen 12.05.2051 § 21
Beredning
Kommunen vill utöka planen.

Förslag
Styrelsen beviljar Karlshamns kommun ytterligare 300 000 kronor för
FINSAM-planen 2051.

Beslut
Styrelsen beslöt enligt förslaget.

=================================================================
Styrelsen 12.05.2051                                          § 22

Projektmedel, Olofströms kommun

Förslag
Styrelsen upphäver sitt beslut 3.3.2051 § 15 om projektmedel.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 23

Projektet "Bron", Karlshamns kommun

Förslag
Styrelsen beviljar Karlshamns kommun 120 000 kronor för projektet "Bron"
år 2051. Beslutet ersätter styrelsens beslut 3.3.2051 § 16.

Beslut
Styrelsen beslöt enligt förslaget.

=================================================================
Styrelsen 12.05.2051                                          § 24

Uppföljning av projektet "Bron"

Förslag
Förbundschefen redogör för projektets utfall vid styrelsens sammanträde i
september 2051.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 25

Sölvesborgs kommun, uppföljning

Styrelsen 03.03.2051 § 14
  Sölvesborgs kommun ska lämna en lägesrapport i oktober.

Styrelsen 12.05.2051 § 25
Beredning
Kommunens lägesrapport har inkommit och bifogas.

Förslag
Styrelsen antecknar lägesrapporten för kännedom.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 26

Riktlinjer för resor

Beslut
Ärendet utgår från dagens föredragningslista.

=================================================================
Styrelsen 12.05.2051                                          § 27

Anmälningsärenden

- Karlshamns kommun informerade muntligt om att arbetet har börjat. Den
  skriftliga delrapporten som styrelsen begärt (3.3.2051 § 18) lämnas i juni.
- Arbetsförmedlingens verksamhetsrapport för kvartalet finns tillgänglig på
  kansliet.

Inga beslut fattades.

=================================================================
Styrelsen 12.05.2051                                          § 28

Gemensamt projekt "Vägen ut"

Förslag
Styrelsen beviljar 300 000 kronor för det gemensamma projektet "Vägen ut"
år 2051.

Behandling
Per Holm föreslog att ansökan avslås. Omröstning förrättades.
Omröstningsresultat: Ja 5 röster (Lindqvist, Ek, Berg, Wik, Nyström), Nej 1 röst
(Holm). Ordföranden konstaterade att förbundschefens förslag vunnit.

Beslut
Styrelsen beslöt enligt förslaget efter omröstning.

=================================================================
Styrelsen 12.05.2051                                          § 29

Ronneby kommuns rapportering

Förslag
Styrelsen uppdrar åt Ronneby kommun att lämna en lägesrapport vid styrelsens
sista sammanträde 2051 i december.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 30

Projektet "Bron", tilläggsmedel

Styrelsen 03.03.2051 § 16
  Styrelsen beviljade Karlshamns kommun 100 000 kronor för projektet "Bron".

Beredning
Kommunen ansöker om tilläggsmedel.

Förslag
Styrelsen beviljar Karlshamns kommun 40 000 kronor i tilläggsmedel för
projektet "Bron" år 2051.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 31

Samverkan med social- och hälsovårdsnämnden

Social- och hälsovårdsnämnden 20.04.2051 § 7
  Nämnden beslöt att bevilja föreningen Bryggan 60 000 kronor år 2051.

Styrelsen 12.05.2051 § 31
Beredning
Nämndens beslut har delgetts styrelsen.

Förslag
Styrelsen antecknar nämndens beslut för kännedom.

Beslut
Förslaget godkändes.

=================================================================
Styrelsen 12.05.2051                                          § 32

Projektmedel, Ronneby kommun

Förslag
Styrelsen beviljar Ronneby kommun 70 000 kronor för projektet "Steget" år 2051.

Beslut
Styrelsen omfattade förslaget.

=================================================================
Styrelsen 12.05.2051                                          § 33

Information om statistik

Förbundschefen informerade om statistiken.
"""


def test_a_finland_swedish_export_is_read_with_its_date_and_number(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert (summary["meeting"], summary["date"]) == ("2051-2", "2051-03-03")


def test_a_proposal_decided_by_reference_gives_each_of_its_points_as_a_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert decision(cli, "2051-2 §14:1")["kind"] == "plan"
    assert "lägesrapport" in decision(cli, "2051-2 §14:2")["text"]


def test_a_proposal_changed_in_the_treatment_is_put_to_review(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    doubts = [d["what"] for d in summary["to_review"]]
    assert any("2051-2 §15:1" in what and "Behandling" in what for what in doubts), doubts


def test_the_formalities_of_the_layout_are_no_decisions(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    ids = [d["id"] for d in view(cli, "decisions", "--as-of", "2999-12-31")]
    assert ids == ["2051-2 §14:1", "2051-2 §14:2", "2051-2 §15:1", "2051-2 §16:1", "2051-2 §17:1", "2051-2 §18:1", "2051-2 §18:2"], ids


def test_headings_beside_the_board_and_date_number_the_items(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert (summary["meeting"], summary["date"]) == ("2051-3", "2051-05-12")
    assert decision(cli, "2051-3 §21:1")["kind"] == "grant"


def test_the_earlier_treatment_a_returning_matter_reprints_yields_no_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    ids = [d["id"] for d in view(cli, "decisions", "--as-of", "2999-12-31")]
    assert [i for i in ids if i.startswith("2051-3")] == ["2051-3 §21:1", "2051-3 §22:1", "2051-3 §23:1", "2051-3 §24:1", "2051-3 §25:1", "2051-3 §26:1", "2051-3 §28:1", "2051-3 §29:1", "2051-3 §30:1", "2051-3 §31:1", "2051-3 §32:1"], ids


def test_a_decision_cited_by_a_date_written_with_dots_is_found(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-2 §15:1")["status"] == "revoked"


def test_a_decision_that_replaces_one_cited_by_a_date_with_dots_supersedes_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-2 §16:1")["status"] == "superseded"


def test_a_referral_by_the_proposal_moved_in_the_treatment_waits_for_whom_it_names(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert follow_up(cli, "2051-2 §17:1", "2051-04-01")["responsible"] == "Ronneby kommun"
    assert any("2051-2 §17:1" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_an_officer_who_gives_an_account_in_the_present_owes_a_report(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-3 §24:1")["kind"] == "report"


def test_the_earlier_treatment_a_report_reprints_is_the_one_it_fulfils(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    fulfilled = [e for e in events(summary) if e.startswith("fulfilled: follow-up from 2051-2 §14:2")]
    assert fulfilled and "by date and §" in fulfilled[0], events(summary)


def test_an_item_struck_from_the_agenda_is_no_formality(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-3 §26:1")["kind"] == "withdrawal"


def test_a_party_enjoined_or_expected_to_report_owes_a_report(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert [decision(cli, f"2051-2 §18:{n}")["kind"] for n in (1, 2)] == ["report", "report"]
    assert follow_up(cli, "2051-2 §18:2", "2051-04-01")["responsible"] == "Olofströms kommun"
    assert decision(cli, "2051-2 §18:1")["text"].startswith("Styrelsen ålägger Karlshamns kommun")


def test_a_report_cited_as_still_to_come_is_fulfilled_by_nothing_else_the_item_says(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert follow_up(cli, "2051-2 §18:1", "2051-05-31")["status"] != "done"


def test_money_for_a_joint_project_named_after_for_is_granted_to_the_project(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    grants = [g for g in view(cli, "grants", "--as-of", "2999-12-31") if g["decision"] == "2051-3 §28:1"]
    assert [(g["party"], g["amount_sek"]) for g in grants] == [(None, 300000)], grants


def test_a_vote_counted_yes_and_no_before_the_names_is_read(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-3 §28:1")["votes"] == {"for": 5, "against": 1, "abstained": 0}


def test_a_report_due_at_the_last_meeting_of_a_year_is_due_in_its_month(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert follow_up(cli, "2051-3 §29:1", "2051-06-01")["due"] == "2051-12"


def test_a_counter_proposal_that_lost_the_vote_leaves_the_proposal_as_decided(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert not any("2051-3 §28:1" in d["what"] and "Behandling" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_an_earlier_treatment_is_one_paragraph_where_no_new_one_is_headed(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert "40 000" in decision(cli, "2051-3 §30:1")["text"]


def test_an_earlier_treatment_without_a_new_one_headed_is_history_by_the_meetings_own_date(cli, tmp_path):
    summary = imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    assert not any("§19" in d["what"] for d in summary["to_review"]), summary["to_review"]


def test_the_earlier_treatment_by_another_body_yields_no_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    texts = [d["text"] for d in view(cli, "decisions", "--as-of", "2999-12-31") if d["id"].startswith("2051-3 §31")]
    assert texts and not any("Bryggan" in text for text in texts), texts


def test_a_board_that_embraced_the_proposal_decided_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mars.txt", MARCH))
    imported(cli, minutes(tmp_path, "maj.txt", MAY))
    assert decision(cli, "2051-3 §32:1")["kind"] == "grant"
