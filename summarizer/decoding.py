"""Bytes to text, as every input is read: UTF-8 or UTF-16, legacy Windows-1252 with a
notice, binary content refused. Its own module, light to import, so that
``summarizer batch`` can judge a JSONL file before it needs the cleaning code
(:mod:`summarizer.load`, which re-exports these)."""

from __future__ import annotations

import logging
import re

from summarizer.errors import InputError

log = logging.getLogger("summarizer")


# Share of control characters (other than tab, newlines, form feed) above
# which decoded "text" is really binary: prose has none, binary data about one
# byte in eight. A stray one in a legacy file stays well below.
_MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
)


def decode(data: bytes, where: str, notices: list[str] | None = None) -> str:
    """Bytes to text: UTF-8 (or UTF-16 with a byte-order mark), else Windows-1252
    for legacy Latin-1/Windows files, with a notice; UTF-8 with a few damaged
    bytes keeps its UTF-8, the damage replaced (with a notice); binary content
    refused.

    >>> decode("Caf\u00e9".encode("cp1252"), "a.txt", notices := [])
    'Caf\u00e9'
    >>> notices
    ['a.txt is not UTF-8; decoded as Windows-1252 (Latin-1)']
    """
    if data.startswith(_BINARY_MAGIC):
        raise InputError(f"{where}: not a text file (binary content)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{where}: not a text file (broken UTF-16)") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("utf-8-sig", errors="replace")
            bad = text.count("\ufffd")
            good = sum(1 for ch in text if ord(ch) > 127) - bad
            if good >= bad:
                # UTF-8 with a few damaged bytes (a truncated copy, one stray
                # byte): a legacy file's accented letters are almost never
                # valid UTF-8 sequences, so most non-ASCII decodes well here.
                note(f"{where}: {bad} byte(s) that are not UTF-8 replaced with \ufffd", notices)
            else:
                try:
                    text = data.decode("cp1252")
                except UnicodeDecodeError:  # 5 bytes cp1252 leaves undefined
                    text = data.decode("latin-1")
                if not _binary(text):
                    note(f"{where} is not UTF-8; decoded as Windows-1252 (Latin-1)", notices)
    if _binary(text):
        raise InputError(f"{where}: not a text file (binary content)")
    return text


def _binary(text: str) -> bool:
    head = text[:65536]
    return "\x00" in head or len(_CONTROL.findall(head)) > _MAX_CONTROL_SHARE * max(len(head), 1)


def note(message: str, notices: list[str] | None) -> None:
    """A notice for the user: into ``notices`` (the brief's ``meta.notices``,
    which the CLI prints) when given, else to the ``summarizer`` logger."""
    if notices is not None:
        notices.append(message)
    else:
        log.warning(message)
