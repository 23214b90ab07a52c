"""Metadata and site furniture of an article's plain text.

The text of a source is never rewritten: furniture (menus, "Share it:",
comment forms...) and metadata lines are recorded as character ranges, so
every later offset still points into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlparse

from ..lexicon import FUNCTION_WORDS, NAME_PARTICLES, NUMBER_WORDS, fold, initials, place_kind
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
    r"^((first )?(publish(ed)?|posted)( date| on| time)?|date|updated( on)?|last updated|released?|created)\s*:?\s*", re.I
)
# What follows the publication date on its line: "| Updated 9:01 AM", "Last updated at 11:11 GMT".
_DATE_TAIL = re.compile(r"\s*(\||/\s*updated|--|(last )?updated|edited)\b.*$", re.I)
_URL_LINE = re.compile(r"^(https?://|www\.)\S+$", re.I)
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$", re.I)
_SOURCE_LINE = re.compile(r"^source\s*:\s*(\S+(?: \S+){0,3}?)\s*\.?$", re.I)
_READ_MORE = re.compile(r"^read more\s*:?", re.I)
# Labelled header lines of a saved or pasted article: "Title: ...", "Outlet: ...", "Author: ...".
_LABELLED = re.compile(r"^(?P<label>title|headline|outlet|publication|publisher|newspaper|author|byline|by)\s*:\s*(?P<value>\S.{0,299})$",
                       re.I)
# "PARIS (AFP) - ", "AP (Nairobi) - ", "REUTERS - ", "Agency Name – " at a paragraph start;
# "Mannheim, Germany (Sports Network) - " with a comma only before an agency in parentheses.
# "LIMA, March 10 (Reuters) - ", "NEW DELHI, May 20 - ": the day the story was filed, after the place
_DATELINE = re.compile(
    r"^(?P<head>[A-Z][\w.&'’]*(?:[ ][A-Z][\w.&'’]*){0,4}(?:,[ ][A-Z][\w.&'’]*(?:[ ][A-Z][\w.&'’]*){0,2}(?=\s*\())?)\s*"
    r"(?:,[ ](?P<filed>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}))?\s*"
    r"(?:\((?P<paren>[^()\n]{1,40})\))?\s*[-–—]+\s+"
)
# "Example Press/ East Africa: " style bylines at a paragraph start.
_BYLINE = re.compile(r"^(?P<outlet>[A-Z][\w&'’]*(?:[ ][A-Z][\w&'’]*){0,3})/[\s\u00a0]*[\w ]{0,30}:[\s\u00a0]*")


# "By Jane Doe, Associated Press Writer", "By JOHN SMITH | AP" on a line of its own.
_BY_LINE = re.compile(r"^(?:by|By|BY)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                      r"(?:\s*[,|/–—]\s*(?P<outlet>[A-Z][^,|\n.!?]{1,59}?))?\s*$")
_ROLE_TAIL = re.compile(r"\s+(staff\s+)?(writer|correspondent|reporter|editor|contributor|columnist)s?$", re.I)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,4}$")
# A news head written into one word: "ISWNews", "NOURNEWS", "CityPress".
_COMPOUND_HEAD = re.compile(r"^[A-Z][A-Za-z]{1,}(NEWS|News|PRESS|Press|TIMES|Times|POST|Post|MEDIA|Media|WIRE|Wire|TV)$")
_NAME_JOINERS = {"the", "of", "and", "&", "for", "de", "al", "el"}
# Words that head the name of a news organisation ("Tehran Times", "Fars News Agency").
NEWS_HEADS = {
    "news", "press", "agency", "times", "post", "journal", "tribune", "herald", "gazette", "chronicle",
    "telegraph", "guardian", "observer", "independent", "express", "mirror", "mail", "globe", "courier",
    "dispatch", "examiner", "inquirer", "sentinel", "register", "monitor", "bulletin", "daily", "weekly",
    "wire", "newswire", "media", "network", "radio", "television", "tv", "broadcasting", "magazine",
    "newspaper", "reporter", "insider", "star", "sun", "standard", "digest", "channel",
}
# The world's wire services whose name is one ordinary-looking word.
WIRE_SERVICES = {"reuters", "xinhua", "kyodo", "yonhap", "interfax", "anadolu", "bernama", "antara", "sputnik",
                 "bloomberg", "tass"}
# Platforms whose subdomains are separate sites.
_HOSTING_PLATFORMS = {"blogspot", "wordpress", "tumblr", "substack", "medium", "github", "wixsite", "weebly",
                      "livejournal", "typepad", "blogger"}
# Labels a page puts before a story, never an outlet's name.
PAGE_LABELS = {
    "breaking", "update", "updated", "updates", "exclusive", "watch", "video", "videos", "live", "photos", "photo",
    "gallery", "opinion", "editorial", "correction", "sponsored", "advertisement", "alert", "developing",
    "urgent", "flash", "latest", "top", "more", "related", "featured",
}


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
    """A stand-alone publication-date line ("Monday 29 May 2023 - 20:28",
    "Posted: May 24, 2005 | Updated 9:01 AM"): day, month and year all
    stated, not in the future; otherwise None, never a guess."""
    candidate = _DATE_LABEL.sub("", text.replace("\u00a0", " ")).strip()
    candidate = _DATE_TAIL.sub("", candidate).replace("@", " ").strip(" ,|-–—")
    if not re.search(r"\b(1[89]|20)\d\d\b", candidate) or len(candidate.split()) > 8:
        return None
    import dateparser

    parsed = dateparser.parse(
        candidate, languages=["en"],
        settings={"STRICT_PARSING": False, "RETURN_TIME_AS_PERIOD": False, "REQUIRE_PARTS": ["day", "month", "year"],
                  "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None or not 1900 <= parsed.year or parsed > datetime.now() + timedelta(days=1):
        return None
    return parsed


def _labelled(text: str) -> tuple[str, str | datetime] | None:
    """(what, value) of a labelled header line whose value has the shape of what it labels: "title" (a line,
    not a sentence), "date" (any label, parsed), "author" or "outlet" (a name of a few words, no sentence: not
    "Publisher: We will not sell, the owner said.")."""
    m = _LABELLED.match(text)
    if m is None:
        return None
    label, value = m["label"].lower(), m["value"].strip()
    if label in {"title", "headline"}:  # a headline ("Fire kills five in Lagos."), not "Headline: the fire service said"
        return ("title", value) if len(value.split()) <= 30 and value[:1].isupper() else None
    parsed = _parse_date_line(value)
    if parsed is not None:
        return "date", parsed
    label = "author" if label in {"author", "byline", "by"} else "outlet"
    if label == "author":
        value = re.sub(r"^by\s+", "", value, flags=re.I).split(",")[0].strip()  # "By Jane Roe, Lagos"
    value = value.rstrip(".") if not re.search(r"\b[A-Z]\.$", value) else value  # "Reuters.", not "Jane A."
    lower = [w for w in value.split() if w[:1].islower() and w not in _NAME_JOINERS | NAME_PARTICLES | {"on", "in"}]
    if not value or len(value.split()) > 8 or len(lower) > 1 or re.search(r"[,;:!?]", value):
        return None  # a sentence, not a name ("Publisher: We will not sell the newspaper, the owner said.")
    return label, value


def _norm_heading(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


def analyse(source_id: str, path: str, text: str, *, outlet: str | None = None,
            title: str | None = None, published: datetime | None = None,
            kind: str = "text", url: str | None = None, author: str | None = None) -> Source:
    """Recover metadata and furniture of one article's text.

    Explicit metadata (arguments) wins over what is guessed from the text.
    The outlet is guessed only from evidence that names one: a "source:"
    line, the site of the article's URL, then a dateline or byline of a
    known shape whose name looks like an outlet's; otherwise None.
    """
    lines = _lines(text)
    furniture: list[tuple[int, int]] = []
    source_outlet: str | None = None
    guessed_url: str | None = None
    guessed_title: str | None = None
    guessed_date: datetime | None = None
    header_bylines: list[str] = []
    body: list[int] = []  # indexes of the first body paragraphs, for the dateline
    in_header = True
    after_read_more = False
    headline_keys: set[str] = set()
    labelled_title = False

    for i, line in enumerate(lines):
        source_line = _SOURCE_LINE.match(line.text)
        name = source_line.group(1).rstrip(".") if source_line else ""
        if source_line and (" " not in name or outlet_shape(name)):  # "source: site.com", "Source: Fars News Agency"
            source_outlet = source_outlet or (name if outlet_shape(name) else None)
            furniture.append((line.start, line.end))
            continue
        labelled = _labelled(line.text) if in_header else None
        if labelled:  # what the line says it is, before any guess from its shape
            what, value = labelled
            if what == "title":
                guessed_title = guessed_title or value
                labelled_title = True
            elif what == "author":
                author = author or value
            elif what == "date":
                guessed_date = guessed_date or value  # "Publication: 12 June 2024"
            else:
                source_outlet = source_outlet or value
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
        if in_header and _URL_LINE.match(line.text):
            guessed_url = guessed_url or line.text  # the article's address, saved above it
            furniture.append((line.start, line.end))
            continue
        if guessed_date is None and (in_header or len(body) < 3):
            parsed = _parse_date_line(line.text)
            if parsed is not None:
                guessed_date = parsed
                furniture.append((line.start, line.end))
                continue
        elif _parse_date_line(line.text) is not None:
            furniture.append((line.start, line.end))  # "UPDATED: WEDNESDAY, MARCH 13, 2013": a timestamp, no claim
            continue
        if in_header and _BY_LINE.match(line.text):
            header_bylines.append(line.text)
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
        if len(body) < 3:
            body.append(i)

    # the headline may also come back without its punctuation (a labelled title only as a heading, not as the
    # lead sentence that happens to say the same: "Five killed in Lagos factory fire.")
    if guessed_title:
        furniture.extend(
            (ln.start, ln.end) for ln in lines
            if _norm_heading(ln.text).replace(" ", "") == _norm_heading(guessed_title).replace(" ", "")
            and (ln.start, ln.end) not in furniture
            and not (labelled_title and re.search(r"[.!?\"”]$", ln.text))
        )
    url = url or guessed_url
    guessed_outlet = source_outlet or site_of(url) or _outlet_from_lead([lines[i].text for i in body], header_bylines)
    return Source(
        id=source_id, path=path, text=text,
        outlet=outlet or guessed_outlet, title=title or guessed_title,
        published=published or guessed_date, published_inferred=False,
        furniture=tuple(sorted(set(furniture))), kind=kind, url=url, author=author,
    )


def site_of(url: str | None) -> str | None:
    """The site an article's URL belongs to ("https://www.bbc.co.uk/news/x" -> "bbc.co.uk"), or None."""
    if not url:
        return None
    try:
        host = urlparse(url if "://" in url else "http://" + url).hostname
    except ValueError:
        return None  # not a URL at all ("[": an unclosed IPv6 bracket)
    if not host or not _DOMAIN.match(host) or re.fullmatch(r"[\d.]+", host):
        return None  # localhost, an IP address
    from courlan import extract_domain

    host = host.removeprefix("www.")
    domain = extract_domain(url if "://" in url else "http://" + url) or host
    if domain.split(".")[0] in _HOSTING_PLATFORMS:
        return host  # a blog on a shared platform is its own site: name.blogspot.com
    return domain


