#!/usr/bin/env python3
"""The findings benchmark: does verify report what a reader finds in two
outlets' sentences about one story?

    python benchmarks/findings.py [--data benchmarks/data] [--show WRONG]

Each labelled pair (benchmarks/data/findings_*.jsonl: MSRP training split and
ECB+ topics 1-35, labelled by reading) becomes two one-sentence articles of
two outlets; every pair runs through the pipeline after reading (one embedder,
all texts embedded in one batch), and its findings are mapped back:
contradiction (with aspect), uncertain, agreement, or nothing.

Prints, per corpus and overall: contradiction recall (any aspect, and the
aspect right) per aspect, contradiction precision, false alarms on compatible
pairs (per aspect), agreement precision (agreement on a pair labelled
same_fact or compatible: the same event, nothing incompatible) and recall on
same_fact pairs, and how often a different_event look-alike is joined into a
finding. Asserts nothing; tests/test_findings.py holds the floor.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

DATA = HERE / "data"
FILES = ("findings_msrp.jsonl", "findings_ecbplus.jsonl")
ASPECTS = ("number", "date", "place", "person", "role", "polarity")


def load(data: Path = DATA, files=FILES) -> list[dict]:
    rows = []
    for name in files:
        with open(data / name, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def predict(rows: list[dict], embedder=None) -> list[dict]:
    """Run verify on every pair; one prediction per row:
    {"kind": contradiction|uncertain|agreement|none, "aspect": ..., "findings": [...]}"""
    from datetime import datetime

    from verifier.align import parts
    from verifier.embed import Embedder
    from verifier.pipeline import compare_sources
    from verifier.records import Source

    embedder = embedder or Embedder()
    texts = [r[s]["text"] for r in rows for s in ("a", "b")]
    embedder.encode(texts + [p for t in texts for p in parts(t)])  # one batch; the pipeline finds them in memory
    out = []
    for r in rows:
        sources = []
        for side, outlet in (("a", "Outlet A"), ("b", "Outlet B")):
            published = r[side].get("published")
            sources.append(Source(f"{r['id']}-{side}", f"{r['id']}-{side}.txt", r[side]["text"], outlet=outlet,
                                  published=datetime.fromisoformat(published) if published else None))
        report = compare_sources(sources, embedder=embedder)
        out.append(classify(report.findings))
    return out


def classify(findings) -> dict:
    """The finding that decides the pair: a contradiction first, then uncertain, then agreement."""
    joined = [f for f in findings if len({e.source for e in f.evidence}) >= 2]
    for kind in ("contradiction", "uncertain", "agreement"):
        hits = [f for f in joined if f.kind == kind]
        if hits:
            return {"kind": kind, "aspect": hits[0].aspect, "aspects": sorted({f.aspect for f in hits}),
                    "summary": hits[0].summary}
    return {"kind": "none", "aspect": None, "aspects": [], "summary": ""}


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def figures(rows: list[dict], preds: list[dict]) -> dict:
    """The benchmark's figures (shares in 0..1, None when nothing to count)."""
    by_label = Counter(r["label"] for r in rows)
    contra = [(r, p) for r, p in zip(rows, preds) if r["label"] == "contradiction"]
    compatible = [(r, p) for r, p in zip(rows, preds) if r["label"] == "compatible"]
    flagged = [(r, p) for r, p in zip(rows, preds) if p["kind"] == "contradiction"]
    agreed = [(r, p) for r, p in zip(rows, preds) if p["kind"] == "agreement"]
    different = [(r, p) for r, p in zip(rows, preds) if r["label"] == "different_event"]
    same = [(r, p) for r, p in zip(rows, preds) if r["label"] == "same_fact"]
    out = {
        "pairs": len(rows), "labels": dict(by_label),
        "contradiction_recall": _ratio(sum(p["kind"] == "contradiction" for _, p in contra), len(contra)),
        "contradiction_recall_aspect": _ratio(sum(p["kind"] == "contradiction" and r["aspect"] in p["aspects"]
                                                  for r, p in contra), len(contra)),
        "contradiction_or_uncertain_recall": _ratio(sum(p["kind"] in {"contradiction", "uncertain"} for _, p in contra),
                                                    len(contra)),
        "contradiction_precision": _ratio(sum(r["label"] == "contradiction" for r, _ in flagged), len(flagged)),
        "false_alarms_compatible": _ratio(sum(p["kind"] == "contradiction" for _, p in compatible), len(compatible)),
        "agreement_precision": _ratio(sum(r["label"] in {"same_fact", "compatible"} for r, _ in agreed), len(agreed)),
        "agreement_precision_strict": _ratio(sum(r["label"] == "same_fact" for r, _ in agreed), len(agreed)),
        "agreement_recall": _ratio(sum(p["kind"] == "agreement" for _, p in same), len(same)),
        "agreements": len(agreed),
        "look_alikes_joined": _ratio(sum(p["kind"] in {"agreement", "contradiction"} for _, p in different), len(different)),
        "per_aspect": {},
    }
    for aspect in ASPECTS:
        c = [(r, p) for r, p in contra if r["aspect"] == aspect]
        k = [(r, p) for r, p in compatible if r["aspect"] == aspect]
        f = [(r, p) for r, p in flagged if aspect in p["aspects"]]
        out["per_aspect"][aspect] = {
            "contradictions": len(c),
            "recall": _ratio(sum(p["kind"] == "contradiction" and aspect in p["aspects"] for _, p in c), len(c)),
            "flagged": len(f),
            "precision": _ratio(sum(r["label"] == "contradiction" for r, _ in f), len(f)),
            "compatible": len(k),
            "false_alarms": _ratio(sum(p["kind"] == "contradiction" for _, p in k), len(k)),
        }
    return out


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}%"


