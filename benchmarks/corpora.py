"""Corpora for the benchmarks, built from public data: ECB+ articles as text
files, MSRP sentence pairs as the articles of two outlets."""

from __future__ import annotations

import json
import re
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

TOKEN_MAP = {"``": "“", "''": "”", "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]"}
OPENERS = {"(", "[", "{", "$", "#", "“", "‘"}
CLOSERS = {".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "”", "’", "'"}
CLITIC = re.compile(r"^(['’](s|re|ve|ll|d|m)|n['’]t)$", re.I)
CLITIC_TAIL = {"s", "t", "re", "ve", "ll", "d", "m"}  # "Iran ’ s" split at the apostrophe
# A word after " - " that opens a clause: "they say - the third time" keeps its dash.
CLAUSE_OPENERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "which", "who", "this", "that"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_WORD = re.compile(r"^[\"“‘'(\[$€£]*\w[\w'’]*[\"”’')\]]*$")  # a word, perhaps quoted or a price
_DIGITS = re.compile(r"^\d+$")
_LOWER_WORD = re.compile(r"^[a-z0-9]+$")


def _quotes(tokens: list[str]) -> list[str]:
    """Straight double quotes marked opening or closing (“ ”), by position and parity."""
    out, open_ = [], False
    for i, tok in enumerate(tokens):
        if tok == '"':
            prev = tokens[i - 1] if i else None
            closing = prev is not None and (open_ or prev in {".", ",", "!", "?", ";"} or i == len(tokens) - 1)
            open_ = not closing
            tok = "”" if closing else "“"
        elif tok[:1] in {'"', "“"}:
            open_ = True
        elif tok[-1:] in {'"', "”"}:
            open_ = False
        out.append(tok)
    return out


def _hyphen(tokens: list[str], i: int) -> bool:
    """Whether the "-" at i joins the words around it (court-mandated, 2005-05-24, T-Mobile)."""
    prev = tokens[i - 1] if i else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if not (_WORD.match(prev) and _WORD.match(nxt)):  # also "- -", a dash
        return False
    if nxt in CLAUSE_OPENERS:  # "state - of - the - art" is still one word
        return i >= 2 and tokens[i - 2] == "-" and _hyphen(tokens, i - 2)
    return True


def _glued(tokens: list[str], i: int) -> bool:
    """Whether token i was written against token i-1 (no space between them)."""
    prev, tok = tokens[i - 1], tokens[i]
    before = tokens[i - 2] if i >= 2 else ""
    if prev in OPENERS or (i == 1 and prev in {"'", "‘"}):
        return True
    if tok in CLOSERS or CLITIC.match(tok):
        return True
    if prev in {"'", "’"} and tok.lower() in CLITIC_TAIL:
        return True
    if prev == ".":  # 6.1, £1.7m, latimes.com, a.m., U.S.; "Jan. 6" and "No. 1" keep their space
        return bool((re.search(r"(^|[$€£])\d+$", before) and tok[:1].isdigit())
                    or (_LOWER_WORD.match(before) and _LOWER_WORD.match(tok) and (len(before) > 1 or len(tok) == 1))
                    or (re.fullmatch(r"[A-Z]", before) and re.fullmatch(r"[A-Z]", tok)))
    if prev == ",":  # 20,000, 2,000ft; not "July 13, 200 people"
        month_day = i >= 3 and tokens[i - 3].lower().rstrip(".") in MONTHS
        return bool(re.fullmatch(r"[$€£]?\d{1,3}", before) and re.match(r"\d{3}(?!\d)", tok) and not month_day)
    if prev == ":":  # 4:43, 09:56, 8:05am, GMT+05:00
        return bool(re.search(r"\d$", before) and re.match(r"\d\d(?!\d)", tok))
    if tok == "/" or prev == "/":  # 5/24/2005, and/or
        return True
    if "-" == tok == prev:  # "- -" is a dash: " -- "
        return True
    if tok == "-":
        return _hyphen(tokens, i)
    if prev == "-" == before:
        return False
    if prev == "-":
        return _hyphen(tokens, i - 1)
    return False


def detokenize(tokens: list[str]) -> str:
    """One ECB+ sentence as the original reads: numbers, decimals, times, dates,
    hyphenated words, clitics, domains and quotes rejoined."""
    tokens = [TOKEN_MAP.get(t, t) for t in tokens if t]
    if not tokens:
        return ""
    if tokens[0].lower() in {"http", "https"} or tokens[0].lower().startswith("www"):
        return "".join(tokens)  # the source URL, split at every punctuation mark
    marked = _quotes(tokens)
    text = tokens[0]
    for i in range(1, len(tokens)):
        text += tokens[i] if _glued(marked, i) else " " + tokens[i]  # spacing decided, characters kept
    return text


def ecbplus_text(xml: bytes) -> str:
    """The text of one ECB+ document: one paragraph a sentence, as the original reads."""
    root = ET.fromstring(xml)
    sentences: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence", 0)), []).append(tok.text or "")
    return "\n\n".join(detokenize(sentences[k]) for k in sorted(sentences)) + "\n"


def ecbplus_articles(archive: Path, out: Path, limit: int | None = None, names: set[str] | None = None) -> list[Path]:
    """Write up to `limit` ECB+ documents (or those named, "1_10ecbplus") as .txt articles."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tarfile.open(archive) as tar:
        members = sorted((m for m in tar.getmembers() if m.name.endswith(".xml")), key=lambda m: m.name)
        if names is not None:
            members = [m for m in members if Path(m.name).stem in names]
        for m in members[:limit]:
            path = out / (Path(m.name).stem + ".txt")
            path.write_text(ecbplus_text(tar.extractfile(m).read()), encoding="utf-8")
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
