"""Turning what the user names (files, folders, URLs, "-") into Sources.

Every bad input becomes a one-line Problem naming it, and the other sources
are still read: empty, binary or PDF files, unknown encodings (decoded when
charset-normalizer is sure, and said so), pages with no article, a language
other than English, huge files, duplicates, and URLs that fail. Only regular
files are opened; a record field of the wrong type names the field; files of
a folder that are not read are named; ids do not depend on argument order.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from ..errors import SourceError
from ..lexicon import fold
from ..records import Problem, Source
from .encoding import decode, meta_charset
from .files import not_regular, read_capped, read_regular
from .html import extract_page
from .text import analyse, body_ranges
from .web import PageCache, fetch, looks_like_url, slug

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SIDECAR_SUFFIX = ".meta.json"
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
MAX_SIDECAR_BYTES = 1_000_000
MAX_SOURCE_BYTES = 5_000_000
MAX_HTML_BYTES = 10_000_000
LANGUAGE_NAMES = {
    "ar": "Arabic", "fa": "Persian", "fr": "French", "de": "German", "es": "Spanish", "ru": "Russian", "tr": "Turkish",
    "zh": "Chinese", "ja": "Japanese", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "uk": "Ukrainian", "ur": "Urdu",
}


def default_cache_dir() -> Path:
    """VERIFY_CACHE_DIR, or the user cache folder."""
    if os.environ.get("VERIFY_CACHE_DIR"):
        return Path(os.environ["VERIFY_CACHE_DIR"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("verify"))


@lru_cache(maxsize=1)
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def check_language(source: Source) -> None:
    """A SourceError for an article verify cannot read (not English)."""
    body = " ".join(source.text[s:e] for s, e in body_ranges(source))[:5000]
    if len(body) < 200:
        return
    code, probability = _language_identifier().classify(body)
    if code != "en" and probability >= 0.9:
        language = LANGUAGE_NAMES.get(code, code)
        raise SourceError(source.path, f"written in {language} ({code}); verify reads English articles only")


def _kind(value) -> str:
    """How a JSON value is named in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else type(value).__name__


