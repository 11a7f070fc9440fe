"""Minutes printed, signed by hand, scanned and read back by OCR: the page furniture comes back on
every page with the slips OCR makes in it (a stray `|`, `l` read for `1` in a page number, the
initials signed under the footer's labels), a numbered list of decision points runs on across a
page break, and ligatures (`ﬁ`, `ﬂ`) and doubled spaces are left in the text. Minutes of our own."""

from __future__ import annotations

from domain.ids import MeetingId
from register.minutes.noise import furniture
from register.minutes.parser import parse_minutes
from register.minutes.text import split_lines

SCANNED = """SAMORDNINGSFÖRBUNDET FINSAM BLEKINGE   PROTOKOLL          l (3)
Styrelsen                              Sammanträdesdatum |
                                       2071-03-14

Plats och tid        Kansliet, Ronneby, kl. 13.00–15.30

Beslutande           Eva Holmgren (Ronneby kommun), ordförande
                     Nils Ek (Karlskrona kommun), tjänstgörande
                     ersättare för Tove Sand
                     Tomas Brink (Karlshamns kommun)

Utses att justera    Tomas Brink

Justerandes sign                        Utdragsbestyrkande
  E.H  TB
\fSAMORDNINGSFÖRBUNDET FINSAM BLEKINGE   PROTOKOLL          2 (3)
Styrelsen                              Sammanträdesdatum
                                       2071-03-14

§ 9                                           Dnr 2071/4

Kartläggning av behov hos unga

Sammanfattning
Kansliet har gått igenom hur  många unga i länet som står långt
från arbetsmarknaden. Underlaget ﬁnns hos kansliet och visar att ﬂera
grupper behöver samordnat stöd.

Styrelsens beslut
Styrelsen beslutar
1. att lägga kartläggningen till handlingarna,

|Justerandes sign                        Utdragsbestyrkande
  EH /T-B
\fSAMORDNINGSFÖRBUNDET FINSAM BLEKINGE   PROTOKOLL          3 (3)|
Styrelsen                              Sammanträdesdatum |
                                       2071-03-14

2. att ge kansliet i uppdrag att  ta fram ett förslag till ﬁnansiering
   av insatser för unga till sammanträdet i juni 2071.


§ 10

Mötets avslutande

Ordföranden tackar för visat intresse och avslutar mötet.

Justerandes sign                        Utdragsbestyrkande
  E.H.  T.B
"""


def _parsed(text: str):
    return parse_minutes(text, "skannat.txt", MeetingId.parse("2071-2"))


def test_a_numbered_point_after_a_page_break_with_ocr_slips_in_its_furniture_is_read():
    noted, told = _parsed(SCANNED).decisions
    assert noted.text == "Att lägga kartläggningen till handlingarna."
    assert told.kind.value == "assignment"
    assert told.text.startswith("Att ge kansliet i uppdrag att ta fram ett förslag")


def test_furniture_with_a_stray_bar_or_initials_under_it_is_taken_out_after_the_title_block():
    body = [line.text for line in split_lines(SCANNED) if line.no > 14 and line.text]
    assert body[0] == "§ 9 Kartläggning av behov hos unga"
    for left in ("sign", "Utdragsbestyrkande", "Sammanträdesdatum", "TB", "T-B", "PROTOKOLL", "2071-03-14"):
        assert not [text for text in body if left in text]


def test_ligatures_are_read_as_their_letters():
    told = _parsed(SCANNED).decisions[-1]
    assert "ﬁ" not in told.text
    assert "förslag till finansiering av insatser för unga" in told.text


ONE_FOOTER = """§ 21

Riktlinjer för ansökan om medel

Styrelsen beslutar
1. att fastställa riktlinjerna för ansökan om medel,

FINSAM Blekinge  Box 14  372 21 Ronneby
Ordf ~/   Just  ./ʃ

2. att ge kansliet i uppdrag att sprida riktlinjerna till parterna före
   sommaren.


§ 22

Övrigt

Inga övriga frågor anmäls.
"""
"""A page's furniture no rule knows and nothing repeats: the footer of a two-page extract."""


def test_a_numbered_list_goes_on_past_a_page_footer_no_rule_took_out():
    adopted, told = _parsed(ONE_FOOTER).decisions
    assert adopted.text == "Att fastställa riktlinjerna för ansökan om medel."
    assert told.text == "Att ge kansliet i uppdrag att sprida riktlinjerna till parterna före sommaren."


def test_a_page_number_read_with_l_for_1_is_a_page_number_where_the_header_comes_back():
    header = "FINSAM BLEKINGE PROTOKOLL {}"
    lines = [header.format("l (3)"), "Styrelsen", "", "§ 1 Öppnande", "", header.format("2 (3)"), "",
             "Ordföranden öppnar mötet.", "", header.format("3 (3)"), "", "Bilaga I (2)", "Bilaga II (2)"]
    assert furniture(lines) == {0, 5, 9}


def test_a_role_wrapped_onto_the_next_line_goes_on_the_entry_and_opens_no_list_of_its_own():
    roles = {a.name: (a.role.value, a.organisation) for a in _parsed(SCANNED).attendance}
    assert roles == {"Eva Holmgren": ("ordförande", "Ronneby kommun"),
                     "Nils Ek": ("tjänstgörande ersättare", "Karlskrona kommun"),
                     "Tomas Brink": ("ledamot", "Karlshamns kommun")}


CLAUSES_OVER_A_FOOTER = """§ 31

Samverkan med vuxenpsykiatrin

Styrelsen beslutar
att godkänna överenskommelsen om samverkan med vuxenpsykiatrin, samt

Kansli: Ronneby  Tel 0457-100 00
(signerat)  MJ / OL

att ge kansliet i uppdrag att följa upp överenskommelsen vid sammanträdet i
november.


§ 32

Övrigt

Inga övriga frågor anmäls.
"""
"""A list of att-clauses whose clause before the break says that another follows (`, samt`)."""


def test_a_list_of_att_clauses_that_goes_on_does_so_past_a_footer_no_rule_took_out():
    approved, told = _parsed(CLAUSES_OVER_A_FOOTER).decisions
    assert approved.text == "Att godkänna överenskommelsen om samverkan med vuxenpsykiatrin."
    assert told.text == "Att ge kansliet i uppdrag att följa upp överenskommelsen vid sammanträdet i november."
