"""The board's list of follow-ups (`bevakningslista`, `uppföljningslista`): a table in a § of its own,
a row for each task or report it waits for, with where it was set (`§ 6, 2086-02-12`) and its
status (`Klar – redovisad i dag`, `Pågår`, `Avskrivs`). Approving the list is taking note of it; a
row marked done delivers what its citation set, a row marked `Avskrivs` writes it off, each by
the decision that approves the list, unless a decision of its own there writes it off (`att
avskriva uppdraget om informationsfilm (punkt 6)`, the list's row 6). A row still under way or
not begun settles nothing, whatever it promises (`Pågår – rapporten lämnas i september`).
"""

from __future__ import annotations

import re

import attrs

from domain.values import DecisionKind
from register.minutes.model import (AdoptDocument, DeliveredEarlier, Effect, ParsedDecision, ParsedItem, ParseWarning, Reference,
                                    WriteOffEarlier)
from register.minutes.references import citations
from register.minutes.text import Line

_LIST = re.compile(r"\b(?:bevaknings|uppföljnings|uppdrags|ärende|åtgärds)list\w*|\bbevakning(?:ar|en)?\b", re.I)
_STATUS = re.compile(r"(?P<done>\b(?:klar|klart|redovisad|redovisat|genomförd|genomfört|slutförd|slutfört|avslutad|"
                     r"levererad|inkommen|besvarad)\b)"
                     r"|(?P<off>\bavskriv(?:s|es|en|et)\b)"
                     r"|(?P<open>\b(?:pågår|pågående|påbörjad|ej|inte|försenad|vilande|kvarstår)\b)", re.I)
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_ROW_NUMBER = re.compile(r"^(?P<number>\d{1,3})\s")
_POINT = re.compile(r"\bpunkt(?:en)?\s+(?P<number>\d{1,3})\b", re.I)
_APPROVES = (DecisionKind.DOCUMENT, DecisionKind.ACKNOWLEDGEMENT, DecisionKind.OTHER)


@attrs.frozen
class Row:
    number: int | None
    reference: Reference
    what: str
    status: str
    """`done`, `off` or `open`."""


def rows(lines: list[Line]) -> list[Row]:
    """The list's rows among a §'s lines: each cites where its task was set and ends with a status."""
    found = []
    for line in lines:
        cited = [r for r in citations(line.text).references if r.item is not None and (r.on or r.meeting or r.year)]
        if len(cited) != 1:
            continue
        after = line.text[line.text.find(cited[0].written) + len(cited[0].written):]
        dates = list(_DATE.finditer(after))
        # The status after the row's dates; `Klar – skickad 2096-01-19` carries a date of its own.
        status = _STATUS.search(after[dates[-1].end():] if dates else after)
        if status is None and dates:
            status = next(reversed(list(_STATUS.finditer(after[:dates[-1].start()]))), None)
        if status is None:
            continue
        what = _DATE.split(after)[0].strip(" ,–-")
        number = _ROW_NUMBER.match(line.text)
        found.append(Row(int(number["number"]) if number else None, cited[0], what, status.lastgroup or "open"))
    return found


def settled_by_list(decisions: list[ParsedDecision], item: ParsedItem,
                    lines: list[Line]) -> tuple[list[ParsedDecision], list[ParseWarning]]:
    """The §'s decisions with what its list settles: the approving decision an acknowledgement that
    delivers each row marked done and writes off each marked so; a write-off of `punkt N` the row it names."""
    listed = rows(lines)
    if not listed or not (_LIST.search(item.title) or any(_LIST.search(d.text) for d in decisions)):
        return decisions, []
    numbered = {row.number: row for row in listed if row.number is not None}
    result: list[ParsedDecision] = []
    doubts: list[ParseWarning] = []
    own_write_off = False
    for decision in decisions:
        effects = list(decision.effects)
        for k, effect in enumerate(effects):
            if isinstance(effect, WriteOffEarlier) and effect.reference is None:
                point = _POINT.search(decision.text)
                row = numbered.get(int(point["number"])) if point else None
                if row is not None:
                    effects[k] = WriteOffEarlier(attrs.evolve(row.reference, relation="writes_off"))
                    own_write_off = True
        result.append(attrs.evolve(decision, effects=tuple(effects)))
    approving = next((k for k, d in enumerate(result) if d.kind in _APPROVES and _LIST.search(d.text)), None)
    if approving is None:
        return result, doubts
    decision = result[approving]
    settled: list[Effect] = [DeliveredEarlier(attrs.evolve(row.reference, relation="fulfils"), row.what)
                             for row in listed if row.status == "done"]
    if not own_write_off and not any(isinstance(e, WriteOffEarlier) for d in result for e in d.effects):
        # `Uppdraget … enligt § 25/2096 avskrivs.` beside the approval: the write-off is that decision's
        settled += [WriteOffEarlier(attrs.evolve(row.reference, relation="writes_off")) for row in listed if row.status == "off"]
    noted = tuple(e for e in decision.effects if not isinstance(e, AdoptDocument))  # `godkänner uppdragslistan`: taking note of it
    result[approving] = attrs.evolve(decision, kind=DecisionKind.ACKNOWLEDGEMENT, effects=(*noted, *settled))
    if settled:
        doubts.append(ParseWarning(decision.line, f"{decision.id}: {len(settled)} row(s) of the list of follow-ups read as "
                                                  "settled (done or written off): check them against the list"))
    return result, doubts
