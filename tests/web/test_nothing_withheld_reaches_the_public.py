"""Nothing withheld reaches the public, looked for as an attacker would: a meeting whose
withheld decisions and items carry words found nowhere else, the public site crawled from its
doors through every link, JSON twin, feed, extract and search for each word, under three
clocks, and none of the words anywhere. The secretary's own site, crawled the same way, must
show every one of them, or the crawl proves nothing."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from domain.corrections import CorrectedField
from domain.ids import DecisionId, ItemRef, MeetingId
from domain.values import DecisionKind, Due, Party
from register import goals
from register.accounts import Accounts
from register.application import Register
from register.web.app import create_app
from register.web.publication import Publication
from tests.web.conftest import Recorded, record_demo_and_a_revision
from tests.web.crawl import crawl
from tests.web.page import read
from tests.web.signing import PASSWORD, signed_in, token

MEETING = MeetingId.parse("2026-3")
HELD = dt.date(2026, 5, 18)
GRANTED = DecisionId.parse("2026-3 §04:1")
"""Withheld: a grant with a purpose, a report, a vote, a reservation and a jäv."""
ASSIGNED = DecisionId.parse("2026-3 §04:2")
"""Withheld: an assignment."""
TERMINATED = ItemRef.parse("2026-3 §05")
"""Withheld as a whole item: an agreement terminated under it."""
DEFERRED = ItemRef.parse("2026-3 §03")
"""Withheld: an item put forward and deferred, with no decision at all."""
HIRED = DecisionId.parse("2026-3 §07:1")
"""Withheld: a decision withdrawn at the same meeting, with a reason."""
PLANNED = DecisionId.parse("2026-3 §08:1")
"""Withheld: a plan adopted, with its money."""
INFORMED = ItemRef.parse("2026-3 §09")
"""Withheld: an information item, put forward and placed on file, with no decision (search finds it by its title)."""
OPEN = DecisionId.parse("2026-3 §06:1")
"""Not withheld: must show everywhere."""


def secret_word(rng: random.Random) -> str:
    """A word no minutes hold, that search still reads as a word (lower case: see `leaks`)."""
    return "hemlig" + "".join(rng.choice("bdfgklmnprstv") + rng.choice("aeiou") for _ in range(4))


class Secrets:
    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)
        self.words = {role: secret_word(rng) for role in (
            "title", "grant text", "purpose", "more", "report", "assigned", "assignment", "assignee", "reserved", "item decision",
            "agreement", "hired", "withdrawn because", "plan text", "plan purpose", "reviewed", "correction", "recused", "information")}

    def __getitem__(self, role: str) -> str:
        return self.words[role]


def record_the_secrets(register: Register, secret: Secrets) -> dt.datetime:
    """Records meeting 2026-3 with every kind of thing withheld later; returns an instant after
    it was recorded and before anything was withheld."""
    with register.new_meeting(MEETING, HELD, "Karlshamn", justerare=("Eva Ek",)) as meeting:
        meeting.put_forward(DEFERRED, f"Ansökan från {secret['title']}")
        meeting.defer(DEFERRED, f"Ansökan från {secret['title']}", Due.parse("next-meeting"))
        meeting.put_forward(GRANTED.item, "Insats för en enskild")
        meeting.take_decision(GRANTED, f"Att bevilja {secret['grant text']} 250 000 kr.", DecisionKind.GRANT)
        meeting.award_grant(Party.RONNEBY, 2026, 250_000, GRANTED, f"insats för {secret['purpose']}")
        meeting.award_grant(Party.KARLSKRONA, 2026, 120_000, GRANTED, f"ytterligare medel för planen, {secret['more']}")
        meeting.require_report(Party.RONNEBY, f"resultatet för {secret['report']}", Due.parse("2026-12"), GRANTED)
        meeting.take_decision(ASSIGNED, f"Att ge förbundschefen i uppdrag att följa upp {secret['assigned']}.",
                              DecisionKind.ASSIGNMENT)
        meeting.give_assignment(f"{secret['assignee']} Nilsson", f"följa upp {secret['assignment']}", Due.parse("next-meeting"),
                                ASSIGNED)
        meeting.record_vote(GRANTED, 6, 2, 0)
        meeting.record_reservation(GRANTED, f"{secret['reserved']} Persson", "Ronneby kommun")
        meeting.record_recusal(GRANTED, f"{secret['recused']} Olsson", "Karlskrona kommun")
        meeting.put_forward(TERMINATED, "Avtal med en leverantör")
        ended = DecisionId(TERMINATED, 1)
        meeting.take_decision(ended, f"Att säga upp avtalet med {secret['item decision']}.", DecisionKind.TERMINATION)
        meeting.terminate_agreement(f"avtalet med {secret['agreement']}", ended)
        meeting.take_decision(OPEN, "Att lägga informationen om samverkan till handlingarna.", DecisionKind.ACKNOWLEDGEMENT)
        meeting.take_decision(HIRED, f"Att anställa {secret['hired']}.", DecisionKind.OTHER)
        meeting.withdraw(HIRED, reason=f"{secret['withdrawn because']} tackade nej")
        meeting.take_decision(PLANNED, f"Att fastställa Olofströms kommuns plan för {secret['plan text']}.", DecisionKind.PLAN)
        meeting.adopt_plan(Party.OLOFSTROM, 2026, PLANNED)
        meeting.put_forward(INFORMED, f"Information om {secret['information']}")
        meeting.award_grant(Party.OLOFSTROM, 2026, 900_000, PLANNED, f"plan för {secret['plan purpose']}")
        # The review: a withheld decision's text changed, as its own line and in the meeting's list of changes.
        changed = f"text Att bevilja 250 000 kr. → Att bevilja {secret['grant text']} 250 000 kr för {secret['reviewed']}."
        meeting.mark_reviewed(GRANTED, "Sekreteraren", False, (changed,))
        meeting.review("Sekreteraren", "", (f"{GRANTED}: {changed}",))
    time.sleep(0.01)
    before = dt.datetime.now(dt.UTC)
    time.sleep(0.01)
    return before


def withhold_them(register: Register) -> None:
    with register.recording(MEETING) as meeting:
        for ref in (GRANTED, ASSIGNED, TERMINATED, DEFERRED, HIRED, PLANNED, INFORMED):
            meeting.withhold(ref, "personuppgifter")


CORRECTING = DecisionId.parse("2026-4 §03:1")
"""Withheld: it corrects the amount of a public grant (2025-7 §11:1), whose pages mark the correction."""


def take_the_withheld_item_up_again(register: Register, secret: Secrets) -> None:
    """A later, public meeting refers the withheld item back: the referral's subject is its title.
    It also corrects a public grant's amount by a decision it withholds."""
    returned, referral = ItemRef.parse("2026-4 §02"), DecisionId.parse("2026-4 §02:1")
    with register.new_meeting(MeetingId.parse("2026-4"), dt.date(2026, 9, 14), "Ronneby") as meeting:
        meeting.return_matter(DEFERRED, returned)
        meeting.take_decision(referral, "Att återremittera ärendet för komplettering.", DecisionKind.REFERRAL, DEFERRED)
        meeting.refer_back(DEFERRED, referral, Due.parse("next-meeting"))
        meeting.take_decision(CORRECTING, f"Att rätta Beslut 2025-7 §11:1 efter {secret['correction']} så att beloppet blir 1 878 000 kr.",
                              DecisionKind.CORRECTION)
        meeting.correct_earlier(DecisionId.parse("2025-7 §11:1"), CorrectedField.AMOUNT, "1878000", CORRECTING)
        meeting.withhold(CORRECTING, "personuppgifter")


