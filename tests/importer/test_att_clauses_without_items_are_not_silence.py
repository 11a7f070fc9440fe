"""Minutes whose § headings the importer does not understand, and whose decision labels it lost,
may still hold att-clauses that decide (`att bevilja …`, `att avslå …`) standing as paragraphs of
their own: those minutes are refused for review, never imported as a meeting that decided
nothing. A line under the title that cites the previous minutes (`Protokoll 3/2083 var justerat`)
does not name the meeting. Minutes where the only att-clause is a formality are no such case.
Minutes of our own."""

from __future__ import annotations

from tests.importer.steps import minutes

_MINUTES = """\
FÖRBUNDET I KRONOBERG
{title}

Närvarande: Ida Ström (ordförande), Olle Berg, Mira Lund

§ 4  (kl. 09.00)  Föregående protokoll

Protokoll 3/2083 var justerat och anslaget.

§ 5  (kl. 09.10)  Ansökan från Växjö kommun

{label}

{clause}
"""


def _import(cli, tmp_path, label: str, clause: str, title: str = "Styrelsen – protokoll nr 4/2083"):
    text = _MINUTES.format(label=label, clause=clause, title=title)
    return cli("import-minutes", str(minutes(tmp_path, "maj.txt", text)), "--format", "json")


def test_a_granting_att_clause_that_was_not_read_refuses_the_minutes(cli, tmp_path):
    result = _import(cli, tmp_path, "Vi tog ställning.", "att bevilja Växjö kommun 200 000 kr för 2083.")
    assert result.exit_code == 2 and "att-clause" in result.output, result.output


def test_a_refusing_att_clause_does_too(cli, tmp_path):
    result = _import(cli, tmp_path, "Efter diskussion:", "att avslå ansökan från Växjö kommun.")
    assert result.exit_code == 2 and "att-clause" in result.output, result.output


def test_the_previous_minutes_cited_below_the_title_are_not_the_meeting(cli, tmp_path):
    result = _import(cli, tmp_path, "Vi tog ställning.", "att bevilja Växjö kommun 200 000 kr för 2083.",
                     title="Styrelsen, sammanträde den 9 maj 2083")
    assert "2083-3" not in result.output, result.output


def test_a_formality_in_an_att_clause_decides_nothing_to_refuse_for(cli, tmp_path):
    result = _import(cli, tmp_path, "Till justerare:", "att utse Olle Berg att jämte ordföranden justera protokollet.")
    assert "att-clause" not in result.output, result.output
