"""The names the read model files facts under, declared once: the kinds of entity a key names
(`decision:2025-7 §07:1`) and the types of fact. Both are stored as their values, so a
member compares equal to what is read back."""

from __future__ import annotations

import enum

from domain.values import DecisionStatus


class Entity(enum.StrEnum):
    DECISION = "decision"
    MEETING = "meeting"
    MATTER = "matter"
    FOLLOWUP = "followup"
    PLAN = "plan"


PREFIX: dict[Entity, str] = {entity: f"{entity.value}:" for entity in Entity}
"""How each kind's keys begin, as plain strings: code that builds or tests a key per fact binds
these once, since an enum member's value costs an attribute lookup in Python each time."""

PROJECT = "projekt:"
"""Before a project's name in a plan key: the money for a project run jointly by several parties
is kept beside the parties' plans (`grants` lists it), though no party and no plan owns it."""


def key(entity: Entity, ident: str) -> str:
    """The key of one entity: `followup:2025-7 §07:2`."""
    return PREFIX[entity] + ident


def entity_of(key: str) -> Entity:
    return Entity(key[: key.index(":")])


def ident_of(key: str) -> str:
    return key[key.index(":") + 1:]


class FactType(enum.StrEnum):
    # a decision's
    TAKEN = "Taken"
    CITED = "Cited"
    EFFECT = "Effect"
    """The decision did something the trace shows (adopted, granted, obliged); a grant's is kept."""
    WITHDRAWN = "Withdrawn"
    REVOKED = "Revoked"
    SUPERSEDED = "Superseded"
    VOIDED = "Voided"
    CORRECTED = "Corrected"
    TEXT_CORRECTED = "TextCorrected"
    VOTED = "Voted"
    RESERVED = "Reserved"
    RECUSED = "Recused"
    # a matter's (an agenda item and where it goes)
    PUT_FORWARD = "PutForward"
    DECIDED = "Decided"
    RETURNED = "Returned"
    CONTINUES = "Continues"
    """Filed under the item a matter returned as: which matter it continues (for its trace)."""
    REFERRED_BACK = "ReferredBack"
    DEFERRED = "Deferred"
    PLAN_PROPOSED = "PlanProposed"
    SEALED_AT_ONCE = "SealedAtOnce"
    FILED = "Filed"
    """Its diarienummer, beslutsunderlag and expedieras, read where the decision page and the extract show them."""
    # a plan's
    PROPOSED = "Proposed"
    ADOPTED = "Adopted"
    GRANTED = "Granted"
    GRANT_CORRECTED = "GrantCorrected"
    MOVED_AWAY = "MovedAway"
    MOVED_HERE = "MovedHere"
    # a follow-up's
    OPENED = "Opened"
    FULFILLED = "Fulfilled"
    WRITTEN_OFF = "WrittenOff"
    DUE_CORRECTED = "DueCorrected"
    RESPONSIBLE_CORRECTED = "ResponsibleCorrected"
    # a meeting's
    SEALED = "Sealed"
    DATE_CORRECTED = "DateCorrected"
    REVIEWED = "Reviewed"
    NOTICE = "Notice"
    SECRETARY = "Secretary"
    """The anslag of its justering and where its minutes are kept, read where the meeting page shows them."""
    REVIEW_CHANGED = "ReviewChanged"
    """A decision's: added or changed by the reviewer before it was recorded."""
    # publication's (a board's one key, and the decision's or matter's own for its trace)
    WITHHELD = "Withheld"
    PUBLISHED = "Published"


ENDED = {FactType.WITHDRAWN: DecisionStatus.WITHDRAWN, FactType.REVOKED: DecisionStatus.REVOKED,
         FactType.SUPERSEDED: DecisionStatus.SUPERSEDED, FactType.VOIDED: DecisionStatus.VOID}
"""The facts that end a decision, and the status each leaves it in."""
