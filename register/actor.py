"""Who is recording, for the ledger: named by the command, or by the environment."""

from __future__ import annotations

import getpass
import os


def default_actor() -> str:
    """Who is recording: REGISTER_ACTOR, else the operating system's user name."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return os.environ.get("REGISTER_ACTOR") or user
