"""The `register` command as installed: Ctrl-C while the command is still loading its modules
(a third of a second) says so in one line too, where `cli` cannot yet."""

from __future__ import annotations

import sys

from register.interrupts import INTERRUPTED, said


def main() -> None:
    try:
        from cli import main as command
    except KeyboardInterrupt:
        sys.stderr.write(said(0) + "\n")
        raise SystemExit(INTERRUPTED) from None
    command()


if __name__ == "__main__":
    main()