def outlet_shape(name: str) -> bool:
    """Whether a name read from a dateline, byline or "source:" line can be an
    outlet's: a domain, an agency acronym (AP, AFP), a name with a news head
    ("Tehran Times", "ISWNews", "NOURNEWS") or a wire service. Never a number
    word, a place, a page label ("BREAKING NEWS") or a phrase opening with a
    function word ("A FIRE", "But ...")."""
    name = name.strip(" .,:;|-–—")
    if _DOMAIN.match(name):
        return True
    words = name.split()
    if not 1 <= len(words) <= 6 or place_kind(name) is not None:
        return False
    folded = [fold(w).strip(".'’!") for w in words]
    if (folded[0] in FUNCTION_WORDS - {"the"} or any(w in NUMBER_WORDS or w in PAGE_LABELS for w in folded)
            or not all(w[:1].isupper() or f in _NAME_JOINERS for w, f in zip(words, folded))):
        return False
    if len(words) == 1:
        return bool(_ACRONYM.match(name) or _COMPOUND_HEAD.match(name)) or folded[0] in WIRE_SERVICES
    heads = [f in NEWS_HEADS or bool(_COMPOUND_HEAD.match(w)) for w, f in zip(words, folded)]
    named = [not h and f not in _NAME_JOINERS for h, f in zip(heads, folded)]
    return any(heads) and any(named)


