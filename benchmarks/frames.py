#!/usr/bin/env python3
"""Accuracy of event frames, field by field, on sentences labelled by reading.

    python benchmarks/frames.py [--errors] [FILE.jsonl ...]

Default files: benchmarks/data/frames_invented.jsonl (written for this test,
none from the demo corpus) and frames_sampled.jsonl (real sentences of ECB+
topics 1-35 and MSRP train; see FRAMES_LABELS.md). Prints, per file, the
share of sentences whose extracted frame has each field right, and the time
per claim. Asserts nothing; tests/test_frames.py holds the floors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

FIELDS = ("type", "trigger", "polarity", "modality", "agent", "patient", "position", "organisation", "place", "time",
          "quantities", "units", "speaker")
DEFAULT_FILES = [HERE / "data" / "frames_invented.jsonl", HERE / "data" / "frames_sampled.jsonl"]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _span(text: str, needle: str | None) -> tuple[int, int] | None:
    if not needle:
        return None
    at = text.find(needle)
    return (at, at + len(needle)) if at >= 0 else None


def _words(s: str) -> list[str]:
    import re

    return re.findall(r"\w+", s.lower())


def same_phrase(text: str, gold: str | None, pred: tuple[int, int] | None) -> bool:
    """Both absent, or overlapping spans that share the gold phrase's head (last word)."""
    g = _span(text, gold)
    if g is None or pred is None:
        return g is None and pred is None
    if not (pred[0] < g[1] and g[0] < pred[1]):
        return False
    head = _words(gold)[-1:] or [""]
    return head[0] in _words(text[pred[0]:pred[1]]) or (_words(text[pred[0]:pred[1]])[-1:] or ["?"])[0] in _words(gold)


def same_time(gold: dict | None, pred) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if gold.get("earliest"):
        return pred.earliest == date.fromisoformat(gold["earliest"]) and pred.latest == date.fromisoformat(gold["latest"])
    if gold.get("month"):
        return pred.month == gold["month"] and pred.day == gold.get("day") and pred.earliest is None
    return pred.earliest is None and _words(gold["text"])[-1:] == _words(pred.text)[-1:]


def frame_of(claims: list, gold: dict, text: str):
    """The extracted claim for the labelled sentence: the one whose trigger
    overlaps the gold trigger, else the clause that holds the gold trigger,
    else the first with an event, else the first."""
    g = _span(text, gold.get("trigger"))
    for c in claims:
        f = c.frame
        if f is not None and g is not None and f.start < g[1] and g[0] < f.end:
            return c
    for c in claims:
        if g is not None and c.start <= g[0] < c.end:
            return c
    return next((c for c in claims if c.frame is not None and c.frame.type != "other"), claims[0] if claims else None)


def check(row: dict) -> tuple[dict[str, bool], dict[str, str], int]:
    """Each field of one labelled sentence: right or wrong, what was extracted, and the claim count."""
    from verifier.claims import extract
    from verifier.sources import analyse

    text = row["text"]
    published = datetime.fromisoformat(row["published"] + "T12:00") if row.get("published") else None
    claims = extract(analyse(row["id"], row["id"] + ".txt", text + "\n", published=published))
    gold = row["frame"]
    claim = frame_of(claims, gold, text)
    f = claim.frame if claim is not None else None

    def arg(role):
        vals = f.of_role(role) if f is not None else ()
        return (vals[0].start, vals[0].end) if vals else None

    when = (f.of_role("time") or [None])[0] if f else None
    sp = (claim.speaker_start, claim.speaker_end) if claim is not None and claim.speaker_start is not None else None
    got = {
        "type": (f.type if f else "other") == gold["type"],
        "trigger": gold["type"] == "other" or (f is not None and same_phrase(text, gold["trigger"], (f.start, f.end))),
        "polarity": (f.polarity if f else "asserted") == gold["polarity"],
        "modality": (f.modality if f else "actual") == gold["modality"],
        "time": same_time(gold.get("time"), when),
        "speaker": same_phrase(text, gold.get("speaker"), sp),
    }
    seen = {"type": f.type if f else None, "trigger": f.trigger if f else None, "polarity": f.polarity if f else None,
            "modality": f.modality if f else None, "time": when.text if when else None,
            "speaker": text[sp[0]:sp[1]] if sp else None}
    for role in ("agent", "patient", "position", "organisation", "place"):
        got[role] = same_phrase(text, gold.get(role), arg(role))
        seen[role] = text[arg(role)[0]:arg(role)[1]] if arg(role) else None
    gq = sorted((float(q["value"]), q["bound"]) for q in gold.get("quantities", []))
    quantities = f.of_role("quantity") if f else ()
    pq = sorted((float(v.number or 0), v.bound) for v in quantities)
    got["quantities"] = gq == pq
    seen["quantities"] = str(pq)
    units = {float(q["value"]): (q.get("unit") or "") for q in gold.get("quantities", [])}
    punits = {float(v.number or 0): (v.unit or "") for v in quantities}
    if units:
        got["units"] = all(_words(units[k])[-1:] == _words(punits.get(k, ""))[-1:] for k in units)
        seen["units"] = str(punits)
    return got, seen, len(claims)


def score(rows: list[dict]) -> tuple[dict[str, list[bool]], list[tuple[str, str, str, str]], float, int]:
    marks: dict[str, list[bool]] = {f: [] for f in FIELDS}
    errors = []
    n_claims = 0
    started = time.perf_counter()
    for r in rows:
        got, seen, n = check(r)
        n_claims += n
        for k, ok in got.items():
            marks[k].append(ok)
            if not ok:
                gold = r["frame"].get(k) if k not in ("units",) else [(q["value"], q["unit"]) for q in r["frame"]["quantities"]]
                errors.append((r["id"], k, str(gold), str(seen.get(k))))
    return marks, errors, time.perf_counter() - started, n_claims


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    ap.add_argument("--errors", action="store_true", help="list every wrong field")
    args = ap.parse_args()
    from verifier.frames import nlp

    nlp()  # the parser's load time is not extraction time
    for path in args.files:
        rows = load(path)
        marks, errors, seconds, n_claims = score(rows)
        print(f"{path.name}: {len(rows)} sentences, {n_claims} claims, {1000 * seconds / max(1, n_claims):.1f} ms per claim")
        print("  " + " · ".join(f"{k} {sum(v) / len(v):.0%}" for k, v in marks.items() if v))
        if args.errors:
            for e in errors:
                print("   ", *e, sep=" | ")


if __name__ == "__main__":
    main()
