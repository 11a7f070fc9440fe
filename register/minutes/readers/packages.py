"""Word and OpenDocument files are zip packages: opened only within limits, so that a zip bomb
(a few kilobytes that unpack to gigabytes, or to a million entries) is refused before a byte of
it is unpacked."""

from __future__ import annotations

import io
import zipfile

from register.files import shown_size
from register.minutes.parser import MinutesError

MOST_ENTRIES = 1_000
"""A Word file of minutes holds a few dozen parts; pictures add one each."""
MOST_UNPACKED = 100_000_000
"""Everything unpacked together: pictures included, a hundred megabytes is far beyond minutes."""
MOST_PART = 25_000_000
"""One part (the document's XML, unpacked): what the XML parser is given at once."""


def checked(data: bytes, name: str) -> None:
    """Refuses a package whose entries, or sizes as its directory declares them, pass the
    limits. The zip reader stops each entry at its declared size (and fails its checksum if the
    data runs on), so the declared sizes bound what reading can unpack."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise MinutesError(name, f"a broken or truncated zip archive: {error}") from None
    if len(entries) > MOST_ENTRIES:
        raise MinutesError(name, f"a package of {len(entries)} entries (more than {MOST_ENTRIES}): not minutes; "
                                 "a zip bomb?")
    total = sum(entry.file_size for entry in entries)
    largest = max(entries, key=lambda entry: entry.file_size, default=None)
    if total > MOST_UNPACKED:
        raise MinutesError(name, f"it would unpack to {total:,} bytes (more than {shown_size(MOST_UNPACKED)}): "
                                 "not minutes; a zip bomb?")
    if largest is not None and largest.file_size > MOST_PART:
        raise MinutesError(name, f"its part {largest.filename} would unpack to {largest.file_size:,} bytes "
                                 f"(more than {shown_size(MOST_PART)}): not minutes; a zip bomb?")
