"""Saved web pages: the article text and metadata, by trafilatura and htmldate.

Offsets of an HTML source point into the extracted article text, which the
JSON report carries; the page itself is never quoted.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlparse

from ..errors import SourceError
from ..lexicon import fold
from ..records import Source
from .text import analyse, site_of

MIN_ARTICLE_CHARS = 200


def _quiet_logs() -> None:
    import logging

    for name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _tree(html: str | bytes):
    """The page as a tree, decoded as its charset says (trafilatura's loader)."""
    from trafilatura.utils import load_html

    try:
        return load_html(html)
    except Exception:  # markup lxml cannot build a tree from
        return None


def _headline(tree) -> str | None:
    """The page's one <h1>, when it has exactly one of two words or more."""
    if tree is None:
        return None
    heads = [" ".join(h.text_content().split()) for h in tree.xpath("//h1")]
    heads = [h for h in heads if len(h.split()) >= 2]
    return heads[0] if len(heads) == 1 else None


def _site_name(tree) -> str | None:
    """The name the page gives its own site: og:site_name, then the publisher
    of its JSON-LD article. A value that is an address, a handle or a
    sentence (a title put there by mistake) is not a name."""
    if tree is None:
        return None
    names = [m.get("content") for m in tree.xpath('//meta[@property="og:site_name" or @name="og:site_name"]')]
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        names.extend(_publishers(script.text_content()))
    for name in names:
        name = " ".join((name or "").split())
        if name and _plain_name(name):
            return name
    return None


def _publishers(data: str) -> list[str]:
    import json

    try:
        doc = json.loads(data)
    except ValueError:
        return []
    found: list[str] = []
    stack = [doc]
    while stack and len(found) < 5:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.append(publisher["name"])
            stack.extend(v for k, v in item.items() if k == "@graph" or isinstance(v, list))
    return found


def _plain_name(name: str) -> bool:
    return (len(name) <= 60 and len(name.split()) <= 8
            and not re.search(r"https?:|www\.|@|[|｜»•·{}$<>]|\s[-–—]\s|[.!?/]$", name))  # no address, template or sentence


def _without_site(title: str | None, site: str | None, host: str | None) -> str | None:
    """"Headline | Site Name" -> "Headline": drop separator segments that name the site."""
    if not title:
        return title
    keys = {fold(k) for k in (site, host, (host or "").removeprefix("www."), (host or "").split(".")[-2] if host and "." in host else None) if k}
    parts = [p for p in re.split(r"\s+[|\-–—•·»]\s+|\s*[|｜]\s*", title) if p.strip()]
    kept = [p for p in parts if not any(k and k in fold(p) and len(fold(p)) <= len(k) + 6 for k in keys)]
    return " | ".join(kept) if kept else title


def extract_page(source_id: str, path: str, html: str | bytes, *, url: str | None = None, kind: str = "html",
                 outlet: str | None = None, title: str | None = None, published: datetime | None = None) -> Source:
    """The article of a page; a page with no article is a SourceError."""
    import trafilatura
    from htmldate import find_date

    _quiet_logs()
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:  # lxml raises many kinds on broken markup
        raise SourceError(path, f"malformed HTML that could not be parsed ({type(exc).__name__})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        raise SourceError(path, "no article text found (a page of navigation only, or an empty page)")
    date = None
    try:
        found = find_date(html, url=url, original_date=True, extensive_search=True)
        date = datetime.fromisoformat(found) if found else None
    except Exception:  # htmldate is best effort: no date is better than a crash
        date = None
    if date is None and getattr(doc, "date", None):
        date = datetime.fromisoformat(doc.date)
    tree = _tree(html)
    site = _site_name(tree) or site_of(url) or site_of(getattr(doc, "url", None))  # the page's own name, else its domain
    try:
        host = urlparse(url).hostname if url else getattr(doc, "hostname", None)
    except ValueError:
        host = None  # a record's "url" that is no URL ("[")
    headline = _headline(tree) or _without_site(getattr(doc, "title", None), site, host)
    return analyse(
        source_id, path, text + "\n",
        outlet=outlet or site, title=title or headline, published=published or date,
        kind=kind, url=url, author=getattr(doc, "author", None),
    )
