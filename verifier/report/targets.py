"""Where verify may write: checked before any work, so a refused or unwritable
output costs a one-line error, not a computation and then a traceback.

Refused always: an existing target that is not a regular file (a device such
as /dev/null, a FIFO, a socket, a folder), since replacing it by a rename
destroys it. Refused unless forced: an input (the article would be lost) and
a path inside an input folder (the next run would read the report back as an
article). Checked: the folder exists or can be made, is a folder, is writable
(a probe file is made and removed), and the name fits the file system.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from ..errors import OutputError

SIDECAR_SUFFIX = ".meta.json"  # verifier.sources.read.SIDECAR_SUFFIX, without importing the readers
NAME_BYTES = 200  # file names made from ids: well under every file system's 255


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                       (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _input_paths(inputs: Iterable[str | Path]) -> tuple[list[os.stat_result], list[Path]]:
    """The stats of input files (with their sidecars) and the real paths of input folders."""
    files, folders = [], []
    for spec in inputs:
        if str(spec) == "-" or "://" in str(spec):
            continue
        p = Path(spec)
        try:
            st = os.stat(p)
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode):
            folders.append(Path(os.path.realpath(p)))
            continue
        files.append(st)
        sidecar = p.with_name(p.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
        try:
            files.append(os.stat(sidecar))
        except OSError:
            pass
    return files, folders


def _writable_folder(folder: Path, shown: Path, names: Iterable[str] = ()) -> None:
    """The folder exists or can be made under its nearest existing ancestor, which
    is a writable folder, and names (of files to make in it) fit the file system."""
    missing = list(names)
    existing = folder
    while not os.path.lexists(existing):
        missing.append(existing.name)
        if existing.parent == existing:
            break
        existing = existing.parent
    if not os.path.isdir(existing):
        raise OutputError(f"{shown}: cannot be written: {existing} is not a folder")
    try:
        name_max = os.pathconf(existing, "PC_NAME_MAX")
    except (OSError, ValueError):
        name_max = 255
    for name in missing:
        if len(os.fsencode(name)) > name_max:
            raise OutputError(f"{shown}: cannot be written: the name {name[:40]}... is {len(os.fsencode(name))} bytes long "
                              f"(at most {name_max} here)")
    try:
        fd, probe = tempfile.mkstemp(prefix=".verify-probe-", dir=existing)
    except OSError as exc:
        raise OutputError(f"{shown}: cannot be written in {existing} ({exc.strerror or exc})") from None
    os.close(fd)
    os.unlink(probe)


def _not_an_input(real: Path, st: os.stat_result | None, inputs: Iterable[str | Path], shown: Path, force: bool) -> None:
    if force:
        return
    files, folders = _input_paths(inputs)
    if st is not None and any(os.path.samestat(st, f) for f in files):
        raise OutputError(f"{shown}: is one of the sources; writing there would replace it (use --force to write anyway)")
    for folder in folders:
        if real == folder or folder in real.parents:
            raise OutputError(f"{shown}: is inside the source folder {folder}, which verify reads: the next run would "
                              f"read it as an article (use --force to write anyway)")


def check_file_target(path: str | Path, inputs: Iterable[str | Path] = (), *, force: bool = False) -> None:
    """Raise OutputError, in one line, unless a report can be written to path."""
    path = Path(path)
    if path.name in {"", ".", ".."}:
        raise OutputError(f"{path}: not a file name")
    st = _stat(path)
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{path}: is {_kind(st.st_mode)}, not a regular file; verify never replaces one")
    parent = Path(os.path.realpath(path.parent))
    _not_an_input(parent / path.name, st, inputs, path, force)
    _writable_folder(parent, path, [path.name])


def check_folder_target(folder: str | Path, inputs: Iterable[str | Path] = (), *, force: bool = False) -> None:
    """Raise OutputError unless files can be written in folder (made if missing)."""
    folder = Path(folder)
    st = _stat(folder)
    if st is not None and not stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{folder}: is {_kind(st.st_mode) if not stat.S_ISREG(st.st_mode) else 'a file'}, not a folder")
    real = Path(os.path.realpath(folder))
    _not_an_input(real, None, inputs, folder, force)
    _writable_folder(real, folder)


def check_written_files(paths: Iterable[Path], inputs: Iterable[str | Path], *, force: bool = False) -> None:
    """Each file about to be written in a folder: not a non-regular file, not an input."""
    files, _ = _input_paths(inputs)
    for path in paths:
        st = _stat(path)
        if st is None:
            continue
        if not stat.S_ISREG(st.st_mode):
            raise OutputError(f"{path}: is {_kind(st.st_mode)}, not a regular file; verify never replaces one")
        if not force and any(os.path.samestat(st, f) for f in files):
            raise OutputError(f"{path}: is one of the sources; writing there would replace it (use --force to write anyway)")


def safe_file_name(source_id: str, suffix: str, limit: int = NAME_BYTES) -> str:
    """A file name for a source that stays inside its folder whatever the id holds
    (cut to `limit` bytes of UTF-8, not characters)."""
    name = re.sub(r"[^\w.-]+", "-", source_id).strip(".-") or "source"
    name = name.encode("utf-8", "replace")[:limit].decode("utf-8", "ignore").rstrip(".-") or "source"
    return name + suffix


def file_names(ids: Iterable[str], suffix: str) -> dict[str, str]:
    """One distinct file name per id, the same whatever the order of the ids.

    Ids that fold to one name ("a b" and "a-b", "." and "..", "A" and "a" on a
    case-insensitive disk, two long ids with one beginning) each get a short
    hash of the whole id, so none overwrites another."""
    ids = sorted(set(ids))
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[safe_file_name(i, suffix).casefold()].append(i)
    out: dict[str, str] = {}
    for members in groups.values():
        for i in members:
            if len(members) == 1:
                out[i] = safe_file_name(i, suffix)
            else:
                digest = hashlib.sha256(i.encode("utf-8", "surrogatepass")).hexdigest()[:10]
                out[i] = safe_file_name(i, "", NAME_BYTES - 11) + "-" + digest + suffix
    taken: set[str] = set()
    for i in ids:  # a name that a hashed one happens to equal: numbered, in sorted order
        name, n = out[i], 2
        while name.casefold() in taken:
            name = out[i][: -len(suffix) or None] + f"-{n}" + suffix
            n += 1
        out[i] = name
        taken.add(name.casefold())
    return out
