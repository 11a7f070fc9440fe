"""Small minutes that show one habit of the text each: how the parser reads it."""

from __future__ import annotations

from domain.ids import DecisionId
from domain.values import DecisionKind, Due, Role
from register.minutes.model import Cite, Defer, ParsedMinutes
from register.minutes.parser import parse_minutes

NEXT = Due.parse("next-meeting")


def parse(text: str) -> ParsedMinutes:
    return parse_minutes(text, "test.txt")


def messages(minutes: ParsedMinutes) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in minutes.warnings]


def test_a_citation_that_wrapped_onto_its_own_line_is_not_a_decision_id() -> None:
    text = (
        "Beslut 2026-3 §04:1\nAtt detta beslut utgår.\n\n"
        "Styrelsen tog del av återrapporteringen enligt\nBeslut 2025-7 §07:2\n"
        "och lade den till handlingarna.\n"
    )
    minutes = parse(text)
    assert [str(d.id) for d in minutes.decisions] == ["2026-3 §04:1"]
    assert minutes.items[-1].cites == (Cite(DecisionId.parse("2025-7 §07:2"), "fulfils"),)


def test_a_malformed_citation_in_prose_is_a_warning_not_an_error() -> None:
    text = "Beslut 2026-3 §04:1\nAtt detta beslut utgår.\n\nRapporten enligt Beslut 2025-7 §0X:2 lades till handlingarna.\n"
    assert messages(parse(text)) == [
        (4, "malformed decision id '2025-7 §0X:2': expected e.g. '2025-7 §07:1'"),
    ]


def test_text_no_rule_knows_is_kept_verbatim_with_a_warning() -> None:
    minutes = parse("Beslut 2026-3 §04:1\nAtt bjuda styrelsen\npå kaffe.\n")
    only = minutes.decisions[0]
    assert (only.kind, only.effects, only.text) == (DecisionKind.OTHER, (), "Att bjuda styrelsen på kaffe.")
    assert messages(minutes) == [(1, "unclassified decision 2026-3 §04:1: kept verbatim for review")]


def test_an_att_text_without_an_id_in_numbered_minutes_is_reported_not_imported() -> None:
    text = "Beslut 2026-3 §04:1\nAtt detta beslut utgår.\n\nAtt återremittera ärendet.\n"
    minutes = parse(text)
    assert len(minutes.decisions) == 1
    assert messages(minutes) == [(4, "'Att' text without a decision id ('Att återremittera ärendet.'): not imported")]


def test_a_decision_text_continues_over_a_page_break_and_a_signature_stamp() -> None:
    text = (
        "Beslut 2026-3 §04:1\nAtt fastställa Karlskrona kommuns FINSAM-plan 2027 och bevilja\n\n"
        "https://sign.visma.net/sv/document-check/abc\n\nmedel för dess genomförande med 2 000 000 kr.\n"
    )
    only = parse(text).decisions[0]
    assert only.text.endswith("och bevilja medel för dess genomförande med 2 000 000 kr.")
    assert only.effects[1].amount_sek == 2_000_000  # type: ignore[union-attr]


def test_ids_and_text_on_one_line_are_read_as_one_decision() -> None:
    only = parse("Beslut 2026-3 §04:1 Att detta beslut\nutgår.\n").decisions[0]
    assert (str(only.id), only.text) == ("2026-3 §04:1", "Att detta beslut utgår.")


def test_a_list_whose_heading_was_lost_is_still_a_list() -> None:
    text = (
        "Beslut 2026-3 §04:1\nAtt detta beslut utgår.\n\n"
        "Beslut 2026-3 §04:1\n\nBeslut 2026-3 §05:1\n\n"
        "Beslut 2026-3 §05:1\nAtt återremittera ärendet.\n"
    )
    minutes = parse(text)
    assert [str(d.id) for d in minutes.decisions] == ["2026-3 §04:1", "2026-3 §05:1"]
    assert minutes.listed is not None and len(minutes.listed) == 2
    assert minutes.warnings == ()


def test_a_decision_only_in_the_list_takes_its_text_from_there() -> None:
    text = "BESLUTSLISTA\nBeslut 2026-3 §04:1\nAtt detta beslut utgår.\n"
    minutes = parse(text)
    assert [d.kind for d in minutes.decisions] == [DecisionKind.WITHDRAWAL]
    assert messages(minutes) == [(2, "2026-3 §04:1 stands only in the BESLUTSLISTA; its text is taken from there")]


def test_a_listed_id_missing_from_the_body_is_a_warning() -> None:
    text = "Beslut 2026-3 §04:1\nAtt detta beslut utgår.\n\nBESLUTSLISTA\nBeslut 2026-3 §04:1\n\nBeslut 2026-3 §06:1\n"
    assert messages(parse(text)) == [(7, "2026-3 §06:1 is in the BESLUTSLISTA but not in the body")]


