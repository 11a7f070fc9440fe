"""Imports a history of minutes and compares every view with an answer key, fact by fact.

    .venv/bin/python -m tests.importer.acceptance tests/importer/histories/another-hand

The folder holds `expected.json` (what a perfect reader of the minutes would record: every
decision, follow-ups at several dates, plans, grants and the links between meetings) and the
minutes it names; names not found there are looked up among the project's test minutes and
the real seeds. Prints one line per kind of fact and every miss; `score` is what tests use.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from click.testing import CliRunner

from cli import main
from domain.errors import InvalidValue
from domain.ids import DecisionId, ItemRef
from domain.values import FINSAM_BLEKINGE

_HERE = Path(__file__).parent
_LOOK_IN = (_HERE / "minutes", _HERE.parents[2] / "shared" / "seeds")


@attrs.define
class Doubts:
    """What the importer said it doubted, meeting by meeting: a miss about something it doubted
    (or about a meeting it refused) was not wrong in silence."""

    said: dict[str, list[tuple[int, str]]] = attrs.Factory(dict)
    """Meeting key → (line, what) of every doubt: to review, warnings, citations not linked."""
    items: dict[str, list[tuple[int, int]]] = attrs.Factory(dict)
    """Meeting key → (line, item number) where each item read begins, in order."""
    refused: set[str] = attrs.Factory(set)
    files: dict[str, str] = attrs.Factory(dict)
    """File name → meeting key, for a refused meeting the summary does not name."""

    def learn(self, summary: dict[str, Any]) -> None:
        meeting = _meeting_key(summary["meeting"])
        self.said[meeting] = ([(d["line"], d["what"]) for d in summary["to_review"]]
                              + [(w["line"], w["message"]) for w in summary["warnings"]]
                              + [(u["line"], f"{u['citation']}: {u['why']}") for u in summary["unlinked"]])
        starts = [(i["line"], ItemRef.parse(i["ref"]).item) for i in summary["items"] if i["ref"]]
        starts += [(d["line"], DecisionId.parse(d["id"]).item.item) for d in summary["decisions"]]
        self.items[meeting] = sorted(set(starts))

    def about(self, ref: str) -> bool:
        """Whether the importer doubted this decision, item or follow-up source, or refused its meeting."""
        meeting, item = _where(ref)
        if meeting is None:
            return False
        if meeting in self.refused:
            return True
        if any(ref in what for said in self.said.values() for _, what in said):
            return True  # doubted where a later meeting settles it (`… settles 2079-5 §38:1: matched by title only`)
        if any("every decision" in what for _, what in self.said.get(meeting, [])):
            return True  # a doubt of the whole meeting's numbering (`check every decision's id`)
        named = re.compile(rf"§\s?0*{item}\b") if item is not None else None
        span = self._span(meeting, item)
        for line, what in self.said.get(meeting, []):
            if ref in what or (named is not None and named.search(what)):
                return True
            if span is not None and span[0] <= line < span[1]:
                return True
        return False

    def _span(self, meeting: str, item: int | None) -> tuple[int, int] | None:
        starts = self.items.get(meeting, [])
        lines = [line for line, number in starts if number == item]
        if item is None or not lines:
            return None
        first = min(lines)
        later = [line for line, number in starts if line > first and number != item]
        return first, min(later, default=10**9)


_MEETING_COLON = re.compile(r"\b(\d{4}):(\d{1,2})\b(?= §|\")")


def _meeting_key(text: str) -> str:
    return text.replace(":", "-")


def _where(ref: str) -> tuple[str | None, int | None]:
    for parse in (DecisionId.parse, ItemRef.parse):
        try:
            found = parse(ref)
        except InvalidValue:
            continue
        item = found.item if isinstance(found, DecisionId) else found
        return _meeting_key(str(item.meeting)), item.item
    meeting = ref.split(" ")[0]
    return (_meeting_key(meeting), None) if re.fullmatch(r"\d{4}[-:]\d{1,2}", meeting) else (None, None)


@attrs.define
class Tally:
    right: dict[str, int] = attrs.Factory(dict)
    total: dict[str, int] = attrs.Factory(dict)
    misses: list[str] = attrs.Factory(list)
    silent: list[str] = attrs.Factory(list)
    """Misses about nothing the importer doubted: wrong, and not flagged for review."""
    doubts: Doubts = attrs.Factory(Doubts)

    def check(self, what: str, ok: bool, miss: str, about: tuple[str, ...] = (), doubted: bool = False) -> None:
        """`doubted`: the importer said it doubted this fact, in words `about` cannot find."""
        self.total[what] = self.total.get(what, 0) + 1
        self.right[what] = self.right.get(what, 0) + ok
        if not ok:
            self.misses.append(f"{what}: {miss}")
            if not doubted and not any(self.doubts.about(ref) for ref in about):
                self.silent.append(f"{what}: {miss}")

    @property
    def share(self) -> float:
        return sum(self.right.values()) / max(1, sum(self.total.values()))

    @property
    def silent_share(self) -> float:
        return len(self.silent) / max(1, sum(self.total.values()))

    def report(self) -> str:
        lines = [f"{what:<22} {self.right[what]:>4} of {self.total[what]:<4}" for what in self.total]
        everything = sum(self.total.values())
        lines.append(f"{'all facts':<22} {sum(self.right.values()):>4} of {everything:<4} ({100 * self.share:.1f} %)")
        lines.append(f"{'wrong, not flagged':<22} {len(self.silent):>4} of {everything:<4} ({100 * self.silent_share:.1f} %)")
        return "\n".join(lines + ["", *self.misses, "", "wrong and not flagged for review:", *self.silent])


def _find(folder: Path, name: str) -> Path:
    for place in (folder, *_LOOK_IN):
        if (place / name).exists():
            return place / name
    raise FileNotFoundError(f"{name}: not in {folder} nor among the project's minutes")


_THE_BOARD = {"förbundsstyrelsen": "styrelsen", "förbundsstyrelse": "styrelsen", "styrelse": "styrelsen",
              "direktionen": "styrelsen", "direktion": "styrelsen", "arbetsutskottet": "styrelsen"}
"""The register names the board `styrelsen` (a deferral waits for it) whatever its minutes call it; a key
written blind may give the minutes' word."""


