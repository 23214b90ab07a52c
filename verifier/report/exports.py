"""Exports for fact-check workflows: CSV for spreadsheets, and schema.org
ClaimReview JSON-LD, the format fact-checkers publish in.

CSV cells are neutralised against formula injection: a cell that begins with
=, +, -, @, a tab or a carriage return gets a leading apostrophe; control
characters are dropped and numbers are written as numbers. ClaimReview links
only http(s) URLs.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from . import _json_escape_controls, clean

CSV_COLUMNS = ["finding", "kind", "aspect", "confidence", "summary", "source", "outlet", "published", "url",
               "start", "end", "value", "quote"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    text = "'" + text if text.startswith(_FORMULA_START) else text
    return clean(text)


def render_csv(data: dict) -> str:
    """One row per finding and source."""
    src = {s["id"]: s for s in data["sources"]}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for i, f in enumerate(data["findings"], 1):
        for e in f["evidence"]:
            s = src.get(e["source"], {})
            row = [i, f["kind"], f["aspect"], f"{float(f['confidence']):.3f}", f["summary"], e["source"], s.get("outlet") or "",
                   s.get("published") or "", s.get("url") or "", int(e["start"]), int(e["end"]), e.get("value") or "", e["quote"]]
            writer.writerow([c if isinstance(c, int) else safe_cell(c) for c in row])
    return out.getvalue()


def claimreviews(data: dict, *, author: str | None = None, publisher: str | None = None, review_url: str | None = None,
                 date_published: str | None = None, rating: str = "Contradicted by other reporting") -> list[dict]:
    """A ClaimReview per contradiction: the claim as the later-dated outlet
    put it, its appearances in every outlet involved, and a textual rating.
    Author, publisher, the review's URL and date are the user's to give."""
    src = {s["id"]: s for s in data["sources"]}
    reviews = []
    for f in data["findings"]:
        if f["kind"] != "contradiction":
            continue
        appearances = []
        for e in f["evidence"]:
            s = src.get(e["source"], {})
            work: dict[str, Any] = {"@type": "CreativeWork", "text": e["quote"]}
            if str(s.get("url") or "").lower().startswith(("http://", "https://")):
                work["url"] = str(s["url"])
            if s.get("published"):
                work["datePublished"] = s["published"]
            if s.get("outlet"):
                work["publisher"] = {"@type": "Organization", "name": s["outlet"]}
            if s.get("title"):
                work["headline"] = s["title"]
            appearances.append(work)
        dated = sorted((w for w in appearances if w.get("datePublished")), key=lambda w: w["datePublished"])
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearances}
        if dated:
            item["firstAppearance"] = dated[0]
            item["datePublished"] = dated[0]["datePublished"][:10]
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": f["summary"],
            "itemReviewed": item,
            "reviewRating": {"@type": "Rating", "alternateName": rating},
            "reviewBody": " / ".join(f"{src.get(e['source'], {}).get('outlet') or e['source']}: {e.get('value')}" for e in f["evidence"]),
        }
        if author:
            review["author"] = {"@type": "Organization", "name": author}
        if publisher:
            review["publisher"] = {"@type": "Organization", "name": publisher}
        if review_url:
            review["url"] = review_url
        if date_published:
            review["datePublished"] = date_published
        reviews.append(review)
    return reviews


def render_claimreview(data: dict, **options: Any) -> str:
    return _json_escape_controls(json.dumps(claimreviews(data, **options), ensure_ascii=False, indent=2)) + "\n"
