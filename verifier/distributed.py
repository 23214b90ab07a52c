"""The per-article stages on Dask: read, clean, extract claims and embed
them, one task per batch of sources.

What one article needs nothing else for (reading it, finding its claims,
embedding their texts and parts) is spread over Dask workers; what needs every
claim at once (names across sources, candidate search, alignment, comparison)
stays in this process, as it runs without Dask. Workers return the sources,
their claims, their problems and the vectors keyed as `Embedder` keys them;
this process seeds its Embedder with those vectors, so the align stage embeds
nothing again. Results are put back in reading order and admitted (duplicates,
ids) exactly as `read_sources` does, so the report is the same.

Dask is imported only here, and this module only when a cluster is asked for.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np

from . import claims as claims_stage
from .align import embed_texts
from .embed import Embedder
from .errors import VerifyError
from .records import Claim, Problem, Source
from .sources.read import Admission, Read, expand, page_cache, read_one

BATCH_MAX = 64  # sources per task at most: a task's results travel as one message
TASKS_PER_THREAD = 4  # several tasks per worker thread, so one slow batch does not hold the run
CONNECT_TIMEOUT = "10s"  # to reach an existing scheduler
RETRIES = 2  # Dask's own retries of a failed task, before its sources are tried one by one

Spec = str | Path
Entry = tuple[Read | Problem, list[Claim] | None]  # a source read and its claims, or a problem


@dataclass(slots=True)
class Extracted:
    """What a worker returns for a batch: for each spec its entries, in
    reading order; the vectors of every claim text and part; cache notes."""

    entries: list[list[Entry]]
    vectors: dict[str, np.ndarray] = field(default_factory=dict)
    embed_warnings: list[str] = field(default_factory=list)
    page_warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Settings:
    """How workers read and embed: the main process's options, sent with each task."""

    outlet: str | None
    pages: str | None  # the page cache's parent folder, None without a cache
    refresh: bool
    embeddings: str | None
    encoder: str
    models: str | None


def extract_batch(specs: list[Spec], settings: Settings) -> Extracted:
    """The Dask task: read specs, extract each source's claims, embed them.

    Models are loaded once per worker process (the loaders are cached per
    process); the embedding and page caches are the same folders as the main
    process's, shared on the filesystem."""
    cache = page_cache(settings.pages) if settings.pages is not None else None
    reads = [read_one(spec, outlet=settings.outlet, cache=cache, refresh=settings.refresh) for spec in specs]
    found = iter(claims_stage.extract_many([item.source for items in reads for item in items if isinstance(item, Read)]))
    entries = [[(item, next(found) if isinstance(item, Read) else None) for item in items] for items in reads]
    embedder = Embedder(settings.embeddings, encoder=settings.encoder, models_dir=settings.models)
    embed_texts([c.text for spec_entries in entries for _, found in spec_entries for c in found or ()], embedder)
    return Extracted(entries, embedder.memory, embedder.warnings, cache.warnings if cache else [])


def _read_and_extract(spec: Spec, settings: Settings, cache, stdin=None) -> list[Entry]:
    found = read_one(spec, outlet=settings.outlet, cache=cache, refresh=settings.refresh, stdin=stdin)
    return [(item, claims_stage.extract(item.source) if isinstance(item, Read) else None) for item in found]


def extract_on_cluster(paths: Iterable[str | Path], *, scheduler=None, workers: int | None = None,
                       outlet: str | None = None, cache_dir: str | Path | None = None, refresh: bool = False,
                       use_cache: bool = True, stdin: bytes | BinaryIO | None = None, embedder: Embedder,
                       progress: Callable[[str, int, int], None]) -> tuple[list[Source], list[Claim], list[Problem]]:
    """Sources sorted by id, their claims in that order, and the problems, as
    `compare_sources` would have them; `embedder` is seeded with every vector.

    scheduler: a Dask scheduler address (or a distributed.Client); workers:
    the number of worker processes of a local cluster, when no scheduler."""
    from .sources import default_cache_dir

    specs = expand(paths)
    settings = Settings(
        outlet=outlet, pages=str(cache_dir or default_cache_dir()) if use_cache else None, refresh=refresh,
        embeddings=str(embedder.cache_dir) if embedder.cache_dir else None, encoder=embedder.encoder,
        models=str(embedder.models_dir) if embedder.models_dir else None)
    # what workers need not do: folders that could not be listed, and standard input (only here)
    local: dict[int, list[Entry]] = {}
    for pos, spec in enumerate(specs):
        if isinstance(spec, Problem):
            local[pos] = [(spec, None)]
        elif spec == "-":
            local[pos] = _read_and_extract(spec, settings, None, stdin)
    remote = [pos for pos in range(len(specs)) if pos not in local]
    with _client(scheduler, workers) as client:
        threads = sum(client.nthreads().values()) or workers or 1
        entries, extras = _run(client, [specs[pos] for pos in remote], threads, settings, progress)
    entries = {remote[k]: v for k, v in entries.items()} | local
    for extracted in extras:
        embedder.memory.update(extracted.vectors)
        embedder.warnings.extend(w for w in extracted.embed_warnings if w not in embedder.warnings)
    page_warnings = [w for extracted in extras for w in extracted.page_warnings]
    return _assemble([entries[pos] for pos in range(len(specs))], page_warnings)


