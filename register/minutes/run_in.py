"""A heading that runs into its text: compact minutes write a whole § as one paragraph, `§ 7.
Ekonomi. Kassören redogjorde för … Beslut: att fastställa … samt att …`. Read as it stands, the
heading's title would be the whole paragraph and the § would have no text, so that its decision
was neither read nor put to review. The line is read as the lines it stands for: the heading with
its title (up to the first full stop), then the text, a new line where a decision is said
(`Beslut:`, `Beslöts att`, `Uppdrogs åt`, `Noterades att`) and where a further clause of it begins
(`samt att`, `; att`), all at the file's line."""

from __future__ import annotations

import re

from register.minutes.heading_lines import HEADING
from register.minutes.verb_first import opens_with_verb

_TITLE_END = re.compile(r"(?<=[^\s.§])\.\s+(?=[A-ZÅÄÖ])|\s+[–-]\s+(?=Beslut\s*:)")
"""The full stop that ends a run-in title, before the capital that begins its text; or the dash
before a decision's label, as notes write an item on one line (`23. Köer till rehab – Beslut: …`)."""
_LONGEST_TITLE = 120
_DECIDED = re.compile(
    r"\s+(?=(?:Därefter|Därpå|Vidare|Slutligen|Sedan)\s+(?:beslöts|beslutades)\b|Beslut\s*:|Beslöts\b|Beslutades\b"
    r"|Uppdrogs\b|Uppdrog\s+styrelsen\b|Noterades\b|Antecknades\b|Styrelsen\s+(?:beslöt|beslutade|beslutar)\b)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
"""After a decision, each sentence its own line: `Mot beslutet reserverade sig …` is of the debate."""
_FURTHER = re.compile(r"(?:,\s*|\s+)samt\s+(?=att\b)|;\s*(?=att\b)")


_BULLETED = re.compile(r"^[•▪◦·\-–*]\s+(?=(?:Beslut|Beslöts|Beslutades)\b)")
"""`• Beslut: Dagordningen godkändes.`: a bullet before the decision's label, which the label leads."""


_POINTS = re.compile(r"^(?P<label>Beslut\s*:)\s*(?=1\)\s)")
_POINT = re.compile(r"\s+(?=\d\)\s)")
"""`Beslut: 1) … 2) …` on one line: the label, then each point on a line of its own, as when they are listed."""


def _listed(said: str) -> list[str]:
    if (points := _POINTS.match(said)) is None:
        return [said]
    return [points["label"], *_POINT.split(said[points.end():])]


def run_in_parts(flat: str) -> list[str]:
    """The line as the lines it stands for: itself, unless it is a heading that runs into its text
    (or a decision's label with a bullet before it, which it stands for without the bullet; or its
    points, `Beslut: 1) … 2) …`, which it stands for listed)."""
    flat = _BULLETED.sub("", flat)
    heading = HEADING.match(flat)
    if heading is None:
        return _listed(flat)
    title = heading["title"]
    end = _TITLE_END.search(title)
    if end is None or end.start() > _LONGEST_TITLE:
        return [flat]
    text = title[end.end():].strip()
    # `§ 5 Ansökan från St. Petri församling`: an abbreviation, not the end of a title; `§ 9. Ansökan. Bordlades.` a verb
    if (len(text.split()) < 3 and not opens_with_verb(text)) or not text.endswith((".", "!", "?")):
        return [flat]
    parts = [f"§ {heading['number']} {title[:end.start()].strip()}"]
    told, *decided = _DECIDED.split(text)
    pieces = [sentence for said in (told, *decided) for listed in _listed(said) for sentence in _SENTENCE.split(listed)]
    for said in pieces:
        clauses = [part.strip() for part in _FURTHER.split(said) if part.strip()]
        # Each clause but the last ends as a clause of a list does, so the next is read as one of its own.
        parts += [f"{c}," if k < len(clauses) - 1 and not c.endswith((",", ";", ".")) else c for k, c in enumerate(clauses)]
    return parts
