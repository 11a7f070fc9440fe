"""A proposal (what an import would record) as a TOML file the secretary edits before anything
is recorded.

The file is written by hand, not by a library, so that it can carry comments saying what
each field may hold; `reviewed.py` reads it back.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import shlex
from collections.abc import Callable, Iterable

from domain.errors import RegisterError
from domain.values import DecisionKind, Due, Role
from register.minutes import proposal as p


class Flaw(enum.Enum):
    """What the reading of a review refuses that is no single value's fault, each its English."""

    NOT_TOML = "not valid TOML: {detail}"
    NO_TABLE = "the review has no [{name}] table"
    UNKNOWN_KEY = "unknown key {name!r} in {where}; allowed there: {allowed}"
    MISSING = "{table} {number} has no {name}"
    TWICE = "decision {id} stands twice (also decision {other})"
    OTHER_MEETING = "{what} {id} is not of meeting {meeting}, the meeting reviewed"
    LATER_MEETING = "{what}: a decision cannot link to a later meeting than its own ({meeting})"
    ALREADY_RECORDED = "meeting {meeting} is already recorded; this review cannot be accepted again"
    NOT_RECORDED = "decision {id} is not recorded"
    NO_FOLLOW_UP = "no follow-up from {source} is recorded"
    SETTLED = "the follow-up from {source} is already settled"
    NEEDS_TITLE = "item {ref} is deferred, so it needs its title"
    FILED_EMPTY = "[[filed]] {number} ({ref}) gives no diarienummer, underlag or expedieras: fill one in or take the table out"
    POSTED_EARLY = "anslag_uppsatt: {posted} is before the meeting ({held_on})"
    REMOVED_EARLY = "anslag_nedtas: {removed} is before the anslag went up ({posted})"
    NO_ITEM = "no [[item]] {ref} in this review to settle {source}"
    OTHER_MINUTES = "the minutes are of meeting {read}, not {meeting}"


class ReviewError(RegisterError):
    """Raised when a review file cannot be accepted; names the file and the line. What is wrong
    is kept as data too, for the site to say in Swedish: `flaw` and its `fields`, or the refusal
    underneath (`cause`) of the value under `key`."""

    def __init__(self, source: str, problem: str | Flaw, line: int | None = None, /, *, key: str = "",
                 cause: RegisterError | None = None, **fields: object) -> None:
        where = source if line is None else f"{source}, line {line}"
        super().__init__(f"{where}: {problem.value.format(**fields) if isinstance(problem, Flaw) else problem}")
        self.line, self.key, self.cause, self.fields = line, key, cause, fields
        self.flaw = problem if isinstance(problem, Flaw) else None


KINDS = ", ".join(k.value for k in DecisionKind)
ROLES = ", ".join(r.value for r in Role)

_HEADER = """\
# Review of what the importer read in {source} (meeting {meeting}, {date}).
# Correct what it misread, then record exactly this file with
#     {command}
# Nothing is recorded before that. A line starting with # is a comment. A key not named
# below is refused, not ignored; a due lies between 2004 and ten years after the meeting.
#
# Decisions: one [[decision]] table each. Fields (leave out what a decision does not do):
#   id          "2026-3 §05:1": meeting, item (§) and number; the item must be of this meeting
#   kind        one of: {kinds}
#   text        the operative text, as the minutes have it ("Att …")
#   line        where it stands in the minutes (for messages only)
#   cites       decisions it cites: ["2025-7 §07:2"]
#   plans       plans it adopts: [{{party = "Ronneby kommun", year = 2027}}]
#   grants      money it grants: [{{party = "Ronneby kommun", year = 2027, amount_sek = 250000, purpose = "förstudie"}}]
#   documents   documents it adopts, by name; agreements: agreements it terminates
#   follow_up   what it leaves to do: {{kind = "report" | "assignment" | "referred_back" | "deferred",
#               responsible = ["Karlskrona kommun"], subject = "…", due = "2026-05" | "2026-05-31" | "next-meeting" | "none"}}
#               (a report's responsible: the member parties that owe it, or one name that is no party: ["förbundschefen"])
#   struck      true: the decision itself is withdrawn ("Utgår")
#   withdraws, revokes, supersedes   earlier decisions it ends: ["2025-7 §07:1"]
#   writes_off  follow-ups of earlier meetings it writes off (avskrivs), by their source: ["2022:5 §04:1"]
#   corrects    [{{decision = "2026-2 §08:1", amount_sek = 275000}}]: an earlier decision's amount, corrected
#   settles     follow-ups it settles: [{{source = "2025-7 §13:1", how = "cited"}}]: a report or assignment
#               fulfilled, or a referral ("2025-7 §13:1") or deferral ("2026-2 §08", "2025-7 deferred 1") that came back
#   vote        {{for = 5, against = 3, abstained = 0}}; reservations, recusals: [{{name = "…", party = "…"}}]
#
# Items: one [[item]] table for each agenda item that has decisions or does something itself:
#   ref, title, line; continues: the earlier matter it takes up again ("2025-7 §13"), with
#   returns_from: the referral it comes back from; settles (as above, where no decision of the
#   item does it); deferred_to: a due as above; sealed: true when justerad at once;
#   proposes: {{party, year}} a plan put forward, plan_referred_by: the decision referring it back.
#
# Filed: one [[filed]] table for each item the minutes give a diarienummer, beslutsunderlag
# (underlag) or expedieras for; [meeting] says when the anslag went up and comes down
# (anslag_uppsatt, anslag_nedtas) and where the minutes are kept (forvaringsplats).
"""

