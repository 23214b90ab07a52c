#!/usr/bin/env python3
"""Alignment on MSRP: real sentence pairs from different outlets on the same story.

    python benchmarks/msrp.py [DATA] [--sizes 0.1,0.3,1.0] [--encoder default|fast]

DATA is an MSRP file (default: ../shared/benchmarks/msrp/msr_paraphrase_train.txt);
another split of the same format is scored the same way. Prints figures,
asserts nothing. Thresholds are chosen on DATA itself, so on the training
split the figures are optimistic; score a held-out split for honest ones.

1. Pairwise: does verify say "the same claim"? all-MiniLM-L6-v2 cosine alone,
   rapidfuzz token_set_ratio alone and their mean (the reference points),
   each with its best threshold on DATA, against verify's similarity: a
   logistic model over the aligner's pair features (meaning of claims and
   their parts, rare shared words, what one says that the other does not,
   differing numbers, a negation on one side). `--fit` fits it on DATA and
   writes verifier/similarity.json, printing its 5-fold cross-validated figures.
2. Corpus scale: sentences #1 become articles of outlet A, sentences #2 of
   outlet B (20 a article); `verify` finds the pairs among all candidates.
   Precision and recall of the pairs labelled 1, and the time, at each size;
   and sentence-transformers' paraphrase_mining on the same sentences.
"""

from __future__ import annotations

import argparse
import json
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


def features(rows, embedder) -> np.ndarray:
    """The aligner's own pair features (verifier.align.text_pair_features) for MSRP pairs."""
    from verifier.align import embed_texts, text_pair_features

    texts = [r[3] for r in rows] + [r[4] for r in rows]
    n = len(rows)
    return text_pair_features(texts, embed_texts(texts, embedder), np.arange(n), np.arange(n) + n)[1]


def fit(X: np.ndarray, labels: np.ndarray, out: Path, source: str) -> None:
    """Fit the aligner's similarity (a logistic model) and store it; print its 5-fold CV figures."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_validate

    from verifier.align import FEATURES

    mean, scale = X.mean(axis=0), X.std(axis=0) + 1e-9
    Z = (X - mean) / scale
    model = LogisticRegression(C=10, max_iter=5000)
    cv = cross_validate(model, Z, labels, cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring=("accuracy", "f1"))
    model.fit(Z, labels)
    p = model.predict_proba(Z)[:, 1]
    gate = float(np.quantile(p[labels], 0.05))  # 95% of the pairs labelled "same" pass the gate
    data = {"features": list(FEATURES), "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
            "coef": model.coef_[0].round(6).tolist(), "intercept": round(float(model.intercept_[0]), 6),
            "gate": round(gate, 4), "fitted_on": source, "pairs": int(len(labels)),
            "cv_accuracy": round(float(cv["test_accuracy"].mean()), 4), "cv_f1": round(float(cv["test_f1"].mean()), 4)}
    out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"fitted on {len(labels)} pairs and written to {out}: 5-fold CV accuracy {data['cv_accuracy']:.1%}, "
          f"F1 {100 * data['cv_f1']:.1f}; gate {gate:.3f}")


def pairwise(rows, embedder, fit_to: Path | None, source: str) -> None:
    from rapidfuzz import fuzz

    from verifier import align

    labels = np.array([r[0] == 1 for r in rows])
    t = time.perf_counter()
    X = features(rows, embedder)
    elapsed = time.perf_counter() - t
    print(f"encoder {embedder.encoder}: {embedder.computed} texts embedded in {embedder.encode_seconds:.1f} s "
          f"({embedder.computed / max(1e-9, embedder.encode_seconds):.0f} texts/s; model load {embedder.load_seconds:.1f} s)")
    if fit_to is not None:
        fit(X, labels, fit_to, source)
        align.similarity_model.cache_clear()
    cosine = X[:, 0]
    ratio = np.array([fuzz.token_set_ratio(r[3], r[4]) / 100 for r in rows])
    ours = align.similarity(X)
    print(f"pairwise on {len(rows)} pairs ({labels.mean():.0%} labelled 1), features in {elapsed:.1f} s:")
    ref = None
    for name, scores in ((f"cosine ({embedder.encoder} encoder)", cosine), ("rapidfuzz token_set_ratio", ratio),
                         ("mean of the two (reference)", (cosine + ratio) / 2), ("verify similarity", ours)):
        thr, acc, f1 = best_threshold(scores, labels)
        ref = acc if "reference" in name else ref
        print(f"  {name:32s} accuracy {acc:.1%}  F1 {f1 * 100:.1f}  (best threshold on this data: {thr:.3f})")
    pred = ours >= 0.5
    tp = float((pred & labels).sum())
    acc, f1 = float((pred == labels).mean()), 2 * tp / (pred.sum() + labels.sum())
    model = align.similarity_model()
    print(f"  {'verify similarity >= 0.5':32s} accuracy {acc:.1%}  F1 {f1 * 100:.1f}  (the model's own decision; "
          f"fitted on {model['fitted_on']}, 5-fold CV there {model['cv_accuracy']:.1%} / {100 * model['cv_f1']:.1f})")
    print(f"  margin over the reference mean: {100 * (acc - ref):+.1f} points of accuracy "
          f"(on the data it was fitted on; the CV figure is the honest one)")


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
    ap.add_argument("--encoder", default="default", choices=["default", "quantized", "static"], help="the sentence encoder to use")
    ap.add_argument("--skip-corpus", action="store_true", help="pairwise only")
    ap.add_argument("--fit", action="store_true", help="fit the aligner's similarity on DATA and write verifier/similarity.json")
    args = ap.parse_args()
    from verifier.embed import Embedder
    from verifier.sources import default_cache_dir

    rows = msrp_pairs(args.data)
    make = lambda: Embedder(encoder=args.encoder, models_dir=default_cache_dir() / "models")  # noqa: E731
    from verifier.align import MODEL_FILE

    pairwise(rows, make(), MODEL_FILE if args.fit else None, args.data.name)
    if not args.skip_corpus:
        corpus_scale(rows, [float(x) for x in args.sizes.split(",")], make)


if __name__ == "__main__":
    main()