def _names(value: Any) -> set[str]:
    """`Region Blekinge och Karlskrona kommun` and ["Region Blekinge", "Karlskrona kommun"] alike."""
    parts = value if isinstance(value, list) else re.split(r", | och ", value or "")
    return {_THE_BOARD.get(p.strip(), p.strip()) for p in parts if p and p.strip()}


def _responsible_ok(expected: Any, got: Any, alternatives: bool) -> bool:
    if alternatives:
        return bool(_names(got)) and _names(got) <= _names(expected)
    return _names(got) == _names(expected)


def _due_ok(expected: Any, got: Any) -> bool:
    """A key lists the dues it accepts; an empty list, as a null, says no time was given."""
    if expected == []:
        return got is None
    return got in expected if isinstance(expected, list) else got == expected


def score(folder: Path, store: str | Path) -> Tally:
    """Imports the folder's history into `store` (an SQLite path or PostgreSQL URL) and checks it."""
    key = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    runner = CliRunner()

    def run(*args: str) -> Any:
        result = runner.invoke(main, ["--store", str(store), *args], catch_exceptions=False)
        if result.exit_code != 0:
            raise AssertionError(f"register {' '.join(args)}: exit {result.exit_code}: {result.output}")
        # `2127:1 §08:1` and `2127-1 §08:1` are one decision (the register writes the id as the minutes do).
        return json.loads(_MEETING_COLON.sub(r"\1-\2", result.output)) if "--format" in args else result.output

    tally = Tally()
    if parties := key.get("conventions", {}).get("parties"):
        run("parties", "set", *parties)  # a board other than FINSAM Blekinge says its parties first, as its secretary would
    for step in key["imports"]:
        date = ("--date", step["date"]) if step.get("date") else ()
        named = re.search(r"\d{4}[-:]\d{1,2}", step["file"])  # the histories name files by meeting
        meeting = _meeting_key(named[0]) if named else step["file"]
        try:
            summary = run("import-minutes", str(_find(folder, step["file"])), *date, "--format", "json")
        except AssertionError as refused:
            tally.doubts.refused.add(meeting)
            said = str(refused).partition(": exit ")[2] or str(refused)
            tally.check("meetings imported", False, f"{step['file']}: exit {said.strip()}", (meeting,))
        else:
            tally.doubts.learn(summary)
            tally.check("meetings imported", True, "")

    _decisions(tally, key["decisions"], run("decisions", "--as-of", "2999-12-31", "--format", "json"))
    alternatives = key.get("conventions", {}).get("responsible") == "alternatives"
    for day, rows in key["follow_ups"].items():
        got = run("follow-ups", "--all", "--as-of", day, "--format", "json")
        _follow_ups(tally, day, rows, got, alternatives)
    _plans(tally, key["plans"], run("plans", "--as-of", "2999-12-31", "--format", "json"))
    grants = run("grants", "--as-of", "2999-12-31", "--format", "json")
    members = key.get("conventions", {}).get("parties") or [p.value for p in FINSAM_BLEKINGE]
    _grants(tally, key["grants"], grants, set(members), key["plans"])
    held = run("meetings", "--format", "json")
    dates = {m["meeting"]: m["date"] for m in held}
    _meetings(tally, key.get("meetings", []), held)
    every = run("follow-ups", "--all", "--as-of", "2999-12-31", "--format", "json")
    decisions = {d["id"]: d for d in run("decisions", "--as-of", "2999-12-31", "--format", "json")}
    for link in key["links"]:
        _link(tally, link, dates, every, decisions, grants)
    return tally


