"""The whole pipeline as plain function calls: what the CLI runs, and what a
notebook can run too.

    sources -> claims -> entities -> align -> compare -> report
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from . import align as align_stage
from . import claims as claims_stage
from . import compare as compare_stage
from . import entities as entities_stage
from .embed import Embedder
from .errors import NoSourcesError
from .records import Claim, Problem, Report, Source
from .sources import default_cache_dir, read_sources


def extract(paths: Iterable[str | Path], *, outlet: str | None = None, stdin: bytes | None = None,
            cache_dir: str | Path | None = None, refresh: bool = False,
            use_cache: bool = True) -> tuple[list[Source], list[Claim], list[Problem]]:
    """Read sources and extract their claims (no model is loaded)."""
    sources, problems = read_sources(paths, outlet=outlet, stdin=stdin, cache_dir=cache_dir, refresh=refresh, use_cache=use_cache)
    claims = claims_stage.extract_all(sources)
    return sources, claims, problems


Progress = Callable[[str, int, int], None]


def _noop(stage: str, done: int, total: int) -> None:
    """The default progress callback: the library itself never prints."""


def compare(paths: Iterable[str | Path], *, outlet: str | None = None, cache_dir: str | Path | None = None,
            refresh: bool = False, use_cache: bool = True, stdin: bytes | None = None, encoder: str = "default",
            embedder: Embedder | None = None, progress: Progress | None = None) -> Report:
    """Compare the claims of several sources: `verify compare` as a function.

    Raises NoSourcesError when none of the paths could be read; sources that
    could not be read are listed in `Report.problems`.
    """
    timings: dict[str, float] = {}
    t = time.perf_counter()
    sources, problems = read_sources(paths, outlet=outlet, cache_dir=cache_dir, refresh=refresh, stdin=stdin, use_cache=use_cache)
    timings["read"] = time.perf_counter() - t
    if not sources:
        raise NoSourcesError("no source could be read" + "".join(f"\n  {p.source}: {p.message}" for p in problems))
    if embedder is None:
        root = Path(cache_dir or default_cache_dir())
        embedder = Embedder(root / "embeddings" if use_cache else None, encoder=encoder, models_dir=root / "models")
    return compare_sources(sources, problems, embedder=embedder, timings=timings, progress=progress)


def compare_sources(sources: list[Source], problems: list[Problem] | None = None, *,
                    embedder: Embedder | None = None, timings: dict[str, float] | None = None,
                    progress: Progress | None = None) -> Report:
    """The stages after reading, for sources already in memory.

    progress(stage, done, total) is called as work advances, for a caller that
    wants to show it."""
    progress = progress or _noop
    timings = dict(timings or {})
    sources = sorted(sources, key=lambda s: s.id)
    t = time.perf_counter()
    claims = []
    problems = list(problems or ())
    for src, found in zip(sources, claims_stage.extract_many(sources, progress=lambda done, total: progress("extract", done, total))):
        if len(found) >= claims_stage.MAX_CLAIMS_PER_SOURCE:
            problems.append(Problem(src.path, f"more than {claims_stage.MAX_CLAIMS_PER_SOURCE} claims: only the first "
                                              f"{claims_stage.MAX_CLAIMS_PER_SOURCE} were compared", skipped=False))
        claims.extend(found)
    timings["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    resolution = entities_stage.resolve(claims)
    timings["entities"] = time.perf_counter() - t
    t = time.perf_counter()
    embedder = embedder or Embedder()
    progress("load model", 0, 1)
    pairs = align_stage.align(claims, resolution, embedder, {s.id: s.text for s in sources},
                              progress=lambda done, total: progress("embed", done, total))
    timings["align"] = time.perf_counter() - t - embedder.load_seconds - embedder.encode_seconds
    timings["load model"] = embedder.load_seconds
    timings["embed"] = embedder.encode_seconds
    problems += [Problem("embedding cache", w, skipped=False) for w in embedder.warnings]
    t = time.perf_counter()
    progress("compare", 0, 1)
    findings = compare_stage.compare(sources, claims, resolution, pairs)
    progress("compare", 1, 1)
    timings["compare"] = time.perf_counter() - t
    return Report(tuple(sources), tuple(claims), resolution.entities, tuple(findings), tuple(problems or ()), timings)