def _text_field(meta: dict, key: str, where: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise SourceError(where, f'field "{key}" is {_kind(value)}, not text')
    return value


# Seconds since 1970 of 1900-01-01 and 2200-01-01: numbers outside are not publication dates.
_EPOCH_RANGE = (-2_208_988_800, 7_258_118_400)
_DATE_SETTINGS = {"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}


def _published(meta: dict, where: str, notes: list[str]) -> datetime | None:
    """A record's publication date. Numbers are seconds since 1970; text must
    be a full calendar date: "yesterday" or "March 5" would resolve against
    today's clock and a rerun would give another report, so they are dropped
    with a note."""
    key = "published" if meta.get("published") not in (None, "") else "date"
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise SourceError(where, f'field "{key}" is {_kind(value)}, not a date')
    if isinstance(value, (int, float)):
        if not (math.isfinite(value) and _EPOCH_RANGE[0] <= value < _EPOCH_RANGE[1]):
            raise SourceError(where, f'field "{key}" is {_kind(value)}, not a date (seconds since 1970 expected)')
        return datetime.fromtimestamp(value, tz=UTC).replace(tzinfo=None)
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        if len(text) <= 80:
            import dateparser

            parsed = dateparser.parse(text, languages=["en"], settings=_DATE_SETTINGS)
    if parsed is None:
        notes.append(f'field "{key}" {_clip(text)!r} is not a full calendar date: ignored')
        return None
    if not 1900 <= parsed.year < 2200:  # "0001-01-01", "9999-12-31": placeholders for no date
        notes.append(f'field "{key}" {_clip(text)!r} is not a publication date: ignored')
        return None
    return parsed.replace(tzinfo=None)


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _explicit(meta: dict, outlet: str | None, where: str, notes: list[str]) -> dict:
    """Outlet, title and date given with a source, each checked for type:
    a SourceError names the source and the field."""
    return {
        "outlet": outlet or _text_field(meta, "outlet", where) or _text_field(meta, "source", where),
        "title": _text_field(meta, "title", where),
        "published": _published(meta, where, notes),
    }

def _from_text_or_html(source_id: str, name: str, text: str, *, kind: str, url: str | None, meta: dict) -> Source:
    if re.match(r"\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", text, re.I):
        return extract_page(source_id, name, text, url=url, kind="html" if kind == "text" else kind, **meta)
    return analyse(source_id, name, text, kind=kind, url=url, **{k: v for k, v in meta.items()})


def _sidecar(path: Path) -> Path | None:
    meta = path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
    return meta if os.path.lexists(meta) else None


def _sidecar_meta(path: Path) -> dict:
    meta = _sidecar(path)
    if meta is None:
        return {}
    try:
        data = json.loads(read_regular(meta, MAX_SIDECAR_BYTES).decode("utf-8"))
    except SourceError as exc:
        raise SourceError(str(meta), f"unreadable metadata sidecar ({exc.reason})") from None
    except (ValueError, RecursionError) as exc:
        raise SourceError(str(meta), f"unreadable metadata sidecar ({_one_line(str(exc))})") from None
    if not isinstance(data, dict):
        raise SourceError(str(meta), f"a metadata sidecar holds {_kind(data)}, not an object")
    return data


def _one_line(text: str, limit: int = 160) -> str:
    return _clip(" ".join(text.split()), limit)


def read_file(path: Path, *, outlet: str | None = None) -> tuple[list[Source], list[Problem]]:
    """The sources of one file (a records file holds several)."""
    name = str(path)
    suffix = path.suffix.lower()
    cap = MAX_HTML_BYTES if suffix in HTML_SUFFIXES else MAX_SOURCE_BYTES
    if suffix not in KNOWN_SUFFIXES:
        if read_regular(path, 8, head=True).startswith(b"%PDF-"):
            raise SourceError(name, "a PDF file: save the article as text or HTML first")
        if suffix:
            raise SourceError(name, f"unsupported file type {suffix!r}: verify reads .txt, .md, .html and .json/.jsonl")
    data = read_regular(path, cap)
    text, note = decode(data, name, declared=meta_charset(data) if suffix in HTML_SUFFIXES else None)
    notes = [Problem(name, note, skipped=False)] if note else []
    if suffix in RECORD_SUFFIXES:
        sources, problems = read_records(path, text, outlet=outlet)
        return sources, notes + problems
    sidecar = _sidecar_meta(path)
    where = str(_sidecar(path) or name)
    field_notes: list[str] = []
    meta = _explicit(sidecar, outlet, where, field_notes)
    url = _text_field(sidecar, "url", where)
    notes += [Problem(where, n, skipped=False) for n in field_notes]
    if suffix in HTML_SUFFIXES:
        src = extract_page(path.stem, name, text, url=url, **meta)
    else:
        src = _from_text_or_html(path.stem, name, text, kind="text", url=url, meta=meta)
    return [src], notes


def _records_of_json(name: str, text: str) -> list[tuple[int, object]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(name, f"malformed JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise SourceError(name, "malformed JSON (nested too deeply)") from None
    if isinstance(data, dict) and "articles" in data:
        data = data["articles"]
        if not isinstance(data, list):
            raise SourceError(name, f'field "articles" is {_kind(data)}, not a list of records')
    elif isinstance(data, dict):
        data = [data]
    elif not isinstance(data, list):
        raise SourceError(name, f"holds {_kind(data)}, not a record or a list of records")
    return list(enumerate(data, 1))


def _records_of_jsonl(name: str, text: str) -> tuple[list[tuple[int, object]], list[Problem]]:
    """One record per line, numbered by its line; a malformed line is skipped
    and named, the others are read."""
    records, bad = [], []
    for lineno, line in enumerate(text.split("\n"), 1):  # not splitlines: U+2028 is valid inside a JSON string
        if not line.strip():
            continue
        try:
            records.append((lineno, json.loads(line)))
        except json.JSONDecodeError as exc:
            bad.append((lineno, f"column {exc.colno}: {exc.msg}"))
        except RecursionError:
            bad.append((lineno, "nested too deeply"))
    if bad and not records:
        try:  # a pretty-printed JSON document saved as .jsonl
            return _records_of_json(name, text), []
        except SourceError:
            pass
    if not bad:
        return records, []
    if len(bad) == 1:
        (lineno, why), = bad
        return records, [Problem(f"{name}#{lineno}", f"malformed JSON on line {lineno} ({why}); the line was skipped")]
    lines = ", ".join(str(n) for n, _ in bad[:10]) + (", …" if len(bad) > 10 else "")
    return records, [Problem(name, f"malformed JSON on {len(bad)} lines ({lines}); those lines were skipped")]


def read_records(path: Path, text: str, *, outlet: str | None = None) -> tuple[list[Source], list[Problem]]:
    """Scraper and news-API exports: {"text", "outlet", "published", "url", "title"} per record.

    Each field is checked for type; a record with a bad field is skipped with
    a message naming it, and the others are read.
    """
    name = str(path)
    if path.suffix.lower() == ".json":
        records, problems = _records_of_json(name, text), []
    else:
        records, problems = _records_of_jsonl(name, text)
    sources = []
    for n, rec in records:
        label = f"{name}#{n}"
        try:
            if not isinstance(rec, dict):
                raise SourceError(label, f"a record that is {_kind(rec)}, not an object")
            body = rec.get("text")
            if body is None or isinstance(body, str) and not body.strip():
                raise SourceError(label, "a record without a \"text\" field")
            if not isinstance(body, str):
                raise SourceError(label, f'field "text" is {_kind(body)}, not text')
            rid, url = rec.get("id"), _text_field(rec, "url", label)
            if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
                raise SourceError(label, f'field "id" is {_kind(rid)}, not text or a whole number')
            notes: list[str] = []
            meta = _explicit(rec, outlet, label, notes)
            rid = str(rid if rid not in (None, "") else slug(url) if url else f"{path.stem}-{n:03d}")
            sources.append(_from_text_or_html(re.sub(r"[^\w.-]+", "-", rid), label, body, kind="record", url=url, meta=meta))
            problems += [Problem(label, note, skipped=False) for note in notes]
        except SourceError as exc:
            problems.append(Problem(label, exc.reason))
    return sources, problems


def read_url(url: str, *, cache: PageCache | None, refresh: bool, outlet: str | None) -> tuple[list[Source], list[Problem]]:
    page = fetch(url, cache=cache, refresh=refresh)
    notes = []
    if page.final_url != url:
        notes.append(Problem(url, f"redirected to {page.final_url}", skipped=False))
    if page.content_type not in {"text/html", "application/xhtml+xml", "text/plain"}:
        raise SourceError(url, f"not a web page ({page.content_type})")
    declared = page.charset or (meta_charset(page.body) if page.content_type != "text/plain" else None)
    text, note = decode(page.body, url, declared=declared)
    if note:
        notes.append(Problem(url, note, skipped=False))
    meta = _explicit({}, outlet, url, [])
    if page.content_type == "text/plain":
        return [analyse(slug(url), url, text, kind="url", url=page.final_url, **meta)], notes
    return [extract_page(slug(url), url, text, url=page.final_url, kind="url", **meta)], notes


def _unread_reason(entry: os.DirEntry, article_stems: set[str]) -> str | None:
    """Why a file of a folder is not read as a source, or None when it is.
    A metadata sidecar whose article is there counts as read."""
    try:
        mode = os.stat(entry.path).st_mode
    except OSError as exc:
        return "a broken link" if entry.is_symlink() else exc.strerror or "unreadable"
    if stat.S_ISDIR(mode):
        return "a link to a folder, not followed" if entry.is_symlink() else None
    if not stat.S_ISREG(mode):
        return not_regular(Path(entry.path), mode)
    if entry.name.endswith(SIDECAR_SUFFIX):
        return None if entry.name[: -len(SIDECAR_SUFFIX)] in article_stems else "metadata for no article"
    suffix = Path(entry.name).suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        return f"{suffix} files are not read" if suffix else "no file type"
    return None


def _scan_folder(root: Path) -> tuple[list[Path], list[Problem]]:
    """The files of a folder verify reads, and one Problem naming every file
    it does not (other types, pipes, devices, broken links); hidden files and
    folders are only counted."""
    files: list[Path] = []
    unread: list[str] = []
    hidden = 0
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            unread.append(f"{os.path.relpath(folder, root)}/ ({exc.strerror or 'cannot be listed'})")
            continue
        article_stems = {e.name.rsplit(".", 1)[0] for e in entries
                         if Path(e.name).suffix.lower() in KNOWN_SUFFIXES and not e.name.endswith(SIDECAR_SUFFIX)}
        for entry in entries:
            if entry.name.startswith("."):
                hidden += 1
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
                continue
            reason = _unread_reason(entry, article_stems)
            if reason is None:
                if not entry.name.endswith(SIDECAR_SUFFIX):
                    files.append(Path(entry.path))
            else:
                unread.append(f"{os.path.relpath(entry.path, root)} ({reason})")
    problems = []
    if unread:
        shown = "; ".join(sorted(unread)[:20]) + (f"; and {len(unread) - 20} more" if len(unread) > 20 else "")
        also = f"; {hidden} hidden ignored" if hidden else ""
        problems.append(Problem(str(root), f"{len(unread)} file(s) not read: {shown}{also}"))
    return sorted(files), problems


def _expand(paths: Iterable[str | Path]) -> Iterator[str | Path | Problem]:
    for p in paths:
        if isinstance(p, str) and (p == "-" or looks_like_url(p)):
            yield p
            continue
        p = Path(p)
        if p.is_dir():
            files, problems = _scan_folder(p)
            yield from files
            yield from problems
        else:
            yield p


def _fingerprint(source: Source) -> str:
    body = " ".join(source.text[s:e] for s, e in body_ranges(source))
    return hashlib.sha256(re.sub(r"\W+", " ", fold(body)).strip().encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class _Read:
    """A source read, with where it came from: the key orders it whatever the
    order of the arguments, the file qualifies its id when two ids clash."""

    source: Source
    key: str
    file: Path | None = None


def _id_part(path: str) -> str:
    return re.sub(r"[^\w.-]+", "-", path).strip("-.") or "source"


def _unique_ids(found: list[_Read]) -> list[Source]:
    """Sources whose ids clash are told apart by their path relative to the
    folder their files share ("a/story.txt", "b/story.txt" -> "a-story",
    "b-story"): the same inputs give the same ids in any order."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(found):
        groups.setdefault(r.source.id, []).append(i)
    ids = [r.source.id for r in found]
    for sid, members in groups.items():
        files = [os.path.abspath(found[i].file) for i in members if found[i].file is not None]
        if len(members) < 2 or not files:
            continue
        root = os.path.commonpath([os.path.dirname(f) for f in files])
        for i in members:
            r = found[i]
            if r.file is None:
                continue
            rel = os.path.relpath(os.path.abspath(r.file), root)
            is_record = r.source.kind == "record"
            stem = os.path.splitext(rel)[0]
            ids[i] = _id_part(stem) + (f"-{sid}" if is_record else "")
        same = [i for i in members if found[i].file is not None]
        if len({ids[i] for i in same}) < len(same):  # x.txt and x.html in one folder
            for i in same:
                if found[i].source.kind != "record":
                    ids[i] = _id_part(os.path.relpath(os.path.abspath(found[i].file), root))
    used: set[str] = set()
    out = []
    for i in sorted(range(len(found)), key=lambda i: (ids[i], found[i].key)):
        new = ids[i]
        n = 2
        while new in used:
            new, n = f"{ids[i]}-{n}", n + 1
        used.add(new)
        ids[i] = new
    for r, new in zip(found, ids):
        out.append(r.source if r.source.id == new else replace(r.source, id=new))
    return out


def read_sources(paths: Iterable[str | Path], *, outlet: str | None = None, cache_dir: str | Path | None = None,
                 refresh: bool = False, stdin: bytes | BinaryIO | None = None,
                 use_cache: bool = True) -> tuple[list[Source], list[Problem]]:
    """Read every path, folder, URL or "-" (stdin, given as bytes or a binary stream, read under the cap).

    Bad inputs become Problems (skipped=True) and the rest is read; notes
    about sources that were read (an encoding guessed, a redirect) are
    Problems with skipped=False.
    """
    found: list[_Read] = []
    problems: list[Problem] = []
    duplicates: list[tuple[str, int]] = []
    seen: dict[str, int] = {}
    cache = PageCache(Path(cache_dir or default_cache_dir()) / "pages") if use_cache else None
    for spec in _expand(paths):
        if isinstance(spec, Problem):
            problems.append(spec)
            continue
        file = None
        try:
            if spec == "-":
                if stdin is None:
                    raise SourceError("-", "standard input was not given")
                data = stdin if isinstance(stdin, bytes) else read_capped(stdin, MAX_SOURCE_BYTES, "stdin")
                if len(data) > MAX_SOURCE_BYTES:
                    raise SourceError("stdin", f"larger than the {MAX_SOURCE_BYTES / 1_000_000:g} MB cap for one source")
                text, note = decode(data, "stdin")
                found_here = [_from_text_or_html("stdin", "-", text, kind="stdin", url=None, meta=_explicit({}, outlet, "-", []))]
                notes = [Problem("-", note, skipped=False)] if note else []
            elif isinstance(spec, str) and looks_like_url(spec):
                found_here, notes = read_url(spec, cache=cache, refresh=refresh, outlet=outlet)
            else:
                file = Path(spec)
                found_here, notes = read_file(file, outlet=outlet)
        except SourceError as exc:
            problems.append(Problem(exc.source, exc.reason))
            continue
        except OSError as exc:
            problems.append(Problem(str(spec), exc.strerror or str(exc)))
            continue
        problems.extend(notes)
        for src in found_here:
            try:
                check_language(src)
            except SourceError as exc:
                problems.append(Problem(exc.source, exc.reason))
                continue
            fingerprint = _fingerprint(src)
            if fingerprint in seen:
                duplicates.append((src.path, seen[fingerprint]))
                continue
            seen[fingerprint] = len(found)
            key = os.path.abspath(file) + (f"#{src.path.rsplit('#', 1)[-1]}" if src.kind == "record" else "") if file else str(spec)
            found.append(_Read(src, key, file))
    sources = _unique_ids(found)
    problems += [Problem(path, f"the same article as {sources[first].id}; compared once") for path, first in duplicates]
    if cache is not None:
        problems.extend(Problem("cache", w, skipped=False) for w in cache.warnings)
    return sources, problems