def report_the_years_outcomes(register: Register, folder: Path) -> None:
    """The annual report names one project: the withheld grants are granted but not in the report."""
    report = folder / "utfall-2026.txt"
    report.write_text("Årsredovisning 2026\n\nNot 6 Projektens ekonomi 2026\n\n"
                      "| Projekt | Beviljat 2026 | Utfall | Avvikelse |\n| Lotsen | 500 000 | 480 000 | 20 000 |\n"
                      "| Totalt | 500 000 | 480 000 | 20 000 |\n", encoding="utf-8")
    goals.import_outcomes(register, report, 2026)


class Withheld:
    def __init__(self, recorded: Recorded, secret: Secrets, before: dt.datetime) -> None:
        self.store = recorded.store
        self.secret = secret
        self.before = before

    def site(self, public: bool, sign_in: bool = False) -> Iterator[FlaskClient]:
        app = create_app(lambda: Register.open(self.store), public, sign_in=sign_in)
        app.testing = False  # errors as a visitor sees them
        yield app.test_client()
        app.extensions["registers"].close()


@pytest.fixture
def withheld(store, tmp_path) -> Withheld:
    secret = Secrets(random.SystemRandom().randrange(2**32))
    register = Register(store)
    try:
        between = record_demo_and_a_revision(register)
        before = record_the_secrets(register, secret)
        withhold_them(register)
        take_the_withheld_item_up_again(register, secret)
        report_the_years_outcomes(register, tmp_path)
    finally:
        register.close()
    return Withheld(Recorded(store, between), secret, before)