def print_figures(name: str, f: dict) -> None:
    print(f"\n== {name}: {f['pairs']} pairs {f['labels']}")
    print(f"contradiction recall {_pct(f['contradiction_recall'])} (aspect right {_pct(f['contradiction_recall_aspect'])}; "
          f"with uncertain {_pct(f['contradiction_or_uncertain_recall'])}), precision {_pct(f['contradiction_precision'])}")
    print(f"false alarms on compatible pairs {_pct(f['false_alarms_compatible'])}")
    print(f"agreement precision {_pct(f['agreement_precision'])} (same_fact only {_pct(f['agreement_precision_strict'])}) "
          f"of {f['agreements']}; recall on same_fact {_pct(f['agreement_recall'])}")
    print(f"different-event look-alikes joined into a finding {_pct(f['look_alikes_joined'])}")
    print(f"{'aspect':10} {'contra':>6} {'recall':>7} {'flagged':>7} {'precis':>7} {'compat':>6} {'false al':>8}")
    for aspect, a in f["per_aspect"].items():
        print(f"{aspect:10} {a['contradictions']:6d} {_pct(a['recall']):>7} {a['flagged']:7d} {_pct(a['precision']):>7} "
              f"{a['compatible']:6d} {_pct(a['false_alarms']):>8}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", choices=("missed", "false", "agreements", "look-alikes", "all"), action="append", default=[],
                    help="list pairs of this kind of error")
    args = ap.parse_args()
    rows = load(args.data)
    t = time.perf_counter()
    preds = predict(rows)
    seconds = time.perf_counter() - t
    for corpus in ("msrp", "ecbplus"):
        idx = [i for i, r in enumerate(rows) if r["corpus"] == corpus]
        print_figures(corpus, figures([rows[i] for i in idx], [preds[i] for i in idx]))
    print_figures("all", figures(rows, preds))
    print(f"\n{len(rows)} pairs in {seconds:.1f} s")
    for r, p in zip(rows, preds):
        show = set(args.show)
        wrong = (("missed" in show or "all" in show) and r["label"] == "contradiction" and p["kind"] != "contradiction") \
            or (("false" in show or "all" in show) and p["kind"] == "contradiction" and r["label"] != "contradiction") \
            or (("agreements" in show or "all" in show) and p["kind"] == "agreement" and r["label"] not in {"same_fact", "compatible"}) \
            or (("look-alikes" in show or "all" in show) and r["label"] == "different_event" and p["kind"] != "none")
        if wrong:
            print(f"\n{r['id']} {r['label']}/{r['aspect']} -> {p['kind']}/{p['aspects']} {r.get('a_value')!r} vs {r.get('b_value')!r}")
            print(f"  a: {r['a']['text']}\n  b: {r['b']['text']}\n  {p['summary'][:200]}")


if __name__ == "__main__":
    main()
