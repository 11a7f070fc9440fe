"""What a company board's secretary writes where others cite ids (#24 B.10, B.11, A.4): money
`anvisad` in millions, a correction of `beslutet den 3 mars 2031, § 7` whose right amount the
sentence says `lyder`, a document that makes the one `fastställd den …, § N` `upphöra att gälla`,
and a report cited by date and § in an item that says it has not come. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import decision, follow_up, imported, minutes, view

MARCH = """\
Sammanträde nr 1/2031
Datum: 2031-03-03

§ 7 Förstudie arbetsträning
Styrelsen beslutar att anvisa Karlshamns kommun 1,25 mnkr för förstudien om arbetsträning under 2031.

§ 8 Dokumenthanteringsplan
Styrelsen beslutar att fastställa dokumenthanteringsplan för förbundet.

§ 9 Uppföljning arbetsträning
Styrelsen beslutar att Karlshamns kommun ska återrapportera förstudien senast den 31 augusti 2031.

§ 10 Studieresa
Styrelsen beslutar att ge förbundschefen i uppdrag att ordna en studieresa för styrelsen.

§ 11 Resepolicy
Styrelsen beslutar att fastställa resepolicy för förbundet.
"""

SEPTEMBER = """\
Sammanträde nr 4/2031
Datum: 2031-09-22

§ 31 Rättelse av beslut om förstudie
Ekonomen har sett att beloppet har angetts till 1,25 mnkr i protokollet, men ansökan gällde 1,52 mnkr.
Styrelsen beslutar att rätta beslutet den 3 mars 2031, § 7, så att det anvisade beloppet lyder 1 520 000 kronor.

§ 32 Ny dokumenthanteringsplan
Styrelsen beslutar att fastställa en ny dokumenthanteringsplan, varvid planen fastställd den 3 mars 2031, § 8, upphör att gälla.

§ 33 Återrapport arbetsträning
Enligt beslut den 3 mars 2031, § 9, skulle Karlshamns kommun återrapportera förstudien senast den 31 augusti. Kansliet meddelade att återrapporten inte har kommit in.

§ 34 Bidrag till studiecirkel
Styrelsen upphäver sitt beslut den 3 mars 2031, § 7, om förstudien.

§ 35 Studieresa
Styrelsen återkallar sitt beslut den 3 mars 2031, § 10, om en studieresa.

§ 36 Reviderad resepolicy
Styrelsen beslutar att fastställa en reviderad resepolicy, som ersätter den resepolicy som styrelsen fastställde den tredje mars 2031, § 11.
"""


def test_money_anvisad_in_millions_is_a_grant(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mar.txt", MARCH))
    grant, = [g for g in view(cli, "grants", "--year", "2031", "--as-of", "2031-12-31") if g["decision"] == "2031-1 §07:1"]
    assert (grant["party"], grant["amount_sek"]) == ("Karlshamns kommun", 1_250_000)


def test_a_correction_of_a_decision_described_by_date_and_section_corrects_that_decision(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mar.txt", MARCH))
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert decision(cli, "2031-4 §31:1")["kind"] == "correction"
    grant, = [g for g in view(cli, "grants", "--year", "2031", "--as-of", "2031-12-31") if g["decision"] == "2031-1 §07:1"]
    assert grant["amount_sek"] == 1_520_000


def test_a_document_that_ends_one_described_by_date_and_section_supersedes_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mar.txt", MARCH))
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert decision(cli, "2031-1 §08:1")["status"] == "superseded"


def test_a_report_cited_by_date_and_section_that_has_not_come_stays_open(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mar.txt", MARCH))
    summary = imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert follow_up(cli, "2031-1 §09:1", "2031-10-01")["status"] == "overdue"
    assert any("no clause says" in u["why"] for u in summary["unlinked"])


def test_a_board_that_revokes_or_recalls_its_own_decision_described_by_date_revokes_or_withdraws_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mar.txt", MARCH))
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert (decision(cli, "2031-1 §07:1")["status"], decision(cli, "2031-4 §34:1")["kind"]) == ("revoked", "revocation")
    assert (decision(cli, "2031-1 §10:1")["status"], decision(cli, "2031-4 §35:1")["kind"]) == ("withdrawn", "withdrawal")


def test_a_document_that_replaces_one_adopted_on_a_day_written_in_words_supersedes_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "mar.txt", MARCH))
    imported(cli, minutes(tmp_path, "sep.txt", SEPTEMBER))
    assert decision(cli, "2031-1 §11:1")["status"] == "superseded"
