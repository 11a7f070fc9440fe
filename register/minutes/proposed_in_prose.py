"""A proposal told in a sentence of the account, not set out under a label: `Förbundschefen
föreslog att styrelsen fastställer planen och beviljar kommunen 1 150 000 kr`, `Hon föreslår
styrelsen att bevilja …`. A decision taken `i enlighet med förbundschefens förslag` decides its
clauses, as it would those of a `Förslag till beslut`."""

from __future__ import annotations

import re

import attrs

from register.minutes.phrasebook import BOARD
from register.minutes.voice import board_said

_PROPOSED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<owner>[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,2})\s+(?:har\s+|hade\s+)?"
    r"(?:föreslog|föreslår|föreslagit)\s+(?:(?:därför|nu|sammanfattningsvis|slutligen)\s+)?"
    rf"(?:att\s+(?P<board>(?i:{BOARD})\s+.+?)|(?i:{BOARD})\s+att\s+(?P<verb_first>.+?))"
    r"(?:\.(?=\s+[A-ZÅÄÖ]|\s*$)|$)"
)
_NEW_DECISION = re.compile(rf"^({BOARD})\s+(?:fattar|tar)\s+(?:ett\s+)?(?:nytt\s+)?beslut\s+om\s+att\s+", re.I)
"""`att styrelsen fattar ett nytt beslut om att bevilja …`: the decision is what follows."""
_PRONOUNS = {"hon", "han", "hen", "de", "vi", "jag", "man"}


@attrs.frozen
class ProseProposal:
    owner: str | None
    """Who proposed it (`Förbundschefen`), None where a pronoun stands for them."""
    clause: str
    """The proposal said as the register says decisions: `Att fastställa … och bevilja …`."""


def proposed_in_prose(text: str, begun_within: int | None = None) -> ProseProposal | None:
    """The proposal a sentence of `text` tells someone made to the board, if one does and its
    verb is one of deciding; None otherwise (`föreslog att ärendet bordläggs`: no board in it).
    `begun_within`: only a sentence that begins in that many first characters (its first line)."""
    for found in _PROPOSED.finditer(text):
        if begun_within is not None and found.start() >= begun_within:
            break
        owner = None if found["owner"].lower() in _PRONOUNS else found["owner"]
        clause: str | None
        if found["verb_first"] is not None:
            clause = f"Att {found['verb_first'].strip()}."
        else:
            board = _NEW_DECISION.sub(lambda m: "", found["board"].strip())
            clause = (f"Att {board}." if board != found["board"].strip()
                      else board_said(found["board"].strip()[:1].upper() + found["board"].strip()[1:]))
        if clause is not None:
            return ProseProposal(owner, clause if clause.endswith(".") else clause + ".")
    return None