def doors(words: list[str]) -> list[str]:
    """Where a visitor starts: the pages the menu names, their filters and years, every
    decision and extract of the meeting by its address, and a search for each word."""
    pages = ["/", "/moten", "/moten/2026-3", "/moten/2026-3/narvaro", "/beslut", "/beslut?status=withdrawn",
             "/uppfoljning", "/uppfoljning?visa=alla", "/uppfoljning?visa=klara", "/uppfoljning?visa=forsenade",
             "/uppfoljning?ansvarig=Ronneby", "/planer", "/planer?ar=2026", "/bidrag", "/bidrag?ar=2026",
             "/narvaro?ar=2026", "/utfall?ar=2026", "/flode/beslut.atom", "/flode/uppfoljning.atom",
             "/kalender/uppfoljning.ics", "/sok?q=Karlskrona", "/sok?q=hemlig",  # the start every secret word shares
             "/revision"]  # the audit report: the staff site's only
    for item, number in ((3, 1), (4, 1), (4, 2), (5, 1), (6, 1), (7, 1), (8, 1)):
        pages += [f"/beslut/2026-3/{item}/{number}", f"/utdrag/2026-3/{item}/{number}"]
    pages += ["/beslut/2025-7/11/1", "/utdrag/2025-7/11/1", "/moten/2026-4"]  # a grant corrected by a withheld decision
    # Asked in capitals: the page repeats the question, and a leak is the word as it was written.
    pages += [f"/sok?q={word.upper()}" for word in words] + [f"/sok?q={word.upper()}&mote=2026-3" for word in words]
    pages += [f"/uppfoljning?visa=alla&ansvarig={word.upper()}" for word in words]
    return pages + [f"/api{page}" if page != "/" else "/api/start" for page in pages if not page.startswith(("/flode", "/kalender"))]


def clocks(withheld: Withheld) -> dict[str, dict[str, str]]:
    return {
        "now": {},
        "as of a day before the meeting": {"as_of": (HELD - dt.timedelta(days=1)).isoformat()},
        "as recorded before the withholding": {"as_recorded": withheld.before.isoformat()},
    }


def leaks(pages: dict[str, str], words: list[str]) -> dict[str, list[str]]:
    """Each secret word → the addresses whose answer holds it as written (searches ask in capitals)."""
    found = {word: [address for address, body in pages.items() if word in body] for word in words}
    return {word: where for word, where in found.items() if where}


@pytest.mark.parametrize("clock", ["now", "as of a day before the meeting", "as recorded before the withholding"])
def test_no_withheld_word_is_found_anywhere_on_the_public_site(withheld, clock):
    words = list(withheld.secret.words.values())
    for public in withheld.site(True):
        statuses: dict[str, int] = {}
        pages = crawl(public, doors(words), clocks(withheld)[clock], statuses=statuses)
        assert len(pages) > 60
        assert leaks(pages, words) == {}
        # A link the site offers never leads to a page it cannot answer (400, 500).
        assert [address for address, status in statuses.items() if status not in (200, 403, 404)] == []
        assert any("Utelämnad: personuppgifter" in body for body in pages.values()) or clock.startswith("as of")


def test_the_secretarys_own_site_shows_every_word_the_crawl_looks_for(withheld):
    """The control: the same crawl on the site without --public finds them all, now."""
    words = list(withheld.secret.words.values())
    for own in withheld.site(False):
        pages = crawl(own, doors(words), {})
        assert sorted(leaks(pages, words)) == sorted(words)


def a_member(withheld: Withheld) -> None:
    """An account for a member of the board, whose password is the sign-in helpers' own."""
    register = Register(withheld.store)
    try:
        Accounts(register.database).add("ledamot", "member", PASSWORD, by="test")
    finally:
        register.close()


@pytest.mark.parametrize("visitor", ["not signed in", "signed out, with the cookie kept from before"])
def test_no_withheld_word_reaches_a_visitor_of_the_site_members_sign_in_to(withheld, visitor):
    """Served without --public to a store with accounts (#26): whoever is not signed in is the public."""
    words = list(withheld.secret.words.values())
    a_member(withheld)
    for site in withheld.site(False, sign_in=True):
        if visitor.startswith("signed out"):
            assert signed_in(site, "ledamot") == 303
            kept = site.get_cookie("register_session").value
            assert site.post("/logga-ut", data={"csrf_token": token(site, "/")}).status_code == 303
            site.set_cookie("register_session", kept)
        for clock in clocks(withheld).values():
            pages = crawl(site, doors(words), clock)
            assert len(pages) > 60 and leaks(pages, words) == {}


