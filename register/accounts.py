"""Who may sign in to the site, and as what.

Accounts live in their own tables beside the events, never in them: credentials are not the
board's history, and a password changed is not a decision. A `secretary` records, reviews,
withholds and corrects; a `member` reads everything, withheld text included, and writes nothing;
whoever is not signed in sees the public site. Passwords are kept as Argon2 hashes. Wrong
passwords slow the next attempt down, and five in a row lock the account for a quarter of an hour;
every sign-in, failure and lock, and every change to an account, is written to a log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from enum import Enum

import attrs
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from domain.errors import InvalidValue
from domain.text import plain
from projections.sql import Database

ROLES = ("secretary", "member")
LOCK_AFTER = 5
"""Wrong passwords in a row that lock an account."""
LOCKED_FOR = dt.timedelta(minutes=15)
SHORTEST_PASSWORD = 10
SESSION_LASTS = dt.timedelta(hours=12)
"""A session ends this long after signing in, or at signing out, whichever is first."""
_LONGEST_NAME = 64

_TABLES = """
CREATE TABLE IF NOT EXISTS register_accounts (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS register_sign_ins (
    at TEXT NOT NULL,
    name TEXT NOT NULL,
    what TEXT NOT NULL,
    whence TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS register_sessions (
    digest TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    started TEXT NOT NULL,
    ended TEXT
)
"""

_SECRET = """
CREATE TABLE IF NOT EXISTS register_site_secret (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    secret TEXT NOT NULL,
    made TEXT NOT NULL
)
"""
"""The key the site signs its cookies with: one row, made once."""

_HASHER = PasswordHasher()
_NOBODY = _HASHER.hash("a password no account has")
"""Checked against when the name is unknown, so that an unknown name takes as long as a wrong password."""


class UnknownAccount(InvalidValue):
    """No account has that name."""


class Outcome(Enum):
    SIGNED_IN = "signed in"
    WRONG = "wrong name or password"
    LOCKED = "locked"
    DISABLED = "disabled"


@attrs.frozen
class Account:
    name: str
    role: str
    disabled: bool
    failures: int
    locked_until: dt.datetime | None

    def locked_at(self, moment: dt.datetime) -> bool:
        return self.locked_until is not None and moment < self.locked_until

    def state(self, moment: dt.datetime) -> str:
        if self.disabled:
            return "disabled"
        if self.locked_at(moment):
            return f"locked until {self.locked_until:%Y-%m-%d %H:%M} UTC"
        return "active"


@attrs.frozen
class Attempt:
    """What a sign-in came to, and how long the site waits before it answers (a wrong password
    makes the next guess slower)."""

    outcome: Outcome
    account: Account | None
    delay_seconds: float = 0.0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Accounts:
    """The accounts of one store, in the store's own database (SQLite or PostgreSQL)."""

    def __init__(self, database: Database, clock: Callable[[], dt.datetime] = _now) -> None:
        self.db = database
        self.clock = clock
        self._made = False

    def _make_tables(self) -> None:
        """Made by the first write, so that a store that may only be read is never asked to."""
        if not self._made:
            with self.db.setting_up():
                self.db.script(_TABLES)
            self._made = True

    def _kept(self) -> bool:
        """Whether the store has accounts' tables at all (a store no account was ever added to has none)."""
        if self._made:
            return True
        if self.db.dialect == "sqlite":
            found = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'register_sign_ins'").fetchone()
        else:
            found = self.db.execute("SELECT to_regclass('register_sign_ins')").fetchone()
        self._made = bool(found and found[0])
        return self._made

    def listed(self) -> list[Account]:
        if not self._kept():
            return []
        rows = self.db.execute("SELECT name, role, disabled, failures, locked_until FROM register_accounts ORDER BY name")
        return [_account(row) for row in rows.fetchall()]

    def find(self, name: str) -> Account | None:
        if not self._kept():
            return None
        row = self.db.execute("SELECT name, role, disabled, failures, locked_until FROM register_accounts WHERE name = ?",
                              (name,)).fetchone()
        return None if row is None else _account(row)

    def add(self, name: str, role: str, password: str, by: str) -> Account:
        name, role = valid_name(name), valid_role(role)
        _check_password(password, name)
        hashed = _HASHER.hash(password)
        self._make_tables()
        with self.db.exclusive("register_accounts"):
            if self.find(name) is not None:
                raise InvalidValue(f"an account named {name!r} exists already; change it with `register users role` "
                                   "or `register users password`")
            self.db.execute("INSERT INTO register_accounts (name, role, password, created) VALUES (?, ?, ?, ?)",
                            (name, role, hashed, self.clock().isoformat()))
            self._log(name, f"added as {role}", f"by {by}")
        return self._existing(name)

    def set_role(self, name: str, role: str, by: str) -> Account:
        role = valid_role(role)
        self._existing(name)  # before the lock: a store with no accounts has no table to lock
        with self.db.exclusive("register_accounts"):
            self._existing(name)
            self.db.execute("UPDATE register_accounts SET role = ? WHERE name = ?", (role, name))
            self._log(name, f"role set to {role}", f"by {by}")
        return self._existing(name)

    def set_password(self, name: str, password: str, by: str) -> Account:
        _check_password(password, name)
        hashed = _HASHER.hash(password)
        self._existing(name)  # before the lock: a store with no accounts has no table to lock
        with self.db.exclusive("register_accounts"):
            self._existing(name)
            self.db.execute("UPDATE register_accounts SET password = ?, failures = 0, locked_until = NULL WHERE name = ?",
                            (hashed, name))
            self._log(name, "password changed", f"by {by}")
        return self._existing(name)

    def set_disabled(self, name: str, disabled: bool, by: str) -> Account:
        """Disabling ends what the account may do at once; enabling also lifts a lock."""
        self._existing(name)  # before the lock: a store with no accounts has no table to lock
        with self.db.exclusive("register_accounts"):
            self._existing(name)
            self.db.execute("UPDATE register_accounts SET disabled = ?, failures = 0, locked_until = NULL WHERE name = ?",
                            (int(disabled), name))
            self._log(name, "disabled" if disabled else "enabled", f"by {by}")
        return self._existing(name)

    def sign_in(self, name: str, password: str, whence: str) -> Attempt:
        """Checks a password; counts the failures in a row, locks after `LOCK_AFTER`, and logs the attempt.
        An unknown name and a wrong password are told apart only in the log."""
        self._make_tables()
        with self.db.exclusive("register_accounts"):
            row = self.db.execute("SELECT password FROM register_accounts WHERE name = ?", (name,)).fetchone()
            account = self.find(name)
            moment = self.clock()
            if row is None or account is None:
                _matches(_NOBODY, password)
                self._log(name[:_LONGEST_NAME], "failed: no such account", whence)
                return Attempt(Outcome.WRONG, None, _delay(1))
            if account.disabled:
                self._log(name, "refused: disabled", whence)
                return Attempt(Outcome.DISABLED, account)
            if account.locked_at(moment):
                self._log(name, "refused: locked", whence)
                return Attempt(Outcome.LOCKED, account)
            if not _matches(row[0], password):
                failures = account.failures + 1
                locked = moment + LOCKED_FOR if failures >= LOCK_AFTER else None
                self.db.execute("UPDATE register_accounts SET failures = ?, locked_until = ? WHERE name = ?",
                                (0 if locked else failures, locked.isoformat() if locked else None, name))
                self._log(name, f"failed: wrong password ({failures} in a row)", whence)
                if locked is not None:
                    self._log(name, f"locked until {locked.isoformat(timespec='seconds')}", whence)
                    return Attempt(Outcome.LOCKED, self.find(name))
                return Attempt(Outcome.WRONG, self.find(name), _delay(failures))
            if _HASHER.check_needs_rehash(row[0]):
                self.db.execute("UPDATE register_accounts SET password = ? WHERE name = ?", (_HASHER.hash(password), name))
            self.db.execute("UPDATE register_accounts SET failures = 0, locked_until = NULL WHERE name = ?", (name,))
            self._log(name, "signed in", whence)
            return Attempt(Outcome.SIGNED_IN, self.find(name))

    def open_session(self, name: str) -> str:
        """A new session of a signed-in account: the token its cookie carries. The store keeps only
        the token's digest, so that whoever reads the database cannot take the session over."""
        token = secrets.token_urlsafe(32)
        self._make_tables()
        with self.db.exclusive("register_accounts"):
            self.db.execute("INSERT INTO register_sessions (digest, name, started) VALUES (?, ?, ?)",
                            (_digest(token), name, self.clock().isoformat()))
        return token

    def in_session(self, token: str) -> Account | None:
        """The account whose live session the token is: none once signed out, past `SESSION_LASTS`,
        or when the account is disabled since."""
        if not self._kept():
            return None
        row = self.db.execute("SELECT name, started, ended FROM register_sessions WHERE digest = ?", (_digest(token),)).fetchone()
        if row is None or row[2] is not None or dt.datetime.fromisoformat(str(row[1])) + SESSION_LASTS <= self.clock():
            return None
        account = self.find(str(row[0]))
        return None if account is None or account.disabled else account

    def close_session(self, token: str, whence: str) -> None:
        self._make_tables()
        with self.db.exclusive("register_accounts"):
            row = self.db.execute("SELECT name FROM register_sessions WHERE digest = ? AND ended IS NULL",
                                  (_digest(token),)).fetchone()
            if row is not None:
                self.db.execute("UPDATE register_sessions SET ended = ? WHERE digest = ?", (self.clock().isoformat(), _digest(token)))
                self._log(str(row[0]), "signed out", whence)

    def site_secret(self, refuse_writes: Callable[[], None] = lambda: None) -> bytes:
        """The key the site signs its session cookies and CSRF tokens with: made once and kept in
        the store, so that serving again (a restart, or a second server over the same store) signs
        no one out. Whoever reads it could sign a cookie, but a cookie carries only a session's
        token, which the store keeps as its digest: no session opens with a token made up.
        `refuse_writes` raises where the store may only be read and the key is still to be made."""
        kept = self._kept_secret()
        if kept is not None:
            return kept
        refuse_writes()
        with self.db.setting_up():
            self.db.script(_SECRET)
        with self.db.exclusive("register_site_secret"):  # two servers starting at once make one key
            row = self.db.execute("SELECT secret FROM register_site_secret").fetchone()
            if row is None:
                row = (secrets.token_hex(32),)
                self.db.execute("INSERT INTO register_site_secret (one, secret, made) VALUES (1, ?, ?)",
                                (row[0], self.clock().isoformat()))
        return bytes.fromhex(str(row[0]))

    def _kept_secret(self) -> bytes | None:
        if self.db.dialect == "sqlite":
            found = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'register_site_secret'").fetchone()
        else:
            found = self.db.execute("SELECT to_regclass('register_site_secret')").fetchone()
        row = self.db.execute("SELECT secret FROM register_site_secret").fetchone() if found and found[0] else None
        return None if row is None else bytes.fromhex(str(row[0]))

    def log(self, name: str | None = None) -> list[tuple[str, str, str, str]]:
        """The log, oldest first: (at, account, what, whence)."""
        if not self._kept():
            return []
        if name is None:
            rows = self.db.execute("SELECT at, name, what, whence FROM register_sign_ins ORDER BY at")
        else:
            rows = self.db.execute("SELECT at, name, what, whence FROM register_sign_ins WHERE name = ? ORDER BY at", (name,))
        return [tuple(row) for row in rows.fetchall()]

    def _existing(self, name: str) -> Account:
        account = self.find(name)
        if account is None:
            raise UnknownAccount(f"no account is named {name!r}; `register users` lists them")
        return account

    def _log(self, name: str, what: str, whence: str) -> None:
        self.db.execute("INSERT INTO register_sign_ins (at, name, what, whence) VALUES (?, ?, ?, ?)",
                        (self.clock().isoformat(timespec="microseconds"), name, what, whence))


def valid_name(name: str) -> str:
    name = plain(name.strip(), "an account's name")
    if not name or len(name) > _LONGEST_NAME or any(c.isspace() for c in name):
        raise InvalidValue(f"an account's name is one word of 1 to {_LONGEST_NAME} characters, not {name!r}")
    return name


def valid_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidValue(f"role {role!r}: a role is one of {', '.join(ROLES)}")
    return role


def _check_password(password: str, name: str) -> None:
    if len(password) < SHORTEST_PASSWORD:
        raise InvalidValue(f"the password is too short: at least {SHORTEST_PASSWORD} characters")
    if password.casefold() == name.casefold():
        raise InvalidValue("the password is the account's name")


def _matches(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _delay(failures: int) -> float:
    """Half a second for the first wrong password, doubling, at most four."""
    return min(0.5 * 2 ** (failures - 1), 4.0)


def _account(row: tuple[object, ...]) -> Account:
    name, role, disabled, failures, locked = row
    until = dt.datetime.fromisoformat(str(locked)) if locked else None
    return Account(str(name), str(role), bool(disabled), int(str(failures)), until)
