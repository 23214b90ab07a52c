#!/usr/bin/env python3
"""Speed and memory of `verify compare`: the demo corpus (first run and a
cached rerun) and ECB+ corpora of N real articles.

    python benchmarks/pipeline.py [--ecbplus ARCHIVE] [--sizes 98,982]

Each measurement runs in its own process, so peak RSS and caches are its own.
Prints, for each: wall time (whole process), claims and claims per second,
peak RSS, the share of time per stage, and the floor: the time to embed the
same texts alone with the same model. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
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


def measure(paths: list[str], cache_dir: Path, floor: bool) -> dict:
    t = time.perf_counter()
    run = subprocess.run([sys.executable, __file__, "--worker", "--cache-dir", str(cache_dir), *(["--floor"] if floor else []), *paths],
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
    if "floor" in f:
        print(f"  floor: embedding the same {f['texts']} texts alone takes {f['floor']:.2f} s; "
              f"the pipeline minus model load takes {total - t.get('load model', 0):.2f} s "
              f"({(total - t.get('load model', 0)) / f['floor']:.2f}x the floor)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--cache-dir", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--ecbplus", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "ecbplus" / "ECBplus_982docs.tar.xz")
    ap.add_argument("--sizes", default="98,982", help="numbers of ECB+ articles to run on")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    if args.worker:
        worker(args.paths, args.cache_dir, args.floor)
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
