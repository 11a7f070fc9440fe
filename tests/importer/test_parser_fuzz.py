"""Whatever text it is given, the parser returns minutes or refuses with a MinutesError."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from register.minutes.model import ParsedMinutes
from register.minutes.parser import MinutesError, parse_minutes

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"
SAMPLES = [
    path.read_text(encoding="utf-8")
    for path in [*sorted(SEEDS.glob("board-minutes-*.txt")), *sorted((Path(__file__).parent / "minutes").glob("*.txt")),
                 *sorted((Path(__file__).parent / "histories").glob("*/*.txt"))]
]
# Lines with the shapes the parser reacts to, so random text reaches its deeper paths.
FRAGMENTS = [
    "Beslut 2025-7 §07:1", "Beslut 2025-7 §0X:1", "Beslut 2025-8 §01:1", "Beslut", "Information",
    "BESLUTSLISTA", "Styrelsen beslutade:", "Styrelsemöte 2022:5, X", "Styrelsemöte 2022:99", "§4 Budget",
    "§0 Noll", "Att detta beslut utgår.", "Att fastställa Karlskrona kommuns FINSAM-plan 2026 och bevilja",
    "medel med 3 578 000 kr.", "Att upphäva Beslut 2025-7 §07:1", "(Beslut 2025-7 §13:1)", "lades till handlingarna.",
    "Tid och plats", "Måndag 2022-10-24, kl. 09:00", "Måndag 2022-13-45", "Nej\tJa", "Ja\tNej",
    '<input type="checkbox"/>\t<input checked="" type="checkbox"/>\tAnna Ek (S)\tLedamot\tRonneby kommun',
    '<input type="checkbox"/>\t\tX', "Karin Blomdahl, Justerare", "Mötet avslutas", "skjuts till nästa styrelsemöte",
    "", " ", "\t", "\f", "\r",
    # The second template, and page furniture.
    "Sammanträde nr 3/2027", "Sammanträde nr 0/2027", "§ 41 Budget", "§ 42", "Beslut", "Styrelsen beslutar",
    "att fastställa Budget 2028,", "att ge förbundschefen i uppdrag att", "Styrelsen beslutar enligt förslaget.",
    "Förslag till beslut", "Styrelsen gav följande uppdrag till kansliet:", "Paragrafen förklaras omedelbart justerad.",
    "Beslutande:", "Ersättare:", "Övriga deltagande:", "Anna Ek (S), ordförande, Ronneby kommun", "Datum: 2027-04-19",
    "Sida 2 av 4", "Utskriven 2027-04-20 10:14", "2", "återrappor-", "tera vid decembermötet.",
    "Votering genomfördes: fem röster för bifall, tre för avslag.", "Anna Ek (S) reserverade sig mot beslutet.",
    "Bo Ek anmälde jäv och lämnade rummet.", "återremitterat 2026-02-16 § 8", "Att avslå ansökan.", "Utgår.",
    "Att rätta Beslut 2026-2 §08:1 så att beloppet uppgår till 275 000 kr.", "Att rätta § 7 i protokollet från 2026-12-07",
]
QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parses_or_refuses(text: str) -> None:
    try:
        result = parse_minutes(text, "fuzz.txt")
    except MinutesError as error:
        assert str(error).startswith("fuzz.txt")
    else:
        assert isinstance(result, ParsedMinutes)


@QUICK
@given(st.text())
def test_any_text_is_parsed_or_refused_with_a_minutes_error(text: str) -> None:
    parses_or_refuses(text)


@QUICK
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40))
def test_any_arrangement_of_minutes_like_lines_is_parsed_or_refused(lines: list[str]) -> None:
    parses_or_refuses("\n".join(lines))


@st.composite
def mutated_minutes(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(SAMPLES)).split("\n")
    for _ in range(draw(st.integers(0, 8))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        change = draw(st.sampled_from(["drop", "duplicate", "move", "insert", "shuffle"]))
        if change == "drop":
            del lines[at]
        elif change == "duplicate":
            lines.insert(at, lines[at])
        elif change == "move":
            lines.insert(draw(st.integers(0, len(lines) - 1)), lines.pop(at))
        elif change == "insert":
            where = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:where] + draw(st.text(min_size=1, max_size=4)) + lines[at][where:]
        else:
            lines = draw(st.permutations(lines))
    return "\n".join(lines)


@QUICK
@given(mutated_minutes())
def test_mutated_real_minutes_are_parsed_or_refused(text: str) -> None:
    parses_or_refuses(text)
