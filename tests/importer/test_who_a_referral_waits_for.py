"""A referral back names who prepares the matter again, and a deferral whom the board waits for:
the open follow-up lists them, not the board. Where the minutes name nobody, or name a meeting
or a time after `till`, the follow-up stays the board's. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import follow_up, imported, minutes, view

FEBRUARY = """Styrelsemöte 2027-1, Samordningsförbundet i Blekinge län

Tid och plats
Måndag 2027-02-08, kl. 13:00

§4 Ronneby kommuns ansökan om arbetsträning i kommunens regi

Beslut 2027-1 §04:1
Att återremittera ansökan till Ronneby kommun för en tydligare koppling till förbundets mål.

§5 Riktlinjer för resor i tjänsten

Beslut 2027-1 §05:1
Att återremittera förslaget till riktlinjer till kansliet, med uppdraget att jämföra med grannförbunden.

§6 Olofströms kommuns FINSAM-plan 2027

Beslut 2027-1 §06:1
Att bordlägga ärendet till nästa sammanträde i avvaktan på att Olofströms kommun lämnar en budget per insats.

§7 Gemensam kompetensdag

Beslut 2027-1 §07:1
Att återremittera ärendet till styrelsens sammanträde i april.

§8 Uppföljningssystemet SUS

Beslut 2027-1 §08:1
Att bordlägga ärendet till nästa sammanträde.

§9 Lokal samverkan i Karlshamn

Beslut 2027-1 §09:1
Att återremittera ärendet till lokala samverkansgruppen i Karlshamn för vidare beredning.
"""


def _responsible(cli, source: str) -> str:
    return str(follow_up(cli, source, "2027-02-08")["responsible"])


def test_a_referral_to_a_named_party_is_that_partys_to_prepare(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    assert _responsible(cli, "2027-1 §04:1") == "Ronneby kommun"


def test_an_officer_or_a_group_named_after_till_prepares_it(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    assert _responsible(cli, "2027-1 §05:1") == "kansliet"
    assert _responsible(cli, "2027-1 §09:1") == "lokala samverkansgruppen i Karlshamn"


def test_a_deferral_awaiting_a_party_waits_for_that_party(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    assert _responsible(cli, "2027-1 §06") == "Olofströms kommun"


def test_a_meeting_after_till_or_no_one_named_leaves_it_with_the_board(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    assert _responsible(cli, "2027-1 §07:1") == "styrelsen"
    assert _responsible(cli, "2027-1 §08") == "styrelsen"


def test_the_trace_says_to_whom_a_matter_was_referred(cli, tmp_path):
    imported(cli, minutes(tmp_path, "feb.txt", FEBRUARY))
    lines = [row["detail"] for row in view(cli, "trace", "2027-1 §04:1", "--as-of", "2027-02-08")["events"]]
    assert any("2027-1 §04 by 2027-1 §04:1 to Ronneby kommun" in line for line in lines), lines


def test_the_review_file_carries_who_and_a_secretary_may_change_it(cli, tmp_path):
    path = minutes(tmp_path, "feb.txt", FEBRUARY)
    review = tmp_path / "feb.review.toml"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    text = review.read_text(encoding="utf-8")
    assert 'kind = "referred_back", responsible = ["Ronneby kommun"]' in text, text
    review.write_text(text.replace('responsible = ["Ronneby kommun"]', 'responsible = ["förbundschefen"]', 1),
                      encoding="utf-8")
    assert cli("import-minutes", str(path), "--accept", str(review)).exit_code == 0
    assert _responsible(cli, "2027-1 §04:1") == "förbundschefen"
