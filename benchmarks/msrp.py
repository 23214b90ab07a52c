#!/usr/bin/env python3
"""Alignment on MSRP: real sentence pairs from different outlets on the same story.

    python benchmarks/msrp.py [DATA] [--sizes 0.1,0.3,1.0] [--encoder default|fast]

DATA is an MSRP file (default: ../shared/benchmarks/msrp/msr_paraphrase_train.txt);
another split of the same format is scored the same way. Prints figures,
asserts nothing. Thresholds are chosen on DATA itself, so on the training
split the figures are optimistic; score a held-out split for honest ones.

1. Pairwise: does verify say "the same claim"? Three deciders, each with its
   threshold chosen on DATA: all-MiniLM-L6-v2 cosine alone, rapidfuzz
   token_set_ratio alone, and their mean (the reference points), then verify's
   aligner similarity (meaning of claims and their parts, rare shared words),
   and verify's decision: similar enough *and* no conflicting typed value
   (a number, date or negation that differs makes it not the same claim).
2. Corpus scale: sentences #1 become articles of outlet A, sentences #2 of
   outlet B (20 a article); `verify` finds the pairs among all candidates.
   Precision and recall of the pairs labelled 1, and the time, at each size;
   and sentence-transformers' paraphrase_mining on the same sentences.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from corpora import msrp_articles, msrp_pairs  # noqa: E402


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    """(threshold, accuracy, F1) with the threshold that maximises accuracy."""
    best = (0.0, 0.0, 0.0)
    for t in np.unique(np.round(scores, 3)):
        pred = scores >= t
        acc = float((pred == labels).mean())
        if acc > best[1]:
            tp = float((pred & labels).sum())
            f1 = 2 * tp / max(1.0, pred.sum() + labels.sum())
            best = (float(t), acc, f1)
    return best


def conflicts(a, b) -> bool:
    """Typed values two sentences state differently: a number, a date, a negation."""
    from verifier.values import DIFFERENT, date_relation, event_date, number_relation, same_unit

    if a.negated != b.negated:
        return True
    if date_relation(event_date(a), event_date(b)) == DIFFERENT:
        return True
    na, nb = a.of_kind("number"), b.of_kind("number")
    if na and nb and any(same_unit(x, y) and number_relation(x, y) == DIFFERENT for x in na for y in nb):
        return True
    return bool(na and nb and {v.norm for v in na}.isdisjoint({v.norm for v in nb}))


def pairwise(rows, embedder) -> None:
    from rapidfuzz import fuzz, process

    from verifier.align import W_MEANING, W_WORDING, _tfidf_pairs, parts
    from verifier.claims import extract
    from verifier.sources import analyse

    labels = np.array([r[0] == 1 for r in rows])
    s1, s2 = [r[3] for r in rows], [r[4] for r in rows]
    t = time.perf_counter()
    texts = s1 + s2
    part_lists = [parts(x) for x in texts]
    flat = [p for ps in part_lists for p in ps]
    vectors = embedder.encode(texts + flat)
    n = len(rows)
    full = vectors[: 2 * n]
    cosine = np.einsum("ij,ij->i", full[:n], full[n:])
    owner = np.repeat(np.arange(2 * n), [len(p) for p in part_lists])
    part_vecs = vectors[2 * n:]
    meaning = cosine.copy()
    for k in range(n):
        pa, pb = part_vecs[owner == k], part_vecs[owner == n + k]
        if len(pa) and len(pb):
            meaning[k] = max(meaning[k], float((pa @ pb.T).max()) - 0.05)
    wording = _tfidf_pairs(texts, np.arange(n), np.arange(n) + n)
    similarity = W_MEANING * meaning + W_WORDING * wording
    ratio = np.array([fuzz.token_set_ratio(a, b, processor=None) / 100 for a, b in zip(s1, s2)])
    del process
    claims = []
    for k, x in enumerate(texts):
        found = extract(analyse(f"s{k}", "", x + "\n"))
        claims.append(found[0] if found else None)
    conflict = np.array([a is not None and b is not None and conflicts(a, b) for a, b in zip(claims[:n], claims[n:])])
    elapsed = time.perf_counter() - t
    print(f"pairwise on {n} pairs ({labels.mean():.0%} labelled 1), {elapsed:.1f} s; threshold chosen on this data:")
    results = {}
    for name, scores in (("cosine (all-MiniLM-L6-v2)", cosine), ("rapidfuzz token_set_ratio", ratio),
                         ("mean of the two (reference)", (cosine + ratio) / 2), ("verify aligner similarity", similarity)):
        thr, acc, f1 = best_threshold(scores, labels)
        results[name] = (acc, f1)
        print(f"  {name:40s} accuracy {acc:.1%}  F1 {f1 * 100:.1f}  (threshold {thr:.3f})")
    decided = np.where(conflict, -1.0, similarity)
    thr, acc, f1 = best_threshold(decided, labels)
    print(f"  {'verify decision (similar, no conflict)':40s} accuracy {acc:.1%}  F1 {f1 * 100:.1f}  (threshold {thr:.3f}; "
          f"{conflict.mean():.0%} of pairs have a conflicting value)")
    ref = results["mean of the two (reference)"][0]
    print(f"  margin over the reference mean: {100 * (acc - ref):+.1f} points of accuracy")


def corpus_scale(rows, sizes: list[float], embedder_factory) -> None:
    from sentence_transformers.util import paraphrase_mining

    from verifier.embed import load_model
    from verifier.pipeline import compare_sources
    from verifier.sources import read_sources

    print("corpus scale: verify finds the pairs among all claims of outlets A and B")
    previous = None
    for share in sizes:
        subset = rows[: max(1, int(len(rows) * share))]
        positives = {(r[1], r[2]) for r in subset if r[0] == 1}
        with tempfile.TemporaryDirectory() as tmp:
            where = msrp_articles(subset, Path(tmp))
            sources, problems = read_sources([tmp], use_cache=False)
            t = time.perf_counter()
            report = compare_sources(sources, problems, embedder=embedder_factory())
            elapsed = time.perf_counter() - t
        spans: dict[str, list[tuple[int, int, str]]] = {}
        for key, (sid, s, e) in where.items():
            spans.setdefault(sid, []).append((s, e, key.split(":", 1)[1]))

        def sentence_of(ev, spans=spans):
            return next((k for s, e, k in spans.get(ev.source, []) if s <= ev.start < e), None)

        found, agreed = set(), set()
        for f in report.findings:
            if f.kind == "single_source":
                continue
            a = [sentence_of(e) for e in f.evidence if e.source.startswith("a")]
            b = [sentence_of(e) for e in f.evidence if e.source.startswith("b")]
            for x in a:
                for y in b:
                    found.add((x, y))
                    if f.kind == "agreement":
                        agreed.add((x, y))
        tp = len(found & positives)
        precision = tp / max(1, len(found))
        recall = tp / max(1, len(positives))
        tpa = len(agreed & positives)
        growth = f", {elapsed / previous[1]:.1f}x the time for {len(subset) / previous[0]:.1f}x the pairs" if previous else ""
        print(f"  {share:>4.0%} ({len(subset)} pairs, {len(report.claims)} claims): {elapsed:.1f} s{growth}; "
              f"pairs found {len(found)}: precision {precision:.1%}, recall {recall:.1%}; "
              f"as agreements: precision {tpa / max(1, len(agreed)):.1%}, recall {tpa / max(1, len(positives)):.1%}")
        previous = (len(subset), elapsed)
        if share == sizes[-1]:
            sentences = sorted({r[3] for r in subset} | {r[4] for r in subset})
            model = load_model()
            t = time.perf_counter()
            mined = paraphrase_mining(model, sentences, show_progress_bar=False)
            mined_time = time.perf_counter() - t
            index = {s: i for i, s in enumerate(sentences)}
            label = {(index[r[3]], index[r[4]]): r[0] for r in subset}
            label.update({(index[r[4]], index[r[3]]): r[0] for r in subset})
            pos = {k for k, v in label.items() if v == 1 and k[0] < k[1]}
            for thr in (0.75, 0.85):
                got = {(min(i, j), max(i, j)) for score, i, j in mined if score >= thr}
                tpm = len(got & pos)
                print(f"  paraphrase_mining baseline on the same {len(sentences)} sentences: {mined_time:.1f} s (embedding included); "
                      f"cosine >= {thr}: precision {tpm / max(1, len(got)):.1%}, recall {tpm / max(1, len(pos)):.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "msrp" / "msr_paraphrase_train.txt")
    ap.add_argument("--sizes", default="0.1,0.3,1.0", help="shares of the split for the corpus-scale runs")
    ap.add_argument("--encoder", default="default", choices=["default", "fast"], help="the sentence encoder to use")
    ap.add_argument("--skip-corpus", action="store_true", help="pairwise only")
    args = ap.parse_args()
    from verifier.embed import Embedder

    rows = msrp_pairs(args.data)
    make = lambda: Embedder(encoder=args.encoder)  # noqa: E731
    pairwise(rows, make())
    if not args.skip_corpus:
        corpus_scale(rows, [float(x) for x in args.sizes.split(",")], make)


if __name__ == "__main__":
    main()