def _run(client, specs: list[Spec], threads: int, settings: Settings,
         progress: Callable[[str, int, int], None]) -> tuple[dict[int, list[Entry]], list[Extracted]]:
    """Each spec's entries by its position, and every batch's result (for its
    vectors and notes), in reading order. A batch that fails after Dask's
    retries is tried again source by source; a source that still fails becomes
    a problem naming it, and no other source's work is lost."""
    from dask.distributed import as_completed

    size = max(1, min(BATCH_MAX, math.ceil(len(specs) / (threads * TASKS_PER_THREAD))))
    positions_of = {}

    def submit(positions: list[int]):
        batch = [specs[p] for p in positions]
        future = client.submit(extract_batch, batch, settings, retries=RETRIES, pure=False)
        positions_of[future.key] = positions
        return future

    entries: dict[int, list[Entry]] = {}
    extras: dict[int, Extracted] = {}
    done = 0
    progress("read, extract, embed", 0, len(specs))
    pending = as_completed([submit(list(range(i, min(i + size, len(specs))))) for i in range(0, len(specs), size)])
    for future in pending:
        positions = positions_of.pop(future.key)
        if future.status == "finished":
            extracted = future.result()
            entries.update(zip(positions, extracted.entries))
            extras[positions[0]] = extracted
        elif len(positions) > 1:
            for pos in positions:
                pending.add(submit([pos]))
            future.release()
            continue
        else:
            entries[positions[0]] = [(Problem(str(specs[positions[0]]), _failure(future)), None)]
        future.release()
        done += len(positions)
        progress("read, extract, embed", done, len(specs))
    return entries, [extras[k] for k in sorted(extras)]


def _failure(future) -> str:
    """One line saying why a source failed on the cluster."""
    if future.status == "cancelled":
        return "cancelled on the cluster (the scheduler lost it)"
    exc = future.exception()
    reason = (str(exc).strip().splitlines() or [""])[0]
    return f"failed on the cluster, retried {RETRIES} times ({type(exc).__name__}{': ' + reason if reason else ''})"


def _assemble(entries: list[list[Entry]], page_warnings: list[str]) -> tuple[list[Source], list[Claim], list[Problem]]:
    """Entries in reading order, admitted as read_sources admits them; then
    sources sorted by id with their claims, as compare_sources orders them."""
    from .pipeline import too_many_claims

    admission = Admission()
    problems: list[Problem] = []
    found: list[list[Claim]] = []  # parallel to admission.found
    for spec_entries in entries:
        for item, claims in spec_entries:
            if isinstance(item, Problem):
                problems.append(item)
            elif admission.add(item):
                found.append(claims)
    sources, duplicates = admission.result()
    problems += duplicates
    claims_of: dict[str, list[Claim]] = {}
    for read, src, claims in zip(admission.found, sources, found):
        # claim ids carry the source id: a source renamed to tell it apart is extracted again under its new id
        claims_of[src.id] = claims if src.id == read.source.id else claims_stage.extract(src)
    problems += [Problem("cache", w, skipped=False) for w in page_warnings]
    sources.sort(key=lambda s: s.id)
    claims: list[Claim] = []
    for src in sources:
        problems += too_many_claims(src, claims_of[src.id])
        claims.extend(claims_of[src.id])
    return sources, claims, problems


@contextlib.contextmanager
def _client(scheduler, workers: int | None) -> Iterator:
    """A Dask client: of the cluster at `scheduler`, or of a local cluster of
    `workers` processes (one thread each), closed on exit."""
    try:
        import dask
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise VerifyError("running on Dask needs the dask extra: pip install -e '.[dask]'") from None
    if scheduler is not None and workers is not None:
        raise VerifyError("give a scheduler or a number of workers, not both")
    if scheduler is not None and not isinstance(scheduler, str):
        yield scheduler  # a Client the caller owns
        return
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise VerifyError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    if workers is None or workers < 1:
        raise VerifyError(f"the number of workers must be 1 or more, not {workers}")
    threads = max(1, (os.cpu_count() or 1) // workers)  # the model's threads: the cores, shared between workers
    environ = {f"distributed.nanny.pre-spawn-environ.{k}": threads
               for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")}
    try:
        with dask.config.set(environ):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                                   silence_logs=logging.ERROR)
    except (OSError, RuntimeError, TimeoutError) as exc:
        raise VerifyError(f"could not start a local Dask cluster of {workers} workers: {exc}") from None
    with cluster, Client(cluster) as client:
        yield client
