#!/usr/bin/env python3
"""Same event? Fit and score verify's same-event model on ECB+ cross-document
event coreference.

    python benchmarks/same_event.py --fit      # fit on topics 1-35, write verifier/same_event.json
    python benchmarks/same_event.py            # cross-validated figures on topics 1-35
    python benchmarks/same_event.py --test     # the final figure: topics 36-45 (never tune on it)

Every ECB+ topic holds two look-alike real events (two quakes, two rehab
check-ins) reported by many outlets. A pair of annotated sentences from two
documents of one topic is the same event when the two share a gold
cross-document action instance. Each sentence is one claim (its clauses'
values together); the features are align.EVENT_FEATURES, as the pipeline
computes them. Figures: pairwise precision/recall/F1 and B3 F1 of the
clusters (connected pairs), against a cosine-threshold baseline whose
threshold is chosen on topics 1-35 too.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

ECB = ROOT.parent / "shared" / "benchmarks" / "ecbplus"
if not ECB.exists():
    ECB = Path("/work/shared/benchmarks/ecbplus")
FIT_TOPICS = range(1, 36)
TEST_TOPICS = range(36, 46)
PRECISION = 2 / 3  # of pairs taken as one event, at the `established` threshold


def sentences(archive: Path, topics) -> list[dict]:
    """Annotated sentences of the topics: {topic, doc, sentence, text, events}
    where events are the gold cross-document action instances it mentions."""
    from corpora import detokenize

    wanted = set(topics)
    selected: set[tuple[str, str, int]] = set()
    with open(archive.parent / "ECBplus_coreference_sentences.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            selected.add((row["Topic"], f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    out = []
    with tarfile.open(archive) as tar:
        for m in sorted(tar.getmembers(), key=lambda m: m.name):
            if not m.name.endswith(".xml"):
                continue
            topic = m.name.split("/")[-2]
            if not topic.isdigit() or int(topic) not in wanted:
                continue
            root = ET.fromstring(tar.extractfile(m).read())
            doc = Path(m.name).stem
            tokens: dict[int, list[str]] = defaultdict(list)
            sentence_of: dict[str, int] = {}
            for tok in root.iter("token"):
                s = int(tok.get("sentence", 0))
                tokens[s].append(tok.text or "")
                sentence_of[tok.get("t_id")] = s
            anchors: dict[str, set[int]] = {}
            for mark in root.find("Markables") or []:
                if mark.tag.startswith(("ACTION", "NEG")):
                    anchors[mark.get("m_id")] = {sentence_of[t.get("t_id")] for t in mark.findall("token_anchor")
                                                 if t.get("t_id") in sentence_of}
            events: dict[int, set[str]] = defaultdict(set)
            for rel in root.iter("CROSS_DOC_COREF"):
                note = rel.get("note", "")
                if not note.startswith(("ACT", "NEG")):
                    continue
                for src in rel.findall("source"):
                    for s in anchors.get(src.get("m_id"), ()):
                        events[s].add(note)
            for s, ids in sorted(events.items()):
                if (topic, doc, s) in selected and ids:
                    out.append({"topic": int(topic), "doc": doc, "sentence": s, "text": detokenize(tokens[s]),
                                "events": sorted(ids)})
    return out


def article_ledes(archive: Path, docs: set[str], embedder) -> dict[str, np.ndarray]:
    """The lede vector of each document as the pipeline makes it (align.lede_vectors): the article read as verify
    reads it (title and header lines apart), its claims extracted, those of the first sentences embedded."""
    import tempfile

    from corpora import ecbplus_articles

    from verifier import align
    from verifier.claims import extract
    from verifier.sources import read_sources

    with tempfile.TemporaryDirectory() as tmp:
        paths = ecbplus_articles(archive, Path(tmp), names=docs)
        sources, _ = read_sources([str(p) for p in paths], use_cache=False)
    claims = [c for s in sources for c in extract(s)]
    claims = [claims[k] for k in align.lede_claims(claims)]
    return align.lede_vectors(claims, embedder.encode([c.text for c in claims]))


def features(rows: list[dict], embedder, archive: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(pairs, features, labels, cosine) for every cross-document pair of
    sentences within a topic."""

    from verifier import align
    from verifier.claims import extract
    from verifier.entities import resolve
    from verifier.records import Claim, Source

    claims = []
    for n, r in enumerate(rows):
        sid = f"{r['doc']}#{r['sentence']}"
        parts = extract(Source(sid, sid, r["text"]))
        values = tuple(v for c in parts for v in c.values)
        frame = next((c.frame for c in parts if c.predicate), parts[0].frame if parts else None)
        speaker = next((c.speaker for c in parts if c.speaker), None)
        claims.append(Claim(f"s{n}", sid, 0, len(r["text"]), r["text"], speaker=speaker, values=values, frame=frame))
    resolution = resolve(claims)
    texts = {c.source: c.text for c in claims}
    pairs = []
    by_topic: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_topic[r["topic"]].append(i)
    for members in by_topic.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if rows[i]["doc"] != rows[j]["doc"]:
                    pairs.append((i, j))
    pairs = np.array(pairs, dtype=np.int64)
    emb = align.embed_texts([c.text for c in claims], embedder)
    _, text_features = align.text_pair_features([c.text for c in claims], emb, pairs[:, 0], pairs[:, 1], blind_to_figures=True)
    facts = align._facts(claims, resolution, texts)
    ledes = article_ledes(archive, {r["doc"] for r in rows}, embedder)
    lede = np.array([float(ledes[rows[i]["doc"]] @ ledes[rows[j]["doc"]]) if rows[i]["doc"] in ledes and rows[j]["doc"] in ledes
                     else np.nan for i, j in pairs.tolist()])
    x = align.event_features(claims, facts, pairs[:, 0], pairs[:, 1], text_features, lede)
    y = np.array([bool(set(rows[i]["events"]) & set(rows[j]["events"])) for i, j in pairs.tolist()])
    return pairs, x, y, text_features[:, align.FEATURES.index("cos")]


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp = float((pred & gold).sum())
    p = tp / max(1, pred.sum())
    r = tp / max(1, gold.sum())
    return p, r, 2 * p * r / max(1e-9, p + r)


