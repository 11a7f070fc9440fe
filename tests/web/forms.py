"""A form of a page as a browser would post it untouched: each field's name and value, the options
selected of each select, in the page's order. For tests that post a form with a field or two changed."""

from __future__ import annotations

from html.parser import HTMLParser


class _Form(HTMLParser):
    def __init__(self, marker: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marker, self.inside, self.select, self.option = marker, False, "", None
        self.fields: list[tuple[str, str]] = []
        self.option_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.inside = self.marker in a.get("class", "").split()
        if not self.inside:
            return
        if tag == "input" and a.get("name") and a.get("type") not in ("submit", "checkbox", "radio"):
            self.fields.append((a["name"], a.get("value", "")))
        elif tag == "select":
            self.select = a.get("name", "")
        elif tag == "option" and self.select:
            self.option = a if "selected" in a else None
            self.option_text = ""

    def handle_data(self, data: str) -> None:
        if self.option is not None:
            self.option_text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "option" and self.option is not None:
            self.fields.append((self.select, self.option.get("value", self.option_text)))
            self.option = None
        elif tag == "select":
            self.select = ""
        elif tag == "form":
            self.inside = False


def fields_of(page: str, marker: str) -> list[tuple[str, str]]:
    """The fields of the form of class `marker` on `page` as a browser posts them unchanged."""
    form = _Form(marker)
    form.feed(page)
    return form.fields


def changed(fields: list[tuple[str, str]], **to: str | list[str]) -> list[tuple[str, str]]:
    """`fields` with each field of `to` given its value (a list: the options chosen of a select)."""
    names = {name.replace("_", "-") for name in to}
    kept = [(name, value) for name, value in fields if name not in names]
    for name, value in to.items():
        kept += [(name.replace("_", "-"), v) for v in (value if isinstance(value, list) else [value])]
    return kept