_UNLINKED = """\
# Cited, not linked: say what each citation links to (a decision, an item or a deferral that
# its item settles), or leave links_to empty.
"""


HAND_EXAMPLE = """
# A decision, to copy once for each (remove the # in front of the lines):
# [[decision]]
# id = "2026-5 §04:1"
# kind = "grant"
# text = "Att bevilja Ronneby kommun 250 000 kr för en förstudie under 2026."
# grants = [{party = "Ronneby kommun", year = 2026, amount_sek = 250000, purpose = "förstudie"}]
#
# [[item]]
# ref = "2026-5 §04"
# title = "Förstudie i Ronneby"
"""


def to_toml(proposal: p.Proposal, target: str, minutes_path: str = "", read: Iterable[str] = ()) -> str:
    """`target` and `minutes_path`: the files as the user named them, so the command the header
    suggests runs as written from where they ran theirs; `read`: how the minutes file was read,
    said in the header (its format, pages or blocks, what was left out, the attendance tables)."""
    return _opening(proposal, target, minutes_path, read) + _body(proposal, "", proposal.held_on)


def retold(plan: p.Proposal, opening: str, reviewed_by: str, proposed_on: dt.date | None) -> str:
    """A review read back (`reviewed.from_toml`) and edited as a plan, written again as its file:
    the review's opening comments kept as they stood, each doubt in `plan.to_review` above what
    it concerns. The desk's controls edit a review this way, in the one format of this module."""
    return opening.rstrip("\n") + "\n\n" + _body(plan, reviewed_by, proposed_on)


def opening_of(review: str) -> str:
    """The comments a review file opens with, down to its first table."""
    lines = review.split("\n")
    first = next((no for no, line in enumerate(lines) if line.strip().startswith("[")), len(lines))
    return "\n".join(lines[:first])


def _opening(proposal: p.Proposal, target: str, minutes_path: str, read: Iterable[str]) -> str:
    minutes = f" {shlex.quote(minutes_path or proposal.source)}" if proposal.source else ""
    command = f"register import-minutes{minutes} --accept {shlex.quote(target)}"
    out: list[str] = [_HEADER.format(source=proposal.source or "(no minutes)", meeting=proposal.meeting, date=proposal.held_on,
                                     command=command, kinds=KINDS)]
    if said := [f"# {line}" for line in read]:
        out += ["# How the minutes were read:", *said, ""]
    if proposal.paragraphs:
        out.append("# Paragraphs, each with what was read from it:")
        out += [f"#   §{g.number} {g.title} (line {g.line}): {g.read}" for g in proposal.paragraphs]
        out.append("")
    if proposal.to_review:
        out.append("# To review:")
        out += [f"#   line {d.line}: {d.what}" for d in proposal.to_review]
        out.append("")
    if proposal.warnings:
        out.append("# Warnings:")
        out += [f"#   line {d.line}: {d.what}" for d in proposal.warnings]
        out.append("")
    return "\n".join(out) + "\n"


