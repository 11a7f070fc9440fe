"""Who may sign in to the site: `users` lists the accounts, `users add|role|password|disable|enable`
change them, `users log` shows every sign-in, failure, lock and change. Passwords are asked for at
a prompt, never on the command line, where other users of the machine and the shell's history see
them."""

from __future__ import annotations

import datetime as dt

import click

from register.accounts import ROLES, Accounts
from register.commands.options import current_register


def _accounts() -> tuple[Accounts, str]:
    register = current_register(any_board=True)
    return Accounts(register.database), register.actor


def _writable() -> tuple[Accounts, str]:
    register = current_register(any_board=True)
    register.refuse_writes()
    return Accounts(register.database), register.actor


_password = click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
                         help="Asked for at a prompt, twice; give it here only from a script that reads it from a safe place.")


@click.group(invoke_without_command=True)
@click.pass_context
def users(ctx: click.Context) -> None:
    """The accounts that may sign in to the site, with role and state: `secretary` records and
    reviews, `member` reads everything and writes nothing."""
    if ctx.invoked_subcommand is None:
        accounts, _ = _accounts()
        moment = dt.datetime.now(dt.timezone.utc)
        listed = accounts.listed()
        if not listed:
            click.echo("no accounts: add one with `register users add NAME --role secretary`")
        for account in listed:
            click.echo(f"{account.name}\t{account.role}\t{account.state(moment)}")


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True, help="What the account may do.")
@_password
def add(name: str, role: str, password: str) -> None:
    """Add an account."""
    accounts, actor = _writable()
    account = accounts.add(name, role, password, by=actor)
    click.echo(f"added {account.name} as {account.role}")


@users.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
def role(name: str, role: str) -> None:
    """Change what an account may do."""
    accounts, actor = _writable()
    account = accounts.set_role(name, role, by=actor)
    click.echo(f"{account.name} is now {account.role}")


@users.command("password")
@click.argument("name")
@_password
def password(name: str, password: str) -> None:
    """Set an account's password (and lift a lock)."""
    accounts, actor = _writable()
    accounts.set_password(name, password, by=actor)
    click.echo(f"password of {name} changed")


@users.command("disable")
@click.argument("name")
def disable(name: str) -> None:
    """Stop an account from signing in; its sessions end at their next request."""
    accounts, actor = _writable()
    accounts.set_disabled(name, True, by=actor)
    click.echo(f"{name} disabled")


@users.command("enable")
@click.argument("name")
def enable(name: str) -> None:
    """Let a disabled or locked account sign in again."""
    accounts, actor = _writable()
    accounts.set_disabled(name, False, by=actor)
    click.echo(f"{name} enabled")


@users.command("log")
@click.argument("name", required=False)
def log(name: str | None) -> None:
    """Every sign-in, failure, lock and change to an account, oldest first."""
    accounts, _ = _accounts()
    for at, who, what, whence in accounts.log(name):
        click.echo(f"{at}\t{who}\t{what}\t{whence}")


COMMANDS = (users,)
