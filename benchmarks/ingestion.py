#!/usr/bin/env python3
"""How often verify's HTML ingestion gets body, title and date right, on
public pages with gold annotations written by others.

    python benchmarks/ingestion.py [--trafilatura DIR] [--htmldate DIR] [--limit N]

DIR holds the gold file and the pages' .tar.xz, as in shared/benchmarks/ or
the vendored subset in benchmarks/data/. Prints figures; asserts nothing.
- body: every "with" snippet is in the extracted text and no "without" one is;
- title: equal after folding case, spacing and punctuation;
- date: the publication day equals the gold day.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from verifier.errors import SourceError  # noqa: E402
from verifier.lexicon import fold  # noqa: E402
from verifier.sources.html import extract_page  # noqa: E402


def default(name: str) -> Path:
    shared = HERE.parent.parent / "shared" / "benchmarks" / name
    return shared if shared.exists() else HERE / "data" / name


def norm(text: str) -> str:
    return re.sub(r"\W+", " ", fold(text or "")).strip()


def pages(folder: Path, gold_name: str) -> tuple[dict, Path]:
    gold = json.loads((folder / gold_name).read_text(encoding="utf-8"))
    archive = next(folder.glob("*.tar.xz"))
    out = Path(tempfile.mkdtemp(prefix="verify-bench-"))
    with tarfile.open(archive) as tar:
        tar.extractall(out, filter="data")
    return gold, out


def find(root: Path, name: str) -> Path | None:
    hits = list(root.rglob(name))
    return hits[0] if hits else None


def extract(path: Path, url: str):
    """verify's ingestion of one saved page, or None when it finds no article."""
    try:
        return extract_page(path.stem, str(path), path.read_bytes(), url=url)
    except SourceError:
        return None


def run_trafilatura(folder: Path, limit: int | None) -> None:
    gold, root = pages(folder, "evaldata_subset.json")
    items = list(gold.items())[:limit]
    body_ok = title_ok = title_n = date_ok = date_n = failed = 0
    t = time.perf_counter()
    for url, meta in items:
        path = find(root, meta["file"])
        if path is None:
            continue
        src = extract(path, url)
        text = norm(src.text) if src else ""
        failed += src is None
        body_ok += all(norm(s) in text for s in meta.get("with", [])) and not any(norm(s) in text for s in meta.get("without", []) if norm(s))
        if meta.get("title"):
            title_n += 1
            title_ok += bool(src) and norm(src.title or "") == norm(meta["title"])
        if meta.get("date"):
            date_n += 1
            date_ok += bool(src) and src.published is not None and src.published.date().isoformat() == meta["date"][:10]
    n = len(items)
    print(f"trafilatura gold pages ({folder}): {n} pages in {time.perf_counter() - t:.1f} s")
    print(f"  body  {body_ok}/{n} = {body_ok / n:.1%}  (no article found: {failed})")
    print(f"  title {title_ok}/{title_n} = {title_ok / max(1, title_n):.1%}")
    print(f"  date  {date_ok}/{date_n} = {date_ok / max(1, date_n):.1%}")


def run_htmldate(folder: Path, limit: int | None) -> None:
    gold, root = pages(folder, "eval_mediacloud_2020.json")
    items = list(gold.items())[:limit]
    ok = found = 0
    t = time.perf_counter()
    for url, meta in items:
        path = find(root, meta["file"])
        if path is None:
            continue
        src = extract(path, url)
        if src is not None:
            day = src.published.date().isoformat() if src.published else None
        else:
            from htmldate import find_date  # a page without article text still has a date to check

            day = find_date(path.read_bytes(), url=url, original_date=True)
        found += day is not None
        ok += day == meta["date"]
    n = len(items)
    print(f"htmldate gold pages ({folder}): {n} pages in {time.perf_counter() - t:.1f} s")
    print(f"  date  {ok}/{n} = {ok / n:.1%}  (a date found for {found})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trafilatura", type=Path, default=default("trafilatura"))
    ap.add_argument("--htmldate", type=Path, default=default("htmldate"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    args = ap.parse_args()
    run_trafilatura(args.trafilatura, args.limit)
    run_htmldate(args.htmldate, args.limit)


if __name__ == "__main__":
    main()