def _body(proposal: p.Proposal, reviewed_by: str, proposed_on: dt.date | None) -> str:
    out = ["[review]", f"minutes = {_s(proposal.source)}",
           f"digest = {_s(proposal.digest)}  # of the minutes file; a review is accepted only for the file it was made from",
           f"reviewed_by = {_s(reviewed_by)}  # who reviewed; empty: --actor, else the user of this computer"]
    if proposal.source and proposed_on is not None:  # what a changed [meeting] date is said against; a meeting recorded by hand has no proposal
        out.append(f"proposed_date = {proposed_on.isoformat()}  # the date the importer read or was given; "
                   "a correction goes in [meeting]")
    out.append("")
    out += _beside(proposal, lambda d: ("worked out" in d.what and str(proposal.meeting) in d.what)
                   or d.what.startswith("the meeting date"))
    out += ["[meeting]", f"id = {_s(str(proposal.meeting))}", f"date = {proposal.held_on.isoformat()}",
            f"place = {_s(proposal.place)}", f"justerare = {_list(proposal.justerare)}",
            f"justerat = {str(proposal.justerad).lower()}  # true: the minutes say they were justerade, and the import seals them"]
    out += [f"justerat_on = {proposal.justerad_on.isoformat()}  # the day of the justering"] if proposal.justerad_on else []
    out += _notice(proposal.notice) if proposal.notice else []
    out += [f"sekreterare = {_s(proposal.secretary)}  # who kept the minutes"] if proposal.secretary else []
    out.append("")
    if proposal.attendance:
        out.append(f"# Attendance: role is one of {ROLES}; present is true, false or \"unclear\".")
    for a in proposal.attendance:
        present = '"unclear"' if a.present is None else str(a.present).lower()
        out += ["[[attendance]]", f"name = {_s(a.name)}", f"organisation = {_s(a.organisation)}",
                f"role = {_s(a.role.value)}", f"present = {present}", f"party = {_s(a.political_party)}", ""]
    for d in proposal.decisions:
        out += _beside(proposal, functools.partial(about_decision, d)) + _decision(d)
    for item in proposal.items:
        out += _beside(proposal, functools.partial(about_item, item, proposal.decisions)) + _item(item)
    for filing in proposal.filed:
        out += ["[[filed]]", f"item = {_s(str(filing.item))}", f"diarienummer = {_s(filing.diary_number)}",
                f"underlag = {_list(filing.basis)}", f"expedieras = {_list(filing.sent_to)}", ""]
    if proposal.unlinked:
        out.append(_UNLINKED)
    for u in proposal.unlinked:
        out += ["[[unlinked]]", f"line = {u.line}", f"citation = {_s(u.citation)}", f"why = {_s(u.why)}",
                f"at = {_s(_item_at(proposal, u.line))}  # the item where it stands",
                'links_to = ""  # e.g. "2025-7 §13:1", "2026-2 §08" or "2025-7 deferred 1"', ""]
    return "\n".join(out).rstrip() + "\n"


def about_decision(d: p.Decision, doubt: p.Doubt) -> bool:
    return doubt.line == d.line or doubt.what.startswith(f"{d.id}:")


def about_item(item: p.Item, decisions: tuple[p.Decision, ...], doubt: p.Doubt) -> bool:
    """A doubt that names the § (`§60 Hyresavtal: …`), or stands at its line and is no decision's."""
    if item.ref is not None and doubt.what.startswith(f"§{item.ref.item} "):
        return True
    return doubt.line == item.line and not any(about_decision(d, doubt) for d in decisions)


def _beside(proposal: p.Proposal, about: Callable[[p.Doubt], bool]) -> list[str]:
    """The doubts an entry concerns, as comments above it: where the secretary edits it, not only
    in the list at the top."""
    return [f"# to review (line {d.line}): {d.what}" for d in proposal.to_review if about(d)]


