"""Fetching pages by URL: a deadline for the whole fetch, a size cap counted
as the bytes come (compressed and decompressed), a clear user agent, only
http(s) redirects, and a disk cache so a rerun fetches nothing.

A cache entry is two files written atomically, the page and then its record;
an entry whose record or page is missing or does not match is discarded. A
cache that cannot be used (a folder that is a file, not writable, an entry
that is not a file) is given up with one note, and pages are fetched without it.
"""

from __future__ import annotations

import functools
import hashlib
import http.client
import json
import os
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import SourceError
from .files import read_regular, write_atomic

USER_AGENT = "verify/0.1 (fact-checking claim comparison; +https://pypi.org/project/verify/)"
TIMEOUT_SECONDS = 15  # to connect, and for each read
DEADLINE_SECONDS = 60  # for the whole fetch of one URL, redirects included
MAX_PAGE_BYTES = 10_000_000
MAX_REDIRECTS = 10
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    from_cache: bool = False
    charset: str | None = None  # as the Content-Type header declares it


def looks_like_url(spec: str) -> bool:
    return bool(re.match(r"^https?://", spec, re.I))


def slug(url: str) -> str:
    """A file-name-safe source id for a URL."""
    text = re.sub(r"^https?://(www\.)?", "", url, flags=re.I)
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    if len(text) > 80:
        text = text[:70].rstrip("-") + "-" + hashlib.sha256(url.encode()).hexdigest()[:8]
    return text or hashlib.sha256(url.encode()).hexdigest()[:12]


def one_line(text: object, limit: int = 120) -> str:
    """A server's words made safe for a one-line message: no control characters, clipped."""
    text = " ".join(_CONTROL.sub(" ", str(text)).split())
    return text if len(text) <= limit else text[:limit] + "…"


