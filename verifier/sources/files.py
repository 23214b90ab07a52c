"""Reading files that may be hostile: only regular files are opened, and no
more than a cap is read, counted as the bytes come (a size field can lie:
/dev/zero, a pipe, a file still growing)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

from ..errors import SourceError


def read_capped(stream: BinaryIO, cap: int, name: str) -> bytes:
    """At most cap bytes of a stream; a SourceError past the cap."""
    chunks, total = [], 0
    while True:
        chunk = stream.read(min(1 << 20, cap + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            raise SourceError(name, f"larger than the {cap / 1_000_000:g} MB cap for one source")


def not_regular(path: str | Path, mode: int) -> str:
    """What a path that is not a regular file is, in words (and where a link points)."""
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a folder" if stat.S_ISDIR(mode) else "not a regular file")
    if os.path.islink(path):
        return f"a link to {os.path.realpath(path)}, {kind}"
    return kind


def read_regular(path: str | Path, cap: int, *, head: bool = False) -> bytes:
    """The bytes of a regular file (links followed and checked), at most cap;
    with head, its first cap bytes and no error for a longer file.

    FIFOs, devices and sockets are refused before they are opened; the file
    is then opened without blocking and checked again, so nothing swapped in
    between can hang the read.
    """
    name = str(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise SourceError(name, "a broken link" if os.path.islink(path) else "no such file or folder") from None
    except OSError as exc:
        raise SourceError(name, exc.strerror or type(exc).__name__) from None
    if not stat.S_ISREG(mode):
        raise SourceError(name, f"not a regular file: {not_regular(path, mode)}")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise SourceError(name, exc.strerror or type(exc).__name__) from None
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise SourceError(name, f"not a regular file: {not_regular(path, mode)}")
        return fh.read(cap) if head else read_capped(fh, cap, name)


def write_atomic(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all: a temporary file in the same
    folder, renamed over the target (raises OSError)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
