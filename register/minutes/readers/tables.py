"""A table of Word or OpenDocument, row by row: which columns are ticks (attendance), or
whether the table is a layout of labels beside their text."""

from __future__ import annotations

import re

import attrs

from register.minutes.document import Block, BlockKind

TICKED_GLYPHS = frozenset({"☒", "☑", "✓", "✔", "✗", "✘", "x", "X"})
EMPTY_GLYPHS = frozenset({"☐", "□"})
_LABEL = 40
"""A label is a few words: longer, the left column is text of its own."""
_TEXT = 60


@attrs.frozen
class Cell:
    text: str
    box: bool | None = None
    """The state of a checkbox control in the cell, where there is one."""


def tick(cell: Cell) -> bool | None:
    if cell.box is not None:
        return cell.box
    if cell.text in TICKED_GLYPHS:
        return True
    if cell.text in EMPTY_GLYPHS:
        return False
    return None


def table_blocks(rows: list[list[Cell]], table: int, page: int | None = None) -> list[Block]:
    rows = [row for row in rows if any(cell.text or cell.box is not None for cell in row)]
    if not rows:
        return []
    if (grid := item_grid(rows, page)) is not None:
        return grid
    columns = tick_columns(rows)
    if not columns and is_label_layout(rows):
        return [Block(BlockKind.LABELLED, row[1].text, label=" ".join(row[0].text.split()), page=page) for row in rows]
    if (sections := section_rows(rows, page)) is not None:
        return sections  # a § whose left cell holds its Dnr too, which no label layout has
    blocks = []
    for index, row in enumerate(rows):
        # The first row without a tick is the table's header; after it, an empty box is "no".
        ticking = bool(columns) and (index > 0 or any(tick(cell) is not None for cell in row))
        ticks = tuple(bool(tick(cell)) if ticking and at in columns else None for at, cell in enumerate(row))
        cells = tuple(" ".join(cell.text.split()) for cell in row)
        blocks.append(Block(BlockKind.TABLE_ROW, cells=cells, ticks=ticks if ticking else (), table=table, page=page))
    return blocks


def tick_columns(rows: list[list[Cell]]) -> set[int]:
    """Columns that hold ticks: some row ticks or leaves a box there, and nothing but ticks and
    empty cells stands in them below the header."""
    found: set[int] = set()
    for at in range(max(len(row) for row in rows)):
        column = [row[at] if at < len(row) else Cell("") for row in rows]
        marks = [tick(cell) for cell in column]
        body = column[1:] if marks[0] is None else column
        if any(mark is not None for mark in marks) and all(tick(cell) is not None or not cell.text for cell in body):
            found.add(at)
    return found


def is_label_layout(rows: list[list[Cell]]) -> bool:
    """Two columns, short labels on the left, and text on the right longer than a label's value."""
    if any(len(row) != 2 for row in rows):
        return False
    if any(len(row[0].text) > _LABEL or "\n" in row[0].text for row in rows):
        return False
    return any(len(row[1].text) > _TEXT or "\n" in row[1].text.strip() for row in rows)


_NUMBER_HEADER = re.compile(r"^(?:§|Nr\.?|Punkt|Paragraf|Pkt\.?)$", re.I)
_DECISION_HEADER = re.compile(r"^Beslut\b", re.I)
_ITEM_NUMBER = re.compile(r"^(?:§\s*)?(?P<number>\d{1,3})\.?$")
_NOTHING = {"", "-", "–", "—"}


