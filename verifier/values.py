"""Comparisons of typed values: date intervals, places, numbers.

Shared by `align` (is this the same event?) and `compare` (do the values
agree?). Each function answers with a small closed vocabulary so callers can
decide without re-deriving the logic.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from . import lexicon as lx
from .records import Claim, Value

SAME, COMPATIBLE, DIFFERENT, UNKNOWN = "same", "compatible", "different", "unknown"


def event_date(claim: Claim) -> Value | None:
    """The date a claim's event is given: the date its frame attaches to the
    trigger, else its first resolved date, else a month-day of unknown year,
    else a weekday, else None.
    A date of the statement itself ("officials said on Monday that...") gives
    way to the date of what was said."""
    attached = claim.frame.of_role("time") if claim.frame is not None else ()
    # the frame's date first, then the others; any of them the saying's last ("told parliament on Tuesday that
    # the dam wall cracked on Sunday": Sunday)
    dates = sorted(list(attached) + list(claim.of_kind("date")), key=lambda v: said_on(claim, v))
    dated = [v for v in dates if v.earliest is not None]
    if dated:
        return dated[0]
    partial = [v for v in dates if v.month is not None]
    if partial:
        return partial[0]
    weekdays = [v for v in dates if weekday_of(v) is not None]
    return weekdays[0] if weekdays else None


def saying_date(claim: Claim) -> Value | None:
    """The date of the saying itself ("told parliament on Tuesday that ..."), when the claim gives one."""
    return next((v for v in claim.of_kind("date") if said_on(claim, v)), None)


def said_on(claim: Claim, value: Value) -> bool:
    """The date is the saying's ("officials said on Monday", "told reporters on Monday", "said in a statement on
    Monday", "a statement issued on Monday"), not of what was said ("said flights resumed on Wednesday")."""
    return saying_before(_text_before(claim, value, 60))


def saying_before(text: str) -> bool:
    """The words end as the day of a saying is introduced ("the two firms announced on")."""
    return bool(_SAID_ON.search(lx.fold(text)))


_SAID_ON = re.compile(
    rf"\b(?:{'|'.join(sorted(lx.SPEECH_VERBS, key=len, reverse=True))}|told\s+(?:reporters|journalists|parliament|"
    r"the\s+\w+|\w+|him|her|them|us)|statement(?:\s+(?:issued|released|published))?)"
    r"(?:\s+(?:in|at|on|to|during)\s+(?:a|an|the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:late|early))?\s+(?:on\s+|last\s+)?$")


def date_relation(a: Value | None, b: Value | None) -> str:
    """SAME (overlap, both with a known year), COMPATIBLE (agree as far as both
    say), DIFFERENT (cannot both be true), or UNKNOWN."""
    if a is None or b is None:
        return UNKNOWN
    wa, wb = weekday_of(a), weekday_of(b)
    if wa is not None and wb is not None and (a.earliest is None or b.earliest is None):
        return COMPATIBLE if wa == wb else DIFFERENT  # two weekdays of one week, the year unknown
    if (wa is None) != (wb is None):  # a weekday of an undated article and one day of a dated one
        weekday, day = (wa, b) if wa is not None else (wb, a)
        if day.earliest is not None and day.earliest == day.latest:
            return COMPATIBLE if day.earliest.weekday() == weekday else DIFFERENT
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


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_of(v: Value | None) -> int | None:
    """The weekday a date names when only a weekday is known ("on Friday"), else None."""
    if v is None or v.granularity != "weekday":
        return None
    low = v.text.lower()
    return next((i for i, d in enumerate(_WEEKDAYS) if d in low), None)


def days_apart(a: Value | None, b: Value | None) -> int | None:
    """Days between two resolved date intervals (0 when they overlap), None when unknown."""
    if a is None or b is None or a.earliest is None or b.earliest is None or not (a.year_known and b.year_known):
        return None
    if a.latest < b.earliest:
        return (b.earliest - a.latest).days
    if b.latest < a.earliest:
        return (a.earliest - b.latest).days
    return 0


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


def _city_countries() -> dict[str, set[str]]:
    return lx.city_countries()


def place_key(name: str) -> str:
    """One key for one place however it is written ("UK", "Britain"; "Kiev", "Kyiv")."""
    key = lx.fold(name).strip()
    key = lx.fold(lx.COUNTRY_ALIASES.get(key, key))
    return lx.city_exonyms().get(re.sub(r"^the ", "", key), key)


_STREET = re.compile(r"\s(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|highway|parkway)\.?$")


def place_relation(a: str, b: str) -> str:
    """SAME, COMPATIBLE (one contains the other), DIFFERENT (two known places
    neither contains), or UNKNOWN (a place the gazetteer does not know)."""
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
    if _STREET.search(ka) and _STREET.search(kb):
        return DIFFERENT  # "Peralta Street" and "Wood Street": neither street contains the other
    kinds = {lx.place_kind(a), lx.place_kind(b)}
    continent = lx.country_continents()
    if continent.get(ka) == kb or continent.get(kb) == ka:
        return COMPATIBLE  # "China" is in "Asia"; "China" and "Europe" stay two places
    region = ka if ka in lx.REGIONS - lx.TERRITORIES else kb if kb in lx.REGIONS - lx.TERRITORIES else None
    if kinds == {"country", "region"} and region is not None \
            and (region not in lx.continent_names() or {ka, kb} & lx.TRANSCONTINENTAL):
        return UNKNOWN  # "Syria" and "the Middle East", "Mali" and "the Sahel", "Russia" and "Asia": containment unknown here
    if None in kinds or kinds == {"city", "region"}:
        return UNKNOWN  # "Bergen County" and "New Jersey", a city and a state: containment unknown here
    return DIFFERENT


# a verb whose object is where a disaster or an attack happened ("A magnitude 5.8 earthquake struck Izmir", in a
# claim whose frame is what AFAD said)
_STRUCK = {"struck", "strikes", "hit", "hits", "rocked", "rocks", "jolted", "jolts", "shook", "shakes", "battered",
           "batters", "lashed", "lashes", "pounded", "pounds", "flooded", "floods", "ravaged", "devastated"}
# words before the place an event happens at, within a few words; and what a storm or an attack sweeps ("tore
# through Shawnee, Oklahoma"; not "212 stores across New England")
_IN_PLACE = {"in", "at", "to", "from", "into", "inside", "near"}
_SWEPT = {"through", "across", "throughout", "outside"}
_SAYS_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(lx.SPEECH_VERBS | {'says', 'told', 'reported'}, key=len, reverse=True))})\b", re.I)
_WANTED_IN = re.compile(r"\bwanted\s+(?:in|by)\s+(?:the\s+)?$", re.I)
_PART_OF_PLACE = {"block", "corner", "outskirts", "intersection", "edge", "suburbs", "heart", "centre", "center"}
_LOCATIVES = _IN_PLACE | _SWEPT | {"off", "around", "over", "within", "along", "on", "of"}
# what strikes a place: a disaster or an attack, not a tariff or a striker ("Haaland hit Liverpool with a hat-trick")
_STRIKER = re.compile(r"\b(?:earthquakes?|quakes?|aftershocks?|tremors?|storms?|typhoons?|hurricanes?|cyclones?|tornado(?:es)?|"
                      r"floods?|floodwaters?|rain|snow|blizzards?|heatwaves?|wildfires?|fires?|blazes?|landslides?|"
                      r"tsunamis?|explosions?|blasts?|bombs?|missiles?|drones?|air ?strikes?|shelling|rockets?|"
                      r"attacks?|strikes?)\b", re.I)
_DISTRICT_OF = re.compile(r"[’']s\s+(?:[A-Z][\w-]*\s+){1,3}(?:district|province|region|county|area|suburb|neighbou?rhood|"
                          r"quarter|borough|state|governorate|prefecture|airport|station|port|harbou?r|prison|hospital|"
                          r"stadium)\b")


