"""Stage 2: split each article into atomic claims with their typed values.

Sentences come from pysbd, dates from dateparser, number words from
text2num; what is this project's own is how a sentence becomes claims and how
capitalised phrases are typed (person, role, organisation, place) with the
general lexicons of `lexicon`. Every value keeps its offsets into the source.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from . import frames
from . import lexicon as lx
from .records import Claim, Source, Value
from .sources import body_ranges, lead_prefix_length
from .values import saying_before

MAX_CLAIMS_PER_SOURCE = 5_000

# ---------------------------------------------------------------- tokens

_TOKEN = re.compile(r"[^\W_](?:[\w]|[-’'](?=[^\W_]))*[’']?|[^\w\s]", re.U)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return lx.fold(self.text)

    @property
    def word(self) -> str:
        """The token without a possessive "'s"."""
        low = self.low
        if low.endswith("'s") and len(low) > 2:
            return self.text[:-2]
        return self.text[:-1] if self.plural_possessive else self.text

    @property
    def plural_possessive(self) -> bool:
        """"US'" or "the countries'" (but not "Shia'", a name's own apostrophe)."""
        return self.low.endswith("s'") and len(self.text) > 2

    @property
    def possessive(self) -> bool:
        return (self.low.endswith("'s") and len(self.text) > 2) or self.plural_possessive

    @property
    def is_cap(self) -> bool:
        t = self.text
        if not t[:1].isalpha():
            return False
        if t[:1].isupper():
            # "US-run", "Anti-terror": a capital in front of a lower-case compound
            return not ("-" in t and t.rsplit("-", 1)[1][:1].islower())
        # al-Nasser, el-Sisi, bin-Salman: a particle glued to a capitalised name
        head, _, rest = t.partition("-")
        return bool(rest) and head.lower() in lx.NAME_PARTICLES and rest[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


# ---------------------------------------------------------------- sentences

@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


_ABBREV_END = re.compile(r"\b(" + "|".join(sorted(lx.ABBREVIATIONS, key=len, reverse=True)).replace(".", r"\.") + r")\.\s*$", re.I)


_CLOCK_END = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m\.\s*$", re.I)
# what goes on after "6 p.m.": a time zone, "Arizona time", a day
_CLOCK_GOES_ON = re.compile(rf"\s*(?:{lx.TIME_ZONE}|"
                            r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!['’])|on\b|today\b|tonight\b|yesterday\b|[a-z])")


def sentences(source: Source) -> list[tuple[int, int]]:
    """Sentence spans of the article body, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    first = True
    for start, end in body_ranges(source):
        pos = start
        for para in source.text[start:end].split("\n"):
            p_start, p_end = pos, pos + len(para)
            pos = p_end + 1
            stripped = para.strip(" \t\r\u00a0\u200b\ufeff")
            if len(re.findall(r"\w+", stripped)) < 3:
                continue
            p_start += len(para) - len(para.lstrip(" \t\r\u00a0\u200b\ufeff"))
            skip = lead_prefix_length(stripped, first=first)
            first = False
            p_start += skip
            # a piece of fewer than two words ("com." left of "People.com.") states nothing
            spans.extend((a, b) for a, b in _split_paragraph(source.text, p_start, p_start + len(stripped) - skip)
                         if len(re.findall(r"[^\W\d_]{2,}", source.text[a:b])) >= 2)
    return spans


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    if not chunk.strip():
        return []
    parts: list[list[int]] = []
    # pysbd slows down on very long strings: feed it bounded pieces
    for piece_start, piece in _pieces(chunk, 5000):
        for seg in _segmenter().segment(piece):
            s, e = piece_start + seg.start, piece_start + seg.end
            glued = bool(parts) and s == parts[-1][1] and s > 0 and chunk[s - 1] == "." and chunk[s:s + 1].isalnum()
            if parts and (glued or _ABBREV_END.search(chunk[parts[-1][0]:parts[-1][1]])
                          or _CLOCK_END.search(chunk[parts[-1][0]:parts[-1][1]]) and _CLOCK_GOES_ON.match(chunk, s)):
                parts[-1][1] = e  # "Lieut. Gen. Smith", "until 6 p.m. EDT Sunday", "Index .IXIC gained": no sentence end
            else:
                parts.append([s, e])
    out = []
    for s, e in parts:
        seg = chunk[s:e]
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg.rstrip(" \t\r\n\u00a0\u200b"))
        if rs > ls and re.search(r"\w", seg):
            out.append((start + s + ls, start + s + rs))
    return out


def _pieces(text: str, size: int) -> Iterable[tuple[int, str]]:
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = max(text.rfind(". ", pos, end), text.rfind(" ", pos, end))
            end = cut + 1 if cut > pos else end
        yield pos, text[pos:end]
        pos = end


# ---------------------------------------------------------------- clauses

_CLAUSE_SUBJECT = {"he", "she", "they", "it", "we", "the", "both"}
_FINITE_HINT = re.compile(r"^(is|are|was|were|will|would|has|have|had|can|could|may|must|should|\w+ed)$")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a compound sentence into independent clauses.

    Splits at semicolons and at ", and"/"and"/", but" when what follows opens
    with a subject and a finite verb, never inside quotation marks.
    """
    sent = text[start:end]
    cuts: list[tuple[int, int]] = []  # (end of left part, start of right part)
    depth = 0
    toks = tokenize(sent)
    for i, tok in enumerate(toks):
        if tok.text in "\"“”":
            depth = 0 if (tok.text == "”" or (tok.text == '"' and depth)) else 1
            continue
        if depth:
            continue
        if tok.text == ";":
            cuts.append((tok.start, tok.end))
        elif (tok.low == "and" or tok.low == "but" and toks[i - 1].text == ",") and i > 3:
            rest = toks[i + 1:i + 8]
            if len(toks) - i < 6 or not rest:
                continue
            subj_ok = rest[0].low in _CLAUSE_SUBJECT or rest[0].low == "that"
            verb_ok = any(_FINITE_HINT.match(t.low) or t.low in {"held", "met", "said"} for t in rest[1:6])
            if subj_ok and verb_ok:
                left_end = toks[i - 1].end if toks[i - 1].text != "," else toks[i - 1].start
                cuts.append((left_end, tok.end))
    spans, pos = [], 0
    for left_end, right_start in cuts:
        spans.append((pos, left_end))
        pos = right_start
    spans.append((pos, len(sent)))
    out = []
    for s, e in spans:
        s, e = _trimmed(sent, s, e)
        if len(re.findall(r"\w+", sent[s:e])) >= 4:
            out.append((start + s, start + e))
    if not out:
        out = [(start, end)]
    return out


# subordinating words that open a clause telling an event of its own ("the library will close after the council
# voted 8-3 on Tuesday"; "resigned because an audit found irregularities"); not "when", "while" or "as", whose
# clause is mostly the circumstance of the main event ("was killed when his car hit a tree"), nor "until", whose
# clause is a condition ("until the patches are applied"), nor "whereas", whose clause has another subject of the
# same measure ("Spain's rose to 3.1% whereas Italy's fell to 1.6%")
_SUBORDINATORS = {"after", "before", "because", "although", "though"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def subordinate_clauses(doc, offset: int, spans: list[tuple[int, int]], text: str) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Each span split where the parse finds a subordinate clause with its own subject and finite verb: two
    atomic claims, each with its own date and figures, so the vote of one outlet meets the vote of the other
    even when the other made it the cause of something else. The subordinate clause must run to the span's
    end (but for a speaker's "officials said") or, opening the span, up to a comma. Returns the spans and,
    of them, the subordinate clauses split off, each without its opening word ("the council voted 8-3")."""
    out: list[tuple[int, int]] = []
    split_off: set[tuple[int, int]] = set()
    for cs, ce in spans:
        pieces = None
        for tok in doc:
            head = tok.head
            if tok.dep_ != "mark" or tok.lower_ not in _SUBORDINATORS or head.dep_ != "advcl" or head.left_edge.i != tok.i:
                continue
            start, end = offset + tok.idx, offset + head.right_edge.idx + len(head.right_edge.text)
            subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not cs <= start < end <= ce or not subjects:
                continue
            if any(c.tag_ in {"PRP", "PRP$"} or c.pos_ == "PRON" for subj in subjects for c in [subj, *subj.children]
                   if c.dep_ in {"nsubj", "nsubjpass", "poss"}):
                continue  # "after it hit a fallen tree", "because its 420 passengers ...": no claim on its own
            if head.tag_ not in _FINITE_TAGS and not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_TAGS for c in head.children):
                continue  # "after being hit by a car": no clause of its own
            if any(c.dep_ == "conj" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in head.children):
                continue  # "after a fire broke out, and 14 crew were rescued": the parse gives it a clause of the main event's
            if tok.lower_ not in _EVENT_ORDER and any(
                    frames.speech_verb(t) and t.i < tok.i and t.dep_ != "advcl"
                    and any(c.dep_ in {"ccomp", "parataxis"} and c.i > t.i for c in t.children) for t in head.ancestors):
                continue  # a reason inside what someone said ("X mentioned that ... because ..."): one statement; an
                # event told as before or after another is its own ("said they would charge him after a student
                # was stabbed on Thursday evening")
            clause_start = start + len(tok.text)  # the clause without "after": the claim is what it tells
            rest = text[end:ce]
            if start > cs and (not rest.strip(" ,.;:\"”") or _attribution(rest)):
                pieces = [_trimmed(text, cs, start), _trimmed(text, clause_start, ce)]
                sub = pieces[1]
            elif start == cs and re.match(r"\s*,", rest):
                pieces = [_trimmed(text, clause_start, end), _trimmed(text, end + rest.index(",") + 1, ce)]
                sub = pieces[0]
            if pieces:
                break
        if pieces and all(len(re.findall(r"\w+", text[a:b])) >= 3 for a, b in pieces):
            out.extend(pieces)
            split_off.add(sub)
        else:
            out.append((cs, ce))
    return out, split_off


_EVENT_ORDER = {"after", "before"}


def _attribution(rest: str) -> bool:
    """", officials said." / ", according to police": what follows a clause is who says it."""
    words = re.findall(r"[\w'’-]+", rest)
    return rest.lstrip().startswith(",") and len(words) <= 8 and (
        "according" in words or any(w.lower() in lx.SPEECH_VERBS for w in words))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:\u00a0":
        start += 1
    while end > start and text[end - 1] in " ,;:\u00a0":
        end -= 1
    return start, end


# ---------------------------------------------------------------- names

_ROLE_MODIFIERS = {
    "national", "security", "prime", "foreign", "supreme", "deputy", "vice",
    "defense", "defence", "interior", "top", "senior", "executive", "first",
    "assistant", "special", "high", "state", "army", "air", "naval", "military",
    "political", "economic", "finance", "health", "education", "oil", "energy",
    "trade", "intelligence", "former", "acting", "interim", "new", "then",
    "financial", "operating", "technology", "information", "marketing", "managing",  # "Chief Financial Officer"
    "lead", "public", "crown",  # "the lead prosecutor", "a Crown prosecutor"
}


@dataclass(slots=True)
class Chunk:
    tokens: list[Token]
    kind: str = ""  # person | organisation | place | role | name?
    role_prefix: list[Token] | None = None

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.start + len(last.word) if last.possessive else last.end


def _is_name_word(tok: Token) -> bool:
    return tok.is_cap and tok.low not in lx.MONTHS | lx.WEEKDAYS


_BEFORE_A_MONTH = {"by", "in", "since", "until", "till", "from", "before", "after", "during", "of", "on", "through", "last",
                   "next", "early", "late", "mid", "this", "that", "every", "each", "to", "between", "and"}


def _month_as_name(toks: list[Token], k: int, after_name: bool) -> bool:
    """A month's name that is a person's ("Jan Kowalczyk", "Theresa May", "April Ryan"): capitalised, next to a
    name word, and no day or year after it ("Jan 5", "May 2024" are dates)."""
    t = toks[k]
    if not (t.is_cap and t.low in lx.MONTHS) or t.text.endswith("."):
        return False
    if k and toks[k - 1].low in _BEFORE_A_MONTH:
        return False  # "By June Nvidia shares had doubled", "in May Apple said": a month
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and (nxt.text[:1].isdigit() or nxt.text == "."):
        return False
    return after_name or (nxt is not None and _is_name_word(nxt) and nxt.start - t.end <= 1
                          and not lx.place_kind(nxt.word))


def chunks(toks: list[Token], text: str) -> list[Chunk]:
    """Maximal runs of capitalised words, with particles and abbreviations."""
    out: list[Chunk] = []
    i = 0
    while i < len(toks):
        if not (_is_name_word(toks[i]) or _month_as_name(toks, i, False)):
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < len(toks) and not run[-1].possessive:
            t = toks[j]
            if t.text == "." and run[-1].low in lx.ABBREVIATIONS and t.start == run[-1].end:
                run.append(t)
            elif (_is_name_word(t) or _month_as_name(toks, j, True)) and t.start - run[-1].end <= 1:
                run.append(t)
            elif t.low == "of" and run[-1].low in lx.ORG_HEADS and j + 1 < len(toks) and _is_name_word(toks[j + 1]) \
                    and toks[j + 1].low not in lx.FUNCTION_WORDS and not lx.place_kind(toks[j + 1].word):
                run.append(t)  # "the House of Bishops", "the Department of Justice": one name ("Council of Iran": a place)
            elif t.low in lx.NAME_PARTICLES and j + 1 < len(toks):
                nxt = toks[j + 1]
                if nxt.text in "-–" and j + 2 < len(toks) and toks[j + 2].is_cap:
                    run.extend([t, nxt, toks[j + 2]])  # "al - Nasser", spaced
                    j += 2
                elif _is_name_word(nxt):
                    run.append(t)
                else:
                    break
            else:
                break
            j += 1
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and _in_portfolio(toks, i) and run[0].low in lx.PORTFOLIO_WORDS:
            k = 1
            while k < len(run) and run[k].low in lx.PORTFOLIO_WORDS:
                k += 1
            if len(run) - k >= 2:  # "Minister of Foreign Affairs Wang Yi": the portfolio, then the name
                out.append(Chunk(run[:k], "other"))
                run = run[k:]
        for ch in _split_chunk(run):
            # "the US-run Ein Al-Assad": a name after an article is a thing, not a person
            if ch.kind == "person" and ch.role_prefix is None and ch.start == run[0].start and prev is not None \
                    and (prev.low == "the" or ("-" in prev.text and not prev.is_cap and not prev.low.endswith("-old"))):
                ch.kind = "other"
            out.append(ch)
        i = j
    return out


def _in_portfolio(toks: list[Token], i: int) -> bool:
    """Token i goes on a minister's portfolio: "of"/"for" after the post, or "and" inside the portfolio ("Minister
    for Health and Social Care")."""
    k = i - 1
    while k >= 0 and i - k <= 6:
        low = toks[k].low
        if low in {"of", "for"}:
            return k > 0 and toks[k - 1].low in lx.PORTFOLIO_HEADS
        if low not in lx.PORTFOLIO_WORDS | {"and", "&"}:
            return False
        k -= 1
    return False


_NOT_A_NAME = {"airways", "airlines", "air", "international", "national", "federal", "royal", "county", "civil", "wildlife",
               "liberties", "orthodox", "catholic", "airport", "stock", "exchange", "open", "cup", "league", "grand", "prix"}


def _hyphened_title(low: str) -> bool:
    """A title written with a hyphen ("Vice-President", "Deputy-Governor"): a post, not part of a name."""
    first, _, last = low.rstrip(".").partition("-")
    return first in {"vice", "deputy", "acting", "co"} and last in lx.ROLE_HEADS


def _split_chunk(run: list[Token]) -> list[Chunk]:
    words = [t for t in run if t.text != "."]
    if not words:
        return []
    # drop sentence-initial function words ("During", "The")
    while words and words[0].low in lx.FUNCTION_WORDS:
        words = words[1:]
    if not words:
        return []
    toks = [t for t in run if t.start >= words[0].start]
    # "House of Commons Speaker John Bercow": the body, then a title and a name
    for k in range(1, len(toks) - 2):
        if toks[k].low == "of" and toks[k - 1].low in lx.ORG_HEADS and toks[k + 1].low not in lx.ROLE_HEADS:
            at = next((i for i in range(k + 2, len(toks)) if toks[i].low.rstrip(".") in lx.ROLE_HEADS | lx.HONORIFICS), None)
            if at is not None:
                return _split_chunk(toks[:at]) + _split_chunk(toks[at:])
    # split after an organisation head followed by a name
    for k in range(len(toks) - 1):
        if toks[k].low.rstrip(".") in lx.ORG_HEADS and toks[k + 1].low not in lx.ORG_HEADS | lx.FACILITY_HEADS | {"of"} \
                and toks[k + 1].text != ".":
            if k + 1 < len(toks) and not any(t.low in lx.ORG_HEADS for t in toks[k + 1:]):
                return _split_chunk(toks[:k + 1]) + _split_chunk(toks[k + 1:])
    # a demonym in front of a place ("Iraqi Kurdistan", "Syrian Golan"): the place
    if len(toks) > 1 and lx.demonym_country(toks[0].word) and lx.place_kind(" ".join(t.word for t in toks[1:])):
        return _split_chunk(toks[1:])
    # a nationality in front of a full name ("Englishman Robert Buckley", "Kenyan Raila Odinga"): the name
    # (not "Swiss National Bank", "Dane County Sheriff Dave Mahoney", "Thai Airways International")
    if len(toks) > 2 and (toks[0].low in lx.NATIONALITY_NOUNS or lx.demonym_country(toks[0].word)) and not any(
            t.low.rstrip(".") in lx.ROLE_HEADS | lx.HONORIFICS | lx.ORG_HEADS | lx.FACILITY_HEADS | _ROLE_MODIFIERS
            | _NOT_A_NAME for t in toks[1:]) and len(toks) <= 4:
        return [Chunk(toks[:1], kind="other")] + _split_chunk(toks[1:])
    # a ship's prefix and its name are one name ("INS Mysore", "USS Cole"): two ships are two participants
    if 1 < len(toks) <= 4 and toks[0].word in lx.SHIP_PREFIXES and all(t.is_cap for t in toks[1:]):
        return [Chunk(list(toks), kind="organisation")]
    # split a leading acronym off a name ("NATO Jens Stoltenberg")
    if len(toks) > 1 and len(toks[0].word) >= 2 and toks[0].word.isupper() and not toks[1].word.isupper():
        return _split_chunk(toks[:1]) + _split_chunk(toks[1:])
    # split after a leading place followed by a name ("... of Kenya Raila Odinga")
    if len(toks) > 1 and lx.place_kind(toks[0].word) and toks[1].low not in lx.FACILITY_HEADS | lx.ORG_HEADS \
            and not lx.place_kind(" ".join(t.word for t in toks[:2])):
        return _split_chunk(toks[:1]) + _split_chunk(toks[1:])
    # a role or honorific in front of a name
    split_at = None
    for k, t in enumerate(toks[:-1]):
        if (t.low.rstrip(".") in lx.ROLE_HEADS | lx.HONORIFICS or _hyphened_title(t.low)) and t.text != ".":
            split_at = k
    if split_at is not None:
        while split_at + 2 < len(toks) and _title_goes_on(toks, split_at + 1):
            split_at += 1  # "Chief Executive Jane Roe": the title ends at "Executive"
        rest = [t for t in toks[split_at + 1:] if t.text != "."]
        if rest and not all(t.low.rstrip(".") in lx.ROLE_HEADS | lx.HONORIFICS | _ROLE_MODIFIERS for t in rest):
            prefix = toks[:split_at + 1]
            name = [t for t in toks[split_at + 1:] if t.text != "."]
            if name:
                ch = Chunk(name, role_prefix=prefix)
                _classify(ch, titled=True)
                role = Chunk(prefix, kind="role")
                return [role, ch]
    ch = Chunk([t for t in toks])
    while ch.tokens and ch.tokens[-1].text == "." and ch.tokens[-2:-1] and ch.tokens[-2].low not in lx.ABBREVIATIONS:
        ch.tokens.pop()
    _classify(ch, titled=False)
    return [ch]


_PLACE_OF = re.compile(r"\b(?:town|village|city|district|province|region|county|suburb|municipality|island|commune|hamlet"
                       r"|borough|neighbou?rhood|port|parish)\s+of\s+$")  # lower case: "the Port of Rotterdam Authority" is a name


# lower case after the name: "in Pluak Daeng district" ("Bergen County" is a name the gazetteer reads)
# ("Iraq's Western province of Al-Anbar": the province is the name after "of")
_PLACE_AFTER = re.compile(r"\s+(?:district|province|county|village|municipality|prefecture|governorate|township)\b(?!\s+of\b)"
                          # "in Baler, the capital of Aurora province", "near Yungay, a town in"
                          r"|,\s+(?:the|a|an)\s+(?:(?:small|remote|coastal|northern|southern|eastern|western|central|mountain|"
                          r"provincial|regional|state|district)\s+)?(?:capital|town|city|village|port\s+city|port\s+town|"
                          r"hamlet|suburb|municipality)\s+(?:of|in|on|near|north|south|east|west)\b")


def _named_as_places(chs: list[Chunk], text: str) -> list[Chunk]:
    """A name the text calls a place ("the town of Vilardell", "the village of Ghatbesi", "Pluak Daeng district") is one, whether or
    not the gazetteer or the tagger knows it: most towns in the news are too small for either."""
    for c in chs:
        called = _PLACE_OF.search(text[max(0, c.start - 40):c.start]) or _PLACE_AFTER.match(text, c.end)
        if c.kind not in {"place", "role"} and c.role_prefix is None and called \
                and not any(t.low.rstrip(".") in lx.ORG_HEADS for t in c.tokens):
            c.kind = "place"
    return chs


def _classify(ch: Chunk, *, titled: bool) -> None:
    words = [t for t in ch.tokens if t.text not in ".-–"]
    lows = [t.low.rstrip(".") for t in words]
    full = " ".join(t.word for t in words)
    if all(w in lx.ROLE_HEADS | lx.HONORIFICS | _ROLE_MODIFIERS or _hyphened_title(w) for w in lows):
        ch.kind = "role"
    elif lx.place_kind(full):
        ch.kind = "place"
    elif lx.place_kind(words[0].word) and all(w in lx.FACILITY_HEADS for w in lows[1:]):
        ch.kind = "place"
    elif any(w in lx.ORG_HEADS for w in lows):
        ch.kind = "organisation"
    elif len(words) == 1 and len(words[0].word) >= 2 and words[0].word.isupper():
        ch.kind = "organisation"  # an acronym that is not a place: IRGC, PMU
    elif any(w in lx.FACILITY_HEADS for w in lows[1:]):
        ch.kind = "place"
    elif titled or len(words) >= 2:
        ch.kind = "person" if all(not w.isdigit() for w in lows) else "other"
        if len(words) >= 2 and lx.demonym_country(words[0].word) and not titled:
            ch.kind = "other"  # "Kenyan Parliament", "Syrian Desert" style phrases
    else:
        ch.kind = "name?"  # a lone word: a surname only if the article names the person in full


# ---------------------------------------------------------------- roles

_ROLE_STOP = {"in", "on", "at", "and", "to", "with", "who", "which", "that", "since", "for", "as", "during", "after", "before", "met", "said"}


def _title_goes_on(toks: list[Token], k: int) -> bool:
    """A capitalised modifier inside a title: "Chief Financial Officer", "Chief Executive Jane Roe" (a title that
    ends in "Executive" when a name follows)."""
    if toks[k].low not in _ROLE_MODIFIERS or toks[k].low in lx.TEMPORAL_QUALIFIERS:
        return False
    if toks[k].low == "executive" and k > 0 and toks[k - 1].low == "chief":
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.is_cap == toks[k].is_cap and (nxt.low in lx.ROLE_HEADS or nxt.low in _ROLE_MODIFIERS)


def roles(toks: list[Token], chs: list[Chunk], source: Source) -> list[tuple[Value, Chunk | None, int]]:
    """Role phrases with their holder chunk (when adjacent) and first token index."""
    by_start = {c.start: c for c in chs}
    people = [c for c in chs if c.kind == "person"]

    def surname(k: int) -> bool:
        """A capitalised word after a given name inside one person's name ("Stephanie Pope", "Ellen Judge")."""
        return k > 0 and toks[k].is_cap and toks[k - 1].is_cap and toks[k - 1].low not in lx.ROLE_HEADS | lx.HONORIFICS \
            and any(c.start <= toks[k - 1].start and toks[k].end <= c.end for c in people)

    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (t.low.rstrip(".") not in lx.ROLE_HEADS and not _hyphened_title(t.low)) or t.low in {"official", "member"} and not t.is_cap:
            i += 1
            continue
        if surname(i):
            i += 1
            continue  # a surname after a given name ("Stephanie Pope", "Ellen Judge"), not a title
        # walk left over modifiers, demonyms, possessive places, qualifiers
        s = i
        while s > 0:
            p = toks[s - 1]
            if p.low in _ROLE_MODIFIERS or p.low in lx.TEMPORAL_QUALIFIERS or p.possessive and lx.place_kind(p.word) \
                    or lx.demonym_country(p.text) or (p.is_cap and p.low in lx.ROLE_HEADS | lx.HONORIFICS and not surname(s - 1)):
                s -= 1
            else:
                break
        e = i + 1
        of_title = False
        while e < len(toks) and toks[e].is_cap == t.is_cap and (
                toks[e].low in lx.ROLE_HEADS | lx.HONORIFICS or _title_goes_on(toks, e)):
            e += 1
        # "Minister for Roads and Highways": the portfolio, capitalised words joined by "and"
        if toks[e - 1].low in lx.PORTFOLIO_HEADS and e + 1 < len(toks) and toks[e].low == "for" and toks[e + 1].is_cap \
                and toks[e + 1].low in lx.PORTFOLIOS:
            k = e + 2
            while k + 1 < len(toks) and (toks[k].is_cap and toks[k].low in lx.PORTFOLIO_WORDS
                                         or toks[k].low in {"and", "&"} and toks[k + 1].is_cap
                                         and toks[k + 1].low in lx.PORTFOLIO_WORDS):
                k += 1
            e = k
        # "of [the] (France's) National Assembly (of France)"
        for _ in range(2):
            if e < len(toks) and toks[e].low == "of":
                k = e + 1
                if k < len(toks) and toks[k].low == "the":
                    k += 1
                if k < len(toks) and toks[k].possessive:
                    k += 1
                demonym = k + 1 < len(toks) and lx.is_demonym(toks[k].text) and not toks[k + 1].is_cap \
                    and toks[k + 1].text.isalpha()  # "of Swedish telecoms equipment maker Ostera": no "of Swedish"
                if k < len(toks) and toks[k].start in by_start and by_start[toks[k].start].kind != "person" and not demonym:
                    ch = by_start[toks[k].start]
                    while k < len(toks) and toks[k].start < ch.end:
                        k += 1
                    e = k
                    # "representative of Grand Mufti Ahmed": the name is the object of "of"
                    of_title = ch.kind == "role"
                    continue
                n = 0
                while k < len(toks) and n < 4 and toks[k].low not in _ROLE_STOP and toks[k].text.isalpha() and not toks[k].is_cap:
                    k += 1
                    n += 1
                e = k if n else e
                break
        # "Secretary Kenya's National Security Council X" (a dropped "of")
        if e < len(toks) and toks[e].possessive and lx.place_kind(toks[e].word) and e + 1 < len(toks) and toks[e + 1].start in by_start \
                and by_start[toks[e + 1].start].kind == "organisation":
            ch = by_start[toks[e + 1].start]
            k = e + 1
            while k < len(toks) and toks[k].start < ch.end:
                k += 1
            e = k
        qualifier = None
        for q in toks[max(0, s - 1):i]:
            if q.low in lx.TEMPORAL_QUALIFIERS:
                qualifier = lx.TEMPORAL_QUALIFIERS[q.low]
        if s > 0 and toks[s - 1].low in lx.TEMPORAL_QUALIFIERS:
            s -= 1
        head_from = s
        while head_from < i and toks[head_from].low in lx.TEMPORAL_QUALIFIERS:
            head_from += 1
        window = " ".join(x.low for x in toks[max(0, s - 5):s + 1])
        appointed = qualifier == "newly" or bool(re.search(r"\b(appointed|appointment as|named|elected|sworn in as|promoted to|"
                                                          r"(?:took|takes|assumed|assumes) office as|took over as|installed as)\b", window))
        holder: Chunk | None = None
        h = e
        if h + 2 < len(toks) and toks[h].text == "(" and toks[h + 2].text == ")":
            h += 3  # "Council (NSC) Jane Doe"
        if not of_title and h < len(toks) and toks[h].start in by_start and by_start[toks[h].start].kind == "person":
            holder = by_start[toks[h].start]
        elif s >= 2 and toks[s - 1].text == "," and toks[s - 2].end in {c.end for c in chs if c.kind == "person"}:
            holder = next(c for c in chs if c.end == toks[s - 2].end)
        elif (k := _owner_start(toks, chs, s)) >= 2 and toks[k - 1].text == "," \
                and any(c.end == toks[k - 2].end and c.kind == "person" and _opens_phrase(toks, c) for c in chs):
            # "Dana Whitlock, Crestline's chief operating officer", "Rania Haddad, Cedar Air's chief operating officer",
            # "John Smith, the chief executive,", "said Hesham Farouk, the airline's chief executive"
            holder = next(c for c in chs if c.end == toks[k - 2].end)
        elif s >= 1 and any(c.end == toks[s - 1].end and c.kind == "person" for c in chs):
            holder = next(c for c in chs if c.end == toks[s - 1].end)
        np_start = s - 1 if s > 0 and (toks[s - 1].low in {"the", "its", "his", "her", "their"} or toks[s - 1].possessive) else s
        # "and" only after a title given its own name ("The interior minister, Ahmed Khan, and the foreign minister,
        # Bilal Aziz,"), not inside a phrase ("a letter to the chairman and the chief executive, Tom Reyes, ...")
        after_named_and = np_start >= 3 and toks[np_start - 1].low == "and" and toks[np_start - 2].text == "," \
            and bool(out) and out[-1][1] is not None and out[-1][1].end == toks[np_start - 3].end
        # where a clause starts: the sentence's start, after "that" ("said that its chief financial officer, Tomás
        # Herrera, will step down"), or a possessive name that starts the sentence ("Cementos Altiplano's chief
        # operating officer, Tomas Herrera, will leave")
        opens = np_start == 0 or toks[np_start - 1].low in {"that", "when", "after", "while", "because", "but"} \
            or _owner_start(toks, chs, s) == 0 or _after_saying(toks, np_start)
        if holder is None and h + 1 < len(toks) and toks[h].text == "," and toks[h + 1].start in by_start \
                and (opens or after_named_and):
            named = by_start[toks[h + 1].start]  # "Its chief financial officer, Dana Whitlock, said": in apposition
            after = next((k for k, x in enumerate(toks) if x.start >= named.end), len(toks))
            own_title = after + 2 < len(toks) and toks[after].text == "," and toks[after + 1].low in {"the", "a", "an"} \
                and any(x.low in lx.ROLE_HEADS | lx.POST_WORDS for x in toks[after + 2:after + 5])
            # (a name in apposition to a person's title is a person's, whatever the tagger made of it: "its chief
            # financial officer, Mette Vestergaard,")
            if _person_like(named) and len([x for x in named.tokens if x.text not in ".-–"]) >= 2 \
                    and (after >= len(toks) or toks[after].text in {",", "."}) and not own_title:
                holder = named
        if holder is None:
            holder = _named_as_or_is(toks, chs, _owner_start(toks, chs, s))
        if holder is None and s >= 1 and toks[s - 1].low == "and" and out and out[-1][1] is not None:
            holder = out[-1][1]  # "X, representative of ... and Secretary of ...": both X's titles
        start, end = toks[s].start, toks[e - 1].end
        if toks[e - 1].possessive:
            end = toks[e - 1].start + len(toks[e - 1].word)
        role_text = source.text[start:end]
        norm = _role_norm(toks[head_from:e])
        out.append((Value("role", role_text, start, end, norm=norm, qualifier=qualifier, appointed=appointed), holder, s))
        i = e
    return out


_APPOINTING = {"named", "appointed", "elected", "chose", "picked", "nominated", "installed", "promoted", "confirmed", "tapped"}
_BEING = {"is", "was", "becomes", "became"}
_TITLE_WORDS = {"veteran", "former", "senior", "junior", "deputy", "little-known", "long-serving", "lawmaker", "mp", "senator",
                "economist", "diplomat", "general", "banker", "lawyer", "academic", "businessman", "businesswoman"}


def _named_as_or_is(toks: list[Token], chs: list[Chunk], k: int) -> Chunk | None:
    """The person a post at token k is given to or said of: "named veteran MP Daniel Whitcombe as the country's new
    finance minister", "Daniel Whitcombe, a long-serving MP, is New Zealand's new foreign minister"."""
    if k < 2:
        return None
    people = {c.end: c for c in chs if _person_like(c) and (c.kind == "person" or len(c.tokens) >= 2)}
    index = {t.start: i for i, t in enumerate(toks)}
    if toks[k - 1].low == "as" and toks[k - 2].end in people:
        person = people[toks[k - 2].end]
        first = index[person.start]
        verb = next((i for i in range(first - 1, max(-1, first - 5), -1) if toks[i].low in _APPOINTING), None)
        # the one appointed, right after the verb and a title ("named veteran MP Daniel Whitcombe as"); not whom
        # the appointee replaces or was chosen over ("picked Ama Owusu over Kwame Boateng as", "named Owusu to
        # succeed Kwame Boateng as")
        if verb is not None and all(t.is_cap or t.low in _TITLE_WORDS for t in toks[verb + 1:first]):
            return person
    if toks[k - 1].low in _BEING:
        j = k - 2
        if toks[j].text == ",":  # past an apposition: "Daniel Whitcombe, a long-serving MP and former trade minister,"
            j -= 1
            while j > 0 and toks[j].text != "," and k - j < 20:
                j -= 1
            j -= 1
        if j >= 0 and toks[j].end in people:
            person = people[toks[j].end]
            first = index[person.start]
            if first == 0 or toks[first - 1].text in {",", "that"} or toks[first - 1].low in {"that", "and"}:
                return person  # the subject of its clause, not "the wife of Daniel Whitcombe is ..."
    return None


def _org_worded(c: Chunk) -> bool:
    """A word of an organisation's name in the chunk ("Bank", "Hall", "Networks")."""
    return any(t.low.rstrip(".") in lx.ORG_HEADS for t in c.tokens)


def _person_like(c: Chunk) -> bool:
    """A person's name, or one the tagger took for an organisation's with no word of one ("Ama Owusu")."""
    return c.kind == "person" or c.kind == "organisation" and not _org_worded(c)


def _after_saying(toks: list[Token], k: int) -> bool:
    """A clause said with its "that" left out starts at k: "Ostera said on Monday its chief executive, ...", "the
    company announced its finance chief, ..."."""
    j = k
    if j >= 1 and toks[j - 1].low in lx.WEEKDAYS | {"yesterday", "today"}:
        j -= 1
        if j >= 1 and toks[j - 1].low == "on":
            j -= 1
        if j >= 1 and toks[j - 1].low in {"late", "early"}:
            j -= 1
    return j >= 1 and toks[j - 1].low in lx.SPEECH_VERBS


def _owner_start(toks: list[Token], chs: list[Chunk], s: int) -> int:
    """Where the words before a title that say whose it is begin: "the" ("the chief executive"), a possessive name
    ("Cedar Air's chief operating officer": at "Cedar"), or both ("the airline's"); the title's own start when there
    are none."""
    if s >= 1 and toks[s - 1].low == "the":
        return s - 1
    if s >= 1 and toks[s - 1].possessive:
        owner = next((c for c in chs if c.start <= toks[s - 1].start < c.end), None)
        k = s - 1
        while owner is not None and k > 0 and toks[k - 1].start >= owner.start:
            k -= 1
        return k - 1 if k >= 1 and toks[k - 1].low == "the" else k  # "the airline's chief executive": at "the"
    return s


def _opens_phrase(toks: list[Token], c: Chunk) -> bool:
    """The name opens its sentence or follows "and" or a comma: the subject of an apposition, not the object of a
    verb or preposition ("After firing Jane Roe, Crestline's chief executive said")."""
    k = next((i for i, t in enumerate(toks) if t.start == c.start), None)
    if k is not None and k >= 2 and toks[k - 1].text == "," and toks[k - 2].low.rstrip(".") in lx.ROLE_HEADS | lx.POST_WORDS:
        return False  # "the finance minister, Ama Serwaa, the health minister, ...": Ama is the finance minister's
    return k is not None and (k == 0 or toks[k - 1].low == "and" or toks[k - 1].text == ","
                              or toks[k - 1].low in lx.SPEECH_VERBS | {"says", "wrote"}  # "said Hesham Farouk,"
                              or (k >= 2 and toks[k - 1].low == "to" and toks[k - 2].low == "according"))


def _role_norm(toks: list[Token]) -> str:
    """'secretary of kenya national security council' style key."""
    words = []
    for t in toks:
        w = lx.fold(t.word).rstrip(".")
        if w in {"the", "of", "'s"} or not w[:1].isalnum():
            continue
        country = lx.demonym_country(t.word)
        words.append(lx.fold(country) if country else w.replace("advisor", "adviser"))
    return " ".join(words)


# ---------------------------------------------------------------- dates

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# a day before its month ("7 October", "the 7th of Oct", "5-7 October"), not a score's last figure before a month-day
# ("a 30-7 Oct. 19 loss"; "On 7 October 12 people died" is still the 7th)
_DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
_DATE_CANDIDATE = re.compile(
    rf"""\b(?:
        {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})? |
        (?<![-–]){_DAY_MONTH} | (?<=[-–]){_DAY_MONTH}(?!\.?\s*\d{{1,2}}\b) |
        {_MONTH},?\s+\d{{4}} |
        (?<=\bin\s){_MONTH}(?!\s*\d) |
        (?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s))(?:19|20)\d\d\b |
        \d{{4}}-\d{{2}}-\d{{2}} | \d{{1,2}}/\d{{1,2}}/\d{{4}} |
        (?:last\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))? |
        yesterday | today | tomorrow | (?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year) |
        (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?)\s+ago
    )\b""",
    re.I | re.X,
)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_AGO = re.compile(r"(?P<n>\d+|an?|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>day|week|month|year)s?\s+ago")


@lru_cache(maxsize=64)
def _date_parser(base: datetime | None, prefer: str = "past"):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


def dates(text: str, start: int, end: int, published: datetime | None) -> list[Value]:
    """Date expressions of text[start:end] as intervals with a granularity.

    Relative expressions resolve against the publication date; without one
    they stay unresolved. A month and day without a year keep year_known
    False even when the publication date suggests the year.
    """
    out = []
    for m in _DATE_CANDIDATE.finditer(text, start, end):
        ahead = bool(_SCHEDULED.search(text[max(start, m.start() - 50):m.start()]))
        value = resolve_date(m.group(), published, future=ahead)
        if value is None:
            continue
        season = _SEASON.match(text, m.end()) if re.fullmatch(r"(?:19|20)\d\d", m.group()) else None
        if season:  # "the 1982-83 season": both years, not the first alone
            first = int(m.group())
            last = int(str(first)[:4 - len(season["to"])] + season["to"])
            if first < last <= first + 1 or len(season["to"]) == 4 and first < last <= first + 10:
                out.append(Value("date", text[m.start():season.end()], m.start(), season.end(), norm=f"{first}..{last}",
                                 earliest=date(first, 1, 1), latest=date(last, 12, 31), granularity="year"))
                continue
        out.append(replace(value, start=m.start(), end=m.end(), text=m.group()))
    return out


# a date its clause says is set to come ("sentencing is set for January 14", "is due in court Feb. 17", "is
# scheduled to resume Monday"): resolved forwards. "will" is left to the frame, which knows the verb it governs
# ("will be sentenced on January 12"; not "the man who will face charges was arrested on Monday")
_SCHEDULED = re.compile(rf"\b(?:is|are)\s+(?:now\s+)?(?:{'|'.join(lx.SCHEDULE_WORDS)})\b"
                        r"(?!\s+to\s+have\b)(?:\s+[\w'’-]+){0,3}\s*$", re.I)
_SEASON = re.compile(r"[-–/](?P<to>\d{2}|(?:19|20)\d\d)\b")


# words between a verb of what is to come and a date that make the date another, past event's ("will be without their
# striker because he was shown two yellow cards on Saturday")
_PAST_BETWEEN = re.compile(r"\b(?:because|since|was|were|had|has|have|did)\b|\bafter\s+(?:being|having)\b", re.I)
# (not "appear before the court on Tuesday", "will resign after the vote on Friday": prepositions of what is to come)


# the day of a document said to report it ("according to a regulatory filing on Monday"), and a plan of the past ("was
# due to appear in court on Monday but failed to show up")
_SOURCE_DATED = re.compile(r"\baccording\s+to\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:filing|statement|report|"
                           r"release|announcement|notice|letter|interview|post)\s+(?:on\s+|last\s+)?$", re.I)
_PLAN_FAILED = re.compile(r"\b(?:but|failed|did\s+not|didn't|instead|never)\b", re.I)  # "was due to appear ... but failed"
_FORECAST_ON = re.compile(r"\b(?:forecast|predicted|projected|estimated)\s+(?:in|on|last)\s+$", re.I)  # "the bank forecast in January"
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:due|expected|scheduled|set|planned|supposed|slated|forecast|"
                        r"predicted|projected)\b", re.I)


def still_to_come(text: str, clause_start: int, trigger_start: int, date_start: int, date_text: str, *,
                  weekdays_only: bool = True) -> bool:
    """A weekday in a clause of what will happen is the coming one ("will travel to Paris on Wednesday", "is expected
    to ... exit by Wednesday"), unless it is the day of a saying or of a document ("the firms announced on Monday",
    "according to a statement on Monday"), of a past event told after the verb ("because he was shown two yellow
    cards on Saturday"), or of a plan now past ("was due to appear in court on Monday"); with `weekdays_only`, a
    month or a year is left as read (a date the frame did not attach to the verb)."""
    before = text[max(clause_start, date_start - 60):date_start]
    weekday = bool(re.match(rf"(?:next\s+)?{_WEEKDAY}\b", date_text.strip(), re.I))
    return (weekday or not weekdays_only) and not saying_before(before) and not _FORECAST_ON.search(before) \
        and not _SOURCE_DATED.search(before) \
        and not (_PAST_PLAN.search(text[clause_start:date_start]) and _PLAN_FAILED.search(text[clause_start:date_start + 120])) \
        and not (date_start > trigger_start and _PAST_BETWEEN.search(text[trigger_start:date_start]))


_WOULD = re.compile(r"\b(?:would|'d)\b(?!\s+(?:not\s+|never\s+)?have\b)(?!\s+(?:later|eventually|go\s+on)\b)", re.I)


def _said_to_come(values: list[Value], text: str, cs: int, ce: int, frame: frames.Frame, published: datetime | None,
                  doc, offset: int) -> tuple[list[Value], frames.Frame]:
    """A weekday of what someone said would happen is the one after the saying ("forecasters said the storm would make
    landfall on Friday", "said on Monday she would resign on Tuesday"), not the one before the article: the coming
    day after the saying's own date when the claim gives one, else after publication; in the claim's values and its
    frame's. Only a weekday of the verb "would" goes with (not "which forecasters had said would weaken, struck the
    coast on Monday"), and not of a plan the sentence then tells done or undone ("would travel to Paris on Tuesday,
    where he met Macron", "would attend on Monday but did not"), nor "would have"."""
    would = _WOULD.search(text, cs, ce)
    if would is None or published is None or frame.modality in {"future", "expected"}:
        return values, frame
    said = [v for v in values if v.kind == "date" and v.end <= would.start() and v.granularity == "day" and v.earliest
            and not v.inherited]
    anchor = datetime.combine(said[-1].earliest, datetime.min.time()) if said else published
    ahead = {(v.start, v.end): resolved_ahead(v, anchor) for v in values
             if v.kind == "date" and v.start > would.end() and still_to_come(text, cs, would.start(), v.start, v.text)
             and frames.said_would(doc, offset, v.start)}
    if not ahead:
        return values, frame
    moved = tuple(replace(arg, value=ahead.get((arg.value.start, arg.value.end), arg.value)) if arg.role == "time" else arg
                  for arg in frame.arguments)
    return [ahead.get((v.start, v.end), v) if v.kind == "date" else v for v in values], replace(frame, arguments=moved)


def resolved_ahead(v: Value, published: datetime | None) -> Value:
    """The date resolved forwards, as what is to come ("by Wednesday" in a forecast), in v's place."""
    ahead = resolve_date(v.text, published, future=True) if published is not None else None
    return replace(ahead, start=v.start, end=v.end, text=v.text) if ahead is not None else v


def resolve_date(expr: str, published: datetime | None, *, future: bool = False) -> Value | None:
    """A date expression as an interval. Relative ones resolve against the
    publication date: backwards (news reports what happened), or forwards
    when `future` (the clause says what will happen: "will resign on Friday")."""
    low = expr.lower()
    has_year = bool(_YEAR_IN.search(expr))
    weekday = re.match(rf"(?:(?P<last>last)\s+)?(?P<day>{_WEEKDAY})", low)
    relative = weekday or re.search(r"ago|yesterday|today|tomorrow|last|this|next", low)
    if relative and published is None:
        return Value("date", expr, 0, 0, norm=f"{low} (date unknown)", granularity="weekday" if weekday else "unknown")
    part = re.fullmatch(r"(earlier|later)\s+this\s+(week|month|year)", low)
    if part and published is not None:  # "jailed earlier this month": from the month's start to the article's day
        today = published.date()
        first = {"week": today - timedelta(days=today.weekday()), "month": today.replace(day=1),
                 "year": today.replace(month=1, day=1)}[part[2]]
        last = {"week": first + timedelta(days=6), "month": today.replace(day=calendar.monthrange(today.year, today.month)[1]),
                "year": today.replace(month=12, day=31)}[part[2]]
        lo, hi = (first, today) if part[1] == "earlier" else (today, last)
        return Value("date", expr, 0, 0, norm=f"{lo.isoformat()}..{hi.isoformat()}", earliest=lo, latest=hi,
                     granularity="week" if part[2] == "week" else part[2], month=lo.month if lo.month == hi.month else None)
    week = re.fullmatch(r"(last|this|next)\s+week", low)
    if week and published is not None:
        monday = published.date() - timedelta(days=published.weekday()) + timedelta(weeks={"last": -1, "this": 0, "next": 1}[week.group(1)])
        sunday = monday + timedelta(days=6)
        return Value("date", expr, 0, 0, norm=f"{monday.isoformat()}..{sunday.isoformat()}", earliest=monday, latest=sunday,
                     granularity="week", month=monday.month if monday.month == sunday.month else None)
    if future and published is not None and not weekday and not has_year and re.fullmatch(rf"(?:in\s+)?{_MONTH}", low) \
            and calendar.month_name[published.month].lower().startswith(low.split()[-1][:3]):
        first = published.date().replace(day=1)  # "expects to close the deal in March", said in March: this March
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return Value("date", expr, 0, 0, norm=first.isoformat()[:7], earliest=first, latest=last, granularity="month",
                     month=first.month)
    if future and weekday and published is not None:
        target = list(calendar.day_name).index(weekday["day"].title())
        day = published.date() + timedelta(days=(target - published.weekday()) % 7)
        return Value("date", expr, 0, 0, norm=day.isoformat(), earliest=day, latest=day, granularity="day", month=day.month, day=day.day)
    if not has_year and published is None:
        parsed = _date_parser(datetime(2000, 1, 1)).get_date_data(expr)
        if parsed.date_obj is None:
            return None
        if parsed.period == "day":
            month, day = parsed.date_obj.month, parsed.date_obj.day
            return Value("date", expr, 0, 0, norm=f"--{month:02d}-{day:02d}", granularity="day", month=month, day=day, year_known=False)
        month = parsed.date_obj.month
        return Value("date", expr, 0, 0, norm=f"--{month:02d}", granularity="month", month=month, year_known=False)
    if weekday and published is not None:
        # news style: "on Monday" in a Monday article is that day; "last Monday" in it, the one before
        target = list(calendar.day_name).index(weekday["day"].title())
        day = published.date() - timedelta(days=(published.weekday() - target) % 7 or (7 if weekday["last"] else 0))
        return Value("date", expr, 0, 0, norm=day.isoformat(), earliest=day, latest=day, granularity="day", month=day.month, day=day.day)
    parsed = _date_parser(published, "future" if future else "past").get_date_data(expr)
    if parsed.date_obj is None:
        return None
    d = parsed.date_obj.date()
    span = _AGO.fullmatch(low)
    count = None if span is None else 1 if span["n"] in {"a", "an"} else _number_value(span["n"])
    if span and count and published is not None and span["unit"] != "day":
        # "two weeks ago", "three months ago": a reporter's round count of weeks or months, not a day: half a unit
        # either side ("Two weeks ago the council voted" in an article of May 22 is no contradiction of "voted on
        # Tuesday" in one of May 8)
        days = {"week": 7, "month": 30.44, "year": 365.25}[span["unit"]]
        at = published.date() - timedelta(days=round(count * days))
        lo, hi = at - timedelta(days=round(days / 2)), min(at + timedelta(days=round(days / 2)), published.date())
        # "around": no calendar week, month or year, shown as the span it is ("a year ago" is not the year it starts in)
        return Value("date", expr, 0, 0, norm=f"{lo.isoformat()}..{hi.isoformat()}", earliest=lo, latest=hi,
                     granularity="around", month=lo.month if (lo.year, lo.month) == (hi.year, hi.month) else None)
    period = parsed.period
    if period in {"day", "time", "part_of_day"} or period is None:
        earliest = latest = d
        gran, norm = "day", d.isoformat()
    elif period == "month":
        earliest = d.replace(day=1)
        latest = d.replace(day=calendar.monthrange(d.year, d.month)[1])
        gran, norm = "month", f"{d.year}-{d.month:02d}"
    elif period == "year":
        earliest, latest = date(d.year, 1, 1), date(d.year, 12, 31)
        gran, norm = "year", str(d.year)
    else:
        earliest, latest, gran, norm = d, d, "day", d.isoformat()
    year_known = has_year or bool(relative)
    inferred = not (has_year or relative or future) and published is not None and gran in {"day", "month"}
    if inferred:
        earliest, latest = _nearest_year(earliest, latest, published.date(), whole_month=gran == "month")
        norm = earliest.isoformat() if gran == "day" else f"{earliest.year}-{earliest.month:02d}"
    elif published is not None and latest > published.date() and not has_year and not future \
            and not re.search(r"tomorrow|next", low):
        return None
    return Value("date", expr, 0, 0, norm=norm if year_known else f"{norm} (year inferred)", earliest=earliest, latest=latest,
                 granularity=gran, month=earliest.month if gran != "year" else None,
                 day=earliest.day if gran == "day" else None, year_known=year_known)


def _nearest_year(earliest: date, latest: date, published: date, *, whole_month: bool) -> tuple[date, date]:
    """A day or month written without its year is of the publication's year, as news style writes it, unless
    the year before is nearer ("December 28" in an article of January 3 is last December; "December 15" in
    one of November 25 is the coming one). A day the year lacks (February 29) is kept where the parser put it."""
    options = []
    for year in (published.year - 1, published.year):
        try:
            start = earliest.replace(year=year)
            end = latest.replace(year=year, day=calendar.monthrange(year, latest.month)[1]) if whole_month \
                else latest.replace(year=year)
        except ValueError:
            continue
        options.append((start, end))
    if not options:
        return earliest, latest
    return min(options, key=lambda o: 0 if o[0] <= published <= o[1] else min(abs((o[0] - published).days),
                                                                               abs((o[1] - published).days)))


# ---------------------------------------------------------------- numbers

_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_VULGAR = "[" + "".join(_FRACTIONS) + "]"  # "½", "¼", ...
_FRACTION = re.compile(_VULGAR + r"|\d/\d")
# a scale written onto the digits: "bn", "mn", "tn" always; "m" and "k" are millions and thousands after a currency
# or before a counted noun ("£300m", "$50k", "6.7m passengers"; "the 100m final" is a race); "mm" millions only after a
# currency ("$200MM"; "300mm of rain" is millimetres)
_GLUED_SCALE = r"(?:bn|mn|tn|trn|mm|m|k)"
_GLUED_UNIT = r"(?:mph|km/h|kmh|kph|km|kg|cm|ft|lbs?|mw|gw|kw|ha|sq|c|f)"  # "45.3C", "104F": degrees
# words after "100m" that end in "s" and count nothing ("the 100m hurdles", "the 200m is her event")
_RACE_WORDS = {"hurdles", "heats", "metres", "meters", "is", "was", "has", "runs", "races", "finals", "relays", "sprinters",
               "runners", "swimmers", "athletes", "hurdlers", "finalists", "medallists", "medalists", "champions",
               "winners", "records", "titles", "events", "specialists", "stars", "times"}
_CURRENCY_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?([a-z]+)")  # the word after a figure, past a country's name
_TEMPERATURE = re.compile(r"\b(?:temperatures?|mercury|heat(?:wave)?|cold|frost|degrees|warm(?:est)?|hott?est|cool(?:est)?|"
                          r"thermometers?|celsius|fahrenheit|readings?|highs?|lows?|weather)\b|°", re.I)
# the scale a temperature is written on, right after its figure ("45.3C", "104 °F", "40 degrees Celsius", "111 deg F")
# (a bare letter only glued to the figure or after "°" or "degrees", and not a name's: "12 C-130 planes", "5 F-16
# jets", "12 F Street", "Grade 3 C")
_TEMPERATURE_SCALE = re.compile(r"(?:\s*(?P<mark>°\s*|(?:degrees?|deg\.?)\s+(?:below\s+zero\s+)?|below\s+zero\s+)"
                                r"(?P<scale>celsius|centigrade|fahrenheit|[CF])|"
                                r"(?P<glued>[CF])|\s*(?P<word>celsius|centigrade|fahrenheit))\b(?![-'’.]\w)",
                                re.I)
_TEMPERATURE_DIFFERENCE = re.compile(r"\s*(?:above|below|warmer|cooler|hotter|colder|higher|lower|more|less)\b(?!\s+zero)", re.I)
_GLUED_SCALES = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12, "mm": 1e6, "m": 1e6, "k": 1e3}

_NUMBER = re.compile(
    r"(?<![\w/])\d{1,3}(?:\s+|-)[1-9]/[1-9]\d?(?![\d/])|(?<![\w/])(?:\d{1,3}\s?)?" + _VULGAR + "|"  # "2 1/2 weeks", "2½ weeks"
    r"\b\d{1,3},\d{1,2}\s*(?:million|billion)\b|"  # "1,2 million": a decimal comma
    r"(?<=\$US)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?:million|billion|thousand|hundred))?\b|"  # "$US1 million"
    # a scale or a unit may be glued on ("$2.5bn", "£300m", "90mph", "150km/h", "300mm"): the number ends at its digits
    # or at the scale, never inside "2.5"
    r"\b(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?:million|billion|thousand|hundred|crores?|lakhs?)\b|" + _GLUED_SCALE +
    r"\b|(?=" + _GLUED_UNIT + r"\b)|\b)|"
    r"\b(?:(?:" + "|".join(sorted(lx.NUMBER_WORDS, key=len, reverse=True)) + r")(?:[-\s](?:and\s)?)?)+\b",
    re.I,
)
_BOUND_BEFORE = re.compile(r"(?:^|\W)(" + "|".join(re.escape(p) for p in sorted(lx.NUMBER_BOUNDS, key=len, reverse=True)) + r")$")
_COUNTED_COMPOUND = re.compile(r"[-–](?:year|month|week|day|hour|minute|mile|kilometre|kilometer|metre|meter|foot|feet|"
                               r"storey|story|floor|bedroom|game|match|point|seat|member|man|woman|boat|car|vehicle|"
                               r"nation|country|count|page|inch|ton|tonne)s?\b", re.I)
# a number that names a model or an index, not a count: after a count and capitals ("12 AK 47 guns", "two MiG 29
# jets"), or after an index's name ("the FTSE 100", "the S&P 500"); not "Across the UK 40 people died"
_MODEL_NAME = re.compile(r"(?:\b(?i:\d[\d,.]*|" + "|".join(sorted(lx.NUMBER_WORDS, key=len, reverse=True)) +
                         r")\s+(?!(?:AM|PM|GMT|UTC|EST|EDT|PST|PDT|BST|CET|ET|PT)\s)[A-Z][A-Za-z]{1,4}|"
                         r"\b(?:FTSE|S&P|DAX|CAC|ASX|MSCI|Nikkei|Stoxx|STOXX|Russell|IBEX|OMX))\s$")  # not "at 9 PM 12 people"
_EMERGENCY_NUMBERS = {"911", "999", "112", "000", "111", "101", "100", "110", "119"}
# a number rung ("a 999 call from a neighbour", "the 911 call was made"); not "112 call handlers", "100 call centre
# jobs" or "999 calls", which count
_PHONE_NUMBER = re.compile(r"\s+call(?=\s*[,.;:]|\s+(?:from|to|for|about|at|in|on|and|was|came|made|reporting|saying)\b)", re.I)
_UNIT_SKIP = {"of", "their", "the", "his", "her", "its", "our", "those", "these", "them"}


def numbers(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Value]:
    """Quantities in digits or words, with a bound ("at least") and a unit."""
    out = []
    for m in lx.ELAPSED_TIME.finditer(text, start, end):  # one time taken, not three numbers
        if re.search(r"\b(?:at|by|until|till|from)\s+(?:about\s+|around\s+|approximately\s+)?$", text[max(0, m.start() - 25):m.start()], re.I):
            continue  # "entering the shop at 23:14:05": a time of day
        if not any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
            seconds, _ = lx.elapsed_seconds(m)
            out.append(Value("number", m.group(), m.start(), m.end(), norm=_fmt(seconds), number=seconds, bound="exact"))
    taken = taken + [(v.start, v.end) for v in out]
    for m in _NUMBER.finditer(text, start, end):
        s, e = m.start(), m.end()
        raw = m.group().strip()
        e = s + len(m.group().rstrip(" -"))
        raw = text[s:e]
        if any(a <= s < b or a < e <= b for a, b in taken):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            continue  # a year outside a date phrase
        if raw.lower() == "zero" and re.search(r"\b(?:below|above)\s+$", text[max(0, s - 7):s], re.I):
            continue  # "40 below zero": a sign, not a reading of 0
        after = text[e:e + 40]
        if raw.lower() == "one" and re.match(r"\s+(of|another|side)\b", after):
            continue
        if raw.lower() == "one" and re.match(r"\s*\w*-", after):
            continue
        if raw.lower() == "one" and re.search(r"\bno[\s-]$", text[max(0, s - 3):s], re.I):
            continue  # "no one was hurt", "no-one": nobody, not a count of one
        if s > 1 and text[s - 1] in "-–" and text[s - 2].isalnum() or text[e:e + 1] in ("-", "–") and not re.fullmatch(r"[\d.,]+", raw) \
                and not _COUNTED_COMPOUND.match(text, e):
            continue  # "AK-47", "Two-thirds", "one-sided"; not "6.1-magnitude" or "eight-week"
        if raw.isdigit() and _MODEL_NAME.search(text[max(0, s - 30):s]) and not _COUNTED_COMPOUND.match(text, e):
            continue  # "12 AK 47 guns", "the FTSE 100", "the S&P 500": a name's number, not a count
        if raw in _EMERGENCY_NUMBERS and _PHONE_NUMBER.match(text, e) and re.search(r"\b(?:a|an|the)\s+$", text[max(0, s - 5):s], re.I):
            continue  # "a 999 call": a number to ring, not a count
        glued = re.fullmatch(r"([\d.,]+)" + _GLUED_SCALE, raw, re.I)
        scale = 1.0
        if glued:
            digits = glued.group(1)
            named_after = _CURRENCY_AFTER.match(text, e, min(len(text), e + 30))  # "860m naira", "40m Norwegian crowns"
            currency = re.search(r"[$€£¥]\s?$", text[max(0, s - 2):s]) or lx.CURRENCY_CODE_BEFORE.search(text[max(0, s - 5):s]) \
                or (named_after is not None and named_after[1] in lx.CURRENCY_NAMES)
            suffix = raw[len(digits):].lower()
            counted = re.match(r"\s+([a-z]+s)\b", text[e:e + 30])  # "6.7m passengers", "120k signatures"
            if suffix in {"m", "k"} and not currency and not (counted and counted[1] not in _RACE_WORDS):
                continue  # "the 100m final", "the 200m freestyle", "a 10k run", "a 5m wall": no count
            if suffix == "mm" and not currency:  # "300mm of rain"; "$200MM" is millions
                e, raw = s + len(digits), digits  # the unit after the digits
            else:
                scale = _GLUED_SCALES[suffix]
            value = _number_value(digits)
            value = None if value is None else value * scale
        else:
            value = _number_value(raw)
        if value is None:
            continue
        if s > 0 and text[s - 1] == "." and raw.isdigit() and (s == 1 or text[s - 2] in " \t\n(\"'“‘$"):
            value, raw, s = float("0." + raw), text[s - 1:e], s - 1  # "a .38 caliber revolver", "a .300 hitter"
        before = re.sub(r"[\s$€£¥]+$", "", lx.fold(text[max(start, s - 25):s])).rstrip()
        if raw.lower() in {"dozen", "hundred", "thousand", "million"}:
            before = re.sub(r"\s+an?$", "", before)  # "more than a dozen witnesses": a lower bound of 12
        found = _BOUND_BEFORE.search(before)  # the longest phrase wins: "no fewer than" is a lower bound
        bound = lx.NUMBER_BOUNDS[found.group(1)] if found else "exact"
        if raw.lower() in {"dozens", "hundreds", "thousands", "millions"}:
            bound = "at_least"
        elif raw.lower() in {"dozen", "hundred", "thousand"} and re.search(r"\b(?:several|a few|few|many)$", before):
            value, bound = 2 * value, "at_least"  # "several dozen buildings" is dozens, not twelve
        words = re.findall(r"[A-Za-z][\w-]*", after)[:5]
        unit_words = []
        for w in words:
            if w.lower() in _UNIT_SKIP and not unit_words:
                continue
            if w.lower() in lx.FUNCTION_WORDS | {"who", "were", "was", "in", "by", "after", "before"}:
                break
            unit_words.append(w.lower())
            if len(unit_words) == 2 or not w[:1].isupper():
                break
        unit = " ".join(unit_words) or None
        scale_of = _TEMPERATURE_SCALE.match(text, e)
        scale = scale_of and (scale_of["scale"] or scale_of["glued"] or scale_of["word"])
        difference = scale_of and _TEMPERATURE_DIFFERENCE.match(text, scale_of.end())
        if scale_of and difference and scale_of["glued"] in {"F", "f"}:
            continue  # "9F above normal": a difference, as no reading on the scale converts ("5C above normal")
        if scale_of and not difference and (scale_of["mark"] or scale_of["word"]
                                            or _TEMPERATURE.search(text[max(start, s - 80):min(end, e + 80)])):
            # "45.3C", "104°F", "40 degrees Celsius", "111 degrees Fahrenheit": a reading on a named scale, which
            # values.in_celsius converts ("44C" and "111F" are one heat); a bare "40 degrees" names none
            unit = lx.TEMPERATURE_SCALES[scale[0] in "fF"]
        elif scale_of and difference and scale_of["glued"]:
            unit = "degrees"  # "5C above normal": as before, no scale
        elif re.match(r"\s*°", text[e:e + 3]) and _TEMPERATURE.search(text[max(start, s - 80):min(end, e + 80)]):
            unit = "degrees"  # "40°" in words of the weather
        if unit and unit.split()[0] in {"degrees", "degree"} and (re.search(r"\bminus\s+$", text[max(start, s - 8):s], re.I)
                                                               or re.match(r"\s*(?:degrees?\s+)?below\s+zero", text[e:e + 25], re.I)):
            value = -abs(value)  # "minus 12 degrees Celsius", "30 degrees below zero"
        signed = s > 0 and text[s - 1] in "-−–" and (s == 1 or not text[s - 2].isalnum()) \
            and not re.search(r"\d\s*$", text[max(0, s - 6):s - 1])  # "30 -35 degrees" is a range
        if signed and unit and (unit.split()[0] in {"degree", "degrees", "percent", "c", "f"} or unit == "per cent"):
            value, raw, s = -value, text[s - 1:e], s - 1  # "-5 degrees": a sign, not a dash ("treatment -16 to 17 weeks")
        out.append(Value("number", raw, s, e, norm=_fmt(value), number=value, bound=bound, unit=unit))
    return out


def _measured(v: Value) -> bool:
    """A number written before a unit of measure ("-12 degrees", "40 percent"): its unit holds whatever the parse attaches."""
    return bool(v.unit) and v.unit.split()[0] in lx.MEASURE_NOUNS | {"degree", "degrees", "percent"}


def _number_value(raw: str) -> float | None:
    low = raw.lower()
    mixed = re.fullmatch(r"(\d*)(?:(?:\s+|-)(\d+)/(\d+)|\s?(" + _VULGAR + "))", low)
    if mixed:  # "2 1/2", "2½": one number, not two
        whole, num, den, sign = mixed.groups()
        return float(whole or 0) + (int(num) / int(den) if num else _FRACTIONS[sign])
    low = re.sub(r"^(\d{1,3}),(\d{1,2})(?=\s*(?:million|billion))", r"\1.\2", low).replace(",", "")
    scale = 1
    # "Rs 250 crore" is 2.5 billion rupees; a lakh is a hundred thousand (South Asian copy)
    for word, mult in (("million", 1e6), ("billion", 1e9), ("thousand", 1e3), ("crores", 1e7), ("crore", 1e7),
                       ("lakhs", 1e5), ("lakh", 1e5)):
        if low.endswith(word) and re.match(r"\d", low):
            low, scale = low[: -len(word)].strip(), mult
    try:
        return float(low) * scale
    except ValueError:
        pass
    if low in {"dozen"}:
        return 12.0
    if low in {"dozens"}:
        return 24.0
    if low in {"hundreds", "thousands", "millions"}:
        return {"hundreds": 200.0, "thousands": 2000.0, "millions": 2e6}[low]
    from text_to_num import text2num

    try:
        return float(text2num(low.replace("-", " "), "en"))
    except ValueError:
        return None


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# ---------------------------------------------------------------- attribution

_PRONOUNS = {"he", "she", "they", "it"}
_NOUN_LIKE = {"states", "claims", "notes", "calls", "says", "adds", "tells", "argues"}
_AUXILIARIES = {"also", "has", "have", "had", "further", "then", "again", "later", "once", "was", "is", "went", "on", "to"}
_ASIDE_OPENERS = {"for", "on", "in", "especially", "however", "also", "meanwhile", "too", "then", "as", "while", "after", "before"}


def _speaker(chs: list[Chunk], sentence_toks: list[Token]) -> tuple[int, int] | None:
    """The span of who the sentence attributes the clause to, if anyone."""
    for i, t in enumerate(sentence_toks):
        if t.low == "according" and i + 2 < len(sentence_toks) and sentence_toks[i + 1].low == "to":
            k = i + 2
            end_k = k
            while end_k < len(sentence_toks) and sentence_toks[end_k].text not in {",", "."}:
                end_k += 1
            if end_k > k:
                return sentence_toks[k].start, sentence_toks[end_k - 1].end
        if t.low not in lx.SPEECH_VERBS:
            continue
        if t.low in _NOUN_LIKE and i > 0 and not (sentence_toks[i - 1].is_cap or sentence_toks[i - 1].low in _PRONOUNS | {"also"}):
            continue  # "neighboring states", "the claims": a noun, not a verb of saying
        if t.low in {"pointed"} and not (i + 1 < len(sentence_toks) and sentence_toks[i + 1].low == "out"):
            continue
        following = sentence_toks[i + 1].low if i + 1 < len(sentence_toks) else ""
        if t.low.startswith("add") and (following[:1].isdigit() or following in lx.NUMBER_WORDS):
            continue  # "Josh Heytvelt added 15 points": a player's figure, not a statement
        # subject right before the verb, skipping auxiliaries and asides
        k = i - 1
        while k >= 0 and (sentence_toks[k].low in _AUXILIARIES or sentence_toks[k].low.endswith("ly")):
            k -= 1
        # skip asides: "Ruto, for his part, said", "X, referring to ..., especially Y, said:"
        while k >= 0 and sentence_toks[k].text == ",":
            j = k - 1
            while j >= 0 and sentence_toks[j].text != ",":
                j -= 1
            first_word = sentence_toks[j + 1].low if j + 1 < k else ""
            if j >= 0 and (first_word in _ASIDE_OPENERS or first_word.endswith("ing")):
                k = j
            else:
                k -= 1  # an appositive name: "the Prime Minister of Kenya, Jane Doe, said"
                break
        if k < 0:
            continue
        end_tok = sentence_toks[k]
        if end_tok.low in _PRONOUNS:
            return end_tok.start, end_tok.end
        for c in chs:
            if c.end == end_tok.end or c.end == end_tok.start + len(end_tok.word):
                if c.kind in {"person", "name?"}:
                    if _after_preposition(c, sentence_toks, chs):
                        # "X, meeting with Prime Minister Y, has reiterated": Y is no subject
                        first = next((f for f in chs if f.kind in {"person", "name?"} and f.end <= c.start
                                      and not _after_preposition(f, sentence_toks, chs)), None)
                        return (first.start, first.end) if first else None
                    return c.start, c.end
        # a descriptor opening the clause: "The Kenyan official", "Kenya's national security adviser"
        j = k
        while j >= 0 and sentence_toks[j].text not in {",", ".", ";", "\"", "“", "”"} and k - j < 14:
            j -= 1
        opener = j + 1
        if opener <= k and (opener == 0 or sentence_toks[opener - 1].text == ","):
            words = sentence_toks[opener:k + 1]
            if words[0].low in {"the", "his", "her"} or words[0].possessive or words[0].is_cap:
                if any(x.low.rstrip("s") in lx.ROLE_HEADS for x in words):
                    return sentence_toks[opener].start, end_tok.end
    return None


_PREPOSITIONS = {"with", "to", "of", "by", "from", "for", "against", "meeting", "met", "and", "received", "at", "in", "on"}


def _after_preposition(c: Chunk, toks: list[Token], chs: list[Chunk]) -> bool:
    """Whether a name is the object of a preposition, past any title before it."""
    start = c.start
    for r in chs:
        if r.kind == "role" and r.end >= start - 1 and r.start < start:
            start = r.start
    before = [t for t in toks if t.end <= start]
    while before and (before[-1].low in _ROLE_MODIFIERS or before[-1].low in lx.ROLE_HEADS or lx.demonym_country(before[-1].text)):
        before.pop()
    return bool(before) and before[-1].low in _PREPOSITIONS


# ---------------------------------------------------------------- claims

def extract(source: Source, parsed: tuple[list[tuple[int, int]], list] | None = None) -> list[Claim]:
    """All claims of one source, in text order (parsed: its sentence spans
    and their spaCy docs, when `extract_many` parsed them in bulk)."""
    text = source.text
    out: list[Claim] = []
    all_chunks: list[Chunk] = []
    sent_spans, docs = parsed if parsed is not None else (sentences(source), None)
    if docs is None:
        docs = frames.parse(text[s:e] for s, e in sent_spans)
    # pass 1: chunks of the whole article, so a surname alone can be resolved
    per_sentence = []
    for (s, e), doc in zip(sent_spans, docs):
        toks = tokenize(text[s:e], s)
        chs = _named_as_places(_typed_by_ner(_joined_by_ner(chunks(toks, text), doc, s), doc, s), text)
        per_sentence.append((s, e, toks, chs, doc))
        all_chunks.extend(chs)
    full_names = [c for c in all_chunks if c.kind == "person" and len([t for t in c.tokens if t.text not in ".-–"]) >= 2]
    last_speaker: tuple[str, int, int] | None = None
    last_person: str | None = None
    role_holders: dict[str, str] = {}  # role head or anchor country -> latest holder
    for n, (s, e, toks, chs, doc) in enumerate(per_sentence):
        names = _resolve_names(chs, full_names, text)
        role_vals = roles(toks, chs, source)
        for rv, holder, _ in role_vals:
            if holder is not None and holder.kind == "person":
                holder_name = names.get(holder.start, text[holder.start:holder.end])
                head = next((w for w in rv.norm.split() if w in lx.ROLE_HEADS), None)
                if head:
                    role_holders[head] = holder_name
                country = _anchor_country(rv.text)
                if country:
                    role_holders[country] = holder_name
        speaker_span = _speaker(chs, toks)
        speaker_name = None
        if speaker_span:
            surface = text[speaker_span[0]:speaker_span[1]]
            if surface.lower() in _PRONOUNS:
                speaker_name = last_speaker[0] if last_speaker else last_person
            elif speaker_span[0] in names:
                speaker_name = names[speaker_span[0]]
            else:
                head = next((w for w in reversed(re.findall(r"[\w-]+", lx.fold(surface))) if w.rstrip("s") in lx.ROLE_HEADS), None)
                country = _anchor_country(surface)
                if head == "official" and country:
                    # "Kenya's top security official": the latest holder of a role of Kenya
                    speaker_name = role_holders.get(country, surface)
                else:
                    speaker_name = role_holders.get(head or "", surface)
            if speaker_name:
                last_speaker = (speaker_name, *speaker_span)
        elif re.match(r"[\"“]", text[s:e]) and last_speaker:
            speaker_name = last_speaker[0]
        coordinate = clauses(text, s, e)
        clause_spans, split_off = subordinate_clauses(doc, s, coordinate, text)
        # a date said once for coordinate clauses is each one's; a subordinate clause's date is its own event's
        # ("began after she divorced Neal in 1947"), so it is neither given nor taken across that split
        sentence_dates = [d for d in dates(text, s, e, source.published) if not any(a <= d.start < b for a, b in split_off)] \
            if len(coordinate) > 1 else []
        for cs, ce in clause_spans:
            values: list[Value] = []
            for c in chs:
                if c.start >= ce or c.end <= cs or c.kind in {"name?", "other", "role"}:
                    if c.kind == "name?" and c.start in names and cs <= c.start < ce:
                        values.append(Value("person", text[c.start:c.end], c.start, c.end, norm=names[c.start]))
                    continue
                kind = c.kind
                norm = names.get(c.start, text[c.start:c.end]) if kind == "person" else _place_norm(c, text) if kind == "place" else text[c.start:c.end]
                values.append(Value(kind, text[c.start:c.end], c.start, c.end, norm=norm))
            for rv, holder, _ in role_vals:
                if cs <= rv.start < ce:
                    holder_name = names.get(holder.start, text[holder.start:holder.end]) if holder else None
                    if holder is None:
                        pron = re.search(r"\b(he|she)\s+(?:was|had been|has been)\s+(?:\w+\s+)?$", text[max(cs, rv.start - 40):rv.start])
                        if pron:
                            holder_name = _last_person_before(chs, names, text, pron.start() + max(cs, rv.start - 40), s)
                    when_lo, when_hi = None, None
                    if rv.qualifier == "newly" and source.published:
                        when_hi = source.published.date()
                        when_lo = when_hi - timedelta(days=365)
                    values.append(replace(rv, holder=holder_name, earliest=when_lo, latest=when_hi))
            date_vals = dates(text, cs, ce, source.published)
            values.extend(date_vals)
            if not date_vals and (cs, ce) not in split_off:
                # "X met Y in Nairobi and the two sides held talks on March 19": one event, one date
                values.extend(replace(d, inherited=True) for d in sentence_dates)
            values.extend(numbers(text, cs, ce, [(d.start, d.end) for d in date_vals]))
            frame, speaker_tok, appointments = frames.build_frame(doc, s, (cs, ce), values, source.published)
            # numbers count the noun the parse attaches them to
            units = {(q.start, q.end): q.unit for q in frame.of_role("quantity")}
            units.update({(v.start, v.end): unit for v in values if v.kind == "number" and (v.start, v.end) not in units
                          and (unit := frames.counted_unit(doc, s, v))})
            values = [replace(v, unit=units[(v.start, v.end)]) if v.kind == "number" and (v.start, v.end) in units
                      and v.unit not in lx.TEMPERATURE_SCALES  # "104 degrees Fahrenheit": the scale, not the parse's noun
                      and not (units[(v.start, v.end)] is None and (_measured(v) or _FRACTION.search(v.text)
                                                                     or re.search(r"\d[A-Za-z]+$", v.text))) else v
                      for v in values]  # the parse reads one token of "2 ½ servings" or "860m naira", the pattern the whole
            # an appointment date is the date the parse attaches to the appointment itself
            values = _appointment_dates(values, appointments)
            if frame.modality in {"future", "expected"}:  # "will travel to Paris on Wednesday": the coming Wednesday,
                ahead = {(v.start, v.end): v for v in frame.of_role("time")}  # as the frame resolved it, or as any
                # date after the verb is ("is expected to cross northern Luzon and exit ... by Wednesday")
                # (not the day of the saying: "Kuvera will acquire PayNaija ..., the two firms announced on Tuesday")
                values = [ahead.get((v.start, v.end)) or (resolved_ahead(v, source.published) if not ahead and v.start > frame.start
                                                          and still_to_come(text, cs, frame.start, v.start, v.text) else v)
                          if v.kind == "date" else v for v in values]
            values, frame = _said_to_come(values, text, cs, ce, frame, source.published, doc, s)
            values.sort(key=lambda v: (v.start, v.end, v.kind))
            toks_c = [t for t in toks if cs <= t.start < ce]
            claim_speaker = speaker_name
            sp_start, sp_end = (speaker_span if speaker_span else (None, None))
            if speaker_span and cs <= speaker_span[0] < ce and not any(t.low in lx.SPEECH_VERBS or t.low == "according" for t in toks_c):
                claim_speaker = None
            if claim_speaker is None and speaker_tok is not None:
                claim_speaker, sp_start, sp_end = _parsed_speaker(speaker_tok, s, names, chs, text, last_speaker)
            out.append(Claim(
                id=f"{source.id}:{len(out) + 1}", source=source.id, start=cs, end=ce, text=text[cs:ce],
                speaker=claim_speaker,
                speaker_start=sp_start if claim_speaker else None,
                speaker_end=sp_end if claim_speaker else None,
                values=tuple(values), sentence=n, frame=frame,
            ))
            if len(out) >= MAX_CLAIMS_PER_SOURCE:
                return out
        persons = [c for c in chs if c.kind == "person" or c.start in names]
        if persons:
            last_person = names.get(persons[-1].start, text[persons[-1].start:persons[-1].end])
    return out


def _adjectival(text: str, end: int) -> bool:
    """A capitalised word used as an adjective: "Arab country", "Kenyan officials"."""
    m = re.match(r"\s+([a-z][a-z-]*)", text[end:end + 30])
    return bool(m) and m.group(1) not in lx.FUNCTION_WORDS and m.group(1) not in lx.SPEECH_VERBS and not m.group(1).endswith("ed")


def _anchor_country(phrase: str) -> str | None:
    """The country a role phrase belongs to ("Kenya's ...", "Kenyan ...")."""
    for word in re.findall(r"[A-Z][\w]+(?:[’']s)?", phrase):
        base = re.sub(r"[’']s$", "", word)
        if lx.place_kind(base) == "country":
            return lx.fold(base)
        country = lx.demonym_country(base)
        if country:
            return lx.fold(country)
    return None


def _last_person_before(chs: list[Chunk], names: dict[int, str], text: str, pos: int, sentence_start: int) -> str | None:
    """The antecedent of "he"/"she": the last person named before pos; a lone
    capitalised word inside the sentence counts too ("the first trip of Odinga")."""
    before = [c for c in chs if c.end <= pos
              and (c.kind == "person" or c.start in names
                   or (c.kind == "name?" and c.start != sentence_start and not _adjectival(text, c.end)))]
    return names.get(before[-1].start, text[before[-1].start:before[-1].end]) if before else None


def _appointment_dates(values: list[Value], appointments: list[Value]) -> list[Value]:
    """Roles the text says were taken (appointed, named, took office...) get
    the date the parse attaches to that taking, never a date of the sentence
    that belongs to something else ("Newly appointed X said on Monday")."""
    out = []
    used = set()
    for v in values:
        if v.kind == "role" and v.appointed and v.qualifier != "newly":
            match = next((a for a in appointments if a.earliest is not None and (a.start < v.end and v.start < a.end
                                                                                 or a.holder and a.holder == v.holder)), None)
            if match is not None:
                used.add((match.start, match.end))
                v = replace(v, earliest=match.earliest, latest=match.latest, granularity=match.granularity,
                            holder=v.holder or match.holder)
            else:
                v = replace(v, earliest=None, latest=None, granularity=None)
        out.append(v)
    roles_at = [(v.start, v.end) for v in out if v.kind == "role"]
    for a in appointments:
        # a taking of a post the title words did not show ("took office in March 2021", "became mayor")
        if a.holder and (a.start, a.end) not in used and not any(s < a.end and a.start < e for s, e in roles_at):
            out.append(a)
    return out


def _joined_by_ner(chs: list[Chunk], doc, offset: int) -> list[Chunk]:
    """A one-word place and the one name after it are one person's name when
    the tagger reads them as one ("Police arrested Jordan Hale", "Kenya Moore";
    not "the foreign ministers of Jordan Ayman Safadi and Egypt"):
    the chunker splits off a leading place ("of Kenya Raila Odinga") by the
    gazetteer alone."""
    people = {(e.start_char + offset, e.end_char + offset) for e in doc.ents if e.label_ == "PERSON"}
    out: list[Chunk] = []
    for c in chs:
        last = out[-1] if out else None
        if last is not None and last.kind == "place" and len(last.tokens) == 1 and len(c.tokens) == 1 \
                and c.kind not in {"place", "organisation", "role"} \
                and c.role_prefix is None and 0 <= c.start - last.end <= 1 and (last.start, c.end) in people:
            out[-1] = Chunk(last.tokens + c.tokens, kind="person")
            continue
        out.append(c)
    return out


def _aged(c: Chunk, doc, offset: int) -> bool:
    """A name given an age right before it ("34-year-old Marcus Delaney") or in commas right after ("Marcus
    Delaney, 34,"): a person's, whatever the tagger made of it."""
    text = doc.text
    start, end = c.start - offset, c.end - offset
    if len(c.tokens) < 2 or _org_worded(c):
        return False
    after = re.match(r"\s*([A-Za-z]+)", text[end:end + 20])
    if after and after[1].islower() and after[1] not in lx.FUNCTION_WORDS | _AFTER_A_NAME:
        return False  # "a 25-year-old British Airways pilot": the name of whom he works for, not his own
    return bool(re.search(r"\b\d{1,3}-year-old\s+$", text[max(0, start - 16):start])
                or re.match(r",\s*\d{1,3}\s*,", text[end:end + 7]))


_AFTER_A_NAME = {"was", "is", "has", "had", "who", "were", "will", "would", "said", "says", "told", "died", "appeared",
                 "pleaded", "faces", "remains", "remained"}


def _typed_by_ner(chs: list[Chunk], doc, offset: int) -> list[Chunk]:
    """Capitalised runs typed as people only when the parser's named-entity
    recogniser agrees (or a title precedes them): a named storm or a shipping
    company is not a person."""
    ents = [(e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents]
    for c in chs:
        if c.kind != "person" or c.role_prefix is not None:
            continue
        labels = {lab for s, e, lab in ents if s < c.end and c.start < e}
        if "PERSON" in labels or not labels:
            continue
        if any(t.low in lx.NAME_PARTICLES or t.low.split("-")[0] in lx.NAME_PARTICLES for t in c.tokens):
            continue  # "Abu Mahdi al-Muhandis": the small model often takes such names for organisations
        if _aged(c, doc, offset):
            continue  # "arrested 34-year-old Marcus Delaney", "Ama Owusu, 52,": an age is a person's
        if labels & {"ORG", "NORP"}:
            c.kind = "organisation"
        elif labels & {"GPE", "LOC", "FAC"}:
            c.kind = "place" if lx.place_kind(" ".join(t.word for t in c.tokens)) else "other"
        elif labels:
            c.kind = "other"
    return chs


def _parsed_speaker(tok, offset: int, names: dict[int, str], chs: list[Chunk], text: str,
                    last_speaker: tuple[str, int, int] | None) -> tuple[str | None, int | None, int | None]:
    """The speaker the parse finds (the subject of a verb of saying), named as
    the article names it: a resolved name, the antecedent of a pronoun, or the phrase."""
    s, e = frames.name_span_chars(tok)
    start, end = s + offset, e + offset
    surface = text[start:end]
    if surface.lower() in _PRONOUNS:
        return (last_speaker[0], start, end) if last_speaker else (None, None, None)
    for c in chs:
        if c.start < end and start < c.end and c.start in names:
            return names[c.start], start, end
    return surface, start, end


def _resolve_names(chs: list[Chunk], full_names: list[Chunk], text: str) -> dict[int, str]:
    """Chunk start -> the article's full name for persons and lone surnames."""
    out: dict[int, str] = {}
    for c in chs:
        surface = text[c.start:c.end]
        if c.kind == "person" and len([t for t in c.tokens if t.text not in ".-–"]) >= 2:
            out[c.start] = surface
        elif c.kind in {"person", "name?"}:
            key = lx.fold(c.tokens[-1].word)
            matches = [text[f.start:f.end] for f in full_names if lx.fold(f.tokens[-1].word) == key]
            if len({_name_key(m) for m in matches}) == 1:
                out[c.start] = max(set(matches), key=matches.count)
            elif c.kind == "person":
                out[c.start] = surface
    return out


def _name_key(name: str) -> str:
    return re.sub(r"[\s\-\u00a0]+", " ", lx.fold(name)).strip()


def _place_norm(c: Chunk, text: str) -> str:
    words = [t.word for t in c.tokens if t.text not in ".-–"]
    full = " ".join(words)
    if lx.place_kind(full):
        return lx.COUNTRY_ALIASES.get(lx.fold(full), full)
    return full


PARSE_CHUNK = 4000  # sentences parsed in one stream: large batches parse faster; docs of one chunk in memory


def extract_many(sources: list[Source], progress=None) -> list[list[Claim]]:
    """The claims of each source, parsing the sentences of many sources in one
    stream (a quarter faster than source by source); progress(done, total)."""
    out: list[list[Claim]] = []
    pending: list[tuple[Source, list[tuple[int, int]]]] = []
    size = 0

    def flush() -> None:
        texts = [src.text[a:b] for src, spans in pending for a, b in spans]
        docs = frames.parse(texts)
        k = 0
        for src, spans in pending:
            out.append(extract(src, (spans, docs[k:k + len(spans)])))
            k += len(spans)
            if progress:
                progress(len(out), len(sources))
        pending.clear()

    for src in sources:
        spans = sentences(src)
        pending.append((src, spans))
        size += len(spans)
        if size >= PARSE_CHUNK:
            flush()
            size = 0
    if pending:
        flush()
    return out


def extract_all(sources: Iterable[Source]) -> list[Claim]:
    return [c for found in extract_many(list(sources)) for c in found]
