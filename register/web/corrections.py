"""How the site marks a corrected value: "rättad", the correcting decision linked, the value before.

A row's corrections come from the views (`projections/folds.py`, `correction`), as the clocks
asked show them: as of a date before the correcting meeting, or as recorded before the
correction was, a row has none, and nothing is marked."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

from register.web.context import kronor, linked as _links

FIELDS = {"text": "texten", "amount": "beloppet", "party": "parten", "due": "tiden", "date": "datumet"}


def value(field: str, text: str) -> str:
    """A corrected field's value as the site writes it (an amount in kronor)."""
    return kronor(int(text)) if field == "amount" and text.isdigit() else text


def correction(said: Mapping[str, Any], linking: bool = True) -> Markup:
    """`Rättad 2026-06-10 genom 2026-4 §03:1: beloppet är 460 000 kr (före rättelsen 640 000 kr)`;
    without `linking` (an extract, made to be printed, also by the command line), no links."""
    field = said["field"]
    linked = _links if linking else escape
    who: Markup | str = ""
    if said.get("withheld"):
        who = " genom ett beslut som är utelämnat från publicering"
    elif said.get("by"):
        who = Markup(" genom {}").format(linked(said["by"]))
    elif said.get("reason"):
        who = Markup(" ({})").format(said["reason"])
    what = escape(FIELDS.get(field, field))
    if said.get("decision"):
        what += Markup(" i ") + linked(said["decision"])
    return Markup('<span class="corrected"><strong>Rättad</strong> {}{}: {} är {} (före rättelsen {})</span>').format(
        said["date"], who, what, value(field, said["value"]), value(field, said["previous"]))


def corrected_text(text: str, corrections: Sequence[Mapping[str, Any]] = (), linking: bool = True) -> Markup:
    """A decision's text with its ids linked and, where an amount it states was corrected and the
    text states it once, the amount before struck through and the corrected one beside it."""
    shown = str(_links(text) if linking else escape(text))
    for said in corrections:
        if said["field"] != "amount" or not said["previous"].isdigit():
            continue
        found = list(_amount(said["previous"]).finditer(shown))
        if len(found) != 1:
            continue  # not stated, or stated more than once: the mark says it all
        at = found[0]
        now = escape(value("amount", said["value"]))
        shown = f'{shown[:at.start()]}<del>{at[0]}</del> <ins>{now}</ins>{shown[at.end():]}'
    return Markup(shown)


def _amount(digits: str) -> re.Pattern[str]:
    """`640000` as minutes write it: 640 000, 640000, 640.000, with or without `kr`."""
    groups = [digits[max(0, end - 3):end] for end in range(len(digits), 0, -3)][::-1]
    return re.compile(r"(?<![\d.,])" + r"(?:[ .\u00a0]|&nbsp;)?".join(groups) + r"(?![\d])(?:(?: |\u00a0)(?:kr|kronor)\b)?")
