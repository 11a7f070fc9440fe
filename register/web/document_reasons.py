"""Why a board document (an operating plan's goals, an annual report's project table) could not be
read, in Swedish: said from the refusal's check and what it found (`register/documents/reading.py`,
`DocumentError`), at the line it names, never from its English, which goes to the site's log."""

from __future__ import annotations

from register.documents.reading import DocumentError, Unread
from register.files import shown_size

SAID: dict[Unread, str] = {
    Unread.TOO_LARGE: "Filen är större än {most}: en verksamhetsplan eller en årsredovisning är några kilobyte text. "
                      "Är det rätt fil?",
    Unread.NO_FILE: "Filen finns inte.",
    Unread.FOLDER: "Det är en mapp, inte en fil.",
    Unread.UNREADABLE: "Filen kunde inte läsas.",
    Unread.NOT_TEXT: "Filen är inte text (en PDF eller en Word-fil?). Spara dokumentet som ren text först.",
    Unread.NOT_UTF8: "Texten är inte sparad som UTF-8 (byten {byte} i kolumn {column}). Spara dokumentet som UTF-8.",
    Unread.CONTROL: "Ett styrtecken ({character}) i kolumn {column}: ett styrelsedokument är ren text.",
    Unread.YEAR_OUT_OF_RANGE: "Året {year} går inte: en verksamhetsplan eller en årsredovisning gäller ett år från "
                              "{first} till {last}.",
    Unread.YEAR_NOT_STATED: "Året {year} står inte i dokumentet. Gäller det ett annat år?",
    Unread.NO_GOALS: "Ingen måltabell hittades. En målrad börjar med målets beteckning, till exempel "
                     "”PR:3 Försäkringskassan ska …”.",
    Unread.GOAL_TWICE: "Målet {goal} står två gånger.",
    Unread.SPAN_BELOW_ZERO: "Målspannet för {goal} går under 0: ”{span}”.",
    Unread.SPAN_ABOVE_100: "Målspannet för {goal} går över 100 %: ”{span}”.",
    Unread.SPAN_OFF_SCALE: "Målspannet för {goal} ligger utanför målets egen skala: ”{span}”.",
    Unread.SPAN_BACKWARDS: "Målspannet för {goal} går baklänges, det högre talet först: ”{span}”.",
    Unread.NO_PROJECTS: "Ingen projekttabell hittades. Tabellens rubrikrad ska nämna projektet, den beviljade ramen, "
                        "utfallet och differensen, till exempel ”Projektnamn | Beviljad projektram | Utfall | Differens”.",
    Unread.PROJECT_TWICE: "Projektet ”{project}” står redan på rad {first}: ett projekt har en rad.",
    Unread.NO_SUM_ROW: "Projekttabellen har ingen summarad (Summa) att stämma av raderna mot.",
    Unread.ROW_CELLS: "En projektrad ska ha fyra celler (projekt, ram, utfall, differens); raden har {found}.",
    Unread.NEGATIVE: "{column} för {project} är under noll: ”{cell}”.",
    Unread.DIFFERENCE: "Differensen för {project} är {difference}, men ramen {frame} minus utfallet {outcome} är {rest}.",
    Unread.SUM_WITHOUT_ROWS: "Projekttabellen har en summarad men inga projekt.",
    Unread.SUM_CELLS: "Summaraden ska ha tre belopp; den har {found}.",
    Unread.SUM_DIFFERS: "Summaraden anger {column} till {stated}, men projektraderna ({rows}) blir tillsammans {added}.",
    Unread.NOT_AN_AMOUNT: "”{cell}” är inget belopp i kronor; skriv till exempel 1 958 000.",
    Unread.TOO_MUCH: "”{cell}” är mer än något förbund beviljar (högst {most}): kontrollera beloppet.",
}
"""Each check that refuses a board document, as the desk says it."""

COLUMNS = {"frame": "Ramen", "outcome": "Utfallet", "frames": "ramarna", "outcomes": "utfallen",
           "differences": "differenserna"}
KRONOR = {"difference", "frame", "outcome", "rest", "stated", "added", "most"}
"""The facts that are amounts in kronor (the most a file may hold is in bytes)."""


def said_of_document(error: DocumentError) -> str:
    """The refusal in Swedish, opening with the line of the document it concerns."""
    facts = {name: _shown(name, value, error.why) for name, value in error.facts.items()}
    said = SAID[error.why].format(**facts)
    return f"Rad {error.line}: {said}" if error.line is not None else said


def _shown(name: str, value: object, why: Unread) -> object:
    if name == "column" and isinstance(value, str):
        return COLUMNS.get(value, value)
    if name == "most" and why is Unread.TOO_LARGE and isinstance(value, int):
        return shown_size(value)
    if name in KRONOR and isinstance(value, int):
        return f"{value:,}".replace(",", " ") + " kr"
    return value