def event_places(claim: Claim, text: str) -> list[Value]:
    """Places the event happens at: those after "in", "at", "to", "from"
    (within a few words) and the event frame's known places, not places that
    only qualify a title or a name."""
    out = []
    route: set[tuple[int, int]] = set()  # "a flight to Dubai", "travelling from Prague to Ostrava": where to or from
    roles = [(v.start, v.end) for v in claim.of_kind("role")]
    for v in claim.of_kind("place"):
        if any(s <= v.start < e for s, e in roles) or _WANTED_IN.search(text[max(claim.start, v.start - 20):v.start]) \
                or _SAYS_AFTER.match(text, v.end):
            continue  # "a British man wanted in the UK ... was arrested in Alicante": where he is sought; "...,
            # prosecutors in Bordeaux said": where the speakers are
        before = lx.fold(text[max(claim.start, v.start - 30):v.start]).split()
        window = before[-4:]
        located = any(w in _IN_PLACE for w in window) \
            or (any(w in _SWEPT for w in window) and bool(_STRIKER.search(claim.text))) \
            or (window[-1:] and window[-1] in _STRUCK and bool(_STRIKER.search(claim.text))) \
            or any(w in _PART_OF_PLACE and nxt == "of" for w, nxt in zip(window, window[1:]))  # "the 2400 block of",
        # "on the southern edge of Joplin, Missouri"
        if located and (not text[v.end:v.end + 2].startswith(("’s", "'s")) or _DISTRICT_OF.match(text, v.end)):
            out.append(v)  # not "Kenya's president", but "in Dhaka's Mirpur district": Dhaka holds the place
            nearest = next((w for w in reversed(window) if w in _IN_PLACE), None)
            if nearest in {"to", "from"}:
                route.add((v.start, v.end))
    # and the frame's: the object of a verb of place ("An earthquake struck Kathmandu", "Floods hit Valencia", "off the
    # coast of Hokkaido"), or a name after "in" or "near" the tagger did not call a place but the gazetteer knows
    # ("crashed near Seville"); a name known to neither may be anything ("attacked by men in balaclavas")
    taken = {(v.start, v.end) for v in out}
    for v in claim.frame.of_role("place") if claim.frame is not None else ():
        if (v.start, v.end) in taken or any(s <= v.start < e for s, e in roles) \
                or _WANTED_IN.search(text[max(claim.start, v.start - 20):v.start]) \
                or text[v.end:v.end + 2].startswith(("’s", "'s")):
            continue
        before = lx.fold(text[max(claim.start, v.start - 30):v.start]).split()[-3:]
        as_object = not any(w in _LOCATIVES for w in before)  # "struck Kathmandu": only what strikes places strikes
        if as_object and not _STRIKER.search(claim.text):
            continue  # "Haaland hit Liverpool with a hat-trick", "Bayern pounded Dortmund": a side, not a place
        if v.kind == "place" and (lx.place_kind(v.norm or v.text) or any(
                (x.start, x.end) == (v.start, v.end) for x in claim.of_kind("place"))):
            out.append(v)
            taken.add((v.start, v.end))
    if any((v.start, v.end) not in route for v in out):
        # arrested "at Lisbon airport ... as he tried to board a flight to Dubai": Lisbon, where it happened
        out = [v for v in out if (v.start, v.end) not in route]
    return out


def number_relation(a: Value, b: Value) -> str:
    """Whether two quantities can both be true, given their rounding and bounds (as `quantities_conflict`)."""
    if a.number is None or b.number is None:
        return UNKNOWN
    if a.number == b.number:
        return SAME
    return DIFFERENT if quantities_conflict(a, b) else COMPATIBLE


def same_unit(a: Value, b: Value) -> bool:
    """Two counts of the same thing: their units end in the same noun ("American
    forces" and "forces"; "force" and "forces" alike)."""
    if not a.unit or not b.unit:
        return False
    return a.unit.split()[-1][:5] == b.unit.split()[-1][:5]


# ---------------------------------------------------------------- quantities

_CURRENCY = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
_UNIT_NAMES = ("dollars", "euros", "pounds", "yen", "percent", "cents")
_NOT_UNITS = {"other", "more", "own", "per", "first", "last", "new", "additional", "further", "of", "a", "an", "the",
              "and", "or", "to", "in", "on", "at", "for", "each", "percent", "cent", "cents"} | set(_WEEKDAYS)
_SPELLING = {"meter": "metre", "meters": "metres", "liter": "litre", "liters": "litres", "kilometer": "kilometre",
             "kilometers": "kilometres", "center": "centre", "centers": "centres"}
_AUDIENCE = {"fans", "fan", "spectators", "spectator", "supporters", "onlookers", "crowd", "attendance"}
_AUDIENCE_OF = re.compile(r"\b(?:crowd|attendance|audience|gate)\s+(?:was\s+|of\s+)(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
                          re.I)
_MAGNITUDE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 1e2}


ELAPSED = "time taken"  # the unit key of a time taken ("won in 2:24:10")
AGE_OF = "age of "  # the unit key of an age: "age of buckley", "age of climber"


def quantity_unit(claim: Claim, v: Value) -> str | None:
    """What a number counts, as a comparable key: a currency, percent, or the
    stem of the counted noun; None when the text does not say."""
    if lx.ELAPSED_TIME.fullmatch(v.text):
        return ELAPSED
    if v.unit in lx.TEMPERATURE_SCALES:
        return TEMPERATURE  # "44C" and "111 degrees Fahrenheit": one reading, on two scales
    rel = v.start - claim.start
    before = claim.text[max(0, rel - 4):rel].rstrip()
    after = claim.text[rel + len(v.text):rel + len(v.text) + 12].lower().lstrip()
    if before.endswith("$US"):
        return "dollars"
    code = lx.CURRENCY_CODE_BEFORE.search(claim.text[max(0, rel - 5):rel])
    if code:  # "NOK 14.2 billion", "A$60 million": the unit "14.2 billion Norwegian crowns" gives
        return currency_key(lx.CURRENCY_CODES[code.group().strip().lower()].split())
    for sym, name in _CURRENCY.items():
        if before.endswith(sym):
            return name
    if after.startswith(("%", "percent", "per cent", "percentage point")):
        return "percent"
    if re.search(r"\bmagnitude[\s-]*(?:of\s+)?$", claim.text[max(0, rel - 16):rel], re.I) \
            or re.match(r"[\s-]*magnitude\b", claim.text[rel + len(v.text):], re.I):
        return "magni"  # "a magnitude 6.2 earthquake", "a 6.2-magnitude quake", "a magnitude of 6.2": one scale
    if after.startswith(("cent ", "cents", "cent,", "cent.")):
        return "cents"
    aged = _AGE_AFTER.match(claim.text, rel + len(v.text))
    if aged:  # "a 36-year-old climber": the age of a climber; "32-year-old Englishman Robert Buckley": of Buckley
        return (AGE_OF + _aged_one(claim.text[aged.end():aged.end() + 60])).strip()
    if _appositive_age(claim.text, rel, rel + len(v.text), v):  # "Paul Durousseau, 30,": the age of Durousseau
        return AGE_OF + lx.fold(re.findall(r"[\w'’-]+", claim.text[max(0, rel - 40):rel])[-1])
    part_of = _PART_OF.match(claim.text, rel + len(v.text))
    if part_of:
        if part_of["noun"].lower() in _PEOPLE and (casualty := _casualty(claim, rel, part_of.end())):
            return casualty  # "Twelve of the 40 passengers were injured": twelve injured
        return unit_key(part_of["noun"])  # "28 of 41 passes" counts passes, as "28 passes" does
    if _a_whole(claim, v):
        return _unit_of_whole(claim, v)  # the 40 of "Twelve of the 40 passengers were injured": passengers
    whose = _PEOPLE_OF.match(claim.text, rel + len(v.text))
    if whose and whose["noun"].lower() in _PEOPLE:
        casualty = _casualty(claim, rel, whose.end())
        if casualty:
            return casualty  # "Four of lawmaker Luis Arevalo's bodyguards were wounded": four injured
    if _AUDIENCE_OF.search(claim.text[max(0, rel - 30):rel]):
        return "spectator"  # "a crowd of 4,812", "the attendance of 6,230": how many watched
    kin = _NOUN_OF.search(claim.text[max(0, rel - 30):rel])
    if kin and kin["noun"].lower() not in _NOT_KIN and (kin["noun"].lower() in _KIN or not _counted_after(
            claim.text[rel + len(v.text):rel + len(v.text) + 30])):
        return kin["noun"].lower() + " of"  # "a mother of 12 was killed": how many a mother has, not the dead
    units = [v.unit] + [q.unit for q in (claim.frame.of_role("quantity") if claim.frame is not None else ())
                        if q.start == v.start and q.unit]
    for unit in units:
        words = [w for w in lx.fold(unit or "").split() if w not in _NOT_UNITS and w.isalpha()]
        if words:
            word = _SPELLING.get(words[-1], words[-1])
            if word in _AUDIENCE:
                return "spectator"  # "in front of 7,148 fans", "6,214 spectators": one crowd, named two ways
            noun = next((n for n in _UNIT_NAMES if word in (n, n[:-1])), unit_key(word))
            if len(words) >= 2 and words[-2] in lx.CURRENCY_COUNTRIES and words[-1] in lx.CURRENCY_NAMES:
                return currency_key(words)  # "12.4 billion Norwegian crowns": not Swedish crowns
            if len(words) >= 2 and words[-2] in lx.CURRENCY_NAMES and words[-1] not in lx.CURRENCY_NAMES:
                return currency_key(words[:-1])  # "a 2.4 million euro penalty" is 2.4 million euros
            if noun in {"count", "charg"}:  # "one count of attempted murder", "two counts of possession": two charges
                of = re.match(r"\s+\w+\s+of\s+(?:a\s+|an\s+|the\s+)?(?P<what>[a-z]+)", claim.text[rel + len(v.text):].lower())
                noun = f"{noun} of {of['what'][:5]}" if of else noun
            if words[-1] in _PEOPLE or words[-1] in _CASUALTY or words[-1] == "others":
                return _casualty(claim, rel, rel + len(v.text)) or noun
            return noun
    if _INDEX_MOVE.search(claim.text[max(0, rel - 12):rel]) and _INDEX.search(claim.text[max(0, rel - 60):rel]) \
            and not re.search(r"\b(?:shares?|stocks?)\b", claim.text[max(0, rel - 60):rel], re.I) \
            and not re.match(r"\s*(?:%|percent|per cent)", claim.text[rel + len(v.text):]):
        return "point"  # "the Nasdaq composite index rose 13.70": an index moves in points
    return _casualty(claim, rel, rel + len(v.text))


