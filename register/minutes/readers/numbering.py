"""The numbers Word shows before list paragraphs: not stored in the paragraph, but counted from
the document's numbering definitions, as Word counts them when it lays the page out."""

from __future__ import annotations

from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = 9


def _val(element: Any, path: str, default: str = "") -> str:
    found = element.find(path) if element is not None else None
    return default if found is None else str(found.get(f"{W}val", default))


def formatted(number: int, style: str) -> str:
    """A count as a numbering format writes it (`decimal` 3, `lowerLetter` c, `upperRoman` III)."""
    if style in ("lowerLetter", "upperLetter"):
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if style == "lowerLetter" else letters.upper()
    if style in ("lowerRoman", "upperRoman"):
        roman = ""
        for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                               (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while number >= value:
                roman += numeral
                number -= value
        return roman if style == "lowerRoman" else roman.upper()
    return str(number)


class Numbering:
    def __init__(self, root: Any) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        """abstract numbering → level → (start, format, text such as `%1.`)."""
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        """numbering instance → (its abstract numbering, the levels it restarts, at what)."""
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        if root is None:
            return
        for abstract in root.iterchildren(f"{W}abstractNum"):
            levels = {}
            for level in abstract.iterchildren(f"{W}lvl"):
                levels[int(level.get(f"{W}ilvl", "0"))] = (
                    int(_val(level, f"{W}start", "1") or 1), _val(level, f"{W}numFmt", "decimal"),
                    _val(level, f"{W}lvlText", "%1."))
            self.levels[str(abstract.get(f"{W}abstractNumId"))] = levels
        for num in root.iterchildren(f"{W}num"):
            overrides = {int(o.get(f"{W}ilvl", "0")): int(_val(o, f"{W}startOverride", "1") or 1)
                         for o in num.iterchildren(f"{W}lvlOverride") if o.find(f"{W}startOverride") is not None}
            self.nums[str(num.get(f"{W}numId"))] = (_val(num, f"{W}abstractNumId"), overrides)

    @classmethod
    def of(cls, word: Any) -> Numbering:
        try:
            return cls(word.part.numbering_part.element)
        except (KeyError, NotImplementedError, AttributeError):
            return cls(None)  # a document without lists has no numbering part

    def number(self, p: Any, from_style: Any) -> str | None:
        """The number (or `-` for a bullet) Word shows before paragraph `p`; None for no list."""
        own = p.find(f"{W}pPr/{W}numPr")
        num_id = _val(own, f"{W}numId") or _val(from_style, f"{W}numId")
        level = int(_val(own, f"{W}ilvl") or _val(from_style, f"{W}ilvl") or 0)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        counters = self.counters.setdefault(abstract, [None] * _LEVELS)
        if num_id not in self.started:
            self.started.add(num_id)
            for at, start in overrides.items():
                counters[at] = start - 1
        start, style, text = levels.get(level, (1, "decimal", f"%{level + 1}."))
        if style == "bullet":
            return "-"
        at = min(level, _LEVELS - 1)
        counters[at] = (counters[at] if counters[at] is not None else start - 1) + 1  # type: ignore[operator]
        for deeper in range(at + 1, _LEVELS):
            counters[deeper] = None
        if style == "none":
            return ""
        for shown in range(_LEVELS, 0, -1):
            count = counters[shown - 1]
            level_style = levels.get(shown - 1, (1, "decimal", ""))[1]
            text = text.replace(f"%{shown}", formatted(count if count is not None else 1, level_style))
        return text
