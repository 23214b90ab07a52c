#!/usr/bin/env python3
"""Speed and memory of `verify compare`: the demo corpus (first run and a
cached rerun) and ECB+ corpora of N real articles.

    python benchmarks/pipeline.py [--ecbplus ARCHIVE] [--sizes 98,982]
    python benchmarks/pipeline.py --workers 1,2 [--sizes 982]

With --workers, each ECB+ size runs in-process and then on a local Dask
cluster of each number of worker processes (cluster start and the workers'
model loads included), and prints the ratios and whether each report is
byte-identical to the in-process one.

Each measurement runs in its own process, so peak RSS and caches are its own.
Prints, for each: wall time (whole process), claims and claims per second,
peak RSS, the share of time per stage, and the floor: the time to embed the
same texts alone with the same model. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def worker(paths: list[str], cache_dir: str, floor: bool) -> None:
    """Run the pipeline once in this process and print its figures as JSON."""
    import resource

    from verifier.align import parts
    from verifier.embed import Embedder, load_model
    from verifier.pipeline import compare_sources
    from verifier.report import render
    from verifier.sources import read_sources

    t = time.perf_counter()
    sources, problems = read_sources(paths, use_cache=False)
    read = time.perf_counter() - t
    embedder = Embedder(Path(cache_dir) / "embeddings")
    report = compare_sources(sources, problems, embedder=embedder, timings={"read": read})
    t = time.perf_counter()
    render(report, "json")
    timings = dict(report.timings, report=time.perf_counter() - t)
    figures = {"sources": len(sources), "claims": len(report.claims), "findings": len(report.findings),
               "timings": timings, "embedded": embedder.computed}
    if floor:
        texts = [c.text for c in report.claims] + [p for c in report.claims for p in parts(c.text)]
        model = load_model()
        t = time.perf_counter()
        model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        figures["floor"] = time.perf_counter() - t
        figures["texts"] = len(texts)
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))


def cluster_worker(paths: list[str], cache_dir: str, workers: int, report_file: str) -> None:
    """Run `verify compare` once in this process, in-process (workers 0) or on
    a local Dask cluster, with an empty cache; print its figures as JSON."""
    import resource

    from verifier import compare
    from verifier.embed import Embedder
    from verifier.report import to_json

    t = time.perf_counter()
    embedder = Embedder(Path(cache_dir) / "embeddings")
    report = compare(paths, cache_dir=cache_dir, embedder=embedder, workers=workers or None)
    wall = time.perf_counter() - t
    Path(report_file).write_text(to_json(report), encoding="utf-8")
    print(json.dumps({"sources": len(report.sources), "claims": len(report.claims), "findings": len(report.findings),
                      "timings": dict(report.timings), "pipeline": wall,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


def measure(paths: list[str], cache_dir: Path, floor: bool, workers: int | None = None, report_file: Path | None = None) -> dict:
    t = time.perf_counter()
    mode = ["--floor"] if floor else []
    if workers is not None:
        mode = ["--cluster-workers", str(workers), "--report-file", str(report_file)]
    run = subprocess.run([sys.executable, __file__, "--worker", "--cache-dir", str(cache_dir), *mode, *paths],
                         capture_output=True, text=True, check=True)
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    figures["wall"] = time.perf_counter() - t
    return figures


def show(label: str, f: dict) -> None:
    t = f["timings"]
    total = sum(t.values())
    stages = " · ".join(f"{k} {v / total:.0%}" for k, v in t.items() if v / total >= 0.005)
    print(f"{label}: {f['sources']} articles, {f['claims']} claims, {f['findings']} findings")
    print(f"  wall {f['wall']:.2f} s (process) · pipeline {total:.2f} s · {f['claims'] / total:.0f} claims/s · "
          f"peak RSS {f['peak_rss_mb']:.0f} MB · texts embedded {f['embedded']}")
    print(f"  stages: {stages}")
    if t.get("extract") and f["claims"]:
        print(f"  extraction: {1000 * t['extract'] / f['claims']:.2f} ms per claim (sentences, parse, event frames, values)")
    if "floor" in f:
        print(f"  floor: embedding the same {f['texts']} texts alone takes {f['floor']:.2f} s; "
              f"the pipeline minus model load takes {total - t.get('load model', 0):.2f} s "
              f"({(total - t.get('load model', 0)) / f['floor']:.2f}x the floor)")


def compare_modes(folder: Path, tmp: Path, counts: list[int]) -> None:
    """One ECB+ corpus in-process, then on 1, 2... Dask workers: time, claims/s, ratio, same report?"""
    label = {0: "in-process"} | {n: f"{n} Dask worker{'s' if n > 1 else ''}" for n in counts}
    runs = {}
    for n in [0, *counts]:
        runs[n] = f = measure([str(folder)], tmp / f"cache-{folder.name}-{n}", floor=False, workers=n,
                              report_file=tmp / f"report-{n}.json")
        rss = f"peak RSS {f['peak_rss_mb']:.0f} MB" + (f", largest worker {f['worker_rss_mb']:.0f} MB" if n else "")
        stages = " · ".join(f"{k} {v:.1f} s" for k, v in f["timings"].items() if v >= 0.05)
        print(f"{folder.name}, {label[n]}: {f['sources']} articles, {f['claims']} claims, {f['findings']} findings")
        print(f"  pipeline {f['pipeline']:.1f} s ({f['claims'] / f['pipeline']:.0f} claims/s) · wall {f['wall']:.1f} s "
              f"(process) · {rss}")
        print(f"  stages: {stages} · load average after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        if n:
            base = runs[0]
            same = (tmp / f"report-{n}.json").read_bytes() == (tmp / "report-0.json").read_bytes()
            detail = "byte-identical" if same else _difference(tmp / "report-0.json", tmp / f"report-{n}.json")
            print(f"  vs in-process: {base['pipeline'] / f['pipeline']:.2f}x the speed "
                  f"({f['pipeline'] / base['pipeline']:.2f}x the time); report {detail}")
    if len(counts) >= 2:
        a, b = runs[counts[0]], runs[counts[-1]]
        print(f"  {label[counts[-1]]} vs {label[counts[0]]}: {a['pipeline'] / b['pipeline']:.2f}x the speed")


def _difference(a: Path, b: Path) -> str:
    """How two JSON reports differ, in a few words."""
    x, y = json.loads(a.read_text(encoding="utf-8")), json.loads(b.read_text(encoding="utf-8"))
    parts = [k for k in x if x[k] != y.get(k)]
    fx = {json.dumps(f, sort_keys=True) for f in x["findings"]}
    fy = {json.dumps(f, sort_keys=True) for f in y["findings"]}
    return f"DIFFERS in {', '.join(parts)} ({len(fx - fy)} of {len(fx)} findings not identical)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--cache-dir", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--cluster-workers", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--report-file", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--workers", default=None,
                    help="numbers of Dask worker processes to compare with in-process on ECB+, e.g. 1,2 (needs the dask extra)")
    ap.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "ecbplus" / "ECBplus_982docs.tar.xz")
    ap.add_argument("--sizes", default="98,982", help="numbers of ECB+ articles to run on")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    if args.worker and args.cluster_workers is not None:
        cluster_worker(args.paths, args.cache_dir, args.cluster_workers, args.report_file)
        return
    if args.worker:
        worker(args.paths, args.cache_dir, args.floor)
        return
    if args.workers:
        if not args.ecbplus.exists():
            sys.exit(f"ECB+ not found at {args.ecbplus}: pass --ecbplus ARCHIVE")
        from corpora import ecbplus_articles

        with tempfile.TemporaryDirectory() as tmp:
            for n in [int(x) for x in args.sizes.split(",") if x]:
                folder = Path(tmp) / f"ecb-{n}"
                ecbplus_articles(args.ecbplus, folder, n)
                compare_modes(folder, Path(tmp), [int(x) for x in args.workers.split(",") if x])
        return
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        first = measure([str(ROOT / "sources")], cache, floor=True)
        show("demo corpus, first run (empty cache)", first)
        again = measure([str(ROOT / "sources")], cache, floor=False)
        show("demo corpus, cached rerun", again)
        print(f"  cached rerun is {first['wall'] / again['wall']:.1f}x faster than the first run (process wall time)")
        if args.ecbplus.exists():
            from corpora import ecbplus_articles

            results = []
            for n in [int(x) for x in args.sizes.split(",") if x]:
                folder = Path(tmp) / f"ecb-{n}"
                ecbplus_articles(args.ecbplus, folder, n)
                f = measure([str(folder)], Path(tmp) / f"cache-{n}", floor=True)
                show(f"ECB+ {n} articles", f)
                results.append((n, f))
            if len(results) >= 2:
                (n0, a), (n1, b) = results[0], results[-1]
                ta, tb = sum(a["timings"].values()), sum(b["timings"].values())
                la, lb = a["timings"].get("load model", 0), b["timings"].get("load model", 0)
                print(f"growth: {n1 / n0:.1f}x the articles took {(tb - lb) / (ta - la):.1f}x the pipeline time "
                      f"(model load excluded), {b['peak_rss_mb'] / a['peak_rss_mb']:.1f}x the peak memory")
        else:
            print(f"(ECB+ not found at {args.ecbplus}: pass --ecbplus ARCHIVE for the scale runs)")


if __name__ == "__main__":
    main()
