"""The secretary's review desk (#26, first part): upload a minutes file, see what was read beside
the minutes' own lines with every doubt listed by its line, edit the review, save it as a draft and
come back to it, and record it. Each step is the command line's: the review is the one
`import-minutes --review` writes, checked and recorded by `import-minutes --accept` (the same
functions, on the same files in a scratch folder), so the desk records what the command would.
The review is edited with a control for each field of each decision (`review_controls.py`), which
writes the review again (`review_edits.py`); its text stays editable for what no control covers.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import attrs
from flask import Blueprint, Response, abort, current_app, redirect, request
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from werkzeug.wrappers import Response as Redirect
from wtforms import HiddenField, TextAreaField
from wtforms.validators import DataRequired, Length

from domain.errors import RegisterError
from register.drafts import Draft, Drafts
from register.minutes.accepting import MOST_REVIEW_BYTES, Minutes, accept_review, write_review
from register.minutes.batch import numbering
from register.minutes.formats import read_document
from register.minutes.parser import parse_minutes
from register.minutes.review import ReviewError
from register.minutes.reviewed import from_toml
from register.web.context import html_page, link, meeting_path, register
from register.web.desk import as_the_secretary, secretary_only
from register.web.parameters import takes
from register.web.review_controls import FOLLOW_UP_KINDS, KINDS, Controls, controls, open_links
from register.web.review_edits import ControlRefused, control_of, edited, rewritten
from register.web.review_reasons import Refusal, refused

review_desk = Blueprint("review_desk", __name__)


class UploadForm(FlaskForm):  # type: ignore[misc]
    minutes = FileField("Protokollet", validators=[FileRequired()])


class ReviewForm(FlaskForm):  # type: ignore[misc]
    review = TextAreaField("Granskningen", validators=[DataRequired(), Length(max=MOST_REVIEW_BYTES)])


class ReviewFileForm(FlaskForm):  # type: ignore[misc]
    granskningsfil = FileField("Granskningsfilen", validators=[FileRequired()])


REVIEW_FILE = "granskningsfil"
"""The upload field of a review file, beside which its refusal is said."""


class ControlsForm(FlaskForm):  # type: ignore[misc]
    grund = HiddenField("Granskningen kontrollerna visar", validators=[DataRequired(), Length(max=MOST_REVIEW_BYTES)])


@review_desk.route("/skrivbord")
@takes()
def desk() -> str | Any:
    secretary_only()
    return html_page("desk.html", "Skrivbordet finns bara som sida.", form=UploadForm(), drafts=_drafts().listed(), said="",
                     importer_said="")


@review_desk.route("/skrivbord/las-in", methods=["POST"])
@takes()
def upload() -> Redirect | tuple[Any, int]:
    secretary_only()
    form = UploadForm()
    if not form.validate_on_submit():
        return _refused_upload("välj protokollets fil (Word, PDF, OpenDocument eller text)")
    uploaded = form.minutes.data
    name = Path(uploaded.filename or "protokoll").name
    data = uploaded.read()
    try:
        with tempfile.TemporaryDirectory() as folder:
            review = Path(folder) / "granskning.toml"
            with as_the_secretary() as writing:
                read = write_review(writing, _minutes(Path(folder), name, data), None, review).as_json()
            text = review.read_text(encoding="utf-8")
    except ReviewError as error:  # minutes of a meeting recorded already
        return _refused_upload(f"protokollet kunde inte läsas in: {refused(error, '').said}")
    except RegisterError as error:  # the importer's own words, which name the line: English, marked so
        return _refused_upload("protokollet kunde inte läsas in", str(error))
    doubts = [(d["line"], d["what"]) for d in read["to_review"]] + [(w["line"], w["message"]) for w in read["warnings"]]
    draft = _drafts().start(name, data, text, sorted(doubts), _signed_in())
    return redirect(link("review_desk.draft", draft_id=draft.id), code=303)


@review_desk.route("/skrivbord/utkast/<draft_id>")
@takes()
def draft(draft_id: str) -> str | Any:
    secretary_only()
    return _draft_page(_found(draft_id), None)


@review_desk.route("/skrivbord/utkast/<draft_id>", methods=["POST"])
@takes()
def save_or_accept(draft_id: str) -> Redirect | Any:
    """`spara` keeps the edited review as the draft after checking it as `--accept --dry-run` would;
    `registrera` records it; either way a review that does not pass says why, beside it. The review
    comes from the controls (with `grund`, the review they were shown from) or as its text."""
    secretary_only()
    found = _found(draft_id)
    if "grund" in request.form:
        return _from_controls(found)
    form = ReviewForm()
    if not form.validate_on_submit():
        return _draft_page(found, Refusal("granskningen är tom eller saknar formulärets kontrollkod"), as_text=True), 400
    return _checked(found, form.review.data.replace("\r\n", "\n"), None)


@review_desk.route("/skrivbord/utkast/<draft_id>/granskning.toml")
@takes()
def review_file(draft_id: str) -> Response:
    """The draft as the review file `import-minutes --review` writes, for `--accept` to take."""
    secretary_only()
    found = _found(draft_id)
    name = f"{Path(found.file_name).stem}-granskning.toml".replace('"', "")
    return Response(found.review, mimetype="application/toml",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@review_desk.route("/skrivbord/utkast/<draft_id>/las-in-granskning", methods=["POST"])
@takes()
def upload_review_file(draft_id: str) -> Redirect | Any:
    """A review file, edited by hand, back into the draft: checked as `--accept --dry-run` checks it
    (as an edit at the desk is), then kept as the draft; a refusal is said beside the file's field."""
    secretary_only()
    found = _found(draft_id)
    form = ReviewFileForm()
    if not form.validate_on_submit():
        return _draft_page(found, Refusal("välj granskningsfilen (.toml) att läsa in"), beside=REVIEW_FILE), 400
    data = form.granskningsfil.data.read(MOST_REVIEW_BYTES + 1)
    if len(data) > MOST_REVIEW_BYTES:
        return _draft_page(found, Refusal("granskningsfilen är för stor: högst 2 MB"), beside=REVIEW_FILE), 400
    try:
        text = data.decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    except UnicodeDecodeError:
        return _draft_page(found, Refusal("granskningsfilen är inte text i UTF-8, som granskningen skrivs"),
                           beside=REVIEW_FILE), 400
    if not text.strip():
        return _draft_page(found, Refusal("granskningsfilen är tom"), beside=REVIEW_FILE), 400
    try:
        _accept(found, text, dry_run=True)
    except RegisterError as error:
        current_app.logger.info("the desk's review file was refused: %s", error)
        return _draft_page(found, refused(error, text), beside=REVIEW_FILE), 400
    _drafts().save(found.id, text, _signed_in())
    return redirect(link("review_desk.draft", draft_id=found.id), code=303)