def best_threshold(score: np.ndarray, gold: np.ndarray) -> float:
    grid = np.unique(np.round(score, 3))
    return float(max(grid, key=lambda t: prf(score >= t, gold)[2]))


def b3(rows: list[dict], pairs: np.ndarray, decided: np.ndarray) -> tuple[float, float, float]:
    """B3 precision/recall/F1 of predicted clusters (connected decided pairs)
    against gold clusters (each sentence's most widespread instance)."""
    count: dict[str, int] = defaultdict(int)
    for r in rows:
        for e in r["events"]:
            count[e] += 1
    gold = [max(r["events"], key=lambda e: (count[e], e)) for r in rows]
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), d in zip(pairs.tolist(), decided):
        if d:
            parent[find(i)] = find(j)
    pred = [find(i) for i in range(len(rows))]
    p_sum = r_sum = 0.0
    for i in range(len(rows)):
        same_pred = {j for j in range(len(rows)) if pred[j] == pred[i] and rows[j]["topic"] == rows[i]["topic"]}
        same_gold = {j for j in range(len(rows)) if gold[j] == gold[i]}
        both = len(same_pred & same_gold)
        p_sum += both / len(same_pred)
        r_sum += both / len(same_gold)
    p, r = p_sum / len(rows), r_sum / len(rows)
    return p, r, 2 * p * r / max(1e-9, p + r)


def fit(x: np.ndarray, y: np.ndarray) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    clf = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit((x - scaler.mean_) / scale, y)
    return {"mean": scaler.mean_.round(6).tolist(), "scale": scale.round(6).tolist(),
            "coef": clf.coef_[0].round(6).tolist(), "intercept": round(float(clf.intercept_[0]), 6)}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    z = (x - np.array(model["mean"])) / np.array(model["scale"]) @ np.array(model["coef"]) + model["intercept"]
    return 1 / (1 + np.exp(-z))


