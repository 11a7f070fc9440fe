"""Minutes signed through an e-signing service and saved from the signed PDF end with the
service's own record after the last page (`Verifikat`, the transaction number, each signer's
e-mail, IP address and time, `Signerat med BankID`): it is no part of the minutes, so nothing in
it is read as the last item's text. Minutes of our own."""

from __future__ import annotations

from register.minutes.parser import parse_minutes

SIGNED = """Protokoll nr 3/2068
Styrelsemöte 2068-06-12

14 §               Mötets öppnande

Ärende             Ordföranden öppnade mötet.

15 §               Lägesrapport från Ronneby kommun

Ärende             Rapporten har kommit in.

Beslut             Rapporten läggs till handlingarna.

Transaktion 77310045128800661234
Justerandes sign.                                               Utdragsbestyrkande
\fVerifikat
Transaktion 77310045128800661234

Dokument

Protokoll nr 3 2068 styrelsen
Huvuddokument
2 sidor

Signerande parter

Olle Berg (OB)
Ronneby kommun
olle.berg@ronneby.se
IP-adress 198.51.100.40
Signerade 2068-06-20 10:02:11 UTC
Signerat med BankID

Detta verifikat har utfärdats av signeringstjänsten och visar att dokumentet inte har
ändrats efter signeringen.
"""


def test_the_signing_services_record_is_no_part_of_the_last_item():
    parsed = parse_minutes(SIGNED, "signerat.txt")
    last = [item for item in parsed.items if item.ref is not None][-1]
    assert last.ref.item == 15
    assert "Transaktion" not in last.text and "Signerat" not in last.text and "IP-adress" not in last.text and "verifikat" not in last.text.lower()
