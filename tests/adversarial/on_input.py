"""Attempts on what a user types and hands over: arguments, files, names."""

from __future__ import annotations

import attrs
from click.testing import Result

from tests.adversarial.attempt import OWN_MINUTES, Attempt, Workspace
from tests.backends import POSTGRES


def bad_arguments() -> list[Attempt]:
    refused = [
        ("a date that is no date", ("meeting", "2026-2", "--date", "16/02/2026"), "not an ISO date"),
        ("a date off the calendar", ("meeting", "2026-2", "--date", "2026-02-30"), "2026-02-30"),
        ("a meeting id year other than its date's", ("meeting", "2027-3", "--date", "2019-05-01"), "2027"),
        ("a meeting before the board could exist", ("meeting", "1850-1", "--date", "1850-03-01"), "1850"),
        ("a malformed meeting id", ("meeting", "2026-x", "--date", "2026-04-13"), "malformed meeting id"),
        ("a malformed decision id", ("decide", "2026-1 §0X:1", "Att x."), "malformed decision id"),
        ("a decision at a meeting not recorded", ("decide", "2026-9 §01:1", "Att x."), "meeting 2026-9 is not recorded"),
        ("a decision id taken twice", ("decide", "2026-1 §04:1", "Att x."), "already recorded"),
        ("an empty title", ("put-forward", "2026-1 §05", ""), "title"),
        ("an amount in superscript digits", ("grant", "Karlskrona kommun", "--amount", "²", "--by", "2026-1 §04:1"), "kronor"),
        ("an amount in full-width digits", ("grant", "Karlskrona kommun", "--amount", "１０００", "--by", "2026-1 §04:1"), "kronor"),
        ("an amount of 5 000 digits", ("grant", "Karlskrona kommun", "--amount", "9" * 5000, "--by", "2026-1 §04:1"), "kronor"),
        ("an amount of 10^30 kronor", ("grant", "Karlskrona kommun", "--amount", "1" + "0" * 30, "--by", "2026-1 §04:1"), "kronor"),
        ("a negative amount", ("grant", "Karlskrona kommun", "--amount", "-5", "--by", "2026-1 §04:1"), "kronor"),
        ("an unknown party", ("grant", "Kalmar kommun", "--amount", "1000", "--by", "2026-1 §04:1"), "unknown party"),
        ("a due that is no due", ("oblige", "Ronneby kommun", "läget", "--by", "2026-1 §04:1", "--due", "snart"), "not a due"),
        ("a decision revoking itself", ("revoke", "2026-1 §04:1", "--by", "2026-1 §04:1"), "cannot revoke itself"),
        ("fulfilling a follow-up nobody created", ("fulfil", "2026-1 §04:1", "--meeting", "2026-1"), "no follow-up"),
        ("an instant at the start of the calendar with an offset",
         ("decisions", "--as-recorded", "0001-01-01T00:00+01:00"), "instant"),
        ("an instant at the end of the calendar with an offset",
         ("decisions", "--as-recorded", "9999-12-31T23:59-05:00"), "instant"),
        ("log since the start of the calendar", ("log", "--since", "0001-01-01T00:00+01:00"), "instant"),
        ("log until the end of the calendar", ("log", "--until", "9999-12-31T23:59-05:00"), "instant"),
        ("an instant that is no instant", ("decisions", "--as-recorded", "yesterday"), "not an ISO date or date-time"),
        ("an unknown meeting in decisions --meeting", ("decisions", "--meeting", "2026-7"), "2026-7 is not recorded"),
        ("an attendance of a meeting not recorded", ("attendance", "2030-1"), "not recorded"),
        ("a trace of a malformed ref", ("trace", "hello"), "malformed"),
        ("a digest that is no digest", ("verify", "--digest", "abc123"), "64 hexadecimal digits"),
        ("a correction without a field", ("correct", "2026-1 §04:1", "--reason", "x"), "give exactly one"),
        ("a correction of a date to before the board", ("correct", "--meeting", "2026-1", "--date", "1999-01-01", "--reason", "x"),
         "1999"),
        ("a seal without names", ("seal", "2026-1", "--by", " "), "name"),
        ("an ESC sequence in a decision text", ("decide", "2026-1 §05:1", "Att \x1b[2J fastställa."), "control character"),
        ("a BEL in a place", ("meeting", "2026-2", "--date", "2026-04-13", "--place", "Ronneby\x07"), "control character"),
        ("an ESC sequence in the actor", ("--actor", "Anna\x1b[31m", "put-forward", "2026-1 §06", "Budget"), "control character"),
        ("a lock timeout that is no number", ("decisions",), "REGISTER_LOCK_TIMEOUT"),
    ]
    attempts = [Attempt("bad arguments", name, args, 2, says) for name, args, says in refused]
    attempts[-1] = attrs.evolve(attempts[-1], env=(("REGISTER_LOCK_TIMEOUT", "soon"),))
    attempts.append(Attempt("bad arguments", "an unknown board", ("--board", "FINSAM Blekinje", "decisions"), 2,
                            "holds no register of the board 'FINSAM Blekinje'"))
    attempts.append(Attempt("bad arguments", "a store that is a folder", ("decisions",), 2, "a folder, not a register",
                            store="{folder}"))
    attempts.append(Attempt("bad arguments", "a store that is a text file", ("decisions",), 2, "not a readable register database",
                            prepare=lambda w: w.file("notes.txt", "anteckningar\n"), store="{folder}/notes.txt"))
    attempts.append(Attempt("bad arguments", "a store in a folder that does not exist", ("decisions",), 2, "does not exist",
                            store="{folder}/nowhere/register.db"))
    attempts.append(Attempt("bad arguments", "a store URL of another kind", ("decisions",), 2, "postgresql:// URL",
                            store="mysql://root@localhost/register"))
    for port in ("abc", "99999", "0"):
        attempts.append(Attempt("bad arguments", f"a PostgreSQL port {port!r}", ("decisions",), 2,
                                "the port must be a number from 1 to 65535", store=f"postgresql://postgres@127.0.0.1:{port}/test"))
    attempts.append(Attempt("bad arguments", "a PostgreSQL server that does not answer", ("decisions",), 2,
                            "nothing answers at 127.0.0.1:1", store="postgresql://postgres@127.0.0.1:1/test"))
    for name, query, says in (
        ("a schema name that tries to break out into SQL", '?schema=x"; DROP SCHEMA campaign_victim CASCADE; --', "is not a name PostgreSQL keeps"),
        ("an empty schema name", "?schema=", "is not a name PostgreSQL keeps"),
        ("a schema name in capitals", "?schema=Register", "is not a name PostgreSQL keeps"),
        ("a schema name of 64 letters", "?schema=" + "a" * 64, "at most 63"),
    ):
        attempts.append(Attempt("bad arguments", name, ("decisions",), 2, says, store=POSTGRES + query))
    return attempts