def names_an_index(text: str) -> bool:
    """The text names a market index, whose moves are counted in points ("the Nasdaq rose 13.70")."""
    return bool(_INDEX.search(text))


_INDEX = re.compile(r"\b(?:index|indices|industrial average|Dow|Nasdaq|S&P|FTSE|Nikkei|DAX|CAC|Hang Seng|Sensex)\b")
_INDEX_MOVE = re.compile(r"\b(?:rose|fell|gained|lost|dropped|added|climbed|slipped|declined|jumped|slid|tumbled|"
                         r"advanced|shed|up|down|eased|sank|surged|plunged)\s+$", re.I)


def currency_key(words: list[str]) -> str:
    """A currency as a comparable unit: "dollars", or with its country ("norwegian crown", "australian dollars")."""
    noun = next((n for n in _UNIT_NAMES if words[-1] in (n, n[:-1])), unit_key(words[-1]))
    country = words[-2] if len(words) >= 2 and words[-2] in lx.CURRENCY_COUNTRIES else ""
    return f"{country} {noun}".strip()


# measures an outlet may give in either system ("52km north-west of Los Angeles", "32 miles northwest"):
# the dimension and the factor to one base unit
_MEASURES = {"km": ("length", 1000.0), "kilometre": ("length", 1000.0), "kilometer": ("length", 1000.0),
             "mile": ("length", 1609.344), "m": ("length", 1.0), "metre": ("length", 1.0), "meter": ("length", 1.0),
             "foot": ("length", 0.3048), "feet": ("length", 0.3048), "ft": ("length", 0.3048), "yard": ("length", 0.9144),
             "cm": ("length", 0.01), "mm": ("length", 0.001), "inch": ("length", 0.0254), "inche": ("length", 0.0254),
             "kg": ("mass", 1.0), "kilogram": ("mass", 1.0), "tonne": ("mass", 1000.0), "lb": ("mass", 0.4536),
             "mph": ("speed", 0.44704), "km/h": ("speed", 1 / 3.6), "kmh": ("speed", 1 / 3.6), "kph": ("speed", 1 / 3.6),
             "hectare": ("area", 10000.0), "ha": ("area", 10000.0), "acre": ("area", 4046.86)}


def in_base_units(v: Value) -> tuple[str, float] | None:
    """(dimension, amount in its base unit) of a measure in either system, by the word after the figure."""
    if v.number is None or not v.unit:
        return None
    word = v.unit.lower().split()[0]
    found = _MEASURES.get(word) or _MEASURES.get(_singular(word))
    return (found[0], v.number * found[1]) if found else None


def unit_key(noun: str) -> str:
    """The comparable key of a counted noun, as quantity_unit gives it ("points" -> "point"): its first
    letters, and whether it names who does a thing ("villagers" are not "villages", "passengers" not "passes")."""
    word = _singular(noun.lower())
    if len(word) > 5 and word.endswith(("tre", "bre")):
        word = word[:-2] + "er"  # "centimetres" and "centimeters", "theatres" and "theaters"
    key = word[:5] + ("/er" if len(word) > 5 and word.endswith(("er", "or")) else "")  # "protestors", "protesters"
    return _ONE_THING.get(key, key)


# counted nouns outlets use for one thing ("destroying 37 houses" vs "52 homes had been reduced to ashes")
# not jobs and positions, pupils and students: "has 4,000 positions", "has 900 pupils" are a workforce, a school roll
_ONE_THING = {"house": "home", "dwell": "home"}


def _singular(word: str) -> str:
    """"weeks" and "week", "bodies" and "body": one counted noun, whatever the number before it."""
    if len(word) > 4 and word.endswith(("xes", "ches", "shes", "sses")):
        word = word[:-2]  # "boxes", "churches"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "news", "series")):
        word = word[:-1]
    return word[:-2] + "y" if len(word) > 3 and word.endswith("ie") else word  # "bodies" and "body", "movies" and "movie"


_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?\d[\d,.]*\s+(?P<noun>[A-Za-z]+)")
_NOUN_OF = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+of\s+$")
_WHOLE_OF = re.compile(r"\b\d[\d,.]*\s+of\s+(?:the\s+)?$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"dozens|hundreds|most|many|some|several|none)\s+of\s+(?:the\s+)?$", re.I)


# the whole is itself the toll: "one of 12 people killed in the attack", "among the 40 dead"
_COUNTED_DEAD = re.compile(r"\s+(?:[a-z]+\s+)?(?:killed|dead|injured|wounded|hurt|missing)\b", re.I)


def _a_whole(claim: Claim, v: Value) -> bool:
    """The figure is the whole a part is taken from ("of the 40 passengers"), not itself a toll ("one of 12 people
    killed")."""
    rel = v.start - claim.start
    return bool(_WHOLE_OF.search(claim.text[max(0, rel - 30):rel])) and not _COUNTED_DEAD.match(claim.text, rel + len(v.text))


def _unit_of_whole(claim: Claim, v: Value) -> str | None:
    """The counted noun of a whole that a part is taken from, never a casualty: "of the 40 passengers"."""
    words = [w for w in lx.fold(v.unit or "").split() if w.isalpha()]
    return unit_key(words[-1]) if words else None


# some of someone's people ("four of lawmaker Luis Arevalo's bodyguards", "two of his bodyguards")
_PEOPLE_OF = re.compile(r"\s+of\s+(?:(?:[\w.-]+\s+){0,4}?[\w.-]+['’]s|his|her|their|its|the)\s+(?P<noun>[A-Za-z]+)\b")
_NOT_KIN = {"total", "number", "one", "two", "three", "each", "all", "out", "age", "aged", "sum", "tally", "toll", "score",
            "rate", "price", "cost", "value", "worth", "loss", "profit", "fine", "sentence", "term", "record", "most",
            "some", "many", "none", "both", "any", "group", "team", "crowd", "fleet", "series", "set", "list", "top",
            "average", "maximum", "minimum", "up", "because", "instead", "ahead", "capacity", "margin", "lead", "deficit"}


def _counted_after(after: str) -> bool:
    """The number is followed by the noun it counts ("mother of 12 children", "deaths of 12 miners"),
    not by a verb ("a father of three died")."""
    word = re.match(r"\s*(?:[-–]\s*)?([a-z]+)", after)
    if word is None:
        return False
    w = word.group(1)
    return w in lx.PERSON_NOUNS or w in lx.MEASURE_NOUNS or (w.endswith("s") and not w.endswith("ss") and w not in _VERB_S)


_KIN = {"mother", "father", "parent", "grandmother", "grandfather", "grandparent", "mom", "mum", "dad", "widow", "widower"}
_VERB_S = {"is", "was", "has", "does", "says", "dies", "lives", "remains", "becomes", "makes", "takes", "gets", "goes", "plays"}


def _aged_one(after: str) -> str:
    """Whose age a "N-year-old" gives: the surname of a name that follows
    ("Englishman Robert Buckley" -> buckley, "Smith said" -> smith), else the
    noun ("Australian climber" -> climber), else unknown ("" for "was arrested")."""
    run: list[str] = []
    for t in re.findall(r"[\w'’-]+|[,.;:()]", after)[:6]:
        if t[:1].isupper():
            run.append(t)
            continue
        low = t.lower()
        if not t[:1].isalpha():  # a comma or a full stop ends the name
            return lx.fold(run[-1]) if run else ""
        if not run and low in _AGE_ADJECTIVES:
            continue  # "a 30-year-old former striker"
        verb_like = low in lx.FUNCTION_WORDS or low in lx.SPEECH_VERBS or low.endswith("ed") \
            or low in {"was", "is", "has", "had", "who", "fell", "died", "won", "led", "hit", "shot", "ran", "went", "took"}
        if verb_like:
            return lx.fold(run[-1]) if run else ""
        return lx.fold(low)  # "Australian climber", "former Manchester United striker", "New York man"
    return lx.fold(run[-1]) if run else ""


_AGE_ADJECTIVES = {"former", "ex", "retired", "veteran", "young", "unnamed", "unidentified", "local", "married", "single"}
_AGE_AFTER = re.compile(r"(?:-|\s)years?(?:-|\s)old\b", re.I)
_CASUALTY = {"dead": "dead", "killed": "dead", "kills": "dead", "killing": "dead", "kill": "dead", "deaths": "dead",
             "died": "dead", "fatalities": "dead", "lives": "dead", "bodies": "dead",
             "injured": "injured", "injuring": "injured", "injure": "injured", "injuries": "injured", "wounded": "injured",
             "wounding": "injured", "hurt": "injured", "hurting": "injured", "injures": "injured",
             "missing": "missing", "unaccounted": "missing"}