def test_a_block_of_several_att_paragraphs_is_several_decisions() -> None:
    text = (
        "Styrelsemöte 2023:1, X\n\n§6 Budget\n\nStyrelsen beslutade:\n\n"
        "Att fastställa Budget 2023.\n\nAtt ge förbundschefen i uppdrag att följa upp budgeten.\n\n"
        "Förbundschefen tackade för förtroendet.\n"
    )
    minutes = parse(text)
    assert [(str(d.id), d.kind) for d in minutes.decisions] == [
        ("2023:1 §06:1", DecisionKind.DOCUMENT), ("2023:1 §06:2", DecisionKind.ASSIGNMENT)]


def test_an_inline_decision_sentence_is_a_decision_in_unnumbered_minutes() -> None:
    text = "Styrelsemöte 2023:1, X\n\n§3 Justering\n\nStyrelsen beslutade att välja Anna Ek till justerare.\n\n" \
           "§5 Plan\n\nStyrelsen beslutade att återremittera ärendet.\n"
    minutes = parse(text)
    assert [(str(d.id), d.kind) for d in minutes.decisions] == [("2023:1 §05:1", DecisionKind.REFERRAL)]


def test_an_item_only_placed_on_file_is_noted_in_unnumbered_minutes() -> None:
    text = "Styrelsemöte 2023:1, X\n\n§7 Årsrapport dataskydd\n\nFörbundschefen föredrog årsrapporten som lades till handlingarna.\n"
    noted = parse(text).items[0]
    assert (noted.ref and noted.ref.item, noted.noted, noted.title) == (7, True, "Årsrapport dataskydd")


def test_an_information_item_deferred_in_ordered_minutes_keeps_its_heading() -> None:
    text = "Styrelsemöte 2023:1, X\n\n§9 Förstudie\n\nFörstudien är inte klar och skjuts till nästa styrelsemöte.\n"
    deferred = parse(text).items[0]
    assert (deferred.ref and deferred.ref.item, deferred.deferred) == (9, Defer(NEXT))


def test_attendance_with_no_box_ticked_is_unknown_and_an_unknown_role_is_a_guest() -> None:
    text = (
        "Styrelsemöte 2023:1, X\n\nNej\tJa\n"
        '<input type="checkbox"/>\t<input type="checkbox"/>\tAnna Ek (S)\tLedamot\tRonneby kommun\n'
        '<input type="checkbox"/>\t<input checked="" type="checkbox"/>\tBo Ek\tRevisor\tEY\n'
    )
    minutes = parse(text)
    anna, bo = minutes.attendance
    assert (anna.present, anna.political_party, bo.present, bo.role) == (None, "S", True, Role.GUEST)
    assert messages(minutes) == [
        (4, "ambiguous attendance for Anna Ek: no box is ticked; recorded as unknown"),
        (5, "unknown role 'Revisor' for Bo Ek: recorded as övrig"),
    ]


def test_attendance_columns_follow_the_header_when_ja_comes_first() -> None:
    text = 'Styrelsemöte 2023:1, X\n\nJa\tNej\n<input checked="" type="checkbox"/>\t<input type="checkbox"/>\tAnna Ek\tLedamot\tRonneby kommun\n'
    assert parse(text).attendance[0].present is True


def test_a_date_line_outside_a_time_and_place_block_gives_the_date() -> None:
    minutes = parse("Beslut 2026-3 §04:1\nAtt detta beslut utgår.\n\nOnsdag 2026-05-20, kl. 13:00\n")
    assert str(minutes.held_on) == "2026-05-20"


def test_a_typeset_dash_in_a_decision_id_reads_as_a_hyphen() -> None:
    assert str(parse("Beslut 2026–3 §04:1\nAtt detta beslut utgår.\n").decisions[0].id) == "2026-3 §04:1"


def test_a_written_out_date_and_other_justerare_phrasings_are_read() -> None:
    text = (
        "Beslut 2026-4 §04:1\nAtt detta beslut utgår.\n\nTorsdag den 4 juni 2026, kl. 10:00\n\n"
        "Till justerare valdes Anna Ek och Bo Ek.\n\nCarl Ek valdes till justerare.\n"
    )
    minutes = parse(text)
    assert (str(minutes.held_on), minutes.justerare) == ("2026-06-04", ("Anna Ek", "Bo Ek", "Carl Ek"))


def test_beslutade_att_with_a_colon_introduces_a_block_of_att_decisions() -> None:
    text = "Styrelsemöte 2023:1, X\n\n§6 Budget\n\nStyrelsen beslutade att:\n\nAtt fastställa Budget 2023.\n\nAtt detta beslut utgår.\n"
    assert [str(d.id) for d in parse(text).decisions] == ["2023:1 §06:1", "2023:1 §06:2"]


def test_an_id_line_ending_in_a_colon_is_still_an_id() -> None:
    assert str(parse("Beslut 2026-3 §04:1:\nAtt detta beslut utgår.\n").decisions[0].id) == "2026-3 §04:1"
