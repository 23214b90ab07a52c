"""Turning what the user names (files, folders, URLs, "-") into Sources.

Every bad input becomes a one-line Problem naming it, and the other sources
are still read: empty, binary or PDF files, unknown encodings (decoded when
charset-normalizer is sure, and said so), pages with no article, a language
other than English, huge files, duplicates, and URLs that fail.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from ..errors import SourceError
from ..lexicon import fold
from ..records import Problem, Source
from .html import extract_page
from .text import analyse, body_ranges
from .web import PageCache, fetch, looks_like_url, slug

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SIDECAR_SUFFIX = ".meta.json"
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


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Text of a file and, when it was not UTF-8, a note of the encoding used."""
    if not data.strip():
        raise SourceError(name, "empty file")
    if data[:5] == b"%PDF-":
        raise SourceError(name, "a PDF file: save the article as text or HTML first")
    boms = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, encoding in boms:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
                return _checked(text, name), None if encoding == "utf-8-sig" else f"read as {encoding} (not UTF-8)"
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:8192]:
        raise SourceError(name, "binary file, not text (an image, archive or document?)")
    try:
        return _checked(data.decode("utf-8"), name), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise SourceError(name, "not UTF-8 and in no encoding that could be recognised")
    return _checked(str(best), name), f"not UTF-8: read as {best.encoding}"


def _checked(text: str, name: str) -> str:
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 20000):
        raise SourceError(name, "binary file, not text (an image, archive or document?)")
    if not re.search(r"\w{2,}", text):
        raise SourceError(name, "no readable text")
    return text


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


def _parse_published(value) -> datetime | None:
    if not value:
        return None
    if isinstance(value, (int, float)):
        return datetime.utcfromtimestamp(value)
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        import dateparser

        return dateparser.parse(str(value), languages=["en"])


def _sidecar(path: Path) -> dict:
    meta = path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
    if not meta.exists():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SourceError(str(meta), f"unreadable metadata sidecar ({exc})") from None
    return data if isinstance(data, dict) else {}


def _explicit(meta: dict, outlet: str | None) -> dict:
    return {
        "outlet": outlet or meta.get("outlet") or meta.get("source"),
        "title": meta.get("title"),
        "published": _parse_published(meta.get("published") or meta.get("date")),
    }


def _from_text_or_html(source_id: str, name: str, text: str, *, kind: str, url: str | None, meta: dict) -> Source:
    if re.match(r"\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", text, re.I):
        return extract_page(source_id, name, text, url=url, kind="html" if kind == "text" else kind, **meta)
    return analyse(source_id, name, text, kind=kind, url=url, **{k: v for k, v in meta.items()})


def read_file(path: Path, *, outlet: str | None = None) -> tuple[list[Source], list[Problem]]:
    """The sources of one file (a records file holds several)."""
    name = str(path)
    if not path.exists():
        raise SourceError(name, "no such file or folder")
    suffix = path.suffix.lower()
    cap = MAX_HTML_BYTES if suffix in HTML_SUFFIXES else MAX_SOURCE_BYTES
    size = path.stat().st_size
    if size > cap:
        raise SourceError(name, f"{size / 1_000_000:.1f} MB, larger than the {cap // 1_000_000} MB cap for one source")
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES:
        head = path.open("rb").read(8)
        if head.startswith(b"%PDF-"):
            raise SourceError(name, "a PDF file: save the article as text or HTML first")
        if suffix not in {""}:
            raise SourceError(name, f"unsupported file type {suffix!r}: verify reads .txt, .md, .html and .json/.jsonl")
    text, note = decode(path.read_bytes(), name)
    notes = [Problem(name, note, skipped=False)] if note else []
    if suffix in RECORD_SUFFIXES:
        sources, problems = read_records(path, text, outlet=outlet)
        return sources, notes + problems
    sidecar = _sidecar(path)
    meta, url = _explicit(sidecar, outlet), sidecar.get("url")
    if suffix in HTML_SUFFIXES:
        src = extract_page(path.stem, name, text, url=url, **meta)
    else:
        src = _from_text_or_html(path.stem, name, text, kind="text", url=url, meta=meta)
    return [src], notes


