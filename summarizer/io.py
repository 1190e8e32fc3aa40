"""Output: files written whole or not at all, and notices on stderr."""

from __future__ import annotations

import logging
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summarizer.errors import InputError


def check_writable(path: str | Path) -> Path:
    """Fail early, before any work, if ``path`` cannot be written; returns the
    path to write: a symbolic link's target (the link stays a link)."""
    path = Path(path)
    if _is_stream(path):
        if not os.access(path, os.W_OK):
            raise InputError(f"{path}: is not writable")
        return path
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, give a file name for the output")
    if not parent.is_dir():
        raise InputError(f"{path}: output folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise InputError(f"{path}: output folder {parent} is not writable")
    return path


def _is_stream(path: Path) -> bool:
    """A device, pipe or socket (``/dev/null``, ``/dev/stdout``, a FIFO), also
    through a symbolic link: written in place, never replaced by a file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def check_out_dir(path: str | Path) -> Path:
    """Fail early, before any work, if the output folder ``path`` could not be
    made or written; it is not created (a run that fails on its input leaves no
    empty folder behind): :func:`prepare_out_dir` does that when there is
    something to write."""
    out = Path(path)
    if out.exists():
        if not out.is_dir():
            raise InputError(f"{out}: exists and is not a folder")
        if not os.access(out, os.W_OK):
            raise InputError(f"{out}: output folder is not writable")
        return out
    base = out.absolute().parent
    while not base.exists() and base != base.parent:
        base = base.parent
    if not base.is_dir():
        raise InputError(f"{out}: cannot create the output folder ({base} is not a folder)")
    if not os.access(base, os.W_OK):
        raise InputError(f"{out}: cannot create the output folder ({base} is not writable)")
    return out


def prepare_out_dir(path: str | Path) -> Path:
    """Create the output folder ``path`` if needed; a one-line InputError if it
    is a file, cannot be created or is not writable."""
    out = check_out_dir(path)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    if not os.access(out, os.W_OK):
        raise InputError(f"{out}: output folder is not writable")
    return out


def write_atomic(path: str | Path, text: str | bytes) -> None:
    """Write ``text`` (UTF-8; or ``bytes`` as they are) to a temporary file beside
    ``path``, then rename it over ``path``: a reader sees the old file or the
    whole new one, never a part.
    A symbolic link is followed (its target is replaced, the link kept); a
    device or pipe (``-o /dev/null``) is written in place."""
    path = check_writable(path)
    if _is_stream(path):
        try:
            with open(path, "wb") as fh:
                fh.write(_encoded(text))
        except OSError as exc:  # /dev/full, a closed pipe
            raise InputError(f"{path}: cannot write ({exc.strerror})") from None
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # e.g. a read-only file system, which os.access does not see
        raise InputError(f"{path}: cannot write to {path.parent} ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_encoded(text))
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); the result gets the mode a
        # plain open() would give it: the old file's, else 0666 less the umask.
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OSError as exc:  # disk full, quota, the target became a folder ...
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:  # Ctrl-C included: never a half-written file
        Path(tmp).unlink(missing_ok=True)
        raise


def _encoded(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8")


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)  # read the umask (there is no getter) and put it back
        os.umask(mask)
        return 0o666 & ~mask


def notice_handler(to_stderr: bool) -> logging.Handler:
    """A handler for the ``summarizer`` logger's notices: on stderr as
    ``summarizer: notice: ...``, or nowhere (without one, Python's last-resort
    handler would print them bare)."""
    if not to_stderr:
        return logging.NullHandler()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("summarizer: notice: %(message)s"))
    return handler


def progress_bar(
    iterable: Iterable[Any] | None = None, *, enabled: bool = True, **kwargs: Any
) -> Any:
    """A tqdm progress bar on stderr (stdout stays for briefs, tables and JSON),
    drawn only when stderr is a terminal: a log file or a pipe would fill up
    with bar frames. ``enabled=False`` (``-q``) draws none at all. ``kwargs``
    go to tqdm (``total``, ``desc``, ...)."""
    from tqdm import tqdm

    return tqdm(iterable, file=sys.stderr, disable=None if enabled else True, **kwargs)