def bars_of(oof: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """(likely, established, same_speaker): likely, the best pairwise F1 (out of fold); established, where two of
    three pairs taken as one event are one (precision 2/3), for findings; same_speaker, a stricter bar (precision
    3/4) for one speaker's two statements, as a person speaks on many occasions."""
    likely = best_threshold(oof, y)
    grid = np.unique(np.round(oof, 3))
    established = float(min((t for t in grid if t >= likely and prf(oof >= t, y)[0] >= PRECISION), default=likely))
    same_speaker = float(min((t for t in grid if t >= established and prf(oof >= t, y)[0] >= 0.75), default=established))
    return likely, established, same_speaker


def cross_validated(rows, pairs, x, y, folds: int = 5) -> np.ndarray:
    """Out-of-fold probabilities, folds by topic."""
    topic = np.array([rows[i]["topic"] for i in pairs[:, 0]])
    groups = np.unique(topic)
    out = np.zeros(len(y))
    for f in range(folds):
        held = np.isin(topic, groups[f::folds])
        out[held] = predict(fit(x[~held], y[~held]), x[held])
    return out


def report(name: str, rows, pairs, gold, decided, score_name: str) -> None:
    p, r, f = prf(decided, gold)
    bp, br, bf = b3(rows, pairs, decided)
    print(f"{name:28} {score_name:22} pairwise P {100 * p:5.1f} R {100 * r:5.1f} F1 {100 * f:5.1f} | "
          f"B3 P {100 * bp:5.1f} R {100 * br:5.1f} F1 {100 * bf:5.1f}")


def main() -> None:
    from verifier import align
    from verifier.embed import Embedder

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--archive", type=Path, default=ECB / "ECBplus_982docs.tar.xz")
    ap.add_argument("--fit", action="store_true", help="fit on topics 1-35 and write verifier/same_event.json")
    ap.add_argument("--refit-without-lede", action="store_true", help="with --fit: refit the model for pairs with a short "
                    "article too (kept as it is otherwise, so that those decisions do not move with each refit)")
    ap.add_argument("--test", action="store_true", help="also score topics 36-45 (the final figure; never tune on it)")
    ap.add_argument("--findings", action="store_true", help="with --test: run verify on the articles of topics 36-45 "
                    "and count findings that join two look-alike events")
    ap.add_argument("--findings-dev", action="store_true", help="run verify on the articles of development topics "
                    "(--dev-topics) and count findings that join two events; topics 36-45 stay for --test --findings")
    ap.add_argument("--dev-topics", default="1-10", help="development topics for --findings-dev, FIRST-LAST within 1-35 "
                    "(default 1-10; 11-35 takes about ten minutes)")
    ap.add_argument("--cache", type=Path, help="keep the topics 1-35 features in this .npz (delete it when features change)")
    args = ap.parse_args()
    t = time.perf_counter()
    embedder = Embedder()
    if args.findings_dev:
        first, last = (int(t) for t in args.dev_topics.split("-"))
        if not 1 <= first <= last <= max(FIT_TOPICS):
            ap.error(f"--dev-topics must lie within 1-{max(FIT_TOPICS)}: 36-45 are held out")
        look_alike_findings(args.archive, embedder, range(first, last + 1))
        return
    rows = sentences(args.archive, FIT_TOPICS)
    saved = np.load(args.cache) if args.cache and args.cache.exists() else None
    if saved is not None and saved["x"].shape[1] == len(align.EVENT_FEATURES):  # an earlier run's: refitting is quick
        pairs, x, y, cos = saved["pairs"], saved["x"], saved["y"], saved["cos"]
    else:  # (a cache of other features, as before the ledes, is made again rather than read wrongly)
        pairs, x, y, cos = features(rows, embedder, args.archive)
        if args.cache:
            np.savez(args.cache, pairs=pairs, x=x, y=y, cos=cos)
    print(f"topics 1-35: {len(rows)} sentences, {len(pairs)} cross-document pairs, {int(y.sum())} same event "
          f"({time.perf_counter() - t:.1f} s)")
    # two models: one with the ledes' cosine for pairs of articles that have ledes, one without it (the lede
    # unknown) for pairs with a short article, its probability put on the first one's scale (`align.same_event`)
    known = ~np.isnan(x[:, -1])
    oof_short = cross_validated(rows, pairs, x[:, :-1], y)
    oof_full = cross_validated(rows, pairs[known], x[known], y[known])
    bars_short, bars = bars_of(oof_short, y), bars_of(oof_full, y[known])
    oof = np.interp(oof_short, [0, *bars_short, 1], [0, *bars, 1])
    oof[known] = oof_full
    likely, established, same_speaker = bars
    cos_threshold = best_threshold(cos, y)
    report("topics 1-35 (5-fold CV)", rows, pairs, y, oof >= likely, f"P(same) >= {likely:.3f}")
    report("topics 1-35 (5-fold CV)", rows, pairs, y, oof >= established, f"P(same) >= {established:.3f}")
    report("topics 1-35", rows, pairs, y, cos >= cos_threshold, f"cosine >= {cos_threshold:.3f}")
    if args.fit:
        short = json.loads(align.EVENT_MODEL_FILE.read_text(encoding="utf-8")).get("without_lede")
        if short is None or args.refit_without_lede:  # else kept: each decision on short articles stays as shipped
            short = {**fit(x[:, :-1], y), **dict(zip(("likely", "established", "same_speaker"), (round(b, 4) for b in bars_short)))}
        model = {"features": list(align.EVENT_FEATURES), **fit(x[known], y[known]), "established": round(established, 4),
                 "likely": round(likely, 4), "same_speaker": round(same_speaker, 4), "cosine_baseline": round(cos_threshold, 4),
                 "without_lede": short,
                 "fitted_on": "ECB+ topics 1-35, cross-document sentence pairs (gold action coreference): without_lede "
                              "on all of them (at the last --refit-without-lede), the rest on the pairs of articles with ledes",
                 "pairs": int(len(y)), "same_event_pairs": int(y.sum()), "pairs_with_ledes": int(known.sum())}
        align.EVENT_MODEL_FILE.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        align.same_event_model.cache_clear()
        print(f"wrote {align.EVENT_MODEL_FILE}")
        for name, c in sorted(zip(align.EVENT_FEATURES, model["coef"]), key=lambda t: -abs(t[1])):
            print(f"  {name:12} {c:+.3f}")
    if args.test:
        model = align.same_event_model()
        test_rows = sentences(args.archive, TEST_TOPICS)
        tp, tx, ty, tcos = features(test_rows, embedder, args.archive)
        print(f"\ntopics 36-45: {len(test_rows)} sentences, {len(tp)} pairs, {int(ty.sum())} same event")
        p = align.same_event(tx)
        report("topics 36-45", test_rows, tp, ty, p >= model["likely"], f"P(same) >= {model['likely']:.3f}")
        report("topics 36-45", test_rows, tp, ty, p >= model["established"], f"P(same) >= {model['established']:.3f}")
        report("topics 36-45 baseline", test_rows, tp, ty, tcos >= model["cosine_baseline"],
               f"cosine >= {model['cosine_baseline']:.3f}")
        two = np.array([test_rows[i]["doc"].endswith("plus") != test_rows[j]["doc"].endswith("plus") for i, j in tp.tolist()])
        joined = p >= model["established"]
        print(f"pairs joined across the topic's two look-alike events (ecb vs ecbplus): "
              f"{int((joined & two).sum())} of {int(joined.sum())} joined = {100 * (joined & two).sum() / max(1, joined.sum()):.1f}%")
    if args.findings:
        look_alike_findings(args.archive, embedder)
    print(f"({time.perf_counter() - t:.1f} s)")


def look_alike_findings(archive: Path, embedder, topics=TEST_TOPICS) -> dict:
    """verify over the articles of the topics (both events of each topic
    together): the share of agreements and contradictions whose evidence
    joins two different events. Two measures: by gold annotation (two of its
    claims lie in annotated sentences that share no gold event; findings
    whose claims are not in annotated sentences are not judged), and by
    article (claims from an ecb and an ecbplus article of a topic, or from two
    topics: cruder, as an article often recalls the other event too)."""
    import tempfile

    from corpora import ecbplus_articles

    from verifier.pipeline import compare_sources
    from verifier.sources import read_sources

    wanted = set(topics)
    with tempfile.TemporaryDirectory() as tmp:
        paths = [p for p in ecbplus_articles(archive, Path(tmp)) if int(p.stem.split("_")[0]) in wanted]
        sources, problems = read_sources([str(p) for p in paths], use_cache=False)
        t = time.perf_counter()
        report = compare_sources(sources, problems, embedder=embedder)
        seconds = time.perf_counter() - t
    gold: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for row in sentences(archive, topics):
        gold[row["doc"]].append((_squash(row["text"]), set(row["events"])))

    def events_of(e) -> set[str] | None:
        quote = _squash(e.quote)
        found = [ev for text, ev in gold.get(e.source, ()) if quote and (quote in text or text in quote)]
        return set().union(*found) if found else None

    by_article = judged = by_gold = total = 0
    for f in report.findings:
        if f.kind not in {"agreement", "contradiction"}:
            continue
        total += 1
        halves = {(e.source.split("_")[0], e.source.endswith("plus")) for e in f.evidence}
        by_article += len(halves) > 1
        known = [ev for ev in map(events_of, f.evidence) if ev is not None]
        if len(known) >= 2:
            judged += 1
            by_gold += any(not (x & y) for k, x in enumerate(known) for y in known[k + 1:])
    print(f"topics {min(wanted)}-{max(wanted)}, {len(sources)} articles, {len(report.claims)} claims ({seconds:.1f} s): "
          f"{total} agreements and contradictions; by gold annotation {by_gold} of the {judged} judged join two "
          f"different events ({100 * by_gold / max(1, judged):.1f}%); by article {by_article} of {total} "
          f"({100 * by_article / max(1, total):.1f}%)")
    return {"total": total, "judged": judged, "joined_gold": by_gold, "joined_article": by_article}


def _squash(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


if __name__ == "__main__":
    main()
