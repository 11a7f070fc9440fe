"""The commands that put the register on the web (`serve`) or on paper (`extract`)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from domain.errors import InvalidValue, RegisterError
from domain.ids import DecisionId
from register.commands.options import DECISION, as_of_option, current_register


class PdfUnavailable(RegisterError):
    exit_status = 2


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Where to listen; only this machine unless told otherwise.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="The TCP port to listen on.")
@click.option("--public", is_flag=True, help="The public site: what is withheld from publication is left out.")
@click.option("--threads", type=click.IntRange(1, 64), default=4, show_default=True, help="Requests served at once.")
def serve(host: str, port: int, public: bool, threads: int) -> None:
    """Serve the register as a read-only web site (pages, JSON under /api, feeds)."""
    import logging

    import waitress

    # Under load waitress warns of every queued request; that is what a queue is for.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)

    from register.web.app import create_app

    opener = click.get_current_context().find_root().obj
    first = current_register()  # opened (and caught up) before listening: a bad store fails here, exit 2
    first.catch_up()
    app = create_app(lambda: opener(False), public)
    try:
        server = waitress.create_server(app, host=host, port=port, threads=threads, ident="beslutsregister")
    except OSError as error:
        raise InvalidValue(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    shown = "the public site: withheld items left out" if public else "everything, withheld items marked"
    click.echo(f"serving the register of {first.board} on http://{host}:{port}/ ({shown}); Ctrl-C stops", err=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        app.extensions["registers"].close()


@click.command()
@click.argument("decision", type=DECISION)
@click.option("--pdf", "pdf", type=click.Path(dir_okay=False, path_type=Path), help="Write a PDF here (needs: pip install -e '.[pdf]').")
@as_of_option
def extract(decision: DecisionId, pdf: Path | None, as_of: dt.date | None) -> None:
    """Protokollsutdrag: one decision as a print-ready page (HTML on stdout, or --pdf FILE)."""
    if pdf is not None:
        try:
            import weasyprint  # type: ignore[import-not-found]
        except ImportError:
            raise PdfUnavailable("--pdf needs WeasyPrint: install it with pip install -e '.[pdf]' "
                                 "(or print the HTML this command writes without --pdf)") from None
    from flask import render_template

    from register.web.app import create_app
    from register.web.extract import extract_of

    register = current_register()
    app = create_app(lambda: register)
    with app.test_request_context("/"):
        html = render_template("extract.html", **extract_of(register, decision, as_of))
    if pdf is None:
        sys.stdout.write(html)
        return
    weasyprint.HTML(string=html).write_pdf(pdf, pdf_variant="pdf/ua-1")
    click.echo(f"wrote {pdf}", err=True)


COMMANDS = (serve, extract)
