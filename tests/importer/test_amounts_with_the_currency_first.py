"""Amounts written with the currency before the figures, as an export or a bank form writes them
(`SEK 380 000`, `SEK 1,4 miljoner`, `kr 95 000`), or with the currency code after them
(`380 000 SEK`, `2,1 MSEK`), are read as any amount in kronor. A `kr` after other figures (`500 kr
2063`) opens no amount. Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import imported, minutes, view

MINUTES = """\
Sammanträde nr 2/2063
Datum: 2063-04-22

§ 14 Arbetsträning i Ronneby
Beslut: Styrelsen beviljar Ronneby kommun SEK 380 000 för Arbetsträning Ronneby under 2063.

§ 15 Stöd till Olofström
Beslut: Styrelsen beviljar Olofströms kommun SEK 1,4 miljoner för insatsen Nästa steg under 2063.

§ 16 Karlshamns ansökan
Beslut: Att bevilja Karlshamns kommun kr 95 000 för en förstudie under 2063.

§ 17 Sölvesborgs ansökan
Beslut: Styrelsen beviljar Sölvesborgs kommun 2,1 MSEK för Unga vuxna under 2063.

§ 18 Medlemsavgift
Beslut: Styrelsen noterar att avgiften höjs med 500 kr 2063 och lägger informationen till handlingarna.
"""


def _granted(cli, tmp_path) -> dict[str, int]:
    imported(cli, minutes(tmp_path, "april.txt", MINUTES))
    return {g["decision"]: g["amount_sek"] for g in view(cli, "grants", "--as-of", "2063-12-31")}


def test_the_currency_code_before_the_figures_is_an_amount(cli, tmp_path):
    granted = _granted(cli, tmp_path)
    assert (granted.get("2063-2 §14:1"), granted.get("2063-2 §15:1")) == (380_000, 1_400_000), granted


def test_kr_before_the_figures_is_an_amount(cli, tmp_path):
    assert _granted(cli, tmp_path).get("2063-2 §16:1") == 95_000


def test_millions_of_sek_are_an_amount(cli, tmp_path):
    assert _granted(cli, tmp_path).get("2063-2 §17:1") == 2_100_000


def test_kr_after_other_figures_opens_no_amount(cli, tmp_path):
    assert "2063-2 §18:1" not in _granted(cli, tmp_path)
