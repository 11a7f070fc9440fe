"""The secretary's writes in the browser (#26): withholding a decision, a matter or a deferral from
the public site, and publishing it again; writing off (avskriva) a decision's open follow-up;
sealing the minutes (justering); correcting a recording error in a decision (rättelse). Each is a
form with its CSRF token, checked as `register withhold` and `register publish`, `register
write-off`, `register seal` and `register correct` check them, written in one transaction with the
secretary signed in as its actor; a member, or a visitor, is refused (403) and nothing is written.
What the register refuses is said in Swedish beside the form (`reasons.py`), the page shown again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import attrs
from flask import Blueprint, abort, current_app, g, redirect
from flask.sansio.blueprints import BlueprintSetupState
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.routing import BaseConverter
from werkzeug.wrappers import Response as Redirect
from wtforms import StringField
from wtforms.validators import AnyOf, DataRequired, Length

from domain.corrections import CorrectedField
from domain.errors import RegisterError
from domain.ids import DecisionId, DeferralRef, FollowUpSource, ItemRef, MeetingId, parse_source
from domain.values import FollowUpStatus
from projections.sql import StoreBusy, StoreUnavailable
from register.application import Register
from register.web.context import audience, decision_path, link, register
from register.web.parameters import takes
from register.web.reasons import in_swedish

desk = Blueprint("desk", __name__)


class WithholdForm(FlaskForm):  # type: ignore[misc]
    reason = StringField("Skäl", validators=[DataRequired(), Length(max=200)])


class PublishForm(FlaskForm):  # type: ignore[misc]
    """Only its CSRF token."""


class WriteOffForm(FlaskForm):  # type: ignore[misc]
    reason = StringField("Skäl", validators=[DataRequired(), Length(max=200)])


CORRECTABLE = {"text": CorrectedField.TEXT, "amount": CorrectedField.AMOUNT, "party": CorrectedField.PARTY,
               "due": CorrectedField.DUE, "never-taken": CorrectedField.VOID}
"""What a rättelse of a decision may set right, as `register correct` names it."""


class CorrectForm(FlaskForm):  # type: ignore[misc]
    field = StringField("Vad", validators=[AnyOf(list(CORRECTABLE))])
    value = StringField("Rätt uppgift", validators=[Length(max=4000)])
    reason = StringField("Skäl", validators=[DataRequired(), Length(max=200)])


class SealForm(FlaskForm):  # type: ignore[misc]
    justerare = StringField("Justerare", validators=[DataRequired(), Length(max=400)])
    day = StringField("Justeringsdag", validators=[Length(max=10)])


@attrs.frozen
class Page:
    """The page a desk's form is on: where it leads back to once written, and shown again, with
    the register's reason beside the form, when the register refuses."""

    endpoint: str
    args: dict[str, Any]

    @classmethod
    def of(cls, ref: FollowUpSource) -> Page:
        if isinstance(ref, DecisionId):
            return cls("site.decision", decision_path(ref))
        if isinstance(ref, DeferralRef):
            return cls("site.deferral", {"meeting_key": ref.meeting.key, "number": ref.number})
        return cls("site.matter", {"meeting_key": ref.meeting.key, "item": ref.item})

    def back(self) -> Redirect:
        return redirect(link(self.endpoint, **self.args), code=303)

    def refused(self, form: str, said: str) -> tuple[Any, int]:
        """The page again, saying `said` beside the form `form`; 400, and nothing written."""
        g.refused = {form: said}
        return current_app.view_functions[self.endpoint](**self.args), 400


Answer = Redirect | tuple[Any, int]


class PageOf(BaseConverter):  # type: ignore[misc]
    """What a withholding or a publishing concerns, as the address of its page names it: a
    decision (beslut/2025-7/13/1), a matter (arende/2025-7/13) or a deferral under no heading
    (arende/2025-7/bordlagt/1); read into the register's id by `_ref`, whose refusal of a
    meeting it cannot read answers 400 as any address's does."""

    regex = r"beslut/[^/]+/\d+/\d+|arende/[^/]+/(?:bordlagt/)?\d+"
    part_isolating = False

    def to_url(self, value: FollowUpSource | str) -> str:
        ref = parse_source(value) if isinstance(value, str) else value
        meeting = quote(ref.meeting.key, safe="")
        if isinstance(ref, DecisionId):
            return f"beslut/{meeting}/{ref.item.item}/{ref.number}"
        if isinstance(ref, ItemRef):
            return f"arende/{meeting}/{ref.item}"
        return f"arende/{meeting}/bordlagt/{ref.number}"


def _page_of_converter(state: BlueprintSetupState) -> None:
    state.app.url_map.converters.setdefault("page_of", PageOf)


desk.record_once(_page_of_converter)


@desk.route("/<page_of:ref>/utelamna", methods=["POST"])
@takes()
def withhold(ref: str) -> Answer:
    """A decision, a matter or a deferral withheld from the public site, with a reason."""
    source, form = _ref(ref), WithholdForm()
    page = Page.of(source)
    if not filled_in(form):
        return page.refused("withhold", "Ange skälet till att det utelämnas, högst 200 tecken.")

    def write(writing: Register) -> None:
        with writing.recording(source.meeting) as meeting:
            meeting.withhold(source, form.reason.data)

    return _written(write, page, "withhold")


@desk.route("/<page_of:ref>/publicera", methods=["POST"])
@takes()
def publish(ref: str) -> Answer:
    """What was withheld published again."""
    source = _ref(ref)
    filled_in(PublishForm())

    def write(writing: Register) -> None:
        with writing.recording(source.meeting) as meeting:
            meeting.publish(source)

    return _written(write, Page.of(source), "publish")