def _appositive_age(text: str, start: int, end: int, v: Value) -> bool:
    """"Jane Doe, 84," : a whole number between commas right after a capitalised name."""
    return bool(v.number is not None and float(v.number).is_integer() and 1 <= v.number <= 115
                and re.search(r"[A-Z][\w.'’-]+,\s*$", text[max(0, start - 40):start])
                and re.match(r"\s*(?:[,)]|\.(?:\s|$))", text[end:end + 3]))


def casualty_of(claim: Claim, v: Value) -> str | None:
    """Which casualties a figure of a claim counts ("dead", "injured", "missing"): "killing three people",
    "injuring two firefighters", "12 were wounded"; None for other counts ("a mother of 12 was killed": her
    children)."""
    unit = quantity_unit(claim, v)
    if unit in {"dead", "injured", "missing"}:
        return unit
    if unit in {"slightly injured", "seriously injured"}:
        return "injured"  # against "no one was hurt", any injured count
    if unit is not None and (unit.endswith(" of") or unit in GENERIC_UNITS):
        return None
    rel = v.start - claim.start
    if _a_whole(claim, v):
        return None  # "twelve of the 40 passengers were injured": the 40 were not
    return _casualty(claim, rel, rel + len(v.text))


def _casualty(claim: Claim, start: int, end: int) -> str | None:
    """What a count of people is a count of, by the casualty word next to it:
    "770 dead", "10 people were killed", "killing 10", "wounding other 70",
    "two bodyguards were slightly injured", "claimed the lives of 17 workers",
    "the death toll rose to 31"; "hospitalised" for "sending 12 people to
    hospital" or "40 guests were hospitalised" (not a count of the injured:
    40 hurt and 12 in hospital are both true)."""
    text = claim.text
    if _TO_HOSPITAL.match(text, end) or (_SENDING.search(text[max(0, start - 40):start])
                                         and _SENT_TO_HOSPITAL.match(text, end)):
        return "hospitalised"
    after = re.findall(r"[a-z]+|\d+", text[end:end + 50].lower())[:5]
    for k, w in enumerate(after):
        if w == "fatally" and k + 1 < len(after) and _CASUALTY.get(after[k + 1]) == "injured":
            return "dead"  # "fatally wounded"
        if w in _DEGREE_OF_HARM and k + 1 < len(after) and _CASUALTY.get(after[k + 1]) == "injured":
            return f"{_DEGREE_OF_HARM[w]} injured"  # "three were seriously injured": some of the injured, not all
        if w in _CASUALTY:
            return _CASUALTY[w]
        if w == "and" and k + 2 < len(after) and (after[k + 1] in _A_FEW or after[k + 1].isdigit()) \
                and after[k + 2] in _PEOPLE:
            continue  # "two women and one man died": the two women died too
        if w in _A_FEW or w.isdigit():
            continue
        if w not in _PEOPLE and w not in {"other", "more", "people", "were", "was", "had", "have", "been", "are",
                                          "reported", "confirmed", "believed", "feared", "being"} | _DEGREE \
                and not (k == 0 and k + 1 < len(after) and after[1] in _PEOPLE):  # "two police officers were"
            break
    before = text[max(0, start - 120):start]
    if _DEATH_TOLL_BEFORE.search(before):
        return "dead"  # "the death toll from floods in the district rose to 31"
    verb = _CASUALTY_VERB.search(before[-40:])
    return _CASUALTY[verb["verb"].lower()] if verb else None  # "killing 10", "the quake killed 12 people"


# people a casualty count may count, beyond lexicon.PERSON_NOUNS: "two bodyguards were slightly injured", "leaving
# seven shoppers hurt" (not "killing 300 sheep")
_PEOPLE = lx.PERSON_NOUNS | {
    "bodyguards", "guards", "shoppers", "guests", "pilgrims", "worshippers", "migrants", "refugees", "firefighters",
    "rescuers", "crew", "sailors", "fishermen", "villagers", "pupils", "pedestrians", "commuters", "climbers", "hikers",
    "troops", "police", "policemen", "prisoners", "inmates", "detainees", "athletes", "riders", "cyclists", "motorists",
    "occupants", "customers", "diners", "visitors", "farmers", "labourers", "laborers", "nurses", "doctors", "teachers",
    "militants", "gunmen", "attackers", "rebels", "fighters", "bystanders", "locals", "citizens", "nationals",
    "foreigners", "infants", "babies", "toddlers", "women", "men", "boys", "girls", "adults", "relatives", "family",
    "spectators", "mourners", "demonstrators", "peacekeepers", "personnel", "guard", "guest", "sailor",
    "villager", "pupil", "pedestrian", "climber", "hiker", "prisoner", "inmate", "cyclist", "motorist", "firefighter",
    "crewmen", "crewmembers", "staffers", "contractors", "volunteers", "aid workers"}
_A_FEW = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_DEGREE_OF_HARM = {"slightly": "slightly", "lightly": "slightly", "mildly": "slightly", "seriously": "seriously",
                   "critically": "seriously", "badly": "seriously", "severely": "seriously", "gravely": "seriously"}
_DEGREE = set(_DEGREE_OF_HARM) | {"also", "all"}
_HEDGES = r"(?:(?:at|least|some|about|nearly|almost|over|than|more|another|other|an?|the|up|to|around|roughly|approximately|" \
          r"as|many)\s+)*"
_CASUALTY_VERB = re.compile(r"\b(?P<verb>killing|killed|kills|kill|injuring|injured|injures|wounding|wounded|hurting|hurt|"
                            r"lives)\s+" + r"(?:(?<=lives\s)of\s+|(?<!lives\s))" + _HEDGES + "$", re.I)
# a death toll and its figure, nothing counted between them ("The death toll from floods in Malawi's southern Nsanje
# district rose to 31", "a death toll of 12"): the dead
_DEATH_TOLL_BEFORE = re.compile(r"\b(?:death|fatality)\s+toll\b[^.;\d]{0,90}?\b(?:rose|risen|rises|climbed|jumped|increased|reached|hit|"
                                r"stood|stands|stood at|is|was|now|of|to|at)\s+" + _HEDGES + "$", re.I)
_TO_HOSPITAL = re.compile(r"\s*(?:[a-z-]+\s+){0,3}?(?:were|was|have been|had been|are|been)?\s*"
                          r"(?:hospitali[sz]ed\b|(?:taken|rushed|admitted|airlifted|sent|flown)\s+to\s+(?:a\s+|the\s+|local\s+|"
                          r"nearby\s+)?hospitals?\b)", re.I)
_SENDING = re.compile(r"\b(?:sending|sent|sends|send|putting|put)\s+" + _HEDGES + "$", re.I)
_SENT_TO_HOSPITAL = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?to\s+(?:a\s+|the\s+|local\s+|nearby\s+)?hospitals?\b", re.I)


def _precision(v: Value) -> tuple[float, bool]:
    """(the step the written number is rounded to, whether it is written with
    trailing zeros that may be rounding): "1.8 billion" -> (1e8, False)."""
    elapsed = lx.ELAPSED_TIME.fullmatch(v.text)
    if elapsed:
        return lx.elapsed_seconds(elapsed)[1], False  # "2:24:10" to the second
    low = v.text.lower().replace(",", "")
    scale = next((m for w, m in _MAGNITUDE.items() if w in low), 1.0)
    digits = re.search(r"\d+(?:\.(\d+))?", low)
    if digits is None:
        return 0.0, False  # a number in words: exact
    if digits.group(1):
        return 10.0 ** -len(digits.group(1)) * scale, False
    if scale > 1:
        return scale, False
    whole = digits.group(0)
    zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
    if zeros >= 3:
        return 10.0 ** zeros, False  # "4,000 people": a round figure
    return (10.0 ** zeros, True) if zeros else (0.0, False)  # a count without trailing zeros is exact


_MEASURED_IN = {"degrees", "degree"}  # readings written to the unit, rounded
ROUNDING = 0.10  # the most a round figure is taken to be off its true value, as a share of it


def number_interval(v: Value) -> tuple[float, float]:
    """The values a written quantity allows: its rounding, hedge and bound."""
    x = float(v.number or 0)
    step, trailing = _precision(v)
    half = step / 2 if (not trailing or v.bound == "about") else 0.0
    # a round figure is rounded near its value, not across a whole step: "2,000" is no rounding of 2,500, nor
    # "about 100" of 149; "about 20" still allows 18, and "about 10" nine
    half = min(half, max(ROUNDING * abs(x), 1.0))
    if step == 0.0 and v.unit and v.unit.split()[0] in _MEASURED_IN:
        half = 0.45  # a reading in whole degrees is rounded: "45C" for 45.3 degrees (not 47 for 48)
    if v.bound == "about":
        half = max(half, ROUNDING * abs(x), 1.0 if abs(x) >= 2 else 0.0)  # "about 25" allows 23, "about five" four
    if v.bound == "at_least":  # "more than $2 billion" is said of the number as written
        return x, float("inf")
    if v.bound == "at_most":
        return float("-inf"), x
    return x - half, x + half