def _meetings(tally: Tally, expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> None:
    """Each meeting's date, place and justerare, where the key gives them; a fact the import put to
    review (`no justerare read`) or a meeting refused is flagged, not silent."""
    found = {_meeting_key(m["meeting"]): m for m in got}
    for meeting in expected:
        key = _meeting_key(meeting["id"])
        mine = found.get(key, {})
        said = " ".join(what for _, what in tally.doubts.said.get(key, [])).lower()
        refused = key in tally.doubts.refused
        tally.check("meeting dates", mine.get("date") == meeting["date"],
                    f"{key}: {mine.get('date')} ≠ {meeting['date']}", (key,), refused)
        if "place" in meeting:
            tally.check("meeting places", _place(mine.get("place")) == _place(meeting["place"]),
                        f"{key}: {mine.get('place')!r} ≠ {meeting['place']!r}", (key,), refused or "place" in said)
        if "justerare" in meeting:
            names = {_person(n) for n in mine.get("justerare") or []}
            tally.check("justerare", names == {_person(n) for n in meeting["justerare"]},
                        f"{key}: {sorted(names)} ≠ {sorted(meeting['justerare'])}", (key,), refused or "justerare" in said)


def _place(text: str | None) -> str:
    return " ".join((text or "").replace(",", " ").split()).strip(" .").lower()


def _person(name: str) -> str:
    return " ".join(re.sub(r"\([^()]*\)", "", name).split())


def _decisions(tally: Tally, expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> None:
    found = {d["id"]: d for d in got}
    wanted = {d["id"] for d in expected}
    for d in expected:
        mine = found.get(d["id"])
        about = (d["id"],)
        tally.check("decisions found", mine is not None, f"{d['id']} not found", about)
        if mine is None:
            continue
        tally.check("kinds", mine["kind"] == d["kind"], f"{d['id']} is {mine['kind']}, not {d['kind']}", about)
        tally.check("statuses", mine["status"] == d["status"], f"{d['id']} is {mine['status']}, not {d['status']}", about)
        debate = (mine.get("votes"), sorted(p["name"] for p in mine.get("reservations", [])),
                  sorted(p["name"] for p in mine.get("recusals", [])))
        # `Hanna Wikström (KD)` and `Hanna Wikström` are one member, as for the justerare.
        wanted_debate = (d.get("votes"), sorted(_person(n) for n in d.get("reservations", [])),
                         sorted(_person(n) for n in d.get("recusals", [])))
        tally.check("votes and dissent", debate == wanted_debate, f"{d['id']}: {debate} ≠ {wanted_debate}", about)
    for extra in sorted(set(found) - wanted):
        tally.check("decisions found", False, f"{extra} found but not a decision ({found[extra]['text'][:60]})", (extra,))


_FOLLOW_UP_KINDS = {"referral": "referred_back", "deferral": "deferred"}
"""Keys written blind name a follow-up by the kind of decision that opened it (a referral); the
register names it by what it waits for (the matter referred back). The same follow-up either way."""


def _source(row: dict[str, Any]) -> str:
    """The register names a deferral's follow-up by the matter deferred (`2033-2 §10`), a key
    written blind may name it by the decision that deferred it (`2033-2 §10:1`): the same one."""
    if _FOLLOW_UP_KINDS.get(row.get("kind", ""), row.get("kind")) == "deferred":
        return str(row["source"]).split(":")[0]
    return str(row["source"])


def _follow_ups(tally: Tally, day: str, expected: list[dict[str, Any]], got: list[dict[str, Any]],
                alternatives: bool = False) -> None:
    """`alternatives`: the key lists who may be responsible, any of them right (the convention of the
    histories whose key says so); otherwise it lists the parties that owe a report jointly."""
    found = {r["source"]: r for r in got}
    expected = [{**row, "source": _source(row)} for row in expected]
    for row in expected:
        mine = found.get(row["source"])
        if mine is None:
            tally.check("follow-ups", False, f"{day}: {row['source']} ({row['kind']}) missing", (row["source"],))
            continue
        problems = [
            f"{field} {mine[field]!r} ≠ {row[field]!r}"
            for field, same in (
                ("kind", mine["kind"] == _FOLLOW_UP_KINDS.get(row["kind"], row["kind"])),
                ("status", mine["status"] == row["status"]),
                ("due", _due_ok(row["due"], mine["due"])),
                ("responsible", _responsible_ok(row["responsible"], mine["responsible"], alternatives)),
            ) if not same
        ]
        tally.check("follow-ups", not problems, f"{day}: {row['source']}: {'; '.join(problems)}", (row["source"],))
    for extra in sorted(set(found) - {r["source"] for r in expected}):
        tally.check("follow-ups", False, f"{day}: {extra} ({found[extra]['kind']}: {found[extra]['subject'][:50]}) not expected",
                    (extra,))


def _plans(tally: Tally, expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> None:
    found = {(p["party"], p["year"]): p for p in got}
    for plan in expected:
        mine = found.pop((plan["party"], plan["year"]), None)
        fields = ("status", "granted_sek", "decision")
        # Nothing granted is nothing granted, however a key writes it (0 or null).
        same = mine is not None and all(mine[f] == plan[f] or (f == "granted_sek" and not mine[f] and not plan[f])
                                        for f in fields)
        shown = None if mine is None else {f: mine[f] for f in fields}
        deciding = tuple(d for d in (plan["decision"], mine and mine["decision"]) if d)
        tally.check("plan rows", same, f"{plan['party']} {plan['year']}: {shown} ≠ { {f: plan[f] for f in fields} }", deciding)
    for extra in found.values():
        tally.check("plan rows", False, f"{extra['party']} {extra['year']} ({extra['status']}) not expected",
                    (extra["decision"],) if extra["decision"] else ())


def _grants(tally: Tally, expected: list[dict[str, Any]], got: list[dict[str, Any]], members: set[str],
            plans: list[dict[str, Any]]) -> None:
    """A key may name money for a project (`Jobbverkstan`) as its party; the register holds it as no party's,
    the project named in its purpose: the same grant. A key may hold a plan's money in its plan row only,
    where the register lists it among the grants too: the same fact, not a grant too many."""
    found = {(g["decision"], g["party"], g["year"]): g for g in got}
    for grant in expected:
        mine = found.pop((grant["decision"], grant["party"], grant["year"]), None)
        if mine is None and grant["party"] not in members and (project := found.get((grant["decision"], None, grant["year"]))) \
                and str(grant["party"]).casefold() in project["purpose"].casefold():
            mine = found.pop((grant["decision"], None, grant["year"]))
        same = mine is not None and (mine["amount_sek"], mine["status"]) == (grant["amount_sek"], grant["status"])
        shown = None if mine is None else (mine["amount_sek"], mine["status"])
        tally.check("grants", same, f"{grant['decision']} {grant['party']}: {shown} ≠ {(grant['amount_sek'], grant['status'])}",
                    (grant["decision"],))
    plans_money = {(p["decision"], p["party"], p["year"], p["granted_sek"]) for p in plans}
    for extra in found.values():
        if (extra["decision"], extra["party"], extra["year"], extra["amount_sek"]) in plans_money:
            continue
        tally.check("grants", False, f"{extra['decision']} {extra['party']} {extra['amount_sek']} not expected", (extra["decision"],))


def _link(tally: Tally, link: dict[str, Any], dates: dict[str, str], follow_ups: list[dict[str, Any]],
          decisions: dict[str, dict[str, Any]], grants: list[dict[str, Any]]) -> None:
    what = link["what"]
    if what in ("returns", "fulfils"):
        meeting = link["at"].split(" ")[0]
        row = next((r for r in follow_ups if r["source"] in (link["source"], link["source"].split(":")[0])), None)
        done_on = None if row is None else row.get("done_on")
        ok = done_on is not None and done_on == _date_of(dates, meeting)
        tally.check("links", ok, f"{link['source']} should be settled at {link['at']}; done on {done_on}",
                    (link["source"], link["at"]))
        return
    ended = {"supersedes": "superseded", "revokes": "revoked", "withdraws": "withdrawn"}
    if what in ended:
        # `Punkten utgår`: a key may name the item struck; the register holds it as that decision withdrawn.
        struck = ":" not in link["target"] and link["by"].split(":")[0] == link["target"]
        status = decisions.get(link["by"] if struck else link["target"], {}).get("status")
        tally.check("links", status == ended[what], f"{link['by']} {what} {link['target']}: it is {status}",
                    (link["by"], link["target"]))
        return
    if what == "corrects":
        amounts = [g["amount_sek"] for g in grants if g["decision"] == link["target"]]
        tally.check("links", amounts == [link["value"]], f"{link['by']} corrects {link['target']} to {link['value']}: {amounts}",
                    (link["by"], link["target"]))
        return
    tally.check("links", False, f"unknown link {link}")


def _date_of(dates: dict[str, str], meeting: str) -> str | None:
    key: Callable[[str], str] = lambda m: m.replace(":", "-")
    return next((day for shown, day in dates.items() if key(shown) == key(meeting)), None)


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as scratch:
        print(score(folder, Path(scratch) / "register.db").report())
    _ = dt  # dates stay ISO strings throughout