def _from_controls(found: Draft) -> Redirect | Any:
    form = ControlsForm()
    if not form.validate_on_submit():
        return _draft_page(found, Refusal("formuläret saknar sin kontrollkod eller granskningen det visade")), 400
    base_text = form.grund.data.replace("\r\n", "\n")
    try:
        base = from_toml(base_text, "granskning.toml")
        plan = edited(base, request.form)
    except ControlRefused as refusal:
        return _draft_page(found, refused(refusal.error, ""), base_text, refusal.control), 400
    except ReviewError as error:  # a base the page never showed
        return _draft_page(found, refused(error, base_text)), 400
    text = rewritten(base_text, base, plan, found.doubts)
    return _checked(found, text, (base_text, plan))


def _checked(found: Draft, edited_text: str, from_controls: tuple[str, Any] | None) -> Redirect | Any:
    """The review checked as `--accept` checks it, then saved as the draft or recorded."""
    recording = request.form.get("steg") == "registrera"
    try:
        summary = _accept(found, edited_text, dry_run=not recording)
    except RegisterError as error:
        current_app.logger.info("the desk's review was refused: %s", error)  # in English, for the operator
        said = refused(error, edited_text)
        shown = attrs.evolve(found, review=edited_text)
        if from_controls is None:
            return _draft_page(shown, said, found.review, as_text=True), 400
        base_text, plan = from_controls
        return _draft_page(shown, said, base_text, control_of(error, edited_text, plan)), 400
    if recording:
        _drafts().drop(found.id)
        return redirect(link("site.meeting", meeting_key=meeting_path(summary.meeting)), code=303)
    _drafts().save(found.id, edited_text, _signed_in())
    return redirect(link("review_desk.draft", draft_id=found.id), code=303)


def _accept(found: Draft, review: str, dry_run: bool) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "granskning.toml"
        path.write_text(review, encoding="utf-8")
        with as_the_secretary() as writing:
            return accept_review(writing, path, _minutes(Path(folder), found.file_name, found.minutes), writing.actor, dry_run)


def _minutes(folder: Path, name: str, data: bytes) -> Minutes:
    """The uploaded file read as `import-minutes` reads a file: its format told by its content."""
    path = folder / name
    path.write_bytes(data)
    read = read_document(path)
    text = read.document.text
    return Minutes(name, text, parse_minutes(text, name, None, numbering(register())), name, read.digest,
                   read.document.reading())


def _draft_page(found: Draft, said: Refusal | None, base_text: str | None = None, beside: str | None = None,
                as_text: bool = False) -> Any:
    """The draft: the minutes' lines, the controls shown from `base_text` (the draft's review unless
    given) and, after a refusal of them, holding what was posted; `beside`: the control refused."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / found.file_name
        path.write_bytes(found.minutes)
        lines = read_document(path).document.lines()
    base_text = found.review if base_text is None else base_text
    shown = _controls(base_text, found, len(lines))
    posted = request.form if said is not None and not as_text and "grund" in request.form else None
    return html_page("draft.html", "Utkastet finns bara som sida.", draft=found, form=ReviewForm(review=found.review),
                     file_form=ReviewFileForm(), review_file=REVIEW_FILE,
                     lines=lines, said=said, controls=shown, base=base_text, posted=posted, beside=beside,
                     as_text=as_text or shown is None, kinds=KINDS, follow_up_kinds=FOLLOW_UP_KINDS)


def _controls(base_text: str, found: Draft, lines: int) -> Controls | None:
    """The controls of the review `base_text`; none if it cannot be read (its text is then the way to edit it)."""
    try:
        plan = from_toml(base_text, "granskning.toml").plan
    except ReviewError:
        return None
    reading = register()
    reading.catch_up()
    return controls(plan, found.doubts, lines, open_links(reading.known, plan.meeting, plan.held_on))


def _refused_upload(said: str, importer_said: str = "") -> tuple[Any, int]:
    """The desk again, saying `said` in Swedish, and after it `importer_said`, the importer's own English."""
    return html_page("desk.html", "Skrivbordet finns bara som sida.", form=UploadForm(), drafts=_drafts().listed(),
                     said=said, importer_said=importer_said), 400


def _found(draft_id: str) -> Draft:
    found = _drafts().find(draft_id)
    if found is None:
        abort(404, "utkastet finns inte: det är registrerat eller borttaget")
    return found


def _drafts() -> Drafts:
    return Drafts(register().database)


def _signed_in() -> str:
    from flask_login import current_user

    return str(current_user.account.name)