TEMPERATURE = "degre"  # the unit key of a temperature, whatever its scale (as unit_key reads "degrees")


def _celsius(x: float) -> float:
    return (x - 32) * 5 / 9


def in_celsius(v: Value, interval: tuple[float, float]) -> list[tuple[float, float]]:
    """A temperature's interval in degrees Celsius, for each scale it may be on: its own when named ("104F"),
    either when the text says only "degrees" ("111 degrees" in an American paper is Fahrenheit)."""
    lo, hi = interval
    if v.unit == lx.TEMPERATURE_SCALES[1]:
        return [(_celsius(lo), _celsius(hi))]
    if v.unit == lx.TEMPERATURE_SCALES[0]:
        return [interval]
    return [interval, (_celsius(lo), _celsius(hi))]


def two_scales(a: Value, b: Value) -> bool:
    """Two temperatures, one or both on a named scale, not the same: compared in degrees Celsius."""
    units = {a.unit, b.unit}
    return bool(units & set(lx.TEMPERATURE_SCALES)) and len(units) == 2 \
        and all(u in lx.TEMPERATURE_SCALES or bool(u) and u.split()[0] in _MEASURED_IN for u in units)


def comparable_number(v: Value, other: Value) -> float:
    """v's figure as it compares with `other`'s: in degrees Celsius for two temperatures on two scales."""
    if two_scales(v, other) and v.unit == lx.TEMPERATURE_SCALES[1]:
        return _celsius(float(v.number))
    return float(v.number)


def quantities_conflict(a: Value, b: Value, claim_a: Claim | None = None, claim_b: Claim | None = None) -> bool:
    """Two statements of one quantity that cannot both be true, after
    rounding, bounds and ranges ("from 16 to 27 cents" allows 22 cents; two
    ranges are compared end by end); temperatures on two scales in Celsius
    ("44C" and "111F" are one reading, "44C" and "104F" are not)."""
    if a.number is None or b.number is None:
        return False
    lo_a, hi_a = number_interval(a)
    lo_b, hi_b = number_interval(b)
    range_a = range_of(claim_a, a) if claim_a is not None else None
    range_b = range_of(claim_b, b) if claim_b is not None else None
    if (range_a is None) != (range_b is None):  # one end of a range against one figure: the whole range
        lo_a, hi_a = (min(lo_a, range_a[0]), max(hi_a, range_a[1])) if range_a else (lo_a, hi_a)
        lo_b, hi_b = (min(lo_b, range_b[0]), max(hi_b, range_b[1])) if range_b else (lo_b, hi_b)
    if two_scales(a, b):
        return not any(x_hi >= y_lo and y_hi >= x_lo for x_lo, x_hi in in_celsius(a, (lo_a, hi_a))
                       for y_lo, y_hi in in_celsius(b, (lo_b, hi_b)))
    return hi_a < lo_b or hi_b < lo_a


_RANGE_JOIN = re.compile(r"\s*(?:%|percent|per cent|[a-z]+(?: a [a-z]+)?)?\s*(?P<join>to|and|-|–|or)\s*(?:[$€£¥]|us\$|a\$)?\s*$", re.I)


def range_of(claim: Claim, v: Value) -> tuple[float, float] | None:
    """(low, high) when v is one end of a range the claim states ("from $125
    to $300", "between 3 and 11", "11 percent to 12 percent", "eight or nine")."""
    numbers = [w for w in claim.of_kind("number") if w.number is not None]
    k = next((i for i, w in enumerate(numbers) if w.start == v.start), None)
    if k is None:
        return None
    for lo, hi in ((k - 1, k), (k, k + 1)):
        if lo < 0 or hi >= len(numbers):
            continue
        x, y = numbers[lo], numbers[hi]
        between = claim.text[x.end - claim.start:y.start - claim.start]
        before = re.findall(r"[a-z]+", claim.text[max(0, x.start - claim.start - 30):x.start - claim.start].lower())
        joined = _RANGE_JOIN.fullmatch(between)
        if len(between) > 20 or not joined or x.number >= y.number or not _range_words(joined["join"], before[-3:]):
            continue
        if joined["join"].lower() == "to" and any(w in _CHANGE_WORDS for w in before):
            continue  # "rose from 12 to 25 cents" is a change, not a range
        return float(x.number), float(y.number)
    return None


_CHANGE_WORDS = {"rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "increased", "increase", "increases",
                 "decreased", "raised", "raise", "cut", "cuts", "jumped", "dropped", "climbed", "grew", "slipped", "up", "down",
                 "gained", "lost", "lowered", "boosted", "doubled", "declined", "surged", "plunged", "slumped", "soared"}


def _range_words(word: str, before: list[str]) -> bool:
    """"between 3 and 11", "from 125 to 300", "11 to 12 percent", "eight or nine": the words that make a range."""
    word = word.lower()
    if word == "and":
        return "between" in before
    return word in {"to", "-", "–", "or"}


def _year_like(v: Value, unit: str | None) -> bool:
    return unit is None and v.number is not None and float(v.number).is_integer() and 1900 <= v.number <= 2100


def _time_of_day(claim: Claim, v: Value) -> bool:
    rel = v.start - claim.start + len(v.text)
    return claim.text[rel:rel + 12].lstrip().lower().startswith(("p.m", "a.m", "pm", "am", ":", "o'clock", "gmt", "utc", "hrs",
                                                                 "local time"))


def _conversion(claim: Claim, v: Value) -> bool:
    """A figure in brackets right after another, in other units: "$US1 million ($1.52 million)", "60 metres (200 feet)"."""
    rel = v.start - claim.start
    return bool(re.search(r"\d[\w.,]*\s*\w*\s*\(\s*(?:[$€£¥]|us\$|a\$|au\$|c\$|nz\$)?\s*$", claim.text[max(0, rel - 30):rel], re.I))


_PAIRED = re.compile(r"(?P<open>\(\s*)?(?P<x>\d{1,3})\s?(?P<join>[-–]|-(?:for|of)-)\s?(?P<y>\d{1,3})(?![\d.,:/%]\d|[\d%])")


_MEASURED = re.compile(r"\s*(?:%|percent\b|per cent\b|degrees?\b|(?:" + "|".join(sorted(lx.MEASURE_NOUNS)) + r")\b)", re.I)


def _paired(claim: Claim) -> list[tuple[int, int]]:
    """Spans of two figures joined into one that is no count: a running record in brackets ("the Colts (11-4)",
    "(9-7, 0-3)"), a score or a lead written winner first with no word of winning ("trailing 14-0", "their 20-13
    lead"), a shooting ratio ("1-for-8", "3-of-4"); not a span low to high ("10-15 people", "aged 5-12")."""
    out = []
    for m in _PAIRED.finditer(claim.text):
        if claim.text[max(0, m.start() - 1):m.start()].isalnum():
            continue  # "AK-47", "COVID-19": a name
        after = claim.text[m.end():]
        # "(11-4)", "(9-7, 0-3)", "(4-11 overall)"; not "(12-18 inches)"
        record = (m["open"] or after.startswith(")")) and not _MEASURED.match(after)
        if record or m["join"] != "-" and m["join"] != "–" or int(m["x"]) >= int(m["y"]):
            out.append((claim.start + m.start(), claim.start + m.end()))
    return out


# a kind of shot or play named by its points ("a three-point play", "from 3-point range", "a 3-pointer"): no count
_KIND_OF_PLAY = re.compile(r"-pointers?\b|[- ]point\s+(?:play|range|line|shot|attempt|basket|conversion|try|field goal)s?\b", re.I)


def _names_a_play(claim: Claim, v: Value) -> bool:
    return bool(_KIND_OF_PLAY.match(claim.text, v.start - claim.start + len(v.text)))


def figures(claim: Claim) -> list[Value]:
    """The claim's numbers that state a quantity: not a year, a time of day or a game clock ("4:43 left"), a
    conversion in brackets, one side of a score, a record or a ratio, nor a kind of play ("a three-point play")."""
    taken = [(m.start, m.end) for m in match_scores(claim)] + _paired(claim)
    return [v for v in claim.of_kind("number") if v.number is not None and not _year_like(v, quantity_unit(claim, v))
            and not _time_of_day(claim, v) and not _conversion(claim, v) and not _names_a_play(claim, v)
            and not re.search(r"\d[:.]$", claim.text[max(0, v.start - claim.start - 2):v.start - claim.start])  # "4:43 left"
            and not any(s <= v.start < e for s, e in taken)]


@dataclass(frozen=True, slots=True)
class Score:
    """A result or a tally written "31-24" (a win, a defeat, a 5-4 vote), its two sides as (higher, lower)."""

    text: str
    start: int
    end: int
    sides: tuple[int, int]
    final: bool = True  # False for a score along the way ("won the first set 6-3", "led 2-0 at half-time")


