"""The commands that put the register on the web (`serve`) or on paper (`extract`)."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from domain.errors import InvalidValue, RegisterError
from domain.ids import DecisionId, ItemRef
from register.application import Register
from register.commands.options import PARAGRAPH, as_of_option, as_recorded_option, current_register


def _this_machine_only(host: str) -> bool:
    """Whether `host` is a loopback address, which no other machine reaches."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class PdfUnavailable(RegisterError):
    exit_status = 2


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Where to listen; only this machine unless told otherwise.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="The TCP port to listen on.")
@click.option("--public", is_flag=True, help="The public site: what is withheld from publication is left out.")
@click.option("--threads", type=click.IntRange(1, 64), default=4, show_default=True,
              help="Requests served at once (by each process).")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes serving on the one address, each with its --threads: pages are built on as many cores "
                   "(and each keeps its own --answers-mb).")
@click.option("--base-url", metavar="URL",
              help="The address the public reaches the site at (http:// or https://, no query): the feeds' absolute links "
                   "start here, never from a request's Host header. Without it their links are relative.")
@click.option("--behind-tls", is_flag=True,
              help="A proxy in front serves the site over TLS: answers carry Strict-Transport-Security, and the proxy's "
                   "X-Forwarded-Proto is believed.")
@click.option("--trust-header", metavar="HEADER",
              help="Who is signed in is the account a reverse proxy in front names in this header (e.g. X-Remote-User), "
                   "as a municipality's central sign-in does; roles come from `register users`. Only behind a proxy that "
                   "sets the header itself and strips it from what visitors send.")
@click.option("--answers-mb", type=click.IntRange(0, 65536), default=32, show_default=True,
              help="Megabytes of answers kept in memory by the store's position, handed out again until something is "
                   "recorded; 0 keeps none.")
@click.option("--verify-every", metavar="DURATION",
              help="Check the register against its history again this often (30m, 6h, 1d); it is always checked at start.")
