"""Corpora for the benchmarks, built from public data: ECB+ articles as text
files, MSRP sentence pairs as the articles of two outlets."""

from __future__ import annotations

import json
import re
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

NO_SPACE_BEFORE = re.compile(r"^([.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$", re.I)
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“"}


def detokenize(tokens: list[str]) -> str:
    out = ""
    for tok in tokens:
        tok = {"``": "“", "''": "”", "-LRB-": "(", "-RRB-": ")"}.get(tok, tok)
        if out and not NO_SPACE_BEFORE.match(tok) and out[-1] not in NO_SPACE_AFTER and tok != "”":
            out += " "
        out += tok
    return out


def ecbplus_articles(archive: Path, out: Path, limit: int | None = None) -> list[Path]:
    """Write up to `limit` ECB+ documents as .txt articles (one paragraph a sentence)."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tarfile.open(archive) as tar:
        members = sorted((m for m in tar.getmembers() if m.name.endswith(".xml")), key=lambda m: m.name)
        for m in members[:limit]:
            root = ET.fromstring(tar.extractfile(m).read())
            sentences: dict[int, list[str]] = {}
            for tok in root.iter("token"):
                sentences.setdefault(int(tok.get("sentence", 0)), []).append(tok.text or "")
            text = "\n\n".join(detokenize(sentences[k]) for k in sorted(sentences)) + "\n"
            path = out / (Path(m.name).stem + ".txt")
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def msrp_pairs(path: Path) -> list[tuple[int, str, str, str, str]]:
    """(label, id1, id2, sentence1, sentence2) rows of an MSRP file."""
    rows = []
    for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) == 5:
            rows.append((int(parts[0]), parts[1], parts[2], parts[3], parts[4]))
    return rows


def msrp_articles(rows, out: Path, per_article: int = 20) -> dict[str, tuple[str, int, int]]:
    """Sentences #1 as articles of outlet A, sentences #2 as articles of outlet B.

    Returns sentence id -> (source id, start, end) to map findings back to pairs."""
    where: dict[str, tuple[str, int, int]] = {}
    out.mkdir(parents=True, exist_ok=True)
    for side, outlet in ((1, "Outlet A"), (2, "Outlet B")):
        seen: dict[str, str] = {}
        for r in rows:
            seen.setdefault(r[side], r[side + 2])
        items = list(seen.items())
        for n in range(0, len(items), per_article):
            chunk = items[n:n + per_article]
            sid = f"{'ab'[side - 1]}{n // per_article:04d}"
            text = ""
            for sent_id, sentence in chunk:
                where[f"{side}:{sent_id}"] = (sid, len(text), len(text) + len(sentence))
                text += sentence + "\n\n"
            (out / f"{sid}.txt").write_text(text, encoding="utf-8")
            (out / f"{sid}.meta.json").write_text(json.dumps({"outlet": outlet}), encoding="utf-8")
    return where
