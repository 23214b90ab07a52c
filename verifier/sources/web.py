"""Fetching pages by URL: timeouts, a size cap, a clear user agent,
redirects followed and reported, and a disk cache so a rerun fetches nothing.

A cache entry is two files written atomically, the page and then its record;
an entry whose record or page is missing or does not match is discarded.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceError

USER_AGENT = "verify/0.1 (fact-checking claim comparison; +https://pypi.org/project/verify/)"
TIMEOUT_SECONDS = 15
MAX_PAGE_BYTES = 10_000_000


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    from_cache: bool = False


def looks_like_url(spec: str) -> bool:
    return bool(re.match(r"^https?://", spec, re.I))


def slug(url: str) -> str:
    """A file-name-safe source id for a URL."""
    text = re.sub(r"^https?://(www\.)?", "", url, flags=re.I)
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    if len(text) > 80:
        text = text[:70].rstrip("-") + "-" + hashlib.sha256(url.encode()).hexdigest()[:8]
    return text or hashlib.sha256(url.encode()).hexdigest()[:12]


class PageCache:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.warnings: list[str] = []

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode()).hexdigest()
        return self.root / f"{key}.body", self.root / f"{key}.json"

    def get(self, url: str) -> Page | None:
        body_path, meta_path = self._paths(url)
        if not meta_path.exists():
            return None
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
            if hashlib.sha256(body).hexdigest() != meta["sha256"] or meta["url"] != url:
                raise ValueError("checksum")
            return Page(url, meta["final_url"], meta["status"], meta["content_type"], body, from_cache=True)
        except (OSError, ValueError, KeyError, TypeError):
            self.warnings.append(f"{url}: a corrupt cache entry was discarded and the page fetched again")
            for p in (body_path, meta_path):
                p.unlink(missing_ok=True)
            return None

    def put(self, page: Page) -> None:
        body_path, meta_path = self._paths(page.url)
        self.root.mkdir(parents=True, exist_ok=True)
        meta = {"url": page.url, "final_url": page.final_url, "status": page.status, "content_type": page.content_type,
                "sha256": hashlib.sha256(page.body).hexdigest(), "fetched_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        _atomic_bytes(body_path, page.body)
        _atomic_bytes(meta_path, json.dumps(meta).encode())


def _atomic_bytes(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def fetch(url: str, *, cache: PageCache | None = None, refresh: bool = False,
          timeout: float | None = None, max_bytes: int | None = None) -> Page:
    """The page at url, from the cache unless refresh; SourceError on failure."""
    timeout = timeout or TIMEOUT_SECONDS
    max_bytes = max_bytes or MAX_PAGE_BYTES
    if cache is not None and not refresh:
        cached = cache.get(url)
        if cached is not None:
            return cached
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only, checked by the caller
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise SourceError(url, f"larger than the {max_bytes // 1_000_000} MB cap for one page")
            page = Page(url, response.geturl(), response.status, response.headers.get_content_type(), body)
    except urllib.error.HTTPError as exc:
        raise SourceError(url, f"HTTP {exc.code} {exc.reason}") from None
    except TimeoutError:
        raise SourceError(url, f"timed out after {timeout:g} s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise SourceError(url, f"timed out after {timeout:g} s") from None
        raise SourceError(url, f"could not be fetched ({reason})") from None
    except (OSError, ValueError) as exc:
        raise SourceError(url, f"could not be fetched ({exc})") from None
    if cache is not None:
        cache.put(page)
    return page
