"""A duty written off by a decision that names it by what it is, not by where it was set: `Att
avskriva Ronneby kommuns rapporteringsskyldighet, eftersom …`, `att kravet på återrapportering enligt
§ 6 b avskrivs`. The § prose cites the decision that set the duty (`Kommunen skulle enligt protokoll
1/2078 § 5 punkt 2 lämna en rapport …`); that citation is the duty written off, not a report
delivered, though its own sentence speaks of reporting. A report taken up as come in is still
delivered, and money written down (`avskriva inventarierna`) writes off no duty. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes

FEBRUARY = """\
Protokoll fört vid styrelsemöte 1/2078, FINSAM Blekinge
Datum: 2078-02-08

§ 5  Insatsen Arbetsbron                                Dnr 2078/004

Beslut:
1. Att bevilja Ronneby kommun 300 000 kr för insatsen Arbetsbron under 2078.
2. Att Ronneby kommun ska lämna en rapport om deltagarnas utveckling senast 31 maj 2078.

§ 6  Insatsen Hälsosteget                                Dnr 2078/005

Beslut:
1. Att bevilja Olofströms kommun 200 000 kr för insatsen Hälsosteget under 2078.
2. Att Olofströms kommun ska lämna en återrapport om insatsen senast 31 maj 2078.

§ 7  Insatsen Språkstöd                                  Dnr 2078/006

Beslut:
1. Att bevilja Karlshamns kommun 150 000 kr för insatsen Språkstöd under 2078.
2. Att Karlshamns kommun ska lämna en rapport om språkstödet senast 31 maj 2078.
"""

JUNE = """\
Protokoll fört vid styrelsemöte 2/2078, FINSAM Blekinge
Datum: 2078-06-14

§ 4  Rapport om Arbetsbron – Ronneby kommun

Ronneby kommun skulle enligt protokoll 1/2078 § 5 punkt 2 lämna en rapport om deltagarnas
utveckling. Insatsen har slagits samman med en regional satsning som följs upp av Region Blekinge.

Beslut:
Att avskriva Ronneby kommuns rapporteringsskyldighet, eftersom insatsen följs upp i den regionala satsningen.

§ 5  Hälsosteget – återrapport

Den återrapport som begärdes 2078-02-08 § 6 punkt 2 har inte kunnat lämnas, eftersom insatsen aldrig kom i gång.

Beslut:
Att kravet på återrapport enligt § 6 punkt 2 avskrivs.

§ 6  Språkstöd – rapport

Karlshamns kommun har lämnat den rapport som begärdes enligt protokoll 1/2078 § 7 punkt 2. Rapporten föredras.

Beslut:
Att lägga rapporten till handlingarna.

§ 7  Inventarier

Beslut:
Att avskriva förbundets inventarier enligt plan.
"""


def _imported(cli, tmp_path):
    imported(cli, minutes(tmp_path, "februari.txt", FEBRUARY))
    return imported(cli, minutes(tmp_path, "juni.txt", JUNE))


def test_a_duty_written_off_by_name_is_the_one_its_section_cites(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2078-1 §05:2", "2078-07-01")["status"] == "written_off"


def test_a_duty_said_to_be_written_off_in_the_passive_is_the_one_its_section_cites(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2078-1 §06:2", "2078-07-01")["status"] == "written_off"


def test_a_report_taken_up_as_come_in_is_still_delivered(cli, tmp_path):
    _imported(cli, tmp_path)
    assert follow_up(cli, "2078-1 §07:2", "2078-07-01")["status"] == "done"


def test_money_written_down_writes_off_no_duty(cli, tmp_path):
    summary = _imported(cli, tmp_path)
    events = next(d["events"] for d in summary["decisions"] if d["id"] == "2078-2 §07:1")
    assert not [e for e in events if "written off" in e or "writes off" in e], events
    assert not [r for r in summary["to_review"] if "§07:1" in r["what"] and "writes off" in r["what"]], summary["to_review"]
