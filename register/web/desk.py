"""The secretary's writes in the browser (#26): withholding a decision or a matter from the public
site, and publishing it again; writing off (avskriva) a decision's open follow-up; sealing the
minutes (justering); correcting a recording error in a decision (rättelse). Each is a form with its CSRF token, checked as `register withhold`
and `register publish`, `register write-off`, `register seal` and `register correct` check them, written in one transaction with the secretary signed in as its
actor; a member, or a visitor, is refused (403) and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Blueprint, abort, current_app, redirect
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response as Redirect
from wtforms import StringField
from wtforms.validators import AnyOf, DataRequired, Length

from domain.corrections import CorrectedField
from domain.errors import RegisterError
from domain.ids import DecisionId, FollowUpSource, ItemRef, MeetingId
from domain.values import FollowUpStatus
from register.application import Register
from register.web.context import audience, decision_path, link, register
from register.web.parameters import takes

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


@desk.route("/beslut/<meeting_key>/<int:item>/<int:number>/utelamna", methods=["POST"])
@takes()
def withhold_decision(meeting_key: str, item: int, number: int) -> Redirect:
    ref = DecisionId(ItemRef(MeetingId.parse(meeting_key), item), number)
    return _withhold(ref, link("site.decision", **decision_path(ref)))


@desk.route("/beslut/<meeting_key>/<int:item>/<int:number>/publicera", methods=["POST"])
@takes()
def publish_decision(meeting_key: str, item: int, number: int) -> Redirect:
    ref = DecisionId(ItemRef(MeetingId.parse(meeting_key), item), number)
    return _publish(ref, link("site.decision", **decision_path(ref)))


@desk.route("/arende/<meeting_key>/<int:item>/utelamna", methods=["POST"])
@takes()
def withhold_matter(meeting_key: str, item: int) -> Redirect:
    ref = ItemRef(MeetingId.parse(meeting_key), item)
    return _withhold(ref, link("site.matter", meeting_key=meeting_key, item=item))


@desk.route("/arende/<meeting_key>/<int:item>/publicera", methods=["POST"])
@takes()
def publish_matter(meeting_key: str, item: int) -> Redirect:
    ref = ItemRef(MeetingId.parse(meeting_key), item)
    return _publish(ref, link("site.matter", meeting_key=meeting_key, item=item))


@desk.route("/beslut/<meeting_key>/<int:item>/<int:number>/skriv-av", methods=["POST"])
@takes()
def write_off(meeting_key: str, item: int, number: int) -> Redirect:
    """The decision's open follow-up closed without being done, by the secretary, today."""
    source = DecisionId(ItemRef(MeetingId.parse(meeting_key), item), number)
    form = WriteOffForm()
    secretary_only()
    if not form.validate_on_submit():
        abort(400, "ange skälet till att uppföljningen skrivs av, högst 200 tecken")
    with _writing() as writing:
        with writing.recording_several([source.meeting]) as meetings:
            meetings[source.meeting].write_off(source, form.reason.data, writing.actor, on=dt.datetime.now(dt.UTC).date())
    return redirect(link("site.decision", **decision_path(source)), code=303)


@desk.route("/beslut/<meeting_key>/<int:item>/<int:number>/ratta", methods=["POST"])
@takes()
def correct(meeting_key: str, item: int, number: int) -> Redirect:
    """A rättelse: one recording error in the decision set right by a new event that cites it."""
    decision = DecisionId(ItemRef(MeetingId.parse(meeting_key), item), number)
    form = CorrectForm()
    secretary_only()
    if not form.validate_on_submit():
        abort(400, "välj vad som rättas och ange skälet, högst 200 tecken")
    field = CORRECTABLE[form.field.data]
    if field is not CorrectedField.VOID and not form.value.data.strip():
        abort(400, "ange den rätta uppgiften")
    with _writing() as writing:
        with writing.recording(decision.meeting) as recording:
            recording.correct(decision, field, "" if field is CorrectedField.VOID else form.value.data.strip(),
                              form.reason.data)
    return redirect(link("site.decision", **decision_path(decision)), code=303)


@desk.route("/moten/<meeting_key>/justera", methods=["POST"])
@takes()
def seal(meeting_key: str) -> Redirect:
    """The minutes checked and signed: who signed them (names separated by commas) and on which day."""
    meeting = MeetingId.parse(meeting_key)
    form = SealForm()
    secretary_only()
    if not form.validate_on_submit():
        abort(400, "ange vem som justerade protokollet, namnen åtskilda med kommatecken")
    names = tuple(name.strip() for name in form.justerare.data.split(",") if name.strip())
    try:
        on = dt.date.fromisoformat(form.day.data.strip()) if form.day.data.strip() else None
    except ValueError:
        abort(400, f"justeringsdagen {form.day.data!r} är inget datum: skriv den som ÅÅÅÅ-MM-DD")
    with _writing() as writing:
        with writing.recording(meeting) as recording:
            recording.seal(names, on)
    return redirect(link("site.meeting", meeting_key=meeting_key), code=303)


def open_follow_up(decision: str) -> bool:
    """Whether the decision has a follow-up open now, which the secretary may write off."""
    return any(row.source == decision and row.status in (FollowUpStatus.OPEN, FollowUpStatus.OVERDUE)
               for row in register().follow_ups())


def _withhold(ref: FollowUpSource, back: str) -> Redirect:
    form = WithholdForm()
    secretary_only()
    if not form.validate_on_submit():
        abort(400, "ange skälet till att det utelämnas, högst 200 tecken")
    with _writing() as writing:
        with writing.recording(ref.meeting) as meeting:
            meeting.withhold(ref, form.reason.data)
    return redirect(back, code=303)


def _publish(ref: FollowUpSource, back: str) -> Redirect:
    form = PublishForm()
    secretary_only()
    if not form.validate_on_submit():
        abort(400, "formuläret saknar sin kontrollkod; ladda om sidan och försök igen")
    with _writing() as writing:
        with writing.recording(ref.meeting) as meeting:
            meeting.publish(ref)
    return redirect(back, code=303)


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


@contextmanager
def _writing() -> Iterator[Register]:
    """As the secretary; a refusal of the register (already withheld, not withheld, sealed already)
    is a 400 saying so in Swedish, the register's own words going to the log."""
    try:
        with as_the_secretary() as writing:
            yield writing
    except RegisterError as error:
        if error.exit_status != 2:
            raise
        current_app.logger.info("the register refused a write from the site: %s", error)
        abort(400, "registret vägrade ändringen: det är redan gjort, eller kan inte göras (se registrets logg)")