def _outlet_from_lead(paragraphs: list[str], bylines: list[str]) -> str | None:
    """An outlet named in the dateline or byline of the lead.

    The first body paragraph may open with any dateline shape; the next two
    only with a parenthesised or all-capitals one ("NOURNEWS - ...")."""
    dateline, acronym, named = None, None, []
    for n, para in enumerate(paragraphs):
        m = _dateline(para, first=n == 0)
        if dateline is None and m:
            head, paren = m.group("head").strip(), (m.group("paren") or "").strip()
            dateline = _dateline_outlet(head, paren)
            acronym = acronym or (head if not paren and _ACRONYM.match(head) else None)
        b = _BYLINE.match(para[m.end():] if m else para) or _BYLINE.match(para)
        if b:
            named.append(b.group("outlet"))
    spelled = [name for name in named if initials(name) in {dateline, acronym} - {None}]
    if spelled or dateline:
        return (spelled or [dateline])[0]  # "Example Press/ East Africa:" spells out "EP"
    named = [name for name in named if outlet_shape(name)]
    if named:
        return named[0]
    for line in bylines:
        by = _BY_LINE.match(line)
        name = _ROLE_TAIL.sub("", by.group("outlet")).strip() if by and by.group("outlet") else ""
        if name and outlet_shape(name):
            return name
    return None


