#!/usr/bin/env python3
"""Invented two-outlet article pairs with the finding a fact-checker expects:
does verify flag the one disputed fact, agree on the one shared fact, and
leave look-alikes alone?

    python benchmarks/review_pairs.py [--sets review14,review15,review16,review17,review18] [--show]

Each set (benchmarks/data/review_pairs/*.json) was written for this project
by a helper session that never saw the code, the expectation written before
the texts: `contradiction` (with its aspect), `agreement`, `none` (a
look-alike, or facts that are compatible) or `uncertain`. Reviews 14 and 15
were read while the rules they test were written; review 16 was scored blind
once (on 860aed8 and on 9047f60: 25 and 24 of 45 right) and then read;
review 17 was scored blind once (on 29d98e1 and on 4fb9ab7: 19 of 40 right
on both) and then read; review 18 is held out: scored blind (15 of 40 right on
29d98e1, 16 on 1373105, 15 on d43b62d), its findings not read.

Per pair, the verdict: `right`; `partial` (an `uncertain` where a
contradiction was expected); `wrong-aspect`; `miss`; `false-join` (an
agreement on a `none` pair: often a background fact both state alike, to be
read); `FALSE-ALARM` (a contradiction where none was expected). Prints the
counts per set; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "review_pairs"
sys.path.insert(0, str(HERE.parent))


def verdict(pair: dict, findings) -> str:
    """How the findings of two outlets' articles meet the pair's expectation."""
    kinds = {f.kind for f in findings}
    contradictions = [f for f in findings if f.kind == "contradiction"]
    expected, aspect = pair["expect"], pair.get("aspect")
    if expected == "contradiction":
        if any(f.aspect == aspect for f in contradictions):
            return "right"
        return "wrong-aspect" if contradictions else "partial" if "uncertain" in kinds else "miss"
    if contradictions:
        return "FALSE-ALARM"
    if expected == "agreement":
        return "right" if "agreement" in kinds else "miss"
    if expected == "none":
        return "false-join" if "agreement" in kinds else "right"
    return "right"


def run(pairs: list[dict], embedder, show: bool = False) -> Counter:
    from verifier.pipeline import compare_sources
    from verifier.records import Source

    tally: Counter = Counter()
    for pair in pairs:
        sources = [Source(f"{pair['id']}-{side}", f"{pair['id']}-{side}.txt", pair[side]["text"], outlet=pair[side].get("outlet"),
                          published=datetime.fromisoformat(pair[side]["published"]) if pair[side].get("published") else None)
                   for side in ("a", "b")]
        report = compare_sources(sources, embedder=embedder)
        joined = [f for f in report.findings if len({e.source for e in f.evidence}) >= 2]
        found = verdict(pair, joined)
        tally[found] += 1
        if show:
            print(f"{pair['id']:8} {pair.get('beat', ''):9} {pair['expect']:13} {str(pair.get('aspect')):8} -> {found}")
            for f in joined:
                print(f"    {f.kind} {f.aspect} {f.confidence:.2f} {f.summary[:150]}")
    return tally


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    ap.add_argument("--show", action="store_true", help="print each pair's verdict and findings")
    args = ap.parse_args()
    from verifier.embed import Embedder

    embedder = Embedder()
    names = [s for s in args.sets.split(",") if s] or sorted(p.stem for p in args.data.glob("*.json"))
    for name in names:
        pairs = json.loads((args.data / f"{name}.json").read_text(encoding="utf-8"))
        tally = run(pairs, embedder, show=args.show)
        print(f"{name}: {len(pairs)} pairs " + ", ".join(f"{k} {tally[k]}" for k in
                                                       ("right", "partial", "wrong-aspect", "miss", "false-join", "FALSE-ALARM")))


if __name__ == "__main__":
    main()