def test_a_member_signed_in_sees_every_word_the_crawl_looks_for(withheld):
    words = list(withheld.secret.words.values())
    a_member(withheld)
    for site in withheld.site(False, sign_in=True):
        assert signed_in(site, "ledamot") == 303
        pages = crawl(site, doors(words), {})
        assert sorted(leaks(pages, words)) == sorted(words)


@pytest.mark.parametrize("broken", ["trace lines", "publication as recorded"])
def test_the_crawl_finds_the_words_when_the_filter_is_broken(withheld, monkeypatch, broken):
    """The crawl can fail: with the trace's filter switched off, or the withholdings read as
    the page's recorded clock saw them, words reach the public."""
    words = list(withheld.secret.words.values())
    clock = {}
    if broken == "trace lines":
        monkeypatch.setattr(Publication, "hides_line", lambda self, line: False)
    else:
        original = Register.withheld
        monkeypatch.setattr(Register, "withheld", lambda self, as_recorded=None: original(self, withheld.before))
        clock = clocks(withheld)["as recorded before the withholding"]
    for public in withheld.site(True):
        pages = crawl(public, doors(words), clock)
        assert leaks(pages, words) != {}


def test_plans_and_grants_on_the_public_site_name_no_withheld_decision_nor_its_money(withheld):
    """What a plan row shows of a withheld decision is no word but its id and amount: looked for by those."""
    hidden = {str(ref) for ref in (GRANTED, ASSIGNED, HIRED, PLANNED)}
    for public in withheld.site(True):
        for path in ("/api/planer", "/api/planer?ar=2026", "/api/bidrag", "/api/bidrag?ar=2026"):
            rows = public.get(path).get_json()
            assert not hidden & {row["decision"] for row in rows}, path
            assert not {250_000, 900_000, 120_000, 3_720_000} & {row.get("amount_sek", row.get("granted_sek")) for row in rows}, path
        page = public.get("/planer?ar=2026").get_data(as_text=True)
        assert "Olofströms kommun" not in page and "900\u00a0000" not in page and "250\u00a0000" not in page
        assert "utom 3 beviljande som är utelämnade från publicering" in page
        karlskrona = next(p for p in public.get("/api/planer?ar=2026").get_json() if p["party"] == "Karlskrona kommun")
        assert karlskrona["granted_sek"] is None  # its sum would tell the withheld grant's amount
    for own in withheld.site(False):
        plans = own.get("/api/planer?ar=2026").get_json()
        assert {"party": "Olofströms kommun", "year": 2026, "status": "adopted", "granted_sek": 900_000,
                "decision": str(PLANNED), "corrections": []} in plans
        assert {"party": "Karlskrona kommun", "year": 2026, "status": "adopted", "granted_sek": 3_720_000,
                "decision": "2026-1 §04:1", "corrections": []} in plans


def test_a_withheld_follow_ups_responsible_cannot_be_found_by_filtering_on_the_name(withheld):
    """The filter by responsible would tell, by the rows it counts, who a withheld assignment is for."""
    name = withheld.secret["assignee"].upper()
    for public in withheld.site(True):
        asked = read(public.get(f"/uppfoljning?visa=alla&ansvarig={name}")).text
        nobody = read(public.get("/uppfoljning?visa=alla&ansvarig=ingenalls")).text
        assert asked.replace(name, "X") == nobody.replace("ingenalls", "X")
    for own in withheld.site(False):
        assert withheld.secret["assignee"] in read(own.get(f"/uppfoljning?visa=alla&ansvarig={name}")).text


def test_a_grant_corrected_by_a_withheld_decision_is_marked_corrected_without_naming_it(withheld):
    """The corrected amount is the public grant's own; which decision corrected it, and why, is not public."""
    paths = ["/beslut/2025-7/11/1", "/utdrag/2025-7/11/1", "/planer", "/bidrag"]
    for public in withheld.site(True):
        for path in paths + [f"/api{path}" for path in paths if not path.startswith("/utdrag")]:
            body = public.get(path).get_data(as_text=True)
            assert str(CORRECTING) not in body and "2026-4/3/1" not in body, path
            assert "1878000" in body.replace("\u00a0", "").replace(" ", ""), path
            if not path.startswith("/api"):
                assert "genom ett beslut som är utelämnat från publicering" in body, path
    for own in withheld.site(False):
        assert all(str(CORRECTING) in own.get(path).get_data(as_text=True) for path in paths)
