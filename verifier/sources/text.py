"""Metadata and site furniture of an article's plain text.

The text of a source is never rewritten: furniture (menus, "Share it:",
comment forms...) and metadata lines are recorded as character ranges, so
every later offset still points into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..lexicon import fold, initials, place_kind
from ..records import Source

# Lines that are site furniture wherever they stand (matched on folded text).
_FURNITURE_LINE = re.compile(
    r"""^(
        skip\ to\ (main\ )?content | share(\ it|\ this(\ article)?|\ on\ \w+)?\ *:? |
        leave\ a\ (reply|comment) | read\ more\ *:?.* | related(\ articles?|\ news)?\ *:? |
        your\ email\ address\ will\ not\ be\ published.* | required\ fields\ are\ marked.* |
        (first\ name\ &\ last\ name|name|email|website|comment|post\ comment|submit)\ *\*?:? |
        [·•|]?\ *\d+\ min(ute)?s?\ read | print | tags?\ *:.* | advertisement |
        (news\ )?id\ *:\ *\d+ | source\ *:\ *\S+ | follow\ us.* | subscribe.* |
        sign\ up.* | log\ ?in | home | menu | search | copyright.* | ©.*
    )$""",
    re.X,
)
_DATE_LABEL = re.compile(
    r"^(publish(ed)?( date| on)?|date|posted( on)?|updated( on)?|last updated)\s*:?\s*", re.I
)
_SOURCE_LINE = re.compile(r"^source\s*:\s*(\S+)\s*$", re.I)
_READ_MORE = re.compile(r"^read more\s*:?", re.I)
# "PARIS (AFP) - ", "AP (Nairobi) - ", "REUTERS - ", "Agency Name – " at a paragraph start.
_DATELINE = re.compile(
    r"^(?P<head>[A-Z][\w.&'’]*(?:[ ][A-Z][\w.&'’]*){0,4})\s*"
    r"(?:\((?P<paren>[^()\n]{1,40})\))?\s*[-–—]+\s+"
)
# "Example Press/ East Africa: " style bylines at a paragraph start.
_BYLINE = re.compile(r"^(?P<outlet>[A-Z][\w&'’]*(?:[ ][A-Z][\w&'’]*){0,3})/[\s\u00a0]*[\w ]{0,30}:[\s\u00a0]*")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def words(self) -> int:
        return len(self.text.split())


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip(" \t\u00a0\u200b\ufeff")
        lead = len(body) - len(body.lstrip(" \t\u00a0\u200b\ufeff"))
        if stripped:
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw)
    return out


def _is_furniture(line: _Line) -> bool:
    folded = fold(line.text).strip()
    if _FURNITURE_LINE.match(folded):
        return True
    # A menu of language names: several scripts on one short line.
    scripts = {_script(c) for c in line.text if c.isalpha()}
    return len(scripts) >= 2 and line.words <= 12 and not line.text.endswith(".")


def _script(char: str) -> str:
    code = ord(char)
    if code < 0x250:
        return "latin"
    if 0x600 <= code < 0x700 or 0xFB50 <= code < 0xFF00:
        return "arabic"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    return f"other{code >> 8}"


def _parse_date_line(text: str) -> datetime | None:
    """A stand-alone publication-date line ("Monday 29 May 2023 - 20:28")."""
    candidate = _DATE_LABEL.sub("", text.replace("\u00a0", " ")).strip()
    if not re.search(r"\b(1[89]|20)\d\d\b", candidate) or len(candidate.split()) > 8:
        return None
    import dateparser

    parsed = dateparser.parse(
        candidate, languages=["en"], settings={"STRICT_PARSING": False, "RETURN_TIME_AS_PERIOD": False}
    )
    return parsed


def _norm_heading(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


def analyse(source_id: str, path: str, text: str, *, outlet: str | None = None,
            title: str | None = None, published: datetime | None = None,
            kind: str = "text", url: str | None = None, author: str | None = None) -> Source:
    """Recover metadata and furniture of one article's text.

    Explicit metadata (arguments) wins over what is guessed from the text.
    """
    lines = _lines(text)
    furniture: list[tuple[int, int]] = []
    guessed_outlet: str | None = None
    guessed_title: str | None = None
    guessed_date: datetime | None = None
    in_header = True
    after_read_more = False
    headline_keys: set[str] = set()

    for i, line in enumerate(lines):
        source_line = _SOURCE_LINE.match(line.text)
        if source_line:
            guessed_outlet = guessed_outlet or source_line.group(1).rstrip(".")
            furniture.append((line.start, line.end))
            continue
        if _READ_MORE.match(line.text):
            after_read_more = True
            furniture.append((line.start, line.end))
            continue
        if after_read_more and line.words <= 20 and not line.text.endswith((".", '"', "”")):
            furniture.append((line.start, line.end))  # headlines linked under "Read more"
            continue
        if _is_furniture(line):
            furniture.append((line.start, line.end))
            continue
        if in_header and guessed_date is None:
            parsed = _parse_date_line(line.text)
            if parsed is not None:
                guessed_date = parsed
                furniture.append((line.start, line.end))
                continue
        key = _norm_heading(line.text)
        if key and key in headline_keys:
            furniture.append((line.start, line.end))  # a repeated headline
            continue
        is_heading = line.words <= 25 and not re.search(r"[.!?\"”:]$", line.text)
        if in_header and is_heading:
            if line.words >= 3 and guessed_title is None:
                guessed_title = line.text
                headline_keys.add(key)
            furniture.append((line.start, line.end))  # section labels, headline
            continue
        if is_heading and line.words <= 3 and i == len(lines) - 1:
            furniture.append((line.start, line.end))
            continue
        in_header = False
        if guessed_outlet is None:
            guessed_outlet = _outlet_from_lead(line.text, lines[i:i + 3])

    # the headline may also come back without its punctuation
    if guessed_title:
        furniture.extend(
            (ln.start, ln.end) for ln in lines
            if _norm_heading(ln.text).replace(" ", "") == _norm_heading(guessed_title).replace(" ", "")
            and (ln.start, ln.end) not in furniture
        )
    return Source(
        id=source_id, path=path, text=text,
        outlet=outlet or guessed_outlet, title=title or guessed_title,
        published=published or guessed_date, published_inferred=False,
        furniture=tuple(sorted(set(furniture))), kind=kind, url=url, author=author,
    )


def _outlet_from_lead(first: str, following: list[_Line]) -> str | None:
    """An outlet named in the dateline or byline of the lead paragraph."""
    m = _DATELINE.match(first)
    outlet = None
    if m:
        head, paren = m.group("head").strip(), (m.group("paren") or "").strip()
        head_is_place = place_kind(head) is not None
        if paren and head_is_place and not place_kind(paren):
            outlet = paren  # PARIS (AFP) -
        elif not head_is_place and (not paren or place_kind(paren)):
            outlet = head  # AP (Nairobi) - / REUTERS -
    for line in following:
        b = _BYLINE.match(line.text)
        if b and (outlet is None or initials(b.group("outlet")) == outlet):
            return b.group("outlet")  # "Example Press/ East Africa:" spells out "EP"
    return outlet


def lead_prefix_length(paragraph: str, *, first: bool) -> int:
    """Length of a dateline or byline opening a paragraph ("PARIS (AFP) - ").

    Outside the first paragraph only an all-capitals or parenthesised
    dateline counts, so that a sentence opening with a name and a dash stays.
    """
    length = 0
    m = _DATELINE.match(paragraph)
    if m and (first or m.group("paren") or m.group("head").isupper()):
        length = m.end()
    b = _BYLINE.match(paragraph[length:])
    if b:
        length += b.end()
    return length


def body_ranges(source: Source) -> list[tuple[int, int]]:
    """The ranges of the text that are article body (not furniture)."""
    ranges, pos = [], 0
    for start, end in source.furniture:
        if start > pos:
            ranges.append((pos, start))
        pos = max(pos, end)
    if pos < len(source.text):
        ranges.append((pos, len(source.text)))
    return [(s, e) for s, e in ranges if source.text[s:e].strip()]