class PageCache:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.warnings: list[str] = []
        self.broken = False

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode()).hexdigest()
        return self.root / f"{key}.body", self.root / f"{key}.json"

    def _give_up(self, reason: str) -> None:
        if not self.broken:
            self.broken = True
            self.warnings.append(f"the page cache in {self.root} cannot be used ({one_line(reason)}): pages are fetched without it")

    def get(self, url: str) -> Page | None:
        if self.broken:
            return None
        body_path, meta_path = self._paths(url)
        if not os.path.lexists(meta_path):
            return None
        try:
            meta_bytes = read_regular(meta_path, 1_000_000)
            body = read_regular(body_path, MAX_PAGE_BYTES) if os.path.lexists(body_path) else None
        except SourceError as exc:
            self._give_up(f"{exc.source}: {exc.reason}")
            return None
        try:
            meta = json.loads(meta_bytes)
            if body is None or hashlib.sha256(body).hexdigest() != meta["sha256"] or meta["url"] != url:
                raise ValueError("checksum")
            charset = meta.get("charset")
            fields = (meta["final_url"], meta["content_type"], charset or "")
            if not all(isinstance(f, str) for f in fields) or not isinstance(meta["status"], int):
                raise ValueError("types")
            return Page(url, meta["final_url"], meta["status"], meta["content_type"], body, from_cache=True, charset=charset)
        except (ValueError, KeyError, TypeError, RecursionError):
            self.warnings.append(f"{url}: a corrupt cache entry was discarded and the page fetched again")
            try:
                for p in (body_path, meta_path):
                    p.unlink(missing_ok=True)
            except OSError as exc:
                self._give_up(exc.strerror or str(exc))
            return None

    def put(self, page: Page) -> None:
        if self.broken:
            return
        body_path, meta_path = self._paths(page.url)
        meta = {"url": page.url, "final_url": page.final_url, "status": page.status, "content_type": page.content_type,
                "charset": page.charset, "sha256": hashlib.sha256(page.body).hexdigest(),
                "fetched_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            write_atomic(body_path, page.body)
            write_atomic(meta_path, json.dumps(meta).encode())
        except OSError as exc:
            self._give_up(f"{exc.filename or self.root}: {exc.strerror or exc}")


class _Refused(Exception):
    """A fetch verify stops on purpose; the message is the one-line reason."""


class _Watchdog:
    """Shuts every connection of one fetch when its deadline passes: a server
    that trickles a byte at a time never trips the per-read timeout."""

    def __init__(self, seconds: float):
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _watched(base):
    class Connection(base):
        def __init__(self, *args, watchdog: _Watchdog, **kwargs):
            super().__init__(*args, **kwargs)
            self._watchdog = watchdog
            self._create_connection = self._watched_connection  # http.client sets it per instance

        def _watched_connection(self, *args, **kwargs):
            sock = socket.create_connection(*args, **kwargs)
            self._watchdog.watch(sock)
            return sock

    return Connection


_HTTPConnection = _watched(http.client.HTTPConnection)
_HTTPSConnection = _watched(http.client.HTTPSConnection)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watchdog: _Watchdog):
        super().__init__()
        self.watchdog = watchdog

    def http_open(self, req):
        return self.do_open(functools.partial(_HTTPConnection, watchdog=self.watchdog), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watchdog: _Watchdog):
        super().__init__(context=ssl.create_default_context())
        self.watchdog = watchdog

    def https_open(self, req):
        return self.do_open(functools.partial(_HTTPSConnection, watchdog=self.watchdog), req, context=self._context)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows http(s) redirects only, and at most MAX_REDIRECTS of them."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme = urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            fp.close()
            raise _Refused(f"redirected to a {scheme or 'non-web'} address ({one_line(newurl, 80)}): only http(s) is followed")
        self.count += 1
        if self.count > MAX_REDIRECTS:
            fp.close()
            raise _Refused(f"more than {MAX_REDIRECTS} redirects (a redirect loop?)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _decompressor(encoding: str, first: bytes):
    """A zlib decompressor for a Content-Encoding, None for identity."""
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":  # a zlib stream, or raw deflate from servers that get it wrong
        zlib_header = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
    raise _Refused(f"content encoded as {one_line(encoding, 30)!r}, which verify does not decode")


def _read_body(response, max_bytes: int) -> bytes:
    """The body, decompressed, with both the bytes received and the bytes
    decompressed held under max_bytes (a small gzip bomb stays small)."""
    cap = f"larger than the {max_bytes / 1_000_000:g} MB cap for one page"
    encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
    out: list[bytes] = []
    received = produced = 0
    inflate = None
    while True:
        chunk = response.read1(1 << 16)
        if not chunk:
            break
        received += len(chunk)
        if received > max_bytes:
            raise _Refused(cap)
        if received == len(chunk):
            inflate = _decompressor(encoding, chunk)
        if inflate is None:
            out.append(chunk)
            continue
        data = chunk
        while data and not inflate.eof:
            try:
                piece = inflate.decompress(data, max_bytes + 1 - produced)
            except zlib.error as exc:
                raise _Refused(f"a {encoding} page that could not be decompressed ({one_line(exc, 60)})") from None
            produced += len(piece)
            out.append(piece)
            if produced > max_bytes:
                raise _Refused(cap + " (decompressed)")
            data = inflate.unconsumed_tail
    return b"".join(out)


def fetch(url: str, *, cache: PageCache | None = None, refresh: bool = False, timeout: float | None = None,
          max_bytes: int | None = None, deadline: float | None = None) -> Page:
    """The page at url, from the cache unless refresh; SourceError on failure.

    timeout bounds connecting and each read; deadline bounds the whole fetch.
    """
    timeout = timeout or TIMEOUT_SECONDS
    deadline = deadline or DEADLINE_SECONDS
    max_bytes = max_bytes or MAX_PAGE_BYTES
    if not looks_like_url(url):
        raise SourceError(url, "not an http(s) address")
    if cache is not None and not refresh:
        cached = cache.get(url)
        if cached is not None:
            return cached
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8",
               "Accept-Encoding": "gzip, deflate"}
    watchdog = _Watchdog(deadline)
    opener = urllib.request.build_opener(_HTTPHandler(watchdog), _HTTPSHandler(watchdog), _Redirects())
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=timeout) as response:
            body = _read_body(response, max_bytes)
            page = Page(url, response.geturl(), response.status, response.headers.get_content_type(), body,
                        charset=response.headers.get_content_charset())
        if watchdog.expired:
            raise TimeoutError
    except _Refused as exc:
        raise SourceError(url, str(exc)) from None
    except Exception as exc:  # urllib and http.client raise many kinds; each becomes one line
        raise SourceError(url, _reason(exc, watchdog.expired, timeout, deadline)) from None
    finally:
        watchdog.cancel()
    if cache is not None:
        cache.put(page)
    return page


def _reason(exc: Exception, expired: bool, timeout: float, deadline: float) -> str:
    if expired:
        return f"no complete answer within {deadline:g} s"
    if isinstance(exc, urllib.error.HTTPError):
        if 300 <= exc.code < 400:
            return f"HTTP {exc.code}: a redirect loop, or a redirect verify does not follow"
        return f"HTTP {exc.code} {one_line(exc.reason)}"
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, http.client.HTTPException):
        return f"a malformed answer from the server ({type(reason).__name__}: {one_line(reason, 80)})"
    if isinstance(reason, (OSError, ValueError, http.client.HTTPException)):
        return f"could not be fetched ({one_line(reason)})"
    raise exc
