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
from . import lexicon
from .claimcache import ClaimCache
from .embed import Embedder
from .errors import NoSourcesError
from .records import Claim, Problem, Report, Source
from .sources import default_cache_dir, read_sources


def extract(paths: Iterable[str | Path], *, outlet: str | None = None, stdin: bytes | None = None,
            cache_dir: str | Path | None = None, refresh: bool = False,
            use_cache: bool = True) -> tuple[list[Source], list[Claim], list[Problem]]:
    """Read sources and extract their claims (no model is loaded)."""
    _keep_gazetteer(cache_dir, use_cache)
    sources, problems = read_sources(paths, outlet=outlet, stdin=stdin, cache_dir=cache_dir, refresh=refresh, use_cache=use_cache)
    cache = claim_cache(cache_dir, refresh=refresh) if use_cache else None
    claims = [c for found in extract_claims(sources, cache) for c in found]
    if cache is not None:
        problems += [Problem("claims cache", w, skipped=False) for w in cache.warnings]
    return sources, claims, problems


def _keep_gazetteer(cache_dir: str | Path | None, use_cache: bool) -> None:
    lexicon.keep_gazetteer_in(Path(cache_dir or default_cache_dir()) / "gazetteer" if use_cache else None)


def claim_cache(cache_dir: str | Path | None, *, refresh: bool = False) -> ClaimCache:
    return ClaimCache(Path(cache_dir or default_cache_dir()) / "claims", refresh=refresh)


def extract_claims(sources: list[Source], cache: ClaimCache | None = None, progress=None) -> list[list[Claim]]:
    """The claims of each source, in order: those of a source already seen
    (same text, metadata and extractor) from the cache, without parsing;
    progress(done, total)."""
    found = [cache.get(src) if cache is not None else None for src in sources]
    todo = [src for src, claims in zip(sources, found) if claims is None]
    ready = len(sources) - len(todo)
    if ready and progress:
        progress(ready, len(sources))
    step = (lambda done, total: progress(ready + done, len(sources))) if progress else None
    fresh = iter(claims_stage.extract_many(todo, progress=step) if todo else ())
    out = []
    for src, claims in zip(sources, found):
        if claims is None:
            claims = next(fresh)
            if cache is not None:
                cache.put(src, claims)
        out.append(claims)
    return out


Progress = Callable[[str, int, int], None]


def _noop(stage: str, done: int, total: int) -> None:
    """The default progress callback: the library itself never prints."""


def compare(paths: Iterable[str | Path], *, outlet: str | None = None, cache_dir: str | Path | None = None,
            refresh: bool = False, use_cache: bool = True, stdin: bytes | None = None, encoder: str = "default",
            embedder: Embedder | None = None, progress: Progress | None = None,
            scheduler: str | None = None, workers: int | None = None) -> Report:
    """Compare the claims of several sources: `verify compare` as a function.

    With `scheduler` (a Dask scheduler address, tcp://HOST:8786) or `workers`
    (a local cluster of that many processes), sources are read, their claims
    extracted and embedded on Dask workers (pip install -e '.[dask]'); the
    report is the same. Raises NoSourcesError when none of the paths could be
    read; sources that could not be read are listed in `Report.problems`.
    """
    timings: dict[str, float] = {}
    if embedder is None:
        root = Path(cache_dir or default_cache_dir())
        embedder = Embedder(root / "embeddings" if use_cache else None, encoder=encoder, models_dir=root / "models")
    cache = claim_cache(cache_dir, refresh=refresh) if use_cache else None
    _keep_gazetteer(cache_dir, use_cache)
    if scheduler is not None or workers is not None:
        from .distributed import extract_on_cluster

        t = time.perf_counter()
        sources, claims, problems = extract_on_cluster(
            paths, scheduler=scheduler, workers=workers, outlet=outlet, cache_dir=cache_dir, refresh=refresh,
            use_cache=use_cache, stdin=stdin, embedder=embedder, progress=progress or _noop)
        timings["read, extract, embed (cluster)"] = time.perf_counter() - t
        _no_sources(sources, problems)
        return compare_claims(sources, claims, problems, embedder=embedder, timings=timings, progress=progress)
    t = time.perf_counter()
    sources, problems = read_sources(paths, outlet=outlet, cache_dir=cache_dir, refresh=refresh, stdin=stdin, use_cache=use_cache)
    timings["read"] = time.perf_counter() - t
    _no_sources(sources, problems)
    return compare_sources(sources, problems, embedder=embedder, timings=timings, progress=progress, cache=cache)


def _no_sources(sources: list[Source], problems: list[Problem]) -> None:
    if not sources:
        raise NoSourcesError("no source could be read" + "".join(f"\n  {p.source}: {p.message}" for p in problems))


def too_many_claims(src: Source, found: list[Claim]) -> list[Problem]:
    """The note for a source whose claims were cut at the limit."""
    if len(found) < claims_stage.MAX_CLAIMS_PER_SOURCE:
        return []
    return [Problem(src.path, f"more than {claims_stage.MAX_CLAIMS_PER_SOURCE} claims: only the first "
                              f"{claims_stage.MAX_CLAIMS_PER_SOURCE} were compared", skipped=False)]


def compare_sources(sources: list[Source], problems: list[Problem] | None = None, *,
                    embedder: Embedder | None = None, timings: dict[str, float] | None = None,
                    progress: Progress | None = None, cache: ClaimCache | None = None) -> Report:
    """The stages after reading, for sources already in memory.

    progress(stage, done, total) is called as work advances, for a caller that
    wants to show it; claims already in `cache` are not extracted again."""
    progress = progress or _noop
    timings = dict(timings or {})
    sources = sorted(sources, key=lambda s: s.id)
    t = time.perf_counter()
    claims = []
    problems = list(problems or ())
    for src, found in zip(sources, extract_claims(sources, cache, progress=lambda done, total: progress("extract", done, total))):
        problems += too_many_claims(src, found)
        claims.extend(found)
    if cache is not None:
        problems += [Problem("claims cache", w, skipped=False) for w in cache.warnings]
    timings["extract"] = time.perf_counter() - t
    return compare_claims(sources, claims, problems, embedder=embedder, timings=timings, progress=progress)


def compare_claims(sources: list[Source], claims: list[Claim], problems: list[Problem], *,
                   embedder: Embedder | None = None, timings: dict[str, float] | None = None,
                   progress: Progress | None = None) -> Report:
    """The stages after extraction: entities, align, compare. `sources` sorted
    by id and `claims` in that order, each source's in extraction order."""
    progress = progress or _noop
    timings = dict(timings or {})
    problems = list(problems)
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