def _ref(address: str) -> FollowUpSource:
    kind, meeting_key, *rest = address.split("/")
    meeting = MeetingId.parse(meeting_key)
    if kind == "beslut":
        return DecisionId(ItemRef(meeting, int(rest[0])), int(rest[1]))
    return DeferralRef(meeting, int(rest[1])) if rest[0] == "bordlagt" else ItemRef(meeting, int(rest[0]))


@desk.route("/beslut/<meeting_key>/<int:item>/<int:number>/skriv-av", methods=["POST"])
@takes()
def write_off(meeting_key: str, item: int, number: int) -> Answer:
    """The decision's open follow-up closed without being done, by the secretary, today."""
    source = DecisionId(ItemRef(MeetingId.parse(meeting_key), item), number)
    form, page = WriteOffForm(), Page.of(source)
    if not filled_in(form):
        return page.refused("write_off", "Ange skälet till att uppföljningen skrivs av, högst 200 tecken.")

    def write(writing: Register) -> None:
        with writing.recording_several([source.meeting]) as meetings:
            meetings[source.meeting].write_off(source, form.reason.data, writing.actor, on=dt.datetime.now(dt.UTC).date())

    return _written(write, page, "write_off")


@desk.route("/beslut/<meeting_key>/<int:item>/<int:number>/ratta", methods=["POST"])
@takes()
def correct(meeting_key: str, item: int, number: int) -> Answer:
    """A rättelse: one recording error in the decision set right by a new event that cites it."""
    decision = DecisionId(ItemRef(MeetingId.parse(meeting_key), item), number)
    form, page = CorrectForm(), Page.of(decision)
    if not filled_in(form):
        return page.refused("correct", "Välj vad som rättas och ange skälet, högst 200 tecken.")
    field = CORRECTABLE[form.field.data]
    if field is not CorrectedField.VOID and not form.value.data.strip():
        return page.refused("correct", "Ange den rätta uppgiften.")

    def write(writing: Register) -> None:
        with writing.recording(decision.meeting) as recording:
            recording.correct(decision, field, "" if field is CorrectedField.VOID else form.value.data.strip(),
                              form.reason.data)

    return _written(write, page, "correct")


@desk.route("/moten/<meeting_key>/justera", methods=["POST"])
@takes()
def seal(meeting_key: str) -> Answer:
    """The minutes checked and signed: who signed them (names separated by commas) and on which day."""
    meeting = MeetingId.parse(meeting_key)
    form, page = SealForm(), Page("site.meeting", {"meeting_key": meeting_key})
    if not filled_in(form):
        return page.refused("seal", "Ange vem som justerade protokollet, namnen åtskilda med kommatecken.")
    names = tuple(name.strip() for name in form.justerare.data.split(",") if name.strip())
    day = (form.day.data or "").strip()  # a form posted without the field: no day given
    try:
        on = dt.date.fromisoformat(day) if day else None
    except ValueError:
        return page.refused("seal", f"Justeringsdagen ”{day}” är inget datum: skriv den som ÅÅÅÅ-MM-DD.")

    def write(writing: Register) -> None:
        with writing.recording(meeting) as recording:
            recording.seal(names, on)

    return _written(write, page, "seal")


def open_follow_up(decision: str) -> bool:
    """Whether the decision has a follow-up open now, which the secretary may write off."""
    return any(row.source == decision and row.status in (FollowUpStatus.OPEN, FollowUpStatus.OVERDUE)
               for row in register().follow_ups())


def filled_in(form: FlaskForm) -> bool:
    """Whether the secretary, signed in, filled in the form; a form without its CSRF token is
    refused outright (it may be another site's), one filled in wrong is said beside it."""
    secretary_only()
    if form.validate_on_submit():
        return True
    if form.csrf_token.errors:
        abort(400, "formuläret saknar sin kontrollkod; ladda om sidan och försök igen")
    return False


def secretary_only() -> None:
    if audience() != "secretary" or not current_user.is_authenticated:
        abort(403, "bara förbundets sekreterare, inloggad, får ändra i registret")


@contextmanager
def as_the_secretary() -> Iterator[Register]:
    """This thread's register, recording as the secretary signed in: the log names who did it."""
    writing = register()
    before, writing.actor = writing.actor, str(current_user.account.name)
    try:
        yield writing
    finally:
        writing.actor = before


def refusal_of(write: Callable[[Register], object]) -> RegisterError | None:
    """`write` done as the secretary; the register's refusal of it (exit status 2), or None. A store
    busy or out of reach is no refusal of what was asked: it is raised, for the site's error page."""
    try:
        with as_the_secretary() as writing:
            write(writing)
    except RegisterError as error:
        if error.exit_status != 2 or isinstance(error, (StoreBusy, StoreUnavailable)):
            raise
        return error
    return None


def _written(write: Callable[[Register], None], page: Page, form: str) -> Answer:
    """`write` done as the secretary, then back to the page; a refusal of the register (withheld
    already, not withheld, sealed already, a correction that does not fit) shown on the page
    beside the form in Swedish (`reasons.py`), the register's own words going to the log."""
    if (error := refusal_of(write)) is not None:
        current_app.logger.info("the register refused a write from the site: %s", error)
        return page.refused(form, in_swedish(error))
    return page.back()


def refused_here(form: str) -> str:
    """The register's reason, in Swedish, for refusing what the form `form` asked; "" if none."""
    return str(g.get("refused", {}).get(form, ""))