def item_grid(rows: list[list[Cell]], page: int | None = None) -> list[Block] | None:
    """Minutes kept as one table, a row an item: a header naming the number's column (`§`, or `Nr`,
    `Punkt` over numbers written `§ 5`) and the decision's (`Beslut`), the other columns the matter and its account
    (`Ärende / Diskussion`) or more (`Ansvarig`). Each row read as the item it is: its heading
    (`§ 5` and the first paragraph of the matter's cell), the rest of that cell as its account,
    and each other cell under its column's label (`Beslut: …`). None for any other table."""
    header = [" ".join(cell.text.split()) for cell in rows[0]]
    number = next((at for at, name in enumerate(header) if _NUMBER_HEADER.match(name)), None)
    decision = next((at for at, name in enumerate(header) if _DECISION_HEADER.match(name)), None)
    body = rows[1:]
    items = [row for row in body if number is not None and number < len(row) and _ITEM_NUMBER.match(row[number].text.strip())]
    if number is None or decision is None or not body or body[0] not in items \
            or any(row not in items and not _a_note(row, number) for row in body):
        return None
    if header[number] != "§" and not all(row[number].text.strip().startswith("§") for row in items):
        return None  # `Nr | Ärende | Beslut | Ansvarig` with 1, 2, 3: a decision log after the items, not the items
    matter = next((at for at in range(len(header)) if at not in (number, decision)), None)
    blocks: list[Block] = []
    for row in body:
        if row not in items:  # `Noteringar | Peter Vallgren yrkar …` under its item: said under that label
            label, *told = [cell.text.strip() for cell in row if cell.text.strip()]
            blocks.insert(len(blocks) - 1, Block(BlockKind.LABELLED, _labels_joined(" ".join(told)), label=label, page=page))
            continue
        told = [line.strip() for line in (row[matter].text if matter is not None and matter < len(row) else "").split("\n")]
        told = [line for line in told if line]
        title = told[0] if told else ""
        numbered = re.sub(r"\D", "", row[number].text)  # `§ 5`, `5.`, `5`: checked above to be a number alone
        blocks.append(Block(BlockKind.HEADING, f"§ {int(numbered)} {title}".strip(), page=page))
        blocks += [Block(BlockKind.PARAGRAPH, line, page=page) for line in told[1:]]
        for at, name in enumerate(header):
            if at in (number, matter) or at >= len(row) or row[at].text.strip() in _NOTHING:
                continue
            blocks.append(Block(BlockKind.LABELLED, _labels_joined(row[at].text.strip()), label=name, page=page))
        blocks.append(Block(BlockKind.BLANK, page=page))
    return blocks


def _a_note(row: list[Cell], number: int) -> bool:
    """A row under an item that holds no number but a label (`Noteringar`, `Jäv`, in the number's
    column or beside it) and then what it says."""
    filled = [cell.text.strip() for cell in row if cell.text.strip()]
    return len(filled) >= 2 and bool(re.fullmatch(r"[A-ZÅÄÖ][\wåäö ]{2,30}:?", filled[0]))


_SECTION_CELL = re.compile(r"^§\s*(?P<number>\d{1,3})\b\.?(?P<rest>.*)$", re.S)


def section_rows(rows: list[list[Cell]], page: int | None = None) -> list[Block] | None:
    """Minutes whose every § is a table of its own (or a row of one), as some case systems print
    them: `§ 12` and its Dnr in the left cell, the title and all the § says in the right. Each row
    read as the item it is: its heading (`§ 12` and the right cell's first paragraph), the Dnr,
    and the rest of the right cell paragraph by paragraph. None for any other table."""
    if any(len(row) != 2 for row in rows) or not all(_SECTION_CELL.match(row[0].text.strip()) for row in rows):
        return None
    blocks: list[Block] = []
    for row in rows:
        number = _SECTION_CELL.match(row[0].text.strip())
        assert number is not None  # checked above
        told = [line.strip() for line in row[1].text.split("\n") if line.strip()]
        blocks.append(Block(BlockKind.HEADING, f"§ {int(number['number'])} {told[0] if told else ''}".strip(), page=page))
        blocks += [Block(BlockKind.PARAGRAPH, line.strip(), page=page) for line in number["rest"].split("\n") if line.strip()]
        blocks += [Block(BlockKind.PARAGRAPH, line, page=page) for line in told[1:]]
        blocks.append(Block(BlockKind.BLANK, page=page))
    return blocks


_FOLLOW_UP_LABEL = re.compile(r"^(?:Ansv(?:arig)?|Vem|Klart(?: senast)?|När|Deadline)\s*:", re.I)


def _labels_joined(text: str) -> str:
    """`… bevilja 850 tkr.` / `Ansvarig: projektledaren` / `Klart: 31 augusti`: a cell's follow-up labels
    on the line of the decision they belong to, as a decision and its labels are read together."""
    lines: list[str] = []
    for line in (line.strip() for line in text.split("\n")):
        if lines and _FOLLOW_UP_LABEL.match(line):
            lines[-1] = f"{lines[-1].rstrip('.')}. {line}"  # each label its own sentence, as notes write them
        elif line:
            lines.append(line)
    return "\n".join(lines)
