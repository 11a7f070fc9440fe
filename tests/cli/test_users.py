"""Accounts that may sign in to the site (#26): added, listed, changed and disabled with `register
users`, kept beside the events (never among them), passwords as Argon2 hashes, wrong passwords
slowing the next try and five in a row locking the account for a while, and all of it logged."""

from __future__ import annotations

import datetime as dt

import pytest

from register.accounts import LOCK_AFTER, LOCKED_FOR, Accounts, Outcome
from tests.conftest import stored_events

PASSWORD = "ett långt lösenord"


def added(cli, name: str, role: str, password: str = PASSWORD):
    return cli("users", "add", name, "--role", role, "--password", password)


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(store, clock) -> Accounts:
    return Accounts(store.database(), clock)


def test_an_account_added_is_listed_with_its_role_and_writes_no_event(cli, store):
    assert added(cli, "anna", "secretary").output.strip() == "added anna as secretary"
    assert added(cli, "bo", "member").exit_code == 0
    listed = cli("users")
    assert listed.exit_code == 0
    assert listed.output.splitlines() == ["anna\tsecretary\tactive", "bo\tmember\tactive"]
    assert stored_events(store) == 0


def test_a_password_is_kept_as_an_argon2_hash_never_as_typed(cli, store):
    added(cli, "anna", "secretary")
    kept = store.database().execute("SELECT password FROM register_accounts WHERE name = 'anna'").fetchone()[0]
    assert kept.startswith("$argon2id$") and PASSWORD not in kept


@pytest.mark.parametrize(("args", "said"), [
    (("users", "add", "anna", "--role", "chair", "--password", PASSWORD), "'chair' is not one of"),
    (("users", "add", "två ord", "--role", "member", "--password", PASSWORD), "one word of 1 to 64 characters"),
    (("users", "add", "anna\x1b[2J", "--role", "member", "--password", PASSWORD), "control character"),
    (("users", "add", "anna", "--role", "member", "--password", "kort"), "too short: at least 10 characters"),
    (("users", "add", "annaannaanna", "--role", "member", "--password", "AnnaAnnaAnna"), "the password is the account's name"),
    (("users", "role", "nobody", "member"), "no account is named 'nobody'"),
    (("users", "disable", "nobody"), "no account is named 'nobody'"),
])
def test_a_bad_account_change_is_refused_with_exit_2_and_writes_nothing(cli, store, args, said):
    result = cli(*args)
    assert result.exit_code == 2 and said in result.output, result.output
    assert "\x1b" not in result.output
    assert cli("users").output.strip() == "no accounts: add one with `register users add NAME --role secretary`"
    assert cli("users", "log").output == ""


def test_a_second_account_of_the_same_name_is_refused_and_the_first_kept(cli, accounts):
    added(cli, "anna", "secretary")
    again = added(cli, "anna", "member", "ett annat långt lösenord")
    assert again.exit_code == 2 and "exists already" in again.output
    assert accounts.sign_in("anna", PASSWORD, "test").outcome is Outcome.SIGNED_IN
    assert accounts.find("anna").role == "secretary"


def test_the_right_password_signs_in_and_a_wrong_one_or_an_unknown_name_does_not(accounts):
    accounts.add("anna", "secretary", PASSWORD, by="test")
    assert accounts.sign_in("anna", PASSWORD, "10.0.0.1").outcome is Outcome.SIGNED_IN
    wrong = accounts.sign_in("anna", "fel lösenord!", "10.0.0.1")
    assert wrong.outcome is Outcome.WRONG and wrong.delay_seconds == 0.5
    unknown = accounts.sign_in("okänd", PASSWORD, "10.0.0.1")
    assert unknown.outcome is Outcome.WRONG and unknown.account is None


def test_each_wrong_password_in_a_row_waits_longer_and_the_fifth_locks_the_account_for_a_while(accounts, clock):
    accounts.add("anna", "secretary", PASSWORD, by="test")
    delays = [accounts.sign_in("anna", "fel lösenord!", "x").delay_seconds for _ in range(LOCK_AFTER - 1)]
    assert delays == [0.5, 1.0, 2.0, 4.0]
    assert accounts.sign_in("anna", "fel lösenord!", "x").outcome is Outcome.LOCKED
    assert accounts.sign_in("anna", PASSWORD, "x").outcome is Outcome.LOCKED  # even the right password, while locked
    clock.now += LOCKED_FOR - dt.timedelta(seconds=1)
    assert accounts.sign_in("anna", PASSWORD, "x").outcome is Outcome.LOCKED
    clock.now += dt.timedelta(seconds=2)
    assert accounts.sign_in("anna", PASSWORD, "x").outcome is Outcome.SIGNED_IN