def read_records(path: Path, text: str, *, outlet: str | None = None) -> tuple[list[Source], list[Problem]]:
    """Scraper and news-API exports: {"text", "outlet", "published", "url", "title"} per record."""
    name = str(path)
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text)
            records = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else []
        else:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise SourceError(name, f"malformed JSON (line {exc.lineno}: {exc.msg})") from None
    sources, problems = [], []
    for n, rec in enumerate(records, 1):
        label = f"{name}#{n}"
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            problems.append(Problem(label, "a record without a \"text\" field"))
            continue
        rid = str(rec.get("id") or (slug(rec["url"]) if rec.get("url") else f"{path.stem}-{n:03d}"))
        try:
            sources.append(_from_text_or_html(re.sub(r"[^\w.-]+", "-", rid), label, rec["text"], kind="record",
                                              url=rec.get("url"), meta=_explicit(rec, outlet)))
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
    text, note = decode(page.body, url)
    if note:
        notes.append(Problem(url, note, skipped=False))
    meta = _explicit({}, outlet)
    if page.content_type == "text/plain":
        return [analyse(slug(url), url, text, kind="url", url=page.final_url, **meta)], notes
    return [extract_page(slug(url), url, text, url=page.final_url, kind="url", **meta)], notes


def _expand(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    for p in paths:
        if isinstance(p, str) and (p == "-" or looks_like_url(p)):
            yield p
            continue
        p = Path(p)
        if p.is_dir():
            known = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in known
                              and not f.name.endswith(SIDECAR_SUFFIX) and not f.name.startswith("."))
        else:
            yield p


def _fingerprint(source: Source) -> str:
    body = " ".join(source.text[s:e] for s, e in body_ranges(source))
    return hashlib.sha256(re.sub(r"\W+", " ", fold(body)).strip().encode()).hexdigest()


def read_sources(paths: Iterable[str | Path], *, outlet: str | None = None, cache_dir: str | Path | None = None,
                 refresh: bool = False, stdin: bytes | None = None, use_cache: bool = True) -> tuple[list[Source], list[Problem]]:
    """Read every path, folder, URL or "-" (stdin, given as bytes).

    Bad inputs become Problems (skipped=True) and the rest is read; notes
    about sources that were read (an encoding guessed, a redirect) are
    Problems with skipped=False.
    """
    sources: list[Source] = []
    problems: list[Problem] = []
    admit = Admission()
    cache = page_cache(cache_dir) if use_cache else None
    for spec in expand(paths):
        for item in read_one(spec, outlet=outlet, cache=cache, refresh=refresh, stdin=stdin):
            item = admit(item) if isinstance(item, Source) else item
            (sources if isinstance(item, Source) else problems).append(item)
    if cache is not None:
        problems.extend(Problem("cache", w, skipped=False) for w in cache.warnings)
    return sources, problems


def page_cache(cache_dir: str | Path | None) -> PageCache:
    return PageCache(Path(cache_dir or default_cache_dir()) / "pages")


def expand(paths: Iterable[str | Path]) -> list[str | Path]:
    """Every file, URL or "-" the paths name, folders expanded, in reading order."""
    return list(_expand(paths))


def read_one(spec: str | Path, *, outlet: str | None = None, cache: PageCache | None = None, refresh: bool = False,
             stdin: bytes | None = None) -> list[Source | Problem]:
    """What one file, URL or "-" yields, in order: its sources (language
    checked) and its problems. It depends on nothing else read, so specs can be
    read anywhere in any order; `Admission` then settles duplicates and ids."""
    try:
        if spec == "-":
            if stdin is None:
                raise SourceError("-", "standard input was not given")
            text, note = decode(stdin, "stdin")
            found = [_from_text_or_html("stdin", "-", text, kind="stdin", url=None, meta=_explicit({}, outlet))]
            notes = [Problem("-", note, skipped=False)] if note else []
        elif isinstance(spec, str) and looks_like_url(spec):
            found, notes = read_url(spec, cache=cache, refresh=refresh, outlet=outlet)
        else:
            found, notes = read_file(Path(spec), outlet=outlet)
    except SourceError as exc:
        return [Problem(exc.source, exc.reason)]
    except OSError as exc:
        return [Problem(str(spec), exc.strerror or str(exc))]
    out: list[Source | Problem] = list(notes)
    for src in found:
        try:
            check_language(src)
        except SourceError as exc:
            out.append(Problem(exc.source, exc.reason))
            continue
        out.append(src)
    return out


class Admission:
    """Admits sources in reading order: a repeat of an article already
    admitted becomes a Problem, a taken id gets a suffix (-2, -3...)."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.seen: dict[str, str] = {}

    def __call__(self, src: Source) -> Source | Problem:
        fingerprint = _fingerprint(src)
        if fingerprint in self.seen:
            return Problem(src.path, f"the same article as {self.seen[fingerprint]}; compared once")
        self.seen[fingerprint] = src.id
        if src.id in self.ids:
            n = 2
            while f"{src.id}-{n}" in self.ids:
                n += 1
            src = _with_id(src, f"{src.id}-{n}")
        self.ids.add(src.id)
        return src


def _with_id(src: Source, new_id: str) -> Source:
    from dataclasses import replace

    return replace(src, id=new_id)
