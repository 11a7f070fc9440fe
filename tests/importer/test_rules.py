"""The classification table, one row at a time, with the wording each row stands for."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.ids import DecisionId
from domain.values import DecisionKind, Due, Party
from register.minutes.model import (
    AdoptDocument, AdoptPlan, AwardGrant, BodyReport, Cite, Defer, GiveAssignment, ReferBack, RequireReport,
    Revoke, TerminateAgreement, WithdrawSelf,
)
from register.minutes.paragraph_facts import paragraph_facts
from register.minutes.rules import classify
from register.minutes.dues import MonthNamed, due_in, without_due

NEXT = Due.parse("next-meeting")
NONE = Due.parse(None)


def id_(text: str) -> DecisionId:
    return DecisionId.parse(text)


def test_adopting_a_partys_plan_and_granting_money_is_a_plan_with_a_grant() -> None:
    found = classify("Att fastställa Ronneby kommuns FINSAM-plan 2027 och bevilja medel\nför dess genomförande med 2 450 000 kr.")
    assert (found.kind, found.effects) == (DecisionKind.PLAN, (
        AdoptPlan(Party.RONNEBY, 2027),
        AwardGrant(Party.RONNEBY, 2027, 2_450_000, "genomförande av FINSAM-plan 2027"),
    ))


def test_approving_a_partys_plan_is_also_a_plan() -> None:
    assert classify("Att godkänna Olofströms kommuns FINSAM-plan 2027.").effects == (AdoptPlan(Party.OLOFSTROM, 2027),)


def test_granting_money_to_a_party_without_a_plan_is_a_grant_for_the_purpose_named() -> None:
    found = classify("Att bevilja Region Blekinge medel för förstudie 2026 med 150 000 kr.")
    assert (found.kind, found.effects) == (
        DecisionKind.GRANT, (AwardGrant(Party.REGION_BLEKINGE, 2026, 150_000, "förstudie 2026"),))


def test_a_grant_may_name_its_year_after_the_amount() -> None:
    found = classify("Att bevilja Ronneby kommun medel för förstudie om BIP med 250 000 kr under 2026.")
    assert (found.kind, found.effects) == (DecisionKind.GRANT, (AwardGrant(Party.RONNEBY, 2026, 250_000, "förstudie om BIP"),))


@pytest.mark.parametrize(("text", "grant"), [
    ("Att bevilja Sölvesborgs kommun 300 000 kr för en förstudie 2026.",
     AwardGrant(Party.SOLVESBORG, 2026, 300_000, "en förstudie 2026")),
    ("Att bevilja medel till Olofströms kommun med 250 000 kr för förstudie om arbetsträning 2026.",
     AwardGrant(Party.OLOFSTROM, 2026, 250_000, "förstudie om arbetsträning 2026")),
    ("Att bevilja Ronneby kommun medel med 90 000 kr under 2026.", AwardGrant(Party.RONNEBY, 2026, 90_000, "")),
    ("Att bevilja Ronneby kommun totalt 90 000 kr under 2026.", AwardGrant(Party.RONNEBY, 2026, 90_000, "")),
    ("Styrelsen beviljar Ronneby kommun ett bidrag om kronor 90 000 för en temadag 2026.",
     AwardGrant(Party.RONNEBY, 2026, 90_000, "en temadag 2026")),
])
def test_a_grant_may_name_the_party_and_the_amount_in_other_orders(text: str, grant: AwardGrant) -> None:
    found = classify(text)
    assert (found.kind, found.effects) == (DecisionKind.GRANT, (grant,))


def test_a_grant_that_names_only_its_year_has_no_purpose() -> None:
    found = classify("Att bevilja Ronneby kommun ytterligare medel för 2026 med 100 000 kr.")
    assert found.effects == (AwardGrant(Party.RONNEBY, 2026, 100_000, ""),)


@pytest.mark.parametrize("text", [
    "Att godkänna redovisningen av internkontrollplan 2022.",
    "Att godkänna återrapporteringen.",
    "Att godkänna informationen.",
])
def test_approving_a_report_is_an_acknowledgement_not_a_document(text: str) -> None:
    assert classify(text).kind is DecisionKind.ACKNOWLEDGEMENT


def test_a_decision_that_strikes_itself_is_a_withdrawal() -> None:
    assert classify("ATT DETTA BESLUT UTGÅR.").effects == (WithdrawSelf(),)
    assert classify("Att detta beslut utgår.").kind is DecisionKind.WITHDRAWAL


def test_referring_back_to_a_named_month_returns_then() -> None:
    found = classify("Att återremittera ärendet till styrelsemötet i oktober 2026.")
    assert (found.kind, found.effects) == (DecisionKind.REFERRAL, (ReferBack(Due.month(2026, 10)),))


def test_referring_back_without_a_time_has_no_due() -> None:
    assert classify("Att återremittera ärendet för komplettering.").effects == (ReferBack(NONE),)


def test_revoking_a_decision_is_a_revocation() -> None:
    found = classify("Att upphäva Beslut 2025-7 §14:2.")
    assert (found.kind, found.effects) == (DecisionKind.REVOCATION, (Revoke(id_("2025-7 §14:2")),))


def test_a_decision_said_to_be_revoked_in_the_passive_is_a_revocation() -> None:
    found = classify("Att Beslut 2026-2 §06:1 upphävs, eftersom kommunen har dragit tillbaka sin ansökan.")
    assert found.kind is DecisionKind.REVOCATION
    assert Revoke(id_("2026-2 §06:1")) in found.effects


def test_revoking_while_adopting_a_plan_keeps_both_and_is_a_plan() -> None:
    found = classify("Att upphäva Beslut 2025-7 §11:1 och fastställa Karlshamns kommuns reviderade FINSAM-plan 2026.")
    assert (found.kind, found.effects) == (
        DecisionKind.PLAN, (AdoptPlan(Party.KARLSHAMN, 2026), Revoke(id_("2025-7 §11:1"))))


def test_terminating_an_agreement_names_the_agreement() -> None:
    found = classify("Att säga upp förbundets hyresavtal för lokalen på Ronnebygatan.")
    assert (found.kind, found.effects) == (
        DecisionKind.TERMINATION, (TerminateAgreement("hyresavtal för lokalen på Ronnebygatan"),))


def test_an_agreement_that_is_terminated_in_the_passive_is_a_termination() -> None:
    assert classify("Avtalet med NNS sägs upp.").effects == (TerminateAgreement("Avtalet med NNS"),)


def test_a_party_that_must_report_at_a_months_meeting_is_a_report() -> None:
    found = classify("Att Sölvesborgs kommun ska rapportera utfallet av insatsen vid styrelsens oktober-möte 2026.")
    assert (found.kind, found.effects) == (DecisionKind.REPORT, (
        RequireReport(Party.SOLVESBORG, "utfallet av insatsen", Due.month(2026, 10)),))


@pytest.mark.parametrize(("text", "title"), [
    ('Att fastställa "Attestordning 2026" som gällande attestordning.', "Attestordning 2026"),
    ("Att fastställa Verksamhetsplan för förbundet 2027.", "Verksamhetsplan 2027"),
    ("Att fastställa Budget 2027 för förbundet (version B).", "Budget 2027 (version B)"),
    ("Att fastställa Delegationsordning 2026.", "Delegationsordning 2026"),
    ("Att anta Verksamhetsplan 2027.", "Verksamhetsplan 2027"),
    ("Att godkänna årsredovisningen för 2025.", "årsredovisningen 2025"),
    ("Att godkänna Internkontrollplan 2027.", "Internkontrollplan 2027"),
    ("Att godkänna Revisionsberättelse 2025 och lägga den till handlingarna för året.", "Revisionsberättelse 2025"),
    ("Att fastställa Årsredovisning för förbundet 2025 samt att överlämna den till medlemmarna.", "Årsredovisning 2025"),
])
def test_adopting_a_document_takes_its_name(text: str, title: str) -> None:
    found = classify(text)
    assert (found.kind, found.effects) == (DecisionKind.DOCUMENT, (AdoptDocument(title),))


def test_giving_the_executive_an_assignment_until_the_next_meeting_is_an_assignment() -> None:
    found = classify("Att ge förbundschefen i uppdrag att ta fram ett förslag på riktlinjer till nästa styrelsemöte.")
    assert (found.kind, found.effects) == (DecisionKind.ASSIGNMENT, (
        GiveAssignment("förbundschefen", "ta fram ett förslag på riktlinjer", NEXT),))


def test_an_assignment_without_a_time_has_no_due_and_accepts_the_genitive() -> None:
    assert classify("Att ge förbundschefens i uppdrag att se över målen.").effects == (
        GiveAssignment("förbundschefen", "se över målen", NONE),)


def test_an_assignment_given_with_uppdra_at_is_an_assignment() -> None:
    assert classify("Att uppdra åt kansliet att sammanställa statistiken senast i mars 2026.").effects == (
        GiveAssignment("kansliet", "sammanställa statistiken", Due.month(2026, 3)),)


def test_an_executive_who_got_an_assignment_in_the_past_tense_has_one() -> None:
    assert classify("Förbundschefen fick i uppdrag att kontakta Försäkringskassan.").effects == (
        GiveAssignment("förbundschefen", "kontakta Försäkringskassan", NONE),)


def test_the_executive_shall_do_something_is_an_assignment() -> None:
    assert classify("Att förbundschefen ska ta fram kostnaderna till nästa styrelsemöte.").effects == (
        GiveAssignment("förbundschefen", "ta fram kostnaderna", NEXT),)


def test_the_executive_shall_report_is_a_report_the_executive_owes() -> None:
    assert classify("Att förbundschefen ska redovisa kostnaderna på nästa styrelsemöte.").effects == (
        BodyReport("förbundschefen", "kostnaderna", NEXT),)


def test_a_subject_promised_for_a_coming_meeting_is_an_assignment_without_a_due() -> None:
    found = classify("Vid ett kommande styrelsemöte ska\nenkätens resultat tas upp för diskussion.")
    assert (found.kind, found.effects) == (DecisionKind.ASSIGNMENT, (
        GiveAssignment("förbundschefen", "enkätens resultat", NONE),))


def test_a_matter_pushed_to_the_next_meeting_is_a_deferral() -> None:
    found = classify("Att ärendet skjuts till nästa styrelsemöte.")
    assert (found.kind, found.effects) == (DecisionKind.DEFERRAL, (Defer(NEXT),))


def test_placing_a_report_on_file_is_an_acknowledgement_citing_what_it_fulfils() -> None:
    found = classify("Att lägga återrapporten till handlingarna (Beslut 2025-7 §07:2).")
    assert (found.kind, found.effects) == (
        DecisionKind.ACKNOWLEDGEMENT, (Cite(id_("2025-7 §07:2"), "fulfils"),))


@pytest.mark.parametrize(("text", "relation"), [
    ("Styrelsen tog del av återrapporteringen enligt Beslut 2025-7 §07:2 och lade den till handlingarna.", "fulfils"),
    ("Förslaget återremitterades i december (Beslut 2025-7 §13:1).", "returns"),
    ("Ärendet återkommer efter återremiss enligt Beslut 2025-7 §13:1.", "returns"),
    ("Budgeten ligger fast (Beslut 2025-7 §15:1). Förbundschefen föredrog.", "refers"),
    ("Frågan behandlades också av Ronneby (Beslut 2024:3 §05:2).", "refers"),
    ("Att ärendet enligt Beslut 2025-7 §13:1 avskrivs.", "writes_off"),
    ("Att uppdraget enligt Beslut 2022:5 §04:1 anses slutfört.", "writes_off"),
    ("Uppdraget (Beslut 2022:5 §08:1) avskrivs då målformuleringen redan ändrats.", "writes_off"),
])
def test_a_citation_says_how_it_relates_to_the_decision_it_names(text: str, relation: str) -> None:
    cites = paragraph_facts(text).cites
    assert [c.relation for c in cites] == [relation]


def test_a_malformed_cited_id_is_a_problem_not_a_failure() -> None:
    found = classify("Att detta beslut utgår (enligt Beslut 2025-7 §1X:1).")
    assert found.effects == (WithdrawSelf(),)
    assert found.problems == ("malformed decision id '2025-7 §1X:1': expected e.g. '2025-7 §07:1'",)


def test_an_unknown_party_in_a_plan_is_a_problem_and_leaves_the_text_unclassified() -> None:
    found = classify("Att fastställa Lunds kommuns FINSAM-plan 2026.")
    assert (found.kind, found.classified, found.effects) == (DecisionKind.OTHER, False, ())
    assert found.problems and "unknown party 'Lunds kommuns'" in found.problems[0]


def test_text_no_row_knows_is_other_and_unclassified() -> None:
    found = classify("Att tacka Anna för hennes insatser.")
    assert (found.kind, found.effects, found.classified) == (DecisionKind.OTHER, (), False)


@pytest.mark.parametrize(("text", "due"), [
    ("vid styrelsens maj-möte 2026", Due.month(2026, 5)),
    ("till styrelsemötet i februari 2026", Due.month(2026, 2)),
    ("på styrelsens möte i december 2026", Due.month(2026, 12)),
    ("senast 2026-03-31", Due.parse("2026-03-31")),
    ("till nästa styrelsemöte", NEXT),
    ("så snart det går", None),
    # the meeting of whatever body: the board's, its committee's, a council's
    ("med komplettering till utskottets sammanträde den 23 mars 2107", Due.parse("2107-03-23")),
    ("vid arbetsutskottets möte den 4 maj 2107", Due.parse("2107-05-04")),
    ("på samverkansrådets sammanträde 12/10 2107", Due.parse("2107-10-12")),
    # the day a report is made as of is no due: when it comes is
    ("redovisa en ekonomisk uppföljning per 2107-04-30 vid styrelsens möte i maj 2107", Due.month(2107, 5)),
])
def test_due_phrases_are_read_as_months_dates_or_the_next_meeting(text: str, due: Due | None) -> None:
    assert due_in(text) == due


@pytest.mark.parametrize(("text", "month"), [
    ("vid styrelsens möte i juni", 6),
    ("till styrelsemötet i februari.", 2),
    ("vid styrelsens maj-möte", 5),
    ("senast i oktober", 10),
])
def test_a_due_month_without_its_year_is_kept_until_the_meeting_date_is_known(text: str, month: int) -> None:
    assert due_in(text) == MonthNamed(month)


@pytest.mark.parametrize(("held_on", "month", "due"), [
    (dt.date(2025, 12, 8), 6, Due.month(2026, 6)),
    (dt.date(2026, 2, 16), 6, Due.month(2026, 6)),
    (dt.date(2026, 6, 10), 6, Due.month(2027, 6)),
    (dt.date(2026, 9, 1), 2, Due.month(2027, 2)),
])
def test_a_month_without_a_year_is_the_first_such_month_after_the_meeting(held_on: dt.date, month: int, due: Due) -> None:
    assert MonthNamed(month).after(held_on) == due


def test_the_subject_of_an_obligation_leaves_out_its_due_phrase() -> None:
    assert without_due("på nästa styrelsemöte föreslå en ny plan.") == "föreslå en ny plan"
    assert without_due("läget vid styrelsens maj-möte 2026.") == "läget"


def test_placing_a_report_that_cites_its_obligation_on_file_acknowledges_and_fulfils_it() -> None:
    found = classify("Att lägga återrapporteringen enligt Beslut 2025-7 §07:2 till handlingarna.")
    assert found.kind is DecisionKind.ACKNOWLEDGEMENT
    assert found.effects == (Cite(DecisionId.parse("2025-7 §07:2"), "fulfils"),)


def test_noting_information_is_an_acknowledgement() -> None:
    assert classify("Att notera informationen.").kind is DecisionKind.ACKNOWLEDGEMENT
