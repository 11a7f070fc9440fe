"""A member party named as a hand writes it in haste: by its town alone (`Sölvesborg ska lämna …`,
`Ronnebys plan`), which for a board of kommuner is the town's kommun, or by a public body's
abbreviation (`AF`)."""

from __future__ import annotations

from domain.values import Party
from register.minutes.phrasebook import PUBLIC_BODIES


def party_named(words: str) -> Party | None:
    """The member party `words` name, the name itself first; None where they name none."""
    name = " ".join(words.split())
    bare = name.removesuffix("s")
    for said in (name, PUBLIC_BODIES.get(name), PUBLIC_BODIES.get(bare), f"{name} kommun", f"{bare} kommun", f"{bare}s kommun"):
        if said and (found := Party.find(said)) is not None:
            return found
    return None


def party(words: str) -> Party:
    """As `party_named`, raising as `Party.parse` does where the words name no member."""
    return party_named(words) or Party.parse(words)