def _decision(d: p.Decision) -> list[str]:
    out = ["[[decision]]", f"id = {_s(str(d.id))}", f"kind = {_s(d.kind.value)}", f"text = {_s(d.text)}",
           f"line = {d.line}"]
    if d.generated:
        out.append("generated = true  # the minutes gave no id; the register numbered it")
    if d.cites:
        out.append(f"cites = {_list(map(str, d.cites))}")
    if d.plans:
        out.append("plans = [" + ", ".join(f"{{party = {_s(x.party.value)}, year = {x.year}}}" for x in d.plans) + "]")
    if d.grants:
        out.append("grants = [" + ", ".join(
            (f"{{party = {_s(g.party.value)}, " if g.party else f"{{project = {_s(g.project)}, ")
            + f"year = {g.year}, amount_sek = {g.amount_sek}, purpose = {_s(g.purpose)}}}"
            for g in d.grants) + "]")
    if d.documents:
        out.append(f"documents = {_list(d.documents)}")
    if d.agreements:
        out.append(f"agreements = {_list(d.agreements)}")
    if d.follow_up is not None:
        f = d.follow_up
        out.append(f"follow_up = {{kind = {_s(f.kind)}, responsible = {_list(f.responsible)}, subject = {_s(f.subject)}, "
                   f"due = {_s(_due(f.due))}}}")
    if d.struck:
        out.append("struck = true")
    for field in ("withdraws", "revokes", "supersedes", "writes_off"):
        if getattr(d, field):
            out.append(f"{field} = {_list(map(str, getattr(d, field)))}")
    if d.corrects:
        out.append("corrects = [" + ", ".join(f"{{decision = {_s(str(c.decision))}, amount_sek = {c.amount_sek}}}"
                                              for c in d.corrects) + "]")
    if d.settles:
        out.append(f"settles = {_settles(d.settles)}")
    if d.vote is not None:
        out.append(f"vote = {{for = {d.vote.in_favour}, against = {d.vote.against}, abstained = {d.vote.abstained}}}")
    for field in ("reservations", "recusals"):
        if getattr(d, field):
            out.append(f"{field} = [" + ", ".join(f"{{name = {_s(x.name)}, party = {_s(x.party)}}}" for x in getattr(d, field)) + "]")
    return out + [""]


def _item(item: p.Item) -> list[str]:
    out = ["[[item]]", f"ref = {_s('' if item.ref is None else str(item.ref))}", f"title = {_s(item.title)}", f"line = {item.line}"]
    if item.continues is not None:
        out.append(f"continues = {_s(str(item.continues))}")
    if item.returns_from is not None:
        out.append(f"returns_from = {_s(str(item.returns_from))}")
    if item.settles:
        out.append(f"settles = {_settles(item.settles)}")
    if item.deferred_to is not None:
        out.append(f"deferred_to = {_s(_due(item.deferred_to))}")
    if item.sealed:
        out.append("sealed = true")
    if item.proposes is not None:
        out.append(f"proposes = {{party = {_s(item.proposes.party.value)}, year = {item.proposes.year}}}")
    if item.plan_referred_by is not None:
        out.append(f"plan_referred_by = {_s(str(item.plan_referred_by))}")
    if item.noted:
        out.append("noted = true  # placed on file, no decision")
    return out + [""]


def _notice(notice: p.Notice) -> list[str]:
    out = [f"anslag_uppsatt = {notice.posted.isoformat()}  # the day the notice of the justering went up"] if notice.posted else []
    out += [f"anslag_nedtas = {notice.removed.isoformat()}  # the day it comes down"] if notice.removed else []
    return out + ([f"forvaringsplats = {_s(notice.kept_at)}  # where the minutes are kept"] if notice.kept_at else [])


def _settles(settles: Iterable[p.Settled]) -> str:
    return "[" + ", ".join(f"{{source = {_s(str(x.source))}, how = {_s(x.how)}}}" for x in settles) + "]"


def _item_at(proposal: p.Proposal, line: int) -> str:
    above = [i for i in proposal.items if i.ref is not None and i.line <= line]
    return str(max(above, key=lambda i: i.line).ref) if above else ""


def _due(due: Due) -> str:
    return str(due) or "none"


def _s(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's."""
    return json.dumps(text, ensure_ascii=False)


def _list(values: Iterable[str]) -> str:
    return "[" + ", ".join(_s(v) for v in values) + "]"