def bad_files() -> list[Attempt]:
    def importing(name: str, content: bytes | str | None, says: str, *options: str) -> Attempt:
        target = f"{{folder}}/{name}"
        prepare = None if content is None else (lambda w: w.file(name, content))  # type: ignore[arg-type]
        return Attempt("bad files", f"importing {name}", ("import-minutes", target, *options), 2, says, prepare=prepare)

    own = OWN_MINUTES.read_text(encoding="utf-8")
    return [
        importing("empty.txt", "", "empty"),
        importing("blank.txt", "\n\n   \n", "empty"),
        importing("binary.bin", bytes(range(256)) * 4, "minutes"),
        importing("latin1.txt", own.replace("Styrelsen", "Styrelsen").encode("latin-1", "replace"), "UTF-8"),
        importing("huge.txt", "x" * 2_000_001, "2 MB"),
        importing("missing.txt", None, "missing.txt"),
        importing("no-meeting.txt", "Att fastställa budgeten.\n", "meeting"),
        importing("twice.txt", "Protokoll 2026-3\nDatum 2026-06-15\n\nBeslut 2026-3 §04:1\nAtt x.\n\nBeslut 2026-3 §04:1\nAtt y.\n",
                  "2026-3 §04:1"),
        importing("already.txt", "Protokoll 2026-1\nDatum 2026-02-16\n\nBeslut 2026-1 §09:1\nAtt fastställa x.\n", "already recorded"),
        importing("wrong-year.txt", "Protokoll 2027-1\nDatum 2019-02-16\n\nBeslut 2027-1 §04:1\nAtt fastställa x.\n", "2027"),
        Attempt("bad files", "importing /dev/zero", ("import-minutes", "/dev/zero"), 2, "2 MB"),
        Attempt("bad files", "importing a folder", ("import-minutes", "{folder}"), 2, "is a directory"),
        Attempt("bad files", "accepting a review that is no TOML", ("import-minutes", "{folder}/m.txt", "--accept", "{folder}/r.toml"),
                2, "r.toml", prepare=lambda w: (w.file("m.txt", own), w.file("r.toml", "[meeting\nid = 2026-2"))),
        Attempt("bad files", "accepting a review of other minutes", ("import-minutes", "{folder}/other.txt", "--accept", "{folder}/r.toml"),
                2, "this review is of another minutes file", prepare=_review_of_other_minutes),
        Attempt("bad files", "several files, the last one bad", ("import-minutes", "{folder}/m.txt", "{folder}/empty.txt"), 2,
                "nothing of the 2 files was recorded", prepare=lambda w: (w.file("m.txt", own), w.file("empty.txt", ""))),
    ]