def test_a_right_password_between_wrong_ones_starts_the_count_again(accounts):
    accounts.add("anna", "secretary", PASSWORD, by="test")
    for _ in range(LOCK_AFTER - 1):
        accounts.sign_in("anna", "fel lösenord!", "x")
    assert accounts.sign_in("anna", PASSWORD, "x").outcome is Outcome.SIGNED_IN
    assert accounts.sign_in("anna", "fel lösenord!", "x").delay_seconds == 0.5


def test_a_disabled_account_cannot_sign_in_and_enabling_it_lifts_a_lock(cli, accounts):
    added(cli, "anna", "secretary")
    for _ in range(LOCK_AFTER):
        accounts.sign_in("anna", "fel lösenord!", "x")
    assert cli("users").output.startswith("anna\tsecretary\tlocked until ")
    assert cli("users", "disable", "anna").exit_code == 0
    assert accounts.sign_in("anna", PASSWORD, "x").outcome is Outcome.DISABLED
    assert cli("users", "enable", "anna").exit_code == 0
    assert accounts.sign_in("anna", PASSWORD, "x").outcome is Outcome.SIGNED_IN


def test_a_role_and_a_password_changed_take_effect(cli, accounts):
    added(cli, "anna", "member")
    assert cli("users", "role", "anna", "secretary").output.strip() == "anna is now secretary"
    assert cli("users", "password", "anna", "--password", "ett nytt långt lösenord").exit_code == 0
    assert accounts.sign_in("anna", PASSWORD, "x").outcome is Outcome.WRONG
    signed = accounts.sign_in("anna", "ett nytt långt lösenord", "x")
    assert signed.outcome is Outcome.SIGNED_IN and signed.account.role == "secretary"


def test_every_sign_in_failure_lock_and_change_is_logged_with_who_and_whence(cli, accounts):
    accounts.add("anna", "secretary", PASSWORD, by="root")
    accounts.sign_in("anna", PASSWORD, "10.0.0.1")
    accounts.sign_in("okänd", PASSWORD, "10.0.0.2")
    for _ in range(LOCK_AFTER):
        accounts.sign_in("anna", "fel lösenord!", "10.0.0.3")
    accounts.set_disabled("anna", False, by="root")
    said = [(who, what, whence) for _, who, what, whence in accounts.log()]
    assert said[0] == ("anna", "added as secretary", "by root")
    assert said[1] == ("anna", "signed in", "10.0.0.1")
    assert said[2] == ("okänd", "failed: no such account", "10.0.0.2")
    assert said[3:8] == [("anna", f"failed: wrong password ({n} in a row)", "10.0.0.3") for n in range(1, 6)]
    assert said[8][1].startswith("locked until ")
    assert said[9] == ("anna", "enabled", "by root")
    shown = cli("users", "log", "anna").output.splitlines()
    assert len(shown) == 9 and all("\tanna\t" in line for line in shown)


def test_accounts_cannot_be_changed_in_a_store_that_may_only_be_read(cli, store, monkeypatch):
    if store.url is not None:
        pytest.skip("an SQLite file the user may not write; a PostgreSQL role that may only read is refused likewise")
    added(cli, "anna", "secretary")
    monkeypatch.setattr("register.storage.os.access", lambda p, mode: str(p) != str(store.path))
    refused = added(cli, "bo", "member")
    assert refused.exit_code == 2 and "may only be read" in refused.output, refused.output
    assert [line.split("\t")[0] for line in cli("users").output.splitlines()] == ["anna"]


def test_a_store_no_account_was_added_to_lists_none_and_makes_no_table(cli, store):
    assert cli("users").output.strip() == "no accounts: add one with `register users add NAME --role secretary`"
    assert Accounts(store.database())._kept() is False


def test_accounts_survive_a_rebuild_of_the_views(cli):
    assert cli("demo").exit_code == 0
    added(cli, "anna", "secretary")
    assert cli("rebuild").exit_code == 0
    assert cli("users").output.splitlines() == ["anna\tsecretary\tactive"]
