"""Bytes to text, as every input is read: UTF-8 or UTF-16, legacy Windows-1252 with a
notice, binary content refused; and what a JSON line gives and what is wrong with it.
Its own module, light to import, so that
``summarizer batch`` can judge a JSONL file before it needs the cleaning code
(:mod:`summarizer.load`, which re-exports these)."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

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


def given_id(
    value: Any, where: str, what: str = "the cluster's 'id'"
) -> tuple[str | None, str | None]:
    """An id a JSON line gives, as article ids are read (an integer is its
    decimal string, 0 included; absent, null or "" is None: no id), and the
    error of an id that is neither a string nor an integer (true, 1.5, a list):
    refused, not turned into "True". ``where`` names the line, ``what`` the field.

    >>> given_id(0, "line 3"), given_id(None, "line 3")
    (('0', None), (None, None))
    >>> given_id(True, "line 3")
    (None, "line 3: the cluster's 'id' must be a string, got True")
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None, f"{where}: {what} must be a string, got {value!r:.40}"
    return str(value), None


def json_problem(exc: ValueError | RecursionError) -> str:
    """What is wrong with a text ``json.loads`` refused, in a few words: its
    own message, or what Python's other limits say at length (a number of
    over 4,300 digits, nesting deeper than the recursion limit).

    >>> import json
    >>> try:
    ...     json.loads("[" + "9" * 5000 + "]")
    ... except ValueError as exc:
    ...     json_problem(exc)
    'a number with too many digits'
    """
    if isinstance(exc, json.JSONDecodeError):
        return exc.msg
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if "integer string conversion" in str(exc):
        return "a number with too many digits"
    return str(exc).split(";")[0]


_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """``text`` with each lone surrogate written as a ``\\udcXX`` escape: the
    spelling of Python's own messages, and, inside a JSON string, the JSON
    escape that reads back as the same character.

    >>> encodable("caf\\udce9.txt")
    'caf\\\\udce9.txt'
    """
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