def serve(host: str, port: int, public: bool, threads: int, processes: int, base_url: str | None, behind_tls: bool,
          trust_header: str | None, answers_mb: int, verify_every: str | None) -> None:
    """Serve the register as a read-only web site (pages, JSON under /api, feeds)."""
    from register.web import workers
    from register.web.addresses import BaseUrl  # the site's modules load Flask: only `serve` pays for it
    from register.web.watch import SharedFinding, Watch, parse_every

    # Refused before the store is opened: opening an SQLite store that is not there makes one.
    address = BaseUrl.parse(base_url) if base_url is not None else None
    every = parse_every(verify_every) if verify_every is not None else None
    if behind_tls and address is not None and not address.https:
        raise InvalidValue(f"--base-url {base_url!r} with --behind-tls: the feeds' links would leave TLS; give the https:// address")
    if processes > 1 and not workers.can_fork():
        raise InvalidValue(f"--processes {processes}: this system cannot fork the processes and wait for them as "
                           "`serve` does (Linux can); serve with --processes 1 and more --threads")

    import logging

    import waitress

    # Under load waitress warns of every queued request; that is what a queue is for.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)

    from register.web.answers import Answers
    from register.web.app import create_app

    opener = click.get_current_context().find_root().obj
    first = current_register()  # opened (and caught up) before listening: a bad store fails here, exit 2
    first.catch_up()
    from register.accounts import Accounts

    if trust_header is not None and (public or not re.fullmatch(r"[A-Za-z0-9-]{1,64}", trust_header)):
        raise InvalidValue(f"--trust-header {trust_header!r}: a header's name (letters, digits, -), "
                           "and not with --public, whose site signs no one in")
    sign_in = not public and bool(Accounts(first.database).listed())
    if trust_header is not None and not sign_in:
        raise InvalidValue(f"--trust-header {trust_header}: the store has no accounts, so the header could name no one; "
                           "add them with `register users add NAME --role member|secretary`")
    if not public and not sign_in and not _this_machine_only(host):
        raise InvalidValue(f"--host {host}: without --public the site shows what is withheld from the public to anyone "
                           "who reaches it; add accounts (`register users add NAME --role member`) so that people sign in, "
                           "serve --public, or listen on 127.0.0.1")
    watch = Watch(lambda: opener(False), every, report=lambda said: click.echo(said, err=True),
                  shared=SharedFinding() if processes > 1 else None)
    # Made before any process is forked: each worker has the site's key as the parent read it.
    app = create_app(lambda: opener(False), public, base_url=address, behind_tls=behind_tls, watch=watch, sign_in=sign_in,
                     trust_header=trust_header if sign_in else None, answers=Answers(answers_mb * 2**20))
    # Under the base URL's path, if it has one, so that the pages' own links carry it too.
    prefix = address.path if address is not None else ""
    try:
        if processes > 1:
            listening = workers.bound(host, port)
        else:
            server = waitress.create_server(app, host=host, port=port, threads=threads, ident="beslutsregister",
                                            url_prefix=prefix)
    except OSError as error:
        raise InvalidValue(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    shown = ("the public site: withheld items left out" if public else
             "the public site to visitors, everything to members and secretaries signed in" if sign_in else
             "everything, withheld items marked")
    served_by = f"; {processes} processes of {threads} threads" if processes > 1 else ""
    click.echo(f"serving the register of {first.board} on http://{host}:{port}{prefix}/ ({shown}{served_by}); Ctrl-C stops",
               err=True)
    links = f"on {address.root}/" if address is not None else "relative (no --base-url)"
    schedule = f"at start and every {verify_every}" if every is not None else "at start"
    click.echo(f"feeds' links: {links}; the register is checked against its history {schedule}", err=True)
    if processes > 1:
        first.close()  # each process opens its own connections: none may be shared over a fork
        workers.warm(app)

        def serve_here() -> None:
            here = waitress.create_server(app, sockets=listening, threads=threads, ident="beslutsregister", url_prefix=prefix)
            try:
                here.run()
            finally:
                here.close()
                app.extensions["registers"].close()

        def check_here() -> None:
            for made in listening:
                made.close()  # the address is the workers' alone: a check that outlived them would hold it
            watch.run()

        roles = [workers.Role(f"worker {n}", serve_here) for n in range(1, processes + 1)]
        try:
            workers.Supervisor([*roles, workers.Role("check", check_here)], lambda said: click.echo(said, err=True)).run()
        finally:
            for made in listening:
                made.close()
        return
    watch.start()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        watch.stop()
        server.close()
        app.extensions["registers"].close()


@click.command()
@click.argument("ref", type=PARAGRAPH)
@click.option("--pdf", "pdf", type=click.Path(dir_okay=False, path_type=Path), help="Write a PDF here (needs: pip install -e '.[pdf]').")
@as_of_option
@as_recorded_option
def extract(ref: DecisionId | ItemRef, pdf: Path | None, as_of: dt.date | None, as_recorded: dt.datetime | None) -> None:
    """Protokollsutdrag: a decision (2025-7 §13:1), or a whole paragraph (2025-7 §13), as a
    print-ready page (HTML on stdout, or --pdf FILE)."""
    from register.web.extract import extract_of

    print_page("extract.html", pdf, lambda register: extract_of(register, ref, as_of, as_recorded))


def print_page(template: str, pdf: Path | None, shown: Callable[[Register], dict[str, Any]]) -> None:
    """A page made to be printed, rendered by the site's own template (`shown(register)` its
    context): HTML on stdout, or a PDF written to `pdf`. WeasyPrint is looked for before the
    register is opened."""
    if pdf is not None:
        try:
            import weasyprint  # type: ignore[import-not-found]
        except ImportError:
            raise PdfUnavailable("a PDF needs WeasyPrint: install it with pip install -e '.[pdf]' "
                                 "(or print the HTML this command writes without asking for a PDF)") from None
    from flask import render_template

    from register.web.app import create_app

    register = current_register()
    app = create_app(lambda: register)
    with app.test_request_context("/"):
        html = render_template(template, **shown(register))
    if pdf is None:
        sys.stdout.write(html)
        return
    document = weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    try:
        pdf.write_bytes(document)
    except OSError as error:
        raise InvalidValue(f"cannot write the PDF to {pdf}: {error.strerror or error}") from None
    click.echo(f"wrote {pdf}", err=True)


COMMANDS = (serve, extract)
