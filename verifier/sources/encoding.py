"""Bytes to text: the declared charset when it fits, else UTF-8, else
Windows-1252 for Western text, and charset-normalizer only as a last resort.

The statistical guess comes last because on short Western text it picks a
Central European or even a Chinese code page ("Peńa", "Săo Paulo"), while a
clean Windows-1252 decoding with few accented letters is almost always right.
"""

from __future__ import annotations

import codecs
import re

from ..errors import SourceError

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Browsers read pages declared Latin-1 or ASCII as Windows-1252 (WHATWG Encoding), and so does verify.
_AS_CP1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
_HIGH_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
# Windows-1252 symbols that do not stand between two letters in Western text (apostrophes and dashes do).
_SYMBOLS = "".join(c for c in bytes(range(0x80, 0x100)).decode("cp1252", "ignore") if not c.isalpha() and c not in "’‘–—")
_SYMBOL_BYTES = re.compile(b"[" + re.escape(_SYMBOLS.encode("cp1252")) + b"]")


def canonical(charset: str | None) -> str | None:
    """Python's name of a declared charset, or None for an unknown one."""
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip("\"'")).name
    except LookupError:
        return None


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag of its first 4 KB."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _looks_western(data: bytes, text: str) -> bool:
    """Windows-1252 text (data decoded) of a Western language: few accented
    letters, and no symbol (superscript, currency...) inside a word, which is
    what a Central European or Cyrillic text read with the wrong code page gives."""
    sample = text[:200_000]
    letters = sum(map(str.isalpha, sample))
    high = len(_HIGH_LETTER.findall(sample))
    if not letters or high > 0.25 * letters:
        return False
    # a single-byte code page: the offsets of the bytes are the offsets of the text
    return not any(0 < m.start() < len(text) - 1 and text[m.start() - 1].isalpha() and text[m.start() + 1].isalpha()
                   for m in _SYMBOL_BYTES.finditer(data))


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str | None]:
    """Text of a file and, when it was not UTF-8 or its declared charset, a
    note of the encoding used; a SourceError for what is not text."""
    if not data.strip():
        raise SourceError(name, "empty file")
    if data[:5] == b"%PDF-":
        raise SourceError(name, "a PDF file: save the article as text or HTML first")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
                return checked(text, name), None if encoding == "utf-8-sig" else f"read as {encoding} (not UTF-8)"
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:8192]:
        raise SourceError(name, "binary file, not text (an image, archive or document?)")
    charset = canonical(declared)
    if charset and charset.startswith(("utf-16", "utf-32")):
        charset = None  # without a byte-order mark, a two- or four-byte declaration on bytes is wrong (WHATWG too)
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if charset and charset != "utf-8":
        if utf8 is not None and not utf8.isascii():
            # a single-byte charset decodes anything; valid multi-byte UTF-8 is the stronger sign
            return checked(utf8, name), f"declared {declared} but read as UTF-8"
        try:
            return checked(data.decode("cp1252" if charset in _AS_CP1252 else charset), name), None
        except (UnicodeDecodeError, LookupError):
            pass
    if utf8 is not None:
        return checked(utf8, name), None
    note = f"declared {declared} but not in it: " if charset else "not UTF-8: "
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_western(data, western):
        return checked(western, name), note + "read as cp1252 (Western European)"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise SourceError(name, "not UTF-8 and in no encoding that could be recognised")
    return checked(str(best), name), note + f"read as {best.encoding}"


def checked(text: str, name: str) -> str:
    """The text, or a SourceError when it is mostly control characters or has no words."""
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 20000):
        raise SourceError(name, "binary file, not text (an image, archive or document?)")
    if not re.search(r"\w{2,}", text):
        raise SourceError(name, "no readable text")
    return text