def _dateline_outlet(head: str, paren: str) -> str | None:
    """"PARIS (AFP) -" -> AFP; "AP (Nairobi) -" -> AP; "REUTERS -" -> REUTERS; "TEHRAN -", "NATO -" -> None."""
    head_is_place = place_kind(head) is not None or "," in head  # "Mannheim, Germany (Sports Network) -"
    if paren and (head_is_place or head.isupper()) and place_kind(paren) is None and outlet_shape(paren):
        return paren
    if not paren and _ACRONYM.match(head):
        return None  # "NATO - ...": a bare acronym may be any organisation, unless a byline spells it out
    if not head_is_place and (not paren or place_kind(paren)) and outlet_shape(head):
        return head
    return None


def _dateline(paragraph: str, *, first: bool) -> re.Match | None:
    """The dateline opening a paragraph: any shape in the first paragraph, else all capitals or with a parenthesised
    agency; one with the day of filing ("LIMA, March 10 (Reuters) - ") only so, even first ("Arsenal, May 20 - a
    date fans will remember - won the title" is a sentence)."""
    m = _DATELINE.match(paragraph)
    if m is None:
        return None
    marked = bool(m.group("paren")) or m.group("head").isupper()
    return m if marked or (first and not m.group("filed")) else None


def lead_prefix_length(paragraph: str, *, first: bool) -> int:
    """Length of a dateline or byline opening a paragraph ("PARIS (AFP) - ").

    Outside the first paragraph only an all-capitals or parenthesised
    dateline counts, so that a sentence opening with a name and a dash stays.
    """
    length = 0
    m = _dateline(paragraph, first=first)
    if m:
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