_SCORE = re.compile(r"(?<![\d.,:/$€£-])(?P<x>\d{1,3})\s?[-–]\s?(?P<y>\d{1,3})(?![\d:/%-]|[.,]\d)")
_SCORE_WORDS = re.compile(r"\b(?:wins?|won|victory|victories|defeat(?:s|ed)?|beat(?:s|en)?|lost|loses?|loss|draw|drew|fell|"
                          r"tied?|score[ds]?|scoreline|routs?|routed|edged|thrashed|triumph|shutout|blanked|downed|"
                          r"vote[ds]?|voting|rul(?:ed|ing)|decision|margin|passed|approved|rejected|confirmed)\b", re.I)
# a score along the way, not the result: a set, a half, a quarter, a lead
_INTERIM = re.compile(r"\b(?:set|sets|half|half-time|halftime|quarter|period|inning|innings|lead|leads|led|leading|"
                      r"at the break|interval)\b", re.I)
_LOSING = re.compile(r"\b(?:defeat(?:s|ed)?|lost|loses?|loss|beaten|fell|falls?)\b", re.I)
_NOT_SCORE = re.compile(r"\s*(?:percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|times|people|members|"
                        r"[a-z]+-year|season|seasons|record)\b", re.I)


def match_scores(claim: Claim) -> list[Score]:
    """Scores and tallies the claim states: two numbers joined by a dash next to a word of winning,
    losing or voting ("a 31-24 victory", "beat Leeds 3-1", "voted 5-4"); not a span ("10-15 people"), a
    season ("2010-11") or a running record ("(11-4)", "a record of 52-3")."""
    out = []
    for m in _SCORE.finditer(claim.text):
        before, after = claim.text[max(0, m.start() - 30):m.start()], claim.text[m.end():m.end() + 30]
        if _NOT_SCORE.match(after) or re.search(r"\brecord\b[^.;]{0,15}$|\($", before) or after.startswith(")"):
            continue
        if not (_SCORE_WORDS.search(before[-40:]) or _SCORE_WORDS.match(after.lstrip())
                or re.match(r"\s*(?:in (?:favou?r|the)|against|with)\b", after, re.I)
                and _SCORE_WORDS.search(before + after)):
            continue
        if re.search(r"\b(?:nearly|almost|about|roughly|around|some|over|more than|than)\s*$", before, re.I):
            continue  # "voted nearly 2-1": a ratio, not a tally
        x, y = int(m["x"]), int(m["y"])
        if re.search(r"\b(?:aged|ages|between|from)\s*$", before, re.I) or x < y and not (
                _LOSING.search(before[-20:]) and re.match(r"\s*(?:to|against|at|in|on|with|[,.;]|$)", after)):
            continue  # "aged 5-12", "lost 20-30 pounds": a span, low to high; a result is written winner first
        interim = bool(_INTERIM.search(before[-25:]) or _INTERIM.search(after[:20]))  # "the first set 6-3": not the result
        start = claim.start + m.start()
        out.append(Score(m.group(), start, start + len(m.group()), (max(x, y), min(x, y)), not interim))
    for m in _TALLY_IN_WORDS.finditer(claim.text if _TALLY_OF_A_VOTE.search(claim.text) else ""):
        # "by 214 votes to 180", "by a vote of 198 to 41", "241 voting in favour and 180 against"; not "45 goals for
        # and 30 against"
        x, y = int(m["x"] or m["x2"] or m["x3"]), int(m["y"] or m["y2"] or m["y3"])
        start = claim.start + m.start()
        if not any(s.start <= start < s.end for s in out):
            out.append(Score(m.group(), start, start + len(m.group()), (max(x, y), min(x, y))))
    return out


# a vote's tally in words: for, then against
_TALLY_IN_WORDS = re.compile(
    r"(?<![\d.,])(?<!from )\b(?P<x>\d{1,3})\s+votes?\s+to\s+(?P<y>\d{1,3})(?![\d,.]*\d)(?!\s*(?:%|percent|per cent))|"
    r"\b(?:a\s+vote\s+of|voted|voting)\s+(?P<x3>\d{1,3})\s+to\s+(?P<y3>\d{1,3})(?![\d,.]*\d)(?!\s*(?:%|percent|per cent))|"
    r"(?<![\d.,])\b(?P<x2>\d{1,3})(?![\d,.]*\d)(?!\s*(?:%|percent|per cent))\s+(?:[\w'’-]+\s+){0,5}?(?:voting\s+|voted\s+)?"
    r"(?:in\s+favou?r|for)\b[^.;\d]{0,40}?"
    r"(?:,|\band\b|\bwith\b|\bwhile\b)\s+(?P<y2>\d{1,3})(?![\d,.]*\d)\s+(?:\w+\s+)?(?:voting\s+|voted\s+)?(?:against|opposed)\b",
    re.I)
_TALLY_OF_A_VOTE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|motion|bill|measure|resolution|amendment|law|budget|"
                              r"parliament|assembly|senate|congress|lawmakers|legislators|deputies|senators|mps)\b", re.I)


def matched_quantities(a: Claim, b: Claim, owner: Callable[[Claim, Value], str | None] | None = None
                       ) -> tuple[list[tuple[Value, Value]], list[tuple[Value, Value]]]:
    """(equal, differing): numbers of two claims paired as the same quantity,
    one to one: first those of one known unit (equal values before close
    ones), then those with a unit on one side only, then bare numbers; a
    pair without a shared unit needs values within a factor of 1.5, or equal
    values with words around them in common. With `owner` (whose figure it
    is: a player's, a side's), figures of one owner pair first and figures
    of two owners never ("Carter scored 14 points and VanDeest 13" vs
    "VanDeest had 13 points and Carter 12")."""
    xs = [(v, quantity_unit(a, v)) for v in figures(a)]
    ys = [(v, quantity_unit(b, v)) for v in figures(b)]
    owners_a = [owner(a, v) if owner else None for v, _ in xs]
    owners_b = [owner(b, v) if owner else None for v, _ in ys]
    options = []
    for i, (x, ux) in enumerate(xs):
        for j, (y, uy) in enumerate(ys):
            nx, ny = comparable_number(x, y), comparable_number(y, x)
            ratio = max(abs(nx), abs(ny)) / max(1e-9, min(abs(nx), abs(ny)))
            # ("104F" and "40C" are one reading, "40F" and "40C" are not)
            equal = x.number == y.number if not two_scales(x, y) else x.bound == y.bound and any(
                abs(c - d) <= 0.5 for c, _ in in_celsius(x, (x.number, x.number)) for d, _ in in_celsius(y, (y.number, y.number)))
            if owners_a[i] and owners_b[j] and owners_a[i] != owners_b[j]:
                continue
            one_owner = owners_a[i] is not None and owners_a[i] == owners_b[j]
            if ux is not None and ux == uy:
                rank = 0
            elif (ux is None) != (uy is None) and (ux or uy) not in GENERIC_UNITS:
                rank = 1
            elif ux is None and uy is None:
                rank = 2
            else:
                continue
            if rank and not (ratio <= 1.5 and (not equal or one_owner or number_context(a, x) & number_context(b, y))):
                continue
            rank = -1 if one_owner else rank
            # two figures of one unit ten times apart are seldom one quantity ("11 points" to break a
            # record of "2,116 points"): a closer figure with a unit on one side only is paired first
            options.append((rank if ratio <= 10 else rank + 3, not equal, ratio, i, j))
    equal_pairs, differing, used_x, used_y = [], [], set(), set()
    for _, unequal, _, i, j in sorted(options):
        if i not in used_x and j not in used_y:
            (differing if unequal else equal_pairs).append((xs[i][0], ys[j][0]))
            used_x.add(i)
            used_y.add(j)
    return equal_pairs, differing


GENERIC_UNITS = {"dollars", "euros", "pounds", "pence", "yen", "yuan", "rupee", "franc", "percent", "cents", None}  # unit keys
_CONTEXT_STOP = set(
    "the a an of and to in on at for by with from as is was were be been has have had that this which it its "
    "their his her will would said says about some more than less over under up down nearly almost least most "
    "per cent percent million billion thousand dollars share shares".split())


def number_context(claim: Claim, v: Value, width: int = 40) -> set[str]:
    """Word stems near a number: what it is a number of, when the unit does not say."""
    return {w[:5] for w in _words_around(claim, v, width) if w not in _CONTEXT_STOP and len(w) > 2}


def _text_around(claim: Claim, v: Value, width: int) -> str:
    """The claim's text within `width` characters either side of a number."""
    rel = v.start - claim.start
    return claim.text[max(0, rel - width):rel] + " " + claim.text[rel + len(v.text):rel + len(v.text) + width]


def _words_around(claim: Claim, v: Value, width: int) -> list[str]:
    """The lower-case words within `width` characters either side of a number."""
    return re.findall(r"[a-z]+", _text_around(claim, v, width).lower())