def _review_of_other_minutes(w: Workspace) -> None:
    w.file("m.txt", OWN_MINUTES.read_text(encoding="utf-8"))
    w.file("other.txt", OWN_MINUTES.read_text(encoding="utf-8") + "\nEn rad som granskningen inte såg.\n")
    w.run("import-minutes", str(w.folder / "m.txt"), "--review", str(w.folder / "r.toml"))


def odd_names() -> list[Attempt]:
    def kept(name: str, args: tuple[str, ...], shown: tuple[str, ...], expected: str) -> Attempt:
        def then(w: Workspace, result: Result) -> bool:
            answer = w.run(*shown)
            return answer.exit_code == 0 and expected in answer.output

        return Attempt("odd names", name, args, 0, "", then=then)

    sql = "'; DROP TABLE stored_events; --"
    return [
        kept("a board named with SQL", ("--board", f"Förbund{sql}", "meeting", "2026-1", "--date", "2026-02-16"),
             ("boards",), f"Förbund{sql}"),
        kept("a board named in Arabic and emoji", ("--board", "اتحاد 🏛", "meeting", "2026-1", "--date", "2026-02-16"),
             ("boards",), "اتحاد 🏛"),
        kept("a board of 500 letters", ("--board", "B" * 500, "meeting", "2026-1", "--date", "2026-02-16"), ("boards",), "B" * 500),
        kept("an actor named with SQL", ("--actor", f"anna{sql}", "put-forward", "2026-1 §05", "Budget"), ("log",), f"anna{sql}"),
        kept("a place with quotes and percent", ("meeting", "2026-2", "--date", "2026-04-13", "--place", "Rum \"A\" 100% _x_"),
             ("meetings",), "Rum \"A\" 100% _x_"),
        kept("a decision text with SQL", ("decide", "2026-1 §06:1", f"Att fastställa{sql}"),
             ("decisions", "--as-of", "2026-12-31", "--format", "json"), "DROP TABLE stored_events"),
        kept("a decision text with LIKE wildcards", ("decide", "2026-1 §07:1", "Att fastställa 100 % av _allt_."),
             ("trace", "2026-1 §07:1"), "100 % av _allt_"),
        kept("a title of right-to-left text", ("put-forward", "2026-1 §08", "מסמך תקציב"), ("trace", "2026-1 §08"), "מסמך תקציב"),
        kept("a justerare with an apostrophe", ("seal", "2026-1", "--by", "Seán O'Brien"), ("meetings",), "Seán O'Brien"),
        Attempt("odd names", "a board name with a control character", ("--board", "Förbund\x1b[2J", "meeting", "2026-1", "--date",
                                                                             "2026-02-16"), 2, "control character"),
        Attempt("odd names", "an actor of only spaces", ("--actor", "   ", "put-forward", "2026-1 §09", "Budget"), 2, "is blank"),
    ]
