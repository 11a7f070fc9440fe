"""Whether two texts are about the same thing: an item's title and a paragraph, or a returning
item and the matter that was referred back or deferred.

Words are compared by their first letters, so inflections meet (`regionalt utvecklingsforum`,
`regionala utvecklingsforumet`); years must be equal, and a text naming one party is not
about another.
"""

from __future__ import annotations

import functools
import re

from domain.values import Party

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset(
    "och eller för i av till om med på att en ett den det de dess från som är var vid under inför efter "
    "kring samt ska skall har hade nu även ny nya nytt andra denna detta dessa samordningsförbundet "
    "förbundet förbundets styrelsen styrelsens ärende ärendet fråga frågan information informationen "
    "beslut beslutet förslag förslaget kommun kommuns kommunen region ärendet punkten samordningsförbundets".split()
)
_STEM = 6
_ENDINGS = frozenset(("", "s", "en", "ens", "er", "erna", "ernas", "et", "ets"))


def stems(text: str) -> set[str]:
    """The words that carry a text's meaning, cut to their stems; years kept whole."""
    found = set()
    for word in _WORD.findall(text.casefold()):
        if word in _STOP or (len(word) < 4 and not word.isdigit()) or (word.isdigit() and len(word) != 4):
            continue  # a day or an amount says little of what a matter is about; a year does
        stem = word if word.isdigit() else word[:_STEM]
        if stem in _STOP:
            # `kommunikationsplan` is not about a `kommun`; `kommunens` is only the word stopped.
            if word[len(stem):] in _ENDINGS:
                continue
            stem = word[:_STEM + 2]
        found.add(stem)
    return found


def parties_named(text: str) -> frozenset[Party]:
    """The parties a text names, read against the parties of the command's board."""
    return _parties_named(text, Party.known())


@functools.lru_cache(maxsize=1 << 12)
def _parties_named(text: str, known: tuple[Party, ...]) -> frozenset[Party]:
    # The importer asks it of each sentence once for every report owed: read each once.
    found = set()
    words = text.split()
    for i in range(len(words)):
        for width in (3, 2, 1):  # `Region Kalmar län`
            party = Party.find(" ".join(words[i: i + width]).strip(".,:;()\""))
            if party is not None:
                found.add(party)
                break
    return frozenset(found)


def _years(words: set[str]) -> set[str]:
    return {w for w in words if w.isdigit() and len(w) == 4}


def likeness(title: str, text: str) -> float:
    """How much of `title` the `text` speaks of, from 0 to 1; 0 where they name different
    parties or different years. A stem found inside a longer word counts: Swedish joins words
    (`avtalet` in `konsultavtalet`, `teckna` in `undertecknat`)."""
    wanted, offered = stems(title), stems(text)
    if not wanted:
        return 0.0
    named_here, named_there = parties_named(title), parties_named(text)
    if named_here and named_there and not named_here & named_there:
        return 0.0
    if _years(wanted) and _years(offered) and not _years(wanted) & _years(offered):
        return 0.0
    words = [w for w in _WORD.findall(text.casefold()) if len(w) > _STEM]
    found = {w for w in wanted if w in offered or (len(w) >= 5 and not w.isdigit() and any(w in word for word in words))}
    return len(found) / len(wanted)


def same_subject(one: str, other: str, at_least: float = 0.6) -> bool:
    """Both ways alike enough to be one matter: each speaks of most of what the other does."""
    return min(likeness(one, other), likeness(other, one)) >= at_least or (
        max(likeness(one, other), likeness(other, one)) >= 0.99 and len(stems(one) & stems(other)) >= 2
    )