def number_certainty(a: Claim, x: Value, b: Claim, y: Value, close: bool = False, one_owner: bool = False) -> float:
    """How sure two differing numbers state one quantity: the same counted
    noun, one number of that unit on each side (or figures of one player
    or side, `one_owner`), values of one order, and, for money, percentages
    and bare numbers, words around them in common (two words, or one when
    the claims are `close` in meaning)."""
    ux, uy = quantity_unit(a, x), quantity_unit(b, y)
    one_unit = ux == uy or ((ux is None) != (uy is None) and (_of_one_measure(a, x, b, y) or _elided(a, x, uy) or _elided(b, y, ux)))
    certainty = 1.0 if (ux or uy) is not None and one_unit else 0.7
    if not one_owner and not _same_slot(a, x, ux, b, y, uy):
        certainty = min(certainty, 0.7)  # which of two numbers of one unit is which is unsure
    lo, hi = sorted((abs(x.number or 0), abs(y.number or 0)))
    part_whole = ux in GENERIC_UNITS or uy in GENERIC_UNITS or "point" in (ux, uy) \
        or _PART_WHOLE.search(a.text) or _PART_WHOLE.search(b.text)
    if lo == 0 or hi / lo > (2 if part_whole else 10):
        certainty = min(certainty, 0.7)  # a part and the whole, not one figure misreported
    if (ux in GENERIC_UNITS or uy in GENERIC_UNITS) and len(number_context(a, x) & number_context(b, y)) < (1 if close else 2):
        certainty = min(certainty, 0.7)  # money and percentages of many things: the words around must match
    if (ux in GENERIC_UNITS or uy in GENERIC_UNITS) and _moments(a) != _moments(b):
        certainty = min(certainty, 0.7)  # a price at the open and at the close: two moments of one day
    sa, sb = _statistics(a, x), _statistics(b, y)
    if sa and sb and sa != sb:
        certainty = min(certainty, 0.7)  # an average and a median, an annual and a monthly figure
    span_a, span_b = _spans(a), _spans(b)
    if (span_a or span_b) and span_a != span_b:
        certainty = min(certainty, 0.7)  # "13 home runs in 54 games" and "33 home runs" last season: two spans
    if _first_of(a, x) != _first_of(b, y):
        certainty = min(certainty, 0.7)  # "completed his first 17 passes" is a run within "29 of 34 passes"
    if _of_several(a, x) or _of_several(b, y):
        certainty = min(certainty, 0.7)  # "the seven-year offers": a figure of several things, which one is unsure
    if _running_total(a, x) or _running_total(b, y):
        certainty = min(certainty, 0.7)  # "the toll rose to 40", "improves to 58-3 with 51 wins": a total at one moment
    if _combined(a, x) != _combined(b, y):
        certainty = min(certainty, 0.7)  # "some 420 passengers and crew" counts more than "246 passengers"
    if _wished(a, x) or _wished(b, y):
        certainty = min(certainty, 0.7)  # "hoping to attract a 10-year deal": a figure wished for, not one that is
    if _revised(a, x) != _revised(b, y):
        certainty = min(certainty, 0.7)  # "officials later revised the figure and said 250": one figure corrected
    return certainty


def _text_before(claim: Claim, v: Value, width: int) -> str:
    """The claim's text in the `width` characters before a figure."""
    rel = v.start - claim.start
    return claim.text[max(0, rel - width):max(0, rel)]


def _elided(c: Claim, v: Value, unit: str | None) -> bool:
    """A bare figure whose claim counts `unit` with another figure: the unit said once for both ("VanDeest led with
    13 points, while Carter added 12"); not "21 points, 9 of them" against rebounds."""
    if unit is None or quantity_unit(c, v) is not None or re.search(r"(?:\b[A-Z]\w*|\bNo\.?|#)\s*$", _text_before(c, v, 12)):
        return False  # "Flight 120", "No. 5": a name, not a count
    return any(w.start < v.start and quantity_unit(c, w) == unit for w in figures(c))


def _of_one_measure(a: Claim, x: Value, b: Claim, y: Value) -> bool:
    """Both figures are "of" the same two words ("scoring record of 2,106" and "school scoring record of
    2,116 points"): one figure, its unit written on one side only. Not a doer and a verb ("Gasol added 24"
    and "Gasol added 21 rebounds" are points and rebounds)."""
    def measured(c: Claim, v: Value) -> tuple[str, ...] | None:
        m = _OF_BEFORE.search(_text_before(c, v, 60).lower())
        return (m["first"], m["second"]) if m and not {m["first"], m["second"]} & _NO_MEASURE else None

    words = measured(a, x)
    return words is not None and words == measured(b, y)


_OF_BEFORE = re.compile(r"(?P<first>[a-z'’-]+)\s+(?P<second>[a-z'’-]+)\s+of\s+(?:the\s+|a\s+|an\s+)?$")
_NO_MEASURE = lx.FUNCTION_WORDS | {"total", "number", "sum", "amount", "average", "count", "tally", "figure", "maximum",
                                   "minimum", "lot", "couple", "group", "series", "set", "out", "one"}
# a figure said to be corrected, in its clause just before it: "revised the figure and said 250", "revised down to 250"
_REVISED = re.compile(r"\b(?:revis(?:ed|es|ing)|correct(?:ed|s|ing)|updat(?:ed|es|ing))\s+(?:the|its|their|that|this)\s+"
                      r"(?:(?:death|casualty|official|initial|earlier|first)\s+)?(?:figures?|numbers?|toll|count|estimates?|"
                      r"tally)\b[^,;.]*$|\brevis(?:ed|es|ing)\s+(?:it\s+|them\s+)?(?:down|up)(?:ward)?\b[^,;.]*$", re.I)


def _revised(claim: Claim, v: Value) -> bool:
    """The claim says the figure was corrected, in the words shortly before it ("officials later revised the
    numbers and said about 250"), not a figure of something revised ("passed the revised farm bill by 61 votes")."""
    return bool(_REVISED.search(_text_before(claim, v, 100)))


_COMBINED = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:and|plus)\s+(?:the\s+|their\s+|its\s+)?"
                       r"(?:crew|staff|others|[a-z]+(?:ers|ees|ists|ants|ents|ians|ren|men|people|ple))\b|"
                       # "killing two Hamas officials and at least five other people": a part of seven
                       r"\s*(?:[a-z-]+\s+){0,3}?[a-z-]+\s+and\s+(?:at\s+least\s+|some\s+|about\s+|another\s+)?"
                       r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s+(?:other|more)\b")


def _combined(claim: Claim, v: Value) -> bool:
    """The figure counts two kinds together ("420 passengers and crew", "30 students and teachers")."""
    rel = v.start - claim.start + len(v.text)
    return bool(_COMBINED.match(claim.text[rel:rel + 50].lower()))


_WISH = re.compile(r"\b(?:hop(?:e|es|ed|ing) (?:to|for)|seek(?:s|ing)?|sought|asking for|demand(?:s|ed|ing)?|"
                   r"reluctant to|(?:un)?willing to|going to take|would (?:like|need|take)|wants? (?:a|an)|"
                   r"could (?:attract|get|fetch|command|earn|receive))\b[^,;.]*$", re.I)


def _wished(claim: Claim, v: Value) -> bool:
    """A figure someone hopes for, asks or is reluctant to give, by the words shortly before it in its clause."""
    return bool(_WISH.search(_text_before(claim, v, 60)))


_CHANGED = r"(?:rose|risen|rises|climbed|climbs|increased|jumped|improves|improved|took|takes|brought|brings|raised|raising|" \
    r"pushed|pushing|lifted|lifting|swelled|reached|reaches)"
_TALLY = r"(?:toll|record|total|tally|count|career)"
# a tally changed to a figure: "the death toll rose to", "took his record to", "improves to"
_RUNNING = re.compile(rf"\b{_TALLY}\b(?:\s+[\w'’]+){{0,3}}?\s+{_CHANGED}\b[^.;]{{0,20}}?\bto\b|"
                      rf"\b{_CHANGED}\b[^.;]{{0,40}}?\b{_TALLY}\b[^.;]{{0,20}}?\bto\b|\bimprov(?:es|ed|ing) to\b", re.I)


def _running_total(claim: Claim, v: Value) -> bool:
    """A figure reached by a change ("the death toll rose to 40", "took his record to 52-3 with 46
    wins"): a running total at one moment, which another report may give at another."""
    return bool(_RUNNING.search(_text_before(claim, v, 80)))


# "The death toll from Sunday's building collapse in Ikoyi, Lagos, rose to 31": the toll told far from its change
_TOLL_CHANGED = re.compile(r"\b(?:death|fatality)\s+toll\b[^.;\d]{0,90}?\b" + _CHANGED + r"\s+(?:to\s+)?" + _HEDGES + "$", re.I)


def running_total(claim: Claim, number: float) -> bool:
    """The claim gives this figure as a running total (`_running_total`), or as a death toll that changed however
    far the change is written from it: a figure of one moment, no count that tells another occasion."""
    return any(v.number == number and (_running_total(claim, v) or _TOLL_CHANGED.search(_text_before(claim, v, 120)))
               for v in claim.of_kind("number"))


