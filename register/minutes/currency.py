"""Amounts written with the currency first, as an export or a bank form writes them (`SEK 425 000`,
`SEK 1,2 miljoner`, `kr 95 000`, `kronor 80 000`), or with a currency code the rules do not know after them
(`1,2 miljoner SEK`, `2,1 MSEK`, `450 TSEK`), said as the rules read amounts: `425 000 kr`,
`1,2 miljoner kronor`, `2,1 mnkr`, `450 tkr`."""

from __future__ import annotations

import re

_FIGURES = r"\d{1,3}(?:[ .\u00a0]\d{3})+(?:,\d{1,3})?|\d+(?:,\d{1,3})?"
_MILLIONS = r"milj(?:oner|on|\.)?"
_CURRENCY_FIRST = re.compile(
    rf"(?<![\d\w])(?<!\d )(?:SEK|kr\.?|kronor)\s?(?P<figures>{_FIGURES})(?![ .,\u00a0]?\d)(?:\s(?P<millions>{_MILLIONS})(?!\w))?"
    r"(?!\s?(?:kr\b|kronor|SEK\b|tkr|mnkr|:-))", re.I)
"""`SEK 425 000`, `kr 95 000`: not after other figures (`500 kr 2063` is 500 kronor in 2063)."""
_MILLIONS_OF_SEK = re.compile(rf"(?P<figures>\d+(?:,\d{{1,3}})?)\s?{_MILLIONS}\s?SEK\b", re.I)
_CODED = re.compile(r"(?<=\d)\s?(?P<code>MSEK|MKR|TSEK|KSEK)\b", re.I)


def currency_last(text: str) -> str:
    """The text with each amount written currency first said with `kr` (or its scale) after it."""
    def after(match: re.Match[str]) -> str:
        return f"{match['figures']} miljoner kronor" if match["millions"] else f"{match['figures']} kr"
    text = _CURRENCY_FIRST.sub(after, text)
    text = _MILLIONS_OF_SEK.sub(lambda m: f"{m['figures']} miljoner kronor", text)
    return _CODED.sub(lambda m: " mnkr" if m["code"].upper() in ("MSEK", "MKR") else " tkr", text)
