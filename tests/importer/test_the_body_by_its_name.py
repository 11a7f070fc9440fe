"""The body that decides is called what its minutes call it: a direktion, a nämnd, an utskott
decide as a styrelse does (`Direktionens beslut`, `Nämnden beslutar att …`, `Direktionen
fastställer …`). Minutes of our own."""

from __future__ import annotations

from register.minutes.parser import parse_minutes

DIREKTION = """\
Protokoll från direktionens sammanträde nr 2/2036

Datum: 2036-04-10

§ 14 Budgetuppföljning
Dnr 2036/011

Direktionens beslut
1. Direktionen godkänner budgetuppföljningen per den 31 mars 2036.
2. Förbundschefen får i uppdrag att till nästa sammanträde ta fram en prognos för helåret.

Ärendet
Ekonomen har gått igenom utfallet för första kvartalet.

§ 15 Lokaler
Direktionen beslutar att säga upp hyresavtalet för kansliets arkiv.

§ 16 Anslag till insats
Nämnden beslutade att bevilja Karlskrona kommun 120 000 kr för insatsen Steget under 2036.
"""


def test_a_direktion_or_a_namnd_decides_as_a_styrelse_does() -> None:
    parsed = parse_minutes(DIREKTION, "dir.txt")
    assert [(str(d.id), d.kind.value) for d in parsed.decisions] == [
        ("2036-2 §14:1", "document"),
        ("2036-2 §14:2", "assignment"),
        ("2036-2 §15:1", "termination"),
        ("2036-2 §16:1", "grant"),
    ]