_COMPOUND_OF = re.compile(r"[-–][a-z]+\s+(?P<noun>[a-z]+)", re.I)


def _spans(claim: Claim) -> frozenset[str]:
    """The spans a claim counts its figures over ("in 54 games", "last season", "his career"), anywhere in it."""
    return frozenset(m.group(0).lower() for m in _SPAN.finditer(claim.text))


_COUNT_WORD = rf"(?:\d+|{'|'.join(sorted(lx.NUMBER_WORDS - {'zero', 'dozens', 'hundreds', 'thousands', 'millions'}))})"
_SPAN = re.compile(r"\bin (?:his |her |their |its |the )?(?:first |last |past |\w+ )?(?:\d+|[a-z]+) "
                   r"(?:games|matches|starts|appearances|innings|seasons)\b|"
                   r"\b(?:this|last|the|that|previous|next|whole|entire|regular|\d{4}) season\b|\b(?:his|her|their) career\b|"
                   # "arrested three times since October": a part of a count over all time; "over 50 arrests over four
                   # nights": a total over several days against one night's
                   r"\bsince (?:(?:19|20)\d\d|week \d+|the (?:start|beginning) of|" + "|".join(calendar.month_name[1:]) + r")\b|"
                   rf"\bover {_COUNT_WORD} (?:days|nights|weeks|months) of\b|"
                   rf"\b(?:in|over) the (?:past|last) {_COUNT_WORD} (?:days|nights|weeks|months)\b", re.I)


def _first_of(claim: Claim, v: Value) -> str | None:
    """"first", "last", "final" or "opening" when the figure counts a run of things ("his first 17 passes", "the last
    10 games"); None for a span of time ("the last 10 years")."""
    m = re.search(r"\b(first|last|final|opening)\s+$", _text_before(claim, v, 12), re.I)
    if m is None or re.match(r"[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b", claim.text[v.end - claim.start:], re.I):
        return None
    return m.group(1).lower()


def _of_several(claim: Claim, v: Value) -> bool:
    """A figure written as a compound before a plural noun ("seven-year offers",
    "two-bedroom flats"): it describes several things at once."""
    m = _COMPOUND_OF.match(claim.text, v.end - claim.start)
    noun = m["noun"].lower() if m else ""
    return len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


_MOMENT = re.compile(r"\b(?:\d{3,4} gmt|gmt|a\.m\.|p\.m\.|pre-?market|premarket|early trading|late trading|"
                     r"morning|afternoon|evening|midday|mid-day|intraday|(?:at|by) the close|"
                     r"close of trading|closing|opening|after-hours|overnight)", re.I)
_PART_WHOLE = re.compile(r"\b(?:total|in all|altogether|including|among them|of whom|of them|so far|overall|worldwide|"
                         r"globally|global|group-wide|"
                         r"since (?:the start|last|early|late))\b", re.I)
_STATISTICS = {"season", "seasons", "career", "games", "innings", "appearances",  # a span a figure is counted over
               "average", "median", "mean", "total", "maximum", "minimum", "annual", "annually", "monthly", "weekly", "daily",
               "quarterly", "yearly", "per", "each", "record", "combined", "cumulative"}


def _moments(claim: Claim) -> frozenset[str]:
    """The moments of a trading day a claim gives its figures at."""
    return frozenset(m.lower().replace("-", "") for m in _MOMENT.findall(claim.text))


def _statistics(claim: Claim, v: Value) -> frozenset[str]:
    """What kind of figure a number is, by the words near it ("an average of", "median survival", "a week")."""
    return frozenset(_words_around(claim, v, 25)) & _STATISTICS


def _years_near(c: Claim, v: Value) -> set[str]:
    """Years written within 25 characters of a figure."""
    return set(re.findall(r"\b(?:19|20)\d\d\b", _text_around(c, v, 25)))


def _same_slot(a: Claim, x: Value, ux: str | None, b: Claim, y: Value, uy: str | None) -> bool:
    """Whether x and y are the same slot of two claims that state several
    numbers of one unit ("crest at 36 feet, 8 feet above flood stage"): each
    is the other's best match by the words around it, or, when the words do
    not decide, they come in the same place in the order of those numbers."""
    xs = [v for v in a.of_kind("number") if quantity_unit(a, v) == ux]
    ys = [v for v in b.of_kind("number") if quantity_unit(b, v) == uy]
    if len(xs) <= 1 and len(ys) <= 1:
        return True
    if x not in xs or y not in ys:
        return False

    def overlap(v: Value, w: Value) -> int:
        # words near each figure, and years: "sold it to Safeway for $1.8 billion in 1998" is the slot of "selling
        # the chain to Safeway in 1998 for $2.5 billion", not "bought Dominick's in 1995 for $693 million"
        return len(number_context(a, v, 25) & number_context(b, w, 25)) + len(_years_near(a, v) & _years_near(b, w))

    best_for_y = sorted((overlap(v, y) for v in xs), reverse=True)
    best_for_x = sorted((overlap(x, w) for w in ys), reverse=True)
    score = overlap(x, y)
    unique = all(len(ranked) == 1 or ranked[0] > ranked[1] for ranked in (best_for_y, best_for_x))
    if score >= 2 and score == best_for_y[0] == best_for_x[0] and unique:
        return True
    return len(xs) == len(ys) and xs.index(x) == ys.index(y) and score >= max(best_for_y[0], best_for_x[0])


_CLOCK = re.compile(
    r"(?P<hedge>\b(?:about|around|approximately|roughly|some|shortly after|just after|soon after|shortly before|"
    r"just before|after|before|at|by)\s+)?"
    r"\b(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*"
    r"(?P<half>a\.?\s?m\b\.?|p\.?\s?m\b\.?)?", re.I)
_ZONE = re.compile(lx.TIME_ZONE)
# a span of clock time ("between 2 and 3 a.m.", "from 9 to 11 p.m.", "2-3 a.m."): no one time to compare
_CLOCK_RANGE = re.compile(r"\b(?:between|from)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?\s*)?(?:and|to|-|–)\s*\d|"
                          r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:-|–|to)\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b", re.I)


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day a claim gives its event ("shortly after 2 a.m.", "18:41"): the minutes after
    midnight it allows, and where it is written."""

    text: str
    start: int
    end: int
    earliest: int
    latest: int


def clock_times_apart(x: ClockTime, y: ClockTime) -> bool:
    """Two times of day that cannot be one moment, on a 24-hour circle ("shortly after 11:50 p.m." and
    "12:05 a.m." are fifteen minutes apart, not a day)."""
    day = 24 * 60  # one starts inside the other, going forward round the clock
    return not ((y.earliest - x.earliest) % day <= x.latest - x.earliest or (x.earliest - y.earliest) % day <= y.latest - y.earliest)


def clock_time(claim: Claim) -> ClockTime | None:
    """The one time of day a claim states, with the span its wording allows
    ("about 1:00 am" 0:45-1:15, "just after 2:30 a.m." 2:30-2:45, "7:01 p.m."
    exactly); None when it states none, several, or names a time zone (two
    clocks of one moment, "6:41pm PST (0241 GMT)")."""
    if _ZONE.search(claim.text) or _CLOCK_RANGE.search(claim.text):
        return None
    found = []
    for m in _CLOCK.finditer(claim.text):
        half = (m["half"] or "").lower().replace(" ", "").replace(".", "")
        if half in {"am", "pm"}:
            if not 1 <= int(m["hour"]) <= 12:
                continue
            hour = int(m["hour"]) % 12 + (12 if half == "pm" else 0)
        elif m["minute"] and ":" in m.group(0) and (int(m["hour"]) >= 13 or m["hour"].startswith("0")):
            hour = int(m["hour"])  # a 24-hour clock shows itself ("18:41", "02:41"); "8:30" may be morning or evening
        else:
            continue  # a bare number, "2.30", "five o'clock": no time of day known
        minute = int(m["minute"] or 0)
        at = hour * 60 + minute
        # a round time is a rounded time: "3:30 AM" for 3:33, "8.40am" for 8:39; "7:01 p.m." is exact
        rounding = 15 if minute % 30 == 0 else 7 if minute % 15 == 0 else 5 if minute % 10 == 0 else 2 if minute % 5 == 0 else 0
        hedge = (m["hedge"] or "").strip().lower()
        rounding = rounding if hedge in {"", "at"} else 0  # "about", "shortly after" already say how far
        lo, hi = {"about": (-15, 15), "around": (-15, 15), "approximately": (-15, 15), "roughly": (-15, 15),
                  "some": (-15, 15), "shortly after": (0, 20), "just after": (0, 20), "soon after": (0, 30),
                  "shortly before": (-20, 0), "just before": (-20, 0), "after": (0, 180), "before": (-180, 0),
                  "by": (-180, 0)}.get(hedge, (0, 1))
        found.append(ClockTime(m.group(0).strip(), claim.start + m.start(), claim.start + m.end(),
                               at + lo - rounding, at + hi + rounding))
    return found[0] if len(found) == 1 else None
